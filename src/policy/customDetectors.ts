import { builtinDetectors } from '../engine/detectors';
import { compileKeywords, type KeywordMatcher } from '../engine/prefilter';
import { createRegistry, type DetectorRegistry } from '../engine/registry';
import type { Candidate, Detector } from '../engine/types';
import { foldText, termSpellings, type FoldedText } from './fold';
import { compileLinearPattern, MAX_MATCH_LENGTH } from './linearRegex';
import type { CustomClass, EffectivePolicy } from './types';

const TERM_CONFIDENCE = 0.95;
const PATTERN_CONFIDENCE = 0.9;
const WORD = /[\p{L}\p{N}_]/u;

function kebab(name: string): string {
  return name.toLowerCase().replace(/_+/g, '-');
}

// Several term detectors see the same text in one scan; fold it once.
let lastText: string | undefined;
let lastFolded: FoldedText | undefined;
function folded(text: string): FoldedText {
  if (text !== lastText || !lastFolded) {
    lastFolded = foldText(text);
    lastText = text;
  }
  return lastFolded;
}

interface TermSet {
  readonly ascii: KeywordMatcher | undefined;
  readonly other: readonly string[];
}

function compileTerms(terms: readonly string[]): TermSet {
  const spellings = [...new Set(terms.flatMap(termSpellings))].filter((s) => s.length > 0);
  const ascii = spellings.filter((s) => /^[\x00-\x7f]+$/.test(s));
  const other = spellings.filter((s) => !/^[\x00-\x7f]+$/.test(s));
  return { ascii: ascii.length > 0 ? compileKeywords(ascii) : undefined, other };
}

/**
 * Terms match whole words of the folded text (case, accents and white space runs
 * ignored). The detector has no engine keywords, because the prefilter only sees raw
 * ASCII and "Brückenkopf" contains no ASCII spelling of "bruckenkopf"; it folds the
 * text once per scan and runs its own keyword automaton over that, which is linear.
 */
function termDetector(c: CustomClass, terms: readonly string[]): Detector {
  const set = compileTerms(terms);
  const type = `CUSTOM_${c.name}`;
  return {
    id: `custom-${kebab(c.name)}-terms`,
    type,
    description: c.description ? `${c.description} (custom term)` : `custom term of ${type}`,
    keywords: [],
    maxLength: 1000,
    confidence: TERM_CONFIDENCE,
    *find(text: string, start: number, end: number): Iterable<Candidate> {
      const f = folded(text);
      const hits: [number, number][] = [];
      set.ascii?.forEachHit(f.folded, (k, at) => hits.push([at, at + set.ascii!.keywords[k].length]));
      for (const s of set.other) for (let at = f.folded.indexOf(s); at !== -1; at = f.folded.indexOf(s, at + 1)) hits.push([at, at + s.length]);
      hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      let lastEnd = -1;
      for (const [a, b] of hits) {
        if (a < lastEnd) continue;
        const startsWord = WORD.test(f.folded[a]);
        const endsWord = WORD.test(f.folded[b - 1]);
        if (startsWord && a > 0 && WORD.test(f.folded[a - 1])) continue;
        if (endsWord && b < f.folded.length && WORD.test(f.folded[b])) continue;
        const rawStart = f.rawStart[a];
        const rawEnd = f.rawEnd[b - 1];
        if (rawStart < start || rawEnd > end) continue;
        lastEnd = b;
        yield { start: rawStart, end: rawEnd, note: 'matched a custom term' };
      }
    },
  };
}

function patternDetector(c: CustomClass, source: string, index: number): Detector | undefined {
  const compiled = compileLinearPattern(source);
  if (!compiled.ok) return undefined;
  const type = `CUSTOM_${c.name}`;
  return {
    id: `custom-${kebab(c.name)}-pattern-${index + 1}`,
    type,
    description: c.description ? `${c.description} (custom pattern ${index + 1})` : `custom pattern ${index + 1} of ${type}`,
    // RE2 runs in linear time, so a keyword-less pattern over the whole text is safe.
    keywords: [],
    pattern: compiled.regex,
    maxLength: MAX_MATCH_LENGTH,
    confidence: PATTERN_CONFIDENCE,
  };
}

/**
 * Engine detectors for a policy's custom classes: one for all terms of a class, one
 * per pattern. Patterns that do not compile under RE2 are skipped (the parser has
 * already reported them).
 */
export function customDetectors(custom: readonly CustomClass[]): Detector[] {
  const out: Detector[] = [];
  for (const c of custom) {
    if (c.terms?.length) out.push(termDetector(c, c.terms));
    (c.patterns ?? []).forEach((p, i) => {
      const d = patternDetector(c, p, i);
      if (d) out.push(d);
    });
  }
  return out;
}

const registries = new WeakMap<EffectivePolicy, DetectorRegistry>();

/** The built-in detectors plus the policy's custom ones, compiled once per policy object. */
export function createPolicyRegistry(policy: EffectivePolicy): DetectorRegistry {
  let registry = registries.get(policy);
  if (!registry) {
    registry = createRegistry([...builtinDetectors, ...customDetectors(policy.custom ?? [])]);
    registries.set(policy, registry);
  }
  return registry;
}
