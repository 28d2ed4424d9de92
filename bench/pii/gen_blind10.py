#!/usr/bin/env python3
"""gen_blind10.py - an independent, labelled PII test corpus for askfirst (issue 3).

Written BLIND on 2026-11-29 from two sources only: the text of issue 3 (the product's
definition of personal data, its hard negatives and its targets) and bench/pii/score.py (for
the input format).  No other generator, no engine source, no engine run was looked at.

  gen_blind10.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"} per line),
DIR/corpus.jsonl (records {"id","text","spans":[{start,end,type}],"negatives":[{start,end,
category}]}, offsets in code points, end-exclusive) and DIR/gold_as_pred.jsonl (gold spans under
"pii", so that `score.py corpus.jsonl gold_as_pred.jsonl --check` must report 100%).
Python 3 standard library only; deterministic for a seed (no iteration over sets or dicts
whose order depends on hashing).

Coverage.  Text of a professional social network in 23 languages: English (US/UK/AU plus
Indian and Nigerian voices), German, French, Spanish, Portuguese (BR), Italian, Dutch, Polish,
Swedish, Turkish, Indonesian, Swahili, Vietnamese, Russian, Ukrainian, Greek, Arabic, Hebrew,
Hindi (Devanagari), Thai, Chinese, Japanese, Korean (each record carries a "lang" field, which
score.py ignores).  Genres: announcements, comments under posts, profile "about"
sections, job ads, event pages, speaker bios, recommendations, messages made public, Q&A and
help-desk threads, lists of contacts, alumni notes, volunteer calls, IT/security posts,
donation and invoice notes.  Members come from invented pools for ~25 cultures, native-script
names for non-Latin cultures (CJK full names without a space, Thai/Arabic/Hebrew/Hindi/Cyrillic/
Greek with one), so 100,000 members repeat names.  Some members deliberately carry names that are
also firm names (Morgan Stanley, Charles Schwab, Hugo Boss, John Lewis ...), place names
(Charlotte, Florence, Sydney, Austin, Victoria ...), eponyms (Dijkstra, Markov, Kalman, Turing,
Bayes, Nash, Gantt, Pareto ...) or ordinary words (Will, Grace, Rose, Hope, Ruby, Julia; Вера,
Надежда; Ελπίδα, Ειρήνη; أمل, نور; אור, טל; आशा; Umut, Deniz; Neema, Amani; Rosa, Luz ...), so
the PERSON hard negatives are real ones.

Labelling choices (where issue 3 leaves room, what a careful privacy engineer would expect):
  * EMAIL: the address only; mailto:, <>, trailing punctuation outside.  Obfuscated forms
    (`x [at] gmail [dot] com`, `x(at)gmail.com`, `x (at) web (dot) de`) are one span from the
    first character of the local part to the last of the TLD.  Role addresses (jobs@, hr@) are
    EMAIL.  Only real-looking public domains; documentation domains never occur.
  * PHONE: the whole number including a leading `+`, an opening `(` of an area code and a
    `(0)`; a label such as "Tel.:" stays outside.  Only US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES,
    IT, NL, NG numbers (national and international) and bare E.164; no 555-01xx, no UK drama
    ranges.  Separators: space, dash, dot, slash, NBSP.
  * IPV4/IPV6: globally routable addresses only as spans; `:port`, `/cidr` and `[ ]` outside.
    Non-global addresses (private, loopback, link-local, CGNAT, documentation, multicast,
    reserved; IPv6 ULA, link-local, loopback, 2001:db8::/32, multicast) are negatives, as are
    version strings shaped like a routable IPv4 in a version context.
  * URL: only profile links that carry a handle (linkedin.com/in/, github.com/<user>, x.com,
    twitter.com, medium.com/@, bsky.app/profile/, <user>.substack.com, calendly.com/<user>),
    with or without scheme, including a trailing `/` or path/query that is part of the link;
    a closing `.` or `)` outside.  The platform's own profile path is not known from issue 3, so
    none is generated.  The @handle inside medium.com/@x is part of the URL, not a HANDLE.
  * HANDLE: `@handle` of a member, the span includes the `@` (an @-mention is labelled HANDLE,
    not PERSON: one span per mention, never both).
  * PERSON: member names from the directory as written, in any case or without diacritics;
    possessive `Anja Weber's` -> `Anja Weber`; a first name alone only in a greeting or thanks
    ("Thanks, Anja!", "Danke, Anja!", "Спасибо, Вера!", Thai "คุณสมชาย" glued to the honorific);
    Korean, Chinese, Japanese and Vietnamese names are always written in full (family name
    first), and honorifics glued after them (さん, 님, 老师) stay outside the span; a first-name possessive only
    right after the full name was given in the same record.  Names are never inflected (no
    Russian/Greek/Arabic case forms).
  * Hard negatives (category names below) are from issue 3's "not this" column: dates, times,
    prices, order and ticket numbers, ISBNs, versions, patent numbers (PHONE); non-global IPs and
    version strings (IPV4/IPV6); Luhn-invalid card-like runs; IBANs with bad check digits;
    SSN-shaped numbers with area 000/666/9xx, group 00 or serial 0000 (e.g. ITINs);
    company/careers/docs/paper/event/form URLs; firm, place and eponym names and name-words
    not used as names (PERSON).  The whole phrase that a careful reader recognises is the
    negative span (e.g. `Charlotte, NC`, `Dijkstra's algorithm`, `Morgan Stanley`), for words
    the word itself.

--selfcheck re-extracts every span, runs the validators (Luhn + brand prefix, mod-97 + country
length, SSN ranges, ipaddress.is_global, profile-URL shape, directory membership of names and
handles), checks that no span overlaps another or a negative, that PII is not glued to a Latin
letter or digit, that no directory full name occurs unlabelled, and prints counts.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- name pools
# culture: (script, firsts, lasts, glue)   names "native|roman"; glue "" joins CJK names.
CULTURES = {
    "en": ("latin", "Will Grace Rose Hope Joy Mark Bill Summer Dawn Julia Ruby Ada Amber Iris Hunter "
           "Charlotte Florence Sydney Austin Georgia Victoria Adelaide Regina Morgan Lincoln Jackson "
           "Emily James Olivia Liam Sophia Noah Ethan Chloe Megan Ryan Brandon Kayla Tyler Madison "
           "Harriet Oliver Amelia George Imogen Callum Niamh Declan Siobhan Rhys Bronwyn Lachlan",
           "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Hughes "
           "Clarke Harris Mitchell Campbell Kelly Murphy O'Brien McAllister Fitzgerald Henderson "
           "Dijkstra Markov Kalman Turing Bayes Nash Gantt Pareto Fourier Gauss Stanley Lewis Cook "
           "Baker Ford Chandler Whitfield Ashworth Pemberton Okoro", " "),
    "de": ("latin", "Anja Jürgen Björn Jörg Lena Sören Käthe Maximilian Sophie Lukas Mia Tobias Hannah "
           "Uwe Birgit Ernst Frank Dörte Matthias Katrin Ralf Ute Götz Henrike",
           "Weber Müller Schäfer Schröder Köhler Krüger Hoffmann Wagner Becker Schulz Fischer Zimmermann "
           "Braun Hartmann Lange Wolff Böhm Voß Jäger Kühn Größer Dietrich Bauer", " "),
    "fr": ("latin", "François Hélène Chloé Jérôme Amélie Léa Théo Céline Noémie Benoît Margaux Gaël "
           "Rose Olive Solène Aurélien Inès Mathéo",
           "Lefèvre Dubois Moreau Laurent Girard Bonnet Mercier Faure Rousseau Blanchard Garnier "
           "Chevalier Lemaître Bérenger Fontaine Leclerc", " "),
    "es": ("latin", "José María Pilar Dolores Luz Rosa Paz Soledad Consuelo Alejandro Lucía Javier Sofía "
           "Martín Ximena Andrés Valentina Ramón Begoña Iñaki",
           "García Martínez López Sánchez Pérez Gómez Fernández Díaz Núñez Ruiz Jiménez Álvarez "
           "Castillo Ortega Muñoz Herrera Iglesias", " "),
    "pt": ("latin", "João Graça Vitória Glória Conceição Thiago Beatriz Gabriel Larissa Caio Letícia "
           "Rafael Júlia Mariana Vinícius Luana",
           "Gonçalves Silva Santos Oliveira Souza Pereira Carvalho Araújo Ribeiro Almeida Rocha "
           "Barbosa Magalhães Conceição Cavalcanti", " "),
    "it": ("latin", "Gioia Felice Niccolò Giulia Lorenzo Chiara Matteo Francesca Alessio Federica "
           "Speranza Davide Ilaria Tommaso",
           "Esposito Rossi Russo Bianchi Romano Colombo Ricci Marino Greco Bruno Galli Conti "
           "De~Luca Mancini Lombardi", " "),
    "nl": ("latin", "Sanne Joost Bram Femke Ruud Lotte Daan Anouk Sjoerd Marieke Pieter Eline",
           "de~Vries Jansen Bakker Visser Smit Meijer de~Boer Mulder Dijkstra van~Dijk Vos "
           "Hendriks van~der~Linden", " "),
    "pl": ("latin", "Łukasz Małgorzata Paweł Agnieszka Krzysztof Zofia Wojciech Katarzyna Michał Ewa",
           "Nowak Wójcik Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kozłowska", " "),
    "sv": ("latin", "Åsa Björn Linnéa Oskar Märta Elin Gustav Ebba Fredrik Saga",
           "Lindqvist Öberg Andersson Johansson Karlsson Nyström Åberg Sjöberg Lindgren", " "),
    "tr": ("latin", "Umut Deniz Barış Ayşe Mehmet Elif Emre Zeynep Gökhan Şule Özge Çağlar",
           "Yılmaz Şahin Çelik Öztürk Kaya Demir Aydın Arslan Doğan Koç Güneş", " "),
    "id": ("latin", "Indah Putri Bayu Dewi Agus Rizky Ayu Fajar Wulan Hendra",
           "Santoso Wijaya Siregar Hidayat Kusuma Nasution Pratama Saputra Gunawan", " "),
    "sw": ("latin", "Baraka Amani Neema Imani Wanjiru Juma Achieng Kamau Zawadi Otieno",
           "Odhiambo Mwangi Kariuki Njoroge Onyango Wambui Mutua Kiprono Chebet", " "),
    "ng": ("latin", "Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeoma Babajide",
           "Adeyemi Okafor Eze Okonkwo Balogun Nwosu Adebayo Obi Ogunleye Uchenna", " "),
    "in": ("latin", "Priya Rahul Ananya Vikram Deepika Arjun Sneha Karthik Lakshmi Rohan",
           "Sharma Verma Patel Iyer Reddy Nair Gupta Menon Krishnan Banerjee", " "),
    "vi": ("latin", "An Lan Minh Hương Dũng Thảo Tuấn Hạnh Phương Khoa",
           "Nguyễn Văn|Trần Thị|Lê Văn|Phạm Thị|Hoàng Văn|Đặng Thị|Vũ Văn|Bùi Thị", " "),
    "ru": ("cyrl", "Вера|vera Надежда|nadezhda Любовь|lyubov Анна|anna Ольга|olga Мария|maria "
           "Иван|ivan Дмитрий|dmitry Сергей|sergey Алексей|alexey Михаил|mikhail",
           "Иванов|ivanov Смирнов|smirnov Кузнецов|kuznetsov Попов|popov Соколов|sokolov "
           "Лебедев|lebedev Морозов|morozov Волков|volkov", " "),
    "uk": ("cyrl", "Олена|olena Тарас|taras Оксана|oksana Богдан|bohdan Ірина|iryna Андрій|andriy "
           "Соломія|solomiya Остап|ostap",
           "Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko Ткаченко|tkachenko "
           "Мельник|melnyk Кравчук|kravchuk Олійник|oliynyk", " "),
    "el": ("grek", "Ελπίδα|elpida Ειρήνη|eirini Μαρία|maria Κατερίνα|katerina Σοφία|sofia "
           "Γιώργος|giorgos Νίκος|nikos Δημήτρης|dimitris Κώστας|kostas",
           "Παπαδοπούλου|papadopoulou Παπαδόπουλος|papadopoulos Οικονόμου|oikonomou "
           "Γεωργίου|georgiou Νικολάου|nikolaou Αντωνίου|antoniou Ιωάννου|ioannou", " "),
    "ar": ("arab", "محمد|mohamed أمل|amal نور|nour سعيد|saeed كريم|karim فاطمة|fatima ليلى|layla "
           "يوسف|youssef عمر|omar هدى|huda",
           "العلي|alali الحسن|alhassan منصور|mansour حداد|haddad الخطيب|alkhatib الشامي|alshami "
           "القحطاني|alqahtani", " "),
    "he": ("hebr", "שירה|shira אור|or טל|tal גל|gal נועה|noa יוסי|yossi דניאל|daniel מיכל|michal "
           "איתי|itai",
           "כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton אברהם|avraham פרידמן|friedman", " "),
    "hi": ("deva", "आशा|asha प्रेम|prem ज्योति|jyoti प्रिया|priya राहुल|rahul अनीता|anita विक्रम|vikram "
           "सुनीता|sunita",
           "शर्मा|sharma वर्मा|verma पटेल|patel गुप्ता|gupta सिंह|singh जोशी|joshi मिश्रा|mishra", " "),
    "th": ("thai", "สมชาย|somchai สมศรี|somsri ปรีชา|preecha วิไล|wilai อนันต์|anan กมลา|kamala "
           "ธนพล|thanaphon",
           "ใจดี|jaidee ศรีสุข|srisuk วงศ์ใหญ่|wongyai บุญมา|boonma สุขสวัสดิ์|suksawat", " "),
    "zh": ("hani", "伟|wei 芳|fang 娜|na 敏|min 静|jing 磊|lei 洋|yang 海燕|haiyan 志明|zhiming "
           "晓明|xiaoming 建国|jianguo 子涵|zihan 雨桐|yutong",
           "王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao 周|zhou 吴|wu 徐|xu", ""),
    "ja": ("hani", "健太|kenta 翔太|shota 陽菜|hina 美咲|misaki 大輔|daisuke 由美|yumi 拓海|takumi "
           "結衣|yui",
           "佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 渡辺|watanabe 伊藤|ito 山本|yamamoto "
           "中村|nakamura", ""),
    "ko": ("hang", "민준|minjun 서연|seoyeon 지훈|jihoon 하은|haeun 도윤|doyoon 수빈|subin 예린|yerin",
           "김|kim 이|lee 박|park 최|choi 정|jung 강|kang 윤|yoon", ""),
}
FAMILY_FIRST = ("zh", "ja", "ko", "vi")
# members whose full name is also a firm / institution: (name, negative phrase, context pattern)
COLLIDERS = [
    ("Morgan Stanley", "Morgan Stanley"), ("Charles Schwab", "Charles Schwab"),
    ("John Lewis", "John Lewis"), ("Hugo Boss", "Hugo Boss"), ("Ted Baker", "Ted Baker"),
    ("Thomas Cook", "Thomas Cook"), ("Paul Smith", "Paul Smith"),
    ("Alan Turing", "Alan Turing Institute"), ("Marie Curie", "Marie Curie"),
    ("Grace Hopper", "Grace Hopper Celebration"), ("Ada Lovelace", "Ada Lovelace Day"),
    ("Jack Daniel", "Jack Daniel's"), ("Ernst Young", "Ernst & Young"),
]


def split_pool(s):
    out = []
    for tok in s.split(" "):
        if not tok:
            continue
        if "|" in tok:
            a, b = tok.split("|", 1)
            out.append((a, b))
        else:
            out.append((tok.replace("~", " "), None))
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace(
        "Đ", "D").replace("ı", "i").replace("ø", "o").casefold()


def ascii_slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


class Member:
    __slots__ = ("uid", "name", "handle", "first", "last", "culture", "first_rom", "last_rom")


def make_members(rng, n):
    pools = {}
    for c in sorted(CULTURES):
        script, f, l, glue = CULTURES[c]
        if c == "vi":
            lasts = [(x.replace("|", " "), None) for x in l.split(" ")]
        else:
            lasts = split_pool(l)
        pools[c] = (split_pool(f), lasts)
    weights = [("en", 14), ("de", 7), ("fr", 6), ("es", 6), ("pt", 5), ("it", 4), ("nl", 4),
               ("pl", 3), ("sv", 2), ("tr", 3), ("id", 3), ("sw", 2), ("ng", 4), ("in", 5),
               ("vi", 2), ("ru", 3), ("uk", 2), ("el", 2), ("ar", 4), ("he", 2), ("hi", 3),
               ("th", 2), ("zh", 6), ("ja", 4), ("ko", 3)]
    cult = [c for c, w in weights for _ in range(w)]
    members = []
    handles = {}
    collider_at = {}
    if n >= 200:
        slots = rng.sample(range(n), len(COLLIDERS))
        for k, i in enumerate(slots):
            collider_at[i] = COLLIDERS[k][0]
    for i in range(n):
        m = Member()
        m.uid = "u%d" % (i + 1)
        if i in collider_at:
            c = "en"
            fn, ln = collider_at[i].split(" ", 1)
            fr, lr = fn, ln
        else:
            c = rng.choice(cult)
            fpool, lpool = pools[c]
            fn, fr = rng.choice(fpool)
            ln, lr = rng.choice(lpool)
            fr = fr or fn
            lr = lr or ln
        m.culture = c
        glue = CULTURES[c][3]
        if c in FAMILY_FIRST:
            m.name = ln + glue + fn
            m.first, m.last = ln + glue + fn, ln
        else:
            m.name = fn + glue + ln
            m.first, m.last = fn, ln
        m.first_rom, m.last_rom = ascii_slug(fr), ascii_slug(lr)
        f, l = m.first_rom, m.last_rom
        style = rng.randrange(6)
        base = [f + l, f + "_" + l, f[0] + l, l + f, f + "." + l if False else f + l + "_",
                f + "_" + l[:1]][style]
        base = base.strip("_") or f
        h = base
        k = 0
        while h in handles or len(h) < 4:
            k += 1
            h = base + str(rng.randrange(2, 99) if k < 5 else rng.randrange(100, 99999))
        handles[h] = True
        m.handle = h
        members.append(m)
    return members


# ---------------------------------------------------------------- structured generators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(rng, prefix, length):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card_digits(rng):
    k = rng.randrange(4)
    if k == 0:
        return luhn_complete(rng, "4", 16), "visa"
    if k == 1:
        p = str(rng.randrange(51, 56)) if rng.random() < .6 else str(rng.randrange(2221, 2721))
        return luhn_complete(rng, p, 16), "mc"
    if k == 2:
        return luhn_complete(rng, rng.choice(["34", "37"]), 15), "amex"
    p = rng.choice(["6011", str(rng.randrange(644, 650)), "65"])
    return luhn_complete(rng, p, 16), "disc"


def group_card(rng, d):
    sep = rng.choice([" ", " ", "-", ""])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def card_prefix_ok(d):
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return len(d) == 16
    return False


IBAN_SPEC = {  # country: BBAN pattern (n digit, a letter, B bank code)
    "DE": "n18", "FR": "n10 c11 n2", "GB": "B4 n14", "ES": "n20", "IT": "a1 n10 c12", "NL": "B4 n10",
    "BE": "n12", "AT": "n16", "CH": "n5 c12", "PL": "n24", "SE": "n20", "NO": "n11", "DK": "n14",
    "FI": "n14", "PT": "n21", "IE": "B4 n14", "SA": "n2 c18", "AE": "n19", "TR": "n5 n1 c16",
    "IL": "n19", "GR": "n7 c16", "BR": "n23 a1 c1",
}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21,
            "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "PT": 25, "IE": 22, "SA": 24, "AE": 23,
            "TR": 26, "IL": 23, "GR": 27, "BR": 29}
BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
         "IE": ["AIBK", "BOFI"]}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_make(rng, cc, good=True):
    bban = ""
    for part in IBAN_SPEC[cc].split():
        kind, k = part[0], int(part[1:])
        for _ in range(k):
            if kind == "n":
                bban += str(rng.randrange(10))
            elif kind == "a":
                bban += chr(65 + rng.randrange(26))
            elif kind == "c":
                bban += str(rng.randrange(10)) if rng.random() < .85 else chr(65 + rng.randrange(26))
        if kind == "B":
            bban += rng.choice(BANKS[cc])
    chk = 98 - iban_mod(cc + "00" + bban)
    if not good:
        bad = chk
        while bad == chk:
            bad = rng.randrange(2, 99)
        chk = bad
    s = cc + "%02d" % chk + bban
    assert len(s) == IBAN_LEN[cc]
    return s


def iban_fmt(rng, s):
    if rng.random() < .6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_make(rng, good=True):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a != 666:
            break
    if not good:
        k = rng.randrange(5)
        if k == 0:
            a = 0
        elif k == 1:
            a = 666
        elif k == 2:
            a, g = rng.randrange(900, 1000), rng.choice([70, 71, 72, 78, 88, 90, 93, 94])  # ITIN
        elif k == 3:
            g = 0
        else:
            s = 0
    sep = " " if rng.random() < .2 else "-"
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ssn_valid(t):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ipv4_global(rng):
    while True:
        a = rng.choice([5, 31, 37, 45, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94,
                        95, 109, 128, 138, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 201, 203,
                        210, 212, 213, 217, 104, 139, 152, 161, 36, 41, 102, 105, 154, 197])
        s = "%d.%d.%d.%d" % (a, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast:
            return s


def ipv4_nonglobal(rng):
    k = rng.randrange(7)
    if k == 0:
        return "ipv4_private", rng.choice(["192.168.%d.%d" % (rng.randrange(256), rng.randrange(1, 255)),
                                           "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                                           "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))])
    if k == 1:
        return "ipv4_loopback", rng.choice(["127.0.0.1", "127.0.1.1", "127.0.0.53"])
    if k == 2:
        return "ipv4_linklocal", "169.254.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255))
    if k == 3:
        return "ipv4_documentation", "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(1, 255))
    if k == 4:
        return "ipv4_reserved", "100.%d.%d.%d" % (rng.randrange(64, 128), rng.randrange(256), rng.randrange(1, 255))
    if k == 5:
        return "ipv4_reserved", rng.choice(["240.0.0.%d" % rng.randrange(1, 255), "255.255.255.255",
                                            "0.0.0.0", "198.18.%d.%d" % (rng.randrange(256), rng.randrange(1, 255))])
    return "ipv4_reserved", "239.255.255.250"


def v6_compress(groups):
    best, bl, i = -1, 0, 0
    while i < 8:
        if groups[i] == 0:
            j = i
            while j < 8 and groups[j] == 0:
                j += 1
            if j - i > bl and j - i >= 2:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    hx = ["%x" % g for g in groups]
    if best < 0:
        return ":".join(hx)
    return ":".join(hx[:best]) + "::" + ":".join(hx[best + bl:])


def ipv6_global(rng):
    while True:
        first = rng.choice([0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2a05, 0x2600, 0x2601, 0x2603, 0x2604,
                            0x2607, 0x2804, 0x2400, 0x2401, 0x2405, 0x2408, 0x240e, 0x2c0f, 0x2001])
        g = [first, rng.randrange(0x100, 0x10000) if first != 0x2001 else rng.choice([0x470, 0x4860, 0x67c]),
             rng.randrange(0x10000), rng.randrange(0x10000)]
        if rng.random() < .5:
            g += [0, 0, 0, rng.randrange(1, 0x10000)]
        else:
            g += [rng.randrange(0x10000) for _ in range(4)]
        full = rng.random() < .2
        s = ":".join("%04x" % x for x in g) if full else v6_compress(g)
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6_nonglobal(rng):
    return rng.choice([
        "fe80::%x:%x:%x:%x" % tuple(rng.randrange(1, 0x10000) for _ in range(4)),
        "::1", "fd%02x:%x:%x::%x" % (rng.randrange(256), rng.randrange(1, 0x10000), rng.randrange(1, 0x10000), rng.randrange(1, 0x100)),
        "2001:db8:%x::%x" % (rng.randrange(1, 0x10000), rng.randrange(1, 0x100)), "ff02::1", "ff02::fb"])


# ---------------------------------------------------------------- phones
def dg(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def phone(rng, cc):
    r = rng.random
    if cc in ("US", "CA"):
        area = rng.choice(["212", "213", "305", "312", "404", "415", "425", "503", "512", "617", "646", "702",
                           "713", "718", "720", "773", "805", "858", "917", "919", "206", "214", "303", "347"]
                          if cc == "US" else ["416", "604", "514", "403", "613", "647", "778"])
        while True:
            ex = dg(rng, 3, "23456789")
            if ex != "555" and ex[1:] != "11":
                break
        ln = dg(rng, 4)
        f = rng.randrange(7)
        return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s",
                "+1%s%s%s"][f] % (area, ex, ln)
    if cc == "UK":
        k = rng.randrange(3)
        if k == 0:
            a, b = "20", rng.choice("378") + dg(rng, 3)
            if b.startswith("7946"):
                b = "7123"
            c = dg(rng, 4)
            nat, intl = "020 %s %s" % (b, c), "20 %s %s" % (b, c)
        elif k == 1:
            b, c = dg(rng, 3, "2345678"), dg(rng, 4)
            nat, intl = "0161 %s %s" % (b, c), "161 %s %s" % (b, c)
        else:
            m = "7" + rng.choice("123589") + dg(rng, 2)
            c = dg(rng, 6)
            nat, intl = "0%s %s" % (m, c), "%s %s" % (m, c)
        f = rng.randrange(3)
        return [nat, "+44 " + intl, "+44 (0)" + intl][f]
    if cc == "DE":
        if r() < .5:
            a = rng.choice(["30", "40", "89", "221", "69", "711", "211"])
            n = dg(rng, 8 - len(a) + 2 if len(a) == 2 else 7, "123456789")
        else:
            a = rng.choice(["151", "152", "160", "170", "171", "176", "177", "1512", "1575"])
            n = dg(rng, 8 if len(a) == 3 else 7, "123456789")
        f = rng.randrange(6)
        return ["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s", "+49%s%s"][f] % (a, n)
    if cc == "FR":
        d = rng.choice("1234567") + "".join(dg(rng, 2) for _ in range(4))
        pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
        sep = rng.choice([" ", " ", ".", "-"])
        f = rng.randrange(3)
        if f == 0:
            return "0" + d[0] + sep + sep.join(pairs)
        return ("+33 " if f == 1 else "+33 (0)") + d[0] + " " + " ".join(pairs)
    if cc == "IN":
        if r() < .7:
            m = dg(rng, 5, "6789")
            n = dg(rng, 5)
            return ["+91 %s %s", "+91-%s-%s", "0%s %s", "+91 %s%s", "%s %s"][rng.randrange(5)] % (m, n)
        a = rng.choice(["22", "80", "11", "44", "40"])
        b, c = dg(rng, 4, "23456"), dg(rng, 4)
        return rng.choice(["0%s %s %s", "+91 %s %s %s", "0%s-%s-%s"]) % (a, b, c)
    if cc == "BR":
        a = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        if r() < .6:
            b, c = "9" + dg(rng, 4, "6789"), dg(rng, 4)
        else:
            b, c = dg(rng, 4, "2345"), dg(rng, 4)
        return rng.choice(["+55 %s %s-%s", "(%s) %s-%s", "+55 (%s) %s-%s", "%s %s-%s"]) % (a, b, c)
    if cc == "JP":
        if r() < .5:
            a, b = rng.choice([("3", 4), ("6", 4), ("52", 3), ("45", 3), ("92", 3)])
            mid = dg(rng, b, "23456789")
        else:
            a, mid = rng.choice(["90", "80", "70"]), dg(rng, 4, "123456789")
        last = dg(rng, 4)
        f = rng.randrange(4)
        return ["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "(0%s) %s-%s"][f] % (a, mid, last)
    if cc == "AU":
        if r() < .5:
            a, b, c = rng.choice("2378"), dg(rng, 4, "3456789"), dg(rng, 4)
            return rng.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s"]) % (a, b, c)
        b, c, d = "4" + dg(rng, 2), dg(rng, 3), dg(rng, 3)
        return rng.choice(["0%s %s %s", "+61 %s %s %s"]) % (b, c, d)
    if cc == "CN":
        if r() < .6:
            p = rng.choice(["138", "139", "136", "150", "186", "189", "177", "199", "135", "158"])
            b, c = dg(rng, 4), dg(rng, 4)
            return rng.choice(["%s %s %s", "%s%s%s", "+86 %s %s %s", "+86-%s-%s-%s", "%s-%s-%s"]) % (p, b, c)
        a = rng.choice(["10", "21", "20", "755"])
        b = dg(rng, 4 if len(a) == 2 else 4, "2345678")
        c = dg(rng, 4)
        return rng.choice(["0%s-%s %s", "(0%s) %s %s", "+86 %s %s %s", "0%s-%s%s"]) % (a, b, c)
    if cc == "ES":
        if r() < .5:
            n = rng.choice("67") + dg(rng, 8)
            s = "%s %s %s" % (n[:3], n[3:6], n[6:])
        else:
            n = "9" + rng.choice("1356") + dg(rng, 7)
            s = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return s if r() < .5 else "+34 " + s
    if cc == "IT":
        if r() < .5:
            s = "3%s %s %s" % (dg(rng, 2, "2345689"), dg(rng, 3), dg(rng, 4))
        else:
            a = rng.choice(["02", "06", "011", "055", "081"])
            s = "%s %s %s" % (a, dg(rng, 4 if len(a) == 2 else 3, "2345678"), dg(rng, 4))
        return s if r() < .5 else "+39 " + s
    if cc == "NL":
        if r() < .5:
            n = dg(rng, 8, "12345678")
            return rng.choice(["06-%s", "06 %s", "+31 6 %s", "+31 (0)6 %s"]) % n
        a = rng.choice(["20", "10", "30", "70", "40"])
        b, c = dg(rng, 3, "2345678"), dg(rng, 4)
        return rng.choice(["0%s %s %s", "0%s-%s %s", "+31 %s %s %s", "+31 (0)%s %s %s"]) % (a, b, c)
    if cc == "NG":
        p = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "818", "909", "908"])
        b, c = dg(rng, 3), dg(rng, 4)
        return rng.choice(["0%s %s %s", "+234 %s %s %s", "0%s-%s-%s", "+234 (0)%s %s %s", "+234%s%s%s"]) % (p, b, c)
    if cc == "E164":
        c2 = rng.choice(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"])
        while True:
            sub = phone(rng, c2)
            if sub.startswith("+"):
                return e164(sub)
    raise ValueError(cc)


CCODES = [("+1", "1"), ("+44", "44"), ("+49", "49"), ("+33", "33"), ("+91", "91"), ("+55", "55"),
          ("+81", "81"), ("+61", "61"), ("+86", "86"), ("+34", "34"), ("+39", "39"), ("+31", "31"),
          ("+234", "234")]


def e164(s):
    d = re.sub(r"\(0\)", "", s)
    d = re.sub(r"\D", "", d)
    if s.startswith("+"):
        return "+" + d
    # national -> guess country by length/prefix is messy; regenerate as international German mobile
    return "+49151" + d[-8:]


def phone_ok(s):
    core = s.replace("(0)", "")
    digits = re.sub(r"\D", "", core)
    return 8 <= len(digits) <= 15 and re.fullmatch(r"[+(]?[0-9][0-9 ()./\-\u00a0]*[0-9]", s) is not None


LANG_PHONE = {"en": ["US", "US", "CA", "UK", "AU", "NG", "IN", "E164"], "de": ["DE", "DE", "DE", "E164"],
              "fr": ["FR", "FR", "FR", "E164"], "es": ["ES", "ES", "ES", "BR"], "pt": ["BR", "BR", "BR", "E164"],
              "it": ["IT", "IT", "IT", "E164"], "nl": ["NL", "NL", "NL", "E164"], "ja": ["JP", "JP", "JP", "E164"],
              "zh": ["CN", "CN", "CN", "E164"], "hi": ["IN", "IN", "IN", "E164"], "sw": ["NG", "E164", "UK"],
              "ko": ["E164", "JP", "US"]}

# ---------------------------------------------------------------- e-mail, URLs
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "es": ["gmail.com", "hotmail.es", "yahoo.es"],
            "pt": ["gmail.com", "uol.com.br", "bol.com.br"], "it": ["libero.it", "gmail.com", "virgilio.it"],
            "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "gmail.com"],
            "uk": ["ukr.net", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "gmail.com"],
            "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "ko": ["naver.com", "daum.net", "gmail.com"],
            "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
            "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"]}
COMPANIES = ["nordlicht-software.de", "kaizen-robotics.co.jp", "paulista-fintech.com.br", "blauwgroen.nl",
             "helios-analytics.io", "savanna-logistics.co.ke", "lagoscloud.com.ng", "bharatdata.in",
             "atelier-lumiere.fr", "tramontana.es", "sole-mare.it", "fjordtech.se", "bosphorus-yazilim.com.tr",
             "nusantara-digital.co.id", "skybridge-labs.com", "dragonpeak.cn", "hanbit-soft.co.kr",
             "olivegrove.gr", "shalom-ventures.co.il", "alnoor-consulting.ae", "siamtech.co.th",
             "volga-it.ru", "kyivcode.com.ua", "greenleaf-health.com.au", "mapleworks.ca"]
COMPANY_NAMES = ["Nordlicht Software", "Kaizen Robotics", "Paulista Fintech", "Blauwgroen", "Helios Analytics",
                 "Savanna Logistics", "LagosCloud", "BharatData", "Atelier Lumière", "Tramontana", "Sole Mare",
                 "FjordTech", "Bosphorus Yazılım", "Nusantara Digital", "Skybridge Labs", "DragonPeak",
                 "Hanbit Soft", "Olive Grove", "Shalom Ventures", "Al Noor Consulting", "SiamTech", "Volga IT",
                 "KyivCode", "Greenleaf Health", "MapleWorks"]
ROLES = ["jobs", "careers", "hr", "recruiting", "info", "press", "hello", "talent", "office", "events"]


def email_for(rng, m, lang):
    f, l = m.first_rom, m.last_rom
    if m.culture in FAMILY_FIRST:
        f, l = ascii_slug(m.name[len(m.last):]) if m.culture == "vi" else f, l
    f = f or "info"
    local = rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, l + "." + f, f + str(rng.randrange(70, 100)),
                        m.handle.replace("_", ".").strip(".")])
    local = re.sub(r"\.+", ".", local).strip(".")
    if rng.random() < .55:
        dom = rng.choice(FREEMAIL.get(lang, FREEMAIL["en"]))
    else:
        dom = rng.choice(COMPANIES)
    return local, dom


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[a-z]{2,}")
OBF_RE = re.compile(r"([A-Za-z0-9._%+\-]+) ?[\[(]at[\])] ?([A-Za-z0-9\-]+(?:(?: ?[\[(]dot[\])] ?|\.)[A-Za-z0-9\-]+)+)")


def profile_url(rng, m):
    h = m.handle
    k = rng.randrange(12)
    sch = rng.choice(["https://", "https://", "http://", ""])
    if k <= 3:
        u = rng.choice(["www.linkedin.com/in/%s", "linkedin.com/in/%s", "%s.linkedin.com/in/" % rng.choice(
            ["de", "fr", "br", "in", "uk", "es", "nl"]) + "%s"]) % (h.replace("_", "-"),)
        if rng.random() < .4:
            u += "/"
        if rng.random() < .1:
            u += "?originalSubdomain=" + rng.choice(["de", "fr", "br", "in", "uk"])
    elif k <= 5:
        u = "github.com/" + h.replace("_", "-")
    elif k == 6:
        u = rng.choice(["x.com/", "twitter.com/"]) + h
    elif k == 7:
        u = "medium.com/@" + h
    elif k == 8:
        u = "bsky.app/profile/%s.bsky.social" % h.replace("_", "-")
        sch = "https://"
    elif k == 9:
        u = "%s.substack.com" % h.replace("_", "")
    else:
        u = "calendly.com/" + h.replace("_", "-") + rng.choice(["", "/30min", "/intro-call", "/15min"])
    return sch + u


PROFILE_RE = re.compile(r"(https?://)?((www\.|[a-z]{2}\.)?linkedin\.com/in/[A-Za-z0-9\-_%]+/?(\?[A-Za-z=]+)?|"
                        r"github\.com/[A-Za-z0-9\-]+|(x|twitter)\.com/[A-Za-z0-9_]+|medium\.com/@[A-Za-z0-9_]+|"
                        r"bsky\.app/profile/[a-z0-9\-]+\.bsky\.social|[a-z0-9]+\.substack\.com|"
                        r"calendly\.com/[a-z0-9\-]+(/[a-z0-9\-]+)?)")


def neg_url(rng):
    k = rng.randrange(6)
    co = rng.randrange(len(COMPANIES))
    dom, slug = COMPANIES[co], ascii_slug(COMPANY_NAMES[co])
    if k == 0:
        return "url_company", rng.choice(["https://www.linkedin.com/company/%s/" % slug, "linkedin.com/company/%s" % slug,
                                          "https://www.%s" % dom, "https://www.%s/about-us" % dom])
    if k == 1:
        return "url_careers", rng.choice(["https://%s/careers" % dom, "https://careers.%s/jobs/%d" % (dom, rng.randrange(1000, 99999)),
                                          "https://jobs.lever.co/%s/%08x-%04x" % (slug, rng.randrange(16 ** 8), rng.randrange(16 ** 4)),
                                          "https://boards.greenhouse.io/%s/jobs/%d" % (slug, rng.randrange(10 ** 6, 10 ** 7)),
                                          "https://www.linkedin.com/jobs/view/%d/" % rng.randrange(10 ** 9, 4 * 10 ** 9)])
    if k == 2:
        return "url_docs", rng.choice(["https://docs.python.org/3/library/re.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
                                       "https://kubernetes.io/docs/concepts/workloads/pods/", "https://learn.microsoft.com/en-us/azure/",
                                       "https://docs.%s/api/v2/reference" % dom, "https://www.postgresql.org/docs/16/indexes.html",
                                       "https://pandas.pydata.org/docs/user_guide/index.html"])
    if k == 3:
        return "url_paper", rng.choice(["https://arxiv.org/abs/%d.%05d" % (rng.randrange(2101, 2612), rng.randrange(1, 20000)),
                                        "https://doi.org/10.1145/%d.%d" % (rng.randrange(3500000, 3700000), rng.randrange(3500000, 3700000)),
                                        "https://aclanthology.org/2025.acl-long.%d/" % rng.randrange(1, 900),
                                        "arxiv.org/pdf/%d.%05d" % (rng.randrange(2101, 2612), rng.randrange(1, 20000))])
    if k == 4:
        return "url_event", rng.choice(["https://www.eventbrite.com/e/%s-tickets-%d" % (slug, rng.randrange(10 ** 11, 10 ** 12)),
                                        "https://www.meetup.com/%s-meetup/events/%d/" % (slug, rng.randrange(10 ** 8, 4 * 10 ** 8)),
                                        "https://lu.ma/%s" % "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(8)),
                                        "https://pretix.eu/%s/summit26/" % slug])
    return "url_form", rng.choice(["https://forms.gle/%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(17)),
                                   "https://docs.google.com/forms/d/e/1FAIpQLSe%s/viewform" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-") for _ in range(40)),
                                   "https://tally.so/r/%s" % "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABC0123456789") for _ in range(6)),
                                   "https://%s.typeform.com/to/%s" % (slug, "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH") for _ in range(8)))])


# ---------------------------------------------------------------- numeric negatives
def isbn13(rng):
    d = "978" + str(rng.randrange(0, 2)) + dg(rng, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12]) if rng.random() < .6 else "ISBN " + d


NUM_KIND = {"NUM": (0, 0, 0, 1), "DATE": (0,), "TIME": (1,), "PRICE": (2,), "ORD": (3,), "TKT": (4,), "ISBN": (5,),
            "VER": (6,), "PAT": (7,)}


def neg_numeric(rng, lang, slot="NUM"):
    k = rng.choice(NUM_KIND[slot])
    if k == 0:
        y, mo, da = rng.randrange(2024, 2028), rng.randrange(1, 13), rng.randrange(1, 29)
        f = {"de": "%02d.%02d.%d" % (da, mo, y), "ru": "%02d.%02d.%d" % (da, mo, y), "en": "%02d/%02d/%d" % (mo, da, y),
             "ja": "%d/%02d/%02d" % (y, mo, da), "zh": "%d-%02d-%02d" % (y, mo, da), "fr": "%02d/%02d/%d" % (da, mo, y)}
        return "date", f.get(lang, "%d-%02d-%02d" % (y, mo, da))
    if k == 1:
        h, mi = rng.randrange(7, 21), rng.choice([0, 15, 30, 45])
        return "time", rng.choice(["%02d:%02d" % (h, mi), "%02d:%02d–%02d:%02d" % (h, mi, h + 2, mi), "%d:%02d–%d:%02d" % (h, mi, h + 1, 0)])
    if k == 2:
        v = rng.randrange(10, 99999)
        return "price", rng.choice(["€%s,%02d" % ("{:,}".format(v).replace(",", "."), rng.randrange(100)),
                                    "$%s.%02d" % ("{:,}".format(v), rng.randrange(100)), "₹%s" % "{:,}".format(v * 10),
                                    "R$ %s,00" % "{:,}".format(v).replace(",", "."), "¥%s" % "{:,}".format(v * 100),
                                    "%s €" % "{:,}".format(v).replace(",", " ")])
    if k == 3:
        return "order_number", rng.choice(["%03d-%07d-%07d" % (rng.randrange(100, 1000), rng.randrange(10 ** 7), rng.randrange(10 ** 7)),
                                           "#%d" % rng.randrange(10 ** 7, 10 ** 9), "%d-%04d-%04d" % (rng.randrange(2024, 2027), rng.randrange(10 ** 4), rng.randrange(10 ** 4)),
                                           "SO-%d" % rng.randrange(10 ** 6, 10 ** 7)])
    if k == 4:
        return "ticket_number", rng.choice(["INC%07d" % rng.randrange(10 ** 7), "#%d" % rng.randrange(10 ** 5, 10 ** 7),
                                            "%d %04d %04d" % (rng.randrange(1000, 10000), rng.randrange(10 ** 4), rng.randrange(10 ** 4)),
                                            "JIRA-%d" % rng.randrange(100, 99999)])
    if k == 5:
        return "isbn", isbn13(rng)
    if k == 6:
        return "version", rng.choice(["v%d.%d.%d" % (rng.randrange(1, 20), rng.randrange(30), rng.randrange(30)),
                                      "%d.%d.%d" % (rng.randrange(1, 20), rng.randrange(30), rng.randrange(300)),
                                      "10.0.%d.%d" % (rng.randrange(19041, 26100), rng.randrange(1000, 5000)),
                                      "%d.%d.%d-rc%d" % (rng.randrange(1, 9), rng.randrange(20), rng.randrange(20), rng.randrange(1, 4))])
    return "patent_number", rng.choice(["US %s B2" % "{:,}".format(rng.randrange(10 ** 7, 12 * 10 ** 6)),
                                        "EP %d %03d %03d A1" % (rng.randrange(3, 5), rng.randrange(1000), rng.randrange(1000)),
                                        "US 2025/%07d A1" % rng.randrange(10 ** 7), "DE 10 2023 %03d %03d A1" % (rng.randrange(100, 1000), rng.randrange(1000)),
                                        "CN %d A" % rng.randrange(10 ** 8, 2 * 10 ** 8), "WO 2024/%06d" % rng.randrange(10 ** 6)])


# ---------------------------------------------------------------- templates
# {X} slots; [[text|category]] inline negatives.  Slots: P P2 P3 PS FN FNP H H2 E E2 EO EM PH PH2
# U U2 IP4 IP4P IP6 IP6P CC IBAN SSN  negatives: NUM NUM2 IP4N IPVER IP6N CCN IBANN SSNN NURL NURL2
# NCO NPL CO (company name, not PII) EV (event name)
T = {}
T["en"] = [
    "Thrilled to welcome {P} to the {CO} data team! You can reach her at {E} or on {PH}. Ping {H} with onboarding questions. Kick-off is on {DATE}.",
    "Speaker bio: {P} leads platform security at {CO}. Before that she spent six years at [[Morgan Stanley|name_company]] in [[Charlotte, NC|name_place]]. Slides: {NURL} | profile: {U}",
    "Thanks, {FN}! Your walkthrough of [[Dijkstra's algorithm|name_eponym]] finally made it click for me.",
    "{PS} team is hiring two backend engineers (Go, Postgres). Apply via {NURL} or send your CV to {E}. Questions? DM {H2}.",
    "[[Will|name_word]] the recording be shared? Asking for the folks in [[Sydney|name_place]] who missed it. cc {H} {H2}",
    "Heads-up from IT: we saw repeated failed logins from {IP4} and {IP4P} overnight. Internal hosts such as {IP4N} are fine. Our egress is {IP6P}; ticket {TKT}.",
    "I highly recommend {P}. {FNP} work on our [[Kalman filter|name_eponym]] pipeline cut drift by 40%. Happy to vouch: {PH} or {EM}.",
    "PSA: someone posted a screenshot with a card number ({CC}) and an SSN ({SSN}) in the alumni group. Mods removed it. Please never share these publicly!",
    "Donations for the [[Grace Hopper Celebration|name_company]] travel fund go to IBAN {IBAN} (account holder {P}). Note: the IBAN {IBANN} in the old flyer is wrong.",
    "Alumni note: {P} (class of '09) now runs {CO} out of [[Austin, TX|name_place]]. Portfolio: {U} — book a chat at {U2}.",
    "Q: which firmware fixes the Wi-Fi drop? A: upgrade to [[firmware|nonpii]] {IPVER}; the router at {IP4N} should then report {VER} in the log (see {TKT}). — {P}",
    "Volunteer call! We need mentors for Saturday {DATE}. Sign up: {NURL}. Contact {P} ({PH}) or write to {EO}.",
    "Our [[grace|name_word]] period for late submissions ends Friday. Revenue [[rose|name_word]] 12% last quarter, and we [[will|name_word]] keep the {DATE} deadline. Paper: {NURL2}",
    "Congrats to {P} and {P2} on the launch! Order {ORD} shipped, price {PRICE}. Full write-up on {U}.",
    "Contacts for the [[Ruby|name_word]] on Rails workshop:\n- {P}, {PH}, {E}\n- {P2}, {PH2}, {E2}\n- venue help: {P3}",
    "Don't confuse the [[Alan Turing Institute|name_company]] with our reading group on the [[Turing test|name_eponym]]. Both meet in [[Victoria, BC|name_place]]. Ask {H}.",
    "Payroll reminder: the form rejected {SSNN} because it isn't a valid SSN. Use your real one, e.g. the format {SSN} is fine. Don't post card numbers like {CCN} either (that one fails Luhn anyway).",
    "Hi {FN}, the ticket you asked about is {TKT}; the book is {ISBN}. Server logs show a client at {IP6}.",
    "[[Mark|name_word]] your calendars: [[Julia|name_word]] 1.11 meetup in [[Florence|name_place]], hosted by {P}. RSVP {NURL}.",
    "I'm {P}, product designer, ex-[[Hugo Boss|name_company]], based in [[Adelaide|name_place]]. Portfolio {U}. Calendar: {U2}. Email me at <{E}>.",
    "Bought a [[Ted Baker|name_company]] suit for the interview, then took the [[Thomas Cook|name_company]] flight home. Still got the job at {CO}! Thanks, {FN}.",
    "Scam alert: a 'recruiter' asked {P} for her SSN ({SSN}) and card ({CC}) in a public comment. Report such posts to {E}.",
    "Help! I accidentally pasted my card {CC} in the event chat. Already called the bank. — {H}",
    "Reimbursement form: SSN {SSN}, card ending shown in full {CC}, IBAN {IBAN}. (Posted by mistake, please delete.) {P}",
    "Proud moment: our patent {PAT} was granted! Huge thanks to co-inventors {P} and {P2}. Book chapter: {ISBN}.",
    "Release notes: {VER} fixes the login bug reported in {TKT}. Doors open at {TIME} on {DATE}; ticket price {PRICE}. Questions: {H}",
    "Meetup agenda ({DATE}): {TIME} welcome, then {P} on the [[Pareto principle|name_eponym]]. Bring your order confirmation {ORD}. Contact: {PH}",
    "[[Will|name_word]] the [[Markov chain|name_eponym]] slides from the {DATE} session be posted on {NURL}? It starts at {TIME}.",
    "About me: data engineer in [[Lincoln, Nebraska|name_place]], fan of [[Bayes' theorem|name_eponym]] and good coffee. Say hi: {E} · {U}",
    "FYI: the membership ID {CCN} printed on your badge is not a card number (it fails the Luhn check), so the payment form rejects it. Ask {H} for help.",
    "Our office IP changed to {IP4P}, the VPN endpoint is {IP6} (not {IP6N}). Need access? Email {E} with ticket {TKT}.",
]
T["de"] = [
    "Wir begrüßen {P} im Team von {CO}! Erreichbar unter {PH} oder per Mail an {E}. Start: {DATE}.",
    "Vielen Dank, {FN}! Der Vortrag über den [[Dijkstra-Algorithmus|name_eponym]] war super. Folien: {NURL}",
    "Stellenanzeige: Senior Data Engineer (m/w/d) in Berlin-[[Charlottenburg|name_place]]. Bewerbung an {E} oder über {NURL}. Ansprechpartnerin: {P}, Tel. {PH}.",
    "Spenden bitte auf IBAN {IBAN}, Kontoinhaber {P}. Achtung: die IBAN {IBANN} im alten Aushang ist falsch.",
    "Empfehlung: {P} hat bei uns die Cloud-Migration geleitet. Profil: {U} — Kontakt: {EO}",
    "Sicherheitshinweis: Angriffe von {IP4} und {IP6}; interne Adressen wie {IP4N} sind nicht betroffen. Ticket {TKT}.",
    "Bitte löschen: {P} hat versehentlich die Kreditkarte {CC} gepostet. Rückfragen: {PH}.",
    "Unser Patent {PAT} ist erteilt! Danke an {P}. Buch dazu: {ISBN}, Preis {PRICE}. Beginn {TIME}.",
    "Router-[[Firmware|nonpii]] {IPVER} installiert; danach war die WAN-IP {IP4} und die IPv6 {IP6}. Lokal: {IP4N}, {IP6N}.",
    "Hinweis: Die Mitgliedsnummer {CCN} auf dem Ausweis ist keine Kartennummer. Fragen an {E}.",
    "Das nehme ich [[ernst|name_word]]: {H} und {H2}, bitte bis {DATE} Feedback geben.",
]
T["fr"] = [
    "Bienvenue à {P} chez {CO} ! Vous pouvez la joindre au {PH} ou par e-mail : {E}.",
    "Merci {FN} ! Ta présentation sur les chaînes de [[Markov|name_eponym]] était top. Replay : {NURL}",
    "Offre d'emploi : développeur·se Python à [[Florence|name_place]] (Italie). Candidatures à {E} avant le {DATE}. Contact : {P}, {PH}.",
    "Recommandation : j'ai travaillé trois ans avec {P}. Son profil : {U}. Calendrier : {U2}.",
    "Pour le don, IBAN {IBAN} (titulaire {P}). Prix du billet : {PRICE}. Écrivez à {EO} ou {EM}.",
    "Attention : {P} a publié par erreur sa carte bancaire {CC} dans le groupe. Modérateur : {H}.",
    "Incident : connexions suspectes depuis {IP4} et {IP6P}. Le serveur interne {IP4N} n'est pas concerné. Version du [[firmware|nonpii]] : {IPVER}.",
    "Une [[rose|name_word]] pour chaque bénévole ! Merci {H} et {H2}.",
]
T["es"] = [
    "¡Damos la bienvenida a {P} al equipo de {CO}! Escríbele a {E} o llama al {PH}.",
    "Gracias, {FN}. El taller sobre el [[teorema de Bayes|name_eponym]] fue increíble. Material: {NURL}",
    "Oferta: buscamos analista de datos en Madrid. CV a {E}. Dudas: {P}, {PH}. Cierre: {DATE}.",
    "Hay [[luz|name_word]] al final del túnel: el proyecto de {P} ya está en producción. Perfil: {U}",
    "Cuidado: {P} compartió sin querer su tarjeta {CC} en los comentarios. Ya la bloqueó. Número de pedido {ORD}.",
    "Para donaciones: IBAN {IBAN}. Titular: {P}. ¡Con [[paz|name_word]] y cariño!",
    "Aviso de seguridad: bloqueamos {IP4} y {IP4P}. El equipo interno {IP4N} no está afectado. Ticket {TKT}.",
]
T["pt"] = [
    "Boas-vindas a {P}, nova gerente de produto da {CO}! Contato: {PH} ou {E}.",
    "Valeu, {FN}! Sua palestra sobre o [[equilíbrio de Nash|name_eponym]] foi demais. Slides: {NURL}",
    "Vaga: engenheiro(a) de dados em São Paulo. Envie o currículo para {E}. Salário: {PRICE}. Dúvidas com {P} ({PH}).",
    "Recomendo muito {P}: {U}. Que [[vitória|name_word]] para o time!",
    "Alerta: acessos suspeitos de {IP4} e {IP6}. O IP {IP4N} é da rede interna. [[Firmware|nonpii]] {IPVER}.",
    "Doações pelo IBAN {IBAN} ou pelo e-mail {EO}. Obrigado, {H}!",
]
T["it"] = [
    "Diamo il benvenuto a {P} nel team di {CO}! Contatti: {PH}, {E}.",
    "Grazie {FN}! Il tuo talk sulla [[trasformata di Fourier|name_eponym]] è stato chiarissimo.",
    "Cerchiamo un/una UX designer a Milano. Candidature a {E} entro il {DATE}. Referente: {P}, {PH}.",
    "Che [[gioia|name_word]] rivedervi all'evento! Le foto sono di {H}. Profilo di {P}: {U}",
    "Bonifico su IBAN {IBAN}, intestato a {P}. Attenzione: l'IBAN {IBANN} non è valido.",
]
T["nl"] = [
    "Welkom {P} bij {CO}! Bereikbaar op {PH} of via {E}.",
    "Dank je, {FN}! Je uitleg van het [[kortstepad-algoritme van Dijkstra|name_eponym]] was helder.",
    "Vacature: data-analist in Amsterdam. Stuur je cv naar {E}. Vragen: {P}, {PH}. Sluitingsdatum {DATE}.",
    "Aanrader: {P} — {U}. Betalingen graag op IBAN {IBAN}.",
    "Bijeenkomst op {DATE} om {TIME}, kosten {PRICE}. Aanmelden bij {P} via {PH}.",
    "Storing opgelost: verkeer van {IP4} is geblokkeerd, {IP4N} is intern. Meld je bij {H}.",
]
T["pl"] = [
    "Witamy {P} w zespole {CO}! Kontakt: {E}, tel. {PH}.",
    "Dziękuję, {FN}! Świetny wykład o [[łańcuchach Markowa|name_eponym]].",
    "Oferta pracy: programista Java we Wrocławiu. CV na adres {E}. Pytania: {P}. Profil: {U}",
    "Przelew na IBAN {IBAN}, odbiorca {P}. Termin: {DATE}.",
]
T["sv"] = [
    "Välkommen {P} till {CO}! Nås på {E} eller {PH}.",
    "Tack, {FN}! Bra genomgång av [[Gantt-schema|name_eponym]] i projektet.",
    "Vi söker en backendutvecklare i Göteborg. Skicka CV till {E}. Kontakt: {P}, {U}",
    "Insamling: IBAN {IBAN}. Frågor till {H}.",
]
T["tr"] = [
    "{P} ekibimize katıldı! İletişim: {E}, {PH}.",
    "Teşekkürler {FN}! [[Pareto ilkesi|name_eponym]] üzerine sunumun çok faydalıydı.",
    "İş ilanı: İstanbul'da veri mühendisi. Başvuru: {E}. Sorular için {P}: {U}",
    "Bağış için IBAN {IBAN} (alıcı: {P}). [[Umut|name_word]] ediyoruz ki {DATE} tarihine kadar hedefe ulaşırız.",
    "Güvenlik: {IP4} adresinden saldırı. Yerel ağ {IP4N}, sunucu {IP6P}. Bilet {TKT}.",
    "[[Deniz|name_word]] kenarında networking etkinliği! Kayıt: {NURL}. Sorular: {H}",
]
T["id"] = [
    "Selamat bergabung, {P}! Hubungi {E} atau {PH}.",
    "Terima kasih, {FN}! Materi tentang [[rantai Markov|name_eponym]] sangat membantu.",
    "Lowongan: data analyst di Jakarta. Kirim CV ke {E} sebelum {DATE}. Kontak: {P}, {U}",
    "Pemandangan yang [[indah|name_word]] di acara kemarin! Foto oleh {H}. Donasi: IBAN {IBAN}",
]
T["sw"] = [
    "Karibu {P} kwenye timu ya {CO}! Wasiliana kupitia {E} au {PH}.",
    "Asante sana, {FN}! Warsha yako ilikuwa bora.",
    "Nafasi ya kazi: mhandisi wa data Nairobi. Tuma CV kwa {E}. Maswali: {P}, {U}",
    "Tunaomba [[amani|name_word]] na umoja katika jamii yetu. Michango: IBAN {IBAN}. Mratibu: {H}",
]
T["ng"] = [
    "Big congrats to {P} on joining {CO} in Lagos! Reach her on {PH} or {E}.",
    "Thank you, {FN}! Your session on the [[Nash equilibrium|name_eponym]] was top-notch.",
    "Job opening: product designer (Abuja). Send CV to {E}. Enquiries: {P}, {PH}. Deadline {DATE}.",
    "Kindly ignore: my card {CC} was posted in error. Refund to IBAN {IBAN}. — {P}",
    "Shout-out to {H} for organising! Profiles: {U} and {U2}.",
]
T["in"] = [
    "Happy to share that {P} has joined {CO}, Bengaluru. Contact: {PH} / {E}",
    "Thanks a lot, {FN}! The session on the [[Fourier transform|name_eponym]] was brilliant.",
    "Hiring: SDE-2 (Hyderabad). Mail your resume to {E}. POC: {P} ({PH}). Req ID {TKT}.",
    "Posted by mistake in the US payroll group: SSN {SSN}, card {CC}. {P}, please delete! ITIN {SSNN} is not an SSN.",
    "Referral: {P}, {U}. Please connect with {H}!",
]
T["vi"] = [
    "Chào mừng {P} gia nhập {CO}! Liên hệ: {E}, {PH}.",
    "Cảm ơn {P} vì buổi chia sẻ rất hay! Tài liệu: {NURL}",
    "Tuyển dụng: kỹ sư dữ liệu tại TP.HCM. Gửi CV về {E} trước {DATE}. Người liên hệ: {P}, {U}",
    "Quyên góp qua IBAN {IBAN}. Cảm ơn {H}!",
]
T["ru"] = [
    "Поздравляем: {P} присоединилась к команде {CO}! Почта: {E}, телефон: {PH}.",
    "Спасибо, {FN}! Отличный доклад про [[цепи Маркова|name_eponym]].",
    "Встреча {DATE} в {TIME}, вход {PRICE}. Патент {PAT}. Организатор: {P}, {PH}.",
    "Вакансия: data engineer в Москве. Резюме на {E}. Контакт: {P}, {U}",
    "Наша [[вера|name_word]] в команду и [[надежда|name_word]] на успех оправдались. Автор поста: {P}. Пишите {H}.",
    "Инцидент: атака с {IP4} и {IP6}; внутренний адрес {IP4N} не затронут. Заявка {TKT}.",
]
T["uk"] = [
    "Вітаємо {P} у команді {CO}! Пошта: {E}, телефон: {PH}.",
    "Дякую, {FN}! Чудова доповідь.",
    "Вакансія: аналітик даних у Києві. Резюме на {E}. Контакт: {P}, {U}",
    "Збір коштів: IBAN {IBAN}. Організаторка: {P}. Питання до {H}.",
]
T["el"] = [
    "Καλωσορίζουμε την {P} στην ομάδα της {CO}! Επικοινωνία: {E}, {PH}.",
    "Ευχαριστώ, {FN}! Εξαιρετική παρουσίαση.",
    "Θέση εργασίας: μηχανικός δεδομένων στην Αθήνα. Βιογραφικά στο {E}. Επαφή: {P}, {U}",
    "Με [[ελπίδα|name_word]] και [[ειρήνη|name_word]] για τη νέα χρονιά! Δωρεές: IBAN {IBAN}. Οργάνωση: {H}",
]
T["ar"] = [
    "نرحب بانضمام {P} إلى فريق {CO}! للتواصل: {E} أو {PH}.",
    "شكرًا {FN}! محاضرة رائعة عن [[سلاسل ماركوف|name_eponym]].",
    "وظيفة شاغرة: مهندس بيانات في دبي. أرسل سيرتك الذاتية إلى {E}. المسؤول: {P}، {U}",
    "لدينا [[أمل|name_word]] كبير في هذا المشروع. للتبرع: IBAN {IBAN}. تواصلوا مع {H}",
    "تنبيه أمني: حظرنا العنوان {IP4} والعنوان {IP6}. رقم التذكرة {TKT}.",
]
T["he"] = [
    "ברוכה הבאה {P} לצוות של {CO}! ליצירת קשר: {E} או {PH}.",
    "תודה, {FN}! הרצאה מעולה.",
    "משרה פתוחה: מהנדס/ת נתונים בתל אביב. קורות חיים ל-{E}. איש קשר: {P}, {U}",
    "יש [[אור|name_word]] בקצה המנהרה: הפרויקט של {P} עלה לאוויר. תרומות: IBAN {IBAN}. שאלות ל{H}",
]
T["hi"] = [
    "{CO} में {P} का स्वागत है! संपर्क: {E} या {PH}।",
    "धन्यवाद, {FN}! [[फूरिये ट्रांसफॉर्म|name_eponym]] पर आपका सत्र शानदार था।",
    "नौकरी: बेंगलुरु में डेटा इंजीनियर। अपना रिज़्यूमे {E} पर भेजें। संपर्क: {P}, {U}",
    "सुरक्षा सूचना: {IP4} और {IP6} से संदिग्ध लॉगिन। आंतरिक पता {IP4N} सुरक्षित है।",
    "हमें [[आशा|name_word]] है कि {DATE} तक लक्ष्य पूरा होगा। सवाल हों तो {H} से पूछें।",
]
T["th"] = [
    "ยินดีต้อนรับคุณ{P}สู่ทีม {CO}! ติดต่อ {E} หรือ {PH}",
    "ขอบคุณคุณ{FN}มากครับ สำหรับการบรรยายที่ยอดเยี่ยม",
    "รับสมัครวิศวกรข้อมูล กรุงเทพฯ ส่งเรซูเม่มาที่{E}ได้เลย ติดต่อคุณ{P} {U}",
    "บริจาคผ่าน IBAN {IBAN} สอบถาม {H} วันที่ {DATE}",
]
T["zh"] = [
    "热烈欢迎{P}加入{CO}数据团队！联系方式：{E}，电话{PH}。",
    "感谢{P}老师的分享，[[马尔可夫链|name_eponym]]讲得非常清楚！资料：{NURL}",
    "招聘：上海数据工程师，简历请发送至{E}，截止日期{DATE}。联系人：{P}，{U}",
    "请联系{E}获取报名表，或者加{H}。捐款账户 IBAN {IBAN}。",
    "安全通告：已封禁{IP4}和{IP6}，内网地址{IP4N}不受影响。工单号{TKT}。",
    "请注意：{P}误发了信用卡号{CC}，已联系银行。客服电话{PH}。",
    "活动时间：{DATE} {TIME}，票价{PRICE}，订单号{ORD}。联系人{P}，电话{PH}。",
    "推荐{P}和{P2}，他们的个人主页：{U}",
]
T["ja"] = [
    "{P}さんが{CO}に入社しました！連絡先：{E}、電話{PH}。",
    "{P}さん、[[ダイクストラ法|name_eponym]]の解説ありがとうございました！資料：{NURL}",
    "求人：東京でデータエンジニアを募集中。履歴書は{E}まで。締切{DATE}。担当：{P}（{U}）",
    "イベント参加費{PRICE}。問い合わせは{E}へ。写真は{H}さん撮影。",
    "{P}さんがクレジットカード番号{CC}を誤って投稿しました。削除をお願いします。",
    "不正アクセス元：{IP4}、{IP6}。社内ネットワーク{IP4N}と{IP6N}は対象外です。チケット{TKT}。",
    "会員番号{CCN}はカード番号ではありません。お問い合わせは{E}まで。",
    "推薦文：{P}さんは信頼できるエンジニアです。振込先 IBAN {IBAN}",
]
T["ko"] = [
    "{P}님이 {CO}에 합류했습니다! 연락처: {E}, {PH}",
    "{P}님, [[베이즈 정리|name_eponym]] 발표 감사합니다! 자료: {NURL}",
    "채용: 서울 데이터 엔지니어. 이력서는 {E}로 보내주세요. 담당자: {P} ({U})",
    "보안 공지: {IP4P}에서 비정상 접속이 감지되었습니다. 내부 주소 {IP4N}는 정상입니다. 담당: {P}",
    "기부 계좌 IBAN {IBAN}. 문의는 {H}에게 해주세요. 마감 {DATE}.",
]
LANGS = sorted(T)
LANG_W = {"en": 16, "de": 6, "fr": 5, "es": 5, "pt": 4, "it": 3, "nl": 3, "zh": 5, "ja": 4, "ko": 3, "ru": 3,
          "ar": 3, "hi": 3, "in": 3, "ng": 3}
# member culture used for each text language (native names), fallback Latin pool
LANG_CULT = {"en": ["en", "en", "en", "de", "fr", "es", "in", "ng", "nl", "it"], "de": ["de", "de", "tr", "pl", "en"],
             "fr": ["fr", "fr", "en"], "es": ["es", "es", "en"], "pt": ["pt", "pt", "es"], "it": ["it", "it", "en"],
             "nl": ["nl", "nl", "en"], "pl": ["pl"], "sv": ["sv"], "tr": ["tr"], "id": ["id"], "sw": ["sw"],
             "ng": ["ng", "ng", "en"], "in": ["in", "in", "en"], "vi": ["vi"], "ru": ["ru"], "uk": ["uk"],
             "el": ["el"], "ar": ["ar"], "he": ["he"], "hi": ["hi"], "th": ["th"], "zh": ["zh"], "ja": ["ja"],
             "ko": ["ko"]}
EMAIL_LANG = {"in": "in", "ng": "en"}
SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}|\[\[(.+?)\|([a-z0-9_]+)\]\]")
CJK_LANGS = ("zh", "ja", "ko", "th")


class Gen:
    def __init__(self, seed, members):
        self.rng = random.Random(seed)
        self.members = members
        self.by_cult = {}
        for i, m in enumerate(members):
            self.by_cult.setdefault(m.culture, []).append(i)
        self.latin = [c for c in sorted(self.by_cult) if CULTURES[c][0] == "latin" and c not in ("vi",)]
        self.colliders = [i for i, m in enumerate(members) if m.name in dict(COLLIDERS)]

    def pick(self, lang):
        rng = self.rng
        cands = LANG_CULT[lang]
        c = rng.choice(cands)
        if c not in self.by_cult:
            c = rng.choice(sorted(self.by_cult))
        if CULTURES[c][0] != "latin" and rng.random() < .15:
            c = rng.choice(self.latin)
        lst = self.by_cult[c]
        return self.members[rng.choice(lst)]

    def name_variant(self, m, lang):
        rng = self.rng
        n = m.name
        r = rng.random()
        if CULTURES[m.culture][0] != "latin":
            return n
        if r < .08 and fold(n) != n.casefold():
            n = "".join(ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch))
            n = unicodedata.normalize("NFC", n)
        elif r < .13:
            n = n.lower()
        elif r < .17:
            n = n.upper()
        return n

    def fill(self, slot, ctx, lang):
        rng = self.rng
        m, m2, m3 = ctx["m"], ctx["m2"], ctx["m3"]
        P = lambda t: [(t, "pii", None)]
        if slot in ("P", "P2", "P3"):
            mm = {"P": m, "P2": m2, "P3": m3}[slot]
            return [(self.name_variant(mm, lang), "pii", "PERSON")]
        if slot == "PS":
            n = self.name_variant(m, lang)
            return [(n, "pii", "PERSON"), ("'" if n.endswith("s") and rng.random() < .5 else rng.choice(["'s", "’s"]), None, None)]
        if slot == "FN":
            if m.culture in FAMILY_FIRST:
                return [(m.name, "pii", "PERSON")]
            return [(m.first, "pii", "PERSON")]
        if slot == "FNP":
            if m.culture in FAMILY_FIRST:
                return [(m.name, "pii", "PERSON"), ("'s", None, None)]
            return [(m.first, "pii", "PERSON"), (rng.choice(["'s", "’s"]) if not m.first.endswith("s") else "'", None, None)]
        if slot in ("H", "H2"):
            mm = m if slot == "H" else m2
            return [("@" + mm.handle, "pii", "HANDLE")]
        if slot in ("E", "E2", "EM", "EO"):
            mm = m2 if slot == "E2" else m
            if rng.random() < .15 and slot != "EO":
                local, dom = rng.choice(ROLES), rng.choice(COMPANIES)
            else:
                local, dom = email_for(rng, mm, EMAIL_LANG.get(lang, lang))
            if slot == "EO":
                k = rng.randrange(4)
                parts = dom.split(".")
                if k == 0:
                    s = "%s [at] %s" % (local, " [dot] ".join(parts))
                elif k == 1:
                    s = "%s(at)%s" % (local, dom)
                elif k == 2:
                    s = "%s (at) %s" % (local, " (dot) ".join(parts))
                else:
                    s = "%s[at]%s" % (local, dom)
                return [(s, "pii", "EMAIL")]
            s = local + "@" + dom
            if slot == "EM":
                if rng.random() < .5:
                    return [("mailto:", None, None), (s, "pii", "EMAIL")]
                return [("<", None, None), (s, "pii", "EMAIL"), (">", None, None)]
            return [(s, "pii", "EMAIL")]
        if slot in ("PH", "PH2"):
            cc = rng.choice(LANG_PHONE.get(lang, ["E164", "US", "UK", "DE", "FR", "IN", "BR", "JP", "AU",
                                                  "CN", "ES", "IT", "NL", "NG"]))
            s = phone(rng, cc)
            if rng.random() < .06 and " " in s:
                s = s.replace(" ", "\u00a0")
            return [(s, "pii", "PHONE")]
        if slot in ("U", "U2"):
            return [(profile_url(rng, m if slot == "U" else m2), "pii", "URL")]
        if slot == "IP4":
            return [(ipv4_global(rng), "pii", "IPV4")]
        if slot == "IP4P":
            return [(ipv4_global(rng), "pii", "IPV4"), (rng.choice([":%d" % rng.choice([22, 443, 8080, 8443, 3389]), "/32", "/%d" % rng.choice([24, 28, 29])]), None, None)]
        if slot == "IP6":
            return [(ipv6_global(rng), "pii", "IPV6")]
        if slot == "IP6P":
            return [("[", None, None), (ipv6_global(rng), "pii", "IPV6"), ("]:%d" % rng.choice([443, 8443, 51820, 22]), None, None)]
        if slot == "CC":
            d, _ = card_digits(rng)
            return [(group_card(rng, d), "pii", "CREDIT_CARD")]
        if slot == "IBAN":
            cc = rng.choice(sorted(IBAN_SPEC))
            return [(iban_fmt(rng, iban_make(rng, cc)), "pii", "IBAN")]
        if slot == "SSN":
            return [(ssn_make(rng), "pii", "US_SSN")]
        # negatives
        if slot in NUM_KIND:
            cat, s = neg_numeric(rng, lang, slot)
            return [(s, "neg", cat)]
        if slot == "IP4N":
            cat, s = ipv4_nonglobal(rng)
            return [(s, "neg", cat)]
        if slot == "IPVER":
            while True:
                s = "%d.%d.%d.%d" % (rng.randrange(1, 10), rng.randrange(0, 20), rng.randrange(0, 10), rng.randrange(1, 60))
                if ipaddress.ip_address(s).is_global:
                    return [(s, "neg", "ipv4_version")]
        if slot == "IP6N":
            return [(ipv6_nonglobal(rng), "neg", "ipv6_nonglobal")]
        if slot == "CCN":
            d, _ = card_digits(rng)
            d = d[:-1] + str((int(d[-1]) + rng.randrange(1, 10)) % 10)
            return [(group_card(rng, d), "neg", "card_luhn_invalid")]
        if slot == "IBANN":
            cc = rng.choice(sorted(IBAN_SPEC))
            return [(iban_fmt(rng, iban_make(rng, cc, good=False)), "neg", "iban_bad_check")]
        if slot == "SSNN":
            return [(ssn_make(rng, good=False), "neg", "ssn_invalid")]
        if slot in ("NURL", "NURL2"):
            cat, s = neg_url(rng)
            return [(s, "neg", cat)]
        if slot == "CO":
            return [(rng.choice(COMPANY_NAMES), None, None)]
        raise KeyError(slot)

    def render(self, tpl, lang, ctx):
        segs = []
        pos = 0
        for mt in SLOT_RE.finditer(tpl):
            if mt.start() > pos:
                segs.append((tpl[pos:mt.start()], None, None))
            if mt.group(1):
                segs.extend(self.fill(mt.group(1), ctx, lang))
            else:
                cat = mt.group(3)
                segs.append((mt.group(2), None if cat == "nonpii" else "neg", cat))
            pos = mt.end()
        segs.append((tpl[pos:], None, None))
        return segs

    def record(self, rid):
        rng = self.rng
        langs = [l for l in LANGS for _ in range(LANG_W.get(l, 2))]
        lang = rng.choice(langs)
        ctx = {"m": self.pick(lang), "m2": self.pick(lang), "m3": self.pick(lang)}
        tpls = T[lang]
        n = 1 if rng.random() < .6 else 2
        segs = []
        chosen = rng.sample(range(len(tpls)), n)
        for k, ti in enumerate(chosen):
            if k:
                segs.append((rng.choice(["\n\n", " ", "\n"]), None, None))
                ctx = {"m": self.pick(lang), "m2": self.pick(lang), "m3": self.pick(lang)}
            segs.extend(self.render(tpls[ti], lang, ctx))
        # collider sentence (a member whose full name is a firm name, in firm context)
        if self.colliders and lang in ("en", "in", "ng", "de", "fr", "es", "it", "pt", "nl", "zh", "ja") and rng.random() < .08:
            name, phrase = rng.choice(COLLIDERS)
            ctxs = {"en": "I interned at [[%s|name_company]] before grad school.",
                    "de": "Früher war ich bei [[%s|name_company]] im Vertrieb.",
                    "fr": "J'ai fait un stage chez [[%s|name_company]].",
                    "es": "Hice prácticas en [[%s|name_company]].",
                    "it": "Ho fatto uno stage da [[%s|name_company]].", "pt": "Fiz estágio na [[%s|name_company]].",
                    "nl": "Ik heb stage gelopen bij [[%s|name_company]].",
                    "zh": "我之前在[[%s|name_company]]实习。", "ja": "以前は[[%s|name_company]]で働いていました。"}
            tpl = ctxs.get(lang, ctxs["en"]) % phrase
            segs.append((" ", None, None))
            segs.extend(self.render(tpl, lang, ctx))
        text = ""
        spans, negs = [], []
        for s, kind, lab in segs:
            st = len(text)
            text += s
            if kind == "pii":
                spans.append({"start": st, "end": len(text), "type": lab})
            elif kind == "neg":
                negs.append({"start": st, "end": len(text), "category": lab})
        return {"id": "b10-%06d" % rid, "lang": lang, "text": text, "spans": spans, "negatives": negs}


# ---------------------------------------------------------------- self-check
def is_latin_alnum(ch):
    if not ch:
        return False
    if ch.isdigit() and ch.isascii():
        return True
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def selfcheck(records, members):
    names = {}
    for m in members:
        names[fold(m.name)] = True
    firsts = {fold(m.first) for m in members}
    handles = {m.handle for m in members}
    errors = []
    counts, ncounts, langs = {}, {}, {}
    latin_names = sorted({fold(m.name) for m in members if " " in m.name})
    cjk_names = {fold(m.name) for m in members if m.culture in ("zh", "ja", "ko")}
    bigram_names = {}
    for n in latin_names:
        bigram_names[n] = True
    for r in records:
        t = r["text"]
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        iv = sorted([(s["start"], s["end"], "S") for s in r["spans"]] + [(s["start"], s["end"], "N") for s in r["negatives"]])
        for a, b in zip(iv, iv[1:]):
            if b[0] < a[1]:
                errors.append("%s overlap %r %r" % (r["id"], a, b))
        for s in r["spans"]:
            v, ty = t[s["start"]:s["end"]], s["type"]
            counts[ty] = counts.get(ty, 0) + 1
            if v != v.strip() or not v:
                errors.append("%s %s whitespace %r" % (r["id"], ty, v))
            ok = True
            if ty == "EMAIL":
                ok = bool(EMAIL_RE.fullmatch(v) or OBF_RE.fullmatch(v)) and not re.search(r"example|\.test$|\.invalid$", v)
            elif ty == "PHONE":
                ok = phone_ok(v)
            elif ty == "IPV4":
                ip = ipaddress.ip_address(v)
                ok = ip.version == 4 and ip.is_global and not ip.is_multicast
            elif ty == "IPV6":
                ip = ipaddress.ip_address(v)
                ok = ip.version == 6 and ip.is_global
            elif ty == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                ok = d.isdigit() and luhn_ok(d) and card_prefix_ok(d)
            elif ty == "IBAN":
                c = v.replace(" ", "")
                ok = c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod(c) == 1
            elif ty == "US_SSN":
                ok = ssn_valid(v)
            elif ty == "URL":
                ok = bool(PROFILE_RE.fullmatch(v))
            elif ty == "HANDLE":
                ok = v.startswith("@") and v[1:] in handles
            elif ty == "PERSON":
                ok = fold(v) in names or fold(v) in firsts
            if not ok:
                errors.append("%s invalid %s %r" % (r["id"], ty, v))
            before = t[s["start"] - 1] if s["start"] else ""
            after = t[s["end"]] if s["end"] < len(t) else ""
            if is_latin_alnum(before) or is_latin_alnum(after) or after == "@" or before == "@":
                errors.append("%s %s glued to Latin text: %r" % (r["id"], ty, t[max(0, s["start"] - 5):s["end"] + 5]))
        for s in r["negatives"]:
            v, cat = t[s["start"]:s["end"]], s["category"]
            ncounts[cat] = ncounts.get(cat, 0) + 1
            bad = False
            if cat == "card_luhn_invalid":
                bad = luhn_ok(re.sub(r"\D", "", v))
            elif cat == "iban_bad_check":
                bad = iban_mod(v.replace(" ", "")) == 1
            elif cat == "ssn_invalid":
                bad = ssn_valid(v)
            elif cat.startswith("ipv4_") and cat != "ipv4_version" or cat == "ipv6_nonglobal":
                ip = ipaddress.ip_address(v)
                bad = ip.is_global and not ip.is_multicast
            if bad:
                errors.append("%s negative %s is valid PII %r" % (r["id"], cat, v))
        # leak check: unlabelled directory full names
        covered = bytearray(len(t))
        for s in r["spans"] + r["negatives"]:
            covered[s["start"]:s["end"]] = b"\1" * (s["end"] - s["start"])
        ft = fold(t)
        if len(ft) == len(t):
            toks = [(mm.start(), mm.end(), mm.group()) for mm in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", ft)]
            for k in range(len(toks)):
                for w in (2, 3):
                    if k + w <= len(toks):
                        st, en = toks[k][0], toks[k + w - 1][1]
                        cand = ft[st:en]
                        if cand in bigram_names and not any(covered[st:en]):
                            errors.append("%s unlabelled member name %r" % (r["id"], t[st:en]))
            if r["lang"] in ("zh", "ja", "ko"):
                for i in range(len(ft)):
                    for w in (2, 3, 4):
                        if ft[i:i + w] in cjk_names and not any(covered[i:i + w]):
                            errors.append("%s unlabelled CJK name %r" % (r["id"], t[i:i + w]))
    return errors, counts, ncounts, langs


def main():
    ap = argparse.ArgumentParser(description="blind PII corpus generator (issue 3)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    members = make_members(random.Random("members-%d" % a.seed), a.members)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    g = Gen("corpus-%d" % a.seed, members)
    recs = [g.record(i + 1) for i in range(a.records)]
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fp:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"], "spans": r["spans"],
                                "negatives": r["negatives"]}, ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": r["id"], "pii": r["spans"]}, ensure_ascii=False) + "\n")
    print("wrote %d records, %d members to %s" % (len(recs), len(members), a.out))
    if a.selfcheck:
        errors, counts, ncounts, langs = selfcheck(recs, members)
        print("languages (%d): %s" % (len(langs), ", ".join("%s %d" % kv for kv in sorted(langs.items()))))
        print("spans per type:")
        for k in sorted(counts):
            print("  %-12s %6d" % (k, counts[k]))
        print("negatives per category:")
        for k in sorted(ncounts):
            print("  %-20s %6d" % (k, ncounts[k]))
        for e in errors[:40]:
            print("ERROR " + e)
        print("selfcheck: %s (%d errors)" % ("OK" if not errors else "FAILED", len(errors)))
        if errors:
            sys.exit(1)


if __name__ == "__main__":
    main()
