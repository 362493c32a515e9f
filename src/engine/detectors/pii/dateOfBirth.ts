import type { Detector } from '../../types';

const MONTHS_DE = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.?|Feb\\.?|Mär\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Okt\\.?|Nov\\.?|Dez\\.?';
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WORDS = ['geb.', 'geboren', 'geburtsdatum', 'geb.-datum', 'geburtstag', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born', 'birthday'];

/** A date near a birth word: DD.MM.YYYY, YYYY-MM-DD, MM/DD/YYYY, "3. März 1985", "March 3, 1985", "3 March 1985". */
export const dateOfBirth: Detector = {
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  description: 'date of birth',
  keywords: ['geb', 'dob', 'd.o.b', 'birth', 'born'],
  pattern: new RegExp(
    `(?<![\\w.])(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}|\\d{1,2}\\.?\\s(?:${MONTHS_DE}|${MONTHS_EN})\\s(?:19|20)\\d{2}|(?:${MONTHS_EN})\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d{2})(?![\\w]|\\.\\d)`,
    'g',
  ),
  confidence: 0.85,
  maxLength: 80,
  check: 'calendar date',
  validate: (value) => plausibleBirthDate(value),
  context: { words: WORDS, window: 40, boost: 0.1, required: true },
};

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12,
};

/** Day, month and year form a real date in the past 130 years (two-digit years allowed in dotted dates). */
export function plausibleBirthDate(value: string): boolean {
  let day: number;
  let month: number;
  let year: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2,4})$/.exec(value))) [day, month, year] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) [year, month, day] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) [month, day, year] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\.?\s(\p{L}+)\.?\s(\d{4})$/u.exec(value))) [day, month, year] = [+m[1], MONTH_INDEX[m[2].slice(0, 3).toLowerCase()] ?? 0, +m[3]];
  else if ((m = /^(\p{L}+)\.?\s(\d{1,2})\D*?(\d{4})$/u.exec(value))) [month, day, year] = [MONTH_INDEX[m[1].slice(0, 3).toLowerCase()] ?? 0, +m[2], +m[3]];
  else return false;
  if (value.length <= 10 && year < 100) year += year > 30 ? 1900 : 2000;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const now = new Date().getUTCFullYear();
  return day <= days && year >= now - 130 && year <= now;
}
