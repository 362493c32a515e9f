import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectorExamples } from '../../src/engine/types';

function examplesFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? examplesFiles(join(dir, e.name)) : e.name.endsWith('.examples.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every `*.examples.ts` beside the detectors (in any subfolder), merged into one table by detector id. */
export function loadDetectorExamples(): Map<string, DetectorExamples> {
  const dir = join(__dirname, '..', '..', 'src', 'engine', 'detectors');
  const table = new Map<string, DetectorExamples>();
  for (const file of examplesFiles(dir).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { examples } = require(file) as { examples: Record<string, DetectorExamples> };
    for (const [id, ex] of Object.entries(examples)) {
      if (table.has(id)) throw new Error(`examples for ${id} defined twice (${file})`);
      table.set(id, ex);
    }
  }
  return table;
}
