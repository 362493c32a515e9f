import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** The product's .vsix, built by `npm run package` before the e2e suite starts. */
export function productVsix(): string {
  const file = join(repoRoot, 'dist', 'promptfence.vsix');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run package first`);
  return file;
}

/** Packages a test-only extension folder under test/e2e into out/ (never into dist/). */
function testExtensionVsix(folder: string): string {
  const outDir = join(repoRoot, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${folder}.vsix`);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', file], {
    cwd: join(repoRoot, 'test', 'e2e', folder),
    stdio: 'pipe',
  });
  return file;
}

/** The driver through which tests run VS Code commands over 127.0.0.1. */
export const driverVsix = () => testExtensionVsix('driver-extension');

/** Stands in for the German language pack a German user installs, so that VS Code runs in German. */
export const germanLanguagePackVsix = () => testExtensionVsix('language-pack-de');

/** A fake language model that answers with fixed text and logs every prompt it receives (env PROMPTFENCE_E2E_LM_LOG). */
export const lmExtensionVsix = () => testExtensionVsix('lm-extension');
