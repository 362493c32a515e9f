import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { useVsCodeSession } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import { chatInputText, clickDialogButton, dialog, focusEmptyChatInput, INLINE_CHAT_INPUT, pressPaste, readClipboard, setClipboard, waitForChatInput } from './harness/workbench';

const EMAIL = 'max.mustermann@firma.de';
const AWS_KEY = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');

// Inline chat (Ctrl+I in an editor): chatLocation == 'editor'. It opens without Copilot;
// `inlineChat.start` resolves only when the session ends, so the driver starts it without waiting.
describe('guarded paste into inline chat (real VS Code in chromium)', function () {
  const workspace = join(__dirname, 'fixtures', 'workspace');
  const session = useVsCodeSession('inline', () => ({ folder: workspace }));
  let s: VsCodeSession;

  beforeEach(async function () {
    s = session();
    await s.driver.openFile(join(workspace, 'notes.txt'));
    await s.driver.startCommand('inlineChat.start');
    await s.workbench.page.locator(INLINE_CHAT_INPUT).waitFor({ state: 'visible', timeout: 15_000 });
  });

  afterEach(async function () {
    // Ends the inline chat session.
    await s.workbench.page.keyboard.press('Escape');
  });

  it('warns on an e-mail address, names inline chat as the target, and pastes the redacted copy', async function () {
    const page = s.workbench.page;
    await focusEmptyChatInput(page, INLINE_CHAT_INPUT);
    await setClipboard(page, `reply to ${EMAIL}`);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog(page).innerText(), /Target: inline chat/);
    await clickDialogButton(page, 'Paste redacted');
    await waitForChatInput(page, 'reply to <EMAIL_ADDRESS_1>', INLINE_CHAT_INPUT);
  });

  it('blocks a secret: the inline input stays empty and the clipboard unchanged', async function () {
    const page = s.workbench.page;
    const text = `use ${AWS_KEY} for the upload`;
    await focusEmptyChatInput(page, INLINE_CHAT_INPUT);
    await setClipboard(page, text);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    await clickDialogButton(page, 'Cancel');
    await page.waitForTimeout(500);
    assert.equal(await chatInputText(page, INLINE_CHAT_INPUT), '');
    assert.equal(await readClipboard(page), text);
  });

  it('lets benign text through unchanged', async function () {
    const page = s.workbench.page;
    await focusEmptyChatInput(page, INLINE_CHAT_INPUT);
    await setClipboard(page, 'add a docstring');
    await pressPaste(page);
    await waitForChatInput(page, 'add a docstring', INLINE_CHAT_INPUT);
    assert.equal(await dialog(page).count(), 0);
  });
});
