import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const AWS_KEY = 'AKIAZ7VRSQ5TKPLWFMXB';

/** A throw-away project folder with the files the hook fixtures read. */
export function makeWorkspace(files: Record<string, string> = {}): { dir: string; env: Record<string, string>; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pf-hooks-'));
  const all: Record<string, string> = {
    '.env': 'DATABASE_URL=postgres://app:pw@db/app\n',
    '.env.local': 'TOKEN=abc\n',
    '.env.example': 'DATABASE_URL=\n',
    'keys/server.pem': 'not a real key, the name decides\n',
    'config/app.yml': `aws:\n  access_key_id: ${AWS_KEY}\n`,
    'notes.txt': 'nothing to see\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // The warning log's key goes to the temporary config folder, never the user's.
  const env = { HOME: join(dir, 'home'), XDG_CONFIG_HOME: join(dir, 'config-home'), PATH: '' };
  return { dir, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
