// Runs the extension-host suites (test/ext) in a desktop VS Code that @vscode/test-electron
// downloads. For a developer's own machine: the download cannot reach its server here, so
// CI runs the same suites through code-server instead (test/e2e/extensionHost.e2e.ts).
import { runTests } from '@vscode/test-electron';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const report = join(mkdtempSync(join(tmpdir(), 'promptfence-desktop-')), 'report.txt');
process.env.PROMPTFENCE_EXT_TEST_REPORT = report;
const version = process.env.VSCODE_VERSION ?? 'stable';

try {
  await runTests({
    version,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'ext-tests', 'index.js'),
    launchArgs: [join(root, 'test', 'e2e', 'fixtures', 'workspace'), '--disable-extensions'],
    extensionTestsEnv: { PROMPTFENCE_EXT_TEST_REPORT: report },
  });
  console.log(readFileSync(report, 'utf8'));
} catch (err) {
  try { console.log(readFileSync(report, 'utf8')); } catch { /* no report */ }
  console.error(`desktop extension tests failed (VS Code ${version}): ${err}`);
  process.exit(1);
}
