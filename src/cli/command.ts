/** What every subcommand gets and returns; keeps commands testable in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read fully (only when a command asks for it). */
  readStdin(): Buffer;
  /** Environment variables (a copy, so tests can pass their own). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current directory, for relative paths. */
  readonly cwd: string;
}

export interface CliCommand {
  /** One line for `promptfence --help`. */
  readonly summary: string;
  /** Full usage text, shown on a usage error. */
  readonly usage: string;
  /** Exit code: 0 when the command ran, 2 on a usage or input error; others as the command documents. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Wrong arguments: the message and the command's usage go to stderr, exit code 2. */
export class UsageError extends Error {}

/** Unreadable or invalid input: the message goes to stderr, exit code 2. */
export class InputError extends Error {}
