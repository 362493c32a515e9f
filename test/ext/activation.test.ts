import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ID = 'promptfence.promptfence';

describe('activation', () => {
  it('is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(ID);
    assert.ok(ext, `${ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('registers every command it contributes', async () => {
    const ext = vscode.extensions.getExtension(ID)!;
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed.length >= 4);
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  it('binds ctrl+v and shift+insert in every chat input location to the guarded paste', () => {
    const bindings: { command: string; key: string; when: string }[] = vscode.extensions.getExtension(ID)!.packageJSON.contributes.keybindings;
    for (const location of ['panel', 'editor', 'terminal', 'notebook']) {
      for (const key of ['ctrl+v', 'shift+insert']) {
        assert.ok(
          bindings.some((b) => b.command === 'promptfence.guardedPaste' && b.key === key && b.when.includes('inChatInput') && b.when.includes(`chatLocation == '${location}'`)),
          `${key} in ${location}`,
        );
      }
    }
  });
});
