import * as vscode from 'vscode';
import { renderEffectivePolicy } from '../policy';
import type { PromptFence } from './promptFence';

/** "Show effective policy": the merged policy with the layer each rule came from, as a Markdown document. */
export async function showEffectivePolicy(pf: PromptFence): Promise<string> {
  const content = renderEffectivePolicy(pf.policy, 'markdown');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return content;
}
