import * as vscode from 'vscode';
import type { Decision, TargetId } from '../policy/types';
import type { CopySource } from '../provenance/copyLedger';
import { describeFindings } from './findingsSummary';

/** What the person chose for a paste that needed attention. */
export type PasteChoice = { kind: 'cancel' } | { kind: 'redacted' } | { kind: 'anyway'; reason?: string };

interface DialogContext {
  readonly text: string;
  readonly decision: Decision;
  readonly target: TargetId;
  readonly targetLabel: string;
  readonly policyLabel: string;
  /** Where the text was copied from, when PromptFence saw the copy. */
  readonly source?: CopySource;
}

function sourceLine(source: CopySource | undefined): string[] {
  if (!source) return [];
  const where = source.startLine === source.endLine
    ? vscode.l10n.t('Copied from {0}, line {1}.', source.path, source.startLine)
    : vscode.l10n.t('Copied from {0}, lines {1}–{2}.', source.path, source.startLine, source.endLine);
  return [source.verdict ? `${where} ${vscode.l10n.t('Sensitive source: {0}.', source.verdict.reason)}` : where];
}

function detail({ text, decision, targetLabel, policyLabel, source }: DialogContext, why: string): string {
  return [
    ...sourceLine(source),
    ...describeFindings(text, decision.findings),
    '',
    why,
    vscode.l10n.t('Target: {0}. Policy: {1}.', targetLabel, policyLabel),
    vscode.l10n.t('Your clipboard is unchanged.'),
  ].join('\n');
}

async function askReason(): Promise<string | undefined> {
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('PromptFence: reason for pasting anyway'),
    prompt: vscode.l10n.t('Your policy asks for a reason. It is written to the warning log, without the pasted data.'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim().length < 3 ? vscode.l10n.t('Please give a reason (at least 3 characters).') : undefined),
  });
  return reason?.trim() || undefined;
}

/**
 * The warning: the person sees what was found and chooses. Cancel is added by VS Code
 * to every modal dialog, and closing the dialog counts as Cancel.
 */
export async function askAboutWarning(ctx: DialogContext): Promise<PasteChoice> {
  const redacted = vscode.l10n.t('Paste redacted');
  const anyway = vscode.l10n.t('Paste anyway');
  const buttons = offered(ctx, redacted, anyway);
  const picked = await vscode.window.showWarningMessage(
    vscode.l10n.t('PromptFence: this paste contains data that should not reach an AI unchecked'),
    { modal: true, detail: detail(ctx, vscode.l10n.t('Paste a redacted copy (placeholders instead of the values), paste it anyway, or cancel.')) },
    ...buttons,
  );
  return resolveChoice(picked, redacted, anyway, ctx.decision.reasonRequired);
}

/** A block: nothing is pasted unless the person takes the redacted copy (or the policy permits an override). */
export async function askAboutBlock(ctx: DialogContext): Promise<PasteChoice> {
  const redacted = vscode.l10n.t('Paste redacted');
  const anyway = vscode.l10n.t('Paste anyway');
  const buttons = offered(ctx, redacted, anyway);
  const why = ctx.decision.incomplete
    ? vscode.l10n.t('The check could not finish in time and your policy blocks unchecked text.')
    : vscode.l10n.t('Your policy does not allow this data to be sent to an AI. Nothing was pasted.');
  const picked = await vscode.window.showErrorMessage(
    vscode.l10n.t('PromptFence blocked this paste'),
    { modal: true, detail: detail(ctx, why) },
    ...buttons,
  );
  return resolveChoice(picked, redacted, anyway, ctx.decision.reasonRequired);
}

/** "Paste redacted" only when there is something to redact (a paste judged by its source alone has nothing). */
function offered(ctx: DialogContext, redacted: string, anyway: string): string[] {
  return [...(ctx.decision.findings.length > 0 ? [redacted] : []), ...(ctx.decision.overrideAllowed ? [anyway] : [])];
}

async function resolveChoice(picked: string | undefined, redacted: string, anyway: string, reasonRequired: boolean): Promise<PasteChoice> {
  if (picked === redacted) return { kind: 'redacted' };
  if (picked !== anyway) return { kind: 'cancel' };
  if (!reasonRequired) return { kind: 'anyway' };
  const reason = await askReason();
  return reason ? { kind: 'anyway', reason } : { kind: 'cancel' };
}
