import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useVsCodeSession } from './harness/mochaSession';
import { findFiles } from './harness/files';
import type { VsCodeSession } from './harness/session';
import {
  CHAT_EDITOR_INPUT,
  CHAT_VIEW_INPUT,
  chatInputText,
  clickDialogButton,
  dialog,
  focusEmptyChatInput,
  pressPaste,
  QUICK_CHAT_INPUT,
  readClipboard,
  setClipboard,
  TERMINAL_CHAT_INPUT,
  waitForChatInput,
} from './harness/workbench';

const EMAIL = 'max.mustermann@firma.de';

/**
 * One chat surface: how to open and close it, its input's selector, and what PromptFence
 * makes of it. The dialog's target and the audit surface follow from VS Code's `chatLocation`
 * context key, which picks the keybinding (and with it the target) in package.json:
 * quick chat and the chat editor tab are ChatAgentLocation.Chat (`chatLocation == 'panel'`),
 * terminal inline chat is `chatLocation == 'terminal'`.
 */
interface Surface {
  readonly name: string;
  readonly input: string;
  readonly targetLabel: string;
  readonly auditSurface: string;
  open(s: VsCodeSession): Promise<void>;
  close(s: VsCodeSession): Promise<void>;
}

const SURFACES: readonly Surface[] = [
  {
    name: 'quick chat',
    input: QUICK_CHAT_INPUT,
    targetLabel: 'quick chat',
    auditSurface: 'chat.quick',
    // The toggle resolves once the widget shows; started without waiting like the other chat UIs.
    open: (s) => s.driver.startCommand('workbench.action.quickchat.toggle'),
    close: async (s) => {
      await s.driver.command('workbench.action.quickchat.close');
    },
  },
  {
    name: 'the chat editor tab',
    input: CHAT_EDITOR_INPUT,
    targetLabel: 'the chat editor tab',
    auditSurface: 'chat.editor',
    open: async (s) => {
      await s.driver.command('workbench.action.chat.openInEditor');
    },
    close: async (s) => {
      await s.driver.command('workbench.action.closeAllEditors');
    },
  },
  {
    name: 'terminal inline chat',
    input: TERMINAL_CHAT_INPUT,
    targetLabel: 'terminal chat',
    auditSurface: 'chat.terminal',
    open: async (s) => {
      // `cat` keeps the terminal quiet; terminal chat needs a terminal to attach to.
      await s.driver.command('workbench.action.terminal.killAll');
      await s.driver.createTerminal('chat-host', '/bin/cat');
      await s.driver.command('workbench.action.terminal.focus');
      await s.driver.startCommand('workbench.action.terminal.chat.start');
    },
    close: async (s) => {
      await s.driver.command('workbench.action.terminal.chat.close');
      await s.driver.command('workbench.action.terminal.killAll');
    },
  },
];

// Chat surfaces beyond the Chat view and inline chat in a file (chatPaste / inlineChatPaste).
// All open without Copilot in the browser-hosted VS Code. One VS Code serves all of them.
describe('guarded paste into quick chat, the chat editor tab and terminal chat (real VS Code in chromium)', function () {
  const session = useVsCodeSession('chat-surfaces', () => ({ folder: join(__dirname, 'fixtures', 'workspace') }));

  for (const surface of SURFACES) {
    describe(surface.name, function () {
      let s: VsCodeSession;

      beforeEach(async function () {
        s = session();
        await surface.open(s);
        await s.workbench.page.locator(surface.input).first().waitFor({ state: 'visible', timeout: 15_000 });
      });

      afterEach(async function () {
        if ((await dialog(s.workbench.page).count()) > 0) await s.workbench.page.keyboard.press('Escape');
        await surface.close(s);
      });

      it(`warns on an e-mail address, names ${surface.targetLabel} as the target, and pastes the redacted copy`, async function () {
        const page = s.workbench.page;
        const text = `reply to ${EMAIL} today`;
        const logged = auditEvents(s).length;
        await focusEmptyChatInput(page, surface.input);
        await setClipboard(page, text);
        await pressPaste(page);
        await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
        const shown = await dialog(page).innerText();
        assert.match(shown, /E-mail address/);
        assert.ok(shown.includes(`Target: ${surface.targetLabel}.`), `dialog names the target ${surface.targetLabel}:\n${shown}`);
        await clickDialogButton(page, 'Paste redacted');
        await waitForChatInput(page, 'reply to <EMAIL_ADDRESS_1> today', surface.input);
        // The paste went into this surface only: the Chat view's own input stays empty.
        assert.equal(await chatInputText(page, CHAT_VIEW_INPUT), '');
        assert.equal(await readClipboard(page), text);
        const events = await waitForAuditEvents(s, logged + 1);
        const last = events[events.length - 1];
        assert.deepEqual([last.action, last.choice, last.target.surface], ['warn', 'redacted', surface.auditSurface]);
      });

      it('lets benign text through unchanged, with no dialog', async function () {
        const page = s.workbench.page;
        const text = 'summarise the open file in three bullet points';
        const logged = auditEvents(s).length;
        await focusEmptyChatInput(page, surface.input);
        await setClipboard(page, text);
        await pressPaste(page);
        await waitForChatInput(page, text, surface.input);
        await page.waitForTimeout(300);
        assert.equal(await dialog(page).count(), 0);
        assert.equal(await chatInputText(page, surface.input), text, 'pasted exactly once');
        assert.equal(auditEvents(s).length, logged, 'nothing logged for benign text');
      });
    });
  }
});

interface AuditEvent {
  action: string;
  choice: string;
  target: { surface: string };
}

/** The events of PromptFence's warning log in this session's profile (none before the first warning). */
function auditEvents(s: VsCodeSession): AuditEvent[] {
  const files = findFiles(s.server.dirs.userData, /^promptfence-audit-.*\.jsonl$/);
  assert.ok(files.length <= 1, `at most one warning log, found ${files.join(', ')}`);
  if (files.length === 0) return [];
  return readFileSync(files[0], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AuditEvent);
}

async function waitForAuditEvents(s: VsCodeSession, count: number, timeoutMs = 5_000): Promise<AuditEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = auditEvents(s);
    if (events.length >= count || Date.now() > deadline) {
      assert.equal(events.length, count, 'one new warning-log event');
      return events;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
