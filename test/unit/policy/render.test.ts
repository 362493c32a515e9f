import * as assert from 'node:assert/strict';
import { renderEffectivePolicy } from '../../../src/policy';
import { merged } from './helpers';

describe('renderEffectivePolicy', () => {
  const policy = merged(
    { classes: { 'pii.contact': 'warn' }, allowlist: [{ domain: 'acme-gmbh.de', reason: 'company addresses' }] },
    {
      classes: { 'pii.contact': 'block' },
      targets: { terminal: { classes: { secret: 'block', 'pii.identity': 'block' } } },
      allowlist: [
        { value: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', reason: 'revoked key from the docs' },
        { domain: 'old-partner.de', reason: 'former partner', expires: '2020-01-01' },
      ],
      custom: [{ name: 'PROJECT', terms: ['Nordlicht', 'Fjord'] }],
    },
  );

  it('names the layer of every rule and the sources, in Markdown', () => {
    const md = renderEffectivePolicy(policy, 'markdown', new Date('2026-01-01'));
    assert.match(md, /^# Effective PromptFence policy/);
    assert.match(md, new RegExp(`Source: baseline\\.json \\+ \\.promptfence\\.json · hash ${policy.hash}`));
    assert.match(md, /\| `class pii\.contact` \| block \| workspace \|/);
    assert.match(md, /\| `class secret` \| block \| built-in \|/);
    assert.match(md, /\| `target terminal class pii\.identity` \| block \| workspace \|/);
    // A target row equal to the top level adds nothing and is left out.
    assert.doesNotMatch(md, /target terminal class secret/);
    assert.match(md, /CUSTOM_PROJECT \(confidential\): 2 terms \[workspace\]/);
    assert.match(md, /former partner \[workspace\] — EXPIRED 2020-01-01/);
    assert.match(md, /Workspace allowlist entries cannot allow what the baseline blocks/);
  });

  it('never shows an allowlisted raw value or a custom term', () => {
    for (const format of ['markdown', 'text'] as const) {
      const out = renderEffectivePolicy(policy, format);
      assert.ok(!out.includes('sk_live_4eC39HqLyjWDarjtT1zdp7dc'));
      assert.ok(!out.includes('Nordlicht'));
      assert.match(out, /value sk_l…p7dc: revoked key from the docs/);
    }
  });

  it('renders plain text with aligned columns', () => {
    const text = renderEffectivePolicy(policy, 'text');
    assert.match(text, /^class pii\.contact +block +workspace$/m);
    assert.match(text, /^override secret +no override +built-in$/m);
  });

  it('says when an untrusted workspace was left out', () => {
    const out = renderEffectivePolicy(merged({}, { classes: { secret: 'block' } }, false), 'text');
    assert.match(out, /workspace: \.promptfence\.json \(left out: the workspace is not trusted\)/);
  });
});
