import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRegistry } from '../../../src/engine';
import { BUILTIN_POLICY } from '../../../src/policy/defaults';
import { looksBinary, MAX_FILE_BYTES, scanFileExposure } from '../../../src/exposure/scanFile';
import { rankExposures, renderExposureMarkdown, type FileExposure } from '../../../src/exposure/summarise';

const AWS = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');

describe('exposure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-exposure-'));

  it('reports a file with a blocked secret, counting types, and nothing for a clean file', async () => {
    writeFileSync(join(dir, 'deploy.sh'), `export AWS_ACCESS_KEY_ID=${AWS}\n# mail ops@firma.de\n`);
    writeFileSync(join(dir, 'clean.ts'), 'export const x = 1;\n');
    const hit = await scanFileExposure(join(dir, 'deploy.sh'), 'deploy.sh', BUILTIN_POLICY, defaultRegistry);
    assert.deepEqual(hit, { path: 'deploy.sh', action: 'block', counts: { SECRET_AWS_ACCESS_KEY: 1, EMAIL_ADDRESS: 1 }, incomplete: false });
    assert.equal(await scanFileExposure(join(dir, 'clean.ts'), 'clean.ts', BUILTIN_POLICY, defaultRegistry), undefined);
  });

  it('skips binary, oversized and missing files', async () => {
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(join(dir, 'big.log'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    for (const f of ['image.png', 'big.log', 'missing.txt']) assert.equal(await scanFileExposure(join(dir, f), f, BUILTIN_POLICY, defaultRegistry), 'skipped', f);
  });

  it('detects binary content by a NUL byte in the first 8 KB', () => {
    assert.equal(looksBinary(Buffer.from('plain text')), false);
    assert.equal(looksBinary(Buffer.from([65, 0, 66])), true);
  });

  it('ranks blocked files first, then by number of findings, and renders no values', () => {
    const list: FileExposure[] = [
      { path: 'a.md', action: 'warn', counts: { EMAIL_ADDRESS: 5 }, incomplete: false },
      { path: 'b.env', action: 'block', counts: { SECRET_PASSWORD: 1 }, incomplete: false },
      { path: 'c.md', action: 'warn', counts: { EMAIL_ADDRESS: 9 }, incomplete: true },
    ];
    assert.deepEqual(rankExposures(list).map((e) => e.path), ['b.env', 'c.md', 'a.md']);
    const md = renderExposureMarkdown(list, 10, 2, 'Report');
    assert.match(md, /10 files scanned, 2 skipped .* 3 with findings/);
    assert.match(md, /\| `b.env` \| block \| SECRET_PASSWORD ×1 \|/);
    assert.match(md, /warn \(incomplete\)/);
  });
});
