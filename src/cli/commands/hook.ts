import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { appendDecisionToLog } from '../../audit/appendDecision';
import { defaultRegistry } from '../../engine';
import { formatHookAnswer, formatHookFailure, type HookAnswer } from '../../hooks/answer';
import { unifiedDiff } from '../../hooks/diff';
import { evaluateHookCall, type HookFiles } from '../../hooks/evaluate';
import { HookFileError, planHookInstall, type HookScope } from '../../hooks/install';
import type { HookCall, HookReply } from '../../hooks/hookServer';
import { HOOK_AGENTS, readHookCall, type HookAgent } from '../../hooks/payload';
import { createPolicyRegistry } from '../../policy/customDetectors';
import { loadPolicyLayer, type LoadedLayer } from '../../policy/load';
import { mergePolicyLayers } from '../../policy/merge';
import type { EffectivePolicy } from '../../policy/types';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { runInMemory } from '../run';

const USAGE = `usage: promptfence hook [--agent vscode|claude|copilot] [--event NAME] [--policy FILE] [--log FILE]
       promptfence hook install --agent vscode|claude|copilot [--scope workspace|user]
                                [--workspace DIR] [--cli-path PATH] [--node PATH]
                                [--policy FILE] [--log PATH] [--dry-run]

hook     Answers one agent hook call: reads the payload JSON on standard input and
         prints the agent's answer on standard output. UserPromptSubmit prompts are
         scanned; PreToolUse calls are denied when they read secret files (.env, keys,
         credentials) or files, commands or arguments holding data the policy blocks.
         The agent and event are read from the payload unless given. The policy is
         .promptfence.json in the agent's folder on top of --policy FILE (the
         organisation's baseline, which that file may only tighten), else built-in; a
         broken baseline means the built-in policy. Decisions other than a silent
         allow go to --log FILE, else to the folder the policy names.
         Exit 0 with an answer; 2 when the payload cannot be read (blocks in VS Code
         and Claude Code; Copilot CLI gets a deny on standard output instead).
install  Adds PromptFence to the agent's hook file (or updates its entry), printing
         the change as a diff first; --dry-run writes nothing. The hook runs
         "node PATH hook" with --cli-path (absolute path of dist/cli.js; dist/hook.js
         runs as "node PATH", dist/hook.sh as "bash PATH"), else "promptfence hook"
         from PATH. --policy and --log are written into the hook's command line. See
         docs/agent-hooks.md.`;

function agentOf(value: string | undefined): HookAgent | undefined {
  if (value === undefined) return undefined;
  if (!(HOOK_AGENTS as readonly string[]).includes(value)) throw new UsageError(`unknown agent: ${value} (one of ${HOOK_AGENTS.join(', ')})`);
  return value as HookAgent;
}

const diskFiles: HookFiles = {
  fileSize(path) {
    try {
      const s = statSync(path);
      return s.isFile() ? s.size : undefined;
    } catch {
      return undefined;
    }
  },
  readText: (path) => readFileSync(path, 'utf8'),
};

interface HookPolicy {
  readonly policy: EffectivePolicy;
  /** Set when a policy file could not be used: the answer says so. */
  readonly notice?: string;
}

/** Reads one policy file; an unreadable or invalid file gives what is wrong with it instead of a layer. */
function readLayer(path: string, label: string, layer: 'baseline' | 'workspace'): { layer?: LoadedLayer['layer']; problem?: string } {
  let loaded: LoadedLayer;
  try {
    loaded = loadPolicyLayer(readFileSync(path, 'utf8'), label, layer);
  } catch {
    return { problem: `policy ${label} is unreadable` };
  }
  if (loaded.errors.length > 0) return { problem: `policy ${label} is invalid (${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'})` };
  return { layer: loaded.layer };
}

/**
 * `--policy` is the organisation's baseline, and the agent folder's `.promptfence.json`
 * may tighten it, as in the editor. A broken baseline means the built-in policy alone
 * (a workspace file must not loosen what the organisation meant to enforce); a broken
 * workspace file means the baseline (or the built-in policy) alone.
 */
function loadHookPolicy(explicit: string | undefined, folder: string, io: CliIo): HookPolicy {
  let baseline: LoadedLayer['layer'] | undefined;
  if (explicit !== undefined) {
    const read = readLayer(resolve(io.cwd, explicit), explicit, 'baseline');
    if (!read.layer) return { policy: mergePolicyLayers({ workspaceTrusted: true }), notice: `${read.problem}; the built-in policy applies` };
    baseline = read.layer;
  }
  const workspacePath = join(folder, '.promptfence.json');
  const workspace = existsSync(workspacePath) ? readLayer(workspacePath, workspacePath, 'workspace') : {};
  const policy = mergePolicyLayers({ baseline, workspace: workspace.layer, workspaceTrusted: true });
  const fallback = explicit === undefined ? 'the built-in policy' : `the baseline ${explicit}`;
  return { policy, notice: workspace.problem && `${workspace.problem}; ${fallback} applies` };
}

function print(answer: HookAnswer, io: CliIo): number {
  if (answer.stdout) io.out(answer.stdout);
  if (answer.stderr) io.err(answer.stderr);
  return answer.exitCode;
}

async function answerHook(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { agent: { type: 'string' }, event: { type: 'string' }, policy: { type: 'string' }, log: { type: 'string' } },
  });
  const hinted = agentOf(values.agent);
  let payload: unknown;
  try {
    payload = JSON.parse(io.readStdin().toString('utf8'));
  } catch {
    return print(formatHookFailure(hinted, 'the hook payload on standard input is not JSON'), io);
  }
  let agent = hinted;
  try {
    const call = readHookCall(payload, { agent: hinted, event: values.event });
    agent = call.agent;
    const folder = call.cwd !== undefined ? resolve(io.cwd, call.cwd) : io.cwd;
    const { policy, notice } = loadHookPolicy(values.policy, folder, io);
    // The built-in registry is compiled already; a policy with custom classes needs its own.
    const registry = policy.custom?.length ? createPolicyRegistry(policy) : defaultRegistry;
    const verdict = evaluateHookCall(call, { policy, registry, cwd: folder, files: diskFiles, pathRules: policy.sources });
    if (verdict.kind !== 'allow') {
      const logged = await appendDecisionToLog({
        logFile: values.log,
        policyLogDir: policy.log?.directory,
        retentionDays: policy.log?.retentionDays,
        env: io.env,
        cwd: io.cwd,
        text: verdict.text,
        findings: verdict.findings,
        action: verdict.action,
        choice: verdict.kind === 'block' ? 'blocked' : 'pasted',
        reason: verdict.kind === 'warn' ? 'allowed with a warning by an agent hook' : undefined,
        target: { surface: 'hook', program: call.agent },
        policy: { source: policy.source, hash: policy.hash },
        version,
        source: verdict.source,
      });
      if (!logged.written && logged.reason === 'failed') io.err(`promptfence hook: the warning log could not be written: ${logged.error}\n`);
    }
    return print(formatHookAnswer(call, verdict, notice), io);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return print(formatHookFailure(agent, (err as Error).message), io);
  }
}

function install(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      agent: { type: 'string' },
      scope: { type: 'string', default: 'workspace' },
      workspace: { type: 'string' },
      'cli-path': { type: 'string' },
      node: { type: 'string' },
      policy: { type: 'string' },
      log: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const agent = agentOf(values.agent);
  if (!agent) throw new UsageError('install needs --agent');
  if (values.scope !== 'workspace' && values.scope !== 'user') throw new UsageError(`unknown scope: ${values.scope}`);
  const homeDir = io.env.HOME ?? io.env.USERPROFILE ?? homedir();
  const workspaceDir = resolve(io.cwd, values.workspace ?? '.');
  const cliPath = values['cli-path'] === undefined ? undefined : resolve(io.cwd, values['cli-path']);
  const absolute = (p: string | undefined) => (p === undefined ? undefined : resolve(io.cwd, p));
  const request = { agent, scope: values.scope as HookScope, workspaceDir, homeDir, cliPath, nodePath: values.node, policyPath: absolute(values.policy), logPath: absolute(values.log) };
  const path = planHookInstall(request, undefined).path;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  let change;
  try {
    change = planHookInstall(request, current);
  } catch (err) {
    if (err instanceof HookFileError) {
      io.err(`promptfence hook install: ${path}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!change.changed) {
    io.out(`${path}: PromptFence's hooks are already installed; nothing to change.\n`);
    return 0;
  }
  io.out(unifiedDiff(path, change.before, change.after));
  if (values['dry-run']) {
    io.out(`(dry run: ${path} not written)\n`);
    return 0;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, change.after);
  io.out(`wrote ${path}\n`);
  if (!cliPath) io.out('note: the hook runs "promptfence hook"; it must be on the agent\'s PATH (or reinstall with --cli-path).\n');
  return 0;
}

export const hookCommand: CliCommand = {
  summary: 'answer an AI agent hook call (VS Code, Claude Code, Copilot CLI), or install the hooks',
  usage: USAGE,
  run(args, io) {
    if (args[0] === 'install') return install(args.slice(1), io);
    return answerHook(args, io);
  },
};

/**
 * One call handed over by hook.sh to a hook server, answered exactly as `promptfence hook`
 * with the same arguments would. Only answering is served: `hook install` writes files
 * and belongs to the user's own CLI run.
 */
export function serveHookCall(call: HookCall, env: Readonly<Record<string, string | undefined>>): Promise<HookReply> {
  if (call.args[0] === 'install') return Promise.resolve({ exitCode: 2, stdout: '', stderr: 'promptfence hook: install is not served by the hook server\n' });
  return runInMemory('hook', hookCommand, [...call.args], { cwd: call.cwd, stdin: call.stdin, env });
}
