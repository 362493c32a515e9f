import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ChainInput } from './chain';
import { listLogFiles } from './writer';

/** Reads the files of one chain: a folder's rotated files in order, or the given files as they are. */
export async function readLogInputs(paths: readonly string[]): Promise<ChainInput[]> {
  const out: ChainInput[] = [];
  for (const p of paths) {
    const st = await stat(p);
    const files = st.isDirectory() ? await listLogFiles(p) : [p];
    for (const f of files) out.push({ file: f, content: await readFile(f, 'utf8') });
  }
  return out;
}

export interface ChainSource {
  /** For people: the folder or file, relative to where the command ran. */
  readonly name: string;
  readonly files: readonly string[];
}

/**
 * Finds the logs to merge for a report: a folder's rotated files form one chain, every
 * other `.jsonl` file is a chain of its own (a `--log FILE` log), and subfolders (one per
 * developer in a shared folder) are searched the same way.
 */
export async function collectChains(paths: readonly string[], cwd: string): Promise<ChainSource[]> {
  const out: ChainSource[] = [];
  const visit = async (p: string, depth: number): Promise<void> => {
    const st = await stat(p);
    if (!st.isDirectory()) {
      out.push({ name: relative(cwd, p) || p, files: [p] });
      return;
    }
    const rotated = await listLogFiles(p);
    if (rotated.length > 0) out.push({ name: relative(cwd, p) || '.', files: rotated });
    if (depth > 8) return;
    const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const child = join(p, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) await visit(child, depth + 1);
      else if (e.isFile() && e.name.endsWith('.jsonl') && !rotated.includes(child)) out.push({ name: relative(cwd, child), files: [child] });
    }
  };
  for (const p of paths) await visit(p, 0);
  return out;
}
