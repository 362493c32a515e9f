/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in the browser, hence the DOM types here.
import type { Locator, Page } from 'playwright-core';

/** Puts text on the browser's clipboard, which is what VS Code's web workbench reads. */
export async function setClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The Chat view's input editor (the chat sits in the secondary side bar). */
export const CHAT_VIEW_INPUT = '.part.auxiliarybar .interactive-input-part .monaco-editor';
/** The input of an inline chat session in a file editor. */
export const INLINE_CHAT_INPUT = '.inline-chat .interactive-input-part .monaco-editor';
/** The input of quick chat (`workbench.action.quickchat.toggle`): a chat widget inside the quick-input widget. */
export const QUICK_CHAT_INPUT = '.quick-input-widget .interactive-input-part .monaco-editor';
/** The input of a chat opened as an editor tab (`workbench.action.chat.openInEditor`); not an inline chat inside a file editor. */
export const CHAT_EDITOR_INPUT = '.part.editor .editor-instance > .interactive-session .interactive-input-part .monaco-editor';
/** The input of terminal inline chat (`workbench.action.terminal.chat.start`), inside the terminal panel. */
export const TERMINAL_CHAT_INPUT = '.terminal-inline-chat .interactive-input-part .monaco-editor';

/** Puts the cursor into a chat input (the Chat view's by default), empty. */
export async function focusEmptyChatInput(page: Page, input = CHAT_VIEW_INPUT): Promise<Locator> {
  const editor = page.locator(input).first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '', `${input} .view-lines`);
  return editor;
}

/** The chat input's text as the editor renders it, lines in order, non-breaking spaces normalised. */
export async function chatInputText(page: Page, input = CHAT_VIEW_INPUT): Promise<string> {
  return page.evaluate((sel) => {
    const lines = [...document.querySelectorAll<HTMLElement>(`${sel} .view-lines .view-line`)];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n').replace(/\s+$/, '');
  }, input);
}

/** Waits until the chat input shows `expected` (or times out with what it shows). */
export async function waitForChatInput(page: Page, expected: string, input = CHAT_VIEW_INPUT, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = '';
  while (Date.now() < deadline) {
    actual = await chatInputText(page, input);
    if (actual === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`chat input shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** The modal dialog VS Code shows for `showWarningMessage(..., {modal: true})`. */
export function dialog(page: Page): Locator {
  return page.locator('.monaco-dialog-box[role=dialog]');
}

export async function clickDialogButton(page: Page, label: string): Promise<void> {
  await dialog(page).getByRole('button', { name: label, exact: true }).click();
  await dialog(page).waitFor({ state: 'detached', timeout: 10_000 });
}

/** Presses the real paste key in the focused element. */
export async function pressPaste(page: Page): Promise<void> {
  await page.keyboard.press('Control+V');
}

/** The visible terminal's text (needs `terminal.integrated.gpuAcceleration: off` for DOM rows). */
export async function terminalText(page: Page): Promise<string> {
  const rows = page.locator('.xterm-rows').filter({ visible: true });
  return ((await rows.first().innerText()) ?? '').replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}

export async function waitForTerminalText(page: Page, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = '';
  while (Date.now() < deadline) {
    actual = await terminalText(page);
    if (actual === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`terminal shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** The terminal paste key on Linux. */
export async function pressTerminalPaste(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+V');
}
