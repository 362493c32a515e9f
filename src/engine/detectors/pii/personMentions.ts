import { firstAtOrAfter, lineBreaksOf } from '../../lineBreaks';
import type { Candidate, Detector, Finding } from '../../types';
import { nameLists, type NameLists } from './nameLists';
import { ARTICLES, LABELS, PLACE_OR_FIRM, ROLES, SIGN_OFF, firmAfter, isIdentifierChar, namePairsIn, wordBefore } from './person';
import { invertedName } from './personStructured';
import { isPlaceholderName } from './placeholderNames';

/*
 * Names that only the rest of the text identifies: "Tom" after "Tom Richardson" was
 * introduced, chat speakers ("kai: ty") in a transcript, and a first name alone on the
 * line after a sign-off. Line shapes and earlier full names are facts about the whole
 * region, so this runs over whole-input regions, after `person-name`, reusing its pairs.
 */

/** Speaker words that are roles or field names, not people. */
const NOT_SPEAKERS = new Set([
  'name', 'date', 'datum', 'from', 'to', 'von', 'an', 'subject', 'betreff', 'note', 'notes', 'todo', 'fixme', 'warning',
  'error', 'info', 'debug', 'q', 'a', 'answer', 'question', 'frage', 'antwort', 'user', 'assistant', 'system', 'bot',
  'agent', 'customer', 'kunde', 'me', 'ich', 'you', 're', 'fw', 'fwd', 'aw', 'wg', 'cc', 'bcc', 'tel', 'fax', 'email', 'mail',
  'phone', 'telefon', 'mobil', 'adresse', 'address', 'status', 'summary', 'result', 'output', 'input', 'example',
  'beispiel', 'step', 'schritt', 'hinweis', 'achtung', 'update', 'edit', 'source', 'quelle', 'link', 'url', 'id', 'type',
  'version', 'author', 'description', 'title', 'key', 'value', 'total', 'kind', 'host', 'port', 'user', 'password',
  'support', 'admin', 'team', 'moderator', 'host', 'guest', 'interviewer', 'speaker', 'sprecher', 'anrufer', 'caller',
  'operator', 'tip', 'tipp', 'fix', 'bug', 'feature', 'test', 'expected', 'actual', 'steps', 'ps', 'pps', 'nb', 'update',
  'ergebnis', 'grund', 'reason', 'ort', 'zeit', 'time', 'location', 'where', 'when', 'why', 'how', 'what', 'who',
  'uhrzeit', 'thema', 'topic', 'agenda', 'top', 'item', 'action', 'owner', 'due', 'prio', 'priority', 'label', 'labels',
]);

const LATIN_LOWER = /^[a-zà-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšťūůűźżžơư]+$/;

function firstWord(w: string): string {
  const space = w.indexOf(' ');
  return space < 0 ? w : w.slice(0, space);
}

function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The lines of `[from, to)` (the last one cut at `to`) from the scan's shared line-break
 * index: `ends[i]` is where line `i` ends, and it starts after `ends[i - 1]` (or at `from`).
 */
function linesOf(text: string, from: number, to: number): Lines {
  const { values, count } = lineBreaksOf(text);
  const first = firstAtOrAfter(values, count, from);
  const last = firstAtOrAfter(values, count, to, first);
  return { ends: values, first, last, from, to };
}

interface Lines {
  readonly ends: Int32Array;
  readonly first: number;
  readonly last: number;
  readonly from: number;
  readonly to: number;
}

const lineStart = (l: Lines, k: number) => (k === l.first ? l.from : l.ends[k - 1] + 1);
const lineEnd = (l: Lines, k: number) => (k < l.last ? l.ends[k] : l.to);

/**
 * A speaker prefix at the line start `ls`: an optional "[10:05] " or "- ", a word of two
 * to fifteen letters, ": " and text. Returns the word's span or undefined.
 */
function speakerAt(text: string, ls: number, le: number): [number, number] | undefined {
  let i = ls;
  if (text.charCodeAt(i) === 91) {
    // Searched within the line's first characters only: `indexOf` would run to the end of
    // the text on every line that opens a bracket and never closes it (JSON arrays).
    let close = i + 1;
    while (close < le && close - i <= 24 && !(text.charCodeAt(close) === 93 && text.charCodeAt(close + 1) === 32)) close++;
    if (close >= le || close - i > 24) return undefined;
    i = close + 2;
  } else if ((text.charCodeAt(i) === 45 || text.charCodeAt(i) === 62) && text.charCodeAt(i + 1) === 32) i += 2;
  else if (isDigit(text.charCodeAt(i))) {
    i = exportStampEnd(text, i, le);
    if (i < 0) return undefined;
  }
  const s = i;
  // One word, or up to three capitalised ones ("Kofi Mensah: …" in a WhatsApp export).
  for (let words = 0; words < 3; words++) {
    const w = i;
    while (i < le && i - w <= 15) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || (c === 45 && i > w)) i++;
      else break;
    }
    if (i - w < 2) return undefined;
    if (text.charCodeAt(i) !== 32 || words === 2 || !isCapital(text.charCodeAt(s)) || !isCapital(text.charCodeAt(i + 1))) break;
    i++;
  }
  if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 32 || i + 2 >= le) return undefined;
  return [s, i];
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/**
 * The end of a chat export's time stamp at `i` followed by " - " ("10/5/24, 7:15 AM - ",
 * "12.03.24, 18:43 - "), or -1: a date of digits and separators, a comma, a time, an
 * optional AM/PM.
 */
function exportStampEnd(text: string, i: number, le: number): number {
  const stop = Math.min(le, i + 24);
  let j = i;
  while (j < stop && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46 || text.charCodeAt(j) === 47 || text.charCodeAt(j) === 45)) j++;
  if (j - i < 6 || text.charCodeAt(j) !== 44 || text.charCodeAt(j + 1) !== 32) return -1;
  j += 2;
  const t = j;
  while (j < stop && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 58)) j++;
  if (j - t < 4) return -1;
  if (text.charCodeAt(j) === 32 && (text.charCodeAt(j + 1) === 65 || text.charCodeAt(j + 1) === 80) && text.charCodeAt(j + 2) === 77) j += 3;
  if (text.charCodeAt(j) !== 32 || text.charCodeAt(j + 1) !== 45 || text.charCodeAt(j + 2) !== 32) return -1;
  return j + 3;
}

/**
 * One walk over the lines of `[start, end)` for both line-shaped finds: chat speakers
 * and names under a sign-off. Most lines of code start with indentation or a symbol, so
 * one comparison of the first character rules out nearly every line for both; two
 * separate walks over 150,000 lines of a 10 MB input cost more than the checks.
 */
function findLineShapes(text: string, start: number, end: number, lists: NameLists, out: Candidate[]): void {
  const lines = linesOf(text, start, end);
  const { ends, first, last } = lines;
  const speakers: Speakers = { spans: [], lineEnds: [], counts: new Map() };
  const headers: ChatHeader[] = [];
  let ls = start;
  for (let k = first; k <= last; ls = ends[k] + 1, k++) {
    const le = k < last ? ends[k] : end;
    if (ls >= le) continue;
    const c = text.charCodeAt(ls);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 91 || c === 45 || c === 62 || (c >= 0xc0 && c <= 0x24f) || isDigit(c)) speakerLine(text, ls, le, speakers);
    if (k > first && le - ls >= 2 && le - ls <= 40 && ((c >= 65 && c <= 90) || c === 45 || c === 0x2013 || c === 0x2014)) signatureLine(text, lines, k, ls, le, lists, out);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || c === 34) capitalLine(text, lines, k, ls, le, headers, lists, out);
    else if (c === 42 && text.charCodeAt(ls + 1) === 42) {
      // A header copied from Slack with its name in bold: "**Sun-Hee Park** 11:05".
      const header = chatHeaderAt(text, ls, le);
      if (header !== undefined) headers.push(header);
    }
  }
  judgeSpeakers(text, speakers, lists, out);
  judgeChatHeaders(text, headers, end, lists, out);
}

/**
 * The shapes of a line that starts with a capital (or a quote), told apart by what ends
 * its first word: a comma ("Tran, Kimberly"), a space and a bracket ("Agent (Maya):"), a
 * space before more words and a time (a chat header), or capitals throughout (a name
 * above an address). One walk over the first word decides which check runs at all.
 */
function capitalLine(text: string, lines: Lines, k: number, ls: number, le: number, headers: ChatHeader[], lists: NameLists, out: Candidate[]): void {
  let i = text.charCodeAt(ls) === 34 ? ls + 1 : ls;
  const w = i;
  while (i < le && isNameChar(text.charCodeAt(i))) i++;
  if (i - w < 2) return;
  const after = text.charCodeAt(i);
  if (after === 44) {
    invertedLine(text, ls, le, lists, out);
    return;
  }
  if (w > ls) return;
  const second = text.charCodeAt(ls + 1);
  if ((second >= 65 && second <= 90) || (second >= 0xc0 && second <= 0xde)) {
    capitalsNameLine(text, lines, k, ls, le, lists, out);
    return;
  }
  if (after !== 32) return;
  if (text.charCodeAt(i + 1) === 40) roleSpeaker(text, ls, le, out);
  else {
    const header = chatHeaderAt(text, ls, le);
    if (header !== undefined) headers.push(header);
  }
}

/** A chat export's message header: "Jens Krämer  09:12", "Rupert Ashdown  10:05 AM", "Dimitrios Tsoukalas 14:31: text". */
interface ChatHeader {
  nameStart: number;
  nameEnd: number;
  /** The end of the first word (the given name, as others address the speaker). */
  firstEnd: number;
  /** Where the line's message starts (after "14:31: "), or the line end. */
  messageStart: number;
  lineEnd: number;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 45 || c === 39 || c === 0x2019;
}

/** One to three capitalised words, spaces, a time of day, and the line's end or a colon and the message. */
function chatHeaderAt(text: string, ls: number, le: number): ChatHeader | undefined {
  const bold = text.charCodeAt(ls) === 42 && text.charCodeAt(ls + 1) === 42;
  const nameStart = bold ? ls + 2 : ls;
  let i = nameStart;
  let words = 0;
  let firstEnd = -1;
  let nameEnd = -1;
  while (words < 3) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f))) break;
    const w = i;
    while (i < le && isNameChar(text.charCodeAt(i))) i++;
    if (i - w < 2) return undefined;
    words++;
    nameEnd = i;
    if (firstEnd < 0) firstEnd = i;
    if (bold && text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 42) {
      i += 2;
      if (text.charCodeAt(i) !== 32) return undefined;
      break;
    }
    if (text.charCodeAt(i) !== 32) return undefined;
    // One space between the words; more before the time.
    if (text.charCodeAt(i + 1) === 32 || isDigit(text.charCodeAt(i + 1))) break;
    i++;
  }
  if (words === 0) return undefined;
  while (i < le && text.charCodeAt(i) === 32) i++;
  const t = i;
  while (i < le && isDigit(text.charCodeAt(i))) i++;
  if (i - t < 1 || i - t > 2 || text.charCodeAt(i) !== 58) return undefined;
  i++;
  const m = i;
  while (i < le && isDigit(text.charCodeAt(i))) i++;
  if (i - m !== 2) return undefined;
  if (text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i + 1))) i += 3;
  if (/^ ?[AaPp][Mm]\b/.test(text.slice(i, i + 4))) i += text.charCodeAt(i) === 32 ? 3 : 2;
  let messageStart = le;
  if (text.charCodeAt(i) === 58) messageStart = i + 1;
  else {
    for (let j = i; j < le; j++) if (text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 13 && text.charCodeAt(j) !== 9) return undefined;
  }
  return { nameStart, nameEnd, firstEnd, messageStart, lineEnd: le };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A chat export: three or more message headers of two or more speakers, one of them a
 * listed given name. The headers' names are persons, and their given names, written in
 * lower case or as @handles in the messages below, are the speakers addressed.
 */
function judgeChatHeaders(text: string, headers: readonly ChatHeader[], end: number, lists: NameLists, out: Candidate[]): void {
  if (headers.length < 3) return;
  const names = new Set(headers.map((h) => text.slice(h.nameStart, h.nameEnd)));
  if (names.size < 2) return;
  let known = false;
  for (const h of headers) {
    const first = text.slice(h.nameStart, h.firstEnd);
    if (lists.first.has(first) && !lists.common.has(first.toLowerCase())) known = true;
  }
  if (!known) return;
  const addressed = new Set<string>();
  for (const h of headers) {
    const first = text.slice(h.nameStart, h.firstEnd);
    if (!LABELS.has(first) && !ROLES.has(first)) addressed.add(first.toLowerCase());
    out.push({ start: h.nameStart, end: h.nameEnd, confidence: 0.75, note: 'chat message header' });
  }
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k];
    // The message: the header line's rest, then the lines up to the next header.
    const to = k + 1 < headers.length ? headers[k + 1].nameStart : Math.min(end, h.lineEnd + 2000);
    findChatMentions(text, h.messageStart, to, addressed, lists, out, true);
  }
}

/**
 * "Tran, Kimberly   609 13 5520", `"O'Sullivan, Declan",declan@…`: a family name, a
 * comma and a given name as the first cell of a line in a table or a CSV file.
 */
function invertedLine(text: string, ls: number, le: number, lists: NameLists, out: Candidate[]): boolean {
  let s = ls;
  const quoted = text.charCodeAt(s) === 34;
  if (quoted) s++;
  let i = s;
  while (i < le && isNameChar(text.charCodeAt(i))) i++;
  if (i - s < 2 || text.charCodeAt(i) !== 44 || text.charCodeAt(i + 1) !== 32) return false;
  const familyEnd = i;
  const g = i + 2;
  i = g;
  while (i < le && isNameChar(text.charCodeAt(i))) i++;
  if (i - g < 2) return false;
  let e = i;
  // A middle initial: "Okonkwo, Chidi A."
  if (text.charCodeAt(e) === 32 && text.charCodeAt(e + 2) === 46 && text.charCodeAt(e + 1) >= 65 && text.charCodeAt(e + 1) <= 90) e += 3;
  // The cell ends here: a closing quote, a tab, two spaces, a delimiter or the line's end.
  const c = text.charCodeAt(e);
  const cellEnd = e >= le || c === 13 || c === 9 || c === 124 || c === 59 || (c === 44 && !quoted) || (c === 34 && quoted) || (c === 32 && text.charCodeAt(e + 1) === 32);
  if (!cellEnd) return false;
  const family = text.slice(s, familyEnd);
  const given = text.slice(g, i);
  if (!lists.first.has(given) || lists.common.has(given.toLowerCase()) || !invertedName(family, given, lists, false)) return false;
  out.push({ start: s, end: e, confidence: 0.75, note: 'family name, comma, given name as a line\'s first cell' });
  return true;
}

/** Roles that support chats write before the agent's name: "Agent (Maya): …". */
const CHAT_ROLES = new Set(['Agent', 'Support', 'Operator', 'Advisor', 'Adviser', 'Berater', 'Beraterin', 'Mitarbeiter', 'Mitarbeiterin', 'Kundenservice', 'Service', 'Moderator', 'Host', 'Dispatcher', 'Disponent', 'Tech', 'Technician', 'Techniker']);
const ROLE_SPEAKER = /^([A-Z][a-z]+) \(([A-ZÀ-ÞĀ-ɏ][a-zß-ɏ]+(?: [A-ZÀ-ÞĀ-ɏ][a-zß-ɏ]+)?)\): /;

/** "Agent (Maya): Thanks for waiting." The name in brackets after a chat role is the speaker. */
function roleSpeaker(text: string, ls: number, le: number, out: Candidate[]): boolean {
  if (text.charCodeAt(ls + 1) < 97) return false;
  const m = ROLE_SPEAKER.exec(text.slice(ls, Math.min(le, ls + 60)));
  if (m === null || !CHAT_ROLES.has(m[1]) || ROLES.has(m[2]) || LABELS.has(m[2])) return false;
  const s = ls + m[1].length + 2;
  out.push({ start: s, end: s + m[2].length, confidence: 0.75, note: 'chat speaker after a role' });
  return true;
}

/**
 * "PRIYANKA RAGHUNATHAN" heading a CV, "MARISOL ESPINOZA-REYES" atop an address block: a
 * line of two or three words in capitals, the first a listed given name, and below it a
 * line that starts with a house number or holds a mail address.
 */
function capitalsNameLine(text: string, lines: Lines, k: number, ls: number, le: number, lists: NameLists, out: Candidate[]): void {
  let e = le;
  while (e > ls && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13)) e--;
  if (e - ls < 5 || e - ls > 50) return;
  const line = text.slice(ls, e);
  if (line !== line.toUpperCase() || !/^[\p{Lu}'’-]{2,}(?: [\p{Lu}'’-]{2,}){1,2}$/u.test(line)) return;
  const words = line.split(' ').map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const first = words[0];
  if (!lists.first.has(first) || lists.common.has(first.toLowerCase())) return;
  for (const w of words.slice(1)) if (lists.common.has(w.toLowerCase()) || lists.places.has(w.toLowerCase()) || PLACE_OR_FIRM.has(w) || ROLES.has(w) || LABELS.has(w)) return;
  if (k >= lines.last) return;
  const ns = lines.ends[k] + 1;
  const ne = lineEnd(lines, k + 1);
  const c = text.charCodeAt(ns);
  if (!isDigit(c) && text.slice(ns, ne).indexOf('@') < 0) return;
  out.push({ start: ls, end: e, confidence: 0.75, note: 'name in capitals above an address or a mail address' });
}


interface Speakers {
  readonly spans: [number, number][];
  readonly lineEnds: number[];
  readonly counts: Map<string, number>;
}

function speakerLine(text: string, ls: number, le: number, found: Speakers): void {
  const sp = speakerAt(text, ls, le);
  if (sp === undefined) return;
  const raw = text.slice(sp[0], sp[1]);
  const w = raw.toLowerCase();
  const first = firstWord(w);
  // "IBAN:", "BIC:": capitals are field names.
  if (!NOT_SPEAKERS.has(first) && LATIN_LOWER.test(first.replace(/-/g, '')) && raw !== raw.toUpperCase()) {
    found.spans.push(sp);
    found.lineEnds.push(le);
    found.counts.set(w, (found.counts.get(w) ?? 0) + 1);
  }
}

function judgeSpeakers(text: string, { spans, lineEnds, counts }: Speakers, lists: NameLists, out: Candidate[]): void {
  if (spans.length < 3 || counts.size < 2) return;
  // A transcript: several speakers, at least one of them a listed given name.
  let known = 0;
  for (const w of counts.keys()) {
    const first = firstWord(w);
    if (lists.first.has(capitalised(first)) && !LABELS.has(capitalised(first)) && !lists.common.has(first)) known++;
  }
  if (known === 0) return;
  const named = new Set<string>();
  for (const [s, e] of spans) {
    const w = text.slice(s, e).toLowerCase();
    const first = firstWord(w);
    // Once only, a speaker must be a given name that is no word ("Bank:" is a field); a
    // speaker of two or three capitalised words is a full name.
    const listed = (lists.first.has(capitalised(first)) && !lists.common.has(first)) || (first !== w && (counts.get(w) ?? 0) >= 1);
    if (listed) named.add(first);
    if (listed || (counts.get(w) ?? 0) >= 2) out.push({ start: s, end: e, confidence: 0.7, note: 'chat speaker' });
  }
  for (let k = 0; k < spans.length; k++) findChatMentions(text, spans[k][1] + 2, lineEnds[k], named, lists, out);
}

function isNameLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Salutations that chats write in lower case: "herr kaminski". */
const CHAT_TITLES = new Set(['herr', 'herrn', 'frau', 'mr', 'mrs', 'ms']);

function listedFamily(lists: NameLists, w: string): boolean {
  return w.length >= 3 && lists.last.has(capitalised(w)) && !lists.common.has(w);
}

/**
 * Names inside the messages of a transcript, where people write in lower case: a
 * speaker whom another addresses ("happy birthday marta") and a family name after
 * "herr" or "mr" ("ja, herr kaminski"). Outside a transcript, and without these
 * anchors, lower-case words are far too often just words: the family-name list holds
 * plenty of them ("check").
 */
function findChatMentions(text: string, from: number, to: number, speakers: ReadonlySet<string>, lists: NameLists, out: Candidate[], handles = false): void {
  let prev = '';
  let i = from;
  while (i < to) {
    if (!isNameLetter(text.charCodeAt(i))) {
      // A salutation applies to the next word only across one space.
      if (text.charCodeAt(i) !== 32 || i === 0 || !isNameLetter(text.charCodeAt(i - 1))) prev = '';
      i++;
      continue;
    }
    const s = i;
    while (i < to && isNameLetter(text.charCodeAt(i))) i++;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const after = text.charCodeAt(i);
    // Mail addresses, host names, paths and identifiers hold names that are no mentions;
    // in a chat export an @handle at a word's start is one.
    const handle = handles && before === 64 && (s < 2 || !isIdentifierChar(text.charCodeAt(s - 2)));
    if (isIdentifierChar(before) || (before === 64 && !handle) || before === 46 || before === 47 || isIdentifierChar(after) || after === 64 || (after === 46 && isNameLetter(text.charCodeAt(i + 1)))) {
      prev = '';
      continue;
    }
    const w = text.slice(s, i).toLowerCase();
    if (CHAT_TITLES.has(prev) && listedFamily(lists, w)) out.push({ start: s, end: i, confidence: 0.7, note: 'family name after a salutation in a chat' });
    else if (speakers.has(w)) out.push({ start: s, end: i, confidence: 0.7, note: 'chat speaker named in a message' });
    prev = w;
  }
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A line of only a given name (maybe after a dash, maybe "vom Radhaus" after it) below a sign-off line. */
function signatureLine(text: string, lines: Lines, k: number, ls: number, le: number, lists: NameLists, out: Candidate[]): void {
  let s = ls;
  if ((text.charCodeAt(s) === 0x2013 || text.charCodeAt(s) === 0x2014 || text.charCodeAt(s) === 45) && text.charCodeAt(s + 1) === 32) s += 2;
  // A capital, then lower-case letters; checked before anything is sliced, since most short lines are code.
  const c0 = text.charCodeAt(s);
  if (c0 < 65 || c0 > 90) return;
  let e = s + 1;
  while (e < le && ((text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) || (text.charCodeAt(e) >= 0xdf && text.charCodeAt(e) <= 0x24f))) e++;
  if (e - s < 3) return;
  const word = text.slice(s, e);
  const rest = text.slice(e, le).trimEnd();
  const restOk = rest === '' || rest === '!' || /^ (?:vom|von|from|aus|@|\(|–|-|\|)/.test(rest);
  if (!restOk || !lists.first.has(word) || lists.common.has(word.toLowerCase()) || ROLES.has(word)) return;
  // The line above, skipping blank ones: found only for the rare line that could be a signature.
  let p = k - 1;
  while (p >= lines.first && blank(text, lineStart(lines, p), lineEnd(lines, p))) p--;
  if (p < lines.first) return;
  const prev = text.slice(lineStart(lines, p), lineEnd(lines, p)).trimEnd();
  const dashed = s > ls;
  const lastLine = text.slice(le, Math.min(text.length, le + 400)).trim() === '' || rest !== '';
  if (SIGN_OFF.test(prev) || /(?:grüße|gruesse|gruß|liebe|regards|wishes|bis später|bis bald|see you|bye)\b.{0,20}$/i.test(prev) || (dashed && lastLine)) {
    out.push({ start: s, end: e, confidence: 0.7, note: 'name under a sign-off' });
  }
}

/** Whether `at` lies in one of the (few, sorted) full names: the name itself is no later mention. */
function insideAny(spans: readonly Candidate[], at: number): boolean {
  for (const c of spans) if (c.start <= at && at < c.end) return true;
  return false;
}

/**
 * The names found in `[start, end)` so far: person-name's pairs and what the other name
 * detectors found (after a label, in a column, in a chat header), which may also be
 * mentioned again in the text.
 */
function namesFound(text: string, start: number, end: number, earlier: readonly Finding[], own: readonly Candidate[]): readonly Candidate[] {
  const pairs = namePairsIn(text, start, end);
  let all: Candidate[] | undefined;
  for (const f of earlier) {
    // Names that prose context vouched for; values of name keys and columns come from data
    // dumps (test fixtures, faker), where a later "mention" is mostly a word.
    if ((f.detector !== 'person-in-context' && f.detector !== 'person-after-label') || f.start < start || f.end > end) continue;
    (all ??= [...pairs]).push({ start: f.start, end: f.end, confidence: f.confidence });
  }
  // Of this detector's own finds only full names: a speaker's lower-case mention says nothing new.
  for (const c of own) if (text.slice(c.start, c.end).includes(' ')) (all ??= [...pairs]).push(c);
  return all === undefined ? pairs : all.sort((a, b) => a.start - b.start);
}

/** Later mentions of the given or family name of someone named in full. */
function findMentions(text: string, start: number, end: number, lists: NameLists, out: Candidate[], earlier: readonly Finding[]): void {
  const pairs = namesFound(text, start, end, earlier, out);
  // Dozens of full names in one region are a data dump or code, where mentions add little and cost much.
  if (pairs.length === 0 || pairs.length > 24) return;
  const words = new Set<string>();
  const fulls = new Set<string>();
  const mentionable = (w: string) => w.length >= 3 && w.charAt(0) !== w.charAt(0).toLowerCase() && !lists.common.has(w.toLowerCase()) && !lists.places.has(w.toLowerCase()) && !LABELS.has(w);
  for (const p of pairs) {
    const full = text.slice(p.start, p.end);
    // "John Doe" stands for anyone: "John" later on is not him.
    if (isPlaceholderName(full)) continue;
    if (full.indexOf(' ') < 0) {
      // A given name that a greeting, salutation or label introduced: "Hey Aoife, … Björn, Aoife runs …".
      if ((p.confidence ?? 0) >= 0.6 && lists.first.has(full) && mentionable(full)) words.add(full);
      continue;
    }
    if (full.indexOf(',') < 0 && full.indexOf('\n') < 0) fulls.add(full);
    // "Krüger, Heinz" written family name first.
    for (const w of full.split(/,? /)) if (mentionable(w)) words.add(w);
  }
  if (words.size === 0) return;
  // One slice for the region: `indexOf` on the whole text would search past `end` for every word.
  const region = text.slice(start, end);
  // A full name written again ("Catriona Fraser" in the signature and in the bank details)
  // is one mention, not a given and a family name each.
  const repeats: Candidate[] = [];
  for (const f of fulls) {
    for (let r = region.indexOf(f); r >= 0; r = region.indexOf(f, r + f.length)) {
      const i = start + r;
      if (insideAny(pairs, i) || isIdentifierChar(text.charCodeAt(i - 1)) || isIdentifierChar(text.charCodeAt(i + f.length))) continue;
      const c = { start: i, end: i + f.length, confidence: 0.7, note: 'named in full elsewhere in the text' };
      repeats.push(c);
      out.push(c);
    }
  }
  for (const w of words) {
    for (let r = region.indexOf(w); r >= 0; r = region.indexOf(w, r + w.length)) {
      const i = start + r;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = text.charCodeAt(i + w.length);
      if (isIdentifierChar(before) || before === 64 || before === 46 || before === 47 || before === 45 || before === 35 || before === 39) continue;
      if (isIdentifierChar(after) || after === 40 || after === 45 || after === 64 || after === 47) continue;
      if (after === 46 && isIdentifierChar(text.charCodeAt(i + w.length + 1))) continue;
      if (insideAny(pairs, i) || insideAny(repeats, i)) continue;
      if (ARTICLES.has(wordBefore(text, i))) continue;
      // "Fa. Hartwig", "Hoffmann Bau GmbH", "Ashdown & Pembridge Ltd": the family name inside a firm's name.
      if (FIRM_BEFORE.test(text.slice(Math.max(0, i - 7), i))) continue;
      if (firmAhead(text, i + w.length)) continue;
      out.push({ start: i, end: i + w.length, confidence: 0.65, note: 'named in full elsewhere in the text' });
    }
  }
}

const FIRM_BEFORE = /(?:\bFa\.|\bFirma|\bfirm) ?$/i;
const NEXT_WORD = / (\p{Lu}\p{L}*)/uy;

/**
 * A firm word or a legal form right after `at`, or after up to three more capitalised
 * words: "Hoffmann Bau", "Aeschlimann AG", "Deshpande Precision Components Pvt. Ltd".
 */
function firmAhead(text: string, at: number): boolean {
  let p = at;
  for (let words = 0; words < 4; words++) {
    if (firmAfter(text, p)) return true;
    NEXT_WORD.lastIndex = p;
    const next = NEXT_WORD.exec(text);
    if (next === null) return false;
    if (PLACE_OR_FIRM.has(next[1])) return true;
    p = NEXT_WORD.lastIndex;
  }
  return false;
}

function findInWholeText(text: string, start: number, end: number, earlier: readonly Finding[] = []): Candidate[] {
  const out: Candidate[] = [];
  const lists = nameLists();
  // Line shapes first: the names they find (chat headers, "Tran, Kimberly") are mentioned again too.
  findLineShapes(text, start, end, lists, out);
  findMentions(text, start, end, lists, out, earlier);
  return out;
}

export const personMention: Detector = {
  id: 'person-mention',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name identified by the rest of the text',
  keywords: [],
  find: findInWholeText,
  confidence: 0.65,
  maxLength: 80,
  multiline: true,
};
