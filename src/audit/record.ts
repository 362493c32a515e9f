import { createHash, createHmac, randomUUID } from 'node:crypto';
import { maskValue } from '../engine/mask';
import type { Category, EntityType, Finding } from '../engine/types';
import type { Action } from '../policy/types';

/**
 * The warning log's event schema. Bump the version when a field changes meaning; readers
 * accept every version they know and show unknown fields as they are.
 */
export const AUDIT_SCHEMA_VERSION = 1;

/** What the developer ended up doing with the text. */
export type AuditChoice = 'pasted' | 'redacted' | 'cancelled' | 'anyway' | 'blocked';

export const AUDIT_CHOICES: readonly AuditChoice[] = ['pasted', 'redacted', 'cancelled', 'anyway', 'blocked'];

/** Where the text was going: a chat surface (`chat.panel`) and, for terminals and hooks, the program. */
export interface AuditTarget {
  readonly surface: string;
  readonly program?: string;
}

/** One entity type's share of a decision: never the value, only a keyed fingerprint and a masked preview. */
export interface AuditFindingSummary {
  readonly type: EntityType;
  readonly category: Category;
  readonly count: number;
  /** `hmac-sha256:<hex>` per distinct value, at most {@link MAX_VALUES_PER_TYPE}. */
  readonly fingerprints: readonly string[];
  /** `maskValue` output per distinct value, in the same order as `fingerprints`. */
  readonly previews: readonly string[];
}

interface AuditEventBase {
  readonly eventId: string;
  readonly schemaVersion: number;
  readonly time: string;
  readonly user: string;
  readonly machine: string;
  /** `extension` or `cli`: which program wrote the event. */
  readonly producer: 'extension' | 'cli';
  /** The writing program's version (the extension's, or the CLI's). */
  readonly extensionVersion: string;
}

export interface DecisionEventBody extends AuditEventBase {
  readonly kind: 'decision';
  readonly workspace: string;
  readonly target: AuditTarget;
  readonly findings: readonly AuditFindingSummary[];
  readonly action: Action;
  readonly choice: AuditChoice;
  readonly reason?: string;
  readonly policy: { readonly source: string; readonly hash: string };
  /** Short id of the fingerprint key, so a security team knows which key to test values with. */
  readonly keyId: string;
  /** Where the text came from (a file the user copied from), when known. */
  readonly source?: string;
}

/**
 * Written by a retention purge before it deletes old files: the chain then starts at
 * `anchor` instead of the genesis hash, and this event (itself chained) vouches for it.
 */
export interface PurgeEventBody extends AuditEventBase {
  readonly kind: 'purge';
  /** The `prevHash` of the first event that is kept. */
  readonly anchor: string;
  readonly purgedFiles: readonly string[];
  readonly retentionDays: number;
}

export type AuditEventBody = DecisionEventBody | PurgeEventBody;

export type Sealed<T> = T & { readonly prevHash: string; readonly hash: string };
export type AuditEvent = Sealed<AuditEventBody>;
export type DecisionEvent = Sealed<DecisionEventBody>;

/** Caps what one event can hold, so a pasted file with thousands of e-mail addresses stays one readable line. */
export const MAX_VALUES_PER_TYPE = 100;
export const MAX_REASON_LENGTH = 500;

/** One decision as its caller knows it; every way into the log (extension, CLI, hook) starts from this. */
export interface DecisionFacts {
  /** The text that was scanned: used only to cut out values for fingerprints and previews, never stored. */
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly action: Action;
  readonly choice: AuditChoice;
  readonly reason?: string;
  readonly target: AuditTarget;
  /** Where the text was copied from, when known. */
  readonly source?: string;
}

export interface AuditDecisionInput extends DecisionFacts {
  readonly policy: { readonly source: string; readonly hash: string };
  readonly user: string;
  readonly machine: string;
  readonly workspace: string;
  readonly producer: 'extension' | 'cli';
  readonly version: string;
}

export interface AuditContext {
  readonly key: Buffer;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function fingerprintValue(key: Buffer, value: string): string {
  return `hmac-sha256:${createHmac('sha256', key).update(value, 'utf8').digest('hex')}`;
}

/** Identifies a key without revealing it: the first 16 hex digits of a domain-separated SHA-256. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('promptfence-log-key-id\0').update(key).digest('hex').slice(0, 16);
}

/**
 * Groups findings by type. Values are cut from the text only to be fingerprinted and
 * masked here; nothing returned holds them.
 */
export function summariseFindings(text: string, findings: readonly Finding[], key: Buffer): AuditFindingSummary[] {
  const byType = new Map<EntityType, { category: Category; count: number; values: Map<string, string> }>();
  for (const f of findings) {
    let entry = byType.get(f.type);
    if (!entry) byType.set(f.type, (entry = { category: f.category, count: 0, values: new Map() }));
    entry.count++;
    const value = text.slice(f.start, f.end);
    if (entry.values.size < MAX_VALUES_PER_TYPE && !entry.values.has(value)) entry.values.set(value, maskValue(f.type, value));
  }
  return [...byType.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, e]) => ({
      type,
      category: e.category,
      count: e.count,
      fingerprints: [...e.values.keys()].map((v) => fingerprintValue(key, v)),
      previews: [...e.values.values()],
    }));
}

/**
 * A reason is typed by a person under time pressure and may well contain the value it
 * justifies ("it's only AKIA…, a test key"). Every value found in the text is masked in
 * it, longest first so that a value containing another is masked whole.
 */
export function scrubReason(reason: string, text: string, findings: readonly Finding[]): string {
  const values = [...new Map(findings.map((f) => [text.slice(f.start, f.end), f.type] as const)).entries()]
    .filter(([v]) => v.length >= 4)
    .sort(([a], [b]) => b.length - a.length);
  let out = reason;
  for (const [value, type] of values) out = out.split(value).join(maskValue(type, value));
  const chars = [...out];
  return chars.length > MAX_REASON_LENGTH ? chars.slice(0, MAX_REASON_LENGTH).join('') + '…' : out;
}

/** Builds a decision event, not yet chained: the writer adds `prevHash` and `hash`. */
export function createAuditEvent(input: AuditDecisionInput, ctx: AuditContext): DecisionEventBody {
  const now = (ctx.now ?? (() => new Date()))();
  const reason = input.reason === undefined || input.reason === '' ? undefined : scrubReason(input.reason, input.text, input.findings);
  return {
    eventId: (ctx.newId ?? randomUUID)(),
    schemaVersion: AUDIT_SCHEMA_VERSION,
    kind: 'decision',
    time: now.toISOString(),
    user: input.user,
    machine: input.machine,
    workspace: input.workspace,
    target: input.target.program === undefined ? { surface: input.target.surface } : { surface: input.target.surface, program: input.target.program },
    findings: summariseFindings(input.text, input.findings, ctx.key),
    action: input.action,
    choice: input.choice,
    ...(reason === undefined ? {} : { reason }),
    policy: { source: input.policy.source, hash: input.policy.hash },
    keyId: keyIdOf(ctx.key),
    producer: input.producer,
    extensionVersion: input.version,
    ...(input.source === undefined ? {} : { source: input.source }),
  };
}

export interface PurgeInput {
  readonly anchor: string;
  readonly purgedFiles: readonly string[];
  readonly retentionDays: number;
  readonly user: string;
  readonly machine: string;
  readonly producer: 'extension' | 'cli';
  readonly version: string;
}

export function createPurgeEvent(input: PurgeInput, ctx: Omit<AuditContext, 'key'>): PurgeEventBody {
  return {
    eventId: (ctx.newId ?? randomUUID)(),
    schemaVersion: AUDIT_SCHEMA_VERSION,
    kind: 'purge',
    time: (ctx.now ?? (() => new Date()))().toISOString(),
    user: input.user,
    machine: input.machine,
    producer: input.producer,
    extensionVersion: input.version,
    anchor: input.anchor,
    purgedFiles: [...input.purgedFiles],
    retentionDays: input.retentionDays,
  };
}
