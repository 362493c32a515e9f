/**
 * Worker-thread entry: scans one text per message with the built-in registry, so that a
 * large paste never blocks the extension host's main thread. Bundled beside the
 * extension as `dist/scanWorker.js`; `scanAsync.ts` starts it.
 */
import { parentPort } from 'node:worker_threads';
import { scanText } from './scan';
import type { ScanOptions, ScanResult } from './types';

export interface ScanRequest {
  readonly text: string;
  readonly options: ScanOptions;
}

export type ScanReply = { readonly ok: true; readonly result: ScanResult } | { readonly ok: false; readonly error: string };

parentPort?.on('message', (request: ScanRequest) => {
  let reply: ScanReply;
  try {
    reply = { ok: true, result: scanText(request.text, request.options) };
  } catch (err) {
    // Detector errors name the detector, never the scanned text.
    reply = { ok: false, error: err instanceof Error ? err.message : 'scan failed' };
  }
  parentPort!.postMessage(reply);
});
