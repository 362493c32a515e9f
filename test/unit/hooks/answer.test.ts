import * as assert from 'node:assert/strict';
import { formatHookAnswer, formatHookFailure } from '../../../src/hooks/answer';
import type { HookVerdict } from '../../../src/hooks/evaluate';
import type { HookAgent, HookCall, HookEventName } from '../../../src/hooks/payload';

const call = (agent: HookAgent, event: HookEventName, copilotCamel = false): HookCall => ({ agent, event, rawEvent: event, copilotCamel });
const verdict = (kind: HookVerdict['kind']): HookVerdict => ({ kind, action: kind === 'warn' ? 'warn' : kind, target: 't', reason: 'R', text: '', findings: [] });
const parsed = (a: { stdout: string }) => JSON.parse(a.stdout);

describe('hook answers per agent', () => {
  it('blocks a prompt with one answer every agent understands (Claude decision/reason, VS Code continue false)', () => {
    const both = { decision: 'block', reason: 'R', continue: false, stopReason: 'R' };
    assert.deepEqual(parsed(formatHookAnswer(call('claude', 'UserPromptSubmit'), verdict('block'))), both);
    assert.deepEqual(parsed(formatHookAnswer(call('vscode', 'UserPromptSubmit'), verdict('block'))), both);
    // A snake_case payload taken for Copilot CLI (it may be Copilot Chat in VS Code) still gets a blocking answer.
    assert.deepEqual(parsed(formatHookAnswer(call('copilot', 'UserPromptSubmit', false), verdict('block'))), both);
  });

  it('lets a warned prompt through with a systemMessage', () => {
    for (const agent of ['claude', 'vscode'] as const) assert.deepEqual(parsed(formatHookAnswer(call(agent, 'UserPromptSubmit'), verdict('warn'))), { systemMessage: 'R' });
  });

  it('cannot block a Copilot CLI prompt: nothing on stdout, the reason on stderr', () => {
    const a = formatHookAnswer(call('copilot', 'UserPromptSubmit', true), verdict('block'));
    assert.equal(a.stdout, '');
    assert.match(a.stderr, /^R Copilot CLI cannot stop a prompt/);
    assert.equal(a.exitCode, 0);
  });

  it('denies or asks for a tool call', () => {
    assert.deepEqual(parsed(formatHookAnswer(call('claude', 'PreToolUse'), verdict('block'))), { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: 'R' } });
    assert.equal(parsed(formatHookAnswer(call('vscode', 'PreToolUse'), verdict('warn'))).hookSpecificOutput.permissionDecision, 'ask');
    assert.deepEqual(parsed(formatHookAnswer(call('copilot', 'PreToolUse', true), verdict('block'))), { permissionDecision: 'deny', permissionDecisionReason: 'R' });
    const pascal = parsed(formatHookAnswer(call('copilot', 'PreToolUse', false), verdict('block')));
    assert.equal(pascal.permissionDecision, 'deny');
    assert.equal(pascal.hookSpecificOutput.permissionDecision, 'deny');
  });

  it('says nothing that would approve a tool call when there is no objection', () => {
    assert.equal(formatHookAnswer(call('claude', 'PreToolUse'), verdict('allow')).stdout, '');
    assert.deepEqual(parsed(formatHookAnswer(call('vscode', 'PreToolUse'), verdict('allow'))), {});
    assert.equal(formatHookAnswer(call('copilot', 'PreToolUse', true), verdict('allow')).stdout, '');
  });

  it('carries a notice (a broken policy) even on an allow', () => {
    assert.deepEqual(parsed(formatHookAnswer(call('claude', 'UserPromptSubmit'), verdict('allow'), 'N')), { systemMessage: 'N' });
    assert.equal(parsed(formatHookAnswer(call('claude', 'UserPromptSubmit'), verdict('block'), 'N')).reason, 'R (N)');
  });

  it('fails closed: exit 2 where that blocks, a deny on stdout for Copilot CLI', () => {
    for (const agent of [undefined, 'claude', 'vscode'] as const) {
      const a = formatHookFailure(agent, 'M');
      assert.equal(a.exitCode, 2);
      assert.equal(a.stdout, '');
      assert.match(a.stderr, /M\. Blocked to be safe/);
    }
    const c = formatHookFailure('copilot', 'M');
    assert.equal(c.exitCode, 0);
    assert.equal(JSON.parse(c.stdout).permissionDecision, 'deny');
  });
});
