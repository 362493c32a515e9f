import * as assert from 'node:assert/strict';
import { columnCells, columnNamed, isColumnNameHit, type ColumnOptions } from '../../../src/engine/detectors/tableColumns';

const BIRTH = columnNamed(['dob', 'date of birth', 'geburtsdatum']);
const HINTS = ['dob', 'birth', 'geburtsdatum'];
const ALIGNED: ColumnOptions = { aligned: true };

function cells(text: string, options: ColumnOptions = ALIGNED): string[] {
  return columnCells(text, 0, text.length, HINTS, BIRTH, text.length, options).map((c) => text.slice(c.start, c.end));
}

describe('tableColumns: tables lined up with spaces', () => {
  const table = 'Employee                 SSN            DOB\nTran, Kimberly           609 13 5520    1994-02-17\nOkonkwo, Chidi A.        358072264      1979-10-09';

  it('reads the text under the header cell', () => {
    assert.deepEqual(cells(table), ['1994-02-17', '1979-10-09']);
  });

  it('reads them only when asked, so that detectors opt in', () => {
    assert.deepEqual(cells(table, {}), []);
    assert.equal(isColumnNameHit(table, table.indexOf('DOB'), 3, BIRTH), false);
    assert.equal(isColumnNameHit(table, table.indexOf('DOB'), 3, BIRTH, ALIGNED), true);
  });

  it('reports each cell with its header', () => {
    const text = 'Name   Date of Birth\nAna    1990-01-02';
    assert.deepEqual(columnCells(text, 0, text.length, HINTS, BIRTH, text.length, ALIGNED), [{ start: 28, end: 38, column: 'Date of Birth' }]);
  });

  it('takes a value that starts off its header, or is right-aligned under it', () => {
    assert.deepEqual(cells('Name            DOB\nLi Wei            1990-01-02'), ['1990-01-02']);
    assert.deepEqual(cells('Name        Date of Birth\nLi Wei         1990-01-02'), ['1990-01-02']);
  });

  it('skips ruling lines and rows with the cell left empty', () => {
    assert.deepEqual(cells('Name          DOB          City\n------------  -----------  ----\nAna           1990-01-02   Ulm\nBen                        Kiel'), ['1990-01-02']);
  });

  it('ends the table at a blank line, a line of prose or a tab', () => {
    assert.deepEqual(cells('Name   DOB\nAna    1990-01-02\n\nBen    1991-01-02'), ['1990-01-02']);
    assert.deepEqual(cells('Name   DOB\nAna    1990-01-02\nThanks, see you on 1991-01-02\nBen    1991-01-02'), ['1990-01-02']);
    assert.deepEqual(cells('Name   DOB\nAna    1990-01-02\nBen\t1991-01-02'), ['1990-01-02']);
  });

  it('does not take a cell that spans two columns', () => {
    assert.deepEqual(cells('Name   DOB   City\nAna Maria Sousa 1990 Ulm  x'), []);
  });

  it('needs every header cell to read as a column name', () => {
    assert.deepEqual(cells('Please note the DOB  field below\nAna    1990-01-02'), []);
    assert.deepEqual(cells('DOB\nAna    1990-01-02'), []);
  });

  it('accepts hits bounded by double spaces only', () => {
    const hit = (text: string) => isColumnNameHit(text, text.toLowerCase().indexOf('dob'), 3, BIRTH, ALIGNED);
    assert.equal(hit('Name   DOB   City'), true);
    assert.equal(hit('Name   DOB'), true);
    assert.equal(hit('the dob is'), false);
    assert.equal(hit('  user.dob = x'), false);
    assert.equal(hit('x  f(dob)  y'), false);
  });
});
