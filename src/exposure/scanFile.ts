import { open } from 'node:fs/promises';
import { scanText, type DetectorRegistry } from '../engine';
import { decideAction } from '../policy/decide';
import type { EffectivePolicy, TargetId } from '../policy/types';
import { countTypes, type FileExposure } from './summarise';

export const MAX_FILE_BYTES = 1024 * 1024;

/** A NUL byte in the first 8 KB marks a binary file, as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * What a chat that attached this text would carry, as the policy sees it for `target`.
 * Shared by the workspace report and the active-editor marks, so both judge alike.
 */
export function judgeExposure(text: string, relPath: string, policy: EffectivePolicy, registry: DetectorRegistry, timeBudgetMs: number, target: TargetId = 'chat.panel') {
  const result = scanText(text, { minConfidence: policy.minConfidence, timeBudgetMs }, registry);
  const decision = decideAction(result.findings, target, policy, true, { text, sourcePath: relPath });
  return { result, decision };
}

/**
 * Scans one file as a chat would attach it and decides with the policy for `target`.
 * Returns undefined for files that are binary, too large, unreadable or hold nothing the
 * policy acts on.
 */
export async function scanFileExposure(
  absPath: string,
  relPath: string,
  policy: EffectivePolicy,
  registry: DetectorRegistry,
  target: TargetId = 'chat.panel',
): Promise<FileExposure | 'skipped' | undefined> {
  let bytes: Buffer;
  try {
    const handle = await open(absPath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_FILE_BYTES) return 'skipped';
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return 'skipped';
  }
  if (looksBinary(bytes)) return 'skipped';
  const text = new TextDecoder('utf-8').decode(bytes);
  const { result, decision } = judgeExposure(text, relPath, policy, registry, 500, target);
  if (decision.action === 'allow' && result.complete) return undefined;
  return { path: relPath, action: decision.action, counts: countTypes(decision.findings.map((d) => d.finding)), incomplete: !result.complete };
}
