/**
 * Most provider tokens are a fixed literal prefix followed by random characters, or a
 * random value assigned to a key whose name says which provider it is for. These
 * builders turn such a shape (data) into a detector, so that each vendor file is a table
 * and the pattern, keywords, boundaries and placeholder checks are built the same way.
 */
import { isLowEntropy, looksLikePlaceholder, shannonEntropy } from '../../placeholders';
import type { Detector, EntityType, ValidatorResult } from '../../types';

/** Character classes used in shapes (regex class bodies). */
export const ALNUM = 'A-Za-z0-9';
export const LOWER_ALNUM = 'a-z0-9';
export const UPPER_ALNUM = 'A-Z0-9';
export const HEX = 'a-f0-9';
export const UPPER_HEX = 'A-F0-9';
export const ANY_HEX = 'a-fA-F0-9';
export const URL_SAFE = 'A-Za-z0-9_-';
export const BASE64 = 'A-Za-z0-9+/';
export const DIGITS = '0-9';
export const BASE32 = 'A-Z2-7';
export const LETTERS = 'A-Za-z';

/** A literal (written as is) or a run of `[class]{min,max}` (max omitted = exactly min; Infinity = open). */
export type Segment = string | readonly [cls: string, min: number, max?: number];

interface ShapeCommon {
  readonly id: string;
  readonly type: EntityType;
  readonly description: string;
  readonly body: readonly Segment[];
  readonly confidence?: number;
  /** Bits per character the random part must reach; defaults by alphabet and length. */
  readonly minEntropy?: number;
  readonly check?: string;
  readonly validate?: (value: string) => ValidatorResult;
  /** Extra rejection beyond the shared placeholder rules (vendor example keys). */
  readonly reject?: (value: string) => boolean;
}

/** A token that starts with a literal prefix (`glpat-`, `xoxb-`, `sk_live_`). */
export interface PrefixedShape extends ShapeCommon {
  readonly prefixes: readonly string[];
  /** Keywords for the prefilter when the prefix is too common (`AAAA`); each must be a literal of every match. */
  readonly keywords?: readonly string[];
}

/** A value recognised by the key it is assigned to (`DATADOG_API_KEY = "…"`). */
export interface KeyedShape extends ShapeCommon {
  /** Lower-case ASCII names, one of which must appear in the key. */
  readonly names: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A class body with its ranges (`a-z`) kept and any other `-` made literal. */
export function classSource(cls: string): string {
  let out = '';
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (/[A-Za-z0-9]/.test(c) && cls[i + 1] === '-' && i + 2 < cls.length && /[A-Za-z0-9]/.test(cls[i + 2])) {
      out += `${c}-${cls[i + 2]}`;
      i += 2;
    } else out += c === '-' || c === '\\' || c === ']' || c === '^' ? `\\${c}` : c;
  }
  return out;
}

function segmentSource(seg: Segment): string {
  if (typeof seg === 'string') return escape(seg);
  const [cls0, min, max] = seg;
  const cls = classSource(cls0);
  const count = max === undefined ? `{${min}}` : max === Infinity ? `{${min},}` : `{${min},${max}}`;
  return `[${cls}]${count}`;
}

/** The characters a token may continue with, so that a match never ends inside a longer token. */
function tailGuard(body: readonly Segment[]): string {
  const last = body[body.length - 1];
  const symbols = typeof last === 'string' ? '' : last[0].replace(/[A-Za-z0-9]-[A-Za-z0-9]/g, '').replace(/[A-Za-z0-9_]/g, '');
  const extra = [...new Set(symbols)].map((c) => (/[-\\\]^/]/.test(c) ? `\\${c}` : c)).join('');
  return `(?![A-Za-z0-9_${extra}])`;
}

function maxLengthOf(body: readonly Segment[]): number {
  let n = 0;
  for (const seg of body) n += typeof seg === 'string' ? seg.length : Math.min(seg[2] === undefined ? seg[1] : seg[2], 512);
  return n;
}

/** The random part: class segments only, literals left out. */
function randomPart(value: string, prefixLength: number, body: readonly Segment[]): string {
  // Literal separators are few and short; dropping their characters is close enough for entropy.
  let rest = value.slice(prefixLength);
  for (const seg of body) if (typeof seg === 'string' && seg.length > 0) rest = rest.split(seg).join('');
  return rest;
}

function defaultEntropy(body: readonly Segment[], length: number): number {
  const classes = body.filter((s): s is Exclude<Segment, string> => typeof s !== 'string').map((s) => s[0]);
  const hexOnly = classes.every((c) => c === HEX || c === UPPER_HEX || c === ANY_HEX);
  const digitsOnly = classes.every((c) => c === DIGITS);
  const cap = digitsOnly ? 2.3 : hexOnly ? 2.9 : 3.2;
  return Math.min(cap, Math.log2(Math.max(2, length)) - 1.2);
}

function notGenerated(shape: ShapeCommon, prefixLength: (value: string) => number) {
  return (value: string): boolean => {
    const random = randomPart(value, prefixLength(value), shape.body);
    if (looksLikePlaceholder(random)) return true;
    if (shape.reject?.(value)) return true;
    const min = shape.minEntropy ?? defaultEntropy(shape.body, random.length);
    return isLowEntropy(random, min);
  };
}

export function prefixedToken(shape: PrefixedShape): Detector {
  const prefixes = [...shape.prefixes].sort((a, b) => b.length - a.length);
  const lead = prefixes.every((p) => p === '' || /^[A-Za-z0-9_]/.test(p)) ? '(?<![A-Za-z0-9_])' : '';
  const source = `${lead}(?:${prefixes.map(escape).join('|')})${shape.body.map(segmentSource).join('')}${tailGuard(shape.body)}`;
  const keywords = shape.keywords ?? [...new Set(shape.prefixes.map((p) => p.toLowerCase()))];
  const prefixLength = (value: string) => prefixes.find((p) => value.startsWith(p))?.length ?? 0;
  return {
    id: shape.id,
    type: shape.type,
    description: shape.description,
    keywords,
    pattern: new RegExp(source, 'g'),
    confidence: shape.confidence ?? 0.95,
    // A keyword outside the token (`twilio` in the key name) must still reach the whole token.
    maxLength: prefixes[0].length + maxLengthOf(shape.body) + (shape.keywords ? 48 : 0),
    reachBefore: shape.keywords ? undefined : 1,
    check: shape.check,
    validate: shape.validate,
    isPlaceholder: notGenerated(shape, prefixLength),
  };
}

/** Matches a lower-case name in any case without making the whole pattern case-insensitive. */
function anyCase(name: string): string {
  return [...name].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : escape(c))).join('');
}

/**
 * `<name>…<assignment>` then the value: the key may carry more words around the
 * name (`DATADOG_API_KEY`, `datadog.apiKey`, `Datadog API key:`), and the value may
 * be quoted.
 */
export function keyedToken(shape: KeyedShape): Detector {
  const names = shape.names.map(anyCase).join('|');
  const source =
    `(?:${names})[\\w.\\- ]{0,30}?["'\\]]?\\s{0,3}(?::=|=>|=|:)\\s{0,3}["'\\x60]?` +
    `(${shape.body.map(segmentSource).join('')})${tailGuard(shape.body)}`;
  return {
    id: shape.id,
    type: shape.type,
    description: shape.description,
    keywords: shape.names,
    pattern: new RegExp(source, 'g'),
    valueGroup: 1,
    confidence: shape.confidence ?? 0.8,
    maxLength: Math.max(...shape.names.map((n) => n.length)) + 40 + maxLengthOf(shape.body),
    reachBefore: 1,
    check: shape.check,
    validate: shape.validate,
    isPlaceholder: notGenerated(shape, () => 0),
  };
}

export { shannonEntropy };
