import * as assert from 'node:assert/strict';
import { scanText } from '../../src/engine';
import { decideAction } from '../../src/policy/decide';
import { BUILTIN_POLICY } from '../../src/policy/defaults';
import type { EffectivePolicy } from '../../src/policy/types';

const decide = (text: string, policy: EffectivePolicy = BUILTIN_POLICY) => decideAction(scanText(text).findings, 'chat.panel', policy);

describe('decideAction with the built-in policy', () => {
  it('allows text without findings', () => {
    const d = decide('const total = items.reduce((a, b) => a + b, 0);');
    assert.equal(d.action, 'allow');
    assert.deepEqual(d.findings, []);
  });

  it('warns on an e-mail address and lets the user paste anyway without a reason', () => {
    const d = decide('ping max.mustermann@firma.de');
    assert.equal(d.action, 'warn');
    assert.equal(d.overrideAllowed, true);
    assert.equal(d.reasonRequired, false);
    assert.equal(d.findings[0].rule, 'class pii.contact');
  });

  it('blocks secrets and financial data with no way to paste anyway', () => {
    for (const text of ['key AKIAZ7VRSQ5TKPLWFMXB', 'IBAN DE89 3704 0044 0532 0130 00', 'card 4159 6887 5640 6594']) {
      const d = decide(text);
      assert.equal(d.action, 'block', text);
      assert.equal(d.overrideAllowed, false, text);
    }
  });

  it('takes the strictest action when classes mix', () => {
    const d = decide('max.mustermann@firma.de AKIAZ7VRSQ5TKPLWFMXB');
    assert.equal(d.action, 'block');
    assert.equal(d.findings.length, 2);
    assert.equal(d.overrideAllowed, false);
  });

  it('lets a per-type rule win over its class', () => {
    const policy: EffectivePolicy = { ...BUILTIN_POLICY, types: { EMAIL_ADDRESS: 'allow' } };
    assert.equal(decide('ping max.mustermann@firma.de', policy).action, 'allow');
    const strict: EffectivePolicy = { ...BUILTIN_POLICY, types: { EMAIL_ADDRESS: 'block' } };
    assert.equal(decide('ping max.mustermann@firma.de', strict).findings[0].rule, 'type EMAIL_ADDRESS');
  });

  it('treats an incomplete scan as a block when the policy fails closed, and not when it fails open', () => {
    assert.equal(decideAction([], 'chat.panel', BUILTIN_POLICY, false).action, 'block');
    assert.equal(decideAction([], 'chat.panel', { ...BUILTIN_POLICY, onTimeout: 'open' }, false).action, 'allow');
  });
});
