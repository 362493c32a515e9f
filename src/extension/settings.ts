import * as vscode from 'vscode';

/** Typed access to PromptFence's settings: one getter per setting, read fresh each time. */
export class Settings {
  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('promptfence');
  }

  get enabled(): boolean {
    return this.section.get<boolean>('enabled', true);
  }

  /** The organisation baseline: a path or an https URL. Machine-scoped, so a workspace cannot replace it. */
  get policyBaseline(): string | undefined {
    return this.section.get<string>('policy.baseline')?.trim() || undefined;
  }

  get policyBaselineSha256(): string | undefined {
    return this.section.get<string>('policy.baselineSha256')?.trim() || undefined;
  }

  /** Machine-scoped: a workspace cannot redirect where its warnings are logged. */
  get logDirectory(): string | undefined {
    return this.section.get<string>('log.directory')?.trim() || undefined;
  }

  get logKey(): string | undefined {
    return this.section.get<string>('log.key')?.trim() || undefined;
  }

  get logRetentionDays(): number | undefined {
    const days = this.section.get<number>('log.retentionDays', 0);
    return days > 0 ? days : undefined;
  }

  get logForwardUrl(): string | undefined {
    return this.section.get<string>('log.forward.url')?.trim() || undefined;
  }

  get extraChatWebviews(): string[] {
    return this.section.get<string[]>('chatWebviews.extra', []);
  }

  get logForwardHeaders(): Record<string, string> {
    return this.section.get<Record<string, string>>('log.forward.headers', {});
  }
}
