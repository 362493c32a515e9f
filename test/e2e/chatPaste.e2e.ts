import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { saveScreenshot } from './harness/browser';
import { findFiles } from './harness/files';
import { useVsCodeSession, openWideChatView } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import {
  chatInputText,
  clickDialogButton,
  dialog,
  focusEmptyChatInput,
  pressPaste,
  readClipboard,
  setClipboard,
  waitForChatInput,
} from './harness/workbench';

// Test values assembled at run time so that no secret-shaped literal sits in the repository.
const AWS_KEY = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');
const EMAIL = 'max.mustermann@firma.de';

describe('guarded paste into the Chat view (real VS Code in chromium)', function () {
  const session = useVsCodeSession('chat', () => ({ folder: join(__dirname, 'fixtures', 'workspace') }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  it('lets benign text through unchanged, exactly once', async function () {
    const page = s.workbench.page;
    const text = 'Refactor this function to use async/await and keep the error handling';
    await focusEmptyChatInput(page);
    await setClipboard(page, text);
    await pressPaste(page);
    await waitForChatInput(page, text);
    assert.equal(await dialog(page).count(), 0);
  });

  it('lets benign multi-line code through unchanged', async function () {
    const page = s.workbench.page;
    const text = 'function add(a, b) {\n  return a + b;\n}';
    await focusEmptyChatInput(page);
    await setClipboard(page, text);
    await pressPaste(page);
    await waitForChatInput(page, text);
  });

  it('blocks a code block with an AWS key: input stays empty, clipboard unchanged', async function () {
    const page = s.workbench.page;
    const text = '```sh\nexport AWS_ACCESS_KEY_ID=' + AWS_KEY + '\naws s3 ls\n```';
    await focusEmptyChatInput(page);
    await setClipboard(page, text);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await dialog(page).innerText();
    assert.match(shown, /blocked/i);
    assert.match(shown, /AWS access key/);
    assert.match(shown, /AKIA…FMXB/);
    assert.ok(!shown.includes(AWS_KEY), 'the dialog must not show the key');
    assert.equal(await dialog(page).getByRole('button', { name: 'Paste anyway', exact: true }).count(), 0, 'secrets offer no override');
    await clickDialogButton(page, 'Cancel');
    await page.waitForTimeout(500);
    assert.equal(await chatInputText(page), '');
    assert.equal(await readClipboard(page), text);
  });

  it('offers a redacted paste for a blocked secret', async function () {
    const page = s.workbench.page;
    const text = 'export AWS_ACCESS_KEY_ID=' + AWS_KEY;
    await focusEmptyChatInput(page);
    await setClipboard(page, text);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    await clickDialogButton(page, 'Paste redacted');
    await waitForChatInput(page, 'export AWS_ACCESS_KEY_ID=<SECRET_AWS_ACCESS_KEY_1>');
    assert.equal(await readClipboard(page), text);
  });

  describe('an e-mail address triggers the warning', function () {
    const text = `Bitte schreib ${EMAIL} wegen der Rechnung an`;

    async function pasteAndWarn(): Promise<string> {
      const page = s.workbench.page;
      await focusEmptyChatInput(page);
      await setClipboard(page, text);
      await pressPaste(page);
      await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
      return dialog(page).innerText();
    }

    it('names the type, a masked preview and the line', async function () {
      const shown = await pasteAndWarn();
      assert.match(shown, /E-mail address/);
      assert.match(shown, /max\.m…@firma\.de/);
      assert.match(shown, /line 1/);
      assert.ok(!shown.includes(EMAIL));
      await clickDialogButton(s.workbench.page, 'Cancel');
    });

    it('Cancel leaves the input empty and the clipboard unchanged', async function () {
      await pasteAndWarn();
      await clickDialogButton(s.workbench.page, 'Cancel');
      await s.workbench.page.waitForTimeout(500);
      assert.equal(await chatInputText(s.workbench.page), '');
      assert.equal(await readClipboard(s.workbench.page), text);
    });

    it('Paste redacted puts the placeholder version in', async function () {
      await pasteAndWarn();
      await clickDialogButton(s.workbench.page, 'Paste redacted');
      await waitForChatInput(s.workbench.page, 'Bitte schreib <EMAIL_ADDRESS_1> wegen der Rechnung an');
      assert.equal(await readClipboard(s.workbench.page), text);
    });

    it('Paste anyway puts the original in', async function () {
      await pasteAndWarn();
      await clickDialogButton(s.workbench.page, 'Paste anyway');
      await waitForChatInput(s.workbench.page, text);
    });

    it('Paste redacted keeps the draft already typed and inserts at the cursor', async function () {
      const page = s.workbench.page;
      await focusEmptyChatInput(page);
      await page.keyboard.type('Kontext: ');
      await setClipboard(page, EMAIL);
      await pressPaste(page);
      await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
      await clickDialogButton(page, 'Paste redacted');
      await waitForChatInput(page, 'Kontext: <EMAIL_ADDRESS_1>');
    });
  });
});

describe('the warning log after guarded pastes (real VS Code in chromium)', function () {
  const session = useVsCodeSession('log', () => ({ folder: join(__dirname, 'fixtures', 'workspace') }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  it('records each decision without the values, and the log view shows them', async function () {
    const page = s.workbench.page;
    for (const [text, button] of [
      [`export AWS_ACCESS_KEY_ID=${AWS_KEY}`, 'Cancel'],
      [`mail ${EMAIL}`, 'Paste redacted'],
    ] as const) {
      await focusEmptyChatInput(page);
      await setClipboard(page, text);
      await pressPaste(page);
      await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
      await clickDialogButton(page, button);
    }
    await page.waitForTimeout(500);

    const files = findFiles(s.server.dirs.userData, /^promptfence-audit-.*\.jsonl$/);
    assert.equal(files.length, 1, `one log file in the workspace storage, found ${files.join(', ')}`);
    const events = readFileSync(files[0], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(
      events.map((e) => [e.action, e.choice, e.target.surface, e.findings.map((f: { type: string }) => f.type).join()]),
      [
        ['block', 'blocked', 'chat.panel', 'SECRET_AWS_ACCESS_KEY'],
        ['warn', 'redacted', 'chat.panel', 'EMAIL_ADDRESS'],
      ],
    );
    assert.equal(events[1].prevHash, events[0].hash, 'events are chained');
    // Nothing PromptFence wrote anywhere in the profile (storage, logs, settings) holds a raw value.
    for (const file of findFiles(s.server.dirs.userData, /./)) {
      const content = readFileSync(file);
      assert.ok(!content.includes(AWS_KEY) && !content.includes(EMAIL), `raw value in ${file}`);
    }

    const shown = await s.driver.command<{ events: number; chainOk: boolean }>('promptfence.openWarningLog');
    assert.deepEqual(shown, { events: 2, chainOk: true });
    const frame = await waitForFrameWith(page, '#pf-table');
    const rows = await frame.locator('#pf-table tbody tr').allInnerTexts();
    assert.equal(rows.length, 2);
    assert.ok(rows.some((r) => /block/.test(r) && /chat\.panel/.test(r)), rows.join('\n'));
    await saveScreenshot(page, 'warning-log-view');
  });
});

/** Webviews render in nested iframes; finds the frame that holds `selector`. */
async function waitForFrameWith(page: Page, selector: string, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame shows ${selector}`);
}
