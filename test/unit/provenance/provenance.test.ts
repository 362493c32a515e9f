import * as assert from 'node:assert/strict';
import { CopyLedger } from '../../../src/provenance/copyLedger';
import { applySource } from '../../../src/provenance/combine';
import { BUILTIN_SOURCE_RULES, classifySource, sourceRulesOf } from '../../../src/provenance/sourceRules';
import type { Decision } from '../../../src/policy/types';

describe('classifySource', () => {
  const table: [string, object, string | undefined][] = [
    ['.env', {}, 'block'],
    ['config/.env.production', {}, 'block'],
    ['.env.example', {}, undefined],
    ['deploy/keys/server.pem', {}, 'block'],
    ['home/.ssh/id_rsa', {}, 'block'],
    ['home/.ssh/id_rsa.pub', {}, undefined],
    ['infra/secrets/db.yaml', {}, 'block'],
    ['src/app.ts', {}, undefined],
    ['src/environment.ts', {}, undefined],
    ['dump/customers.sql', { gitIgnored: true }, 'warn'],
    ['docs/plan.md', { hasClassificationMarker: true }, 'warn'],
  ];
  for (const [path, facts, expected] of table) {
    it(`${path} ${JSON.stringify(facts)} → ${expected ?? 'nothing'}`, () => assert.equal(classifySource({ path, ...facts })?.action, expected));
  }

  it('lets a policy rule come first', () => {
    const rules = [{ path: 'customers/**', action: 'block' as const, reason: 'customer data' }];
    assert.deepEqual(classifySource({ path: 'customers/acme/export.csv' }, rules), { action: 'block', reason: 'customer data' });
  });
});

describe('CopyLedger', () => {
  const env = 'DB_HOST=db01.corp.internal\nDB_USER=app\nDB_PASSWORD=s3cr3t-Pa55w0rd!\nDB_NAME=orders';
  const source = { path: '.env', startLine: 1, endLine: 4, verdict: { action: 'block' as const, reason: '.env files hold credentials' } };

  it('matches the same text, and text edited after copying', () => {
    const ledger = new CopyLedger();
    ledger.record(env, source);
    assert.equal(ledger.match(env)?.path, '.env');
    assert.equal(ledger.match('  DB_HOST=db01.corp.internal\nDB_PASSWORD=s3cr3t-Pa55w0rd!\n# my note here')?.path, '.env');
  });

  it('does not match unrelated text, or text that shares only trivial lines', () => {
    const ledger = new CopyLedger();
    ledger.record(`${env}\n}\n---`, source);
    assert.equal(ledger.match('function main() {\n  return 1;\n}'), undefined);
    assert.equal(ledger.match('}\n---'), undefined, 'lines shorter than six characters say nothing about their origin');
    assert.equal(ledger.match('DB_USER=app')?.path, '.env', 'one meaningful line is enough when it is all that was pasted');
  });

  it('needs half of the pasted lines to come from one copy', () => {
    const ledger = new CopyLedger();
    ledger.record(env, source);
    const mostlyNew = ['DB_NAME=orders', 'first new line of text', 'second new line of text', 'third new line of text'].join('\n');
    assert.equal(ledger.match(mostlyNew), undefined);
    assert.equal(ledger.match(['DB_NAME=orders', 'DB_HOST=db01.corp.internal', 'one new line here'].join('\n'))?.path, '.env');
  });

  it('prefers the most recent copy and forgets old ones', () => {
    let now = 0;
    const ledger = new CopyLedger({ ttlMs: 1000, now: () => now });
    ledger.record('shared line of some length', { path: 'a.txt', startLine: 1, endLine: 1 });
    now = 500;
    ledger.record('shared line of some length', { path: 'b.txt', startLine: 1, endLine: 1 });
    assert.equal(ledger.match('shared line of some length')?.path, 'b.txt');
    now = 1600;
    assert.equal(ledger.match('shared line of some length'), undefined);
  });

  it('keeps no copied text, only fingerprints', () => {
    const ledger = new CopyLedger();
    ledger.record(env, source);
    const dump = JSON.stringify((ledger as unknown as { entries: unknown[] }).entries, (_k, v) => (v instanceof Set ? [...v] : v));
    assert.ok(!dump.includes('s3cr3t') && !dump.includes('db01'), dump.slice(0, 200));
  });
});

describe('applySource', () => {
  const allow: Decision = { action: 'allow', findings: [], overrideAllowed: true, reasonRequired: false, incomplete: false };
  const warn: Decision = { ...allow, action: 'warn' };

  it('takes the stricter of content and source', () => {
    const blockSource = { path: '.env', startLine: 1, endLine: 1, verdict: { action: 'block' as const, reason: 'r' } };
    assert.deepEqual([applySource(allow, blockSource).action, applySource(allow, blockSource).overrideAllowed], ['block', false]);
    const warnSource = { ...blockSource, verdict: { action: 'warn' as const, reason: 'r' } };
    assert.deepEqual([applySource(allow, warnSource).action, applySource(allow, warnSource).overrideAllowed], ['warn', true]);
  });

  it('changes nothing without a source verdict', () => {
    assert.equal(applySource(warn, undefined), warn);
    assert.equal(applySource(warn, { path: 'x', startLine: 1, endLine: 1 }), warn);
  });
});

describe('classifySource with policy rules', () => {
  it('takes the strictest matching rule, so a policy rule cannot relax a built-in one', () => {
    const rules = [
      { path: '*.csv', action: 'warn' as const, reason: 'spreadsheets' },
      { path: 'customers/**', action: 'block' as const, reason: 'customer data' },
    ];
    assert.deepEqual(classifySource({ path: 'customers/a.csv' }, rules), { action: 'block', reason: 'customer data' });
    assert.deepEqual(classifySource({ path: 'reports/q3.csv' }, rules), { action: 'warn', reason: 'spreadsheets' });
    const relaxing = [{ path: '.env', action: 'warn' as const, reason: 'we trust it' }, ...BUILTIN_SOURCE_RULES];
    assert.equal(classifySource({ path: '.env' }, relaxing)?.action, 'block');
  });

  it('puts the policy\'s rules before the built-in ones', () => {
    const rules = sourceRulesOf({ sources: [{ path: 'customers/**', action: 'block', reason: 'customer data' }] });
    assert.equal(rules[0].reason, 'customer data');
    assert.equal(rules.length, BUILTIN_SOURCE_RULES.length + 1);
  });
});
