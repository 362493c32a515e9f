import * as vscode from 'vscode';
import { serveHookCall } from '../cli/commands/hook';
import { hookServerDir, startHookServer, type HookServer } from '../hooks/hookServer';

/**
 * Answers agent hook calls from `dist/hook.sh` inside the extension host, where the
 * engine is loaded already, so that a hook answers in milliseconds instead of paying a
 * Node start per prompt and per tool call. The answer is the CLI's (`promptfence hook`),
 * run in memory; hook.sh runs the CLI itself whenever this server is not there.
 */
export class AgentHookServer implements vscode.Disposable {
  private server: HookServer | undefined;
  private disposed = false;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Where hook.sh looks for servers; undefined where it does not run (Windows). */
  static directory(): string | undefined {
    return hookServerDir(process.env);
  }

  get endpoint(): { readonly port: number; readonly file: string } | undefined {
    return this.server && { port: this.server.port, file: this.server.endpointFile };
  }

  async start(): Promise<void> {
    const dir = AgentHookServer.directory();
    if (!dir || this.server) return;
    try {
      const server = await startHookServer({ dir, handle: (call) => serveHookCall(call, process.env), onError: (err) => this.log.warn(`agent hook server: ${err.message}`) });
      if (this.disposed) return void (await server.close());
      this.server = server;
      this.log.info(`agent hooks answered on 127.0.0.1:${server.port} (${server.endpointFile})`);
    } catch (err) {
      // Hooks still work, through Node: slower, same answers.
      this.log.warn(`agent hook server not started: ${(err as Error).message}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    void this.server?.close();
    this.server = undefined;
  }
}
