import { isPlausibleUsSsn } from '../../checksums/usSsn';
import type { Detector } from '../../types';

const WORDS = ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'taxpayer'];

/** Dashed SSNs (123-45-6789 shape) anywhere, rejected by the SSA's issuance rules. */
export const usSsn: Detector = {
  id: 'us-ssn',
  type: 'US_SSN',
  description: 'US Social Security number',
  keywords: [],
  digitRun: true,
  pattern: /(?<![\w.\-/])\d{3}-\d{2}-\d{4}(?![\w]|[.\-/]\d)/g,
  confidence: 0.6,
  maxLength: 11,
  check: 'SSA issuance rules',
  validate: (value) => isPlausibleUsSsn(value.replace(/-/g, '')),
  context: { words: WORDS, window: 40, boost: 0.3 },
};

/** Undashed or space-separated SSNs: nine digits are everywhere, so only next to an SSN word. */
export const usSsnInContext: Detector = {
  id: 'us-ssn-in-context',
  type: 'US_SSN',
  description: 'US Social Security number after an SSN label',
  keywords: WORDS,
  pattern: /(?<![\w.\-/])\d{3}[ ]?\d{2}[ ]?\d{4}(?![\w]|[.\-/]\d)/g,
  confidence: 0.85,
  maxLength: 55,
  check: 'SSA issuance rules',
  validate: (value) => isPlausibleUsSsn(value.replace(/ /g, '')),
  context: { words: WORDS, window: 40, boost: 0, required: true },
};
