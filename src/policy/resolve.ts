import { categoryOf } from '../engine/entities';
import type { Category, EntityType } from '../engine/types';
import type { Action, EffectivePolicy, RuleTable, TargetId } from './types';

/** Top-level rules plus per-target rules: the shape of a policy file and of the effective policy. */
export interface RuleSet {
  readonly classes?: Readonly<Partial<Record<Category, Action>>>;
  readonly types?: Readonly<Record<EntityType, Action>>;
  readonly targets?: Readonly<Record<TargetId, Partial<RuleTable>>>;
}

export interface ResolvedRule {
  readonly action: Action;
  /** `class secret`, `type EMAIL_ADDRESS`, `target terminal.claude class secret`. */
  readonly rule: string;
}

/**
 * The target keys that apply to `target`, most specific first: every key equal to it
 * or a dotted prefix of it (`terminal` for `terminal.claude`); `*` only when none does.
 */
export function targetChain(targets: Readonly<Record<TargetId, unknown>> | undefined, target: TargetId): string[] {
  if (!targets) return [];
  const keys = Object.keys(targets).filter((k) => k !== '*' && (target === k || target.startsWith(`${k}.`)));
  keys.sort((a, b) => b.length - a.length);
  if (keys.length === 0 && '*' in targets) keys.push('*');
  return keys;
}

/**
 * What one rule set says about a type of data at a target, or undefined when it says
 * nothing. The most specific target key decides first; within one key (or the top
 * level) a type rule beats a class rule; any target rule beats the top level.
 */
export function resolveRule(rules: RuleSet, type: EntityType, category: Category, target: TargetId): ResolvedRule | undefined {
  for (const key of targetChain(rules.targets, target)) {
    const t = rules.targets![key];
    const byType = t.types?.[type];
    if (byType) return { action: byType, rule: `target ${key} type ${type}` };
    const byClass = t.classes?.[category];
    if (byClass) return { action: byClass, rule: `target ${key} class ${category}` };
  }
  const byType = rules.types?.[type];
  if (byType) return { action: byType, rule: `type ${type}` };
  const byClass = rules.classes?.[category];
  if (byClass) return { action: byClass, rule: `class ${category}` };
  return undefined;
}

/** The class a finding's type belongs to under this policy (custom classes name their own). */
export function categoryUnder(policy: Pick<EffectivePolicy, 'custom'>, type: EntityType, fallback?: Category): Category {
  const custom = policy.custom?.find((c) => `CUSTOM_${c.name}` === type);
  return custom?.class ?? fallback ?? categoryOf(type);
}
