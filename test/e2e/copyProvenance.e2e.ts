import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWideChatView, useVsCodeSession } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import { chatInputText, clickDialogButton, dialog, focusEmptyChatInput, pressPaste, setClipboard } from './harness/workbench';

// The .env holds nothing a content scanner would flag; only its origin makes it sensitive.
const ENV = ['DB_HOST=db01.corp.internal', 'DB_USER=orders_app', 'APP_MODE=production', 'FEATURE_FLAGS=checkout,search'].join('\n');

describe('copy provenance: a paste is judged by where it was copied from (real VS Code in chromium)', function () {
  const workspace = mkdtempSync(join(tmpdir(), 'promptfence-ws-'));
  writeFileSync(join(workspace, '.env'), ENV + '\n');
  writeFileSync(join(workspace, 'README.md'), '# demo\n');
  // A git repository whose ignored folder holds an export: harmless-looking text, sensitive by where it lives.
  execFileSync('git', ['init', '-q'], { cwd: workspace });
  writeFileSync(join(workspace, '.gitignore'), 'exports/\n');
  mkdirSync(join(workspace, 'exports'));
  writeFileSync(join(workspace, 'exports', 'accounts.txt'), ['account tier gold since 2019', 'account tier silver since 2021', 'account tier bronze since 2023'].join('\n') + '\n');
  const session = useVsCodeSession('provenance', () => ({ folder: workspace }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  it('blocks text copied from .env and then edited, naming the file', async function () {
    const page = s.workbench.page;
    await s.driver.openFile(join(workspace, '.env'), [0, 0, 3, 30]);
    await page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.waitForTimeout(300);
    // Edited after copying: one line changed, one added, one removed.
    const edited = ['DB_HOST=db01.corp.internal', 'DB_USER=orders_app_v2', 'APP_MODE=production', '# why does this fail in prod?'].join('\n');
    await setClipboard(page, edited);
    await focusEmptyChatInput(page);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await dialog(page).innerText();
    assert.match(shown, /Copied from \.env, lines 1–4/);
    assert.match(shown, /\.env files hold credentials/);
    assert.match(shown, /blocked this paste/);
    assert.equal(await dialog(page).getByRole('button', { name: 'Paste anyway', exact: true }).count(), 0);
    await clickDialogButton(page, 'Cancel');
    assert.equal(await chatInputText(page), '');
  });

  it('warns about text copied from a file git ignores, naming the file and the reason', async function () {
    const page = s.workbench.page;
    await s.driver.openFile(join(workspace, 'exports', 'accounts.txt'), [0, 0, 2, 30]);
    await page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    // git answers the copy's check-ignore in the background.
    await page.waitForTimeout(1000);
    await focusEmptyChatInput(page);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await dialog(page).innerText();
    assert.match(shown, /Copied from exports\/accounts\.txt, lines 1–3/);
    assert.match(shown, /ignored by git/);
    await clickDialogButton(page, 'Cancel');
    assert.equal(await chatInputText(page), '');
  });

  it('lets the same kind of text through when it was not copied from a sensitive file', async function () {
    const page = s.workbench.page;
    await focusEmptyChatInput(page);
    await setClipboard(page, 'APP_MODE=staging\nLOG_LEVEL=debug');
    await pressPaste(page);
    await page.waitForTimeout(500);
    assert.equal(await dialog(page).count(), 0);
    assert.equal(await chatInputText(page), 'APP_MODE=staging\nLOG_LEVEL=debug');
  });
});
