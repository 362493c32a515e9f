import type { Candidate, Detector } from '../../types';
import { COLUMN_WINDOW, columnCells, columnWords, isColumnNameHit, lastHeaderAt, type ColumnNamePredicate, type ColumnOptions } from '../tableColumns';
import { nameLists, type NameLists } from './nameLists';
import { FUNCTION_WORDS, LABELS, NOUN_LIKE, PLACE_OR_FIRM, ROLES, TITLES, isIdentifierChar } from './person';
import { isPlaceholderName } from './placeholderNames';

/*
 * Names where structure, not prose, says "this is a person": table columns headed
 * name/Vorname/customer, object keys such as `name:` or `lastName=` with a string value,
 * and the value after a label such as "Bill to:" or "Present:". The structure only says
 * where to look; the value must still read as a name.
 */

const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'di', 'da', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'zu', 'ten', 'ter', 'dos', 'das', 'del', 'della', 'y']);
/** One word of a name as written in data: "Anna", "Müller-Lüdenscheidt", "O'Connor", "McAllister", "Nguyễn", or an initial "A.". */
const NAME_WORD = /^(?:[OD]['’])?\p{Lu}[\p{Ll}\p{Lu}]*(?:[-'’]\p{L}[\p{Ll}]+)?$|^\p{Lu}\.$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)?$|^\p{Lu}\.?$/u;

function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** Whether a known name is among the words (as written or, for capitals, title-cased). */
function anyKnown(lists: NameLists, words: readonly string[]): boolean {
  for (const w of words) {
    const t = w === w.toUpperCase() ? titleCase(w) : w;
    if ((lists.first.has(t) || lists.last.has(t)) && !lists.common.has(t.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether `value` reads as a personal name: one to four name words (particles between
 * them allowed), none of them a role, a place word, a firm word or a noun by its ending.
 * `single` allows one word alone (a first-name or surname column); otherwise one word
 * must be a known name, or two unlisted words must both look like names.
 */
export function looksLikeName(value: string, single: boolean, lists: NameLists = nameLists()): boolean {
  if (value.length < 2 || value.length > 60) return false;
  const parts = value.split(' ');
  const words: string[] = [];
  for (const p of parts) {
    if (p === '') return false;
    if (PARTICLES.has(p) && words.length > 0) continue;
    words.push(p);
  }
  if (words.length === 0 || words.length > 4) return false;
  const caps = value === value.toUpperCase();
  let initials = 0;
  for (const w of words) {
    if (!(caps ? CAPS_WORD : NAME_WORD).test(w)) return false;
    if (w.length <= 2 && (w.endsWith('.') || w.length === 1)) {
      initials++;
      continue;
    }
    // "HR Ops", "IT Support": a short acronym among mixed-case words is a department.
    if (!caps && w.length <= 3 && w === w.toUpperCase()) return false;
    const t = caps ? titleCase(w) : w;
    if (PLACE_OR_FIRM.has(t) || ROLES.has(t) || FUNCTION_WORDS.has(t) || LABELS.has(t) || TITLES.has(t)) return false;
    if (NOUN_LIKE.test(t) && !lists.first.has(t) && !lists.last.has(t)) return false;
  }
  if (initials === words.length) return false;
  if (words.length === 1) return single && (caps ? anyKnown(lists, words) : true) && !lists.places.has(words[0].toLowerCase());
  if (caps) return anyKnown(lists, words);
  return anyKnown(lists, words) || words.length - initials >= 2 || initials > 0;
}

/** Qualifiers that make a `…name` column or key something else than a person's name. */
const NOT_PERSON = new Set([
  'file', 'product', 'company', 'firma', 'firmen', 'user', 'host', 'display', 'domain', 'table', 'column', 'app',
  'project', 'device', 'item', 'city', 'street', 'bank', 'brand', 'category', 'field', 'key', 'class', 'module',
  'package', 'pkg', 'tag', 'branch', 'model', 'role', 'group', 'team', 'server', 'service', 'event', 'type', 'org',
  'organization', 'organisation', 'db', 'database', 'schema', 'path', 'dir', 'folder', 'image', 'container', 'bucket',
  'queue', 'topic', 'channel', 'repo', 'repository', 'function', 'method', 'var', 'variable', 'param', 'prop',
  'property', 'attr', 'attribute', 'component', 'element', 'node', 'plugin', 'rule', 'test', 'task', 'job', 'step',
  'stage', 'env', 'region', 'zone', 'cluster', 'namespace', 'resource', 'feature', 'flag', 'font', 'color', 'colour',
  'theme', 'icon', 'style', 'layer', 'sheet', 'tab', 'screen', 'page', 'route', 'site', 'store', 'shop', 'artikel',
  'produkt', 'datei', 'ort', 'stadt', 'land', 'country', 'state', 'place', 'venue', 'hotel', 'vendor', 'supplier',
  'lieferant', 'account', 'unit', 'department', 'abteilung', 'course', 'kurs', 'team', 'league', 'club', 'pet',
  'animal', 'species', 'plan', 'tier', 'sku', 'short', 'code', 'nick', 'screen', 'login', 'bot', 'host', 'machine',
]);

/** Column or key names that hold a personal name, as `columnWords` gives them. */
const FULL_NAME_HEADS = new Set(['name', 'fullname', 'kundenname', 'patientenname', 'mitarbeitername', 'kunde', 'kundin', 'customer', 'patient', 'patientin', 'employee', 'mitarbeiter', 'mitarbeiterin', 'ansprechpartner', 'kontoinhaber', 'inhaber', 'contact', 'person', 'guest', 'gast', 'passenger', 'passagier', 'student', 'schueler', 'schüler', 'tenant', 'mieter', 'applicant', 'bewerber', 'holder', 'owner']);
const SINGLE_NAME_HEADS = new Set(['firstname', 'lastname', 'givenname', 'familyname', 'surname', 'forename', 'vorname', 'nachname', 'familienname', 'rufname', 'middlename', 'fname', 'lname']);

/** 'full' for a column/key holding a whole name, 'single' for a given or family name, undefined otherwise. */
export function nameColumnKind(words: readonly string[]): 'full' | 'single' | undefined {
  if (words.length === 0 || words.length > 4) return undefined;
  for (const w of words) if (NOT_PERSON.has(w)) return undefined;
  const last = words[words.length - 1];
  const two = words.length >= 2 ? words[words.length - 2] + last : '';
  if (SINGLE_NAME_HEADS.has(two) || SINGLE_NAME_HEADS.has(last)) return 'single';
  if (FULL_NAME_HEADS.has(two) || FULL_NAME_HEADS.has(last)) return 'full';
  // `customer_name`, `employee name`: a qualifier before `name` that is no thing.
  return undefined;
}

/**
 * `name` is everywhere in code, often between commas (`f(name, value)`): a header line
 * holds no `=`, braces or colons, and a bracket only in an SQL INSERT's column list.
 */
function headerLike(text: string, at: number): boolean {
  // Outwards from the hit, so that code stops the walk at its first `=` or brace instead
  // of reading the whole line.
  let bracket = false;
  let s = at;
  const stop = Math.max(0, at - 300);
  for (; s > stop; s--) {
    const c = text.charCodeAt(s - 1);
    if (c === 10) break;
    if (isHeaderBreaker(c)) return false;
    if (c === 40) bracket = true;
  }
  const limit = Math.min(text.length, at + 300);
  let e = at;
  for (; e < limit; e++) {
    const c = text.charCodeAt(e);
    if (c === 10) break;
    if (isHeaderBreaker(c)) return false;
    if (c === 40) bracket = true;
  }
  return !bracket || /insert/i.test(text.slice(Math.max(0, s - 80), e));
}

/** `= { } : > <`: never in a header line. */
function isHeaderBreaker(c: number): boolean {
  return c === 61 || c === 123 || c === 125 || c === 58 || c === 62 || c === 60;
}

const NAME_COLUMN: ColumnNamePredicate = (words) => nameColumnKind(words) !== undefined;
/**
 * Reports and letters print name lists as tables laid out with spaces too; each cell must
 * still read as a name. Headers are found by the same test as the keyword hits.
 */
const COLUMNS: ColumnOptions = { aligned: true, isHeader: (text, at, length) => nameHeaderHit(text, at, length) };

/** A name hint that can head a column: the cell check first, as it rejects most hits in code without reading the whole line. */
function nameHeaderHit(text: string, start: number, length: number): boolean {
  return isColumnNameHit(text, start, length, NAME_COLUMN, COLUMNS) && headerLike(text, start);
}
const NAME_COLUMN_HINTS = ['name', 'vorname', 'nachname', 'surname', 'kunde', 'customer', 'patient', 'employee', 'mitarbeiter'];

function* findNameColumns(text: string, start: number, end: number): Generator<Candidate> {
  const lists = nameLists();
  for (const cell of columnCells(text, start, end, NAME_COLUMN_HINTS, NAME_COLUMN, lastHeaderAt(text, end, COLUMN_WINDOW), COLUMNS)) {
    const kind = nameColumnKind(columnWords(cell.column));
    if (kind === undefined || cell.end - cell.start > 60) continue;
    if (looksLikeName(text.slice(cell.start, cell.end), kind === 'single', lists)) {
      yield { start: cell.start, end: cell.end, confidence: 0.85, note: `column "${cell.column}"` };
    }
  }
}

/** Names in a table column headed name, Vorname, last_name, Kunde, customer …: CSV, TSV, pipe tables, SQL INSERT. */
export const personColumn: Detector = {
  id: 'person-column',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name in a table column',
  keywords: NAME_COLUMN_HINTS,
  // The local cell check first: it rejects most hits in code without reading the whole line.
  keywordHit: nameHeaderHit,
  find: findNameColumns,
  multiline: true,
  reachBefore: 1,
  // As high as person-name's strong pairs, so that a tie reports the column as the reason.
  confidence: 0.85,
  maxLength: COLUMN_WINDOW,
};

/** A key holding a name, then `:`/`=`/`=>` and a quoted string: `name: 'Chloe Dubois'`, `"lastName": "Kaya"`, `WHERE name = 'X'`. */
const KEY_VALUE = /^["'`]?\s*(?::|=>|==?)\s*(["'`])([^"'`\n\\]{2,60})\1/;

function* findNameKeys(text: string, start: number, end: number): Generator<Candidate> {
  const lists = nameLists();
  let at = start;
  const lower = text.slice(start, end).toLowerCase();
  for (let i = lower.indexOf('name'); i >= 0; i = lower.indexOf('name', i + 4)) {
    at = start + i;
    // The key: the identifier ending with this `name`.
    let k = at;
    while (k > start && (isIdentifierChar(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 45) && at - k < 40) k--;
    const keyEnd = at + 4;
    if (isIdentifierChar(text.charCodeAt(keyEnd))) continue;
    const kind = nameColumnKind(columnWords(text.slice(k, keyEnd)));
    if (kind === undefined) continue;
    const m = KEY_VALUE.exec(text.slice(keyEnd, Math.min(end, keyEnd + 80)));
    if (m === null) continue;
    const value = m[2].trim();
    if (!looksLikeName(value, kind === 'single', lists)) continue;
    // A full-name key needs a known name: `name: 'Build Output'` reads as two name-shaped words too.
    if (kind === 'full' && !anyKnown(lists, value.split(' '))) continue;
    const s = keyEnd + m.index + m[0].indexOf(m[2]) + (m[2].length - m[2].trimStart().length);
    yield { start: s, end: s + value.length, confidence: 0.85, note: 'name key in data' };
  }
}

/** `name: 'Chloe Dubois'`, `"vorname": "Svetlana"`, `customer_name = 'Harold Jenkins'` in code, JSON and SQL. */
export const personKey: Detector = {
  id: 'person-key',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name as the value of a name key',
  keywords: ["name: '", 'name: "', "name':", 'name":', "name = '", "name='", 'name="', 'name = "', "name: `"],
  find: findNameKeys,
  reachBefore: 40,
  confidence: 0.85,
  maxLength: 90,
};

/**
 * Form labels of one part of a name ("Last name: Whitfield      First: Shawna"): a single
 * word is a whole value after them, and the same line's further name-part fields count too.
 */
const SINGLE_NAME_LABELS: readonly string[] = ['last name:', 'first name:', 'given name:', 'middle name:', 'family name:', 'surname:', 'vornamen:', 'nachname:', 'familienname:', 'rufname:', 'geburtsname:', 'preferred name:', 'nickname:'];
/** Labels whose value is written family name first. */
const INVERTED_LABELS = new Set(['legal name', 'name, vorname:', 'nachname, vorname:']);
/** Labels of lists of given names: "Kinder: Ava (geb. …), Kian". */
const GIVEN_NAME_LISTS = new Set(['kinder:', 'children:']);
/** Labels that take their value without a colon: "Karteninhaber HAKAN BALCI", "Reviewed by Hyacinth Oyelaran-Briggs". */
const NO_COLON_LABELS = new Set(['karteninhaber']);
/** Headings of a list written one item per line, with or without a colon ("Reisende", "PASSENGERS"). */
const LIST_HEADINGS = new Set(['reisende', 'passengers', 'passagiere', 'travellers', 'travelers']);
/** Further fields of a form line after a name-part label: "First:", "Middle:". */
const NAME_PART_FIELD = /\s{2,}(?:First|Middle|Last|Given|Family|Vorname|Vornamen|Nachname|Rufname)(?: [Nn]ame)?:[ \t]*/y;

/** Labels after which a list of persons follows; matched capitalised, as line or field heads. */
const LIST_LABELS = [
  'name on account', 'account holder', 'bill to', 'ship to', 'panel:', 'present:', 'attendees:', 'participants:',
  'apologies:', 'anwesend:', 'teilnehmer:', 'teilnehmende:', 'entschuldigt:', 'verified by', 'prepared by',
  'approved by', 'signed by', 'reviewed by', 'checked by', 'issued by', 'geprüft durch', 'geprüft von', 'erstellt von',
  'bearbeitet von', 'unterschrieben von', 'freigegeben von', 'passenger', 'patient:', 'patientin:', 'name:',
  'guest:', 'gast:', 'attn:', 'z. hd.', 'z.hd.', 'steuerberater:', 'interviewer:', 'referent:', 'referentin:',
  'speaker:', 'moderator:', 'protokoll:', 'chair:', 'vorsitz:', 'leitung:', 'owner:', 'contact person',
  'member:', 'members:', 'mitglied:', 'mitglieder:', 'tenant:', 'tenants:', 'reisende:', 'passagiere:', 'travellers:',
  'travelers:', 'cardholder:', 'bearbeiter:', 'sachbearbeiter:', 'sachbearbeiterin:', 'co-authored-by:',
  'signed-off-by:', 'reviewed-by:', 'written by', 'submitted by', 'requested by', 'authored by',
  'holder:', 'card holder:', 'karteninhaber', 'notfallkontakt:', 'emergency contact:', 'kinder:', 'children:',
  'name, vorname:', 'nachname, vorname:', 'legal name', 'full name:', 'vollständiger name:', 'reisende', 'passengers',
  'passagiere', 'travellers', 'travelers', 'ehepartner:', 'spouse:', 'responders:', 'assignees:', 'reviewers:',
  'owners:', 'on call:', 'on-call:', 'beteiligte:', 'zuständig:', 'verantwortlich:', 'contacts:', 'ansprechpartner:',
  ...SINGLE_NAME_LABELS,
];

/** The label's own first letter must be a capital at a word edge: in code `name:` is almost always a key. */
function labelHit(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90)) return false;
  return start === 0 || !isIdentifierChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 46;
}

/** The name-part labels of two words ("last name:"), which may start in lower case: no identifier holds a space. */
const SPACED_NAME_LABELS: ReadonlySet<string> = new Set(SINGLE_NAME_LABELS.filter((l) => l.includes(' ')));

/** "Applicant last name:": a form's name-part label may start in lower case after a word. */
function formLabelHit(text: string, start: number, length: number): boolean {
  return text.charCodeAt(start - 1) === 32 && SPACED_NAME_LABELS.has(text.slice(start, start + length).toLowerCase());
}

const ITEM_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'herr', 'frau', 'hr', 'fr', 'sir', 'dame',
  // German police ranks before a name: "Sachbearbeiter: POK Weißgerber".
  'pm', 'pom', 'pk', 'pok', 'phk', 'ephk', 'kk', 'kok', 'khk', 'ekhk', 'km', 'kom',
]);

function* findLabelLists(text: string, start: number, end: number): Generator<Candidate> {
  const lists = nameLists();
  const lower = text.slice(start, end).toLowerCase();
  // Merged windows hold several labels: find each one, in text order.
  const heads: [number, string][] = [];
  for (const label of LIST_LABELS) {
    for (let i = lower.indexOf(label); i >= 0; i = lower.indexOf(label, i + 1)) if (labelHit(text, start + i) || formLabelHit(text, start + i, label.length)) heads.push([start + i, label]);
  }
  // At one place the longest label first: "passengers" (a heading) before "passenger".
  heads.sort((x, y) => x[0] - y[0] || y[1].length - x[1].length);
  let done = -1;
  for (const [head, label] of heads) {
    if (head < done) continue;
    done = yield* namesAfter(text, head, label, end, lists);
  }
}

interface ListItem {
  start: number;
  text: string;
  /** A title stood before the name ("MISS IRINI PAPADAKI"): the shape is vouched for. */
  titled: boolean;
  /** Text after the name was cut off (a bracket, a second field). */
  cut: boolean;
  /** Whether a comma separates this item from the next. */
  commaAfter: boolean;
}

const ITEM_SEPARATOR = /(,|;| and | und | & )/;
/** Where semicolons separate the items, a comma belongs to one: "Krüger, Heinz; Sato, Yuki". */
const ITEM_SEPARATOR_NO_COMMA = /(;| and | und | & )/;

/** One item of a list as read at `start`, without what surrounds the name: a title, a bracket, a second field, a full stop. */
function listItem(raw: string, start: number, commaAfter: boolean): ListItem {
  let s = start + raw.length - raw.trimStart().length;
  let item = raw.trim();
  // Stop at a bracket, a mail address or a second field: "Jonathan Price (Chair)", "RAHUL MEHTA  (DOB …)", "Íñigo Etxeberria <inigo@…>".
  const cut = item.search(/\s*[([<]|\s{2,}|\s\d/);
  if (cut >= 0) item = item.slice(0, cut);
  // A booking's title after the name: "BALASUBRAMANIAN/SRIDHAR MR".
  const trailing = / (?:MR|MRS|MS|MISS|MSTR|DR)$/.exec(item);
  if (trailing !== null) item = item.slice(0, trailing.index);
  // A sentence's full stop is no part of the name; an initial's is ("K. Osei" keeps it, "Washington." loses it).
  if (/\p{Ll}{2}[.!?]$/u.test(item)) item = item.slice(0, -1);
  // A title before the name is no part of it: "MR RAHUL MEHTA", "Dr. Anna Roth".
  const first = /^(\S+?)(\.?) /.exec(item);
  // "Hr"/"Fr" without a dot is as often "HR" the department.
  const titled = first !== null && ITEM_TITLES.has(first[1].toLowerCase()) && (first[2] === '.' || !/^(?:hr|fr)$/i.test(first[1]));
  if (titled) {
    s += first[0].length;
    item = item.slice(first[0].length);
  }
  return { start: s, text: item, commaAfter, titled, cut: cut >= 0 };
}

/**
 * "Krüger, Heinz", "MÜLLER, ANNA": a family name, a comma and a given name, as lists and
 * forms write them. In a list separated by commas only the words can tell ("Anna, Tom"
 * is a list of given names): `strict` wants a listed family name before a listed given
 * name, one of them never listed the other way round. Where semicolons separate the
 * items, the comma already says so, and one listed part suffices.
 */
export function invertedName(family: string, given: string, lists: NameLists, strict: boolean): boolean {
  if (family.length < 2 || given.length < 2 || !looksLikeName(`${given} ${family}`, false, lists)) return false;
  const caps = family === family.toUpperCase() && given === given.toUpperCase();
  const f = caps ? titleCase(family) : family;
  const g = caps ? titleCase(given) : given;
  if (!strict) return lists.last.has(f) || lists.first.has(g);
  const listed = (w: string, set: ReadonlySet<string>) => set.has(w) && !lists.common.has(w.toLowerCase());
  return listed(f, lists.last) && listed(g, lists.first) && (!lists.first.has(f) || !lists.last.has(g));
}

/** "Krüger, Heinz" as one item of a list separated by semicolons. */
function invertedItem(item: string, lists: NameLists): boolean {
  const comma = item.indexOf(', ');
  return comma > 0 && item.indexOf(',', comma + 1) < 0 && invertedName(item.slice(0, comma), item.slice(comma + 2), lists, false);
}

/** "1. ", "  2) ", "- ", "• ": the numbering of a list written one item per line. */
const LINE_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-*•–])[ \t]+/;

/**
 * The names listed after the label at `head`; returns where reading stopped. Labels
 * ending in "by" need no colon ("Reviewed by Hyacinth Oyelaran-Briggs"). A label alone on
 * its line heads a list written one item per line, up to a blank line.
 */
function* namesAfter(text: string, head: number, label: string, end: number, lists: NameLists): Generator<Candidate, number> {
  let lineEnd = text.indexOf('\n', head);
  if (lineEnd < 0) lineEnd = text.length;
  let p: number;
  if ((label.endsWith(' by') || NO_COLON_LABELS.has(label)) && text.charCodeAt(head + label.length) !== 58) p = head + label.length;
  else if (LIST_HEADINGS.has(label) && text.charCodeAt(head + label.length) !== 58) {
    // A heading alone on its line: what follows is the list.
    p = head + label.length;
    let e = p;
    while (e < lineEnd && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 13)) e++;
    if (e < lineEnd) return head + 1;
    p = lineEnd;
  } else {
    const colon = text.indexOf(':', head);
    if (colon < 0 || colon > head + 30 || colon > lineEnd) return head + 1;
    p = colon + 1;
  }
  while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
  if (text[p] === '\r') p++;
  if (p === lineEnd) {
    // Nothing after the label: the list follows, one item per line.
    let stop = p;
    let numbered = false;
    for (let n = 0, ls = p + 1; n < 20 && ls < end; n++) {
      let le = text.indexOf('\n', ls);
      if (le < 0 || le > end) le = end;
      const raw = text.slice(ls, le);
      const numbering = LINE_ITEM.exec(raw);
      // Items written alike: all numbered, or all plain below a heading.
      if (n === 0) numbered = numbering !== null;
      if (raw.trim() === '' || (numbering !== null) !== numbered) break;
      const from = ls + (numbering === null ? 0 : numbering[0].length);
      yield* namesInLine(text, from, le, label, lists);
      stop = le;
      ls = le + 1;
    }
    return stop;
  }
  let stop = text.indexOf('\n', p);
  if (stop < 0 || stop > end) stop = end;
  yield* namesInLine(text, p, stop, label, lists);
  return stop;
}

/** The names in `[p, stop)`, one line of a list after `label`. */
function* namesInLine(text: string, p: number, stop: number, label: string, lists: NameLists): Generator<Candidate> {
  const single = SINGLE_NAME_LABELS.includes(label);
  const line = text.slice(p, stop);
  const slash = /^([\p{Lu}][\p{Lu}'’-]+)\/([\p{Lu}][\p{Lu}'’-]+(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR)(?:\s|$))[\p{Lu}][\p{Lu}'’-]+)?)(?: +(MR|MRS|MS|MISS|MSTR|DR)(?:\s|$)|\s*$)/u.exec(line.trim());
  if (slash !== null) {
    // An airline's "FAMILY/GIVEN" form; with its title after it the shape says enough.
    if (slash[3] !== undefined || invertedName(slash[1], slash[2], lists, false)) {
      const s = p + line.indexOf(slash[1]);
      yield { start: s, end: s + slash[1].length + 1 + slash[2].length, confidence: 0.85, note: 'after a list label, family name/given name' };
    }
    return;
  }
  if (single) {
    yield* namePartFields(text, p, stop, lists);
    return;
  }
  // "Legal name (Last, First, MI):", "Name, Vorname:": the label says which part comes first.
  const familyFirst = INVERTED_LABELS.has(label);
  const givenNames = GIVEN_NAME_LISTS.has(label);
  const semicolons = line.includes(';');
  // `split` with a group keeps the separators: items at even indexes, separators at odd ones.
  const parts = line.split(semicolons ? ITEM_SEPARATOR_NO_COMMA : ITEM_SEPARATOR);
  const items: ListItem[] = [];
  let offset = p;
  for (let j = 0; j < parts.length; j += 2) {
    const separator = parts[j + 1] ?? '';
    items.push(listItem(parts[j], offset, separator === ','));
    offset += parts[j].length + separator.length;
  }
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    const next = items[j + 1];
    // "WASHINGTON, JAMAL T.": a middle initial may follow the given name.
    const given = next === undefined ? '' : next.text.replace(/ \p{Lu}\.$/u, '');
    // Only items that stand whole next to each other: "Ava (geb. …), Kian" is two names.
    if (!givenNames && !item.cut && item.commaAfter && next !== undefined && !given.includes(' ') && invertedName(item.text, given, lists, !familyFirst)) {
      yield { start: item.start, end: next.start + next.text.length, confidence: 0.85, note: 'after a list label, family name first' };
      j++;
    } else if (semicolons && invertedItem(item.text, lists)) {
      yield { start: item.start, end: item.start + item.text.length, confidence: 0.85, note: 'after a list label, family name first' };
    } else if (item.text.length >= 2 && (looksLikeName(item.text, givenNames || (item.titled && !item.text.includes(' ')), lists) || knownCapitalsWord(item.text, label, lists) || titledCapitals(item, lists))) {
      yield { start: item.start, end: item.start + item.text.length, confidence: 0.85, note: 'after a list label' };
    }
  }
}

/** "MISS IRINI PAPADAKI": after a title, two or more words in capitals need no listed one. */
function titledCapitals(item: ListItem, lists: NameLists): boolean {
  return item.titled && item.text.includes(' ') && item.text === item.text.toUpperCase() && looksLikeName(item.text.split(' ').map(titleCase).join(' '), false, lists);
}

/** "Name: TRẦN" on an identity card: one word in capitals after "Name:" when it is a listed name. */
function knownCapitalsWord(item: string, label: string, lists: NameLists): boolean {
  return label === 'name:' && !item.includes(' ') && item === item.toUpperCase() && looksLikeName(item, true, lists);
}

/** The value of a name-part field and of the name-part fields after it on the same line. */
function* namePartFields(text: string, p: number, stop: number, lists: NameLists): Generator<Candidate> {
  let at = p;
  for (let n = 0; n < 4; n++) {
    let e = at;
    while (e < stop && !(text.charCodeAt(e) === 32 && (text.charCodeAt(e + 1) === 32 || text.charCodeAt(e + 1) === 9)) && text.charCodeAt(e) !== 9 && text.charCodeAt(e) !== 13) e++;
    const value = text.slice(at, e).replace(/[,;]$/, '');
    if (value.length >= 2 && looksLikeName(value, true, lists)) yield { start: at, end: at + value.length, confidence: 0.85, note: 'name field of a form' };
    NAME_PART_FIELD.lastIndex = e;
    if (e >= stop || !NAME_PART_FIELD.test(text) || NAME_PART_FIELD.lastIndex > stop) return;
    at = NAME_PART_FIELD.lastIndex;
  }
}

/** Names after labels that introduce persons: "Bill to:", "Present:", "Verified by: K. Osei", "Passenger 1: MR RAHUL MEHTA". */
export const personAfterLabel: Detector = {
  id: 'person-after-label',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name after a label',
  // Keywords are ASCII: "Geprüft" opens its window by its first letters.
  keywords: [...LIST_LABELS.filter((l) => /^[\x00-\x7f]+$/.test(l)), 'gepr'],
  keywordHit: (text, start, length) => labelHit(text, start) || formLabelHit(text, start, length),
  find: findLabelLists,
  reachBefore: 1,
  confidence: 0.85,
  // Room for a list written one item per line below its label.
  maxLength: 600,
  multiline: true,
};

