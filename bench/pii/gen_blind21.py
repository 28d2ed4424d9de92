#!/usr/bin/env python3
"""gen_blind21.py - the twenty-fifth labelled PII corpus ("blind21"), written blind.

  gen_blind21.py --out DIR [--records 5000] [--members 100000] [--seed 1]

Writes DIR/members.jsonl (exactly --members lines {"user","name","handle"}) and DIR/corpus.jsonl
(records {"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive: the format score.py reads).  Python 3 standard
library only; the output is a pure function of the arguments (one random.Random(seed)).

How it was written
------------------
Blind: the only project material read was issue 3 (the definition of personal data) and
bench/pii/score.py (label format and metrics).  No engine code, tests, docs, other generators
or the git log were looked at and the redactor was never run on this output.  Everything else
(templates, phrase banks, name pools, formats) was written from scratch for this file.

Genres (record "kind"): speaker_bio, panel_lineup, alumni, hackathon_results, volunteer,
newsletter, minutes, wiki_howto, support_reply, sports_club, realestate_ad, freelancer_ad,
academic_cv, release_notes, quoted_reply, bilingual, job_post, profile, comment, event_invite,
incident_report, onboarding, donation, dm, recommendation.  They use markdown tables with `|`,
`> ` quoted replies, code fences, HTML and markdown links (mailto:, tel:), emoji, ALL-CAPS name
lines, signatures, check-lists and line breaks.

Languages (26): en de fr es it pt nl pl sv fi cs hu tr ru uk el ar he hi th ko ja zh vi id sw,
plus bilingual records (lang "xx+en").  Scripts: Latin, Cyrillic, Greek, Arabic, Hebrew,
Devanagari, Thai, Hangul, Han, Kana.  Member names come from 31 naming cultures (incl.
transliterated Chinese/Arabic/Indian names, particles van der/de la/bin/al-/Ó, hyphenated
names, apostrophes, initials "K. S. Raman", surname-first Hungarian, Vietnamese three-part
names, unspaced CJK names).

Gold types: EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON.

Negative categories: word_name place company eponym (member names in non-name use),
example_domain, at_non_handle, date time price order_number ticket_number isbn version patent
(phone look-alikes), ip_private ip_loopback ip_link_local ip_documentation ip_reserved
ip_version, ipv6_loopback ipv6_link_local ipv6_ula ipv6_documentation ipv6_multicast
mac_address, luhn_invalid, iban_bad_check iban_bad_length, ssn_invalid, url_company
url_careers url_docs url_paper url_ticket url_form.

Doubtful labelling choices (decided here, listed so they can be argued with)
- Greeting/thanks first names follow the person's given name: for Vietnamese members
  ("Nguyễn Văn An") the greeting name is the LAST token ("Chào anh An,"), for Hungarian members
  ("Nagy Anna") also the last token.  CJK members are never greeted by given name alone.
- Honorifics stay outside PERSON spans even when glued: さん/様/老师/님/คุณ/जी/Hanım/Bey/Pak/Mbak;
  in Thai the name may be glued on both sides ("ขอบคุณคุณสมชายมากครับ"); in Hebrew the
  prefix ל may be glued before a thanked first name ("תודה רבה לנועה!"), span = the name only.
- Names typed without their diacritics ("Jose Garcia" for member "José García") are PERSON
  (the issue says matching is diacritic-insensitive); ALL-CAPS names are PERSON, including
  Turkish ones where str.upper() turns dotless ı into I ("KILIÇ" for "Kılıç").
- `@Full Name` mentions: PERSON is the name without the "@"; no member handle equals the
  ASCII start of a first name, so "@Lea Planck" never contains a handle.
- Latin-script names and e-mails may be glued to CJK, Thai, Hangul or Cyrillic text
  ("感谢Anja Weber老师的分享", "ご連絡はsato@yahoo.co.jpまで"), never to Latin letters.
- Turkish apostrophe suffixes ("Ayşe Yılmaz'ın") and English possessives ('s, ’s, bare ')
  stay outside the span.
- Polish/Czech/Ukrainian thanks use the nominative ("Dzięki, Marek!"), not the vocative; Greek
  greetings only use female given names (nominative = vocative).
- Localised obfuscations count as EMAIL: [at]/(at)/{at}/[AT], [arroba]/[punto], [arobase]/[point],
  (at)/(punkt), [собака]/[точка], [chiocciola], [apenstaartje]/[punt]; the span runs from the
  first character of the local part to the last character of the TLD.
- Both parts of `[x@y.com](mailto:x@y.com)` and `[+49 …](tel:+49…)` are gold (two spans).
- Phone numbers of countries outside the issue's list appear mostly in international format,
  plus a few common national forms (KR 010-…, RU 8 (9xx) …, TR 0 (5xx) …, SA 05x …, PL 9 digits);
  a few Saudi numbers are written in Arabic-Indic digits and are PHONE.
- Role addresses of organisations (jobs@, info@, spenden@) are EMAIL; an organisation's own
  donation IBAN is IBAN (the type, not the owner, decides).
- IBAN negatives include "wrong length but mod-97 valid" (iban_bad_length).
- Version strings that are syntactically global IPv4 addresses ("Firmware 4.2.1.15",
  "OID 1.3.6.1.4.1.2021") are ip_version negatives.
- medium.com/<publication>/… without "@" and linkedin.com/company|school|showcase/… are
  url_company negatives; github.com/features|pricing|orgs/… and docs.github.com are url_docs.
- `@here`, `@channel`, `@media`, `@Override`, `@types/node`, … are at_non_handle negatives.
- Member names identical to firms/eponyms ("Morgan Stanley", "Grace Hopper Celebration",
  "Max-Planck-Institut", Chinese 高明 "brilliant") are negatives when used that way.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

NBSP = "\u00a0"

# ----------------------------------------------------------------------------- validators


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return True
    return False


IBAN_FMT = {  # country: (length, BBAN pattern: n digit, a upper letter, c upper alnum)
    "DE": (22, "n" * 18), "AT": (20, "n" * 16), "CH": (21, "n" * 17), "FR": (27, "n" * 23),
    "BE": (16, "n" * 12), "LU": (20, "n" * 16), "ES": (24, "n" * 20),
    "IT": (27, "a" + "n" * 22), "PT": (25, "n" * 21), "BR": (29, "n" * 23 + "ac"),
    "NL": (18, "aaaa" + "n" * 10), "PL": (28, "n" * 24), "SE": (24, "n" * 20),
    "FI": (18, "n" * 14), "CZ": (24, "n" * 20), "HU": (28, "n" * 24),
    "TR": (26, "n" * 22), "GR": (27, "n" * 23), "SA": (24, "n" * 20), "AE": (23, "n" * 19),
    "IL": (23, "n" * 19), "GB": (22, "aaaa" + "n" * 14), "IE": (22, "aaaa" + "n" * 14),
    "DK": (18, "n" * 14), "NO": (15, "n" * 11), "RO": (24, "aaaa" + "n" * 16),
}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"],
         "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"], "RO": ["RNCB", "BTRL"]}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    if cc not in IBAN_FMT or len(s) != IBAN_FMT[cc][0]:
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban_with_check(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ip4_global(s):
    try:
        ip = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def ip6_global(s):
    try:
        ip = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast and ip.ipv4_mapped is None


EXAMPLE_RE = re.compile(r"(?:^|[.@/])(?:example\.(?:com|net|org)|[a-z0-9-]+\.example|"
                        r"[a-z0-9-]+\.test|[a-z0-9-]+\.invalid|example)(?:$|[/:?#])", re.I)

# ----------------------------------------------------------------------------- names

# culture: (order, first names, last names).  Strings are Latin names (handle = folded name);
# tuples are (name, romanisation, gender) for first names and (male, female, romanisation)
# or (name, romanisation) for last names.
C = {}
C["en"] = ("fl", """James Emily Olivia Liam Noah Sophie Daniel Sarah Rachel Thomas Hannah Oliver Megan
Ryan Chloe Ethan Lauren Connor Abigail Nathan Grace Will Rose Hope Mark Amber Holly Ruby Jade Miles
Chase Hunter Dawn Joy Faith Summer Iris Bill Sydney Charlotte Austin Florence Madison Georgia
Victoria Dallas Phoenix Lincoln Chelsea Jackson Adelaide Regina Paris Morgan Charles Edward Paul
Ted Calvin Ralph Hugo John Alan Ada""".split(),
           """Smith Johnson Taylor Wilson Clarke Hughes O'Brien McAllister Baker Young King Wright
Fitzgerald Harris Campbell Murphy Bennett Foster Reynolds Sullivan Brooks Porter Hayes Gallagher
MacLeod Thompson-Reid Kellogg Dyson Parkinson Hodgkin Bayes Kalman Markov Stanley Schwab Jones Lewis
Lauren Klein Boss Hopper Turing Lovelace""".split())
C["ng"] = ("fl", """Chinedu Ngozi Oluwaseun Emeka Funmilayo Chiamaka Tunde Adaeze Blessing Precious
Godswill Ifeoma""".split(), "Okafor Adeyemi Adebayo Eze Nwosu Balogun Okonkwo Obi Bello Danjuma Ogunleye".split())
C["inl"] = ("fl", "Rahul Priya Ananya Vikram Aditya Sneha Karthik Deepika Arjun Lakshmi".split(),
            "Sharma Iyer Reddy Nair Krishnan Banerjee Chatterjee Subramanian Menon Patel".split())
C["arl"] = ("fl", "Khalid Omar Ahmad Youssef Layla Nur Hamza Rania Tariq Yasmin".split(),
            ["al-Rashid", "Al-Farsi", "bin Ismail", "El-Amin", "Ben Salah", "Abu Bakr", "al-Masri", "Haddad"])
C["zhl"] = ("fl", "Wei Na Jing Yang Lei Xiaoming Fang Hao".split(), "Zhang Li Chen Liu Wang Huang Zhou Xu".split())
C["de"] = ("fl", """Anja Lukas Jürgen Sören Katrin Maximilian Heike Björn Günther Friederike Jonas Lea
Mia Felix Tobias Sabine Ute Dörte Jan-Hendrik Anna-Lena Ernst Frank Max Emmy Robert""".split(),
           ["Weber", "Müller", "Schäfer", "Groß", "Schröder", "Köhler", "Meyer-Landrut", "von Bülow",
            "Hoffmann", "Weiß", "Becker", "Wagner", "Fischer", "Zimmermann", "Krüger", "Hartmann",
            "Lehmann", "Brandt", "Vogel-Özdemir", "Bosch", "Porsche", "Siemens", "Diesel", "Gauß",
            "Euler", "Planck", "Noether"])
C["fr"] = ("fl", """Élodie François Chloé Hélène Jean-Pierre Marie-Claire Léa Benoît Aurélie Noël Théo
Inès Mathis Camille Gaëlle Loïc Claire Pascal Constance Marie""".split(),
           ["Dubois", "Lefèvre", "Moreau", "Girard", "de La Fontaine", "Rousseau", "Béranger",
            "Le Goff", "Faure", "N'Diaye", "Mercier", "Lambert", "Bonnet", "Saint-Clair", "Chevalier",
            "Garnier", "Fourier", "Michelin", "Peugeot", "Renault", "Curie"])
C["es"] = ("fl", """José María Alejandro Íñigo Begoña Lucía Javier Carmen Sergio Nuria Andrés Ainhoa
Dolores Luz Blanca Pilar Rocío Sol Paz Mercedes""".split(),
           ["García", "Fernández", "de la Cruz", "Martínez-López", "Núñez", "Ibáñez", "del Río",
            "Castillo", "Ortega", "Muñoz", "Sánchez", "de los Santos", "Domínguez", "Echeverría"])
C["it"] = ("fl", """Giulia Lorenzo Francesca Matteo Chiara Niccolò Alessandro Martina Davide Federica
Gioia Bianca Speranza Sofia""".split(),
           ["Rossi", "Bianchi", "De Luca", "Esposito", "D'Angelo", "Ferrari", "Galli", "Lombardi",
            "Romano", "Colombo", "Ricci", "Marino", "Di Stefano", "Barilla", "Fibonacci"])
C["pt"] = ("fl", """João Ana Luíza Gonçalo Thiago Conceição Rafael Beatriz Lucas Mariana Caio Letícia
Graça Vitória Glória""".split(),
           ["Silva", "Santos", "Oliveira", "Gonçalves", "da Costa", "Araújo", "Magalhães", "Pereira",
            "Rodrigues", "Carvalho", "dos Santos", "Nascimento", "Ribeiro"])
C["nl"] = ("fl", "Sanne Daan Bram Femke Joost Lotte Sven Maarten Ilse Ruud Anouk Thijs Roos Niels".split(),
           ["de Vries", "van der Berg", "van Dijk", "Dijkstra", "Bakker", "Jansen", "Visser",
            "van 't Hof", "de Jong", "Smit", "Mulder", "van den Broek", "Willems", "Bohr"])
C["pl"] = ("fl", [("Łukasz", "lukasz", "m"), ("Wojciech", "wojciech", "m"), ("Paweł", "pawel", "m"),
                  ("Tomasz", "tomasz", "m"), ("Marek", "marek", "m"), ("Krzysztof", "krzysztof", "m"),
                  ("Katarzyna", "katarzyna", "f"), ("Małgorzata", "malgorzata", "f"),
                  ("Agnieszka", "agnieszka", "f"), ("Joanna", "joanna", "f"), ("Zofia", "zofia", "f"),
                  ("Magdalena", "magdalena", "f")],
           [("Kowalski", "Kowalska", "kowalski"), ("Wiśniewski", "Wiśniewska", "wisniewski"),
            ("Wójcik", "Wójcik", "wojcik"), ("Kamiński", "Kamińska", "kaminski"),
            ("Zieliński", "Zielińska", "zielinski"), ("Lewandowski", "Lewandowska", "lewandowski"),
            ("Nowak", "Nowak", "nowak"), ("Szymański", "Szymańska", "szymanski")])
C["sv"] = ("fl", "Åsa Björn Linnéa Märta Oskar Elsa Nils Ingrid Göran Sigrid".split(),
           "Andersson Ångström Sjöberg Lindqvist Nyström Holmberg Bergström Åkesson".split())
C["fi"] = ("fl", "Mikko Aino Jukka Päivi Ilkka Satu Tuomas Kaisa Toivo Onni Lumi Tuuli".split(),
           "Virtanen Mäkinen Häkkinen Korhonen Nieminen Laaksonen Järvinen".split())
C["cs"] = ("fl", [("Petr", "petr", "m"), ("Jiří", "jiri", "m"), ("Ondřej", "ondrej", "m"),
                  ("Tomáš", "tomas", "m"), ("Jakub", "jakub", "m"), ("Tereza", "tereza", "f"),
                  ("Lucie", "lucie", "f"), ("Věra", "vera", "f"), ("Kateřina", "katerina", "f"),
                  ("Zuzana", "zuzana", "f")],
           [("Novák", "Nováková", "novak"), ("Dvořák", "Dvořáková", "dvorak"), ("Černý", "Černá", "cerny"),
            ("Procházka", "Procházková", "prochazka"), ("Svoboda", "Svobodová", "svoboda"),
            ("Kučera", "Kučerová", "kucera")])
C["hu"] = ("lf", "Anna Zsófia Bence Levente Eszter Gábor Réka Ádám".split(),
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár".split())
C["tr"] = ("fl", """Ayşe Mehmet Gökhan Şebnem Çağla İlker Zeynep Emre Elif Burak Deniz Umut Can Yıldız
Güneş""".split(), "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç".split())
C["ru"] = ("fl", [("Дмитрий", "dmitry", "m"), ("Сергей", "sergey", "m"), ("Алексей", "aleksey", "m"),
                  ("Иван", "ivan", "m"), ("Михаил", "mikhail", "m"), ("Анна", "anna", "f"),
                  ("Ольга", "olga", "f"), ("Екатерина", "ekaterina", "f"), ("Вера", "vera", "f"),
                  ("Надежда", "nadezhda", "f"), ("Любовь", "lyubov", "f"), ("Мария", "maria", "f")],
           [("Иванов", "Иванова", "ivanov"), ("Смирнов", "Смирнова", "smirnov"),
            ("Кузнецов", "Кузнецова", "kuznetsov"), ("Попов", "Попова", "popov"),
            ("Соколов", "Соколова", "sokolov"), ("Лебедев", "Лебедева", "lebedev"),
            ("Волков", "Волкова", "volkov"), ("Морозов", "Морозова", "morozov")])
C["uk"] = ("fl", [("Тарас", "taras", "m"), ("Андрій", "andrii", "m"), ("Олександр", "oleksandr", "m"),
                  ("Богдан", "bohdan", "m"), ("Олена", "olena", "f"), ("Оксана", "oksana", "f"),
                  ("Юлія", "yuliia", "f"), ("Надія", "nadiia", "f"), ("Віра", "vira", "f"),
                  ("Ірина", "iryna", "f")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"), ("Кравчук", "kravchuk"), ("Мельник", "melnyk"), ("Бойко", "boiko")])
C["el"] = ("fl", [("Γιώργος", "giorgos", "m"), ("Νίκος", "nikos", "m"), ("Δημήτρης", "dimitris", "m"),
                  ("Κώστας", "kostas", "m"), ("Μαρία", "maria", "f"), ("Ελένη", "eleni", "f"),
                  ("Ειρήνη", "eirini", "f"), ("Ελπίδα", "elpida", "f"), ("Αγάπη", "agapi", "f"),
                  ("Κατερίνα", "katerina", "f")],
           [("Παπαδόπουλος", "Παπαδοπούλου", "papadopoulos"), ("Οικονόμου", "Οικονόμου", "oikonomou"),
            ("Γεωργίου", "Γεωργίου", "georgiou"), ("Νικολάου", "Νικολάου", "nikolaou"),
            ("Παππάς", "Παππά", "pappas"), ("Αλεξίου", "Αλεξίου", "alexiou"),
            ("Καραγιάννης", "Καραγιάννη", "karagiannis")])
C["ar"] = ("fl", [("محمد", "mohammed", "m"), ("أحمد", "ahmed", "m"), ("خالد", "khalid", "m"),
                  ("عمر", "omar", "m"), ("يوسف", "yousef", "m"), ("فاطمة", "fatima", "f"),
                  ("سارة", "sara", "f"), ("ليلى", "layla", "f"), ("نور", "nour", "f"),
                  ("أمل", "amal", "f"), ("مريم", "maryam", "f")],
           [("العلي", "alali"), ("الحربي", "alharbi"), ("حداد", "haddad"), ("المصري", "almasri"),
            ("الشامي", "alshami"), ("القحطاني", "alqahtani"), ("الزهراني", "alzahrani")])
C["he"] = ("fl", [("נועה", "noa", "f"), ("אורי", "ori", "m"), ("יעל", "yael", "f"), ("דניאל", "daniel", "m"),
                  ("תמר", "tamar", "f"), ("אור", "or", "x"), ("מיכל", "michal", "f"), ("איתי", "itai", "m")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
            ("אברהם", "avraham"), ("פרידמן", "friedman")])
C["hi"] = ("fl", [("राहुल", "rahul", "m"), ("प्रिया", "priya", "f"), ("आशा", "asha", "f"),
                  ("प्रेम", "prem", "m"), ("अनीता", "anita", "f"), ("विकास", "vikas", "m"),
                  ("सूरज", "suraj", "m"), ("नेहा", "neha", "f"), ("अर्जुन", "arjun", "m")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"),
            ("पटेल", "patel"), ("जोशी", "joshi"), ("मेहता", "mehta")])
C["th"] = ("fl", [("สมชาย", "somchai", "m"), ("สมศรี", "somsri", "f"), ("ประเสริฐ", "prasert", "m"),
                  ("มาลี", "malee", "f"), ("วิไล", "wilai", "f"), ("ณัฐพล", "nattapon", "m"),
                  ("กมลชนก", "kamonchanok", "f")],
           [("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์สวัสดิ์", "wongsawat"),
            ("รัตนพันธ์", "rattanaphan"), ("สุขสวัสดิ์", "suksawat"), ("ทองดี", "thongdee")])
C["ko"] = ("lf0", [("민준", "minjun", "m"), ("서연", "seoyeon", "f"), ("지훈", "jihoon", "m"),
                   ("하은", "haeun", "f"), ("도윤", "doyun", "m"), ("수빈", "subin", "f"), ("예준", "yejun", "m")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("윤", "yoon")])
C["ja"] = ("lf0", [("美咲", "misaki", "f"), ("翔太", "shota", "m"), ("陽菜", "hina", "f"),
                   ("大輝", "daiki", "m"), ("結衣", "yui", "f"), ("蓮", "ren", "m"), ("さくら", "sakura", "f"),
                   ("健一", "kenichi", "m")],
           [("田中", "tanaka"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"),
            ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura")])
C["zh"] = ("lf0", [("伟", "wei", "m"), ("芳", "fang", "f"), ("静", "jing", "f"), ("磊", "lei", "m"),
                   ("敏", "min", "f"), ("晓明", "xiaoming", "m"), ("明", "ming", "m"), ("婷婷", "tingting", "f"),
                   ("浩然", "haoran", "m"), ("思远", "siyuan", "m")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("欧阳", "ouyang"), ("高", "gao"), ("赵", "zhao"), ("黄", "huang")])
C["vi"] = ("vi", [("An", "an", "x"), ("Lan", "lan", "f"), ("Hùng", "hung", "m"), ("Mai", "mai", "f"),
                  ("Tuấn", "tuan", "m"), ("Hương", "huong", "f"), ("Linh", "linh", "f"), ("Dũng", "dung", "m")],
           [("Nguyễn", "nguyen"), ("Trần", "tran"), ("Lê", "le"), ("Phạm", "pham"), ("Hoàng", "hoang"),
            ("Võ", "vo"), ("Đặng", "dang")])
C["id"] = ("fl", "Budi Siti Agus Dewi Putri Rizky Indah Wahyu Sri Eko Ayu Fajar".split(),
           "Santoso Rahayu Setiawan Lestari Wijaya Hidayat Pratama Saputra Kusuma Nugroho".split())
C["sw"] = ("fl", "Amina Juma Wanjiru Baraka Imani Neema Amani Zawadi Hassani Achieng".split(),
           "Mwangi Otieno Kamau Ochieng Njoroge Wanjiku Mutua Kariuki Odhiambo".split())
C["ie"] = ("fl", "Seán Siobhán Aoife Ciarán Niamh Oisín".split(),
           ["Ó Briain", "Ní Bhriain", "Mac Gearailt", "Ó Súilleabháin", "O'Connor", "Ní Dhomhnaill"])
VI_MID = {"m": ["Văn", "Đức", "Minh"], "f": ["Thị", "Ngọc", "Thanh"], "x": ["Minh", "Thanh"]}

SPECIALS = [  # (name, culture, given name for greetings or None)
    ("Morgan Stanley", "en", "Morgan"), ("Charles Schwab", "en", "Charles"),
    ("Edward Jones", "en", "Edward"), ("Paul Smith", "en", "Paul"), ("Ted Baker", "en", "Ted"),
    ("Calvin Klein", "en", "Calvin"), ("Ralph Lauren", "en", "Ralph"), ("Hugo Boss", "en", "Hugo"),
    ("John Lewis", "en", "John"), ("Grace Hopper", "en", "Grace"), ("Alan Turing", "en", "Alan"),
    ("Ada Lovelace", "en", "Ada"), ("Max Planck", "de", "Max"), ("Marie Curie", "fr", "Marie"),
    ("Niels Bohr", "nl", "Niels"), ("Emmy Noether", "de", "Emmy"), ("Robert Bosch", "de", "Robert"),
    ("Rosalind Franklin", "en", "Rosalind"), ("K. S. Raman", "inl", None),
    ("T. V. Narayanan", "inl", None), ("J. R. Okafor", "ng", None), ("A. P. Menon", "inl", None),
    ("Maria José da Silva Santos", "pt", "Maria"), ("Juan Carlos de la Fuente", "es", "Juan"),
    ("Jan-Willem van den Heuvel", "nl", "Jan-Willem"), ("Nur Aisyah binti Abdullah", "arl", None),
    ("Mary-Kate O'Connor", "ie", "Mary-Kate"), ("高明", "zh", None), ("王芳", "zh", None),
    ("Ludwig van der Berg", "nl", "Ludwig"), ("Anne-Sophie de Saint-Exupéry", "fr", "Anne-Sophie"),
]
CULT_W = {"en": 14, "de": 8, "fr": 6, "es": 6, "it": 4, "pt": 5, "nl": 4, "pl": 3, "sv": 2, "fi": 2,
          "cs": 2, "hu": 2, "tr": 4, "ru": 5, "uk": 3, "el": 2, "ar": 4, "arl": 2, "he": 2, "hi": 4,
          "inl": 5, "th": 2, "ko": 3, "ja": 4, "zh": 4, "zhl": 2, "vi": 3, "id": 3, "sw": 2, "ng": 3,
          "ie": 1}
LANG_CULT = {"en": ["en", "ng", "inl", "ie", "arl", "zhl"], "de": ["de"], "fr": ["fr"], "es": ["es"],
             "it": ["it"], "pt": ["pt"], "nl": ["nl"], "pl": ["pl"], "sv": ["sv"], "fi": ["fi"],
             "cs": ["cs"], "hu": ["hu"], "tr": ["tr"], "ru": ["ru"], "uk": ["uk"], "el": ["el"],
             "ar": ["ar", "arl"], "he": ["he"], "hi": ["hi", "inl"], "th": ["th"], "ko": ["ko"],
             "ja": ["ja"], "zh": ["zh", "zhl"], "vi": ["vi"], "id": ["id"], "sw": ["sw"]}
RESERVED_HANDLES = {"here", "channel", "everyone", "media", "override", "dataclass", "angular",
                    "types", "keyframes", "param", "returns", "import", "test", "springbootapplication",
                    "font", "admin", "support", "gmail", "outlook", "example", "all", "team"}
SPECIAL_MAP = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ß": "ss",
               "đ": "d", "Đ": "D", "ı": "i", "þ": "th"}


def fold(s):
    s = "".join(SPECIAL_MAP.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def rom(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def strip_marks(s):
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


# normalisation used by the self-check's member-name scan: one character in, one character out
_NC = {}


def nchar(c):
    r = _NC.get(c)
    if r is None:
        if unicodedata.category(c)[0] == "M" or "\uac00" <= c <= "\ud7af":
            r = c
        elif c in "ıI":  # Turkish dotless i folds to i (KILIÇ = Kılıç)
            r = "i"
        else:
            d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            d = d.casefold()
            r = d[0] if d and d[0].isalnum() else " "
        _NC[c] = r
    return r


def norm(s):
    return "".join(nchar(c) for c in s)


def normname(s):
    return " ".join(norm(s).split())


NOSPACE_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


class Member:
    __slots__ = ("name", "handle", "given", "rf", "rl", "cult", "gender", "first", "last")


def build_members(rng, n):
    out = []
    used = set(RESERVED_HANDLES)
    # a handle must not equal what "@<first name>" of an "@Full Name" mention would look like
    for cult in C:
        for fe in C[cult][1]:
            f = fe if isinstance(fe, str) else fe[0]
            used.add(re.match(r"[A-Za-z0-9_]*", f).group(0).lower())
            used.add(rom(f))
    for name, _, _ in SPECIALS:
        used.add(re.match(r"[A-Za-z0-9_]*", name).group(0).lower())

    def entry(e):
        if isinstance(e, str):
            return e, rom(e), "x"
        return e

    def last_form(l, g):
        if isinstance(l, str):
            return l, rom(l)
        if len(l) == 3:
            return (l[1] if g == "f" else l[0]), l[2]
        return l

    def handle_for(rf, rl):
        rf, rl = rf[:12], rl[:12]
        opts = [rf + rl, rf + "_" + rl, rf[:1] + rl, rl + rf[:1], rf + rl[:1], rl + "_" + rf,
                rf + rl + str(rng.randint(1, 99)), rf + "_" + rl[:3], rf + str(rng.randint(70, 99))]
        h = rng.choice(opts)
        h = re.sub(r"[^a-z0-9_]", "", h)[:20]
        if len(h) < 5:
            h = (h + "_" + rl + rf)[:20]
        while h in used:
            h = (h[:16] + str(rng.randint(1, 999)))
        used.add(h)
        return h

    def make(cult, fe=None, le=None):
        order, firsts, lasts = C[cult]
        f, frm, g = entry(fe if fe is not None else rng.choice(firsts))
        if cult in ("pl", "cs", "ru", "el") and g == "x":
            g = rng.choice("mf")
        l, lrm = last_form(le if le is not None else rng.choice(lasts), g)
        m = Member()
        m.cult, m.gender, m.first, m.last = cult, g, f, l
        if order == "fl":
            m.name, m.given = f + " " + l, f
        elif order == "lf":
            m.name, m.given = l + " " + f, f
        elif order == "lf0":
            m.name, m.given = l + f, None
        else:  # vi
            m.name, m.given = l + " " + rng.choice(VI_MID[g]) + " " + f, f
        m.rf, m.rl = frm, lrm
        m.handle = handle_for(frm, lrm)
        return m

    for cult in sorted(C):
        order, firsts, lasts = C[cult]
        for fe in firsts:
            out.append(make(cult, fe=fe))
        for le in lasts:
            out.append(make(cult, le=le))
    for name, cult, given in SPECIALS:
        m = Member()
        m.cult, m.gender, m.name, m.given = cult, "x", name, given
        parts = name.split()
        m.first, m.last = parts[0], " ".join(parts[1:]) or name
        if NOSPACE_RE.search(name):
            m.rf, m.rl = {"高明": ("ming", "gao"), "王芳": ("fang", "wang")}[name]
        else:
            m.rf, m.rl = rom(parts[0]), rom(parts[-1])
        m.handle = handle_for(m.rf, m.rl)
        out.append(m)
    cults = sorted(CULT_W)
    weights = [CULT_W[c] for c in cults]
    while len(out) < n:
        out.append(make(rng.choices(cults, weights)[0]))
    out = out[:n]
    rng.shuffle(out)
    return out


# ----------------------------------------------------------------------------- phrase banks
# {P0}/{F0}/{E0}/... refer to the phrase's focus member; see Rec.expand for the placeholders.
BANK = {}
BANK["en"] = dict(
    hi=["Hi {F0},", "Hey {F0}!", "Hello {F0} —", "Dear {F0},", "Morning {F0}!", "Hi {F0} and {F}!"],
    thx=["Thanks, {F0}!", "Thank you {F0} 🙏", "Huge thanks to {F0} for making this happen.",
         "Cheers {F0}!", "Kudos to {F0}!", "Thanks {F0}, {F} and {F} — amazing work."],
    intro=["{P0} will moderate the panel.", "Please welcome {P0} to the team!",
           "{P0} leads the data platform group.", "Our speaker today is {P0}.",
           "{PS0} keynote opens day two.", "Shout-out to {PA0} for the write-up."],
    congr=["Congratulations to {P0} on the promotion!", "Well deserved, {P0}! 🎉",
           "So proud of {P0} — new role, same kindness."],
    call=["Call or text me on {PH}.", "Reach me at {PH} (WhatsApp too).", "Phone: {PH}"],
    write=["Drop me a line at {E0}.", "Email: {E0}", "CV to {E0}, please.", "Write to {EO0}."],
    prof=["More about me: {U0}", "Portfolio: {U0}", "Connect: {U0}."],
    fol=["Follow {H0} for the recording.", "cc {H0}", "h/t {H0}!"],
    fill=["Slides will be shared after the session.", "We're hiring across three teams.",
          "Doors open at the usual time.", "Coffee and snacks provided.", "Feedback welcome in the comments.",
          "Reposting for reach.", "Still a few seats left.", "Hybrid format, stream link below."],
    bye=["Best regards,", "Cheers,", "Kind regards,", "Warmly,"],
)
BANK["de"] = dict(
    hi=["Hallo {F0},", "Moin {F0}!", "Liebe Grüße an {F0}!", "Hi {F0},"],
    thx=["Danke, {F0}!", "Vielen Dank an {F0}!", "Merci {F0} für die Orga!"],
    intro=["{P0} moderiert das Panel.", "Herzlich willkommen im Team, {P0}!", "Heute spricht {P0} über Datenschutz."],
    congr=["Herzlichen Glückwunsch, {P0}!", "Gratulation an {P0} zur neuen Rolle!"],
    call=["Ruf mich an: {PH}", "Erreichbar unter {PH}.", "Tel.: {PH}"],
    write=["Schreib mir an {E0}.", "Bewerbungen an {E0}", "Mail: {EO0}"],
    prof=["Mein Profil: {U0}"], fol=["Folgt {H0} für Updates.", "cc {H0}"],
    fill=["Die Folien teilen wir im Anschluss.", "Wir stellen ein!", "Für Getränke ist gesorgt.",
          "Anmeldung bitte bis Freitag."],
    bye=["Viele Grüße,", "Beste Grüße,", "LG,"])
BANK["fr"] = dict(
    hi=["Bonjour {F0},", "Salut {F0} !", "Coucou {F0},"],
    thx=["Merci, {F0} !", "Un grand merci à {F0} !", "Merci beaucoup {F0} 🙏"],
    intro=["{P0} animera la table ronde.", "Bienvenue à {P0} dans l'équipe !"],
    congr=["Félicitations à {P0} pour ce nouveau poste !"],
    call=["Tél. : {PH}", "Appelez-moi au {PH}."], write=["Écrivez-moi à {E0}.", "Contact : {EO0}"],
    prof=["Mon profil : {U0}"], fol=["Suivez {H0} pour la suite."],
    fill=["Les slides seront partagées après la session.", "Nous recrutons !", "Café offert."],
    bye=["Bien cordialement,", "Belle journée,"])
BANK["es"] = dict(
    hi=["Hola {F0},", "¡Hola, {F0}!", "Buenas, {F0}:"],
    thx=["¡Gracias, {F0}!", "Mil gracias a {F0} por todo.", "¡Gracias {F0} y {F}!"],
    intro=["Modera la mesa {P0}.", "¡Damos la bienvenida a {P0}!"],
    congr=["¡Enhorabuena, {P0}, por el nuevo puesto!"],
    call=["Tel.: {PH}", "Llámame al {PH}."], write=["Escríbeme a {E0}.", "Correo: {EO0}"],
    prof=["Mi perfil: {U0}"], fol=["Seguid a {H0} para más."],
    fill=["Compartiremos las diapositivas después.", "¡Estamos contratando!", "Habrá café."],
    bye=["Un saludo,", "Saludos cordiales,"])
BANK["it"] = dict(
    hi=["Ciao {F0},", "Buongiorno {F0}!"], thx=["Grazie, {F0}!", "Grazie mille a {F0}!"],
    intro=["Modera il panel {P0}.", "Diamo il benvenuto a {P0}!"], congr=["Complimenti a {P0} per il nuovo ruolo!"],
    call=["Tel. {PH}", "Chiamatemi al {PH}."], write=["Scrivetemi a {E0}.", "Email: {EO0}"],
    prof=["Profilo: {U0}"], fol=["Seguite {H0}!"],
    fill=["Le slide saranno condivise dopo l'evento.", "Stiamo assumendo!"], bye=["Cordiali saluti,", "Un caro saluto,"])
BANK["pt"] = dict(
    hi=["Oi {F0},", "Olá, {F0}!"], thx=["Valeu, {F0}!", "Obrigado, {F0}!", "Muito obrigada, {F0} 💚"],
    intro=["{P0} vai mediar o painel.", "Sejam bem-vindos, {P0}!"], congr=["Parabéns, {P0}, pela conquista!"],
    call=["Fone/WhatsApp: {PH}", "Me liga: {PH}"], write=["Manda um e-mail para {E0}.", "E-mail: {EO0}"],
    prof=["Meu perfil: {U0}"], fol=["Sigam {H0}!"],
    fill=["Os slides serão compartilhados depois.", "Estamos contratando!"], bye=["Abraços,", "Att.,"])
BANK["nl"] = dict(
    hi=["Hoi {F0},", "Hallo {F0}!"], thx=["Dank je, {F0}!", "Bedankt {F0}!"],
    intro=["{P0} modereert het panel.", "Welkom in het team, {P0}!"], congr=["Gefeliciteerd, {P0}!"],
    call=["Bel me op {PH}.", "Tel: {PH}"], write=["Mail naar {E0}.", "E-mail: {EO0}"],
    prof=["Profiel: {U0}"], fol=["Volg {H0}."], fill=["De slides delen we na afloop.", "Koffie staat klaar."],
    bye=["Met vriendelijke groet,", "Groetjes,"])
BANK["pl"] = dict(
    hi=["Cześć {F0}!", "Hej {F0},"], thx=["Dzięki, {F0}!", "Wielkie dzięki, {F0}!"],
    intro=["Panel poprowadzi {P0}.", "Witamy w zespole: {P0}!"], congr=["Gratulacje, {P0}!"],
    call=["Tel. {PH}", "Dzwoń: {PH}"], write=["Pisz na {E0}.", "E-mail: {E0}"], prof=["Profil: {U0}"],
    fol=["Obserwujcie {H0}."], fill=["Nagranie udostępnimy po spotkaniu.", "Zapraszamy wszystkich chętnych!"],
    bye=["Pozdrawiam,"])
BANK["sv"] = dict(
    hi=["Hej {F0}!", "Hallå {F0},"], thx=["Tack, {F0}!", "Stort tack till {F0}!"],
    intro=["Panelen modereras av {P0}.", "Välkommen till teamet, {P0}!"], congr=["Grattis, {P0}!"],
    call=["Tel: {PH}", "Ring mig på {PH}."], write=["Mejla {E0}.", "E-post: {E0}"], prof=["Profil: {U0}"],
    fol=["Följ {H0}."], fill=["Bilderna delas efter passet.", "Vi växer och anställer!"], bye=["Vänliga hälsningar,"])
BANK["fi"] = dict(
    hi=["Moi {F0}!", "Hei {F0},"], thx=["Kiitos, {F0}!", "Iso kiitos, {F0}!"],
    intro=["Paneelia vetää {P0}.", "Tervetuloa tiimiin, {P0}!"], congr=["Onnea, {P0}!"],
    call=["Puh. {PH}", "Soita: {PH}"], write=["Sähköposti: {E0}"], prof=["Profiili: {U0}"], fol=["Seuraa {H0}."],
    fill=["Tallenne jaetaan tilaisuuden jälkeen.", "Tervetuloa kaikille!"], bye=["Terveisin,"])
BANK["cs"] = dict(
    hi=["Ahoj {F0},"], thx=["Díky, {F0}!", "Děkujeme: {P0}."], intro=["Přednášet bude {P0}."],
    congr=["Gratulujeme, {P0}!"], call=["Tel.: {PH}"], write=["E-mail: {E0}"], prof=["Profil: {U0}"],
    fol=["Sledujte {H0}."], fill=["Záznam pošleme po akci.", "Hledáme nové kolegy."], bye=["S pozdravem,"])
BANK["hu"] = dict(
    hi=["Szia {F0}!", "Kedves {F0},"], thx=["Köszi, {F0}!", "Köszönjük, {F0}!"], intro=["Az előadó {P0}."],
    congr=["Gratulálunk, {P0}!"], call=["Tel.: {PH}"], write=["E-mail: {E0}"], prof=["Profil: {U0}"],
    fol=["Kövessétek: {H0}"], fill=["A diákat az előadás után megosztjuk.", "Mindenkit szeretettel várunk!"],
    bye=["Üdvözlettel,"])
BANK["tr"] = dict(
    hi=["Merhaba {F0} Hanım,", "Selam {F0}!", "Merhaba {F0} Bey,"],
    thx=["Teşekkürler {F0} Bey!", "Çok teşekkürler, {F0}!", "Teşekkürler {F0} Hanım 🙏"],
    intro=["Paneli {P0} yönetecek.", "{PT0} sunumu çok ilgi gördü."], congr=["Tebrikler {P0}!"],
    call=["Tel: {PH}", "Bana ulaşın: {PH}"], write=["E-posta: {E0}", "CV'nizi {E0} adresine gönderin."],
    prof=["Profilim: {U0}"], fol=["{H0} hesabını takip edin."],
    fill=["Sunum dosyaları etkinlikten sonra paylaşılacak.", "Ekibimiz büyüyor!"], bye=["Saygılarımla,"])
BANK["ru"] = dict(
    hi=["Привет, {F0}!", "Здравствуйте, {F0}!"], thx=["Спасибо, {F0}!", "{F0}, спасибо огромное!"],
    intro=["Модератор дискуссии — {P0}.", "Встречайте: {P0}!"], congr=["Поздравляем {P0} с новой должностью!"],
    call=["Тел.: {PH}", "Звоните: {PH}"], write=["Пишите на {E0}", "Почта: {EO0}", "Резюме — на почту{E0}"],
    prof=["Профиль: {U0}"], fol=["Подписывайтесь на {H0}."],
    fill=["Запись будет доступна после вебинара.", "Мы расширяем команду."], bye=["С уважением,"])
BANK["uk"] = dict(
    hi=["Вітаю, {F0}!", "Привіт, {F0}!"], thx=["Дякую, {F0}!", "Щиро дякуємо, {F0}!"],
    intro=["Спікерка: {P0}.", "Модерує {P0}."], congr=["Вітаємо {P0} з новою посадою!"],
    call=["Тел.: {PH}"], write=["Пишіть на {E0}"], prof=["Профіль: {U0}"], fol=["Стежте за {H0}."],
    fill=["Запис буде доступний після вебінару.", "Ми шукаємо волонтерів."], bye=["З повагою,"])
BANK["el"] = dict(
    hi=["Γεια σου {F0}!", "Καλημέρα {F0},"], thx=["Ευχαριστώ, {F0}!", "Ευχαριστούμε πολύ, {F0}!"],
    intro=["Συντονίζει ο/η {P0}.", "Καλωσορίζουμε τον/την {P0}!"], congr=["Συγχαρητήρια, {P0}!"],
    call=["Τηλ.: {PH}"], write=["Email: {E0}"], prof=["Προφίλ: {U0}"], fol=["Ακολουθήστε {H0}."],
    fill=["Οι διαφάνειες θα μοιραστούν μετά.", "Προσλαμβάνουμε!"], bye=["Με εκτίμηση,"])
BANK["ar"] = dict(
    hi=["مرحبًا {F0}،", "أهلًا {F0}!"], thx=["شكرًا جزيلًا يا {F0}!", "شكرًا {F0} على التنظيم."],
    intro=["يسعدنا انضمام {P0} إلى الفريق.", "يدير الجلسة {P0}."], congr=["مبروك يا {P0} على المنصب الجديد!"],
    call=["للتواصل: {PH}", "هاتف: {PH}"], write=["راسلوني على {E0}", "البريد: {E0}"],
    prof=["ملفي: {U0}"], fol=["تابعوا {H0}"], fill=["نتطلع إلى لقائكم.", "سيتم مشاركة العرض بعد الجلسة."],
    bye=["مع خالص التحية،"])
BANK["he"] = dict(
    hi=["היי {F0},", "שלום {F0}!"], thx=["תודה, {F0}!", "תודה רבה ל{F0}!"],
    intro=["את הפאנל תנחה {P0}.", "ברוכים הבאים, {P0}!"], congr=["מזל טוב ל-{P0} על התפקיד החדש!"],
    call=["טלפון: {PH}"], write=["מייל: {E0}"], prof=["פרופיל: {U0}"], fol=["עקבו אחרי {H0}"],
    fill=["המצגת תשותף אחרי המפגש.", "אנחנו מגייסים!"], bye=["בברכה,"])
BANK["hi"] = dict(
    hi=["नमस्ते {F0} जी,", "हाय {F0}!"], thx=["धन्यवाद, {F0}!", "{F0} जी, बहुत-बहुत धन्यवाद!"],
    intro=["{P0} हमारी टीम में शामिल हुए हैं।", "सत्र का संचालन {P0} करेंगी।"], congr=["बधाई हो, {P0}!"],
    call=["संपर्क करें: {PH}"], write=["ईमेल: {E0}"], prof=["प्रोफ़ाइल: {U0}"], fol=["{H0} को फ़ॉलो करें।"],
    fill=["सत्र के बाद स्लाइड साझा की जाएंगी।", "सभी का स्वागत है!"], bye=["सादर,"])
BANK["th"] = dict(
    hi=["สวัสดีครับคุณ{F0}", "สวัสดีค่ะ คุณ{F0}"], thx=["ขอบคุณคุณ{F0}มากครับ", "ขอบคุณ {F0} นะคะ"],
    intro=["ขอแนะนำคุณ{P0} ผู้จัดการฝ่ายข้อมูล", "วิทยากร: {P0}"], congr=["ยินดีด้วยกับ {P0} ครับ"],
    call=["โทร {PH}"], write=["อีเมล {E0}", "ติดต่อ{E0}ได้เลยครับ"], prof=["โปรไฟล์: {U0}"], fol=["ติดตาม {H0}"],
    fill=["ขอบคุณทุกคนที่มาร่วมงาน", "สไลด์จะแชร์หลังจบงาน"], bye=["ด้วยความเคารพ"])
BANK["ko"] = dict(
    hi=["{P0}님, 안녕하세요!", "안녕하세요 {P0} 님,"], thx=["{P0}님 감사합니다!", "감사합니다, {P0} 님!"],
    intro=["{P0} 님이 패널로 참여합니다.", "발표자: {P0}"], congr=["{P0}님 승진 축하드립니다!"],
    call=["연락처: {PH}"], write=["이메일: {E0}", "문의는{E0}로 주세요"], prof=["프로필: {U0}"], fol=["{H0} 팔로우!"],
    fill=["발표 자료는 세션 후 공유됩니다.", "많은 참여 부탁드립니다."], bye=["감사합니다."])
BANK["ja"] = dict(
    hi=["{P0}さん、こんにちは。", "{P0}様"], thx=["{P0}さん、ありがとうございました！", "{P0}先生、お疲れさまでした。"],
    intro=["登壇者は{P0}さんです。", "モデレーター：{P0}"], congr=["{P0}さん、ご昇進おめでとうございます！"],
    call=["電話：{PH}"], write=["メール：{E0}", "ご連絡は{E0}までお願いします。"], prof=["プロフィール：{U0}"],
    fol=["{H0}さんをフォロー！"], fill=["資料は後日共有します。", "ご参加お待ちしています。"], bye=["よろしくお願いします。"])
BANK["zh"] = dict(
    hi=["{P0}老师好！", "{P0}，你好！"], thx=["感谢{P0}老师的分享！", "谢谢{P0}！"],
    intro=["本次分享嘉宾：{P0}（{H0}）", "主持人：{P0}"], congr=["恭喜{P0}升职！"],
    call=["电话：{PH}"], write=["邮箱：{E0}", "简历请发送至{E0}谢谢"], prof=["个人主页：{U0}"], fol=["关注{H0}获取更多"],
    fill=["会后分享PPT。", "欢迎大家转发。"], bye=["此致敬礼"])
BANK["vi"] = dict(
    hi=["Chào chị {F0},", "Chào anh {F0}!"], thx=["Cảm ơn {F0} nhiều!", "Cảm ơn anh {F0} ạ!"],
    intro=["Diễn giả: {P0}.", "Chào mừng {P0} gia nhập đội!"], congr=["Chúc mừng {P0}!"],
    call=["Điện thoại: {PH}"], write=["Email: {E0}"], prof=["Hồ sơ: {U0}"], fol=["Theo dõi {H0} nhé."],
    fill=["Tài liệu sẽ được chia sẻ sau buổi họp.", "Rất mong được gặp mọi người."], bye=["Trân trọng,"])
BANK["id"] = dict(
    hi=["Halo Mbak {F0},", "Hai {F0}!"], thx=["Terima kasih, Pak {F0}!", "Makasih {F0}!"],
    intro=["Pembicara kita hari ini: {P0}.", "Selamat bergabung, {P0}!"], congr=["Selamat, {P0}!"],
    call=["Hubungi {PH}"], write=["Email ke {E0}"], prof=["Profil: {U0}"], fol=["Follow {H0} ya."],
    fill=["Materi akan dibagikan setelah acara.", "Kami sedang membuka lowongan."], bye=["Salam,"])
BANK["sw"] = dict(
    hi=["Habari {F0},", "Jambo {F0}!"], thx=["Asante sana, {F0}!"], intro=["Mzungumzaji wetu ni {P0}."],
    congr=["Hongera, {P0}!"], call=["Piga simu: {PH}"], write=["Barua pepe: {E0}"], prof=["Wasifu: {U0}"],
    fol=["Mfuate {H0}."], fill=["Karibuni nyote!", "Mafunzo yataanza saa tatu asubuhi."], bye=["Wako,"])
LANGS = sorted(BANK)

LBL = {"en": dict(tel="Phone", mail="Email", att="Attendees", abs="Apologies", act="Action items",
                  spk="Speaker", mod="Moderator", team="Team", members="Members", score="Score",
                  contact="Contact", iban="IBAN", holder="Account holder", order="Order", ticket="Ticket",
                  minutes="Minutes", results="Results", when="When", where="Where", fee="Fee", rent="Rent",
                  prize="Prize", topic="Topic", alumni="Alumni news", coach="Coach", training="Training",
                  donate="Donations", viewing="Viewing", deposit="Deposit"),
       "de": dict(tel="Tel.", mail="E-Mail", att="Anwesend", abs="Entschuldigt", act="Aufgaben",
                  spk="Sprecherin", mod="Moderation", team="Team", members="Mitglieder", contact="Kontakt",
                  holder="Kontoinhaber", order="Bestellung", minutes="Protokoll", results="Ergebnisse",
                  when="Wann", where="Wo", fee="Beitrag", rent="Kaltmiete", prize="Preis", topic="Thema",
                  coach="Trainer", training="Training", donate="Spenden", viewing="Besichtigung",
                  deposit="Kaution"),
       "fr": dict(tel="Tél.", mail="Courriel", att="Présents", abs="Excusés", act="Actions", spk="Intervenante",
                  mod="Animation", contact="Contact", holder="Titulaire", minutes="Compte rendu",
                  results="Résultats", when="Quand", where="Où", fee="Cotisation", rent="Loyer", prize="Prix",
                  donate="Dons", coach="Entraîneur"),
       "es": dict(tel="Tel.", mail="Correo", att="Asistentes", act="Tareas", spk="Ponente", mod="Modera",
                  contact="Contacto", holder="Titular", minutes="Acta", results="Resultados", when="Cuándo",
                  where="Dónde", fee="Cuota", rent="Alquiler", prize="Premio", donate="Donativos"),
       "it": dict(tel="Tel.", att="Presenti", act="Azioni", spk="Relatrice", contact="Contatti",
                  holder="Intestatario", minutes="Verbale", results="Risultati", fee="Quota", rent="Affitto"),
       "pt": dict(tel="Tel.", att="Presentes", act="Pendências", spk="Palestrante", contact="Contato",
                  holder="Titular", minutes="Ata", results="Resultados", fee="Mensalidade", rent="Aluguel"),
       "nl": dict(tel="Tel.", att="Aanwezig", act="Actiepunten", spk="Spreker", contact="Contact",
                  holder="Rekeninghouder", minutes="Notulen", results="Uitslag", fee="Contributie", rent="Huur"),
       "pl": dict(tel="Tel.", att="Obecni", act="Zadania", contact="Kontakt", minutes="Protokół", fee="Składka"),
       "ru": dict(tel="Тел.", mail="Почта", att="Присутствовали", act="Задачи", spk="Спикер", contact="Контакты",
                  minutes="Протокол", results="Итоги", fee="Взнос"),
       "uk": dict(tel="Тел.", att="Присутні", act="Завдання", contact="Контакти", minutes="Протокол"),
       "el": dict(tel="Τηλ.", att="Παρόντες", contact="Επικοινωνία", minutes="Πρακτικά"),
       "ar": dict(tel="هاتف", mail="البريد", att="الحضور", act="المهام", contact="للتواصل", minutes="محضر الاجتماع"),
       "he": dict(tel="טל׳", att="נוכחים", act="משימות", contact="יצירת קשר", minutes="סיכום פגישה"),
       "hi": dict(tel="फ़ोन", att="उपस्थित", contact="संपर्क", minutes="बैठक का विवरण"),
       "th": dict(tel="โทร", att="ผู้เข้าร่วม", contact="ติดต่อ", minutes="บันทึกการประชุม"),
       "ko": dict(tel="전화", att="참석자", act="할 일", contact="연락처", minutes="회의록", spk="발표자"),
       "ja": dict(tel="電話", att="出席者", act="TODO", contact="連絡先", minutes="議事録", spk="登壇者"),
       "zh": dict(tel="电话", att="参会人", act="待办", contact="联系方式", minutes="会议纪要", spk="嘉宾"),
       "vi": dict(tel="ĐT", att="Tham dự", contact="Liên hệ", minutes="Biên bản"),
       "id": dict(tel="Telp.", att="Hadir", contact="Kontak", minutes="Notulen"),
       "sw": dict(tel="Simu", att="Waliohudhuria", contact="Mawasiliano", minutes="Kumbukumbu"),
       "tr": dict(tel="Tel", att="Katılımcılar", act="Aksiyonlar", contact="İletişim", minutes="Toplantı notları"),
       "sv": dict(tel="Tel", att="Närvarande", contact="Kontakt", minutes="Protokoll"),
       "fi": dict(tel="Puh.", att="Läsnä", contact="Yhteystiedot", minutes="Pöytäkirja"),
       "cs": dict(tel="Tel.", att="Přítomni", contact="Kontakt", minutes="Zápis"),
       "hu": dict(tel="Tel.", att="Jelen vannak", contact="Kapcsolat", minutes="Jegyzőkönyv")}

# hard negatives for member names: the part in ⟦ ⟧ is the negative span
NEG_SENT = {
    "word_name": {
        "en": ["⟦Will⟧ the slides be shared afterwards?", "Our SLA has a 14-day ⟦grace⟧ period.",
               "⟦Grace⟧ under pressure: notes from a year of on-call.", "Revenue ⟦rose⟧ 12% year over year.",
               "⟦Hope⟧ is not a strategy — test your backups.", "⟦Mark⟧ the thread as resolved once merged.",
               "⟦Amber⟧ alert on the staging dashboard again.", "Built with ⟦Ruby⟧ on Rails and Postgres.",
               "⟦Jade⟧ green is the new brand colour.", "Only 12 ⟦miles⟧ from the venue.",
               "⟦Chase⟧ the invoices before Friday, please.", "⟦Dawn⟧ patrol ride this Saturday 🚴",
               "Pure ⟦joy⟧ to ship this release.", "Leap of ⟦faith⟧, but it worked.",
               "⟦Summer⟧ internship applications are open.", "Trained on the ⟦Iris⟧ dataset for the demo.",
               "The ⟦bill⟧ passed the second reading.", "⟦Holly⟧ wreaths for the office party 🎄",
               "⟦Hunter⟧ green hoodies for all volunteers.", "What a ⟦blessing⟧ this team is!",
               "⟦Can⟧ someone share the link?", "⟦Precious⟧ metals desk is hiring.",
               "I ⟦will⟧ send the deck tonight.", "⟦Hope⟧ you all had a restful weekend!"],
        "de": ["Die Lage ist ⟦ernst⟧, aber nicht hoffnungslos.", "Im ⟦Ernst⟧: wer hat den Build kaputt gemacht?",
               "⟦Frank⟧ und frei: das Meeting war zu lang.", "⟦Max⟧. 20 Teilnehmende pro Workshop."],
        "fr": ["La réponse est ⟦claire⟧ : on y va.", "⟦Rose⟧ poudré pour le nouveau logo.",
               "Avec ⟦constance⟧ et rigueur, on a tenu les délais."],
        "es": ["⟦Luz⟧ verde al proyecto.", "Una camisa ⟦blanca⟧ para el evento.",
               "Tengo ⟦dolores⟧ de cabeza con este deploy 😅", "El ⟦pilar⟧ de nuestra estrategia es el cliente.",
               "Bajo el ⟦sol⟧ de Málaga, reunión de equipo.", "Firmamos la ⟦paz⟧ con el equipo de QA."],
        "it": ["Che ⟦gioia⟧ rivedervi!", "Una lavagna ⟦bianca⟧ e tanta pazienza.", "Con la ⟦speranza⟧ di vedervi presto."],
        "pt": ["Que ⟦graça⟧ esse vídeo!", "Mais uma ⟦vitória⟧ do time!", "Muita ⟦glória⟧ pra essa equipe."],
        "nl": ["Een ⟦roos⟧ voor iedere vrijwilliger."],
        "fi": ["⟦Onni⟧ potkaisi, saimme rahoituksen!", "⟦Toivo⟧ elää vielä.", "⟦Tuuli⟧ puhaltaa kovaa tänään."],
        "tr": ["⟦Deniz⟧ kenarında ekip toplantısı 🌊", "⟦Umut⟧ her zaman var.", "Bu proje bize ⟦can⟧ verdi.",
               "⟦Güneş⟧ enerjisi projemiz başladı.", "⟦Yıldız⟧ ekibimizi kutluyoruz."],
        "ru": ["⟦Вера⟧ в команду — главное.", "⟦Надежда⟧ умирает последней.", "⟦Любовь⟧ к своему делу видна сразу."],
        "uk": ["⟦Надія⟧ є завжди.", "⟦Віра⟧ в команду важлива."],
        "el": ["⟦Ειρήνη⟧ και σταθερότητα στην ομάδα.", "Η ⟦ελπίδα⟧ πεθαίνει τελευταία.", "Με ⟦αγάπη⟧ από την ομάδα."],
        "ar": ["لدينا ⟦أمل⟧ كبير في المشروع.", "⟦نور⟧ الشمس في المكتب الجديد رائع."],
        "he": ["יש ⟦אור⟧ בקצה המנהרה.", "⟦תמר⟧ מג'הול לכל המשתתפים."],
        "hi": ["हमें ⟦आशा⟧ है कि आप आएंगे।", "काम से ⟦प्रेम⟧ करें।", "⟦सूरज⟧ निकलते ही हम निकलेंगे।",
               "ग्रामीण ⟦विकास⟧ परियोजना के लिए स्वयंसेवक चाहिए।"],
        "th": ["หัวหน้าทีม⟦ใจดี⟧มาก"],
        "zh": ["这个方案很⟦高明⟧。", "他的想法确实⟦高明⟧，值得学习。"],
        "ja": ["⟦さくら⟧の季節になりました。"],
        "vi": ["Chúc mọi người bình ⟦an⟧!", "Hẹn gặp lại ngày ⟦mai⟧."],
        "id": ["Pemandangan yang ⟦indah⟧ dari kantor baru.", "Dia orang yang ⟦budi⟧ pekertinya baik."],
        "sw": ["⟦Baraka⟧ tele kwa timu yetu!", "Tuna ⟦imani⟧ kubwa na mradi huu.", "⟦Amani⟧ na upendo.",
               "⟦Zawadi⟧ kwa washindi wote!"],
    },
    "place": {
        "en": ["Our new office in ⟦Charlotte⟧, NC opens in May.", "Relocating to ⟦Florence⟧ (Firenze) next year.",
               "Greetings from the ⟦Sydney⟧ office 🌏", "SXSW in ⟦Austin⟧, TX was a blast.",
               "Remote-first, with a hub in ⟦Victoria⟧, BC.", "Concert at ⟦Madison⟧ Square Garden tonight!",
               "Team offsite in ⟦Georgia⟧ (the country — Tbilisi!).", "Flying to ⟦Dallas⟧ for the summit.",
               "Data center in ⟦Phoenix⟧, AZ is live.", "Road trip through ⟦Lincoln⟧, Nebraska.",
               "Watched ⟦Chelsea⟧ vs Arsenal at the pub.", "Ski weekend in ⟦Jackson⟧ Hole.",
               "Test match at the ⟦Adelaide⟧ Oval.", "⟦Regina⟧, Saskatchewan is colder than you think.",
               "Back from ⟦Paris⟧ — jet-lagged but happy."],
        "de": ["Konferenz in ⟦Sofia⟧, Bulgarien.", "Wir ziehen nach ⟦Paris⟧ um.", "Grüße aus ⟦Sydney⟧!"],
        "pt": ["Conferência em ⟦Vitória⟧, ES.", "Evento em ⟦Florence⟧? Não, em Floripa."],
        "es": ["Nos vemos en ⟦Victoria⟧ (Vitoria-Gasteiz no, la de Canadá)."],
        "fr": ["Séminaire à ⟦Florence⟧ en juin."],
    },
    "company": {
        "en": ["Ten years at ⟦Morgan Stanley⟧ taught me risk.", "Moved my IRA to ⟦Charles Schwab⟧.",
               "An advisor from ⟦Edward Jones⟧ gave a talk.", "Bought a ⟦Paul Smith⟧ suit for the wedding.",
               "⟦Ted Baker⟧ stores are closing in the UK.", "Ex-⟦Calvin Klein⟧ merchandiser, now in tech.",
               "The ⟦Ralph Lauren⟧ flagship reopened.", "Internship at ⟦Hugo Boss⟧ in Metzingen.",
               "⟦John Lewis⟧ Partnership is hiring data analysts.", "New ⟦Dyson⟧ fans for the office.",
               "⟦Kellogg⟧'s cereal bars in the kitchen again.", "⟦Chase⟧ Sapphire points paid for the flight."],
        "de": ["Praktikum bei ⟦Bosch⟧ in Renningen.", "⟦Porsche⟧ Consulting sucht Verstärkung.",
               "Wir arbeiten mit ⟦Siemens⟧ Healthineers."],
        "fr": ["Stage chez ⟦Michelin⟧ à Clermont-Ferrand.", "Je rejoins ⟦Renault⟧ Group.", "Flotte de ⟦Peugeot⟧ e-208."],
        "it": ["Tirocinio in ⟦Ferrari⟧ a Maranello.", "Pausa pranzo: pasta ⟦Barilla⟧, ovviamente."],
        "es": ["⟦Mercedes⟧-Benz presentó su nueva flota."],
    },
    "eponym": {
        "en": ["Implemented ⟦Dijkstra⟧'s algorithm in Rust.", "A ⟦Kalman⟧ filter smooths the GPS track.",
               "Fast ⟦Fourier⟧ transform on the GPU.", "Using ⟦Bayes⟧' theorem to update priors.",
               "A hidden ⟦Markov⟧ model for tagging.", "⟦Euler⟧'s number shows up again.",
               "Fundraiser for ⟦Parkinson⟧'s research.", "⟦Hodgkin⟧ lymphoma survivors network.",
               "Bond length of 1.2 ⟦Ångström⟧.", "⟦Diesel⟧ generators kept the servers up.",
               "Talk accepted at the ⟦Grace Hopper⟧ Celebration!", "Postdoc at the ⟦Alan Turing⟧ Institute.",
               "Happy ⟦Ada Lovelace⟧ Day to all women in STEM!", "Joined the ⟦Max Planck⟧ Institute for Informatics.",
               "Awarded a ⟦Marie Curie⟧ fellowship.", "Visiting the ⟦Niels Bohr⟧ Institute in Copenhagen.",
               "Funded by the ⟦Emmy Noether⟧ Programme.", "Grant from the ⟦Robert Bosch⟧ Stiftung.",
               "Seminar at the ⟦Rosalind Franklin⟧ Institute.", "Drawing ⟦Pascal⟧'s triangle on the whiteboard.",
               "The ⟦Fibonacci⟧ sequence in planning poker."],
        "de": ["Neue Stelle am ⟦Max-Planck⟧-Institut für Informatik.", "⟦Gauß⟧-Verfahren für lineare Gleichungssysteme.",
               "Förderung durch das ⟦Emmy-Noether⟧-Programm."],
        "fr": ["La transformée de ⟦Fourier⟧ en pratique.", "Bourse ⟦Marie Curie⟧ obtenue !"],
    },
}

NEG_TOK = {
    "company": ["⟦Morgan Stanley⟧", "⟦Charles Schwab⟧", "⟦Edward Jones⟧", "⟦John Lewis⟧", "⟦Hugo Boss⟧",
                "⟦Bosch⟧", "⟦Siemens⟧", "⟦Porsche⟧ Consulting", "⟦Michelin⟧", "⟦Renault⟧", "⟦Ferrari⟧",
                "⟦Barilla⟧", "⟦Dyson⟧", "⟦Paul Smith⟧", "⟦Calvin Klein⟧"],
    "place": ["⟦Charlotte⟧, NC", "⟦Austin⟧, TX", "⟦Sydney⟧", "⟦Florence⟧", "⟦Victoria⟧, BC", "⟦Phoenix⟧, AZ",
              "⟦Dallas⟧", "⟦Lincoln⟧, NE", "⟦Sofia⟧", "⟦Paris⟧", "⟦Adelaide⟧", "⟦Madison⟧, WI", "⟦Regina⟧, SK"],
    "eponym": ["⟦Marie Curie⟧ fellowship", "⟦Emmy Noether⟧ grant", "⟦Max Planck⟧ Institute",
               "⟦Alan Turing⟧ Institute", "⟦Grace Hopper⟧ Celebration", "⟦Rosalind Franklin⟧ Institute",
               "⟦Niels Bohr⟧ Institute", "⟦Ada Lovelace⟧ Day"],
}

COMPANIES = [("Acme Robotics", "acme.io"), ("Northwind Labs", "northwind-labs.de"),
             ("Blue Fjord Analytics", "bluefjord.no"), ("Kestrel AI", "kestrel.ai"),
             ("Tidewater Health", "tidewater.health"), ("Quokka Systems", "quokka.systems"),
             ("Helix & Reed", "helixreed.com"), ("Papaya Logística", "papaya-logistica.com.br"),
             ("Datenwerk GmbH", "datenwerk.de"), ("Atelier Lumen", "atelier-lumen.fr"),
             ("Synapse Ventures", "synapse.vc"), ("Kiwi Analytics", "kiwi-analytics.co.nz"),
             ("Tanaka Shoji", "tanaka-shoji.co.jp"), ("Hanbit Tech", "hanbit-tech.co.kr"),
             ("Ruida Cloud", "ruidacloud.cn"), ("Sahara Fintech", "saharafintech.ng"),
             ("Costa Verde Turismo", "costaverde.es"), ("Baltic Bytes", "balticbytes.pl")]
ROLES = ["Staff Engineer", "Head of Data", "Product Designer", "ML Researcher", "Engineering Manager",
         "Founder & CEO", "DevRel Lead", "Security Analyst", "UX Writer", "Data Scientist", "CTO",
         "Recruiter", "Community Manager", "SRE", "Backend Developer"]
TOPICS = ["privacy-preserving analytics", "scaling Postgres", "design systems", "LLM evaluation",
          "on-call without burnout", "carbon-aware computing", "accessibility audits", "zero-trust networks"]
FREEMAIL = {"de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "ru": ["mail.ru", "yandex.ru"],
            "uk": ["ukr.net", "gmail.com"], "zh": ["qq.com", "163.com", "126.com"], "zhl": ["qq.com", "163.com"],
            "ja": ["yahoo.co.jp", "docomo.ne.jp"], "ko": ["naver.com", "daum.net"],
            "fr": ["orange.fr", "free.fr", "laposte.net"], "it": ["libero.it", "virgilio.it"],
            "pt": ["uol.com.br", "bol.com.br"], "es": ["telefonica.net", "hotmail.es"], "nl": ["ziggo.nl", "kpnmail.nl"],
            "pl": ["wp.pl", "onet.pl"], "cs": ["seznam.cz", "centrum.cz"], "tr": ["yandex.com.tr", "hotmail.com"],
            "inl": ["rediffmail.com"], "hi": ["rediffmail.com"], "sv": ["telia.com"], "fi": ["elisanet.fi"],
            "el": ["otenet.gr"], "hu": ["freemail.hu"], "he": ["walla.co.il"], "th": ["hotmail.co.th"]}
GENERIC_MAIL = ["gmail.com", "outlook.com", "proton.me", "icloud.com", "hotmail.com", "yahoo.com", "fastmail.com"]
OBF = {"en": [(" [at] ", " [dot] "), ("(at)", "."), (" (at) ", " (dot) "), (" [AT] ", "."), (" {at} ", " {dot} ")],
       "es": [(" [arroba] ", " [punto] ")], "pt": [(" [arroba] ", " [ponto] ")],
       "fr": [(" [arobase] ", " [point] ")], "de": [(" (at) ", " (punkt) "), ("(at)", ".")],
       "ru": [(" [собака] ", " [точка] ")], "it": [(" [chiocciola] ", " [punto] ")],
       "nl": [(" [apenstaartje] ", " [punt] ")], "tr": [(" [at] ", " [nokta] ")]}


# ----------------------------------------------------------------------------- generator

TOK = re.compile(r"\{([A-Z]+)(\d?)(?::([^{}]*))?\}")
MARK = re.compile(r"⟦([^⟧]*)⟧")


class Rec:
    def __init__(self, g, lang):
        self.g, self.lang = g, lang
        self.parts, self.spans, self.negs = [], [], []
        self.n = 0
        self.bound = {}
        self.used = set()
        self.focus = "1"

    def add(self, s, lab=None):
        if not s:
            return
        if lab:
            if lab.startswith("n:"):
                self.negs.append((self.n, self.n + len(s), lab[2:]))
            else:
                self.spans.append((self.n, self.n + len(s), lab))
        self.parts.append(s)
        self.n += len(s)

    def marked(self, s, cat):
        pos = 0
        for m in MARK.finditer(s):
            self.add(s[pos:m.start()])
            self.add(m.group(1), "n:" + cat)
            pos = m.end()
        self.add(s[pos:])

    def r(self, tmpl, focus=None):
        old = self.focus
        if focus is not None:
            self.focus = str(focus)
        pos = 0
        for m in TOK.finditer(tmpl):
            self.add(tmpl[pos:m.start()])
            self.g.expand(self, m.group(1), m.group(2), m.group(3))
            pos = m.end()
        self.add(tmpl[pos:])
        self.focus = old

    def member(self, slot):
        if slot == "0":
            slot = self.focus
        if slot and slot in self.bound:
            return self.bound[slot]
        m = self.g.pick_member(self.lang, self.used)
        self.used.add(id(m))
        if slot:
            self.bound[slot] = m
        return m

    def text(self):
        return "".join(self.parts)


class Gen:
    def __init__(self, seed, nmembers):
        self.rng = random.Random(seed)
        self.members = build_members(self.rng, nmembers)
        self.by_cult = {}
        for m in self.members:
            self.by_cult.setdefault(m.cult, []).append(m)

    # ---------------------------------------------------------------- helpers
    def c(self, *opts):
        return self.rng.choice(opts)

    def d(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def d1(self, n):  # no leading zero
        return str(self.rng.randint(1, 9)) + self.d(n - 1)

    def pick_member(self, lang, used):
        rng = self.rng
        for _ in range(50):
            if rng.random() < 0.62 and lang in LANG_CULT:
                pool = self.by_cult.get(rng.choice(LANG_CULT[lang]))
                m = rng.choice(pool) if pool else rng.choice(self.members)
            else:
                m = rng.choice(self.members)
            if id(m) in used:
                continue
            if lang == "el" and m.cult == "el" and m.gender != "f":
                continue
            return m
        return m

    # ---------------------------------------------------------------- expansion
    def expand(self, R, name, slot, arg):
        g = getattr(self, "x_" + name, None)
        if g is None:
            raise KeyError("unknown placeholder %s" % name)
        g(R, slot, arg)

    def x_L(self, R, slot, arg):
        key, _, focus = arg.partition("@")
        bank = BANK.get(R.lang, BANK["en"])
        opts = bank.get(key) or BANK["en"][key]
        R.r(self.rng.choice(opts), focus or None)

    def x_LB(self, R, slot, arg):
        R.add(LBL.get(R.lang, {}).get(arg) or LBL["en"][arg])

    def x_FILL(self, R, slot, arg):
        R.add(self.rng.choice(BANK.get(R.lang, BANK["en"])["fill"]))

    def x_CO(self, R, slot, arg):
        R.add(self.rng.choice(COMPANIES)[0])

    def x_ROLE(self, R, slot, arg):
        R.add(self.rng.choice(ROLES))

    def x_TOPIC(self, R, slot, arg):
        R.add(self.rng.choice(TOPICS))

    # persons
    def person_text(self, m, variant="plain"):
        s = m.name
        if variant == "plain" and not NOSPACE_RE.search(s):
            r = self.rng.random()
            st = strip_marks(s)
            if r < 0.07 and st != s and st.isascii():
                return st
        if variant == "caps" and "ß" not in s:
            return s.upper()
        return s

    def x_P(self, R, slot, arg):
        R.add(self.person_text(R.member(slot)), "PERSON")

    def x_PC(self, R, slot, arg):
        R.add(self.person_text(R.member(slot), "caps"), "PERSON")

    def x_PS(self, R, slot, arg):
        m = R.member(slot)
        s = self.person_text(m)
        R.add(s, "PERSON")
        if R.lang == "en" or self.rng.random() < 0.3:
            R.add("'" if s.endswith("s") and self.rng.random() < 0.5 else self.c("'s", "’s"))
        else:
            R.add(":")

    def x_PT(self, R, slot, arg):  # Turkish genitive with apostrophe
        m = R.member(slot)
        s = self.person_text(m)
        R.add(s, "PERSON")
        vow = [ch for ch in s.lower() if ch in "aıoueiöü"]
        v = vow[-1] if vow else "e"
        suf = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün", "ü": "ün"}[v]
        if s[-1].lower() in "aıoueiöü":
            suf = "n" + suf
        R.add("'" + suf)

    def x_PA(self, R, slot, arg):
        R.add("@")
        R.add(self.person_text(R.member(slot)), "PERSON")

    def x_F(self, R, slot, arg):
        m = R.member(slot)
        R.add(m.given or m.name, "PERSON")

    def x_H(self, R, slot, arg):
        m = R.member(slot)
        h = m.handle
        if self.rng.random() < 0.06:
            h = h[:1].upper() + h[1:]
        R.add("@" + h, "HANDLE")

    # e-mail
    def email_of(self, m):
        rng = self.rng
        f, l = m.rf, m.rl
        local = rng.choice([f + "." + l, f + l, f[:1] + "." + l, f + "_" + l, l + "." + f, m.handle.replace("_", "."),
                            f + str(rng.randint(1, 99)), f[:1] + l + str(rng.randint(70, 99)), f + "+jobs", f])
        local = local.strip(".")
        if rng.random() < 0.45:
            dom = rng.choice(COMPANIES)[1]
        else:
            dom = rng.choice(FREEMAIL.get(m.cult, []) + GENERIC_MAIL)
        if rng.random() < 0.04:
            return (local + "@" + dom).upper()
        if rng.random() < 0.05:
            local = local[:1].upper() + local[1:]
        return local + "@" + dom

    def x_E(self, R, slot, arg):
        R.add(self.email_of(R.member(slot)), "EMAIL")

    def x_ER(self, R, slot, arg):
        co, dom = self.rng.choice(COMPANIES)
        R.add(self.c("jobs", "careers", "hr", "info", "press", "hello", "bewerbung", "recrutement", "empleo",
                     "talent", "spenden", "contato", "saiyo") + "@" + dom, "EMAIL")

    def x_EO(self, R, slot, arg):
        e = self.email_of(R.member(slot)).lower()
        local, dom = e.split("@")
        styles = OBF["en"] + OBF.get(R.lang, [])
        if R.lang in OBF and R.lang != "en" and self.rng.random() < 0.6:
            styles = OBF[R.lang]
        at, dot = self.rng.choice(styles)
        R.add(local + at + dot.join(dom.split(".")), "EMAIL")

    def x_EM(self, R, slot, arg):  # markdown mailto
        e = self.email_of(R.member(slot))
        R.add("[")
        R.add(e, "EMAIL")
        R.add("](mailto:")
        R.add(e, "EMAIL")
        R.add(")")

    def x_EH(self, R, slot, arg):  # html mailto
        e = self.email_of(R.member(slot))
        R.add('<a href="mailto:')
        R.add(e, "EMAIL")
        R.add('">')
        R.add(e, "EMAIL")
        R.add("</a>")

    def x_EA(self, R, slot, arg):  # Name <mail>
        m = R.member(slot)
        R.add(self.person_text(m), "PERSON")
        R.add(" <")
        R.add(self.email_of(m), "EMAIL")
        R.add(">")

    # profile URLs
    def url_of(self, m, site=None):
        rng = self.rng
        h = m.handle
        hd = h.replace("_", "")
        site = site or rng.choice(["li", "li", "gh", "x", "md", "bs", "ss", "cal", "af", "af"])
        sch = rng.random() < 0.55
        if site == "li":
            slug = rng.choice([m.rf + "-" + m.rl, m.rf + "-" + m.rl + "-" + "%06x" % rng.randrange(16 ** 6), hd])
            u = rng.choice(["https://www.linkedin.com/in/%s/", "linkedin.com/in/%s", "https://%s.linkedin.com/in/"
                            % rng.choice(["de", "fr", "br", "uk", "in", "es"]) + "%s",
                            "www.linkedin.com/in/%s?utm_source=share&utm_medium=member_ios", "https://linkedin.com/in/%s"])
            return u % slug
        if site == "gh":
            return ("https://github.com/%s" if sch else "github.com/%s") % h
        if site == "x":
            return rng.choice(["https://x.com/%s", "x.com/%s", "https://twitter.com/%s", "twitter.com/%s"]) % h
        if site == "md":
            return ("https://medium.com/@%s" if sch else "medium.com/@%s") % h
        if site == "bs":
            return ("https://bsky.app/profile/%s.bsky.social" if sch else "bsky.app/profile/%s.bsky.social") % hd
        if site == "ss":
            return rng.choice(["https://%s.substack.com", "%s.substack.com", "https://%s.substack.com/"]) % hd
        if site == "cal":
            return rng.choice(["https://calendly.com/%s/30min", "calendly.com/%s", "calendly.com/%s/intro-call"]) % h
        return ("https://askfirst.example/u/%s" if sch else "askfirst.example/u/%s") % h

    def x_U(self, R, slot, arg):
        R.add(self.url_of(R.member(slot), arg or None), "URL")

    def x_UM(self, R, slot, arg):  # markdown link with name
        m = R.member(slot)
        R.add("[")
        R.add(self.person_text(m), "PERSON")
        R.add("](")
        R.add(self.url_of(m, arg or None).replace(" ", ""), "URL")
        R.add(")")

    def x_UH(self, R, slot, arg):  # html link with name
        m = R.member(slot)
        u = self.url_of(m, arg or None)
        if not u.startswith("http"):
            u = "https://" + u
        R.add('<a href="')
        R.add(u, "URL")
        R.add('">')
        R.add(self.person_text(m), "PERSON")
        R.add("</a>")

    # phones
    def phone(self, cc):
        c, d, d1 = self.c, self.d, self.d1
        rng = self.rng
        if cc in ("US", "CA"):
            a = rng.choice(["212", "415", "617", "312", "206", "512", "303", "404", "646", "718"] if cc == "US"
                           else ["416", "604", "514", "647", "403", "613"])
            e = str(rng.randint(2, 9)) + d(2)
            if e[1:] == "11":
                e = e[0] + "21"
            l4 = d(4)
            return c("(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s",
                     "1-%s-%s-%s", "+1.%s.%s.%s") % (a, e, l4)
        if cc == "UK":
            k = rng.randrange(3)
            if k == 0:
                x, y = str(rng.choice([3, 7, 8])) + d(3), d(4)
                return c("020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s", "+44 (0) 20 %s %s", "020-%s-%s") % (x, y)
            if k == 1:
                x, y = d1(3), d(4)
                return c("0161 %s %s", "+44 161 %s %s", "0113 %s %s", "+44 (0)131 %s %s") % (x, y)
            x, y = str(rng.randint(400, 999)), d(6)
            return c("07%s %s", "+44 7%s %s", "+44 (0)7%s %s", "07%s %s %s" % (x, y[:3], y[3:]) + "%.0s%.0s") % (x, y)
        if cc == "DE":
            if rng.random() < 0.5:
                a = rng.choice(["30", "40", "89", "69", "221", "211", "711", "351", "511"])
                s = d1(rng.randint(6, 8))
                return c("0%s %s", "0%s/%s", "0%s / %s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s", "+49 (0) %s %s",
                         "+49-%s-%s", "0%s %s" % (a, s[:3] + " " + s[3:]) + "%.0s%.0s") % (a, s)
            p = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "178", "179"])
            s = d1(rng.choice([7, 8]))
            return c("0%s %s", "0%s-%s", "0%s/%s", "+49 %s %s", "+49 (0)%s %s",
                     "+49 %s %s" % (p, s[:4] + " " + s[4:]) + "%.0s%.0s") % (p, s)
        if cc == "FR":
            dd = rng.choice("1234567899")
            pairs = [d(2) for _ in range(4)]
            sep = c(" ", ".", "-", " ", "")
            k = rng.randrange(4)
            if k == 0:
                return "0" + dd + sep + sep.join(pairs)
            if k == 1:
                return "+33 " + dd + " " + " ".join(pairs)
            if k == 2:
                return "+33 (0)" + dd + " " + " ".join(pairs)
            return "+33" + dd + "".join(pairs)
        if cc == "IN":
            if rng.random() < 0.7:
                m = str(rng.randint(6, 9)) + d(9)
                return c("+91 %s %s" % (m[:5], m[5:]), "+91-%s-%s" % (m[:5], m[5:]), "0%s %s" % (m[:5], m[5:]),
                         "+91 %s" % m, "+91 %s %s %s" % (m[:3], m[3:6], m[6:]), "%s %s" % (m[:5], m[5:]))
            return c("022 %s %s" % (d1(4), d(4)), "+91 22 %s %s" % (d1(4), d(4)), "080-%s" % d1(8),
                     "+91-80-%s" % d1(8), "011-%s" % d1(8))
        if cc == "BR":
            ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            if rng.random() < 0.7:
                a, b = "9" + d(4), d(4)
            else:
                a, b = str(rng.randint(2, 5)) + d(3), d(4)
            return c("(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s", "+55 %s %s %s", "%s %s-%s") % (ddd, a, b)
        if cc == "JP":
            k = rng.randrange(4)
            if k == 0:
                return c("03-%s-%s", "+81 3-%s-%s", "+81 3 %s %s", "(03) %s-%s", "06-%s-%s") % (d1(4), d(4))
            if k == 1:
                return c("045-%s-%s" % (d1(3), d(4)), "+81 45-%s-%s" % (d1(3), d(4)))
            p = rng.choice("789")
            return c("0%s0-%s-%s", "+81 %s0-%s-%s", "+81 %s0 %s %s") % (p, d1(4), d(4))
        if cc == "AU":
            if rng.random() < 0.5:
                a = rng.choice("2378")
                return c("(0%s) %s %s", "0%s %s %s", "+61 %s %s %s", "+61 (0)%s %s %s") % (a, d1(4), d(4))
            x = d(2)
            return c("04%s %s %s", "+61 4%s %s %s", "+61 (0)4%s %s %s", "04%s-%s-%s") % (x, d(3), d(3))
        if cc == "CN":
            if rng.random() < 0.65:
                m = "1" + rng.choice("3589") + d(9)
                return c("%s %s %s" % (m[:3], m[3:7], m[7:]), "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
                         "+86 %s %s %s" % (m[:3], m[3:7], m[7:]), "+86-%s" % m, m, "+86 %s" % m)
            return c("010-%s" % d1(8), "(010) %s %s" % (d1(4), d(4)), "+86 10 %s %s" % (d1(4), d(4)),
                     "021-%s" % d1(8), "+86 21 %s" % d1(8), "0755-%s" % d1(8))
        if cc == "ES":
            if rng.random() < 0.6:
                m = rng.choice("67") + d(8)
                return c("%s %s %s" % (m[:3], m[3:6], m[6:]), "+34 %s %s %s" % (m[:3], m[3:6], m[6:]),
                         "+34 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), "+34-%s-%s-%s" % (m[:3], m[3:6], m[6:]))
            m = rng.choice(["91", "93", "96", "95"]) + d1(7)
            return c("%s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "+34 %s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]),
                     "%s %s %s" % (m[:3], m[3:6], m[6:]))
        if cc == "IT":
            if rng.random() < 0.6:
                m = "3" + rng.choice(["20", "27", "28", "29", "33", "34", "35", "38", "39", "40", "47", "48", "49"]) + d(7)
                return c("%s %s %s" % (m[:3], m[3:6], m[6:]), "+39 %s %s %s" % (m[:3], m[3:6], m[6:]), "%s/%s" % (m[:3], m[3:]),
                         "+39 %s" % m, "(+39) %s %s" % (m[:3], m[3:]))
            a = rng.choice(["06", "02", "011", "055"])
            s = d1(8 - len(a) + 2)
            return c("%s %s %s" % (a, s[:4], s[4:]), "+39 %s %s" % (a, s), "%s-%s" % (a, s),
                     "(+39) %s %s" % (a, s), "+39 %s %s %s" % (a, s[:4], s[4:]))
        if cc == "NL":
            if rng.random() < 0.5:
                a = rng.choice(["20", "10", "30", "70"])
                return c("0%s %s %s" % (a, d1(3), d(4)), "0%s-%s" % (a, d1(7)), "+31 %s %s %s" % (a, d1(3), d(4)),
                         "+31 (0)%s %s %s" % (a, d1(3), d(4)))
            s = d1(8)
            return c("06-%s" % s, "06 %s %s" % (s[:4], s[4:]), "+31 6 %s" % s, "+31 (0)6 %s %s" % (s[:4], s[4:]),
                     "06 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:]))
        if cc == "NG":
            p = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "802", "808", "809", "903"])
            x, y = d1(3), d(4)
            return c("0%s %s %s", "+234 %s %s %s", "+234 (0)%s %s %s", "0%s-%s-%s", "+234%s%s%s") % (p, x, y)
        # other countries
        t = {
            "SE": lambda: c("+46 70 %s %s %s" % (d1(3), d(2), d(2)), "070-%s %s %s" % (d1(3), d(2), d(2))),
            "TR": lambda: c("+90 5%s %s %s %s" % (d(2), d1(3), d(2), d(2)), "0 (5%s) %s %s %s" % (d(2), d1(3), d(2), d(2))),
            "RU": lambda: c("+7 (9%s) %s-%s-%s" % (d(2), d1(3), d(2), d(2)), "8 (9%s) %s-%s-%s" % (d(2), d1(3), d(2), d(2)),
                            "+7 9%s %s %s %s" % (d(2), d1(3), d(2), d(2))),
            "UA": lambda: c("+380 %s %s %s %s" % (c("67", "50", "63", "93"), d1(3), d(2), d(2)),
                            "+380 (%s) %s-%s-%s" % (c("67", "50", "63", "93"), d1(3), d(2), d(2))),
            "GR": lambda: c("+30 69%s %s %s" % (d(1), d(3), d(4)), "+30 21%s %s %s" % (d(1), d1(3), d(4))),
            "IL": lambda: c("+972 5%s-%s-%s" % (d(1), d1(3), d(4)), "05%s-%s-%s" % (d(1), d1(3), d(4))),
            "AE": lambda: "+971 5%s %s %s" % (d(1), d1(3), d(4)),
            "SA": lambda: c("+966 5%s %s %s" % (d(1), d1(3), d(4)), "05%s %s %s" % (d(1), d1(3), d(4))),
            "TH": lambda: c("+66 8%s %s %s" % (d(1), d1(3), d(4)), "08%s-%s-%s" % (d(1), d1(3), d(4))),
            "KR": lambda: c("010-%s-%s" % (d1(4), d(4)), "+82 10-%s-%s" % (d1(4), d(4)), "+82 10 %s %s" % (d1(4), d(4))),
            "VN": lambda: c("+84 9%s %s %s %s" % (d(1), d1(3), d(2), d(2)), "09%s %s %s" % (d(1), d1(3), d(4))),
            "ID": lambda: c("+62 8%s-%s-%s" % (d(2), d1(4), d(4)), "08%s-%s-%s" % (d(2), d1(4), d(4))),
            "KE": lambda: c("+254 7%s %s %s" % (d(2), d1(3), d(3)), "07%s %s %s" % (d(2), d1(3), d(3))),
            "PL": lambda: c("+48 %s%s %s %s" % (c("5", "6", "7", "8"), d(2), d1(3), d(3)),
                            "%s%s %s %s" % (c("5", "6", "7", "8"), d(2), d1(3), d(3))),
            "FI": lambda: c("+358 40 %s %s" % (d1(3), d(4)), "040 %s %s" % (d1(3), d(4))),
            "CZ": lambda: "+420 %s%s %s %s" % (c("6", "7"), d(2), d1(3), d(3)),
            "HU": lambda: c("+36 %s %s %s" % (c("20", "30", "70"), d1(3), d(4)), "06 %s %s %s" % (c("20", "30"), d1(3), d(4))),
            "CH": lambda: c("+41 7%s %s %s %s" % (c("6", "7", "8", "9"), d1(3), d(2), d(2)),
                            "07%s %s %s %s" % (c("6", "7", "8", "9"), d1(3), d(2), d(2))),
            "AT": lambda: c("+43 664 %s" % d1(7), "0664 %s" % d1(7), "+43 (0)664 %s" % d1(7)),
        }
        return t[cc]()

    LANG_PHONE = {"en": ["US", "CA", "UK", "AU", "NG", "IN", "US", "UK"], "de": ["DE", "DE", "DE", "AT", "CH"],
                  "fr": ["FR"], "es": ["ES"], "it": ["IT"], "pt": ["BR"], "nl": ["NL"], "hi": ["IN"], "ja": ["JP"],
                  "zh": ["CN"], "ko": ["KR"], "ru": ["RU"], "uk": ["UA"], "sv": ["SE"], "tr": ["TR"], "el": ["GR"],
                  "he": ["IL"], "ar": ["SA", "AE"], "th": ["TH"], "vi": ["VN"], "id": ["ID"], "sw": ["KE"],
                  "pl": ["PL"], "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"]}
    REQ = ["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"]

    def phone_for(self, lang, cc=None):
        rng = self.rng
        if not cc:
            cc = rng.choice(self.LANG_PHONE.get(lang, ["US"])) if rng.random() < 0.7 else rng.choice(self.REQ)
        p = self.phone(cc)
        r = rng.random()
        if r < 0.07:  # bare E.164
            p = self.phone(cc)
            if not p.startswith("+"):
                p = self.phone(cc)
            if p.startswith("+"):
                p = "+" + re.sub(r"\D", "", p)
        elif r < 0.15 and " " in p:
            p = p.replace(" ", NBSP)
        if lang == "ar" and cc == "SA" and not p.startswith("+") and rng.random() < 0.5:
            p = p.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return p

    def x_PH(self, R, slot, arg):
        R.add(self.phone_for(R.lang, arg or None), "PHONE")

    def x_PHT(self, R, slot, arg):  # markdown tel: link
        p = self.phone_for("en", arg or None).replace(NBSP, " ")
        e = re.sub(r"\D", "", p)
        if not p.startswith("+"):
            p = self.phone(self.rng.choice(["UK", "DE", "FR", "AU", "NL"]))
            while not p.startswith("+"):
                p = self.phone(self.rng.choice(["UK", "DE", "FR", "AU", "NL"]))
        e = "+" + re.sub(r"\D", "", p.replace("(0)", ""))
        R.add("[")
        R.add(p, "PHONE")
        R.add("](tel:")
        R.add(e, "PHONE")
        R.add(")")

    # network
    def ip4(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 223)
            s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            if ip4_global(s) and a not in (10, 127):
                return s

    def x_IPF(self, R, slot, arg):
        s = self.ip4()
        R.add(s, "IPV4")
        if arg == "port" or (not arg and self.rng.random() < 0.15):
            R.add(":" + str(self.rng.choice([22, 443, 8080, 8443, 3389, 51820, 25565])))
        elif arg == "cidr":
            R.add("/" + str(self.rng.choice([32, 24, 28, 29])))

    P6 = ["2a01:4f8", "2a02:8108", "2606:4700", "2600:1f18", "2a00:1450", "2400:cb00", "2001:41d0", "2a03:2880",
          "2804:14c", "2405:201", "240e:3b7", "2c0f:fb50", "2a0d:5600", "2001:67c", "2a05:d014", "2604:a880"]

    def ip6(self):
        rng = self.rng
        while True:
            g = self.rng.choice(self.P6).split(":")
            while len(g) < 8:
                r = rng.random()
                g.append("0" if r < 0.35 else "%x" % rng.randrange(1, 0x10000))
            if rng.random() < 0.5:
                g[4:7] = ["0", "0", "0"]
            if g[7] == "0":
                g[7] = "%x" % rng.randrange(1, 0x10000)
            a = ipaddress.IPv6Address(":".join(g))
            if not ip6_global(str(a)):
                continue
            k = rng.random()
            if k < 0.55:
                s = a.compressed
            elif k < 0.75:
                s = a.exploded
            elif k < 0.88:
                s = a.compressed.upper()
            else:
                s = ":".join("%x" % int(x, 16) for x in a.exploded.split(":"))
            return s

    def x_IPX(self, R, slot, arg):
        if arg == "br" or (not arg and self.rng.random() < 0.2):
            R.add("[")
            R.add(self.ip6(), "IPV6")
            R.add("]:" + str(self.rng.choice([443, 8443, 22, 853])))
        else:
            R.add(self.ip6(), "IPV6")

    # finance / ids
    def card(self, valid=True):
        rng = self.rng
        k = rng.randrange(5)
        if k == 0:
            p, n = "4" + self.d(5), 16
        elif k == 1:
            p, n = str(rng.randint(51, 55)) + self.d(4), 16
        elif k == 2:
            p, n = str(rng.randint(2221, 2720)) + self.d(2), 16
        elif k == 3:
            p, n = rng.choice(["34", "37"]) + self.d(4), 15
        else:
            p, n = rng.choice(["6011", "65" + self.d(2), str(rng.randint(644, 649)) + self.d(1)]), 16
        full = luhn_complete(p + self.d(n - len(p) - 1))
        if not valid:
            full = full[:-1] + str((int(full[-1]) + rng.randint(1, 9)) % 10)
        sep = rng.choice([" ", " ", "-", "", NBSP if rng.random() < 0.2 else " "])
        if n == 15:
            grp = [full[:4], full[4:10], full[10:]]
        else:
            grp = [full[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(grp)

    def x_CC(self, R, slot, arg):
        R.add(self.card(), "CREDIT_CARD")

    LANG_IBAN = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"], "it": ["IT"], "pt": ["PT", "BR"],
                 "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"], "tr": ["TR"],
                 "el": ["GR"], "ar": ["SA", "AE"], "he": ["IL"], "en": ["GB", "IE", "GB"], "ro": ["RO"]}

    def iban(self, cc=None, bad=None):
        rng = self.rng
        if not cc:
            cc = rng.choice(self.LANG_IBAN.get("xx", [])) if False else None
        length, pat = IBAN_FMT[cc]
        bb = []
        letters = rng.choice(BANKS[cc]) if cc in BANKS else None
        li = 0
        for ch in pat:
            if ch == "n":
                bb.append(rng.choice("0123456789"))
            elif ch == "a":
                if letters:
                    bb.append(letters[li])
                    li += 1
                else:
                    bb.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            else:
                bb.append(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
        bban = "".join(bb)
        if bad == "length":
            bban = bban[:-1] if rng.random() < 0.5 else bban + rng.choice("0123456789")
        s = iban_with_check(cc, bban)
        if bad == "check":
            chk = int(s[2:4])
            new = chk
            while new == chk:
                new = rng.randint(2, 98)
            s = s[:2] + "%02d" % new + s[4:]
        if rng.random() < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def iban_cc(self, lang):
        if self.rng.random() < 0.75 and lang in self.LANG_IBAN:
            return self.rng.choice(self.LANG_IBAN[lang])
        return self.rng.choice(sorted(IBAN_FMT))

    def x_IBAN(self, R, slot, arg):
        R.add(self.iban(arg or self.iban_cc(R.lang)), "IBAN")

    def ssn(self, valid=True):
        rng = self.rng
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            a = 667
        if not valid:
            k = rng.randrange(5)
            if k == 0:
                a = 0
            elif k == 1:
                a = 666
            elif k == 2:
                a = rng.randint(900, 999)
            elif k == 3:
                g = 0
            else:
                s = 0
        sep = " " if rng.random() < 0.3 else "-"
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def x_SSN(self, R, slot, arg):
        R.add(self.ssn(), "US_SSN")

    # ---------------------------------------------------------------- negatives
    def x_NS(self, R, slot, arg):
        cat = arg or self.rng.choice(["word_name", "word_name", "place", "company", "eponym"])
        tab = NEG_SENT[cat]
        lang = R.lang if R.lang in tab and self.rng.random() < 0.8 else "en"
        R.marked(self.rng.choice(tab[lang]), cat)

    def x_NT(self, R, slot, arg):
        R.marked(self.rng.choice(NEG_TOK[arg]), arg)

    def x_N(self, R, slot, arg):
        R.add(getattr(self, "n_" + arg)(), "n:" + arg)

    def n_date(self):
        rng = self.rng
        y, mo, da = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return self.c("%04d-%02d-%02d" % (y, mo, da), "%02d.%02d.%04d" % (da, mo, y), "%02d/%02d/%04d" % (mo, da, y),
                      "%02d/%02d/%04d" % (da, mo, y), "%02d-%02d-%04d" % (da, mo, y), "%d年%d月%d日" % (y, mo, da),
                      "%04d.%02d.%02d" % (y, mo, da), "%04d/%02d/%02d" % (y, mo, da), "%d.–%d.%02d.%04d" % (da, da + 2, mo, y),
                      "%02d.%02d.%02d" % (da, mo, y % 100))

    def n_time(self):
        rng = self.rng
        h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45])
        return self.c("%02d:%02d" % (h, m), "%02d:%02d–%02d:%02d" % (h, m, h + 1, m), "%d.%02d Uhr" % (h, m),
                      "%dh%02d" % (h, m), "下午%d:%02d" % (h - 12 if h > 12 else h, m), "%02d:%02d:00 UTC" % (h, m),
                      "%d:%02d AM – %d:%02d PM" % (h % 12 or 12, m, (h + 3) % 12 or 12, m), "%02d:%02d-%02d:%02d" % (h, m, h + 2, m))

    def n_price(self):
        rng = self.rng
        a = rng.randint(100, 99999)
        return self.c("€%s,00" % "{:,}".format(a).replace(",", "."), "%s,00 €" % "{:,}".format(a).replace(",", " "),
                      "$%s.99" % "{:,}".format(a), "USD %s" % "{:,}".format(a), "₹ %s" % self.inr(a * 10),
                      "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), rng.randint(0, 99)), "¥%s" % "{:,}".format(a * 10),
                      "%s ₽" % "{:,}".format(a).replace(",", NBSP), "£%s pcm" % "{:,}".format(a // 10 + 500),
                      "CHF %s.–" % "{:,}".format(a).replace(",", "'"), "₺ %s" % "{:,}".format(a).replace(",", "."),
                      "฿ %s" % "{:,}".format(a), "₩ %s" % "{:,}".format(a * 1000), "%d.%03d,50 EUR" % (a // 1000 + 1, a % 1000))

    @staticmethod
    def inr(n):
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

    def safe_digits(self, f):
        for _ in range(50):
            s = f()
            dg = re.sub(r"\D", "", s)
            if not (13 <= len(dg) <= 19 and luhn_ok(dg) and card_brand_ok(dg)):
                return s
        return s

    def n_order_number(self):
        d, d1 = self.d, self.d1
        return self.safe_digits(lambda: self.c("#%s-%s" % (d1(5), d(5)), "%s-%s-%s" % (d1(3), d(7), d(7)),
                                               "ORD-%d-%s" % (self.rng.randint(2020, 2026), d(6)),
                                               "%s %s %s" % (d1(4), d(4), d(4)), "PO %s" % d1(10), "1Z %s %s %s %s" %
                                               (d(3), "AA" + d(1), d(2), d(4) + " " + d(4)), "#%s" % d1(9),
                                               "%s%s" % (self.rng.randint(2020, 2026), d(8))))

    def n_ticket_number(self):
        d, d1 = self.d, self.d1
        return self.c("INC%s" % d(10), "#%s %s %s" % (d1(3), d(3), d(3)), "Case %s" % d(8), "PLAT-%s" % d1(4),
                      "SR 1-%s" % d1(10), "%d-%s-%s" % (self.rng.randint(2020, 2026), d1(3), d(5)), "TKT-%s-%s" % (d1(4), d(4)))

    def n_isbn(self):
        rng = self.rng
        if rng.random() < 0.7:
            body = "978" + str(rng.randint(0, 9)) + self.d(8)
            s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body))
            full = body + str((10 - s % 10) % 10)
            g = rng.randint(2, 4)
            return self.c("ISBN ", "ISBN-13: ", "") + "-".join([full[:3], full[3], full[4:4 + g], full[4 + g:12], full[12]]) \
                if rng.random() < 0.8 else "ISBN " + full
        body = str(rng.randint(0, 9)) + self.d(8)
        s = sum((10 - i) * int(x) for i, x in enumerate(body))
        ch = (11 - s % 11) % 11
        full = body + ("X" if ch == 10 else str(ch))
        return "ISBN " + "-".join([full[0], full[1:4], full[4:9], full[9]])

    def n_version(self):
        rng = self.rng
        return self.c("v%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 40), rng.randint(0, 99)),
                      "%d.%d.%d-rc%d" % (rng.randint(1, 5), rng.randint(0, 40), rng.randint(0, 20), rng.randint(1, 4)),
                      "Build %d.%d" % (rng.randint(19000, 26100), rng.randint(100, 4000)),
                      "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)),
                      "Python 3.%d.%d" % (rng.randint(8, 13), rng.randint(0, 12)),
                      "%d.%d.%d-beta.%d" % (rng.randint(0, 3), rng.randint(0, 30), rng.randint(0, 9), rng.randint(1, 9)),
                      "release %d.%02d.%d" % (rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(0, 5)),
                      "%d.%d.%d.%d" % (rng.randint(10, 130), rng.randint(0, 9), rng.randint(1000, 9999), rng.randint(10, 300)))

    def n_patent(self):
        d, d1 = self.d, self.d1
        return self.c("US %s,%s,%s B2" % (self.rng.randint(9, 12), d(3), d(3)), "US %d/%s A1" % (self.rng.randint(2015, 2025), "0" + d1(6)),
                      "EP %s %s %s A1" % (d1(1), d(3), d(3)), "DE 10 %d %s %s.%s" % (self.rng.randint(2015, 2024), d1(3), d(3), d(1)),
                      "WO %d/%s" % (self.rng.randint(2015, 2024), d1(6)), "CN %s A" % d1(9), "JP %d-%s A" % (self.rng.randint(2015, 2024), d1(6)))

    def n_ip_private(self):
        rng = self.rng
        return self.c("10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                      "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                      "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)))

    def n_ip_loopback(self):
        return self.c("127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (self.rng.randint(0, 9), self.rng.randint(0, 9), self.rng.randint(1, 9)))

    def n_ip_link_local(self):
        return "169.254.%d.%d" % (self.rng.randint(0, 255), self.rng.randint(1, 254))

    def n_ip_documentation(self):
        return self.c("192.0.2.", "198.51.100.", "203.0.113.") + str(self.rng.randint(1, 254))

    def n_ip_reserved(self):
        rng = self.rng
        return self.c("240.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                      "0.0.0.0", "255.255.255.255", "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                      "198.%d.%d.%d" % (rng.randint(18, 19), rng.randint(0, 255), rng.randint(1, 254)),
                      "250.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))

    def x_NIPV(self, R, slot, arg):  # version strings that look like global IPv4 addresses
        rng = self.rng
        while True:
            v = "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(0, 99))
            if ip4_global(v):
                break
        k = rng.randrange(5)
        if k == 0:
            R.add("Firmware ")
            R.add(v, "n:ip_version")
            R.add(" fixed the Wi-Fi drops.")
        elif k == 1:
            R.add("Upgrade the agent to version ")
            R.add(v, "n:ip_version")
            R.add(" before Monday.")
        elif k == 2:
            R.add("SNMP OID ")
            R.add("1.3.6.1.4.1.%d" % rng.randint(100, 60000), "n:ip_version")
            R.add(" returns the uptime.")
        elif k == 3:
            R.add("Build ")
            R.add(v, "n:ip_version")
            R.add(" (stable channel)")
        else:
            R.add("see section ")
            R.add(v, "n:ip_version")
            R.add(" of the spec")

    def n_ipv6_loopback(self):
        return self.c("::1", "0:0:0:0:0:0:0:1")

    def n_ipv6_link_local(self):
        return "fe80::%x:%x:%x:%x" % tuple(self.rng.randrange(1, 0x10000) for _ in range(4))

    def n_ipv6_ula(self):
        return "fd%02x:%x:%x::%x" % (self.rng.randrange(256), self.rng.randrange(1, 0x10000), self.rng.randrange(1, 0x10000),
                                     self.rng.randrange(1, 0x1000))

    def n_ipv6_documentation(self):
        return "2001:db8:%x::%x" % (self.rng.randrange(1, 0x10000), self.rng.randrange(1, 0x10000))

    def n_ipv6_multicast(self):
        return self.c("ff02::1", "ff02::fb", "ff05::1:3", "ff02::1:ff%02x:%x" % (self.rng.randrange(256), self.rng.randrange(1, 0x10000)))

    def n_mac_address(self):
        sep = self.c(":", "-")
        return sep.join("%02x" % self.rng.randrange(256) for _ in range(6))

    def n_luhn_invalid(self):
        return self.card(valid=False)

    def n_iban_bad_check(self):
        return self.iban(self.rng.choice(sorted(IBAN_FMT)), bad="check")

    def n_iban_bad_length(self):
        return self.iban(self.rng.choice(sorted(IBAN_FMT)), bad="length")

    def n_ssn_invalid(self):
        return self.ssn(valid=False)

    def n_url_company(self):
        co = self.c("acme-robotics", "northwind-labs", "siemens", "bosch", "kestrel-ai", "quokka-systems", "tidewater")
        return self.c("https://www.linkedin.com/company/%s/" % co, "linkedin.com/company/%s" % co,
                      "https://www.linkedin.com/school/tu-munchen/", "linkedin.com/showcase/%s-cloud" % co,
                      "https://%s.com/about" % co.replace("-", ""), "www.%s.io" % co.replace("-", ""),
                      "medium.com/%s-engineering" % co, "https://medium.com/%s-engineering/how-we-scaled-search-%x" % (co, self.rng.randrange(16 ** 8)))

    def n_url_careers(self):
        co = self.c("acme", "northwind", "kestrel", "quokka", "tidewater", "helixreed")
        return self.c("https://%s.io/careers" % co, "jobs.lever.co/%s/%08x-%04x" % (co, self.rng.randrange(16 ** 8), self.rng.randrange(16 ** 4)),
                      "https://boards.greenhouse.io/%s/jobs/%s" % (co, self.d1(7)), "linkedin.com/jobs/view/%s" % self.d1(10),
                      "careers.%s.com/jobs?location=Berlin" % co, "https://www.%s.de/karriere/" % co)

    def n_url_docs(self):
        return self.c("https://docs.python.org/3/library/ipaddress.html", "developer.mozilla.org/en-US/docs/Web/CSS/@media",
                      "https://learn.microsoft.com/en-us/azure/virtual-network/", "kubernetes.io/docs/concepts/services-networking/",
                      "https://github.com/features/actions", "docs.github.com/en/authentication", "github.com/pricing",
                      "https://github.com/orgs/community/discussions/%s" % self.d1(5), "https://www.rfc-editor.org/rfc/rfc5952",
                      "https://postgresql.org/docs/16/index.html")

    def n_url_paper(self):
        return self.c("https://arxiv.org/abs/%d%02d.%s" % (self.rng.randint(19, 25), self.rng.randint(1, 12), self.d1(5)),
                      "arxiv.org/pdf/%d%02d.%s" % (self.rng.randint(19, 25), self.rng.randint(1, 12), self.d1(5)),
                      "https://doi.org/10.1145/%s.%s" % (self.d1(7), self.d1(7)), "doi.org/10.18653/v1/2023.acl-long.%d" % self.rng.randint(1, 900),
                      "https://dl.acm.org/doi/10.1145/%s" % self.d1(7), "openreview.net/forum?id=%s" % "".join(self.rng.choice("abcdefghijkLMNOPQ0123") for _ in range(10)),
                      "https://aclanthology.org/2024.naacl-long.%d/" % self.rng.randint(1, 500))

    def n_url_ticket(self):
        return self.c("https://www.eventbrite.com/e/devfest-berlin-2025-tickets-%s" % self.d1(12),
                      "eventbrite.de/e/datenschutz-meetup-tickets-%s" % self.d1(12),
                      "https://www.meetup.com/pydata-berlin/events/%s/" % self.d1(9), "lu.ma/%s" % "".join(self.rng.choice("abcdefgh0123456789") for _ in range(8)),
                      "https://ti.to/rustfest/2025", "tickets.kestrel.ai/summit-2025")

    def n_url_form(self):
        rs = lambda n: "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))
        return self.c("https://forms.gle/%s" % rs(17), "forms.gle/%s" % rs(17),
                      "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform" % rs(40), "tally.so/r/%s" % rs(6),
                      "https://acme.typeform.com/to/%s" % rs(8), "https://forms.office.com/r/%s" % rs(10))

    def n_example_domain(self):
        return self.c("jane.doe@example.com", "test.user@example.org", "noreply@mail.example", "firstname.lastname@company.example",
                      "you@yourdomain.test", "admin@host.invalid", "https://example.com/signup", "www.example.net/in/demo-profile",
                      "https://askfirst.example/help/privacy", "askfirst.example/jobs/%s" % self.d1(4), "info@askfirst.example",
                      "max.mustermann@example.de.example", "http://staging.example.org:8080/health", "https://example.com/u/anja")

    def n_at_non_handle(self):
        return self.c("@here", "@channel", "@everyone", "@media", "@Override", "@dataclass", "@angular/core", "@types/node",
                      "@keyframes", "@param", "@SpringBootApplication", "@import", "@font-face", "@Test")


# ----------------------------------------------------------------------------- genres
def genre_speaker_bio(g, R):
    R.r("{LB:spk}: " + g.c("**{P1}**", "{P1}", "{PC1}") + "\n\n")
    R.r("{L:intro@1}\n")
    if R.lang == "en" or g.rng.random() < 0.5:
        R.r(g.c("{PS1} talk covers {TOPIC}. ", "{P1} is {ROLE} at {CO}. ", "{P1} ({H1}) is {ROLE} at {CO}. "))
        R.r("Before that, {P1} spent six years at {NT:company}. ")
        if g.rng.random() < 0.4:
            R.r("Previously a fellow at the {NT:eponym}.")
    R.r("\n🔗 {U1}" + g.c("", " · {U1:gh}", " · {U1:x}") + "\n")
    R.r("{LB:mod}: {P2}" + g.c("", " ({H2})", " — {U2}") + "\n")
    R.r(g.c("📅 {N:date} · {N:time} · {NT:place}\n", "🎟 {N:url_ticket}\n", "{FILL}\n"))
    if g.rng.random() < 0.3:
        R.r("{L:thx@3}")


def genre_panel_lineup(g, R):
    R.r("**" + g.c("PANEL", "LINE-UP", "PODIUM", "MESA REDONDA", "ПАНЕЛЬ", "パネル") + " — {N:date}, {N:time}**\n\n")
    R.r("| {LB:spk} | {LB:topic} | {LB:contact} |\n|---|---|---|\n")
    for k in range(1, g.rng.randint(3, 6)):
        R.r("| " + g.c("{PC%d}", "{P%d}", "{UM%d}") % k + " | {TOPIC} | " +
            g.c("{H%d}", "{U%d}", "{E%d}", "{PH}", "{H%d} / {U%d:li}") .replace("%d", str(k)) + " |\n")
    R.r("\n{LB:mod}: {PC7}\n")
    R.r(g.c("{N:url_ticket}\n", "{N:url_form}\n", "{NS:eponym}\n", "{N:example_domain}\n"))


def genre_alumni(g, R):
    R.r("🎓 {LB:alumni}\n\n{L:congr@1} (" + g.c("class of %d" % g.rng.randint(1985, 2020), "Jahrgang %d" % g.rng.randint(1985, 2020),
                                              "promo %d" % g.rng.randint(1985, 2020)) + ")\n")
    R.r(g.c("{P1} joined {NT:company} as {ROLE}.\n", "{P1} now leads {CO}'s Lisbon office.\n", "{NS:company}\n"))
    R.r("Reunion: {N:date}, {N:time}, {NT:place}\nRSVP: {N:url_form}\n")
    R.r("{LB:fee}: {N:price} → {LB:iban} {IBAN} ({LB:holder}: {P2})\n")
    R.r(g.c("{L:thx@3}\n", "{L:thx@3} {L:call@3}\n", "Questions: {EO3} / {PH}\n"))


def genre_hackathon_results(g, R):
    R.r("🏆 {LB:results} — Hack" + g.c("Berlin", "Lagos", "Seoul", "Kraków", "Porto", "Tel Aviv") + " %d\n\n" % g.rng.randint(2019, 2025))
    R.r("| # | {LB:team} | {LB:members} | {LB:score} |\n|---|---|---|---|\n")
    slot = 1
    for rank in range(1, 4):
        names = []
        for _ in range(g.rng.randint(2, 3)):
            names.append(g.c("{P%d}", "{H%d}", "{P%d}", "{PC%d}") % slot)
            slot += 1
        R.r("| %d | %s | %s | %.1f |\n" % (rank, g.c("Null Pointers", "Team Kimchi", "Data Jollof", "Los Bytes", "Byte Me",
                                                     "Не баг а фича", "チーム寿司", "404 Sleep"),
                                           ", ".join(names[:-1]) + g.c(" & ", " and ", ", ") + names[-1], g.rng.uniform(60, 99)))
    R.r("\n{LB:prize}: {N:price} + {N:price}\n")
    R.r("Repos: {U1:gh}, {U4:gh}\n")
    R.r(g.c("{L:thx@1}\n", "Judges: {PC8} and {P9}. {L:thx@8}\n", "{L:thx@4} {NS:word_name}\n"))


def genre_volunteer(g, R):
    R.r(g.c("🤝 Volunteers needed!", "🤝 Ehrenamtliche gesucht!", "🤝 Bénévoles recherchés !", "🤝 Se buscan voluntarios",
            "🤝 Нужны волонтёры", "🤝 Tunahitaji wajitolea!") + "\n\n")
    R.r("{FILL} {N:date}, {N:time}.\n{LB:contact}: {P1}, {PH}, {EO1}\n")
    if g.rng.random() < 0.6:
        R.r("{LB:donate}: {IBAN}" + g.c("", " (Ref. {N:order_number})", " — BIC %s" % g.c("COBADEFFXXX", "BNPAFRPP", "INGBNL2A")) + "\n")
    R.r("{L:thx@2}\n")
    R.r(g.c("{NS:word_name}", "{NS:place}", "{L:fol@3}", "{ER}"))


def genre_newsletter(g, R):
    R.r("{FILL} {FILL}\n\n{NS}\n\n{L:bye}\n{P1}\n{ROLE} | {CO}\n")
    R.r(g.c("M: {PH} | E: {E1}", "{LB:tel} {PH} · {E1}", "📞 {PHT} ✉️ {EM1}", "T {PH}\nM {PH}\n{E1}") + "\n")
    R.r(g.c("{U1:li}", "{U1}", "LinkedIn: {U1:li} | GitHub: {U1:gh}", "") + "\n")
    R.r(g.c("--\nUnsubscribe: {N:example_domain}", "--\nImpressum: {N:url_company}", "", "Sent from my iPhone"))


def genre_minutes(g, R):
    R.r("## {LB:minutes} {N:date}\n\n")
    R.r("**{LB:att}:** {P1}, {P2}, {P3}" + g.c(", {PC4}", " ({H3}), {P4}", ", {P4} (remote)") + "\n")
    R.r(g.c("**{LB:abs}:** {P5}\n", "", "**{LB:abs}:** {P5}, {P6}\n"))
    R.r("\n1. {FILL}\n2. {NS}\n3. Budget: {N:price}\n\n**{LB:act}:**\n")
    R.r("- [ ] {P1}: " + g.c("send deck to {E6}", "check {IPF} in the firewall log", "call {PH}", "follow up on {N:ticket_number}") + "\n")
    R.r("- [ ] {H2}: " + g.c("renew {N:url_docs}", "update the IBAN to {IBAN}", "invite {P7} ({E7})") + "\n")
    R.r("- [x] {P3}: {FILL}\n")


def genre_wiki_howto(g, R):
    R.r("### " + g.c("How to get VPN access", "Onboarding: bastion host", "Runbook: rotate DNS", "Setup-Anleitung: Staging") + "\n\n")
    R.r("1. Ask {H1} or {P2} to add you to the group ({N:at_non_handle} in Slack).\n2. Add this to `~/.ssh/config`:\n\n```\n")
    R.r("Host bastion\n  HostName {IPF}\n  Port 2222\n  ProxyJump {N:ip_private}\n```\n")
    R.r("3. Health check: `curl http://{N:ip_loopback}:8080/healthz`\n")
    R.r("4. Prod AAAA: `{IPX}` — staging: `{N:ipv6_ula}`, docs example `{N:ipv6_documentation}`\n")
    R.r("5. Requires {N:version}. Docs: {N:url_docs}\n")
    R.r(g.c("{NIPV}\n", "Fallback {N:ip_documentation} is only the example from the RFC.\n", "Egress via {IPF:cidr}.\n"))
    R.r("Owner: {P3} ({E3})")


def genre_support_reply(g, R):
    R.r("> " + g.c("Hi, my card {CC} was charged twice for order {N:order_number}.",
                   "Hallo, bitte erstatten Sie auf {IBAN}. Bestellung {N:order_number}.",
                   "The refund should go to IBAN {IBAN}, thanks.", "My SSN {SSN} shows up on the 1099 form — is that right?") + "\n")
    R.r("> " + g.c("You can call me at {PH}.", "{P1}", "Reach me at {E1}.", "{FILL}") + "\n\n")
    R.r("{L:hi@1}\n\n")
    R.r(g.c("Thanks for reaching out. I've opened ticket {N:ticket_number}. ",
            "Danke für Ihre Nachricht, Vorgang {N:ticket_number}. ", "Merci, dossier {N:ticket_number}. "))
    R.r(g.c("The number {N:luhn_invalid} you sent is not a valid card number. ",
            "The IBAN {N:iban_bad_check} fails the check digits, could you re-send it? ",
            "Note: {N:ssn_invalid} is an ITIN format, not an SSN. ", "Refund of {N:price} is on its way. "))
    R.r("\n\n{L:bye}\n{P2}\n" + g.c("Customer Support · {ER}", "Support team", "{U2:af}"))


def genre_sports_club(g, R):
    R.r(g.c("⚽", "🏀", "🏐", "🏊", "🏃‍♀️", "🥋") + " " + g.c("FC Eintracht Nord", "Lagos Runners", "Club Natació Gràcia", "TSV 1890", "Seoul Ballers", "Warriors Nairobi") + "\n")
    R.r("{LB:training}: {N:date}, {N:time}\n{LB:coach}: {P1} ({PH})\n")
    R.r("{LB:fee}: {N:price} — IBAN {IBAN}\n")
    R.r(g.c("{L:thx@2} 💪\n", "{L:hi@2} {FILL}\n", "{NS:place}\n"))
    R.r(g.c("{NS:word_name}", "Jersey sizes to {E3}", "{L:fol@3}", ""))


def genre_realestate_ad(g, R):
    R.r(g.c("🏠 2-room flat, 54 m², balcony", "🏠 2-Zi-Wohnung, 54 m², Altbau", "🏠 T2 lumineux, 48 m²", "🏠 Piso de 3 habitaciones",
            "🏠 Квартира 2 комнаты, 58 м²", "🏠 Apartamento 2 quartos", "🏠 2LDK 駅徒歩5分") + "\n")
    R.r("{LB:rent}: {N:price} · {LB:deposit}: {N:price}\n{LB:viewing}: {N:date}, {N:time}\n")
    R.r("{LB:contact}: {P1}, " + g.c("{PH}", "{PH} / {E1}", "{E1}", "{PH} (WhatsApp)") + "\n")
    R.r(g.c("", "No agents. Not {N:example_domain}.\n", "{LB:deposit} → {IBAN}\n"))
    R.r(g.c("{NS:place}", "{FILL}", "Listing id {N:order_number}"))


def genre_freelancer_ad(g, R):
    R.r("👋 Freelance {ROLE} available from {N:date}.\n")
    R.r("Rate: {N:price}/day · {TOPIC}\n")
    R.r(g.c("Book a call: {U1:cal}\n", "Calendly → {U1:cal}\n", "📅 {U1:cal}.\n"))
    R.r(g.c("Code: {U1:gh}\n", "Writing: {U1:md}\n", "Newsletter: {U1:ss}\n", "Bluesky: {U1:bs}\n"))
    R.r(g.c("Mail: {E1} or {EO1}\n", "{EM1}\n", "{L:write@1}\n"))
    R.r(g.c("{NS:eponym}", "{NS:company}", "{L:call@1}"))


def genre_academic_cv(g, R):
    R.r("**{P1}** — " + g.c("CV", "Curriculum Vitae", "Lebenslauf", "履歴書") + "\n\n")
    R.r("Education: PhD " + g.c("Computer Science", "Physics", "Linguistics") + ", %d. Supervisor: {P2}.\n" % g.rng.randint(2005, 2023))
    R.r("Funding: {NT:eponym}.\n")
    R.r("Publications:\n- " + g.c("Robust span detection at scale.", "Learning to forget.", "Differential privacy in practice.") + " {N:url_paper}\n")
    R.r("- " + g.c("On tokenisation of Thai.", "Federated PII audits.") + " {N:url_paper}\n")
    R.r("Contact: {E1} · {U1:li}" + g.c("", " · {U1:gh}", " · {LB:tel} {PH}") + "\n")
    R.r(g.c("{NS:eponym}", "{L:thx@2}", "Patent: {N:patent}", "Book: {N:isbn}"))


def genre_release_notes(g, R):
    R.r("## " + g.c("Release", "Changelog", "What's new in") + " {N:version}\n\n")
    R.r("- Fix crash when `{N:at_non_handle}` appears in the config (#%d)\n" % g.rng.randint(100, 9999))
    R.r("- Bump dependency to {N:version}\n- Parse {N:ipv6_link_local} scopes correctly\n")
    R.r("\nThanks to {H1}, {P2} and {H3}" + g.c("!", " for the reviews!", " ❤️") + "\n")
    R.r(g.c("Special thanks: {UM4:gh}\n", "Co-authored-by: {EA4}\n", "New contributor: {H4} ({U4:gh})\n"))
    R.r("Full changelog: {N:url_docs}\n")
    R.r(g.c("{NIPV}", "Tested on {N:version}.", "{NS:eponym}"))


def genre_quoted_reply(g, R):
    R.r("> " + g.c("On {N:date} at {N:time}, {EA1} wrote:", "Am {N:date} um {N:time} schrieb {EA1}:",
                   "Le {N:date} à {N:time}, {EA1} a écrit :", "El {N:date}, {EA1} escribió:") + "\n")
    R.r("> {L:hi@2}\n> {FILL}\n> {L:call@1}\n>\n> > {NS}\n\n")
    R.r("{L:thx@1}\n{FILL}\n\n{L:bye}\n{P2}")


def genre_bilingual(g, R):
    base = R.lang
    R.r(g.c("🇬🇧 ", "[EN] ", "") + "{L:intro@1} {L:write@1}\n")
    R.lang = base
    R.r("{L:intro@1}\n")
    R.r("{L:call@2}\n{L:thx@2}\n")
    R.lang = "en"
    R.r("{L:thx@2}\n{NS}")
    R.lang = base


def genre_job_post(g, R):
    R.r("📢 " + g.c("We're hiring", "Wir stellen ein", "On recrute", "Contratamos", "採用中", "招聘", "Мы нанимаем") + ": {ROLE} ({NT:place} " + g.c("or remote", "/ remote", "hybrid") + ")\n")
    R.r("Salary: {N:price}–{N:price}\n")
    R.r("Apply: {N:url_careers} or {ER}\n")
    R.r("Hiring manager: {P1} — {U1:li}\n")
    R.r(g.c("Questions? {H1} or {PH}\n", "DM {H1}.\n", "Referrals to {E2}.\n"))
    R.r(g.c("Company page: {N:url_company}", "{NS:company}", "Not affiliated with {NT:company}.", "{N:url_form}"))


def genre_profile(g, R):
    R.r("Headline: {ROLE} at {CO}\n")
    R.r("About: {FILL} {NS}\n")
    R.r("Contact: " + g.c("{E1} | {PH}", "{EO1}", "{E1}", "{PH}") + "\n")
    R.r("Web: {U1}" + g.c("", ", {U1:gh}", ", {U1:x}", " · {U1:af}") + "\n")
    R.r(g.c("Calendly: {U1:cal}", "Languages: EN, DE", "Pronouns: she/her", "{L:fol@1}"))


def genre_comment(g, R):
    R.r(g.c("{L:thx@1} {NS}", "{L:hi@1} {L:call@1}", "{L:congr@1} {L:fol@2}", "+1 {H1}, {NS:word_name}",
            "{L:thx@1} cc {H2}", "{NS} {L:thx@1}", "{L:hi@1} {L:write@1}", "@{P1} 👏"))


def genre_event_invite(g, R):
    R.r("📅 " + g.c("Privacy Engineering Meetup #%d" % g.rng.randint(1, 99), "Women in Data Brunch", "Rust Night",
                    "Founders' Coffee", "PyData Lagos") + "\n")
    R.r("{LB:when}: {N:date}, {N:time}\n{LB:where}: {NT:place}\n")
    R.r("Tickets: {N:url_ticket}\nRegister: {N:url_form}\n")
    R.r("Host: {P1} ({H1})" + g.c("", ", co-host {P2}", " & {UM2}") + "\n")
    R.r(g.c("{N:example_domain}", "{L:fol@1}", "{NS:eponym}", "Dress code: {NS:word_name}"))


def genre_incident_report(g, R):
    R.r("🚨 " + g.c("Postmortem", "Incident", "Störung", "Инцидент") + " {N:ticket_number}\n\n")
    R.r("- {N:time}: brute force from {IPF} (blocked), " + g.c("{IPF}", "{IPF:cidr}") + "\n")
    R.r("- internal hop {N:ip_private}, health check {N:ip_loopback}, DHCP fallback {N:ip_link_local}\n")
    R.r("- IPv6 peer {IPX}, link-local {N:ipv6_link_local}, multicast {N:ipv6_multicast}\n")
    R.r("- NIC {N:mac_address}; reserved {N:ip_reserved}\n")
    R.r("On-call: {P1} ({PH}), escalation {H2}\n")
    R.r(g.c("{NIPV}", "Loopback {N:ipv6_loopback} was fine.", "{N:ip_documentation} in the runbook is a placeholder."))


def genre_onboarding(g, R):
    R.r("{L:hi@1}\n\n" + g.c("Welcome aboard!", "Willkommen an Bord!", "Bienvenue !") + " {FILL}\n")
    if g.rng.random() < 0.6:
        R.r("W-4 / I-9: SSN {SSN}" + g.c("", " (spouse: {SSN})", ", ITIN {N:ssn_invalid} rejected") + "\n")
    R.r("Payroll IBAN: {IBAN}\n")
    R.r(g.c("Corporate card: {CC}\n", "Old card {N:luhn_invalid} was a typo.\n", "Card on file: {CC} (exp 09/27)\n"))
    R.r("Buddy: {P2} ({E2})\n")
    R.r(g.c("{N:example_domain} is just the template.", "{L:thx@3}", "Wiki: {N:url_docs}"))


def genre_donation(g, R):
    R.r("💛 " + g.c("Donation drive", "Spendenaufruf", "Collecte", "Campaña solidaria", "Сбор средств") + "\n\n{FILL}\n")
    R.r("IBAN {IBAN}" + g.c("", " · Ref. {N:order_number}", " · {N:price}") + "\n")
    R.r(g.c("", "Card donations: {N:url_form}\n", "Charged twice on {CC}? Write to {ER}.\n"))
    R.r("{LB:contact}: {EO1}\n{L:thx@2}\n")
    R.r(g.c("{NS:word_name}", "{N:iban_bad_length} (old account, do not use)", "{N:iban_bad_check} is a typo in the flyer.", ""))


def genre_dm(g, R):
    R.r("{L:hi@1} ")
    R.r(g.c("{L:call@2} {L:write@2}", "{L:write@2}", "{L:call@2}", "my SSN is {SSN} for the background check",
            "{L:prof@2}", "IBAN: {IBAN}") + "\n")
    R.r(g.c("", "{FILL}", "{NS}", "{L:thx@1}"))


def genre_recommendation(g, R):
    R.r(g.c("I had the pleasure of working with {P1} at {CO}. ", "{P1} and I worked together for three years. ",
            "{L:intro@1} "))
    R.r(g.c("{PS1} ability to untangle messy data is rare. ", "{P1} brings {NS:word_name} ", "{L:congr@1} "))
    R.r(g.c("Anyone hiring: reach out via {U1:li}.", "{L:thx@1}", "cc {H1}", "{NS:place}"))


GENRES = [(genre_speaker_bio, "speaker_bio", 5), (genre_panel_lineup, "panel_lineup", 4), (genre_alumni, "alumni", 4),
          (genre_hackathon_results, "hackathon_results", 4), (genre_volunteer, "volunteer", 4),
          (genre_newsletter, "newsletter", 4), (genre_minutes, "minutes", 5), (genre_wiki_howto, "wiki_howto", 4),
          (genre_support_reply, "support_reply", 5), (genre_sports_club, "sports_club", 3),
          (genre_realestate_ad, "realestate_ad", 3), (genre_freelancer_ad, "freelancer_ad", 3),
          (genre_academic_cv, "academic_cv", 3), (genre_release_notes, "release_notes", 3),
          (genre_quoted_reply, "quoted_reply", 4), (genre_bilingual, "bilingual", 3), (genre_job_post, "job_post", 4),
          (genre_profile, "profile", 4), (genre_comment, "comment", 8), (genre_event_invite, "event_invite", 3),
          (genre_incident_report, "incident_report", 3), (genre_onboarding, "onboarding", 4), (genre_donation, "donation", 3),
          (genre_dm, "dm", 5), (genre_recommendation, "recommendation", 3)]
LANG_W = {"en": 20, "de": 7, "fr": 5, "es": 5, "it": 3, "pt": 4, "nl": 3, "pl": 2, "sv": 2, "fi": 2, "cs": 2, "hu": 2,
          "tr": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 3, "th": 2, "ko": 3, "ja": 4, "zh": 4, "vi": 2,
          "id": 2, "sw": 2}
EXTRAS = ["\n\nP.S. {NS}", "\n{N:example_domain}", "\n{L:fol@9}", "\n\n{L:bye}\n{P9}", "\n{NS:word_name}",
          "\n{L:thx@9}", "\nPS: {N:isbn}", "\n{N:patent}", "\n{LB:ticket} {N:ticket_number}", "\n{N:version}",
          "\n{NT:eponym}", "\n{N:at_non_handle}", "\nWire: {IBAN}", "\n{N:iban_bad_check}", "\n{N:luhn_invalid}",
          "\nhost {IPF}", "\n{IPX}", "\n{L:call@9}", "\n{L:write@9}", "\nPortfolio: {U9}", "\n{N:url_paper}",
          "\n{N:url_company}", "\n{N:url_careers}", "\n{N:ip_private}", "\n{N:ipv6_ula}", "\n{N:ssn_invalid}",
          "\n{N:iban_bad_length}", "\n{N:date} {N:time}", "\n{N:price}", "\nSSN {SSN}", "\n{CC}", "\n{N:mac_address}"]


def make_record(g, i):
    rng = g.rng
    fn, kind, _ = rng.choices(GENRES, [w for _, _, w in GENRES])[0]
    langs = sorted(LANG_W)
    lang = rng.choices(langs, [LANG_W[l] for l in langs])[0]
    if kind == "bilingual" and lang == "en":
        lang = rng.choice([l for l in langs if l != "en"])
    R = Rec(g, lang)
    fn(g, R)
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        R.r(rng.choice(EXTRAS))
    text = R.text()
    return {"id": "blind21-%06d" % i, "lang": lang + ("+en" if kind == "bilingual" else ""), "kind": kind, "text": text,
            "spans": [{"start": s, "end": e, "type": t} for s, e, t in sorted(R.spans)],
            "negatives": [{"start": s, "end": e, "category": c} for s, e, c in sorted(R.negs)]}


# ----------------------------------------------------------------------------- self-check
PROFILE_RE = re.compile(r"^(?:https?://)?(?:(?:www|[a-z]{2})\.)?(?:linkedin\.com/in/[\w-]+/?(?:\?\S*)?|github\.com/\w+|"
                        r"(?:x|twitter)\.com/\w+|medium\.com/@\w+|bsky\.app/profile/[\w.-]+|[a-z0-9-]+\.substack\.com/?|"
                        r"calendly\.com/\w+(?:/[\w-]+)?|askfirst\.example/u/\w+)$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def check(records, members):
    errs = []
    names = {}
    givens = set()
    handles = {m.handle.lower() for m in members}
    nospace = set()
    name_parts = set()
    for m in members:
        nn = normname(m.name)
        names[nn] = m
        if NOSPACE_RE.search(m.name):
            nospace.add(m.name)
        if m.given:
            givens.add(normname(m.given))
        name_parts.add(normname(m.first))
        name_parts.add(normname(m.last))
    maxlen = max(len(n.split()) for n in names)
    for cat, tab in NEG_SENT.items():
        for lang, lst in tab.items():
            for s in lst:
                for mm in MARK.finditer(s):
                    w = normname(mm.group(1))
                    if w not in names and w not in name_parts and w not in givens:
                        errs.append("negative word %r (%s) is not a member name part" % (mm.group(1), cat))
    for cat, lst in NEG_TOK.items():
        for s in lst:
            for mm in MARK.finditer(s):
                w = normname(mm.group(1))
                if w not in names and w not in name_parts:
                    errs.append("negative token %r (%s) is not a member name part" % (mm.group(1), cat))
    allow_gap = set(" -'’." + NBSP)
    for r in records:
        t = r["text"]
        n = len(t)
        gold = sorted((s["start"], s["end"], s["type"]) for s in r["spans"])
        negs = sorted((s["start"], s["end"], s["category"]) for s in r["negatives"])
        rid = r["id"]
        for s, e, typ in gold + negs:
            if not (0 <= s < e <= n):
                errs.append("%s: span out of range %r" % (rid, (s, e, typ)))
        for a, b in zip(gold, gold[1:]):
            if b[0] < a[1]:
                errs.append("%s: gold overlap %r %r" % (rid, a, b))
        for ng in negs:
            for gs in gold:
                if ng[0] < gs[1] and gs[0] < ng[1]:
                    errs.append("%s: negative %r overlaps gold %r" % (rid, ng, gs))
        for s, e, typ in gold:
            v = t[s:e]
            ok = True
            if v != v.strip() or not v:
                ok = False
            elif typ == "EMAIL":
                if "@" in v:
                    ok = bool(EMAIL_RE.match(v)) and not EXAMPLE_RE.search(v.split("@")[1].lower() + "/")
                    if s > 0 and t[s - 1].isascii() and t[s - 1].isalnum():
                        ok = False
                else:
                    ok = re.search(r"[\[({](?:at|AT|arroba|arobase|собака|chiocciola|apenstaartje)[\])}]", v) is not None
            elif typ == "PHONE":
                digits = "".join(str(unicodedata.digit(ch)) for ch in v if ch.isdigit())
                ok = 7 <= len(digits) <= 15 and (v[0] in "+(" or v[0].isdigit())
            elif typ == "IPV4":
                ok = ip4_global(v)
            elif typ == "IPV6":
                ok = ip6_global(v)
            elif typ == "CREDIT_CARD":
                dg = re.sub(r"\D", "", v)
                ok = luhn_ok(dg) and card_brand_ok(dg)
            elif typ == "IBAN":
                ok = iban_ok(v)
            elif typ == "US_SSN":
                ok = ssn_ok(v)
            elif typ == "URL":
                ok = bool(PROFILE_RE.match(v)) and not v.endswith((".", ")"))
            elif typ == "HANDLE":
                ok = v.startswith("@") and v[1:].lower() in handles
            elif typ == "PERSON":
                nn = normname(v)
                ok = nn in names or nn in givens
            else:
                ok = False
            if not ok:
                errs.append("%s: invalid gold %s %r" % (rid, typ, v))
        for s, e, cat in negs:
            v = t[s:e]
            bad = False
            if cat.startswith("ip_") and cat != "ip_version":
                bad = ip4_global(v)
            elif cat == "ip_version":
                bad = False
            elif cat.startswith("ipv6_"):
                bad = ip6_global(v)
            elif cat == "luhn_invalid":
                bad = luhn_ok(re.sub(r"\D", "", v))
            elif cat.startswith("iban_"):
                bad = iban_ok(v)
            elif cat == "ssn_invalid":
                bad = ssn_ok(v)
            elif cat == "example_domain":
                bad = not EXAMPLE_RE.search(v.lower().split("@")[-1] + "/")
            elif cat == "at_non_handle":
                bad = v[1:].split("/")[0].lower() in handles
            elif cat in ("order_number", "ticket_number", "date", "price", "isbn", "patent", "version", "time"):
                dg = re.sub(r"\D", "", v)
                bad = 13 <= len(dg) <= 19 and luhn_ok(dg) and card_brand_ok(dg)
            if bad:
                errs.append("%s: negative %s is actually valid: %r" % (rid, cat, v))

        def covered(s, e):
            for gs, ge, _ in gold:
                if gs <= s and e <= ge:
                    return True
            for ns, ne, _ in negs:
                if ns < e and s < ne:
                    return True
            return False
        # every member full name occurring in the text must be gold or a negative
        nt = norm(t)
        toks = [(m.start(), m.end()) for m in re.finditer(r"[^ ]+", nt)]
        for i in range(len(toks)):
            key = ""
            for j in range(i, min(len(toks), i + maxlen)):
                if j > i:
                    gap = t[toks[j - 1][1]:toks[j][0]]
                    if not gap or any(ch not in allow_gap for ch in gap):
                        break
                    key += " "
                key += nt[toks[j][0]:toks[j][1]]
                if key in names and not covered(toks[i][0], toks[j][1]):
                    errs.append("%s: unlabelled member name %r" % (rid, t[toks[i][0]:toks[j][1]]))
        if NOSPACE_RE.search(t):
            for nm in nospace:
                p = t.find(nm)
                while p >= 0:
                    if not covered(p, p + len(nm)):
                        errs.append("%s: unlabelled member name %r" % (rid, nm))
                    p = t.find(nm, p + 1)
        for m in re.finditer(r"@([A-Za-z0-9_]+)", t):
            if m.group(1).lower() in handles and not covered(m.start(), m.end()):
                errs.append("%s: unlabelled handle %r" % (rid, m.group(0)))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    g = Gen(a.seed, a.members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for i, m in enumerate(g.members, 1):
            f.write(json.dumps({"user": "u%d" % i, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    recs = [make_record(g, i) for i in range(1, a.records + 1)]
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs = check(recs, g.members)
    gold, neg = {}, {}
    for r in recs:
        for s in r["spans"]:
            gold[s["type"]] = gold.get(s["type"], 0) + 1
        for s in r["negatives"]:
            neg[s["category"]] = neg.get(s["category"], 0) + 1
    print("records %d, members %d, languages %d" % (len(recs), len(g.members), len({r["lang"] for r in recs})), file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(gold.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(neg.items())), file=sys.stderr)
    if errs:
        for e in errs[:50]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        print("self-check failed: %d problems" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check passed", file=sys.stderr)


if __name__ == "__main__":
    main()
