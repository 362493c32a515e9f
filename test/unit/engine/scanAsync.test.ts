import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { scanTextAsync } from '../../../src/engine/scanAsync';

const AWS = 'AKIAZ7VRSQ5TKPLWFMXB';

describe('scanTextAsync', () => {
  it('scans a small text in-thread with the same result as scanText', async () => {
    const text = `key ${AWS}`;
    const result = await scanTextAsync(text);
    assert.equal(result.complete, true);
    assert.deepEqual(result.findings.map((f) => text.slice(f.start, f.end)), [AWS]);
  });

  it('scans a large text in a worker, with exact offsets', async () => {
    const filler = 'const x = 1;\n'.repeat(30_000);
    const text = `${filler}export AWS_ACCESS_KEY_ID=${AWS}\n${filler}`;
    const result = await scanTextAsync(text, { inThreadLimit: 1024 });
    assert.equal(result.complete, true);
    const [f] = result.findings;
    assert.equal(f.start, text.indexOf(AWS));
    assert.equal(text.slice(f.start, f.end), AWS);
  });

  it('reports complete:false when the worker cannot start, rather than an empty "clean" result', async () => {
    const result = await scanTextAsync('x'.repeat(4096), { inThreadLimit: 10, workerPath: join(__dirname, 'no-such-worker.js') });
    assert.equal(result.complete, false);
  });

  it('reports complete:false when the budget runs out in the worker', async () => {
    const text = 'password=x1y2z3w4 '.repeat(2_000_000);
    const result = await scanTextAsync(text, { inThreadLimit: 10, timeBudgetMs: 1 });
    assert.equal(result.complete, false);
  });
});
