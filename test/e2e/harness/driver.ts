/** Client for the test-only driver extension's endpoint on 127.0.0.1. */
export class Driver {
  constructor(private readonly port: number) {}

  private async call<T>(name: string, body: unknown = {}): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${this.port}/${name}`, { method: 'POST', body: JSON.stringify(body) });
    const json = (await res.json()) as T & { error?: string };
    if (!res.ok) throw new Error(`driver ${name} failed: ${json.error}`);
    return json;
  }

  /** Waits until the driver extension inside VS Code answers. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.call('clipboard');
        return;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`driver extension did not start: ${String(err)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async command<T = unknown>(command: string, ...args: unknown[]): Promise<T> {
    return (await this.call<{ result: T }>('command', { command, args })).result;
  }

  /** Starts a command without waiting for it (for commands that resolve only when their UI closes). */
  async startCommand(command: string, ...args: unknown[]): Promise<void> {
    await this.call('startCommand', { command, args });
  }

  async extension(id: string): Promise<{ installed: boolean; active: boolean }> {
    return this.call('extension', { id });
  }

  async createTerminal(name: string, shellPath?: string, shellArgs?: string[]): Promise<void> {
    await this.call('createTerminal', { name, shellPath, shellArgs });
  }

  async config<T>(section: string, key: string): Promise<T> {
    return (await this.call<{ value: T }>('config', { section, key })).value;
  }

  async diagnostics(path: string): Promise<{ message: string; line: number; column: number; severity: number }[]> {
    return (await this.call<{ diagnostics: { message: string; line: number; column: number; severity: number }[] }>('diagnostics', { path })).diagnostics;
  }

  async openFile(path: string, selection?: [number, number, number, number]): Promise<void> {
    await this.call('openFile', { path, selection });
  }
}
