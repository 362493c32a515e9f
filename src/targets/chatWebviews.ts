/**
 * Chat extensions whose UI is a webview. On desktop, a paste key in a focused webview
 * reaches VS Code's keybinding service first, so a keybinding whose `when` clause names
 * the view (`focusedView`) or panel (`activeWebviewPanelId`) runs before the webview pastes.
 */

export interface ChatWebviewExtension {
  readonly extensionId: string;
  readonly label: string;
  /** Webview view ids (side bar). */
  readonly views: readonly string[];
  /** Webview panel view types (editor tabs), which manifests do not declare. */
  readonly panels: readonly string[];
}

export const KNOWN_CHAT_WEBVIEWS: readonly ChatWebviewExtension[] = [
  { extensionId: 'saoudrizwan.claude-dev', label: 'Cline', views: ['claude-dev.SidebarProvider'], panels: ['claude-dev.TabPanelProvider'] },
  { extensionId: 'rooveterinaryinc.roo-cline', label: 'Roo Code', views: ['roo-cline.SidebarProvider'], panels: ['roo-cline.TabPanelProvider'] },
  { extensionId: 'continue.continue', label: 'Continue', views: ['continue.continueGUIView'], panels: [] },
  { extensionId: 'anthropic.claude-code', label: 'Claude Code', views: ['claudeVSCodeSidebar'], panels: ['claudeVSCodePanel'] },
  { extensionId: 'google.geminicodeassist', label: 'Gemini Code Assist', views: ['cloudcode.gemini.chatView'], panels: [] },
  { extensionId: 'amazonwebservices.amazon-q-vscode', label: 'Amazon Q', views: ['aws.amazonq.AmazonQChatView'], panels: [] },
  { extensionId: 'openai.chatgpt', label: 'Codex', views: ['chatgpt.sidebarView'], panels: [] },
];

export interface InstalledExtension {
  readonly id: string;
  readonly packageJSON: { readonly contributes?: { readonly views?: Record<string, readonly { id: string; type?: string }[]> } };
}

export interface ChatWebviewIndex {
  readonly views: readonly string[];
  readonly panels: readonly string[];
  /** View id or panel type → the extension that owns it, for the target id `webview.<extension id>`. */
  readonly owner: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * The webviews to guard: those of installed chat extensions (their manifests' webview
 * views, which catches renamed views, plus the known panel types) and any ids a user or
 * organisation adds (`extensionId/viewId` or a bare view id).
 */
export function indexChatWebviews(installed: readonly InstalledExtension[], extra: readonly string[] = []): ChatWebviewIndex {
  const views = new Set<string>();
  const panels = new Set<string>();
  const owner = new Map<string, string>();
  const labels = new Map<string, string>();
  const byId = new Map(installed.map((e) => [e.id.toLowerCase(), e]));
  for (const known of KNOWN_CHAT_WEBVIEWS) {
    const ext = byId.get(known.extensionId);
    if (!ext) continue;
    labels.set(known.extensionId, known.label);
    const declared = Object.values(ext.packageJSON.contributes?.views ?? {})
      .flat()
      .filter((v) => v.type === 'webview')
      .map((v) => v.id);
    for (const v of new Set([...known.views, ...declared])) {
      views.add(v);
      owner.set(v, known.extensionId);
    }
    for (const p of known.panels) {
      panels.add(p);
      owner.set(p, known.extensionId);
    }
  }
  for (const entry of extra) {
    const slash = entry.indexOf('/');
    const ext = slash > 0 ? entry.slice(0, slash).toLowerCase() : 'unknown';
    const view = slash > 0 ? entry.slice(slash + 1) : entry;
    if (!view) continue;
    views.add(view);
    panels.add(view);
    if (!owner.has(view)) owner.set(view, ext);
  }
  return { views: [...views].sort(), panels: [...panels].sort(), owner, labels };
}
