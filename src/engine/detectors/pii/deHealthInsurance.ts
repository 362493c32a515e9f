import { isDeHealthInsuranceValid } from '../../checksums/deHealthInsurance';
import type { Detector } from '../../types';

/**
 * Krankenversichertennummer (the 10-character unchangeable part). A letter and nine
 * digits is a common shape in code (order and ticket numbers), and the check lets one
 * in ten through, so a health-insurance word must be near.
 */
const WORDS = ['versicherten', 'krankenvers', 'krankenkasse', 'kvnr', 'kv-nr', 'egk', 'gesundheitskarte', 'health insurance', 'insurance number', 'aok', 'barmer', 'techniker', 'dak', 'ikk', 'bkk', 'versichertennummer'];

export const deHealthInsurance: Detector = {
  id: 'de-health-insurance',
  type: 'DE_HEALTH_INSURANCE',
  description: 'German health insurance number',
  keywords: WORDS,
  pattern: /(?<![A-Za-z0-9])[A-Z] ?\d{9}(?![A-Za-z0-9])/g,
  confidence: 0.75,
  maxLength: 95,
  check: 'weighted check digit (1-2 alternating)',
  validate: (value) => isDeHealthInsuranceValid(value.replace(' ', '')),
  context: { words: WORDS, window: 80, boost: 0.15, required: true },
};
