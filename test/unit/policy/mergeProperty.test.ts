import * as assert from 'node:assert/strict';
import { CATEGORIES } from '../../../src/engine/types';
import { ACTION_SEVERITY, ACTIONS, BUILTIN_POLICY, decideAction, mergePolicyLayers, resolveRule, type PolicyFile } from '../../../src/policy';
import { finding } from './helpers';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TYPES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'IBAN_CODE', 'SECRET_GITHUB_TOKEN', 'PERSON', 'INTERNAL_HOST'];
const KEYS = ['*', 'chat', 'chat.panel', 'terminal', 'terminal.claude', 'webview', 'hook.PreToolUse'];
const PROBES = ['chat.panel', 'chat.inline', 'terminal.claude', 'terminal.aider', 'webview.x.y', 'hook.PreToolUse', 'hook.UserPromptSubmit', 'other'];

function randomFile(next: () => number): PolicyFile {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const rules = () => {
    const classes: Record<string, string> = {};
    const types: Record<string, string> = {};
    for (const c of CATEGORIES) if (next() < 0.4) classes[c] = pick(ACTIONS);
    for (const t of TYPES) if (next() < 0.25) types[t] = pick(ACTIONS);
    return { classes, types };
  };
  const targets: Record<string, unknown> = {};
  for (const k of KEYS) if (next() < 0.3) targets[k] = rules();
  return { version: 1, ...rules(), targets } as PolicyFile;
}

describe('mergePolicyLayers only tightens (randomised, seeded)', () => {
  it('gives at least the baseline action (over the built-in) and at least what the workspace says, for every type and target', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const next = rng(seed);
      const baseline = randomFile(next);
      const workspace = randomFile(next);
      const merged = mergePolicyLayers({ baseline: { source: 'b', policy: baseline }, workspace: { source: 'w', policy: workspace }, workspaceTrusted: true });
      for (const type of TYPES) {
        const f = finding(type);
        for (const target of PROBES) {
          const got = ACTION_SEVERITY[decideAction([f], target, merged).action];
          const floor = resolveRule(baseline, type, f.category, target)?.action ?? BUILTIN_POLICY.classes[f.category];
          const ws = resolveRule(workspace, type, f.category, target)?.action ?? 'allow';
          const want = Math.max(ACTION_SEVERITY[floor], ACTION_SEVERITY[ws]);
          assert.equal(got, want, `seed ${seed}, ${type} → ${target}`);
        }
      }
    }
  });

  it('lets a workspace alone replace the built-in exactly where it says something', () => {
    for (let seed = 1000; seed < 1060; seed++) {
      const workspace = randomFile(rng(seed));
      const merged = mergePolicyLayers({ workspace: { source: 'w', policy: workspace }, workspaceTrusted: true });
      for (const type of TYPES) {
        const f = finding(type);
        for (const target of PROBES) {
          const want = resolveRule(workspace, type, f.category, target)?.action ?? BUILTIN_POLICY.classes[f.category];
          assert.equal(decideAction([f], target, merged).action, want, `seed ${seed}, ${type} → ${target}`);
        }
      }
    }
  });
});
