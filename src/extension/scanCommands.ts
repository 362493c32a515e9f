import * as vscode from 'vscode';
import { createLocator, maskValue, scanText, type Finding } from '../engine';
import { categoryLabel, typeLabel } from './labels';
import type { PromptFence } from './promptFence';

/** A finding as commands return it: no raw value, only its masked preview and position. */
export interface ListedFinding {
  readonly type: string;
  readonly category: string;
  readonly preview: string;
  readonly line: number;
  readonly column: number;
  readonly detector: string;
}

function listFindings(text: string, findings: readonly Finding[], lineOffset = 0): ListedFinding[] {
  const locate = createLocator(text);
  return findings.map((f) => {
    const { line, column } = locate(f.start);
    return {
      type: f.type,
      category: f.category,
      preview: maskValue(f.type, text.slice(f.start, f.end)),
      line: line + lineOffset,
      column,
      detector: f.detector,
    };
  });
}

/**
 * Shows the findings in a quick pick and returns them at once (the pick stays open), so
 * that other commands and tests can use the result without waiting for the person.
 */
function showFindings(title: string, listed: ListedFinding[], onPick?: (f: ListedFinding) => void): void {
  if (listed.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('PromptFence found nothing sensitive in {0}.', title));
    return;
  }
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { finding: ListedFinding }>();
  pick.title = vscode.l10n.t('PromptFence: {0} finding(s) in {1}', listed.length, title);
  pick.items = listed.map((f) => ({
    label: `$(warning) ${typeLabel(f.type)}`,
    description: f.preview,
    detail: vscode.l10n.t('line {0}, column {1} · {2} · rule {3}', f.line, f.column, categoryLabel(f.category as Finding['category']), f.detector),
    finding: f,
  }));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen && onPick) onPick(chosen.finding);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

export async function scanClipboard(pf: PromptFence): Promise<ListedFinding[]> {
  const text = await vscode.env.clipboard.readText();
  const listed = listFindings(text, scanText(text, { minConfidence: pf.policy.minConfidence }, pf.registry).findings);
  pf.log.info(`scan of the clipboard: ${listed.length} finding(s)`);
  showFindings(vscode.l10n.t('the clipboard'), listed);
  return listed;
}

/** Scans a whole file (from the explorer's context menu). */
async function scanFile(pf: PromptFence, uri: vscode.Uri): Promise<ListedFinding[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  const listed = listFindings(text, scanText(text, { minConfidence: pf.policy.minConfidence }, pf.registry).findings);
  pf.log.info(`scan of a file: ${listed.length} finding(s)`);
  showFindings(vscode.workspace.asRelativePath(uri, false), listed, (f) => {
    const pos = new vscode.Position(f.line - 1, f.column - 1);
    void vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
  });
  return listed;
}

/** Scans the selection, or the whole document when nothing is selected, or the file the explorer passes. */
export async function scanSelection(pf: PromptFence, uri?: vscode.Uri): Promise<ListedFinding[]> {
  if (uri instanceof vscode.Uri) return scanFile(pf, uri);
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a file to scan its selection.'));
    return [];
  }
  const range = editor.selection.isEmpty ? undefined : editor.selection;
  const text = editor.document.getText(range);
  const firstLine = range ? range.start.line : 0;
  const listed = listFindings(text, scanText(text, { minConfidence: pf.policy.minConfidence }, pf.registry).findings, firstLine);
  pf.log.info(`scan of ${range ? 'the selection' : 'the document'}: ${listed.length} finding(s)`);
  showFindings(range ? vscode.l10n.t('the selection') : vscode.l10n.t('this file'), listed, (f) => {
    const pos = new vscode.Position(f.line - 1, (f.line - 1 === firstLine && range ? range.start.character : 0) + f.column - 1);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  return listed;
}
