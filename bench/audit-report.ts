// Warning-log figures: `promptfence log report` over 100,000 events from 20 developers
// (time, output size, peak memory, in a fresh process), `log verify` over the same, and
// append throughput with and without fsync. Run: npx tsx bench/audit-report.ts [events]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { GENESIS_HASH, sealEvent, serialiseEvent } from '../src/audit/chain';
import { createAuditEvent, type AuditChoice } from '../src/audit/record';
import { AuditLogWriter } from '../src/audit/writer';
import type { Finding } from '../src/engine/types';

const KEY = Buffer.alloc(32, 1);
const TYPES = [
  ['SECRET_AWS_ACCESS_KEY', 'secret'],
  ['EMAIL_ADDRESS', 'pii.contact'],
  ['IBAN_CODE', 'pii.financial'],
  ['PERSON', 'pii.identity'],
  ['CONFIDENTIAL_MARKER', 'confidential'],
] as const;
const TARGETS = [{ surface: 'chat.panel' }, { surface: 'chat.inline' }, { surface: 'terminal', program: 'claude' }, { surface: 'webview.saoudrizwan.claude-dev' }, { surface: 'hook.UserPromptSubmit', program: 'copilot' }];
const CHOICES: AuditChoice[] = ['blocked', 'anyway', 'redacted', 'cancelled', 'pasted'];

/** A decision with one or two finding types and synthetic values (never real data). */
function decision(i: number, user: string, now: Date) {
  const a = TYPES[i % TYPES.length];
  const b = TYPES[(i * 3 + 1) % TYPES.length];
  const v1 = `value-${a[0]}-${i}`;
  const v2 = `value-${b[0]}-${i * 7}`;
  const text = `${v1} ${v2}`;
  const findings: Finding[] = [
    { type: a[0], category: a[1], start: 0, end: v1.length, confidence: 1, detector: 'bench', explanation: '' },
    ...(i % 3 === 0 ? [{ type: b[0], category: b[1], start: v1.length + 1, end: text.length, confidence: 1, detector: 'bench', explanation: '' } as Finding] : []),
  ];
  const choice = CHOICES[i % CHOICES.length];
  return createAuditEvent(
    { text, findings, action: choice === 'blocked' ? 'block' : choice === 'redacted' ? 'redact' : 'warn', choice, reason: choice === 'anyway' ? `ticket OPS-${i % 997}` : undefined, target: TARGETS[i % TARGETS.length], policy: { source: 'https://policy.example/org.jsonc', hash: 'a1b2c3d4' }, user, machine: `${user}-laptop`, workspace: `repo-${i % 12}`, producer: 'extension', version: '0.1.0' },
    { key: KEY, now: () => now },
  );
}

function writeLogs(root: string, total: number, developers: number): void {
  const start = Date.UTC(2026, 0, 1);
  const span = 180 * 86_400_000;
  for (let d = 0; d < developers; d++) {
    const user = `dev${String(d).padStart(2, '0')}`;
    const dir = join(root, user);
    mkdirSync(dir, { recursive: true });
    const n = Math.floor(total / developers) + (d < total % developers ? 1 : 0);
    let prev = GENESIS_HASH;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const e = sealEvent(decision(i + d * 100_000, user, new Date(start + Math.floor((span * i) / n) + d * 1000)), prev);
      prev = e.hash;
      lines.push(serialiseEvent(e));
    }
    writeFileSync(join(dir, 'promptfence-audit-20260101-000000-000.jsonl'), lines.join('\n') + '\n');
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Runs the CLI in a fresh process, so that its peak RSS is the command's own. */
function timedCli(args: string[]): { ms: number; cpuMs: number; maxRssKb: number } {
  const script = `const {main}=require(${JSON.stringify(join(__dirname, '..', 'src', 'cli', 'main.ts'))});
const t=performance.now();main(${JSON.stringify(args)},{out:()=>{},err:()=>{},readStdin:()=>Buffer.alloc(0),env:{},cwd:process.cwd()})
.then(c=>{const u=process.cpuUsage();process.stdout.write(JSON.stringify({code:c,ms:performance.now()-t,cpuMs:(u.user+u.system)/1000,maxRssKb:process.resourceUsage().maxRSS}))});`;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const r = JSON.parse(out) as { code: number; ms: number; cpuMs: number; maxRssKb: number };
  if (r.code !== 0) throw new Error(`CLI exited ${r.code}`);
  return r;
}

async function appendThroughput(dir: string, n: number, fsync: boolean, concurrent: boolean): Promise<number> {
  const w = new AuditLogWriter({ location: { dir }, fsync });
  const bodies = Array.from({ length: n }, (_, i) => decision(i, 'bench', new Date()));
  const t = performance.now();
  if (concurrent) await Promise.all(bodies.map((b) => w.append(b)));
  else for (const b of bodies) await w.append(b);
  return (n / (performance.now() - t)) * 1000;
}

/** How long chromium takes to show the report's first table rows (skipped without chromium). */
async function openInBrowser(file: string): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) return console.log('browser: skipped, /usr/bin/chromium absent');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true });
  try {
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#pf-table tbody tr', { timeout: 120_000 });
    const shown = performance.now() - t;
    const before = await page.locator('#pf-count').textContent();
    const t2 = performance.now();
    await page.fill('#pf-filter', 'anyway');
    await page.waitForFunction((text) => document.getElementById('pf-count')?.textContent !== text, before);
    console.log(`browser: report shown in ${(shown / 1000).toFixed(2)} s; filtering 100,000 rows by text: ${(performance.now() - t2).toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const root = mkdtempSync(join(tmpdir(), 'pf-bench-audit-'));
  try {
    const tGen = performance.now();
    writeLogs(join(root, 'logs'), total, 20);
    const logBytes = execFileSync('du', ['-sb', join(root, 'logs')], { encoding: 'utf8' }).split('\t')[0];
    console.log(`generated ${total.toLocaleString('en-US')} events from 20 developers (${mb(Number(logBytes))} of JSONL) in ${((performance.now() - tGen) / 1000).toFixed(1)} s`);

    const out = join(root, 'report.html');
    const csv = join(root, 'report.csv');
    const rep = timedCli(['log', 'report', '--out', out, '--csv', csv, join(root, 'logs')]);
    console.log(`log report (read, verify 20 chains, merge, HTML + CSV): ${(rep.ms / 1000).toFixed(2)} s wall, ${(rep.cpuMs / 1000).toFixed(2)} s CPU (process, incl. tsx start), peak RSS ${mb(rep.maxRssKb * 1024)}, HTML ${mb(statSync(out).size)}, CSV ${mb(statSync(csv).size)}`);
    const ver = timedCli(['log', 'verify', join(root, 'logs', 'dev00')]);
    console.log(`log verify, one developer (${Math.round(total / 20).toLocaleString('en-US')} events): ${ver.ms.toFixed(0)} ms wall, ${ver.cpuMs.toFixed(0)} ms CPU, peak RSS ${mb(ver.maxRssKb * 1024)}`);

    await openInBrowser(out);

    for (const [fsync, concurrent, n] of [[true, false, 300], [true, true, 300], [false, false, 3000]] as const) {
      const dir = join(root, `append-${fsync}-${concurrent}`);
      const rate = await appendThroughput(dir, n, fsync, concurrent);
      console.log(`append ${n} events, fsync ${fsync ? 'on' : 'off'}, ${concurrent ? 'all at once (queued)' : 'one after another'}: ${rate.toFixed(0)} events/s (${(1000 / rate).toFixed(2)} ms each)`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
