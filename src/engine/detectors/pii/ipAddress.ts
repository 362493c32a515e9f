import type { Candidate, Detector } from '../../types';

/*
 * Decisions (DESIGN.md §3): loopback (127.0.0.0/8, ::1), the unspecified address,
 * broadcast, multicast and the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24, 2001:db8::/32) are not findings. Private and link-local ranges
 * (10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7, fe80::/10) are
 * reported with lower confidence: they identify a machine inside a network, which is
 * worth a warning but rarely personal on its own. A dotted quad that the words around
 * it make a version or section number is not an address (see `isVersionNumber`).
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');

/** Cloud metadata and container endpoints that every SDK hard-codes: service addresses, not anybody's. */
const WELL_KNOWN = new Set(['169.254.169.254', '169.254.170.2', '169.254.170.23', '168.63.129.16']);

function ipv4Kind(value: string): 'public' | 'private' | null {
  if (WELL_KNOWN.has(value)) return null;
  const [a, b, c] = value.split('.').map(Number);
  if (a === 0 || a === 127 || a >= 224) return null;
  if (a === 255 || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return null;
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)) return 'private';
  return 'public';
}

/*
 * Version numbers with four parts look like addresses. What tells them apart is the word
 * next to them: a version word before (`Build 10.0.19045.1`, `ver 2.4.10.1`), also inside
 * a compound (`Versionshinweise 4.2.1.0`, `Firmware-Version 10.4.2.1`, `Mindestversion`)
 * or a phrase (`Release notes 4.2.1.0`), or a product word after (`tested on 10.4.2.1
 * firmware`). A word that names a machine wins over all of these: `Buildserver 10.0.0.5`,
 * `firmware server 10.0.0.5`.
 */
/** Word beginnings (whole or in hyphen parts) that announce a version or a document section. */
const VERSION_HEAD = /^(?:version|release|firmware|software|build|patch|hotfix|revision|section|chapter|kapitel|abschnitt|clause)|^(?:v|ver|rev)$/;
/** Stems that make a German compound a version word wherever they stand (`Mindestversion`, `Softwarestand`). */
const VERSION_STEM = /version|firmware|software|release/;
/** Words after a version word that keep the phrase about the version (`Release notes`, `Versions-Nr.`). */
const VERSION_TAIL = /^(?:notes?|hinweise?|nummer|number|nr|no|stand|level|info|history|historie|string|tag)$/;
/** Endings of words that name a machine or a network place: the address is one. */
const HOST_NOUN = /(?:server|host|hostname|rechner|gateway|router|adresse|address|addr|ip|node|knoten|proxy|dns|client|maschine|machine|vm|firewall|switch|peer|ping|ssh|subnet|netz|network)$/;
/** Words after a number that make it the version of a product. */
const VERSION_AFTER = /^(?:firmware|software|release|build|version|versions?nummer|patch|hotfix)\b/i;

const PRODUCT_SLASH = /(?:^|[^\w./:-])[A-Za-z][\w.-]*\/$/;

/** Where the text before `at` ends once quotes, blanks, `:`, `=` and `(` are skipped (not line breaks). */
function skipPunctuation(text: string, at: number, floor: number): number {
  let e = at;
  while (e > floor && /["' \t:=(]/.test(text[e - 1])) e--;
  return e;
}

/** The word ending right before `at` (after `skipPunctuation`), lower-case, with its start. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const floor = Math.max(0, at - 48);
  const e = skipPunctuation(text, at, floor);
  let s = e;
  while (s > floor && /[\p{L}\p{N}_-]/u.test(text[s - 1])) s--;
  return s < e ? { word: text.slice(s, e).toLowerCase(), start: s } : undefined;
}

function isVersionWord(word: string): boolean {
  if (HOST_NOUN.test(word)) return false;
  return word.split('-').some((part) => VERSION_HEAD.test(part) && !HOST_NOUN.test(part)) || VERSION_STEM.test(word);
}

/** Whether the dotted quad at `[at, end)` is a version number or a section, judged from the words around it. */
function isVersionNumber(text: string, at: number, end: number): boolean {
  // `Chrome/129.0.0.0`, `Version/17.4.1.0`: a User-Agent's product token and its slash.
  // A URL's `//` or a path holding no letters before the slash leaves it an address.
  if (text[at - 1] === '/' && PRODUCT_SLASH.test(text.slice(Math.max(0, at - 40), at))) return true;
  // `pkg@1.2.3.4`, `§ 3.4.1.1`.
  const c = text[skipPunctuation(text, at, Math.max(0, at - 4)) - 1];
  if (c === '@' || c === '§') return true;
  const w1 = wordBefore(text, at);
  if (w1 !== undefined) {
    if (HOST_NOUN.test(w1.word)) return false;
    if (isVersionWord(w1.word)) return true;
    if (VERSION_TAIL.test(w1.word)) {
      const w2 = wordBefore(text, w1.start);
      if (w2 !== undefined && isVersionWord(w2.word)) return true;
    }
  }
  const next = /^[ \t]{1,3}([\p{L}-]+)/u.exec(text.slice(end, end + 32));
  return next !== null && VERSION_AFTER.test(next[1]);
}

function* findIpv4(text: string, start: number, end: number): Generator<Candidate> {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  IPV4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV4.exec(slice)) !== null) {
    const at = start + m.index;
    if (/^0\d|\.0\d/.test(m[0])) continue; // leading zeros: an OID or a padded version
    const kind = ipv4Kind(m[0]);
    if (!kind) continue;
    if (isVersionNumber(text, at, at + m[0].length)) continue;
    yield { start: at, end: at + m[0].length, confidence: kind === 'public' ? 0.85 : 0.6, note: `${kind} IPv4 range` };
  }
}

export const ipv4Address: Detector = {
  id: 'ip-address-v4',
  type: 'IP_ADDRESS',
  description: 'IPv4 address',
  keywords: [],
  find: findIpv4,
  confidence: 0.85,
  maxLength: 15,
};

/** Parses an IPv6 text form (with "::" and an optional dotted IPv4 tail) into eight 16-bit groups. */
export function parseIpv6(value: string): number[] | null {
  let head = value;
  let tail4: number[] = [];
  const v4 = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (v4) {
    const parts = v4[1].split('.').map(Number);
    if (parts.some((p) => p > 255)) return null;
    tail4 = [(parts[0] << 8) | parts[1], (parts[2] << 8) | parts[3]];
    head = value.slice(0, v4.index);
    if (head.endsWith(':')) head += ':';
  }
  const double = head.indexOf('::');
  if (double !== head.lastIndexOf('::')) return null;
  const toGroups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = toGroups(double >= 0 ? head.slice(0, double) : head);
  const right = double >= 0 ? toGroups(head.slice(double + 2)) : [];
  const all = [...left, ...right];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const total = all.length + tail4.length;
  if (double < 0 ? total !== 8 : total > 7) return null;
  const fill = new Array<number>(8 - total).fill(0);
  const nums = (gs: string[]) => gs.map((g) => parseInt(g, 16));
  return double < 0 ? [...nums(left), ...tail4] : [...nums(left), ...fill, ...nums(right), ...tail4];
}

const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:]{1,37}(?::\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;

function* findIpv6(text: string, start: number, end: number): Generator<Candidate> {
  const slice = text.slice(start, end);
  IPV6.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV6.exec(slice)) !== null) {
    const at = start + m.index;
    const value = m[0];
    const groups = parseIpv6(value);
    if (!groups || groups.every((g) => g === 0)) continue;
    // Loopback and documentation prefix.
    if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) continue;
    if (groups[0] === 0x2001 && groups[1] === 0x0db8) continue;
    // fd00:ec2::254 and fd00:ec2::23: the IPv6 twins of the metadata endpoints.
    if (groups[0] === 0xfd00 && groups[1] === 0x0ec2 && groups.slice(2, 7).every((g) => g === 0)) continue;
    // Short "a::b" tokens in code (C++ scopes, CSS) are not addresses: want real structure.
    if (value.length < 6 || (!value.includes('::') && groups.length !== 8)) continue;
    if (/^[a-fA-F]+::[a-zA-Z]/.test(value)) continue;
    const privateRange = (groups[0] & 0xfe00) === 0xfc00 || (groups[0] & 0xffc0) === 0xfe80;
    yield { start: at, end: at + value.length, confidence: privateRange ? 0.6 : 0.85, note: privateRange ? 'private IPv6 range' : 'IPv6 address' };
  }
}

/**
 * IPv6 runs only around "::" and the common global-unicast prefixes: a colon is too
 * frequent in code to scan for, and a whole-input hex regex costs ~9 ms/MB. Full
 * eight-group forms with other prefixes are missed (documented limitation).
 */
export const ipv6Address: Detector = {
  id: 'ip-address-v6',
  type: 'IP_ADDRESS',
  description: 'IPv6 address',
  keywords: ['::', '2001:', '2003:', '2a00:', '2a01:', '2a02:', '2a03:', '2a04:', '2a05:', '2600:', '2601:', '2602:', '2603:', '2604:', '2605:', '2606:', '2607:', '2620:', '2800:', '2c0f:', '2400:', '2401:', '2402:', '2403:', '2404:', '2405:', '2406:', '2407:', '2408:', '2409:', 'fe80:', 'fd00:'],
  find: findIpv6,
  confidence: 0.85,
  maxLength: 45,
};
