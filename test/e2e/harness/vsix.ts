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

/** Packages the test-only driver extension into out/ (never into dist/). */
export function driverVsix(): string {
  const outDir = join(repoRoot, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'promptfence-e2e-driver.vsix');
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', file], {
    cwd: join(repoRoot, 'test', 'e2e', 'driver-extension'),
    stdio: 'pipe',
  });
  return file;
}
