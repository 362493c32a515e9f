import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { saveScreenshot } from './harness/browser';
import { startVsCodeSession, type VsCodeSession } from './harness/session';
import { clickDialogButton, dialog, focusEmptyChatInput, pressPaste, setClipboard, waitForChatInput } from './harness/workbench';

// The users are largely German companies: the same guard, with VS Code's display language German.
describe('guarded paste with VS Code in German', function () {
  let s: VsCodeSession;

  before(async function () {
    s = await startVsCodeSession({ folder: join(__dirname, 'fixtures', 'workspace'), locale: 'de' });
    await s.driver.command('workbench.action.chat.open');
    await s.driver.command('workbench.action.maximizeAuxiliaryBar');
  });

  after(async function () {
    await s?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s) console.log(`    screenshot: ${await saveScreenshot(s.workbench.page, `de-${this.currentTest.title}`)}`);
  });

  it('explains the finding in German and pastes the redacted copy', async function () {
    const page = s.workbench.page;
    await focusEmptyChatInput(page);
    await setClipboard(page, 'Kontakt: erika.musterfrau@beispiel-gmbh.de');
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await dialog(page).innerText();
    assert.match(shown, /E-Mail-Adresse/);
    assert.match(shown, /Zeile 1/);
    assert.match(shown, /Ihre Zwischenablage ist unverändert/);
    await clickDialogButton(page, 'Geschwärzt einfügen');
    await waitForChatInput(page, 'Kontakt: <EMAIL_ADDRESS_1>');
  });
});
