import type { AuditEvent, DecisionEvent } from './record';

/**
 * What the report and the webview show, computed once from the events: the table's rows
 * and the three charts' series. Pure, so the CLI, the extension and the benchmark share it.
 */

export interface ReportRow {
  readonly eventId: string;
  readonly time: string;
  readonly user: string;
  readonly machine: string;
  readonly workspace: string;
  readonly target: string;
  /** Policy classes, sorted, joined by `, `. */
  readonly classes: string;
  /** `TYPE×count`, joined by `, `. */
  readonly types: string;
  readonly action: string;
  readonly choice: string;
  readonly reason: string;
  readonly policy: string;
}

export interface DaySeries {
  readonly day: string;
  /** Events with at least one finding of the class, per class. */
  readonly byClass: Readonly<Record<string, number>>;
}

export interface ReportModel {
  readonly rows: readonly ReportRow[];
  readonly days: readonly DaySeries[];
  readonly classes: readonly string[];
  readonly byTarget: readonly (readonly [string, number])[];
  /** "Paste anyway" choices per user. */
  readonly overridesByUser: readonly (readonly [string, number])[];
  readonly users: number;
  readonly firstTime?: string;
  readonly lastTime?: string;
}

export function targetLabel(e: DecisionEvent): string {
  return e.target.program ? `${e.target.surface} · ${e.target.program}` : e.target.surface;
}

export function isDecision(e: AuditEvent): e is DecisionEvent {
  return e.kind === 'decision' && Array.isArray((e as DecisionEvent).findings);
}

export function toRow(e: DecisionEvent): ReportRow {
  return {
    eventId: e.eventId,
    time: e.time,
    user: e.user,
    machine: e.machine,
    workspace: e.workspace,
    target: targetLabel(e),
    classes: [...new Set(e.findings.map((f) => f.category))].sort().join(', '),
    types: e.findings.map((f) => `${f.type}×${f.count}`).join(', '),
    action: e.action,
    choice: e.choice,
    reason: e.reason ?? '',
    policy: `${e.policy.source} (${e.policy.hash})`,
  };
}

function countSorted(map: Map<string, number>): (readonly [string, number])[] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Merges events from many logs: decisions only, each event id once, in time order. */
export function mergeDecisions(events: Iterable<AuditEvent>): DecisionEvent[] {
  const byId = new Map<string, DecisionEvent>();
  for (const e of events) if (isDecision(e) && !byId.has(e.eventId)) byId.set(e.eventId, e);
  return [...byId.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

const DAY_MS = 86_400_000;

export function buildReportModel(events: Iterable<AuditEvent>): ReportModel {
  const decisions = mergeDecisions(events);
  const perDay = new Map<string, Map<string, number>>();
  const classes = new Set<string>();
  const byTarget = new Map<string, number>();
  const overrides = new Map<string, number>();
  const users = new Set<string>();
  const rows: ReportRow[] = [];
  for (const e of decisions) {
    const row = toRow(e);
    rows.push(row);
    users.add(e.user);
    const day = e.time.slice(0, 10);
    let d = perDay.get(day);
    if (!d) perDay.set(day, (d = new Map()));
    for (const c of new Set(e.findings.map((f) => f.category))) {
      classes.add(c);
      d.set(c, (d.get(c) ?? 0) + 1);
    }
    byTarget.set(row.target, (byTarget.get(row.target) ?? 0) + 1);
    if (e.choice === 'anyway') overrides.set(e.user, (overrides.get(e.user) ?? 0) + 1);
  }
  // Every day between the first and the last gets a slot, so quiet days show as gaps.
  const days: DaySeries[] = [];
  if (decisions.length > 0) {
    const first = Date.parse(decisions[0].time.slice(0, 10));
    const last = Date.parse(decisions[decisions.length - 1].time.slice(0, 10));
    for (let t = first; t <= last; t += DAY_MS) {
      const day = new Date(t).toISOString().slice(0, 10);
      days.push({ day, byClass: Object.fromEntries(perDay.get(day) ?? []) });
    }
  }
  return {
    rows,
    days,
    classes: [...classes].sort(),
    byTarget: countSorted(byTarget),
    overridesByUser: countSorted(overrides),
    users: users.size,
    firstTime: decisions[0]?.time,
    lastTime: decisions.at(-1)?.time,
  };
}
