import { hostname, userInfo } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
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

/** The account name for the log; the environment stands in where the OS cannot say. */
export function currentUser(env: Readonly<Record<string, string | undefined>>): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unknown';
  }
}

/**
 * PromptFence's per-user state folder: `$XDG_STATE_HOME/promptfence` (default
 * `~/.local/state/promptfence`), `~/Library/Application Support/promptfence` on macOS,
 * `%LOCALAPPDATA%/promptfence` on Windows. Undefined without a home folder.
 */
export function promptFenceStateDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const home = env.HOME ?? env.USERPROFILE;
  let base: string | undefined;
  if (platform === 'win32') base = env.LOCALAPPDATA || (home && join(home, 'AppData', 'Local'));
  else if (platform === 'darwin') base = home && join(home, 'Library', 'Application Support');
  else base = env.XDG_STATE_HOME || (home && join(home, '.local', 'state'));
  return base ? join(base, 'promptfence') : undefined;
}

/**
 * The CLI's own log folder when neither `--log` nor the policy names one, so that a
 * decision is never left unlogged: `warning-log` in {@link promptFenceStateDir}.
 */
export function defaultLogDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const state = promptFenceStateDir(env, platform);
  return state && join(state, 'warning-log');
}

/** `--log PATH` (a folder of rotated files when PATH is a folder, else one file), the policy's folder, or the default. */
function logLocation(req: DecisionLogRequest): LogLocation | undefined {
  if (req.logFile) {
    const path = resolve(req.cwd, req.logFile);
    return existsSync(path) && statSync(path).isDirectory() ? { dir: path } : { file: path };
  }
  if (req.policyLogDir) return { dir: resolve(req.cwd, req.policyLogDir) };
  const fallback = defaultLogDir(req.env);
  return fallback ? { dir: fallback } : undefined;
}

/**
 * For the commands that decide (`promptfence hook`, …): appends one event to the log named
 * by `--log PATH`, else to the folder the policy names, else to the user's default folder. Never throws: the
 * decision stands whether or not the log could be written, and the caller prints the
 * error (which holds no value from the text).
 */
export async function appendDecisionToLog(req: DecisionLogRequest): Promise<DecisionLogResult> {
  const location = logLocation(req);
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
