import { SeverityNumber, type AnyValueMap } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { LoggerProvider, type LogRecordProcessor, type ReadableLogRecord, type SdkLogRecord } from '@opentelemetry/sdk-logs';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { canonicalJson, parseLogLines } from './chain';
import type { AuditEvent } from './record';
import { listLogFiles, type LogLocation } from './writer';

/**
 * Forwards the warning log to an OpenTelemetry collector or SIEM as OTLP/HTTP logs.
 *
 * The log itself is the durable queue: a cursor file records how far the collector has
 * acknowledged (file and byte offset), and is moved only after a successful export. On
 * start, and after every failure, sending resumes from the cursor, so an event is sent at
 * least once; a crash between the collector's acknowledgement and the cursor write sends
 * one batch again, which the receiver removes by `promptfence.event_id`.
 */

export interface ForwarderOptions {
  readonly location: LogLocation;
  /** Where progress is kept (the extension's global storage, or next to the CLI's key). */
  readonly cursorFile: string;
  /** The OTLP/HTTP logs endpoint, e.g. `https://collector.example:4318/v1/logs`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly batchSize?: number;
  /** Per export request. Default 10 s. */
  readonly timeoutMs?: number;
  /** First wait after a failure; doubles up to `maxBackoffMs`. Defaults 1 s and 5 min. */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** How often the background loop looks for new events when nobody calls `notify`. Default 30 s. */
  readonly pollMs?: number;
  /** Added to the OTLP resource (e.g. `service.namespace`). */
  readonly resourceAttributes?: Readonly<Record<string, string>>;
  readonly onError?: (error: Error) => void;
  readonly onSent?: (count: number) => void;
}

export interface ForwardCursor {
  /** File name (not path), so that a moved log folder keeps its cursor. */
  readonly file: string;
  /** Byte offset just after the last acknowledged line. */
  readonly offset: number;
  readonly eventId: string;
  readonly hash: string;
}

interface Pending {
  readonly event: AuditEvent;
  readonly cursor: ForwardCursor;
}

/** ExportResultCode.SUCCESS in @opentelemetry/core, which is not a direct dependency. */
const EXPORT_SUCCESS = 0;

export async function readCursor(path: string): Promise<ForwardCursor | undefined> {
  try {
    const c = JSON.parse(await readFile(path, 'utf8')) as ForwardCursor;
    return typeof c.file === 'string' && Number.isInteger(c.offset) ? c : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || err instanceof SyntaxError) return undefined;
    throw err;
  }
}

async function writeCursor(path: string, cursor: ForwardCursor): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(JSON.stringify(cursor) + '\n');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
}

/** Events after the cursor, each with the cursor that acknowledges it; stops at an unterminated last line. */
export async function pendingEvents(location: LogLocation, cursor: ForwardCursor | undefined, limit: number): Promise<Pending[]> {
  const files = 'dir' in location ? await listLogFiles(location.dir) : [location.file];
  const out: Pending[] = [];
  for (const path of files) {
    const name = basename(path);
    let from = 0;
    if (cursor) {
      if (name < cursor.file && 'dir' in location) continue;
      if (name === cursor.file) from = cursor.offset;
    }
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      continue;
    }
    // A file that shrank below the cursor was replaced: start it over (at-least-once).
    if (from > size) from = 0;
    if (from === size) continue;
    const fh = await open(path, 'r');
    let buf: Buffer;
    try {
      buf = Buffer.alloc(size - from);
      await fh.read(buf, 0, buf.length, from);
    } finally {
      await fh.close();
    }
    let lineStart = 0;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, lineStart)) {
      const [line] = parseLogLines([{ file: path, content: buf.subarray(lineStart, nl).toString('utf8') + '\n' }]);
      lineStart = nl + 1;
      if (!line?.event) continue;
      out.push({ event: line.event, cursor: { file: name, offset: from + lineStart, eventId: line.event.eventId, hash: line.event.hash } });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function severityOf(e: AuditEvent): SeverityNumber {
  if (e.kind !== 'decision') return SeverityNumber.INFO;
  if (e.choice === 'anyway') return SeverityNumber.WARN2;
  return e.action === 'block' ? SeverityNumber.WARN : SeverityNumber.INFO;
}

/** OTLP attributes for one event: flat fields a SIEM can query, plus the whole event for chain checks. */
export function eventAttributes(e: AuditEvent): AnyValueMap {
  const base: AnyValueMap = {
    'promptfence.event_id': e.eventId,
    'promptfence.kind': e.kind,
    'promptfence.schema_version': e.schemaVersion,
    'user.name': e.user,
    'host.name': e.machine,
    'promptfence.producer': e.producer,
    'promptfence.extension_version': e.extensionVersion,
    'promptfence.prev_hash': e.prevHash,
    'promptfence.hash': e.hash,
    'promptfence.event': canonicalJson(e),
  };
  if (e.kind === 'purge') return { ...base, 'promptfence.purge.anchor': e.anchor, 'promptfence.purge.files': [...e.purgedFiles] };
  return {
    ...base,
    'promptfence.workspace': e.workspace,
    'promptfence.target.surface': e.target.surface,
    ...(e.target.program === undefined ? {} : { 'promptfence.target.program': e.target.program }),
    'promptfence.action': e.action,
    'promptfence.choice': e.choice,
    ...(e.reason === undefined ? {} : { 'promptfence.reason': e.reason }),
    'promptfence.policy.source': e.policy.source,
    'promptfence.policy.hash': e.policy.hash,
    'promptfence.types': e.findings.map((f) => f.type),
    'promptfence.categories': [...new Set(e.findings.map((f) => f.category))],
    'promptfence.finding_count': e.findings.reduce((n, f) => n + f.count, 0),
    'promptfence.findings': JSON.stringify(e.findings),
    'promptfence.key_id': e.keyId,
    ...(e.source === undefined ? {} : { 'promptfence.source': e.source }),
  };
}

function bodyOf(e: AuditEvent): string {
  if (e.kind === 'purge') return `PromptFence: log retention purged ${e.purgedFiles.length} file(s)`;
  const types = e.findings.map((f) => `${f.type}×${f.count}`).join(', ');
  const target = e.target.program ? `${e.target.surface}/${e.target.program}` : e.target.surface;
  return `PromptFence: ${e.action} → ${e.choice} (${types}) to ${target}`;
}

/** Keeps what the logger emits so that a batch can be handed to the exporter and its result awaited. */
class CollectingProcessor implements LogRecordProcessor {
  readonly records: SdkLogRecord[] = [];
  onEmit(record: SdkLogRecord): void {
    this.records.push(record);
  }
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

export class AuditForwarder {
  private readonly exporter: OTLPLogExporter;
  private readonly provider: LoggerProvider;
  private readonly collector = new CollectingProcessor();
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  private notified = false;
  private sending: Promise<number> | undefined;

  constructor(private readonly options: ForwarderOptions) {
    this.exporter = new OTLPLogExporter({ url: options.url, headers: { ...options.headers }, timeoutMillis: options.timeoutMs ?? 10_000 });
    this.provider = new LoggerProvider({
      resource: resourceFromAttributes({ 'service.name': 'promptfence', ...options.resourceAttributes }),
      processors: [this.collector],
    });
  }

  /**
   * Sends every event after the cursor, batch by batch, moving the cursor after each
   * acknowledged batch. Rejects on the first failed batch; the caller (or `start`) retries.
   */
  sendPending(): Promise<number> {
    // One send at a time: a second caller shares the running one instead of sending twice.
    this.sending ??= this.sendAll().finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async sendAll(): Promise<number> {
    const logger = this.provider.getLogger('promptfence.audit');
    let total = 0;
    for (;;) {
      const cursor = await readCursor(this.options.cursorFile);
      const batch = await pendingEvents(this.options.location, cursor, this.options.batchSize ?? 100);
      if (batch.length === 0) return total;
      this.collector.records.length = 0;
      for (const { event } of batch) {
        logger.emit({ timestamp: new Date(event.time), severityNumber: severityOf(event), severityText: event.kind === 'decision' ? event.action : 'purge', eventName: `promptfence.${event.kind}`, body: bodyOf(event), attributes: eventAttributes(event) });
      }
      const records: ReadableLogRecord[] = this.collector.records.splice(0);
      const result = await new Promise<{ code: number; error?: Error }>((resolve) => this.exporter.export(records, resolve));
      if (result.code !== EXPORT_SUCCESS) throw new Error(`OTLP export to ${this.options.url} failed: ${result.error?.message ?? 'unknown error'}`);
      await writeCursor(this.options.cursorFile, batch[batch.length - 1].cursor);
      total += batch.length;
      this.options.onSent?.(batch.length);
    }
  }

  /** Runs in the background until `stop`: sends, waits for `notify` or the poll interval, backs off after failures. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** New events were appended: send them soon (ignored while backing off after a failure). */
  notify(): void {
    this.notified = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    await this.provider.shutdown().catch(() => undefined);
    await this.exporter.shutdown().catch(() => undefined);
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = wakeable ? done : () => (this.running ? undefined : done());
    });
  }

  private async loop(): Promise<void> {
    const initial = this.options.initialBackoffMs ?? 1000;
    const max = this.options.maxBackoffMs ?? 300_000;
    let backoff = initial;
    while (this.running) {
      this.notified = false;
      try {
        await this.sendPending();
        backoff = initial;
        if (this.running && !this.notified) await this.sleep(this.options.pollMs ?? 30_000, true);
      } catch (err) {
        this.options.onError?.(err instanceof Error ? err : new Error(String(err)));
        // Jitter keeps many developers' machines from retrying a recovering collector in step.
        const wait = Math.min(backoff, max) * (0.8 + Math.random() * 0.4);
        backoff = Math.min(backoff * 2, max);
        if (this.running) await this.sleep(wait, false);
      }
    }
  }
}

/** Where the CLI and the extension keep a log's cursor by default: beside the log. */
export function defaultCursorFile(location: LogLocation): string {
  return 'dir' in location ? join(location.dir, '.promptfence-forward-cursor.json') : `${location.file}.forward-cursor.json`;
}
