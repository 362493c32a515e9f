/** One error or warning about a policy file, positioned for an editor diagnostic and a compiler-style line. */
export interface PolicyProblem {
  readonly file: string;
  /** 1-based, like editors and compilers print them. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (as VS Code counts). */
  readonly column: number;
  /** 0-based offset and length in the file's text, for a diagnostic's range. */
  readonly offset: number;
  readonly length: number;
  /** The key the problem is about: `classes["pii.contact"]`, `allowlist[2].expires`; empty for the whole file. */
  readonly keyPath: string;
  readonly message: string;
}

/** `file:line:column: key: message`, as `policy check` prints it. */
export function formatPolicyProblem(p: PolicyProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ''}${p.message}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['targets', 'terminal.claude', 'classes', 'secret']` → `targets["terminal.claude"].classes.secret`. */
export function formatKeyPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
