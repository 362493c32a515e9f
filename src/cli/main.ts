import { parseArgs } from 'node:util';
import { scanText } from '../engine';
import { InputError, readInput } from './readInput';
import { reportJson } from './reporters/json';
import { reportText } from './reporters/text';

const USAGE = `usage: promptfence scan [--format text|json] [--policy FILE] FILE|-

Scans a file (or standard input with -) for personal and confidential data.
Exit code 0 when the scan ran, whether or not it found anything; 2 on a usage or input error.`;

class UsageError extends Error {}

function scanCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, policy: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('scan takes exactly one FILE or -');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown format: ${values.format}`);
  const path = positionals[0];
  const text = readInput(path);
  const result = scanText(text);
  process.stdout.write(values.format === 'json' ? reportJson(text, result) : reportText(path === '-' ? '<stdin>' : path, text, result));
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => number> = { scan: scanCommand };

export function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(name ? `unknown command: ${name}` : 'no command given');
    return command(rest);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`promptfence: ${(err as Error).message}\n${err instanceof InputError ? '' : USAGE + '\n'}`);
      return 2;
    }
    throw err;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
