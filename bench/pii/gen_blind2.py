#!/usr/bin/env python3
"""gen_blind2.py - a sixth labelled PII corpus for `askfirst redact`, written blind.

  gen_blind2.py --out DIR [--records N] [--members N] [--seed S]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"} per line) and
DIR/corpus.jsonl (records {"id","lang","kind","text","spans","negatives"}, offsets in
Unicode code points, end-exclusive; the format score.py reads).  Deterministic per seed;
Python 3 standard library only (plus the check-digit arithmetic of checkdigits.py).

How it was written.  The author had read only issue 3 (the product's definition of PII),
bench/pii/score.py, bench/pii/checkdigits.py, bench/pii/README.md (the shared label format,
read because a line had to be added to it) and `askfirst redact --help`; not the engine
(lib/pii), its docs or tests, nor any other generator, name list or corpus output.  All
names, templates, vocabularies and number formats below were written for this file from
the specification and general knowledge of how members of a professional network write:
posts, comments, headlines, about sections, experience entries, job ads, event
announcements and recommendations (no private messages), in English, German, French,
Spanish, Portuguese, Italian, Dutch, Hindi/Hinglish, Japanese, Chinese, Korean, Arabic,
Russian, Polish and Turkish.

Readings of the specification this generator had to choose (each gold span follows them):

* EMAIL: the address only; `mailto:` (a hard negative of its own), `<` `>`, brackets,
  parentheses and trailing punctuation outside.  Obfuscated forms use bracketed or
  parenthesised at/dot (`anja [at] firma [dot] de`, `anja(at)firma.de`, `anja[@]firma.de`);
  the whole obfuscated form is the span.  Unbracketed `anja at firma dot de` is not used.
  Addresses glued to CJK/Hangul text have no space on either side.
* PHONE: from the first `+`, `0`/digit or `(` to the last digit; labels like `Tel.:` and a
  `tel:` prefix outside.  Extensions are never written.  Besides the countries the issue
  names, about a tenth of the numbers are from other countries (KR, RU, PL, TR, AE, SA,
  EG, MX, AR, ZA, KE, CH, AT, BE, ...), written as members there write them, national or
  international: the issue says "at least" those countries and "bare E.164".
* IPV4 / IPV6: globally routable unicast only (checked with the ipaddress module);
  `:port`, `/cidr` and `[ ]` outside.  Multicast addresses are never used either way.
* URL: person-identifying profile links carrying a handle: linkedin.com/in/, github.com/<user>
  (also a repository under a user account, which carries the handle), x.com / twitter.com
  /<user> (also a post under it), medium.com/@<user> (and <user>.medium.com), bsky.app/profile/,
  <user>.substack.com (also a post under it) and substack.com/@<user>, calendly.com/<user>,
  askfirst.example/u/<handle>; and, for about a fifth of them, other profile hosts that carry
  a handle in the same way (instagram, youtube.com/@, gitlab, huggingface, kaggle, dribbble,
  behance, xing, linktr.ee, mastodon, stackoverflow users, ORCID, Google Scholar, qiita,
  zenn, note.com, zhihu, weibo, vk, t.me, <user>.github.io, dev.to, ...): "profile URLs
  carrying a handle" read as a definition, the list in the issue as examples.  Each gold URL
  span has "form" (the host family) so the listed and the other hosts can be told apart.
  Company pages (incl. linkedin.com/company/, github.com/<org>/<repo> of well-known
  organisations, medium.com/<publication>), careers, docs, papers, tickets and forms are
  hard negatives.
* PERSON: member names as written in the directory, also upper/lower case and without
  diacritics; `@Full Name` mentions (span without `@`); titles (Dr., Prof., Ing.) and
  honorifics (さん, 老师, 님, Hanım, ji) outside; English possessive `'s`/`’s` outside; a
  first name alone only (a) in a greeting or thanks (`Thanks, Anja!`, `Hallo Anja,`,
  `Anja, danke!`), (b) in a congratulation used as a salutation (`Congrats, Anja!` - marked
  form "congrats", a reading of "greeting"), or (c) as a possessive after the full name
  appeared earlier in the record (`Anja Weber ... Anja's`).  A first name alone anywhere
  else is never written (neither gold nor negative), nor is a surname alone with a title.
  CJK and Hangul full names are written exactly as in the directory (family+given; the
  directory has Japanese names with and without a space).  French elision (`d'Élodie
  Martin`), Turkish case suffixes after an apostrophe (`Ayşe Yılmaz'a`) and the Arabic
  conjunction/preposition glued to a name (`و`, `لـ`) stay outside the span.
* HANDLE: `@handle` of a directory member, span including `@`; a few mixed-case mentions.
  Handles are lower-case [a-z0-9_], at least 4 characters, never equal to a word used in an
  `at_not_handle` negative.
* Hard negatives carry the categories of bench/pii/README.md where one fits, plus
  `mac_address` (colon-separated hex in network posts).  Name-like negatives (org_name,
  place_name, eponym, name_word) always have a member in the directory whose full name,
  first name or surname they spell, so they test the use of context.  The negative span is
  the name-like part (`Dijkstra` in `Dijkstra's algorithm`, `Booz Allen Hamilton`).

Every gold span is re-validated before a record is written (Luhn and brand prefix of
cards, mod-97 and per-country length of IBANs, SSN ranges, ipaddress checks, e-mail and
phone shape, profile hosts, directory membership of every PERSON and HANDLE), spans may not
overlap, negatives may not overlap gold spans, and every record is scanned for directory
full names and @handles that were not labelled; such a record is drawn again.

Gold spans carry one extra key, "form" (e.g. the phone's country, the URL's host family,
PERSON "full"/"greet"/"congrats"/"first_poss"/"at_mention"/"cjk"...), which score.py ignores;
it only lets the figures be broken down.  `--check-vocab` lists plain template words that
spell a directory first name (a few, like "AI" or "TIM", are left as realistic text).

Label fixes after the first scoring: none.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import luhn_ok, mod97, iban_mod97  # noqa: E402

NBSP = "\u00a0"
PROFILE_PREFIX = "askfirst.example/u/"


def fold(s):
    """Case- and diacritic-insensitive form (NFD, marks dropped, casefolded)."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s).casefold()


ASCII_EXTRA = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
               "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"}


def ascii_fold(s):
    s = "".join(ASCII_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if ord(ch) < 128 and unicodedata.category(ch) != "Mn")


def slug_letters(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def has_marks(s):
    return any(unicodedata.category(ch) == "Mn" for ch in unicodedata.normalize("NFD", s))


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xF900 <= o <= 0xFAFF or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF)


def digits_of(s):
    return re.sub(r"\D", "", s)


# ---------------------------------------------------------------------------------------
# Names.  Written for this file.  Word-like names (Will, Grace, Ernst, Luz, Graça, ...)
# and names shared with firms, places and eponyms are there on purpose: real members have
# them.

EN_GIVEN = """James Mary Michael Jennifer David Sarah Emily Daniel Jessica Matthew Ashley
Christopher Amanda Andrew Megan Joshua Lauren Ryan Rachel Brandon Nicole Tyler Hannah Kevin
Olivia Jacob Chloe Ethan Sophie Liam Charlotte Oliver Amelia Harry Isla George Poppy Jack
Freya Thomas Lucy Benjamin Grace Samuel Ella Nathan Zoe Aaron Madison Connor Abigail Dylan
Kayla Evan Brianna Caleb Morgan Jordan Taylor Casey Riley Avery Logan Mason Aiden Hunter
Austin Sydney Savannah Brooke Paige Shannon Kelly Will Hope Rose Joy Faith Mark Bill Frank
Dawn June April Summer Drew Gene Miles Ivy Ruby Amber Iris Chase Victor Peter Paul John
Robert William Richard Charles Joseph Edward Stephen Patrick Sean Siobhan Niamh Aoife Conor
Ciaran Fiona Alison Claire Laura Helen Catherine Rebecca Heather Gemma Jade Holly Tom Ben
Sam Alex Chris Jamie Rory Callum Ewan Kirsty Shona Graham Stuart Neil Gareth Rhys Dafydd
Bethan Cerys Gwen Priya Kwame Kofi Ama Yaw Esi Akosua Wanjiru Njeri Otieno Kamau Achieng
Linus Jakob Matthew Kelly Taylor Ada Pat Sage Max Ray Penny Sterling Crystal""".split()
EN_FAMILY = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas
Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King
Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell
Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed
Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price
Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Hamilton Graham
Wallace Cole West Owens Reynolds Ellis Harrison Gibson McDonald Marshall O'Brien O'Connor
Walsh Byrne Doherty Gallagher Kennedy Lynch Quinn McCarthy Fitzgerald MacLeod Fraser
Henderson Patterson Hayes Chapman Lawson Fletcher Holmes Barker Spencer Webb Mensah Owusu
Boateng Asante Osei Mwangi Odhiambo Kiprop Njoroge Chen Nguyen Kim Singh Khan Ahmed Patel
Pearson Little Conway Shah""".split()

DE_GIVEN = """Anja Lukas Leon Jonas Finn Felix Maximilian Paul Elias Ben Niklas Tim Jan Tobias
Florian Sebastian Stefan Michael Thomas Andreas Markus Christian Matthias Daniel Alexander
Julia Laura Lea Anna Lena Sarah Katharina Sophie Johanna Hannah Marie Lisa Miriam Sabine
Petra Claudia Susanne Nicole Kerstin Birgit Ute Jürgen Uwe Dirk Ralf Jörg Frank Ernst
Wolfgang Klaus Günter Heike Anna-Lena Hans-Peter Karl-Heinz Björn Sören Malte Jannik Till
Friederike Svenja Wiebke Merle Otto Kai Detlef Rosa Fritz Jakob Pascal Peter Carl Karl
Robert Hugo Egon Roland Ludwig Konrad Heinrich Willy Gudrun Ines Franziska Vanessa""".split()
DE_FAMILY = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler
Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel
Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Sommer Groß Seidel Heinrich
Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Voigt Sauer
Arnold Pfeiffer Gauß Ebert Erhard Storz Kessler""".split()
DE_FAMILY_RARE = ["von Bülow", "von der Heide", "zu Eltz", "von Arnim"]

FR_GIVEN = """Camille Léa Manon Chloé Emma Inès Jade Louise Alice Lina Élodie Céline Aurélie
Nathalie Isabelle Sophie Claire Julie Marion Pauline Mathilde Hélène Margaux Océane Lucas
Hugo Louis Gabriel Arthur Jules Adam Raphaël Théo Nathan Antoine Maxime Thomas Nicolas
Julien Guillaume Pierre Jean Jean-Baptiste Jean-Marc Pierre-Yves Marie-Claire Anne-Sophie
François Stéphane Sébastien Jérôme Benoît Aurélien Yannick Rémi Clément Amélie Agnès
Blanche Victoire Constance Marine Patience Étienne Sophia Yves Christian Victor Émilie
Estelle Anaïs Bastien""".split()
FR_FAMILY = """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon
Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André
Lefebvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau
Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont
Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Boyer Denis Lemaire Duval Joly Gautier
Roger Roche Roy Noël Meyer Lucas Meunier Marchand Dufour Blanchard Brun Giraud Barbier
Leclerc Arnaud Renaud Lemoine Aubert Mallet Diallo Traoré Camara Haddad Benali Mansouri
Fabre Rocher Hugo""".split()
FR_FAMILY_RARE = ["Le Gall", "Le Goff", "Ben Ali", "de La Tour"]

ES_GIVEN = """María Lucía Paula Sofía Martina Carmen Laura Marta Ana Elena Cristina Isabel
Raquel Patricia Beatriz Rocío Pilar Luz Paz Clara Alba Inés Nuria Montserrat Ainhoa Itziar
Guadalupe Valentina Camila Ximena Daniela José Juan Antonio Manuel Francisco David Javier
Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Álvaro Diego Jorge Alberto
Fernando Iker Hugo Mateo Santiago Sebastián Andrés Joaquín Ignacio Íñigo Salvador Ángel
Dolores Mercedes Esperanza Blanca Cruz Concepción Ángeles Carolina Adolfo Massimo Rosa
Soledad Consuelo Barbara Gonzalo Marcos""".split()
ES_GIVEN_DOUBLE = ["María José", "Juan Carlos", "José Luis", "Ana Belén", "María del Mar",
                   "Juan Pablo", "Luis Miguel"]
ES_FAMILY = """García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín
Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres
Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado
Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano
Guerrero Cano Prieto Méndez Cruz Calvo Gallego Herrera Peña Flores Cabrera Campos Vega
Fuentes Carrasco Diez Reyes Aguirre Etxeberria Goikoetxea Clará Valdez Dutti""".split()

PT_GIVEN = """Ana Maria Beatriz Mariana Larissa Camila Juliana Fernanda Gabriela Letícia Aline
Patrícia Renata Vanessa Bruna Carolina Isabela Luana Graça Conceição Vitória Glória Aurora
Luiza Catarina João Pedro Lucas Gabriel Rafael Gustavo Felipe Thiago Bruno Rodrigo Leonardo
Matheus Guilherme Eduardo Diego Marcelo Paulo Fábio André Caio Vinícius Otávio Luiz Sérgio
Márcio Oswaldo Getúlio José Salvador Bernardo Luz Tiago Inês Rita Joana""".split()
PT_GIVEN_DOUBLE = ["João Pedro", "Maria Eduarda", "Ana Clara", "Luiz Fernando",
                   "Maria Luiza", "Pedro Henrique"]
PT_FAMILY = """Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa
Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento
Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana
Teixeira Araújo Pinto Cavalcanti Monteiro Moura Correia Castro Campos Azevedo Cruz Vargas
Sousa Magalhães""".split()
PT_FAMILY_RARE = ["da Silva", "dos Santos", "de Oliveira", "da Costa", "de Souza"]

IT_GIVEN = """Giulia Chiara Francesca Sara Martina Alessia Valentina Federica Elisa Silvia
Elena Serena Paola Roberta Alessandra Giorgia Sofia Aurora Bianca Stella Vittoria Marina
Speranza Marco Luca Alessandro Andrea Matteo Lorenzo Francesco Davide Simone Federico
Riccardo Stefano Giuseppe Giovanni Antonio Roberto Paolo Massimo Fabio Emanuele Nicola
Gianluca Pierluigi Felice Enzo Salvatore Vittorio Carmine Gennaro Giorgio Bruno Leonardo
Donato Ilaria Beatrice""".split()
IT_FAMILY = """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno
Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro
Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo
Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco
Marini Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti
Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Carbone Giuliani Benedetti Barone
Caputo Montanari Guerra Palmieri Bernardi Fiore D'Amico Orlando Pareto Armani Rana
Kessler Ferragamo""".split()

NL_GIVEN = """Sanne Lotte Anouk Femke Iris Eva Fleur Lisa Roos Sophie Emma Julia Noor Tess Lieke
Marloes Ilse Esther Ingrid Daan Sem Lucas Milan Levi Thijs Jesse Bram Ruben Lars Tim Niels
Sander Bas Bart Joost Pieter Jeroen Maarten Wouter Frank Koen Stijn Gijs Jelle Hendrik Jan
Willem Kees Geert Storm Joris Albert Dirk Anne Mark""".split()
NL_FAMILY = """Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker
Brouwer Dijkstra Smits Kok Jacobs Vermeulen Schouten Willems Hoekstra Maas Verhoeven Koster
Prins Blom Huisman Peeters Maes Claes Wouters Heijn Linders Postma Kuipers""".split()
NL_FAMILY_PART = ["de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot",
                  "van Leeuwen", "de Wit", "de Graaf", "van der Meer", "van der Linden",
                  "de Haan", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
                  "van der Heijden", "van Beek", "van Vliet", "van de Ven", "van Dam",
                  "van der Wal"]

IN_GIVEN = """Rahul Priya Amit Anjali Rohan Sneha Vikram Pooja Arjun Kavya Aditya Neha Siddharth
Divya Karthik Lakshmi Ganesh Suresh Ramesh Meera Ananya Ishaan Aarav Vivaan Saanvi Diya
Kiran Asha Jyoti Deepak Sagar Suraj Anand Vijay Prem Shanti Nikhil Harsh Tanvi Shreya
Gaurav Manish Sunita Rekha Venkatesh Srinivas Arvind Pranav Varun Nandini Aishwarya Rajesh
Sanjay Ravi Mohit Abhishek Ankit Akash Tanmay Ritika Shweta Pallavi Bhavna Harpreet
Gurpreet Manpreet Simran Jaspreet Indira Rajiv Sunny Ruby""".split()
IN_FAMILY = """Sharma Verma Gupta Patel Shah Mehta Iyer Iyengar Nair Menon Pillai Reddy Rao
Naidu Kumar Singh Chauhan Yadav Joshi Kulkarni Deshpande Patil Jain Agarwal Banerjee
Chatterjee Mukherjee Das Bose Sen Ghosh Dutta Krishnan Subramanian Venkatesan Raghavan
Chopra Kapoor Malhotra Khanna Bhatia Sethi Arora Gill Sandhu Dhillon Grewal Mishra Tiwari
Pandey Dubey Chaudhary Saxena Srivastava Trivedi Bhatt Desai Pandya Naik Shetty Hegde
Kamath Fernandes D'Souza Gandhi Birla""".split()
IN_DEV = [("राहुल", "Rahul"), ("प्रिया", "Priya"), ("अमित", "Amit"), ("अंजलि", "Anjali"),
          ("रोहन", "Rohan"), ("स्नेहा", "Sneha"), ("विक्रम", "Vikram"), ("पूजा", "Pooja"),
          ("अर्जुन", "Arjun"), ("नेहा", "Neha"), ("दीपक", "Deepak"), ("सुनीता", "Sunita"),
          ("राजेश", "Rajesh"), ("संजय", "Sanjay"), ("रवि", "Ravi"), ("आशा", "Asha"),
          ("किरण", "Kiran"), ("गणेश", "Ganesh"), ("मीरा", "Meera"), ("आदित्य", "Aditya")]
IN_DEV_FAMILY = [("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"),
                 ("सिंह", "Singh"), ("यादव", "Yadav"), ("मिश्रा", "Mishra"),
                 ("तिवारी", "Tiwari"), ("पांडे", "Pandey"), ("जोशी", "Joshi"),
                 ("कुमार", "Kumar"), ("चौहान", "Chauhan"), ("श्रीवास्तव", "Srivastava")]

NG_GIVEN = """Chinedu Chiamaka Ngozi Emeka Obinna Ifeoma Adaeze Chukwuemeka Nnamdi Uchenna
Oluwaseun Olumide Adebayo Ayodele Folake Funmilayo Temitope Tolulope Damilola Babajide
Kehinde Taiwo Yetunde Abimbola Musa Ibrahim Aisha Fatima Abubakar Usman Zainab Hauwa
Blessing Favour Precious Gift Godwin Patience Mercy Peace Goodluck Wisdom Comfort Emmanuel
Samuel Victor Joy Esther Grace Ada Success""".split()
NG_FAMILY = """Okafor Okeke Nwosu Eze Okonkwo Obi Nwankwo Chukwu Onyeka Uzor Adeyemi Adebayo
Ogunleye Afolabi Oyelaran Balogun Olawale Akinola Ogundipe Bello Abdullahi Mohammed Sani
Danjuma Yusuf Lawal Suleiman Okoro Ekwueme Ibe Eboh Ekanem Bassey Effiong Etim Okon""".split()

JA_FAMILY = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
             ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
             ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
             ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"),
             ("井上", "Inoue"), ("木村", "Kimura"), ("林", "Hayashi"), ("斎藤", "Saito"),
             ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("森", "Mori"), ("池田", "Ikeda"),
             ("橋本", "Hashimoto"), ("阿部", "Abe"), ("石川", "Ishikawa"), ("山下", "Yamashita"),
             ("中島", "Nakajima"), ("石井", "Ishii"), ("小川", "Ogawa"), ("前田", "Maeda"),
             ("岡田", "Okada"), ("長谷川", "Hasegawa"), ("藤田", "Fujita"), ("後藤", "Goto"),
             ("近藤", "Kondo"), ("村上", "Murakami"), ("遠藤", "Endo"), ("青木", "Aoki"),
             ("坂本", "Sakamoto"), ("本田", "Honda"), ("豊田", "Toyoda")]
JA_GIVEN = [("翔太", "Shota"), ("大輔", "Daisuke"), ("健太", "Kenta"), ("拓也", "Takuya"),
            ("直樹", "Naoki"), ("誠", "Makoto"), ("翼", "Tsubasa"), ("蓮", "Ren"),
            ("陽翔", "Haruto"), ("悠真", "Yuma"), ("大樹", "Daiki"), ("亮", "Ryo"),
            ("健一", "Kenichi"), ("浩二", "Koji"), ("光", "Hikari"), ("花子", "Hanako"),
            ("陽菜", "Hina"), ("結衣", "Yui"), ("美咲", "Misaki"), ("さくら", "Sakura"),
            ("葵", "Aoi"), ("彩", "Aya"), ("愛", "Ai"), ("由美", "Yumi"), ("恵", "Megumi"),
            ("真由美", "Mayumi"), ("明美", "Akemi"), ("裕子", "Yuko"), ("直美", "Naomi"),
            ("奈々", "Nana"), ("千尋", "Chihiro"), ("舞", "Mai"), ("智子", "Tomoko"),
            ("遥", "Haruka"), ("空", "Sora"), ("一郎", "Ichiro"), ("隆", "Takashi")]

ZH_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
             ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
             ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
             ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"),
             ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"),
             ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
             ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"),
             ("袁", "Yuan"), ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"),
             ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"),
             ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"),
             ("钟", "Zhong"), ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"), ("石", "Shi"),
             ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"), ("方", "Fang"), ("白", "Bai"),
             ("邹", "Zou"), ("孟", "Meng"), ("熊", "Xiong"), ("秦", "Qin"), ("江", "Jiang"),
             ("黎", "Li"), ("万", "Wan"), ("欧阳", "Ouyang")]
ZH_GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
            ("丽", "Li"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"),
            ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("娟", "Juan"), ("涛", "Tao"),
            ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"), ("霞", "Xia"), ("平", "Ping"),
            ("刚", "Gang"), ("桂英", "Guiying"), ("建华", "Jianhua"), ("华", "Hua"),
            ("鹏", "Peng"), ("辉", "Hui"), ("婷", "Ting"), ("宇", "Yu"), ("浩", "Hao"),
            ("晨", "Chen"), ("欣怡", "Xinyi"), ("子涵", "Zihan"), ("梓涵", "Zihan"),
            ("一诺", "Yinuo"), ("思远", "Siyuan"), ("志强", "Zhiqiang"), ("海燕", "Haiyan"),
            ("晓明", "Xiaoming"), ("雨萱", "Yuxuan"), ("浩然", "Haoran"), ("俊杰", "Junjie"),
            ("嘉怡", "Jiayi"), ("佳琪", "Jiaqi"), ("文博", "Wenbo"), ("天宇", "Tianyu"),
            ("峰", "Feng"), ("宁", "Ning"), ("颖", "Ying"), ("雪", "Xue"), ("琳", "Lin"),
            ("倩", "Qian"), ("博", "Bo"), ("凯", "Kai"), ("斌", "Bin")]
ZH_ROMAN_EXTRA = {"大福": "Dafu", "老吉": "Laoji", "小泉": "Xiaoquan"}

KO_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
             ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
             ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"),
             ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"), ("류", "Ryu"), ("홍", "Hong")]
KO_GIVEN = [("민준", "Minjun"), ("서연", "Seoyeon"), ("지훈", "Jihoon"), ("지은", "Jieun"),
            ("현우", "Hyunwoo"), ("수빈", "Subin"), ("도윤", "Doyoon"), ("하은", "Haeun"),
            ("예준", "Yejun"), ("서준", "Seojun"), ("지민", "Jimin"), ("유진", "Yujin"),
            ("민지", "Minji"), ("성민", "Sungmin"), ("재현", "Jaehyun"), ("은지", "Eunji"),
            ("혜진", "Hyejin"), ("동현", "Donghyun"), ("상우", "Sangwoo"), ("수진", "Sujin"),
            ("정호", "Jungho"), ("미영", "Miyoung"), ("미지", "Miji")]

AR_GIVEN = [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("عمر", "Omar"),
            ("خالد", "Khalid"), ("يوسف", "Youssef"), ("حسن", "Hassan"), ("إبراهيم", "Ibrahim"),
            ("عبدالله", "Abdullah"), ("سارة", "Sara"), ("فاطمة", "Fatima"), ("مريم", "Maryam"),
            ("نور", "Nour"), ("ليلى", "Layla"), ("هند", "Hind"), ("ريم", "Reem"),
            ("دانة", "Dana"), ("سلمى", "Salma"), ("خليفة", "Khalifa"), ("زايد", "Zayed"),
            ("طارق", "Tariq"), ("كريم", "Karim"), ("رانيا", "Rania"), ("ياسمين", "Yasmin"),
            ("منى", "Mona"), ("هدى", "Huda"), ("حمد", "Hamad"), ("سلطان", "Sultan")]
AR_FAMILY = [("الحسن", "Al-Hassan"), ("العتيبي", "Al-Otaibi"), ("القحطاني", "Al-Qahtani"),
             ("الشمري", "Al-Shammari"), ("الزهراني", "Al-Zahrani"), ("المنصوري", "Al-Mansouri"),
             ("الهاشمي", "Al-Hashimi"), ("الكعبي", "Al-Kaabi"), ("النعيمي", "Al-Nuaimi"),
             ("حداد", "Haddad"), ("خوري", "Khoury"), ("منصور", "Mansour"),
             ("سليمان", "Suleiman"), ("عبدالرحمن", "Abdelrahman"), ("الفارس", "Al-Fares"),
             ("العلي", "Al-Ali"), ("صالح", "Saleh"), ("جابر", "Jaber"), ("درويش", "Darwish")]

RU_GIVEN = [("Анна", "Anna", "f"), ("Мария", "Maria", "f"), ("Елена", "Elena", "f"),
            ("Ольга", "Olga", "f"), ("Наталья", "Natalia", "f"), ("Екатерина", "Ekaterina", "f"),
            ("Татьяна", "Tatiana", "f"), ("Ирина", "Irina", "f"), ("Светлана", "Svetlana", "f"),
            ("Юлия", "Yulia", "f"), ("Дарья", "Daria", "f"), ("Ксения", "Ksenia", "f"),
            ("Алина", "Alina", "f"), ("Полина", "Polina", "f"), ("Вера", "Vera", "f"),
            ("Надежда", "Nadezhda", "f"), ("Любовь", "Lyubov", "f"), ("Мира", "Mira", "f"),
            ("Александр", "Alexander", "m"), ("Дмитрий", "Dmitry", "m"),
            ("Сергей", "Sergey", "m"), ("Андрей", "Andrey", "m"), ("Алексей", "Alexey", "m"),
            ("Максим", "Maxim", "m"), ("Иван", "Ivan", "m"), ("Михаил", "Mikhail", "m"),
            ("Никита", "Nikita", "m"), ("Артём", "Artyom", "m"), ("Павел", "Pavel", "m"),
            ("Евгений", "Evgeny", "m"), ("Владимир", "Vladimir", "m"),
            ("Николай", "Nikolay", "m"), ("Олег", "Oleg", "m"), ("Роман", "Roman", "m"),
            ("Лев", "Lev", "m")]
RU_FAMILY = """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров
Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Сорокин Виноградов
Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Марков Крылов Карпов Власов Мельников
Денисов Гаврилов Тихонов Казаков""".split()
RU_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
         "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
         "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
         "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
         "я": "ya"}


def ru_translit(s):
    out = []
    for ch in s:
        t = RU_TR.get(ch.lower(), ch)
        out.append(t.capitalize() if ch.isupper() else t)
    return "".join(out)


PL_GIVEN = [("Anna", "f"), ("Katarzyna", "f"), ("Małgorzata", "f"), ("Agnieszka", "f"),
            ("Magdalena", "f"), ("Joanna", "f"), ("Aleksandra", "f"), ("Zofia", "f"),
            ("Marta", "f"), ("Monika", "f"), ("Piotr", "m"), ("Krzysztof", "m"),
            ("Andrzej", "m"), ("Tomasz", "m"), ("Paweł", "m"), ("Michał", "m"), ("Marcin", "m"),
            ("Łukasz", "m"), ("Jakub", "m"), ("Mateusz", "m"), ("Wojciech", "m"),
            ("Kamil", "m"), ("Grzegorz", "m"), ("Bartosz", "m")]
PL_FAMILY = ["Nowak", "Kowalsk", "Wiśniewsk", "Wójcik", "Kowalczyk", "Kamińsk", "Lewandowsk",
             "Zielińsk", "Szymańsk", "Woźniak", "Dąbrowsk", "Kozłowsk", "Jankowsk", "Mazur",
             "Kwiatkowsk", "Krawczyk", "Piotrowsk", "Grabowsk", "Pawłowsk", "Michalsk", "Król",
             "Wieczorek", "Jabłońsk", "Wróbel", "Majewsk", "Olszewsk", "Stępień",
             "Malinowsk"]

TR_GIVEN = """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Burak Can Cem Murat Serkan Oğuz
Elif Zeynep Ayşe Fatma Emine Merve Büşra Selin Deniz Ece Gizem Özge Şule Esra Cansu""".split()
TR_FAMILY = """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy Bulut Korkmaz""".split()

VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
             "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
VI_MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu"]
VI_GIVEN = ["Anh", "Linh", "Trang", "Hương", "Lan", "Mai", "Hà", "Thảo", "Ngọc", "Minh",
            "Tuấn", "Hùng", "Dũng", "Nam", "Long", "Quang", "Hải", "Đức", "Phong", "Khoa"]

# culture -> weight in the directory
CULTURE_WEIGHTS = [("en", 22), ("de", 7), ("fr", 6), ("es", 8), ("pt", 8), ("it", 4),
                   ("nl", 3), ("in", 10), ("in_dev", 1.5), ("ng", 4), ("ja_kanji", 3),
                   ("ja_romaji", 1.5), ("zh_hanzi", 3.5), ("zh_pinyin", 2.5),
                   ("ko_hangul", 1.5), ("ko_latin", 1), ("ar_arabic", 2), ("ar_latin", 2),
                   ("ru_cyr", 2.5), ("ru_latin", 1.5), ("pl", 2), ("tr", 2), ("vi", 1)]

# text language -> which members it mentions
LANG_CULTURES = {
    "en": [("en", 45), ("in", 14), ("ng", 8), ("zh_pinyin", 5), ("es", 4), ("de", 3),
           ("fr", 3), ("pt", 3), ("ar_latin", 3), ("ja_romaji", 2), ("ko_latin", 2),
           ("ru_latin", 2), ("it", 1), ("nl", 1), ("vi", 1), ("tr", 1), ("pl", 1)],
    "de": [("de", 75), ("en", 8), ("tr", 5), ("pl", 4), ("ru_latin", 3), ("it", 2),
           ("fr", 3)],
    "fr": [("fr", 80), ("ar_latin", 6), ("en", 5), ("es", 3), ("pt", 3), ("it", 3)],
    "es": [("es", 85), ("en", 5), ("pt", 5), ("it", 3), ("fr", 2)],
    "pt": [("pt", 88), ("es", 5), ("en", 4), ("it", 3)],
    "it": [("it", 88), ("en", 5), ("fr", 3), ("es", 4)],
    "nl": [("nl", 80), ("en", 8), ("de", 5), ("tr", 4), ("fr", 3)],
    "hi": [("in", 60), ("in_dev", 40)],
    "ja": [("ja_kanji", 85), ("ja_romaji", 10), ("en", 5)],
    "zh": [("zh_hanzi", 90), ("zh_pinyin", 5), ("en", 5)],
    "ko": [("ko_hangul", 90), ("ko_latin", 5), ("en", 5)],
    "ar": [("ar_arabic", 75), ("ar_latin", 20), ("en", 5)],
    "ru": [("ru_cyr", 85), ("ru_latin", 10), ("en", 5)],
    "pl": [("pl", 90), ("en", 10)],
    "tr": [("tr", 90), ("en", 10)],
}
LANG_DEFAULT_CULTURE = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it",
                        "nl": "nl", "hi": "in", "ja": "ja_kanji", "zh": "zh_hanzi",
                        "ko": "ko_hangul", "ar": "ar_arabic", "ru": "ru_cyr", "pl": "pl",
                        "tr": "tr"}

LATIN_POOLS = {"en": (EN_GIVEN, EN_FAMILY), "de": (DE_GIVEN, DE_FAMILY),
               "fr": (FR_GIVEN, FR_FAMILY), "es": (ES_GIVEN, ES_FAMILY),
               "pt": (PT_GIVEN, PT_FAMILY), "it": (IT_GIVEN, IT_FAMILY),
               "nl": (NL_GIVEN, NL_FAMILY), "in": (IN_GIVEN, IN_FAMILY),
               "ng": (NG_GIVEN, NG_FAMILY), "tr": (TR_GIVEN, TR_FAMILY)}

# handles never equal to these (they are used as at_not_handle negatives or are company
# words after @ in headlines)
RESERVED_HANDLES = set("""everyone here channel override test autowired dataclass property
types angular vercel media import home google zalando infosys nubank sap siemens stripe
shopify canva monzo revolut andela paystack celonis personio doctolib qonto glovo cabify
ifood adyen mollie picnic mercari tencent alibaba naver kakao yandex allegro trendyol getir
staticmethod param team admin support""".split())


# ---------------------------------------------------------------------------------------
# The member directory

class Member:
    __slots__ = ("uid", "name", "handle", "given", "family", "given_ascii", "family_ascii",
                 "culture", "greet")

    def __init__(self, name, given, family, given_ascii, family_ascii, culture, greet):
        self.name, self.given, self.family = name, given, family
        self.given_ascii, self.family_ascii = given_ascii, family_ascii
        self.culture, self.greet = culture, greet
        self.uid = self.handle = None


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def make_member(rng, culture, given=None, family=None):
    """A member of a culture; given/family force a part (in the culture's own script)."""
    if culture in LATIN_POOLS:
        gl, fl = LATIN_POOLS[culture]
        g = given or rng.choice(gl)
        if family:
            f = family
        elif culture == "es":
            f = rng.choice(ES_FAMILY)
            if rng.random() < 0.35:
                f2 = rng.choice(ES_FAMILY)
                if f2 != f:
                    f = f + " " + f2
            if not given and rng.random() < 0.08:
                g = rng.choice(ES_GIVEN_DOUBLE)
        elif culture == "pt":
            f = rng.choice(PT_FAMILY + PT_FAMILY_RARE)
            if rng.random() < 0.3:
                f = rng.choice(PT_FAMILY) + " " + rng.choice(PT_FAMILY)
                if f.split()[0] == f.split()[1]:
                    f = f.split()[0]
            if not given and rng.random() < 0.08:
                g = rng.choice(PT_GIVEN_DOUBLE)
        elif culture == "de":
            f = rng.choice(DE_FAMILY_RARE) if rng.random() < 0.02 else rng.choice(fl)
        elif culture == "fr":
            f = rng.choice(FR_FAMILY_RARE) if rng.random() < 0.03 else rng.choice(fl)
        elif culture == "nl":
            f = rng.choice(NL_FAMILY_PART) if rng.random() < 0.45 else rng.choice(fl)
        else:
            f = rng.choice(fl)
        return Member(g + " " + f, g, f, ascii_fold(g), ascii_fold(f), culture, True)
    if culture == "in_dev":
        if given:
            g, ga = given, dict(IN_DEV)[given]
        else:
            g, ga = rng.choice(IN_DEV)
        f, fa = rng.choice(IN_DEV_FAMILY)
        return Member(g + " " + f, g, f, ga, fa, culture, True)
    if culture == "ja_kanji" or culture == "ja_romaji":
        f, fa = rng.choice(JA_FAMILY)
        if family:
            f, fa = family, dict(JA_FAMILY)[family]
        g, ga = rng.choice(JA_GIVEN)
        if given:
            g, ga = given, dict(JA_GIVEN)[given]
        if culture == "ja_romaji":
            return Member(ga + " " + fa, ga, fa, ga, fa, culture, True)
        sep = " " if rng.random() < 0.4 else ""
        return Member(f + sep + g, g, f, ga, fa, culture, False)
    if culture == "zh_hanzi" or culture == "zh_pinyin":
        f, fa = rng.choice(ZH_FAMILY)
        g, ga = rng.choice(ZH_GIVEN)
        if family:
            f, fa = family, dict(ZH_FAMILY)[family]
        if given:
            g = given
            ga = dict(ZH_GIVEN).get(given) or ZH_ROMAN_EXTRA[given]
        if culture == "zh_pinyin":
            if rng.random() < 0.7:
                return Member(ga + " " + fa, ga, fa, ga, fa, culture, True)
            return Member(fa + " " + ga, ga, fa, ga, fa, culture, False)
        return Member(f + g, g, f, ga, fa, culture, False)
    if culture == "ko_hangul" or culture == "ko_latin":
        f, fa = rng.choice(KO_FAMILY)
        g, ga = rng.choice(KO_GIVEN)
        if family:
            f, fa = family, dict(KO_FAMILY)[family]
        if given:
            g, ga = given, dict(KO_GIVEN)[given]
        if culture == "ko_latin":
            return Member(ga + " " + fa, ga, fa, ga, fa, culture, True)
        return Member(f + g, g, f, ga, fa, culture, False)
    if culture == "ar_arabic" or culture == "ar_latin":
        g, ga = rng.choice(AR_GIVEN)
        f, fa = rng.choice(AR_FAMILY)
        if given:
            g, ga = given, dict(AR_GIVEN)[given]
        if culture == "ar_latin":
            return Member(ga + " " + fa, ga, fa, ga, fa.replace("-", ""), culture, True)
        return Member(g + " " + f, g, f, ga, fa.replace("-", ""), culture, True)
    if culture == "ru_cyr" or culture == "ru_latin":
        cands = [x for x in RU_GIVEN if x[0] == given] if given else RU_GIVEN
        g, ga, sex = rng.choice(cands)
        if family:
            f = family
            sex = "f" if f.endswith("а") else "m"
            cands = [x for x in RU_GIVEN if x[2] == sex]
            if not given:
                g, ga, sex = rng.choice(cands)
        else:
            f = rng.choice(RU_FAMILY)
            if sex == "f":
                f += "а"
        fa = ru_translit(f)
        if culture == "ru_latin":
            return Member(ga + " " + fa, ga, fa, ga, fa, culture, True)
        return Member(g + " " + f, g, f, ga, fa, culture, True)
    if culture == "pl":
        g, sex = rng.choice(PL_GIVEN)
        f = rng.choice(PL_FAMILY)
        if f.endswith("sk"):
            f += "a" if sex == "f" else "i"
        return Member(g + " " + f, g, f, ascii_fold(g), ascii_fold(f), culture, True)
    if culture == "vi":
        f, m, g = rng.choice(VI_FAMILY), rng.choice(VI_MIDDLE), rng.choice(VI_GIVEN)
        if rng.random() < 0.5:
            return Member(f + " " + m + " " + g, g, f, ascii_fold(g), ascii_fold(f), culture,
                          False)
        g2, f2 = ascii_fold(g), ascii_fold(f)
        return Member(g2 + " " + f2, g2, f2, g2, f2, culture, True)
    raise ValueError(culture)


def handle_candidates(rng, m):
    g = slug_letters(m.given_ascii) or "member"
    f = slug_letters(m.family_ascii) or "x"
    yy = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(1, 2024))
    pats = [g + f, g + "_" + f, g[0] + f, g + f[0], f + g[0], g + f + yy, g + "_" + f[0],
            g + f[:3], f + "_" + g, g + "_" + f + yy[-2:], g + "codes", g + "_dev",
            "the" + g + f[0], g + "builds"]
    first = rng.choices(pats, weights=[20, 14, 12, 5, 4, 8, 4, 3, 3, 3, 1, 1, 1, 1])[0]
    return [first] + pats


class Directory:
    def __init__(self, rng, n, fixed):
        self.members = []
        handles = set()
        positions = set(rng.sample(range(max(n, len(fixed))), len(fixed)))
        fixed_iter = iter(fixed)
        total = max(n, len(fixed))
        for i in range(total):
            if i in positions:
                m = next(fixed_iter)
            else:
                m = make_member(rng, weighted(rng, CULTURE_WEIGHTS))
            cand = handle_candidates(rng, m)
            h = None
            for c in cand:
                c = c[:20]
                if len(c) >= 4 and c not in handles and c not in RESERVED_HANDLES:
                    h = c
                    break
            k = 2
            while h is None:
                c = (cand[0][:16] + str(k))
                if c not in handles and c not in RESERVED_HANDLES:
                    h = c
                k += 1
            handles.add(h)
            m.handle = h
            m.uid = "u%d" % (i + 1)
            self.members.append(m)
        self.by_culture = {}
        self.by_given = {}
        self.full = {}
        self.given_set = set()
        for idx, m in enumerate(self.members):
            self.by_culture.setdefault(m.culture, []).append(idx)
            self.full.setdefault(norm_tokens(m.name), idx)
            if m.greet:
                self.by_given.setdefault(fold(m.given), []).append(idx)
                self.given_set.add(fold(m.given))
        self.handles = {m.handle: i for i, m in enumerate(self.members)}
        self.cjk_names = {}
        for i, m in enumerate(self.members):
            if all(is_cjk(ch) for ch in m.name.replace(" ", "")):
                self.cjk_names.setdefault(m.name.replace(" ", ""), i)
        self.max_tokens = max(len(k.split()) for k in self.full)

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for m in self.members:
                f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle},
                                   ensure_ascii=False) + "\n")


TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def norm_tokens(s):
    """A name or text as space-joined folded word tokens (hyphens and punctuation split)."""
    return " ".join(fold(t) for t in TOKEN_RE.findall(s))


# ---------------------------------------------------------------------------------------
# Phone numbers: (text, form).  National and international formats as people write them.

def D(rng, n, lead="0123456789"):
    if n <= 0:
        return ""
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(rng, items):
    return rng.choice(items)


US_AREAS = "212 646 917 718 415 650 408 510 312 773 617 206 512 713 214 305 404 303 602 702 619 858 503 612 704 919 615 202 703 301 267 215 412 216 313 614 317 801 720 425".split()
CA_AREAS = "416 647 437 604 778 514 438 403 587 613 902 780 519 905".split()
TOLLFREE = "800 888 877 866 855 844 833".split()


def ph_nanp(rng, ca=False, compact=False):
    a = pick(rng, CA_AREAS if ca else US_AREAS)
    if not ca and rng.random() < 0.06:
        a = pick(rng, TOLLFREE)
    e = D(rng, 3, "23456789")
    while e[1:] == "11":
        e = D(rng, 3, "23456789")
    l = D(rng, 4)
    if compact:
        return "+1" + a + e + l
    f = pick(rng, ["({a}) {e}-{l}"] * 4 + ["{a}-{e}-{l}"] * 3 + ["{a}.{e}.{l}"] * 2 +
             ["{a} {e} {l}", "+1 {a} {e} {l}", "+1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}",
              "1-{a}-{e}-{l}", "+1.{a}.{e}.{l}", "+1{a}{e}{l}", "({a})\u00a0{e}-{l}"])
    return f.format(a=a, e=e, l=l)


def ph_uk(rng, compact=False):
    r = rng.random()
    if r < 0.45:  # mobile 07xxx xxxxxx
        m = "7" + D(rng, 1, "1234579") + D(rng, 8)
        parts = (m[:4], m[4:])
        if compact:
            return "+44" + m
        f = pick(rng, ["0{0} {1}"] * 4 + ["+44 {0} {1}"] * 3 + ["+44 (0){0} {1}", "+44 (0) {0} {1}",
                  "+44{0}{1}", "0044 {0} {1}", "0{0}\u00a0{1}", "0{0}-{1}"])
        return f.format(*parts)
    if r < 0.7:  # London
        s = D(rng, 1, "378") + D(rng, 7)
        if compact:
            return "+4420" + s
        f = pick(rng, ["020 {0} {1}"] * 3 + ["+44 20 {0} {1}"] * 2 + ["+44 (0)20 {0} {1}",
                  "(020) {0} {1}", "+44 (0) 20 {0} {1}", "020-{0}-{1}"])
        return f.format(s[:4], s[4:])
    if r < 0.9:
        a = pick(rng, ["161", "113", "121", "131", "141", "117", "118", "191", "151", "114",
                       "115", "1223", "1865", "29", "28"])
        if len(a) == 4:
            s = D(rng, 6, "23456789")
            nat, intl = "0%s %s" % (a, s), "+44 %s %s" % (a, s)
        elif len(a) == 2:
            s = D(rng, 8, "23456789")
            nat, intl = "0%s %s %s" % (a, s[:4], s[4:]), "+44 %s %s %s" % (a, s[:4], s[4:])
        else:
            s = D(rng, 7, "23456789")
            nat, intl = "0%s %s %s" % (a, s[:3], s[3:]), "+44 %s %s %s" % (a, s[:3], s[3:])
        if compact:
            return "+44" + a + s
        return pick(rng, [nat, nat, intl, intl.replace("+44 ", "+44 (0)")])
    a = pick(rng, ["800", "808", "345", "330", "300"])
    s = D(rng, 7)
    if compact:
        return "+44" + a + s
    return pick(rng, ["0%s %s %s" % (a, s[:3], s[3:]), "0%s %s %s" % (a, s[:3], s[3:]),
                      "+44 %s %s %s" % (a, s[:3], s[3:])])


def ph_de(rng, compact=False):
    if rng.random() < 0.5:
        p = pick(rng, "151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179".split())
        s = D(rng, rng.choice([7, 8]), "123456789")
        if compact:
            return "+49" + p + s
        f = pick(rng, ["0{p} {s}"] * 4 + ["0{p}/{s}"] * 2 + ["0{p}-{s}", "+49 {p} {s}", "+49 {p} {s}",
                  "+49 (0){p} {s}", "+49 (0) {p} {s}", "+49{p}{s}", "0049 {p} {s}",
                  "0{p} {s1} {s2}", "+49 {p} {s1} {s2}", "0{p}\u00a0{s}", "+49\u00a0{p}\u00a0{s}"])
        return f.format(p=p, s=s, s1=s[:3], s2=s[3:])
    a = pick(rng, "30 89 40 69 221 711 211 341 351 511 911 201 231 421 228 6221 761 721 531".split())
    n = {2: rng.choice([7, 8]), 3: rng.choice([6, 7, 8]), 4: rng.choice([5, 6, 7])}[len(a)]
    s = D(rng, n, "123456789")
    if compact:
        return "+49" + a + s
    g = s[:3] + " " + s[3:] if n >= 7 else s
    f = pick(rng, ["0{a} {s}"] * 3 + ["0{a}/{s}"] * 2 + ["(0{a}) {s}", "0{a}-{s}", "+49 {a} {s}",
              "+49 {a} {s}", "+49 (0){a} {s}", "+49 (0) {a} {s}", "+49-{a}-{s}", "0049 {a} {s}",
              "+49 {a} {g}", "0{a} {g}", "0{a}\u00a0{s}"])
    return f.format(a=a, s=s, g=g)


def ph_fr(rng, compact=False):
    n = rng.choice("1234566677799")
    rest = D(rng, 8)
    if compact:
        return "+33" + n + rest
    pairs = [rest[i:i + 2] for i in range(0, 8, 2)]
    sep = pick(rng, [" "] * 5 + [".", "-", NBSP, NBSP])
    nat = "0" + n + sep + sep.join(pairs)
    f = pick(rng, ["nat"] * 6 + ["intl"] * 3 + ["intl0", "intl0s", "cmp", "00"])
    if f == "nat":
        return nat
    if f == "intl":
        return "+33 " + n + " " + " ".join(pairs)
    if f == "intl0":
        return "+33 (0)" + n + " " + " ".join(pairs)
    if f == "intl0s":
        return "+33 (0) " + n + " " + " ".join(pairs)
    if f == "cmp":
        return "0" + n + rest
    return "0033 " + n + " " + " ".join(pairs)


def ph_in(rng, compact=False):
    if rng.random() < 0.75:
        m = D(rng, 1, "6789") + D(rng, 9)
        if compact:
            return "+91" + m
        f = pick(rng, ["+91 {a} {b}"] * 4 + ["{a} {b}"] * 2 + ["+91-{m}", "+91{m}", "+91 {m}",
                  "0{a} {b}", "0{m}", "{m}", "+91-{a}-{b}", "+91 {a}\u00a0{b}"])
        return f.format(m=m, a=m[:5], b=m[5:])
    c = pick(rng, ["22", "11", "80", "44", "40", "33", "20", "79"])
    s = D(rng, 8, "23456789")
    if compact:
        return "+91" + c + s
    f = pick(rng, ["0{c} {s1} {s2}", "0{c}-{s}", "+91 {c} {s1} {s2}", "+91-{c}-{s}",
                   "0{c}-{s1} {s2}", "(0{c}) {s}"])
    return f.format(c=c, s=s, s1=s[:4], s2=s[4:])


BR_DDD = "11 21 31 41 51 61 71 81 85 19 27 48 62 92 47 13".split()


def ph_br(rng, compact=False):
    d = pick(rng, BR_DDD)
    if rng.random() < 0.75:
        s = "9" + D(rng, 1, "6789") + D(rng, 7)
        if compact:
            return "+55" + d + s
        f = pick(rng, ["({d}) {a}-{b}"] * 4 + ["+55 {d} {a}-{b}"] * 2 + ["+55 ({d}) {a}-{b}",
                  "{d} {a}-{b}", "+55{d}{s}", "({d}) 9 {a2}-{b}", "{d} {s}", "+55 {d} {s}",
                  "({d}){a}-{b}"])
        return f.format(d=d, s=s, a=s[:5], b=s[5:], a2=s[1:5])
    s = D(rng, 1, "2345") + D(rng, 7)
    if compact:
        return "+55" + d + s
    f = pick(rng, ["({d}) {a}-{b}", "({d}) {a}-{b}", "+55 {d} {a}-{b}", "+55 ({d}) {a}-{b}",
                   "{d} {a}-{b}"])
    return f.format(d=d, a=s[:4], b=s[4:])


def ph_jp(rng, compact=False):
    r = 0.0 if compact else rng.random()
    if r < 0.4:
        a = pick(rng, ["90", "80", "70"])
        s = D(rng, 8)
        if compact:
            return "+81" + a + s
        f = pick(rng, ["0{a}-{x}-{y}"] * 5 + ["+81 {a}-{x}-{y}", "+81-{a}-{x}-{y}",
                  "+81 {a} {x} {y}", "0{a} {x} {y}", "+81{a}{s}"])
        return f.format(a=a, x=s[:4], y=s[4:], s=s)
    if r < 0.7:
        a = pick(rng, ["3", "6"])
        s = D(rng, 8, "23456789")
        if compact:
            return "+81" + a + s
        f = pick(rng, ["0{a}-{x}-{y}"] * 5 + ["(0{a}) {x}-{y}", "+81 {a}-{x}-{y}",
                  "+81-{a}-{x}-{y}", "0{a} {x} {y}", "+81 {a} {x} {y}"])
        return f.format(a=a, x=s[:4], y=s[4:])
    if r < 0.9:
        a = pick(rng, ["45", "52", "11", "92", "75", "78", "22", "82"])
        s = D(rng, 7, "23456789")
        if compact:
            return "+81" + a + s
        f = pick(rng, ["0{a}-{x}-{y}"] * 4 + ["+81 {a}-{x}-{y}", "(0{a}) {x}-{y}"])
        return f.format(a=a, x=s[:3], y=s[3:])
    s = D(rng, 6)
    if compact:
        return "+81120" + s
    return pick(rng, ["0120-%s-%s", "0120-%s-%s", "0120 %s %s"]) % (s[:3], s[3:])


def ph_au(rng, compact=False):
    r = 0.0 if compact else rng.random()
    if r < 0.5:
        s = "4" + D(rng, 8)
        if compact:
            return "+61" + s
        f = pick(rng, ["0{a} {b} {c}"] * 4 + ["+61 {a} {b} {c}"] * 2 + ["+61 (0){a} {b} {c}",
                  "0{a}{b}{c}", "+61{s}", "0{a}-{b}-{c}"])
        return f.format(a=s[:3], b=s[3:6], c=s[6:], s=s)
    if r < 0.85:
        a = pick(rng, ["2", "3", "7", "8"])
        s = D(rng, 8, "3456789")
        if compact:
            return "+61" + a + s
        f = pick(rng, ["(0{a}) {x} {y}"] * 3 + ["0{a} {x} {y}"] * 2 + ["+61 {a} {x} {y}"] * 2 +
                 ["+61{a}{x}{y}", "+61 (0){a} {x} {y}"])
        return f.format(a=a, x=s[:4], y=s[4:])
    p = pick(rng, ["1300", "1800"])
    s = D(rng, 6)
    return "%s %s %s" % (p, s[:3], s[3:])


CN_MOBILE = ["13%d" % i for i in range(10)] + "150 151 152 153 155 156 157 158 159 170 176 177 178 180 181 182 183 184 185 186 187 188 189 198 199".split()


def ph_cn(rng, compact=False):
    r = 0.0 if compact else rng.random()
    if r < 0.6:
        p = pick(rng, CN_MOBILE)
        s = D(rng, 8)
        if compact:
            return "+86" + p + s
        f = pick(rng, ["{p}{s}"] * 3 + ["{p} {x} {y}"] * 3 + ["{p}-{x}-{y}", "+86 {p} {x} {y}",
                  "+86 {p}{s}", "+86-{p}-{x}-{y}", "+86{p}{s}", "+86 {p}-{x}-{y}"])
        return f.format(p=p, s=s, x=s[:4], y=s[4:])
    if r < 0.85:
        a = pick(rng, ["10", "21", "20", "755", "571", "28", "27", "25", "512", "23"])
        s = D(rng, 8, "2345678")
        if compact:
            return "+86" + a + s
        f = pick(rng, ["0{a}-{s}"] * 4 + ["0{a}-{x} {y}", "(0{a}) {x} {y}", "+86 {a} {x} {y}",
                  "+86-{a}-{s}", "0{a} {x} {y}"])
        return f.format(a=a, s=s, x=s[:4], y=s[4:])
    s = D(rng, 7)
    if compact:
        return "+86400" + s
    return pick(rng, ["400-%s-%s", "400-%s-%s", "400 %s %s"]) % (s[:3], s[3:])


def ph_es(rng, compact=False):
    if rng.random() < 0.6:
        s = D(rng, 1, "67") + D(rng, 8)
        if compact:
            return "+34" + s
        f = pick(rng, ["{a} {b} {c} {d}"] * 3 + ["{a} {e} {f}"] * 3 + ["+34 {a} {e} {f}"] * 2 +
                 ["+34 {a} {b} {c} {d}", "+34{s}", "0034 {a} {e} {f}", "+34 {s}", "{a}\u00a0{e}\u00a0{f}"])
        return f.format(s=s, a=s[:3], b=s[3:5], c=s[5:7], d=s[7:], e=s[3:6], f=s[6:])
    a = pick(rng, ["91", "93", "95", "96", "94", "98", "97", "92"])
    s = a + D(rng, 7)
    if compact:
        return "+34" + s
    f = pick(rng, ["{a} {b} {c} {d}", "{a} {b} {c} {d}", "+34 {a} {b} {c} {d}", "{x} {y} {z}",
                   "+34 {x} {y} {z}"])
    return f.format(a=s[:2], b=s[2:5], c=s[5:7], d=s[7:], x=s[:3], y=s[3:6], z=s[6:])


def ph_it(rng, compact=False):
    if rng.random() < 0.6:
        s = "3" + D(rng, 1, "234589") + D(rng, 8)
        if compact:
            return "+39" + s
        f = pick(rng, ["{a} {b} {c}"] * 4 + ["{a}-{r}", "{a}/{r}", "{a} {r}", "+39 {a} {b} {c}",
                  "+39 {a} {b} {c}", "+39 {s}", "+39{s}", "0039 {a} {b} {c}", "+39 {a} {r}"])
        return f.format(s=s, a=s[:3], b=s[3:6], c=s[6:], r=s[3:])
    a, n = pick(rng, [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("081", 7), ("051", 7),
                      ("010", 7), ("041", 7), ("091", 7), ("045", 6)])
    s = D(rng, n, "2345678")
    if compact:
        return "+39" + a + s
    f = pick(rng, ["{a} {s}", "{a} {x} {y}", "{a}/{s}", "{a}-{s}", "+39 {a} {s}", "+39 {a} {x} {y}",
                   "+39{a}{s}", "{a} {x} {y}"])
    return f.format(a=a, s=s, x=s[:4], y=s[4:])


def ph_nl(rng, compact=False):
    if rng.random() < 0.6:
        s = D(rng, 8, "123456789")
        if compact:
            return "+316" + s
        f = pick(rng, ["06-{s}"] * 3 + ["06 {a} {b}"] * 3 + ["06 {p}", "+31 6 {a} {b}",
                  "+31 (0)6 {s}", "+31 6 {s}", "+316{s}", "0031 6 {s}", "+31 (0)6-{s}"])
        p = " ".join(s[i:i + 2] for i in range(0, 8, 2))
        return f.format(s=s, a=s[:4], b=s[4:], p=p)
    a = pick(rng, ["20", "10", "70", "30", "40", "50", "24", "13", "43", "53"])
    s = D(rng, 7, "23456789")
    if compact:
        return "+31" + a + s
    f = pick(rng, ["0{a}-{x} {y}", "0{a} {x} {y}", "0{a}-{s}", "+31 {a} {x} {y}",
                   "+31 (0){a} {x} {y}", "+31 (0) {a} {s}", "0{a} {x} {y}"])
    return f.format(a=a, s=s, x=s[:3], y=s[3:])


NG_PREFIX = "803 806 813 816 703 706 810 814 903 805 807 815 811 905 802 808 812 701 708 902 907 809 817 818 909".split()


def ph_ng(rng, compact=False):
    p = pick(rng, NG_PREFIX)
    s = D(rng, 7)
    if compact:
        return "+234" + p + s
    f = pick(rng, ["0{p} {a} {b}"] * 4 + ["0{p}-{a}-{b}", "0{p}{s}", "0{p}{s}", "+234 {p} {a} {b}",
              "+234 {p} {a} {b}", "+234 (0) {p} {a} {b}", "+234 (0){p} {a} {b}", "+234{p}{s}",
              "+234-{p}-{a}-{b}", "+234 {p}{s}"])
    return f.format(p=p, s=s, a=s[:3], b=s[3:])


def ph_other(rng, cc=None):
    """Countries beyond the issue's list; national where members there write it so."""
    cc = cc or pick(rng, "mx ar za ke ae sg pl tr kr ru se ch at be ie pt eg sa pk ph id vn gh".split())
    d = lambda n, lead="0123456789": D(rng, n, lead)  # noqa: E731
    if cc == "mx":
        a = pick(rng, ["55", "81", "33"])
        s = d(8)
        return pick(rng, ["+52 %s %s %s" % (a, s[:4], s[4:]), "+52 1 %s %s %s" % (a, s[:4], s[4:]),
                          "%s %s %s" % (a, s[:4], s[4:])])
    if cc == "ar":
        s = d(8, "2345679")
        return pick(rng, ["+54 9 11 %s-%s" % (s[:4], s[4:]), "+54 11 %s-%s" % (s[:4], s[4:]),
                          "11 %s-%s" % (s[:4], s[4:])])
    if cc == "za":
        s = pick(rng, ["82", "83", "72", "71", "84", "61", "21", "11"]) + d(7)
        return pick(rng, ["+27 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:])])
    if cc == "ke":
        s = "7" + d(8)
        return pick(rng, ["+254 %s %s %s" % (s[:3], s[3:6], s[6:]), "0%s %s %s" % (s[:3], s[3:6], s[6:]),
                          "+254%s" % s])
    if cc == "ae":
        s = "5" + d(1, "024568") + d(7)
        return pick(rng, ["+971 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:]),
                          "+971%s" % s, "+971 4 %s %s" % (d(3, "2345678"), d(4))])
    if cc == "sa":
        s = "5" + d(8)
        return pick(rng, ["+966 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:]),
                          "+966%s" % s])
    if cc == "eg":
        s = "1" + d(1, "0125") + d(8)
        return pick(rng, ["+20 %s %s %s" % (s[:2], s[2:6], s[6:]), "0%s %s %s" % (s[:2], s[2:6], s[6:]),
                          "0%s" % s])
    if cc == "sg":
        s = d(1, "89") + d(7)
        return "+65 %s %s" % (s[:4], s[4:])
    if cc == "pl":
        s = d(1, "5678") + d(8)
        return pick(rng, ["+48 %s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s" % (s[:3], s[3:6], s[6:]),
                          "%s-%s-%s" % (s[:3], s[3:6], s[6:]), "+48 22 %s %s %s" % (d(3, "3456789"), d(2), d(2))])
    if cc == "tr":
        s = "5" + d(1, "0345") + d(8)
        return pick(rng, ["+90 %s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:]),
                          "0%s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:]),
                          "0 (%s) %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:]),
                          "+90 212 %s %s %s" % (d(3, "2345678"), d(2), d(2))])
    if cc == "kr":
        s = d(4, "23456789") + d(4)
        return pick(rng, ["010-%s-%s" % (s[:4], s[4:]), "010-%s-%s" % (s[:4], s[4:]),
                          "+82 10-%s-%s" % (s[:4], s[4:]), "+82 10 %s %s" % (s[:4], s[4:]),
                          "02-%s-%s" % (d(3, "23456789"), s[4:]), "031-%s-%s" % (d(3, "23456789"), s[4:]),
                          "010 %s %s" % (s[:4], s[4:])])
    if cc == "ru":
        a = pick(rng, ["916", "903", "926", "985", "915", "999", "921", "495", "812"])
        s = d(7, "23456789")
        x, y, z = s[:3], s[3:5], s[5:]
        return pick(rng, ["+7 (%s) %s-%s-%s" % (a, x, y, z), "8 (%s) %s-%s-%s" % (a, x, y, z),
                          "+7 %s %s-%s-%s" % (a, x, y, z), "+7 %s %s %s %s" % (a, x, y, z),
                          "8-%s-%s-%s-%s" % (a, x, y, z), "+7%s%s" % (a, s)])
    if cc == "se":
        s = "7" + d(1, "0236") + d(7)
        return pick(rng, ["+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]),
                          "0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])])
    if cc == "ch":
        s = d(7, "23456789")
        a = pick(rng, ["76", "78", "79", "44", "41", "22", "31", "61"])
        return pick(rng, ["+41 %s %s %s %s" % (a, s[:3], s[3:5], s[5:]),
                          "0%s %s %s %s" % (a, s[:3], s[3:5], s[5:]),
                          "+41 (0)%s %s %s %s" % (a, s[:3], s[3:5], s[5:])])
    if cc == "at":
        s = d(7, "23456789")
        a = pick(rng, ["664", "660", "676", "699", "1"])
        return pick(rng, ["+43 %s %s" % (a, s), "0%s %s" % (a, s), "+43 (0)%s %s" % (a, s),
                          "0%s/%s" % (a, s)])
    if cc == "be":
        s = d(6)
        a = pick(rng, ["470", "471", "472", "473", "475", "476", "477", "478", "479", "485", "494"])
        return pick(rng, ["+32 %s %s %s %s" % (a, s[:2], s[2:4], s[4:]),
                          "0%s %s %s %s" % (a, s[:2], s[2:4], s[4:]),
                          "0%s/%s.%s.%s" % (a, s[:2], s[2:4], s[4:]),
                          "+32 2 %s %s %s" % (d(3, "2345678"), s[:2], s[2:4])])
    if cc == "ie":
        s = "8" + d(1, "35679") + d(7)
        return pick(rng, ["+353 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:]),
                          "+353 1 %s %s" % (d(3, "2345678"), d(4))])
    if cc == "pt":
        s = "9" + d(1, "1236") + d(7)
        return pick(rng, ["+351 %s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s" % (s[:3], s[3:6], s[6:]),
                          "+351 21 %s %s" % (d(3, "2345678"), d(4))])
    if cc == "pk":
        s = "3" + d(9)
        return pick(rng, ["+92 %s %s" % (s[:3], s[3:]), "0%s-%s" % (s[:3], s[3:])])
    if cc == "ph":
        s = "9" + d(9)
        return pick(rng, ["+63 %s %s %s" % (s[:3], s[3:6], s[6:]), "0%s %s %s" % (s[:3], s[3:6], s[6:])])
    if cc == "id":
        s = "8" + d(1, "1235789") + d(9)
        return pick(rng, ["+62 %s-%s-%s" % (s[:3], s[3:7], s[7:]), "0%s-%s-%s" % (s[:3], s[3:7], s[7:])])
    if cc == "vn":
        s = "9" + d(8)
        return pick(rng, ["+84 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:])])
    if cc == "gh":
        s = pick(rng, ["24", "54", "55", "20", "50", "27"]) + d(7)
        return pick(rng, ["+233 %s %s %s" % (s[:2], s[2:5], s[5:]), "0%s %s %s" % (s[:2], s[2:5], s[5:])])
    raise ValueError(cc)


LISTED_PHONES = {"us": ph_nanp, "ca": lambda rng, compact=False: ph_nanp(rng, True, compact),
                 "uk": ph_uk, "de": ph_de, "fr": ph_fr, "in": ph_in, "br": ph_br, "jp": ph_jp,
                 "au": ph_au, "cn": ph_cn, "es": ph_es, "it": ph_it, "nl": ph_nl, "ng": ph_ng}

PHONE_MIX = {
    "en": [("us", 30), ("uk", 18), ("in", 12), ("au", 8), ("ca", 6), ("ng", 8), ("e164", 5),
           ("o:ke", 2), ("o:gh", 2), ("o:za", 2), ("o:sg", 2), ("o:ie", 2), ("o:ae", 1),
           ("o:ph", 1), ("o:pk", 1)],
    "de": [("de", 80), ("o:at", 6), ("o:ch", 6), ("e164", 3), ("uk", 2), ("us", 3)],
    "fr": [("fr", 85), ("o:be", 4), ("o:ch", 4), ("e164", 3), ("uk", 2), ("o:pt", 2)],
    "es": [("es", 72), ("o:mx", 10), ("o:ar", 8), ("us", 4), ("e164", 6)],
    "pt": [("br", 80), ("o:pt", 15), ("e164", 5)],
    "it": [("it", 85), ("o:ch", 8), ("e164", 7)],
    "nl": [("nl", 85), ("o:be", 10), ("e164", 5)],
    "hi": [("in", 95), ("e164", 5)],
    "ja": [("jp", 95), ("e164", 5)],
    "zh": [("cn", 92), ("e164", 5), ("o:sg", 3)],
    "ko": [("o:kr", 90), ("e164", 10)],
    "ar": [("o:ae", 35), ("o:sa", 30), ("o:eg", 25), ("e164", 10)],
    "ru": [("o:ru", 90), ("e164", 10)],
    "pl": [("o:pl", 90), ("e164", 10)],
    "tr": [("o:tr", 90), ("e164", 10)],
}


E164_COUNTRIES = {"en": ["us", "uk", "in", "au", "ca", "ng"], "de": ["de", "de", "uk", "nl"],
                  "fr": ["fr", "fr", "es", "it"], "es": ["es", "es", "us"], "pt": ["br", "br", "es"],
                  "it": ["it"], "nl": ["nl", "de"], "hi": ["in"], "ja": ["jp"], "zh": ["cn"]}


def gen_phone(rng, lang, country=None):
    c = country or weighted(rng, PHONE_MIX[lang])
    if c == "e164":
        k = pick(rng, E164_COUNTRIES.get(lang, sorted(LISTED_PHONES)))
        return LISTED_PHONES[k](rng, compact=True), "e164"
    if c.startswith("o:"):
        return ph_other(rng, c[2:]), "other:" + c[2:]
    return LISTED_PHONES[c](rng), c


# ---------------------------------------------------------------------------------------
# IP addresses

SPECIAL_V4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
    "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3")]


def v4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and not any(a in n for n in SPECIAL_V4)


IPV4_FAMOUS = ["1.1.1.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "1.0.0.1", "208.67.222.222"]


def gen_ipv4(rng):
    while True:
        s = "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255),
                             rng.randint(1, 254))
        if v4_global(s):
            return s


V6_PREFIXES = ["2001:4860", "2606:4700", "2a00:1450", "2a01:4f8", "2a03:2880", "2400:cb00",
               "2600:1f18", "2a02:c207", "2001:41d0", "2a05:d014", "2604:a880", "2406:da00",
               "2800:3f0", "2c0f:fb50", "240e:3b4", "2409:8a00", "2405:200", "2804:14c",
               "2a02:8108", "2003:e8", "2a01:cb00", "2a0a:a540", "2600:3c00", "2620:fe"]
V6_FAMOUS = ["2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111",
             "2620:fe::fe"]


def v6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    if a.is_multicast or a in ipaddress.ip_network("2001:db8::/32"):
        return False
    return a.is_global


def gen_ipv6(rng):
    while True:
        pre = pick(rng, V6_PREFIXES).split(":")
        groups = [int(g, 16) for g in pre]
        style = rng.random()
        while len(groups) < 8:
            if style < 0.5 and len(groups) >= 4 and len(groups) < 7:
                groups.append(0)
            else:
                groups.append(rng.randint(0, 0xFFFF) if rng.random() < 0.7 else rng.randint(0, 0xFF))
        if style < 0.5:
            groups[-1] = rng.randint(1, 0x2FF)
        a = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        r = rng.random()
        if r < 0.7:
            s = a.compressed
        elif r < 0.85:
            s = a.exploded
        elif r < 0.95:
            s = a.compressed.upper()
        else:
            s = ":".join("%x" % g for g in groups)  # uncompressed, not padded
        if v6_global(s):
            return s


def gen_ip_negative(rng, cat):
    if cat == "ip_private":
        return pick(rng, ["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                          "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                          "192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 10, 178, 100]), rng.randint(1, 254)),
                          "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    if cat == "ip_loopback":
        return pick(rng, ["127.0.0.1"] * 6 + ["127.0.1.1", "127.0.0.53", "127.%d.%d.%d" % (
            rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])
    if cat == "ip_link_local":
        return "169.254.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if cat == "ip_documentation":
        return "%s.%d" % (pick(rng, ["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254))
    if cat == "ip_reserved":
        return pick(rng, ["100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                          "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                          "%d.%d.%d.%d" % (rng.randint(240, 254), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                          "0.0.0.0", "198.%d.%d.%d" % (rng.randint(18, 19), rng.randint(0, 255), rng.randint(1, 254)),
                          "255.255.255.255"])
    if cat == "ipv6_nonglobal":
        r = rng.random()
        h = lambda: "%x" % rng.randint(0, 0xFFFF)  # noqa: E731
        if r < 0.2:
            return "::1"
        if r < 0.45:
            return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
        if r < 0.65:
            return "fd%02x:%s:%s::%x" % (rng.randint(0, 255), h(), h(), rng.randint(1, 255))
        if r < 0.9:
            return "2001:db8:%s::%x" % (h(), rng.randint(1, 255))
        return pick(rng, ["ff02::1", "ff02::2", "fc00::1"])
    raise ValueError(cat)


def gen_ip_version(rng):
    parts = [rng.randint(1, 24), rng.randint(0, 30), rng.randint(0, 20), rng.randint(1, 250)]
    return ".".join(str(p) for p in parts)


def gen_mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    sep = pick(rng, [":", ":", "-"])
    f = "%02X" if rng.random() < 0.5 else "%02x"
    return sep.join(f % x for x in b)


# ---------------------------------------------------------------------------------------
# Cards, IBANs, SSNs

def luhn_complete(prefix_body):
    for d in "0123456789":
        if luhn_ok(prefix_body + d):
            return prefix_body + d
    raise AssertionError


def card_brand(num):
    n = len(num)
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return "mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (num[:4] == "6011" or 644 <= int(num[:3]) <= 649 or num[:2] == "65"):
        return "discover"
    return None


TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
              "6011111111111117", "5105105105105100", "4000056655665556", "2223003122003222",
              "371449635398431", "4012888888881881"]


def group_card(num, rng):
    style = rng.random()
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style < 0.55:
        return " ".join(parts)
    if style < 0.8:
        return "-".join(parts)
    return num


def gen_card_number(rng, test=False):
    if test:
        return pick(rng, TEST_CARDS)
    brand = weighted(rng, [("visa", 45), ("mc", 25), ("mc2", 8), ("amex", 12), ("disc", 10)])
    if brand == "visa":
        body = "4" + D(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + D(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + D(rng, 11)
    elif brand == "amex":
        body = pick(rng, ["34", "37"]) + D(rng, 12)
    else:
        body = pick(rng, ["6011" + D(rng, 11), str(rng.randint(644, 649)) + D(rng, 12),
                          "65" + D(rng, 13)])
    return luhn_complete(body)


def gen_card_bad(rng):
    num = gen_card_number(rng)
    last = int(num[-1])
    num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return num


IBAN_SPEC = {  # country: (length, BBAN pattern)  n digit, a letter, c alnum
    "DE": (22, "8n10n"), "AT": (20, "5n11n"), "CH": (21, "5n12n"), "FR": (27, "5n5n11n2n"),
    "ES": (24, "4n4n2n10n"), "IT": (27, "1a5n5n12n"), "NL": (18, "4a10n"), "BE": (16, "3n7n2n"),
    "GB": (22, "4a6n8n"), "IE": (22, "4a6n8n"), "PT": (25, "4n4n11n2n"), "PL": (28, "8n16n"),
    "LU": (20, "3n13c"), "SE": (24, "3n17n"), "DK": (18, "4n10n"), "NO": (15, "4n6n1n"),
    "FI": (18, "6n7n1n"), "TR": (26, "5n1n16n"), "SA": (24, "2n18c"), "AE": (23, "3n16n"),
    "GR": (27, "3n4n16n"), "RO": (24, "4a16c"), "CZ": (24, "4n6n10n"), "HR": (21, "7n10n"),
}
IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ", "SNSB", "ASNB", "RBRB"],
              "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"],
              "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE"]}


def iban_check(cc, bban):
    return "%02d" % (98 - mod97(bban + cc + "00"))


def gen_bban(rng, cc):
    if cc == "FR":  # with a correct RIB key
        bank, branch, acct = D(rng, 5, "123"), D(rng, 5), D(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    if cc == "ES":  # with correct national control digits
        bank, branch, acct = pick(rng, ["0049", "0075", "0081", "0182", "2100", "2038", "0128"]), D(rng, 4), D(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
            return {11: 0, 10: 1}.get(r, r)
        return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
    if cc == "BE":
        first = D(rng, 10)
        c = int(first) % 97 or 97
        return first + "%02d" % c
    if cc == "DE":
        return D(rng, 1, "1234567") + D(rng, 7) + D(rng, 10)
    if cc == "TR":
        return D(rng, 5) + "0" + D(rng, 16)
    _, pat = IBAN_SPEC[cc]
    out = ""
    for num, kind in re.findall(r"(\d+)([nac])", pat):
        num = int(num)
        if kind == "n":
            out += D(rng, num)
        elif kind == "a":
            if cc in IBAN_BANKS and not out:
                out += pick(rng, IBAN_BANKS[cc])
            else:
                out += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(num))
        else:
            out += "".join(rng.choice("0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(num))
    return out


def gen_iban(rng, cc):
    bban = gen_bban(rng, cc)
    iban = cc + iban_check(cc, bban) + bban
    assert len(iban) == IBAN_SPEC[cc][0] and iban_mod97(iban) == 1
    return iban


def gen_iban_bad(rng, cc):
    good = gen_iban(rng, cc)
    while True:
        chk = "%02d" % rng.randint(2, 98)
        bad = cc + chk + good[4:]
        if chk != good[2:4] and iban_mod97(bad) != 1:
            return bad


def show_iban(rng, iban):
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def ssn_valid(a, g, s):
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def gen_ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_valid(a, g, s):
            break
    sep = "-" if rng.random() < 0.8 else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def gen_ssn_bad(rng, itin=False):
    a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    if itin:
        a, g = rng.randint(900, 999), pick(rng, [70, 71, 72, 73, 75, 78, 80, 81, 88, 90, 92])
    else:
        r = rng.random()
        if r < 0.2:
            return "987-65-%04d" % pick(rng, [4320, 4321, 4322, 4329])
        if r < 0.35:
            a = 0
        elif r < 0.5:
            a = 666
        elif r < 0.7:
            a = rng.randint(900, 999)
        elif r < 0.85:
            g = 0
        else:
            s = 0
    assert not ssn_valid(a, g, s)
    sep = "-" if rng.random() < 0.85 else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


# ---------------------------------------------------------------------------------------
# Vocabulary (plain text, never PII; checked against the directory's first names)

VOCAB = {
    "en": {
        "CO": "Stripe Shopify Atlassian Canva Monzo Revolut Deliveroo Ocado Airbnb Datadog Snowflake HubSpot Salesforce Accenture Deloitte KPMG Infosys Wipro Paystack Flutterwave Andela Safaricom Xero Wise Unilever GSK Vodafone Google Microsoft Amazon Netflix Spotify Adobe Nvidia Atlassian Intercom Zendesk".split(),
        "CITY": ["London", "Manchester", "Leeds", "Bristol", "Toronto", "Chicago", "Seattle",
                 "New York", "Boston", "Atlanta", "Lagos", "Nairobi", "Bangalore", "Pune",
                 "Melbourne", "Brisbane", "Dublin", "Singapore", "Cape Town", "Accra",
                 "Edinburgh", "Glasgow", "Vancouver", "Montreal", "Denver"],
        "ROLE": ["Senior Data Engineer", "Product Designer", "Engineering Manager",
                 "Staff Software Engineer", "Data Analyst", "Product Manager",
                 "Site Reliability Engineer", "UX Researcher", "Talent Acquisition Partner",
                 "ML Engineer", "Frontend Developer", "Security Engineer", "Solutions Architect",
                 "Customer Success Manager", "Head of Marketing", "DevOps Engineer"],
        "TOPIC": ["developer experience", "data engineering", "fintech", "climate tech",
                  "accessibility", "B2B SaaS", "MLOps", "platform engineering", "healthtech",
                  "payments", "open source", "hiring", "remote work", "cloud security"],
        "EVENT": ["PyCon", "KubeCon", "our summer hackathon", "the DevOps meetup",
                  "Web Summit", "the product leadership summit", "DataConf", "JSConf"],
        "UNI": ["Imperial College", "UCL", "the University of Toronto", "TU Delft", "ETH Zurich",
                "University of Lagos", "IIT Bombay", "the University of Melbourne"],
        "TECHS": ["Python · SQL · dbt", "Go · Kubernetes · AWS", "React · TypeScript · Node.js",
                  "Java · Spring · Kafka", "Figma · Design Systems", "Power BI · Excel · SQL",
                  "PyTorch · LLMs · MLOps", "Terraform · GCP · SRE"],
        "PRODUCT": ["the mobile app", "our billing engine", "the partner API", "the checkout flow",
                    "the analytics dashboard", "the search service"],
    },
    "de": {
        "CO": "Zalando SAP Siemens Allianz Personio N26 Celonis HelloFresh Trivago DATEV BASF Lufthansa Infineon Continental Bosch Telekom Flix Sixt Trumpf Festo".split(),
        "CITY": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Leipzig",
                 "Dresden", "Düsseldorf", "Nürnberg", "Hannover", "Bremen", "Karlsruhe", "Wien",
                 "Zürich", "Graz"],
        "ROLE": ["Senior Backend-Entwickler:in", "Data Scientist", "Product Owner",
                 "Teamleiterin Controlling", "IT-Projektleiter", "UX-Designerin",
                 "Werkstudent Marketing", "Cloud Engineer", "Personalreferentin",
                 "Softwarearchitekt"],
        "TOPIC": ["Digitalisierung im Mittelstand", "Datenschutz", "Cloud-Migration",
                  "Nachhaltigkeit", "New Work", "KI in der Produktion", "Barrierefreiheit"],
        "EVENT": ["re:publica", "die Hannover Messe", "das Barcamp", "den Hackathon",
                  "die OOP-Konferenz", "das DevOps-Meetup"],
        "UNI": ["der TU München", "der RWTH Aachen", "dem KIT", "der Uni Hamburg", "der HU Berlin"],
        "TECHS": ["Java · Spring · Kafka", "Python · Pandas · SQL", "SAP S/4HANA · ABAP",
                  "TypeScript · Angular", "Kubernetes · Azure"],
        "PRODUCT": ["die App", "das Kundenportal", "die Schnittstelle", "das Data Warehouse"],
    },
    "fr": {
        "CO": "Doctolib BlaBlaCar Criteo Capgemini Orange Decathlon Ubisoft Qonto Mirakl Thales Airbus Michelin Danone Sanofi Ledger Contentsquare Dataiku".split() + ["Back Market", "Sopra Steria", "BNP Paribas", "Société Générale", "Dassault Systèmes"],
        "CITY": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes",
                 "Grenoble", "Montpellier", "Strasbourg", "Bruxelles", "Genève", "Lausanne",
                 "Montréal"],
        "ROLE": ["Développeuse full-stack", "Chef de projet digital", "Data engineer",
                 "Responsable RH", "Product manager", "Designer UX", "Ingénieur DevOps",
                 "Chargée de communication", "Consultant SAP", "Alternant data"],
        "TOPIC": ["la transformation numérique", "la cybersécurité", "l'IA générative",
                  "la RSE", "le design inclusif", "la data"],
        "EVENT": ["VivaTech", "le meetup DevOps", "notre hackathon", "les Assises de la sécurité",
                  "le salon Big Data"],
        "UNI": ["l'École polytechnique", "CentraleSupélec", "l'EPFL", "Sorbonne Université",
                "l'INSA Lyon"],
        "TECHS": ["Python · SQL · Airflow", "React · Node.js", "Java · Spring", "Kubernetes · GCP"],
        "PRODUCT": ["l'application mobile", "le portail client", "l'API partenaires"],
    },
    "es": {
        "CO": "Cabify Glovo Idealista Telefónica BBVA Santander Inditex Wallapop Typeform Factorial Mercadona Indra Iberdrola Repsol Ferrovial Mapfre Jobandtalent".split(),
        "CITY": ["Madrid", "Barcelona", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Valencia",
                 "Ciudad de México", "Bogotá", "Buenos Aires", "Lima", "Medellín", "Monterrey",
                 "Guadalajara", "Montevideo"],
        "ROLE": ["Desarrolladora backend", "Jefe de producto", "Analista de datos",
                 "Responsable de RRHH", "Ingeniero de software", "Diseñadora UX",
                 "Consultor SAP", "Técnica de marketing digital", "Arquitecto cloud"],
        "TOPIC": ["transformación digital", "ciberseguridad", "IA generativa", "sostenibilidad",
                  "liderazgo", "datos"],
        "EVENT": ["el South Summit", "el meetup de Python", "nuestro hackathon", "el 4YFN",
                  "la T3chFest"],
        "UNI": ["la Universidad Politécnica de Madrid", "la UC3M", "la UNAM", "la UPC"],
        "TECHS": ["Python · SQL · Spark", "React · TypeScript", "Java · Spring Boot"],
        "PRODUCT": ["la app", "el portal de clientes", "la API"],
    },
    "pt": {
        "CO": "Nubank iFood Itaú Bradesco Stone PagSeguro Natura Embraer Petrobras Ambev TOTVS QuintoAndar Magalu Localiza Vtex Creditas".split() + ["Mercado Livre", "Banco Inter"],
        "CITY": ["Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife",
                 "Fortaleza", "Campinas", "Lisboa", "Porto", "Braga", "Brasília", "Manaus",
                 "Florianópolis", "Goiânia"],
        "ROLE": ["Desenvolvedora backend", "Analista de dados", "Gerente de produto",
                 "Engenheiro de software", "Designer UX", "Analista de RH", "Tech lead",
                 "Cientista de dados", "Estagiário de marketing"],
        "TOPIC": ["transformação digital", "diversidade", "dados", "open finance",
                  "IA generativa", "carreira"],
        "EVENT": ["o TDC", "o Web Summit Rio", "o meetup de Python", "nosso hackathon",
                  "a Campus Party"],
        "UNI": ["a USP", "a Unicamp", "a UFMG", "a Universidade do Porto", "o ITA"],
        "TECHS": ["Python · SQL · Airflow", "Java · Spring", "React · Node.js", "Kotlin · Android"],
        "PRODUCT": ["o app", "o portal do cliente", "a API de pagamentos"],
    },
    "it": {
        "CO": "Eni Enel UniCredit Luxottica Satispay Pirelli Ferrero Barilla Fastweb TIM Generali Prysmian Nexi Yoox".split() + ["Intesa Sanpaolo", "Bending Spoons"],
        "CITY": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Genova", "Padova",
                 "Verona", "Bari", "Trento", "Pisa"],
        "ROLE": ["Sviluppatrice backend", "Data analyst", "Product manager",
                 "Ingegnere del software", "Responsabile HR", "UX designer", "Consulente SAP"],
        "TOPIC": ["trasformazione digitale", "cybersecurity", "intelligenza artificiale",
                  "sostenibilità", "leadership"],
        "EVENT": ["il Codemotion", "il meetup Python", "il nostro hackathon", "lo SMAU"],
        "UNI": ["il Politecnico di Milano", "la Bocconi", "la Sapienza", "l'Università di Bologna"],
        "TECHS": ["Python · SQL", "Java · Spring", "React · TypeScript"],
        "PRODUCT": ["l'app", "il portale clienti", "le API"],
    },
    "nl": {
        "CO": "ASML Philips Adyen Mollie Picnic Coolblue Rabobank ING KLM Exact Bunq Elastic Mendix Ahold".split() + ["Booking.com", "bol.com"],
        "CITY": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag", "Groningen",
                 "Delft", "Leiden", "Antwerpen", "Gent", "Nijmegen", "Arnhem"],
        "ROLE": ["Backend developer", "Data-analist", "Productmanager", "Recruiter",
                 "Teamlead engineering", "UX-designer", "Scrum master"],
        "TOPIC": ["digitalisering", "duurzaamheid", "AI", "data", "hybride werken"],
        "EVENT": ["de Dutch Python meetup", "onze hackathon", "het TNW-congres", "de DevOpsDays"],
        "UNI": ["de TU Delft", "de UvA", "de TU/e", "de Universiteit Utrecht"],
        "TECHS": ["Python · SQL", "Java · Kotlin", "React · TypeScript"],
        "PRODUCT": ["de app", "het klantportaal", "de API"],
    },
    "hi": {
        "CO": "Infosys TCS Wipro HCLTech Flipkart Zomato Swiggy Razorpay Paytm Zerodha Freshworks Ola Meesho Cred Postman".split() + ["Reliance Jio"],
        "CITY": ["Mumbai", "Delhi", "Bengaluru", "Pune", "Hyderabad", "Chennai", "Noida",
                 "Gurugram", "Jaipur", "Ahmedabad", "Kolkata", "Indore"],
        "ROLE": ["SDE-2", "Data Analyst", "Product Manager", "Backend Developer", "HR Executive",
                 "QA Engineer", "DevOps Engineer", "Business Analyst"],
        "TOPIC": ["placements", "DSA", "system design", "startups", "AI", "upskilling"],
        "EVENT": ["hackathon", "tech meetup", "campus drive", "webinar"],
        "UNI": ["IIT Bombay", "IIT Delhi", "NIT Trichy", "BITS Pilani", "IIIT Hyderabad"],
        "TECHS": ["Java · Spring Boot", "Python · Django", "React · Node.js", "AWS · DevOps"],
        "PRODUCT": ["app", "dashboard", "payment gateway"],
    },
    "ja": {
        "CO": ["トヨタ", "ソニー", "楽天", "メルカリ", "サイボウズ", "LINEヤフー", "富士通", "日立",
               "リクルート", "freee", "SmartHR", "サイバーエージェント"],
        "CITY": ["東京", "大阪", "名古屋", "福岡", "札幌", "横浜", "京都", "神戸", "仙台"],
        "ROLE": ["バックエンドエンジニア", "データサイエンティスト", "プロダクトマネージャー",
                 "人事", "SRE", "デザイナー", "テックリード"],
        "TOPIC": ["DX", "生成AI", "組織づくり", "採用", "クラウド移行", "データ基盤"],
        "EVENT": ["勉強会", "PyCon JP", "社内ハッカソン", "カンファレンス"],
        "UNI": ["東京大学", "京都大学", "東北大学"],
        "TECHS": ["Go / Kubernetes", "Python / BigQuery", "TypeScript / React", "Rails / AWS"],
        "PRODUCT": ["アプリ", "管理画面", "API"],
    },
    "zh": {
        "CO": ["阿里巴巴", "腾讯", "字节跳动", "美团", "京东", "百度", "华为", "小米", "网易",
               "拼多多", "蚂蚁集团", "携程"],
        "CITY": ["北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安"],
        "ROLE": ["后端工程师", "数据分析师", "产品经理", "算法工程师", "HRBP", "前端开发",
                 "运维工程师"],
        "TOPIC": ["数字化转型", "大模型", "云原生", "数据治理", "出海", "职业发展"],
        "EVENT": ["技术沙龙", "开发者大会", "黑客马拉松", "线上分享会"],
        "UNI": ["清华大学", "北京大学", "浙江大学", "复旦大学"],
        "TECHS": ["Java / Spring Cloud", "Go / K8s", "Python / PyTorch", "Vue / TypeScript"],
        "PRODUCT": ["小程序", "后台系统", "支付接口"],
    },
    "ko": {
        "CO": ["네이버", "카카오", "삼성전자", "쿠팡", "토스", "배달의민족", "LG전자", "현대자동차",
               "당근", "라인플러스"],
        "CITY": ["서울", "부산", "판교", "대전", "인천", "대구"],
        "ROLE": ["백엔드 개발자", "데이터 분석가", "프로덕트 매니저", "인사 담당자", "프론트엔드 개발자"],
        "TOPIC": ["생성형 AI", "클라우드", "데이터 엔지니어링", "조직 문화", "채용"],
        "EVENT": ["밋업", "컨퍼런스", "해커톤", "세미나"],
        "UNI": ["서울대학교", "카이스트", "포스텍"],
        "TECHS": ["Kotlin · Spring", "Python · Airflow", "React · TypeScript"],
        "PRODUCT": ["앱", "관리자 페이지", "결제 API"],
    },
    "ar": {
        "CO": ["أرامكو", "stc", "مصرف الراجحي", "طيران الإمارات", "نون", "تمارا", "سابك", "اتصالات",
               "بنك الإمارات دبي الوطني", "فودافون مصر"],
        "CITY": ["دبي", "الرياض", "أبوظبي", "القاهرة", "جدة", "الدوحة", "عمّان", "الدار البيضاء"],
        "ROLE": ["مهندس برمجيات", "محللة بيانات", "مدير منتج", "أخصائي موارد بشرية",
                 "مهندسة سحابة", "مصمم تجربة مستخدم"],
        "TOPIC": ["التحول الرقمي", "الذكاء الاصطناعي", "الأمن السيبراني", "ريادة الأعمال",
                  "التقنية المالية"],
        "EVENT": ["ملتقى المطورين", "هاكاثون", "مؤتمر LEAP", "جيتكس"],
        "UNI": ["جامعة الملك سعود", "الجامعة الأمريكية بالقاهرة", "جامعة قطر"],
        "TECHS": ["Python · SQL", "Java · Spring", "React · Node.js"],
        "PRODUCT": ["التطبيق", "البوابة الإلكترونية", "واجهة البرمجة"],
    },
    "ru": {
        "CO": ["Яндекс", "Сбер", "Тинькофф", "Ozon", "Wildberries", "VK", "Авито", "МТС",
               "Positive Technologies", "JetBrains", "Контур"],
        "CITY": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург",
                 "Нижний Новгород", "Алматы", "Минск"],
        "ROLE": ["бэкенд-разработчик", "аналитик данных", "продакт-менеджер", "HR-менеджер",
                 "DevOps-инженер", "тимлид", "QA-инженер"],
        "TOPIC": ["импортозамещение", "ML", "карьера в IT", "DevOps", "аналитика"],
        "EVENT": ["митап", "HighLoad++", "хакатон", "конференцию"],
        "UNI": ["МФТИ", "ВШЭ", "МГУ", "ИТМО"],
        "TECHS": ["Go · Kubernetes", "Python · ClickHouse", "Java · Spring", "Kotlin · Android"],
        "PRODUCT": ["приложение", "личный кабинет", "API"],
    },
    "pl": {
        "CO": ["Allegro", "CD Projekt", "LPP", "Orlen", "PKO BP", "mBank", "Żabka", "Booksy",
               "DocPlanner", "Asseco", "Comarch"],
        "CITY": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Katowice"],
        "ROLE": ["Programista Java", "Analityczka danych", "Product Owner", "Rekruterka IT",
                 "Inżynier DevOps", "Tester QA"],
        "TOPIC": ["transformacja cyfrowa", "AI", "rekrutacja", "praca zdalna"],
        "EVENT": ["meetup", "hackathon", "konferencję Infoshare", "4Developers"],
        "UNI": ["Politechnika Warszawska", "AGH", "Uniwersytet Jagielloński"],
        "TECHS": ["Java · Spring", "Python · SQL", "React · TypeScript"],
        "PRODUCT": ["aplikacja", "panel klienta", "API"],
    },
    "tr": {
        "CO": ["Trendyol", "Getir", "Hepsiburada", "Turkcell", "Garanti BBVA", "Insider",
               "Papara", "Aselsan", "Yemeksepeti"],
        "CITY": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
        "ROLE": ["Yazılım Mühendisi", "Veri Analisti", "Ürün Yöneticisi", "İK Uzmanı",
                 "DevOps Mühendisi"],
        "TOPIC": ["dijital dönüşüm", "yapay zeka", "kariyer", "girişimcilik"],
        "EVENT": ["meetup", "hackathon", "zirve", "webinar"],
        "UNI": ["ODTÜ", "Boğaziçi Üniversitesi", "İTÜ", "Bilkent"],
        "TECHS": ["Java · Spring", "Go · Kubernetes", "Python · SQL"],
        "PRODUCT": ["uygulama", "müşteri paneli", "API"],
    },
}

# ---------------------------------------------------------------------------------------
# E-mail addresses

PERSONAL_DOMAINS = {
    "en": ["gmail.com"] * 5 + ["outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "hotmail.com"],
    "de": ["gmail.com"] * 3 + ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "outlook.de"],
    "fr": ["gmail.com"] * 3 + ["orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "outlook.fr"],
    "es": ["gmail.com"] * 3 + ["hotmail.es", "yahoo.es", "outlook.es", "hotmail.com"],
    "pt": ["gmail.com"] * 3 + ["hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com", "sapo.pt"],
    "it": ["gmail.com"] * 3 + ["libero.it", "virgilio.it", "hotmail.it", "tiscali.it", "alice.it"],
    "nl": ["gmail.com"] * 3 + ["hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl"],
    "in": ["gmail.com"] * 5 + ["yahoo.co.in", "rediffmail.com", "outlook.com"],
    "ng": ["gmail.com"] * 4 + ["yahoo.com"],
    "ja": ["gmail.com"] * 2 + ["yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp"],
    "zh": ["qq.com"] * 3 + ["163.com", "126.com", "gmail.com", "sina.com", "foxmail.com"],
    "ko": ["naver.com"] * 3 + ["daum.net", "gmail.com", "kakao.com"],
    "ar": ["gmail.com"] * 3 + ["hotmail.com", "outlook.sa", "yahoo.com"],
    "ru": ["mail.ru"] * 2 + ["yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
    "pl": ["gmail.com"] * 2 + ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "tr": ["gmail.com"] * 3 + ["hotmail.com", "yandex.com.tr", "outlook.com"],
}
CULTURE_MAIL = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it", "nl": "nl",
                "in": "in", "in_dev": "in", "ng": "ng", "ja_kanji": "ja", "ja_romaji": "ja",
                "zh_hanzi": "zh", "zh_pinyin": "zh", "ko_hangul": "ko", "ko_latin": "ko",
                "ar_arabic": "ar", "ar_latin": "ar", "ru_cyr": "ru", "ru_latin": "ru", "pl": "pl",
                "tr": "tr", "vi": "en"}
WORK_DOMAINS = {
    "en": ["northwindlabs.com", "brightpath.io", "harbourdata.co.uk", "kestrelhealth.com",
           "bluefinch.ai", "tidewater.com", "quantloop.io", "ferngrove.co", "summitcare.org",
           "paystack.com", "andela.com", "monzo.com", "cs.ox.ac.uk", "imperial.ac.uk",
           "utoronto.ca", "unimelb.edu.au", "stripe.com", "ocado.com"],
    "de": ["nordwind-logistik.de", "kraftwerk-digital.de", "stadtwerke-halberg.de",
           "datenfabrik.de", "ingenieurbuero-lang.de", "personio.de", "zalando.de", "tum.de",
           "uni-hamburg.de", "informatik.uni-leipzig.de", "siemens.com", "sap.com"],
    "fr": ["atelier-lumiere.fr", "doctolib.fr", "qonto.com", "univ-lyon1.fr", "sncf.fr",
           "groupe-vauban.fr", "helioscope.fr", "inria.fr", "capgemini.com"],
    "es": ["solaria-tech.es", "glovoapp.com", "idealista.com", "uc3m.es", "grupo-mediterraneo.es",
           "bbva.com", "upm.es", "unam.mx"],
    "pt": ["nubank.com.br", "ifood.com.br", "usp.br", "unicamp.br", "agenciasol.com.br",
           "stone.com.br", "fe.up.pt", "totvs.com.br"],
    "it": ["eni.com", "polimi.it", "satispay.com", "studiorossi.it", "fbk.eu", "unibo.it",
           "ferrero.com"],
    "nl": ["adyen.com", "tudelft.nl", "picnic.app", "mollie.com", "bureauvandam.nl", "uva.nl"],
    "in": ["infosys.com", "tcs.com", "razorpay.com", "iitb.ac.in", "iisc.ac.in", "zerodha.com",
           "freshworks.com"],
    "ng": ["paystack.com", "flutterwavego.com", "unilag.edu.ng", "interswitchng.com"],
    "ja": ["mercari.com", "cybozu.co.jp", "g.ecc.u-tokyo.ac.jp", "rakuten.com", "yamato-shoji.co.jp",
           "smarthr.co.jp"],
    "zh": ["alibaba-inc.com", "tencent.com", "bytedance.com", "mails.tsinghua.edu.cn",
           "pku.edu.cn", "huawei.com"],
    "ko": ["navercorp.com", "kakaocorp.com", "samsung.com", "kaist.ac.kr", "toss.im"],
    "ar": ["aramco.com", "stc.com.sa", "kaust.edu.sa", "careem.com", "emiratesnbd.com",
           "uaeu.ac.ae"],
    "ru": ["yandex-team.ru", "sber.ru", "hse.ru", "cs.msu.ru", "kaspersky.com", "ozon.ru"],
    "pl": ["allegro.pl", "cdprojekt.com", "pw.edu.pl", "uj.edu.pl", "docplanner.com"],
    "tr": ["trendyol.com", "getir.com", "boun.edu.tr", "itu.edu.tr", "insiderone.com"],
}
ROLE_LOCALS = {
    "en": ["jobs", "careers", "hr", "hello", "info", "talent", "press", "recruiting",
           "partnerships", "support", "privacy"],
    "de": ["jobs", "karriere", "bewerbung", "personal", "info", "kontakt", "presse"],
    "fr": ["recrutement", "rh", "contact", "jobs", "presse", "bonjour"],
    "es": ["empleo", "rrhh", "info", "contacto", "talento", "prensa"],
    "pt": ["vagas", "rh", "contato", "talentos", "imprensa"],
    "it": ["hr", "info", "careers", "selezione", "lavora-con-noi"],
    "nl": ["vacatures", "werkenbij", "info", "hr", "pers"],
    "hi": ["careers", "hr", "jobs", "hiring", "info"],
    "ja": ["recruit", "saiyo", "info", "pr"],
    "zh": ["hr", "zhaopin", "jobs", "bd"],
    "ko": ["recruit", "hr", "contact"],
    "ar": ["careers", "hr", "info"],
    "ru": ["hr", "job", "info", "pr"],
    "pl": ["rekrutacja", "kariera", "hr", "kontakt"],
    "tr": ["ik", "kariyer", "info", "insankaynaklari"],
}
LANG_MAIL = {"hi": "in"}


def email_local(rng, m):
    g = slug_letters(m.given_ascii) or "me"
    f = slug_letters(m.family_ascii) or "x"
    if m.culture == "zh_hanzi" and rng.random() < 0.4:
        return D(rng, rng.randint(8, 10), "123456789")
    return rng.choices([g + "." + f, g[0] + f, g, g + "_" + f, g + "." + f + "+jobs",
                        f + "." + g, g[0] + "." + f, g + f + str(rng.randint(1, 99)), g + f,
                        m.handle],
                       weights=[30, 12, 6, 6, 2, 4, 6, 6, 6, 8])[0]


def person_email(rng, m, lang, kind=None):
    local = email_local(rng, m)
    if local.isdigit():
        return local + "@qq.com"
    kind = kind or ("work" if rng.random() < 0.45 else "personal")
    if kind == "work":
        dom = pick(rng, WORK_DOMAINS[LANG_MAIL.get(lang, lang)])
        if local == m.handle or "+" in local:
            local = slug_letters(m.given_ascii) + "." + slug_letters(m.family_ascii)
    else:
        dom = pick(rng, PERSONAL_DOMAINS[CULTURE_MAIL[m.culture]])
    if rng.random() < 0.04:
        local = local.capitalize()
        dom = dom if rng.random() < 0.5 else dom.upper()
    return local + "@" + dom


def role_email(rng, lang):
    return pick(rng, ROLE_LOCALS[lang]) + "@" + pick(rng, WORK_DOMAINS[LANG_MAIL.get(lang, lang)])


def obfuscate(rng, addr):
    local, dom = addr.split("@")
    style = rng.random()
    at = pick(rng, [" [at] ", "[at]", " (at) ", "(at)", "[@]", " [AT] ", " {at} "])
    if style < 0.55:
        dot = pick(rng, [" [dot] ", "[dot]", " (dot) ", "(dot)", " [.] "])
        if at.strip() in ("[at]", "[AT]", "[@]") and "(" in dot:
            dot = " [dot] "
        return local + at + dot.join(dom.split("."))
    return local + at + dom


# ---------------------------------------------------------------------------------------
# Profile URLs (gold) and the URL hard negatives

LI_SUBDOMAIN = {"de": "de", "fr": "fr", "es": "es", "pt": "br", "it": "it", "nl": "nl",
                "hi": "in", "ja": "jp", "zh": "cn", "ko": "kr", "ar": "ae", "ru": "ru",
                "pl": "pl", "tr": "tr", "en": "uk"}
REPOS = ["dotfiles", "portfolio", "thesis-code", "awesome-mlops", "tiny-llm", "kafka-demo",
         "advent-of-code-2023", "homelab", "talk-slides", "rust-playground", "resume"]
ARTICLE_SLUGS = ["what-i-learned-migrating-to-kubernetes", "notes-on-hiring-senior-engineers",
                 "why-we-rewrote-our-billing-engine", "a-gentle-intro-to-feature-stores",
                 "my-first-year-as-a-manager", "scaling-postgres-to-10tb"]


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, chars="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def scheme(rng, www=False):
    r = rng.random()
    if r < 0.45:
        return ""
    if r < 0.9:
        return "https://"
    return "http://"


def li_slug(rng, m):
    g = "-".join(slug_letters(p) for p in m.given_ascii.split()) or "member"
    f = "-".join(slug_letters(p) for p in m.family_ascii.replace("-", " ").split()) or "x"
    r = rng.random()
    if r < 0.45:
        return "%s-%s-%s" % (g, f, hexs(rng, 8) if rng.random() < 0.6 else D(rng, 9))
    if r < 0.75:
        return "%s-%s" % (g, f)
    if r < 0.85:
        return g + f
    if r < 0.92:
        return "dr-%s-%s" % (g, f)
    return "%s%s" % (g[0], f)


def user_slug(rng, m):
    return m.handle if rng.random() < 0.7 else pick(rng, handle_candidates(rng, m))[:20]


LISTED_URL_FORMS = ("li", "gh", "x", "md", "bs", "ss", "cal", "af")
OTHER_HOSTS = ["insta", "yt", "gitlab", "hf", "kaggle", "dribbble", "behance", "xing", "linktree",
               "mastodon", "so", "orcid", "scholar", "qiita", "zenn", "note", "zhihu", "weibo",
               "vk", "tg", "ghio", "devto", "tiktok", "threads", "cal.com", "researchgate"]
LANG_OTHER_HOSTS = {"de": ["xing"] * 4, "ja": ["qiita", "zenn", "note"] * 2, "zh": ["zhihu", "weibo"] * 3,
                    "ru": ["vk", "tg"] * 3, "hi": ["topmate"] * 2}


def orcid(rng):
    base = "000" + D(rng, 1, "0123") + D(rng, 11)
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    c = "X" if r == 10 else str(r)
    s = base + c
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def profile_url(rng, m, lang, form=None):
    """(url text, form).  form: li gh x md bs ss cal af, or oth:<host>."""
    if form is None:
        form = weighted(rng, [("li", 30), ("gh", 14), ("x", 10), ("md", 5), ("bs", 4), ("ss", 4),
                              ("cal", 5), ("af", 8), ("oth", 20)])
    u = user_slug(rng, m)
    s = scheme(rng)
    if form == "li":
        host = pick(rng, ["linkedin.com", "www.linkedin.com", "www.linkedin.com",
                          LI_SUBDOMAIN.get(lang, "uk") + ".linkedin.com"])
        url = "%s%s/in/%s" % (s, host, li_slug(rng, m))
        r = rng.random()
        if r < 0.3:
            url += "/"
        elif r < 0.38:
            url += "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=%s" % pick(
                rng, ["ios_app", "android_app"])
        return url, "li"
    if form == "gh":
        url = "%s%sgithub.com/%s" % (s, "www." if rng.random() < 0.05 else "", u)
        if rng.random() < 0.2:
            url += "/" + pick(rng, REPOS)
        return url, "gh"
    if form == "x":
        host = pick(rng, ["x.com", "x.com", "twitter.com"])
        url = "%s%s/%s" % (s, host, u[:15])
        if rng.random() < 0.25:
            url = "https://%s/%s/status/%s" % (host, u[:15], "17" + D(rng, 17))
        return url, "x"
    if form == "md":
        r = rng.random()
        if r < 0.5:
            return "%smedium.com/@%s" % (s, u), "md"
        if r < 0.8:
            return "https://medium.com/@%s/%s-%s" % (u, pick(rng, ARTICLE_SLUGS), hexs(rng, 12)), "md"
        return "%s%s.medium.com" % (s, u.replace("_", "")), "md"
    if form == "bs":
        return "%sbsky.app/profile/%s.bsky.social" % (s, u.replace("_", "")), "bs"
    if form == "ss":
        r = rng.random()
        uu = u.replace("_", "")
        if r < 0.55:
            return "%s%s.substack.com" % (s, uu), "ss"
        if r < 0.8:
            return "https://%s.substack.com/p/%s" % (uu, pick(rng, ARTICLE_SLUGS)), "ss"
        return "%ssubstack.com/@%s" % (s, uu), "ss"
    if form == "cal":
        url = "%scalendly.com/%s" % (s, pick(rng, [u, "%s-%s" % (slug_letters(m.given_ascii), slug_letters(m.family_ascii))]))
        if rng.random() < 0.5:
            url += "/" + pick(rng, ["30min", "15min", "intro-call", "coffee-chat", "mentoring"])
        return url, "cal"
    if form == "af":
        return "%s%s%s" % (s, PROFILE_PREFIX, m.handle), "af"
    if form == "oth":
        form = pick(rng, LANG_OTHER_HOSTS.get(lang, []) + OTHER_HOSTS)
    elif form.startswith("oth:"):
        form = form[4:]
    uu = u.replace("_", "") if form in ("ghio", "linktree") else u
    g, f = slug_letters(m.given_ascii), slug_letters(m.family_ascii)
    urls = {
        "insta": "instagram.com/%s" % u, "yt": "youtube.com/@%s" % uu, "gitlab": "gitlab.com/%s" % u,
        "hf": "huggingface.co/%s" % u, "kaggle": "kaggle.com/%s" % uu, "dribbble": "dribbble.com/%s" % u,
        "behance": "behance.net/%s" % uu, "xing": "xing.com/profile/%s_%s" % (m.given_ascii.replace(" ", "_"), m.family_ascii.replace(" ", "")),
        "linktree": "linktr.ee/%s" % u, "mastodon": "mastodon.social/@%s" % u,
        "so": "stackoverflow.com/users/%s/%s-%s" % (D(rng, 7, "123456789"), g, f),
        "orcid": "orcid.org/%s" % orcid(rng),
        "scholar": "scholar.google.com/citations?user=%sAAAAJ" % alnum(rng, 7),
        "qiita": "qiita.com/%s" % u, "zenn": "zenn.dev/%s" % u, "note": "note.com/%s" % u,
        "zhihu": "zhihu.com/people/%s" % u.replace("_", "-"), "weibo": "weibo.com/u/%s" % D(rng, 10, "123567"),
        "vk": "vk.com/%s" % u, "tg": "t.me/%s" % u, "ghio": "%s.github.io" % uu,
        "devto": "dev.to/%s" % u, "tiktok": "tiktok.com/@%s" % u, "threads": "threads.net/@%s" % u,
        "cal.com": "cal.com/%s" % uu, "researchgate": "researchgate.net/profile/%s-%s" % (
            m.given_ascii.replace(" ", "-"), m.family_ascii.replace(" ", "-")),
        "topmate": "topmate.io/%s" % u,
    }
    url = urls[form]
    if form in ("insta", "yt", "gitlab", "dribbble", "behance", "xing", "linktree", "hf",
                "kaggle", "orcid", "scholar", "zhihu", "weibo", "vk", "tg", "devto", "tiktok"):
        url = pick(rng, ["https://www.", "https://", "", "", "www."]) + url if form not in (
            "orcid", "scholar", "zhihu", "weibo", "tg", "devto") else pick(rng, ["https://", ""]) + url
    else:
        url = pick(rng, ["https://", ""]) + url
    return url, "oth:" + form


FAMOUS_REPOS = ["pytorch/pytorch", "microsoft/vscode", "facebook/react", "kubernetes/kubernetes",
                "huggingface/transformers", "apache/spark", "rust-lang/rust", "golang/go",
                "vercel/next.js", "tensorflow/tensorflow", "langchain-ai/langchain", "openai/whisper",
                "google/jax", "nodejs/node", "django/django", "apache/airflow", "dbt-labs/dbt-core"]
COMPANY_SLUGS = ["northwind-labs", "brightpath-io", "kraftwerk-digital", "atelier-lumiere",
                 "solaria-tech", "agencia-sol", "robert-walters", "michael-page", "zalando",
                 "doctolib", "nubank", "infosys", "mercari-inc", "grupo-mediterraneo"]
MEETUP_GROUPS = ["berlin-python", "london-devops", "data-science-lisbon", "react-amsterdam",
                 "women-in-tech-lagos", "pydata-madrid", "kubernetes-munich", "golang-bangalore"]
EVENT_SLUGS = ["ai-in-production-meetup", "product-leadership-breakfast", "devops-days",
               "women-in-data-summit", "startup-pitch-night", "cloud-native-day"]


def company_domain(rng, lang):
    return pick(rng, WORK_DOMAINS[LANG_MAIL.get(lang, lang)])


def neg_url(rng, cat, lang):
    s = pick(rng, ["https://", "https://", "", "http://"])
    dom = company_domain(rng, lang)
    labels = dom.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "ac", "edu", "org", "ne", "gov") else 2
    dom0 = ".".join(labels[-keep:])
    if cat == "url_company":
        return pick(rng, [
            s + "www." + dom0, dom0, s + dom0 + "/about", s + dom0 + "/en/company",
            s + "www.linkedin.com/company/" + pick(rng, COMPANY_SLUGS),
            "linkedin.com/company/%s/" % pick(rng, COMPANY_SLUGS),
            "https://www.linkedin.com/company/%s/life/" % pick(rng, COMPANY_SLUGS),
            s + "github.com/" + pick(rng, FAMOUS_REPOS),
            "https://github.com/" + pick(rng, FAMOUS_REPOS) + "/releases",
            "medium.com/" + pick(rng, ["airbnb-engineering", "netflix-techblog", "towards-data-science"]),
            "https://blog." + dom0 + "/" + pick(rng, ARTICLE_SLUGS)])
    if cat == "url_careers":
        co = pick(rng, COMPANY_SLUGS)
        return pick(rng, [
            s + "careers." + dom0, s + dom0 + "/careers", s + dom0 + "/jobs/" + D(rng, 6, "123456789"),
            "https://jobs.lever.co/%s/%s-%s-%s-%s-%s" % (co, hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12)),
            "boards.greenhouse.io/%s/jobs/%s" % (co.replace("-", ""), D(rng, 7, "456789")),
            "https://%s.wd3.myworkdayjobs.com/en-US/External/job/Remote/Data-Engineer_R%s" % (co.replace("-", ""), D(rng, 5)),
            "https://www.linkedin.com/jobs/view/%s" % ("38" + D(rng, 8)),
            "linkedin.com/jobs/view/%s/" % ("39" + D(rng, 8)),
            "https://www.stepstone.de/stellenangebote--Data-Engineer-Berlin--%s-inline.html" % D(rng, 8, "123456789"),
            "indeed.com/viewjob?jk=%s" % hexs(rng, 16),
            "https://%s.jobs.personio.de/job/%s" % (co.split("-")[0], D(rng, 7, "123456789")),
            "https://www.welcometothejungle.com/fr/companies/%s/jobs" % co,
            "https://jobs.smartrecruiters.com/%s/%s" % (co.title().replace("-", ""), "7439" + D(rng, 11))])
    if cat == "url_docs":
        return pick(rng, [
            "https://docs.python.org/3/library/asyncio.html", "docs.python.org/3/tutorial/",
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy",
            "https://learn.microsoft.com/en-us/azure/aks/", "kubernetes.io/docs/concepts/services-networking/",
            "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html",
            "pkg.go.dev/net/http", "https://docs.rs/tokio/latest/tokio/", "react.dev/reference/react/useEffect",
            "https://pandas.pydata.org/docs/user_guide/groupby.html", "https://www.postgresql.org/docs/16/indexes.html",
            "https://cloud.google.com/bigquery/docs/partitioned-tables", "docs.github.com/en/actions",
            "https://www.rfc-editor.org/rfc/rfc5737", "https://datatracker.ietf.org/doc/html/rfc6598",
            "https://" + dom0 + "/docs/api/v2"])
    if cat == "url_paper":
        return pick(rng, [
            "arxiv.org/abs/%d%02d.%05d" % (rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 19999)),
            "https://arxiv.org/abs/%d%02d.%05d" % (rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 19999)),
            "https://arxiv.org/pdf/%d%02d.%05dv%d" % (rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 19999), rng.randint(1, 3)),
            "https://doi.org/10.1038/s41586-0%d-%05d-%d" % (rng.randint(22, 24), rng.randint(1000, 9999), rng.randint(0, 9)),
            "doi.org/10.1145/%s.%s" % (D(rng, 7, "3"), D(rng, 7, "3")),
            "https://dl.acm.org/doi/10.1145/%s.%s" % (D(rng, 7, "3"), D(rng, 7, "3")),
            "https://ieeexplore.ieee.org/document/%s" % D(rng, 8, "1"),
            "openreview.net/forum?id=%s" % alnum(rng, 10),
            "https://aclanthology.org/2024.%s-long.%d/" % (pick(rng, ["acl", "emnlp", "naacl"]), rng.randint(1, 800)),
            "https://www.nature.com/articles/s41467-024-%05d-%d" % (rng.randint(40000, 49999), rng.randint(0, 9)),
            "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=%s" % D(rng, 7, "4"),
            "https://www.biorxiv.org/content/10.1101/2024.%02d.%02d.%s" % (rng.randint(1, 12), rng.randint(1, 28), D(rng, 6, "5"))])
    if cat == "url_ticket":
        return pick(rng, [
            "https://www.eventbrite.com/e/%s-tickets-%s" % (pick(rng, EVENT_SLUGS), "8" + D(rng, 11)),
            "eventbrite.co.uk/e/%s-tickets-%s" % (pick(rng, EVENT_SLUGS), "8" + D(rng, 11)),
            "https://www.eventbrite.de/e/%s-tickets-%s" % (pick(rng, EVENT_SLUGS), "9" + D(rng, 11)),
            "https://www.meetup.com/%s/events/%s/" % (pick(rng, MEETUP_GROUPS), "29" + D(rng, 7)),
            "meetup.com/%s/events/%s" % (pick(rng, MEETUP_GROUPS), "30" + D(rng, 7)),
            "https://lu.ma/%s" % alnum(rng, 8, "abcdefghijkmnopqrstuvwxyz0123456789"),
            "https://ti.to/%s/%s-2024" % (pick(rng, MEETUP_GROUPS), pick(rng, EVENT_SLUGS)),
            "https://www.tickettailor.com/events/%s/%s" % (pick(rng, COMPANY_SLUGS), D(rng, 7, "1")),
            "https://connpass.com/event/%s/" % D(rng, 6, "23"), "https://peatix.com/event/%s" % D(rng, 7, "34"),
            "https://www.sympla.com.br/evento/%s/%s" % (pick(rng, EVENT_SLUGS), D(rng, 7, "2")),
            "https://www.billetweb.fr/%s" % pick(rng, EVENT_SLUGS),
            "https://timepad.ru/event/%s/" % D(rng, 7, "2"),
            "https://www.huodongxing.com/event/%s" % D(rng, 10, "7")])
    if cat == "url_form":
        return pick(rng, [
            "https://forms.gle/%s" % alnum(rng, 17), "forms.gle/%s" % alnum(rng, 17),
            "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % alnum(rng, 50, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"),
            "https://forms.office.com/r/%s" % alnum(rng, 10), "forms.office.com/r/%s" % alnum(rng, 10),
            "https://%s.typeform.com/to/%s" % (pick(rng, COMPANY_SLUGS).split("-")[0], alnum(rng, 8)),
            "https://tally.so/r/%s" % alnum(rng, 6), "https://www.jotform.com/%s" % D(rng, 15, "2"),
            "https://www.surveymonkey.com/r/%s" % alnum(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
            "https://wj.qq.com/s2/%s/%s/" % (D(rng, 8, "1"), alnum(rng, 4, "abcdef0123456789")),
            "https://forms.yandex.ru/u/%s/" % hexs(rng, 24)])
    raise ValueError(cat)


AT_NOT_HANDLE = ["@everyone", "@here", "@channel", "@Override", "@Test", "@Autowired",
                 "@dataclass", "@property", "@staticmethod", "@types/node", "@angular/core",
                 "@vercel/analytics", "actions/checkout@v4", "actions/setup-python@v5",
                 "logo@2x.png", "icon@3x.png", "@media", "@SpringBootApplication", "@param",
                 "react@18", "@tanstack/react-query"]
AT_COMPANIES = {"en": ["Google", "Stripe", "Shopify", "Canva", "Monzo", "Revolut", "Paystack", "Andela", "Infosys"],
                "de": ["Zalando", "SAP", "Siemens", "Personio", "Celonis"],
                "fr": ["Doctolib", "Qonto", "Criteo"], "es": ["Glovo", "Cabify", "BBVA"],
                "pt": ["Nubank", "iFood", "Stone"], "it": ["Satispay", "Eni"], "nl": ["Adyen", "Mollie", "Picnic"],
                "hi": ["Infosys", "Flipkart", "Razorpay"], "ja": ["Mercari"], "zh": ["Alibaba", "Tencent"],
                "ko": ["Naver", "Kakao"], "ar": ["Careem", "Aramco"], "ru": ["Yandex"], "pl": ["Allegro"],
                "tr": ["Trendyol", "Getir"]}


# ---------------------------------------------------------------------------------------
# Number-like hard negatives: dates, times, prices, order and ticket numbers, ISBNs,
# versions, patents

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}


def neg_date(rng, lang):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    M = MONTHS.get(lang, MONTHS["en"])
    f = {
        "en": ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (M[m - 1], d, y),
               "%d %s %d" % (d, M[m - 1], y), "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (M[m - 1][:3], d, y),
               "%d %s" % (d, M[m - 1])],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, M[m - 1], y),
               "%d-%02d-%02d" % (y, m, d), "%02d.%02d." % (d, m), "%02d.%02d.%02d" % (d, m, y % 100)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y), "%d %s" % (d, M[m - 1]),
               "%02d/%02d" % (d, m)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, M[m - 1], y), "%d-%02d-%d" % (d, m, y),
               "%d de %s" % (d, M[m - 1])],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, M[m - 1], y), "%02d/%02d" % (d, m)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y), "%d.%02d.%d" % (d, m, y)],
        "nl": ["%d-%d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y)],
        "hi": ["%02d-%02d-%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y)],
        "ja": ["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d月%d日" % (m, d)],
        "zh": ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%d月%d日" % (m, d)],
        "ko": ["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%d. %d. %d." % (y, m, d)],
        "ru": ["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, M[m - 1], y), "%d %s" % (d, M[m - 1])],
        "pl": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y)],
        "ar": ["%d/%d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, M[m - 1], y)],
    }[lang]
    return pick(rng, f)


def neg_daterange(rng, lang):
    y1 = rng.randint(2012, 2022)
    y2 = rng.randint(y1 + 1, 2024)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    E = MONTHS["en"]
    present = {"en": "Present", "de": "heute", "fr": "aujourd'hui", "es": "actualidad",
               "pt": "o momento", "it": "oggi", "nl": "heden", "hi": "Present", "ja": "現在",
               "zh": "至今", "ko": "현재", "ru": "наст. время", "pl": "obecnie", "tr": "Halen",
               "ar": "الآن"}[lang]
    return pick(rng, ["%s %d – %s %d" % (E[m1 - 1][:3], y1, E[m2 - 1][:3], y2),
                      "%02d/%d - %02d/%d" % (m1, y1, m2, y2), "%d–%d" % (y1, y2),
                      "%02d/%d – %s" % (m1, y1, present), "%d - %s" % (y1, present)])


def neg_ts(rng):
    y, m, d = rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)
    H, M, S = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return pick(rng, ["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, H, M, S),
                      "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, H, M, S, rng.randint(0, 999)),
                      "%d-%02d-%02d %02d:%02d:%02d" % (y, m, d, H, M, S),
                      "%d-%02d-%02dT%02d:%02d:%02d+0%d:00" % (y, m, d, H, M, S, rng.randint(1, 2))])


def neg_time(rng, lang):
    H, M = rng.randint(7, 21), pick(rng, [0, 0, 0, 15, 30, 30, 45])
    h12 = H - 12 if H > 12 else H
    ap = "PM" if H >= 12 else "AM"
    if lang == "en":
        return pick(rng, ["%d:%02d %s" % (h12, M, ap), "%02d:%02d" % (H, M), "%d%s" % (h12, ap.lower()),
                          "%d:%02d%s" % (h12, M, ap.lower()), "%d:%02d–%d:%02d" % (H, M, H + 1, M)])
    if lang == "fr":
        return pick(rng, ["%dh%02d" % (H, M), "%d h" % H, "%02d:%02d" % (H, M)])
    if lang == "de":
        return pick(rng, ["%02d:%02d Uhr" % (H, M), "%d Uhr" % H, "%02d:%02d" % (H, M), "%d–%d Uhr" % (H, H + 2)])
    if lang in ("ja", "zh"):
        return pick(rng, ["%d:%02d" % (H, M), "%d:%02d〜%d:%02d" % (H, M, H + 1, M), "%02d:%02d-%02d:%02d" % (H, M, H + 2, M)])
    return pick(rng, ["%02d:%02d" % (H, M), "%d:%02d" % (H, M), "%02d:%02d–%02d:%02d" % (H, M, H + 1, M)])


def thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def indian_grouping(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def neg_price(rng, lang, salary=False):
    if salary:
        lo = rng.randint(35, 120) * 1000
        hi = lo + rng.randint(5, 30) * 1000
    n = rng.randint(5, 4999) if not salary else lo
    c = rng.randint(0, 99)
    if lang == "en":
        if salary:
            return pick(rng, ["$%s–$%s" % (thousands(lo, ","), thousands(hi, ",")), "£%dk–£%dk" % (lo // 1000, hi // 1000),
                              "$%dk-%dk" % (lo // 1000, hi // 1000), "USD %s - %s" % (thousands(lo, ","), thousands(hi, ",")),
                              "₦%s,000,000" % rng.randint(5, 40), "₹%s LPA" % rng.randint(12, 60)])
        return pick(rng, ["$%s.%02d" % (thousands(n, ","), c), "£%d" % n, "$%s" % thousands(n * 100, ","),
                          "€%s" % thousands(n, ","), "₦%s" % thousands(n * 1000, ","), "A$%d" % n, "$%d.99" % n])
    if lang in ("de", "fr", "es", "it", "nl", "pt"):
        sep = {"de": ".", "fr": NBSP, "es": ".", "it": ".", "nl": ".", "pt": "."}[lang]
        if salary:
            if lang == "pt":
                return pick(rng, ["R$ %s,00" % thousands(lo // 10, "."), "R$ %s a R$ %s" % (thousands(lo // 10, "."), thousands(hi // 10, "."))])
            return pick(rng, ["%s–%s €" % (thousands(lo, sep), thousands(hi, sep)),
                              "%s € - %s €" % (thousands(lo, sep), thousands(hi, sep)),
                              "%dk–%dk €" % (lo // 1000, hi // 1000), "EUR %s" % thousands(lo, sep)])
        if lang == "pt" and rng.random() < 0.7:
            return pick(rng, ["R$ %s,%02d" % (thousands(n, "."), c), "R$%s" % thousands(n * 10, "."), "€%d,%02d" % (n, c)])
        if lang == "fr" and rng.random() < 0.2:
            return "CHF %s.–" % thousands(n, "'")
        return pick(rng, ["%s,%02d €" % (thousands(n, sep), c), "%s €" % thousands(n, sep), "€%s,%02d" % (thousands(n, "."), c),
                          "%d,- €" % n, "EUR %s,%02d" % (thousands(n, "."), c)])
    if lang == "hi":
        return pick(rng, ["₹%s" % indian_grouping(n * 100), "Rs. %s" % indian_grouping(n * 50), "₹%s LPA" % rng.randint(4, 45),
                          "INR %s" % indian_grouping(n * 1000)])
    if lang == "ja":
        return pick(rng, ["¥%s" % thousands(n * 100, ","), "%s円" % thousands(n * 100, ","), "%s円（税込）" % thousands(n * 10, ","),
                          "年収%d万円" % rng.randint(400, 1500)])
    if lang == "zh":
        return pick(rng, ["¥%s" % thousands(n * 10, ","), "%d元" % (n * 10), "￥%d" % n, "月薪%dk-%dk" % (rng.randint(10, 30), rng.randint(31, 60))])
    if lang == "ko":
        return pick(rng, ["%s원" % thousands(n * 1000, ","), "₩%s" % thousands(n * 1000, ","), "연봉 %s만원" % thousands(rng.randint(3000, 12000), ",")])
    if lang == "ru":
        return pick(rng, ["%s ₽" % thousands(n * 100, " "), "%s руб." % thousands(n * 100, " "), "от %s ₽" % thousands(n * 1000, " ")])
    if lang == "pl":
        return pick(rng, ["%s zł" % thousands(n * 10, " "), "%s PLN" % thousands(n * 10, " ")])
    if lang == "tr":
        return pick(rng, ["%s TL" % thousands(n * 10, "."), "₺%s" % thousands(n * 10, ".")])
    if lang == "ar":
        return pick(rng, ["%s درهم" % thousands(n * 10, ","), "SAR %s" % thousands(n * 10, ","), "AED %s" % thousands(n * 10, ","),
                          "%s ريال" % thousands(n * 10, ",")])
    raise ValueError(lang)


def neg_order(rng, lang):
    amz = "%s-%s-%s" % (D(rng, 3, "1234"), D(rng, 7), D(rng, 7))
    if lang == "zh":
        return pick(rng, ["20" + D(rng, 16), "%d%02d%02d%s" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), D(rng, 10))])
    if lang == "ja":
        return pick(rng, [amz, D(rng, 10, "1")])
    return pick(rng, [amz, amz, D(rng, 9, "1"), "45" + D(rng, 8), "%d-%06d" % (rng.randint(2022, 2025), rng.randint(1, 99999)),
                      "#" + D(rng, 6, "1")][:6]).lstrip("#")


def neg_ticket(rng):
    return pick(rng, ["INC%07d" % rng.randint(1, 999999), "RITM%07d" % rng.randint(1, 999999),
                      "CHG%07d" % rng.randint(1, 99999), "%s-%d" % (pick(rng, ["PROJ", "DATA", "OPS", "SEC", "WEB", "PLAT"]), rng.randint(10, 9999)),
                      "%08d" % rng.randint(1000000, 9999999), "3-%s" % D(rng, 11, "3"),
                      "CVE-%d-%d" % (rng.randint(2019, 2024), rng.randint(1000, 49999)),
                      "KB50%s" % D(rng, 5), "%d-%04d-%04d" % (rng.randint(2022, 2025), rng.randint(101, 1231), rng.randint(1, 9999)),
                      "SR%s" % D(rng, 9, "1")])


ISBN_GROUPS = {"en": ["0", "1"], "de": ["3"], "fr": ["2"], "es": ["84"], "pt": ["85", "65"],
               "it": ["88"], "nl": ["90"], "ja": ["4"], "zh": ["7"], "ru": ["5"],
               "hi": ["81", "93"], "ko": ["89"], "ar": ["9953", "603"], "pl": ["83"], "tr": ["975", "605"]}


def neg_isbn(rng, lang):
    g = pick(rng, ISBN_GROUPS.get(lang, ["0", "1"]))
    pub = D(rng, rng.randint(2, 5), "123456789")
    title = D(rng, 9 - len(g) - len(pub))
    body = "978" + g + pub + title
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    if rng.random() < 0.25:
        return body + str(chk)
    if rng.random() < 0.15:
        b10 = g + pub + title
        c10 = (11 - sum(int(c) * (10 - i) for i, c in enumerate(b10)) % 11) % 11
        return "%s-%s-%s-%s" % (g, pub, title, "X" if c10 == 10 else c10)
    return "978-%s-%s-%s-%d" % (g, pub, title, chk)


VERSIONS = [("Python", ["3.12.1", "3.11.9", "3.10.14", "3.12.3", "3.13"]), ("Node.js", ["20.11.1", "18.19.1", "22.2.0", "20.12.2"]),
            ("iOS", ["17.4.1", "16.7.7", "17.5"]), ("Kubernetes", ["1.29", "1.28.4", "1.30.1", "1.27.9"]),
            ("Spring Boot", ["3.2.4", "3.1.10", "2.7.18"]), ("Django", ["4.2.11", "5.0.4"]),
            ("PostgreSQL", ["16.2", "15.6", "14.11"]), ("Java", ["21.0.2", "17.0.10"]), ("React", ["18.2.0", "18.3.1"]),
            ("Angular", ["17.3.5", "16.2.12"]), ("TypeScript", ["5.4.5", "5.3.3"]), ("Terraform", ["1.7.5", "1.8.1"]),
            ("Go", ["1.22.2", "1.21.9"]), ("Rust", ["1.77.2", "1.78.0"]), ("pandas", ["2.2.2", "2.1.4"]),
            ("PyTorch", ["2.2.2", "2.3.0"]), ("TensorFlow", ["2.16.1", "2.15.0"]), ("Docker", ["26.0.1", "25.0.5"]),
            ("Ubuntu", ["22.04.4 LTS", "24.04"]), ("macOS", ["14.4.1", "13.6.6"]), ("Chrome", ["124.0.6367.91", "123.0.6312.122"]),
            ("VS Code", ["1.88.1", "1.89.0"]), ("Kafka", ["3.7.0", "3.6.1"]), ("Spark", ["3.5.1", "3.4.2"]),
            ("Airflow", ["2.9.0", "2.8.4"]), ("Elasticsearch", ["8.13.2", "7.17.20"]), ("Redis", ["7.2.4"]),
            ("nginx", ["1.25.5", "1.24.0"]), ("PHP", ["8.3.6", "8.2.18"]), ("Rails", ["7.1.3"]), (".NET", ["8.0.4", "6.0.29"]),
            ("Flutter", ["3.19.6", "3.22.0"]), ("Next.js", ["14.2.3", "13.5.6"]), ("Android", ["14", "13"]),
            ("our SDK", ["v2.14.3", "v3.0.0-rc.2", "v1.9.12"]), ("the CLI", ["v0.18.2", "v1.4.0"])]


def neg_version(rng):
    prod, vs = pick(rng, VERSIONS)
    return prod, pick(rng, vs)


def neg_patent(rng, lang):
    return pick(rng, ["US %s B2" % thousands(rng.randint(10500000, 11999999), ","),
                      "US %s B1" % thousands(rng.randint(9000000, 11999999), ","),
                      "US 2023/0%s A1" % D(rng, 6, "123"), "EP %s %s %s B1" % (D(rng, 1, "34"), D(rng, 3), D(rng, 3)),
                      "EP%s%sA1" % (D(rng, 1, "34"), D(rng, 6)), "DE 10 20%d %s %s A1" % (rng.randint(18, 23), D(rng, 3, "1"), D(rng, 3)),
                      "WO 20%d/%06d A1" % (rng.randint(18, 24), rng.randint(1, 250000)),
                      "CN 11%s A" % D(rng, 7), "JP 20%d-%06d A" % (rng.randint(18, 24), rng.randint(1, 199999))]
                if lang not in ("ja", "zh") else (
                    ["特許第%s号" % D(rng, 7, "67"), "特開20%d-%06d" % (rng.randint(18, 24), rng.randint(1, 199999))] if lang == "ja"
                    else ["ZL 20%d 1 %s.%d" % (rng.randint(18, 23), D(rng, 7), rng.randint(0, 9)), "CN11%sA" % D(rng, 7)]))


# ---------------------------------------------------------------------------------------
# Template engine.  A template is text with {slots}:
#   N1 N2 N3 (full name, PERSON; :upper :lower :nodiac), NP1 (English possessive), F1
#   (first name in a greeting/thanks; :congrats :lower), FP1 (first-name possessive after
#   the full name), AN1 (@Full Name), dN1 (French de/d' + name), taN1 (Turkish dative),
#   H1 (@handle), E1 (:plain :work :personal :mailto), EO1 (obfuscated), ER (role address),
#   P (:country), IP4 (:port :cidr :dns), IP6 (:port :dns), CC (:test), IBAN (:country),
#   SSN, U1 (:li :gh :x :md :bs :ss :cal :af :oth :oth:<host>),
#   !category (a generated hard negative), category=literal|member-spec (a literal hard
#   negative; org/place/ep/nw/atn abbreviate org_name/place_name/eponym/name_word/
#   at_not_handle; member-spec G:first, F:family, a full name, or - for none),
#   CO CITY ROLE TOPIC EVENT UNI TECHS PRODUCT n k pct (plain vocabulary).

SLOT_RE = re.compile(r"\{([^{}]+)\}")
LIT_ALIASES = {"org": "org_name", "place": "place_name", "ep": "eponym", "nw": "name_word",
               "atn": "at_not_handle"}
NAME_LIKE = {"org_name", "place_name", "eponym", "name_word"}


def script_of(s):
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7AF:
            return "hangul"
        if 0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF:
            return "han"
        if 0x0600 <= o <= 0x06FF:
            return "arabic"
        if 0x0400 <= o <= 0x04FF:
            return "cyrillic"
        if 0x0900 <= o <= 0x097F:
            return "devanagari"
    return "latin"


def spec_culture(lang, value):
    sc = script_of(value)
    if sc == "han":
        return "ja_kanji" if lang == "ja" else "zh_hanzi"
    return {"hangul": "ko_hangul", "arabic": "ar_arabic", "cyrillic": "ru_cyr",
            "devanagari": "in_dev"}.get(sc, LANG_DEFAULT_CULTURE[lang])


ZH_COMPOUND = {"欧阳"}


def exact_member(culture, name):
    if culture in ("zh_hanzi", "ko_hangul", "ja_kanji"):
        fam = name[:2] if name[:2] in ZH_COMPOUND else name[:1]
        giv = name[len(fam):]
        if culture == "zh_hanzi":
            fa, ga = dict(ZH_FAMILY)[fam], dict(ZH_GIVEN).get(giv) or ZH_ROMAN_EXTRA[giv]
        elif culture == "ko_hangul":
            fa, ga = dict(KO_FAMILY)[fam], dict(KO_GIVEN)[giv]
        else:
            fa, ga = "x", "x"
        return Member(name, giv, fam, ga, fa, culture, False)
    parts = name.split(" ", 1)
    return Member(name, parts[0], parts[1], ascii_fold(parts[0]), ascii_fold(parts[1]), culture, True)


def parse_literal(slot):
    """(category, literal, spec) for a literal-negative slot, else None."""
    if "=" not in slot:
        return None
    cat, rest = slot.split("=", 1)
    cat = LIT_ALIASES.get(cat, cat)
    lit, spec = (rest.split("|", 1) + [None])[:2]
    return cat, lit, spec


def fixed_members(rng, templates):
    """Members that the name-like negatives need, from the templates' member specs."""
    seen = {}
    wordnames = {}
    for lang, blocks in templates.items():
        for block, tl in blocks.items():
            for t in tl:
                for slot in SLOT_RE.findall(t):
                    p = parse_literal(slot)
                    if not p or p[0] not in NAME_LIKE:
                        continue
                    cat, lit, spec = p
                    if spec == "-":
                        continue
                    if spec is None:
                        toks = TOKEN_RE.findall(lit)
                        spec = "G:" + lit[:1].upper() + lit[1:] if len(toks) == 1 else lit
                    culture = spec_culture(lang, spec)
                    seen.setdefault((culture, spec), lang)
                    if spec.startswith("G:"):
                        wordnames.setdefault(lang, set()).add(spec[2:])
    out = []
    for (culture, spec), lang in sorted(seen.items()):
        if spec.startswith("G:"):
            for _ in range(2):
                out.append(make_member(rng, culture, given=spec[2:]))
        elif spec.startswith("F:"):
            out.append(make_member(rng, culture, family=spec[2:]))
        else:
            out.append(exact_member(culture, spec))
    return out, wordnames


class Ctx:
    def __init__(self, gen, rng, lang, kind):
        self.gen, self.rng, self.lang, self.kind = gen, rng, lang, kind
        self.persons = {}
        self.emails = {}
        self.block = None

    def person(self, i, greet=False):
        m = self.persons.get(i)
        if m is not None and (not greet or m.greet):
            return m
        d = self.gen.dir
        rng = self.rng
        used = {id(p) for p in self.persons.values()}
        for _ in range(200):
            if greet and rng.random() < 0.2 and self.gen.wordnames.get(self.lang):
                g = pick(rng, sorted(self.gen.wordnames[self.lang]))
                cands = d.by_given.get(fold(g))
                if not cands:
                    continue
                m = d.members[pick(rng, cands)]
            else:
                cult = weighted(rng, LANG_CULTURES[self.lang])
                lst = d.by_culture.get(cult)
                if not lst:
                    continue
                m = d.members[pick(rng, lst)]
            if greet and not m.greet:
                continue
            if id(m) in used:
                continue
            break
        self.persons[i] = m
        return m

    def vocab(self, key):
        return pick(self.rng, VOCAB[self.lang][key])

    def person_name_seg(self, m, arg, form="full"):
        rng = self.rng
        name = m.name
        sc = script_of(name)
        if "ı" in name or "İ" in name:  # Turkish dotted/dotless i: case-folding is locale-bound
            sc = "turkish"
        if arg == "upper" and sc in ("latin", "cyrillic"):
            return name.upper(), form + "_upper"
        if arg == "lower" and sc in ("latin", "cyrillic"):
            return name.lower(), form + "_lower"
        if arg in (None, "") and sc == "latin":
            r = rng.random()
            if has_marks(name) and r < 0.15:
                return "".join(ch for ch in unicodedata.normalize("NFD", name)
                               if unicodedata.category(ch) != "Mn"), form + "_nodiac"
            if r > 0.985:
                return name.upper(), form + "_upper"
            if r > 0.97 and self.kind == "comment":
                return name.lower(), form + "_lower"
        return name, form

    def slot(self, s):
        rng = self.rng
        lit = parse_literal(s)
        if lit:
            cat, text, _ = lit
            return [(text, ("N", cat))]
        if s.startswith("!"):
            return self.negative(s[1:])
        name, _, arg = s.partition(":")
        arg = arg or None
        m_ = re.fullmatch(r"(N|NP|F|FP|AN|dN|taN|H|E|EO|U)([1-3])", name)
        if m_:
            kind, i = m_.group(1), int(m_.group(2))
            return self.person_slot(kind, i, arg)
        if name in VOCAB[self.lang]:
            return [(self.vocab(name), None)]
        if name == "n":
            return [(str(rng.randint(3, 40)), None)]
        if name == "k":
            return [(str(rng.randint(2, 9)), None)]
        if name == "pct":
            return [(str(rng.randint(5, 80)), None)]
        if name == "ER":
            a = role_email(rng, self.lang)
            if rng.random() < 0.05:
                return [(obfuscate(rng, a), ("S", "EMAIL", "obfuscated"))]
            return [(a, ("S", "EMAIL", "role"))]
        if name == "P":
            t, form = gen_phone(rng, self.lang, arg)
            return [(t, ("S", "PHONE", form))]
        if name == "IP4":
            if arg == "dns":
                return [(pick(rng, IPV4_FAMOUS), ("S", "IPV4", "dns"))]
            ip = gen_ipv4(rng)
            if arg == "port":
                return [(ip, ("S", "IPV4", "port")), (":" + pick(rng, ["22", "443", "8080", "3389", "5432", "8443", "6443", "25"]), None)]
            if arg == "cidr":
                parts = ip.split(".")
                bits = pick(rng, [24, 24, 16, 28, 32, 22])
                base = ".".join(parts[:3] + ["0"]) if bits <= 24 else ip
                if bits == 16:
                    base = ".".join(parts[:2] + ["0", "0"])
                if not v4_global(base):
                    base = ip
                return [(base, ("S", "IPV4", "cidr")), ("/%d" % bits, None)]
            return [(ip, ("S", "IPV4", "plain"))]
        if name == "IP6":
            if arg == "dns":
                return [(pick(rng, V6_FAMOUS), ("S", "IPV6", "dns"))]
            ip = gen_ipv6(rng)
            if arg == "port":
                return [("[", None), (ip, ("S", "IPV6", "port")), ("]:" + pick(rng, ["443", "8080", "22", "8443"]), None)]
            return [(ip, ("S", "IPV6", "plain"))]
        if name == "CC":
            num = gen_card_number(rng, test=(arg == "test"))
            return [(group_card(num, rng), ("S", "CREDIT_CARD", card_brand(num)))]
        if name == "IBAN":
            cc = (arg or self.default_iban()).upper()
            return [(show_iban(rng, gen_iban(rng, cc)), ("S", "IBAN", cc))]
        if name == "SSN":
            return [(gen_ssn(rng), ("S", "US_SSN", "ssn"))]
        raise ValueError("unknown slot %r" % s)

    def default_iban(self):
        return pick(self.rng, {"en": ["GB", "GB", "IE", "DE", "NL"], "de": ["DE", "DE", "DE", "AT", "CH"],
                               "fr": ["FR", "FR", "FR", "BE", "LU", "CH"], "es": ["ES"], "pt": ["PT"],
                               "it": ["IT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "tr": ["TR"],
                               "ar": ["SA", "AE"], "hi": ["GB"], "ja": ["DE"], "zh": ["DE"],
                               "ko": ["DE"], "ru": ["DE"]}[self.lang])

    def person_slot(self, kind, i, arg):
        rng = self.rng
        if kind in ("F", "FP"):
            m = self.person(i, greet=(kind == "F"))
            if kind == "FP":
                return [(m.given, ("S", "PERSON", "first_poss")), (pick(rng, ["'s", "'s", "’s"]), None)]
            g = m.given.lower() if arg == "lower" else m.given
            return [(g, ("S", "PERSON", "congrats" if arg == "congrats" else "greet"))]
        m = self.person(i)
        if kind == "N":
            t, form = self.person_name_seg(m, arg)
            return [(t, ("S", "PERSON", form))]
        if kind == "NP":
            t, form = self.person_name_seg(m, arg, "poss")
            return [(t, ("S", "PERSON", form)), (pick(rng, ["'s", "'s", "’s"]), None)]
        if kind == "AN":
            return [("@", None), (m.name, ("S", "PERSON", "at_mention"))]
        if kind == "dN":
            t, form = self.person_name_seg(m, None)
            pre = "d'" if t[:1] in "AEIOUYÉÈÊÀÂÎÔÛaeiouyé" else "de "
            if pre == "d'" and rng.random() < 0.3:
                pre = "d’"
            return [(pre, None), (t, ("S", "PERSON", "fr_elision" if pre != "de " else form))]
        if kind == "taN":
            t = m.name
            vowels = [c for c in t.lower() if c in "aıoueiöü"]
            back = vowels and vowels[-1] in "aıou"
            suf = ("y" if t[-1].lower() in "aıoueiöü" else "") + ("a" if back else "e")
            return [(t, ("S", "PERSON", "tr_suffix")), ("'" + suf, None)]
        if kind == "H":
            h = m.handle
            if "_" in h and rng.random() < 0.06:
                h = "_".join(p.capitalize() for p in h.split("_"))
            return [("@" + h, ("S", "HANDLE", "mention"))]
        if kind in ("E", "EO"):
            key = (i, arg if arg in ("work", "personal") else None)
            if key not in self.emails:
                self.emails[key] = person_email(rng, m, self.lang, arg if arg in ("work", "personal") else None)
            a = self.emails[key]
            if kind == "EO" or arg == "obf":
                return [(obfuscate(rng, a), ("S", "EMAIL", "obfuscated"))]
            if arg == "mailto" or (arg is None and rng.random() < 0.03):
                return [("mailto:", ("N", "mailto")), (a, ("S", "EMAIL", "mailto"))]
            if arg is None and rng.random() < 0.06:
                return [(obfuscate(rng, a), ("S", "EMAIL", "obfuscated"))]
            return [(a, ("S", "EMAIL", "plain"))]
        if kind == "U":
            url, form = profile_url(rng, m, self.lang, arg)
            return [(url, ("S", "URL", form))]
        raise ValueError(kind)

    def negative(self, s):
        rng, lang = self.rng, self.lang
        cat, _, arg = s.partition(":")
        if cat == "date":
            return [(neg_date(rng, lang), ("N", "date"))]
        if cat == "daterange":
            return [(neg_daterange(rng, lang), ("N", "date"))]
        if cat == "ts":
            return [(neg_ts(rng), ("N", "date"))]
        if cat == "time":
            return [(neg_time(rng, lang), ("N", "time"))]
        if cat in ("price", "salary"):
            return [(neg_price(rng, lang, cat == "salary"), ("N", "price"))]
        if cat == "order":
            return [(neg_order(rng, lang), ("N", "order_number"))]
        if cat == "ticket":
            return [(neg_ticket(rng), ("N", "ticket_number"))]
        if cat == "isbn":
            return [(neg_isbn(rng, lang), ("N", "isbn"))]
        if cat == "ver":
            prod, v = neg_version(rng)
            return [(prod + " ", None), (v, ("N", "version"))]
        if cat == "patent":
            return [(neg_patent(rng, lang), ("N", "patent"))]
        if cat.startswith("ip_") and cat != "ip_version" or cat == "ipv6_nonglobal":
            return [(gen_ip_negative(rng, cat), ("N", cat))]
        if cat == "ip_version":
            return [(gen_ip_version(rng), ("N", "ip_version"))]
        if cat == "card_luhn_invalid":
            return [(group_card(gen_card_bad(rng), rng), ("N", cat))]
        if cat == "iban_bad_check":
            return [(show_iban(rng, gen_iban_bad(rng, (arg or self.default_iban()).upper())), ("N", cat))]
        if cat == "ssn_invalid":
            return [(gen_ssn_bad(rng, itin=(arg == "itin")), ("N", cat))]
        if cat.startswith("url_"):
            return [(neg_url(rng, cat, lang), ("N", cat))]
        if cat == "at_not_handle":
            return [(pick(rng, AT_NOT_HANDLE), ("N", cat))]
        if cat == "atco":
            return [("@" + pick(rng, AT_COMPANIES[lang]), ("N", "at_not_handle"))]
        if cat == "mac_address":
            return [(gen_mac(rng), ("N", cat))]
        raise ValueError("unknown negative %r" % s)


def render(ctx, template):
    segs = []
    pos = 0
    for mt in SLOT_RE.finditer(template):
        if mt.start() > pos:
            segs.append((template[pos:mt.start()], None))
        segs.extend(ctx.slot(mt.group(1)))
        pos = mt.end()
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs


KIND_WEIGHTS = [("post", 38), ("comment", 22), ("headline", 6), ("about", 7), ("experience", 6),
                ("job_ad", 8), ("event", 7), ("recommendation", 6)]
KIND_BLOCKS = {
    "post": ((1, 3), [("person", 3), ("contact", 2.2), ("url", 2), ("tech", 2.6), ("money", 2.8),
                      ("neg", 3.2), ("handle", 1.5), ("filler", 0.8)]),
    "comment": ((1, 2), [("greet", 5), ("handle", 2), ("neg", 1.5), ("contact", 0.5), ("url", 0.6),
                         ("person", 0.5), ("filler", 0.8)]),
    "headline": ((1, 1), [("headline", 1)]),
    "about": ((1, 3), [("about", 3), ("contact", 2), ("url", 2), ("filler", 0.8)]),
    "experience": ((1, 2), [("exp", 3), ("neg", 1)]),
    "job_ad": ((2, 3), [("job", 4), ("contact", 1.5), ("neg", 1)]),
    "event": ((2, 3), [("event", 4), ("person", 1.5), ("neg", 1)]),
    "recommendation": ((1, 2), [("rec", 4), ("person", 1)]),
}
COMMENT_MORE = [("filler", 1), ("neg", 1.5), ("handle", 1), ("url", 0.5)]
FALLBACK = {"exp": "neg", "rec": "person", "headline": "person", "about": "contact",
            "money": "neg", "tech": "neg", "job": "contact", "event": "person", "greet": "person",
            "handle": "person", "filler": "neg", "url": "contact", "contact": "neg"}
LANG_WEIGHTS = [("en", 34), ("de", 10), ("fr", 8), ("es", 8), ("pt", 7), ("it", 4), ("nl", 4),
                ("hi", 4), ("ja", 5), ("zh", 5), ("ru", 3), ("ar", 3), ("ko", 2), ("pl", 1.5),
                ("tr", 1.5)]
CJK_LANGS = {"ja", "zh"}


# ---------------------------------------------------------------------------------------
# Validation of every label, and scans for names/handles/addresses left unlabelled

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
EMAIL_SCAN_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
V4_SCAN_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
HANDLE_SCAN_RE = re.compile(r"(?<![A-Za-z0-9._%+\-/])@([A-Za-z0-9_]+)")
LOCAL_CH = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def deobfuscate(t):
    t = re.sub(r"\s*[\[\(\{]\s*(?:at|AT|@)\s*[\]\)\}]\s*", "@", t)
    return re.sub(r"\s*[\[\(\{]\s*(?:dot|DOT|\.)\s*[\]\)\}]\s*", ".", t)


PROFILE_RES = [re.compile(p) for p in (
    r"^([a-z]{2}\.|www\.)?linkedin\.com/in/[^/?\s]+/?(\?utm_[^\s]+)?$",
    r"^(www\.)?github\.com/[a-z0-9_\-]+(/[a-z0-9_\-]+)?$",
    r"^(x|twitter)\.com/[a-z0-9_]+(/status/\d+)?$",
    r"^medium\.com/@[a-z0-9_]+(/[a-z0-9\-]+)?$", r"^[a-z0-9]+\.medium\.com$",
    r"^bsky\.app/profile/[a-z0-9]+\.bsky\.social$",
    r"^[a-z0-9]+\.substack\.com(/p/[a-z0-9\-]+)?$", r"^substack\.com/@[a-z0-9]+$",
    r"^calendly\.com/[a-z0-9_\-]+(/[a-z0-9\-]+)?$",
    r"^askfirst\.example/u/[a-z0-9_]+$",
    r"^(www\.)?(instagram\.com|gitlab\.com|huggingface\.co|kaggle\.com|dribbble\.com|behance\.net|linktr\.ee|qiita\.com|zenn\.dev|note\.com|vk\.com|t\.me|dev\.to|cal\.com|topmate\.io)/[a-z0-9_]+$",
    r"^(www\.)?(youtube\.com|tiktok\.com|threads\.net|mastodon\.social)/@[a-z0-9_]+$",
    r"^(www\.)?xing\.com/profile/[A-Za-z_\-]+$", r"^stackoverflow\.com/users/\d+/[a-z\-]+$",
    r"^orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$", r"^scholar\.google\.com/citations\?user=[A-Za-z0-9]+$",
    r"^zhihu\.com/people/[a-z0-9\-]+$", r"^weibo\.com/u/\d+$", r"^[a-z0-9]+\.github\.io$",
    r"^researchgate\.net/profile/[A-Za-z\-]+$")]


def valid_gold(typ, t, form, text, s, e, d):
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if typ == "EMAIL":
        a = deobfuscate(t) if form == "obfuscated" else t
        return (bool(EMAIL_RE.match(a)) and (before == "" or before not in LOCAL_CH)
                and not (after != "" and after.isascii() and (after.isalnum() or after in "-_")))
    if typ == "PHONE":
        dg = digits_of(t)
        return (bool(re.fullmatch(r"[+(0-9][0-9 \u00a0().\-/]*[0-9]", t)) and 7 <= len(dg) <= 15
                and not before.isdigit() and not after.isdigit())
    if typ == "IPV4":
        return v4_global(t) and not before.isdigit() and not after.isdigit()
    if typ == "IPV6":
        return v6_global(t)
    if typ == "CREDIT_CARD":
        dg = digits_of(t)
        return luhn_ok(dg) and card_brand(dg) is not None and not before.isdigit() and not after.isdigit()
    if typ == "IBAN":
        c = t.replace(" ", "")
        cc = c[:2]
        return cc in IBAN_SPEC and len(c) == IBAN_SPEC[cc][0] and iban_mod97(c) == 1
    if typ == "US_SSN":
        mt = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        return bool(mt) and ssn_valid(int(mt.group(1)), int(mt.group(3)), int(mt.group(4)))
    if typ == "URL":
        u = re.sub(r"^https?://", "", t)
        return (not re.search(r"[\s.,)]$", t) and any(r.match(u) for r in PROFILE_RES)
                and not re.search(r"\s", t))
    if typ == "HANDLE":
        return (t[0] == "@" and t[1:].lower() in d.handles and (before == "" or before not in LOCAL_CH)
                and not (after != "" and after.isascii() and (after.isalnum() or after == "_")))
    if typ == "PERSON":
        if form in ("greet", "congrats", "first_poss"):
            ok = fold(t) in d.given_set
        else:
            ok = norm_tokens(t) in d.full
        cjk_edge = is_cjk(t[0]) or is_cjk(t[-1])
        if not cjk_edge:
            if before.isalnum() and not is_cjk(before) and not (before in "وبلـ" or form == "fr_elision"):
                return False
            if after.isalnum() and not is_cjk(after):
                return False
        return ok
    return False


def valid_negative(cat, t):
    if cat in ("ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved"):
        a = ipaddress.IPv4Address(t)
        return not v4_global(t) and {
            "ip_private": a.is_private and not a.is_loopback and not a.is_link_local and a not in ipaddress.ip_network("192.0.2.0/24") and a not in ipaddress.ip_network("198.51.100.0/24") and a not in ipaddress.ip_network("203.0.113.0/24") and a not in ipaddress.ip_network("198.18.0.0/15") and a not in ipaddress.ip_network("0.0.0.0/8") and a != ipaddress.IPv4Address("255.255.255.255"),
            "ip_loopback": a.is_loopback, "ip_link_local": a.is_link_local,
            "ip_documentation": any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")),
            "ip_reserved": any(a in ipaddress.ip_network(n) for n in ("100.64.0.0/10", "240.0.0.0/4", "0.0.0.0/8", "198.18.0.0/15"))}[cat]
    if cat == "ipv6_nonglobal":
        return not v6_global(t)
    if cat == "card_luhn_invalid":
        return not luhn_ok(digits_of(t))
    if cat == "iban_bad_check":
        c = t.replace(" ", "")
        return len(c) == IBAN_SPEC[c[:2]][0] and iban_mod97(c) != 1
    if cat == "ssn_invalid":
        mt = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        return bool(mt) and not ssn_valid(int(mt.group(1)), int(mt.group(3)), int(mt.group(4)))
    dg = digits_of(t)
    if 13 <= len(dg) <= 19 and luhn_ok(dg) and card_brand(dg):
        return False  # a number negative that happens to be a valid card: draw again
    if cat in ("date", "time", "price", "order_number", "ticket_number", "isbn", "version", "patent"):
        return not v4_global(t)
    return True


class Unlabelled(Exception):
    pass


def scan(text, spans, negs, d):
    covered = [(s, e) for s, e, _, _ in spans] + [(s, e) for s, e, _ in negs]

    def inside(s, e):
        return any(a <= s and e <= b for a, b in covered)

    def touches(s, e):
        return any(a < e and s < b for a, b in covered)
    for mt in EMAIL_SCAN_RE.finditer(text):
        if not touches(mt.start(), mt.end()):
            raise AssertionError("unlabelled e-mail %r in %r" % (mt.group(0), text))
    for mt in V4_SCAN_RE.finditer(text):
        if v4_global(mt.group(0)) and not touches(mt.start(), mt.end()):
            raise AssertionError("unlabelled IPv4 %r in %r" % (mt.group(0), text))
    for mt in HANDLE_SCAN_RE.finditer(text):
        if mt.group(1).lower() in d.handles and not touches(mt.start(), mt.end()):
            raise Unlabelled("handle")
    toks = [(mt.start(), mt.end(), fold(mt.group(0))) for mt in TOKEN_RE.finditer(text)]
    for i in range(len(toks)):
        for n in range(2, d.max_tokens + 1):
            if i + n > len(toks):
                break
            key = " ".join(t[2] for t in toks[i:i + n])
            if key in d.full:
                s, e = toks[i][0], toks[i + n - 1][1]
                if not (inside(s, e) or touches(s, e)):
                    raise Unlabelled("name %r" % text[s:e])
    i = 0
    n = len(text)
    while i < n:
        if is_cjk(text[i]):
            j = i
            while j < n and is_cjk(text[j]):
                j += 1
            for a in range(i, j):
                for L in range(2, 6):
                    if a + L > j:
                        break
                    if text[a:a + L] in d.cjk_names and not touches(a, a + L):
                        raise Unlabelled("cjk name %r" % text[a:a + L])
            i = j
        else:
            i += 1


class Gen:
    def __init__(self, seed, n_members):
        self.rng = random.Random(seed)
        fixed, self.wordnames = fixed_members(random.Random(seed * 1000003 + 17), TEMPLATES)
        self.dir = Directory(self.rng, n_members, fixed)
        self.stats = {"redrawn": 0}

    def record(self, idx):
        rng = self.rng
        for attempt in range(40):
            lang = weighted(rng, LANG_WEIGHTS)
            kind = weighted(rng, KIND_WEIGHTS)
            (lo, hi), blocks = KIND_BLOCKS[kind]
            nb = rng.randint(lo, hi)
            ctx = Ctx(self, rng, lang, kind)
            segs = []
            used = set()
            tl_all = TEMPLATES[lang]
            for b in range(nb):
                block = weighted(rng, blocks if not (kind == "comment" and b > 0) else COMMENT_MORE)
                seen_b = set()
                while block not in tl_all and block not in seen_b:
                    seen_b.add(block)
                    block = FALLBACK.get(block, "neg")
                cands = [t for t in tl_all.get(block, []) if t not in used]
                if not cands:
                    continue
                t = pick(rng, cands)
                used.add(t)
                ctx.block = block
                part = render(ctx, t)
                if segs:
                    if lang in CJK_LANGS:
                        sep = pick(rng, ["", "", "\n"])
                        if segs[-1][0][-1:] not in "。！？!?）)":
                            sep = "\n"
                    else:
                        sep = pick(rng, [" ", " ", " ", "\n", "\n\n"] if kind != "comment" else [" "])
                    segs.append((sep, None))
                segs.extend(part)
            if not segs:
                continue
            text, spans, negs = "", [], []
            for t, lab in segs:
                s = len(text)
                text += t
                if lab is None:
                    continue
                if lab[0] == "S":
                    spans.append((s, len(text), lab[1], lab[2]))
                else:
                    negs.append((s, len(text), lab[1]))
            bad = False
            for s, e, typ, form in spans:
                if not valid_gold(typ, text[s:e], form, text, s, e, self.dir):
                    raise AssertionError("invalid gold %s %r (%s) in %r" % (typ, text[s:e], form, text))
            sp = sorted(spans)
            for a, b in zip(sp, sp[1:]):
                assert b[0] >= a[1], "overlapping gold spans in %r" % text
            for s, e, cat in negs:
                assert not any(a < e and s < b for a, b, _, _ in spans), "negative overlaps gold"
                if not valid_negative(cat, text[s:e]):
                    bad = True
            if bad:
                self.stats["redrawn"] += 1
                continue
            try:
                scan(text, spans, negs, self.dir)
            except Unlabelled:
                self.stats["redrawn"] += 1
                continue
            return {"id": "b2-%05d" % (idx + 1), "lang": lang, "kind": kind, "text": text,
                    "spans": [{"start": s, "end": e, "type": t, "form": f} for s, e, t, f in sp],
                    "negatives": [{"start": s, "end": e, "category": c} for s, e, c in sorted(negs)]}
        raise AssertionError("could not draw record %d" % idx)


def check_vocab(gen):
    """Plain vocabulary and template text must not spell a member's first name unlabelled."""
    problems = []
    givens = {fold(g) for g in gen.dir.given_set}
    for lang, v in VOCAB.items():
        for key, items in v.items():
            for it in items:
                for tok in TOKEN_RE.findall(it):
                    if fold(tok) in givens and tok[:1].isupper():
                        problems.append("%s %s: %r" % (lang, key, it))
    for lang, blocks in TEMPLATES.items():
        for block, tl in blocks.items():
            for t in tl:
                plain = SLOT_RE.sub(" ", t)
                for tok in TOKEN_RE.findall(plain):
                    if tok[:1].isupper() and fold(tok) in givens:
                        problems.append("%s/%s: %r in %r" % (lang, block, tok, t))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-vocab", action="store_true", help="list template words that spell first names")
    a = ap.parse_args()
    gen = Gen(a.seed, a.members)
    if a.check_vocab:
        for p in check_vocab(gen):
            print(p)
        return
    os.makedirs(a.out, exist_ok=True)
    gen.dir.write(os.path.join(a.out, "members.jsonl"))
    counts, negc = {}, {}
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(a.records):
            r = gen.record(i)
            for s in r["spans"]:
                counts[s["type"]] = counts.get(s["type"], 0) + 1
            for s in r["negatives"]:
                negc[s["category"]] = negc.get(s["category"], 0) + 1
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d records, %d members -> %s; gold %s; negatives %s; redrawn %d" % (
        a.records, len(gen.dir.members), a.out,
        " ".join("%s=%d" % kv for kv in sorted(counts.items())),
        " ".join("%s=%d" % kv for kv in sorted(negc.items())), gen.stats["redrawn"]),
        file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Templates, per language and block

TEMPLATES = {}

TEMPLATES["en"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS} | ex-{CO}",
        "{ROLE} at {CO} · {TOPIC} · Mentor",
        "Founder & CEO @ {CO} | Building for {TOPIC}",
        "Talent Partner {!atco} | We're hiring in {CITY} | {E1:work}",
        "{ROLE} | {TECHS} | {U1:gh}",
        "Head of People at {CO} | Book time with me: {U1:cal}",
        "Open to work · {ROLE} · {CITY} · {E1:personal}",
        "PhD candidate @ {UNI} | {TOPIC} | {U1:oth}",
        "Recruiter {!atco} — reach me at {E1:work} or {P}",
        "{ROLE} | Writing weekly at {U1:ss}",
        "{ROLE} {!atco} | Speaker | {U1:x}",
        "Helping {TOPIC} teams ship faster | {ROLE} | DM or {E1}",
        "{ROLE} · {CITY} · {U1:li}",
        "Ex-{CO}, now {ROLE} {!atco} 🚀",
    ],
    "about": [
        "I'm a {ROLE} with {n} years in {TOPIC}. Happy to chat about mentoring, speaking or consulting: {E1}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Best way to reach me is email ({E1}); I rarely check DMs.",
        "Portfolio: {U1:oth} | Code: {U1:gh} | Newsletter: {U1:ss}",
        "Want to chat? Grab 20 minutes here: {U1:cal}",
        "Based in {CITY}. Phone/WhatsApp: {P}.",
        "Previously at {CO} and {CO}. These days I write about {TOPIC} on {U1:md}.",
        "Speaking inquiries: {ER} (cc my assistant {N2}).",
        "Also on Bluesky: {U1:bs}",
        "My full profile lives at {U1:af}.",
        "Contact: {EO1}",
        "Not taking freelance work right now. For anything urgent call {P} between {!time} and {!time}.",
        "I help early-stage teams with {TOPIC}. Say hello at {E1:personal} or {U1:x}.",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migrated {n} services to {!ver}\n• Cut cloud spend by {pct}%",
        "Led a team of {n} engineers building {PRODUCT}; released {!ver} to {n}k users.",
        "Worked with recruiting partners {org=Robert Walters} and {org=Michael Page} to hire {n} engineers.",
        "Reported to {N1} (VP Engineering). Owned on-call for the payments API.",
        "Co-inventor on {!patent} (adaptive rate limiting).",
        "Maintained firmware {!ip_version} across the {CITY} fleet.",
        "Implemented {ep=Dijkstra|F:Dijkstra}'s algorithm for route planning across {n} depots.",
        "{ROLE}, {CO} ({!daterange}). Scaled the data platform from {n} to {n}0 TB.",
        "Ran the audit with {org=Grant Thornton} and closed all findings by {!date}.",
        "Mentored {n} juniors; two are now tech leads.",
        "Shipped {PRODUCT} on {!ver}; p95 latency down {pct}%.",
    ],
    "job": [
        "We're hiring a {ROLE} in {CITY}! 💼 {!salary} + equity. Apply: {!url_careers} or send your CV to {ER}.",
        "Questions about the role? Reach out to {N1} at {E1:work} or on {P}.",
        "Interested? DM {H1} or apply via {!url_careers}.",
        "Please don't send CVs to {AN1} directly — use {ER} so we can track them.",
        "Closing date: {!date}. First interviews the week of {!date}.",
        "Hybrid, 3 days a week in our {CITY} office. Visa sponsorship available.",
        "Our recruiting partner for this search is {org=Spencer Stuart}.",
        "Referral bonus of {!price} if we hire your friend!",
        "Not a fit? All our openings are at {!url_careers}",
        "Hiring manager: {N1} ({U1:li})",
        "#hiring {ROLE} — remote-friendly, {!salary}. Email {ER} with 'ROLE' in the subject.",
        "Recruiting via {org=Harvey Nash} for this one; their team will call you from {P}.",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nTickets: {!url_ticket}",
        "Speakers: {N1} ({CO}), {N2} ({CO}) and {N3}.",
        "Join us for {EVENT} on {!date}! Register: {!url_form}. Questions → {ER}.",
        "Huge thanks to our host {N1} and to {H2} for the venue 🙌",
        "Live from {EVENT} in {place=Charlotte}, NC!",
        "Early-bird tickets ({!price}) end on {!date}.",
        "Doors open at {!time}; talks start at {!time}.",
        "Slides from {NP1} talk are here: {U1:x}",
        "We're at booth B{n} — come say hi to {N1} and {N2}!",
        "Next stop: {place=Austin}, TX for {EVENT}.",
        "Meet us at the {ep=Grace Hopper} Celebration, booth {n}.",
        "Keynote by {N1}, followed by a panel with {AN2} and {N3}.",
        "Livestream link goes out on {!date} to everyone who registered via {!url_form}.",
        "Can't make it in person? Watch the recording on {!url_company}.",
    ],
    "rec": [
        "I had the pleasure of working with {N1} at {CO} for {k} years. {FP1} ability to turn vague requirements into shipped features is rare.",
        "{N1} is one of the most thoughtful engineers I've managed. {FP1} code reviews raised the bar for the whole team.",
        "I recommend {N1} without reservation for any {ROLE} role.",
        "{NP1} work on our data platform saved us months.",
        "{N1} mentored me when I joined {CO}, and I still use {FP1} onboarding checklist.",
        "Any team would be lucky to have {N1}.",
        "{N1} and {N2} led the migration together; {FP1} planning kept us on schedule.",
        "It was a privilege to manage {N1} during {FP1} time at {CO}.",
    ],
    "person": [
        "Congratulations to {N1} on the new role at {CO}! 🎉",
        "Great panel today with {N1}, {N2} and {N3}. My takeaway: measure before you optimise.",
        "Welcome to the team, {N1}! 👋",
        "Thrilled to announce that {N1} is joining us as {ROLE}.",
        "Photo credit: {N1}",
        "Shoutout to {AN1} for the brilliant keynote.",
        "{N1} and I will be at {EVENT} next week — say hi!",
        "Reposting {NP1} thread on {TOPIC}; worth your time.",
        "Speaker: Dr. {N1}, {CO}",
        "SPEAKERS: {N1:upper} · {N2:upper}",
        "so proud of {N1:lower} and the whole crew!!",
        "Big thanks to {N1} for reviewing the draft.",
        "Our {EVENT} lineup: {N1}, {N2}, {N3} and more TBA.",
        "Today {N1} hands over the team lead role to {N2}.",
        "{N1} just passed the AWS Solutions Architect exam — first try!",
        "Interview with Prof. {N1} ({UNI}) on {TOPIC}.",
        "Inspired by {NP1} post about burnout. Take your PTO, folks.",
        "After {k} years, {N1} is retiring. Thank you for everything!",
        "Co-authored with {N1} and {N2}: our guide to {TOPIC}.",
        "Met {N1} at {EVENT} and left with ten pages of notes.",
    ],
    "greet": [
        "Thanks, {F1}!",
        "Thank you {F1} for sharing this!",
        "Thanks {F1} 🙏",
        "Hi {F1}, sent you a DM.",
        "Hello {F1}! Is this role open to remote candidates?",
        "Dear {F1}, thank you for the kind words.",
        "Hey {F1}, great write-up.",
        "Many thanks, {F1}, for organising!",
        "Thanks {F1} and {F2}!",
        "Good morning {F1}! Looking forward to it.",
        "{F1}, thank you — this is super helpful.",
        "thanks {F1:lower}!! saving this",
        "Congrats, {F1:congrats}! 🎉",
        "Congratulations {F1:congrats}! Well deserved.",
        "Hi {F1}, could you share the slides?",
        "Thank you so much, {F1}. See you in {CITY}!",
        "Hi {F1} — yes, the form is open until {!date}.",
        "Hello {F1}, I've applied via {!url_careers}. Looking forward to hearing back!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "h/t {H1} for the pointer",
        "Shoutout to {H1} for the demo!",
        "Loved this talk by {H1}.",
        "{H1} any thoughts on this?",
        "Thanks {H1} for the intro!",
        "Tagging {H1}, who knows this better than I do.",
        "via {H1}",
        "Great discussion with {H1} and {H2} today.",
        "(repost from {H1})",
        "Ask {H1} — they ran the pilot.",
        "{H1} {H2} this is the paper I mentioned: {!url_paper}",
    ],
    "contact": [
        "If you're interested, email me at {E1} or call {P}.",
        "Send your portfolio to {ER}; we reply within a week.",
        "My new email is {E1:personal}. The old one is no longer monitored.",
        "Contact: {N1} <{E1:plain}>",
        "You can reach our front desk on {P}.",
        "Reach out: {EO1}",
        "WhatsApp me on {P} if that's easier.",
        "Press: {ER} · Partnerships: {ER}",
        "Questions? {E1} or {P} (weekdays {!time}–{!time}).",
        "Write to us: {E1:mailto}",
        "DM me or email {E1}. No recruiters please.",
        "Office: {P} · Mobile: {P}",
        "Call us toll-free at {P:us}.",
        "For invoices: {ER} (please quote order {!order}).",
        "Reply to {N1} ({E1:work}) by {!date} to confirm your seat.",
    ],
    "url": [
        "Connect with me on LinkedIn: {U1:li}",
        "The code for the demo is on {U1:gh}.",
        "Slides are pinned on my profile ({U1:x}).",
        "Full write-up on my blog: {U1:md}.",
        "I'm also on Bluesky now: {U1:bs}",
        "Subscribe to my newsletter → {U1:ss}",
        "Grab a slot: {U1:cal}.",
        "Follow {N1} for more on {TOPIC}: {U1:af}",
        "Check out {NP1} profile ({U1:li}).",
        "More of my work: {U1:oth}",
        "Here's {NP1} GitHub: {U1:gh}",
        "Our company page is {!url_company} and open roles are at {!url_careers}.",
        "Docs: {!url_docs}",
        "Paper: {!url_paper}",
        "Tickets: {!url_ticket}",
        "Sign-up form: {!url_form}",
        "Everything I post is mirrored at {U1:af} and {U1:li}",
        "Repo: {!url_company} — PRs welcome!",
    ],
    "tech": [
        "We're seeing credential-stuffing attempts from {IP4} and {IP4}; both are blocked at the WAF now.",
        "Our egress IP changed to {IP4}. Partners, please update your allowlists by {!date}.",
        "2*If you self-host, point the A record to {IP4} and the AAAA record to {IP6}.",
        "Load balancer at {IP4:port} is healthy again.",
        "Rate-limit everything from {IP4:cidr} until further notice.",
        "2*Reached {IP6:port} over IPv6 after the migration 🎉",
        "Homelab update: NAS on {!ip_private}, Pi-hole on {!ip_private}, public IP {IP4}.",
        "Never bind admin panels to anything but {!ip_loopback}; learned that the hard way.",
        "3*If you see {!ip_link_local}, your DHCP server is down.",
        "3*In docs and slides we only use {!ip_documentation} (RFC 5737).",
        "Remember that {!ip_reserved} is not a customer IP.",
        "Updated the edge routers to firmware {!ip_version} last night.",
        "2*Link-local {!ipv6_nonglobal} works, but global {IP6} does not. Routing issue?",
        "nginx listens on [{ipv6_nonglobal=::|-}]:80 and {ip_reserved=0.0.0.0|-}:80 by default.",
        "Public resolvers we allow: {IP4:dns} and {IP6:dns}.",
        "3*The printer keeps grabbing {!ip_private} even though its MAC is {!mac_address}.",
        "Block {IP4}, it's hammering /wp-login.php.",
        "traceroute shows the packet loss starting at {IP4}.",
        "3*The scan came from {IP6}; we've reported it to the provider.",
        "Staging is on {!ip_private}:8080, prod sits behind {IP4}.",
        "Upgraded the switch firmware to {!ip_version}; the old build leaked memory.",
        "2*ULA prefix {!ipv6_nonglobal} for the lab, global {IP6} for the edge.",
        "Deploy finished at {!ts} with {!ver}.",
        "2*Our API now answers on IPv6 too: {IP6}.",
        "Seeing SYN floods from {IP6} and {IP4} since {!time}.",
        "Whitelisted {IP4} and {IP6:port} for the vendor VPN.",
        "Status page: the outage was a bad route to {IP4:cidr}.",
        "3*My laptop shows {!ip_link_local} on Wi-Fi. DHCP timeout again.",
        "3*A {!ip_link_local} address on the printer means it never got a lease.",
        "3*Carrier-grade NAT gives us {!ip_reserved}, so port forwarding is impossible.",
        "3*Tailscale assigned the node {!ip_reserved}; that's expected.",
        "Bind to {ip_reserved=0.0.0.0|-}:8000 inside the container, not on the host.",
        "3*Added {!mac_address} to the DHCP reservation list.",
        "3*The camera's MAC is {!mac_address}; it still drops off the network.",
        "Benchmark traffic comes from {!ip_reserved} (RFC 2544 range).",
        "3*Slides use {!ip_documentation} and {!ipv6_nonglobal}, never real addresses.",
        "The health check hits {!ip_loopback}:9090/metrics.",
        "Our Redis listens on {!ip_loopback} only.",
        "The router answers on {!ipv6_nonglobal} (link-local) and {!ip_private}.",
        "3*AAAA record now points to {IP6}; TTL is 300.",
        "Mail server {IP6} landed on a blocklist. Delisting request sent.",
        "Peering is up: our side {IP6}, theirs {IP6}.",
        "curl -6 https://[{IP6}]:8443/health returns 200 now.",
    ],
    "money": [
        "PSA: a 'giveaway' account is posting card numbers like {CC} in comments. Report, don't engage.",
        "For sandbox payments use the test card {CC:test}, any future expiry, any CVC.",
        "Our invoice was paid to {IBAN:GB}. If you got a different IBAN by email, it's phishing.",
        "3*Reimbursements for the meetup go to IBAN {IBAN} (reference {!order}).",
        "3*Someone on our team pasted an SSN ({SSN}) into a public channel. We deleted it and notified them.",
        "3*Scam alert: a fake recruiter asked a candidate for their SSN, {SSN}, and bank details before any interview.",
        "3*Example only: {!ssn_invalid} is never issued, which is why our training slides use it.",
        "The number {!card_luhn_invalid} fails the Luhn check, so the form rejects it. Working as intended.",
        "The IBAN {!iban_bad_check} on that invoice has the wrong check digits. Always verify.",
        "3*Please send the deposit to {IBAN:DE} by {!date}.",
        "Found in a phishing email: card {CC}, exp {date=09/27|-}. Reported to the bank.",
        "Wire details: IBAN {IBAN:IE}, BIC AIBKIE2D.",
        "3*ITIN holders: a number like {!ssn_invalid:itin} starts with 9 and is not an SSN.",
        "Test with {CC:test} in staging; production rejects test cards.",
        "My card {CC} was cloned at a petrol station. Cancel yours if you were there on {!date}.",
        "Donations: {IBAN:NL} (Stichting Code Club). Thank you!",
        "HR reminder: never email a new hire's SSN. Last week a spreadsheet with {SSN} went to the wrong list.",
        "3*Identity theft is real: my SSN {SSN} showed up in a breach notice this morning.",
        "3*A 'recruiter' texted me asking to confirm my SSN ({SSN}) for a background check. Don't fall for it.",
        "Onboarding form asked for SSN in plain text: {SSN}. We fixed the form the same day.",
        "Lesson learned: redact screenshots. That I-9 screenshot showed an SSN, {SSN}.",
        "Fraud alert from a customer: a caller read out their SSN {SSN} to 'verify' them. We never call like that.",
        "Card {CC} was used for a $1 test charge, then $900. Freeze your card if you see tiny charges.",
        "Compliance note: card numbers such as {CC} must never appear in support tickets.",
        "Refund goes back to IBAN {IBAN} within 5 working days.",
        "3*Placeholder SSNs like {!ssn_invalid} belong in test fixtures, real ones never.",
        "3*Our validator correctly rejects {!ssn_invalid}. Good.",
        "The sample W-2 in the training deck uses {!ssn_invalid}.",
        "Gift card {!card_luhn_invalid} was rejected at checkout. Typo on the card itself?",
        "Membership number {!card_luhn_invalid} looks like a card number but isn't one.",
        "That IBAN ({!iban_bad_check:GB}) fails the mod-97 check. Ask the supplier again.",
        "Received an invoice with IBAN {!iban_bad_check:DE}. Check digits are wrong, so it's fake or a typo.",
        "Payroll accidentally exported SSNs ({SSN}, {SSN}) into a shared sheet. Access revoked, employees told.",
        "Got a letter from the IRS? Scammers quote a real-looking SSN like {SSN} to sound legit.",
        "PSA for new grads: no employer needs your SSN before an offer letter. Saw {SSN} posted in an 'application' thread today.",
        "3*Someone posted their tax form with the SSN {SSN} visible. Please blur before you share!",
        "Our bug bounty found SSNs such as {SSN} in a debug log. Fixed and disclosed.",
    ],
    "neg": [
        "{nw=Will} this scale to 10 million users? Benchmarks say yes.",
        "{nw=Will} share the recording on Friday.",
        "There's a 30-day {nw=grace} period on the new billing plan.",
        "{nw=Hope} this helps someone preparing for interviews.",
        "Share prices {nw=rose} {pct}% after the earnings call.",
        "Our {nw=June} meetup is moving online.",
        "{nw=May} I ask what stack you used?",
        "{nw=Mark} your calendars: {!date}.",
        "The {nw=bill} of materials dropped {pct}% after the redesign.",
        "To be {nw=frank}, the first version was terrible.",
        "We shipped at {nw=dawn} after an all-nighter.",
        "It was a {nw=joy} to work on this.",
        "We negotiated in good {nw=faith}.",
        "Applications for the {nw=Summer} internship close {!date}.",
        "The event {nw=drew} 300 attendees.",
        "Single-cell {nw=gene} expression atlas, now open access: {!url_paper}",
        "Not an {nw=Ivy} League grad? Neither are most of our engineers.",
        "We moved the database to Amazon {nw=Aurora|G:Aurora} last quarter.",
        "Still shipping {nw=Ruby} on Rails in 2024 and loving it.",
        "We rewrote the solver in {nw=Julia} and it's 40x faster.",
        "Project status: {nw=amber}. Two risks open.",
        "{nw=Crystal} clear requirements... said no one ever.",
        "Classic {nw=Iris} dataset, new tricks.",
        "{nw=Rich} text support is live in the editor.",
        "Stop trying to {nw=chase} every lead.",
        "A well-deserved {nw=pat} on the back for the support team.",
        "We finally moved our accounting off {nw=Sage}.",
        "{nw=Max} 20 people per session.",
        "Real-time {nw=ray} tracing on a laptop GPU is wild.",
        "{nw=Sterling} work by the ops team this weekend.",
        "{nw=Goodluck} with the launch today, team!",
        "It's a {nw=blessing} to work with this team.",
        "Most of us voted in {nw=favour} of remote-first.",
        "Your time is {nw=precious}; so is mine.",
        "The best {nw=gift} a manager can give is clarity.",
        "{nw=Patience} pays off in enterprise sales.",
        "Growth starts where your {nw=comfort} zone ends.",
        "{nw=Peace} of mind for on-call engineers: good runbooks.",
        "Three {nw=success} stories from our bootcamp cohort.",
        "{org=Morgan Stanley} is hiring quants in {CITY}.",
        "The new {org=Ralph Lauren} campaign was shot by our studio.",
        "Tailored suits from {org=Paul Smith} and {org=Ted Baker} for the gala.",
        "The {org=John Lewis} Partnership is trialling a four-day week.",
        "Moved my IRA to {org=Charles Schwab}.",
        "Advisors at {org=Edward Jones} and {org=Raymond James} weigh in on rates.",
        "Placed by {org=Robert Walters}, smooth process end to end.",
        "The {org=Michael Page} salary guide for {CITY} is out.",
        "Exec search with {org=Russell Reynolds} took four months.",
        "Congrats to the {org=Morgan Lewis} team on closing the deal.",
        "Our office chairs are from {org=Herman Miller}; best purchase we made.",
        "{org=Booz Allen Hamilton|Allen Hamilton} is hiring cleared engineers.",
        "{org=Stanley Black|Stanley Black} & Decker cut its guidance again.",
        "{org=Thomas Cook} relaunched as an online travel agent.",
        "Dental distributor {org=Henry Schein} joined our customer list.",
        "Consultants from {org=Oliver Wyman} ran the workshop.",
        "Temp staffing via {org=Robert Half} got us through Q4.",
        "{org=Kelly|G:Kelly} Services published its workforce report.",
        "Fintech vendor {org=Jack Henry} announced a new core platform.",
        "Our agency did the {org=Marc Jacobs} launch.",
        "Relocating to {place=Charlotte}, NC this autumn.",
        "Our new office in {place=Sydney} opens on {!date}.",
        "Team offsite in {place=Adelaide} 🦘",
        "Hiring in {place=Austin}, TX and remote.",
        "Flying into {place=Victoria}, BC for a customer visit.",
        "Three days in {place=Florence} for the conference.",
        "Board meeting in {place=Jackson} Hole, WY.",
        "Coffee in {place=Madison}, WI, anyone?",
        "Great turnout at the {place=Savannah} meetup.",
        "Expanding to {place=Jordan} and Egypt next year.",
        "Our EU engineering hub is in {place=Sofia}, Bulgaria.",
        "Field trip to {place=Nelson}, New Zealand.",
        "The {place=Darwin} office is closed for the public holiday.",
        "Sales kickoff in sunny {place=Phoenix}.",
        "Moved from {place=San Francisco|G:Francisco} to {CITY} last year.",
        "The startup scene in {place=San Diego|G:Diego} is underrated.",
        "New data centre in {place=San Antonio|G:Antonio}.",
        "Offsite in {place=Santa Barbara|G:Barbara}.",
        "Moving to {place=St. Louis|G:Louis} in March.",
        "Commute is easier since the {place=Elizabeth} line opened.",
        "Landing at {place=Shannon} Airport at 6am.",
        "Hiking in County {place=Kerry} this weekend.",
        "Two roles open in North {place=Carolina} and West {place=Virginia}.",
        "Proud {place=Georgia} Tech alum.",
        "{ep=Dijkstra|F:Dijkstra}'s algorithm still works fine for small graphs.",
        "{ep=Moore|F:Moore}'s law is slowing; architecture matters again.",
        "{ep=Conway|F:Conway}'s law: you ship your org chart.",
        "{ep=Brooks|F:Brooks}'s law: adding people to a late project makes it later.",
        "{ep=Goodhart|F:Goodhart}'s law applies to every OKR.",
        "Did the chatbot pass the {ep=Turing|F:Turing} test? Not quite.",
        "Intro to {ep=Markov|F:Markov} chains for churn modelling.",
        "{ep=Bayes|F:Bayes}' theorem explained with coffee.",
        "Pricing wars end in a {ep=Nash|F:Nash} equilibrium.",
        "Updated the {ep=Gantt|F:Gantt} chart (again).",
        "The {ep=Pareto|F:Pareto} principle: 20% of features drive 80% of usage.",
        "Sensor fusion with a {ep=Kalman|F:Kalman} filter.",
        "Fuzzy matching with {ep=Levenshtein|F:Levenshtein} distance.",
        "{ep=Pearson|F:Pearson} correlation is not causation.",
        "{ep=Huffman|F:Huffman} coding from scratch in 50 lines.",
        "{ep=Bloom|F:Bloom} filters saved us 2 GB of RAM.",
        "Fast {ep=Fourier|F:Fourier} transforms on the edge.",
        "{ep=Taylor} series approximations for the win.",
        "{ep=Shannon} entropy as a feature.",
        "The {ep=Peter} principle is real.",
        "Sizing bets with the {ep=Kelly} criterion.",
        "The {ep=Matthew} effect in citations is brutal.",
        "{ep=Jakob}'s law: users spend most of their time on other sites.",
        "{ep=Linus}'s law: with enough eyeballs, all bugs are shallow.",
        "{ep=Hyrum}'s law bit us again.",
        "{ep=Godwin}'s law reached in 12 comments.",
        "{ep=Murphy|F:Murphy}'s law hit our launch day.",
        "{ep=Parkinson|F:Parkinson}'s law: work expands to fill the time.",
        "{ep=Amdahl|F:Amdahl}'s law limits the speedup.",
        "{ep=Little|F:Little}'s law for queue sizing.",
        "{ep=Maslow|F:Maslow}'s hierarchy, but for developer experience.",
        "{ep=Porter|F:Porter}'s five forces for our market.",
        "The {ep=Eisenhower|F:Eisenhower} matrix for inbox triage.",
        "{ep=Simpson|F:Simpson}'s paradox in our A/B test.",
        "{ep=Poisson|F:Poisson} regression for count data.",
        "{ep=Zipf|F:Zipf}'s law in our search logs.",
        "{ep=Benford|F:Benford}'s law caught the fraud.",
        "{ep=Dunbar|F:Dunbar}'s number and team size.",
        "Rewrote the parser in {ep=Pascal} for nostalgia.",
        "The {ep=Ada} language still runs avionics.",
        "Happy {ep=Ada Lovelace} Day to all the women in STEM!",
        "Applications for the {ep=Marie Curie} fellowship close {!date}.",
        "Visiting researcher at the {ep=Alan Turing} Institute.",
        "Postdoc at the {ep=Max Planck} Institute for Intelligent Systems.",
        "Congrats on the {ep=Nobel|F:Nobel} Prize!",
        "{atn=@everyone} please submit timesheets by {!date}.",
        "Reminder {atn=@here}: standup moved to {!time}.",
        "Annotate with {atn=@Override} and move on.",
        "npm i -D {atn=@types/node}",
        "uses: {atn=actions/checkout@v4}",
        "Export icons as {atn=icon@2x.png} and {atn=icon@3x.png}.",
        "Use {atn=@media} (prefers-color-scheme: dark) for dark mode.",
        "Python's {atn=@dataclass} saves so much boilerplate.",
        "Spring's {atn=@Autowired} on constructors is optional now.",
        "Upgraded to {atn=@angular/core} 17 this sprint.",
        "Our paper is out: {!url_paper} 🎉",
        "Currently reading ISBN {!isbn}. Highly recommend.",
        "Upgraded everything to {!ver} this weekend.",
        "Patent {!patent} was granted today!",
        "Order {!order} still hasn't shipped 🙃",
        "Support ticket {!ticket} has been open for two weeks.",
        "Early-bird price: {!price} until {!date}.",
        "Deploy finished at {!ts}.",
        "Follow our engineering blog: {!url_company}",
        "Docs here: {!url_docs}",
        "Feedback form: {!url_form}",
        "Grab your ticket: {!url_ticket}",
        "All open roles: {!url_careers}",
        "Our incident {!ticket} post-mortem is public.",
        "Patched {!ticket} on all hosts by {!time}.",
        "Salary band for this role: {!salary}.",
        "Book: ISBN {!isbn}, {!price}.",
    ],
    "filler": [
        "Shipping beats perfect. Iterate.",
        "Three lessons from scaling our on-call rotation.",
        "What's one tool you couldn't work without?",
        "Grateful for this community. ❤️",
        "Hot take: most dashboards are never opened twice.",
        "#hiring #remote #engineering",
        "Agree with all of this.",
        "We're live! 🚀",
        "Long thread, but worth it.",
        "Document your decisions, not just your code.",
        "Small teams, clear ownership, fast feedback.",
        "Onboarding is a product. Treat it like one.",
    ],
}


TEMPLATES["de"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS} | ex-{CO}",
        "Gründerin & CEO bei {CO} | {TOPIC}",
        "Recruiterin {!atco} – wir stellen ein! {E1:work}",
        "{ROLE} | {TECHS} | {U1:gh}",
        "Offen für neue Herausforderungen · {ROLE} · {CITY} · {P}",
        "Doktorand @ {UNI} | {TOPIC} | {U1:li}",
        "{ROLE} bei {CO} | Mentorin | {U1:xing}",
    ],
    "about": [
        "Ich bin {ROLE} mit {k} Jahren Erfahrung in {TOPIC}. Erreichbar unter {E1} oder {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Termin buchen: {U1:cal}",
        "Mein XING-Profil: {U1:xing}",
        "Kontakt: {EO1}",
        "Anfragen für Vorträge bitte an {ER}.",
        "Sitz in {CITY}, Telefon {P}.",
        "Ich schreibe regelmäßig über {TOPIC}: {U1:ss}",
        "Impressum: {N1}, {CITY}, Tel. {P}, E-Mail {E1:plain}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migration von {n} Services auf {!ver}\n• Cloud-Kosten um {pct} % gesenkt",
        "Teamleitung ({n} Personen), Berichtslinie an {N1}.",
        "Projekte gemeinsam mit {org=Roland Berger} und {org=Egon Zehnder} begleitet.",
        "Firmware {!ip_version} an {n} Standorten ausgerollt.",
        "Miterfinder des Patents {!patent}.",
        "Routenplanung mit dem {ep=Dijkstra|F:Dijkstra}-Algorithmus optimiert.",
        "Werkstudent bei {CO} ({!daterange}), danach Übernahme als {ROLE}.",
    ],
    "job": [
        "Wir suchen eine:n {ROLE} (m/w/d) in {CITY}! Gehalt: {!salary}. Bewerbung an {ER} oder über {!url_careers}.",
        "Fragen zur Stelle? {N1} erreichen Sie unter {E1:work} oder {P}.",
        "Bewerbungsschluss ist der {!date}.",
        "Interesse? Schreib {H1} eine Nachricht.",
        "Bitte keine Bewerbungen direkt an {AN1}, sondern an {ER}.",
        "Alle offenen Stellen: {!url_careers}",
        "Ansprechpartnerin: {N1}, Tel. {P}",
        "Hybrid, 2 Tage/Woche im Büro in {CITY}. Jobrad, 30 Tage Urlaub.",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nTickets: {!url_ticket}",
        "Mit dabei: {N1} ({CO}), {N2} ({CO}) und {N3}.",
        "Anmeldung bis {!date} über {!url_form}. Fragen an {ER}.",
        "Danke an {N1} für die Moderation und an {H2} für die Location!",
        "Veranstaltungsort: Messe Frankfurt, {place=Ludwig-Erhard|Ludwig Erhard}-Anlage 1.",
        "Konferenzhotel direkt an der {place=Friedrich-Ebert|Friedrich Ebert}-Anlage.",
        "Gefördert von der {org=Friedrich-Ebert|Friedrich Ebert}-Stiftung.",
        "Zu Gast bei der {org=Konrad-Adenauer|Konrad Adenauer}-Stiftung in Berlin.",
        "Workshop am {org=Max-Planck|Max Planck}-Institut für Informatik.",
        "Frühbucherpreis: {!price} bis {!date}.",
        "Einlass ab {!time}, Beginn {!time}.",
        "Keynote: Prof. Dr. {N1} ({UNI}).",
    ],
    "rec": [
        "Ich hatte das Vergnügen, mit {N1} bei {CO} zu arbeiten. Absolut empfehlenswert!",
        "{N1} gehört zu den besten Engineers, mit denen ich je gearbeitet habe.",
        "Ich kann {N1} uneingeschränkt empfehlen.",
        "Die Zusammenarbeit mit {N1} war immer angenehm und lösungsorientiert.",
    ],
    "person": [
        "Herzlichen Glückwunsch an {N1} zur neuen Rolle bei {CO}! 🎉",
        "Tolles Panel heute mit {N1}, {N2} und {N3}.",
        "Willkommen im Team, {N1}! 👋",
        "Wir freuen uns, dass {N1} ab {!date} unser Team als {ROLE} verstärkt.",
        "Foto: {N1}",
        "Danke an {AN1} für die großartige Keynote.",
        "Referent: Dr. {N1}, {CO}",
        "{N1} und ich sind nächste Woche auf {EVENT}.",
        "Interview mit {N1} zum Thema {TOPIC}.",
        "Nach {k} Jahren verabschieden wir {N1} in den Ruhestand. Danke für alles!",
    ],
    "greet": [
        "Danke, {F1}!",
        "Vielen Dank, {F1}, fürs Teilen!",
        "Hallo {F1}, ich habe dir eine Nachricht geschickt.",
        "Hi {F1}, ist die Stelle auch remote möglich?",
        "Guten Morgen {F1}! Ich bin dabei.",
        "Moin {F1}, gern mehr davon!",
        "Servus {F1}, super Beitrag!",
        "Herzlichen Glückwunsch, {F1:congrats}! 🎉",
        "{F1}, danke für den Tipp!",
        "Danke {F1} und {F2}!",
        "Danke dir, {F1}. Bis bald in {CITY}!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Danke an {H1} für die Einführung!",
        "Spannender Vortrag von {H1}.",
        "{H1} was meinst du dazu?",
        "Großes Lob an {H1} und {H2}!",
    ],
    "contact": [
        "Bei Interesse gern eine Mail an {E1} oder Anruf unter {P}.",
        "Meine neue Adresse: {E1:personal}",
        "Kontakt: {N1} <{E1:plain}>",
        "Tel.: {P} · Mobil: {P}",
        "Erreichbar per {EO1}",
        "Schreibt uns an {ER}.",
        "Rückfragen gern telefonisch unter {P} ({!time}).",
        "Fax war gestern – schreibt mir an {E1:mailto}",
    ],
    "url": [
        "Vernetzt euch gern: {U1:li}",
        "Den Code gibt es auf {U1:gh}.",
        "Mein Blog: {U1:md}",
        "Newsletter: {U1:ss}",
        "Termin vereinbaren: {U1:cal}",
        "Auch auf XING: {U1:xing}",
        "Profil von {N1}: {U1:af}",
        "Karriereseite: {!url_careers}",
        "Doku: {!url_docs}",
        "Anmeldung: {!url_form}",
        "Paper: {!url_paper}",
        "Unternehmensseite: {!url_company}",
    ],
    "tech": [
        "Seit heute Nacht Brute-Force-Versuche von {IP4} und {IP4}. Geblockt.",
        "Unsere ausgehende IP ist jetzt {IP4}. Bitte Firewall-Regeln bis {!date} anpassen.",
        "Heimnetz: NAS auf {!ip_private}, Router {!ip_private}, öffentliche IP {IP4}.",
        "Server erreichbar unter {IP4:port}.",
        "IPv6 läuft endlich: {IP6}",
        "Der Dienst lauscht nur auf {!ip_loopback}:5432, so soll es sein.",
        "Firmware-Update auf {!ip_version} eingespielt.",
        "In Schulungsunterlagen nur {!ip_documentation} verwenden (RFC 5737).",
        "DNS-Resolver: {IP4:dns}",
        "Sperrliste ergänzt: {IP4:cidr} und {IP6}.",
        "Link-local {!ipv6_nonglobal} geht, global {IP6:port} nicht.",
        "Update auf {!ver} am {!date} um {!time}.",
    ],
    "money": [
        "Spendenkonto: IBAN {IBAN:DE}, Verwendungszweck „Sommerfest“.",
        "Bitte überweist die Teilnahmegebühr ({!price}) bis {!date} an {IBAN:DE}.",
        "Achtung Phishing: Die IBAN {!iban_bad_check:DE} in der Mail ist nicht unsere.",
        "Rechnung bezahlt an {IBAN:AT}.",
        "Kreditkartendaten ({CC}) in einem öffentlichen Kommentar gesehen und sofort gemeldet.",
        "Testkarte für die Sandbox: {CC:test}",
        "Die Nummer {!card_luhn_invalid} besteht den Luhn-Check nicht, das Formular lehnt sie ab.",
        "Neue Bankverbindung ab {!date}: {IBAN:DE}",
        "Unsere Schweizer Kontoverbindung: {IBAN:CH}",
    ],
    "neg": [
        "Das ist mein {nw=Ernst}: Doku gehört zur Definition of Done.",
        "Bestellt bei {org=Otto}, geliefert in zwei Tagen.",
        "Heimnetz mit {nw=FRITZ|G:Fritz}!Box 7590 und Mesh.",
        "Die {org=Robert Bosch} GmbH sucht Werkstudierende.",
        "Optik von {org=Carl Zeiss}, Präzision seit 1846.",
        "Anzug von {org=Hugo Boss} für die Firmenfeier.",
        "Endoskopie-Technik von {org=Karl Storz}.",
        "Die {org=Paul Hartmann} AG liefert Verbandsmaterial.",
        "Schulbücher vom {org=Ernst Klett} Verlag.",
        "Vortrag bei der {org=Heinrich-Böll|Heinrich Böll}-Stiftung.",
        "Mit der {org=Hans-Böckler|Hans Böckler}-Stiftung zur Mitbestimmung.",
        "Umzug nach {place=Sankt Augustin|G:Augustin}.",
        "Anfahrt über die {place=Willy-Brandt|Willy Brandt}-Straße.",
        "Das {ep=Peter}-Prinzip erklärt so manche Beförderung.",
        "Der {ep=Dijkstra|F:Dijkstra}-Algorithmus in 20 Zeilen Python.",
        "Die {ep=Gauß|F:Gauß}-Verteilung ist nicht immer die richtige Annahme.",
        "Das {ep=Pareto|F:Pareto}-Prinzip im Vertrieb.",
        "Die {ep=Eisenhower|F:Eisenhower}-Matrix für mehr Fokus.",
        "{ep=Kalman|F:Kalman}-Filter für Sensordaten.",
        "{ep=Murphy|F:Murphy}s Gesetz hat zugeschlagen.",
        "Die {nw=rosa|G:Rosa} Brille absetzen und ehrlich planen.",
        "{nw=Otto} Normalverbraucher versteht das nicht.",
        "{atn=@everyone} bitte bis {!date} die Zeiten eintragen.",
        "Bestellnummer {!order} ist immer noch nicht da.",
        "Ticket {!ticket} ist endlich gelöst.",
        "Lese gerade ISBN {!isbn}.",
        "Patent {!patent} erteilt! 🎉",
        "Update auf {!ver} erledigt.",
        "Preis: {!price} inkl. MwSt.",
        "Termin: {!date}, {!time}.",
        "Unser Paper: {!url_paper}",
    ],
    "filler": [
        "Was ist euer wichtigstes Tool im Alltag?",
        "Dokumentation ist Teamarbeit.",
        "Danke an alle, die dabei waren! ❤️",
        "#wirstellenein #karriere #IT",
        "Kleine Teams, klare Verantwortung.",
    ],
}

TEMPLATES["fr"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "Fondatrice & CEO chez {CO} | {TOPIC}",
        "Chargée de recrutement {!atco}, on recrute ! {E1:work}",
        "{ROLE} | {U1:gh}",
        "En recherche d'opportunités · {ROLE} · {CITY} · {P}",
        "{ROLE} chez {CO} · {U1:li}",
    ],
    "about": [
        "{ROLE} depuis {k} ans, spécialisée en {TOPIC}. Pour me joindre : {E1} ou {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Prendre rendez-vous : {U1:cal}",
        "Contact : {EO1}",
        "Demandes presse : {ER}",
        "J'écris sur {TOPIC} ici : {U1:md}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migration de {n} services vers {!ver}",
        "Management d'une équipe de {n} personnes, rattachée à {N1}.",
        "Co-inventeur du brevet {!patent}.",
        "Alternance chez {CO} ({!daterange}).",
    ],
    "job": [
        "Nous recrutons un·e {ROLE} à {CITY} ! Salaire : {!salary}. Candidatures : {ER} ou {!url_careers}.",
        "Des questions ? Contactez {N1} au {P} ou par mail : {E1:work}.",
        "Date limite de candidature : {!date}.",
        "Intéressé·e ? Écrivez à {H1}.",
        "Merci de ne pas envoyer vos CV à {AN1} mais à {ER}.",
        "Toutes nos offres : {!url_careers}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nBilletterie : {!url_ticket}",
        "Avec {N1} ({CO}), {N2} ({CO}) et {N3}.",
        "Inscription avant le {!date} : {!url_form}. Questions : {ER}.",
        "Merci à {N1} pour l'animation et à {H2} pour l'accueil !",
        "Rendez-vous à {place=Sophia Antipolis|G:Sophia} pour le meetup.",
        "Meetup à {place=Saint-Étienne|G:Étienne} le {!date}.",
        "Nos locaux : 12 rue {place=Victor Hugo}, Lyon.",
        "Accueil à partir de {!time}.",
        "Tarif early bird : {!price}.",
    ],
    "rec": [
        "J'ai eu le plaisir de travailler avec {N1} chez {CO}. Je recommande vivement !",
        "{N1} est l'une des personnes les plus rigoureuses avec qui j'ai travaillé.",
        "Travailler avec {N1} a été un vrai plaisir.",
        "Le travail {dN1} sur notre plateforme data nous a fait gagner des mois.",
    ],
    "person": [
        "Félicitations à {N1} pour son nouveau poste chez {CO} ! 🎉",
        "Super table ronde aujourd'hui avec {N1}, {N2} et {N3}.",
        "Bienvenue dans l'équipe, {N1} !",
        "Ravis d'annoncer l'arrivée {dN1} en tant que {ROLE}.",
        "Crédit photo : {N1}",
        "Merci à {AN1} pour la keynote.",
        "Intervenante : Dr {N1}, {CO}",
        "Merci à {N1} pour la relecture.",
        "Retrouvez l'interview {dN1} sur {TOPIC}.",
    ],
    "greet": [
        "Merci {F1}\u00a0!",
        "Merci beaucoup {F1} pour le partage !",
        "Bonjour {F1}, je vous ai envoyé un message.",
        "Salut {F1}, le poste est-il ouvert au télétravail ?",
        "Félicitations {F1:congrats} ! 🎉",
        "{F1}, merci pour le conseil !",
        "Merci {F1} et {F2} !",
        "Coucou {F1} ! Hâte d'y être.",
        "Bonsoir {F1}, vous avez les slides ?",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Merci {H1} pour l'intro !",
        "Super intervention de {H1}.",
        "{H1} qu'en penses-tu ?",
    ],
    "contact": [
        "Pour plus d'infos : {E1} ou {P}.",
        "Mon nouvel e-mail : {E1:personal}",
        "Contact : {N1} <{E1:plain}>",
        "Tél. : {P}",
        "Écrivez-moi : {EO1}",
        "Standard : {P} (du lundi au vendredi)",
    ],
    "url": [
        "Mon profil LinkedIn : {U1:li}",
        "Le code est sur {U1:gh}.",
        "Newsletter : {U1:ss}",
        "Réservez un créneau : {U1:cal}",
        "Profil {dN1} : {U1:af}",
        "Offres : {!url_careers}",
        "Doc : {!url_docs}",
        "Article : {!url_paper}",
        "Billets : {!url_ticket}",
        "Formulaire : {!url_form}",
        "Site : {!url_company}",
    ],
    "tech": [
        "Tentatives de connexion depuis {IP4} et {IP4}, bloquées par le WAF.",
        "Notre IP sortante est désormais {IP4}.",
        "Serveur accessible sur {IP4:port}.",
        "En IPv6 : {IP6}",
        "Box sur {!ip_private}, NAS sur {!ip_private}.",
        "Mise à jour du firmware {!ip_version} terminée.",
        "Dans la doc, on utilise {!ip_documentation}.",
        "Trafic suspect depuis {IP6} et {IP4:cidr}.",
    ],
    "money": [
        "Pour les dons : IBAN {IBAN:FR}",
        "Virement à effectuer sur {IBAN:FR} avant le {!date}.",
        "Attention : l'IBAN {!iban_bad_check:FR} dans ce mail est faux.",
        "Carte de test : {CC:test}",
        "Quelqu'un a publié un numéro de carte ({CC}) en commentaire… signalé.",
        "RIB de l'association : {IBAN:BE}",
        "Le numéro {!card_luhn_invalid} ne passe pas la clé de Luhn.",
    ],
    "neg": [
        "Avoir une vision {nw=claire|G:Claire} de ses priorités, c'est la base.",
        "La {nw=pierre|G:Pierre} angulaire de notre stratégie : la donnée.",
        "On nous a donné carte {nw=blanche|G:Blanche} pour le projet.",
        "Une belle {nw=victoire|G:Victoire} pour toute l'équipe !",
        "Biologie {nw=marine|G:Marine} et IA : un duo prometteur.",
        "La {nw=patience|G:Patience} est une compétence.",
        "Produits {org=Pierre Fabre} et {org=Yves Rocher} en pharmacie.",
        "Le magasin {org=Leroy Merlin} de {CITY} recrute.",
        "Défilé {org=Christian Dior} ce soir.",
        "Macarons {org=Pierre Hermé} pour l'afterwork.",
        "L'algorithme de {ep=Dijkstra|F:Dijkstra} expliqué simplement.",
        "La loi de {ep=Moore|F:Moore} ralentit.",
        "Le principe de {ep=Peter} frappe encore.",
        "La loi de {ep=Murphy|F:Murphy}, version jour de mise en prod.",
        "Diagramme de {ep=Gantt|F:Gantt} mis à jour.",
        "La matrice d'{ep=Eisenhower|F:Eisenhower} pour prioriser.",
        "{atn=@everyone} merci de remplir le sondage.",
        "Commande n° {!order} toujours pas livrée.",
        "Ticket {!ticket} résolu.",
        "ISBN {!isbn}",
        "Brevet {!patent} accordé !",
        "Passage en {!ver} ce week-end.",
        "Prix : {!price}",
        "Rendez-vous le {!date} à {!time}.",
    ],
    "filler": [
        "Quel est votre outil indispensable ?",
        "Merci à toutes et à tous ! ❤️",
        "#recrutement #tech #emploi",
        "Petites équipes, grande autonomie.",
    ],
}

TEMPLATES["es"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "Fundadora y CEO en {CO} | {TOPIC}",
        "Recruiter {!atco} | ¡Contratamos! {E1:work}",
        "{ROLE} | {U1:gh}",
        "Buscando nuevas oportunidades · {ROLE} · {CITY} · {P}",
        "{ROLE} en {CO} · {U1:li}",
    ],
    "about": [
        "{ROLE} con {k} años de experiencia en {TOPIC}. Escríbeme a {E1} o llámame al {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Agenda una llamada: {U1:cal}",
        "Contacto: {EO1}",
        "Prensa: {ER}",
        "Escribo sobre {TOPIC} en {U1:md}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migración de {n} servicios a {!ver}",
        "Lideré un equipo de {n} personas, reportando a {N1}.",
        "Coinventor de la patente {!patent}.",
    ],
    "job": [
        "¡Buscamos {ROLE} en {CITY}! Salario: {!salary}. Envía tu CV a {ER} o aplica en {!url_careers}.",
        "¿Dudas? Contacta con {N1} en {E1:work} o al {P}.",
        "Plazo de inscripción: {!date}.",
        "¿Te interesa? Escríbele a {H1}.",
        "Por favor, no envíes CVs a {AN1}, usa {ER}.",
        "Todas las vacantes: {!url_careers}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nEntradas: {!url_ticket}",
        "Ponentes: {N1} ({CO}), {N2} ({CO}) y {N3}.",
        "Inscríbete antes del {!date}: {!url_form}. Dudas: {ER}.",
        "Gracias a {N1} por moderar y a {H2} por el espacio.",
        "Meetup en {place=San Sebastián|G:Sebastián} el {!date}.",
        "Nos vemos en {place=Santiago|G:Santiago} de Chile.",
        "Próxima parada: {place=San José|G:José}, Costa Rica.",
        "Entrada anticipada: {!price}.",
    ],
    "rec": [
        "Tuve el placer de trabajar con {N1} en {CO}. ¡Totalmente recomendable!",
        "{N1} es una de las personas más resolutivas con las que he trabajado.",
        "Recomiendo a {N1} sin dudarlo.",
    ],
    "person": [
        "¡Enhorabuena a {N1} por su nuevo puesto en {CO}! 🎉",
        "Gran mesa redonda hoy con {N1}, {N2} y {N3}.",
        "¡Damos la bienvenida a {N1} al equipo!",
        "Nos alegra anunciar que {N1} se une como {ROLE}.",
        "Foto: {N1}",
        "Gracias a {AN1} por la charla.",
        "Ponente: Dra. {N1}, {CO}",
        "Gracias a {N1} por revisar el borrador.",
    ],
    "greet": [
        "¡Gracias, {F1}!",
        "Muchas gracias {F1} por compartir.",
        "Hola {F1}, te escribí por privado.",
        "Buenos días {F1}, ¿la vacante admite teletrabajo?",
        "¡Enhorabuena, {F1:congrats}! 🎉",
        "¡Felicidades {F1:congrats}!",
        "{F1}, ¡gracias por el consejo!",
        "¡Gracias {F1} y {F2}!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Gracias {H1} por la presentación.",
        "Muy buena charla de {H1}.",
        "{H1} ¿qué opinas?",
    ],
    "contact": [
        "Más información: {E1} o {P}.",
        "Mi nuevo correo: {E1:personal}",
        "Contacto: {N1} <{E1:plain}>",
        "Tel.: {P}",
        "Escríbeme: {EO1}",
        "WhatsApp: {P}",
    ],
    "url": [
        "Mi perfil de LinkedIn: {U1:li}",
        "El código está en {U1:gh}.",
        "Newsletter: {U1:ss}",
        "Reserva una llamada: {U1:cal}",
        "Perfil de {N1}: {U1:af}",
        "Ofertas: {!url_careers}",
        "Documentación: {!url_docs}",
        "Paper: {!url_paper}",
        "Entradas: {!url_ticket}",
        "Formulario: {!url_form}",
        "Web: {!url_company}",
    ],
    "tech": [
        "Intentos de acceso desde {IP4} y {IP4}, bloqueados.",
        "Nuestra IP de salida ahora es {IP4}.",
        "Servidor disponible en {IP4:port}.",
        "IPv6: {IP6}",
        "Router en {!ip_private}, NAS en {!ip_private}.",
        "Firmware actualizado a {!ip_version}.",
        "En la documentación usamos {!ip_documentation}.",
        "Tráfico sospechoso desde {IP6}.",
    ],
    "money": [
        "Cuenta para donativos: {IBAN:ES}",
        "Transferencia a {IBAN:ES} antes del {!date}.",
        "Ojo: el IBAN {!iban_bad_check:ES} del correo es falso.",
        "Tarjeta de prueba: {CC:test}",
        "Estafa: te piden el número de Seguro Social ({SSN}) por WhatsApp. ¡No lo des!",
        "Alguien publicó su tarjeta ({CC}) en un comentario. Denunciado.",
        "El número {!card_luhn_invalid} no pasa el algoritmo de Luhn.",
    ],
    "neg": [
        "Por fin tenemos {nw=luz|G:Luz} verde para el proyecto.",
        "Trabajar en {nw=paz|G:Paz} con el equipo no tiene precio.",
        "Una idea {nw=clara|G:Clara} vale más que cien slides.",
        "Salimos al {nw=alba|G:Alba} hacia el evento.",
        "La formación es un {nw=pilar|G:Pilar} fundamental.",
        "Menos {nw=dolores|G:Dolores} de cabeza con la nueva herramienta.",
        "{org=Mercedes}-Benz abre vacantes en {CITY}.",
        "Buscamos inversor {nw=ángel|G:Ángel} para la ronda pre-seed.",
        "Hay {nw=esperanza|G:Esperanza} para el sector.",
        "Voluntariado con {org=Cruz Roja|G:Cruz} este sábado.",
        "Nueva colección de {org=Carolina Herrera}.",
        "Vestidos de {org=Rosa Clará} en la pasarela.",
        "Campaña para {org=Adolfo Domínguez} con nuestro estudio.",
        "Abrimos tienda de {org=Massimo Dutti} en {CITY}.",
        "Café {org=Juan Valdez} para todo el equipo.",
        "El algoritmo de {ep=Dijkstra|F:Dijkstra} en 10 minutos.",
        "La ley de {ep=Moore|F:Moore} ya no es lo que era.",
        "El principio de {ep=Peter}, en vivo.",
        "Diagrama de {ep=Gantt|F:Gantt} actualizado.",
        "Un equilibrio de {ep=Nash|F:Nash} en precios.",
        "{atn=@everyone} recordad rellenar la encuesta.",
        "Pedido nº {!order} sin entregar.",
        "Ticket {!ticket} resuelto.",
        "ISBN {!isbn}",
        "Patente {!patent} concedida.",
        "Actualizado a {!ver}.",
        "Precio: {!price}",
        "El {!date} a las {!time}.",
    ],
    "filler": [
        "¿Cuál es tu herramienta imprescindible?",
        "¡Gracias a todos! ❤️",
        "#empleo #tecnología",
        "Equipos pequeños, mucha autonomía.",
    ],
}


TEMPLATES["pt"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "Fundadora & CEO na {CO} | {TOPIC}",
        "Tech Recruiter {!atco} | Estamos contratando! {E1:work}",
        "{ROLE} | {U1:gh}",
        "Open to work · {ROLE} · {CITY} · {P}",
        "{ROLE} na {CO} · {U1:li}",
    ],
    "about": [
        "{ROLE} com {k} anos de experiência em {TOPIC}. Fale comigo: {E1} ou {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Agende um papo: {U1:cal}",
        "Contato: {EO1}",
        "Imprensa: {ER}",
        "Escrevo sobre {TOPIC} em {U1:md}",
        "WhatsApp: {P}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migração de {n} serviços para {!ver}",
        "Liderei um time de {n} pessoas, reportando para {N1}.",
        "Coinventor da patente {!patent}.",
    ],
    "job": [
        "Estamos contratando {ROLE} em {CITY}! Salário: {!salary}. Envie seu CV para {ER} ou acesse {!url_careers}.",
        "Dúvidas? Fale com {N1}: {E1:work} ou {P}.",
        "Inscrições até {!date}.",
        "Interessou? Chama {H1} no inbox.",
        "Por favor, não enviem currículos para {AN1}, usem {ER}.",
        "Todas as vagas: {!url_careers}",
        "Quer indicar alguém? Chave Pix para o bônus de indicação: {E1:personal}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nIngressos: {!url_ticket}",
        "Palestrantes: {N1} ({CO}), {N2} ({CO}) e {N3}.",
        "Inscrições até {!date}: {!url_form}. Dúvidas: {ER}.",
        "Obrigado a {N1} pela mediação e a {H2} pelo espaço!",
        "Meetup em {place=São Paulo|G:Paulo} no dia {!date}.",
        "Evento no parque tecnológico de {place=São José dos Campos|G:José}.",
        "Próximo encontro em {place=Santo André|G:André}.",
        "Turnê do time por {place=Vitória|G:Vitória}, ES e {place=Santa Catarina|G:Catarina}.",
        "Lote promocional: {!price}.",
    ],
    "rec": [
        "Tive o prazer de trabalhar com {N1} na {CO}. Recomendo muito!",
        "{N1} é uma das pessoas mais competentes com quem já trabalhei.",
        "Recomendo {N1} sem hesitar.",
    ],
    "person": [
        "Parabéns a {N1} pela nova posição na {CO}! 🎉",
        "Painel incrível hoje com {N1}, {N2} e {N3}.",
        "Boas-vindas ao time, {N1}!",
        "Temos o prazer de anunciar que {N1} chega como {ROLE}.",
        "Foto: {N1}",
        "Obrigado a {AN1} pela palestra.",
        "Palestrante: Dra. {N1}, {CO}",
        "Valeu, {N1}, pela revisão!",
    ],
    "greet": [
        "Obrigado, {F1}!",
        "Obrigada {F1} por compartilhar!",
        "Oi {F1}, te mandei uma mensagem.",
        "Olá {F1}, a vaga é remota?",
        "Parabéns, {F1:congrats}! 🎉",
        "{F1}, valeu pela dica!",
        "Bom dia {F1}! Conte comigo.",
        "Valeu, {F1}!",
        "Obrigado {F1} e {F2}!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Valeu {H1} pela indicação!",
        "Palestra top de {H1}.",
        "{H1} o que acha?",
    ],
    "contact": [
        "Mais informações: {E1} ou {P}.",
        "Meu novo e-mail: {E1:personal}",
        "Contato: {N1} <{E1:plain}>",
        "Tel.: {P}",
        "Escreva para: {EO1}",
        "Chave Pix: {E1:personal}",
    ],
    "url": [
        "Meu LinkedIn: {U1:li}",
        "O código está no {U1:gh}.",
        "Newsletter: {U1:ss}",
        "Agende aqui: {U1:cal}",
        "Perfil de {N1}: {U1:af}",
        "Vagas: {!url_careers}",
        "Documentação: {!url_docs}",
        "Artigo: {!url_paper}",
        "Ingressos: {!url_ticket}",
        "Formulário: {!url_form}",
        "Site: {!url_company}",
    ],
    "tech": [
        "Tentativas de acesso vindas de {IP4} e {IP4}, bloqueadas.",
        "Nosso IP de saída agora é {IP4}.",
        "Servidor no ar em {IP4:port}.",
        "IPv6 funcionando: {IP6}",
        "Roteador em {!ip_private}, NAS em {!ip_private}.",
        "Firmware atualizado para {!ip_version}.",
        "Usamos {!ip_documentation} na documentação.",
        "Varredura vinda de {IP6} e {IP4:cidr}.",
    ],
    "money": [
        "Doações: IBAN {IBAN:PT}",
        "Transferência para {IBAN:PT} até {!date}.",
        "Cuidado: o IBAN {!iban_bad_check:PT} do e-mail é falso.",
        "Cartão de teste: {CC:test}",
        "Golpe: pediram o número do cartão ({CC}) por telefone. Não passem!",
        "O número {!card_luhn_invalid} não passa no algoritmo de Luhn.",
    ],
    "neg": [
        "Curso {nw=de graça|G:Graça} sobre {TOPIC} neste sábado!",
        "Uma {nw=vitória|G:Vitória} do time todo!",
        "Trazer à {nw=luz|G:Luz} os dados que ninguém olha.",
        "Pesquisa na Fundação {org=Oswaldo Cruz}.",
        "MBA na Fundação {org=Getulio Vargas|Getúlio Vargas}.",
        "Novo centro de distribuição do {org=Magazine Luiza|G:Luiza}.",
        "O algoritmo de {ep=Dijkstra|F:Dijkstra} explicado.",
        "A lei de {ep=Moore|F:Moore} desacelerou.",
        "O princípio de {ep=Pareto|F:Pareto} nas vendas.",
        "Gráfico de {ep=Gantt|F:Gantt} atualizado.",
        "O princípio de {ep=Peter}, na prática.",
        "{atn=@everyone} preencham a pesquisa até {!date}.",
        "Pedido nº {!order} ainda não chegou.",
        "Chamado {!ticket} resolvido.",
        "ISBN {!isbn}",
        "Patente {!patent} concedida!",
        "Atualizamos para {!ver}.",
        "Preço: {!price}",
        "Dia {!date} às {!time}.",
    ],
    "filler": [
        "Qual ferramenta você não vive sem?",
        "Obrigado a todos! ❤️",
        "#vagas #tecnologia",
        "Times pequenos, muita autonomia.",
    ],
}

TEMPLATES["it"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "Founder & CEO di {CO} | {TOPIC}",
        "Talent Acquisition {!atco} | Stiamo assumendo! {E1:work}",
        "{ROLE} | {U1:gh}",
        "{ROLE} presso {CO} · {U1:li}",
    ],
    "about": [
        "{ROLE} con {k} anni di esperienza in {TOPIC}. Contattami: {E1} o {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Prenota una call: {U1:cal}",
        "Contatti: {EO1}",
        "Stampa: {ER}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migrazione di {n} servizi a {!ver}",
        "Responsabile di un team di {n} persone, riportando a {N1}.",
        "Co-inventore del brevetto {!patent}.",
    ],
    "job": [
        "Cerchiamo {ROLE} a {CITY}! RAL: {!salary}. Candidature a {ER} o su {!url_careers}.",
        "Domande? Contatta {N1}: {E1:work} o {P}.",
        "Scadenza: {!date}.",
        "Interessato/a? Scrivi a {H1}.",
        "Tutte le posizioni aperte: {!url_careers}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nBiglietti: {!url_ticket}",
        "Relatori: {N1} ({CO}), {N2} ({CO}) e {N3}.",
        "Iscrizioni entro il {!date}: {!url_form}. Info: {ER}.",
        "Grazie a {N1} per la moderazione e a {H2} per l'ospitalità!",
        "Meetup a {place=Sesto San Giovanni|G:Giovanni} il {!date}.",
        "Nuova sede a {place=San Donato Milanese|G:Donato}.",
        "Evento a {place=San Marino|F:Marino}.",
        "Biglietto early bird: {!price}.",
    ],
    "rec": [
        "Ho avuto il piacere di lavorare con {N1} in {CO}. Lo consiglio vivamente!",
        "{N1} è una delle persone più preparate con cui abbia lavorato.",
        "Consiglio {N1} senza riserve.",
    ],
    "person": [
        "Congratulazioni a {N1} per il nuovo ruolo in {CO}! 🎉",
        "Ottimo panel oggi con {N1}, {N2} e {N3}.",
        "Benvenuto/a nel team, {N1}!",
        "Foto: {N1}",
        "Grazie a {AN1} per il keynote.",
        "Relatore: Ing. {N1}, {CO}",
        "Intervista a {N1} su {TOPIC}.",
    ],
    "greet": [
        "Grazie, {F1}!",
        "Grazie mille {F1} per la condivisione!",
        "Ciao {F1}, ti ho scritto in privato.",
        "Buongiorno {F1}, la posizione è in smart working?",
        "Complimenti {F1:congrats}! 🎉",
        "{F1}, grazie del consiglio!",
        "Grazie {F1} e {F2}!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Grazie {H1} per la presentazione!",
        "Bellissimo talk di {H1}.",
    ],
    "contact": [
        "Per info: {E1} o {P}.",
        "Il mio nuovo indirizzo: {E1:personal}",
        "Contatto: {N1} <{E1:plain}>",
        "Tel. {P}",
        "Scrivimi: {EO1}",
        "Cell. {P}",
    ],
    "url": [
        "Il mio profilo LinkedIn: {U1:li}",
        "Il codice è su {U1:gh}.",
        "Newsletter: {U1:ss}",
        "Profilo di {N1}: {U1:af}",
        "Posizioni aperte: {!url_careers}",
        "Documentazione: {!url_docs}",
        "Articolo: {!url_paper}",
        "Biglietti: {!url_ticket}",
        "Modulo: {!url_form}",
    ],
    "tech": [
        "Tentativi di accesso da {IP4} e {IP4}, bloccati.",
        "Il nostro IP pubblico ora è {IP4}.",
        "Server raggiungibile su {IP4:port}.",
        "IPv6: {IP6}",
        "Router su {!ip_private}.",
        "Firmware aggiornato a {!ip_version}.",
    ],
    "money": [
        "Per le donazioni: IBAN {IBAN:IT}",
        "Bonifico su {IBAN:IT} entro il {!date}.",
        "Attenzione: l'IBAN {!iban_bad_check:IT} nella mail è falso.",
        "Carta di test: {CC:test}",
        "Qualcuno ha pubblicato il numero della carta ({CC}) nei commenti. Segnalato.",
    ],
    "neg": [
        "Buon Natale e {nw=felice|G:Felice} anno nuovo a tutti!",
        "Un'atmosfera {nw=serena|G:Serena} in ufficio fa la differenza.",
        "Serve una visione {nw=chiara|G:Chiara} del prodotto.",
        "Ci hanno dato carta {nw=bianca|G:Bianca} sul progetto.",
        "Una {nw=vittoria|G:Vittoria} di squadra!",
        "La {nw=stella|G:Stella} polare del prodotto è l'utente.",
        "Sfilata di {org=Giorgio Armani} a {CITY}.",
        "Nuova linea di {org=Giovanni Rana}.",
        "Gita al Museo {org=Enzo Ferrari} di Modena.",
        "Ricerca alla Fondazione {org=Bruno Kessler}.",
        "Scarpe {org=Salvatore Ferragamo} per la cerimonia.",
        "{org=Leonardo} S.p.A. assume ingegneri.",
        "L'algoritmo di {ep=Dijkstra|F:Dijkstra} spiegato bene.",
        "La legge di {ep=Moore|F:Moore} rallenta.",
        "Il principio di {ep=Pareto|F:Pareto} applicato al backlog.",
        "{atn=@everyone} compilate il sondaggio.",
        "Ordine n. {!order} non ancora arrivato.",
        "Ticket {!ticket} chiuso.",
        "ISBN {!isbn}",
        "Brevetto {!patent} concesso!",
        "Aggiornati a {!ver}.",
        "Prezzo: {!price}",
        "Il {!date} alle {!time}.",
    ],
    "filler": [
        "Qual è il vostro strumento indispensabile?",
        "Grazie a tutti! ❤️",
        "#lavoro #tech",
    ],
}

TEMPLATES["nl"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "Oprichter & CEO bij {CO} | {TOPIC}",
        "Recruiter {!atco} | We zoeken collega's! {E1:work}",
        "{ROLE} | {U1:gh}",
        "{ROLE} bij {CO} · {U1:li}",
    ],
    "about": [
        "{ROLE} met {k} jaar ervaring in {TOPIC}. Mail me op {E1} of bel {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "Plan een gesprek: {U1:cal}",
        "Contact: {EO1}",
        "Pers: {ER}",
    ],
    "exp": [
        "{ROLE} · {CO}\n{!daterange} · {CITY}\n• Migratie van {n} services naar {!ver}",
        "Leidinggevende van een team van {n}, rapporterend aan {N1}.",
        "Mede-uitvinder van octrooi {!patent}.",
    ],
    "job": [
        "Wij zoeken een {ROLE} in {CITY}! Salaris: {!salary}. Solliciteer via {!url_careers} of mail {ER}.",
        "Vragen? Neem contact op met {N1}: {E1:work} of {P}.",
        "Reageren kan tot {!date}.",
        "Interesse? Stuur {H1} een bericht.",
        "Alle vacatures: {!url_careers}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nTickets: {!url_ticket}",
        "Sprekers: {N1} ({CO}), {N2} ({CO}) en {N3}.",
        "Aanmelden vóór {!date}: {!url_form}. Vragen: {ER}.",
        "Dank aan {N1} voor het presenteren en aan {H2} voor de locatie!",
        "Rondleiding in het {place=Anne Frank} Huis na afloop.",
        "Early bird: {!price}.",
    ],
    "rec": [
        "Ik heb met veel plezier met {N1} samengewerkt bij {CO}. Een aanrader!",
        "{N1} is een van de beste collega's die ik ooit had.",
    ],
    "person": [
        "Gefeliciteerd {N1} met de nieuwe rol bij {CO}! 🎉",
        "Mooi panel vandaag met {N1}, {N2} en {N3}.",
        "Welkom in het team, {N1}!",
        "Foto: {N1}",
        "Dank aan {AN1} voor de keynote.",
        "Spreker: dr. {N1}, {CO}",
    ],
    "greet": [
        "Dank je, {F1}!",
        "Bedankt {F1} voor het delen!",
        "Hoi {F1}, ik heb je een bericht gestuurd.",
        "Goedemorgen {F1}, is de vacature ook remote?",
        "Gefeliciteerd, {F1:congrats}! 🎉",
        "{F1}, dank voor de tip!",
        "Dank {F1} en {F2}!",
        "Hallo {F1}, top initiatief!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Dank {H1} voor de intro!",
        "Sterke talk van {H1}.",
    ],
    "contact": [
        "Meer info: {E1} of {P}.",
        "Mijn nieuwe mailadres: {E1:personal}",
        "Contact: {N1} <{E1:plain}>",
        "Tel. {P}",
        "Mail: {EO1}",
    ],
    "url": [
        "Mijn LinkedIn: {U1:li}",
        "De code staat op {U1:gh}.",
        "Nieuwsbrief: {U1:ss}",
        "Profiel van {N1}: {U1:af}",
        "Vacatures: {!url_careers}",
        "Documentatie: {!url_docs}",
        "Paper: {!url_paper}",
        "Tickets: {!url_ticket}",
        "Formulier: {!url_form}",
    ],
    "tech": [
        "Inlogpogingen vanaf {IP4} en {IP4}, geblokkeerd.",
        "Ons uitgaande IP is nu {IP4}.",
        "Server bereikbaar op {IP4:port}.",
        "IPv6 werkt: {IP6}",
        "Router op {!ip_private}.",
        "Firmware bijgewerkt naar {!ip_version}.",
    ],
    "money": [
        "Donaties: {IBAN:NL} t.n.v. Stichting Digitale Buurt.",
        "Graag overmaken naar {IBAN:NL} vóór {!date}.",
        "Let op: het IBAN {!iban_bad_check:NL} in die mail is nep.",
        "Testkaart: {CC:test}",
        "Onze Belgische rekening: {IBAN:BE}",
    ],
    "neg": [
        "In de {nw=storm|G:Storm} van de reorganisatie bleef het team overeind.",
        "Boodschappen bij {org=Albert Heijn} en {org=Jan Linders}.",
        "Nieuwe winkel van {org=Dirk van den Broek} in {CITY}.",
        "{ep=Dijkstra|F:Dijkstra}'s algoritme, gewoon uit Nederland.",
        "De wet van {ep=Moore|F:Moore} vertraagt.",
        "Het {ep=Peter}-principe in actie.",
        "De koers van de Zwitserse {nw=frank|G:Frank} steeg.",
        "{atn=@everyone} vul de enquête in.",
        "Bestelling {!order} nog niet binnen.",
        "Ticket {!ticket} opgelost.",
        "ISBN {!isbn}",
        "Octrooi {!patent} verleend!",
        "Geüpdatet naar {!ver}.",
        "Prijs: {!price}",
        "Op {!date} om {!time}.",
    ],
    "filler": [
        "Wat is jouw onmisbare tool?",
        "Dank aan iedereen! ❤️",
        "#vacature #tech",
    ],
}


TEMPLATES["hi"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS} | {UNI}",
        "{ROLE} at {CO} | Open for referrals | {E1:personal}",
        "{ROLE} | {U1:li} | {U1:topmate}",
    ],
    "about": [
        "{k} saal ka experience in {TOPIC}. Mujhse contact karein: {E1} ya {P}.",
        "📧 {E1} · 📱 {P} · 🔗 {U1:li}",
        "1:1 mentorship ke liye slot book karein: {U1:topmate}",
        "संपर्क: {E1} / {P}",
    ],
    "job": [
        "Hiring! {ROLE} in {CITY}, CTC {!price}. CV bhejein {ER} pe ya apply karein: {!url_careers}",
        "Referral chahiye? {H1} ko DM karo.",
        "Queries ke liye {N1} se baat karein: {P}",
        "हमारी टीम में {ROLE} की वैकेंसी है। रिज़्यूमे {ER} पर भेजें।",
        "Last date: {!date}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nRegister: {!url_form}",
        "Speakers: {N1} ({CO}) aur {N2} ({CO})",
        "Aaj {N1} aur {N2} ke saath panel tha, bahut maza aaya!",
    ],
    "rec": [
        "{N1} ke saath {CO} mein kaam karna ek great experience tha. Highly recommended!",
        "मैंने {N1} के साथ {k} साल काम किया है, बेहतरीन इंजीनियर हैं।",
    ],
    "person": [
        "{N1} ko nayi job ke liye bahut bahut badhai! 🎉",
        "{N1} ने आज बहुत अच्छा talk दिया।",
        "Welcome to the team, {N1}!",
        "Photo: {N1}",
        "Shoutout to {AN1} for the session on {TOPIC}.",
    ],
    "greet": [
        "Thanks {F1} ji!",
        "Dhanyavaad {F1} ji 🙏",
        "धन्यवाद {F1} जी!",
        "Shukriya {F1}!",
        "Hi {F1}, maine aapko DM kiya hai.",
        "Namaste {F1} ji, kya ye role remote hai?",
        "नमस्ते {F1} जी, बहुत उपयोगी पोस्ट।",
        "Congratulations {F1:congrats} ji! 🎉",
        "बधाई हो {F1:congrats}!",
    ],
    "handle": [
        "cc {H1} {H2}",
        "Thanks {H1} for the referral!",
        "{H1} bhai, kya opinion hai?",
    ],
    "contact": [
        "Interested log mujhe {E1} pe mail karein ya {P} pe call karein.",
        "WhatsApp: {P}",
        "Mera naya email: {E1:personal}",
        "संपर्क करें: {P}",
    ],
    "url": [
        "Mera LinkedIn: {U1:li}",
        "Code yahan hai: {U1:gh}",
        "Profile: {U1:af}",
        "Apply here: {!url_careers}",
        "Form bharein: {!url_form}",
        "Paper link: {!url_paper}",
    ],
    "tech": [
        "Server {IP4} pe down tha, ab theek hai.",
        "Local pe {!ip_loopback}:3000 chala ke dekho.",
        "Prod ka IP {IP4:port} hai, staging {!ip_private} pe.",
        "IPv6 address: {IP6}",
        "Firmware {!ip_version} pe update kiya.",
    ],
    "money": [
        "Scam alert: koi card number ({CC}) maang raha hai OTP ke saath. Share mat karna!",
        "Test card for sandbox: {CC:test}",
    ],
    "neg": [
        "{nw=Ganesh} Chaturthi ki hardik shubhkamnayein!",
        "{nw=Lakshmi} Puja ke liye office kal band rahega.",
        "Aaj ki {nw=pooja} ke baad team lunch.",
        "{org=Aditya Birla} Group mein freshers ke liye openings.",
        "{place=Indira Gandhi} International Airport T3 pe milte hain.",
        "Hyderabad ke {place=Rajiv Gandhi} International Airport se flight hai.",
        "{nw=asha} hai sab theek hoga.",
        "{nw=Vijay} Diwas par sabhi veer jawanon ko naman.",
        "Order ID {!order} abhi tak deliver nahi hua.",
        "Ticket {!ticket} raise kiya hai.",
        "{!ver} pe upgrade kar liya.",
        "Price sirf {!price}!",
        "Date: {!date}, Time: {!time}",
    ],
    "filler": [
        "Aap sab ka bahut dhanyavaad! 🙏",
        "#hiring #freshers #jobs",
    ],
}

TEMPLATES["ja"] = {
    "headline": [
        "{CO} {ROLE}｜{TECHS}",
        "{ROLE}｜{TOPIC}｜{U1:gh}",
        "{CO}で{ROLE}をしています｜{U1:qiita}",
    ],
    "about": [
        "{TOPIC}を中心に{k}年ほど{ROLE}をしています。ご連絡は{E1}まで。",
        "お仕事のご相談はメール（{E1}）かお電話（{P}）でどうぞ。",
        "ブログ：{U1:note}",
        "技術記事：{U1:zenn}",
        "連絡先：{EO1}",
    ],
    "exp": [
        "{CO}（{!daterange}）\n{ROLE}として{PRODUCT}の開発を担当。{!ver}へ移行。",
        "特許{!patent}の共同発明者。",
    ],
    "job": [
        "{ROLE}を募集しています！勤務地は{CITY}、想定年収は{!price}です。応募は{!url_careers}から、またはお問い合わせは{ER}まで。",
        "詳しくは採用担当の{N1}（{E1:work}）までご連絡ください。",
        "応募締切：{!date}",
        "カジュアル面談はこちら：{!url_form}",
    ],
    "event": [
        "📅 {!date} {!time}\n📍 {CITY}\n申込：{!url_ticket}",
        "登壇者：{N1}（{CO}）、{N2}（{CO}）",
        "本日は{N1}さんにご登壇いただきました。ありがとうございました！",
        "{N1}さんの発表資料はこちら：{U1:x}",
        "参加費：{!price}",
    ],
    "rec": [
        "{N1}さんとは{CO}で{k}年一緒に働きました。心からおすすめします。",
    ],
    "person": [
        "{N1}さん、ご入社おめでとうございます！",
        "撮影：{N1}",
        "{AN1} さん、素敵な発表でした！",
        "{N1}さんと{N2}さんのパネル、とても学びが多かったです。",
        "{N1}さんの記事を読んで{TOPIC}に挑戦しました。",
    ],
    "greet": [
        "{N1}さん、ありがとうございます！",
        "{N1}さん、シェアありがとうございます。",
        "{N1}様、ご連絡ありがとうございます。",
    ],
    "handle": [
        "cc {H1} さん",
        "{H1}さんありがとうございます！",
        "{H1} さんの発表が最高でした",
    ],
    "contact": [
        "お問い合わせは{E1}まで",
        "連絡先：{E1}（{N1}）",
        "TEL：{P}",
        "電話番号 {P}（平日{!time}）",
        "メール：{EO1}",
        "採用に関するお問い合わせ：{ER}",
    ],
    "url": [
        "プロフィール：{U1:li}",
        "コードは{U1:gh}にあります",
        "ブログ：{U1:qiita}",
        "申込フォーム：{!url_form}",
        "connpassはこちら：{!url_ticket}",
        "論文：{!url_paper}",
        "採用ページ：{!url_careers}",
        "ドキュメント：{!url_docs}",
    ],
    "tech": [
        "{IP4}からの不正アクセスを検知しました。",
        "サーバーのIPは{IP4}です",
        "IPv6アドレス{IP6}で疎通確認できました",
        "ルーターは{!ip_private}、NASは{!ip_private}です",
        "ファームウェアを{!ip_version}に更新",
        "{!ip_loopback}:8080で起動しています",
        "本番は{IP4:port}、検証は{!ip_private}",
    ],
    "money": [
        "テスト用カード番号：{CC:test}",
        "SNSにクレジットカード番号（{CC}）を載せている人がいたので通報しました。",
    ],
    "neg": [
        "{nw=誠|G:誠}にありがとうございます。",
        "{nw=光|G:光}回線の工事がやっと終わりました。",
        "{nw=愛|G:愛}用のキーボードを紹介します。",
        "注文番号{!order}がまだ届きません",
        "ISBN{!isbn}",
        "{!patent}が登録されました！",
        "{!ver}にアップデートしました",
        "価格：{!price}",
        "{!date} {!time}開始",
        "{atn=@everyone} アンケートへのご協力をお願いします",
    ],
    "filler": [
        "いつも応援ありがとうございます！",
        "#エンジニア採用 #勉強会",
    ],
}

TEMPLATES["zh"] = {
    "headline": [
        "{CO} {ROLE}｜{TECHS}",
        "{ROLE}｜{TOPIC}｜{U1:gh}",
    ],
    "about": [
        "{k}年{TOPIC}经验，目前在{CO}担任{ROLE}。欢迎邮件联系：{E1}",
        "合作请联系{E1}或致电{P}。",
        "知乎：{U1:zhihu}",
        "邮箱：{EO1}",
    ],
    "exp": [
        "{CO}｜{ROLE}｜{!daterange}\n负责{PRODUCT}，升级到{!ver}。",
        "专利{!patent}发明人之一。",
    ],
    "job": [
        "【招聘】{CO}招{ROLE}，base {CITY}，{!price}。简历请发送至{ER}，邮件标题注明岗位。",
        "联系人：{N1}，电话{P}，邮箱{E1:work}",
        "投递截止：{!date}",
        "内推请私信{H1}",
        "官网投递：{!url_careers}",
    ],
    "event": [
        "时间：{!date} {!time}\n地点：{CITY}\n报名：{!url_ticket}",
        "嘉宾：{N1}（{CO}）、{N2}（{CO}）",
        "本次分享由{N1}主讲。",
        "问卷：{!url_form}",
    ],
    "rec": [
        "和{N1}在{CO}共事{k}年，强烈推荐！",
    ],
    "person": [
        "欢迎{N1}加入我们团队！",
        "恭喜{N1}升任{ROLE}！",
        "摄影：{N1}",
        "{AN1} 讲得太好了",
        "感谢{N1}老师的分享！",
    ],
    "greet": [
        "感谢{N1}的分享！",
        "谢谢{N1}老师！",
        "{N1}，谢谢你的建议！",
    ],
    "handle": [
        "{H1} 你怎么看？",
        "感谢 {H1} 的推荐",
        "cc {H1}",
    ],
    "contact": [
        "简历请发送至{ER}。",
        "咨询电话：{P}",
        "欢迎邮件联系：{E1}。",
        "联系方式：{P}（微信同号）",
        "邮箱：{EO1}",
    ],
    "url": [
        "我的GitHub：{U1:gh}",
        "知乎主页：{U1:zhihu}",
        "微博：{U1:weibo}",
        "报名链接：{!url_ticket}",
        "问卷：{!url_form}",
        "论文地址：{!url_paper}",
        "官网：{!url_company}",
    ],
    "tech": [
        "发现来自{IP4}的扫描，已封禁。",
        "服务器地址：{IP4:port}",
        "IPv6：{IP6}",
        "内网地址{!ip_private}",
        "固件升级到{!ip_version}",
        "本地{!ip_loopback}:8080可以访问",
    ],
    "money": [
        "测试卡号：{CC:test}",
        "有人在评论区晒信用卡号（{CC}），已举报。",
    ],
    "neg": [
        "早{nw=高峰|高峰}地铁太挤了",
        "流量{nw=高峰|高峰}期要提前扩容",
        "这个方案很{nw=高明|高明}",
        "{nw=黎明|黎明}前的黑暗最难熬",
        "技术{nw=高超|高超}的团队",
        "{org=李宁|李宁}新品发布会",
        "{org=周大福|周大福}珠宝门店",
        "{org=王老吉|王老吉}凉茶",
        "我们在{place=金华|金华}有分公司",
        "订单号：{!order}",
        "ISBN {!isbn}",
        "专利号：{!patent}",
        "版本升级到{!ver}",
        "价格：{!price}",
        "{!date} {!time}",
        "{atn=@everyone} 请填写问卷",
    ],
    "filler": [
        "感谢大家的支持！",
        "#招聘 #技术",
    ],
}

TEMPLATES["ko"] = {
    "headline": [
        "{CO} {ROLE} | {TECHS}",
        "{ROLE} | {U1:gh}",
    ],
    "about": [
        "{TOPIC} 분야 {k}년차 {ROLE}입니다. 연락은 {E1}로 주세요.",
        "문의: {E1} / {P}",
    ],
    "job": [
        "{CO}에서 {ROLE}를 채용합니다! 지원: {!url_careers} / 문의: {ER}",
        "채용 담당: {N1} ({P})",
        "마감: {!date}",
    ],
    "event": [
        "📅 {!date} {!time} 📍 {CITY}\n신청: {!url_form}",
        "연사: {N1} ({CO}), {N2} ({CO})",
    ],
    "person": [
        "{N1}님 입사를 환영합니다!",
        "{N1} 님의 발표 자료입니다: {U1:gh}",
        "사진: {N1}",
    ],
    "greet": [
        "{N1}님 감사합니다!",
        "{N1} 님, 좋은 발표 감사합니다.",
    ],
    "handle": [
        "{H1} 님 감사합니다",
        "cc {H1}",
    ],
    "contact": [
        "문의: {E1} / {P}",
        "채용 문의는 {ER}로 보내주세요.",
        "연락처: {P}",
    ],
    "url": [
        "링크드인: {U1:li}",
        "깃허브: {U1:gh}",
        "신청 폼: {!url_form}",
    ],
    "tech": [
        "{IP4}에서 비정상 접속 시도가 있었습니다.",
        "내부망 {!ip_private}, 외부 {IP4}",
        "IPv6 주소: {IP6}",
    ],
    "neg": [
        "고해상도 {nw=이미지|이미지} 생성 모델을 공개했습니다.",
        "{nw=이미지|이미지} 분류 대회 결과 공유",
        "주문번호 {!order}",
        "{!ver}로 업데이트",
        "가격: {!price}",
        "{!date} {!time}",
    ],
    "filler": [
        "응원해 주셔서 감사합니다!",
        "#채용 #개발자",
    ],
}

TEMPLATES["ar"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "{ROLE} في {CO} | {U1:li}",
    ],
    "about": [
        "{ROLE} بخبرة {k} سنوات في {TOPIC}. للتواصل: {E1} أو {P}",
        "📧 {E1} · 📱 {P}",
        "حسابي على لينكدإن: {U1:li}",
    ],
    "job": [
        "نبحث عن {ROLE} في {CITY}! أرسل سيرتك الذاتية إلى {ER} أو قدّم عبر {!url_careers}",
        "للاستفسار تواصل مع {N1} على {P}",
        "آخر موعد للتقديم: {!date}",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nالتسجيل: {!url_form}",
        "المتحدثون: {N1} ({CO}) و{N2} ({CO})",
        "تهانينا لـ{N1} على المنصب الجديد!",
    ],
    "person": [
        "نرحب بانضمام {N1} إلى فريقنا!",
        "شكراً لـ {N1} على الجلسة الرائعة.",
        "تصوير: {N1}",
        "مبروك {N1} على الترقية!",
    ],
    "greet": [
        "شكراً {F1}!",
        "شكرا جزيلا يا {F1} على المشاركة",
        "مرحبا {F1}، أرسلت لك رسالة.",
        "مبروك يا {F1:congrats}! 🎉",
        "Thanks {F1}!",
    ],
    "handle": [
        "شكراً {H1}",
        "cc {H1}",
    ],
    "contact": [
        "للتواصل: {E1} أو {P}",
        "أرسل سيرتك الذاتية إلى {ER}",
        "واتساب: {P}",
    ],
    "url": [
        "حسابي على لينكدإن: {U1:li}",
        "الكود على {U1:gh}",
        "رابط التقديم: {!url_careers}",
        "رابط التسجيل: {!url_ticket}",
    ],
    "tech": [
        "محاولات دخول من {IP4} تم حظرها.",
        "عنوان السيرفر {IP4:port}",
        "IPv6: {IP6}",
        "الراوتر على {!ip_private}",
    ],
    "money": [
        "رقم الآيبان للتبرعات: {IBAN:SA}",
        "IBAN: {IBAN:AE}",
        "احذروا: الآيبان {!iban_bad_check:SA} في الرسالة مزيف.",
        "بطاقة اختبار: {CC:test}",
    ],
    "neg": [
        "تخرجت من جامعة {org=خليفة} بأبوظبي.",
        "ورشة عمل في جامعة {org=زايد}.",
        "مكتبنا الجديد على شارع الشيخ {place=زايد}.",
        "باحث في جامعة الملك {org=عبدالله} للعلوم والتقنية.",
        "وصلت إلى مطار {place=حمد} الدولي.",
        "طلبت سيارة عبر تطبيق {org=كريم}.",
        "Graduated from {org=Khalifa|G:خليفة} University.",
        "رقم الطلب {!order}",
        "السعر: {!price}",
        "{!date} الساعة {!time}",
        "التحديث إلى {!ver}",
    ],
    "filler": [
        "شكراً لكم جميعاً!",
        "#وظائف #تقنية",
    ],
}

TEMPLATES["ru"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "{ROLE} в {CO} | {U1:tg}",
    ],
    "about": [
        "{ROLE}, {k} лет в {TOPIC}. Пишите на {E1} или звоните {P}.",
        "Телеграм: {U1:tg}",
        "Контакты: {EO1}",
    ],
    "exp": [
        "{CO} · {ROLE} · {!daterange}\nПеревёл {n} сервисов на {!ver}.",
        "Соавтор патента {!patent}.",
    ],
    "job": [
        "Ищем {ROLE} в {CITY}! Зарплата {!price}. Резюме присылайте на {ER} или откликайтесь тут: {!url_careers}",
        "По вопросам: {N1}, {P}",
        "Отклики принимаем до {!date}.",
        "Пишите {H1} в личку.",
    ],
    "event": [
        "📅 {!date} · 🕕 {!time} · 📍 {CITY}\nРегистрация: {!url_ticket}",
        "Спикеры: {N1} ({CO}), {N2} ({CO})",
        "Доклад делает {N1}.",
        "Анкета участника: {!url_form}",
    ],
    "rec": [
        "Работал с {N1} в {CO} {k} года. Рекомендую!",
    ],
    "person": [
        "{N1} присоединяется к нашей команде!",
        "Фото: {N1}",
        "Автор: {N1}",
        "Спасибо {AN1} за отличный доклад.",
        "{N1} — с новой должностью! Поздравляем!",
    ],
    "greet": [
        "Спасибо, {F1}!",
        "{F1}, спасибо за совет!",
        "Привет, {F1}! Написал в личку.",
        "Добрый день, {F1}! Вакансия ещё открыта?",
        "Поздравляю, {F1:congrats}! 🎉",
        "Благодарю, {F1}!",
    ],
    "handle": [
        "cc {H1}",
        "Спасибо {H1} за наводку",
    ],
    "contact": [
        "Резюме присылайте на {ER}",
        "Контакты: {E1}, {P}",
        "Телефон: {P}",
        "Почта: {E1:personal}",
    ],
    "url": [
        "Мой GitHub: {U1:gh}",
        "ВКонтакте: {U1:vk}",
        "Телеграм: {U1:tg}",
        "Регистрация: {!url_ticket}",
        "Анкета: {!url_form}",
        "Статья: {!url_paper}",
    ],
    "tech": [
        "Сканирование с {IP4}, заблокировали.",
        "Сервер: {IP4:port}",
        "IPv6: {IP6}",
        "Роутер {!ip_private}, NAS {!ip_private}",
        "Прошивка обновлена до {!ip_version}",
        "Слушает только {!ip_loopback}:5432",
    ],
    "money": [
        "Тестовая карта: {CC:test}",
        "Мошенники просят номер карты ({CC}) и код из СМС. Не сообщайте!",
    ],
    "neg": [
        "Читаю {nw=роман|G:Роман} на выходных.",
        "{nw=Вера} в команду творит чудеса.",
        "Есть {nw=надежда|G:Надежда}, что релиз успеем.",
        "{nw=Любовь} к делу видна в каждой детали.",
        "Наш студент выиграл чемпионат {nw=мира|G:Мира} по программированию.",
        "Цепи {ep=Маркова|F:Маркова} для прогноза оттока.",
        "Номер заказа {!order}",
        "Тикет {!ticket} закрыт.",
        "ISBN {!isbn}",
        "Обновились до {!ver}.",
        "Цена: {!price}",
        "{!date} в {!time}",
    ],
    "filler": [
        "Спасибо всем! ❤️",
        "#вакансия #IT",
    ],
}

TEMPLATES["pl"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "{ROLE} w {CO} | {U1:li}",
    ],
    "about": [
        "{ROLE} z {k}-letnim doświadczeniem. Kontakt: {E1} lub {P}.",
    ],
    "job": [
        "Szukamy: {ROLE}, {CITY}, {!price}. CV prosimy wysyłać na {ER} lub aplikować: {!url_careers}",
        "Pytania? {N1}, tel. {P}",
    ],
    "person": [
        "{N1} dołącza do zespołu!",
        "Prelegenci: {N1} ({CO}), {N2} ({CO})",
        "Zdjęcie: {N1}",
    ],
    "greet": [
        "Dzięki, {F1}!",
        "Dziękuję {F1} za udostępnienie!",
        "Cześć {F1}, napisałem na priv.",
        "Gratulacje, {F1:congrats}! 🎉",
    ],
    "handle": [
        "cc {H1}",
    ],
    "contact": [
        "Kontakt: {E1}, tel. {P}",
        "Tel.: {P}",
    ],
    "url": [
        "Mój LinkedIn: {U1:li}",
        "Kod: {U1:gh}",
        "Formularz: {!url_form}",
    ],
    "money": [
        "Zbiórka: {IBAN:PL}",
        "Przelew na {IBAN:PL} do {!date}.",
        "Uwaga: numer {!iban_bad_check:PL} w mailu jest fałszywy.",
    ],
    "tech": [
        "Ataki z {IP4}, zablokowane.",
        "Serwer: {IP4:port}",
    ],
    "neg": [
        "Zamówienie {!order}",
        "Aktualizacja do {!ver}",
        "Cena: {!price}",
        "{!date}, godz. {!time}",
    ],
    "filler": [
        "Dziękuję wszystkim!",
    ],
}

TEMPLATES["tr"] = {
    "headline": [
        "{ROLE} {!atco} | {TECHS}",
        "{ROLE} @ {CO} | {U1:li}",
    ],
    "about": [
        "{k} yıllık {ROLE}. İletişim: {E1} veya {P}.",
    ],
    "job": [
        "{CITY} ofisimiz için {ROLE} arıyoruz! Başvuru: {!url_careers} veya {ER}",
        "Sorularınız için {N1}: {P}",
    ],
    "person": [
        "{N1} ekibimize katıldı!",
        "Konuşmacılar: {N1} ({CO}), {N2} ({CO})",
        "Harika sunum için {taN1} teşekkürler!",
        "Fotoğraf: {N1}",
    ],
    "greet": [
        "Teşekkürler {F1}!",
        "Çok teşekkür ederim {F1} Hanım.",
        "Merhaba {F1} Bey, mesaj attım.",
        "Merhaba {F1}, pozisyon uzaktan mı?",
        "Tebrikler {F1:congrats}! 🎉",
    ],
    "handle": [
        "cc {H1}",
    ],
    "contact": [
        "İletişim: {E1} / {P}",
        "Tel: {P}",
    ],
    "url": [
        "LinkedIn: {U1:li}",
        "GitHub: {U1:gh}",
        "Kayıt: {!url_form}",
    ],
    "money": [
        "Bağış için IBAN: {IBAN:TR}",
        "Ödeme: {IBAN:TR}, son gün {!date}.",
        "Dikkat: maildeki {!iban_bad_check:TR} sahte.",
    ],
    "tech": [
        "{IP4} adresinden saldırı, engellendi.",
        "Sunucu: {IP4:port}",
    ],
    "neg": [
        "{nw=can|G:Can} sıkıcı toplantılara son!",
        "Sipariş no: {!order}",
        "{!ver} sürümüne geçtik",
        "Fiyat: {!price}",
        "{!date} saat {!time}",
    ],
    "filler": [
        "Herkese teşekkürler!",
    ],
}



def _expand_weights():
    """A template written "3*text" counts three times when a block's template is drawn."""
    for blocks in TEMPLATES.values():
        for block, tl in blocks.items():
            out = []
            for t in tl:
                mt = re.match(r"^(\d)\*", t)
                out.extend([t[2:]] * int(mt.group(1)) if mt else [t])
            blocks[block] = out


_expand_weights()

if __name__ == "__main__":
    main()
