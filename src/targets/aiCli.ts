/**
 * Which AI command-line program a terminal runs, from what VS Code tells an extension:
 * the terminal's name, its creation options, and (with shell integration) the command
 * line running in it. Pure, so that the rules are unit-tested without a terminal.
 */

/** Programs whose input goes to an AI model. Lower case; the terminal target is `terminal.<name>`. */
export const AI_CLI_PROGRAMS: readonly string[] = [
  'claude',
  'gemini',
  'codex',
  'aider',
  'copilot',
  'opencode',
  'qwen',
  'cursor-agent',
  'amp',
  'goose',
  'crush',
  'llm',
  'ollama',
  'q',
  'kiro-cli',
  'cline',
  'droid',
];

/** npm packages that run one of the programs through npx/pnpm dlx/bunx. */
const PACKAGE_PROGRAMS: Readonly<Record<string, string>> = {
  '@anthropic-ai/claude-code': 'claude',
  '@google/gemini-cli': 'gemini',
  '@openai/codex': 'codex',
  '@github/copilot': 'copilot',
  '@qwen-code/qwen-code': 'qwen',
  'opencode-ai': 'opencode',
  '@sourcegraph/amp': 'amp',
  'aider-chat': 'aider',
};

/** Commands that run another program: the program is their first non-option argument. */
const LAUNCHERS = new Set(['npx', 'bunx', 'pnpx', 'uvx', 'pipx', 'sudo', 'env', 'exec', 'command', 'time', 'nohup', 'dlx', 'run', 'x', 'pnpm', 'yarn', 'bun', 'uv', 'tool']);

/** Names too generic to recognise in a terminal's title; they count only as commands. */
const COMMAND_ONLY = new Set(['q', 'llm', 'amp', 'droid']);

export interface TerminalFacts {
  /** The terminal's title (`Terminal.name`). */
  readonly name: string;
  /** `creationOptions.shellPath`, when the terminal's process is a program. */
  readonly shellPath?: string;
  readonly shellArgs?: readonly string[] | string;
  /** The command line running now, from shell integration (`claude --resume`). */
  readonly commandLine?: string;
}

function baseName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path;
  return last.replace(/\.(exe|cmd|bat|ps1|js|mjs|py|sh)$/i, '').toLowerCase();
}

/** Splits a shell command line into words, honouring simple quotes; good enough to find the program. */
function words(commandLine: string): string[] {
  return [...commandLine.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function programOfWords(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || w.startsWith('-')) continue; // VAR=value, launcher options
    const pkg = PACKAGE_PROGRAMS[w.replace(/@[^@/]*$/, '').toLowerCase()] ?? PACKAGE_PROGRAMS[w.toLowerCase()];
    if (pkg) return pkg;
    const name = baseName(w);
    if (name === 'gh' && argv[i + 1] === 'copilot') return 'copilot';
    if (name === 'q' && !['chat', 'translate'].includes(argv[i + 1] ?? '')) return undefined;
    if (name === 'ollama' && argv[i + 1] !== 'run') return undefined;
    if (AI_CLI_PROGRAMS.includes(name)) return name;
    if (LAUNCHERS.has(name)) continue;
    return undefined;
  }
  return undefined;
}

/** The AI program a terminal is running, or undefined for an ordinary shell. */
export function identifyAiCli(facts: TerminalFacts): string | undefined {
  if (facts.commandLine) {
    const fromCommand = programOfWords(words(facts.commandLine.trim()));
    if (fromCommand) return fromCommand;
  }
  if (facts.shellPath) {
    const args = typeof facts.shellArgs === 'string' ? words(facts.shellArgs) : [...(facts.shellArgs ?? [])];
    const fromProcess = programOfWords([facts.shellPath, ...args]);
    if (fromProcess) return fromProcess;
  }
  const titleWords = facts.name.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean);
  return AI_CLI_PROGRAMS.find((p) => !COMMAND_ONLY.has(p) && titleWords.includes(p));
}
