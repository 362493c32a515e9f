/**
 * German tax identification number (Steuerliche Identifikationsnummer, 11 digits):
 * ISO 7064 MOD 11,10 over the first ten digits, plus the structure rules the BZSt
 * applies when issuing them (first digit not 0; among the first ten digits exactly one
 * digit repeats, twice or, since 2016, three times but not three in a row).
 */

/** The ISO 7064 MOD 11,10 check digit for a string of decimal digits. */
export function mod11_10CheckDigit(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** The digit-repetition rule on the first ten digits. */
export function hasTaxIdDigitPattern(first10: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < first10.length; i++) counts[first10.charCodeAt(i) - 48]++;
  let repeated = -1;
  for (let d = 0; d < 10; d++) {
    if (counts[d] <= 1) continue;
    if (counts[d] > 3 || repeated !== -1) return false;
    repeated = d;
  }
  if (repeated === -1) return false;
  if (counts[repeated] === 3) {
    const ch = String.fromCharCode(48 + repeated);
    if (first10.includes(ch + ch + ch)) return false;
  }
  return true;
}

export function isDeTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const first10 = digits.slice(0, 10);
  return hasTaxIdDigitPattern(first10) && mod11_10CheckDigit(first10) === digits.charCodeAt(10) - 48;
}
