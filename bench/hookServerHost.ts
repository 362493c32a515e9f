/**
 * Stands in for the VS Code extension host in bench/hook-latency.ts: a process that
 * keeps PromptFence loaded and answers hook.sh's calls, as src/extension/agentHookServer.ts
 * does. Prints "ready" once its endpoint file is written; runs until killed.
 *
 *   npx tsx bench/hookServerHost.ts   (uses $XDG_STATE_HOME like hook.sh)
 */
import { serveHookCall } from '../src/cli/commands/hook';
import { hookServerDir, startHookServer } from '../src/hooks/hookServer';

async function main(): Promise<void> {
  const dir = hookServerDir(process.env);
  if (!dir) throw new Error('no folder for the hook server on this platform');
  const server = await startHookServer({ dir, handle: (call) => serveHookCall(call, process.env) });
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
  process.stdout.write(`ready ${server.port}\n`);
}

void main();
