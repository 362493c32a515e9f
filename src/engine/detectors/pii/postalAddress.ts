import type { Detector } from '../../types';

const UP = 'A-ZÄÖÜ';
const UP_CHAR = /[A-ZÄÖÜ]/;
const LO_CHAR = /[a-zäöüß]/;

/**
 * Every alternative of the German pattern ends its street word in a word that begins with
 * a capital: the suffix itself ("Straße", "Allee") or the name it closes ("Hauptstr.",
 * "Kaiserring"). So a hit counts only when the keyword starts with a capital or follows
 * lower-case letters back to one; "string " and "toString" do not.
 */
function germanStreetWord(text: string, start: number): boolean {
  if (UP_CHAR.test(text[start])) return true; // the suffix word itself ("Straße"), perhaps after a hyphen
  const stop = Math.max(0, start - 90);
  let i = start - 1;
  while (i >= stop && LO_CHAR.test(text[i])) i--;
  // Longer than any match reaches back: keep the hit rather than guess.
  if (i < stop) return stop > 0;
  if (!UP_CHAR.test(text[i])) return false;
  // The pattern's look-behind: no letter, digit or underscore glued before the capital ("toString").
  return i === 0 || !/[\wÀ-ž]/.test(text[i - 1]);
}

/**
 * The English pattern is case-sensitive: its street words are capitalised ("St", "Road",
 * "Rd."), and "St" ends a word. A hit counts only in that case (" string" does not).
 */
function englishStreetWord(text: string, start: number, length: number): boolean {
  let i = start;
  if (text.charCodeAt(i) === 32) i++;
  const first = text.charCodeAt(i);
  if (first < 65 || first > 90) return false;
  const end = start + length;
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) return false;
  }
  // " St" alone: the word must end there (else it is " Street", which has its own keyword).
  if (length === 3 && end - i === 2 && (text[i + 1] === 't' || text[i + 1] === 'T')) {
    const after = text.charCodeAt(end);
    return !((after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95);
  }
  return true;
}
const LO = 'a-zäöüß';
const DE_SUFFIX = '(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad)';
/** The street word standing alone or after a hyphen: "Lange Straße", "Karl-Marx-Allee". */
const DE_SUFFIX_WORD = '(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Steig|Pfad)';
/** Adjectives that open two-word street names ("Lange Straße", "Alter Markt"). */
const DE_ADJECTIVE = '(?:Alte|Neue|Lange|Hohe|Große|Kleine|Obere|Untere|Breite|Schöne|Kurze|Hintere|Vordere|Innere|Äußere|Grüne|Rote|Weiße|Schwarze|Krumme|Stille|Hohe)[rn]?';
const DE_NUMBER = '\\d{1,4}(?: ?[a-zA-Z](?![\\w]))?(?:[-–]\\d{1,4})?';
const DE_CITY = `\\d{5} [${UP}][${LO}]+(?:[- ](?:am|an der|im|[${UP}][${LO}]+|\\([${UP}][${LO}]+\\)))*`;

/**
 * German street addresses: a street name ending in a street word (Musterstraße,
 * Hauptstr., Karl-Marx-Allee, Lange Straße, Am Markt) with a house number, and the
 * postcode and city when they follow. Runs only around the street words.
 */
export const postalAddressDe: Detector = {
  id: 'postal-address-de',
  type: 'POSTAL_ADDRESS',
  description: 'German postal address',
  // "ring " with its space: "ring" alone hits every "string" in code.
  keywords: ['stra', 'str.', 'weg', 'allee', 'platz', 'gasse', 'ring ', 'damm', 'ufer', 'chaussee', 'markt', 'steig', 'pfad'],
  pattern: new RegExp(
    `(?<![\\wÀ-ž-])(?:(?:[${UP}][${LO}]+-){0,3}[${UP}][${LO}]*${DE_SUFFIX}|(?:[${UP}][${LO}]+-){1,3}${DE_SUFFIX_WORD}|${DE_ADJECTIVE} ${DE_SUFFIX_WORD}|(?:Am|An der|Im|Auf der|Zum|Zur|In der) [${UP}][${LO}]*${DE_SUFFIX}?) ${DE_NUMBER}(?:,? ${DE_CITY})?(?![\\w])`,
    'g',
  ),
  keywordHit: germanStreetWord,
  confidence: 0.7,
  maxLength: 90,
  // Street and number alone could be a landmark; with postcode and city it is an address.
  validate: (value) => (/ \d{5} /.test(value) ? { confidence: 0.9, note: 'street, number, postcode and city' } : true),
};

const EN_TYPE = '(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|Terrace|Crescent|Close|Parkway|Pkwy\\.?|Highway|Hwy\\.?)';
const US_TAIL = '(?:,? (?:Apt\\.?|Suite|Ste\\.?|Unit|#) ?\\w{1,6})?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2} \\d{5}(?:-\\d{4})?|, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})?';

/** English, US and UK street addresses: "123 Main St, Springfield, IL 62704", "10 Downing Street, London SW1A 2AA". */
export const postalAddressEn: Detector = {
  id: 'postal-address-en',
  type: 'POSTAL_ADDRESS',
  description: 'English-language postal address',
  // Abbreviations with the space before and, except " st" (so "Main St" ends a text), a stop after:
  // "place" alone hits every "replace". " st" hits " string" too; its windows are short and cheap.
  keywords: [
    'street', ' st', 'avenue', ' ave', 'road', ' rd.', ' rd,', ' rd ', 'lane', ' ln.', ' ln,', ' ln ', 'drive',
    ' dr.', ' dr,', 'boulevard', 'blvd', ' way', 'court', ' ct.', ' ct,', ' ct ', ' place', ' pl.', ' pl,', 'square', 'terrace',
    'crescent', ' close', 'parkway', 'pkwy', 'highway', 'hwy',
  ],
  pattern: new RegExp(`(?<![\\w.])\\d{1,5}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}${EN_TYPE}(?![\\w])${US_TAIL}`, 'g'),
  keywordHit: englishStreetWord,
  confidence: 0.65,
  maxLength: 100,
  validate: (value) => (value.includes(', ') ? { confidence: 0.9, note: 'street, number, city and postcode' } : true),
};
