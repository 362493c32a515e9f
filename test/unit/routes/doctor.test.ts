import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeSettingsCandidates } from '../../../src/routes/localFacts';
import { runCli } from '../../support/runCli';
import { makeWorkspace } from '../hooks/workspace';

describe('promptfence doctor', () => {
  it('finds the VS Code settings file at the usual place per platform', () => {
    assert.equal(vscodeSettingsCandidates({}, '/h', 'linux')[0], join('/h', '.config', 'Code', 'User', 'settings.json'));
    assert.equal(vscodeSettingsCandidates({}, '/h', 'darwin')[0], join('/h', 'Library', 'Application Support', 'Code', 'User', 'settings.json'));
    assert.equal(vscodeSettingsCandidates({ APPDATA: 'C:\\AppData' }, '/h', 'win32')[0], join('C:\\AppData', 'Code', 'User', 'settings.json'));
  });

  it('reports what the command line can see, in a temporary home and workspace', async () => {
    const ws = makeWorkspace();
    try {
      const home = ws.env.HOME;
      const bin = join(ws.dir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'claude'), '#!/bin/sh\n');
      chmodSync(join(bin, 'claude'), 0o755);
      const settingsDir = join(ws.env.XDG_CONFIG_HOME, 'Code', 'User');
      mkdirSync(settingsDir, { recursive: true });
      writeFileSync(join(settingsDir, 'settings.json'), '{\n  // comments are fine\n  "terminal.integrated.commandsToSkipShell": ["-workbench.action.quickOpen"],\n}\n');
      const ext = join(home, '.vscode', 'extensions', 'promptfence.promptfence-0.1.0');
      mkdirSync(ext, { recursive: true });
      writeFileSync(join(ext, 'package.json'), JSON.stringify({ version: '0.1.0', contributes: { keybindings: [{ command: 'promptfence.guardedPaste', key: 'ctrl+v', args: { target: 'chat.panel' } }, { command: 'promptfence.guardedPaste', args: { target: 'terminal' } }] } }));
      mkdirSync(join(home, '.vscode', 'extensions', 'saoudrizwan.claude-dev-3.1.0'), { recursive: true });
      const env = { ...ws.env, PATH: bin };
      assert.equal((await runCli(['hook', 'install', '--agent', 'claude'], '', env, ws.dir)).code, 0);

      const { code, out } = await runCli(['doctor', '--format', 'json'], '', env, ws.dir);
      assert.equal(code, 0);
      const { facts, routes } = JSON.parse(out);
      assert.deepEqual(facts.aiClis, ['claude']);
      assert.deepEqual(facts.commandsToSkipShell, ['-workbench.action.quickOpen']);
      assert.deepEqual(facts.chatExtensions, [{ id: 'saoudrizwan.claude-dev', name: 'Cline' }]);
      assert.deepEqual(facts.pasteGuard.targets, ['chat.panel', 'terminal']);
      const byId = Object.fromEntries(routes.map((r: { id: string; status: string }) => [r.id, r.status]));
      assert.equal(byId['chat.panel'], 'guarded');
      assert.equal(byId['chat.inline'], 'not guarded');
      assert.equal(byId['terminal.ai-cli'], 'needs action');
      assert.equal(byId['webview.saoudrizwan.claude-dev'], 'not guarded');
      assert.equal(byId['hook.claude.prompts'], 'guarded');
      assert.equal(byId['hook.vscode.prompts'], 'needs action');

      const text = await runCli(['doctor', '--workspace', ws.dir], '', env, '/');
      assert.equal(text.code, 0);
      assert.match(text.out, /AI CLIs in the terminal \(on PATH: claude\)\s+needs action\s+promptfence\.guardedPaste is not in terminal\.integrated\.commandsToSkipShell/);
    } finally {
      ws.cleanup();
    }
  });

  it('marks installed hooks as switched off when chat.hookFilesLocations disables their folder', async () => {
    const ws = makeWorkspace();
    try {
      const settingsDir = join(ws.env.XDG_CONFIG_HOME, 'Code', 'User');
      mkdirSync(settingsDir, { recursive: true });
      writeFileSync(join(settingsDir, 'settings.json'), JSON.stringify({ 'chat.hookFilesLocations': { '.github/hooks': false } }));
      await runCli(['hook', 'install', '--agent', 'vscode'], '', ws.env, ws.dir);
      const { routes } = JSON.parse((await runCli(['doctor', '--format', 'json'], '', ws.env, ws.dir)).out);
      const row = routes.find((r: { id: string }) => r.id === 'hook.vscode.prompts');
      assert.equal(row.status, 'needs action');
      assert.match(row.reason, /switched off/);
    } finally {
      ws.cleanup();
    }
  });
});
