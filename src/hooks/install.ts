/**
 * Adding PromptFence to an agent's hook file, as text in → text out: the CLI and the
 * extension both show the change before writing it. Edits go through jsonc-parser so
 * that comments, key order and the user's other hooks stay as they were.
 */
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions, type JSONPath, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { join } from 'node:path';
import type { HookAgent } from './payload';

export type HookScope = 'workspace' | 'user';

/** The events PromptFence registers for. */
export const HOOKED_EVENTS = ['UserPromptSubmit', 'PreToolUse'] as const;

export interface HookCommandOptions {
  /**
   * Absolute path of `dist/cli.js` (the hook then runs `node <path> hook`), of
   * `dist/hook.js`, the faster Node entry (`node <path>`), or of `dist/hook.sh`, the
   * fastest (`bash <path>`: it asks a running PromptFence first, then runs hook.js);
   * each works without a global install. Without it, `promptfence hook` must be on the
   * agent's PATH.
   */
  readonly cliPath?: string;
  /** The Node executable, default `node`. */
  readonly nodePath?: string;
  readonly agent?: HookAgent;
  /** `--policy PATH` for the hook: the organisation baseline the editor applies, so that hooks apply it too. */
  readonly policyPath?: string;
  /** `--log PATH` for the hook: the extension passes its own warning-log folder, so hook decisions show in its log view. */
  readonly logPath?: string;
}

function quoteIfNeeded(word: string): string {
  return /^[\w@%+=:,./\\-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The command line written into hook files. The agent is named only for Claude's file:
 * VS Code and Copilot CLI share the other file, and their payloads tell them apart.
 */
export function promptFenceHookCommand(options: HookCommandOptions = {}): string {
  const entry = options.cliPath === undefined ? 'path' : /[/\\]hook\.sh$/.test(options.cliPath) ? 'script' : /[/\\]hook\.js$/.test(options.cliPath) ? 'launcher' : 'cli';
  const words =
    entry === 'path' ? ['promptfence', 'hook'] : entry === 'script' ? ['bash', options.cliPath!] : [options.nodePath ?? 'node', options.cliPath!, ...(entry === 'launcher' ? [] : ['hook'])];
  if (options.agent === 'claude') words.push('--agent', 'claude');
  if (options.policyPath) words.push('--policy', options.policyPath);
  if (options.logPath) words.push('--log', options.logPath);
  return words.map(quoteIfNeeded).join(' ');
}

/** PowerShell runs a quoted program only after `&`. */
function powershellCommand(command: string): string {
  return command.startsWith('"') ? `& ${command}` : command;
}

/** Where each agent reads hooks (docs/agent-hooks.md): VS Code and Copilot CLI share `.github/hooks` and `~/.copilot/hooks`. */
export function hookFilePath(agent: HookAgent, scope: HookScope, dirs: { readonly workspaceDir?: string; readonly homeDir: string }): string {
  const base = scope === 'user' ? dirs.homeDir : dirs.workspaceDir;
  if (base === undefined) throw new Error('a workspace folder is needed for a workspace hook file');
  if (agent === 'claude') return join(base, '.claude', 'settings.json');
  return scope === 'user' ? join(base, '.copilot', 'hooks', 'promptfence.json') : join(base, '.github', 'hooks', 'promptfence.json');
}

/**
 * Whether a hook command is PromptFence's own (so that a reinstall replaces rather than
 * duplicates it): `promptfence hook …`, or `node …/dist/cli.js hook …` (PromptFence's bin), or one of its hook entries
 * (`dist/hook.js`, `dist/hook.sh`).
 */
export function isPromptFenceCommand(command: unknown): boolean {
  return typeof command === 'string' && /(promptfence|[/\\]dist[/\\]cli\.js)["']?\s+hook(\s|$)|[/\\]dist[/\\]hook\.(js|sh)["']?(\s|$)/i.test(command);
}

function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

function entryFor(agent: HookAgent, event: (typeof HOOKED_EVENTS)[number], command: string): unknown {
  if (agent === 'claude') {
    const hook = { type: 'command', command, timeout: 10 };
    // Claude runs PreToolUse hooks per tool name; `*` covers every tool, MCP tools included.
    return event === 'PreToolUse' ? { matcher: '*', hooks: [hook] } : { hooks: [hook] };
  }
  // One entry both agents read: VS Code takes `command`/`timeout`, Copilot CLI `bash`/`powershell`/`timeoutSec`.
  return { type: 'command', command, bash: command, powershell: powershellCommand(command), timeout: 10, timeoutSec: 10 };
}

/**
 * Where PromptFence's own entry sits in an event's list: for Claude, the command inside a
 * matcher group (which may hold the user's hooks too), elsewhere the entry itself.
 */
function findOwnEntry(agent: HookAgent, entries: readonly unknown[]): { path: JSONPath; value: unknown } | undefined {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') continue;
    if (agent !== 'claude') {
      if (isPromptFenceCommand(e.command) || isPromptFenceCommand(e.bash)) return { path: [i], value: e };
      continue;
    }
    const hooks = Array.isArray(e.hooks) ? e.hooks : [];
    const j = hooks.findIndex((h) => isPromptFenceCommand((h as Record<string, unknown> | null)?.command));
    if (j >= 0) return { path: [i, 'hooks', j], value: hooks[j] };
  }
  return undefined;
}

export interface HookFileChange {
  readonly path: string;
  readonly before: string | undefined;
  readonly after: string;
  readonly changed: boolean;
}

export class HookFileError extends Error {}

/**
 * Appends after the array's last element, indented like it, leaving the rest of the
 * text alone (jsonc-parser's own insertion reformats neighbouring elements).
 */
function appendToArray(text: string, list: JsonNode, value: unknown, fmt: FormattingOptions): string | undefined {
  const last = list.children?.[list.children.length - 1];
  if (!last) return undefined;
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = text.slice(lineStart, last.offset);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const eol = fmt.eol ?? '\n';
  const unit = fmt.insertSpaces === false ? '\t' : ' '.repeat(fmt.tabSize ?? 2);
  const rendered = JSON.stringify(value, null, unit).split('\n').join(eol + indent);
  const at = last.offset + last.length;
  return `${text.slice(0, at)},${eol}${indent}${rendered}${text.slice(at)}`;
}

/**
 * Adds or updates PromptFence's entries in one hook file's text (undefined: no file
 * yet). Idempotent: installing twice gives the same text. The user's other hooks,
 * comments and formatting are kept; a file that is not a JSON object is refused.
 */
export function addPromptFenceHooks(agent: HookAgent, current: string | undefined, command: string): { text: string; changed: boolean } {
  let text = current !== undefined && current.trim().length > 0 ? current : '{}';
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object' || errors.length > 0) throw new HookFileError('the hook file is not a valid JSON object; fix it or move it aside first');
  const formattingOptions = detectFormatting(current ?? '');
  const edit = (path: JSONPath, value: unknown, isArrayInsertion = false) => {
    text = applyEdits(text, modify(text, path, value, { formattingOptions, isArrayInsertion }));
  };
  // Copilot CLI requires `version: 1` in its hook files.
  if (agent !== 'claude' && findNodeAtLocation(parseTree(text)!, ['version']) === undefined) edit(['version'], 1);
  for (const event of HOOKED_EVENTS) {
    const wanted = entryFor(agent, event, command);
    const tree = parseTree(text)!;
    const list = findNodeAtLocation(tree, ['hooks', event]);
    if (!list || list.type !== 'array') {
      edit(['hooks', event], [wanted]);
      continue;
    }
    const own = findOwnEntry(agent, (getNodeValue(list) as unknown[]) ?? []);
    if (!own) {
      text = appendToArray(text, list, wanted, formattingOptions) ?? applyEdits(text, modify(text, ['hooks', event, -1], wanted, { formattingOptions, isArrayInsertion: true }));
      continue;
    }
    const ownWanted = agent === 'claude' ? (wanted as { hooks: unknown[] }).hooks[0] : wanted;
    if (JSON.stringify(own.value) !== JSON.stringify(ownWanted)) edit(['hooks', event, ...own.path], ownWanted);
  }
  if (current === undefined || current.trim().length === 0) text = text.endsWith('\n') ? text : text + '\n';
  return { text, changed: text !== current };
}

/** The whole change for one agent and scope: which file, its text before and after. */
export function planHookInstall(
  request: { readonly agent: HookAgent; readonly scope: HookScope; readonly workspaceDir?: string; readonly homeDir: string } & HookCommandOptions,
  current: string | undefined,
): HookFileChange {
  const path = hookFilePath(request.agent, request.scope, request);
  const command = promptFenceHookCommand({ cliPath: request.cliPath, nodePath: request.nodePath, agent: request.agent, policyPath: request.policyPath, logPath: request.logPath });
  const { text, changed } = addPromptFenceHooks(request.agent, current, command);
  return { path, before: current, after: text, changed };
}
