import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { HookAgent } from '../hooks/payload';
import { planHookInstall, type HookScope } from '../hooks/install';
import { unifiedDiff } from '../hooks/diff';
import { assessRoutes, type RouteAssessment, type RouteFacts } from '../routes/assess';
import { gatherLocalRouteFacts } from '../routes/localFacts';
import type { PromptFence } from './promptFence';
import { TERMINAL_PASTE_COMMAND } from './terminalGuard';

/** What only the running extension knows, laid over what the files on disk say. */
function routeFacts(pf: PromptFence): RouteFacts {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  const local = gatherLocalRouteFacts(folder, process.env);
  const terminal = vscode.workspace.getConfiguration('terminal.integrated');
  const index = pf.webviews.guarded;
  return {
    ...local,
    vscodeVersion: vscode.version,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    commandsToSkipShell: terminal.get<string[]>('commandsToSkipShell', []),
    shellIntegration: terminal.get<boolean>('shellIntegration.enabled', true),
    chatExtensions: [...new Set(index.owner.values())].map((id) => ({ id, name: index.labels.get(id) })),
    pasteGuard: {
      active: pf.settings.enabled,
      version: pf.version,
      targets: ['chat.panel', 'chat.quick', 'chat.editor', 'chat.inline', 'chat.terminal', 'chat.notebook', 'terminal', ...[...new Set(index.owner.values())].map((id) => `webview.${id}`)],
    },
    terminalPasteCommand: TERMINAL_PASTE_COMMAND,
    hookServer: { listening: pf.hookServer.endpoint !== undefined },
  };
}

function renderMarkdown(rows: readonly RouteAssessment[]): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  return [
    `# ${vscode.l10n.t('PromptFence: routes into AI')}`,
    '',
    `| ${vscode.l10n.t('route')} | ${vscode.l10n.t('status')} | ${vscode.l10n.t('reason')} |`,
    '|---|---|---|',
    ...rows.map((r) => `| ${esc(r.route)} | ${r.status} | ${esc(r.reason)}${r.action ? ` → ${esc(r.action)}` : ''} |`),
    '',
  ].join('\n');
}

/** "PromptFence: Doctor": every route into AI, guarded or not or needing an action, with the reason. */
export async function runDoctor(pf: PromptFence): Promise<RouteAssessment[]> {
  const rows = assessRoutes(routeFacts(pf));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: renderMarkdown(rows) });
  await vscode.window.showTextDocument(doc, { preview: false });
  pf.log.info(`doctor: ${rows.filter((r) => r.status === 'guarded').length}/${rows.length} routes guarded`);
  return rows;
}

/**
 * "PromptFence: Install agent hooks": writes PromptFence into an agent's hook file so that
 * typed prompts and tool calls are checked too. Shows the change and asks first.
 */
export async function installAgentHooks(pf: PromptFence, args?: { agent?: HookAgent; scope?: HookScope; confirm?: boolean }): Promise<{ path: string; changed: boolean } | undefined> {
  const agent =
    args?.agent ??
    (
      await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('VS Code agent mode and Copilot CLI'), agent: 'vscode' as const },
          { label: 'Claude Code', agent: 'claude' as const },
        ],
        { title: vscode.l10n.t('PromptFence: install agent hooks for…') },
      )
    )?.agent;
  if (!agent) return undefined;
  const scope = args?.scope ?? (vscode.workspace.workspaceFolders ? 'workspace' : 'user');
  const workspaceDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  // Agents start the hook for every prompt and tool call: hook.sh asks this window's hook
  // server (milliseconds) and falls back to hook.js, which needs no bash (Windows).
  const cliPath = join(pf.extension.extensionPath, 'dist', process.platform === 'win32' ? 'hook.js' : 'hook.sh');
  // Hook decisions go to the same log as paste decisions, so the log view shows both.
  const logPath = pf.warningLog.directory;
  // The organisation baseline applies to hooks as it does in the editor; the folder's own policy file tightens it there too.
  const policyPath = pf.policies.baselineFile();
  const request = { agent, scope, workspaceDir, homeDir: homedir(), cliPath, policyPath, logPath };
  const probe = planHookInstall(request, undefined);
  const current = existsSync(probe.path) ? readFileSync(probe.path, 'utf8') : undefined;
  const change = planHookInstall(request, current);
  if (!change.changed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('PromptFence hooks are already installed in {0}.', change.path));
    return { path: change.path, changed: false };
  }
  const install = vscode.l10n.t('Install');
  const picked =
    args?.confirm === false
      ? install
      : await vscode.window.showInformationMessage(
          vscode.l10n.t('PromptFence will change {0}:', change.path),
          { modal: true, detail: unifiedDiff(change.path, change.before, change.after) },
          install,
        );
  if (picked !== install) return undefined;
  await mkdir(dirname(change.path), { recursive: true });
  await mkdir(logPath, { recursive: true });
  await writeFile(change.path, change.after, 'utf8');
  pf.log.info(`agent hooks installed in ${change.path}`);
  return { path: change.path, changed: true };
}
