// Runs inside VS Code's extension host (loaded through `extensionTestsPath`). The host's
// console is not visible from outside, so results go to the file named by
// PROMPTFENCE_EXT_TEST_REPORT as well as the console.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  const lines: string[] = [];
  const report = process.env.PROMPTFENCE_EXT_TEST_REPORT;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      lines.push(`${runner.stats?.passes ?? 0} passed, ${failures} failed, ${runner.stats?.pending ?? 0} skipped`);
      if (report) writeFileSync(report, lines.join('\n') + '\n');
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => lines.push(`  ✔ ${t.fullTitle()}`));
    runner.on('fail', (t, err) => lines.push(`  ✘ ${t.fullTitle()}\n      ${String((err as Error).stack ?? err).split('\n').join('\n      ')}`));
    runner.on('pending', (t) => lines.push(`  - ${t.fullTitle()} (skipped)`));
  });
}
