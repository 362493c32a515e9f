import type { Category, EntityType, Finding } from '../engine/types';

/** What PromptFence does with a finding, from mildest to strictest. */
export type Action = 'allow' | 'warn' | 'redact' | 'block';

export const ACTIONS: readonly Action[] = ['allow', 'warn', 'redact', 'block'];

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

/** Where a rule of the effective policy came from. */
export type PolicyLayerName = 'built-in' | 'baseline' | 'workspace';

/** Actions for one target (or for all targets, at the top level of a policy). */
export interface RuleTable {
  readonly classes: Readonly<Partial<Record<Category, Action>>>;
  readonly types: Readonly<Record<EntityType, Action>>;
}

export interface AllowlistEntry {
  readonly value?: string;
  /** `sha256:<hex>` of the exact value. */
  readonly fingerprint?: string;
  /** RE2 syntax; the whole value must match. */
  readonly pattern?: string;
  readonly domain?: string;
  /** Glob over the workspace-relative path the text was copied from. */
  readonly path?: string;
  readonly reason: string;
  /** `YYYY-MM-DD`; the entry applies through the end of that day (UTC). */
  readonly expires?: string;
  /** Entity types or class names the entry is limited to. */
  readonly types?: readonly string[];
}

/** An allowlist entry in the effective policy, with the layer and file it came from. */
export interface EffectiveAllowlistEntry extends AllowlistEntry {
  readonly layer: PolicyLayerName;
  readonly source: string;
}

export interface CustomClass {
  /** Upper case; findings are typed `CUSTOM_<name>`. */
  readonly name: string;
  readonly class?: Category;
  readonly terms?: readonly string[];
  readonly patterns?: readonly string[];
  readonly action?: Action;
  readonly description?: string;
}

export interface EffectiveCustomClass extends CustomClass {
  readonly class: Category;
  readonly layer: PolicyLayerName;
}

/** Plain options for the warning log (consumed by the audit code). */
export interface LogSettings {
  readonly directory?: string;
  readonly retentionDays?: number;
  readonly maxFileBytes?: number;
  readonly forward?: { readonly otlpEndpoint: string; readonly headers?: Readonly<Record<string, string>> };
}

/**
 * A rule that gives files a class by where they are, not by what they hold: text copied
 * from them, and agent tool calls reading them, are judged by it too. Rules only tighten.
 */
export interface SourceRule {
  /** Glob on the workspace-relative path (`/` separators); without `/` it matches the file name anywhere. */
  readonly path: string;
  readonly action: Action;
  /** For people: why files like this are sensitive. */
  readonly reason: string;
  /** Globs that are exempt although `path` matches (`.env.example`). */
  readonly except?: readonly string[];
}

/** A self-test a policy file carries. */
export interface PolicyExample {
  readonly text: string;
  readonly target?: TargetId;
  readonly expect: Action;
  readonly sourcePath?: string;
}

/** A policy file as written: every field optional except `version`. */
export interface PolicyFile {
  readonly version: 1;
  readonly classes?: Readonly<Partial<Record<Category, Action>>>;
  readonly types?: Readonly<Record<EntityType, Action>>;
  readonly targets?: Readonly<Record<TargetId, Partial<RuleTable>>>;
  readonly minConfidence?: number;
  readonly allowlist?: readonly AllowlistEntry[];
  readonly custom?: readonly CustomClass[];
  readonly sources?: readonly SourceRule[];
  readonly overrides?: Readonly<Partial<Record<Category, Partial<OverrideRule>>>>;
  readonly onTimeout?: 'open' | 'closed';
  readonly log?: LogSettings;
  readonly workspaceAllowlists?: boolean;
  readonly examples?: readonly PolicyExample[];
}

/** One layer that took part in a merge. */
export interface LayerInfo {
  readonly layer: PolicyLayerName;
  readonly source: string;
  /** Why the layer was left out, if it was (an untrusted workspace). */
  readonly skipped?: string;
}

/**
 * The policy in force after every layer was merged: all the fields of the built-in
 * policy are present. The optional fields are filled by `mergePolicyLayers`; a policy
 * written by hand (in tests) may leave them out.
 */
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
  /** Per-target rules; keys match target ids by prefix, `*` matches what no key does. */
  readonly targets?: Readonly<Record<TargetId, RuleTable>>;
  readonly allowlist?: readonly EffectiveAllowlistEntry[];
  readonly custom?: readonly EffectiveCustomClass[];
  /** Source rules of every layer (baseline first); the strictest match wins. */
  readonly sources?: readonly SourceRule[];
  readonly log?: LogSettings;
  readonly examples?: readonly PolicyExample[];
  /**
   * The baseline's own rules, present when a baseline forbids workspace allowlists:
   * a workspace allowlist entry does not apply to a finding these rules block.
   */
  readonly allowlistLimit?: { readonly top: RuleTable; readonly targets: Readonly<Record<TargetId, RuleTable>> };
  /** For each rule key (`class secret`, `target terminal type EMAIL_ADDRESS`, `minConfidence` …), its layer. */
  readonly origins?: Readonly<Record<string, PolicyLayerName>>;
  /**
   * Where an effective rule differs from the rule its layer wrote (a target's table is
   * filled in from the top level, for instance), the written one: `target chat type
   * EMAIL_ADDRESS` → `type EMAIL_ADDRESS`. Decisions quote the written rule.
   */
  readonly writtenRules?: Readonly<Record<string, string>>;
  readonly layers?: readonly LayerInfo[];
}

/** What a decision may need besides the findings: the text (for value allowlists), its origin, the clock. */
export interface DecisionContext {
  readonly text?: string;
  /** Workspace-relative path (`/` separators) of the file the text was copied from. */
  readonly sourcePath?: string;
  readonly now?: Date;
}

export interface FindingDecision {
  readonly finding: Finding;
  readonly action: Action;
  /** Which rule decided: `class pii.contact`, `type EMAIL_ADDRESS`, `target terminal class secret`, `allowlist: <reason>`. */
  readonly rule: string;
  /** The layer the rule came from, when the policy records it. */
  readonly layer?: PolicyLayerName;
}

export interface Decision {
  /** The strictest action over all findings; `allow` when nothing needs attention. */
  readonly action: Action;
  /** Findings whose action is not `allow`, in text order. */
  readonly findings: readonly FindingDecision[];
  /** Findings at or above the confidence threshold that a rule or an allowlist entry allowed, with that rule. */
  readonly allowed?: readonly FindingDecision[];
  /** Whether "Paste anyway" may be offered at all. */
  readonly overrideAllowed: boolean;
  readonly reasonRequired: boolean;
  /** The scan did not finish in time; `action` already reflects `onTimeout`. */
  readonly incomplete: boolean;
}
