/**
 * GitHub's token format (github.blog, "Behind GitHub's new authentication token
 * formats", 2021) and npm's, which copied it: a prefix, 30 random base62 characters,
 * then the CRC32 of those 30 characters in base62, left-padded to 6. A passing checksum
 * is near-proof of a real token; a failing one marks a look-alike (a hand-typed example,
 * a truncated or edited token), which is no finding (DESIGN §3). Other secret scanners
 * that check the checksum (CredSweeper's GitHub filter) drop those candidates too. A
 * failing token assigned to a secret-looking key is still reported by `generic-secret`.
 */
import type { ValidatorResult } from '../../types';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let crcTable: Uint32Array | undefined;

export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function toBase62(n: number, width: number): string {
  let out = '';
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** True when the last 6 characters are the base62 CRC32 of the 30 before them. */
export function hasTokenChecksum(token: string): boolean {
  const body = token.slice(token.lastIndexOf('_') + 1);
  if (body.length !== 36) return false;
  return toBase62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Validator for such tokens: only a passing checksum makes a finding. */
export function checksumConfidence(value: string): ValidatorResult {
  return hasTokenChecksum(value) ? { confidence: 0.99, note: 'CRC32 token checksum passed' } : false;
}
