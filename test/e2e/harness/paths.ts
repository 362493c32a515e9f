import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface ToolPaths {
  /** Node 24, which the VS Code server inside code-server needs. */
  readonly node: string;
  /** The installed `code-server` package folder. */
  readonly codeServer: string;
  readonly chromium: string;
}

/** Where `scripts/setup-vscode.sh` installed the pinned tools. */
export function toolPaths(): ToolPaths {
  const cache = process.env.PROMPTFENCE_CACHE ?? join(homedir(), '.cache', 'promptfence');
  const file = join(cache, 'paths.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/setup-vscode.sh first`);
  return JSON.parse(readFileSync(file, 'utf8')) as ToolPaths;
}

export const repoRoot = join(__dirname, '..', '..', '..');
