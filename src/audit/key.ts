import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The fingerprint key. A security team that sets `PROMPTFENCE_LOG_KEY` (or the setting)
 * on every machine can later answer "was this value ever pasted?" by computing its HMAC.
 * Without one, each installation makes its own random key, so fingerprints still let a
 * reviewer see that the same value came back, but nobody can test a guess against them
 * without that machine's key.
 */
export const LOG_KEY_ENV = 'PROMPTFENCE_LOG_KEY';
export const MIN_KEY_BYTES = 16;

export type KeyOrigin = 'env' | 'explicit' | 'stored' | 'generated';

/** Where a per-installation key lives: SecretStorage in the extension, a 0600 file for the CLI. */
export interface KeyStore {
  load(): Promise<string | undefined>;
  save(key: string): Promise<void>;
}

/** Accepts hex (even length) or base64/base64url; a key shorter than 16 bytes is refused. */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  let key: Buffer;
  if (/^[0-9a-fA-F]+$/.test(t) && t.length % 2 === 0) key = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  else throw new Error('log key is neither hex nor base64');
  if (key.length < MIN_KEY_BYTES) throw new Error(`log key is too short: ${key.length} bytes, at least ${MIN_KEY_BYTES} needed`);
  return key;
}

export function generateKey(): string {
  return randomBytes(32).toString('hex');
}

export interface ResolveKeyOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** From settings or a command-line option; wins over the store but not over the environment. */
  readonly explicit?: string;
  readonly store?: KeyStore;
}

/**
 * The environment wins so that an organisation can roll out one key to every machine.
 * A malformed configured key is an error rather than a silent fallback: fingerprints
 * under an unexpected key would quietly fail the security team's look-ups.
 */
export async function resolveLogKey(options: ResolveKeyOptions): Promise<{ key: Buffer; origin: KeyOrigin }> {
  const fromEnv = options.env?.[LOG_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { key: parseKey(fromEnv), origin: 'env' };
  if (options.explicit !== undefined && options.explicit.trim() !== '') return { key: parseKey(options.explicit), origin: 'explicit' };
  if (!options.store) throw new Error('no log key configured and no key store given');
  const stored = await options.store.load();
  if (stored !== undefined && stored.trim() !== '') return { key: parseKey(stored), origin: 'stored' };
  const fresh = generateKey();
  await options.store.save(fresh);
  // Another process may have saved its own key meanwhile; whichever landed is the key.
  const landed = (await options.store.load()) ?? fresh;
  return { key: parseKey(landed), origin: 'generated' };
}

/** The CLI's key file: `$XDG_CONFIG_HOME/promptfence/log-key`, `%APPDATA%\promptfence\log-key`, or the macOS equivalent. */
export function defaultKeyFile(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform, home = env.HOME ?? env.USERPROFILE ?? ''): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'promptfence', 'log-key');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'promptfence', 'log-key');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'promptfence', 'log-key');
}

/** A key file readable by its owner only; written to a temporary name first so a crash never leaves half a key. */
export function fileKeyStore(path: string): KeyStore {
  return {
    async load() {
      try {
        const text = (await readFile(path, 'utf8')).trim();
        return text === '' ? undefined : text;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
    async save(key) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // Written in full under a temporary name, then linked into place: `link` fails if a key
      // already exists (another process won the race), and a crash never leaves half a key.
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const fh = await open(tmp, 'wx', 0o600);
      try {
        await fh.writeFile(`${key}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await link(tmp, path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      } finally {
        await unlink(tmp).catch(() => undefined);
      }
    },
  };
}
