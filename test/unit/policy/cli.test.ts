import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../support/runCli';

const root = join(__dirname, '..', '..', '..');
const invalid = join(root, 'test', 'fixtures', 'policies', 'invalid');

describe('promptfence policy / fingerprint / scan --policy', () => {
  let dir: string;
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pf-policy-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('policy check', () => {
    it('exits 0 for valid files and prints expired entries as warnings', async () => {
      const path = write('expired.json', { version: 1, allowlist: [{ domain: 'alt-partner.de', reason: 'former partner', expires: '2020-01-31' }] });
      const { code, out } = await runCli(['policy', 'check', 'expired.json', join(root, 'examples', 'strict-customer-project.promptfence.json')], '', {}, dir);
      assert.equal(code, 0, out);
      assert.match(out, /^expired\.json:7:18: warning: allowlist\[0\]\.expires: allowlist entry expired on 2020-01-31/m);
      assert.match(out, /^expired\.json: valid$/m);
      assert.ok(path);
    });

    it('exits 1 and prints file:line:col: key: message for an invalid file', async () => {
      const { code, out } = await runCli(['policy', 'check', join(invalid, 'bad-actions.promptfence.json')]);
      assert.equal(code, 1);
      assert.match(out, /bad-actions\.promptfence\.json:3:26: classes\.secret: must be one of "allow", "warn", "redact", "block", not "deny"/);
      assert.match(out, /bad-actions\.promptfence\.json: invalid \(4 errors\)/);
    });

    it('exits 2 on usage and input errors', async () => {
      assert.equal((await runCli(['policy', 'check'])).code, 2);
      assert.equal((await runCli(['policy', 'frobnicate'])).code, 2);
      assert.equal((await runCli(['policy'])).code, 2);
      assert.equal((await runCli(['policy', 'check', '--role', 'admin', 'x.json'])).code, 2);
      const missing = await runCli(['policy', 'check', '/nonexistent/.promptfence.json']);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /no such file/);
    });
  });

  describe('policy test', () => {
    it('passes the shipped example policies', async () => {
      for (const name of ['strict-customer-project', 'relaxed-open-source']) {
        const { code, out } = await runCli(['policy', 'test', join(root, 'examples', `${name}.promptfence.json`)]);
        assert.equal(code, 0, out);
        assert.match(out, / 0 failed/);
      }
      const base = await runCli(['policy', 'test', '--role', 'baseline', join(root, 'examples', 'org-baseline.promptfence.json')]);
      assert.equal(base.code, 0, base.out);
    });

    it('prints FAIL with the deciding rules and exits 1 when an example fails', async () => {
      write('failing.json', {
        version: 1,
        classes: { 'pii.contact': 'warn' },
        examples: [
          { text: 'mail max.mustermann@firma.de', target: 'chat.panel', expect: 'warn' },
          { text: 'mail max.mustermann@firma.de', target: 'terminal.claude', expect: 'allow' },
        ],
      });
      const { code, out } = await runCli(['policy', 'test', 'failing.json'], '', {}, dir);
      assert.equal(code, 1);
      assert.match(out, /^ok {4}examples\[0\] chat\.panel: warn$/m);
      assert.match(out, /^FAIL {2}examples\[1\] terminal\.claude: expected allow, got warn \(EMAIL_ADDRESS → warn \(class pii\.contact\)\)$/m);
      assert.ok(!out.includes('max.mustermann'), 'the example text is not echoed');
    });

    it('applies the baseline given with --baseline', async () => {
      write('base.json', { version: 1, classes: { 'pii.contact': 'block' } });
      write('ws.json', { version: 1, classes: { 'pii.contact': 'allow' }, examples: [{ text: 'mail max.mustermann@firma.de', expect: 'allow' }] });
      assert.equal((await runCli(['policy', 'test', 'ws.json'], '', {}, dir)).code, 0);
      const over = await runCli(['policy', 'test', '--baseline', 'base.json', 'ws.json'], '', {}, dir);
      assert.equal(over.code, 1);
      assert.match(over.out, /expected allow, got block/);
    });

    it('exits 1 for an invalid file or one without examples', async () => {
      assert.equal((await runCli(['policy', 'test', join(invalid, 'version.promptfence.json')])).code, 1);
      write('none.json', { version: 1 });
      const none = await runCli(['policy', 'test', 'none.json'], '', {}, dir);
      assert.equal(none.code, 1);
      assert.match(none.out, /no examples to run/);
    });
  });

  describe('policy show', () => {
    it('prints the merged policy with the layer of each rule', async () => {
      write('b.json', { version: 1, classes: { confidential: 'block' } });
      write('w.json', { version: 1, classes: { 'pii.contact': 'block', confidential: 'allow' } });
      const { code, out } = await runCli(['policy', 'show', '--baseline', 'b.json', '--workspace', 'w.json'], '', {}, dir);
      assert.equal(code, 0);
      assert.match(out, /^class pii\.contact +block +workspace$/m);
      assert.match(out, /^class confidential +block +baseline$/m);
      const untrusted = await runCli(['policy', 'show', '--baseline', 'b.json', '--workspace', 'w.json', '--untrusted'], '', {}, dir);
      assert.match(untrusted.out, /^class pii\.contact +warn +built-in$/m);
    });

    it('shows the built-in policy without files, and JSON on request', async () => {
      const { code, out } = await runCli(['policy', 'show', '--format', 'json']);
      assert.equal(code, 0);
      assert.equal(JSON.parse(out).classes.secret, 'block');
    });

    it('falls back to the strict built-in for a broken baseline, exiting 1', async () => {
      write('broken.json', '{ "version": 1, "classes": { "secret": "allow" ');
      write('loose.json', { version: 1, classes: { secret: 'allow' } });
      const { code, out, err } = await runCli(['policy', 'show', '--baseline', 'broken.json', '--workspace', 'loose.json'], '', {}, dir);
      assert.equal(code, 1);
      assert.match(err, /broken\.json:1:\d+: invalid JSON/);
      assert.match(out, /^class secret +block +baseline$/m);
      assert.match(out, /built-in \(broken\.json is invalid\)/);
    });
  });

  describe('fingerprint', () => {
    it('prints sha256:<hex> of stdin without its trailing newline, never the value', async () => {
      const value = 'ghp_R8xJ3kQ2mN7pL4vT9wZ1cY6bH5dF0gS2aE8u';
      const { code, out, err } = await runCli(['fingerprint'], `${value}\n`);
      assert.equal(code, 0);
      assert.equal(out, `sha256:${createHash('sha256').update(value).digest('hex')}\n`);
      assert.ok(!out.includes(value) && !err.includes(value));
      const exact = await runCli(['fingerprint', '--exact'], `${value}\n`);
      assert.equal(exact.out, `sha256:${createHash('sha256').update(`${value}\n`).digest('hex')}\n`);
    });

    it('refuses an empty input and a value given as an argument', async () => {
      assert.equal((await runCli(['fingerprint'], '')).code, 2);
      assert.equal((await runCli(['fingerprint', 'secret-value'])).code, 2);
    });
  });

  describe('scan --policy', () => {
    it('applies custom classes, allowlists and actions, keeping the JSON contract', async () => {
      write('scan-policy.json', {
        version: 1,
        classes: { 'pii.contact': 'warn' },
        targets: { terminal: { classes: { 'pii.contact': 'block' } } },
        allowlist: [{ domain: 'acme-gmbh.de', reason: 'company addresses' }],
        custom: [{ name: 'PROJECT', class: 'pii.identity', terms: ['Brückenkopf'], action: 'block' }],
      });
      const text = '😀 Projekt BRUECKENKOPF\r\nmail max.mustermann@firma.de, info@acme-gmbh.de';
      const { code, out, err } = await runCli(['scan', '--format', 'json', '--policy', 'scan-policy.json', '-'], text, {}, dir);
      assert.equal(code, 0, err);
      const report = JSON.parse(out);
      assert.deepEqual(
        report.findings.map((f: { type: string; start: number; end: number; action: string; category: string }) => [f.type, text.slice(f.start, f.end), f.category, f.action]),
        [
          ['CUSTOM_PROJECT', 'BRUECKENKOPF', 'pii.identity', 'block'],
          ['EMAIL_ADDRESS', 'max.mustermann@firma.de', 'pii.contact', 'warn'],
        ],
      );
      assert.equal(report.action, 'block');
      assert.deepEqual(report.allowlisted.map((a: { rule: string }) => a.rule), ['allowlist: company addresses']);
      assert.match(report.policy.hash, /^[0-9a-f]{12}$/);
      const terminal = await runCli(['scan', '--format', 'json', '--policy', 'scan-policy.json', '--target', 'terminal.claude', '-'], 'mail max.mustermann@firma.de', {}, dir);
      assert.equal(JSON.parse(terminal.out).findings[0].action, 'block');
    });

    it('applies the policy minimum confidence', async () => {
      write('picky.json', { version: 1, minConfidence: 1 });
      const { out } = await runCli(['scan', '--format', 'json', '--policy', 'picky.json', '-'], 'mail max.mustermann@firma.de', {}, dir);
      const loose = await runCli(['scan', '--format', 'json', '-'], 'mail max.mustermann@firma.de');
      const below = JSON.parse(loose.out).findings.filter((f: { confidence: number }) => f.confidence < 1);
      assert.ok(below.length > 0, 'the built-in threshold reports the address');
      assert.deepEqual(JSON.parse(out).findings.filter((f: { confidence: number }) => f.confidence < 1), []);
    });

    it('adds the decision to the text format', async () => {
      write('text.json', { version: 1 });
      const { code, out } = await runCli(['scan', '--policy', 'text.json', '-'], 'key AKIAZ7VRSQ5TKPLWFMXB', {}, dir);
      assert.equal(code, 0);
      assert.match(out, /^decision: block$/m);
    });

    it('exits 2 with the errors on stderr for an invalid policy, and for --target without --policy', async () => {
      const bad = await runCli(['scan', '--policy', join(invalid, 'unknown-keys.promptfence.json'), '-'], 'x');
      assert.equal(bad.code, 2);
      assert.match(bad.err, /unknown-keys\.promptfence\.json:4:3: clases: unknown key "clases"/);
      assert.equal((await runCli(['scan', '--target', 'chat.panel', '-'], 'x')).code, 2);
    });
  });
});
