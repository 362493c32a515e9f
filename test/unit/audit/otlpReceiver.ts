import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the receiver answers one request. `slow` answers 200 after the client has given up. */
export type Reply = 'ok' | '500' | '429' | '503' | 'slow';

interface OtlpAttr {
  key: string;
  value: { stringValue?: string; intValue?: number | string; arrayValue?: unknown };
}

/**
 * A real OTLP/HTTP logs receiver for tests: decodes the JSON encoding the http exporter
 * sends (`Content-Type: application/json`, ExportLogsServiceRequest) and counts events by id.
 */
export class OtlpReceiver {
  /** Every event id received with a 200, in arrival order (duplicates kept). */
  readonly accepted: string[] = [];
  /** Raw request bodies, for privacy checks. */
  readonly bodies: string[] = [];
  readonly contentTypes = new Set<string>();
  requests = 0;
  /** Replies for the next requests, consumed in order; `ok` when empty. */
  script: Reply[] = [];
  slowMs = 600;
  /** Added to every answer, to make a sender's progress observable from outside. */
  delayMs = 0;
  port = 0;
  private server: Server | undefined;

  async start(port = this.port): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 200;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** Goes down hard: open keep-alive connections are cut, new ones refused. */
  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/v1/logs`;
  }

  uniqueIds(): Set<string> {
    return new Set(this.accepted);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    this.requests++;
    const reply = this.script.shift() ?? 'ok';
    if (reply === '500' || reply === '503') return void res.writeHead(Number(reply)).end('{"message":"collector unavailable"}');
    if (reply === '429') return void res.writeHead(429, { 'Retry-After': '0' }).end();
    if (req.url !== '/v1/logs' || req.method !== 'POST') return void res.writeHead(404).end();
    this.contentTypes.add(String(req.headers['content-type']));
    const body = Buffer.concat(chunks).toString('utf8');
    const ids = eventIdsOf(body);
    const wait = (reply === 'slow' ? this.slowMs : 0) + this.delayMs;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // A slow answer still counts: the collector stored it, the client just stopped waiting.
    this.bodies.push(body);
    this.accepted.push(...ids);
    if (!res.destroyed) res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  }
}

export function eventIdsOf(body: string): string[] {
  const req = JSON.parse(body) as { resourceLogs: { scopeLogs: { logRecords: { attributes: OtlpAttr[] }[] }[] }[] };
  return req.resourceLogs.flatMap((rl) => rl.scopeLogs.flatMap((sl) => sl.logRecords.map((r) => r.attributes.find((a) => a.key === 'promptfence.event_id')?.value.stringValue ?? '')));
}
