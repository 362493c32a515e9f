import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';

const AWS = 'AKIAZ7VRSQ5TKPLWFMXB';

// Hostile or broken input must be decided in bounded time. No timing assertions here
// (they belong in bench/); each case must simply return, with the right answer.
describe('scanText on bad input', () => {
  it('scans binary data (every byte value, NULs included) and still finds a secret in it', () => {
    let bytes = '';
    for (let i = 0; i < 1 << 18; i++) bytes += String.fromCharCode((i * 7919) % 256);
    const text = `${bytes} ${AWS} ${bytes}`;
    const result = scanText(text);
    assert.equal(result.complete, true);
    const aws = result.findings.filter((f) => f.type === 'SECRET_AWS_ACCESS_KEY');
    assert.deepEqual(aws.map((f) => text.slice(f.start, f.end)), [AWS]);
  });

  it('gives offsets into the decoded string when invalid UTF-8 became U+FFFD', () => {
    const raw = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), Buffer.from(` key=${AWS}\n`)]);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(raw);
    assert.ok(text.includes('\ufffd'));
    const [f] = scanText(text).findings;
    assert.equal(text.slice(f.start, f.end), AWS);
    assert.equal(f.start, text.indexOf(AWS));
  });

  it('scans a 50 MB single line to completion, and finds a secret at its end', () => {
    const text = `${'ab'.repeat(25_000_000)} ${AWS}`;
    const result = scanText(text);
    assert.equal(result.complete, true);
    assert.deepEqual(result.findings.map((f) => f.start), [text.length - AWS.length]);
  });

  it('stops a 50 MB single line at a tiny time budget and says so', () => {
    const text = 'password=x1y2z3w4 '.repeat(3_000_000);
    const result = scanText(text, { timeBudgetMs: 5 });
    assert.equal(result.complete, false);
  });

  it('scans 1 MB of digits without reporting card, IBAN or secret look-alikes as secrets', () => {
    const result = scanText('7'.repeat(1 << 20));
    assert.equal(result.complete, true);
    assert.deepEqual(result.findings.filter((f) => f.category === 'secret'), []);
  });

  const redos: [string, string][] = [
    ['a JWT prefix followed by 1 MB of base64url', `eyJ${'a'.repeat(1 << 20)}`],
    ['a secret key name followed by 1 MB of "a="', `token: ${'a='.repeat(1 << 19)}`],
    ['an ADO server key followed by 200k empty assignments', `Server=x;${'a=b;'.repeat(200_000)}`],
    ['a database URL of 500k "a:" pairs', `postgres://${'a:'.repeat(500_000)}`],
    ['30k BEGIN lines with no END', '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(30_000)],
    ['1 MB of AAAA (a keyword hit at every position)', 'A'.repeat(1 << 20)],
    ['password assignments with 1 MB of quotes', `password="${'"'.repeat(1 << 20)}`],
    ['a U+FFFD flood', '\ufffd'.repeat(1 << 20)],
  ];
  for (const [name, text] of redos) {
    it(`returns on ReDoS-shaped input: ${name}`, () => {
      const result = scanText(text);
      assert.equal(result.complete, true);
      assert.deepEqual(result.findings.filter((f) => f.category === 'secret'), []);
    });
  }

  it('still finds a real key after a flood of BEGIN lines', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----';
    const text = `${'-----BEGIN RSA PRIVATE KEY-----\n'.repeat(1000)}${key}\n`;
    const keys = scanText(text).findings.filter((f) => f.type === 'SECRET_PRIVATE_KEY');
    assert.ok(keys.some((f) => text.slice(f.start, f.end) === key));
  });
});
