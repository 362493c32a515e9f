import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, GENESIS_HASH, hashEvent, sealEvent, serialiseEvent, verifyChain, type ChainInput } from '../../../src/audit/chain';
import { goldenEvents, goldenLines } from './goldenChain';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'audit', 'golden-chain.jsonl');
const golden = readFileSync(GOLDEN, 'utf8');
const lines = golden.trimEnd().split('\n');

function one(content: string, file = 'log.jsonl'): ChainInput[] {
  return [{ file, content }];
}

/** Sorted-key JSON written independently of the code under test, to pin the hash formula. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

describe('audit chain', () => {
  it('reproduces the golden file byte for byte', () => {
    assert.equal(goldenLines().join('\n') + '\n', golden);
  });

  it('verifies the golden file', () => {
    const r = verifyChain(one(golden));
    assert.equal(r.ok, true);
    assert.equal(r.events, 5);
    assert.equal(r.startHash, GENESIS_HASH);
    assert.equal(r.headHash, JSON.parse(lines[4]).hash);
    assert.deepEqual(r.notices, []);
  });

  it('hashes sha256(prevHash + canonical event without hash)', () => {
    for (const line of lines) {
      const { hash, ...rest } = JSON.parse(line);
      const expected = createHash('sha256').update(rest.prevHash + sortedJson(rest)).digest('hex');
      assert.equal(hash, expected);
    }
  });

  it('serialises canonically: key order and whitespace do not matter', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' }, u: undefined }), '{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reformatted = lines.map((l) => JSON.stringify(reverse(JSON.parse(l)), null, 1).replace(/\n\s*/g, ' ')).join('\r\n');
    assert.notEqual(reformatted.split('\r\n')[0], lines[0]);
    assert.equal(verifyChain(one(reformatted)).ok, true);
  });

  const cases: [string, (ls: string[]) => string[], { kind: string; line: number }][] = [
    ['an edited field', (ls) => ls.map((l, i) => (i === 2 ? l.replace('"choice":"redacted"', '"choice":"cancelled"') : l)), { kind: 'edited', line: 3 }],
    ['an edited reason', (ls) => ls.map((l, i) => (i === 1 ? l.replace('"reason":"test data', '"reason":"approved by CISO') : l)), { kind: 'edited', line: 2 }],
    ['a deleted event', (ls) => ls.filter((_, i) => i !== 2), { kind: 'deleted', line: 3 }],
    ['the first event deleted', (ls) => ls.slice(1), { kind: 'deleted', line: 1 }],
    ['a duplicated event', (ls) => [...ls.slice(0, 2), ls[1], ...ls.slice(2)], { kind: 'inserted', line: 3 }],
    ['a forged event inserted', (ls) => {
      const forged = sealEvent({ ...goldenEvents()[1], eventId: 'forged', user: 'mallory' }, JSON.parse(ls[0]).hash);
      return [ls[0], serialiseEvent(forged), ...ls.slice(1)];
    }, { kind: 'inserted', line: 2 }],
    ['two events swapped', (ls) => [ls[0], ls[2], ls[1], ...ls.slice(3)], { kind: 'reordered', line: 2 }],
    ['a garbage line that the chain does not pass', (ls) => [ls[0], '{"not":"an event"}', ...ls.slice(2)], { kind: 'edited', line: 2 }],
    ['an edited event re-hashed', (ls) => {
      const e = JSON.parse(ls[1]);
      const changed = { ...e, choice: 'cancelled' };
      changed.hash = hashEvent(changed.prevHash, changed);
      return [ls[0], JSON.stringify(changed), ...ls.slice(2)];
    }, { kind: 'deleted', line: 3 }],
  ];
  for (const [name, tamper, expected] of cases) {
    it(`names the first broken link: ${name}`, () => {
      const r = verifyChain(one(tamper([...lines]).join('\n') + '\n'));
      assert.equal(r.ok, false);
      assert.deepEqual({ kind: r.break?.kind, line: r.break?.line }, expected);
      assert.equal(r.break?.file, 'log.jsonl');
    });
  }

  it('treats a cut-off last line as a crash trace, not a break', () => {
    const cut = lines.join('\n') + '\n' + lines[0].slice(0, 40);
    const r = verifyChain(one(cut));
    assert.equal(r.ok, true);
    assert.equal(r.events, 5);
    assert.deepEqual(r.notices.map((n) => [n.kind, n.line]), [['partial-last-line', 6]]);
  });

  it('flags a complete but invalid last line as edited', () => {
    const r = verifyChain(one(lines.slice(0, 4).join('\n') + '\n' + lines[4].slice(0, 50) + '\n'));
    assert.deepEqual([r.ok, r.break?.kind, r.break?.line], [false, 'edited', 5]);
  });

  it('accepts a torn line in the middle when the next event links past it', () => {
    const torn = [lines[0], lines[1], lines[2].slice(0, 70), lines[2], lines[3], lines[4]].join('\n') + '\n';
    const r = verifyChain(one(torn));
    assert.equal(r.ok, true);
    assert.deepEqual(r.notices.map((n) => [n.kind, n.line]), [['partial-line', 3]]);
  });

  it('follows the chain across files and reports file and line', () => {
    const files = [
      { file: 'a.jsonl', content: lines.slice(0, 2).join('\n') + '\n' },
      { file: 'b.jsonl', content: lines.slice(2).join('\n') + '\n' },
    ];
    assert.equal(verifyChain(files).ok, true);
    const missingMiddle = [files[0], { file: 'c.jsonl', content: lines.slice(3).join('\n') + '\n' }];
    assert.deepEqual(verifyChain(missingMiddle).break, { file: 'c.jsonl', line: 1, kind: 'deleted', message: verifyChain(missingMiddle).break?.message });
    assert.equal(verifyChain([files[1], files[0]]).break?.kind, 'deleted');
  });

  it('accepts a start at a purge anchor only when a purge event vouches for it', () => {
    const events = goldenEvents();
    const kept = lines.slice(2);
    assert.equal(verifyChain(one(kept.join('\n'))).break?.kind, 'deleted');
    assert.equal(verifyChain(one(kept.join('\n')), { anchors: [events[1].hash] }).ok, true);
    const purge = sealEvent({ ...events[4], eventId: 'purge-2', anchor: events[1].hash, prevHash: undefined, hash: undefined } as never, events[4].hash);
    const withPurge = [...kept, serialiseEvent(purge)].join('\n');
    assert.equal(verifyChain(one(withPurge)).ok, true);
    // Deleting more than the purge recorded is still caught.
    assert.equal(verifyChain(one([...lines.slice(3), serialiseEvent(purge)].join('\n'))).break?.kind, 'deleted');
  });
});
