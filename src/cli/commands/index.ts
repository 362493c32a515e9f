import type { CliCommand } from '../command';
import { scanCommand } from './scan';

/** Every subcommand by name; `main` dispatches through this table only. */
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  scan: scanCommand,
};
