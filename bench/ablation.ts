import { builtinDetectors, createRegistry, scanText } from '../src/engine';
import { buildCorpus } from './corpus';
const big = buildCorpus(10 * (1 << 20));
const text = process.argv[2] === '10' ? big.text : big.text.slice(0, 1 << 20);
const ids = ['person-in-context', 'person-column', 'person-mention', 'person-name', 'person-key', 'person-after-label', 'postal-address-de', 'postal-address-en', 'http-basic-auth-url', 'generic-secret', 'iban-code', 'ip-address-v4', 'internal-host', 'phone-number-column', 'email-address', 'date-of-birth', 'phone-number', 'credit-card'];
const regs: [string, any][] = [['full', createRegistry(builtinDetectors)], ...ids.map((id) => [id, createRegistry(builtinDetectors.filter((d) => d.id !== id))] as [string, any]),
  ['secrets+conf only', createRegistry(builtinDetectors.filter((d) => d.category === 'secret' || d.type === 'CONFIDENTIAL_MARKER' || d.type === 'INTERNAL_HOST'))]];
const time = (r: any) => { const t0 = performance.now(); scanText(text, {}, r); return performance.now() - t0; };
for (let i = 0; i < 3; i++) for (const [, r] of regs) time(r);
const rounds = process.argv[2] === '10' ? 5 : 20;
const ratios = regs.map((): number[] => []);
let fullT: number[] = [];
for (let k = 0; k < rounds; k++) { const f0 = time(regs[0][1]); fullT.push(f0); regs.forEach(([, r], j) => { if (j > 0) ratios[j].push(time(r) / f0); }); }
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
console.log('full median ms', med(fullT).toFixed(2));
regs.slice(1).map(([n], j) => [n, 1 - med(ratios[j + 1])] as const).sort((a, b) => b[1] - a[1]).forEach(([n, r]) => console.log(n.padEnd(22), (100 * r).toFixed(1) + '%'));
