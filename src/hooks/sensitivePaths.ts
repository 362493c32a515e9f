/**
 * Files an agent should not read into a conversation, by name alone. The rules are the
 * ones copy provenance uses (src/provenance/sourceRules.ts, plus the policy's `sources`),
 * so that a file is judged alike whether its text is pasted or an agent reads it.
 */
import { BUILTIN_SOURCE_RULES, classifySource, type SourceRule, type SourceVerdict } from '../provenance/sourceRules';

/**
 * What the rules say about reading a path (workspace-relative when inside the
 * workspace, else absolute; `/` separators). Undefined when no rule objects.
 */
export function matchSensitivePath(path: string, extraRules: readonly SourceRule[] = []): SourceVerdict | undefined {
  const verdict = classifySource({ path }, [...extraRules, ...BUILTIN_SOURCE_RULES]);
  return verdict && verdict.action !== 'allow' ? verdict : undefined;
}
