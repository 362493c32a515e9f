import * as vscode from 'vscode';

/** Typed access to PromptFence's settings: one getter per setting, read fresh each time. */
export class Settings {
  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('promptfence');
  }

  get enabled(): boolean {
    return this.section.get<boolean>('enabled', true);
  }
}
