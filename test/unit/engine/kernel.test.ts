import * as assert from 'node:assert/strict';
import { builtinDetectors, createRegistry, defaultRegistry, scanText } from '../../../src/engine';
import { digitRunAround, featureOf, GrowableInts, PIECE, setKernelEnabled } from '../../../src/engine/kernel';
import { compileKeywords } from '../../../src/engine/prefilter';
import { findLineBreaks, lineBreaksOf, withdrawLineBreaks } from '../../../src/engine/lineBreaks';
import { LineBreaks } from '../../../src/engine/scan';

/** A deterministic text mixing code, prose, names, digits, non-Latin-1 characters and line breaks. */
function sampleText(length: number, seed = 1): string {
  const parts = [
    'const token = "a1B2c3D4e5F6g7H8i9J0";', ' Anna Maria Schmidt', ' und ', 'Dr. Müller', '\n', '\r\n', ' +49 171 1234567 ',
    '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00', ' name: ', 'params.', ' Mr. Smith said', ' 12-34-56-78 ',
    'ÄÖÜ ßé Łódź ', '👋🏽', 'https://user:secret@example.org/x', ' @param x ', 'max.mustermann@firma.de', ' 1 2 3 4 5 6 7 8 ',
    'AB12CD34', 'x', ' ', 'Hauptstraße 5', '123 Main St, Springfield', 'ǅ', '\u2028',
  ];
  let s = seed;
  let out = '';
  while (out.length < length) {
    s = (s * 1103515245 + 12345) >>> 0;
    out += parts[s % parts.length];
  }
  return out.slice(0, length);
}

function hits(text: string, keywords: string[]): string[] {
  const m = compileKeywords(keywords);
  const out: string[] = [];
  m.forEachHit(text, (k, start) => out.push(`${start}:${m.keywords[k]}`));
  return out;
}

describe('WebAssembly kernel', () => {
  afterEach(() => setKernelEnabled(true));

  it('reports the same keyword hits in the same order as the JavaScript automaton', () => {
    const keywords = defaultRegistry.matcher.keywords as string[];
    // Longer than four pieces, so the four interleaved walks and the piece edges are crossed.
    for (const text of [sampleText(5 * PIECE + 123), sampleText(3000, 7), sampleText(40, 3), 'a', '']) {
      const wasm = hits(text, keywords);
      setKernelEnabled(false);
      const js = hits(text, keywords);
      setKernelEnabled(true);
      assert.deepEqual(wasm, js);
    }
    assert.ok(hits(sampleText(5 * PIECE), keywords).length > 1000);
  });

  it('finds keywords that straddle the quarter and piece boundaries', () => {
    const text = 'x'.repeat(PIECE / 4 - 3) + 'secret' + 'y'.repeat(PIECE - PIECE / 4 - 6) + 'token' + 'z'.repeat(10);
    assert.deepEqual(hits(text, ['secret', 'token']), [`${PIECE / 4 - 3}:secret`, `${PIECE - 3}:token`]);
  });

  it('scans the same findings with and without WebAssembly', () => {
    const lead = 'Dear Anna Schmidt, call +49 171 1234567.\n';
    for (const text of [lead + sampleText(3 * PIECE + 77, 11), lead + sampleText(2048, 5)]) {
      const wasm = scanText(text).findings;
      setKernelEnabled(false);
      const js = scanText(text).findings;
      setKernelEnabled(true);
      assert.deepEqual(wasm, js);
      assert.ok(wasm.some((f) => f.type === 'PERSON'));
      assert.ok(wasm.some((f) => f.type === 'PHONE_NUMBER' || f.type === 'CREDIT_CARD'));
    }
  });

  it('collects name pairs and digit runs where a kernel is used', () => {
    // A fresh registry gets a fresh kernel; both kinds of feature appear in the text.
    const reg = createRegistry(builtinDetectors.filter((d) => d.id === 'person-name' || d.id === 'phone-number'));
    const text = 'Call Anna Schmidt at +49 171 1234567 today.';
    assert.deepEqual(scanText(text, {}, reg).findings.map((f) => text.slice(f.start, f.end)), ['Anna Schmidt', '+49 171 1234567']);
  });

  it('collects every line break, as the JavaScript index finds them', () => {
    // The kernel runs on its own sink here; the index is published for the text it scanned.
    const text = 'a\r\nb\n' + sampleText(3 * PIECE + 5, 9) + '\n\r';
    const sink = { pairs: new GrowableInts(), runs: new GrowableInts(), breaks: new GrowableInts(), filled: false };
    defaultRegistry.matcher.scanRange(text, 0, text.length, 0, () => {}, sink);
    assert.equal(sink.filled, true);
    const fromKernel = [...sink.breaks.data.subarray(0, sink.breaks.length)];
    withdrawLineBreaks();
    const { values, count } = lineBreaksOf(text);
    const fromJs = [...values.subarray(0, count)];
    withdrawLineBreaks();
    assert.deepEqual(fromKernel, fromJs);
    assert.deepEqual(fromJs.slice(0, 3), [1, 2, 4]);
    assert.ok(fromJs.length > 300, String(fromJs.length));
    assert.equal(fromJs[fromJs.length - 1], text.length - 1);
  });

  it('finds the same digit runs as a unit-by-unit walk, across blocks and pieces', () => {
    // Digits, separators (space - / ( ) . + capitals) and breakers, in random soups.
    const alphabet = '0123456789012345678901234567 -/().+AZ  --az,\n_';
    let seed = 5;
    const soup = (length: number) => {
      let out = '';
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        out += alphabet[seed % alphabet.length];
      }
      return out;
    };
    const isDigit = (c: number) => c >= 48 && c <= 57;
    const isSeparator = (c: number) => ' -/().+'.includes(String.fromCharCode(c)) || (c >= 65 && c <= 90);
    const reference = (text: string) => {
      const out: number[] = [];
      let digits = 0;
      let gap = 100;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          digits++;
          gap = 0;
          if (digits === 7) out.push(...digitRunAround(text, i));
        } else {
          gap = isSeparator(c) ? gap + 1 : 100;
          if (gap > 3) digits = 0;
        }
      }
      return out;
    };
    for (const text of [soup(2 * PIECE + 333), soup(777), soup(9), '12 34 56 7', '1234567'.repeat(3), 'x 1 2 3 4 5 6 7']) {
      const sink = { pairs: new GrowableInts(), runs: new GrowableInts(), breaks: new GrowableInts(), filled: false };
      defaultRegistry.matcher.scanRange(text, 0, text.length, 0, () => {}, sink);
      assert.equal(sink.filled, true);
      const expected = reference(text);
      assert.deepEqual([...sink.runs.data.subarray(0, sink.runs.length)], expected);
    }
    assert.ok(reference(soup(5000)).length > 20);
  });

  it('finds the digit run around its seventh digit', () => {
    const text = 'no 12 3A(4)5-6 7/8 9 end';
    const seventh = text.indexOf('7');
    assert.deepEqual(digitRunAround(text, seventh), [text.indexOf('12'), text.indexOf('9') + 1]);
    // Four separators end the run.
    const broken = '1234567    8';
    assert.deepEqual(digitRunAround(broken, 6), [0, 7]);
  });
});

describe('GrowableInts', () => {
  it('grows and keeps what was appended', () => {
    const g = new GrowableInts();
    for (let i = 0; i < 3000; i++) g.push(i);
    g.append(Int32Array.from([7, 8, 9]), 1, 3);
    assert.equal(g.length, 3002);
    assert.equal(g.data[2999], 2999);
    assert.deepEqual([...g.data.subarray(3000, 3002)], [8, 9]);
    g.clear();
    assert.equal(g.length, 0);
  });
});

describe('LineBreaks', () => {
  it('finds the next break and the line start around any position, in any order of questions', () => {
    const long = Array.from({ length: 40 }, (_, i) => 'x'.repeat(i % 7) + (i % 3 === 0 ? '\r\n' : '\n')).join('');
    for (const text of ['ab\ncd\r\nef', 'ab\ncd\nef', long, 'no breaks', '']) {
      const b = new LineBreaks(text, findLineBreaks(text));
      const next = (p: number) => {
        for (let i = p; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
        return text.length;
      };
      const lineStart = (p: number) => {
        let i = p;
        while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
        return i;
      };
      const order = [0, 5, 3, 1, 8, 2, 6, 9, 4, ...Array.from({ length: text.length }, (_, i) => i), 30, 2, 100, 57, 12];
      for (const p of order.filter((x) => x <= text.length)) {
        assert.equal(b.nextFrom(p), next(p), `${JSON.stringify(text)} next from ${p}`);
        assert.equal(b.lineStart(p), lineStart(p), `${JSON.stringify(text)} line start at ${p}`);
      }
    }
  });
});

describe('keyword hit filters', () => {
  const detector = (id: string) => {
    const d = builtinDetectors.find((x) => x.id === id);
    assert.ok(d?.keywordHit, id);
    return d.keywordHit;
  };
  const at = (text: string, keyword: string) => text.toLowerCase().indexOf(keyword);

  it('keeps street words only as the address patterns write them', () => {
    const en = detector('postal-address-en');
    assert.equal(en('123 Main St, Springfield', at('123 Main St, Springfield', ' st'), 3, ' st'), true);
    assert.equal(en('let x = " string"', at('let x = " string"', ' st'), 3, ' st'), false);
    assert.equal(en('a Street', at('a Street', ' st'), 3, ' st'), false, '" Street" has its own keyword');
    assert.equal(en('12 Oak Road', at('12 Oak Road', 'road'), 4, 'road'), true);
    assert.equal(en('railroad', at('railroad', 'road'), 4, 'road'), false);
    const de = detector('postal-address-de');
    assert.equal(de('Hauptstraße 5', at('Hauptstraße 5', 'stra'), 4, 'stra'), true);
    assert.equal(de('Am Ring 5', at('Am Ring 5', 'ring '), 5, 'ring '), true);
    assert.equal(de('toString ', at('toString ', 'ring '), 5, 'ring '), false);
    assert.equal(de('a string ', at('a string ', 'ring '), 5, 'ring '), false);
  });

  it('keeps an @ only between address characters', () => {
    const email = detector('email-address');
    assert.equal(email('mail a@b.de', 6, 1, '@'), true);
    assert.equal(email(' * @param x', 3, 1, '@'), false);
    assert.equal(email('x@', 1, 1, '@'), false);
  });

  it('keeps a secret word only where a value is assigned to it', () => {
    const generic = detector('generic-secret');
    const yes = ['api_token = "x"', 'SECRET: x', 'clientSecretValue\t=x', 'token", x'];
    const no = ['tokens.push(x)', 'secretOf(x)', `token${'x'.repeat(21)} = 1`];
    const word = (t: string) => (t.toLowerCase().includes('secret') ? 'secret' : 'token');
    for (const t of yes) assert.equal(generic(t, at(t, word(t)), word(t).length, word(t)), true, t);
    for (const t of no) assert.equal(generic(t, at(t, word(t)), word(t).length, word(t)), false, t);
  });

  it('keeps a URL scheme only when user and password follow', () => {
    const url = detector('http-basic-auth-url');
    assert.equal(url('https://user:pa55@host/x', 0, 8, 'https://'), true);
    assert.equal(url('https://host/a:b@c', 0, 8, 'https://'), false);
    assert.equal(url('https://user:@host', 0, 8, 'https://'), false);
    assert.equal(url('https://user:pa ss@host', 0, 8, 'https://'), false);
  });

  it('keeps salutations and labels only capitalised, spaced words only beside a capital, sign-offs always', () => {
    const person = detector('person-in-context');
    const check = (t: string, k: string) => person(t, at(t, k), k.length, k);
    assert.equal(check('Dear Ms. Lee', 'ms.'), true);
    assert.equal(check('see params.x', 'ms.'), false);
    assert.equal(check('Vorname: Anna', 'name:'), true);
    assert.equal(check('{ fileName: x }', 'name:'), false);
    assert.equal(check('{ name: x }', 'name:'), false);
    assert.equal(check('customerId = 1', 'customer'), false);
    assert.equal(check('Customer: Anna', 'customer'), true);
    assert.equal(check('Anna and bob', ' and '), true);
    assert.equal(check('ask anna and Bob', ' and '), true);
    assert.equal(check('sprich mit Łukasz', ' mit '), true);
    assert.equal(check('Şule said so', ' said'), true);
    assert.equal(check('keys and values', ' and '), false);
    assert.equal(check('Ärger mit dem Build', ' mit '), true, 'a capital decides, the judging comes later');
    assert.equal(check('regards, x', 'regards'), true);
  });
});

describe('featureOf', () => {
  it('gives no feature to code units from U+0080 on, which a kernel leaves zero', () => {
    for (let c = 0x80; c < 0x10000; c++) if (featureOf(c) !== 0) assert.fail(`U+${c.toString(16)} has features`);
    assert.notEqual(featureOf(0x39), 0);
    assert.notEqual(featureOf(0x5a), 0);
  });
});
