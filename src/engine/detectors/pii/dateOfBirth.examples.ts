import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'date-of-birth': {
    positive: [
      { text: 'Max Mustermann, geb. 12.03.1985 in Köln', values: ['12.03.1985'] },
      { text: 'Geburtsdatum: 1990-07-21', values: ['1990-07-21'] },
      { text: 'geboren am 3. März 1985', values: ['3. März 1985'] },
      { text: 'DOB: March 3, 1985', values: ['March 3, 1985'] },
      { text: 'She was born on 14 February 1979.', values: ['14 February 1979'] },
      { text: 'date of birth 07/04/1976', values: ['07/04/1976'] },
    ],
    negative: [
      'Rechnung vom 12.03.1985',
      'geb. 31.02.1985',
      'geboren 12.13.1985',
      'born 1850-01-01',
      'DOB: 2023-10-1',
      'geb. 1.2.3.4',
    ],
  },
};
