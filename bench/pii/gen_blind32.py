#!/usr/bin/env python3
"""gen_blind32.py - the project's 36th labelled PII test corpus: chat and comment threads.

Written BLIND on 2026-11-30 from issue 3 (the product's definition of personal data: the type
table, its "not this" column and the targets) and bench/pii/score.py (the label format) only;
no engine code, docs, tests or other generators were read, and the redactor was never run on
this corpus, so nobody tuned the engine on it.

Theme: direct messages, group chats and comment threads with replies, quotes ("> ..."),
reactions and speaker labels, written the way people really chat: lowercase names ("thx
anja!!", "@grace ok"), SHOUTING, emoji, abbreviations (pls, thx, ty, lol, brb), code-switching
inside one message (Hinglish, Spanish, German, Portuguese, Tagalog, Arabic, Chinese, Japanese,
Korean, Indonesian), contact details shared casually ("my wa is +91 98765 43210", "mail me at
maria [at] gmail [dot] com", "ig @handle", "my linkedin: linkedin.com/in/..."), and talk about
non-members, companies, places, eponyms and ordinary words that are also member first names.

Every type of issue 3 appears: EMAIL (incl. obfuscated, mailto:, <...>, glued to CJK), PHONE
(US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG and bare E.164, separators incl. NBSP and
"(0)"), IPV4/IPV6 (global only), CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55/2221-2720,
Amex, Discover), IBAN (mod-97 valid, right length per country), US_SSN, URL (profile links),
HANDLE (@handle of members), PERSON (member names: full, first name alone in greetings /
thanks / vocatives / @Name, possessives, CJK / Arabic / Cyrillic full names).  Hard negatives:
times, prices, order / tracking numbers with their cue, OTP codes, versions (incl. IP-shaped
ones), room numbers, scores, dates, ISBNs, private / reserved IPs, documentation-domain
addresses, company and other non-profile pages, Luhn-invalid cards, bad-check-digit IBANs,
invalid SSNs, member first names used as ordinary words, company / place / eponym names,
non-member names and non-member mentions (@here, @channel, bots).

Interface:
  python3 bench/pii/gen_blind32.py --out DIR [--records 5000] [--members 100000] [--seed 1]
                                   [--selfcheck]
writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl ({"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive).  Deterministic for a seed; standard library
only.  --selfcheck re-validates every span and negative (validators pass for gold structured
items and fail for negatives that claim invalidity), offsets, overlaps, and that no member name
or handle occurs in the text unlabelled.
"""
import argparse
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

import random

# ---------------------------------------------------------------- names

# first names that are also ordinary words; used as names (PERSON) and as words (negatives)
NAMEWORDS = ["Will", "Grace", "Rose", "Hope", "Joy", "Mark", "Bill", "Faith", "June", "Summer",
             "Dawn", "Ivy", "Jade"]
# first names that are also places (Sofía matches "Sofia" diacritic-insensitively)
PLACEFIRST = ["Charlotte", "Victoria", "Florence", "Adelaide"]

LATIN = {
    "en": (["James", "Olivia", "Ethan", "Chloe", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia",
            "Henry", "Harper", "Owen", "Ella", "Caleb", "Nora", "Dylan", "Zoe", "Isaac", "Leah"]
           + NAMEWORDS + PLACEFIRST,
           ["Carter", "Hughes", "Bennett", "Foster", "Griffin", "Hayes", "Porter", "Reed",
            "Sullivan", "Walsh", "Fletcher", "Barker", "Doyle", "Kemp", "Marsh", "Pryce",
            "Quinn", "Rowe", "Talbot", "Vance"]),
    "de": (["Anja", "Jürgen", "Lena", "Tobias", "Katrin", "Jonas", "Svenja", "Lukas", "Maike",
            "Florian", "Birgit", "Henrik", "Ute", "Matthias", "Jana", "Dirk"],
           ["Weber", "Müller", "Schröder", "Becker", "Hoffmann", "Krüger", "Wagner",
            "Zimmermann", "Schäfer", "Lehmann", "Brandt", "Vogel", "Keller", "Fuchs"]),
    "es": (["María", "José", "Lucía", "Javier", "Carmen", "Diego", "Valentina", "Alejandro",
            "Sofía", "Mateo", "Camila", "Andrés", "Paula", "Rodrigo"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
            "Torres", "Ortega", "Delgado", "Castillo", "Vega"]),
    "pt": (["João", "Ana", "Thiago", "Beatriz", "Rafael", "Larissa", "Gustavo", "Fernanda",
            "Pedro", "Juliana"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Carvalho", "Almeida",
            "Ribeiro", "Rocha"]),
    "hi": (["Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Kavya", "Rohan", "Deepika",
            "Aditya", "Neha", "Siddharth"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Mehta", "Kulkarni",
            "Banerjee", "Chatterjee", "Desai", "Joshi"]),
    "tl": (["Angelica", "Paolo", "Kristine", "Jerome", "Maricel", "Rodel", "Jasmine", "Carlo"],
           ["Dela Cruz", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Santiago",
            "Manalo"]),
    "id": (["Putri", "Budi", "Dewi", "Agus", "Siti", "Rizky", "Ayu", "Fajar"],
           ["Wijaya", "Santoso", "Hidayat", "Kurniawan", "Saputra", "Pratama", "Lestari",
            "Nugroho"]),
    "ng": (["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Olumide", "Chiamaka"],
           ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi"]),
    "arl": (["Omar", "Layla", "Youssef", "Nour", "Karim", "Amira", "Hassan", "Salma"],
            ["Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Farouk", "Aziz", "Hamdan"]),
    "fr": (["Camille", "Théo", "Manon", "Hugo", "Élodie", "Julien", "Inès", "Mathis"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier",
            "Gauthier"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo"],
           ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Jeroen", "Lieke"],
           ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer"]),
}
# (script name, family names with romanisation, given names with romanisation, joiner)
OTHER = {
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu")],
           [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
            ("磊", "lei"), ("洋", "yang"), ("杰", "jie"), ("婷", "ting"), ("浩然", "haoran"),
            ("子涵", "zihan"), ("雨轩", "yuxuan"), ("欣怡", "xinyi"), ("思远", "siyuan")]),
    "ja": ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura")],
           [("健", "ken"), ("陽菜", "hina"), ("蓮", "ren"), ("結衣", "yui"), ("翔太", "shota"),
            ("美咲", "misaki"), ("大輝", "daiki"), ("葵", "aoi")]),
    "ko": ([("김", "kim"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("조", "cho"), ("윤", "yoon"), ("임", "lim")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
            ("도윤", "doyoon"), ("수빈", "subin"), ("예준", "yejun"), ("지민", "jimin")]),
    "ar": ([("عمر", "omar"), ("ليلى", "layla"), ("يوسف", "youssef"), ("كريم", "karim"),
            ("أميرة", "amira"), ("سلمى", "salma")],
           [("حداد", "haddad"), ("منصور", "mansour"), ("خليل", "khalil"), ("ناصر", "nasser"),
            ("صالح", "saleh")]),
    "ru": ([("Иван", "ivan"), ("Ольга", "olga"), ("Дмитрий", "dmitry"), ("Анна", "anna"),
            ("Сергей", "sergey"), ("Мария", "mariya")],
           [("Шевченко", "shevchenko"), ("Бондаренко", "bondarenko"), ("Мельник", "melnyk"),
            ("Ковальчук", "kovalchuk"), ("Кравец", "kravets")]),
}
CULTURE_W = [("en", 16), ("de", 9), ("es", 9), ("pt", 7), ("hi", 10), ("tl", 5), ("id", 5),
             ("ng", 5), ("arl", 5), ("fr", 5), ("it", 4), ("nl", 3), ("zh", 6), ("ja", 4),
             ("ko", 4), ("ar", 2), ("ru", 2)]
CJK = ("zh", "ja", "ko")

NONMEMBER = ["Leopold Ashcombe", "Henrietta Blackwood", "Bartholomew Pemberton",
             "Ottilie Wetherby", "Casimir Thistlewood", "Philippa Hargreaves", "Ambrose Lockhart",
             "Clementine Fairweather", "Lionel Messi", "Shah Rukh Khan", "Taylor Swift",
             "Keanu Reeves", "Ignatius Pemberton", "Perpetua Ashcombe"]
COMPANIES = ["Morgan Stanley", "Wells Fargo", "Johnson & Johnson", "Goldman Sachs",
             "Charles Schwab", "Ben & Jerry's", "Tommy Hilfiger", "Hugo Boss", "Dr. Martens",
             "Jack Daniel's", "Marks & Spencer", "Tata Consultancy"]
PLACES = ["Charlotte, NC", "Victoria station", "Sofia", "Adelaide", "Florence", "San José",
          "St. Petersburg", "Santa Clara", "São Paulo", "Alexandria", "Lake Louise"]
EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "Parkinson's", "Newton's method",
           "Euler's number", "the Turing test", "a Fourier transform", "Murphy's law",
           "Hodgkin's lymphoma", "Occam's razor"]
NONMEMBER_MENTIONS = ["@here", "@channel", "@everyone", "@all", "@dependabot",
                      "@github-actions", "@grammarbot"]

FILL = {
    "en": ["lol", "ok cool", "brb", "omg", "pls", "ty", "haha same", "sounds good", "yep", "np",
           "idk tbh", "k", "on it", "nice!!", "wait what", "LMAO", "SAME", "YESSS", "ugh", "💀💀",
           "🙏", "👍", "😂😂", "🔥", "ikr", "fr fr", "no worries", "gtg"],
    "hi": ["yaar", "haan bhai", "kal milte hain", "theek hai", "acha", "chalo", "kya scene hai",
           "arre"],
    "es": ["dale", "vale", "nos vemos", "qué onda", "jajaja", "claro que sí", "porfa"],
    "de": ["passt", "alles klar", "bis morgen", "genau", "na ja", "krass", "schönes wochenende"],
    "pt": ["valeu", "beleza", "kkkkk", "tudo bem?", "bora", "show de bola"],
    "tl": ["sige", "salamat po", "ingat", "grabe", "sana all", "charot"],
    "ar": ["يلا", "ان شاء الله", "تمام", "مبروك"],
    "zh": ["好的", "哈哈哈", "没问题", "辛苦了", "加油"],
    "ja": ["了解です", "よろしく", "www", "おつかれ", "なるほど"],
    "ko": ["ㅋㅋㅋ", "화이팅", "알겠어", "대박"],
    "id": ["oke", "siap", "wkwk", "nanti ya", "mantap"],
}
LANG_OF = {"en": "en", "de": "de", "es": "es", "pt": "pt", "hi": "hi", "tl": "tl", "id": "id",
           "ng": "en", "arl": "ar", "fr": "en", "it": "en", "nl": "de", "zh": "zh", "ja": "ja",
           "ko": "ko", "ar": "ar", "ru": "en"}
RESERVED_HANDLES = {"here", "channel", "everyone", "all", "dependabot", "github", "grammarbot"}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128 and (ch.isalnum())).lower()


class Member:
    __slots__ = ("user", "name", "handle", "culture", "first", "last", "rfirst", "rlast")


def make_members(n, seed):
    rng = random.Random(seed * 7919 + 17)
    cults = [c for c, w in CULTURE_W for _ in range(w)]
    firsts_lower = set()
    for c, (fs, ls) in LATIN.items():
        firsts_lower.update(f.lower() for f in fs)
    members = []
    used = set(RESERVED_HANDLES) | firsts_lower
    banned_full = {x.lower() for x in NONMEMBER + COMPANIES}
    for i in range(n):
        m = Member()
        m.user = "u%d" % (i + 1)
        c = rng.choice(cults)
        m.culture = c
        if c in LATIN:
            fs, ls = LATIN[c]
            while True:
                f, l = rng.choice(fs), rng.choice(ls)
                if ("%s %s" % (f, l)).lower() not in banned_full:
                    break
            m.first, m.last = f, l
            m.rfirst, m.rlast = ascii_fold(f), ascii_fold(l)
            m.name = "%s %s" % (f, l)
        else:
            fam, giv = OTHER[c]
            if c in ("ar", "ru"):
                (f, rf), (l, rl) = rng.choice(fam), rng.choice(giv)
                m.first, m.last, m.rfirst, m.rlast = f, l, rf, rl
                m.name = "%s %s" % (f, l)
            else:
                (l, rl), (f, rf) = rng.choice(fam), rng.choice(giv)
                m.first, m.last, m.rfirst, m.rlast = f, l, rf, rl
                sep = " " if c == "ja" and rng.random() < 0.4 else ""
                m.name = l + sep + f
        a, b = m.rfirst, m.rlast
        if c in CJK:
            a, b = m.rlast, m.rfirst
        style = rng.randrange(6)
        base = [a + b, a + "_" + b, a[0] + b, a + b[0], b + "_" + a, a + "." + b][style]
        base = base.replace(".", "")
        h = base
        k = 0
        while h in used or len(h) < 4:
            k += 1
            h = "%s%d" % (base, rng.randint(1, 99) if k < 5 else rng.randint(100, 99999))
        used.add(h)
        m.handle = h
        members.append(m)
    return members


# ---------------------------------------------------------------- validators

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    return False


IBAN_FMT = {  # country: BBAN pattern (n digit, a letter, c alnum -> digit here)
    "DE": "18n", "FR": "23n", "GB": "4a14n", "ES": "20n", "IT": "1a22n", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "17n", "PL": "24n", "PT": "21n", "IE": "4a14n",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "LU": "16n", "SA": "20n", "AE": "19n",
    "BR": "23n1a1a", "TR": "22n", "RO": "4a16n",
}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
            "LU": 20, "SA": 24, "AE": 23, "BR": 29, "TR": 26, "RO": 24}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum():
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(rng, valid=True):
    cc = rng.choice(sorted(IBAN_FMT))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", IBAN_FMT[cc]):
        for _ in range(int(cnt)):
            bban += (rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a"
                     else str(rng.randrange(10)))
    chk = 98 - iban_num(bban + cc + "00") % 97
    if not valid:
        chk = (chk + rng.randint(1, 90)) % 97
        if chk < 2:
            chk += 3
    s = "%s%02d%s" % (cc, chk, bban)
    if valid:
        assert iban_ok(s), s
    elif iban_ok(s):
        return make_iban(rng, False)
    if rng.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def ip_global(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


DOC_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid))$")


def email_domain(s):
    t = s.replace(" [at] ", "@").replace("(at)", "@").replace(" (at) ", "@")
    t = t.replace(" [dot] ", ".").replace(" (dot) ", ".").replace("(dot)", ".").replace(" ", "")
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)", t)
    return m.group(1).lower() if m else None


PROFILE_HOSTS = ("linkedin.com/in/", "github.com/", "x.com/", "twitter.com/", "medium.com/@",
                 "bsky.app/profile/", ".substack.com", "calendly.com/", "askfirst.example/u/",
                 "instagram.com/", "tiktok.com/@")


# ---------------------------------------------------------------- structured generators

def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng):
    return str(rng.randint(2, 9))


def phone(rng):
    c = rng.choice(["US", "US", "UK", "DE", "FR", "IN", "IN", "BR", "JP", "AU", "CN", "ES", "IT",
                    "NL", "NG", "E164", "E164"])
    d = lambda n: digits(rng, n)  # noqa: E731
    if c == "US":
        a = nz(rng) + rng.choice(["0", "1", "2", "3", "4", "5", "6", "7", "8"]) + d(1)
        e = nz(rng) + d(2)
        n = d(4)
        f = rng.choice(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "+1 {a} {e} {n}",
                        "+1-{a}-{e}-{n}", "+1 ({a}) {e}-{n}"])
        s = f.format(a=a, e=e, n=n)
    elif c == "UK":
        s = rng.choice(["07%s %s" % (d(3), d(6)), "+44 7%s %s" % (d(3), d(6)),
                        "020 %s %s" % (nz(rng) + d(3), d(4)),
                        "+44 20 %s %s" % (nz(rng) + d(3), d(4)),
                        "+44 (0)20 %s %s" % (nz(rng) + d(3), d(4))])
    elif c == "DE":
        s = rng.choice(["015%s %s" % (rng.choice("1279"), d(8)),
                        "+49 15%s %s" % (rng.choice("1279"), d(8)),
                        "+49 (0)30 %s" % (nz(rng) + d(6)), "030/%s" % (nz(rng) + d(7)),
                        "089 %s" % (nz(rng) + d(6)), "+49 89 %s" % (nz(rng) + d(6)),
                        "+49 171 %s" % d(7)])
    elif c == "FR":
        p = [rng.choice("67"), d(2), d(2), d(2), d(2)]
        s = rng.choice(["0" + p[0] + " " + " ".join(p[1:]), "0" + p[0] + "." + ".".join(p[1:]),
                        "+33 " + " ".join(p), "+33 (0)" + " ".join(p)])
    elif c == "IN":
        a = rng.choice("6789") + d(4)
        b = d(5)
        s = rng.choice(["+91 %s %s" % (a, b), "+91-%s-%s" % (a, b), "0%s %s" % (a, b),
                        "%s %s" % (a, b), "+91 %s%s" % (a, b)])
    elif c == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        a, b = "9" + d(4), d(4)
        s = rng.choice(["+55 %s %s-%s" % (ddd, a, b), "(%s) %s-%s" % (ddd, a, b),
                        "+55 (%s) %s-%s" % (ddd, a, b), "%s %s-%s" % (ddd, a, b)])
    elif c == "JP":
        m = rng.choice(["90", "80", "70"])
        s = rng.choice(["0%s-%s-%s" % (m, d(4), d(4)), "+81 %s-%s-%s" % (m, d(4), d(4)),
                        "03-%s-%s" % (d(4), d(4)), "+81 3-%s-%s" % (d(4), d(4)),
                        "06-%s-%s" % (d(4), d(4))])
    elif c == "AU":
        s = rng.choice(["04%s %s %s" % (d(2), d(3), d(3)), "+61 4%s %s %s" % (d(2), d(3), d(3)),
                        "(02) %s %s" % (nz(rng) + d(3), d(4)),
                        "+61 2 %s %s" % (nz(rng) + d(3), d(4))])
    elif c == "CN":
        a = "1" + rng.choice("3589") + d(1)
        s = rng.choice(["%s %s %s" % (a, d(4), d(4)), "+86 %s %s %s" % (a, d(4), d(4)),
                        a + d(8), "+86 10 %s %s" % (d(4), d(4))])
    elif c == "ES":
        s = rng.choice(["6%s %s %s" % (d(2), d(3), d(3)), "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)),
                        "+34 91%s %s %s" % (d(1), d(3), d(3)), "9%s %s %s %s" % (d(2), d(2), d(2), d(2))])
    elif c == "IT":
        s = rng.choice(["3%s %s %s" % (d(2), d(3), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4)),
                        "+39 06 %s %s" % (d(4), d(4)), "06 %s %s" % (d(4), d(4))])
    elif c == "NL":
        s = rng.choice(["06-%s" % d(8), "06 %s %s" % (d(4), d(4)), "+31 6 %s" % d(8),
                        "+31 20 %s %s" % (d(3), d(4)), "020-%s %s" % (d(3), d(4))])
    elif c == "NG":
        p = rng.choice(["803", "806", "813", "816", "703", "706", "810", "905"])
        s = rng.choice(["0%s %s %s" % (p, d(3), d(4)), "+234 %s %s %s" % (p, d(3), d(4)),
                        "+234 %s%s" % (p, d(7)), "0%s%s" % (p, d(7))])
    else:
        s = rng.choice(["+1" + nz(rng) + "2" + d(1) + nz(rng) + d(6), "+447" + d(9),
                        "+4915" + rng.choice("1279") + d(8), "+336" + d(8),
                        "+91" + rng.choice("6789") + d(9), "+55119" + d(8),
                        "+8190" + d(8), "+614" + d(8), "+8613" + d(9), "+346" + d(8),
                        "+393" + d(9), "+316" + d(8), "+234803" + d(7)])
    if " " in s and rng.random() < 0.08:
        s = s.replace(" ", "\u00a0")
    return s


def phone_ok(s):
    if not re.fullmatch(r"[+0-9 ()\-./\u00a0]+", s):
        return False
    n = len(re.sub(r"\D", "", s))
    return 8 <= n <= 15


def card(rng):
    k = rng.randrange(5)
    if k == 0:
        d = luhn_complete("4" + digits(rng, 5), 16, rng)
    elif k == 1:
        d = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif k == 2:
        d = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif k == 3:
        d = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        d = luhn_complete(rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16, rng)
    assert luhn_ok(d) and card_brand_ok(d)
    sep = rng.choice([" ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng):
    d = card(rng)
    raw = re.sub(r"\D", "", d)
    last = int(raw[-1])
    nd = str((last + rng.randint(1, 9)) % 10)
    out = d[:-1] + nd
    assert not luhn_ok(re.sub(r"\D", "", out))
    return out


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    if rng.random() < 0.25:
        s = s.replace("-", " ")
    return s


def bad_ssn(rng):
    k = rng.randrange(4)
    a = rng.choice(["000", "666", str(rng.randint(900, 999))]) if k < 2 else "%03d" % rng.randint(1, 665)
    g = "00" if k == 2 else "%02d" % rng.randint(1, 99)
    n = "0000" if k == 3 else "%04d" % rng.randint(1, 9999)
    return "%s-%s-%s" % (a, g, n)


def ipv4(rng):
    while True:
        s = "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randrange(256), rng.randrange(256),
                             rng.randint(1, 254))
        if ip_global(s):
            return s


def ipv4_private(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randrange(256), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randrange(256), rng.randint(1, 254)),
                       "127.0.0.1", "169.254.%d.%d" % (rng.randrange(256), rng.randint(1, 254)),
                       "100.%d.%d.%d" % (rng.randint(64, 127), rng.randrange(256), rng.randint(1, 254)),
                       "192.0.2.%d" % rng.randint(1, 254), "198.51.100.%d" % rng.randint(1, 254),
                       "203.0.113.%d" % rng.randint(1, 254)])


def ipv6(rng):
    while True:
        first = rng.choice([0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2600, 0x2604, 0x2607, 0x2400,
                            0x2404, 0x2406, 0x2800, 0x2c0f, 0x2a0e])
        hs = [first] + [rng.randrange(0x10000) for _ in range(7)]
        k = rng.randrange(4)
        if k == 0:
            s = ":".join("%x" % h for h in hs)
        elif k == 1:
            s = ":".join("%04x" % h for h in hs)
        elif k == 2:
            s = ":".join("%x" % h for h in hs[:4]) + "::" + "%x" % hs[7]
        else:
            s = ":".join("%x" % h for h in hs[:3]) + "::" + "%x" % hs[6] + ":" + "%x" % hs[7]
        if ip_global(s):
            return s


def ipv6_private(rng):
    h = lambda: "%x" % rng.randrange(1, 0x10000)  # noqa: E731
    return rng.choice(["fe80::%s:%s:%s" % (h(), h(), h()), "::1", "fd%02x:%s:%s::%s" % (
        rng.randrange(256), h(), h(), h()), "2001:db8:%s::%s" % (h(), h()),
        "fc00::%s" % h()])


def isbn13(rng):
    b = "978" + str(rng.randint(0, 1)) + digits(rng, 8)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    b += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12])


EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com",
                 "hotmail.com", "proton.me", "web.de", "gmx.de", "yahoo.co.in", "rediffmail.com",
                 "uol.com.br", "naver.com", "qq.com", "163.com", "yahoo.co.jp", "orange.fr",
                 "libero.it", "icloud.com", "ziggo.nl"]
COS = ["acme", "globex", "initech", "umbrella", "hooli", "piedpiper", "vandelay", "stark",
       "wayne", "tyrell", "soylent", "cyberdyne"]


def email_local(rng, m):
    a, b = m.rfirst, m.rlast
    return rng.choice([a + "." + b, a + b, a + "_" + b, a[0] + b, a + str(rng.randint(1, 99)),
                       m.handle.replace(".", ""), a + "." + b + str(rng.randint(70, 99))])


def email(rng, m):
    k = rng.random()
    if k < 0.1:
        return rng.choice(["jobs", "hr", "hello", "support", "team", "careers"]) + "@" + \
            rng.choice(COS) + rng.choice([".io", ".com", ".co", ".dev"])
    return email_local(rng, m) + "@" + rng.choice(EMAIL_DOMAINS)


def obf_email(rng, m):
    loc = email_local(rng, m)
    dom = rng.choice(EMAIL_DOMAINS)
    k = rng.randrange(4)
    if k == 0:
        return loc + " [at] " + dom.replace(".", " [dot] ")
    if k == 1:
        return loc + "(at)" + dom
    if k == 2:
        return loc + " [at] " + dom
    return loc + " (at) " + dom.replace(".", " (dot) ")


def profile_url(rng, m):
    h = m.handle
    hh = h.replace("_", "-")
    k = rng.randrange(11)
    if k == 0:
        u = "linkedin.com/in/" + rng.choice([h, "%s-%s-%s" % (m.rfirst, m.rlast.replace(" ", ""),
                                                            "%06x" % rng.randrange(1 << 24))])
        u = rng.choice(["", "www.", "https://www.", "https://"]) + u
    elif k == 1:
        u = rng.choice(["", "https://"]) + "github.com/" + hh
    elif k == 2:
        u = rng.choice(["", "https://"]) + rng.choice(["x.com/", "twitter.com/"]) + h
    elif k == 3:
        u = rng.choice(["", "https://"]) + "medium.com/@" + h
    elif k == 4:
        u = rng.choice(["", "https://"]) + "bsky.app/profile/" + hh + ".bsky.social"
    elif k == 5:
        u = rng.choice(["", "https://"]) + h.replace("_", "") + ".substack.com"
    elif k == 6:
        u = rng.choice(["", "https://"]) + "calendly.com/" + hh + rng.choice(["", "/30min", "/coffee"])
    elif k in (7, 8):
        u = rng.choice(["", "https://"]) + "askfirst.example/u/" + h
    elif k == 9:
        u = rng.choice(["", "https://www."]) + "instagram.com/" + h
    else:
        u = rng.choice(["", "https://www."]) + "tiktok.com/@" + h
    if rng.random() < 0.1 and k in (0, 1, 9):
        u += "/"
    return u


def company_url(rng):
    co = rng.choice(COS)
    return rng.choice(["linkedin.com/company/" + co, "https://%s.com/careers" % co,
                       "jobs.lever.co/" + co, "%s.io/about" % co, "www.%s.com/jobs" % co,
                       "https://www.linkedin.com/company/%s-inc/jobs" % co])


def nonprofile_url(rng):
    return rng.choice([
        "docs.python.org/3/library/json.html", "https://arxiv.org/abs/24%02d.%05d" % (
            rng.randint(1, 12), rng.randrange(100000)),
        "https://www.eventbrite.com/e/devfest-2026-tickets-%d" % rng.randint(10**10, 10**11),
        "forms.gle/%s" % "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789")
                                 for _ in range(10)),
        "https://www.youtube.com/watch?v=%s" % "".join(
            rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJ0123456789_-") for _ in range(11)),
        "https://maps.app.goo.gl/%s" % "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789")
                                                for _ in range(8)),
        "https://stackoverflow.com/questions/%d" % rng.randint(10**6, 8 * 10**7),
        "https://developer.mozilla.org/en-US/docs/Web/HTTP"])


def doc_item(rng, m):
    k = rng.randrange(5)
    loc = email_local(rng, m)
    if k == 0:
        return loc + "@example.com"
    if k == 1:
        return loc + "@mail.example.org"
    if k == 2:
        return loc + "@" + rng.choice(COS) + rng.choice([".test", ".invalid"])
    if k == 3:
        return "https://example.org/u/" + m.handle
    return "www.example.net/profile/" + m.handle


def time_s(rng):
    return rng.choice(["%d:%02d" % (rng.randint(7, 23), rng.choice([0, 15, 30, 45, 5, 50])),
                       "%d:%02dpm" % (rng.randint(1, 11), rng.choice([0, 15, 30, 45])),
                       "%d.%02d" % (rng.randint(7, 22), rng.choice([0, 15, 30, 45])),
                       "%dam" % rng.randint(6, 11)])


def price_s(rng):
    return rng.choice(["$%d" % rng.randint(5, 999), "$%d,%03d.00" % (rng.randint(1, 9), rng.randrange(1000)),
                       "€%d,%02d" % (rng.randint(5, 999), rng.randrange(100)),
                       "₹%d,%03d" % (rng.randint(1, 99), rng.randrange(1000)),
                       "R$ %d.%03d,%02d" % (rng.randint(1, 9), rng.randrange(1000), rng.randrange(100)),
                       "¥%d,%03d" % (rng.randint(1, 99), rng.randrange(1000)),
                       "₱%d,%03d" % (rng.randint(1, 9), rng.randrange(1000)),
                       "%d€" % rng.randint(5, 300), "£%d.%02d" % (rng.randint(1, 300), rng.randrange(100))])


def date_s(rng):
    y = rng.choice([2025, 2026, 2027])
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d-%02d-%02d" % (y, mo, d), "%02d/%02d/%d" % (d, mo, y),
                       "%02d.%02d.%d" % (d, mo, y), "%d/%d" % (mo, d), "%d/%d/%d" % (mo, d, y % 100)])


# ---------------------------------------------------------------- items

def S(t, typ):
    return ("S", t, typ)


def N(t, cat):
    return ("N", t, cat)


def tpl(fmt_, **slots):
    out = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", fmt_)):
        if i % 2:
            v = slots[part]
            out.extend(v if isinstance(v, list) else [v])
        elif part:
            out.append(part)
    return out


def case_var(rng, s, allow_upper=True):
    r = rng.random()
    if r < 0.45:
        t = s.lower()
    elif r < 0.52 and allow_upper:
        t = s.upper()
    else:
        t = s
    return t if len(t) == len(s) else s


def name_ref(rng, m, form=None):
    """PERSON item(s) naming member m."""
    if m.culture not in LATIN:
        return [S(m.name, "PERSON")]
    form = form or rng.choice(["first", "first", "first", "full"])
    s = m.first if form == "first" else m.name
    return [S(case_var(rng, s), "PERSON")]


# ---------------------------------------------------------------- message generators

def g_greet(rng, me, other):
    n = name_ref(rng, other)
    if other.culture in ("zh",):
        f = rng.choice(["谢谢{n}！", "{n}辛苦了", "thx {n} 🙏", "{n} 加油!!", "{n}，明天见"])
    elif other.culture == "ja":
        f = rng.choice(["{n}さん、ありがとう！", "{n}さん了解です", "thx {n}さん!!", "おつかれ {n}"])
    elif other.culture == "ko":
        f = rng.choice(["{n}님 감사합니다", "{n} 화이팅!!", "thx {n}!!", "ㅋㅋㅋ {n} 대박"])
    elif other.culture == "ar":
        f = rng.choice(["شكرا {n} 🙏", "{n} مبروك!!", "thx {n} يلا"])
    elif other.culture == "ru":
        f = rng.choice(["спасибо, {n}!", "thx {n} 🙏", "{n}, привет!"])
    else:
        f = rng.choice([
            "thx {n}!!", "ty {n} 🙏", "thank u {n}", "hi {n}!", "hey {n} u there?",
            "omg {n} ur a lifesaver", "{n} pls check when u can", "good morning {n} ☀️",
            "shukriya {n} bhai 🙏", "thanks {n} yaar, kal milte hain", "gracias {n}!! nos vemos",
            "danke {n}, passt", "valeu {n}!! kkkk", "salamat po {n} 😊", "makasih {n} wkwk",
            "{n}, can u send the deck pls", "sorry {n} brb", "lol {n} same",
            "congrats {n}!!! 🎉", "miss u {n} 🥺", "{n} ❤️", "bye {n}, ingat!", "ok {n} 👍",
            "THANK YOU {n}!!!", "{n} ur the best", "yo {n} kya scene hai", "{n}!!! 😭😭",
            "happy bday {n} 🎂🎉", "{n} bhai ek min", "hola {n}, qué onda", "arigato {n}!"])
        if f.startswith("THANK"):
            n = [S(n[0][1].upper() if len(n[0][1].upper()) == len(n[0][1]) else n[0][1], "PERSON")]
    return tpl(f, n=n)


def g_mention(rng, me, other, other2):
    h = S("@" + other.handle, "HANDLE")
    h2 = S("@" + other2.handle, "HANDLE")
    k = rng.randrange(10)
    if k == 0:
        return tpl(rng.choice(["{h} ok", "{h} pls review", "ping {h} lol", "{h} ??",
                               "{h} u coming tonight?", "{h} check dm"]), h=h)
    if k == 1:
        return tpl(rng.choice(["cc {h} {h2}", "{h} {h2} meeting moved", "{h} & {h2} thx!!"]),
                   h=h, h2=h2)
    if k in (2, 3):
        n = name_ref(rng, other)
        return tpl(rng.choice(["@{n} ok", "@{n} pls look", "@{n} 👀", "@{n} done!",
                               "@{n} lmk"]), n=n)
    if k in (4, 5) and other.culture in LATIN:
        n = name_ref(rng, other)
        return tpl(rng.choice(["{n}'s slides were 🔥", "did u see {n}'s post??",
                               "lol {n}’s cat again", "{n}'s talk was so good yaar"]), n=n)
    if k == 6:
        return tpl(rng.choice(["({h} reacted 😂)", "{h} reacted ❤️ to ur message"]), h=h)
    if k == 7:
        return tpl(rng.choice(["{n} reacted 👍", "{n} left the group", "{n} joined via link"]),
                   n=name_ref(rng, other, "full"))
    if k == 8:
        return tpl("ig {h}", h=h) if rng.random() < 0.5 else tpl(
            rng.choice(["insta: {h}", "my tg is {h}", "follow {h} on ig!!"]), h=h)
    return tpl(rng.choice(["@{n} can u check the doc", "{n} said ok", "ask {n} lol",
                           "{n} is typing..."]), n=name_ref(rng, other, "full"))


def g_email(rng, me, other):
    e = S(email(rng, me), "EMAIL")
    k = rng.randrange(12)
    if k < 3:
        return tpl(rng.choice(["mail me at {e}", "my email: {e} pls", "email ko {e} lang po",
                        "mi correo {e} porfa"]), e=S(obf_email(rng, me), "EMAIL"))
    if k == 3:
        return tpl(rng.choice(["contact <{e}>", "send to <{e}> thx"]), e=e)
    if k == 4:
        return tpl(rng.choice(["mailto:{e}", "link: mailto:{e} lol"]), e=e)
    if k == 5 or me.culture in CJK:
        return tpl(rng.choice(["邮箱{e}谢谢", "メール{e}です", "이메일 {e} ㅋㅋ", "邮箱：{e}"]), e=e)
    return tpl(rng.choice(["mail me at {e}", "my email is {e}.", "send it to {e} pls",
                           "work mail: {e}", "schreib mir an {e}", "meu email: {e} valeu",
                           "mera email {e} hai", "{e} ← mail me", "(my email: {e})",
                           "hr said send cv to {e}!"]), e=e)


def g_phone(rng, me, other):
    p = phone(rng)
    f = rng.choice(["my wa is {p}", "whatsapp me {p}", "call me at {p}",
                    "mera number {p} hai, call kar", "mi cel es {p}", "meine nr: {p}",
                    "meu zap {p}", "text me {p} pls", "tawag ka sa {p}", "nomor wa aku {p}",
                    "new number who dis: {p}", "my number ({p})", "我的电话{p}",
                    "電話番号は{p}です", "내 번호 {p}", "NEW NUMBER {p} SAVE IT", "signal: {p}"])
    if p.startswith("(") and "({p})" in f:
        f = "my number: {p}"
    return tpl(f, p=S(p, "PHONE"))


def g_social(rng, me, other):
    u = S(profile_url(rng, me), "URL")
    f = rng.choice(["my linkedin: {u}", "connect on linkedin pls {u}", "gh: {u}",
                    "follow me {u} 🙏", "book time w me {u}", "my profile here {u}",
                    "(portfolio: {u})", "sub to my newsletter {u}!!", "here: {u}.",
                    "{u} ← me", "add me {u} yaar", "sígueme {u}"])
    return tpl(f, u=u)


def g_money(rng, me, other):
    k = rng.randrange(3)
    if k == 0:
        return tpl(rng.choice(["send to my iban {i} pls 🙏", "IBAN: {i}", "mi iban es {i}",
                               "meine IBAN {i}, danke!", "iban {i} (pls double check)"]),
                   i=S(make_iban(rng), "IBAN"))
    if k == 1:
        c = S(card(rng), "CREDIT_CARD")
        if rng.random() < 0.4:
            return tpl("card no {c} exp {d} lol", c=c,
                       d=N("%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)), "date"))
        return tpl(rng.choice(["use my card {c} for the hotel", "card: {c}",
                               "my cc {c} pls dont screenshot lol", "kartu aku {c}"]), c=c)
    return tpl(rng.choice(["hr needs ur ssn, mine is {s} lol", "SSN: {s}",
                           "my ssn {s} for the W-2 form", "ssn is {s} (dont share!!)"]),
               s=S(ssn(rng), "US_SSN"))


def g_ip(rng, me, other):
    k = rng.randrange(6)
    if k == 0:
        return tpl("my home ip is {i} pls whitelist", i=S(ipv4(rng), "IPV4"))
    if k == 1:
        return tpl("ssh into {i}:{p}", i=S(ipv4(rng), "IPV4"), p=str(rng.choice([22, 2222, 8080])))
    if k == 2:
        return tpl("allow {i}/32 on the fw", i=S(ipv4(rng), "IPV4"))
    if k == 3:
        return tpl(rng.choice(["server is at {i}", "ping {i} works?", "my ipv6 {i} lol"]),
                   i=S(ipv6(rng), "IPV6"))
    if k == 4:
        return tpl("curl http://[{i}]:8080/health", i=S(ipv6(rng), "IPV6"))
    return tpl(rng.choice(["blocked by {i} again 😤", "the vps ip: {i}", "{i} is the vpn exit"]),
               i=S(ipv4(rng), "IPV4"))


NAMEWORD_TPL = {
    "Will": ["i {w} send it tmrw", "{W} do 👍", "{w} u join later?", "it {w} be fine lol"],
    "Grace": ["{w} period ends friday", "by god's {w} we made it", "{w} under pressure 💪"],
    "Rose": ["the {w} gold one pls", "prices {w} again 😭", "{w} tea is overrated"],
    "Hope": ["{w} ur ok", "{W} this helps", "i {w} so lol"],
    "Joy": ["pure {w} 😂", "the {w} of debugging", "such a {w} to watch"],
    "Mark": ["{w} it as done pls", "{W} as resolved", "hit the 1h {w}"],
    "Bill": ["the {w} was huge lol", "{w} me later", "electricity {w} 😭"],
    "Faith": ["leap of {w}", "i have {w} in u", "good {w} effort"],
    "June": ["due in {w}", "{w} works for me", "see u in {w}"],
    "Summer": ["{w} break yay", "this {w} is too hot", "{w} sale lol"],
    "Dawn": ["up at {w} again 😴", "{w} patrol", "it finally dawned on me, {w} is early"],
    "Ivy": ["poison {w} lol", "{w} league vibes", "the {w} on the wall"],
    "Jade": ["{w} plant died 😭", "the {w} bracelet", "{w} green looks nice"],
}


def g_neg(rng, me, other):
    k = rng.randrange(25)
    if k == 0:
        return tpl(rng.choice(["brb {t}", "back in {t}", "gimme {t} pls"]),
                   t=N(rng.choice(["5 min", "10 mins", "2 min", "15 min", "1 hr", "30 sec"]), "time"))
    if k == 1:
        return tpl(rng.choice(["meet at {t}?", "call at {t} IST", "standup moved to {t}",
                               "kal {t} baje theek hai"]), t=N(time_s(rng), "time"))
    if k == 2:
        return tpl(rng.choice(["it's {p} lol", "split: {p} each", "paid {p} 😭", "cuesta {p}",
                               "kostet {p}", "only {p}!!"]), p=N(price_s(rng), "price"))
    if k == 3:
        cue, n = rng.choice([("order #", digits(rng, 10)), ("order no. ", nz(rng) + digits(rng, 9)),
                             ("Bestellnr. ", digits(rng, 11)), ("pedido nº ", digits(rng, 9)),
                             ("order #", "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randrange(10**7),
                                                             rng.randrange(10**7)))])
        return tpl(rng.choice(["my {c}{n} still not here 😤", "{c}{n} pls check",
                               "refund for {c}{n}??"]), c=cue, n=N(n, "order_number"))
    if k == 4:
        t = rng.choice(["1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY0123456789")
                                             for _ in range(6)), digits(rng, 10)),
                        "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4)),
                        "JD0%s" % digits(rng, 15), "LX%sCN" % digits(rng, 9)])
        return tpl(rng.choice(["tracking no. {t}", "fedex tracking: {t}", "dhl tracking {t} lol",
                               "tracking # {t} says delivered??"]), t=N(t, "tracking_number"))
    if k == 5:
        return tpl(rng.choice(["your code is {c}", "OTP {c} dont share lol",
                               "verification code: {c}", "kode OTP {c}", "认证码 {c}",
                               "2fa code {c} expired ugh"]),
                   c=N(digits(rng, rng.choice([4, 6, 6, 8])), "otp_code"))
    if k == 6:
        v = rng.choice(["v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20)),
                        "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 99))])
        return tpl(rng.choice(["update to {v} pls", "node {v} broke it", "app {v} is out!!",
                               "still on {v} lol"]), v=N(v, "version"))
    if k == 7:
        v = "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 9),
                             rng.randint(10, 250))
        return tpl(rng.choice(["version {v} fixed the crash", "firmware version {v}",
                               "build {v} (version) is up"]), v=N(v, "version"))
    if k == 8:
        return tpl(rng.choice(["room {r}", "meet in rm {r}", "Raum {r} bitte", "sala {r} ok?"]),
                   r=N(rng.choice(["%d.%03d" % (rng.randint(1, 9), rng.randint(1, 120)),
                                   "%d" % rng.randint(101, 1450),
                                   "%d-%03d" % (rng.randint(1, 6), rng.randint(1, 300))]), "room_number"))
    if k == 9:
        return tpl(rng.choice(["won {s}!!", "final score {s}", "{s} lol what a game",
                               "lost {s} 😭"]),
                   s=N(rng.choice(["%d-%d" % (rng.randint(0, 5), rng.randint(0, 5)),
                                   "%d:%d" % (rng.randint(0, 5), rng.randint(0, 5)),
                                   "%d-%d" % (rng.randint(15, 30), rng.randint(10, 29))]), "score"))
    if k == 10:
        return tpl(rng.choice(["on {d}?", "due {d}", "{d} works?", "party on {d} 🎉"]),
                   d=N(date_s(rng), "date"))
    if k == 11:
        return tpl(rng.choice(["isbn {i} if u want it", "the book: ISBN {i}"]),
                   i=N(isbn13(rng), "isbn"))
    if k == 12:
        if rng.random() < 0.6:
            return tpl(rng.choice(["my router is {i}", "try {i}:8080", "printer at {i} lol",
                                   "its on {i} locally"]), i=N(ipv4_private(rng), "private_ip"))
        return tpl(rng.choice(["link-local {i} works", "try {i} in the lab"]),
                   i=N(ipv6_private(rng), "private_ip"))
    if k == 13:
        return tpl(rng.choice(["use {e} for testing", "the docs say {e} lol",
                               "placeholder is {e}"]), e=N(doc_item(rng, me), "doc_domain"))
    if k == 14:
        return tpl(rng.choice(["they're hiring {u}", "check {u} 👀", "apply here {u} !!"]),
                   u=N(company_url(rng), "company_page"))
    if k == 15:
        return tpl(rng.choice(["{u} lol watch this", "read {u}", "rsvp here {u}",
                               "see {u} pls"]), u=N(nonprofile_url(rng), "nonprofile_url"))
    if k == 16:
        return tpl(rng.choice(["gift card no. {c} doesn't work??", "voucher {c} rejected 😤"]),
                   c=N(bad_card(rng), "invalid_card"))
    if k == 17:
        return tpl(rng.choice(["bank says iban {i} is invalid 😩", "typo? {i} got rejected"]),
                   i=N(make_iban(rng, False), "invalid_iban"))
    if k == 18:
        return tpl(rng.choice(["the sample ssn {s} on the form lol", "fake ssn {s} in the demo"]),
                   s=N(bad_ssn(rng), "invalid_ssn"))
    if k in (19, 20):
        w = rng.choice(NAMEWORDS)
        f = rng.choice(NAMEWORD_TPL[w])
        return tpl(f, w=N(w.lower(), "name_word"), W=N(w, "name_word"))
    if k == 21:
        return tpl(rng.choice(["{c} is hiring again", "interview at {c} tmrw!!",
                               "got the {c} offer 🎉", "{c} stock lol"]),
                   c=N(rng.choice(COMPANIES), "company_name"))
    if k == 22:
        return tpl(rng.choice(["flying to {p} next week", "anyone in {p}?", "trip to {p} 😍",
                               "moved to {p} lol"]), p=N(rng.choice(PLACES), "place_name"))
    if k == 23:
        return tpl(rng.choice(["just use {e}", "{e} again lol", "explain {e} like im 5",
                               "exam on {e} tmrw 😭"]), e=N(rng.choice(EPONYMS), "eponym"))
    if rng.random() < 0.55:
        return tpl(rng.choice(["my cousin {n} says hi", "{n} concert was insane",
                               "met {n} at the conf", "my prof {n} is so strict"]),
                   n=N(rng.choice(NONMEMBER), "non_member_name"))
    return tpl(rng.choice(["{h} standup in 5", "{h} pls read pinned", "{h} opened a PR"]),
               h=N(rng.choice(NONMEMBER_MENTIONS), "non_member_mention"))


GENS = [(g_greet, 16), (g_mention, 14), (g_email, 7), (g_phone, 8), (g_social, 6),
        (g_money, 8), (g_ip, 6), (g_neg, 30)]
GEN_LIST = [g for g, w in GENS for _ in range(w)]


def filler(rng, culture):
    lang = LANG_OF[culture]
    if rng.random() < 0.35:
        lang = rng.choice(sorted(FILL))
    f = rng.choice(FILL[lang])
    if rng.random() < 0.07 and f.isascii():
        f = f.upper()
    return f


def message(rng, me, others):
    g = rng.choice(GEN_LIST)
    o = rng.choice(others)
    o2 = rng.choice(others)
    if g is g_mention:
        items = g(rng, me, o, o2)
    else:
        items = g(rng, me, o)
    r = rng.random()
    if r < 0.25:
        items = [filler(rng, me.culture) + " "] + items
    elif r < 0.5:
        items = items + [" " + filler(rng, me.culture)]
    return items


def speaker(rng, m, style):
    if style == "first" and m.culture in LATIN:
        return [S(case_var(rng, m.first, False), "PERSON"), ": "]
    if style == "handle":
        return [S("@" + m.handle, "HANDLE"), ": "]
    if style == "time":
        return ["[", N(time_s(rng), "time"), "] ", S(m.name, "PERSON"), ": "]
    return [S(m.name, "PERSON"), ": "]


def thread(rng, members):
    kind = rng.choice(["dm", "dm", "group_chat", "group_chat", "comment_thread"])
    np_ = 2 if kind == "dm" else rng.randint(3, 5)
    parts = [rng.choice(members) for _ in range(np_)]
    lines = []
    if kind == "comment_thread":
        post = message(rng, parts[0], parts[1:])
        hdr = rng.choice(["full", "handle"])
        head = ([S(parts[0].name, "PERSON")] if hdr == "full" else [S("@" + parts[0].handle, "HANDLE")])
        lines.append(head + [" · %d%s" % (rng.randint(1, 23), rng.choice("hdm"))])
        lines.append(post)
        lines.append(["👍 %d  ❤️ %d  💬 %d" % (rng.randint(0, 99), rng.randint(0, 50), rng.randint(1, 9))])
        prev = post
        for _ in range(rng.randint(1, 4)):
            m = rng.choice(parts[1:] + [parts[0]])
            others = [p for p in parts if p is not m] or parts
            sp = ["↳ "] + speaker(rng, m, rng.choice(["full", "first", "handle"]))
            body = message(rng, m, others)
            if rng.random() < 0.5:
                sp[-1] = ":"
                lines.append(sp)
                lines.append(["> "] + list(prev))
                lines.append(body)
            else:
                lines.append(sp + body)
            prev = body
    else:
        style = rng.choice(["full", "first", "time", "handle", "first"])
        prev_body = None
        for i in range(rng.randint(2, 7)):
            m = parts[i % len(parts)] if kind == "dm" else rng.choice(parts)
            others = [p for p in parts if p is not m] or parts
            body = message(rng, m, others)
            if prev_body is not None and rng.random() < 0.12:
                lines.append(speaker(rng, m, style) + ["> "] + list(prev_body))
                lines.append(body)
            else:
                lines.append(speaker(rng, m, style) + body)
            if kind == "group_chat" and rng.random() < 0.1:
                r = rng.choice(parts)
                who = S(case_var(rng, r.first, False) if r.culture in LATIN else r.name, "PERSON")
                emo = rng.choice(["😂", "❤️", "👍", "🔥"])
                if rng.random() < 0.5:
                    lines.append(["(", who, " reacted %s)" % emo])
                else:
                    lines.append([who, " reacted %s" % emo])
            prev_body = body
    return kind, lines


def render(lines):
    text = []
    spans, negs = [], []
    pos = 0
    for li, line in enumerate(lines):
        if li:
            text.append("\n")
            pos += 1
        for it in line:
            if isinstance(it, str):
                text.append(it)
                pos += len(it)
            else:
                k, t, lab = it
                if k == "S":
                    spans.append({"start": pos, "end": pos + len(t), "type": lab})
                else:
                    negs.append({"start": pos, "end": pos + len(t), "category": lab})
                text.append(t)
                pos += len(t)
    return "".join(text), spans, negs


# ---------------------------------------------------------------- checks

class Checker:
    def __init__(self, members):
        self.full = {m.name.lower() for m in members if m.culture not in CJK}
        self.first = {m.first.lower() for m in members if m.culture in LATIN}
        self.handles = {m.handle.lower() for m in members}
        cjk = sorted({m.name for m in members if m.culture in CJK}, key=len, reverse=True)
        self.cjk_names = set(cjk)
        self.cjk_re = re.compile("(?=(%s))" % "|".join(map(re.escape, cjk))) if cjk else None
        self.word_re = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

    def leaks(self, text, spans):
        """member names / handles in the text that no gold span covers."""
        pers = [(s["start"], s["end"]) for s in spans if s["type"] == "PERSON"]
        anyc = [(s["start"], s["end"]) for s in spans]
        inside = lambda a, b, lst: any(s <= a and b <= e for s, e in lst)  # noqa: E731
        out = []
        if self.cjk_re:
            for m in self.cjk_re.finditer(text):
                a, b = m.start(), m.start() + len(m.group(1))
                if not inside(a, b, pers):
                    out.append(text[a:b])
        toks = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[^\W_]+", text)]
        for n in (2, 3):
            for i in range(len(toks) - n + 1):
                seq = toks[i:i + n]
                if any(seq[j + 1][0] - seq[j][1] != 1 or text[seq[j][1]] != " " for j in range(n - 1)):
                    continue
                s = " ".join(t[2] for t in seq)
                if s in self.full and not inside(seq[0][0], seq[-1][1], pers + anyc):
                    out.append(s)
        for m in re.finditer(r"@([A-Za-z0-9_]+)", text):
            if m.group(1).lower() in self.handles and not inside(m.start(), m.end(), anyc):
                out.append(m.group())
        return out

    def span_ok(self, typ, t):
        if typ == "EMAIL":
            d = email_domain(t)
            return bool(d) and not DOC_DOMAIN.search(d) and not t.startswith("mailto:") \
                and t[-1] not in ".)>," and t[0] != "<"
        if typ == "PHONE":
            return phone_ok(t)
        if typ == "IPV4":
            return re.fullmatch(r"\d+\.\d+\.\d+\.\d+", t) is not None and ip_global(t)
        if typ == "IPV6":
            return ":" in t and ip_global(t)
        if typ == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", t)
            return d.isdigit() and luhn_ok(d) and card_brand_ok(d)
        if typ == "IBAN":
            return iban_ok(t)
        if typ == "US_SSN":
            return ssn_ok(t)
        if typ == "URL":
            tl = t.lower()
            return any(h in tl for h in PROFILE_HOSTS) and t[-1] not in ".)" and \
                not re.search(r"example\.(com|org|net)|\.test\b|\.invalid\b", tl)
        if typ == "HANDLE":
            return t.startswith("@") and t[1:].lower() in self.handles
        if typ == "PERSON":
            tl = t.lower()
            return tl in self.full or tl in self.first or t in self.cjk_names
        return False

    def neg_ok(self, cat, t):
        if not t.strip():
            return False
        if cat == "invalid_card":
            d = re.sub(r"[ -]", "", t)
            return not luhn_ok(d)
        if cat == "invalid_iban":
            return not iban_ok(t)
        if cat == "invalid_ssn":
            return not ssn_ok(t)
        if cat == "private_ip":
            return not ip_global(t)
        if cat == "doc_domain":
            return bool(re.search(r"example\.(com|org|net)|\.test$|\.invalid$", t))
        if cat == "name_word":
            return t.lower() in self.first
        if cat == "non_member_name":
            return t.lower() not in self.full
        return True

    def record(self, r):
        errs = []
        text = r["text"]
        n = len(text)
        allsp = sorted([(s["start"], s["end"]) for s in r["spans"]] +
                       [(s["start"], s["end"]) for s in r["negatives"]])
        for a, b in allsp:
            if not (0 <= a < b <= n):
                errs.append("offset out of range %d-%d" % (a, b))
        for x, y in zip(allsp, allsp[1:]):
            if y[0] < x[1]:
                errs.append("overlap %r %r" % (x, y))
        for s in r["spans"]:
            t = text[s["start"]:s["end"]]
            if not self.span_ok(s["type"], t):
                errs.append("bad %s %r" % (s["type"], t))
            if s["type"] in ("EMAIL", "URL") and s["start"] > 0:
                c = text[s["start"] - 1]
                if c.isascii() and c.isalpha():
                    errs.append("glued to Latin letter %r" % t)
        for s in r["negatives"]:
            t = text[s["start"]:s["end"]]
            if not self.neg_ok(s["category"], t):
                errs.append("bad negative %s %r" % (s["category"], t))
        for lk in self.leaks(text, r["spans"]):
            errs.append("unlabelled member name/handle %r" % lk)
        return errs


# ---------------------------------------------------------------- main

def filler_clash(members):
    toks = set()
    for fs in FILL.values():
        for f in fs:
            toks.update(w.lower() for w in re.findall(r"[^\W_]+", f))
    names = set()
    for m in members:
        if m.culture in LATIN:
            names.update(w.lower() for w in m.name.split() if w[0].isupper())
    return toks & names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    members = make_members(a.members, a.seed)
    clash = filler_clash(members)
    if clash:
        sys.exit("filler words clash with member names: %s" % sorted(clash))
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle},
                               ensure_ascii=False) + "\n")
    chk = Checker(members)
    rng = random.Random(a.seed)
    pool = members
    kinds = collections.Counter()
    recs = []
    rejected = 0
    i = 0
    while len(recs) < a.records:
        kind, lines = thread(rng, pool)
        text, spans, negs = render(lines)
        rec = {"id": "b32-%d-%05d" % (a.seed, i), "text": text, "spans": spans,
               "negatives": negs}
        i += 1
        if chk.record(rec):
            rejected += 1
            continue
        kinds[kind] += 1
        rec["id"] = "b32-%d-%05d" % (a.seed, len(recs))
        recs.append(rec)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.selfcheck:
        bad = 0
        tc, nc = collections.Counter(), collections.Counter()
        for r in recs:
            e = chk.record(r)
            if e:
                bad += 1
                print(r["id"], e[:3], file=sys.stderr)
            tc.update(s["type"] for s in r["spans"])
            nc.update(s["category"] for s in r["negatives"])
        print("records %d (regenerated %d), kinds %s" % (len(recs), rejected, dict(kinds)))
        print("spans: " + ", ".join("%s %d" % kv for kv in sorted(tc.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(nc.items())))
        print("selfcheck: %s" % ("OK" if not bad else "%d bad records" % bad))
        if bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
