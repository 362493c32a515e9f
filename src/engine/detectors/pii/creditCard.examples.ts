import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'credit-card': {
    positive: [
      { text: 'Karte: 4111 1111 1111 1111, gültig bis 12/28', values: ['4111 1111 1111 1111'] },
      { text: 'card=5555555555554444', values: ['5555555555554444'] },
      { text: 'Amex 3782-822463-10005 ok', values: ['3782-822463-10005'] },
    ],
    negative: [
      '4111 1111 1111 1112',
      'timestamp 1700000000000000',
      'order 9111111111111111',
      'version 4.111.1111.1111',
      '1234567812345678',
    ],
  },
};
