import type { DetectorExamples } from '../../types';

// Two-line addresses (street, then postcode and city on the next line) reach past the
// keyword's line, which the window check of these examples does not allow: they are
// tested in test/unit/engine/postalAddress.test.ts.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'postal-address-de': {
    positive: [
      { text: "Geschäftsführer: Werner-von-Siemens-Straße 12, 96450 Coburg", values: ["Werner-von-Siemens-Straße 12, 96450 Coburg"] },
      { text: 'Lieferadresse: Musterstraße 12, 10115 Berlin', values: ['Musterstraße 12, 10115 Berlin'] },
      { text: 'Büro in der Hauptstr. 5a, bitte klingeln', values: ['Hauptstr. 5a'] },
      { text: 'Treffpunkt Am Markt 3 in Bonn', values: ['Am Markt 3'] },
      { text: 'Karl-Marx-Allee 90-92, 10243 Berlin', values: ['Karl-Marx-Allee 90-92, 10243 Berlin'] },
      { text: 'wohnt Lange Straße 7, 26122 Oldenburg (Oldb)', values: ['Lange Straße 7, 26122 Oldenburg (Oldb)'] },
      // Two-word street names: a word ending like an adjective before the street word.
      { text: 'Zustellung an Schweriner Straße 14, 19055 Schwerin erbeten', values: ['Schweriner Straße 14, 19055 Schwerin'] },
      { text: 'wohnhaft Friesische Straße 3 seit Mai', values: ['Friesische Straße 3'] },
      { text: 'Kanzlei: Neue Schönhauser Straße 20, 10178 Berlin', values: ['Neue Schönhauser Straße 20, 10178 Berlin'] },
      { text: 'Filiale Alte Jakobstraße 85', values: ['Alte Jakobstraße 85'] },
      // "Am"/"An der"/"Unter den": a place noun suffices, any other noun needs postcode and city.
      { text: 'Neuer Wohnsitz: Am Lindenberg 12b, 07743 Jena.', values: ['Am Lindenberg 12b, 07743 Jena'] },
      { text: 'Die Praxis liegt Am Schlossgarten 4 im Erdgeschoss', values: ['Am Schlossgarten 4'] },
      { text: 'Botschaft: Unter den Linden 40, 10117 Berlin', values: ['Unter den Linden 40, 10117 Berlin'] },
      { text: '"adresse": "Zur Alten Post 6, 83043 Bad Aibling",', values: ['Zur Alten Post 6, 83043 Bad Aibling'] },
      // Separators between street and postcode; the city ends at its name.
      { text: 'Briefkopf: An der Alster 9 · 20099 Hamburg · Tel. 040 1234', values: ['An der Alster 9 · 20099 Hamburg'] },
      { text: 'Rosenweg 8 | 53111 Bonn | Deutschland', values: ['Rosenweg 8 | 53111 Bonn'] },
      { text: 'Lieferung: Tannenstraße 5 / 01099 Dresden', values: ['Tannenstraße 5 / 01099 Dresden'] },
      { text: 'Hauptstraße 5, 1000 Euro Miete im Monat', values: ['Hauptstraße 5'] },
      { text: 'Ahornallee 31, 14050 Berlin (Eigentümerin)', values: ['Ahornallee 31, 14050 Berlin'] },
      { text: 'Standort Lessingstraße 2, 06114 Halle (Saale), Eingang B', values: ['Lessingstraße 2, 06114 Halle (Saale)'] },
      { text: 'Sitz: Zeppelinstraße 4, 88045 Friedrichshafen am Bodensee', values: ['Zeppelinstraße 4, 88045 Friedrichshafen am Bodensee'] },
      // Austrian and Swiss four-digit postcodes.
      { text: 'Niederlassung Grazer Straße 18, 8010 Graz', values: ['Grazer Straße 18, 8010 Graz'] },
      { text: 'Rechnung an Seestrasse 21, 8002 Zürich', values: ['Seestrasse 21, 8002 Zürich'] },
      // French: number, street word, name, postcode, city.
      { text: 'Adresse de facturation : 7 avenue Jean Jaurès, 75019 Paris', values: ['7 avenue Jean Jaurès, 75019 Paris'] },
      { text: 'Livraison au 12 bis, rue de la Paix, 75002 Paris.', values: ['12 bis, rue de la Paix, 75002 Paris'] },
      // Austrian house number with staircase and door.
      { text: 'Ordination: Favoritenstraße 71/1/9, 1100 Wien', values: ['Favoritenstraße 71/1/9, 1100 Wien'] },
      { text: 'Kanzlei Ungargasse 4/2/11 im 3. Bezirk', values: ['Ungargasse 4/2/11'] },
      // Capitals, as envelopes and the OCR of ID cards print them: only with postcode and city.
      { text: 'ANSCHRIFT: KOLBERGER STR. 12, 13357 BERLIN', values: ['KOLBERGER STR. 12, 13357 BERLIN'] },
      { text: 'Empfänger: HAUPTSTRASSE 7A, 69117 HEIDELBERG', values: ['HAUPTSTRASSE 7A, 69117 HEIDELBERG'] },
      // The street word first: Italian, Swiss-Italian, Spanish, Portuguese, Polish.
      { text: 'Sede: Via Giuseppe Verdi 14, 20121 Milano MI', values: ['Via Giuseppe Verdi 14, 20121 Milano MI'] },
      { text: 'Studio a Lugano, via Pretorio 7, 6900 Lugano', values: ['via Pretorio 7, 6900 Lugano'] },
      { text: 'Oficina: Calle de Alcalá 45, 28014 Madrid', values: ['Calle de Alcalá 45, 28014 Madrid'] },
      { text: 'Morada: Rua Augusta, 120, 1100-053 Lisboa', values: ['Rua Augusta, 120, 1100-053 Lisboa'] },
      { text: 'Adres: ul. Długa 23/25, 80-827 Gdańsk', values: ['ul. Długa 23/25, 80-827 Gdańsk'] },
      { text: 'Biuro: al. Jana Pawła II 27, 00-867 Warszawa', values: ['al. Jana Pawła II 27, 00-867 Warszawa'] },
    ],
    negative: [
      "Anschrift: Musterstraße 1, 12345 Musterstadt",
      'Die Straße ist lang.',
      'const ring = 5;',
      'Der Markt wächst um 5 Prozent',
      'Weg 2 ist kürzer',
      'url.pathname.startsWith("/strasse")',
      'Am Ende 5 Punkte für das Team',
      'Im Jahr 2021, 12345 Menschen kamen',
      'Zum Beispiel 3 Äpfel und 2 Birnen',
      'Am Bahnhof 5 Minuten warten',
      'Unter den Linden 40 Bäume',
      'Diese Straße 12 ist gesperrt',
      'Lange Straße 7 Minuten zu Fuß',
      'return new Strasse(5, "x");',
      'Im Kapitel 4 steht mehr',
      'Wir treffen uns am Markt 3 mal',
      'return true ? a : b; param 5',
      'wir haben 12 rue Gespräche geführt',
      'Table 3, 2021 Report',
      // Capitals: a street word alone, no postcode, or headings.
      'WEG 5, 12345 ITEMS',
      'HAUPTSTRASSE 5 IST GESPERRT',
      'SECTION 4, PARAGRAPH 2',
      // Street words first, but no postcode and city, or a count after the number.
      'sent via Email 2, then via Slack 3',
      'Smith et al. Nature 2020, 12345 Berlin',
      'Corso 3, Lezione 4',
      'Piazza Italia 2, 1234 Users',
      'ul. Długa 23/25 ist zu lang',
    ],
  },
  'postal-address-po-box': {
    positive: [
      { text: 'Send it to PO Box 1234, Springfield, IL 62701 by Friday.', values: ['PO Box 1234, Springfield, IL 62701'] },
      { text: 'P.O. Box 77\nAustin, TX 78701', values: ['P.O. Box 77\nAustin, TX 78701'] },
      { text: 'Antwort bitte an Postfach 10 12 34, 80086 München.', values: ['Postfach 10 12 34, 80086 München'] },
    ],
    negative: ['Check the box 3 on the form.', 'PO Box 1234', 'Postfach leeren', 'inbox 12, Springfield'],
  },
  'postal-address-en': {
    positive: [
      { text: 'Ship to 123 Main St, Springfield, IL 62704 please', values: ['123 Main St, Springfield, IL 62704'] },
      { text: 'Office: 10 Downing Street, London SW1A 2AA', values: ['10 Downing Street, London SW1A 2AA'] },
      { text: 'She lives at 42 Elm Avenue.', values: ['42 Elm Avenue'] },
      // Compass prefixes, numbered streets, abbreviations, capitals.
      { text: 'Mail it to 2315 S Kolb Rd, Tucson, AZ 85711.', values: ['2315 S Kolb Rd, Tucson, AZ 85711'] },
      { text: 'Clinic: 806 NW 23rd Ave, Portland, OR 97210', values: ['806 NW 23rd Ave, Portland, OR 97210'] },
      { text: 'The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500', values: ['1600 Pennsylvania Ave NW, Washington, DC 20500'] },
      { text: 'SHIP TO: 77 LAUREL AVE, AKRON OH 44302', values: ['77 LAUREL AVE, AKRON OH 44302'] },
      { text: 'meet at 5120 E Indian School Rd today', values: ['5120 E Indian School Rd'] },
      { text: 'Box office: 1585 Broadway, New York, NY 10036', values: ['1585 Broadway, New York, NY 10036'] },
      // Unit parts.
      { text: 'HQ: 275 Seventh Avenue, 12th Floor, New York, NY 10001', values: ['275 Seventh Avenue, 12th Floor, New York, NY 10001'] },
      { text: 'Studio at 88 Wharf Street, Suite 300, Savannah, GA 31401.', values: ['88 Wharf Street, Suite 300, Savannah, GA 31401'] },
      { text: 'new office: 19 Canal Street, Floor 4', values: ['19 Canal Street, Floor 4'] },
      // UK and Irish: any street word before a city with postcode or Eircode.
      { text: 'Deliver to 14 Mulberry Gardens, Norwich NR4 7TJ', values: ['14 Mulberry Gardens, Norwich NR4 7TJ'] },
      { text: 'Flat 2B, 9 St Mary\'s Road, Oxford OX4 1QD', values: ['Flat 2B, 9 St Mary\'s Road, Oxford OX4 1QD'] },
      { text: 'Unit 12, Westgate Trade Park, Leeds LS12 6BE is the depot', values: ['Unit 12, Westgate Trade Park, Leeds LS12 6BE'] },
      { text: 'Tenant at 61 Prince\'s Street, Bath BA1 1HL.', values: ['61 Prince\'s Street, Bath BA1 1HL'] },
      { text: 'Apartment 5, 23 Sandymount Green, Dublin 4, D04 X2K8', values: ['Apartment 5, 23 Sandymount Green, Dublin 4, D04 X2K8'] },
      { text: 'Ship to 6 Lighthouse View, Galway H91 E2K3, Ireland', values: ['6 Lighthouse View, Galway H91 E2K3'] },
      { text: 'Campus: 1 Infinite Loop, Cupertino, CA 95014', values: ['1 Infinite Loop, Cupertino, CA 95014'] },
      // A building named after the unit.
      { text: 'Unit 7, Kelham Works, 12 Mill Road, Sheffield S3 8EN', values: ['Unit 7, Kelham Works, 12 Mill Road, Sheffield S3 8EN'] },
      // No house number: a named house, or a street alone, anchored by the postcode or Eircode.
      { text: 'Vendor of Rose Cottage, Back Lane, Grindleford, Hope Valley S32 2HN', values: ['Rose Cottage, Back Lane, Grindleford, Hope Valley S32 2HN'] },
      { text: 'Landlord of The Old Vicarage, Church Street, Ambleside LA22 0BU', values: ['The Old Vicarage, Church Street, Ambleside LA22 0BU'] },
      { text: 'Mill House, Station Road, Kilcullen, Co Kildare R56 X2K8', values: ['Mill House, Station Road, Kilcullen, Co Kildare R56 X2K8'] },
      // Indian and Nigerian forms that end in a six-digit PIN or postal code.
      { text: 'Plot 22, Adeola Odeku Street, Victoria Island, Lagos 101241', values: ['Plot 22, Adeola Odeku Street, Victoria Island, Lagos 101241'] },
      { text: 'Works: Plot No. 7, 4th Cross, Electronic City Phase 1, Bengaluru, Karnataka 560100', values: ['Plot No. 7, 4th Cross, Electronic City Phase 1, Bengaluru, Karnataka 560100'] },
      { text: 'House No. 12, Nehru Nagar, Indore, Madhya Pradesh 452001', values: ['House No. 12, Nehru Nagar, Indore, Madhya Pradesh 452001'] },
      { text: 'Office: 14 MG Road, Pune - 411001', values: ['14 MG Road, Pune - 411001'] },
    ],
    negative: [
      'the street was empty',
      'step 3 Drive carefully',
      'for 2 weeks we drove',
      'return 5 Court',
      'const s = new Street("Main");',
      'interface Address { street: string; city: string }',
      'Table 3, 2021 Report',
      'upgrade to 4.2 Park release',
      'We had 3 Green Park tickets',
      '5 Rosebank Gardens are lovely in May',
      'ERROR 404 NOT FOUND ST',
      'import { View } from "react-native"; render(3 Main View)',
      'see 2 Hill, the next one',
      'width: 3 Rd; 12 ST',
      // No street number and no postcode; references; plots of a chart.
      'Church Lane, Hathersage is lovely in spring',
      'See Section 4, Paragraph 2, Table 3',
      'Plot 3, Figure 2, Table 1',
      'plot 2, series A, Lagos 106104',
      'The Old Rectory was built in 1840',
    ],
  },
};
