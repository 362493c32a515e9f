import { categoryOf } from '../engine/entities';
import { CATEGORIES, type Category, type EntityType } from '../engine/types';
import { BUILTIN_POLICY } from './defaults';
import { resolveRule, type RuleSet } from './resolve';
import { sha256Hex } from './sha256';
import {
  ACTION_SEVERITY,
  type Action,
  type CustomClass,
  type EffectiveAllowlistEntry,
  type EffectiveCustomClass,
  type EffectivePolicy,
  type LayerInfo,
  type LogSettings,
  type OverrideRule,
  type PolicyFile,
  type PolicyLayerName,
  type RuleTable,
} from './types';

/** One parsed policy file and where it came from (a path or URL). */
export interface PolicyLayer {
  readonly source: string;
  readonly policy: PolicyFile;
}

export interface MergeInput {
  /** The organisation baseline, from a path or URL in user or machine settings. */
  readonly baseline?: PolicyLayer;
  /** The workspace folder's `.promptfence.json`. */
  readonly workspace?: PolicyLayer;
  /** Workspace Trust: an untrusted workspace's policy is left out entirely. */
  readonly workspaceTrusted: boolean;
}

/** A custom class's `action` is a type rule for `CUSTOM_<name>` in its own layer. */
function withCustomActions(policy: PolicyFile): RuleSet {
  const extra: Record<EntityType, Action> = {};
  for (const c of policy.custom ?? []) if (c.action) extra[`CUSTOM_${c.name}`] = c.action;
  return { classes: policy.classes, types: { ...extra, ...policy.types }, targets: policy.targets };
}

function topOnly(rules: RuleSet, target: string | null): RuleSet {
  return target === null ? { classes: rules.classes, types: rules.types } : rules;
}

interface Cell {
  readonly action: Action;
  readonly layer: PolicyLayerName;
  /** The rule as its layer wrote it (`type EMAIL_ADDRESS`), which may sit elsewhere than the effective cell. */
  readonly rule: string;
}

/**
 * A layer stack with the merge rule applied cell by cell: the lowest policy file
 * replaces the built-in defaults where it says something; the layer above it may only
 * tighten. Resolving each layer on its own and taking the stricter result (rather than
 * merging keys) is what makes "only tightens" hold across type, class and target rules:
 * a workspace `EMAIL_ADDRESS: allow` cannot undercut a baseline `pii.contact: block`.
 */
class Stack {
  constructor(
    private readonly floor: { readonly layer: PolicyLayerName; readonly rules: RuleSet } | undefined,
    private readonly upper: { readonly layer: PolicyLayerName; readonly rules: RuleSet } | undefined,
  ) {}

  /** `target` null: the top level, as it answers for targets that no key matches. */
  floorCell(type: EntityType, category: Category, target: string | null): Cell {
    const said = this.floor && resolveRule(topOnly(this.floor.rules, target), type, category, target ?? '');
    return said ? { action: said.action, layer: this.floor!.layer, rule: said.rule } : { action: BUILTIN_POLICY.classes[category], layer: 'built-in', rule: `class ${category}` };
  }

  cell(type: EntityType, category: Category, target: string | null): Cell {
    const base = this.floorCell(type, category, target);
    const said = this.upper && resolveRule(topOnly(this.upper.rules, target), type, category, target ?? '');
    return said && ACTION_SEVERITY[said.action] > ACTION_SEVERITY[base.action] ? { action: said.action, layer: this.upper!.layer, rule: said.rule } : base;
  }
}

/** A type no rule names, so that only class rules apply. */
const NO_TYPE = '\0';

function tables(
  stack: Stack,
  pick: 'cell' | 'floorCell',
  typeNames: readonly EntityType[],
  targetKeys: readonly string[],
  categoryOfType: (t: EntityType) => Category,
  origins?: Record<string, PolicyLayerName>,
  written?: Record<string, string>,
) {
  const note = (key: string, cell: Cell) => {
    if (origins) origins[key] = cell.layer;
    if (written && cell.rule !== key) written[key] = cell.rule;
  };
  const table = (target: string | undefined): RuleTable => {
    const prefix = target === undefined ? '' : `target ${target} `;
    const classes = {} as Record<Category, Action>;
    for (const c of CATEGORIES) {
      const cell = stack[pick](NO_TYPE, c, target ?? null);
      classes[c] = cell.action;
      note(`${prefix}class ${c}`, cell);
    }
    const types: Record<EntityType, Action> = {};
    for (const t of typeNames) {
      const cell = stack[pick](t, categoryOfType(t), target ?? null);
      types[t] = cell.action;
      note(`${prefix}type ${t}`, cell);
    }
    return { classes, types };
  };
  const top = table(undefined);
  const targets: Record<string, RuleTable> = {};
  // As a target id, `*` matches no other key, so each layer answers with its own `*` entry.
  for (const k of targetKeys) targets[k] = table(k);
  return { top, targets };
}

function mergeOverrides(floor: PolicyFile | undefined, upper: PolicyFile | undefined, origins: Record<string, PolicyLayerName>, floorLayer: PolicyLayerName, upperLayer: PolicyLayerName) {
  const out = {} as Record<Category, OverrideRule>;
  for (const c of CATEGORIES) {
    const b = BUILTIN_POLICY.overrides[c];
    const f = floor?.overrides?.[c];
    let allowed = f?.allowed ?? b.allowed;
    let reasonRequired = f?.reasonRequired ?? b.reasonRequired;
    origins[`override ${c} allowed`] = f?.allowed !== undefined ? floorLayer : 'built-in';
    origins[`override ${c} reasonRequired`] = f?.reasonRequired !== undefined ? floorLayer : 'built-in';
    const u = upper?.overrides?.[c];
    if (u?.allowed === false && allowed) {
      allowed = false;
      origins[`override ${c} allowed`] = upperLayer;
    }
    if (u?.reasonRequired === true && !reasonRequired) {
      reasonRequired = true;
      origins[`override ${c} reasonRequired`] = upperLayer;
    }
    out[c] = { allowed, reasonRequired };
  }
  return out;
}

function mergeCustom(layers: readonly { layer: PolicyLayerName; policy: PolicyFile }[]): EffectiveCustomClass[] {
  const byName = new Map<string, EffectiveCustomClass>();
  for (const { layer, policy } of layers) {
    for (const c of policy.custom ?? []) {
      const prev = byName.get(c.name);
      if (!prev) {
        byName.set(c.name, { ...c, class: c.class ?? 'confidential', layer });
        continue;
      }
      // Same name in two layers: one class (the lower layer's), terms and patterns unioned.
      const union = (a?: readonly string[], b?: readonly string[]) => [...new Set([...(a ?? []), ...(b ?? [])])];
      const merged: CustomClass = { ...prev, terms: union(prev.terms, c.terms), patterns: union(prev.patterns, c.patterns) };
      byName.set(c.name, { ...merged, class: prev.class, layer: prev.layer });
    }
  }
  return [...byName.values()];
}

function mergeLog(baseline: PolicyFile | undefined, workspace: PolicyFile | undefined): LogSettings | undefined {
  // A repository must not decide where the log is written or sent: only retention and size come from it.
  const fromWorkspace: LogSettings = workspace?.log ? { retentionDays: workspace.log.retentionDays, maxFileBytes: workspace.log.maxFileBytes } : {};
  const merged = { ...fromWorkspace, ...baseline?.log };
  const defined = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  return Object.keys(defined).length > 0 ? (defined as LogSettings) : undefined;
}

/** JSON with sorted keys, so that equal policies hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Built-in < organisation baseline < workspace. The lowest policy file present replaces
 * the built-in defaults where it says something (so a workspace without a baseline may
 * allow e-mail addresses); a workspace over a baseline may only tighten it. An untrusted
 * workspace contributes nothing. Pure: the result records each rule's layer, the
 * sources and a short hash of the content.
 */
export function mergePolicyLayers(input: MergeInput): EffectivePolicy {
  const layers: LayerInfo[] = [{ layer: 'built-in', source: 'built-in' }];
  const files: { layer: PolicyLayerName; source: string; policy: PolicyFile }[] = [];
  if (input.baseline) {
    layers.push({ layer: 'baseline', source: input.baseline.source });
    files.push({ layer: 'baseline', ...input.baseline });
  }
  if (input.workspace) {
    if (input.workspaceTrusted) {
      layers.push({ layer: 'workspace', source: input.workspace.source });
      files.push({ layer: 'workspace', ...input.workspace });
    } else {
      layers.push({ layer: 'workspace', source: input.workspace.source, skipped: 'the workspace is not trusted' });
    }
  }
  const [floorFile, upperFile] = files;
  const custom = mergeCustom(files);
  const categoryOfType = (t: EntityType): Category => custom.find((c) => `CUSTOM_${c.name}` === t)?.class ?? categoryOf(t);

  const ruleSets = files.map((f) => ({ layer: f.layer, rules: withCustomActions(f.policy) }));
  const stack = new Stack(ruleSets[0], ruleSets[1]);
  const typeNames = new Set<EntityType>();
  const targetKeys = new Set<string>();
  for (const { rules } of ruleSets) {
    for (const t of Object.keys(rules.types ?? {})) typeNames.add(t);
    for (const [k, t] of Object.entries(rules.targets ?? {})) {
      targetKeys.add(k);
      for (const type of Object.keys(t.types ?? {})) typeNames.add(type);
    }
  }
  const names = [...typeNames].sort();
  const keys = [...targetKeys].sort();
  const origins: Record<string, PolicyLayerName> = {};
  const written: Record<string, string> = {};
  const { top, targets } = tables(stack, 'cell', names, keys, categoryOfType, origins, written);

  const floorLayer = floorFile?.layer ?? 'built-in';
  let minConfidence = floorFile?.policy.minConfidence ?? BUILTIN_POLICY.minConfidence;
  origins.minConfidence = floorFile?.policy.minConfidence !== undefined ? floorLayer : 'built-in';
  if (upperFile?.policy.minConfidence !== undefined && upperFile.policy.minConfidence < minConfidence) {
    minConfidence = upperFile.policy.minConfidence;
    origins.minConfidence = upperFile.layer;
  }
  let onTimeout = floorFile?.policy.onTimeout ?? BUILTIN_POLICY.onTimeout;
  origins.onTimeout = floorFile?.policy.onTimeout !== undefined ? floorLayer : 'built-in';
  if (upperFile?.policy.onTimeout === 'closed' && onTimeout === 'open') {
    onTimeout = 'closed';
    origins.onTimeout = upperFile.layer;
  }
  const overrides = mergeOverrides(floorFile?.policy, upperFile?.policy, origins, floorLayer, upperFile?.layer ?? 'workspace');

  const allowlist: EffectiveAllowlistEntry[] = files.flatMap((f) => (f.policy.allowlist ?? []).map((e) => ({ ...e, layer: f.layer, source: f.source })));
  const baseline = files.find((f) => f.layer === 'baseline');
  const workspaceUsed = files.some((f) => f.layer === 'workspace');
  const allowlistLimit =
    baseline && workspaceUsed && baseline.policy.workspaceAllowlists !== true
      ? tables(new Stack(ruleSets[0], undefined), 'floorCell', names, keys, categoryOfType)
      : undefined;

  const content = {
    classes: top.classes as Record<Category, Action>,
    types: top.types,
    targets: keys.length > 0 ? targets : undefined,
    minConfidence,
    overrides,
    onTimeout,
    allowlist: allowlist.length > 0 ? allowlist : undefined,
    custom: custom.length > 0 ? custom : undefined,
    sources: files.some((f) => f.policy.sources?.length) ? files.flatMap((f) => f.policy.sources ?? []) : undefined,
    log: mergeLog(baseline?.policy, files.find((f) => f.layer === 'workspace')?.policy),
    examples: files.flatMap((f) => f.policy.examples ?? []),
    allowlistLimit: allowlistLimit ? { top: allowlistLimit.top, targets: allowlistLimit.targets } : undefined,
  };
  const source = files.length > 0 ? files.map((f) => f.source).join(' + ') : 'built-in';
  const hash = sha256Hex(canonicalJson({ ...content, examples: undefined })).slice(0, 12);
  return { source, hash, ...content, origins, writtenRules: written, layers };
}

