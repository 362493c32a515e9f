import * as vscode from 'vscode';
import { indexChatWebviews, type ChatWebviewIndex } from '../targets/chatWebviews';
import { guardPaste, pasteThroughClipboard, type PasteOutcome } from './guardedPaste';
import type { PromptFence } from './promptFence';

const nativePaste = () => vscode.commands.executeCommand('editor.action.clipboardPasteAction');

/** How long a webview may take to read the clipboard after the paste command returns. */
const WEBVIEW_SETTLE_MS = 300;

/**
 * Guards pastes into chat extensions built as webviews (desktop VS Code). The keybindings'
 * `when` clauses test `focusedView` / `activeWebviewPanelId` against lists this class puts
 * into context keys, computed from the installed extensions at run time.
 */
export class WebviewGuard implements vscode.Disposable {
  private index: ChatWebviewIndex = indexChatWebviews([]);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly pf: PromptFence) {
    this.subscriptions.push(
      vscode.extensions.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('promptfence.chatWebviews') && void this.refresh()),
    );
  }

  get guarded(): ChatWebviewIndex {
    return this.index;
  }

  /** In a browser-hosted VS Code a webview pastes by itself and cannot be intercepted. */
  get possible(): boolean {
    return vscode.env.uiKind === vscode.UIKind.Desktop;
  }

  async refresh(): Promise<void> {
    this.index = indexChatWebviews(
      vscode.extensions.all.map((e) => ({ id: e.id, packageJSON: e.packageJSON })),
      this.pf.settings.extraChatWebviews,
    );
    await vscode.commands.executeCommand('setContext', 'promptfence.chatWebviewViews', this.index.views);
    await vscode.commands.executeCommand('setContext', 'promptfence.chatWebviewPanels', this.index.panels);
    if (this.index.views.length > 0) this.pf.log.info(`guarding chat webviews: ${this.index.views.concat(this.index.panels).join(', ')}`);
  }

  /** `viewId` comes from the keybinding of a known view; views added by settings arrive without it. */
  async guardPaste(kind: 'view' | 'panel', viewId?: string): Promise<PasteOutcome> {
    const extensionId = (viewId && this.index.owner.get(viewId)) || 'unknown';
    const label = this.index.labels.get(extensionId) ?? extensionId;
    return guardPaste(this.pf, {
      target: `webview.${extensionId}`,
      audit: { surface: kind === 'view' ? 'webview-view' : 'webview-panel', program: extensionId },
      label: vscode.l10n.t('{0} (chat extension)', label),
      forwardNative: nativePaste,
      insertText: (text) => pasteThroughClipboard(text, nativePaste, WEBVIEW_SETTLE_MS),
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
