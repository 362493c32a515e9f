import { parseArgs } from 'node:util';
import { scanText } from '../../engine';
import { UsageError, type CliCommand } from '../command';
import { readInput } from '../readInput';
import { reportJson } from '../reporters/json';
import { reportText } from '../reporters/text';

export const scanCommand: CliCommand = {
  summary: 'scan a file or standard input for personal and confidential data',
  usage: `usage: promptfence scan [--format text|json] [--policy FILE] FILE|-

Scans FILE (or standard input with -). Exit code 0 when the scan ran, whether or not
it found anything; 2 on a usage or input error.`,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'text' }, policy: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('scan takes exactly one FILE or -');
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown format: ${values.format}`);
    const path = positionals[0];
    const text = readInput(path, io);
    const result = scanText(text);
    io.out(values.format === 'json' ? reportJson(text, result) : reportText(path === '-' ? '<stdin>' : path, text, result));
    return 0;
  },
};
