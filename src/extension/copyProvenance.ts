import * as vscode from 'vscode';
import { scanText } from '../engine';
import { CopyLedger, type CopySource } from '../provenance/copyLedger';
import { isGitIgnored } from '../provenance/gitIgnore';
import { classifySource } from '../provenance/sourceRules';
import type { PromptFence } from './promptFence';

/** How much of a file is read to look for a classification marker (they sit at the top). */
const MARKER_WINDOW = 4000;

/**
 * Remembers where copied text came from. VS Code calls `prepareDocumentPaste` when text is
 * copied in a file editor; PromptFence stores keyed fingerprints of it with the file's
 * path and the class the file's location gives it, and a later paste into an AI route is
 * traced back through them.
 */
export class CopyProvenance implements vscode.Disposable {
  readonly ledger = new CopyLedger();
  private readonly registration: vscode.Disposable;

  constructor(private readonly pf: PromptFence) {
    this.registration = vscode.languages.registerDocumentPasteEditProvider(
      [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }],
      { prepareDocumentPaste: (document, ranges) => this.onCopy(document, ranges) },
      { providedPasteEditKinds: [], copyMimeTypes: ['application/vnd.promptfence.provenance'] },
    );
  }

  private onCopy(document: vscode.TextDocument, ranges: readonly vscode.Range[]): void {
    const text = ranges.map((r) => document.getText(r)).join('\n');
    if (text.trim().length === 0) return;
    const path = vscode.workspace.asRelativePath(document.uri, false);
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(MARKER_WINDOW)));
    const hasClassificationMarker = scanText(head, {}, this.pf.registry).findings.some((f) => f.type === 'CONFIDENTIAL_MARKER');
    const verdict = classifySource({ path, hasClassificationMarker }, this.pf.sourceRules);
    // A selection that ends at the start of a line does not include that line.
    const lines = ranges.map((r) => [r.start.line + 1, r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1]).flat();
    // Text pasted into a scratch file, edited and copied again keeps the class of where it first came from.
    const earlier = verdict ? undefined : this.ledger.match(text);
    const source = { path, startLine: Math.min(...lines), endLine: Math.max(...lines) };
    this.ledger.record(text, earlier?.verdict ? earlier : { ...source, verdict });
    this.pf.log.trace(`copy from ${path} remembered${verdict ? ` (${verdict.action}: ${verdict.reason})` : ''}`);
    if (!verdict && !earlier?.verdict && document.uri.scheme === 'file') void this.classifyIfGitIgnored(text, document.uri.fsPath, source, hasClassificationMarker);
  }

  /**
   * Git takes a few milliseconds to answer, too long to hold up the copy: the copy is
   * recorded at once and recorded again with its class when git says the file is
   * ignored (the newer record wins a match).
   */
  private async classifyIfGitIgnored(text: string, file: string, source: Omit<CopySource, 'verdict'>, hasClassificationMarker: boolean): Promise<void> {
    if ((await isGitIgnored(file)) !== true) return;
    const verdict = classifySource({ path: source.path, hasClassificationMarker, gitIgnored: true }, this.pf.sourceRules);
    if (!verdict) return;
    this.ledger.record(text, { ...source, verdict });
    this.pf.log.trace(`copy from ${source.path}: git ignores the file (${verdict.action})`);
  }

  /** Where a pasted text was copied from, if PromptFence saw the copy. */
  sourceOf(text: string): CopySource | undefined {
    return this.ledger.match(text);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
