import type { CliCommand } from '../command';
import { doctorCommand } from './doctor';
import { fingerprintCommand } from './fingerprint';
import { hookCommand } from './hook';
import { logCommand } from './log';
import { policyCommand } from './policy';
import { scanCommand } from './scan';

/** Every subcommand by name; `main` dispatches through this table only. */
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  scan: scanCommand,
  policy: policyCommand,
  fingerprint: fingerprintCommand,
  log: logCommand,
  hook: hookCommand,
  doctor: doctorCommand,
};
