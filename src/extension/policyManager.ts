import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { createPolicyRegistry, loadPolicyLayer, mergePolicyLayers, type LoadedLayer, type PolicyFile, type PolicyLayer, type PolicyProblem } from '../policy';
import { verifyPinnedSha256 } from '../policy/fingerprint';
import type { PromptFence } from './promptFence';

export const POLICY_FILE = '.promptfence.json';

/**
 * Loads the policy layers (built-in < organisation baseline < workspace), merges them, and
 * keeps them current: reload on save, on trust granted, on settings change. A broken file
 * never relaxes anything: the last valid version of that file (or the strict built-in
 * policy) stays in force, and the problems show in the editor at their line.
 */
export class PolicyManager implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('promptfence-policy');
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last valid version of each file, by source, so a typo keeps the previous rules. */
  private readonly lastValid = new Map<string, PolicyFile>();
  private reloading: Promise<void> = Promise.resolve();
  private lastProblems = 0;

  constructor(private readonly pf: PromptFence) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${POLICY_FILE}`);
    this.subscriptions.push(
      this.diagnostics,
      watcher,
      watcher.onDidChange(() => this.reload()),
      watcher.onDidCreate(() => this.reload()),
      watcher.onDidDelete(() => this.reload()),
      vscode.workspace.onDidSaveTextDocument((d) => basename(d.uri.fsPath) === POLICY_FILE && this.reload()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('promptfence.policy') && this.reload()),
    );
  }

  /** Reloads every layer; concurrent calls are serialised. Resolves when the new policy is in force. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(() => this.load()).catch((err) => this.pf.log.error(`policy reload failed: ${(err as Error).message}`));
    return this.reloading;
  }

  private async load(): Promise<void> {
    const problems: PolicyProblem[] = [];
    const baseline = await this.loadBaseline(problems);
    const folder = vscode.workspace.workspaceFolders?.[0];
    let workspace: PolicyLayer | undefined;
    if (folder) {
      const uri = vscode.Uri.joinPath(folder.uri, POLICY_FILE);
      const text = await this.readText(uri);
      if (text !== undefined) {
        const loaded = this.loadLayer(text, uri.fsPath, 'workspace');
        workspace = loaded.layer;
        problems.push(...loaded.errors);
        // Replaced in one step, never cleared first: a reader never sees a moment without them.
        this.showDiagnostics(uri, loaded);
      } else this.diagnostics.delete(uri);
    }
    const trusted = vscode.workspace.isTrusted;
    const policy = mergePolicyLayers({ baseline, workspace, workspaceTrusted: trusted });
    this.pf.setPolicy(policy, createPolicyRegistry(policy));
    const errors = problems.length;
    this.pf.log.info(`policy in force: ${policy.source} (${policy.hash})${trusted ? '' : '; workspace untrusted, its policy ignored'}`);
    this.reportErrors(errors);
  }

  private loadLayer(text: string, source: string, role: 'baseline' | 'workspace'): LoadedLayer {
    const loaded = loadPolicyLayer(text, source, role, this.lastValid.get(source));
    if (loaded.valid) this.lastValid.set(source, loaded.valid);
    for (const e of loaded.errors) this.pf.log.warn(`policy problem: ${e.file}:${e.line}:${e.column}: ${e.keyPath ? `${e.keyPath}: ` : ''}${e.message}`);
    return loaded;
  }

  private showDiagnostics(uri: vscode.Uri, loaded: LoadedLayer): void {
    const toDiagnostic = (p: PolicyProblem, severity: vscode.DiagnosticSeverity) => {
      const start = new vscode.Position(p.line - 1, p.column - 1);
      const d = new vscode.Diagnostic(new vscode.Range(start, start.translate(0, Math.max(1, p.length))), p.keyPath ? `${p.keyPath}: ${p.message}` : p.message, severity);
      d.source = 'PromptFence';
      return d;
    };
    this.diagnostics.set(uri, [
      ...loaded.errors.map((p) => toDiagnostic(p, vscode.DiagnosticSeverity.Error)),
      ...loaded.warnings.map((p) => toDiagnostic(p, vscode.DiagnosticSeverity.Warning)),
    ]);
  }

  private reportErrors(errors: number): void {
    const before = this.lastProblems;
    this.lastProblems = errors;
    if (errors === 0 || errors === before) return;
    const show = vscode.l10n.t('Show problems');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('PromptFence: the policy file has {0} problem(s). The previous valid policy (or the strict built-in policy) stays in force.', errors), show)
      .then((picked) => picked === show && vscode.commands.executeCommand('workbench.actions.view.problems'));
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** The organisation baseline: a path, or an https URL cached for offline use, optionally pinned by sha256. */
  private async loadBaseline(problems: PolicyProblem[]): Promise<PolicyLayer | undefined> {
    const location = this.pf.settings.policyBaseline;
    if (!location) return undefined;
    const text = await this.fetchBaseline(location);
    const pin = this.pf.settings.policyBaselineSha256;
    const problem = (message: string): PolicyProblem => ({ file: location, line: 1, column: 1, offset: 0, length: 0, keyPath: '', message });
    if (text === undefined) {
      problems.push(problem('the organisation baseline could not be read; the strict built-in policy applies as the floor'));
      return this.loadLayer('', location, 'baseline').layer;
    }
    if (pin && !verifyPinnedSha256(text, pin)) {
      problems.push(problem('the organisation baseline does not match its pinned sha256; the strict built-in policy applies as the floor'));
      return this.loadLayer('', location, 'baseline').layer;
    }
    const loaded = this.loadLayer(text, location, 'baseline');
    problems.push(...loaded.errors);
    return loaded.layer;
  }

  /**
   * A file holding the organisation baseline for processes outside the editor (agent
   * hooks): the configured path, or the cached copy of a URL baseline.
   */
  baselineFile(): string | undefined {
    const location = this.pf.settings.policyBaseline;
    if (!location) return undefined;
    return /^https:\/\//i.test(location) ? this.baselineCache(location).fsPath : location;
  }

  private baselineCache(location: string): vscode.Uri {
    return vscode.Uri.file(join(this.pf.extension.globalStorageUri.fsPath, `baseline-${createHash('sha256').update(location).digest('hex').slice(0, 16)}.json`));
  }

  private async fetchBaseline(location: string): Promise<string | undefined> {
    if (!/^https:\/\//i.test(location)) {
      try {
        return await readFile(location, 'utf8');
      } catch {
        return undefined;
      }
    }
    const cacheDir = this.pf.extension.globalStorageUri;
    const cache = this.baselineCache(location);
    try {
      const res = await fetch(location, { signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      await vscode.workspace.fs.createDirectory(cacheDir);
      await vscode.workspace.fs.writeFile(cache, new TextEncoder().encode(text));
      return text;
    } catch (err) {
      this.pf.log.warn(`organisation baseline ${location} not reachable (${(err as Error).message}); using the cached copy`);
      return this.readText(cache);
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
