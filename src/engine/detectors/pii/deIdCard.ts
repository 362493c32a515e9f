import { isDeIdDocumentNumberValid } from '../../checksums/idCard731';
import type { Candidate, Detector } from '../../types';

const KEYWORDS = ['ausweis', 'reisepass', 'passport', 'pass-nr', 'passnummer', 'id card', 'id-card', 'identity card', 'document number', 'dokumentennummer', 'seriennummer', 'perso'];

/** The document words; `perso` (Perso-Nr.) but not `person`, `Personal`, `Personen`, which name no document. */
const DOCUMENT_WORD = /ausweis|reisepass|passport|pass-nr|passnummer|id[- ]card|identity card|document number|dokumentennummer|seriennummer|perso(?!n)/i;
const NUMBER = /(?<![A-Za-z0-9])[CFGHJKLMNPRTVWXYZ0-9]{9}\d(?![A-Za-z0-9])/g;
/** How far before the number a document word on its own line may stand. */
const SAME_LINE = 60;
/** Lines above a number alone on its line that may hold the document word (blank lines aside). */
const LINES_ABOVE = 2;

function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEndOf(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/**
 * Which document word makes the number at `[start, end)` a document number: one up to 60
 * characters before it on its line, or, for a number alone on its line (an OCR of the
 * card prints it under `PERSONALAUSWEIS` / `IDENTITY CARD`), one on the line or two above.
 */
function documentWord(text: string, start: number, end: number): { word: string; above: boolean } | undefined {
  const lineStart = lineStartOf(text, start);
  const same = DOCUMENT_WORD.exec(text.slice(Math.max(lineStart, start - SAME_LINE), start));
  if (same) return { word: same[0].toLowerCase(), above: false };
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEndOf(text, end)).trim() !== '') return undefined;
  let at = lineStart;
  for (let seen = 0, lines = 0; seen < LINES_ABOVE && at > 0 && lines < LINES_ABOVE + 2; lines++) {
    const above = lineStartOf(text, at - 1);
    const line = text.slice(above, at - 1);
    at = above;
    if (line.trim() === '') continue;
    seen++;
    // A heading or label line, not a paragraph that happens to mention a passport.
    if (line.length > 80) continue;
    const m = DOCUMENT_WORD.exec(line);
    if (m) return { word: m[0].toLowerCase(), above: true };
  }
  return undefined;
}

function* findIdCardNumbers(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    const word = documentWord(text, s, e);
    if (word === undefined) continue;
    yield { start: s, end: e, confidence: 0.95, note: `document word "${word.word}"${word.above ? ' on a line above' : ''}` };
  }
}

/**
 * Personalausweis and Reisepass serial numbers with their 7-3-1 check digit. Ten
 * characters from a restricted alphabet pass the check one time in ten by chance, so
 * the detector runs only near a document word and requires one. The window crosses lines
 * for the number printed alone under the document's title.
 */
export const deIdCard: Detector = {
  id: 'de-id-card',
  type: 'DE_ID_CARD',
  description: 'German ID card or passport number',
  keywords: KEYWORDS,
  // `person` is the most frequent hit of `perso` in code and prose and names no document.
  keywordHit: (text, start, length) => length !== 5 || (text.charCodeAt(start + 5) | 0x20) !== 110,
  find: findIdCardNumbers,
  confidence: 0.95,
  // Reaches from a document word up to 60 characters before the number, or two lines above it.
  maxLength: 75,
  multiline: true,
  check: 'ICAO 7-3-1 check digit',
  validate: (value) => /[0-9]/.test(value.slice(1, 9)) && isDeIdDocumentNumberValid(value),
};
