import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'phone-number': {
    positive: [
      { text: 'Tel.: +49 30 1234567', values: ['+49 30 1234567'] },
      { text: 'Mobil 0171/1234567 oder 0171 1234567', values: ['0171/1234567', '0171 1234567'] },
      { text: 'Telefon (030) 123 45 67', values: ['(030) 123 45 67'] },
      { text: 'Telefon: 030-1234567', values: ['030-1234567'] },
      { text: 'London office +44 20 7946 0958.', values: ['+44 20 7946 0958'] },
      { text: 'call +1 (415) 555-0132 today', values: ['+1 (415) 555-0132'] },
      { text: 'Zentrale 0049 89 12345678', values: ['0049 89 12345678'] },
      { text: 'Support: (415) 555-0132', values: ['(415) 555-0132'] },
      { text: '+49 (0)221 98765-43', values: ['+49 (0)221 98765-43'] },
    ],
    negative: [
      'Datum 03.04.2023, Version 1.2.3',
      'IP 192.168.0.1',
      'timestamp 1700000000000',
      'const x = 01711234567;',
      'color 0x00ff00',
      'Betrag 1.234,56 EUR',
      'Artikel 030-1234567',
      'ids [0, 1, 2, 3, 4, 5]',
      'uuid 123e4567-e89b-12d3-a456-426614174000',
      'time 2023-10-05 12:30:00',
      '+5',
    ],
  },
  'phone-number-us': {
    positive: [{ text: 'phone: 415-555-0132', values: ['415-555-0132'] }],
    negative: ['order 415-555-0132', 'phone: 415-155-0132'],
  },
};
