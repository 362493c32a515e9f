import { createHash } from 'node:crypto';
import type { AuditEvent, AuditEventBody } from './record';

/**
 * The hash chain: pure functions over strings. Each event's `hash` is
 * `sha256(prevHash + canonical(event without hash))`, and the first event of a log links
 * to {@link GENESIS_HASH} (or, after a retention purge, to the anchor a purge event names).
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level and no whitespace: the same event always
 * gives the same bytes, whichever program wrote or reformatted the line.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, undefined);
}

// Written as loops over string concatenation: verifying 100,000 events spends most of its
// time here, and the filter/sort/map/join version was several times slower.
function canonical(value: unknown, skipKey: string | undefined): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      // undefined, functions and symbols have no JSON form; arrays hold them as null, as JSON.stringify does.
      return 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonical(value[i], undefined);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined || k === skipKey) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonical(v, undefined);
    first = false;
  }
  return out + '}';
}

export function hashEvent(prevHash: string, body: object): string {
  const withPrev = (body as { prevHash?: unknown }).prevHash === prevHash ? body : { ...body, prevHash };
  return createHash('sha256').update(prevHash, 'utf8').update(canonical(withPrev, 'hash'), 'utf8').digest('hex');
}

/** Links an event to its predecessor. */
export function sealEvent<T extends AuditEventBody>(body: T, prevHash: string): T & { prevHash: string; hash: string } {
  const withPrev = { ...body, prevHash };
  return { ...withPrev, hash: hashEvent(prevHash, withPrev) };
}

/** One line of the log, without the newline. */
export function serialiseEvent(event: AuditEvent): string {
  return canonicalJson(event);
}

export type BreakKind = 'edited' | 'deleted' | 'inserted' | 'reordered';

export interface ChainBreak {
  readonly file: string;
  /** 1-based line number within `file`. */
  readonly line: number;
  readonly kind: BreakKind;
  readonly message: string;
}

/** Something unusual that does not break the chain: the trace of a write cut short by a crash. */
export interface ChainNotice {
  readonly file: string;
  readonly line: number;
  readonly kind: 'partial-line' | 'partial-last-line';
  readonly message: string;
}

export interface ChainVerification {
  readonly ok: boolean;
  readonly events: number;
  /** The first broken link; later ones are not reported because every hash after it is suspect. */
  readonly break?: ChainBreak;
  readonly notices: readonly ChainNotice[];
  /** What the first event links to: the genesis hash or a purge anchor. */
  readonly startHash?: string;
  /** The last event's hash: compare it with a copy held elsewhere (a SIEM) to detect a cut-off tail. */
  readonly headHash?: string;
}

/**
 * A line the writer wrote is already canonical, so the hashed text is the line without its
 * `hash` member: hashing that slice skips re-serialising the event, which is most of the
 * cost of verifying a large log. It is sound because a match proves the slice is exactly the
 * text that was sealed. Reformatted lines (or edited ones) take the full path.
 */
function matchesOwnHash(text: string, e: AuditEvent): boolean {
  const member = `,"hash":"${e.hash}"`;
  const at = text.indexOf(member);
  if (at > 0) {
    const sealed = text.slice(0, at) + text.slice(at + member.length);
    if (createHash('sha256').update(e.prevHash, 'utf8').update(sealed, 'utf8').digest('hex') === e.hash) return true;
  }
  return hashEvent(e.prevHash, e) === e.hash;
}

/** One file's content, in chain order. */
export interface ChainInput {
  readonly file: string;
  readonly content: string;
}

export interface LogLine {
  readonly file: string;
  readonly line: number;
  /** Whether the line ended with a newline (an unterminated last line is a write cut short). */
  readonly terminated: boolean;
  readonly event?: AuditEvent;
  /** The line as written, for the fast hash check. */
  readonly text: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

function asEvent(text: string): AuditEvent | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const e = parsed as Record<string, unknown>;
  if (typeof e.hash !== 'string' || !HEX64.test(e.hash)) return undefined;
  if (typeof e.prevHash !== 'string' || !HEX64.test(e.prevHash)) return undefined;
  if (typeof e.eventId !== 'string') return undefined;
  return parsed as AuditEvent;
}

/** Splits files into lines and parses each; blank lines carry nothing and are skipped. */
export function parseLogLines(inputs: readonly ChainInput[]): LogLine[] {
  const out: LogLine[] = [];
  for (const { file, content } of inputs) {
    const parts = content.split('\n');
    parts.forEach((raw, i) => {
      const terminated = i < parts.length - 1;
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (text.trim() === '') return;
      out.push({ file, line: i + 1, terminated, event: asEvent(text), text });
    });
  }
  return out;
}

export interface VerifyOptions {
  /** Hashes the first event may link to besides the genesis hash and the anchors of purge events in the log. */
  readonly anchors?: readonly string[];
}

/**
 * Walks the chain and names the first broken link. A line that is not an event is a
 * torn write (reported, harmless) when the next event links past it to the last good
 * one; otherwise it is an edited event.
 */
export function verifyChain(inputs: readonly ChainInput[], options: VerifyOptions = {}): ChainVerification {
  return verifyLogLines(parseLogLines(inputs), options);
}

/** `verifyChain` over lines already parsed, so that a reader that needs the events too parses once. */
export function verifyLogLines(lines: readonly LogLine[], options: VerifyOptions = {}): ChainVerification {
  const valid = lines.filter((l): l is LogLine & { event: AuditEvent } => l.event !== undefined);
  const indexOfHash = new Map<string, number>();
  valid.forEach((l, i) => {
    if (!indexOfHash.has(l.event.hash)) indexOfHash.set(l.event.hash, i);
  });
  const starts = new Set<string>([GENESIS_HASH, ...(options.anchors ?? [])]);
  for (const l of valid) if (l.event.kind === 'purge' && typeof l.event.anchor === 'string') starts.add(l.event.anchor);

  const notices: ChainNotice[] = [];
  const seenIds = new Set<string>();
  let pendingBad: LogLine | undefined;
  let vi = -1;
  const broken = (at: LogLine, kind: BreakKind, message: string): ChainVerification => ({
    ok: false,
    events: Math.max(vi, 0),
    break: { file: at.file, line: at.line, kind, message },
    notices,
    startHash: valid[0]?.event.prevHash,
  });

  for (const l of lines) {
    if (!l.event) {
      if (pendingBad) return broken(pendingBad, 'edited', 'this line is not a valid event');
      pendingBad = l;
      continue;
    }
    vi++;
    const e = l.event;
    const prev = vi > 0 ? valid[vi - 1].event : undefined;
    if (!matchesOwnHash(l.text, e)) return broken(l, 'edited', 'the event does not match its own hash');
    const linked = prev ? e.prevHash === prev.hash : starts.has(e.prevHash);
    if (linked && !seenIds.has(e.eventId)) {
      if (pendingBad) {
        notices.push({ file: pendingBad.file, line: pendingBad.line, kind: 'partial-line', message: 'an incomplete line, left by a write that was cut short; the chain continues past it' });
        pendingBad = undefined;
      }
      seenIds.add(e.eventId);
      continue;
    }
    if (pendingBad) return broken(pendingBad, 'edited', 'this line is not a valid event and the chain does not continue past it');
    if (!prev) return broken(l, 'deleted', 'the log does not start at the beginning of the chain or at a recorded purge: earlier events were removed');
    if (seenIds.has(e.eventId)) return broken(l, 'inserted', 'this event repeats an earlier one');
    const target = indexOfHash.get(e.prevHash);
    if (target !== undefined && target > vi) return broken(l, 'reordered', 'this event links to an event that comes later in the log');
    const next = valid[vi + 1]?.event;
    if (next && next.prevHash === prev.hash) return broken(l, 'inserted', 'this event does not belong to the chain: the next event links to the one before it');
    if (target !== undefined && target < vi - 1) {
      const first = valid[target + 1];
      return broken(first, 'inserted', 'events from this line on were inserted: a later event links to the one before them');
    }
    return broken(l, 'deleted', 'events are missing before this line (or the previous event was edited and re-hashed)');
  }
  if (pendingBad) {
    if (pendingBad.terminated) return broken(pendingBad, 'edited', 'the last line is not a valid event');
    notices.push({ file: pendingBad.file, line: pendingBad.line, kind: 'partial-last-line', message: 'the last line is incomplete: a write was cut short (crash); it holds no acknowledged event' });
  }
  return {
    ok: true,
    events: valid.length,
    notices,
    startHash: valid[0]?.event.prevHash,
    headHash: valid.at(-1)?.event.hash,
  };
}

/** The events of a log in order, skipping lines that are not events. */
export function eventsOf(inputs: readonly ChainInput[]): AuditEvent[] {
  return parseLogLines(inputs).flatMap((l) => (l.event ? [l.event] : []));
}
