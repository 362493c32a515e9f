import type { RegexLike } from '../engine/types';

/**
 * Policy patterns come from a file anyone can edit, so they run on RE2 (re2-wasm), whose
 * matching time is linear in the input: no pattern can hang the editor. RE2 has no
 * backreferences and no lookaround; such patterns are rejected with RE2's reason.
 */

interface Re2Match extends Array<string | undefined> {
  index: number;
}
interface Re2 {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  exec(input: string): Re2Match | null;
}
type Re2Constructor = new (pattern: string, flags: string) => Re2;

let re2: Re2Constructor | undefined;
let unavailable: string | undefined;

/** Thrown when the WebAssembly engine itself cannot load (not the pattern's fault). */
export class LinearEngineUnavailable extends Error {}

/** Loads the WebAssembly module on first use only: most policies have no patterns. */
function loadRe2(): Re2Constructor {
  if (re2) return re2;
  if (unavailable) throw new LinearEngineUnavailable(unavailable);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = (require('re2-wasm') as { RE2: Re2Constructor }).RE2;
    new loaded('a', 'u');
    re2 = loaded;
    return re2;
  } catch (err) {
    // Emscripten reports a missing re2.wasm as an abort with a stack; keep the first line.
    const first = String((err as Error).message ?? err).split('\n')[0].replace(/^abort\((.*?)\)?( at Error)?$/, '$1');
    unavailable = `the linear-time regex engine could not be loaded (${first})`;
    throw new LinearEngineUnavailable(unavailable);
  }
}

const ASTRAL = /[\uD800-\uDFFF]/;

/** Longest match the windowing below guarantees to find whole; the engine's `maxLength` for these detectors. */
export const MAX_MATCH_LENGTH = 256;
const FIRST_WINDOW = 256;
const LAST_WINDOW = 65536;

/**
 * Adapts an RE2 object to the engine's `RegexLike`. Two things need care:
 *
 * - re2-wasm copies the whole input into WebAssembly on every `exec` (about 80 ns per
 *   character here), so looping over matches of a large text would be quadratic. Each
 *   `exec` therefore hands RE2 a window from `lastIndex`, growing while it finds nothing
 *   and ending at a line break where possible. A match is only trusted if it ends more
 *   than `MAX_MATCH_LENGTH` before a window cut inside a line; otherwise the window grows.
 * - re2-wasm reports offsets in code points, the engine in UTF-16 code units.
 *
 * Patterns are compiled multi-line (`^`/`$` are line anchors), so a window that starts
 * at a line start behaves as the whole text would.
 */
class LinearRegex implements RegexLike {
  lastIndex = 0;

  constructor(private readonly re: Re2) {}

  get source(): string {
    return this.re.source;
  }

  get flags(): string {
    return this.re.flags;
  }

  exec(input: string): RegExpExecArray | null {
    let pos = this.lastIndex;
    let size = FIRST_WINDOW;
    while (pos <= input.length) {
      // One character of context before `pos` keeps \b and ^ right; none at a line start.
      let from = pos > 0 && input.charCodeAt(pos - 1) !== 10 ? pos - 1 : pos;
      if (from > 0 && from < pos && isLowSurrogate(input.charCodeAt(from))) from--;
      const { to, atBoundary } = windowEnd(input, pos, size);
      const m = this.execWindow(input.slice(from, to), pos - from);
      const end = m ? from + m.end : -1;
      if (m && (atBoundary || end <= to - MAX_MATCH_LENGTH)) {
        this.lastIndex = end;
        m.match.index = from + m.start;
        return m.match as unknown as RegExpExecArray;
      }
      if (m) {
        // The match ends near a cut inside a line and may be truncated: look further.
        size *= 2;
        continue;
      }
      // Nothing found: move on, overlapping a cut by the longest match we guarantee.
      pos = atBoundary ? to + 1 : Math.max(pos + 1, to - MAX_MATCH_LENGTH);
      size = Math.min(size * 2, LAST_WINDOW);
    }
    this.lastIndex = 0;
    return null;
  }

  /** Runs RE2 once on a window, from UTF-16 offset `start`; returns UTF-16 offsets within the window. */
  private execWindow(window: string, start: number): { match: Re2Match; start: number; end: number } | null {
    if (!ASTRAL.test(window)) {
      this.re.lastIndex = start;
      const m = this.re.exec(window);
      return m ? { match: m, start: m.index, end: this.re.lastIndex } : null;
    }
    const units: number[] = [];
    for (let i = 0; i < window.length; ) {
      units.push(i);
      i += window.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    units.push(window.length);
    let cp = 0;
    while (units[cp] < start) cp++;
    this.re.lastIndex = cp;
    const m = this.re.exec(window);
    return m ? { match: m, start: units[m.index], end: units[this.re.lastIndex] } : null;
  }
}

/**
 * Where a window from `pos` ends: at the end of the input or a line break when one is
 * close to `pos + size`; otherwise at a cut inside a (long) line, far enough out that
 * matches up to `MAX_MATCH_LENGTH` before it can be trusted.
 */
function windowEnd(input: string, pos: number, size: number): { to: number; atBoundary: boolean } {
  const target = pos + size;
  if (target >= input.length) return { to: input.length, atBoundary: true };
  const lineBreak = input.indexOf('\n', target);
  if (lineBreak !== -1 && lineBreak - target <= 2 * MAX_MATCH_LENGTH) return { to: lineBreak, atBoundary: true };
  const to = Math.min(input.length, Math.max(target, pos + 4 * MAX_MATCH_LENGTH));
  return { to, atBoundary: to === input.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The same pattern with every group non-capturing. The engine only uses the whole
 * match, and without submatches RE2 finds match bounds with its DFAs instead of the
 * much slower NFA: `(a+)+$` on 100 000 a's takes milliseconds instead of over a second.
 */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A ] right after [ or [^ is a literal, not the end of the class.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
    } else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && /^\?P?<[A-Za-z_]/.test(source.slice(i + 1, i + 5))) {
      const close = source.indexOf('>', i);
      out += '(?:';
      i = close === -1 ? i : close;
    } else out += c;
  }
  return out;
}

export type CompiledPattern = { readonly ok: true; readonly regex: RegexLike } | { readonly ok: false; readonly reason: string };

/**
 * Compiles a policy pattern for the engine (global, Unicode). Fails with a reason for
 * syntax RE2 lacks and for patterns that match the empty string (they would flag
 * every position).
 */
export function compileLinearPattern(source: string): CompiledPattern {
  let re: Re2;
  let RE2: Re2Constructor;
  try {
    RE2 = loadRe2();
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  try {
    // Compile as written first, so that a syntax error quotes the user's own pattern.
    new RE2(source, 'gmu');
    re = new RE2(withoutCaptures(source), 'gmu');
  } catch (err) {
    return { ok: false, reason: describeRe2Error(source, (err as Error).message) };
  }
  re.lastIndex = 0;
  const empty = re.exec('');
  re.lastIndex = 0;
  if (empty) return { ok: false, reason: 'it matches the empty string' };
  return { ok: true, regex: new LinearRegex(re) };
}

/** Whether `value` matches `source` as a whole, on RE2. Undefined when the pattern does not compile. */
export function compileWholeValuePattern(source: string): ((value: string) => boolean) | undefined {
  let re: Re2;
  try {
    re = new (loadRe2())(`^(?:${withoutCaptures(source)})$`, 'u');
  } catch {
    return undefined;
  }
  return (value) => {
    re.lastIndex = 0;
    return re.exec(value) !== null;
  };
}

function describeRe2Error(source: string, message: string): string {
  if (/\\[1-9]|\\k</.test(source) && /escape|group/i.test(message)) return 'backreferences are not supported (RE2 runs in linear time and has none)';
  if (/\(\?<?[=!]/.test(source)) return 'lookahead and lookbehind are not supported (RE2 runs in linear time and has none)';
  const detail = message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '').replace(/\(\?m\)/g, '');
  return `not a valid RE2 pattern: ${detail}`;
}
