import { openWorkbench, type OpenWorkbench } from './browser';
import { startCodeServer, type RunningCodeServer } from './codeServer';
import { Driver } from './driver';
import { freePort } from './ports';
import { driverVsix, germanLanguagePackVsix, productVsix } from './vsix';

export interface VsCodeSession {
  readonly server: RunningCodeServer;
  readonly workbench: OpenWorkbench;
  readonly driver: Driver;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly folder: string;
  readonly userSettings?: Record<string, unknown>;
  readonly locale?: string;
  /** Further test-only .vsix files to install (e.g. `lmExtensionVsix()`). */
  readonly extraVsixes?: readonly string[];
  /** Further environment for the server and its extension host. */
  readonly env?: Record<string, string>;
}

/**
 * A real VS Code in a real browser: code-server with the product's .vsix and the test
 * driver installed into fresh folders, opened in headless chromium, with the driver ready.
 */
export async function startVsCodeSession(options: SessionOptions): Promise<VsCodeSession> {
  const driverPort = await freePort();
  const server = await startCodeServer({
    folder: options.folder,
    vsixes: [productVsix(), driverVsix(), ...(options.locale === 'de' ? [germanLanguagePackVsix()] : []), ...(options.extraVsixes ?? [])],
    userSettings: options.userSettings,
    env: { ...options.env, PROMPTFENCE_E2E_DRIVER_PORT: String(driverPort) },
    locale: options.locale,
  });
  let workbench: OpenWorkbench | undefined;
  try {
    workbench = await openWorkbench(server.url, { locale: options.locale });
    const driver = new Driver(driverPort);
    await driver.ready();
    const opened = workbench;
    return {
      server,
      workbench: opened,
      driver,
      async close() {
        await opened.close();
        await server.stop();
      },
    };
  } catch (err) {
    await workbench?.close();
    await server.stop();
    throw err;
  }
}
