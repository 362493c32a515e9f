import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assessRoutes, formatRouteTable } from '../../routes/assess';
import { gatherLocalRouteFacts } from '../../routes/localFacts';
import { UsageError, type CliCommand } from '../command';

const USAGE = `usage: promptfence doctor [--workspace DIR] [--format text|json]

Lists every route by which text reaches an AI from VS Code and whether PromptFence
guards it: guarded, not guarded, or needs action (with the action). From the command
line it sees hook files (workspace and user), VS Code's user settings.json, installed
extensions and the AI CLIs on PATH; "PromptFence: Doctor" in VS Code sees the rest.
Exit 0.`;

export const doctorCommand: CliCommand = {
  summary: 'list every route into AI chats and whether PromptFence guards it',
  usage: USAGE,
  run(args, io) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, format: { type: 'string', default: 'text' } } });
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format: ${values.format}`);
    const workspace = resolve(io.cwd, values.workspace ?? '.');
    const facts = gatherLocalRouteFacts(workspace, io.env);
    const rows = assessRoutes(facts);
    if (values.format === 'json') io.out(JSON.stringify({ facts, routes: rows }, null, 2) + '\n');
    else io.out(`PromptFence doctor: ${workspace}\n\n${formatRouteTable(rows)}`);
    return 0;
  },
};
