import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForHttp } from './ports';
import { toolPaths } from './paths';

export interface CodeServerOptions {
  /** Folder to open. */
  readonly folder: string;
  /** .vsix files installed into the fresh extensions folder before start. */
  readonly vsixes?: readonly string[];
  /** User settings written before start. */
  readonly userSettings?: Record<string, unknown>;
  readonly env?: Record<string, string>;
  /** `server-main` mode runs the bare VS Code server that accepts extension-test payloads. */
  readonly mode?: 'code-server' | 'server-main';
  readonly locale?: string;
  /** Fixed port (default: a free one). */
  readonly port?: number;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly dirs: { readonly root: string; readonly userData: string; readonly extensions: string };
  /** The server's combined output, for failure reports. */
  readonly logFile: string;
  stop(): Promise<void>;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': false,
  'git.openRepositoryInParentFolders': 'never',
  // Routes the terminal paste key to PromptFence, so its one-time offer to do so stays away.
  'terminal.integrated.commandsToSkipShell': ['promptfence.guardedTerminalPaste'],
};

/**
 * VS Code's server picks its display language from `languagepacks.json` in the user-data
 * folder, which it writes when a language pack is installed through its UI but not when
 * one is installed from the command line before the first start. Write it the same way.
 */
function registerLanguagePacks(extensionsDir: string, userDataDir: string): void {
  const packs: Record<string, unknown> = {};
  for (const dir of readdirSync(extensionsDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const root = join(extensionsDir, dir.name);
    let manifest: any;
    try { manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')); } catch { continue; }
    for (const loc of manifest.contributes?.localizations ?? []) {
      const translations: Record<string, string> = {};
      for (const t of loc.translations) translations[t.id] = join(root, t.path);
      const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
      packs[loc.languageId] = {
        hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations,
        label: loc.localizedLanguageName ?? loc.languageName,
      };
    }
  }
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

/**
 * Starts a real VS Code (code-server 4.139.1 = VS Code 1.139.1) on 127.0.0.1 with fresh
 * user-data and extensions folders, after installing the given .vsix files into it.
 */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const tools = toolPaths();
  const root = mkdtempSync(join(tmpdir(), 'promptfence-e2e-'));
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.userSettings }, null, 2));

  const entry = join(tools.codeServer, 'out', 'node', 'entry.js');
  for (const vsix of options.vsixes ?? []) {
    const r = spawnSync(tools.node, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status}): ${r.stderr || r.stdout}`);
  }

  if (options.locale) registerLanguagePacks(extensions, userData);

  const port = options.port ?? (await freePort());
  const args =
    options.mode === 'server-main'
      ? [
          join(tools.codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
          '--host', '127.0.0.1',
          '--port', String(port),
          '--without-connection-token',
          '--enable-smoke-test-driver',
          '--accept-server-license-terms',
          '--user-data-dir', userData,
          '--server-data-dir', join(root, 'server-data'),
          '--extensions-dir', extensions,
          ...(options.locale ? ['--locale', options.locale] : []),
        ]
      : [
          entry,
          '--bind-addr', `127.0.0.1:${port}`,
          '--auth', 'none',
          '--user-data-dir', userData,
          '--extensions-dir', extensions,
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          ...(options.locale ? ['--locale', options.locale] : []),
          options.folder,
        ];
  const logFile = join(root, 'server.log');
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(tools.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, VSCODE_PROXY_URI: '' },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  // Detached (its own process group, so stop() can end its children too), it would outlive a
  // test run that ends without stop(), e.g. an aborted mocha, and keep a core busy for hours.
  const killGroup = () => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.once('exit', killGroup);

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, 60_000);
  } catch (err) {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    throw err;
  }

  return {
    url,
    port,
    dirs: { root, userData, extensions },
    logFile,
    async stop() {
      process.removeListener('exit', killGroup);
      if (!exited) {
        try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
            resolve();
          }, 5000);
          child.once('exit', () => { clearTimeout(t); resolve(); });
          if (exited) { clearTimeout(t); resolve(); }
        });
      }
      log.end();
      if (!process.env.PROMPTFENCE_E2E_KEEP) rmSync(root, { recursive: true, force: true });
    },
  };
}
