import type { Finding } from '../../../src/engine/types';
import { GENESIS_HASH, sealEvent, serialiseEvent } from '../../../src/audit/chain';
import { createAuditEvent, createPurgeEvent, type AuditChoice, type AuditEvent } from '../../../src/audit/record';
import type { Action } from '../../../src/policy/types';

/** A fixed key, clock and ids: the golden file is reproducible byte for byte. */
export const GOLDEN_KEY = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');

export const PLANTED = {
  aws: 'AKIAZ7VRSQ5TKPLWFMXB',
  email: 'max.mustermann@firma-intern.de',
  iban: 'DE89370400440532013000',
} as const;

function finding(text: string, value: string, type: string, category: Finding['category']): Finding {
  const start = text.indexOf(value);
  if (start < 0) throw new Error('fixture value missing from its text');
  return { type, category, start, end: start + value.length, confidence: 0.9, detector: type.toLowerCase(), explanation: 'fixture' };
}

interface Step {
  readonly text: string;
  readonly values: readonly (readonly [string, string, Finding['category']])[];
  readonly action: Action;
  readonly choice: AuditChoice;
  readonly reason?: string;
  readonly surface: string;
  readonly program?: string;
  readonly user: string;
}

const STEPS: readonly Step[] = [
  { text: `aws_access_key_id = ${PLANTED.aws}`, values: [[PLANTED.aws, 'SECRET_AWS_ACCESS_KEY', 'secret']], action: 'block', choice: 'blocked', surface: 'chat.panel', user: 'alice' },
  { text: `Bitte an ${PLANTED.email} schreiben, IBAN ${PLANTED.iban}`, values: [[PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact'], [PLANTED.iban, 'IBAN_CODE', 'pii.financial']], action: 'warn', choice: 'anyway', reason: `test data, see ${PLANTED.email}`, surface: 'terminal', program: 'claude', user: 'alice' },
  { text: `cc ${PLANTED.email} and ${PLANTED.email}`, values: [[PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact'], [PLANTED.email, 'EMAIL_ADDRESS', 'pii.contact']], action: 'redact', choice: 'redacted', surface: 'chat.inline', user: 'bob' },
  { text: `key ${PLANTED.aws}`, values: [[PLANTED.aws, 'SECRET_AWS_ACCESS_KEY', 'secret']], action: 'warn', choice: 'cancelled', surface: 'webview.saoudrizwan.claude-dev', user: 'bob' },
];

export function goldenEvents(): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  STEPS.forEach((s, i) => {
    const findings: Finding[] = [];
    let from = 0;
    for (const [value, type, category] of s.values) {
      const at = s.text.indexOf(value, from);
      findings.push({ ...finding(s.text.slice(at), value, type, category), start: at, end: at + value.length });
      from = at + value.length;
    }
    const body = createAuditEvent(
      {
        text: s.text,
        findings,
        action: s.action,
        choice: s.choice,
        reason: s.reason,
        target: { surface: s.surface, program: s.program },
        policy: { source: 'built-in', hash: 'b1a2c3d4' },
        user: s.user,
        machine: 'dev-box-1',
        workspace: 'shop-backend',
        producer: 'extension',
        version: '0.1.0',
      },
      { key: GOLDEN_KEY, now: () => new Date(Date.UTC(2026, 10, 20 + i, 9, 30, 0)), newId: () => `00000000-0000-4000-8000-00000000000${i + 1}` },
    );
    const sealed = sealEvent(body, prev);
    events.push(sealed);
    prev = sealed.hash;
  });
  const purge = createPurgeEvent(
    { anchor: GENESIS_HASH, purgedFiles: [], retentionDays: 90, user: 'bob', machine: 'dev-box-1', producer: 'extension', version: '0.1.0' },
    { now: () => new Date(Date.UTC(2026, 10, 25)), newId: () => '00000000-0000-4000-8000-000000000009' },
  );
  events.push(sealEvent(purge, prev));
  return events;
}

export function goldenLines(): string[] {
  return goldenEvents().map(serialiseEvent);
}
