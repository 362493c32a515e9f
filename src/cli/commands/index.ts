import type { CliCommand } from '../command';
import { fingerprintCommand } from './fingerprint';
import { logCommand } from './log';
import { policyCommand } from './policy';
import { scanCommand } from './scan';

/** Every subcommand by name; `main` dispatches through this table only. */
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  scan: scanCommand,
  policy: policyCommand,
  fingerprint: fingerprintCommand,
  log: logCommand,
};
