/**
 * US Social Security numbers have no check digit; the SSA's issuance rules still
 * exclude area 000, 666 and 900–999, group 00 and serial 0000. A few numbers became
 * famous by being printed (078-05-1120 on a wallet insert, 219-09-9999 in an SSA
 * leaflet) or are obvious fill-ins; they are not anybody's number.
 */
const KNOWN_FAKE = new Set(['078051120', '219099999', '123456789', '457555462', '987654321']);

export function isPlausibleUsSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !KNOWN_FAKE.has(digits);
}
