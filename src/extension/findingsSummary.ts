import * as vscode from 'vscode';
import { createLocator, maskValue } from '../engine';
import type { FindingDecision } from '../policy/types';
import { categoryLabel, typeLabel } from './labels';

/**
 * One line per finding for dialogs and lists: what, a masked preview, where, and why.
 * The raw value never appears; `maskValue` decides how much of it may be shown.
 */
export function describeFindings(text: string, decided: readonly FindingDecision[], limit = 8): string[] {
  const locate = createLocator(text);
  const lines = decided.slice(0, limit).map(({ finding, action }) => {
    const { line } = locate(finding.start);
    const preview = maskValue(finding.type, text.slice(finding.start, finding.end));
    return vscode.l10n.t('• {0} “{1}” (line {2}; {3}: {4})', typeLabel(finding.type), preview, line, categoryLabel(finding.category), actionLabel(action));
  });
  if (decided.length > limit) lines.push(vscode.l10n.t('… and {0} more', decided.length - limit));
  return lines;
}

export function actionLabel(action: FindingDecision['action']): string {
  switch (action) {
    case 'allow': return vscode.l10n.t('allowed');
    case 'warn': return vscode.l10n.t('warning');
    case 'redact': return vscode.l10n.t('redacted');
    case 'block': return vscode.l10n.t('blocked');
  }
}
