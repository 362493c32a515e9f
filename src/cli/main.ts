import { readFileSync } from 'node:fs';
import type { CliIo } from './command';
import { CLI_COMMANDS } from './commands';
import { runCommand } from './run';

function overview(): string {
  const width = Math.max(...Object.keys(CLI_COMMANDS).map((n) => n.length));
  const lines = Object.entries(CLI_COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: promptfence <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'promptfence <command> --help' for a command's options.\n`;
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readStdin: () => readFileSync(0),
    env: { ...process.env },
    cwd: process.cwd(),
  };
}

/** Runs one command line; returns the exit code. Errors that are the user's become messages, not stack traces. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? 2 : 0;
  }
  const command = CLI_COMMANDS[name];
  if (!command) {
    io.err(`promptfence: unknown command: ${name}\n\n${overview()}`);
    return 2;
  }
  return runCommand(name, command, rest, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`promptfence: internal error: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 70;
    },
  );
}
