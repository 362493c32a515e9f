import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditForwarder } from '../../../src/audit/forwarder';
import { createAuditEvent } from '../../../src/audit/record';
import { escapeHtml } from '../../../src/audit/reportHtml';
import { AuditLogWriter } from '../../../src/audit/writer';
import { appendDecisionToLog } from '../../../src/cli/commands/log';
import { scanText } from '../../../src/engine';
import { runCli } from '../../support/runCli';
import { OtlpReceiver } from './otlpReceiver';

const PROMPT = `Kunde: Herr Max Mustermann, max.mustermann@firma-intern.de, IBAN DE89370400440532013000, Karte 4159688756406594
aws_access_key_id = AKIAZ7VRSQ5TKPLWFMXB
password = "Sup3r-Geheim!2026"`;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

/** The forms a value can take in what we write: as is, inside JSON, inside HTML. */
function forms(value: string): string[] {
  return [...new Set([value, JSON.stringify(value).slice(1, -1), escapeHtml(value)])];
}

describe('privacy: planted values never leave the decision', function () {
  this.timeout(20_000);

  it('appears in no log, report, CSV, forwarded payload, key, cursor or command output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-privacy-'));
    const receiver = new OtlpReceiver();
    await receiver.start();
    const said: string[] = [];
    try {
      const { findings } = scanText(PROMPT);
      const values = [...new Set(findings.map((f) => PROMPT.slice(f.start, f.end)))];
      assert.ok(values.length >= 5, `the engine found only ${values.length} values to plant`);
      // A hurried reason that repeats what it justifies.
      const reason = `ok, ${values.join(' and ')} are test data`;

      // The extension's way: create, append to a rotated folder.
      const logDir = join(dir, 'workspace-log');
      const writer = new AuditLogWriter({ location: { dir: logDir }, maxFileBytes: 2000, onError: (e) => said.push(e.message), onNotice: (n) => said.push(n) });
      for (const choice of ['anyway', 'redacted', 'cancelled', 'blocked'] as const) {
        const r = await writer.append(
          createAuditEvent(
            { text: PROMPT, findings, action: 'warn', choice, reason, target: { surface: 'chat.panel' }, policy: { source: 'built-in', hash: 'h' }, user: 'alice', machine: 'm', workspace: 'w', producer: 'extension', version: '0.1.0' },
            { key: Buffer.alloc(32, 5) },
          ),
        );
        assert.ok(r.ok);
      }
      // The CLI hook's way: --log FILE with a per-user key file.
      const env = { XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir };
      const hook = await appendDecisionToLog({ logFile: join(dir, 'hook.jsonl'), env, cwd: dir, text: PROMPT, findings, action: 'block', choice: 'blocked', reason, target: { surface: 'hook.UserPromptSubmit', program: 'claude' }, policy: { source: 'p', hash: 'h' }, version: '0.1.0' });
      assert.ok(hook.written);

      // Forwarding, reporting, verifying, searching.
      const fwd = new AuditForwarder({ location: { dir: logDir }, cursorFile: join(dir, 'cursor.json'), url: receiver.url, timeoutMs: 2000 });
      assert.equal(await fwd.sendPending(), 4);
      await fwd.stop();
      const outputs: string[] = [];
      for (const argv of [
        ['log', 'report', '--out', join(dir, 'out', 'report.html'), '--csv', join(dir, 'out', 'report.csv'), logDir, join(dir, 'hook.jsonl')],
        ['log', 'verify', logDir],
        ['log', 'verify', join(dir, 'hook.jsonl')],
        ['log', 'search', logDir],
      ]) {
        const r = await runCli(argv, values[0], { PROMPTFENCE_LOG_KEY: '05'.repeat(32) }, dir);
        outputs.push(r.out, r.err);
        assert.ok(r.code === 0, `${argv.join(' ')}: ${r.err}`);
      }

      const written = allFiles(dir).map((f) => ({ where: f, text: readFileSync(f, 'utf8') }));
      assert.ok(written.some((w) => w.where.endsWith('report.html')) && written.some((w) => w.where.endsWith('report.csv')));
      assert.ok(written.filter((w) => w.where.includes('promptfence-audit-')).length >= 2, 'expected rotated log files');
      const everything = [...written, ...receiver.bodies.map((b, i) => ({ where: `OTLP request ${i}`, text: b })), ...outputs.map((o, i) => ({ where: `CLI output ${i}`, text: o })), ...said.map((s) => ({ where: 'notice', text: s }))];
      assert.ok(receiver.bodies.length > 0);
      for (const value of values) {
        for (const form of forms(value)) {
          const leaks = everything.filter((w) => w.text.includes(form)).map((w) => w.where);
          assert.deepEqual(leaks, [], `a planted ${findings.find((f) => PROMPT.slice(f.start, f.end) === value)?.type} leaked`);
        }
      }
    } finally {
      await receiver.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
