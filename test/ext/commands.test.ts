import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

interface Listed {
  type: string;
  preview: string;
  line: number;
  column: number;
}

// Assembled at run time so that no secret-shaped literal sits in the repository.
const IBAN = ['DE89', '3704', '0044', '0532', '0130', '00'].join(' ');

const opened: vscode.TextDocument[] = [];

async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
  opened.push(doc);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(vscode.window.activeTextEditor?.document, doc, 'the new document is the active editor');
  return editor;
}

// Untitled documents are closed only after every suite: a closed "Untitled-1" lets the next
// one reuse its name, and the extension host may still hold the old text under that URI.
after(async () => {
  for (const doc of opened.splice(0)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
});

describe('commands', () => {
  afterEach(async () => {
    // The scan commands leave their quick pick open.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('scanSelection lists the findings of the selection with masked previews and positions', async () => {
    const editor = await untitled(`Hallo\nIBAN: ${IBAN}\nmail max.mustermann@firma.de`);
    editor.selection = new vscode.Selection(1, 0, 2, 28);
    const listed = await vscode.commands.executeCommand<Listed[]>('promptfence.scanSelection');
    assert.deepEqual(
      listed.map((f) => [f.type, f.preview, f.line]),
      [
        ['IBAN_CODE', 'DE89…0 00', 2],
        ['EMAIL_ADDRESS', 'max.m…@firma.de', 3],
      ],
    );
    assert.ok(!JSON.stringify(listed).includes('3704 0044'), 'no raw value in the result');
  });

  it('scanSelection scans the whole file the explorer passes', async () => {
    const editor = await untitled(`first line\nsecond has ${IBAN}`);
    const listed = await vscode.commands.executeCommand<Listed[]>('promptfence.scanSelection', editor.document.uri);
    assert.deepEqual(listed.map((f) => [f.type, f.line, f.column]), [['IBAN_CODE', 2, 12]]);
  });

  it('scanClipboard scans what the clipboard holds', async () => {
    await vscode.env.clipboard.writeText('ping erika.musterfrau@beispiel-gmbh.de');
    const listed = await vscode.commands.executeCommand<Listed[]>('promptfence.scanClipboard');
    assert.deepEqual(listed.map((f) => f.type), ['EMAIL_ADDRESS']);
  });

  it('guardedPaste forwards benign text to the built-in paste, unchanged and once', async () => {
    const editor = await untitled('start:');
    editor.selection = new vscode.Selection(0, 6, 0, 6);
    await vscode.env.clipboard.writeText(' nothing sensitive here');
    const outcome = await vscode.commands.executeCommand<{ choice: string; action: string }>('promptfence.guardedPaste', { target: 'chat.panel' });
    assert.deepEqual([outcome.action, outcome.choice], ['allow', 'pasted']);
    assert.equal(editor.document.getText(), 'start: nothing sensitive here');
  });
});

describe('exposure', () => {
  // Assembled at run time so that no secret-shaped literal sits in the repository.
  const AWS = ['AKIA', 'Z7VRSQ5TKPLWFMXB'].join('');

  it('marks blocked data in the active file', async () => {
    await untitled(`key ${AWS}\nmail x.y@firma.de`);
    assert.equal(await vscode.commands.executeCommand<number>('promptfence.activeFileExposure'), 1, 'the key is blocked; the e-mail only warns');
  });

  it('finds nothing to mark in a clean file', async () => {
    await untitled('const x = 1;');
    assert.equal(await vscode.commands.executeCommand<number>('promptfence.activeFileExposure'), 0);
  });

  it('lists workspace files with findings in the exposure report', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'exposure-probe.sh');
    await vscode.workspace.fs.writeFile(file, Buffer.from(`export AWS_ACCESS_KEY_ID=${AWS}\n`));
    try {
      const summary = await vscode.commands.executeCommand<{ scanned: number; exposures: { path: string; action: string }[] }>('promptfence.exposureReport');
      assert.ok(summary.scanned >= 2, `scanned ${summary.scanned}`);
      assert.deepEqual(summary.exposures.map((e) => [e.path, e.action]), [['exposure-probe.sh', 'block']]);
      const report = vscode.window.activeTextEditor!.document.getText();
      assert.match(report, /exposure-probe\.sh/);
      assert.ok(!report.includes(AWS));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });
});

describe('doctor and agent hooks', () => {
  it('Doctor reports the Chat view as guarded and names what the terminal route needs', async () => {
    const rows = await vscode.commands.executeCommand<{ id: string; route: string; status: string; reason: string; action?: string }[]>('promptfence.doctor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const byRoute = (re: RegExp) => rows.find((r) => re.test(r.route));
    assert.equal(byRoute(/chat view/i)?.status, 'guarded', JSON.stringify(rows));
    const skip = vscode.workspace.getConfiguration('terminal.integrated').get<string[]>('commandsToSkipShell', []);
    const terminal = rows.find((r) => /terminal/i.test(r.route) && /CLI/i.test(r.route));
    assert.ok(terminal, JSON.stringify(rows.map((r) => r.route)));
    assert.equal(terminal.status, skip.includes('promptfence.guardedTerminalPaste') ? 'guarded' : 'needs action');
    assert.ok(rows.some((r) => r.status === 'not guarded' && /drag|menu/i.test(r.route)), 'the routes no extension can guard are listed as such');
  });

  it('installs Claude Code hooks into the workspace once, and a second install changes nothing', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(folder, '.claude');
    try {
      const first = await vscode.commands.executeCommand<{ path: string; changed: boolean }>('promptfence.installAgentHooks', { agent: 'claude', scope: 'workspace', confirm: false });
      assert.equal(first.changed, true);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'settings.json')));
      const settings = JSON.parse(text);
      const command: string = settings.hooks.UserPromptSubmit[0].hooks[0].command;
      // bash and hook.sh (the hook server's client) where bash runs; Node and hook.js on Windows.
      assert.match(command, process.platform === 'win32' ? /^node "?.*dist[/\\]hook\.js"? --agent claude --log "?[^ ]*warning-log"?$/ : /^bash "?.*dist[/\\]hook\.sh"? --agent claude --log "?[^ ]*warning-log"?$/);
      assert.ok(settings.hooks.PreToolUse.length === 1);
      const second = await vscode.commands.executeCommand<{ changed: boolean }>('promptfence.installAgentHooks', { agent: 'claude', scope: 'workspace', confirm: false });
      assert.equal(second.changed, false);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });
});
