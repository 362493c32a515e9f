/**
 * Scans without blocking the caller's thread: small texts in-thread (a worker costs more
 * to start than they take to scan), large ones in a `worker_threads` worker with a time
 * budget. Whatever goes wrong (budget, crash, a worker that never answers) the result
 * says `complete: false`, so the policy decides whether to fail open or closed; findings
 * are never dropped silently. Node-only, so it is not re-exported from `./index`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanText } from './scan';
import type { ScanReply, ScanRequest } from './scanWorker';
import type { ScanOptions, ScanResult } from './types';

export interface AsyncScanOptions extends ScanOptions {
  /** Texts up to this many UTF-16 code units are scanned in-thread (default 256 Ki). */
  readonly inThreadLimit?: number;
  /** The worker script; defaults to `scanWorker.js` beside this module (the bundle's `dist/`). */
  readonly workerPath?: string;
  /** Extra time past the budget before a silent worker is terminated (default 1000 ms). */
  readonly graceMs?: number;
}

export const DEFAULT_IN_THREAD_LIMIT = 256 * 1024;

function resolveWorker(explicit: string | undefined): { path: string; execArgv: string[] } {
  if (explicit) return { path: explicit, execArgv: explicit.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [] };
  const js = join(__dirname, 'scanWorker.js');
  if (existsSync(js)) return { path: js, execArgv: [] };
  // Running from sources (tests, benchmarks): load the TypeScript entry through tsx.
  return { path: join(__dirname, 'scanWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

function incomplete(began: number): ScanResult {
  return { findings: [], complete: false, elapsedMs: performance.now() - began };
}

export function scanTextAsync(text: string, options: AsyncScanOptions = {}): Promise<ScanResult> {
  const { inThreadLimit = DEFAULT_IN_THREAD_LIMIT, workerPath, graceMs = 1000, ...scanOptions } = options;
  if (text.length <= inThreadLimit) return Promise.resolve(scanText(text, scanOptions));
  const began = performance.now();
  const { path, execArgv } = resolveWorker(workerPath);
  return new Promise<ScanResult>((resolve) => {
    let settled = false;
    let worker: Worker;
    const finish = (result: ScanResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      void worker?.terminate();
      resolve(result);
    };
    const limit = scanOptions.timeBudgetMs === undefined ? undefined : scanOptions.timeBudgetMs + graceMs;
    const watchdog = limit === undefined ? undefined : setTimeout(() => finish(incomplete(began)), limit);
    try {
      worker = new Worker(path, { execArgv });
    } catch {
      finish(incomplete(began));
      return;
    }
    worker.once('message', (reply: ScanReply) => finish(reply.ok ? reply.result : incomplete(began)));
    worker.once('error', () => finish(incomplete(began)));
    worker.once('exit', () => finish(incomplete(began)));
    const request: ScanRequest = { text, options: scanOptions };
    worker.postMessage(request);
  });
}
