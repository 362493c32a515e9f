import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planHookInstall } from '../../src/hooks/install';
import { openWideChatView, useVsCodeSession } from './harness/mochaSession';
import { repoRoot, toolPaths } from './harness/paths';
import type { VsCodeSession } from './harness/session';
import { lmExtensionVsix } from './harness/vsix';
import { focusEmptyChatInput } from './harness/workbench';

/*
 * VS Code 1.139.1 runs agent hooks only through its built-in GitHub Copilot Chat
 * extension (0.67.0, lib/vscode/extensions/copilot in code-server 4.139.1): the workbench
 * collects `.github/hooks/*.json` and hands them to the chat participant with the request
 * (`request.hooks`); Copilot Chat's agent spawns the commands (its ChatHookService /
 * HookExecutor) before it calls the model. Without sign-in that extension stays off and
 * the Chat view asks to sign in; with `chat.allowAnonymousAccess: true` it runs offline
 * with a model another extension registers (here the test-only fake model), and then runs
 * the hooks. So this suite drives the real route: typed prompt → Copilot Chat's agent →
 * UserPromptSubmit hook `bash dist/hook.sh` → PromptFence's hook server in the extension
 * host → no model call. Node is hidden from hook.sh (PROMPTFENCE_NODE names nothing), so
 * a hook that fell back to Node would block every prompt, the benign one too.
 */

const LM_VENDOR = 'promptfence-e2e';
const LM_MODEL = 'promptfence-e2e-model';
const BLOCKED_LABEL = 'Blocked by User Prompt Submit hook';

/** The built-in Copilot Chat extension that runs hooks in this VS Code build, if present. */
function builtinCopilotChat(): string | undefined {
  const manifest = join(toolPaths().codeServer, 'lib', 'vscode', 'extensions', 'copilot', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const m = JSON.parse(readFileSync(manifest, 'utf8')) as { publisher: string; name: string; version: string };
  return `${m.publisher}.${m.name}@${m.version}`;
}

interface LmEntry {
  readonly event: string;
  readonly messages?: { role: number; text: string }[];
}

describe('agent hooks: promptfence hook in VS Code chat (real VS Code 1.139.1 in chromium, fake model)', function () {
  const root = mkdtempSync(join(tmpdir(), 'promptfence-hooks-'));
  const workspace = join(root, 'workspace');
  const lmLog = join(root, 'model-prompts.jsonl');
  const warningLog = join(root, 'warning-log.jsonl');
  const hookScript = join(repoRoot, 'dist', 'hook.sh');
  const state = join(root, 'state');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'README.md'), '# demo\n');
  // Exactly what the installer writes (the extension passes its own log as the log path).
  const plan = planHookInstall({ agent: 'vscode', scope: 'workspace', workspaceDir: workspace, homeDir: join(root, 'home'), cliPath: hookScript, logPath: warningLog }, undefined);
  mkdirSync(join(workspace, '.github', 'hooks'), { recursive: true });
  writeFileSync(plan.path, plan.after);

  const copilot = builtinCopilotChat();
  before(function () {
    if (!copilot) {
      console.log('    skipped: this VS Code build has no built-in Copilot Chat extension (lib/vscode/extensions/copilot), the only component that runs agent hooks');
      this.skip();
    }
  });
  const session = useVsCodeSession(
    'agent-hooks',
    () => ({
      folder: workspace,
      extraVsixes: [lmExtensionVsix()],
      env: {
        PROMPTFENCE_E2E_LM_LOG: lmLog,
        // The hook's fingerprint key, so that the hook never writes a key file into the real home.
        PROMPTFENCE_LOG_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
        // Where the extension's hook server writes its endpoint and hook.sh looks for it.
        XDG_STATE_HOME: state,
        PROMPTFENCE_NODE: join(root, 'no-node-here'),
      },
      userSettings: { 'chat.useHooks': true, 'chat.allowAnonymousAccess': true },
    }),
    async (s) => {
      await openWideChatView(s);
      await s.driver.command('workbench.action.chat.changeModel', { vendor: LM_VENDOR, id: LM_MODEL, family: LM_VENDOR });
    },
  );
  let s: VsCodeSession;
  beforeEach(() => (s = session()));

  function modelRequests(): LmEntry[] {
    if (!existsSync(lmLog)) return [];
    return readFileSync(lmLog, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LmEntry)
      .filter((e) => e.event === 'request');
  }
  const modelSaw = (needle: string) => modelRequests().some((r) => (r.messages ?? []).some((m) => m.text.includes(needle)));

  async function send(prompt: string): Promise<void> {
    await s.driver.command('workbench.action.chat.newChat');
    await s.driver.command('workbench.action.chat.changeModel', { vendor: LM_VENDOR, id: LM_MODEL, family: LM_VENDOR });
    const page = s.workbench.page;
    await focusEmptyChatInput(page);
    await page.keyboard.type(prompt);
    await page.keyboard.press('Enter');
  }

  async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  it('the hook file is the installer’s, running this checkout’s hook.sh; the extension host serves it', async function () {
    const parsed = JSON.parse(readFileSync(join(workspace, '.github', 'hooks', 'promptfence.json'), 'utf8'));
    assert.equal(parsed.hooks.UserPromptSubmit[0].command, `bash ${hookScript} --log ${warningLog}`);
    assert.equal(parsed.hooks.UserPromptSubmit[0].bash, `bash ${hookScript} --log ${warningLog}`);
    const servers = join(state, 'promptfence', 'hook-servers');
    const endpoints = await waitFor('the hook server endpoint', () => (existsSync(servers) && readdirSync(servers).some((f) => f.endsWith('.endpoint')) ? readdirSync(servers) : undefined), 20_000);
    assert.equal(endpoints.filter((f) => /^\d+\.endpoint$/.test(f)).length, 1, endpoints.join(', '));
  });

  it('lets a benign prompt through to the model', async function () {
    const marker = `benign-${Date.now().toString(36)}`;
    await send(`explain what ${marker} means`);
    await waitFor('the model to receive the benign prompt', () => modelSaw(marker) || undefined);
    await s.workbench.page.locator('.interactive-list', { hasText: 'PROMPTFENCE_E2E_MODEL_ANSWER' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await s.workbench.page.locator('.interactive-list', { hasText: BLOCKED_LABEL }).count(), 0, 'the benign prompt is not blocked');
    assert.ok(!existsSync(warningLog) || !readFileSync(warningLog, 'utf8').includes('"blocked"'), 'a silent allow writes no block to the log');
  });

  it('blocks a typed prompt holding an AWS key before any model sees it, says why, and logs it', async function () {
    const secret = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');
    const marker = `deploy-${Date.now().toString(36)}`;
    const before = modelRequests().length;
    await send(`${marker} with key ${secret} now`);
    const page = s.workbench.page;
    const blocked = page.locator('.interactive-list').getByText(BLOCKED_LABEL).first();
    await blocked.waitFor({ state: 'visible', timeout: 60_000 });

    // VS Code shows PromptFence's reason in the hook's details.
    await blocked.click();
    const list = page.locator('.interactive-list').first();
    await waitFor('the block reason in the chat', async () => ((await list.innerText()).includes('PromptFence blocked this prompt') ? true : undefined), 15_000);
    const shown = await list.innerText();
    assert.match(shown, /SECRET_AWS_ACCESS_KEY/);
    assert.match(shown, /AKIA…FMXB/, 'the reason carries only a masked preview');

    // Give a late model call the chance to show up before concluding it did not happen.
    await page.waitForTimeout(3000);
    assert.equal(modelSaw(secret), false, 'the model never received the secret');
    assert.equal(modelSaw(marker), false, 'the model never received the blocked prompt at all');
    assert.equal(modelRequests().length, before, 'no model request followed the blocked prompt');

    // The warning log holds the block, with a masked preview and never the value.
    const logText = await waitFor('the warning log', () => (existsSync(warningLog) ? readFileSync(warningLog, 'utf8') : undefined), 10_000);
    assert.ok(!logText.includes(secret), 'the log never holds the secret');
    const events = logText
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const blocks = events.filter((e) => e.choice === 'blocked' && (e.target as { surface?: string } | undefined)?.surface === 'hook');
    assert.equal(blocks.length, 1, `one block from the hook in ${logText}`);
    const findings = blocks[0].findings as { type: string; previews: string[] }[];
    assert.deepEqual(findings.map((f) => f.type), ['SECRET_AWS_ACCESS_KEY']);
    assert.deepEqual(findings[0].previews, ['AKIA…FMXB']);
  });

  after(function () {
    if (process.env.PROMPTFENCE_E2E_KEEP) console.log(`    kept: ${root} (${readdirSync(root).join(', ')})`);
    else rmSync(root, { recursive: true, force: true });
  });
});
