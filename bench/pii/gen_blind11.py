#!/usr/bin/env python3
"""gen_blind11.py - an independent, labelled PII corpus for askfirst's redactor (issue 3).

Written BLIND on 2026-11-29 from two sources only: the text of issue 3 (the product's
definition of personal data, its "not this" hard negatives and its targets) and
bench/pii/score.py (for the GOLD format).  No other generator, name list, engine code,
test or document of the repository was read, and the corpus was not scored here.

  gen_blind11.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"}), DIR/corpus.jsonl
({"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets in code
points, end-exclusive) and DIR/gold_as_pred.jsonl (the gold spans under "pii", for a format
check with `score.py DIR/corpus.jsonl DIR/gold_as_pred.jsonl --check`).  Python 3 standard
library only; deterministic for a seed (random.Random(seed), lists only, never set order).

Coverage.  Posts, comments and profile fields of a professional network in 23 languages:
English (US/UK/AU/NG/KE), German, French, Spanish, Portuguese (BR), Italian, Dutch, Polish,
Swedish, Turkish, Indonesian, Vietnamese, Swahili, Russian, Ukrainian, Greek, Arabic, Hebrew,
Hindi (Devanagari), Thai, Chinese, Japanese, Korean.  Genres: onboarding posts, meeting notes
shared publicly, hackathon results, mentoring threads, work travel, conference CFPs,
open-source release posts, salary discussions, scam warnings, alumni reunions, tributes,
book recommendations, profile "about" fields.  Every type of the table: EMAIL (plain, role,
[at]/[dot] and (at) obfuscations, mailto:, <...>, glued to CJK/Thai), PHONE (US/CA, UK, DE, FR,
IN, BR, JP, AU, CN, ES, IT, NL, NG, bare E.164; space, dash, dot, slash, NBSP and (0)), IPV4
(:port and /cidr outside), IPV6 (compressed and full, [ ]:port outside), CREDIT_CARD (Visa,
Mastercard 51-55 and 2221-2720, Amex, Discover; grouped or compact), IBAN (24 countries,
compact or grouped), US_SSN (dashes or spaces), URL (profile links), HANDLE, PERSON.

Labelling choices (where the table leaves room):
  * HANDLE spans include the "@" ("@anjaweber"); only handles of directory members are HANDLE.
    "@here", "@channel", "@types/node", "icon@2x.png", "react@18.2.0" are negatives.
  * PERSON: full directory names in any case and with or without diacritics; possessives
    label the name only (Anja Weber's -> "Anja Weber"; a first-name possessive "Anja's"
    -> "Anja", used only after that member's full name appeared in the same text); the first
    name alone only in greetings/thanks; CJK/Korean full names written without a space, glued
    to the surrounding text and honorifics (王小明的, 김민준님, 田中健太さん), Thai names glued
    after คุณ.  Vietnamese names are family-name first; the greeting uses the last word.
  * A member's name inside a firm, place or eponym is NOT PERSON even when a member has that
    exact full name (members "Morgan Stanley", "Grace Hopper", "Alan Turing", "Marie Curie",
    "Paul Smith", "Ted Baker", "Hugo Boss", "Ada Lovelace" exist in the directory on purpose):
    "an analyst at Morgan Stanley", "the Grace Hopper Celebration", "Dijkstra's algorithm",
    "Charlotte, NC".  Ordinary words that are member first names ("we will ship", "grace
    period", "sales rose 4%", "dolores de cabeza", Arabic أمل "hope") are negatives.
  * URL: only profile links (linkedin.com/in/, github.com/<user>, x.com, twitter.com,
    medium.com/@, bsky.app/profile/, <user>.substack.com, calendly.com/<user>), with or
    without scheme; the whole URL incl. "https://" and "www." is the span, a trailing "." or
    ")" stays outside.  Company pages, careers pages, docs, papers, tickets, forms and
    organisation repositories (github.com/apache/kafka) are negatives.  The platform's own
    profile path is not generated (its domain is not in issue 3).
  * EMAIL: obfuscated forms label the whole written form ("maria [at] gmail [dot] com").
    Addresses on documentation domains (example.com/.org, *.example, .test, .invalid) are a
    negative category (documentation placeholders, not personal data), as are SSH remotes
    "git@github.com:org/repo.git".
  * PHONE spans include a leading "+" and the parentheses of an area code "(415) 823-4471";
    "(0)" is inside.  Extensions are not generated.
  * US_SSN only with dashes or spaces; a bare 9-digit run is not generated either way.
  * IPV4 "4.2.1.15" after "firmware"/"version"/"build" is a negative (version context).
  * German "Voß" upper-cased is written "VOSS" (labelled PERSON: full case folding).  Turkish
    names with dotless ı are never re-cased (their case mapping is locale-dependent).
  * Negatives are whole tokens or phrases ("Dijkstra's algorithm", "the Kalman filter",
    "staging box" stays outside "192.168.4.7"); a prediction overlapping them is a hit.

--selfcheck re-extracts every span and checks its validator (e-mail syntax and non-documentation
domain, phone digit count and characters, IPv4/IPv6 global via ipaddress, Luhn + brand prefix +
length, mod-97 + country length, SSN ranges, profile-URL pattern, member handle, member name or
first name), that "invalid" negatives really are invalid, that no span overlaps another span or
a negative, that Latin-script spans are not glued to letters/digits, and that no member full
name (word n-grams; CJK substrings) or member @handle occurs in the text unlabelled.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- validators

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


IBAN_SPEC = [  # country, BBAN pattern (a=letter, n=digit), total length
    ("DE", "18n", 22), ("FR", "23n", 27), ("GB", "4a14n", 22), ("ES", "20n", 24),
    ("IT", "1a22n", 27), ("NL", "4a10n", 18), ("BE", "12n", 16), ("AT", "16n", 20),
    ("CH", "17n", 21), ("PL", "24n", 28), ("PT", "21n", 25), ("SE", "20n", 24),
    ("NO", "11n", 15), ("DK", "14n", 18), ("FI", "14n", 18), ("IE", "4a14n", 22),
    ("LU", "16n", 20), ("SA", "20n", 24), ("AE", "19n", 23), ("IL", "19n", 23),
    ("TR", "22n", 26), ("GR", "23n", 27), ("BR", "23n1a1a", 29), ("RO", "4a16n", 24),
]
IBAN_LEN = {c: l for c, _, l in IBAN_SPEC}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ipv4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and not a.is_reserved


def ipv6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and a not in ipaddress.IPv6Network("2001:db8::/32")


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DOC_DOMAINS = ("example.com", "example.org", "example.net")


def email_ok(s):
    t = re.sub(r"\s*[\[(]at[\])]\s*", "@", s)
    t = re.sub(r"\s*[\[(]dot[\])]\s*", ".", t)
    if not EMAIL_RE.fullmatch(t):
        return False
    dom = t.split("@", 1)[1].lower()
    if dom in DOC_DOMAINS or dom.endswith((".example", ".test", ".invalid", ".localhost")):
        return False
    return ".." not in t and not t.startswith(".")


def phone_ok(s):
    if not re.fullmatch(r"[+(0-9][0-9 \u00a0()./-]*[0-9]", s):
        return False
    d = re.sub(r"\D", "", s)
    return 8 <= len(d) <= 15


PROFILE_RE = re.compile(
    r"(https?://)?(www\.)?(linkedin\.com/in/[A-Za-z0-9-]+/?|github\.com/[A-Za-z0-9-]+|"
    r"(x|twitter)\.com/[A-Za-z0-9_]+|medium\.com/@[A-Za-z0-9_.-]+|bsky\.app/profile/[a-z0-9.-]+|"
    r"[a-z0-9]+\.substack\.com|calendly\.com/[a-z0-9-]+(/[a-z0-9-]+)?)")


def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    out = []
    for c in s:
        n = deaccent(c).casefold()
        out.append(n if len(n) == 1 else c.lower())
    return "".join(out)

# ----------------------------------------------------------------------------- names

def P(s):
    return [tuple(x.split("|")) if "|" in x else (x, None) for x in s.split()]


LATIN = {
    "de": (P("Anja Jürgen Lena Tobias Katrin Lukas Sabine Matthias Jörg Annika Felix Ulrike Björn Frank"),
           P("Weber Müller Schäfer Hoffmann Becker Köhler Wagner Schröder Krüger Neumann Braun Zimmermann Voß")),
    "fr": (P("Élodie François Camille Hélène Julien Amélie Loïc Margaux Théo Céline Anaïs Jérôme"),
           P("Lefèvre Dubois Moreau Girard Fournier Rousseau Lemaître Bérard Chevalier Faure Benoît")),
    "es": (P("José María Lucía Álvaro Inés Sofía Martín Nuria Íñigo Carmen Dolores Pilar"),
           P("García Fernández Martínez López Núñez Ibáñez Sánchez Ortega Castillo Peña")),
    "pt": (P("João Conceição Thiago Luíza Gonçalo Beatriz Rafael Fernanda Caio Letícia"),
           P("Gonçalves Araújo Simões Ribeiro Carvalho Magalhães Azevedo Lima Brandão")),
    "it": (P("Giulia Lorenzo Francesca Niccolò Chiara Matteo Ilaria Gianluca"),
           P("Rossi Bianchi Esposito Ferrari Romano Colombo Galli Mancini")),
    "nl": (P("Sanne Joost Maaike Bram Femke Thijs Lieke Daan"),
           [("de Vries", None), ("van Dijk", None), ("Jansen", None), ("Bakker", None),
            ("Visser", None), ("van den Berg", None), ("Smit", None)]),
    "pl": (P("Agnieszka Łukasz Małgorzata Paweł Zofia Wojciech Katarzyna"),
           P("Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Dąbrowska")),
    "sv": (P("Åsa Björn Linnéa Måns Ingrid Oskar"), P("Lindqvist Åberg Sjöberg Ekström Nyström")),
    "tr": (P("Ayşe Mehmet Elif Çağrı Gökhan Şule Emre Zeynep"),
           P("Yılmaz Öztürk Kaya Demir Çelik Şahin Aydın")),
    "id": (P("Budi Siti Dewi Agus Putri Rizky Ayu"), P("Santoso Rahayu Lestari Wijaya Handayani Pratama")),
    "ng": (P("Chinedu Ngozi Oluwaseun Adebayo Chiamaka Emeka Funmilayo Tunde"),
           P("Okafor Adeyemi Nwosu Balogun Eze Okonkwo Adeleke")),
    "sw": (P("Wanjiru Achieng Njeri Baraka Juma Amani Zawadi"), P("Otieno Kamau Mwangi Odhiambo Wambui Kiprono")),
    "en": (P("Emily James Olivia Daniel Hannah Ryan Megan Connor Will Grace Rose Hope Mark Joy Charlotte "
             "Austin Sydney Victoria Florence Morgan"),
           P("Thompson O'Brien Walsh Murphy Campbell Harris Bennett Turner Hughes Fletcher Stanley Ford")),
}
VI = (P("Nguyễn Trần Lê Phạm Hoàng Võ"), P("Thu Văn Minh Thị Quốc Ngọc"), P("Hà Anh Tuấn Linh Dũng Trang"))

TR_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
                   "i", "yi", "ye", "g"]))
TR_GR = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
                  "s", "t", "y", "f", "ch", "ps", "o"]))


def translit(s, table):
    return "".join(table.get(c, c) for c in deaccent(s.lower()))


NONLATIN = {  # culture: list of (first-pool, last-pool, joiner); pools of (native, roman)
    "ru": [(P("Анна Екатерина Ольга Мария Ирина"), P("Смирнова Волкова Козлова Лебедева Соколова"), " "),
           (P("Дмитрий Сергей Алексей Иван Павел"), P("Смирнов Волков Козлов Лебедев Соколов"), " ")],
    "uk": [(P("Олена Тарас Оксана Андрій Ірина Богдан"), P("Шевченко Бондаренко Коваленко Мельник Ткаченко"), " ")],
    "el": [(P("Μαρία Ελένη Κατερίνα Δήμητρα"), P("Παπαδοπούλου Οικονόμου Γεωργίου Νικολάου"), " "),
           (P("Γιώργος Νίκος Δημήτρης Κώστας"), P("Παπαδόπουλος Οικονόμου Γεωργίου Νικολάου"), " ")],
    "ar": [(P("ليلى|laila أحمد|ahmed فاطمة|fatima يوسف|youssef مريم|mariam عمر|omar أمل|amal"),
            P("حداد|haddad الخطيب|alkhatib منصور|mansour العلي|alali ناصر|nasser"), " ")],
    "he": [(P("נועה|noa יונתן|yonatan מיכל|michal איתי|itai שירה|shira"),
            P("כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz אברהם|avraham"), " ")],
    "hi": [(P("अनीता|anita राहुल|rahul प्रिया|priya विकास|vikas स्नेहा|sneha"),
            P("शर्मा|sharma वर्मा|verma गुप्ता|gupta पटेल|patel सिंह|singh"), " ")],
    "th": [(P("สมชาย|somchai สุดารัตน์|sudarat ณัฐวุฒิ|nattawut พิมพ์ชนก|pimchanok ธนพล|thanapon"),
            P("ใจดี|jaidee ศรีสุข|srisuk วงศ์สวัสดิ์|wongsawat บุญมา|boonma แสงทอง|saengthong"), " ")],
    "zh": [(P("王|wang 李|li 张|zhang 刘|liu 陈|chen 欧阳|ouyang"),
            P("小明|xiaoming 静怡|jingyi 志强|zhiqiang 雨桐|yutong 建国|jianguo 思远|siyuan"), "")],
    "ja": [(P("佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 渡辺|watanabe"),
            P("健太|kenta 美咲|misaki 翔|sho 陽菜|hina 大輔|daisuke"), "")],
    "ko": [(P("김|kim 박|park 최|choi 정|jung 윤|yoon"),
            P("민준|minjun 서연|seoyeon 지훈|jihoon 하은|haeun 도윤|doyun"), "")],
}
CJK_FAMILY_FIRST = ("zh", "ja", "ko")

# members whose names double as firms, eponyms or brands (hard negatives elsewhere)
SPECIAL = ["Morgan Stanley", "Grace Hopper", "Alan Turing", "Marie Curie", "Paul Smith", "Ted Baker",
           "Hugo Boss", "Ada Lovelace", "Will Turner", "Grace Walsh", "Rose Murphy", "Hope Bennett",
           "Charlotte Hughes", "Austin Fletcher", "Sydney Harris", "Victoria Campbell",
           "Florence Turner", "Mark Ford", "Joy Thompson", "Dolores García", "Frank Braun",
           "Jan Dijkstra", "Rudolf Kalman", "Claire Fourier", "Thomas Bayes", "Henry Gantt"]


ROMAN_FIX = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i", "æ": "ae"})


class Member:
    __slots__ = ("uid", "name", "handle", "first", "culture", "script")


def make_members(n, rng):
    members = []
    used = {}
    cultures = sorted(LATIN) + ["vi"] + sorted(NONLATIN)
    weights = [3 if c == "en" else 2 for c in sorted(LATIN)] + [1] + [2] * len(NONLATIN)

    def add(name, first, roman_first, roman_last, culture, script):
        m = Member()
        m.uid = "u%d" % (len(members) + 1)
        m.name, m.first, m.culture, m.script = name, first, culture, script
        rf = re.sub(r"[^a-z0-9]", "", deaccent(roman_first.lower().translate(ROMAN_FIX)))
        rl = re.sub(r"[^a-z0-9]", "", deaccent(roman_last.lower().translate(ROMAN_FIX)))
        style = rng.randrange(4)
        base = [rf + rl, rf + "_" + rl, rf[:1] + rl, rf + rl[:1] + "_"][style].strip("_")
        if len(base) < 5:
            base = rf + rl
        h = base
        k = used.get(base, 0)
        while h in used:
            k += 1
            h = "%s%d" % (base, k if k > 1 else rng.randrange(2, 99))
        used[base] = k
        used[h] = used.get(h, 0)
        m.handle = h
        members.append(m)

    for name in SPECIAL:
        f, l = name.split(" ", 1)
        add(name, f, f, l, "es" if "í" in name else "en", "latin")
    while len(members) < n:
        c = rng.choices(cultures, weights)[0]
        if c in LATIN:
            fp, lp = LATIN[c]
            f, l = rng.choice(fp)[0], rng.choice(lp)[0]
            add(f + " " + l, f, f, l, c, "latin")
        elif c == "vi":
            fam, mid, giv = rng.choice(VI[0])[0], rng.choice(VI[1])[0], rng.choice(VI[2])[0]
            add("%s %s %s" % (fam, mid, giv), giv, giv, fam, "vi", "latin")
        else:
            fp, lp, j = rng.choice(NONLATIN[c])
            a, b = rng.choice(fp), rng.choice(lp)
            if c in ("ru", "uk"):
                ra, rb = translit(a[0], TR_CYR), translit(b[0], TR_CYR)
            elif c == "el":
                ra, rb = translit(a[0], TR_GR), translit(b[0], TR_GR)
            else:
                ra, rb = a[1], b[1]
            if c in CJK_FAMILY_FIRST:
                add(a[0] + j + b[0], b[0], rb, ra, c, "cjk")
            else:
                add(a[0] + j + b[0], a[0], ra, rb, c, "thai" if c == "th" else "other")
    return members

# ----------------------------------------------------------------------------- value makers


def dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + dg(rng, n - 1)


def phone(rng, country=None):
    c = country or rng.choice(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT",
                               "NL", "NG", "E164"])
    sp = rng.choice([" ", " ", "-", ".", "\u00a0"])
    if c in ("US", "CA"):
        area = rng.choice(["415", "212", "617", "312", "206", "512", "303", "404"] if c == "US" else
                          ["416", "604", "514", "403", "613"])
        ex, ln = rng.choice("23456789") + dg(rng, 2), dg(rng, 4)
        if ex[1:] == "55":
            ex = ex[0] + "64"
        f = rng.randrange(5)
        if f == 0:
            return "(%s) %s-%s" % (area, ex, ln)
        if f == 1:
            return "+1 %s %s %s" % (area, ex, ln)
        if f == 2:
            return "+1-%s-%s-%s" % (area, ex, ln)
        if f == 3:
            return "%s.%s.%s" % (area, ex, ln)
        return "%s-%s-%s" % (area, ex, ln)
    if c == "UK":
        f = rng.randrange(5)
        mob = "7" + rng.choice("45789") + dg(rng, 2)
        if f == 0:
            return "+44 20 7%s %s" % (dg(rng, 3), dg(rng, 4))
        if f == 1:
            return "020 7%s %s" % (dg(rng, 3), dg(rng, 4))
        if f == 2:
            return "0%s %s" % (mob, dg(rng, 6))
        if f == 3:
            return "+44 (0)%s %s" % (mob, dg(rng, 6))
        return "+44 %s %s %s" % (mob, dg(rng, 3), dg(rng, 3))
    if c == "DE":
        f = rng.randrange(6)
        mob = rng.choice(["151", "160", "170", "171", "176", "157"])
        city = rng.choice(["30", "89", "40", "221", "69", "711"])
        if f == 0:
            return "+49 %s %s" % (mob, nz(rng, 8))
        if f == 1:
            return "0%s/%s" % (city, nz(rng, 7))
        if f == 2:
            return "+49 (0)%s %s" % (city, nz(rng, 7))
        if f == 3:
            return "0%s %s %s" % (mob, dg(rng, 4), dg(rng, 4))
        if f == 4:
            return "+49-%s-%s" % (city, nz(rng, 7))
        return "0%s\u00a0%s" % (city, nz(rng, 7))
    if c == "FR":
        p = [rng.choice(["6", "7", "1", "4", "9"])] + [dg(rng, 2) for _ in range(4)]
        f = rng.randrange(4)
        s = rng.choice([" ", ".", "\u00a0", "-"])
        if f == 0:
            return "+33 " + p[0] + " " + " ".join(p[1:])
        if f == 1:
            return "0" + p[0] + s + s.join(p[1:])
        if f == 2:
            return "+33 (0)" + p[0] + " " + " ".join(p[1:])
        return "0" + p[0] + s + s.join(p[1:])
    if c == "IN":
        m = rng.choice("6789") + dg(rng, 4)
        f = rng.randrange(4)
        if f == 0:
            return "+91 %s %s" % (m, dg(rng, 5))
        if f == 1:
            return "+91-%s-%s" % (m, dg(rng, 5))
        if f == 2:
            return "0%s %s" % (m, dg(rng, 5))
        return "+91 22 %s %s" % (nz(rng, 4), dg(rng, 4))
    if c == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        f = rng.randrange(4)
        if f == 0:
            return "+55 %s 9%s-%s" % (ddd, dg(rng, 4), dg(rng, 4))
        if f == 1:
            return "(%s) 9%s-%s" % (ddd, dg(rng, 4), dg(rng, 4))
        if f == 2:
            return "(%s) %s-%s" % (ddd, rng.choice("2345") + dg(rng, 3), dg(rng, 4))
        return "+55 (%s) 9%s %s" % (ddd, dg(rng, 4), dg(rng, 4))
    if c == "JP":
        f = rng.randrange(4)
        mob = rng.choice(["90", "80", "70"])
        if f == 0:
            return "+81 %s-%s-%s" % (mob, dg(rng, 4), dg(rng, 4))
        if f == 1:
            return "0%s-%s-%s" % (mob, dg(rng, 4), dg(rng, 4))
        if f == 2:
            return "03-%s-%s" % (nz(rng, 4), dg(rng, 4))
        return "06-%s-%s" % (nz(rng, 4), dg(rng, 4))
    if c == "AU":
        f = rng.randrange(4)
        if f == 0:
            return "+61 4%s %s %s" % (dg(rng, 2), dg(rng, 3), dg(rng, 3))
        if f == 1:
            return "04%s %s %s" % (dg(rng, 2), dg(rng, 3), dg(rng, 3))
        if f == 2:
            return "(02) %s %s" % (rng.choice("89") + dg(rng, 3), dg(rng, 4))
        return "+61 3 %s %s" % (rng.choice("89") + dg(rng, 3), dg(rng, 4))
    if c == "CN":
        m = "1" + rng.choice(["38", "39", "58", "86", "35", "77"])
        f = rng.randrange(4)
        if f == 0:
            return "+86 %s %s %s" % (m, dg(rng, 4), dg(rng, 4))
        if f == 1:
            return "%s %s %s" % (m, dg(rng, 4), dg(rng, 4))
        if f == 2:
            return m + dg(rng, 8)
        return "010-%s %s" % (nz(rng, 4), dg(rng, 4))
    if c == "ES":
        f = rng.randrange(3)
        if f == 0:
            return "+34 6%s %s %s" % (dg(rng, 2), dg(rng, 3), dg(rng, 3))
        if f == 1:
            return "6%s %s %s %s" % (dg(rng, 2), dg(rng, 2), dg(rng, 2), dg(rng, 2))
        return "91 %s %s %s" % (nz(rng, 3), dg(rng, 2), dg(rng, 2))
    if c == "IT":
        f = rng.randrange(3)
        if f == 0:
            return "+39 3%s %s %s" % (dg(rng, 2), dg(rng, 3), dg(rng, 4))
        if f == 1:
            return "02 %s %s" % (nz(rng, 4), dg(rng, 4))
        return "+39 06 %s %s" % (nz(rng, 4), dg(rng, 4))
    if c == "NL":
        f = rng.randrange(3)
        if f == 0:
            return "+31 6 %s" % dg(rng, 8)
        if f == 1:
            return "06-%s" % dg(rng, 8)
        return "020-%s" % nz(rng, 7)
    if c == "NG":
        m = rng.choice(["803", "805", "806", "813", "816", "703", "802", "909"])
        f = rng.randrange(3)
        if f == 0:
            return "+234 %s %s %s" % (m, dg(rng, 3), dg(rng, 4))
        if f == 1:
            return "0%s %s %s" % (m, dg(rng, 3), dg(rng, 4))
        return "+234%s%s" % (m, dg(rng, 7))
    return "+" + rng.choice(["4915", "4477", "3361", "3460", "3933", "6141", "5511", "8190", "9198",
                             "2348", "1415", "3162"]) + dg(rng, rng.choice([7, 8]))


def ipv4(rng):
    while True:
        a = ".".join(str(x) for x in [rng.randrange(1, 224), rng.randrange(256), rng.randrange(256),
                                      rng.randrange(1, 255)])
        if ipv4_global(a):
            return a


def ipv6(rng):
    while True:
        pre = rng.choice(["2a01:4f8", "2a00:1450", "2606:4700", "2001:4860", "2620:fe", "2a02:810d",
                          "2400:cb00", "2c0f:f248", "2804:14c", "2a03:2880", "240e:3b7", "2001:67c"])
        g = pre.split(":") + ["%x" % rng.randrange(65536) for _ in range(2)]
        tail = rng.choice([["0", "0", "0", "%x" % rng.randrange(1, 65536)],
                           ["%x" % rng.randrange(65536) for _ in range(4)],
                           ["0", "0", "0", "1"]])
        full = (g + tail)[:8]
        while len(full) < 8:
            full.append("0")
        a = ipaddress.IPv6Address(":".join(full))
        if not ipv6_global(str(a)):
            continue
        f = rng.randrange(4)
        if f == 0:
            return a.exploded
        if f == 1:
            return ":".join(x.lstrip("0") or "0" for x in a.exploded.split(":"))
        return a.compressed if f == 2 else a.compressed.upper()


def card(rng, valid=True):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body = "4" + dg(rng, 14)
    elif brand == "mc":
        body = "5" + rng.choice("12345") + dg(rng, 13)
    elif brand == "mc2":
        body = str(rng.randrange(2221, 2721)) + dg(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + dg(rng, 12)
    else:
        body = rng.choice(["6011" + dg(rng, 11), "65" + dg(rng, 13), str(rng.randrange(644, 650)) + dg(rng, 12)])
    num = luhn_complete(body)
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randrange(1, 10)) % 10)
    label = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "Amex", "disc": "Discover"}[brand]
    f = rng.randrange(3)
    if f == 0:
        return num, label
    s = " " if f == 1 else "-"
    if len(num) == 15:
        return s.join([num[:4], num[4:10], num[10:]]), label
    return s.join(num[i:i + 4] for i in range(0, len(num), 4)), label


def iban(rng, valid=True):
    cc, pat, ln = rng.choice(IBAN_SPEC)
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", pat):
        for _ in range(int(cnt)):
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else rng.choice("0123456789")
    chk = 98 - iban_num(bban + cc + "00") % 97
    if not valid:
        chk = (chk + rng.randrange(1, 96)) % 97 + 2
        if chk > 99:
            chk -= 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == ln
    if not valid and iban_ok(s):
        return iban(rng, valid)
    if rng.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, valid=True):
    if valid:
        a = rng.randrange(1, 900)
        while a == 666:
            a = rng.randrange(1, 900)
        g, n = rng.randrange(1, 100), rng.randrange(1, 10000)
    else:
        a, g, n = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        k = rng.randrange(4)
        if k == 0:
            a = rng.choice([0, 666])
        elif k == 1:
            a = rng.randrange(900, 1000)
        elif k == 2:
            g = 0
        else:
            n = 0
    s = rng.choice(["-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, s, g, s, n)


MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr",
                "free.fr", "libero.it", "uol.com.br", "yandex.ru", "mail.ru", "qq.com", "163.com",
                "naver.com", "yahoo.co.jp", "proton.me", "icloud.com", "seznam.cz", "wp.pl",
                "nordwind-logistik.de", "kestrel-analytics.io", "vertexa.co", "bluepeak.com.au",
                "lagos-fintech.ng", "sakura-soft.co.jp", "hanbit-labs.kr", "tecnova.com.br"]
ROLES = ["jobs", "careers", "hr", "recruiting", "talent", "hello", "cfp", "press", "security", "billing"]

# ----------------------------------------------------------------------------- builder


class Rec:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def s(self, s, typ):
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.t(s)

    def g(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "category": cat})
        self.t(s)

    def text(self):
        return "".join(self.parts)


class Gen:
    def __init__(self, rng, members):
        self.rng = rng
        self.members = members
        self.by_culture = {}
        for i, m in enumerate(members):
            if i >= len(SPECIAL):
                self.by_culture.setdefault(m.culture, []).append(m)
        self.latin = [m for m in members[len(SPECIAL):] if m.script == "latin"]

    def member(self, lang):
        r = self.rng
        cult = {"en_ng": "ng", "en_ke": "sw", "en_au": "en"}.get(lang, lang)
        if r.random() < 0.03:
            return self.members[r.randrange(len(SPECIAL))]
        if cult in self.by_culture and r.random() < 0.65:
            return r.choice(self.by_culture[cult])
        if lang in ("zh", "ja", "ko") and r.random() < 0.5:
            return r.choice(self.by_culture[r.choice(["zh", "ja", "ko"])])
        return r.choice(self.latin)

    # --- slot renderers: each writes into Rec
    def person(self, R, lang, m, poss=False):
        r = self.rng
        name = m.name
        if m.script == "latin":
            x = r.random()
            if x < 0.08 and "ı" not in name.lower():
                name = name.upper()
            elif x < 0.16:
                name = deaccent(name).lower() if r.random() < 0.5 else deaccent(name)
            elif x < 0.2 and "İ" not in name:
                name = name.lower()
        elif m.culture == "el" and r.random() < 0.15:
            name = deaccent(name).upper()
        elif m.culture in ("ru", "uk") and r.random() < 0.1:
            name = name.upper()
        R.s(name, "PERSON")
        if poss:
            R.t("'s" if not name.endswith("s") else "'")

    def email(self, R, lang, m=None):
        r = self.rng
        if m is None or r.random() < 0.2:
            local = r.choice(ROLES)
            dom = r.choice(MAIL_DOMAINS[20:])
        else:
            h = m.handle.replace("_", ".")
            local = r.choice([h, h + str(r.randrange(1, 99)), h.replace(".", "")[:12]])
            dom = r.choice(MAIL_DOMAINS)
        e = local + "@" + dom
        f = r.random()
        cjk = lang in ("zh", "ja", "ko", "th")
        if f < 0.08:
            e = local + r.choice([" [at] ", "[at]", " (at) "]) + dom.replace(".", r.choice([" [dot] ", "[dot]"]))
        elif f < 0.14:
            e = local + "(at)" + dom
        if f > 0.9 and not cjk:
            R.t("<")
            R.s(e, "EMAIL")
            R.t(">")
        elif 0.82 < f <= 0.9:
            R.t("mailto:")
            R.s(e, "EMAIL")
        else:
            R.s(e, "EMAIL")

    def url(self, R, m):
        r = self.rng
        h = m.handle
        dash = h.replace("_", "-")
        k = r.randrange(8)
        u = ["linkedin.com/in/%s" % (dash + r.choice(["", "-" + "%x" % r.randrange(4096, 65535)])),
             "github.com/%s" % dash, "x.com/%s" % h, "twitter.com/%s" % h, "medium.com/@%s" % h,
             "bsky.app/profile/%s.bsky.social" % dash, "%s.substack.com" % h.replace("_", ""),
             "calendly.com/%s/%s" % (dash, r.choice(["30min", "intro", "mentoring"]))][k]
        pre = r.choice(["", "", "https://", "https://www.", "http://"])
        if k in (4, 5, 6) and pre.endswith("www."):
            pre = "https://"
        R.s(pre + u, "URL")

    def handle(self, R, m):
        R.s("@" + m.handle, "HANDLE")

    def structured(self, R, lang):
        r = self.rng
        k = r.randrange(7)
        if k == 0:
            R.t(r.choice(["server ", "IP ", "host ", "origin "]))
            a = ipv4(r)
            R.s(a, "IPV4")
            x = r.random()
            if x < 0.25:
                R.t(":" + r.choice(["22", "443", "8080", "3000", "51820"]))
            elif x < 0.4:
                R.t("/" + r.choice(["24", "32", "28"]))
        elif k == 1:
            a = ipv6(r)
            if r.random() < 0.3:
                R.t("endpoint [")
                R.s(a, "IPV6")
                R.t("]:" + r.choice(["443", "8443", "22"]))
            else:
                R.t(r.choice(["IPv6 ", "AAAA ", "v6 "]))
                R.s(a, "IPV6")
        elif k == 2:
            c, label = card(r)
            R.t(label + " ")
            R.s(c, "CREDIT_CARD")
        elif k == 3:
            R.t("IBAN ")
            R.s(iban(r), "IBAN")
        elif k == 4:
            R.t(r.choice(["SSN ", "SSN: ", "Social Security No. "]))
            R.s(ssn(r), "US_SSN")
        elif k == 5:
            R.t(r.choice(["tel. ", "☎ ", "WhatsApp ", "mobile ", ""]))
            R.s(phone(r), "PHONE")
        else:
            c, label = card(r)
            R.t(r.choice(["card ", "cc ", label + " "]))
            R.s(c, "CREDIT_CARD")

    def negative(self, R, lang, k=None):
        r = self.rng
        lead = k is None
        if k is None:
            k = r.randrange(24)
        if k == 0:
            y, mo, d = r.randrange(2019, 2028), r.randrange(1, 13), r.randrange(1, 29)
            R.g(r.choice(["%d-%02d-%02d" % (y, mo, d), "%02d.%02d.%d" % (d, mo, y), "%02d/%02d/%d" % (mo, d, y),
                          "%d/%d/%d" % (y, mo, d)]), "date")
        elif k == 1:
            h = r.randrange(7, 20)
            R.g(r.choice(["%02d:%02d–%02d:%02d" % (h, r.choice([0, 15, 30]), h + 1, r.choice([0, 30, 45])),
                          "%d:%02d pm" % (h - 6, r.choice([0, 30])), "%02dh%02d" % (h, r.choice([0, 30]))]), "time")
        elif k == 2:
            R.g(r.choice(["€%d.%03d,00" % (r.randrange(1, 9), r.randrange(1000)),
                          "$%d,%03d" % (r.randrange(40, 300), r.randrange(1000)),
                          "R$ %d.%03d,%02d" % (r.randrange(1, 30), r.randrange(1000), r.randrange(100)),
                          "₹%d,%02d,%03d" % (r.randrange(1, 40), r.randrange(100), r.randrange(1000)),
                          "¥%d,%03d,000" % (r.randrange(3, 15), r.randrange(1000))]), "price")
        elif k == 3:
            if lead:
                R.t(r.choice(["order ", "Bestellnr. ", "commande n° ", "pedido ", "注文番号"]))
            R.g(r.choice(["#%s-%s-%s" % (dg(r, 3), dg(r, 7), dg(r, 7)), "%s-%s" % (dg(r, 4), dg(r, 6)),
                          "A%s" % dg(r, 9)]), "order_number")
        elif k == 4:
            R.g(r.choice(["INC%s" % dg(r, 7), "JIRA-%d" % r.randrange(100, 99999), "ticket #%s" % dg(r, 8),
                          "PR #%d" % r.randrange(100, 30000), "CVE-%d-%d" % (r.randrange(2019, 2027),
                                                                             r.randrange(1000, 60000))]),
                "ticket_number")
        elif k == 5:
            b = "978" + r.choice(["3", "0", "1", "2", "4", "85"]) + dg(r, 8)
            b = b[:12]
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
            b += str((10 - s % 10) % 10)
            R.g("ISBN " + r.choice([b, "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12])]), "isbn")
        elif k == 6:
            R.g(r.choice(["v%d.%d.%d" % (r.randrange(1, 30), r.randrange(30), r.randrange(40)),
                          "%d.%d.%d-rc%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(10), r.randrange(1, 5)),
                          "2024.%02d.%d" % (r.randrange(1, 13), r.randrange(1, 9))]), "version")
        elif k == 7:
            R.t(r.choice(["firmware ", "version ", "build ", "driver "]))
            R.g("%d.%d.%d.%d" % (r.randrange(1, 12), r.randrange(0, 20), r.randrange(0, 10), r.randrange(10, 250)),
                "ip_version_string")
        elif k == 8:
            R.g(r.choice(["US %d,%03d,%03d B2" % (r.randrange(9, 12), r.randrange(1000), r.randrange(1000)),
                          "EP %d %03d %03d A1" % (r.randrange(2, 4), r.randrange(1000), r.randrange(1000)),
                          "WO 20%d/%06d" % (r.randrange(18, 26), r.randrange(1000000))]), "patent_number")
        elif k == 9:
            a = r.choice(["192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                          "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                          "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255)),
                          "127.0.0.1", "169.254.%d.%d" % (r.randrange(1, 255), r.randrange(1, 255)),
                          "100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(1, 255))])
            R.t("staging box ")
            R.g(a, "ipv4_private_reserved")
        elif k == 10:
            R.g(r.choice(["192.0.2.%d" % r.randrange(1, 255), "198.51.100.%d" % r.randrange(1, 255),
                          "203.0.113.%d" % r.randrange(1, 255), "198.18.%d.%d" % (r.randrange(2), r.randrange(1, 255)),
                          "240.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                          "224.0.0.%d" % r.randrange(1, 255)]), "ipv4_doc_reserved")
        elif k == 11:
            R.g(r.choice(["fe80::%x:%x" % (r.randrange(1, 65535), r.randrange(1, 65535)), "::1",
                          "fd%02x:%x:%x::%x" % (r.randrange(256), r.randrange(65536), r.randrange(65536), r.randrange(1, 99)),
                          "2001:db8::%x" % r.randrange(1, 65535), "2001:db8:%x::1" % r.randrange(1, 65535)]),
                "ipv6_nonglobal")
        elif k == 12:
            R.t("MAC ")
            R.g(":".join("%02X" % r.randrange(256) for _ in range(6)), "mac_address")
        elif k == 13:
            c, label = card(r, valid=False)
            R.t(r.choice(["tracking ", "parcel ", "ref "]))
            R.g(c, "card_luhn_invalid")
        elif k == 14:
            R.t("IBAN ")
            R.g(iban(r, valid=False), "iban_bad_check")
        elif k == 15:
            R.t(r.choice(["placeholder SSN ", "dummy SSN ", "test value "]))
            R.g(ssn(r, valid=False), "ssn_invalid_range")
        elif k == 16:
            u = r.choice(["linkedin.com/company/%s" % r.choice(["nordwind-logistik", "kestrel-analytics", "vertexa"]),
                          "https://www.%s/careers" % r.choice(["vertexa.co", "bluepeak.com.au", "tecnova.com.br"]),
                          "https://docs.python.org/3/library/ipaddress.html", "https://arxiv.org/abs/24%02d.%05d" % (
                              r.randrange(1, 13), r.randrange(100000)),
                          "https://www.eventbrite.com/e/%d" % r.randrange(10 ** 11, 10 ** 12),
                          "https://forms.gle/%s" % "".join(r.choice("AbCdEfGhJkLmNpQrStUvWxYz23456789") for _ in range(12)),
                          "github.com/%s" % r.choice(["apache/kafka", "rust-lang/rust", "kubernetes/kubernetes",
                                                      "pytorch/pytorch/releases"]),
                          "https://pretalx.com/%s/cfp" % r.choice(["pycon-de-2027", "fossasia27", "devconf-cz"])])
            R.g(u, "url_not_profile")
        elif k == 17:
            R.g(r.choice(["git@github.com:%s.git" % r.choice(["apache/kafka", "grafana/loki"]),
                          "react@18.%d.0" % r.randrange(4), "logo@2x.png", "@types/node", "name@example.com",
                          "firstname.lastname@example.org", "user@host.test"]), "email_lookalike")
        elif k == 18:
            R.g(r.choice(["@here", "@channel", "@everyone", "@Override", "@media", "@latest"]), "at_not_member")
        elif k == 19:
            if lead:
                R.t(r.choice(["an analyst at ", "ex-", "former VP at ", "interviewing with "]))
            R.g(r.choice(["Morgan Stanley", "Charles Schwab", "Ernst & Young", "Johnson & Johnson", "Dow Jones"]),
                "firm_name")
        elif k == 20:
            R.t(r.choice(["a ", "the new "]))
            R.g(r.choice(["Paul Smith", "Ted Baker", "Hugo Boss"]), "brand_name")
            R.t(r.choice([" suit", " store", " jacket"]))
        elif k == 21:
            R.t(r.choice(["relocating to ", "our office in ", "meetup in ", "flying to "]))
            R.g(r.choice(["Charlotte, NC", "Austin, TX", "Sydney, NSW", "Victoria, BC", "Florence, Italy",
                          "Regina, SK"]), "place_name")
        elif k == 22:
            R.t(r.choice(["we used ", "a talk on ", "explained ", "tickets for "]))
            R.g(r.choice(["Dijkstra's algorithm", "the Kalman filter", "a Fourier transform", "Bayes' theorem",
                          "a Gantt chart", "the Grace Hopper Celebration", "the Alan Turing Institute",
                          "a Marie Curie fellowship", "Ada Lovelace Day"]), "eponym")
        else:
            R.g(r.choice(["we will ship", "a grace period", "revenue rose 4%", "I hope so", "mark the date",
                          "joy of debugging", "will be there", "rose gold"]), "word_not_name")

    def first_greet(self, R, m):
        if m.script == "cjk":
            R.s(m.name, "PERSON")
        else:
            up = self.rng.random() >= 0.9 and "ı" not in m.first.lower()
            R.s(m.first.upper() if up else m.first, "PERSON")

# ----------------------------------------------------------------------------- templates
# Slots: {P} full name, {PS} English possessive of a full name, {PF} first-name possessive (after
# {P} of the same member), {G} first name in a greeting/thanks, {E} e-mail of the member,
# {ER} role e-mail, {T} phone, {U} profile URL, {H} @handle, {S} other structured PII,
# {N} hard negative, {Q} a second member's full name.

TPL = {
 "en": [
  "Welcome aboard {P}! She joins the payments team next week; say hi at {H} or {E}.",
  "Meeting notes (public): attendees {P}, {Q}. Action item: {P} to share the deck by {D}. Dial-in {T}.",
  "Hackathon results: 1st place goes to {P} ({U}) for a tool that scans {S} logs. {N}.",
  "Mentoring thread: {P}'s advice changed my career. Thanks, {G}! Book a slot: {U}.",
  "Scam warning: someone impersonating {P} asked people to pay {S} to 'unlock' a job offer. Real contact: {E}. {N}.",
  "Salary discussion: offer was {M} base, {N}. Happy to compare notes, DM {H}.",
  "CFP for our conference closes {D}. Questions to {ER} or {P} on {T}.",
  "Release 3.0 is out! Big thanks to {H} and {PS} review; changelog mentions {N}.",
  "In memory of {P}. Colleagues can share memories with {Q} at {E} or call {T}.",
  "Book recommendation from {P}: 'Designing Data-Intensive Applications', {I}. Hi {G}, great pick!",
  "Travel for work: {P} lands at 9am, hotel confirmation {O}, mobile {T}.",
  "Alumni reunion! {P}, {Q} and {H} are organising. RSVP {ER}. {N}.",
  "About: Data engineer, ex-{F}. Find me at {U} or {E}.",
  "{P} joined from {F}. {PF} first PR landed in {V}.",
  "Hi {G}, your invoice is attached. Pay to {S}. {N}.",
 ],
 "en_ng": [
  "Good morning house! Please join me to congratulate {P} on the new role. Call {T} or mail {E}.",
  "Scam alert o! Nobody from our HR will ask for {S}. Verify with {P} on {T}. {N}.",
  "Thank you {G}! The Lagos meetup was a success, slides at {U}. {N}.",
 ],
 "en_ke": [
  "Karibu {P}! Our Nairobi hub is growing. Reach her at {E} or {T}. {N}.",
  "Asante sana, {G}! Mentorship cohort 4 starts {D}. Apply via {ER}.",
 ],
 "en_au": [
  "G'day team, {P} is our new site lead. Mobile {T}, {N}. Cheers, {G}!",
  "Heads up: phishing texts claiming to be from {P}. Real number {T}, real handle {H}. {N}.",
 ],
 "de": [
  "Willkommen im Team, {P}! Erreichbar unter {T} oder {E}. {N}.",
  "Protokoll vom {D}: Teilnehmende {P}, {Q}. {P} schickt die Folien an {ER}.",
  "Danke, {G}! Dein Mentoring hat mir sehr geholfen. Profil: {U}.",
  "Warnung vor Betrug: Jemand gibt sich als {P} aus und verlangt {S}. {N}.",
  "Gehaltsdiskussion: Angebot {M}, Erstattung bitte auf {S}. Fragen an {H}.",
 ],
 "fr": [
  "Bienvenue à {P} dans l'équipe ! Contact : {E}, tél. {T}. {N}.",
  "Compte rendu public de la réunion du {D} : présents {P}, {Q}. Merci {G} !",
  "Appel à conférences ouvert jusqu'au {D}. Écrivez à {ER} ou à {P} ({U}).",
  "Hommage à {P}, partie trop tôt. Les messages peuvent être envoyés à {E}.",
  "Attention arnaque : un faux recruteur demande {S}. Le vrai profil de {P} : {U}. {N}.",
 ],
 "es": [
  "¡Bienvenida {P}! Escríbele a {E} o llama al {T}. {N}.",
  "Resultados del hackatón: ganó el equipo de {P} y {Q}. ¡Gracias, {G}! {N}.",
  "Ojo con la estafa: piden {S} en nombre de {P}. Contacto real: {H}.",
  "Recomendación de libro de {P}: {I}. Más en {U}.",
 ],
 "pt": [
  "Bem-vinda, {P}! Contato: {T} ou {E}. {N}.",
  "Obrigado, {G}! A mentoria foi incrível. Agenda: {U}.",
  "Discussão salarial: proposta de {M}. Reembolso via {S}. Dúvidas com {H}.",
  "Reencontro de ex-alunos: {P} e {Q} organizam. Inscrições: {ER}. {N}.",
 ],
 "it": [
  "Benvenuta {P}! Scrivile a {E} o chiama il {T}. {N}.",
  "Grazie {G}! Il talk sul rilascio {V} era ottimo. Profilo: {U}.",
  "Viaggio di lavoro: {P} arriva a Milano, volo {O}, cellulare {T}.",
 ],
 "nl": [
  "Welkom {P}! Bereikbaar via {T} of {E}. {N}.",
  "Dank je, {G}! Notulen van {D} staan online. Vragen aan {H}.",
  "Let op oplichting: iemand vraagt {S} namens {P}. {N}.",
 ],
 "pl": [
  "Witamy {P} w zespole! Kontakt: {E}, tel. {T}. {N}.",
  "Dziękuję, {G}! Wyniki hackathonu: wygrał zespół {P}. {N}.",
 ],
 "sv": [
  "Välkommen {P}! Nås på {T} eller {E}. {N}.",
  "Tack, {G}! Mentorprogrammet startar {D}. Boka via {U}.",
 ],
 "tr": [
  "Ekibe hoş geldin {P}! İletişim: {E}, {T}. {N}.",
  "Teşekkürler {G}! Konferans başvuruları {D} tarihine kadar açık: {ER}.",
 ],
 "id": [
  "Selamat bergabung, {P}! Hubungi {T} atau {E}. {N}.",
  "Terima kasih, {G}! Hasil hackathon: tim {P} juara. Profil: {U}.",
 ],
 "vi": [
  "Chào mừng {P} gia nhập nhóm! Liên hệ {E} hoặc {T}. {N}.",
  "Cảm ơn {G}! Buổi mentoring rất hữu ích. Hồ sơ: {U}.",
 ],
 "sw": [
  "Karibu sana {P}! Wasiliana naye kupitia {E} au {T}. {N}.",
  "Asante {G}! Mkutano wa wahitimu ni {D}. Maswali kwa {H}.",
 ],
 "ru": [
  "Добро пожаловать в команду: {P}! Почта {E}, телефон {T}. {N}.",
  "Спасибо, {G}! Протокол встречи от {D} опубликован. Участники: {P}, {Q}.",
  "Осторожно, мошенники: от имени {P} просят {S}. Настоящий профиль: {U}.",
 ],
 "uk": [
  "Вітаємо в команді: {P}! Пишіть на {E} або телефонуйте {T}. {N}.",
  "Дякую, {G}! Реліз {V} вийшов. Профіль: {U}.",
 ],
 "el": [
  "Καλώς ήρθες στην ομάδα, {P}! Επικοινωνία: {E}, {T}. {N}.",
  "Ευχαριστώ, {G}! Πρόσκληση για ομιλίες έως {D}: {ER}.",
 ],
 "ar": [
  "نرحب بانضمام {P} إلى فريقنا! للتواصل: {E} أو {T}. {N}.",
  "شكراً {G}! نتائج الهاكاثون: فاز فريق {P}. الحساب: {U}.",
  "تحذير من الاحتيال: شخص ينتحل صفة {P} ويطلب {S}. {N}.",
  "لدينا أمل كبير في هذا المشروع، تحدثوا مع {P} على {T}.",
 ],
 "he": [
  "ברוכה הבאה לצוות, {P}! ליצירת קשר: {E} או {T}. {N}.",
  "תודה {G}! סיכום הפגישה מ-{D} פורסם. משתתפים: {P}, {Q}.",
 ],
 "hi": [
  "टीम में स्वागत है {P}! संपर्क: {E} या {T}. {N}.",
  "धन्यवाद {G}! मेंटरशिप सत्र {D} को है। प्रोफ़ाइल: {U}",
  "सावधान: {P} के नाम पर कोई {S} माँग रहा है। {N}.",
 ],
 "th": [
  "ยินดีต้อนรับคุณ{P}สู่ทีม ติดต่อ{E}หรือโทร {T} {N}",
  "ขอบคุณคุณ{P}มากครับ สไลด์อยู่ที่ {U} ",
  "ระวังมิจฉาชีพแอบอ้างเป็นคุณ{P}ขอ {S} {N}",
 ],
 "zh": [
  "欢迎{P}加入团队！邮箱{E}，电话{T}。{N}",
  "感谢{P}的分享！黑客松结果：冠军是{Q}团队。主页：{U} ",
  "防骗提醒：有人冒充{P}索要{S}，请勿转账。{N}",
  "校友聚会由{P}和{Q}组织，报名请发邮件到{ER}。",
 ],
 "ja": [
  "{P}さん、チームへようこそ！連絡先は{E}、電話{T}です。{N}",
  "{P}さんの書評がとても良かったです。プロフィール：{U} ",
  "詐欺に注意：{P}を名乗る人物が{S}を要求しています。{N}",
 ],
 "ko": [
  "{P}님, 팀에 오신 것을 환영합니다! 연락처 {E}, {T}. {N}",
  "{P}님 감사합니다! 해커톤 결과는 {U} 에서 확인하세요.",
  "사기 주의: {P}님을 사칭해 {S}를 요구하는 메시지가 있습니다. {N}",
 ],
}
NEG_SLOT = {"D": [0], "V": [6], "M": [2], "O": [3], "F": [19], "I": [5]}
SFRAG = {"en": "Details: {S}.", "en_ng": "Details: {S}.", "en_ke": "Details: {S}.", "en_au": "Details: {S}.",
         "de": "Angaben: {S}.", "fr": "Coordonnées : {S}.", "es": "Datos: {S}.", "pt": "Dados: {S}.",
         "it": "Dati: {S}.", "nl": "Gegevens: {S}.", "pl": "Dane: {S}.", "sv": "Uppgifter: {S}.",
         "tr": "Bilgiler: {S}.", "id": "Data: {S}.", "vi": "Thông tin: {S}.", "sw": "Maelezo: {S}.",
         "ru": "Данные: {S}.", "uk": "Дані: {S}.", "el": "Στοιχεία: {S}.", "ar": "البيانات: {S}.",
         "he": "פרטים: {S}.", "hi": "विवरण: {S}।", "th": "ข้อมูล {S} ", "zh": "信息：{S}。", "ja": "情報：{S}。",
         "ko": "정보: {S}."}
LANG_W = {k: (6 if k == "en" else 2 if len(v) >= 3 else 1) for k, v in TPL.items()}


def render(gen, lang, tpl, R):
    r = gen.rng
    m = gen.member(lang)
    q = gen.member(lang)
    tries = 0
    while q.name == m.name and tries < 5:
        q = gen.member(lang)
        tries += 1
    if lang == "th" and r.random() < 0.7:
        m = r.choice(gen.by_culture["th"])
    seen_full = False
    for piece in re.split(r"(\{[A-Z]+\})", tpl):
        if not (piece.startswith("{") and piece.endswith("}")):
            R.t(piece)
            continue
        k = piece[1:-1]
        if k == "P":
            gen.person(R, lang, m)
            seen_full = True
        elif k == "PS":
            gen.person(R, lang, m, poss=True)
            seen_full = True
        elif k == "PF":
            if seen_full and m.script == "latin":
                R.s(m.first, "PERSON")
                R.t("'s")
            else:
                R.t("Their")
        elif k == "Q":
            gen.person(R, lang, q)
        elif k == "G":
            gen.first_greet(R, m if r.random() < 0.7 else q)
        elif k == "E":
            gen.email(R, lang, m)
        elif k == "ER":
            gen.email(R, lang, None)
        elif k == "T":
            R.s(phone(r), "PHONE")
        elif k == "U":
            gen.url(R, m)
        elif k == "H":
            gen.handle(R, m if r.random() < 0.6 else q)
        elif k == "S":
            gen.structured(R, lang)
        elif k == "N":
            gen.negative(R, lang)
        elif k in NEG_SLOT:
            gen.negative(R, lang, r.choice(NEG_SLOT[k]))
        else:
            raise ValueError(k)


def make_record(gen, idx):
    r = gen.rng
    langs = sorted(TPL)
    lang = r.choices(langs, [LANG_W[l] for l in langs])[0]
    R = Rec()
    nparts = r.choice([1, 1, 2, 2, 3])
    for i in range(nparts):
        if i:
            last = R.parts[-1][-1:] if R.parts else " "
            R.t("" if lang in ("zh", "ja", "ko", "th") and SCRIPT_GLUE.match(last) else " ")
        render(gen, lang, r.choice(TPL[lang]), R)
        if r.random() < 0.45:
            last = R.parts[-1][-1:]
            R.t("" if lang in ("zh", "ja", "ko", "th") and SCRIPT_GLUE.match(last) else " ")
            render(gen, lang, SFRAG[lang], R)
        if r.random() < 0.12:
            R.t(" ")
            gen.negative(R, lang)
            R.t(".")
    if lang == "es" and r.random() < 0.1:
        R.t(" Tenía ")
        R.g("dolores", "word_not_name")
        R.t(" de cabeza toda la semana.")
    if lang == "de" and r.random() < 0.1:
        R.t(" Ich sage es ")
        R.g("frank", "word_not_name")
        R.t(" und frei.")
    return {"id": "b11-%06d" % idx, "text": R.text(), "spans": R.spans, "negatives": R.negs}

# ----------------------------------------------------------------------------- selfcheck

SCRIPT_GLUE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\u3000-\u303f]")


def selfcheck(members, records):
    errs = []
    names = {}
    firsts = {}
    for m in members:
        names[norm(m.name)] = m
        firsts[norm(m.first)] = m
    handles = {m.handle for m in members}
    full = {deaccent(m.name).casefold() for m in members} | {deaccent(m.first).casefold() for m in members}
    cnt, ncnt = {}, {}
    val = {"EMAIL": email_ok, "PHONE": phone_ok, "IPV4": ipv4_global, "IPV6": ipv6_global,
           "CREDIT_CARD": card_ok, "IBAN": iban_ok, "US_SSN": ssn_ok,
           "URL": lambda s: PROFILE_RE.fullmatch(s) is not None,
           "HANDLE": lambda s: s.startswith("@") and s[1:] in handles,
           "PERSON": lambda s: norm(s) in names or norm(s) in firsts or deaccent(s).casefold() in full}
    neg_inv = {"card_luhn_invalid": lambda s: not card_ok(s), "iban_bad_check": lambda s: not iban_ok(s),
               "ssn_invalid_range": lambda s: not ssn_ok(s), "ipv4_private_reserved": lambda s: not ipv4_global(s),
               "ipv4_doc_reserved": lambda s: not ipv4_global(s), "ipv6_nonglobal": lambda s: not ipv6_global(s),
               "email_lookalike": lambda s: not email_ok(s) or s.endswith(".png"), "url_not_profile": lambda s: not PROFILE_RE.fullmatch(s),
               "at_not_member": lambda s: s[1:] not in handles}
    # whole-name scan for unlabelled member names (word n-grams; CJK substrings)
    latin_names = {k for k in names if " " in k}
    cjk_names = {k for k, m in names.items() if m.script == "cjk"}
    for rec in records:
        text = rec["text"]
        ivs = sorted([(s["start"], s["end"], s["type"]) for s in rec["spans"]] +
                     [(s["start"], s["end"], "neg:" + s["category"]) for s in rec["negatives"]])
        for a, b in zip(ivs, ivs[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlap %r %r" % (rec["id"], a, b))
        for s in rec["spans"]:
            v = text[s["start"]:s["end"]]
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
            if not v or v != v.strip() or not val[s["type"]](v):
                errs.append("%s: %s fails validator: %r" % (rec["id"], s["type"], v))
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            glued = SCRIPT_GLUE.match(v[0]) or SCRIPT_GLUE.match(v[-1])
            for ch in (before, after):
                if (ch.isalnum() and not SCRIPT_GLUE.match(ch) and not glued) or ch in "@_":
                    if s["type"] == "PERSON" and ch == "s" and after == ch and text[s["end"] - 1:s["end"]] == "'":
                        continue
                    errs.append("%s: %s %r glued to %r" % (rec["id"], s["type"], v, ch))
            if s["type"] in ("URL", "EMAIL", "PHONE", "IPV4") and after in ".)" and \
                    s["end"] + 1 < len(text) and text[s["end"] + 1].isalnum():
                errs.append("%s: %s followed by %r+alnum" % (rec["id"], s["type"], after))
        for n in rec["negatives"]:
            v = text[n["start"]:n["end"]]
            ncnt[n["category"]] = ncnt.get(n["category"], 0) + 1
            f = neg_inv.get(n["category"])
            if f and not f(v):
                errs.append("%s: negative %s is actually valid: %r" % (rec["id"], n["category"], v))
        covered = [(a, b) for a, b, _ in ivs]
        low = norm(text)
        if len(low) == len(text):
            toks = [(mt.start(), mt.end()) for mt in re.finditer(r"\w+(?:'\w+)?", low)]
            for i in range(len(toks)):
                for n in (2, 3, 4):
                    if i + n <= len(toks):
                        a, b = toks[i][0], toks[i + n - 1][1]
                        if low[a:b] in latin_names and not any(x <= a and b <= y for x, y in covered):
                            errs.append("%s: unlabelled member name %r" % (rec["id"], text[a:b]))
            for mt in re.finditer(r"[\u3400-\u9fff\uac00-\ud7af]+", low):
                run, base = mt.group(), mt.start()
                for i in range(len(run)):
                    for L in (2, 3, 4):
                        if run[i:i + L] in cjk_names and len(run[i:i + L]) == L:
                            a, b = base + i, base + i + L
                            if not any(x <= a and b <= y for x, y in covered):
                                errs.append("%s: unlabelled CJK name %r" % (rec["id"], text[a:b]))
        for mt in re.finditer(r"(?<![\w.])@([a-z0-9_]+)", text):
            if mt.group(1) in handles and not any(x <= mt.start() and mt.end() <= y for x, y in covered):
                errs.append("%s: unlabelled handle %r" % (rec["id"], mt.group()))
    return errs, cnt, ncnt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(max(a.members, len(SPECIAL) + 200), rng)
    gen = Gen(rng, members)
    records = [make_record(gen, i + 1) for i in range(a.records)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps({"id": rec["id"], "pii": rec["spans"]}, ensure_ascii=False) + "\n")
    print("wrote %d members, %d records to %s" % (len(members), len(records), a.out))
    if a.selfcheck:
        errs, cnt, ncnt = selfcheck(members, records)
        print("spans per type:")
        for t in ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]:
            print("  %-12s %6d" % (t, cnt.get(t, 0)))
        print("negatives per category:")
        for c in sorted(ncnt):
            print("  %-22s %6d" % (c, ncnt[c]))
        for e in errs[:40]:
            print("ERROR " + e)
        print("selfcheck: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
