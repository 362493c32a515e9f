import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, toolPaths } from './paths';

export interface OpenWorkbench {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Flags that keep Debian's chromium quiet and offline here (DESIGN.md §6). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Opens VS Code's web workbench at `url` in a fresh headless chromium with clipboard access. */
export async function openWorkbench(url: string, options: { waitFor?: string; locale?: string } = {}): Promise<OpenWorkbench> {
  const browser = await chromium.launch({ executablePath: toolPaths().chromium, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: options.locale ?? 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(options.waitFor ?? '.monaco-workbench .part.statusbar', { timeout: 60_000 });
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close();
    },
  };
}

/** Saves a screenshot under test-results/ (used when a test fails). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_').slice(0, 120)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
