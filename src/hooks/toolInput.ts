/**
 * What a tool call would read or run, from its arguments. Tool names and argument names
 * differ per agent (Claude `Read.file_path`, VS Code `read_file.filePath`, Copilot CLI
 * `view.path`), so this looks at argument names rather than tool names.
 */

export interface ToolTargets {
  /** Paths the tool names directly (files to read, folders to search). */
  readonly paths: readonly string[];
  /** Shell command lines. */
  readonly commands: readonly string[];
  /** Other text the tool sends somewhere: URLs, queries, patterns. */
  readonly otherText: readonly string[];
}

const PATH_KEYS = new Set(['file_path', 'filepath', 'path', 'paths', 'filepaths', 'files', 'notebook_path', 'uri', 'file', 'target_file']);
const COMMAND_KEYS = new Set(['command', 'cmd', 'script', 'commandline']);
/** Text the agent writes into files: it already has it, and scanning it would block ordinary edits. */
const WRITTEN_KEYS = new Set(['content', 'new_string', 'old_string', 'newstring', 'oldstring', 'edits', 'code', 'new_source', 'explanation', 'description']);

function collectStrings(v: unknown, out: string[], depth = 0): void {
  if (depth > 4) return;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, out, depth + 1);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // `files: [{ path }]` or `{ filePath }` entries.
    for (const k of ['path', 'filePath', 'file_path', 'uri']) if (typeof o[k] === 'string') out.push(o[k] as string);
  }
}

function walk(v: unknown, t: { paths: string[]; commands: string[]; otherText: string[] }, depth: number): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    const k = key.toLowerCase();
    if (WRITTEN_KEYS.has(k)) continue;
    if (PATH_KEYS.has(k)) collectStrings(value, t.paths);
    else if (COMMAND_KEYS.has(k) && typeof value === 'string') t.commands.push(value);
    else if (typeof value === 'string') t.otherText.push(value);
    else walk(value, t, depth + 1);
  }
}

export function extractToolTargets(toolInput: unknown): ToolTargets {
  const t = { paths: [] as string[], commands: [] as string[], otherText: [] as string[] };
  if (typeof toolInput === 'string') t.commands.push(toolInput);
  else walk(toolInput, t, 0);
  return t;
}

/**
 * Words of a shell command line that may name files: not options, not variable
 * references; `--env-file=.env` gives `.env`. Quoting is undone only roughly, which is
 * enough to recognise names such as `.env` or `~/.ssh/id_rsa`.
 */
export function commandPathWords(command: string): string[] {
  const words = command.split(/[\s|;&<>()`]+/).map((w) => w.replace(/^['"]+|['"]+$/g, ''));
  const out: string[] = [];
  for (let w of words) {
    if (w.startsWith('-')) {
      const eq = w.indexOf('=');
      if (eq < 0) continue;
      w = w.slice(eq + 1);
    }
    if (w.length === 0 || w.length > 4096 || w.startsWith('$')) continue;
    if (/[./~\\]/.test(w) || /^(credentials|id_[a-z0-9]+)/i.test(w)) out.push(w);
  }
  return out;
}
