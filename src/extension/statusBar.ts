import * as vscode from 'vscode';
import type { PromptFence } from './promptFence';

/** Shows that PromptFence is on and which policy is in force; a click lists what the clipboard holds. */
export function createStatusBar(pf: PromptFence): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('promptfence.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'PromptFence';
  item.command = 'promptfence.scanClipboard';
  const render = () => {
    const on = pf.settings.enabled;
    item.text = on ? '$(shield) PromptFence' : '$(circle-slash) PromptFence';
    const lines = on
      ? [vscode.l10n.t('PromptFence is guarding pastes into AI chats. Policy: {0}', pf.policyLabel)]
      : [vscode.l10n.t('PromptFence is turned off (setting promptfence.enabled).')];
    if (on && !pf.terminals.isRouted) lines.push(vscode.l10n.t('Pastes into AI tools in the terminal are not guarded: run "PromptFence: Guard pastes into AI tools in the terminal".'));
    item.tooltip = lines.join('\n');
    item.backgroundColor = on ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
  };
  render();
  item.show();
  return vscode.Disposable.from(
    item,
    pf.onDidChangeStatus(render),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('promptfence') && render()),
  );
}
