/**
 * A start-up path for `promptfence hook` that skips most of the CLI bundle's compile
 * time: agents start the hook once per prompt and per tool call, and Node 20 has no
 * built-in compile cache (NODE_COMPILE_CACHE arrived in Node 22). This loads `cli.js`
 * next to it through `vm.Script` with V8's cached data, kept in the user's cache
 * folder and keyed by the bundle's size, mtime and the Node version. Any cache
 * problem falls back to compiling normally; the answer never depends on it.
 *
 * Bundled on its own (`dist/hook.js`), it runs as `node dist/hook.js [hook options]`.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

function cacheFolder(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'promptfence', 'cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'promptfence');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'promptfence');
}

type CliModule = { main(argv: string[]): Promise<number> };

/** Loads `bundle` as a CommonJS module, with V8 cached data when a valid cache file exists. */
export function loadWithCodeCache(bundle: string, env: NodeJS.ProcessEnv = process.env): CliModule {
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  let cacheFile: string | undefined;
  let cached: Buffer | undefined;
  try {
    const s = statSync(bundle);
    cacheFile = join(cacheFolder(env), `cli-${s.size}-${Math.floor(s.mtimeMs)}-${process.version}.v8cache`);
    cached = readFileSync(cacheFile);
  } catch {
    // No cache yet (or no cache folder): compile normally and write one at exit.
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData: cached });
  const module = { exports: {} as CliModule };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    const target = cacheFile;
    // At exit the functions the hook ran are compiled too, so the cache covers them.
    process.once('exit', () => {
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, script.createCachedData());
      } catch {
        // A read-only home only costs speed.
      }
    });
  }
  return module.exports;
}

if (require.main === module) {
  const cli = loadWithCodeCache(join(__dirname, 'cli.js'));
  cli.main(['hook', ...process.argv.slice(2)]).then(
    (code) => (process.exitCode = code),
    (err) => {
      // Exit code 2 blocks in VS Code and Claude Code: an internal error must not let data through.
      process.stderr.write(`promptfence hook: internal error, blocked to be safe: ${(err as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
