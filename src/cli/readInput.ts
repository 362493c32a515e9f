import { readFileSync } from 'node:fs';
import { InputError, type CliIo } from './command';

/**
 * Reads a file or stdin (`-`) as UTF-8. Invalid byte sequences become U+FFFD, as in
 * VS Code, so offsets always refer to the string the scanner saw.
 */
export function readInput(path: string, io: CliIo): string {
  try {
    const bytes = path === '-' ? io.readStdin() : readFileSync(path);
    let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    throw new InputError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}
