import * as assert from 'node:assert/strict';
import { runCli } from '../support/runCli';

describe('promptfence scan', () => {
  it('prints the JSON contract with UTF-16 offsets and exits 0', async () => {
    const text = '👋 Grüße, IBAN DE89 3704 0044 0532 0130 00\r\nmail: jörg@firma.de';
    const { code, out, err } = await runCli(['scan', '--format', 'json', '-'], text);
    assert.equal(code, 0, err);
    const { findings } = JSON.parse(out);
    assert.deepEqual(
      findings.map((f: { type: string; start: number; end: number }) => [f.type, text.slice(f.start, f.end)]),
      [
        ['IBAN_CODE', 'DE89 3704 0044 0532 0130 00'],
        ['EMAIL_ADDRESS', 'jörg@firma.de'],
      ],
    );
    assert.equal(findings[1].line, 2);
    assert.ok(!out.includes('3704 0044'), 'the JSON holds a masked preview, not the value');
  });

  it('exits 0 with an empty list when nothing is found', async () => {
    const { code, out } = await runCli(['scan', '--format', 'json', '-'], 'plain text');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out).findings, []);
  });

  it('prints file:line:column in the text format', async () => {
    const { code, out } = await runCli(['scan', '-'], 'a\nkey AKIAZ7VRSQ5TKPLWFMXB');
    assert.equal(code, 0);
    assert.match(out, /^<stdin>:2:5 {2}SECRET_AWS_ACCESS_KEY {2}AKIA…FMXB/m);
  });

  it('exits 2 with a message on usage and input errors', async () => {
    for (const argv of [['scan'], ['scan', '--format', 'xml', '-'], ['scan', '--bogus', '-'], ['frobnicate'], []]) {
      const { code, err } = await runCli(argv);
      assert.equal(code, 2, argv.join(' '));
      assert.ok(err.length > 0, argv.join(' '));
    }
    const missing = await runCli(['scan', '/nonexistent/file.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file/);
  });
});
