import type { ReportRow } from './reportModel';

export const CSV_COLUMNS: readonly (keyof ReportRow)[] = ['time', 'user', 'machine', 'workspace', 'target', 'classes', 'types', 'action', 'choice', 'reason', 'policy', 'eventId'];

/**
 * One CSV cell. A reason is typed by a person, so a cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 with CRLF line ends, as spreadsheet programs expect. */
export function rowsToCsv(rows: readonly ReportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
