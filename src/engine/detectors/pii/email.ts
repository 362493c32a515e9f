import type { Candidate, Detector } from '../../types';

/** Domains reserved for documentation and testing (RFC 2606, RFC 6761). */
const RESERVED_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost|local)$/i;

/** A whole address, checked on the span found around an `@`. */
const ADDRESS = /^[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}$/u;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NO_REPLY = /^(?:no-?reply|do-?not-?reply)$/i;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(text[i]);
}

function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || isWordCode(text, i);
}

function isDomainChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 45 || isWordCode(text, i);
}

/**
 * Starts from each `@` and grows the span outwards, instead of running a Unicode regex
 * over the window: JavaScript has an `@` in every JSDoc tag, decorator and scoped
 * package, so the windows are many and the span is usually rejected at once.
 */
function* findEmails(text: string, start: number, end: number): Generator<Candidate> {
  for (let at = text.indexOf('@', start); at >= 0 && at < end; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > start && at - s <= 64 && isLocalChar(text, s - 1)) s--;
    if (s === at || at - s > 64) continue;
    let e = at + 1;
    while (e < end && e - at <= 256 && isDomainChar(text, e)) e++;
    if (e - at > 256) continue; // longer than any domain: not an address
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    if (!ADDRESS.test(text.slice(s, e))) continue;
    // A sender nobody reads still names the organisation, but says less than a person's address.
    yield NO_REPLY.test(text.slice(s, at)) ? { start: s, end: e, confidence: 0.7, note: 'no-reply sender' } : { start: s, end: e };
  }
}

/**
 * An address needs a local-part character right before its `@` and a letter or digit
 * right after: a JSDoc tag (" @param"), a decorator or a lone `@` opens no window.
 */
function atOfAddress(text: string, at: number): boolean {
  return at > 0 && at + 1 < text.length && isLocalChar(text, at - 1) && isWordCode(text, at + 1);
}

/**
 * The label that names the organisation: `acme` in `mail.acme.de` and in `acme.co.uk`
 * (skipping the generic second level some countries put under their code).
 */
function ownerLabel(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  let i = labels.length - 2;
  if (i > 0 && labels[i].length <= 3 && /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/.test(labels[i])) i--;
  return i >= 0 ? labels[i] : '';
}

/**
 * Domains that documentation writes where the reader puts their own: `domain.tld`,
 * `yourcompany.com`, `your-domain.de`, `mydomain.org`, `ihre-firma.de`. A real-looking
 * name (`firma.de`, `company.io`) is not one by itself: somebody may own it.
 */
const PLACEHOLDER_DOMAIN = /^(?:domain|company-?name|firmen-?name|(?:your|some|example|sample|beispiel|ihre?)[-_]?(?:domain|company|company-?name|firma|org|organi[sz]ation|site|website|server|host|business|unternehmen|mail|email|provider|shop)|my[-_]?(?:domain|company|site|website|server|host))$/;
/** Top-level "domains" that exist only in documentation (`something@domain.tld`). */
const PLACEHOLDER_TLD = /\.(?:tld|domain)$/i;
/** Local parts documentation uses for "anybody" (`user@`, `foo@`, `you@`, `vorname.nachname@`). */
const PLACEHOLDER_LOCAL = /^(?:user|username|user[._-]name|name|someone|somebody|something|email|mail|me|you|foo|bar|baz|qux|foobar|test|your[._-]?(?:name|email|mail|user)|vorname[._-]nachname|firstname[._-]lastname|first[._-]last|john[._-]doe|jane[._-]doe)$/i;
/** Owner labels that are generic words, not anyone's organisation, when the local part is a stand-in too (`foo@bar.com`, `user@company.com`). */
const GENERIC_OWNER = /^(?:domain|company|firma|email|mail|foo|bar|baz|qux|foobar|host|server|site|website|provider|anbieter|example|sample)$/;

/**
 * Not a finding: reserved domains (RFC 2606, RFC 6761), documented stand-ins (DESIGN.md
 * §3), and strings that only look like addresses.
 */
function isPlaceholderAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (RESERVED_DOMAIN.test(domain) || PLACEHOLDER_TLD.test(domain)) return true;
  // Not addresses anyone writes to: the user of SCP-style git remotes (git@host:org/repo) and
  // the mailboxes mail servers themselves send bounces from. A company's no-reply sender is
  // an address like its info@ (it names the company and often the person's own mail).
  if (/^(git|mailer-daemon)$/i.test(local)) return true;
  // npm-style scoped package specifiers and CSS/decorator noise are not addresses.
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return true;
  const owner = ownerLabel(domain);
  if (PLACEHOLDER_DOMAIN.test(owner)) return true;
  return PLACEHOLDER_LOCAL.test(local) && GENERIC_OWNER.test(owner);
}

export const emailAddress: Detector = {
  id: 'email-address',
  type: 'EMAIL_ADDRESS',
  description: 'e-mail address',
  keywords: ['@'],
  keywordHit: atOfAddress,
  find: findEmails,
  confidence: 0.9,
  maxLength: 330,
  isPlaceholder: isPlaceholderAddress,
};
