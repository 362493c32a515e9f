import * as assert from 'node:assert/strict';
import { createRegistry, scanText } from '../../../src/engine';
import { personInContext, personName } from '../../../src/engine/detectors/pii/person';
import { personCorpus } from './personCorpus';
import { scorePersons } from './personScore';

const registry = createRegistry([personName, personInContext]);
const names = (text: string) => scanText(text, {}, registry).findings.map((f) => text.slice(f.start, f.end));

describe('PERSON on the labelled DE/EN set', () => {
  it('has a set worth measuring: enough sentences, names and hard negatives', () => {
    assert.ok(personCorpus.length >= 60);
    assert.ok(personCorpus.filter((s) => s.names.length === 0).length >= 20);
    for (const s of personCorpus) for (const n of s.names) assert.ok(s.text.includes(n), `${n} not in ${s.text}`);
  });

  it('reaches precision >= 0.85 and recall >= 0.85 (exact spans)', () => {
    const score = scorePersons(personCorpus);
    const detail = `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}\n${score.errors.join('\n')}`;
    assert.ok(score.precision >= 0.85, detail);
    assert.ok(score.recall >= 0.85, detail);
  });
});

describe('PERSON rules', () => {
  it('leaves the salutation out of the span', () => {
    assert.deepEqual(names('Sehr geehrte Frau Dr. Schmidt,'), ['Schmidt']);
  });

  it('does not take a German article plus noun for a name', () => {
    assert.deepEqual(names('Die Bank und der Markt und das Haus.'), []);
  });

  it('needs a known given name for greetings ("Hallo Welt" is no person)', () => {
    assert.deepEqual(names('Hallo Welt!'), []);
    assert.deepEqual(names('Hallo Jonas!'), ['Jonas']);
  });

  it('ignores code identifiers: camelCase, property access, calls', () => {
    assert.deepEqual(names('const AnnaSchmidt = obj.Anna.Schmidt; Anna(Schmidt);'), []);
  });

  it('keeps names with Turkish, Polish and Latin Extended letters exact', () => {
    const text = 'Gestern: Ayşe Yılmaz, Łukasz Wiśniewski, Zoë Müller-Lüdenscheidt.';
    assert.deepEqual(names(text), ['Ayşe Yılmaz', 'Łukasz Wiśniewski', 'Zoë Müller-Lüdenscheidt']);
  });

  it('finds the same name at any offset of a long input (region edges)', () => {
    const filler = 'x = 1;\n'.repeat(20000);
    const text = `${filler}Kontakt: Anna Schmidt\n${filler}`;
    const [f] = scanText(text, {}, registry).findings;
    assert.equal(text.slice(f.start, f.end), 'Anna Schmidt');
  });
});
