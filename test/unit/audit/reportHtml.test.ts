import * as assert from 'node:assert/strict';
import { sealEvent, GENESIS_HASH } from '../../../src/audit/chain';
import { csvCell, rowsToCsv } from '../../../src/audit/csv';
import type { AuditEvent, DecisionEventBody } from '../../../src/audit/record';
import { escapeHtml, renderReportHtml, scriptJson } from '../../../src/audit/reportHtml';
import { buildReportModel } from '../../../src/audit/reportModel';
import { goldenEvents } from './goldenChain';

const HOSTILE = `</script><script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

function hostileEvent(): AuditEvent {
  const [first] = goldenEvents();
  const body = { ...first, eventId: 'evil', user: HOSTILE, reason: `=HYPERLINK("http://x")${HOSTILE}\u2028`, target: { surface: HOSTILE } } as unknown as DecisionEventBody;
  return sealEvent(body, GENESIS_HASH);
}

/** The page's CSP as the browser reads it (the attribute is entity-encoded). */
function cspOf(html: string): string {
  const raw = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return raw.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('audit report model and HTML', () => {
  it('builds the charts: classes per day with gaps, targets, overrides per user', () => {
    const m = buildReportModel([...goldenEvents(), ...goldenEvents()]);
    assert.equal(m.rows.length, 4, 'decisions once each, purge left out');
    assert.deepEqual(m.days.map((d) => d.day), ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    assert.deepEqual(m.days[1].byClass, { 'pii.contact': 1, 'pii.financial': 1 });
    assert.deepEqual(m.byTarget[0], ['chat.inline', 1]);
    assert.deepEqual(m.overridesByUser, [['alice', 1]]);
    assert.equal(m.users, 2);
    assert.equal(m.rows[1].types, 'EMAIL_ADDRESS×1, IBAN_CODE×1');
    assert.equal(m.rows[1].target, 'terminal · claude');
  });

  it('escapes everything that came from a log', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const embedded = scriptJson({ r: HOSTILE + '\u2028' });
    assert.ok(!embedded.includes('<') && !embedded.includes('\u2028'));
    assert.deepEqual(JSON.parse(embedded), { r: HOSTILE + '\u2028' });
    const html = renderReportHtml(buildReportModel([hostileEvent()]), { nonce: 'n0nce', theme: 'standalone' });
    assert.ok(!html.includes('<script>alert'), 'raw script tag from a log');
    assert.ok(!html.includes('<img src=x'), 'raw img tag from a log');
    assert.equal(html.match(/<script/g)?.length, 2, 'only the data block and the nonce script');
  });

  it('puts the nonce on every style and script and declares a CSP without external sources', () => {
    const html = renderReportHtml(buildReportModel(goldenEvents()), { nonce: 'abc123', theme: 'standalone' });
    const csp = cspOf(html);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.ok(!/https?:/.test(csp));
    assert.ok([...html.matchAll(/<style[^>]*>/g)].every((m) => m[0].includes('nonce="abc123"')));
    assert.ok([...html.matchAll(/<script(?! type="application\/json")[^>]*>/g)].every((m) => m[0].includes('nonce="abc123"')));
    assert.ok(!/\sstyle="/.test(html), 'a style attribute would be blocked by the CSP');
  });

  it('uses VS Code theme variables in the vscode theme and allows the webview source', () => {
    const html = renderReportHtml(buildReportModel(goldenEvents()), { nonce: 'n', theme: 'vscode', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' });
    assert.match(html, /var\(--vscode-editor-foreground\)/);
    assert.match(html, /var\(--vscode-charts-red\)/);
    assert.match(cspOf(html), /style-src 'nonce-n' https:\/\/file\+\.vscode-resource/);
    assert.match(html, /VSCODE=true/);
    assert.ok(!renderReportHtml(buildReportModel(goldenEvents()), { nonce: 'n', theme: 'standalone' }).includes('--vscode-'));
  });

  it('renders an empty log', () => {
    const html = renderReportHtml(buildReportModel([]), { nonce: 'n', theme: 'standalone' });
    assert.match(html, /0 events from 0 users/);
    assert.match(html, /No events\./);
  });

  it('writes CSV with quoting and guards cells against formula injection', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('-cmd'), "'-cmd");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    const csv = rowsToCsv(buildReportModel([hostileEvent()]).rows);
    const reasonCell = csv.split('\r\n')[1];
    assert.ok(reasonCell.includes(`"'=HYPERLINK(""http://x"")`));
  });
});
