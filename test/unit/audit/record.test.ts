import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createAuditEvent, fingerprintValue, keyIdOf, MAX_REASON_LENGTH, MAX_VALUES_PER_TYPE, scrubReason, summariseFindings } from '../../../src/audit/record';
import type { Finding } from '../../../src/engine/types';
import { GOLDEN_KEY, goldenEvents, PLANTED } from './goldenChain';

function at(text: string, value: string, type: string, category: Finding['category'], from = 0): Finding {
  const start = text.indexOf(value, from);
  return { type, category, start, end: start + value.length, confidence: 1, detector: 'x', explanation: 'x' };
}

describe('audit record', () => {
  it('fingerprints with HMAC-SHA-256 under the given key', () => {
    const expected = createHmac('sha256', GOLDEN_KEY).update(PLANTED.aws).digest('hex');
    assert.equal(fingerprintValue(GOLDEN_KEY, PLANTED.aws), `hmac-sha256:${expected}`);
    assert.notEqual(fingerprintValue(Buffer.alloc(32, 1), PLANTED.aws), fingerprintValue(GOLDEN_KEY, PLANTED.aws));
    assert.match(keyIdOf(GOLDEN_KEY), /^[0-9a-f]{16}$/);
    assert.notEqual(keyIdOf(GOLDEN_KEY), keyIdOf(Buffer.alloc(32, 1)));
  });

  it('counts every finding but keeps one fingerprint and preview per distinct value', () => {
    const text = `${PLANTED.email}, ${PLANTED.email}; ${PLANTED.aws}`;
    const fs = [at(text, PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact'), at(text, PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact', 5), at(text, PLANTED.aws, 'SECRET_AWS_ACCESS_KEY', 'secret')];
    const s = summariseFindings(text, fs, GOLDEN_KEY);
    assert.deepEqual(s.map((x) => [x.type, x.category, x.count, x.fingerprints.length, x.previews]), [
      ['EMAIL_ADDRESS', 'pii.contact', 2, 1, ['max.m…@firma-intern.de']],
      ['SECRET_AWS_ACCESS_KEY', 'secret', 1, 1, ['AKIA…FMXB']],
    ]);
  });

  it(`keeps at most ${MAX_VALUES_PER_TYPE} values per type but counts all`, () => {
    const values = Array.from({ length: MAX_VALUES_PER_TYPE + 20 }, (_, i) => `user${i}@firma-intern.de`);
    const text = values.join(' ');
    const fs = values.map((v) => at(text, v, 'EMAIL_ADDRESS', 'pii.contact'));
    const [s] = summariseFindings(text, fs, GOLDEN_KEY);
    assert.equal(s.count, MAX_VALUES_PER_TYPE + 20);
    assert.equal(s.fingerprints.length, MAX_VALUES_PER_TYPE);
    assert.equal(new Set(s.fingerprints).size, MAX_VALUES_PER_TYPE);
  });

  it('masks found values that the user typed into the reason, and caps its length', () => {
    const text = `key ${PLANTED.aws}`;
    const fs = [at(text, PLANTED.aws, 'SECRET_AWS_ACCESS_KEY', 'secret')];
    assert.equal(scrubReason(`only ${PLANTED.aws} (test)`, text, fs), 'only AKIA…FMXB (test)');
    const long = scrubReason('x'.repeat(MAX_REASON_LENGTH + 50), text, fs);
    assert.equal([...long].length, MAX_REASON_LENGTH + 1);
  });

  it('builds an event without any raw value', () => {
    const text = `mail ${PLANTED.email} key ${PLANTED.aws}`;
    const e = createAuditEvent(
      {
        text,
        findings: [at(text, PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact'), at(text, PLANTED.aws, 'SECRET_AWS_ACCESS_KEY', 'secret')],
        action: 'warn',
        choice: 'anyway',
        reason: `it is ${PLANTED.aws}`,
        target: { surface: 'terminal', program: 'claude' },
        policy: { source: 'built-in', hash: 'abcd' },
        user: 'alice',
        machine: 'm',
        workspace: 'w',
        producer: 'cli',
        version: '1.2.3',
        source: 'file:///work/app/.env',
      },
      { key: GOLDEN_KEY, now: () => new Date('2026-01-02T03:04:05Z'), newId: () => 'id-1' },
    );
    const json = JSON.stringify(e);
    for (const v of Object.values(PLANTED)) assert.ok(!json.includes(v), 'raw value leaked');
    assert.equal(e.eventId, 'id-1');
    assert.equal(e.time, '2026-01-02T03:04:05.000Z');
    assert.equal(e.schemaVersion, 1);
    assert.deepEqual(e.target, { surface: 'terminal', program: 'claude' });
    assert.equal(e.reason, 'it is AKIA…FMXB');
    assert.equal(e.extensionVersion, '1.2.3');
    assert.equal(e.source, 'file:///work/app/.env');
    assert.ok(!('prevHash' in e) && !('hash' in e));
  });

  it('gives random UUIDs by default', () => {
    const a = createAuditEvent({ text: '', findings: [], action: 'warn', choice: 'cancelled', target: { surface: 's' }, policy: { source: 'p', hash: 'h' }, user: 'u', machine: 'm', workspace: 'w', producer: 'cli', version: '0' }, { key: GOLDEN_KEY });
    const b = createAuditEvent({ text: '', findings: [], action: 'warn', choice: 'cancelled', target: { surface: 's' }, policy: { source: 'p', hash: 'h' }, user: 'u', machine: 'm', workspace: 'w', producer: 'cli', version: '0' }, { key: GOLDEN_KEY });
    assert.match(a.eventId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a.eventId, b.eventId);
  });

  it('the golden events hold previews and fingerprints, not values', () => {
    const json = JSON.stringify(goldenEvents());
    for (const v of Object.values(PLANTED)) assert.ok(!json.includes(v));
    assert.ok(json.includes('max.m…@firma-intern.de'));
  });
});
