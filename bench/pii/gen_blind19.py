#!/usr/bin/env python3
"""gen_blind19.py - twenty-third labelled PII corpus, written blind.

Written blind from issue 3 (the PII definition table) and bench/pii/score.py (label format and
scoring) only; nothing else of the repository (no detector code, docs, tests or other corpus
generators) was read.  Python 3 standard library only, deterministic for a given seed.

  python3 bench/pii/gen_blind19.py --out DIR --records 5000 --members 100000 --seed 1

Writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}); offsets are Unicode code points, end-exclusive.  A
self-check runs at the end (spans inside text, gold non-overlapping, negatives not touching gold,
Luhn / mod-97+length / SSN ranges / ipaddress global-ness re-validated) and aborts on failure.

Languages (23): en de fr es pt it nl pl sv tr ru uk el ar he hi ja zh ko th vi id sw.
Content: career-change stories, hiring posts, referral requests, work anniversaries, CFP
announcements, open-source maintainer posts, remote-work tips, salary threads, customer
success stories and comments under them.

Hard-negative categories: date, time, price, order_number, ticket_number, isbn, version,
patent_number, ip_private, ip_loopback, ip_link_local, ip_documentation, ip_reserved,
version_dotted_quad, ipv6_non_global, ipv6_bracket_port, port_suffix, cidr_suffix, mailto_prefix, angle_bracket,
trailing_punct, card_luhn_invalid, iban_bad_check, ssn_invalid, url_company, url_careers,
url_docs, url_paper, url_event_ticket, url_form, doc_domain, company_name, place_name, eponym,
ordinary_word.

Doubtful labelling choices:
- HANDLE spans include the leading "@" (the issue writes `@handle`); a PERSON @-mention of a full
  name ("@Anja Weber") is labelled on the name only, without "@".
- Possessives are written with full member names ("Anja Weber's" -> "Anja Weber"); German/
  Scandinavian genitive "s" without apostrophe is not used.
- First names alone are labelled only in greetings/thanks; CJK full names are labelled without
  the honorific (さん, 先生, 님, 様, 老师 stay outside), also when glued with no space.
- Names written lower-case or without diacritics ("jose garcia" for "José García") are labelled
  PERSON (the issue says matching is case- and diacritic-insensitive).
- Profile URLs: the whole URL incl. scheme and "www." is one URL span; medium.com/@h is URL only
  (no HANDLE inside); h.substack.com and bsky.app/profile/h.bsky.social are URL.
- Obfuscated e-mails ("name [at] host [dot] com", "name(at)host.com") are one EMAIL span from the
  first to the last character of the address.
- Boundary items are labelled as negatives next to gold spans: "mailto:", "<"/">", ":port",
  "/cidr", trailing "." or ")" after URLs, so a span that swallows them is counted.
- Non-global IPv6 (documentation 2001:db8::/32, link-local, ULA, loopback) is a hard negative,
  by analogy with the IPv4 row.
- Invalid SSNs, Luhn-invalid cards and bad-check IBANs appear in the same contexts as the valid
  ones (they are negatives, not gold).
- Addresses/links under example.com/.net/.org and *.example are doc_domain negatives, except the
  platform's profile path askfirst.example/u/<handle>, which is URL.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- names
LATIN = {
    "de": (["Anja", "Jonas", "Lena", "Felix", "Katrin", "Matthias", "Sabine", "Jürgen", "Ute", "Lukas",
            "Maren", "Tobias", "Björn", "Henrike"],
           ["Weber", "Schäfer", "Müller", "Becker", "Hoffmann", "Krüger", "Vogel", "Lindner", "Brandt", "Kühn"]),
    "fr": (["Camille", "Étienne", "Margaux", "Théo", "Chloé", "Benoît", "Aurélie", "Hugo", "Inès", "Rémi"],
           ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Mercier", "Bonnet"]),
    "es": (["Lucía", "José", "Álvaro", "María", "Inés", "Javier", "Nuria", "Sergio", "Carmen", "Pablo"],
           ["García", "Fernández", "López", "Martínez", "Ruiz", "Jiménez", "Navarro", "Ortega"]),
    "pt": (["João", "Ana", "Thiago", "Beatriz", "Gonçalo", "Larissa", "Rafael", "Conceição", "Vinícius"],
           ["Silva", "Santos", "Oliveira", "Pereira", "Gonçalves", "Carvalho", "Araújo", "Ribeiro"]),
    "it": (["Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Davide", "Martina", "Niccolò"],
           ["Rossi", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Galli"]),
    "nl": (["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Eline", "Sem"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Dijkstra", "van Dijk", "Mulder"]),
    "pl": (["Agnieszka", "Paweł", "Małgorzata", "Łukasz", "Zofia", "Krzysztof", "Ewa", "Tomasz"],
           ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński"]),
    "sv": (["Astrid", "Linnéa", "Oskar", "Elin", "Nils", "Sofia", "Måns", "Ingrid"],
           ["Lindqvist", "Andersson", "Bergström", "Johansson", "Nyström", "Åkesson"]),
    "tr": (["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Çağla", "Oğuz"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"]),
    "vi": (["Minh", "Lan", "Tuấn", "Hương", "Quang", "Thảo", "Đức", "Ngọc"],
           ["Nguyễn Văn", "Trần Thị", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi"]),
    "id": (["Putri", "Agus", "Dewi", "Rizky", "Sari", "Budi", "Wulan", "Fajar"],
           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Lestari"]),
    "sw": (["Amani", "Neema", "Baraka", "Zawadi", "Juma", "Imani", "Chinedu", "Ngozi", "Adaeze", "Tunde"],
           ["Mwangi", "Otieno", "Wanjiru", "Okafor", "Adeyemi", "Njoroge", "Balogun", "Achieng"]),
    "en": (["Emily", "James", "Priya", "Daniel", "Olivia", "Marcus", "Hannah", "Ethan", "Aisha", "Connor",
            "Siobhan", "Raj", "Keisha", "Liam", "Megan", "Tyrone"],
           ["Thompson", "Walker", "O'Brien", "Patel", "Nguyen", "Robinson", "MacLeod", "Harris", "Okoye",
            "Fitzgerald", "Bennett", "Sullivan"]),
}
# (native, romanised) pairs for non-Latin scripts
NONLATIN = {
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Ольга", "olga"), ("Сергей", "sergey"),
            ("Екатерина", "ekaterina"), ("Алексей", "alexey")],
           [("Иванова", "ivanova"), ("Смирнов", "smirnov"), ("Кузнецова", "kuznetsova"), ("Попов", "popov"),
            ("Соколова", "sokolova"), ("Волков", "volkov")]),
    "uk": ([("Оксана", "oksana"), ("Тарас", "taras"), ("Ірина", "iryna"), ("Богдан", "bohdan")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"), ("Ткачук", "tkachuk")]),
    "el": ([("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Νίκος", "nikos"), ("Ελένη", "eleni")],
           [("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"), ("Γεωργίου", "georgiou")]),
    "ar": ([("محمد", "mohamed"), ("فاطمة", "fatima"), ("يوسف", "youssef"), ("ليلى", "layla"), ("عمر", "omar")],
           [("الحسيني", "alhusseini"), ("بن علي", "benali"), ("العتيبي", "alotaibi"), ("منصور", "mansour")]),
    "he": ([("נועה", "noa"), ("איתי", "itay"), ("מיכל", "michal"), ("יונתן", "yonatan")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרידמן", "friedman")]),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनीता", "anita"), ("विक्रम", "vikram"), ("सुनीता", "sunita")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("अय्यर", "iyer")]),
    "th": ([("สมชาย", "somchai"), ("กมลา", "kamala"), ("ณัฐพล", "nattapon"), ("พิมพ์ชนก", "pimchanok")],
           [("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"), ("ทองดี", "thongdee")]),
}
# CJK: surname, given (no space in the directory)
CJK = {
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("赵", "zhao")],
           [("伟", "wei"), ("芳", "fang"), ("晓明", "xiaoming"), ("静怡", "jingyi"), ("子涵", "zihan"), ("浩然", "haoran")]),
    "ja": ([("田中", "tanaka"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("伊藤", "ito")],
           [("太郎", "taro"), ("美咲", "misaki"), ("健一", "kenichi"), ("陽菜", "hina"), ("翔太", "shota")]),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"), ("도윤", "doyun")]),
}
WORD_FIRST = ["Will", "Grace", "Rose", "Hope", "Mark", "Bill", "June", "April", "Frank", "Joy",
              "Faith", "Dawn", "Amber", "Ruby", "Iris", "Sunny", "Summer", "Ivy", "Pearl", "Jack"]
COLLIDE_FULL = ["Morgan Stanley", "Philip Morris", "Charles Schwab", "Grace Hopper", "Alan Turing",
                "Ada Lovelace", "Charlotte Lincoln", "Austin Jackson", "Florence Victoria", "Paul Allen",
                "Georgia Savannah", "Jordan Brooks", "Sydney Chase", "Dakota Fargo", "Lincoln Ford",
                "Sanne Dijkstra", "Rudolf Kalman", "Joseph Fourier", "Thomas Bayes", "Marie Curie"]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def romanise(s):
    s = strip_acc(s).lower().replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ø", "o")
    return re.sub(r"[^a-z0-9]", "", s)


def make_members(rng, n):
    out, used = [], set()
    pools = list(LATIN) * 3 + list(NONLATIN) + list(CJK) * 2
    k = 0
    while len(out) < n:
        k += 1
        if k <= len(COLLIDE_FULL) * 3 and n >= 200:
            name = COLLIDE_FULL[k % len(COLLIDE_FULL)] if k <= len(COLLIDE_FULL) else \
                rng.choice(WORD_FIRST) + " " + rng.choice(LATIN[rng.choice(["en", "de", "fr"])][1])
            base, script = romanise(name), "Latn"
        else:
            c = rng.choice(pools)
            if c in LATIN:
                f, l = LATIN[c]
                first = rng.choice(f + (WORD_FIRST if rng.random() < 0.08 else []))
                name = first + " " + rng.choice(l)
                base = romanise(name)
            elif c in NONLATIN:
                f, l = NONLATIN[c]
                a, b = rng.choice(f), rng.choice(l)
                name, base = a[0] + " " + b[0], a[1] + b[1]
            else:
                f, l = CJK[c]
                a, b = rng.choice(f), rng.choice(l)
                name, base = a[0] + b[0], a[1] + b[1]
        style = rng.random()
        h = base if style < 0.3 else (base[:1] + base[len(base) // 2:] if style < 0.5 else base)
        h = h[:18]
        cand = h
        while cand in used:
            cand = h + ("_" if rng.random() < 0.3 else "") + str(rng.randint(1, 9999))
        used.add(cand)
        out.append({"user": "u%d" % (len(out) + 1), "name": name, "handle": cand})
    return out


# ---------------------------------------------------------------- validators / generators
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21,
            "AT": 20, "PL": 28, "PT": 25, "SE": 24, "IE": 22, "NO": 15, "DK": 18}
IBAN_LETTERS = {"GB": 4, "NL": 4, "IE": 4, "IT": 1}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def make_iban(rng, cc, valid=True):
    n = IBAN_LEN[cc] - 4
    nl = IBAN_LETTERS.get(cc, 0)
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(nl)) + \
        "".join(rng.choice("0123456789") for _ in range(n - nl))
    chk = 98 - iban_mod(cc + "00" + bban)
    if not valid:
        chk = (chk + rng.randint(1, 96)) % 97 + 2
        if chk > 98 or iban_mod(cc + "%02d" % chk + bban) == 1:
            chk = (98 - iban_mod(cc + "00" + bban)) % 97 + 1 if chk != 3 else 4
    s = cc + "%02d" % chk + bban
    if not valid and iban_mod(s) == 1:
        s = cc + "%02d" % ((chk % 97) + 1 if (chk % 97) + 1 != chk else 3) + bban
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod(s) == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, r = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and r != 0


# ---------------------------------------------------------------- the corpus builder
class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.m = members
        self.latin = [x for x in members if re.fullmatch(r"[A-Za-zÀ-ɏḀ-ỿ' .-]+", x["name"])]
        self.nonlat = [x for x in members if x not in self.latin[:0] and not re.search(r"[A-Za-z]", x["name"])
                       and " " in x["name"]]
        self.cjk = [x for x in members if " " not in x["name"] and not re.search(r"[A-Za-z]", x["name"])]
        self.word_members = [x for x in members if x["name"].split()[0] in WORD_FIRST]

    def ch(self, seq):
        return self.r.choice(seq)

    # each slot returns a list of (text, label) where label is None, ("S", type) or ("N", cat)
    def member(self, kind="any"):
        r = self.r.random()
        if kind == "latin" or (kind == "any" and r < 0.6):
            return self.ch(self.latin)
        if kind == "cjk" or r < 0.8:
            return self.ch(self.cjk)
        return self.ch(self.nonlat)

    def s_P(self):
        x = self.member()
        name = x["name"]
        if self.r.random() < 0.06 and x in self.latin:
            name = strip_acc(name) if strip_acc(name) != name else name.lower()
        return [(name, ("S", "PERSON"))]

    def s_PL(self):  # latin full name
        return [(self.ch(self.latin)["name"], ("S", "PERSON"))]

    def s_PN(self):  # non-latin full name (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai)
        return [(self.ch(self.nonlat)["name"], ("S", "PERSON"))]

    def s_PM(self):
        return [("@", None), (self.ch(self.latin)["name"], ("S", "PERSON"))]

    def s_PP(self):
        return [(self.ch(self.latin)["name"], ("S", "PERSON")), (self.ch(["'s", "’s"]), None)]

    def s_F(self):
        pool = self.word_members if self.r.random() < 0.15 and self.word_members else self.latin
        return [(self.ch(pool)["name"].split()[0], ("S", "PERSON"))]

    def s_FN(self):
        return [(self.ch(self.nonlat)["name"].split()[0], ("S", "PERSON"))]

    def s_CJK(self):
        return [(self.ch(self.cjk)["name"], ("S", "PERSON"))]

    def s_H(self):
        return [("@" + self.ch(self.m)["handle"], ("S", "HANDLE"))]

    # e-mail
    DOM = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.de", "orange.fr", "libero.it",
           "yandex.ru", "qq.com", "163.com", "naver.com", "mail.ru", "proton.me", "icloud.com", "hotmail.co.uk",
           "brightloop.io", "kestrel-analytics.com", "nordlicht-software.de", "tidewater.dev", "quokka-labs.com.au",
           "saltmarsh.co", "uol.com.br", "rediffmail.com", "t-online.de", "seznam.cz"]

    def local(self):
        x = self.ch(self.m)
        r = self.r.random()
        if r < 0.15:
            return self.ch(["jobs", "careers", "talent", "hr", "cfp", "hello", "recruiting", "team"])
        base = x["handle"].rstrip("0123456789_") or "x"
        if r < 0.5:
            return base
        parts = romanise(x["name"].split()[0])[:10] or base
        return parts + self.ch([".", "_", "-", ""]) + base[-5:] + ("" if r < 0.8 else str(self.r.randint(1, 99)))

    def email(self):
        return self.local() + "@" + self.ch(self.DOM)

    def s_E(self):
        r = self.r.random()
        e = self.email()
        if r < 0.12:
            return [("mailto:", ("N", "mailto_prefix")), (e, ("S", "EMAIL"))]
        if r < 0.24:
            return [("<", ("N", "angle_bracket")), (e, ("S", "EMAIL")), (">", ("N", "angle_bracket"))]
        return [(e, ("S", "EMAIL"))]

    def s_EO(self):
        loc, dom = self.local(), self.ch(self.DOM)
        name, tld = dom.rsplit(".", 1)
        f = self.r.randint(0, 4)
        if f == 0:
            s = "%s [at] %s [dot] %s" % (loc, name.replace(".", " [dot] "), tld)
        elif f == 1:
            s = "%s(at)%s" % (loc, dom)
        elif f == 2:
            s = "%s (at) %s (dot) %s" % (loc, name.replace(".", " (dot) "), tld)
        elif f == 3:
            s = "%s[at]%s" % (loc, dom)
        else:
            s = "%s {at} %s" % (loc, dom)
        return [(s, ("S", "EMAIL"))]

    # phones
    def dg(self, n):
        return "".join(self.ch("0123456789") for _ in range(n))

    def phone(self):
        c = self.ch(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG", "E164"])
        d, r, sep = self.dg, self.r.randint, self.ch([" ", "-", ".", " ", "\u00a0"])
        a3 = str(r(2, 9)) + d(2)
        if c in ("US", "CA"):
            ex = str(r(2, 9)) + d(2)
            return self.ch(["(%s) %s-%s" % (a3, ex, d(4)), "%s-%s-%s" % (a3, ex, d(4)), "%s.%s.%s" % (a3, ex, d(4)),
                            "+1 %s %s %s" % (a3, ex, d(4)), "+1-%s-%s-%s" % (a3, ex, d(4)), "1 (%s) %s-%s" % (a3, ex, d(4))])
        if c == "UK":
            return self.ch(["+44 20 %s %s" % (d(4), d(4)), "020 %s %s" % (d(4), d(4)), "07%s %s" % (d(3), d(6)),
                            "+44 (0)20 %s %s" % (d(4), d(4)), "+44 7%s %s" % (d(3), d(6)), "0161%s%s%s%s" % (sep, d(3), sep, d(4))])
        if c == "DE":
            return self.ch(["+49 30 %s" % d(8), "030 %s" % d(8), "0151 %s" % d(8), "+49 (0)151 %s %s" % (d(4), d(4)),
                            "030/%s" % d(7), "089-%s" % d(7), "0176/%s %s" % (d(3), d(4)), "+49%s40%s%s" % (sep, sep, d(7))])
        if c == "FR":
            p = [d(2) for _ in range(4)]
            return self.ch(["+33 6 " + " ".join(p), "06 " + " ".join(p), "06." + ".".join(p), "01-" + "-".join(p),
                            "+33 (0)1 " + " ".join(p), "07\u00a0" + "\u00a0".join(p)])
        if c == "IN":
            m = str(r(6, 9)) + d(4)
            return self.ch(["+91 %s %s" % (m, d(5)), "+91-%s-%s" % (m, d(5)), "0%s %s" % (m, d(5)), "+91 %s%s" % (m, d(5)),
                            "022-%s %s" % (d(4), d(4))])
        if c == "BR":
            return self.ch(["+55 11 9%s-%s" % (d(4), d(4)), "(11) 9%s-%s" % (d(4), d(4)), "+55 (21) 9%s-%s" % (d(4), d(4)),
                            "(31) 3%s-%s" % (d(3), d(4)), "+55 61 9%s %s" % (d(4), d(4))])
        if c == "JP":
            return self.ch(["+81 90-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4)),
                            "+81 3 %s %s" % (d(4), d(4)), "080 %s %s" % (d(4), d(4)), "06-%s-%s" % (d(4), d(4))])
        if c == "AU":
            return self.ch(["+61 4%s %s %s" % (d(2), d(3), d(3)), "04%s %s %s" % (d(2), d(3), d(3)),
                            "(02) %s %s" % (d(4), d(4)), "+61 2 %s %s" % (d(4), d(4)), "03 %s %s" % (d(4), d(4))])
        if c == "CN":
            return self.ch(["+86 13%s %s %s" % (d(1), d(4), d(4)), "138-%s-%s" % (d(4), d(4)), "13%s%s%s" % (d(1), d(4), d(4)),
                            "010-%s%s" % (d(4), d(4)), "+86 10 %s %s" % (d(4), d(4)), "(021) %s %s" % (d(4), d(4))])
        if c == "ES":
            return self.ch(["+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)), "6%s %s %s" % (d(2), d(3), d(3)),
                            "91 %s %s %s" % (d(3), d(2), d(2)), "+34 91-%s-%s-%s" % (d(3), d(2), d(2))])
        if c == "IT":
            return self.ch(["+39 3%s %s %s" % (d(2), d(3), d(4)), "3%s %s%s" % (d(2), d(3), d(4)), "06 %s %s" % (d(4), d(4)),
                            "+39 02 %s %s" % (d(4), d(4)), "02/%s%s" % (d(4), d(4))])
        if c == "NL":
            return self.ch(["+31 6 %s" % d(8), "06-%s" % d(8), "020 %s %s" % (d(3), d(4)), "+31 (0)20 %s %s" % (d(3), d(4)),
                            "06 %s %s" % (d(4), d(4)), "010-%s%s" % (d(3), d(4))])
        if c == "NG":
            return self.ch(["+234 80%s %s %s" % (d(1), d(3), d(4)), "080%s %s %s" % (d(1), d(3), d(4)),
                            "+234-70%s-%s-%s" % (d(1), d(3), d(4)), "0813%s%s" % (d(3), d(4))])
        return self.ch(["+1", "+44", "+49", "+33", "+91", "+55", "+81", "+61", "+86", "+34", "+39", "+31", "+234"]) + \
            str(r(1, 9)) + d(self.r.randint(8, 9))

    def s_T(self):
        return [(self.phone(), ("S", "PHONE"))]

    # IP
    def ipv4(self):
        while True:
            s = "%d.%d.%d.%d" % (self.r.randint(1, 223), self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
            if ipaddress.ip_address(s).is_global:
                return s

    def s_I4(self):
        ip = self.ipv4()
        r = self.r.random()
        if r < 0.25:
            return [(ip, ("S", "IPV4")), (":" + str(self.ch([22, 80, 443, 8080, 3389, 5432, 51820])), ("N", "port_suffix"))]
        if r < 0.45:
            return [(ip, ("S", "IPV4")), ("/" + str(self.ch([32, 24, 28, 30])), ("N", "cidr_suffix"))]
        return [(ip, ("S", "IPV4"))]

    def ipv6(self):
        while True:
            pre = self.ch(["2001:4860", "2a00:1450", "2606:4700", "2a02:8108", "2400:cb00", "2c0f:fb50", "2804:14c",
                           "2001:67c", "2a01:4f8", "2600:1f18"])
            rest = [format(self.r.randint(0, 0xffff), "x") for _ in range(6)]
            if self.r.random() < 0.5:
                rest[1:4] = ["0", "0", "0"]
            a = ipaddress.IPv6Address(pre + ":" + ":".join(rest))
            if a.is_global:
                return a.exploded if self.r.random() < 0.25 else str(a)

    def s_I6(self):
        ip = self.ipv6()
        if self.r.random() < 0.3:
            return [("[", ("N", "ipv6_bracket_port")), (ip, ("S", "IPV6")), ("]:" + str(self.ch([443, 8443, 22])), ("N", "ipv6_bracket_port"))]
        return [(ip, ("S", "IPV6"))]

    # cards
    def card(self, valid=True):
        b = self.ch(["visa", "mc", "mc2", "amex", "disc"])
        if b == "visa":
            body, n = "4" + self.dg(14), 16
        elif b == "mc":
            body, n = str(self.r.randint(51, 55)) + self.dg(13), 16
        elif b == "mc2":
            body, n = str(self.r.randint(2221, 2720)) + self.dg(11), 16
        elif b == "amex":
            body, n = self.ch(["34", "37"]) + self.dg(12), 15
        else:
            body, n = self.ch(["6011" + self.dg(11), "65" + self.dg(13), str(self.r.randint(644, 649)) + self.dg(12)]), 16
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + self.r.randint(1, 9)) % 10)
        num = body + c
        sep = self.ch(["", " ", "-", " "])
        if n == 15:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(g)

    def s_CC(self):
        return [(self.card(), ("S", "CREDIT_CARD"))]

    def s_IB(self):
        s = make_iban(self.r, self.ch(list(IBAN_LEN)))
        if self.r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return [(s, ("S", "IBAN"))]

    def ssn(self, valid=True):
        a, g, s = self.r.randint(1, 899), self.r.randint(1, 99), self.r.randint(1, 9999)
        if a == 666:
            a = 665
        if not valid:
            k = self.r.randint(0, 3)
            if k == 0:
                a = self.ch([0, 666])
            elif k == 1:
                a = self.r.randint(900, 999)
            elif k == 2:
                g = 0
            else:
                s = 0
        sep = self.ch(["-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def s_SSN(self):
        return [(self.ssn(), ("S", "US_SSN"))]

    def s_U(self):
        h = self.ch(self.m)["handle"]
        hl = h.lower().replace("_", "-")
        site = self.r.randint(0, 9)
        path = [("linkedin.com/in/" + hl + ("/" if self.r.random() < 0.2 else "")), "github.com/" + h, "x.com/" + h,
                "twitter.com/" + h, "medium.com/@" + h, "bsky.app/profile/" + hl + ".bsky.social", hl + ".substack.com",
                "calendly.com/" + hl + self.ch(["", "/30min", "/intro-call"]), "askfirst.example/u/" + h,
                "askfirst.example/u/" + h][site]
        pre = self.ch(["https://", "https://", "", "http://", "https://www."]) if site not in (6, 8, 9) else self.ch(["https://", ""])
        if site == 0 and pre == "":
            pre = self.ch(["", "www."])
        out = [(pre + path, ("S", "URL"))]
        if self.r.random() < 0.2:
            out.append((self.ch([".", ")"]), ("N", "trailing_punct")))
        return out

    # ---------------- negatives
    def n(self, cat, s):
        return [(s, ("N", cat))]

    def s_n_date(self):
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2019, 2026)
        return self.n("date", self.ch(["%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y),
                                       "%d/%d/%02d" % (d, m, y % 100), "%04d年%d月%d日" % (y, m, d), "%02d-%02d-%04d" % (d, m, y),
                                       "%04d/%02d/%02d" % (y, m, d), "%d %s %d" % (d, self.ch(["Jan", "März", "sept.", "Oct"]), y)]))

    def s_n_time(self):
        h, mi = self.r.randint(0, 23), self.ch([0, 15, 30, 45, 5])
        return self.n("time", self.ch(["%02d:%02d" % (h, mi), "%d:%02d UTC" % (h, mi), "%02d:%02d–%02d:%02d" % (h, mi, (h + 1) % 24, mi),
                                       "%d.%02d Uhr" % (h, mi), "%02dh%02d" % (h, mi), "%02d:%02d:%02d" % (h, mi, self.r.randint(0, 59))]))

    def s_n_price(self):
        a = self.r.randint(10, 250000)
        return self.n("price", self.ch(["$%s" % format(a, ","), "€ %s" % format(a, ",").replace(",", "."), "%s €" % format(a, ",").replace(",", " "),
                                        "£%d.%02d" % (a, self.r.randint(0, 99)), "₹ %s" % format(a * 10, ","), "R$ %s,00" % format(a, ",").replace(",", "."),
                                        "¥%s" % format(a * 100, ","), "%s USD" % format(a, ","), "CHF %d.–" % a, "%d 000 zł" % (a % 900 + 1)]))

    def s_n_order(self):
        return self.n("order_number", self.ch(["#%s" % self.dg(8), "ORD-%s-%s" % (self.dg(4), self.dg(6)), "%s-%s-%s" % (self.dg(3), self.dg(7), self.dg(7)),
                                               "Nr. %s %s" % (self.dg(4), self.dg(6)), "PO %s" % self.dg(10), "%s" % self.dg(11)]))

    def s_n_ticket(self):
        return self.n("ticket_number", self.ch(["INC%s" % self.dg(7), "#%s" % self.dg(5), "SR-%s-%s" % (self.dg(4), self.dg(6)),
                                                "JIRA-%s" % self.dg(4), "case %s-%s" % (self.dg(5), self.dg(5)), "TKT %s %s %s" % (self.dg(3), self.dg(3), self.dg(4))]))

    def s_n_isbn(self):
        body = "978" + self.dg(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        b = body + str((10 - s % 10) % 10)
        return self.n("isbn", self.ch(["ISBN %s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12]), "ISBN-13: " + b,
                                       "%s-%s-%s-%s-%s" % (b[:3], b[3:5], b[5:9], b[9:12], b[12]), "ISBN " + b]))

    def s_n_version(self):
        return self.n("version", self.ch(["v%d.%d.%d" % (self.r.randint(0, 20), self.r.randint(0, 40), self.r.randint(0, 99)),
                                          "%d.%d.%d-rc.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 9), self.r.randint(1, 4)),
                                          "10.0.%d.%d" % (self.r.randint(17000, 22631), self.r.randint(1, 3000)),
                                          "%d.%d" % (self.r.randint(1, 3), self.r.randint(0, 12)), "build %s.%s" % (self.dg(5), self.dg(4))]))

    def s_n_version4(self):
        return self.n("version_dotted_quad", "%d.%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 12), self.r.randint(0, 9), self.r.randint(0, 40)))

    def s_n_patent(self):
        return self.n("patent_number", self.ch(["US %d,%03d,%03d B2" % (self.r.randint(9, 12), self.r.randint(0, 999), self.r.randint(0, 999)),
                                                "EP %d %03d %03d A1" % (self.r.randint(1, 4), self.r.randint(0, 999), self.r.randint(0, 999)),
                                                "US 2023/0%s A1" % self.dg(6), "WO 2022/%s" % self.dg(6), "DE 10 2021 %s.%d" % (self.dg(3) + " " + self.dg(3), self.r.randint(0, 9))]))

    def s_n_ipp(self):
        return self.n("ip_private", self._priv())

    def _priv(self):
        k = self.r.randint(0, 2)
        ri = self.r.randint
        return ["10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "192.168.%d.%d" % (ri(0, 255), ri(1, 254)),
                "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))][k]

    def s_n_iplo(self):
        return self.n("ip_loopback", "127.0.%d.%d" % (self.r.randint(0, 1), self.r.randint(1, 9)))

    def s_n_ipll(self):
        return self.n("ip_link_local", "169.254.%d.%d" % (self.r.randint(0, 255), self.r.randint(1, 254)))

    def s_n_ipdoc(self):
        return self.n("ip_documentation", self.ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randint(1, 254)))

    def s_n_iprsv(self):
        ri = self.r.randint
        return self.n("ip_reserved", self.ch(["240.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "0.0.0.0", "255.255.255.255",
                                              "100.%d.%d.%d" % (ri(64, 127), ri(0, 255), ri(1, 254)), "198.18.%d.%d" % (ri(0, 255), ri(1, 254))]))

    def s_n_ip6(self):
        return self.n("ipv6_non_global", self.ch(["2001:db8::%x" % self.r.randint(1, 0xffff), "fe80::%x:%x" % (self.r.randint(1, 0xffff), self.r.randint(1, 0xffff)),
                                                  "fd%02x:%x::1" % (self.r.randint(0, 255), self.r.randint(1, 0xffff)), "::1",
                                                  "2001:0db8:85a3:0000:0000:8a2e:0370:%04x" % self.r.randint(1, 0xffff)]))

    def s_n_card(self):
        return self.n("card_luhn_invalid", self.card(valid=False))

    def s_n_iban(self):
        s = make_iban(self.r, self.ch(list(IBAN_LEN)), valid=False)
        if self.r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return self.n("iban_bad_check", s)

    def s_n_ssn(self):
        return self.n("ssn_invalid", self.ssn(valid=False))

    CO = ["acme-robotics", "brightloop", "tidewater-health", "kestrel", "nordlicht-software", "saltmarsh"]

    def s_n_ucomp(self):
        c = self.ch(self.CO)
        return self.n("url_company", self.ch(["https://www.linkedin.com/company/" + c, "linkedin.com/company/" + c + "/", "https://" + c + ".com/about",
                                              "www." + c + ".io", "https://" + c + ".de/ueber-uns"]))

    def s_n_ucar(self):
        c = self.ch(self.CO)
        return self.n("url_careers", self.ch(["https://jobs.lever.co/" + c + "/" + self.dg(6), "https://boards.greenhouse.io/" + c + "/jobs/" + self.dg(7),
                                              "careers." + c + ".com/openings", "https://" + c + ".com/careers#engineering", "https://www.linkedin.com/jobs/view/" + self.dg(10)]))

    def s_n_udoc(self):
        return self.n("url_docs", self.ch(["https://docs.python.org/3/library/re.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP",
                                           "docs.github.com/en/actions", "https://kubernetes.io/docs/concepts/", "https://www.rfc-editor.org/rfc/rfc" + str(self.r.randint(1000, 9700))]))

    def s_n_upaper(self):
        return self.n("url_paper", self.ch(["https://arxiv.org/abs/%d%02d.%05d" % (self.r.randint(18, 25), self.r.randint(1, 12), self.r.randint(1, 20000)),
                                            "https://doi.org/10.1145/%s.%s" % (self.dg(7), self.dg(7)), "aclanthology.org/2024.acl-long.%d" % self.r.randint(1, 800),
                                            "https://openreview.net/forum?id=" + "".join(self.ch("abcdefXYZ123") for _ in range(10))]))

    def s_n_uticket(self):
        return self.n("url_event_ticket", self.ch(["https://www.eventbrite.com/e/devcon-%d-tickets-%s" % (self.r.randint(2024, 2026), self.dg(12)),
                                                   "https://tito.io/rustfest/%d" % self.r.randint(2024, 2026), "https://pretix.eu/pycon/%d/" % self.r.randint(2024, 2026),
                                                   "meetup.com/berlin-js/events/" + self.dg(9)]))

    def s_n_uform(self):
        return self.n("url_form", self.ch(["https://forms.gle/" + "".join(self.ch("AbCdEfGh1234") for _ in range(12)),
                                           "https://docs.google.com/forms/d/e/1FAIpQL" + self.dg(8) + "/viewform", "https://tally.so/r/" + "".join(self.ch("abwXYZ") for _ in range(6)),
                                           "typeform.com/to/" + "".join(self.ch("aBcDeF") for _ in range(8))]))

    def s_n_docdom(self):
        h = self.ch(self.m)["handle"]
        return self.n("doc_domain", self.ch(["jane.doe@example.com", h + "@example.org", "https://example.com/u/" + h, "www.example.net/in/" + h,
                                             "https://linkedin.example/in/" + h, "jobs@company.example", "test@example.net", "https://example.org/@" + h]))

    def s_n_comp(self):
        return self.n("company_name", self.ch(["Morgan Stanley", "Philip Morris", "Charles Schwab", "Johnson & Johnson", "Goldman Sachs",
                                               "Wells Fargo", "Ernst & Young", "Marks & Spencer", "Dow Jones", "Paul Allen Institute",
                                               "Procter & Gamble", "Hewlett Packard", "Ben & Jerry's", "Lincoln Financial", "Ford"]))

    def s_n_place(self):
        return self.n("place_name", self.ch(["Charlotte, NC", "Austin, TX", "Victoria, BC", "Florence", "Jackson, MS", "Lincoln, Nebraska",
                                             "São Paulo", "San José", "Santa Clara", "St. Louis", "Savannah, GA", "Sydney", "Georgia", "Alexandria"]))

    def s_n_epo(self):
        return self.n("eponym", self.ch(["Dijkstra's algorithm", "Bayes' theorem", "Kalman filter", "Fourier transform", "Turing test",
                                         "Turing Award", "Grace Hopper Celebration", "Ada Lovelace Day", "Conway's law", "Murphy's law",
                                         "Parkinson's law", "Curie temperature", "Gaussian blur", "Nobel Prize", "Hodgkin lymphoma"]))


# ---------------------------------------------------------------- templates
# {X} = slot, [[cat|literal]] = literal hard negative.
W = "ordinary_word"
T = {
 "en": [
  ("post", "After 9 years in nursing I finally switched to data engineering. Huge thanks to {PM} who mentored me — portfolio at {U} if anyone is curious."),
  ("post", "We're hiring two backend engineers (Go, Postgres). Apply via {n_ucar} or send your CV to {E}. Questions? Call {T} between {n_time} and 17:00."),
  ("comment", "Thanks, {F}! This [[%s|will]] help a lot." % W),
  ("comment", "Hi {F}, happy to refer you. DM me or ping {H}."),
  ("post", "Celebrating 10 years at [[company_name|Morgan Stanley]] today. I moved from {n_place} to London in 2016 and never looked back."),
  ("post", "CFP for RustConf is open until {n_date}! Submit at {n_uform}. Tickets: {n_uticket}. Organisers: {PL} and {PL} ({E})."),
  ("post", "Maintainer update: release {n_version} is out, fixing the regression from {n_ticket}. Docs: {n_udoc}. Thanks {F} for the patch!"),
  ("post", "Remote tip: our VPN exit is {I4} but internal services stay on {n_ipp}; if you see {n_iplo} in logs, that's just the health check."),
  ("post", "Salary transparency: Senior SRE, {n_place}, base {n_price} + equity. Recruiter was {PL} ({T})."),
  ("post", "Customer story: {PP} team cut onboarding time by 40% using [[eponym|Dijkstra's algorithm]] for routing. Read the paper: {n_upaper}"),
  ("comment", "Congrats {F}!! [[%s|Grace]] under pressure, as always." % W),
  ("post", "Referral request: I'm looking at the PM role at {n_ucomp}. Does anyone know {PL}? My profile: {U}"),
  ("post", "For the reimbursement please use IBAN {IB} — not {n_iban}, that one bounced. Order {n_order} is still pending."),
  ("post", "Someone posted their card {CC} in the group chat by mistake (the other one, {n_card}, was already cancelled). Please delete, {F}."),
  ("post", "HR form asked for my SSN {SSN}; the sample on the form was {n_ssn}. Is that normal for a contractor role?"),
  ("comment", "Firewall allowlist: {I4} and {I6}, plus the docs range {n_ipdoc} for tests."),
  ("post", "Our router firmware {n_version4} still answers on {n_ipll} — and {n_iprsv} shows up in traces. Not our public IP, which is {I4}."),
  ("post", "Reading group this week: chapter 4 of {n_isbn}, and the [[eponym|Kalman filter]] demo. Shout-out to {PM} for hosting."),
  ("post", "Our patent {n_patent} finally got granted. Credit to {PL} and {PL}, who did the hard work."),
  ("comment", "Please don't use {n_docdom} in real configs, use your own address like {E}."),
  ("post", "I [[%s|will]] [[%s|mark]] this as resolved. Anyone with [[%s|hope]] left can reach me at {EO}." % (W, W, W)),
  ("post", "Five years ago I left [[company_name|Goldman Sachs]] to teach. Now I run a bootcamp in [[place_name|Charlotte, NC]]. Book a call: {U}"),
  ("comment", "Cheers {F}, see you in {n_place}. My cell is {T}."),
  ("post", "IPv6 rollout: server at {I6}; the lab box on {n_ip6} is not reachable from outside."),
  ("profile", "Staff engineer @ brightloop. Ex-[[company_name|Wells Fargo]]. {U} · {E} · {T}"),
  ("post", "Met {P} and {P} at the conference, and {CJK}さん joined online. Slides: {n_udoc}"),
  ("post", "[[%s|April]] was rough, but [[%s|June]] looks better: three offers! {PP} advice paid off." % (W, W)),
 ],
 "de": [
  ("post", "Nach 12 Jahren im Einzelhandel bin ich jetzt Entwicklerin. Danke an {PL} für die Geduld! Mein Profil: {U}"),
  ("post", "Wir suchen eine:n DevOps-Engineer (m/w/d), Gehalt {n_price} brutto. Bewerbung an {E} oder telefonisch unter {T}, Mo–Fr ab {n_time}."),
  ("comment", "Danke, {F}! Ich [[%s|will]] das heute noch testen." % W),
  ("comment", "Hallo {F}, ich leite deine Bewerbung gern weiter. Schreib mir an {EO}."),
  ("post", "Rechnung Nr. {n_order} vom {n_date}: bitte auf {IB} überweisen."),
  ("post", "Unser Server läuft unter {I4}, intern erreichbar über {n_ipp}. Ticket {n_ticket} ist erledigt."),
 ],
 "fr": [
  ("post", "Reconversion : après 8 ans dans la restauration, je deviens développeuse ! Merci à {PL} et à {PM}. Mon CV : {U}"),
  ("comment", "Merci {F} pour le partage !"),
  ("post", "Nous recrutons à Lyon : écrivez à {E} ou appelez le {T}. Date limite : {n_date}. Formulaire : {n_uform}"),
  ("post", "Appel à conférences ouvert jusqu'au {n_date} à {n_time}. Contact : {EO}. Billets : {n_uticket}"),
  ("comment", "Bonjour {F}, voici mon IBAN pour le remboursement : {IB}."),
 ],
 "es": [
  ("post", "Cambio de carrera: de profesora a UX researcher. ¡Gracias, {F}! Portafolio: {U}"),
  ("post", "Buscamos ingeniera de datos en Madrid, salario {n_price}. Envía tu CV a {E} o llama al {T}."),
  ("comment", "Hola {F}, ¿me puedes recomendar para el puesto? Mi perfil: {U}"),
  ("post", "Aniversario: 5 años en la empresa con {PL} y {PL}. El pedido {n_order} llegó el {n_date}."),
  ("comment", "Gracias {F}, te escribo a {EO}."),
 ],
 "pt": [
  ("post", "Mudei de carreira: de contador para engenheiro de software. Obrigado, {F}! Meu LinkedIn: {U}"),
  ("post", "Vaga aberta em [[place_name|São Paulo]]! Salário {n_price}. Mande o currículo para {E} ou WhatsApp {T}."),
  ("comment", "Olá {F}, pode me indicar? Meu e-mail é {EO}."),
  ("post", "Pagamento do freela: IBAN {IB}, referência {n_order}."),
 ],
 "it": [
  ("post", "Dopo 10 anni in banca sono passata al product management. Grazie {F}! Profilo: {U}"),
  ("post", "Cerchiamo sviluppatori a Milano. Scrivete a {E} o chiamate il {T} entro il {n_date}."),
  ("comment", "Ciao {F}, complimenti per il traguardo!"),
  ("post", "Anniversario aziendale: 20 anni! Grazie a {PL} e {PM}. Versione {n_version} rilasciata oggi."),
 ],
 "nl": [
  ("post", "Carrièreswitch: van leraar naar data-analist. Dank je, {F}! Profiel: {U}"),
  ("post", "Wij zoeken een backend developer in Utrecht. Mail {E} of bel {T}. Salaris {n_price}."),
  ("comment", "Hoi {F}, ik wil je graag doorverwijzen. Mijn IBAN voor de bonus: {IB}"),
  ("post", "Het [[eponym|Dijkstra's algorithm]]-voorbeeld van {PL} was top."),
 ],
 "pl": [
  ("post", "Zmiana ścieżki kariery: z księgowej na testerkę. Dziękuję, {F}! Profil: {U}"),
  ("post", "Rekrutujemy w Krakowie, widełki {n_price}. CV na {E}, tel. {T}."),
  ("comment", "Cześć {F}, polecę cię z przyjemnością."),
 ],
 "sv": [
  ("post", "Från sjuksköterska till utvecklare på två år. Tack, {F}! Min profil: {U}"),
  ("post", "Vi anställer i Göteborg. Mejla {E} eller ring {T} före {n_date}."),
  ("comment", "Hej {F}, grattis till 5 år på företaget!"),
 ],
 "tr": [
  ("post", "Kariyer değişikliği: muhasebeden yazılıma geçtim. Teşekkürler {F}! Profilim: {U}"),
  ("post", "İstanbul'da backend geliştirici arıyoruz. CV: {E}, telefon: {T}."),
  ("comment", "Merhaba {F}, referans olabilirim. Bana {EO} adresinden yaz."),
 ],
 "ru": [
  ("post", "Сменила профессию: из бухгалтерии в аналитику. Спасибо, {FN}! Мой профиль: {U}"),
  ("post", "Ищем разработчика в Москве, зарплата {n_price}. Пишите:{E} или звоните {T}."),
  ("comment", "Привет, {FN}! Поздравляю с годовщиной в компании. {PN} тоже передаёт привет."),
  ("post", "Сервер {I4} отвечает, а {n_ipp} — нет. Версия {n_version4} в контексте прошивки."),
 ],
 "uk": [
  ("post", "Змінив кар'єру: з викладача на DevOps. Дякую, {FN}! Профіль: {U}"),
  ("post", "Шукаємо QA-інженера у Львові. Пишіть на {E}, тел. {T}."),
  ("comment", "Вітаю, {PN}! Дякую за рекомендацію."),
 ],
 "el": [
  ("post", "Άλλαξα καριέρα: από λογιστής σε προγραμματιστή. Ευχαριστώ, {FN}! Προφίλ: {U}"),
  ("post", "Προσλαμβάνουμε στην Αθήνα. Email: {E}, τηλ. {T}."),
  ("comment", "Συγχαρητήρια {PN} για τα 10 χρόνια!"),
 ],
 "ar": [
  ("post", "غيرت مساري المهني من المحاسبة إلى البرمجة. شكراً {FN}! ملفي: {U}"),
  ("post", "نبحث عن مهندس بيانات في دبي. راسلونا على {E}أو اتصلوا على {T}."),
  ("comment", "مرحباً {PN}، مبروك الذكرى السنوية الخامسة!"),
 ],
 "he": [
  ("post", "עברתי מהוראה להייטק. תודה, {FN}! הפרופיל שלי: {U}"),
  ("post", "מגייסים מפתח/ת בתל אביב. קו״ח ל-{E} או בטלפון {T}."),
  ("comment", "שלום {PN}, אשמח להמליץ עלייך."),
 ],
 "hi": [
  ("post", "मैंने बैंकिंग छोड़कर डेटा साइंस में करियर बदला। धन्यवाद {FN}! मेरी प्रोफ़ाइल: {U}"),
  ("post", "बेंगलुरु में भर्ती: ईमेल {E} या फ़ोन {T}। वेतन {n_price}।"),
  ("comment", "नमस्ते {PN} जी, बधाई हो!"),
 ],
 "th": [
  ("post", "เปลี่ยนสายงานจากครูมาเป็นนักพัฒนา ขอบคุณ{FN}มากครับ โปรไฟล์: {U}"),
  ("post", "รับสมัครวิศวกรที่กรุงเทพ ส่งประวัติที่ {E} โทร {T}"),
  ("comment", "ยินดีด้วยนะคะ คุณ{PN}"),
 ],
 "ja": [
  ("post", "{CJK}さん、入社10周年おめでとうございます！連絡先は{E}までお願いします。"),
  ("post", "エンジニア採用中です。応募はメール{E}、または電話{T}まで。締切は{n_date}です。"),
  ("comment", "{CJK}様、ご紹介ありがとうございました。プロフィール: {U}"),
  ("post", "登壇者募集（CFP）：{n_date}まで。問い合わせ：{CJK}（{EO}）"),
 ],
 "zh": [
  ("post", "转行成功！从会计到前端开发，感谢{CJK}老师的帮助。请联系{E}获取简历模板。"),
  ("post", "招聘后端工程师，薪资{n_price}，简历发送至{E}，电话{T}。"),
  ("comment", "{CJK}先生，恭喜入职五周年！我的主页：{U}"),
  ("post", "服务器地址{I4}，内网{n_ipp}。工单{n_ticket}已处理。"),
 ],
 "ko": [
  ("post", "{CJK}님 덕분에 개발자로 전직했습니다! 문의는 {E}으로 주세요."),
  ("post", "서울에서 백엔드 개발자를 채용합니다. 연락처 {T}, 이메일 {E}"),
  ("comment", "{CJK} 님, 입사 3주년 축하드려요! 제 프로필: {U}"),
 ],
 "vi": [
  ("post", "Chuyển nghề từ kế toán sang lập trình. Cảm ơn {F}! Hồ sơ: {U}"),
  ("post", "Tuyển dụng tại Hà Nội, lương {n_price}. Gửi CV về {E} hoặc gọi {T}."),
  ("comment", "Chào {PL}, chúc mừng 5 năm gắn bó!"),
 ],
 "id": [
  ("post", "Pindah karier dari guru ke data analyst. Terima kasih, {F}! Profil saya: {U}"),
  ("post", "Lowongan di Jakarta: kirim CV ke {E} atau WA {T}."),
  ("comment", "Halo {F}, selamat ulang tahun kerja yang ke-3!"),
 ],
 "sw": [
  ("post", "Nimebadilisha kazi kutoka ualimu hadi uhandisi wa programu. Asante, {F}! Wasifu wangu: {U}"),
  ("post", "Tunaajiri Nairobi. Tuma CV kwa {E} au piga simu {T}."),
  ("comment", "Hongera {PL} kwa miaka 10 kazini!"),
 ],
}
# language-neutral extra sentences appended to posts so every type/negative is dense
EXTRA = [
 "{PP} talk is at {n_time}.", "Ping {H} or {H}.", "cc {PM}", "Backup contact: {E}.", "Alt: {EO}", "Tel. {T}", "WhatsApp: {T}",
 "Host {I4} (was {n_ipp}).", "{I4}", "Peer {I6}", "Not global: {n_ip6}, {n_ipll}, {n_iplo}.", "Fw {n_version4} on {n_ipdoc}.", "Bogon {n_iprsv} in the trace.", "Reserved {n_iprsv} dropped.",
 "Card: {CC}", "Old card {n_card} (declined).", "IBAN: {IB}", "Wrong IBAN: {n_iban}", "SSN: {SSN}", "Invalid test SSN {n_ssn}.",
 "{U}", "More: {U}", "Company page: {n_ucomp}", "Jobs: {n_ucar}", "Docs: {n_udoc}", "Paper: {n_upaper}", "Tickets {n_uticket}",
 "Form: {n_uform}", "Example only: {n_docdom}", "Due {n_date} at {n_time}.", "Price {n_price}.", "Order {n_order}", "Ticket {n_ticket}",
 "{n_isbn}", "Running {n_version}.", "See {n_patent}.", "Ex-{n_comp}.", "Based in {n_place}.", "Think {n_epo}.", "— {P}", "{CJK}さん、ありがとう！",
 "{P} ({H})", "Thanks {F}!", "Based in [[place_name|Charlotte, NC]] now.", "I [[ordinary_word|will]] share the deck.",
 "Every [[ordinary_word|rose]] has thorns.", "By [[ordinary_word|grace]] of the deadline gods.", "Fingers crossed, [[ordinary_word|hope]] it ships.",
 "Please [[ordinary_word|mark]] your calendars.", "The [[ordinary_word|bill]] came to {n_price}.", "Brought [[ordinary_word|joy]] to the team.",
 "The [[eponym|Turing test]] joke again.", "Interned at [[company_name|Philip Morris]].", "Worked at [[company_name|Charles Schwab]].",
 "Keynote at the [[eponym|Grace Hopper Celebration]].", "Moved to [[place_name|Austin, TX]].", "Office in [[place_name|Victoria, BC]].",
 "邮箱{E}。", "메일:{E}", "почта:{E}", "Email {E}, tel {T}.",
]

SLOT = re.compile(r"\{(\w+)\}|\[\[(\w+)\|([^\]]+)\]\]")


def render(g, tpl, segs):
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        if m.group(1):
            segs.extend(getattr(g, "s_" + m.group(1))())
        else:
            segs.append((m.group(3), ("N", m.group(2))))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))


def build(g, lang, rng):
    kind, tpl = rng.choice(T[lang])
    segs = []
    render(g, tpl, segs)
    for _ in range(rng.randint(1, 4) if kind != "comment" else rng.randint(0, 2)):
        segs.append((" ", None))
        render(g, rng.choice(EXTRA), segs)
    text, spans, negs = "", [], []
    for s, lab in segs:
        st = len(text)
        text += s
        if lab and s:
            (spans if lab[0] == "S" else negs).append((st, len(text), lab[1]))
    return kind, text, spans, negs


def check(rec):
    text, n = rec["text"], len(rec["text"])
    sp = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
    for s, e, t in sp:
        assert 0 <= s < e <= n, rec
        v = text[s:e]
        assert v == v.strip() and v[-1] not in ".,)>", (rec["id"], v)
        if t == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), v
        elif t == "IBAN":
            assert iban_ok(v), v
        elif t == "US_SSN":
            assert ssn_ok(v), v
        elif t in ("IPV4", "IPV6"):
            assert ipaddress.ip_address(v).is_global, v
        elif t == "EMAIL":
            assert re.search(r"@|\(at\)|\[at\]|\{at\}", v) and "example" not in v, v
        elif t == "URL":
            assert "example" not in v or "askfirst.example/u/" in v, v
    for a, b in zip(sp, sp[1:]):
        assert a[1] <= b[0], (rec["id"], a, b)
    for x in rec["negatives"]:
        s, e, c = x["start"], x["end"], x["category"]
        assert 0 <= s < e <= n, rec
        assert not any(s < ge and gs < e for gs, ge, _ in sp), (rec["id"], x)
        v = text[s:e]
        if c == "card_luhn_invalid":
            assert not luhn_ok(re.sub(r"\D", "", v)), v
        elif c == "iban_bad_check":
            assert not iban_ok(v), v
        elif c == "ssn_invalid":
            assert not ssn_ok(v), v
        elif c.startswith("ip_") or c == "ipv6_non_global":
            assert not ipaddress.ip_address(v).is_global, v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(rng, a.members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for x in members:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    g = Gen(rng, members)
    langs = sorted(T)
    weights = [6 if l == "en" else 1 for l in langs]
    stats_t, stats_n = {}, {}
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1, a.records + 1):
            lang = rng.choices(langs, weights)[0]
            kind, text, spans, negs = build(g, lang, rng)
            rec = {"id": "r%d" % i, "lang": lang, "kind": kind, "text": text,
                   "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans],
                   "negatives": [{"start": s, "end": e, "category": c} for s, e, c in negs]}
            check(rec)
            for s in spans:
                stats_t[s[2]] = stats_t.get(s[2], 0) + 1
            for s in negs:
                stats_n[s[2]] = stats_n.get(s[2], 0) + 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("self-check ok; gold: " + ", ".join("%s %d" % kv for kv in sorted(stats_t.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(stats_n.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
