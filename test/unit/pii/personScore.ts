import { createRegistry, scanText } from '../../../src/engine';
import { personInContext, personName } from "../../../src/engine/detectors/pii/person";
import type { LabelledSentence } from './personCorpus';

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  /** Misses and false alarms, for a readable failure message. */
  readonly errors: readonly string[];
}

const registry = createRegistry([personName, personInContext]);

/** Exact-span scoring: a found name counts only if its text equals a labelled name. */
export function scorePersons(corpus: readonly LabelledSentence[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const { text, names } of corpus) {
    const found = scanText(text, {}, registry).findings.filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
    const expected = [...names];
    for (const value of found) {
      const i = expected.indexOf(value);
      if (i >= 0) {
        tp++;
        expected.splice(i, 1);
      } else {
        fp++;
        errors.push(`false alarm ${JSON.stringify(value)} in ${JSON.stringify(text)}`);
      }
    }
    fn += expected.length;
    for (const value of expected) errors.push(`missed ${JSON.stringify(value)} in ${JSON.stringify(text)}`);
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    errors,
  };
}
