import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'us-ssn': {
    positive: [
      { text: 'SSN: 536-90-4399', values: ['536-90-4399'] },
      { text: 'Employee record 412-55-1234 updated', values: ['412-55-1234'] },
    ],
    negative: ['078-05-1120', '123-45-6789', '000-12-3456', '666-12-3456', '912-12-3456', '536-00-4399', '536-90-0000', 'date 2023-10-1234', 'part 536-90-4399-01'],
  },
  'us-ssn-in-context': {
    positive: [
      { text: 'SSN 536904399', values: ['536904399'] },
      { text: 'social security number: 536 90 4399', values: ['536 90 4399'] },
    ],
    negative: ['id 536904399', 'SSN 078051120', 'SSN 1536904399'],
  },
  'us-ssn-column': {
    positive: [
      {
        text: 'name,ssn,dob,state\nDerek Holloway,268-20-2068,1989-07-17,OH\nNgozi Okonkwo,486 11 9985,1993-01-05,GA\nYuto Tanaka,302358543,1997-11-28,WA',
        values: ['486 11 9985', '302358543'],
      },
      { text: 'Employee\tSocial Security Number\nA. Kraus\t536904399', values: ['536904399'] },
      { text: 'INSERT INTO payroll (emp_id, employee_ssn) VALUES (4711, \'536904399\');', values: ['536904399'] },
      // A table lined up with spaces: the cell is the text under the header.
      {
        text: 'Employee                 SSN            DOB\nTran, Kimberly           536 90 4399    1994-02-17\nOkonkwo, Chidi A.        486119985      1979-10-09\n\nMail the forms.',
        values: ['536 90 4399', '486119985'],
      },
      { text: 'Name            DOB          SSN\n--------------  -----------  -----------\nAnna Berger     1988-04-12   536904399', values: ['536904399'] },
    ],
    negative: [
      // Issuance rules still apply: area 000/666/9xx, group 00, serial 0000, famous numbers.
      'name,ssn\nA,000123456\nB,666123456\nC,900123456\nD,536004399\nE,078051120',
      // Other columns, other shapes, or a column that only shares the word.
      'name,ssn,employee_id\nA,unknown,536904399',
      'name,ssn\nA,53690439\nB,5369043991\nC,536-904-399',
      'name,ssn_last4,zip\nA,4399,536904399',
      // Without a header nine digits are just a number.
      'name,id\nA,536904399',
      // Lined-up tables: other columns, failed issuance rules, prose under the header.
      'Name            SSN          Employee ID\nAnna Berger     n/a          536904399\nLi Wei          666123456    302358543',
      'Employee  SSN\nThe number 536904399 is on file.',
      'The SSN  field stays empty\nAnna Berger     536904399',
      'Name            Employee ID\nAnna Berger     536904399',
    ],
  },
};
