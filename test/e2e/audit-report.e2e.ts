import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { GENESIS_HASH, sealEvent } from '../../src/audit/chain';
import type { AuditChoice, AuditEvent, DecisionEventBody } from '../../src/audit/record';
import { renderReportHtml, type ReportTheme } from '../../src/audit/reportHtml';
import { buildReportModel } from '../../src/audit/reportModel';
import { goldenEvents } from '../unit/audit/goldenChain';
import { CHROMIUM_ARGS, saveScreenshot } from './harness/browser';

const CHROMIUM = '/usr/bin/chromium';
const HOSTILE_REASON = `</script><script>alert("xss")</script><img src=x onerror=alert(1)> & "quotes"`;

/** 300 events over three weeks from four people to five targets, plus one with a hostile reason. */
function sampleEvents(): AuditEvent[] {
  const [template] = goldenEvents();
  const users = ['alice', 'bob', 'carol', 'dave'];
  const targets = [{ surface: 'chat.panel' }, { surface: 'chat.inline' }, { surface: 'terminal', program: 'claude' }, { surface: 'webview.saoudrizwan.claude-dev' }, { surface: 'hook.UserPromptSubmit', program: 'copilot' }];
  const kinds = [
    { type: 'SECRET_AWS_ACCESS_KEY', category: 'secret' },
    { type: 'EMAIL_ADDRESS', category: 'pii.contact' },
    { type: 'IBAN_CODE', category: 'pii.financial' },
    { type: 'CONFIDENTIAL_MARKER', category: 'confidential' },
  ] as const;
  const choices: AuditChoice[] = ['blocked', 'anyway', 'redacted', 'cancelled', 'anyway'];
  const events: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < 300; i++) {
    const k = kinds[i % kinds.length];
    const choice = choices[i % choices.length];
    const body = {
      ...template,
      eventId: `e2e-${i}`,
      time: new Date(Date.UTC(2026, 10, 1 + (i % 21), 8 + (i % 9), i % 60)).toISOString(),
      user: users[Math.floor(i / 3) % users.length],
      target: targets[i % targets.length],
      findings: [{ type: k.type, category: k.category, count: 1 + (i % 3), fingerprints: [], previews: [] }],
      action: choice === 'blocked' ? 'block' : choice === 'redacted' ? 'redact' : 'warn',
      choice,
      reason: choice === 'anyway' ? (i === 4 ? HOSTILE_REASON : `ticket OPS-${i}`) : undefined,
    } as unknown as DecisionEventBody;
    const sealed = sealEvent(body, prev);
    events.push(sealed);
    prev = sealed.hash;
  }
  return events;
}

describe('warning-log report in a real browser (chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    skipped: ${CHROMIUM} is absent (apt install chromium)`);
      this.skip();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    dir = mkdtempSync(join(tmpdir(), 'pf-report-e2e-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(theme: ReportTheme, init?: string): Promise<{ page: Page; problems: string[] }> {
    const html = renderReportHtml(buildReportModel(sampleEvents()), {
      nonce: 'e2eNonce42',
      theme,
      title: 'Team warnings',
      chains: [{ name: 'alice', ok: true, events: 300 }, { name: 'bob.jsonl', ok: false, events: 2, detail: 'bob.jsonl:3: deleted' }],
    });
    const file = join(dir, `report-${theme}.html`);
    writeFileSync(file, html);
    const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => void (r.url().startsWith('file:') || r.url().startsWith('blob:') ? undefined : problems.push(`request: ${r.url()}`)));
    if (init) await page.addInitScript(init);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#pf-table tbody tr');
    return { page, problems };
  }

  it('renders charts and table, sorts and filters, shows hostile text as text, exports CSV', async () => {
    const { page, problems } = await open('standalone');
    assert.equal(await page.locator('#pf-table tbody tr').count(), 300);
    assert.equal(await page.locator('#pf-count').textContent(), '300 of 300 events');
    assert.match((await page.locator('#pf-summary').textContent()) ?? '', /^300 events from 4 users, 2026-11-01 to 2026-11-21\./);
    assert.equal(await page.locator('#pf-chains li.pf-bad').count(), 1);
    // Charts: event i falls on day i mod 21 with class i mod 4, so 84 (day, class) stacks.
    assert.equal(await page.locator('#pf-chart-days svg.pf-chart rect[class^="pf-c"]').count(), 84);
    assert.equal(await page.locator('#pf-chart-days .pf-legend li').count(), 4);
    assert.equal(await page.locator('#pf-chart-targets rect.pf-bar').count(), 5);
    assert.equal(await page.locator('#pf-chart-overrides rect.pf-bar').count(), 4);
    assert.equal(await page.locator('img, iframe, link').count(), 0);

    // Newest first by default; a click on User sorts ascending, another descending.
    const times = await page.locator('#pf-table tbody td.pf-time').allTextContents();
    assert.deepEqual(times, [...times].sort().reverse());
    await page.click('#pf-table th[data-key="user"] button');
    assert.equal(await page.getAttribute('#pf-table th[data-key="user"]', 'aria-sort'), 'ascending');
    const users = await page.locator('#pf-table tbody td.pf-user').allTextContents();
    assert.deepEqual(users, [...users].sort());
    await page.click('#pf-table th[data-key="user"] button');
    assert.equal((await page.locator('#pf-table tbody td.pf-user').first().textContent()), 'dave');

    // Filters combine.
    await page.fill('#pf-filter', 'carol');
    await page.selectOption('#pf-class', 'secret');
    const filteredUsers = await page.locator('#pf-table tbody td.pf-user').allTextContents();
    assert.ok(filteredUsers.length > 0 && filteredUsers.every((u) => u === 'carol'));
    assert.ok((await page.locator('#pf-table tbody td.pf-classes').allTextContents()).every((c) => c.split(', ').includes('secret')));
    assert.equal(await page.locator('#pf-count').textContent(), `${filteredUsers.length} of 300 events`);

    // The hostile reason is a cell's text, nothing ran, nothing was loaded.
    await page.fill('#pf-filter', 'onerror');
    await page.selectOption('#pf-class', '');
    assert.deepEqual(await page.locator('#pf-table tbody td.pf-reason').allTextContents(), [HOSTILE_REASON]);
    await page.fill('#pf-filter', '');
    await page.selectOption('#pf-choice', 'anyway');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pf-export-csv')]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n').filter(Boolean);
    assert.equal(csv[0], 'time,user,machine,workspace,target,classes,types,action,choice,reason,policy,eventId');
    assert.equal(csv.length - 1, 120);
    assert.ok(csv.slice(1).every((l) => l.includes(',anyway,')));

    await page.fill('#pf-filter', 'carol');
    const shot = await saveScreenshot(page, 'audit-report-standalone');
    assert.ok(existsSync(shot));
    assert.deepEqual(problems, []);
  });

  it('takes VS Code theme colours and posts exports to the extension in the webview theme', async () => {
    // What a webview provides: theme variables on <html> and acquireVsCodeApi.
    const init = `
      document.addEventListener('DOMContentLoaded', function () {
        document.documentElement.style.setProperty('--vscode-editor-background', '#1e1e1e');
        document.documentElement.style.setProperty('--vscode-editor-foreground', '#d4d4d4');
        document.documentElement.style.setProperty('--vscode-charts-red', '#f14c4c');
      });
      window.__posted = [];
      var acquired = false;
      // Like VS Code's, this may be called once per page only.
      window.acquireVsCodeApi = function () {
        if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
        acquired = true;
        return { postMessage: function (m) { window.__posted.push(m); } };
      };`;
    const { page, problems } = await open('vscode', init);
    assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(30, 30, 30)');
    assert.equal(await page.evaluate('getComputedStyle(document.body).color'), 'rgb(212, 212, 212)');
    assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('#pf-chart-days rect.pf-c0')).fill`), 'rgb(241, 76, 76)');
    await page.fill('#pf-filter', 'dave');
    await page.selectOption('#pf-action', 'block');
    await page.click('#pf-export-json');
    await page.click('#pf-export-csv');
    const posted = (await page.evaluate('window.__posted')) as { command: string; format: string; eventIds: string[] }[];
    assert.deepEqual(posted.map((p) => p.format), ['json', 'csv']);
    assert.equal(posted[0].command, 'export');
    assert.equal(posted[0].format, 'json');
    assert.equal(posted[0].eventIds.length, await page.locator('#pf-table tbody tr').count());
    await saveScreenshot(page, 'audit-report-vscode-theme');
    assert.deepEqual(problems, []);
  });
});
