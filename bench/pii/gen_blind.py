#!/usr/bin/env python3
"""gen_blind.py - the fifth labelled PII corpus for `askfirst redact`, written blind.

  gen_blind.py --out DIR [--records N] [--members N] [--seed S] [--profile-prefix P]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"} per line) and
DIR/corpus.jsonl (one record per line: {"id","lang","kind","text","spans","negatives"}, offsets
in Unicode code points, end-exclusive), the format bench/pii/score.py reads.

How it was written.  Its author read only issue 3's definition of personal data (the
"what" / "not this" table), bench/pii/README.md, score.py, checkdigits.py and
`askfirst redact --help`; not the engine (lib/pii), its documentation, its tests, the other
four generators or their outputs.  Names, templates, vocabularies, number formats and hard
negatives are this file's own.  It was committed before it was ever scored against the
engine; after scoring, only genuine label errors (gold wrong per the specification) may be
fixed, and each such fix is listed at the end of this docstring.

Languages (22): en de fr es pt it nl pl tr sv ru uk el ar he hi zh ja ko th vi id, in Latin
(with diacritics), Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, kana, Hangul and Thai.
Kinds: post, comment, headline, about, experience, job, event.

Labelling decisions (from the specification; where it was silent, what a careful user
would expect, and the ambiguous cases are simply not generated):

* EMAIL: the address only; `mailto:`, `<` `>`, brackets and trailing punctuation are outside
  (`mailto:` is a hard negative of its own).  Role addresses count.  Obfuscated forms
  `name [at] host [dot] tld`, `name(at)host.tld` and mixes: the whole obfuscated form is the
  span.  Addresses glued to Han/kana/Hangul/Thai text: the span is the ASCII address only
  (a Korean particle such as 으로 glued after it is outside).
* PHONE: from the leading `+`, `00`, `(` or digit to the last digit; `tel:` and labels
  outside.  Besides the issue's thirteen countries and bare E.164, the languages' own
  countries (RU, UA, PL, TR, SE, GR, SA, AE, EG, IL, KR, TH, VN, ID, CH, AT, BE, PT, MX, AR,
  CO) appear with their usual formats, since a member writing in that language would.
* IPV4 / IPV6: global addresses only; `:port`, `/cidr`, `[` `]` outside.
* CREDIT_CARD: Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex, Discover, compact or
  grouped; IBAN: mod-97-valid with the country's length, compact or in fours; US_SSN:
  `AAA-GG-SSSS` / `AAA GG SSSS` with a valid area, group and serial.
* URL: person profile links only (linkedin.com/in/, github.com/<user>, x.com and
  twitter.com/<user> incl. a status under it, medium.com/@<user> incl. a post under it,
  bsky.app/profile/, <name>.substack.com incl. a post, calendly.com/<name>[/event], and the
  platform's own profile path), with or without scheme and www; a trailing `.` `,` `)` is
  outside.  Instagram/YouTube/GitLab and GitHub repository URLs are not generated (the
  specification does not say).
* HANDLE: `@handle` of a directory member, the span *including* the `@` (score.py and
  README give that reading); the handle may be written in another letter case.  An
  `@Full Name` mention is PERSON with the `@` *outside* (the specification lists
  @-mentions under PERSON for names).  A member's handle inside an e-mail address or a URL
  is not a HANDLE (the specification's "not this: e-mail addresses").
* PERSON: directory names only.  Full names (also all lower case, and without diacritics
  where the letters decompose); `@Full Name`; possessives (`Name's`, `Name’s`, `James'`,
  the span without the suffix) of a full name, or of the first name after the full name
  appeared; Turkish case suffixes after an apostrophe (`Ayşe Yılmaz'ın`: span without
  `'ın`); French elision (`d'Anja Weber`: span without `d'`); titles (`Dr.`, `Prof.`) and
  honorifics (さん, 老师, 님, คุณ, `ji`, Vietnamese kinship words, `Hanım`, `Bey`) outside.  A
  first name alone only in a greeting or thanks at the start or end of a message: greetings
  include salutations (Hi/Hallo/Bonjour/Привет/مرحبا…), thanks, welcomes, congratulations and
  birthday wishes.  CJK full names are family+given with no space, written as in the
  directory.  Forms the specification does not define are not generated: inflected names
  (Russian/Polish/Ukrainian cases, vocatives), Arabic/Hebrew clitics glued to a name, family
  name alone, middle initials.
* Hard negatives (category = what it is): date, time, price, order_number, ticket_number,
  isbn, version, patent, count, company_id, reference, isin; ip_private, ip_loopback,
  ip_link_local, ip_documentation, ip_reserved, ip_version, ipv6_nonglobal;
  card_luhn_invalid, iban_bad_check, ssn_invalid; url_company, url_careers, url_docs,
  url_paper, url_ticket, url_form; mailto, at_not_handle, email_like; org_name, place_name,
  eponym, name_word.  For the last four the directory always holds members with the
  colliding names (checked), so a hit means context was not used.

Sampling: a language is drawn by weight (English about a quarter), then a template of that
language; templates carrying rare types or negative categories are drawn more often (BOOST)
so that each type and category has enough instances per seed; some posts get a contact or
signature tail.  One e-mail address and one link per person and record.

Self-checks (any failure aborts): every span matches its text; gold spans never overlap;
negatives never overlap gold; cards pass Luhn with a valid prefix and length, bad cards fail
it; IBANs have the country length and remainder 1, bad ones do not; SSN ranges; IPs are
global / in the negative's range; PERSON spans are a directory name (or the first name of
the member meant); HANDLE spans are `@` + a member handle.  A record is drawn again when a
directory full name or member handle occurs in it unlabelled, or an e-mail-shaped string
is neither gold nor a negative.

Python 3 standard library only (plus checkdigits.py next to this file).

Label fixes after scoring: none.
"""
import argparse
import ipaddress
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import luhn_ok, iban_mod97, mod97  # noqa: E402

import random  # noqa: E402

NBSP = "\u00a0"

# --------------------------------------------------------------------------------------
# text helpers

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l",
         "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ð": "d", "þ": "th"}


def strip_marks(s):
    """Remove combining marks after NFD (what 'diacritic-insensitive' can mean)."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = strip_marks(s)
    return "".join(c for c in s if c.isascii())


def norm(s):
    return strip_marks(s).casefold()


def is_cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or
            0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF)


def is_thai(c):
    return 0x0E00 <= ord(c) <= 0x0E7F


def is_word_char(c):
    return unicodedata.category(c)[0] in "LMN" and not is_cjk(c) and not is_thai(c)


def tokens(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        if is_word_char(text[i]):
            j = i
            while j < n and is_word_char(text[j]):
                j += 1
            out.append((i, j, norm(text[i:j])))
            i = j
        else:
            i += 1
    return out


CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
               ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "yu", "ya", "i", "ye", "yi", "g"]))
GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))


def translit(s):
    out = []
    for c in strip_marks(s.lower()):
        if c in CYR:
            out.append(CYR[c])
        elif c in GRK:
            out.append(GRK[c])
        else:
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------------------
# names.  Each culture: given names (m / f), family names ("m|f" where the form differs),
# script order, greeting rule.  Non-Latin entries are "native=roman".

CULTURES = {
    "en": dict(m="James Liam Noah Ethan Mason Lucas Oliver Aiden Elijah Benjamin Henry Jack "
                 "Samuel Daniel Matthew Ryan Nathan Tyler Connor Kevin Brian Jason Eric Sean "
                 "Patrick Declan Callum Rhys Hamish Graham Peter Owen Gareth Marcus Trevor "
                 "Dominic Simon Adrian Travis",
               f="Olivia Emma Ava Sophia Isabella Mia Amelia Harper Evelyn Abigail Emily Ella "
                 "Scarlett Chloe Hannah Megan Lauren Rachel Brianna Heather Kimberly Stephanie "
                 "Nicole Caitlin Siobhan Niamh Fiona Bethan Isla Alison Imogen Philippa Tessa "
                 "Rebecca Danielle Courtney Jocelyn Miriam",
               last="Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor "
                    "Thomas Moore Jackson Thompson White Harris Clark Robinson Walker Hall "
                    "Allen Wright Scott Green Adams Baker Nelson Carter Mitchell Roberts Turner "
                    "Phillips Campbell Parker Evans Edwards Collins Stewart Murphy Cooper "
                    "Peterson Reed Bailey Kelly Howard Ward Richardson Watson Bennett Hughes "
                    "Sanders Fitzgerald O'Brien McAllister MacLeod Gallagher Henderson Fletcher "
                    "Whitaker Pemberton Ashworth Donnelly Okafor-Smith Hargreaves Lockwood"),
    "ng": dict(m="Chinedu Oluwaseun Adebayo Emeka Tunde Ifeanyi Obinna Musa Ibrahim Babatunde "
                 "Kelechi Uchenna Segun Damilola Godswill Chukwuemeka Olumide Yusuf Tobiloba",
               f="Ngozi Chioma Funmilayo Yetunde Amaka Zainab Aisha Folake Temitope Nkechi "
                 "Bukola Blessing Precious Favour Adaeze Ifeoma Titilayo Oluchi Kemi",
               last="Okafor Adeyemi Okonkwo Eze Nwosu Ogunleye Balogun Abubakar Bello Okoro "
                    "Afolabi Obi Chukwu Igwe Ojo Adewale Olawale Usman Lawal Oyelaran Nwachukwu "
                    "Ogundipe Akinola Eze-Okoye Onyekachi Babangida Adeleke"),
    "in": dict(m="Rahul Amit Vikas Ankit Rohit Aditya Arjun Deepak Suraj Venkatesh Srinivas "
                 "Karthik Ramesh Suresh Sanjay Harpreet Gurpreet Manish Nikhil Pranav Abhishek",
               f="Priya Neha Pooja Sneha Deepika Kavya Ananya Asha Kiran Lakshmi Divya Anjali "
                 "Manpreet Shruti Swati Meera Aishwarya Nandini Radhika Tanvi",
               last="Sharma Verma Gupta Singh Kumar Patel Yadav Joshi Mishra Agarwal Chauhan "
                    "Mehta Reddy Nair Iyer Desai Kapoor Malhotra Banerjee Chatterjee Krishnan "
                    "Subramanian Pillai Rao Naidu Bhat Kulkarni Deshpande Gill Sandhu Menon"),
    "de": dict(m="Lukas Leon Finn Jonas Paul Felix Maximilian Tobias Florian Sebastian "
                 "Matthias Stefan Jürgen Uwe Dirk Jörg Björn Sören Günther Kai Till Malte "
                 "Niklas Moritz Timo Jan",
               f="Anja Katrin Sabine Ulrike Birgit Anke Jana Lea Lena Marie Sophie Johanna "
                 "Greta Frieda Mila Heike Dörte Nele Wiebke Svenja Carolin Franziska Kerstin "
                 "Annika Theresa",
               last="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
                    "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann "
                    "Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann "
                    "Köhler Herrmann König Mayer Huber Kaiser Fuchs Scholz Möller Weiß Hahn "
                    "Vogel Keller Berger Winkler Lorenz Baumann Albrecht Schuster Böhm Krämer "
                    "Vogt Jäger Seidel Brandt Haas Ziegler Kühn Engel Bergmann Voigt Pfeiffer "
                    "Müller-Lüdenscheidt Schulte-Berge von Arnim Großmann"),
    "fr": dict(m="Thibault Théo Hugo Louis Gabriel Raphaël Arthur Jules Maxime Antoine Nicolas "
                 "Julien Mathieu Guillaume Benoît Jérôme Sébastien Stéphane Loïc Yannick "
                 "Grégoire François Étienne Jean-Pierre Jean-Baptiste Bastien Aurélien",
               f="Camille Léa Manon Chloé Inès Jade Louise Zoé Clémence Élodie Aurélie Céline "
                 "Margaux Océane Hélène Maëlle Noémie Gaëlle Amélie Marie-Claire Anne-Sophie "
                 "Solène Ophélie Bérénice Agathe",
               last="Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent "
                    "Lefèvre Michel Bertrand Roux Vincent Fournier Morel Girard André Lefebvre "
                    "Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin "
                    "Perrin Morin Clément Gauthier Dumont Fontaine Chevalier Masson Gérard "
                    "Lemaire Duval Joly Roche Noël Meunier Marchand Dufour Blanchard Barbier "
                    "Brunet Leroux Colin Renard Arnaud Caron Aubert Giraud Leclerc Vidal "
                    "Bourgeois Lemoine Picard Lacroix Fabre Dupuis Rivière Le Gall Moulin "
                    "Deschamps Carpentier Prévost Poirier Charpentier Royer Huet Le Roux "
                    "Cousin Desjardins"),
    "mg": dict(m="Youssef Mehdi Karim Yassine Amine Rachid Hamza Anas Bilal Sofiane Nabil Omar",
               f="Nadia Samira Leila Fatima Zahra Imane Salma Nour Meriem Yasmine Khadija Hajar "
                 "Soukaina",
               last="El Amrani Benali Bouzid Haddad Mansouri Belkacem Cherif Saidi Ziani Hamdi "
                    "El Idrissi Ait Ahmed Benjelloun Tazi Bennani Chraibi Alaoui Kaddouri"),
    "es": dict(m="Alejandro Pablo Javier Sergio Álvaro Diego Adrián Iván Raúl Íñigo Jordi "
                 "Santiago Mateo Joaquín Gonzalo Francisco Antonio Juan Carlos José Luis "
                 "Andrés Emilio Rodrigo Martín Tomás",
               f="Lucía Carmen Laura Paula Marta Elena Cristina Nuria Ainhoa Montserrat "
                 "Valentina Camila Ximena Rocío Mercedes Rosa Pilar Begoña María José Lourdes "
                 "Dolores Inmaculada Ángela Sofía Alba Irene Noelia",
               last="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez "
                    "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez "
                    "Navarro Torres Domínguez Vázquez Ramos Ramírez Serrano Molina Morales "
                    "Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina "
                    "Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez Calvo Gallego "
                    "Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Caballero Reyes "
                    "Nieto Aguilar Pascual Ibáñez Ferrer Durán Benítez Echeverría Zubizarreta "
                    "Goikoetxea García Márquez Ruiz de Alda"),
    "pt": dict(m="João Pedro Lucas Gabriel Rafael Matheus Gustavo Felipe Thiago Bruno Rodrigo "
                 "Leonardo Vinícius Luiz Antônio Sebastião Raimundo Caio Otávio Henrique",
               f="Maria Eduarda Ana Clara Luana Beatriz Mariana Larissa Letícia Camila Fernanda "
                 "Juliana Aline Débora Renata Tatiana Conceição Francisca Gabriela Bianca "
                 "Isadora Lívia",
               last="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes "
                    "Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira "
                    "Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes "
                    "Freitas Cardoso Gonçalves Teixeira Araújo Cavalcanti Magalhães "
                    "Albuquerque Brandão Figueiredo Assunção Sampaio Bezerra"),
    "it": dict(m="Alessandro Francesco Lorenzo Matteo Andrea Davide Riccardo Tommaso Nicolò "
                 "Gabriele Giorgio Emanuele Pietro Stefano Luca Gianluca Pierpaolo Marco "
                 "Simone Federico",
               f="Giulia Chiara Martina Sara Federica Valentina Francesca Elisa Alessia Ilaria "
                 "Beatrice Silvia Noemi Roberta Serena Arianna Ludovica Caterina",
               last="Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti "
                    "De Luca Mancini Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
                    "Mariani Rinaldi Caruso Galli Martini Leone Longo Gentile Martinelli Vitale "
                    "Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Ferri Fabbri "
                    "Marini Grasso Valentini Messina De Angelis Gatti Pellegrini Palumbo Sanna "
                    "Farina Monti Cattaneo Morelli Amato Silvestri Mazza Testa Benedetti Barone "
                    "D'Amico Sorrentino Pareto"),
    "nl": dict(m="Daan Sem Levi Milan Jesse Thijs Bram Ruben Joost Maarten Pieter Wouter Sander "
                 "Koen Niels Hendrik Stijn Gijs",
               f="Sanne Lotte Fleur Julia Anouk Femke Eline Lieke Roos Noor Sterre Ingrid "
                 "Marloes Esther Floor Marieke Iris",
               last="de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit "
                    "Meijer de Boer Mulder de Groot Bos Vos Hendriks van Leeuwen Dekker Brouwer "
                    "de Wit Dijkstra Smits de Graaf van der Meer van der Linden Kok de Haan "
                    "Vermeulen van den Heuvel van der Veen van den Broek de Bruijn "
                    "van der Heijden Schouten van Beek Willems van Vliet Hoekstra Maas "
                    "Verhoeven Koster van Dam Prins Blom Huisman Kuipers van Wijk"),
    "pl": dict(m="Jakub Kacper Szymon Filip Mateusz Bartosz Michał Paweł Piotr Tomasz "
                 "Krzysztof Łukasz Wojciech Marcin Grzegorz Adam Damian",
               f="Agnieszka Katarzyna Małgorzata Magdalena Joanna Zofia Zuzanna Aleksandra "
                 "Natalia Weronika Ewa Dorota Monika Karolina Justyna Izabela",
               last="Nowak Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kowalczyk "
                    "Kamiński|Kamińska Lewandowski|Lewandowska Zieliński|Zielińska "
                    "Szymański|Szymańska Woźniak Dąbrowski|Dąbrowska Kozłowski|Kozłowska "
                    "Mazur Kwiatkowski|Kwiatkowska Krawczyk Piotrowski|Piotrowska "
                    "Grabowski|Grabowska Pawłowski|Pawłowska Michalski|Michalska Król "
                    "Wieczorek Jabłoński|Jabłońska Wróbel Majewski|Majewska Stępień "
                    "Malinowski|Malinowska Adamczyk Dudek Pawlak Górski|Górska Sikora Walczak "
                    "Baran Szewczyk Ostrowski|Ostrowska Pietrzak Marciniak Zalewski|Zalewska "
                    "Jasiński|Jasińska Bąk Chmielewski|Chmielewska Włodarczyk "
                    "Sokołowski|Sokołowska Kubiak Wilk Kaźmierczak Cieślak Kołodziej"),
    "tr": dict(m="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Oğuz "
                 "Barış Umut Deniz Kerem Onur Serkan Tolga",
               f="Ayşe Fatma Emine Zeynep Elif Merve Büşra Esra Gizem Özge Selin Ece Derya Gül "
                 "İrem Şule Tuğba Damla Pınar Ebru",
               last="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
                    "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş "
                    "Güneş Aktaş Acar Tekin Ünal Erdem Bulut Keskin Akın"),
    "sv": dict(m="Erik Lars Anders Johan Karl Nils Olof Gustav Oskar Axel Elias Björn Mikael "
                 "Henrik Viktor Jonas Fredrik",
               f="Astrid Ingrid Sigrid Linnea Elsa Maja Saga Freja Ebba Alva Åsa Kristina "
                 "Karin Malin Sofie Annika Ylva",
               last="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson "
                    "Svensson Gustafsson Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg "
                    "Magnusson Lindström Lindqvist Lindgren Axelsson Bergström Lundberg "
                    "Lundgren Mattsson Berglund Sandberg Forsberg Sjöberg Wallin Engström "
                    "Eklund Håkansson Björk Holm Nyström Holmberg Löfgren Söderberg Blomqvist "
                    "Mårtensson Åberg Öberg Hedlund Sjögren Ekström Jørgensen Kjærsgaard"),
    "ru": dict(m="Александр Дмитрий Максим Сергей Андрей Алексей Артём Илья Кирилл Михаил "
                 "Никита Иван Егор Павел Олег Денис Евгений Антон Глеб Тимур",
               f="Анна Мария Елена Дарья Алина Ирина Екатерина Наталья Ольга Татьяна Юлия "
                 "Ксения Анастасия Светлана Полина Софья Валерия Марина Виктория Ульяна",
               last="Иванов|Иванова Смирнов|Смирнова Кузнецов|Кузнецова Попов|Попова "
                    "Васильев|Васильева Петров|Петрова Соколов|Соколова Михайлов|Михайлова "
                    "Новиков|Новикова Фёдоров|Фёдорова Морозов|Морозова Волков|Волкова "
                    "Алексеев|Алексеева Лебедев|Лебедева Семёнов|Семёнова Егоров|Егорова "
                    "Павлов|Павлова Козлов|Козлова Степанов|Степанова Николаев|Николаева "
                    "Орлов|Орлова Андреев|Андреева Макаров|Макарова Никитин|Никитина "
                    "Захаров|Захарова Зайцев|Зайцева Соловьёв|Соловьёва Борисов|Борисова "
                    "Яковлев|Яковлева Григорьев|Григорьева Королёв|Королёва Гусев|Гусева "
                    "Киселёв|Киселёва Ильин|Ильина Поляков|Полякова Сорокин|Сорокина "
                    "Виноградов|Виноградова Ковалёв|Ковалёва Белов|Белова Медведев|Медведева "
                    "Тарасов|Тарасова Жуков|Жукова Воронцов|Воронцова Левин|Левина"),
    "uk": dict(m="Олександр Андрій Тарас Богдан Дмитро Остап Ярослав Максим Назар Сергій "
                 "Іван Юрій",
               f="Оксана Олена Наталія Ірина Галина Соломія Марія Христина Юлія Тетяна "
                 "Ольга Катерина",
               last="Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук "
                    "Бойко Мельник Коваль Лисенко Руденко Савченко Петренко Марченко "
                    "Литвиненко Мороз Павленко Кузьменко Клименко Гнатюк Ковальчук Романюк "
                    "Їжакевич Ґудзь"),
    "el": dict(m="Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Παναγιώτης Βασίλης Χρήστος Θανάσης "
                 "Μιχάλης Αλέξανδρος Σπύρος",
               f="Μαρία Ελένη Κατερίνα Σοφία Δέσποινα Βασιλική Ελπίδα Αναστασία Χριστίνα "
                 "Ιωάννα Αθηνά Δήμητρα Ευαγγελία Παναγιώτα Φωτεινή",
               last="Παπαδόπουλος|Παπαδοπούλου Παπαδάκης|Παπαδάκη Γεωργίου Οικονόμου "
                    "Νικολάου Καραγιάννης|Καραγιάννη Βασιλείου Δημητρίου Ιωάννου Αθανασίου "
                    "Μακρής|Μακρή Αλεξίου Κωνσταντίνου Πετρόπουλος|Πετροπούλου "
                    "Σταθόπουλος|Σταθοπούλου Αντωνίου Παππάς|Παππά Λαμπράκης|Λαμπράκη "
                    "Μαυρίδης|Μαυρίδου Χατζηδάκης|Χατζηδάκη"),
    "ar": dict(m="محمد=mohammed أحمد=ahmed علي=ali عمر=omar خالد=khaled يوسف=youssef "
                 "إبراهيم=ibrahim حسن=hassan طارق=tarek سامي=sami كريم=karim سعيد=saeed "
                 "فيصل=faisal ماجد=majed زياد=ziad وليد=walid",
               f="فاطمة=fatima عائشة=aisha مريم=mariam زينب=zainab نور=nour أمل=amal سارة=sara "
                 "ليلى=layla رنا=rana هدى=huda ريم=reem دينا=dina ياسمين=yasmin سلمى=salma "
                 "لينا=lina هند=hind",
               last="الحربي=alharbi العتيبي=alotaibi القحطاني=alqahtani الشمري=alshammari "
                    "المصري=almasri حداد=haddad خوري=khoury نصار=nassar السيد=elsayed "
                    "الزهراني=alzahrani الغامدي=alghamdi الدوسري=aldosari منصور=mansour "
                    "سليمان=suleiman جابر=jaber الخطيب=alkhatib النجار=alnajjar "
                    "عبد_الله=abdullah الهاشمي=alhashemi عثمان=othman الشريف=alsharif "
                    "العمري=alomari"),
    "he": dict(m="יונתן=yonatan איתי=itai עומר=omer דניאל=daniel נועם=noam אביב=aviv גיל=gil "
                 "רון=ron עידו=ido אורי=uri אבי=avi",
               f="נועה=noa תמר=tamar מיכל=michal יעל=yael שירה=shira מאיה=maya דנה=dana "
                 "רוני=roni אור=or טל=tal שי=shai",
               last="כהן=cohen לוי=levi מזרחי=mizrahi פרץ=peretz ביטון=biton אברהם=avraham "
                    "פרידמן=friedman אזולאי=azulay דהן=dahan שפירא=shapira גולדברג=goldberg "
                    "רוזנברג=rosenberg כץ=katz בן_דוד=ben-david אוחיון=ohayon חדד=hadad "
                    "גבאי=gabay אשכנזי=ashkenazi קליין=klein שטרן=stern"),
    "hi": dict(m="राहुल=rahul अमित=amit विकास=vikas अंकित=ankit रोहित=rohit आदित्य=aditya "
                 "अर्जुन=arjun दीपक=deepak सूरज=suraj पवन=pawan मनीष=manish संजय=sanjay "
                 "किरण=kiran",
               f="प्रिया=priya नेहा=neha पूजा=pooja स्नेहा=sneha दीपिका=deepika काव्या=kavya "
                 "अनन्या=ananya आशा=asha सुनीता=sunita अनीता=anita श्रुति=shruti "
                 "मीनाक्षी=meenakshi",
               last="शर्मा=sharma वर्मा=verma गुप्ता=gupta सिंह=singh कुमार=kumar पटेल=patel "
                    "यादव=yadav जोशी=joshi मिश्रा=mishra अग्रवाल=agarwal चौहान=chauhan "
                    "मेहता=mehta त्रिपाठी=tripathi पांडे=pandey श्रीवास्तव=srivastava "
                    "तिवारी=tiwari दुबे=dubey सक्सेना=saxena"),
    "zh": dict(m="伟=wei 强=qiang 磊=lei 军=jun 洋=yang 勇=yong 杰=jie 涛=tao 超=chao 刚=gang "
                 "建华=jianhua 晓明=xiaoming 鹏=peng 辉=hui 宇=yu 浩=hao 子轩=zixuan "
                 "浩然=haoran 宇轩=yuxuan 思远=siyuan 俊杰=junjie 志强=zhiqiang 立新=lixin "
                 "文博=wenbo 子豪=zihao",
               f="芳=fang 娜=na 敏=min 静=jing 丽=li 艳=yan 娟=juan 秀英=xiuying 霞=xia 萍=ping "
                 "桂英=guiying 丹=dan 玲=ling 婷=ting 雪=xue 颖=ying 琳=lin 欣怡=xinyi "
                 "梓涵=zihan 一诺=yinuo 嘉怡=jiayi 雨涵=yuhan 海燕=haiyan 红梅=hongmei "
                 "晓燕=xiaoyan 诗涵=shihan 梦琪=mengqi 雅婷=yating",
               last="王=wang 李=li 张=zhang 刘=liu 陈=chen 杨=yang 黄=huang 赵=zhao 吴=wu 周=zhou "
                    "徐=xu 孙=sun 马=ma 朱=zhu 胡=hu 郭=guo 何=he 林=lin 罗=luo 郑=zheng "
                    "梁=liang 谢=xie 宋=song 唐=tang 韩=han 冯=feng 邓=deng 曹=cao 彭=peng "
                    "曾=zeng 肖=xiao 田=tian 董=dong 袁=yuan 潘=pan 蒋=jiang 蔡=cai 杜=du 叶=ye "
                    "程=cheng 苏=su 魏=wei 丁=ding 沈=shen 姚=yao 卢=lu 崔=cui 钟=zhong 谭=tan "
                    "范=fan 金=jin 石=shi 廖=liao 贾=jia 夏=xia 方=fang 白=bai 邹=zou 孟=meng "
                    "熊=xiong 秦=qin 邱=qiu 薛=xue 高=gao 欧阳=ouyang 司马=sima"),
    "ja": dict(m="翔太=shota 大輝=daiki 健太=kenta 拓也=takuya 直樹=naoki 大輔=daisuke "
                 "悠真=yuma 蓮=ren 陽斗=haruto 湊=minato 誠=makoto 浩二=koji 健=ken 隆=takashi",
               f="美咲=misaki 陽菜=hina 結衣=yui 葵=aoi さくら=sakura 真由美=mayumi 恵子=keiko "
                 "由美=yumi 彩花=ayaka 美穂=miho 優子=yuko 智子=tomoko 奈々=nana 千尋=chihiro "
                 "明日香=asuka",
               last="佐藤=sato 鈴木=suzuki 高橋=takahashi 田中=tanaka 伊藤=ito 渡辺=watanabe "
                    "山本=yamamoto 中村=nakamura 小林=kobayashi 加藤=kato 吉田=yoshida "
                    "山田=yamada 佐々木=sasaki 松本=matsumoto 井上=inoue 木村=kimura 清水=shimizu "
                    "山崎=yamazaki 池田=ikeda 橋本=hashimoto 阿部=abe 石川=ishikawa 前田=maeda "
                    "藤田=fujita 岡田=okada 後藤=goto 長谷川=hasegawa 村上=murakami 近藤=kondo "
                    "坂本=sakamoto 遠藤=endo 青木=aoki 西村=nishimura 福田=fukuda 三浦=miura"),
    "ko": dict(m="민준=minjun 서준=seojun 도윤=doyun 예준=yejun 시우=siwoo 하준=hajun 지호=jiho "
                 "주원=juwon 지훈=jihoon 현우=hyunwoo 성민=sungmin 동현=donghyun",
               f="서연=seoyeon 서윤=seoyun 지우=jiwoo 하은=haeun 민서=minseo 지민=jimin "
                 "수빈=subin 예린=yerin 유진=yujin 혜진=hyejin 은지=eunji 수진=sujin 민지=minji",
               last="김=kim 이=lee 박=park 최=choi 정=jung 강=kang 조=cho 윤=yoon 장=jang 임=lim "
                    "한=han 오=oh 서=seo 신=shin 권=kwon 황=hwang 안=ahn 송=song 류=ryu 홍=hong"),
    "th": dict(m="สมชาย=somchai สมศักดิ์=somsak วิชัย=wichai ธนพล=thanaphon ณัฐพล=nattapon "
                 "กิตติ=kitti อนุชา=anucha ประเสริฐ=prasert",
               f="มาลี=malee สุดา=suda นภา=napa ปิยะนุช=piyanuch กมลชนก=kamonchanok "
                 "ศิริพร=siriporn วรรณา=wanna อรอุมา=onuma",
               last="ใจดี=jaidee สุขสวัสดิ์=suksawat ศรีสุข=srisuk วงศ์ใหญ่=wongyai "
                    "แสงทอง=saengthong บุญมา=boonma ทองดี=thongdee รัตนพันธ์=rattanaphan "
                    "ชัยมงคล=chaimongkol ศรีวงศ์=sriwong มั่นคง=mankong"),
    "vi": dict(m="Minh Hùng Dũng Tuấn Hải Long Nam Phong Quân Khoa Đức Thắng",
               f="Lan Hương Linh Trang Thảo Ngọc Hà Vy Anh Huyền Thủy Nhung",
               last="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý",
               middle_m="Văn Hữu Đức Minh Quang Thanh", middle_f="Thị Ngọc Thu Thanh Minh"),
    "id": dict(m="Budi Agus Andi Wahyu Fajar Rizky Dimas Bayu Eko Joko Yusuf Hendra Arif",
               f="Dewi Siti Rina Putri Ayu Sri Nur Fitri Wulan Ratna Maya Intan",
               last="Santoso Wijaya Saputra Pratama Hidayat Setiawan Kusuma Lestari Rahayu "
                    "Nugroho Susanto Wibowo Halim Siregar Nasution Simanjuntak Sihombing "
                    "Hutapea Gunawan Permana"),
    # romanised East Asian names as written in English-language posts (given family)
    "cnl": dict(m="Wei Jun Hao Lei Jian Tao Kai Ming", f="Fang Jing Xinyi Yating Mei Lin Ying Xiaoyu",
                last="Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Ng Tan Lim Wong Chan Lau"),
    "kol": dict(m="Minjun Jihoon Hyunwoo Seojun Dohyun Taeyang", f="Seoyeon Jiwoo Minji Yujin Soyeon Haeun",
                last="Kim Lee Park Choi Jung Kang Cho Yoon Han Shin"),
    "jal": dict(m="Kenta Daiki Takuya Ren Haruto Yuto Sho", f="Misaki Yui Aoi Hina Sakura Ayaka Mai",
                last="Tanaka Suzuki Sato Takahashi Watanabe Yamamoto Nakamura Kobayashi Ito Kato"),
}

ORDER = {"zh": "FG", "ja": "FG", "ko": "FG", "vi": "VN"}
# cultures whose first name alone can stand in a greeting in its dictionary form
GREET_OK = {c for c in CULTURES if c not in ("zh", "ja", "ko", "pl", "uk")}


def parse_list(s):
    out = []
    for tok in s.split():
        tok = tok.replace("_", " ")
        if "=" in tok:
            nat, rom = tok.split("=", 1)
        else:
            nat, rom = tok, None
        out.append((nat, rom))
    return out


def multi_word_fix(lst, culture):
    """Join multi-word given names that the whitespace split tore apart."""
    joined = {"es": ["Juan Carlos", "José Luis", "María José"],
              "pt": ["Maria Eduarda", "Ana Clara"], "mg": ["Fatima Zahra"]}.get(culture, [])
    out, i = [], 0
    while i < len(lst):
        if i + 1 < len(lst) and (lst[i][0] + " " + lst[i + 1][0]) in joined:
            out.append((lst[i][0] + " " + lst[i + 1][0], None))
            i += 2
        else:
            out.append(lst[i])
            i += 1
    return out


def multi_last_fix(lst, culture):
    joined = {"en": [], "de": ["von Arnim"],
              "fr": ["Le Gall", "Le Roux"],
              "es": ["García Márquez", "Ruiz de Alda"],
              "it": ["De Luca", "De Santis", "De Angelis"],
              "nl": ["de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot",
                     "van Leeuwen", "de Wit", "de Graaf", "van der Meer", "van der Linden",
                     "de Haan", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
                     "van der Heijden", "van Beek", "van Vliet", "van Dam", "van Wijk"],
              "mg": ["El Amrani", "El Idrissi", "Ait Ahmed"]}.get(culture, [])
    joined = sorted(joined, key=lambda x: -len(x.split()))
    words = [x[0] for x in lst]
    out, i = [], 0
    while i < len(words):
        for j in joined:
            k = len(j.split())
            if " ".join(words[i:i + k]) == j:
                out.append((j, None))
                i += k
                break
        else:
            out.append(lst[i])
            i += 1
    return out


def load_cultures():
    cs = {}
    for c, d in CULTURES.items():
        m = multi_word_fix(parse_list(d["m"]), c)
        f = multi_word_fix(parse_list(d["f"]), c)
        last = multi_last_fix(parse_list(d["last"]), c)
        fams = []
        for nat, rom in last:
            if "|" in nat:
                a, b = nat.split("|")
                fams.append(((a, rom), (b, rom)))
            else:
                fams.append(((nat, rom), (nat, rom)))
        cs[c] = dict(m=m, f=f, fam=fams,
                     mid_m=d.get("middle_m", "").split(), mid_f=d.get("middle_f", "").split())
    return cs


def roman(part, culture):
    nat, rom = part
    if rom:
        return rom
    if culture in ("ru", "uk", "el"):
        return translit(nat)
    return ascii_fold(nat).lower()


# --------------------------------------------------------------------------------------
# collision members: their names are also a company, a place, an eponym or an ordinary word.
# (display name, given, family, culture, order) -- given is what a greeting would use.

COLLIDE = [
    # org_name
    ("Morgan Stanley", "Morgan", "Stanley", "en"), ("John Lewis", "John", "Lewis", "en"),
    ("Paul Smith", "Paul", "Smith", "en"), ("Ted Baker", "Ted", "Baker", "en"),
    ("Thomas Cook", "Thomas", "Cook", "en"), ("Henry Ford", "Henry", "Ford", "en"),
    ("Hugo Boss", "Hugo", "Boss", "de"), ("Charles Schwab", "Charles", "Schwab", "en"),
    ("Robert Bosch", "Robert", "Bosch", "de"), ("Carl Zeiss", "Carl", "Zeiss", "de"),
    ("Roland Berger", "Roland", "Berger", "de"), ("Enzo Ferrari", "Enzo", "Ferrari", "it"),
    ("Giorgio Armani", "Giorgio", "Armani", "it"), ("Marc Jacobs", "Marc", "Jacobs", "en"),
    ("Yves Rocher", "Yves", "Rocher", "fr"), ("Mercedes Díaz", "Mercedes", "Díaz", "es"),
    ("李宁", "宁", "李", "zh"), ("周大福", "大福", "周", "zh"),
    ("Kenneth Cole", "Kenneth", "Cole", "en"), ("Wells Fargo", "Wells", "Fargo", "en"),
    # place_name
    ("Charlotte Hughes", "Charlotte", "Hughes", "en"), ("Austin Reed", "Austin", "Reed", "en"),
    ("Sydney Clarke", "Sydney", "Clarke", "en"), ("Florence Martin", "Florence", "Martin", "en"),
    ("Adelaide Ward", "Adelaide", "Ward", "en"), ("Victoria Park", "Victoria", "Park", "en"),
    ("Regina Holt", "Regina", "Holt", "en"), ("Savannah Cole", "Savannah", "Cole", "en"),
    ("Madison Gray", "Madison", "Gray", "en"), ("Lincoln Hayes", "Lincoln", "Hayes", "en"),
    ("Jordan Ellis", "Jordan", "Ellis", "en"), ("Chad Wilson", "Chad", "Wilson", "en"),
    ("Georgia Bennett", "Georgia", "Bennett", "en"), ("Sofia Rossi", "Sofia", "Rossi", "it"),
    ("Francisco Alves", "Francisco", "Alves", "pt"),
    ("Santiago López", "Santiago", "López", "es"), ("Paz Ortega", "Paz", "Ortega", "es"),
    ("Владимир Смирнов", "Владимир", "Смирнов", "ru"),
    ("Αθηνά Παπαδοπούλου", "Αθηνά", "Παπαδοπούλου", "el"),
    ("אביב לוי", "אביב", "לוי", "he"), ("Nguyễn Huệ", "Huệ", "Nguyễn", "vi"),
    ("Lê Lợi", "Lợi", "Lê", "vi"), ("Oscar Freire", "Oscar", "Freire", "pt"),
    ("Gatot Subroto", "Gatot", "Subroto", "id"), ("Jean Jaurès", "Jean", "Jaurès", "fr"),
    ("黄山", "山", "黄", "zh"), ("金华", "华", "金", "zh"),
    ("Dallas Greene", "Dallas", "Greene", "en"),
    # eponym
    ("Alan Turing", "Alan", "Turing", "en"), ("Ada Lovelace", "Ada", "Lovelace", "en"),
    ("Marie Curie", "Marie", "Curie", "fr"), ("Max Planck", "Max", "Planck", "de"),
    ("Robert Koch", "Robert", "Koch", "de"), ("Emmy Noether", "Emmy", "Noether", "de"),
    ("Simon Fraser", "Simon", "Fraser", "en"), ("Victor Hugo", "Victor", "Hugo", "fr"),
    ("Getulio Vargas", "Getulio", "Vargas", "pt"), ("Albert Einstein", "Albert", "Einstein", "de"),
    ("Florence Nightingale", "Florence", "Nightingale", "en"),
    ("Indira Gandhi", "Indira", "Gandhi", "in"), ("Heinrich Böll", "Heinrich", "Böll", "de"),
    ("Tom Conway", "Tom", "Conway", "en"), ("Claire Goodhart", "Claire", "Goodhart", "en"),
    ("Nina Kalman", "Nina", "Kalman", "en"), ("Laura Gantt", "Laura", "Gantt", "en"),
    ("Sara Bloom", "Sara", "Bloom", "en"), ("Emily Nash", "Emily", "Nash", "en"),
    ("Paul Hamming", "Paul", "Hamming", "en"), ("Gene Amdahl", "Gene", "Amdahl", "en"),
    ("Bob Metcalfe", "Bob", "Metcalfe", "en"), ("Jan Dijkstra", "Jan", "Dijkstra", "nl"),
    ("Luca Pareto", "Luca", "Pareto", "it"), ("Peter Lindqvist", "Peter", "Lindqvist", "sv"),
    # name_word
    ("Will Hartley", "Will", "Hartley", "en"), ("Grace Okafor", "Grace", "Okafor", "ng"),
    ("Rose Whitaker", "Rose", "Whitaker", "en"), ("June Park", "June", "Park", "en"),
    ("Dawn Fletcher", "Dawn", "Fletcher", "en"), ("Hope Adeyemi", "Hope", "Adeyemi", "ng"),
    ("Joy Nwosu", "Joy", "Nwosu", "ng"), ("Faith Wanjiru", "Faith", "Wanjiru", "ng"),
    ("Mark Jensen", "Mark", "Jensen", "en"), ("Bill Harper", "Bill", "Harper", "en"),
    ("Sunny Gill", "Sunny", "Gill", "in"), ("Summer Reyes", "Summer", "Reyes", "en"),
    ("April Johnson", "April", "Johnson", "en"), ("May Tan", "May", "Tan", "cnl"),
    ("Can Öztürk", "Can", "Öztürk", "tr"), ("Ernst Vogel", "Ernst", "Vogel", "de"),
    ("Frank Meyer", "Frank", "Meyer", "de"), ("Pierre Lambert", "Pierre", "Lambert", "fr"),
    ("Claire Fontaine", "Claire", "Fontaine", "fr"), ("Luz Herrera", "Luz", "Herrera", "es"),
    ("Sol Ortega", "Sol", "Ortega", "es"), ("Blanca Navarro", "Blanca", "Navarro", "es"),
    ("Vitória Santos", "Vitória", "Santos", "pt"), ("Роман Кузнецов", "Роман", "Кузнецов", "ru"),
    ("Вера Соколова", "Вера", "Соколова", "ru"), ("Надежда Орлова", "Надежда", "Орлова", "ru"),
    ("أمل حداد", "أمل", "حداد", "ar"), ("كريم منصور", "كريم", "منصور", "ar"),
    ("אור כהן", "אור", "כהן", "he"), ("आशा वर्मा", "आशा", "वर्मा", "hi"),
    ("किरण जोशी", "किरण", "जोशी", "hi"), ("सूरज पटेल", "सूरज", "पटेल", "hi"),
    ("Ελπίδα Παππά", "Ελπίδα", "Παππά", "el"), ("Umut Kaya", "Umut", "Kaya", "tr"),
    ("Deniz Aydın", "Deniz", "Aydın", "tr"), ("Indah Lestari", "Indah", "Lestari", "id"),
    ("高兴", "兴", "高", "zh"), ("高峰", "峰", "高", "zh"), ("高明", "明", "高", "zh"),
    ("이상", "상", "이", "ko"), ("Trần Thị Mai", "Mai", "Trần", "vi"),
    ("Blessing Eze", "Blessing", "Eze", "ng"), ("Favour Okoro", "Favour", "Okoro", "ng"),
    ("Crystal Hughes", "Crystal", "Hughes", "en"), ("Penny Walsh", "Penny", "Walsh", "en"),
]

FEMALE_COLLIDE = set("Charlotte Sydney Florence Adelaide Victoria Regina Savannah Madison Georgia Sofia Paz "
                     "Αθηνά Mercedes Marie Ada Emmy Indira Claire Nina Laura Sara Emily Grace Rose June "
                     "Dawn Hope Joy Faith Summer April May Luz Blanca Vitória Вера Надежда أمل आशा Ελπίδα "
                     "Indah Mai Blessing Favour Crystal Penny Yves".split()) - {"Yves"}

# handles that must never belong to a member (they appear as at_not_handle negatives)
RESERVED_HANDLES = {"everyone", "here", "channel", "override", "deprecated", "component",
                    "injectable", "media", "import", "param", "return", "property", "dataclass",
                    "staticmethod", "types", "angular", "vue", "app", "pytest", "test",
                    "springbootapplication", "keyframes", "font", "babel", "nestjs"}

ROMAN_OVERRIDE = {"李宁": ("ning", "li"), "周大福": ("dafu", "zhou"), "黄山": ("shan", "huang"),
                  "金华": ("hua", "jin"), "高兴": ("xing", "gao"), "高峰": ("feng", "gao"),
                  "高明": ("ming", "gao"), "이상": ("sang", "lee"), "אביב לוי": ("aviv", "levi"),
                  "אור כהן": ("or", "cohen"), "أمل حداد": ("amal", "haddad"),
                  "كريم منصور": ("karim", "mansour"), "आशा वर्मा": ("asha", "verma"),
                  "किरण जोशी": ("kiran", "joshi"), "सूरज पटेल": ("suraj", "patel")}

DIR_WEIGHTS = {"en": 14, "ng": 4, "in": 8, "de": 8, "fr": 7, "mg": 2, "es": 7, "pt": 6, "it": 4,
               "nl": 3, "pl": 3, "tr": 3, "sv": 2, "ru": 5, "uk": 2, "el": 2, "ar": 4, "he": 2,
               "hi": 3, "zh": 5, "ja": 4, "ko": 3, "th": 1.5, "vi": 2, "id": 2, "cnl": 1.5, "kol": 0.8, "jal": 0.8}

SPACELESS = {"zh", "ja", "ko"}


def wchoice(rng, weights):
    keys = list(weights)
    tot = sum(weights[k] for k in keys)
    x = rng.random() * tot
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


class Member:
    __slots__ = ("user", "name", "handle", "culture", "given", "family", "gender", "rg", "rf",
                 "greet")

    def as_json(self):
        return {"user": self.user, "name": self.name, "handle": self.handle}


def handle_candidates(rng, rg, rf):
    g = re.sub(r"[^a-z0-9]", "", rg.lower())
    f = re.sub(r"[^a-z0-9]", "", rf.lower())
    if not g:
        g = "user"
    if not f:
        f = "x"
    pats = [g + f, g + "_" + f, f + g, g[0] + f, g + f[0], f + "_" + g, g + "_" + f[:3],
            "the" + g + f, g + f + str(rng.randint(1, 99)), g + "_" + f + str(rng.randint(70, 99)),
            g[0] + "_" + f, g + str(rng.randint(100, 999))]
    rng.shuffle(pats)
    return pats


def build_directory(rng, n, cultures):
    members = []
    used = set(RESERVED_HANDLES)
    name_count = {}

    def add(name, given, family, culture, gender, rg, rf):
        m = Member()
        m.name, m.given, m.family, m.culture, m.gender = name, given, family, culture, gender
        m.rg, m.rf = rg, rf
        for h in handle_candidates(rng, rg, rf):
            h = h[:20]
            if h not in used:
                break
        else:
            while True:
                h = (re.sub(r"[^a-z0-9]", "", rg.lower()) or "user")[:12] + str(rng.randint(1000, 99999))
                if h not in used:
                    break
        used.add(h)
        m.handle = h
        m.greet = culture in GREET_OK and not (culture == "el" and gender == "m")
        members.append(m)
        name_count[name] = name_count.get(name, 0) + 1
        return m

    for name, given, family, culture in COLLIDE:
        if name in ROMAN_OVERRIDE:
            rg, rf = ROMAN_OVERRIDE[name]
        elif culture in ("ru", "uk", "el"):
            rg, rf = translit(given), translit(family)
        else:
            rg, rf = ascii_fold(given).lower(), ascii_fold(family).lower()
        add(name, given, family, culture, "f" if given in FEMALE_COLLIDE else "m", rg, rf)
    ncoll = len(members)
    while len(members) < max(n, ncoll):
        c = wchoice(rng, DIR_WEIGHTS)
        cd = cultures[c]
        gender = "m" if rng.random() < 0.5 else "f"
        gpart = rng.choice(cd[gender])
        fpair = rng.choice(cd["fam"])
        fpart = fpair[0] if gender == "m" else fpair[1]
        given, family = gpart[0], fpart[0]
        order = ORDER.get(c, "GF")
        if order == "FG":
            name = family + given
        elif order == "VN":
            mids = cd["mid_m"] if gender == "m" else cd["mid_f"]
            if rng.random() < 0.9:
                name = family + " " + rng.choice(mids) + " " + given
            else:
                name = family + " " + given
        else:
            name = given + " " + family
        add(name, given, family, c, gender, roman(gpart, c), roman(fpart, c))
    # shuffle so the collision members are not all at the top, then number them
    rng.shuffle(members)
    for i, m in enumerate(members, 1):
        m.user = "u%d" % i
    return members


# --------------------------------------------------------------------------------------
# fictional companies (name, domain, slug)

COMPANIES = [
    ("Nordwind Logistik", "nordwind-logistik.de", "nordwind-logistik"),
    ("Helix Analytics", "helixanalytics.io", "helix-analytics"),
    ("Brightpath Labs", "brightpathlabs.com", "brightpath-labs"),
    ("Quantaloop", "quantaloop.ai", "quantaloop"),
    ("Veridian Health", "veridianhealth.com", "veridian-health"),
    ("Solenne Cosmétiques", "solenne.fr", "solenne"),
    ("Tecnoviva", "tecnoviva.es", "tecnoviva"),
    ("Pampa Agro", "pampaagro.com.br", "pampa-agro"),
    ("Kitsune Games", "kitsunegames.jp", "kitsune-games"),
    ("Lumen Robotics", "lumenrobotics.eu", "lumen-robotics"),
    ("Orbita Fintech", "orbita.finance", "orbita-fintech"),
    ("Baobab Pay", "baobabpay.ng", "baobab-pay"),
    ("Fjordlys Energi", "fjordlys.no", "fjordlys"),
    ("Mosaico Design", "mosaicodesign.it", "mosaico-design"),
    ("Tulpenveld Data", "tulpenveld.nl", "tulpenveld"),
    ("Zaffra Foods", "zaffrafoods.com", "zaffra-foods"),
    ("Cedarline Partners", "cedarline.co.uk", "cedarline-partners"),
    ("Anatolia Yazılım", "anatoliayazilim.com.tr", "anatolia-yazilim"),
    ("Wisła Software", "wislasoft.pl", "wisla-software"),
    ("Polaris Cloud", "polariscloud.io", "polaris-cloud"),
    ("Kestrel Security", "kestrelsec.com", "kestrel-security"),
    ("Saffron Retail", "saffronretail.in", "saffron-retail"),
    ("Harbourline Shipping", "harbourline.com.au", "harbourline"),
    ("Aurora Biotech", "aurorabiotech.se", "aurora-biotech"),
    ("Jade River Tech", "jaderiver.cn", "jade-river-tech"),
    ("Sable & Finch", "sablefinch.com", "sable-finch"),
    ("Tidewater Media", "tidewater.media", "tidewater-media"),
    ("Granite Peak Capital", "granitepeak.capital", "granite-peak-capital"),
]

EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me",
           "hotmail.co.uk", "btinternet.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "gmx.at",
           "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "mg": ["gmail.com", "hotmail.fr", "yahoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com", "sapo.pt"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"],
    "he": ["gmail.com", "walla.co.il", "012.net.il"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "zh": ["qq.com", "163.com", "126.com", "gmail.com", "sina.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "cnl": ["gmail.com", "outlook.com", "qq.com"],
    "kol": ["gmail.com", "naver.com"],
    "jal": ["gmail.com", "yahoo.co.jp"],
}

ROLE_LOCALS = {
    "en": ["jobs", "careers", "hr", "recruiting", "talent", "hello", "info", "press", "contact",
           "hiring", "partnerships", "support"],
    "de": ["bewerbung", "karriere", "jobs", "kontakt", "info", "personal", "presse"],
    "fr": ["recrutement", "contact", "rh", "carrieres", "presse", "bonjour"],
    "es": ["rrhh", "empleo", "contacto", "info", "prensa", "talento"],
    "pt": ["vagas", "rh", "contato", "talentos", "imprensa"],
    "it": ["lavoraconnoi", "info", "hr", "contatti", "stampa"],
    "nl": ["vacatures", "info", "werkenbij", "hr"],
    "pl": ["rekrutacja", "kontakt", "praca", "biuro"],
    "tr": ["ik", "kariyer", "iletisim", "info"],
    "sv": ["jobb", "rekrytering", "info", "kontakt"],
    "ru": ["hr", "job", "info", "pr"],
    "uk": ["hr", "info", "kariera"],
    "el": ["hr", "info", "careers"],
    "ar": ["careers", "hr", "info", "jobs"],
    "he": ["jobs", "hr", "info"],
    "hi": ["careers", "hr", "jobs"],
    "zh": ["hr", "zhaopin", "jobs", "bd"],
    "ja": ["recruit", "saiyo", "info", "pr"],
    "ko": ["recruit", "hr", "contact"],
    "th": ["hr", "jobs", "contact"],
    "vi": ["tuyendung", "hr", "lienhe"],
    "id": ["karir", "hrd", "info"],
}


# --------------------------------------------------------------------------------------
# phone numbers: X any digit, N 1-9, ~ NBSP, {k} a value drawn per format

def fill(rng, pat, kw=None):
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "X":
            out.append(str(rng.randint(0, 9)))
        elif c == "N":
            out.append(str(rng.randint(1, 9)))
        elif c == "~":
            out.append(NBSP)
        elif c == "{":
            j = pat.index("}", i)
            out.append(kw[pat[i + 1:j]])
            i = j
        else:
            out.append(c)
        i += 1
    return "".join(out)


US_AREAS = ["212", "213", "312", "415", "510", "617", "646", "650", "702", "718", "737", "206",
            "303", "404", "469", "512", "604", "416", "514", "613", "778", "587", "305", "619",
            "971", "857", "929", "480", "614", "919"]
DE_MOB = ["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175",
          "176", "177", "178", "179"]
DE_AREA = ["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911", "421", "201"]
NG_PRE = ["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802", "808",
          "812", "701", "708", "902", "809", "817", "818", "909"]
CN_MOB = ["13%d" % i for i in range(10)] + ["150", "151", "152", "155", "157", "158", "159",
                                            "176", "177", "178", "180", "181", "182", "183",
                                            "185", "186", "187", "188", "189", "191", "198", "199"]
BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62", "92"]

PHONE_FORMATS = {
    "US": ["({A}) {E}-XXXX", "{A}-{E}-XXXX", "{A}.{E}.XXXX", "+1 {A} {E} XXXX",
           "+1 ({A}) {E}-XXXX", "+1-{A}-{E}-XXXX", "+1 {A}-{E}-XXXX", "1-{A}-{E}-XXXX",
           "({A}) {E}-XXXX", "{A}-{E}-XXXX"],
    "UK": ["07{u}XX XXXXXX", "+44 7{u}XX XXXXXX", "+44 (0)7{u}XX XXXXXX", "07{u}XX XXX XXX",
           "020 {l}XXX XXXX", "+44 20 {l}XXX XXXX", "+44 (0)20 {l}XXX XXXX", "0161 XXX XXXX",
           "+44 161 XXX XXXX", "0131 XXX XXXX", "0117 XXX XXXX", "+44 (0) 117 XXX XXXX"],
    "DE": ["0{P} NXXXXXXX", "0{P} NXXXXXX", "0{P}-NXXXXXX", "0{P}/NXXXXXXX", "+49 {P} NXXXXXXX",
           "+49 (0){P} NXXXXXX", "+49 (0) {P} NXXXXXXX", "0049 {P} NXXXXXXX",
           "0{G} NXXXXXX", "0{G}/NXXXXX", "0{G} / NXX XX XX", "+49 {G} NXXXXXX",
           "+49 (0){G} NXXXXXX", "+49 {G} NXXXX-0", "0{G} NXX XX XX", "+49 {G} NXX XX XX"],
    "FR": ["0{f} XX XX XX XX", "0{f}.XX.XX.XX.XX", "0{f}~XX~XX~XX~XX", "0{f}XXXXXXXX",
           "0{f}-XX-XX-XX-XX", "+33 {f} XX XX XX XX", "+33 (0){f} XX XX XX XX",
           "+33~{f}~XX~XX~XX~XX", "0033 {f} XX XX XX XX", "0{g} XX XX XX XX", "0{g}.XX.XX.XX.XX",
           "+33 {g} XX XX XX XX", "+33 (0){g} XX XX XX XX"],
    "IN": ["+91 {i}XXXX XXXXX", "+91-{i}XXXXXXXXX", "+91 {i}XXXXXXXXX", "0{i}XXXX XXXXX",
           "{i}XXXX XXXXX", "{i}XXXXXXXXX", "{i}XXXX-XXXXX", "+91 22 NXXX XXXX", "022 NXXX XXXX",
           "080-NXXXXXXX", "011-NXXX XXXX", "+91 80 NXXX XXXX", "+91-{i}XXXX-XXXXX"],
    "BR": ["+55 {D} 9XXXX-XXXX", "({D}) 9XXXX-XXXX", "({D}) NXXX-XXXX", "+55 ({D}) 9XXXX-XXXX",
           "{D} 9XXXX-XXXX", "+55 {D} 9XXXXXXXX", "({D}) 9 XXXX-XXXX", "+55 {D} NXXX-XXXX",
           "({D}) 9XXXX XXXX"],
    "JP": ["0{j}0-XXXX-XXXX", "+81 {j}0-XXXX-XXXX", "+81 {j}0 XXXX XXXX", "+81-{j}0-XXXX-XXXX",
           "03-XXXX-XXXX", "06-XXXX-XXXX", "+81 3-XXXX-XXXX", "045-XXX-XXXX", "052-XXX-XXXX",
           "0120-XXX-XXX", "(03) XXXX-XXXX", "0{j}0 XXXX XXXX"],
    "AU": ["04XX XXX XXX", "+61 4XX XXX XXX", "+61 4 XXXX XXXX", "(0{a}) XXXX XXXX",
           "+61 {a} XXXX XXXX", "0{a} XXXX XXXX", "+61 (0)4XX XXX XXX", "04XX-XXX-XXX"],
    "CN": ["{C} XXXX XXXX", "{C}-XXXX-XXXX", "{C}XXXXXXXX", "+86 {C} XXXX XXXX",
           "+86-{C}-XXXX-XXXX", "+86 {C}XXXXXXXX", "010-NXXXXXXX", "021-NXXX XXXX",
           "+86 10 NXXX XXXX", "(010) NXXX XXXX", "0755-NXXXXXXX", "+86 755 NXXX XXXX"],
    "ES": ["{e}XX XXX XXX", "+34 {e}XX XXX XXX", "+34 {e}XX XX XX XX", "{e}XX XX XX XX",
           "{e}XXXXXXXX", "9{s} XXX XX XX", "+34 9{s} XXX XX XX", "+34 9{s}X XX XX XX",
           "9{s}X XX XX XX"],
    "IT": ["3{t}X XXX XXXX", "+39 3{t}X XXX XXXX", "3{t}X XXXXXXX", "+39 3{t}XXXXXXXX",
           "02 XXXX XXXX", "06 XXXX XXXX", "+39 02 XXXXXXXX", "011 XXX XXXX", "+39 06 XXXX XXXX",
           "055 XXX XXXX", "+39 3{t}X-XXX-XXXX"],
    "NL": ["06 NXXXXXXX", "06-NXXXXXXX", "+31 6 NXXXXXXX", "+31 (0)6 NXXX XXXX",
           "+31 6 NX XX XX XX", "020 NXX XXXX", "+31 20 NXX XXXX", "010-NXXXXXX",
           "+31 (0)20 NXX XXXX", "030 NXX XX XX", "06 NX XX XX XX"],
    "NG": ["0{n} XXX XXXX", "+234 {n} XXX XXXX", "+234 (0) {n} XXX XXXX", "0{n}-XXX-XXXX",
           "0{n}XXXXXXX", "+234 {n}XXXXXXX", "+234-{n}-XXX-XXXX"],
    "PL": ["+48 {p}XX XXX XXX", "{p}XX XXX XXX", "{p}XX-XXX-XXX", "+48 22 XXX XX XX",
           "22 XXX XX XX", "+48{p}XXXXXXXX"],
    "TR": ["+90 5{o}X XXX XX XX", "0 (5{o}X) XXX XX XX", "05{o}X XXX XX XX", "0212 XXX XX XX",
           "+90 (212) XXX XX XX", "0 (216) XXX XX XX", "+90 5{o}X XXX XXXX"],
    "SE": ["+46 7{w} XXX XX XX", "07{w}-XXX XX XX", "07{w} XXX XX XX", "08-XXX XXX XX",
           "+46 8 XXX XXX XX", "07{w}-XXXXXXX"],
    "RU": ["+7 (9XX) XXX-XX-XX", "8 (9XX) XXX-XX-XX", "+7 9XX XXX-XX-XX", "+7 (495) XXX-XX-XX",
           "8-9XX-XXX-XX-XX", "+7 9XX XXX XX XX", "8 (812) XXX-XX-XX"],
    "UA": ["+380 (6{v}) XXX XX XX", "+380 6{v} XXX XXXX", "06{v} XXX XX XX", "+380 44 XXX XX XX",
           "+380 9{v} XXX XX XX", "09{v} XXX XX XX", "+380 (44) XXX-XX-XX"],
    "GR": ["+30 69{r} XXX XXXX", "69{r} XXX XXXX", "210 XXX XXXX", "+30 210 XXX XXXX",
           "69{r}XXXXXXX", "+30 2310 XXX XXX"],
    "SA": ["+966 5{q} XXX XXXX", "05{q} XXX XXXX", "+966 11 XXX XXXX", "05{q}XXXXXXX",
           "+966 5{q}XXXXXXX", "011 XXX XXXX"],
    "AE": ["+971 5{x} XXX XXXX", "05{x} XXX XXXX", "+971 4 XXX XXXX", "04 XXX XXXX",
           "+971 (0)5{x} XXX XXXX", "05{x}-XXX-XXXX"],
    "EG": ["+20 1{y} XXXX XXXX", "01{y} XXXX XXXX", "01{y}XXXXXXXX", "+20 2 XXXX XXXX",
           "+20 1{y}XXXXXXXX"],
    "IL": ["+972 5{z}-XXX-XXXX", "05{z}-XXX-XXXX", "05{z}-XXXXXXX", "+972 3-XXX-XXXX",
           "03-XXX-XXXX", "+972 5{z} XXX XXXX", "05{z} XXX XXXX"],
    "KR": ["010-XXXX-XXXX", "+82 10-XXXX-XXXX", "+82 10 XXXX XXXX", "02-XXX-XXXX",
           "02-XXXX-XXXX", "031-XXX-XXXX", "010 XXXX XXXX", "010.XXXX.XXXX"],
    "TH": ["0{h}X XXX XXXX", "+66 {h}X XXX XXXX", "0{h}X-XXX-XXXX", "02 XXX XXXX",
           "+66 2 XXX XXXX", "0{h}XXXXXXXX"],
    "VN": ["0{k}XX XXX XXX", "+84 {k}XX XXX XXX", "0{k}XXXXXXXX", "028 XXXX XXXX",
           "024 XXXX XXXX", "+84 28 XXXX XXXX", "0{k}XX.XXX.XXX"],
    "ID": ["08{b}X-XXXX-XXXX", "+62 8{b}X-XXXX-XXXX", "+62 8{b}X XXXX XXXX", "08{b}XXXXXXXXX",
           "021 XXXX XXXX", "+62 21 XXXX XXXX", "(021) XXXX XXXX", "+628{b}XXXXXXXXX"],
    "CH": ["+41 7{c} XXX XX XX", "07{c} XXX XX XX", "044 XXX XX XX", "+41 44 XXX XX XX",
           "+41 (0)44 XXX XX XX", "+41 (0)7{c} XXX XX XX"],
    "AT": ["+43 {T} XXXXXXX", "0{T} XXX XX XX", "+43 1 XXX XX XX", "+43 (0)1 XXX XX XX",
           "0{T}/XXXXXXX", "+43 (0){T} XXXXXXX"],
    "BE": ["+32 4{m}X XX XX XX", "04{m}X XX XX XX", "04{m}X/XX.XX.XX", "02 XXX XX XX",
           "+32 2 XXX XX XX", "+32 (0)4{m}X XX XX XX"],
    "PT": ["+351 9{d}X XXX XXX", "9{d}X XXX XXX", "21 XXX XXXX", "+351 21 XXX XXXX",
           "+351 9{d}XXXXXXX"],
    "MX": ["+52 55 XXXX XXXX", "55 XXXX XXXX", "+52 1 55 XXXX XXXX", "+52 (81) XXXX-XXXX",
           "33 XXXX XXXX", "(55) XXXX-XXXX"],
    "AR": ["+54 9 11 XXXX-XXXX", "11 XXXX-XXXX", "011 XXXX-XXXX", "+54 11 XXXX-XXXX",
           "(011) 15-XXXX-XXXX"],
    "CO": ["+57 3{K}X XXX XXXX", "3{K}X XXX XXXX", "+57 601 XXX XXXX", "+57 3{K}XXXXXXXX"],
    "E164": ["+1{A}{E}XXXX", "+447{u}XXXXXXXX", "+49{P}NXXXXXXX", "+33{f}XXXXXXXX",
             "+91{i}XXXXXXXXX", "+55{D}9XXXXXXXX", "+81{j}0XXXXXXXX", "+614XXXXXXXX",
             "+86{C}XXXXXXXX", "+34{e}XXXXXXXX", "+393{t}XXXXXXXX", "+316NXXXXXXX",
             "+234{n}XXXXXXX", "+79XXXXXXXXX", "+9725{z}XXXXXXX", "+8210XXXXXXXX",
             "+9715{x}XXXXXXX"],
}


def phone_kw(rng):
    return {"A": rng.choice(US_AREAS), "E": str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99),
            "u": str(rng.randint(4, 9)), "l": rng.choice("378"), "P": rng.choice(DE_MOB),
            "G": rng.choice(DE_AREA), "f": rng.choice("67"), "g": rng.choice("12345"),
            "i": rng.choice("6789"), "D": rng.choice(BR_DDD), "j": rng.choice("789"),
            "a": rng.choice("2378"), "C": rng.choice(CN_MOB), "e": rng.choice("67"),
            "s": rng.choice("1356"), "t": str(rng.randint(2, 9)), "n": rng.choice(NG_PRE),
            "p": rng.choice("5678"), "o": rng.choice("0345"), "w": rng.choice("0236"),
            "v": rng.choice("3678"), "r": rng.choice("4789"), "q": rng.choice("034569"),
            "x": rng.choice("024568"), "y": rng.choice("0125"), "z": rng.choice("02348"),
            "h": rng.choice("689"), "k": rng.choice("3789"), "b": rng.choice("12579"),
            "c": rng.choice("6789"), "T": rng.choice(["664", "676", "699", "650", "660"]),
            "m": rng.choice("789"), "d": rng.choice("1236"), "K": rng.choice("012")}


def make_phone(rng, country):
    pat = rng.choice(PHONE_FORMATS[country])
    s = fill(rng, pat, phone_kw(rng))
    nd = sum(c.isdigit() for c in s)
    assert 7 <= nd <= 15, (country, s)
    return s


PHONE_LANG = {
    "en": {"US": 30, "UK": 20, "IN": 8, "AU": 10, "NG": 10, "E164": 6, "DE": 2, "FR": 2, "JP": 2,
           "CN": 2, "ES": 1, "IT": 1, "NL": 2, "BR": 2},
    "de": {"DE": 75, "CH": 8, "AT": 8, "E164": 4, "UK": 2, "US": 2},
    "fr": {"FR": 80, "BE": 6, "CH": 5, "E164": 4, "US": 2},
    "es": {"ES": 60, "MX": 14, "AR": 8, "CO": 8, "US": 5, "E164": 4},
    "pt": {"BR": 80, "PT": 12, "E164": 5},
    "it": {"IT": 85, "CH": 5, "E164": 6},
    "nl": {"NL": 80, "BE": 10, "E164": 6},
    "pl": {"PL": 85, "DE": 5, "E164": 6},
    "tr": {"TR": 85, "DE": 5, "E164": 6},
    "sv": {"SE": 85, "E164": 8},
    "ru": {"RU": 88, "E164": 8},
    "uk": {"UA": 85, "PL": 5, "E164": 6},
    "el": {"GR": 88, "E164": 8},
    "ar": {"SA": 30, "AE": 30, "EG": 25, "E164": 10},
    "he": {"IL": 88, "E164": 10},
    "hi": {"IN": 92, "E164": 6},
    "zh": {"CN": 88, "E164": 6},
    "ja": {"JP": 90, "E164": 6},
    "ko": {"KR": 90, "E164": 6},
    "th": {"TH": 90, "E164": 6},
    "vi": {"VN": 90, "E164": 6},
    "id": {"ID": 90, "E164": 6},
}
SPEC_COUNTRIES = ["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG",
                  "E164"]


# --------------------------------------------------------------------------------------
# IBAN, cards, SSN, IPs

IBAN_BBAN = {"DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "ES": "20n",
             "IT": "1a10n12c", "NL": "4a10n", "GB": "4a14n", "IE": "4a14n", "BE": "12n",
             "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n",
             "LU": "3n13c", "CZ": "20n", "GR": "7n16c", "TR": "5n1z16n", "SA": "2n18c",
             "AE": "3n16n", "BR": "8n5n10n1a1c", "IL": "19n", "UA": "6n19c", "RO": "4a16c"}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22,
            "IE": 22, "BE": 16, "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18,
            "LU": 20, "CZ": 24, "GR": 27, "TR": 26, "SA": 24, "AE": 23, "BR": 29, "IL": 23,
            "UA": 29, "RO": 24}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
IBAN_LANG = {"en": {"GB": 40, "IE": 15, "DE": 10, "NL": 10, "FR": 10, "ES": 5, "AE": 5, "SA": 5},
             "de": {"DE": 75, "AT": 12, "CH": 10, "LU": 3}, "fr": {"FR": 80, "BE": 10, "LU": 5, "CH": 5},
             "es": {"ES": 92, "PT": 4}, "pt": {"BR": 45, "PT": 55}, "it": {"IT": 92, "CH": 5},
             "nl": {"NL": 85, "BE": 15}, "pl": {"PL": 95}, "tr": {"TR": 95}, "sv": {"SE": 60, "DK": 15, "NO": 15, "FI": 10},
             "ru": {"DE": 30, "CZ": 30, "RO": 20, "GR": 20}, "uk": {"UA": 90, "PL": 10},
             "el": {"GR": 95}, "ar": {"SA": 50, "AE": 40, "TR": 5}, "he": {"IL": 95},
             "hi": {"AE": 50, "GB": 50}, "zh": {"DE": 40, "GB": 30, "FR": 30},
             "ja": {"DE": 50, "GB": 50}, "ko": {"DE": 50, "FR": 50}, "th": {"GB": 50, "DE": 50},
             "vi": {"FR": 50, "DE": 50}, "id": {"NL": 60, "DE": 40}}


def iban_bban(rng, cc):
    spec = IBAN_BBAN[cc]
    out = []
    for cnt, kind in re.findall(r"(\d+)([nacz])", spec):
        cnt = int(cnt)
        for i in range(cnt):
            if kind == "n":
                out.append(str(rng.randint(0, 9)))
            elif kind == "z":
                out.append("0")
            elif kind == "a":
                out.append(chr(rng.randint(65, 90)))
            else:
                out.append(str(rng.randint(0, 9)) if rng.random() < 0.96 else chr(rng.randint(65, 90)))
    b = "".join(out)
    if cc == "NL":
        b = rng.choice(NL_BANKS) + b[4:]
    elif cc == "GB":
        b = rng.choice(GB_BANKS) + b[4:]
    elif cc == "IE":
        b = rng.choice(IE_BANKS) + b[4:]
    return b


def iban_check(cc, bban):
    return "%02d" % (98 - mod97(bban + cc + "00"))


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_iban(rng, cc, bad=False):
    bban = iban_bban(rng, cc)
    ck = iban_check(cc, bban)
    if bad:
        while True:
            ck2 = "%02d" % rng.randint(2, 98)
            if iban_mod97(cc + ck2 + bban) != 1:
                ck = ck2
                break
    iban = cc + ck + bban
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    assert (iban_mod97(iban) == 1) != bad, iban
    return group4(iban) if rng.random() < 0.6 else iban


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_number(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        return luhn_complete("4", 16, rng), brand
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng), brand
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), "mc"
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), brand
    return luhn_complete(rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16, rng), "disc"


def card_valid_prefix(d):
    if len(d) == 16 and d[0] == "4":
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    return False


def card_format(rng, d):
    sep = rng.choice([" ", " ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
    return sep.join(d[i:i + 4] for i in range(0, 16, 4)) if sep else d


STRIPE_TEST = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
               "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
               "6011111111111117", "6011000990139424", "4000002500003155", "4000000000009995"]


def make_card(rng, test=False):
    d = rng.choice(STRIPE_TEST) if test else card_number(rng)[0]
    assert luhn_ok(d) and card_valid_prefix(d), d
    return card_format(rng, d)


def make_bad_card(rng):
    d = card_number(rng)[0]
    last = int(d[-1])
    d = d[:-1] + str((last + rng.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return card_format(rng, d)


def make_ssn(rng, bad=False):
    if not bad:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        k = rng.choice(["a0", "a666", "a9", "g", "s"])
        if k == "a0":
            a = 0
        elif k == "a666":
            a = 666
        elif k == "a9":
            a = rng.randint(900, 999)
        elif k == "g":
            g = 0
        else:
            s = 0
    sep = " " if rng.random() < 0.2 else "-"
    v = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
    assert ssn_ok(v) != bad, v
    return v


def ssn_ok(v):
    d = re.sub(r"\D", "", v)
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return not (a == 0 or a == 666 or a >= 900 or g == 0 or s == 0)


PUBLIC_FIRST = [2, 5, 8, 12, 13, 17, 18, 20, 23, 24, 31, 34, 35, 37, 38, 40, 41, 45, 46, 47, 50,
                51, 52, 54, 62, 63, 64, 66, 67, 68, 69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81,
                82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 98, 99, 101, 102,
                103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 116, 117, 118, 119,
                120, 121, 122, 123, 124, 125, 128, 129, 130, 131, 134, 136, 137, 138, 139, 141,
                142, 143, 144, 145, 146, 147, 148, 149, 151, 152, 154, 155, 157, 158, 159, 160,
                161, 162, 163, 164, 165, 166, 167, 168, 170, 171, 173, 174, 176, 177, 178, 179,
                180, 181, 182, 183, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197,
                199, 200, 201, 202, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 216, 217,
                218, 219, 220, 221, 222, 223]
WELL_KNOWN_V4 = ["8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222",
                 "149.112.112.112", "94.140.14.14"]


def v4_global(s):
    ip = ipaddress.ip_address(s)
    return ip.version == 4 and ip.is_global and not ip.is_multicast and not ip.is_reserved


def make_ipv4(rng):
    if rng.random() < 0.1:
        s = rng.choice(WELL_KNOWN_V4)
    else:
        while True:
            s = "%d.%d.%d.%d" % (rng.choice(PUBLIC_FIRST), rng.randint(0, 255),
                                 rng.randint(0, 255), rng.randint(1, 254))
            if v4_global(s):
                break
    assert v4_global(s), s
    return s


def make_ipv4_neg(rng, cat, sub=""):
    if cat == "ip_reserved" and sub:
        s = {"cgnat": "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
             "any": "0.0.0.0", "bcast": "255.255.255.255",
             "e": "240.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
             "bench": "198.%d.%d.%d" % (rng.randint(18, 19), rng.randint(0, 255), rng.randint(1, 254))}[sub]
        assert not v4_global(s), s
        return s
    if cat == "ip_private":
        s = rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                        "192.168.%d.%d" % (rng.choice([0, 1, 2, 10, 100, 178]), rng.randint(1, 254)),
                        "192.168.178.1", "192.168.0.1", "10.0.0.1"])
        assert ipaddress.ip_address(s).is_private
    elif cat == "ip_loopback":
        s = rng.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.0.0.53",
                        "127.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])
        assert ipaddress.ip_address(s).is_loopback
    elif cat == "ip_link_local":
        s = rng.choice(["169.254.169.254", "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))])
        assert ipaddress.ip_address(s).is_link_local
    elif cat == "ip_documentation":
        s = rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(1, 254)
    elif cat == "ip_reserved":
        s = rng.choice(["100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                        "0.0.0.0", "255.255.255.255", "240.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                        "198.%d.%d.%d" % (rng.randint(18, 19), rng.randint(0, 255), rng.randint(1, 254))])
    else:
        raise KeyError(cat)
    assert not v4_global(s), s
    return s


V6_PREFIX = ["2a00:1450", "2a01:4f8", "2a02:2e0", "2a03:2880", "2606:4700", "2604:a880",
             "2600:1f18", "2001:4860", "2001:470", "2a0a:e5c0", "2c0f:f248", "2804:14c",
             "240e:3b0", "2400:cb00", "2a05:d014", "2620:fe", "2a01:111", "2003:e2"]


def make_ipv6(rng):
    while True:
        groups = V6_PREFIX[rng.randrange(len(V6_PREFIX))].split(":")
        while len(groups) < rng.randint(3, 4):
            groups.append("%x" % rng.randint(1, 0xffff))
        tail = ["%x" % rng.randint(0, 0xffff) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.3:
            tail = ["%x" % rng.randint(1, 0xff)]
        zeros = 8 - len(groups) - len(tail)
        if rng.random() < 0.35:
            zeros_vals = ["%x" % rng.randint(0, 0xffff) for _ in range(zeros)]
        else:
            zeros_vals = ["0"] * zeros
        full = ":".join(groups + zeros_vals + tail)
        ip = ipaddress.ip_address(full)
        if ip.is_global:
            break
    r = rng.random()
    if r < 0.7:
        s = ip.compressed
    elif r < 0.82:
        s = ip.exploded
    elif r < 0.94:
        s = ip.compressed.upper()
    else:
        s = ":".join("%x" % int(g, 16) for g in ip.exploded.split(":"))
    assert ipaddress.ip_address(s).is_global
    return s


def make_ipv6_neg(rng):
    s = rng.choice(["::1", "fe80::1", "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)),
                    "fd00::1", "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff),
                                                     rng.randint(1, 0xffff), rng.randint(1, 0xff)),
                    "2001:db8::%x" % rng.randint(1, 0xffff),
                    "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xff)),
                    "fe80::a00:27ff:fe%02x:%x" % (rng.randint(0, 255), rng.randint(1, 0xffff))])
    assert not ipaddress.ip_address(s).is_global, s
    return s


# --------------------------------------------------------------------------------------
# structured hard negatives (language-aware formats)

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def neg_date(rng, lang):
    y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2024, 2025, 2025])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS.get(lang, MONTHS["en"]).split()[m - 1]
    if rng.random() < 0.08:
        return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59),
                                                 rng.randint(0, 59))
    if rng.random() < 0.06:
        return "%d-%02d-%02d %02d:%02d" % (y, m, d, rng.randint(7, 20), rng.choice([0, 15, 30, 45]))
    f = {
        "en": ["%(m)02d/%(d)02d/%(y)d", "%(d)02d/%(m)02d/%(y)d", "%(y)d-%(m)02d-%(d)02d", "%(d)d %(mn)s %(y)d",
               "%(mn)s %(d)d, %(y)d", "%(mn3)s %(d)d", "%(m)d/%(d)d/%(y2)02d"],
        "de": ["%(d)02d.%(m)02d.%(y)d", "%(d)d.%(m)d.%(y)d", "%(d)d. %(mn)s %(y)d", "%(y)d-%(m)02d-%(d)02d",
               "%(d)02d.%(m)02d."],
        "fr": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d", "%(d)02d/%(m)02d"],
        "es": ["%(d)02d/%(m)02d/%(y)d", "%(d)d de %(mn)s de %(y)d", "%(d)d/%(m)d/%(y)d"],
        "pt": ["%(d)02d/%(m)02d/%(y)d", "%(d)d de %(mn)s de %(y)d", "%(d)02d/%(m)02d"],
        "it": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d", "%(d)02d.%(m)02d.%(y)d"],
        "nl": ["%(d)02d-%(m)02d-%(y)d", "%(d)d %(mn)s %(y)d", "%(d)d-%(m)d-%(y)d"],
        "pl": ["%(d)02d.%(m)02d.%(y)d", "%(d)d %(mn)s %(y)d"],
        "tr": ["%(d)02d.%(m)02d.%(y)d", "%(d)d %(mn)s %(y)d", "%(d)02d/%(m)02d/%(y)d"],
        "sv": ["%(y)d-%(m)02d-%(d)02d", "%(d)d %(mn)s %(y)d"],
        "ru": ["%(d)02d.%(m)02d.%(y)d", "%(d)d %(mn)s %(y)d г.", "%(d)d %(mn)s"],
        "uk": ["%(d)02d.%(m)02d.%(y)d", "%(d)d %(mn)s %(y)d р."],
        "el": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d"],
        "ar": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d"],
        "he": ["%(d)d.%(m)d.%(y)d", "%(d)02d/%(m)02d/%(y)d"],
        "hi": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d"],
        "zh": ["%(y)d年%(m)d月%(d)d日", "%(y)d-%(m)02d-%(d)02d", "%(y)d/%(m)d/%(d)d", "%(m)d月%(d)d日"],
        "ja": ["%(y)d年%(m)d月%(d)d日", "%(y)d/%(m)02d/%(d)02d", "%(m)d月%(d)d日"],
        "ko": ["%(y)d년 %(m)d월 %(d)d일", "%(y)d.%(m)02d.%(d)02d", "%(y)d. %(m)d. %(d)d."],
        "th": ["%(d)02d/%(m)02d/%(by)d", "%(d)d/%(m)d/%(by)d"],
        "vi": ["%(d)02d/%(m)02d/%(y)d", "ngày %(d)d/%(m)d/%(y)d", "%(d)d tháng %(m)d năm %(y)d"],
        "id": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(mn)s %(y)d"],
    }[lang]
    return rng.choice(f) % dict(y=y, m=m, d=d, mn=mn, mn3=mn[:3], y2=y % 100, by=y + 543)


def neg_daterange(rng, lang):
    y1 = rng.randint(2008, 2021)
    y2 = rng.randint(y1, 2024)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    dash = rng.choice([" – ", " - ", "–", " — "])
    pres = {"en": "Present", "de": "heute", "fr": "aujourd'hui", "es": "actualidad", "pt": "o momento",
            "it": "oggi", "nl": "heden", "pl": "obecnie", "tr": "Halen", "sv": "nu", "ru": "наст. время",
            "uk": "теперішній час", "el": "σήμερα", "ar": "حتى الآن", "he": "היום", "hi": "वर्तमान",
            "zh": "至今", "ja": "現在", "ko": "현재", "th": "ปัจจุบัน", "vi": "nay", "id": "sekarang"}[lang]
    mn = MONTHS.get(lang, MONTHS["en"]).split()
    c = rng.random()
    end2 = pres if rng.random() < 0.3 else None
    if c < 0.35:
        a = "%02d/%d" % (m1, y1)
        b = end2 or "%02d/%d" % (m2, y2)
    elif c < 0.55 and lang in ("de", "pl", "ru", "uk", "tr"):
        a = "%02d.%d" % (m1, y1)
        b = end2 or "%02d.%d" % (m2, y2)
    elif c < 0.8 and lang in MONTHS:
        a = "%s %d" % (mn[m1 - 1][:3].capitalize() if lang == "en" else mn[m1 - 1], y1)
        b = end2 or "%s %d" % (mn[m2 - 1][:3].capitalize() if lang == "en" else mn[m2 - 1], y2)
    elif lang in ("zh", "ja"):
        a = "%d年%d月" % (y1, m1)
        b = end2 or "%d年%d月" % (y2, m2)
    elif lang == "ko":
        a = "%d.%02d" % (y1, m1)
        b = end2 or "%d.%02d" % (y2, m2)
    else:
        a, b = str(y1), end2 or str(y2)
    return a + dash + b


def neg_time(rng, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 0, 15, 30, 30, 45])
    f = {"en": ["%(h)02d:%(mi)02d", "%(h12)d:%(mi)02d %(ap)s", "%(h12)d%(ap)s", "%(h)02d:%(mi)02d–%(h2)02d:%(mi)02d",
                "%(h)02d:%(mi)02d CET", "%(h12)d:%(mi)02d pm ET"],
         "de": ["%(h)02d:%(mi)02d Uhr", "%(h)d.%(mi)02d Uhr", "%(h)02d:%(mi)02d–%(h2)02d:%(mi)02d"],
         "fr": ["%(h)dh%(mi)02d", "%(h)02d:%(mi)02d", "%(h)dh"],
         "zh": ["%(h)02d:%(mi)02d", "下午%(h12)d点", "%(h)d:%(mi)02d-%(h2)d:%(mi)02d"],
         "ja": ["%(h)d時%(mi)02d分", "%(h)02d:%(mi)02d〜", "%(h)d:%(mi)02d"],
         "ko": ["오후 %(h12)d시", "%(h)02d:%(mi)02d"]}.get(lang, ["%(h)02d:%(mi)02d", "%(h)02d:%(mi)02d–%(h2)02d:%(mi)02d"])
    return rng.choice(f) % dict(h=h, mi=mi, h12=(h - 1) % 12 + 1, ap=rng.choice(["am", "pm", "AM", "PM"]) if h < 12 else rng.choice(["pm", "PM"]), h2=min(h + rng.randint(1, 3), 23))


def grp(n, sep, size=3):
    s = str(n)
    parts = []
    while len(s) > size:
        parts.insert(0, s[-size:])
        s = s[:-size]
    parts.insert(0, s)
    return sep.join(parts)


def neg_price(rng, lang):
    big = rng.choice([rng.randint(1000, 9999), rng.randint(10000, 99999), rng.randint(100000, 2500000)])
    small = rng.randint(9, 999)
    cents = rng.choice([0, 0, 90, 99, 50])
    f = {
        "en": lambda: rng.choice(["$%s.%02d" % (grp(big, ","), cents), "$%d" % small, "£%s" % grp(big, ","),
                                  "US$ %s" % grp(big, ","), "$%dk" % rng.randint(80, 250), "€%d.%dM" % (rng.randint(1, 40), rng.randint(1, 9)),
                                  "USD %s" % grp(big, ","), "₦%s" % grp(big * 10, ",")]),
        "de": lambda: rng.choice(["%s,%02d €" % (grp(big, "."), cents), "%d,99 €" % small, "€ %s" % grp(big, "."),
                                  "CHF %s.–" % grp(big, "'"), "%s EUR" % grp(big, ".")]),
        "fr": lambda: rng.choice(["%s,%02d €" % (grp(big, NBSP), cents), "%d,99 €" % small, "%s €" % grp(big, " "),
                                  "%s k€" % rng.randint(40, 90)]),
        "es": lambda: rng.choice(["%s €" % grp(big, "."), "%d,95 €" % small, "$ %s MXN" % grp(big, ","),
                                  "%s,00 €" % grp(big, ".")]),
        "pt": lambda: rng.choice(["R$ %s,%02d" % (grp(big, "."), cents), "R$ %d" % small, "€ %s" % grp(big, ".")]),
        "it": lambda: rng.choice(["€ %s,%02d" % (grp(big, "."), cents), "%d,90 €" % small, "%s euro" % grp(big, ".")]),
        "nl": lambda: rng.choice(["€ %s,-" % grp(big, "."), "€ %d,95" % small, "€%s" % grp(big, ".")]),
        "pl": lambda: rng.choice(["%s,00 zł" % grp(big, " "), "%d zł" % small, "%s PLN" % grp(big, NBSP)]),
        "tr": lambda: rng.choice(["₺%s" % grp(big, "."), "%s TL" % grp(big, "."), "%d,90 TL" % small]),
        "sv": lambda: rng.choice(["%s kr" % grp(big, " "), "%d kr" % small, "%s SEK" % grp(big, NBSP)]),
        "ru": lambda: rng.choice(["%s ₽" % grp(big, " "), "%s руб." % grp(big, NBSP), "%d ₽" % small]),
        "uk": lambda: rng.choice(["%s грн" % grp(big, " "), "%d грн" % small, "₴%s" % grp(big, " ")]),
        "el": lambda: rng.choice(["%s €" % grp(big, "."), "%d,90 €" % small]),
        "ar": lambda: rng.choice(["%s ريال" % grp(big, ","), "AED %s" % grp(big, ","), "SAR %d" % small,
                                  "%s جنيه" % grp(big, ",")]),
        "he": lambda: rng.choice(["₪%s" % grp(big, ","), "%s ש״ח" % grp(big, ","), "₪%d" % small]),
        "hi": lambda: rng.choice(["₹%s" % ind_grp(big), "₹ %s" % ind_grp(big * 10), "Rs. %s" % ind_grp(big)]),
        "zh": lambda: rng.choice(["¥%s" % grp(big, ","), "%d元" % big, "%d.%d万" % (rng.randint(1, 99), rng.randint(1, 9))]),
        "ja": lambda: rng.choice(["¥%s" % grp(big, ","), "%s円" % grp(big, ","), "%d万円" % rng.randint(1, 999)]),
        "ko": lambda: rng.choice(["%s원" % grp(big * 10, ","), "₩%s" % grp(big * 100, ","), "%d만원" % rng.randint(1, 999)]),
        "th": lambda: rng.choice(["฿%s" % grp(big, ","), "%s บาท" % grp(big, ",")]),
        "vi": lambda: rng.choice(["%sđ" % grp(big * 1000, "."), "%s VND" % grp(big * 1000, ".")]),
        "id": lambda: rng.choice(["Rp %s" % grp(big * 100, "."), "Rp%s" % grp(big * 1000, "."), "Rp %d juta" % rng.randint(2, 90)]),
    }[lang]
    return f()


def ind_grp(n):
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
    return ",".join(parts + [tail])


def digits_no_card(rng, n):
    """n random digits; a 13-19 digit run must not look like a valid card."""
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not (13 <= n <= 19 and luhn_ok(d)):
            return d


def neg_order(rng, lang):
    c = rng.choice([
        lambda: "#%03d-%s-%s" % (rng.randint(100, 999), digits_no_card(rng, 7), digits_no_card(rng, 7)),
        lambda: "%s-%s-%02d" % (digits_no_card(rng, 4), digits_no_card(rng, 4), rng.randint(10, 99)),
        lambda: "#%s" % digits_no_card(rng, rng.randint(6, 9)),
        lambda: "%d%s" % (rng.randint(2023, 2025), digits_no_card(rng, rng.randint(6, 12))),
        lambda: "%s-%s" % (rng.choice(["FR", "DE", "ES", "IT", "BR", "ORD", "SO"]), digits_no_card(rng, 8)),
    ])
    return c()


def neg_ticket(rng, lang):
    c = rng.choice([
        lambda: "INC%07d" % rng.randint(1, 9999999), lambda: "RITM%07d" % rng.randint(1, 9999999),
        lambda: "#%d" % rng.randint(1000, 99999),
        lambda: "%s-%d" % (rng.choice(["PROJ", "OPS", "DATA", "PLAT", "WEB", "INFRA", "SEC"]), rng.randint(10, 9999)),
        lambda: "CS%07d" % rng.randint(1, 9999999), lambda: "%08d" % rng.randint(1000000, 99999999),
        lambda: "SR %d-%s" % (rng.randint(1, 3), digits_no_card(rng, 11)),
        lambda: "CVE-%d-%d" % (rng.randint(2019, 2025), rng.randint(1000, 49999)),
        lambda: "TK%d%02d%02d%03d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999)),
    ])
    return c()


def isbn13(rng):
    group = rng.choice(["0", "1", "3", "2", "84", "88", "85", "4", "7", "5", "90"])
    pub = str(rng.randint(10, 99999))
    title_len = 9 - len(group) - len(pub)
    if title_len < 1:
        pub = pub[:9 - len(group) - 1]
        title_len = 9 - len(group) - len(pub)
    title = "".join(str(rng.randint(0, 9)) for _ in range(title_len))
    body = "978" + group + pub + title
    assert len(body) == 12
    ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    if rng.random() < 0.6:
        return "-".join(["978", group, pub, title, str(ck)])
    return body + str(ck)


def isbn10(rng):
    body = str(rng.randint(0, 1)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    s = sum((10 - i) * int(c) for i, c in enumerate(body))
    ck = (11 - s % 11) % 11
    ckc = "X" if ck == 10 else str(ck)
    return "%s-%s-%s-%s" % (body[0], body[1:4], body[4:9], ckc)


def neg_isbn(rng, lang):
    return isbn13(rng) if rng.random() < 0.8 else isbn10(rng)


def neg_version(rng, lang):
    c = rng.choice([
        lambda: "v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20)),
        lambda: "%d.%d.%d" % (rng.randint(1, 25), rng.randint(0, 30), rng.randint(0, 20)),
        lambda: "%d.%d.%d-rc.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4)),
        lambda: "%d.%d" % (rng.randint(1, 30), rng.randint(0, 40)),
        lambda: "%d.%d.%d+%d" % (rng.randint(17, 23), rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 40)),
        lambda: "%d.%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(1000, 9999), rng.randint(1, 300)),
    ])
    return c()


def neg_ipversion(rng):
    if rng.random() < 0.65:
        return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 30), rng.randint(1, 200))
    return rng.choice(["%d.0.%d.%d" % (rng.randint(110, 128), rng.randint(5000, 6800), rng.randint(1, 200)),
                       "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(1000, 5000)),
                       "16.0.%d.%d" % (rng.randint(15000, 18000), rng.randint(20000, 20300))])


def neg_patent(rng, lang):
    c = rng.choice([
        lambda: "US %s B%d" % (grp(rng.randint(9000000, 11999999), ","), rng.randint(1, 2)),
        lambda: "US %d/%07d A1" % (rng.randint(2019, 2024), rng.randint(1, 399999)),
        lambda: "EP %s B1" % grp(rng.randint(3000000, 4299999), " "),
        lambda: "EP%dA1" % rng.randint(3000000, 4299999),
        lambda: "WO %d/%06d A1" % (rng.randint(2018, 2024), rng.randint(1, 299999)),
        lambda: "DE 10 %d %03d %03d A1" % (rng.randint(2018, 2023), rng.randint(100, 999), rng.randint(0, 999)),
        lambda: "CN %d A" % rng.randint(110000000, 117999999),
        lambda: "JP %d-%06d A" % (rng.randint(2019, 2024), rng.randint(1, 199999)),
        lambda: "US%s" % grp(rng.randint(9000000, 11999999), ","),
    ])
    return c()


def neg_count(rng, lang, sub_plus=False):
    n = rng.choice([rng.randint(1200, 9999), rng.randint(10000, 999999), rng.randint(1000000, 9999999)])
    sep = {"en": ",", "de": ".", "fr": NBSP, "es": ".", "pt": ".", "it": ".", "nl": ".", "pl": " ",
           "tr": ".", "sv": " ", "ru": " ", "uk": " ", "el": ".", "ar": ",", "he": ",", "hi": ",",
           "zh": ",", "ja": ",", "ko": ",", "th": ",", "vi": ".", "id": "."}[lang]
    s = grp(n, sep)
    if sub_plus:
        s = "+" + s
    return s


def neg_company_id(rng, lang):
    c = {
        "fr": [lambda: "SIRET %s %s %s %s" % (digits_no_card(rng, 3), digits_no_card(rng, 3), digits_no_card(rng, 3), "%05d" % rng.randint(10, 99999)),
               lambda: "SIREN %s %s %s" % (digits_no_card(rng, 3), digits_no_card(rng, 3), digits_no_card(rng, 3)),
               lambda: "TVA FR%02d%s" % (rng.randint(10, 99), digits_no_card(rng, 9))],
        "pt": [lambda: "CNPJ %02d.%03d.%03d/0001-%02d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 99))],
        "nl": [lambda: "KvK %s" % digits_no_card(rng, 8), lambda: "btw NL%s" % digits_no_card(rng, 9) + "B01"],
        "pl": [lambda: "NIP %03d-%03d-%02d-%02d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 99), rng.randint(0, 99)),
               lambda: "KRS %010d" % rng.randint(1, 999999)],
        "de": [lambda: "USt-IdNr. DE%s" % digits_no_card(rng, 9), lambda: "HRB %d" % rng.randint(1000, 299999),
               lambda: "Steuernummer %02d/%03d/%05d" % (rng.randint(10, 99), rng.randint(100, 999), rng.randint(0, 99999))],
        "es": [lambda: "CIF B%s" % digits_no_card(rng, 8)],
        "it": [lambda: "P.IVA %s" % ("0" + digits_no_card(rng, 10))],
        "en": [lambda: "EIN %02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999)),
               lambda: "ABN %02d %03d %03d %03d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999)),
               lambda: "Company No. %08d" % rng.randint(1000000, 15999999),
               lambda: "VAT GB%s" % digits_no_card(rng, 9)],
        "zh": [lambda: "统一社会信用代码 9111%s%s" % (digits_no_card(rng, 4), "".join(rng.choice("ABCDEFGHJKLMNPQRTUWXY0123456789") for _ in range(10)))],
    }.get(lang) or [lambda: "VAT EU%s" % digits_no_card(rng, 9)]
    return rng.choice(c)()


def neg_reference(rng, lang):
    c = {
        "de": [lambda: "Aktenzeichen %d O %d/%02d" % (rng.randint(1, 40), rng.randint(10, 999), rng.randint(19, 24)),
               lambda: "Rechnungsnummer RE-%d-%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)),
               lambda: "Kundennummer %03d %03d %03d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999))],
        "fr": [lambda: "réf. %d/%03d/%s" % (rng.randint(2022, 2025), rng.randint(1, 999), rng.choice(["AB", "RH", "JD"])),
               lambda: "facture n° F%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999))],
    }.get(lang) or [lambda: "Invoice INV-%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)),
                    lambda: "PO %s" % ("45" + digits_no_card(rng, 8)),
                    lambda: "ref. %s/%d" % (digits_no_card(rng, 6), rng.randint(2022, 2025))]
    return rng.choice(c)()


def isin(rng):
    cc = rng.choice(["US", "DE", "FR", "GB", "NL", "CH", "JP"])
    body = cc + "".join(rng.choice("0123456789") for _ in range(9))
    digits = "".join(str(int(c, 36)) for c in body)
    for d in "0123456789":
        if luhn_ok(digits + d):
            return body + d
    raise AssertionError


# --------------------------------------------------------------------------------------
# URLs

def rand_alnum(rng, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def scheme(rng, www_ok=True, www_p=0.35):
    r = rng.random()
    pre = "" if r < 0.4 else ("https://" if r < 0.95 else "http://")
    if www_ok and rng.random() < www_p:
        pre += "www."
    return pre


def person_slug(rng, m, sep="-"):
    g = re.sub(r"[^a-z0-9]+", "", m.rg.lower()) or "x"
    f = re.sub(r"[^a-z0-9]+", "", m.rf.lower()) or "x"
    return rng.choice([g + sep + f, g + f, g + sep + f, f + sep + g])


def profile_url(rng, m, site, prefix):
    h = m.handle
    if site == "li":
        slug = rng.choice([person_slug(rng, m), person_slug(rng, m) + "-" + rand_alnum(rng, 8, "0123456789abcdef"),
                           person_slug(rng, m) + "-" + str(rng.randint(1, 999)), h.replace("_", "-")])
        host = rng.choice(["linkedin.com", "linkedin.com", "linkedin.com", "de.linkedin.com", "br.linkedin.com",
                           "fr.linkedin.com", "in.linkedin.com", "uk.linkedin.com"])
        pre = scheme(rng, www_ok=host == "linkedin.com", www_p=0.6)
        u = pre + host + "/in/" + slug
        r = rng.random()
        if r < 0.3:
            u += "/"
        elif r < 0.38:
            u += "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=%s" % rng.choice(["ios_app", "android_app"])
        return u
    if site == "gh":
        u = scheme(rng, www_p=0.05) + "github.com/" + rng.choice([h.replace("_", "-"), h.replace("_", ""), person_slug(rng, m)])
        if rng.random() < 0.1:
            u += "?tab=repositories"
        return u
    if site == "x":
        host = rng.choice(["x.com", "x.com", "twitter.com"])
        u = scheme(rng, www_p=0.1) + host + "/" + h[:15]
        if rng.random() < 0.25:
            u += "/status/" + "1" + "".join(str(rng.randint(0, 9)) for _ in range(18))
        return u
    if site == "medium":
        u = scheme(rng, www_ok=False) + "medium.com/@" + h
        if rng.random() < 0.35:
            u += "/" + rng.choice(["why-we-moved-off-kubernetes", "lessons-from-my-first-year-as-a-manager",
                                   "a-gentle-introduction-to-vector-search", "notes-on-pricing",
                                   "what-i-learned-shipping-a-design-system"]) + "-" + rand_alnum(rng, 12, "0123456789abcdef")
        return u
    if site == "bsky":
        return scheme(rng, www_ok=False) + "bsky.app/profile/" + rng.choice([h.replace("_", "") + ".bsky.social", h.replace("_", "-") + ".bsky.social"])
    if site == "substack":
        u = scheme(rng, www_ok=False) + person_slug(rng, m, sep="") + ".substack.com"
        if rng.random() < 0.35:
            u += "/p/" + rng.choice(["the-quiet-cost-of-meetings", "hiring-in-2024", "on-writing-design-docs",
                                     "notes-from-the-field", "why-i-left-big-tech"])
        return u
    if site == "cal":
        u = scheme(rng, www_ok=False) + "calendly.com/" + person_slug(rng, m)
        if rng.random() < 0.5:
            u += "/" + rng.choice(["30min", "15min", "intro-call", "coffee-chat", "mentoring", "1-1"])
        return u
    if site == "own":
        return scheme(rng, www_ok=False) + prefix + h
    raise KeyError(site)


PROFILE_SITES = {"li": 30, "gh": 16, "x": 12, "medium": 7, "bsky": 7, "substack": 7, "cal": 8, "own": 13}

DOCS_URLS = ["docs.python.org/3/library/asyncio.html", "kubernetes.io/docs/concepts/workloads/pods/",
             "developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy",
             "learn.microsoft.com/en-us/azure/aks/", "docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html",
             "www.postgresql.org/docs/16/sql-createindex.html", "docs.github.com/en/actions",
             "react.dev/reference/react/useEffect", "doc.rust-lang.org/book/ch04-01-what-is-ownership.html",
             "docs.docker.com/compose/", "pandas.pydata.org/docs/user_guide/groupby.html",
             "cloud.google.com/bigquery/docs/partitioned-tables", "go.dev/doc/effective_go",
             "nginx.org/en/docs/http/ngx_http_proxy_module.html", "docs.djangoproject.com/en/5.0/topics/db/",
             "help.x.com/en/managing-your-account", "www.rfc-editor.org/rfc/rfc9110",
             "datatracker.ietf.org/doc/html/rfc8446", "fastapi.tiangolo.com/tutorial/",
             "scikit-learn.org/stable/modules/cross_validation.html", "askfirst.example/help/privacy",
             "help.calendly.com/hc/en-us/articles/223147027", "www.linkedin.com/learning/learning-sql-programming-8382385"]


def neg_url(rng, cat, prefix, co=None):
    co = co or rng.choice(COMPANIES)
    name, dom, slug = co
    if cat == "url_company":
        u = rng.choice([dom, dom + "/about", dom + "/en/", "linkedin.com/company/" + slug, "www.linkedin.com/company/" + slug + "/",
                        "askfirst.example/company/" + slug, "www." + dom, dom + "/products", "github.com/about",
                        dom + "/team"])
    elif cat == "url_careers":
        u = rng.choice([dom + "/careers", "careers." + dom, "jobs.lever.co/%s/%s-%s-%s" % (slug, rand_alnum(rng, 8, "0123456789abcdef"), rand_alnum(rng, 4, "0123456789abcdef"), rand_alnum(rng, 4, "0123456789abcdef")),
                        "boards.greenhouse.io/%s/jobs/%d" % (slug.replace("-", ""), rng.randint(4000000, 7999999)),
                        "www.linkedin.com/jobs/view/%d" % rng.randint(3500000000, 3999999999),
                        "askfirst.example/jobs/%d" % rng.randint(100000, 999999), "apply.workable.com/%s/j/%s" % (slug, rand_alnum(rng, 10, "0123456789ABCDEF")),
                        "github.com/about/careers", dom + "/jobs/" + rng.choice(["data-engineer", "product-designer", "senior-backend-engineer"])])
    elif cat == "url_docs":
        u = rng.choice(DOCS_URLS)
    elif cat == "url_paper":
        u = rng.choice(["arxiv.org/abs/%02d%02d.%05d" % (rng.randint(19, 24), rng.randint(1, 12), rng.randint(1, 19999)),
                        "arxiv.org/pdf/%02d%02d.%05dv%d" % (rng.randint(19, 24), rng.randint(1, 12), rng.randint(1, 19999), rng.randint(1, 3)),
                        "doi.org/10.%d/%s" % (rng.choice([1145, 1038, 1016, 1109, 18653, 48550]), rand_alnum(rng, 10, "0123456789.abcdef")),
                        "www.nature.com/articles/s41586-0%d-%05d-%d" % (rng.randint(21, 24), rng.randint(1, 99999), rng.randint(0, 9)),
                        "aclanthology.org/%d.acl-long.%d" % (rng.randint(2020, 2024), rng.randint(1, 800)),
                        "openreview.net/forum?id=%s" % rand_alnum(rng, 10),
                        "dl.acm.org/doi/10.1145/%d.%d" % (rng.randint(3500000, 3699999), rng.randint(3500000, 3699999)),
                        "papers.ssrn.com/sol3/papers.cfm?abstract_id=%d" % rng.randint(3000000, 4899999)])
    elif cat == "url_ticket":
        u = rng.choice(["www.eventbrite.com/e/%s-tickets-%d" % (rng.choice(["ai-meetup-berlin", "data-night-lisbon", "women-in-tech-breakfast", "product-camp-2024"]), rng.randint(700000000000, 899999999999)),
                        "lu.ma/%s" % rng.choice(["ai-berlin", "founders-brunch", "llm-night", "designops-paris"]),
                        "ti.to/%s/%d" % (slug, rng.randint(2023, 2025)),
                        "www.meetup.com/%s/events/%d/" % (rng.choice(["berlin-ml", "pydata-london", "react-sp", "devops-milano"]), rng.randint(290000000, 305000000)),
                        "pretix.eu/%s/%d/" % (slug.split("-")[0], rng.randint(2023, 2025)),
                        "askfirst.example/events/%s-%d" % (rng.choice(["summit", "meetup", "webinar"]), rng.randint(1000, 9999)),
                        "www.linkedin.com/events/%d/" % rng.randint(7100000000000000000, 7199999999999999999)])
    elif cat == "url_form":
        u = rng.choice(["forms.gle/%s" % rand_alnum(rng, 17), "docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % rand_alnum(rng, 40),
                        "forms.office.com/r/%s" % rand_alnum(rng, 10), "%s.typeform.com/to/%s" % (slug.split("-")[0], rand_alnum(rng, 8)),
                        "tally.so/r/%s" % rand_alnum(rng, 6)])
    else:
        raise KeyError(cat)
    if not u.startswith(("www.", "askfirst")) and rng.random() < 0.55:
        u = "https://" + u
    return u


# --------------------------------------------------------------------------------------
# e-mail addresses

def local_part(rng, m):
    g = re.sub(r"[^a-z0-9]+", "", m.rg.lower()) or "info"
    f = re.sub(r"[^a-z0-9]+", "", m.rf.lower()) or "mail"
    return rng.choice([g + "." + f, g + f, g[0] + f, g + "_" + f, f + "." + g, g + "." + f + str(rng.randint(1, 99)),
                       g + str(rng.randint(80, 99)), m.handle, g + "." + f, g + "-" + f, g[0] + "." + f])


def personal_email(rng, m):
    lp = local_part(rng, m)
    if rng.random() < 0.05:
        lp += "+" + rng.choice(["jobs", "linkedin", "news", "work"])
    dom = rng.choice(EMAIL_DOMAINS.get(m.culture, EMAIL_DOMAINS["en"]))
    e = lp + "@" + dom
    if rng.random() < 0.04:
        e = e[0].upper() + e[1:]
    return e


def work_email(rng, m, co=None):
    co = co or rng.choice(COMPANIES)
    g = re.sub(r"[^a-z0-9]+", "", m.rg.lower()) or "info"
    f = re.sub(r"[^a-z0-9]+", "", m.rf.lower()) or "team"
    lp = rng.choice([g + "." + f, g[0] + f, g, g + "." + f, f])
    dom = co[1]
    if rng.random() < 0.15:
        dom = rng.choice(["mail.", "corp.", "eu."]) + dom
    return lp + "@" + dom


def role_email(rng, lang, co=None):
    co = co or rng.choice(COMPANIES)
    return rng.choice(ROLE_LOCALS.get(lang, ROLE_LOCALS["en"])) + "@" + co[1]


def obfuscate(rng, email):
    lp, dom = email.split("@")
    parts = dom.split(".")
    at = rng.choice([" [at] ", "(at)", " (at) ", "[at]", " [AT] ", " at "]) if True else None
    if at == " at ":
        at = " [at] "
    if rng.random() < 0.5:
        dot = rng.choice([" [dot] ", "(dot)", " (dot) ", "[dot]"])
        d = dot.join(parts)
    else:
        d = dom
    return lp + at + d


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


# --------------------------------------------------------------------------------------
# fillers (plain text, never labelled)

FILL = {
    "en": dict(ROLE=["Data Engineer", "Product Manager", "Senior Software Engineer", "UX Researcher",
                     "Engineering Manager", "Head of Growth", "Staff ML Engineer", "Recruiter", "DevOps Engineer",
                     "Solutions Architect", "Financial Analyst", "Marketing Lead", "Supply Chain Analyst",
                     "Clinical Data Manager"],
               CITY=["London", "Toronto", "Seattle", "Chicago", "Dublin", "Manchester", "Melbourne", "Lagos",
                     "Bengaluru", "Singapore", "Boston", "Nairobi", "Edinburgh", "Vancouver"],
               TOPIC=["data platforms", "LLM evaluation", "payments", "supply chain analytics", "design systems",
                      "observability", "privacy engineering", "B2B sales", "climate tech", "mobile performance",
                      "developer experience", "fraud detection"],
               EVENT=["PyData", "KubeCon", "Web Summit", "DevOpsDays", "SaaStr", "Data Council", "FOSDEM",
                      "React Summit", "NeurIPS", "Collision"],
               TEAM=["platform", "data", "design", "growth", "security", "mobile"]),
    "de": dict(ROLE=["Data Engineer", "Produktmanagerin", "Softwareentwickler", "Teamleiterin Vertrieb",
                     "UX-Designerin", "Projektleiter", "Werkstudentin Marketing", "Steuerfachangestellte",
                     "IT-Administrator", "Head of Engineering"],
               CITY=["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Stuttgart", "Wien", "Zürich", "Bremen"],
               TOPIC=["Datenplattformen", "Cloud-Migration", "Barrierefreiheit", "E-Commerce", "Logistik",
                      "KI im Mittelstand", "Datenschutz"],
               EVENT=["re:publica", "WeAreDevelopers", "OMR", "GOTO Berlin", "Hannover Messe", "CCC-Kongress"]),
    "fr": dict(ROLE=["ingénieur data", "cheffe de projet", "développeur full-stack", "Product Owner",
                     "responsable RH", "designer UX", "consultante SAP", "directeur commercial"],
               CITY=["Paris", "Lyon", "Nantes", "Toulouse", "Lille", "Bordeaux", "Bruxelles", "Montréal", "Rennes"],
               TOPIC=["la donnée", "l'IA générative", "la cybersécurité", "la gestion de produit", "l'accessibilité",
                      "la logistique"],
               EVENT=["VivaTech", "Devoxx France", "BIG", "Web2day", "Paris Retail Week"]),
    "es": dict(ROLE=["ingeniera de datos", "desarrollador backend", "Product Manager", "diseñadora UX",
                     "responsable de RR. HH.", "analista financiero", "jefa de proyecto"],
               CITY=["Madrid", "Barcelona", "Sevilla", "Bilbao", "Málaga", "Ciudad de México", "Bogotá",
                     "Buenos Aires", "Lima"],
               TOPIC=["datos", "ciberseguridad", "IA generativa", "fintech", "logística", "producto"],
               EVENT=["South Summit", "Codemotion Madrid", "DES", "Mobile World Congress"]),
    "pt": dict(ROLE=["engenheira de dados", "desenvolvedor backend", "gerente de produto", "analista de RH",
                     "designer UX", "cientista de dados", "coordenadora de marketing"],
               CITY=["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Porto Alegre", "Recife", "Lisboa", "Porto",
                     "Curitiba"],
               TOPIC=["dados", "IA", "pagamentos", "agro", "produto", "segurança da informação"],
               EVENT=["Web Summit Rio", "TDC", "RD Summit", "Campus Party"]),
    "it": dict(ROLE=["data engineer", "sviluppatrice backend", "product manager", "responsabile HR",
                     "UX designer", "commercialista", "project manager"],
               CITY=["Milano", "Roma", "Torino", "Bologna", "Napoli", "Bari", "Padova"],
               TOPIC=["dati", "cybersecurity", "intelligenza artificiale", "design", "logistica"],
               EVENT=["Codemotion", "WMF", "SMAU", "Salone del Mobile"]),
    "nl": dict(ROLE=["data engineer", "productmanager", "backend developer", "recruiter", "UX designer",
                     "verpleegkundige", "accountmanager"],
               CITY=["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag", "Groningen", "Gent"],
               TOPIC=["data", "duurzaamheid", "AI", "logistiek", "zorg-IT"],
               EVENT=["TNW Conference", "Dutch Design Week", "Emerce eDay"]),
    "pl": dict(ROLE=["Data Engineer", "Backend Developer", "Product Manager", "specjalistka HR", "analityk"],
               CITY=["w Warszawie", "w Krakowie", "we Wrocławiu", "w Gdańsku", "w Poznaniu", "w Łodzi"],
               TOPIC=["dane", "chmura", "AI", "cyberbezpieczeństwo", "e-commerce"],
               EVENT=["Infoshare", "4Developers", "Impact'24", "Devoxx Poland"]),
    "tr": dict(ROLE=["Veri Mühendisi", "Yazılım Geliştirici", "Ürün Yöneticisi", "İK Uzmanı", "Satış Müdürü"],
               CITY=["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
               TOPIC=["veri", "yapay zekâ", "e-ticaret", "siber güvenlik", "oyun"],
               EVENT=["DevFest İstanbul", "Webrazzi Summit", "GİTEX"]),
    "sv": dict(ROLE=["dataingenjör", "utvecklare", "produktchef", "rekryterare", "UX-designer"],
               CITY=["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå"],
               TOPIC=["data", "hållbarhet", "AI", "fintech"],
               EVENT=["Sthlm Tech Fest", "Øredev", "Almedalen"]),
    "ru": dict(ROLE=["дата-инженер", "бэкенд-разработчик", "продакт-менеджер", "HR-менеджер", "аналитик данных"],
               CITY=["в Москве", "в Санкт-Петербурге", "в Казани", "в Новосибирске", "в Екатеринбурге"],
               TOPIC=["данные", "ML", "финтех", "инфраструктура", "DevOps"],
               EVENT=["HighLoad++", "Heisenbug", "DUMP", "TeamLead Conf"]),
    "uk": dict(ROLE=["розробник", "дата-інженерка", "продакт-менеджер", "рекрутерка", "QA-інженер"],
               CITY=["у Києві", "у Львові", "в Одесі", "у Харкові", "у Дніпрі"],
               TOPIC=["дані", "кібербезпека", "AI", "мобільна розробка"],
               EVENT=["Lviv IT Arena", "DOU Day", "IT Weekend"]),
    "el": dict(ROLE=["μηχανικός λογισμικού", "αναλύτρια δεδομένων", "product manager", "υπεύθυνη HR"],
               CITY=["στη Θεσσαλονίκη", "στο Ηράκλειο", "στην Πάτρα", "στα Ιωάννινα"],
               TOPIC=["δεδομένα", "τεχνητή νοημοσύνη", "τουρισμό", "ναυτιλία"],
               EVENT=["DevFest", "TEDx", "Greek Startup Summit"]),
    "ar": dict(ROLE=["مهندس بيانات", "مطور برمجيات", "مدير منتج", "أخصائي موارد بشرية", "محلل مالي"],
               CITY=["في الرياض", "في دبي", "في القاهرة", "في الدوحة", "في جدة"],
               TOPIC=["البيانات", "الذكاء الاصطناعي", "التقنية المالية", "الأمن السيبراني"],
               EVENT=["LEAP", "GITEX", "Step Conference", "RiseUp"]),
    "he": dict(ROLE=["מהנדס/ת נתונים", "מפתח/ת Backend", "מנהל/ת מוצר", "מגייס/ת", "אנליסט/ית"],
               CITY=["בחיפה", "בירושלים", "בבאר שבע", "בהרצליה", "ברמת גן"],
               TOPIC=["דאטה", "סייבר", "AI", "פינטק"],
               EVENT=["Cyber Week", "Reversim", "DevGeekWeek"]),
    "hi": dict(ROLE=["डेटा इंजीनियर", "सॉफ़्टवेयर डेवलपर", "प्रोडक्ट मैनेजर", "HR मैनेजर"],
               CITY=["बेंगलुरु", "दिल्ली", "मुंबई", "पुणे", "हैदराबाद"],
               TOPIC=["डेटा", "AI", "फिनटेक", "साइबर सुरक्षा"],
               EVENT=["PyCon India", "Nasscom Summit", "TiE Delhi"]),
    "zh": dict(ROLE=["数据工程师", "后端开发", "产品经理", "HRBP", "算法工程师"],
               CITY=["北京", "上海", "深圳", "杭州", "广州", "成都"],
               TOPIC=["大模型", "数据平台", "跨境电商", "云原生", "新能源"],
               EVENT=["QCon", "WAIC", "云栖大会", "ArchSummit"]),
    "ja": dict(ROLE=["データエンジニア", "バックエンドエンジニア", "プロダクトマネージャー", "人事担当", "デザイナー"],
               CITY=["東京", "大阪", "福岡", "名古屋", "札幌"],
               TOPIC=["生成AI", "データ基盤", "SRE", "決済", "アクセシビリティ"],
               EVENT=["PyCon JP", "Developers Summit", "AWS Summit Japan", "DroidKaigi"]),
    "ko": dict(ROLE=["데이터 엔지니어", "백엔드 개발자", "프로덕트 매니저", "인사 담당자"],
               CITY=["서울", "부산", "판교", "대전"],
               TOPIC=["생성형 AI", "데이터 플랫폼", "핀테크", "클라우드"],
               EVENT=["if(kakao)", "DEVIEW", "AWS Summit Seoul"]),
    "th": dict(ROLE=["วิศวกรข้อมูล", "นักพัฒนาซอฟต์แวร์", "ผู้จัดการผลิตภัณฑ์", "เจ้าหน้าที่ฝ่ายบุคคล"],
               CITY=["กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต"],
               TOPIC=["ข้อมูล", "AI", "ฟินเทค", "อีคอมเมิร์ซ"],
               EVENT=["Techsauce", "DevFest Bangkok"]),
    "vi": dict(ROLE=["kỹ sư dữ liệu", "lập trình viên backend", "quản lý sản phẩm", "chuyên viên nhân sự"],
               CITY=["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ"],
               TOPIC=["dữ liệu", "AI", "fintech", "thương mại điện tử"],
               EVENT=["Vietnam Web Summit", "TechFest", "DevDay Đà Nẵng"]),
    "id": dict(ROLE=["data engineer", "backend developer", "product manager", "HR officer"],
               CITY=["Jakarta", "Bandung", "Surabaya", "Yogyakarta", "Medan"],
               TOPIC=["data", "AI", "e-commerce", "fintech"],
               EVENT=["Tech in Asia", "DevFest Jakarta", "Indonesia Fintech Summit"]),
}
FILL["inl"] = dict(FILL["en"], CITY=["Bengaluru", "Gurugram", "Pune", "Hyderabad", "Noida", "Chennai"])

AT_LISTS = {
    "slack": ["@everyone", "@here", "@channel"],
    "java": ["@Override", "@Deprecated", "@SpringBootApplication", "@Transactional", "@Autowired"],
    "npm": ["@types/node", "@angular/core", "@vue/cli", "@nestjs/common", "@babel/core", "lodash@4.17.21",
            "react@18.3.1", "typescript@5.4.5", "next@14.2.3"],
    "gha": ["actions/checkout@v4", "actions/setup-node@v4", "actions/cache@v3", "actions/setup-python@v5"],
    "img": ["logo@2x.png", "icon@3x.png", "hero@2x.jpg", "avatar@2x.webp"],
    "py": ["@dataclass", "@property", "@staticmethod", "@pytest.fixture", "@app.route", "@lru_cache"],
    "css": ["@media", "@import", "@keyframes", "@font-face", "@container"],
    "brew": ["python@3.12", "node@20", "postgresql@16", "openssl@3"],
}
EMAIL_LIKE = {"git": ["git@github.com", "git@gitlab.com", "git@bitbucket.org"],
              "local": ["user@localhost", "root@localhost", "postgres@localhost", "admin@localhost"]}

LANG_CULT = {
    "en": {"en": 40, "ng": 8, "in": 12, "cnl": 4, "kol": 2, "jal": 2, "de": 4, "fr": 3, "es": 5, "pt": 3,
           "it": 3, "nl": 2, "pl": 2, "tr": 2, "sv": 2, "mg": 2, "zh": 0.7, "vi": 0.7, "el": 0.5},
    "de": {"de": 62, "en": 8, "tr": 8, "pl": 5, "ru": 3, "it": 4, "fr": 3, "mg": 2, "in": 3, "nl": 2},
    "fr": {"fr": 65, "mg": 12, "en": 6, "es": 4, "it": 3, "pt": 3, "de": 3, "vi": 2, "ng": 2},
    "es": {"es": 78, "en": 6, "pt": 5, "it": 3, "fr": 3, "de": 2, "mg": 2},
    "pt": {"pt": 82, "es": 5, "en": 5, "it": 4, "de": 2, "jal": 1},
    "it": {"it": 80, "en": 6, "es": 4, "fr": 4, "de": 4, "mg": 2},
    "nl": {"nl": 66, "en": 8, "de": 6, "tr": 6, "mg": 6, "in": 3},
    "pl": {"pl": 85, "en": 5, "de": 4, "uk": 4},
    "tr": {"tr": 92, "en": 4, "de": 3},
    "sv": {"sv": 76, "en": 8, "de": 4, "mg": 3, "in": 3, "pl": 3},
    "ru": {"ru": 86, "uk": 10, "en": 3},
    "uk": {"uk": 86, "ru": 4, "pl": 5, "en": 3},
    "el": {"el": 92, "en": 6},
    "ar": {"ar": 90, "mg": 4, "en": 4},
    "he": {"he": 90, "en": 6, "ru": 4},
    "hi": {"hi": 100},
    "inl": {"in": 100},
    "zh": {"zh": 100}, "ja": {"ja": 100}, "ko": {"ko": 100},
    "th": {"th": 95, "en": 3}, "vi": {"vi": 94, "en": 4}, "id": {"id": 94, "en": 4},
}

NEG_CAT = {"date": "date", "daterange": "date", "time": "time", "price": "price", "order": "order_number",
           "ticket": "ticket_number", "isbn": "isbn", "version": "version", "ipversion": "ip_version",
           "patent": "patent", "count": "count", "company_id": "company_id", "reference": "reference",
           "isin": "isin", "ip_private": "ip_private", "ip_loopback": "ip_loopback",
           "ip_link_local": "ip_link_local", "ip_documentation": "ip_documentation", "ip_reserved": "ip_reserved",
           "ipv6": "ipv6_nonglobal", "card": "card_luhn_invalid", "iban": "iban_bad_check", "ssn": "ssn_invalid",
           "url_company": "url_company", "url_careers": "url_careers", "url_docs": "url_docs",
           "url_paper": "url_paper", "url_ticket": "url_ticket", "url_form": "url_form",
           "email_like": "email_like"}
NAME_NEG = {"org_name", "place_name", "eponym", "name_word"}


# --------------------------------------------------------------------------------------
# record building

def tr_suffix(name, case):
    vowels = "aıoueiöüâîû"
    last = None
    for ch in reversed(name.lower()):
        if ch in vowels:
            last = ch
            break
    ends_vowel = name[-1].lower() in vowels
    back = last in "aıouâû" if last else True
    if case == "dat":
        v = "a" if back else "e"
        return ("'y" + v) if ends_vowel else ("'" + v)
    # genitive
    v = {"a": "ı", "ı": "ı", "â": "ı", "o": "u", "u": "u", "û": "u", "e": "i", "i": "i", "î": "i",
         "ö": "ü", "ü": "ü"}.get(last, "ı")
    return ("'n" + v + "n") if ends_vowel else ("'" + v + "n")


class Ctx:
    def __init__(self, gen, rng, lang, cult):
        self.g, self.rng, self.lang, self.cult = gen, rng, lang, cult
        self.persons = {}
        self.cache = {}
        self.need_greet = set()
        self.kind = "post"
        self.flang = lang

    def person(self, key):
        if key not in self.persons:
            used = {id(m) for m in self.persons.values()}
            for _ in range(200):
                c = wchoice(self.rng, self.cult)
                pool = self.g.by_cult_greet.get(c) if key in self.need_greet else self.g.by_cult.get(c)
                if not pool:
                    continue
                m = pool[self.rng.randrange(len(pool))]
                if id(m) not in used:
                    break
            else:
                raise RuntimeError("no member for %s/%s" % (self.lang, key))
            self.persons[key] = m
        return self.persons[key]


class Gen:
    def __init__(self, members, prefix, cultures):
        self.members = members
        self.prefix = prefix
        self.by_cult, self.by_cult_greet = {}, {}
        for m in members:
            self.by_cult.setdefault(m.culture, []).append(m)
            if m.greet:
                self.by_cult_greet.setdefault(m.culture, []).append(m)
        # validation indexes
        self.full = {}
        self.cjk_full = set()
        self.thai_full = set()
        self.handles = {}
        self.firsts = set()
        self.lasts = set()
        for m in members:
            if m.culture in SPACELESS:
                self.cjk_full.add(norm(m.name))
            else:
                toks = tuple(t[2] for t in tokens(m.name))
                self.full.setdefault(toks, m)
                if m.culture == "th":
                    self.thai_full.add(m.name)
            self.handles[m.handle.lower()] = m
            self.firsts.add(norm(m.given))
            for t in tokens(m.family):
                self.lasts.add(t[2])
        self.maxn = max(len(k) for k in self.full)

    # ---- person renderings
    def full_variant(self, ctx, m):
        rng = ctx.rng
        name = m.name
        latin = m.culture not in ("ru", "uk", "el", "ar", "he", "hi", "zh", "ja", "ko", "th")
        pl, pd = (0.05, 0.08) if ctx.kind == "comment" else (0.015, 0.04)
        if latin and ascii_fold(name) == strip_marks(name) and not any(c in name for c in "İı"):
            r = rng.random()
            if r < pl:
                return name.lower()
            if r < pl + pd and strip_marks(name) != name:
                return strip_marks(name)
        if m.culture == "ru" and "ё" in name and rng.random() < 0.3:
            return name.replace("ё", "е")
        if m.culture == "el" and rng.random() < 0.05:
            return strip_marks(name)
        return name

    def first_variant(self, ctx, m):
        f = m.given
        if ctx.kind == "comment" and m.culture not in ("ru", "uk", "el", "ar", "he", "hi", "th") \
                and ascii_fold(f) == strip_marks(f) and ctx.rng.random() < 0.04:
            return f.lower()
        return f

    def person_slot(self, ctx, key, attr):
        rng = ctx.rng
        m = ctx.person(key)
        P = lambda t: [(t, ("S", "PERSON"))]  # noqa: E731
        if attr == "":
            return P(self.full_variant(ctx, m))
        if attr == "first":
            return P(self.first_variant(ctx, m))
        if attr in ("poss", "fposs"):
            t = self.full_variant(ctx, m) if attr == "poss" else m.given
            if t.endswith("s") and rng.random() < 0.5:
                suf = rng.choice(["'", "’"])
            else:
                suf = rng.choice(["'s", "'s", "’s"])
            return P(t) + [(suf, None)]
        if attr == "at":
            return [("@", None)] + P(m.name)
        if attr == "handle":
            h = m.handle
            if rng.random() < 0.05:
                h = "_".join(p.capitalize() for p in h.split("_"))
            return [("@" + h, ("S", "HANDLE"))]
        # one address / one link per person and record, as a real author would write
        def cached(k, fn):
            if (key, k) not in ctx.cache:
                ctx.cache[(key, k)] = fn()
            return ctx.cache[(key, k)]
        pmail = lambda: cached("email", lambda: personal_email(rng, m))  # noqa: E731
        if attr == "email":
            e = pmail()
            if ctx.kind in ("comment", "about") and rng.random() < 0.08:
                e = obfuscate(rng, e)
            return [(e, ("S", "EMAIL"))]
        if attr == "wemail":
            return [(cached("wemail", lambda: work_email(rng, m)), ("S", "EMAIL"))]
        if attr == "obf":
            return [(obfuscate(rng, pmail()), ("S", "EMAIL"))]
        if attr == "mailto":
            return [("mailto:", ("N", "mailto")), (pmail(), ("S", "EMAIL"))]
        if attr == "angle":
            return P(self.full_variant(ctx, m)) + [(" <", None), (pmail(), ("S", "EMAIL")), (">", None)]
        if attr == "url":
            return [(profile_url(rng, m, wchoice(rng, PROFILE_SITES), self.prefix), ("S", "URL"))]
        if attr in PROFILE_SITES:
            return [(cached(attr, lambda: profile_url(rng, m, attr, self.prefix)), ("S", "URL"))]
        if attr in ("tr_dat", "tr_gen"):
            t = self.full_variant(ctx, m)
            return P(t) + [(tr_suffix(m.name, attr[3:]), None)]
        if attr == "fr_de":
            t = self.full_variant(ctx, m)
            if strip_marks(t[0]).lower() in "aeiouyh":
                return [(rng.choice(["d'", "d’"]), None)] + P(t)
            return [("de ", None)] + P(t)
        if attr == "tr_hon":
            return P(self.first_variant(ctx, m)) + [(" Hanım" if m.gender == "f" else " Bey", None)]
        if attr == "dear":
            fem = m.gender == "f"
            w = {"de": ("Liebe ", "Lieber "), "fr": ("Chère ", "Cher "), "it": ("Cara ", "Caro "),
                 "es": ("Querida ", "Querido "), "pt": ("Querida ", "Querido ")}.get(ctx.lang, ("Dear ", "Dear "))
            return [(w[0] if fem else w[1], None)] + P(self.first_variant(ctx, m))
        if attr == "dr":
            return [(rng.choice(["Dr. ", "Prof. ", "Prof. Dr. ", "Dr "]), None)] + P(self.full_variant(ctx, m))
        raise KeyError(attr)

    # ---- slots
    def slot(self, ctx, name):
        rng, lang = ctx.rng, ctx.lang
        key, _, attr = name.partition(".")
        if key in ("ME", "P1", "P2", "P3"):
            return self.person_slot(ctx, key, attr)
        fill_lang = ctx.flang
        if key in ("ROLE", "CITY", "TOPIC", "EVENT", "TEAM"):
            f = FILL.get(fill_lang, FILL["en"])
            return [(rng.choice(f.get(key) or FILL["en"][key]), None)]
        if key in ("CO", "CO2"):
            if key not in ctx.persons:
                ctx.persons[key] = rng.choice(COMPANIES)
                while key == "CO2" and ctx.persons.get("CO") is ctx.persons[key]:
                    ctx.persons[key] = rng.choice(COMPANIES)
            co = ctx.persons[key]
            if attr == "nospace":
                return [(co[0].split()[0], None)]
            if attr == "slug":
                return [(co[2], None)]
            return [(co[0], None)]
        if key == "NUM":
            return [(str(rng.randint(2, 15)), None)]
        if key == "EMAIL":
            r = rng.random()
            tmp = self.random_member(ctx)
            if r < 0.05:
                e = obfuscate(rng, personal_email(rng, tmp))
            elif r < 0.55:
                e = personal_email(rng, tmp)
            elif r < 0.8:
                e = work_email(rng, tmp)
            else:
                e = role_email(rng, lang if lang in ROLE_LOCALS else "en")
            return [(e, ("S", "EMAIL"))]
        if key == "ROLE_EMAIL":
            e = role_email(rng, lang if lang in ROLE_LOCALS else "en", ctx.persons.get("CO"))
            if attr == "mailto":
                return [("mailto:", ("N", "mailto")), (e, ("S", "EMAIL"))]
            if attr == "obf":
                return [(obfuscate(rng, e), ("S", "EMAIL"))]
            return [(e, ("S", "EMAIL"))]
        if key == "OBF_EMAIL":
            return [(obfuscate(rng, personal_email(rng, self.random_member(ctx))), ("S", "EMAIL"))]
        if key == "PHONE":
            if attr == "SPEC":
                c = rng.choice(SPEC_COUNTRIES)
            elif attr:
                c = attr
            else:
                c = wchoice(rng, PHONE_LANG.get(lang, PHONE_LANG["en"]))
            return [(make_phone(rng, c), ("S", "PHONE"))]
        if key == "TEL":
            return [("tel:", None), (make_phone(rng, "E164"), ("S", "PHONE"))]
        if key == "IPV4":
            ip = make_ipv4(rng)
            if attr == "port":
                return [(ip, ("S", "IPV4")), (":" + str(rng.choice([22, 80, 443, 8080, 8443, 3000, 5432, 6443])), None)]
            if attr == "cidr":
                parts = ip.split(".")
                pre = rng.choice([24, 24, 28, 32, 22])
                if pre <= 24:
                    parts[3] = "0"
                ip2 = ".".join(parts)
                if not v4_global(ip2):
                    ip2 = ip
                return [(ip2, ("S", "IPV4")), ("/" + str(pre), None)]
            return [(ip, ("S", "IPV4"))]
        if key == "IPV6":
            ip = make_ipv6(rng)
            if attr == "port":
                return [("[", None), (ip, ("S", "IPV6")), ("]:" + str(rng.choice([443, 8080, 22, 853])), None)]
            return [(ip, ("S", "IPV6"))]
        if key == "CARD":
            return [(make_card(rng, test=(attr == "test")), ("S", "CREDIT_CARD"))]
        if key == "IBAN":
            cc = attr or wchoice(rng, IBAN_LANG.get(lang, IBAN_LANG["en"]))
            return [(make_iban(rng, cc), ("S", "IBAN"))]
        if key == "SSN":
            return [(make_ssn(rng), ("S", "US_SSN"))]
        if key == "URL":
            m = self.random_member(ctx)
            site = attr or wchoice(rng, PROFILE_SITES)
            return [(profile_url(rng, m, site, self.prefix), ("S", "URL"))]
        if key == "N":
            return self.neg_slot(ctx, attr)
        raise KeyError(name)

    def random_member(self, ctx):
        c = wchoice(ctx.rng, ctx.cult)
        pool = self.by_cult.get(c) or self.members
        return pool[ctx.rng.randrange(len(pool))]

    def neg_slot(self, ctx, attr):
        rng, lang = ctx.rng, ctx.lang
        base, _, sub = attr.partition(":")
        L = lang if lang != "inl" else "en"
        if base == "at":
            return [(rng.choice(AT_LISTS[sub or rng.choice(list(AT_LISTS))]), ("N", "at_not_handle"))]
        cat = NEG_CAT[base]
        if base in ("date", "daterange", "time", "price", "order", "ticket", "isbn", "version", "patent",
                    "count", "company_id", "reference"):
            fn = {"date": neg_date, "daterange": neg_daterange, "time": neg_time, "price": neg_price,
                  "order": neg_order, "ticket": neg_ticket, "isbn": neg_isbn, "version": neg_version,
                  "patent": neg_patent, "count": neg_count, "company_id": neg_company_id,
                  "reference": neg_reference}[base]
            if base == "count":
                return [(neg_count(rng, L, sub == "plus"), ("N", cat))]
            return [(fn(rng, sub or L), ("N", cat))]
        if base == "isin":
            return [(isin(rng), ("N", cat))]
        if base == "ipversion":
            return [(neg_ipversion(rng), ("N", cat))]
        if base.startswith("ip_"):
            return [(make_ipv4_neg(rng, base, sub), ("N", cat))]
        if base == "ipv6":
            return [(make_ipv6_neg(rng), ("N", cat))]
        if base == "card":
            return [(make_bad_card(rng), ("N", cat))]
        if base == "iban":
            cc = sub or wchoice(rng, IBAN_LANG.get(lang, IBAN_LANG["en"]))
            return [(make_iban(rng, cc, bad=True), ("N", cat))]
        if base == "ssn":
            return [(make_ssn(rng, bad=True), ("N", cat))]
        if base.startswith("url_"):
            return [(neg_url(rng, base, self.prefix, ctx.persons.get("CO")), ("N", cat))]
        if base == "email_like":
            return [(rng.choice(EMAIL_LIKE[sub or "git"]), ("N", cat))]
        raise KeyError(attr)

    # ---- templates
    SLOT_RE = re.compile(r"\{([A-Za-z0-9_.:]+)\}|\[\[([a-z_0-9]+)\|(.+?)\]\]")

    def render(self, ctx, tpl):
        segs = []
        pos = 0
        for mt in self.SLOT_RE.finditer(tpl):
            if mt.start() > pos:
                segs.append((tpl[pos:mt.start()], None))
            if mt.group(1):
                segs.extend(self.slot(ctx, mt.group(1)))
            else:
                inner = self.render(ctx, mt.group(3))
                segs.append(("".join(t for t, _ in inner), ("N", mt.group(2))))
            pos = mt.end()
        if pos < len(tpl):
            segs.append((tpl[pos:], None))
        return segs


def assemble(segs):
    text = []
    spans, negs = [], []
    pos = 0
    for t, lab in segs:
        if lab and lab[0] == "S":
            spans.append({"start": pos, "end": pos + len(t), "type": lab[1]})
        elif lab and lab[0] == "N":
            negs.append({"start": pos, "end": pos + len(t), "category": lab[1]})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


# --------------------------------------------------------------------------------------
# templates: (kind, text[, opts]); opts: w (weight), cult (culture weights), fl (filler language)

T_EN = [
    # people, greetings, mentions
    ("post", "Thrilled to welcome {P1} to the {TEAM} team at {CO}! {P1.fposs} experience in {TOPIC} is exactly what we needed. 🎉"),
    ("post", "After {NUM} years at {CO}, I'm starting a new chapter as {ROLE} at {CO2}. Huge thanks to {P1} and {P2} for everything along the way."),
    ("post", "Huge congratulations to {P1.poss} team for shipping {TOPIC} support this week. Months of work, zero drama."),
    ("post", "I asked {P1.at} how they scaled the on-call rotation and got a 40-minute masterclass. Thank you!"),
    ("post", "Happy to share that I've been promoted to {ROLE} at {CO}! Couldn't have done it without {P1}, who took a chance on me back in 2019."),
    ("post", "Last week {P1} and I ran a workshop on {TOPIC} for {NUM} startups. {P1.fposs} slides are the best I've seen on the topic."),
    ("post", "Three people who shaped how I think about {TOPIC}: {P1}, {P2} and {P3}. Follow them."),
    ("post", "Loved {P1.poss} keynote at {EVENT}. The part about {TOPIC} will stay with me."),
    ("post", "{P1.poss} new book on {TOPIC} is out today. I read the draft, it's excellent."),
    ("comment", "Totally agree with {P1.poss} point about hiring. {P1.fposs} thread from last year said the same."),
    ("post", "Huge thanks to {P1.at} for reviewing the proposal and to {P2.at} for the numbers."),
    ("comment", "Looping in {P1.at} — you asked about this last week."),
    ("post", "Congratulations to {P1.dr} on the new role as Chief Medical Officer at {CO}!"),
    ("post", "PSA: someone is impersonating {P1} and messaging people from {PHONE}. The real profile is {P1.li} — please report the fake one."),
    ("post", "Shoutout to {P1.handle} and {P2.handle} for the code review marathon this week 🙌"),
    ("post", "Great thread by {P1.handle} on {TOPIC}. Worth a read before your next planning cycle."),
    ("post", "RT {P1.handle}: we're hiring {ROLE}s in {CITY}. Remote-friendly, visa support."),
    ("comment", "cc {P1.handle} — this is the bug we hit last week."),
    ("comment", "{P1.handle} {P2.handle} you two should talk."),
    ("comment", "Tagging {P1.handle}, who built half of this."),
    ("comment", "Great write-up {P1.at}, bookmarked."),
    ("comment", "Adding {P1.at} and {P2.at}, who know far more about {TOPIC} than I do."),
    ("comment", "Congrats {P1.first}! Well deserved 🎉"),
    ("comment", "Thanks for sharing, {P1.first}!"),
    ("comment", "Thank you {P1.first}, this is super helpful."),
    ("comment", "Hi {P1.first}, could you send me the deck? My email is {ME.email}."),
    ("comment", "Hey {P1.first} — happy to help, ping me at {ME.email} or {PHONE}."),
    ("comment", "Welcome aboard, {P1.first}! 🚀"),
    ("comment", "Happy birthday {P1.first}! 🎂"),
    ("comment", "Dear {P1.first}, thank you for the kind words."),
    ("comment", "Cheers {P1.first}, see you at {EVENT}!"),
    ("comment", "Congratulations {P1}! Well deserved."),
    ("comment", "Agree with {P1} here. We saw the same thing at {CO}."),
    ("comment", "Great to see {P1} and {P2} on the panel!"),
    ("comment", "Thanks, {P1.first}! [[name_word|Will]] do."),
    ("comment", "Hi {P1.first}! [[name_word|Hope]] you're well. Are you going to {EVENT}?"),
    ("comment", "Interested! My number is {PHONE} — text is best."),
    ("comment", "Sent you a DM, or reach me at {ME.email}."),
    ("comment", "Link to my profile: {ME.own}"),
    ("comment", "You can see my side projects at {ME.gh}"),
    ("comment", "Check out {P1.poss} profile ({P1.li}). Exactly the person you're looking for."),
    ("comment", "{P1} wrote a great piece on this: {P1.medium}"),
    ("comment", "[[name_word|Can]] you share the recording?"),
    ("comment", "[[name_word|Will]] there be a recording? Asking for the Asia-Pacific folks."),
    ("comment", "Thanks everyone! [[name_word|Will]] share the slides tomorrow."),
    # contacts
    ("post", "We're hiring a {ROLE} in {CITY}! Send your CV to {ROLE_EMAIL} or DM {P1.handle}. Applications close {N.date}.", {"w": 2}),
    ("post", "Looking for a co-founder with a background in {TOPIC}. Reach me at {ME.email} or {PHONE} (WhatsApp is fine)."),
    ("post", "If you're in {CITY} next week, come say hi at booth 14. Or book a slot: {ME.cal}"),
    ("post", "My notes from {EVENT} are up on my newsletter: {ME.substack}. Special thanks to {P1} for the hallway chat about {TOPIC}."),
    ("post", "Questions about the programme? [Email us]({ROLE_EMAIL.mailto}) or call {PHONE}."),
    ("post", "New blog post on why we moved our ingest pipeline to Kafka: {ME.medium}"),
    ("post", "Our support lines: UK {PHONE.UK}, Germany {PHONE.DE}, Japan {PHONE.JP}, Brazil {PHONE.BR}."),
    ("post", "Call us: US {PHONE.US} · AU {PHONE.AU} · IN {PHONE.IN}"),
    ("post", "Lagos office: {PHONE.NG}. Amsterdam office: {PHONE.NL}."),
    ("post", "Reach our Madrid desk on {PHONE.ES} or Milan on {PHONE.IT}."),
    ("post", "Shanghai team: {PHONE.CN}; Paris team: {PHONE.FR}; Toronto: {PHONE.US}."),
    ("comment", "WhatsApp me on {PHONE.SPEC}, happy to chat."),
    ("comment", "Call me ({TEL}) after {N.time} any day this week."),
    ("comment", "Send it to {ME.obf}, thanks!"),
    ("comment", "My email: {OBF_EMAIL} (spam bots, go away)"),
    ("post", "Moving my writing off this platform. New home: {ME.substack} — and I'm {ME.bsky} on Bluesky."),
    ("post", "Mentoring slots for {NUM} junior {ROLE}s this quarter. Grab one: {ME.cal}"),
    # fraud, cards, SSN, IBAN
    ("post", "Just got a call from {PHONE.US} 'from the bank' asking me to read out my card number. I hung up. Please warn your parents."),
    ("post", "Someone pasted their full card number ({CARD}) in our community Slack asking why a payment failed. Deleted it, but please never do this."),
    ("post", "Reminder for anyone testing payments: the test card {CARD.test} works with any future expiry and any CVC. Never put real card numbers in staging."),
    ("post", "A fake 'onboarding form' asked a friend for her SSN, and the scammer even quoted it back to her: {SSN}. She never shared it. Report these accounts."),
    ("post", "HR tip: never send SSNs over chat. Someone just posted {SSN} in a public channel and we had to scrub it from the logs."),
    ("post", "The onboarding portal rejected {N.ssn} as an invalid SSN. Turns out I'd typed two digits wrong. Took HR ten minutes to spot it."),
    ("post", "Got an SMS saying my card {N.card} was blocked. That isn't even a valid card number. Classic phishing."),
    ("post", "Our QA found that the checkout accepted {N.card} — a number that fails the Luhn check. Fixed in {N.version}."),
    ("post", "Fundraiser for the {CITY} food bank 🙏 Bank transfer: {IBAN.GB}, reference FOOD24. Every pound helps."),
    ("post", "Correction: the IBAN in yesterday's post had a typo ({N.iban}). The right one is {IBAN}. Sorry for the confusion!"),
    ("post", "Freelancer tip: put your IBAN ({IBAN}) and {N.company_id} on every invoice, and number them like {N.reference}."),
    ("post", "Charity run raised {N.price}! Late donations: {IBAN.IE} (Cedarline Foundation)."),
    ("post", "Charged twice by a vendor on the card I'd saved there ({CARD}). Cancelled it since, but what a week."),
    ("post", "Sandbox testing: {CARD.test} for the happy path, {CARD.test} for 3-D Secure. Never real cards."),
    ("post", "Our payment form now catches typos like {N.card} before they reach the processor. Conversion up 1.4%."),
    ("post", "New-hire paperwork arrived by plain email with my SSN ({SSN}) in the subject line. We need to talk about onboarding."),
    ("post", "The 'IRS letter' was fake: the SSN printed on it ({N.ssn}) isn't even a valid number."),
    ("comment", "Please take my SSN {SSN} off the shared onboarding sheet. Thanks, {P1.first}!"),
    ("post", "Payroll import failed on {N.ssn} and {N.ssn}: both are impossible SSNs. Garbage in, garbage out."),
    ("comment", "That's {N.ip_documentation}, a documentation address. The real one is in the vault."),
    ("post", "Invoice {N.reference} is 60 days overdue. Small businesses can't float you forever."),
    ("post", "Pentest finding: the app proxies anything, including {N.ip_link_local}. SSRF 101."),
    ("comment", "{N.ip_link_local} is link-local, so it never leaves the subnet. Look at the router logs instead."),
    ("post", "Our runbook's sample output shows {N.ip_documentation} and {N.ip_documentation}; nobody is leaking prod IPs, promise."),
    ("post", "Packets to {N.ip_reserved:e} are reserved space. That firewall rule was dead code all along."),
    ("post", "The UDP discovery broadcast to {N.ip_reserved:bcast} was waking up every printer in the building."),
    ("post", "Onboarding ops at the [[org_name|John Lewis]] Partnership taught me more than my MBA."),
    ("post", "Ten years ago I was folding shirts at [[org_name|Paul Smith]] in Covent Garden. Today I run merchandising at {CO}."),
    ("post", "Our new partnership with [[org_name|Morgan Stanley]] at Work brings equity plans to 200 startups."),
    ("post", "Booked our offsite through [[org_name|Thomas Cook]] back in 2015. Different times."),
    ("post", "We moved all release notes to one place: {N.url_docs}. Current version: {N.version}."),
    ("post", "Dependency bump: {N.version} → {N.version}. No breaking changes, allegedly."),
    ("post", "Join us at {EVENT}! Careers page: {N.url_careers} · Company: {N.url_company}"),
    ("post", "A decade of us: {N.url_company}. Thank you to {N.count} customers."),
    ("post", "Book club pick: ISBN {N.isbn}. Next month: ISBN {N.isbn}."),
    ("post", "Our CDN edge in Frankfurt answers on {IPV6}; the origin is {IPV6.port}."),
    ("post", "Health checks from {IPV6} keep failing because the pod only listens on {N.ipv6}."),
    ("post", "Spam wave from {IPV4.cidr} this morning. Blocked the whole range, plus {IPV4}."),
    ("post", "Example config uses {N.ip_documentation} as the upstream. Replace it with your own address before deploying."),
    ("post", "Tailscale hands out {N.ip_reserved:cgnat} addresses, which confused our firewall rules for a day."),
    ("post", "Binding the dev server to {N.ip_reserved:any} exposed it on the office wifi. Oops."),
    ("post", "Load tests run against the benchmarking range ({N.ip_reserved:bench}), never against production."),
    ("post", "On the box, `curl http://{N.ip_link_local}/latest/meta-data/` returns the instance role. Lock it down."),
    ("post", "DNS was pointing at {N.ip_loopback} (systemd-resolved) and the container had no idea."),
    ("comment", "[{ME.email}]({ME.mailto})"),
    ("about", "✉️ {ME.mailto}"),
    ("comment", "Learn more about us at {N.url_company}."),
    ("comment", "Company page: {N.url_company} — we post updates there."),
    ("post", "New preprint on {TOPIC}: {N.url_paper}"),
    ("comment", "The original paper is open access: {N.url_paper}"),
    ("comment", "Docs: {N.url_docs}"),
    ("post", "Last few tickets for {EVENT}: {N.url_ticket}"),
    ("post", "Reading list for the team: ISBN {N.isbn}, ISBN {N.isbn}."),
    ("post", "Filed as {N.patent}; the continuation is {N.patent}."),
    ("post", "Shipped {N.version} with a fix for {N.ticket}. Changelog: {N.url_docs}"),
    ("post", "If `git push` asks for a password, your remote isn't {N.email_like:git}. Switch it to SSH."),
    ("post", "psql as {N.email_like:local} works on the box, but never expose that role over the network."),
    # network
    ("post", "Our office egress IP changes to {IPV4} on {N.date}. If you allowlist us, please update your rules."),
    ("post", "Blocked {IPV4} at the edge after 40k failed SSH logins overnight. The internal hits from {N.ip_private} are our own bastion."),
    ("post", "TIL: if your app binds to {N.ip_loopback} it's only reachable from the box itself. Spent an hour wondering why {IPV4.port} timed out."),
    ("post", "Cloud tip: never let a container reach {N.ip_link_local} unless it really needs the instance metadata."),
    ("post", "Slides and docs use {N.ip_documentation} for a reason: it's reserved for examples. Please stop putting real customer IPs like {IPV4} in screenshots."),
    ("post", "Our ISP puts us behind CGNAT ({N.ip_reserved}), so port forwarding is out. Moved the home lab to a VPS at {IPV4} instead."),
    ("post", "Finally got IPv6 working end to end: the server answers on {IPV6}, and the old {N.ipv6} address is gone from the config."),
    ("post", "Dual-stack check: {IPV4} and {IPV6.port} both respond. The ULA {N.ipv6} stays internal."),
    ("post", "Allowlist for the partner API: {IPV4.cidr} and {IPV4}. Nothing from {N.ip_private} should ever hit it."),
    ("post", "Firmware {N.ipversion} bricked two of our switches. Rolled back and opened {N.ticket} with the vendor."),
    ("post", "Chrome {N.ipversion} changed how third-party cookies are handled; our login flow broke for 2% of users."),
    ("post", "Our uptime probes hit us from {IPV4}, {IPV4} and {IPV6}; allowlist those three."),
    ("post", "Upgraded the cluster to Kubernetes {N.version} today. Release notes: {N.url_docs}"),
    ("post", "Weird one: traffic from {IPV6} to our {N.ipv6} gateway gets dropped after {N.time}. Any ideas?"),
    # tech @ and e-mail-like
    ("post", "Friendly reminder: please don't use {N.at:slack} in #general for lunch orders 🙃"),
    ("post", "Java code review tip: if you override it, annotate it with {N.at:java}."),
    ("post", "`npm i -D {N.at:npm}` fixed half our TypeScript errors."),
    ("post", "Pin your actions to a SHA: `uses: {N.at:gha}` can change under you."),
    ("post", "Designers: please export as {N.at:img} so the retina build picks it up."),
    ("post", "Python tip: {N.at:py} plus a cache saved us 30% memory in the parser."),
    ("post", "Print stylesheets still need {N.at:css} rules in 2024. Who knew."),
    ("post", "`brew install {N.at:brew}` and the build finally works on the new laptops."),
    ("post", "Team lunch [[at_not_handle|@]] the rooftop, {N.time}. Bring sunscreen."),
    ("post", "If `ssh -T {N.email_like}` hangs, check the corporate proxy before blaming your keys."),
    ("post", "Cloning {N.email_like}:{CO.slug}/infra.git fails on the guest wifi. Works on the VPN."),
    # structured negatives
    ("post", "Our order {N.order} has been 'processing' since {N.date}. Support ticket {N.ticket}. Anyone else seeing this?"),
    ("post", "Recommended reading: ISBN {N.isbn}. Changed how I think about {TOPIC}."),
    ("post", "Proud moment: our work is now {N.patent}. Thanks to {P1} and {P2} for the late nights."),
    ("post", "We just crossed {N.count} members in the community! Thank you all 💙"),
    ("post", "Salary transparency: the role pays {N.price} to {N.price} plus equity. Apply: {N.url_careers}"),
    ("post", "Please fill in the feedback form by Friday: {N.url_form} — it takes two minutes."),
    ("post", "We're a small team at {CO} ({N.url_company}) building tools for {TOPIC}. Open roles: {N.url_careers}"),
    ("post", "Paper accepted! 🎉 Preprint: {N.url_paper} Joint work with {P1}, {P2} and {P3}."),
    ("post", "Our {EVENT} meetup is back on {N.date} at {N.time}. Tickets: {N.url_ticket} Speakers: {P1} ({CO}) and {P2} ({CO2})."),
    ("post", "Incident {N.ticket}: API latency spiked between {N.time} and {N.time}. Postmortem: {N.url_docs}"),
    ("post", "Q3 numbers: {N.count} sign-ups, {N.price} ARR, churn down to 2.1%."),
    ("post", "This post got {N.count:plus} impressions overnight. Still not sure why."),
    ("post", "Our fund holds {N.isin} and {N.isin}, nothing else. Boring on purpose."),
    # name collisions
    ("post", "Hello from [[place_name|Charlotte]], NC! 👋 Spent the week with our customer success team."),
    ("post", "Moving to [[place_name|Austin]], TX next month. Any {ROLE}s there up for coffee?"),
    ("post", "Thank you, [[place_name|Sydney]]! What a crowd at the summit this year. 🇦🇺"),
    ("post", "Greetings from [[place_name|Savannah]], GA, where the conference wifi is as slow as the walking pace."),
    ("post", "Our new office in [[place_name|Victoria]], BC opens on {N.date}."),
    ("post", "Spent the weekend hiking near [[place_name|Madison]], WI. Back to {TOPIC} on Monday."),
    ("post", "Remote role, but we have hubs in London, Amman ([[place_name|Jordan]]) and Tbilisi ([[place_name|Georgia]])."),
    ("post", "Flying [[place_name|Adelaide]] → [[place_name|Sydney]] tonight for the {EVENT} keynote."),
    ("post", "Our [[place_name|Dallas]] team just moved into the new building."),
    ("post", "Nine years in retail, from the shop floor at [[org_name|John Lewis]] to leading e-commerce at {CO}."),
    ("post", "Just left my final-round interview at [[org_name|Morgan Stanley]]. Fingers crossed 🤞"),
    ("post", "Bought my first [[org_name|Paul Smith]] suit for the conference. The things we do for a keynote."),
    ("post", "I started my career at [[org_name|Thomas Cook]] and watched it collapse in 2019. Best lesson in cash flow I ever had."),
    ("post", "Excited to join [[org_name|Charles Schwab]] as a {ROLE} next month!"),
    ("post", "Grateful for four years at [[org_name|Henry Ford]] Health. On to the next adventure."),
    ("post", "Spotted: a [[org_name|Ted Baker]] pop-up right next to our office. My wallet is nervous."),
    ("post", "Our [[org_name|Wells Fargo]] integration is finally live."),
    ("post", "Retail analytics case study: what [[org_name|Kenneth Cole]] and [[org_name|Marc Jacobs]] do differently with inventory."),
    ("post", "Organisations design systems that copy their communication structures. [[eponym|Conway]]'s law strikes again."),
    ("post", "When a measure becomes a target, it stops being a good measure. [[eponym|Goodhart]]'s law applies to OKRs too."),
    ("post", "Explained [[eponym|Dijkstra]]'s algorithm to our interns with a map of the tube. 10/10 would recommend."),
    ("post", "Classic [[eponym|Peter]] principle: promote the best engineer into management and lose both."),
    ("post", "Visiting the [[eponym|Alan Turing]] Institute next week for a workshop on {TOPIC}."),
    ("post", "Congrats to our PhD student on the [[eponym|Marie Curie]] fellowship! 🎓"),
    ("post", "Our [[eponym|Kalman]] filter finally behaves. Three weeks of tuning for one plot."),
    ("post", "Still the best planning tool: a [[eponym|Gantt]] chart on a whiteboard."),
    ("post", "[[eponym|Amdahl]]'s law says the serial part wins. Our profiler agrees."),
    ("post", "A [[eponym|Bloom]] filter in front of the cache cut lookups by 30%."),
    ("post", "Celebrating [[eponym|Ada Lovelace]] Day with a panel of amazing engineers from our community."),
    ("post", "Off to [[eponym|Simon Fraser]] University to talk about {TOPIC} with the grad students."),
    ("post", "Our [[eponym|Nash]] equilibrium: nobody touches the legacy billing code."),
    ("post", "[[eponym|Metcalfe]]'s law is why marketplaces are so hard to start."),
    ("post", "The [[eponym|Pareto]] principle, again: 20% of the endpoints cause 80% of the pages."),
    ("post", "Volunteered at the [[eponym|Florence Nightingale]] Foundation gala last night. Inspiring nurses everywhere."),
    ("post", "[[name_word|Will]] this scale past a million users? Probably not without sharding."),
    ("post", "Our 30-day [[name_word|grace]] period for the old API ends {N.date}."),
    ("post", "Cloud costs [[name_word|rose]] 12% last quarter, mostly from idle GPUs."),
    ("post", "See you at the [[name_word|June]] meetup! Agenda: {N.url_ticket}"),
    ("post", "Starting at [[name_word|dawn]] tomorrow: 24-hour hackathon, pizza provided."),
    ("post", "Hi all, [[name_word|hope]] you had a restful weekend. Quick update on {TOPIC}:"),
    ("post", "Pure [[name_word|joy]] watching the team ship this after six months."),
    ("post", "[[name_word|Mark]] my words: {TOPIC} will be boring infrastructure in five years."),
    ("post", "Who pays the [[name_word|bill]] when the AI agent books the wrong flight?"),
    ("post", "[[name_word|Summer]] internship applications are open until {N.date}: {N.url_careers}"),
    ("post", "Starting in [[name_word|April]] we're moving to a four-day week. [[name_word|Will]] report back."),
    ("post", "[[name_word|May]] I ask why every SaaS pricing page hides the price?"),
    ("post", "[[name_word|Can]] we talk about how hard it is to hire {ROLE}s right now?"),
    ("post", "What a [[name_word|blessing]] to work with people who care this much."),
    ("post", "The feedback was [[name_word|crystal]] clear: fewer dashboards, more answers."),
    ("post", "Every [[name_word|penny]] of the grant went into user research."),
    ("post", "Keep the [[name_word|faith]], job hunters. It took me 94 applications."),
    ("post", "A [[name_word|sunny]] Friday, a green build and nothing on fire. Rare."),
    # headline / about / experience / job / event
    ("headline", "{ROLE} [[at_not_handle|@ {CO}]] | {TOPIC} | Speaker"),
    ("headline", "{ROLE} [[at_not_handle|@{CO.nospace}]] · ex-{CO2}"),
    ("headline", "{ROLE} at {CO} | ex-{CO2} | {TOPIC}"),
    ("headline", "Founder & CEO at {CO} · Book a call: {ME.cal}"),
    ("headline", "{ROLE} · {TOPIC} · 📧 {ME.email}"),
    ("headline", "{ROLE} | Writing at {ME.substack}"),
    ("headline", "{ROLE} | {TOPIC} | 📱 {PHONE}"),
    ("about", "I'm {ME}, a {ROLE} based in {CITY}. I help teams with {TOPIC}.\n\nReach me at {ME.email} or {PHONE}.\nCode: {ME.gh} · Writing: {ME.medium}"),
    ("about", "{ROLE} with {NUM}+ years in {TOPIC}. Previously at {CO} and {CO2}. Say hi: {ME.obf}"),
    ("about", "Open to mentoring — grab a slot at {ME.cal}. Everything else: {ME.email}."),
    ("about", "Find me on Bluesky ({ME.bsky}) or on X ({ME.x}). DMs open."),
    ("about", "Contact: {ME.wemail} | Mobile: {PHONE} | {ME.li}"),
    ("about", "I'm {ME} 👋 {ROLE} at {CO}. Formerly at [[org_name|Robert Bosch]] GmbH and {CO2}."),
    ("about", "{ME.angle}\n{ROLE}, {CO}\n{CITY}"),
    ("about", "Certified in {TOPIC}. Portfolio: {ME.gh}. Profile here: {ME.own}."),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}\nLed a team of {NUM} engineers; reported to {P1}."),
    ("experience", "{ROLE}\n{CO}\n{N.daterange}\nBuilt the {TOPIC} platform from scratch. Patent: {N.patent}."),
    ("experience", "{ROLE} at {CO} ({N.daterange}). Managed a budget of {N.price} and a team of {NUM}."),
    ("experience", "Intern at [[org_name|Carl Zeiss]] Meditec, {N.daterange}. Supervisor: {P1}."),
    ("experience", "{ROLE}, {CO} — {N.daterange}\nAwarded the [[eponym|Emmy Noether]] grant with {P1}."),
    ("job", "We're hiring: {ROLE} ({CITY} or remote)\nSalary: {N.price}–{N.price}\nApply at {N.url_careers} or email {ROLE_EMAIL}.\nHiring manager: {P1} ({P1.li})"),
    ("job", "Open role: {ROLE}. Questions? Call {P1} on {PHONE} or write to {P1.wemail}."),
    ("job", "{CO} is hiring {NUM} {ROLE}s. Referral bonus {N.price}. Ping {P1.handle} or {ROLE_EMAIL}."),
    ("event", "{EVENT} — {N.date}, {N.time}\nVenue: {CITY}\nTickets: {N.url_ticket}\nHost: {P1} · Co-host: {P2}"),
    ("event", "Webinar on {TOPIC} with {P1} on {N.date}. Register: {N.url_form}"),
]

T_INL = [  # Hinglish (lang hi, Latin script)
    ("comment", "Congrats {P1.first}! Bahut badhiya 🎉"),
    ("comment", "Thanks {P1.first} ji for the session, bahut useful tha."),
    ("comment", "Shukriya {P1.first}! Aapka post padhke bahut clarity mili."),
    ("comment", "Hi {P1.first}, resume bhej diya hai {ME.email} se. Please check."),
    ("post", "Hiring alert! {ROLE} role in {CITY}. Share CVs at {ROLE_EMAIL} or WhatsApp {PHONE.IN}."),
    ("post", "Big congratulations to {P1} for cracking the {EVENT} talk! Proud of you yaar."),
    ("post", "Referral chahiye? DM {P1.handle} or call {PHONE.IN} between {N.time}."),
    ("post", "Invoice {N.reference} pending since {N.date}. Amount {N.price:hi}. Vendor please respond!"),
    ("post", "Scam alert: someone called from {PHONE.IN} claiming to be from the bank, asking for card details. Don't share OTP!"),
    ("post", "Office shifted to Bengaluru. New landline {PHONE.IN}. Old number band hai."),
    ("post", "Kisi ne group mein pura card number daal diya ({CARD}). Delete kar diya, please aisa mat karo!"),
    ("about", "{ROLE} | {TOPIC} | {CITY}\nMail: {ME.email}\nGitHub: {ME.gh}"),
    ("post", "Flight from [[eponym|Indira Gandhi]] International at {N.time}, see you in {CITY}!"),
]

T_DE = [
    ("post", "Ich freue mich riesig, {P1} in unserem Team bei {CO} begrüßen zu dürfen! 🎉"),
    ("post", "Nach {NUM} Jahren bei {CO} wechsle ich zu {CO2}. Danke an {P1} und {P2} für die tolle Zeit!"),
    ("post", "Der Vortrag von {P1} auf der {EVENT} war großartig. Die Aufzeichnung kommt am {N.date}."),
    ("post", "Wir suchen eine:n {ROLE} (m/w/d) in {CITY}. Bewerbungen bitte an {ROLE_EMAIL} – Fragen gerne an {P1} unter {PHONE}.", {"w": 2}),
    ("post", "Spendenaufruf für unseren Verein: IBAN {IBAN.DE}, Verwendungszweck „Spende Tafel“. Danke! 🙏"),
    ("post", "Korrektur: In unserem letzten Beitrag war die IBAN falsch ({N.iban:DE}). Richtig ist {IBAN.DE}."),
    ("post", "Achtung Betrug: Gestern rief jemand von {PHONE.DE} an und wollte meine Kartennummer „bestätigen“. Einfach auflegen!"),
    ("post", "Tipp für Freelancer: Auf jede Rechnung gehören {N.company_id}, die IBAN ({IBAN}) und eine fortlaufende {N.reference}."),
    ("post", "Endlich die Zusage vom [[eponym|Max Planck]]-Institut für Informatik! Start am {N.date}."),
    ("post", "Mein erstes Praktikum war bei der [[org_name|Robert Bosch]] GmbH in Stuttgart. Lang ist's her."),
    ("post", "Stipendium der [[eponym|Heinrich Böll]] Stiftung bekommen! 🎓"),
    ("post", "Mein erster Anzug für Vorstellungsgespräche war von [[org_name|Hugo Boss]]."),
    ("post", "Morgen Case Interview bei [[org_name|Roland Berger]]. Daumen drücken!"),
    ("post", "Vortrag am [[eponym|Robert Koch]]-Institut über {TOPIC}."),
    ("post", "Ein Jahr [[eponym|Emmy Noether]]-Gruppe: {NUM} Paper, ein Patent ({N.patent})."),
    ("post", "Neue Version {N.version} ist live. Doku: {N.url_docs}"),
    ("post", "Ich meine das [[name_word|ernst]]: Ohne gute Doku kein Go-live."),
    ("post", "[[name_word|Frank]] und frei gesagt: Das Meeting hätte eine E-Mail sein können."),
    ("post", "Unser Router hängt auf {N.ip_private}, nach außen sind wir unter {IPV4} erreichbar. Die alte {IPV4} bitte aus der Firewall nehmen."),
    ("post", "Firmware {N.ipversion} auf der Fritzbox – seitdem geht IPv6 wieder: {IPV6}."),
    ("post", "Bestellung {N.order} vom {N.date} ist immer noch nicht da. Ticket {N.ticket} seit {N.time} offen."),
    ("post", "Neues Buch auf dem Schreibtisch: ISBN {N.isbn}. Pflichtlektüre für alle in {TOPIC}."),
    ("post", "Wir haben {N.count} Follower! Danke an alle, besonders an {P1.handle}."),
    ("post", "Gehalt: {N.price} bis {N.price} brutto im Jahr. Bewerbung über {N.url_careers}."),
    ("post", "Unser Patent {N.patent} ist erteilt! Danke an {P1} für die Geduld mit den Anwälten."),
    ("post", "Jemand hat im Vereins-Chat seine komplette Kreditkartennummer gepostet ({CARD}). Habe es gelöscht – bitte nie machen!"),
    ("post", "Testkarte für die Zahlungsintegration: {CARD.test}, beliebiges Ablaufdatum in der Zukunft."),
    ("post", "Seit dem Update blockiert die Firewall {IPV4}. Intern nutzen wir {N.ip_private}, extern {IPV6}."),
    ("post", "Unser Shop hat die Karte {N.card} akzeptiert, obwohl die Prüfziffer falsch ist. Bug {N.ticket} ist offen."),
    ("post", "Fragen zum Newsletter? [Schreib uns]({ROLE_EMAIL.mailto})"),
    ("post", "Bitte nicht {N.at:slack} im Hauptkanal verwenden, danke 🙏"),
    ("post", "Alle offenen Stellen: {N.url_careers}"),
    ("post", "Zum Anmeldeformular: {N.url_form}"),
    ("post", "Tickets für das Meetup: {N.url_ticket}"),
    ("post", "Unser Paper ist online: {N.url_paper}"),
    ("post", "Mein ETF-Sparplan: {N.isin} und {N.isin}. Keine Anlageberatung!"),
    ("post", "In der Doku steht {N.ip_documentation} – das ist eine Beispieladresse, nicht unser Server."),
    ("post", "Klonen über {N.email_like}:{CO.slug}/app.git klappt nur im VPN."),
    ("comment", "Danke, {P1.first}! Super Beitrag."),
    ("comment", "Hallo {P1.first}, kannst du mir die Folien schicken? {ME.email}"),
    ("comment", "Herzlichen Glückwunsch, {P1.first}! 🥳"),
    ("comment", "{P1.dear}, vielen Dank für die Einladung!"),
    ("comment", "Moin {P1.first}, meld dich gern unter {PHONE}."),
    ("comment", "Vielen Dank, {P1.first}, für die spannende Session!"),
    ("comment", "Glückwunsch {P1}! Verdient."),
    ("comment", "{P1.handle} schau mal, das ist unser Thema von letzter Woche."),
    ("comment", "Schreib mir gern: {ME.obf}"),
    ("comment", "Mehr dazu in meinem Profil: {ME.own}"),
    ("about", "Ich bin {ME}, {ROLE} aus {CITY}. Kontakt: {ME.email} · Tel. {PHONE}"),
    ("about", "Impressum: {ME}, {CITY}. Telefon: {PHONE.DE}, E-Mail: {ME.wemail}"),
    ("about", "{ROLE} | {TOPIC}\nTermin buchen: {ME.cal}\nCode: {ME.gh}"),
    ("headline", "{ROLE} bei {CO} | {TOPIC} | Speaker"),
    ("headline", "{ROLE} [[at_not_handle|@ {CO}]] · Mobil {PHONE}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}\n{CITY}\nAufbau des Teams ({NUM} Personen), Vorgesetzte: {P1}."),
    ("job", "Stellenanzeige: {ROLE} (m/w/d), {CITY}\nGehalt ab {N.price}\nAnsprechperson: {P1}, {P1.wemail}, {PHONE}"),
    ("event", "Meetup am {N.date} um {N.time} in {CITY}. Anmeldung: {N.url_form} – Speaker: {P1}, {P2}."),
]

T_FR = [
    ("post", "Ravie d'annoncer que je rejoins {CO} en tant que {ROLE} ! Merci à {P1} pour sa confiance."),
    ("post", "Le talk {P1.fr_de} à {EVENT} était passionnant. Replay dispo le {N.date}."),
    ("post", "Bravo à {P1} et {P2} pour cette belle levée de fonds 👏"),
    ("post", "Nous recrutons un·e {ROLE} à {CITY} ! CV à {ROLE_EMAIL} ou au {PHONE.FR}.", {"w": 2}),
    ("post", "Contact presse : {P1} – {P1.wemail} – {PHONE.FR}"),
    ("post", "Pour les dons à l'association : IBAN {IBAN.FR}. Merci pour votre générosité !"),
    ("post", "Petite erreur dans notre dernier post : l'IBAN {N.iban:FR} est incorrect, le bon est {IBAN.FR}."),
    ("post", "Afterwork le {N.date} à {N.time} — inscription : {N.url_form}"),
    ("post", "Nous avons posé la première [[name_word|pierre]] de notre nouveau site à {CITY} !"),
    ("post", "Une idée [[name_word|claire]] et bien expliquée, merci pour ce partage."),
    ("post", "Vingt ans après, je repasse devant le lycée [[eponym|Victor Hugo]] où tout a commencé."),
    ("post", "Rendez-vous à la station [[place_name|Jean Jaurès]] à {N.time} pour la visite."),
    ("post", "Ma première expérience, c'était chez [[org_name|Yves Rocher]] en Bretagne."),
    ("post", "Arnaque en cours : un faux conseiller appelle depuis le {PHONE.FR} et demande votre numéro de carte."),
    ("post", "Commande {N.order} du {N.date} toujours pas livrée. Montant : {N.price}. Ticket {N.ticket}."),
    ("post", "Facture à régler : {N.reference}, {N.company_id}. Virement sur {IBAN.FR}."),
    ("post", "Nous dépassons {N.count} abonnés ! Merci à toutes et à tous."),
    ("comment", "Merci {P1.first} pour ce partage !"),
    ("comment", "Bonjour {P1.first}, pouvez-vous m'envoyer la présentation ? Mon adresse : {ME.email}"),
    ("comment", "Félicitations {P1.first} ! 🎉"),
    ("comment", "Salut {P1.first}, on s'appelle ? {PHONE}"),
    ("comment", "Bravo {P1.first} !"),
    ("comment", "{P1.dear}, merci pour ton accueil !"),
    ("comment", "Merci à {P1.handle} pour l'astuce !"),
    ("comment", "Écrivez-moi : {ME.obf}"),
    ("about", "Je suis {ME}, {ROLE} basé·e à {CITY}. Contact : {ME.email} / {PHONE}"),
    ("about", "{ROLE} — {TOPIC}\nMon profil : {ME.li}\nPrendre rendez-vous : {ME.cal}"),
    ("headline", "{ROLE} chez {CO} · ex-{CO2} · {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}\nManagement d'une équipe de {NUM} personnes."),
    ("job", "Offre : {ROLE} (CDI), {CITY}\nSalaire : {N.price}\nContact : {P1}, {P1.wemail}"),
    ("post", "Notre serveur est désormais joignable en {IPV4} et {IPV6}. L'ancienne adresse {N.ip_private} était interne."),
    ("post", "Un membre a publié son numéro de carte ({CARD}) dans le groupe. Message supprimé, mais attention !"),
    ("post", "Notre API répond sur {IPV4} ; l'adresse {N.ip_loopback} ne marche qu'en local."),
    ("post", "Écrivez-nous : [contact]({ROLE_EMAIL.mailto})"),
    ("post", "Pensez à exporter les icônes en {N.at:img} pour les écrans retina."),
    ("post", "Toutes nos offres : {N.url_careers}"),
    ("post", "Billetterie : {N.url_ticket}"),
    ("post", "Code ISIN du fonds : {N.isin}."),
    ("post", "Brevet {N.patent} accordé ! Merci à toute l'équipe R&D."),
]

T_ES = [
    ("post", "¡Qué alegría dar la bienvenida a {P1} al equipo de {CO}! 🎉"),
    ("post", "La charla de {P1} en {EVENT} fue brutal. Gracias también a {P2} por organizarla."),
    ("post", "Buscamos {ROLE} en {CITY}. Envía tu CV a {ROLE_EMAIL} o escríbenos por WhatsApp al {PHONE}.", {"w": 2}),
    ("post", "Enhorabuena a {P1} por el premio 🏆"),
    ("post", "Para donaciones a la asociación: IBAN {IBAN.ES}. ¡Gracias!"),
    ("post", "Ojo: el IBAN del post anterior tenía una errata ({N.iban:ES}). El correcto es {IBAN.ES}."),
    ("post", "Cuidado con las estafas: me llamaron desde el {PHONE} pidiendo el número de mi tarjeta."),
    ("post", "A la [[name_word|luz]] de los resultados, cambiamos de estrategia."),
    ("post", "Hoy hace [[name_word|sol]] en {CITY} y el equipo está en la terraza."),
    ("post", "Nuestra pizarra [[name_word|blanca]] después de la retro 😅"),
    ("post", "Nos vemos en [[place_name|San Francisco]] la próxima semana para {EVENT}."),
    ("post", "Saludos desde [[place_name|Santiago]] de Chile 👋"),
    ("post", "Abrimos oficina en [[place_name|La Paz]] en {N.date}."),
    ("post", "Diez años en [[org_name|Mercedes]]-Benz y ahora empiezo algo nuevo."),
    ("post", "Pedido {N.order} del {N.date} sin entregar. Importe: {N.price}. Incidencia {N.ticket}."),
    ("post", "Nunca compartan su número de Seguro Social por WhatsApp. Vi a alguien publicar {SSN} en un grupo."),
    ("post", "Alguien publicó su tarjeta completa ({CARD}) en el grupo. Lo borré, ¡nunca lo hagáis!"),
    ("post", "Nuestro servidor está en {IPV4}; la IP {N.ip_private} es de la red interna."),
    ("post", "Fijad las versiones: `uses: {N.at:gha}` puede cambiar sin avisar."),
    ("post", "Formulario de inscripción: {N.url_form}"),
    ("post", "Todas las vacantes: {N.url_careers}"),
    ("post", "Ojo: el formulario acepta {N.ssn} como número de Seguro Social y no es válido."),
    ("post", "A mi amiga le llegó una carta falsa con su número de Seguro Social ({SSN}). ¡Denúncienlo!"),
    ("comment", "¡Gracias, {P1.first}! Muy útil."),
    ("comment", "Hola {P1.first}, ¿me pasas la presentación? Mi correo es {ME.email}."),
    ("comment", "¡Enhorabuena, {P1.first}!"),
    ("comment", "¡Felicidades {P1.first}! 🎉"),
    ("comment", "Muchas gracias {P1.first} por la mención."),
    ("comment", "Gran aporte {P1.at}."),
    ("comment", "Te escribo a {ME.obf}"),
    ("about", "Soy {ME}, {ROLE} en {CITY}. Contacto: {ME.email} · {PHONE}"),
    ("about", "{ROLE} | {TOPIC}\nLinkedIn: {ME.li}\nGitHub: {ME.gh}"),
    ("headline", "{ROLE} en {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}\nResponsable de un equipo de {NUM} personas."),
    ("job", "Oferta: {ROLE} en {CITY}\nSalario: {N.price}\nContacto: {P1} ({P1.wemail}, {PHONE})"),
]

T_PT = [
    ("post", "Muito feliz em anunciar que {P1} está chegando no time da {CO}! 🚀"),
    ("post", "A palestra de {P1} no {EVENT} foi incrível. Obrigado, {P2.first}, pela curadoria!"),
    ("post", "Vaga para {ROLE} em {CITY}. Currículos para {ROLE_EMAIL} ou WhatsApp {PHONE}.", {"w": 2}),
    ("post", "Quem puder ajudar na vaquinha: Pix {PHONE.BR} ou transferência para {IBAN}. 🙏"),
    ("post", "Errata: o IBAN do post anterior estava errado ({N.iban}). O certo é {IBAN}."),
    ("post", "Golpe do falso funcionário do banco: ligaram de {PHONE.BR} pedindo o número do cartão. Não passem!"),
    ("post", "Uma [[name_word|vitória]] do time todo! Obrigado a cada um."),
    ("post", "Nosso escritório novo fica na Rua [[place_name|Oscar Freire]], em São Paulo."),
    ("post", "Terminei o MBA na Fundação [[eponym|Getulio Vargas]]! 🎓"),
    ("post", "Hoje no Hospital Israelita [[eponym|Albert Einstein]] para um workshop de {TOPIC}."),
    ("post", "Pedido {N.order} de {N.date} até agora não chegou. Valor: {N.price}. Protocolo {N.ticket}."),
    ("post", "Nota fiscal com {N.company_id}. Boleto vence em {N.date}."),
    ("post", "Chegamos a {N.count} seguidores! Valeu, galera."),
    ("post", "Alguém postou o número do cartão inteiro ({CARD}) no grupo. Apaguei, mas cuidado, gente!"),
    ("post", "Cartão de teste para homologação: {CARD.test}."),
    ("post", "Galera, evitem usar {N.at:slack} no canal geral 🙃"),
    ("post", "Inscrições pelo formulário: {N.url_form}"),
    ("post", "Ingressos: {N.url_ticket}"),
    ("post", "O servidor novo está em {IPV4} (IPv6: {IPV6}). O {N.ip_private} é só da rede interna."),
    ("comment", "Valeu, {P1.first}! Conteúdo top."),
    ("comment", "Parabéns, {P1.first}! Merecido demais."),
    ("comment", "Oi {P1.first}, tudo bem? Pode me mandar o material no {ME.email}?"),
    ("comment", "Obrigada, {P1.first}!"),
    ("comment", "Olá {P1.first}, me chama no {PHONE}."),
    ("comment", "{P1.handle} olha isso!"),
    ("about", "Sou {ME}, {ROLE} em {CITY}. Contato: {ME.email} | {PHONE}"),
    ("about", "{ROLE} · {TOPIC}\nAgenda: {ME.cal}\nPortfólio: {ME.gh}"),
    ("headline", "{ROLE} na {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}\nLiderança de um time de {NUM} pessoas."),
]

T_IT = [
    ("post", "Diamo il benvenuto a {P1} nel team di {CO}! 🎉"),
    ("post", "L'intervento di {P1} al {EVENT} è stato illuminante."),
    ("post", "Cerchiamo un/una {ROLE} a {CITY}. CV a {ROLE_EMAIL}, tel. {PHONE}.", {"w": 2}),
    ("post", "Per donazioni all'associazione: IBAN {IBAN.IT}. Grazie di cuore!"),
    ("post", "Attenzione: l'IBAN del post precedente era sbagliato ({N.iban:IT}). Quello giusto è {IBAN.IT}."),
    ("post", "Oggi in visita al Museo [[org_name|Enzo Ferrari]] di Modena con il team."),
    ("post", "Tre anni in [[org_name|Giorgio Armani]] e ora una nuova avventura."),
    ("post", "Ordine {N.order} del {N.date} ancora non consegnato. Importo {N.price}. Ticket {N.ticket}."),
    ("post", "Fattura con {N.company_id}: pagamento entro il {N.date}."),
    ("post", "Qualcuno ha pubblicato il numero completo della carta ({CARD}) nel gruppo. Cancellato!"),
    ("comment", "Grazie {P1.first}, bellissimo post!"),
    ("comment", "Complimenti {P1.first}! 👏"),
    ("comment", "Ciao {P1.first}, mi mandi le slide? {ME.email}"),
    ("comment", "Auguri {P1.first}! 🎂"),
    ("comment", "Grazie a {P1.handle} per la segnalazione."),
    ("about", "Sono {ME}, {ROLE} a {CITY}. Contatti: {ME.email} – {PHONE}"),
    ("about", "{ROLE} | {TOPIC}\nProfilo: {ME.li}"),
    ("headline", "{ROLE} presso {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}"),
]

T_NL = [
    ("post", "Welkom {P1} bij {CO}! 🎉"),
    ("post", "Mooie sessie van {P1} op {EVENT}. Dank ook aan {P2}!"),
    ("post", "Vacature: {ROLE} in {CITY}. Mail {ROLE_EMAIL} of bel {PHONE}.", {"w": 2}),
    ("post", "Doneren kan via {IBAN.NL} t.n.v. Stichting Tulpenveld."),
    ("post", "Let op: in ons vorige bericht stond een verkeerd rekeningnummer ({N.iban:NL}). Het juiste is {IBAN.NL}."),
    ("post", "Het kortste-pad-algoritme van [[eponym|Dijkstra]] blijft mooi om uit te leggen."),
    ("post", "Bestelling {N.order} van {N.date} nog steeds niet binnen. Bedrag {N.price}."),
    ("post", "Factuur met {N.company_id}, te betalen voor {N.date}."),
    ("post", "Iemand plaatste zijn volledige creditcardnummer ({CARD}) in de groep. Verwijderd, doe dit nooit!"),
    ("comment", "Bedankt, {P1.first}!"),
    ("comment", "Gefeliciteerd {P1.first}! 🎉"),
    ("comment", "Hoi {P1.first}, kun je de slides sturen naar {ME.email}?"),
    ("comment", "Dank je wel, {P1.first}, voor de tip."),
    ("comment", "{P1.handle} dit is wat we zochten!"),
    ("about", "Ik ben {ME}, {ROLE} in {CITY}. Bereikbaar via {ME.email} of {PHONE}."),
    ("headline", "{ROLE} bij {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange} · {CITY}"),
]

T_PL = [
    ("post", "Nowa osoba w zespole {CO}: {P1} 🎉"),
    ("post", "Prelegent: {P1}, {ROLE} w {CO}. Start o {N.time}."),
    ("post", "Szukamy: {ROLE} {CITY}. CV na {ROLE_EMAIL}, tel. {PHONE}.", {"w": 2}),
    ("post", "Zbiórka na leczenie: numer konta {IBAN.PL}. Każda złotówka się liczy!"),
    ("post", "Sprostowanie: w poprzednim poście był błędny numer konta ({N.iban:PL}). Poprawny to {IBAN.PL}."),
    ("post", "Autor wpisu: {P1} ({P1.handle})."),
    ("post", "Zamówienie {N.order} z {N.date} nadal nie dotarło. Kwota {N.price}."),
    ("post", "Faktura: {N.company_id}, termin płatności {N.date}."),
    ("comment", "Świetny materiał, {P1.at}!"),
    ("comment", "Dzięki za polecenie, {P1.handle}."),
    ("about", "{ROLE} {CITY}. Kontakt: {ME.email}, {PHONE}. Profil: {ME.li}"),
    ("headline", "{ROLE} w {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_TR = [
    ("post", "{P1.tr_dat} ekibimize hoş geldin diyoruz! 🎉"),
    ("post", "{P1.tr_gen} {EVENT} konuşması harikaydı."),
    ("post", "{ROLE} arıyoruz ({CITY}). CV'nizi {ROLE_EMAIL} adresine gönderin, sorular için {PHONE}.", {"w": 2}),
    ("post", "Bağış için IBAN: {IBAN.TR} (Alıcı: Anatolia Eğitim Derneği)"),
    ("post", "Düzeltme: önceki paylaşımdaki IBAN hatalıydı ({N.iban:TR}). Doğrusu {IBAN.TR}."),
    ("post", "[[name_word|Umut]] ediyorum ki yeni yılda daha çok kadın mühendis görürüz."),
    ("post", "Bu hafta ofisi [[name_word|deniz]] kenarına taşıdık 🌊"),
    ("post", "Sipariş {N.order} ({N.date}) hâlâ gelmedi. Tutar {N.price}."),
    ("comment", "Teşekkürler {P1.first}!"),
    ("comment", "Tebrikler {P1.first}! 👏"),
    ("comment", "Merhaba {P1.first}, sunumu {ME.email} adresine gönderebilir misin?"),
    ("comment", "Çok teşekkür ederim {P1.tr_hon}."),
    ("comment", "{P1.handle} bunu görmelisin."),
    ("about", "{ROLE} · {CITY}\nİletişim: {ME.email} · {PHONE}"),
    ("headline", "{ROLE} [[at_not_handle|@ {CO.nospace}]] | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_SV = [
    ("post", "Välkommen {P1} till {CO}! 🎉"),
    ("post", "Vi söker en {ROLE} i {CITY}. Skicka CV till {ROLE_EMAIL} eller ring {PHONE}.", {"w": 2}),
    ("post", "Stöd insamlingen: {IBAN.SE} eller Swish {PHONE.SE}."),
    ("post", "Beställning {N.order} från {N.date} har fortfarande inte kommit. Belopp {N.price}."),
    ("comment", "Tack, {P1.first}!"),
    ("comment", "Grattis {P1.first}! 🎉"),
    ("comment", "Hej {P1.first}, kan du mejla mig på {ME.email}?"),
    ("comment", "Tack så mycket, {P1.first}, för en bra dragning."),
    ("about", "Jag heter {ME} och jobbar som {ROLE} i {CITY}. Nå mig på {ME.email} eller {PHONE}."),
    ("headline", "{ROLE} på {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_RU = [
    ("post", "Рады приветствовать в команде {CO} нового коллегу — {P1}!"),
    ("post", "Спикер: {P1}, {ROLE} в {CO}. Начало в {N.time}."),
    ("post", "Ищем: {ROLE} {CITY}. Резюме на {ROLE_EMAIL}, телефон {PHONE}.", {"w": 2}),
    ("post", "Осторожно, мошенники: звонили с номера {PHONE.RU}, представились банком и просили номер карты."),
    ("post", "Вчера дочитал [[name_word|роман]] Толстого и понял, что это лучшая книга про управление."),
    ("post", "[[name_word|Надежда]] умирает последней, но дедлайн раньше."),
    ("post", "[[name_word|Вера]] в команду — половина успеха."),
    ("post", "Переехали во [[place_name|Владимир]], открываем там офис."),
    ("post", "Заказ {N.order} от {N.date} всё ещё не доставлен. Сумма {N.price}."),
    ("post", "Сервер доступен по {IPV4}, внутренний адрес {N.ip_private}."),
    ("post", "Нас уже {N.count} человек в сообществе! Спасибо!"),
    ("post", "Кто-то выложил полный номер карты ({CARD}) в общий чат. Удалил, не делайте так!"),
    ("post", "Сервер переехал: новый адрес {IPV4}, IPv6 {IPV6}."),
    ("post", "Прошивка {N.ipversion} сломала роутер, откатились."),
    ("post", "Не забывайте {N.at:java} при переопределении методов."),
    ("post", "Регистрация: {N.url_form}"),
    ("post", "Вакансии: {N.url_careers}"),
    ("post", "Если `ssh -T {N.email_like}` висит — проверьте прокси."),
    ("comment", "Спасибо, {P1.first}! Очень полезно."),
    ("comment", "Поздравляю, {P1.first}! 🎉"),
    ("comment", "{P1.first}, привет! Пришли, пожалуйста, презентацию на {ME.email}."),
    ("comment", "Привет, {P1.first}! Звони: {PHONE}"),
    ("comment", "Отличный разбор, {P1.at}."),
    ("comment", "{P1.handle} посмотри, это про наш кейс."),
    ("about", "Меня зовут {ME}, я {ROLE}. Почта: {ME.email}, телефон: {PHONE}. GitHub: {ME.gh}"),
    ("headline", "{ROLE} в {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_UK = [
    ("post", "У нашій команді поповнення: {P1} 🎉"),
    ("post", "Доповідач: {P1}, {ROLE} у {CO}."),
    ("post", "Шукаємо: {ROLE} {CITY}. Резюме на {ROLE_EMAIL}, телефон {PHONE}.", {"w": 2}),
    ("post", "Збір на ЗСУ: IBAN {IBAN.UA}. Дякуємо всім, хто долучився!"),
    ("post", "Увага: в попередньому пості була помилка в IBAN ({N.iban:UA}). Правильний: {IBAN.UA}."),
    ("post", "Замовлення {N.order} від {N.date} досі не доставлене. Сума {N.price}."),
    ("comment", "Чудовий матеріал, {P1.at}!"),
    ("comment", "{P1.handle} глянь, це для нашого проєкту."),
    ("about", "{ROLE} {CITY}. Пошта: {ME.email}, телефон: {PHONE}."),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_EL = [
    ("post", "Νέο μέλος στην ομάδα μας: {P1} 🎉"),
    ("post", "Ομιλητές: {P1} και {P2}."),
    ("post", "Ζητείται {ROLE} {CITY}. Βιογραφικά στο {ROLE_EMAIL} ή στο {PHONE}.", {"w": 2}),
    ("post", "Για δωρεές: IBAN {IBAN.GR}. Ευχαριστούμε!"),
    ("post", "Καλημέρα [[place_name|Αθήνα]]! Ξεκινάμε σε λίγο το {EVENT}."),
    ("post", "Με την [[name_word|ελπίδα]] ότι θα τα πούμε από κοντά σύντομα."),
    ("post", "Παραγγελία {N.order} από {N.date}, ακόμα τίποτα. Ποσό {N.price}."),
    ("comment", "Ευχαριστώ, {P1.first}!"),
    ("comment", "Καλημέρα {P1.first}, μπορείς να μου στείλεις την παρουσίαση στο {ME.email};"),
    ("comment", "Συγχαρητήρια {P1.first}! 🎉"),
    ("comment", "{P1.handle} δες αυτό!"),
    ("about", "{ROLE} {CITY}. Επικοινωνία: {ME.email}, {PHONE}."),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_AR = [
    ("post", "نرحب بانضمام {P1} إلى فريق {CO}! 🎉"),
    ("post", "كانت كلمة {P1} في {EVENT} ملهمة جداً."),
    ("post", "نبحث عن {ROLE} {CITY}. أرسل سيرتك الذاتية إلى {ROLE_EMAIL} أو تواصل على {PHONE}.", {"w": 2}),
    ("post", "للتبرع عبر التحويل البنكي: رقم الآيبان {IBAN}"),
    ("post", "تصحيح: رقم الآيبان في المنشور السابق كان خاطئاً ({N.iban}). الرقم الصحيح {IBAN}."),
    ("post", "رمضان [[name_word|كريم]] للجميع 🌙"),
    ("post", "على [[name_word|أمل]] اللقاء قريباً في {EVENT}."),
    ("post", "احذروا الاحتيال: اتصل بي شخص من الرقم {PHONE} يطلب رقم البطاقة."),
    ("post", "الطلب {N.order} بتاريخ {N.date} لم يصل بعد. المبلغ {N.price}."),
    ("post", "نشر أحدهم رقم بطاقته كاملاً ({CARD}) في المجموعة. تم الحذف، انتبهوا!"),
    ("comment", "شكراً {P1.first} على المشاركة!"),
    ("comment", "مبروك يا {P1.first}! 👏"),
    ("comment", "مرحباً {P1.first}، ممكن ترسل العرض على {ME.email}؟"),
    ("comment", "ألف مبروك {P1.first} 🎉"),
    ("comment", "{P1.handle} شوف هذا"),
    ("about", "{ROLE} {CITY}. للتواصل: {ME.email} | {PHONE}"),
    ("headline", "{ROLE} في {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_HE = [
    ("post", "שמחים לבשר: {P1} מצטרף/ת לצוות {CO}! 🎉"),
    ("post", "ההרצאה של {P1} ב-{EVENT} הייתה מעולה."),
    ("post", "דרוש/ה {ROLE} {CITY}. קורות חיים ל-{ROLE_EMAIL} או בטלפון {PHONE}.", {"w": 2}),
    ("post", "המשרד החדש שלנו ב[[place_name|תל אביב]] נפתח ב-{N.date}."),
    ("post", "קיבלנו [[name_word|אור]] ירוק לפרויקט! 💚"),
    ("post", "הזמנה {N.order} מ-{N.date} עוד לא הגיעה. סכום {N.price}."),
    ("post", "לתרומות: {IBAN.IL}"),
    ("comment", "תודה, {P1.first}!"),
    ("comment", "מזל טוב {P1.first}! 🎉"),
    ("comment", "היי {P1.first}, אפשר לקבל את המצגת למייל {ME.email}?"),
    ("comment", "{P1.handle} תראה את זה"),
    ("about", "{ROLE} {CITY}. ליצירת קשר: {ME.email} | {PHONE}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_HI = [
    ("post", "{P1} को हमारी टीम में शामिल होने पर हार्दिक बधाई! 🎉"),
    ("post", "{EVENT} में {P1} का सत्र बहुत प्रेरणादायक था।"),
    ("post", "{CITY} में {ROLE} की ज़रूरत है। अपना CV {ROLE_EMAIL} पर भेजें या {PHONE} पर कॉल करें।", {"w": 2}),
    ("post", "[[name_word|आशा]] है आप सब ठीक होंगे।"),
    ("post", "उम्मीद की [[name_word|किरण]] अब भी बाकी है।"),
    ("post", "[[name_word|सूरज]] निकलते ही हम हैकथॉन शुरू करेंगे।"),
    ("post", "सावधान: {PHONE} से कॉल आया, बैंक के नाम पर कार्ड नंबर माँग रहे थे।"),
    ("post", "ऑर्डर {N.order} ({N.date}) अभी तक नहीं पहुँचा। राशि {N.price}।"),
    ("comment", "धन्यवाद {P1.first} जी!"),
    ("comment", "नमस्ते {P1.first} जी, कृपया प्रेज़ेंटेशन {ME.email} पर भेज दें।"),
    ("comment", "बधाई हो {P1.first}! 🎉"),
    ("comment", "शुक्रिया {P1.first}!"),
    ("comment", "{P1.handle} यह देखिए"),
    ("about", "मैं {ME} हूँ, {CITY} में {ROLE}। संपर्क: {ME.email}, {PHONE}"),
]

T_ZH = [
    ("post", "热烈欢迎{P1}加入{CO}团队！🎉"),
    ("post", "谢谢{P1}的分享，收获很大。"),
    ("post", "恭喜{P1}！实至名归"),
    ("post", "{P1}老师今天在{EVENT}讲得太好了"),
    ("post", "招聘{ROLE}，简历请发至{ROLE_EMAIL}，或致电{PHONE}", {"w": 2}),
    ("post", "我的GitHub：{ME.gh}，欢迎关注"),
    ("post", "有合作意向请联系{ME.email}谢谢"),
    ("post", "联系电话{PHONE.CN}（工作日{N.time}后）"),
    ("post", "很[[name_word|高兴]]认识大家！"),
    ("post", "早[[name_word|高峰]]地铁太挤了，今天远程办公。"),
    ("post", "这个方案很[[name_word|高明]]，省了一半成本。"),
    ("post", "周末去[[place_name|黄山]]爬山，风景绝了。"),
    ("post", "下周去[[place_name|金华]]出差，有当地的朋友吗？"),
    ("post", "买了一双[[org_name|李宁]]跑鞋，准备跑半马。"),
    ("post", "在[[org_name|周大福]]给妈妈挑了生日礼物。"),
    ("post", "订单号{N.order}，{N.date}下单，到现在还没发货。金额{N.price}。"),
    ("post", "公司信息：{N.company_id:zh}"),
    ("post", "有人在群里发了完整的信用卡号{CARD}，已删除，大家注意信息安全！"),
    ("post", "服务器公网IP：{IPV4}，内网地址{N.ip_private}。"),
    ("post", "新机房IPv6地址：{IPV6}"),
    ("post", "记得给重写的方法加上{N.at:java}注解。"),
    ("post", "报名链接：{N.url_form}"),
    ("post", "论文地址：{N.url_paper}"),
    ("post", "我们的专利{N.patent}获得授权了！"),
    ("post", "感谢{P1.handle}的推荐！"),
    ("comment", "谢谢{P1}！"),
    ("comment", "感谢{P1.handle}的分享"),
    ("comment", "{P1}，可以把资料发我邮箱{ME.email}吗？"),
    ("about", "{ROLE}，现居{CITY}。邮箱：{ME.email}　电话：{PHONE}"),
    ("headline", "{ROLE} | {CO} | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_JA = [
    ("post", "{P1}さんが{CO}に入社しました！よろしくお願いします🎉"),
    ("post", "登壇者：{P1}（{CO}）、{P2}（{CO2}）"),
    ("post", "{ROLE}を募集中です。お問い合わせは{ROLE_EMAIL}まで。", {"w": 2}),
    ("post", "連絡先：{PHONE}"),
    ("post", "{EVENT}で{P1}さんの発表を聞きました。とても勉強になりました。"),
    ("post", "注文番号{N.order}、{N.date}に注文したのにまだ届きません。金額{N.price}。"),
    ("post", "イベントは{N.date} {N.time}開始です。申し込み：{N.url_form}"),
    ("post", "ブログを書きました：{ME.medium}"),
    ("post", "テスト用カード番号：{CARD.test}（本番では使わないでください）"),
    ("post", "サーバーのIPは{IPV4}です。社内は{N.ip_private}。"),
    ("post", "`npm i {N.at:npm}` で型エラーが解消しました。"),
    ("post", "採用情報：{N.url_careers}"),
    ("comment", "{P1}さん、ありがとうございます！"),
    ("comment", "{P1}さん、おめでとうございます！"),
    ("comment", "{P1.handle}さん、ありがとうございます！"),
    ("comment", "資料は{ME.email}に送ってください🙏"),
    ("about", "{ROLE}。{CITY}在住。連絡先：{ME.email}／{PHONE}"),
    ("headline", "{ROLE} [[at_not_handle|@ {CO.nospace}]] | {TOPIC}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_KO = [
    ("post", "{P1}님이 {CO}에 합류했습니다! 🎉"),
    ("post", "{EVENT}에서 {P1}님의 발표가 인상적이었습니다."),
    ("post", "채용: {ROLE} (경력 3년 [[name_word|이상]]). 문의는 {ROLE_EMAIL}으로 연락주세요.", {"w": 2}),
    ("post", "연락처: {PHONE}"),
    ("post", "서버 IP: {IPV4}, 내부망 {N.ip_private}"),
    ("post", "주문번호 {N.order} ({N.date}) 아직 배송이 안 됐어요. 금액 {N.price}."),
    ("post", "신입도 가능, 관련 경험 1년 [[name_word|이상]]이면 우대합니다."),
    ("comment", "{P1}님 감사합니다!"),
    ("comment", "{P1} 님, 축하드립니다!"),
    ("comment", "{P1.handle} 님 덕분에 해결했어요"),
    ("comment", "자료는 {ME.email}으로 보내주세요"),
    ("about", "{ROLE} · {CITY}\n이메일: {ME.email}\n전화: {PHONE}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_TH = [
    ("post", "ยินดีต้อนรับคุณ{P1}สู่ทีม {CO} 🎉"),
    ("post", "รับสมัคร{ROLE} ติดต่อ {PHONE} หรือ {ROLE_EMAIL}", {"w": 2}),
    ("post", "คำสั่งซื้อ {N.order} วันที่ {N.date} ยังไม่ได้รับของเลย ยอด {N.price}"),
    ("comment", "ขอบคุณคุณ{P1.first}มากครับ"),
    ("comment", "ยินดีด้วยนะคะคุณ{P1.first}"),
    ("comment", "ขอบคุณ คุณ{P1.first} ครับ"),
    ("comment", "ส่งไฟล์มาที่ {ME.email} ได้เลยครับ"),
    ("about", "{ROLE} {CITY} ติดต่อ {ME.email} โทร {PHONE}"),
]

T_VI = [
    ("post", "Chào mừng {P1} gia nhập đội ngũ {CO}! 🎉"),
    ("post", "Tuyển {ROLE} tại {CITY}. Gửi CV về {ROLE_EMAIL} hoặc gọi {PHONE}.", {"w": 2}),
    ("post", "Văn phòng mới của chúng tôi ở đường [[place_name|Nguyễn Huệ]], Quận 1."),
    ("post", "Hẹn gặp mọi người tại số 12 [[place_name|Lê Lợi]] nhé!"),
    ("post", "Hẹn gặp lại mọi người ngày [[name_word|mai]]!"),
    ("post", "Đơn hàng {N.order} đặt ngày {N.date} vẫn chưa giao. Số tiền {N.price}."),
    ("comment", "Cảm ơn bạn {P1.first} nhiều!"),
    ("comment", "Chúc mừng {P1.first} nhé! 🎉"),
    ("comment", "Cảm ơn {P1.first} đã chia sẻ."),
    ("comment", "{P1.handle} xem cái này nè"),
    ("about", "{ROLE} tại {CITY}. Liên hệ: {ME.email} | {PHONE}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

T_ID = [
    ("post", "Selamat bergabung {P1} di tim {CO}! 🎉"),
    ("post", "Info lowongan {ROLE} di {CITY}: kirim CV ke {ROLE_EMAIL} atau WA {PHONE}.", {"w": 2}),
    ("post", "Kantor baru kami di Jl. [[place_name|Gatot Subroto]], {CITY}."),
    ("post", "Pemandangan yang [[name_word|indah]] banget dari rooftop kantor."),
    ("post", "Pesanan {N.order} tanggal {N.date} belum sampai. Total {N.price}."),
    ("comment", "Terima kasih, {P1.first}!"),
    ("comment", "Selamat ya {P1.first}! 🎉"),
    ("comment", "Halo {P1.first}, boleh minta materinya ke {ME.email}?"),
    ("comment", "Makasih Kak {P1.first}!"),
    ("comment", "{P1.handle} cek ini deh"),
    ("about", "{ROLE} di {CITY}. Kontak: {ME.email} | {PHONE}"),
    ("experience", "{ROLE} · {CO} · {N.daterange}"),
]

# Templates carrying rare types or negative categories are drawn more often, so that every
# type and category has enough instances per seed to measure a 1-2% rate.
BOOST = [("{CARD", 3), (".handle}", 2), (".poss}", 2), (".fposs}", 2), (".at}", 2), (".tr_gen}", 2), (".fr_de}", 2), ("{SSN", 6), ("{N.ssn", 6), ("{N.card", 5), ("{IPV6", 4), ("{N.ipv6", 4),
         ("{IPV4", 3), ("{N.ip_", 4), ("{N.ipversion", 4), ("mailto}", 5), ("{N.url_paper", 4),
         ("{N.url_company", 4), ("{N.url_docs", 3), ("{N.url_ticket", 2), ("{N.isbn", 4), ("{N.isin", 5),
         ("{N.email_like", 5), ("{N.patent", 3), ("{N.version", 3), ("{N.at:", 2), ("{N.company_id", 2),
         ("{N.reference", 2), ("{N.count", 2)]


def boosted(lst):
    out = []
    for t in lst:
        opts = dict(t[2]) if len(t) > 2 else {}
        w = max([opts.get("w", 1)] + [b for k, b in BOOST if k in t[1]])
        opts["w"] = w
        out.append((t[0], t[1], opts))
    return out


TEMPLATES = {"en": T_EN, "de": T_DE, "fr": T_FR, "es": T_ES, "pt": T_PT, "it": T_IT, "nl": T_NL, "pl": T_PL,
             "tr": T_TR, "sv": T_SV, "ru": T_RU, "uk": T_UK, "el": T_EL, "ar": T_AR, "he": T_HE,
             "hi": T_HI + [(k, t, dict(o[0] if o else {}, cult={"in": 1}, fl="inl")) for k, t, *o in T_INL],
             "zh": T_ZH, "ja": T_JA, "ko": T_KO, "th": T_TH, "vi": T_VI, "id": T_ID}
TEMPLATES = {k: boosted(v) for k, v in TEMPLATES.items()}

LANG_WEIGHTS = {"en": 26, "de": 8, "fr": 7, "es": 7, "pt": 6, "it": 4, "nl": 3.5, "pl": 3, "tr": 3, "sv": 2,
                "ru": 5, "uk": 2, "el": 2, "ar": 4, "he": 2, "hi": 4, "zh": 5, "ja": 4, "ko": 3, "th": 2,
                "vi": 2, "id": 2}

TAILS = {
    "en": ["\n\n📩 {ME.email} · 📞 {PHONE}", "\n\nMore about me: {ME.li}", "\n\nCode: {ME.gh}", "\n— {ME}",
           "\n\nBook a call: {ME.cal}", "\n\nI'm on Bluesky now: {ME.bsky}", "\n\nDM me or email {ME.email}.",
           "\n\n#hiring #{TEAM}", "\n\n(Posted from {CITY}, {N.date})", "\n\nNewsletter: {ME.substack}",
           "\n\nCall or text {PHONE.SPEC}", "\n\nFollow {ME.handle} for more."],
    "de": ["\n\nKontakt: {ME.email} · {PHONE}", "\n\nMehr auf meinem Profil: {ME.li}", "\n— {ME}",
           "\n\n#wirstellenein #{CITY}"],
    "fr": ["\n\nContact : {ME.email} · {PHONE}", "\n\nMon profil : {ME.li}", "\n— {ME}", "\n\n#recrutement"],
    "es": ["\n\nContacto: {ME.email} · {PHONE}", "\n— {ME}", "\n\nMás en {ME.li}"],
    "pt": ["\n\nContato: {ME.email} · {PHONE}", "\n— {ME}", "\n\nMais em {ME.li}"],
    "it": ["\n\nContatti: {ME.email} · {PHONE}", "\n— {ME}"],
    "nl": ["\n\nContact: {ME.email} · {PHONE}", "\n— {ME}"],
    "pl": ["\n\nKontakt: {ME.email} · {PHONE}", "\n— {ME}"],
    "tr": ["\n\nİletişim: {ME.email} · {PHONE}", "\n— {ME}"],
    "sv": ["\n\nKontakt: {ME.email} · {PHONE}", "\n— {ME}"],
    "ru": ["\n\nКонтакты: {ME.email} · {PHONE}", "\n— {ME}", "\n\nTelegram: {ME.handle}"],
    "uk": ["\n\nКонтакти: {ME.email} · {PHONE}", "\n— {ME}"],
    "el": ["\n\nΕπικοινωνία: {ME.email} · {PHONE}", "\n— {ME}"],
    "ar": ["\n\nللتواصل: {ME.email} · {PHONE}", "\n— {ME}"],
    "he": ["\n\nליצירת קשר: {ME.email} · {PHONE}", "\n— {ME}"],
    "hi": ["\n\nसंपर्क: {ME.email} · {PHONE}", "\n— {ME}"],
    "zh": ["\n\n邮箱：{ME.email}　电话：{PHONE}", "\n——{ME}"],
    "ja": ["\n\n連絡先：{ME.email}／{PHONE}", "\n（{ME}）"],
    "ko": ["\n\n이메일: {ME.email} / 전화: {PHONE}", "\n— {ME}"],
    "th": ["\n\nติดต่อ: {ME.email} โทร {PHONE}"],
    "vi": ["\n\nLiên hệ: {ME.email} · {PHONE}", "\n— {ME}"],
    "id": ["\n\nKontak: {ME.email} · {PHONE}", "\n— {ME}"],
}


# --------------------------------------------------------------------------------------
# validation

class LabelError(AssertionError):
    """The gold itself is wrong: a bug in this generator, never retried."""


class Unlabelled(Exception):
    """PII-looking text left unlabelled by chance: the record is drawn again."""


URL_OK = re.compile(r"^(?:https?://)?(?:www\.|[a-z]{2}\.)?(?:linkedin\.com/in/[\w-]+/?(?:\?\S+)?|github\.com/[\w-]+(?:\?tab=\w+)?"
                    r"|(?:x|twitter)\.com/\w+(?:/status/\d+)?|medium\.com/@\w+(?:/[\w-]+)?|bsky\.app/profile/[\w.-]+"
                    r"|[a-z0-9]+\.substack\.com(?:/p/[\w-]+)?|calendly\.com/[\w-]+(?:/[\w-]+)?)$")
OBF_RE = re.compile(r"^[A-Za-z0-9._%+-]+ ?[\[(](?:at|AT)[\])] ?[A-Za-z0-9-]+(?:(?: ?[\[(]dot[\])] ?|\.)[A-Za-z0-9-]+)+$")
HANDLE_RE = re.compile(r"@([A-Za-z0-9_]+)")


def check_record(gen, ctx, text, spans, negs):
    n = len(text)
    sp = sorted((s["start"], s["end"], s["type"]) for s in spans)
    for s, e, t in sp:
        if not (0 <= s < e <= n):
            raise LabelError("span out of range")
        v = text[s:e]
        if v != v.strip() or v[-1] in ".,;:!?)]>'’":
            raise LabelError("span edge: %r" % v)
    for a, b in zip(sp, sp[1:]):
        if b[0] < a[1]:
            raise LabelError("overlapping gold %r %r" % (a, b))
    members = [m for m in ctx.persons.values() if isinstance(m, Member)]
    for s, e, t in sp:
        v = text[s:e]
        if t == "EMAIL":
            if not (EMAIL_RE.fullmatch(v) or OBF_RE.match(v)):
                raise LabelError("bad email %r" % v)
        elif t == "PHONE":
            nd = sum(c.isdigit() for c in v)
            if not (7 <= nd <= 15 and v[0] in "+(0123456789" and v[-1].isdigit()):
                raise LabelError("bad phone %r" % v)
        elif t == "IPV4":
            if not v4_global(v):
                raise LabelError("ipv4 %r" % v)
        elif t == "IPV6":
            if not ipaddress.ip_address(v).is_global:
                raise LabelError("ipv6 %r" % v)
        elif t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and luhn_ok(d) and card_valid_prefix(d)):
                raise LabelError("card %r" % v)
        elif t == "IBAN":
            c = v.replace(" ", "")
            if not (c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1):
                raise LabelError("iban %r" % v)
        elif t == "US_SSN":
            if not (re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", v) and ssn_ok(v)):
                raise LabelError("ssn %r" % v)
        elif t == "URL":
            if not (URL_OK.match(v) or re.fullmatch(r"(?:https?://)?" + re.escape(gen.prefix) + r"\w+", v)):
                raise LabelError("url %r" % v)
        elif t == "HANDLE":
            if not (v[0] == "@" and v[1:].lower() in gen.handles):
                raise LabelError("handle %r" % v)
        elif t == "PERSON":
            toks = tuple(x[2] for x in tokens(v))
            ok = toks in gen.full or norm(v) in gen.cjk_full or v in gen.thai_full
            ok = ok or any(norm(v) == norm(m.given) for m in members)
            if not ok:
                raise LabelError("person %r" % v)
        else:
            raise LabelError(t)
    ng = sorted((x["start"], x["end"], x["category"]) for x in negs)
    for s, e, c in ng:
        if not (0 <= s < e <= n):
            raise LabelError("neg out of range")
        for a in sp:
            if a[0] < e and s < a[1]:
                raise LabelError("negative overlaps gold: %r %r" % (text[s:e], text[a[0]:a[1]]))
        v = text[s:e]
        if c == "card_luhn_invalid" and luhn_ok(re.sub(r"\D", "", v)):
            raise LabelError(v)
        if c == "iban_bad_check" and iban_mod97(v.replace(" ", "")) == 1:
            raise LabelError(v)
        if c == "ssn_invalid" and ssn_ok(v):
            raise LabelError(v)
        if c.startswith("ip_") and c != "ip_version" and v4_global(v):
            raise LabelError(v)
        if c == "ipv6_nonglobal" and ipaddress.ip_address(v).is_global:
            raise LabelError(v)
        if c in NAME_NEG:
            toks = [x[2] for x in tokens(v)]
            hit = any(t in gen.firsts or t in gen.lasts for t in toks)
            hit = hit or any(tuple(toks[i:j]) in gen.full for i in range(len(toks)) for j in range(i + 2, len(toks) + 1))
            hit = hit or any(norm(v[i:j]) in gen.cjk_full for i in range(len(v)) for j in range(i + 2, min(len(v), i + 5) + 1))
            if not hit:
                raise LabelError("name negative without a colliding member: %r" % v)

    def covered(s, e):
        if any(a[0] <= s and e <= a[1] for a in sp):
            return True
        return any(x[0] < e and s < x[1] for x in ng)

    # unlabelled directory full names
    toks = tokens(text)
    for i in range(len(toks)):
        for k in range(2, gen.maxn + 1):
            if i + k > len(toks):
                break
            key = tuple(t[2] for t in toks[i:i + k])
            if key in gen.full and not covered(toks[i][0], toks[i + k - 1][1]):
                raise Unlabelled("name %r" % text[toks[i][0]:toks[i + k - 1][1]])
    i = 0
    while i < n:
        if is_cjk(text[i]):
            j = i
            while j < n and is_cjk(text[j]):
                j += 1
            run = norm(text[i:j])
            for a in range(len(run)):
                for b in range(a + 2, min(len(run), a + 5) + 1):
                    if run[a:b] in gen.cjk_full and not covered(i + a, i + b):
                        raise Unlabelled("cjk name %r" % run[a:b])
            i = j
        else:
            i += 1
    if any(is_thai(c) for c in text):
        for nm in gen.thai_full:
            p = text.find(nm)
            while p >= 0:
                if not covered(p, p + len(nm)):
                    raise Unlabelled("thai name")
                p = text.find(nm, p + 1)
    for mt in HANDLE_RE.finditer(text):
        if mt.group(1).lower() in gen.handles and not covered(mt.start(), mt.end()):
            raise Unlabelled("handle %r" % mt.group(0))
    for mt in EMAIL_RE.finditer(text):
        st = mt.start()
        while text[st] in "-.":
            st += 1
        if not covered(st, mt.end()):
            raise Unlabelled("email %r" % mt.group(0))


# --------------------------------------------------------------------------------------
# main

GREET_ATTRS = (".first}", ".fposs}", ".dear}", ".tr_hon}")


def make_record(gen, rng, rid):
    lang = wchoice(rng, LANG_WEIGHTS)
    tpls = TEMPLATES[lang]
    weights = {i: (t[2].get("w", 1) if len(t) > 2 else 1) for i, t in enumerate(tpls)}
    i = wchoice(rng, weights)
    tpl = tpls[i]
    kind, text = tpl[0], tpl[1]
    opts = tpl[2] if len(tpl) > 2 else {}
    ctx = Ctx(gen, rng, lang, opts.get("cult") or LANG_CULT[lang])
    ctx.kind = kind
    ctx.flang = opts.get("fl", lang)
    for key in ("ME", "P1", "P2", "P3"):
        if any(("{" + key + a) in text for a in GREET_ATTRS):
            ctx.need_greet.add(key)
    if kind in ("post", "about", "job", "event") and rng.random() < 0.3:
        tails = TAILS.get(ctx.flang if ctx.flang in TAILS else lang, TAILS["en"])
        text = text + rng.choice(tails)
    segs = gen.render(ctx, text)
    segs = [x for x in segs if x[0]]
    body, spans, negs = assemble(segs)
    check_record(gen, ctx, body, spans, negs)
    return {"id": rid, "lang": lang, "kind": kind, "text": body, "spans": spans, "negatives": negs}, (lang, i)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile-prefix", default="askfirst.example/u/")
    ap.add_argument("--stats", action="store_true", help="print label counts to stderr")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    cultures = load_cultures()
    drng = random.Random("blind-directory-%d" % a.seed)
    members = build_directory(drng, a.members, cultures)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps(m.as_json(), ensure_ascii=False) + "\n")
    gen = Gen(members, a.profile_prefix, cultures)
    rng = random.Random("blind-records-%d" % a.seed)
    stats_t, stats_n, stats_l, retries = {}, {}, {}, {}
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for k in range(1, a.records + 1):
            for attempt in range(100):
                try:
                    rec, tkey = make_record(gen, rng, "b%d" % k)
                    break
                except Unlabelled as e:
                    retries[str(e)[:60]] = retries.get(str(e)[:60], 0) + 1
            else:
                raise SystemExit("could not draw record %d" % k)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for s in rec["spans"]:
                stats_t[s["type"]] = stats_t.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                stats_n[s["category"]] = stats_n.get(s["category"], 0) + 1
            stats_l[rec["lang"]] = stats_l.get(rec["lang"], 0) + 1
    if a.stats:
        print("types:", json.dumps(dict(sorted(stats_t.items()))), file=sys.stderr)
        print("negatives:", json.dumps(dict(sorted(stats_n.items()))), file=sys.stderr)
        print("langs:", json.dumps(dict(sorted(stats_l.items()))), file=sys.stderr)
        print("redraws: %d" % sum(retries.values()), json.dumps(dict(sorted(retries.items(), key=lambda x: -x[1])[:15]), ensure_ascii=False), file=sys.stderr)


if __name__ == "__main__":
    main()
