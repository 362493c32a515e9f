import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { PromptFence } from './promptFence';
import { createStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const pf = new PromptFence(context);
  context.subscriptions.push(pf);
  for (const [id, factory] of Object.entries(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, withErrorReport(pf, id, factory(pf))));
  }
  context.subscriptions.push(createStatusBar(pf));
  void pf.policies.reload();
  pf.warningLog.startForwardingIfConfigured();
  void pf.webviews.refresh();
  void pf.terminals.offerRouting();
  void pf.hookServer.start();
  pf.log.info(`PromptFence ${context.extension.packageJSON.version} active; policy ${pf.policy.source}`);
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}

/**
 * An unexpected error inside a command is shown and logged, never swallowed. For the
 * paste guard that means nothing is pasted, and the clipboard still holds the text.
 */
function withErrorReport(pf: PromptFence, id: string, run: (...args: any[]) => unknown) {
  return async (...args: any[]) => {
    try {
      return await run(...args);
    } catch (err) {
      pf.log.error(`${id} failed: ${(err as Error).stack ?? err}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('PromptFence could not complete this action. Your clipboard is unchanged. Details are in the PromptFence output.'));
      return undefined;
    }
  };
}
