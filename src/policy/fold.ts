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
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let f = foldCodePoint(cp);
    // One space stands for any run of white space, so "Projekt  X" and "Projekt\nX" match "projekt x".
    if (f === ' ' && folded.endsWith(' ')) f = '';
    if (f === '') {
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
      folded += f;
    }
    i += width;
  }
  return { folded, rawStart: Uint32Array.from(starts), rawEnd: Uint32Array.from(ends) };
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
