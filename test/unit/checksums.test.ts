import * as assert from 'node:assert/strict';
import { isIbanMod97Valid, isValidIban } from '../../src/engine/checksums/ibanMod97';
import { isLuhnValid } from '../../src/engine/checksums/luhn';

describe('Luhn', () => {
  const table: [string, boolean][] = [
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
    ['0', true],
    ['', false],
    ['12a4', false],
  ];
  for (const [digits, ok] of table) it(`${JSON.stringify(digits)} → ${ok}`, () => assert.equal(isLuhnValid(digits), ok));
});

describe('IBAN mod 97', () => {
  const table: [string, boolean][] = [
    ['DE89370400440532013000', true],
    ['DE89370400440532013001', false],
    ['GB29NWBK60161331926819', true],
    ['FR1420041010050500013M02606', true],
    ['NO9386011117947', true],
    ['de89370400440532013000', false],
  ];
  for (const [iban, ok] of table) it(`${iban} → ${ok}`, () => assert.equal(isIbanMod97Valid(iban), ok));

  it('also requires the country length', () => {
    assert.equal(isValidIban('DE89370400440532013000'), true);
    assert.equal(isValidIban('DE8937040044053201300'), false);
    assert.equal(isValidIban('XX89370400440532013000'), false);
  });
});
