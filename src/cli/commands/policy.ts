import { parseArgs } from 'node:util';
import { mergePolicyLayers } from '../../policy/merge';
import { renderEffectivePolicy } from '../../policy/render';
import { runPolicyExamples } from '../../policy/selfTest';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { loadEffectivePolicy, loadPolicyFile, loadSingle, problemLines } from './policyFiles';

const USAGE = `usage: promptfence policy check [--role workspace|baseline] FILE...
       promptfence policy test [--role workspace|baseline] [--baseline FILE] FILE
       promptfence policy show [--baseline FILE] [--workspace FILE] [--untrusted] [--format text|markdown|json]

check  validates policy files: errors print as FILE:LINE:COLUMN: KEY: MESSAGE, expired
       allowlist entries as warnings. --role baseline checks organisation baselines
       (some keys are honoured only there; elsewhere they draw a warning).
       Exit 0 when every file is valid, 1 when one is not, 2 on a usage or input error.
test   runs the file's "examples" (as a workspace policy over --baseline FILE, if given,
       or as a baseline on its own with --role baseline) and prints pass or fail
       for each. Exit 0 when all pass, 1 when one fails, the file is invalid or has none.
show   prints the effective policy after merging built-in < baseline < workspace, with
       the layer each rule came from. --untrusted leaves the workspace out, as VS Code
       does in an untrusted workspace. Exit 1 when a file is invalid (the fallback is shown).`;

function roleOf(value: string | undefined): 'baseline' | 'workspace' {
  if (value === undefined || value === 'workspace') return 'workspace';
  if (value === 'baseline') return 'baseline';
  throw new UsageError(`unknown role: ${value} (workspace or baseline)`);
}

function check(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { role: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('policy check needs at least one FILE');
  const role = roleOf(values.role);
  let invalid = 0;
  for (const file of positionals) {
    const loaded = loadPolicyFile(file, role, io);
    io.out(problemLines(loaded));
    if (loaded.errors.length > 0) invalid++;
    const n = loaded.errors.length;
    io.out(n > 0 ? `${file}: invalid (${n} error${n === 1 ? '' : 's'})\n` : `${file}: valid\n`);
  }
  return invalid > 0 ? 1 : 0;
}

function test(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { baseline: { type: 'string' }, role: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('policy test takes exactly one FILE');
  const role = roleOf(values.role);
  if (role === 'baseline' && values.baseline !== undefined) throw new UsageError('a baseline is tested on its own: give --role baseline or --baseline FILE, not both');
  const file = positionals[0];
  const loaded = loadSingle(file, role, values.baseline, io);
  for (const layer of loaded.layers) io.out(problemLines(layer));
  if (!loaded.valid) {
    io.out(`${file}: not tested: the policy is invalid\n`);
    return 1;
  }
  // Only this file's own examples: a baseline's examples are the baseline's business.
  const examples = loaded.layers[loaded.layers.length - 1].valid?.examples ?? [];
  if (examples.length === 0) {
    io.out(`${file}: no examples to run; add "examples": [{ "text": …, "target": …, "expect": … }]\n`);
    return 1;
  }
  const results = runPolicyExamples(loaded.policy, examples);
  for (const r of results) {
    const target = r.example.target ?? 'chat.panel';
    if (r.passed) io.out(`ok    examples[${r.index}] ${target}: ${r.actual}\n`);
    else io.out(`FAIL  examples[${r.index}] ${target}: expected ${r.example.expect}, got ${r.actual}${r.rules.length ? ` (${r.rules.join('; ')})` : ''}\n`);
  }
  const failed = results.filter((r) => !r.passed).length;
  io.out(`${results.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function show(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      baseline: { type: 'string' },
      workspace: { type: 'string' },
      untrusted: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError('policy show takes its files as --baseline FILE and --workspace FILE');
  if (!['text', 'markdown', 'json'].includes(values.format!)) throw new UsageError(`unknown format: ${values.format}`);
  const loaded =
    values.baseline === undefined && values.workspace === undefined
      ? { policy: mergePolicyLayers({ workspaceTrusted: true }), layers: [], valid: true }
      : loadEffectivePolicy({ baseline: values.baseline, workspace: values.workspace, untrusted: values.untrusted }, io);
  for (const layer of loaded.layers) io.err(problemLines(layer));
  if (values.format === 'json') io.out(JSON.stringify(loaded.policy, null, 2) + '\n');
  else io.out(renderEffectivePolicy(loaded.policy, values.format as 'text' | 'markdown'));
  return loaded.valid ? 0 : 1;
}

const SUBCOMMANDS: Readonly<Record<string, (args: string[], io: CliIo) => number>> = { check, test, show };

export const policyCommand: CliCommand = {
  summary: 'check, test and show policy files (.promptfence.json)',
  usage: USAGE,
  run(args, io) {
    const [sub, ...rest] = args;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run) throw new UsageError(sub === undefined ? 'policy needs a subcommand: check, test or show' : `unknown policy subcommand: ${sub}`);
    return run(rest, io);
  },
};
