/**
 * Case- and accent-insensitive matching for custom terms. Text is folded code point by
 * code point (lower case, accents stripped, ß → ss, runs of white space → one space)
 * while remembering where each folded character came from, so matches map back to
 * exact UTF-16 offsets in the original text.
 */

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
};

const MARKS = /\p{M}/gu;
const SPACE = /\s/u;
const cache = new Map<number, string>();

/** The folded form of one code point: may be empty (a combining mark) or longer (ß). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp === 32 || (cp >= 9 && cp <= 13)) return ' ';
    return cp >= 65 && cp <= 90 ? String.fromCharCode(cp | 0x20) : String.fromCharCode(cp);
  }
  let folded = cache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = SPECIAL[ch] ?? ch.toLowerCase().normalize('NFD').replace(MARKS, '');
    if (SPACE.test(ch)) folded = ' ';
    cache.set(cp, folded);
  }
  return folded;
}

export interface FoldedText {
  readonly folded: string;
  /** For each folded character, the UTF-16 offset in the original where its source starts. */
  readonly rawStart: Uint32Array;
  /** … and where it ends (after any combining marks that folded into nothing). */
  readonly rawEnd: Uint32Array;
}

export function foldText(text: string): FoldedText {
  // Typed buffers instead of string concatenation: appending to and inspecting a growing
  // string flattens V8's rope on every step, which made folding quadratic.
  let capacity = text.length + 16;
  let units = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let n = 0;
  const push = (code: number, start: number, end: number) => {
    if (code === 32 && n > 0 && units[n - 1] === 32) {
      // One space stands for any run of white space: "Projekt  X" and "Projekt\nX" match "projekt x".
      ends[n - 1] = end;
      return;
    }
    if (n === capacity) {
      capacity *= 2;
      const u = new Uint16Array(capacity);
      u.set(units);
      units = u;
      const s = new Uint32Array(capacity);
      s.set(starts);
      starts = s;
      const e = new Uint32Array(capacity);
      e.set(ends);
      ends = e;
    }
    units[n] = code;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      push(c >= 65 && c <= 90 ? c | 0x20 : c === 32 || (c >= 9 && c <= 13) ? 32 : c, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    // A combining mark folds to nothing and belongs to the character before it.
    if (f === '') {
      if (n > 0) ends[n - 1] = i + width;
    } else for (let k = 0; k < f.length; k++) push(f.charCodeAt(k), i, i + width);
    i += width;
  }
  let folded = '';
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) folded += String.fromCharCode(...units.subarray(k, Math.min(n, k + CHUNK)));
  return { folded, rawStart: starts.slice(0, n), rawEnd: ends.slice(0, n) };
}

/** A term folded the same way as text. */
export function foldTerm(term: string): string {
  return foldText(term.trim()).folded;
}

const GERMAN: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/**
 * Spellings a term stands for. A term written with an umlaut also matches its German
 * transliteration (Brückenkopf → brueckenkopf) besides the accent-free form
 * (bruckenkopf). The reverse is not done: "Mueller" does not match "Müller", because
 * turning every "ue" into "u" would make ordinary words (Queue, blue) match.
 */
export function termSpellings(term: string): string[] {
  term = term.normalize('NFC');
  const plain = foldTerm(term);
  const german = foldTerm(term.replace(/[äöüÄÖÜ]/g, (c) => GERMAN[c]));
  return plain === german ? [plain] : [plain, german];
}
