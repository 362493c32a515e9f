/**
 * The answer each agent understands, per docs/agent-hooks.md. Only documented fields
 * are written: Claude Code rejects hook output with keys it does not know.
 */
import type { HookVerdict } from './evaluate';
import type { HookAgent, HookCall } from './payload';

export interface HookAnswer {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const json = (o: unknown): string => JSON.stringify(o) + '\n';

/** Nothing to object to: no decision fields, so the agent's own permission flow runs unchanged. */
function allowAnswer(agent: HookAgent, notice: string | undefined): HookAnswer {
  if (agent === 'copilot') return { stdout: '', stderr: notice ? notice + '\n' : '', exitCode: 0 };
  if (notice) return { stdout: json({ systemMessage: notice }), stderr: '', exitCode: 0 };
  return { stdout: agent === 'vscode' ? json({}) : '', stderr: '', exitCode: 0 };
}

function withNotice(message: string, notice: string | undefined): string {
  return notice ? `${message} (${notice})` : message;
}

/**
 * A blocked prompt gets one answer that every agent reading it understands: Claude Code's
 * `decision`/`reason` and the common `continue`/`stopReason` fields VS Code documents
 * (Copilot Chat, which runs VS Code's hooks, honours both). Payloads are not always
 * recognisable by agent, so the answer must not depend on guessing right.
 */
function promptAnswer(call: HookCall, verdict: HookVerdict, notice: string | undefined): HookAnswer {
  const message = withNotice(verdict.reason, notice);
  if (call.copilotCamel) {
    // Copilot CLI does not act on userPromptSubmitted output: say so on stderr, which it logs.
    return { stdout: '', stderr: `${message} Copilot CLI cannot stop a prompt from a hook; it was logged.\n`, exitCode: 0 };
  }
  if (verdict.kind === 'warn') return { stdout: json({ systemMessage: message }), stderr: '', exitCode: 0 };
  return { stdout: json({ decision: 'block', reason: message, continue: false, stopReason: message }), stderr: '', exitCode: 0 };
}

function toolAnswer(call: HookCall, verdict: HookVerdict, notice: string | undefined): HookAnswer {
  // A warning asks the user to confirm the tool call; a block denies it.
  const permissionDecision = verdict.kind === 'block' ? 'deny' : 'ask';
  const permissionDecisionReason = withNotice(verdict.reason, notice);
  const specific = { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision, permissionDecisionReason } };
  if (call.agent !== 'copilot') return { stdout: json(specific), stderr: '', exitCode: 0 };
  const top = { permissionDecision, permissionDecisionReason };
  // In its VS Code-compatible mode (PascalCase events) Copilot CLI may read either shape.
  return { stdout: json(call.copilotCamel ? top : { ...top, ...specific }), stderr: '', exitCode: 0 };
}

/** `notice` says something about the answer itself, such as a broken policy file. */
export function formatHookAnswer(call: HookCall, verdict: HookVerdict, notice?: string): HookAnswer {
  if (verdict.kind === 'allow') return allowAnswer(call.agent, notice);
  return call.event === 'UserPromptSubmit' ? promptAnswer(call, verdict, notice) : toolAnswer(call, verdict, notice);
}

/**
 * When the hook cannot judge (unreadable payload, internal error) it fails closed where
 * the agent lets it: exit code 2 blocks in VS Code and Claude Code; Copilot CLI ignores
 * failing hooks, so it gets a deny on stdout with exit code 0 instead.
 */
export function formatHookFailure(agent: HookAgent | undefined, message: string): HookAnswer {
  const text = `PromptFence could not check this: ${message}. Blocked to be safe.`;
  if (agent === 'copilot') return { stdout: json({ permissionDecision: 'deny', permissionDecisionReason: text }), stderr: text + '\n', exitCode: 0 };
  return { stdout: '', stderr: text + '\n', exitCode: 2 };
}
