import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { AWS_KEY, makeWorkspace } from './workspace';

/** The real process contract: a built CLI, the payload on stdin, the answer on stdout, the exit code. */
describe('promptfence hook as a process', function () {
  this.timeout(60_000);
  let outDir = '';
  let cli = '';
  const ws = makeWorkspace();

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'pf-hook-build-'));
    cli = join(outDir, 'cli.js');
    await build({ entryPoints: [join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  });
  after(() => {
    rmSync(outDir, { recursive: true, force: true });
    ws.cleanup();
  });

  const run = (input: string, args: string[] = []) => spawnSync(process.execPath, [cli, 'hook', ...args], { input, cwd: ws.dir, env: { ...process.env, ...ws.env }, encoding: 'utf8' });

  it('blocks a Claude prompt with a secret: JSON on stdout, exit 0', () => {
    const r = run(JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: ws.dir, hook_event_name: 'UserPromptSubmit', prompt: `use ${AWS_KEY}` }));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).decision, 'block');
    assert.ok(!r.stdout.includes(AWS_KEY));
  });

  it('exits 2 with a message on stderr for a payload that is not JSON', () => {
    const r = run('garbage');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not JSON/);
  });
});
