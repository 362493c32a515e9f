import * as assert from 'node:assert/strict';
import { createRegistry, scanText } from '../../../src/engine';
import { postalAddressDe, postalAddressEn } from '../../../src/engine/detectors/pii/postalAddress';

// The detectors' windows hold one line; an address whose postcode and city stand on the
// next line is found from the street line and extended over the next. The examples'
// window check cannot express that, so these cases live here.
const alone = { de: createRegistry([postalAddressDe]), en: createRegistry([postalAddressEn]) };

function found(text: string, registry = alone.de): string[] {
  return scanText(text, {}, registry).findings.map((f) => text.slice(f.start, f.end));
}

function foundByAll(text: string): string[] {
  return scanText(text).findings.filter((f) => f.type === 'POSTAL_ADDRESS').map((f) => text.slice(f.start, f.end));
}

describe('postal addresses over two lines', () => {
  const cases: { lang: 'de' | 'en'; text: string; value: string }[] = [
    { lang: 'de', text: 'Frau Weber\nEichendorffstraße 9\n04277 Leipzig\n\nSehr geehrte', value: 'Eichendorffstraße 9\n04277 Leipzig' },
    { lang: 'de', text: 'Herrn K. Brandt\r\nHeilbronner Straße 7a\r\n70191 Stuttgart\r\n', value: 'Heilbronner Straße 7a\r\n70191 Stuttgart' },
    { lang: 'de', text: 'Am Lerchenfeld 3,\n  23564 Lübeck', value: 'Am Lerchenfeld 3,\n  23564 Lübeck' },
    { lang: 'de', text: 'Adresse:\nIm Winkel 12\n86150 Augsburg', value: 'Im Winkel 12\n86150 Augsburg' },
    // The floor and side of the flat stand between the number and the line break.
    { lang: 'de', text: 'Mieter\nLeipziger Straße 44, 2. OG links\n34125 Kassel\n', value: 'Leipziger Straße 44, 2. OG links\n34125 Kassel' },
    { lang: 'de', text: 'Lindenweg 3, EG rechts\n79098 Freiburg', value: 'Lindenweg 3, EG rechts\n79098 Freiburg' },
    { lang: 'en', text: 'JOHN Q SAMPLE\n2207 OAKDALE DR\nMEMPHIS TN 38112-4401\n', value: '2207 OAKDALE DR\nMEMPHIS TN 38112-4401' },
    { lang: 'en', text: 'Ms R. Patel\n4 Kingfisher Way\nNorthampton NN4 9BA', value: '4 Kingfisher Way\nNorthampton NN4 9BA' },
    { lang: 'en', text: 'Ship to:\n17 Orchard Rise\nKilkenny R95 A7T3', value: '17 Orchard Rise\nKilkenny R95 A7T3' },
  ];
  for (const c of cases) {
    it(`finds ${JSON.stringify(c.value)} as one span`, () => {
      assert.deepEqual(found(c.text, alone[c.lang]), [c.value]);
      assert.deepEqual(foundByAll(c.text), [c.value]);
    });
  }

  it('does not join a street to a next line that is no postcode and city', () => {
    assert.deepEqual(found('Lindenstraße 4\n2 Zimmer frei'), ['Lindenstraße 4']);
    assert.deepEqual(found('42 Elm Avenue\nIt was sunny', alone.en), ['42 Elm Avenue']);
    // A weak form ("Am Ende", a "View" with no city) stays nothing even with a next line.
    assert.deepEqual(found('Am Ende 5\nPunkte gesamt'), []);
    assert.deepEqual(found('3 Harbour View\nwas lovely', alone.en), []);
  });

  it('gives the whole address the higher confidence', () => {
    const text = 'Eichendorffstraße 9\n04277 Leipzig';
    const [f] = scanText(text, {}, alone.de).findings;
    assert.equal(f.confidence, 0.9);
  });
});

describe('postal addresses: no alarms in code', () => {
  const code = [
    'const street: string = user.address.street;\nconst place = new Place(3, "Main");',
    'for (let i = 0; i < 3; i++) { view.setRow(2, Park); }',
    'export class Street { constructor(public no = 12) {} }\nStrasse.parse("Hauptstr")',
    'if (a) return 5 Road;\nDEFAULT_ROAD = 3 ROAD',
    '"version": "2.3.4", "name": "am-i-ok", "engines": { "node": ">=18" }',
    '<View style={styles.row}>\n  <Text>{3} Green View</Text>\n</View>',
    'Table 3, 2021 Report\nFigure 4, 2019 Survey',
    '# Am Anfang 3 Schritte\nIm Test 2, 12 Fälle',
  ];
  for (const text of code) {
    it(`finds nothing in ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.deepEqual(found(text), []);
      assert.deepEqual(found(text, alone.en), []);
    });
  }
});

describe('postal addresses written over two lines', () => {
  const addresses = (text: string) => scanText(text).findings.filter((f) => f.type === 'POSTAL_ADDRESS').map((f) => text.slice(f.start, f.end));

  it('reads a street-first address with its postcode and city on the next line', () => {
    assert.deepEqual(addresses('Galleria Rossi\nVia Nassa 22\n6900 Lugano'), ['Via Nassa 22\n6900 Lugano']);
  });

  it('reads a German address in capitals with the city on the next line', () => {
    assert.deepEqual(addresses('HAUPTSTRASSE 5\n10115 BERLIN'), ['HAUPTSTRASSE 5\n10115 BERLIN']);
  });
});
