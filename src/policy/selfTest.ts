import { scanText } from '../engine/scan';
import { createPolicyRegistry } from './customDetectors';
import { decideAction } from './decide';
import type { Action, EffectivePolicy, PolicyExample } from './types';

export interface ExampleResult {
  readonly example: PolicyExample;
  readonly index: number;
  readonly actual: Action;
  readonly passed: boolean;
  /** The rules that decided, for a failing example's explanation. */
  readonly rules: readonly string[];
}

/** Runs a policy's self-tests: each example's text is scanned and decided under the policy. */
export function runPolicyExamples(policy: EffectivePolicy, examples: readonly PolicyExample[] = policy.examples ?? [], now: Date = new Date()): ExampleResult[] {
  const registry = createPolicyRegistry(policy);
  return examples.map((example, index) => {
    const result = scanText(example.text, { minConfidence: policy.minConfidence }, registry);
    const decision = decideAction(result.findings, example.target ?? 'chat.panel', policy, result.complete, {
      text: example.text,
      sourcePath: example.sourcePath,
      now,
    });
    const rules = [...decision.findings, ...(decision.allowed ?? [])].map((d) => `${d.finding.type} → ${d.action} (${d.rule})`);
    return { example, index, actual: decision.action, passed: decision.action === example.expect, rules };
  });
}
