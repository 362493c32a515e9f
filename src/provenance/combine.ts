import { stricterAction, type Decision } from '../policy/types';
import type { CopySource } from './copyLedger';

/**
 * A paste is judged by its content and by where it was copied from: the stricter of the
 * two wins. A source that forbids the paste removes "Paste anyway" only if its action is
 * a block; the content decision's own override rules still apply otherwise.
 */
export function applySource(decision: Decision, source: CopySource | undefined): Decision {
  const verdict = source?.verdict;
  if (!verdict || verdict.action === 'allow') return decision;
  const action = stricterAction(decision.action, verdict.action);
  return { ...decision, action, overrideAllowed: decision.overrideAllowed && verdict.action !== 'block' };
}
