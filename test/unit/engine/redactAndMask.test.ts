import * as assert from 'node:assert/strict';
import { maskValue, redactText, scanText } from '../../../src/engine';

describe('redactText', () => {
  it('numbers placeholders per type, the same value keeping its number', () => {
    const text = 'an max.mustermann@firma.de, cc erika@firma.de und nochmal max.mustermann@firma.de';
    const redacted = redactText(text, scanText(text).findings);
    assert.equal(redacted, 'an <EMAIL_ADDRESS_1>, cc <EMAIL_ADDRESS_2> und nochmal <EMAIL_ADDRESS_1>');
  });

  it('leaves text without findings unchanged', () => {
    assert.equal(redactText('nothing here', []), 'nothing here');
  });

  it('keeps the surrounding code intact', () => {
    const text = '```sh\nexport AWS_ACCESS_KEY_ID=AKIAZ7VRSQ5TKPLWFMXB\n```';
    assert.equal(redactText(text, scanText(text).findings), '```sh\nexport AWS_ACCESS_KEY_ID=<SECRET_AWS_ACCESS_KEY_1>\n```');
  });
});

describe('maskValue', () => {
  const table: [string, string, string][] = [
    ['EMAIL_ADDRESS', 'max.mustermann@firma.de', 'max.m…@firma.de'],
    ['EMAIL_ADDRESS', 'jo@firma.de', 'j…@firma.de'],
    ['SECRET_AWS_ACCESS_KEY', 'AKIAIOSFODNN7EXAMPLE', 'AKIA…MPLE'],
    ['IBAN_CODE', 'DE89 3704 0044 0532 0130 00', 'DE89…0 00'],
    ['SECRET_PRIVATE_KEY', '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----…'],
    ['SECRET_PASSWORD', 'abc', '…'],
    ['SECRET_PASSWORD', 'hunter22', 'hu…22'],
  ];
  for (const [type, value, masked] of table) {
    it(`${type}: ${masked}`, () => assert.equal(maskValue(type, value), masked));
  }

  it('never shows more than half of a value', () => {
    for (let n = 1; n <= 40; n++) {
      const value = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD'.slice(0, n);
      const shown = maskValue('SECRET_GENERIC', value).replace('…', '').length;
      assert.ok(shown <= Math.floor(n / 2) && shown <= 8, `${n}: ${shown}`);
    }
  });
});
