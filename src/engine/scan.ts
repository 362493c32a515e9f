import { defaultRegistry } from './detectors';
import type { CompiledDetector, DetectorRegistry } from './registry';
import type { Finding, ScanOptions, ScanResult } from './types';

interface Region {
  start: number;
  end: number;
  /** The region was cut inside a line (or inside text, for multi-line detectors). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}

/** The window around a keyword hit in which the detector's pattern may match. */
function windowAround(text: string, hit: number, keywordLength: number, d: CompiledDetector): Region {
  const reach = d.detector.maxLength;
  const lo = Math.max(0, hit - reach);
  const hi = Math.min(text.length, hit + keywordLength + reach);
  if (d.detector.multiline) return { start: lo, end: hi, clippedStart: lo > 0, clippedEnd: hi < text.length };
  const lineStart = text.lastIndexOf('\n', hit - 1) + 1;
  let lineEnd = text.indexOf('\n', hit + keywordLength);
  if (lineEnd === -1) lineEnd = text.length;
  const start = Math.max(lineStart, lo);
  const end = Math.min(lineEnd, hi);
  return { start, end, clippedStart: start > lineStart, clippedEnd: end < lineEnd };
}

function mergeRegions(regions: Region[]): Region[] {
  regions.sort((a, b) => a.start - b.start);
  const merged: Region[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) {
        last.end = r.end;
        last.clippedEnd = r.clippedEnd;
      }
    } else merged.push({ ...r });
  }
  return merged;
}

function contextBoost(text: string, start: number, d: CompiledDetector): { boost: number; word?: string } | null {
  const rule = d.detector.context;
  if (!rule) return { boost: 0 };
  const before = text.slice(Math.max(0, start - rule.window), start).toLowerCase();
  const word = rule.words.find((w) => before.includes(w));
  if (word) return { boost: rule.boost, word };
  return rule.required ? null : { boost: 0 };
}

interface RawCandidate {
  start: number;
  end: number;
  value: string;
  confidence?: number;
  note?: string;
}

function* candidatesIn(text: string, region: Region, d: CompiledDetector): Generator<RawCandidate> {
  const { detector, regex } = d;
  if (detector.find) {
    for (const c of detector.find(text, region.start, region.end)) {
      yield { start: c.start, end: c.end, value: text.slice(c.start, c.end), confidence: c.confidence, note: c.note };
    }
    return;
  }
  const slice = region.start === 0 && region.end === text.length ? text : text.slice(region.start, region.end);
  const pattern = regex!;
  const group = detector.valueGroup ?? 0;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(slice)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const value = m[group];
    if (value === undefined) continue;
    const start = region.start + (group === 0 ? m.index : m.indices![group]![0]);
    yield { start, end: start + value.length, value };
  }
}

function runDetector(text: string, region: Region, d: CompiledDetector, out: Finding[]): void {
  const { detector } = d;
  for (const c of candidatesIn(text, region, d)) {
    const { start, value } = c;
    let end = c.end;
    // A match that touches a cut edge may be a fragment of a longer token.
    if (region.clippedStart && start === region.start && isWordChar(text, start - 1)) continue;
    if (region.clippedEnd && end === region.end && isWordChar(text, end)) continue;
    if (detector.isPlaceholder?.(value)) continue;
    let checkNote = '';
    if (detector.validate) {
      const verdict = detector.validate(value);
      if (verdict === false) continue;
      if (typeof verdict === 'object') end = start + verdict.length;
      if (detector.check) checkNote = `; ${detector.check} check passed`;
    }
    const ctx = contextBoost(text, start, d);
    if (!ctx) continue;
    out.push({
      type: detector.type,
      category: d.category,
      start,
      end,
      confidence: Math.min(1, (c.confidence ?? detector.confidence) + ctx.boost),
      detector: detector.id,
      explanation: `${detector.description}${c.note ? `; ${c.note}` : ''}${checkNote}${ctx.word ? `; context word "${ctx.word}"` : ''}`,
    });
  }
}

function rank(a: Finding, b: Finding): number {
  return (
    b.confidence - a.confidence ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0)
  );
}

/**
 * Keeps one finding per span: where findings overlap, the more confident one wins, then
 * the longer one, then the earlier one, then the smaller detector id, so the result does
 * not depend on the order in which detectors ran. Overlaps are settled within clusters
 * of mutually overlapping findings, which keeps this near-linear on large inputs.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const settle = () => {
    const chosen: Finding[] = [];
    for (const f of cluster.sort(rank)) {
      if (!chosen.some((k) => f.start < k.end && k.start < f.end)) chosen.push(f);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const f of byStart) {
    if (cluster.length > 0 && f.start >= clusterEnd) settle();
    cluster.push(f);
    clusterEnd = Math.max(clusterEnd, f.end);
  }
  if (cluster.length > 0) settle();
  return kept;
}

export function scanText(text: string, options: ScanOptions = {}, registry: DetectorRegistry = defaultRegistry): ScanResult {
  const began = performance.now();
  const deadline = options.timeBudgetMs === undefined ? Infinity : began + options.timeBudgetMs;
  const regionsByDetector = new Map<number, Region[]>();
  const { matcher, keywordOwners, detectors } = registry;
  matcher.forEachHit(text, (keyword, start) => {
    const length = matcher.keywords[keyword].length;
    for (const di of keywordOwners[keyword]) {
      let list = regionsByDetector.get(di);
      if (!list) regionsByDetector.set(di, (list = []));
      const last = list[list.length - 1];
      // Hits arrive in text order; a hit inside the previous window adds nothing new.
      const w = windowAround(text, start, length, detectors[di]);
      if (last && w.start >= last.start && w.end <= last.end) continue;
      list.push(w);
    }
  });
  for (const di of registry.unfiltered) {
    regionsByDetector.set(di, [{ start: 0, end: text.length, clippedStart: false, clippedEnd: false }]);
  }

  const raw: Finding[] = [];
  let complete = true;
  const order = [...regionsByDetector.keys()].sort((a, b) => a - b);
  outer: for (const di of order) {
    for (const region of mergeRegions(regionsByDetector.get(di)!)) {
      if (performance.now() > deadline) {
        complete = false;
        break outer;
      }
      runDetector(text, region, detectors[di], raw);
    }
  }
  const min = options.minConfidence ?? 0;
  const findings = resolveOverlaps(raw.filter((f) => f.confidence >= min));
  return { findings, complete, elapsedMs: performance.now() - began };
}
