import { categoryOf } from './entities';
import { compileKeywords, type KeywordMatcher } from './prefilter';
import type { Category, Detector, RegexLike } from './types';

export interface CompiledDetector {
  readonly detector: Detector;
  readonly category: Category;
  /** The detector's pattern with the flags the engine needs (`g`, plus `d` for value groups); absent for `find` detectors. */
  readonly regex?: RegExp | RegexLike;
}

/** Detectors compiled once: their patterns, and one keyword matcher shared by all of them. */
export interface DetectorRegistry {
  readonly detectors: readonly CompiledDetector[];
  readonly matcher: KeywordMatcher;
  /** For each keyword of `matcher`, the indices of the detectors that own it. */
  readonly keywordOwners: readonly (readonly number[])[];
  /** Detectors without keywords, run over the whole input. */
  readonly unfiltered: readonly number[];
  /** Detectors without keywords that run only around dense digit runs (`Detector.digitRun`). */
  readonly digitGated: readonly number[];
  /** Some detector reads the name pairs (`Detector.namePairs`). */
  readonly namePairs: boolean;
}

function compileRegex(d: Detector): RegExp | RegexLike | undefined {
  if (d.find) {
    if (d.pattern) throw new Error(`detector ${d.id}: give either a pattern or find, not both`);
    return undefined;
  }
  if (!d.pattern) throw new Error(`detector ${d.id}: needs a pattern or find`);
  const flags = new Set(d.pattern.flags.split(''));
  if (!flags.has('g')) throw new Error(`detector ${d.id}: pattern needs the g flag`);
  if (!(d.pattern instanceof RegExp)) {
    if (d.valueGroup) throw new Error(`detector ${d.id}: a value group needs a JavaScript RegExp`);
    return d.pattern;
  }
  flags.delete('y');
  if (d.valueGroup) flags.add('d');
  return new RegExp(d.pattern.source, [...flags].join(''));
}

export function createRegistry(detectors: readonly Detector[]): DetectorRegistry {
  const seen = new Set<string>();
  const keywordIndex = new Map<string, number>();
  const keywords: string[] = [];
  const owners: number[][] = [];
  const unfiltered: number[] = [];
  const digitGated: number[] = [];
  const compiled = detectors.map((d, i): CompiledDetector => {
    if (seen.has(d.id)) throw new Error(`duplicate detector id: ${d.id}`);
    seen.add(d.id);
    if (d.keywords.length === 0) (d.digitRun && !d.multiline ? digitGated : unfiltered).push(i);
    for (const k of d.keywords) {
      let ki = keywordIndex.get(k);
      if (ki === undefined) {
        ki = keywords.length;
        keywordIndex.set(k, ki);
        keywords.push(k);
        owners.push([]);
      }
      if (!owners[ki].includes(i)) owners[ki].push(i);
    }
    return { detector: d, category: categoryOf(d.type), regex: compileRegex(d) };
  });
  return {
    detectors: compiled,
    matcher: compileKeywords(keywords),
    keywordOwners: owners,
    unfiltered,
    digitGated,
    namePairs: detectors.some((d) => d.namePairs === true),
  };
}
