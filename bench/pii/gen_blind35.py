#!/usr/bin/env python3
"""gen_blind35.py - the 39th labelled PII test corpus: "near misses", written blind.

Written blind on 2026-11-30 from two sources only: issue 3 (the product's definition of
personal data: the type table, its "not this" column and the targets) and bench/pii/score.py
(the gold format and how it is scored).  No engine code, other generator or test was read and
no redactor was run on this corpus, so nobody tuned the engine on it.

Theme: near misses.  Hard negatives dominate: numbers one check digit away from valid
(Luhn-invalid cards, IBANs with a bad mod-97, SSNs with area 000/666/9xx, group 00 or serial
0000), phone-shaped order/invoice/ticket/tracking/case/booking/meeting numbers with their cue
word in many languages, dates and times, prices and ranges, versions and build numbers,
ISBN/DOI/arXiv/patent numbers, non-global IPv4/IPv6 (with :port and /cidr), IP-shaped version
strings in a version context, e-mail-like strings that are not addresses (npm scopes,
decorators, git remotes, shell prompts), documentation-domain addresses, company / careers /
docs / paper / event / form links, handles of non-members and @channel/@here, names of
non-members, companies/places/eponyms/brands/awards/buildings named like people, ordinary words
that are member first names, titles of books and films containing names.  Mixed with real
personal data that looks innocent: a member's first name alone in a greeting, thanks or
vocative, possessives, @handles, obfuscated e-mails, phones with unusual valid separators,
compact and grouped IBANs, dashed cards, global IPv4/IPv6, scheme-less profile URLs, CJK full
names glued to CJK text.  Languages: en de fr es pt it nl pl tr ru ar hi zh ja ko.

  python3 bench/pii/gen_blind35.py --out DIR [--records 5000] [--members 100000] [--seed 1]
                                   [--selfcheck]

writes DIR/members.jsonl ({"user","name","handle"} per line) and DIR/corpus.jsonl (gold:
{"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets in code
points, end-exclusive).  --selfcheck validates every gold span and negative (validators pass
for gold structured items and fail for the negatives that claim invalidity), offsets, overlaps,
and that no member full name or handle occurs outside a gold span.  Standard library only.
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

# ---------------------------------------------------------------- members
# culture: (firsts, lasts, romanisation or None, glued CJK)
CULTURES = {
    "en": (["Will", "Grace", "May", "Mark", "Rose", "Hope", "Bill", "Faith", "Joy", "Olivia",
            "Ethan", "Chloe", "Ryan", "Megan", "Owen", "Harriet"],
           ["Thornbury", "Ashcombe", "Pemberton", "Whitfield", "Hargreaves", "Caldwell",
            "Holloway", "Kingsley", "Blackwood", "Aldridge", "Penrose", "Fairweather"]),
    "de": (["Anja", "Jonas", "Lukas", "Lena", "Katrin", "Matthias", "Sabine", "Felix",
            "Jürgen", "Birgit", "Henrike", "Torsten"],
           ["Weber", "Schneider", "Fischer", "Wagner", "Becker", "Hoffmann", "Schäfer",
            "Richter", "Krüger", "Zimmermann", "Hartmann", "Lindner"]),
    "fr": (["Camille", "Julien", "Manon", "Théo", "Élodie", "Mathieu", "Chloé", "Antoine",
            "Margaux", "Baptiste"],
           ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Gauthier",
            "Mercier", "Boucher", "Lemaire"]),
    "es": (["Lucía", "Javier", "Pilar", "Dolores", "Paz", "Luz", "Alejandro", "Carmen",
            "Mateo", "Esperanza", "Rosa", "Iñigo"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
            "Domínguez", "Ibáñez", "Castillo"]),
    "pt": (["João", "Beatriz", "Rafael", "Mariana", "Tiago", "Inês", "Gabriel", "Larissa"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Ferreira",
            "Almeida"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo"],
           ["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Galli"]),
    "nl": (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Anouk", "Thijs"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Joanna",
            "Krzysztof"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Kaczmarek", "Zając",
            "Wróbel"]),
    "tr": (["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Deniz", "Umut"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk"]),
    "ru": (["Анна", "Вера", "Надежда", "Ольга", "Любовь", "Мария"],
           ["Смирнова", "Иванова", "Кузнецова", "Попова", "Соколова", "Лебедева"]),
    "ar": (["محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "أمل", "خالد", "نور"],
           ["العلي", "الحسن", "منصور", "حداد", "الخطيب", "سليمان"]),
    "hi": (["प्रिया", "राहुल", "अनीता", "विक्रम", "सुनीता", "अर्जुन"],
           ["शर्मा", "वर्मा", "गुप्ता", "पटेल", "मेहता", "अग्रवाल"]),
    "zh": (["伟", "芳", "秀英", "敏", "静", "磊", "婷", "子涵"],
           ["王", "李", "刘", "陈", "杨", "黄", "赵", "吴"]),
    "ja": (["花子", "陽菜", "結衣", "蓮", "大翔", "美咲", "健太", "さくら"],
           ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "小林"]),
    "ko": (["민준", "서연", "지우", "하은", "도윤", "서준", "예은", "수아"],
           ["김", "박", "최", "강", "윤", "임", "한", "신"]),
}
ROMAN = {
    "Анна": "anna", "Вера": "vera", "Надежда": "nadezhda", "Ольга": "olga", "Любовь": "lyubov",
    "Мария": "maria", "Смирнова": "smirnova", "Иванова": "ivanova", "Кузнецова": "kuznetsova",
    "Попова": "popova", "Соколова": "sokolova", "Лебедева": "lebedeva",
    "محمد": "mohammed", "فاطمة": "fatima", "أحمد": "ahmed", "ليلى": "layla", "يوسف": "youssef",
    "أمل": "amal", "خالد": "khaled", "نور": "nour", "العلي": "alali", "الحسن": "alhassan",
    "منصور": "mansour", "حداد": "haddad", "الخطيب": "alkhatib", "سليمان": "suleiman",
    "प्रिया": "priya", "राहुल": "rahul", "अनीता": "anita", "विक्रम": "vikram",
    "सुनीता": "sunita", "अर्जुन": "arjun", "शर्मा": "sharma", "वर्मा": "verma",
    "गुप्ता": "gupta", "पटेल": "patel", "मेहता": "mehta", "अग्रवाल": "agarwal",
    "伟": "wei", "芳": "fang", "秀英": "xiuying", "敏": "min", "静": "jing", "磊": "lei",
    "婷": "ting", "子涵": "zihan", "王": "wang", "李": "li", "刘": "liu", "陈": "chen",
    "杨": "yang", "黄": "huang", "赵": "zhao", "吴": "wu",
    "花子": "hanako", "陽菜": "hina", "結衣": "yui", "蓮": "ren", "大翔": "hiroto",
    "美咲": "misaki", "健太": "kenta", "さくら": "sakura", "佐藤": "sato", "鈴木": "suzuki",
    "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito", "渡辺": "watanabe", "山本": "yamamoto",
    "小林": "kobayashi",
    "민준": "minjun", "서연": "seoyeon", "지우": "jiwoo", "하은": "haeun", "도윤": "doyun",
    "서준": "seojun", "예은": "yeeun", "수아": "sua", "김": "kim", "박": "park", "최": "choi",
    "강": "kang", "윤": "yoon", "임": "lim", "한": "han", "신": "shin",
}
CJK = {"zh", "ja", "ko"}
WORD_FIRSTS = {"en": ["Will", "Grace", "May", "Mark", "Rose", "Hope", "Bill", "Faith", "Joy"],
               "es": ["Paz", "Luz", "Pilar", "Dolores", "Esperanza", "Rosa"],
               "ru": ["Вера", "Надежда", "Любовь"], "tr": ["Deniz", "Umut"],
               "ar": ["أمل", "نور"]}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("ł", "l").replace("ı", "i")


def roman(word):
    if word in ROMAN:
        return ROMAN[word]
    return re.sub(r"[^a-z]", "", ascii_fold(word).lower())


def make_members(n, rng):
    members, taken = [], set()
    by_culture = {c: [] for c in CULTURES}
    cults = list(CULTURES)
    weights = [12, 10, 7, 8, 5, 5, 5, 5, 5, 5, 4, 4, 5, 5, 5]
    for i in range(1, n + 1):
        c = rng.choices(cults, weights)[0]
        firsts, lasts = CULTURES[c]
        f, l = rng.choice(firsts), rng.choice(lasts)
        name = (l + f) if c in CJK else (f + " " + l)
        rf, rl = roman(f), roman(l)
        bases = [rf + rl, rf + "_" + rl, rf[0] + rl, rl + "_" + rf, rf + rl[0] + "_"]
        h = None
        for b in bases:
            if b not in taken:
                h = b
                break
        if h is None:
            b = rng.choice(bases[:2])
            k = rng.randint(2, 99)
            while b + str(k) in taken:
                k += rng.randint(1, 97)
            h = b + str(k)
        taken.add(h)
        m = {"user": "u%d" % i, "name": name, "handle": h, "c": c, "first": f, "last": l}
        members.append(m)
        by_culture[c].append(m)
    return members, by_culture


# ---------------------------------------------------------------- validators
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = ord(ch) - 48
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix_and_body):
    for d in "0123456789":
        if luhn_ok(prefix_and_body + d):
            return prefix_and_body + d


def card_valid(text):
    d = re.sub(r"[ -]", "", text)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith("6011") or d.startswith("65"):
        return len(d) == 16
    return False


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "TR": 26,
            "PT": 25, "BE": 16, "AT": 20, "CH": 21}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_valid(text):
    s = text.replace(" ", "")
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit()
            and s.isalnum() and iban_mod(s) == 1)


def ssn_valid(text):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if not m:
        return False
    a, g, s = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def ip_global(text):
    try:
        return ipaddress.ip_address(text).is_global
    except ValueError:
        return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DOC_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid))$")


def email_valid(text):
    t = re.sub(r"\s*[\[(]at[\])]\s*", "@", text)
    t = re.sub(r"\s*[\[(]dot[\])]\s*", ".", t)
    return bool(EMAIL_RE.fullmatch(t)) and not DOC_DOM.search(t.split("@")[1])


def phone_valid(text):
    if not re.fullmatch(r"[+(]?[0-9][0-9 \u00a0().\-/]*[0-9]", text):
        return False
    return 8 <= sum(ch.isdigit() for ch in text) <= 15


PROFILE_RE = re.compile(r"(https?://)?(www\.)?(linkedin\.com/in/[a-z0-9_-]+/?|github\.com/[a-z0-9_-]+"
                        r"|x\.com/[a-z0-9_]+|medium\.com/@[a-z0-9_]+|bsky\.app/profile/"
                        r"[a-z0-9_-]+\.bsky\.social|[a-z0-9_-]+\.substack\.com|calendly\.com/"
                        r"[a-z0-9_-]+|askfirst\.example/u/[a-z0-9_]+)")


def url_valid(text):
    return bool(PROFILE_RE.fullmatch(text))


# ---------------------------------------------------------------- value makers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_card(rng, sep=None):
    kind = rng.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body, L = "4" + digits(rng, 14), 16
    elif kind == "mc":
        body, L = str(rng.randint(51, 55)) + digits(rng, 13), 16
    elif kind == "mc2":
        body, L = str(rng.randint(2221, 2720)) + digits(rng, 11), 16
    elif kind == "amex":
        body, L = rng.choice(["34", "37"]) + digits(rng, 12), 15
    else:
        body, L = rng.choice(["6011" + digits(rng, 11), "65" + digits(rng, 13)]), 16
    num = luhn_complete(body)
    return group_card(num, sep if sep is not None else rng.choice(["", " ", "-"]))


def group_card(num, sep):
    if not sep:
        return num
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng):
    c = make_card(rng)
    last = int(c[-1])
    return c[:-1] + str((last + rng.randint(1, 9)) % 10)


def bban(rng, cc):
    L = IBAN_LEN[cc] - 4
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc == "NL":
        return "".join(rng.choice(up) for _ in range(4)) + digits(rng, 10)
    if cc == "GB":
        return "".join(rng.choice(up) for _ in range(4)) + digits(rng, 14)
    if cc == "IT":
        return rng.choice(up) + digits(rng, L - 1)
    return digits(rng, L)


def make_iban(rng, cc=None, grouped=None, bad=False):
    cc = cc or rng.choice(list(IBAN_LEN))
    b = bban(rng, cc)
    chk = 98 - iban_mod(cc + "00" + b)
    if bad:
        chk = (chk + rng.randint(1, 96)) % 97
        chk = chk if chk >= 2 else chk + 2
        if iban_mod(cc + "%02d" % chk + b) == 1:
            chk = (chk % 97) + 1
    s = cc + "%02d" % chk + b
    if grouped if grouped is not None else rng.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def make_ssn(rng):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    sep = rng.choice(["-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))


def bad_ssn(rng):
    k = rng.randrange(5)
    a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
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
    return "%03d-%02d-%04d" % (a, g, s)


GLOBAL_V4_FIRST = [23, 31, 46, 62, 77, 81, 88, 91, 95, 109, 134, 141, 151, 176, 185, 188,
                   193, 212, 217]


def make_ip4(rng):
    return "%d.%d.%d.%d" % (rng.choice(GLOBAL_V4_FIRST), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def bad_ip4(rng):
    k = rng.randrange(10)
    r = lambda: rng.randint(0, 255)
    return [lambda: "10.%d.%d.%d" % (r(), r(), rng.randint(1, 254)),
            lambda: "172.%d.%d.%d" % (rng.randint(16, 31), r(), rng.randint(1, 254)),
            lambda: "192.168.%d.%d" % (r(), rng.randint(1, 254)),
            lambda: "127.0.0.%d" % rng.randint(1, 9),
            lambda: "169.254.%d.%d" % (r(), rng.randint(1, 254)),
            lambda: "192.0.2.%d" % rng.randint(1, 254),
            lambda: "198.51.100.%d" % rng.randint(1, 254),
            lambda: "203.0.113.%d" % rng.randint(1, 254),
            lambda: "100.%d.%d.%d" % (rng.randint(64, 127), r(), rng.randint(1, 254)),
            lambda: rng.choice(["0.0.0.0", "255.255.255.255", "240.0.0.%d" % rng.randint(1, 9),
                                "198.18.%d.%d" % (r(), rng.randint(1, 254))])][k]()


def h4(rng):
    return "%x" % rng.randint(1, 0xffff)


def make_ip6(rng):
    pre = rng.choice(["2a01:4f8", "2a00:1450", "2606:4700", "2a02:810", "2400:cb00",
                      "2a03:2880", "2604:a880", "2a05:d014"])
    if rng.random() < 0.5:
        return "%s:%s:%s::%s" % (pre, h4(rng), h4(rng), h4(rng))
    full = pre.split(":") + ["%04x" % rng.randint(0, 0xffff) for _ in range(6)]
    return ":".join("%04x" % int(x, 16) for x in full)


def bad_ip6(rng):
    return rng.choice(["::1", "fe80::%s:%s:%s" % (h4(rng), h4(rng), h4(rng)),
                       "fd%02x:%s:%s::%s" % (rng.randint(0, 255), h4(rng), h4(rng), h4(rng)),
                       "2001:db8:%s::%s" % (h4(rng), h4(rng)), "::",
                       "::ffff:192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "fc00::%s" % h4(rng)])


def phone_shaped(rng):
    f = rng.randrange(6)
    if f == 0:
        return "%s-%s-%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 4))
    if f == 1:
        return "%s %s %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 4))
    if f == 2:
        return " ".join(digits(rng, 2) for _ in range(5))
    if f == 3:
        return "%s %s %s" % (digits(rng, 4), digits(rng, 3), digits(rng, 3))
    if f == 4:
        return "%s.%s.%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 4))
    return digits(rng, 10)


def make_phone(rng, lang):
    d = lambda n: digits(rng, n)
    nz = lambda: str(rng.randint(2, 9))
    opts = {
        "de": ["+49 (0)%s %s %s" % (rng.choice(["30", "40", "89", "221"]), d(4), d(3)),
               "0%s/%s%s" % (rng.choice(["30", "40", "89"]), nz(), d(7)),
               "+49 15%s %s" % (d(1), d(7)), "+49" + NBSP + "17%s" % d(1) + NBSP + d(7)],
        "en": ["+1 %s%s.%s%s.%s" % (nz(), d(2), nz(), d(2), d(4)),
               "(%s%s) %s%s-%s" % (nz(), d(2), nz(), d(2), d(4)),
               "+44 (0)20 %s%s %s" % (nz(), d(3), d(4)), "+44 7%s %s" % (d(3), d(6)),
               "+61 4%s %s %s" % (d(2), d(3), d(3)), "+1/%s%s/%s%s/%s" % (nz(), d(2), nz(), d(2), d(4))],
        "fr": ["06.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2)),
               "+33" + NBSP + "6" + NBSP + NBSP.join(d(2) for _ in range(4)),
               "+33 (0)1 %s %s %s %s" % (d(2), d(2), d(2), d(2))],
        "es": ["+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)), "+34.9%s.%s.%s" % (d(1), d(3), d(3))],
        "pt": ["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)),
               "+55.21.9%s.%s" % (d(4), d(4))],
        "it": ["+39 3%s %s %s" % (d(2), d(3), d(4)), "+39 06/%s%s" % (nz(), d(6))],
        "nl": ["+31 (0)6 %s %s" % (d(4), d(4)), "06-%s%s" % (nz(), d(7))],
        "pl": ["+48 %s%s %s %s" % (rng.choice("5678"), d(2), d(3), d(3))],
        "tr": ["+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2))],
        "ru": ["+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2))],
        "ar": ["+234 80%s %s %s" % (d(1), d(3), d(4)), "+20 10%s %s" % (d(1), d(7))],
        "hi": ["+91 9%s %s" % (d(4), d(5)), "+91-98%s-%s" % (d(3), d(5))],
        "zh": ["+86 13%s %s %s" % (d(1), d(4), d(4)), "13%s-%s-%s" % (d(1), d(4), d(4))],
        "ja": ["090-%s-%s" % (d(4), d(4)), "+81 80-%s-%s" % (d(4), d(4)),
               "+81 (0)3-%s-%s" % (d(4), d(4))],
        "ko": ["010-%s-%s" % (d(4), d(4)), "+82 10 %s %s" % (d(4), d(4))],
    }
    c = opts.get(lang) or opts["en"]
    if rng.random() < 0.1:
        return "+" + rng.choice(["49", "33", "44", "34", "39", "31"]) + nz() + d(9)
    return rng.choice(c)


MAIL_DOMAINS = ["gmail.com", "web.de", "posteo.de", "acme.io", "outlook.com", "proton.me",
                "yahoo.co.jp", "qq.com", "mail.ru", "gmx.net", "libero.it", "orange.fr",
                "uol.com.br", "naver.com", "yandex.ru", "rediffmail.com", "kpn.nl", "wp.pl"]


def make_email(rng, m, style=None):
    rf, rl = roman(m["first"]), roman(m["last"])
    local = rng.choice([rf, rf + "." + rl, rf[0] + rl, rf + "_" + rl + str(rng.randint(1, 99)),
                        rng.choice(["jobs", "hello", "info", "kontakt", "team"])])
    dom = rng.choice(MAIL_DOMAINS)
    style = style or rng.choice(["plain", "plain", "plain", "bracket", "paren"])
    if style == "bracket":
        return "%s [at] %s" % (local, dom.replace(".", " [dot] "))
    if style == "paren":
        return "%s(at)%s" % (local, dom)
    return local + "@" + dom


def make_url(rng, m):
    h = m["handle"]
    hd = h.replace("_", "-")
    u = rng.choice(["linkedin.com/in/" + hd, "github.com/" + hd, "x.com/" + h,
                    "medium.com/@" + h, "bsky.app/profile/%s.bsky.social" % hd,
                    hd + ".substack.com", "calendly.com/" + hd, "askfirst.example/u/" + h,
                    "askfirst.example/u/" + h])
    r = rng.random()
    if r < 0.3:
        return "https://" + u
    if r < 0.4 and not u.startswith(("askfirst", hd)):
        return "https://www." + u
    return u


# ---------------------------------------------------------------- fillers
# Each filler returns a list of (text, type_or_None, category_or_None).
def S(t, ty):
    return (t, ty, None)


def N(t, cat):
    return (t, None, cat)


def T(t):
    return (t, None, None)


DATES = ["2025-03-14", "14.03.2025", "03/14/2025", "14/03/2025 18h30", "2025-03-14T09:30:00+01:00",
         "14 March 2025", "9:30–10:15", "20250314T093000Z", "Q3 2025", "12.11.2024, 14:05 Uhr",
         "2024年11月12日", "2025/04/01 23:59", "1 de abril de 2025", "01.04.2025 08:00"]


def f_date(rng, c):
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 15, 30, 45])
    s = rng.choice(["%04d-%02d-%02d" % (y, mo, d), "%02d.%02d.%04d" % (d, mo, y),
                    "%02d/%02d/%04d" % (mo, d, y), "%02d/%02d/%04d %02d:%02d" % (d, mo, y, h, mi),
                    "%04d-%02d-%02dT%02d:%02d:00+01:00" % (y, mo, d, h, mi),
                    "%04d%02d%02dT%02d%02d00Z" % (y, mo, d, h, mi),
                    "%02d:%02d–%02d:%02d" % (h, mi, (h + 1) % 24, mi),
                    "%04d年%d月%d日" % (y, mo, d), "%02d.%02d.%04d, %02d:%02d" % (d, mo, y, h, mi)])
    return [N(s, "date_time")]


def f_price(rng, c):
    a = rng.randint(10, 99999)
    s = rng.choice(["€%d,%02d" % (a, rng.randint(0, 99)), "$%s.%02d" % (format(a, ","), rng.randint(0, 99)),
                    "%s ₽" % format(a, ",").replace(",", " "), "R$ %s,90" % format(a, ",").replace(",", "."),
                    "¥%s" % format(a, ","), "%d–%d EUR" % (a, a + rng.randint(100, 900)),
                    "CHF %d.–" % a, "₹%s" % format(a, ","), "%d,%02d zł" % (a, rng.randint(0, 99))])
    return [N(s, "price")]


def f_version(rng, c):
    s = rng.choice(["v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 99)),
                    "build %d.%d" % (rng.randint(20190101, 20271231), rng.randint(1, 9)),
                    "%d.%d.%d-rc.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9),
                                        rng.randint(1, 5)),
                    "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(100, 9999))])
    return [N(s, "version")]


def f_verip(rng, c):
    s = "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9), rng.randint(10, 250))
    return [N(s, "version_ip")]


def isbn13(rng):
    b = "978" + digits(rng, 9)
    s = sum((1 if i % 2 == 0 else 3) * int(x) for i, x in enumerate(b))
    b += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12])


def f_isbn(rng, c):
    return [T("ISBN "), N(isbn13(rng), "isbn_doi_arxiv")]


def f_doi(rng, c):
    return rng.choice([[T("doi:"), N("10.%d/%d.%d" % (rng.randint(1000, 9999), rng.randint(1000000, 9999999),
                                                     rng.randint(1000000, 9999999)), "isbn_doi_arxiv")],
                       [T("arXiv:"), N("%02d%02d.%05d" % (rng.randint(15, 25), rng.randint(1, 12),
                                                          rng.randint(1, 29999)), "isbn_doi_arxiv")]])


def f_patent(rng, c):
    n = rng.randint(7000000, 12999999)
    return [N(rng.choice(["US %s B2" % format(n, ","), "EP %d %03d %03d A1" % (rng.randint(1, 4),
                          rng.randint(0, 999), rng.randint(0, 999)), "DE 10 2021 %03d %03d.4" % (
                          rng.randint(100, 999), rng.randint(100, 999))]), "patent")]


def f_ps(cat):
    return lambda rng, c: [N(phone_shaped(rng), cat)]


def f_badcard(rng, c):
    return [N(bad_card(rng), "card_luhn_invalid")]


def f_badiban(rng, c):
    return [N(make_iban(rng, bad=True), "iban_bad_checksum")]


def f_badssn(rng, c):
    return [N(bad_ssn(rng), "ssn_invalid")]


def f_privip(rng, c):
    ip = bad_ip4(rng)
    r = rng.random()
    if r < 0.3:
        return [N(ip, "ip_nonglobal"), T(":%d" % rng.choice([22, 80, 443, 5432, 8080, 6379]))]
    if r < 0.5:
        return [N(ip, "ip_nonglobal"), T("/%d" % rng.choice([8, 16, 24, 32]))]
    return [N(ip, "ip_nonglobal")]


def f_priv6(rng, c):
    ip = bad_ip6(rng)
    if rng.random() < 0.3:
        return [T("["), N(ip, "ip_nonglobal"), T("]:%d" % rng.choice([443, 8443, 53]))]
    return [N(ip, "ip_nonglobal")]


EMAIL_LIKE = {"ELIKE": ["@types/node", "@angular/core", "@babel/preset-env", "@vue/cli",
                        "@nestjs/common"],
              "DECO": ["@Override", "@dataclass", "@pytest.fixture", "@Component", "@Deprecated"],
              "GIT": ["git@github.com:acme/widget.git", "git@gitlab.com:infra/deploy.git",
                      "git@bitbucket.org:team/api.git"],
              "PROMPT": ["root@buildbox:~$", "deploy@ci-runner-3:~$", "pi@raspberrypi:~ $",
                         "admin@nas-01:/volume1$"]}


def f_el(key):
    return lambda rng, c: [N(rng.choice(EMAIL_LIKE[key]), "email_like")]


def f_docmail(rng, c):
    return [N(rng.choice(["jane.doe@example.com", "support@shop.test", "noreply@mail.invalid",
                          "sales@example.org", "john.q.public@example.net", "test+1@example.com",
                          "https://example.org/profile/jdoe", "example.com/in/jdoe",
                          "https://portal.test/u/someone", "admin@intranet.invalid"]), "doc_domain")]


ORG_LINKS = ["linkedin.com/company/siemens", "https://careers.acme.io/jobs/4821",
             "docs.python.org/3/library/re.html", "https://arxiv.org/abs/2403.01234",
             "https://www.eventbrite.com/e/pydata-berlin-tickets-8127364512",
             "https://forms.gle/Xk29sPq7", "https://docs.google.com/forms/d/e/1FAIpQLSf9/viewform",
             "https://www.ikea.com/de/de/customer-service/", "jobs.lever.co/acme/5f3a",
             "https://developer.mozilla.org/en-US/docs/Web/HTTP", "https://www.who.int/news",
             "https://dl.acm.org/doi/10.1145/3442188.3445922", "https://www.bahn.de/service",
             "https://meetup.com/berlin-rust/events/301234567"]


def f_orglink(rng, c):
    return [N(rng.choice(ORG_LINKS), "org_link")]


NM_CHAN = ["@channel", "@here", "@everyone", "@team-frontend", "@oncall"]
NM_ORG = ["@acme_support", "@nasa", "@DeutscheBahn", "@github", "@bbcnews"]


def f_nmhandle(rng, c):
    return [N(rng.choice(NM_CHAN), "nonmember_handle")]


def f_nmorg(rng, c):
    return [N(rng.choice(NM_ORG), "nonmember_handle")]


NM_NAMES = ["Albert Einstein", "Marie Curie", "Alan Turing", "Frida Kahlo", "Haruki Murakami",
            "Chimamanda Ngozi Adichie", "Gabriel García Márquez", "Wisława Szymborska",
            "Orhan Pamuk", "Lev Tolstoy", "Rabindranath Tagore", "Naguib Mahfouz"]


def f_nmname(rng, c):
    return [N(rng.choice(NM_NAMES), "nonmember_name")]


ORGS = ["Morgan Stanley", "Johnson & Johnson", "Tim Hortons", "Louis Vuitton", "Ben & Jerry's",
        "Dr. Oetker", "Hugo Boss", "Tom Ford", "Goldman Sachs", "Mercedes-Benz"]
PLACES = ["Charlotte, NC", "Rockefeller Center", "Victoria Station", "Santa Barbara", "St. Louis",
          "Alexanderplatz", "Carnegie Hall", "São Paulo", "Lake Victoria", "the Eiffel Tower",
          "Maria-Theresien-Straße", "San Francisco"]
CONCEPTS = ["Dijkstra's algorithm", "the Hausdorff dimension", "Bayes' theorem",
            "the Fibonacci sequence", "Murphy's law", "the Doppler effect", "the Gaussian blur"]
AWARDS = ["the Nobel Prize", "the Turing Award", "the Pulitzer Prize", "the Fields Medal",
          "the Booker Prize"]


def f_entity(rng, c):
    return [N(rng.choice(ORGS), "name_like_entity")]


def f_place(rng, c):
    return [N(rng.choice(PLACES), "name_like_entity")]


def f_concept(rng, c):
    return [N(rng.choice(CONCEPTS), "name_like_entity")]


def f_award(rng, c):
    return [N(rng.choice(AWARDS), "name_like_entity")]


TITLES = ["Anna Karenina", "Jane Eyre", "Oliver Twist", "Forrest Gump", "Don Quixote",
          "Madame Bovary", "Harry Potter and the Goblet of Fire", "Effi Briest",
          "Pippi Longstocking", "Amélie", "Being John Malkovich", "Eternal Sunshine of the Spotless Mind"]


def f_title(rng, c):
    return [N(rng.choice(TITLES), "title_with_name")]


# positives
def pick_member(rng, c, by_c, word=False):
    if word and c in WORD_FIRSTS:
        f = rng.choice(WORD_FIRSTS[c])
        cand = [m for m in by_c[c][:400] if m["first"] == f]
        if cand:
            return rng.choice(cand)
    pool = by_c.get(c) or by_c["en"]
    return rng.choice(pool)


def f_full(rng, ctx):
    return [S(ctx["m"]["name"], "PERSON")]


def f_first(rng, ctx):
    return [S(ctx["m"]["first"], "PERSON")]


def f_atname(rng, ctx):
    return [T("@"), S(ctx["m"]["name"], "PERSON")]


def f_handle(rng, ctx):
    return [S("@" + ctx["m"]["handle"], "HANDLE")]


def f_email(rng, ctx):
    e = make_email(rng, ctx["m"])
    if "@" in e and rng.random() < 0.25:
        return [T(rng.choice(["mailto:", "<"])), S(e, "EMAIL"), T(">" if rng.random() < .5 else "")]
    return [S(e, "EMAIL")]


def f_email_plain(rng, ctx):
    return [S(make_email(rng, ctx["m"], "plain"), "EMAIL")]


def f_phone(rng, ctx):
    return [S(make_phone(rng, ctx["lang"]), "PHONE")]


def f_iban(rng, ctx):
    return [S(make_iban(rng), "IBAN")]


def f_card(rng, ctx):
    return [S(make_card(rng), "CREDIT_CARD")]


def f_ssn(rng, ctx):
    return [S(make_ssn(rng), "US_SSN")]


def f_ip4(rng, ctx):
    ip = make_ip4(rng)
    r = rng.random()
    if r < 0.2:
        return [S(ip, "IPV4"), T(":%d" % rng.choice([22, 443, 8080]))]
    if r < 0.3:
        return [S(ip, "IPV4"), T("/32")]
    return [S(ip, "IPV4")]


def f_ip6(rng, ctx):
    ip = make_ip6(rng)
    if rng.random() < 0.25:
        return [T("["), S(ip, "IPV6"), T("]:%d" % rng.choice([443, 8443]))]
    return [S(ip, "IPV6")]


def f_url(rng, ctx):
    return [S(make_url(rng, ctx["m"]), "URL")]


FILL = {
    "DATE": f_date, "PRICE": f_price, "VER": f_version, "VERIP": f_verip, "ISBN": f_isbn,
    "DOI": f_doi, "PAT": f_patent, "ORD": f_ps("order_number"), "INV": f_ps("invoice_number"),
    "TKT": f_ps("ticket_case_number"), "TRK": f_ps("tracking_number"),
    "BKG": f_ps("booking_ref"), "MTG": f_ps("meeting_credential_id"),
    "BADCARD": f_badcard, "BADIBAN": f_badiban, "BADSSN": f_badssn, "PRIVIP": f_privip,
    "PRIV6": f_priv6, "ELIKE": f_el("ELIKE"), "DECO": f_el("DECO"), "GIT": f_el("GIT"),
    "PROMPT": f_el("PROMPT"), "DOCMAIL": f_docmail, "ORGLINK": f_orglink,
    "NMHANDLE": f_nmhandle, "NMNAME": f_nmname, "ENTITY": f_entity, "PLACE": f_place, "CONCEPT": f_concept, "AWARD": f_award, "NMORG": f_nmorg, "TITLE": f_title,
    "FULL": f_full, "FIRST": f_first, "ATNAME": f_atname, "HANDLE": f_handle,
    "EMAIL": f_email, "EMAILP": f_email_plain, "PHONE": f_phone, "IBAN": f_iban, "CARD": f_card,
    "SSN": f_ssn, "IP4": f_ip4, "IP6": f_ip6, "URL": f_url,
}

# ---------------------------------------------------------------- templates
# Negative templates: {X} fillers; [word] marks a literal name_word negative.
NEG = {
    "en": [
        "Your order {ORD} has shipped; estimated delivery {DATE}.",
        "Invoice no. {INV} is due on {DATE}, total {PRICE}.",
        "Support ticket {TKT} was closed on {DATE}.",
        "Tracking number: {TRK} (DHL Express).",
        "Booking reference {BKG}, check-in from {DATE}.",
        "Zoom meeting ID: {MTG}, starts {DATE}.",
        "Certificate credential ID {MTG}, issued {DATE}.",
        "The card number in the screenshot, {BADCARD}, fails the checksum, so it is a typo.",
        "That IBAN {BADIBAN} was rejected by the bank: wrong check digits.",
        "Sample SSN shown on the form: {BADSSN} (not a real number).",
        "Server listens on {PRIVIP} inside the office network.",
        "Ping {PRIV6} from the router to test.",
        "Upgraded to {VER} and firmware version {VERIP} last night.",
        "Read it in the paper, {DOI}, and the book, {ISBN}.",
        "Covered by patent {PAT}.",
        "Install {ELIKE} first, then run the build.",
        "Annotate the method with {DECO} and rerun the tests.",
        "Clone {GIT} and check out the release branch.",
        "The terminal showed {PROMPT} and then hung.",
        "For the template use {DOCMAIL} as the placeholder.",
        "Apply here: {ORGLINK}.",
        "Ping {NMHANDLE} in the team channel, not me.",
        "A quote from {NMNAME} opened the keynote.",
        "She interned at {ENTITY} before grad school.",
        "We met near {PLACE} after the conference.",
        "The talk explained {CONCEPT} in ten minutes.",
        "Her lab was shortlisted for {AWARD} this year.",
        "Follow the official {NMORG} account for outage updates.",
        "Just finished the book \u201c{TITLE}\u201d again, still great.",
        "I [will] send the slides tomorrow, prices [rose] {PRICE} since {DATE}.",
        "[Will] the meetup be recorded? Asking for the {DATE} session.",
        "[May] I ask a question about {VER}?",
        "[Hope] this helps! Build {VER} fixed it.",
        "We [hope] to ship in [May]; the [bill] came to {PRICE}.",
        "[Mark] the box if you agree, then say [grace] before dinner.",
        "A single [rose] on the table and pure [joy] in the room.",
        "Keep the [faith]: release {VER} lands on {DATE}.",
        "Call center hours {DATE}; order {ORD} is still open.",
    ],
    "de": [
        "Bestellnummer {ORD}, Lieferung voraussichtlich am {DATE}.",
        "Rechnungsnummer {INV} über {PRICE}, fällig am {DATE}.",
        "Ihr Ticket {TKT} wurde geschlossen.",
        "Sendungsnummer {TRK} bei DHL.",
        "Buchungsnummer {BKG} für den {DATE}.",
        "Meeting-ID {MTG}, Kenncode liegt im Kalender.",
        "Die IBAN {BADIBAN} ist falsch, die Prüfziffer stimmt nicht.",
        "Die Kartennummer {BADCARD} wurde abgelehnt (Prüfsumme falsch).",
        "Der Drucker hängt an {PRIVIP} im Büro-WLAN.",
        "Nach dem Update auf Firmware-Version {VERIP} läuft alles.",
        "Treffpunkt: {PLACE}, danach Vortrag über {CONCEPT}.",
        "Gerade den Roman \u201e{TITLE}\u201c gelesen.",
        "Bitte {NMHANDLE} fragen, nicht mich.",
        "Patent {PAT} ist abgelaufen.",
    ],
    "fr": [
        "N° de commande {ORD}, livraison le {DATE}.",
        "Facture n° {INV} : {PRICE} à régler avant le {DATE}.",
        "Numéro de dossier {TKT}, rendez-vous le {DATE}.",
        "Numéro de suivi {TRK} (Colissimo).",
        "Référence de réservation {BKG}.",
        "L'IBAN {BADIBAN} est invalide : mauvaise clé de contrôle.",
        "Le serveur de test tourne sur {PRIVIP} en local.",
        "Relu le roman « {TITLE} » pendant les vacances.",
        "Version du firmware {VERIP}, sortie le {DATE}.",
    ],
    "es": [
        "Número de pedido {ORD}, entrega el {DATE}.",
        "Factura n.º {INV} por {PRICE}.",
        "Número de caso {TKT} abierto el {DATE}.",
        "Localizador de reserva {BKG}.",
        "La tarjeta {BADCARD} no pasa la validación, es un error de tipeo.",
        "Una camisa [rosa] y un día en [paz], con mucha [esperanza].",
        "Tengo [dolores] de cabeza; se fue la [luz] a las {DATE}.",
        "Ese proyecto es un [pilar] del equipo; precio {PRICE}.",
        "El router está en {PRIVIP}.",
    ],
    "pt": [
        "Número do pedido {ORD}, entrega em {DATE}.",
        "Código de rastreio {TRK}.",
        "Protocolo de atendimento {TKT}, aberto em {DATE}.",
        "Valor total {PRICE}, vencimento {DATE}.",
        "Versão {VER} instalada; o servidor interno é {PRIVIP}.",
    ],
    "it": [
        "Numero d'ordine {ORD}, consegna prevista il {DATE}.",
        "Fattura n. {INV} di {PRICE}.",
        "Codice prenotazione {BKG}.",
        "L'IBAN {BADIBAN} è sbagliato: codice di controllo errato.",
        "Abbiamo visto il film «{TITLE}» al cinema.",
    ],
    "nl": [
        "Bestelnummer {ORD}, levering op {DATE}.",
        "Factuurnummer {INV}, bedrag {PRICE}.",
        "Zaaknummer {TKT} is aangemaakt.",
        "Track & trace-code {TRK}.",
    ],
    "pl": [
        "Numer zamówienia {ORD}, dostawa {DATE}.",
        "Faktura nr {INV} na kwotę {PRICE}.",
        "Numer przesyłki {TRK}.",
        "Wersja oprogramowania {VERIP}.",
    ],
    "tr": [
        "Sipariş no {ORD}, teslimat {DATE}.",
        "Fatura no {INV}, tutar {PRICE}.",
        "Kargo takip no {TRK}.",
        "Yazın [deniz] kenarında tatil; yine de [umut] ediyorum.",
    ],
    "ru": [
        "Номер заказа {ORD}, доставка {DATE}.",
        "Счёт № {INV} на сумму {PRICE}.",
        "Номер обращения {TKT}.",
        "Трек-номер {TRK}.",
        "Последняя [надежда] — обновление {VER}.",
        "Моя [вера] в этот проект сильна, а [любовь] к деталям тоже.",
    ],
    "ar": [
        "رقم الطلب {ORD}، التسليم {DATE}.",
        "رقم الفاتورة {INV} بقيمة {PRICE}.",
        "رقم التذكرة {TKT}.",
        "لدينا [أمل] كبير في الإصدار {VER}.",
    ],
    "hi": [
        "ऑर्डर नंबर {ORD}, डिलीवरी {DATE}.",
        "टिकट नंबर {TKT} बंद कर दिया गया।",
        "बिल की राशि {PRICE} है।",
    ],
    "zh": [
        "订单号{ORD}，预计{DATE}送达。",
        "发票号码：{INV}，金额{PRICE}。",
        "工单号 {TKT} 已关闭。",
        "快递单号{TRK}。",
        "会议号：{MTG}。",
        "内网地址{PRIVIP}不要外传。",
    ],
    "ja": [
        "注文番号{ORD}、お届けは{DATE}です。",
        "請求書番号：{INV}、金額{PRICE}。",
        "予約番号 {BKG}。",
        "お問い合わせ番号{TKT}。",
    ],
    "ko": [
        "주문번호 {ORD}, 배송 예정일 {DATE}.",
        "송장번호 {TRK} 확인 부탁드립니다.",
        "예약번호 {BKG}.",
    ],
}

POS = {
    "en": [
        "Thanks, {FIRST}!", "Hi {FIRST}, quick question.", "{FIRST}, can you check the PR?",
        "Great talk by {FULL} today.", "cc {ATNAME} for review.", "{FULL}'s slides are up.",
        "{FIRST}'s notes are in the doc.", "Ping {HANDLE} about it.",
        "Reach me at {EMAIL} or {PHONE}.", "Write to {EMAIL}.", "Call {PHONE} after 6.",
        "Pay to {IBAN}, thanks.", "Charge my card {CARD}.", "My SSN is {SSN}.",
        "My home server is {IP4}.", "Our VPS answers on {IP6}.", "Profile: {URL}",
        "More about me: {URL}.", "(portfolio: {URL})",
    ],
    "de": ["Danke, {FIRST}!", "Hallo {FIRST}, kurze Frage.", "Vortrag von {FULL} war super.",
           "Mail an {EMAIL} oder Anruf unter {PHONE}.", "Überweisung an {IBAN}.",
           "Mein Profil: {URL}", "Die Folien von {FIRST} sind online.", "Frag {HANDLE}."],
    "fr": ["Merci {FIRST} !", "Bonjour {FIRST}, petite question.", "Écrivez à {EMAIL}.",
           "Appelez-moi au {PHONE}.", "Virement sur {IBAN}.", "Bravo à {FULL} pour la démo."],
    "es": ["Gracias, {FIRST}.", "Hola {FIRST}, ¿tienes un minuto?", "Escríbeme a {EMAIL}.",
           "Llámame al {PHONE}.", "La charla de {FULL} fue genial."],
    "pt": ["Obrigado, {FIRST}!", "Oi {FIRST}, tudo bem?", "Meu e-mail: {EMAIL}.",
           "Meu WhatsApp: {PHONE}.", "Parabéns, {FULL}!"],
    "it": ["Grazie {FIRST}!", "Ciao {FIRST}, una domanda.", "Scrivimi a {EMAIL}.",
           "Chiamami al {PHONE}.", "Bonifico su {IBAN}."],
    "nl": ["Bedankt, {FIRST}!", "Hoi {FIRST}, even een vraag.", "Mail naar {EMAIL}.",
           "Bel me op {PHONE}.", "Overmaken naar {IBAN}."],
    "pl": ["Dzięki, {FIRST}!", "Cześć {FIRST}, mam pytanie.", "Pisz na {EMAIL}.",
           "Zadzwoń: {PHONE}."],
    "tr": ["Teşekkürler {FIRST}!", "Merhaba {FIRST}, bir sorum var.", "Mail: {EMAIL}.",
           "Telefon: {PHONE}."],
    "ru": ["Спасибо, {FIRST}!", "Привет, {FIRST}!", "Пишите на {EMAIL}.",
           "Мой телефон: {PHONE}.", "Доклад {FULL} был отличный."],
    "ar": ["شكرا يا {FIRST}!", "مرحبا {FIRST}، سؤال سريع.", "راسلني على {EMAIL} .",
           "هاتفي {PHONE}."],
    "hi": ["धन्यवाद, {FIRST}!", "नमस्ते {FIRST}, एक सवाल है।", "मेरा ईमेल {EMAIL} है।",
           "मेरा नंबर {PHONE} है।"],
    "zh": ["感谢{FULL}的分享！", "请联系{FULL}，邮箱{EMAILP}，电话{PHONE}。", "我的主页{URL}。",
           "{FULL}说明天开会。"],
    "ja": ["{FULL}さん、ありがとうございます！", "連絡先は{EMAILP}です。", "電話{PHONE}まで。",
           "{FULL}さんの発表はとても良かった。"],
    "ko": ["{FULL}님 감사합니다!", "메일은 {EMAILP} 입니다.", "전화 {PHONE} 으로 주세요.",
           "{FULL}님의 발표가 좋았어요."],
}

LANGS = list(NEG)
LANG_W = [24, 10, 7, 7, 5, 5, 4, 4, 4, 5, 4, 3, 5, 4, 4]
KINDS = ["post", "comment", "profile_bio", "chat_log", "support_thread"]
PREFIX = {"post": "", "comment": "↳ ", "profile_bio": "Bio: ", "chat_log": "[chat] ",
          "support_thread": "Re: "}
TOK = re.compile(r"\{(\w+)\}|\[([^\]]+)\]")


def render(tpl, rng, ctx):
    pieces = []
    pos = 0
    for mt in TOK.finditer(tpl):
        if mt.start() > pos:
            pieces.append(T(tpl[pos:mt.start()]))
        if mt.group(1):
            pieces.extend(FILL[mt.group(1)](rng, ctx))
        else:
            pieces.append(N(mt.group(2), "name_word"))
        pos = mt.end()
    if pos < len(tpl):
        pieces.append(T(tpl[pos:]))
    return pieces


def make_record(i, rng, by_c):
    kind = rng.choice(KINDS)
    lang = rng.choices(LANGS, LANG_W)[0]
    segs = []
    nneg = rng.randint(2, 4)
    for _ in range(nneg):
        L = lang if rng.random() < 0.8 else "en"
        segs.append((L, rng.choice(NEG[L]), False))
    for _ in range(rng.choice([1, 1, 1, 2])):
        L = lang if rng.random() < 0.8 else "en"
        segs.append((L, rng.choice(POS[L]), True))
    rng.shuffle(segs)
    pieces = [T(PREFIX[kind])] if PREFIX[kind] else []
    for j, (L, tpl, pos) in enumerate(segs):
        mc = L if L not in ("en",) else rng.choice(["en"] * 5 + ["de", "fr", "es", "it", "pl", "tr", "nl"])
        word = "{FIRST}" in tpl and rng.random() < 0.4
        if word and L in WORD_FIRSTS:
            mc = L
        m = pick_member(rng, mc, by_c, word)
        if L in CJK and m["c"] != L:
            m = rng.choice(by_c[L])
        ctx = {"m": m, "lang": L}
        if j:
            pieces.append(T("" if L in ("zh", "ja") else " "))
        pieces.extend(render(tpl, rng, ctx))
    text, spans, negs = "", [], []
    for t, ty, cat in pieces:
        s = len(text)
        text += t
        if ty:
            spans.append({"start": s, "end": len(text), "type": ty})
        elif cat:
            negs.append({"start": s, "end": len(text), "category": cat})
    return {"id": "b35-%06d" % i, "text": text, "spans": spans, "negatives": negs}, kind


# ---------------------------------------------------------------- selfcheck
def fold(s):
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch)
        c = d[0] if d else ch
        lo = c.lower()
        out.append(lo[0] if lo else c)
    return "".join(out)


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30ff or 0x3400 <= o <= 0x9fff or 0xac00 <= o <= 0xd7af)


NEG_CHECK = {"card_luhn_invalid": lambda t: not card_valid(t) and not luhn_ok(re.sub(r"\D", "", t)),
             "iban_bad_checksum": lambda t: not iban_valid(t),
             "ssn_invalid": lambda t: not ssn_valid(t),
             "ip_nonglobal": lambda t: not ip_global(t) and ipaddress.ip_address(t) is not None,
             "version_ip": lambda t: bool(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", t)),
             "doc_domain": lambda t: bool(re.search(r"example\.(com|org|net)|\.test\b|\.invalid\b", t))}
POS_CHECK = {"EMAIL": email_valid, "PHONE": phone_valid, "IPV4": ip_global, "IPV6": ip_global,
             "CREDIT_CARD": card_valid, "IBAN": iban_valid, "US_SSN": ssn_valid, "URL": url_valid}


def selfcheck(records, members):
    errs = []
    full_by_first = {}
    cjk_names = set()
    person_parts = set()
    for m in members:
        n = fold(m["name"])
        if m["c"] in CJK:
            cjk_names.add(n)
        else:
            full_by_first.setdefault(n.split(" ")[0], set()).add(n)
        person_parts.add(m["name"])
        person_parts.add(m["first"])
        person_parts.add(m["last"])
    handles = {m["handle"] for m in members}
    cjk_lens = sorted({len(x) for x in cjk_names})
    for r in records:
        t = r["text"]
        n = len(t)
        cover = bytearray(n)
        sp = sorted((s["start"], s["end"], s["type"]) for s in r["spans"])
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlapping spans %r %r" % (r["id"], a, b))
        allsp = sp + sorted((s["start"], s["end"], s["category"]) for s in r["negatives"])
        for s, e, ty in allsp:
            if not (0 <= s < e <= n):
                errs.append("%s: span out of range %r" % (r["id"], (s, e, ty)))
                continue
            seg = t[s:e]
            if seg != seg.strip():
                errs.append("%s: span with outer whitespace %r" % (r["id"], seg))
        for s, e, ty in sp:
            cover[s:e] = b"\1" * (e - s)
            seg = t[s:e]
            if ty in POS_CHECK and not POS_CHECK[ty](seg):
                errs.append("%s: %s fails validator: %r" % (r["id"], ty, seg))
            if ty == "PERSON" and seg not in person_parts:
                errs.append("%s: PERSON not a member name part: %r" % (r["id"], seg))
            if ty == "HANDLE" and (seg[0] != "@" or seg[1:] not in handles):
                errs.append("%s: HANDLE not a member handle: %r" % (r["id"], seg))
            if ty in ("EMAIL", "URL") and s > 0 and re.match(r"[A-Za-z]", t[s - 1]):
                errs.append("%s: %s glued to Latin letter" % (r["id"], ty))
            if ty == "URL" and seg[-1] in ".)":
                errs.append("%s: URL with trailing punctuation" % r["id"])
        for s, e, cat in ((x["start"], x["end"], x["category"]) for x in r["negatives"]):
            if cat in NEG_CHECK:
                try:
                    ok = NEG_CHECK[cat](t[s:e])
                except ValueError:
                    ok = False
                if not ok:
                    errs.append("%s: negative %s is actually valid/malformed: %r" % (r["id"], cat, t[s:e]))
            if any(cover[s:e]):
                errs.append("%s: negative overlaps a gold span" % r["id"])
        ft = fold(t)
        # member full names (non-CJK) at token starts
        for mt in re.finditer(r"[^\W\d_]+", ft):
            st = mt.start()
            if st > 0 and (ft[st - 1].isalnum() or unicodedata.combining(t[st - 1])):
                continue
            for full in full_by_first.get(mt.group(), ()):
                e = st + len(full)
                if ft.startswith(full, st) and (e >= n or not (ft[e].isalnum() or
                                                               unicodedata.category(ft[e])[0] == "M")):
                    if not all(cover[st:e]):
                        errs.append("%s: unlabelled member name %r" % (r["id"], t[st:e]))
        for i in range(n):
            if is_cjk(ft[i]):
                for L in cjk_lens:
                    if ft[i:i + L] in cjk_names and not all(cover[i:i + L]):
                        errs.append("%s: unlabelled CJK member name %r" % (r["id"], t[i:i + L]))
        for mt in re.finditer(r"[a-z0-9_]+", ft):
            if mt.group() in handles and not all(cover[mt.start():mt.end()]):
                errs.append("%s: unlabelled handle %r" % (r["id"], mt.group()))
    return errs


def main():
    ap = argparse.ArgumentParser(description="near-miss PII corpus (blind, 39th)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members, by_c = make_members(a.members, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    recs, kinds = [], {}
    for i in range(1, a.records + 1):
        r, k = make_record(i, rng, by_c)
        kinds[k] = kinds.get(k, 0) + 1
        recs.append(r)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    types, cats = {}, {}
    for r in recs:
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in r["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d (%s)" % (len(recs), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("spans: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    if a.selfcheck:
        errs = selfcheck(recs, members)
        for e in errs[:50]:
            print("SELFCHECK: " + e, file=sys.stderr)
        print("selfcheck: %s" % ("ok" if not errs else "%d problems" % len(errs)))
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
