import * as assert from 'node:assert/strict';
import { assessRoutes, formatRouteTable, type RouteFacts, type RouteStatus } from '../../../src/routes/assess';

const ALL_TARGETS = ['chat.panel', 'chat.inline', 'chat.terminal', 'chat.notebook', 'terminal', 'webview.saoudrizwan.claude-dev'];
const GUARDED: RouteFacts = {
  vscodeVersion: '1.139.1',
  uiKind: 'desktop',
  commandsToSkipShell: ['promptfence.guardedPaste'],
  shellIntegration: true,
  chatExtensions: [{ id: 'saoudrizwan.claude-dev' }, { id: 'continue.continue' }],
  hooks: {
    vscode: { files: ['.github/hooks/promptfence.json'], promptFence: true, enabled: true },
    claude: { files: ['.claude/settings.json'], promptFence: true },
    copilot: { files: ['.github/hooks/promptfence.json'], promptFence: true },
  },
  aiClis: ['claude'],
  pasteGuard: { active: true, targets: ALL_TARGETS },
};

function status(facts: RouteFacts, id: string): RouteStatus | undefined {
  return assessRoutes(facts).find((r) => r.id === id)?.status;
}

describe('assessRoutes', () => {
  it('lists every route, including those no extension can guard', () => {
    const ids = assessRoutes(GUARDED).map((r) => r.id);
    for (const id of ['chat.panel', 'chat.editor', 'chat.quick', 'chat.inline', 'chat.terminal', 'terminal.ai-cli', 'webview.saoudrizwan.claude-dev', 'webview.continue.continue', 'hook.vscode.prompts', 'hook.vscode.tools', 'hook.claude.prompts', 'hook.claude.tools', 'hook.copilot.prompts', 'hook.copilot.tools', 'menu-paste', 'drag-and-drop', 'extension-commands', 'participants-without-hooks']) {
      assert.ok(ids.includes(id), id);
    }
    for (const id of ['menu-paste', 'drag-and-drop', 'extension-commands']) assert.equal(status(GUARDED, id), 'not guarded', id);
  });

  it('reports guarded routes with everything in place', () => {
    for (const id of ['chat.panel', 'chat.inline', 'chat.terminal', 'terminal.ai-cli', 'webview.saoudrizwan.claude-dev', 'hook.vscode.prompts', 'hook.claude.tools', 'hook.copilot.tools']) assert.equal(status(GUARDED, id), 'guarded', id);
  });

  it('a webview without a keybinding is not guarded', () => {
    assert.equal(status(GUARDED, 'webview.continue.continue'), 'not guarded');
  });

  it('a browser-hosted VS Code cannot guard webviews', () => {
    const r = assessRoutes({ ...GUARDED, uiKind: 'web' }).find((x) => x.id === 'webview.saoudrizwan.claude-dev')!;
    assert.equal(r.status, 'not guarded');
    assert.match(r.reason, /browser-hosted/);
  });

  it('needs action when the terminal paste command is missing from commandsToSkipShell', () => {
    const r = assessRoutes({ ...GUARDED, commandsToSkipShell: ['workbench.action.quickOpen'] }).find((x) => x.id === 'terminal.ai-cli')!;
    assert.equal(r.status, 'needs action');
    assert.match(r.action!, /commandsToSkipShell/);
    assert.match(r.route, /on PATH: claude/);
  });

  it('needs action when shell integration is off, or the setting could not be read', () => {
    assert.equal(status({ ...GUARDED, shellIntegration: false }, 'terminal.ai-cli'), 'needs action');
    assert.equal(status({ ...GUARDED, commandsToSkipShell: undefined }, 'terminal.ai-cli'), 'needs action');
  });

  it('needs action without hooks, and when installed hooks are switched off', () => {
    const none = assessRoutes({ ...GUARDED, hooks: {} }).find((x) => x.id === 'hook.claude.prompts')!;
    assert.equal(none.status, 'needs action');
    assert.match(none.action!, /promptfence hook install --agent claude/);
    const off = assessRoutes({ ...GUARDED, hooks: { vscode: { files: ['f'], promptFence: true, enabled: false } } }).find((x) => x.id === 'hook.vscode.tools')!;
    assert.equal(off.status, 'needs action');
    assert.match(off.reason, /switched off/);
  });

  it('says how fast installed hooks answer when the window knows about its hook server', () => {
    const reason = (listening?: boolean) => assessRoutes({ ...GUARDED, hookServer: listening === undefined ? undefined : { listening } }).find((x) => x.id === 'hook.vscode.tools')!.reason;
    assert.match(reason(true), /answers hook\.sh within milliseconds/);
    assert.match(reason(false), /each call starts Node/);
    assert.doesNotMatch(reason(undefined), /hook\.sh|starts Node/);
  });

  it('Copilot CLI prompts are never guarded: it ignores the hook\'s answer', () => {
    assert.equal(status(GUARDED, 'hook.copilot.prompts'), 'not guarded');
  });

  it('paste routes need the extension; a disabled one guards nothing', () => {
    assert.equal(status({ ...GUARDED, pasteGuard: undefined }, 'chat.panel'), 'needs action');
    assert.equal(status({ ...GUARDED, pasteGuard: { active: false, targets: ALL_TARGETS } }, 'chat.inline'), 'not guarded');
    assert.equal(status({ ...GUARDED, pasteGuard: { active: true, targets: ['chat.panel'] } }, 'chat.inline'), 'not guarded');
    assert.equal(status({ ...GUARDED, pasteGuard: { active: 'installed', targets: ALL_TARGETS } }, 'chat.panel'), 'guarded');
  });

  it('prints a table with the action under its row', () => {
    const table = formatRouteTable(assessRoutes({ ...GUARDED, hooks: {} }));
    assert.match(table, /^ROUTE\s+STATUS\s+REASON\n/);
    assert.match(table, /Typed prompts \(Claude Code, via hooks\)\s+needs action\s+no PromptFence hook installed\n\s+→ run "promptfence hook install --agent claude"/);
  });
});
