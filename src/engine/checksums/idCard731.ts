/**
 * The 7-3-1 check digit of ICAO 9303 machine-readable documents, used by the German
 * Personalausweis and Reisepass: digits keep their value, letters count A=10 … Z=35,
 * weights 7, 3, 1 repeat, the check digit is the sum mod 10.
 */
export function icaoCheckDigit(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    const value = code >= 65 && code <= 90 ? code - 55 : code >= 48 && code <= 57 ? code - 48 : code === 60 ? 0 : -1;
    if (value < 0) return -1;
    sum += value * [7, 3, 1][i % 3];
  }
  return sum % 10;
}

/**
 * Serial numbers of German ID cards and passports issued since November 2010: nine
 * characters from an alphabet without vowels and easily confused letters (C F G H J K
 * L M N P R T V W X Y Z and digits), the first a letter, then the check digit. Older
 * cards (before 2010) used ten digits where the last is the 7-3-1 check digit too.
 */
const SERIAL = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d$/;
const LEGACY = /^\d{9}\d$/;

export function isDeIdDocumentNumberValid(value: string): boolean {
  if (!SERIAL.test(value) && !LEGACY.test(value)) return false;
  return icaoCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48;
}
