import * as assert from 'node:assert/strict';
import { createLocator, createRegistry, resolveOverlaps, scanText, type Detector, type Finding } from '../../../src/engine';

const IBAN = 'DE89 3704 0044 0532 0130 00';
const AWS = 'AKIAZ7VRSQ5TKPLWFMXB';

describe('scanText', () => {
  it('gives UTF-16 offsets that hold with emoji, accents and CRLF', () => {
    const text = `Grüße 👋🏽 aus Köln\r\nIBAN: ${IBAN}\r\n📧 jörg.müller@firma.de ✅`;
    const findings = scanText(text).findings;
    assert.deepEqual(
      findings.map((f) => [f.type, text.slice(f.start, f.end)]),
      [
        ['IBAN_CODE', IBAN],
        ['EMAIL_ADDRESS', 'jörg.müller@firma.de'],
      ],
    );
    assert.equal(findings[0].start, text.indexOf(IBAN));
  });

  it('finds the same secret at the start, middle and end of a long line', () => {
    const filler = 'x'.repeat(5000);
    for (const text of [`${AWS} ${filler}`, `${filler} ${AWS} ${filler}`, `${filler} ${AWS}`]) {
      const f = scanText(text).findings;
      assert.equal(f.length, 1);
      assert.equal(text.slice(f[0].start, f[0].end), AWS);
    }
  });

  it('does not report a fragment cut from a longer token at a window edge', () => {
    const text = `${'Q'.repeat(50)}${AWS}${'Q'.repeat(50)}`;
    assert.deepEqual(scanText(text).findings, []);
  });

  it('explains each finding without quoting the value', () => {
    const [f] = scanText(`iban ${IBAN}`).findings;
    assert.match(f.explanation, /mod-97 check passed/);
    assert.ok(!f.explanation.includes('3704'));
  });

  it('reports incomplete when the time budget is exhausted', () => {
    const text = `${AWS}\n`.repeat(20000);
    const result = scanText(text, { timeBudgetMs: 0 });
    assert.equal(result.complete, false);
    assert.equal(scanText(text).complete, true);
  });

  it('drops findings below the minimum confidence', () => {
    const text = `mail max.mustermann@firma.de`;
    assert.equal(scanText(text, { minConfidence: 0.5 }).findings.length, 1);
    assert.equal(scanText(text, { minConfidence: 0.99 }).findings.length, 0);
  });

  it('runs a keyword detector only near its keyword, and a keyword-less one everywhere', () => {
    const probe: Detector = {
      id: 'probe',
      type: 'CUSTOM_PROBE',
      description: 'probe',
      keywords: ['zz'],
      pattern: /\d{3}/g,
      confidence: 0.9,
      maxLength: 6,
    };
    const reg = createRegistry([probe]);
    assert.deepEqual(scanText('123 far away\nzz 456', {}, reg).findings.map((f) => f.start), [16]);
    const everywhere = createRegistry([{ ...probe, keywords: [] }]);
    assert.equal(scanText('123 far away\nzz 456', {}, everywhere).findings.length, 2);
  });
});

describe('resolveOverlaps', () => {
  const f = (start: number, end: number, confidence: number, detector: string): Finding => ({
    type: 'X',
    category: 'secret',
    start,
    end,
    confidence,
    detector,
    explanation: '',
  });

  it('keeps the more confident, then the longer, then the smaller detector id', () => {
    assert.deepEqual(resolveOverlaps([f(0, 10, 0.5, 'a'), f(5, 8, 0.9, 'b')]).map((x) => x.detector), ['b']);
    assert.deepEqual(resolveOverlaps([f(0, 10, 0.9, 'a'), f(5, 8, 0.9, 'b')]).map((x) => x.detector), ['a']);
    assert.deepEqual(resolveOverlaps([f(0, 5, 0.9, 'b'), f(0, 5, 0.9, 'a')]).map((x) => x.detector), ['a']);
  });

  it('does not depend on input order', () => {
    const input = [f(0, 4, 0.7, 'a'), f(3, 9, 0.8, 'b'), f(8, 12, 0.7, 'c'), f(20, 25, 0.1, 'd')];
    assert.deepEqual(resolveOverlaps(input).map((x) => x.detector), ['b', 'd']);
    assert.deepEqual(resolveOverlaps([...input].reverse()).map((x) => x.detector), ['b', 'd']);
  });
});

describe('createLocator', () => {
  it('counts CRLF, LF and CR as one line break each', () => {
    const locate = createLocator('a\r\nb\nc\rd');
    assert.deepEqual(locate(0), { line: 1, column: 1 });
    assert.deepEqual(locate(3), { line: 2, column: 1 });
    assert.deepEqual(locate(5), { line: 3, column: 1 });
    assert.deepEqual(locate(7), { line: 4, column: 1 });
  });
});
