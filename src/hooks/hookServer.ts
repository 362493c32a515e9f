/**
 * The warm side of `promptfence hook`. An agent starts the hook command for every prompt
 * and every tool call, and a Node process alone takes longer to start than an agent
 * should wait. A running PromptFence (the VS Code extension host, which has the engine
 * loaded already) therefore answers hook calls on a loopback port; `dist/hook.sh`, which
 * starts in a few milliseconds, hands the call over and prints the answer. The answer is
 * produced by the same command code as `node dist/hook.js`, which remains the fallback
 * whenever no server answers, so the fast path changes speed only, never a decision.
 *
 * Discovery: each server writes `<dir>/<pid>.endpoint` (port and a random token, mode
 * 0600) and removes it when it closes. A client must present the token: the port is
 * reachable by every local user, the endpoint file only by its owner.
 *
 * Wire format, bytes (the client is bash, so: lines, then a counted body):
 *   request  PFHOOK1\n token\n cwd\n argc\n arg\n … byteLength\n payload
 *   reply    PFHOOK1 exitCode stdoutBytes stderrBytes\n stdout stderr
 *   refusal  PFHOOK1 REFUSED\n  (bad token or request: the client falls back)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { promptFenceStateDir } from '../audit/appendDecision';

export interface HookCall {
  readonly args: readonly string[];
  /** The hook process's working folder (relative paths and the policy lookup start there). */
  readonly cwd: string;
  readonly stdin: Buffer;
}

export interface HookReply {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface HookServer {
  readonly port: number;
  readonly endpointFile: string;
  close(): Promise<void>;
}

export interface HookServerOptions {
  /** Where endpoint files live: {@link hookServerDir}. */
  readonly dir: string;
  readonly handle: (call: HookCall) => Promise<HookReply>;
  /** Largest payload accepted; larger calls are refused, and the client falls back to Node. */
  readonly maxBytes?: number;
  /** A connection that has not sent its whole request by then is dropped. */
  readonly requestTimeoutMs?: number;
  readonly onError?: (err: Error) => void;
}

const MAGIC = 'PFHOOK1';
const REFUSED = Buffer.from(`${MAGIC} REFUSED\n`);

/** Mirrors dist/hook.sh: `hook-servers` in PromptFence's state folder; none on Windows, where hook.sh does not run. */
export function hookServerDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return undefined;
  const state = promptFenceStateDir(env, platform);
  return state && join(state, 'hook-servers');
}

type Parsed = { kind: 'more' } | { kind: 'bad' } | { kind: 'call'; token: string; call: HookCall };

/** Reads a request from the bytes received so far. */
export function parseHookRequest(data: Buffer, maxBytes: number): Parsed {
  let at = 0;
  const line = (): string | undefined => {
    const end = data.indexOf(0x0a, at);
    if (end < 0) return undefined;
    const text = data.toString('utf8', at, end);
    at = end + 1;
    return text;
  };
  const magic = line();
  if (magic === undefined) return data.length > 64 ? { kind: 'bad' } : { kind: 'more' };
  if (magic !== MAGIC) return { kind: 'bad' };
  const token = line();
  const cwd = token === undefined ? undefined : line();
  const argcText = cwd === undefined ? undefined : line();
  if (argcText === undefined) return data.length > 64 * 1024 ? { kind: 'bad' } : { kind: 'more' };
  const argc = Number(argcText);
  if (!Number.isInteger(argc) || argc < 0 || argc > 64) return { kind: 'bad' };
  const args: string[] = [];
  for (let i = 0; i < argc; i++) {
    const arg = line();
    if (arg === undefined) return { kind: 'more' };
    args.push(arg);
  }
  const lengthText = line();
  if (lengthText === undefined) return { kind: 'more' };
  const length = Number(lengthText);
  if (!Number.isInteger(length) || length < 0 || length > maxBytes) return { kind: 'bad' };
  if (data.length - at < length) return { kind: 'more' };
  return { kind: 'call', token: token!, call: { args, cwd: cwd!, stdin: data.subarray(at, at + length) } };
}

export function formatHookReply(reply: HookReply): Buffer {
  const out = Buffer.from(reply.stdout, 'utf8');
  const err = Buffer.from(reply.stderr, 'utf8');
  return Buffer.concat([Buffer.from(`${MAGIC} ${reply.exitCode} ${out.length} ${err.length}\n`), out, err]);
}

function sameToken(given: string, expected: Buffer): boolean {
  const g = Buffer.from(given, 'utf8');
  return g.length === expected.length && timingSafeEqual(g, expected);
}

/** Endpoint files of processes that no longer exist (a crashed window) are removed. */
function removeStaleEndpoints(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^(\d+)\.endpoint$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { force: true });
    }
  }
}

export async function startHookServer(options: HookServerOptions): Promise<HookServer> {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const token = randomBytes(24).toString('hex');
  const expected = Buffer.from(token, 'utf8');

  const serve = (socket: Socket): void => {
    let data = Buffer.alloc(0);
    let answered = false;
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      data = Buffer.concat([data, chunk]);
      const parsed = parseHookRequest(data, maxBytes);
      if (parsed.kind === 'more') return;
      answered = true;
      if (parsed.kind === 'bad' || !sameToken(parsed.token, expected)) {
        socket.end(REFUSED);
        return;
      }
      options.handle(parsed.call).then(
        (reply) => socket.end(formatHookReply(reply)),
        (err: Error) => {
          // The client runs the Node hook instead, which gives the same answer or its own error.
          options.onError?.(err);
          socket.end(REFUSED);
        },
      );
    });
  };

  const server: Server = createServer(serve);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as { port: number }).port;

  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  try {
    removeStaleEndpoints(options.dir);
  } catch (err) {
    options.onError?.(err as Error);
  }
  const endpointFile = join(options.dir, `${process.pid}.endpoint`);
  // Written whole under another name first, so a client never reads half a token.
  const partial = `${endpointFile}.${token.slice(0, 8)}.tmp`;
  writeFileSync(partial, `${port}\n${token}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, endpointFile);

  return {
    port,
    endpointFile,
    close: () =>
      new Promise<void>((resolveClose) => {
        rmSync(endpointFile, { force: true });
        server.close(() => resolveClose());
      }),
  };
}
