/**
 * Classification labels (German and English) used *as labels*: alone on a line or at
 * its start before a separator, in a header or footer, in brackets, after a label key
 * ("Klassifizierung: Vertraulich"), or shouted in capitals. The same words in running
 * prose ("please keep this confidential between us") are not markers.
 */
import type { Candidate, Detector } from '../../types';

const PHRASE_LIST =
  'vs-nur für den dienstgebrauch|vs-nfd|vs-vertraulich|nur für den dienstgebrauch|streng vertraulich|vertraulich|strictly confidential|highly confidential|company confidential|proprietary (?:and|&) confidential|privileged (?:and|&) confidential|confidential|(?:for )?internal use only|internal only|nur (?:für den|zum|für|für) internen gebrauch|nur für interne zwecke|streng geheim|geheim|top secret|do not distribute|not for (?:external )?distribution|nicht zur weitergabe';
const PHRASES = new RegExp(`(?<![\\p{L}\\p{N}_-])(${PHRASE_LIST})(?![\\p{L}\\p{N}_-])`, 'giu');

const PHRASES_ONLY = new RegExp(`^(?:${PHRASE_LIST})$`, 'iu');

/** Formal German government markings (VSA): labels wherever they occur. */
const FORMAL = /^(?:vs-nfd|vs-nur für den dienstgebrauch|vs-vertraulich)$/i;
const LEADING_MARKUP = /^[\s#*_>~=|/\\[(<«"„'`.:+!%-]*$|^\s*(?:\/\/|\/\*|<!--|--|;|rem\s)\s*[*#_[(]*\s*$/i;
const TRAILING_LABEL = /^[\s*_#\])>»"“'`|.!~=-]*$|^\s*[*_\])]*\s*[:|/–—-]/;
const LABEL_KEY = /(?:classification|klassifizierung|klassifikation|einstufung|schutzstufe|schutzklasse|vertraulichkeitsstufe|vertraulichkeit|sensitivity|marking|kennzeichnung|label|stufe)\s*[:=]\s*["']?$/i;

/**
 * What a marker's qualifier after a dash says: who may read it or what not to do with it
 * ("CONFIDENTIAL - DO NOT DISTRIBUTE", "CONFIDENTIAL – HR USE ONLY", "INTERN – VERTRAULICH").
 * The qualifier belongs to the marker: one label, one finding.
 */
const QUALIFIER = new RegExp(
  `^[ \\t]{0,3}[-–—:/|][ \\t]{0,3}(${PHRASE_LIST}|(?:[\\p{L}&]+[ \\t]){0,3}(?:use only|eyes only)|nur für [\\p{L} ]{2,30}?(?=[ \\t]*(?:[)\\]\\r\\n]|$)))(?![\\p{L}\\p{N}_-])`,
  'iu',
);

/** The end of the qualifier that follows a marker ending at `e`, or `e` when none does. */
export function qualifierEnd(text: string, e: number): number {
  const q = QUALIFIER.exec(text.slice(e, e + 60));
  if (q === null) return e;
  const words = q[1];
  // Written in capitals like the marker, or one of the marker phrases itself.
  if (words !== words.toUpperCase() && !PHRASES_ONLY.test(words)) return e;
  return e + q[0].length;
}

function lineBounds(text: string, at: number, lo: number, hi: number): [number, number] {
  let s = at;
  while (s > lo && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = at;
  while (e < hi && text[e] !== '\n' && text[e] !== '\r') e++;
  return [s, e];
}

function* findMarkers(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  PHRASES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASES.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    const [ls, le] = lineBounds(text, s, Math.max(0, s - 400), Math.min(text.length, e + 400));
    const before = text.slice(ls, s);
    const after = text.slice(e, le);
    const phrase = m[0];
    const caps = phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase) && phrase.length >= 6;
    // In code a capitalised word is a constant or a string value, not a document label.
    const inCode = /[.\w$]$|::$/.test(before) || /^\s*[=(,;]|^\s*\.\w|^["'`]\s*[,:\])};]/.test(after);
    let rule: string | undefined;
    let confidence = 0.9;
    if (FORMAL.test(phrase)) rule = 'formal VS marking';
    else if (/[[(<«"„]\s*$/.test(before) && /^\s*[\])>»"“]/.test(after)) rule = 'in brackets';
    else if (LABEL_KEY.test(before)) rule = 'after a classification key';
    else if (LEADING_MARKUP.test(before) && TRAILING_LABEL.test(after)) rule = 'label at line start';
    else if (/[|–—•·]\s*$/.test(before) && TRAILING_LABEL.test(after)) rule = 'header or footer field';
    else if (caps && !inCode) {
      rule = 'capitalised label';
      confidence = 0.8;
    }
    if (!rule || (inCode && rule !== 'formal VS marking')) continue;
    const full = qualifierEnd(text, e);
    // A marker phrase inside the qualifier is part of this finding, not one of its own.
    if (full > e) PHRASES.lastIndex = Math.max(PHRASES.lastIndex, full - start);
    yield { start: s, end: full, confidence, note: full > e ? `${rule}, with its qualifier` : rule };
  }
}

export const confidentialMarker: Detector = {
  id: 'confidential-marker',
  type: 'CONFIDENTIAL_MARKER',
  description: 'classification label',
  keywords: ['vertraulich', 'confidential', 'internal use only', 'internal only', 'internen gebrauch', 'interne zwecke', 'dienstgebrauch', 'vs-nfd', 'geheim', 'top secret', 'do not distribute', 'not for distribution', 'not for external distribution', 'nicht zur weitergabe'],
  find: findMarkers,
  confidence: 0.9,
  maxLength: 60,
};

/**
 * "Classification: Internal", "Schutzstufe: intern": a level named after a classification
 * key, with a second level after a dash ("INTERN – VERTRAULICH") as part of it.
 */
export const classificationLevel: Detector = {
  id: 'classification-level',
  type: 'CONFIDENTIAL_MARKER',
  description: 'classification level after a classification key',
  keywords: ['classification', 'klassifizierung', 'klassifikation', 'einstufung', 'schutzstufe', 'schutzklasse', 'vertraulichkeitsstufe', 'sensitivity'],
  pattern:
    /(?:classification|klassifizierung|klassifikation|einstufung|schutzstufe|schutzklasse|vertraulichkeitsstufe|sensitivity)(?: level| label)?\s*[:=]\s*["']?((?:intern|internal|restricted|eingeschränkt|confidential|vertraulich|streng vertraulich|strictly confidential|secret|geheim)(?:[ \t]{0,3}[-–—/][ \t]{0,3}(?:streng vertraulich|vertraulich|strictly confidential|confidential|restricted|eingeschränkt|geheim|secret))?)(?![\p{L}\p{N}_-])/giu,
  valueGroup: 1,
  confidence: 0.9,
  maxLength: 80,
};

/**
 * The Traffic Light Protocol's restricted levels ("TLP:AMBER", "TLP: RED",
 * "TLP:AMBER+STRICT"), with which CERTs and security teams label what may not leave a
 * circle of recipients. TLP:GREEN and TLP:CLEAR may be shared, so they are no markers.
 */
export const tlpMarker: Detector = {
  id: 'tlp-marker',
  type: 'CONFIDENTIAL_MARKER',
  description: 'Traffic Light Protocol label',
  keywords: ['tlp'],
  pattern: /(?<![\p{L}\p{N}_-])TLP ?: ?(?:RED|AMBER(?:\+STRICT)?)(?![\p{L}\p{N}_+-])/gu,
  confidence: 0.9,
  maxLength: 20,
};
