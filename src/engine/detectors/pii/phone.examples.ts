import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'phone-number': {
    positive: [
      { text: "Did you call her? Number on the account: +27 82 554 1903.", values: ["+27 82 554 1903"] },
      { text: "pay me back o, momo number 024 418 3307", values: ["024 418 3307"] },
      { text: "1240 Ala Moana Blvd, Apt 3305\nHonolulu, HI 96814\n808-951-4472\n", values: ["808-951-4472"] },
      { text: "5531 Marisol Vega 431-30-6481 908 W Alameda Ave, Denver, CO 80223 720-394-0183 approved", values: ["720-394-0183"] },
      { text: "Emergency: Loretta Washington (mother), 404-618-9130", values: ["404-618-9130"] },
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
      // Landlines in the pairs of old DIN 5008: the first group may be a single digit.
      { text: 'Hausmeister Kowalczyk – 0351 4 12 77 09', values: ['0351 4 12 77 09'] },
      { text: 'privat 0221/3 44 81 26, dienstlich 0221 / 5 60 13 72', values: ['0221/3 44 81 26', '0221 / 5 60 13 72'] },
      // US numbers with the "1" trunk prefix; toll-free ones need no phone word.
      { text: 'Questions? 1-877-350-2291 (Mon–Fri).', values: ['1-877-350-2291'] },
      { text: 'by calling our help desk at 1 (844) 902-1175.', values: ['1 (844) 902-1175'] },
      { text: 'Front desk 1-617-555-0148', values: ['1-617-555-0148'] },
      // Bare US numbers after a letter label or as a field of a contact line.
      { text: 'Suite 200, Denver, CO 80202\nT 303.861.0440 | F 303.861.0441', values: ['303.861.0440', '303.861.0441'] },
      { text: 'Dana Whitlock · M: 415-730-2291 · dana@whitlock.law', values: ['415-730-2291'] },
      { text: 'Sam Ortiz | 917-304-2281 | sam.ortiz@mailbox.org', values: ['917-304-2281'] },
      { text: 'Office (303) 861.0440', values: ['(303) 861.0440'] },
      // A "…nummer" label that names a phone keeps the number.
      { text: 'Telefonnummer: 0047 22 33 44 55', values: ['0047 22 33 44 55'] },
      { text: 'unter der angegebenen Nummer 02203 18 44 90', values: ['02203 18 44 90'] },
    ],
    negative: [
      "Telefon: 0123 456789",
      "Tel.: 01234 567890",
      "Order 12345 shipped\n808-951-4472\n",
      "Ticket (internal), 404-618-9130",
      "Denver, CO 80223 431-30-6481",
      "Seattle, XX 98101 206-555-0143",
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
      // A label of another kind of number: a compound, a hyphenated abbreviation, an English noun.
      'Mitgliedsnummer: 0049-118273',
      'Versicherten-Nr. 0171 1234567',
      'Claim number: 0031 2045 8812',
      'Case No. 0044 1827 3390',
      // Pairs: too many groups, or a bit pattern.
      'Messwerte 0511 7 26 19 40 55 66',
      "// '00110010 00001000 01110110'",
      // Bare US shapes without a label, in a Markdown table row, or part of a longer number.
      'build 303-861-0440 passed',
      '| 917-304-2281 | Sam Ortiz |',
      'x T 303.861.0440',
      'ref 1-617-555-0148-22',
      'seq 1 617 555 0148',
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
