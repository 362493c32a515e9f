import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { eventsOf, verifyChain } from '../../../src/audit/chain';
import { createAuditEvent, type DecisionEventBody } from '../../../src/audit/record';
import { readLogInputs } from '../../../src/audit/readLogs';
import { AuditLogWriter, fileStartTime, listLogFiles, logFileName } from '../../../src/audit/writer';

const KEY = Buffer.alloc(32, 3);
const identity = { user: 'alice', machine: 'm', producer: 'extension' as const, version: '0.1.0' };

function body(reason: string, now = new Date()): DecisionEventBody {
  return createAuditEvent(
    { text: 't', findings: [], action: 'warn', choice: 'anyway', reason, target: { surface: 'chat.panel' }, policy: { source: 'built-in', hash: 'h' }, user: 'alice', machine: 'm', workspace: 'w', producer: 'extension', version: '0.1.0' },
    { key: KEY, now: () => now },
  );
}

async function verifyDir(dir: string) {
  return verifyChain(await readLogInputs([dir]));
}

function runChild(dir: string, maxBytes: number, count: number, tag: string, killAfter?: number): Promise<{ acked: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'appendLoop.ts'), dir, String(maxBytes), String(count), tag], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buf = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      acked.push(...parts);
      if (killAfter !== undefined && acked.length >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ acked, signal, stderr });
    });
  });
}

describe('audit writer', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pf-audit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names files so that name order is time order', () => {
    const a = logFileName(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)));
    assert.equal(a, 'promptfence-audit-20260102-030405-006.jsonl');
    assert.equal(fileStartTime(a)?.toISOString(), '2026-01-02T03:04:05.006Z');
    assert.ok(logFileName(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 7))) > a);
  });

  it('appends concurrent calls one after another, all on one chain', async () => {
    const w = new AuditLogWriter({ location: { dir } });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => w.append(body(`r${i}`))));
    assert.ok(results.every((r) => r.ok));
    const v = await verifyDir(dir);
    assert.deepEqual([v.ok, v.events], [true, 40]);
    const reasons = eventsOf(await readLogInputs([dir])).map((e) => (e as DecisionEventBody).reason);
    assert.deepEqual(reasons, Array.from({ length: 40 }, (_, i) => `r${i}`));
  });

  it('continues the chain of an existing log after a restart', async () => {
    await new AuditLogWriter({ location: { dir } }).append(body('first'));
    const second = await new AuditLogWriter({ location: { dir } }).append(body('second'));
    const v = await verifyDir(dir);
    assert.deepEqual([v.ok, v.events, v.headHash], [true, 2, second.ok ? second.event.hash : '']);
  });

  it('writes one named file in file mode (the CLI --log FILE)', async () => {
    const file = join(dir, 'sub', 'my.log');
    const w = new AuditLogWriter({ location: { file } });
    await w.append(body('a'));
    await w.append(body('b'));
    assert.deepEqual(readdirSync(join(dir, 'sub')), ['my.log']);
    assert.deepEqual(verifyChain([{ file, content: readFileSync(file, 'utf8') }]).events, 2);
  });

  it('reports a partial last line, keeps it, and continues on a fresh line', async () => {
    const w = new AuditLogWriter({ location: { dir } });
    await w.append(body('one'));
    const [file] = await listLogFiles(dir);
    appendFileSync(file, '{"eventId":"cut-short","sche');
    const notices: string[] = [];
    const r = await new AuditLogWriter({ location: { dir }, onNotice: (n) => notices.push(n) }).append(body('two'));
    assert.equal(r.ok, true);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /incomplete line/);
    const v = await verifyDir(dir);
    assert.deepEqual([v.ok, v.events, v.notices.map((n) => [n.kind, n.line])], [true, 2, [['partial-line', 2]]]);
  });

  it('rotates by size and the chain continues across files', async () => {
    const w = new AuditLogWriter({ location: { dir }, maxFileBytes: 1500 });
    for (let i = 0; i < 12; i++) assert.equal((await w.append(body(`event ${i}`))).ok, true);
    const files = await listLogFiles(dir);
    assert.ok(files.length >= 3, `only ${files.length} files`);
    const v = await verifyDir(dir);
    assert.deepEqual([v.ok, v.events], [true, 12]);
    const firstOfSecond = eventsOf([{ file: files[1], content: readFileSync(files[1], 'utf8') }])[0];
    const lastOfFirst = eventsOf([{ file: files[0], content: readFileSync(files[0], 'utf8') }]).at(-1);
    assert.equal(firstOfSecond.prevHash, lastOfFirst?.hash);
    // Removing a whole middle file is caught.
    unlinkSync(files[1]);
    assert.equal((await verifyDir(dir)).break?.kind, 'deleted');
  });

  it('rotates by age', async () => {
    let now = new Date(Date.UTC(2026, 0, 1));
    const w = new AuditLogWriter({ location: { dir }, maxFileAgeMs: 24 * 3600_000, now: () => now });
    await w.append(body('d1', now));
    now = new Date(Date.UTC(2026, 0, 1, 12));
    await w.append(body('d1b', now));
    now = new Date(Date.UTC(2026, 0, 2, 1));
    await w.append(body('d2', now));
    const files = (await listLogFiles(dir)).map((f) => basename(f));
    assert.deepEqual(files, ['promptfence-audit-20260101-000000-000.jsonl', 'promptfence-audit-20260102-010000-000.jsonl']);
    assert.equal((await verifyDir(dir)).ok, true);
  });

  it('purges whole old files and the chain still verifies from the recorded anchor', async () => {
    let now = new Date(Date.UTC(2026, 0, 1));
    const w = new AuditLogWriter({ location: { dir }, maxFileAgeMs: 24 * 3600_000, retentionDays: 3, identity, now: () => now });
    for (let day = 0; day < 6; day++) {
      now = new Date(Date.UTC(2026, 0, 1 + day, 10));
      assert.equal((await w.append(body(`day ${day}`, now))).ok, true);
    }
    now = new Date(Date.UTC(2026, 0, 7, 11));
    const purged = await w.purge();
    // Files started Jan 1..6 at 10:00; cutoff Jan 4 11:00: the files of Jan 1-3 end before it.
    assert.deepEqual(purged.purgedFiles, ['promptfence-audit-20260101-100000-000.jsonl', 'promptfence-audit-20260102-100000-000.jsonl', 'promptfence-audit-20260103-100000-000.jsonl']);
    const v = await verifyDir(dir);
    assert.equal(v.ok, true, JSON.stringify(v.break));
    assert.equal(v.startHash, purged.anchor);
    const events = eventsOf(await readLogInputs([dir]));
    assert.equal(events.at(-1)?.kind, 'purge');
    // Deleting one more file by hand is not covered by the purge event.
    unlinkSync((await listLogFiles(dir))[0]);
    assert.equal((await verifyDir(dir)).break?.kind, 'deleted');
  });

  it('never rejects: a failure comes back as a result and through onError', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const errors: Error[] = [];
    const w = new AuditLogWriter({ location: { dir: join(blocker, 'logs') }, onError: (e) => errors.push(e) });
    const r = await w.append(body('x'));
    assert.equal(r.ok, false);
    assert.equal(errors.length, 1);
    // The queue keeps working after a failure.
    const ok = await new AuditLogWriter({ location: { dir } }).append(body('y'));
    assert.equal(ok.ok, true);
  });

  it('loses no acknowledged event when the writing process is killed (SIGKILL)', async () => {
    const { acked, signal } = await runChild(dir, 4096, 0, 'crash', 150);
    assert.equal(signal, 'SIGKILL');
    assert.ok(acked.length >= 150);
    const v = await verifyDir(dir);
    assert.equal(v.ok, true, JSON.stringify(v.break));
    const ids = new Set(eventsOf(await readLogInputs([dir])).map((e) => e.eventId));
    assert.deepEqual(acked.filter((id) => !ids.has(id)), []);
    assert.ok((await listLogFiles(dir)).length > 1, 'expected rotation during the run');
    // A new writer picks up after the crash (the dead process's lock is broken).
    const next = await new AuditLogWriter({ location: { dir }, lockTimeoutMs: 3000 }).append(body('after crash'));
    assert.equal(next.ok, true);
    assert.equal((await verifyDir(dir)).ok, true);
  });

  it('keeps one chain when two processes append to the same folder', async () => {
    const [a, b] = await Promise.all([runChild(dir, 8192, 60, 'p1'), runChild(dir, 8192, 60, 'p2')]);
    assert.deepEqual([a.acked.length, b.acked.length, a.stderr + b.stderr], [60, 60, '']);
    const v = await verifyDir(dir);
    assert.deepEqual([v.ok, v.events], [true, 120]);
  });
});

describe('audit writer lock', function () {
  this.timeout(10_000);

  it('breaks an empty lock left by a process killed between creating it and writing its pid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-audit-lock-'));
    try {
      const first = await new AuditLogWriter({ location: { dir } }).append(body('before'));
      assert.equal(first.ok, true);
      // The lock is released after each append; recreate it as a killed process would leave it.
      const lock = '.promptfence-audit.lock';
      writeFileSync(join(dir, lock), '');
      const old = new Date(Date.now() - 5_000);
      utimesSync(join(dir, lock), old, old);
      const next = await new AuditLogWriter({ location: { dir }, lockTimeoutMs: 3000 }).append(body('after'));
      assert.equal(next.ok, true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
