import * as assert from 'node:assert/strict';
import { columnCells, columnNamed, columnWords, isColumnNameHit, lastHeaderAt } from '../../../src/engine/detectors/tableColumns';

const BIRTH = columnNamed(['dob', 'date of birth', 'geburtsdatum']);
const HINTS = ['dob', 'birth', 'geburtsdatum'];

/** The cell values the utility yields for the whole text, as strings. */
function cells(text: string, hints = HINTS, named = BIRTH, start = 0, end = text.length): string[] {
  return columnCells(text, start, end, hints, named).map((c) => text.slice(c.start, c.end));
}

describe('tableColumns: column names', () => {
  it('splits names written in any case convention into the same words', () => {
    for (const name of ['dateOfBirth', 'date_of_birth', 'Date of Birth', 'DATE-OF-BIRTH', ' date.of.birth ']) {
      assert.deepEqual(columnWords(name), ['date', 'of', 'birth'], name);
    }
    assert.deepEqual(columnWords('Geb.-Datum'), ['geb', 'datum']);
  });

  it('accepts a name, also after qualifiers, but not with words after it', () => {
    assert.equal(BIRTH(columnWords('DOB')), true);
    assert.equal(BIRTH(columnWords('D.O.B.')), true);
    assert.equal(BIRTH(columnWords('customer_dob')), true);
    assert.equal(BIRTH(columnWords('patientDateOfBirth')), true);
    assert.equal(BIRTH(columnWords('dob_verified')), false);
    assert.equal(BIRTH(columnWords('adobe')), false);
    assert.equal(BIRTH(columnWords('birth')), false);
  });
});

describe('tableColumns: delimited tables', () => {
  it('reads the named column of a CSV', () => {
    assert.deepEqual(cells('name,ssn,dob,state\nDerek,268-20-2068,1989-07-17,OH\nNgozi,486 11 9985,1993-01-05,GA'), ['1989-07-17', '1993-01-05']);
  });

  it('reports where each cell is and which header named it', () => {
    const text = 'id;Geburtsdatum\n1;07.06.1969';
    assert.deepEqual(columnCells(text, 0, text.length, HINTS, BIRTH), [{ start: 18, end: 28, column: 'Geburtsdatum' }]);
  });

  it('reads semicolon, tab and quoted cells', () => {
    assert.deepEqual(cells('Nachname;Vorname;Geburtsdatum\n"Weiß; Dr.";Anna;07.06.1969'), ['07.06.1969']);
    assert.deepEqual(cells('name,dob\n"Doe, John","1990-01-02"'), ['1990-01-02']);
    assert.deepEqual(cells('name\tdob\tcity\nAna\t1990-01-02\tUlm'), ['1990-01-02']);
  });

  it('reads pipe tables with ruling lines', () => {
    const mysql = '+----+------------+\n| id | dob        |\n+----+------------+\n|  1 | 1979-03-08 |\n|  2 | 2001-12-24 |\n+----+------------+';
    assert.deepEqual(cells(mysql), ['1979-03-08', '2001-12-24']);
    const psql = ' id | name | dob\n----+------+------------\n  1 | Ana  | 1979-03-08\n(1 row)';
    assert.deepEqual(cells(psql), ['1979-03-08']);
    const markdown = '| Name | Date of Birth |\n|:---|---:|\n| Ana | 04/11/1990 |';
    assert.deepEqual(cells(markdown), ['04/11/1990']);
  });

  it('yields every matching column of a header', () => {
    const named = columnNamed(['phone', 'fax']);
    assert.deepEqual(cells('name,phone,fax\nA,111,222\nB,333,444', ['phone', 'fax'], named), ['111', '222', '333', '444']);
  });

  it('stops at a blank line and at a row of another shape', () => {
    assert.deepEqual(cells('name,dob\nA,1990-01-02\n\nB,1991-01-02'), ['1990-01-02']);
    assert.deepEqual(cells('name,dob\nA,1990-01-02\nThanks, Bob, and see you\nB,1991-01-02'), ['1990-01-02']);
  });

  it('skips empty cells', () => {
    assert.deepEqual(cells('name,dob\nA,\nB,1991-01-02'), ['1991-01-02']);
  });

  it('does not take prose or code with commas for a header', () => {
    assert.deepEqual(cells('Please send us your full name, dob, and address\nDerek Holloway, 1989-07-17, Leeds'), []);
    assert.deepEqual(cells('const x = f(dob, y);\n1989-07-17, 1'), []);
    assert.deepEqual(cells('dob\n1989-07-17'), []);
  });

  it('reads only rows inside the window and finds headers only in it', () => {
    const text = 'name,dob\nA,1990-01-02\nB,1991-01-02';
    assert.deepEqual(cells(text, HINTS, BIRTH, 5, text.indexOf('\nB')), ['1990-01-02']);
    assert.deepEqual(cells(text, HINTS, BIRTH, text.indexOf('A'), text.length), []);
  });

  it('looks for headers only where the window\'s keyword hits can be', () => {
    const text = 'x\nname,dob\nA,1990-01-02';
    assert.deepEqual(columnCells(text, 0, text.length, HINTS, BIRTH, 2).map((c) => text.slice(c.start, c.end)), ['1990-01-02']);
    assert.deepEqual(columnCells(text, 0, text.length, HINTS, BIRTH, 1), []);
    assert.equal(lastHeaderAt('a'.repeat(100), 60, 50), 10);
    assert.equal(lastHeaderAt('a'.repeat(100), 100, 50), 100);
  });

  it('reads a header once when the window holds several of its hints', () => {
    const named = columnNamed(['dob', 'date of birth']);
    assert.deepEqual(cells('dob,date_of_birth\n1990-01-02,1990-01-02', ['dob', 'birth'], named), ['1990-01-02', '1990-01-02']);
  });

  it('goes on to a second table after the first', () => {
    assert.deepEqual(cells('name,dob\nA,1990-01-02\n\nid;dob\n7;1991-01-02'), ['1990-01-02', '1991-01-02']);
  });
});

describe('tableColumns: SQL INSERT', () => {
  it('reads the named column of every VALUES tuple', () => {
    const sql = "INSERT INTO staff (id, name, dob, iban) VALUES\n  (17, 'Bernd, Sch.', '1971-09-14', 'DE87'),\n  (18, 'It''s (me)', '1988-02-29', NULL);";
    assert.deepEqual(cells(sql), ['1971-09-14', '1988-02-29']);
  });

  it('keeps an expression whole and skips tuples of another length', () => {
    const sql = "insert into t (`id`, `dob`) values (1, DATE '1990-01-02'), (2), (3, to_date('1991-01-02', 'YYYY-MM-DD'))";
    assert.deepEqual(cells(sql), ["DATE '1990-01-02'", "to_date('1991-01-02', 'YYYY-MM-DD')"]);
  });

  it('needs the column list: no header, no column', () => {
    assert.deepEqual(cells("INSERT INTO staff VALUES (1, '1971-09-14'); -- dob"), []);
    assert.deepEqual(cells("INSERT INTO staff (id, name) VALUES (1, 'dob')"), []);
  });

  it('stops at an unterminated string instead of reading on', () => {
    assert.deepEqual(cells("INSERT INTO t (id, dob) VALUES (1, '1990-01-02), (2, '1991-01-02')"), []);
  });
});

describe('tableColumns: keyword hits', () => {
  const hit = (text: string, word: string) => isColumnNameHit(text, text.toLowerCase().indexOf(word), word.length, BIRTH);

  it('accepts a hit that is a whole header cell or column-list entry', () => {
    assert.equal(hit('name,dob,state', 'dob'), true);
    assert.equal(hit('| id | Date of Birth |', 'birth'), true);
    assert.equal(hit('INSERT INTO t (id, customer_dob) VALUES', 'dob'), true);
    assert.equal(hit('id\tgeburtsdatum', 'geburtsdatum'), true);
  });

  it('rejects hits in code and prose', () => {
    assert.equal(hit('const adobe = 1;', 'dob'), false);
    assert.equal(hit('user.dob = x', 'dob'), false);
    assert.equal(hit('dob', 'dob'), false);
    assert.equal(hit('name,dob_verified', 'dob'), false);
    assert.equal(hit('Please send your date of birth, thanks', 'birth'), false);
    assert.equal(hit('const d = f(dob);', 'dob'), false);
    assert.equal(hit('x = {dob, name}', 'dob'), false);
  });
});

describe('columnWords', () => {
  it('splits ASCII names as the Unicode rules do', () => {
    const unicode = (name: string) =>
      name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    for (const name of ['dateOfBirth', 'date_of_birth', 'Date of Birth', 'DATE-OF-BIRTH', 'Geb.-Datum', 'phone2', 'addr2Line', 'HTTPServer', 'x', '', '  a  b ', 'customer.firstName', '__id__', 'A1b2C3']) {
      assert.deepEqual(columnWords(name), unicode(name), name);
    }
    assert.deepEqual(columnWords('Straße Nr'), ['straße', 'nr']);
    assert.deepEqual(columnWords('geburtsDatumÄlter'), ['geburts', 'datum', 'älter']);
  });
});
