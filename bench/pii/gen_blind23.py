#!/usr/bin/env python3
"""gen_blind23.py - the twenty-seventh labelled PII corpus (blind), for issue 3's redactor.

  gen_blind23.py --out DIR [--records 5000] [--members 100000] [--seed 1]

Writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}; offsets in Unicode code points, end-exclusive), the
format bench/pii/score.py reads.  Python 3 standard library only; deterministic per seed.

How it was written: blind.  The author read only issue 3 (`issues show 3`, the definition of
personal data) and bench/pii/score.py (the label format and metrics); not the engine (lib/,
cli/), its tests or docs, nor the other corpus generators, nor the git log, and the redactor
was never run on this corpus.

Genres (material a professional network carries that earlier corpora did not use):
  article    long-form article with byline, markdown, footnotes and references
  newsletter forwarded newsletter/e-mail with localised From:/Sent:/To:/Cc: headers
  csv        CSV or TSV export pasted into a post (header row, quoting, tabs)
  json       JSON snippet pasted into a post (fenced or not)
  cv         resume/CV text in four layouts (classic, pipe-separated, European, Japanese rirekisho)
  about      "About" sections with emoji bullets
  announce   company announcements of promotions, new hires and retirements
  tribute    obituaries and tributes for colleagues
  notice     court / compliance notices about fraud naming members as victims
  lostfound  lost-and-found posts
  carpool    car-sharing and commute posts
  classroom  teachers' posts about their students
  health     health-tech and clinic posts with appointment lines
  crowdfund  crowdfunding posts with payout details
  shipping   shipping/logistics updates (tracking numbers as hard negatives)
  alttext    accessibility posts with image descriptions / alt text
  subtitles  translated subtitle files (SRT) pasted into posts
Languages (24): en de fr es it pt nl pl sv tr ru uk el ar he hi bn ta th ko ja zh vi id.
Scripts: Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Hangul,
Han, Kana.

Gold types: EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON (issue 3's list).
Hard-negative categories: example_domain, date, time, price, order_number, ticket_number,
isbn, version, patent, tracking_number, ipv4_private, ipv4_loopback, ipv4_link_local,
ipv4_documentation, ipv4_reserved, ipv4_version, ipv6_nonglobal, mac_address, luhn_invalid,
iban_bad_check, ssn_invalid, url_company, url_careers, url_docs, url_paper, url_ticket,
url_form, word_name, place, company, eponym, non_member_name, non_member_handle.

Labelling conventions followed (the project's): PERSON only for names in members.jsonl: full
names (also upper-cased, lower-cased or without diacritics, since matching is case- and
diacritic-insensitive), `@Full Name` (span without the `@`), possessive `Full Name's` (span
without `'s`), first name alone only in a greeting or thanks, CJK full names with honorifics
outside the span.  HANDLE is `@handle` including the `@`.  A handle inside a profile URL is
part of the URL.  Documentation domains (example.com/.net/.org, *.example, *.test, *.invalid)
are negatives except askfirst.example/u/<handle>, which is a URL.  EMAIL excludes mailto:,
angle brackets and trailing punctuation; an obfuscated address is one span.  PHONE includes a
leading + and (0) / area-code parentheses.  URL excludes a trailing . or ).  IP ports, /cidr
and [ ] stay outside.

Doubtful labelling choices:
  - Localised obfuscations of e-mail ([arroba]/[punto], [arobase]/[point], [собака]/[точка],
    [małpa]/[kropka], [chiocciola]) are labelled EMAIL as one span, like `[at]`/`[dot]`.
  - Vietnamese members are greeted by their given name, which is the LAST token of the
    directory name ("Chào Mai," for "Lê Thị Mai"); labelled PERSON like a first name.
  - Thai greetings glue the honorific to the first name (`คุณสมชาย`); only the name is
    labelled.  Chinese/Japanese/Korean members are greeted by full name (never given name
    alone).
  - Members whose full name is also a firm, place or eponym (Morgan Stanley, Hugo Boss,
    Robert Bosch, Alice Springs, Max Planck Institute, Grace Hopper Celebration ...) and
    CJK members whose name is an ordinary word (高明, 文明, 白云, 黄金, 金星, 이상, 정도) appear
    ONLY in the non-name use, as negatives; the negative span covers the whole phrase.
  - Full names of people who are not in the directory are negatives (non_member_name);
    @everyone/@here/@channel and firms' @accounts are negatives (non_member_handle).
  - MAC addresses are a negative for IPV6 (mac_address), not a category of the issue.
  - Repository and docs links under org accounts (github.com/python/cpython/...) are
    url_docs negatives although github.com/<name> is a profile shape.
  - Version strings that parse as global IPv4 (firmware 4.2.1.15) are ipv4_version negatives.
  - Dates and times in SRT timestamps are `time` negatives; phone-shaped order, ticket and
    tracking numbers always carry a label or a column header.
  - Fax numbers are PHONE.  Role addresses (jobs@, press@) are EMAIL.  A 10-digit Indian
    mobile without separators (9876543210) is not written; national formats have spaces.
  - Names written in a form other than directory order ("Weber, Anja") are never written.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------------------
# name pools.  Latin pools hold plain names; other scripts hold "native|translit".
# For ru/uk/el a surname "m/f|tm/tf" has gendered forms; first names end with "/f" or "/m".
# ---------------------------------------------------------------------------------------

POOLS = {
    "en": (["James", "Olivia", "Will", "Grace", "Rose", "Hope", "Mark", "Bill", "Joy", "Amber",
            "Frank", "May", "Charlotte", "Victoria", "Sydney", "Austin", "Madison", "Lincoln",
            "Jackson", "Georgia", "Morgan", "Ethan", "Chloe", "Liam", "Emily", "Noah", "Ava",
            "Daniel", "Chidi", "Ngozi", "Tunde", "Adaeze", "Emeka", "Ryan", "Megan", "Owen",
            "Hannah", "Adelaide", "Regina"],
           ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson",
            "Walker", "Wright", "Robinson", "Hughes", "Green", "Hall", "Carter", "Mitchell",
            "Bloom", "Nash", "Gantt", "Hamming", "Murphy", "Okafor", "Adeyemi", "Eze", "Nwosu",
            "Bello", "O'Connor", "Fitzgerald", "Campbell", "Reid", "Patel", "Singh", "Kalman",
            "Ford", "Dell"]),
    "de": (["Anja", "Lukas", "Sophie", "Jonas", "Lena", "Felix", "Mia", "Ernst", "Rosa", "Frank",
            "Heide", "Jürgen", "Klaus", "Katrin", "Sabine", "Tobias", "Jörg", "Ute",
            "Maximilian", "Björn", "Greta", "Charlotte"],
           ["Weber", "Müller", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Becker",
            "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Braun", "Zimmermann", "Krüger", "Gauß", "Euler", "Doppler", "Diesel", "Siemens",
            "Porsche", "Weiß", "Groß"]),
    "fr": (["Camille", "Léa", "Hugo", "Chloé", "Louis", "Manon", "Pierre", "Claire", "Rose",
            "Constant", "Blanche", "Élodie", "Thibault", "Amélie", "Jean-Luc", "Marie-Claire",
            "Inès", "Mathieu", "Aurélie", "Yanis", "Florence"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Lefèvre", "Fourier", "Braille", "Girard", "Roux", "Fontaine",
            "Chevalier", "Bézier"]),
    "es": (["Lucía", "Sofía", "Mateo", "Alejandro", "Dolores", "Luz", "Paz", "Soledad", "Rocío",
            "Mercedes", "Salvador", "Concepción", "Santiago", "Javier", "Carmen", "Pablo",
            "Valentina", "Diego", "Martina", "José", "María"],
           ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
            "Álvarez", "Romero", "Navarro", "Torres", "de la Fuente"]),
    "it": (["Giulia", "Francesco", "Chiara", "Alessandro", "Sofia", "Lorenzo", "Felice", "Serena",
            "Vera", "Rosa", "Fortunato", "Matteo", "Elena", "Davide", "Federica", "Niccolò"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Pareto",
            "Lamborghini", "Ferrero"]),
    "pt": (["Ana", "João", "Maria", "Pedro", "Beatriz", "Lucas", "Vitória", "Graça", "Glória",
            "Esperança", "Thiago", "Larissa", "Gabriel", "Camila", "Rafael", "Fernanda"],
           ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
            "Lima", "Gomes", "Ribeiro", "Martins", "Carvalho", "Araújo", "Conceição"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Wil", "Roos", "Sem", "Fenna", "Jeroen", "Maaike",
            "Thijs", "Eva", "Ruud", "Femke"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "Dijkstra", "Philips", "Bos", "Vos",
            "Hendriks"]),
    "pl": (["Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Michał", "Róża", "Wiktoria",
            "Łukasz", "Małgorzata", "Paweł", "Zofia", "Grzegorz", "Magdalena"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski"]),
    "sv": (["Erik", "Astrid", "Lars", "Saga", "Maj", "Ingrid", "Oskar", "Elsa", "Nils", "Linnea",
            "Karin", "Björn", "Sven", "Freja"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Lindqvist", "Celsius", "Bergström",
            "Lindgren"]),
    "tr": (["Deniz", "Umut", "Barış", "Güneş", "Elif", "Mehmet", "Zeynep", "Mustafa", "Ayşe",
            "Emre", "Selin", "Burak", "İrem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
            "Özdemir", "Arslan", "Doğan"]),
    "vi": (["An", "Mai", "Lan", "Hùng", "Dũng", "Linh", "Tuấn", "Hương", "Thảo", "Phương"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]),
    "id": (["Siti", "Budi", "Dewi", "Agus", "Putri", "Rizky", "Intan", "Wahyu", "Ayu", "Fajar",
            "Bintang"],
           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Lestari", "Nugroho",
            "Setiawan", "Rahayu"]),
    "ru": (["Анна|Anna/f", "Иван|Ivan/m", "Мария|Maria/f", "Дмитрий|Dmitry/m",
            "Екатерина|Ekaterina/f", "Алексей|Alexey/m", "Ольга|Olga/f", "Сергей|Sergey/m",
            "Вера|Vera/f", "Надежда|Nadezhda/f", "Любовь|Lyubov/f", "Владимир|Vladimir/m",
            "Роза|Roza/f", "Татьяна|Tatiana/f", "Никита|Nikita/m"],
           ["Смирнов/Смирнова|smirnov/smirnova", "Иванов/Иванова|ivanov/ivanova",
            "Кузнецов/Кузнецова|kuznetsov/kuznetsova", "Попов/Попова|popov/popova",
            "Васильев/Васильева|vasiliev/vasilieva", "Петров/Петрова|petrov/petrova",
            "Соколов/Соколова|sokolov/sokolova", "Новиков/Новикова|novikov/novikova",
            "Фёдоров/Фёдорова|fedorov/fedorova", "Морозов/Морозова|morozov/morozova",
            "Волков/Волкова|volkov/volkova", "Лебедев/Лебедева|lebedev/lebedeva",
            "Козлов/Козлова|kozlov/kozlova"]),
    "uk": (["Олена|Olena/f", "Андрій|Andriy/m", "Надія|Nadiya/f", "Віра|Vira/f", "Любов|Lyubov/f",
            "Тарас|Taras/m", "Оксана|Oksana/f", "Богдан|Bohdan/m", "Ірина|Iryna/f",
            "Дмитро|Dmytro/m"],
           ["Шевченко|shevchenko", "Коваленко|kovalenko", "Бондаренко|bondarenko",
            "Ткаченко|tkachenko", "Кравченко|kravchenko", "Мельник|melnyk", "Бойко|boiko",
            "Савчук|savchuk", "Поліщук|polishchuk"]),
    "el": (["Μαρία|Maria/f", "Γιώργος|Giorgos/m", "Ελένη|Eleni/f", "Νίκος|Nikos/m",
            "Ελπίδα|Elpida/f", "Ειρήνη|Eirini/f", "Σοφία|Sofia/f", "Χαρά|Chara/f",
            "Δημήτρης|Dimitris/m", "Κατερίνα|Katerina/f", "Αθηνά|Athina/f"],
           ["Παπαδόπουλος/Παπαδοπούλου|papadopoulos/papadopoulou",
            "Παπαδάκης/Παπαδάκη|papadakis/papadaki", "Γεωργίου|georgiou",
            "Οικονόμου|oikonomou", "Νικολάου|nikolaou", "Βασιλείου|vasileiou",
            "Ιωάννου|ioannou", "Καραγιάννης/Καραγιάννη|karagiannis/karagianni"]),
    "ar": (["محمد|mohammed", "أحمد|ahmed", "فاطمة|fatima", "نور|nour", "أمل|amal", "فرح|farah",
            "يوسف|youssef", "ليلى|layla", "عمر|omar", "سارة|sara", "خالد|khalid", "مريم|maryam"],
           ["العلي|alali", "الحسن|alhassan", "الشمري|alshammari", "حداد|haddad",
            "منصور|mansour", "السيد|elsayed", "عبدالله|abdullah", "القحطاني|alqahtani",
            "الخطيب|alkhatib"]),
    "he": (["נועה|noa", "אור|or", "גל|gal", "שירה|shira", "טל|tal", "יונתן|yonatan",
            "דניאל|daniel", "מיכל|michal", "איתי|itai", "תמר|tamar", "אביגיל|avigail"],
           ["כהן|cohen", "לוי|levi", "מזרחי|mizrahi", "פרץ|peretz", "ביטון|biton",
            "אברהם|avraham", "פרידמן|friedman", "שפירא|shapira"]),
    "hi": (["प्रिया|priya", "राहुल|rahul", "आशा|asha", "किरण|kiran", "पूजा|pooja", "दीपक|deepak",
            "अनीता|anita", "अमित|amit", "सुनीता|sunita", "विकास|vikas", "नेहा|neha"],
           ["शर्मा|sharma", "वर्मा|verma", "गुप्ता|gupta", "सिंह|singh", "पटेल|patel", "जोशी|joshi",
            "मेहता|mehta", "अग्रवाल|agarwal", "यादव|yadav"]),
    "bn": (["রাহুল|rahul", "আশা|asha", "সুমন|suman", "তানিয়া|tania", "অর্পিতা|arpita",
            "সৌরভ|sourav", "আলো|alo", "শান্তি|shanti", "ফারহানা|farhana", "রফিক|rafiq"],
           ["দাস|das", "চৌধুরী|chowdhury", "ব্যানার্জি|banerjee", "মুখার্জি|mukherjee", "সেন|sen",
            "রহমান|rahman", "হোসেন|hossain", "বসু|basu"]),
    "ta": (["அருண்|arun", "மலர்|malar", "செல்வம்|selvam", "கார்த்திக்|karthik", "பிரியா|priya",
            "லட்சுமி|lakshmi", "சுரேஷ்|suresh", "தமிழ்செல்வி|tamilselvi", "விஜய்|vijay",
            "கவிதா|kavitha"],
           ["குமார்|kumar", "ராஜா|raja", "சுப்பிரமணியன்|subramanian", "கிருஷ்ணன்|krishnan",
            "முருகன்|murugan", "வேலு|velu", "சந்திரன்|chandran"]),
    "th": (["สมชาย|somchai", "สมศรี|somsri", "ณัฐพล|nattapon", "ปรียา|preeya", "วิไล|wilai",
            "กิตติ|kitti", "อรทัย|orathai", "ธนพล|thanapol", "สุภาพร|supaporn"],
           ["ใจดี|jaidee", "ศรีสุข|srisuk", "วงศ์สวัสดิ์|wongsawat", "รัตนพันธ์|rattanaphan",
            "ทองดี|thongdee", "สุขสวัสดิ์|suksawat", "บุญมา|boonma"]),
    "ko": (["민준|minjun", "서연|seoyeon", "하늘|haneul", "지우|jiwoo", "도윤|doyun", "서준|seojun",
            "하은|haeun", "지민|jimin", "수빈|subin", "예린|yerin"],
           ["김|kim", "이|lee", "박|park", "최|choi", "강|kang", "조|cho", "윤|yoon", "장|jang",
            "임|lim", "한|han"]),
    "ja": (["花子|hanako", "翔太|shota", "陽菜|hina", "蓮|ren", "結衣|yui", "大輝|daiki",
            "美咲|misaki", "健一|kenichi", "さくら|sakura", "悠真|yuma"],
           ["佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "田中|tanaka", "渡辺|watanabe",
            "伊藤|ito", "山本|yamamoto", "中村|nakamura", "小林|kobayashi", "加藤|kato"]),
    "zh": (["伟|wei", "芳|fang", "娜|na", "秀英|xiuying", "敏|min", "静|jing", "丽|li", "强|qiang",
            "磊|lei", "洋|yang", "艳|yan", "杰|jie", "婷婷|tingting", "子涵|zihan", "浩然|haoran",
            "雨桐|yutong"],
           ["王|wang", "李|li", "张|zhang", "刘|liu", "陈|chen", "杨|yang", "黄|huang", "赵|zhao",
            "吴|wu", "周|zhou", "林|lin", "徐|xu"]),
}
VI_MIDDLE = [("Văn", "van"), ("Thị", "thi"), ("Minh", "minh"), ("Ngọc", "ngoc"), ("Đức", "duc")]
LOCALE_WEIGHT = {"en": 14, "de": 6, "fr": 5, "es": 5, "it": 4, "pt": 4, "nl": 3, "pl": 3, "sv": 2,
                 "tr": 3, "vi": 2, "id": 2, "ru": 4, "uk": 2, "el": 2, "ar": 4, "he": 2, "hi": 5,
                 "bn": 2, "ta": 2, "th": 2, "ko": 3, "ja": 4, "zh": 6}
NOSPACE = {"ko", "ja", "zh"}          # family name + given name, written without a space

# members whose full name is also a firm, place, eponym or an ordinary word; they are
# written only in that non-name use (negatives).  (name, locale, translit, category, phrase)
SPECIALS = [
    ("Anja Weber", "de", "anja weber", None, None),
    ("Grace Hopper", "en", "grace hopper", "eponym", "Grace Hopper Celebration"),
    ("Max Planck", "de", "max planck", "eponym", "Max Planck Institute for Informatics"),
    ("Marie Curie", "fr", "marie curie", "eponym", "Marie Curie fellowship"),
    ("Alan Turing", "en", "alan turing", "eponym", "Alan Turing Institute"),
    ("Ada Lovelace", "en", "ada lovelace", "eponym", "Ada Lovelace Day"),
    ("Morgan Stanley", "en", "morgan stanley", "company", "Morgan Stanley"),
    ("Charles Schwab", "en", "charles schwab", "company", "Charles Schwab"),
    ("Edward Jones", "en", "edward jones", "company", "Edward Jones"),
    ("Hugo Boss", "de", "hugo boss", "company", "Hugo Boss"),
    ("Robert Bosch", "de", "robert bosch", "company", "Robert Bosch GmbH"),
    ("Carl Zeiss", "de", "carl zeiss", "company", "Carl Zeiss Meditec"),
    ("Alice Springs", "en", "alice springs", "place", "Alice Springs"),
    ("Virginia Beach", "en", "virginia beach", "place", "Virginia Beach"),
    ("高明", "zh", "gao ming", "word_name", "高明"),
    ("文明", "zh", "wen ming", "word_name", "文明"),
    ("白云", "zh", "bai yun", "word_name", "白云"),
    ("黄金", "zh", "huang jin", "word_name", "黄金"),
    ("金星", "zh", "jin xing", "word_name", "金星"),
    ("이상", "ko", "lee sang", "word_name", "이상"),
    ("정도", "ko", "jung do", "word_name", "정도"),
]

NONMEMBER_FIRST = ["Margaret", "Harold", "Beatrice", "Arthur", "Edith", "Walter", "Agnes",
                   "Clarence", "Mildred", "Herbert"]
NONMEMBER_LAST = ["Abernathy", "Thistlewood", "Quintanilla", "Halvorsen", "Brightwater",
                  "Marchetti", "Oyelaran", "Ravensworth", "Sundqvist", "Pemberton"]

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ru", "uk", "el", "ar",
         "he", "hi", "bn", "ta", "th", "ko", "ja", "zh", "vi", "id"]
LANG_WEIGHT = {"en": 16, "de": 6, "fr": 5, "es": 5, "zh": 4, "ja": 4, "hi": 3, "ar": 3}

# ---------------------------------------------------------------------------------------
# phrasebook.  {G} greeting name, {P} person, {R} role, {Y} years, {N} count.
# ---------------------------------------------------------------------------------------
P = {
    "en": dict(hi="Hi {G},", thx="Thanks, {G}!", bye="Best,", tel="Tel", mail="Email",
               order="Order #", track="Tracking no.", ticket="Ticket", price="Price:",
               date="Date:", time="Time:", ver="version", cong="Congratulations to {P} on the promotion to {R}! 🎉",
               welcome="Please welcome {P} to the team.", retire="After {Y} years, {P} is retiring.",
               rip="In loving memory of {P}.", lost="LOST", found="FOUND", ride="Ride share",
               seats="{N} seats left", students="So proud of my students", appt="Appointment",
               donate="Donate", goal="Goal", by="By {P}", alt="Image description:",
               fraud="Fraud notice", victims="Affected members", contact="Contact",
               fill=["More details below.", "Please share with anyone who might be interested.",
                     "It has been quite a week.", "Feedback welcome, as always.",
                     "Long post, sorry in advance.", "Will update this thread later."]),
    "de": dict(hi="Hallo {G},", thx="Danke, {G}!", bye="Viele Grüße", tel="Tel.", mail="E-Mail",
               order="Bestellnr.", track="Sendungsnummer", ticket="Ticket-Nr.", price="Preis:",
               date="Datum:", time="Uhrzeit:", ver="Version", cong="Herzlichen Glückwunsch an {P} zur Beförderung als {R}! 🎉",
               welcome="Bitte begrüßt {P} in unserem Team.", retire="Nach {Y} Jahren geht {P} in den Ruhestand.",
               rip="In liebevoller Erinnerung an {P}.", lost="VERLOREN", found="GEFUNDEN",
               ride="Mitfahrgelegenheit", seats="noch {N} Plätze frei", students="Stolz auf meine Schüler:innen",
               appt="Termin", donate="Spenden", goal="Ziel", by="Von {P}", alt="Bildbeschreibung:",
               fraud="Betrugswarnung", victims="Betroffene Mitglieder", contact="Kontakt",
               fill=["Mehr Infos unten.", "Gerne teilen!", "Was für eine Woche.",
                     "Feedback ist wie immer willkommen.", "Langer Beitrag, sorry."]),
    "fr": dict(hi="Bonjour {G},", thx="Merci {G} !", bye="Cordialement,", tel="Tél.", mail="Courriel",
               order="Commande n°", track="Numéro de suivi", ticket="Ticket n°", price="Prix :",
               date="Date :", time="Heure :", ver="version", cong="Félicitations à {P} pour sa promotion au poste de {R} ! 🎉",
               welcome="Souhaitez la bienvenue à {P} dans l'équipe.", retire="Après {Y} ans, {P} prend sa retraite.",
               rip="À la mémoire de {P}.", lost="PERDU", found="TROUVÉ", ride="Covoiturage",
               seats="{N} places libres", students="Très fière de mes élèves", appt="Rendez-vous",
               donate="Faire un don", goal="Objectif", by="Par {P}", alt="Description de l'image :",
               fraud="Avis de fraude", victims="Membres concernés", contact="Contact",
               fill=["Plus de détails ci-dessous.", "N'hésitez pas à partager.",
                     "Quelle semaine !", "Vos retours sont les bienvenus."]),
    "es": dict(hi="Hola {G},", thx="¡Gracias, {G}!", bye="Saludos,", tel="Tel.", mail="Correo",
               order="Pedido n.º", track="Número de seguimiento", ticket="Ticket", price="Precio:",
               date="Fecha:", time="Hora:", ver="versión", cong="¡Enhorabuena a {P} por su ascenso a {R}! 🎉",
               welcome="Demos la bienvenida a {P} al equipo.", retire="Después de {Y} años, {P} se jubila.",
               rip="En memoria de {P}.", lost="PERDIDO", found="ENCONTRADO", ride="Compartir coche",
               seats="quedan {N} plazas", students="Orgullosa de mis alumnos", appt="Cita",
               donate="Donar", goal="Meta", by="Por {P}", alt="Descripción de la imagen:",
               fraud="Aviso de fraude", victims="Miembros afectados", contact="Contacto",
               fill=["Más detalles abajo.", "¡Compartid, por favor!", "Vaya semana.",
                     "Se agradecen comentarios."]),
    "it": dict(hi="Ciao {G},", thx="Grazie {G}!", bye="Un saluto,", tel="Tel.", mail="Email",
               order="Ordine n.", track="Numero di tracciamento", ticket="Ticket", price="Prezzo:",
               date="Data:", time="Ora:", ver="versione", cong="Congratulazioni a {P} per la promozione a {R}! 🎉",
               welcome="Diamo il benvenuto a {P} nel team.", retire="Dopo {Y} anni, {P} va in pensione.",
               rip="In ricordo di {P}.", lost="PERSO", found="TROVATO", ride="Passaggio in auto",
               seats="{N} posti liberi", students="Orgogliosa dei miei studenti", appt="Appuntamento",
               donate="Dona", goal="Obiettivo", by="Di {P}", alt="Descrizione immagine:",
               fraud="Avviso di frode", victims="Membri coinvolti", contact="Contatti",
               fill=["Dettagli qui sotto.", "Condividete pure!", "Che settimana.",
                     "Ogni commento è benvenuto."]),
    "pt": dict(hi="Olá {G},", thx="Obrigado, {G}!", bye="Abraços,", tel="Tel.", mail="E-mail",
               order="Pedido nº", track="Código de rastreio", ticket="Chamado", price="Preço:",
               date="Data:", time="Horário:", ver="versão", cong="Parabéns a {P} pela promoção a {R}! 🎉",
               welcome="Deem as boas-vindas a {P} ao time.", retire="Depois de {Y} anos, {P} se aposenta.",
               rip="Em memória de {P}.", lost="PERDIDO", found="ACHADO", ride="Carona",
               seats="{N} vagas", students="Orgulhosa dos meus alunos", appt="Consulta",
               donate="Doe", goal="Meta", by="Por {P}", alt="Descrição da imagem:",
               fraud="Alerta de fraude", victims="Membros afetados", contact="Contato",
               fill=["Mais detalhes abaixo.", "Compartilhem!", "Que semana.",
                     "Comentários são bem-vindos."]),
    "nl": dict(hi="Hoi {G},", thx="Dank je, {G}!", bye="Groet,", tel="Tel.", mail="E-mail",
               order="Bestelnummer", track="Track & trace", ticket="Ticket", price="Prijs:",
               date="Datum:", time="Tijd:", ver="versie", cong="Gefeliciteerd {P} met de promotie tot {R}! 🎉",
               welcome="Welkom {P} in het team.", retire="Na {Y} jaar gaat {P} met pensioen.",
               rip="In herinnering aan {P}.", lost="VERLOREN", found="GEVONDEN", ride="Meerijden",
               seats="nog {N} plekken", students="Trots op mijn leerlingen", appt="Afspraak",
               donate="Doneer", goal="Doel", by="Door {P}", alt="Afbeeldingsbeschrijving:",
               fraud="Fraudewaarschuwing", victims="Getroffen leden", contact="Contact",
               fill=["Meer info hieronder.", "Graag delen!", "Wat een week.", "Reacties welkom."]),
    "pl": dict(hi="Cześć {G},", thx="Dzięki, {G}!", bye="Pozdrawiam,", tel="tel.", mail="e-mail",
               order="Zamówienie nr", track="Numer przesyłki", ticket="Zgłoszenie", price="Cena:",
               date="Data:", time="Godzina:", ver="wersja", cong="Gratulacje dla {P} z okazji awansu na {R}! 🎉",
               welcome="Powitajmy {P} w zespole.", retire="Po {Y} latach {P} przechodzi na emeryturę.",
               rip="Pamięci {P}.", lost="ZGUBIONE", found="ZNALEZIONE", ride="Wspólny przejazd",
               seats="{N} wolne miejsca", students="Dumna z moich uczniów", appt="Wizyta",
               donate="Wesprzyj", goal="Cel", by="Autor: {P}", alt="Opis obrazu:",
               fraud="Ostrzeżenie o oszustwie", victims="Poszkodowani członkowie", contact="Kontakt",
               fill=["Szczegóły poniżej.", "Udostępniajcie!", "Co za tydzień."]),
    "sv": dict(hi="Hej {G},", thx="Tack, {G}!", bye="Hälsningar,", tel="Tel", mail="E-post",
               order="Order nr", track="Kollinummer", ticket="Ärende", price="Pris:",
               date="Datum:", time="Tid:", ver="version", cong="Grattis {P} till befordran till {R}! 🎉",
               welcome="Välkommen {P} till teamet.", retire="Efter {Y} år går {P} i pension.",
               rip="Till minne av {P}.", lost="BORTTAPPAD", found="HITTAD", ride="Samåkning",
               seats="{N} platser kvar", students="Stolt över mina elever", appt="Bokning",
               donate="Skänk", goal="Mål", by="Av {P}", alt="Bildbeskrivning:",
               fraud="Bedrägerivarning", victims="Berörda medlemmar", contact="Kontakt",
               fill=["Mer info nedan.", "Dela gärna!", "Vilken vecka."]),
    "tr": dict(hi="Merhaba {G},", thx="Teşekkürler {G}!", bye="Saygılarımla,", tel="Tel", mail="E-posta",
               order="Sipariş no", track="Takip no", ticket="Talep no", price="Fiyat:",
               date="Tarih:", time="Saat:", ver="sürüm", cong="{P}'i {R} terfisi için tebrik ediyoruz! 🎉",
               welcome="{P} ekibimize katıldı, hoş geldin!", retire="{Y} yılın ardından {P} emekli oluyor.",
               rip="{P} anısına.", lost="KAYIP", found="BULUNDU", ride="Yol arkadaşı",
               seats="{N} boş koltuk", students="Öğrencilerimle gurur duyuyorum", appt="Randevu",
               donate="Bağış yap", goal="Hedef", by="Yazan: {P}", alt="Görsel açıklaması:",
               fraud="Dolandırıcılık uyarısı", victims="Etkilenen üyeler", contact="İletişim",
               fill=["Detaylar aşağıda.", "Lütfen paylaşın!", "Ne hafta ama."]),
    "ru": dict(hi="Привет, {G}!", thx="Спасибо, {G}!", bye="С уважением,", tel="тел.", mail="почта",
               order="Заказ №", track="Трек-номер", ticket="Заявка №", price="Цена:",
               date="Дата:", time="Время:", ver="версия", cong="Поздравляем {P} с повышением до должности {R}! 🎉",
               welcome="Встречайте: {P} теперь в нашей команде.", retire="После {Y} лет работы {P} уходит на пенсию.",
               rip="Светлая память: {P}.", lost="ПОТЕРЯНО", found="НАЙДЕНО", ride="Попутчики",
               seats="свободно мест: {N}", students="Горжусь своими учениками", appt="Запись",
               donate="Помочь", goal="Цель", by="Автор: {P}", alt="Описание изображения:",
               fraud="Предупреждение о мошенничестве", victims="Пострадавшие участники", contact="Контакты",
               fill=["Подробности ниже.", "Буду благодарна за репост.", "Ну и неделька.",
                     "Пишите в комментариях."]),
    "uk": dict(hi="Привіт, {G}!", thx="Дякую, {G}!", bye="З повагою,", tel="тел.", mail="пошта",
               order="Замовлення №", track="Номер відправлення", ticket="Заявка №", price="Ціна:",
               date="Дата:", time="Час:", ver="версія", cong="Вітаємо {P} з підвищенням до посади {R}! 🎉",
               welcome="Зустрічайте: {P} тепер у команді.", retire="Після {Y} років {P} виходить на пенсію.",
               rip="Світла пам'ять: {P}.", lost="ЗАГУБЛЕНО", found="ЗНАЙДЕНО", ride="Попутники",
               seats="вільних місць: {N}", students="Пишаюся своїми учнями", appt="Запис",
               donate="Підтримати", goal="Мета", by="Автор: {P}", alt="Опис зображення:",
               fraud="Попередження про шахрайство", victims="Постраждалі учасники", contact="Контакти",
               fill=["Деталі нижче.", "Поширте, будь ласка.", "Оце тиждень."]),
    "el": dict(hi="Γεια σου {G},", thx="Ευχαριστώ, {G}!", bye="Φιλικά,", tel="τηλ.", mail="email",
               order="Παραγγελία αρ.", track="Αριθμός αποστολής", ticket="Αίτημα", price="Τιμή:",
               date="Ημερομηνία:", time="Ώρα:", ver="έκδοση", cong="Συγχαρητήρια στον/στην {P} για την προαγωγή σε {R}! 🎉",
               welcome="Καλωσορίζουμε {P} στην ομάδα.", retire="Μετά από {Y} χρόνια, {P} συνταξιοδοτείται.",
               rip="Στη μνήμη του/της {P}.", lost="ΧΑΘΗΚΕ", found="ΒΡΕΘΗΚΕ", ride="Κοινή διαδρομή",
               seats="{N} ελεύθερες θέσεις", students="Περήφανη για τους μαθητές μου", appt="Ραντεβού",
               donate="Δωρεά", goal="Στόχος", by="Του/Της {P}", alt="Περιγραφή εικόνας:",
               fraud="Ειδοποίηση απάτης", victims="Μέλη που επηρεάστηκαν", contact="Επικοινωνία",
               fill=["Λεπτομέρειες παρακάτω.", "Κοινοποιήστε!", "Τι εβδομάδα."]),
    "ar": dict(hi="مرحباً {G}،", thx="شكراً يا {G}!", bye="مع التحية،", tel="هاتف", mail="البريد",
               order="رقم الطلب", track="رقم التتبع", ticket="رقم التذكرة", price="السعر:",
               date="التاريخ:", time="الوقت:", ver="الإصدار", cong="تهانينا لـ {P} على الترقية إلى {R}! 🎉",
               welcome="نرحب بـ {P} في الفريق.", retire="بعد {Y} عاماً، يتقاعد {P}.",
               rip="في ذكرى {P}.", lost="مفقود", found="تم العثور", ride="مشاركة السيارة",
               seats="{N} مقاعد متاحة", students="فخورة بطلابي", appt="موعد",
               donate="تبرع", goal="الهدف", by="بقلم {P}", alt="وصف الصورة:",
               fraud="تنبيه احتيال", victims="الأعضاء المتضررون", contact="للتواصل",
               fill=["التفاصيل أدناه.", "شاركوا المنشور من فضلكم.", "يا له من أسبوع."]),
    "he": dict(hi="היי {G},", thx="תודה, {G}!", bye="בברכה,", tel="טלפון", mail="מייל",
               order="הזמנה מס׳", track="מספר מעקב", ticket="פנייה מס׳", price="מחיר:",
               date="תאריך:", time="שעה:", ver="גרסה", cong="מזל טוב ל-{P} על הקידום לתפקיד {R}! 🎉",
               welcome="ברוכים הבאים ל-{P} לצוות.", retire="אחרי {Y} שנים, {P} יוצא/ת לגמלאות.",
               rip="לזכרו/ה של {P}.", lost="אבד", found="נמצא", ride="טרמפ",
               seats="{N} מקומות פנויים", students="גאה בתלמידים שלי", appt="תור",
               donate="תרמו", goal="יעד", by="מאת {P}", alt="תיאור התמונה:",
               fraud="התראת הונאה", victims="חברים שנפגעו", contact="יצירת קשר",
               fill=["פרטים בהמשך.", "שתפו בבקשה!", "איזה שבוע."]),
    "hi": dict(hi="नमस्ते {G},", thx="धन्यवाद, {G}!", bye="सादर,", tel="फ़ोन", mail="ईमेल",
               order="ऑर्डर नं.", track="ट्रैकिंग नं.", ticket="टिकट नं.", price="कीमत:",
               date="तारीख:", time="समय:", ver="संस्करण", cong="{P} को {R} के पद पर पदोन्नति की बधाई! 🎉",
               welcome="टीम में {P} का स्वागत है।", retire="{Y} साल बाद {P} सेवानिवृत्त हो रहे हैं।",
               rip="{P} की याद में।", lost="खोया", found="मिला", ride="कारपूल",
               seats="{N} सीटें खाली", students="अपने छात्रों पर गर्व है", appt="अपॉइंटमेंट",
               donate="दान करें", goal="लक्ष्य", by="लेखक: {P}", alt="चित्र विवरण:",
               fraud="धोखाधड़ी चेतावनी", victims="प्रभावित सदस्य", contact="संपर्क",
               fill=["विवरण नीचे है।", "कृपया शेयर करें!", "क्या हफ़्ता रहा।"]),
    "bn": dict(hi="নমস্কার {G},", thx="ধন্যবাদ, {G}!", bye="শুভেচ্ছা,", tel="ফোন", mail="ইমেইল",
               order="অর্ডার নং", track="ট্র্যাকিং নং", ticket="টিকিট নং", price="মূল্য:",
               date="তারিখ:", time="সময়:", ver="সংস্করণ", cong="{P}-কে {R} পদে পদোন্নতির জন্য অভিনন্দন! 🎉",
               welcome="দলে {P}-কে স্বাগতম।", retire="{Y} বছর পর {P} অবসর নিচ্ছেন।",
               rip="{P}-এর স্মরণে।", lost="হারানো", found="পাওয়া গেছে", ride="কারপুল",
               seats="{N}টি আসন খালি", students="আমার ছাত্রছাত্রীদের নিয়ে গর্বিত", appt="অ্যাপয়েন্টমেন্ট",
               donate="দান করুন", goal="লক্ষ্য", by="লেখক: {P}", alt="ছবির বিবরণ:",
               fraud="প্রতারণা সতর্কতা", victims="ক্ষতিগ্রস্ত সদস্য", contact="যোগাযোগ",
               fill=["বিস্তারিত নিচে।", "শেয়ার করুন!", "কী একটা সপ্তাহ।"]),
    "ta": dict(hi="வணக்கம் {G},", thx="நன்றி, {G}!", bye="அன்புடன்,", tel="தொலைபேசி", mail="மின்னஞ்சல்",
               order="ஆர்டர் எண்", track="கண்காணிப்பு எண்", ticket="டிக்கெட் எண்", price="விலை:",
               date="தேதி:", time="நேரம்:", ver="பதிப்பு", cong="{R} பதவி உயர்வு பெற்ற {P} அவர்களுக்கு வாழ்த்துகள்! 🎉",
               welcome="குழுவிற்கு {P} அவர்களை வரவேற்கிறோம்.", retire="{Y} ஆண்டுகளுக்குப் பின் {P} ஓய்வு பெறுகிறார்.",
               rip="{P} நினைவாக.", lost="தொலைந்தது", found="கிடைத்தது", ride="கார்பூல்",
               seats="{N} இடங்கள் உள்ளன", students="என் மாணவர்களை நினைத்து பெருமை", appt="சந்திப்பு",
               donate="நன்கொடை", goal="இலக்கு", by="எழுதியவர்: {P}", alt="பட விளக்கம்:",
               fraud="மோசடி எச்சரிக்கை", victims="பாதிக்கப்பட்ட உறுப்பினர்கள்", contact="தொடர்புக்கு",
               fill=["விவரங்கள் கீழே.", "பகிருங்கள்!", "என்ன ஒரு வாரம்."]),
    "th": dict(hi="สวัสดีค่ะ คุณ{G}", thx="ขอบคุณครับ คุณ{G}", bye="ด้วยความเคารพ", tel="โทร", mail="อีเมล",
               order="เลขที่คำสั่งซื้อ", track="เลขพัสดุ", ticket="เลขที่ตั๋ว", price="ราคา:",
               date="วันที่:", time="เวลา:", ver="เวอร์ชัน", cong="ขอแสดงความยินดีกับ {P} ที่ได้เลื่อนตำแหน่งเป็น {R} 🎉",
               welcome="ขอต้อนรับ {P} สู่ทีม", retire="หลังจาก {Y} ปี {P} จะเกษียณอายุ",
               rip="ด้วยรักและอาลัย {P}", lost="ของหาย", found="พบของ", ride="แชร์รถ",
               seats="เหลือ {N} ที่", students="ภูมิใจในนักเรียนของฉัน", appt="นัดหมาย",
               donate="บริจาค", goal="เป้าหมาย", by="โดย {P}", alt="คำอธิบายภาพ:",
               fraud="แจ้งเตือนการฉ้อโกง", victims="สมาชิกที่ได้รับผลกระทบ", contact="ติดต่อ",
               fill=["รายละเอียดด้านล่าง", "ช่วยแชร์ด้วยนะ", "สัปดาห์นี้ยุ่งมาก"]),
    "ko": dict(hi="{G} 님, 안녕하세요.", thx="{G} 님, 감사합니다!", bye="감사합니다.", tel="전화", mail="이메일",
               order="주문번호", track="운송장 번호", ticket="티켓 번호", price="가격:",
               date="날짜:", time="시간:", ver="버전", cong="{P} 님의 {R} 승진을 축하합니다! 🎉",
               welcome="{P} 님이 팀에 합류했습니다.", retire="{Y}년 근속 후 {P} 님이 은퇴합니다.",
               rip="고 {P} 님을 추모하며.", lost="분실", found="습득", ride="카풀",
               seats="{N}자리 남음", students="우리 학생들이 자랑스럽습니다", appt="예약",
               donate="후원하기", goal="목표", by="글: {P}", alt="이미지 설명:",
               fraud="사기 주의", victims="피해 회원", contact="연락처",
               fill=["자세한 내용은 아래에.", "공유 부탁드려요!", "정말 바쁜 한 주였어요."]),
    "ja": dict(hi="{G}さん、こんにちは。", thx="{G}さん、ありがとうございます！", bye="よろしくお願いします。", tel="電話", mail="メール",
               order="注文番号", track="お問い合わせ番号", ticket="チケット番号", price="価格：",
               date="日付：", time="時間：", ver="バージョン", cong="{P}さん、{R}への昇進おめでとうございます！🎉",
               welcome="{P}さんがチームに加わりました。", retire="{Y}年間勤めた{P}さんが退職されます。",
               rip="故{P}さんを偲んで。", lost="落とし物", found="拾得物", ride="相乗り",
               seats="残り{N}席", students="生徒たちを誇りに思います", appt="予約",
               donate="支援する", goal="目標", by="文：{P}", alt="画像の説明：",
               fraud="詐欺に関するお知らせ", victims="被害を受けた会員", contact="連絡先",
               fill=["詳細は下記をご覧ください。", "シェアしていただけると嬉しいです。", "今週は本当に忙しかった。"]),
    "zh": dict(hi="{G}你好！", thx="谢谢{G}！", bye="此致", tel="电话", mail="邮箱",
               order="订单号", track="运单号", ticket="工单号", price="价格：",
               date="日期：", time="时间：", ver="版本", cong="恭喜{P}晋升为{R}！🎉",
               welcome="欢迎{P}加入团队。", retire="{P}在工作{Y}年后光荣退休。",
               rip="深切缅怀{P}。", lost="寻物启事", found="失物招领", ride="拼车",
               seats="还剩{N}个座位", students="为我的学生们骄傲", appt="预约",
               donate="捐款", goal="目标", by="作者：{P}", alt="图片说明：",
               fraud="诈骗提醒", victims="受影响的会员", contact="联系方式",
               fill=["详情见下文。", "欢迎转发！", "这周太忙了。"]),
    "vi": dict(hi="Chào {G},", thx="Cảm ơn {G}!", bye="Trân trọng,", tel="ĐT", mail="Email",
               order="Mã đơn hàng", track="Mã vận đơn", ticket="Mã phiếu", price="Giá:",
               date="Ngày:", time="Giờ:", ver="phiên bản", cong="Chúc mừng {P} được thăng chức {R}! 🎉",
               welcome="Chào mừng {P} gia nhập nhóm.", retire="Sau {Y} năm, {P} nghỉ hưu.",
               rip="Tưởng nhớ {P}.", lost="THẤT LẠC", found="NHẶT ĐƯỢC", ride="Đi chung xe",
               seats="còn {N} chỗ", students="Tự hào về học trò của tôi", appt="Lịch hẹn",
               donate="Ủng hộ", goal="Mục tiêu", by="Tác giả: {P}", alt="Mô tả ảnh:",
               fraud="Cảnh báo lừa đảo", victims="Thành viên bị ảnh hưởng", contact="Liên hệ",
               fill=["Chi tiết bên dưới.", "Mọi người chia sẻ giúp nhé!", "Một tuần bận rộn."]),
    "id": dict(hi="Halo {G},", thx="Terima kasih, {G}!", bye="Salam,", tel="Telp", mail="Email",
               order="No. pesanan", track="No. resi", ticket="No. tiket", price="Harga:",
               date="Tanggal:", time="Jam:", ver="versi", cong="Selamat untuk {P} atas promosi menjadi {R}! 🎉",
               welcome="Selamat datang {P} di tim.", retire="Setelah {Y} tahun, {P} pensiun.",
               rip="Mengenang {P}.", lost="HILANG", found="DITEMUKAN", ride="Nebeng",
               seats="sisa {N} kursi", students="Bangga dengan murid-murid saya", appt="Janji temu",
               donate="Donasi", goal="Target", by="Oleh {P}", alt="Deskripsi gambar:",
               fraud="Peringatan penipuan", victims="Anggota terdampak", contact="Kontak",
               fill=["Detail di bawah.", "Tolong bantu share!", "Minggu yang sibuk."]),
}

ROLES = {"en": ["VP Engineering", "Head of Design", "Principal Engineer", "Director of Sales"],
         "de": ["Teamleiterin", "Bereichsleiter", "Principal Engineer"],
         "fr": ["directrice technique", "responsable produit"],
         "es": ["directora de ventas", "jefe de producto"], "it": ["responsabile vendite"],
         "pt": ["gerente de produto"], "nl": ["teamleider"], "pl": ["kierownika zespołu"],
         "sv": ["avdelningschef"], "tr": ["ürün müdürü"], "ru": ["технического директора"],
         "uk": ["керівника відділу"], "el": ["διευθύντρια"], "ar": ["مديرة المبيعات"],
         "he": ["ראש צוות"], "hi": ["प्रबंधक"], "bn": ["ব্যবস্থাপক"], "ta": ["மேலாளர்"],
         "th": ["ผู้จัดการ"], "ko": ["팀장"], "ja": ["部長"], "zh": ["技术总监"],
         "vi": ["trưởng phòng"], "id": ["manajer"]}

# ordinary-word uses of members' first names, per language: (text with {W}, W)
WORDS = {
    "en": [("We {W} ship the fix next week.", "will"), ("There is a 30-day {W} period.", "grace"),
           ("Revenue {W} sharply this quarter.", "rose"), ("I {W} the venue has parking.", "hope"),
           ("See you in {W}!", "May"), ("Please {W} the invoice as paid.", "mark"),
           ("The {W} came to less than expected.", "bill"), ("To be {W}, the demo was rough.", "frank"),
           ("The light turned {W} and we stopped.", "amber"), ("Pure {W} on the kids' faces.", "joy"),
           ("{W} you be there on time?", "Will")],
    "de": [("Im {W}, das war knapp.", "Ernst"), ("Das neue Logo ist jetzt {W}.", "rosa"),
           ("Wir wandern durch die Lüneburger {W}.", "Heide"), ("{W} und frei gesagt: danke.", "Frank")],
    "fr": [("Un mur en {W} sèche.", "pierre"), ("C'est une idée très {W}.", "claire"),
           ("Le logo passe en {W} pâle.", "rose"), ("Un effort {W} depuis des mois.", "constant"),
           ("Nuit {W} avant la démo.", "blanche")],
    "es": [("Tengo {W} de cabeza desde ayer.", "dolores"), ("Se fue la {W} en la oficina.", "luz"),
           ("Por fin firmaron la {W}.", "paz"), ("La {W} del teletrabajo pesa.", "soledad"),
           ("El {W} de la mañana mojó todo.", "rocío")],
    "it": [("Sono {W} di annunciarlo.", "felice"), ("Una giornata {W} a Milano.", "serena"),
           ("È stata una {W} sfida.", "vera"), ("La maglia {W} del Giro.", "rosa"),
           ("Sono stato {W} con il meteo.", "fortunato")],
    "pt": [("Foi uma {W} importante para o time.", "vitória"), ("Entrada de {W}!", "graça"),
           ("Com muita {W} seguimos.", "esperança")],
    "nl": [("Ik {W} graag meedoen.", "wil"), ("Een rode {W} voor de jubilaris.", "roos")],
    "pl": [("Dostałam bukiet, a w nim jedna {W}.", "róża"), ("To {W} całego zespołu.", "wiktoria")],
    "sv": [("Det blev en hel {W}.", "saga"), ("Vi ses i {W}!", "maj")],
    "tr": [("Tatilde {W} kenarındaydık.", "deniz"), ("Hâlâ {W} var.", "umut"),
           ("{W} için yürüyüş.", "Barış"), ("Bugün {W} çok güzel.", "güneş")],
    "ru": [("{W} в команду творит чудеса.", "Вера"), ("Есть {W}, что успеем.", "надежда"),
           ("Это {W} с первого взгляда.", "любовь"), ("Мы живём в городе {W}.", "Владимир")],
    "uk": [("Є {W} на краще.", "надія"), ("{W} у себе — це важливо.", "Віра")],
    "el": [("Υπάρχει {W} για το έργο.", "ελπίδα"), ("Η {W} είναι το ζητούμενο.", "ειρήνη"),
           ("Με μεγάλη {W} ανακοινώνουμε.", "χαρά")],
    "ar": [("لدينا {W} كبير في الفريق.", "أمل"), ("انقطع {W} الكهرباء.", "نور"),
           ("كان يوم {W} وسرور.", "فرح")],
    "he": [("יש {W} בסוף המנהרה.", "אור"), ("{W} גבוה בים היום.", "גל"), ("ערב {W} ומוזיקה.", "שירה")],
    "hi": [("हमें {W} है कि सब ठीक होगा।", "आशा"), ("सूरज की पहली {W}।", "किरण"), ("सुबह की {W} के बाद।", "पूजा")],
    "bn": [("অনেক {W} নিয়ে শুরু করলাম।", "আশা"), ("ঘরে {W} নেই।", "আলো"), ("মনে {W} পেলাম।", "শান্তি")],
    "ta": [("தோட்டத்தில் ஒரு {W} பூத்தது.", "மலர்"), ("நாட்டின் {W} உயர்ந்தது.", "செல்வம்")],
    "ko": [("오늘 {W}이 맑아요.", "하늘")],
    "id": [("Kami berangkat saat {W}.", "fajar"), ("Hotel {W} lima di pusat kota.", "bintang")],
    "vi": [("Chúc mọi người bình {W}.", "an")],
}
# ordinary-word uses of the special CJK members' names
CJK_WORDS = {"高明": "这个方案非常高明。", "文明": "请文明上网，理性讨论。", "白云": "窗外蓝天白云。",
             "黄金": "黄金周期间物流会延迟。", "金星": "金星探测任务进展顺利。",
             "이상": "점검 결과 이상 없음.", "정도": "어느 정도 예상했어요."}
# places / firms / eponyms built on members' first names or surnames
PLACES = ["Charlotte, NC", "Victoria, BC", "Sydney", "Austin, TX", "Madison, WI", "Lincoln, NE",
          "Jackson, MS", "Georgia", "Adelaide", "Regina, SK", "Florence", "Santiago de Chile",
          "Salvador (Bahia)", "Concepción", "Mercedes, Uruguay"]
COMPANIES = ["Johnson & Johnson", "Ford", "Dell", "Siemens", "Porsche", "Bosch", "Philips",
             "Ferrari", "Lamborghini", "Ferrero", "Mercedes-Benz"]
EPONYMS = ["Dijkstra's algorithm", "Kalman filter", "Bloom filter", "Nash equilibrium",
           "Gantt chart", "Hamming distance", "Murphy's law", "Fourier transform", "Pareto front",
           "Bézier curve", "Gaussian blur", "Euler angles", "Doppler radar", "diesel engine",
           "braille display", "degrees Celsius"]


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

def norm(s):
    """case- and diacritic-insensitive form used by the self-check."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.category(ch).startswith("M")).casefold()


def fold(s):
    """the name as people type it without accents, keeping case: Latin and Greek lose their
    diacritics, Russian ё becomes е, Arabic hamza carriers become bare alef; other scripts
    (whose vowel signs are combining marks) are left alone."""
    out = []
    for ch in s:
        if ch in "ёЁ":
            out.append("е" if ch == "ё" else "Е")
        elif ch in "أإآ":
            out.append("ا")
        elif ("LATIN" in unicodedata.name(ch, "") or "GREEK" in unicodedata.name(ch, "")):
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.category(c).startswith("M")))
        else:
            out.append(ch)
    return "".join(out)


def asciify(s):
    s = fold(s).lower().replace("ß", "ss").replace("ł", "l").replace("đ", "d").replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", s)


def split_entry(e):
    """'native|translit/g' -> (native, translit, gender)."""
    g = None
    if "|" in e:
        nat, tr = e.split("|", 1)
    else:
        nat, tr = e, asciify(e)
    if tr.endswith("/f") or tr.endswith("/m"):
        tr, g = tr[:-2], tr[-1]
    return nat, tr.lower(), g


def gendered(e, g):
    """surname 'm/f|tm/tf' -> form for gender g."""
    nat, tr = (e.split("|", 1) + [None])[:2]
    if tr is None:
        tr = asciify(nat)
    if "/" in nat:
        nm, nf = nat.split("/")
        tm, tf = tr.split("/")
        return (nf, tf) if g == "f" else (nm, tm)
    return nat, tr


def make_members(n, rng):
    members = []
    used_handles = set()

    def handle_for(tf, tl):
        tf, tl = asciify(tf), asciify(tl)
        styles = [tf + tl, tf + "_" + tl, tf[:1] + tl, tf + tl[:1] + str(rng.randint(10, 99)),
                  tl + tf, tf + tl + str(rng.randint(1, 99)), tl + "_" + tf, tf + "." + tl]
        h = rng.choice(styles)
        h = h.replace(".", "_")
        if len(h) < 4:
            h += str(rng.randint(100, 999))
        base = h
        k = 1
        while h in used_handles:
            k += 1
            h = "%s%d" % (base, rng.randint(2, 9999) if k > 3 else k)
        used_handles.add(h)
        return h

    for name, loc, tr, cat, phrase in SPECIALS:
        if len(members) >= n:
            break
        tf, tl = tr.split()
        given = name.split()[0] if loc not in NOSPACE else name
        members.append(dict(user="u%d" % (len(members) + 1), name=name, loc=loc, tf=tf, tl=tl,
                            given=given, handle=handle_for(tf, tl), special=cat))
    locs = sorted(LOCALE_WEIGHT)
    weights = [LOCALE_WEIGHT[l] for l in locs]
    while len(members) < n:
        loc = rng.choices(locs, weights)[0]
        firsts, lasts = POOLS[loc]
        fn, tf, g = split_entry(rng.choice(firsts))
        le = rng.choice(lasts)
        if loc in ("ru", "uk", "el"):
            ln, tl = gendered(le, g)
        else:
            ln, tl, _ = split_entry(le)
        if loc in NOSPACE:
            name, given = ln + fn, ln + fn
        elif loc == "vi":
            mid, tmid = rng.choice(VI_MIDDLE)
            name, given = "%s %s %s" % (ln, mid, fn), fn
            tl = tl + tmid
        else:
            x = rng.random()
            if loc in ("es", "pt") and x < (0.5 if loc == "es" else 0.4):
                l2, t2, _ = split_entry(rng.choice(lasts))
                if l2 != ln:
                    ln, tl = ln + " " + l2, tl + t2
            elif loc in ("en", "de", "fr", "nl", "sv") and x < 0.08:
                l2, t2, _ = split_entry(rng.choice(lasts))
                if l2 != ln and " " not in l2 + ln:
                    ln, tl = ln + "-" + l2, tl + t2
            name, given = fn + " " + ln, fn
        members.append(dict(user="u%d" % (len(members) + 1), name=name, loc=loc, tf=tf,
                            tl=tl, given=given, handle=handle_for(tf, tl), special=None))
    return members


class Doc:
    """text builder that records gold spans and negatives."""

    def __init__(self):
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []

    def t(self, x):
        self.buf.append(x)
        self.pos += len(x)
        return self

    def g(self, x, typ):
        assert x and x == x.strip(), repr(x)
        self.spans.append((self.pos, self.pos + len(x), typ))
        return self.t(x)

    def n(self, x, cat):
        assert x and x == x.strip(), repr(x)
        self.negs.append((self.pos, self.pos + len(x), cat))
        return self.t(x)

    def f(self, tpl, **slots):
        """fill a template: {X} slots are callables writing into the doc, or strings."""
        for i, part in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if i % 2 == 0:
                if part:
                    self.t(part)
            else:
                v = slots[part]
                if callable(v):
                    v()
                else:
                    self.t(str(v))
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------------------

def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def card_brand(d):
    if d[0] == "4" and len(d) == 16:
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


IBAN_SPEC = {  # country: (total length, bban pattern: n digit, a upper letter, c alnum)
    "DE": (22, "18n"), "AT": (20, "16n"), "CH": (21, "17n"), "FR": (27, "23n"),
    "ES": (24, "20n"), "IT": (27, "1a22n"), "NL": (18, "4a10n"), "BE": (16, "12n"),
    "GB": (22, "4a14n"), "IE": (22, "4a14n"), "PL": (28, "24n"), "PT": (25, "21n"),
    "SE": (24, "20n"), "DK": (18, "14n"), "NO": (15, "11n"), "FI": (18, "14n"),
    "GR": (27, "23n"), "TR": (26, "22n"), "SA": (24, "20n"), "AE": (23, "19n"),
    "IL": (23, "19n"), "BR": (29, "23n1a1c"), "UA": (29, "25n"), "RO": (24, "4a16n"),
    "HU": (28, "24n"), "CZ": (24, "20n"), "LU": (20, "16n"), "BG": (22, "4a14n"),
}


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "").replace("\u00a0", "")
    if len(s) < 5 or s[:2] not in IBAN_SPEC or IBAN_SPEC[s[:2]][0] != len(s):
        return False
    return iban_mod(s) == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, r = m.groups()
    return a != "000" and a != "666" and not a.startswith("9") and g != "00" and r != "0000"


def ip4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def ip6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and a.ipv4_mapped is None


EXAMPLE_RE = re.compile(r"(?i)(?:^|[@./])(?:example\.(?:com|net|org)|[\w-]+\.example|"
                        r"example|[\w-]+\.test|[\w-]+\.invalid)(?:[/?#:]|$)")


# ---------------------------------------------------------------------------------------
# value generators (gold)
# ---------------------------------------------------------------------------------------
NBSP = "\u00a0"
US_AREAS = ["212", "213", "305", "312", "404", "415", "512", "617", "646", "702", "206", "303",
            "720", "919", "704"]
CA_AREAS = ["416", "604", "514", "403", "613", "778"]
PHONE_CCS = ["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"]
E164_ONLY = {"ru": ("7", "9", 9), "uk": ("380", "67", 7), "pl": ("48", "5", 8), "sv": ("46", "70", 7),
             "tr": ("90", "53", 8), "el": ("30", "69", 8), "ar": ("966", "5", 8),
             "he": ("972", "52", 7), "th": ("66", "8", 8), "ko": ("82", "10", 8),
             "vi": ("84", "9", 8), "id": ("62", "812", 8)}
LANG_CC = {"en": ["US", "UK", "AU", "NG", "CA", "IN"], "de": ["DE"], "fr": ["FR"], "es": ["ES"],
           "it": ["IT"], "pt": ["BR"], "nl": ["NL"], "hi": ["IN"], "bn": ["IN"], "ta": ["IN"],
           "ja": ["JP"], "zh": ["CN"]}


class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, k, first="0123456789"):
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(k - 1))

    # -- phones -----------------------------------------------------------------------
    def phone(self, cc):
        r, D = self.r, self.digits
        if cc in ("US", "CA"):
            a = r.choice(US_AREAS if cc == "US" else CA_AREAS)
            while True:
                e = D(3, "23456789")
                if e[1:] != "11" and e != "555":
                    break
            x = D(4)
            f = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                          "+1 (%s) %s-%s", "+1%s%s%s", "1-%s-%s-%s", "%s %s %s"])
            return f % (a, e, x)
        if cc == "UK":
            k = r.randrange(5)
            if k == 0:
                n = "7" + D(3)
                return r.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s"]) % (n, D(4))
            if k == 1:
                m = "7" + r.choice("1234579") + D(2)
                return r.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s"]) % (m, D(6))
            if k == 2:
                return r.choice(["0161 %s %s", "+44 161 %s %s", "0113 %s %s"]) % (D(3, "2345"), D(4))
            if k == 3:
                return "+447" + r.choice("1234579") + D(8)
            return "(0131) %s %s" % (D(3, "2345"), D(4))
        if cc == "DE":
            k = r.randrange(6)
            if k == 0:
                return r.choice(["030 %s", "030/%s", "+49 30 %s", "089 %s", "089-%s"]) % D(8, "2345678")
            if k == 1:
                n = D(8, "2345678")
                return r.choice(["+49 (0)30 %s %s", "+49 (0)89 %s %s", "(030) %s %s"]) % (n[:4], n[4:])
            if k == 2:
                p = r.choice(["151", "160", "170", "171", "176", "157"])
                return r.choice(["0%s %s", "0%s/%s", "+49 %s %s", "0%s-%s", "+49 (0)%s %s"]) % (p, D(8, "123456789")[:r.choice([7, 8])])
            if k == 3:
                return "+49" + r.choice(["151", "171", "30", "40"]) + D(8, "23456789")
            if k == 4:
                return "040 %s %s" % (D(3, "2345678"), D(4))
            return "0221 %s" % D(7, "2345678")
        if cc == "FR":
            d = r.choice("1234567" if r.random() < 0.6 else "67")
            pairs = [D(2) for _ in range(4)]
            k = r.randrange(6)
            if k == 0:
                return "0%s %s" % (d, " ".join(pairs))
            if k == 1:
                return "0%s.%s" % (d, ".".join(pairs))
            if k == 2:
                return "+33 %s %s" % (d, " ".join(pairs))
            if k == 3:
                return "+33 (0)%s %s" % (d, " ".join(pairs))
            if k == 4:
                return "0%s-%s" % (d, "-".join(pairs))
            return "+33%s%s" % (d, "".join(pairs))
        if cc == "IN":
            k = r.randrange(5)
            m = D(5, "6789")
            if k == 0:
                return "+91 %s %s" % (m, D(5))
            if k == 1:
                return "+91-%s-%s" % (m, D(5))
            if k == 2:
                return "0%s %s" % (m, D(5))
            if k == 3:
                return r.choice(["011-2%s", "022-2%s", "080-2%s", "+91 44 2%s"]) % D(7)
            return "+91%s%s" % (m, D(5))
        if cc == "BR":
            k = r.randrange(5)
            a = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            if k == 0:
                return "+55 %s 9%s-%s" % (a, D(4), D(4))
            if k == 1:
                return "(%s) 9%s-%s" % (a, D(4), D(4))
            if k == 2:
                return "(%s) %s-%s" % (a, D(4, "2345"), D(4))
            if k == 3:
                return "+55 (%s) %s-%s" % (a, D(4, "2345"), D(4))
            return "+55%s9%s" % (a, D(8))
        if cc == "JP":
            k = r.randrange(5)
            if k == 0:
                return r.choice(["03-%s-%s", "06-%s-%s"]) % (D(4, "2345678"), D(4))
            if k == 1:
                return "%s-%s-%s" % (r.choice(["090", "080", "070"]), D(4, "123456789"), D(4))
            if k == 2:
                return "+81 3-%s-%s" % (D(4, "2345678"), D(4))
            if k == 3:
                return "+81 %s %s %s" % (r.choice(["90", "80"]), D(4, "123456789"), D(4))
            return "+81%s%s" % (r.choice(["90", "80", "3"]), D(8, "23456789"))
        if cc == "AU":
            k = r.randrange(5)
            if k == 0:
                return "(0%s) %s %s" % (r.choice("2378"), D(4, "2345689"), D(4))
            if k == 1:
                return "04%s %s %s" % (D(2), D(3), D(3))
            if k == 2:
                return "+61 4%s %s %s" % (D(2), D(3), D(3))
            if k == 3:
                return "+61 %s %s %s" % (r.choice("2378"), D(4, "2345689"), D(4))
            return "+614%s" % D(8)
        if cc == "CN":
            k = r.randrange(6)
            mob = "1" + r.choice(["38", "39", "36", "58", "86", "88", "77"]) + D(8)
            if k == 0:
                return "%s %s %s" % (mob[:3], mob[3:7], mob[7:])
            if k == 1:
                return "+86 %s %s %s" % (mob[:3], mob[3:7], mob[7:])
            if k == 2:
                return r.choice(["010-%s", "021-%s"]) % D(8, "2345678")
            if k == 3:
                return "+86 10 %s %s" % (D(4, "2345678"), D(4))
            if k == 4:
                return "+86-%s-%s-%s" % (mob[:3], mob[3:7], mob[7:])
            return mob
        if cc == "ES":
            k = r.randrange(5)
            if k == 0:
                return "+34 6%s %s %s" % (D(2), D(3), D(3))
            if k == 1:
                return "6%s %s %s %s" % (D(2), D(2), D(2), D(2))
            if k == 2:
                return "91 %s %s %s" % (D(3), D(2), D(2))
            if k == 3:
                return "+34 93 %s %s %s" % (D(3), D(2), D(2))
            return "+346%s" % D(8)
        if cc == "IT":
            k = r.randrange(5)
            if k == 0:
                return "+39 06 %s %s" % (D(4), D(4))
            if k == 1:
                return "3%s %s %s" % (D(2, "2345"), D(3), D(4))
            if k == 2:
                return "+39 3%s %s" % (D(2, "2345"), D(7))
            if k == 3:
                return r.choice(["02 %s %s", "02-%s%s", "06 %s%s"]) % (D(4), D(4))
            return "+393%s" % D(9, "2345")
        if cc == "NL":
            k = r.randrange(5)
            if k == 0:
                return "+31 6 %s" % D(8, "12345")
            if k == 1:
                return "06-%s" % D(8, "12345")
            if k == 2:
                return "020 %s %s" % (D(3, "2345678"), D(4))
            if k == 3:
                return "+31 (0)20 %s %s" % (D(3, "2345678"), D(4))
            return "06 %s %s %s %s" % (D(2, "12345"), D(2), D(2), D(2))
        if cc == "NG":
            k = r.randrange(4)
            p = r.choice(["803", "806", "813", "816", "703", "805", "902"])
            if k == 0:
                return "+234 %s %s %s" % (p, D(3), D(4))
            if k == 1:
                return "0%s %s %s" % (p, D(3), D(4))
            if k == 2:
                return "0%s-%s-%s" % (p, D(3), D(4))
            return "+234%s%s" % (p, D(7))
        raise ValueError(cc)

    def phone_e164(self, lang):
        cc, pre, k = E164_ONLY[lang]
        return "+" + cc + pre + self.digits(k)

    def phone_for(self, lang):
        r = self.r
        if lang in E164_ONLY and r.random() < 0.6:
            p = self.phone_e164(lang)
        elif lang in LANG_CC and r.random() < 0.8:
            p = self.phone(r.choice(LANG_CC[lang]))
        else:
            p = self.phone(r.choice(PHONE_CCS))
        if " " in p and r.random() < 0.12:
            p = p.replace(" ", NBSP)
        return p

    # -- cards, ibans, ssns -----------------------------------------------------------
    def card_digits(self, valid=True):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            pre, n = "4", 16
        elif k == 1:
            pre, n = str(r.randint(51, 55)), 16
        elif k == 2:
            pre, n = str(r.randint(2221, 2720)), 16
        elif k == 3:
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = r.choice(["6011", "65", str(r.randint(644, 649))]), 16
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + r.randint(1, 9)) % 10)
        return body + c

    def card(self, valid=True):
        d = self.card_digits(valid)
        r = self.r
        sep = r.choice([" ", " ", "-", "", ""])
        if len(d) == 15:
            return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
        return sep.join([d[i:i + 4] for i in range(0, 16, 4)]) if sep else d

    def iban(self, cc=None, valid=True):
        r = self.r
        cc = cc or r.choice(sorted(IBAN_SPEC))
        ln, pat = IBAN_SPEC[cc]
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", pat):
            for _ in range(int(cnt)):
                bban += r.choice("0123456789" if kind == "n" else
                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else
                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        chk = 98 - iban_mod(cc + "00" + bban)
        if not valid:
            chk = (chk + r.randint(1, 90) - 2) % 97 + 2
            while iban_mod(cc + "%02d" % chk + bban) == 1:
                chk = (chk + 1 - 2) % 97 + 2
        s = cc + "%02d" % chk + bban
        assert len(s) == ln
        if r.random() < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, valid=True):
        r = self.r
        if valid:
            while True:
                a = r.randint(1, 899)
                if a != 666:
                    break
            g, s = r.randint(1, 99), r.randint(1, 9999)
        else:
            k = r.randrange(5)
            a = [0, 666, r.randint(900, 999), r.randint(1, 899), r.randint(1, 899)][k]
            if k == 3:
                a = 123 if a == 666 else a
            g = 0 if k == 3 else r.randint(1, 99)
            s = 0 if k == 4 else r.randint(1, 9999)
            if k == 4 and a == 666:
                a = 321
        sep = "-" if r.random() < 0.75 else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    # -- ip addresses -----------------------------------------------------------------
    def ip4(self):
        r = self.r
        while True:
            s = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255),
                                 r.randint(1, 254))
            if ip4_global(s):
                return s

    def ip6(self):
        r = self.r
        pre = r.choice(["2a00:1450", "2606:4700", "2620:fe", "2a03:2880", "2400:cb00",
                        "2001:4860", "2a02:26f0", "2c0f:fb50", "2405:200", "2800:3f0",
                        "2a01:4f8", "2600:1f18"])
        groups = pre.split(":") + ["%x" % r.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
        if r.random() < 0.6:
            for i in range(r.randint(3, 5), 7):
                groups[i] = "0"
        addr = ipaddress.IPv6Address(":".join(groups))
        assert ip6_global(str(addr))
        k = r.randrange(4)
        if k == 0:
            s = addr.exploded
        elif k == 1:
            s = ":".join("%x" % int(g, 16) for g in addr.exploded.split(":"))
        else:
            s = addr.compressed
        if r.random() < 0.2:
            s = s.upper()
        return s

    # -- negatives (values only; cues are written by the caller) ----------------------
    def isbn(self):
        r = self.r
        if r.random() < 0.7:
            grp = r.choice(["3", "0", "1", "2", "84", "88", "4", "7", "5"])
            pub = self.digits(r.randint(2, 4))
            title = self.digits(9 - len(grp) - len(pub))
            body = "978" + grp + pub + title
            tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
            c = str((10 - tot % 10) % 10)
            sep = r.choice(["-", "-", " "])
            return sep.join(["978", grp, pub, title, c])
        grp, pub = r.choice(["0", "3", "1"]), self.digits(3)
        title = self.digits(9 - len(grp) - len(pub))
        body = grp + pub + title
        tot = sum(int(ch) * (10 - i) for i, ch in enumerate(body))
        c = (11 - tot % 11) % 11
        return "-".join([grp, pub, title, "X" if c == 10 else str(c)])


# ---------------------------------------------------------------------------------------
# per-record context: entity writers
# ---------------------------------------------------------------------------------------
PERSONAL_DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
                           "proton.me"],
                    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
                    "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["telefonica.net", "gmail.com"],
                    "it": ["libero.it", "virgilio.it"], "pt": ["uol.com.br", "bol.com.br"],
                    "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl"], "sv": ["telia.com"],
                    "tr": ["yandex.com.tr"], "ru": ["yandex.ru", "mail.ru"], "uk": ["ukr.net"],
                    "el": ["otenet.gr"], "ar": ["gmail.com"], "he": ["walla.co.il"],
                    "hi": ["rediffmail.com", "gmail.com"], "bn": ["gmail.com"], "ta": ["gmail.com"],
                    "th": ["hotmail.com"], "ko": ["naver.com", "daum.net"], "ja": ["yahoo.co.jp", "docomo.ne.jp"],
                    "zh": ["qq.com", "163.com", "126.com"], "vi": ["gmail.com"], "id": ["yahoo.co.id"]}
COMPANY_DOMAINS = ["acme.io", "northwind-logistics.com", "lumenhealth.co.uk", "tideline.nl",
                   "kappa-labs.it", "sunbeam.com.br", "nuvola.es", "harbor.ng", "sakura-tech.co.jp",
                   "meridian.in", "blueriver.com.au", "hanriver.co.kr", "dragonpeak.cn",
                   "fjordlabs.se", "anatolia-soft.com.tr", "cedarlabs.co.il", "brightpath.ae",
                   "schmidt-partner.de", "atelier-lumiere.fr", "uni-kassel.de"]
ROLE_LOCALS = ["jobs", "hr", "press", "info", "hello", "support", "recruiting", "careers",
               "billing", "team", "office", "praxis", "kontakt", "contact", "admissions"]
OBF = {"es": ("[arroba]", "[punto]"), "pt": ("[arroba]", "[ponto]"), "fr": ("[arobase]", "[point]"),
       "ru": ("[собака]", "[точка]"), "pl": ("[małpa]", "[kropka]"), "it": ("[chiocciola]", "[punto]"),
       "de": ("(at)", "(punkt)")}
OBF_DEOBF = {"[at]": "@", "(at)": "@", "{at}": "@", "[@]": "@", "(@)": "@", "[arroba]": "@",
             "[arobase]": "@", "[собака]": "@", "[małpa]": "@", "[chiocciola]": "@",
             "[dot]": ".", "(dot)": ".", "{dot}": ".", "[punto]": ".", "[ponto]": ".",
             "[point]": ".", "[точка]": ".", "[kropka]": ".", "(punkt)": "."}

HONORIFIC = {"ja": ["さん", "様", "先生"], "zh": ["老师", "先生", "女士", "同学", ""], "ko": ["님", " 님", " 씨", ""]}

URL_NEG = {
    "url_company": ["https://www.linkedin.com/company/northwind-logistics/", "linkedin.com/company/acme-io",
                    "https://acme.io/about", "www.tideline.nl/over-ons", "https://www.linkedin.com/school/uni-kassel/",
                    "https://sakura-tech.co.jp/company/", "https://www.sunbeam.com.br/sobre?ref=footer"],
    "url_careers": ["https://acme.io/careers/senior-backend-engineer", "https://www.linkedin.com/jobs/view/3829104411/",
                    "boards.greenhouse.io/kappalabs/jobs/4011223", "https://jobs.lever.co/meridian/7a1c2e90-1b2c",
                    "https://northwind-logistics.com/jobs?team=ops&loc=remote#open-roles",
                    "https://askfirst.example/jobs/88213"],
    "url_docs": ["https://docs.python.org/3/library/ipaddress.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/img#alt",
                 "https://github.com/python/cpython/blob/main/README.rst", "https://www.w3.org/WAI/tutorials/images/decision-tree/",
                 "https://kubernetes.io/docs/concepts/services-networking/", "https://github.com/kubernetes/kubernetes/issues/118234",
                 "https://askfirst.example/help/privacy#minimise", "https://datatracker.ietf.org/doc/html/rfc5952#section-4"],
    "url_paper": ["https://arxiv.org/abs/2403.01234v2", "https://doi.org/10.1145/3597503.3639187",
                  "https://aclanthology.org/2023.acl-long.1.pdf", "https://www.nature.com/articles/s41586-021-03819-2",
                  "arxiv.org/pdf/2310.06825.pdf", "https://dl.acm.org/doi/10.1145/3544548.3580961"],
    "url_ticket": ["https://www.eventbrite.com/e/pii-summit-2025-tickets-784512309871", "https://ti.to/devconf/2025/with/early-bird",
                   "https://www.meetup.com/berlin-data-engineering/events/301234567/", "https://www.ticketmaster.de/event/52188",
                   "https://pretix.eu/fossconf/2025/"],
    "url_form": ["https://forms.gle/pX7qMz3Lk9", "https://docs.google.com/forms/d/e/1FAIpQLSc9x7Hk2/viewform?usp=sf_link",
                 "https://form.typeform.com/to/Hq8ZrT", "https://tally.so/r/wA9kQ1", "https://forms.office.com/r/7tPq2XyZ1a"],
}
EXAMPLE_LINKS = ["https://example.com/u/{h}", "http://www.example.org/profile?id=1234", "https://example.net/in/{h}",
                 "https://shop.example/orders/1234", "https://portal.test/login?next=%2Fu%2F{h}", "https://api.invalid/v1/users/{h}",
                 "https://askfirst-demo.example/settings"]
EXAMPLE_MAILS = ["name@example.com", "{h}@example.org", "first.last@example.net", "jobs@acme.example",
                 "someone@company.test", "noreply@mail.invalid", "you@yourdomain.example", "user@example.com"]
NMHANDLES = ["@everyone", "@here", "@channel", "@all", "@AcmeSupport", "@NorthwindHQ", "@askfirst_help",
             "@TidelineNL"]


class Ctx:
    def __init__(self, world, lang, rng):
        self.w = world
        self.lang = lang
        self.r = rng
        self.G = world.gen
        self.d = Doc()
        self.L = dict(P["en"])
        self.L.update(P[lang])

    # members ---------------------------------------------------------------------------
    def m(self, native=0.75):
        r, w = self.r, self.w
        if r.random() < native and self.lang in w.by_loc:
            return r.choice(w.by_loc[self.lang])
        return r.choice(w.by_loc[r.choice(["en", "en", "de", "fr", "es", "it", "nl", "pt", "hi",
                                           "zh", "ja", "ru", "ar", "pl", "tr"])])

    def ms(self, k):
        out, seen = [], set()
        while len(out) < k:
            m = self.m()
            if m["user"] not in seen:
                seen.add(m["user"])
                out.append(m)
        return out

    def person(self, m, poss=False, variants=True, at=False):
        r, d, name = self.r, self.d, m["name"]
        form = name
        if variants:
            x = r.random()
            if x < 0.06 and fold(name) != name and norm(fold(name)) == norm(name):
                form = fold(name)
            elif x < 0.11 and norm(name.upper()) == norm(name) and name.upper() != name:
                form = name.upper()
            elif x < 0.13 and norm(name.lower()) == norm(name) and name.lower() != name:
                form = name.lower()
        if at:
            d.t("@")
        d.g(form, "PERSON")
        if poss:
            d.t(r.choice(["'s", "’s"]))
        return self

    def pname(self, m, hon=True):
        """person with an honorific when the language uses one."""
        r, d = self.r, self.d
        if self.lang == "th" and hon:
            d.t("คุณ")
            return self.person(m)
        self.person(m)
        if hon and self.lang in HONORIFIC and m["loc"] in NOSPACE:
            d.t(r.choice(HONORIFIC[self.lang]))
        return self

    def P_(self, m=None, **kw):
        m = m or self.m()
        return lambda: self.person(m, **kw)

    def greet(self, m, key="hi"):
        g = m["given"]
        return self.d.f(self.L[key], G=lambda: self.d.g(g, "PERSON"))

    def handle(self, m=None):
        m = m or self.m()
        return self.d.g("@" + m["handle"], "HANDLE")

    # e-mail ----------------------------------------------------------------------------
    def address(self, m=None, role=False):
        r = self.r
        if role or m is None:
            return r.choice(ROLE_LOCALS) + "@" + r.choice(COMPANY_DOMAINS)
        tf, tl = asciify(m["tf"]), asciify(m["tl"])
        local = r.choice([tf + "." + tl, tf[:1] + tl, tf + tl + str(r.randint(1, 99)), tf + "_" + tl,
                          tl + "." + tf, tf + "." + tl[:1], tf + "-" + tl])
        if r.random() < 0.4:
            dom = r.choice(COMPANY_DOMAINS)
        else:
            dom = r.choice(PERSONAL_DOMAINS.get(m["loc"], PERSONAL_DOMAINS["en"]))
        return local + "@" + dom

    def email(self, m=None, role=False, style=None):
        r, d = self.r, self.d
        a = self.address(m, role)
        x = r.random() if style is None else style
        if x < 0.5:
            return d.g(a, "EMAIL")
        if x < 0.6:
            return d.t("<").g(a, "EMAIL").t(">")
        if x < 0.68:
            return d.t("[%s](mailto:" % self.L["mail"]).g(a, "EMAIL").t(")")
        if x < 0.72:
            return d.t("mailto:").g(a, "EMAIL")
        local, dom = a.split("@")
        if self.lang in OBF and r.random() < 0.6:
            at, dot = OBF[self.lang]
            if r.random() < 0.5:
                return d.g("%s %s %s" % (local, at, dom.replace(".", " %s " % dot)), "EMAIL")
            return d.g("%s %s %s" % (local, at, dom), "EMAIL")
        k = r.randrange(6)
        if k == 0:
            s = "%s [at] %s" % (local, dom.replace(".", " [dot] "))
        elif k == 1:
            s = "%s(at)%s" % (local, dom)
        elif k == 2:
            s = "%s (at) %s" % (local, dom.replace(".", " (dot) "))
        elif k == 3:
            s = "%s{at}%s" % (local, dom.replace(".", "{dot}"))
        elif k == 4:
            s = "%s [at] %s" % (local, dom)
        else:
            s = "%s[@]%s" % (local, dom)
        return d.g(s, "EMAIL")

    # phones / numbers ------------------------------------------------------------------
    def phone(self):
        return self.d.g(self.G.phone_for(self.lang), "PHONE")

    def ip4(self):
        r, d = self.r, self.d
        d.g(self.G.ip4(), "IPV4")
        x = r.random()
        if x < 0.15:
            d.t(":%d" % r.choice([22, 443, 8080, 3389, 5432]))
        elif x < 0.25:
            d.t("/%d" % r.choice([24, 32, 28]))
        return self

    def ip6(self):
        r, d = self.r, self.d
        if r.random() < 0.2:
            return d.t("[").g(self.G.ip6(), "IPV6").t("]:%d" % r.choice([443, 8443, 22]))
        d.g(self.G.ip6(), "IPV6")
        if r.random() < 0.1:
            d.t("/64")
        return self

    def card(self):
        return self.d.g(self.G.card(), "CREDIT_CARD")

    def iban(self, cc=None):
        return self.d.g(self.G.iban(cc), "IBAN")

    def ssn(self):
        return self.d.g(self.G.ssn(), "US_SSN")

    def url(self, m=None):
        r, d = self.r, self.d
        m = m or self.m()
        h = m["handle"]
        sch = r.choice(["https://", "https://", "http://", ""])
        www = r.choice(["www.", ""])
        k = r.randrange(9)
        if k == 0:
            u = sch + r.choice([www, "de.", "fr.", "in.", "br."] if sch else [www]) + "linkedin.com/in/" + h + r.choice(["", "/", "?utm_source=share&utm_medium=member_desktop", "/#experience", "/details/skills/"])
        elif k == 1:
            u = sch + "github.com/" + h + r.choice(["", "?tab=repositories", "?tab=stars#top"])
        elif k == 2:
            u = sch + r.choice(["x.com/", "twitter.com/"]) + h + r.choice(["", "/", "?s=21"])
        elif k == 3:
            u = sch + "medium.com/@" + h + r.choice(["", "/about"])
        elif k == 4:
            u = sch + "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
        elif k == 5:
            u = sch + h.replace("_", "") + ".substack.com" + r.choice(["", "/about"])
        elif k == 6:
            u = sch + "calendly.com/" + h + r.choice(["", "/30min", "/intro-call?month=2025-03"])
        else:
            u = sch + "askfirst.example/u/" + h + r.choice(["", "", "?ref=post", "#about"])
        d.g(u, "URL")
        return self

    def urlmd(self, m=None, label="profile"):
        self.d.t("[%s](" % label)
        self.url(m)
        return self.d.t(")")

    # negatives -------------------------------------------------------------------------
    def n_date(self):
        r = self.r
        y, mo, da = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        f = r.choice(["%04d-%02d-%02d" % (y, mo, da), "%02d.%02d.%04d" % (da, mo, y),
                      "%02d/%02d/%04d" % (mo, da, y), "%02d/%02d/%04d" % (da, mo, y),
                      "%04d/%02d/%02d" % (y, mo, da), "%02d-%02d-%04d" % (da, mo, y),
                      "%04d.%02d.%02d" % (y, mo, da), "%d年%d月%d日" % (y, mo, da)])
        return self.d.n(f, "date")

    def n_time(self):
        r = self.r
        h, mi = r.randint(6, 21), r.choice([0, 15, 30, 45, 10, 50])
        f = r.choice(["%02d:%02d" % (h, mi), "%02d:%02d–%02d:%02d" % (h, mi, h + 1, mi),
                      "%02d:%02d-%02d:%02d" % (h, mi, h + 2, 0), "%dh%02d" % (h, mi),
                      "%d:%02d PM" % (h % 12 + 1, mi), "%02d:%02d:%02d" % (h, mi, r.randint(0, 59))])
        return self.d.n(f, "time")

    def n_price(self):
        r = self.r
        a = r.randint(12, 99999)
        f = r.choice(["€%s,%02d" % ("{:,}".format(a).replace(",", "."), r.randint(0, 99)),
                      "$%s.%02d" % ("{:,}".format(a), r.randint(0, 99)),
                      "%s €" % "{:,}".format(a).replace(",", " "),
                      "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), r.randint(0, 99)),
                      "₹%s" % "{:,}".format(a * 10), "¥%s" % "{:,}".format(a * 10),
                      "£%s.00" % "{:,}".format(a), "CHF %s.–" % "{:,}".format(a).replace(",", "'"),
                      "%s zł" % "{:,}".format(a).replace(",", " "),
                      "Rp %s" % "{:,}".format(a * 1000).replace(",", ".")])
        return self.d.n(f, "price")

    def n_order(self):
        r, D = self.r, self.G.digits
        f = r.choice(["%s-%s-%s" % (D(3), D(7), D(7)), "%s %s %s" % (D(4), D(4), D(4)),
                      "%s-%s-%s" % (r.randint(2019, 2026), D(3), D(4)), "%s-%s-%s" % (D(3), D(4), D(4)),
                      D(10, "123456789"), "#" + D(8)])
        return self.d.t(self.L["order"] + r.choice([" ", ": ", " "])).n(f, "order_number")

    def n_ticket(self):
        r, D = self.r, self.G.digits
        f = r.choice(["#%s-%s" % (D(4), D(4)), "INC%s" % D(7), "%s-%s-%s" % (D(2), D(3), D(4)),
                      "CS-%s" % D(8), "%s %s %s" % (D(3), D(3), D(4))])
        return self.d.t(self.L["ticket"] + r.choice([" ", ": "])).n(f, "ticket_number")

    def n_isbn(self):
        v = self.G.isbn()
        lab = self.r.choice(["ISBN ", "ISBN: ", "ISBN-13 " if v.startswith("978") else "ISBN-10 "])
        return self.d.t(lab).n(v, "isbn")

    def n_version(self):
        r = self.r
        v = r.choice(["%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 99)),
                      "10.0.%d.%d" % (r.randint(17000, 22999), r.randint(100, 4999)),
                      "%d.%02d.%d" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(0, 9)),
                      "%d.%d.%d-rc.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 9), r.randint(1, 5))])
        lab = r.choice(["v", self.L["ver"] + " ", "build ", "Version "])
        return self.d.t(lab).n(v, "version")

    def n_patent(self):
        r, D = self.r, self.G.digits
        lab, v = r.choice([("US Patent ", "%s,%s,%s" % (r.randint(9, 12), D(3), D(3))),
                           ("patent ", "US %s,%s,%s B2" % (r.randint(9, 12), D(3), D(3))),
                           ("Patent ", "EP %s %s %s A1" % (D(1, "123"), D(3), D(3))),
                           ("Patent ", "DE 10 %s %s %s.%s" % (r.randint(2015, 2024), D(3), D(3), D(1))),
                           ("patent application ", "WO %d/%s" % (r.randint(2015, 2024), D(6))),
                           ("特許 ", "JP %d-%s A" % (r.randint(2015, 2024), D(6))),
                           ("专利 ", "CN %s A" % D(9, "123456789"))])
        return self.d.t(lab).n(v, "patent")

    def n_tracking(self):
        r, D = self.r, self.G.digits
        lab, v = r.choice([("UPS ", "1Z %s %s %s %s %s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                                                            "A" + D(2), D(2), D(4), D(4))),
                           ("USPS ", "9400 %s %s %s %s %s" % (D(4), D(4), D(4), D(4), D(2))),
                           ("DHL ", "00340434%s" % D(12)), ("DHL Express ", D(10, "123456789")),
                           ("FedEx ", "%s %s %s" % (D(4, "1234567"), D(4), D(4))),
                           ("China Post ", "LK%sCN" % D(9)), ("SF Express ", "SF%s" % D(13)),
                           ("ヤマト運輸 ", "%s-%s-%s" % (D(4), D(4), D(4))),
                           ("PostNL ", "3S%s" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13))),
                           ("Royal Mail ", "%s %s %s %sGB" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), D(4), D(4), D(1)))])
        return self.d.t(lab + self.L["track"] + r.choice([": ", " "])).n(v, "tracking_number")

    def n_ip4(self, kind=None):
        r = self.r
        kind = kind or r.choice(["private", "private", "loopback", "link_local", "documentation",
                                 "documentation", "reserved", "version"])
        if kind == "private":
            v = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                          "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
        elif kind == "loopback":
            v = r.choice(["127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
        elif kind == "link_local":
            v = "169.254.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
        elif kind == "documentation":
            v = r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
        elif kind == "reserved":
            v = r.choice(["240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "0.0.0.0", "255.255.255.255",
                          "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                          "198.%d.%d.%d" % (r.randint(18, 19), r.randint(0, 255), r.randint(1, 254))])
        else:
            while True:
                v = "%d.%d.%d.%d" % (r.randint(1, 23), r.randint(0, 20), r.randint(0, 9), r.randint(1, 250))
                if ip4_global(v):
                    break
            self.d.t(r.choice(["firmware ", "Version ", "build ", "v", self.L["ver"] + " ", "driver "]))
            return self.d.n(v, "ipv4_version")
        self.d.n(v, "ipv4_" + kind)
        if r.random() < 0.2:
            self.d.t(r.choice([":8080", ":22", "/24", "/16"]))
        return self

    def n_ip6(self):
        r = self.r
        v = r.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(r.randint(1, 0xffff) for _ in range(4)),
                      "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xff)),
                      "2001:db8:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff)),
                      "2001:0db8:85a3:0000:0000:8a2e:0370:%04x" % r.randint(1, 0xffff),
                      "ff02::1", "ff02::%x" % r.randint(2, 0xff), "::"])
        self.d.n(v, "ipv6_nonglobal")
        if v.startswith("fe80") and r.random() < 0.5:
            self.d.t("%eth0")
        return self

    def n_mac(self):
        r = self.r
        b = ["%02x" % r.randint(0, 255) for _ in range(6)]
        v = r.choice([":".join(b), ":".join(b).upper(), "-".join(b).upper()])
        return self.d.t(r.choice(["MAC ", "MAC: ", "hw addr "])).n(v, "mac_address")

    def n_card(self):
        return self.d.n(self.G.card(valid=False), "luhn_invalid")

    def n_iban(self):
        return self.d.n(self.G.iban(valid=False), "iban_bad_check")

    def n_ssn(self):
        return self.d.n(self.G.ssn(valid=False), "ssn_invalid")

    def n_url(self, kind=None):
        kind = kind or self.r.choice(sorted(URL_NEG))
        return self.d.n(self.r.choice(URL_NEG[kind]), kind)

    def n_example(self, mail=None):
        r = self.r
        h = self.m()["handle"]
        if mail is None:
            mail = r.random() < 0.5
        v = r.choice(EXAMPLE_MAILS if mail else EXAMPLE_LINKS).replace("{h}", h)
        return self.d.n(v, "example_domain")

    def n_word(self):
        lst = WORDS.get(self.lang) or WORDS["en"]
        tpl, w = self.r.choice(lst)
        return self.d.f(tpl, W=lambda: self.d.n(w, "word_name"))

    def n_special(self, cat):
        lst = [s for s in self.w.specials if s[3] == cat]
        if not lst:
            return self
        return self.d.n(self.r.choice(lst)[4], cat)

    def n_place(self):
        if self.r.random() < 0.3:
            return self.n_special("place")
        return self.d.n(self.r.choice(PLACES), "place")

    def n_company(self):
        if self.r.random() < 0.4:
            return self.n_special("company")
        return self.d.n(self.r.choice(COMPANIES), "company")

    def n_eponym(self, special=True):
        if special and self.r.random() < 0.35:
            return self.n_special("eponym")
        return self.d.n(self.r.choice(EPONYMS), "eponym")

    def n_cjkword(self):
        lst = [s for s in self.w.specials if s[3] == "word_name" and s[1] == self.lang]
        if not lst:
            return self.n_word()
        s = self.r.choice(lst)
        sent = CJK_WORDS[s[0]]
        i = sent.index(s[0])
        return self.d.t(sent[:i]).n(s[0], "word_name").t(sent[i + len(s[0]):])

    def n_nonmember(self):
        r = self.r
        return self.d.n(r.choice(NONMEMBER_FIRST) + " " + r.choice(NONMEMBER_LAST), "non_member_name")

    def n_nmhandle(self):
        return self.d.n(self.r.choice(NMHANDLES), "non_member_handle")

    # filler ----------------------------------------------------------------------------
    def fill(self):
        r = self.r
        s = r.choice(self.L["fill"])
        x = r.random()
        words = s.split(" ")
        if x < 0.12 and len(words) > 1:
            i = r.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha():
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            s = " ".join(words)
        elif x < 0.18:
            s = s.upper()
        elif x < 0.24:
            s = s.lower()
        return self.d.t(s)


# ---------------------------------------------------------------------------------------
# genres
# ---------------------------------------------------------------------------------------
TITLES = {"en": ["What we learned moving 40 services to IPv6", "Why the old tools still win",
                 "A year of mentoring, in numbers", "Notes on shipping accessible images"],
          "de": ["Was wir beim Umzug auf IPv6 gelernt haben", "Ein Jahr Mentoring"],
          "fr": ["Ce que nous avons appris en migrant vers IPv6", "Un an de mentorat"],
          "es": ["Lo que aprendimos migrando a IPv6", "Un año de mentoría"],
          "ru": ["Что мы узнали при переходе на IPv6"], "ja": ["IPv6移行で学んだこと"],
          "zh": ["迁移到IPv6的一些经验"], "ko": ["IPv6 전환에서 배운 점"]}
HDR = {"en": ("From:", "Sent:", "To:", "Cc:", "Subject:"), "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
       "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"), "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
       "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"), "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
       "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"), "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"),
       "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"), "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:")}


GLUE = {"zh": "，谢谢", "ja": "までお願いします", "ko": "으로 연락 주세요", "th": "ได้เลยครับ",
        "ru": "—пишите", "uk": "—пишіть", "ar": "شكراً", "he": "בבקשה"}


def sep(c):
    return c.d.t(c.r.choice(["\n", "\n\n", " ", "\n- ", " · ", "  \n"]))


def extra(c, k=None):
    """a few assorted lines so every record carries several types and hard negatives."""
    r, d = c.r, c.d
    for _ in range(k if k is not None else r.randint(1, 3)):
        sep(c)
        x = r.randrange(24)
        if x == 0:
            if c.lang in GLUE and r.random() < 0.5:          # glued to non-Latin script
                d.t(c.L["tel"]); c.phone(); d.t(GLUE[c.lang])
            else:
                d.t(c.L["tel"] + ": "); c.phone()
        elif x == 1:
            if c.lang in GLUE and r.random() < 0.6:
                d.t(c.L["mail"]); c.email(c.m(), style=r.choice([0.0, 0.0, 0.9])); d.t(GLUE[c.lang])
            else:
                d.t(c.L["mail"] + ": "); c.email(c.m())
        elif x == 2:
            d.t("IP "); c.ip4(); d.t(r.choice([" (", ", "])); c.n_ip4(); d.t(r.choice([")", ""]))
        elif x == 3:
            d.t("IPv6: "); c.ip6(); d.t(r.choice([" / ", "; gateway "])); c.n_ip6()
        elif x == 4:
            c.n_order()
        elif x == 5:
            c.n_tracking()
        elif x == 6:
            d.t(c.L["date"] + " "); c.n_date(); d.t(", "); c.n_time()
        elif x == 7:
            d.t(c.L["price"] + " "); c.n_price()
        elif x == 8:
            c.n_version(); d.t(" / "); c.n_ip4("version")
        elif x == 9:
            c.n_word()
        elif x == 10:
            d.t("cc "); c.handle(); d.t(" "); c.n_nmhandle()
        elif x == 11:
            d.t("→ "); c.url(); d.t(r.choice([" ", " | "])); c.n_url()
        elif x == 12:
            d.t(r.choice(["e.g. ", "z. B. ", "ex. ", "(placeholder) "])); c.n_example()
        elif x == 13:
            c.n_isbn()
        elif x == 14:
            c.n_patent()
        elif x == 15:
            c.n_ticket()
        elif x == 16:
            d.t("MAC/IP: "); c.n_mac(); d.t(" → "); c.ip4()
        elif x == 17:
            d.t("IBAN "); c.iban(); d.t(" (≠ "); c.n_iban(); d.t(")")
        elif x == 18:
            d.t("card "); c.card(); d.t(r.choice([" / declined: ", "; old: "])); c.n_card()
        elif x == 19:
            d.t("SSN "); c.ssn(); d.t(" (rejected: "); c.n_ssn(); d.t(")")
        elif x == 20:
            d.t("📍 "); c.n_place()
        elif x == 21:
            d.t("@ "); c.n_company()
        elif x == 22:
            d.t("re: "); c.n_eponym()
        else:
            if c.lang in ("zh", "ko"):
                c.n_cjkword()
            else:
                c.n_nonmember(); d.t(r.choice([" (not on the platform)", " (guest)", ""]))
    return d


def g_article(c):
    d, L, r = c.d, c.L, c.r
    a1, a2, q = c.ms(3)
    d.t(r.choice(["# ", "## ", "**", ""]) + r.choice(TITLES.get(c.lang, TITLES["en"])) + "\n\n")
    d.f("_" + L["by"] + "_", P=c.P_(a1))
    if r.random() < 0.5:
        d.t(r.choice([" & ", " and ", ", "])); c.person(a2)
    d.t(" · "); c.n_date(); d.t(" · "); c.handle(a1); d.t("\n\n")
    c.fill(); d.t(" ")
    d.t("When "); c.person(q, poss=r.random() < 0.5); d.t(r.choice([" team ran the ", " benchmark compared the "]))
    c.n_eponym(); d.t(" against a naïve baseline[^1], the gap was smaller than expected. ")
    d.t("The edge nodes (e.g. "); c.ip4(); d.t(", "); c.ip6(); d.t(") answered faster than the lab box at ")
    c.n_ip4(); d.t(".\n\n")
    if r.random() < 0.5:
        d.t("> \""); c.fill(); d.t("\" — "); c.person(q); d.t("[^2]\n\n")
    d.t("---\n[^1]: See "); c.n_url("url_paper"); d.t(" and "); c.n_url("url_docs"); d.t(".\n")
    if r.random() < 0.6:
        d.t("[^4]: Cf. "); c.n_patent(); d.t(" and "); c.n_isbn(); d.t(".\n")
    d.t("[^2]: Interview with "); c.person(q); d.t(", "); c.n_date(); d.t(". " + L["contact"] + ": ")
    c.email(q); d.t(r.choice([".", "", " "]))
    d.t("\n[^3]: Slides: "); c.url(a1); d.t(r.choice([".", "", " "]))
    d.t("\n\n" + r.choice(["Follow ", "Subscribe: ", "More from "])); c.url(a1); d.t(" · "); c.n_url("url_company")
    extra(c, r.randint(0, 2))


def g_newsletter(c):
    d, L, r = c.d, c.L, c.r
    fr_, to, cc = c.ms(3)
    H = HDR.get(c.lang, HDR["en"])
    d.t(r.choice(["FYI, worth reading 👇\n\n", "Fwd — ", "", "---------- Forwarded message ---------\n"]))
    d.t(H[0] + " "); c.person(fr_); d.t(" <"); c.email(fr_, style=0.0); d.t(">\n")
    d.t(H[1] + " "); c.n_date(); d.t(" "); c.n_time(); d.t("\n")
    d.t(H[2] + " "); c.person(to); d.t(" <"); c.email(to, style=0.0); d.t(">; ")
    c.email(role=True, style=0.0); d.t("\n")
    if r.random() < 0.6:
        d.t(H[3] + " "); c.person(cc); d.t("; "); c.n_example(mail=True); d.t("\n")
    d.t(H[4] + " " + r.choice(["Newsletter", "Monthly digest", "Update", "Rundbrief"]) + " #" + str(r.randint(10, 300)) + "\n\n")
    c.greet(to); d.t("\n\n"); c.fill(); d.t(" ")
    d.f(L["welcome"], P=c.P_()); d.t("\n")
    d.t("• " + r.choice(["Event", "Workshop", "Meetup"]) + " "); c.n_date(); d.t(", "); c.n_time(); d.t(" — tickets: "); c.n_url("url_ticket"); d.t("\n")
    d.t("• Survey: "); c.n_url("url_form"); d.t("\n")
    d.t("• " + L["tel"] + " "); c.phone(); d.t(" / fax "); c.phone(); d.t("\n\n")
    d.t(L["bye"] + "\n"); c.person(fr_); d.t("\n"); c.url(fr_); d.t("\n")
    d.t(r.choice(["Unsubscribe: ", "Abmelden: ", "Manage preferences: "])); c.n_example(mail=False); d.t("\n")
    if r.random() < 0.4:
        d.t(r.choice(["Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone"]))


def g_csv(c):
    d, r = c.d, c.r
    tsv = r.random() < 0.35
    s = "\t" if tsv else r.choice([",", ";"])
    cols = r.sample(["email", "phone", "city", "ticket", "ip", "iban", "profile", "order", "ssn", "joined"], r.randint(3, 5))
    head = r.choice(["Export from our RSVP sheet (sorry for the mess):\n", "Pasting the raw export here:\n```\n", "CSV:\n", ""])
    d.t(head)
    d.t(s.join(["name"] + cols) + "\n")
    for _ in range(r.randint(2, 5)):
        m = c.m()
        q = (not tsv) and r.random() < 0.3
        if q:
            d.t('"'); c.person(m); d.t('"')
        else:
            c.person(m)
        for col in cols:
            d.t(s)
            if col == "email":
                c.d.g(c.address(m), "EMAIL")
            elif col == "phone":
                c.phone()
            elif col == "city":
                if r.random() < 0.5:
                    d.t('"'); c.n_place(); d.t('"')
                else:
                    d.t(r.choice(["Berlin", "Lagos", "Pune", "Osaka", "Lyon", "Recife"]))
            elif col == "ticket":
                c.d.n("%s-%s" % (r.randint(2019, 2026), c.G.digits(6)), "ticket_number")
            elif col == "ip":
                if r.random() < 0.7:
                    c.d.g(c.G.ip4(), "IPV4")
                else:
                    c.n_ip4(r.choice(["private", "documentation", "loopback"]))
            elif col == "iban":
                c.iban() if r.random() < 0.8 else c.n_iban()
            elif col == "profile":
                c.url(m) if r.random() < 0.8 else c.n_example(mail=False)
            elif col == "order":
                c.d.n("%s %s %s" % (c.G.digits(3), c.G.digits(3), c.G.digits(4)), "order_number")
            elif col == "ssn":
                c.ssn() if r.random() < 0.8 else c.n_ssn()
            elif col == "joined":
                c.n_date()
        d.t("\n")
    d.t("```\n" if head.endswith("```\n") else r.choice(["", "(full file on request)\n"]))
    m = c.m()
    c.greet(m, "thx"); d.t(" ")
    extra(c, r.randint(0, 2))


def g_json(c):
    d, r = c.d, c.r
    m = c.m()
    fence = r.random() < 0.6
    d.t(r.choice(["Our webhook sends this payload, is that normal?\n", "Debugging the export, got:\n", "Found this in the logs 😬\n"]))
    if fence:
        d.t("```json\n")
    ind = "  " if r.random() < 0.7 else ""
    nl = "\n" if ind else " "
    d.t("{" + nl + ind + '"author": "'); c.person(m); d.t('",' + nl)
    d.t(ind + '"mention": "'); c.handle(m); d.t('",' + nl)
    d.t(ind + '"contact": {"email": "'); c.d.g(c.address(m), "EMAIL"); d.t('", "phone": "'); c.phone(); d.t('"},' + nl)
    d.t(ind + '"last_login_ip": "'); c.d.g(c.G.ip4(), "IPV4"); d.t('",' + nl)
    d.t(ind + '"gateway": "'); c.n_ip4(r.choice(["private", "link_local", "reserved"])); d.t('",' + nl)
    if r.random() < 0.6:
        d.t(ind + '"ipv6": "'); c.d.g(c.G.ip6(), "IPV6"); d.t('",' + nl)
    if r.random() < 0.5:
        d.t(ind + '"ipv6_link": "'); c.n_ip6(); d.t('", "mac": "'); c.d.n(":".join("%02x" % r.randint(0, 255) for _ in range(6)), "mac_address"); d.t('",' + nl)
    d.t(ind + '"firmware_version": "'); c.d.n("%d.%d.%d.%d" % (r.randint(2, 9), r.randint(0, 9), r.randint(0, 9), r.randint(10, 99)), "ipv4_version"); d.t('",' + nl)
    d.t(ind + '"profile_url": "'); c.url(m); d.t('",' + nl)
    if r.random() < 0.5:
        d.t(ind + '"payout": {"iban": "'); c.iban(); d.t('", "card": "'); c.card(); d.t('"},' + nl)
    else:
        d.t(ind + '"order_id": "'); c.d.n(c.G.digits(3) + "-" + c.G.digits(7) + "-" + c.G.digits(7), "order_number"); d.t('",' + nl)
    d.t(ind + '"created_at": "'); c.d.n("%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "date"); d.t('"' + nl + "}\n")
    if fence:
        d.t("```\n")
    c.fill()
    extra(c, r.randint(0, 1))


def g_cv(c):
    d, L, r = c.d, c.L, c.r
    m, ref1, ref2 = c.ms(3)
    lay = r.randrange(4)
    if c.lang == "ja" and r.random() < 0.7:
        lay = 3
    if lay == 0:
        c.person(m, variants=False) if r.random() < 0.5 else d.g(m["name"].upper() if norm(m["name"].upper()) == norm(m["name"]) else m["name"], "PERSON")
        d.t("\n" + r.choice(["Senior Data Engineer", "Product Designer", "Nurse Practitioner", "Logistics Lead"]) + "\n")
        c.phone(); d.t(" | "); c.email(m, style=0.0); d.t(" | "); c.url(m); d.t("\n\n")
        d.t("EXPERIENCE\n")
        d.t("2019–2024  "); c.n_company(); d.t(" — led migration, saved "); c.n_price(); d.t("/yr\n")
        d.t("2015–2019  Northwind Logistics — on-call for 10.x and "); c.n_ip4("private"); d.t(" ranges\n\n")
        d.t("SKILLS: SQL, "); c.n_eponym(); d.t(", Python " ); c.n_version(); d.t("\n\nREFERENCES\n")
        c.person(ref1); d.t(", "); c.email(ref1); d.t("\n"); c.person(ref2); d.t(" – "); c.phone(); d.t("\n")
    elif lay == 1:
        d.t("👤 "); c.person(m); d.t(" | 📧 "); c.email(m); d.t(" | ☎ "); c.phone(); d.t(" | 🔗 "); c.url(m)
        d.t("\n" + "─" * r.randint(8, 30) + "\n")
        d.t("Education | "); c.n_date(); d.t(" | Thesis on the "); c.n_eponym(); d.t("\n")
        d.t("Publications | "); c.n_isbn(); d.t(" | "); c.n_url("url_paper"); d.t("\n")
        d.t("Patents | "); c.n_patent(); d.t("\n")
        d.t("Referees | "); c.person(ref1, at=r.random() < 0.3); d.t(" ("); c.url(ref1); d.t(")\n")
    elif lay == 2:
        d.t("CURRICULUM VITAE\n\n" + L["contact"] + "\n")
        d.t("Name: "); c.person(m); d.t("\n")
        d.t(r.choice(["Date of birth: ", "Geburtsdatum: ", "Date de naissance : "])); c.n_date(); d.t("\n")
        d.t(L["tel"] + ": "); c.phone(); d.t("\n" + L["mail"] + ": "); c.email(m); d.t("\n")
        d.t("IBAN (for travel reimbursement): "); c.iban(r.choice(["DE", "FR", "NL", "ES", "IT", "AT", "BE", "PT"])); d.t("\n")
        if r.random() < 0.4:
            d.t("US SSN (for I-9 only): "); c.ssn(); d.t("\n")
        d.t("LinkedIn: "); c.url(m); d.t("\n\n")
        d.t("Work experience\n* "); c.n_date(); d.t(" – present: "); c.n_company(); d.t("\n* "); c.fill(); d.t("\n")
        d.t("References available from "); c.person(ref1); d.t(" ("); c.email(ref1); d.t(")")
    else:
        d.t("履歴書\n氏名："); c.person(m); d.t("\n")
        d.t("生年月日："); c.n_date(); d.t("\n電話："); c.phone(); d.t("\nメール："); c.email(m, style=r.choice([0.0, 0.8]))
        d.t("\nGitHub："); c.url(m); d.t("\n\n学歴・職歴\n"); c.n_date(); d.t("　"); c.n_company(); d.t(" 入社\n")
        d.t("推薦者："); c.pname(ref1); d.t("（"); c.phone(); d.t("）\n")
    extra(c, r.randint(0, 2))


EMO = ["🚀", "💼", "📍", "📫", "🔗", "☎️", "🎓", "🌱", "✨", "🧠", "🗣️", "💬", "👉", "✅"]


def g_about(c):
    d, L, r = c.d, c.L, c.r
    m = c.m()
    d.t(r.choice(["About\n", "ABOUT ME\n", "Über mich\n", "À propos\n", "", "自己紹介\n", "关于我\n"]))
    lines = r.sample(range(9), r.randint(5, 8))
    for i in lines:
        d.t(r.choice(EMO) + " ")
        if i == 0:
            d.t("Hi, I'm "); c.person(m); d.t(" (she/her)")
        elif i == 1:
            d.t("Based in "); c.n_place(); d.t(r.choice([", open to remote", " 🌍", ""]))
        elif i == 2:
            d.t(L["mail"] + ": "); c.email(m)
        elif i == 3:
            if c.lang in ("zh", "ja", "ko"):
                d.t({"zh": "主页", "ja": "ポートフォリオ", "ko": "포트폴리오"}[c.lang]); c.url(m)
                d.t({"zh": "（欢迎关注）", "ja": "もどうぞ", "ko": "도 봐 주세요"}[c.lang])
            else:
                c.url(m); d.t(r.choice(["", " ← portfolio", " (DMs open)"]))
        elif i == 4:
            d.t(L["tel"] + "/WhatsApp: "); c.phone()
        elif i == 5:
            d.t("Ex-"); c.n_company(); d.t(", now building tools for "); c.n_eponym(); d.t(" fans")
        elif i == 6:
            d.t("Ping me "); c.handle(m); d.t(" or book: "); c.url(m)
        elif i == 7:
            c.n_word()
        else:
            d.t("#hiring #opentowork #"); d.t(r.choice(["accessibility", "datascience", "logistics", "healthtech"]))
        d.t("\n")
    if r.random() < 0.3:
        d.t("(old profile: "); c.n_example(mail=False); d.t(")")


def g_announce(c):
    d, L, r = c.d, c.L, c.r
    a, b, boss = c.ms(3)
    k = r.randrange(3)
    d.t(r.choice(["📣 ", "🎉 ", "**", ""]))
    if k == 0:
        d.f(L["cong"], P=c.P_(a), R=r.choice(ROLES.get(c.lang, ROLES["en"])))
    elif k == 1:
        d.f(L["welcome"], P=c.P_(a))
    else:
        d.f(L["retire"], P=c.P_(a), Y=r.randint(12, 41))
    d.t("\n\n")
    c.fill(); d.t(" ")
    if c.lang == "en" or r.random() < 0.3:
        d.t("Before joining us, "); c.person(a); d.t(" spent nine years at "); c.n_company(); d.t(" in "); c.n_place(); d.t(". ")
    d.t(r.choice(["Reporting line: ", "Manager: ", "→ "])); c.person(boss); d.t(" ("); c.handle(boss); d.t(").\n")
    if k == 2:
        d.t("Sign the farewell card: "); c.n_url("url_form"); d.t(" · party "); c.n_date(); d.t(" "); c.n_time(); d.t("\n")
        d.t("Send wishes to "); c.email(a); d.t(r.choice([".", "!", ""])); d.t("\n")
    else:
        d.t("Open roles on the team: "); c.n_url("url_careers"); d.t("\n")
    if r.random() < 0.6:
        d.t(r.choice(["", "\n"])); c.greet(b, "thx"); d.t(" " + r.choice(["for organising 🙏", "🙌", ""]))
    d.t("\n#" + r.choice(["promotion", "newjob", "retirement", "teamnews"]) + " ")
    d.t("cc "); c.n_nmhandle()


def g_tribute(c):
    d, L, r = c.d, c.L, c.r
    a, b, fam = c.ms(3)
    d.t(r.choice(["🕯️ ", "", "✝ ", "— "]))
    d.f(L["rip"], P=c.P_(a)); d.t(" (" + str(r.randint(1940, 1975)) + "–" + str(r.randint(2023, 2026)) + ")\n\n")
    d.t("It is with great sadness that we share that "); c.person(a); d.t(" passed away on "); c.n_date(); d.t(". ")
    d.t("Survived by "); c.n_nonmember(); d.t(" and "); c.n_nonmember(); d.t(". ")
    d.t("Colleagues remember "); c.person(a, poss=True); d.t(" patience — and the "); c.n_eponym(); d.t(" lectures.\n")
    d.t("Memorial: "); c.n_date(); d.t(", "); c.n_time(); d.t(", "); c.n_place(); d.t(". ")
    d.t("Condolences to "); c.person(b); d.t(" ("); c.email(b); d.t(", "); c.phone(); d.t(").\n")
    d.t("In lieu of flowers, donations: IBAN "); c.iban(); d.t(r.choice([" (Kontoinhaber: ", " (holder: "])); c.person(fam); d.t(")\n")
    if r.random() < 0.5:
        d.t("Livestream: "); c.n_url("url_ticket"); d.t("\n")
    d.t("Profile kept as memorial: "); c.url(a); d.t(r.choice(["", ".", " 🙏"]))


def g_notice(c):
    d, L, r = c.d, c.L, c.r
    vs = c.ms(r.randint(2, 4))
    d.t(r.choice(["NOTICE OF PROPOSED SETTLEMENT\n", "⚠️ " + L["fraud"] + "\n", "COMPLIANCE ALERT — INTERNAL\n"]))
    d.t("Case No. "); d.n("%d:%02d-cv-%05d" % (r.randint(1, 4), r.randint(19, 25), r.randint(100, 99999)), "ticket_number"); d.t(" · ")
    d.t("filed "); c.n_date(); d.t("\n\n")
    d.t("Between "); c.n_date(); d.t(" and "); c.n_date(); d.t(", accounts logging in from "); c.ip4(); d.t(" and "); c.ip6()
    d.t(" initiated transfers to IBAN "); c.iban(); d.t(". " + L["victims"] + ": ")
    for i, v in enumerate(vs):
        if i:
            d.t(r.choice([", ", "; ", " and "]))
        c.person(v)
    d.t(".\n")
    d.t("Compromised cards: "); c.card(); d.t(r.choice([", ", " and "])); c.card(); d.t(". Rejected test numbers such as "); c.n_card(); d.t(" were not used.\n")
    d.t("SSNs exposed: "); c.ssn(); d.t(", "); c.ssn(); d.t("; placeholder values ("); c.n_ssn(); d.t(", "); c.n_ssn(); d.t(") were filtered.\n")
    d.t("Internal hosts "); c.n_ip4(); d.t(", "); c.n_ip6(); d.t(" and "); c.n_ip4(); d.t(" were not affected.\n")
    if r.random() < 0.5:
        d.t("A second account, IBAN "); c.n_iban(); d.t(", failed validation and was never credited.\n")
    d.t("Claims: "); c.n_url("url_form"); d.t(" or call "); c.phone(); d.t(". ")
    d.t(r.choice(["Counsel: ", "Contact: "])); c.email(role=True); d.t("\n")
    if r.random() < 0.5:
        d.t("Note: the fraudsters impersonated "); c.n_company(); d.t(" and used fake addresses like "); c.n_example(mail=True); d.t(".")


def g_lostfound(c):
    d, L, r = c.d, c.L, c.r
    m, f = c.ms(2)
    lost = r.random() < 0.5
    d.t(r.choice(["🔎 ", "‼️ ", ""]) + (L["lost"] if lost else L["found"]) + r.choice([": ", " — ", "!! "]))
    d.t(r.choice(["wallet", "laptop bag", "badge", "AirPods case", "umbrella", "keys"]) + r.choice([" near Gate B12", " at the conference hall", " on the S-Bahn", " in room 4.17"]))
    d.t(", "); c.n_date(); d.t(" ~"); c.n_time(); d.t(".\n")
    if lost:
        d.t("Reward "); c.n_price(); d.t(". Please call "); c.phone(); d.t(" or DM "); c.handle(m); d.t(".\n")
    else:
        d.t("The badge says "); c.person(m); d.t(r.choice([" — is that you?", ". Anyone know them?"])); d.t(" Tagging "); c.person(m, at=True); d.t("\n")
        d.t("I'm at the front desk till "); c.n_time(); d.t(", or "); c.email(f); d.t("\n")
    if r.random() < 0.5:
        d.t("Serial on the laptop: "); d.n("SN " + c.G.digits(4) + "-" + c.G.digits(4) + "-" + c.G.digits(4), "order_number"); d.t(" (not a phone number 🙃)\n")
    if c.lang in GLUE and r.random() < 0.6:
        d.t(L["tel"]); c.phone(); d.t(GLUE[c.lang] + "\n")
    c.greet(f, "thx"); d.t(" " + r.choice(["for sharing!", "🙏", ""]))


def g_carpool(c):
    d, L, r = c.d, c.L, c.r
    m, p = c.ms(2)
    route = r.choice(["Munich → Stuttgart", "Charlotte → Raleigh", "Lyon → Genève", "Pune → Mumbai",
                      "Utrecht → Amsterdam", "Osaka → Kyoto", "Madrid → Valencia", "Warszawa → Łódź"])
    d.t("🚗 " + L["ride"] + " " + route + "\n")
    d.t(L["date"] + " "); c.n_date(); d.t(" · " + L["time"] + " "); c.n_time(); d.t(" · ")
    d.t(L["seats"].replace("{N}", str(r.randint(1, 3)))); d.t(" · "); c.n_price(); d.t(r.choice([" p.P.", " each", ""])); d.t("\n")
    d.t("Driver: "); c.person(m); d.t(" "); c.phone(); d.t("\n")
    if c.lang in GLUE and r.random() < 0.6:
        d.t(L["mail"]); c.email(m, style=r.choice([0.0, 0.0, 0.9])); d.t(GLUE[c.lang] + "\n")
    d.t("Pickup via "); c.n_place(); d.t(r.choice([" (Park&Ride)", "", " exit 12"])); d.t("\n")
    if r.random() < 0.5:
        d.t("Already in: "); c.person(p); d.t(" + "); c.handle(); d.t("\n")
    d.t(r.choice(["No smoking, dogs ok 🐕", "Split fuel via IBAN ", "Tolls shared"]))
    if d.buf[-1].endswith("IBAN "):
        c.iban()
    d.t("\n"); c.n_word()


def g_classroom(c):
    d, L, r = c.d, c.L, c.r
    st = c.ms(r.randint(2, 4))
    d.t(L["students"] + r.choice([" 🍎\n", "!\n", " ❤️\n"]))
    for i, s in enumerate(st):
        d.t(r.choice(["⭐ ", "- ", "• ", str(i + 1) + ". "]))
        if c.lang in NOSPACE or c.lang == "th":
            c.pname(s)
        else:
            c.person(s, at=r.random() < 0.15)
        if r.random() < 0.3:
            d.t(" aced the "); c.n_eponym(special=False); d.t(" quiz")
        else:
            d.t(r.choice([" — robotics finals", " won the essay prize", " built a weather station"]))
        d.t("\n")
    d.t("Parents: office hours "); c.n_time(); d.t(", room 2.14. " + L["mail"] + ": "); c.email(c.m())
    d.t("\nClass Wi-Fi printer is "); c.n_ip4("private"); d.t(", not "); c.ip4(); d.t(" (that's the school's public gateway).\n")
    d.t("Reading list: "); c.n_isbn(); d.t(", "); c.n_isbn(); d.t("\n")
    c.greet(st[0], "thx"); d.t(" " + r.choice(["for helping with the slides!", "", "🙌"]))


def g_health(c):
    d, L, r = c.d, c.L, c.r
    dr, pt = c.ms(2)
    d.t(r.choice(["🩺 ", "", "[Reminder] "]) + L["appt"] + ": ")
    d.t(r.choice(["Dr. ", "Dr ", ""])); c.person(dr); d.t(", "); c.n_date(); d.t(" "); c.n_time(); d.t("\n")
    d.t(r.choice(["Reschedule: ", "Booking line: ", L["tel"] + ": "])); c.phone(); d.t(" · Fax "); c.phone(); d.t("\n")
    d.t("Patient portal login from "); c.ip4(); d.t(" flagged; staff VLAN "); c.n_ip4(r.choice(["private", "link_local"])); d.t(".\n")
    if r.random() < 0.5:
        d.t("Infusion pump "); c.n_mac(); d.t(", v6 "); c.n_ip6(); d.t(" (internal only).\n")
    d.t("Co-pay "); c.n_price(); d.t(", card on file "); c.card(); d.t(".\n")
    if r.random() < 0.5:
        d.t("Insurance ID verified (SSN "); c.ssn(); d.t(").\n")
    d.t("Our EHR integration (version "); d.n("%d.%d.%d.%d" % (r.randint(3, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1, 99)), "ipv4_version"); d.t(") now sends reminders.\n")
    d.t("Questions → "); c.email(role=True); d.t(" or "); c.url(dr)
    if r.random() < 0.5:
        d.t("\n"); c.greet(pt, "hi"); d.t(" your results are in the portal, ticket "); c.n_ticket()


def g_crowdfund(c):
    d, L, r = c.d, c.L, c.r
    m, org = c.ms(2)
    d.t(r.choice(["🙏 ", "💛 ", ""]) + L["donate"] + ": " + r.choice(["help rebuild the maker space", "surgery costs", "community kitchen", "school laptops"]) + "\n")
    d.t(L["goal"] + " "); c.n_price(); d.t(" · raised "); c.n_price(); d.t(" · deadline "); c.n_date(); d.t("\n\n")
    d.t("Organised by "); c.person(org); d.t(" for "); c.person(m); d.t(". ")
    c.fill(); d.t("\n")
    d.t("Bank transfer: IBAN "); c.iban(); d.t(r.choice([", BIC ", " / BIC "]) + r.choice(["COBADEFFXXX", "BNPAFRPP", "INGBNL2A"]) + "\n")
    if r.random() < 0.5:
        d.t("⚠️ The IBAN in the first version of this post ("); c.n_iban(); d.t(") had a typo — please use the one above.\n")
    d.t("Reference: "); c.n_order(); d.t("\n")
    d.t("Updates: "); c.url(org); d.t(" · pledge form "); c.n_url("url_form"); d.t("\n")
    if r.random() < 0.5:
        d.t("Please do NOT send card numbers in comments (someone posted "); c.card(); d.t(" 😱).\n")
    d.t("Questions: "); c.email(org); d.t(" / "); c.phone()


def g_shipping(c):
    d, L, r = c.d, c.L, c.r
    m = c.m()
    d.t(r.choice(["📦 ", "🚚 ", ""]) + r.choice(["Shipping update", "Logistics status", "Versandstatus", "Suivi d'expédition"]) + "\n")
    for _ in range(r.randint(2, 4)):
        d.t("- "); c.n_tracking(); d.t(" — " + r.choice(["in transit", "customs", "delivered", "out for delivery"]) + ", ETA "); c.n_date(); d.t("\n")
    d.t(L["order"] + " "); d.n(c.G.digits(3) + "-" + c.G.digits(7) + "-" + c.G.digits(7), "order_number"); d.t(" · weight 12.4 kg · ")
    c.n_price(); d.t("\n")
    d.t("Consignee contact: "); c.person(m); d.t(", "); c.phone(); d.t(", "); c.email(m); d.t("\n")
    d.t("Warehouse scanner API "); c.n_ip4(r.choice(["private", "documentation"])); d.t(" / public "); c.ip4(); d.t("\n")
    if r.random() < 0.6:
        d.t("Handheld "); c.n_mac(); d.t(" on "); c.n_ip6(); d.t(", uplink "); c.ip6(); d.t("\n")
    if r.random() < 0.5:
        d.t("Customs ref "); d.n("MRN " + c.G.digits(2) + "DE" + c.G.digits(14), "ticket_number"); d.t("\n")
    d.t("Carrier portal: "); c.n_url("url_company"); d.t("\n"); c.greet(c.m(), "thx")


def g_alttext(c):
    d, L, r = c.d, c.L, c.r
    a, b, ph = c.ms(3)
    d.t(r.choice(["[Image] ", "🖼️ ", "", "📷 "]))
    c.fill(); d.t(" ")
    d.t("\n" + L["alt"] + " ")
    d.t(r.choice(["Photo of ", "Two people on stage: ", "Screenshot showing "]))
    c.person(a); d.t(" and "); c.person(b); d.t(r.choice([" holding a sign that reads “", " next to a slide titled '"]))
    k = r.randrange(3)
    if k == 0:
        c.n_eponym()
    elif k == 1:
        c.n_word()
    else:
        d.t("Join us @ "); c.n_company()
    d.t(r.choice(["”.", "'.", "\"."]))
    d.t(" The slide footer shows "); c.url(a); d.t(" and "); c.email(a); d.t(".\n")
    d.t("(alt text ✍️ by "); c.handle(ph); d.t(r.choice([", photo © ", " · 📸 "])); c.person(ph); d.t(")\n")
    d.t("#a11y #alttext Screen reader tip: the "); c.n_eponym(); d.t(" demo works with NVDA "); c.n_version()
    d.t("\nGuide: "); c.n_url("url_docs")


SRT_LINES = {
    "en": ["Hi {G}, thanks for coming.", "Thanks, {G}!", "Call me at {PH}.", "Send it to {E}."],
    "de": ["Hallo {G}, danke fürs Kommen.", "Danke, {G}!", "Ruf mich an: {PH}.", "Schick es an {E}."],
    "fr": ["Bonjour {G}, merci d'être venue.", "Merci {G} !", "Appelle-moi au {PH}.", "Envoie-le à {E}."],
    "es": ["Hola {G}, gracias por venir.", "¡Gracias, {G}!", "Llámame al {PH}.", "Mándalo a {E}."],
    "it": ["Ciao {G}, grazie di essere qui.", "Grazie {G}!", "Chiamami al {PH}.", "Mandalo a {E}."],
    "pt": ["Olá {G}, obrigado por vir.", "Obrigado, {G}!", "Me liga no {PH}.", "Manda para {E}."],
    "ru": ["Привет, {G}! Спасибо, что пришла.", "Спасибо, {G}!", "Позвони мне: {PH}.", "Отправь на {E}."],
    "ja": ["{G}さん、来てくれてありがとう。", "{G}さん、ありがとう！", "電話は{PH}です。", "{E}に送ってください。"],
    "zh": ["{G}，谢谢你来。", "谢谢{G}！", "打我电话{PH}。", "发到{E}就行。"],
    "ko": ["{G} 님, 와 주셔서 감사합니다.", "{G} 님, 감사합니다!", "{PH}로 전화 주세요.", "{E}로 보내 주세요."],
    "ar": ["مرحباً {G}، شكراً لحضورك.", "شكراً يا {G}!", "اتصل بي على {PH}.", "أرسلها إلى {E}."],
    "he": ["היי {G}, תודה שבאת.", "תודה, {G}!", "תתקשר אליי ל-{PH}.", "שלח ל-{E}."],
    "hi": ["नमस्ते {G}, आने के लिए धन्यवाद।", "धन्यवाद, {G}!", "मुझे {PH} पर कॉल करो।", "इसे {E} पर भेजो।"],
    "tr": ["Merhaba {G}, geldiğin için sağ ol.", "Teşekkürler {G}!", "Beni {PH} numarasından ara.", "{E} adresine gönder."],
    "el": ["Γεια σου {G}, ευχαριστώ που ήρθες.", "Ευχαριστώ, {G}!", "Πάρε με στο {PH}.", "Στείλ' το στο {E}."],
}


def g_subtitles(c):
    d, L, r = c.d, c.L, c.r
    src = r.choice(sorted(SRT_LINES))
    tgt = c.lang if c.lang in SRT_LINES else "en"
    d.t(r.choice(["Subtitles for our demo video (" + src + " → " + tgt + "), please proofread:\n\n",
                  "Übersetzte Untertitel:\n\n", "SRT draft:\n```\n", ""]))
    t0 = r.randint(1, 50)
    for i in range(r.randint(3, 5)):
        m = c.m()
        d.t("%d\n" % (i + 1))
        a, b = t0 + i * 4, t0 + i * 4 + 3
        d.n("00:%02d:%02d,%03d" % (a // 60, a % 60, r.randint(0, 999)), "time"); d.t(" --> ")
        d.n("00:%02d:%02d,%03d" % (b // 60, b % 60, r.randint(0, 999)), "time"); d.t("\n")
        line = r.choice(SRT_LINES[tgt])
        d.t(r.choice(["", "- ", "— "]))
        G = m["given"]
        d.f(line, G=lambda: d.g(G, "PERSON"), PH=lambda: c.phone(), E=lambda: c.email(m, style=0.0))
        if r.random() < 0.3:
            d.t("\n<i>[" + r.choice(["music", "Musik", "musique", "音楽"]) + "]</i>")
        d.t("\n\n")
    d.t(r.choice(["```\n", ""]))
    d.t("Translator: "); c.person(c.m()); d.t(" · " + L["ver"] + " "); d.n("%d.%d" % (r.randint(1, 4), r.randint(0, 9)), "version")
    d.t("\n"); c.greet(c.m(), "thx")


GENRES = {"article": g_article, "newsletter": g_newsletter, "csv": g_csv, "json": g_json, "cv": g_cv,
          "about": g_about, "announce": g_announce, "tribute": g_tribute, "notice": g_notice,
          "lostfound": g_lostfound, "carpool": g_carpool, "classroom": g_classroom, "health": g_health,
          "crowdfund": g_crowdfund, "shipping": g_shipping, "alttext": g_alttext, "subtitles": g_subtitles}


# ---------------------------------------------------------------------------------------
# world, generation, self-check
# ---------------------------------------------------------------------------------------
class World:
    def __init__(self, members, rng):
        self.gen = Gen(rng)
        self.by_loc = {}
        special_names = {s[0] for s in SPECIALS}
        present = {m["name"] for m in members if m["special"] is not None}
        self.specials = [s for s in SPECIALS if s[3] is not None and s[0] in present]
        for m in members:
            if m["special"] is None and m["name"] not in special_names and m["user"] != "u1":
                self.by_loc.setdefault(m["loc"], []).append(m)
        for loc in list(POOLS):
            if loc not in self.by_loc:          # tiny directories: borrow any member
                self.by_loc[loc] = [m for ms in self.by_loc.values() for m in ms][:50] or \
                    [m for m in members if m["special"] is None][:1] or members[:1]


def gen_corpus(members, nrec, rng):
    w = World(members, rng)
    langs = LANGS
    lw = [LANG_WEIGHT.get(l, 2) for l in langs]
    kinds = sorted(GENRES)
    out = []
    for i in range(nrec):
        lang = rng.choices(langs, lw)[0]
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        c = Ctx(w, lang, rng)
        GENRES[kind](c)
        d = c.d
        out.append({"id": "b23-%06d" % (i + 1), "lang": lang, "kind": kind, "text": d.text(),
                    "spans": [{"start": s, "end": e, "type": t} for s, e, t in sorted(d.spans)],
                    "negatives": [{"start": s, "end": e, "category": t} for s, e, t in sorted(d.negs)]})
    return out


PROFILE_RE = re.compile(
    r"^(?:https?://)?(?:(?:www|[a-z]{2})\.)?(?:linkedin\.com/in/[\w-]+/?(?:details/skills/)?|"
    r"github\.com/\w+|(?:x|twitter)\.com/\w+/?|medium\.com/@\w+(?:/about)?|"
    r"bsky\.app/profile/[\w-]+\.bsky\.social|[a-z0-9]+\.substack\.com(?:/about)?|"
    r"calendly\.com/\w+(?:/[\w-]+)?|askfirst\.example/u/\w+)(?:[?#][^\s)]*)?$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
EXAMPLE_DOM = re.compile(r"(?i)(?:[@/.]|^)(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:example|test|invalid))(?:[/?#:]|$)")


def deobf(s):
    for k, v in OBF_DEOBF.items():
        s = s.replace(k, v)
    return s.replace(" ", "")


def check(members, corpus):
    errs = []
    handles = {m["handle"] for m in members}
    full_tok = set()
    first_tok = set()
    maxn = 1
    cjk = set()
    given = set()
    for m in members:
        given.add(norm(m["given"]))
        if m["loc"] in NOSPACE or m["loc"] == "th":
            cjk.add(m["name"])
            continue
        toks = tuple(norm(t) for t in re.findall(r"\w+", m["name"]))
        toks = tuple(t for t in toks if t)
        full_tok.add(toks)
        first_tok.add(toks[0])
        maxn = max(maxn, len(toks))
    full_norm = {norm(m["name"]) for m in members}
    cjk_first = {n[0] for n in cjk}
    cjk_lens = sorted({len(n) for n in cjk})
    hre = re.compile(r"(?<![\w@./:+-])@(\w+)")

    def gap_ok(g):
        return all(ch.isspace() or ch in "-'’" or unicodedata.category(ch).startswith("M") for ch in g)

    for rec in corpus:
        t = rec["text"]
        n = len(t)
        gold = [(s["start"], s["end"], s["type"]) for s in rec["spans"]]
        negs = [(s["start"], s["end"], s["category"]) for s in rec["negatives"]]
        rid = rec["id"]

        def err(msg):
            if len(errs) < 60:
                errs.append("%s: %s" % (rid, msg))

        for s, e, _ in gold + negs:
            if not (0 <= s < e <= n):
                err("span out of range")
        for a, b in zip(sorted(gold), sorted(gold)[1:]):
            if b[0] < a[1]:
                err("overlapping gold %r %r" % (a, b))
        for ns in negs:
            for g in gold:
                if ns[0] < g[1] and g[0] < ns[1]:
                    err("negative %r overlaps gold %r" % (t[ns[0]:ns[1]], t[g[0]:g[1]]))
        for s, e, ty in gold:
            v = t[s:e]
            ok = True
            if ty == "EMAIL":
                a = deobf(v).lower()
                ok = bool(EMAIL_RE.match(a)) and not EXAMPLE_DOM.search(a)
            elif ty == "PHONE":
                dg = re.sub(r"\D", "", v)
                ok = (re.fullmatch(r"\+?[0-9 \-./()\u00a0]+", v) is not None and 8 <= len(dg) <= 15
                      and (v[0] in "+(" or v[0].isdigit()) and v.replace(NBSP, "").isascii())
            elif ty == "IPV4":
                ok = ip4_global(v)
            elif ty == "IPV6":
                ok = ip6_global(v)
            elif ty == "CREDIT_CARD":
                dg = re.sub(r"[ -]", "", v)
                ok = dg.isdigit() and luhn_ok(dg) and card_brand(dg) is not None
            elif ty == "IBAN":
                ok = iban_ok(v)
            elif ty == "US_SSN":
                ok = ssn_ok(v)
            elif ty == "URL":
                ok = bool(PROFILE_RE.match(v)) and (not EXAMPLE_DOM.search(v) or "askfirst.example/u/" in v)
            elif ty == "HANDLE":
                ok = v.startswith("@") and v[1:] in handles and not (e < n and re.match(r"\w", t[e]))
            elif ty == "PERSON":
                ok = norm(v) in full_norm or norm(v) in given
            if not ok:
                err("invalid %s %r" % (ty, v))
            if ty not in ("PERSON", "HANDLE"):
                if (s > 0 and re.match(r"[A-Za-z0-9]", t[s - 1])) or (e < n and re.match(r"[A-Za-z0-9]", t[e])):
                    err("%s glued to Latin text: %r" % (ty, t[max(0, s - 5):e + 5]))
        for s, e, cat in negs:
            v = t[s:e]
            ok = True
            if cat.startswith("ipv4_") and cat != "ipv4_version":
                try:
                    ipaddress.IPv4Address(v)
                    ok = not ip4_global(v)
                except ValueError:
                    ok = False
            elif cat == "ipv6_nonglobal":
                try:
                    ipaddress.IPv6Address(v)
                    ok = not ip6_global(v)
                except ValueError:
                    ok = False
            elif cat == "luhn_invalid":
                ok = not luhn_ok(re.sub(r"[ -]", "", v))
            elif cat == "iban_bad_check":
                ok = not iban_ok(v)
            elif cat == "ssn_invalid":
                ok = not ssn_ok(v) and re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) is not None
            elif cat == "example_domain":
                ok = bool(EXAMPLE_DOM.search(v))
            elif cat == "non_member_name":
                ok = norm(v) not in full_norm
            elif cat == "non_member_handle":
                ok = v[1:] not in handles
            if not ok:
                err("bad negative %s %r" % (cat, v))

        def covered(s, e, typ=None):
            for gs, ge, gt in gold:
                if gs <= s and e <= ge and (typ is None or gt == typ):
                    return True
            return any(ns <= s and e <= ne for ns, ne, _ in negs)

        # every member full name written anywhere must be labelled or a negative
        toks = [(mm.start(), mm.end(), norm(mm.group())) for mm in re.finditer(r"\w+", t)]
        toks = [x for x in toks if x[2]]
        for i, (s0, e0, w0) in enumerate(toks):
            if w0 not in first_tok:
                continue
            cur = (w0,)
            end = e0
            for j in range(i + 1, min(len(toks), i + maxn + 1)):
                if cur in full_tok and not covered(s0, end):
                    err("unlabelled member name %r" % t[s0:end])
                if not gap_ok(t[toks[j - 1][1]:toks[j][0]]):
                    break
                cur = cur + (toks[j][2],)
                end = toks[j][1]
            else:
                if cur in full_tok and not covered(s0, end):
                    err("unlabelled member name %r" % t[s0:end])
        for i, ch in enumerate(t):
            if ch in cjk_first:
                for L in cjk_lens:
                    sub = t[i:i + L]
                    if len(sub) == L and sub in cjk and not covered(i, i + L, "PERSON"):
                        err("unlabelled CJK/Thai member name %r" % sub)
        for mm in hre.finditer(t):
            if mm.group(1) in handles and not covered(mm.start(), mm.end(), "HANDLE") \
                    and not covered(mm.start(), mm.end()):
                err("unlabelled member handle %r" % mm.group())
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(a.members, random.Random(a.seed * 7919 + 1))
    corpus = gen_corpus(members, a.records, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    types, cats = {}, {}
    for r in corpus:
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in r["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d, languages %d, genres %d" % (
        len(corpus), len(members), len({r["lang"] for r in corpus}), len({r["kind"] for r in corpus})),
        file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())), file=sys.stderr)
    errs = check(members, corpus)
    if errs:
        for e in errs:
            print("SELF-CHECK: " + e, file=sys.stderr)
        sys.exit(1)
    print("self-check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
