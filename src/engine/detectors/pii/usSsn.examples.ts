import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'us-ssn': {
    positive: [
      { text: 'SSN: 536-90-4399', values: ['536-90-4399'] },
      { text: 'Employee record 412-55-1234 updated', values: ['412-55-1234'] },
    ],
    negative: ['078-05-1120', '123-45-6789', '000-12-3456', '666-12-3456', '912-12-3456', '536-00-4399', '536-90-0000', 'date 2023-10-1234', 'part 536-90-4399-01'],
  },
  'us-ssn-in-context': {
    positive: [
      { text: 'SSN 536904399', values: ['536904399'] },
      { text: 'social security number: 536 90 4399', values: ['536 90 4399'] },
    ],
    negative: ['id 536904399', 'SSN 078051120', 'SSN 1536904399'],
  },
};
