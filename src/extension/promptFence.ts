import * as vscode from 'vscode';
import { BUILTIN_POLICY } from '../policy/defaults';
import type { EffectivePolicy } from '../policy/types';
import { Settings } from './settings';
import { defaultRegistry, type DetectorRegistry } from '../engine';
import { sourceRulesOf, type SourceRule } from '../provenance/sourceRules';
import { ActiveFileExposure } from './activeFileExposure';
import { AgentHookServer } from './agentHookServer';
import { PolicyManager } from './policyManager';
import { CopyProvenance } from './copyProvenance';
import { TerminalGuard } from './terminalGuard';
import { WarningLog } from './warningLog';
import { WebviewGuard } from './webviewGuard';
import { WarningLogView } from './warningLogView';

/**
 * The extension's state, handed to every command: the policy in force, the settings,
 * the diagnostics channel. Things that need disposing are pushed to `subscriptions`.
 */
export class PromptFence implements vscode.Disposable {
  readonly settings = new Settings();
  readonly log: vscode.LogOutputChannel;
  /** Scans of a paste that take longer than this are incomplete (the policy decides what then). */
  readonly scanBudgetMs = 2000;
  private current: EffectivePolicy = BUILTIN_POLICY;
  readonly version: string;
  readonly warningLog: WarningLog;
  readonly warningLogView: WarningLogView;
  readonly terminals: TerminalGuard;
  readonly webviews: WebviewGuard;
  readonly provenance: CopyProvenance;
  readonly exposure: ActiveFileExposure;
  /** Answers hook.sh's calls in this process (the fast path of agent hooks). */
  readonly hookServer: AgentHookServer;
  private readonly statusEmitter = new vscode.EventEmitter<void>();
  /** Fires when the policy or something else the status bar shows changed (terminal routing). */
  readonly onDidChangeStatus = this.statusEmitter.event;
  private currentRegistry: DetectorRegistry = defaultRegistry;
  /** Loads and watches the policy files; until it has, the strict built-in policy is in force. */
  readonly policies: PolicyManager;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('PromptFence', { log: true });
    this.version = String(extension.extension.packageJSON.version);
    this.warningLog = new WarningLog(this);
    this.warningLogView = new WarningLogView(this);
    this.terminals = new TerminalGuard(this);
    this.webviews = new WebviewGuard(this);
    this.provenance = new CopyProvenance(this);
    this.exposure = new ActiveFileExposure(this);
    this.hookServer = new AgentHookServer(this.log);
    this.policies = new PolicyManager(this);
  }

  get policy(): EffectivePolicy {
    return this.current;
  }

  /** "built-in" or the policy files' names, with the short hash of the merged policy. */
  get policyLabel(): string {
    const p = this.current;
    if (p.source === 'built-in') return vscode.l10n.t('built-in default');
    const names = p.source.split(/\s*\+\s*/).map((s) => (/^built-in/.test(s) ? s : s.replace(/^.*[\\/]/, ''))).join(' + ');
    return `${names} (${p.hash.slice(0, 8)})`;
  }

  /** The built-in detectors plus the policy's own terms and patterns. */
  get registry(): DetectorRegistry {
    return this.currentRegistry;
  }

  setPolicy(policy: EffectivePolicy, registry: DetectorRegistry = defaultRegistry): void {
    this.current = policy;
    this.currentRegistry = registry;
    this.statusEmitter.fire();
  }

  /** Path rules that give copied text a class by its file: the policy's, then the built-in ones. */
  get sourceRules(): readonly SourceRule[] {
    return sourceRulesOf(this.current);
  }

  refreshStatus(): void {
    this.statusEmitter.fire();
  }

  dispose(): void {
    this.policies.dispose();
    this.exposure.dispose();
    this.hookServer.dispose();
    this.provenance.dispose();
    this.terminals.dispose();
    this.webviews.dispose();
    this.statusEmitter.dispose();
    this.warningLog.dispose();
    this.log.dispose();
  }
}
