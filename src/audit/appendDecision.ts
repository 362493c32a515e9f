import { hostname, userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { defaultKeyFile, fileKeyStore, resolveLogKey, type KeyStore } from './key';
import { createAuditEvent, type DecisionFacts } from './record';
import { AuditLogWriter, type LogLocation } from './writer';

export interface DecisionLogRequest extends DecisionFacts {
  /** `--log FILE`: one file, no rotation. Wins over `policyLogDir`. */
  readonly logFile?: string;
  /** The folder the policy names for the log; rotated files. */
  readonly policyLogDir?: string;
  /** Retention the policy sets (days); applies to `policyLogDir` only. */
  readonly retentionDays?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly policy: { readonly source: string; readonly hash: string };
  /** The CLI's version. */
  readonly version: string;
  /** Defaults to the name of `cwd`. */
  readonly workspace?: string;
  /** Defaults to a 0600 key file under the user's config folder. */
  readonly keyStore?: KeyStore;
}

export type DecisionLogResult =
  /** `warning`: the event is on disk but the retention purge after it failed. */
  | { readonly written: true; readonly file: string; readonly eventId: string; readonly warning?: string }
  | { readonly written: false; readonly reason: 'no-log-configured' }
  | { readonly written: false; readonly reason: 'failed'; readonly error: string };

function currentUser(env: Readonly<Record<string, string | undefined>>): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unknown';
  }
}

/**
 * For the commands that decide (`promptfence hook`, …): appends one event to the log named
 * by `--log FILE`, else to the folder the policy names, else nowhere. Never throws: the
 * decision stands whether or not the log could be written, and the caller prints the
 * error (which holds no value from the text).
 */
export async function appendDecisionToLog(req: DecisionLogRequest): Promise<DecisionLogResult> {
  const location: LogLocation | undefined = req.logFile ? { file: resolve(req.cwd, req.logFile) } : req.policyLogDir ? { dir: resolve(req.cwd, req.policyLogDir) } : undefined;
  if (!location) return { written: false, reason: 'no-log-configured' };
  try {
    const { key } = await resolveLogKey({ env: req.env, store: req.keyStore ?? fileKeyStore(defaultKeyFile(req.env)) });
    const user = currentUser(req.env);
    const machine = hostname();
    const body = createAuditEvent(
      {
        text: req.text,
        findings: req.findings,
        action: req.action,
        choice: req.choice,
        reason: req.reason,
        target: req.target,
        policy: req.policy,
        user,
        machine,
        workspace: req.workspace ?? basename(req.cwd),
        producer: 'cli',
        version: req.version,
        source: req.source,
      },
      { key },
    );
    let failure: Error | undefined;
    const writer = new AuditLogWriter({
      location,
      retentionDays: 'dir' in location ? req.retentionDays : undefined,
      identity: { user, machine, producer: 'cli', version: req.version },
      onError: (e) => (failure ??= e),
    });
    const result = await writer.append(body);
    if (!result.ok) return { written: false, reason: 'failed', error: result.error.message };
    return { written: true, file: result.file, eventId: result.event.eventId, ...(failure ? { warning: failure.message } : {}) };
  } catch (err) {
    return { written: false, reason: 'failed', error: (err as Error).message };
  }
}
