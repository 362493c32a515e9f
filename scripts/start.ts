// Starts code-server with the freshly built .vsix and a generated sample workspace, then
// waits until Ctrl+C. Sample values are assembled here (not stored as files in the
// repository) so that secret scanners do not flag the repository itself.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer } from '../test/e2e/harness/codeServer';
import { repoRoot } from '../test/e2e/harness/paths';
import { productVsix } from '../test/e2e/harness/vsix';

const AWS_KEY = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');
const IBAN = ['DE89', '3704', '0044', '0532', '0130', '00'].join(' ');

const SAMPLE_FILES: Record<string, string> = {
  'TRY-ME.md': `# Try PromptFence

Open the Chat view (Ctrl+Alt+I, or the chat icon at the top), then copy one of the
snippets below (select it, Ctrl+C) and paste it into the chat input with Ctrl+V.

1. Harmless code: pasted straight through.

       const total = items.reduce((sum, item) => sum + item.price, 0);

2. A customer's e-mail address: PromptFence warns and offers a redacted paste.

       Bitte antworte Max Mustermann (max.mustermann@firma.de) wegen der Rechnung.

3. A deploy script with a cloud key: blocked; only a redacted paste is possible.

       export AWS_ACCESS_KEY_ID=${AWS_KEY}

4. Bank details: blocked (financial data).

       Überweisung an ${IBAN}, Verwendungszweck Rechnung 2026-113

5. The project's code name, which this workspace's policy (.promptfence.json) defines:

       Status Brückenkopf: Go-live verschoben auf KW 12.

6. Copy a few lines of src/.env (Ctrl+A, Ctrl+C in that file), change one, and paste into
   the chat: blocked because of where the text came from.

Use "PromptFence: Scan selection for sensitive data" on any file, or click the
PromptFence item in the status bar to check what is on the clipboard. "PromptFence: Show
effective policy" shows the rules in force, "PromptFence: Open warning log" what was decided,
and "PromptFence: Doctor" which routes into AI are guarded.
`,
  '.promptfence.json': `// Sample policy: see docs/writing-a-policy.md in the PromptFence repository.
{
  "version": 1,
  "classes": { "secret": "block", "pii.financial": "block", "pii.contact": "warn", "pii.identity": "warn", "confidential": "warn" },
  "custom": [
    { "name": "PROJECT_BRUECKENKOPF", "description": "project code name", "class": "confidential", "terms": ["Brückenkopf"], "action": "block" }
  ],
  "sources": [
    { "path": "data/**", "action": "warn", "reason": "customer data exports" }
  ],
  "overrides": { "pii.contact": { "allowed": true, "reasonRequired": true } }
}
`,
  'src/.env': 'DB_HOST=db01.corp.internal\nDB_USER=orders_app\nAPP_MODE=production\n',
  'src/deploy.sh': `#!/bin/sh\n# deployment helper\nexport AWS_ACCESS_KEY_ID=${AWS_KEY}\naws s3 sync ./build s3://internal-bucket\n`,
  'data/customers.csv': `id;name;email;iban\n1001;Max Mustermann;max.mustermann@firma.de;${IBAN}\n1002;Ayşe Yılmaz;a.yilmaz@handwerk-yilmaz.de;\n`,
  'src/app.ts': `export function total(items: { price: number }[]): number {\n  return items.reduce((sum, item) => sum + item.price, 0);\n}\n`,
};

async function main(): Promise<void> {
  const cache = process.env.PROMPTFENCE_CACHE ?? join(homedir(), '.cache', 'promptfence');
  const workspace = join(cache, 'sample-workspace');
  rmSync(workspace, { recursive: true, force: true });
  for (const [path, content] of Object.entries(SAMPLE_FILES)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  const port = Number(process.env.PROMPTFENCE_PORT ?? 8080);
  const server = await startCodeServer({ folder: workspace, vsixes: [productVsix()], port, userSettings: { 'workbench.startupEditor': 'none' } });
  console.log(`\nPromptFence is running in VS Code at ${server.url}?folder=${encodeURIComponent(workspace)}`);
  console.log(`Sample workspace: ${workspace} (open TRY-ME.md)`);
  console.log(`Extension package for your own VS Code: ${join(repoRoot, 'dist', 'promptfence.vsix')}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

main().catch((err) => {
  console.error(String(err?.stack ?? err));
  process.exit(1);
});
