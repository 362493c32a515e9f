import { hostname } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { currentUser } from '../audit/appendDecision';
import { resolveLogKey } from '../audit/key';
import { createAuditEvent, type DecisionFacts } from '../audit/record';
import { AuditLogWriter, type LogLocation } from '../audit/writer';
import type { PromptFence } from './promptFence';

const KEY_SECRET = 'promptfence.logKey';

export type LoggedDecision = DecisionFacts;

/** Minimal shape of the OpenTelemetry forwarder, loaded only when forwarding is configured. */
interface Forwarder {
  start(): void;
  notify(): void;
  stop(): Promise<void>;
}

/**
 * The warning log as the extension uses it: where it lives, its key (environment, setting,
 * or a random per-installation key in SecretStorage), and an append that never delays or
 * fails the paste. Failures are reported in the output channel, never silently dropped.
 */
export class WarningLog implements vscode.Disposable {
  private writer: AuditLogWriter | undefined;
  private writerDir: string | undefined;
  private key: Promise<Buffer> | undefined;
  private forwarder: Forwarder | undefined;

  constructor(private readonly pf: PromptFence) {}

  /** The folder the log is written to: the setting, else the workspace's extension storage. */
  get directory(): string {
    const configured = this.pf.settings.logDirectory;
    if (configured) return configured;
    const base = this.pf.extension.storageUri ?? this.pf.extension.globalStorageUri;
    return join(base.fsPath, 'warning-log');
  }

  get location(): LogLocation {
    return { dir: this.directory };
  }

  private keyOnce(): Promise<Buffer> {
    this.key ??= resolveLogKey({
      env: process.env,
      explicit: this.pf.settings.logKey,
      store: {
        load: () => Promise.resolve(this.pf.extension.secrets.get(KEY_SECRET)),
        save: (k) => Promise.resolve(this.pf.extension.secrets.store(KEY_SECRET, k)),
      },
    }).then((r) => r.key);
    return this.key;
  }

  private writerFor(dir: string): AuditLogWriter {
    if (!this.writer || this.writerDir !== dir) {
      this.writerDir = dir;
      this.writer = new AuditLogWriter({
        location: { dir },
        retentionDays: this.pf.settings.logRetentionDays,
        identity: { user: currentUser(process.env), machine: hostname(), producer: 'extension', version: this.pf.version },
        onError: (e) => this.pf.log.error(`warning log: ${e.message}`),
        onNotice: (m) => this.pf.log.warn(`warning log: ${m}`),
      });
    }
    return this.writer;
  }

  /** Appends one decision; resolves when it is on disk. Never rejects. */
  async record(d: LoggedDecision): Promise<boolean> {
    try {
      const key = await this.keyOnce();
      const event = createAuditEvent(
        {
          ...d,
          policy: { source: this.pf.policy.source, hash: this.pf.policy.hash },
          user: currentUser(process.env),
          machine: hostname(),
          workspace: vscode.workspace.name ?? '(no workspace)',
          producer: 'extension',
          version: this.pf.version,
        },
        { key },
      );
      const result = await this.writerFor(this.directory).append(event);
      if (!result.ok) {
        this.pf.log.error(`warning log: an event could not be written: ${result.error.message}`);
        return false;
      }
      this.ensureForwarding();
      this.forwarder?.notify();
      return true;
    } catch (err) {
      this.pf.log.error(`warning log: ${(err as Error).message}`);
      return false;
    }
  }

  /** Starts the OTLP forwarder when a URL is configured; its code loads only then. */
  private ensureForwarding(): void {
    const url = this.pf.settings.logForwardUrl;
    if (!url || this.forwarder) return;
    // A separate bundle, so that the OpenTelemetry code costs nothing unless it is used.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AuditForwarder } = require(join(__dirname, 'forwarder.js')) as typeof import('../audit/forwarder');
    const base = this.pf.extension.globalStorageUri.fsPath;
    this.forwarder = new AuditForwarder({
      location: this.location,
      cursorFile: join(base, 'forward-cursor.json'),
      url,
      headers: this.pf.settings.logForwardHeaders,
      onError: (e) => this.pf.log.warn(`warning log forwarding: ${e.message} (will retry)`),
      onSent: (n) => this.pf.log.info(`warning log forwarding: ${n} event(s) delivered`),
    });
    this.forwarder.start();
  }

  /** Resumes forwarding of events a previous session did not deliver. */
  startForwardingIfConfigured(): void {
    try {
      this.ensureForwarding();
    } catch (err) {
      this.pf.log.error(`warning log forwarding could not start: ${(err as Error).message}`);
    }
  }

  dispose(): void {
    void this.forwarder?.stop();
  }
}
