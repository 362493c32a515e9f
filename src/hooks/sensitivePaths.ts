/**
 * Files an agent should not read into a conversation, by name alone. The policy schema
 * has no path rules yet, so this built-in list applies and callers may add globs.
 */

/** Globs over the workspace-relative path (`/` separators); a glob without `/` matches the file name. */
export const BUILTIN_SENSITIVE_GLOBS: readonly string[] = [
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  'credentials*',
  '.netrc',
  '.pgpass',
  '**/secrets/**',
];

/** Templates that document variables without values. */
const EXEMPT_NAMES = /^\.env\.(example|sample|template|dist|defaults)$|\.pub$/i;

/** Compiles a glob: `**` spans folders, `*` and `?` stay within one name. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` anything below.
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

export interface PathRuleHit {
  /** The glob that matched, for the reason shown to the user. */
  readonly glob: string;
}

/**
 * Whether a path names a file the agent may not read. `relPath` is relative to the
 * workspace when it lies inside it, else absolute; both use `/`.
 */
export function matchSensitivePath(relPath: string, extraGlobs: readonly string[] = []): PathRuleHit | undefined {
  const path = relPath.split('\\').join('/');
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (EXEMPT_NAMES.test(name)) return undefined;
  for (const glob of [...BUILTIN_SENSITIVE_GLOBS, ...extraGlobs]) {
    const re = globToRegExp(glob);
    const subject = glob.includes('/') ? path.replace(/^\/+/, '') : name;
    if (re.test(subject)) return { glob };
  }
  return undefined;
}
