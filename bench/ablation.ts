/**
 * Each detector's share of a scan on real code: the full registry and the registry
 * without one detector are timed in turn, round after round, and the median ratio is
 * reported (paired rounds cancel most of a shared machine's drift, which single timings
 * do not). For choosing what to make faster; bench/engine.ts is the report.
 *
 *   npx tsx bench/ablation.ts [1|10]   (megabytes of the corpus, default 1)
 */
import { builtinDetectors, createRegistry, scanText } from '../src/engine';
import { secretDetectors } from '../src/engine/detectors/secrets';
import type { DetectorRegistry } from '../src/engine/registry';
import { buildCorpus } from './corpus';
const big = buildCorpus(10 * (1 << 20));
const text = process.argv[2] === '10' ? big.text : big.text.slice(0, 1 << 20);
const ids = ['person-in-context', 'person-column', 'person-mention', 'person-name', 'person-key', 'person-after-label', 'postal-address-de', 'postal-address-en', 'http-basic-auth-url', 'generic-secret', 'iban-code', 'ip-address-v4', 'internal-host', 'phone-number-column', 'email-address', 'date-of-birth', 'phone-number', 'credit-card'];
const regs: [string, DetectorRegistry][] = [['full', createRegistry(builtinDetectors)], ...ids.map((id) => [id, createRegistry(builtinDetectors.filter((d) => d.id !== id))] as [string, DetectorRegistry]),
  ['secrets+conf only', createRegistry(builtinDetectors.filter((d) => secretDetectors.includes(d) || d.type === 'CONFIDENTIAL_MARKER' || d.type === 'INTERNAL_HOST'))]];
const time = (r: DetectorRegistry) => { const t0 = performance.now(); scanText(text, {}, r); return performance.now() - t0; };
for (let i = 0; i < 3; i++) for (const [, r] of regs) time(r);
const rounds = process.argv[2] === '10' ? 5 : 20;
const ratios = regs.map((): number[] => []);
const fullT: number[] = [];
for (let k = 0; k < rounds; k++) { const f0 = time(regs[0][1]); fullT.push(f0); regs.forEach(([, r], j) => { if (j > 0) ratios[j].push(time(r) / f0); }); }
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
console.log('full median ms', med(fullT).toFixed(2));
regs.slice(1).map(([n], j) => [n, 1 - med(ratios[j + 1])] as const).sort((a, b) => b[1] - a[1]).forEach(([n, r]) => console.log(n.padEnd(22), (100 * r).toFixed(1) + '%'));
