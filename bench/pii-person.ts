/**
 * PERSON detection speed on prose: the labelled DE/EN sentences joined into ~2 KB
 * pastes. Run: npx tsx bench/pii-person.ts
 * Prints cold start (first call, which splits the generated name lists), then p50/p99
 * per 2 KB paste warm, and the precision/recall on the labelled set for reference.
 */
import { createRegistry, scanText } from '../src/engine';
import { personInContext, personName } from '../src/engine/detectors/pii/person';
import { personCorpus } from '../test/unit/pii/personCorpus';
import { scorePersons } from '../test/unit/pii/personScore';

const registry = createRegistry([personName, personInContext]);
const prose = personCorpus.map((s) => s.text).join('\n');
const pastes: string[] = [];
for (let i = 0; i < prose.length; i += 700) {
  let p = '';
  for (let j = i; p.length < 2048; j = (j + 997) % prose.length) p += prose.slice(j, j + 512);
  pastes.push(p.slice(0, 2048));
}

let t = performance.now();
scanText(pastes[0], {}, registry);
console.log(`cold first scan (includes splitting the name lists): ${(performance.now() - t).toFixed(1)} ms`);

const times: number[] = [];
for (let round = 0; round < 200; round++) {
  for (const p of pastes) {
    t = performance.now();
    scanText(p, {}, registry);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const q = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))];
console.log(`2 KB prose paste, warm, ${times.length} scans: p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms`);

const big = prose.repeat(Math.ceil((1024 * 1024) / prose.length)).slice(0, 1024 * 1024);
let bestMs = Infinity;
for (let i = 0; i < 5; i++) {
  t = performance.now();
  scanText(big, {}, registry);
  bestMs = Math.min(bestMs, performance.now() - t);
}
console.log(`1 MB of name-dense prose: ${bestMs.toFixed(1)} ms`);

const s = scorePersons(personCorpus);
console.log(`labelled set: ${personCorpus.length} sentences, TP ${s.truePositives} FP ${s.falsePositives} FN ${s.falseNegatives}, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`);
