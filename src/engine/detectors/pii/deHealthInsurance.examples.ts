import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'de-health-insurance': {
    positive: [
      { text: 'Versichertennummer: A123456780 (TK)', values: ['A123456780'] },
      { text: 'KVNR A000500015, eGK gültig', values: ['A000500015'] },
      { text: 'Krankenversichertennummer M284753160 (AOK Bayern)', values: ['M284753160'] },
      { text: 'Versichertennr.: Z 908172637', values: ['Z 908172637'] },
    ],
    negative: ['Versichertennummer: A123456781', 'order A123456780 shipped', 'KVNR A111111111', 'Versichertennummer: M2847531600'],
  },
};
