/**
 * Reading a hook call: which agent sent it, for which event, and what it carries. The
 * three agents send different field names (see docs/agent-hooks.md), so detection works
 * from those names when the command line does not say.
 */

export type HookAgent = 'vscode' | 'claude' | 'copilot';

export const HOOK_AGENTS: readonly HookAgent[] = ['vscode', 'claude', 'copilot'];

/** Events PromptFence acts on; any other event is answered with "no objection". */
export type HookEventName = 'UserPromptSubmit' | 'PreToolUse' | 'Other';

export interface HookCall {
  readonly agent: HookAgent;
  readonly event: HookEventName;
  /** The event name as the agent sent it (`preToolUse`, `PreToolUse`, …), for messages. */
  readonly rawEvent: string;
  /**
   * Copilot CLI's own lowerCamel payloads (`toolName`/`toolArgs`) are answered with its
   * top-level fields; everything else uses the VS Code / Claude shapes.
   */
  readonly copilotCamel: boolean;
  readonly prompt?: string;
  readonly toolName?: string;
  readonly toolInput?: unknown;
  /** The agent's working directory, when it sent one. */
  readonly cwd?: string;
}

export interface HookHints {
  readonly agent?: HookAgent;
  readonly event?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Event names of all three agents mapped to the two PromptFence acts on. */
export function normaliseEventName(name: string | undefined): HookEventName {
  switch (name?.toLowerCase()) {
    case 'userpromptsubmit':
    case 'userpromptsubmitted':
      return 'UserPromptSubmit';
    case 'pretooluse':
      return 'PreToolUse';
    default:
      return 'Other';
  }
}

/**
 * Which agent sent a payload, by the fields only it uses: VS Code names the event
 * `hookEventName`; Claude Code sends `hook_event_name` with `transcript_path`,
 * `permission_mode` or `tool_use_id`; Copilot CLI sends either lowerCamel fields
 * (`toolName`, `toolArgs`, a numeric `timestamp`) or, for PascalCase events,
 * `hook_event_name` with an ISO `timestamp` and none of Claude's fields.
 */
export function detectAgent(p: Record<string, unknown>): HookAgent {
  if ('hookEventName' in p) return 'vscode';
  if ('toolName' in p || 'toolArgs' in p || typeof p.timestamp === 'number') return 'copilot';
  if ('hook_event_name' in p) {
    // Copilot Chat in VS Code sends Claude-style payloads, with an ISO timestamp and its own transcript folder.
    if (typeof p.timestamp === 'string' && /copilot-chat/i.test(String(p.transcript_path ?? ''))) return 'vscode';
    if ('transcript_path' in p || 'permission_mode' in p || 'tool_use_id' in p) return 'claude';
    if ('timestamp' in p) return 'copilot';
    return 'claude';
  }
  if ('sessionId' in p) return 'copilot';
  return 'claude';
}

function parseToolArgs(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    // Some tools pass plain strings; keep them so that command text is still scanned.
    return v;
  }
}

/**
 * Turns a parsed payload into a hook call. The command line's `--agent` wins over
 * detection except when the payload is plainly VS Code's: VS Code also runs the hooks
 * in Claude's settings files and Copilot CLI's hook folder, and then only its own
 * answer shape is understood.
 */
export function readHookCall(payload: unknown, hints: HookHints = {}): HookCall {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new Error('the hook payload is not a JSON object');
  const p = payload as Record<string, unknown>;
  const detected = detectAgent(p);
  const agent = detected === 'vscode' ? 'vscode' : (hints.agent ?? detected);
  const named = str(p.hookEventName) ?? str(p.hook_event_name) ?? hints.event;
  const toolName = str(p.tool_name) ?? str(p.toolName);
  const toolInput = 'tool_input' in p ? parseToolArgs(p.tool_input) : 'toolArgs' in p ? parseToolArgs(p.toolArgs) : undefined;
  const prompt = str(p.prompt);
  let event = normaliseEventName(named);
  // Copilot CLI's camelCase payloads carry no event name: the fields tell.
  if (named === undefined) event = toolName !== undefined ? 'PreToolUse' : prompt !== undefined ? 'UserPromptSubmit' : 'Other';
  return {
    agent,
    event,
    rawEvent: named ?? event,
    copilotCamel: agent === 'copilot' && !('hook_event_name' in p),
    prompt,
    toolName,
    toolInput,
    cwd: str(p.cwd),
  };
}
