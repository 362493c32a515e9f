import { keywordAt } from '../../prefilter';
import type { Candidate, Detector } from '../../types';

const UP = 'A-ZÄÖÜÉ';
const LO = 'a-zäöüßàâçéèêëîïôûù';
const UP_CHAR = /[A-ZÄÖÜ]/;
const LO_CHAR = /[a-zäöüß]/;
const NONE: readonly Candidate[] = [];

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters (with the Latin-1 and Latin Extended-A ranges), digits and `_`: what may not touch a match's edge. */
function isWordCode(c: number): boolean {
  return isAsciiUpper(c) || isAsciiLower(c) || isDigit(c) || c === 95 || (c >= 0xc0 && c <= 0x17e && c !== 0xd7 && c !== 0xf7);
}

// ---- German (and the continental forms that share its postcode-then-city tail) ----------

/**
 * Every street-word alternative of the German pattern ends its street word in a word that
 * begins with a capital: the suffix itself ("Straße", "Allee") or the name it closes
 * ("Hauptstr.", "Kaiserring"). So such a hit counts only when the keyword starts with a
 * capital or follows lower-case letters back to one; "string " and "toString" do not.
 */
function germanStreetWord(text: string, start: number): boolean {
  // The suffix as a word of its own ("Märkische Straße", "Karl-Marx-Allee", "Am Markt")
  // stands after a space or a hyphen: not "myStr.length", not "Strategy" opening a line.
  if (UP_CHAR.test(text[start])) {
    if (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 45)) return true;
    // In capitals (an envelope, an ID card's OCR) the compound is one upper-case word:
    // "HAUPTSTRASSE". A run of capitals longer than any street name is no street.
    if (!UP_CHAR.test(text[start + 1] ?? '')) return false;
    const stop = Math.max(0, start - 40);
    let i = start - 1;
    while (i >= stop && UP_CHAR.test(text[i])) i--;
    return i < start - 1 && (i < 0 || !/[\wÀ-ž]/.test(text[i]));
  }
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
 * "Am", "An der", "Zum" … open a street name only as a capitalised word of their own that
 * a capitalised name follows ("Am Kirchberg"); "param ", "am Montag" and "Im übrigen" do not.
 */
function germanPrepositionHit(text: string, start: number, length: number): boolean {
  if (!isAsciiUpper(text.charCodeAt(start))) return false;
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  const next = text.charCodeAt(start + length);
  return isAsciiUpper(next) || next === 0xc4 || next === 0xd6 || next === 0xdc;
}

/** French street words ("18 rue des Lilas") follow a house number, perhaps with "bis"/"ter" and a comma. */
function frenchStreetHit(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) === 44) i--;
  const stop = i - 4;
  while (i > stop && isAsciiLower(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) === 32) i--;
  return isDigit(text.charCodeAt(i));
}

/**
 * Which keyword of the street-first forms ("Via Nassa", "ul. Piotrkowska") a hit is, told
 * apart from the German keywords that share its first letters (vor, unter, allee, ring).
 */
function streetFirstKeyword(text: string, start: number): boolean {
  const a = text.charCodeAt(start) | 0x20;
  const b = text.charCodeAt(start + 1) | 0x20;
  switch (a) {
    case 118: // via, viale, vicolo; not "vor der"
      return b === 105;
    case 112: // piazza, pl.; not platz, pfad, promenade
      return b === 105 || (b === 108 && text.charCodeAt(start + 2) === 46);
    case 99: // corso, calle; not chaussee
      return b === 111 || b === 97;
    case 108: // largo
      return true;
    case 97: // avenida, al.; not am, an der, auf der, allee
      return b === 118 || (b === 108 && text.charCodeAt(start + 2) === 46);
    case 114: // rua; not ring
      return b === 117;
    case 117: // ul.; not unter der, ufer
      return b === 108;
    default:
      return false;
  }
}

/**
 * A street word that comes before the name: a word of its own, written with a capital
 * or followed by a capitalised name ("Via Nassa", "via Roma", "ul. Piotrkowska"); "via the
 * API" and "et al. Nature" open no window.
 */
function streetFirstHit(text: string, start: number, length: number): boolean {
  if (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) return false;
  let i = start + length;
  if (text.charCodeAt(i - 1) !== 32) {
    // "piazza" carries no space, so that "Piazzale" opens a window too.
    while (i < start + length + 2 && isAsciiLower(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 32) return false;
    i++;
  }
  if (text.charCodeAt(start + 2) === 46 && keywordAt(text, start - 3, 'et ')) return false;
  const next = text[i] ?? '';
  return /\p{Lu}/u.test(next) || (isAsciiUpper(text.charCodeAt(start)) && /\p{Ll}/u.test(next));
}

function germanHit(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 32) return frenchStreetHit(text, start);
  if (streetFirstKeyword(text, start)) return streetFirstHit(text, start, length);
  // Preposition keywords end in a space; so does "ring ", which is a street word.
  if (text.charCodeAt(start + length - 1) === 32 && (first | 0x20) !== 114) return germanPrepositionHit(text, start, length);
  return germanStreetWord(text, start);
}

const DE_SUFFIX = '(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt|steig|pfad|promenade)';
/** The street word standing alone: "Lange Straße", "Karl-Marx-Allee", "Märkische Straße". */
const DE_SUFFIX_WORD = '(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Steig|Pfad|Promenade)';
/** Adjectives that open street names before a compound ("Alte Jakobstraße", "Neuer Wall"). */
const DE_ADJECTIVE = '(?:Alte|Neue|Lange|Hohe|Große|Kleine|Obere|Untere|Breite|Schöne|Kurze|Hintere|Vordere|Innere|Äußere|Grüne|Rote|Weiße|Schwarze|Krumme|Stille)[rns]?';
/** A word that may stand before a separate street word: it ends like an adjective ("Märkische", "Castroper"). */
const DE_ATTRIBUTE = `[${UP}][${LO}]*(?:e|er|en|es)`;
/**
 * Capitalised words ending like an adjective that are no street's first word: articles,
 * pronouns, ordinals and the label words that stand before an address. Checked on a match
 * rather than in the pattern, where a look-ahead would run at every capital letter.
 */
const DE_NOT_ATTRIBUTE = new Set(
  (
    'Die Der Das Den Dem Des Oder Aber Hier Unter Über Hinter Neben Wieder Immer Oben Unten Sie Wir Ihr Er Es Wer Anschrift Wohnort Wohnsitz Firmensitz Sitz Adresse ' +
    'Eine Diese Jede Keine Meine Deine Seine Ihre Unsere Eure Welche Solche Andere Nächste Letzte Erste Zweite Dritte Gleiche Selbe Ganze Jene Beide Viele Einige Mehrere Alle'
      .split(' ')
      .flatMap((w) => [w, `${w}r`, `${w}n`, `${w}s`, `${w}m`])
      .join(' ')
  ).split(' '),
);

function isAttribute(word: string): boolean {
  return !DE_NOT_ATTRIBUTE.has(word) && !word.endsWith('adresse');
}

const DE_PREPOSITION = '(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Bei) (?:der|dem|den))';
const DE_WORD = `[${UP}][${LO}]+`;
/** House number, with a letter, a range, and the Austrian staircase and door ("88/2/14"). */
const DE_NUMBER = '[1-9]\\d{0,3}(?: ?[a-zA-Z](?![\\wÀ-ž]))?(?:[-–/]\\d{1,4}[a-z]?){0,2}';
/** Words after a number that make it a count, not a house number ("Am Ende 5 Punkte"). */
const DE_COUNT =
  '(?:Minuten|Min\\.?|Stunden|Std\\.?|Sekunden|Tagen?|Wochen|Monaten?|Jahren?|Uhr|Prozent|%|Euro|EUR|€|Cent|Punkten?|Mal|Meter|Kilometer|km|Personen|Leute|Stück|Seiten|Plätze|Kinder)';
/** Qualifiers that stand in parentheses after a city: rivers and regions ("Halle (Saale)"), or an abbreviation. */
const DE_CITY_QUALIFIER =
  '(?:Oldb|Oldenburg|Saale|Oder|Hessen|Pfalz|Westf|Westfalen|Holstein|Elbe|Donau|Main|Rhein|Ruhr|Opf|Oberpfalz|Sachsen|Vogtland|Erzgebirge|Taunus|Harz|' +
  `Allgäu|Breisgau|Mosel|Lahn|Weser|Ems|Havel|Spree|Neckar|Eifel|Uckermark|Altmark|Dosse|Ilm|Isar|Inn|Fils|Baden|Bayern|Schwarzwald|Odenwald|Westerwald|Rhön|Lippe|[${UP}][${LO}]{0,5}\\.)`;
/**
 * The city stops at its name: a hyphenated part, a linking "am"/"an der" with the river or
 * region, "/Main", or a known qualifier in parentheses; a following word ("Berlin
 * (Vermieter)", "Berlin Telefon") is not part of it.
 */
const DE_CITY =
  `(?:(?:Bad|Sankt|St\\.|Neu|Groß|Klein|Alt|Ober|Unter|Nieder|Hohen|Königs|Lutherstadt|Hansestadt) )?${DE_WORD}(?:-${DE_WORD})*` +
  `(?: (?:am|an der|an den|im|in der|ob der|bei|vor der) ${DE_WORD}| a\\. ?[${UP}][${LO}]*\\.?|/${DE_WORD})?(?: \\(${DE_CITY_QUALIFIER}\\))?`;
const DE_POSTCODE = '(?:(?:D|DE|A|AT|CH)-)?\\d{4,5}';
/** Between the house number and the postcode on one line: a comma, a middle dot, a bar, a slash, a dash. */
const DE_SEPARATOR = '(?:, ?| | ?[·•|/–—-] ?)';
const FR_STREET_WORD = '(?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Ss]quare)';
const FR_CITY = `${DE_WORD}(?:-(?:${DE_WORD}|en|sur|sous|le|la|les|de|du|des|lès))*`;
/** "18 rue des Lilas, 69003 Lyon": the number first, a street word, a name, then postcode and city. */
const FR_ADDRESS =
  `(?<fr>\\d{1,4}(?: ?(?:bis|ter))?,? ${FR_STREET_WORD} (?:(?:de la|des|du|de|la|le|les) |d['’]|de l['’])?${DE_WORD}` +
  `(?:[ -](?:${DE_WORD}|de|du|des|la|le|les)){0,4},? \\d{5} ${FR_CITY})`;

/**
 * A part of a street named after a person, with the name's particle: "Werner-von-" in
 * "Werner-von-Siemens-Straße", "Walther-von-der-" in "Walther-von-der-Vogelweide-Platz".
 */
const DE_NAME_PART = `${DE_WORD}-(?:(?:von|vom|van|zu|zur|zum|der|de|den|dem|la|le)-){0,2}`;

const DE_STREET =
  `(?:(?<prep>${DE_PREPOSITION}) (?<noun>(?:${DE_WORD} )?${DE_WORD}(?:-${DE_WORD})*)` +
  `|(?<attr>(?:${DE_ATTRIBUTE} ){1,2})${DE_SUFFIX_WORD}` +
  `|(?:${DE_ADJECTIVE} )?(?:${DE_NAME_PART}){0,3}[${UP}][${LO}]*${DE_SUFFIX}` +
  `|(?:${DE_NAME_PART}){1,3}${DE_SUFFIX_WORD})`;

// ---- Street word first (Italian, Spanish, Portuguese, Polish) -------------------------

/** Letters beyond Latin-1 ("Łódź", "Kraków"), as the patterns here carry no `u` flag. */
const SF_UP = 'A-ZÀ-ÖØ-ÞĀ-ž';
const SF_LO = 'a-zß-öø-ÿĀ-ž';
const SF_WORD = `[${SF_UP}][${SF_LO}'’]+`;
/** Street words that open the name: Via Nassa, Calle de Alcalá, Rua Augusta, ul. Piotrkowska, al. Jana Pawła II. */
const SF_STREET_WORD = '(?:[Vv]ia(?:le)?|[Vv]icolo|[Pp]iazza(?:le)?|[Cc]orso|[Ll]argo|[Cc]alle|[Aa]venida|[Rr]ua|ul\\.|al\\.|pl\\.|UL\\.|AL\\.)';
const SF_PARTICLE = "(?:de|del|della|delle|dello|dei|degli|di|da|do|dos|das|la|las|los|el|y|e|św\\.|gen\\.|ks\\.)";
/** Postcodes of these countries: Italian, Spanish 5 digits, Swiss 4, Portuguese 4-3, Polish 2-3. */
const SF_POSTCODE = '(?:(?:I|CH|E|P|PL)-)?(?:\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,5})';
const SF_CITY =
  `(?:(?:San|Santa|Santo|Sant['’]|Santiago|São|Castel|Borgo|Villa|Vila|Nowy|Nowa|Nowe|Stary|Stara|Zielona|La|El|Los|Las) )?${SF_WORD}` +
  `(?:-${SF_WORD})*(?: (?:de|di|del|sul|nad|pod) ${SF_WORD})?(?: \\([A-Z]{2}\\)| [A-Z]{2}(?![\\wÀ-ž]))?`;
/** The street and house number; the postcode and city after it are read by `SF_TAIL`. */
const SF_BODY = `${SF_STREET_WORD} (?:(?:${SF_PARTICLE}|[${SF_UP}]+|${SF_WORD}) ){0,4}(?:${SF_WORD}|[IVX]+),? [1-9]\\d{0,3}[a-zA-Z]?(?:[-/]\\d{1,4}[a-zA-Z]?){0,2}`;
/** After the street and number: postcode and city, on the same line or the next. */
const SF_TAIL = new RegExp(
  `(?:,? ?(?:[·•|–-] ?)?|,?[ \\t]*\\r?\\n[ \\t]*)${SF_POSTCODE} (?!(?:${DE_COUNT}|Users|Items|Times|People|Rows|Records|Files|Bytes|Downloads)(?![\\wÀ-ž]))${SF_CITY}(?![\\wÀ-ž])`,
  'y',
);

/**
 * The same in capitals, as envelopes, forms and the OCR of an ID card print it
 * ("EISENACHER STR. 61, 10823 BERLIN", "HAUPTSTRASSE 5"): capitals are headings and
 * constants as often, so this form needs its postcode and city, and a street word
 * standing alone needs a name before it ("WEG 5, 12345 ITEMS" is none).
 */
const CAPS_WORD = '[A-ZÄÖÜ][A-ZÄÖÜß]+';
const DE_CAPS_SUFFIX = '(?:STRASSE|STRAßE|STR\\.|WEG|ALLEE|PLATZ|GASSE|RING|DAMM|UFER|CHAUSSEE|MARKT|STEIG|PFAD|PROMENADE)';
const DE_CAPS_STREET =
  `(?:(?:AM|IM|ZUM|ZUR|BEIM|(?:AN|AUF|IN|UNTER|HINTER|VOR|BEI) (?:DER|DEM|DEN)) ${CAPS_WORD}(?:-${CAPS_WORD})*` +
  `|(?:${CAPS_WORD}[ -]){0,2}[A-ZÄÖÜ][A-ZÄÖÜß]+${DE_CAPS_SUFFIX}|(?:${CAPS_WORD}[ -]){1,2}${DE_CAPS_SUFFIX})`;
const DE_CAPS_CITY =
  `(?:(?:BAD|SANKT|ST\\.|NEU|GROSS|GROß|KLEIN|ALT|OBER|UNTER|NIEDER|HANSESTADT|LUTHERSTADT) )?${CAPS_WORD}(?:-${CAPS_WORD})*` +
  `(?: (?:AM|AN DER|IM|IN DER) ${CAPS_WORD}|/${CAPS_WORD})?(?: \\(${CAPS_WORD}\\.?\\))?`;
const DE_CAPS_ADDRESS = `(?<caps>${DE_CAPS_STREET}) (?<cnum>${DE_NUMBER})(?:${DE_SEPARATOR}(?<cplz>${DE_POSTCODE}) (?:${DE_CAPS_CITY}|${DE_CITY}))?`;

// One pattern for all of these forms: a second pass over every window costs as much again.
// The look-ahead admits the lower-case street words "via", "ul.", "al.", "pl.".
const DE_ADDRESS = new RegExp(
  `(?=[\\d${UP}uapv])(?<![\\wÀ-ž-])(?:${FR_ADDRESS}|${DE_STREET} (?<num>${DE_NUMBER})(?:${DE_SEPARATOR}(?<plz>${DE_POSTCODE}) (?!${DE_COUNT}(?![\\wÀ-ž]))${DE_CITY}|(?! ?${DE_COUNT}(?![\\wÀ-ž])))|${DE_CAPS_ADDRESS}|(?<sf>${SF_BODY}))(?![\\wÀ-ž])`,
  'g',
);
/** The postcode and city on the line after the street, which a window (one line) does not hold. */
/** Floor and side of the flat after the house number ("2. OG links", "EG rechts", "Whg. 5"). */
const DE_FLOOR =
  '(?:,? (?:\\d{1,2}\\. ?(?:OG|Obergeschoss|Etage|Stock)|EG|DG|UG|Erdgeschoss|Dachgeschoss|Hinterhaus|Vorderhaus|Seitenflügel|Whg\\. ?\\d{1,4}|Wohnung \\d{1,4})(?: (?:links|rechts|li\\.|re\\.|Mitte))?)?';
const DE_NEXT_LINE = new RegExp(`${DE_FLOOR},?[ \\t]*\\r?\\n[ \\t]*(?<plz>${DE_POSTCODE}) ${DE_CITY}(?![\\wÀ-ž])`, 'y');
const DE_CAPS_NEXT_LINE = new RegExp(`,?[ \\t]*\\r?\\n[ \\t]*${DE_POSTCODE} (?:${DE_CAPS_CITY}|${DE_CITY})(?![\\wÀ-ž])`, 'y');

/** Nouns after "Am"/"Im"/"Zum" that name a place: "Am Kirchberg", "Im Mühlbach", "Zum Stadtpark". */
const DE_PLACE_NOUN = new RegExp(
  `(?:${DE_SUFFIX}|berg|bach|park|feld|felde|hof|garten|graben|höhe|tal|wall|brücke|kamp|hang|grund|wiese|winkel|anger|hain|tor|teich|see|wald|busch|bruch|horst|stein|brunnen|mühle|kirche|hafen|deich|hügel|acker|born|eck|kreuz|bogen|steg|heide|aue|weide|siedlung|kanal|turm|schloss|stift|kloster|holz|rain|burg|dorf|hausen|heim|kamp|marsch|moor|lohe|loh|hag|busch|bühl|rott|rode)$`,
  'i',
);

/**
 * The candidate's confidence from its parts, or 0 to drop it: with postcode and city an
 * address is certain; a street and number alone could be a landmark, and "Am Ende 5" a
 * sentence, so the weak forms need their postcode.
 */
function germanConfidence(g: Record<string, string | undefined>, postcode: string | undefined): number {
  if (g.prep !== undefined) {
    // "Im Jahr 2021", "Am Ende 5": after a preposition, a long number is a year or an amount.
    if (g.num!.length > 3) return 0;
    if (postcode === undefined) return DE_PLACE_NOUN.test(g.noun!) ? 0.7 : 0;
    // A four-digit (Austrian, Swiss) postcode is as often an amount: only after a clear street.
    return /\d{5}/.test(postcode) ? 0.9 : 0;
  }
  return postcode === undefined ? 0.7 : 0.9;
}

function findGerman(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  const re = DE_ADDRESS;
  re.lastIndex = 0;
  let out: Candidate[] | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    let s = start + m.index;
    if (m.index === 0 && s > 0 && (isWordCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) continue;
    const g = m.groups!;
    if (g.attr !== undefined && !isAttribute(g.attr.slice(0, g.attr.indexOf(' ')))) {
      // "Die Märkische Straße": the street starts after the article; "Diese Straße 5" is none.
      const second = g.attr.indexOf(' ') + 1;
      if (second === g.attr.length || !isAttribute(g.attr.slice(second, -1))) continue;
      s += second;
    }
    if (g.fr !== undefined) {
      (out ??= []).push({ start: s, end: start + m.index + m[0].length, confidence: 0.9, note: 'number, street, postcode and city' });
      continue;
    }
    if (g.sf !== undefined) {
      if (text.charCodeAt(s - 1) === 46) continue;
      const tail = SF_TAIL;
      tail.lastIndex = start + m.index + m[0].length;
      // "Via Email 2" and "Corso 3" are words and numbers: only the postcode and city make an address.
      if (tail.test(text)) (out ??= []).push({ start: s, end: tail.lastIndex, confidence: 0.9, note: 'street, number, postcode and city' });
      continue;
    }
    if (g.caps !== undefined) {
      let e = start + m.index + m[0].length;
      if (g.cplz === undefined) {
        const next = DE_CAPS_NEXT_LINE;
        next.lastIndex = e;
        if (!next.test(text)) continue;
        e = next.lastIndex;
      }
      (out ??= []).push({ start: s, end: e, confidence: 0.9, note: 'street, number, postcode and city in capitals' });
      continue;
    }
    if (g.plz === undefined) {
      const next = DE_NEXT_LINE;
      next.lastIndex = start + m.index + m[0].length;
      const n = next.exec(text);
      const c = n === null ? 0 : germanConfidence(g, n.groups!.plz);
      if (c > 0) {
        (out ??= []).push({ start: s, end: next.lastIndex, confidence: c, note: 'street and number, postcode and city on the next line' });
        continue;
      }
    }
    const confidence = germanConfidence(g, g.plz);
    if (confidence === 0) continue;
    // "Musterstraße 1, 12345 Musterstadt": the form's sample address, nobody's.
    if (g.plz !== undefined && m[0].startsWith('Muster') && (g.plz === '12345' || /\d Muster/.test(m[0]))) continue;
    (out ??= []).push({ start: s, end: start + m.index + m[0].length, confidence, ...(g.plz !== undefined ? { note: 'street, number, postcode and city' } : {}) });
  }
  return out ?? NONE;
}

/**
 * German street addresses: a street name ending in a street word (Musterstraße,
 * Hauptstr., Karl-Marx-Allee, Märkische Straße) or opened by "Am"/"An der"/"Zum" (Am
 * Kirchberg), with a house number, and the postcode and city when they follow, on the same
 * line or the next. Also the continental forms that end the same way: Austrian and Swiss
 * four-digit postcodes, French streets ("18 rue des Lilas, 69003 Lyon"), the forms that
 * put the street word first and end the same way ("Via Nassa 22, 6900 Lugano", "ul.
 * Piotrkowska 104/12, 90-006 Łódź"), and all of it in capitals.
 */
export const postalAddressDe: Detector = {
  id: 'postal-address-de',
  type: 'POSTAL_ADDRESS',
  description: 'German postal address',
  keywords: [
    // "ring " with its space: "ring" alone hits every "string" in code.
    'stra', 'str.', 'weg', 'allee', 'platz', 'gasse', 'ring ', 'damm', 'ufer', 'chaussee', 'markt', 'steig', 'pfad', 'promenade',
    'am ', 'im ', 'zum ', 'zur ', 'beim ', 'an der ', 'an dem ', 'an den ', 'auf der ', 'auf dem ', 'auf den ', 'in der ', 'in dem ', 'in den ',
    'unter der ', 'unter dem ', 'unter den ', 'hinter der ', 'hinter dem ', 'hinter den ', 'vor der ', 'vor dem ', 'vor den ', 'bei der ', 'bei dem ', 'bei den ',
    // French street words with the space before; a house number must precede them.
    ' rue ', ' avenue ', ' av. ', ' boulevard ', ' bd ', ' place ', ' chemin ', ' impasse ', ' quai ', ' route ', ' cours ', ' square ',
    // Street words before the name; the hit filter keeps those that open a capitalised name.
    'via ', 'viale ', 'vicolo ', 'piazza', 'corso ', 'largo ', 'calle ', 'avenida ', 'rua ', 'ul. ', 'al. ', 'pl. ',
  ],
  find: findGerman,
  keywordHit: germanHit,
  confidence: 0.7,
  maxLength: 110,
};

// ---- English (US, UK, Irish) ---------------------------------------------------------

/** Street types that make "number + name + type" an address on their own. */
const EN_STRONG = [
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Way', 'Court', 'Ct', 'Place', 'Pl',
  'Square', 'Sq', 'Terrace', 'Crescent', 'Close', 'Parkway', 'Pkwy', 'Highway', 'Hwy',
];
/**
 * Types that are also common words ("View", "Park", "Green"): with them only a postcode,
 * Eircode or state and ZIP after the city makes an address.
 */
const EN_WEAK = [
  'Gardens', 'Park', 'View', 'Croft', 'Grove', 'Hill', 'Mews', 'Row', 'Walk', 'Green', 'Rise', 'Parade', 'Vale', 'Wharf', 'Quay', 'Yard', 'Gate',
  'Circus', 'Heights', 'Circle', 'Cir', 'Trail', 'Trl', 'Loop', 'Plaza', 'Alley', 'Fields', 'Meadows', 'Chase', 'Villas', 'Cottages', 'Hollow',
  'Path', 'Pike', 'Embankment',
];
const EN_ABBREVIATION = new Set(['St', 'Ave', 'Rd', 'Ln', 'Dr', 'Blvd', 'Ct', 'Pl', 'Sq', 'Pkwy', 'Hwy', 'Cir', 'Trl']);
const EN_WEAK_LOWER = new Set(EN_WEAK.map((w) => w.toLowerCase()));

function typeAlternatives(words: readonly string[]): string {
  // Longest first, so that "Parkway" is tried before "Park"; each also in capitals ("ST").
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map((w) => (EN_ABBREVIATION.has(w) ? `(?:${w}|${w.toUpperCase()})\\.?` : `${w}|${w.toUpperCase()}`)).join('|');
}

const US_STATE =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)';
const EN_CITY = "(?:(?:St|Ft|Mt)\\.? |Saint |Fort |Mount |Port )?[A-Z][a-z]+(?:(?: |-|-(?:on|upon|under|le|in|by|super|on-the)-)[A-Z][a-z]+){0,2}";
const EN_CITY_CAPS = '[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}';
const UK_POSTCODE = '(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[A-Z]{2}';
const EIRCODE = '(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}';
/**
 * Indian and Nigerian addresses run through localities, city and state to a six-digit
 * PIN or postal code ("Lekki Phase 1, Lagos 106104", "HSR Layout Sector 2, Bengaluru,
 * Karnataka 560058", "Bengaluru - 560058"). A part is a few capitalised words, ordinals
 * and small numbers; at least two parts, or one with the dash, before the code.
 */
const EN_PART = '(?:[A-Z][A-Za-z]*|\\d{1,3}(?:st|nd|rd|th))(?: (?:[A-Z][A-Za-z]*|\\d{1,3}(?:st|nd|rd|th)?(?!\\d))){0,4}';
const PIN_PLACE = `${EN_PART}(?:(?:, ${EN_PART}){1,5},? (?:[-–] ?)?| ?[-–] ?)[1-9]\\d{5}(?!\\d)`;
/** What follows the street: city with state and ZIP, city with a UK postcode, (Irish) city, district and Eircode, or a PIN. */
const EN_PLACE =
  `(?:(?:${EN_CITY}|${EN_CITY_CAPS}),? ${US_STATE} \\d{5}(?:-\\d{4})?` +
  `|(?:${EN_CITY}(?:, ${EN_CITY})?|${EN_CITY_CAPS}),? ${UK_POSTCODE}` +
  `|${EN_CITY}(?: \\d{1,2}[Ww]?)?,? ${EIRCODE}` +
  `|${PIN_PLACE})`;
const EN_NUMBER = '\\d{1,5}[A-Za-z]?(?:-\\d{1,5}[A-Za-z]?)?';
/** "Plot No. 48", "H.No. 5-6-123": how Indian and Nigerian addresses number a plot or house. */
const EN_PLOT = '(?:Plot(?: No\\.?)?|(?:House|Flat|Door|Shop) No\\.?|H\\. ?No\\.?) #?[0-9A-Z][0-9A-Z/-]{0,7}';
/**
 * "Flat 3, 118 Stokes Croft", "Unit 7, Riverside Business Park", "Plot 14, Admiralty Way";
 * after a unit, a building may be named before the street ("Unit 4, Brunswick Works, 61 Mowbray Street").
 */
// Only "Plot" of the Indian forms here: each further alternative at the start of this
// pattern tripled its cost in V8; the others are read by EN_UNNUMBERED.
const EN_PREFIX =
  '(?:(?:Flat|Unit|Apartment|Apt\\.?|Suite|Studio|Room|FLAT|UNIT|APT) #?[0-9A-Z]{1,4}[a-z]?|Plot(?: No\\.?)? #?[0-9A-Z]{1,4}[a-z]?),? (?:(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+, )?';
const EN_DIRECTION = '(?:NE|NW|SE|SW|[NSEW]|North|South|East|West)\\.?';
const EN_WORD = "(?:[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?:['’]s)?|[A-Z]{2,}(?:['’]S)?|\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))";
const EN_UNIT =
  '(?:,? (?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Floor|Fl\\.?|Room|Rm\\.?|Bldg\\.?|Building|APT|STE|SUITE|UNIT|FLOOR|FL) ?#? ?[A-Za-z0-9-]{1,6}|,? #[A-Za-z0-9-]{1,6}|, \\d{1,2}(?:st|nd|rd|th) Floor)';

const EN_ADDRESS = new RegExp(
  `(?<![\\w.])(?:${EN_PREFIX}(?:${EN_NUMBER} )?|${EN_NUMBER} )(?:${EN_DIRECTION} )?` +
  `(?:(?:${EN_WORD} ){1,3}(?<type>${typeAlternatives([...EN_STRONG, ...EN_WEAK])})|Broadway|BROADWAY)(?![\\w'’])` +
  `(?: (?:NE|NW|SE|SW|[NSEW])\\.?(?![\\w]))?(?<unit>${EN_UNIT}{0,2})(?<place>, ?${EN_PLACE})?(?![\\w])`,
  'g',
);
const EN_NEXT_LINE = new RegExp(`,?[ \\t]*\\r?\\n[ \\t]*${EN_PLACE}(?![\\w])`, 'y');

/** A house known by its name, as British rural and small-town addresses are: "The Old Rectory", "Mill House". */
const EN_HOUSE =
  '(?:The (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+|(?:[A-Z][a-z]+ ){0,2}' +
  '(?:House|Cottage|Farm|Farmhouse|Lodge|Hall|Manor|Barn|Mill|Works|Rectory|Vicarage|Grange|Villa|Chambers|Buildings|Centre|Mansions|Court|Tower|Studios))';
/**
 * Addresses without a house number, which the postcode at their end anchors: a named house
 * and a street ("The Old Rectory, Church Lane, Hathersage, Hope Valley S32 1BR"), or a
 * street alone before a UK postcode or Eircode; and a numbered plot whose parts run to a
 * PIN without any street word ("Plot No. 48, 2nd Phase, Peenya Industrial Area, Bengaluru,
 * Karnataka 560058").
 */
const CODE_HINT = /\d(?:[A-Z][A-Z\d]|\d{5})/;
const EN_UNNUMBERED = new RegExp(
  `(?<![\\w.])(?:${EN_PLOT}, ${PIN_PLACE}` +
    `|(?:${EN_PREFIX})?(?:${EN_HOUSE}, )?(?:${EN_WORD} ){1,3}(?:${typeAlternatives([...EN_STRONG, ...EN_WEAK])})(?![\\w'’]), ` +
    `(?:${EN_CITY}, ){0,2}(?:(?:${EN_CITY}|${EN_CITY_CAPS}),? ${UK_POSTCODE}|${EN_CITY}(?: \\d{1,2}[Ww]?)?,? ${EIRCODE}))(?![\\w])`,
  'g',
);

/**
 * The English patterns are case-sensitive: street words are capitalised ("St", "Road",
 * "Rd.") or, in the capitals of printed forms, upper case ("ST"), and end a word. A hit
 * counts only in those cases (" string", " STRING" do not); a type that is also a common
 * word ("View", "Park") counts only where the city follows (a comma or a line break after it).
 */
function englishStreetWord(text: string, start: number, length: number): boolean {
  let i = start;
  if (text.charCodeAt(i) === 32) i++;
  else if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return false;
  if (!isAsciiUpper(text.charCodeAt(i))) return false;
  const end = start + length;
  let wordEnd = i + 1;
  while (wordEnd < end && (isAsciiLower(text.charCodeAt(wordEnd)) || isAsciiUpper(text.charCodeAt(wordEnd)))) wordEnd++;
  const caps = wordEnd > i + 1 && isAsciiUpper(text.charCodeAt(i + 1));
  for (let j = i + 1; j < wordEnd; j++) if (isAsciiUpper(text.charCodeAt(j)) !== caps) return false;
  const after = text.charCodeAt(wordEnd);
  const wordEnds = !isWordCode(after);
  // Abbreviations ("St", "RD") and capitals must end the word: " Street" and " STRING" have their own fate.
  if ((wordEnd - i <= 2 || caps) && !wordEnds) return false;
  if (after === 44 || after === 10 || after === 13) return true;
  return !EN_WEAK_LOWER.has(text.slice(i, wordEnd).toLowerCase());
}

function findEnglish(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  const re = EN_ADDRESS;
  re.lastIndex = 0;
  let out: Candidate[] | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = start + m.index;
    if (m.index === 0 && s > 0 && (isWordCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) continue;
    let e = s + m[0].length;
    const g = m.groups!;
    let place = g.place !== undefined;
    if (!place) {
      const next = EN_NEXT_LINE;
      next.lastIndex = e;
      if (next.test(text)) {
        e = next.lastIndex;
        place = true;
      }
    }
    if (place) {
      (out ??= []).push({ start: s, end: e, confidence: 0.9, note: 'street, number, city and postcode' });
      continue;
    }
    const type = g.type;
    // A weak type, or the capitals of a form, without the city and postcode is too little.
    if (type !== undefined && (EN_WEAK_LOWER.has(type.toLowerCase()) || (type.length > 1 && type === type.toUpperCase()))) continue;
    // "Oak Street, Apt 4B" is written as an address; "Ronny Way Apt. 742" as often as a sample string.
    if (g.unit && g.unit.startsWith(',')) (out ??= []).push({ start: s, end: e, confidence: 0.85, note: 'street, number and unit' });
    else (out ??= []).push({ start: s, end: e, confidence: 0.65 });
  }
  const numbered = out?.length ?? 0;
  const loose = EN_UNNUMBERED;
  loose.lastIndex = 0;
  // Each of these forms ends in a code with a digit before two capitals or digits (S32 1BR,
  // D04 X2K8, 560058): a window without one, as nearly all in code, is not worth the pattern.
  if (!CODE_HINT.test(slice)) return out ?? NONE;
  while ((m = loose.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (m.index === 0 && s > 0 && (isWordCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) continue;
    let overlaps = false;
    for (let k = 0; k < numbered && !overlaps; k++) overlaps = out![k].start < e && s < out![k].end;
    if (!overlaps) (out ??= []).push({ start: s, end: e, confidence: 0.85, note: 'street or plot, city and postcode' });
  }
  return out ?? NONE;
}

/**
 * English, US, UK and Irish street addresses: "123 Main St, Springfield, IL 62704",
 * "4021 W Camelback Rd", "10 Downing Street, London SW1A 2AA", "Flat 3, 118 Stokes Croft,
 * Bristol BS1 3RU", "31 Elm Park, Dublin 4, D04 K7W2"; the city line may follow on the next line.
 * Also a named house or a bare street before a postcode ("The Old Rectory, Church Lane,
 * Hathersage, Hope Valley S32 1BR") and Indian and Nigerian forms that end in a six-digit
 * code ("Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104").
 */
export const postalAddressEn: Detector = {
  id: 'postal-address-en',
  type: 'POSTAL_ADDRESS',
  description: 'English-language postal address',
  // Abbreviations and words that also occur inside other words carry the space before:
  // "place" alone hits every "replace". The hit filter rejects what is not a capitalised word.
  keywords: [
    'street', ' st', 'avenue', ' ave', 'road', ' rd', 'lane', ' ln', 'drive', ' dr', 'boulevard', 'blvd', ' way', 'court', ' ct', ' place', ' pl',
    'square', ' sq', 'terrace', 'crescent', ' close', 'parkway', 'pkwy', 'highway', 'hwy', 'broadway',
    ...EN_WEAK.map((w) => ` ${w.toLowerCase()}`),
    // Indian and Nigerian plot and house numbers, whose addresses may carry no street word.
    'plot', 'house no', 'flat no', 'door no', 'h.no', 'h. no',
  ],
  find: findEnglish,
  keywordHit: englishStreetWord,
  confidence: 0.65,
  maxLength: 110,
};

// ---- Post office boxes ---------------------------------------------------------------

const PO_BOX = new RegExp(
  `(?<![\\wÀ-ž.])(?:(?:P\\. ?O\\.|PO|P O|Post Office) Box|POB) #?\\d{1,6}(?:,? ?|[ \\t]*\\r?\\n[ \\t]*)${EN_PLACE}(?![\\w])` +
    `|(?<![\\wÀ-ž])Postfach \\d{1,3}(?: ?\\d{2,3}){0,3}(?:,? |[ \\t]*\\r?\\n[ \\t]*)${DE_POSTCODE} ${DE_CITY}(?![\\wÀ-ž])`,
  'g',
);

function* findPoBoxes(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  PO_BOX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PO_BOX.exec(slice)) !== null) yield { start: start + m.index, end: start + m.index + m[0].length, note: 'post office box with postcode and city' };
}

/**
 * A post office box with its postcode and city ("PO Box 1234, Springfield, IL 62701",
 * "Postfach 10 12 34, 80086 München"): how authorities, insurers and firms write their
 * own address, and as much an address as a street's.
 */
export const postalAddressPoBox: Detector = {
  id: 'postal-address-po-box',
  type: 'POSTAL_ADDRESS',
  description: 'post office box address',
  keywords: ['box', 'postfach'],
  find: findPoBoxes,
  confidence: 0.8,
  maxLength: 110,
  multiline: true,
};
