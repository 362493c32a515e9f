import { randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { eventsOf, parseLogLines, verifyChain, verifyLogLines, type ChainVerification } from '../../audit/chain';
import { rowsToCsv } from '../../audit/csv';
import { defaultKeyFile, fileKeyStore, LOG_KEY_ENV, parseKey } from '../../audit/key';
import { collectChains, readLogInputs } from '../../audit/readLogs';
import { fingerprintValue, type AuditEvent } from '../../audit/record';
import { renderReportHtml, type ChainStatus } from '../../audit/reportHtml';
import { buildReportModel, isDecision, targetLabel } from '../../audit/reportModel';
import { listLogFiles } from '../../audit/writer';
import { InputError, UsageError, type CliCommand, type CliIo } from '../command';

export { appendDecisionToLog, type DecisionLogRequest, type DecisionLogResult } from '../../audit/appendDecision';

const USAGE = `usage: promptfence log verify [--anchor HASH] FILE…|DIR
       promptfence log report [--out FILE.html] [--csv FILE.csv] [--title TEXT] FILE…|DIR…
       promptfence log search [--key-file FILE] FILE…|DIR… < value

verify  Checks the hash chain of one log: the files of one chain in order, or a folder of
        rotated files. Prints OK with the event count, or the first broken link as
        FILE:LINE: KIND (edited, deleted, inserted, reordered). A line cut short by a crash
        is reported but does not fail. --anchor accepts a chain that starts at HASH.
        Exit 0 intact, 1 broken, 2 usage or input error.
report  Merges the logs of many developers (each FILE, or each folder and its subfolders)
        into one self-contained HTML report (to --out, else standard output) and/or a
        CSV file. Each log's chain is checked and the result shown in the report.
search  Reads one value from standard input and lists the events whose fingerprints
        match it (time, user, target; never the value). Needs the key the events were
        written with: ${LOG_KEY_ENV}, or --key-file (default: this user's key file).
        Exit 0 when found, 1 when not.`;

function where(path: string, cwd: string): string {
  return relative(cwd, path) || path;
}

function describe(v: ChainVerification, cwd: string): string {
  const b = v.break;
  return b ? `${where(b.file, cwd)}:${b.line}: ${b.kind}: ${b.message}` : '';
}

async function inputsOf(positionals: string[], io: CliIo) {
  if (positionals.length === 0) throw new UsageError('name the log files or folder');
  const paths = positionals.map((p) => resolve(io.cwd, p));
  for (const p of paths) {
    try {
      const st = await stat(p);
      if (st.isDirectory() && (await listLogFiles(p)).length === 0) throw new InputError(`${where(p, io.cwd)}: no promptfence-audit-*.jsonl files in this folder`);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`${where(p, io.cwd)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    }
  }
  return readLogInputs(paths);
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { anchor: { type: 'string', multiple: true } }, allowPositionals: true });
  const inputs = await inputsOf(positionals, io);
  const v = verifyChain(inputs, { anchors: values.anchor });
  for (const n of v.notices) io.err(`${where(n.file, io.cwd)}:${n.line}: notice: ${n.kind}: ${n.message}\n`);
  if (!v.ok) {
    io.out(`BROKEN ${describe(v, io.cwd)}\n`);
    return 1;
  }
  io.out(`OK ${v.events} events in ${inputs.length} file${inputs.length === 1 ? '' : 's'}${v.headHash ? `, head ${v.headHash}` : ''}\n`);
  return 0;
}

async function report(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, csv: { type: 'string' }, title: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('name the log files or folders to merge');
  let chains;
  try {
    chains = await collectChains(positionals.map((p) => resolve(io.cwd, p)), io.cwd);
  } catch (err) {
    throw new InputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file or folder: ${(err as NodeJS.ErrnoException).path}` : (err as Error).message);
  }
  if (chains.length === 0) throw new InputError('no log files found');
  const events: AuditEvent[] = [];
  const statuses: ChainStatus[] = [];
  for (const c of chains) {
    const lines = parseLogLines(await readLogInputs(c.files));
    const v = verifyLogLines(lines);
    for (const l of lines) if (l.event) events.push(l.event);
    const notices = v.notices.map((n) => `${where(n.file, io.cwd)}:${n.line}: ${n.kind}`).join('; ');
    statuses.push({ name: c.name, ok: v.ok, events: v.events, detail: v.ok ? notices || undefined : describe(v, io.cwd) });
    if (!v.ok) io.err(`warning: ${c.name}: chain broken: ${describe(v, io.cwd)}\n`);
  }
  const model = buildReportModel(events);
  if (values.csv) await writeOut(resolve(io.cwd, values.csv), rowsToCsv(model.rows));
  if (values.out || !values.csv) {
    const html = renderReportHtml(model, { nonce: randomBytes(16).toString('base64'), theme: 'standalone', title: values.title, chains: statuses });
    if (values.out) await writeOut(resolve(io.cwd, values.out), html);
    else io.out(html);
  }
  io.err(`report: ${model.rows.length} events from ${chains.length} log${chains.length === 1 ? '' : 's'}${values.out ? ` -> ${values.out}` : ''}${values.csv ? ` (CSV: ${values.csv})` : ''}\n`);
  return 0;
}

async function writeOut(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
}

async function search(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { 'key-file': { type: 'string' } }, allowPositionals: true });
  const fromEnv = io.env[LOG_KEY_ENV];
  let keyText = fromEnv && fromEnv.trim() !== '' ? fromEnv : await fileKeyStore(values['key-file'] ? resolve(io.cwd, values['key-file']) : defaultKeyFile(io.env)).load();
  if (!keyText) throw new InputError(`no key: set ${LOG_KEY_ENV} or pass --key-file`);
  let key: Buffer;
  try {
    key = parseKey(keyText);
  } catch (err) {
    throw new InputError((err as Error).message);
  } finally {
    keyText = undefined;
  }
  const value = new TextDecoder('utf-8').decode(io.readStdin()).replace(/\r?\n$/, '');
  if (value === '') throw new InputError('standard input is empty: pipe the value in');
  const wanted = fingerprintValue(key, value);
  const inputs = await inputsOf(positionals, io);
  let hits = 0;
  for (const e of eventsOf(inputs)) {
    if (!isDecision(e)) continue;
    const types = e.findings.filter((f) => f.fingerprints.includes(wanted)).map((f) => f.type);
    if (types.length === 0) continue;
    hits++;
    io.out(`${e.time}\t${e.user}@${e.machine}\t${targetLabel(e)}\t${types.join(',')}\t${e.action}/${e.choice}\t${e.eventId}\n`);
  }
  io.err(`${hits} matching event${hits === 1 ? '' : 's'}\n`);
  return hits > 0 ? 0 : 1;
}

export const logCommand: CliCommand = {
  summary: 'verify, merge into a report, or search the warning log',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') return verify(rest, io);
    if (sub === 'report') return report(rest, io);
    if (sub === 'search') return search(rest, io);
    throw new UsageError(sub ? `unknown subcommand: ${sub}` : 'name a subcommand: verify, report or search');
  },
};
