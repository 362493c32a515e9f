import { IBAN_LENGTHS, isIbanMod97Valid } from '../../checksums/ibanMod97';
import type { Candidate, Detector, ValidatorResult } from '../../types';

/**
 * Accepts the longest prefix of the candidate that has its country's IBAN length and
 * passes MOD 97-10, so an IBAN followed by further digits is still found exactly.
 */
function validateIban(candidate: string): ValidatorResult {
  const expected = IBAN_LENGTHS[candidate.slice(0, 2)];
  if (expected === undefined) return false;
  let compact = '';
  let cut = -1;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] === ' ') continue;
    compact += candidate[i];
    if (compact.length === expected) {
      cut = i + 1;
      break;
    }
  }
  if (cut === -1 || !isIbanMod97Valid(compact)) return false;
  // A cut inside a group of four means the text goes on with alphanumerics: not this IBAN.
  if (cut < candidate.length && candidate[cut] !== ' ') return false;
  return cut === candidate.length ? true : { length: cut };
}

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/**
 * IBANs that banks, standards and tutorials print as their examples. They pass mod 97 and
 * also appear as made-up payees in invoices, so they count as placeholders only where
 * the text says they are one (`EXAMPLE_NEAR`).
 */
const DOCUMENTED_IBANS = new Set([
  'DE89370400440532013000', 'DE02120300000000202051', 'DE75512108001245126199', 'DE91100000000123456789',
  'GB29NWBK60161331926819', 'GB82WEST12345698765432', 'GB33BUKB20201555555555',
  'FR1420041010050500013M02606', 'FR7630006000011234567890189', 'NL91ABNA0417164300', 'NL02ABNA0123456789',
  'AT611904300234573201', 'CH9300762011623852957', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
  'BE68539007547034', 'PL61109010140000071219812874', 'LU280019400644750000', 'DK5000400440116243',
  'SE4550000000058398257466', 'NO9386011117947', 'FI2112345600000785', 'IE29AIBK93115212345678', 'PT50000201231234567890154',
]);
/** Words that say a value is an example: "Beispiel-IBAN", "documented test IBAN", "e.g.". */
const EXAMPLE_NEAR = /beispiel|example|sample|test|dummy|fake|fiktiv|fictitious|placeholder|platzhalter|document|dokumentation|\be\.\s?g\.|\bz\.\s?b\./i;

/** The line around `[at, end)`, up to 100 characters either side. */
function lineAround(text: string, at: number, end: number): string {
  let s = at;
  while (s > Math.max(0, at - 100) && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < Math.min(text.length, end + 100) && text[e] !== '\n') e++;
  return text.slice(s, at) + ' ' + text.slice(end, e);
}

function* findIbans(text: string, start: number, end: number): Generator<Candidate> {
  const slice = text.slice(start, end);
  IBAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN.exec(slice)) !== null) {
    const at = start + m.index;
    const compact = m[0].replace(/ /g, '');
    // The match may run on past the IBAN (`validateIban` cuts it there): compare its country's length.
    const documented = DOCUMENTED_IBANS.has(compact.slice(0, IBAN_LENGTHS[compact.slice(0, 2)] ?? 0));
    if (documented && EXAMPLE_NEAR.test(lineAround(text, at, at + m[0].length))) continue;
    yield { start: at, end: at + m[0].length };
  }
}

export const ibanCode: Detector = {
  id: 'iban-code',
  type: 'IBAN_CODE',
  description: 'IBAN',
  keywords: [],
  // Every IBAN holds a run of seven digits (the account number, or bank and branch codes):
  // the pattern runs around those runs instead of over the whole input.
  digitRun: true,
  find: findIbans,
  confidence: 0.95,
  maxLength: 42,
  check: 'ISO 7064 mod-97',
  validate: validateIban,
};
