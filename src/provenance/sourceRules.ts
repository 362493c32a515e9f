import { globToRegExp } from '../policy/allowlist';
import { ACTION_SEVERITY, type Action, type SourceRule } from '../policy/types';

export type { SourceRule };

/** Files that hold credentials by convention, whatever their text looks like. */
export const BUILTIN_SOURCE_RULES: readonly SourceRule[] = [
  { path: '.env', action: 'block', reason: '.env files hold credentials' },
  { path: '.env.*', action: 'block', reason: '.env files hold credentials', except: ['.env.example', '.env.sample', '.env.template', '.env.dist'] },
  { path: '*.pem', action: 'block', reason: 'key and certificate files' },
  { path: '*.key', action: 'block', reason: 'key and certificate files' },
  { path: '*.p12', action: 'block', reason: 'key and certificate files' },
  { path: '*.pfx', action: 'block', reason: 'key and certificate files' },
  { path: 'id_rsa*', action: 'block', reason: 'SSH private keys', except: ['*.pub'] },
  { path: 'id_ed25519*', action: 'block', reason: 'SSH private keys', except: ['*.pub'] },
  { path: 'id_ecdsa*', action: 'block', reason: 'SSH private keys', except: ['*.pub'] },
  { path: 'id_dsa*', action: 'block', reason: 'SSH private keys', except: ['*.pub'] },
  { path: '.netrc', action: 'block', reason: 'login credentials' },
  { path: '.pgpass', action: 'block', reason: 'database passwords' },
  { path: '*.kdbx', action: 'block', reason: 'password databases' },
  { path: 'credentials', action: 'block', reason: 'credential files' },
  { path: 'credentials.*', action: 'block', reason: 'credential files' },
  { path: '**/secrets/**', action: 'block', reason: 'files in a secrets folder' },
  { path: '.npmrc', action: 'warn', reason: 'package registry credentials' },
  { path: '.pypirc', action: 'warn', reason: 'package registry credentials' },
];

export interface SourceFacts {
  /** Workspace-relative path with `/` separators. */
  readonly path: string;
  /** The file is ignored by git (often generated data, dumps, local configuration). */
  readonly gitIgnored?: boolean;
  /** The file carries a classification marker (VERTRAULICH, CONFIDENTIAL …). */
  readonly hasClassificationMarker?: boolean;
}

export interface SourceVerdict {
  readonly action: Action;
  readonly reason: string;
}

const compiled = new Map<string, RegExp>();
function matches(glob: string, path: string): boolean {
  let re = compiled.get(glob);
  if (!re) compiled.set(glob, (re = globToRegExp(glob)));
  return re.test(path);
}

/**
 * The class a copied text inherits from its file: the strictest matching rule (the first
 * of equally strict ones, so policy rules listed first name the reason), else the file's
 * marker or git-ignore status, else nothing. A rule can only tighten: none relaxes another.
 */
export function classifySource(facts: SourceFacts, rules: readonly SourceRule[] = BUILTIN_SOURCE_RULES): SourceVerdict | undefined {
  const path = facts.path.replace(/\\/g, '/').replace(/^\.\//, '');
  let best: SourceVerdict | undefined;
  for (const rule of rules) {
    if (!matches(rule.path, path) || (rule.except ?? []).some((e) => matches(e, path))) continue;
    if (!best || ACTION_SEVERITY[rule.action] > ACTION_SEVERITY[best.action]) best = { action: rule.action, reason: rule.reason };
  }
  if (best) return best;
  if (facts.hasClassificationMarker) return { action: 'warn', reason: 'the file carries a classification marker' };
  if (facts.gitIgnored) return { action: 'warn', reason: 'the file is ignored by git' };
  return undefined;
}

/** What the policy adds to the built-in rules. */
export function sourceRulesOf(policy: { readonly sources?: readonly SourceRule[] }): readonly SourceRule[] {
  return [...(policy.sources ?? []), ...BUILTIN_SOURCE_RULES];
}
