import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'azure-ad-client-secret': {
    positive: [
      { text: 'AZURE_CLIENT_SECRET=Xy78Q~kR2mP9vLt3Wc6Hb1Nd8Jf4Gs0Ua7EoQiTz', values: ['Xy78Q~kR2mP9vLt3Wc6Hb1Nd8Jf4Gs0Ua7EoQiTz'] },
    ],
    negative: ['AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AZURE_CLIENT_SECRET=Xy78Q~kR2mP9vLt3', 'home dir is ~/Q~ and so on'],
  },
};
