import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { isStandIn, isLiteralPassword } from '../../../src/engine/detectors/secrets/credentialValues';
import { isBenignRandom } from '../../../src/engine/detectors/secrets/generic';
import { classSource } from '../../../src/engine/detectors/secrets/shapes';
import { crc32, hasTokenChecksum, toBase62 } from '../../../src/engine/detectors/secrets/tokenChecksum';
import { secretDetectors } from '../../../src/engine/detectors/secrets';

describe('token checksum (GitHub/npm format)', () => {
  it('computes the standard CRC-32', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(crc32(''), 0);
  });

  it('encodes base62 left-padded', () => {
    assert.equal(toBase62(0, 6), '000000');
    assert.equal(toBase62(61, 2), '0z');
    assert.equal(toBase62(62, 2), '10');
  });

  it('accepts a token whose last 6 characters are its checksum and rejects one changed character', () => {
    const body = 'R8dKq2LmZx7Vb4Nw9Tc1Hy6Pf3Js0U';
    const token = `ghp_${body}${toBase62(crc32(body), 6)}`;
    assert.equal(hasTokenChecksum(token), true);
    assert.equal(hasTokenChecksum(token.replace('R8', 'R9')), false);
  });

  it('reports a checksum-valid GitHub token and drops a look-alike whose checksum fails', () => {
    const body = 'R8dKq2LmZx7Vb4Nw9Tc1Hy6Pf3Js0U';
    const good = `ghp_${body}${toBase62(crc32(body), 6)}`;
    const bad = `ghp_${body}Zq9Lm2`;
    assert.equal(hasTokenChecksum(bad), false);
    const [g] = scanText(`t=${good}`).findings;
    assert.match(g.explanation, /CRC32 token checksum passed/);
    assert.deepEqual(scanText(`t=${bad}`).findings, []);
    // Assigned to a secret-looking key, the look-alike is still a generic secret.
    const assigned = scanText(`GITHUB_TOKEN=${bad}`).findings;
    assert.deepEqual(assigned.map((f) => f.type), ['SECRET_GENERIC']);
  });
});

describe('benign random-looking values', () => {
  const table: [string, string | undefined][] = [
    ['3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b', 'UUID'],
    ['9fceb02d0ae598e95dc970b74767f19372d61af8', 'hex digest'],
    ['sha512-Q2Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0Ek==', 'integrity hash'],
    ['iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', 'embedded image or font'],
    ['v1.22.3-beta.4', 'version'],
    ['2024-11-23T10:15:30Z', 'timestamp'],
    ['1732300000000', 'timestamp'],
    ['q8Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0EkPf', undefined],
  ];
  for (const [value, kind] of table) it(`${value} → ${kind ?? 'not benign'}`, () => assert.equal(isBenignRandom(value), kind));
});

describe('password values', () => {
  it('treats references, stand-ins and code as not literal', () => {
    for (const v of ['${DB_PASSWORD}', '$PGPASS', '%DB_PASS%', 'process.env.DB', '{{ vault.db }}', '<password>', 'changeme', '********', 'your_password_here']) {
      assert.equal(isStandIn(v) || !isLiteralPassword(v, true), true, v);
    }
    assert.equal(isLiteralPassword('this.password', false), false);
    assert.equal(isLiteralPassword('getPassword()', false), false);
  });

  it('accepts typed passwords', () => {
    for (const v of ['Xk9#mQ2vLp', 'Sommer2024!', 'correct horse battery']) assert.equal(isLiteralPassword(v, true), true, v);
  });
});

describe('secret detector table', () => {
  it('has at least 150 secret detectors, each with a SECRET_ type and a keyword', () => {
    assert.ok(secretDetectors.length >= 150, String(secretDetectors.length));
    for (const d of secretDetectors) {
      assert.match(d.type, /^SECRET_[A-Z0-9_]+$/, d.id);
      assert.ok(d.keywords.length > 0, `${d.id} would run over the whole input`);
    }
  });

  it('makes a literal "-" in a character class literal and keeps ranges', () => {
    assert.equal(classSource('A-Za-z0-9_-'), 'A-Za-z0-9_\\-');
    assert.equal(classSource('a-f0-9'), 'a-f0-9');
    assert.equal(new RegExp(`^[${classSource('A-Za-z0-9_-+/=')}]+$`).test('a-b+c/=_'), true);
  });
});
