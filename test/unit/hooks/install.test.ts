import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { unifiedDiff } from '../../../src/hooks/diff';
import { addPromptFenceHooks, HookFileError, hookFilePath, isPromptFenceCommand, planHookInstall, promptFenceHookCommand } from '../../../src/hooks/install';
import { runCli } from '../../support/runCli';
import { makeWorkspace } from './workspace';

const CMD = 'node /opt/promptfence/dist/cli.js hook --agent claude';

describe('hook installation', () => {
  it('writes hook files where each agent reads them', () => {
    const dirs = { workspaceDir: '/w', homeDir: '/h' };
    assert.equal(hookFilePath('claude', 'workspace', dirs), join('/w', '.claude', 'settings.json'));
    assert.equal(hookFilePath('claude', 'user', dirs), join('/h', '.claude', 'settings.json'));
    assert.equal(hookFilePath('vscode', 'workspace', dirs), join('/w', '.github', 'hooks', 'promptfence.json'));
    assert.equal(hookFilePath('copilot', 'workspace', dirs), join('/w', '.github', 'hooks', 'promptfence.json'));
    assert.equal(hookFilePath('vscode', 'user', dirs), join('/h', '.copilot', 'hooks', 'promptfence.json'));
  });

  it('builds the command: node + absolute cli.js, or promptfence on PATH; quotes paths with spaces', () => {
    assert.equal(promptFenceHookCommand(), 'promptfence hook');
    assert.equal(promptFenceHookCommand({ cliPath: '/opt/pf/dist/cli.js', agent: 'claude' }), 'node /opt/pf/dist/cli.js hook --agent claude');
    assert.equal(promptFenceHookCommand({ cliPath: '/Users/Jo Doe/pf/dist/cli.js' }), 'node "/Users/Jo Doe/pf/dist/cli.js" hook');
  });

  it('recognises its own commands only', () => {
    assert.ok(isPromptFenceCommand('promptfence hook'));
    assert.ok(isPromptFenceCommand('node /x/dist/cli.js hook --agent claude'));
    assert.ok(isPromptFenceCommand('node "C:\\Program Files\\pf\\dist\\cli.js" hook'));
    assert.ok(!isPromptFenceCommand('./scripts/hook.sh'));
    assert.ok(!isPromptFenceCommand('promptfence scan -'));
  });

  it('creates a Claude settings file from nothing', () => {
    const { text, changed } = addPromptFenceHooks('claude', undefined, CMD);
    assert.ok(changed);
    assert.deepEqual(JSON.parse(text), {
      hooks: {
        UserPromptSubmit: [{ hooks: [{ type: 'command', command: CMD, timeout: 10 }] }],
        PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command: CMD, timeout: 10 }] }],
      },
    });
  });

  it('creates a VS Code / Copilot CLI hook file with version 1 and every command key', () => {
    const doc = JSON.parse(addPromptFenceHooks('vscode', undefined, 'promptfence hook').text);
    assert.equal(doc.version, 1);
    const entry = doc.hooks.PreToolUse[0];
    assert.deepEqual([entry.type, entry.command, entry.bash, entry.powershell, entry.timeoutSec], ['command', 'promptfence hook', 'promptfence hook', 'promptfence hook', 10]);
    assert.equal(JSON.parse(addPromptFenceHooks('copilot', undefined, '"/a b/node" x/dist/cli.js hook').text).hooks.UserPromptSubmit[0].powershell, '& "/a b/node" x/dist/cli.js hook');
  });

  it('keeps the user\'s other settings, hooks and comments; a second install changes nothing', () => {
    const before = '{\n  // my settings\n  "permissions": { "allow": ["Bash(npm test)"] },\n  "hooks": {\n    "PreToolUse": [\n      {"matcher": "Bash", "hooks": [{"type": "command", "command": "./check.sh"}]}\n    ]\n  }\n}\n';
    const once = addPromptFenceHooks('claude', before, CMD);
    assert.ok(once.text.includes('// my settings'));
    assert.ok(once.text.includes('{"matcher": "Bash", "hooks": [{"type": "command", "command": "./check.sh"}]},'), 'the user\'s entry keeps its formatting');
    const doc = parse(once.text);
    assert.deepEqual(doc.permissions, { allow: ['Bash(npm test)'] });
    assert.equal(doc.hooks.PreToolUse.length, 2);
    assert.equal(doc.hooks.PreToolUse[0].hooks[0].command, './check.sh');
    assert.equal(doc.hooks.UserPromptSubmit.length, 1);
    const twice = addPromptFenceHooks('claude', once.text, CMD);
    assert.equal(twice.changed, false);
    assert.equal(twice.text, once.text);
  });

  it('updates its entry in place when the command changes, without duplicating it', () => {
    const first = addPromptFenceHooks('claude', undefined, CMD).text;
    const moved = addPromptFenceHooks('claude', first, 'promptfence hook --agent claude');
    const doc = JSON.parse(moved.text);
    assert.equal(doc.hooks.PreToolUse.length, 1);
    assert.equal(doc.hooks.PreToolUse[0].hooks[0].command, 'promptfence hook --agent claude');
  });

  it('only touches its own command inside a Claude matcher group the user shares', () => {
    const shared = JSON.stringify({ hooks: { PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command: './mine.sh' }, { type: 'command', command: 'promptfence hook --agent claude', timeout: 5 }] }] } }, null, 2);
    const doc = JSON.parse(addPromptFenceHooks('claude', shared, CMD).text);
    assert.deepEqual(doc.hooks.PreToolUse[0].hooks.map((h: { command: string }) => h.command), ['./mine.sh', CMD]);
  });

  it('keeps tab indentation and CRLF line ends', () => {
    const before = '{\r\n\t"hooks": {\r\n\t\t"PreToolUse": [\r\n\t\t\t{"type": "command", "command": "x"}\r\n\t\t]\r\n\t}\r\n}\r\n';
    const { text } = addPromptFenceHooks('vscode', before, 'promptfence hook');
    assert.ok(!/[^\r]\n/.test(text), 'only CRLF');
    assert.ok(text.includes('\r\n\t\t\t{\r\n\t\t\t\t"type": "command"'));
  });

  it('refuses a file that is not a JSON object', () => {
    assert.throws(() => addPromptFenceHooks('claude', '[1, 2]', CMD), HookFileError);
    assert.throws(() => addPromptFenceHooks('claude', '{"hooks": ', CMD), HookFileError);
  });

  it('plans a change: path, before, after', () => {
    const plan = planHookInstall({ agent: 'vscode', scope: 'workspace', workspaceDir: '/w', homeDir: '/h', cliPath: '/pf/dist/cli.js' }, undefined);
    assert.equal(plan.before, undefined);
    assert.ok(plan.changed);
    assert.equal(JSON.parse(plan.after).hooks.UserPromptSubmit[0].command, 'node /pf/dist/cli.js hook');
  });
});

describe('unifiedDiff', () => {
  it('is empty when nothing changes', () => assert.equal(unifiedDiff('f', 'a\nb\n', 'a\nb\n'), ''));
  it('shows a new file against /dev/null', () => assert.equal(unifiedDiff('f', undefined, 'x\ny\n'), '--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+x\n+y\n'));
  it('shows a change with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n') + '\n';
    const after = ['1', '2', '3', '4', 'five', '6', '7', '8'].join('\n') + '\n';
    assert.equal(unifiedDiff('f', before, after), '--- f\n+++ f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n');
  });
  it('splits distant changes into hunks', () => {
    const lines = Array.from({ length: 20 }, (_, i) => String(i));
    const changed = [...lines];
    changed[1] = 'a';
    changed[18] = 'b';
    const diff = unifiedDiff('f', lines.join('\n'), changed.join('\n'));
    assert.equal(diff.match(/^@@/gm)?.length, 2);
  });
});

describe('promptfence hook install', () => {
  it('prints the diff, writes the file, and is a no-op the second time', async () => {
    const ws = makeWorkspace();
    try {
      const first = await runCli(['hook', 'install', '--agent', 'claude', '--cli-path', '/opt/pf/dist/cli.js'], '', ws.env, ws.dir);
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /^--- \/dev\/null\n\+\+\+ .*\.claude[/\\]settings\.json\n@@ -0,0 \+1,\d+ @@/);
      const path = join(ws.dir, '.claude', 'settings.json');
      assert.equal(JSON.parse(readFileSync(path, 'utf8')).hooks.PreToolUse[0].hooks[0].command, 'node /opt/pf/dist/cli.js hook --agent claude');
      const second = await runCli(['hook', 'install', '--agent', 'claude', '--cli-path', '/opt/pf/dist/cli.js'], '', ws.env, ws.dir);
      assert.match(second.out, /already installed; nothing to change/);
    } finally {
      ws.cleanup();
    }
  });

  it('writes --policy and --log, made absolute, into the hook command', async () => {
    const ws = makeWorkspace();
    try {
      const r = await runCli(['hook', 'install', '--agent', 'vscode', '--cli-path', '/opt/pf/dist/hook.sh', '--policy', 'org.json', '--log', 'logs'], '', ws.env, ws.dir);
      assert.equal(r.code, 0, r.err);
      const written = JSON.parse(readFileSync(join(ws.dir, '.github', 'hooks', 'promptfence.json'), 'utf8'));
      assert.equal(written.hooks.UserPromptSubmit[0].command, `bash /opt/pf/dist/hook.sh --policy ${join(ws.dir, 'org.json')} --log ${join(ws.dir, 'logs')}`);
    } finally {
      ws.cleanup();
    }
  });

  it('writes nothing with --dry-run; user scope goes under HOME', async () => {
    const ws = makeWorkspace();
    try {
      const { code, out } = await runCli(['hook', 'install', '--agent', 'copilot', '--scope', 'user', '--dry-run'], '', ws.env, ws.dir);
      assert.equal(code, 0);
      assert.match(out, /\+\s+"bash": "promptfence hook"/);
      assert.match(out, /dry run/);
      assert.ok(!existsSync(join(ws.env.HOME, '.copilot')));
    } finally {
      ws.cleanup();
    }
  });

  it('refuses a broken hook file with exit 2 and leaves it alone', async () => {
    const ws = makeWorkspace();
    try {
      mkdirSync(join(ws.dir, '.claude'));
      writeFileSync(join(ws.dir, '.claude', 'settings.json'), '{ broken');
      const { code, err } = await runCli(['hook', 'install', '--agent', 'claude'], '', ws.env, ws.dir);
      assert.equal(code, 2);
      assert.match(err, /not a valid JSON object/);
      assert.equal(readFileSync(join(ws.dir, '.claude', 'settings.json'), 'utf8'), '{ broken');
    } finally {
      ws.cleanup();
    }
  });

  it('needs --agent', async () => {
    assert.equal((await runCli(['hook', 'install'], '')).code, 2);
  });
});

describe('the faster hook entry (dist/hook.js)', () => {
  it('is written without the hook subcommand and recognised as PromptFence on reinstall', () => {
    const command = promptFenceHookCommand({ cliPath: '/opt/pf/dist/hook.js', agent: 'claude', logPath: '/var/log/pf' });
    assert.equal(command, 'node /opt/pf/dist/hook.js --agent claude --log /var/log/pf');
    assert.equal(isPromptFenceCommand(command), true);
    assert.equal(isPromptFenceCommand('node /opt/other/hook.js'), false);
    const first = addPromptFenceHooks('claude', undefined, command).text;
    assert.equal(addPromptFenceHooks('claude', first, command).changed, false);
  });
});

describe('the fast-path hook entry (dist/hook.sh)', () => {
  it('runs through bash, replaces an earlier hook.js entry instead of adding a second', () => {
    const command = promptFenceHookCommand({ cliPath: '/opt/Pf Ext/dist/hook.sh', logPath: '/var/log/pf' });
    assert.equal(command, 'bash "/opt/Pf Ext/dist/hook.sh" --log /var/log/pf');
    assert.equal(isPromptFenceCommand(command), true);
    assert.equal(isPromptFenceCommand('bash /opt/other/hook.sh'), false);
    const older = addPromptFenceHooks('vscode', undefined, promptFenceHookCommand({ cliPath: '/opt/pf/dist/hook.js' })).text;
    const upgraded = addPromptFenceHooks('vscode', older, command);
    assert.equal(upgraded.changed, true);
    assert.equal(upgraded.text.split('hook.sh').length - 1 > 0, true);
    assert.equal(upgraded.text.includes('hook.js'), false);
  });
});

describe('the organisation baseline in the hook command', () => {
  it('passes --policy before --log, so that hooks apply the baseline the editor applies', () => {
    const plan = planHookInstall({ agent: 'vscode', scope: 'user', homeDir: '/home/u', cliPath: '/opt/pf/dist/hook.sh', policyPath: '/etc/pf/org.json', logPath: '/var/log/pf' }, undefined);
    const parsed = JSON.parse(plan.after) as { hooks: Record<string, { command: string }[]> };
    assert.equal(parsed.hooks.UserPromptSubmit[0].command, 'bash /opt/pf/dist/hook.sh --policy /etc/pf/org.json --log /var/log/pf');
    assert.equal(parsed.hooks.PreToolUse[0].command, 'bash /opt/pf/dist/hook.sh --policy /etc/pf/org.json --log /var/log/pf');
  });
});
