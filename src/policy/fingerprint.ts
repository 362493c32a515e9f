import { sha256Bytes, sha256Hex } from './sha256';

/** `sha256:<hex>` of the exact value, as allowlist entries carry it instead of the value itself. */
export function fingerprintValue(value: string): string {
  return `sha256:${sha256Hex(value)}`;
}

/**
 * Whether a fetched baseline is the one its pin names. `expected` is hex, optionally
 * prefixed with `sha256:`; case and surrounding spaces do not matter.
 */
export function verifyPinnedSha256(content: string | Uint8Array, expected: string): boolean {
  const want = expected.trim().toLowerCase().replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(want)) return false;
  // Pin the bytes as fetched when they are at hand: decoding may drop a BOM.
  const got = typeof content === 'string' ? sha256Hex(content) : [...sha256Bytes(content)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return got === want;
}
