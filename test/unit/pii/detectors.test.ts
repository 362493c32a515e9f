import * as assert from 'node:assert/strict';
import { createRegistry, scanText } from '../../../src/engine';
import { piiDetectors } from '../../../src/engine/detectors/pii';
import { plausibleBirthDate } from '../../../src/engine/detectors/pii/dateOfBirth';
import { parseIpv6 } from '../../../src/engine/detectors/pii/ipAddress';
import { judgePhone } from '../../../src/engine/detectors/pii/phone';

const registry = createRegistry(piiDetectors);
const found = (text: string) => scanText(text, {}, registry).findings.map((f) => [f.type, text.slice(f.start, f.end)]);

describe('PII detectors on code-shaped text', () => {
  // Numbers that fill pasted code all day must stay quiet.
  const quiet = [
    'hash: 5d41402abc4b2a76b9719d911017c592',
    'id: 123e4567-e89b-12d3-a456-426614174000',
    '"version": "10.12.3.4"',
    'at 2024-01-15T10:30:00.000Z took 1234567 ms',
    'new Date(1700000000000)',
    'rgba(0, 128, 255, 0.5) #00ff00 0x1f2e3d4c',
    'npm i lodash@4.17.21 react@19.0.0',
    'sha512-Zm9vYmFy/YmF6cXV4==',
    'price: 1.234,56 € (inkl. 19 % MwSt.)',
    'coords = [52.5200, 13.4050]',
    'port 5432 pid 28711 uid 1001',
  ];
  for (const text of quiet) it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));

  it('reports a bare checksum-valid Steuer-ID with lower confidence than a labelled one', () => {
    const bare = scanText('x 86095742719', {}, registry).findings[0];
    const labelled = scanText('Steuer-ID 86095742719', {}, registry).findings[0];
    assert.equal(bare.type, 'DE_TAX_ID');
    assert.ok(labelled.confidence > bare.confidence);
  });
});

describe('PHONE_NUMBER shapes', () => {
  const rows: [string, string | undefined, boolean][] = [
    ['+49 30 1234567', undefined, true],
    ['0049 30 1234567', undefined, true],
    ['+44 20 7946 0958', undefined, true],
    ['0171 1234567', undefined, true],
    ['(030) 123 45 67', undefined, true],
    ['030-1234567', undefined, false], // landline without a phone word
    ['030-1234567', 'tel', true],
    ['01711234567', 'tel', false], // no grouping: an integer
    ['03.04.2023', 'tel', false],
    ['+49 30', undefined, false],
    ['+49  30 1234567', undefined, false], // doubled separator
  ];
  for (const [value, word, ok] of rows) {
    it(`${value}${word ? ` after "${word}"` : ''} → ${ok}`, () => assert.equal(judgePhone(value, word) >= 0.5, ok));
  }

  it('raises confidence with a context word', () => {
    assert.ok(judgePhone('0171 1234567', 'mobil') > judgePhone('0171 1234567', undefined));
  });
});

describe('IP_ADDRESS decisions', () => {
  it('reports private ranges with lower confidence than public ones', () => {
    const [pub] = scanText('from 85.214.132.117', {}, registry).findings;
    const [priv] = scanText('from 192.168.1.20', {}, registry).findings;
    assert.ok(pub.confidence > priv.confidence && priv.confidence >= 0.5);
  });

  it('skips cloud metadata endpoints and section numbers', () => {
    assert.deepEqual(found('curl http://169.254.169.254/latest/meta-data and fd00:ec2::254'), []);
    assert.deepEqual(found('see Section 13.3.3.7 of the spec'), []);
  });

  it('parses IPv6 text forms', () => {
    assert.deepEqual(parseIpv6('2001:db8::1'), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIpv6('::ffff:192.0.2.1'), [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    assert.equal(parseIpv6('1::2::3'), null);
    assert.equal(parseIpv6('12345::1'), null);
    assert.equal(parseIpv6('1:2:3:4:5:6:7'), null);
  });
});

describe('DATE_OF_BIRTH calendar check', () => {
  const rows: [string, boolean][] = [
    ['12.03.1985', true],
    ['29.02.2000', true],
    ['29.02.1999', false],
    ['1990-07-21', true],
    ['3. März 1985', true],
    ['March 3, 1985', true],
    ['12.03.85', true],
    ['31.04.1985', false],
    ['01.01.1850', false],
    ['01.01.2999', false],
  ];
  for (const [value, ok] of rows) it(`${value} → ${ok}`, () => assert.equal(plausibleBirthDate(value), ok));
});

describe('PII findings never quote the value in their explanation', () => {
  const text = 'Herr Anna Schmidt, Tel. +49 30 1234567, geb. 12.03.1985, Steuer-ID 86095742719, Musterstraße 12, 10115 Berlin, IP 85.214.132.117';
  it('finds each type once', () => {
    assert.deepEqual(
      found(text).map(([t]) => t),
      ['PERSON', 'PHONE_NUMBER', 'DATE_OF_BIRTH', 'DE_TAX_ID', 'POSTAL_ADDRESS', 'IP_ADDRESS'],
    );
  });
  it('explains without the value', () => {
    for (const f of scanText(text, {}, registry).findings) {
      const value = text.slice(f.start, f.end);
      assert.ok(!f.explanation.includes(value), f.explanation);
    }
  });
});

describe('PII detectors on hostile input', () => {
  // Bounded work per character: each of these must finish (mocha's timeout is the guard;
  // the figures are in bench/pii-throughput.ts, not asserted here).
  const MB = 1 << 20;
  const cases: Record<string, string> = {
    'a megabyte of digits': '7'.repeat(MB),
    'spaced digit groups': '12 '.repeat(MB / 3),
    'phone prefixes': '0171 '.repeat(MB / 5),
    'at signs': 'a@'.repeat(MB / 2),
    'colons': '::'.repeat(MB / 2),
    'dotted numbers': '1.1.1.1.'.repeat(MB / 8),
    'capitalised words on one line': 'Abc Def Ghi '.repeat(MB / 12),
    'salutations without names': 'Herr '.repeat(MB / 5),
    'sign-offs without names': 'Thanks,\n'.repeat(MB / 8),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`completes on ${name}`, () => {
      const result = scanText(text, {}, registry);
      assert.equal(result.complete, true);
    });
  }

  it('finds nothing in a megabyte of digits or of colons', () => {
    assert.equal(scanText('7'.repeat(MB), {}, registry).findings.length, 0);
    assert.equal(scanText('::'.repeat(MB / 2), {}, registry).findings.length, 0);
  });
});

describe('POSTAL_ADDRESS confidence', () => {
  it('is higher with postcode and city than for a street alone', () => {
    const [full] = scanText('Musterstraße 12, 10115 Berlin', {}, registry).findings;
    const [street] = scanText('Musterstraße 12', {}, registry).findings;
    assert.equal(full.type, 'POSTAL_ADDRESS');
    assert.ok(full.confidence > street.confidence);
    const [us] = scanText('123 Main St, Springfield, IL 62704', {}, registry).findings;
    const [bare] = scanText('123 Main St', {}, registry).findings;
    assert.ok(us.confidence > bare.confidence);
  });
});
