import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'iban-code': {
    positive: [
      { text: "Zahlung an GB29 NWBK 6016 1331 9268 19 (NatWest) bis Monatsende.", values: ["GB29 NWBK 6016 1331 9268 19"] },
      { text: 'Bitte überweisen an DE89 3704 0044 0532 0130 00 bis Freitag.', values: ['DE89 3704 0044 0532 0130 00'] },
      { text: 'iban=DE89370400440532013000;', values: ['DE89370400440532013000'] },
      { text: 'GB29 NWBK 6016 1331 9268 19 and FR1420041010050500013M02606', values: ['GB29 NWBK 6016 1331 9268 19', 'FR1420041010050500013M02606'] },
      { text: 'AT611904300234573201 1234', values: ['AT611904300234573201'] },
    ],
    negative: [
      "Bankverbindung: IBAN DE02 1203 0000 0000 2020 51 (Beispiel-IBAN, bitte eigene eintragen)",
      "For IBAN testing use DE89 3704 0044 0532 0130 00 (documented test IBAN).",
      "e.g. NL91 ABNA 0417 1643 00",
      'DE89 3704 0044 0532 0130 01',
      'DE00370400440532013000',
      'ZZ89370400440532013000',
      'SHA DE8937040044053201300099',
    ],
  },
};
