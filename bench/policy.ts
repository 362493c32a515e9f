/**
 * Costs of the policy core: parsing (cold: schema compile and RE2 load; warm), merging,
 * and the extra scan time of custom terms and RE2 patterns, including RE2's
 * per-call copy of the input (re2-wasm passes the whole string to WebAssembly on every
 * exec, so many matches in a large text cost matches × length).
 * Run: npx tsx bench/policy.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../src/engine';
import { createPolicyRegistry, mergePolicyLayers, parsePolicy } from '../src/policy';
import { compileLinearPattern } from '../src/policy/linearRegex';

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

function median(fn: () => void, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(time(fn)[1]);
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const strict = readFileSync(join(__dirname, '..', 'examples', 'strict-customer-project.promptfence.json'), 'utf8');
const [, cold] = time(() => parsePolicy(strict, 'strict.json'));
console.log(`parse, cold (schema compile + RE2 load): ${cold.toFixed(1)} ms`);
console.log(`parse, warm: ${median(() => parsePolicy(strict, 'strict.json'), 50).toFixed(2)} ms`);
const policyFile = parsePolicy(strict, 'strict.json').policy!;
console.log(`merge: ${median(() => mergePolicyLayers({ workspace: { source: 's', policy: policyFile }, workspaceTrusted: true }), 200).toFixed(3)} ms`);

const plain = mergePolicyLayers({ workspaceTrusted: true });
const terms = Array.from({ length: 200 }, (_, i) => `Kunde${i} Österreich`);
const custom = mergePolicyLayers({
  workspace: { source: 's', policy: { version: 1, custom: [{ name: 'CUSTOMERS', terms }, { name: 'NO', patterns: ['\\bKD-\\d{6}\\b'] }] } },
  workspaceTrusted: true,
});
const plainRegistry = createPolicyRegistry(plain);
const customRegistry = createPolicyRegistry(custom);

const paragraph = 'Hallo Frau Schmidt, anbei der Bericht zu Kunde17 Österreich und Ticket KD-004711. Grüße aus Köln 😀\n';
for (const size of [2_048, 1_048_576]) {
  const text = paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size);
  const runs = size > 100_000 ? 5 : 200;
  const base = median(() => scanText(text, {}, plainRegistry), runs);
  const withCustom = median(() => scanText(text, {}, customRegistry), runs);
  const mbps = (size / 1e6 / (withCustom / 1000)).toFixed(1);
  console.log(`scan ${size} chars: built-in ${base.toFixed(2)} ms, + 200 terms and 1 RE2 pattern ${withCustom.toFixed(2)} ms (${mbps} MB/s)`);
}

const re = compileLinearPattern('(a+)+$');
if (re.ok) {
  const evil = 'a'.repeat(100_000) + 'b';
  const [, ms] = time(() => {
    re.regex.lastIndex = 0;
    re.regex.exec(evil);
  });
  console.log(`(a+)+$ on 100 000 × "a" + "b" under RE2: ${ms.toFixed(1)} ms`);
}
const many = compileLinearPattern('KD-\\d{6}');
if (many.ok) {
  for (const n of [1_000, 10_000]) {
    const text = 'KD-123456 '.repeat(n);
    const ms = median(() => {
      many.regex.lastIndex = 0;
      while (many.regex.exec(text));
    }, 3);
    console.log(`RE2 pattern with ${n} matches in ${text.length} chars: ${ms.toFixed(1)} ms`);
  }
}
