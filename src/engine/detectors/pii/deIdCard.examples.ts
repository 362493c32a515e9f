import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'de-id-card': {
    positive: [
      { text: 'Personalausweis-Nr. T220001293, gültig bis 2031', values: ['T220001293'] },
      { text: 'Reisepass: C01X00T478', values: ['C01X00T478'] },
      { text: 'alter Ausweis 1220001297', values: ['1220001297'] },
    ],
    negative: [
      'Personalausweis-Nr. T220001294',
      'Reisepass: C01X00T479',
      'T220001293 steht im Log',
      'Ausweis: ABCDEFGHIJ',
    ],
  },
};
