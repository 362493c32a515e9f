import type { Candidate, Detector } from '../../types';
import { COLUMN_WINDOW, columnCells, columnNamed, isColumnNameHit, lastHeaderAt } from '../tableColumns';

/*
 * Phone numbers without a phone library: a candidate is a run of digits and the usual
 * separators that starts like a phone number (+, 00, "(0", a German area code, a US
 * "(415)"), and is then judged by its shape. International numbers (+49 …, 0049 …) are
 * reported anywhere; German national numbers only when they are grouped like one
 * (0171 1234567, 030/1234567, (030) 123 45 67) and, for landlines, with a phone word, a
 * mobile prefix or the spaced grouping people give landlines in prose (040 4606 1234,
 * 0611 / 7723 118, 0361 64422-0); US national numbers only with a phone word. Dots are
 * not accepted as separators in national numbers: that is where dates, versions and IPs
 * live. A label of another kind of number right before one (Konto, Account no.,
 * Bestellnr.) vetoes it.
 */
const CANDIDATE = /(?<![\w.+\-/,])(?:\+|00|\(0|\(\d{3}\)|0[1-9])[\d \-/().]{5,22}\d(?![\w]|[.,]\d|-\d)/g;
const WORDS = ['tel', 'telefon', 'phone', 'mobil', 'mobile', 'handy', 'fax', 'call', 'ruf', 'anruf', 'erreichbar', 'whatsapp', 'signal', 'nummer', 'number', 'cell', 'kontakt', 'contact', 'hotline', 'durchwahl'];
const CONTEXT = new RegExp(`(?:${WORDS.join('|')})`, 'gi');

/**
 * A label of another kind of number right before a candidate: an account or order number
 * grouped in fours (`Account no. 0044 1827 3390`) reads like a UK number dialled from abroad.
 */
const OTHER_LABEL = /(?<!\p{L})(?:account|acct|konto|iban|bic|blz|order|bestell|auftrag|rechnung|invoice|artikel|article|item|sku|kunden|customer|ticket|vorgang|aktenzeichen|reference|referenz|ref|serial|serien|polic[ey]|versicherungs|vertrags?|contract|sendungs|tracking|lieferschein|beleg|buchung|kassenzeichen|steuer|mandat|postfach|box|transaction|transaktion|id)[\p{L}.-]*(?:\s*(?:no|nr|number|nummer|id|#)\.?)?\s*[:#]?\s*$/iu;

/** The phone word before a candidate, or `null` when a label of another kind of number stands right before it. */
function contextWord(text: string, start: number): string | undefined | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (OTHER_LABEL.test(before)) return null;
  let word: string | undefined;
  CONTEXT.lastIndex = 0;
  for (let m = CONTEXT.exec(before); m !== null; m = CONTEXT.exec(before)) word = m[0].toLowerCase();
  return word;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** Separators a person types between digit groups: one space, dash or slash, never doubled or mixed wildly. */
function tidy(value: string): boolean {
  if (/[ \-/.]{2,}|\(\)|\)\(|[-/]\(/.test(value.replace(/\) /g, ')'))) return false;
  const open = value.split('(').length - 1;
  return open === value.split(')').length - 1 && open <= 1;
}

/**
 * A German or British national number as people write landlines in prose and
 * signatures: an area code of 0 and two to five digits, a space (or a slash with spaces
 * around it), a subscriber number that does not start with 0, in at most four groups, and
 * maybe an extension after a hyphen: 040 4606 1234, 0431 66 70 81, 05221 988-412,
 * 0611 / 7723 118, 0361 64422-0, 07911 245 608. Not `030-1234567` or `030/1234567`
 * alone: article and order numbers are written so too.
 */
const SPACED_NATIONAL = /^0[1-9]\d{1,4}(?: | \/ )[1-9]\d{1,7}(?: \d{2,4}){0,3}(?:-\d{1,5})?$/;

export function judgePhone(value: string, word: string | undefined): number {
  // "0611 / 7723 118": the spaces around a slash are typed, the slash is one separator.
  const v = value.replace(' / ', '/');
  if (!tidy(v)) return 0;
  const digits = countDigits(v);
  const boost = word ? 0.15 : 0;
  if (v.startsWith('+') || v.startsWith('00')) {
    const national = v.startsWith('00') ? digits - 2 : digits;
    if (national < 8 || national > 15 || /^00[0 ]/.test(v) || /^\+0/.test(v)) return 0;
    if (v.includes('.') && !word) return 0;
    return 0.8 + boost;
  }
  if (v.includes('.')) return 0;
  const us = /^\(\d{3}\) ?\d{3}[ -]\d{4}$/.exec(v);
  if (us) return /^\([2-9]\d\d\) ?[2-9]/.test(v) ? (word ? 0.85 : 0.6) : 0;
  if (digits < 7 || digits > 13) return 0;
  // National German: the area code must stand apart from the subscriber number.
  const grouped = /^(?:\(0\d{2,5}\) ?|0\d{2,5}[ \-/])\d/.test(v);
  if (!grouped) return 0;
  const mobile = /^\(?01[5-7]\d/.test(v);
  if (mobile) return 0.7 + boost;
  if (v.startsWith('(')) return 0.6 + boost;
  if (word) return 0.75;
  return digits >= 9 && digits <= 12 && SPACED_NATIONAL.test(value) ? 0.7 : 0;
}

function* findPhones(text: string, start: number, end: number): Generator<Candidate> {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(slice)) !== null) {
    const at = start + m.index;
    let value = m[0];
    // A trailing ")" or separator is not part of the number.
    value = value.replace(/[ \-/(]+$/, '');
    // After a digit group and one separator, the candidate is the tail of a longer number
    // (a card or account number with a failed check, an ID), not a number of its own.
    if (value[0] !== '+' && at >= 2 && /\d[ \-/]/.test(text.slice(at - 2, at))) continue;
    const word = contextWord(text, at);
    if (word === null) continue;
    const confidence = judgePhone(value, word);
    if (confidence > 0) yield { start: at, end: at + value.length, confidence, note: word ? `context word "${word}"` : 'phone number format' };
  }
}

export const phoneNumber: Detector = {
  id: 'phone-number',
  type: 'PHONE_NUMBER',
  description: 'phone number',
  keywords: [],
  digitRun: true,
  find: findPhones,
  confidence: 0.7,
  maxLength: 30,
};

/** US numbers without parentheses (415-555-0132) are everywhere in code and IDs: only after a phone word. */
export const phoneNumberUs: Detector = {
  id: 'phone-number-us',
  type: 'PHONE_NUMBER',
  description: 'US phone number after a phone word',
  // "tel" and "call" only as words: "hotel", "intel", ".call(" and "callback" are everywhere.
  keywords: ['tel.', 'tel:', 'tel ', 'telefon', 'telephone', 'phone', 'call ', 'cell', 'mobile', 'fax', 'contact'],
  pattern: /(?<![\w.\-/])[2-9]\d{2}[-.][2-9]\d{2}[-.]\d{4}(?![\w]|[.\-]\d)/g,
  confidence: 0.75,
  maxLength: 55,
  context: { words: ['tel', 'phone', 'call', 'cell', 'mobile', 'fax', 'contact'], window: 40, boost: 0.1, required: true },
};

/** Column names of phone numbers in exports and result tables (`telefon`, `phone_number`, `mobile_phone`, `Tel.-Nr.`). */
const PHONE_COLUMN = columnNamed([
  'phone', 'phone number', 'phone no', 'phone nr', 'telephone', 'telephone number', 'tel', 'tel no', 'tel nr',
  'telefon', 'telefonnummer', 'telefon nr', 'mobile', 'mobile number', 'mobil', 'mobilnummer', 'mobilfunk',
  'handy', 'handynummer', 'cell', 'cellphone', 'cell number', 'fax', 'fax no', 'fax nr', 'faxnummer',
  'rufnummer', 'festnetz', 'durchwahl',
]);
const PHONE_COLUMN_HINTS = ['phone', 'tel', 'mobil', 'handy', 'cell', 'fax', 'rufnummer', 'festnetz', 'durchwahl'];
/** North American numbers, which without a phone word only a column header marks. */
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4}$/;

function* findPhoneColumns(text: string, start: number, end: number): Generator<Candidate> {
  for (const cell of columnCells(text, start, end, PHONE_COLUMN_HINTS, PHONE_COLUMN, lastHeaderAt(text, end, COLUMN_WINDOW))) {
    const value = text.slice(cell.start, cell.end);
    if (value.length > 30) continue;
    if (judgePhone(value, 'column') > 0 || NANP.test(value)) yield { start: cell.start, end: cell.end, note: `column "${cell.column}"` };
  }
}

/** Phone numbers in a table column headed `telefon`, `phone` …, where the rows carry no phone word. */
export const phoneNumberColumn: Detector = {
  id: 'phone-number-column',
  type: 'PHONE_NUMBER',
  description: 'phone number in a table column',
  keywords: PHONE_COLUMN_HINTS,
  keywordHit: (text, start, length) => isColumnNameHit(text, start, length, PHONE_COLUMN),
  find: findPhoneColumns,
  multiline: true,
  reachBefore: 1,
  confidence: 0.85,
  maxLength: COLUMN_WINDOW,
};
