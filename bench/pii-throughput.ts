/**
 * Cost and false positives of the personal-data detectors on real code: ~10 MB of
 * code from node_modules (bench/corpus.ts, the engine benchmark's corpus). Run: npx tsx bench/pii-throughput.ts [MB]
 * Prints ms per MB for each detector alone and for all of them in one registry (best
 * of several runs), then the findings per type with a few masked samples.
 */
import { createRegistry, scanText } from '../src/engine';
import { piiDetectors } from '../src/engine/detectors/pii';
import { maskValue } from '../src/engine/mask';
import { buildCorpus } from './corpus';

const megabytes = Number(process.argv[2] ?? 10);
const { text, files } = buildCorpus(megabytes * 1024 * 1024);
const mb = text.length / (1024 * 1024);
console.log(`corpus: ${mb.toFixed(1)} MB of JavaScript from ${files.length} files`);

/**
 * Milliseconds of CPU time this process spent (user + system), best of `runs`. On a
 * shared machine wall-clock time also counts the time other processes held the core;
 * CPU time does not (it still counts GC, which is part of the cost).
 */
function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    min = Math.min(min, (d.user + d.system) / 1000);
  }
  return min;
}

// The engine's own cost (keyword pass, chunking) with a detector that never matches.
// Each detector is timed interleaved with this floor (minimum of RUNS each), so load
// from other processes hits both alike; a row is what the detector adds to the floor.
const RUNS = Number(process.env.RUNS ?? 9);
const floorRegistry = createRegistry([
  { id: 'floor', type: 'CUSTOM_FLOOR', description: 'floor', keywords: ['\u0001\u0002'], pattern: /\u0001\u0002/g, confidence: 1, maxLength: 2 },
]);
function timeAgainstFloor(registry: ReturnType<typeof createRegistry>): { floor: number; with: number } {
  scanText(text, {}, registry); // warm-up (name lists load lazily)
  let floor = Infinity;
  let withDetector = Infinity;
  for (let i = 0; i < RUNS; i++) {
    floor = Math.min(floor, best(1, () => scanText(text, {}, floorRegistry)));
    withDetector = Math.min(withDetector, best(1, () => scanText(text, {}, registry)));
  }
  return { floor: floor / mb, with: withDetector / mb };
}

for (const d of piiDetectors) {
  const t = timeAgainstFloor(createRegistry([d]));
  console.log(`${d.id.padEnd(22)} ${(t.with - t.floor).toFixed(2).padStart(6)} ms/MB above the floor (${t.floor.toFixed(2)})`);
}
const all = createRegistry(piiDetectors);
const t = timeAgainstFloor(all);
console.log(`${'all pii detectors'.padEnd(22)} ${(t.with - t.floor).toFixed(2).padStart(6)} ms/MB above the floor; ${t.with.toFixed(2)} ms/MB in all (${(1000 / t.with).toFixed(0)} MB/s)`);

// The keyword pass itself depends on the keywords (the matcher skips faster over text
// none of them can start in): a stand-in detector holding all PII keywords, whose
// windows are one character wide, separates that engine cost from the detectors' work.
const allKeywords = [...new Set(piiDetectors.flatMap((d) => d.keywords))];
const keywordPass = createRegistry([
  { id: 'keywords-only', type: 'CUSTOM_FLOOR', description: 'floor', keywords: allKeywords, pattern: /\u0001/g, confidence: 1, maxLength: 1 },
]);
const k = timeAgainstFloor(keywordPass);
console.log(`keyword pass for the ${allKeywords.length} PII keywords: ${(k.with - k.floor).toFixed(2)} ms/MB above the floor`);
console.log(`so the PII detectors' own work: ${(t.with - t.floor - (k.with - k.floor)).toFixed(2)} ms/MB`);

const findings = scanText(text, {}, all).findings;
const fileOf = (offset: number) => {
  let lo = 0;
  for (let i = 0; i < files.length && files[i].start <= offset; i++) lo = i;
  return files[lo].path;
};
const byType = new Map<string, typeof findings[number][]>();
for (const f of findings) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
console.log(`\nfindings on ${mb.toFixed(1)} MB of code: ${findings.length}`);
for (const [type, list] of [...byType].sort()) {
  console.log(`${type}: ${list.length}`);
  for (const f of list.slice(0, Number(process.env.SAMPLES ?? 6))) {
    const value = text.slice(f.start, f.end);
    console.log(`   ${maskValue(f.type, value).padEnd(28)} ${f.confidence.toFixed(2)} ${f.detector}  ${fileOf(f.start)}`);
  }
}
