/**
 * Quick CPU-time measurement of the full registry on the 10 MB / 1 MB corpus and on 2 KB
 * pastes (process.cpuUsage, steadier than wall time on a shared machine), with per-detector
 * times and keyword hit counts. For iterating on engine speed; bench/engine.ts is the report.
 *
 *   npx tsx bench/engine-cpu.ts [--hits] [--reps N]
 */
import { defaultRegistry, scanText } from '../src/engine';
import { buildCorpus } from './corpus';

const MB = 1024 * 1024;
const reps = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 5;

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const big = buildCorpus(10 * MB);
const small = big.text.slice(0, MB);
scanText(big.text.slice(0, MB / 4));

for (const [name, text] of [['1 MB', small], ['10 MB', big.text]] as const) {
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) ts.push(cpuMs(() => scanText(text)));
  ts.sort((a, b) => a - b);
  const mbs = ts.map((t) => (text.length / MB / (t / 1000)).toFixed(1));
  console.log(`${name}: cpu ms ${ts.map((t) => t.toFixed(0)).join(' ')}  MB/s ${mbs.join(' ')}`);
}

// 2 KB pastes
const pastes: string[] = [];
let seed = 7;
for (let i = 0; i < 1000; i++) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  const at = big.text.indexOf('\n', seed % (big.text.length - 4096)) + 1;
  pastes.push(big.text.slice(at, at + 2048));
}
for (const p of pastes.slice(0, 200)) scanText(p);
const lat: number[] = [];
for (const p of pastes) {
  const t0 = performance.now();
  scanText(p);
  lat.push(performance.now() - t0);
}
lat.sort((a, b) => a - b);
console.log(`2 KB: p50 ${lat[500].toFixed(3)} p90 ${lat[900].toFixed(3)} p99 ${lat[990].toFixed(3)} max ${lat[999].toFixed(3)} ms`);

const r = scanText(big.text, { profile: true });
const timings = Object.entries(r.timings ?? {}).sort((a, b) => b[1] - a[1]);
console.log(timings.slice(0, 20).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('\n'));
const byType = new Map<string, number>();
for (const x of r.findings) byType.set(x.type, (byType.get(x.type) ?? 0) + 1);
console.log([...byType.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}:${n}`).join(' '));

if (process.argv.includes('--hits')) {
  const counts = new Map<number, number>();
  defaultRegistry.matcher.forEachHit(big.text, (k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [k, n] of top) {
    const owners = defaultRegistry.keywordOwners[k].map((d) => defaultRegistry.detectors[d].detector.id).join(',');
    console.log(`${JSON.stringify(defaultRegistry.matcher.keywords[k])} ${n} ${owners}`);
  }
}
