import { defaultRegistry } from './detectors';
import { GrowableInts, digitRunAround, type FeatureSink } from './kernel';
import { findLineBreaks, firstAtOrAfter, lineBreaksOf, publishLineBreaks, withdrawLineBreaks, type Offsets } from './lineBreaks';
import { publishNamePairs, withdrawNamePairs } from './namePairs';
import type { CompiledDetector, DetectorRegistry } from './registry';
import type { Detector, Finding, ScanOptions, ScanResult } from './types';

/** A stretch of the input in which one detector's pattern runs. */
export interface Region {
  start: number;
  end: number;
  /** The region was cut inside a line (or inside text, for multi-line detectors). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Regions are capped in size so that the deadline is checked often and a whole-input
 * detector never holds one giant string slice; consecutive chunks overlap by the
 * detector's `maxLength`, so a match cut by one chunk edge is whole in the next.
 */
const CHUNK = 64 * 1024;
/** The keyword pass checks the deadline after each slice of this many characters. */
const KEYWORD_SLICE = 1 << 20;

/**
 * Seven digits, each at most three separators from the next: what every match of a
 * `digitRun` detector holds. Linear: the separators exclude digits, so no backtracking.
 */
const DIGIT_RUN = /\d(?:[ \-/().+A-Z]{0,3}\d){6}/g;

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * Line starts and ends around keyword hits, read from the scan's line-break index
 * (lineBreaks.ts) instead of walking characters: hits arrive in text order, so a cursor
 * that moves forward answers most questions in a step or two, and the many hits on one
 * long line (a minified file) cost no walk to the line's end each.
 */
export class LineBreaks {
  private readonly values: Int32Array;
  private readonly count: number;
  private readonly length: number;
  /** The index of the first break at or after the position asked about last. */
  private k = 0;
  constructor(text: string, index: Offsets = lineBreaksOf(text)) {
    this.values = index.values;
    this.count = index.count;
    this.length = text.length;
  }
  private seek(pos: number): number {
    const v = this.values;
    let k = this.k;
    if (k > 0 && v[k - 1] >= pos) k = firstAtOrAfter(v, k, pos);
    else {
      for (let steps = 0; k < this.count && v[k] < pos; k++) {
        if (++steps > 8) {
          k = firstAtOrAfter(v, this.count, pos, k);
          break;
        }
      }
    }
    this.k = k;
    return k;
  }
  /** The first line break at or after `pos`, or the text's length. */
  nextFrom(pos: number): number {
    const k = this.seek(pos);
    return k < this.count ? this.values[k] : this.length;
  }
  /** Where the line holding `pos` starts: after the last break before it, or 0. */
  lineStart(pos: number): number {
    const k = this.seek(pos);
    return k > 0 ? this.values[k - 1] + 1 : 0;
  }
}

/** A detector's window geometry as plain numbers: read on every hit, where a property chain through differently shaped detectors is slow. */
interface Reach {
  /** How far before a hit a window reaches. */
  before: number;
  /** How far after the keyword's end. */
  after: number;
  multiline: boolean;
  accepts: Detector['keywordHit'];
}

const reaches = new WeakMap<DetectorRegistry, Reach[]>();

function reachOf(d: CompiledDetector): Reach {
  const { reachBefore, maxLength, multiline, keywordHit } = d.detector;
  return { before: reachBefore ?? maxLength, after: maxLength, multiline: multiline === true, accepts: keywordHit };
}

const keywordLengthCache = new WeakMap<DetectorRegistry, Int32Array>();

function keywordLengths(registry: DetectorRegistry): Int32Array {
  let l = keywordLengthCache.get(registry);
  if (l === undefined) {
    l = Int32Array.from(registry.matcher.keywords, (k) => k.length);
    keywordLengthCache.set(registry, l);
  }
  return l;
}

function reachesOf(registry: DetectorRegistry): Reach[] {
  let r = reaches.get(registry);
  if (r === undefined) {
    r = registry.detectors.map(reachOf);
    reaches.set(registry, r);
  }
  return r;
}

/**
 * The window around a keyword hit in which the detector's pattern may match: at most
 * `maxLength` on either side, and (unless the detector is multi-line) within the line.
 */
export function windowAround(text: string, hit: number, keywordLength: number, d: CompiledDetector): Region {
  return windowWithin(text, hit, keywordLength, reachOf(d), new LineBreaks(text, findLineBreaks(text)));
}

function windowWithin(text: string, hit: number, keywordLength: number, r: Reach, breaks: LineBreaks): Region {
  const lo = Math.max(0, hit - r.before);
  const hi = Math.min(text.length, hit + keywordLength + r.after);
  if (r.multiline) return { start: lo, end: hi, clippedStart: lo > 0, clippedEnd: hi < text.length };
  const start = Math.max(lo, breaks.lineStart(hit));
  let end = hit + keywordLength;
  if (end < hi) end = Math.min(hi, breaks.nextFrom(end));
  const clippedStart = start > 0 && !isLineBreak(text.charCodeAt(start - 1));
  const clippedEnd = end < text.length && !isLineBreak(text.charCodeAt(end));
  return { start, end, clippedStart, clippedEnd };
}

/** Where whole-input chunks end, cut preferably at line breaks; the same for every detector. */
function chunkEnds(text: string, index: Offsets): number[] {
  const ends: number[] = [];
  const { values, count } = index;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      // The last `\n` in the chunk's second half, if any, from the scan's line-break index.
      const floor = start + CHUNK / 2;
      for (let k = firstAtOrAfter(values, count, end) - 1; k >= 0 && values[k] >= floor; k--) {
        if (text.charCodeAt(values[k]) === 10) {
          end = values[k] + 1;
          break;
        }
      }
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** Whole-input regions for keyword-less detectors, cut at `ends` (from `chunkEnds`). */
function chunksOf(text: string, d: CompiledDetector, ends: readonly number[]): Region[] {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length, clippedStart: false, clippedEnd: false }];
  const overlap = d.detector.multiline ? d.detector.maxLength : Math.min(d.detector.maxLength, 4096);
  const regions: Region[] = [];
  let start = 0;
  for (const end of ends) {
    const reachEnd = end < text.length && !isLineBreak(text.charCodeAt(end - 1)) ? Math.min(text.length, end + overlap) : end;
    regions.push({
      start,
      end: reachEnd,
      clippedStart: start > 0 && !isLineBreak(text.charCodeAt(start - 1)),
      clippedEnd: reachEnd < text.length && !isLineBreak(text.charCodeAt(reachEnd - 1)),
    });
    start = end;
  }
  return regions;
}

/**
 * Adds the window of a keyword hit to a detector's list. Hits arrive in text order, so
 * a hit whose window overlaps the previous one only extends that one's end: the line
 * break searches then start where the previous window stopped, which keeps a storm of
 * hits (a megabyte of `AAAA…`) linear instead of `hits × maxLength`.
 */
function addHit(list: Region[], text: string, hit: number, keywordLength: number, r: Reach, breaks: LineBreaks): void {
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  const hi = Math.min(text.length, hit + keywordLength + r.after);
  if (last !== undefined && hit - r.before <= last.end && hi - last.start <= CHUNK) {
    if (hi <= last.end) return;
    if (r.multiline) {
      last.end = hi;
      last.clippedEnd = hi < text.length;
      return;
    }
    // Windows hold no line breaks: a hit inside the previous window, or reached from its
    // end without crossing a break, is on the same line and the windows join.
    let joined = last.end > hit;
    if (!joined && last.clippedEnd) joined = breaks.nextFrom(last.end) >= hit;
    if (joined) {
      let end = Math.max(last.end, hit + keywordLength);
      if (end < hi) end = Math.min(hi, breaks.nextFrom(end));
      last.end = end;
      last.clippedEnd = end < text.length && !isLineBreak(text.charCodeAt(end));
      return;
    }
  }
  const w = windowWithin(text, hit, keywordLength, r, breaks);
  if (last !== undefined && w.start >= last.start && w.end <= last.end) return;
  list.push(w);
}

function contextBoost(text: string, start: number, d: CompiledDetector): { boost: number; word?: string } | null {
  const rule = d.detector.context;
  if (!rule) return { boost: 0 };
  const before = text.slice(Math.max(0, start - rule.window), start).toLowerCase();
  const word = rule.words.find((w) => before.includes(w));
  if (word) return { boost: rule.boost, word };
  return rule.required ? null : { boost: 0 };
}

/**
 * Runs one detector over one region. No generator and no candidate objects between the
 * pattern and the checks: this runs for every window of every keyword hit.
 */
function runDetector(text: string, region: Region, d: CompiledDetector, out: Finding[]): void {
  const { detector, regex } = d;
  if (detector.find) {
    for (const c of detector.find(text, region.start, region.end, out)) {
      accept(text, region, d, c.start, c.end, text.slice(c.start, c.end), c.confidence, c.note, out);
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
    accept(text, region, d, start, start + value.length, value, undefined, undefined, out);
  }
}

/** Applies the edge, placeholder, validator and context checks to one candidate and records it. */
function accept(
  text: string,
  region: Region,
  d: CompiledDetector,
  start: number,
  candidateEnd: number,
  value: string,
  candidateConfidence: number | undefined,
  note: string | undefined,
  out: Finding[],
): void {
  const { detector } = d;
  let end = candidateEnd;
  // A match that touches a cut edge may be a fragment of a longer token.
  if (region.clippedStart && start === region.start && isWordChar(text, start - 1)) return;
  if (region.clippedEnd && end === region.end && isWordChar(text, end)) return;
  if (detector.isPlaceholder?.(value)) return;
  let checkNote = '';
  let confidence = candidateConfidence ?? detector.confidence;
  if (detector.validate) {
    const verdict = detector.validate(value);
    if (verdict === false) return;
    if (typeof verdict === 'object') {
      if ('length' in verdict && verdict.length !== undefined) end = start + verdict.length;
      if ('confidence' in verdict && verdict.confidence !== undefined) confidence = verdict.confidence;
      if ('note' in verdict && verdict.note) checkNote = `; ${verdict.note}`;
    }
    if (!checkNote && detector.check) checkNote = `; ${detector.check} check passed`;
  }
  const ctx = contextBoost(text, start, d);
  if (!ctx) return;
  out.push({
    type: detector.type,
    category: d.category,
    start,
    end,
    confidence: Math.min(1, confidence + ctx.boost),
    detector: detector.id,
    explanation: `${detector.description}${note ? `; ${note}` : ''}${checkNote}${ctx.word ? `; context word "${ctx.word}"` : ''}`,
  });
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

let sharedSink: FeatureSink | undefined;
let sharedHits: GrowableInts | undefined;

/** One buffer of (keyword, start) pairs for all scans, emptied for each. */
function hitBuffer(): GrowableInts {
  sharedHits ??= new GrowableInts();
  sharedHits.clear();
  return sharedHits;
}

/** One sink for all scans (they never nest), emptied for each. */
function sink(): FeatureSink {
  sharedSink ??= { pairs: new GrowableInts(), runs: new GrowableInts(), breaks: new GrowableInts(), filled: false };
  sharedSink.pairs.clear();
  sharedSink.runs.clear();
  sharedSink.breaks.clear();
  sharedSink.filled = false;
  return sharedSink;
}

export function scanText(text: string, options: ScanOptions = {}, registry: DetectorRegistry = defaultRegistry): ScanResult {
  const began = performance.now();
  const deadline = options.timeBudgetMs === undefined ? Infinity : began + options.timeBudgetMs;
  const timings: Record<string, number> | undefined = options.profile ? {} : undefined;
  const { matcher, keywordOwners, detectors } = registry;
  const keywords = matcher.keywords;
  /** Regions per detector index; an array, not a map: it is consulted on every keyword hit. */
  const regionsByDetector: (Region[] | undefined)[] = new Array(detectors.length);
  const listOf = (di: number): Region[] => regionsByDetector[di] ?? (regionsByDetector[di] = []);
  let complete = true;

  const reach = reachesOf(registry);
  const lengths = keywordLengths(registry);
  // Hits are kept and placed after the pass, when the pass has also found the line breaks.
  const hits = hitBuffer();
  const onHit = (keyword: number, start: number) => {
    hits.push(keyword);
    hits.push(start);
  };
  const features = sink();
  let state = 0;
  for (let from = 0; from < text.length; from += KEYWORD_SLICE) {
    if (performance.now() > deadline) {
      complete = false;
      break;
    }
    state = matcher.scanRange(text, from, Math.min(text.length, from + KEYWORD_SLICE), state, onHit, features);
  }
  // The keyword pass alone, apart from placing its hits: the two cost differently.
  if (timings) timings['(pass)'] = performance.now() - began;
  const found = features.filled && complete ? features : undefined;
  if (found) publishLineBreaks(text, found.breaks.data, found.breaks.length);
  // An unfinished pass ends the scan below; its hits are not worth placing.
  const breaks = complete ? new LineBreaks(text) : undefined;
  if (breaks) {
    const h = hits.data;
    for (let i = 0; i < hits.length; i += 2) {
      const keyword = h[i];
      const start = h[i + 1];
      const owners = keywordOwners[keyword];
      for (let j = 0; j < owners.length; j++) {
        const r = reach[owners[j]];
        if (r.accepts !== undefined && !r.accepts(text, start, lengths[keyword], keywords[keyword])) continue;
        addHit(listOf(owners[j]), text, start, lengths[keyword], r, breaks);
      }
      if ((i & 2047) === 0 && performance.now() > deadline) {
        complete = false;
        break;
      }
    }
  }
  if (timings) timings['(keywords)'] = performance.now() - began;
  if (breaks && registry.digitGated.length > 0 && complete) {
    const t0 = timings ? performance.now() : 0;
    const gated = registry.digitGated;
    const lists = gated.map(listOf);
    let n = 0;
    // One window per maximal run of digits (with at most RUN_GAP separators between two),
    // not one per match of the pattern in it: the detectors behind it need seven digits,
    // and a window over the whole run holds every match's.
    // A run of a megabyte of digits is placed in pieces, so that no window outgrows a chunk
    // and the time budget is still checked between windows.
    const place = (first: number, after: number): boolean => {
      for (let at = first; at < after; at += CHUNK / 2) {
        const length = Math.min(CHUNK / 2, after - at);
        for (let j = 0; j < gated.length; j++) addHit(lists[j], text, at, length, reach[gated[j]], breaks);
      }
      return (++n & 1023) !== 0 || performance.now() <= deadline;
    };
    if (found) {
      const bounds = found.runs.data;
      for (let r = 0; r < found.runs.length && complete; r += 2) complete = place(bounds[r], bounds[r + 1]);
    } else {
      // Without the kernel the pattern finds the runs: each match starts one, which
      // `digitRunAround` widens to the whole run, as the kernel reports it.
      const runs = DIGIT_RUN; // scans never nest
      runs.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (complete && (m = runs.exec(text)) !== null) {
        const [first, after] = digitRunAround(text, m.index + m[0].length - 1);
        complete = place(first, after);
        runs.lastIndex = after;
      }
    }
    if (timings) timings['(digit runs)'] = performance.now() - t0;
  }
  if (registry.unfiltered.length > 0 && complete) {
    const ends = text.length > CHUNK ? chunkEnds(text, lineBreaksOf(text)) : [];
    for (const di of registry.unfiltered) regionsByDetector[di] = chunksOf(text, detectors[di], ends);
  }

  const raw: Finding[] = [];
  const timed = deadline !== Infinity;
  if (found && registry.namePairs) publishNamePairs(text, found.pairs.data, found.pairs.length);
  try {
    outer: for (let di = 0; di < detectors.length; di++) {
      const regions = regionsByDetector[di];
      if (regions === undefined) continue;
      const t0 = timings ? performance.now() : 0;
      for (const region of regions) {
        if (!complete || (timed && performance.now() > deadline)) {
          complete = false;
          break outer;
        }
        runDetector(text, region, detectors[di], raw);
      }
      if (timings) {
        const id = detectors[di].detector.id;
        timings[id] = (timings[id] ?? 0) + performance.now() - t0;
      }
    }
  } finally {
    withdrawNamePairs();
    withdrawLineBreaks();
  }
  const min = options.minConfidence ?? 0;
  const findings = resolveOverlaps(raw.filter((f) => f.confidence >= min));
  return { findings, complete, elapsedMs: performance.now() - began, ...(timings ? { timings } : {}) };
}
