/**
 * Accuracy of the default engine on a held-out labelled corpus, by default
 * test/fixtures/pii-holdout (same markup and labelling rules as test/fixtures/pii-eval).
 * Run: npx tsx bench/pii-holdout.ts [FIXTURE_DIR]
 *   e.g. npx tsx bench/pii-holdout.ts test/fixtures/pii-holdout2
 * FIXTURE_DIR is a directory whose src/*.txt holds the marked-up sources (relative paths
 * are resolved against the current directory).
 *
 * Compiles src/*.txt in memory (nothing is written), checks every check-digit label and
 * look-alike with checks.ts, runs scanText on each document and scores like
 * bench/pii-eval.ts: per type, overlap matching, one-to-one, greedy by overlap length;
 * all SECRET_* types as one class; a further same-type finding overlapping an already
 * matched label is a fragment, not an FP. Prints P/R/F1 per type, micro F1, the
 * false-alarm rate on documents without labels, and every FN and FP with context.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, type Finding } from '../src/engine';
import { parseSource, type EvalDoc } from '../test/fixtures/pii-eval/build';
import { TYPE_TO_KIND, VALIDATORS } from '../test/fixtures/pii-eval/checks';
import { overlap, pairByOverlap, typeKey } from './piiMatch';

const DEFAULT_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'pii-holdout');
const FIXTURE_DIR = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_DIR;
const SRC = path.join(FIXTURE_DIR, 'src');
if (!fs.existsSync(SRC) || !fs.statSync(SRC).isDirectory()) {
  console.error(`pii-holdout: no src/ directory in ${FIXTURE_DIR}`);
  process.exit(2);
}
const relDir = path.relative(path.join(__dirname, '..'), FIXTURE_DIR);
const FIXTURE_LABEL = relDir && !relDir.startsWith('..') && !path.isAbsolute(relDir) ? relDir.split(path.sep).join('/') : FIXTURE_DIR;

function loadHoldout(): EvalDoc[] {
  const files = fs.readdirSync(SRC).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.flatMap((f) => parseSource(fs.readFileSync(path.join(SRC, f), 'utf8')));
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const d of docs) {
    if (seen.has(d.id)) errors.push(`duplicate id ${d.id}`);
    seen.add(d.id);
    for (const l of d.labels) {
      const kind = TYPE_TO_KIND[l.type];
      if (kind && !VALIDATORS[kind](l.text)) errors.push(`${d.id}: ${l.type} "${l.text}" fails its check`);
      if (l.text !== l.text.trim() || l.text === '') errors.push(`${d.id}: ${l.type} "${l.text}" has outer whitespace`);
    }
    for (const la of d.lookalikes) {
      if (!VALIDATORS[la.kind]) errors.push(`${d.id}: unknown look-alike kind ${la.kind}`);
      else if (VALIDATORS[la.kind](la.text)) errors.push(`${d.id}: look-alike ${la.kind} "${la.text}" passes its check`);
    }
  }
  if (errors.length) throw new Error('corpus errors:\n' + errors.join('\n'));
  return docs;
}

interface Counts { tp: number; fp: number; fn: number; exact: number }
interface Issue { kind: 'FN' | 'FP' | 'FRAGMENT' | 'SECRET_TYPE' | 'INEXACT'; doc: EvalDoc; type: string; start: number; end: number; note: string }
const perType = new Map<string, Counts>();
const issues: Issue[] = [];
const bump = (key: string, field: keyof Counts): void => {
  if (!perType.has(key)) perType.set(key, { tp: 0, fp: 0, fn: 0, exact: 0 });
  perType.get(key)![field]++;
};

function scoreDoc(doc: EvalDoc, findings: readonly Finding[]): void {
  const keys = new Set([...doc.labels.map((l) => typeKey(l.type)), ...findings.map((f) => typeKey(f.type))]);
  for (const key of keys) {
    const labels = doc.labels.filter((l) => typeKey(l.type) === key);
    const { matched, missed, extra } = pairByOverlap(labels, findings.filter((f) => typeKey(f.type) === key));
    for (const [l, f] of matched) {
      bump(key, 'tp');
      if (l.start === f.start && l.end === f.end) bump(key, 'exact');
      else issues.push({ kind: 'INEXACT', doc, type: l.type, start: l.start, end: l.end, note: `found "${doc.text.slice(f.start, f.end)}"` });
      if (key === 'SECRET_*' && l.type !== f.type) issues.push({ kind: 'SECRET_TYPE', doc, type: l.type, start: l.start, end: l.end, note: `reported as ${f.type}` });
    }
    for (const l of missed) {
      bump(key, 'fn');
      const others = findings.filter((f) => overlap(l, f) > 0);
      const note = others.length ? 'found as ' + others.map((f) => `${f.type} (${f.detector})`).join(', ') : 'nothing found here';
      issues.push({ kind: 'FN', doc, type: l.type, start: l.start, end: l.end, note });
    }
    for (const f of extra) {
      const kind = labels.some((l) => overlap(l, f) > 0) ? 'FRAGMENT' : 'FP';
      if (kind === 'FP') bump(key, 'fp');
      const other = doc.labels.find((l) => overlap(l, f) > 0);
      const note = `${f.detector} ${f.confidence.toFixed(2)}${other && kind === 'FP' ? `; overlaps label ${other.type} "${other.text}"` : ''}`;
      issues.push({ kind, doc, type: f.type, start: f.start, end: f.end, note });
    }
  }
}

const corpus = loadHoldout();
const neg = { all: 0, hit: 0, de: [0, 0], en: [0, 0] } as { all: number; hit: number; de: number[]; en: number[] };
const negTypes = new Map<string, number>();
let ms = 0;
for (const doc of corpus) {
  const t = performance.now();
  const { findings } = scanText(doc.text);
  ms += performance.now() - t;
  scoreDoc(doc, findings);
  if (doc.labels.length === 0) {
    neg.all++;
    neg[doc.lang][0]++;
    if (findings.length) {
      neg.hit++;
      neg[doc.lang][1]++;
      for (const ty of new Set(findings.map((f) => f.type))) negTypes.set(ty, (negTypes.get(ty) ?? 0) + 1);
    }
  }
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–');
const out: string[] = [];
const nLabels = corpus.reduce((a, d) => a + d.labels.length, 0);
out.push(`# PII held-out evaluation (${FIXTURE_LABEL})`, '',
  `${corpus.length} documents (${corpus.filter((d) => d.lang === 'de').length} de, ${corpus.filter((d) => d.lang === 'en').length} en), ` +
  `${nLabels} labels, ${neg.all} documents without sensitive data; ${ms.toFixed(0)} ms for all scans.`, '',
  '| type | labels | TP | FP | FN | P % | R % | F1 % | exact % | F1 ≥ 95 |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|');
const total: Counts = { tp: 0, fp: 0, fn: 0, exact: 0 };
const row = (k: string, c: Counts): string => {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  const f1 = c.tp === 0 ? 0 : (2 * p * r) / (p + r);
  return `| ${k} | ${c.tp + c.fn} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${c.tp ? pct(c.exact / c.tp) : '–'} | ${f1 >= 0.95 ? 'yes' : '**no**'} |`;
};
for (const k of [...perType.keys()].sort()) {
  const c = perType.get(k)!;
  (Object.keys(total) as (keyof Counts)[]).forEach((f) => (total[f] += c[f]));
  out.push(row(k, c));
}
out.push(row('ALL (micro)', total), '');
out.push(`False alarms on clean documents: ${neg.hit} of ${neg.all} = **${pct(neg.hit / neg.all)} %** (target ≤ 2 %); ` +
  `de ${neg.de[1]}/${neg.de[0]}, en ${neg.en[1]}/${neg.en[0]}; types: ${[...negTypes].map(([t, n]) => `${t} (${n})`).join(', ') || 'none'}`, '');

const oneLine = (s: string): string => s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
const ctx = (i: Issue): string => {
  const t = i.doc.text;
  return `${oneLine(t.slice(Math.max(0, i.start - 30), i.start))}【${oneLine(t.slice(i.start, i.end))}】${oneLine(t.slice(i.end, i.end + 30))}`;
};
for (const kind of ['FN', 'FP', 'FRAGMENT', 'SECRET_TYPE', 'INEXACT'] as const) {
  const list = issues.filter((i) => i.kind === kind).sort((a, b) => a.type.localeCompare(b.type) || a.doc.id.localeCompare(b.doc.id) || a.start - b.start);
  out.push(`## ${kind} (${list.length})`);
  for (const i of list) out.push(`- ${i.doc.id} ${i.type}: ${ctx(i)} — ${i.note}`);
  out.push('');
}
console.log(out.join('\n'));
