import type { Candidate, Detector } from '../../types';
import { COLUMN_WINDOW, columnCells, columnNamed, isColumnNameHit, lastHeaderAt, type ColumnOptions } from '../tableColumns';

const MONTHS_DE = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.?|Feb\\.?|Mär\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Okt\\.?|Nov\\.?|Dez\\.?';
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
/** The three-letter months of airline and passport dates (15JUN1984). */
const MONTHS_ICAO = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
const WORDS = ['geb.', 'geboren', 'geburtsdatum', 'geb.-datum', 'geburtstag', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born', 'birthday'];

/**
 * The date shapes people write a birth date in. Month names match in any case (`born
 * 14 march 1994`): the birth word the detectors require keeps "may" and "march" as verbs
 * out. Slashed and dashed day-month orders are both allowed; the validator decides.
 */
const DATE = `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d{2}|(?:19|20)\\d{2}(?<ys>[-/])\\d{2}\\k<ys>\\d{2}|\\d{1,2}(?<ds>[/-])\\d{1,2}\\k<ds>(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?(?:${MONTHS_DE}|${MONTHS_EN}),?\\s(?:19|20)\\d{2}|(?:${MONTHS_EN})\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d{2}|\\d{2}(?:${MONTHS_ICAO})(?:19|20)?\\d{2})`;

/** A date near a birth word: DD.MM.YYYY, YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, "3. März 1985", "March 3, 1985", "3rd May 1990", "15JUN1984". */
export const dateOfBirth: Detector = {
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  description: 'date of birth',
  keywords: ['geb', 'dob', 'd.o.b', 'birth', 'born'],
  pattern: new RegExp(`(?<![\\w.])${DATE}(?![\\w]|\\.\\d)`, 'giu'),
  confidence: 0.85,
  maxLength: 80,
  check: 'calendar date',
  validate: (value) => plausibleBirthDate(value),
  context: { words: WORDS, window: 40, boost: 0.1, required: true },
};

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12,
};

function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** Day, month and year form a real date in the past 130 years (two-digit years allowed in dotted and airline dates). */
export function plausibleBirthDate(value: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2,4})$/.exec(value))) return realDate(+m[1], +m[2], +m[3], value);
  if ((m = /^(\d{4})([-/])(\d{2})\2(\d{2})$/.exec(value))) return realDate(+m[4], +m[3], +m[1], value);
  if ((m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(value))) {
    // 07/04/1976 is April 7 in Europe and July 4 in the US; 21/05/1994 can only be May 21.
    return realDate(+m[3], +m[1], +m[4], value) || realDate(+m[1], +m[3], +m[4], value);
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s(?:of\s)?(\p{L}+)\.?,?\s(\d{4})$/iu.exec(value))) return realDate(+m[1], monthOf(m[2]), +m[3], value);
  if ((m = /^(\p{L}+)\.?\s(\d{1,2})\D*?(\d{4})$/u.exec(value))) return realDate(+m[2], monthOf(m[1]), +m[3], value);
  if ((m = /^(\d{2})(\p{L}{3})(\d{2}|\d{4})$/u.exec(value))) return realDate(+m[1], monthOf(m[2]), +m[3], value);
  return false;
}

function realDate(day: number, month: number, year: number, value: string): boolean {
  if (value.length <= 10 && year < 100) year += year > 30 ? 1900 : 2000;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const now = new Date().getUTCFullYear();
  return day <= days && year >= now - 130 && year <= now;
}

/**
 * Column names of birth dates in exports and result tables. `geb` and `birth` alone are
 * there for headers such as `Geb.` and `Birth`; a cell must still hold a date.
 */
const BIRTH_COLUMN = columnNamed([
  'dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'date birth', 'birth', 'born', 'born on',
  'geburtsdatum', 'geb datum', 'geb dat', 'geb', 'geburtstag', 'geboren', 'geboren am', 'geb am',
]);
/** `dateofbirth` as one word, since `birth` inside a word opens no window. */
const BIRTH_COLUMN_HINTS = ['dob', 'd.o.b', 'birth', 'dateofbirth', 'geb', 'born'];
/** Tables printed with spaces too: a cell must still be a plausible birth date. */
const COLUMNS: ColumnOptions = { aligned: true };

/** A SQL or export timestamp at midnight is a date that a DATETIME column stored. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?Z?$/;

function* findBirthColumns(text: string, start: number, end: number): Generator<Candidate> {
  for (const cell of columnCells(text, start, end, BIRTH_COLUMN_HINTS, BIRTH_COLUMN, lastHeaderAt(text, end, COLUMN_WINDOW), COLUMNS)) {
    let value = text.slice(cell.start, cell.end);
    value = MIDNIGHT.exec(value)?.[1] ?? value;
    if (value.length <= 30 && plausibleBirthDate(value)) yield { start: cell.start, end: cell.start + value.length, note: `column "${cell.column}"` };
  }
}

/** Dates in a table column headed `dob`, `Geburtsdatum`, `birth_date` …: CSV, TSV, pipe tables, SQL INSERT, tables lined up with spaces. */
export const dateOfBirthColumn: Detector = {
  id: 'date-of-birth-column',
  type: 'DATE_OF_BIRTH',
  description: 'date of birth in a table column',
  keywords: BIRTH_COLUMN_HINTS,
  keywordHit: (text, start, length) => isColumnNameHit(text, start, length, BIRTH_COLUMN, COLUMNS),
  find: findBirthColumns,
  multiline: true,
  reachBefore: 1,
  confidence: 0.85,
  maxLength: COLUMN_WINDOW,
  check: 'calendar date',
};

/** Words by which a question asks for a birth date. */
const ASKED = /geburtsdatum|geburtstag|geboren|date of birth|birth ?date|birthday|\bdob\b/i;
/** The start of a reply line: a time stamp and a speaker (`[09:16] Kunde:`, `Customer:`), then the date. */
const REPLY = new RegExp(`^[ \\t]*(?:\\[[^\\]\\n]{1,25}\\][ \\t]*)?(?:[\\p{L}][\\p{L}\\p{N} ._()-]{0,40}:[ \\t]*)?(?<date>${DATE})(?=$|[\\s,;.)])`, 'iud');
const REPLY_HINTS = ['geburtsdatum', 'geburtstag', 'geboren', 'date of birth', 'birthdate', 'birth date', 'birthday', 'dob'];

/** The question ends its line with `?` (or asks with a trailing `:`); checked on every hit, so without allocating. */
function asksOnThisLine(text: string, start: number): boolean {
  const max = Math.min(text.length, start + 300);
  let last = 0;
  for (let i = start; i < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 10 || c === 13) return last === 58;
    if (c !== 32 && c !== 9) last = c;
  }
  return max === text.length && last === 58;
}

function* findBirthReplies(text: string, start: number, end: number): Generator<Candidate> {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  while (lineStart < end) {
    let le = text.indexOf('\n', lineStart);
    if (le < 0) le = text.length;
    const line = text.slice(lineStart, le);
    const asked = ASKED.exec(line);
    if (asked && asksOnThisLine(text, lineStart + asked.index)) {
      // The reply is the very next line: a date further down answers something else.
      const next = le + 1;
      if (next < end) {
        let ne = text.indexOf('\n', next);
        if (ne < 0) ne = text.length;
        const reply = REPLY.exec(text.slice(next, ne));
        const at = reply?.indices?.groups?.date;
        if (at) {
          const s = next + at[0];
          const e = next + at[1];
          if (e <= end && plausibleBirthDate(text.slice(s, e))) yield { start: s, end: e, note: 'answering a question for the birth date' };
        }
      }
    }
    lineStart = le + 1;
  }
}

/** A date that a chat or mail reply gives right under a question for the birth date. */
export const dateOfBirthReply: Detector = {
  id: 'date-of-birth-reply',
  type: 'DATE_OF_BIRTH',
  description: 'date of birth given in reply to a question for it',
  keywords: REPLY_HINTS,
  keywordHit: asksOnThisLine,
  find: findBirthReplies,
  multiline: true,
  reachBefore: 1,
  confidence: 0.75,
  maxLength: 400,
  check: 'calendar date',
};
