import type { Candidate, Detector } from '../../types';
import { COLUMN_WINDOW, columnCells, columnNamed, isColumnNameHit, lastHeaderAt } from '../tableColumns';

/*
 * Phone numbers without a phone library: a candidate is a run of digits and the usual
 * separators that starts like a phone number (+, 00, "(0", a German area code, a US
 * "(415)", a US "1-" trunk prefix, a US 415-555-0132), and is then judged by its shape.
 * International numbers (+49 …, 0049 …) are reported anywhere; German national numbers
 * only when they are grouped like one (0171 1234567, 030/1234567, (030) 123 45 67) and,
 * for landlines, with a phone word, a mobile prefix or the spaced grouping people give
 * landlines in prose (040 4606 1234, 0611 / 7723 118, 0361 64422-0, 0341 2 41 88 50); US
 * numbers with the "1-" prefix or a parenthesised area code anywhere, and bare ones only
 * after a letter label ("T 312.853.0148") or as a field of a contact line (the phone word
 * case is phone-number-us). Dots are not accepted as separators in German national
 * numbers: that is where dates, versions and IPs live. A label of another kind of number
 * right before one (Konto, Account no., Bestellnr., Mitgliedsnummer) vetoes it.
 */
const BARE_US = '(?=[2-9]\\d\\d[-.][2-9]\\d\\d[-.]\\d{4}(?!\\d))';
/**
 * A bare US number opens a candidate only with its label or field separator before it
 * ("T 312.853.0148", "| 732-491-0182"): as a start of its own, every digit in the
 * digit-run windows would be one, which costs more than the rest of the pattern.
 */
const CANDIDATE = new RegExp(
  '(?<![\\w.+\\-/,])(?:\\+|00|\\(0|\\(\\d{3}\\)|0[1-9]|1(?=[-. ]\\(?[2-9]\\d\\d\\)?[-. ]?[2-9]\\d\\d[-. ]\\d{4}(?!\\d))' +
    `|(?:[TFMPCDOHW]|Ph|Tel|Mob|Cell|Fax)\\.?:?[ \\t]?${BARE_US}|[|·•][ \\t]${BARE_US})` +
    '[\\d \\-/().]{5,22}\\d(?![\\w]|[.,]\\d|-\\d)',
  'g',
);
const WORDS = ['tel', 'telefon', 'phone', 'mobil', 'mobile', 'handy', 'fax', 'call', 'ruf', 'anruf', 'erreichbar', 'whatsapp', 'signal', 'nummer', 'number', 'cell', 'kontakt', 'contact', 'hotline', 'durchwahl'];
const CONTEXT = new RegExp(`(?:${WORDS.join('|')})`, 'gi');

/**
 * A label of another kind of number right before a candidate: an account or order number
 * grouped in fours (`Account no. 0044 1827 3390`) reads like a UK number dialled from abroad.
 */
const OTHER_LABEL = /(?<!\p{L})(?:account|acct|konto|iban|bic|blz|order|bestell|auftrag|rechnung|invoice|artikel|article|item|sku|kunden|customer|ticket|vorgang|aktenzeichen|reference|referenz|ref|serial|serien|polic[ey]|versicherungs|vertrags?|contract|sendungs|tracking|lieferschein|beleg|buchung|kassenzeichen|steuer|mandat|postfach|box|transaction|transaktion|id)[\p{L}.-]*(?:\s*(?:no|nr|number|nummer|id|#)\.?)?\s*[:#]?\s*$/iu;

/**
 * "…nummer", "… number", "…-Nr.", "… No." right before a candidate, with what stands before
 * it: the compound's first part or the word before, and what parts them. Membership,
 * case, claim and booking numbers are as varied as they are common, so such a label
 * vetoes unless that part names a phone (Telefonnummer, Fax-Nr., mobile number) or says
 * whose or which number it is rather than what kind (your number, Björn's number, the
 * given number, unter der angegebenen Nummer).
 */
const NUMBER_LABEL = /(?<!\p{L})(\p{L}+(?:[-.]\p{L}+)*)(['’]s?)?([-. ]{0,2})(nummer|number|nr|no)(\.?)\s*[:#]?\s*$/iu;
/** Parts of a number label that make it a phone's: compared as substrings of the part (`momo`: mobile money, paid to a phone number). */
const PHONE_LABEL_PARTS = [...WORDS.filter((w) => w !== 'nummer' && w !== 'number'), 'fon', 'momo', 'service', 'support', 'festnetz', 'zentrale', 'notfall', 'emergency', 'sms', 'landline', 'direkt', 'direct', 'privat', 'private', 'büro', 'office', 'toll'];
/** Words before "number" that say whose or which number, not what kind. */
const OWNER_WORDS = new Set(
  'my your his her its our their the this that a new old other another main best home work business personal alternative same'.split(' '),
);
/** English participles before "number": "given", "listed", "following". */
const ADJECTIVE_END = /(?:ed|en|ing)$/;

/** The label's last letters, read before the costlier pattern runs: "nummer", "number", "nr", "no". */
function endsLikeNumberLabel(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && /[\s:#.]/.test(before[i])) i--;
  const tail = before.slice(Math.max(0, i - 5), i + 1).toLowerCase();
  return tail.endsWith('nummer') || tail.endsWith('number') || tail.endsWith('nr') || tail.endsWith('no');
}

function otherNumberLabel(before: string): boolean {
  if (!endsLikeNumberLabel(before)) return false;
  const m = NUMBER_LABEL.exec(before);
  if (m === null) return false;
  const [, first, possessive, separator, word, dot] = m;
  const kind = word.toLowerCase();
  const abbreviation = kind === 'nr' || kind === 'no';
  // "Bruno", "Casino": letters that end like an abbreviation glued to a word are no label.
  if (abbreviation && separator === '' && (kind === 'no' || dot === '')) return false;
  const part = first.toLowerCase();
  if (possessive !== undefined || PHONE_LABEL_PARTS.some((w) => part.includes(w))) return false;
  if (separator.includes(' ')) {
    // A German compound is written as one word; a word apart before "Nummer" is an article or adjective.
    if (kind === 'nummer') return false;
    if (OWNER_WORDS.has(part) || ADJECTIVE_END.test(part)) return false;
  }
  return true;
}

/** The phone word before a candidate, or `null` when a label of another kind of number stands right before it. */
function contextWord(text: string, start: number): string | undefined | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (OTHER_LABEL.test(before) || otherNumberLabel(before)) return null;
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

/**
 * The same landline in the pairs that DIN 5008 used to prescribe and that letters and
 * lists still use: the subscriber number grouped in twos from the right, so that the first
 * group may be one digit: 0341 2 41 88 50, 0341/9 18 27 33, 0511 / 7 26 19 40.
 */
const PAIRED_NATIONAL = /^0[1-9]\d{1,4}(?: | ?\/ ?)[1-9]\d?(?: \d{2}){2,4}$/;

/**
 * A North American number: an optional "1" trunk prefix, the area code bare or in
 * parentheses, then exchange and line. Area code and exchange never start with 0 or 1.
 */
const NANP_SHAPE = /^(?:1([-. ]))?(?:\([2-9]\d\d\) ?|[2-9]\d\d([-. ]))[2-9]\d\d([-. ])\d{4}$/;

function judgeNanp(v: string, word: string | undefined): number {
  const m = NANP_SHAPE.exec(v);
  if (m === null) return 0;
  const [, trunk, areaSep, lineSep] = m;
  // Typed by a person, the groups share one separator: "1-800.472 1936" is not a number.
  if (areaSep !== undefined && (areaSep !== lineSep || (trunk !== undefined && trunk !== areaSep))) return 0;
  if (areaSep === undefined && trunk !== undefined && trunk === '.') return 0;
  const boost = word ? 0.15 : 0;
  if (trunk !== undefined) {
    // Toll-free area codes (800, 833 … 888) after the trunk prefix are what businesses print.
    if (/^1[-. ]\(?8([03-8])\1/.test(v)) return 0.8 + boost;
    if (word) return 0.85;
    return areaSep === ' ' ? 0 : 0.6;
  }
  if (areaSep === undefined) return word ? 0.85 : 0.6;
  return word ? 0.75 : 0;
}

/**
 * A number whose digits all count up (`0123 456789`, `01234 567890`) is how documentation
 * and forms write a made-up one; nobody is assigned it. Sample numbers with a real area
 * code (`030 1234567`) stay findings: they cannot be told from a real one.
 */
function countsUp(value: string): boolean {
  let run = 0;
  let prev = -1;
  for (let i = 0; i < value.length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (prev >= 0 && d !== (prev + 1) % 10) return false;
    run++;
    prev = d;
  }
  return run >= 9;
}

export function judgePhone(value: string, word: string | undefined): number {
  // "0611 / 7723 118": the spaces around a slash are typed, the slash is one separator.
  const v = value.replace(' / ', '/');
  if (!tidy(v) || countsUp(v)) return 0;
  // Only zeros and ones: a bit pattern, not a number anyone dials.
  if (!/[2-9]/.test(v)) return 0;
  const digits = countDigits(v);
  const boost = word ? 0.15 : 0;
  if (v.startsWith('+') || v.startsWith('00')) {
    const national = v.startsWith('00') ? digits - 2 : digits;
    if (national < 8 || national > 15 || /^00[0 ]/.test(v) || /^\+0/.test(v)) return 0;
    if (v.includes('.') && !word) return 0;
    return 0.8 + boost;
  }
  if (v[0] !== '0' && !v.startsWith('(0')) return judgeNanp(v, word);
  if (v.includes('.')) return 0;
  if (digits < 7 || digits > 13) return 0;
  // National German: the area code must stand apart from the subscriber number.
  const grouped = /^(?:\(0\d{2,5}\) ?|0\d{2,5}[ \-/])\d/.test(v);
  if (!grouped) return 0;
  const mobile = /^\(?01[5-7]\d/.test(v);
  if (mobile) return 0.7 + boost;
  if (v.startsWith('(')) return 0.6 + boost;
  if (word) return 0.75;
  return digits >= 9 && digits <= 12 && (SPACED_NATIONAL.test(value) || PAIRED_NATIONAL.test(value)) ? 0.7 : 0;
}

/**
 * A one- or two-letter label that letterheads and signatures put before a number (T, F, M,
 * P, Ph, Mob), at the start of a line or after a separator: "T 312.853.0148 | F …".
 */
const LETTER_LABEL = /(?:[\n\r|·•,;–—(]|\s\s)[ \t]*(?:[TFMPCDOHW]|Ph|Tel|Mob|Cell|Fax)\.?:?[ \t]?$/;
const FIELD_BEFORE = /(?:^|[^|·•])[|·•][ \t]+$/;
const FIELD_AFTER = /^[ \t]*(?:[|·•]|\r|\n|$)/;
/** How far back a contact line's start is sought; a line longer than that is no letterhead. */
const LINE_REACH = 300;

/**
 * Evidence for a bare US number (415-555-0132), which without it is as often an ID: a
 * letter label, or a field of its own in a contact line ("Jane Doe | 732-491-0182 | jane@…")
 * that is not a Markdown table row.
 */
function bareUsLabel(text: string, start: number, end: number): string | undefined {
  const from = Math.max(0, start - 16);
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  if (LETTER_LABEL.test(before)) return 'letter label';
  if (!FIELD_BEFORE.test(before) || !FIELD_AFTER.test(text.slice(end, end + 4))) return undefined;
  const lowest = Math.max(0, start - LINE_REACH);
  let i = start - 1;
  while (i >= lowest && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  if (i < lowest && lowest > 0) return undefined;
  let first = i + 1;
  while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
  return text.charCodeAt(first) === 124 ? undefined : 'contact line';
}

const LABEL_PREFIX = /^[^\d+(]+/;
/** Where a North American number that opens a candidate ends, when a person's number does. */
const NANP_HEAD = /^(?:1[-. ])?(?:\([2-9]\d\d\) ?|[2-9]\d\d[-. ])[2-9]\d\d[-. ]\d{4}(?![\w]|[.\-/]\d)/;

function* findPhones(text: string, start: number, end: number): Generator<Candidate> {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(slice)) !== null) {
    let value = m[0];
    // The label or separator before a bare US number is not part of it.
    const skip = LABEL_PREFIX.exec(value)?.[0].length ?? 0;
    if (skip > 0) value = value.slice(skip);
    const at = start + m.index + skip;
    const c = value.charCodeAt(0);
    const us = c >= 49 && c <= 57;
    if (us) {
      // A US number is complete after its line digits; what follows is another number.
      const head = NANP_HEAD.exec(value);
      if (head === null) continue;
      value = head[0];
      CANDIDATE.lastIndex = m.index + skip + value.length;
    }
    // A trailing ")" or separator is not part of the number.
    value = value.replace(/[ \-/(]+$/, '');
    // After a digit group and one separator, the candidate is the tail of a longer number
    // (a card or account number with a failed check, an ID), not a number of its own.
    if (value[0] !== '+' && at >= 2 && /\d[ \-/]/.test(text.slice(at - 2, at))) continue;
    let word = contextWord(text, at);
    // No account, order or case number is written with a "+" and a country code: after
    // "account:" such a number is the account holder's phone.
    if (word === null && value[0] === '+') word = undefined;
    if (word === null) continue;
    let note = word ? `context word "${word}"` : 'phone number format';
    if (us && value[0] !== '1') {
      // Bare US numbers after a phone word are phone-number-us's; here only the labels it cannot see.
      word = bareUsLabel(text, at, at + value.length);
      if (word === undefined) continue;
      note = word;
    }
    const confidence = judgePhone(value, word);
    if (confidence > 0) yield { start: at, end: at + value.length, confidence, note };
  }
}

/**
 * A bare US number (720-394-0183) where the text makes it a person's: right after a US
 * address's state and ZIP code on the same line (a row of a customer list) or alone on
 * the line under one (an address block), or after a relation in parentheses
 * ("Loretta Washington (mother), 404-618-9130"). IDs and order numbers have neither.
 */
const US_AFTER = /(?:(?<![^\r\n])[ \t]*|\b([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?,?[ \t]+|\(([a-z][a-z -]{2,24})\)[,:]?[ \t]*)([2-9]\d\d-[2-9]\d\d-\d{4})(?![\w]|[.\-/]\d)/g;
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);
const RELATIONS = /^(?:mother|mom|mum|father|dad|wife|husband|spouse|partner|son|daughter|sister|brother|parent|guardian|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|friend|neighbou?r|fianc[eé]e?|girlfriend|boyfriend|roommate|landlord|employer|emergency contact)$/;
/** A line that ends in a US state and ZIP code ("Honolulu, HI 96814"). */
const STATE_ZIP_LINE = /\b([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?[ \t]*$/;

function usEvidence(text: string, m: RegExpExecArray, at: number, end: number): string | undefined {
  if (m[1] !== undefined) return US_STATES.has(m[1]) ? 'after a US state and ZIP code' : undefined;
  if (m[2] !== undefined) return RELATIONS.test(m[2].trim()) ? 'after a relation in parentheses' : undefined;
  // Alone on its line, under a line that ends in a state and ZIP code.
  if (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r' && !/^[ \t]+$/.test(text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1), at))) return undefined;
  if (!/^[ \t]*(?:\r|\n|$)/.test(text.slice(end, end + 8))) return undefined;
  let lineEnd = text.lastIndexOf('\n', at - 1);
  if (lineEnd <= 0) return undefined;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const previous = STATE_ZIP_LINE.exec(text.slice(Math.max(0, lineEnd - 60), lineEnd));
  return previous !== null && US_STATES.has(previous[1]) ? 'under a US state and ZIP code' : undefined;
}

function* findUsWithEvidence(text: string, start: number, end: number): Generator<Candidate> {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  US_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = US_AFTER.exec(slice)) !== null) {
    const at = start + m.index + m[0].length - m[3].length;
    const note = usEvidence(text, m, at, at + m[3].length);
    if (note !== undefined) yield { start: at, end: at + m[3].length, confidence: 0.7, note };
  }
}

function* findAllPhones(text: string, start: number, end: number): Generator<Candidate> {
  yield* findPhones(text, start, end);
  yield* findUsWithEvidence(text, start, end);
}

export const phoneNumber: Detector = {
  id: 'phone-number',
  type: 'PHONE_NUMBER',
  description: 'phone number',
  keywords: [],
  digitRun: true,
  find: findAllPhones,
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
