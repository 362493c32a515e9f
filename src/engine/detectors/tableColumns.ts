/**
 * Values that carry no label of their own but sit in a table column whose header names
 * them: CSV/TSV/semicolon exports, Markdown and `psql`/`mysql` result tables, SQL
 * `INSERT INTO t (col, …) VALUES (…), (…)` and, for detectors that ask for them (see
 * `ColumnOptions`), plain-text tables whose columns are lined up with spaces. A row such as `Ngozi Okonkwo,486 11 9985,1993-01-05`
 * says nothing by itself; the header `name,ssn,dob` two lines up does.
 *
 * Detectors use this from `find`, with the header words as keywords and `multiline` set,
 * so that the window reaches the rows below the header. The header only says which cells
 * to look at: the detector still checks each cell's value (a date, a plausible SSN).
 */
import { keywordAt } from '../prefilter';

/** A cell's value, without padding or quotes, and the header cell that named it. */
export interface ColumnCell {
  readonly start: number;
  readonly end: number;
  /** The column name as the header writes it. */
  readonly column: string;
}

/** Which column names a detector wants, as a predicate over the header cell's words. */
export type ColumnNamePredicate = (words: readonly string[]) => boolean;

export interface ColumnOptions {
  /**
   * Also read tables laid out with spaces (`Name            DOB          SSN`), where two
   * or more spaces part the cells and a row's cell is the text under the header's. Opt-in:
   * a line of words apart by double spaces is weaker evidence of a table than a delimiter,
   * so a detector takes it only where its cells carry a check of their own.
   */
  readonly aligned?: boolean;
  /**
   * The detector's own test of a header hit, when it is stricter than `isColumnNameHit`
   * (its keyword filter): the hints met between the hits that the keyword pass accepted
   * then pass the same test, and a line that filter rejects is not read as a header with
   * rows below it either.
   */
  readonly isHeader?: (text: string, at: number, length: number) => boolean;
}

/** Longest header cell taken for a column name; longer cells are prose, not headers. */
const MAX_NAME = 48;
/**
 * Longest header line read. Minified code puts 100 KB on a line and its hits on one; a
 * header is never that long, and reading such a line once per hit is what costs.
 */
const MAX_HEADER_LINE = 4000;
/**
 * How far below a header its rows are read: the `maxLength` of column detectors, whose
 * keyword windows reach this far past the header word (a few hundred rows of a CSV).
 */
export const COLUMN_WINDOW = 32 * 1024;
/** Rows of one table read at most; tables this long are data dumps, read in their first part. */
const MAX_ROWS = 2000;

/**
 * The words of a column name, lower-case: `dateOfBirth`, `date_of_birth`, `Date of Birth`
 * and `DATE-OF-BIRTH` all give `date of birth`; `Geb.-Datum` gives `geb datum`.
 */
export function columnWords(name: string): string[] {
  // ASCII names (nearly all, and the many `name` hits in code) are split without regular
  // expressions: this runs for every keyword hit that looks like a header cell.
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c >= 128) return columnWordsUnicode(name);
    if (isAsciiAlnum(c)) {
      if (from < 0) from = i;
      else if (isUpper(c) && isLower(name.charCodeAt(i - 1))) {
        out.push(name.slice(from, i).toLowerCase());
        from = i;
      }
    } else if (from >= 0) {
      out.push(name.slice(from, i).toLowerCase());
      from = -1;
    }
  }
  return out;
}

function columnWordsUnicode(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** What `\s` matches in a regular expression, as a code unit test. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A predicate that accepts a column whose name, written together (`dateofbirth`), is one
 * of `names`, also after qualifying words in front (`customer_dob`, `mobile_phone`,
 * `kunde.telefon`). Words after the name are not accepted: `ssn_last4`, `phone_type` and
 * `dob_verified` hold something else.
 */
export function columnNamed(names: readonly string[]): ColumnNamePredicate {
  const set = new Set(names.map((n) => columnWords(n).join('')));
  return (words) => {
    let joined = '';
    for (let i = words.length - 1; i >= 0; i--) {
      joined = words[i] + joined;
      if (set.has(joined)) return true;
    }
    return false;
  };
}

interface Span {
  start: number;
  end: number;
}

/** The delimiter a header line uses, or undefined when it has none. */
function delimiterOf(text: string, start: number, end: number): string | undefined {
  let tabs = 0;
  let pipes = 0;
  let semis = 0;
  let commas = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 9) tabs++;
    else if (c === 124) pipes++;
    else if (c === 59) semis++;
    else if (c === 44) commas++;
  }
  const best = Math.max(tabs, pipes, semis, commas);
  if (best === 0) return undefined;
  return best === tabs ? '\t' : best === pipes ? '|' : best === semis ? ';' : ',';
}

/**
 * Splits a line into cells. Comma, semicolon and tab separated lines may quote a cell
 * (`"Doe, John"`, with `""` for a quote inside); pipe tables do not quote.
 */
function splitCells(text: string, start: number, end: number, delimiter: string): Span[] {
  const cells: Span[] = [];
  const d = delimiter.charCodeAt(0);
  const quoting = delimiter !== '|';
  let i = start;
  for (;;) {
    let cellStart = i;
    let j = i;
    while (j < end && text.charCodeAt(j) === 32) j++;
    if (quoting && j < end && text.charCodeAt(j) === 34) {
      cellStart = j;
      j++;
      for (; j < end; j++) {
        if (text.charCodeAt(j) !== 34) continue;
        if (text.charCodeAt(j + 1) === 34) j++;
        else break;
      }
      j = Math.min(end, j + 1);
    }
    while (j < end && text.charCodeAt(j) !== d) j++;
    cells.push({ start: cellStart, end: j });
    if (j >= end) return cells;
    i = j + 1;
  }
}

/** A cell's value: without surrounding spaces and one pair of quotes or backticks. */
function trimCell(text: string, cell: Span): Span {
  let { start, end } = cell;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end - start >= 2) {
    const q = text[start];
    if ((q === '"' || q === "'" || q === '`') && text[end - 1] === q) {
      start++;
      end--;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
    }
  }
  return { start, end };
}

/** A header cell's words, or undefined when the cell is too long or too wordy to be a column name. */
function headerWords(text: string, cell: Span): string[] | undefined {
  const t = trimCell(text, cell);
  if (t.end - t.start > MAX_NAME) return undefined;
  const raw = text.slice(t.start, t.end).replace(/^[[`"']|[\]`"']$/g, '');
  // Column names are a few words and hold no numbers beyond an index (`phone2`).
  if (/\d{3}/.test(raw)) return undefined;
  const words = columnWords(raw);
  return words.length > 0 && words.length <= 4 ? words : undefined;
}

/** `---+----`, `|---|:--:|`, `+-----+----+`, `=====`: ruling lines of printed tables. */
function isRuling(text: string, start: number, end: number): boolean {
  let rule = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '-' || c === '=') rule = true;
    else if (c !== '+' && c !== '|' && c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return rule;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The cells of the named columns in the rows under one delimited header line, until a
 * blank line, a row of another shape or `limit`. Returns where reading stopped.
 */
function delimitedColumn(
  text: string,
  lineStart: number,
  limit: number,
  named: ColumnNamePredicate,
  out: ColumnCell[],
  options: ColumnOptions,
): number {
  const headerEnd = lineEnd(text, lineStart);
  const delimiter = delimiterOf(text, lineStart, headerEnd);
  const after = nextLineStart(text, headerEnd);
  if (delimiter === undefined) return options.aligned ? alignedColumn(text, lineStart, headerEnd, limit, named, out) : after;
  const header = splitCells(text, lineStart, headerEnd, delimiter);
  // A pipe table may have empty cells before the first and after the last pipe.
  const nonEmpty = header.filter((c) => !isBlank(text, c.start, c.end));
  if (nonEmpty.length < 2) return after;
  const columns: { index: number; name: string }[] = [];
  for (let i = 0; i < header.length; i++) {
    if (isBlank(text, header[i].start, header[i].end)) continue;
    const words = headerWords(text, header[i]);
    // One cell that reads like a sentence makes the line prose with commas in it.
    if (words === undefined) return after;
    if (named(words)) {
      const t = trimCell(text, header[i]);
      columns.push({ index: i, name: text.slice(t.start, t.end) });
    }
  }
  if (columns.length === 0) return after;
  let at = after;
  let rows = 0;
  while (at < limit && rows < MAX_ROWS) {
    const end = lineEnd(text, at);
    if (end > limit) return at;
    if (isBlank(text, at, end)) return at;
    if (isRuling(text, at, end)) {
      at = nextLineStart(text, end);
      continue;
    }
    const cells = splitCells(text, at, end, delimiter);
    if (cells.length !== header.length) return at;
    for (const c of columns) {
      const v = trimCell(text, cells[c.index]);
      if (v.end > v.start && v.end <= limit) out.push({ start: v.start, end: v.end, column: c.name });
    }
    rows++;
    at = nextLineStart(text, end);
  }
  return at;
}

/**
 * The cells of a line laid out with spaces: runs of text apart by two or more spaces
 * (one space stays inside a cell: `Date of Birth`, `609 13 5520`). Undefined when the line
 * holds a tab, which makes it a tab-separated line instead.
 */
function alignedCells(text: string, start: number, end: number): Span[] | undefined {
  const cells: Span[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 9) return undefined;
    if (c === 32) {
      i++;
      continue;
    }
    const cellStart = i;
    let cellEnd = i + 1;
    for (i = cellEnd; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === 9) return undefined;
      if (d !== 32) cellEnd = i + 1;
      else if (text.charCodeAt(i + 1) === 32 || i + 1 === end) break;
    }
    cells.push({ start: cellStart, end: cellEnd });
  }
  return cells;
}

/**
 * The row cell under one header cell (offsets relative to their lines): the one cell
 * that overlaps the header's span and no other header's, or, when none overlaps, the one
 * that starts between this header and the next (values indented under a short header).
 */
function cellUnder(row: readonly Span[], header: readonly Span[], k: number): Span | undefined {
  const h = header[k];
  let found: Span | undefined;
  for (const c of row) {
    if (c.end <= h.start || c.start >= h.end) continue;
    if (found !== undefined) return undefined;
    for (let j = 0; j < header.length; j++) {
      if (j !== k && c.start < header[j].end && header[j].start < c.end) return undefined;
    }
    found = c;
  }
  if (found !== undefined) return found;
  const next = k + 1 < header.length ? header[k + 1].start : Infinity;
  for (const c of row) {
    if (c.start < h.end || c.start >= next) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
}

/**
 * The named columns of a table laid out with spaces under the header line at `lineStart`:
 * each header cell spans some characters, and a row's cell is the text under it. Every
 * header cell must read as a column name, and a row must split into two or more cells;
 * a blank line, a line of prose (one cell) or a tab ends the table. Returns where reading
 * stopped.
 */
function alignedColumn(
  text: string,
  lineStart: number,
  headerEnd: number,
  limit: number,
  named: ColumnNamePredicate,
  out: ColumnCell[],
): number {
  const after = nextLineStart(text, headerEnd);
  const header = alignedCells(text, lineStart, headerEnd);
  if (header === undefined || header.length < 2) return after;
  const columns: { index: number; name: string }[] = [];
  for (let i = 0; i < header.length; i++) {
    const words = headerWords(text, header[i]);
    if (words === undefined) return after;
    if (named(words)) columns.push({ index: i, name: text.slice(header[i].start, header[i].end) });
  }
  if (columns.length === 0) return after;
  const relative = header.map((c) => ({ start: c.start - lineStart, end: c.end - lineStart }));
  let at = after;
  let rows = 0;
  while (at < limit && rows < MAX_ROWS) {
    const end = lineEnd(text, at);
    if (end > limit || isBlank(text, at, end)) return at;
    if (isRuling(text, at, end)) {
      at = nextLineStart(text, end);
      continue;
    }
    const cells = alignedCells(text, at, end);
    if (cells === undefined || cells.length < 2) return at;
    const row = cells.map((c) => ({ start: c.start - at, end: c.end - at }));
    for (const c of columns) {
      const cell = cellUnder(row, relative, c.index);
      if (cell !== undefined) out.push({ start: at + cell.start, end: at + cell.end, column: c.name });
    }
    rows++;
    at = nextLineStart(text, end);
  }
  return at;
}

const INSERT = /\binsert\s+(?:(?:ignore|or\s+\w+)\s+)?into\s+[\w."`[\]]+\s*\(/giy;

/** One SQL literal or expression in a VALUES tuple, up to the next top-level `,` or `)`. */
function sqlItem(text: string, from: number, limit: number): { value: Span; next: number } | undefined {
  let i = from;
  while (i < limit && isWhiteSpace(text.charCodeAt(i))) i++;
  const start = i;
  let depth = 0;
  let quotedSpan: Span | undefined;
  while (i < limit) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const open = i;
      i++;
      while (i < limit) {
        if (text[i] === '\\') i += 2;
        else if (text[i] === c && text[i + 1] === c) i += 2;
        else if (text[i] === c) break;
        else i++;
      }
      if (i >= limit) return undefined;
      quotedSpan = quotedSpan === undefined && open === start ? { start: open + 1, end: i } : quotedSpan;
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) break;
    else if (c === ';' && depth === 0) return undefined;
    i++;
  }
  if (i >= limit) return undefined;
  let end = i;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  // A quoted literal alone is the value; an expression (DATE '…', to_date(…)) stays whole.
  const value = quotedSpan !== undefined && quotedSpan.end + 1 === end ? quotedSpan : { start, end };
  return { value, next: i };
}

/**
 * The named columns' values in `INSERT INTO t (…) VALUES (…), (…)` whose column list
 * starts at `open` (just after its `(`). Returns where reading stopped.
 */
function insertColumn(text: string, open: number, limit: number, named: ColumnNamePredicate, out: ColumnCell[]): number {
  const close = text.indexOf(')', open);
  if (close < 0 || close >= limit) return limit;
  const names = text.slice(open, close).split(',');
  const columns: { index: number; name: string }[] = [];
  names.forEach((raw, index) => {
    const name = raw.trim().replace(/^[[`"]|[\]`"]$/g, '');
    if (name.length <= MAX_NAME && named(columnWords(name))) columns.push({ index, name });
  });
  if (columns.length === 0) return close + 1;
  const values = /\s*values\s*/iy;
  values.lastIndex = close + 1;
  if (!values.test(text)) return close + 1;
  let at = values.lastIndex;
  for (let rows = 0; rows < MAX_ROWS && at < limit && text[at] === '('; rows++) {
    const items: Span[] = [];
    let i = at + 1;
    for (;;) {
      const item = sqlItem(text, i, limit);
      if (item === undefined) return limit;
      items.push(item.value);
      i = item.next + 1;
      if (text[item.next] === ')') break;
    }
    if (items.length === names.length) {
      for (const c of columns) {
        const v = items[c.index];
        if (v.end > v.start && v.end <= limit) out.push({ start: v.start, end: v.end, column: c.name });
      }
    }
    while (i < limit && isWhiteSpace(text.charCodeAt(i))) i++;
    if (text[i] !== ',') return i;
    i++;
    while (i < limit && isWhiteSpace(text.charCodeAt(i))) i++;
    at = i;
  }
  return at;
}

/** Where an `INSERT INTO … (` whose column list holds `pos` opens its list, if one does. */
function insertListAround(text: string, lineStart: number, pos: number): number | undefined {
  // The column list may start on the line above the hint's (INSERT INTO t\n  (a, b, …)).
  const from = Math.max(0, lineStart - 200);
  const before = text.slice(from, pos).toLowerCase();
  const at = before.lastIndexOf('insert');
  if (at < 0) return undefined;
  INSERT.lastIndex = from + at;
  if (!INSERT.test(text)) return undefined;
  const open = INSERT.lastIndex;
  if (open > pos + 1) return undefined;
  const close = text.indexOf(')', open);
  return close >= pos ? open : undefined;
}

/**
 * The cells of columns that `named` accepts, in tables whose header line holds one of
 * `hints` (lower-case) and starts in `[start, headersUntil]` (or holds `start`); cells are
 * read up to `end`. Each header is read once, so a window holding several hints yields
 * each cell once.
 */
export function columnCells(
  text: string,
  start: number,
  end: number,
  hints: readonly string[],
  named: ColumnNamePredicate,
  headersUntil = end,
  options: ColumnOptions = {},
): ColumnCell[] {
  const out: ColumnCell[] = [];
  // From the start of the line holding `start`, unless that line is overlong (no header).
  const first = lineStartWithin(text, start);
  const from = first < 0 ? nextLineStart(text, start) : first;
  // A header's hint lies on a line starting by `headersUntil`, within MAX_HEADER_LINE of
  // that start. The search runs in a slice (V8 shares the text's characters, no copy), so
  // that a regular expression finding no hint stops there instead of at the text's end.
  const searchEnd = Math.min(end, headersUntil + MAX_HEADER_LINE);
  if (from >= searchEnd) return out;
  const region = text.slice(from, searchEnd);
  const find = hintPattern(hints);
  find.lastIndex = 0;
  // Only the hints' own places are looked at: a window in code spans thousands of lines
  // without a header, and reading each of them cost more than all the rest.
  for (let m = find.exec(region); m !== null; m = find.exec(region)) {
    const at = from + m.index;
    if (!hints.some((h) => keywordAt(text, at, h) && (options.isHeader ? options.isHeader(text, at, h.length) : isColumnNameHit(text, at, h.length, named, options)))) {
      find.lastIndex = m.index + 1;
      continue;
    }
    const lineStart = lineStartWithin(text, at);
    if (lineStart < 0) {
      find.lastIndex = nextLineStart(text, at) - from;
      continue;
    }
    if (lineStart > headersUntil) break;
    const le = lineEnd(text, lineStart);
    if (le - lineStart > MAX_HEADER_LINE) {
      find.lastIndex = nextLineStart(text, le) - from;
      continue;
    }
    const open = insertListAround(text, lineStart, at);
    const next = open !== undefined ? insertColumn(text, open, end, named, out) : delimitedColumn(text, lineStart, end, named, out, options);
    // Reading went on below the header: the rows are done, go on after them.
    const resume = next > le ? (next >= end || text.charCodeAt(next - 1) === 10 ? next : nextLineStart(text, next)) : nextLineStart(text, le);
    if (resume >= searchEnd) break;
    find.lastIndex = resume - from;
  }
  return out;
}

/** The start of the line holding `pos`, or -1 when it lies more than MAX_HEADER_LINE back. */
function lineStartWithin(text: string, pos: number): number {
  const stop = Math.max(0, pos - MAX_HEADER_LINE);
  let i = pos;
  while (i > stop && text.charCodeAt(i - 1) !== 10) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : -1;
}

const hintPatterns = new WeakMap<readonly string[], RegExp>();

/** Any of the hints, in any case (`g`, searched from `lastIndex`). */
function hintPattern(hints: readonly string[]): RegExp {
  let re = hintPatterns.get(hints);
  if (re === undefined) {
    re = new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
    hintPatterns.set(hints, re);
  }
  return re;
}

/**
 * Whether a keyword hit at `start` can be part of a header cell or a column list: the
 * text from the nearest delimiter before it to the nearest after it must read as a
 * column name the predicate accepts. For `Detector.keywordHit`, where it rejects the
 * many hits in code (`user.phone`, `hotel`, `phoneNumber: string`) after looking at
 * a few dozen characters.
 */
export function isColumnNameHit(text: string, start: number, length: number, named: ColumnNamePredicate, options: ColumnOptions = {}): boolean {
  // A column name's words start at a separator or a camelCase hump, never inside a word
  // (`hotel`, `adobe`): that check alone settles most hits in code.
  if (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1)) && !(isLower(text.charCodeAt(start - 1)) && isUpper(text.charCodeAt(start)))) return false;
  return delimitedNameHit(text, start, length, named) || (options.aligned === true && alignedNameHit(text, start, length, named));
}

function delimitedNameHit(text: string, start: number, length: number, named: ColumnNamePredicate): boolean {
  // Rightwards first: in code a `=`, `:` or `(` mostly follows the name within a character or two.
  let e = start + length;
  const eMax = Math.min(text.length, e + MAX_NAME);
  for (let c = text.charCodeAt(e); e < eMax && !isCellEdge(c); c = text.charCodeAt(++e)) if (isCodeChar(c)) return false;
  // No edge on the right (prose runs on past MAX_NAME): no need to read the left.
  if (e < text.length && !isCellEdge(text.charCodeAt(e))) return false;
  let s = start;
  const sMin = Math.max(0, start - MAX_NAME);
  for (let c = text.charCodeAt(s - 1); s > sMin && !isCellEdge(c); c = text.charCodeAt(--s - 1)) if (isCodeChar(c)) return false;
  if (s > 0 && !isCellEdge(text.charCodeAt(s - 1))) return false;
  // A header has a delimiter next to at least one side of the cell: `f(phone)` is code.
  const before = s > 0 ? text.charCodeAt(s - 1) : 10;
  const after = e < text.length ? text.charCodeAt(e) : 10;
  if (!isDelimiter(before) && !isDelimiter(after)) return false;
  const words = headerWords(text, { start: s, end: e });
  return words !== undefined && named(words);
}

/**
 * The aligned-table form of `isColumnNameHit`: the hit's cell runs to two spaces or the
 * line's edge on each side, with two spaces on at least one side (`Name    DOB    SSN`),
 * and holds no delimiter or code character.
 */
function alignedNameHit(text: string, start: number, length: number, named: ColumnNamePredicate): boolean {
  let e = start + length;
  const eMax = Math.min(text.length, e + MAX_NAME);
  for (; e < eMax; e++) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13 || (c === 32 && (e + 1 === text.length || text.charCodeAt(e + 1) === 32))) break;
    if (isCellEdge(c) || isCodeChar(c)) return false;
  }
  if (e === eMax && e < text.length) return false;
  let s = start;
  const sMin = Math.max(0, start - MAX_NAME);
  for (; s > sMin; s--) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 13 || (c === 32 && (s === 1 || text.charCodeAt(s - 2) === 32))) break;
    if (isCellEdge(c) || isCodeChar(c)) return false;
  }
  if (s === sMin && s > 0) return false;
  const gapAfter = e + 1 < text.length && text.charCodeAt(e) === 32 && text.charCodeAt(e + 1) === 32;
  const gapBefore = s >= 2 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 32;
  if (!gapAfter && !gapBefore) return false;
  const words = headerWords(text, { start: s, end: e });
  return words !== undefined && named(words);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isUpper(c) || isLower(c);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `,` `;` `|` tab `(` `)` and line breaks end a header cell. */
function isCellEdge(c: number): boolean {
  return c < 128 && (CELL_CLASS[c] & EDGE) !== 0;
}

const EDGE = 1;
const CODE = 2;
/**
 * `isCellEdge` and `isCodeChar` as one table: the walks around every `name` hit in code
 * read a few dozen characters each, and a chain of comparisons per character was most of
 * their cost.
 */
const CELL_CLASS = (() => {
  const t = new Uint8Array(128);
  for (const c of [44, 59, 124, 9, 40, 41, 10, 13]) t[c] |= EDGE;
  for (const c of [61, 123, 125, 60, 62, 47, 92, 58, 33, 63, 42, 43, 38, 36, 64]) t[c] |= CODE;
  return t;
})();

/** `,` `;` `|` tab: what separates the cells of a header line and of an SQL column list. */
function isDelimiter(c: number): boolean {
  return c === 44 || c === 59 || c === 124 || c === 9;
}

/** `= { } < > / \ : ! ? * + & $ @`: in code and prose, never in a column name. */
function isCodeChar(c: number): boolean {
  return c < 128 && (CELL_CLASS[c] & CODE) !== 0;
}

/**
 * Where the header hits of a keyword window can lie, for `columnCells`' `headersUntil`:
 * the engine opens a window `maxLength` characters past its last keyword hit (unless the
 * text ends first), so lines after that hold rows only and need no search for headers.
 */
export function lastHeaderAt(text: string, end: number, maxLength: number): number {
  return end >= text.length ? end : end - maxLength;
}
