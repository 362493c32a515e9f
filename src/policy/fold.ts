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
  let units = new Uint16Array(text.length + 16);
  let starts = new Uint32Array(text.length + 16);
  let ends = new Uint32Array(text.length + 16);
  let n = 0;
  const grow = () => {
    const bigger = (a: Uint16Array | Uint32Array) => {
      const b = new (a.constructor as typeof Uint32Array)(a.length * 2);
      b.set(a);
      return b;
    };
    units = bigger(units) as unknown as Uint16Array;
    starts = bigger(starts);
    ends = bigger(ends);
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let f = foldCodePoint(cp);
    // One space stands for any run of white space, so "Projekt  X" and "Projekt\nX" match "projekt x".
    if (f === ' ' && n > 0 && units[n - 1] === 32) f = '';
    if (f === '') {
      if (n > 0) ends[n - 1] = i + width;
    } else {
      for (let k = 0; k < f.length; k++) {
        if (n === units.length) grow();
        units[n] = f.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + width;
        n++;
      }
    }
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
