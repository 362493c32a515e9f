import * as assert from 'node:assert/strict';
import { reportJson } from '../../../src/cli/reporters/json';
import { reportText } from '../../../src/cli/reporters/text';
import type { ScanResult } from '../../../src/engine';

const TEXT = 'line one\r\nkey AKIAZ7VRSQ5TKPLWFMXB here';
const RESULT: ScanResult = {
  complete: false,
  elapsedMs: 1,
  findings: [{ type: 'SECRET_AWS_ACCESS_KEY', category: 'secret', start: 14, end: 34, confidence: 0.95, detector: 'aws-access-key-id', explanation: 'AWS access key id' }],
};

describe('reporters', () => {
  it('JSON: the DESIGN.md §2 fields, plus line, column, preview and completeness, never the value', () => {
    const out = JSON.parse(reportJson(TEXT, RESULT));
    assert.deepEqual(out, {
      findings: [
        {
          type: 'SECRET_AWS_ACCESS_KEY',
          start: 14,
          end: 34,
          confidence: 0.95,
          detector: 'aws-access-key-id',
          category: 'secret',
          line: 2,
          column: 5,
          preview: 'AKIA…FMXB',
          explanation: 'AWS access key id',
        },
      ],
      complete: false,
    });
  });

  it('text: file:line:column per finding and a note when the scan was cut short', () => {
    const out = reportText('a.txt', TEXT, RESULT);
    assert.match(out, /^a\.txt:2:5 {2}SECRET_AWS_ACCESS_KEY {2}AKIA…FMXB {2}\(AWS access key id, confidence 0\.95\)$/m);
    assert.match(out, /scan incomplete/);
    assert.ok(!out.includes('Z7VRSQ5TKPLW'));
  });
});
