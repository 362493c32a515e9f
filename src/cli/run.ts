import { InputError, UsageError, type CliCommand, type CliIo } from './command';

/** Runs one subcommand; a usage or input error becomes a message on stderr and exit code 2. */
export async function runCommand(name: string, command: CliCommand, args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`promptfence ${name}: ${(err as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.err(`promptfence ${name}: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

export interface InMemoryRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a subcommand inside a long-lived process (the hook server) exactly as the CLI
 * would, with its input and output held in memory.
 */
export async function runInMemory(
  name: string,
  command: CliCommand,
  args: string[],
  input: { readonly cwd: string; readonly stdin: Buffer; readonly env: Readonly<Record<string, string | undefined>> },
): Promise<InMemoryRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    readStdin: () => input.stdin,
    env: { ...input.env },
    cwd: input.cwd,
  };
  const exitCode = await runCommand(name, command, args, io);
  return { exitCode, stdout, stderr };
}
