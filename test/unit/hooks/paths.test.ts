import * as assert from 'node:assert/strict';
import { matchSensitivePath } from '../../../src/hooks/sensitivePaths';
import { commandPathWords, extractToolTargets } from '../../../src/hooks/toolInput';

describe('sensitive paths', () => {
  const blocked = ['.env', 'app/.env', '.env.local', '.env.production', 'certs/server.pem', 'tls.key', 'id_rsa', '/home/u/.ssh/id_ed25519', 'id_dsa', 'credentials', '.aws/credentials', 'credentials.json', 'secrets/db.txt', 'deploy/secrets/x/y.yaml', '/etc/app/secrets/token', 'store.p12', '.netrc', '.pgpass'];
  const allowed = ['.env.example', '.env.sample', '.env.template', 'id_rsa.pub', '/home/u/.ssh/id_ed25519.pub', 'src/env.ts', 'environment.md', 'README.md', 'keyboard.ts', 'docs/secrets.md', 'mysecrets/a.txt', 'monkey.pem.txt'];
  for (const p of blocked) it(`blocks ${p}`, () => assert.equal(matchSensitivePath(p)?.action, 'block', p));
  for (const p of allowed) it(`allows ${p}`, () => assert.equal(matchSensitivePath(p), undefined, p));

  it('asks about registry credential files (the shared rules say warn)', () => {
    assert.equal(matchSensitivePath('.npmrc')?.action, 'warn');
  });

  it('puts the caller\'s rules first', () => {
    assert.equal(matchSensitivePath('customers/list.csv'), undefined);
    assert.equal(matchSensitivePath('customers/list.csv', [{ path: 'customers/**', action: 'block', reason: 'customer data' }])?.reason, 'customer data');
  });
});

describe('tool arguments', () => {
  it('finds paths under each agent\'s argument names', () => {
    assert.deepEqual(extractToolTargets({ file_path: '/w/.env', offset: 1 }).paths, ['/w/.env']);
    assert.deepEqual(extractToolTargets({ filePath: 'a.ts', startLine: 1 }).paths, ['a.ts']);
    assert.deepEqual(extractToolTargets({ path: 'keys/x.pem' }).paths, ['keys/x.pem']);
    assert.deepEqual(extractToolTargets({ files: ['a', { path: 'b' }] }).paths, ['a', 'b']);
    assert.deepEqual(extractToolTargets({ filePaths: ['c', 'd'] }).paths, ['c', 'd']);
  });

  it('separates command lines and other text, and skips text being written', () => {
    const t = extractToolTargets({ command: 'ls', description: 'list', url: 'https://x.test/?q=1', content: 'written' });
    assert.deepEqual(t.commands, ['ls']);
    assert.deepEqual(t.otherText, ['https://x.test/?q=1']);
    assert.deepEqual(extractToolTargets('echo hi').commands, ['echo hi']);
  });

  it('picks the words of a command line that may be files', () => {
    assert.deepEqual(commandPathWords('cat .env | grep KEY'), ['.env']);
    assert.deepEqual(commandPathWords("docker run --env-file=.env.prod -v ~/.ssh:/root/.ssh img"), ['.env.prod', '~/.ssh:/root/.ssh']);
    assert.deepEqual(commandPathWords('source "config/dev.env" && echo $HOME/x'), ['config/dev.env']);
    assert.deepEqual(commandPathWords('cp credentials backup/'), ['credentials', 'backup/']);
  });
});
