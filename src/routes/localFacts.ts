/**
 * The facts about routes into AI that can be read from disk: hook files in the
 * workspace and the user's folders, VS Code's user settings.json, installed extensions
 * and the AI CLIs on PATH. The CLI's doctor uses only these; the extension's Doctor
 * adds what the VS Code API knows (UI kind, live settings, keybindings) before calling
 * `assessRoutes`.
 */
import { AI_CLI_PROGRAMS } from '../targets/aiCli';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { isPromptFenceCommand } from '../hooks/install';
import type { HookAgent } from '../hooks/payload';
import { KNOWN_CHAT_EXTENSIONS, type HookFacts, type PasteGuardFacts, type RouteFacts } from './assess';

type Env = Readonly<Record<string, string | undefined>>;

/** AI command-line programs whose terminals PromptFence guards (issue 6). */
export { AI_CLI_PROGRAMS };

function readJsonc(path: string): unknown {
  try {
    return parseJsonc(readFileSync(path, 'utf8'), [], { allowTrailingComma: true });
  } catch {
    return undefined;
  }
}

function jsonFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Whether any hook command in a parsed hook file runs PromptFence. */
function runsPromptFence(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => runsPromptFence(v, depth + 1));
  const o = value as Record<string, unknown>;
  if (['command', 'bash', 'powershell'].some((k) => isPromptFenceCommand(o[k]))) return true;
  return Object.values(o).some((v) => runsPromptFence(v, depth + 1));
}

/** User settings.json of VS Code (and its common builds) at the usual places per platform. */
export function vscodeSettingsCandidates(env: Env, home: string, platform = process.platform): string[] {
  const products = ['Code', 'Code - Insiders', 'VSCodium'];
  const roots =
    platform === 'win32' ? [env.APPDATA ?? join(home, 'AppData', 'Roaming')] : platform === 'darwin' ? [join(home, 'Library', 'Application Support')] : [env.XDG_CONFIG_HOME ?? join(home, '.config')];
  return roots.flatMap((r) => products.map((p) => join(r, p, 'User', 'settings.json')));
}

function hookFacts(agent: HookAgent, workspace: string, home: string, disabled: ReadonlySet<string>): HookFacts {
  const candidates =
    agent === 'claude'
      ? [join(workspace, '.claude', 'settings.json'), join(workspace, '.claude', 'settings.local.json'), join(home, '.claude', 'settings.json')]
      : [...jsonFilesIn(join(workspace, '.github', 'hooks')), ...jsonFilesIn(join(home, '.copilot', 'hooks'))];
  const files = candidates.filter((f) => existsSync(f));
  const ours = files.filter((f) => runsPromptFence((readJsonc(f) as { hooks?: unknown } | undefined)?.hooks));
  const enabledOurs = ours.filter((f) => !disabled.has(f));
  return { files: ours.length > 0 ? ours : files, promptFence: ours.length > 0, enabled: ours.length === 0 ? undefined : enabledOurs.length > 0 };
}

/** `chat.hookFilesLocations` entries set to false, resolved against the workspace and home. */
function disabledHookLocations(settings: Record<string, unknown>, workspace: string, home: string): Set<string> {
  const out = new Set<string>();
  const locations = settings['chat.hookFilesLocations'];
  if (!locations || typeof locations !== 'object') return out;
  for (const [loc, on] of Object.entries(locations as Record<string, unknown>)) {
    if (on !== false) continue;
    const abs = loc.startsWith('~/') ? join(home, loc.slice(2)) : resolve(workspace, loc);
    out.add(abs);
    for (const f of jsonFilesIn(abs)) out.add(f);
  }
  return out;
}

function onPath(program: string, env: Env): boolean {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      try {
        if (statSync(join(dir, program + ext)).isFile()) return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

/** Installed extensions by folder name (`publisher.name-1.2.3`); PromptFence's own keybinding targets from its manifest. */
function extensionFacts(home: string): { chat: RouteFacts['chatExtensions']; guard?: PasteGuardFacts } {
  const dirs = [join(home, '.vscode', 'extensions'), join(home, '.vscode-server', 'extensions')];
  const chat = new Map<string, { id: string; name?: string }>();
  let guard: PasteGuardFacts | undefined;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const folder of names) {
      const id = folder.replace(/-\d[\w.+-]*$/, '').toLowerCase();
      if (KNOWN_CHAT_EXTENSIONS[id]) chat.set(id, { id, name: KNOWN_CHAT_EXTENSIONS[id] });
      if (id === 'promptfence.promptfence') {
        const manifest = readJsonc(join(dir, folder, 'package.json')) as { version?: string; contributes?: { keybindings?: { command?: string; args?: { target?: string } }[] } } | undefined;
        const targets = (manifest?.contributes?.keybindings ?? []).filter((k) => k.command === 'promptfence.guardedPaste' && k.args?.target).map((k) => k.args!.target!);
        guard = { active: 'installed', targets: [...new Set(targets)], version: manifest?.version };
      }
    }
  }
  return { chat: [...chat.values()], guard };
}

/** What the command line can see; the extension's Doctor fills in the rest from the VS Code API. */
export function gatherLocalRouteFacts(workspace: string, env: Env): RouteFacts {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const settingsFile = vscodeSettingsCandidates(env, home).find((f) => existsSync(f));
  const settings = ((settingsFile && readJsonc(settingsFile)) ?? {}) as Record<string, unknown>;
  const skip = settings['terminal.integrated.commandsToSkipShell'];
  const disabled = disabledHookLocations(settings, workspace, home);
  const extensions = extensionFacts(home);
  const shellIntegration = settings['terminal.integrated.shellIntegration.enabled'];
  return {
    // Without a settings file VS Code uses its default, which lists no PromptFence command.
    commandsToSkipShell: Array.isArray(skip) ? skip.filter((s): s is string => typeof s === 'string') : settingsFile ? [] : undefined,
    shellIntegration: typeof shellIntegration === 'boolean' ? shellIntegration : undefined,
    chatExtensions: extensions.chat,
    pasteGuard: extensions.guard,
    hooks: {
      vscode: hookFacts('vscode', workspace, home, disabled),
      claude: hookFacts('claude', workspace, home, disabled),
      copilot: hookFacts('copilot', workspace, home, new Set()),
    },
    aiClis: AI_CLI_PROGRAMS.filter((p) => onPath(p, env)),
  };
}
