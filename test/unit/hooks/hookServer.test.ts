import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { serveHookCall } from '../../../src/cli/commands/hook';
import { formatHookReply, hookServerDir, parseHookRequest, startHookServer, type HookCall, type HookReply, type HookServer } from '../../../src/hooks/hookServer';
import { AWS_KEY, makeWorkspace } from './workspace';

const SRC = join(__dirname, '..', '..', '..', 'src');

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runBash(script: string, args: string[], input: string | Buffer, env: NodeJS.ProcessEnv, cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, ...args], { env, cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}

describe('hook server wire format', () => {
  const request = (parts: string[], body: string) => Buffer.concat([Buffer.from(parts.map((p) => `${p}\n`).join('')), Buffer.from(body)]);

  it('reads a whole request with arguments and a counted UTF-8 body', () => {
    const body = '{"prompt":"Grüße 👋\\n"}\n\n';
    const parsed = parseHookRequest(request(['PFHOOK1', 'tok', '/w d', '2', '--log', '/l og', String(Buffer.byteLength(body))], body), 1000);
    assert.equal(parsed.kind, 'call');
    if (parsed.kind !== 'call') return;
    assert.equal(parsed.token, 'tok');
    assert.deepEqual(parsed.call.args, ['--log', '/l og']);
    assert.equal(parsed.call.cwd, '/w d');
    assert.equal(parsed.call.stdin.toString('utf8'), body);
  });

  it('waits for more bytes until the counted body is complete', () => {
    const whole = request(['PFHOOK1', 'tok', '/w', '0', '10'], '0123456789');
    for (let cut = 0; cut < whole.length; cut++) assert.equal(parseHookRequest(whole.subarray(0, cut), 1000).kind, 'more', `cut at ${cut}`);
    assert.equal(parseHookRequest(whole, 1000).kind, 'call');
  });

  it('refuses other protocols, bad counts and bodies over the limit', () => {
    assert.equal(parseHookRequest(Buffer.from('GET / HTTP/1.1\r\n'), 1000).kind, 'bad');
    assert.equal(parseHookRequest(request(['PFHOOK1', 't', '/', 'x'], ''), 1000).kind, 'bad');
    assert.equal(parseHookRequest(request(['PFHOOK1', 't', '/', '0', '-1'], ''), 1000).kind, 'bad');
    assert.equal(parseHookRequest(request(['PFHOOK1', 't', '/', '0', '1001'], ''), 1000).kind, 'bad');
  });

  it('counts the reply in bytes, not characters', () => {
    const reply = formatHookReply({ exitCode: 2, stdout: 'ä', stderr: '👋' }).toString('utf8');
    assert.equal(reply, 'PFHOOK1 2 2 4\nä👋');
  });

  it('puts endpoints under the state folder hook.sh searches', () => {
    assert.equal(hookServerDir({ HOME: '/h' }, 'linux'), '/h/.local/state/promptfence/hook-servers');
    assert.equal(hookServerDir({ HOME: '/h', XDG_STATE_HOME: '/s' }, 'linux'), '/s/promptfence/hook-servers');
    assert.equal(hookServerDir({ HOME: '/h' }, 'darwin'), '/h/Library/Application Support/promptfence/hook-servers');
    assert.equal(hookServerDir({ HOME: 'C:\\u' }, 'win32'), undefined);
  });
});

describe('hook.sh with a hook server', function () {
  this.timeout(30_000);
  let root = '';
  let script = '';
  let env: NodeJS.ProcessEnv = {};
  let servers: HookServer[] = [];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pf-hooksh-'));
    mkdirSync(join(root, 'dist'));
    script = join(root, 'dist', 'hook.sh');
    copyFileSync(join(SRC, 'hooks', 'hook.sh'), script);
    // Stands in for hook.js, so each test sees which path answered.
    writeFileSync(join(root, 'dist', 'hook.js'), "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{process.stdout.write('fallback '+JSON.stringify(process.argv.slice(2))+' '+s);process.exitCode=3});");
    env = { ...process.env, HOME: join(root, 'home'), XDG_STATE_HOME: join(root, 'state'), PROMPTFENCE_NODE: process.execPath };
    servers = [];
  });
  afterEach(async () => {
    for (const s of servers) await s.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function serve(handle: (call: HookCall) => Promise<HookReply>): Promise<HookServer> {
    const server = await startHookServer({ dir: hookServerDir(env)!, handle });
    servers.push(server);
    return server;
  }

  it('hands the call to the server byte for byte and prints its answer with its exit code', async () => {
    const calls: HookCall[] = [];
    await serve(async (call) => {
      calls.push(call);
      return { exitCode: 2, stdout: '{"decision":"block","reason":"Grüße"}\n', stderr: 'nö 👋\n' };
    });
    const input = '{"prompt":"Grüße 👋"}\n\n';
    const r = await runBash(script, ['--agent', 'claude', '--log', join(root, 'log dir')], input, env, root);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '{"decision":"block","reason":"Grüße"}\n');
    assert.equal(r.stderr, 'nö 👋\n');
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0].args, ['--agent', 'claude', '--log', join(root, 'log dir')]);
    assert.equal(calls[0].cwd, root);
    assert.equal(calls[0].stdin.toString('utf8'), input);
  });

  it('writes its endpoint for the owner only and removes it on close', async () => {
    const server = await serve(async () => ({ exitCode: 0, stdout: '', stderr: '' }));
    assert.equal(statSync(server.endpointFile).mode & 0o777, 0o600);
    await server.close();
    servers = [];
    assert.equal(existsSync(server.endpointFile), false);
  });

  it('removes the endpoint of a process that is gone', async () => {
    const dir = hookServerDir(env)!;
    mkdirSync(dir, { recursive: true });
    // Pid numbers above the kernel's limit never exist.
    writeFileSync(join(dir, '99999999.endpoint'), '1\nx\n');
    await serve(async () => ({ exitCode: 0, stdout: '', stderr: '' }));
    assert.deepEqual(readdirSync(dir), [`${process.pid}.endpoint`]);
  });

  it('falls back to hook.js when no server runs', async () => {
    const r = await runBash(script, ['--agent', 'claude'], '{"a":1}', env, root);
    assert.equal(r.status, 3);
    assert.equal(r.stdout, 'fallback ["--agent","claude"] {"a":1}');
  });

  it('falls back when the endpoint names a port nobody listens on', async () => {
    const dir = hookServerDir(env)!;
    mkdirSync(dir, { recursive: true });
    const server = await serve(async () => ({ exitCode: 0, stdout: 'served', stderr: '' }));
    const port = server.port;
    await server.close();
    servers = [];
    writeFileSync(join(dir, `${process.pid}.endpoint`), `${port}\ntoken\n`);
    const r = await runBash(script, [], 'x', env, root);
    assert.equal(r.stdout, 'fallback [] x');
  });

  it('falls back when the token is wrong, without the server answering', async () => {
    let called = false;
    const server = await serve(async () => {
      called = true;
      return { exitCode: 0, stdout: 'served', stderr: '' };
    });
    writeFileSync(server.endpointFile, `${server.port}\nnot-the-token\n`);
    const r = await runBash(script, [], 'x', env, root);
    assert.equal(r.stdout, 'fallback [] x');
    assert.equal(called, false);
  });

  it('falls back when the server fails to answer', async () => {
    await serve(async () => {
      throw new Error('boom');
    });
    const r = await runBash(script, [], 'x', env, root);
    assert.equal(r.stdout, 'fallback [] x');
  });

  it('blocks (exit 2) when neither a server nor Node is there', async () => {
    const r = await runBash(script, [], 'x', { ...env, PROMPTFENCE_NODE: join(root, 'no-node') }, root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /blocked to be safe/);
  });
});

describe('hook.sh answers as the Node hook does', function () {
  this.timeout(60_000);
  const ws = makeWorkspace();
  let dist = '';
  let server: HookServer | undefined;
  let env: NodeJS.ProcessEnv = {};

  before(async () => {
    dist = join(ws.dir, 'dist');
    const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' };
    await build({ ...common, entryPoints: [join(SRC, 'cli', 'main.ts')], outfile: join(dist, 'cli.js') });
    await build({ ...common, entryPoints: [join(SRC, 'hooks', 'cachedLauncher.ts')], outfile: join(dist, 'hook.js') });
    copyFileSync(join(SRC, 'hooks', 'hook.sh'), join(dist, 'hook.sh'));
    env = { ...process.env, ...ws.env, PATH: process.env.PATH, XDG_STATE_HOME: join(ws.dir, 'state'), XDG_CACHE_HOME: join(ws.dir, 'cache'), PROMPTFENCE_NODE: process.execPath };
  });
  after(async () => {
    await server?.close();
    ws.cleanup();
  });

  const calls = () => [
    { name: 'a prompt with a secret', payload: JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: ws.dir, hook_event_name: 'UserPromptSubmit', prompt: `use ${AWS_KEY}` }), args: ['--log', join(ws.dir, 'log')] },
    { name: 'a read of .env', payload: JSON.stringify({ hookEventName: 'PreToolUse', cwd: ws.dir, tool_name: 'read_file', tool_input: { filePath: '.env' } }), args: [] },
    { name: 'a harmless prompt', payload: JSON.stringify({ hook_event_name: 'UserPromptSubmit', cwd: ws.dir, prompt: 'add tests' }), args: ['--agent', 'claude'] },
    { name: 'a payload that is not JSON', payload: '{oops', args: ['--agent', 'claude'] },
  ];

  it('gives the same output and exit code through the server as through Node', async () => {
    const viaNode = [];
    for (const c of calls()) viaNode.push(await runBash(join(dist, 'hook.sh'), c.args, c.payload, env, ws.dir));
    const handled: string[] = [];
    server = await startHookServer({
      dir: hookServerDir(env)!,
      handle: (call) => {
        handled.push(call.stdin.toString('utf8'));
        return serveHookCall(call, env);
      },
    });
    const list = calls();
    for (let i = 0; i < list.length; i++) {
      const viaServer = await runBash(join(dist, 'hook.sh'), list[i].args, list[i].payload, env, ws.dir);
      assert.deepEqual(viaServer, viaNode[i], list[i].name);
    }
    // Proof that the second round did not fall back to Node.
    assert.equal(handled.length, list.length);
    assert.equal(JSON.parse(viaNode[0].stdout).decision, 'block');
    assert.equal(viaNode[3].status, 2);
  });
});
