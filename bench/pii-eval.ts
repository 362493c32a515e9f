/**
 * Accuracy of the default engine on the independent labelled corpus in
 * test/fixtures/pii-eval (see its README.md for the labelling rules).
 * Run: npx tsx bench/pii-eval.ts [--quiet]
 *
 * Scores per entity type with overlap matching, one-to-one: a finding matches a label of
 * the same type when their spans overlap; pairs are assigned greedily by overlap length.
 * All SECRET_* types are scored together as "SECRET_*" (the provider-specific name is
 * reported apart). A further finding of the same type that overlaps an already matched
 * label (an entity reported in pieces) is listed as a fragment, not counted as FP.
 * Also: exact-span agreement among matches, false-alarm rate on documents without
 * sensitive data, per-language figures, and every miss and false alarm with context.
 * Writes the summary to bench/results/pii-eval.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, type Finding } from '../src/engine';
import { loadCorpus, type EvalDoc, type Label } from '../test/fixtures/pii-eval/build';
import { overlap, pairByOverlap, typeKey } from './piiMatch';

const quiet = process.argv.includes('--quiet');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
}
const newCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, exact: 0 });

interface Issue {
  kind: 'FN' | 'FP' | 'FRAGMENT' | 'SECRET_TYPE';
  doc: EvalDoc;
  type: string;
  start: number;
  end: number;
  note: string;
}

const perType = new Map<string, Counts>();
const perLangType = new Map<string, Map<string, Counts>>();
const issues: Issue[] = [];
const negativeHits = new Map<string, number>(); // finding type -> negative docs hit
let negDocs = 0;
const negDocsWithFinding: Record<string, number> = { de: 0, en: 0, all: 0 };
const negDocsPerLang: Record<string, number> = { de: 0, en: 0 };
let totalMs = 0;

function counts(map: Map<string, Counts>, key: string): Counts {
  let c = map.get(key);
  if (!c) map.set(key, (c = newCounts()));
  return c;
}
function bump(lang: string, key: string, field: keyof Counts): void {
  counts(perType, key)[field]++;
  let m = perLangType.get(lang);
  if (!m) perLangType.set(lang, (m = new Map()));
  counts(m, key)[field]++;
}

function scoreDoc(doc: EvalDoc, findings: readonly Finding[]): void {
  const keys = new Set<string>([...doc.labels.map((l) => typeKey(l.type)), ...findings.map((f) => typeKey(f.type))]);
  for (const key of keys) {
    const labels = doc.labels.filter((l) => typeKey(l.type) === key);
    const { matched, missed, extra } = pairByOverlap(labels, findings.filter((f) => typeKey(f.type) === key));
    for (const [l, f] of matched) {
      bump(doc.lang, key, 'tp');
      if (l.start === f.start && l.end === f.end) bump(doc.lang, key, 'exact');
      if (key === 'SECRET_*' && l.type !== f.type) {
        issues.push({ kind: 'SECRET_TYPE', doc, type: l.type, start: l.start, end: l.end, note: `reported as ${f.type}` });
      }
    }
    for (const l of missed) {
      bump(doc.lang, key, 'fn');
      issues.push({ kind: 'FN', doc, type: l.type, start: l.start, end: l.end, note: fnNote(l, findings) });
    }
    for (const f of extra) {
      if (labels.some((l) => overlap(l, f) > 0)) {
        issues.push({ kind: 'FRAGMENT', doc, type: f.type, start: f.start, end: f.end, note: `extra piece, ${f.detector} ${f.confidence.toFixed(2)}` });
        continue;
      }
      bump(doc.lang, key, 'fp');
      const other = doc.labels.find((l) => overlap(l, f) > 0);
      issues.push({
        kind: 'FP', doc, type: f.type, start: f.start, end: f.end,
        note: `${f.detector} ${f.confidence.toFixed(2)}${other ? `; overlaps label ${other.type} "${other.text}"` : ''}`,
      });
    }
  }
}

function fnNote(l: Label, findings: readonly Finding[]): string {
  const others = findings.filter((f) => overlap(l, f) > 0);
  if (others.length === 0) return 'nothing found here';
  return 'found as ' + others.map((f) => `${f.type} "${f.detector}" [${f.start},${f.end})`).join(', ');
}

const corpus = loadCorpus();
for (const doc of corpus) {
  const t = performance.now();
  const result = scanText(doc.text);
  totalMs += performance.now() - t;
  scoreDoc(doc, result.findings);
  if (doc.labels.length === 0) {
    negDocs++;
    negDocsPerLang[doc.lang]++;
    if (result.findings.length > 0) {
      negDocsWithFinding.all++;
      negDocsWithFinding[doc.lang]++;
      for (const ty of new Set(result.findings.map((f) => f.type))) negativeHits.set(ty, (negativeHits.get(ty) ?? 0) + 1);
    }
  }
}

// ---------- report ----------

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–');
function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f1 = c.tp === 0 ? (c.fp + c.fn === 0 ? NaN : 0) : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
function sum(cs: Iterable<Counts>): Counts {
  const t = newCounts();
  for (const c of cs) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    t.exact += c.exact;
  }
  return t;
}
function table(map: Map<string, Counts>): string[] {
  const rows = ['| type | labels | TP | FP | FN | precision % | recall % | F1 % | exact span % | F1 ≥ 95 |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|'];
  const keys = [...map.keys()].sort();
  for (const k of [...keys, 'ALL (micro)']) {
    const c = k === 'ALL (micro)' ? sum(map.values()) : map.get(k)!;
    const { p, r, f1 } = prf(c);
    const ok = Number.isFinite(f1) ? (f1 >= 0.95 ? 'yes' : '**no**') : '–';
    rows.push(`| ${k} | ${c.tp + c.fn} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${c.tp ? pct(c.exact / c.tp) : '–'} | ${ok} |`);
  }
  return rows;
}

const oneLine = (s: string): string => s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
function context(i: Issue): string {
  const t = i.doc.text;
  return `${oneLine(t.slice(Math.max(0, i.start - 40), i.start))}【${oneLine(t.slice(i.start, i.end))}】${oneLine(t.slice(i.end, i.end + 40))}`;
}

const out: string[] = [];
const labelsTotal = corpus.reduce((a, d) => a + d.labels.length, 0);
out.push('# PII evaluation on the independent corpus (test/fixtures/pii-eval)', '');
out.push(`Generated by \`npx tsx bench/pii-eval.ts\` on ${new Date().toISOString().slice(0, 10)}. ` +
  `${corpus.length} documents (${corpus.filter((d) => d.lang === 'de').length} German, ${corpus.filter((d) => d.lang === 'en').length} English), ` +
  `${labelsTotal} labelled entities, ${negDocs} documents without sensitive data. Default engine (\`scanText(text)\`, no policy), ` +
  `${totalMs.toFixed(0)} ms for all scans.`, '');
out.push('Matching: same type (all `SECRET_*` as one), overlapping spans, one-to-one. Extra pieces of an already matched entity are listed as fragments, not counted as FP.', '');
out.push('## Per type (all languages)', '', ...table(perType), '');
out.push(`## False alarms on documents without sensitive data`, '');
out.push(`- all: ${negDocsWithFinding.all} of ${negDocs} = **${pct(negDocsWithFinding.all / negDocs)} %** (target ≤ 2 %)`);
for (const lang of ['de', 'en']) out.push(`- ${lang}: ${negDocsWithFinding[lang]} of ${negDocsPerLang[lang]} = ${pct(negDocsWithFinding[lang] / negDocsPerLang[lang])} %`);
out.push(`- finding types on those documents: ${[...negativeHits.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} (${n} docs)`).join(', ') || 'none'}`, '');
for (const lang of ['de', 'en']) {
  out.push(`## Per type, ${lang === 'de' ? 'German' : 'English'} documents`, '', ...table(perLangType.get(lang) ?? new Map()), '');
}

const byKind = (k: Issue['kind']) => issues.filter((i) => i.kind === k).sort((a, b) => a.type.localeCompare(b.type) || a.doc.id.localeCompare(b.doc.id) || a.start - b.start);
const section = (title: string, list: Issue[]) => {
  out.push(`## ${title} (${list.length})`, '');
  out.push('| doc | type | text | context | note |', '|---|---|---|---|---|');
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  for (const i of list) out.push(`| ${i.doc.id} | ${i.type} | \`${esc(oneLine(i.doc.text.slice(i.start, i.end)))}\` | ${esc(context(i))} | ${esc(i.note)} |`);
  out.push('');
};
section('False negatives (misses)', byKind('FN'));
section('False positives (false alarms)', byKind('FP'));
section('Fragments (entity reported in several pieces; not counted)', byKind('FRAGMENT'));
section('Secrets found under a different SECRET_* name (counted as TP)', byKind('SECRET_TYPE'));

const md = out.join('\n');
const resultFile = path.join(__dirname, 'results', 'pii-eval.md');
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.writeFileSync(resultFile, md);

if (quiet) {
  console.log([...out.slice(0, out.indexOf('## Per type, German documents'))].join('\n'));
} else {
  console.log(md);
}
console.log(`\nwritten to ${path.relative(process.cwd(), resultFile)}`);
