import * as assert from 'node:assert/strict';
import { createRegistry, scanText } from '../../../src/engine';
import { personInContext, personName } from '../../../src/engine/detectors/pii/person';
import { personCorpus } from './personCorpus';
import { scorePersons } from './personScore';

const registry = createRegistry([personName, personInContext]);
const names = (text: string) => scanText(text, {}, registry).findings.map((f) => text.slice(f.start, f.end));
/** PERSON findings of the whole default engine, as text. */
const all = (text: string) => scanText(text).findings.filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('PERSON on the labelled DE/EN set', () => {
  it('has a set worth measuring: enough sentences, names and hard negatives', () => {
    assert.ok(personCorpus.length >= 60);
    assert.ok(personCorpus.filter((s) => s.names.length === 0).length >= 20);
    for (const s of personCorpus) for (const n of s.names) assert.ok(s.text.includes(n), `${n} not in ${s.text}`);
  });

  it('reaches precision >= 0.85 and recall >= 0.85 (exact spans)', () => {
    const score = scorePersons(personCorpus);
    const detail = `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}\n${score.errors.join('\n')}`;
    assert.ok(score.precision >= 0.85, detail);
    assert.ok(score.recall >= 0.85, detail);
  });
});

describe('PERSON rules', () => {
  it('leaves the salutation out of the span', () => {
    assert.deepEqual(names('Sehr geehrte Frau Dr. Schmidt,'), ['Schmidt']);
  });

  it('does not take a German article plus noun for a name', () => {
    assert.deepEqual(names('Die Bank und der Markt und das Haus.'), []);
  });

  it('needs a known given name for greetings ("Hallo Welt" is no person)', () => {
    assert.deepEqual(names('Hallo Welt!'), []);
    assert.deepEqual(names('Hallo Jonas!'), ['Jonas']);
  });

  it('ignores code identifiers: camelCase, property access, calls', () => {
    assert.deepEqual(names('const AnnaSchmidt = obj.Anna.Schmidt; Anna(Schmidt);'), []);
  });

  it('keeps names with Turkish, Polish and Latin Extended letters exact', () => {
    const text = 'Gestern: Ayşe Yılmaz, Łukasz Wiśniewski, Zoë Müller-Lüdenscheidt.';
    assert.deepEqual(names(text), ['Ayşe Yılmaz', 'Łukasz Wiśniewski', 'Zoë Müller-Lüdenscheidt']);
  });

  it('takes initials into the name, but not the second half of "z. B." or "i. A."', () => {
    assert.deepEqual(names('Sehr geehrte Frau M. Schneider,'), ['M. Schneider']);
    assert.deepEqual(names('Termin mit Anna B. Schmidt'), ['Anna B. Schmidt']);
    assert.deepEqual(names('z. B. Weber hat recht'), []);
  });

  it('reads "Professor", academic degrees, kin words and police ranks as what stands before a name', () => {
    assert.deepEqual(names('Dear Professor Raghunathan,'), ['Raghunathan']);
    assert.deepEqual(names('Herr Professor, bitte.'), []);
    assert.deepEqual(names('Sehr geehrte Frau Dr. rer. nat. Klein,'), ['Klein']);
    assert.deepEqual(names('Alles Liebe\nTante Gisela'), ['Gisela']);
    assert.deepEqual(names('Officer Training starts today.'), []);
    assert.deepEqual(names('Closed.\n\nPC Harrington'), ['Harrington']);
    assert.deepEqual(names('a pc register and a PC Monitor'), []);
  });

  it('accepts a hyphenated given name only before a listed family name', () => {
    assert.deepEqual(names('Kai-Uwe Brenner rief an.'), ['Kai-Uwe Brenner']);
    assert.deepEqual(names('Die Max-Planck Institute tagen.'), []);
  });

  it('reads Korean and Vietnamese names in their own order, and tells them from English compounds', () => {
    assert.deepEqual(names('Panel: Hye-jin Park and Moon Jae-in'), ['Hye-jin Park', 'Moon Jae-in']);
    assert.deepEqual(names('Use the Check-in Kim desk or the Walk-in Park gate.'), []);
    assert.deepEqual(names('for Nguyen Van Duc (employee 3318)'), ['Nguyen Van Duc']);
  });

  it('joins "family name, given name" only after a label', () => {
    assert.deepEqual(names('Kunde: Krüger, Heinz'), ['Krüger, Heinz']);
    assert.deepEqual(names('Sehr geehrter Herr Krüger, Heinz hat angerufen.'), ['Krüger', 'Heinz']);
  });

  it('finds the same name at any offset of a long input (region edges)', () => {
    const filler = 'x = 1;\n'.repeat(20000);
    const text = `${filler}Kontakt: Anna Schmidt\n${filler}`;
    const [f] = scanText(text, {}, registry).findings;
    assert.equal(text.slice(f.start, f.end), 'Anna Schmidt');
  });
});

describe('PERSON in lists and transcripts', () => {

  it('reads "family name, given name" items of a list, in capitals too, and leaves lists of given names alone', () => {
    assert.deepEqual(all('Teilnehmende: Krüger, Heinz; MÜLLER, ANNA; Novak, Petra'), ['Krüger, Heinz', 'MÜLLER, ANNA', 'Novak, Petra']);
    assert.deepEqual(all('Present: Krüger, Heinz, Özdemir, Cem'), ['Krüger, Heinz', 'Özdemir, Cem']);
    assert.deepEqual(all('Present: Anna, Tom, Lisa'), []);
  });

  it('keeps list items exact after separators longer than a comma', () => {
    assert.deepEqual(all('Present: Ruth Adeyemi and Tadeusz Nowicki & Lin Qiao'), ['Ruth Adeyemi', 'Tadeusz Nowicki', 'Lin Qiao']);
  });

  it('finds lower-case names in a transcript\'s messages, but not outside a transcript', () => {
    const chat = 'lisa: hat jemand die nummer?\ntobi: ja, herr kaminski\nlisa: danke!\nmarta: hi lisa';
    assert.deepEqual(all(chat), ['lisa', 'kaminski', 'lisa', 'marta', 'lisa']);
    assert.deepEqual(all('ja, herr kaminski kommt, sag lisa bescheid'), []);
  });
});

describe('PERSON from the shape of letters, mails, chats and tables', () => {

  it('reads the name below a salutation that stands alone in an address block', () => {
    assert.deepEqual(all('Rentenversicherung Bund\n\nFrau\nWang Jiahui\nHans-Sachs-Str. 3'), ['Wang Jiahui']);
    assert.deepEqual(all('Herrn\r\nIkechukwu Nwachukwu\r\nEppendorfer Weg 211'), ['Ikechukwu Nwachukwu']);
    assert.deepEqual(all('Bitte an Frau\nDie Buchhaltung weitergeben.'), []);
  });

  it('takes "Familie" before an unlisted family name, but not before a noun', () => {
    assert.deepEqual(all('1. Familie Hödl – Telefonkette'), ['Hödl']);
    assert.deepEqual(all('Die Familie Zusammenhalt ist wichtig.'), []);
  });

  it('reads a display name before a mail address, but not a robot\'s', () => {
    assert.deepEqual(all('bitte auch an Imke Oltmanns-Rademacher <imke@oltmanns-rademacher.de> senden'), ['Imke Oltmanns-Rademacher']);
    assert.deepEqual(all('From: Build Bot <noreply@github.com>'), []);
  });

  it('reads names after a role noun in apposition and with inner capitals', () => {
    assert.deepEqual(all('Manager DeShawn Carter approved the move.'), ['DeShawn Carter']);
    assert.deepEqual(all('Case 1: cardholder Giorgos Antoniadis, card ending 4412'), ['Giorgos Antoniadis']);
    assert.deepEqual(all('The Manager Settings Panel shows the Account Overview.'), []);
  });

  it('reads Chinese and Vietnamese names family name first, whole', () => {
    assert.deepEqual(all('Zhang Xiaoyu builds the lakehouse.'), ['Zhang Xiaoyu']);
    assert.deepEqual(all('Your advisor will be Dr Chen Haoran.'), ['Chen Haoran']);
    assert.deepEqual(all('sponsor: Mr. Phạm Quốc Huy of the fund'), ['Phạm Quốc Huy']);
  });

  it('leaves firms, dates and saints\' places alone', () => {
    assert.deepEqual(all('Empfänger: Stadtwerke Rheinhessen GmbH'), []);
    assert.deepEqual(all('Date:   Thu Aug 15 18:02:44 2024 -0500'), []);
    assert.deepEqual(all('St. Pierre und Miquelon, St. Vincent und die Grenadinen'), []);
    assert.deepEqual(all('Sabine Ashdown runs it.\nInvoice from Ashdown & Pembridge Ltd'), ['Sabine Ashdown']);
  });

  it('reads a chat export\'s headers and the speakers addressed in lower case or by @handle', () => {
    const chat = 'Jens Krämer  09:12\nist staging down?\nElif Karataş  09:13\nburak hat nginx neu gestartet\n' +
      'Burak Çelik  09:13\njup\nElif Karataş  09:15\n@jens kannst du burak anrufen?';
    assert.deepEqual(all(chat), ['Jens Krämer', 'Elif Karataş', 'burak', 'Burak Çelik', 'Elif Karataş', 'jens', 'burak']);
    const teams = 'Dimitrios Tsoukalas 14:31: db is full\nHarpreet Singh 14:33: moving it\nDimitrios Tsoukalas 14:34: thx harpreet';
    assert.deepEqual(all(teams), ['Dimitrios Tsoukalas', 'Harpreet Singh', 'Dimitrios Tsoukalas', 'harpreet']);
    // A log with times is no chat: no listed given name among its "speakers".
    assert.deepEqual(all('Build Started  10:02\nTests Passed  10:04\nBuild Started  10:09\nbuild ok'), []);
  });

  it('reads "family name, given name" as a line\'s first cell, and its later mentions', () => {
    const table = 'Name                SSN\nTran, Kimberly      609 13 5520\n"O\'Sullivan, Declan",declan@osullivan.ie\n\nKimberly moved in January.';
    assert.deepEqual(all(table), ['Tran, Kimberly', 'O\'Sullivan, Declan', 'Kimberly']);
    assert.deepEqual(all('Berlin, Germany\nParis, Texas'), []);
  });

  it('finds later mentions of names that a label introduced', () => {
    assert.deepEqual(all('Teilnehmende: Sridhar Balasubramanian, Jörg Wittkamp\n\nSridhar klärt das mit dem Dienstleister.'),
      ['Sridhar Balasubramanian', 'Jörg Wittkamp', 'Sridhar']);
  });
});

describe('PERSON in bookings, forms, bylines and support chats', () => {

  it('reads a list written one item per line below its label, with titles, capitals and FAMILY/GIVEN', () => {
    assert.deepEqual(all('Reisende:\n1. MR KONSTANTINOS PAPADAKIS\n2. MISS IRINI PAPADAKI (Kind)\n\nHinflug'), ['KONSTANTINOS PAPADAKIS', 'IRINI PAPADAKI']);
    assert.deepEqual(all('Passengers:\n  1. BALASUBRAMANIAN/SRIDHAR MR\n  2. BALASUBRAMANIAN/LAKSHMI MRS'), ['BALASUBRAMANIAN/SRIDHAR', 'BALASUBRAMANIAN/LAKSHMI']);
    assert.deepEqual(all('Steps:\n1. Install Node\n2. Run Tests'), []);
  });

  it('reads the name-part fields of a form line', () => {
    assert.deepEqual(all('Applicant last name: Whitfield      First: Shawna      Middle: Renee'), ['Whitfield', 'Shawna', 'Renee']);
  });

  it('reads bylines and labels without a colon after "by", and keeps the colon form', () => {
    assert.deepEqual(all('Reviewed by Hyacinth Oyelaran-Briggs, Croydon'), ['Hyacinth Oyelaran-Briggs']);
    assert.deepEqual(all('Verified by: K. Osei'), ['K. Osei']);
    assert.deepEqual(all('    Co-authored-by: Íñigo Etxeberria <inigo.etxeberria@ledgerly.io>'), ['Íñigo Etxeberria']);
  });

  it('reads a name in capitals above an address and a support agent in brackets', () => {
    assert.deepEqual(all('MARISOL ESPINOZA-REYES\n3915 W ALAMEDA AVE'), ['MARISOL ESPINOZA-REYES']);
    assert.deepEqual(all('GRACE PERIOD\nno address below'), []);
    assert.deepEqual(all('Agent (Maya): Thanks for waiting.'), ['Maya']);
  });
});

describe('PERSON: mail headers, kin and care words, accents, and what only looks like a name', () => {

  it('reads names after mail-header labels, kin words, care roles and "Dr" without a dot', () => {
    assert.deepEqual(all('From: Catriona Fraser (Illustration & Design)'), ['Catriona Fraser']);
    assert.deepEqual(all('regarding your son Yusuf\'s attendance'), ['Yusuf']);
    assert.deepEqual(all('Heute kommt Pfleger Tomasz.'), ['Tomasz']);
    assert.deepEqual(all('GP: Dr A. Mahmood, Tilehurst Surgery'), ['A. Mahmood']);
    assert.deepEqual(all('Mit freundlichen Grüßen\nIm Auftrag\nRitter'), ['Ritter']);
  });

  it('finds a given name written with accents that the lists hold without, before a listed family name', () => {
    assert.deepEqual(all('02 Sep   SEPA CT Ciarán Doherty – rent share'), ['Ciarán Doherty']);
    assert.deepEqual(all('Malá Bylanská, Malá Houdova'), []);
  });

  it('leaves firms named after people, streets, house names, robots\' mailboxes and customer services alone', () => {
    assert.deepEqual(all('Goldman Sachs, Morgan Stanley and Wells Fargo rose.'), []);
    assert.deepEqual(all('Home address: 1840 Martin Luther King Jr Blvd, Unit 12'), []);
    assert.deepEqual(all('From: Deshpande Precision Components Pvt. Ltd'), []);
    assert.deepEqual(all('From: Graduate Admissions <gradadmit@uwaterloo.ca>'), []);
    assert.deepEqual(all('Kind regards,\nMegan Whitfield\nCustomer Care'), ['Megan Whitfield']);
    assert.deepEqual(all('Date:   Thu Aug 15 18:02:44 2024 -0500\nSão Tomé und Príncipe'), []);
  });
});

describe('PERSON in WhatsApp, Slack and bracketed chat exports', () => {

  it('reads speakers of one to three words after an export\'s time stamp, and the addressed given names', () => {
    const android = '10/5/24, 7:14 AM - Kofi Mensah: morning all\n10/5/24, 7:15 AM - Ama: who brings the cake\n' +
      '10/5/24, 7:16 AM - Kofi Mensah: me\n10/5/24, 7:21 AM - Ama: ok\n10/5/24, 7:30 AM - Kofi Mensah: see you ama';
    assert.deepEqual(all(android), ['Kofi Mensah', 'Ama', 'Kofi Mensah', 'Ama', 'Kofi Mensah', 'ama']);
    const bracketed = '[2024-08-29 16:45] Priya Raman: pasted a key\n[2024-08-29 16:47] Priya Raman: hamish please delete it\n[2024-08-29 16:53] Hamish MacLeod: thanks priya';
    assert.deepEqual(all(bracketed), ['Priya Raman', 'Priya Raman', 'hamish', 'Hamish MacLeod', 'priya']);
  });

  it('reads a Slack header with the name in bold', () => {
    assert.deepEqual(all('**Sun-Hee Park** 11:05\nschau gleich\n**Jonas Weber** 11:06\nok\n**Sun-Hee Park** 11:07\ndanke jonas'),
      ['Sun-Hee Park', 'Jonas Weber', 'Sun-Hee Park', 'jonas']);
  });

  it('takes no header lines of a protocol for speakers', () => {
    assert.deepEqual(all('Content-Type: json\nX-Request-Id: 42\nHost Name: foo\nContent-Type: xml'), []);
    assert.deepEqual(all('12.03.2024, 18:43 - Build: ok\n12.03.2024, 18:44 - Deploy: ok\n12.03.2024, 18:45 - Build: failed'), []);
  });
});

describe('PERSON: placeholders, bookings without a colon, inverted labels and given-name lists', () => {

  it('takes stand-in names for no one, and no later mention of them either', () => {
    assert.deepEqual(all('I store names as "Doe, John" and need "John Doe" for the greeting. John asked.'), []);
    assert.deepEqual(all('Name: Max Mustermann\nName: Jane Roe'), []);
  });

  it('reads passenger lists below a heading without a colon, numbered or not', () => {
    assert.deepEqual(all('Reisende\n1. BALCI/HAKAN MR      Ticket 235-2419883140\n2. BALCI/NERMIN MRS    Ticket 235'), ['BALCI/HAKAN', 'BALCI/NERMIN']);
    assert.deepEqual(all('PASSENGERS\nSANTOS/JOAO PEDRO MR     E-ticket 047\nSANTOS/GABRIELA MRS'), ['SANTOS/JOAO PEDRO', 'SANTOS/GABRIELA']);
    assert.deepEqual(all('Visa **** 8952, Karteninhaber HAKAN BALCI'), ['HAKAN BALCI']);
  });

  it('reads family-name-first values where the label says so, and lists of children\'s given names', () => {
    assert.deepEqual(all('Legal name (Last, First, MI):  WASHINGTON, JAMAL T.'), ['WASHINGTON, JAMAL T.']);
    assert.deepEqual(all('Name, Vorname: SCHMIDT-ALVES, RAFAEL'), ['SCHMIDT-ALVES, RAFAEL']);
    assert.deepEqual(all('Kinder: Ava (geb. 2017), Kian (geb. 2020)'), ['Ava', 'Kian']);
  });

  it('strips police ranks, but takes no department for a name', () => {
    assert.deepEqual(all('Sachbearbeiter: POK Weißgerber'), ['Weißgerber']);
    assert.deepEqual(all('Requested by Sandra Müller, HR Ops.'), ['Sandra Müller']);
  });
});

describe('PERSON: repeated full names, bylines, trailing initials and names joined by "und"', () => {

  it('reads a full name written again as one mention', () => {
    assert.deepEqual(all('From: Catriona Fraser (Design)\n\nPay to:\nCatriona Fraser, NatWest'), ['Catriona Fraser', 'Catriona Fraser']);
  });

  it('reads names after "by", with a family name\'s initial, and the last of a run before "und"', () => {
    assert.deepEqual(all('Clerk of the Court, by J. Abernathy, Deputy'), ['J. Abernathy']);
    assert.deepEqual(all('Quick hack by Reza – do not commit'), ['Reza']);
    assert.deepEqual(all('Einverständnis von Mateo und Sophie K. – bitte'), ['Mateo', 'Sophie K.']);
    assert.deepEqual(all('"Geschenk Hochzeit Chiara und Luca"'), ['Chiara', 'Luca']);
    assert.deepEqual(all('Kaiser Wilhelm war kein Jäger.'), []);
  });
});
