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

/**
 * Card numbers that payment providers publish for testing integrations: they pass Luhn
 * and the issuer ranges, fill test code, fixtures and API docs, and charge nobody
 * (DESIGN.md §3: documented examples are not findings). Stripe, Adyen, Braintree/PayPal,
 * Checkout.com and the networks' own examples; digits only.
 */
const PUBLIC_TEST_CARDS = new Set([
  // Stripe
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210',
  '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
  '6011981111111113', '3056930009020004', '36227206271667', '3566002020360505', '6200000000000005',
  '6200000000000047', '6205500000000000004', '4000002500003155', '4000002760003184', '4000003800000446',
  // Adyen
  '4111111145551142', '4988438843884305', '4166676667666746', '4646464646464644', '5555341244441115',
  '5577000055770004', '5136333333333335', '5101180000000007', '2222400070000005', '2222410740360010',
  '370000000000002', '6011601160116611', '3569990010095841', '6243030000000001',
  // Braintree / PayPal
  '4111111111111111', '4005519200000004', '4009348888881881', '4012000033330026', '4012000077777777',
  '4012888888881881', '4217651111111119', '4500600000000061', '2223000048400011', '378734493671000',
  '30569309025904', '38520000023237', '3530111333300000', '6304000000000000', '4222222222222',
  // Checkout.com, Worldpay and the networks' documentation
  '4485040371536584', '5436031030606378', '345678901234564', '4444333322221111', '5454545454545454',
  '4917610000000000', '4484070000000000', '4035501000000008', '4360000001000005', '6759649826438453',
]);

/**
 * Test numbers beyond the list: Stripe's decline and 3-D Secure cards read
 * `4000 0000 0000 0xxx`, while eight zeros in a row turn up in about one issued number in
 * ten million.
 */
function isTestCard(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  return PUBLIC_TEST_CARDS.has(digits) || /0{8}/.test(digits.slice(1));
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
  isPlaceholder: isTestCard,
};
