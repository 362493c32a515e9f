import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { openWideChatView, useVsCodeSession } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import { clickDialogButton, dialog, focusEmptyChatInput, pressPaste, setClipboard, waitForChatInput } from './harness/workbench';

// The users are largely German companies: the same guard, with VS Code's display language German.
describe('guarded paste with VS Code in German', function () {
  const session = useVsCodeSession('de', () => ({ folder: join(__dirname, 'fixtures', 'workspace'), locale: 'de' }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

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
