import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('imports vscode only inside src/extension', () => {
    const offenders = sources(join(root, 'src'))
      .filter((p) => !relative(root, p).startsWith(join('src', 'extension')))
      .filter((p) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(p, 'utf8')));
    assert.deepEqual(offenders.map((p) => relative(root, p)), []);
  });

  it('registers exactly the commands package.json contributes', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const table = readFileSync(join(root, 'src', 'extension', 'commands.ts'), 'utf8');
    const registered = [...table.matchAll(/^\s*'(promptfence\.[A-Za-z]+)':/gm)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
  });

  it('has every manifest string in English and German', () => {
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
    const de = JSON.parse(readFileSync(join(root, 'package.nls.de.json'), 'utf8'));
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(m[1] in en, `package.nls.json lacks ${m[1]}`);
  });

  it('translates every runtime string into German', () => {
    const used = new Set<string>();
    for (const p of sources(join(root, 'src', 'extension'))) {
      for (const m of readFileSync(p, 'utf8').matchAll(/l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
        used.add(JSON.parse(m[1].startsWith("'") ? `"${m[1].slice(1, -1).replace(/"/g, '\\"').replace(/\\'/g, "'")}"` : m[1]));
      }
    }
    const de = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.de.json'), 'utf8'));
    assert.ok(used.size > 0);
    assert.deepEqual([...used].filter((s) => !(s in de)), []);
  });
});
