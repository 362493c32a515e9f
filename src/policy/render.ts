import { maskValue } from '../engine/mask';
import { CATEGORIES } from '../engine/types';
import { isExpired, MATCHER_KEYS } from './allowlist';
import type { EffectiveAllowlistEntry, EffectivePolicy, PolicyLayerName, RuleTable } from './types';

export type RenderFormat = 'markdown' | 'text';

function describeEntry(e: EffectiveAllowlistEntry): string {
  const key = MATCHER_KEYS.find((k) => e[k] !== undefined) ?? 'value';
  // The policy may hold a raw value; the rendering (shown, logged, screenshotted) must not.
  const shown = key === 'value' ? maskValue('SECRET_GENERIC', e.value ?? '') : key === 'fingerprint' ? `${e.fingerprint!.slice(0, 19)}…` : String(e[key]);
  const scope = e.types ? ` for ${e.types.join(', ')}` : '';
  return `${key} ${shown}${scope}`;
}

interface Row {
  readonly rule: string;
  readonly value: string;
  readonly layer: PolicyLayerName | '';
}

function ruleRows(policy: EffectivePolicy): Row[] {
  const origin = (k: string) => policy.origins?.[k] ?? '';
  const rows: Row[] = [];
  for (const c of CATEGORIES) rows.push({ rule: `class ${c}`, value: policy.classes[c], layer: origin(`class ${c}`) });
  for (const [t, a] of Object.entries(policy.types).sort()) {
    // A type named only inside a target still gets a top-level cell, decided by its class: not news.
    if (policy.writtenRules?.[`type ${t}`]?.startsWith('class ')) continue;
    rows.push({ rule: `type ${t}`, value: a, layer: origin(`type ${t}`) });
  }
  for (const [key, table] of Object.entries(policy.targets ?? {}).sort()) rows.push(...targetRows(policy, key, table));
  return rows;
}

/**
 * A target's table is complete (filled in from the top level and from shorter target
 * keys); show only the rules written for this very key that differ from the top level.
 */
function targetRows(policy: EffectivePolicy, key: string, table: RuleTable): Row[] {
  const origin = (k: string) => policy.origins?.[k] ?? '';
  const derived = (k: string) => policy.writtenRules?.[k] !== undefined;
  const rows: Row[] = [];
  for (const c of CATEGORIES) {
    const rule = `target ${key} class ${c}`;
    const a = table.classes[c];
    if (a && a !== policy.classes[c] && !derived(rule)) rows.push({ rule, value: a, layer: origin(rule) });
  }
  for (const [t, a] of Object.entries(table.types).sort()) {
    const rule = `target ${key} type ${t}`;
    if (a !== policy.types[t] && !derived(rule)) rows.push({ rule, value: a, layer: origin(rule) });
  }
  return rows;
}

function settingRows(policy: EffectivePolicy): Row[] {
  const origin = (k: string) => policy.origins?.[k] ?? '';
  const rows: Row[] = [
    { rule: 'minConfidence', value: String(policy.minConfidence), layer: origin('minConfidence') },
    { rule: 'onTimeout', value: policy.onTimeout, layer: origin('onTimeout') },
  ];
  for (const c of CATEGORIES) {
    const o = policy.overrides[c];
    const value = o.allowed ? (o.reasonRequired ? 'Paste anyway, with a reason' : 'Paste anyway') : 'no override';
    const layer = o.allowed ? origin(`override ${c} reasonRequired`) : origin(`override ${c} allowed`);
    rows.push({ rule: `override ${c}`, value, layer });
  }
  return rows;
}

/**
 * The effective policy as people read it ("Show effective policy", `policy show`):
 * every rule with the layer it came from, allowlist entries with their reasons (never
 * a raw value) and which of them have expired.
 */
export function renderEffectivePolicy(policy: EffectivePolicy, format: RenderFormat = 'markdown', now: Date = new Date()): string {
  const md = format === 'markdown';
  const out: string[] = [];
  const heading = (t: string) => out.push(md ? `\n## ${t}\n` : `\n${t}\n${'-'.repeat(t.length)}`);
  const table = (rows: readonly Row[], head: [string, string, string]) => {
    if (md) {
      out.push(`| ${head.join(' | ')} |`, '|---|---|---|');
      for (const r of rows) out.push(`| \`${r.rule}\` | ${r.value} | ${r.layer} |`);
    } else {
      const w0 = Math.max(head[0].length, ...rows.map((r) => r.rule.length));
      const w1 = Math.max(head[1].length, ...rows.map((r) => r.value.length));
      out.push(`${head[0].padEnd(w0)}  ${head[1].padEnd(w1)}  ${head[2]}`);
      for (const r of rows) out.push(`${r.rule.padEnd(w0)}  ${r.value.padEnd(w1)}  ${r.layer}`);
    }
  };
  out.push(md ? `# Effective PromptFence policy` : 'Effective PromptFence policy');
  out.push(`${md ? '\n' : ''}Source: ${policy.source} · hash ${policy.hash}`);
  for (const l of policy.layers ?? []) out.push(`${md ? '- ' : '  '}${l.layer}: ${l.source}${l.skipped ? ` (left out: ${l.skipped})` : ''}`);

  heading('Actions');
  table(ruleRows(policy), ['rule', 'action', 'layer']);
  heading('Settings');
  table(settingRows(policy), ['setting', 'value', 'layer']);

  if (policy.allowlist?.length) {
    heading('Allowlist');
    for (const e of policy.allowlist) {
      const expired = isExpired(e, now) ? ` — EXPIRED ${e.expires}, no longer applies` : e.expires ? ` (until ${e.expires})` : '';
      out.push(`${md ? '- ' : '  '}${describeEntry(e)}: ${e.reason} [${e.layer}]${expired}`);
    }
  }
  if (policy.custom?.length) {
    heading('Custom classes');
    for (const c of policy.custom) {
      const terms = c.terms?.length ? `${c.terms.length} term${c.terms.length === 1 ? '' : 's'}` : '';
      const patterns = c.patterns?.length ? `${c.patterns.length} pattern${c.patterns.length === 1 ? '' : 's'}` : '';
      out.push(`${md ? '- ' : '  '}CUSTOM_${c.name} (${c.class}): ${[terms, patterns].filter(Boolean).join(', ')} [${c.layer}]`);
    }
  }
  if (policy.allowlistLimit) out.push('', 'Workspace allowlist entries cannot allow what the baseline blocks.');
  return out.join('\n') + '\n';
}
