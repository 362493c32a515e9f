import * as assert from 'node:assert/strict';
import { builtinDetectors, createRegistry, scanText } from '../../../src/engine';
import { windowAround } from '../../../src/engine/scan';
import { loadDetectorExamples } from '../../support/detectorExamples';

const EXAMPLES = loadDetectorExamples();

// Every detector carries its own examples; this table runs them all, each alone and
// through the full registry (where another detector's overlap could hide it).
describe('built-in detectors: their own examples', () => {
  it('has examples for exactly the built-in detectors', () => {
    assert.deepEqual([...EXAMPLES.keys()].sort(), builtinDetectors.map((d) => d.id).sort());
  });

  for (const detector of builtinDetectors) {
    describe(detector.id, () => {
      const alone = createRegistry([detector]);
      const examples = EXAMPLES.get(detector.id) ?? { positive: [], negative: [] };

      it('has at least one positive and one negative example', () => {
        assert.ok(examples.positive.length > 0);
        assert.ok(examples.negative.length > 0);
      });

      examples.positive.forEach((ex, i) => {
        it(`finds exactly its values in positive #${i + 1}`, () => {
          const found = scanText(ex.text, {}, alone).findings.map((f) => ex.text.slice(f.start, f.end));
          assert.deepEqual(found, ex.values);
          const all = scanText(ex.text).findings.filter((f) => f.detector === detector.id);
          assert.deepEqual(all.map((f) => ex.text.slice(f.start, f.end)), ex.values);
          for (const f of all) assert.equal(f.type, detector.type);
        });

        if (detector.keywords.length > 0) {
          // The pattern only runs in windows around keyword hits: every value must lie inside
          // the window of a keyword that belongs to the match (in the value, or in the key
          // right before it for key-named detectors), else the prefilter silently hides it.
          it(`positive #${i + 1}: every value lies in a keyword's window (else the prefilter hides it)`, () => {
            const compiled = alone.detectors[0];
            const lower = ex.text.toLowerCase();
            let from = 0;
            for (const v of ex.values) {
              const at = ex.text.indexOf(v, from);
              assert.ok(at >= 0, `value not in text: ${v}`);
              from = at + v.length;
              const covered = detector.keywords.some((k) => {
                for (let h = lower.indexOf(k); h >= 0; h = lower.indexOf(k, h + 1)) {
                  const w = windowAround(ex.text, h, k.length, compiled);
                  if (w.start <= at && at + v.length <= w.end && h + k.length <= at + v.length) return true;
                }
                return false;
              });
              assert.ok(covered, `no keyword window covers ${v}`);
            }
          });
        }
      });

      examples.negative.forEach((text, i) => {
        it(`finds nothing in negative #${i + 1}`, () => {
          assert.deepEqual(scanText(text, {}, alone).findings, []);
        });
      });
    });
  }
});

describe('detector registry', () => {
  it('uses unique, kebab-case detector ids', () => {
    const ids = builtinDetectors.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses entity type names from the design notes', () => {
    for (const d of builtinDetectors) assert.match(d.type, /^(SECRET_[A-Z0-9_]+|CUSTOM_[A-Z0-9_]+|[A-Z]{2,}(_[A-Z]+)*)$/);
  });

  it('rejects duplicate ids and patterns without the g flag', () => {
    assert.throws(() => createRegistry([builtinDetectors[0], builtinDetectors[0]]), /duplicate detector id/);
    const withPattern = builtinDetectors.find((d) => d.pattern)!;
    assert.throws(() => createRegistry([{ ...withPattern, pattern: /x/ }]), /needs the g flag/);
  });
});
