import * as assert from 'node:assert/strict';
import { detectAgent, normaliseEventName, readHookCall } from '../../../src/hooks/payload';

describe('hook payloads: agent and event detection', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['VS Code (hookEventName)', { hookEventName: 'PreToolUse', sessionId: 's', timestamp: '2026-02-09T10:30:00.000Z', tool_name: 'read_file' }, 'vscode'],
    ['Claude Code (transcript_path)', { hook_event_name: 'UserPromptSubmit', session_id: 's', transcript_path: '/t', prompt: 'x' }, 'claude'],
    ['Claude Code (permission_mode only)', { hook_event_name: 'PreToolUse', permission_mode: 'default', tool_name: 'Read' }, 'claude'],
    ['Copilot CLI camelCase tool call', { sessionId: 's', timestamp: 1770000000000, toolName: 'bash', toolArgs: '{}' }, 'copilot'],
    ['Copilot CLI camelCase prompt', { sessionId: 's', timestamp: 1770000000000, cwd: '/w', prompt: 'x' }, 'copilot'],
    ['Copilot CLI VS Code-compatible', { hook_event_name: 'PreToolUse', session_id: 's', timestamp: '2026-02-09T10:30:00.000Z', tool_name: 'bash' }, 'copilot'],
    ['bare hook_event_name', { hook_event_name: 'UserPromptSubmit', prompt: 'x' }, 'claude'],
  ];
  for (const [name, payload, agent] of cases) it(name, () => assert.equal(detectAgent(payload), agent));

  it('maps every agent\'s event names to the two PromptFence acts on', () => {
    assert.equal(normaliseEventName('userPromptSubmitted'), 'UserPromptSubmit');
    assert.equal(normaliseEventName('UserPromptSubmit'), 'UserPromptSubmit');
    assert.equal(normaliseEventName('preToolUse'), 'PreToolUse');
    assert.equal(normaliseEventName('PostToolUse'), 'Other');
    assert.equal(normaliseEventName(undefined), 'Other');
  });

  it('infers the event of Copilot CLI camelCase payloads from their fields', () => {
    assert.equal(readHookCall({ sessionId: 's', timestamp: 1, toolName: 'view', toolArgs: '{"path":"a"}' }).event, 'PreToolUse');
    assert.equal(readHookCall({ sessionId: 's', timestamp: 1, prompt: 'p' }).event, 'UserPromptSubmit');
    assert.equal(readHookCall({ sessionId: 's', timestamp: 1 }).event, 'Other');
  });

  it('parses toolArgs given as a JSON string, and keeps a plain string', () => {
    assert.deepEqual(readHookCall({ toolName: 'view', toolArgs: '{"path":"a.txt"}' }).toolInput, { path: 'a.txt' });
    assert.equal(readHookCall({ toolName: 'bash', toolArgs: 'ls -la' }).toolInput, 'ls -la');
  });

  it('lets --agent decide for ambiguous payloads but not against a VS Code payload', () => {
    assert.equal(readHookCall({ hook_event_name: 'UserPromptSubmit', prompt: 'x' }, { agent: 'copilot' }).agent, 'copilot');
    assert.equal(readHookCall({ hookEventName: 'UserPromptSubmit', prompt: 'x' }, { agent: 'claude' }).agent, 'vscode');
  });

  it('uses --event when the payload names none', () => {
    assert.equal(readHookCall({ sessionId: 's', timestamp: 1, cwd: '/w' }, { event: 'userPromptSubmitted' }).event, 'UserPromptSubmit');
  });

  it('marks Copilot CLI camelCase payloads for their top-level answer shape', () => {
    assert.equal(readHookCall({ toolName: 'bash', toolArgs: '{}' }).copilotCamel, true);
    assert.equal(readHookCall({ hook_event_name: 'PreToolUse', timestamp: 'x', tool_name: 'bash' }).copilotCamel, false);
  });

  it('refuses payloads that are not JSON objects', () => {
    for (const p of [null, 3, 'text', []]) assert.throws(() => readHookCall(p), /not a JSON object/);
  });
});

describe('Copilot Chat payloads in VS Code', () => {
  it('are recognised as VS Code by their ISO timestamp and transcript folder', () => {
    const payload = {
      timestamp: '2026-11-23T04:30:00.000Z',
      hook_event_name: 'UserPromptSubmit',
      session_id: 's',
      transcript_path: '/home/u/.vscode-server/data/User/workspaceStorage/x/GitHub.copilot-chat/transcripts/t.jsonl',
      prompt: 'p',
      cwd: '/w',
    };
    assert.equal(detectAgent(payload), 'vscode');
    const { timestamp: _ignored, ...claude } = payload;
    assert.equal(detectAgent({ ...claude, transcript_path: '/home/u/.claude/projects/t.jsonl' }), 'claude');
  });
});
