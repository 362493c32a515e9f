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

/** A word every stand-in name above holds: the family names and each full name's longest word. */
const PLACEHOLDER_WORD = new RegExp(
  [...PLACEHOLDER_FAMILY_NAMES, ...[...PLACEHOLDER_NAMES].map((n) => n.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))].join('|'),
  'i',
);

/** Whether `value` (a name as found, maybe "Doe, John" or "MUSTERMANN") is a stand-in name. */
export function isPlaceholderName(value: string): boolean {
  // Most names are ruled out by one search, without splitting.
  if (!PLACEHOLDER_WORD.test(value)) return false;
  const words = value.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (PLACEHOLDER_NAMES.has(words.join(' '))) return true;
  // "John Q. Public" as well as "Doe" alone: a placeholder family name anywhere but first (where "Public" is no name).
  for (let i = 0; i < words.length; i++) if (PLACEHOLDER_FAMILY_NAMES.has(words[i]) && (i > 0 || words[i] !== 'public')) return true;
  return false;
}
