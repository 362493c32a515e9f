import * as vscode from 'vscode';
import { identifyAiCli } from '../targets/aiCli';
import { guardPaste, pasteThroughClipboard, type PasteOutcome } from './guardedPaste';
import type { PromptFence } from './promptFence';

export const TERMINAL_PASTE_COMMAND = 'promptfence.guardedTerminalPaste';
const ASKED_KEY = 'promptfence.askedCommandsToSkipShell';

const nativeTerminalPaste = () => vscode.commands.executeCommand('workbench.action.terminal.paste');

/**
 * Guards pastes into terminals that run an AI command-line tool. Which program runs is
 * known from the terminal's name and creation options, and, with shell integration, from
 * the command line running in it; other terminals paste untouched unless the policy has
 * rules for `terminal.shell` (or `terminal` as a whole).
 */
export class TerminalGuard implements vscode.Disposable {
  private readonly running = new Map<vscode.Terminal, string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly pf: PromptFence) {
    this.subscriptions.push(
      vscode.window.onDidStartTerminalShellExecution((e) => this.running.set(e.terminal, e.execution.commandLine.value)),
      vscode.window.onDidEndTerminalShellExecution((e) => this.running.delete(e.terminal)),
      vscode.window.onDidCloseTerminal((t) => this.running.delete(t)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('terminal.integrated.commandsToSkipShell') && this.pf.refreshStatus()),
    );
  }

  /** The AI program in a terminal, if any. */
  programOf(terminal: vscode.Terminal): string | undefined {
    const options = terminal.creationOptions as vscode.TerminalOptions;
    return identifyAiCli({
      name: terminal.name,
      shellPath: 'shellPath' in options ? options.shellPath : undefined,
      shellArgs: 'shellArgs' in options ? options.shellArgs : undefined,
      commandLine: this.running.get(terminal),
    });
  }

  /** Whether VS Code hands the paste key to PromptFence instead of the shell. */
  get isRouted(): boolean {
    const skip = vscode.workspace.getConfiguration('terminal.integrated').get<string[]>('commandsToSkipShell', []);
    return skip.includes(TERMINAL_PASTE_COMMAND);
  }

  private policyGuardsShells(): boolean {
    const targets = this.pf.policy.targets ?? {};
    return 'terminal' in targets || 'terminal.shell' in targets;
  }

  async guardPaste(): Promise<PasteOutcome | undefined> {
    const terminal = vscode.window.activeTerminal;
    if (!terminal) {
      await nativeTerminalPaste();
      return undefined;
    }
    const program = this.programOf(terminal);
    if (!program && !this.policyGuardsShells()) {
      await nativeTerminalPaste();
      return { target: 'terminal.shell', action: 'allow', choice: 'pasted', types: [] };
    }
    const target = `terminal.${program ?? 'shell'}`;
    return guardPaste(this.pf, {
      target,
      audit: { surface: 'terminal', program: program ?? 'shell' },
      label: program ? vscode.l10n.t('{0} in the terminal', program) : vscode.l10n.t('the terminal'),
      forwardNative: nativeTerminalPaste,
      insertText: (text) => pasteThroughClipboard(text, nativeTerminalPaste),
    });
  }

  /** Adds the paste command to `commandsToSkipShell` in the user settings. */
  async addToCommandsToSkipShell(): Promise<boolean> {
    const config = vscode.workspace.getConfiguration('terminal.integrated');
    const current = config.inspect<string[]>('commandsToSkipShell')?.globalValue ?? [];
    if (!current.includes(TERMINAL_PASTE_COMMAND)) {
      await config.update('commandsToSkipShell', [...current, TERMINAL_PASTE_COMMAND], vscode.ConfigurationTarget.Global);
      this.pf.log.info('added the terminal paste guard to terminal.integrated.commandsToSkipShell (user settings)');
    }
    return true;
  }

  /**
   * Without the setting, the terminal sends the paste key to the shell and PromptFence
   * never sees it. Ask once, with the reason; the status bar and Doctor keep saying it.
   */
  async offerRouting(): Promise<void> {
    if (this.isRouted || this.pf.extension.globalState.get<boolean>(ASKED_KEY)) return;
    await this.pf.extension.globalState.update(ASKED_KEY, true);
    const add = vscode.l10n.t('Add to settings');
    const picked = await vscode.window.showInformationMessage(
      vscode.l10n.t('PromptFence can check pastes into AI tools in the terminal (claude, gemini, codex …) only if its paste command is listed in terminal.integrated.commandsToSkipShell. Add it to your user settings?'),
      add,
      vscode.l10n.t('Not now'),
    );
    if (picked === add) await this.addToCommandsToSkipShell();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
