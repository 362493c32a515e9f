import type * as vscode from 'vscode';
import { chatRoute } from './chatRoute';
import { installAgentHooks, runDoctor } from './doctor';
import { runExposureReport } from './exposureReport';
import { showEffectivePolicy } from './effectivePolicy';
import { guardPaste } from './guardedPaste';
import type { PromptFence } from './promptFence';
import { scanClipboard, scanSelection } from './scanCommands';

/**
 * Every command, by id. `activate` registers them in one loop, and a unit test checks
 * that these ids are exactly the ones package.json contributes.
 */
export const COMMANDS: Record<string, (pf: PromptFence) => (...args: any[]) => unknown> = {
  'promptfence.guardedPaste': (pf) => (args?: { target?: string }) => guardPaste(pf, chatRoute(args?.target ?? 'chat.panel')),
  'promptfence.guardedTerminalPaste': (pf) => () => pf.terminals.guardPaste(),
  'promptfence.enableTerminalGuard': (pf) => () => pf.terminals.addToCommandsToSkipShell(),
  'promptfence.guardedWebviewPaste': (pf) => (args?: { kind?: 'view' | 'panel'; viewId?: string }) => pf.webviews.guardPaste(args?.kind ?? 'view', args?.viewId),
  'promptfence.scanSelection': (pf) => (uri?: vscode.Uri) => scanSelection(pf, uri),
  'promptfence.scanClipboard': (pf) => () => scanClipboard(pf),
  'promptfence.showOutput': (pf) => () => pf.log.show(),
  'promptfence.openWarningLog': (pf) => () => pf.warningLogView.show(),
  'promptfence.exposureReport': (pf) => () => runExposureReport(pf),
  'promptfence.showEffectivePolicy': (pf) => () => showEffectivePolicy(pf),
  'promptfence.doctor': (pf) => () => runDoctor(pf),
  'promptfence.installAgentHooks': (pf) => (args?: Parameters<typeof installAgentHooks>[1]) => installAgentHooks(pf, args),
  'promptfence.reloadPolicy': (pf) => async () => {
    await pf.policies.reload();
    return { source: pf.policy.source, hash: pf.policy.hash };
  },
  'promptfence.activeFileExposure': (pf) => () => pf.exposure.update(),
};
