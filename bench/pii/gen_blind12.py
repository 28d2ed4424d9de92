#!/usr/bin/env python3
"""gen_blind12.py - an independent, labelled PII test corpus for askfirst (blind, seed-deterministic).

  gen_blind12.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Written BLIND on 2026-11-29 from two sources only: the text of issue 3 (the product's definition
of personal data, its "not this" column and its targets) and bench/pii/score.py (the input
format).  No other file of the repository (engine, tests, docs, other generators, name lists)
was read, and the corpus was not scored against the engine by its author.

Writes DIR/members.jsonl ({"user","name","handle"} per line), DIR/corpus.jsonl ({"id","text",
"spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets in code points, end-
exclusive) and DIR/gold_as_pred.jsonl (gold spans under "pii", for `score.py --check`).

What it covers: posts, comments, profile fields ("About", contact lines), job ads, direct
messages, event notices, recommendations, support/IT threads and payroll/HR messages of a
professional network, in 26 languages and scripts: English, German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Indonesian, Swahili, Vietnamese, Russian
(Cyrillic), Greek, Arabic, Hebrew, Hindi (Devanagari), Bengali, Tamil, Thai, Chinese, Japanese,
Korean, Ukrainian and Nigerian English.  Sentences come from about 300
templates; records join 1-4 sentences of one language, and slot fillers vary widely.
Every type of issue 3 appears: EMAIL (personal, work, role; mailto:/<>/trailing punctuation
outside; [at]/(at)/[dot] obfuscations; glued to CJK/Thai), PHONE (US/CA, UK, DE, FR, IN, BR,
JP, AU, CN, ES, IT, NL, NG and bare E.164; space, dash, dot, slash, NBSP, "(0)"), IPV4 (globally
routable only; :port and /cidr outside), IPV6 (global, compressed or full; [ ]:port outside),
CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55/2221-2720, Amex, Discover; grouped or not), IBAN
(mod-97 valid, right length for 20 countries, compact or grouped by four), US_SSN (valid
area/group/serial, dashes or spaces), URL (profile links only: linkedin.com/in, github.com,
x.com, twitter.com, medium.com/@, bsky.app/profile, *.substack.com, calendly.com; with or
without scheme; trailing "." and ")" outside), HANDLE (@handle of a directory member), PERSON
(directory names in original, lower, upper case or without diacritics; CJK, Thai, Cyrillic,
Greek, Arabic, Hebrew, Indic full names; first name alone only in greetings/thanks; possessive
"Anja's" -> "Anja").

Hard-negative categories (span = the whole look-alike): date, time, price, order_number,
ticket_number, isbn, version, patent (phone look-alikes); ipv4_private, ipv4_loopback,
ipv4_linklocal, ipv4_documentation, ipv4_reserved, ipv4_version (a dotted version string in a
version context); ipv6_nonglobal (documentation 2001:db8::/32, link-local, ULA, loopback,
multicast); card_luhn_invalid; iban_bad_check; ssn_invalid (area 000/666/9xx, group 00,
serial 0000); url_nonprofile (company pages, careers, docs, papers, tickets, forms);
email_documentation (example.com/.org/.net, .example, .test, .invalid: not personal data);
at_not_handle (@media, @Override, @types/node, @here, "@ 9am"...); firm_name (members whose
full name is also a firm, e.g. Morgan Stanley, Hugo Boss, used as the firm); place_name
(member first names that are places: "Charlotte, NC", "Austin, TX"...); eponym ("Dijkstra's
algorithm", "Kalman filter", where the surname is a member surname); name_word (member first
names as ordinary words: "Will", "Hope", "Mark", "Grace period"...).

Labelling choices where issue 3 is ambiguous (what a careful privacy engineer would expect):
- Phone spans include a leading "+" and an opening "(" of an area code, e.g. "(415) 872-3391"
  and "+44 (0)20 7123 4567" are labelled whole; extension words ("ext. 12") are not used.
- "@anjaweber" is HANDLE with the "@" inside the span.  A LinkedIn-style name mention
  "@Anja Weber" is PERSON over "Anja Weber" (the "@" is markup and stays outside, like mailto:).
- A profile URL is one URL span; the handle inside it is not labelled separately.  A trailing
  "/" that is part of the link stays inside; "." and ")" after it stay outside.
- Obfuscated e-mails are labelled from the first character of the local part to the last of the
  TLD, including the "[at]"/"(at)"/"[dot]" words and their spaces.
- PERSON is only labelled for names in members.jsonl.  First names alone are labelled only in
  greetings and thanks; elsewhere names appear in full.  CJK names are written without a space.
  Native-script names are never inflected (no Russian cases) so that the directory form occurs.
- The platform's own profile path is not known from issue 3, so it is not used.
- Documentation domains (example.com and the reserved TLDs) are never labelled EMAIL; they are
  hard negatives in a "format example" context.
- Globally routable IPs exclude 100.64/10, 192.0.0/24, 198.18/15 and the other IANA
  special-purpose blocks (checked with Python's ipaddress.is_global).

Python 3 standard library only; deterministic for a seed (no set iteration, own RNG).
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

# --------------------------------------------------------------------------- name pools
# Latin-script cultures: (first names, last names)
LATIN = {
    "de": ("Anja Jürgen Lukas Sophie Maximilian Jana Björn Katrin Tobias Lena Matthias Jörg Ute "
           "Sebastian Franziska Dominik Annika Felix Mareike Henrik Birgit Ole Sünje Till",
           "Weber Müller Schröder Becker Hoffmann Krüger Schäfer Wagner Neumann Zimmermann Böhm "
           "Lehmann Kühn Vogel Brandt Fischer Hartmann Lange Scholz Jäger Dijkstra Kalman"),
    "fr": ("Amélie Hélène Étienne Clément Chloé Théo Océane Mathieu Inès Loïc Aurélie Benoît "
           "Maëlle Jérôme Céline Hugo Noémie Gaëlle Rémi",
           "Lefèvre Dubois Moreau Laurent Girard Rousseau Mercier Fournier Lambert Bonnet Faure "
           "Chevalier Garnier Perrin Boucher Fourier Laplace Poisson"),
    "es": ("José María Lucía Sofía Alejandro Iñaki Begoña Joaquín Ramón Nuria Álvaro Inés "
           "Martín Rocío Paula Sergio Ainhoa Íker",
           "García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Muñoz Álvarez Romero "
           "Navarro Domínguez Gil Ibáñez Castaño"),
    "pt": ("João Luís Thiago Larissa Gonçalo Leonor Beatriz Caio Letícia Rafaela Tomás Inês "
           "Vinícius Júlia Mariana",
           "Silva Santos Oliveira Souza Rodrigues Conceição Gonçalves Araújo Ribeiro Carvalho "
           "Magalhães Simões Azevedo Brandão"),
    "it": ("Giulia Francesco Chiara Lorenzo Niccolò Federica Matteo Alessia Tommaso Ilaria "
           "Davide Elisa Gianluca",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
           "Gallo Conti De Luca Fabbri"),
    "nl": ("Sanne Daan Femke Joost Maarten Lotte Sven Eline Thijs Anouk Bram Ilse",
           "de Vries Jansen Bakker Visser Smit Meijer de Boer Mulder Bos Vos Dekker Huffman"),
    "pl": ("Łukasz Zofia Wojciech Małgorzata Paweł Agnieszka Kamil Żaneta Michał Katarzyna",
           "Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak"),
    "sv": ("Åsa Björn Linnéa Oskar Ingrid Mats Sofia Elin Gustav Maja",
           "Andersson Johansson Lindqvist Nilsson Ström Bergström Åberg Sjöberg Holm"),
    "tr": ("Ayşe Mehmet Çağla Oğuz Şule Gökhan Elif Burak Zeynep Ümit İlker Deniz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Koç"),
    "vi": ("Nguyễn Văn An|Trần Thị Bích|Lê Minh Đức|Phạm Thu Hà|Hoàng Quốc Bảo|Võ Thị Hồng|"
           "Đặng Hữu Phước|Bùi Thanh Tâm|Đỗ Ngọc Lan|Huỳnh Gia Huy", None),
    "id": ("Budi Siti Agus Dewi Rizky Putri Andi Wulan Fajar Indah Yusuf Ratna",
           "Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Lestari Setiawan Halim"),
    "sw": ("Amani Baraka Neema Juma Zawadi Imani Wanjiru Otieno Achieng Mwajuma Jabari",
           "Mwangi Odhiambo Kamau Njoroge Wambui Otieno Mutua Kiprono Onyango Mbwana"),
    "ng": ("Chinedu Ngozi Oluwaseun Adebayo Funmilayo Emeka Chiamaka Tunde Aisha Ifeoma Yusuf",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Olawale Abubakar Ogunleye Obi"),
    "en": ("Emily James Olivia Ethan Hannah Daniel Chloe Ryan Megan Connor Priya Aaron Zoe "
           "Will Grace Rose Hope Mark Bill June Summer Joy Amber Charlotte Austin Sydney "
           "Florence Jordan Victoria Madison Savannah Dallas",
           "Smith Johnson Brown Taylor O'Brien Baker Young Stone Hill Wood Price Bishop Cook "
           "Murphy Walsh Kennedy Patel Nguyen Reyes Gauss Markov Bellman Nash Pareto Turing "
           "Gantt Levenshtein Kruskal"),
    "in": ("Priya Rahul Ananya Arjun Deepika Vikram Sneha Karthik Aishwarya Rohan Meera",
           "Sharma Iyer Reddy Gupta Nair Banerjee Menon Chatterjee Kulkarni Venkatesan"),
}
# Native-script pools: (language, [(native full name, romanised "first last")]) built from parts
NATIVE = {
    "zh": (["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"],
           ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun"],
           ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "晓明", "子涵", "雨桐", "浩然"],
           ["wei", "fang", "na", "min", "jing", "lei", "yang", "yan", "yong", "jie", "xiaoming",
            "zihan", "yutong", "haoran"], ""),
    "ja": (["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"],
           ["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura",
            "kobayashi", "kato"],
           ["花子", "健太", "陽菜", "翔太", "美咲", "大輔", "結衣", "拓海", "さくら", "蓮"],
           ["hanako", "kenta", "hina", "shota", "misaki", "daisuke", "yui", "takumi", "sakura",
            "ren"], ""),
    "ko": (["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
           ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim"],
           ["민준", "서연", "지훈", "하은", "도윤", "수빈", "예준", "지민", "서준", "유진"],
           ["minjun", "seoyeon", "jihoon", "haeun", "doyoon", "subin", "yejun", "jimin",
            "seojun", "yujin"], ""),
    "ru": (["Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова",
            "Морозов", "Волкова", "Фёдоров"],
           ["ivanova", "smirnov", "kuznetsova", "popov", "sokolova", "lebedev", "novikova",
            "morozov", "volkova", "fedorov"],
           ["Ольга", "Дмитрий", "Анна", "Сергей", "Екатерина", "Алексей", "Мария", "Павел",
            "Наталья", "Артём"],
           ["olga", "dmitry", "anna", "sergey", "ekaterina", "alexey", "maria", "pavel",
            "natalia", "artem"], " "),
    "uk": (["Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко", "Олійник"],
           ["shevchenko", "bondarenko", "kovalenko", "tkachenko", "kravchenko", "oliinyk"],
           ["Олена", "Андрій", "Ірина", "Тарас", "Юлія", "Богдан", "Оксана", "Євген"],
           ["olena", "andrii", "iryna", "taras", "yuliia", "bohdan", "oksana", "yevhen"], " "),
    "el": (["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Οικονόμου", "Παπαδοπούλου", "Δημητρίου"],
           ["papadopoulos", "georgiou", "nikolaou", "oikonomou", "papadopoulou", "dimitriou"],
           ["Νίκος", "Μαρία", "Γιώργος", "Ελένη", "Κώστας", "Σοφία", "Δημήτρης", "Αθηνά"],
           ["nikos", "maria", "giorgos", "eleni", "kostas", "sofia", "dimitris", "athina"], " "),
    "ar": (["الحسن", "العتيبي", "الزهراني", "حداد", "منصور", "الشمري", "الخطيب", "عبد الله"],
           ["alhassan", "alotaibi", "alzahrani", "haddad", "mansour", "alshammari", "alkhatib",
            "abdullah"],
           ["أحمد", "فاطمة", "محمد", "ليلى", "عمر", "نور", "يوسف", "سارة", "خالد", "مريم"],
           ["ahmed", "fatima", "mohamed", "layla", "omar", "nour", "youssef", "sara", "khaled",
            "maryam"], " "),
    "he": (["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא"],
           ["cohen", "levi", "mizrahi", "peretz", "biton", "avraham", "friedman", "shapira"],
           ["נועה", "יונתן", "תמר", "איתי", "מיכל", "עומר", "שירה", "דניאל"],
           ["noa", "yonatan", "tamar", "itai", "michal", "omer", "shira", "daniel"], " "),
    "hi": (["शर्मा", "वर्मा", "गुप्ता", "सिंह", "मिश्रा", "जोशी", "अग्रवाल", "यादव"],
           ["sharma", "verma", "gupta", "singh", "mishra", "joshi", "agarwal", "yadav"],
           ["अमित", "प्रिया", "राहुल", "नेहा", "सुनील", "पूजा", "विकास", "अंजलि"],
           ["amit", "priya", "rahul", "neha", "sunil", "pooja", "vikas", "anjali"], " "),
    "bn": (["দাস", "চৌধুরী", "বসু", "সেন", "মুখার্জি", "রহমান"],
           ["das", "chowdhury", "basu", "sen", "mukherjee", "rahman"],
           ["রাহুল", "সুমিতা", "অর্পিতা", "তানভীর", "নুসরাত", "সৌরভ"],
           ["rahul", "sumita", "arpita", "tanvir", "nusrat", "sourav"], " "),
    "ta": (["ராஜா", "கிருஷ்ணன்", "சுப்பிரமணியம்", "முருகன்", "வேலு"],
           ["raja", "krishnan", "subramaniam", "murugan", "velu"],
           ["கார்த்திக்", "பிரியா", "அருண்", "லட்சுமி", "செந்தில்", "மீனா"],
           ["karthik", "priya", "arun", "lakshmi", "senthil", "meena"], " "),
    "th": (["ใจดี", "สุขสวัสดิ์", "ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "ทองดี"],
           ["jaidee", "suksawat", "srisuk", "wongyai", "kaewmanee", "thongdee"],
           ["สมชาย", "สมหญิง", "ณัฐพล", "พิมพ์ชนก", "ธนากร", "กมลชนก"],
           ["somchai", "somying", "nattapon", "pimchanok", "thanakorn", "kamonchanok"], " "),
}
SURNAME_FIRST = ("zh", "ja", "ko")

# Members whose full name is also a firm (used as the firm in negatives)
FIRM_MEMBERS = ["Morgan Stanley", "Charles Schwab", "Harley Davidson", "Ted Baker", "Hugo Boss",
                "Calvin Klein", "Ralph Lauren", "Kate Spade", "Tommy Hilfiger", "Marc Jacobs",
                "Michael Kors", "Tory Burch", "Paul Smith", "Jack Daniels", "Dean Witter"]
FIRM_CONTEXT = {
    "Morgan Stanley": "after six years at {} in equity research", "Charles Schwab":
    "moved my brokerage account to {} last year", "Harley Davidson": "rode a {} to the offsite",
    "Ted Baker": "bought a {} suit for the interview", "Hugo Boss": "the {} flagship store",
    "Calvin Klein": "merchandising lead for {} in EMEA", "Ralph Lauren": "a {} polo",
    "Kate Spade": "the {} handbag line", "Tommy Hilfiger": "retail analytics for {} stores",
    "Marc Jacobs": "the {} spring campaign", "Michael Kors": "wholesale accounts like {}",
    "Tory Burch": "the {} Foundation fellowship", "Paul Smith": "a {} shirt",
    "Jack Daniels": "a bottle of {} at the farewell", "Dean Witter": "the old {} brokerage",
}
PLACES = [("Charlotte", "Charlotte, NC"), ("Austin", "Austin, TX"), ("Sydney", "Sydney"),
          ("Florence", "Florence, Italy"), ("Jordan", "Amman, Jordan"), ("Victoria",
          "Victoria, BC"), ("Madison", "Madison, WI"), ("Savannah", "Savannah, GA"),
          ("Dallas", "Dallas–Fort Worth")]
PLACE_CONTEXT = ["We are opening a second office in {}.", "Relocating to {} next spring.",
                 "Hiring engineers in {} (hybrid).", "Landed in {} for the summit."]
EPONYMS = [("Dijkstra", "Dijkstra's algorithm"), ("Kalman", "Kalman filter"), ("Fourier",
           "Fourier transform"), ("Laplace", "Laplace smoothing"), ("Poisson", "Poisson regression"),
           ("Huffman", "Huffman coding"), ("Gauss", "Gauss-Newton method"), ("Markov",
           "Markov chain"), ("Bellman", "Bellman-Ford"), ("Nash", "Nash equilibrium"),
           ("Pareto", "Pareto front"), ("Turing", "Turing test"), ("Gantt", "Gantt chart"),
           ("Levenshtein", "Levenshtein distance"), ("Kruskal", "Kruskal's algorithm")]
EPONYM_CONTEXT = ["Interview question of the day: implement {} without a library.",
                  "Our routing service still runs on a tuned {}.",
                  "Great thread explaining the {} with plain examples.",
                  "We replaced the heuristic with a {} and latency dropped 30%."]
NAME_WORDS = [  # (member first name, sentence with the word as an ordinary word, word)
    ("Will", "Will the new remote policy apply to contractors too?", "Will"),
    ("Hope", "Hope everyone had a restful weekend.", "Hope"),
    ("Mark", "Mark your calendars: the hackathon is back.", "Mark"),
    ("Grace", "Grace period for the early-bird tickets ends Friday.", "Grace"),
    ("Bill", "Bill of materials is attached; please review before the build.", "Bill"),
    ("Summer", "Summer internships are open for applications.", "Summer"),
    ("Joy", "Joy is shipping something you are proud of.", "Joy"),
    ("Amber", "Amber lights on the dashboard mean the job is retrying.", "Amber"),
    ("Rose", "Rose gold is apparently our new brand colour.", "Rose"),
    ("June", "June is our busiest hiring month.", "June"),
    ("Will", "WILL THIS BE RECORDED? Asking for the remote folks.", "WILL"),
    ("Hope", "Hope to see many of you at the meetup.", "Hope"),
]

COMPANIES = ["Northwind Labs", "Kestrel Analytics", "Bluefjord", "Tessellate GmbH", "Orchid Systems",
             "Lumen Freight", "Quanta Rail", "Sahel Solar", "Mawingu Networks", "Harbourline",
             "Zentrix AG", "Pinecrest Health", "Corallo Srl", "Vireo Robotics", "Tidewater Bank",
             "Andes Logistics", "Kaizen Works", "Nordlicht Energie", "Ubuntu Fintech",
             "Saffron Retail", "Glacier Data", "Mekong Textiles", "Atlas Biotech"]
CITIES = ["Berlin", "Lagos", "Nairobi", "Lisbon", "Bangalore", "São Paulo", "Osaka", "Seoul",
          "Toronto", "Warsaw", "Istanbul", "Jakarta", "Hanoi", "Dubai", "Tel Aviv", "Athens",
          "Melbourne", "Rotterdam", "Lyon", "Milan", "Madrid", "Stockholm", "Kraków", "Accra"]
ROLES = ["data engineer", "product designer", "staff SRE", "ML researcher", "account executive",
         "HR business partner", "frontend developer", "supply-chain analyst", "CFO",
         "security engineer", "talent partner", "solutions architect", "nurse manager"]
SKILLS = ["Kubernetes", "Rust", "SQL", "Figma", "negotiation", "PyTorch", "IFRS", "Go",
          "people management", "SAP", "Terraform", "UX research"]

PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com",
                    "proton.me", "web.de", "gmx.de", "orange.fr", "free.fr", "libero.it",
                    "yandex.ru", "mail.ru", "qq.com", "163.com", "naver.com", "yahoo.co.jp",
                    "bol.com.br", "uol.com.br", "rediffmail.com", "ukr.net", "hey.com", "fastmail.com"]
WORK_DOMAINS = ["northwindlabs.io", "kestrel-analytics.com", "bluefjord.no", "tessellate.de",
                "orchidsys.com", "lumenfreight.co.uk", "quanta-rail.eu", "sahelsolar.sn",
                "mawingu.co.ke", "harbourline.com.au", "zentrix.ch", "pinecresthealth.org",
                "corallo.it", "vireo-robotics.jp", "tidewaterbank.com", "andeslog.cl",
                "ubuntufintech.co.za", "glacierdata.is", "atlasbio.com.br", "kaizen-works.in"]
ROLE_LOCALS = ["jobs", "careers", "hr", "recruiting", "talent", "hello", "press", "info",
               "hiring", "people", "bewerbung", "recrutement", "empleo"]

# --------------------------------------------------------------------------- helpers


def strip_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def ascii_slug(s):
    s = strip_diacritics(s).replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^A-Za-z0-9]+", "", s).lower()


def norm_name(s):
    s = strip_diacritics(s).replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("İ", "I")
    return " ".join(s.casefold().split())


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


IBAN_FMT = {  # country: (length, bban pattern: a=letter n=digit, bank code choices for letters)
    "DE": (22, "n" * 18), "FR": (27, "n" * 23), "GB": (22, "aaaa" + "n" * 14),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 22), "NL": (18, "aaaa" + "n" * 10),
    "BE": (16, "n" * 12), "AT": (20, "n" * 16), "CH": (21, "n" * 17), "PL": (28, "n" * 24),
    "PT": (25, "n" * 21), "SE": (24, "n" * 20), "DK": (18, "n" * 14), "NO": (15, "n" * 11),
    "FI": (18, "n" * 14), "IE": (22, "aaaa" + "n" * 14), "TR": (26, "n" * 22),
    "SA": (24, "n" * 20), "AE": (23, "n" * 19), "BR": (29, "n" * 23 + "aa"),
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["INGB", "ABNA", "RABO",
                "TRIO", "KNAB"], "IE": ["AIBK", "BOFI"]}


def make_iban(rng, cc, valid=True):
    ln, pat = IBAN_FMT[cc]
    if cc in BANK_LETTERS:
        bban = rng.choice(BANK_LETTERS[cc]) + "".join(str(rng.randrange(10)) for _ in pat[4:])
    else:
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") if c == "a" else str(rng.randrange(10))
                       for c in pat)
        if cc == "BR":
            bban = bban[:-2] + "C1"
    chk = 98 - iban_mod97(cc + "00" + bban)
    iban = "%s%02d%s" % (cc, chk, bban)
    if not valid:
        bad = (chk + rng.randrange(1, 96)) % 97
        if bad < 2:
            bad += 2
        iban = "%s%02d%s" % (cc, bad, bban)
        assert iban_mod97(iban) != 1
    assert len(iban) == ln
    return iban


def global_v4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if a.is_global and not a.is_multicast and str(a).split(".")[-1] not in ("0", "255"):
            return str(a)


V6_PREFIXES = ["2a02:8108", "2a01:4f8", "2001:4860", "2600:1700", "2606:4700", "2a00:1450",
               "2c0f:fe38", "2401:4900", "2405:200", "2804:14c", "2a03:2880", "2400:cb00",
               "2001:67c", "2a0e:97c0", "2620:fe"]


def global_v6(rng):
    while True:
        groups = [int(g, 16) for g in rng.choice(V6_PREFIXES).split(":")]
        while len(groups) < 8:
            r = rng.random()
            groups.append(0 if r < 0.3 else rng.randrange(1 << 16) if r < 0.8 else rng.randrange(256))
        a = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if not a.is_global:
            continue
        st = rng.random()
        if st < 0.65:
            return a.compressed
        if st < 0.85:
            return a.exploded
        return ":".join("%x" % g for g in groups)  # uncompressed, no leading zeros


def valid_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randrange(1, 100), "%04d" % rng.randrange(1, 10000)


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, r = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and r > 0


# --------------------------------------------------------------------------- members

class Directory:
    def __init__(self, n, rng):
        self.members = []
        self.by_culture = {}
        handles = {}
        specials = FIRM_MEMBERS[:]
        cultures = sorted(LATIN) + sorted(NATIVE)
        weights = [6 if c == "en" else 3 if c in ("de", "fr", "es", "in", "pt") else 2 for c in cultures]
        special_at = {}
        for k, nm in enumerate(specials):
            special_at[(k * 7919 + 13) % max(n, 1)] = nm
        for i in range(n):
            if i in special_at:
                name = special_at[i]
                first, roman = name.split()[0], name
                cult = "firm"
            else:
                cult = rng.choices(cultures, weights)[0]
                if cult == "vi":
                    name = rng.choice(LATIN["vi"][0].split("|"))
                    parts = name.split()
                    first, roman = parts[-1], strip_diacritics(name).replace("Đ", "D").replace("đ", "d")
                elif cult in LATIN:
                    fs, ls = LATIN[cult]
                    fl = fs.split()
                    ll = re.findall(r"(?:de |van |De )?\S+", ls)
                    first = rng.choice(fl)
                    last = rng.choice(ll)
                    if cult == "en" and rng.random() < 0.15:  # cross-cultural names
                        last = rng.choice(re.findall(r"(?:de |De )?\S+", LATIN[rng.choice(
                            ["de", "in", "ng", "es", "it", "pl"])][1]))
                    name = "%s %s" % (first, last)
                    roman = name
                else:
                    sn, snr, gn, gnr, sep = NATIVE[cult]
                    j, k = rng.randrange(len(sn)), rng.randrange(len(gn))
                    if cult in SURNAME_FIRST:
                        name = sn[j] + gn[k]
                        first = None
                    else:
                        name = gn[k] + sep + sn[j]
                        first = gn[k]
                    roman = "%s %s" % (gnr[k], snr[j])
            base = ascii_slug(roman)
            r = rng.random()
            if r < 0.3:
                parts = [ascii_slug(p) for p in roman.split()]
                base = parts[0] + rng.choice([".", "_", "-"]) + "".join(parts[1:]) if len(parts) > 1 else base
                base = base.replace(".", "_") if base.endswith(".") else base
            elif r < 0.45:
                parts = [ascii_slug(p) for p in roman.split()]
                base = parts[0][0] + "".join(parts[1:]) if len(parts) > 1 else base
            h = base
            if h in handles or rng.random() < 0.25:
                while True:
                    h = "%s%d" % (base, rng.randrange(1, 100 if rng.random() < 0.5 else 10000))
                    if h not in handles:
                        break
            handles[h] = 1
            m = {"user": "u%d" % (i + 1), "name": name, "handle": h, "first": first,
                 "roman": roman, "culture": cult}
            self.members.append(m)
            self.by_culture.setdefault(cult, []).append(m)
        self.name_norm = {}
        self.first_norm = {}
        for m in self.members:
            self.name_norm[norm_name(m["name"])] = 1
            if m["first"]:
                self.first_norm[norm_name(m["first"])] = 1
        self.handle_set = handles
        self.latin_cultures = [c for c in sorted(LATIN) if c in self.by_culture]
        self.firm_members = {m["name"]: m for m in self.by_culture.get("firm", [])}

    def pick(self, rng, lang, latin_only=False):
        if not latin_only and lang in NATIVE and lang in self.by_culture and rng.random() < 0.6:
            return rng.choice(self.by_culture[lang])
        c = lang if lang in LATIN and lang in self.by_culture and rng.random() < 0.5 else \
            rng.choice(self.latin_cultures)
        return rng.choice(self.by_culture[c])

    def pick_with_first(self, rng, lang, first=None):
        if first:
            cands = [m for m in self.by_culture.get("en", [])[:3000] if m["first"] == first]
            if cands:
                return rng.choice(cands)
        for _ in range(50):
            m = self.pick(rng, lang)
            if m["first"] and m["culture"] not in ("firm",):
                return m
        return rng.choice(self.by_culture["en"])


# --------------------------------------------------------------------------- slot generators


class Gen:
    def __init__(self, rng, d):
        self.rng = rng
        self.d = d
        self.lang = "en"

    # each returns (text, spans, negs, expected-values) with relative offsets
    def span(self, text, typ, pre="", post=""):
        s = len(pre)
        return pre + text + post, [(s, s + len(text), typ)], []

    def neg(self, text, cat):
        return text, [], [(0, len(text), cat)]

    def name_variant(self, name):
        r = self.rng.random()
        if r < 0.07:
            return name.lower()
        if r < 0.12:
            return name.upper()
        if r < 0.30:
            s = strip_diacritics(name).replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
            if s != name:
                return s
        return name

    def P(self):
        m = self.d.pick(self.rng, self.lang)
        return self.span(self.name_variant(m["name"]), "PERSON")

    def PL(self):  # Latin-script person (for possessives, English contexts)
        m = self.d.pick(self.rng, self.lang, latin_only=True)
        return self.span(self.name_variant(m["name"]), "PERSON")

    def PS(self):  # possessive
        m = self.d.pick(self.rng, "en", latin_only=True)
        nm = self.name_variant(m["name"])
        if self.rng.random() < 0.3 and m["first"]:
            nm = m["first"]
        apos = "’" if self.rng.random() < 0.3 else "'"
        return self.span(nm, "PERSON", post=apos + ("" if nm.endswith("s") and self.rng.random() < 0.5 else "s"))

    def AT(self):  # @Full Name mention
        m = self.d.pick(self.rng, self.lang, latin_only=True)
        return self.span(m["name"], "PERSON", pre="@")

    def G(self):  # first name alone (greeting/thanks)
        m = self.d.pick_with_first(self.rng, self.lang)
        nm = m["first"]
        if self.rng.random() < 0.15:
            nm = strip_diacritics(nm)
        return self.span(nm, "PERSON")

    def GW(self):  # greeting with a name that is also a word or place
        first = self.rng.choice(["Will", "Grace", "Rose", "Hope", "Mark", "Bill", "June", "Summer",
                                 "Joy", "Charlotte", "Austin", "Sydney", "Florence", "Jordan"])
        if norm_name(first) not in self.d.first_norm:
            return self.G()
        return self.span(first, "PERSON")

    def H(self):
        m = self.d.pick(self.rng, self.lang)
        return self.span("@" + m["handle"], "HANDLE")

    def email_local(self, m):
        parts = [ascii_slug(p) for p in m["roman"].split()]
        parts = [p for p in parts if p] or ["x"]
        f, l = parts[0], "".join(parts[1:]) or "m"
        r = self.rng.random()
        if r < 0.3:
            return f + "." + l
        if r < 0.45:
            return f + l
        if r < 0.58:
            return f[0] + "." + l
        if r < 0.68:
            return f + "_" + l
        if r < 0.76:
            return f + "." + l + str(self.rng.randrange(1, 99))
        if r < 0.84:
            return f + "+" + self.rng.choice(["jobs", "news", "linkedin", "cv"])
        if r < 0.92:
            return l + "." + f
        return (f + l[:1] + str(self.rng.randrange(70, 100)))

    def email_addr(self):
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice(ROLE_LOCALS) + "@" + self.rng.choice(WORK_DOMAINS)
        m = self.d.pick(self.rng, self.lang)
        loc = self.email_local(m)
        dom = self.rng.choice(PERSONAL_DOMAINS if r < 0.65 else WORK_DOMAINS)
        if self.rng.random() < 0.05:
            return (loc + "@" + dom).upper() if self.rng.random() < 0.3 else loc.capitalize() + "@" + dom
        return loc + "@" + dom

    def E(self):
        a = self.email_addr()
        r = self.rng.random()
        if r < 0.12:
            loc, dom = a.split("@")
            dl = dom.rsplit(".", 1)
            st = self.rng.choice(["%s [at] %s [dot] %s", "%s(at)%s.%s", "%s (at) %s (dot) %s",
                                  "%s[at]%s[dot]%s", "%s [at] %s.%s", "%s(at)%s(dot)%s"])
            a = st % (loc, dl[0], dl[1])
            return self.span(a, "EMAIL")
        if r < 0.22:
            return self.span(a, "EMAIL", pre="<", post=">")
        if r < 0.30:
            return self.span(a, "EMAIL", pre="mailto:")
        return self.span(a, "EMAIL")

    def E_only(self):  # for CJK glue: plain address
        return self.span(self.email_addr(), "EMAIL")

    # ---- phones
    def dg(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def nz(self, n):
        return str(self.rng.randrange(2, 10)) + self.dg(n - 1)

    def phone(self, cc=None):
        rng = self.rng
        LANG_CC = {"en": ["US", "UK", "AU", "CA", "NG", "IN"], "de": ["DE"], "fr": ["FR"],
                   "es": ["ES"], "pt": ["BR"], "it": ["IT"], "nl": ["NL"], "hi": ["IN"], "bn": ["IN"],
                   "ta": ["IN"], "ja": ["JP"], "zh": ["CN"], "ng": ["NG"]}
        if cc is None:
            if self.lang in LANG_CC and rng.random() < 0.7:
                cc = rng.choice(LANG_CC[self.lang])
            else:
                cc = rng.choice(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES",
                                 "IT", "NL", "NG", "E164"])
        r = rng.random()
        if cc in ("US", "CA"):
            while True:
                a = self.nz(3)
                if a[1:] != "11" and a not in ("555", "800", "888", "900") and a[1] != "9":
                    break
            while True:
                x = self.nz(3)
                if x != "555" and x[1:] != "11":
                    break
            s = self.dg(4)
            return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                               "+1 (%s) %s-%s", "1-%s-%s-%s", "%s %s %s"]) % (a, x, s)
        if cc == "UK":
            k = rng.randrange(4)
            if k == 0:
                m = "7" + rng.choice(["4", "5", "8", "9"]) + self.dg(2)
                return rng.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s-%s"]) % (m, self.dg(6))
            if k == 1:
                return rng.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s"]) % (
                    rng.choice(["3", "7", "8"]) + self.dg(3), self.dg(4))
            if k == 2:
                return rng.choice(["0161 %s %s", "0113 %s %s", "+44 131 %s %s"]) % (
                    self.nz(3), self.dg(4))
            return "+44" + "7" + rng.choice("45789") + self.dg(8)
        if cc == "DE":
            k = rng.randrange(4)
            if k == 0:
                m = "1" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "76", "79"])
                return rng.choice(["0%s %s", "+49 %s %s", "0%s/%s", "+49 (0)%s %s", "0%s-%s"]) % (
                    m, self.dg(rng.choice([7, 8])))
            city, ln = rng.choice([("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7)])
            return rng.choice(["0%s %s", "+49 %s %s", "0%s/%s", "+49 (0)%s %s", "(0%s) %s"]) % (
                city, self.nz(ln))
        if cc == "FR":
            lead = rng.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
            g = [self.dg(2) for _ in range(4)]
            st = rng.randrange(5)
            if st == 0:
                return "0%s %s %s %s %s" % (lead, *g)
            if st == 1:
                return "0%s.%s.%s.%s.%s" % (lead, *g)
            if st == 2:
                return "+33 %s %s %s %s %s" % (lead, *g)
            if st == 3:
                return "+33 (0)%s %s %s %s %s" % (lead, *g)
            return "0%s-%s-%s-%s-%s" % (lead, *g)
        if cc == "IN":
            k = rng.randrange(3)
            if k == 0:
                m = rng.choice("6789") + self.dg(4)
                return rng.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "%s %s", "+91 %s%s"]) % (m, self.dg(5))
            if k == 1:
                return rng.choice(["+91 22 %s %s", "022-%s-%s", "+91-80-%s-%s"]) % (self.nz(4), self.dg(4))
            return "+91" + rng.choice("6789") + self.dg(9)
        if cc == "BR":
            ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            if rng.random() < 0.6:
                n = "9" + self.dg(4)
            else:
                n = rng.choice("2345") + self.dg(3)
            return rng.choice(["+55 %s %s-%s", "(%s) %s-%s", "+55 (%s) %s-%s", "%s %s-%s"]) % (
                ddd, n, self.dg(4))
        if cc == "JP":
            if rng.random() < 0.5:
                m = rng.choice(["90", "80", "70"])
                return rng.choice(["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "0%s %s %s"]) % (
                    m, self.dg(4), self.dg(4))
            return rng.choice(["03-%s-%s", "+81 3-%s-%s", "06-%s-%s", "+81 6 %s %s"]) % (
                self.nz(4), self.dg(4))
        if cc == "AU":
            if rng.random() < 0.5:
                return rng.choice(["04%s %s %s", "+61 4%s %s %s"]) % (self.dg(2), self.dg(3), self.dg(3))
            return rng.choice(["(0%s) %s %s", "+61 %s %s %s", "0%s %s %s"]) % (
                rng.choice("2378"), self.nz(4), self.dg(4))
        if cc == "CN":
            if rng.random() < 0.6:
                m = "1" + rng.choice(["38", "39", "50", "58", "86", "88", "35", "77"])
                return rng.choice(["%s %s %s", "+86 %s %s %s", "%s-%s-%s", "%s%s%s", "+86-%s-%s-%s"]) % (
                    m, self.dg(4), self.dg(4))
            return rng.choice(["010-%s", "+86 10 %s", "021-%s", "+86 21 %s"]) % (self.nz(8),)
        if cc == "ES":
            if rng.random() < 0.5:
                m = rng.choice("67") + self.dg(2)
                return rng.choice(["%s %s %s", "+34 %s %s %s", "+34 %s-%s-%s"]) % (m, self.dg(3), self.dg(3))
            return rng.choice(["91 %s %s %s", "+34 93 %s %s %s", "96 %s %s %s"]) % (
                self.nz(3), self.dg(2), self.dg(2))
        if cc == "IT":
            if rng.random() < 0.5:
                m = "3" + rng.choice(["33", "35", "38", "40", "47", "49", "93"])
                return rng.choice(["%s %s", "+39 %s %s", "+39 %s %s", "%s/%s"]) % (
                    m, rng.choice([self.dg(7), self.dg(3) + " " + self.dg(4)]))
            return rng.choice(["02 %s %s", "+39 02 %s %s", "06 %s %s", "+39 06 %s %s"]) % (
                self.nz(4), self.dg(4))
        if cc == "NL":
            if rng.random() < 0.5:
                return rng.choice(["06-%s", "06 %s", "+31 6 %s", "+31 (0)6 %s", "06 %s %s %s %s"
                                   if False else "+316%s"]) % (self.nz(8),)
            return rng.choice(["020-%s %s", "+31 20 %s %s", "+31 (0)20 %s %s", "010-%s%s"]) % (
                self.nz(3), self.dg(4))
        if cc == "NG":
            m = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "905", "809"])
            return rng.choice(["+234 %s %s %s", "0%s %s %s", "+234-%s-%s-%s", "0%s-%s-%s", "+234%s%s%s"]) % (
                m, self.dg(3), self.dg(4))
        # bare E.164
        return rng.choice(["+1" + self.nz(3) + self.nz(3) + self.dg(4),
                           "+44" + "7" + rng.choice("4579") + self.dg(8),
                           "+49" + "15" + rng.choice("127") + self.dg(8),
                           "+33" + rng.choice("67") + self.dg(8), "+8613" + self.dg(9),
                           "+2348" + rng.choice("01") + self.dg(8), "+61" + "4" + self.dg(8),
                           "+5511" + "9" + self.dg(8), "+819" + "0" + self.dg(8)])

    def T(self):
        p = self.phone()
        if " " in p and self.rng.random() < 0.08:
            p = p.replace(" ", NBSP)
        return self.span(p, "PHONE")

    def I4(self):
        ip = global_v4(self.rng)
        r = self.rng.random()
        if r < 0.15:
            return self.span(ip, "IPV4", post=":" + self.rng.choice(["22", "443", "8080", "3389", "51820"]))
        if r < 0.25:
            return self.span(ip, "IPV4", post="/32")
        return self.span(ip, "IPV4")

    def I6(self):
        ip = global_v6(self.rng)
        r = self.rng.random()
        if r < 0.2:
            return self.span(ip, "IPV6", pre="[", post="]:" + self.rng.choice(["443", "8443", "22"]))
        if r < 0.28:
            return self.span(ip, "IPV6", post="/128")
        return self.span(ip, "IPV6")

    def card_number(self, valid=True):
        rng = self.rng
        b = rng.randrange(6)
        if b <= 1:
            num, grp = luhn_complete("4", 16, rng), (4, 4, 4, 4)
        elif b == 2:
            num, grp = luhn_complete(str(rng.randrange(51, 56)), 16, rng), (4, 4, 4, 4)
        elif b == 3:
            num, grp = luhn_complete(str(rng.randrange(2221, 2721)), 16, rng), (4, 4, 4, 4)
        elif b == 4:
            num, grp = luhn_complete(rng.choice(["34", "37"]), 15, rng), (4, 6, 5)
        else:
            num, grp = luhn_complete(rng.choice(["6011", "65", str(rng.randrange(644, 650))]), 16, rng), (4, 4, 4, 4)
        if not valid:
            last = int(num[-1])
            num = num[:-1] + str((last + rng.randrange(1, 10)) % 10)
            assert not luhn_ok(num)
        sep = rng.choice([" ", "-", "", " "])
        if not sep:
            return num
        out, i = [], 0
        for g in grp:
            out.append(num[i:i + g])
            i += g
        return sep.join(out)

    def CC(self):
        return self.span(self.card_number(), "CREDIT_CARD")

    def IB(self):
        cc = self.rng.choice(sorted(IBAN_FMT))
        if self.lang in ("de", "fr", "es", "it", "nl", "pl", "pt", "sv", "tr", "ar") and self.rng.random() < 0.5:
            cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT",
                  "sv": "SE", "tr": "TR", "ar": "SA"}[self.lang]
        ib = make_iban(self.rng, cc)
        if self.rng.random() < 0.6:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return self.span(ib, "IBAN")

    def SSN(self):
        a, g, s = valid_ssn(self.rng)
        sep = "-" if self.rng.random() < 0.8 else " "
        return self.span(sep.join([a, g, s]), "US_SSN")

    def U(self):
        rng = self.rng
        m = self.d.pick(rng, self.lang)
        h = m["handle"]
        slug = "-".join(ascii_slug(p) for p in m["roman"].split()) or h
        k = rng.randrange(10)
        scheme = rng.choice(["https://", "https://www.", "", "http://", "https://"])
        if k <= 2:
            tail = slug + ("-" + "%x" % rng.randrange(1 << 20, 1 << 28) if rng.random() < 0.4 else "")
            u = "%slinkedin.com/in/%s%s" % (scheme, tail, "/" if rng.random() < 0.4 else "")
        elif k == 3:
            u = "%sgithub.com/%s" % (scheme.replace("www.", ""), h.replace(".", "-").replace("_", "-"))
        elif k == 4:
            u = "%s%s/%s" % (scheme.replace("www.", ""), rng.choice(["x.com", "twitter.com"]), h.replace(".", "_").replace("-", "_"))
        elif k == 5:
            u = "%smedium.com/@%s" % (scheme.replace("www.", ""), h)
        elif k == 6:
            u = "%sbsky.app/profile/%s.bsky.social" % (scheme.replace("www.", ""), h.replace("_", "-").replace(".", "-"))
        elif k == 7:
            u = "%s%s.substack.com" % (scheme.replace("www.", ""), h.replace("_", "").replace(".", "").replace("-", ""))
        elif k == 8:
            u = "%scalendly.com/%s%s" % (scheme.replace("www.", ""), h.replace("_", "-").replace(".", "-"),
                                         rng.choice(["", "/30min", "/intro-call", "/coffee"]))
        else:
            u = "%slinkedin.com/in/%s" % ("https://" + rng.choice(["", "de.", "fr.", "br.", "www."]), slug)
        return self.span(u, "URL")

    # ---- hard negatives
    def n_date(self):
        y = self.rng.choice([2025, 2026, 2027])
        mth, d = self.rng.randrange(1, 13), self.rng.randrange(1, 29)
        return self.neg(self.rng.choice(["%d-%02d-%02d" % (y, mth, d), "%02d.%02d.%d" % (d, mth, y),
                                         "%d/%d/%d" % (mth, d, y), "%02d/%02d/%d" % (d, mth, y),
                                         "%d年%d月%d日" % (y, mth, d)]), "date")

    def n_time(self):
        h, m = self.rng.randrange(7, 20), self.rng.choice([0, 15, 30, 45])
        return self.neg(self.rng.choice(["%02d:%02d–%02d:%02d" % (h, m, h + 1, m), "%02d:%02d" % (h, m),
                                         "%d:%02d pm" % (h % 12 or 12, m), "%02d:%02d:%02d UTC" % (h, m, 0)]), "time")

    def n_price(self):
        a = self.rng.randrange(100, 250000)
        return self.neg(self.rng.choice(["€%s,%02d" % ("{:,}".format(a).replace(",", "."), self.rng.randrange(100)),
                                         "$%s.00" % "{:,}".format(a), "%s ₹" % "{:,}".format(a * 10),
                                         "R$ %d,%02d" % (a, self.rng.randrange(100)), "¥%s" % "{:,}".format(a * 100),
                                         "%s SEK" % "{:,}".format(a).replace(",", " ")]), "price")

    def n_order(self):
        return self.neg(self.rng.choice(["#%s-%s-%s" % (self.dg(4), self.dg(4), self.dg(4)),
                                         "ORD-%s%s" % (self.dg(6), self.dg(4)), "%s-%s" % (self.dg(3), self.dg(7)),
                                         "PO %s %s" % (self.dg(5), self.dg(5))]), "order_number")

    def n_ticket(self):
        return self.neg(self.rng.choice(["INC-%s-%s" % (self.dg(8), self.dg(4)), "JIRA-%s" % self.dg(5),
                                         "#%s" % self.dg(7), "CS%s %s" % (self.dg(4), self.dg(6)),
                                         "SR %s-%s" % (self.dg(3), self.dg(5))]), "ticket_number")

    def n_isbn(self):
        body = "978" + str(self.rng.randrange(0, 10)) + self.dg(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        return self.neg(self.rng.choice(["%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12]),
                                         full, "%s %s %s %s %s" % (full[:3], full[3], full[4:7], full[7:12], full[12])]), "isbn")

    def n_version(self):
        r = self.rng
        return self.neg(r.choice(["v%d.%d.%d" % (r.randrange(1, 30), r.randrange(40), r.randrange(100)),
                                  "%d.%d.%d-rc%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(9), r.randrange(1, 5)),
                                  "10.0.%d.%d" % (r.randrange(19000, 26000), r.randrange(1000, 5000)),
                                  "build %d.%d.%d" % (r.randrange(100, 999), r.randrange(10, 99), r.randrange(1000, 9999))]), "version")

    def n_patent(self):
        r = self.rng
        return self.neg(r.choice(["US %d,%03d,%03d B2" % (r.randrange(9, 12), r.randrange(1000), r.randrange(1000)),
                                  "EP %d %03d %03d A1" % (r.randrange(2, 4), r.randrange(1000), r.randrange(1000)),
                                  "WO 20%d/%06d" % (r.randrange(18, 26), r.randrange(1000000)),
                                  "DE 10 20%d %03d %03d.%d" % (r.randrange(18, 25), r.randrange(1000), r.randrange(1000), r.randrange(10))]), "patent")

    def n_ip(self):
        r = self.rng
        k = r.randrange(6)
        if k == 0:
            return self.neg(r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                                      "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                                      "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))]), "ipv4_private")
        if k == 1:
            return self.neg("127.0.0.%d" % r.choice([1, 1, 53]), "ipv4_loopback")
        if k == 2:
            return self.neg("169.254.%d.%d" % (r.randrange(1, 255), r.randrange(1, 255)), "ipv4_linklocal")
        if k == 3:
            return self.neg(r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255)), "ipv4_documentation")
        if k == 4:
            return self.neg(r.choice(["100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(1, 255)),
                                      "0.0.0.0", "255.255.255.255", "240.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(256)),
                                      "198.18.%d.%d" % (r.randrange(256), r.randrange(1, 255))]), "ipv4_reserved")
        return self.n_ip()

    def n_ver4(self):
        r = self.rng
        return self.neg("%d.%d.%d.%d" % (r.randrange(1, 30), r.randrange(0, 20), r.randrange(0, 10), r.randrange(1, 300)), "ipv4_version")

    def n_ip6(self):
        r = self.rng
        g = lambda: "%x" % r.randrange(1, 1 << 16)
        return self.neg(r.choice(["2001:db8::%s" % g(), "2001:db8:%s::%s" % (g(), g()), "fe80::%s:%s:%s:%s" % (g(), g(), g(), g()),
                                  "fd%02x:%s:%s::%s" % (r.randrange(256), g(), g(), g()), "::1", "ff02::1"]), "ipv6_nonglobal")

    def n_card(self):
        return self.neg(self.card_number(valid=False), "card_luhn_invalid")

    def n_iban(self):
        ib = make_iban(self.rng, self.rng.choice(sorted(IBAN_FMT)), valid=False)
        if self.rng.random() < 0.5:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return self.neg(ib, "iban_bad_check")

    def n_ssn(self):
        r = self.rng
        k = r.randrange(5)
        a, g, s = valid_ssn(r)
        if k == 0:
            a = "000"
        elif k == 1:
            a = "666"
        elif k == 2:
            a = str(r.randrange(900, 1000))
        elif k == 3:
            g = "00"
        else:
            s = "0000"
        return self.neg("%s-%s-%s" % (a, g, s), "ssn_invalid")

    def n_url(self):
        r = self.rng
        co = r.choice(["northwindlabs", "kestrel-analytics", "bluefjord", "tessellate", "orchid-systems", "vireo-robotics"])
        return self.neg(r.choice(["https://www.linkedin.com/company/%s/" % co, "linkedin.com/company/%s" % co,
                                  "https://%s.com/careers" % co, "https://jobs.lever.co/%s/%s" % (co, "%x" % r.randrange(1 << 32)),
                                  "https://boards.greenhouse.io/%s/jobs/%d" % (co, r.randrange(10 ** 6, 10 ** 7)),
                                  "https://docs.python.org/3/library/ipaddress.html", "https://arxiv.org/abs/%d.%05d" % (r.randrange(2001, 2612), r.randrange(100000)),
                                  "https://doi.org/10.%d/%s" % (r.randrange(1000, 9999), "%x" % r.randrange(1 << 24)),
                                  "https://www.eventbrite.com/e/%s-tickets-%d" % (co, r.randrange(10 ** 11, 10 ** 12)),
                                  "https://forms.gle/%s" % "".join(r.choice("abcdefXYZ0123456789") for _ in range(17)),
                                  "https://docs.google.com/forms/d/e/%s/viewform" % "".join(r.choice("abcdefghXYZ0123456789_") for _ in range(24)),
                                  "https://www.linkedin.com/jobs/view/%d/" % r.randrange(10 ** 9, 10 ** 10),
                                  "https://github.com/%s/%s/issues/%d" % (co, r.choice(["sdk", "api", "docs"]), r.randrange(1, 5000)),
                                  "https://kubernetes.io/docs/concepts/services-networking/"]), "url_nonprofile")

    def n_docmail(self):
        r = self.rng
        return self.neg(r.choice(["name@example.com", "jane.doe@example.org", "user@example.net", "you@company.example",
                                  "test@foo.test", "someone@domain.invalid", "first.last@example.com"]), "email_documentation")

    def n_at(self):
        return self.neg(self.rng.choice(["@media", "@Override", "@types/node", "@here", "@channel", "@everyone",
                                         "@angular/core", "@keyframes", "@Test", "@param", "@babel/core"]), "at_not_handle")

    def n_firm(self):
        nm = self.rng.choice([n for n in FIRM_MEMBERS if n in self.d.firm_members] or FIRM_MEMBERS)
        ctx = FIRM_CONTEXT[nm]
        ctx = ctx[0].upper() + ctx[1:]
        i = ctx.index("{}")
        return ctx[:i] + nm + ctx[i + 2:], [], [(i, i + len(nm), "firm_name")]

    def n_place(self):
        first, place = self.rng.choice(PLACES)
        ctx = self.rng.choice(PLACE_CONTEXT)
        i = ctx.index("{}")
        return ctx[:i] + place + ctx[i + 2:], [], [(i, i + len(place), "place_name")]

    def n_eponym(self):
        sur, phrase = self.rng.choice(EPONYMS)
        ctx = self.rng.choice(EPONYM_CONTEXT)
        i = ctx.index("{}")
        return ctx[:i] + phrase + ctx[i + 2:], [], [(i, i + len(phrase), "eponym")]

    def n_word(self):
        first, sent, w = self.rng.choice(NAME_WORDS)
        i = sent.index(w)
        return sent, [], [(i, i + len(w), "name_word")]

    # ---- plain fillers
    def CO(self):
        return self.rng.choice(COMPANIES), [], []

    def CITY(self):
        return self.rng.choice(CITIES), [], []

    def ROLE(self):
        return self.rng.choice(ROLES), [], []

    def SK(self):
        return self.rng.choice(SKILLS), [], []

    def N(self):
        return str(self.rng.randrange(2, 40)), [], []


NEG_SLOTS = {"ND": "n_date", "NT": "n_time", "NP": "n_price", "NO": "n_order", "NK": "n_ticket",
             "NI": "n_isbn", "NV": "n_version", "NPT": "n_patent", "NIP": "n_ip", "NV4": "n_ver4",
             "NI6": "n_ip6", "NCC": "n_card", "NIB": "n_iban", "NSSN": "n_ssn", "NU": "n_url",
             "NEM": "n_docmail", "NAT": "n_at", "NFIRM": "n_firm", "NPLACE": "n_place",
             "NEPO": "n_eponym", "NWORD": "n_word"}

# --------------------------------------------------------------------------- templates
# Slots: P person, PL latin person, PS possessive, AT @Full Name, G first name (greeting),
# GW greeting with a word-like name, H handle, E e-mail, E0 plain e-mail, T phone, I4, I6,
# CC card, IB iban, SSN, U profile URL; CO CITY ROLE SK N fillers; N* hard negatives.
T = {}
T["en"] = """\
Thrilled to welcome {P} to the {CO} data team! Reach her at {E} or {T}.
Hi {G}, thanks for the intro. Here is my calendar: {U}
Thanks, {G}! Really appreciate the recommendation.
Congrats to {H} on the new role at {CO}!
{PS} talk on observability in {CITY} was the highlight of my week.
We are hiring a {ROLE}. Send your CV to {E} (reference {NK}).
Our Q3 retro is on {ND} at {NT}; dial-in {T}.
If anyone sees logins from {I4} on their account, ping {H} right away.
Firewall rule added for {I4} and {NIP} (the internal one).
The refund went to card {CC}, order {NO}, total {NP}.
Please wire the deposit to {IB} (account holder: {P}).
SSN on the onboarding form: {SSN}. Please do not forward this thread.
Find me on GitHub: {U} and LinkedIn: {U}.
Kudos to {P} and {P} for shipping the billing migration two weeks early.
I had the pleasure of managing {P} for three years at {CO}; she is the best {ROLE} I know.
{P} ({E}) will lead the {SK} workshop on {ND}.
Recruiter note: call {P} back on {T} after {NT}.
Dear {G},\\nThank you for your application for the {ROLE} role.
Cheers {G}, see you in {CITY}!
Welcome aboard, {G}! Your laptop ships with image {NV}.
Happy work anniversary {H}! Five years of {SK} wizardry.
Long post, but worth it: read {PS} write-up here {U}.
Our VPN gateway is {I6}; legacy clients still use {I4}.
Ping check: {I6} responds, {NI6} is only the link-local side.
Server logs show requests from [{I6}] and from the office NAT {I4}.
The test card {NCC} is rejected, as it should be; the real one was {CC}.
IBAN {NIB} bounced (checksum). Corrected IBAN: {IB}.
HR portal rejected {NSSN} as invalid, the employee's correct SSN is {SSN}.
Docs use {NEM} as the placeholder; my real address is {E}.
Our design system is at {NU}. For questions, DM {H}.
Apply here: {NU} — or email {E} directly.
Event tickets: {NU}. Speaker contact: {P}, {T}.
Great paper ({NU}) co-authored by {P}.
Use CSS media queries, not JS, says {H}. See also {NAT} in the style guide.
Tag {NAT} only for outages, please. For everything else ask {H}.
My book is out! ISBN {NI}. Thanks to {P} for the foreword.
Our patent {NPT} was granted; inventors {P} and {P}.
Shipped {NV} today. Release notes by {H}.
The appliance reports firmware {NV4}, and it phones home to {I4}.
Order {NO} for {NP} placed on {ND}; questions go to {E}.
Ticket {NK} opened by {P} at {NT}.
{NFIRM}, then moved into fintech. Thanks {G} for the referral!
{NPLACE} Ping {H} if you want coffee.
{NEPO} Credit to {P} for the idea.
{NWORD} Thanks, {GW}!
Hi {GW}, great seeing you at the meetup.
Big thank you to {GW} for mentoring me this year.
Contact: {E} | {T} | {U}
{P} — {ROLE} at {CO} — {CITY}
About: {ROLE} in {CITY}. Previously {CO}. Say hi at {E}.
Shoutout to @{P} for the amazing keynote at {CITY}.
cc {AT} and {H} for visibility.
Reminder: the {SK} meetup moved to {ND}, {NT}. RSVP to {E}.
Call me on {T} or WhatsApp {T}.
Fraud alert: my card {CC} was charged {NP} from an IP in another country ({I4}).
Payroll update for {P}: new account {IB}, SSN {SSN}.
Recommended by {P}: "{G} is the calmest incident commander I have worked with."
Just published on Substack: {U}. Subscribe!
Book a slot with me: {U}.
I'm on Bluesky now: {U}
Follow {H} for daily {SK} tips.
{PS} team is hiring in {CITY}, {N} open roles.
Please route all vendor invoices to {E} and reference PO {NO}.
Anyone know {P}? Trying to reach them about a {ROLE} opening.
Interview with {P} confirmed for {ND} {NT} (candidate phone {T}).
The bastion host {I4}:22 is closed; use {I6} instead.
We blocked {I4}/32 after the credential-stuffing attempts.
Old profile: {U}. New one: {U}.
Thanks {G}!
Hey {G} - did you get my email at {E}?
Our office number changed to {T}; the old {T} will forward until {ND}.
Expense report: team dinner {NP} on card {CC}; receipt {NO}.
Payment failed for {CC} (Amex), retrying with {CC}.
Background check form: name {P}, SSN {SSN}, phone {T}.
W-2 for {P} lists SSN {SSN}; the scanner read it as {NSSN}, please double-check.
The sample card in our QA doc, {NCC}, fails Luhn on purpose.
Allowlist request: {I6} and {I4} for {P}'s home office.
The IPv6 of my home router is {I6}; please add it to the allowlist.
Staging runs on {NI6} and {NIP}; production egress is {I6}.
{NFIRM}. Happy to chat about it, DM {H}.
{NPLACE} Questions to {P}.
{NEPO}
{NWORD}
Hi team, {NWORD} Thanks, {G}!
Book club pick: ISBN {NI}, hosted by {H} on {ND}.
Release {NV} fixes the bug reported in {NK}; thanks {G}!
For the form, enter a dummy like {NEM}; never a real address such as {E}.
Pricing moved to {NP}/seat from {ND}; ask {P} ({T}) for a quote.
Cluster nodes report kernel {NV4}; they sit behind {NIP}.
""".splitlines()
T["de"] = """\
Herzlich willkommen im Team, {P}! Erreichbar unter {E} oder {T}.
Danke, {G}, für die tolle Zusammenarbeit!
Hallo {G}, anbei mein Lebenslauf. Telefon: {T}.
Wir suchen eine*n {ROLE} in {CITY}. Bewerbungen an {E}.
Bitte überweisen Sie die Kaution auf {IB}, Kontoinhaber {P}.
Termin am {ND} um {NT} Uhr, Einwahl {T}.
Glückwunsch an {H} zur Beförderung!
Der Login kam von {I4}, nicht von unserem internen Netz ({NIP}).
Liebe {G}, vielen Dank für die Empfehlung!
{P} hat das Projekt bei {CO} hervorragend geleitet.
Rechnung {NO} über {NP} – Rückfragen an {E}.
Mein Profil: {U}
Kontakt: {P}, Tel. {T}, E-Mail {E}
Die IBAN {NIB} ist ungültig, bitte nutzen Sie {IB}.
Viele Grüße an {G} und das ganze Team!
Unser Patent {NPT} wurde erteilt, Erfinder: {P}.
Server {I6} ist wieder erreichbar.
""".splitlines()
T["fr"] = """\
Bienvenue à {P} dans l'équipe {CO} ! Contact : {E} ou {T}.
Merci {G} pour ton aide précieuse !
Bonjour {G}, voici mon CV. Tél. : {T}.
Nous recrutons un(e) {ROLE} à {CITY}. Candidatures à {E}.
Merci de virer l'acompte sur {IB} (titulaire : {P}).
Réunion le {ND} à {NT}, numéro de conférence {T}.
Félicitations à {H} pour sa promotion !
Recommandation : {P} est une {ROLE} remarquable, je la recommande sans réserve.
Mon profil LinkedIn : {U}.
Commande {NO} de {NP}, questions à {E}.
Connexion suspecte depuis {I4} ; l'adresse {NIP} est interne.
Un grand merci à {G} !
Écrivez-moi à {E} ou appelez le {T}.
Le ticket {NK} a été ouvert par {P}.
""".splitlines()
T["es"] = """\
¡Bienvenida al equipo, {P}! Escríbele a {E} o llámala al {T}.
Gracias, {G}, por la recomendación.
Hola {G}, te dejo mi perfil: {U}
Buscamos {ROLE} en {CITY}. Envía tu CV a {E}.
Transferencia a {IB}, titular {P}.
La reunión es el {ND} a las {NT}; teléfono de contacto {T}.
Enhorabuena a {H} por el nuevo puesto en {CO}.
{P} lideró la migración a {SK} con una calma admirable.
El pedido {NO} por {NP} llegó tarde; escribid a {E}.
¡Muchas gracias, {G}!
""".splitlines()
T["pt"] = """\
Bem-vinda ao time, {P}! Contato: {E} ou {T}.
Obrigado, {G}, pela indicação!
Olá {G}, segue meu currículo. WhatsApp: {T}.
Vaga para {ROLE} em {CITY}. Envie o CV para {E}.
PIX não rolou, então segue o IBAN: {IB} (titular {P}).
Reunião dia {ND} às {NT}.
Parabéns, {H}, pela nova fase na {CO}!
Recomendo muito {P}: uma {ROLE} excepcional.
Meu perfil: {U}
Pedido {NO} no valor de {NP}; dúvidas: {E}.
""".splitlines()
T["it"] = """\
Benvenuta in squadra, {P}! Contatti: {E}, {T}.
Grazie mille, {G}!
Ciao {G}, ti mando il mio profilo: {U}
Cerchiamo un {ROLE} a {CITY}: candidature a {E}.
Bonifico su {IB}, intestato a {P}.
Riunione il {ND} alle {NT}, numero {T}.
Complimenti a {H} per la promozione!
Ordine {NO} da {NP}: per info {E}.
""".splitlines()
T["nl"] = """\
Welkom bij {CO}, {P}! Bereikbaar via {E} of {T}.
Bedankt, {G}, voor de fijne samenwerking!
Hoi {G}, hier is mijn profiel: {U}
Vacature: {ROLE} in {CITY}. Solliciteren via {E}.
Graag de borg overmaken naar {IB} t.n.v. {P}.
Overleg op {ND} om {NT}, bel {T}.
Gefeliciteerd {H} met je nieuwe baan!
""".splitlines()
T["pl"] = """\
Witamy w zespole, {P}! Kontakt: {E}, tel. {T}.
Dziękuję, {G}, za rekomendację!
Cześć {G}, przesyłam CV. Mój profil: {U}
Szukamy: {ROLE}, {CITY}. CV prosimy wysyłać na {E}.
Przelew na konto {IB}, odbiorca {P}.
Gratulacje dla {H}!
""".splitlines()
T["sv"] = """\
Välkommen till {CO}, {P}! Nås på {E} eller {T}.
Tack, {G}, för hjälpen!
Hej {G}, här är min profil: {U}
Vi söker en {ROLE} i {CITY}. Skicka CV till {E}.
Betala till {IB}, mottagare {P}.
""".splitlines()
T["tr"] = """\
Ekibimize hoş geldin {P}! İletişim: {E} veya {T}.
Teşekkürler {G}, tavsiyen için!
Merhaba {G}, özgeçmişim ekte. Profilim: {U}
{CITY} ofisimiz için {ROLE} arıyoruz. CV'nizi {E} adresine gönderin.
Ödemeyi {IB} hesabına yapabilirsiniz, alıcı: {P}.
Toplantı {ND} saat {NT}; telefon {T}.
Yeni görevin hayırlı olsun {H}!
{P} ile {CO}'da çalışmak büyük bir şanstı.
""".splitlines()
T["id"] = """\
Selamat bergabung, {P}! Hubungi lewat {E} atau {T}.
Terima kasih, {G}, atas rekomendasinya!
Halo {G}, ini profil LinkedIn saya: {U}
Lowongan {ROLE} di {CITY}. Kirim CV ke {E}.
Transfer ke {IB} atas nama {P}.
Rapat tanggal {ND} pukul {NT}, nomor dial-in {T}.
Selamat untuk {H} atas promosinya!
Saya merekomendasikan {P}, seorang {ROLE} yang sangat teliti.
""".splitlines()
T["sw"] = """\
Karibu kwenye timu, {P}! Wasiliana kupitia {E} au {T}.
Asante sana, {G}!
Habari {G}, hii ni wasifu wangu: {U}
Tunatafuta {ROLE} jijini {CITY}. Tuma CV kwa {E}.
Hongera {H} kwa kazi mpya!
Mkutano ni tarehe {ND} saa {NT}; piga simu {T}.
Nampendekeza {P} kwa nafasi ya {ROLE}.
""".splitlines()
T["ng"] = """\
Big congrats to {P} on joining {CO}! Reach her on {T} or {E}.
Thank you, {G}, God bless!
Hello {G}, please find my CV attached. My line is {T}.
Vacancy: {ROLE} in Lagos. Send CV to {E} before {ND}.
Kindly pay into {IB} ({P}) and send proof to {E}.
Shout out to {H} for organising the Abuja meetup.
""".splitlines()
T["vi"] = """\
Chào mừng {P} gia nhập {CO}! Liên hệ: {E} hoặc {T}.
Cảm ơn {G} rất nhiều!
Chào {G}, đây là hồ sơ của mình: {U}
Tuyển {ROLE} tại {CITY}. Gửi CV về {E}.
Chuyển khoản tới {IB}, người nhận {P}.
Họp ngày {ND} lúc {NT}, gọi số {T}.
Chúc mừng {H} với công việc mới!
Tôi xin giới thiệu {P}, một {ROLE} rất tận tâm.
""".splitlines()
T["ru"] = """\
Добро пожаловать в команду, {P}! Почта {E}, телефон {T}.
Спасибо, {G}, за рекомендацию!
Привет, {G}! Вот мой профиль: {U}
Ищем {ROLE} в {CITY}. Резюме присылайте на {E}.
Перевод на счёт {IB}, получатель {P}.
Встреча {ND} в {NT}, звонок по номеру {T}.
Поздравляем {H} с повышением!
Рекомендую: {P} — отличный специалист по {SK}.
Подозрительный вход с адреса {I4}, внутренний {NIP} не при чём.
Заказ {NO} на сумму {NP}, вопросы — {E}.
""".splitlines()
T["uk"] = """\
Вітаємо в команді, {P}! Пишіть на {E} або телефонуйте {T}.
Дякую, {G}, за підтримку!
Привіт, {G}! Мій профіль: {U}
Шукаємо {ROLE} у {CITY}. Резюме на {E}.
Оплата на {IB}, отримувач {P}.
""".splitlines()
T["el"] = """\
Καλώς ήρθες στην ομάδα, {P}! Επικοινωνία: {E} ή {T}.
Ευχαριστώ πολύ, {G}!
Γεια σου {G}, το προφίλ μου: {U}
Ζητείται {ROLE} στην Αθήνα. Βιογραφικά στο {E}.
Συγχαρητήρια στον {H} για τη νέα θέση!
Συστήνω ανεπιφύλακτα τον/την {P}.
""".splitlines()
T["ar"] = """\
مرحبًا بـ{P} في فريق {CO}! للتواصل: {E} أو {T}.
شكرًا جزيلًا يا {G}!
أهلًا {G}، هذا ملفي الشخصي: {U}
مطلوب {ROLE} في دبي. أرسل سيرتك الذاتية إلى {E}.
يرجى التحويل إلى الحساب {IB} باسم {P}.
الاجتماع يوم {ND} الساعة {NT}، رقم الاتصال {T}.
تهانينا لـ {H} على المنصب الجديد!
أوصي بشدة بالعمل مع {P}.
""".splitlines()
T["he"] = """\
ברוכים הבאים לצוות, {P}! ליצירת קשר: {E} או {T}.
תודה רבה, {G}!
היי {G}, זה הפרופיל שלי: {U}
דרוש/ה {ROLE} בתל אביב. קו״ח ל-{E}.
כל הכבוד ל{H} על התפקיד החדש!
אני ממליץ בחום על {P}.
""".splitlines()
T["hi"] = """\
टीम में स्वागत है, {P}! संपर्क: {E} या {T}।
धन्यवाद {G} जी, आपकी सलाह के लिए!
नमस्ते {G}, मेरी प्रोफ़ाइल: {U}
{CITY} में {ROLE} की आवश्यकता है। अपना सीवी {E} पर भेजें।
भुगतान खाता {IB}, प्राप्तकर्ता {P}।
बैठक {ND} को {NT} बजे, फ़ोन {T}।
नई भूमिका के लिए {H} को बधाई!
मैं {P} की पूरे दिल से सिफ़ारिश करता हूँ।
""".splitlines()
T["bn"] = """\
দলে স্বাগতম, {P}! যোগাযোগ: {E} অথবা {T}।
ধন্যবাদ {G}!
নমস্কার {G}, আমার প্রোফাইল: {U}
{CITY}-এ {ROLE} নিয়োগ চলছে। সিভি পাঠান {E} ঠিকানায়।
নতুন দায়িত্বের জন্য {H}-কে অভিনন্দন!
""".splitlines()
T["ta"] = """\
அணிக்கு வரவேற்கிறோம், {P}! தொடர்புக்கு: {E} அல்லது {T}.
நன்றி {G}!
வணக்கம் {G}, என் சுயவிவரம்: {U}
{CITY} நகரில் {ROLE} தேவை. உங்கள் CV-ஐ {E} க்கு அனுப்பவும்.
புதிய பணிக்கு {H} க்கு வாழ்த்துகள்!
""".splitlines()
T["th"] = """\
ยินดีต้อนรับคุณ{P}สู่ทีม {CO} ติดต่อได้ที่ {E} หรือ {T}
ขอบคุณคุณ{G}มากครับ
สวัสดีคุณ{G} นี่คือโปรไฟล์ของผม {U}
รับสมัคร {ROLE} ที่กรุงเทพฯ ส่งเรซูเม่มาที่ {E}
โอนเงินเข้าบัญชี {IB} ชื่อบัญชี {P}
ประชุมวันที่ {ND} เวลา {NT} โทร {T}
ยินดีด้วยกับ {H} ในตำแหน่งใหม่
ติดต่อคุณ{P}ได้ที่{T}
""".splitlines()
T["zh"] = """\
欢迎{P}加入{CO}团队！联系方式：{E}，电话{T}。
谢谢{P}的推荐！
请将简历发送至{E0}，我们会尽快联系您。
有问题请发邮件到{E0}联系我
招聘{ROLE}，工作地点{CITY}，简历请投{E}。
会议时间{ND} {NT}，拨入号码{T}。
恭喜{H}升职！
我的领英主页：{U}
{P}是我合作过最靠谱的工程师，强烈推荐。
汇款账户{IB}，收款人{P}。
异常登录来自{I4}，内网地址{NIP}不受影响。
订单号{NO}，金额{NP}，如有疑问联系{E}。
感谢{P}和{P}的分享。
""".splitlines()
T["ja"] = """\
{P}さん、{CO}へようこそ！連絡先は{E}、電話は{T}です。
{P}さん、推薦ありがとうございました。
履歴書は{E0}までお送りください。
{CITY}で{ROLE}を募集しています。応募は{E}へ。
会議は{ND} {NT}から、電話番号{T}。
{H}さん、昇進おめでとうございます！
プロフィールはこちら：{U}
振込先：{IB}（名義：{P}）
{P}さんの発表がとても良かったです。
""".splitlines()
T["ko"] = """\
{P}님, {CO}에 오신 것을 환영합니다! 연락처: {E}, {T}
{P}님, 추천해 주셔서 감사합니다.
이력서는 {E0}로 보내주세요.
{CITY}에서 {ROLE}를 채용합니다. 지원: {E}
회의는 {ND} {NT}, 전화 {T}
{H}님 승진 축하드려요!
제 프로필: {U}
{P}님과 함께 일한 것은 큰 행운이었습니다.
""".splitlines()

LANG_WEIGHTS = {"en": 24, "de": 6, "fr": 5, "es": 5, "pt": 4, "it": 3, "nl": 3, "pl": 2, "sv": 2,
                "tr": 3, "id": 3, "sw": 2, "ng": 3, "vi": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3,
                "he": 2, "hi": 3, "bn": 2, "ta": 2, "th": 3, "zh": 5, "ja": 4, "ko": 3}
NO_SPACE_JOIN = ("zh", "ja")
SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")

# Extra English sentence grammar, for variety: opener + body
EN_OPEN = ["Quick update:", "FYI:", "Heads-up —", "PSA:", "Small win today:", "Reminder:",
           "Update from the {CITY} office:", "Hiring post:", "Personal news:", ""]
EN_BODY = [
    "{P} joins us as {ROLE}; say hello at {E}.",
    "our new {ROLE}, {P}, starts on {ND}.",
    "I am looking for a {ROLE} role in {CITY}, reach me at {E} or {T}.",
    "the {SK} study group meets at {NT}; host is {H}.",
    "invoices over {NP} need approval from {P}.",
    "{P} and {H} ran the {SK} session, slides here: {NU}",
    "we moved the status page off {NIP}; public endpoint is {I4}.",
    "{PS} recommendation letter is uploaded.",
    "new hire paperwork for {P}: SSN {SSN}, bank {IB}.",
    "please stop sharing card numbers like {CC} in chat.",
    "my direct line is {T}.",
    "connect with me on {U}.",
]


def render(gen, tpl):
    out, spans, negs = [], [], []
    pos = 0
    i = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[i:m.start()].replace("\\n", "\n")
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        if key in NEG_SLOTS:
            txt, sp, ng = getattr(gen, NEG_SLOTS[key])()
        elif key == "E0":
            txt, sp, ng = gen.E_only()
        else:
            txt, sp, ng = getattr(gen, key)()
        out.append(txt)
        spans += [(pos + a, pos + b, t, txt[a:b]) for a, b, t in sp]
        negs += [(pos + a, pos + b, c) for a, b, c in ng]
        pos += len(txt)
        i = m.end()
    lit = tpl[i:].replace("\\n", "\n")
    out.append(lit)
    return "".join(out), spans, negs


def make_record(gen, rng, rid):
    langs = sorted(LANG_WEIGHTS)
    lang = rng.choices(langs, [LANG_WEIGHTS[l] for l in langs])[0]
    gen.lang = lang
    n = rng.choices([1, 2, 3, 4], [4, 4, 2, 1])[0]
    parts = []
    for _ in range(n):
        if lang == "en" and rng.random() < 0.3:
            op = rng.choice(EN_OPEN)
            body = rng.choice(EN_BODY)
            tpl = (op + " " + body) if op else body[0].upper() + body[1:]
        else:
            tpl = rng.choice(T[lang])
        parts.append(tpl)
    if lang != "en" and rng.random() < 0.15:  # code-switching: an English sentence in the post
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(T["en"]))
    text, spans, negs = "", [], []
    for k, tpl in enumerate(parts):
        if k:
            if lang in NO_SPACE_JOIN:
                sep = "" if text[-1:] in "。！？）" else "\n"
            else:
                sep = rng.choice([" ", " ", "\n", "\n\n"])
            text += sep
        t, sp, ng = render(gen, tpl)
        off = len(text)
        text += t
        spans += [(a + off, b + off, ty, v) for a, b, ty, v in sp]
        negs += [(a + off, b + off, c) for a, b, c in ng]
    spans.sort()
    return {"id": "b12-%06d" % rid, "lang": lang, "text": text, "values": [x[3] for x in spans],
            "spans": [{"start": a, "end": b, "type": t} for a, b, t, _ in spans],
            "negatives": [{"start": a, "end": b, "category": c} for a, b, c in sorted(negs)]}


# --------------------------------------------------------------------------- self-check

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
DOC_DOMAINS = ("example.com", "example.org", "example.net")
PROFILE_RE = re.compile(r"^(https?://)?(www\.|[a-z]{2}\.)?(linkedin\.com/in/[A-Za-z0-9-]+/?|github\.com/[A-Za-z0-9-]+|"
                        r"(x|twitter)\.com/[A-Za-z0-9_]+|medium\.com/@[A-Za-z0-9._-]+|bsky\.app/profile/[a-z0-9-]+\.bsky\.social|"
                        r"[a-z0-9]+\.substack\.com|calendly\.com/[a-z0-9-]+(/[a-z0-9-]+)?)$")


def deobfuscate(s):
    s = re.sub(r"\s*[\[\(\{]at[\]\)\}]\s*", "@", s)
    s = re.sub(r"\s*[\[\(\{]dot[\]\)\}]\s*", ".", s)
    return s


def check_value(typ, v, d):
    if v != v.strip() or not v:
        return "whitespace at span edge"
    if typ == "EMAIL":
        e = deobfuscate(v)
        if not EMAIL_RE.match(e):
            return "bad email syntax"
        dom = e.split("@")[1].lower()
        if dom in DOC_DOMAINS or dom.endswith((".example", ".test", ".invalid", ".localhost")):
            return "documentation domain"
    elif typ == "PHONE":
        dg = re.sub(r"\D", "", v)
        if not 8 <= len(dg) <= 15 or not re.fullmatch(r"[+(]?[0-9][0-9 ().\-/\u00a0]*[0-9]", v):
            return "bad phone"
    elif typ == "IPV4":
        a = ipaddress.IPv4Address(v)
        if not a.is_global or a.is_multicast:
            return "not global"
    elif typ == "IPV6":
        a = ipaddress.IPv6Address(v)
        if not a.is_global or a in ipaddress.IPv6Network("2001:db8::/32"):
            return "not global"
    elif typ == "CREDIT_CARD":
        dg = re.sub(r"[ -]", "", v)
        if not dg.isdigit() or not luhn_ok(dg):
            return "luhn"
        ok = (dg[0] == "4" and len(dg) == 16) or (len(dg) == 16 and (51 <= int(dg[:2]) <= 55 or 2221 <= int(dg[:4]) <= 2720)) \
            or (len(dg) == 15 and dg[:2] in ("34", "37")) or (len(dg) == 16 and (dg[:4] == "6011" or dg[:2] == "65" or 644 <= int(dg[:3]) <= 649))
        if not ok:
            return "brand"
    elif typ == "IBAN":
        c = v.replace(" ", "")
        if c[:2] not in IBAN_FMT or len(c) != IBAN_FMT[c[:2]][0] or iban_mod97(c) != 1:
            return "iban"
    elif typ == "US_SSN":
        if not ssn_ok(v):
            return "ssn"
    elif typ == "URL":
        if not PROFILE_RE.match(v):
            return "not a profile url"
    elif typ == "HANDLE":
        if not v.startswith("@") or v[1:] not in d.handle_set:
            return "unknown handle"
    elif typ == "PERSON":
        n = norm_name(v)
        if n not in d.name_norm and n not in d.first_norm:
            return "not a member name"
    return None


def check_neg(cat, v):
    if cat == "card_luhn_invalid" and luhn_ok(re.sub(r"\D", "", v)):
        return "luhn valid"
    if cat == "iban_bad_check" and iban_mod97(v.replace(" ", "")) == 1:
        return "iban valid"
    if cat == "ssn_invalid" and ssn_ok(v):
        return "ssn valid"
    if cat.startswith("ipv4_") and cat != "ipv4_version" and ipaddress.IPv4Address(v).is_global:
        return "global ip"
    if cat == "ipv6_nonglobal" and ipaddress.IPv6Address(v).is_global and not ipaddress.IPv6Address(v).is_multicast \
            and not v.startswith("2001:db8"):
        return "global ip6"
    return None


def selfcheck(records, d, expected):
    errs = 0
    tc, nc = {}, {}
    for rec, exp in zip(records, expected):
        t = rec["text"]
        items = [(s["start"], s["end"], "S", s["type"]) for s in rec["spans"]] + \
                [(s["start"], s["end"], "N", s["category"]) for s in rec["negatives"]]
        items.sort()
        for a, b in zip(items, items[1:]):
            if b[0] < a[1]:
                print("OVERLAP %s %r %r" % (rec["id"], t[a[0]:a[1]], t[b[0]:b[1]]), file=sys.stderr)
                errs += 1
        for s in rec["spans"]:
            v = t[s["start"]:s["end"]]
            tc[s["type"]] = tc.get(s["type"], 0) + 1
            e = check_value(s["type"], v, d)
            if e:
                print("BAD %s %s %r: %s" % (rec["id"], s["type"], v, e), file=sys.stderr)
                errs += 1
        for s in rec["negatives"]:
            v = t[s["start"]:s["end"]]
            nc[s["category"]] = nc.get(s["category"], 0) + 1
            e = check_neg(s["category"], v)
            if e:
                print("BADNEG %s %s %r: %s" % (rec["id"], s["category"], v, e), file=sys.stderr)
                errs += 1
        if [t[s["start"]:s["end"]] for s in rec["spans"]] != exp:
            print("RE-EXTRACT mismatch %s" % rec["id"], file=sys.stderr)
            errs += 1
    print("spans per type:")
    for k in sorted(tc):
        print("  %-12s %6d" % (k, tc[k]))
    print("negatives per category:")
    for k in sorted(nc):
        print("  %-20s %6d" % (k, nc[k]))
    print("selfcheck: %s (%d errors)" % ("OK" if not errs else "FAILED", errs))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random("gen_blind12:%d" % a.seed)
    d = Directory(max(a.members, 50), rng)
    gen = Gen(rng, d)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in d.members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    records, expected = [], []
    for i in range(a.records):
        rec = make_record(gen, rng, i + 1)
        records.append(rec)
        expected.append(rec.pop("values"))
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as g:
        for rec in records:
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "spans": rec["spans"],
                                "negatives": rec["negatives"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": rec["id"], "pii": rec["spans"]}, ensure_ascii=False) + "\n")
    if a.selfcheck:
        langs = {}
        for r in records:
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        print("records %d, members %d, languages %d: %s" % (len(records), len(d.members), len(langs),
              " ".join("%s=%d" % kv for kv in sorted(langs.items()))))
        if selfcheck(records, d, expected):
            sys.exit(1)


if __name__ == "__main__":
    main()
