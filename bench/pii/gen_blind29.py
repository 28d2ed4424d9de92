#!/usr/bin/env python3
"""gen_blind29.py - the 33rd labelled PII test corpus: "numbers everywhere".

Written BLIND on 2026-11-30 from issue 3 (the product's definition of personal data: the type
table, its "not this" column and the targets) and bench/pii/score.py (label format, scoring)
only; nothing else in the repository was read and no redactor was run on this corpus, so it is
an independent test set that nobody tuned the engine on.

Theme: professional-network posts, comments and profile text in which personal data sits among
many numbers that are NOT personal data: finance and earnings posts (prices, percentages,
currency amounts in many notations: 1.234.567,89  1,234,567.89  12 345,00  12,34,567.89),
sports results and running times, science posts (DOIs, arXiv IDs, measurements, p-values,
coordinates), logistics (order, tracking, invoice, ticket, case, booking and reference numbers
with their cue word, some of phone length), dates and times in many formats, ISBNs, patent
numbers, version and build strings, year ranges, Luhn-invalid 16-digit runs, IBAN-shaped strings
with bad check digits, SSN-shaped strings with invalid area/group/serial, private, loopback,
link-local and documentation IPs, documentation-domain addresses, company/careers/paper/ticket
links and eponyms.  Mixed with real PII of every type of issue 3 (EMAIL incl. obfuscated forms,
PHONE in the listed countries' formats and bare E.164, IPV4/IPV6 global, CREDIT_CARD Luhn-valid
Visa/Mastercard/Amex/Discover, IBAN mod-97-valid, US_SSN valid, URL profile links, HANDLE
@mentions, PERSON member names) in English, German, French, Spanish, Portuguese, Italian, Dutch,
Japanese, Chinese and Hindi.

Interface:
  python3 bench/pii/gen_blind29.py --out DIR [--records 5000] [--members 100000] [--seed 1]
                                   [--selfcheck]
writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl ({"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
Unicode code point offsets, end-exclusive).  Deterministic for a seed; standard library only.
--selfcheck validates every gold span (validators pass) and every negative that claims
invalidity (validators fail), span overlap and offsets, and exits 1 on a problem.

Labelling conventions: `@Full Name` -> PERSON without the `@`; `@handle` -> HANDLE with the `@`;
documentation domains are negatives except askfirst.example/u/<handle> (URL); mailto:, angle
brackets, trailing punctuation, :port, /cidr and [ ] stay outside spans; `Anja's` -> `Anja`.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- members

LATIN = {
    "de": (["Anja", "Jonas", "Lukas", "Katrin", "Jürgen", "Sabine", "Felix", "Mareike", "Tobias",
            "Jana", "Björn", "Ulrike", "Henrik", "Lena", "Dörte", "Malte"],
           ["Weber", "Schneider", "Fischer", "Wagner", "Becker", "Schulz", "Hoffmann", "Köhler",
            "Krüger", "Zimmermann", "Hartmann", "Lange", "Schröder", "Neumann", "Braun"]),
    "en": (["Olivia", "Ethan", "Harriet", "Declan", "Priyanka", "Nathaniel", "Chloe", "Gareth",
            "Imogen", "Tyler", "Siobhan", "Marcus", "Abigail", "Rhys", "Kendra", "Damian"],
           ["Thompson", "Whitaker", "Gallagher", "Hughes", "Fletcher", "Brennan", "Caldwell",
            "Ramsey", "Donovan", "Pritchard", "Sullivan", "Harrington", "Okafor", "Lindqvist"]),
    "fr": (["Léa", "Mathieu", "Camille", "Étienne", "Océane", "Benoît", "Manon", "Hélène",
            "Thibault", "Margaux", "Sébastien", "Inès", "Clément", "Gaëlle"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fournier", "Mercier", "Lambert",
            "Bonnet", "Faure", "Chevalier", "Gauthier", "Perrin"]),
    "es": (["José", "Lucía", "Alejandro", "Martina", "Iñigo", "Carmen", "Sergio", "Begoña",
            "Álvaro", "Nerea", "Raúl", "Ainhoa", "Rocío"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Jiménez", "Ruiz", "Navarro",
            "Domínguez", "Vázquez", "Ibáñez", "Castillo", "Ortega"]),
    "pt": (["João", "Beatriz", "Thiago", "Larissa", "Gonçalo", "Mariana", "Rafael", "Juliana",
            "Leandro", "Fernanda", "Vinícius", "Letícia"],
           ["Gonçalves", "Oliveira", "Santos", "Ferreira", "Carvalho", "Pereira", "Almeida",
            "Ribeiro", "Nascimento", "Araújo", "Barbosa", "Cavalcanti"]),
    "it": (["Giulia", "Alessandro", "Chiara", "Lorenzo", "Francesca", "Matteo", "Federica",
            "Niccolò", "Ilaria", "Davide", "Beatrice", "Tommaso"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti"]),
    "nl": (["Sanne", "Daan", "Fleur", "Joost", "Maaike", "Bram", "Lotte", "Thijs", "Femke",
            "Sander", "Ilse", "Wouter"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer",
            "Bos", "Vos", "Hendriks", "van Dijk"]),
    "in": (["Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rohan", "Ishaan",
            "Deepika", "Aditya", "Meera"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Chatterjee",
            "Banerjee", "Kulkarni", "Deshpande", "Bhatt"]),
    "ng": (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Adaeze", "Chidi",
            "Yetunde", "Babajide"],
           ["Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye", "Obi",
            "Chukwu", "Olawale"]),
}
ZH = ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
       ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("吴", "wu"), ("孙", "sun")],
      [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
       ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("艳", "yan"),
       ("杰", "jie"), ("涛", "tao"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"),
       ("志强", "zhiqiang"), ("雨桐", "yutong")])
JA = ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
       ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura"),
       ("小林", "kobayashi"), ("加藤", "kato")],
      [("翔太", "shota"), ("陽菜", "hina"), ("大輝", "daiki"), ("美咲", "misaki"), ("健太", "kenta"),
       ("結衣", "yui"), ("拓海", "takumi"), ("さくら", "sakura"), ("蓮", "ren"), ("葵", "aoi")])
HI = ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनन्या", "ananya"), ("विक्रम", "vikram"),
       ("स्नेहा", "sneha"), ("अर्जुन", "arjun"), ("कविता", "kavita"), ("रोहन", "rohan")],
      [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"),
       ("पटेल", "patel"), ("जोशी", "joshi"), ("मिश्रा", "mishra"), ("यादव", "yadav")])

CULTURES = list(LATIN) + ["zh", "ja", "hi"]
CULT_W = [12, 14, 9, 9, 8, 8, 7, 9, 6, 7, 6, 5]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def make_members(n, rng):
    members = []
    seen = set()
    for i in range(1, n + 1):
        c = rng.choices(CULTURES, CULT_W)[0]
        if c in LATIN:
            fn, ln = rng.choice(LATIN[c][0]), rng.choice(LATIN[c][1])
            name = fn + " " + ln
            f, l = fold(fn), fold(ln)
            latin = True
        else:
            sur, giv = ZH if c == "zh" else JA if c == "ja" else ([], [])
            if c == "hi":
                (fn, f), (ln, l) = rng.choice(HI[0]), rng.choice(HI[1])
                name = fn + " " + ln
            else:
                (ln, l), (fn, f) = rng.choice(sur), rng.choice(giv)
                name = ln + fn
            latin = False
        base = rng.choice([f + l, f + "_" + l, f[0] + l, f + l[0], l + f])
        h = base
        k = 1
        while h in seen:
            k += 1
            h = base + str(rng.randint(2, 99) if k < 4 else k)
        seen.add(h)
        members.append({"user": "u%d" % i, "name": name, "handle": h, "first": fn,
                        "latin": latin, "c": c, "f": f, "l": l})
    return members


# ---------------------------------------------------------------- check digits / validators

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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PT": 25, "PL": 28, "IE": 22}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s) or not s[2:4].isdigit():
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, se = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g != 0 and se != 0


def ip_global(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.version == 6 and ip in ipaddress.ip_network("2001:db8::/32"):
        return False
    return ip.is_global and not ip.is_multicast


CARD_RE = re.compile(r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}|\d{4}([ -]?)\d{6}\2\d{5}")


def card_ok(s):
    if not CARD_RE.fullmatch(s):
        return False
    d = re.sub(r"\D", "", s)
    brand = (d[0] == "4" and len(d) == 16) or (51 <= int(d[:2]) <= 55 and len(d) == 16) or \
        (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or (d[:2] in ("34", "37") and len(d) == 15) \
        or ((d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649) and len(d) == 16)
    return brand and luhn_ok(d)


EMAIL_RE = re.compile(r"[a-z0-9._+-]+(@|\(at\)|\[at\]| \[at\] )[a-z0-9-]+"
                      r"((\.| \[dot\] |\[dot\])[a-z0-9-]+)+", re.I)
PHONE_OK = re.compile(r"\+?[0-9 ()./\-\u00a0]+")
PROFILE_RE = re.compile(r"(https?://)?(www\.)?(linkedin\.com/in/[\w-]+|github\.com/[\w-]+|"
                        r"x\.com/\w+|medium\.com/@\w+|bsky\.app/profile/[\w.-]+|[\w-]+\.substack"
                        r"\.com|calendly\.com/[\w-]+(/\w+)?|askfirst\.example/u/\w+)")
DOC_DOMAIN = re.compile(r"example\.(com|org|net)|\.test\b|\.invalid\b")

# ---------------------------------------------------------------- value generators


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nz(r, n):
    return r.choice("123456789") + digits(r, n - 1)


def card(r):
    b = r.choice(["visa", "mc", "mc2", "amex", "disc"])
    if b == "visa":
        body = "4" + digits(r, 14)
    elif b == "mc":
        body = str(r.randint(51, 55)) + digits(r, 13)
    elif b == "mc2":
        body = str(r.randint(2221, 2720)) + digits(r, 11)
    elif b == "amex":
        body = r.choice(["34", "37"]) + digits(r, 12)
    else:
        body = r.choice(["6011" + digits(r, 11), "65" + digits(r, 13),
                         str(r.randint(644, 649)) + digits(r, 12)])
    d = luhn_complete(body)
    sep = r.choice(["", " ", " ", "-"])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


def luhn_bad(r):
    d = luhn_complete(r.choice(["4", "5" + r.choice("12345"), "3"]) + digits(r, 13))
    d = d[:15] if len(d) == 16 else d[:15]
    d = d + str((int(luhn_complete(d)[-1]) + r.randint(1, 9)) % 10)
    sep = r.choice(["", " ", "-"])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


def bban(r, cc):
    n = IBAN_LEN[cc] - 4
    if cc in ("NL", "GB", "IE"):
        return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(r, n - 4)
    if cc == "IT":
        return r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, n - 1)
    return digits(r, n)


def iban_fmt(r, s):
    if r.random() < 0.5:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


LANG_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": "GB"}


def iban(r, lang, bad=False):
    cc = LANG_IBAN.get(lang, "DE") if r.random() < 0.6 else r.choice(list(IBAN_LEN))
    b = bban(r, cc)
    chk = 98 - iban_num(b + cc + "00") % 97
    if bad:
        chk = r.choice([x for x in range(2, 99) if x != chk and (x + 97) % 97 != chk % 97])
    s = cc + "%02d" % chk + b
    return iban_fmt(r, s)


def ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    sep = r.choice(["-", "-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def ssn_bad(r):
    a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
    k = r.randint(0, 4)
    if k == 0:
        a = 0
    elif k == 1:
        a = 666
    elif k == 2:
        a = r.randint(900, 999)
    elif k == 3:
        g = 0
    else:
        s = 0
    sep = r.choice(["-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


GLOBAL_V4_FIRST = [23, 31, 37, 45, 52, 62, 77, 81, 89, 91, 104, 134, 141, 151, 176, 185, 193,
                   195, 212, 217, 5, 46, 84, 109, 154]


def ip4(r):
    return "%d.%d.%d.%d" % (r.choice(GLOBAL_V4_FIRST), r.randint(0, 255), r.randint(0, 255),
                            r.randint(1, 254))


def ip4_priv(r):
    k = r.randint(0, 7)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k == 3:
        return "127.0.0.%d" % r.randint(1, 9)
    if k == 4:
        return "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
    if k == 5:
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if k == 6:
        return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))
    return "0.0.0.0"


def ip6(r):
    pre = r.choice(["2a00:1450", "2a01:4f8", "2a02:%x" % r.randint(0x100, 0xfff), "2600:1f18",
                    "2607:f8b0", "2804:%x" % r.randint(0x100, 0xfff), "2c0f:fb50", "2400:cb00",
                    "2001:4860", "2a03:2880"])
    groups = pre.split(":") + ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if r.random() < 0.5:
        k = r.randint(3, 5)
        groups = groups[:k] + [""] + ["%x" % r.randint(1, 0xffff) for _ in range(r.randint(1, 2))]
        s = ":".join(groups)
    else:
        s = ":".join(groups[:8])
        if r.random() < 0.3:
            s = ":".join("%04x" % int(g, 16) for g in groups[:8])
    return s


def ip6_doc(r):
    k = r.randint(0, 3)
    if k == 0:
        return "2001:db8::%x" % r.randint(1, 0xffff)
    if k == 1:
        return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 99))
    if k == 2:
        return "fe80::%x:%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff))
    return "fd%02x:%x::%x" % (r.randint(0, 255), r.randint(0, 0xffff), r.randint(1, 0xff))


def nanp(r):
    while True:
        a = r.randint(201, 989)
        e = r.randint(201, 989)
        if a % 100 != 11 and e % 100 != 11 and a // 10 % 10 != 9:
            return a, e, digits(r, 4)


def phone(r, cc):
    d = digits
    if cc in ("US", "CA"):
        a, e, l = nanp(r)
        if cc == "CA":
            a = r.choice([416, 604, 514, 613, 403, 778, 647])
        p = r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}",
                      "+1-{a}-{e}-{l}", "+1 ({a}) {e}-{l}"]).format(a=a, e=e, l=l)
    elif cc == "UK":
        p = r.choice(["020 7%s %s" % (d(r, 3), d(r, 4)), "07%s %s" % (nz(r, 3), d(r, 6)),
                      "+44 20 7%s %s" % (d(r, 3), d(r, 4)), "+44 7%s %s" % (nz(r, 3), d(r, 6)),
                      "+44 (0)20 8%s %s" % (d(r, 3), d(r, 4)), "0161 %s %s" % (nz(r, 3), d(r, 4))])
    elif cc == "DE":
        p = r.choice(["+49 30 %s" % nz(r, 8), "030 %s" % nz(r, 8), "+49 (0)30 %s" % nz(r, 7),
                      "0151 %s" % nz(r, 8), "030/%s" % nz(r, 7), "+49 151 %s" % nz(r, 8),
                      "089/%s" % nz(r, 7), "+49 89 %s %s" % (nz(r, 4), d(r, 4)),
                      "0171-%s" % nz(r, 7)])
    elif cc == "FR":
        g = " ".join(d(r, 2) for _ in range(4))
        p = r.choice(["06 " + g, "+33 6 " + g, "07." + g.replace(" ", "."), "+33 (0)1 " + g,
                      "01-" + g.replace(" ", "-"), "+33 7 " + g])
    elif cc == "IN":
        m = r.choice("6789") + d(r, 4)
        p = r.choice(["+91 %s %s" % (m, d(r, 5)), "+91-%s-%s" % (m, d(r, 5)),
                      "0%s %s" % (m, d(r, 5)), "011-%s %s" % (nz(r, 4), d(r, 4)),
                      "+91 22 %s %s" % (nz(r, 4), d(r, 4))])
    elif cc == "BR":
        ddd = r.randint(11, 99)
        p = r.choice(["+55 %d 9%s-%s" % (ddd, d(r, 4), d(r, 4)),
                      "(%d) 9%s-%s" % (ddd, d(r, 4), d(r, 4)),
                      "+55 (%d) %s-%s" % (ddd, r.choice("2345") + d(r, 3), d(r, 4)),
                      "(%d) %s-%s" % (ddd, r.choice("2345") + d(r, 3), d(r, 4))])
    elif cc == "JP":
        p = r.choice(["+81 3-%s-%s" % (d(r, 4), d(r, 4)), "03-%s-%s" % (d(r, 4), d(r, 4)),
                      "090-%s-%s" % (d(r, 4), d(r, 4)), "+81 90-%s-%s" % (d(r, 4), d(r, 4)),
                      "06-6%s-%s" % (d(r, 3), d(r, 4)), "080-%s-%s" % (d(r, 4), d(r, 4))])
    elif cc == "AU":
        p = r.choice(["+61 2 9%s %s" % (d(r, 3), d(r, 4)), "(02) 9%s %s" % (d(r, 3), d(r, 4)),
                      "04%s %s %s" % (d(r, 2), d(r, 3), d(r, 3)),
                      "+61 4%s %s %s" % (d(r, 2), d(r, 3), d(r, 3)),
                      "(03) 9%s %s" % (d(r, 3), d(r, 4))])
    elif cc == "CN":
        m = "1" + r.choice("3589") + d(r, 1)
        p = r.choice(["+86 %s %s %s" % (m, d(r, 4), d(r, 4)), "%s %s %s" % (m, d(r, 4), d(r, 4)),
                      "%s-%s-%s" % (m, d(r, 4), d(r, 4)), "+86 10 %s %s" % (nz(r, 4), d(r, 4)),
                      "010-%s" % nz(r, 8), "021-6%s %s" % (d(r, 3), d(r, 4))])
    elif cc == "ES":
        p = r.choice(["+34 6%s %s %s" % (d(r, 2), d(r, 3), d(r, 3)),
                      "6%s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
                      "91 %s %s %s" % (nz(r, 3), d(r, 2), d(r, 2)),
                      "+34 91 %s %s %s" % (nz(r, 3), d(r, 2), d(r, 2))])
    elif cc == "IT":
        p = r.choice(["+39 06 %s %s" % (nz(r, 4), d(r, 4)), "+39 3%s %s %s" % (d(r, 2), d(r, 3),
                                                                               d(r, 4)),
                      "3%s %s" % (d(r, 2), nz(r, 7)), "06 %s" % nz(r, 8),
                      "02-%s %s" % (nz(r, 4), d(r, 4))])
    elif cc == "NL":
        p = r.choice(["+31 6 %s" % nz(r, 8), "06-%s" % nz(r, 8), "020 %s %s" % (nz(r, 3), d(r, 4)),
                      "+31 20 %s %s" % (nz(r, 3), d(r, 4)), "06 %s %s" % (nz(r, 4), d(r, 4))])
    elif cc == "NG":
        m = r.choice(["803", "806", "813", "816", "703", "706", "810", "905"])
        p = r.choice(["+234 %s %s %s" % (m, d(r, 3), d(r, 4)), "0%s %s %s" % (m, d(r, 3), d(r, 4)),
                      "+234 (0)%s %s %s" % (m, d(r, 3), d(r, 4))])
    else:  # bare E.164
        p = r.choice(["+4915%s" % d(r, 9), "+1%d%d%s" % nanp(r), "+336%s" % d(r, 8),
                      "+91%s%s" % (r.choice("6789"), d(r, 9)), "+861%s%s" % (r.choice("3589"),
                                                                            d(r, 8)),
                      "+447%s" % nz(r, 9), "+55119%s" % d(r, 8), "+3462%s" % d(r, 7),
                      "+316%s" % nz(r, 8), "+23480%s" % d(r, 8), "+81906%s" % d(r, 7),
                      "+61412%s" % d(r, 6), "+39347%s" % d(r, 7)])
    if " " in p and r.random() < 0.12:
        p = p.replace(" ", "\u00a0")
    return p


LANG_PHONE = {"de": ["DE"], "fr": ["FR"], "es": ["ES"], "pt": ["BR"], "it": ["IT"], "nl": ["NL"],
              "ja": ["JP"], "zh": ["CN"], "hi": ["IN"], "en": ["US", "CA", "UK", "AU", "NG", "IN"]}
ALL_CC = ["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG", "E164"]

# ---------------------------------------------------------------- number formats (negatives)


def group(intpart, sep, indian=False):
    s = str(intpart)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num(r, lang, lo=100, hi=9999999, dec=True):
    v = r.randint(lo, hi)
    cents = "%02d" % r.randint(0, 99)
    if lang in ("en", "ja", "zh"):
        s = group(v, ",")
        return s + ("." + cents if dec else "")
    if lang == "hi":
        return group(v, ",", indian=True) + ("." + cents if dec else "")
    if lang == "fr":
        return group(v, r.choice([" ", "\u202f", "\u00a0"])) + ("," + cents if dec else "")
    return group(v, ".") + ("," + cents if dec else "")


def price(r, lang):
    n = num(r, lang, dec=r.random() < 0.6)
    small = "%d%s%d" % (r.randint(1, 99), "." if lang in ("en", "ja", "zh", "hi") else ",",
                        r.randint(1, 9))
    f = {
        "en": ["$" + n, "USD " + n, "£" + n, "$%sM" % small, "€" + n, "$%sbn" % small],
        "de": [n + " €", "EUR " + n, small + " Mio. €", n + " EUR"],
        "fr": [n + " €", small + " M€", n + " EUR", "CHF " + n],
        "es": [n + " €", small + " M€", "US$ " + n],
        "pt": ["R$ " + n, "€ " + n, "R$ %s mi" % small],
        "it": ["€ " + n, n + " euro", small + " mln €"],
        "nl": ["€ " + n, "€ %s mln" % small, "EUR " + n],
        "ja": ["¥" + num(r, "ja", dec=False), num(r, "ja", dec=False) + "円", small + "億円"],
        "zh": ["¥" + n, small + "亿元", "人民币" + num(r, "zh", dec=False) + "元"],
        "hi": ["₹" + n, "₹%s करोड़" % small, "Rs. " + num(r, "hi", dec=False)],
    }[lang]
    return r.choice(f)


def pct(r, lang):
    v = "%d%s%d" % (r.randint(0, 60), "." if lang in ("en", "ja", "zh", "hi") else ",",
                    r.randint(0, 9))
    if lang in ("de", "fr", "es", "nl", "it", "pt") and r.random() < 0.6:
        return v + ("\u00a0%" if lang == "fr" and r.random() < 0.5 else " %")
    return v + "%"


MONTHS = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc."],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]}
DEV = str.maketrans("0123456789", "०१२३४५६७८९")


def date(r, lang):
    y, m, d = r.randint(1998, 2029), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.2:
        return "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        return r.choice(["%02d/%02d/%04d" % (m, d, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                         "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100)])
    if lang == "de":
        return r.choice(["%02d.%02d.%04d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y),
                         "%d.%d.%02d" % (d, m, y % 100)])
    if lang == "fr":
        return r.choice(["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
    if lang == "nl":
        return r.choice(["%02d-%02d-%04d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if lang in ("ja", "zh"):
        return r.choice(["%d年%d月%d日" % (y, m, d), "%04d/%02d/%02d" % (y, m, d)])
    if lang == "hi":
        s = r.choice(["%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)])
        return s.translate(DEV) if r.random() < 0.25 else s
    return r.choice(["%02d/%02d/%04d" % (d, m, y), "%d.%d.%d" % (d, m, y)])


def time_(r, lang):
    h, mi = r.randint(0, 23), r.randint(0, 59)
    if lang == "en" and r.random() < 0.5:
        return "%d:%02d %s" % (h % 12 or 12, mi, r.choice(["pm", "am", "PM", "a.m."]))
    if lang == "fr" and r.random() < 0.5:
        return "%dh%02d" % (h, mi)
    if lang == "ja" and r.random() < 0.5:
        return "%d時%02d分" % (h, mi)
    if lang == "de" and r.random() < 0.5:
        return "%02d:%02d Uhr" % (h, mi)
    return "%02d:%02d" % (h, mi)


def racetime(r):
    return r.choice(["%d:%02d:%02d" % (r.randint(1, 4), r.randint(0, 59), r.randint(0, 59)),
                     "%d:%02d" % (r.randint(14, 59), r.randint(0, 59)),
                     "%d:%02d.%d" % (r.randint(3, 9), r.randint(0, 59), r.randint(0, 9)),
                     "%d.%02d s" % (r.randint(9, 12), r.randint(0, 99))])


def score_(r):
    a, b = r.randint(0, 130), r.randint(0, 130)
    if r.random() < 0.6:
        a, b = a % 7, b % 7
    return r.choice(["%d-%d", "%d:%d", "%d–%d"]) % (a, b)


def doi(r):
    return r.choice(["10.1038/s41586-0%s-0%s-%d" % (digits(r, 2), digits(r, 4), r.randint(0, 9)),
                     "10.1145/%s.%s" % (digits(r, 7), digits(r, 7)),
                     "10.1016/j.cell.%d.%s.%s" % (r.randint(2005, 2026), digits(r, 2),
                                                  digits(r, 3)),
                     "10.48550/arXiv.%s.%s" % (digits(r, 4), digits(r, 5)),
                     "10.1371/journal.pone.0%s" % digits(r, 6)])


def arxiv(r):
    return r.choice(["arXiv:%02d%02d.%s" % (r.randint(15, 26), r.randint(1, 12), digits(r, 5)),
                     "arXiv:%02d%02d.%sv%d" % (r.randint(15, 26), r.randint(1, 12), digits(r, 5),
                                               r.randint(1, 4)),
                     "%02d%02d.%s" % (r.randint(15, 26), r.randint(1, 12), digits(r, 5))])


def measure(r, lang):
    dec = "." if lang in ("en", "ja", "zh", "hi") else ","
    return r.choice(["%d%s%d × 10^%d cells/mL" % (r.randint(1, 9), dec, r.randint(0, 9),
                                                  r.randint(3, 9)),
                     "%d%s%02d nm" % (r.randint(100, 999), dec, r.randint(0, 99)),
                     "%d%s%d ± %d%s%d mg/L" % (r.randint(1, 99), dec, r.randint(0, 9),
                                              r.randint(0, 9), dec, r.randint(1, 9)),
                     "%d%s%d °C" % (r.randint(-40, 99), dec, r.randint(0, 9)),
                     "%s kg" % num(r, lang, 1000, 99999, False)])


def pval(r):
    return r.choice(["p < 0.001", "p = 0.0%d" % r.randint(10, 499), "p=%d.%de-%d" % (
        r.randint(1, 9), r.randint(0, 9), r.randint(3, 12)), "p ≤ 0.05", "P = .0%d" %
        r.randint(1, 49)])


def coords(r):
    la, lo = r.uniform(-60, 70), r.uniform(-170, 170)
    return r.choice(["%.4f° %s, %.4f° %s" % (abs(la), "N" if la >= 0 else "S", abs(lo),
                                             "E" if lo >= 0 else "W"),
                     "%.4f, %.4f" % (la, lo), "%.6f,%.6f" % (la, lo),
                     "%d°%02d′%02d″N %d°%02d′%02d″E" % (r.randint(0, 70), r.randint(0, 59),
                                                       r.randint(0, 59), r.randint(0, 170),
                                                       r.randint(0, 59), r.randint(0, 59))])


def order(r):
    return r.choice([nz(r, 10), nz(r, 11), "#" + nz(r, 10), "%s-%d-%s" % (r.choice("ABWX"),
                                                                            r.randint(2020, 2027),
                                                                            digits(r, 6)),
                     "%s %s %s" % (nz(r, 3), digits(r, 3), digits(r, 4)), nz(r, 8),
                     "%s-%s-%s" % (nz(r, 3), digits(r, 7), digits(r, 7))])


def tracking(r):
    return r.choice(["1Z%s%s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
                                         for _ in range(6)), digits(r, 10)),
                     "JD0%s" % digits(r, 17), "00340434%s" % digits(r, 12),
                     "%s%sDE" % (r.choice(["LX", "RR", "CP"]), digits(r, 9)),
                     "9400 %s %s %s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4),
                                              digits(r, 4), digits(r, 2)), nz(r, 12)])


def invoice(r):
    return r.choice(["INV-%d-%s" % (r.randint(2020, 2027), digits(r, 6)), nz(r, 10),
                     "%d/%02d/%s" % (r.randint(2020, 2027), r.randint(1, 12), digits(r, 5)),
                     "RE-%s" % nz(r, 8), "%s %s %s" % (nz(r, 4), digits(r, 3), digits(r, 3))])


def ticket(r):
    return r.choice(["#" + nz(r, 6), "TCK-%s" % digits(r, 7), nz(r, 11),
                     "INC%s" % digits(r, 7), "%s-%s" % (nz(r, 4), digits(r, 6))])


def case(r):
    return r.choice([digits(r, 8), "0" + digits(r, 10), nz(r, 10), "CS-%s" % digits(r, 9),
                     "%s %s %s" % (nz(r, 3), digits(r, 3), digits(r, 4))])


def booking(r):
    return r.choice(["".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                     "BKG-%s" % digits(r, 8), nz(r, 10), "HB%s" % digits(r, 9)])


def ref(r):
    return r.choice(["RF%s %s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4), digits(r, 4)),
                     "%d-%02d-%02d-%s" % (r.randint(2020, 2027), r.randint(1, 12),
                                          r.randint(1, 28), digits(r, 4)), nz(r, 11),
                     "REF%s" % digits(r, 9)])


def isbn(r):
    body = r.choice(["978", "979"]) + digits(r, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    s = body + str(c)
    if r.random() < 0.4:
        return s
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def patent(r):
    return r.choice(["US %s,%s,%s B2" % (r.randint(9, 12), digits(r, 3), digits(r, 3)),
                     "US%s%sB1" % (r.randint(9, 12), digits(r, 6)),
                     "EP %d %s %s A1" % (r.randint(1, 4), digits(r, 3), digits(r, 3)),
                     "DE 10 %d %s %s A1" % (r.randint(2010, 2026), digits(r, 3), digits(r, 3)),
                     "WO %d/%s" % (r.randint(2005, 2026), digits(r, 6)),
                     "US 20%s/0%s A1" % (r.randint(15, 26), digits(r, 6))])


def version(r):
    return r.choice(["v%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9),
                                       r.randint(0, 99)),
                     "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9),
                                      r.randint(0, 99)),
                     "v%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(0, 30)),
                     "%d.%d.%d-rc.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9),
                                         r.randint(1, 5))])


def build(r):
    return r.choice(["10.0.%d.%d" % (r.randint(17763, 26100), r.randint(1000, 5000)),
                     "%d.%d" % (r.randint(19041, 26100), r.randint(100, 4000)),
                     "%d.%d.%d.%d" % (r.randint(100, 131), 0, r.randint(4000, 6999),
                                      r.randint(10, 250))])


def yrange(r):
    a = r.randint(1975, 2020)
    return r.choice(["%d-%d", "%d–%d", "%d – %d", "%d/%d"]) % (a, r.randint(a + 1, 2026))


ENDINGS = ["gmail.com", "outlook.com", "web.de", "gmx.de", "orange.fr", "yahoo.co.jp", "qq.com",
           "163.com", "hotmail.es", "uol.com.br", "libero.it", "ziggo.nl", "rediffmail.com",
           "acme.io", "northwind.co", "fabrikam.de", "contoso.fr", "proton.me", "icloud.com"]

EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "the Kaplan–Meier curve",
           "Student's t-test", "Fisher's exact test", "the Fibonacci sequence",
           "Gauss–Newton", "Pearson's r", "the Black–Scholes model", "Moore's law"]
COMPANIES = ["Morgan Stanley", "Goldman Sachs", "Wells Fargo", "Ernst & Young", "Dow Jones",
             "Johnson & Johnson", "Procter & Gamble", "Charles Schwab"]
PLACES = ["Charlotte, NC", "Victoria, BC", "São Paulo", "Florence, SC", "Adelaide",
          "Santa Barbara", "Saint-Denis"]


class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.m = members
        self.latin = [x for x in members if x["latin"]]
        self.lang = "en"
        self.cur = None

    def member(self):
        return self.r.choice(self.m)

    def email_of(self, mb):
        r = self.r
        loc = r.choice([mb["f"] + "." + mb["l"], mb["handle"].replace("_", "."), mb["f"],
                        mb["f"][0] + mb["l"], r.choice(["jobs", "careers", "press", "hr",
                                                        "ir", "billing"])])
        loc = loc.strip(".") or "info"
        return loc, r.choice(ENDINGS)

    def url_of(self, h):
        r = self.r
        sch = r.choice(["", "", "https://", "https://www.", "http://"])
        k = r.randint(0, 8)
        if k == 0:
            return sch + "linkedin.com/in/" + h.replace("_", "-")
        if k == 1:
            return sch.replace("www.", "") + "github.com/" + h.replace("_", "-")
        if k == 2:
            return sch.replace("www.", "") + "x.com/" + h
        if k == 3:
            return sch.replace("www.", "") + "medium.com/@" + h
        if k == 4:
            return sch.replace("www.", "") + "bsky.app/profile/" + h.replace("_", "") \
                + ".bsky.social"
        if k == 5:
            return sch.replace("www.", "") + h.replace("_", "") + ".substack.com"
        if k == 6:
            return sch.replace("www.", "") + "calendly.com/" + h.replace("_", "-") + \
                r.choice(["", "/30min", "/intro"])
        return sch.replace("www.", "") + "askfirst.example/u/" + h

    def ph(self, key):
        r, lang = self.r, self.lang
        S = lambda t, ty: [(t, "S", ty)]
        N = lambda t, c: [(t, "N", c)]
        if key == "person":
            return S(self.member()["name"], "PERSON")
        if key == "atperson":
            return [("@", None, None)] + S(self.member()["name"], "PERSON")
        if key == "poss":
            return S(r.choice(self.latin)["name"], "PERSON") + [("'s", None, None)]
        if key == "first":
            return S(r.choice(self.latin)["first"], "PERSON")
        if key == "handle":
            return S("@" + self.member()["handle"], "HANDLE")
        if key in ("email", "email_obf"):
            loc, dom = self.email_of(self.member())
            if key == "email_obf" or r.random() < 0.1:
                k = r.randint(0, 3)
                if k == 0:
                    e = loc + " [at] " + dom.replace(".", " [dot] ")
                elif k == 1:
                    e = loc + "(at)" + dom
                elif k == 2:
                    e = loc + "[at]" + dom
                else:
                    e = loc + " [at] " + dom
                return S(e, "EMAIL")
            k = r.randint(0, 5)
            e = loc + "@" + dom
            if k == 0:
                return [("mailto:", None, None)] + S(e, "EMAIL")
            if k == 1:
                return [("<", None, None)] + S(e, "EMAIL") + [(">", None, None)]
            return S(e, "EMAIL")
        if key == "phone":
            cc = r.choice(LANG_PHONE[lang]) if r.random() < 0.8 else r.choice(ALL_CC)
            return S(phone(r, cc), "PHONE")
        if key == "ip4":
            return S(ip4(r), "IPV4")
        if key == "ip4port":
            return S(ip4(r), "IPV4") + [(":" + str(r.choice([22, 443, 8080, 8443, 3389])),
                                        None, None)]
        if key == "ip4cidr":
            return S(ip4(r), "IPV4") + [("/" + str(r.choice([24, 32, 28])), None, None)]
        if key == "ip6":
            return S(ip6(r), "IPV6")
        if key == "ip6port":
            return [("[", None, None)] + S(ip6(r), "IPV6") + [("]:%d" % r.choice([443, 8443]),
                                                               None, None)]
        if key == "card":
            return S(card(r), "CREDIT_CARD")
        if key == "iban":
            return S(iban(r, lang), "IBAN")
        if key == "ssn":
            return S(ssn(r), "US_SSN")
        if key == "url":
            return S(self.url_of(self.member()["handle"]), "URL")
        # ---- negatives
        simple = {"price": lambda: price(r, lang), "pct": lambda: pct(r, lang),
                  "date": lambda: date(r, lang), "time": lambda: time_(r, lang),
                  "racetime": lambda: racetime(r), "score": lambda: score_(r),
                  "doi": lambda: doi(r), "arxiv": lambda: arxiv(r),
                  "measure": lambda: measure(r, lang), "pval": lambda: pval(r),
                  "coords": lambda: coords(r), "order": lambda: order(r),
                  "tracking": lambda: tracking(r), "invoice": lambda: invoice(r),
                  "ticket": lambda: ticket(r), "case": lambda: case(r),
                  "booking": lambda: booking(r), "ref": lambda: ref(r), "isbn": lambda: isbn(r),
                  "patent": lambda: patent(r), "version": lambda: version(r),
                  "build": lambda: build(r), "range": lambda: yrange(r),
                  "luhnbad": lambda: luhn_bad(r), "ibanbad": lambda: iban(r, lang, True),
                  "ssnbad": lambda: ssn_bad(r), "ip4priv": lambda: ip4_priv(r),
                  "ip6doc": lambda: ip6_doc(r),
                  "count": lambda: num(r, lang, 1000, 250000, False),
                  "bib": lambda: str(r.randint(100, 39999)),
                  "eponym": lambda: r.choice(EPONYMS), "company": lambda: r.choice(COMPANIES),
                  "place": lambda: r.choice(PLACES)}
        cats = {"price": "price", "pct": "percentage", "date": "date", "time": "time",
                "racetime": "race_time", "score": "sports_score", "doi": "doi",
                "arxiv": "arxiv_id", "measure": "measurement", "pval": "p_value",
                "coords": "coordinates", "order": "order_number", "tracking": "tracking_number",
                "invoice": "invoice_number", "ticket": "ticket_number", "case": "case_number",
                "booking": "booking_reference", "ref": "reference_number", "isbn": "isbn",
                "patent": "patent_number", "version": "version", "build": "build_number",
                "range": "year_range", "luhnbad": "luhn_invalid", "ibanbad": "iban_bad_check",
                "ssnbad": "ssn_invalid", "ip4priv": "ip_private", "ip6doc": "ipv6_non_global",
                "count": "count", "bib": "bib_number", "eponym": "eponym",
                "company": "company_name", "place": "place_name"}
        if key in simple:
            return N(simple[key](), cats[key])
        h = self.member()["handle"]
        if key == "docemail":
            loc, _ = self.email_of(self.member())
            return N(loc + "@" + r.choice(["example.com", "example.org", "example.net",
                                           "mail.example.com", "corp.test", "acme.invalid"]),
                     "doc_domain_email")
        if key == "docurl":
            return N(r.choice(["https://example.com/team/", "www.example.org/people/",
                               "https://staff.example.net/~", "http://portal.test/u/",
                               "https://intranet.invalid/profile/"]) + h, "doc_domain_url")
        if key == "coururl":
            co = r.choice(["northwind", "contoso", "fabrikam", "acme-corp", "globex"])
            return r.choice([N("linkedin.com/company/" + co, "company_page_url"),
                             N("https://www.%s.com/careers" % co, "careers_url"),
                             N("https://jobs.%s.io/openings/%s" % (co, digits(r, 6)),
                               "careers_url")])
        if key == "paperurl":
            return r.choice([N("https://arxiv.org/abs/%02d%02d.%s" % (r.randint(15, 26),
                                                                    r.randint(1, 12),
                                                                    digits(r, 5)), "paper_url"),
                             N("https://doi.org/" + doi(r), "paper_url"),
                             N("docs.python.org/3/library/decimal.html", "docs_url")])
        if key == "eventurl":
            return r.choice([N("https://www.eventbrite.com/e/summit-tickets-%s" % nz(r, 12),
                               "event_ticket_url"),
                             N("https://forms.gle/%s" % "".join(
                                 r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789")
                                 for _ in range(10)), "form_url")])
        if key == "q":
            return [(str(r.randint(1, 4)), None, None)]
        if key == "year":
            return N(str(r.randint(2001, 2026)), "year")
        if key == "dec":
            return N("0.%d" % r.randint(10, 99), "statistic")
        raise KeyError(key)


T = {
    "en": [
        ("finance", "Q{q} results are out: revenue {price}, up {pct} YoY, EBITDA margin {pct}. "
                    "Huge thanks to {person} and the FP&A team. Analyst call on {date} at {time}; "
                    "questions to {email} or {phone}."),
        ("finance", "Closed our Series B at {price} (post-money {price}) with data covering "
                    "{range}. Cap table questions: {email_obf}. Kudos {atperson} and {handle}!"),
        ("finance", "{poss} take on the {company} note: EPS {price} vs {price} consensus, "
                    "guidance {pct}, {count} employees. Full thread: {url}. Thanks, {first}!"),
        ("sports", "Ran the half marathon in {racetime} (PB by {racetime}), bib {bib}, on {date}. "
                   "Congrats {atperson} on {racetime}! Final score {score}. Tickets: {eventurl}"),
        ("science", "New preprint {arxiv} with {person}: d = {dec}, {pval}, n = {count}, "
                    "site at {coords}, see {eponym}. DOI {doi}. Code: {url} ."),
        ("science", "Published! DOI {doi}: measured {measure} over {range}. Patent {patent} "
                    "pending. Reach me at {email} (PDF: {paperurl})."),
        ("logistics", "Order {order} shipped {date}, tracking no. {tracking}. Invoice no. "
                      "{invoice}, total {price}. If it does not arrive call {phone} and quote "
                      "Case # {case}."),
        ("logistics", "Ticket {ticket} / booking ref {booking}: flight {date} {time}. Ref. {ref}. "
                      "Our agent {person} ({email}) will follow up; direct line {phone}."),
        ("payment", "Refund of {price} goes to IBAN {iban}, not IBAN {ibanbad} (bad check "
                    "digits). Card on file {card}; the number {luhnbad} on the form failed "
                    "the checksum."),
        ("payment", "Paid {price} with card {card}, statement ref {ref}. Wire the rest to {iban} "
                    "by {date}. Support ticket {ticket}."),
        ("hr", "Payroll cutover {date}: SSN {ssn} for {person} updated; the sample value "
               "{ssnbad} from the template is not a real SSN. Band {price} to {price}."),
        ("hr", "W-2 correction for {person}: SSN {ssn}, tax year {year}, wages {price}, form "
               "revision {version}. The placeholder {ssnbad} in the old PDF is invalid."),
        ("hr", "Background check ref {ref} for {atperson}, SSN {ssn}; call {phone} before "
               "{date} {time}. Order {order} for the drug screen is separate."),
        ("network", "Incident {case}: traffic from {ip4port} and {ip6} hit prod at {time}; "
                    "internal hosts {ip4priv} and {ip4priv} unaffected. Agent version {version}, "
                    "Windows build {build}. On call: {handle}."),
        ("network", "Blocklisted {ip4} and {ip4cidr} after {count} failed logins. Lab range "
                    "{ip6doc} is only in the runbook. Origin {ip6port}, see {docurl}."),
        ("profile", "{person} · Head of Data at {company} · {place} · {range} · author of ISBN "
                    "{isbn} · {url} · {email} · {phone}"),
        ("profile", "Hiring 12 engineers ({count} applicants so far), salary {price}. Apply at {coururl} or mail "
                    "{email} (not {docemail}). Questions to {atperson} or {handle}."),
    ],
    "de": [
        ("finance", "Quartalszahlen vom {date}: Umsatz {price}, plus {pct} ggü. Vorjahr. Danke an "
                    "{person} und {handle}! Rückfragen an {email} oder {phone}."),
        ("logistics", "Bestellnr. {order} versandt am {date} um {time}, Sendungsnummer "
                      "{tracking}. Rechnungsnr. {invoice} über {price}. Hotline: {phone}."),
        ("payment", "Überweisung bitte auf IBAN {iban} (nicht IBAN {ibanbad}, Prüfziffer falsch). "
                    "Kartennummer {card}; die Nummer {luhnbad} wurde als ungültig abgelehnt."),
        ("science", "Neues Paper mit {atperson}: DOI {doi}, {pval}, Messung {measure}, Standort "
                    "{coords}. Profil: {url}"),
        ("sports", "Halbmarathon in {racetime}, Endstand {score}. Glückwunsch, {first}! App-"
                   "Version {version}, Build {build}. Server {ip4} und intern {ip4priv}."),
    ],
    "fr": [
        ("finance", "Résultats T{q} : chiffre d'affaires {price}, en hausse de {pct}. Merci à "
                    "{person} ! Contact : {email_obf} ou {phone}."),
        ("logistics", "Commande n° {order} expédiée le {date} à {time}, suivi {tracking}. Facture "
                      "n° {invoice} : {price}. Dossier n° {case}. Appelez le {phone}."),
        ("payment", "Virement sur l'IBAN {iban} (pas l'IBAN {ibanbad}, clé erronée). Carte "
                    "{card} ; le numéro {luhnbad} est invalide."),
        ("science", "Prépublication {arxiv} avec {atperson} : {pval}, n = {count}, coordonnées "
                    "{coords}. Profil : {url}"),
        ("sports", "Merci, {first} ! Marathon bouclé en {racetime}, score final {score}. Billet "
                   "n° {ticket}. Serveur {ip6} bloqué, {ip4priv} interne."),
    ],
    "es": [
        ("finance", "Resultados del T{q}: ingresos de {price}, un {pct} más. ¡Gracias, {first}! "
                    "Escribe a {email} o llama al {phone}."),
        ("logistics", "Pedido n.º {order} enviado el {date}, seguimiento {tracking}. Factura n.º "
                      "{invoice} por {price}. Reserva {booking}. Teléfono: {phone}."),
        ("payment", "Transferencia al IBAN {iban}; el IBAN {ibanbad} tiene dígitos de control "
                    "erróneos. Tarjeta {card}, el número {luhnbad} no es válido."),
        ("science", "Artículo publicado, DOI {doi}, con {person}: {measure}, {pval}. Perfil: "
                    "{url} y {handle}. IP sospechosa {ip4} (interna {ip4priv})."),
        ("hr", "Formulario W-4 de {person}: número de Seguro Social {ssn} (el {ssnbad} del "
               "ejemplo no es válido), salario {price}, alta el {date}."),
    ],
    "pt": [
        ("finance", "Resultado do {q}º trimestre: receita de {price}, alta de {pct}. Obrigado, "
                    "{first}! Contato: {email} ou {phone}."),
        ("logistics", "Pedido nº {order} enviado em {date} às {time}, rastreio {tracking}. Nota "
                      "fiscal nº {invoice}: {price}. Protocolo {case}. Ligue {phone}."),
        ("payment", "Transferência para o IBAN {iban} (o IBAN {ibanbad} tem dígito verificador "
                    "errado). Cartão {card}; o número {luhnbad} é inválido."),
        ("sports", "Corri a meia maratona em {racetime}, placar final {score}. Parabéns "
                   "{atperson}! Perfil: {url} · versão {version} · ISBN {isbn}"),
    ],
    "it": [
        ("finance", "Risultati del {q}° trimestre: ricavi {price}, +{pct}. Grazie a {person} e "
                    "{handle}! Scrivete a {email} o chiamate il {phone}."),
        ("logistics", "Ordine n. {order} spedito il {date} alle {time}, tracking {tracking}. "
                      "Fattura n. {invoice}: {price}. Pratica n. {case}."),
        ("payment", "Bonifico sull'IBAN {iban} (non l'IBAN {ibanbad}, check digit errato). Carta "
                    "{card}; il numero {luhnbad} non è valido. Cell. {phone}"),
        ("science", "Brevetto {patent} e articolo DOI {doi} con {atperson}: {measure}, {pval}, "
                    "coordinate {coords}. Profilo: {url}"),
    ],
    "nl": [
        ("finance", "Kwartaalcijfers {date}: omzet {price}, {pct} groei. Dank je, {first}! Mail "
                    "{email} of bel {phone}."),
        ("logistics", "Bestelnummer {order} verzonden op {date} om {time}, track & trace "
                      "{tracking}. Factuurnummer {invoice}: {price}. Zaaknummer {case}."),
        ("payment", "Overmaken naar IBAN {iban} (niet IBAN {ibanbad}, controlegetal klopt niet). "
                    "Kaart {card}; kaartnummer {luhnbad} is ongeldig."),
        ("network", "Server {ip4} en {ip6} geblokkeerd, intern {ip4priv}. Versie {version}, "
                    "build {build}. Contact: {handle} of {url}"),
    ],
    "ja": [
        ("finance", "第{q}四半期決算：売上高{price}、前年比{pct}増。{person}さん、ありがとうございます！"
                    "お問い合わせは{email}または{phone}まで。"),
        ("logistics", "注文番号{order}は{date} {time}に発送、追跡番号{tracking}。請求書番号{invoice}："
                      "{price}。"),
        ("payment", "振込先IBAN {iban}（IBAN {ibanbad}はチェックディジット誤り）。カード{card}、"
                    "カード番号{luhnbad}は無効です。"),
        ("science", "論文DOI {doi}を{person}さんと発表：{pval}、測定値{measure}、座標{coords}。"
                    "プロフィール：{url}"),
        ("sports", "フルマラソン{racetime}、最終スコア{score}。{handle} おめでとう！バージョン{version}、"
                   "サーバー{ip4}（社内{ip4priv}）。"),
    ],
    "zh": [
        ("finance", "第{q}季度财报：营收{price}，同比增长{pct}。感谢{person}！联系邮箱{email}，"
                    "电话{phone}。"),
        ("logistics", "订单号{order}已于{date} {time}发货，运单号{tracking}。发票号{invoice}，"
                      "金额{price}。工单号{case}。"),
        ("payment", "请汇款至IBAN {iban}（IBAN {ibanbad}校验位错误）。银行卡{card}，卡号{luhnbad}无效。"),
        ("science", "新论文{arxiv}，与{atperson}合作：{pval}，样本量{count}，坐标{coords}。主页：{url}"),
        ("network", "服务器{ip4}和{ip6}被封禁，内网{ip4priv}。版本{version}，构建号{build}。"
                    "请联系{handle} 。"),
    ],
    "hi": [
        ("finance", "तिमाही नतीजे {date}: राजस्व {price}, {pct} की बढ़त। धन्यवाद {person}! संपर्क: "
                    "{email} या {phone}।"),
        ("logistics", "ऑर्डर नंबर {order} {date} को भेजा गया, ट्रैकिंग नंबर {tracking}। इनवॉइस नंबर "
                      "{invoice}: {price}। केस नंबर {case}।"),
        ("payment", "IBAN {iban} पर भुगतान करें (IBAN {ibanbad} का चेक डिजिट गलत है)। कार्ड {card}; "
                    "कार्ड नंबर {luhnbad} अमान्य है।"),
        ("science", "नया शोधपत्र DOI {doi}, {atperson} के साथ: {pval}, माप {measure}। प्रोफ़ाइल: "
                    "{url} · {handle}"),
    ],
}
LANGS = list(T)
LANG_W = [30, 10, 8, 8, 8, 7, 7, 8, 8, 6]
PH_RE = re.compile(r"\{(\w+)\}")


def render(g, tpl):
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None, None))
        segs.extend(g.ph(m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None, None))
    return segs


def make_record(g, i):
    r = g.r
    parts = []
    kinds = []
    for _ in range(r.choice([1, 1, 2, 2, 3])):
        g.lang = r.choices(LANGS, LANG_W)[0] if not parts or r.random() < 0.2 else g.lang
        kind, tpl = r.choice(T[g.lang])
        kinds.append("%s_%s" % (kind, g.lang))
        if parts:
            parts.append([(r.choice(["\n\n", "\n", " "]) if g.lang not in ("ja", "zh")
                           else "\n", None, None)])
        parts.append(render(g, tpl))
    text = []
    spans, negs = [], []
    off = 0
    for segs in parts:
        for t, k, lab in segs:
            n = len(t)
            if k == "S":
                spans.append({"start": off, "end": off + n, "type": lab})
            elif k == "N":
                negs.append({"start": off, "end": off + n, "category": lab})
            text.append(t)
            off += n
    return {"id": "b29-%05d" % i, "kinds": kinds, "text": "".join(text), "spans": spans,
            "negatives": negs}


# ---------------------------------------------------------------- self-check

def selfcheck(records, members):
    names = {m["name"] for m in members}
    firsts = {m["first"] for m in members if m["latin"]}
    handles = {m["handle"] for m in members}
    errs = []

    def bad(rec, msg):
        if len(errs) < 50:
            errs.append("%s: %s" % (rec["id"], msg))

    for rec in records:
        text = rec["text"]
        n = len(text)
        allsp = [(s["start"], s["end"], "S:" + s["type"]) for s in rec["spans"]] + \
                [(s["start"], s["end"], "N:" + s["category"]) for s in rec["negatives"]]
        allsp.sort()
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                bad(rec, "overlap %r %r" % (a, b))
        for s, e, lab in allsp:
            if not (0 <= s < e <= n):
                bad(rec, "offset out of range %r" % ((s, e, lab),))
                continue
            v = text[s:e]
            if v != v.strip():
                bad(rec, "whitespace at span edge %r" % v)
            prev = text[s - 1] if s else " "
            nxt = text[e] if e < n else " "
            t = lab[2:]
            if lab.startswith("S:"):
                ok = True
                if t == "EMAIL":
                    ok = bool(EMAIL_RE.fullmatch(v)) and not DOC_DOMAIN.search(v)
                elif t == "PHONE":
                    dg = re.sub(r"\D", "", v)
                    ok = bool(PHONE_OK.fullmatch(v)) and 8 <= len(dg) <= 15 and \
                        not nxt.isdigit() and not prev.isdigit()
                elif t in ("IPV4", "IPV6"):
                    ok = ip_global(v) and (":" in v) == (t == "IPV6")
                elif t == "CREDIT_CARD":
                    ok = card_ok(v)
                elif t == "IBAN":
                    ok = iban_ok(v)
                elif t == "US_SSN":
                    ok = ssn_ok(v)
                elif t == "URL":
                    ok = bool(PROFILE_RE.fullmatch(v)) and v[-1] not in ".)/"
                elif t == "HANDLE":
                    ok = v[0] == "@" and v[1:] in handles
                elif t == "PERSON":
                    ok = v in names or v in firsts
                if not ok:
                    bad(rec, "gold %s does not validate: %r" % (t, v))
                if t in ("EMAIL", "URL", "HANDLE", "PERSON") and prev.isascii() and \
                        (prev.isalnum() or prev == "_"):
                    bad(rec, "%s glued to a letter: %r" % (t, text[max(0, s - 5):e]))
                if t in ("EMAIL", "URL", "HANDLE") and nxt.isascii() and (nxt.isalnum() or
                                                                          nxt in "_@"):
                    bad(rec, "%s followed by a word char: %r" % (t, text[s:e + 3]))
            else:
                fail = None
                if t == "luhn_invalid":
                    fail = luhn_ok(re.sub(r"\D", "", v))
                elif t == "iban_bad_check":
                    fail = iban_ok(v)
                elif t == "ssn_invalid":
                    fail = ssn_ok(v)
                elif t in ("ip_private", "ipv6_non_global"):
                    fail = ip_global(v)
                elif t in ("doc_domain_email", "doc_domain_url"):
                    fail = not DOC_DOMAIN.search(v)
                if fail:
                    bad(rec, "negative %s validates as PII: %r" % (t, v))
                if t in ("eponym", "company_name", "place_name") and any(
                        nm in v for nm in names if len(nm) > 3 and nm in v):
                    bad(rec, "negative %s contains a member name: %r" % (t, v))
    return errs


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed * 7919 + 29)
    members = make_members(a.members, rng)
    g = Gen(random.Random(a.seed * 104729 + 2029), members)
    records = [make_record(g, i) for i in range(1, a.records + 1)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.selfcheck:
        errs = selfcheck(records, members)
        types, cats, kinds = {}, {}, {}
        for rec in records:
            for s in rec["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                cats[s["category"]] = cats.get(s["category"], 0) + 1
            for k in rec["kinds"]:
                kinds[k.split("_")[0]] = kinds.get(k.split("_")[0], 0) + 1
        print("records %d, members %d" % (len(records), len(members)))
        print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
        print("spans: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
        if errs:
            print("SELFCHECK FAILED:\n  " + "\n  ".join(errs), file=sys.stderr)
            sys.exit(1)
        print("selfcheck ok")


if __name__ == "__main__":
    main()
