import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'person-name': {
    positive: [
      { text: 'Anna Schmidt hat angerufen.', values: ['Anna Schmidt'] },
      { text: 'Sehr geehrter Herr Yılmaz, anbei die Unterlagen.', values: ['Yılmaz'] },
      { text: 'Viele Grüße\nAyşe Demir', values: ['Ayşe Demir'] },
      { text: 'Ludwig van Beethoven und Łukasz Nowak', values: ['Ludwig van Beethoven', 'Łukasz Nowak'] },
      { text: 'Hi Carlos, the build is green.', values: ['Carlos'] },
      { text: 'Dear Mrs. Okafor,', values: ['Okafor'] },
      { text: 'Hi Dimitrios,\nthe invoice is attached.', values: ['Dimitrios'] },
      { text: 'Hello Oisin,\n\nyour parcel left the depot.', values: ['Oisin'] },
      { text: 'Termin mit Frau Nguyễn am Montag.', values: ['Nguyễn'] },
      { text: 'Kevin McAllister and Fiona MacLeod joined.', values: ['Kevin McAllister', 'Fiona MacLeod'] },
      { text: 'Kai-Uwe Brenner rief gestern an.', values: ['Kai-Uwe Brenner'] },
      { text: 'Interviews with Hye-jin Park and Park Ji-sung.', values: ['Hye-jin Park', 'Park Ji-sung'] },
      { text: 'Payroll change for Nguyen Van Duc and Trần Thị Mai.', values: ['Nguyen Van Duc', 'Trần Thị Mai'] },
      // "ơ" and "ư" are Latin Extended-B letters.
      { text: 'Ansprechpartner ist Dương Văn Minh, Rückfragen an Lưu Đức Anh.', values: ['Dương Văn Minh', 'Lưu Đức Anh'] },
      { text: 'Dear Professor Raghunathan,', values: ['Raghunathan'] },
      { text: 'Sehr geehrte Frau Dr. med. Weber,', values: ['Weber'] },
      { text: 'Alles Liebe\nTante Gisela', values: ['Gisela'] },
      { text: 'Dear Mr. J. Smith,', values: ['J. Smith'] },
    ],
    negative: [
      'Die Karl-Marx Allee ist gesperrt.', 'Meet at the Walk-in Park gate.', 'Herr Professor, bitte.',
      'Onkel Dagobert und die Officer Training Days', 'Siehe Anhang B. Übersicht', 'Hyde Park and Stanley Park',
      'Herr der Ringe', 'Frau Holle schüttelt die Betten.', 'Die Bank hat zwei Mark verlangt.', 'Hallo Team, Hallo zusammen',
      'class JsonParser extends BaseParser {}', 'in Paris', 'Meet me at Jackson Square or on Lincoln Road.',
      'Die Umleitung führt über die Clara Straße.', 'Ihr Auftrag bei Becker Haustechnik wurde angenommen.',
      'Hallo Welt!', 'Liebe Eltern,', 'Dear Customer,', 'Hello World,', 'Offices on Grant Avenue and Howard Street.',
    ],
  },
  'person-in-context': {
    positive: [
      { text: 'Name: Zeynep', values: ['Zeynep'] },
      { text: 'Prof. Dr. Hartmann liest.', values: ['Hartmann'] },
      { text: 'Ich habe mit Mehmet gesprochen.', values: ['Mehmet'] },
      { text: 'Thanks,\nEmily', values: ['Emily'] },
      { text: 'Mrs. Okafor will join.', values: ['Okafor'] },
      { text: 'Viele Grüße\nA. Kraus', values: ['A. Kraus'] },
      { text: 'Im Auftrag\nWeber, KHK', values: ['Weber'] },
      { text: 'Kunde: Krüger, Heinz', values: ['Krüger, Heinz'] },
      { text: 'The case is closed.\n\nPC J. Harrington', values: ['J. Harrington'] },
      { text: 'Sehr geehrte Frau M. Schneider,', values: ['M. Schneider'] },
      { text: 'Liebe Jelena, lieber Marko,', values: ['Marko'] },
    ],
    negative: [
      'the pc register and a PC Monitor', 'z. B. Weber hat recht', 'Im Auftrag des Kunden', 'Kontakt: Vertrieb, Heinz','name: string', 'Kunde: Die Firma', 'Thanks,\nThe Team', 'mit Paris telefoniert', 'ich glaube, mein Name ist Hase', 'Empfänger: Lorenz Gartenbau, Kto. 123'],
  },
  'person-mention': {
    positive: [
      { text: 'Attendees: Priya Raman, Jonas Weber\n- Priya: budget draft\n- Jonas owns the rollout', values: ['Priya', 'Jonas'] },
      { text: 'Bitte melde dich bei Anna Kowalczyk.\nKowalczyk ist ab Montag wieder da.', values: ['Kowalczyk'] },
      { text: 'ben: hast du die Zahlen?\nfrida: ja, gleich\nben: super', values: ['ben', 'frida', 'ben'] },
      { text: 'Die Unterlagen kommen morgen.\n\nBis später!\nLeonie', values: ['Leonie'] },
      { text: 'Schick mir kurz Bescheid.\n– Jannik', values: ['Jannik'] },
      { text: '[10:02] mara: läuft der Build?\n[10:03] tim: ja\n[10:04] mara: danke', values: ['mara', 'tim', 'mara'] },
      { text: 'olu: happy birthday marta!!\nmarta: thanks!!\nolu: :)', values: ['olu', 'marta', 'marta', 'olu'] },
      { text: 'lisa: hat jemand die nummer?\ntobi: ja, herr kaminski\nlisa: danke!', values: ['lisa', 'kaminski', 'lisa'] },
      { text: 'Hey Aoife,\nBjörn, Aoife runs the team.', values: ['Aoife'] },
    ],
    negative: [
      'herr kaminski kommt morgen, frau nowak auch',
      '[1, 2,\n[3]] x: y\n[4, 5] kai: no\n[6] kai: again',
      'Subject: report\nDate: today\nStatus: open',
      'kind: Service\nkind: Deployment\nversion: 2',
      'Sabine Hoffmann\nHoffmann Bau GmbH',
      'IBAN: DE00 0000\nBank: Sparkasse\nBIC: XXX',
      'note: first\nnote: second\ntodo: third',
    ],
  },
  'person-column': {
    positive: [
      { text: 'Vorname      Nachname        Abteilung\nUwe          Kaiser          Vertrieb\nAnke         Jürgensen       Einkauf', values: ['Uwe', 'Kaiser', 'Anke', 'Jürgensen'] },
      { text: 'id | vorname | nachname | plz\n---+---------+----------+-----\n 1 | Jolanta | Wróbel   | 10115', values: ['Jolanta', 'Wróbel'] },
      { text: 'customer_name,city\nTobias Engel,Hamburg\nMaren Voss,Kiel', values: ['Tobias Engel', 'Maren Voss'] },
    ],
    negative: [
      'product_name,price\nSuper Widget,12\nMega Gadget,20',
      'name,version\nreact,18.2.0\nvue,3.4.0',
      'file_name;size\nReport Final;12',
    ],
  },
  'person-key': {
    positive: [
      { text: "const staff = [{ id: 7, name: 'Ingrid Solberg', role: 'admin' }];", values: ['Ingrid Solberg'] },
      { text: '{"firstName": "Mateusz", "lastName": "Zając"}', values: ['Mateusz', 'Zając'] },
      { text: "UPDATE t SET x = 1 WHERE full_name = 'Rowan Whitfield';", values: ['Rowan Whitfield'] },
    ],
    negative: [
      "{ name: 'Build Output', value: 1 }",
      "const pkg = { name: 'left-pad' };",
      '"packageName": "Lodash Utils"',
      "{ displayName: 'Anna Schmidt' }",
    ],
  },
  'person-after-label': {
    positive: [
      { text: 'Invoice 17\nBill to:\nCaoimhe Donnelly\n4 Quay Street', values: ['Caoimhe Donnelly'] },
      { text: 'Present: Ruth Adeyemi (Chair), Tadeusz Nowicki, Lin Qiao', values: ['Ruth Adeyemi', 'Tadeusz Nowicki', 'Lin Qiao'] },
      { text: 'Geprüft durch: B. Lorenz', values: ['B. Lorenz'] },
      { text: 'Passenger 2: MRS PRIYA NAIR  (DOB 01JAN1990)', values: ['PRIYA NAIR'] },
      { text: 'Present: Ruth Adeyemi and Tadeusz Nowicki', values: ['Ruth Adeyemi', 'Tadeusz Nowicki'] },
      { text: 'Teilnehmer: Krüger, Heinz; Özdemir, Cem', values: ['Krüger, Heinz', 'Özdemir, Cem'] },
      { text: 'Name: MÜLLER, ANNA', values: ['MÜLLER, ANNA'] },
    ],
    negative: [
      'Present: Anna, Tom, Lisa',
      'Present: all members of the board',
      'Name: Max Mustermann',
      'Bill to: Acme Holdings, 4 Quay Street',
      'const x = { name: "Anna Schmidt" }',
      'Approved by: Finance Team',
    ],
  },
};
