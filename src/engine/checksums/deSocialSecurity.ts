/**
 * German pension insurance number (Rentenversicherungsnummer / Versicherungsnummer, 12
 * characters): area (2 digits), date of birth DDMMYY, the initial of the birth name,
 * a serial (2 digits: 00–49 male, 50–99 female) and a check digit. For the check the
 * letter becomes its two-digit alphabet position (A=01), the twelve digits are weighted
 * 2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the products are added, mod 10.
 */
const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/** Area numbers in use (Deutsche Rentenversicherung regional and federal carriers). */
const AREAS = new Set([
  2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29,
  38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
  89,
]);

export function deSocialSecurityCheckDigit(first11: string): number {
  const letter = first11.charCodeAt(8) - 64;
  const digits = first11.slice(0, 8) + String(letter).padStart(2, '0') + first11.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * WEIGHTS[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

export function isDeSocialSecurityValid(value: string): boolean {
  if (!/^\d{8}[A-Z]\d{3}$/.test(value)) return false;
  if (!AREAS.has(Number(value.slice(0, 2)))) return false;
  // Day may carry +50 or so for follow-up numbers; month must be a month.
  const day = Number(value.slice(2, 4));
  const month = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31 + 60) return false;
  return deSocialSecurityCheckDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48;
}
