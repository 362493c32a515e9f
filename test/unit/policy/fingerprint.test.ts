import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprintValue, verifyPinnedSha256 } from '../../../src/policy';
import { sha256Hex } from '../../../src/policy/sha256';

const nodeSha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

describe('fingerprints and pins', () => {
  it('computes SHA-256 like node:crypto, across block boundaries and non-ASCII text', () => {
    for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(1000), 'Grüße 😀 \r\n'.repeat(40)]) {
      assert.equal(sha256Hex(s), nodeSha(s), JSON.stringify(s.slice(0, 10)));
    }
  });

  it('prefixes fingerprints with sha256: and hashes the exact value', () => {
    assert.equal(fingerprintValue('hello'), 'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    assert.notEqual(fingerprintValue('hello'), fingerprintValue('hello\n'));
  });

  it('verifies a pinned baseline by its text or its bytes', () => {
    const text = '{ "version": 1 }\n';
    const pin = nodeSha(text);
    assert.equal(verifyPinnedSha256(text, pin), true);
    assert.equal(verifyPinnedSha256(text, `sha256:${pin.toUpperCase()}`), true);
    assert.equal(verifyPinnedSha256(text + ' ', pin), false);
    const bytes = Buffer.from('\uFEFF' + text, 'utf8');
    assert.equal(verifyPinnedSha256(new Uint8Array(bytes), nodeSha(bytes)), true);
    assert.equal(verifyPinnedSha256(text, 'not-a-hash'), false);
  });
});
