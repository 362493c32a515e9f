import { resolve } from 'node:path';
import { loadPolicyLayer, type LoadedLayer } from '../../policy/load';
import { mergePolicyLayers } from '../../policy/merge';
import { formatPolicyProblem, type PolicyProblem } from '../../policy/problems';
import type { EffectivePolicy } from '../../policy/types';
import type { CliIo } from '../command';
import { readInput } from '../readInput';

/** Reads and parses one policy file as the given layer; a missing file is an input error (exit 2). */
export function loadPolicyFile(path: string, role: 'baseline' | 'workspace', io: CliIo): LoadedLayer {
  const text = readInput(resolve(io.cwd, path), io);
  return loadPolicyLayer(text, path, role);
}

export interface LoadedPolicy {
  readonly policy: EffectivePolicy;
  readonly layers: readonly LoadedLayer[];
  readonly valid: boolean;
}

/** Merges the files named on the command line the way the extension merges its layers. */
export function loadEffectivePolicy(files: { baseline?: string; workspace?: string; untrusted?: boolean }, io: CliIo): LoadedPolicy {
  const baseline = files.baseline === undefined ? undefined : loadPolicyFile(files.baseline, 'baseline', io);
  const workspace = files.workspace === undefined ? undefined : loadPolicyFile(files.workspace, 'workspace', io);
  return combine(baseline, workspace, !files.untrusted);
}

/** A single file tested in its own role: as a baseline it stands alone, as a workspace over an optional baseline. */
export function loadSingle(file: string, role: 'baseline' | 'workspace', baselineFile: string | undefined, io: CliIo): LoadedPolicy {
  if (role === 'baseline') return combine(loadPolicyFile(file, 'baseline', io), undefined, true);
  return loadEffectivePolicy({ baseline: baselineFile, workspace: file }, io);
}

function combine(baseline: LoadedLayer | undefined, workspace: LoadedLayer | undefined, workspaceTrusted: boolean): LoadedPolicy {
  const policy = mergePolicyLayers({ baseline: baseline?.layer, workspace: workspace?.layer, workspaceTrusted });
  const layers = [baseline, workspace].filter((l): l is LoadedLayer => l !== undefined);
  return { policy, layers, valid: layers.every((l) => l.errors.length === 0) };
}

export function problemLines(layer: LoadedLayer): string {
  const warning = (w: PolicyProblem) => `${w.file}:${w.line}:${w.column}: warning: ${w.keyPath ? `${w.keyPath}: ` : ''}${w.message}`;
  const lines = [...layer.errors.map(formatPolicyProblem), ...layer.warnings.map(warning)];
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
