import type { Finding } from '../engine/types';
import { fingerprintValue } from './fingerprint';
import { compileWholeValuePattern } from './linearRegex';
import type { AllowlistEntry, EffectiveAllowlistEntry, EffectivePolicy, PolicyFile } from './types';

/** The keys of which an allowlist entry names exactly one. */
export const MATCHER_KEYS = ['value', 'fingerprint', 'pattern', 'domain', 'path'] as const;

/** An entry applies through the end of its `expires` day, counted in UTC. */
export function isExpired(entry: Pick<AllowlistEntry, 'expires'>, now: Date): boolean {
  return entry.expires !== undefined && now.toISOString().slice(0, 10) > entry.expires;
}

/** Expired entries of a policy, for the status bar, "Show effective policy" and `policy check`. */
export function expiredAllowlistEntries<E extends AllowlistEntry>(policy: { readonly allowlist?: readonly E[] } | PolicyFile | EffectivePolicy, now: Date = new Date()): E[] {
  return ((policy.allowlist ?? []) as readonly E[]).filter((e) => isExpired(e, now));
}

/**
 * Glob over a `/`-separated path: `*` and `?` stay within a folder, `**` spans folders.
 * A glob without `/` matches the file name in any folder, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${out.replace(/^\\?\//, '')}$` : `(?:^|/)${out}$`);
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function inDomain(value: string, domain: string): boolean {
  const host = (value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value).toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return host === d || host.endsWith(`.${d}`);
}

const wholeValueCache = new Map<string, ((value: string) => boolean) | undefined>();

/** Whether the entry covers the finding; `value` is the finding's text, when the caller has it. */
export function entryMatches(entry: AllowlistEntry, finding: Finding, value: string | undefined, sourcePath: string | undefined): boolean {
  if (entry.types && !entry.types.includes(finding.type) && !entry.types.includes(finding.category)) return false;
  if (entry.path !== undefined) return sourcePath !== undefined && globToRegExp(entry.path).test(normalisePath(sourcePath));
  if (value === undefined) return false;
  if (entry.value !== undefined) return value === entry.value;
  if (entry.fingerprint !== undefined) return fingerprintValue(value) === entry.fingerprint;
  if (entry.domain !== undefined) return inDomain(value, entry.domain);
  if (entry.pattern !== undefined) {
    if (!wholeValueCache.has(entry.pattern)) wholeValueCache.set(entry.pattern, compileWholeValuePattern(entry.pattern));
    return wholeValueCache.get(entry.pattern)?.(value) ?? false;
  }
  return false;
}

/** The first live entry covering the finding, if any. */
export function findAllowlistEntry(
  entries: readonly EffectiveAllowlistEntry[],
  finding: Finding,
  value: string | undefined,
  sourcePath: string | undefined,
  now: Date,
  usable: (entry: EffectiveAllowlistEntry) => boolean = () => true,
): EffectiveAllowlistEntry | undefined {
  return entries.find((e) => !isExpired(e, now) && usable(e) && entryMatches(e, finding, value, sourcePath));
}
