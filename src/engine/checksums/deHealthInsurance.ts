/**
 * German health insurance number (Krankenversichertennummer, unchangeable part, 10
 * characters): a letter, eight digits and a check digit. The letter becomes its
 * two-digit alphabet position (A=01), the ten digits are weighted 1,2,1,2,…, the digit
 * sums of the products are added, and the check digit is that sum mod 10.
 */
export function deHealthInsuranceCheckDigit(first9: string): number {
  const digits = String(first9.charCodeAt(0) - 64).padStart(2, '0') + first9.slice(1);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10;
}

export function isDeHealthInsuranceValid(value: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(value)) return false;
  if (/^[A-Z](\d)\1{8}$/.test(value)) return false;
  return deHealthInsuranceCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48;
}
