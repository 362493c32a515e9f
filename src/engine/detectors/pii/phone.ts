import type { Candidate, Detector } from '../../types';

/*
 * Phone numbers without a phone library: a candidate is a run of digits and the usual
 * separators that starts like a phone number (+, 00, "(0", a German area code, a US
 * "(415)"), and is then judged by its shape. International numbers (+49 …, 0049 …) are
 * reported anywhere; German national numbers only when they are grouped like one
 * (0171 1234567, 030/1234567, (030) 123 45 67) and, for landlines, with a phone word or
 * a mobile prefix; US national numbers only with a phone word. Dots are not accepted as
 * separators in national numbers: that is where dates, versions and IPs live.
 */
const CANDIDATE = /(?<![\w.+\-/,])(?:\+|00|\(0|\(\d{3}\)|0[1-9])[\d \-/().]{5,22}\d(?![\w]|[.,]\d|-\d)/g;
const WORDS = ['tel', 'telefon', 'phone', 'mobil', 'mobile', 'handy', 'fax', 'call', 'ruf', 'anruf', 'erreichbar', 'whatsapp', 'signal', 'nummer', 'number', 'cell', 'kontakt', 'contact', 'hotline', 'durchwahl'];
const CONTEXT = new RegExp(`(?:${WORDS.join('|')})`, 'i');

function contextWord(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  return CONTEXT.exec(before)?.[0].toLowerCase();
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

export function judgePhone(value: string, word: string | undefined): number {
  if (!tidy(value)) return 0;
  const digits = countDigits(value);
  const boost = word ? 0.15 : 0;
  if (value.startsWith('+') || value.startsWith('00')) {
    const national = value.startsWith('00') ? digits - 2 : digits;
    if (national < 8 || national > 15 || /^00[0 ]/.test(value) || /^\+0/.test(value)) return 0;
    if (value.includes('.') && !word) return 0;
    return 0.8 + boost;
  }
  if (value.includes('.')) return 0;
  const us = /^\(\d{3}\) ?\d{3}[ -]\d{4}$/.exec(value);
  if (us) return /^\([2-9]\d\d\) ?[2-9]/.test(value) ? (word ? 0.85 : 0.6) : 0;
  if (digits < 7 || digits > 13) return 0;
  // National German: the area code must stand apart from the subscriber number.
  const grouped = /^(?:\(0\d{2,5}\) ?|0\d{2,5}[ \-/])\d/.test(value);
  if (!grouped) return 0;
  const mobile = /^\(?01[5-7]\d/.test(value);
  if (mobile) return 0.7 + boost;
  if (value.startsWith('(')) return 0.6 + boost;
  return word ? 0.75 : 0;
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
    const word = contextWord(text, at);
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
