import { isAbsolute, relative, resolve } from 'node:path';
import { maskValue, scanText, type DetectorRegistry, type Finding } from '../engine';
import { decideAction } from '../policy/decide';
import type { Action, Decision, EffectivePolicy } from '../policy/types';
import type { HookCall } from './payload';
import type { SourceRule } from '../provenance/sourceRules';
import { matchSensitivePath } from './sensitivePaths';
import { commandPathWords, extractToolTargets } from './toolInput';

/** Files are read through this port so that the logic stays testable without a disk. */
export interface HookFiles {
  /** Size of a regular file, or undefined when the path is not one (missing, a folder). */
  fileSize(absPath: string): number | undefined;
  readText(absPath: string): string;
}

export interface HookContext {
  readonly policy: EffectivePolicy;
  readonly registry: DetectorRegistry;
  /** Relative paths in tool arguments resolve against this (the agent's cwd). */
  readonly cwd: string;
  readonly files: HookFiles;
  /** Path rules checked before the built-in ones (see sensitivePaths.ts). */
  readonly pathRules?: readonly SourceRule[];
  readonly timeBudgetMs?: number;
  readonly now?: Date;
}

/** What the hook answers: `warn` lets the prompt through with a visible warning, or asks for a tool call. */
export type HookVerdictKind = 'allow' | 'warn' | 'block';

export interface HookVerdict {
  readonly kind: HookVerdictKind;
  /** The policy's action behind the verdict (`redact` becomes a block: a hook cannot rewrite a prompt). */
  readonly action: Action;
  /** The policy target the decision was made for: `hook.<event>.<agent>`. */
  readonly target: string;
  /** For the user and the agent; names types and masked previews, never a value. */
  readonly reason: string;
  /** The text whose findings decided (for the log's fingerprints); empty for a path rule. */
  readonly text: string;
  readonly findings: readonly Finding[];
  /** Workspace-relative path of the file that decided, if one did. */
  readonly source?: string;
}

/** Files larger than this are judged by name only: reading them would cost the agent time. */
export const MAX_SCANNED_FILE_BYTES = 1024 * 1024;
/** At most this many files named in one command line are opened. */
const MAX_COMMAND_FILES = 4;

export function hookTarget(call: Pick<HookCall, 'event' | 'agent'>): string {
  return `hook.${call.event}.${call.agent}`;
}

interface Judgement {
  readonly kind: HookVerdictKind;
  readonly action: Action;
  readonly what: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly source?: string;
  readonly hint?: string;
}

const RANK: Readonly<Record<HookVerdictKind, number>> = { allow: 0, warn: 1, block: 2 };

function describeFindings(text: string, findings: readonly Finding[]): string {
  const shown = findings.slice(0, 5).map((f) => `${f.type} (${maskValue(f.type, text.slice(f.start, f.end))})`);
  if (findings.length > 5) shown.push(`${findings.length - 5} more`);
  return shown.join(', ');
}

/** Maps the policy's decision to what a non-interactive hook can do. */
function judgeDecision(decision: Decision): { kind: HookVerdictKind; hint?: string } {
  switch (decision.action) {
    case 'allow':
      return { kind: 'allow' };
    case 'warn':
      // Nobody can type a reason into a hook, so a warning that needs one stops the prompt.
      if (!decision.overrideAllowed || decision.reasonRequired) return { kind: 'block', hint: 'the policy requires a reason to send this, which a hook cannot ask for' };
      return { kind: 'warn' };
    case 'redact':
      return { kind: 'block', hint: 'the policy redacts this; a hook cannot rewrite a prompt, so send it again without these values (PromptFence paste redacts them for you)' };
    case 'block':
      return { kind: 'block', hint: decision.incomplete ? 'the scan did not finish in time and the policy fails closed' : undefined };
  }
}

function scanAndJudge(text: string, what: string, ctx: HookContext, target: string, sourcePath?: string): Judgement {
  const result = scanText(text, { timeBudgetMs: ctx.timeBudgetMs ?? 80, minConfidence: ctx.policy.minConfidence }, ctx.registry);
  const decision = decideAction(result.findings, target, ctx.policy, result.complete, { text, sourcePath, now: ctx.now });
  const { kind, hint } = judgeDecision(decision);
  return { kind, action: decision.action, what, text, findings: decision.findings.map((d) => d.finding), source: sourcePath, hint };
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
}

function judgePath(raw: string, ctx: HookContext, target: string, readContent: boolean): Judgement[] {
  const home = process.env.HOME ?? process.env.USERPROFILE;
  const expanded = raw.startsWith('~/') && home ? resolve(home, raw.slice(2)) : raw.replace(/^file:\/\//, '');
  const abs = resolve(ctx.cwd, expanded);
  const shown = displayPath(abs, ctx.cwd);
  const hit = matchSensitivePath(shown, ctx.pathRules);
  if (hit) {
    const kind: HookVerdictKind = hit.action === 'warn' ? 'warn' : 'block';
    return [{ kind, action: hit.action, what: `reading ${shown}`, text: '', findings: [], source: shown, hint: `${hit.reason}: such files stay out of AI conversations` }];
  }
  if (!readContent) return [];
  const size = ctx.files.fileSize(abs);
  if (size === undefined || size > MAX_SCANNED_FILE_BYTES) return [];
  let content: string;
  try {
    content = ctx.files.readText(abs);
  } catch {
    return [];
  }
  return [scanAndJudge(content, `${shown} holds`, ctx, target, shown)];
}

function strictest(judgements: readonly Judgement[]): Judgement | undefined {
  let best: Judgement | undefined;
  for (const j of judgements) if (j.kind !== 'allow' && (!best || RANK[j.kind] > RANK[best.kind])) best = j;
  return best;
}

function verdictOf(judgements: readonly Judgement[], target: string, subject: string, policy: EffectivePolicy): HookVerdict {
  const top = strictest(judgements);
  if (!top) return { kind: 'allow', action: 'allow', target, reason: '', text: '', findings: [] };
  const parts = judgements
    .filter((j) => j.kind === top.kind)
    .map((j) => (j.findings.length > 0 ? `${j.what} ${describeFindings(j.text, j.findings)}` : j.what));
  const verb = top.kind === 'block' ? 'blocked' : 'warns about';
  const hint = top.hint ? ` (${top.hint})` : '';
  const reason = `PromptFence ${verb} ${subject}: ${[...new Set(parts)].join('; ')}${hint}. Policy: ${policy.source}, target ${target}.`;
  return { kind: top.kind, action: top.action, target, reason, text: top.text, findings: top.findings, source: top.source };
}

/**
 * Decides one hook call under a policy. Prompts are scanned; tool calls are judged by
 * the files they name (a built-in list of secret files, then the content of small
 * files), by their command lines (inline secrets, secret files named in them) and by
 * other text they send (URLs, queries). Events other than these two are allowed.
 */
export function evaluateHookCall(call: HookCall, ctx: HookContext): HookVerdict {
  const target = hookTarget(call);
  if (call.event === 'UserPromptSubmit') {
    const judgement = scanAndJudge(call.prompt ?? '', 'it contains', ctx, target);
    return verdictOf([judgement], target, 'this prompt', ctx.policy);
  }
  if (call.event !== 'PreToolUse') return { kind: 'allow', action: 'allow', target, reason: '', text: '', findings: [] };
  const targets = extractToolTargets(call.toolInput);
  const judgements: Judgement[] = [];
  for (const p of targets.paths) judgements.push(...judgePath(p, ctx, target, true));
  for (const command of targets.commands) {
    judgements.push(scanAndJudge(command, 'the command line contains', ctx, target));
    let opened = 0;
    for (const word of commandPathWords(command)) {
      const byName = judgePath(word, ctx, target, false);
      if (byName.length > 0) {
        judgements.push(...byName);
        continue;
      }
      if (opened < MAX_COMMAND_FILES) {
        const abs = resolve(ctx.cwd, word);
        if (ctx.files.fileSize(abs) !== undefined) {
          opened++;
          judgements.push(...judgePath(word, ctx, target, true));
        }
      }
    }
  }
  if (targets.otherText.length > 0) judgements.push(scanAndJudge(targets.otherText.join('\n'), 'its arguments contain', ctx, target));
  return verdictOf(judgements, target, `the ${call.toolName ?? 'tool'} call`, ctx.policy);
}
