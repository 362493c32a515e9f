import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
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
    const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' };
    const src = join(__dirname, '..', '..', '..', 'src');
    await build({ ...common, entryPoints: [join(src, 'cli', 'main.ts')], outfile: cli });
    await build({ ...common, entryPoints: [join(src, 'hooks', 'cachedLauncher.ts')], outfile: join(outDir, 'hook.js') });
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

  it('gives the same answers through the code-cache launcher, with and without a cache', () => {
    const payload = JSON.stringify({ hookEventName: 'PreToolUse', cwd: ws.dir, tool_name: 'read_file', tool_input: { filePath: '.env' } });
    const env = { ...process.env, ...ws.env, XDG_CACHE_HOME: join(ws.dir, 'cache') };
    const launch = () => spawnSync(process.execPath, [join(outDir, 'hook.js')], { input: payload, cwd: ws.dir, env, encoding: 'utf8' });
    const cold = launch();
    assert.equal(cold.status, 0, cold.stderr);
    assert.equal(JSON.parse(cold.stdout).hookSpecificOutput.permissionDecision, 'deny');
    if (process.platform === 'linux') assert.equal(readdirSync(join(ws.dir, 'cache', 'promptfence')).filter((f) => f.endsWith('.v8cache')).length, 1);
    const warm = launch();
    assert.equal(warm.stdout, cold.stdout);
  });

  it('exits 2 with a message on stderr for a payload that is not JSON', () => {
    const r = run('garbage');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not JSON/);
  });
});
