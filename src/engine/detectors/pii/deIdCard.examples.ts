import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'de-id-card': {
    positive: [
      { text: 'Personalausweis-Nr. T220001293, gültig bis 2031', values: ['T220001293'] },
      { text: 'Reisepass: C01X00T478', values: ['C01X00T478'] },
      { text: 'alter Ausweis 1220001297', values: ['1220001297'] },
      // OCR of the card: the number alone on the line under the document's title.
      { text: 'BUNDESREPUBLIK DEUTSCHLAND\nPERSONALAUSWEIS\nT220001293\nName: MUSTERMANN', values: ['T220001293'] },
      { text: 'IDENTITY CARD\r\n\r\n  T220001293  \r\nSurname', values: ['T220001293'] },
    ],
    negative: [
      'Personalausweis-Nr. T220001294',
      'Reisepass: C01X00T479',
      'T220001293 steht im Log',
      'Ausweis: ABCDEFGHIJ',
      // The check digit still decides; the number must stand alone under the title.
      'PERSONALAUSWEIS\nT220001294',
      'PERSONALAUSWEIS\nNr. im Log: T220001293',
      'PERSONALAUSWEIS\nName\nVorname\nT220001293',
      // Person, Personal, Personen name no document.
      'Personalnummer 1220001297',
      'Person\nT220001293',
    ],
  },
};
