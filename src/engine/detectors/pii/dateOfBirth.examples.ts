import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'date-of-birth': {
    positive: [
      { text: 'Max Mustermann, geb. 12.03.1985 in Köln', values: ['12.03.1985'] },
      { text: 'Geburtsdatum: 1990-07-21', values: ['1990-07-21'] },
      { text: 'geboren am 3. März 1985', values: ['3. März 1985'] },
      { text: 'DOB: March 3, 1985', values: ['March 3, 1985'] },
      { text: 'She was born on 14 February 1979.', values: ['14 February 1979'] },
      { text: 'date of birth 07/04/1976', values: ['07/04/1976'] },
      // Day first is the only reading when the day is above 12.
      { text: 'Date of birth on file: 21/05/1994', values: ['21/05/1994'] },
      { text: 'DOB 21-05-1994', values: ['21-05-1994'] },
      { text: 'Date of Birth: 3rd May 1990', values: ['3rd May 1990'] },
      { text: 'born on the 22nd of November 1987', values: ['22nd of November 1987'] },
      { text: 'olu: born 14 march 1994 and still the youngest', values: ['14 march 1994'] },
      // Airline and passport style.
      { text: 'Passenger 1: MR RAHUL MEHTA  (DOB 15JUN1984)', values: ['15JUN1984'] },
      { text: 'geb. 1987/02/14', values: ['1987/02/14'] },
    ],
    negative: [
      'Rechnung vom 12.03.1985',
      'geb. 31.02.1985',
      'geboren 12.13.1985',
      'born 1850-01-01',
      'DOB: 2023-10-1',
      'geb. 1.2.3.4',
      // Neither reading is a date.
      'date of birth 31/31/1990',
      'born 30/02/1990',
      'DOB 31APR1984',
      'DOB 15XYZ1984',
      // A birth word, but the date belongs to something else further away.
      'Geburtsdatum bitte bis zum Termin nachreichen, spätestens am 12.03.2024.',
      '3rd May 2099 born',
      'git log --since 2024-01-15 # born of a refactor',
    ],
  },
  'date-of-birth-column': {
    positive: [
      {
        text: 'name,ssn,dob,state\nDerek Holloway,268-20-2068,1989-07-17,OH\nNgozi Okonkwo,486 11 9985,1993-01-05,GA',
        values: ['1989-07-17', '1993-01-05'],
      },
      {
        text: 'INSERT INTO mitarbeiter (id, name, geburtsdatum, iban) VALUES\n  (17, \'Bernd Schröder\', \'1971-09-14\', \'DE87\'),\n  (18, \'Małgorzata Lewandowska\', \'1988-02-29\', NULL);',
        values: ['1971-09-14', '1988-02-29'],
      },
      {
        text: '+-----+---------+------------+\n| id  | vorname | geburtstag |\n+-----+---------+------------+\n| 881 | Hüseyin | 1979-03-08 |\n| 882 | Greta   | 2001-12-24 |\n+-----+---------+------------+',
        values: ['1979-03-08', '2001-12-24'],
      },
      { text: '| Name | Date of Birth | Team |\n|---|---|---|\n| Ana Souza | 04/11/1990 | Ops |', values: ['04/11/1990'] },
      { text: 'Nachname;Vorname;Geb.-Datum\n"Weiß, Dr.";Anna;07.06.1969\nKrause;Jörg;13.12.1958', values: ['07.06.1969', '13.12.1958'] },
      { text: 'id\tcustomerDob\tcity\n7\t1975-05-30 00:00:00\tUlm', values: ['1975-05-30'] },
      // Lined up with spaces; a value may start a little off its header.
      {
        text: 'Employee                 SSN            DOB\nTran, Kimberly           536 90 4399    1994-02-17\nOkonkwo, Chidi A.        486119985        1979-10-09',
        values: ['1994-02-17', '1979-10-09'],
      },
      { text: 'Name            Geburtsdatum   Ort\nAnna Berger     12.04.1988     Ulm', values: ['12.04.1988'] },
    ],
    negative: [
      // Dates in other columns, or after the table ended.
      'name,dob,created_at\nDerek Holloway,not given,2023-07-17',
      'name,dob\nDerek,1989-07-17,extra,cells\nAna,1990-01-01',
      'name,dob\n\nDerek,1989-07-17',
      // A birth word in a column name that is not a birth date.
      'name,dob_verified,updated\nDerek,2023-07-17,2023-07-18',
      'name,birth_place,joined\nDerek,Leeds,2019-07-17',
      // Prose with commas is not a header.
      'Please send us your name, dob, and the date you started\nDerek, 1989-07-17, 2019-07-17',
      // Not a date, or not a birth date by the calendar.
      'name,dob\nDerek,1989-13-17\nAna,2999-01-01',
      'INSERT INTO users (id, dob) VALUES (1, \'unknown\'), (2, \'1990-02-30\');',
      'const adobe = load(dob); // dob, geb, birth\n1989-07-17',
      // Lined-up tables: another column, prose or code under a header-like line.
      'Name            DOB          Joined\nAnna Berger     n/a          2019-07-17',
      'Name  DOB\nWe will ask for the birth date on 1989-07-17.',
      'The DOB  is asked later\nAnna Berger     1989-07-17',
      'Name            DOB\nAnna Berger     1989-13-17',
    ],
  },
  'date-of-birth-reply': {
    positive: [
      {
        text: '[09:15] Agent: Können Sie mir bitte Ihr Geburtsdatum und Ihre Postleitzahl nennen?\n[09:16] Kunde: 17.08.1976, 50667',
        values: ['17.08.1976'],
      },
      { text: 'Bot: What is your date of birth?\nCustomer: 3 March 1985', values: ['3 March 1985'] },
      { text: 'Please confirm your DOB:\n21/05/1994', values: ['21/05/1994'] },
    ],
    negative: [
      // The reply is not a date, or the date does not open the reply.
      'Agent: Ihr Geburtsdatum bitte?\nKunde: moment, ich schau nach. Termin war 17.08.2020',
      // The date answers the next question, not the one about the birth date.
      'Agent: Geburtsdatum?\nKunde: weiß ich nicht\nAgent: Wann war der Schaden?\nKunde: 17.08.2023',
      // No question.
      'Geburtsdatum wird nicht gespeichert.\n17.08.1976 ist nur ein Beispiel',
      'Agent: Wann haben Sie Geburtstag?\nKunde: 31.02.1976',
    ],
  },
};
