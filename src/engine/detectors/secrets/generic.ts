/**
 * Secrets with no provider format, recognised by the key they are assigned to (`secret`,
 * `api_key`, `token` …) and by looking random. Most false alarms in code come from
 * this kind of rule, so the value must pass every test below: long enough, mixed
 * letters and digits, high entropy, and none of the random-looking benign shapes.
 */
import { looksLikePlaceholder, shannonEntropy } from '../../placeholders';
import type { Candidate, Detector } from '../../types';

const KEYWORDS = ['secret', 'token', 'apikey', 'api_key', 'api-key', 'access_key', 'accesskey', 'auth_key', 'authkey', 'signing_key', 'encryption_key', 'private_key', 'client_key', 'master_key', 'credential'];

const ASSIGNMENT =
  /(?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,30}(?:secret|token|api_?key|api-key|access_?key|auth_?key|signing_key|encryption_key|private_key|client_key|master_key|credential)[A-Za-z0-9_.-]{0,20})["'\]]?[ \t]{0,4}(?::=|=>|=|:|,)[ \t]{0,4}(?:"([\w!#$%&*+/=?@^.~|-]{16,256})"|'([\w!#$%&*+/=?@^.~|-]{16,256})'|`([\w!#%&*+/=?@^.~|-]{16,256})`|([A-Za-z0-9+/=_.~-]{16,256})(?=[\s;,)}]|$)|([A-Za-z0-9][\w!#%&*+/=?@^.~|-]{15,255})(?=[ \t]*(?:[\r\n]|#|$)))/gi;

/** Key names that hold something other than a secret (`sha` only as a word: `shared_secret` is one). */
const BENIGN_KEY = /(?:type|kind|name|url|uri|endpoint|path|file|header|length|size|count|id$|_id|ids|index|prefix|suffix|pattern|regex|format|version|expires?|expiry|ttl|timeout|lifetime|hash|sha(?:\d|sum|[_.-]|$)|digest|checksum|integrity|etag|nonce|csrf|xsrf|public|pub_|cache|cursor|continuation|next|page|request_?id|trace|span|session_?id|max|min|limit|field|label|placeholder|description|message|error|enabled|scope|audience|issuer|algorithm|alg|test|mock|fake|dummy|example|sample)/i;

/** Random-looking values that are not secrets (DESIGN.md §3). */
export function isBenignRandom(value: string): string | undefined {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return 'UUID';
  if (/^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length)) return 'hex digest';
  if (/^sha(?:1|256|384|512)-[A-Za-z0-9+/]+=*$/.test(value)) return 'integrity hash';
  if (/^(?:data:|iVBORw0KGgo|R0lGOD|\/9j\/|d09GR|AAEAAAA|PHN2Zy)/.test(value)) return 'embedded image or font';
  if (/^v?\d+(?:[._-]\d+){1,4}(?:[-+][\w.]+)?$/.test(value)) return 'version';
  if (/^\d{4}-?\d{2}-?\d{2}(?:[T_ -]?\d{2}:?\d{2}(?::?\d{2})?(?:\.\d+)?Z?)?$/.test(value) || /^\d{10,13}$/.test(value)) return 'timestamp';
  if (/^[A-Z0-9]{8}-?[A-Z0-9]{4}-?[A-Z0-9]{4}-?[A-Z0-9]{4}-?[A-Z0-9]{12}$/.test(value)) return 'request id';
  if (/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$|^[a-z]+(?:[_.-][a-z]+)+$|^[A-Z]+(?:_[A-Z]+)+$/.test(value)) return 'identifier';
  if (/\.(?:js|ts|json|css|html|png|svg|md|txt|yml|yaml)$|^\.{0,2}\//.test(value)) return 'path';
  return undefined;
}

/** Key names that say "this is a key or a secret", for hex values (`api_key`, `client_secret`). */
const SECRET_KEY = /(?:secret|api_?key|api-key|access_?key|auth_?key|private_key|master_key|signing_key)$/i;

function looksGenerated(value: string): boolean {
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (looksLikePlaceholder(value)) return false;
  // Sixteen hex digits carry at most 4 bits each; a random hex key reaches about 3.7.
  const hex = /^[0-9a-f]+$/i.test(value);
  const min = hex ? 3.2 : value.length >= 32 ? 3.7 : value.length >= 24 ? 3.5 : 3.3;
  if (shannonEntropy(value) < min) return false;
  // Words joined by separators are names, not keys (`my-service-token-name-v2`). A word is
  // written in one case or capitalised: the case flips of a random mixed-case key
  // (`eROKFdElwE`) make no words, however many letters stand together.
  if ((value.match(/[a-z]{4,}|[A-Z][a-z]{3,}|[A-Z]{4,}(?![a-z])/g) ?? []).join('').length > value.length * 0.6) return false;
  return true;
}

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/**
 * What ASSIGNMENT demands after the secret word it matched: at most 20 more key characters,
 * an optional closing quote or bracket, at most four blanks and an assignment sign. A
 * keyword hit without that ("tokens.push(", "secretOf(x)") opens no window.
 */
function assignedKeyword(text: string, start: number, length: number): boolean {
  let i = start + length;
  const keyEnd = i + 20;
  while (i < keyEnd && isKeyChar(text.charCodeAt(i))) i++;
  if (isKeyChar(text.charCodeAt(i))) return false;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 93) c = text.charCodeAt(++i);
  for (let blanks = 0; blanks < 4 && (c === 32 || c === 9); blanks++) c = text.charCodeAt(++i);
  return c === 58 || c === 61 || c === 44;
}

/** Whether the key at `at` starts its line, as in .env, ini and YAML files (after `export ` or a list dash). */
function startsConfigLine(slice: string, at: number): boolean {
  const lineStart = slice.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?$/.test(slice.slice(lineStart, at));
}

function* findGenericSecrets(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  ASSIGNMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSIGNMENT.exec(slice)) !== null) {
    const key = m[1];
    if (BENIGN_KEY.test(key.replace(/secret|token|api_?key|access_?key|credential/gi, ''))) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    if (value === undefined || !looksGenerated(value)) continue;
    // An unquoted value with symbols (`JWT_SECRET=f9Kq2!mZx7@Lp4Rt#Vw8`) is how .env, ini
    // and YAML files write a string; in code the same characters are operators. So only a
    // key that starts its line takes one, and an e-mail address, a URL or `a || b` is no secret.
    if (m[6] !== undefined && (!startsConfigLine(slice, m.index) || /^[^@]+@[\w-]+(?:\.[\w-]+)+$|:\/\/|\|\||&&/.test(value))) continue;
    const benign = isBenignRandom(value);
    // Many providers' keys are 32 or 40 hex digits: under a name that says key or secret
    // (and not hash, digest or checksum, ruled out above) such a value is one.
    if (benign !== undefined && !(benign === 'hex digest' && SECRET_KEY.test(key))) continue;
    const quoted = m[5] === undefined && m[6] === undefined;
    const at = m.index + m[0].length - value.length - (quoted ? 1 : 0);
    yield { start: start + at, end: start + at + value.length, note: 'high-entropy value assigned to a secret-named key' };
  }
}

export const genericSecret: Detector = {
  id: 'generic-secret',
  type: 'SECRET_GENERIC',
  description: 'generic secret',
  keywords: KEYWORDS,
  keywordHit: assignedKeyword,
  find: findGenericSecrets,
  confidence: 0.7,
  maxLength: 340,
  reachBefore: 56,
};
