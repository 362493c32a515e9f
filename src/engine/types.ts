/**
 * The engine's vocabulary. Everything here is plain data so that findings can cross
 * a worker boundary, be written to JSON and be compared in tests.
 */

/** Policy classes (DESIGN.md §1). Article 9 DSGVO data may later get its own class. */
export type Category = 'pii.contact' | 'pii.identity' | 'pii.financial' | 'secret' | 'confidential';

export const CATEGORIES: readonly Category[] = ['pii.contact', 'pii.identity', 'pii.financial', 'secret', 'confidential'];

/** An entity type name from DESIGN.md §1, e.g. `EMAIL_ADDRESS`, `SECRET_AWS_ACCESS_KEY`, `CUSTOM_PROJECT`. */
export type EntityType = string;

export interface Finding {
  readonly type: EntityType;
  readonly category: Category;
  /** UTF-16 offsets into the scanned string; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** Stable kebab-case id of the detector that produced it. */
  readonly detector: string;
  /** Which rule, which check, which context word: for people, never containing the value. */
  readonly explanation: string;
}

/** One positive example: the text and the exact values the detector must find in it. */
export interface PositiveExample {
  readonly text: string;
  readonly values: readonly string[];
}

export interface DetectorExamples {
  readonly positive: readonly PositiveExample[];
  /** Texts in which the detector must find nothing: look-alikes, placeholders, failed checksums. */
  readonly negative: readonly string[];
}

/**
 * What a validator says about a candidate. `true`/`false` accept or drop it. An object
 * accepts it with refinements: `length` keeps only the first characters of the candidate
 * (where a pattern may overrun, such as an IBAN followed by more digits), `confidence`
 * replaces the detector's (a checksum that passes is stronger evidence than a shape),
 * `note` says which check decided (never quoting the value).
 */
export type ValidatorResult =
  | boolean
  | { readonly length?: number; readonly confidence?: number; readonly note?: string };

/** The subset of `RegExp` the engine uses, so that a linear-time engine can stand in. */
export interface RegexLike {
  readonly source: string;
  readonly flags: string;
  lastIndex: number;
  exec(input: string): RegExpExecArray | null;
}

/** A span proposed by a detector's `find`; validators and context rules still apply. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Replaces the detector's base confidence for this candidate. */
  readonly confidence?: number;
  /** Added to the explanation (which rule matched), never containing the value. */
  readonly note?: string;
}

export interface ContextRule {
  /** Lower-case words that, near a candidate, make it more likely to be real. */
  readonly words: readonly string[];
  /** How many characters before the candidate to look (on the same line or the previous). */
  readonly window: number;
  /** Added to the base confidence when a context word is present. */
  readonly boost: number;
  /** When true, a candidate without a context word is dropped. */
  readonly required?: boolean;
}

/**
 * A detector is data: a pattern, the literals that must occur near a match (for the
 * prefilter) and optional checks. Code appears only in validators. Its examples live
 * beside it in `<file>.examples.ts`, which the tests run and the bundle leaves out.
 */
export interface Detector {
  readonly id: string;
  readonly type: EntityType;
  readonly description: string;
  /**
   * Lower-case literals, one of which occurs in (or right before) every match. The
   * pattern runs only in windows around keyword hits. An empty list means the pattern
   * runs over the whole input, so it must then be linear and cheap.
   */
  readonly keywords: readonly string[];
  /**
   * Must carry the `g` flag. A `RegexLike` is a linear-time engine's regex (RE2) used
   * for patterns that come from a policy file; it cannot have a `valueGroup`.
   */
  readonly pattern?: RegExp | RegexLike;
  /**
   * Instead of a pattern: code that yields candidates within `[start, end)` (names,
   * addresses). `earlier` holds the findings of the detectors that ran before this one in
   * the same scan, for detectors that build on them (later mentions of a found name).
   */
  readonly find?: (text: string, start: number, end: number, earlier: readonly Finding[]) => Iterable<Candidate>;
  /** Capture group holding the value; 0 (the whole match) by default. */
  readonly valueGroup?: number;
  readonly confidence: number;
  /** Upper bound on a match's length; sizes the window scanned around a keyword hit. */
  readonly maxLength: number;
  /**
   * How far before a keyword hit a match may begin; `maxLength` by default. Detectors
   * whose matches start at their keyword (a token prefix, a key name) set 1, so that a
   * frequent keyword such as `https://` costs a window after it only (the one character
   * before is kept for the pattern's boundary check).
   */
  readonly reachBefore?: number;
  /**
   * For a detector without keywords whose every match holds at least seven ASCII digits,
   * each at most three characters (spaces, `-/().+`, capitals) from the next, as phone,
   * card, tax, pension and social security numbers do: the pattern then runs only in
   * windows around such digit runs, which one pass shared by all these detectors finds,
   * instead of over the whole input. Matches must not span lines.
   */
  readonly digitRun?: boolean;
  /**
   * Whether a hit of one of the keywords (at `start`, `length` characters long) can be part
   * of a match, judged from the characters around it: a hit this rejects opens no window.
   * It may reject only hits that no match contains, since a match's own keyword then still
   * opens the window that covers it. For keywords that are common in code but count only
   * in a certain case or at a word edge (" St" in an address, not " string").
   */
  readonly keywordHit?: (text: string, start: number, length: number, keyword: string) => boolean;
  /**
   * The `find` function reads the name-pair starts that the engine publishes during a
   * scan (namePairs.ts) and searches for them itself when none are published; the flag
   * tells the engine to collect them in its keyword pass.
   */
  readonly namePairs?: boolean;
  /** Matches may span lines (PEM blocks); the window then crosses line breaks. */
  readonly multiline?: boolean;
  /** Name of the check `validate` performs, for explanations (`mod-97`, `Luhn`). */
  readonly check?: string;
  readonly validate?: (value: string) => ValidatorResult;
  /** Drops documented examples and placeholders. */
  readonly isPlaceholder?: (value: string) => boolean;
  readonly context?: ContextRule;
}

export interface ScanOptions {
  /** Stop after this many milliseconds; the result then says `complete: false`. */
  readonly timeBudgetMs?: number;
  /** Findings below this confidence are not reported. */
  readonly minConfidence?: number;
  /** Measure time per detector (and for the keyword pass) into `ScanResult.timings`; for benchmarks. */
  readonly profile?: boolean;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** False when the time budget ran out before every detector had run. */
  readonly complete: boolean;
  readonly elapsedMs: number;
  /** With `profile`: milliseconds per detector id, plus `(pass)` for the keyword pass and `(keywords)` for it with its hits placed. */
  readonly timings?: Readonly<Record<string, number>>;
}
