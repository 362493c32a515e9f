import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'postal-address-de': {
    positive: [
      { text: 'Lieferadresse: Musterstraße 12, 10115 Berlin', values: ['Musterstraße 12, 10115 Berlin'] },
      { text: 'Büro in der Hauptstr. 5a, bitte klingeln', values: ['Hauptstr. 5a'] },
      { text: 'Treffpunkt Am Markt 3 in Bonn', values: ['Am Markt 3'] },
      { text: 'Karl-Marx-Allee 90-92, 10243 Berlin', values: ['Karl-Marx-Allee 90-92, 10243 Berlin'] },
      { text: 'wohnt Lange Straße 7, 26122 Oldenburg (Oldb)', values: ['Lange Straße 7, 26122 Oldenburg (Oldb)'] },
    ],
    negative: ['Die Straße ist lang.', 'const ring = 5;', 'Der Markt wächst um 5 Prozent', 'Weg 2 ist kürzer', 'url.pathname.startsWith("/strasse")'],
  },
  'postal-address-en': {
    positive: [
      { text: 'Ship to 123 Main St, Springfield, IL 62704 please', values: ['123 Main St, Springfield, IL 62704'] },
      { text: 'Office: 10 Downing Street, London SW1A 2AA', values: ['10 Downing Street, London SW1A 2AA'] },
      { text: 'She lives at 42 Elm Avenue.', values: ['42 Elm Avenue'] },
    ],
    negative: ['the street was empty', 'step 3 Drive carefully', 'for 2 weeks we drove', 'return 5 Court'],
  },
};
