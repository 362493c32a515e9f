import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventsOf } from '../../../src/audit/chain';
import { AuditForwarder, pendingEvents, readCursor } from '../../../src/audit/forwarder';
import { createAuditEvent } from '../../../src/audit/record';
import { readLogInputs } from '../../../src/audit/readLogs';
import { AuditLogWriter, listLogFiles } from '../../../src/audit/writer';
import { OtlpReceiver } from './otlpReceiver';

const KEY = Buffer.alloc(32, 9);

async function appendMany(w: AuditLogWriter, n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await w.append(
      createAuditEvent({ text: 'x', findings: [], action: 'block', choice: 'blocked', target: { surface: 'hook.UserPromptSubmit', program: 'claude' }, policy: { source: 'p', hash: 'h' }, user: 'dev', machine: 'm', workspace: 'w', producer: 'cli', version: '0', reason: `${tag}-${i}` }, { key: KEY }),
    );
    assert.ok(r.ok);
    ids.push(r.event.eventId);
  }
  return ids;
}

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('audit forwarder (OTLP/HTTP to a real receiver on 127.0.0.1)', function () {
  this.timeout(30_000);
  let dir: string;
  let receiver: OtlpReceiver;
  let forwarders: AuditForwarder[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-fwd-'));
    receiver = new OtlpReceiver();
    await receiver.start();
    forwarders = [];
  });
  afterEach(async () => {
    await Promise.all(forwarders.map((f) => f.stop()));
    await receiver.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function forwarder(extra: Partial<ConstructorParameters<typeof AuditForwarder>[0]> = {}): AuditForwarder {
    const f = new AuditForwarder({ location: { dir: join(dir, 'log') }, cursorFile: join(dir, 'cursor.json'), url: receiver.url, batchSize: 7, timeoutMs: 300, initialBackoffMs: 20, maxBackoffMs: 150, pollMs: 50, ...extra });
    forwarders.push(f);
    return f;
  }

  it('sends every event once as OTLP JSON and moves the cursor', async () => {
    const w = new AuditLogWriter({ location: { dir: join(dir, 'log') } });
    const ids = await appendMany(w, 20, 'a');
    const f = forwarder();
    assert.equal(await f.sendPending(), 20);
    assert.deepEqual(receiver.accepted, ids);
    assert.deepEqual([...receiver.contentTypes], ['application/json']);
    assert.equal(receiver.requests, 3);
    assert.equal((await readCursor(join(dir, 'cursor.json')))?.eventId, ids[19]);
    assert.equal(await f.sendPending(), 0);
    const more = await appendMany(w, 3, 'b');
    assert.equal(await f.sendPending(), 3);
    assert.deepEqual(receiver.accepted.slice(20), more);
    const record = JSON.parse(receiver.bodies[0]).resourceLogs[0];
    assert.ok(record.resource.attributes.some((a: { key: string; value: { stringValue: string } }) => a.key === 'service.name' && a.value.stringValue === 'promptfence'));
    const attrs = new Map(record.scopeLogs[0].logRecords[0].attributes.map((a: { key: string; value: unknown }) => [a.key, a.value]));
    assert.deepEqual(attrs.get('promptfence.action'), { stringValue: 'block' });
    assert.deepEqual(attrs.get('promptfence.target.program'), { stringValue: 'claude' });
    const fullEvent = JSON.parse((attrs.get('promptfence.event') as { stringValue: string }).stringValue);
    assert.equal(fullEvent.hash, eventsOf(await readLogInputs([join(dir, 'log')]))[0].hash);
  });

  it('loses nothing through outages, 500s, 429s and a slow collector', async () => {
    const w = new AuditLogWriter({ location: { dir: join(dir, 'log') } });
    const errors: Error[] = [];
    const f = forwarder({ onError: (e) => errors.push(e) });
    const ids = await appendMany(w, 10, 'before');
    await receiver.stop(); // down: connection refused
    f.start();
    await until(() => errors.length >= 3, 5000, 'failures while down');
    ids.push(...(await appendMany(w, 10, 'while-down')));
    f.notify();
    receiver.script = ['500', '500', '429', '503', 'slow', '500'];
    await receiver.start();
    await until(() => receiver.script.length === 0, 10_000, 'the scripted failures');
    await receiver.stop(); // down again, mid-stream
    ids.push(...(await appendMany(w, 10, 'second-outage')));
    await new Promise((r) => setTimeout(r, 200));
    await receiver.start();
    ids.push(...(await appendMany(w, 5, 'after')));
    f.notify();
    await until(() => ids.every((id) => receiver.uniqueIds().has(id)), 10_000, 'every event to arrive');
    assert.equal(receiver.uniqueIds().size, ids.length);
    assert.ok(errors.length >= 5, `only ${errors.length} failures seen`);
    // At-least-once: the slow reply makes a batch arrive twice, which the event id removes.
    assert.ok(receiver.accepted.length > ids.length, 'expected a duplicate from the slow reply');
  });

  it('queues from the log itself: skips a torn line, waits at an unfinished one, survives purged files', async () => {
    const logDir = join(dir, 'log');
    const w = new AuditLogWriter({ location: { dir: logDir }, maxFileBytes: 1200 });
    const first = await appendMany(w, 3, 'a');
    const files = await listLogFiles(logDir);
    appendFileSync(files.at(-1) ?? '', '{"eventId":"torn');
    let pending = await pendingEvents({ dir: logDir }, undefined, 100);
    assert.deepEqual(pending.map((p) => p.event.eventId), first);
    const second = await appendMany(w, 2, 'b');
    pending = await pendingEvents({ dir: logDir }, pending.at(-1)?.cursor, 100);
    assert.deepEqual(pending.map((p) => p.event.eventId), second);
    // The cursor's file was purged: everything in the files after it is pending again.
    const all = await pendingEvents({ dir: logDir }, undefined, 100);
    const inFirstFile = all.filter((p) => p.cursor.file === all[0].cursor.file);
    unlinkSync(join(logDir, all[0].cursor.file));
    const after = await pendingEvents({ dir: logDir }, inFirstFile[0].cursor, 100);
    assert.deepEqual(after.map((p) => p.event.eventId), all.slice(inFirstFile.length).map((p) => p.event.eventId));
  });

  it('resumes after the forwarding process is killed (SIGKILL)', async () => {
    const w = new AuditLogWriter({ location: { dir: join(dir, 'log') } });
    const ids = await appendMany(w, 60, 'k');
    receiver.delayMs = 60; // 12 batches take over 0.7 s: the kill lands part-way
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'forwardLoop.ts'), join(dir, 'log'), join(dir, 'cursor.json'), receiver.url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.split('\n').length > 4) child.kill('SIGKILL');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await new Promise((r) => child.on('close', r));
    clearTimeout(timer);
    const before = receiver.uniqueIds().size;
    assert.ok(before > 0 && before < 60, `child sent ${before} of 60 before the kill`);
    const cursor = JSON.parse(readFileSync(join(dir, 'cursor.json'), 'utf8'));
    assert.ok(ids.indexOf(cursor.eventId) >= 0);
    await forwarder().sendPending();
    assert.deepEqual([...receiver.uniqueIds()].sort(), [...ids].sort());
  });
});
