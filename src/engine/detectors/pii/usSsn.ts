import { isPlausibleUsSsn } from '../../checksums/usSsn';
import type { Candidate, Detector } from '../../types';
import { COLUMN_WINDOW, columnCells, columnNamed, isColumnNameHit, lastHeaderAt, type ColumnOptions } from '../tableColumns';

const WORDS = ['ssn', 'social security', 'soc sec', 'ss#', 'ss #', 'taxpayer'];

/** Dashed SSNs (123-45-6789 shape) anywhere, rejected by the SSA's issuance rules. */
export const usSsn: Detector = {
  id: 'us-ssn',
  type: 'US_SSN',
  description: 'US Social Security number',
  keywords: [],
  digitRun: true,
  pattern: /(?<![\w.\-/])\d{3}-\d{2}-\d{4}(?![\w]|[.\-/]\d)/g,
  confidence: 0.6,
  maxLength: 11,
  check: 'SSA issuance rules',
  validate: (value) => isPlausibleUsSsn(value.replace(/-/g, '')),
  context: { words: WORDS, window: 40, boost: 0.3 },
};

/** Undashed or space-separated SSNs: nine digits are everywhere, so only next to an SSN word. */
export const usSsnInContext: Detector = {
  id: 'us-ssn-in-context',
  type: 'US_SSN',
  description: 'US Social Security number after an SSN label',
  keywords: WORDS,
  pattern: /(?<![\w.\-/])\d{3}[ ]?\d{2}[ ]?\d{4}(?![\w]|[.\-/]\d)/g,
  confidence: 0.85,
  maxLength: 55,
  check: 'SSA issuance rules',
  validate: (value) => isPlausibleUsSsn(value.replace(/ /g, '')),
  context: { words: WORDS, window: 40, boost: 0, required: true },
};

/** Column names of SSNs in HR and payroll exports. */
const SSN_COLUMN = columnNamed([
  'ssn', 'ssn no', 'ssn nr', 'ssn number', 'ss no', 'ss number', 'social security', 'social security no',
  'social security nr', 'social security number', 'soc sec', 'soc sec no', 'soc sec number',
]);
const SSN_COLUMN_HINTS = ['ssn', 'social', 'soc sec', 'soc_sec', 'soc. sec', 'ss no', 'ss_no', 'ss number'];
/** Payroll letters and reports print their tables with spaces; every cell still has to pass the issuance rules. */
const COLUMNS: ColumnOptions = { aligned: true };
/** Dashed SSNs are found anywhere by `us-ssn`; a column adds the spaced and undashed ones. */
const SSN_SHAPE = /^\d{3}( ?)\d{2}\1\d{4}$/;

function* findSsnColumns(text: string, start: number, end: number): Generator<Candidate> {
  for (const cell of columnCells(text, start, end, SSN_COLUMN_HINTS, SSN_COLUMN, lastHeaderAt(text, end, COLUMN_WINDOW), COLUMNS)) {
    const value = text.slice(cell.start, cell.end);
    if (SSN_SHAPE.test(value) && isPlausibleUsSsn(value.replace(/ /g, ''))) yield { start: cell.start, end: cell.end, note: `column "${cell.column}"` };
  }
}

/** SSNs in any of the usual shapes in a table column headed `ssn` or `social security` (delimited or lined up with spaces), where the rows carry no label. */
export const usSsnColumn: Detector = {
  id: 'us-ssn-column',
  type: 'US_SSN',
  description: 'US Social Security number in a table column',
  keywords: SSN_COLUMN_HINTS,
  keywordHit: (text, start, length) => isColumnNameHit(text, start, length, SSN_COLUMN, COLUMNS),
  find: findSsnColumns,
  multiline: true,
  reachBefore: 1,
  confidence: 0.85,
  maxLength: COLUMN_WINDOW,
  check: 'SSA issuance rules',
};
