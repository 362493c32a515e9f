import type { Candidate, Detector } from '../../types';

/**
 * Armour header lines (`Proc-Type:`, `Comment:`) and PGP's blank line and CRC line are not
 * key material. Lines may be indented, as in a YAML block scalar (`key: |`).
 */
function keyMaterial(block: string): string {
  return block
    .replace(/\\n/g, '\n')
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('-----') && !/^[A-Za-z-]+: /.test(line) && !/^=[A-Za-z0-9+/]{4}$/.test(line))
    .join('')
    .replace(/\s|\\n/g, '');
}

/** The body must look like real key material: long base64, not `...`, a template or one repeated character. */
function hasKeyMaterial(block: string): boolean {
  const body = keyMaterial(block);
  return body.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(body) && !/(.)\1{15,}/.test(body) && !/x{6,}|X{6,}|EXAMPLE|YOUR/.test(body);
}

const LABEL = '((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)';

const BEGIN = new RegExp(`-----BEGIN ${LABEL}-----`, 'g');
const MAX_BLOCK = 16384;

/**
 * BEGIN … END pairs with the same label. A lazy `[\s\S]*?` regex would rescan up to
 * 16 KB after every BEGIN line (a paste of many BEGIN lines and no END is quadratic), so
 * the next END is located once with `indexOf` and reused by every BEGIN before it.
 */
function* findPemBlocks(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  BEGIN.lastIndex = 0;
  let nextEnd = -2;
  let m: RegExpExecArray | null;
  while ((m = BEGIN.exec(slice)) !== null) {
    const bodyStart = m.index + m[0].length;
    if (nextEnd !== -1 && nextEnd < bodyStart) nextEnd = slice.indexOf('-----END ', bodyStart);
    if (nextEnd === -1) break;
    if (nextEnd - m.index > MAX_BLOCK) continue;
    const footer = `-----END ${m[1]}-----`;
    if (!slice.startsWith(footer, nextEnd)) continue;
    // Another BEGIN before this END means this one was cut off; the truncated-key rule covers it.
    const another = slice.indexOf('-----BEGIN ', bodyStart);
    if (another !== -1 && another < nextEnd) continue;
    yield { start: start + m.index, end: start + nextEnd + footer.length };
    BEGIN.lastIndex = nextEnd + footer.length;
  }
}

export const pemPrivateKey: Detector = {
  id: 'private-key',
  type: 'SECRET_PRIVATE_KEY',
  description: 'PEM/OpenSSH/PGP private key block',
  keywords: ['-----begin'],
  find: findPemBlocks,
  confidence: 0.99,
  maxLength: 16500,
  reachBefore: 1,
  multiline: true,
  check: 'key material',
  validate: hasKeyMaterial,
};

/**
 * A key pasted without its END line (cut off, or only the first lines shared): the
 * BEGIN line and at least one full line of key material. Whole blocks also match this,
 * but the complete-block detector wins the overlap (longer and more confident).
 * Lines may end in a literal `\n` (a key inside a JSON string) and be indented (a YAML
 * block scalar).
 */
export const truncatedPrivateKey: Detector = {
  id: 'private-key-truncated',
  type: 'SECRET_PRIVATE_KEY',
  description: 'private key BEGIN line with key material (no END line)',
  keywords: ['-----begin'],
  pattern: new RegExp(`-----BEGIN ${LABEL}-----(?:\\r?\\n|\\\\n)(?:[A-Za-z-]+: [^\\r\\n]*(?:\\r?\\n|\\\\n))*(?:\\r?\\n|\\\\n)?(?:[ \\t]{0,16}[A-Za-z0-9+/=]{40,80}(?:\\r?\\n|\\\\n|$)){1,200}`, 'g'),
  confidence: 0.93,
  maxLength: 16500,
  reachBefore: 1,
  multiline: true,
  check: 'key material',
  validate: hasKeyMaterial,
};

export const puttyPrivateKey: Detector = {
  id: 'putty-private-key',
  type: 'SECRET_PRIVATE_KEY',
  description: 'PuTTY private key file',
  keywords: ['putty-user-key-file-'],
  pattern: /PuTTY-User-Key-File-\d: [\s\S]{1,8192}?Private-Lines: \d+(?:\r?\n[A-Za-z0-9+/=]{1,80}(?=\r?\n|$)){1,100}/g,
  confidence: 0.97,
  maxLength: 9000,
  reachBefore: 1,
  multiline: true,
  check: 'key material',
  validate: (block) => {
    const lines = block.split(/\r?\n/);
    const at = lines.findIndex((l) => l.startsWith('Private-Lines:'));
    const material = lines.slice(at + 1).join('');
    return material.length >= 40 && !/(.)\1{15,}/.test(material);
  },
};
