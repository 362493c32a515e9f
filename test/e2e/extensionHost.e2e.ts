import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, saveScreenshot } from './harness/browser';
import { startCodeServer } from './harness/codeServer';
import { repoRoot, toolPaths } from './harness/paths';

// The suites in test/ext run inside VS Code's real extension host (mocha through
// `extensionTestsPath`), against the extension in this checkout (`extensionDevelopmentPath`).
describe('extension-host tests (mocha inside a real VS Code extension host)', function () {
  it('pass', async function () {
    const testsIndex = join(repoRoot, 'out', 'ext-tests', 'index.js');
    assert.ok(existsSync(testsIndex), 'run `node esbuild.mjs --tests` first');
    const workspace = join(__dirname, 'fixtures', 'workspace');
    const report = join(mkdtempSync(join(tmpdir(), 'promptfence-ext-')), 'report.txt');
    const running = await startCodeServer({ folder: workspace, mode: 'server-main', env: { PROMPTFENCE_EXT_TEST_REPORT: report } });
    const browser = await chromium.launch({ executablePath: toolPaths().chromium, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
      const remote = (p: string) => `vscode-remote://127.0.0.1:${running.port}${p}`;
      const payload = JSON.stringify([
        ['extensionDevelopmentPath', remote(repoRoot)],
        ['extensionTestsPath', remote(testsIndex)],
      ]);
      await page.goto(`${running.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
      const code = await Promise.race([
        exit,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error('extension-host tests did not finish in 150 s')), 150_000)),
      ]).catch(async (err) => {
        await saveScreenshot(page, 'extension-host-timeout');
        throw err;
      });
      const out = existsSync(report) ? readFileSync(report, 'utf8') : `(no report written; server log: ${readFileSync(running.logFile, 'utf8').slice(-2000)})`;
      console.log(out.replace(/^/gm, '      '));
      assert.equal(code, 0, `extension-host tests exited with ${code}`);
      assert.match(out, /^\d+ passed, 0 failed/m);
    } finally {
      await browser.close();
      await running.stop();
    }
  });
});
