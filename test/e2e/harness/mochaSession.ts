import { saveScreenshot } from './browser';
import { startVsCodeSession, type SessionOptions, type VsCodeSession } from './session';
import { dialog } from './workbench';

/**
 * Registers the mocha hooks every end-to-end suite needs: start a real VS Code before the
 * suite (then run `setup`), close it after, save a screenshot of a failed test, and close a
 * dialog a test left open. Returns the running session.
 */
export function useVsCodeSession(name: string, options: () => SessionOptions, setup?: (s: VsCodeSession) => Promise<void>): () => VsCodeSession {
  let session: VsCodeSession | undefined;
  before(async function () {
    session = await startVsCodeSession(options());
    await setup?.(session);
  });
  after(async function () {
    await session?.close();
  });
  afterEach(async function () {
    if (!session) return;
    if (this.currentTest?.state === 'failed') console.log(`    screenshot: ${await saveScreenshot(session.workbench.page, `${name}-${this.currentTest.title}`)}`);
    if ((await dialog(session.workbench.page).count()) > 0) await session.workbench.page.keyboard.press('Escape');
  });
  return () => {
    if (!session) throw new Error('the VS Code session has not started');
    return session;
  };
}

/** Opens the Chat view, wide enough that test lines do not soft-wrap (rendered lines are then the text's lines). */
export async function openWideChatView(s: VsCodeSession): Promise<void> {
  await s.driver.command('workbench.action.chat.open');
  await s.driver.command('workbench.action.maximizeAuxiliaryBar');
}
