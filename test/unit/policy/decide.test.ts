import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { BUILTIN_POLICY, createPolicyRegistry, decideAction, expiredAllowlistEntries, fingerprintValue, type EffectivePolicy } from '../../../src/policy';
import { finding, merged } from './helpers';

/** Scans `text` under the policy and decides, as the extension does. */
function decide(policy: EffectivePolicy, text: string, target = 'chat.panel', context: { sourcePath?: string; now?: Date } = {}) {
  const result = scanText(text, { minConfidence: policy.minConfidence }, createPolicyRegistry(policy));
  return decideAction(result.findings, target, policy, result.complete, { text, ...context });
}

const MAIL = 'Bitte an max.mustermann@firma.de schicken';

describe('decideAction with targets', () => {
  const policy = merged(undefined, {
    classes: { 'pii.contact': 'warn' },
    types: { EMAIL_ADDRESS: 'allow' },
    targets: {
      '*': { classes: { 'pii.contact': 'redact' } },
      terminal: { classes: { 'pii.contact': 'block' } },
      'terminal.claude': { types: { EMAIL_ADDRESS: 'warn' } },
      chat: { types: { PHONE_NUMBER: 'block' } },
    },
  });

  const cases: [string, string, string][] = [
    ['terminal.claude', 'warn', 'target terminal.claude type EMAIL_ADDRESS'],
    ['terminal.aider', 'block', 'target terminal class pii.contact'],
    ['terminal', 'block', 'target terminal class pii.contact'],
    ['chat.panel', 'allow', 'type EMAIL_ADDRESS'],
    ['webview.saoudrizwan.claude-dev', 'redact', 'target * class pii.contact'],
    ['hook.UserPromptSubmit', 'redact', 'target * class pii.contact'],
    ['terminals', 'redact', 'target * class pii.contact'],
  ];
  for (const [target, action, rule] of cases) {
    it(`${target} → ${action} by ${rule}`, () => {
      const d = decideAction([finding('EMAIL_ADDRESS')], target, policy);
      assert.equal(d.action, action);
      const decided = action === 'allow' ? d.allowed![0] : d.findings[0];
      assert.equal(decided.rule, rule);
      assert.equal(decided.layer, 'workspace');
    });
  }

  it('still works with the old four-argument call and a hand-made policy', () => {
    const d = decideAction([finding('EMAIL_ADDRESS')], 'chat.panel', { ...BUILTIN_POLICY, types: { EMAIL_ADDRESS: 'block' } });
    assert.equal(d.action, 'block');
    assert.equal(d.findings[0].rule, 'type EMAIL_ADDRESS');
  });
});

describe('decideAction with allowlists', () => {
  const now = new Date('2026-06-15T10:00:00Z');
  const policy = merged(undefined, {
    classes: { secret: 'block', 'pii.contact': 'warn' },
    allowlist: [
      { value: 'max.mustermann@firma.de', reason: 'the author of this project', expires: '2026-06-15' },
      { fingerprint: fingerprintValue('ghp_R8xJ3kQ2mN7pL4vT9wZ1cY6bH5dF0gS2aE8u'), reason: 'revoked demo token', types: ['secret'] },
      { domain: 'acme-gmbh.de', reason: 'company addresses' },
      { pattern: 'test\\+[a-z0-9]+@shop-test\\.de', reason: 'test shop accounts', types: ['EMAIL_ADDRESS'] },
      { path: 'test/fixtures/**', reason: 'synthetic fixtures' },
      { domain: 'alt-partner.de', reason: 'former partner', expires: '2026-06-14' },
    ],
  });

  it('allows an exact value, with the entry reason as the rule, until the end of its expiry day', () => {
    const d = decide(policy, MAIL, 'chat.panel', { now });
    assert.equal(d.action, 'allow');
    assert.equal(d.allowed?.[0].rule, 'allowlist: the author of this project');
    assert.equal(d.allowed?.[0].layer, 'workspace');
    assert.equal(decide(policy, MAIL, 'chat.panel', { now: new Date('2026-06-16T00:00:00Z') }).action, 'warn');
  });

  it('ignores expired entries and reports them', () => {
    assert.equal(decide(policy, 'mail info@alt-partner.de', 'chat.panel', { now }).action, 'warn');
    assert.deepEqual(expiredAllowlistEntries(policy, now).map((e) => e.reason), ['former partner']);
    assert.deepEqual(expiredAllowlistEntries(policy, new Date('2026-06-16')).map((e) => e.reason), ['the author of this project', 'former partner']);
  });

  it('allows a value by fingerprint, limited to its types', () => {
    const text = 'token ghp_R8xJ3kQ2mN7pL4vT9wZ1cY6bH5dF0gS2aE8u';
    const asSecret = finding('SECRET_GITHUB_TOKEN', 6, text.length);
    const asOther = { ...finding('CUSTOM_TOKEN', 6, text.length), category: 'confidential' as const };
    const d = decideAction([asSecret, asOther], 'chat.panel', policy, true, { text, now });
    assert.deepEqual(d.allowed?.map((a) => [a.finding.type, a.rule]), [['SECRET_GITHUB_TOKEN', 'allowlist: revoked demo token']]);
    assert.deepEqual(d.findings.map((f) => f.finding.type), ['CUSTOM_TOKEN']);
  });

  it('matches fingerprints on the exact value only', () => {
    const f = finding('SECRET_GENERIC', 6, 14);
    const p = merged(undefined, { allowlist: [{ fingerprint: fingerprintValue('s3cr3t!!'), reason: 'known test value' }] });
    assert.equal(decideAction([f], 'chat.panel', p, true, { text: 'token s3cr3t!!' }).action, 'allow');
    assert.equal(decideAction([f], 'chat.panel', p, true, { text: 'token s3cr3t!?' }).action, 'block');
    // Without the text there is nothing to compare: the entry does not apply.
    assert.equal(decideAction([f], 'chat.panel', p).action, 'block');
  });

  it('allows by domain (and subdomain) and by whole-value pattern', () => {
    assert.equal(decide(policy, 'mail jane@acme-gmbh.de', 'chat.panel', { now }).action, 'allow');
    assert.equal(decide(policy, 'mail jane@eu.acme-gmbh.de', 'chat.panel', { now }).action, 'allow');
    assert.equal(decide(policy, 'mail jane@notacme.de', 'chat.panel', { now }).action, 'warn');
    assert.equal(decide(policy, 'mail test+42@shop-test.de', 'chat.panel', { now }).action, 'allow');
    assert.equal(decide(policy, 'mail xtest+42@shop-test.de', 'chat.panel', { now }).action, 'warn');
  });

  it('allows by the path the text was copied from', () => {
    assert.equal(decide(policy, 'mail jane@firma.de', 'chat.panel', { now, sourcePath: 'test/fixtures/users.json' }).action, 'allow');
    assert.equal(decide(policy, 'mail jane@firma.de', 'chat.panel', { now, sourcePath: 'src/users.json' }).action, 'warn');
    assert.equal(decide(policy, 'mail jane@firma.de', 'chat.panel', { now }).action, 'warn');
  });

  it('does not let a workspace allowlist allow what the baseline blocks', () => {
    const base = { classes: { 'pii.contact': 'block' } };
    const ws = { allowlist: [{ domain: 'firma.de', reason: 'our customer gave consent' }] };
    assert.equal(decide(merged(base, ws), MAIL).action, 'block');
    assert.equal(decide(merged({ ...base, workspaceAllowlists: true }, ws), MAIL).action, 'allow');
    // What the baseline only warns about, a workspace entry may allow.
    assert.equal(decide(merged({ classes: { 'pii.contact': 'warn' } }, ws), MAIL).action, 'allow');
    // The baseline's own entries always apply.
    assert.equal(decide(merged({ ...base, allowlist: ws.allowlist }, {}), MAIL).action, 'allow');
  });

  it('keeps a workspace block that a workspace entry does not cover, whatever the baseline permits', () => {
    const p = merged({ workspaceAllowlists: true }, { classes: { 'pii.contact': 'block' }, allowlist: [{ domain: 'other.example', reason: 'unrelated entry' }] });
    assert.equal(decide(p, MAIL).action, 'block');
  });
});

describe('decideAction with custom classes', () => {
  it('puts custom findings into the class the policy names, with its overrides', () => {
    const p = merged(undefined, {
      classes: { 'pii.identity': 'block' },
      overrides: { 'pii.identity': { allowed: false } },
      custom: [{ name: 'CUSTOMER', class: 'pii.identity', terms: ['Kunde Zebra'] }],
    });
    const d = decide(p, 'Angebot für Kunde Zebra');
    assert.equal(d.action, 'block');
    assert.equal(d.findings[0].finding.type, 'CUSTOM_CUSTOMER');
    assert.equal(d.findings[0].finding.category, 'pii.identity');
    assert.equal(d.findings[0].rule, 'class pii.identity');
    assert.equal(d.overrideAllowed, false);
  });

  it('applies a custom class action as a type rule', () => {
    const p = merged(undefined, { custom: [{ name: 'PROJECT', terms: ['Nordlicht'], action: 'redact' }] });
    const d = decide(p, 'Stand Nordlicht');
    assert.equal(d.action, 'redact');
    assert.equal(d.findings[0].rule, 'type CUSTOM_PROJECT');
  });
});
