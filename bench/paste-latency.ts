// Paste-decision latency: scan + decide (+ redact, as the dialog prepares it) for a 2 KB
// paste, warm, p50/p99; and the cold path a fresh process takes to its first decision
// (loading the bundled engine and policy, then one decision), which is what activation
// followed by the first paste costs in the extension host. Run: npx tsx bench/paste-latency.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { redactText, scanText } from '../src/engine';
import { decideAction } from '../src/policy/decide';
import { BUILTIN_POLICY } from '../src/policy/defaults';

const AWS = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');

/** A realistic 2 KB paste: code with a config block, an e-mail and a key. */
function paste2k(i: number): string {
  const lines = [
    `// request ${i}: please review`,
    'import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";',
    'const client = new S3Client({ region: "eu-central-1" });',
    `export async function upload(key: string, body: Buffer) {`,
    '  const started = Date.now();',
    '  await client.send(new PutObjectCommand({ Bucket: "reports", Key: key, Body: body }));',
    '  return { ms: Date.now() - started, size: body.length };',
    '}',
    `// contact: max.mustermann${i % 7}@firma.de`,
    `// AWS_ACCESS_KEY_ID=${AWS}`,
  ];
  let text = '';
  while (text.length < 2048) text += lines.join('\n') + '\n';
  return text.slice(0, 2048);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function decideOnce(text: string) {
  const result = scanText(text, { minConfidence: BUILTIN_POLICY.minConfidence });
  const decision = decideAction(result.findings, 'chat.panel', BUILTIN_POLICY, result.complete);
  if (decision.action !== 'allow') redactText(text, decision.findings.map((d) => d.finding));
  return decision;
}

async function coldStart(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pf-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `const t0 = performance.now();
const { scanText } = require(${JSON.stringify(join(__dirname, '..', 'src', 'engine'))});
const { decideAction } = require(${JSON.stringify(join(__dirname, '..', 'src', 'policy', 'decide'))});
const { BUILTIN_POLICY } = require(${JSON.stringify(join(__dirname, '..', 'src', 'policy', 'defaults'))});
const text = ${JSON.stringify(paste2k(0))};
const r = scanText(text);
decideAction(r.findings, 'chat.panel', BUILTIN_POLICY, r.complete);
console.log(performance.now() - t0);`,
  );
  const out = join(dir, 'bundle.js');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', minify: true, outfile: out, logLevel: 'error' });
  const runs: number[] = [];
  for (let i = 0; i < 10; i++) runs.push(Number(execFileSync(process.execPath, [out], { encoding: 'utf8' }).trim()));
  return runs.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const texts = Array.from({ length: 200 }, (_, i) => paste2k(i));
  for (let i = 0; i < 2000; i++) decideOnce(texts[i % texts.length]); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const t = texts[i % texts.length];
    const t0 = performance.now();
    decideOnce(t);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const cold = await coldStart();
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(`paste decision, 2 KB, warm (${samples.length} runs): p50 ${fmt(percentile(samples, 50))}, p99 ${fmt(percentile(samples, 99))}, max ${fmt(samples[samples.length - 1])}`);
  console.log(`cold: load engine+policy and first decision in a fresh process (10 runs): median ${fmt(percentile(cold, 50))}, max ${fmt(cold[cold.length - 1])}`);
  console.log(`node ${process.version}, ${process.arch}`);
}

void main();
