/**
 * Well-formedness of the independent PII evaluation corpus (test/fixtures/pii-eval).
 * Checks the fixture only, never the engine's accuracy (that is bench/pii-eval.ts).
 */
import * as assert from 'node:assert/strict';
import { buildAll, loadCorpus, type EvalDoc } from '../../fixtures/pii-eval/build';
import { TYPE_TO_KIND, VALIDATORS, isValidCard, isValidIban, isValidKvnr, isValidRvNumber, isValidTaxId, isValidIdCardNumber, isValidUsSsn, makeIban } from '../../fixtures/pii-eval/checks';

const KNOWN_TYPES = new Set([
  'EMAIL_ADDRESS', 'PHONE_NUMBER', 'POSTAL_ADDRESS', 'IP_ADDRESS', 'PERSON', 'DATE_OF_BIRTH', 'DE_TAX_ID', 'DE_ID_CARD',
  'DE_SOCIAL_SECURITY', 'DE_HEALTH_INSURANCE', 'US_SSN', 'IBAN_CODE', 'CREDIT_CARD', 'CONFIDENTIAL_MARKER', 'INTERNAL_HOST',
]);

describe('PII eval corpus (fixture well-formedness)', () => {
  const corpus: EvalDoc[] = loadCorpus();

  it('is in sync with its marked-up sources (run test/fixtures/pii-eval/build.ts after editing src/)', () => {
    assert.deepEqual(corpus, buildAll());
  });

  it('has at least 250 documents, roughly half German and half English, at least 80 without sensitive data', () => {
    assert.ok(corpus.length >= 250, `${corpus.length} documents`);
    const de = corpus.filter((d) => d.lang === 'de').length;
    assert.ok(Math.abs(de - (corpus.length - de)) <= corpus.length * 0.1, `${de} German of ${corpus.length}`);
    assert.ok(corpus.filter((d) => d.labels.length === 0).length >= 80);
  });

  it('has unique ids and known entity types', () => {
    assert.equal(new Set(corpus.map((d) => d.id)).size, corpus.length);
    for (const d of corpus) {
      for (const l of d.labels) assert.ok(KNOWN_TYPES.has(l.type) || /^SECRET_[A-Z0-9_]+$/.test(l.type), `${d.id}: unknown type ${l.type}`);
    }
  });

  it('every label and look-alike text occurs in its document at its offsets', () => {
    for (const d of corpus) {
      for (const l of [...d.labels, ...d.lookalikes]) {
        assert.ok(l.text.length > 0, `${d.id}: empty label`);
        assert.equal(d.text.slice(l.start, l.end), l.text, `${d.id}: ${JSON.stringify(l)}`);
        assert.ok(d.text.includes(l.text));
      }
    }
  });

  it('labels do not overlap each other', () => {
    for (const d of corpus) {
      const spans = [...d.labels].sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, `${d.id}: ${spans[i - 1].text} / ${spans[i].text}`);
    }
  });

  it('labels carry no surrounding whitespace or punctuation', () => {
    for (const d of corpus) {
      for (const l of d.labels) {
        if (l.type.startsWith('SECRET_')) continue;
        assert.ok(!/^[\s,.;:)"'<>]|[\s,;:("'<>]$/.test(l.text), `${d.id}: ${JSON.stringify(l.text)}`);
      }
    }
  });

  it('every positive identifier passes its check rule (independent helper)', () => {
    let checked = 0;
    for (const d of corpus) {
      for (const l of d.labels) {
        const kind = TYPE_TO_KIND[l.type] ?? (l.type === 'SECRET_GITHUB_TOKEN' ? 'GITHUB' : undefined);
        if (!kind) continue;
        checked++;
        assert.ok(VALIDATORS[kind](l.text), `${d.id}: ${l.type} ${l.text} fails ${kind}`);
      }
    }
    assert.ok(checked >= 60, `${checked} identifiers checked`);
  });

  it('every look-alike fails its check rule and is not labelled', () => {
    let checked = 0;
    for (const d of corpus) {
      for (const la of d.lookalikes) {
        assert.ok(VALIDATORS[la.kind], `${d.id}: unknown look-alike kind ${la.kind}`);
        assert.equal(VALIDATORS[la.kind](la.text), false, `${d.id}: look-alike ${la.text} passes ${la.kind}`);
        checked++;
      }
    }
    assert.ok(checked >= 15, `${checked} look-alikes checked`);
  });

  it('documents without sensitive data contain no example-free e-mail address', () => {
    for (const d of corpus.filter((x) => x.labels.length === 0)) {
      for (const m of d.text.matchAll(/[\w.+-]+@([\w-]+\.)+[a-z]{2,}/gi)) {
        assert.ok(/@(example\.(com|org|net)|[\w.-]+\.(test|invalid))$/i.test(m[0]) || /^git@github\.com/.test(m[0]), `${d.id}: ${m[0]}`);
      }
    }
  });
});

describe('PII eval corpus check helpers', () => {
  it('agree with published reference values', () => {
    assert.equal(isValidIban('DE89 3704 0044 0532 0130 00'), true); // widely published example
    assert.equal(isValidIban('GB82 WEST 1234 5698 7654 32'), true);
    assert.equal(isValidIban('DE89 3704 0044 0532 0130 01'), false);
    assert.equal(makeIban('DE', '370400440532013000'), 'DE89370400440532013000');
    assert.equal(isValidCard('4111 1111 1111 1111'), true);
    assert.equal(isValidCard('4111 1111 1111 1112'), false);
    assert.equal(isValidCard('378282246310005'), true);
    assert.equal(isValidTaxId('86095742719'), true); // BZSt sample
    assert.equal(isValidTaxId('86095742718'), false);
    assert.equal(isValidTaxId('12345678903'), false); // no repeated digit
    assert.equal(isValidKvnr('A123456780'), true); // GKV example
    assert.equal(isValidKvnr('A123456781'), false);
    assert.equal(isValidRvNumber('65170839J003'), true); // DRV example
    assert.equal(isValidRvNumber('65170839J004'), false);
    assert.equal(isValidIdCardNumber('T220001293'), true); // ICAO 9303 specimen
    assert.equal(isValidIdCardNumber('T220001294'), false);
    assert.equal(isValidUsSsn('078-05-1120'), false);
    assert.equal(isValidUsSsn('666-12-3456'), false);
    assert.equal(isValidUsSsn('536-22-1234'), true);
  });
});
