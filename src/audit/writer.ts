import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readdir, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GENESIS_HASH, parseLogLines, sealEvent, serialiseEvent } from './chain';
import { createPurgeEvent, type AuditEvent, type AuditEventBody } from './record';

/**
 * The warning log's only file-system code. Every append runs under a queue (one at a
 * time in this process) and a lock file (one at a time across processes: two CLI hooks
 * may fire together), re-reads the tail of the current file to find the hash to link
 * to, writes one line and fsyncs it before it is acknowledged.
 */

export const LOG_FILE_PREFIX = 'promptfence-audit-';
export const LOG_FILE_PATTERN = /^promptfence-audit-(\d{8})-(\d{6})-(\d{3})\.jsonl$/;

export type LogLocation = { readonly dir: string } | { readonly file: string };

export interface WriterIdentity {
  readonly user: string;
  readonly machine: string;
  readonly producer: 'extension' | 'cli';
  readonly version: string;
}

export interface AuditWriterOptions {
  /** A folder of rotated files (the extension), or one file that never rotates (the CLI's `--log FILE`). */
  readonly location: LogLocation;
  /** Start a new file once the current one reaches this size. Default 10 MiB. */
  readonly maxFileBytes?: number;
  /** Start a new file once the current one is this old. Default 7 days. */
  readonly maxFileAgeMs?: number;
  /** Delete whole files whose every event is older than this (folder mode only). */
  readonly retentionDays?: number;
  /** Who writes purge events. Required when `retentionDays` is set. */
  readonly identity?: WriterIdentity;
  /** Off only in benchmarks that measure what fsync costs. */
  readonly fsync?: boolean;
  readonly now?: () => Date;
  /** Called with every failure; `append` itself never rejects. */
  readonly onError?: (error: Error) => void;
  /** Called with things worth telling the user that are not failures (a partial line left by a crash). */
  readonly onNotice?: (message: string) => void;
  /** How long to wait for another process's lock before giving up on this append. Default 15 s. */
  readonly lockTimeoutMs?: number;
}

export type AppendResult =
  | { readonly ok: true; readonly event: AuditEvent; readonly file: string }
  | { readonly ok: false; readonly error: Error };

export interface PurgeResult {
  readonly purgedFiles: readonly string[];
  readonly anchor?: string;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
const LOCK_STALE_MS = 10_000;
const ORPHANED_LOCK_MS = 1_000;
const DAY_MS = 24 * 3600 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `promptfence-audit-YYYYMMDD-HHMMSS-mmm.jsonl` (UTC), so that name order is time order. */
export function logFileName(at: Date): string {
  const d = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const t = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `${LOG_FILE_PREFIX}${d}-${t}-${pad(at.getUTCMilliseconds(), 3)}.jsonl`;
}

export function fileStartTime(name: string): Date | undefined {
  const m = LOG_FILE_PATTERN.exec(basename(name));
  if (!m) return undefined;
  const [, d, t, ms] = m;
  return new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6), +ms));
}

/** The log files of a folder in chain order. */
export async function listLogFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names.filter((n) => LOG_FILE_PATTERN.test(n)).sort().map((n) => join(dir, n));
}

interface Tail {
  readonly size: number;
  /** The last event's hash, if the file holds any event. */
  readonly lastHash?: string;
  /** The file does not end with a newline: a write was cut short. */
  readonly partial: boolean;
}

/** Reads backwards in growing windows until a whole event line is found, so a 10 MiB file costs one small read. */
async function readTail(path: string): Promise<Tail | undefined> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const { size } = await fh.stat();
    if (size === 0) return { size, partial: false };
    let window = 64 * 1024;
    for (;;) {
      const length = Math.min(size, window);
      const buf = Buffer.alloc(length);
      await fh.read(buf, 0, length, size - length);
      const partial = buf[length - 1] !== 0x0a;
      const text = buf.toString('utf8');
      // The first piece may be cut mid-line unless the window reaches the file's start.
      const whole = length === size ? text : text.slice(text.indexOf('\n') + 1);
      const last = lastEvent(whole);
      if (last || length === size) return { size, partial, lastHash: last?.hash };
      window *= 16;
    }
  } finally {
    await fh.close();
  }
}

/** The last whole event line of `text`, parsing from the end: a 64 KiB window holds many lines. */
function lastEvent(text: string): AuditEvent | undefined {
  let end = text.lastIndexOf('\n');
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const [line] = parseLogLines([{ file: '', content: text.slice(start, end + 1) }]);
    if (line?.event) return line.event;
    end = start - 1;
  }
  return undefined;
}

async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, fsConstants.O_RDONLY);
    await fh.sync();
  } catch {
    // Some platforms (Windows) cannot open or sync a directory; the file's own fsync still holds.
  } finally {
    await fh?.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An exclusive lock file holding the owner's pid; a lock of a dead process, or an old one, is broken. */
async function acquireLock(path: string, timeoutMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => unlink(path).catch(() => undefined);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    try {
      const [content, st] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
      const pid = Number.parseInt(content, 10);
      const age = Date.now() - st.mtimeMs;
      const dead = Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid);
      // An owner writes its pid right after creating the file; an empty lock that stays empty
      // was left by a process killed in between.
      const orphaned = !(Number.isInteger(pid) && pid > 0) && age > ORPHANED_LOCK_MS;
      if (dead || orphaned || age > LOCK_STALE_MS) await unlink(path).catch(() => undefined);
    } catch {
      // The owner released it between our open and read: try again at once.
      continue;
    }
    if (Date.now() > deadline) throw new Error(`warning log is locked by another process (${path})`);
    await sleep(delay);
    delay = Math.min(delay * 2, 50);
  }
}

export class AuditLogWriter {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reportedPartial = new Set<string>();
  private lastPurgeCheck = -Infinity;

  constructor(private readonly options: AuditWriterOptions) {
    if (options.retentionDays !== undefined && !options.identity) throw new Error('AuditLogWriter: retentionDays needs an identity for purge events');
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private lockPath(): string {
    const loc = this.options.location;
    return 'dir' in loc ? join(loc.dir, '.promptfence-audit.lock') : `${loc.file}.lock`;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Appends one event. Resolves once the line is on disk (fsync), never rejects: the
   * caller is on a paste path and must not fail because the log did.
   */
  append(body: AuditEventBody): Promise<AppendResult> {
    return this.serialised(async () => {
      try {
        const result = await this.locked(() => this.appendUnlocked(body));
        if (this.options.retentionDays !== undefined && Date.now() - this.lastPurgeCheck > 3600_000) {
          this.lastPurgeCheck = Date.now();
          await this.locked(() => this.purgeUnlocked()).catch((err) => this.options.onError?.(err as Error));
        }
        return result;
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        this.options.onError?.(error);
        return { ok: false as const, error };
      }
    });
  }

  /** Deletes files past the retention period now (it also runs after appends, at most hourly). */
  purge(): Promise<PurgeResult> {
    return this.serialised(() => this.locked(() => this.purgeUnlocked()));
  }

  /** Resolves when every append queued so far has finished. */
  idle(): Promise<void> {
    return this.serialised(async () => undefined);
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const loc = this.options.location;
    await mkdir('dir' in loc ? loc.dir : dirname(loc.file), { recursive: true });
    const release = await acquireLock(this.lockPath(), this.options.lockTimeoutMs ?? 15_000);
    try {
      return await work();
    } finally {
      await release();
    }
  }

  /** The file to write to and the hash to link to, rotating when the current file is too big or too old. */
  private async target(): Promise<{ path: string; prevHash: string; partial: boolean; created: boolean }> {
    const loc = this.options.location;
    if ('file' in loc) {
      const tail = await readTail(loc.file);
      return { path: loc.file, prevHash: tail?.lastHash ?? GENESIS_HASH, partial: tail?.partial ?? false, created: !tail };
    }
    const files = await listLogFiles(loc.dir);
    let prevHash = GENESIS_HASH;
    let current: { path: string; tail: Tail } | undefined;
    for (let i = files.length - 1; i >= 0; i--) {
      const tail = await readTail(files[i]);
      if (!tail) continue;
      current ??= { path: files[i], tail };
      if (tail.lastHash) {
        prevHash = tail.lastHash;
        break;
      }
    }
    const now = this.now();
    if (current) {
      const started = fileStartTime(current.path)?.getTime() ?? now.getTime();
      const tooBig = current.tail.size >= (this.options.maxFileBytes ?? DEFAULT_MAX_BYTES);
      const tooOld = now.getTime() - started >= (this.options.maxFileAgeMs ?? DEFAULT_MAX_AGE_MS);
      if (!tooBig && !tooOld) return { path: current.path, prevHash, partial: current.tail.partial, created: false };
    }
    // A new file must sort after every existing one even if the clock went backwards.
    let at = now;
    const last = files.at(-1);
    const lastStart = last ? fileStartTime(last)?.getTime() : undefined;
    if (lastStart !== undefined && at.getTime() <= lastStart) at = new Date(lastStart + 1);
    return { path: join(loc.dir, logFileName(at)), prevHash, partial: false, created: true };
  }

  private async appendUnlocked(body: AuditEventBody): Promise<AppendResult> {
    const { path, prevHash, partial, created } = await this.target();
    const event = sealEvent(body, prevHash);
    if (partial) {
      if (!this.reportedPartial.has(path)) {
        this.reportedPartial.add(path);
        this.options.onNotice?.(`warning log ${basename(path)} ended with an incomplete line (a write cut short by a crash); it is kept and the log continues on a new line`);
      }
    }
    const line = `${partial ? '\n' : ''}${serialiseEvent(event)}\n`;
    const fh = await open(path, 'a');
    try {
      await fh.writeFile(line, 'utf8');
      if (this.options.fsync !== false) await fh.sync();
    } finally {
      await fh.close();
    }
    if (created && this.options.fsync !== false) await fsyncDir(dirname(path));
    return { ok: true, event, file: path };
  }

  private async purgeUnlocked(): Promise<PurgeResult> {
    const loc = this.options.location;
    const days = this.options.retentionDays;
    if (!('dir' in loc) || days === undefined || !this.options.identity) return { purgedFiles: [] };
    const cutoff = this.now().getTime() - days * DAY_MS;
    const files = await listLogFiles(loc.dir);
    // A file's events all precede the next file's start, so that start bounds their age. The
    // last file is never purged, and only a run from the oldest file on: the chain must stay whole.
    let n = 0;
    while (n < files.length - 1 && (fileStartTime(files[n + 1])?.getTime() ?? Infinity) <= cutoff) n++;
    if (n === 0) return { purgedFiles: [] };
    const anchor = await firstPrevHash(files.slice(n));
    if (!anchor) return { purgedFiles: [] };
    const purged = files.slice(0, n).map((f) => basename(f));
    // The purge event goes in first: if we crash before deleting, the old files simply remain.
    const event = createPurgeEvent({ ...this.options.identity, anchor, purgedFiles: purged, retentionDays: days }, { now: () => this.now() });
    const appended = await this.appendUnlocked(event);
    if (!appended.ok) throw appended.error;
    for (const f of files.slice(0, n)) await unlink(f).catch((err) => this.options.onError?.(err as Error));
    if (this.options.fsync !== false) await fsyncDir(loc.dir);
    return { purgedFiles: purged, anchor };
  }
}

/** The `prevHash` of the first event in these files: the point a purge cuts the chain at. */
async function firstPrevHash(files: readonly string[]): Promise<string | undefined> {
  for (const f of files) {
    const content = await readFile(f, 'utf8');
    const first = parseLogLines([{ file: f, content }]).find((l) => l.event)?.event;
    if (first) return first.prevHash;
  }
  return undefined;
}
