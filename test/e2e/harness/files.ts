import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` whose name matches, at any depth (e.g. the warning log inside a session's profile). */
export function findFiles(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findFiles(p, name));
    else if (entry.isFile() && name.test(entry.name)) out.push(p);
  }
  return out;
}
