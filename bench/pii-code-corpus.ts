import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Packages installed from npm whose JavaScript stands in for "real code pasted all day". */
const PACKAGES = ['typescript/lib', 'lodash', 'express', 'react', 'stripe', '@aws-sdk', '@smithy', 'ajv/dist', 'mocha', 'jsonc-parser'];

function jsFiles(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) jsFiles(path, out);
    else if (/\.(c|m)?js$/.test(name) && !name.endsWith('.min.js')) out.push(path);
  }
}

/**
 * About `megabytes` of JavaScript from node_modules, taken round-robin from several
 * packages so one library's style does not dominate. Deterministic (sorted walk).
 */
export function loadCodeCorpus(megabytes: number): { text: string; files: { path: string; start: number }[] } {
  const root = join(__dirname, '..', 'node_modules');
  const lists = PACKAGES.map((p) => {
    const out: string[] = [];
    jsFiles(join(root, p), out);
    return out;
  }).filter((l) => l.length > 0);
  const limit = megabytes * 1024 * 1024;
  const parts: string[] = [];
  const files: { path: string; start: number }[] = [];
  let size = 0;
  const cursor = lists.map(() => 0);
  while (size < limit && lists.some((l, i) => cursor[i] < l.length)) {
    for (let i = 0; i < lists.length && size < limit; i++) {
      if (cursor[i] >= lists[i].length) continue;
      const path = lists[i][cursor[i]++];
      const body = readFileSync(path, 'utf8').slice(0, 1024 * 1024);
      files.push({ path: path.slice(root.length + 1), start: size });
      parts.push(body, '\n');
      size += body.length + 1;
    }
  }
  return { text: parts.join(''), files };
}
