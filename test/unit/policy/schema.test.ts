import * as assert from 'node:assert/strict';
import schema from '../../../schema/promptfence.schema.json';
import { BUILTIN_POLICY_FILE, parsePolicy } from '../../../src/policy';

type SchemaNode = { description?: string; markdownDescription?: string; properties?: Record<string, SchemaNode> };

describe('schema/promptfence.schema.json', () => {
  it('documents every top-level key for hover help', () => {
    const props = (schema as SchemaNode).properties!;
    const undocumented = Object.entries(props).filter(([, p]) => !p.description && !p.markdownDescription).map(([k]) => k);
    assert.deepEqual(undocumented, []);
  });

  it('knows every key the policy core reads (and nothing else), so completion and parsing agree', () => {
    const keys = Object.keys((schema as SchemaNode).properties!).sort();
    assert.deepEqual(keys, ['$schema', 'allowlist', 'classes', 'custom', 'examples', 'log', 'minConfidence', 'onTimeout', 'overrides', 'sources', 'targets', 'types', 'version', 'workspaceAllowlists']);
  });

  it('accepts the built-in policy written as a file', () => {
    assert.deepEqual(parsePolicy(JSON.stringify(BUILTIN_POLICY_FILE), 'builtin.json').errors, []);
  });
});
