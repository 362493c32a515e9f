import { IBAN_LENGTHS, isIbanMod97Valid } from '../../checksums/ibanMod97';
import type { Detector, ValidatorResult } from '../../types';

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

export const ibanCode: Detector = {
  id: 'iban-code',
  type: 'IBAN_CODE',
  description: 'IBAN',
  keywords: [],
  // Every IBAN holds a run of seven digits (the account number, or bank and branch codes):
  // the pattern runs around those runs instead of over the whole input.
  digitRun: true,
  pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g,
  confidence: 0.95,
  maxLength: 42,
  check: 'ISO 7064 mod-97',
  validate: validateIban,
};
