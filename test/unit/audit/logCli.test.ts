import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyChain } from '../../../src/audit/chain';
import { appendDecisionToLog } from '../../../src/cli/commands/log';
import type { Finding } from '../../../src/engine/types';
import { runCli } from '../../support/runCli';
import { GOLDEN_KEY, goldenLines, PLANTED } from './goldenChain';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'audit', 'golden-chain.jsonl');

describe('promptfence log', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pf-logcli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verify: OK with the event count and head hash, exit 0', async () => {
    const r = await runCli(['log', 'verify', GOLDEN]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `OK 5 events in 1 file, head ${JSON.parse(goldenLines()[4]).hash}\n`);
  });

  it('verify: the first broken link as file:line: kind, exit 1', async () => {
    const lines = goldenLines();
    writeFileSync(join(dir, 'log.jsonl'), [lines[0], lines[1], lines[3], lines[4]].join('\n') + '\n');
    const r = await runCli(['log', 'verify', 'log.jsonl'], '', {}, dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^BROKEN log\.jsonl:3: deleted: /);
  });

  it('verify: a chain split over files given in order, and a crash trace as a notice', async () => {
    const lines = goldenLines();
    writeFileSync(join(dir, 'a.jsonl'), lines.slice(0, 3).join('\n') + '\n');
    writeFileSync(join(dir, 'b.jsonl'), lines.slice(3).join('\n') + '\n{"eventId":"x"');
    const r = await runCli(['log', 'verify', 'a.jsonl', 'b.jsonl'], '', {}, dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /^OK 5 events in 2 files/);
    assert.match(r.err, /^b\.jsonl:3: notice: partial-last-line: /);
    assert.equal((await runCli(['log', 'verify', 'b.jsonl', 'a.jsonl'], '', {}, dir)).code, 1);
  });

  it('usage and input errors exit 2', async () => {
    assert.equal((await runCli(['log'])).code, 2);
    assert.equal((await runCli(['log', 'frobnicate'])).code, 2);
    assert.equal((await runCli(['log', 'verify'])).code, 2);
    const missing = await runCli(['log', 'verify', 'nope.jsonl'], '', {}, dir);
    assert.deepEqual([missing.code, /no such file/.test(missing.err)], [2, true]);
    mkdirSync(join(dir, 'empty'));
    assert.equal((await runCli(['log', 'verify', 'empty'], '', {}, dir)).code, 2);
  });

  it('report: merges logs into HTML and CSV, flags a broken chain', async () => {
    mkdirSync(join(dir, 'alice'));
    copyFileSync(GOLDEN, join(dir, 'alice', 'promptfence-audit-20261120-000000-000.jsonl'));
    const lines = goldenLines();
    writeFileSync(join(dir, 'bob.jsonl'), [lines[0], lines[2]].join('\n') + '\n');
    const r = await runCli(['log', 'report', '--out', 'out/report.html', '--csv', 'out/report.csv', '.'], '', {}, dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: bob\.jsonl: chain broken: bob\.jsonl:2: deleted/);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    assert.match(html, /chain intact, 5 events/);
    assert.match(html, /chain BROKEN/);
    assert.ok(!/<(link|img|iframe)\b|src="http|href="http/.test(html), 'external resource in the report');
    const csv = readFileSync(join(dir, 'out', 'report.csv'), 'utf8').split('\r\n');
    // Four decisions, merged by event id (bob's copies are the same events); header and final CRLF.
    assert.equal(csv[0], 'time,user,machine,workspace,target,classes,types,action,choice,reason,policy,eventId');
    assert.equal(csv.length, 1 + 4 + 1);
    for (const v of Object.values(PLANTED)) assert.ok(!html.includes(v) && !csv.join('\n').includes(v));
  });

  it('report: HTML on standard output without --out', async () => {
    const r = await runCli(['log', 'report', GOLDEN]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^<!DOCTYPE html>/);
  });

  it('search: finds the events whose fingerprint matches a value, with the key', async () => {
    const env = { PROMPTFENCE_LOG_KEY: GOLDEN_KEY.toString('hex') };
    const hit = await runCli(['log', 'search', GOLDEN], `${PLANTED.aws}\n`, env);
    assert.equal(hit.code, 0, hit.err);
    assert.equal(hit.out.trim().split('\n').length, 2);
    assert.ok(!hit.out.includes(PLANTED.aws));
    assert.match(hit.out, /alice@dev-box-1\tchat\.panel\tSECRET_AWS_ACCESS_KEY\tblock\/blocked/);
    assert.equal((await runCli(['log', 'search', GOLDEN], 'AKIAOTHERVALUE000000', env)).code, 1);
    // The right value under another key finds nothing.
    assert.equal((await runCli(['log', 'search', GOLDEN], PLANTED.aws, { PROMPTFENCE_LOG_KEY: 'ff'.repeat(32) })).code, 1);
  });

  describe('appendDecisionToLog (for the hook command)', () => {
    const text = `key ${PLANTED.aws}`;
    const findings: Finding[] = [{ type: 'SECRET_AWS_ACCESS_KEY', category: 'secret', start: 4, end: 24, confidence: 1, detector: 'aws', explanation: 'x' }];
    const base = { text, findings, action: 'block' as const, choice: 'blocked' as const, target: { surface: 'hook.UserPromptSubmit', program: 'claude' }, policy: { source: 'built-in', hash: 'abc' }, version: '0.1.0' };

    it('writes to --log FILE, creating a 0600 per-user key when none is configured', async () => {
      const env = { XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir };
      const r1 = await appendDecisionToLog({ ...base, logFile: 'hook.jsonl', env, cwd: dir });
      const r2 = await appendDecisionToLog({ ...base, logFile: 'hook.jsonl', env, cwd: dir });
      assert.ok(r1.written && r2.written);
      const keyFile = join(dir, 'config', 'promptfence', 'log-key');
      assert.equal(statSync(keyFile).mode & 0o777, 0o600);
      const content = readFileSync(join(dir, 'hook.jsonl'), 'utf8');
      assert.equal(verifyChain([{ file: 'hook.jsonl', content }]).events, 2);
      assert.ok(!content.includes(PLANTED.aws));
      const [a, b] = content.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(a.findings[0].fingerprints[0], b.findings[0].fingerprints[0], 'the stored key is reused');
      assert.equal(a.producer, 'cli');
      assert.equal(a.workspace, dir.split(/[\\/]/).pop());
    });

    it('uses PROMPTFENCE_LOG_KEY and the policy folder when there is no --log', async () => {
      const env = { PROMPTFENCE_LOG_KEY: GOLDEN_KEY.toString('base64') };
      const r = await appendDecisionToLog({ ...base, policyLogDir: 'logs', env, cwd: dir });
      assert.ok(r.written);
      const hit = await runCli(['log', 'search', 'logs'], PLANTED.aws, { PROMPTFENCE_LOG_KEY: GOLDEN_KEY.toString('hex') }, dir);
      assert.equal(hit.code, 0, hit.err);
    });

    it('falls back to the user\'s own log folder, and takes a folder given as --log', async () => {
      const env = { PROMPTFENCE_LOG_KEY: GOLDEN_KEY.toString('base64'), HOME: join(dir, 'home') };
      const r = await appendDecisionToLog({ ...base, env, cwd: dir });
      assert.ok(r.written && r.file.startsWith(join(dir, 'home', '.local', 'state', 'promptfence', 'warning-log')), JSON.stringify(r));
      mkdirSync(join(dir, 'shared-log'), { recursive: true });
      const inFolder = await appendDecisionToLog({ ...base, logFile: 'shared-log', env, cwd: dir });
      assert.ok(inFolder.written && /shared-log[/\\]promptfence-audit-.*\.jsonl$/.test(inFolder.file), JSON.stringify(inFolder));
    });

    it('writes nothing without a location, and reports failures instead of throwing', async () => {
      assert.deepEqual(await appendDecisionToLog({ ...base, env: {}, cwd: dir }), { written: false, reason: 'no-log-configured' });
      const bad = await appendDecisionToLog({ ...base, logFile: 'x.jsonl', env: { PROMPTFENCE_LOG_KEY: 'zz' }, cwd: dir });
      assert.equal(bad.written, false);
      assert.ok(!bad.written && bad.reason === 'failed' && /neither hex nor base64|too short/.test(bad.error));
    });
  });
});
