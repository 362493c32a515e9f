import { execFile } from 'node:child_process';
import { dirname } from 'node:path';

/**
 * Whether git ignores a file: `true`/`false`, or `undefined` when git cannot say (no git
 * on PATH, not inside a repository, a timeout). Asked of git itself rather than by
 * reading .gitignore files, so nested ignores, `info/exclude` and the user's global
 * excludes all count.
 */
export function isGitIgnored(file: string, timeoutMs = 2000): Promise<boolean | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['check-ignore', '-q', '--', file], { cwd: dirname(file), timeout: timeoutMs, windowsHide: true }, (err) => {
      if (!err) return resolve(true);
      // check-ignore exits 1 for "not ignored" and 128 for errors (outside a repository).
      resolve((err as { code?: unknown }).code === 1 ? false : undefined);
    });
  });
}
