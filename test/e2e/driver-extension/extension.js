// Test-only: an HTTP endpoint on 127.0.0.1 through which the end-to-end tests run
// VS Code commands and read a little state. The port comes from the environment the
// harness starts the server with. This folder is never packaged into the product.
const http = require('node:http');
const vscode = require('vscode');

function handlers() {
  return {
    async command({ command, args = [] }) {
      return { result: await vscode.commands.executeCommand(command, ...args) };
    },
    // Commands that never resolve while their UI is open (inline chat) are started, not awaited.
    async startCommand({ command, args = [] }) {
      vscode.commands.executeCommand(command, ...args).then(undefined, () => undefined);
      return { started: true };
    },
    async commands({ filter }) {
      return { commands: (await vscode.commands.getCommands(true)).filter((c) => c.includes(filter || '')) };
    },
    async env() {
      return { language: vscode.env.language, appHost: vscode.env.appHost, uiKind: vscode.env.uiKind };
    },
    async createTerminal({ name, shellPath, shellArgs }) {
      const terminal = vscode.window.createTerminal({ name, shellPath, shellArgs });
      terminal.show(false);
      return { name: terminal.name };
    },
    async config({ section, key }) {
      return { value: vscode.workspace.getConfiguration(section).get(key) };
    },
    async diagnostics({ path }) {
      return {
        diagnostics: vscode.languages.getDiagnostics(vscode.Uri.file(path)).map((d) => ({
          message: d.message,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          severity: d.severity,
        })),
      };
    },
    async clipboard() {
      return { text: await vscode.env.clipboard.readText() };
    },
    async openFile({ path, selection }) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
      const editor = await vscode.window.showTextDocument(doc);
      if (selection) {
        const [sl, sc, el, ec] = selection;
        editor.selection = new vscode.Selection(sl, sc, el, ec);
      }
      return { languageId: doc.languageId };
    },
    async extension({ id }) {
      const ext = vscode.extensions.getExtension(id);
      return { installed: !!ext, active: !!ext && ext.isActive };
    },
  };
}

exports.activate = function activate(context) {
  const port = Number(process.env.PROMPTFENCE_E2E_DRIVER_PORT);
  if (!port) return;
  const table = handlers();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const name = (req.url || '').replace(/^\//, '');
      const handler = table[name];
      res.setHeader('content-type', 'application/json');
      if (!handler) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: `no handler ${name}` }));
        return;
      }
      try {
        const out = await handler(body ? JSON.parse(body) : {});
        res.end(JSON.stringify(out ?? null));
      } catch (err) {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: String((err && err.stack) || err) }));
      }
    });
  });
  server.listen(port, '127.0.0.1');
  context.subscriptions.push({ dispose: () => server.close() });
};
