import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { nameLists } from '../../../src/engine/detectors/pii/nameLists';

const lists = nameLists();
const persons = (text: string) => scanText(text).findings.filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
/** Whether the detector reads the word alone as something else than a person. */
const ambiguous = (w: string) => lists.common.has(w.toLowerCase()) || lists.places.has(w.toLowerCase());
const missing = (names: readonly string[], set: ReadonlySet<string>) => names.filter((n) => !set.has(n));

describe('name lists: German names', () => {
  it('hold the frequent German given names of people born 1930–2015, both genders', () => {
    const given = [
      'Uwe', 'Jürgen', 'Günter', 'Günther', 'Detlef', 'Gerd', 'Heiko', 'Anke', 'Frauke', 'Horst', 'Dieter', 'Klaus', 'Manfred',
      'Rainer', 'Wolfgang', 'Helmut', 'Karl-Heinz', 'Hans-Jürgen', 'Ingrid', 'Ursula', 'Renate', 'Gisela', 'Heike', 'Silke',
      'Dörte', 'Birgit', 'Sabine', 'Kerstin', 'Katrin', 'Mandy', 'Ronny', 'Maik', 'Sven', 'Jens', 'Torsten', 'Thorsten', 'Dirk',
      'Björn', 'Lasse', 'Finn', 'Mia', 'Emma', 'Ben', 'Noah', 'Hannelore', 'Waltraud', 'Bärbel', 'Elke', 'Jutta', 'Ute',
      'Antje', 'Wiebke', 'Volker', 'Hartmut', 'Rüdiger', 'Holger', 'Carsten', 'Karsten',
    ];
    assert.deepEqual(missing(given, lists.first), []);
  });

  it('hold Austrian and Swiss given names and pet names', () => {
    assert.deepEqual(missing(['Sepp', 'Vinzenz', 'Resi', 'Vroni', 'Urs', 'Reto', 'Ueli', 'Vreni', 'Regula', 'Köbi'], lists.first), []);
  });

  it('hold the hundred commonest family names in Germany', () => {
    const family = `Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein
      Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann
      Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn
      Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
      Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas
      Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
      Pfeiffer`.split(/\s+/);
    assert.equal(family.length, 100);
    assert.deepEqual(missing(family, lists.last), []);
  });

  it('hold family names frequent in Germany of Turkish, Polish, Russian, Italian, Greek, Yugoslav and Arabic origin', () => {
    const family = [
      'Yıldırım', 'Yildirim', 'Şimşek', 'Erdoğan', 'Coşkun', 'Kamińska', 'Lewandowska', 'Wojciechowski', 'Iwanow', 'Iwanowa',
      'Petrova', 'Kusnezow', 'Schewtschenko', 'Friesen', 'Esposito', "D'Angelo", 'Papadopoulos', 'Papadopoulou', 'Georgiou',
      'Kovačević', 'Kovacevic', 'Đorđević', 'Hodžić', 'Al-Masri', 'Al-Khatib', 'Nasrallah',
    ];
    assert.deepEqual(missing(family, lists.last), []);
  });

  it('keep "O\'Brien" and "McDonald" whole, as the detector reads them', () => {
    assert.deepEqual(missing(["O'Brien", "O'Connor", 'McDonald'], lists.last), []);
  });
});

describe('name lists: names are not words or places', () => {
  it('reads "Smith", "Paul" and "Maria" as names: parts of "Fort Smith", "St. Paul" and "Santa Maria" are no places', () => {
    for (const w of ['Smith', 'Paul', 'Maria', 'Joseph', 'Martin', 'Jose', 'Clara']) assert.ok(!ambiguous(w), w);
    // The whole two-word name still is a place.
    for (const p of ['fort smith', 'santa maria', 'san jose', 'santa clara']) assert.ok(lists.placePhrases.has(p), p);
  });

  it('reads "Dave" as a name: only Alice and Bob of the security examples stand in for people', () => {
    for (const w of ['Dave', 'Mallory', 'Trent']) assert.ok(!ambiguous(w), w);
    for (const w of ['alice', 'bob']) assert.ok(lists.common.has(w), w);
  });

  it('reads towns named after people and small Italian villages as the names', () => {
    for (const w of ['Wilson', 'Jackson', 'Davis', 'Taylor', 'Tyler', 'Elizabeth', 'Renate', 'Bruno']) assert.ok(!ambiguous(w), w);
  });

  it('reads given names that are lower-case words in other languages as names', () => {
    // Months, colours and exonyms: "julio" (July), "isabelle" (a colour), "Malte" (Malta in French); "peter" (out).
    for (const w of ['Julio', 'Domingo', 'Isabelle', 'Celeste', 'Malte', 'Maurice', 'Dominique', 'Peter', 'Frank']) assert.ok(!ambiguous(w), w);
  });

  it('keeps the genuinely ambiguous words ambiguous', () => {
    for (const w of ['mark', 'rose', 'will', 'august', 'max', 'christian']) assert.ok(lists.common.has(w), w);
    for (const w of ['paris', 'florence', 'madison', 'orlando', 'berlin']) assert.ok(lists.places.has(w), w);
  });

  it('classes family and given names that are German nouns, adjectives or code words as ambiguous', () => {
    const words = [
      'Koch', 'Bauer', 'Richter', 'Kaiser', 'Stein', 'Winter', 'Sommer', 'Graf', 'Engel', 'Horn', 'Busch', 'Vogel', 'Fuchs',
      'Wolf', 'König', 'Keller', 'Jäger', 'Klein', 'Groß', 'Weiß', 'Schön', 'Corona', 'Roman', 'Wolfram', 'Else', 'Python',
    ];
    for (const w of words) {
      assert.ok(lists.first.has(w) || lists.last.has(w), `${w} is a name`);
      assert.ok(lists.common.has(w.toLowerCase()), `${w} is a word`);
    }
  });
});

describe('PERSON with the name lists', () => {
  it('does not take nouns that are family names for persons in German prose', () => {
    const prose = [
      'Im Winter kocht der Koch.',
      'Der Bauer und der Richter streiten sich.',
      'Kaiser Wilhelm war kein Jäger.',
      'Sommer, Sonne, Strand: Engel und Busch.',
      'Klein, aber fein. Schön, dass du da bist.',
      'Rauch und Sturm über dem Kern.',
      'Roman und Erzählung im Vergleich.',
      'Corona hat alles verändert.',
      'Else, wenn nichts passt.',
    ];
    for (const text of prose) assert.deepEqual(persons(text), [], text);
  });

  it('finds a given name with such a family name', () => {
    assert.deepEqual(persons('Ansprechpartner: Uwe Kaiser'), ['Uwe Kaiser']);
    assert.deepEqual(persons('Termin mit Frauke Sommer und Detlef Koch'), ['Frauke Sommer', 'Detlef Koch']);
    assert.deepEqual(persons('Mit freundlichen Grüßen\nKarl-Heinz Bauer'), ['Karl-Heinz Bauer']);
  });

  it('does not take the noun for a later mention of the person', () => {
    assert.deepEqual(persons('Anna Winter kommt morgen. Winter ist ihre liebste Jahreszeit.'), ['Anna Winter']);
  });

  it('finds German given names alone and family names named again', () => {
    assert.deepEqual(persons('Gestern hat Günter angerufen.'), ['Günter']);
    assert.deepEqual(persons('Peter hat angerufen.'), ['Peter']);
    assert.deepEqual(persons('John Smith wrote the patch. Smith also reviewed it.'), ['John Smith', 'Smith']);
  });

  it('does not read a sentence start and a programming language as a name', () => {
    assert.deepEqual(persons('My Python script fails on startup.'), []);
  });
});
