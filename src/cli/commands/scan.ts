import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scanText, type ScanResult } from '../../engine';
import { createPolicyRegistry } from '../../policy/customDetectors';
import { decideAction } from '../../policy/decide';
import { categoryUnder } from '../../policy/resolve';
import type { Decision, EffectivePolicy, FindingDecision } from '../../policy/types';
import { InputError, UsageError, type CliCommand, type CliIo } from '../command';
import { readInput } from '../readInput';
import { reportJson } from '../reporters/json';
import { reportText } from '../reporters/text';
import { loadEffectivePolicy, problemLines } from './policyFiles';

function loadPolicy(path: string, io: CliIo): EffectivePolicy {
  const loaded = loadEffectivePolicy({ workspace: path }, io);
  if (!loaded.valid) throw new InputError(`invalid policy, nothing scanned:\n${loaded.layers.map(problemLines).join('')}`.trimEnd());
  return loaded.policy;
}

/**
 * Scans under a policy: its custom detectors and threshold apply, allowlisted findings
 * leave the list (they are known to be harmless) and every other finding carries the
 * action the policy decides for the target.
 */
function scanWithPolicy(text: string, policy: EffectivePolicy, target: string, sourcePath: string | undefined) {
  const result = scanText(text, { minConfidence: policy.minConfidence }, createPolicyRegistry(policy));
  const findings = result.findings.map((f) => {
    const category = categoryUnder(policy, f.type, f.category);
    return category === f.category ? f : { ...f, category };
  });
  const decision = decideAction(findings, target, policy, result.complete, { text, sourcePath });
  const allowlisted = (decision.allowed ?? []).filter((d) => d.rule.startsWith('allowlist: '));
  const kept = findings.filter((f) => !allowlisted.some((d) => d.finding.start === f.start && d.finding.end === f.end && d.finding.type === f.type));
  const verdicts = new Map<string, FindingDecision>();
  for (const d of [...decision.findings, ...(decision.allowed ?? [])]) verdicts.set(`${d.finding.start}:${d.finding.end}:${d.finding.type}`, d);
  return { result: { ...result, findings: kept } as ScanResult, decision, allowlisted, verdict: (f: { start: number; end: number; type: string }) => verdicts.get(`${f.start}:${f.end}:${f.type}`) };
}

function decisionSummary(decision: Decision, allowlisted: readonly FindingDecision[]): string {
  const lines = [`decision: ${decision.action}${decision.incomplete ? ' (scan incomplete)' : ''}`];
  for (const d of allowlisted) lines.push(`allowlisted: ${d.finding.type} (${d.rule})`);
  return lines.join('\n') + '\n';
}

export const scanCommand: CliCommand = {
  summary: 'scan a file or standard input for personal and confidential data',
  usage: `usage: promptfence scan [--format text|json] [--policy FILE [--target ID]] FILE|-

Scans FILE (or standard input with -). Exit code 0 when the scan ran, whether or not
it found anything; 2 on a usage or input error (an invalid policy is one).

With --policy, the policy's custom classes, minimum confidence and allowlists apply:
allowlisted findings are left out (listed apart), and each finding carries the action
the policy decides for the target (default chat.panel).`,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'text' }, policy: { type: 'string' }, target: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('scan takes exactly one FILE or -');
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown format: ${values.format}`);
    if (values.target !== undefined && values.policy === undefined) throw new UsageError('--target needs --policy');
    const path = positionals[0];
    const policy = values.policy === undefined ? undefined : loadPolicy(values.policy, io);
    const text = readInput(path, io);
    const name = path === '-' ? '<stdin>' : path;
    if (!policy) {
      const result = scanText(text);
      io.out(values.format === 'json' ? reportJson(text, result) : reportText(name, text, result));
      return 0;
    }
    const sourcePath = path === '-' ? undefined : relative(io.cwd, resolve(io.cwd, path)).split('\\').join('/');
    const scanned = scanWithPolicy(text, policy, values.target ?? 'chat.panel', sourcePath);
    if (values.format === 'text') {
      io.out(reportText(name, text, scanned.result) + decisionSummary(scanned.decision, scanned.allowlisted));
      return 0;
    }
    const report = JSON.parse(reportJson(text, scanned.result)) as { findings: Record<string, unknown>[] };
    report.findings.forEach((f, i) => {
      const verdict = scanned.verdict(scanned.result.findings[i]);
      if (verdict) Object.assign(f, { action: verdict.action, rule: verdict.rule });
    });
    const allowlisted = scanned.allowlisted.map((d) => ({ type: d.finding.type, start: d.finding.start, end: d.finding.end, rule: d.rule }));
    io.out(JSON.stringify({ ...report, action: scanned.decision.action, policy: { source: policy.source, hash: policy.hash }, allowlisted }) + '\n');
    return 0;
  },
};
