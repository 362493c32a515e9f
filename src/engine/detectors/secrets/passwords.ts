/**
 * Passwords written into code, configuration and shell commands. The value must be a
 * literal: references (`${DB_PASSWORD}`, `process.env.X`, `os.environ[…]`), stand-ins
 * (`changeme`, `<password>`) and code (`this.password`) are not findings.
 */
import type { Candidate, Detector } from '../../types';
import { isLiteralPassword, isStandIn } from './credentialValues';

const KEY_NAMES = ['password', 'passwd', 'passphrase', 'pwd', 'passwort', 'kennwort', '_pass'];

/**
 * `<key>[ws](=|:|:=|=>)[ws]<value>`: the key is any identifier containing a password
 * name (`DB_PASSWORD`, `spring.datasource.password`, `"password"`), the value quoted
 * (any characters but its quote) or bare (no whitespace, no quotes).
 */
const ASSIGNMENT =
  /(?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,40}(?:password(?!less)|passwd|passphrase|pwd|passwort|kennwort|_pass(?![a-z]))[A-Za-z0-9_.-]{0,20})(["'\]]?)[ \t]{0,4}(?::=|=>|=|:)[ \t]{0,4}(?:"([^"\r\n]{1,128})"|'([^'\r\n]{1,128})'|`([^`\r\n$]{1,128})`|([^\s"'`,;]{1,128}))/gi;

function* findPasswordAssignments(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  ASSIGNMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSIGNMENT.exec(slice)) !== null) {
    const key = m[1].toLowerCase();
    // Names that describe a password without holding one; `min`/`max` only where a word
    // begins, or `ADMIN_PASSWORD` would be a limit.
    if (/(?:hash|policy|length|(?<![a-z])(?:min|max)|reset|forgot|confirm|field|label|input|prompt|placeholder|regex|pattern|rule|expir|change|require|strength|type|hint|valid|error|message|enabled|file|path|url|_id$|^id)/.test(key)) continue;
    const quoted = m[3] ?? m[4] ?? m[5];
    const value = quoted ?? m[6];
    if (value === undefined) continue;
    const bare = quoted === undefined;
    const trimmed = bare ? value.replace(/[).\]}>]+$/, '') : value;
    if (!isLiteralPassword(trimmed, !bare)) continue;
    // In code a bare word after `=` is an expression; only env/ini/YAML lines (key at line start) take bare values.
    if (bare) {
      const lineStart = slice.lastIndexOf('\n', m.index) + 1;
      const before = slice.slice(lineStart, m.index);
      if (!/^\s*(?:export\s+|set\s+|-\s+)?$/.test(before) && !/^\s*["']?$/.test(before)) continue;
      if (/^[A-Za-z_$][\w$]*$/.test(trimmed) && !/\d/.test(trimmed)) continue;
    }
    const valueOffset = m.index + m[0].length - value.length - (bare ? 0 : 1);
    yield { start: start + valueOffset, end: start + valueOffset + trimmed.length, note: `assigned to a password key` };
  }
}

export const passwordAssignment: Detector = {
  id: 'password-assignment',
  type: 'SECRET_PASSWORD',
  description: 'password assigned in code, configuration or .env',
  keywords: KEY_NAMES,
  find: findPasswordAssignments,
  confidence: 0.85,
  maxLength: 220,
  reachBefore: 64,
};

/** `curl -u user:pass`, `--user user:pass`, `wget --password=…`, `mysql -pSecret`, `sshpass -p secret`. */
const SHELL_FORMS = [
  /(?<![\w-])(?:curl|http|wget)\b[^\r\n|;&]{0,200}?\s(?:-u|--user)[ =]?["']?([^\s:"']{1,64}):([^\s"']{1,128})/g,
  /(?<![\w-])(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\r\n|;&]{0,200}?\s-p([^\s"'-][^\s"']{0,127})/g,
  /(?<![\w-])(?:sshpass)\s+-p\s*["']?([^\s"']{1,128})/g,
  /\s--password[= ]["']?([^\s"'-][^\s"']{0,127})/g,
];

function* findShellPasswords(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  for (const form of SHELL_FORMS) {
    form.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = form.exec(slice)) !== null) {
      const password = m[m.length - 1];
      if (!isLiteralPassword(password, true) && !(password.length >= 4 && /\d/.test(password) && /[A-Za-z]/.test(password))) continue;
      if (/^(?:\$|%|<|\{)/.test(password)) continue;
      const at = m.index + m[0].length - password.length;
      yield { start: start + at, end: start + at + password.length, note: 'password on a command line' };
    }
  }
}

export const shellPassword: Detector = {
  id: 'shell-password',
  type: 'SECRET_PASSWORD',
  description: 'password passed on a command line',
  keywords: ['curl', 'wget', 'mysql', 'mariadb', 'sshpass', '--password', 'http '],
  find: findShellPasswords,
  confidence: 0.85,
  maxLength: 300,
};

/** `machine host login user password secret` (.netrc). */
export const netrcPassword: Detector = {
  id: 'netrc-password',
  type: 'SECRET_PASSWORD',
  description: '.netrc password',
  keywords: ['machine'],
  pattern: /\bmachine\s+\S+\s+login\s+\S+\s+password\s+(\S{1,128})/g,
  valueGroup: 1,
  confidence: 0.9,
  maxLength: 400,
  multiline: true,
  isPlaceholder: (v) => !isLiteralPassword(v, true),
};

/** `Authorization: Basic dXNlcjpwYXNz` with a decodable user:password. */
export const basicAuthHeader: Detector = {
  id: 'basic-auth-header',
  type: 'SECRET_BASIC_AUTH',
  description: 'HTTP Basic authorization credentials',
  keywords: ['basic '],
  pattern: /(?<![A-Za-z0-9])[Bb]asic\s+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/g,
  valueGroup: 1,
  confidence: 0.9,
  maxLength: 420,
  check: 'base64 user:password',
  validate: (v) => {
    let decoded: string;
    try {
      decoded = atob(v);
    } catch {
      return false;
    }
    const colon = decoded.indexOf(':');
    if (colon <= 0 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
    const password = decoded.slice(colon + 1);
    return password.length >= 3 && isLiteralPassword(password.padEnd(6, password), true);
  },
};

/** `Authorization: Bearer <token>` with a random-looking token. */
export const bearerToken: Detector = {
  id: 'bearer-token',
  type: 'SECRET_BEARER_TOKEN',
  description: 'HTTP bearer token',
  keywords: ['bearer '],
  pattern: /(?<![A-Za-z0-9])[Bb]earer\s+([A-Za-z0-9_~+/.-]{20,2000}={0,2})(?![A-Za-z0-9_~+/=.-])/g,
  valueGroup: 1,
  confidence: 0.85,
  maxLength: 2020,
  isPlaceholder: (v) => !isLiteralPassword(v.slice(0, 128), true) || !/\d/.test(v) || !/[A-Za-z]/.test(v) || /^[A-Za-z_$][\w$.]*$/.test(v),
};

/**
 * A password word in prose and, a few words on, something only a password looks like:
 * "my password is Sommer2024!", "Das WLAN-Passwort lautet Hund#Katze77", "wifi pw for
 * the office / nadia: sure its Tulip!Harbor-2291". Chat and tickets are what people
 * paste into AI prompts, and there no key name or `=` marks the value. Code is left to
 * `password-assignment`: a gap holding `=`, brackets or `;` ends the search.
 */
const PROSE_KEY = /(?<![A-Za-z0-9_.$])(?:(?:pass(?:word|wort|wd|phrase)|kennwort|pwd?)(?:e?s|e|er|n)?(?![A-Za-z0-9_.(])|pass(?=:? ))/gi;
/** A word in the sense of a password: no spaces, quotes or brackets. */
const PROSE_TOKEN = /[^\s"'`„“”‚‘’<>()[\]{}]+/g;
const CODE_GAP = /[=(){};<>[\]]/;
/** Words read after the password word, and how far. */
const PROSE_WORDS = 12;
const PROSE_REACH = 120;

/**
 * Whether a word is what a person picks as a password: 8 to 40 characters with letters
 * and digits and either a symbol or mixed case, and none of the things with that shape
 * in technical prose (versions, paths, addresses, camelCase names, ISO-8859-1).
 */
export function looksLikeChosenPassword(word: string): boolean {
  if (word.length < 8 || word.length > 40) return false;
  if (!/[A-Za-z]/.test(word) || !/\d/.test(word)) return false;
  const symbol = /[^A-Za-z0-9_]/.test(word);
  const upper = /[A-Z]/.test(word);
  const lower = /[a-z]/.test(word);
  if (!symbol && !(upper && lower)) return false;
  // Capitals only: encodings, standards, ticket numbers (ISO-8859-1, SHA-256, JIRA-1234).
  if (!lower) return false;
  if (/[/\\]|:\/\/|^www\.|@.*\./.test(word)) return false;
  if (/^v?\d+(?:\.\d+)+/i.test(word) || /^[0-9a-f-]+$/i.test(word)) return false;
  // camelCase or snake_case identifiers.
  if (!symbol && /[a-z][A-Z]/.test(word)) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(word)) return false;
  return !isStandIn(word);
}

function* findProsePasswords(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  PROSE_KEY.lastIndex = 0;
  let key: RegExpExecArray | null;
  while ((key = PROSE_KEY.exec(slice)) !== null) {
    const from = key.index + key[0].length;
    const stop = Math.min(slice.length, from + PROSE_REACH);
    PROSE_TOKEN.lastIndex = from;
    let gapStart = from;
    // "pass" is mostly the verb: as a label ("user admin / pass Xk9#mQ2v") its value follows at once.
    const words = key[0].length === 4 && key[0].toLowerCase() === 'pass' ? 1 : PROSE_WORDS;
    for (let n = 0; n < words; n++) {
      const t = PROSE_TOKEN.exec(slice);
      if (t === null || t.index >= stop) break;
      if (CODE_GAP.test(slice.slice(gapStart, t.index))) break;
      // Sentence punctuation after the password is not part of it; "!" often is.
      const word = t[0].replace(/[.,;:?)]+$/, '');
      if (looksLikeChosenPassword(word)) {
        yield { start: start + t.index, end: start + t.index + word.length, note: `"${key[0]}" before it` };
        break;
      }
      gapStart = t.index + t[0].length;
    }
    PROSE_KEY.lastIndex = from;
  }
}

export const prosePassword: Detector = {
  id: 'password-in-prose',
  type: 'SECRET_PASSWORD',
  description: 'password named in a sentence or chat',
  keywords: ['password', 'passwort', 'kennwort', 'passwd', 'passphrase', 'pw', 'pwd', 'pass'],
  find: findProsePasswords,
  confidence: 0.75,
  maxLength: PROSE_REACH + 60,
  reachBefore: 1,
  multiline: true,
};

export const passwordDetectors: readonly Detector[] = [passwordAssignment, shellPassword, netrcPassword, basicAuthHeader, bearerToken, prosePassword];
