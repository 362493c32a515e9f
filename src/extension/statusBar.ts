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
    item.tooltip = on
      ? vscode.l10n.t('PromptFence is guarding pastes into AI chats. Policy: {0}', pf.policyLabel)
      : vscode.l10n.t('PromptFence is turned off (setting promptfence.enabled).');
    item.backgroundColor = on ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
  };
  render();
  item.show();
  return vscode.Disposable.from(
    item,
    pf.onDidChangePolicy(render),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('promptfence') && render()),
  );
}
