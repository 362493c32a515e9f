import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGitIgnored } from '../../../src/provenance/gitIgnore';

describe('isGitIgnored', function () {
  this.timeout(10_000);
  let repo = '';
  let outside = '';
  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'pf-gitignore-'));
    outside = mkdtempSync(join(tmpdir(), 'pf-nogit-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    writeFileSync(join(repo, '.gitignore'), 'dumps/\n*.local.json\n');
    mkdirSync(join(repo, 'dumps'));
    mkdirSync(join(repo, 'src', 'nested'), { recursive: true });
    writeFileSync(join(repo, 'src', 'nested', '.gitignore'), 'customers.csv\n');
    for (const f of ['dumps/db.sql', 'app.local.json', 'src/nested/customers.csv', 'src/nested/code.ts']) writeFileSync(join(repo, f), 'x\n');
    writeFileSync(join(outside, 'file.txt'), 'x\n');
  });
  after(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('asks git: root and nested .gitignore files both count', async () => {
    assert.equal(await isGitIgnored(join(repo, 'dumps', 'db.sql')), true);
    assert.equal(await isGitIgnored(join(repo, 'app.local.json')), true);
    assert.equal(await isGitIgnored(join(repo, 'src', 'nested', 'customers.csv')), true);
    assert.equal(await isGitIgnored(join(repo, 'src', 'nested', 'code.ts')), false);
  });

  it('cannot say outside a repository', async () => {
    assert.equal(await isGitIgnored(join(outside, 'file.txt')), undefined);
  });
});
