import { isLuhnValid } from '../../checksums/luhn';
import type { Detector } from '../../types';

/** Issuer identification ranges and the lengths each issues (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro). */
const ISSUERS: readonly { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] },
  { prefix: /^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] },
  { prefix: /^3[47]/, lengths: [15] },
  { prefix: /^(6011|64[4-9]|65)/, lengths: [16, 19] },
  { prefix: /^3(0[0-5]|[689])/, lengths: [14, 16, 19] },
  { prefix: /^35(2[89]|[3-8]\d)/, lengths: [16, 19] },
  { prefix: /^62/, lengths: [16, 17, 18, 19] },
  { prefix: /^(5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

function validateCard(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  // Separators must be consistent: one kind, not doubled.
  const seps = candidate.match(/[ -]/g);
  if (seps && new Set(seps).size > 1) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  const issuer = ISSUERS.find((i) => i.prefix.test(digits));
  return issuer !== undefined && issuer.lengths.includes(digits.length) && isLuhnValid(digits);
}

export const creditCard: Detector = {
  id: 'credit-card',
  type: 'CREDIT_CARD',
  description: 'payment card number',
  keywords: [],
  digitRun: true,
  pattern: /(?<![\d.,/-])[2-6]\d{3}(?:[ -]?\d){8,15}(?![\d])(?![.,]\d)/g,
  confidence: 0.9,
  maxLength: 23,
  check: 'issuer prefix and Luhn',
  validate: validateCard,
};
