import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'de-tax-id': {
    positive: [
      { text: 'Steuer-ID: 86095742719', values: ['86095742719'] },
      { text: 'Ihre Identifikationsnummer 65 929 970 489 finden Sie auf dem Bescheid.', values: ['65 929 970 489'] },
      { text: 'tin=26954371827;', values: ['26954371827'] },
      { text: 'IdNr. 47 036 892 816 (Mutter), 31827495615 (Vater)', values: ['47 036 892 816', '31827495615'] },
    ],
    negative: [
      'Steuer-ID: 86095742718',
      'Steuer-ID: 12345678903',
      'id 01234567890',
      'timestamp 1700000000123',
      'amount 86095742719.50',
      'version 8609574271.9',
      'Steuer-ID 47036 892816',
      'phone +86095742719',
    ],
  },
};
