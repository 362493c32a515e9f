import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKeyFile, fileKeyStore, parseKey, resolveLogKey, type KeyStore } from '../../../src/audit/key';

function memoryStore(initial?: string): KeyStore & { saved: string[] } {
  let value = initial;
  const saved: string[] = [];
  return { saved, load: async () => value, save: async (k) => void (saved.push(k), (value = k)) };
}

describe('audit key', () => {
  const hex = '0f'.repeat(32);

  it('parses hex, base64 and base64url, and refuses short or malformed keys', () => {
    assert.deepEqual(parseKey(hex), Buffer.alloc(32, 0x0f));
    assert.deepEqual(parseKey(Buffer.alloc(32, 0xfb).toString('base64')), Buffer.alloc(32, 0xfb));
    assert.deepEqual(parseKey(Buffer.alloc(32, 0xfb).toString('base64url')), Buffer.alloc(32, 0xfb));
    assert.throws(() => parseKey('abcd'), /too short/);
    assert.throws(() => parseKey('not a key!'), /neither hex nor base64/);
  });

  it('prefers the environment, then the explicit key, then the store, else generates and stores one', async () => {
    const other = 'a1'.repeat(16);
    assert.deepEqual(await resolveLogKey({ env: { PROMPTFENCE_LOG_KEY: hex }, explicit: other, store: memoryStore(other) }), { key: parseKey(hex), origin: 'env' });
    assert.deepEqual(await resolveLogKey({ env: {}, explicit: other, store: memoryStore(hex) }), { key: parseKey(other), origin: 'explicit' });
    assert.deepEqual(await resolveLogKey({ env: { PROMPTFENCE_LOG_KEY: '' }, store: memoryStore(hex) }), { key: parseKey(hex), origin: 'stored' });
    const store = memoryStore();
    const made = await resolveLogKey({ env: {}, store });
    assert.equal(made.origin, 'generated');
    assert.equal(made.key.length, 32);
    assert.deepEqual(store.saved, [made.key.toString('hex')]);
    assert.deepEqual((await resolveLogKey({ env: {}, store })).key, made.key);
  });

  it('fails loudly on a malformed configured key rather than falling back', async () => {
    await assert.rejects(resolveLogKey({ env: { PROMPTFENCE_LOG_KEY: 'oops!' }, store: memoryStore(hex) }), /neither hex nor base64/);
  });

  it('keeps the CLI key in a 0600 file that a second writer does not replace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-key-'));
    try {
      const path = join(dir, 'nested', 'log-key');
      const store = fileKeyStore(path);
      assert.equal(await store.load(), undefined);
      await store.save(hex);
      await store.save('b2'.repeat(32));
      assert.equal(await store.load(), hex);
      assert.equal(readFileSync(path, 'utf8'), `${hex}\n`);
      assert.equal(statSync(path).mode & 0o777, 0o600);
      const [a, b] = await Promise.all([resolveLogKey({ env: {}, store: fileKeyStore(join(dir, 'race')) }), resolveLogKey({ env: {}, store: fileKeyStore(join(dir, 'race')) })]);
      assert.deepEqual(a.key, b.key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts the key file in the platform config folder', () => {
    assert.equal(defaultKeyFile({ HOME: '/home/u' }, 'linux'), '/home/u/.config/promptfence/log-key');
    assert.equal(defaultKeyFile({ HOME: '/home/u', XDG_CONFIG_HOME: '/cfg' }, 'linux'), '/cfg/promptfence/log-key');
    assert.equal(defaultKeyFile({ HOME: '/Users/u' }, 'darwin'), '/Users/u/Library/Application Support/promptfence/log-key');
    assert.match(defaultKeyFile({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32'), /promptfence.log-key$/);
  });
});
