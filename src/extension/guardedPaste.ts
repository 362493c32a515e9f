import * as vscode from 'vscode';
import { redactText, scanText } from '../engine';
import { countTypes } from '../exposure/summarise';
import type { AuditChoice, AuditTarget } from '../audit/record';
import { decideAction } from '../policy/decide';
import { applySource } from '../provenance/combine';
import type { Decision, TargetId } from '../policy/types';
import { askAboutBlock, askAboutWarning, type PasteChoice } from './dialogs';
import type { PromptFence } from './promptFence';

/** What happened to one paste; returned by the commands so tests and callers can see it. */
export interface PasteOutcome {
  readonly target: TargetId;
  readonly action: Decision['action'];
  readonly choice: 'pasted' | 'redacted' | 'cancelled' | 'anyway' | 'empty';
  readonly types: readonly string[];
}

/** How one surface pastes: its built-in paste, and how to put other text in its place. */
export interface PasteRoute {
  readonly target: TargetId;
  /** For the log: which surface, and which program (a terminal's AI CLI, a webview's extension). */
  readonly audit: AuditTarget;
  /** What the dialog calls the target, for people. */
  readonly label: string;
  forwardNative(): Thenable<unknown>;
  insertText(text: string): Thenable<unknown>;
}

function summarise(decision: Decision): string {
  const counts = countTypes(decision.findings.map((d) => d.finding));
  return Object.entries(counts).map(([t, n]) => `${t}×${n}`).join(', ') || 'none';
}

/**
 * The guard behind every paste key PromptFence binds: read the clipboard, scan it,
 * decide for the route's target, then paste, paste a redacted copy, or paste nothing.
 * The clipboard is left as it was, so a cancelled or blocked paste loses nothing.
 */
export async function guardPaste(pf: PromptFence, route: PasteRoute): Promise<PasteOutcome> {
  const { target } = route;
  const text = await vscode.env.clipboard.readText();
  if (text.length === 0) {
    // Images and files: nothing textual to check, and the built-in paste knows what to do.
    await route.forwardNative();
    return { target, action: 'allow', choice: 'empty', types: [] };
  }
  const policy = pf.policy;
  const result = scanText(text, { timeBudgetMs: pf.scanBudgetMs, minConfidence: policy.minConfidence }, pf.registry);
  const source = pf.provenance.sourceOf(text);
  const decision = applySource(decideAction(result.findings, target, policy, result.complete, { text, sourcePath: source?.path }), source);
  const types = [...new Set(decision.findings.map((d) => d.finding.type))];
  const findings = decision.findings.map((d) => d.finding);
  const logged = (choice: AuditChoice, reason?: string) =>
    pf.warningLog.record({ text, findings, action: decision.action, choice, reason, target: route.audit, source: source?.path });

  if (decision.action === 'allow') {
    await route.forwardNative();
    pf.log.trace(`paste into ${target}: allowed (${result.elapsedMs.toFixed(2)} ms, ${text.length} chars)`);
    return { target, action: 'allow', choice: 'pasted', types };
  }

  if (decision.action === 'redact') {
    await route.insertText(redactText(text, findings));
    await logged('redacted');
    pf.log.info(`paste into ${target}: redacted by policy (${summarise(decision)})`);
    void vscode.window.showInformationMessage(vscode.l10n.t('PromptFence replaced {0} finding(s) with placeholders before pasting.', findings.length));
    return { target, action: 'redact', choice: 'redacted', types };
  }

  const dialog = { text, decision, target, targetLabel: route.label, policyLabel: pf.policyLabel, source };
  const choice: PasteChoice = decision.action === 'block' ? await askAboutBlock(dialog) : await askAboutWarning(dialog);
  pf.log.info(`paste into ${target}: ${decision.action} (${summarise(decision)}), user chose ${choice.kind}${choice.kind === 'anyway' && choice.reason ? ' with a reason' : ''}`);
  switch (choice.kind) {
    case 'redacted':
      await route.insertText(redactText(text, findings));
      await logged('redacted');
      return { target, action: decision.action, choice: 'redacted', types };
    case 'anyway':
      await route.forwardNative();
      await logged('anyway', choice.reason);
      return { target, action: decision.action, choice: 'anyway', types };
    case 'cancel':
      await logged(decision.action === 'block' ? 'blocked' : 'cancelled');
      return { target, action: decision.action, choice: 'cancelled', types };
  }
}

/**
 * For surfaces that can only paste what is on the clipboard (terminals, webviews): put the
 * text there, paste, and put the person's own clipboard back.
 */
export async function pasteThroughClipboard(text: string, paste: () => Thenable<unknown>, settleMs = 0): Promise<void> {
  const original = await vscode.env.clipboard.readText();
  await vscode.env.clipboard.writeText(text);
  try {
    await paste();
    // A webview reads the clipboard asynchronously after the command returns.
    if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  } finally {
    await vscode.env.clipboard.writeText(original);
  }
}
