import * as assert from 'node:assert/strict';
import { compileKeywords } from '../../../src/engine/prefilter';

function hits(keywords: string[], text: string): [string, number][] {
  const m = compileKeywords(keywords);
  const out: [string, number][] = [];
  m.forEachHit(text, (k, start) => out.push([m.keywords[k], start]));
  return out;
}

describe('keyword prefilter', () => {
  it('finds every occurrence, overlapping ones included, folding ASCII case', () => {
    assert.deepEqual(hits(['he', 'she', 'hers'], 'uSHErs'), [
      ['she', 1],
      ['he', 2],
      ['hers', 2],
    ]);
  });

  it('does not match across non-ASCII characters and keeps UTF-16 offsets', () => {
    assert.deepEqual(hits(['ab'], 'a\u00e9b 👋ab'), [['ab', 6]]);
  });

  it('gives the same hits when the text is matched in slices', () => {
    const m = compileKeywords(['token', 'ken', 'secret']);
    const text = 'my_token and SECRET-token; tokens';
    const whole: number[][] = [];
    m.forEachHit(text, (k, s) => whole.push([k, s]));
    for (const cut of [1, 5, 7, 13, 20]) {
      const sliced: number[][] = [];
      const state = m.scanRange(text, 0, cut, 0, (k, s) => sliced.push([k, s]));
      m.scanRange(text, cut, text.length, state, (k, s) => sliced.push([k, s]));
      assert.deepEqual(sliced, whole, `cut at ${cut}`);
    }
  });

  it('rejects keywords the matcher cannot fold', () => {
    assert.throws(() => compileKeywords(['Token']), /not lower case/);
    assert.throws(() => compileKeywords(['für']), /not ASCII/);
    assert.throws(() => compileKeywords(['']), /empty keyword/);
  });
});

describe('keyword matcher against a naive search', () => {
  it('finds exactly the occurrences a case-folding search finds, for random keyword sets', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const word = (alphabet: string, max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      // A small alphabet makes keywords overlap and share prefixes and suffixes.
      const keywords = [...new Set(Array.from({ length: 1 + rand(30) }, () => word('abc:.', 6)))];
      const text = Array.from({ length: 400 }, () => 'abcABC:. x'[rand(10)]).join('');
      const m = compileKeywords(keywords);
      const found: string[] = [];
      m.forEachHit(text, (k, start) => found.push(`${start}:${keywords[k]}`));
      const expected: string[] = [];
      const lower = text.toLowerCase();
      keywords.forEach((k) => {
        for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) expected.push(`${i}:${k}`);
      });
      assert.deepEqual([...found].sort(), expected.sort(), `keywords ${JSON.stringify(keywords)}`);
    }
  });
});
