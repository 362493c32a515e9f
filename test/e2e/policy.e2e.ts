import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWideChatView, useVsCodeSession } from './harness/mochaSession';
import type { VsCodeSession } from './harness/session';
import { chatInputText, clickDialogButton, dialog, focusEmptyChatInput, pressPaste, setClipboard, waitForChatInput } from './harness/workbench';

const EMAIL = 'max.mustermann@firma.de';

// The workspace's .promptfence.json decides, reloaded on change; a broken file names its
// line and leaves the strict built-in policy in force.
describe('the workspace policy decides (real VS Code in chromium)', function () {
  const workspace = mkdtempSync(join(tmpdir(), 'promptfence-policy-'));
  writeFileSync(join(workspace, 'README.md'), '# demo\n');
  const policyPath = () => join(workspace, '.promptfence.json');
  const session = useVsCodeSession('policy', () => ({ folder: workspace }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  async function usePolicy(text: string): Promise<{ source: string; hash: string }> {
    writeFileSync(policyPath(), text);
    return s.driver.command('promptfence.reloadPolicy');
  }

  async function paste(text: string): Promise<void> {
    const page = s.workbench.page;
    await focusEmptyChatInput(page);
    await setClipboard(page, text);
    await pressPaste(page);
  }


  it('lets an e-mail address through when the policy allows contact data', async function () {
    const loaded = await usePolicy('// contact data is fine here\n{ "version": 1, "classes": { "pii.contact": "allow" } }\n');
    assert.match(loaded.source, /\.promptfence\.json/);
    await paste(`ping ${EMAIL}`);
    await waitForChatInput(s.workbench.page, `ping ${EMAIL}`);
    assert.equal(await dialog(s.workbench.page).count(), 0);
  });

  it('blocks an e-mail address when the policy blocks contact data', async function () {
    await usePolicy('{ "version": 1, "classes": { "pii.contact": "block" }, "overrides": { "pii.contact": { "allowed": false } } }\n');
    await paste(`ping ${EMAIL}`);
    await dialog(s.workbench.page).waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await dialog(s.workbench.page).innerText();
    assert.match(shown, /blocked this paste/);
    assert.match(shown, /\.promptfence\.json/, 'the dialog names the policy in force');
    await clickDialogButton(s.workbench.page, 'Cancel');
    assert.equal(await chatInputText(s.workbench.page), '');
  });

  it('asks for a reason before "Paste anyway" where the policy requires one', async function () {
    await usePolicy('{ "version": 1, "overrides": { "pii.contact": { "allowed": true, "reasonRequired": true } } }\n');
    const page = s.workbench.page;
    await paste(`ping ${EMAIL}`);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    await clickDialogButton(page, 'Paste anyway');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await page.locator('.quick-input-widget').innerText(), /reason/i);
    await input.fill('customer asked for this address in the ticket');
    await page.keyboard.press('Enter');
    await waitForChatInput(page, `ping ${EMAIL}`);
  });

  it('catches a project code name the policy defines, whatever its case and accents', async function () {
    await usePolicy(
      JSON.stringify({ version: 1, custom: [{ name: 'PROJECT_BRUECKENKOPF', class: 'confidential', terms: ['Brückenkopf'], action: 'block' }] }, null, 2),
    );
    await paste('Status von BRUECKENKOPF: Rollout verschoben');
    await dialog(s.workbench.page).waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog(s.workbench.page).innerText(), /CUSTOM_PROJECT_BRUECKENKOPF/);
    await clickDialogButton(s.workbench.page, 'Paste redacted');
    await waitForChatInput(s.workbench.page, 'Status von <CUSTOM_PROJECT_BRUECKENKOPF_1>: Rollout verschoben');
  });

  it('keeps the last valid policy when the file breaks, and shows the error at its line', async function () {
    const broken = ['{', '  "version": 1,', '  "classes": { "pii.contact": "allow", "secret": "alow" }', '}'].join('\n');
    await usePolicy(broken);
    let diagnostics = await s.driver.diagnostics(policyPath());
    for (let i = 0; i < 20 && diagnostics.length === 0; i++) {
      await s.workbench.page.waitForTimeout(250);
      diagnostics = await s.driver.diagnostics(policyPath());
    }
    assert.ok(diagnostics.length > 0, 'a diagnostic is shown');
    assert.equal(diagnostics[0].line, 3, JSON.stringify(diagnostics));
    assert.match(diagnostics[0].message, /secret/);
    // The previous valid file (custom term, default classes) stays in force: the broken file's "allow" does not apply.
    await paste(`ping ${EMAIL}`);
    await dialog(s.workbench.page).waitFor({ state: 'visible', timeout: 10_000 });
    await clickDialogButton(s.workbench.page, 'Cancel');
    const toast = s.workbench.page.locator('.notification-toast', { hasText: 'policy file has' });
    await toast.first().waitFor({ state: 'visible', timeout: 10_000 });
  });
});

describe('a policy file that is broken from the start (real VS Code in chromium)', function () {
  const workspace = mkdtempSync(join(tmpdir(), 'promptfence-broken-'));
  writeFileSync(join(workspace, '.promptfence.json'), '{\n  "version": 1,\n  "classes": { "secret": "allow" },,\n}\n');
  const session = useVsCodeSession('policy-broken', () => ({ folder: workspace }), openWideChatView);
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  it('applies the strict built-in policy: a secret is still blocked', async function () {
    const loaded = await s.driver.command<{ source: string }>('promptfence.reloadPolicy');
    assert.equal(loaded.source, 'built-in');
    const page = s.workbench.page;
    await focusEmptyChatInput(page);
    await setClipboard(page, `key ${['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('')}`);
    await pressPaste(page);
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog(page).innerText(), /blocked this paste/);
    await clickDialogButton(page, 'Cancel');
  });
});
