/**
 * Files an agent should not read into a conversation, by name alone. The rules are the
 * ones copy provenance uses (src/provenance/sourceRules.ts), so that a file is judged
 * alike whether its text is pasted or an agent reads it, plus a few that matter when an
 * agent reads files on its own. The policy schema has no path rules yet; callers may
 * put their own rules first.
 */
import { BUILTIN_SOURCE_RULES, classifySource, type SourceRule, type SourceVerdict } from '../provenance/sourceRules';

/** Checked before the shared rules: the first matching rule decides. */
export const HOOK_SOURCE_RULES: readonly SourceRule[] = [
  // Public halves of SSH keys match `id_rsa*` but are meant to be shared.
  { path: '*.pub', action: 'allow', reason: 'public keys' },
  { path: 'id_dsa*', action: 'block', reason: 'SSH private keys' },
  { path: '.netrc', action: 'block', reason: 'login credentials' },
  { path: '.pgpass', action: 'block', reason: 'database passwords' },
  ...BUILTIN_SOURCE_RULES,
];

/**
 * What the rules say about reading a path (workspace-relative when inside the
 * workspace, else absolute; `/` separators). Undefined when no rule objects.
 */
export function matchSensitivePath(path: string, extraRules: readonly SourceRule[] = []): SourceVerdict | undefined {
  const verdict = classifySource({ path }, [...extraRules, ...HOOK_SOURCE_RULES]);
  return verdict && verdict.action !== 'allow' ? verdict : undefined;
}
