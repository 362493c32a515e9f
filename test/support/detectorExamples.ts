import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectorExamples } from '../../src/engine/types';

/** Every `*.examples.ts` beside the detectors, merged into one table by detector id. */
export function loadDetectorExamples(): Map<string, DetectorExamples> {
  const dir = join(__dirname, '..', '..', 'src', 'engine', 'detectors');
  const table = new Map<string, DetectorExamples>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.examples.ts')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { examples } = require(join(dir, file)) as { examples: Record<string, DetectorExamples> };
    for (const [id, ex] of Object.entries(examples)) {
      if (table.has(id)) throw new Error(`examples for ${id} defined twice (${file})`);
      table.set(id, ex);
    }
  }
  return table;
}
