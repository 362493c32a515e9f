import * as vscode from 'vscode';
import { scanFileExposure } from '../exposure/scanFile';
import { renderExposureMarkdown, type FileExposure } from '../exposure/summarise';
import type { PromptFence } from './promptFence';

export interface ExposureSummary {
  readonly scanned: number;
  readonly skipped: number;
  readonly exposures: readonly FileExposure[];
  readonly cancelled: boolean;
}

const MAX_FILES = 50_000;

/**
 * "AI exposure report": which workspace files hold data the policy acts on, should a chat
 * attach them. Runs in the background with a cancellable progress notification; honours
 * `files.exclude` (through `findFiles`) and skips binary and very large files.
 */
export async function runExposureReport(pf: PromptFence): Promise<ExposureSummary> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('PromptFence: scanning the workspace'), cancellable: true },
    async (progress, token) => {
      const files = (await vscode.workspace.findFiles('**/*', undefined, MAX_FILES, token)).filter((u) => u.scheme === 'file');
      const exposures: FileExposure[] = [];
      let scanned = 0;
      let skipped = 0;
      const step = 100 / Math.max(1, files.length);
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        const rel = vscode.workspace.asRelativePath(uri, false);
        const r = await scanFileExposure(uri.fsPath, rel, pf.policy, pf.registry);
        if (r === 'skipped') skipped++;
        else {
          scanned++;
          if (r) exposures.push(r);
        }
        progress.report({ increment: step, message: `${scanned + skipped}/${files.length}` });
      }
      return { scanned, skipped, exposures, cancelled: token.isCancellationRequested };
    },
  );
  pf.log.info(`exposure report: ${summary.scanned} files scanned, ${summary.exposures.length} with findings${summary.cancelled ? ' (cancelled)' : ''}`);
  const doc = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: renderExposureMarkdown(summary.exposures, summary.scanned, summary.skipped, vscode.l10n.t('PromptFence: AI exposure report')),
  });
  await vscode.window.showTextDocument(doc, { preview: false });
  return summary;
}
