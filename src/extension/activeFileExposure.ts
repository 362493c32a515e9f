import * as vscode from 'vscode';
import { judgeExposure, MAX_FILE_BYTES } from '../exposure/scanFile';
import { typeLabel } from './labels';
import type { PromptFence } from './promptFence';

/**
 * Chats may attach the active file on their own, and no extension can stop that. So when
 * the active editor holds data the policy blocks, PromptFence shows it: the findings are
 * marked in the editor and a status bar item says how many there are.
 */
export class ActiveFileExposure implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 2px 0',
    borderStyle: 'dotted',
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly item = vscode.window.createStatusBarItem('promptfence.exposure', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Blocked findings in the active editor, for tests and the status bar. */
  private current = 0;

  constructor(private readonly pf: PromptFence) {
    this.item.name = vscode.l10n.t('PromptFence: active file exposure');
    this.item.command = 'promptfence.scanSelection';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(400)),
      pf.onDidChangeStatus(() => this.schedule(0)),
    );
    this.schedule(0);
  }

  get blockedInActiveFile(): number {
    return this.current;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delayMs);
  }

  update(): number {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const text = editor && this.pf.settings.enabled ? doc!.getText() : '';
    if (!editor || !doc || text.length === 0 || text.length > MAX_FILE_BYTES) {
      this.show(editor, []);
      return 0;
    }
    const { decision } = judgeExposure(text, vscode.workspace.asRelativePath(doc.uri, false), this.pf.policy, this.pf.registry, 200);
    const blocked = decision.findings.filter((d) => d.action === 'block');
    this.show(
      editor,
      blocked.map((d) => ({
        range: new vscode.Range(doc.positionAt(d.finding.start), doc.positionAt(d.finding.end)),
        hoverMessage: vscode.l10n.t('PromptFence: {0}. Your policy blocks this from AI chats, and a chat may attach this file on its own.', typeLabel(d.finding.type)),
      })),
    );
    return blocked.length;
  }

  private show(editor: vscode.TextEditor | undefined, decorations: vscode.DecorationOptions[]): void {
    this.current = decorations.length;
    editor?.setDecorations(this.decoration, decorations);
    if (decorations.length === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(eye) ${decorations.length}`;
    this.item.tooltip = vscode.l10n.t('PromptFence: this file holds {0} finding(s) your policy blocks from AI chats. Chats may attach the active file on their own.', decorations.length);
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
    this.decoration.dispose();
    this.item.dispose();
  }
}
