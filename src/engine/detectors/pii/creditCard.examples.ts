import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'credit-card': {
    positive: [
      { text: 'Karte: 4159 6887 5640 6594, gültig bis 12/28', values: ['4159 6887 5640 6594'] },
      { text: 'card=5135815540816533', values: ['5135815540816533'] },
      { text: 'Amex 3749-557156-18362 ok', values: ['3749-557156-18362'] },
      // Close to test cards, but issued-looking: one digit off the list, only seven zeros in a row.
      { text: 'Visa 4619 3543 6862 5352', values: ['4619 3543 6862 5352'] },
      { text: 'pan 4000000012345676', values: ['4000000012345676'] },
    ],
    negative: [
      '4111 1111 1111 1112',
      'timestamp 1700000000000000',
      'order 9111111111111111',
      'version 4.111.1111.1111',
      '1234567812345678',
      // Providers' published test cards (Stripe, Visa, Mastercard, Amex, Adyen, Braintree).
      "visaSuccess: '4242 4242 4242 4242', declined: '4000 0000 0000 0002'",
      'Karte: 4111 1111 1111 1111, gültig bis 12/28',
      'card=5555555555554444',
      'Amex 3782-822463-10005 ok',
      'adyen 4111 1111 4555 1142 / 5555 3412 4444 1115',
      'braintree 4012888888881881 6011111111111117 3530111333300000',
      '3-D Secure test 4000 0000 0000 3220',
    ],
  },
};
