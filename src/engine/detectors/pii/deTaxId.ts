import { isDeTaxIdValid } from '../../checksums/deTaxId';
import type { Detector } from '../../types';

/**
 * Steuer-ID: eleven digits, written compact or grouped (12 345 678 901). Runs over the
 * whole input: the MOD 11,10 check together with the digit-repetition rule lets about
 * one random 11-digit number in 260 through, so context only raises confidence.
 */
export const deTaxId: Detector = {
  id: 'de-tax-id',
  type: 'DE_TAX_ID',
  description: 'German tax ID (Steuer-ID)',
  keywords: [],
  digitRun: true,
  pattern: /(?<![\w.,+\-/])[1-9]\d(?: ?\d{3}){3}(?![\w]|[.,]\d|-\d)/g,
  confidence: 0.6,
  maxLength: 14,
  check: 'ISO 7064 MOD 11,10 and digit-repetition rule',
  validate: (value) => {
    const digits = value.replace(/ /g, '');
    // Grouped forms must be the usual 2-3-3-3; "12345 678901" is something else.
    if (digits.length !== value.length && !/^\d{2} \d{3} \d{3} \d{3}$/.test(value)) return false;
    return isDeTaxIdValid(digits);
  },
  context: {
    words: ['steuer', 'idnr', 'identifikationsnummer', 'tax id', 'tin', 'st-id', 'steuerid'],
    window: 50,
    boost: 0.35,
  },
};
