import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicyProblem, parsePolicy } from '../../../src/policy';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'policies');
const root = join(__dirname, '..', '..', '..');
const policyFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.promptfence.json'));

describe('parsePolicy: invalid fixtures give their exact errors', () => {
  const dir = join(fixtures, 'invalid');
  for (const file of policyFiles(dir)) {
    it(file, () => {
      const result = parsePolicy(readFileSync(join(dir, file), 'utf8'), file);
      const actual = result.errors.map(formatPolicyProblem).join('\n') + '\n';
      const expectedPath = join(dir, file.replace(/\.promptfence\.json$/, '.expected.txt'));
      // UPDATE_SNAPSHOT=1 rewrites the expected files; review the diff before committing.
      if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(expectedPath, actual);
      assert.equal(actual, readFileSync(expectedPath, 'utf8'));
      assert.equal(result.policy, undefined, 'a file with errors yields no policy');
    });
  }

  it('has one expected file per fixture and covers every kind of error', () => {
    const all = readdirSync(dir);
    for (const f of policyFiles(dir)) assert.ok(all.includes(f.replace(/\.promptfence\.json$/, '.expected.txt')), f);
    const text = policyFiles(dir)
      .map((f) => readFileSync(join(dir, f.replace(/\.promptfence\.json$/, '.expected.txt')), 'utf8'))
      .join('');
    for (const kind of ['invalid JSON', 'unknown key', 'must be a number', 'must be one of', 'not a real date', 'backreferences', 'lookahead', 'missing required key', 'duplicate key', 'unknown target']) {
      assert.ok(text.includes(kind), kind);
    }
  });
});

describe('parsePolicy: valid files', () => {
  const files = [
    ...policyFiles(join(fixtures, 'valid')).map((f) => join(fixtures, 'valid', f)),
    ...policyFiles(join(root, 'examples')).map((f) => join(root, 'examples', f)),
  ];
  for (const path of files) {
    it(path.slice(root.length + 1), () => {
      const result = parsePolicy(readFileSync(path, 'utf8'), path, { role: 'baseline', now: new Date('2026-06-01') });
      assert.deepEqual(result.errors.map(formatPolicyProblem), []);
      assert.equal(result.policy?.version, 1);
    });
  }

  it('accepts comments, trailing commas and a byte-order mark', () => {
    const result = parsePolicy('\uFEFF// c\n{ /* v */ "version": 1, "classes": { "secret": "block", }, }', 'p.json');
    assert.deepEqual(result.errors, []);
    assert.equal(result.policy?.classes?.secret, 'block');
  });

  it('points at the key of an unknown property, 1-based, in UTF-16 columns', () => {
    const [e] = parsePolicy('{\n  "version": 1, "ä😀": 1\n}', 'p.json').errors;
    assert.deepEqual([e.line, e.column, e.keyPath], [2, 17, '["ä😀"]']);
    assert.equal(e.offset, '{\n  "version": 1, '.length);
  });

  it('never echoes an allowlist value in an error', () => {
    const secret = 'hunter2-very-secret';
    const { errors } = parsePolicy(JSON.stringify({ version: 1, allowlist: [{ value: secret }] }), 'p.json');
    assert.equal(errors.length, 1);
    assert.ok(!formatPolicyProblem(errors[0]).includes(secret));
  });
});

describe('parsePolicy: warnings', () => {
  const text = JSON.stringify({
    version: 1,
    allowlist: [
      { domain: 'a.example', reason: 'old partner', expires: '2026-03-31' },
      { domain: 'b.example', reason: 'current partner', expires: '2026-04-01' },
    ],
    workspaceAllowlists: true,
    log: { directory: '/tmp/x', forward: { otlpEndpoint: 'https://collector.example/v1/logs' }, retentionDays: 7 },
  });

  it('reports entries expired by the injected date, and only those', () => {
    const { warnings } = parsePolicy(text, 'p.json', { role: 'baseline', now: new Date('2026-04-01T12:00:00Z') });
    assert.deepEqual(
      warnings.map((w) => `${w.keyPath}: ${w.message}`),
      ['allowlist[0].expires: allowlist entry expired on 2026-03-31 and no longer applies ("old partner")'],
    );
    const later = parsePolicy(text, 'p.json', { role: 'baseline', now: new Date('2026-04-02T00:00:00Z') });
    assert.equal(later.warnings.length, 2);
  });

  it('warns that baseline-only keys are ignored in a workspace policy', () => {
    const { warnings, policy } = parsePolicy(text, 'p.json', { role: 'workspace', now: new Date('2026-01-01') });
    assert.ok(policy);
    assert.deepEqual(
      warnings.map((w) => w.keyPath),
      ['workspaceAllowlists', 'log.directory', 'log.forward'],
    );
  });
});

describe('parsePolicy: source rules', () => {
  it('accepts path rules with an action and a reason', () => {
    const r = parsePolicy('{ "version": 1, "sources": [{ "path": "customers/**", "action": "block", "reason": "customer data", "except": ["*.md"] }] }', 'p.json');
    assert.deepEqual(r.errors, []);
    assert.equal(r.policy?.sources?.[0].path, 'customers/**');
  });

  it('rejects a source rule that would relax (allow) or lacks a reason, at its line', () => {
    const r = parsePolicy('{\n  "version": 1,\n  "sources": [{ "path": "x/**", "action": "allow", "reason": "r" }, { "path": "y", "action": "block" }]\n}', 'p.json');
    assert.ok(r.errors.length >= 2, JSON.stringify(r.errors));
    for (const e of r.errors) assert.equal(e.line, 3);
    assert.ok(r.errors.some((e) => e.keyPath.startsWith('sources[0].action')), JSON.stringify(r.errors.map((e) => e.keyPath)));
    assert.ok(r.errors.some((e) => e.keyPath.startsWith('sources[1]') && /reason/.test(e.message)), JSON.stringify(r.errors));
  });
});
