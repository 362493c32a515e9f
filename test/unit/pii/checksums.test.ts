import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { deHealthInsuranceCheckDigit, isDeHealthInsuranceValid } from '../../../src/engine/checksums/deHealthInsurance';
import { deSocialSecurityCheckDigit, isDeSocialSecurityValid } from '../../../src/engine/checksums/deSocialSecurity';
import { hasTaxIdDigitPattern, isDeTaxIdValid, mod11_10CheckDigit } from '../../../src/engine/checksums/deTaxId';
import { icaoCheckDigit, isDeIdDocumentNumberValid } from '../../../src/engine/checksums/idCard731';
import { isValidIban } from '../../../src/engine/checksums/ibanMod97';
import { isPlausibleUsSsn } from '../../../src/engine/checksums/usSsn';

function table<T>(name: string, rows: [T, boolean][], f: (v: T) => boolean): void {
  describe(name, () => {
    for (const [value, ok] of rows) it(`${JSON.stringify(value)} → ${ok}`, () => assert.equal(f(value), ok));
  });
}

// Published sample values (BZSt test IDs, the specimen ID card and passport of "Erika
// Mustermann", the DRV and GKV specification examples) and look-alikes that fail one rule each.
table<string>('Steuer-ID (ISO 7064 MOD 11,10 + digit rule)', [
  ['86095742719', true],
  ['65929970489', true],
  ['57549285017', true],
  ['86095742718', false], // wrong check digit
  ['12345678903', false], // check digit fits, but no digit repeats
  ['06095742719', false], // leading zero
  ['1109574271', false], // ten digits
  ['8609574271a', false],
], isDeTaxIdValid);

describe('Steuer-ID parts', () => {
  it('computes the MOD 11,10 check digit', () => {
    assert.equal(mod11_10CheckDigit('8609574271'), 9);
    assert.equal(mod11_10CheckDigit('6592997048'), 9);
  });
  const rows: [string, boolean][] = [
    ['8609574271', true], // 7 twice
    ['1123456789', true], // 1 twice
    ['1213456789', true],
    ['1121345678', true], // 1 three times, not in a row
    ['1112345678', false], // 1 three times in a row
    ['1122345678', false], // two digits repeat
    ['1111234567', false], // 1 four times
    ['0123456789', false], // nothing repeats
  ];
  for (const [digits, ok] of rows) it(`digit rule ${digits} → ${ok}`, () => assert.equal(hasTaxIdDigitPattern(digits), ok));
});

table<string>('Personalausweis / Reisepass (ICAO 7-3-1)', [
  ['T220001293', true], // ID card specimen
  ['C01X00T478', true], // passport specimen
  ['L01X00T471', true],
  ['1220001297', true], // pre-2010 numeric card
  ['T220001294', false],
  ['C01X00T479', false],
  ['A220001293', false], // A is not in the serial alphabet
  ['T22000129', false],
], isDeIdDocumentNumberValid);

describe('ICAO check digit', () => {
  it('weights 7, 3, 1 with letters A=10 … Z=35', () => {
    assert.equal(icaoCheckDigit('T22000129'), 3);
    assert.equal(icaoCheckDigit('C01X00T47'), 8);
    assert.equal(icaoCheckDigit('a'), -1);
  });
});

table<string>('Rentenversicherungsnummer', [
  ['15070649C103', true],
  ['65170839J003', true],
  ['15070649C104', false], // check digit
  ['15071349C103', false], // month 13
  ['99070649C103', false], // no such area
  ['1507064C9103', false], // letter in the wrong place
], isDeSocialSecurityValid);

describe('Rentenversicherungsnummer check digit', () => {
  it('replaces the letter by its position and weights 2,1,2,5,7,1,2,1,2,1,2,1', () => {
    assert.equal(deSocialSecurityCheckDigit('15070649C10'), 3);
    assert.equal(deSocialSecurityCheckDigit('65170839J00'), 3);
  });
});

table<string>('Krankenversichertennummer', [
  ['A123456780', true],
  ['A000500015', true],
  ['A123456781', false],
  ['A111111111', false], // one repeated digit
  ['1123456780', false],
  ['a123456780', false],
], isDeHealthInsuranceValid);

describe('Krankenversichertennummer check digit', () => {
  it('weights 1,2 alternating over the letter position and eight digits, with digit sums', () => {
    assert.equal(deHealthInsuranceCheckDigit('A12345678'), 0);
    assert.equal(deHealthInsuranceCheckDigit('A00050001'), 5);
  });
});

table<string>('US SSN issuance rules', [
  ['536904399', true],
  ['412551234', true],
  ['000123456', false],
  ['666123456', false],
  ['912123456', false],
  ['536004399', false],
  ['536900000', false],
  ['078051120', false], // the Woolworth wallet card
  ['219099999', false], // printed in an SSA leaflet
  ['123456789', false],
  ['111111111', false],
  ['53690439', false],
], isPlausibleUsSsn);

// The published specimen IBAN of every SEPA country (ECBS / national bank examples).
table<string>('IBAN: length and MOD 97-10 for every SEPA country', [
  ['AD1200012030200359100100', true],
  ['AT611904300234573201', true],
  ['BE68539007547034', true],
  ['BG80BNBG96611020345678', true],
  ['CH9300762011623852957', true],
  ['CY17002001280000001200527600', true],
  ['CZ6508000000192000145399', true],
  ['DE89370400440532013000', true],
  ['DK5000400440116243', true],
  ['EE382200221020145685', true],
  ['ES9121000418450200051332', true],
  ['FI2112345600000785', true],
  ['FR1420041010050500013M02606', true],
  ['GB29NWBK60161331926819', true],
  ['GI75NWBK000000007099453', true],
  ['GR1601101250000000012300695', true],
  ['HR1210010051863000160', true],
  ['HU42117730161111101800000000', true],
  ['IE29AIBK93115212345678', true],
  ['IS140159260076545510730339', true],
  ['IT60X0542811101000000123456', true],
  ['LI21088100002324013AA', true],
  ['LT121000011101001000', true],
  ['LU280019400644750000', true],
  ['LV80BANK0000435195001', true],
  ['MC5811222000010123456789030', true],
  ['MT84MALT011000012345MTLCAST001S', true],
  ['NL91ABNA0417164300', true],
  ['NO9386011117947', true],
  ['PL61109010140000071219812874', true],
  ['PT50000201231234567890154', true],
  ['RO49AAAA1B31007593840000', true],
  ['SE4550000000058398257466', true],
  ['SI56263300012039086', true],
  ['SK3112000000198742637541', true],
  ['SM86U0322509800000000270100', true],
  ['VA59001123000012345678', true],
  ['NL91ABNA0417164301', false],
  ['BE6853900754703', false], // one digit short
  ['de89370400440532013000', false], // lower case: decided not to accept
], isValidIban);

describe('IBAN: every SEPA specimen is found in text, compact and in groups of four', () => {
  // The detector runs only around runs of seven digits; each specimen must hold one.
  const specimens = ['AD1200012030200359100100', 'AT611904300234573201', 'BE68539007547034', 'BG80BNBG96611020345678', 'CH9300762011623852957',
    'CY17002001280000001200527600', 'CZ6508000000192000145399', 'DE89370400440532013000', 'DK5000400440116243', 'EE382200221020145685',
    'ES9121000418450200051332', 'FI2112345600000785', 'FR1420041010050500013M02606', 'GB29NWBK60161331926819', 'GI75NWBK000000007099453',
    'GR1601101250000000012300695', 'HR1210010051863000160', 'HU42117730161111101800000000', 'IE29AIBK93115212345678', 'IS140159260076545510730339',
    'IT60X0542811101000000123456', 'LI21088100002324013AA', 'LT121000011101001000', 'LU280019400644750000', 'LV80BANK0000435195001',
    'MC5811222000010123456789030', 'MT84MALT011000012345MTLCAST001S', 'NL91ABNA0417164300', 'NO9386011117947', 'PL61109010140000071219812874',
    'PT50000201231234567890154', 'RO49AAAA1B31007593840000', 'SE4550000000058398257466', 'SI56263300012039086', 'SK3112000000198742637541',
    'SM86U0322509800000000270100', 'VA59001123000012345678'];
  for (const iban of specimens) {
    it(iban.slice(0, 2), () => {
      for (const written of [iban, iban.replace(/(.{4})(?=.)/g, '$1 ')]) {
        const text = `Bitte an ${written} überweisen.`;
        const found = scanText(text).findings.filter((f) => f.type === 'IBAN_CODE').map((f) => text.slice(f.start, f.end));
        assert.deepEqual(found, [written]);
      }
    });
  }
});
