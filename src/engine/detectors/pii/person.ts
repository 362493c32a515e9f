import type { Candidate, Detector } from '../../types';
import { firstAtOrAfter } from '../../lineBreaks';
import { namePairStarts } from '../../namePairs';
import { nameLists, type NameLists } from './nameLists';
import { isPlaceholderName } from './placeholderNames';

/*
 * Names without a model: capitalised words are grouped into runs (words joined by one
 * space or by a name particle such as "von der"), and a run becomes a PERSON when
 * context says so (a salutation, a label, a greeting, a sign-off) or when it holds a
 * known given name followed by a family name. German capitalises every noun, so a
 * lone capitalised word counts only with strong context, never after an article.
 * Lists come from scripts/generate-names.mjs.
 */

// Few, wide ranges: V8's quick check slows down sharply with every extra range. The
// code then rejects what the ranges let through (lower-case Latin Extended-A and -B letters; Extended-B holds
// Vietnamese "ơ" and "ư", as in "Dương").
const UPPER = 'A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF';
const LOWER = 'a-z\u00DF-\u024F\u1E00-\u1EFF';
/** One capitalised word at a given position (Latin script, with one hyphenated part: "Anna-Lena"). */
const TOKEN_AT = new RegExp(`(?:[OD]['’]|Ma?c(?=[A-Z])|(?:De|La|Le|Di)(?=[A-Z][a-z]))?[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`, 'y');
/**
 * Two capitalised words joined by one space: the seed of every name found without a
 * context keyword. It runs over the whole input, so it has no lookbehind (a
 * non-ASCII lookbehind makes V8 several times slower); word edges are checked in code.
 */
const PARTICLE_WORDS = 'von|van|de|der|den|di|da|du|le|la|al|el|bin|ibn|ben|zu|ten|ter|dos|das|del|della|y';
const PAIR_AT = new RegExp(`[${UPPER}][${LOWER}]+(?:-[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][${LOWER}]+)?(?: (?:${PARTICLE_WORDS})){0,2} (?:[OD]['’])?[A-Z\u00C0-\u024F\u1E00-\u1EFF][${LOWER}]`, 'y');
/** Any capitalised word, for the small windows around context keywords. */
const ANY_TOKEN_AT = new RegExp(`[${UPPER}][${LOWER}]`, 'y');
const PARTICLE_AT = new RegExp(` (?:(?:${PARTICLE_WORDS}) ){1,2}`, 'y');

/** Salutations and titles before a name. "Professor" is a role too: "Herr Professor," names no one. */
export const TITLES: ReadonlySet<string> = new Set(['Herr', 'Herrn', 'Frau', 'Hr', 'Fr', 'Dr', 'Prof', 'Professor', 'Professorin', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dipl', 'Ing']);
/**
 * Kinship words and ranks before a name ("Tante Gisela", "Detective Harris"). They also
 * stand before things ("Officer Training", "Uncle Sam"), so a listed name must follow.
 */
const KIN_AND_RANKS: ReadonlySet<string> = new Set([
  'Pfleger', 'Pflegerin', 'Krankenpfleger', 'Krankenschwester', 'Hebamme', 'Erzieher', 'Erzieherin',
  'Tante', 'Onkel', 'Oma', 'Opa', 'Cousin', 'Cousine', 'Schwester', 'Aunt', 'Auntie', 'Uncle', 'Grandma', 'Grandpa',
  'Kommissar', 'Kommissarin', 'Hauptkommissar', 'Hauptkommissarin', 'Pfarrer', 'Pfarrerin', 'Pastor', 'Constable',
  'Sergeant', 'Sgt', 'Inspector', 'Detective', 'Officer', 'Judge', 'Rabbi', 'Imam',
]);
export const LABELS: ReadonlySet<string> = new Set([
  'Name', 'Vorname', 'Nachname', 'Kunde', 'Kundin', 'Ansprechpartner', 'Ansprechpartnerin', 'Mitarbeiter',
  'Mitarbeiterin', 'Patient', 'Patientin', 'Inhaber', 'Inhaberin', 'Kontoinhaber', 'Kontoinhaberin', 'Absender',
  'Empfänger', 'Empfängerin', 'Antragsteller', 'Antragstellerin', 'Bearbeiter', 'Sachbearbeiter', 'Sachbearbeiterin',
  'Verfasser', 'Autor', 'Autorin', 'Mieter', 'Mieterin', 'Vermieter', 'Schüler', 'Schülerin', 'Bewerber', 'Bewerberin',
  'Versicherter', 'Versicherte', 'Teilnehmer', 'Teilnehmerin', 'Kontakt', 'Customer', 'Client', 'Contact', 'Employee',
  'Applicant', 'Author', 'Owner', 'Holder', 'Cardholder', 'Tenant', 'Student', 'Candidate', 'Attendee', 'Recipient',
  'Sender', 'Assignee', 'Reporter', 'Reviewer', 'Surname', 'Firstname', 'Fullname',
  // Mail headers: "From: Catriona Fraser", "An: Jens Krämer".
  'From', 'To', 'Cc', 'Von', 'An',
]);
/** "Familie Hödl": a family name follows, listed or not, though a noun sometimes does too. */
const FAMILY_WORDS: ReadonlySet<string> = new Set(['Familie', 'Eheleute', 'Geschwister']);
/** Kinship nouns, after which one listed given name is enough ("your son Yusuf"). */
const KIN_BEFORE: ReadonlySet<string> = new Set([
  'son', 'daughter', 'sohn', 'tochter', 'wife', 'husband', 'brother', 'sister', 'bruder', 'schwester', 'mother',
  'father', 'mutter', 'vater', 'nephew', 'niece', 'neffe', 'nichte', 'ehefrau', 'ehemann', 'enkel', 'enkelin',
  'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'pfleger', 'pflegerin', 'kollege', 'kollegin', 'colleague',
]);
/**
 * Role nouns that stand before a name in apposition: "Manager DeShawn Carter", "cardholder
 * Giorgos Antoniadis", "unser Kollege Tobias Brandl". Capitalised before a run (English
 * titles of roles), or in lower case before it. Kinship nouns are roles too.
 */
const APPOSITION_ROLES: ReadonlySet<string> = new Set([
  'manager', 'cardholder', 'tenant', 'landlord', 'colleague', 'kollege', 'kollegin', 'mitarbeiter', 'mitarbeiterin',
  'sachbearbeiter', 'sachbearbeiterin', 'director', 'engineer', 'developer', 'officer', 'nurse', 'teacher', 'lehrer',
  'lehrerin', 'consultant', 'berater', 'beraterin', 'supervisor', 'vermieter', 'vermieterin', 'mieter', 'mieterin',
  'patient', 'patientin', 'applicant', 'candidate', 'bewerber', 'bewerberin', 'member', 'mitglied', 'inhaber',
  'inhaberin', 'technician', 'techniker', 'technikerin', 'accountant', 'buchhalter', 'buchhalterin', 'lawyer',
  'attorney', 'rechtsanwalt', 'rechtsanwältin', 'anwalt', 'anwältin', 'steuerberater', 'steuerberaterin', 'client',
  'customer', 'kunde', 'kundin', 'employee', 'student', 'studentin', 'schüler', 'schülerin', 'sergeant', 'nachbar', 'nachbarin',
  ...KIN_BEFORE, 'partner', 'partnerin', 'kollegen',
]);
/** APPOSITION_ROLES as a capitalised word starts a run: looked up as written, without lower-casing every run's first word. */
const CAPITALISED_ROLES: ReadonlySet<string> = new Set([...APPOSITION_ROLES].filter((w) => w.length >= 5).map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

const GREETINGS = new Set(['Hallo', 'Hi', 'Hey', 'Hello', 'Dear', 'Liebe', 'Lieber', 'Moin', 'Servus', 'Grüezi', 'Salut', 'Ciao']);
/** Words that follow a salutation but are roles, not names ("Herr Kollege", "Frau Doktor"). */
export const ROLES: ReadonlySet<string> = new Set([
  'Kollege', 'Kollegin', 'Doktor', 'Professor', 'Professorin', 'Präsident', 'Präsidentin', 'Minister', 'Ministerin',
  'Ober', 'Pfarrer', 'Pfarrerin', 'Bürgermeister', 'Bürgermeisterin', 'Direktor', 'Direktorin', 'Vorsitzender',
  'Vorsitzende', 'Abgeordneter', 'Abgeordnete', 'Kanzler', 'Kanzlerin', 'Richter', 'Richterin', 'Anwalt', 'Anwältin',
  'Nachbar', 'Nachbarin', 'Lehrer', 'Lehrerin', 'Chef', 'Chefin', 'President', 'Speaker', 'Chairman', 'Secretary', 'Emeritus', 'Emerita',
  'Holle', 'Team', 'All', 'Alle', 'Everyone', 'Kollegen', 'Kolleginnen', 'Leute', 'Sir', 'Madam', 'Zusammen',
  'Eltern', 'Freunde', 'Mitglieder', 'Kunden', 'Kundin', 'Kunde', 'Nachbarn', 'Customer', 'Customers', 'Friends',
  'Members', 'Folks', 'Guys', 'There', 'Support', 'Admin', 'Welt', 'World', 'Community', 'Users', 'Nutzer', 'Damen',
  'Herren', 'Gentlemen', 'Ladies', 'Partner', 'Partnerin', 'Bewerber', 'Teilnehmer', 'Teilnehmende', 'Colleagues',
  'Hiring', 'Manager', 'Committee', 'Board', 'Editor', 'Editors', 'Reader', 'Readers', 'Again', 'Back', 'Everybody',
  'Mama', 'Papa', 'Oma', 'Opa', 'Schatz', 'Liebling', 'Mom', 'Dad', 'Mum', 'Darling', 'Honey', 'Morgen', 'Abend',
  'Nacht', 'Tag', 'Morning', 'Evening', 'Afternoon', 'Night', 'Day', 'Zusammenarbeit',
]);
/**
 * Words after a capitalised word that make the pair a place ("Hudson Street", "London
 * Bridge") or a firm ("Schulte Haustechnik", "Weber GmbH"), whatever the first word is.
 */
export const PLACE_OR_FIRM: ReadonlySet<string> = new Set([
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Boulevard', 'Blvd', 'Bridge', 'Park', 'Square',
  'Place', 'Court', 'Way', 'Terrace', 'Crescent', 'Close', 'Gardens', 'Hill', 'Station', 'Airport', 'Hall', 'Center',
  'Centre', 'Plaza', 'Tower', 'Building', 'House', 'Highway', 'Parkway', 'Pike', 'Heights', 'Valley', 'River', 'Lake',
  'Beach', 'Island', 'County', 'City', 'Hospital', 'University', 'College', 'School', 'Church', 'Cathedral', 'Museum',
  'Stadium', 'Arena', 'Market', 'Mall', 'Harbour', 'Harbor', 'Port', 'Row', 'Mews', 'Grove', 'Green', 'Walk',
  'Straße', 'Strasse', 'Str', 'Platz', 'Weg', 'Allee', 'Gasse', 'Ring', 'Damm', 'Ufer', 'Chaussee', 'Brücke', 'Bahnhof',
  'Hauptbahnhof', 'Kirche', 'Markt', 'Tor', 'Turm', 'Garten', 'Hof', 'Stadion', 'Klinikum', 'Krankenhaus', 'Schule',
  'Gymnasium', 'Universität', 'Hochschule', 'Kaserne', 'Siedlung', 'Viertel', 'Kreis', 'Stadt',
  'GmbH', 'Haustechnik', 'Bau', 'Bauunternehmen', 'Consulting', 'Services', 'Service', 'Solutions', 'Systems', 'Group',
  'Gruppe', 'Holding', 'Holdings', 'Partners', 'Logistik', 'Immobilien', 'Versicherung', 'Versicherungen', 'Bank',
  'Stiftung', 'Apotheke', 'Kanzlei', 'Verlag', 'Elektro', 'Elektrotechnik', 'Sanitär', 'Transporte', 'Reinigung',
  'Handel', 'Werke', 'Technik', 'Technologies', 'Software', 'Labs', 'Studio', 'Studios', 'Inc', 'Ltd', 'Corp',
  'Corporation', 'Company', 'Associates', 'Industries', 'Insurance', 'Capital', 'Ventures', 'Media', 'Foods', 'Motors',
  'Pharma', 'Energy', 'Airlines', 'Hotel', 'Hotels', 'Restaurant', 'Café', 'Cafe', 'Bäckerei', 'Metzgerei', 'Autohaus',
  'Steuerberatung', 'Rechtsanwälte', 'Architekten', 'Dachdecker', 'Malerbetrieb', 'Gartenbau', 'Catering',
  'Cottage', 'Farm', 'Manor', 'Lodge', 'Barn', 'Mill', 'Grange', 'Villa', 'Auto', 'Autos', 'Garage', 'Detailing',
  'Plumbing', 'Roofing', 'Landscaping', 'Bakery', 'Salon', 'Design', 'Designs', 'Consultancy', 'Builders',
  'Construction', 'Transport', 'Logistics', 'Trading', 'Dental', 'Clinic', 'Pharmacy', 'Accountants', 'Estates',
  'Properties', 'Property', 'Homes', 'Shop', 'Blvd', 'Jr', 'Admissions', 'Office', 'Department', 'Pvt', 'Limited',
]);
/**
 * Firms and brands named after people, which read as a given and a family name: a
 * finding there is a false alarm in every market report.
 */
const FAMOUS_FIRMS: ReadonlySet<string> = new Set([
  'morgan stanley', 'goldman sachs', 'wells fargo', 'charles schwab', 'edward jones', 'raymond james', 'john deere',
  'walt disney', 'ralph lauren', 'calvin klein', 'tommy hilfiger', 'hugo boss', 'louis vuitton', 'christian dior',
  'estée lauder', 'marc jacobs', 'michael kors', 'kate spade', 'jack daniels', 'jack wolfskin', 'tom tailor',
  'harley davidson', 'rolls royce', 'aston martin', 'hewlett packard', 'dell technologies', 'johnson controls',
  'robert bosch', 'carl zeiss', 'axel springer', 'hermann hesse', 'ernst young',
  'baker mckenzie', 'freshfields bruckhaus', 'clifford chance', 'allen overy', 'marks spencer', 'tim hortons',
  'dunkin donuts', 'ben jerry', 'martin luther', 'percy jackson', 'harry potter', 'sherlock holmes',
]);

/** FAMOUS_FIRMS by first word, as written: looked up for every pair, so without building a string. */
const FAMOUS_BY_FIRST = (() => {
  const byFirst = new Map<string, Set<string>>();
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (const f of FAMOUS_FIRMS) {
    const [a, b] = f.split(' ');
    if (b === undefined) continue;
    let set = byFirst.get(cap(a));
    if (set === undefined) byFirst.set(cap(a), (set = new Set()));
    set.add(cap(b));
  }
  return byFirst;
})();

function famousFirm(a: string, b: string): boolean {
  const second = FAMOUS_BY_FIRST.get(a);
  return second !== undefined && second.has(b);
}

/** " & Co", " & Söhne", " AG", " GmbH" after a name: a firm; words with inner capitals, which `TOKEN_AT` does not read. */
const FIRM_AFTER = /^ (?:& |\+ |(?:AG|KG|KGaA|OHG|OG|UG|SE|LLC|LLP|PLC|Ltd|Pvt|Inc|Corp|GbR|eG|e\.\s?[VUK]\.|Co\.|g?GmbH|mbH|S\.A\.|SAS|S\.r\.l\.|B\.V\.|N\.V\.)(?![\w-]))/;

function placeOrFirmAfter(text: string, run: readonly Token[], last: number): boolean {
  const next = run[last + 1];
  if (next !== undefined && PLACE_OR_FIRM.has(next.word)) return true;
  return firmAfter(text, run[last].end);
}

/** A legal form or " & " right after `end`: "Weber GmbH", "Ashdown & Pembridge". */
export function firmAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  // Every legal form starts with a capital, "&", "+", "e.", "mbH" or "gGmbH".
  const c = text.charCodeAt(end + 1);
  if (!((c >= 65 && c <= 90) || c === 38 || c === 43 || c === 101 || c === 109 || c === 103)) return false;
  return FIRM_AFTER.test(text.slice(end, end + 10));
}

/**
 * Whether a legal form follows the run ("Stadtwerke Rheinhessen GmbH", "Deshpande
 * Precision Components Pvt. Ltd"): then no word of it is a person, even where context
 * (a label) would accept the first.
 */
function runIsFirm(text: string, run: readonly Token[]): boolean {
  return firmAfter(text, run[run.length - 1].end);
}

/** "Martin Luther King Jr Blvd": three or more words ending in a street or firm word name a place. */
function runIsPlace(run: readonly Token[]): boolean {
  return run.length >= 3 && PLACE_OR_FIRM.has(run[run.length - 1].word);
}

/** Closing formulas that are capitalised word pairs themselves ("Im Auftrag", "Kind Regards"). */
const SIGN_OFF_RUNS: ReadonlyMap<string, string> = new Map([['Im', 'Auftrag'], ['In', 'Vertretung'], ['Mit', 'Grüßen'], ['Best', 'Regards'], ['Kind', 'Regards'], ['Warm', 'Regards']]);

function signOffRun(run: readonly Token[]): boolean {
  return run.length >= 2 && SIGN_OFF_RUNS.get(run[0].word) === run[1].word;
}

/** A role noun in lower case right before `start` ("cardholder Giorgos Antoniadis"). */
function roleBefore(text: string, start: number): boolean {
  // The character before the word settles nearly every run: every role noun ends in r, t, n, e, d or y.
  const c = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 32 || !(c === 114 || c === 116 || c === 110 || c === 101 || c === 100 || c === 121)) return false;
  return APPOSITION_ROLES.has(wordBefore(text, start));
}

const SAINTS: ReadonlySet<string> = new Set(['Sankt', 'Saint', 'San', 'Santa', 'Santo', 'São', 'Sainte']);

/** "St. Pierre", "Sankt Augustin", "Saint Vincent": a saint's name is a place's or a church's. */
function saintBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  // The word before: "St." / "Ste." end in a dot, the others are capitalised words of three to five letters.
  let s = start - 2;
  if (text.charCodeAt(s) === 46) s--;
  const e = s + 1;
  while (s >= 0 && e - s <= 6 && isLetter(text.charCodeAt(s))) s--;
  const word = text.slice(s + 1, text.charCodeAt(e) === 46 ? e + 1 : e);
  return SAINT_WORDS.has(word) && (s < 0 || !isLetter(text.charCodeAt(s)));
}

const SAINT_WORDS: ReadonlySet<string> = new Set(['St.', 'Ste.', 'Sankt', 'Saint', 'San', 'Santa', 'São']);

/**
 * Weekday and month abbreviations, as dates and logs write them ("Thu Aug 15", "Date: Wed
 * Aug 14"); some are given names too ("Thu" is Vietnamese), so a pair with one as its
 * second word, or before a day number, is a date.
 */
const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Mär', 'Okt', 'Dez',
]);
/** Capitalised function words that start sentences and labels' values but never names. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Unser', 'Unsere', 'Ihr', 'Ihre',
  'Mein', 'Meine', 'Kein', 'Keine', 'Alle', 'Bitte', 'Siehe', 'The', 'An', 'This', 'That', 'Our', 'Your', 'See', 'Please',
  'None', 'Unknown', 'Unbekannt', 'Keiner', 'Nicht', 'Not', 'Test', 'Beispiel', 'Example', 'Sample', 'Max',
]);

/** Lower-case words after which a capitalised word is a noun or a thing, not a person. */
export const ARTICLES: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen',
  'keinem', 'keiner', 'mein', 'meine', 'dein', 'deine', 'sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere', 'euer',
  'eure', 'dieser', 'diese', 'dieses', 'diesen', 'jeder', 'jede', 'jedes', 'the', 'a', 'this', 'that', 'these',
  'those', 'my', 'your', 'our', 'their', 'its', 'in', 'im', 'nach', 'aus', 'from', 'at', 'am', 'zum', 'zur', 'vom',
]);
/** Words around a lone given name that make it a person ("mit Mehmet", "Priya said"). */
const BEFORE_SINGLE = new Set(['mit', 'an', 'für', 'bei', 'von', 'with', 'to', 'by', 'for', 'ask', 'tell', 'told', 'cc', 'thanks', 'danke', 'dank', 'und', 'and', 'hat', 'habe', 'hatte', 'ruf', 'call', 'ping', 'fragt', 'frag', 'frage', 'liebe', 'lieber', 'dear']);
const AFTER_SINGLE = new Set([
  'hat', 'ist', 'war', 'sagt', 'sagte', 'meint', 'meinte', 'schreibt', 'schrieb', 'kommt', 'kam', 'ruft', 'rief', 'wird',
  'kann', 'soll', 'möchte', 'will', 'und', 'said', 'says', 'has', 'had', 'is', 'was', 'wrote', 'writes', 'asked', 'thinks',
  'called', 'will', 'and', 'can', 'would', 'should', 'wants', 'mentioned',
]);
export const SIGN_OFF = /(?:grüßen?|grüssen?|gruß|gruss|regards|cheers|thanks|thank you|sincerely|best|danke|lg|vg|mfg|bg|ciao|tschüss|yours|wishes|take care|alles liebe|alles gute|hochachtungsvoll|im auftrag|in vertretung)[,.!]?\s*$/i;

/** ", Daniel!" closing a line that holds a thank-you or a greeting: the addressee. */
function vocative(text: string, t: Token): boolean {
  if (text[t.start - 2] !== ',' || text[t.start - 1] !== ' ') return false;
  let e = t.end;
  while (e < text.length && (text[e] === '!' || text[e] === '.' || text[e] === ' ' || text[e] === '\r')) e++;
  if (e < text.length && text[e] !== '\n') return false;
  // Look back a bounded stretch only: a 50 MB single line must not make this quadratic.
  const found = lineStartWithin(text, t.start, 80);
  const lineStart = found < 0 ? t.start - 80 : found;
  return /\b(?:thanks|thank you|danke|grüße|gruß|cheers|cu|bis bald|hallo|hi|hey|hello|morning|moin)\b/i.test(text.slice(lineStart, t.start));
}

/** Endings of English and German nouns and adjectives ("Components", "Summary", "Zahlung") that an unlisted family name rarely has. */
const WORD_LIKE = /(?:[^s]s|ment|tion|sion|ing|ary|ity|ness|ics|ure|ance|ence|ship|able|ible|ism|ive|ous|ful|less|ware|heit|keit|ung|schaft|lich|isch)$/;

interface Token {
  start: number;
  end: number;
  word: string;
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
}

export function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const end = i + 1;
  const stop = Math.max(-1, i - 24);
  while (i > stop && isLowerLetter(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

/** " und " or " and " right after `end`. */
function undAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const a = text.charCodeAt(end + 1);
  return (a === 117 && text.startsWith('und ', end + 1)) || (a === 97 && text.startsWith('and ', end + 1));
}

/** "Sophie K.": a family name's initial after a given name, where no capitalised word follows. */
function trailingInitialEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 2) !== 46) return end;
  const c = text.charCodeAt(end + 1);
  if (c < 65 || c > 90) return end;
  const n = text.charCodeAt(end + 4);
  // "Anna K. Weber" is read as a whole run elsewhere; "Anna K. Die" is a sentence.
  return text.charCodeAt(end + 3) === 32 && n >= 65 && n <= 90 ? end : end + 3;
}

function wordAfter(text: string, at: number): string {
  let i = at;
  if (text[i] !== ' ') return '';
  i++;
  const start = i;
  while (i < text.length && /[a-zäöüß]/.test(text[i])) i++;
  return text.slice(start, i);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** A character that glues a capitalised word into an identifier, a path or a mail address. */
export function isIdentifierChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 95 || code === 36 || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)
  );
}

function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  // Not after `@ # . / \ - '`: mail addresses, anchors, paths, property access, the second half of "Anna-Lena".
  return !isIdentifierChar(c) && c !== 64 && c !== 35 && c !== 46 && c !== 47 && c !== 92 && c !== 45 && c !== 39;
}

function tokenAt(text: string, i: number, end: number): Token | null {
  TOKEN_AT.lastIndex = i;
  // `test`, not `exec`: no match array for each of the many capitalised words in code.
  if (!TOKEN_AT.test(text)) return null;
  let e = TOKEN_AT.lastIndex;
  const c = text.charCodeAt(i);
  if (e > end || (!(c >= 65 && c <= 90) && !isUpper(text[i]))) return null;
  if (text.charCodeAt(e) === 45) e = lowerPartEnd(text, e, end);
  const next = text.charCodeAt(e);
  if (isIdentifierChar(next) || next === 40) return null;
  return { start: i, end: e, word: text.slice(i, e) };
}

/**
 * The end of a lower-case part after the hyphen at `dash` ("Hye-jin"), or `dash` when
 * none follows. In code rather than in `TOKEN_AT`: one more range there slows V8's quick
 * check on every capitalised word.
 */
function lowerPartEnd(text: string, dash: number, end: number): number {
  let e = dash + 1;
  while (e < end && isAsciiLower(text.charCodeAt(e))) e++;
  return e - dash >= 3 ? e : dash;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * An initial at `i`: a capital, a dot and a space before a further capital ("Frau M.
 * Schneider", "J. R. Tolkien"). Not the second half of a lower-case abbreviation
 * ("z. B. Weber", "i. A. Weber").
 */
function initialAt(text: string, i: number): Token | null {
  if (text.charCodeAt(i + 1) !== 46 || text.charCodeAt(i + 2) !== 32) return null;
  if (!isCapital(text.charCodeAt(i)) || !isCapital(text.charCodeAt(i + 3)) || !boundaryBefore(text, i)) return null;
  if (i >= 3 && text.charCodeAt(i - 2) === 46 && isLowerLetter(text.charCodeAt(i - 3)) && (i === 3 || !isLetter(text.charCodeAt(i - 4)))) return null;
  return { start: i, end: i + 2, word: text.slice(i, i + 2) };
}

/** Up to two initials right before a run's first word ("J. Harrington"), in text order. */
function initialsBefore(text: string, start: number): Token[] {
  const found: Token[] = [];
  let s = start;
  while (found.length < 2 && s >= 3 && text.charCodeAt(s - 1) === 32) {
    const t = initialAt(text, s - 3);
    if (t === null) break;
    found.unshift(t);
    s = t.start;
  }
  return found;
}

/** German academic degrees between "Dr." and the name: "Dr. med. Weber", "Dr. rer. nat. Klein". */
const DEGREE_AT = /(?:(?:med|dent|vet|phil|jur|iur|rer|nat|pol|oec|soc|theol|habil|h\. ?c)\. ){1,3}/y;

/** Where the next word of the same run may start: after one space, a name particle, a title's dot or a label's colon. */
function nextStart(text: string, t: Token): number {
  // The character after the word decides which rule can apply; most runs end here, so
  // the sets and the particle pattern are consulted only where that character allows them.
  const c = text.charCodeAt(t.end);
  if (c === 32) {
    // "Herr der Ringe": a particle joins names, never a salutation to what follows.
    const d = text.charCodeAt(t.end + 1);
    if (d >= 97 && d <= 122 && !TITLES.has(t.word) && !LABELS.has(t.word)) {
      PARTICLE_AT.lastIndex = t.end;
      if (PARTICLE_AT.test(text)) return PARTICLE_AT.lastIndex;
    }
    return t.end + 1;
  }
  if (c === 46) {
    if (text.charCodeAt(t.end + 1) !== 32 || !TITLES.has(t.word)) return -1;
    DEGREE_AT.lastIndex = t.end + 2;
    return DEGREE_AT.test(text) ? DEGREE_AT.lastIndex : t.end + 2;
  }
  if (c === 58 && text.charCodeAt(t.end + 1) === 32 && LABELS.has(t.word) && !TITLES.has(t.word)) return t.end + 2;
  return -1;
}

function readRun(text: string, start: number, end: number): Token[] {
  let t = tokenAt(text, start, end);
  const run: Token[] = t ? initialsBefore(text, start) : [];
  while (t && run.length < 8) {
    run.push(t);
    const next = nextStart(text, t);
    t = next < 0 ? null : tokenAt(text, next, end) ?? (next + 3 < end ? initialAt(text, next) : null);
  }
  return run;
}

type ContextKind = 'title' | 'label' | 'greeting' | 'sign-off' | 'family' | 'role' | undefined;

/** Salutations that stand alone on the line above a name in a letter's address block ("Herrn\nJan Weber"). */
const ADDRESS_TITLES: ReadonlySet<string> = new Set([
  'Herrn', 'Herr', 'Frau', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mr.', 'Mrs.', 'Ms.', 'Familie', 'Eheleute',
  // German signatures by proxy: the signer's family name stands alone below.
  'Im Auftrag', 'In Vertretung', 'i. A.', 'i. V.', 'i.A.', 'i.V.',
]);

/** Whether `start` begins a line whose previous line holds only a salutation. */
function titleLineBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 1 || text.charCodeAt(i) !== 10) return false;
  let e = i;
  if (text.charCodeAt(e - 1) === 13) e--;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const s = lineStartWithin(text, e, 16);
  if (s < 0) return false;
  let b = s;
  while (b < e && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b++;
  return e - b >= 2 && ADDRESS_TITLES.has(text.slice(b, e));
}

/**
 * A mail address in angle brackets right after `end` ("Chen Haoran <haoran.chen@…>"):
 * the words before it are its owner's display name. Not for robots' addresses.
 */
function mailAddressAfter(text: string, end: number): boolean {
  return mailOwnerAfter(text, end) === 'person';
}

/** Whose mail address stands in angle brackets right after `end`: a person's, a robot's or none. */
function mailOwnerAfter(text: string, end: number): 'person' | 'robot' | undefined {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 60) return undefined;
  const close = text.indexOf('>', end + 2);
  if (close < 0 || close - end > 90) return undefined;
  const address = text.slice(end + 2, close);
  if (address.indexOf('@') <= 0 || /\s/.test(address)) return undefined;
  return /no-?reply|bot|notification|mailer|support|info@|admissions|office|team|service/i.test(address) ? 'robot' : 'person';
}

function signOffBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return false;
  if (text[i] === '\n') {
    const lineStart = i + 1;
    let prevEnd = lineStart - 1;
    if (prevEnd > 0 && text[prevEnd - 1] === '\r') prevEnd--;
    const prevStart = lineStartWithin(text, prevEnd, 60);
    return SIGN_OFF.test(text.slice(prevStart < 0 ? prevEnd - 60 : prevStart, prevEnd));
  }
  if (text[i] !== ',' && text[i] !== '!') return false;
  // A same-line sign-off ("Liebe Grüße, Zeynep") is short: the line must start within 40 characters.
  const lineStart = lineStartWithin(text, start, 40);
  return lineStart >= 0 && SIGN_OFF.test(text.slice(lineStart, start));
}

/**
 * The start of the line holding `pos` if it lies at most `limit` characters back, else
 * -1. Bounded on purpose: an unbounded search per word is quadratic on a 50 MB line.
 */
function lineStartWithin(text: string, pos: number, limit: number): number {
  const stop = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop === 0 ? 0 : -1;
}

function isKnown(lists: NameLists, word: string): boolean {
  return lists.first.has(word) || lists.last.has(word);
}

/**
 * Whether `word` is in a name list as written or, with its accents dropped, as the lists
 * mostly spell it ("Ciarán", "Tomás", "Inês" are listed as Ciaran, Tomas, Ines).
 */
function listedIn(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) plain = word.charCodeAt(i) < 0xc0;
  return !plain && set.has(withoutAccents(word));
}

/** Folded spellings, kept: data files repeat the same accented words thousands of times. */
const folded = new Map<string, string>();

function withoutAccents(word: string): string {
  let plain = folded.get(word);
  if (plain === undefined) {
    plain = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded.size > 4096) folded.clear();
    folded.set(word, plain);
  }
  return plain;
}

function isAmbiguous(lists: NameLists, word: string): boolean {
  return lists.common.has(word.toLowerCase());
}

/** `WORD_LIKE` without the plural ending, which many names have ("Giorgos", "Evans"): only where context already says "a name follows". */
export const NOUN_LIKE = /(?:ment|tion|sion|ing|ary|ity|ness|ics|ure|ance|ence|ship|able|ible|ism|ive|ous|ful|less|ware|heit|keit|ung|schaft|lich|isch|ss)$/;

/** A capitalised word that may be a name missing from the lists: not a noun by its ending, no place, no role. */
function unlistedName(lists: NameLists, t: Token): boolean {
  const w = t.word;
  return w.length >= 2 && !NOUN_LIKE.test(w) && !ROLES.has(w) && !FUNCTION_WORDS.has(w) && !LABELS.has(w) && !TITLES.has(w) &&
    !PLACE_OR_FIRM.has(w) && !lists.places.has(w.toLowerCase());
}

/**
 * "Hello Siddharth," at the start of a line: a greeting followed by one word and a comma
 * or a line end addresses a person even when the name is not listed.
 */
function greetedName(text: string, run: readonly Token[], head: Token, lists: NameLists): boolean {
  if (run.length !== 2 || !GREETINGS.has(run[0].word) || head.word.length < 3 || !unlistedName(lists, head)) return false;
  const after = text.charCodeAt(head.end);
  if (after !== 44 && after !== 33 && after !== 10 && after !== 13 && !Number.isNaN(after)) return false;
  const g = run[0].start;
  return g === 0 || text.charCodeAt(g - 1) === 10 || (text.charCodeAt(g - 1) === 32 && (g < 2 || text.charCodeAt(g - 2) === 10));
}

/** "M." in "Frau M. Schneider", "Emily R. Hartman": a word that stands for a name without being one. */
function isInitial(t: Token): boolean {
  return t.word.length === 2 && t.word.charCodeAt(1) === 46;
}

/** The index of the first word after leading initials, or -1 when there are only initials. */
function afterInitials(names: readonly Token[], from: number): number {
  let h = from;
  while (h < names.length && isInitial(names[h])) h++;
  return h < names.length && h - from <= 2 ? h : -1;
}

/**
 * A hyphenated given name whose first part is a given name ("Kai-Uwe", "Hans-Jürgen"):
 * the lists hold few of the many combinations. Weaker than a listed one, so the first
 * part may be a word too ("Kai"); a noun as the second part makes a compound instead.
 */
function hyphenatedGiven(lists: NameLists, w: string): boolean {
  const dash = w.indexOf('-');
  if (dash < 2 || !isUpper(w[dash + 1]) || WORD_LIKE.test(w)) return false;
  return lists.first.has(w.slice(0, dash));
}

function isGiven(lists: NameLists, w: string): boolean {
  return listedIn(lists.first, w) || hyphenatedGiven(lists, w);
}

function knownName(lists: NameLists, w: string): boolean {
  return isKnown(lists, w) || hyphenatedGiven(lists, w);
}

/** Korean family names in their usual romanisations. */
const KOREAN_FAMILY: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Yi', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang',
  'Chang', 'Lim', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Yu', 'Hong', 'Jeon', 'Ko',
  'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Min', 'Ryu',
  'Jin', 'Byun', 'Chun',
]);
/** One romanised Korean syllable (consonants, vowels, an optional final): "hye", "jin", "seong". */
const KO_SYLLABLE = '[gkndtrlmbpsjchwy]{0,3}[aeiouy]{1,3}(?:ng|[knlmpt])?';
/**
 * A Korean given name as two hyphenated syllables: "Hye-jin", "Jae-in", "In-ho". English
 * compounds mostly fail the syllable shape ("Check-in", "Log-in", "Sign-up").
 */
const KOREAN_GIVEN = new RegExp(`^${KO_SYLLABLE}-${KO_SYLLABLE}$`, 'i');

function koreanGiven(w: string): boolean {
  // The hyphen first: nearly every word has none, and the pattern is dearer.
  const dash = w.indexOf('-');
  return dash > 0 && dash <= 5 && w.length <= 12 && isAsciiLower(w.charCodeAt(dash + 1)) && KOREAN_GIVEN.test(w);
}

/**
 * Vietnamese family names, which stand before the middle and given names. "Le", "Ho"
 * and "Do" only with their marks: plain, they are French and English words.
 */
const VIET_FAMILY: ReadonlySet<string> = new Set([
  'Nguyen', 'Nguyễn', 'Tran', 'Trần', 'Pham', 'Phạm', 'Hoang', 'Hoàng', 'Huynh', 'Huỳnh', 'Phan', 'Vu', 'Vũ', 'Vo', 'Võ',
  'Dang', 'Đặng', 'Bui', 'Bùi', 'Ngo', 'Ngô', 'Duong', 'Dương', 'Dinh', 'Đinh', 'Truong', 'Trương', 'Doan', 'Đoàn', 'Trinh', 'Trịnh', 'Luong', 'Lương',
  'Lê', 'Hồ', 'Đỗ', 'Lý',
]);
/** The middle names that most Vietnamese names carry ("Nguyen Van Duc", "Tran Thi Mai"). */
const VIET_MIDDLE: ReadonlySet<string> = new Set(['Van', 'Văn', 'Thi', 'Thị']);

/** A word that may continue a name whose first words already say "person": no place, firm, role, noun or function word. */
function nameContinues(lists: NameLists, t: Token): boolean {
  return !isInitial(t) && (unlistedName(lists, t) || (knownName(lists, t.word) && !isAmbiguous(lists, t.word)));
}

/**
 * Chinese family names in pinyin, without those that are English or German words as
 * well ("Long", "Fan", "Du", "He", "Ma", "Sun").
 */
const CHINESE_FAMILY: ReadonlySet<string> = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Zhu', 'Hu', 'Guo', 'Lin', 'Gao',
  'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Cai',
  'Jiang', 'Yu', 'Cheng', 'Wei', 'Shen', 'Yao', 'Cui', 'Zhong', 'Jin', 'Shi', 'Liao', 'Jia', 'Xia', 'Zou', 'Meng',
  'Xiong', 'Qin', 'Qiu', 'Yin', 'Xue', 'Duan', 'Hou', 'Shao', 'Hao', 'Kong', 'Qian', 'Mao', 'Lai', 'Wen', 'Kang', 'Lu',
  'Lyu', 'Ren', 'Su', 'Ye', 'Pan', 'Fu', 'Zhan', 'Cheung', 'Leung', 'Wong', 'Chan', 'Ng', 'Tsang', 'Chow', 'Lam',
]);

/** One pinyin syllable without tone marks: an optional initial and a final. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ü)';
/** A given name of one or two pinyin syllables ("Xiaoyu", "Haoran", "Jiahui", "Fang"). */
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, 'i');

function pinyinGiven(lists: NameLists, w: string): boolean {
  return w.length >= 2 && w.length <= 12 && PINYIN_GIVEN.test(w) && !lists.common.has(w.toLowerCase()) && !lists.places.has(w.toLowerCase()) && !PLACE_OR_FIRM.has(w) && !FUNCTION_WORDS.has(w);
}

/**
 * Names written family name first or shaped by their origin, which the given-name-first
 * rule misses: "Nguyen Van Duc", "Park Ji-sung", "Hye-jin Park" (where "Park" is no
 * park). Returns the index of the name's last word, or -1.
 */
function familyFirstEnd(lists: NameLists, names: readonly Token[], k: number, trusted = false): number {
  const a = names[k];
  const b = names[k + 1];
  if (b === undefined) return -1;
  if (koreanGiven(a.word) ? KOREAN_FAMILY.has(b.word) : koreanGiven(b.word) && KOREAN_FAMILY.has(a.word)) return k + 1;
  if (CHINESE_FAMILY.has(a.word) && pinyinGiven(lists, b.word) && !isInitial(b)) return k + 1;
  if (!VIET_FAMILY.has(a.word)) return -1;
  const middle = VIET_MIDDLE.has(b.word);
  // After a salutation or a label, any name-like word may follow the family name ("Mr. Phạm Quốc Huy").
  if (!middle && !(lists.first.has(b.word) && !isAmbiguous(lists, b.word)) && !(trusted && nameContinues(lists, b))) return -1;
  let last = k + 1;
  while (last + 1 < names.length && last - k < 3 && nameContinues(lists, names[last + 1])) last++;
  // "Nguyen Van" alone may be a family name and a Dutch particle.
  return middle && last === k + 1 ? -1 : last;
}

interface PairJudgement {
  /** The index of the name's last word. */
  last: number;
  strong: boolean;
  /** The words name a place or a firm ("Anna Weber GmbH"): no finding, resume after `last`. */
  place: boolean;
}

/**
 * A given name at `names[k]` and a family name after it, past one middle initial
 * ("Emily R. Hartman"). `strict` after an article: only an unmistakable pair counts.
 */
function givenNamePair(text: string, lists: NameLists, names: readonly Token[], k: number, strict: boolean): PairJudgement | undefined {
  const a = names[k];
  let bi = k + 1;
  if (bi < names.length - 1 && isInitial(names[bi])) bi++;
  const b = names[bi];
  if (b === undefined || isInitial(b) || !isGiven(lists, a.word)) return undefined;
  if (DATE_ABBREVIATIONS.has(b.word) || (DATE_ABBREVIATIONS.has(a.word) && isDigit(text.charCodeAt(b.end + 1)))) return undefined;
  // A hyphenated given name that the lists lack counts like an ambiguous one: only before a listed family name.
  // Listed only without its accents ("Ciarán" as Ciaran), a given name needs a listed family name too: "Malá" is a street's adjective as often.
  const aAmbiguous = isAmbiguous(lists, a.word) || !lists.first.has(a.word);
  const bListed = listedIn(lists.last, b.word);
  const bKnownLast = bListed && !isAmbiguous(lists, b.word);
  const bPlausible = bListed || (!isAmbiguous(lists, b.word) && !WORD_LIKE.test(b.word));
  if (famousFirm(a.word, b.word)) return undefined;
  // After an article or "in" only an unmistakable pair counts ("in Ananya Iyer" yes, "die Rose Blume" no).
  const place = PLACE_OR_FIRM.has(b.word) || lists.placePhrases.has(`${a.word} ${b.word}`.toLowerCase());
  const allowed = place ? false : strict ? !aAmbiguous && bKnownLast : (aAmbiguous && bKnownLast) || (!aAmbiguous && bPlausible);
  if (!allowed) return undefined;
  let last = bi;
  while (last + 1 < names.length && last - k < 3 && lists.last.has(names[last + 1].word) && !isAmbiguous(lists, names[last + 1].word)) last++;
  return { last, strong: bKnownLast || (lists.last.has(b.word) && !aAmbiguous), place: placeOrFirmAfter(text, names, last) };
}

/** Judges one run of capitalised tokens; yields the name spans in it. */
function judgeRun(text: string, run: Token[], lists: NameLists, out: Candidate[]): void {
  if (run.length === 0) return;
  // A salutation or label inside a run starts a new one: "Laut Dr. Rahimi", "Kündigung von Frau Aydın".
  for (let j = 1; j < run.length - 1; j++) {
    if (TITLES.has(run[j].word) || (LABELS.has(run[j].word) && text[run[j].end] === ':')) {
      judgeRun(text, run.slice(0, j), lists, out);
      judgeRun(text, run.slice(j), lists, out);
      return;
    }
  }
  let i = 0;
  let context: ContextKind;
  // Leading salutations, labels and greetings set the context; what follows is the name.
  while (i < run.length - 1) {
    const w = run[i].word;
    if (TITLES.has(w)) context = 'title';
    else if (FAMILY_WORDS.has(w)) context = 'family';
    else if (LABELS.has(w) && text[run[i].end] === ':') context = 'label';
    else if (GREETINGS.has(w) && i === 0) context = 'greeting';
    // "Tante Gisela", "Detective Harris": as after a greeting, only a listed name counts.
    else if (KIN_AND_RANKS.has(w)) context ??= 'greeting';
    else break;
    i++;
  }
  if (context === undefined && i === 0) {
    // Context that stands outside the run: a salutation alone on the line above (the
    // address block of a letter), a capitalised role noun in apposition ("Manager
    // DeShawn Carter"). Both are told by a character or two in nearly every run.
    if (titleLineBefore(text, run[0].start)) context = 'title';
    // With one word after the role it must be a given name: "Pfleger Tomasz", not "Customer Care".
    else if (CAPITALISED_ROLES.has(run[0].word) && (run.length >= 3 || (run.length === 2 && listedIn(lists.first, run[1].word) && !isAmbiguous(lists, run[1].word)))) {
      context = 'role';
      i = 1;
    }
  }
  if (context === undefined) {
    // Without a salutation, label or greeting only a listed name can make a finding (a
    // sign-off's name or a given name), so a run without one ends here, before the
    // sign-off look-back; unless it is a display name before a mail address or follows
    // a role noun in lower case ("cardholder Giorgos Antoniadis"), which vouch for
    // unlisted names (checked only here: most runs hold a listed word).
    let listed = false;
    for (let j = i; j < run.length && !listed; j++) listed = isKnown(lists, run[j].word);
    if (!listed && i === 0 && run.length >= 2 && (mailAddressAfter(text, run[run.length - 1].end) || roleBefore(text, run[0].start))) context = 'label';
    else if (!listed) return;
  }
  if (context === undefined) {
    // After a rank only a listed name counts, as after a greeting: "PC Market" is a market.
    if (i === 0 && roleBefore(text, run[0].start) && run.length >= 2) context = 'label';
    else if (i === 0 && rankBefore(text, run[0].start)) context = 'greeting';
    else if (i === 0 && signOffBefore(text, run[0].start)) context = 'sign-off';
  }
  const names = run.slice(i);
  if (names.length === 0) return;
  if (runIsFirm(text, run) || saintBefore(text, run[0].start) || SAINTS.has(run[0].word) || runIsPlace(run) || signOffRun(run)) return;
  // "From: Build Bot <noreply@…>": the display name of a robot's or an office's mailbox.
  if (text.charCodeAt(run[run.length - 1].end) === 32 && mailOwnerAfter(text, run[run.length - 1].end) === 'robot') return;
  if (context !== undefined) judgeInContext(text, names, context, run, lists, out);
  else judgeWithoutContext(text, names, lists, out);
}

/** The name after a salutation, label, greeting or sign-off: listed or not, depending on how sure the context is. */
function judgeInContext(text: string, names: Token[], context: Exclude<ContextKind, undefined>, run: readonly Token[], lists: NameLists, out: Candidate[]): void {
  const h = afterInitials(names, 0);
  if (h < 0) return;
  const head = names[h];
  if (ROLES.has(head.word) || TITLES.has(head.word)) return;
  if (FUNCTION_WORDS.has(head.word)) return;
  const known = knownName(lists, head.word);
  const nextKnown = names.length > h + 1 && lists.last.has(names[h + 1].word);
  if (context === 'label' && !known && !nextKnown && !(names.length >= h + 2 && unlistedName(lists, head) && unlistedName(lists, names[h + 1]))) return;
  if (context === 'role' && !known && !nextKnown) return;
  // "Familie Hödl" yes, "Familie Zusammenhalt" no: an unlisted word must not read as a noun.
  if (context === 'family' && !known && (!unlistedName(lists, head) || WORD_LIKE.test(head.word) || isAmbiguous(lists, head.word))) return;
  // Names written family name first ("Dr. Chen Haoran", "Author: Trần Văn Minh"): the context vouches for the shape.
  const familyFirst = context === 'greeting' || context === 'sign-off' ? -1 : familyFirstEnd(lists, names, h, true);
  if (familyFirst >= 0) {
    out.push({ start: names[0].start, end: names[familyFirst].end, confidence: context === 'title' ? 0.85 : 0.8, note: `${context} context, family name first` });
    judgeRun(text, names.slice(familyFirst + 1), lists, out);
    return;
  }
  if (context === 'greeting' && !known && names.length === 1 && greetedName(text, run, head, lists)) {
    out.push({ start: head.start, end: head.end, confidence: 0.7, note: 'greeting context' });
    return;
  }
  if ((context === 'greeting' || context === 'sign-off') && (!known || (isAmbiguous(lists, head.word) && names.length === h + 1))) return;
  if (context === 'greeting' && PLACE_OR_FIRM.has(head.word)) return;
  let last = h;
  // A further word belongs to the name only when it is one: "Frau Schmidt Bescheid geben" stops at Schmidt.
  while (last + 1 < names.length && last - h < 3) {
    // A middle initial joins when a family name follows it: "Anna B. Schmidt".
    const n = isInitial(names[last + 1]) && last + 2 < names.length ? last + 2 : last + 1;
    const next = names[n].word;
    if (isInitial(names[n]) || PLACE_OR_FIRM.has(next)) break;
    if (lists.last.has(next) || (lists.first.has(next) && lists.first.has(names[last].word))) last = n;
    else if (isGiven(lists, head.word) && last === h && !isAmbiguous(lists, next)) last = n;
    else break;
  }
  if (placeOrFirmAfter(text, names, last)) return;
  const end = last > h ? names[last].end : context === 'label' ? invertedGivenEnd(text, head, lists) : head.end;
  const confidence = context === 'title' ? 0.85 : 0.8;
  out.push({ start: names[0].start, end, confidence, note: `${context} context` });
  judgeRun(text, names.slice(last + 1), lists, out);
}

/**
 * "Name: Krüger, Heinz": a listed family name after a label, then a comma and a listed
 * given name, is one name written family name first. Returns the end of the name.
 */
function invertedGivenEnd(text: string, family: Token, lists: NameLists): number {
  if (text.charCodeAt(family.end) !== 44 || text.charCodeAt(family.end + 1) !== 32 || !lists.last.has(family.word)) return family.end;
  const given = tokenAt(text, family.end + 2, text.length);
  if (given === null || !lists.first.has(given.word) || isAmbiguous(lists, given.word)) return family.end;
  return given.end;
}

/** Names without context words: a given name and a family name, initials and a family name, family-name-first names. */
function judgeWithoutContext(text: string, names: readonly Token[], lists: NameLists, out: Candidate[]): void {
  const before = wordBefore(text, names[0].start);
  const afterArticle = ARTICLES.has(before);
  let k = 0;
  while (k < names.length) {
    const a = names[k];
    if (isInitial(a)) {
      k = initialsName(text, names, k, lists, afterArticle, out);
      continue;
    }
    const family = familyFirstEnd(lists, names, k);
    if (family >= 0) {
      if (!placeOrFirmAfter(text, names, family)) out.push({ start: a.start, end: names[family].end, confidence: 0.8, note: 'family name and given name' });
      k = family + 1;
      continue;
    }
    const pair = givenNamePair(text, lists, names, k, k === 0 && afterArticle);
    if (pair !== undefined) {
      if (!pair.place) out.push({ start: a.start, end: names[pair.last].end, confidence: pair.strong ? 0.85 : 0.7, note: pair.strong ? 'given name and family name' : 'given name and capitalised word' });
      k = pair.last + 1;
      continue;
    }
    // One given name alone, or the last word of a run whose words before it made no name ("Hochzeit Chiara und Luca").
    // The list lookups first: this runs for the last word of nearly every run.
    if ((names.length === 1 || k === names.length - 1) && !(afterArticle && k === 0) && lists.first.has(a.word) && !LABELS.has(a.word) && !isAmbiguous(lists, a.word) && !lists.places.has(a.word.toLowerCase()) &&
      (names.length === 1 || (undAfter(text, a.end) && !famousFirm(names[k - 1].word, a.word)))) {
      const after = wordAfter(text, a.end);
      if ((k === 0 && (BEFORE_SINGLE.has(before) || KIN_BEFORE.has(before) || vocative(text, a))) || AFTER_SINGLE.has(after)) {
        out.push({ start: a.start, end: trailingInitialEnd(text, a.end), confidence: 0.6, note: 'given name with a verb or preposition' });
      }
    }
    k++;
  }
}

/**
 * Initials before a name: "J. Harrington" (a listed family name) or "J. Robert
 * Oppenheimer" (a given-name pair). Returns the index to resume at.
 */
function initialsName(text: string, names: readonly Token[], k: number, lists: NameLists, afterArticle: boolean, out: Candidate[]): number {
  const m = afterInitials(names, k);
  if (m < 0) return names.length;
  const pair = givenNamePair(text, lists, names, m, afterArticle && k === 0);
  if (pair !== undefined) {
    if (!pair.place) out.push({ start: names[k].start, end: names[pair.last].end, confidence: pair.strong ? 0.85 : 0.7, note: 'initials and name' });
    return pair.last + 1;
  }
  const w = names[m].word;
  // "by J. Abernathy": after "by" initials vouch for an unlisted family name too.
  const byline = k === 0 && wordBefore(text, names[k].start) === 'by' && unlistedName(lists, names[m]) && !WORD_LIKE.test(w);
  if (!afterArticle && ((lists.last.has(w) && !isAmbiguous(lists, w)) || byline) && !placeOrFirmAfter(text, names, m)) {
    out.push({ start: names[k].start, end: names[m].end, confidence: 0.7, note: 'initials and family name' });
    return m + 1;
  }
  return m;
}

/**
 * Per UTF-16 code unit below 0x180: bit 1 = may start a capitalised word (the `UPPER`
 * ranges), bit 2 = glues a following word into an identifier, path, address or
 * hyphenation (what `boundaryBefore` rejects), bit 4 = a `LOWER` letter. A table lookup
 * per character instead of a regex attempt per capital letter: in code nearly every
 * capital is inside a camelCase identifier and is ruled out by the character before it.
 */
const CLASS_LIMIT = 0x1f00;
const CHAR_CLASS = (() => {
  const t = new Uint8Array(CLASS_LIMIT);
  const set = (from: number, to: number, bit: number) => { for (let c = from; c <= to; c++) t[c] |= bit; };
  set(65, 90, 1);
  set(0xc0, 0xde, 1);
  set(0x100, 0x24f, 1);
  set(97, 122, 4);
  set(0xdf, 0x24f, 4);
  set(0x1e00, 0x1eff, 5);
  for (let c = 0; c < CLASS_LIMIT; c++) if (isIdentifierChar(c) || c === 64 || c === 35 || c === 46 || c === 47 || c === 92 || c === 45 || c === 39) t[c] |= 2;
  return t;
})();

/**
 * The first position in `[from, end)` that holds a capital letter with a word boundary
 * before it (`boundaryBefore`) and at least one lower-case letter after it; with
 * `pairs`, only where that word is followed by a space or a hyphen (the shape `PAIR_AT`
 * needs). -1 if none. Scanning for these and running the sticky regex only there is
 * equivalent to a global regex with the boundary checked in code, without one regex
 * attempt per capital letter. A plain loop, no callback: it stays optimised.
 */
function nextWordStart(text: string, from: number, end: number, pairs: boolean): number {
  const cls = CHAR_CLASS;
  const prev = from > 0 ? text.charCodeAt(from - 1) : 32;
  let glued = prev < CLASS_LIMIT && (cls[prev] & 2) !== 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < CLASS_LIMIT ? cls[c] : 0;
    if ((k & 1) !== 0 && !glued) {
      let j = i + 1;
      let d = j < end ? text.charCodeAt(j) : 0;
      let divide = false; // "÷" is in the LOWER range but glues nothing: no skipping over it
      while (j < end && d < CLASS_LIMIT && (cls[d] & 4) !== 0) {
        if (d === 0xf7) divide = true;
        d = ++j < end ? text.charCodeAt(j) : 0;
      }
      if (j > i + 1 && (!pairs || d === 32 || d === 45)) return i;
      if (j > i + 1 && !divide) {
        // Positions inside the run are lower-case letters (glue); resume at its last one.
        i = j - 1;
        glued = true;
        continue;
      }
    }
    glued = (k & 2) !== 0;
  }
  return -1;
}

/** A lower-case letter as `PAIR_END` reads one ("ı" in "Yılmaz" too). */
function isPairLower(c: number): boolean {
  return c < CLASS_LIMIT && (CHAR_CLASS[c] & 4) !== 0;
}

/**
 * The end of every `PAIR_AT` match: a lower-case letter, one space, a capital and a
 * lower-case letter. Natively scanned, this finds the few places where two capitalised
 * words can meet several times faster than visiting each character in a loop; the
 * match starts are then found by walking back from each.
 */
const PAIR_END = /[a-z\u00DF-\u024F\u1E00-\u1EFF] [A-Z\u00C0-\u024F\u1E00-\u1EFF][a-z\u00DF-\u024F\u1E00-\u1EFF]/g;
const PARTICLES = new Set(PARTICLE_WORDS.split('|'));
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((w) => w.length));
/** How far back from a pair's end its first word may start (two words, two particles). */
const PAIR_REACH = 256;

/**
 * Pushes every capital at which a `PAIR_AT` match ending with the space after `h` could
 * start: the capitalised word (or hyphenated word) ending at `h`, or, where the word
 * ending at `h` is a name particle after a space, the candidates before it (two at most).
 */
/** The length of a "De", "La", "Le", "Di", "Mc" or "Mac" before the capital at `p` that `TOKEN_AT` reads as part of one word, or 0. */
function innerCapitalPrefix(text: string, p: number, floor: number): number {
  if (p - 2 < floor) return 0;
  const a = text.charCodeAt(p - 2);
  const b = text.charCodeAt(p - 1);
  if (a === 77 && b === 99) return 2; // Mc
  if (a === 97 && b === 99 && p - 3 >= floor && text.charCodeAt(p - 3) === 77) return 3; // Mac
  if ((a === 68 && (b === 101 || b === 105)) || (a === 76 && (b === 97 || b === 101))) return 2; // De Di La Le
  return 0;
}

function pairStartsBefore(text: string, h: number, floor: number, depth: number, out: number[]): void {
  const cls = CHAR_CLASS;
  let p = h;
  let hyphens = 0;
  while (p >= floor) {
    const c = text.charCodeAt(p);
    const k = c < CLASS_LIMIT ? cls[c] : 0;
    if ((k & 1) !== 0 && p < h) out.push(p);
    if ((k & 4) !== 0) {
      p--;
      continue;
    }
    if ((k & 1) !== 0) {
      // The word starts at this capital, unless it is the second half of "Anna-Lena".
      if (hyphens === 0 && p > floor && text.charCodeAt(p - 1) === 45) {
        hyphens++;
        p -= 2;
        continue;
      }
      // Or the inner capital of "DeShawn", "LaToya", "McAllister": the word starts two or three letters earlier.
      const prefix = innerCapitalPrefix(text, p, floor);
      if (prefix > 0) out.push(p - prefix);
      break;
    }
    if (c === 45 && hyphens === 0) {
      hyphens++;
      p--;
      continue;
    }
    break;
  }
  if (depth < 2 && p >= floor && h - p <= PARTICLE_MAX && text.charCodeAt(p) === 32 && PARTICLES.has(text.slice(p + 1, h + 1))) {
    pairStartsBefore(text, p - 1, floor, depth + 1, out);
  }
}

/**
 * The last region's pair findings: the mention pass (personMentions.ts) runs over the same
 * whole-input regions right after this detector and reuses them instead of judging again.
 */
let pairsText: string | undefined;
const pairsByRegion = new Map<string, Candidate[]>();

function rememberPairs(text: string, start: number, end: number, out: Candidate[]): void {
  if (pairsText !== text) {
    pairsText = text;
    pairsByRegion.clear();
  }
  pairsByRegion.set(`${start}:${end}`, out);
}

/** The pair findings of `[start, end)`, from the pass that just ran or computed now. */
export function namePairsIn(text: string, start: number, end: number): readonly Candidate[] {
  if (pairsText === text) {
    const key = `${start}:${end}`;
    const out = pairsByRegion.get(key);
    if (out !== undefined) {
      pairsByRegion.delete(key);
      // Emptied, the cache lets go of the text too.
      if (pairsByRegion.size === 0) pairsText = undefined;
      return out;
    }
  }
  return findNamePairs(text, start, end);
}

/** Names seeded by two capitalised words in a row, over the whole input. */
export function findNamePairs(text: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const starts: number[] = [];
  const published = namePairStarts(text);
  if (published) {
    // The same places as the pattern below finds: every match, in order, within [start, end).
    const at = published.starts;
    let k = firstAtOrAfter(at, published.count, start);
    for (; k < published.count && at[k] + 4 <= end; k++) {
      const h = at[k];
      pairStartsBefore(text, h, Math.max(start, h - PAIR_REACH), 0, starts);
    }
  } else {
    const slice = start === 0 && end === text.length ? text : text.slice(start, end);
    PAIR_END.lastIndex = 0;
    // `test`, not `exec`: no match array per hit. Every match is four code units long.
    while (PAIR_END.test(slice)) {
      const index = PAIR_END.lastIndex - 4;
      const h = start + index;
      pairStartsBefore(text, h, Math.max(start, h - PAIR_REACH), 0, starts);
      // The capital of this match may end the next pair's first word: "Anna Maria Schmidt".
      PAIR_END.lastIndex = index + 2;
    }
  }
  rememberPairs(text, start, end, out);
  if (starts.length === 0) return out;
  starts.sort((x, y) => x - y);
  // In text order, exactly as a global PAIR regex with the boundary checked in code would go.
  let cursor = start;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i];
    if (at < cursor || (i > 0 && at === starts[i - 1])) continue;
    if (!boundaryBefore(text, at)) continue;
    PAIR_AT.lastIndex = at;
    if (!PAIR_AT.test(text) || PAIR_AT.lastIndex > end) continue;
    const run = readRun(text, at, end);
    if (run.length === 0) continue;
    // The lists are split on first need only: a paste without two capitalised words in a row never pays for it.
    judgeRun(text, run, nameLists(), out);
    cursor = run[run.length - 1].end;
  }
  return out;
}

/** Names in the window around a context keyword (labels, sign-offs, "mit", "said"), one word suffices there. */
export function findPersons(text: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  let at = start;
  while ((at = nextWordStart(text, at, end, false)) >= 0) {
    ANY_TOKEN_AT.lastIndex = at;
    const run = ANY_TOKEN_AT.test(text) && ANY_TOKEN_AT.lastIndex <= end ? readRun(text, at, end) : [];
    if (run.length === 0) {
      at++;
      continue;
    }
    // Two words joined by a space seed the whole-input detector, which judges this run the same way.
    if (!(run.length >= 2 && !isInitial(run[0]) && text[run[0].end] === ' ' && isPairLower(text.charCodeAt(run[1].start + 1)))) judgeRun(text, run, nameLists(), out);
    at = run[run.length - 1].end;
  }
  return out;
}

export const personName: Detector = {
  id: 'person-name',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name',
  keywords: [],
  find: findNamePairs,
  namePairs: true,
  confidence: 0.7,
  maxLength: 80,
};

/**
 * Context keywords that count only as (part of) a capitalised word: salutations ("Dr.",
 * "Ms.") and labels ("Name:", "Vorname", "Customer"), which the judging code accepts only
 * capitalised. In code they mostly hit inside identifiers ("params.", "fileName:",
 * "customerId"), where no salutation or label can stand.
 */
const CAPITALISED_KEYWORDS = new Set([
  'dr.', 'prof.', 'hr.', 'fr.', 'mr.', 'mrs.', 'ms.', 'mr ', 'mrs ', 'herr', 'frau', 'name:', 'kunde:', 'kundin:', 'ansprechpartner', 'mitarbeiter',
  'patient', 'inhaber', 'absender', 'bearbeiter', 'verfasser', 'autor', 'author', 'customer', 'client:', 'contact:',
  'kontakt:', 'employee', 'applicant', 'owner:', 'holder:', 'tenant', 'mieter', 'student', 'candidate', 'recipient',
  'sender', 'assignee', 'reviewer', 'bewerber', 'teilnehmer', 'versicherte', 'antragsteller', 'empf', 'vorname',
  'nachname', 'surname', 'familie', 'from:', 'to:', 'cc:', 'von:', 'an:', 'dr ',
]);

function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc;
}

function isLetter(c: number): boolean {
  return isLowerLetter(c) || isUpperLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * A hit of a CAPITALISED_KEYWORDS keyword counts when the word holding it starts with a
 * capital (the keyword's own first letter, or one before a stretch of lower-case letters)
 * at a word edge; the other keywords (" and ", sign-offs, which match in any case) always do.
 */

/**
 * Whether a capitalised word stands right after a hit of a spaced context word (" and ",
 * " mit ", " said") or right before it: the words themselves say "a name is near" only
 * where one is. In prose and comments nearly all of them stand between lower-case words,
 * and their windows were the biggest single cost of scanning real code.
 */
function capitalisedBeside(text: string, start: number, length: number): boolean {
  let after = start + length;
  if (text.charCodeAt(after) === 32) after++;
  if (isCapital(text.charCodeAt(after))) return true;
  let w = start;
  const stop = Math.max(0, start - 40);
  while (w > stop && isLetter(text.charCodeAt(w - 1))) w--;
  return w < start && isCapital(text.charCodeAt(w));
}

/** An upper-case letter: ASCII, Latin-1 and Latin Extended-A and -B ("Łukasz", "İlkay", "Šimon", "Ưng"). */
function isCapital(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90;
  if (c <= 0xde) return c !== 0xd7;
  if (c < 0x100 || c > 0x24f) return false;
  return CAPITAL_EXTENDED.test(String.fromCharCode(c));
}

const CAPITAL_EXTENDED = /\p{Lu}/u;

/** Police ranks, which stand before a name in capitals: "PC J. Harrington", "DC Okafor". */
const RANK_KEYWORDS = ['pc ', 'dc ', 'dci ', 'pcso '];
const RANKS: ReadonlySet<string> = new Set(RANK_KEYWORDS.map((k) => k.trim().toUpperCase()));

/** A rank keyword counts in capitals, as a word of its own, before a capital: in code "pc" is a program counter. */
function rankKeywordHit(text: string, start: number, length: number): boolean {
  if (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) return false;
  for (let j = start; j < start + length - 1; j++) if (!isUpperLetter(text.charCodeAt(j))) return false;
  return isCapital(text.charCodeAt(start + length));
}

/** Whether a rank in capitals and one space stand right before `at`. */
function rankBefore(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  let i = at - 1;
  while (i > 0 && at - i <= 5 && isUpperLetter(text.charCodeAt(i - 1))) i--;
  return (i === 0 || !isIdentifierChar(text.charCodeAt(i - 1))) && RANKS.has(text.slice(i, at - 1));
}

const RANK_KEYWORD_SET: ReadonlySet<string> = new Set(RANK_KEYWORDS);

function contextKeywordHit(text: string, start: number, length: number, keyword: string): boolean {
  if (text.charCodeAt(start) === 32) return capitalisedBeside(text, start, length);
  if (RANK_KEYWORD_SET.has(keyword)) return rankKeywordHit(text, start, length);
  if (!CAPITALISED_KEYWORDS.has(keyword)) return true;
  let i = start;
  const stop = Math.max(0, start - 40);
  while (i > stop && isLowerLetter(text.charCodeAt(i))) i--;
  if (!isUpperLetter(text.charCodeAt(i))) return i === stop && i > 0 && isLowerLetter(text.charCodeAt(i));
  return i === 0 || !isLetter(text.charCodeAt(i - 1));
}

export const personInContext: Detector = {
  id: 'person-in-context',
  type: 'PERSON',
  isPlaceholder: isPlaceholderName,
  description: 'personal name after a context word',
  keywords: [
    // Salutations and labels ("Frau M. Schneider", "Mr J. Smith": the pair pass sees no two words in a row there).
    ...CAPITALISED_KEYWORDS,
    ' son ', ' daughter ', ' sohn ', ' tochter ',
    ' wife ', ' husband ', ' brother ', ' sister ', ' bruder ', ' schwester ', ' pfleger ', ' pflegerin ', ' by ', 'regards', 'thanks', 'cheers', 'sincerely', 'danke', 'viele gr', 'beste gr', 'liebe gr', 'freundlichen gr', 'herzliche gr', 'gruss', 'mfg', 'best,',
    'thank you', ' mit ', ' bei ', ' ask ', ' tell ', ' told ', ' cc ', ' said', ' says', ' wrote', ' hat ', ' ist ',
    ' sagt', ' meint', ' schreibt', ' and ', ' und ', ' liebe ', ' lieber ', 'wishes', 'take care', 'alles liebe',
    'alles gute', 'hochachtungsvoll', 'im auftrag', 'in vertretung', ...RANK_KEYWORDS,
  ],
  keywordHit: contextKeywordHit,
  find: findPersons,
  confidence: 0.7,
  maxLength: 60,
  multiline: true,
};
