import type { ReportModel, ReportRow } from './reportModel';
import { CSV_COLUMNS } from './csv';

/**
 * Renders the warning-log review as one HTML document with no external resource: inline
 * CSS, inline SVG charts, and a small inline script for the sortable, filterable table.
 * The same string serves the CLI's standalone report and the extension's webview, so
 * every style and script carries the caller's CSP nonce, no element uses a `style`
 * attribute, and everything that came from a log is escaped (a reason is typed by a
 * person and a log file can be edited by anyone who can write to it).
 */

export type ReportTheme = 'standalone' | 'vscode';

export interface ChainStatus {
  readonly name: string;
  readonly ok: boolean;
  readonly events: number;
  /** `file:line: kind` of the first broken link, or notices; never a logged value. */
  readonly detail?: string;
}

export interface ReportHtmlOptions {
  /** Allows the inline style and script under the page's Content Security Policy. */
  readonly nonce: string;
  /** `standalone`: fixed colours. `vscode`: the webview's theme variables (`--vscode-*`). */
  readonly theme: ReportTheme;
  readonly title?: string;
  readonly generatedAt?: Date;
  /** Verification result of each merged log, shown above the charts. */
  readonly chains?: readonly ChainStatus[];
  /** The webview's `cspSource`, so that the extension may add its own fonts (codicons). */
  readonly cspSource?: string;
  /** How many table rows are drawn at once; the filter narrows the rest. Default 1000. */
  readonly rowLimit?: number;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON inside a `<script>` element: no `<` can close it or open a comment, no line separator can break it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const CLASS_ORDER = ['secret', 'pii.financial', 'pii.identity', 'pii.contact', 'confidential'];

function classColourIndex(cls: string): number {
  const i = CLASS_ORDER.indexOf(cls);
  return i >= 0 ? i : CLASS_ORDER.length;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function legend(classes: readonly string[]): string {
  return `<ul class="pf-legend">${classes.map((c) => `<li><svg width="10" height="10" aria-hidden="true"><rect class="pf-c${classColourIndex(c)}" width="10" height="10"/></svg>${escapeHtml(c)}</li>`).join('')}</ul>`;
}

function daysChart(model: ReportModel): string {
  if (model.days.length === 0) return '<p class="pf-empty">No events.</p>';
  const W = 760;
  const H = 220;
  const left = 44;
  const right = 8;
  const top = 10;
  const bottom = 36;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const totals = model.days.map((d) => Object.values(d.byClass).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const step = plotW / model.days.length;
  const barW = Math.max(1, step * 0.8);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  model.days.forEach((d, i) => {
    let acc = 0;
    const x = left + i * step + (step - barW) / 2;
    for (const c of model.classes) {
      const n = d.byClass[c] ?? 0;
      if (n === 0) continue;
      const y0 = y(acc);
      acc += n;
      const y1 = y(acc);
      parts.push(`<rect class="pf-c${classColourIndex(c)}" x="${x.toFixed(2)}" y="${y1.toFixed(2)}" width="${barW.toFixed(2)}" height="${Math.max(0.5, y0 - y1).toFixed(2)}"><title>${escapeHtml(`${d.day} ${c}: ${n}`)}</title></rect>`);
    }
  });
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const axis = ticks.map((v) => `<line class="pf-grid" x1="${left}" x2="${W - right}" y1="${y(v).toFixed(2)}" y2="${y(v).toFixed(2)}"/><text class="pf-axis" x="${left - 6}" y="${(y(v) + 4).toFixed(2)}" text-anchor="end">${fmt(v)}</text>`);
  const labelIdx = [...new Set([0, Math.floor((model.days.length - 1) / 2), model.days.length - 1])];
  const labels = labelIdx.map((i) => {
    const anchor = i === 0 ? 'start' : i === model.days.length - 1 ? 'end' : 'middle';
    const x = i === 0 ? left : i === model.days.length - 1 ? W - right : left + i * step + step / 2;
    return `<text class="pf-axis" x="${x.toFixed(2)}" y="${H - bottom + 16}" text-anchor="${anchor}">${escapeHtml(model.days[i].day)}</text>`;
  });
  return `<svg class="pf-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Events per day by class">${axis.join('')}${parts.join('')}${labels.join('')}</svg>${legend(model.classes)}`;
}

function barChart(entries: readonly (readonly [string, number])[], label: string, limit = 12): string {
  if (entries.length === 0) return '<p class="pf-empty">None.</p>';
  const shown = entries.slice(0, limit);
  const rowH = 22;
  const W = 480;
  const labelW = 190;
  const valueW = 56;
  const H = shown.length * rowH + 4;
  const max = Math.max(1, ...shown.map(([, n]) => n));
  const bars = shown.map(([name, n], i) => {
    const y = 2 + i * rowH;
    const w = Math.max(1, ((W - labelW - valueW) * n) / max);
    return (
      `<g><title>${escapeHtml(`${name}: ${n}`)}</title>` +
      `<text class="pf-label" x="${labelW - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(name, 28))}</text>` +
      `<rect class="pf-bar" x="${labelW}" y="${y + 3}" width="${w.toFixed(2)}" height="${rowH - 6}"/>` +
      `<text class="pf-axis" x="${(labelW + w + 4).toFixed(2)}" y="${y + 15}">${fmt(n)}</text></g>`
    );
  });
  const more = entries.length > limit ? `<p class="pf-note">${fmt(entries.length - limit)} more not shown.</p>` : '';
  return `<svg class="pf-chart pf-bars" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">${bars.join('')}</svg>${more}`;
}

/** Rows as arrays of indices into one string table: 100,000 events share a few hundred distinct users, targets and types. */
function encodeRows(rows: readonly ReportRow[]): { s: string[]; r: (string | number)[][] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = strings.length;
      strings.push(v);
      index.set(v, i);
    }
    return i;
  };
  const r = rows.map((row) => CSV_COLUMNS.map((c) => (c === 'time' || c === 'eventId' ? row[c] : id(row[c]))));
  return { s: strings, r };
}

const HEADERS: readonly (readonly [keyof ReportRow, string])[] = [
  ['time', 'Time (UTC)'],
  ['user', 'User'],
  ['target', 'Target'],
  ['classes', 'Classes'],
  ['action', 'Action'],
  ['choice', 'Choice'],
  ['reason', 'Reason'],
];

function optionList(values: Iterable<string>): string {
  return [...new Set(values)].sort().map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
}

const STANDALONE_VARS = `
  --pf-fg:#1f2328;--pf-bg:#ffffff;--pf-muted:#59636e;--pf-border:#d1d9e0;--pf-accent:#0969da;--pf-row:#f6f8fa;
  --pf-input-bg:#ffffff;--pf-input-fg:#1f2328;--pf-button-bg:#0969da;--pf-button-fg:#ffffff;--pf-ok:#1a7f37;--pf-bad:#cf222e;
  --pf-c0:#cf222e;--pf-c1:#bc4c00;--pf-c2:#8250df;--pf-c3:#0969da;--pf-c4:#9a6700;--pf-c5:#59636e;
  --pf-font:system-ui,-apple-system,"Segoe UI",sans-serif;--pf-font-size:14px;`;

const VSCODE_VARS = `
  --pf-fg:var(--vscode-editor-foreground);--pf-bg:var(--vscode-editor-background);--pf-muted:var(--vscode-descriptionForeground);
  --pf-border:var(--vscode-panel-border);--pf-accent:var(--vscode-textLink-foreground);--pf-row:var(--vscode-list-hoverBackground);
  --pf-input-bg:var(--vscode-input-background);--pf-input-fg:var(--vscode-input-foreground);
  --pf-button-bg:var(--vscode-button-background);--pf-button-fg:var(--vscode-button-foreground);
  --pf-ok:var(--vscode-testing-iconPassed);--pf-bad:var(--vscode-errorForeground);
  --pf-c0:var(--vscode-charts-red);--pf-c1:var(--vscode-charts-orange);--pf-c2:var(--vscode-charts-purple);
  --pf-c3:var(--vscode-charts-blue);--pf-c4:var(--vscode-charts-yellow);--pf-c5:var(--vscode-charts-foreground);
  --pf-font:var(--vscode-font-family);--pf-font-size:var(--vscode-font-size);`;

function css(theme: ReportTheme): string {
  return `
:root{${theme === 'vscode' ? VSCODE_VARS : STANDALONE_VARS}}
body{margin:0;padding:16px 24px;color:var(--pf-fg);background:var(--pf-bg);font-family:var(--pf-font);font-size:var(--pf-font-size)}
h1{font-size:1.4em;margin:0 0 4px}h2{font-size:1.05em;margin:0 0 8px}
.pf-meta,.pf-note,.pf-empty{color:var(--pf-muted)}
.pf-chains{list-style:none;padding:0;margin:8px 0}.pf-chains li{margin:2px 0}
.pf-ok{color:var(--pf-ok)}.pf-bad{color:var(--pf-bad);font-weight:600}
.pf-charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px;margin:16px 0}
.pf-charts figure{margin:0;padding:12px;border:1px solid var(--pf-border);border-radius:6px}
.pf-charts figure.pf-wide{grid-column:1/-1}
.pf-chart{width:100%;height:auto;display:block}.pf-chart.pf-bars{width:480px;max-width:100%}
.pf-chart text{fill:var(--pf-fg);font-size:11px;font-family:var(--pf-font)}
.pf-chart .pf-axis{fill:var(--pf-muted)}
.pf-grid{stroke:var(--pf-border);stroke-width:1}
.pf-bar{fill:var(--pf-accent)}
.pf-c0{fill:var(--pf-c0)}.pf-c1{fill:var(--pf-c1)}.pf-c2{fill:var(--pf-c2)}.pf-c3{fill:var(--pf-c3)}.pf-c4{fill:var(--pf-c4)}.pf-c5{fill:var(--pf-c5)}
.pf-legend{list-style:none;display:flex;flex-wrap:wrap;gap:12px;padding:0;margin:6px 0 0}.pf-legend svg{margin-right:4px}
.pf-controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
.pf-controls input,.pf-controls select{background:var(--pf-input-bg);color:var(--pf-input-fg);border:1px solid var(--pf-border);padding:4px 6px;font:inherit}
.pf-controls button{background:var(--pf-button-bg);color:var(--pf-button-fg);border:0;padding:5px 10px;cursor:pointer;font:inherit}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--pf-border);vertical-align:top}
th button{background:none;border:0;color:inherit;font:inherit;font-weight:600;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
tbody tr:hover{background:var(--pf-row)}
td.pf-reason{max-width:28em;overflow-wrap:anywhere}
`;
}

/** The table's behaviour. Values reach the page through `textContent` only, never as markup. */
function script(theme: ReportTheme, rowLimit: number): string {
  return `(function(){
"use strict";
var data=JSON.parse(document.getElementById("pf-data").textContent);
var cols=data.c,S=data.s,LIMIT=${rowLimit},VSCODE=${theme === 'vscode'};
var rows=data.r.map(function(a){var o={};for(var i=0;i<cols.length;i++){o[cols[i]]=typeof a[i]==="number"?S[a[i]]:a[i];}
o.hay=(o.time+" "+o.user+" "+o.machine+" "+o.workspace+" "+o.target+" "+o.classes+" "+o.types+" "+o.action+" "+o.choice+" "+o.reason).toLowerCase();return o;});
var shownCols=${scriptJson(HEADERS.map(([k]) => k))};
var tbody=document.querySelector("#pf-table tbody"),q=document.getElementById("pf-filter"),fc=document.getElementById("pf-class"),
fa=document.getElementById("pf-action"),fh=document.getElementById("pf-choice"),count=document.getElementById("pf-count"),more=document.getElementById("pf-more");
var sortKey="time",sortDir=-1,filtered=rows,vscodeApi=null;
function cmp(a,b){var x=a[sortKey],y=b[sortKey];return x<y?-sortDir:x>y?sortDir:0;}
function render(){
var text=q.value.trim().toLowerCase(),cls=fc.value,act=fa.value,cho=fh.value;
filtered=rows.filter(function(r){return(!text||r.hay.indexOf(text)>=0)&&(!cls||(", "+r.classes+", ").indexOf(", "+cls+", ")>=0)&&(!act||r.action===act)&&(!cho||r.choice===cho);});
filtered.sort(cmp);
var frag=document.createDocumentFragment();
for(var i=0;i<filtered.length&&i<LIMIT;i++){var r=filtered[i],tr=document.createElement("tr");
for(var j=0;j<shownCols.length;j++){var td=document.createElement("td"),k=shownCols[j];td.textContent=k==="time"?r.time.replace("T"," ").slice(0,19):r[k];td.className="pf-"+k;tr.appendChild(td);}
frag.appendChild(tr);}
tbody.replaceChildren(frag);
count.textContent=filtered.length.toLocaleString("en-US")+" of "+rows.length.toLocaleString("en-US")+" events";
more.textContent=filtered.length>LIMIT?"Showing the first "+LIMIT.toLocaleString("en-US")+"; narrow the filter to see the rest.":"";
}
document.querySelectorAll("#pf-table th").forEach(function(th){th.querySelector("button").addEventListener("click",function(){
var k=th.getAttribute("data-key");if(sortKey===k){sortDir=-sortDir;}else{sortKey=k;sortDir=k==="time"?-1:1;}
document.querySelectorAll("#pf-table th").forEach(function(o){o.removeAttribute("aria-sort");});
th.setAttribute("aria-sort",sortDir>0?"ascending":"descending");render();});});
[q,fc,fa,fh].forEach(function(el){el.addEventListener("input",render);});
function cell(v){v=String(v);if(/^[=+\\-@\\t\\r]/.test(v))v="'"+v;return /[",\\r\\n]/.test(v)||v!==v.trim()?'"'+v.replace(/"/g,'""')+'"':v;}
function exportAs(format){
if(VSCODE){vscodeApi=vscodeApi||acquireVsCodeApi();vscodeApi.postMessage({command:"export",format:format,eventIds:filtered.map(function(r){return r.eventId;})});return;}
var text,type;
if(format==="csv"){text=[cols.join(",")].concat(filtered.map(function(r){return cols.map(function(c){return cell(r[c]);}).join(",");})).join("\\r\\n")+"\\r\\n";type="text/csv";}
else{text=JSON.stringify(filtered.map(function(r){var o={};cols.forEach(function(c){o[c]=r[c];});return o;}),null,1);type="application/json";}
var a=document.createElement("a");a.href=URL.createObjectURL(new Blob([text],{type:type}));a.download="promptfence-warnings."+format;document.body.appendChild(a);a.click();a.remove();}
document.getElementById("pf-export-csv").addEventListener("click",function(){exportAs("csv");});
document.getElementById("pf-export-json").addEventListener("click",function(){exportAs("json");});
document.querySelector('#pf-table th[data-key="time"]').setAttribute("aria-sort","descending");
render();
})();`;
}

export function renderReportHtml(model: ReportModel, options: ReportHtmlOptions): string {
  const nonce = escapeHtml(options.nonce);
  const title = options.title ?? 'PromptFence warning log';
  const extra = options.cspSource ? ` ${options.cspSource}` : '';
  const csp = `default-src 'none'; img-src data:${extra}; font-src${extra || " 'none'"}; style-src 'nonce-${nonce}'${extra}; script-src 'nonce-${nonce}'`;
  const generated = (options.generatedAt ?? new Date()).toISOString();
  const range = model.firstTime ? `, ${escapeHtml(model.firstTime.slice(0, 10))} to ${escapeHtml(model.lastTime?.slice(0, 10) ?? '')}` : '';
  const chains = (options.chains ?? [])
    .map((c) => `<li class="${c.ok ? 'pf-ok' : 'pf-bad'}">${c.ok ? '✔' : '✘'} ${escapeHtml(c.name)}: ${c.ok ? `chain intact, ${fmt(c.events)} events` : 'chain BROKEN'}${c.detail ? ` (${escapeHtml(c.detail)})` : ''}</li>`)
    .join('');
  const rows = model.rows;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${css(options.theme)}</style>
</head>
<body class="pf-theme-${options.theme}">
<header>
<h1>${escapeHtml(title)}</h1>
<p class="pf-meta" id="pf-summary">${fmt(rows.length)} events from ${fmt(model.users)} ${model.users === 1 ? 'user' : 'users'}${range}. Generated ${escapeHtml(generated)}.</p>
${chains ? `<ul class="pf-chains" id="pf-chains">${chains}</ul>` : ''}
</header>
<section class="pf-charts">
<figure class="pf-wide" id="pf-chart-days"><h2>Events per day by class</h2>${daysChart(model)}</figure>
<figure id="pf-chart-targets"><h2>Events by target</h2>${barChart(model.byTarget, 'Events by target')}</figure>
<figure id="pf-chart-overrides"><h2>Overrides ("paste anyway") per user</h2>${barChart(model.overridesByUser, 'Overrides per user')}</figure>
</section>
<section>
<div class="pf-controls">
<input id="pf-filter" type="search" placeholder="Filter: user, target, type, reason…" aria-label="Filter events">
<select id="pf-class" aria-label="Class"><option value="">All classes</option>${optionList(model.classes)}</select>
<select id="pf-action" aria-label="Action"><option value="">All actions</option>${optionList(rows.map((r) => r.action))}</select>
<select id="pf-choice" aria-label="Choice"><option value="">All choices</option>${optionList(rows.map((r) => r.choice))}</select>
<span id="pf-count" class="pf-note"></span>
<button id="pf-export-csv" type="button">Export CSV</button>
<button id="pf-export-json" type="button">Export JSON</button>
</div>
<table id="pf-table">
<thead><tr>${HEADERS.map(([k, label]) => `<th data-key="${k}" scope="col"><button type="button">${escapeHtml(label)}</button></th>`).join('')}</tr></thead>
<tbody></tbody>
</table>
<p id="pf-more" class="pf-note"></p>
</section>
<script type="application/json" id="pf-data">${scriptJson({ c: CSV_COLUMNS, ...encodeRows(rows) })}</script>
<script nonce="${nonce}">${script(options.theme, options.rowLimit ?? 1000)}</script>
</body>
</html>
`;
}
