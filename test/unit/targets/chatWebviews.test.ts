import * as assert from 'node:assert/strict';
import { indexChatWebviews, KNOWN_CHAT_WEBVIEWS } from '../../../src/targets/chatWebviews';

describe('indexChatWebviews', () => {
  it('guards only installed chat extensions, with their declared webview views and known panels', () => {
    const index = indexChatWebviews([
      { id: 'saoudrizwan.claude-dev', packageJSON: { contributes: { views: { 'claude-dev-ActivityBar': [{ id: 'claude-dev.SidebarProvider', type: 'webview' }] } } } },
      { id: 'Continue.continue', packageJSON: { contributes: { views: { continue: [{ id: 'continue.continueGUIView', type: 'webview' }, { id: 'continue.tree', type: 'tree' }] } } } },
      { id: 'ms-python.python', packageJSON: { contributes: { views: { x: [{ id: 'python.view', type: 'webview' }] } } } },
    ]);
    assert.deepEqual(index.views, ['claude-dev.SidebarProvider', 'continue.continueGUIView']);
    assert.deepEqual(index.panels, ['claude-dev.TabPanelProvider']);
    assert.equal(index.owner.get('continue.continueGUIView'), 'continue.continue');
    assert.equal(index.labels.get('saoudrizwan.claude-dev'), 'Cline');
  });

  it('picks up a renamed view from the manifest of a known extension', () => {
    const index = indexChatWebviews([{ id: 'anthropic.claude-code', packageJSON: { contributes: { views: { a: [{ id: 'claudeVSCodeSidebarV2', type: 'webview' }] } } } }]);
    assert.ok(index.views.includes('claudeVSCodeSidebarV2'));
    assert.ok(index.views.includes('claudeVSCodeSidebar'));
  });

  it('adds extra ids given as extension/view or bare view ids', () => {
    const index = indexChatWebviews([], ['acme.ai-chat/acmeChat.view', 'otherView']);
    assert.deepEqual(index.views, ['acmeChat.view', 'otherView']);
    assert.equal(index.owner.get('acmeChat.view'), 'acme.ai-chat');
    assert.equal(index.owner.get('otherView'), 'unknown');
  });

  it('guards nothing when no chat extension is installed', () => {
    const index = indexChatWebviews([{ id: 'ms-python.python', packageJSON: {} }]);
    assert.deepEqual([index.views, index.panels], [[], []]);
  });
});

describe('chat webview keybindings', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require('../../../package.json');
  const bindings: { command: string; key: string; when: string; args?: { viewId?: string; kind?: string } }[] = manifest.contributes.keybindings;

  it('binds the paste keys for every known chat view and panel, passing its id', () => {
    for (const ext of KNOWN_CHAT_WEBVIEWS) {
      for (const [ids, kind, key] of [[ext.views, 'view', 'focusedView'], [ext.panels, 'panel', 'activeWebviewPanelId']] as const) {
        for (const id of ids) {
          for (const k of ['ctrl+v', 'shift+insert']) {
            assert.ok(
              bindings.some((b) => b.command === 'promptfence.guardedWebviewPaste' && b.key === k && b.when.includes(`${key} == '${id}'`) && b.args?.viewId === id && b.args?.kind === kind),
              `${k} for ${id}`,
            );
          }
        }
      }
    }
  });

  it('binds views added at run time through the context-key lists', () => {
    for (const list of ['focusedView in promptfence.chatWebviewViews', 'activeWebviewPanelId in promptfence.chatWebviewPanels']) {
      assert.ok(bindings.some((b) => b.command === 'promptfence.guardedWebviewPaste' && b.when.includes(list)), list);
    }
  });
});
