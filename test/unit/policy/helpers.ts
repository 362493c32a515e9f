import type { Finding } from '../../../src/engine/types';
import { categoryOf } from '../../../src/engine/entities';
import { mergePolicyLayers, parsePolicy, type PolicyFile } from '../../../src/policy';

/** Parses a policy written as an object literal, failing loudly if it is invalid. */
export function file(policy: Record<string, unknown>): PolicyFile {
  const result = parsePolicy(JSON.stringify({ version: 1, ...policy }), 'test.json');
  if (!result.policy) throw new Error(`invalid test policy: ${result.errors.map((e) => `${e.keyPath}: ${e.message}`).join('; ')}`);
  return result.policy;
}

export function merged(baseline?: Record<string, unknown>, workspace?: Record<string, unknown>, workspaceTrusted = true) {
  return mergePolicyLayers({
    baseline: baseline && { source: 'baseline.json', policy: file(baseline) },
    workspace: workspace && { source: '.promptfence.json', policy: file(workspace) },
    workspaceTrusted,
  });
}

/** A finding as the engine would report it, at `start` in some text. */
export function finding(type: string, start = 0, end = start + 5, confidence = 0.9): Finding {
  return { type, category: categoryOf(type), start, end, confidence, detector: 'test', explanation: 'test finding' };
}
