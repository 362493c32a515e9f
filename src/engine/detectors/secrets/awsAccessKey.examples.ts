import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'aws-access-key-id': {
    positive: [
      { text: 'aws_access_key_id = AKIAZ7VRSQ5TKPLWFMXB', values: ['AKIAZ7VRSQ5TKPLWFMXB'] },
      { text: '```\nexport AWS_ACCESS_KEY_ID="ASIAQNZGKR4BXHTL6WEY"\n```', values: ['ASIAQNZGKR4BXHTL6WEY'] },
    ],
    negative: [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'AKIAZ7VRSQ5TKPLWFMXBQ',
      'akiaz7vrsq5tkplwfmxb',
      'AKIAXXXXXXXXXXXXXXXX',
    ],
  },
};
