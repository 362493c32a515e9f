import type { Finding } from '../engine/types';
import { ACTION_SEVERITY, stricterAction, type Action, type Decision, type EffectivePolicy, type FindingDecision, type TargetId } from './types';

function actionFor(finding: Finding, policy: EffectivePolicy): { action: Action; rule: string } {
  const byType = policy.types[finding.type];
  if (byType) return { action: byType, rule: `type ${finding.type}` };
  return { action: policy.classes[finding.category], rule: `class ${finding.category}` };
}

/**
 * Findings + target + policy → what to do. Pure: the same inputs always give the same
 * decision, and the decision carries, per finding, the rule that produced it.
 */
export function decideAction(
  findings: readonly Finding[],
  _target: TargetId,
  policy: EffectivePolicy,
  scanComplete = true,
): Decision {
  const decided: FindingDecision[] = [];
  let action: Action = 'allow';
  let overrideAllowed = true;
  let reasonRequired = false;
  for (const finding of findings) {
    if (finding.confidence < policy.minConfidence) continue;
    const { action: a, rule } = actionFor(finding, policy);
    if (a === 'allow') continue;
    decided.push({ finding, action: a, rule });
    action = stricterAction(action, a);
    const override = policy.overrides[finding.category];
    // A block whose class forbids overriding can't be pasted anyway, whatever else was found.
    if (ACTION_SEVERITY[a] >= ACTION_SEVERITY.warn && !override.allowed) overrideAllowed = false;
    if (override.reasonRequired) reasonRequired = true;
  }
  const incomplete = !scanComplete;
  if (incomplete && policy.onTimeout === 'closed') {
    action = 'block';
    overrideAllowed = false;
  }
  return { action, findings: decided, overrideAllowed, reasonRequired, incomplete };
}
