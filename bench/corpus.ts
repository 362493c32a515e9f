/**
 * A corpus of real code from packages installed in node_modules (never from this
 * repository): files are taken round-robin across packages so that no single large file
 * (typescript.js) dominates, each capped at 256 KB, in a fixed order so runs compare.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', 'node_modules');
export const PACKAGES = [
  'typescript',
  'lodash',
  '@aws-sdk/client-s3',
  '@aws-sdk/core',
  '@smithy/smithy-client',
  'stripe',
  'express',
  'react',
  'mocha',
  'ajv',
  'jsonc-parser',
  'esbuild',
  '@opentelemetry/sdk-logs',
  '@faker-js/faker',
  'playwright-core',
];
const EXTENSIONS = /\.(?:js|cjs|mjs|ts|mts|cts|json|md)$/;
const FILE_CAP = 256 * 1024;

export interface CorpusFile {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export interface Corpus {
  readonly text: string;
  readonly files: readonly CorpusFile[];
}

function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) walk(p, out);
    } else if (EXTENSIONS.test(name) && s.size > 200) out.push(p);
  }
}

export function buildCorpus(bytes: number): Corpus {
  const queues = PACKAGES.map((pkg) => {
    const files: string[] = [];
    walk(join(ROOT, pkg), files);
    return files;
  }).filter((q) => q.length > 0);
  const parts: string[] = [];
  const files: CorpusFile[] = [];
  let length = 0;
  for (let round = 0; length < bytes && queues.some((q) => round < q.length); round++) {
    for (const q of queues) {
      if (round >= q.length || length >= bytes) continue;
      let content = readFileSync(q[round], 'utf8');
      if (content.length > FILE_CAP) content = content.slice(0, FILE_CAP);
      const take = content.slice(0, bytes - length);
      files.push({ path: relative(ROOT, q[round]), start: length, end: length + take.length });
      parts.push(take);
      length += take.length;
    }
  }
  return { text: parts.join(''), files };
}

export function fileAt(corpus: Corpus, offset: number): string {
  let lo = 0;
  let hi = corpus.files.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (corpus.files[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return corpus.files[lo].path;
}
