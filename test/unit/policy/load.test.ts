import * as assert from 'node:assert/strict';
import { decideAction, loadPolicyLayer, mergePolicyLayers } from '../../../src/policy';
import { finding } from './helpers';

const broken = '{ "version": 1, "classes": { "secret": "allow" ';
const looseWorkspace = '{ "version": 1, "classes": { "secret": "allow", "pii.contact": "allow" } }';

describe('loadPolicyLayer: a broken file never relaxes anything', () => {
  it('keeps the previous valid version of the same file', () => {
    const first = loadPolicyLayer('{ "version": 1, "classes": { "pii.contact": "block" } }', '.promptfence.json', 'workspace');
    const second = loadPolicyLayer(broken, '.promptfence.json', 'workspace', first.valid);
    assert.equal(second.fallback, 'previous');
    assert.equal(second.errors.length, 1);
    assert.equal(second.layer?.policy.classes?.['pii.contact'], 'block');
    assert.equal(second.layer?.source, '.promptfence.json (last valid version)');
  });

  it('drops a broken workspace policy with no previous version (baseline and built-in apply)', () => {
    const ws = loadPolicyLayer(broken, '.promptfence.json', 'workspace');
    assert.equal(ws.fallback, 'none');
    assert.equal(ws.layer, undefined);
    const p = mergePolicyLayers({ workspace: ws.layer, workspaceTrusted: true });
    assert.equal(decideAction([finding('SECRET_GITHUB_TOKEN')], 'chat.panel', p).action, 'block');
  });

  it('puts the built-in in place of a broken baseline, so that the workspace can only tighten it', () => {
    const base = loadPolicyLayer(broken, 'https://policies.acme.example/baseline.json', 'baseline');
    assert.equal(base.fallback, 'built-in');
    const ws = loadPolicyLayer(looseWorkspace, '.promptfence.json', 'workspace');
    const p = mergePolicyLayers({ baseline: base.layer, workspace: ws.layer, workspaceTrusted: true });
    assert.equal(decideAction([finding('SECRET_GITHUB_TOKEN')], 'chat.panel', p).action, 'block');
    assert.equal(decideAction([finding('EMAIL_ADDRESS')], 'chat.panel', p).action, 'warn');
    assert.match(p.source, /^built-in \(https:\/\/policies\.acme\.example\/baseline\.json is invalid\)/);
  });
});
