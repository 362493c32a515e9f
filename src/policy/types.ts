import type { Category, EntityType, Finding } from '../engine/types';

/** What PromptFence does with a finding, from mildest to strictest. */
export type Action = 'allow' | 'warn' | 'redact' | 'block';

export const ACTION_SEVERITY: Readonly<Record<Action, number>> = { allow: 0, warn: 1, redact: 2, block: 3 };

export function stricterAction(a: Action, b: Action): Action {
  return ACTION_SEVERITY[a] >= ACTION_SEVERITY[b] ? a : b;
}

/**
 * Where text is going. Dotted ids, most general first: `chat.panel`, `chat.inline`,
 * `chat.terminal`, `terminal.claude`, `webview.saoudrizwan.claude-dev`, `hook.UserPromptSubmit`.
 */
export type TargetId = string;

/** How a class's "Paste anyway" works. */
export interface OverrideRule {
  readonly allowed: boolean;
  readonly reasonRequired: boolean;
}

/** The policy in force after every layer was merged: all fields present. */
export interface EffectivePolicy {
  /** Where it came from, for the status bar and the log (`built-in`, a path, a URL). */
  readonly source: string;
  /** Short hash of the merged policy, for the status bar and the log. */
  readonly hash: string;
  readonly classes: Readonly<Record<Category, Action>>;
  readonly types: Readonly<Record<EntityType, Action>>;
  readonly minConfidence: number;
  readonly overrides: Readonly<Record<Category, OverrideRule>>;
  /** What happens when a scan runs out of time: `closed` treats it as a block. */
  readonly onTimeout: 'open' | 'closed';
}

export interface FindingDecision {
  readonly finding: Finding;
  readonly action: Action;
  /** Which rule decided: `class pii.contact`, `type EMAIL_ADDRESS`. */
  readonly rule: string;
}

export interface Decision {
  /** The strictest action over all findings; `allow` when nothing needs attention. */
  readonly action: Action;
  /** Findings whose action is not `allow`, in text order. */
  readonly findings: readonly FindingDecision[];
  /** Whether "Paste anyway" may be offered at all. */
  readonly overrideAllowed: boolean;
  readonly reasonRequired: boolean;
  /** The scan did not finish in time; `action` already reflects `onTimeout`. */
  readonly incomplete: boolean;
}
