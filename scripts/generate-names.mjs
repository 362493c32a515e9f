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

/**
 * Latin script only: the detector looks for capitalised Latin words. It reads "O'Brien",
 * "D'Angelo" and "McDonald" as one word, prefix included, so the lists keep them whole.
 */
const LATIN_NAME = /^(?:[OD]['’]|Ma?c(?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zà-öø-ÿĀ-ɏ]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ɏ]?[a-zà-öø-ÿĀ-ɏ]+)?$/u;

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

// Given names of people born in Germany from 1930 to 2015, by birth cohort as the
// registers rank them: faker's German list leans on a few decades and misses many
// (Uwe, Jürgen, Heiko, Frauke, Dörte). Then common double names and pet names ("Tobi"
// stays out: the engine's own examples use it as a name no list holds). Those that are
// also words ("Wolfram", "Grit", "Else") are listed again under WORD_NAMES.
const SUPPLEMENT_FIRST_DE = `Hans Karl Heinz Günter Günther Gunter Gerhard Horst Werner Helmut Helmuth Walter Kurt Herbert Dieter Klaus Claus
Manfred Rolf Gerd Gert Erich Wolfgang Peter Jürgen Siegfried Heinrich Hermann Willi Willy Fritz Rudolf Alfred
Friedrich Wilhelm Georg Josef Joseph Johann Franz Bernd Bernhard Reinhard Rainer Reiner Uwe Hartmut Lothar Norbert
Volker Joachim Eberhard Ulrich Detlef Detlev Harald Egon Bruno Alois Anton Erwin Gustav Albert Arnold Artur Edgar
Edmund Eduard Emil Eugen Ewald Ferdinand Gottfried Hannes Heribert Hubert Jakob Konrad Leo Ludwig Oskar Reinhold
Richard Roland Rüdiger Theo Theodor Valentin Wilfried Winfried Burkhard Dietmar Dietrich Eckhard Eckhart Ekkehard
Elmar Erhard Gerold Gernot Gerhardt Helge Holger Ingo Ingolf Jens Jörg Karsten Carsten Hinrich Henning Hansjörg Heiner
Berthold Bertram Guido Axel Achim Jochen Ralf Ralph Olaf Knut Lutz Ulf Wolf Wolfram Ortwin Otmar Ottmar Hajo Waldemar
Gregor Kuno
Karl-Heinz Hans-Jürgen Hans-Peter Hans-Dieter Hans-Joachim Hans-Georg Hans-Werner Hans-Ulrich Hans-Günter Hans-Josef
Hans-Hermann Hans-Otto Hans-Martin Hans-Christian Klaus-Dieter Klaus-Peter Klaus-Jürgen Heinz-Dieter Heinz-Jürgen
Kai-Uwe Jan-Peter Jan-Hendrik Jan-Niklas Jan-Philipp Ernst-August Franz-Josef Karl-Josef Karl-Friedrich Peter-Michael
Hans-Heinrich Karl-Otto
Eva-Maria Anna-Lena Anna-Maria Marie-Luise Marie-Theres Anne-Kathrin Anne-Marie Lisa-Marie Lea-Sophie Ann-Kathrin
Thomas Michael Andreas Stefan Stephan Frank Markus Marcus Martin Christian Matthias Mathias Sven Swen Torsten Thorsten
Dirk Oliver Jan Alexander Tobias Daniel Sebastian Florian Christoph Patrick Marco Mario René Ronny Ronald Maik Mike
Marcel Sascha Nico Enrico Steffen Heiko Kai Kay Björn Timo Tim Lars Nils Niels Dennis Benjamin Philipp Johannes Tino
Silvio Mirko Danny André Andre Hendrik Henrik Jörn Kevin Marko Norman Ole Rico Robert Roman Sandro Steve Thilo Tilo
Till Gunnar Falk Falko Malte Meik Mirco Maximilian Moritz Fabian Julian Dominik Sönke Hauke Gerrit Uli Carlo
Christopher Kristian David Manuel Marvin Marc Mark Ingmar Arne Wieland Lennart Jost Frederik Friedemann Gottlieb
Konstantin Constantin Benedikt Vincent
Lukas Lucas Leon Finn Fynn Jonas Luca Luka Paul Ben Noah Elias Felix Luis Louis Henry Henri Liam Matteo Mats Mattis
Lasse Linus Jannik Yannick Yannik Niklas Nicklas Tom Erik Eric Jannis Janne Piet Mika Nick Kilian Jonathan Justin
Pascal Robin Jannes Joel Jona Levi Marlon Colin Timm Jonte Carl Oscar Lennard Leonard Leonhard Levin Luke Philip
Julius Silas Samuel Aaron Adrian Jonah Jacob Milan Mohammed Bastian Tjark Lenny Ilias Damian Jayden
Ursula Renate Ingrid Gisela Helga Hildegard Gertrud Gerda Erika Elfriede Irmgard Ilse Edith Christa Inge Ingeborg
Anneliese Annelie Hannelore Brigitte Karin Marianne Margarete Margarethe Margot Waltraud Waltraut Lieselotte Liselotte
Rosemarie Hedwig Elisabeth Elke Heidi Heidemarie Helene Herta Irene Johanna Käthe Luise Marga Margit Margret Monika
Regina Roswitha Rita Sieglinde Sigrid Ulla Ulrike Gudrun Dagmar Doris Gabriele Bärbel Barbara Christel Christine Dora
Dorothea Elsa Emmi Erna Frieda Gerlinde Gertraud Hanna Irmtraud Jutta Lotte Martha Marta Mathilde Ruth Trude Ursel
Veronika Wilhelmine Anni Annemarie Adelheid Agnes Berta Bertha Edeltraud Elli Ella Emma Eva Grete Hilde Ida Lina
Magdalena Paula Rosa Rosi Lisa Hertha Gitta Marlies Marlene Ottilie Henriette Annegret Ortrud Hiltrud Irmela Almut
Almuth Gesine Gunhild Wiltrud
Sabine Petra Andrea Claudia Susanne Birgit Stefanie Stephanie Nicole Anja Heike Silke Kerstin Katrin Kathrin Catrin
Katja Tanja Sandra Martina Manuela Simone Daniela Angelika Cornelia Ute Uta Anke Frauke Antje Dörte Doerte Maren Meike
Mareike Wiebke Imke Silvia Sylvia Bettina Britta Diana Ines Iris Jana Jeannette Yvonne Mandy Peggy Cindy Nadine Nadja
Melanie Christiane Carola Karola Kirsten Kristin Constanze Konstanze Beate Heidrun Astrid Ina Ilona Marion Sonja
Steffi Susann Jacqueline Janine Jennifer Julia Katharina Christina Kristina Verena Vanessa Miriam Judith Nina Anne
Annette Anett Annett Bianca Bianka Doreen Franziska Jessica Jenny Manja Nancy Ramona Romy Sabrina Sindy Susan Tina
Viola Grit Liane Else Kathleen Katy Anita Angela Gabi Conny Moni Susi Uschi Gaby Sybille Sibylle Ricarda Rebekka
Rebecca Insa Inka Tabea Svenja Ilka Dana Ivonne Kati Kaja Jasmin Yasmin Sarah Sara Carina Karina Corinna Korinna
Claudine Henrike Friederike Wencke Wenke Swantje Telse Hella
Mia Hannah Sofia Sophia Sophie Lea Leah Lena Marie Emilia Leonie Amelie Anna Laura Lara Clara Klara Charlotte Luisa
Louisa Lilly Lili Lilli Lia Frida Greta Mila Maja Maya Pia Nele Merle Jule Lotta Carla Karla Carlotta Emily Emilie
Finja Fiona Helena Josephine Josefine Leni Mathilda Matilda Michelle Isabell Isabel Alina Annika Antonia Celine Chiara
Elena Elisa Jolina Joelina Kim Lucy Luna Malia Mara Marleen Melina Mira Nora Sina Theresa Vivien Viktoria Zoe Zoé
Ronja Smilla Thea Tilda Wilma Paulina Pauline Rosalie Emely Emelie Madita Mina Nelly Neele Svea Lucia Aylin Mona Amy
Hailey Lene Milla Juna Luana Elif
Basti Flo Benni Andi Olli Manni Rudi Kalle Sigi Jupp Schorsch Hansi Toni Micha Caro Kathi Lenchen Babsi`.split(/\s+/);
for (const n of SUPPLEMENT_FIRST_DE) first.add(n);

// Austrian and Swiss given names and pet names that the German ones leave out.
const SUPPLEMENT_FIRST_AT_CH = `Sepp Seppl Pepi Ferdl Franzl Leopold Poldi Engelbert Gottfried Hias Wastl Vinzenz Ignaz Kaspar Balthasar Lorenz
Florian Alois Herwig Reinhold Gerfried Siegmund Notburga Vroni Resi Kathi Gerti Mitzi Liesl Burgi Traudi Christl Evi
Hermine Waltraud Rosina Theresia Zita Walburga Erna Hedi
Urs Reto Beat Ueli Ruedi Hansruedi Hanspeter Hansjürg Jürg Köbi Gian Gianluca Mattia Silvan Cyrill Cyril Remo Pirmin
Ursin Flurin Andri Corsin Livio Gion Seraina Ladina Mirjam Regula Vreni Margrit Rösli Trudi Käthi Elsbeth Therese
Theres Esther Rahel Corinne Nadia Noemi Alessia Livia Elin Jael Annina Jolanda Fränzi Beatrice Yolanda Nicolas Niklaus
Matthäus`.split(/\s+/);
for (const n of SUPPLEMENT_FIRST_AT_CH) first.add(n);

// Given names frequent among people in Germany of Russian-German, Polish, Yugoslav, Greek
// and Turkish descent, in the German spellings their papers use ("Swetlana", "Natalja").
const SUPPLEMENT_FIRST_IMMIGRANT = `Sergej Sergei Andrej Andrei Alexej Aleksej Dmitri Dmitrij Wladimir Vladimir Waldemar Witali Vitali Viktor Jewgeni
Evgeny Juri Yuri Nikolai Iwan Ivan Konstantin Wassili Eduard Artur Arthur Olga Swetlana Svetlana Natalja Natalia
Tatjana Tatiana Irina Jelena Elena Ljudmila Lyudmila Galina Walentina Valentina Ludmila Oxana Oksana Nadeschda
Nadezhda Anastasia Jekaterina Ekaterina Xenia Ksenia Darja Daria Marina Larissa Raissa Lilia Inna Alla Vera Ljuba
Viktoria Nikita Maxim Denis Roman Anatoli Gennadi Boris Pawel Grigori
Piotr Paweł Tomasz Marek Andrzej Michał Marcin Stanisław Zofia Ewa Krystyna Elżbieta Beata Iwona Aneta Justyna Jolanta
Halina Renata Grażyna Bożena Mariusz Dariusz Sławomir Zdzisław Kamil Maciej Dawid Mateusz
Marko Luka Stjepan Josip Zoran Dragan Goran Nenad Dejan Snežana Dragana Marija Mirjana Vesna Biljana Zlatko Zdravko
Branko Davor Mladen Slavko Tomislav Kristijan Ivica Ante Mirsad Emir Amir Edin Senad Adnan Jasmin Amra Lejla Selma
Merima Aida Alma Ajla
Georgios Dimitrios Ioannis Nikolaos Vasileios Christos Athanasios Eleni Aikaterini Vasiliki Despina Eleftheria Stelios
Kostas Theodoros Evangelos Michalis Spyros Angeliki Chrysoula Paraskevi
Ahmad Ahmed Mohammad Mehmet Ahmet Hüseyin Hasan Hassan Hussein Ali Osman Yusuf Murat Kemal Kadir Recep Ercan Erkan
Orhan Cengiz Fatih Selim Tarik Tayfun Tuncay Ugur Uğur Onur Okan Oğuz Özgür Mert Kerem Baran Berkay Yunus Enes Eren
Furkan Hakan Halil İsmail Ismail Levent Metin Nuri Ramazan Sinan Tolga Arda Emine Fatma Hatice Sevgi Songül Gülsüm
Hülya Sibel Derya Dilek Filiz Hande Melek Nesrin Nurcan Serpil Sevim Şule Tülay Zehra Zeliha Aynur Esra Büşra Emel
Ebru Gamze Ilknur İlknur Kübra Meryem Rabia Sena Sude Şeyma Tuba Yeliz Zübeyde`.split(/\s+/);
for (const n of SUPPLEMENT_FIRST_IMMIGRANT) first.add(n);

const SUPPLEMENT_LAST = `Yılmaz Yildiz Yıldız Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin Arslan Doğan Dogan Kılıç Kilic
Aslan Çetin Kara Koç Kurt Özdemir Ozdemir Erdoğan Polat Güneş Aksoy Acar Keskin Tekin Ateş Bulut Korkmaz
Haddad Khoury Nasser Mansour Saleh Hussein Hassan Ahmadi Hosseini Karimi Rahimi Rezaei Moradi Mohammadi Jafari
Sharma Patel Singh Kumar Gupta Mehta Iyer Nair Reddy Rao Menon Chatterjee Banerjee Mukherjee Agarwal Joshi Kapoor Malhotra
Okafor Okonkwo Adeyemi Balogun Mensah Owusu Boateng Nkosi Dlamini Kamau Otieno Mwangi
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
Nguyen Tran Pham Hoang Huynh Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Sun Tanaka Suzuki Takahashi Watanabe Kim Park`.split(/\s+/);
for (const n of SUPPLEMENT_LAST) last.add(n);

// The commonest family names in Germany (about the first 300), then Austrian and Swiss
// ones, and those of Russian-German (Mennonite) families. faker and cspell hold most;
// this makes sure of them. Nouns and adjectives among them are listed under WORD_NAMES.
const SUPPLEMENT_LAST_DE = `Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann
Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn
Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas
Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
Pfeiffer
Schumann Kühne Böttcher Hübner Kramer Franz Jahn Kaufmann Thiel Hermann Walther Stephan Fiedler Kolb Marx Gross Weiss
Ulrich Brinkmann Heinz Hartung Schilling Schenk Schreiner Nagel Hauser Wendt Fritz Barth Ernst Schwab Mertens Riedel
Sander Böhme Weise Kunz Wirth Haase Zimmer Voß Voss Frey Rieger Meißner Meissner Moser Busse Menzel Geiger Bach Thiele
Wolter Stahl Ebert Vetter Brand Wittmann Lindner Kern Pfeifer Lehner Witt Kirchner Schott Reuter Heller Adam Hesse
Hein Fink Gerlach Hansen Jansen Petersen Jensen Nielsen Harms Bruns Claßen Janßen Hinrichs Ahrens Behrens Brüggemann
Gerdes Lüdtke Rohde Seifert Stoll Weidner Beyer Krug Hecht Reichert Schröter Hecker Wegner Bender Dietz Kunze Krebs
Vollmer Ott Schütz Heß Hess Specht Schütze Jakob Paul Fritsch Ritter Bischoff Grimm Lenz Heine Baier Bayer Strauß
Strauss Haag Lutz Dittrich Wenzel Schade Rösch Schlegel Mai Kopp Abel Beckmann Eckert Naumann Noack Förster Heinze
Göbel Gärtner Schiller Scherer Reinhardt Bock Kurz Oswald Schrader Seidl Lindemann Rauch Sturm Jacobi Hoppe Arndt Eder
Wild Bühler Maurer Kessler Keßler Stadler Lemke Knapp Schön Jürgens Wiegand Thieme Dreher Reimann Brückner Kraft
Pietsch Decker Frühling Martens Kaminski Engelhardt Sievers Hartwig Hammer Burkhardt Kluge Gebhardt Jost Zander Beer
Kemper Pape Rother Rausch Steffen Engels Wendler Funke Freitag Kroll Block Dörr Hagen Langer Husmann Otte Wagener Mohr
Ahlers Röder Conrad Jaeger Reinhold Weis Kretschmer Forster Mack Loos Peter Eggert Hanke Held Große Plath Wiese
Neubauer Mayr Renner
Gruber Pichler Steiner Hofer Leitner Reiter Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner
Koller Holzer Haider Strasser Pölzl Mayrhofer Hackl Lackner Riegler Pirker Stocker Wieser Rainer Kainz Unterberger
Hofbauer Prinz Hofstätter
Gerber Frei Widmer Wyss Suter Bachmann Studer Kälin Egli Lüthi Marti Zürcher Bucher Kuster Amrein Ammann Zollinger
Hürlimann Wälti Sutter Blaser Nussbaumer Stucki Tanner Wüthrich Meili Bosshard Schärer Rüegg Gisler Bärtschi Brändli
Flückiger Aeschlimann Imhof Kohler Furrer Zaugg
Dyck Dück Friesen Penner Wiebe Janzen Thiessen Klassen Neufeld Hildebrandt Enns Rempel Dirksen Dörksen Unruh Warkentin
Fast Sawatzki Sawatzky Heinrichs Reimer Regier Giesbrecht Toews Löwen Harder Kröker Ediger Funk Wiens Dueck Isaak
Goertzen Görtzen Epp Schellenberg Koop Janz`.split(/\s+/);
for (const n of SUPPLEMENT_LAST_DE) last.add(n);

// Family names frequent in Germany of Turkish, Polish (both genders' forms), Russian and
// Ukrainian (German and English transliterations, both genders), Italian, Greek, Croatian,
// Serbian and Bosnian (with and without diacritics) and Arabic, Afghan and Iranian origin.
const SUPPLEMENT_LAST_IMMIGRANT = `Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Özturk Ozturk Aydın Aydin
Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt Özkan Ozkan Şimşek Simsek Polat
Korkmaz Özcan Ozcan Erdoğan Erdogan Yavuz Can Acar Aksoy Güler Guler Tekin Yücel Yucel Ünal Unal Bulut Keskin Turan
Gül Güneş Gunes Karaca Uçar Ucar Başaran Basaran Kaplan Avcı Avci Altun Coşkun Coskun Bozkurt Özer Ozer Köse Kose Taş
Akın Aktaş Aktas Işık Isik Bayram Erdem Karakaya Akbulut Tunç Tunc Duman Demirci Güven Guven Aktürk Altıntaş Altintas
Yalçın Yalcin Kaçar Kocabaş Özbek Ozbek Çakır Cakir Uysal Sönmez Sonmez Topal Türk Türkmen Uzun Yüksel Yuksel Kılınç
Kilinc Kurtuluş Demirel Kahraman Çiftçi Ciftci Gündoğdu Gündüz Akgül Aydoğan Kalkan Yazıcı Yazici Özgür Ekinci Tosun
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kamińska Kaminski
Lewandowski Lewandowska Zieliński Zielińska Zielinski Szymański Szymańska Szymanski Woźniak Wozniak Dąbrowski
Dąbrowska Dabrowski Kozłowski Kozłowska Kozlowski Jankowski Jankowska Mazur Wojciechowski Wojciechowska Kwiatkowski
Kwiatkowska Krawczyk Kaczmarek Piotrowski Piotrowska Grabowski Grabowska Zając Zajac Pawłowski Pawłowska Pawlowski
Michalski Michalska Król Krol Wieczorek Jabłoński Jabłońska Jablonski Wróbel Wrobel Nowakowski Nowakowska Majewski
Majewska Olszewski Olszewska Stępień Stepien Malinowski Malinowska Jaworski Jaworska Adamczyk Dudek Nowicki Nowicka
Pawlak Górski Gorski Witkowski Witkowska Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski
Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Sadowski Chmielewski Włodarczyk Borkowski Czarnecki Sawicki
Sokołowski Sokolowski Kubiak Maciejewski Szczepański Kucharski Kalinowski Mazurek Wysocki Adamski Kaźmierczak
Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Glowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski
Szulc Szymczak Baranowski Laskowski Makowski Przybylski Schimanski Kaminsky Lewandowsky Kowalsky Nowack Kowalewski
Jankowsky Janowski Kasprzak Banaszak Wawrzyniak
Iwanow Ivanov Iwanowa Ivanova Petrow Petrov Petrowa Petrova Smirnow Smirnov Smirnowa Smirnova Kusnezow Kuznetsov
Kusnezowa Kuznetsova Popow Popov Popowa Popova Wassiljew Vasiliev Vasilyev Sokolow Sokolov Sokolowa Sokolova Michailow
Mikhailov Nowikow Novikov Nowikowa Novikova Fjodorow Fedorov Morosow Morozov Morosowa Morozova Wolkow Volkov Wolkowa
Volkova Alexejew Alekseev Lebedew Lebedev Lebedewa Lebedeva Semjonow Semenov Jegorow Egorov Pawlow Pavlov Pawlowa
Pavlova Koslow Kozlov Koslowa Kozlova Stepanow Stepanov Nikolajew Nikolaev Orlow Orlov Orlowa Orlova Andrejew Andreev
Makarow Makarov Makarowa Makarova Nikitin Nikitina Sacharow Zakharov Saizew Zaitsev Solowjow Soloviev Borissow Borisov
Jakowlew Yakovlev Grigorjew Grigoriev Romanow Romanov Romanowa Romanova Sergejew Sergeev Kusmin Kuzmin Frolow Frolov
Alexandrow Aleksandrov Dmitrijew Dmitriev Koroljow Korolev Gussew Gusev Kisseljow Kiselev Iljin Ilyin Maximow Maksimov
Poljakow Polyakov Sorokin Sorokina Winogradow Vinogradov Kowaljow Kovalev Below Belov Medwedew Medvedev Antonow
Antonov Tarassow Tarasov Schukow Zhukov Baranow Baranov Filippow Filippov Komarow Komarov Dawydow Davydov Beljajew
Belyaev Gerassimow Gerasimov Bogdanow Bogdanov Ossipow Osipov Sidorow Sidorov Matwejew Matveev Titow Titov Markow
Markov Mironow Mironov Krylow Krylov Kulikow Kulikov Karpow Karpov Wlassow Vlasov Melnikow Melnikov Denissow Denisov
Gawrilow Gavrilov Tichonow Tikhonov Kasakow Kazakov Danilow Danilov Kowalenko Kovalenko Schewtschenko Shevchenko
Bondarenko Tkatschenko Tkachenko Krawtschenko Kravchenko Boiko Bojko Melnyk Melnik Lysenko Martschenko Marchenko
Rudenko Sawtschenko Savchenko Pawlenko Pavlenko Klimenko Klymenko Kowaltschuk Kovalchuk Polischtschuk Polishchuk
Oliynyk Kusmenko Moroz Schapowalow Tschernow Chernov Tschernych Kowalew Rybakow Rybakov Schwezow Jakubowski
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo
Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli
Vitale Lombardo Serra Coppola Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina
Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino
Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore Ferretti Bellini
Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero Sorrentino Orlando Negri
D'Angelo D'Amico D'Alessandro D'Onofrio D'Agostino
Papadopoulos Papadopoulou Georgiou Pappas Dimitriou Nikolaou Ioannou Konstantinou Vasileiou Karagiannis Papageorgiou
Oikonomou Economou Christodoulou Athanasiou Panagiotou Makris Papadakis Alexiou Antoniou Theodorou Michailidis
Georgiadis Papanikolaou Triantafyllou Anagnostou Kyriakou Nikolaidis Papadimitriou Konstantinidis Ioannidis Dimopoulos
Vlachos Petridis Kostopoulos Angelopoulos Spanos Stavrou Christou Savvidis Giannopoulos Tsakiris Nikolopoulos Pavlidis
Lazaridis Christidis Papoutsis Chatzis Hatzis Galanis Kalogeropoulos Panagopoulos Papadopulos Karamanlis Kyriakidis
Tsiolis Zervas Koutsoukos Apostolou Charalambous
Horvat Kovačević Kovacevic Babić Babic Marić Maric Jurić Juric Novak Kovačić Kovacic Knežević Knezevic Vuković Vukovic
Marković Markovic Petrović Petrovic Matić Matic Tomić Tomic Pavlović Pavlovic Perić Peric Božić Bozic Blažević
Blazevic Grgić Grgic Pavić Pavic Radić Radic Šimić Simic Lovrić Lovric Kovač Kovac Vidović Vidovic Nikolić Nikolic
Jovanović Jovanovic Đorđević Djordjevic Stojanović Stojanovic Ilić Ilic Stanković Stankovic Popović Popovic Milošević
Milosevic Mitrović Mitrovic Živković Zivkovic Janković Jankovic Todorović Todorovic Lazić Lazic Ristić Ristic Kostić
Kostic Obradović Obradovic Savić Savic Milić Milic Radović Radovic Stevanović Stevanovic Vasić Vasic Pešić Pesic
Mladenović Mladenovic Krstić Krstic Milovanović Milovanovic Đurić Djuric Filipović Filipovic Begić Begic Hodžić Hodzic
Hadžić Hadzic Mehmedović Mehmedovic Delić Delic Hasanović Hasanovic Alić Alic Mujić Mujic Husić Husic Karić Karic
Suljić Suljic Ibrahimović Ibrahimovic Omerović Omerovic Jurković Jurkovic Barišić Barisic Pranjić Pranjic Bašić Basic
Marjanović Marjanovic Šarić Saric
Ahmad Ahmed Ali Hassan Hussein Mohammed Mohamed Muhammad Ibrahim Khalil Saleh Mahmoud Abdullah Omar Youssef Yousef
Mustafa Othman Osman Haddad Khoury Nasser Mansour Hamdan Darwish Said Saeed Salem Awad Suleiman Sulaiman Abbas Aziz
Hamid Rashid Karim Jaber Taha Farah Issa Qasem Kassem Khatib Al-Khatib Nassar Shaheen Hammoud Masri Al-Masri Abboud
Abdallah Habib Hamza Kamal Khaled Khalid Mahmud Moussa Musa Nasr Obeid Rahman Saad Sabri Sayed Sayegh Sleiman Sultan
Younes Younis Yunus Zaki Zein Al-Hassan Al-Hussein Al-Ali Al-Ahmad Al-Mohammad Al-Khalil Al-Saleh Al-Shami Al-Rashid
Al-Sayed Alhassan Alali Alahmad Almohammad Alkhalil Hamadeh Kanaan Chahine Ghanem Haidar Haydar Hijazi Jaafar Khoder
Mourad Murad Nasrallah Sabbagh Saliba Sarkis Tannous El-Zein El-Khoury Al-Hamad Hamad Hussain Husseini Rahimi Noori
Nouri Ahmadi Hashemi Sultani Amiri Haidari Rezai Jafari Karimi Hosseini Mohammadi Azizi Safi Wardak Popal Stanekzai
Sharifi Akbari Naderi`.split(/\s+/);
for (const n of SUPPLEMENT_LAST_IMMIGRANT) last.add(n);

const cspell = readFileSync(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt'), 'utf8');
for (const line of cspell.split('\n')) {
  const n = line.trim();
  if (n && !n.startsWith('#') && LATIN_NAME.test(n)) last.add(n);
}

// Words that are also names: the detector treats a name token that is one of them as
// ambiguous ("Mark" the currency, "Rose" the flower, "Will" the verb, "Paris" the city).
const common = new Set();
const places = new Set();
const addWords = (list) => {
  for (const w of list) for (const part of String(w).toLowerCase().split(/[\s-]+/)) if (part.length > 1) common.add(part);
};
/**
 * Given and family names frequent enough for faker's person lists in the languages whose
 * word and place lists are read below, or for the supplements above. Where a town or a
 * lower-case word has the same spelling, the capitalised token is far more often the person.
 */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl'];
const frequentFirst = new Set();
const frequentNames = new Set();
for (const code of LOCALES) {
  const person = allLocales[code]?.person;
  for (const n of flat(person?.first_name)) {
    frequentFirst.add(String(n).toLowerCase());
    frequentNames.add(String(n).toLowerCase());
  }
  for (const n of flat(person?.last_name)) frequentNames.add(String(n).toLowerCase());
}
for (const n of [...SUPPLEMENT_FIRST, ...SUPPLEMENT_FIRST_DE, ...SUPPLEMENT_FIRST_AT_CH, ...SUPPLEMENT_FIRST_IMMIGRANT]) {
  frequentFirst.add(n.toLowerCase());
  frequentNames.add(n.toLowerCase());
}
for (const n of [...SUPPLEMENT_LAST, ...SUPPLEMENT_LAST_DE, ...SUPPLEMENT_LAST_IMMIGRANT]) frequentNames.add(n.toLowerCase());
// Multi-word places ("São Paulo", "Santa Clara") whose words would pass as given and family name.
const phrases = new Set();
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/**
 * A place is ambiguous only as the whole name: the parts of "Fort Smith", "St. Paul",
 * "Santa Maria" or "Johnson City" are names that merely stand in it, and taking them as
 * places hid "Smith" and "Paul" wherever they stood alone. A two-word name is kept as a
 * phrase; a bracketed qualifier ("Halle (Saale)") is no part of the name.
 */
const addPlaces = (list) => {
  for (const w of list) {
    const p = String(w).toLowerCase().replace(/\s*\(.*\)\s*$/, '').trim();
    if (/^[\p{L}]+$/u.test(p)) places.add(p);
    else if (/^[\p{L}]+ [\p{L}]+$/u.test(p)) {
      phrases.add(p);
      phrases.add(fold(p));
    }
  }
};
/**
 * faker's US and Italian city lists reach down to suburbs and to villages, many
 * named after a person ("Wilson", "Tyler", "Elizabeth") or sharing a given name ("Renate",
 * "Bruno"); the German, French and Spanish lists hold large cities only. From the long
 * lists a town that is also a frequent name counts as the name; the few that are known
 * far and wide are listed as places below.
 */
const TOWN_LISTS = new Set(['en', 'it']);
const towns = (code, list) => (TOWN_LISTS.has(code) ? list.filter((c) => !frequentNames.has(String(c).toLowerCase())) : list);
// French, Spanish, Italian and Dutch names of countries that English and German name
// otherwise, where they are frequent given names: in German or English text "Malte" (Malta
// in French), "Maurice" (Mauritius) and "Dominique" (Dominica) are people.
const enDeCountries = new Set(['en', 'de'].flatMap((c) => flat(allLocales[c].location?.country)).map((r) => String(r).toLowerCase()));
const countries = (code, list) => (code === 'en' || code === 'de' ? list : list.filter((r) => !frequentFirst.has(String(r).toLowerCase()) || enDeCountries.has(String(r).toLowerCase())));
/**
 * French, Spanish, Italian and Dutch write month, weekday and colour names in lower case,
 * and many are given names there (Julio, Domingo, Avril, Isabelle, Celeste, Esmeralda):
 * where one is a frequent given name, a capitalised token is the person. English and
 * German months and days are capitalised and stay ambiguous ("August", "June").
 */
const lowerCaseWords = (code, list) => (code === 'en' || code === 'de' ? list : list.filter((w) => !frequentFirst.has(String(w).toLowerCase())));
for (const code of LOCALES) {
  const l = allLocales[code];
  if (!l) continue;
  for (const list of Object.values(l.word ?? {})) addWords(flat(list));
  if (l.date) for (const part of Object.values(l.date)) addWords(lowerCaseWords(code, flat(part.wide ?? part)));
  addWords(lowerCaseWords(code, flat(l.color?.human)));
  // Only the animal kinds: species lists are full of eponyms ("Mouette de Sabine").
  addWords(flat(l.animal?.type));
  addPlaces(towns(code, flat(l.location?.city_name)));
  addPlaces(countries(code, flat(l.location?.country)));
  addPlaces(flat(l.location?.state));
  addWords(flat(l.commerce?.product_name?.material));
  addWords(flat(l.commerce?.product_name?.product));
  addWords(flat(l.commerce?.department));
}
// faker's English words include "peter" (out) and "frank", which stand in lower case;
// capitalised they are nearly always the given name, among the commonest in Germany.
common.delete('peter');
common.delete('frank');
// Capitalised German and English words, brands and tool names that collide with given
// names. Of the cast of security examples only Alice and Bob stand in for people in
// prose often enough; Dave, Mallory and Trent are the person nearly every time.
addWords(`mark bank rose stern sonne heide ernst kai will may june april august bill grace hope faith joy art rich
chase sky summer winter autumn spring lily iris ivy dawn eve amber jade ruby pearl crystal penny sandy rusty sunny destiny
harmony justice royal king prince major angel page pat gene guy ray max don jack rocky mercedes jaguar holle
jasmine mocha chai karma jest ember vue angular django flask rails dart swift kotlin scala elm rust go mongo kafka
python perl lua helm slack deno bun babel cypress sass storm falcon rider fleet razor arch idea core ant
jenkins docker sage alexa siri cortana claude gemini copilot llama mistral jarvis alice bob carol harry potter
ada pascal haskell nova luna aurora apollo atlas phoenix orion titan echo delta sierra victor oscar romeo juliet
christian august otto hermes mercury venus mars diana hera freya thor odin loki mayo
new old big little grand saint san santa los las del la le de der di el les im van von mac
herr frau dr prof mr mrs ms miss sir dame lord lady earl duke baron count graf fürst herzog queen princess grey
bei bis für mit nach seit von zu aus und oder aber doch noch auch nur schon sehr hier dort heute morgen gestern
man dass weil alles viele then he you my no most many such
all team everyone folks guys leute kollegen zusammen
meta server asia job rosetta pacific summary flash client node react oracle amazon apple google tesla ford
earl grey sao`.split(/\s+/));

/**
 * Family and given names that are everyday German nouns or adjectives, or English words:
 * German capitalises every noun, so "Koch", "Richter" or "Winter" in prose is far more
 * often the cook, the judge or the season, and "Klein", "Schön" or "Knapp" start
 * sentences. Ambiguous, they still count after a salutation or a label, beside a given
 * name ("Uwe Kaiser") and as the second word after an unambiguous given name, but not
 * alone, not after an ambiguous given name and not as a later mention.
 */
const WORD_NAMES = `koch bauer richter kaiser stein sommer engel busch horn vogel fuchs wolf graf winter könig keller jäger hahn
schuster schreiber schreiner kaufmann maurer gärtner förster reiter ritter vetter prinz geiger schilling
klein groß gross weiß weiss sauer schön knapp schade große frei kurz
kern sturm rauch hecht specht fink zander bock bach krug hammer block funke held wiese renner binder busse
bayer strauß strauss zürcher frühling freitag nord corona
penner klassen löwen friesen fast wall harder funk
ferrari martini villa gentile can said sultan emir beer
wolfram grit liane else viola beat roman hertha`.split(/\s+/);
addWords(WORD_NAMES);

// Only collisions matter: a common word that is no name never reaches the lookup.
const nameKeys = new Set([...first, ...last].map((n) => n.toLowerCase()));
for (const w of common) if (!nameKeys.has(w)) common.delete(w);
addPlaces(['São Paulo', 'Rio de Janeiro', 'San Francisco', 'San Jose', 'San Diego', 'Santa Clara', 'Santa Monica', 'Los Angeles', 'Las Vegas', 'New York', 'New Jersey', 'Buenos Aires', 'Costa Rica', 'Hong Kong', 'Tel Aviv', 'Sri Lanka', 'Saudi Arabia', 'Abu Dhabi', 'Salt Lake']);
addPlaces(`paris london berlin sydney florence austin dallas houston denver chelsea brooklyn jordan israel kenya china india
georgia virginia carolina dakota montana nevada savannah madison charlotte victoria adelaide orlando cleveland columbus
raleigh richmond alexandria odessa wellington lincoln troy kent camden milan salem vegas america britain holland
mecklenburg holstein anhalt brabant calabria castilla provence rhein havel trinidad`.split(/\s+/));
// English words in longer place names ("Palm Beach", "Beverly Hills") that are family names
// too: like a place, such a word alone is no person, and after a given name a family name.
addPlaces(`bay beach cape castle cloud coral creek dale diamond east falls flower forest fountain glen grove harbor haven
heard high hill hills holy lake lakes lawn manor maple north northern oak oaks palm park pines port river salt shores
south southern springs states sterling sugar town virgin wake way west western christmas champagne`.split(/\s+/));
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
