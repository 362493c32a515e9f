import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'de-social-security': {
    positive: [
      { text: 'Rentenversicherungsnummer: 15 070649 C 103', values: ['15 070649 C 103'] },
      { text: 'SV-Nummer 65170839J003 liegt vor', values: ['65170839J003'] },
      { text: 'Versicherungsnummer 12 150585 M 517; Arbeitgeber Müller GmbH', values: ['12 150585 M 517'] },
      { text: '53281176S024', values: ['53281176S024'] },
    ],
    negative: ['15070649C104', '15071349C103', '99070649C103', 'build 12345678A123', '12 150585 M 518', 'sku 1215058M5517'],
  },
};
