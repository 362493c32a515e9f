import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/command';

/** Runs the CLI in-process with captured output and the given stdin. */
export async function runCli(argv: string[], stdin = '', env: Record<string, string> = {}, cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readStdin: () => Buffer.from(stdin, 'utf8'),
    env,
    cwd,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
