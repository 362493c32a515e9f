import { parseArgs } from 'node:util';
import { fingerprintValue } from '../../policy/fingerprint';
import { InputError, UsageError, type CliCommand } from '../command';

export const fingerprintCommand: CliCommand = {
  summary: 'print the sha256 fingerprint of a value read from standard input, for allowlists',
  usage: `usage: promptfence fingerprint [--exact] < FILE

Reads one value from standard input and prints sha256:<hex>, for an allowlist entry's
"fingerprint", so that the policy need not carry the value itself. The value is never
printed. One trailing line break (as echo and editors add) is dropped unless --exact
is given. There is deliberately no option to pass the value as an argument: it would
end up in your shell history.`,
  run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { exact: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError('fingerprint reads the value from standard input only');
    let value: string;
    try {
      value = new TextDecoder('utf-8').decode(io.readStdin());
    } catch (err) {
      throw new InputError(`cannot read standard input: ${(err as Error).message}`);
    }
    if (value.charCodeAt(0) === 0xfeff) value = value.slice(1);
    if (!values.exact) value = value.replace(/\r?\n$/, '');
    if (value.length === 0) throw new InputError('standard input is empty: pipe the value in, e.g. promptfence fingerprint < value.txt');
    io.out(`${fingerprintValue(value)}\n`);
    return 0;
  },
};
