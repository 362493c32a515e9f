import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { eventsOf, verifyChain } from '../audit/chain';
import { rowsToCsv } from '../audit/csv';
import { readLogInputs } from '../audit/readLogs';
import { buildReportModel, isDecision } from '../audit/reportModel';
import { renderReportHtml } from '../audit/reportHtml';
import type { PromptFence } from './promptFence';

interface ExportMessage {
  readonly command: 'export';
  readonly format: 'csv' | 'json';
  readonly eventIds: readonly string[];
}

/**
 * "PromptFence: Open warning log": the same report `promptfence log report` writes, in a
 * webview with the editor's theme, a strict CSP (nonce-only scripts, no remote resources)
 * and export through the extension (webviews cannot download files themselves).
 */
export class WarningLogView {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly pf: PromptFence) {}

  async show(): Promise<{ events: number; chainOk: boolean }> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('promptfence.warningLog', vscode.l10n.t('PromptFence warning log'), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.pf.extension.extensionUri, 'media', 'icon.png');
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: ExportMessage) => m?.command === 'export' && this.export(m));
      this.panel.onDidChangeViewState((e) => e.webviewPanel.visible && void this.render());
    } else this.panel.reveal();
    return this.render();
  }

  private async loadEvents() {
    const dir = this.pf.warningLog.directory;
    const inputs = existsSync(dir) ? await readLogInputs([dir]) : [];
    const verification = verifyChain(inputs);
    return { events: eventsOf(inputs), verification, dir };
  }

  private async render(): Promise<{ events: number; chainOk: boolean }> {
    const panel = this.panel;
    if (!panel) return { events: 0, chainOk: true };
    const { events, verification, dir } = await this.loadEvents();
    const model = buildReportModel(events);
    const first = verification.break;
    panel.webview.html = renderReportHtml(model, {
      nonce: randomBytes(16).toString('base64'),
      theme: 'vscode',
      cspSource: panel.webview.cspSource,
      title: vscode.l10n.t('PromptFence warning log'),
      chains: [{ name: dir, ok: verification.ok, events: events.length, detail: first ? `${first.file}:${first.line}: ${first.kind}` : undefined }],
    });
    return { events: model.rows.length, chainOk: verification.ok };
  }

  private async export(message: ExportMessage): Promise<void> {
    const { events } = await this.loadEvents();
    const wanted = new Set(message.eventIds);
    const chosen = events.filter(isDecision).filter((e) => wanted.has(e.eventId));
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(`promptfence-warnings.${message.format}`),
      filters: message.format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    });
    if (!target) return;
    const content = message.format === 'csv' ? rowsToCsv(buildReportModel(chosen).rows) : JSON.stringify(chosen, null, 2) + '\n';
    await writeFile(target.fsPath, content, 'utf8');
    this.pf.log.info(`warning log: exported ${chosen.length} event(s) as ${message.format}`);
  }
}
