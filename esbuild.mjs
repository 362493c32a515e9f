// Bundles the extension (for the VS Code extension host) and the CLI (for Node) into dist/.
// Production builds are minified with external source maps; `--dev` skips minification,
// `--tests` also bundles the extension-host test suites into out/ext-tests/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dev = process.argv.includes('--dev');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !dev,
  legalComments: 'none',
  // jsonc-parser's UMD entry requires files esbuild cannot follow; its ESM entry bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const builds = [
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // Large scans run in a worker thread, loaded from next to the bundle that starts it.
  esbuild.build({ ...common, entryPoints: ['src/engine/scanWorker.ts'], outfile: 'dist/scanWorker.js' }),
  // `node dist/hook.js`: the agent-hook entry, loading cli.js with V8's code cache (Node 20 has no compile cache).
  esbuild.build({ ...common, entryPoints: ['src/hooks/cachedLauncher.ts'], outfile: 'dist/hook.js' }),
  // Loaded by the extension only when log forwarding is configured (OpenTelemetry is large).
  esbuild.build({ ...common, entryPoints: ['src/audit/forwarder.ts'], outfile: 'dist/forwarder.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
];

if (tests) {
  const dir = 'test/ext';
  const suites = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
  builds.push(
    esbuild.build({
      ...common,
      minify: false,
      entryPoints: [join(dir, 'index.ts'), ...suites],
      outdir: 'out/ext-tests',
      // mocha stays a runtime require so it resolves from node_modules like any dev tool.
      external: ['vscode', 'mocha'],
    }),
  );
}

await Promise.all(builds);

// The RE2 engine for policy patterns loads its WebAssembly from next to the bundle.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/re2-wasm/build/wasm/re2.wasm', 'dist/re2.wasm');
// The agent hook's fast path (bash, no build step): see src/hooks/hook.sh.
copyFileSync('src/hooks/hook.sh', 'dist/hook.sh');
