import type { Finding } from '../engine/types';
import { findAllowlistEntry } from './allowlist';
import { categoryUnder, resolveRule } from './resolve';
import {
  ACTION_SEVERITY,
  stricterAction,
  type Action,
  type Decision,
  type DecisionContext,
  type EffectiveAllowlistEntry,
  type EffectivePolicy,
  type FindingDecision,
  type PolicyLayerName,
  type TargetId,
} from './types';

function ruleFor(finding: Finding, target: TargetId, policy: EffectivePolicy): { action: Action; rule: string; layer?: PolicyLayerName } {
  const said = resolveRule(policy, finding.type, finding.category, target);
  // Every class has an action in an effective policy; the fallback only guards hand-made ones.
  const { action, rule } = said ?? { action: policy.classes[finding.category] ?? 'block', rule: `class ${finding.category}` };
  return { action, rule: policy.writtenRules?.[rule] ?? rule, layer: policy.origins?.[rule] };
}

/** A workspace entry may not allow what the baseline blocks, unless the baseline permits workspace allowlists. */
function usableEntry(policy: EffectivePolicy, finding: Finding, target: TargetId) {
  return (entry: EffectiveAllowlistEntry) => {
    if (entry.layer !== 'workspace' || !policy.allowlistLimit) return true;
    const limit = resolveRule({ ...policy.allowlistLimit.top, targets: policy.allowlistLimit.targets }, finding.type, finding.category, target);
    return limit?.action !== 'block';
  };
}

/**
 * Findings + target + policy → what to do. Pure: the same inputs always give the same
 * decision, and the decision carries, per finding, the rule (and layer) that produced
 * it. `context` supplies what allowlists need: the text (for values and fingerprints),
 * the path it was copied from, and the clock (for expiry).
 */
export function decideAction(
  findings: readonly Finding[],
  target: TargetId,
  policy: EffectivePolicy,
  scanComplete = true,
  context: DecisionContext = {},
): Decision {
  const decided: FindingDecision[] = [];
  const allowed: FindingDecision[] = [];
  const now = context.now ?? new Date();
  let action: Action = 'allow';
  let overrideAllowed = true;
  let reasonRequired = false;
  for (const raw of findings) {
    if (raw.confidence < policy.minConfidence) continue;
    const category = categoryUnder(policy, raw.type, raw.category);
    const finding = category === raw.category ? raw : { ...raw, category };
    const { action: a, rule, layer } = ruleFor(finding, target, policy);
    if (a === 'allow') {
      allowed.push({ finding, action: a, rule, layer });
      continue;
    }
    if (policy.allowlist?.length) {
      const value = context.text?.slice(finding.start, finding.end);
      const entry = findAllowlistEntry(policy.allowlist, finding, value, context.sourcePath, now, usableEntry(policy, finding, target));
      if (entry) {
        allowed.push({ finding, action: 'allow', rule: `allowlist: ${entry.reason}`, layer: entry.layer });
        continue;
      }
    }
    decided.push({ finding, action: a, rule, layer });
    action = stricterAction(action, a);
    const override = policy.overrides[category];
    // A block whose class forbids overriding can't be pasted anyway, whatever else was found.
    if (ACTION_SEVERITY[a] >= ACTION_SEVERITY.warn && !override.allowed) overrideAllowed = false;
    if (override.reasonRequired) reasonRequired = true;
  }
  const incomplete = !scanComplete;
  if (incomplete && policy.onTimeout === 'closed') {
    action = 'block';
    overrideAllowed = false;
  }
  return { action, findings: decided, allowed, overrideAllowed, reasonRequired, incomplete };
}
