import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { createPolicyRegistry } from '../../../src/policy';
import { termSpellings } from '../../../src/policy/fold';
import { compileLinearPattern, MAX_MATCH_LENGTH, withoutCaptures } from '../../../src/policy/linearRegex';
import { merged } from './helpers';

function found(custom: Record<string, unknown>[], text: string): string[] {
  const registry = createPolicyRegistry(merged(undefined, { custom }));
  return scanText(text, {}, registry)
    .findings.filter((f) => f.type.startsWith('CUSTOM_'))
    .map((f) => text.slice(f.start, f.end));
}

describe('custom terms', () => {
  const project = [{ name: 'PROJECT', terms: ['Projekt Brückenkopf', 'Müller'] }];

  const matches: [string, string][] = [
    ['Status Projekt Brückenkopf heute', 'Projekt Brückenkopf'],
    ['STATUS PROJEKT BRÜCKENKOPF', 'PROJEKT BRÜCKENKOPF'],
    ['projekt bruckenkopf', 'projekt bruckenkopf'],
    ['Projekt Brueckenkopf', 'Projekt Brueckenkopf'],
    ['Projekt\r\n  Brückenkopf', 'Projekt\r\n  Brückenkopf'],
    // Decomposed umlaut (u + combining diaeresis), as macOS file names carry it.
    ['Projekt Bru\u0308ckenkopf.', 'Projekt Bru\u0308ckenkopf'],
    ['Herr MULLER', 'MULLER'],
    ['Herr Mueller', 'Mueller'],
    ['😀 Müller 😀', 'Müller'],
  ];
  for (const [text, value] of matches) {
    it(`finds ${JSON.stringify(value)} in ${JSON.stringify(text)} with exact offsets`, () => {
      assert.deepEqual(found(project, text), [value]);
    });
  }

  const misses = ['Projekt Brückenkopfes', 'Müllerei', 'Schmüller', 'Projekt Brücke', 'xMüller'];
  for (const text of misses) {
    it(`does not match inside a longer word: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(found(project, text), []);
    });
  }

  it('matches the ASCII transliteration only from a term written with umlauts (documented)', () => {
    assert.deepEqual(found([{ name: 'P', terms: ['Mueller'] }], 'Müller und Mueller'), ['Mueller']);
    assert.deepEqual(termSpellings('Brückenkopf'), ['bruckenkopf', 'brueckenkopf']);
    assert.deepEqual(termSpellings('Straße'), ['strasse']);
  });

  it('finds non-Latin terms too', () => {
    assert.deepEqual(found([{ name: 'CITY', terms: ['Αθήνα'] }], 'Flug nach ΑΘΗΝΑ morgen'), ['ΑΘΗΝΑ']);
  });

  it('finds every occurrence of several terms and classes in one scan', () => {
    const custom = [
      { name: 'A', terms: ['Nordlicht'] },
      { name: 'B', terms: ['Fjord', 'Nordlicht Fjord'] },
    ];
    const text = 'Nordlicht, Fjord und Nordlicht Fjord';
    const registry = createPolicyRegistry(merged(undefined, { custom }));
    const got = scanText(text, {}, registry).findings.map((f) => [f.type, text.slice(f.start, f.end)]);
    assert.deepEqual(got, [
      ['CUSTOM_A', 'Nordlicht'],
      ['CUSTOM_B', 'Fjord'],
      ['CUSTOM_B', 'Nordlicht Fjord'],
    ]);
  });
});

describe('custom patterns on RE2', () => {
  it('satisfy the engine RegexLike contract: g flag, lastIndex, exec in a loop', () => {
    const c = compileLinearPattern('KD-\\d{6}');
    assert.ok(c.ok);
    assert.match(c.regex.flags, /g/);
    const text = 'KD-123456 und KD-654321';
    const got: [string, number][] = [];
    c.regex.lastIndex = 0;
    for (let m = c.regex.exec(text); m; m = c.regex.exec(text)) got.push([m[0], m.index]);
    assert.deepEqual(got, [
      ['KD-123456', 0],
      ['KD-654321', 14],
    ]);
    assert.equal(c.regex.lastIndex, 0, 'a failed exec resets lastIndex, as RegExp does');
  });

  it('report UTF-16 offsets even after characters outside the BMP', () => {
    const text = '😀🎉 Kunde KD-004711, 👍 KD-000042';
    assert.deepEqual(found([{ name: 'CUSTOMER', patterns: ['KD-\\d{6}'] }], text), ['KD-004711', 'KD-000042']);
  });

  it('support (?i) for case-insensitive patterns', () => {
    assert.deepEqual(found([{ name: 'T', patterns: ['(?i)tck-\\d{3}'] }], 'TCK-123 tck-456'), ['TCK-123', 'tck-456']);
  });

  it('run a catastrophic-backtracking pattern in linear time instead of hanging', () => {
    // (a+)+$ takes exponential time in a backtracking engine on "aaa…b"; RE2 finishes at once.
    const c = compileLinearPattern('(a+)+$');
    assert.ok(c.ok);
    c.regex.lastIndex = 0;
    assert.equal(c.regex.exec('a'.repeat(100_000) + 'b'), null);
    assert.deepEqual(found([{ name: 'R', patterns: ['(x+x+)+y'] }], 'x'.repeat(50_000)), []);
  });

  it('reject backreferences, lookaround, bad syntax and empty matches with the reason', () => {
    const reasons = ['(a)\\1', '(?<=a)b', 'a(?!b)', '(', 'x*'].map((p) => {
      const c = compileLinearPattern(p);
      return c.ok ? 'ok' : c.reason;
    });
    assert.deepEqual(reasons, [
      'backreferences are not supported (RE2 runs in linear time and has none)',
      'lookahead and lookbehind are not supported (RE2 runs in linear time and has none)',
      'lookahead and lookbehind are not supported (RE2 runs in linear time and has none)',
      'not a valid RE2 pattern: missing ): (',
      'it matches the empty string',
    ]);
  });

  it('drop capture groups (the engine uses whole matches) but keep classes, escapes and lookbehind syntax', () => {
    const cases: [string, string][] = [
      ['(a+)+$', '(?:a+)+$'],
      ['[(]x(y)', '[(]x(?:y)'],
      ['\\(a\\)(b)', '\\(a\\)(?:b)'],
      ['(?<n>a)(?P<m>b)', '(?:a)(?:b)'],
      ['[^]()](c)', '[^]()](?:c)'],
      ['(?<=a)b', '(?<=a)b'],
    ];
    for (const [input, output] of cases) assert.equal(withoutCaptures(input), output, input);
  });

  it('find every match in long texts, across the windows RE2 is given', () => {
    const line = 'x'.repeat(3000) + ' KD-111111 ' + 'y'.repeat(5000) + ' KD-222222';
    const lines = Array.from({ length: 300 }, (_, i) => `Zeile ${i}: KD-${String(i).padStart(6, '0')} ok`).join('\n');
    const text = `${line}\n${lines}\n${'z'.repeat(10_000)}KD-333333`;
    const got = found([{ name: 'N', patterns: ['KD-\\d{6}'] }], text);
    assert.equal(got.length, 303);
    assert.deepEqual(got.slice(0, 3), ['KD-111111', 'KD-222222', 'KD-000000']);
    assert.equal(got[302], 'KD-333333');
  });

  it('find a match of the longest guaranteed length that straddles a window cut', () => {
    const long = 'A'.repeat(MAX_MATCH_LENGTH - 2);
    for (const before of [0, 255, 700, 1000, 1023, 1500]) {
      const text = 'q'.repeat(before) + ` <${long}> ` + 'q'.repeat(2000);
      assert.deepEqual(found([{ name: 'L', patterns: ['<A+>'] }], text), [`<${long}>`], String(before));
    }
  });
});

