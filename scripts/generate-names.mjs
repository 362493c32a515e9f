#!/usr/bin/env node
// Builds src/engine/detectors/pii/data/names.generated.ts from name lists that npm
// packages ship (faker's locale data, cspell's people-names dictionary), so that the
// PERSON detector needs no model and nothing at run time. Run: node scripts/generate-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { allLocales } = await import('@faker-js/faker');

/** Latin script only: the detector looks for capitalised Latin words. */
const LATIN_NAME = /^[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zà-öø-ÿĀ-ɏ]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ɏ]?[a-zà-öø-ÿĀ-ɏ]+)?$/u;

const flat = (x) => (x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const first = new Set();
const last = new Set();
for (const locale of Object.values(allLocales)) {
  const person = locale.person;
  if (!person) continue;
  for (const n of flat(person.first_name)) for (const part of String(n).split(' ')) if (LATIN_NAME.test(part)) first.add(part);
  for (const n of flat(person.last_name)) for (const part of String(n).split(' ')) if (LATIN_NAME.test(part)) last.add(part);
}

// Frequent given names of Arabic, Turkish, Persian, Kurdish, South Asian and African
// origin in their usual Latin spellings, which faker's Latin-script locales lack.
const SUPPLEMENT_FIRST = `Ayşe Ahmet Mustafa Hüseyin Hasan İbrahim Ibrahim Yusuf Emre Burak Murat Ömer Elif Zeynep
Fatma Emine Hatice Merve Büşra Esra Özlem Gül Gülşen Cem Can Deniz Serkan Volkan Kemal Orhan Selin Yasemin Tuğba
Mohamed Mohammad Muhammed Mahmoud Mahmud Abdullah Abdul Ali Omar Umar Khalid Khaled Karim Samir Tarek Tariq Youssef
Yousef Hamza Bilal Rami Nabil Walid Jamal Layla Leila Aisha Aischa Amira Mariam Maryam Nour Noor Rania Salma Samira Yasmin
Huda Hanan Zainab Reza Mehdi Hossein Parisa Shirin Dariush Arash Navid Azadeh Roya Kaveh Babak Kian Soraya
Rajesh Ramesh Suresh Sunil Anil Vikram Arjun Rahul Rohan Amit Sanjay Deepak Pooja Anjali Kavya Divya Lakshmi Sunita
Neha Shreya Aditi Ananya Ravi Kiran Vijay Anand Harpreet Gurpreet Manpreet Sandeep Imran Farhan Ayesha Saima Nadia
Chidi Chinedu Emeka Ngozi Adaeze Oluwaseun Olumide Tunde Kwame Kofi Ama Abena Yaw Amara Thabo Sipho Zanele Wanjiru
Jakub Łukasz Bartosz Grzegorz Krzysztof Wojciech Małgorzata Agnieszka Katarzyna Dorota Joanna Magdalena
Wei Li Ming Jing Xiaoming Yan Hui Jun Hiroshi Takeshi Yuki Haruto Sakura Minh Thi Linh Duc Hoa`.split(/\s+/);
for (const n of SUPPLEMENT_FIRST) first.add(n);

// Given names of Irish, Welsh, Greek, Slavic, Indian, West African, Korean, Chinese and
// Vietnamese origin that the sources above miss; short syllables that are also English
// words ("Hung", "Min") are left out.
const SUPPLEMENT_FIRST_2 = `Gareth Siddharth Giorgos Konstantinos Aoife Siobhan Saoirse Niamh Ciaran Oisin Padraig Rhys Owain Gethin
Dafydd Bronwen Carys Cerys Sian Priyanka Sneha Ankit Nikhil Varun Shruti Swati Pradeep Venkat Raghav Vivek Abhishek
Aravind Hemant Manish Sudhir Oluwadamilare Chukwuemeka Obinna Ifeanyi Uchenna Folake Efua Nkechi Dimitris Dimitrios
Nikos Yiannis Vasilis Panagiotis Stavros Thanasis Katerina Sotiris Pawel Zbigniew Milos Snezana Dmytro Andriy
Aleksandr Dmitry Oksana Yuto Haruki Sota Riku Yui Hina Mei Xiu Zhen Jian Huong Tuan Phuong Tamika Hyun Jae Yeon
Jisoo Minjun Seojun Jiwoo Soyeon Jiyeon Hyejin Eunji Sungmin Xiaoling Meiling Jiahui Yiming Zhiwei Ngoc Thuy Hanh`.split(/\s+/);
for (const n of SUPPLEMENT_FIRST_2) first.add(n);

const SUPPLEMENT_LAST = `Yılmaz Yildiz Yıldız Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin Arslan Doğan Dogan Kılıç Kilic
Aslan Çetin Kara Koç Kurt Özdemir Ozdemir Erdoğan Polat Güneş Aksoy Acar Keskin Tekin Ateş Bulut Korkmaz
Haddad Khoury Nasser Mansour Saleh Hussein Hassan Ahmadi Hosseini Karimi Rahimi Rezaei Moradi Mohammadi Jafari
Sharma Patel Singh Kumar Gupta Mehta Iyer Nair Reddy Rao Menon Chatterjee Banerjee Mukherjee Agarwal Joshi Kapoor Malhotra
Okafor Okonkwo Adeyemi Balogun Mensah Owusu Boateng Nkosi Dlamini Kamau Otieno Mwangi
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
Nguyen Tran Pham Hoang Huynh Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Sun Tanaka Suzuki Takahashi Watanabe Kim Park`.split(/\s+/);
for (const n of SUPPLEMENT_LAST) last.add(n);

const cspell = readFileSync(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt'), 'utf8');
for (const line of cspell.split('\n')) {
  const n = line.trim();
  if (n && !n.startsWith('#') && LATIN_NAME.test(n)) last.add(n);
}

// Words that are also names: the detector treats a name token that is one of them as
// ambiguous ("Mark" the currency, "Rose" the flower, "Will" the verb, "Paris" the city).
const common = new Set();
const places = new Set();
const addTo = (set) => (list) => {
  for (const w of list) for (const part of String(w).toLowerCase().split(/[\s-]+/)) if (part.length > 1) set.add(part);
};
const addWords = addTo(common);
// Multi-word places ("São Paulo", "Santa Clara") whose words would pass as given and family name.
const phrases = new Set();
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const addPlaces = (list) => {
  addTo(places)(list);
  for (const w of list) {
    const p = String(w).toLowerCase();
    if (/^[\p{L}]+ [\p{L}]+$/u.test(p)) {
      phrases.add(p);
      phrases.add(fold(p));
    }
  }
};
for (const code of ['en', 'de', 'fr', 'es', 'it', 'nl']) {
  const l = allLocales[code];
  if (!l) continue;
  for (const list of Object.values(l.word ?? {})) addWords(flat(list));
  if (l.date) for (const part of Object.values(l.date)) addWords(flat(part.wide ?? part));
  addWords(flat(l.color?.human));
  // Only the animal kinds: species lists are full of eponyms ("Mouette de Sabine").
  addWords(flat(l.animal?.type));
  addPlaces(flat(l.location?.city_name));
  addPlaces(flat(l.location?.country));
  addPlaces(flat(l.location?.state));
  addWords(flat(l.commerce?.product_name?.material));
  addWords(flat(l.commerce?.product_name?.product));
  addWords(flat(l.commerce?.department));
}
// Capitalised German and English words, brands and tool names that collide with given names.
addWords(`mark bank rose stern sonne heide ernst frank kai will may june april august bill grace hope faith joy art rich
chase sky summer winter autumn spring lily iris ivy dawn eve amber jade ruby pearl crystal penny sandy rusty sunny destiny
harmony justice royal king prince major angel page pat gene guy ray max don jack rocky mercedes jaguar holle
jasmine mocha chai karma jest ember vue angular django flask rails dart swift kotlin scala elm rust go mongo kafka
jenkins docker sage alexa siri cortana claude gemini copilot llama mistral jarvis alice bob carol dave eve mallory trent harry potter
ada pascal haskell nova luna aurora apollo atlas phoenix orion titan echo delta sierra victor oscar romeo juliet
christian august otto hermes mercury venus diana hera freya thor odin loki
new old big little grand saint san santa los las del la le de van von mac
herr frau dr prof mr mrs ms miss sir dame lord lady earl duke baron count graf fürst herzog queen princess grey
bei bis für mit nach seit von zu aus und oder aber doch noch auch nur schon sehr hier dort heute morgen gestern
all team everyone folks guys leute kollegen zusammen
meta server asia job rosetta pacific summary flash client node react oracle amazon apple google tesla ford
earl grey sao`.split(/\s+/));

// Only collisions matter: a common word that is no name never reaches the lookup.
const nameKeys = new Set([...first, ...last].map((n) => n.toLowerCase()));
for (const w of common) if (!nameKeys.has(w)) common.delete(w);
addPlaces(['São Paulo', 'Rio de Janeiro', 'San Francisco', 'San Jose', 'San Diego', 'Santa Clara', 'Santa Monica', 'Los Angeles', 'Las Vegas', 'New York', 'New Jersey', 'Buenos Aires', 'Costa Rica', 'Hong Kong', 'Tel Aviv', 'Sri Lanka', 'Saudi Arabia', 'Abu Dhabi', 'Salt Lake']);
addPlaces('paris london berlin sydney florence austin dallas houston denver chelsea brooklyn jordan israel kenya china india georgia virginia carolina dakota montana nevada savannah madison charlotte victoria adelaide'.split(' '));
for (const w of places) if (!nameKeys.has(w) || common.has(w)) places.delete(w);

const byLength = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const pack = (set) => [...set].sort(byLength).join('|');
const header = `// generated by scripts/generate-names.mjs — do not edit.
// Sources: @faker-js/faker locale data (person.first_name / last_name, word lists, dates,
// colours, animals, places, products), @cspell/dict-people-names, and the short supplements
// written in the script. One '|'-joined string per list keeps the module small.
`;
const body = `${header}
/** Given names (${first.size}). */
export const FIRST_NAMES = ${JSON.stringify(pack(first))};

/** Family names and other personal names (${last.size}). */
export const LAST_NAMES = ${JSON.stringify(pack(last))};

/** Lower-case words that are also names (${common.size}): such a token is ambiguous. */
export const COMMON_WORDS = ${JSON.stringify(pack(common))};

/** Lower-case place names that are also names (${places.size}): ambiguous alone, fine before a family name. */
export const PLACE_NAMES = ${JSON.stringify(pack(places))};

/** Lower-case two-word place names (${phrases.size}), with and without accents: "sao paulo" is no person. */
export const PLACE_PHRASES = ${JSON.stringify(pack(phrases))};
`;
const out = join(root, 'src/engine/detectors/pii/data/names.generated.ts');
writeFileSync(out, body);
console.log(`wrote ${out}: ${first.size} first, ${last.size} last, ${common.size} common words, ${places.size} places, ${Buffer.byteLength(body)} bytes`);
