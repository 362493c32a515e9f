import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { useVsCodeSession } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import { clickDialogButton, dialog, pressTerminalPaste, readClipboard, setClipboard, terminalText, waitForTerminalText } from './harness/workbench';

const EMAIL = 'max.mustermann@firma.de';
const TERMINAL_SETTINGS = {
  // The DOM renderer puts the terminal's text into the page, where the test can read it.
  'terminal.integrated.gpuAcceleration': 'off',
};

// `cat` stands in for an AI CLI: it echoes what is pasted, so the terminal shows exactly
// what reached the program. The terminal's name is how PromptFence recognises the program
// when the terminal's process is the CLI itself.
describe('guarded paste into AI tools in the terminal (real VS Code in chromium)', function () {
  const session = useVsCodeSession('terminal', () => ({ folder: join(__dirname, 'fixtures', 'workspace'), userSettings: TERMINAL_SETTINGS }), (vs) =>
    vs.driver.command('workbench.action.closeAuxiliaryBar'),
  );
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  async function openTerminal(name: string): Promise<void> {
    await s.driver.command('workbench.action.terminal.killAll');
    await s.driver.createTerminal(name, '/bin/cat');
    await s.driver.command('workbench.action.terminal.focus');
    await s.workbench.page.locator('.xterm-rows').filter({ visible: true }).first().waitFor({ timeout: 10_000 });
  }

  it('warns before personal data reaches a terminal named after an AI CLI, and Cancel sends nothing', async function () {
    const page = s.workbench.page;
    await openTerminal('claude');
    await setClipboard(page, 'hello ');
    await pressTerminalPaste(page);
    await waitForTerminalText(page, 'hello');
    await setClipboard(page, `mail ${EMAIL}`);
    await pressTerminalPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog(page).innerText(), /Target: claude in the terminal/);
    await clickDialogButton(page, 'Cancel');
    await page.waitForTimeout(500);
    assert.equal(await terminalText(page), 'hello');
  });

  it('pastes the redacted copy into the AI CLI and gives the clipboard back', async function () {
    const page = s.workbench.page;
    await openTerminal('gemini');
    const text = `mail ${EMAIL}`;
    await setClipboard(page, text);
    await pressTerminalPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    await clickDialogButton(page, 'Paste redacted');
    await waitForTerminalText(page, 'mail <EMAIL_ADDRESS_1>');
    assert.equal(await readClipboard(page), text);
  });

  it('lets an ordinary terminal paste untouched', async function () {
    const page = s.workbench.page;
    await openTerminal('build');
    await setClipboard(page, `mail ${EMAIL}`);
    await pressTerminalPaste(page);
    await waitForTerminalText(page, `mail ${EMAIL}`);
    assert.equal(await dialog(page).count(), 0);
  });
});

describe('terminal guard set-up (real VS Code in chromium)', function () {
  const session = useVsCodeSession('terminal-setup', () => ({ folder: join(__dirname, 'fixtures', 'workspace'), userSettings: { 'terminal.integrated.commandsToSkipShell': [] } }));
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  it('offers to add its paste command to commandsToSkipShell, and adds it on consent', async function () {
    const page = s.workbench.page;
    const toast = page.locator('.notification-toast', { hasText: 'commandsToSkipShell' });
    await toast.waitFor({ state: 'visible', timeout: 20_000 });
    assert.deepEqual(await s.driver.config<string[]>('terminal.integrated', 'commandsToSkipShell'), []);
    await toast.getByRole('button', { name: 'Add to settings' }).click();
    const deadline = Date.now() + 10_000;
    let value: string[] = [];
    while (Date.now() < deadline && !value.includes('promptfence.guardedTerminalPaste')) {
      value = await s.driver.config<string[]>('terminal.integrated', 'commandsToSkipShell');
      await page.waitForTimeout(200);
    }
    assert.deepEqual(value, ['promptfence.guardedTerminalPaste']);
  });
});
