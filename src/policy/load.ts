import { BUILTIN_POLICY } from './defaults';
import type { PolicyLayer } from './merge';
import { parsePolicy } from './parse';
import type { PolicyProblem } from './problems';
import type { PolicyFile } from './types';

/** The built-in policy written as a policy file, to stand in for a broken baseline. */
export const BUILTIN_POLICY_FILE: PolicyFile = {
  version: 1,
  classes: BUILTIN_POLICY.classes,
  minConfidence: BUILTIN_POLICY.minConfidence,
  overrides: BUILTIN_POLICY.overrides,
  onTimeout: BUILTIN_POLICY.onTimeout,
};

export interface LoadedLayer {
  /** The layer to merge; undefined when it contributes nothing. */
  readonly layer?: PolicyLayer;
  /** The file's own valid policy, to keep as `previous` for the next load. */
  readonly valid?: PolicyFile;
  readonly errors: readonly PolicyProblem[];
  readonly warnings: readonly PolicyProblem[];
  /** Set when the file was broken: what stands in for it. */
  readonly fallback?: 'previous' | 'built-in' | 'none';
}

/**
 * Parses a layer's file and decides what stands in for it when it is broken, so that a
 * typo never relaxes anything: the previous valid version of the same file if there is
 * one; otherwise, for a baseline, the built-in policy as a floor the workspace can only
 * tighten; for a workspace, nothing (the layers below stay in force).
 */
export function loadPolicyLayer(text: string, source: string, role: 'baseline' | 'workspace', previous?: PolicyFile, now?: Date): LoadedLayer {
  const { policy, errors, warnings } = parsePolicy(text, source, { role, now });
  if (policy) return { layer: { source, policy }, valid: policy, errors, warnings };
  if (previous) return { layer: { source: `${source} (last valid version)`, policy: previous }, errors, warnings, fallback: 'previous' };
  if (role === 'baseline') return { layer: { source: `built-in (${source} is invalid)`, policy: BUILTIN_POLICY_FILE }, errors, warnings, fallback: 'built-in' };
  return { errors, warnings, fallback: 'none' };
}
