#!/usr/bin/env python3
"""gen_blind27.py - the thirty-first labelled PII corpus: support, safety and admin surfaces.

Interface
  python3 bench/pii/gen_blind27.py --out DIR --records 5000 --members 100000 --seed 1 [--selfcheck]
writes DIR/members.jsonl (exactly --members lines {"user","name","handle"}) and DIR/corpus.jsonl
(one record per line {"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}; offsets are Unicode code points, end-exclusive).
Deterministic per seed (one random.Random(seed); no set/dict-hash order is ever iterated).
Python 3 standard library only.  --selfcheck validates every record and prints counts.

How it was written
  Blind: from the text of `issues show 3` (the PII definition table) and bench/pii/score.py (the
  corpus format) only.  No engine code, tests, docs or other generators were read, and the
  redactor was never run on this corpus.  All prose, name lists and formats are new.

Genres (kind): scam_warning, account_recovery, support_thread, privacy_request, admin_export_csv,
  admin_export_tsv, payroll_onboarding, customer_chat, moderation_note, login_alert,
  code_switched.  Short (one line) and long (multi-paragraph, exports of up to 12 rows) records.
  About a fifth of the non-export records are hand-written scenarios (a phishing PSA, a lost-phone
  recovery request, a timestamped agent/customer chat, a DSAR letter to a DPO, payroll onboarding
  chatter, a moderation log, a login-alert e-mail, a parcel complaint to a brand, a German SMS-scam
  warning, a French customer-service reply); the rest are assembled from per-language phrase
  tables and PII/negative snippets.

Languages / scripts: en de fr es it nl pt pl tr sv (Latin), ru uk (Cyrillic), el (Greek),
  ar (Arabic), he (Hebrew), hi (Devanagari), zh (Han), ja (Han + Kana), ko (Hangul), th (Thai),
  plus "mix" records that switch language mid-text (en+de, en+zh, en+ar, ...).

Gold types: EMAIL (personal, work, role, "[at]/[dot]" and "(at)" obfuscations, glued to CJK,
  mailto:/<...> outside), PHONE (US/CA UK DE FR IN BR JP AU CN ES IT NL NG + bare E.164;
  space, dash, dot, slash, NBSP and (0) separators), IPV4 (global; :port and /cidr outside),
  IPV6 (global, compressed/full; [ ]:port outside), CREDIT_CARD (Luhn-valid Visa, MC 51-55 and
  2221-2720, Amex, Discover; compact/space/dash), IBAN (mod-97 valid, right length; compact or
  grouped), US_SSN (valid ranges; dash or space), URL (profile URLs: linkedin.com/in, github,
  x.com, medium.com/@, bsky.app/profile, *.substack.com, calendly.com, askfirst.example/u/<handle>;
  with/without scheme; trailing . or ) outside), HANDLE (@member handle, @ included), PERSON
  (member full names, "@Full Name" with @ outside, full-name possessives with 's outside, a first
  name alone only after a greeting or thanks word, CJK/Thai/Arabic/... full names).

Negative categories: date time price order_number ticket_number case_id invoice_number
  tracking_number request_id otp_code employee_id isbn version patent ipv4_private ipv4_loopback
  ipv4_linklocal ipv4_documentation ipv4_reserved version_ip ipv6_nonglobal luhn_invalid
  iban_bad_check ssn_invalid url_company url_careers url_docs url_paper url_event url_form
  example_domain non_member_handle company place eponym word_name.
  Every phone-shaped negative has a cue word/sign next to it (Ticket, Case ID, Invoice, ISBN,
  v/version/Chrome, €/$, "code", dates after "on"/"Date:"...).

Doubtful labelling choices
  - Possessives are only generated on full names ("Anja Weber's" -> "Anja Weber"); a bare first
    name is gold only right after a greeting/thanks word ("Hi Grace,", "Danke, Anja!").
  - Korean/Japanese honorifics glued to a name (김민준님, 佐藤健さん) stay outside the PERSON span.
  - Role addresses (privacy@bank.de, jobs@acme.io) are gold EMAIL even though they name no person.
  - A "Full Name" cell in a CSV/TSV export is gold PERSON; the header row is plain text.
  - Eponym negatives cover the whole personal-name part of the eponym when it equals a member's
    full name ("Max Planck" in "Max Planck Institute", "Ada Lovelace" in "Ada Lovelace Day");
    company negatives cover the whole firm name ("Morgan Stanley"), place negatives the place
    ("Santa Barbara", "Charlotte" in "Charlotte, NC").
  - word_name negatives mark the ordinary word ("will", "grace period" -> "grace", "Hope this
    helps" -> "Hope") where a member with that first name exists.
  - Chrome/firmware four-part version numbers are version_ip negatives.
  - URLs at support.<brand> help-centre articles count as url_docs; linkedin.com/company/... as
    url_company; the platform's help pages on askfirst.example as example_domain.
  - Tracking numbers, OTP codes, case IDs etc. use their own categories (tracking_number,
    otp_code, case_id, ...), all phone-shaped and all cued.
  - In CSV/TSV exports the start-date and employee-ID cells are cued only by the column header.
  - A scammer's call-back number is gold PHONE (it is still someone's number).
  - Profile URLs carrying a handle (medium.com/@h, askfirst.example/u/h) are one URL span; no
    HANDLE span is nested inside them.
  - A phone written inside parentheses "(+91-97866-77583)" keeps the parentheses outside; the
    area-code parentheses of "(02) 9374 4000" / "(415) 867-2309" are inside.
  - A greeting may close a record ("... Dear Rose,") and the first name is still gold there.
  - Non-member brand handles use mixed case/underscores (@LumenPay_Support) and never fold to a
    member handle.
"""
import argparse
import ipaddress
import json
import os
import sys
import time
import unicodedata
import random

NBSP = "\u00a0"

# ---------------------------------------------------------------- builder

class B:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []
        self.negs = []

    def t(self, x):
        self.parts.append(x)
        self.pos += len(x)
        return self

    def g(self, x, typ):
        s = self.pos
        self.t(x)
        self.spans.append({"start": s, "end": self.pos, "type": typ})
        return self

    def n(self, x, cat):
        s = self.pos
        self.t(x)
        self.negs.append({"start": s, "end": self.pos, "category": cat})
        return self

    def text(self):
        return "".join(self.parts)


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()

# ---------------------------------------------------------------- names per culture
# Latin cultures: (first names, last names); non-Latin: (native, latin) pairs.
LATIN = {
    "en": ("Oliver Amelia Harry Isla Jack Poppy Noah Freya Leo Evie Oscar Ruby Arthur Maisie "
           "Theo Ella Will Grace Rose Hope Mark Faith Joy Bill Amber Ivy Jade Charlotte Austin "
           "Madison Victoria Sydney Florence Dallas Lincoln",
           "Hughes Fletcher Barker Holloway Pritchard Whitmore Ashby Carver Dunmore Ellery "
           "Fairbanks Garside Hallam Kettering Lowther Marsden Pennock Radley Summerfield Tranter"),
    "de": ("Anja Jonas Lena Felix Mia Lukas Hannah Tobias Leonie Moritz Greta Jannik Frieda Malte",
           "Weber Schröder Krüger Wagner Hoffmann Köhler Brandt Vogt Lindemann Reuter Ziegler Böhm"),
    "fr": ("Camille Théo Manon Hugo Léa Mathis Chloé Baptiste Inès Raphaël Juliette Antoine",
           "Lefèvre Moreau Girard Faure Rousseau Lemaire Chevalier Bonnet Fournier Mercier"),
    "es": ("Lucía Mateo Sofía Álvaro Carmen Javier Valeria Diego Paula Sergio Nerea Íñigo",
           "García Fernández López Martínez Sánchez Romero Navarro Gutiérrez Ibáñez Ortega"),
    "it": ("Giulia Alessandro Chiara Matteo Francesca Lorenzo Martina Davide Sara Riccardo",
           "Rossi Bianchi Esposito Colombo Ricci Marino Greco Bruno Gallo Conti Moretti"),
    "nl": ("Sanne Daan Fleur Bram Lotte Jesse Anouk Thijs Femke Ruben Noor Joris",
           "de Vries Jansen van Dijk Bakker Visser Smit Meijer de Boer Mulder Bos"),
    "pt": ("Ana João Beatriz Gabriel Larissa Rafael Juliana Thiago Camila Lucas Fernanda",
           "Silva Santos Oliveira Souza Rodrigues Almeida Carvalho Ribeiro Gonçalves Araújo"),
    "pl": ("Zofia Jakub Maja Kacper Julia Szymon Natalia Bartosz Alicja Wojciech",
           "Nowak Kowalczyk Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański"),
    "tr": ("Elif Mehmet Zeynep Mustafa Ayşe Emre Büşra Burak Selin Oğuz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan"),
    "sv": ("Astrid Erik Saga Nils Linnea Oskar Elsa Axel Maja Hugo",
           "Lindqvist Berg Nyström Holm Sjöberg Ekström Lund Forsberg Wallin"),
}
NONLATIN = {
    "ru": ([("Анна", "anna"), ("Елена", "elena"), ("Ольга", "olga"), ("Мария", "maria"), ("Дарья", "darya")],
           [("Смирнова", "smirnova"), ("Иванова", "ivanova"), ("Кузнецова", "kuznetsova"), ("Попова", "popova")],
           [("Дмитрий", "dmitry"), ("Сергей", "sergey"), ("Иван", "ivan"), ("Алексей", "alexey"), ("Павел", "pavel")],
           [("Смирнов", "smirnov"), ("Иванов", "ivanov"), ("Кузнецов", "kuznetsov"), ("Соколов", "sokolov")]),
    "uk": ([("Олена", "olena"), ("Оксана", "oksana"), ("Ірина", "iryna"), ("Наталія", "nataliia")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"), ("Мельник", "melnyk")],
           [("Андрій", "andriy"), ("Тарас", "taras"), ("Богдан", "bohdan"), ("Микола", "mykola")],
           [("Шевченко", "shevchenko"), ("Ткаченко", "tkachenko"), ("Кравчук", "kravchuk"), ("Мельник", "melnyk")]),
    "el": ([("Μαρία", "maria"), ("Ελένη", "eleni"), ("Κατερίνα", "katerina"), ("Σοφία", "sofia")],
           [("Παπαδοπούλου", "papadopoulou"), ("Γεωργίου", "georgiou"), ("Νικολάου", "nikolaou")],
           [("Γιώργος", "giorgos"), ("Νίκος", "nikos"), ("Δημήτρης", "dimitris"), ("Κώστας", "kostas")],
           [("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"), ("Γεωργίου", "georgiou")]),
    "ar": ([("فاطمة", "fatima"), ("ليلى", "layla"), ("مريم", "maryam"), ("نور", "nour")],
           [("العلي", "alali"), ("حداد", "haddad"), ("الخطيب", "alkhatib"), ("منصور", "mansour")],
           [("محمد", "mohammed"), ("أحمد", "ahmed"), ("يوسف", "youssef"), ("عمر", "omar")],
           [("السيد", "alsayed"), ("حداد", "haddad"), ("الشامي", "alshami"), ("منصور", "mansour")]),
    "he": ([("נועה", "noa"), ("מיכל", "michal"), ("תמר", "tamar"), ("שירה", "shira")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz")],
           [("יוסי", "yossi"), ("דניאל", "daniel"), ("אבי", "avi"), ("איתי", "itay")],
           [("ביטון", "biton"), ("אברהם", "avraham"), ("פרידמן", "friedman"), ("כהן", "cohen")]),
    "hi": ([("प्रिया", "priya"), ("नेहा", "neha"), ("अंजलि", "anjali"), ("पूजा", "pooja")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("पटेल", "patel")],
           [("राहुल", "rahul"), ("अमित", "amit"), ("विकास", "vikas"), ("अर्जुन", "arjun")],
           [("सिंह", "singh"), ("शर्मा", "sharma"), ("यादव", "yadav"), ("मेहता", "mehta")]),
}
# CJK / Thai: (surname, given) pairs; full name written without a space except Thai.
CJK = {
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("赵", "zhao"), ("周", "zhou")],
           [("伟", "wei"), ("芳", "fang"), ("静", "jing"), ("磊", "lei"), ("秀英", "xiuying"), ("志强", "zhiqiang"), ("晓东", "xiaodong"), ("海燕", "haiyan")]),
    "ja": ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto")],
           [("健", "ken"), ("翔太", "shota"), ("陽菜", "hina"), ("結衣", "yui"), ("大輔", "daisuke"), ("美咲", "misaki"), ("さくら", "sakura")]),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("윤", "yoon")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"), ("예은", "yeeun")]),
    "th": ([("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("แก้วมณี", "kaewmanee")],
           [("สมชาย", "somchai"), ("สุดา", "suda"), ("ประเสริฐ", "prasert"), ("วิไล", "wilai"), ("อนุชา", "anucha"), ("นภา", "napha")]),
}
LANGS = list(LATIN) + list(NONLATIN) + list(CJK)

# special members: ordinary-word first names, and full names equal to firms/places/eponyms
WORD_FIRST = ["Will", "Grace", "Rose", "Hope", "Mark", "Faith", "Joy", "Bill", "Amber", "Ivy"]
FIRM_NAMES = ["Morgan Stanley", "Charles Schwab", "Ralph Lauren", "Hugo Boss", "Tommy Hilfiger",
              "Wells Fargo", "Dean Witter", "John Lewis", "Ted Baker", "Calvin Klein"]
PLACE_NAMES = ["Santa Barbara", "Virginia Beach", "Charlotte Amalie", "Victoria Falls", "Adelaide Hills"]
EPONYM_NAMES = [("Max Planck", "Institute"), ("Ada Lovelace", "Day"), ("Alan Turing", "Institute"),
                ("Marie Curie", "Fellowship"), ("Johns Hopkins", "University"),
                ("Florence Nightingale", "Foundation"), ("Howard Hughes", "Medical Institute")]


class Members:
    def __init__(self, rng, count):
        self.rows = []
        self.by_lang = {l: [] for l in LANGS}
        self.used = set()
        self.names_folded = set()
        self.firsts_folded = set()
        self.handles = set()
        self.word_members = {}
        specials = []
        for w in WORD_FIRST:
            for last in ("Hunter", "Okafor", "Lindqvist"):
                specials.append(("en", w + " " + last, w, fold(w + last)))
        for nm in FIRM_NAMES + PLACE_NAMES + [e[0] for e in EPONYM_NAMES]:
            specials.append(("en", nm, nm.split()[0], fold(nm.replace(" ", ""))))
        for lang, full, first, base in specials[:count]:
            idx = self._add(rng, lang, full, first, base)
            if first in WORD_FIRST:
                self.word_members.setdefault(first, []).append(idx)
        weights = {l: 5 for l in LANGS}
        weights["en"] = 14
        langs = LANGS
        cum = []
        acc = 0
        for l in langs:
            acc += weights[l]
            cum.append(acc)
        while len(self.rows) < count:
            r = rng.random() * acc
            lang = langs[next(i for i, c in enumerate(cum) if c > r)]
            full, first, base = self._make(rng, lang)
            self._add(rng, lang, full, first, base)

    def _make(self, rng, lang):
        if lang in LATIN:
            f = rng.choice(LATIN[lang][0].split())
            lasts = LATIN[lang][1]
            if lang == "nl":
                lasts = [x.strip() for x in "de Vries,Jansen,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Bos".split(",")]
            else:
                lasts = lasts.split()
            l = rng.choice(lasts)
            return f + " " + l, f, fold(f + l).replace(" ", "")
        if lang in NONLATIN:
            ff, lf, fm, lm = NONLATIN[lang]
            if rng.random() < 0.5:
                f, l = rng.choice(ff), rng.choice(lf)
            else:
                f, l = rng.choice(fm), rng.choice(lm)
            return f[0] + " " + l[0], f[0], f[1] + l[1]
        sur, giv = CJK[lang]
        s, g = rng.choice(sur), rng.choice(giv)
        if lang == "th":
            return g[0] + " " + s[0], g[0], g[1] + s[1]
        return s[0] + g[0], None, s[1] + g[1]

    def _add(self, rng, lang, full, first, base):
        h = base
        while h in self.handles:
            h = base + str(rng.randint(1, 9999))
        self.handles.add(h)
        idx = len(self.rows)
        self.rows.append({"user": "u%d" % (idx + 1), "name": full, "handle": h, "lang": lang, "first": first})
        self.by_lang[lang].append(idx)
        self.names_folded.add(fold(full))
        if first:
            self.firsts_folded.add(fold(first))
        return idx

    def pick(self, rng, lang):
        if lang not in self.by_lang or not self.by_lang[lang]:
            lang = "en"
        return self.rows[rng.choice(self.by_lang[lang])]

# ---------------------------------------------------------------- validators

def luhn_ok(digits):
    d = [int(c) for c in digits if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


IBAN_SPEC = {  # country: (length, bban pattern: n=digit, a=upper letter, c=alnum)
    "DE": (22, "n" * 18), "FR": (27, "n" * 10 + "c" * 11 + "n" * 2), "GB": (22, "aaaa" + "n" * 14),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "c" * 12), "NL": (18, "aaaa" + "n" * 10),
    "BE": (16, "n" * 12), "PL": (28, "n" * 24), "CH": (21, "n" * 5 + "c" * 12), "AT": (20, "n" * 16),
}


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, se = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and se != 0

# ---------------------------------------------------------------- value generators

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


def grp(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def card(rng, valid=True):
    kind = rng.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    else:
        pre, ln = rng.choice(["6011", "65"]), 16
    body = pre + digits(rng, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            full = body + c
            break
    if not valid:
        last = int(full[-1])
        full = full[:-1] + str((last + rng.randint(1, 9)) % 10)
    sep = rng.choice(["", " ", "-", " "])
    if ln == 15:
        return grp(full, [4, 6, 5], sep) if sep else full
    return grp(full, [4, 4, 4, 4], sep) if sep else full


def iban(rng, valid=True, country=None):
    cc = country or rng.choice(sorted(IBAN_SPEC))
    ln, pat = IBAN_SPEC[cc]
    bban = "".join(rng.choice("0123456789") if p == "n" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                   if p == "a" else rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for p in pat)
    chk = 98 - iban_mod(cc + "00" + bban)
    s = cc + "%02d" % chk + bban
    if not valid:
        bad = (chk + rng.randint(1, 50)) % 97
        if bad < 2:
            bad += 2
        s = cc + "%02d" % bad + bban
        if iban_mod(s) == 1:
            s = cc + "%02d" % ((bad + 1) % 97 or 3) + bban
    if rng.random() < 0.55:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, valid=True):
    if valid:
        a = rng.randint(1, 899)
        while a == 666:
            a = rng.randint(1, 899)
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        k = rng.randint(0, 4)
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
    sep = rng.choice(["-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ipv4_global(rng):
    while True:
        a = rng.randint(1, 223)
        ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        o = ipaddress.ip_address(ip)
        if o.is_global and not o.is_private and not o.is_reserved and not o.is_multicast:
            return ip


def ipv4_neg(rng):
    cat = rng.choice(["ipv4_private", "ipv4_loopback", "ipv4_linklocal", "ipv4_documentation", "ipv4_reserved"])
    if cat == "ipv4_private":
        ip = rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                         "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                         "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    elif cat == "ipv4_loopback":
        ip = "127.0.%d.%d" % (rng.randint(0, 3), rng.randint(1, 254))
    elif cat == "ipv4_linklocal":
        ip = "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    elif cat == "ipv4_documentation":
        ip = rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % rng.randint(1, 254)
    else:
        ip = "%d.%d.%d.%d" % (rng.randint(240, 254), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return ip, cat


def ipv6_global(rng):
    first = rng.choice(["2a00", "2a01", "2a02", "2a03", "2a05", "2600", "2601", "2602", "2604", "2606", "2400", "2401", "2403", "2c0f", "2800", "2804"])
    groups = [first] + ["%x" % rng.randint(0, 0xffff) for _ in range(7)]
    k = rng.random()
    if k < 0.3:
        return ":".join("%04x" % int(g, 16) for g in groups)
    if k < 0.65:
        # compress a middle run of zeros
        z = rng.randint(2, 4)
        at = rng.randint(2, 7 - z)
        head = groups[:at]
        tail = groups[at + z:]
        return ":".join(head) + "::" + ":".join(tail)
    return ":".join(groups[:4]) + "::" + groups[7]


def ipv6_neg(rng):
    return rng.choice(["fe80::%x:%x:%x:%x" % tuple(rng.randint(1, 0xffff) for _ in range(4)),
                       "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "::1",
                       "2001:db8:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff))])


def _sp(rng, s):
    """replace plain spaces by NBSP in some phones"""
    return s.replace(" ", NBSP) if rng.random() < 0.12 else s


def phone(rng, cc=None):
    cc = cc or rng.choice(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG", "E164"])
    k = rng.randint(0, 4)
    if cc in ("US", "CA"):
        a = str(rng.randint(2, 9)) + digits(rng, 2)
        if cc == "CA":
            a = rng.choice(["416", "604", "514", "403", "613", "902"])
        e = str(rng.randint(2, 9)) + digits(rng, 2)
        x = digits(rng, 4)
        f = ["+1 %s %s %s" % (a, e, x), "%s-%s-%s" % (a, e, x), "(%s) %s-%s" % (a, e, x),
             "%s.%s.%s" % (a, e, x), "+1-%s-%s-%s" % (a, e, x)][k]
    elif cc == "UK":
        f = ["+44 20 %s %s" % (nz(rng, 4), digits(rng, 4)), "020 %s %s" % (nz(rng, 4), digits(rng, 4)),
             "+44 (0)20 %s %s" % (nz(rng, 4), digits(rng, 4)), "07%s %s" % (digits(rng, 3), digits(rng, 6)),
             "+44 7%s %s" % (digits(rng, 3), digits(rng, 6))][k]
    elif cc == "DE":
        f = ["+49 30 %s" % nz(rng, 8), "030/%s" % nz(rng, 7), "+49 (0)151 %s" % digits(rng, 8),
             "0151 %s" % digits(rng, 8), "089-%s" % nz(rng, 7)][k]
    elif cc == "FR":
        p = [digits(rng, 2) for _ in range(4)]
        m = rng.choice("67")
        f = ["+33 %s %s" % (m, " ".join(p)), "0%s %s" % (m, " ".join(p)), "0%s.%s" % (m, ".".join(p)),
             "+33 (0)1 %s" % " ".join(p), "0%s-%s" % (m, "-".join(p))][k]
    elif cc == "IN":
        a, b = rng.choice("6789") + digits(rng, 4), digits(rng, 5)
        f = ["+91 %s %s" % (a, b), "0%s %s" % (a, b), "+91-%s-%s" % (a, b), "+91 %s%s" % (a, b),
             "%s %s" % (a, b)][k]
    elif cc == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        f = ["+55 %s 9%s-%s" % (ddd, digits(rng, 4), digits(rng, 4)), "(%s) 9%s-%s" % (ddd, digits(rng, 4), digits(rng, 4)),
             "+55 %s %s-%s" % (ddd, rng.choice("2345") + digits(rng, 3), digits(rng, 4)),
             "+55 (%s) 9%s %s" % (ddd, digits(rng, 4), digits(rng, 4)), "%s 9%s-%s" % (ddd, digits(rng, 4), digits(rng, 4))][k]
    elif cc == "JP":
        f = ["+81 3-%s-%s" % (digits(rng, 4), digits(rng, 4)), "03-%s-%s" % (digits(rng, 4), digits(rng, 4)),
             "090-%s-%s" % (digits(rng, 4), digits(rng, 4)), "+81 90 %s %s" % (digits(rng, 4), digits(rng, 4)),
             "06-%s-%s" % (digits(rng, 4), digits(rng, 4))][k]
    elif cc == "AU":
        f = ["+61 2 %s %s" % (nz(rng, 4), digits(rng, 4)), "(02) %s %s" % (nz(rng, 4), digits(rng, 4)),
             "04%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)),
             "+61 4%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)), "(03) %s %s" % (nz(rng, 4), digits(rng, 4))][k]
    elif cc == "CN":
        m = "1" + rng.choice("3589") + digits(rng, 1)
        f = ["+86 %s %s %s" % (m, digits(rng, 4), digits(rng, 4)), "%s %s %s" % (m, digits(rng, 4), digits(rng, 4)),
             "010-%s %s" % (nz(rng, 4), digits(rng, 4)), "+86 10 %s %s" % (nz(rng, 4), digits(rng, 4)),
             "%s-%s-%s" % (m, digits(rng, 4), digits(rng, 4))][k]
    elif cc == "ES":
        f = ["+34 6%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)), "91%s %s %s" % (digits(rng, 1), digits(rng, 3), digits(rng, 3)),
             "+34 91 %s %s %s" % (digits(rng, 3), digits(rng, 2), digits(rng, 2)), "6%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)),
             "+34 6%s%s" % (digits(rng, 2), digits(rng, 6))][k]
    elif cc == "IT":
        f = ["+39 06 %s %s" % (nz(rng, 4), digits(rng, 4)), "+39 3%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 4)),
             "02 %s %s" % (nz(rng, 4), digits(rng, 4)), "3%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 4)),
             "+39 02 %s%s" % (nz(rng, 4), digits(rng, 4))][k]
    elif cc == "NL":
        f = ["+31 20 %s %s" % (nz(rng, 3), digits(rng, 4)), "06-%s" % nz(rng, 8), "+31 6 %s" % nz(rng, 8),
             "020-%s" % nz(rng, 7), "+31 (0)6 %s %s" % (nz(rng, 4), digits(rng, 4))][k]
    elif cc == "NG":
        op = rng.choice(["803", "806", "813", "703", "706", "805", "905", "810"])
        f = ["+234 %s %s %s" % (op, digits(rng, 3), digits(rng, 4)), "0%s %s %s" % (op, digits(rng, 3), digits(rng, 4)),
             "+234 1 %s %s" % (nz(rng, 3), digits(rng, 4)), "0%s-%s-%s" % (op, digits(rng, 3), digits(rng, 4)),
             "+234%s%s" % (op, digits(rng, 7))][k]
    else:
        f = rng.choice(["+4915%s" % digits(rng, 9), "+447%s" % digits(rng, 9), "+3361%s" % digits(rng, 7),
                        "+1%s%s" % (rng.randint(2, 9), digits(rng, 9)), "+81%s" % nz(rng, 10),
                        "+2348%s" % digits(rng, 9), "+55119%s" % digits(rng, 8), "+9198%s" % digits(rng, 8)])
    return _sp(rng, f)

# ---------------------------------------------------------------- phrases per language
# keys: hi thanks call mail ticket case code recover warn gdpr login agent bank order on
P = {
 "en": ["Hi", "Thanks", "you can call me on", "my e-mail is", "Ticket", "Case ID", "Your verification code is",
        "I can't get into my account since the password reset.", "Heads up: someone is messaging members pretending to be support.",
        "Under GDPR Art. 15 I request a copy of all personal data you hold about me.", "New sign-in from",
        "Agent", "salary account", "Order", "on"],
 "de": ["Hallo", "Danke", "erreichbar unter", "meine E-Mail:", "Ticket", "Vorgangsnummer", "Ihr Bestätigungscode lautet",
        "Ich komme seit dem Passwort-Reset nicht mehr in mein Konto.", "Achtung: Betrüger geben sich als Support aus.",
        "Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.", "Neue Anmeldung von",
        "Mitarbeiterin", "Gehaltskonto", "Bestellung", "am"],
 "fr": ["Bonjour", "Merci", "joignable au", "mon e-mail :", "Ticket", "Numéro de dossier", "Votre code de vérification est",
        "Je n'arrive plus à accéder à mon compte depuis la réinitialisation.", "Attention : des escrocs se font passer pour le support.",
        "Conformément à l'article 15 du RGPD, je demande une copie de mes données.", "Nouvelle connexion depuis",
        "Conseiller", "compte de salaire", "Commande", "le"],
 "es": ["Hola", "Gracias", "llámame al", "mi correo:", "Ticket", "Número de caso", "Tu código de verificación es",
        "No puedo entrar en mi cuenta desde que cambié la contraseña.", "Aviso: alguien se hace pasar por soporte.",
        "Según el art. 15 del RGPD solicito una copia de mis datos personales.", "Nuevo inicio de sesión desde",
        "Agente", "cuenta nómina", "Pedido", "el"],
 "it": ["Ciao", "Grazie", "chiamami al", "la mia e-mail:", "Ticket", "Numero pratica", "Il tuo codice di verifica è",
        "Non riesco più ad accedere all'account dopo il reset.", "Attenzione: qualcuno finge di essere l'assistenza.",
        "Ai sensi dell'art. 15 GDPR chiedo copia dei miei dati personali.", "Nuovo accesso da",
        "Operatore", "conto stipendio", "Ordine", "il"],
 "nl": ["Hoi", "Bedankt", "bel me op", "mijn e-mail:", "Ticket", "Zaaknummer", "Je verificatiecode is",
        "Ik kom sinds de wachtwoordreset niet meer in mijn account.", "Let op: oplichters doen zich voor als support.",
        "Op grond van art. 15 AVG vraag ik inzage in mijn persoonsgegevens.", "Nieuwe aanmelding vanaf",
        "Medewerker", "salarisrekening", "Bestelling", "op"],
 "pt": ["Olá", "Obrigado", "me liga no", "meu e-mail:", "Chamado", "Protocolo", "Seu código de verificação é",
        "Não consigo entrar na minha conta desde a troca de senha.", "Cuidado: golpistas estão se passando pelo suporte.",
        "Com base na LGPD, solicito cópia dos meus dados pessoais.", "Novo acesso de",
        "Atendente", "conta salário", "Pedido", "em"],
 "pl": ["Cześć", "Dziękuję", "mój telefon:", "mój e-mail:", "Zgłoszenie", "Numer sprawy", "Twój kod weryfikacyjny to",
        "Od resetu hasła nie mogę zalogować się na konto.", "Uwaga: oszuści podszywają się pod wsparcie.",
        "Na podstawie art. 15 RODO proszę o kopię moich danych.", "Nowe logowanie z",
        "Konsultant", "konto płacowe", "Zamówienie", "dnia"],
 "tr": ["Merhaba", "Teşekkürler", "telefonum:", "e-postam:", "Talep", "Dosya no", "Doğrulama kodunuz",
        "Şifre sıfırlamadan beri hesabıma giremiyorum.", "Dikkat: dolandırıcılar destek ekibi gibi davranıyor.",
        "KVKK kapsamında hakkımdaki tüm verilerin bir kopyasını talep ediyorum.", "Yeni oturum açma:",
        "Temsilci", "maaş hesabı", "Sipariş", "tarih"],
 "sv": ["Hej", "Tack", "ring mig på", "min e-post:", "Ärende", "Ärendenummer", "Din verifieringskod är",
        "Jag kommer inte in på mitt konto sedan lösenordsbytet.", "Varning: bedragare utger sig för att vara support.",
        "Enligt artikel 15 GDPR begär jag ett registerutdrag.", "Ny inloggning från",
        "Handläggare", "lönekonto", "Order", "den"],
 "ru": ["Здравствуйте", "Спасибо", "мой телефон:", "моя почта:", "Заявка", "Номер обращения", "Ваш код подтверждения:",
        "После сброса пароля не могу войти в аккаунт.", "Осторожно: мошенники пишут от имени поддержки.",
        "Прошу предоставить копию всех моих персональных данных.", "Новый вход с адреса",
        "Оператор", "зарплатный счёт", "Заказ", "от"],
 "uk": ["Вітаю", "Дякую", "мій телефон:", "моя пошта:", "Заявка", "Номер звернення", "Ваш код підтвердження:",
        "Після скидання пароля не можу увійти в акаунт.", "Обережно: шахраї пишуть від імені підтримки.",
        "Прошу надати копію всіх моїх персональних даних.", "Новий вхід з адреси",
        "Оператор", "зарплатний рахунок", "Замовлення", "від"],
 "el": ["Γεια σας", "Ευχαριστώ", "τηλέφωνο:", "email:", "Αίτημα", "Αριθμός υπόθεσης", "Ο κωδικός επαλήθευσης είναι",
        "Δεν μπορώ να μπω στον λογαριασμό μου μετά την επαναφορά.", "Προσοχή: απατεώνες παριστάνουν την υποστήριξη.",
        "Σύμφωνα με το άρθρο 15 GDPR ζητώ αντίγραφο των δεδομένων μου.", "Νέα σύνδεση από",
        "Εκπρόσωπος", "λογαριασμός μισθοδοσίας", "Παραγγελία", "στις"],
 "ar": ["مرحباً", "شكراً", "رقمي:", "بريدي:", "التذكرة", "رقم الحالة", "رمز التحقق الخاص بك هو",
        "لا أستطيع الدخول إلى حسابي منذ إعادة تعيين كلمة المرور.", "تحذير: محتالون ينتحلون صفة الدعم الفني.",
        "أطلب نسخة من جميع بياناتي الشخصية المحفوظة لديكم.", "تسجيل دخول جديد من",
        "الموظف", "حساب الراتب", "الطلب", "بتاريخ"],
 "he": ["שלום", "תודה", "הטלפון שלי:", "המייל שלי:", "פנייה", "מספר תיק", "קוד האימות שלך הוא",
        "מאז איפוס הסיסמה אני לא מצליח להיכנס לחשבון.", "זהירות: נוכלים מתחזים לתמיכה.",
        "אני מבקש עותק של כל המידע האישי שנשמר עליי.", "כניסה חדשה מכתובת",
        "נציג", "חשבון משכורת", "הזמנה", "בתאריך"],
 "hi": ["नमस्ते", "धन्यवाद", "मेरा नंबर:", "मेरा ईमेल:", "टिकट", "केस नंबर", "आपका सत्यापन कोड है",
        "पासवर्ड रीसेट के बाद से मैं अपने खाते में लॉग इन नहीं कर पा रहा हूँ।", "सावधान: ठग सपोर्ट टीम बनकर संदेश भेज रहे हैं।",
        "कृपया मेरे बारे में रखे गए सभी व्यक्तिगत डेटा की प्रति भेजें।", "नया लॉगिन:",
        "एजेंट", "वेतन खाता", "ऑर्डर", "दिनांक"],
 "zh": ["你好", "谢谢", "电话：", "邮箱：", "工单", "案件编号", "您的验证码是",
        "重置密码以后我就登录不了账号了。", "提醒：有人冒充客服私信会员。",
        "请提供贵公司保存的我的全部个人数据副本。", "新的登录来自",
        "客服", "工资账户", "订单", "日期"],
 "ja": ["こんにちは", "ありがとうございます", "電話：", "メール：", "チケット", "ケース番号", "確認コードは",
        "パスワードをリセットしてからログインできません。", "注意：サポートを装った詐欺メッセージが届いています。",
        "保有している私の個人データの開示を請求します。", "新しいログイン：",
        "担当", "給与口座", "注文", "日付"],
 "ko": ["안녕하세요", "감사합니다", "연락처:", "이메일:", "티켓", "사건 번호", "인증 코드는",
        "비밀번호 재설정 후 계정에 로그인할 수 없습니다.", "주의: 고객지원을 사칭하는 사기 메시지가 있습니다.",
        "보관 중인 제 개인정보 사본을 요청합니다.", "새 로그인:",
        "상담원", "급여 계좌", "주문", "날짜"],
 "th": ["สวัสดีครับ", "ขอบคุณ", "เบอร์โทร:", "อีเมล:", "ตั๋ว", "หมายเลขเคส", "รหัสยืนยันของคุณคือ",
        "หลังรีเซ็ตรหัสผ่านแล้วเข้าบัญชีไม่ได้", "ระวัง: มีมิจฉาชีพแอบอ้างเป็นฝ่ายซัพพอร์ต",
        "ขอสำเนาข้อมูลส่วนบุคคลทั้งหมดของฉัน", "เข้าสู่ระบบใหม่จาก",
        "เจ้าหน้าที่", "บัญชีเงินเดือน", "คำสั่งซื้อ", "วันที่"],
}
K = {k: i for i, k in enumerate("hi thanks call mail ticket case code recover warn gdpr login agent bank order on".split())}
CJKL = ("zh", "ja", "ko", "th")


def ph(lang, key):
    return P[lang][K[key]]


PHONE_CC = {"en": ["US", "UK", "AU", "CA", "NG", "IN", "E164"], "de": ["DE", "DE", "E164"], "fr": ["FR"], "es": ["ES"],
            "it": ["IT"], "nl": ["NL"], "pt": ["BR"], "pl": ["E164", "DE"], "tr": ["E164", "UK"], "sv": ["E164", "NL"],
            "ru": ["E164", "DE"], "uk": ["E164", "UK"], "el": ["E164", "UK"], "ar": ["E164", "UK", "US"],
            "he": ["E164", "US"], "hi": ["IN"], "zh": ["CN"], "ja": ["JP"], "ko": ["E164", "US"], "th": ["E164", "AU"]}

MAILDOM = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "web.de", "gmx.de", "orange.fr", "libero.it",
           "ziggo.nl", "uol.com.br", "wp.pl", "mail.ru", "ukr.net", "qq.com", "163.com", "naver.com", "yahoo.co.jp",
           "hotmail.com", "icloud.com", "fastmail.fm"]
FIRMDOM = ["nordbank.de", "acme.io", "lumenpay.com", "brightfreight.co.uk", "kestrel-hr.com", "tidewaylabs.io",
           "orbisinsure.fr", "solvane.es", "vitrea.it", "hollandpost.nl", "pagueja.com.br", "sakuratel.jp"]
ROLES = ["privacy", "dpo", "support", "jobs", "hr", "payroll", "security", "abuse", "recruiting", "help"]
BRANDS = ["AcmeBank_Help", "LumenPay_Support", "KestrelHR_Team", "TidewayStatus", "NordbankService",
          "PagueJa_Ajuda", "SakuraTel_CS", "OrbisCare_FR", "BrightFreightUK", "Solvane_ES"]

# ---------------------------------------------------------------- snippets (each appends to b)

def end(rng, lang):
    if lang in ("zh", "ja"):
        return rng.choice(["。", "。", "！"])
    if lang == "th":
        return " "
    return rng.choice([".", ".", "!", ";"])


def local_part(rng, m):
    h = m["handle"]
    nm = fold(m["name"])
    if nm.isascii() and " " in nm and rng.random() < 0.4:
        f, l = nm.split(" ", 1)
        return rng.choice([f + "." + l.replace(" ", ""), f[0] + "." + l.replace(" ", ""), f + "_" + l.replace(" ", "")])
    return rng.choice([h, h, h + str(rng.randint(1, 99))])


def s_email(rng, b, lang, M):
    m = M.pick(rng, lang)
    lp = local_part(rng, m)
    dom = rng.choice(MAILDOM) if rng.random() < 0.7 else rng.choice(FIRMDOM)
    if rng.random() < 0.2:
        lp = rng.choice(ROLES)
        dom = rng.choice(FIRMDOM)
    k = rng.random()
    if lang in ("zh", "ja") and k < 0.35:
        b.t({"zh": "有问题请发邮件到", "ja": "ご連絡は"}[lang]).g(lp + "@" + dom, "EMAIL").t({"zh": "，谢谢。", "ja": "までお願いします。"}[lang])
        return
    b.t(ph(lang, "mail") + " ")
    if k < 0.12:
        d1, d2 = dom.rsplit(".", 1)
        b.g("%s [at] %s [dot] %s" % (lp, d1, d2), "EMAIL")
    elif k < 0.2:
        b.g("%s(at)%s" % (lp, dom), "EMAIL")
    elif k < 0.28:
        b.t("mailto:").g(lp + "@" + dom, "EMAIL")
    elif k < 0.36:
        b.t("<").g(lp + "@" + dom, "EMAIL").t(">")
    else:
        b.g(lp + "@" + dom, "EMAIL")
    b.t(end(rng, lang) + " ")


def s_phone(rng, b, lang, M):
    b.t(ph(lang, "call") + " ")
    p = phone(rng, rng.choice(PHONE_CC[lang]) if rng.random() < 0.75 else None)
    if rng.random() < 0.15 and not p.startswith("("):
        b.t("(").g(p, "PHONE").t(")")
    else:
        b.g(p, "PHONE")
    b.t(end(rng, lang) + " ")


def profile_url(rng, m):
    h = m["handle"]
    return rng.choice([
        "linkedin.com/in/%s" % h, "https://www.linkedin.com/in/%s" % h, "https://github.com/%s" % h,
        "github.com/%s" % h, "https://x.com/%s" % h, "x.com/%s" % h, "https://medium.com/@%s" % h,
        "https://bsky.app/profile/%s.bsky.social" % h, "https://%s.substack.com" % h, "%s.substack.com" % h,
        "https://calendly.com/%s/30min" % h, "askfirst.example/u/%s" % h, "https://askfirst.example/u/%s" % h,
        "https://askfirst.example/u/%s" % h])


def s_url(rng, b, lang, M):
    m = M.pick(rng, lang)
    u = profile_url(rng, m)
    b.t(rng.choice(["Profile: ", "profile → ", "see ", "me: ", "👉 "]))
    k = rng.random()
    if k < 0.25:
        b.t("(").g(u, "URL").t(")")
    elif k < 0.6:
        b.g(u, "URL").t(".")
    else:
        b.g(u, "URL")
    b.t(" ")


def s_handle(rng, b, lang, M):
    m = M.pick(rng, lang if rng.random() < 0.7 else "en")
    b.t(rng.choice(["cc ", "ping ", "/ ", "+ ", "→ "])).g("@" + m["handle"], "HANDLE").t(rng.choice([" ", ", ", ": "]))


def s_person(rng, b, lang, M):
    m = M.pick(rng, lang)
    k = rng.random()
    if lang == "ko":
        b.g(m["name"], "PERSON").t(rng.choice(["님이 ", " 님이 ", "씨가 "]) + "답변했습니다. ")
    elif lang == "ja":
        b.g(m["name"], "PERSON").t(rng.choice(["さんが", "様から", " さんが"]) + "対応しました。")
    elif lang == "zh":
        b.t("负责人：").g(m["name"], "PERSON").t("。")
    elif k < 0.2:
        b.t("@").g(m["name"], "PERSON").t(" ")
    elif k < 0.35 and lang == "en":
        b.g(m["name"], "PERSON").t("'s " + rng.choice(["account was restored", "ticket is closed", "payslip is attached"]) + ". ")
    else:
        b.t(ph(lang, "agent") + ": ").g(m["name"], "PERSON").t(end(rng, lang) + " ")


def s_greet(rng, b, lang, M):
    m = M.pick(rng, lang)
    if lang == "ko":
        b.g(m["name"], "PERSON").t("님, 안녕하세요. ")
    elif lang == "ja":
        b.g(m["name"], "PERSON").t("様\nお世話になっております。")
    elif lang == "zh":
        b.g(m["name"], "PERSON").t("，你好！")
    elif m["first"] and rng.random() < 0.6:
        if rng.random() < 0.5:
            b.t(ph(lang, "hi") + " ").g(m["first"], "PERSON").t(",\n")
        else:
            b.t(ph(lang, "thanks") + ", ").g(m["first"], "PERSON").t("! ")
    else:
        b.t(ph(lang, "hi") + " ").g(m["name"], "PERSON").t(",\n")


def s_word_first(rng, b, lang, M):
    """greeting/thanks with a member whose first name is an ordinary word (gold)."""
    w = rng.choice(WORD_FIRST)
    if rng.random() < 0.5:
        b.t(rng.choice(["Hi ", "Hey ", "Dear "])).g(w, "PERSON").t(", ")
    else:
        b.t(rng.choice(["Thanks, ", "Thank you ", "Many thanks, "])).g(w, "PERSON").t("! ")


def s_ip4(rng, b, lang, M):
    b.t(ph(lang, "login") + " ")
    ip = ipv4_global(rng)
    k = rng.random()
    if k < 0.15:
        b.g(ip, "IPV4").t(":%d" % rng.choice([443, 8080, 22, 3389]))
    elif k < 0.25:
        b.g(ip, "IPV4").t("/%d" % rng.choice([24, 32, 28]))
    else:
        b.g(ip, "IPV4")
    b.t(rng.choice([" (Chrome, Windows). ", ". ", " — ", ", "]))


def s_ip6(rng, b, lang, M):
    b.t(ph(lang, "login") + " ")
    ip = ipv6_global(rng)
    if rng.random() < 0.2:
        b.t("[").g(ip, "IPV6").t("]:%d" % rng.choice([443, 8443]))
    else:
        b.g(ip, "IPV6")
    b.t(". ")


def s_card(rng, b, lang, M):
    b.t(rng.choice(["card ", "Karte ", "carte ", "tarjeta ", "💳 ", "card number: "])).g(card(rng), "CREDIT_CARD").t(rng.choice([". ", ", ", " "]))


def s_iban(rng, b, lang, M):
    b.t(ph(lang, "bank") + " IBAN ").g(iban(rng), "IBAN").t(rng.choice([". ", "\n", ", "]))


def s_ssn(rng, b, lang, M):
    b.t(rng.choice(["SSN ", "SSN: ", "Social Security No. ", "social security number "])).g(ssn(rng), "US_SSN").t(rng.choice([". ", ", ", "\n"]))

# ---------------------------------------------------------------- negative snippets

def n_ids(rng, b, lang, M):
    k = rng.randint(0, 11)
    if k == 0:
        b.t(ph(lang, "ticket") + " #").n("%d-%06d" % (rng.randint(2019, 2026), rng.randint(0, 999999)), "ticket_number")
    elif k == 1:
        b.t(ph(lang, "case") + ": ").n("%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)), "case_id")
    elif k == 2:
        b.t(ph(lang, "code") + " ").n(rng.choice(["%s %s" % (digits(rng, 3), digits(rng, 3)), "%s-%s" % (digits(rng, 3), digits(rng, 3)), digits(rng, 6), digits(rng, 8)]), "otp_code")
    elif k == 3:
        b.t(ph(lang, "order") + " #").n("%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4)), "order_number")
    elif k == 4:
        b.t(rng.choice(["Invoice no. ", "Rechnung Nr. ", "Facture n° ", "Factura nº "])).n(rng.choice(["%d/%s" % (rng.randint(2020, 2026), digits(rng, 6)), "%d-%s-%s" % (rng.randint(2020, 2026), digits(rng, 2), digits(rng, 5))]), "invoice_number")
    elif k == 5:
        b.t(rng.choice(["tracking number ", "Sendungsnummer ", "Tracking: "])).n(" ".join(digits(rng, 4) for _ in range(5)) + " " + digits(rng, 2), "tracking_number")
    elif k == 6:
        b.t(rng.choice(["DSAR reference ", "request ID ", "Request-ID: "])).n("%d-%s-%s" % (rng.randint(2020, 2026), digits(rng, 2), digits(rng, 6)), "request_id")
    elif k == 7:
        b.t(rng.choice(["Employee ID ", "Personalnummer ", "staff no. "])).n("%s %s" % (digits(rng, 4), digits(rng, 4)), "employee_id")
    elif k == 8:
        b.t("ISBN ").n("978-%d-%s-%s-%d" % (rng.randint(0, 9), digits(rng, 2), digits(rng, 6), rng.randint(0, 9)), "isbn")
    elif k == 9:
        b.t(rng.choice(["app v", "version ", "build ", "SDK v"])).n("%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 20), rng.randint(0, 300)), "version")
    elif k == 10:
        if rng.random() < 0.5:
            b.t(rng.choice(["US Patent ", "U.S. Pat. No. "])).n("%d,%s,%s" % (rng.randint(10, 12), digits(rng, 3), digits(rng, 3)), "patent")
        else:
            b.t(rng.choice(["EP ", "patent EP "])).n("%s %s %s" % (nz(rng, 1), digits(rng, 3), digits(rng, 3)), "patent").t(" B1")
    else:
        b.t(rng.choice(["Date: ", ph(lang, "on") + " "])).n(rng.choice(["%d-%02d-%02d" % (rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                                                            "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2026)),
                                                            "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2020, 2026))]), "date")
        if rng.random() < 0.6:
            b.t(rng.choice([" at ", " um ", ", "])).n(rng.choice(["%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))]), "time").t(" UTC")
    b.t(end(rng, lang) + " ")


def n_price(rng, b, lang, M):
    b.t(rng.choice(["amount ", "refund of ", "charged ", "Betrag ", "montant "]))
    b.n(rng.choice(["€%d.%03d,%02d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99)),
                    "$%d,%03d.%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99)),
                    "₹%d,%03d" % (rng.randint(10, 99), rng.randint(0, 999)),
                    "R$ %d.%03d,%02d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99)),
                    "¥%d,%03d" % (rng.randint(10, 999), rng.randint(0, 999)),
                    "£%d.%02d" % (rng.randint(10, 9999), rng.randint(0, 99))]), "price")
    b.t(end(rng, lang) + " ")


def n_ipneg(rng, b, lang, M):
    k = rng.random()
    if k < 0.55:
        ip, cat = ipv4_neg(rng)
        b.t(rng.choice(["internal host ", "router at ", "VPN gateway ", "from ", "server "])).n(ip, cat)
    elif k < 0.75:
        b.t(rng.choice(["Chrome ", "firmware version ", "app version ", "build v"])).n("%d.%d.%d.%d" % (rng.randint(1, 130), rng.randint(0, 9), rng.randint(0, 250), rng.randint(0, 250)), "version_ip")
    else:
        b.t(rng.choice(["link-local ", "ULA ", "test address ", "loopback "])).n(ipv6_neg(rng), "ipv6_nonglobal")
    b.t(end(rng, lang) + " ")


def n_fin(rng, b, lang, M):
    k = rng.randint(0, 2)
    if k == 0:
        b.t(rng.choice(["card ", "test card ", "the scammer's card "])).n(card(rng, False), "luhn_invalid")
    elif k == 1:
        b.t("IBAN ").n(iban(rng, False), "iban_bad_check")
    else:
        b.t("SSN ").n(ssn(rng, False), "ssn_invalid")
    b.t(rng.choice([" (invalid). ", " — rejected. ", ". "]))


NEG_URLS = [
    ("url_company", ["https://www.lumenpay.com/about", "linkedin.com/company/kestrel-hr", "https://nordbank.de/en/company", "tidewaylabs.io/team"]),
    ("url_careers", ["careers.tidewaylabs.io/jobs/4471", "https://acme.io/careers/support-engineer", "https://jobs.nordbank.de/stellen/20931"]),
    ("url_docs", ["https://support.lumenpay.com/hc/en-us/articles/360014472211", "docs.acme.io/security/2fa", "https://developer.mozilla.org/en-US/docs/Web/HTTP"]),
    ("url_paper", ["arxiv.org/abs/2403.01234", "https://doi.org/10.1145/3583780.3614921", "https://aclanthology.org/2023.acl-long.12"]),
    ("url_event", ["https://www.eventbrite.com/e/trust-safety-meetup-tickets-72839104", "lu.ma/ts-summit-2025", "https://www.meetup.com/fraud-ops-berlin/events/301122334"]),
    ("url_form", ["https://forms.gle/Xk3pQ9mW2", "docs.google.com/forms/d/e/1FAIpQLSdx7/viewform", "https://tally.so/r/mBq0aZ"]),
    ("example_domain", ["https://askfirst.example/help/account-recovery", "reset@example.com", "https://help.example.org/ticket/4471",
                        "phish@login-askfirst.test", "no-reply@mail.invalid", "https://askfirst.example/settings/security", "verify@example.net"]),
]


def n_url(rng, b, lang, M):
    cat, lst = rng.choice(NEG_URLS)
    b.t(rng.choice(["see ", "link: ", "via ", "→ ", "("]))
    u = rng.choice(lst)
    b.n(u, cat)
    b.t(rng.choice([". ", " ", ") "]) if b.parts[-2] != "(" else ") ")


def n_brand(rng, b, lang, M):
    b.t(rng.choice(["DM from ", "official account ", "reported to ", "fake ", "cc "])).n("@" + rng.choice(BRANDS), "non_member_handle").t(rng.choice([" ", ". ", ", "]))


WORD_SENT = [("I ", "will", " send the documents tomorrow. "), ("", "Will", " the refund arrive before Friday? "),
             ("Is there a ", "grace", " period for the unpaid invoice? "), ("Phishing reports ", "rose", " sharply this week. "),
             ("", "Hope", " this helps anyone who is locked out. "), ("Please ", "mark", " the message as phishing. "),
             ("", "Mark", " the ticket as resolved once confirmed. "), ("I have ", "faith", " the team will sort it out. "),
             ("No ", "joy", " with the reset link so far. "), ("The ", "bill", " was charged twice. "),
             ("An ", "amber", " warning banner appeared. "), ("Poison ", "ivy", " is a fitting name for this scam. "),
             ("We ", "hope", " to restore access today. "), ("", "Grace", " periods do not apply to chargebacks. ")]


def n_names(rng, b, lang, M):
    k = rng.randint(0, 4)
    if k == 0:
        pre, w, post = rng.choice(WORD_SENT)
        b.t(pre).n(w, "word_name").t(post)
    elif k == 1:
        b.t(rng.choice(["My payroll provider is ", "Transfer went through ", "Recruiter claimed to be from ", "Statement from "])).n(rng.choice(FIRM_NAMES), "company").t(rng.choice([". ", ", not us. ", " — legit? "]))
    elif k == 2:
        if rng.random() < 0.5:
            b.t(rng.choice(["Login from ", "Office in ", "Relocating to "])).n(rng.choice(PLACE_NAMES), "place").t(rng.choice([". ", ", not me. "]))
        else:
            b.t(rng.choice(["Login from ", "Based in "])).n(rng.choice(["Charlotte", "Victoria", "Florence", "Austin", "Madison", "Sydney"]), "place").t(rng.choice([", NC. ", ", BC. ", ", TX. ", ", WI. "]))
    elif k == 3:
        nm, suf = rng.choice(EPONYM_NAMES)
        b.t(rng.choice(["The scammer claimed to work at the ", "Verified: she is a fellow at the ", "Event: "])).n(nm, "eponym").t(" " + suf + ". ")
    else:
        b.t(rng.choice(["Classic ", "It was a ", "They explained "])).n(rng.choice(["Ponzi", "Dijkstra", "Bayes", "Murphy", "Gantt"]), "eponym").t(rng.choice([" scheme. ", "'s algorithm. ", "'s theorem. ", "'s law. ", " chart. "]))

# ---------------------------------------------------------------- genres

GOLD_ALL = [s_email, s_phone, s_url, s_handle, s_person, s_ip4, s_ip6, s_card, s_iban, s_ssn]
NEG_ALL = [n_ids, n_price, n_ipneg, n_fin, n_url, n_brand, n_names]

GENRES = {
    "scam_warning": ("warn", [(s_phone, 4), (n_brand, 3), (n_url, 3), (s_handle, 2), (n_ids, 3), (s_email, 2), (n_names, 2), (s_url, 1), (s_person, 1), (n_fin, 1)]),
    "account_recovery": ("recover", [(s_email, 3), (s_phone, 3), (n_ids, 4), (s_ip4, 2), (s_ip6, 1), (n_ipneg, 2), (s_url, 2), (n_url, 1), (s_handle, 1)]),
    "support_thread": ("ticket", [(s_person, 3), (n_ids, 5), (s_phone, 2), (s_email, 2), (n_price, 2), (n_fin, 1), (s_card, 1), (n_url, 1), (n_names, 1)]),
    "privacy_request": ("gdpr", [(s_email, 3), (s_phone, 2), (n_ids, 4), (s_iban, 1), (s_url, 2), (s_ip4, 1), (s_ip6, 1), (n_url, 2), (s_person, 1)]),
    "payroll_onboarding": ("bank", [(s_iban, 4), (s_ssn, 3), (s_card, 1), (n_fin, 3), (n_price, 3), (n_ids, 3), (s_person, 2), (s_phone, 2), (s_email, 1), (n_names, 1)]),
    "customer_chat": ("order", [(n_ids, 4), (s_phone, 3), (s_email, 2), (n_price, 3), (s_card, 2), (n_fin, 2), (n_brand, 2), (n_url, 1)]),
    "moderation_note": ("warn", [(s_handle, 4), (n_brand, 3), (s_person, 3), (n_names, 3), (s_url, 3), (n_url, 2), (s_ip4, 1), (n_ipneg, 1), (n_ids, 1)]),
    "login_alert": ("login", [(s_ip4, 4), (s_ip6, 3), (n_ipneg, 4), (n_ids, 3), (s_phone, 1), (n_url, 1)]),
}


def wpick(rng, lst):
    tot = sum(w for _, w in lst)
    r = rng.random() * tot
    for f, w in lst:
        r -= w
        if r < 0:
            return f
    return lst[-1][0]


def core(rng, b, lang, key):
    if key in ("ticket", "order"):
        b.t(ph(lang, key) + " #").n("%d-%06d" % (rng.randint(2019, 2026), rng.randint(0, 999999)),
                                    "ticket_number" if key == "ticket" else "order_number").t(end(rng, lang) + " ")
    elif key == "bank":
        b.t(ph(lang, "bank") + ": ")
    elif key == "login":
        pass
    else:
        b.t(ph(lang, key) + " ")


def body(rng, b, lang, M, kind, n):
    key, lst = GENRES[kind]
    core(rng, b, lang, key)
    for i in range(n):
        f = wpick(rng, lst)
        if f is n_names and lang not in ("en", "de", "fr", "nl", "sv") and rng.random() < 0.6:
            f = n_ids
        f(rng, b, lang, M)
        if n > 4 and rng.random() < 0.2:
            b.t("\n\n")


def export(rng, b, lang, M, tsv):
    sep = "\t" if tsv else rng.choice([",", ";"])
    cols = ["full_name", "email", "phone", "profile_url", "start_date", "employee_id"]
    if rng.random() < 0.4:
        cols = ["Name", "E-Mail", "Telefon", "Profil", "Eintritt", "Personalnummer"] if lang == "de" else ["name", "work_email", "mobile", "linkedin", "hired_on", "staff_no"]
    b.t(rng.choice(["Export from the recruiting admin, please double-check before import:\n",
                    "Pasting the applicant export here (do not share further):\n", "", "csv attached inline:\n"]))
    b.t(sep.join(cols) + "\n")
    for _ in range(rng.randint(1, 12)):
        m = M.pick(rng, lang if rng.random() < 0.6 else rng.choice(LANGS))
        b.g(m["name"], "PERSON").t(sep)
        if rng.random() < 0.1:
            b.n(rng.choice(["jane@example.com", "test@applicants.example", "nobody@mail.invalid"]), "example_domain")
        else:
            b.g(local_part(rng, m) + "@" + rng.choice(MAILDOM + FIRMDOM), "EMAIL")
        b.t(sep)
        p = phone(rng)
        if sep == "," and "," in p:
            p = p.replace(",", "")
        b.g(p, "PHONE").t(sep)
        h = m["handle"]
        b.g(rng.choice(["linkedin.com/in/%s" % h, "https://www.linkedin.com/in/%s" % h, "askfirst.example/u/%s" % h, "https://github.com/%s" % h]), "URL").t(sep)
        b.n("%d-%02d-%02d" % (rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)), "date").t(sep)
        b.n("%s%s" % (rng.choice(["E", "", "HR-"]), digits(rng, 7)), "employee_id").t("\n")
    if rng.random() < 0.5:
        b.t("Rows: %d. " % rng.randint(2, 400))
        s_thanks = rng.random() < 0.5
        if s_thanks:
            s_greet(rng, b, lang, M)


# ---------------------------------------------------------------- hand-written scenarios (en, de, fr)

def _date(rng):
    return rng.choice(["%d-%02d-%02d" % (rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                       "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2022, 2026))])


def _time(rng):
    return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))


def _email(rng, m):
    return local_part(rng, m) + "@" + rng.choice(MAILDOM)


def sc_scam(rng, b, M):
    m = M.pick(rng, "en")
    b.t("PSA for everyone in the support-ops group: I got a DM from ").n("@" + rng.choice(BRANDS), "non_member_handle")
    b.t(" saying my account would be \"permanently restricted\" unless I verified within 24 hours. The link was ")
    cat, lst = rng.choice([NEG_URLS[5], NEG_URLS[6]])
    b.n(rng.choice(lst), cat).t(" and the \"agent\" asked me to read back the code from my SMS (")
    b.n("%s %s" % (digits(rng, 3), digits(rng, 3)), "otp_code").t("). Real support never asks for that.\n\nThe number they texted from was ")
    b.g(phone(rng), "PHONE").t(", reported. If you already shared a code, reset your password and look for sign-ins from ")
    b.g(ipv4_global(rng), "IPV4").t(". ")
    pre, w, post = rng.choice(WORD_SENT)
    b.t(pre).n(w, "word_name").t(post)
    b.t("Thanks to @").g(m["name"], "PERSON").t(" for flagging it first.")


def sc_recovery(rng, b, M):
    m = M.pick(rng, "en")
    b.t("Hello support, I'm ").g(m["name"], "PERSON").t(" (").g(rng.choice(["askfirst.example/u/", "https://askfirst.example/u/"]) + m["handle"], "URL")
    b.t("). My phone ").g(phone(rng), "PHONE").t(" was stolen on ").n(_date(rng), "date").t(" and I no longer get 2FA codes. ")
    b.t("Backup e-mail: ").g(_email(rng, m), "EMAIL").t(". The last login I recognise was from ").g(ipv4_global(rng), "IPV4")
    b.t(" with app v").n("%d.%d.%d" % (rng.randint(3, 12), rng.randint(0, 40), rng.randint(0, 9)), "version")
    b.t(". Case ID ").n("%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)), "case_id").t(" was closed without an answer. ")
    if rng.random() < 0.5:
        b.t("The reset page (").n("https://askfirst.example/help/account-recovery", "example_domain").t(") just loops.")


def sc_thread(rng, b, M):
    ag, cu = M.pick(rng, "en"), M.pick(rng, rng.choice(LANGS))
    t1 = _time(rng)
    b.t("[").n(t1, "time").t("] ").g(ag["name"], "PERSON").t(": Thanks for contacting LumenPay. Could you confirm the card that was charged?\n")
    b.t("[").n(_time(rng), "time").t("] Customer: It's ").g(card(rng), "CREDIT_CARD").t(", charged ").n("$%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)), "price")
    b.t(" twice under Invoice no. ").n("%d-%s" % (rng.randint(2022, 2026), digits(rng, 6)), "invoice_number").t(".\n")
    b.t("[").n(_time(rng), "time").t("] ").g(ag["name"], "PERSON").t(": I see it. Refund request ID ").n("%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 4)), "request_id")
    b.t(" is open; confirmation goes to ").g(_email(rng, cu), "EMAIL").t(" within 3-5 business days.\n")
    b.t("[").n(_time(rng), "time").t("] Customer: Great, thanks ").g(ag["first"], "PERSON").t("!")


def sc_dsar(rng, b, M):
    m = M.pick(rng, rng.choice(["en", "de", "fr", "nl", "es"]))
    b.t("Subject: Data subject access request - ").g(m["name"], "PERSON").t("\n\nTo the Data Protection Officer (")
    b.g(rng.choice(["dpo", "privacy"]) + "@" + rng.choice(FIRMDOM), "EMAIL").t("),\n\nunder Article 15 GDPR I ask for a copy of all data you hold about me. ")
    b.t("My account is registered under ").g(_email(rng, m), "EMAIL").t(" and the mobile number ").g(phone(rng), "PHONE").t("; my profile is ")
    b.g(profile_url(rng, m), "URL").t(".\nPlease also confirm whether my IBAN ").g(iban(rng), "IBAN").t(" is still stored after my contract ended on ")
    b.n(_date(rng), "date").t(". Your acknowledgement quoted DSAR reference ").n("%d-%s-%s" % (rng.randint(2022, 2026), digits(rng, 2), digits(rng, 6)), "request_id")
    b.t(".\n\nKind regards,\n").g(m["name"], "PERSON")


def sc_payroll(rng, b, M):
    m, h = M.pick(rng, "en"), M.pick(rng, "en")
    b.t("Welcome aboard, ").g(m["name"], "PERSON").t("! Payroll needs your IBAN and, for US staff, your SSN by ").n(_date(rng), "date")
    b.t(". Please use the form, not this channel: ").g("@" + h["handle"], "HANDLE").t(" already pasted ")
    b.g(ssn(rng), "US_SSN").t(" here and the intake form rejected ").n(ssn(rng, False), "ssn_invalid").t(" as invalid. ")
    b.t("Test IBAN from the handbook ").n(iban(rng, False), "iban_bad_check").t(" fails the check on purpose. First payslip: ")
    b.n("€%d.%03d,%02d" % (rng.randint(2, 7), rng.randint(0, 999), rng.randint(0, 99)), "price").t(" gross, Employee ID ")
    b.n("%s %s" % (digits(rng, 4), digits(rng, 4)), "employee_id").t(".")


def sc_mod(rng, b, M):
    r1, v1, v2 = M.pick(rng, "en"), M.pick(rng, rng.choice(LANGS)), M.pick(rng, "en")
    b.t("Mod log ").n(_date(rng), "date").t(" ").n(_time(rng), "time").t(": removed 3 posts by a spam account impersonating ")
    b.n(rng.choice(FIRM_NAMES), "company").t(", linking a fake job form (").n(rng.choice(NEG_URLS[5][1]), "url_form").t("). Reporter: ")
    b.g("@" + r1["handle"], "HANDLE").t(". Members contacted: ").g(v1["name"], "PERSON").t(", ").g(v2["name"], "PERSON")
    b.t(". Source IP ").g(ipv4_global(rng), "IPV4").t("; the ").n(ipv4_neg(rng)[0] if False else "192.168.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)), "ipv4_private")
    b.t(" in the screenshot is the reporter's router. Escalated as Case ID ").n("%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)), "case_id").t(".")


def sc_login(rng, b, M):
    b.t("New sign-in to your account\nDevice: Chrome ").n("%d.0.%d.%d" % (rng.randint(100, 131), rng.randint(4000, 6800), rng.randint(10, 200)), "version_ip")
    b.t(" on Windows\nIP: ")
    if rng.random() < 0.6:
        b.g(ipv4_global(rng), "IPV4")
    else:
        b.g(ipv6_global(rng), "IPV6")
    b.t("\nTime: ").n(_date(rng), "date").t(" ").n(_time(rng), "time").t(" UTC\nNot you? Secure your account at ")
    b.n("https://askfirst.example/settings/security", "example_domain").t(". Verification code: ").n(digits(rng, 6), "otp_code")


def sc_parcel(rng, b, M):
    m = M.pick(rng, "en")
    b.n("@" + rng.choice(BRANDS), "non_member_handle").t(" my parcel (tracking number ").n(" ".join(digits(rng, 4) for _ in range(5)) + " " + digits(rng, 2), "tracking_number")
    b.t(") never arrived and your bot keeps closing the chat. Order #").n("%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)), "order_number")
    b.t(", paid ").n("£%d.%02d" % (rng.randint(10, 500), rng.randint(0, 99)), "price").t(". Call me on ").g(phone(rng, rng.choice(["UK", "US", "AU"])), "PHONE")
    b.t(", not the number on the order. ")
    pre, w, post = rng.choice(WORD_SENT)
    b.t(pre).n(w, "word_name").t(post)
    b.t("— ").g(m["name"], "PERSON")


def sc_de(rng, b, M):
    m = M.pick(rng, "de")
    b.t("Achtung! Gerade kam eine SMS angeblich vom askfirst-Support: Konto gesperrt, bitte unter ")
    b.g(phone(rng, "DE"), "PHONE").t(" zurückrufen und den Code ").n("%s %s" % (digits(rng, 3), digits(rng, 3)), "otp_code")
    b.t(" durchgeben. Echte Tickets haben Nummern wie Ticket #").n("%d-%06d" % (rng.randint(2022, 2026), rng.randint(0, 999999)), "ticket_number")
    b.t(" und kommen nie per SMS. Bitte meldet sowas an ").g("@" + m["handle"], "HANDLE").t(" oder ").g(_email(rng, m), "EMAIL").t(". Danke, ").g(m["first"], "PERSON").t("!")


def sc_fr(rng, b, M):
    m = M.pick(rng, "fr")
    b.t("Bonjour ").g(m["first"], "PERSON").t(",\nsuite à votre demande (dossier n° ").n("%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)), "case_id")
    b.t("), nous avons bien supprimé le numéro ").g(phone(rng, "FR"), "PHONE").t(" de votre profil ").g(profile_url(rng, m), "URL")
    b.t(". Le remboursement de ").n("%d,%02d €" % (rng.randint(5, 300), rng.randint(0, 99)), "price").t(" sera versé sur l'IBAN ").g(iban(rng, country="FR"), "IBAN")
    b.t(" le ").n("%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)), "date").t(".\nCordialement, le service client")


SCENARIOS = [("scam_warning", "en", sc_scam), ("account_recovery", "en", sc_recovery), ("support_thread", "en", sc_thread),
             ("privacy_request", "en", sc_dsar), ("payroll_onboarding", "en", sc_payroll), ("moderation_note", "en", sc_mod),
             ("login_alert", "en", sc_login), ("customer_chat", "en", sc_parcel), ("scam_warning", "de", sc_de),
             ("customer_chat", "fr", sc_fr)]


def make_record(rng, M, i, seed):
    r = rng.random()
    if r < 0.07:
        kind = "admin_export_csv"
    elif r < 0.11:
        kind = "admin_export_tsv"
    elif r < 0.19:
        kind = "code_switched"
    else:
        kind = rng.choice(sorted(GENRES))
    lang = "en" if rng.random() < 0.3 else rng.choice(LANGS)
    b = B()
    long_rec = rng.random() < 0.3
    if kind not in ("admin_export_csv", "admin_export_tsv", "code_switched") and rng.random() < 0.22:
        kind, lang, fn = rng.choice(SCENARIOS)
        fn(rng, b, M)
    elif kind.startswith("admin_export"):
        export(rng, b, lang, M, kind.endswith("tsv"))
    elif kind == "code_switched":
        other = rng.choice([l for l in LANGS if l != "en"])
        langs = ["en", other]
        lang = "mix-en-" + other
        if rng.random() < 0.5:
            s_greet(rng, b, rng.choice(langs), M)
        for j in range(rng.randint(2, 9)):
            ll = langs[j % 2]
            k2 = rng.choice(sorted(GENRES))
            key, lst = GENRES[k2]
            if j < 2:
                core(rng, b, ll, key)
            f = wpick(rng, lst)
            if f is n_names and ll != "en":
                f = n_ids
            f(rng, b, ll, M)
    else:
        if rng.random() < 0.45:
            if lang == "en" and rng.random() < 0.35:
                s_word_first(rng, b, lang, M)
            else:
                s_greet(rng, b, lang, M)
        body(rng, b, lang, M, kind, rng.randint(5, 14) if long_rec else rng.randint(1, 3))
        if rng.random() < 0.3:
            if lang == "en" and rng.random() < 0.3:
                s_word_first(rng, b, lang, M)
            else:
                m = M.pick(rng, lang)
                b.t("\n— ").g(m["name"], "PERSON")
    text = b.text().rstrip(" ")
    # trailing strip can only drop plain text; clamp nothing else
    return {"id": "b27-%d-%05d" % (seed, i), "lang": lang, "kind": kind, "text": text,
            "spans": b.spans, "negatives": b.negs}

# ---------------------------------------------------------------- self-check

def selfcheck(recs, M):
    names = M.names_folded
    firsts = M.firsts_folded
    handles = M.handles
    for r in recs:
        t = r["text"]
        spans = sorted((s["start"], s["end"], s["type"]) for s in r["spans"])
        allsp = spans + sorted((s["start"], s["end"], "neg:" + s["category"]) for s in r["negatives"])
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            assert c[0] >= a[1], (r["id"], a, c)
        for s, e, ty in allsp:
            assert 0 <= s < e <= len(t), (r["id"], s, e)
            v = t[s:e]
            assert v == v.strip(), (r["id"], repr(v))
            if ty == "CREDIT_CARD":
                assert luhn_ok(v), v
            elif ty == "neg:luhn_invalid":
                assert not luhn_ok(v), v
            elif ty == "IBAN":
                c2 = v.replace(" ", "")
                assert iban_mod(c2) == 1 and len(c2) == IBAN_SPEC[c2[:2]][0], v
            elif ty == "neg:iban_bad_check":
                assert iban_mod(v) != 1, v
            elif ty == "US_SSN":
                assert ssn_ok(v), v
            elif ty == "neg:ssn_invalid":
                assert not ssn_ok(v), v
            elif ty == "IPV4":
                assert ipaddress.IPv4Address(v).is_global, v
            elif ty == "IPV6":
                assert ipaddress.IPv6Address(v).is_global, v
            elif ty.startswith("neg:ipv4_"):
                assert not ipaddress.IPv4Address(v).is_global, v
            elif ty == "neg:ipv6_nonglobal":
                assert not ipaddress.IPv6Address(v).is_global, v
            elif ty == "PERSON":
                fv = fold(v)
                assert fv in names or fv in firsts, (r["id"], v)
                if fv not in names:
                    before = t[max(0, s - 16):s]
                    assert any(w.lower() in before.lower() for w in [ph(l, "hi") for l in P] + [ph(l, "thanks") for l in P] + ["Hey", "Dear", "Thank you", "Many thanks"]), (r["id"], before, v)
            elif ty == "HANDLE":
                assert v[0] == "@" and v[1:] in handles, v
            elif ty == "EMAIL":
                assert not any(d in v for d in ("example.", ".example", ".test", ".invalid")), v
                if s > 0:
                    assert not (t[s - 1].isascii() and t[s - 1].isalnum()), (r["id"], t[s - 5:e])
                if e < len(t):
                    assert not (t[e].isascii() and t[e].isalnum()), (r["id"], t[s:e + 5])
            elif ty == "URL":
                assert "askfirst.example/u/" in v or ".example" not in v, v
                assert v[-1] not in ".)", v
            elif ty == "PHONE":
                assert sum(ch.isdigit() for ch in v) >= 9, v
            elif ty == "neg:non_member_handle":
                assert v[1:].lower() not in handles, v
        # every e-mail/link must not touch Latin letters
    return True


def main():
    ap = argparse.ArgumentParser(description="support/safety/admin PII corpus (blind27)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    rng = random.Random(a.seed)
    M = Members(rng, a.members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in M.rows:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]}, ensure_ascii=False) + "\n")
    recs = [make_record(rng, M, i, a.seed) for i in range(a.records)]
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.selfcheck:
        selfcheck(recs, M)
        types, cats, langs, kinds = {}, {}, {}, {}
        for r in recs:
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
            for s in r["negatives"]:
                cats[s["category"]] = cats.get(s["category"], 0) + 1
            langs[r["lang"][:3]] = langs.get(r["lang"][:3], 0) + 1
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        print("selfcheck ok: %d records, %d members, %.1fs" % (len(recs), len(M.rows), time.time() - t0))
        print("types:", json.dumps(dict(sorted(types.items()))))
        print("negatives:", json.dumps(dict(sorted(cats.items()))))
        print("langs:", json.dumps(dict(sorted(langs.items()))))
        print("kinds:", json.dumps(dict(sorted(kinds.items()))))


if __name__ == "__main__":
    main()
