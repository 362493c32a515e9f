/**
 * Stand-in names that documentation, forms and test data use for "any person": "John
 * Doe", "Max Mustermann", "Joe Bloggs". DESIGN.md §3 counts documented placeholders as no
 * findings; a real person with one of these family names is rare enough to accept.
 */
const PLACEHOLDER_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'doe', 'roe', 'mustermann', 'musterfrau', 'mustermensch', 'bloggs', 'normalverbraucher', 'public',
]);
const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  'max muster', 'erika muster', 'hans muster', 'anna muster', 'mario rossi', 'jan kowalski', 'juan pérez', 'juan perez',
  'fulano de tal', 'john q public', 'jane q public', 'ivan ivanov', 'otto normal',
]);

/** Whether `value` (a name as found, maybe "Doe, John" or "MUSTERMANN") is a stand-in name. */
export function isPlaceholderName(value: string): boolean {
  // Every stand-in name holds one of these letters runs; most names are ruled out without splitting.
  if (!/doe|roe|muster|bloggs|normal|public|rossi|kowalski|p[eé]rez|fulano|ivanov/i.test(value)) return false;
  const words = value.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (PLACEHOLDER_NAMES.has(words.join(' '))) return true;
  // "John Q. Public" as well as "Doe" alone: a placeholder family name anywhere but first (where "Public" is no name).
  for (let i = 0; i < words.length; i++) if (PLACEHOLDER_FAMILY_NAMES.has(words[i]) && (i > 0 || words[i] !== 'public')) return true;
  return false;
}
