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
      // Landlines grouped with spaces need no phone word.
      { text: 'Bei Fragen erreichen Sie uns unter 040 4606 1234.', values: ['040 4606 1234'] },
      { text: 'Falls was ist: 0431 66 70 81.', values: ['0431 66 70 81'] },
      { text: 'Fr. Roswitha Pfeiffer (Einkauf, 05221 988-412)', values: ['05221 988-412'] },
      { text: '65189 Wiesbaden\n0611 / 7723 118 · a.ricci@mailbox.org', values: ['0611 / 7723 118'] },
      { text: 'Tel. 089 / 54 32 19-0', values: ['089 / 54 32 19-0'] },
      { text: 'Bei Fragen: 0361 64422-0', values: ['0361 64422-0'] },
      { text: 'Edinburgh EH5 3QP\n07911 245 608', values: ['07911 245 608'] },
      { text: 'Lettings Negotiator\nT: 01273 884 210', values: ['01273 884 210'] },
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
      // A label of another number vetoes what would pass as a phone number.
      'Account no. 0044 1827 3390',
      'Kontonummer: 0431 6670 81',
      'Bestellnr. 040 4606 1234',
      'Kunden-Nr.: 0361 64422-0',
      // The tail of a longer number with a failed check.
      "ungueltig = ['5162 0974 9862 6696'];",
      // Too short or not grouped like a landline; subscriber numbers never start with 0.
      'Öffnungszeiten 0800 1700',
      'ISBN 0 306 40615 2',
      'seq 0123 0456 0789',
      'Artikel 030/1234567',
    ],
  },
  'phone-number-us': {
    positive: [{ text: 'phone: 415-555-0132', values: ['415-555-0132'] }],
    negative: ['order 415-555-0132', 'phone: 415-155-0132'],
  },
  'phone-number-column': {
    positive: [
      {
        text: 'kunde_id | vorname  | telefon\n---------+----------+---------------\n   10233 | Svetlana | 0341 9928374\n   10234 | Lukas    | 030-1234567',
        values: ['0341 9928374', '030-1234567'],
      },
      { text: 'name,phone,city\nJane Roe,415-555-0132,Austin', values: ['415-555-0132'] },
      { text: 'Nachname;Vorname;Festnetz;Ort\nKrause;Jörg;0421/3378812;Bremen', values: ['0421/3378812'] },
      { text: "INSERT INTO kontakte (name, tel_nr) VALUES ('Ute', '0421-3378812');", values: ['0421-3378812'] },
    ],
    negative: [
      'name,phone\nA,12345\nB,2023-07-17\nC,n/a\nD,1.2.3.4567',
      'hotel,price\nAdlon,0341-9928374',
      'name,phone_type,number\nA,mobile,030-1234567',
      'name,phone\nA,030-1234567,extra',
      'name,phone\n\nA,030-1234567',
      'const phone = user.phone; // phone, tel\n030-1234567',
    ],
  },
};
