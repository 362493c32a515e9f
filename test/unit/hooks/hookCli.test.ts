import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../support/runCli';
import { AWS_KEY, makeWorkspace } from './workspace';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'hooks');

interface Fixture {
  description: string;
  args?: string[];
  payload: Record<string, unknown>;
  expect: { exitCode: number; stdout: Record<string, unknown> | null; reasonField?: string; reasonIncludes?: string[]; stderrIncludes?: string[] };
}

/** Every key of `expected` is in `actual` with the same value (objects compared recursively). */
function assertContains(actual: unknown, expected: unknown, path = ''): void {
  if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path} should be an object`);
    for (const [k, v] of Object.entries(expected)) assertContains((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else assert.equal(actual, expected, path);
}

function field(o: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
}

describe('promptfence hook: agent payload fixtures', () => {
  const ws = makeWorkspace();
  after(() => ws.cleanup());

  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture;
    it(`${name}: ${fixture.description}`, async () => {
      const payload = JSON.stringify(fixture.payload).split('__CWD__').join(ws.dir.split('\\').join('/'));
      const { code, out, err } = await runCli(['hook', ...(fixture.args ?? [])], payload, ws.env, ws.dir);
      assert.equal(code, fixture.expect.exitCode, err);
      if (fixture.expect.stdout === null) assert.equal(out, '', 'no answer on stdout');
      else {
        const answer = JSON.parse(out);
        assertContains(answer, fixture.expect.stdout);
        if (fixture.expect.reasonField) {
          const reason = String(field(answer, fixture.expect.reasonField));
          for (const part of fixture.expect.reasonIncludes ?? []) assert.ok(reason.includes(part), `reason should name ${part}: ${reason}`);
        }
      }
      for (const part of fixture.expect.stderrIncludes ?? []) assert.ok(err.includes(part), `stderr should name ${part}: ${err}`);
      // Never a raw value in anything the hook prints.
      assert.ok(!out.includes(AWS_KEY) && !err.includes(AWS_KEY));
      assert.ok(!out.includes('0532 0130') && !out.includes('jana.schmidt@'));
    });
  }
});

describe('promptfence hook: failing safe', () => {
  const ws = makeWorkspace();
  after(() => ws.cleanup());
  const secretPrompt = JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 's', transcript_path: '/t', cwd: ws.dir, prompt: `key ${AWS_KEY}` });

  it('exits 2 with a message when stdin is not JSON (blocks in VS Code and Claude Code)', async () => {
    for (const args of [[], ['--agent', 'claude'], ['--agent', 'vscode']]) {
      const { code, out, err } = await runCli(['hook', ...args], '{not json', ws.env, ws.dir);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /not JSON.*Blocked/);
    }
  });

  it('exits 2 when the JSON is not an object', async () => {
    const { code, err } = await runCli(['hook'], '[1, 2]', ws.env, ws.dir);
    assert.equal(code, 2);
    assert.match(err, /not a JSON object/);
  });

  it('answers Copilot CLI, which ignores failing hooks, with a deny on stdout and exit 0', async () => {
    const { code, out } = await runCli(['hook', '--agent', 'copilot'], '', ws.env, ws.dir);
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).permissionDecision, 'deny');
  });

  it('applies the built-in policy when --policy is broken, and says so', async () => {
    const broken = join(ws.dir, 'broken.json');
    writeFileSync(broken, '{ "version": 1, "classes": { "secret": "allow" ');
    const { code, out } = await runCli(['hook', '--policy', broken], secretPrompt, ws.env, ws.dir);
    assert.equal(code, 0);
    const answer = JSON.parse(out);
    assert.equal(answer.decision, 'block');
    assert.match(answer.reason, /broken\.json is invalid.*built-in policy applies/);
  });

  it('applies the built-in policy when --policy names a missing file', async () => {
    const { out } = await runCli(['hook', '--policy', join(ws.dir, 'nope.json')], secretPrompt, ws.env, ws.dir);
    assert.equal(JSON.parse(out).decision, 'block');
    assert.match(JSON.parse(out).reason, /unreadable; the built-in policy applies/);
  });

  it('never lets a broken workspace .promptfence.json relax the built-in policy', async () => {
    const local = makeWorkspace({ '.promptfence.json': '{"version": 1, "classes": {"secret": "allow"}, oops' });
    try {
      const prompt = JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 's', transcript_path: '/t', cwd: local.dir, prompt: `key ${AWS_KEY}` });
      const answer = JSON.parse((await runCli(['hook'], prompt, local.env, local.dir)).out);
      assert.equal(answer.decision, 'block');
      assert.match(answer.reason, /is invalid/);
    } finally {
      local.cleanup();
    }
  });
});

describe('promptfence hook: policy and log', () => {
  const ws = makeWorkspace();
  after(() => ws.cleanup());

  it('decides for target hook.<event>.<agent>, so a policy can set rules per event and per agent', async () => {
    const policy = join(ws.dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ version: 1, targets: { 'hook.UserPromptSubmit': { classes: { 'pii.contact': 'block' } }, 'hook.UserPromptSubmit.vscode': { classes: { 'pii.contact': 'allow' } } } }));
    const prompt = (agentFields: Record<string, unknown>) => JSON.stringify({ ...agentFields, cwd: ws.dir, prompt: 'mail jana.schmidt@firma.de' });
    const claude = await runCli(['hook', '--policy', policy], prompt({ hook_event_name: 'UserPromptSubmit', transcript_path: '/t' }), ws.env, ws.dir);
    assert.equal(JSON.parse(claude.out).decision, 'block');
    assert.match(JSON.parse(claude.out).reason, /hook\.UserPromptSubmit\.claude/);
    const vscode = await runCli(['hook', '--policy', policy], prompt({ hookEventName: 'UserPromptSubmit' }), ws.env, ws.dir);
    assert.deepEqual(JSON.parse(vscode.out), {});
  });

  it('applies the agent folder\'s .promptfence.json on top of the --policy baseline: it may tighten, never loosen', async () => {
    const project = makeWorkspace();
    try {
      const baseline = join(project.dir, 'org.json');
      writeFileSync(baseline, JSON.stringify({ version: 1, classes: { 'pii.contact': 'allow' } }));
      const prompt = JSON.stringify({ hookEventName: 'UserPromptSubmit', cwd: project.dir, prompt: 'mail jana.schmidt@firma.de' });
      assert.deepEqual(JSON.parse((await runCli(['hook', '--policy', baseline], prompt, project.env, project.dir)).out), {});
      writeFileSync(join(project.dir, '.promptfence.json'), JSON.stringify({ version: 1, classes: { 'pii.contact': 'block' } }));
      const tightened = JSON.parse((await runCli(['hook', '--policy', baseline], prompt, project.env, project.dir)).out);
      assert.equal(tightened.decision, 'block');
      assert.match(tightened.reason, /Policy: .*org\.json.*\.promptfence\.json/);
      // A workspace file cannot allow what the baseline blocks.
      writeFileSync(baseline, JSON.stringify({ version: 1, classes: { secret: 'block' } }));
      writeFileSync(join(project.dir, '.promptfence.json'), JSON.stringify({ version: 1, classes: { secret: 'allow' } }));
      const secret = JSON.stringify({ hookEventName: 'UserPromptSubmit', cwd: project.dir, prompt: `key ${AWS_KEY}` });
      const kept = JSON.parse((await runCli(['hook', '--policy', baseline], secret, project.env, project.dir)).out);
      assert.equal(kept.decision, 'block');
      assert.doesNotMatch(kept.reason, /built-in policy applies/);
      assert.match(kept.reason, /org\.json/);
    } finally {
      project.cleanup();
    }
  });

  it('says the baseline applies, not the built-in policy, when only the folder\'s policy file is broken', async () => {
    const project = makeWorkspace();
    try {
      const baseline = join(project.dir, 'org.json');
      writeFileSync(baseline, JSON.stringify({ version: 1, classes: { secret: 'block' } }));
      writeFileSync(join(project.dir, '.promptfence.json'), '{ "version": 1, "classes": ');
      const secret = JSON.stringify({ hookEventName: 'UserPromptSubmit', cwd: project.dir, prompt: `key ${AWS_KEY}` });
      const answer = JSON.parse((await runCli(['hook', '--policy', baseline], secret, project.env, project.dir)).out);
      assert.equal(answer.decision, 'block');
      assert.match(answer.reason, /\.promptfence\.json is invalid .*the baseline .*org\.json applies/);
    } finally {
      project.cleanup();
    }
  });

  it('treats redact as a block with a hint (a hook cannot rewrite a prompt)', async () => {
    const policy = join(ws.dir, 'redact.json');
    writeFileSync(policy, JSON.stringify({ version: 1, classes: { 'pii.contact': 'redact' } }));
    const { out } = await runCli(['hook', '--policy', policy], JSON.stringify({ hookEventName: 'UserPromptSubmit', cwd: ws.dir, prompt: 'mail jana.schmidt@firma.de' }), ws.env, ws.dir);
    const answer = JSON.parse(out);
    assert.equal(answer.continue, false);
    assert.match(answer.stopReason, /cannot rewrite a prompt/);
  });

  it('logs blocks and warnings with --log (target surface hook, program = agent), never a silent allow', async () => {
    const log = join(ws.dir, 'decisions.jsonl');
    await runCli(['hook', '--log', log], JSON.stringify({ hook_event_name: 'UserPromptSubmit', transcript_path: '/t', cwd: ws.dir, prompt: 'just code' }), ws.env, ws.dir);
    assert.ok(!existsSync(log), 'an allow without findings is not logged');
    await runCli(['hook', '--log', log], JSON.stringify({ hook_event_name: 'UserPromptSubmit', transcript_path: '/t', cwd: ws.dir, prompt: `key ${AWS_KEY}` }), ws.env, ws.dir);
    await runCli(['hook', '--log', log], JSON.stringify({ hookEventName: 'PreToolUse', cwd: ws.dir, tool_name: 'read_file', tool_input: { filePath: '.env' } }), ws.env, ws.dir);
    const lines = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[0].target, { surface: 'hook', program: 'claude' });
    assert.equal(lines[0].choice, 'blocked');
    assert.equal(lines[0].findings[0].type, 'SECRET_AWS_ACCESS_KEY');
    assert.deepEqual(lines[1].target, { surface: 'hook', program: 'vscode' });
    assert.ok(!readFileSync(log, 'utf8').includes(AWS_KEY), 'the log holds no raw value');
    const verify = await runCli(['log', 'verify', log], '', ws.env, ws.dir);
    assert.equal(verify.code, 0, verify.out + verify.err);
  });

  it('does not open files over 1 MB (judged by name only)', async () => {
    const big = makeWorkspace({ 'dump.txt': 'x'.repeat(1024 * 1024 + 10) + `\n${AWS_KEY}\n` });
    try {
      const { out } = await runCli(['hook'], JSON.stringify({ hook_event_name: 'PreToolUse', transcript_path: '/t', cwd: big.dir, tool_name: 'Read', tool_input: { file_path: 'dump.txt' } }), big.env, big.dir);
      assert.equal(out, '');
    } finally {
      big.cleanup();
    }
  });

  it('rejects an unknown --agent as a usage error', async () => {
    const { code } = await runCli(['hook', '--agent', 'cursor'], '{}', ws.env, ws.dir);
    assert.equal(code, 2);
  });
});

describe('promptfence hook: the policy names sensitive places', () => {
  const ws = makeWorkspace({
    'customers/acme/export.csv': 'id;name\n1;nobody\n',
    '.promptfence.json': JSON.stringify({ version: 1, sources: [{ path: 'customers/**', action: 'block', reason: 'customer exports' }] }),
  });
  after(() => ws.cleanup());

  it('denies reading a file under a path the policy lists, naming its reason', async () => {
    const payload = JSON.stringify({
      session_id: 's',
      transcript_path: '/t',
      cwd: ws.dir,
      hook_event_name: 'PreToolUse',
      tool_name: 'Read',
      tool_input: { file_path: join(ws.dir, 'customers', 'acme', 'export.csv') },
    });
    const { code, out, err } = await runCli(['hook', '--agent', 'claude'], payload, ws.env, ws.dir);
    assert.equal(code, 0, err);
    const answer = JSON.parse(out);
    assert.equal(answer.hookSpecificOutput.permissionDecision, 'deny');
    assert.match(answer.hookSpecificOutput.permissionDecisionReason, /customer exports/);
  });

  it('still lets the agent read files the policy does not list', async () => {
    const payload = JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: ws.dir, hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: join(ws.dir, 'notes.txt') } });
    const { code, out } = await runCli(['hook', '--agent', 'claude'], payload, ws.env, ws.dir);
    assert.equal(code, 0);
    assert.equal(out.includes('"deny"'), false, out);
  });
});
