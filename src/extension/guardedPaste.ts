import * as vscode from 'vscode';
import { redactText, scanText } from '../engine';
import { decideAction } from '../policy/decide';
import type { AuditChoice } from '../audit/record';
import type { Decision, TargetId } from '../policy/types';
import { askAboutBlock, askAboutWarning, type PasteChoice } from './dialogs';
import type { PromptFence } from './promptFence';

export interface PasteArgs {
  readonly target?: TargetId;
}

/** What happened to one paste; returned by the command so tests and callers can see it. */
export interface PasteOutcome {
  readonly target: TargetId;
  readonly action: Decision['action'];
  readonly choice: 'pasted' | 'redacted' | 'cancelled' | 'anyway' | 'empty';
  readonly types: readonly string[];
}

const forwardNativePaste = () => vscode.commands.executeCommand('editor.action.clipboardPasteAction');

/** Inserts text at the cursor of the focused input, keeping its draft, without touching the clipboard. */
const insertText = (text: string) =>
  vscode.commands.executeCommand('default:paste', { text, pasteOnNewLine: false, multicursorText: null, mode: null });

function summarise(decision: Decision): string {
  const counts = new Map<string, number>();
  for (const { finding } of decision.findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${t}×${n}`).join(', ') || 'none';
}

/**
 * The guard on ctrl+v / shift+insert in an AI input: read the clipboard, scan it,
 * decide, and paste, paste a redacted copy, or paste nothing. The clipboard itself is
 * never modified, so a cancelled or blocked paste loses nothing.
 */
export async function guardedPaste(pf: PromptFence, args: PasteArgs | undefined): Promise<PasteOutcome> {
  const target = args?.target ?? 'chat.panel';
  const text = await vscode.env.clipboard.readText();
  if (text.length === 0) {
    // Images and files: nothing textual to check, and the built-in paste knows what to do.
    await forwardNativePaste();
    return { target, action: 'allow', choice: 'empty', types: [] };
  }
  const policy = pf.policy;
  const result = scanText(text, { timeBudgetMs: pf.scanBudgetMs, minConfidence: policy.minConfidence });
  const decision = decideAction(result.findings, target, policy, result.complete);
  const types = [...new Set(decision.findings.map((d) => d.finding.type))];
  const redact = () => redactText(text, decision.findings.map((d) => d.finding));

  if (decision.action === 'allow') {
    await forwardNativePaste();
    pf.log.trace(`paste into ${target}: allowed (${result.elapsedMs.toFixed(2)} ms, ${text.length} chars)`);
    return { target, action: 'allow', choice: 'pasted', types };
  }

  if (decision.action === 'redact') {
    await insertText(redact());
    await pf.warningLog.record({ text, findings: decision.findings.map((d) => d.finding), action: 'redact', choice: 'redacted', target: { surface: target } });
    pf.log.info(`paste into ${target}: redacted by policy (${summarise(decision)})`);
    void vscode.window.showInformationMessage(vscode.l10n.t('PromptFence replaced {0} finding(s) with placeholders before pasting.', decision.findings.length));
    return { target, action: 'redact', choice: 'redacted', types };
  }

  const dialog = { text, decision, target, policyLabel: pf.policyLabel };
  const choice: PasteChoice = decision.action === 'block' ? await askAboutBlock(dialog) : await askAboutWarning(dialog);
  pf.log.info(`paste into ${target}: ${decision.action} (${summarise(decision)}), user chose ${choice.kind}${choice.kind === 'anyway' && choice.reason ? ' with a reason' : ''}`);
  const logged = (auditChoice: AuditChoice, reason?: string) =>
    pf.warningLog.record({ text, findings: decision.findings.map((d) => d.finding), action: decision.action, choice: auditChoice, reason, target: { surface: target } });
  switch (choice.kind) {
    case 'redacted':
      await insertText(redact());
      await logged('redacted');
      return { target, action: decision.action, choice: 'redacted', types };
    case 'anyway':
      await forwardNativePaste();
      await logged('anyway', choice.reason);
      return { target, action: decision.action, choice: 'anyway', types };
    case 'cancel':
      await logged(decision.action === 'block' ? 'blocked' : 'cancelled');
      return { target, action: decision.action, choice: 'cancelled', types };
  }
}
