/**
 * How long an agent waits for `promptfence hook`, process start included: spawns the
 * built CLI with a 2 KB prompt on stdin, 30 times per variant, and prints p50/p95/max.
 *
 *   node esbuild.mjs && npx tsx bench/hook-latency.ts [--runs N] [--cli dist/cli.js]
 *
 * Variants: bare `node -e ""` (the floor for any Node hook on this machine), the CLI
 * bundle answering a UserPromptSubmit and a PreToolUse call, the same through the
 * code-cache launcher (src/hooks/cachedLauncher.ts, built here into a temporary folder
 * next to a copy of the CLI), plus NODE_COMPILE_CACHE on Node 22+; and the fast path
 * the extension installs, `bash hook.sh`, answered by a running hook server
 * (bench/hookServerHost.ts stands in for the extension host), and hook.sh with no
 * server, falling back to hook.js. Variants run interleaved, so that a busy machine
 * slows them alike.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, cli: { type: 'string', default: 'dist/cli.js' } } });
const runs = Number(values.runs);
const cli = resolve(values.cli);
if (!existsSync(cli)) {
  console.error(`${cli} not found: run "node esbuild.mjs" first`);
  process.exit(2);
}

/** About 2 KB of ordinary prompt text with one e-mail address (a warning under the built-in policy). */
function prompt2k(): string {
  const para =
    'Please refactor the invoice parser so that line items with a missing tax rate fall back to the default rate, ' +
    'keep the public API unchanged and add unit tests for the edge cases we discussed yesterday. ';
  let text = '';
  while (text.length < 1900) text += para;
  return `${text}Send the summary to jana.schmidt@firma.de when done.`;
}

const work = mkdtempSync(join(tmpdir(), 'pf-hook-bench-'));
writeFileSync(join(work, 'notes.txt'), 'nothing sensitive here\n'.repeat(50));
const env = { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), HOME: work };

const payloads = {
  prompt: JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: work, permission_mode: 'default', hook_event_name: 'UserPromptSubmit', prompt: prompt2k() }),
  tool: JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: work, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: join(work, 'notes.txt') } }),
};

interface Variant {
  readonly label: string;
  /** Default: this Node. */
  readonly program?: string;
  readonly args: readonly string[];
  readonly input: string;
  readonly env?: Record<string, string>;
}

function run(v: Variant): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(v.program ?? process.execPath, v.args, { input: v.input, env: { ...env, ...v.env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${v.label}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

function report(label: string, times: number[]): void {
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  console.log(`${label.padEnd(48)} p50 ${pct(50).toFixed(1).padStart(6)} ms   p95 ${pct(95).toFixed(1).padStart(6)} ms   max ${times[times.length - 1].toFixed(1).padStart(6)} ms`);
}

async function main(): Promise<void> {
  // The launcher loads cli.js from its own folder: build it beside a copy of the CLI.
  const launcherDir = join(work, 'launcher');
  await build({ entryPoints: [resolve(__dirname, '..', 'src', 'hooks', 'cachedLauncher.ts')], outfile: join(launcherDir, 'hook.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' });
  copyFileSync(cli, join(launcherDir, 'cli.js'));
  copyFileSync(resolve(__dirname, '..', 'src', 'hooks', 'hook.sh'), join(launcherDir, 'hook.sh'));
  const cacheEnv = { XDG_CACHE_HOME: join(work, 'cache') };
  const served = { ...cacheEnv, XDG_STATE_HOME: join(work, 'state') };
  const unserved = { ...cacheEnv, XDG_STATE_HOME: join(work, 'no-server-state'), PROMPTFENCE_NODE: process.execPath };
  host = await startServerHost(served);
  const variants: Variant[] = [
    { label: 'node -e "" (process start only)', args: ['-e', ''], input: '' },
    { label: 'cli.js hook: UserPromptSubmit, 2 KB prompt', args: [cli, 'hook'], input: payloads.prompt },
    { label: 'cli.js hook: PreToolUse, Read of a small file', args: [cli, 'hook'], input: payloads.tool },
    { label: 'hook.js (code cache): UserPromptSubmit, 2 KB', args: [join(launcherDir, 'hook.js')], input: payloads.prompt, env: cacheEnv },
    { label: 'hook.js (code cache): PreToolUse', args: [join(launcherDir, 'hook.js')], input: payloads.tool, env: cacheEnv },
    { label: 'hook.sh → hook server: UserPromptSubmit, 2 KB', program: 'bash', args: [join(launcherDir, 'hook.sh')], input: payloads.prompt, env: served },
    { label: 'hook.sh → hook server: PreToolUse', program: 'bash', args: [join(launcherDir, 'hook.sh')], input: payloads.tool, env: served },
    { label: 'hook.sh, no server (falls back to hook.js)', program: 'bash', args: [join(launcherDir, 'hook.sh')], input: payloads.prompt, env: unserved },
  ];
  const [major] = process.versions.node.split('.').map(Number);
  if (major >= 22) variants.push({ label: 'cli.js hook with NODE_COMPILE_CACHE', args: [cli, 'hook'], input: payloads.prompt, env: { NODE_COMPILE_CACHE: join(work, 'v8') } });
  // One run each first: writes the caches, warms the disk.
  for (const v of variants) run(v);
  const times = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) variants.forEach((v, k) => times[k].push(run(v)));
  console.log(`node ${process.version}, ${runs} runs each, ${cli}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  variants.forEach((v, k) => report(v.label, times[k]));
}

let host: ChildProcess | undefined;

/** The stand-in for the extension host; resolves once its endpoint file is written. */
function startServerHost(extraEnv: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'hookServerHost.ts')], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveReady, reject) => {
    child.once('exit', (code) => reject(new Error(`hook server host exited with ${code}`)));
    child.stdout!.on('data', (b: Buffer) => {
      if (b.toString().startsWith('ready')) resolveReady(child);
    });
  });
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    host?.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  });
