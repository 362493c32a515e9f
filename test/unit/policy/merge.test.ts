import * as assert from 'node:assert/strict';
import { BUILTIN_POLICY, decideAction, mergePolicyLayers, type EffectivePolicy } from '../../../src/policy';
import { finding, merged } from './helpers';

const act = (policy: EffectivePolicy, type: string, target = 'chat.panel') => decideAction([finding(type)], target, policy).action;

describe('mergePolicyLayers', () => {
  it('with no files gives the built-in actions and settings', () => {
    const p = mergePolicyLayers({ workspaceTrusted: true });
    assert.deepEqual(p.classes, BUILTIN_POLICY.classes);
    assert.deepEqual(p.overrides, BUILTIN_POLICY.overrides);
    assert.equal(p.minConfidence, BUILTIN_POLICY.minConfidence);
    assert.equal(p.onTimeout, 'closed');
    assert.equal(p.source, 'built-in');
    assert.equal(p.origins?.['class secret'], 'built-in');
  });

  it('lets the lowest policy file replace the built-in defaults (a workspace may allow e-mail addresses)', () => {
    const p = merged(undefined, { classes: { 'pii.contact': 'allow', secret: 'warn' } });
    assert.equal(act(p, 'EMAIL_ADDRESS'), 'allow');
    assert.equal(act(p, 'SECRET_GITHUB_TOKEN'), 'warn');
    assert.equal(p.origins?.['class pii.contact'], 'workspace');
    assert.equal(p.origins?.['class pii.financial'], 'built-in');
  });

  it('lets a workspace tighten a baseline but never relax it', () => {
    const p = merged({ classes: { 'pii.contact': 'warn', confidential: 'block' } }, { classes: { 'pii.contact': 'block', confidential: 'allow' } });
    assert.equal(p.classes['pii.contact'], 'block');
    assert.equal(p.origins?.['class pii.contact'], 'workspace');
    assert.equal(p.classes.confidential, 'block');
    assert.equal(p.origins?.['class confidential'], 'baseline');
  });

  it('treats what a baseline leaves out as the built-in value, equally fixed', () => {
    const p = merged({ classes: { 'pii.contact': 'allow' } }, { classes: { secret: 'allow', 'pii.financial': 'warn' } });
    assert.equal(p.classes.secret, 'block');
    assert.equal(p.classes['pii.financial'], 'block');
    assert.equal(p.origins?.['class secret'], 'built-in');
  });

  it('keeps a baseline class rule against a looser workspace type rule', () => {
    const p = merged({ classes: { 'pii.contact': 'block' } }, { types: { EMAIL_ADDRESS: 'allow' } });
    assert.equal(act(p, 'EMAIL_ADDRESS'), 'block');
    assert.equal(act(p, 'EMAIL_ADDRESS', 'terminal.claude'), 'block');
  });

  it('keeps a baseline target rule against a looser workspace top-level rule, and vice versa', () => {
    const p = merged({ targets: { terminal: { classes: { 'pii.contact': 'block' } } } }, { classes: { 'pii.contact': 'allow' }, targets: { chat: { types: { EMAIL_ADDRESS: 'redact' } } } });
    assert.equal(act(p, 'EMAIL_ADDRESS', 'terminal.aider'), 'block');
    assert.equal(act(p, 'EMAIL_ADDRESS', 'chat.inline'), 'redact');
    assert.equal(act(p, 'EMAIL_ADDRESS', 'webview.continue.continue'), 'warn');
    assert.equal(p.origins?.['target chat type EMAIL_ADDRESS'], 'workspace');
  });

  it('takes the lower minimum confidence from a workspace, and only a lower one', () => {
    assert.equal(merged({ minConfidence: 0.6 }, { minConfidence: 0.3 }).minConfidence, 0.3);
    assert.equal(merged({ minConfidence: 0.6 }, { minConfidence: 0.9 }).minConfidence, 0.6);
    assert.equal(merged(undefined, { minConfidence: 0.9 }).minConfidence, 0.9);
  });

  it('merges overrides toward the stricter: allowed && allowed, reasonRequired || reasonRequired', () => {
    const p = merged(
      { overrides: { 'pii.contact': { allowed: true, reasonRequired: false }, confidential: { allowed: false } } },
      { overrides: { 'pii.contact': { allowed: false }, 'pii.identity': { reasonRequired: true }, confidential: { allowed: true } } },
    );
    assert.deepEqual(p.overrides['pii.contact'], { allowed: false, reasonRequired: false });
    assert.deepEqual(p.overrides['pii.identity'], { allowed: true, reasonRequired: true });
    assert.deepEqual(p.overrides.confidential, { allowed: false, reasonRequired: false });
    assert.equal(p.origins?.['override pii.contact allowed'], 'workspace');
    assert.equal(p.origins?.['override confidential allowed'], 'baseline');
  });

  it('lets closed win for onTimeout', () => {
    assert.equal(merged({ onTimeout: 'open' }, { onTimeout: 'closed' }).onTimeout, 'closed');
    assert.equal(merged({ onTimeout: 'closed' }, { onTimeout: 'open' }).onTimeout, 'closed');
    assert.equal(merged({ onTimeout: 'open' }, {}).onTimeout, 'open');
  });

  it('unions custom classes; the same name keeps the lower layer class and unions terms', () => {
    const p = merged(
      { custom: [{ name: 'PROJECT', class: 'pii.identity', terms: ['Nordlicht'] }] },
      { custom: [{ name: 'PROJECT', class: 'secret', terms: ['Fjord'] }, { name: 'OTHER', patterns: ['X-\\d+'] }] },
    );
    const project = p.custom?.find((c) => c.name === 'PROJECT');
    assert.deepEqual(project?.terms, ['Nordlicht', 'Fjord']);
    assert.equal(project?.class, 'pii.identity');
    assert.equal(p.custom?.find((c) => c.name === 'OTHER')?.class, 'confidential');
  });

  it('leaves out an untrusted workspace entirely and says so', () => {
    const p = merged({ classes: { 'pii.contact': 'warn' } }, { classes: { 'pii.contact': 'block' }, allowlist: [{ domain: 'x.example', reason: 'test entry' }] }, false);
    assert.equal(p.classes['pii.contact'], 'warn');
    assert.equal(p.allowlist?.length ?? 0, 0);
    assert.deepEqual(p.layers?.map((l) => [l.layer, l.skipped]), [
      ['built-in', undefined],
      ['baseline', undefined],
      ['workspace', 'the workspace is not trusted'],
    ]);
    assert.equal(p.source, 'baseline.json');
  });

  it('takes log destinations only from the baseline', () => {
    const p = merged(
      { log: { retentionDays: 90, forward: { otlpEndpoint: 'https://otel.acme.example/v1/logs' } } },
      { log: { directory: '/tmp/evil', retentionDays: 7, forward: { otlpEndpoint: 'https://evil.example/v1/logs' } } },
    );
    assert.deepEqual(p.log, { retentionDays: 90, forward: { otlpEndpoint: 'https://otel.acme.example/v1/logs' } });
    assert.deepEqual(merged(undefined, { log: { directory: '/tmp/evil', maxFileBytes: 4096 } }).log, { maxFileBytes: 4096 });
  });

  it('hashes the content: equal policies in any key order hash equally, a change changes the hash', () => {
    const a = merged(undefined, { classes: { secret: 'block', 'pii.contact': 'allow' } });
    const b = merged(undefined, { classes: { 'pii.contact': 'allow', secret: 'block' } });
    const c = merged(undefined, { classes: { 'pii.contact': 'warn', secret: 'block' } });
    assert.match(a.hash, /^[0-9a-f]{12}$/);
    assert.equal(a.hash, b.hash);
    assert.notEqual(a.hash, c.hash);
  });
});

describe('mergePolicyLayers: source rules', () => {
  it('keeps every layer\'s source rules, baseline first, and none when no layer has any', () => {
    const p = merged({ sources: [{ path: 'customers/**', action: 'block', reason: 'customer data' }] }, { sources: [{ path: '*.sql', action: 'warn', reason: 'dumps' }] });
    assert.deepEqual(p.sources?.map((r) => r.path), ['customers/**', '*.sql']);
    assert.equal(merged(undefined, { classes: { secret: 'block' } }).sources, undefined);
  });
});
