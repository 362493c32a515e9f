/**
 * Shared tests for values that look like secrets but are documented examples,
 * templates or masked copies (DESIGN.md §3).
 */

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const TEMPLATE_WORDS = /example|sample|dummy|placeholder|your[_-]?|xxxx|\*\*\*|changeme|redacted|insert|fake|test[_-]?key|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/i;

/** True for values a human wrote as a stand-in: `...EXAMPLE`, `xxxx`, `<token>`, `${VAR}`, runs of one character. */
export function looksLikePlaceholder(value: string): boolean {
  if (TEMPLATE_WORDS.test(value)) return true;
  if (/(.)\1{7,}/.test(value)) return true;
  if (/0123456789|abcdefghij|1234567890/i.test(value)) return true;
  return false;
}

/** Values with too little variety to be generated secrets. */
export function isLowEntropy(value: string, minBitsPerChar: number): boolean {
  return shannonEntropy(value) < minBitsPerChar;
}
