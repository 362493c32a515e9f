import type { Finding } from '../engine/types';
import type { Decision } from '../policy/types';

/** One file's exposure: what a chat that attached it would carry, by type, with the strictest action. */
export interface FileExposure {
  readonly path: string;
  readonly action: Decision['action'];
  readonly counts: Readonly<Record<string, number>>;
  /** The scan ran out of time (the counts may be incomplete). */
  readonly incomplete: boolean;
}

export function countTypes(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** Files people should look at first: blocked before warned, more findings first, then by path. */
export function rankExposures(list: readonly FileExposure[]): FileExposure[] {
  const weight = { block: 3, redact: 2, warn: 1, allow: 0 } as const;
  const total = (e: FileExposure) => Object.values(e.counts).reduce((a, b) => a + b, 0);
  return [...list].sort((a, b) => weight[b.action] - weight[a.action] || total(b) - total(a) || (a.path < b.path ? -1 : 1));
}

/** A Markdown table of the exposures, for the report document. Never contains values. */
export function renderExposureMarkdown(list: readonly FileExposure[], scanned: number, skipped: number, title: string): string {
  const rows = rankExposures(list).map(
    (e) => `| \`${e.path.replace(/`/g, "'").replace(/\|/g, '\\|')}\` | ${e.action}${e.incomplete ? ' (incomplete)' : ''} | ${Object.entries(e.counts).map(([t, n]) => `${t} ×${n}`).join(', ')} |`,
  );
  return [
    `# ${title}`,
    '',
    `${scanned} files scanned, ${skipped} skipped (binary, too large or excluded), ${list.length} with findings.`,
    '',
    '| file | action | findings |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
