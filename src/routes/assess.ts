/**
 * Every route by which text reaches an AI in VS Code, and whether PromptFence guards it,
 * from facts gathered elsewhere: the CLI's doctor reads files, the extension's Doctor
 * command asks the VS Code API. Pure, so both show the same table for the same facts.
 */
import { KNOWN_CHAT_WEBVIEWS } from '../targets/chatWebviews';
import type { HookAgent } from '../hooks/payload';

export type RouteStatus = 'guarded' | 'not guarded' | 'needs action';

export interface RouteAssessment {
  /** Stable id, e.g. `chat.panel`, `terminal.ai-cli`, `webview.saoudrizwan.claude-dev`, `hook.claude.prompts`. */
  readonly id: string;
  readonly route: string;
  readonly status: RouteStatus;
  readonly reason: string;
  /** What the user can do, when the status is `needs action` (or a `not guarded` route can be closed). */
  readonly action?: string;
}

export interface HookFacts {
  /** Hook files the agent reads that exist. */
  readonly files: readonly string[];
  /** Whether one of them runs `promptfence hook`. */
  readonly promptFence: boolean;
  /** False when the agent's hooks are switched off (for VS Code: `chat.hookFilesLocations` set to false for every file found). */
  readonly enabled?: boolean;
}

export interface PasteGuardFacts {
  /** Whether the extension runs (the CLI can only see that it is installed). */
  readonly active: boolean | 'installed';
  /** Targets of PromptFence's paste keybindings: `chat.panel`, `chat.inline`, `chat.terminal`, `chat.notebook`, `terminal`, `webview.<extension id>`. */
  readonly targets: readonly string[];
  readonly version?: string;
}

export interface ChatExtensionFacts {
  readonly id: string;
  readonly name?: string;
}

export interface RouteFacts {
  readonly vscodeVersion?: string;
  /** `web`: a browser-hosted VS Code, whose webviews paste natively. */
  readonly uiKind?: 'desktop' | 'web';
  /** `terminal.integrated.commandsToSkipShell`; undefined when it could not be read. */
  readonly commandsToSkipShell?: readonly string[];
  readonly shellIntegration?: boolean;
  /** Installed chat extensions built as webviews. */
  readonly chatExtensions?: readonly ChatExtensionFacts[];
  readonly hooks?: Partial<Record<HookAgent, HookFacts>>;
  /** AI command-line programs found on PATH. */
  readonly aiClis?: readonly string[];
  /** Undefined: not known (the CLI without an installed extension). */
  readonly pasteGuard?: PasteGuardFacts;
  /** The command PromptFence binds in terminals; it must be in commandsToSkipShell. */
  readonly terminalPasteCommand?: string;
  /** Whether this window answers hook.sh's calls (undefined: not known, as in the CLI). */
  readonly hookServer?: { readonly listening: boolean };
}

/** Chat extensions known to be webviews (DESIGN.md §5), by extension id; the one list the paste guard uses too. */
export const KNOWN_CHAT_EXTENSIONS: Readonly<Record<string, string>> = Object.fromEntries(KNOWN_CHAT_WEBVIEWS.map((e) => [e.extensionId, e.label]));

const AGENT_NAMES: Readonly<Record<HookAgent, string>> = { vscode: 'VS Code agent mode', claude: 'Claude Code', copilot: 'Copilot CLI' };

function pasteRoute(facts: RouteFacts, id: string, route: string, accepted: readonly string[]): RouteAssessment {
  const guard = facts.pasteGuard;
  if (!guard) return { id, route, status: 'needs action', reason: 'the PromptFence extension was not found', action: 'install the PromptFence extension, then run "PromptFence: Doctor" in VS Code' };
  if (guard.active === false) return { id, route, status: 'not guarded', reason: 'the PromptFence extension is disabled', action: 'enable it (setting promptfence.enabled)' };
  if (!accepted.some((t) => guard.targets.includes(t))) return { id, route, status: 'not guarded', reason: 'no PromptFence paste keybinding for this input' };
  const seen = guard.active === 'installed' ? ' (installed; whether it runs shows in VS Code\'s Doctor)' : '';
  return { id, route, status: 'guarded', reason: `ctrl+v / cmd+v and shift+insert run PromptFence's guarded paste${seen}` };
}

function terminalRoute(facts: RouteFacts): RouteAssessment {
  const id = 'terminal.ai-cli';
  const clis = facts.aiClis?.length ? ` (on PATH: ${facts.aiClis.join(', ')})` : '';
  const route = `AI CLIs in the terminal${clis}`;
  const base = pasteRoute(facts, id, route, ['terminal']);
  if (base.status !== 'guarded') return base;
  const command = facts.terminalPasteCommand ?? 'promptfence.guardedPaste';
  if (facts.commandsToSkipShell === undefined) return { id, route, status: 'needs action', reason: 'terminal.integrated.commandsToSkipShell could not be read', action: `check that it lists ${command}` };
  if (!facts.commandsToSkipShell.includes(command)) {
    return { id, route, status: 'needs action', reason: `${command} is not in terminal.integrated.commandsToSkipShell, so the terminal's shell gets ctrl+v first`, action: `add "${command}" to terminal.integrated.commandsToSkipShell` };
  }
  if (facts.shellIntegration === false) {
    return { id, route, status: 'needs action', reason: 'shell integration is off: only terminals named or started as an AI CLI are recognised, not a CLI started from a shell', action: 'set terminal.integrated.shellIntegration.enabled to true' };
  }
  return { id, route, status: 'guarded', reason: 'pastes into terminals running an AI CLI are checked (program recognised by name, creation options and shell integration)' };
}

function webviewRoutes(facts: RouteFacts): RouteAssessment[] {
  return (facts.chatExtensions ?? []).map((ext) => {
    const id = `webview.${ext.id}`;
    const route = `${ext.name ?? KNOWN_CHAT_EXTENSIONS[ext.id] ?? ext.id} chat (webview)`;
    if (facts.uiKind === 'web') return { id, route, status: 'not guarded', reason: 'in a browser-hosted VS Code the webview pastes natively; no keybinding can intercept it' };
    return pasteRoute(facts, id, route, [id, 'webview']);
  });
}

function hookRoutes(facts: RouteFacts): RouteAssessment[] {
  const out: RouteAssessment[] = [];
  const speed =
    facts.hookServer === undefined ? '' : facts.hookServer.listening ? '; this window answers hook.sh within milliseconds' : '; no hook server runs in this window, so each call starts Node (about 0.2 s)';
  for (const agent of ['vscode', 'claude', 'copilot'] as const) {
    const h = facts.hooks?.[agent];
    const name = AGENT_NAMES[agent];
    const install = `run "promptfence hook install --agent ${agent}"`;
    const missing = (id: string, route: string): RouteAssessment =>
      h?.promptFence && h.enabled === false
        ? { id, route, status: 'needs action', reason: `PromptFence's hook is installed (${h.files.join(', ')}) but hooks from that file are switched off`, action: 'enable the hook file location (chat.hookFilesLocations) or your organisation\'s hook policy' }
        : { id, route, status: 'needs action', reason: h?.files.length ? `hook files exist (${h.files.join(', ')}) but none runs promptfence hook` : 'no PromptFence hook installed', action: install };
    const prompts = `Typed prompts (${name}, via hooks)`;
    const tools = `Agent tool calls reading files or running commands (${name}, via hooks)`;
    const installed = h?.promptFence === true && h.enabled !== false;
    if (agent === 'copilot') {
      out.push({ id: 'hook.copilot.prompts', route: prompts, status: 'not guarded', reason: 'Copilot CLI does not act on userPromptSubmitted hook output; prompts are only logged' });
    } else {
      // In VS Code the built-in Copilot Chat runs the hook files; other chat participants do not.
      const runner = agent === 'vscode' ? '; VS Code runs hooks only for GitHub Copilot Chat requests (signed in, or chat.allowAnonymousAccess)' : '';
      out.push(installed ? { id: `hook.${agent}.prompts`, route: prompts, status: 'guarded', reason: `UserPromptSubmit runs promptfence hook (${h!.files.join(', ')})${runner}${speed}` } : missing(`hook.${agent}.prompts`, prompts));
    }
    out.push(installed ? { id: `hook.${agent}.tools`, route: tools, status: 'guarded', reason: `PreToolUse runs promptfence hook (${h!.files.join(', ')})${speed}` } : missing(`hook.${agent}.tools`, tools));
  }
  return out;
}

const OPEN_ROUTES: readonly RouteAssessment[] = [
  { id: 'menu-paste', route: 'Paste from the Edit or context menu', status: 'not guarded', reason: 'menu paste runs no keybinding, and the chat input is not visible to paste providers; typed-prompt hooks still see the sent prompt where installed' },
  { id: 'drag-and-drop', route: 'Drag and drop into a chat', status: 'not guarded', reason: 'no extension API sees a drop into the chat input' },
  { id: 'extension-commands', route: 'Other extensions calling chat commands', status: 'not guarded', reason: 'an extension can send text to a chat directly; only hooks on the receiving agent can see it' },
  { id: 'participants-without-hooks', route: 'Chat participants and modes that run no hooks', status: 'not guarded', reason: 'typed prompts are checked only where the agent runs hooks' },
];

/** The coverage table: one row per route, in a fixed order. */
export function assessRoutes(facts: RouteFacts): RouteAssessment[] {
  return [
    pasteRoute(facts, 'chat.panel', 'Chat view (paste)', ['chat.panel']),
    pasteRoute(facts, 'chat.editor', 'Chat editor tab (paste)', ['chat.editor', 'chat.panel']),
    pasteRoute(facts, 'chat.quick', 'Quick chat (paste)', ['chat.quick', 'chat.panel']),
    pasteRoute(facts, 'chat.inline', 'Inline chat (paste)', ['chat.inline']),
    pasteRoute(facts, 'chat.terminal', 'Terminal inline chat (paste)', ['chat.terminal']),
    terminalRoute(facts),
    ...webviewRoutes(facts),
    ...hookRoutes(facts),
    ...OPEN_ROUTES,
  ];
}

/** A plain-text table for the CLI (and the extension's output channel). */
export function formatRouteTable(rows: readonly RouteAssessment[]): string {
  const width = Math.max(...rows.map((r) => r.route.length), 5);
  const statusWidth = 12;
  const lines = [`${'ROUTE'.padEnd(width)}  ${'STATUS'.padEnd(statusWidth)}  REASON`];
  for (const r of rows) {
    lines.push(`${r.route.padEnd(width)}  ${r.status.padEnd(statusWidth)}  ${r.reason}`);
    if (r.action) lines.push(`${''.padEnd(width)}  ${''.padEnd(statusWidth)}  → ${r.action}`);
  }
  return lines.join('\n') + '\n';
}
