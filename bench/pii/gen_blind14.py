#!/usr/bin/env python3
"""gen_blind14.py - an independent, labelled PII test corpus for askfirst's redactor.

Written BLIND on 2026-11-29 from two sources only: the product's definition of personal data in
issue 3 (`issues show 3`: its type table, the "not this" column and the targets) and
bench/pii/score.py (for the GOLD record format).  No engine code, tests, docs or other corpus
generators were read, and the corpus was not scored against the engine by its author.

  gen_blind14.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"}), DIR/corpus.jsonl
(records {"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets
in Unicode code points, end-exclusive) and DIR/gold_as_pred.jsonl (the gold spans under "pii",
for a sanity run of score.py --check).  Python 3 standard library only; output depends only on
the seed (random.Random, no set/dict-order or hash dependence).

What it covers
  Genres (voices deliberately away from the usual "hiring post"): freelancer gigs, customer
  support threads on a company page, university alumni groups, trade-fair exhibitor lists,
  podcast guest announcements, open letters, crowdfunding updates, job referrals, lost and
  found, team offsites, plus IT-ops / billing side remarks where IPs, cards, IBANs and SSNs occur.
  Languages / scripts (26): English, German, French, Spanish, Italian, Portuguese (BR), Dutch,
  Polish, Turkish, Russian (Cyrillic), Greek, Arabic, Hebrew, Hindi (Devanagari), Bengali,
  Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian, Swahili, Yoruba (with tone marks),
  Amharic (Ge'ez), Swedish, Ukrainian.  PII is glued to CJK / Thai text where natural; a
  following Latin word is always separated by a space or punctuation.
  Types: all ten of issue 3 (EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON).
  Hard-negative categories (see NEG_CATEGORIES): dates, times, prices, order and ticket numbers,
  ISBNs, versions, patent numbers (PHONE's "not this"); private, loopback, link-local,
  documentation and reserved IPv4, dotted four-part version strings in a version context
  (IPV4); non-global IPv6 (link-local, loopback, ULA, documentation); Luhn-invalid card-like
  runs; IBANs with bad check digits; SSNs with area 000/666/9xx, group 00 or serial 0000;
  non-profile URLs (company pages, careers, docs, papers, event tickets, forms); @-tokens that
  are not member handles (@here, @Override, @media, npm scopes...); firm names, place names
  and eponyms built from names that are also member names (Morgan Stanley, Charlotte, NC,
  Dijkstra's algorithm, Max Planck Institute); member first names used as ordinary words
  (Will, Grace, Rose, Mark...).

Labelling choices (where the table is ambiguous, what a careful privacy engineer would expect)
  EMAIL   the address only: `mailto:`, `<` `>` and trailing punctuation outside.  Obfuscated
          forms (`x [at] gmail [dot] com`, `x(at)gmail.com`, `x (at) y (dot) com`) are labelled
          over the whole obfuscated string.  Only real-looking public domains (webmail
          providers, invented company domains on real TLDs); no .example/.test/example.com.
  PHONE   the whole number including a leading `+`, a `(0)`, and area-code parentheses
          `(02) 9876 5432`; surrounding prose and "Tel.:" outside.
  IPV4    dotted quad only; `:port` and `/cidr` outside.  Positives satisfy ipaddress.is_global
          and are not multicast.  Shared 100.64/10, 0/8, 240/4 are labelled ipv4_reserved.
  IPV6    the address only, `[` `]:port` outside; positives are is_global in 2400::/12,
          2600::/12, 2a00::/12, 2800::/12, 2c0f::/16.
  URL     only profile links carrying a handle (linkedin.com/in/, github.com/<user>, x.com,
          twitter.com, medium.com/@, bsky.app/profile/, <user>.substack.com, calendly.com/<user>),
          with or without scheme / www; a trailing `.`, `)` or `,` outside.  The platform's
          own profile path is not covered (its domain is not named in issue 3).
  HANDLE  `@handle` of a directory member, span INCLUDING the `@` (the table writes the type as
          "`@handle`").  A URL containing a handle is labelled URL only (no nested span).
  PERSON  directory names as written in the directory, lower/upper-cased or with diacritics
          stripped (Latin scripts only); CJK / Korean names written without a space; a first
          name alone only in a greeting or thanks; the possessive `'s` outside (`Anja Weber's`
          -> `Anja Weber`, `Thanks for Anja's notes` -> `Anja`); `@Anja Weber` style mentions
          label the name, the `@` outside.  Names of people who are not members never appear.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# --------------------------------------------------------------------------- names

# (native, romanised) pairs; Latin-script pools romanise by stripping diacritics.
CULTURES = {
    "de": (["Anja", "Jürgen", "Lena", "Matthias", "Sören", "Käthe", "Lukas", "Greta", "Friedrich",
            "Jana", "Björn", "Ute"],
           ["Weber", "Müller", "Schäfer", "Hoffmann", "Köhler", "Brandt", "Krüger", "Wolf",
            "Vogel", "Becker", "Lindqvist", "Dijkstra"]),
    "en": (["Will", "Grace", "Rose", "Hope", "Mark", "Joy", "Summer", "Amber", "Charlotte",
            "Florence", "Victoria", "Austin", "Jackson", "Madison", "Sydney", "Jordan", "Eugene",
            "Lincoln", "Bill", "Dawn", "Faith", "Ruby", "Iris", "Cliff", "Morgan", "Max"],
           ["Baker", "Carter", "Fox", "Young", "King", "Brooks", "Hill", "Price", "Stone", "Walsh",
            "Turner", "Hughes", "Bell", "Stanley", "Murphy", "Newton", "Nash"]),
    "fr": (["Camille", "Benoît", "Léa", "Hélène", "François", "Maëlle", "Jérôme", "Chloé", "Noël",
            "Amélie"],
           ["Dubois", "Lefèvre", "Mercier", "Girard", "Rousseau", "Faure", "Bérenger", "Moreau",
            "Leclerc", "Fourier"]),
    "es": (["José", "María", "Lucía", "Íñigo", "Begoña", "Álvaro", "Nuria", "Raúl", "Sofía",
            "Martín"],
           ["García", "Fernández", "Muñoz", "Ibáñez", "Jiménez", "Ortega", "Peña", "Suárez",
            "Delgado", "Navarro"]),
    "it": (["Giulia", "Lorenzo", "Chiara", "Niccolò", "Francesca", "Matteo", "Ilaria", "Davide"],
           ["Rossi", "Bianchi", "Esposito", "Ricci", "Mancini", "Colombo", "Greco", "De Luca"]),
    "pt": (["João", "Ana", "Luís", "Thiago", "Beatriz", "Gonçalo", "Letícia", "Vitória"],
           ["Silva", "Santos", "Oliveira", "Gonçalves", "Araújo", "Conceição", "Ribeiro",
            "Carvalho"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Lieke", "Sjoerd", "Maarten", "Roos"],
           ["de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "van den Berg", "Smit",
            "Dijkstra"]),
    "pl": (["Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Wojciech", "Zofia"],
           ["Kowalski", "Wiśniewska", "Wójcik", "Nowak", "Lewandowska", "Zieliński"]),
    "sv": (["Åsa", "Linnéa", "Pär", "Stina", "Göran", "Maja"],
           ["Lindqvist", "Åberg", "Sjöberg", "Nyström", "Ekström", "Holm"]),
    "tr": (["Ayşe", "Mehmet", "Çağla", "Emre", "Gülşen", "Oğuz", "Şule", "Barış"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"]),
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Ольга", "olga"), ("Сергей", "sergey"),
            ("Екатерина", "ekaterina"), ("Игорь", "igor"), ("Тарас", "taras"), ("Оксана", "oksana")],
           [("Ковальчук", "kovalchuk"), ("Шевченко", "shevchenko"), ("Бондаренко", "bondarenko"),
            ("Ким", "kim"), ("Мельник", "melnik"), ("Лысенко", "lysenko"), ("Соколов", "sokolov")]),
    "el": ([("Νίκος", "nikos"), ("Ελένη", "eleni"), ("Γιώργος", "giorgos"), ("Μαρία", "maria"),
            ("Κώστας", "kostas"), ("Δήμητρα", "dimitra")],
           [("Παπαδόπουλος", "papadopoulos"), ("Γεωργίου", "georgiou"), ("Οικονόμου", "oikonomou"),
            ("Αντωνίου", "antoniou"), ("Νικολάου", "nikolaou")]),
    "ar": ([("أحمد", "ahmed"), ("فاطمة", "fatima"), ("ليلى", "layla"), ("عمر", "omar"),
            ("يوسف", "youssef"), ("نور", "nour")],
           [("الحسن", "alhassan"), ("حداد", "haddad"), ("منصور", "mansour"), ("خليل", "khalil"),
            ("سعيد", "saeed"), ("العلي", "alali")]),
    "he": ([("נועה", "noa"), ("איתי", "itai"), ("מיכל", "michal"), ("יונתן", "yonatan"),
            ("תמר", "tamar"), ("אורי", "uri")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"),
            ("ביטון", "biton"), ("אברהם", "avraham")]),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनन्या", "ananya"), ("विक्रम", "vikram"),
            ("स्नेहा", "sneha"), ("अर्जुन", "arjun")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("पटेल", "patel"),
            ("अय्यर", "iyer"), ("मेहता", "mehta")]),
    "bn": ([("সুমি", "sumi"), ("তানভীর", "tanvir"), ("রাহেলা", "rahela"), ("অনিক", "anik"),
            ("নুসরাত", "nusrat"), ("সৌমিত্র", "soumitra")],
           [("চৌধুরী", "chowdhury"), ("রহমান", "rahman"), ("হোসেন", "hossain"),
            ("বন্দ্যোপাধ্যায়", "banerjee"), ("দাস", "das"), ("ইসলাম", "islam")]),
    "zh": ([("芳", "fang"), ("伟", "wei"), ("静怡", "jingyi"), ("子涵", "zihan"), ("建国", "jianguo"),
            ("晓明", "xiaoming"), ("雨桐", "yutong"), ("俊杰", "junjie")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("欧阳", "ouyang"), ("林", "lin"), ("黄", "huang")]),
    "ja": ([("陽菜", "hina"), ("健太", "kenta"), ("美咲", "misaki"), ("翔太", "shota"), ("結衣", "yui"),
            ("大輔", "daisuke")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("渡辺", "watanabe"), ("山本", "yamamoto")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
            ("도윤", "doyun"), ("수빈", "subin")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
            ("강", "kang")]),
    "th": ([("สมชาย", "somchai"), ("สุภาพร", "supaporn"), ("ณัฐพล", "nattapon"),
            ("กนกวรรณ", "kanokwan"), ("ปิยะ", "piya"), ("อรุณี", "arunee")],
           [("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"), ("บุญมา", "boonma"),
            ("แสงทอง", "saengthong"), ("พิทักษ์", "pitak")]),
    "vi": (["Văn An", "Thị Hoa", "Minh Châu", "Quốc Bảo", "Thu Hà", "Đức Anh", "Ngọc Lan"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"]),
    "id": (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Wahyu"],
           ["Santoso", "Wijaya", "Hidayat", "Lestari", "Kusuma", "Saputra", "Pratama"]),
    "sw": (["Amani", "Baraka", "Neema", "Juma", "Zawadi", "Imani", "Rehema"],
           ["Mwangi", "Otieno", "Wanjiru", "Kamau", "Njoroge", "Achieng", "Mushi"]),
    "yo": (["Adébáyọ̀", "Olúwaseun", "Fọláké", "Tèmítọ́pẹ́", "Bọ́lá", "Adéwálé"],
           ["Ọládipọ̀", "Adébísí", "Ògúnlànà", "Àjàyí", "Akínwùmí", "Ṣódípọ̀"]),
    "am": ([("ሄኖክ", "henok"), ("ሰላም", "selam"), ("ዮናስ", "yonas"), ("ሜሮን", "meron"), ("ብሩክ", "biruk"),
            ("ትዕግስት", "tigist")],
           [("ተስፋዬ", "tesfaye"), ("አለሙ", "alemu"), ("በቀለ", "bekele"), ("ታደሰ", "tadesse"),
            ("ግርማ", "girma")]),
}
CULTURES["uk"] = ([("Тарас", "taras"), ("Оксана", "oksana"), ("Богдан", "bohdan"),
                   ("Ірина", "iryna"), ("Олексій", "oleksii")],
                  [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Ткаченко", "tkachenko"),
                   ("Кравчук", "kravchuk"), ("Мельник", "melnyk")])
NOSPACE = {"zh", "ja", "ko"}          # family+given, no space
FAMILY_FIRST = {"zh", "ja", "ko", "vi"}
LATIN = {"de", "en", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "vi", "id", "sw", "yo"}
CULTURE_NAMES = sorted(CULTURES)

# Members whose full names are also firms, brands or eponymous institutions (hard negatives).
SPECIAL_MEMBERS = ["Morgan Stanley", "Charles Schwab", "Calvin Klein", "Hugo Boss",
                   "Ralph Lauren", "Tommy Hilfiger", "Walt Disney", "Louis Vuitton", "Max Planck",
                   "Alan Turing", "Ada Lovelace", "Grace Hopper", "Marie Curie", "Wells Fargo"]


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def romanise(x):
    if isinstance(x, tuple):
        return x[0], x[1]
    return x, re.sub(r"[^a-z]", "", fold(x).lower())


def make_members(n, rng):
    members = []
    handles = {}

    def add(name, given, family, cult, rgiven, rfamily):
        base = rng.choice([rgiven + rfamily, rgiven + "." + rfamily, rgiven[0] + rfamily,
                           rgiven + "_" + rfamily, rfamily + rgiven, rgiven + rfamily[:3]])
        base = base.replace(".", rng.choice(["", "_", "."])).strip("._")[:24] or "member"
        h = base
        k = handles.get(base, 0)
        if k:
            h = "%s%d" % (base, k + rng.randint(0, 90))
            while h in handles:
                k += 1
                h = "%s%d" % (base, k + 100)
        handles[base] = handles.get(base, 0) + 1
        handles[h] = handles.get(h, 0) + 1
        members.append({"user": "u%d" % (len(members) + 1), "name": name, "handle": h,
                        "given": given, "family": family, "culture": cult,
                        "rgiven": rgiven, "rfamily": rfamily})

    for s in SPECIAL_MEMBERS:
        g, f = s.split(" ")
        add(s, g, f, "en", g.lower(), f.lower())
    while len(members) < n:
        cult = rng.choice(CULTURE_NAMES)
        gp, fp = CULTURES[cult]
        g, rg = romanise(rng.choice(gp))
        f, rf = romanise(rng.choice(fp))
        if cult in NOSPACE:
            name = f + g
        elif cult in FAMILY_FIRST:
            name = f + " " + g
        else:
            name = g + " " + f
        add(name, g, f, cult, rg, rf)
    return members


# --------------------------------------------------------------------------- validators

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
    d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card_brand(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


IBAN_SPEC = {  # country: BBAN pattern (a = letter, n = digit, c = alnum)
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "GB": "4a14n",
    "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "PT": "21n", "TR": "5n1n16c",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "IE": "4a14n", "GR": "7n16c",
    "SA": "2n18c", "AE": "3n16n", "IL": "3n3n13n", "BR": "23n1a1c",
}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "TR": 26, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
            "IE": 22, "GR": 27, "SA": 24, "AE": 23, "IL": 23, "BR": 29}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s.isalnum() and s.isupper() or
            s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:].isdigit()) and \
        iban_mod(s) == 1


def make_iban(rng, cc=None, bad=False):
    cc = cc or rng.choice(sorted(IBAN_SPEC))
    bban = ""
    for n, k in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            if k == "n" or (k == "c" and rng.random() < 0.8):
                bban += str(rng.randint(0, 9))
            else:
                bban += chr(65 + rng.randint(0, 25))
    chk = 98 - iban_mod(cc + "00" + bban)
    if bad:
        chk = (chk + rng.randint(1, 96)) % 97 or 97
        if chk < 2:
            chk += 2
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc]
    return s


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, r = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g != 0 and r != 0


def ip4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and not a.is_reserved


def ip6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DOC_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(example|test|invalid|localhost))$")


def email_norm(s):
    s = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", s)
    s = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", s)
    return s


def email_ok(s):
    e = email_norm(s)
    return bool(EMAIL_RE.fullmatch(e)) and not DOC_DOMAIN.search(e.split("@")[1].lower()) \
        and ".." not in e and not e.split("@")[0].startswith(".")


PROFILE_RE = re.compile(
    r"(https?://)?(www\.)?(linkedin\.com/in/[\w-]+/?|github\.com/[\w-]+|x\.com/\w+|twitter\.com/\w+|"
    r"medium\.com/@[\w.-]+|bsky\.app/profile/[\w.-]+|[\w-]+\.substack\.com/?|calendly\.com/[\w-]+(/[\w-]+)?)")


# --------------------------------------------------------------------------- record builder

class Rec:
    def __init__(self):
        self.buf, self.n, self.spans, self.negs = [], 0, [], []

    def add(self, txt, typ=None, neg=None):
        if not txt:
            return
        if typ:
            self.spans.append({"start": self.n, "end": self.n + len(txt), "type": typ})
        if neg:
            self.negs.append({"start": self.n, "end": self.n + len(txt), "category": neg})
        self.buf.append(txt)
        self.n += len(txt)

    def text(self):
        return "".join(self.buf)


class Gen:
    def __init__(self, rng, members):
        self.rng = rng
        self.members = members
        self.by_cult = {}
        for m in members[len(SPECIAL_MEMBERS):]:
            self.by_cult.setdefault(m["culture"], []).append(m)
        self.lang = "en"

    # ---- member choice
    def member(self):
        r = self.rng
        c = self.lang if self.lang in self.by_cult and r.random() < 0.6 else r.choice(CULTURE_NAMES)
        return r.choice(self.by_cult[c])

    def person_form(self, m):
        r = self.rng
        name = m["name"]
        if m["culture"] in LATIN:
            x = r.random()
            if x < 0.1:
                return name.lower()
            if x < 0.15:
                return name.upper()
            if x < 0.3 and fold(name) != name:
                return fold(name)
        return name

    # ---- PII slots
    def s_name(self, rec):
        rec.add(self.person_form(self.member()), "PERSON")

    def s_first(self, rec):
        m = self.member()
        if m["culture"] in NOSPACE:
            rec.add(m["name"], "PERSON")
        elif m["culture"] == "vi":
            rec.add(m["given"].split()[-1], "PERSON")
        else:
            rec.add(m["given"] if self.rng.random() < 0.85 or m["culture"] not in LATIN
                    else fold(m["given"]), "PERSON")

    def s_poss(self, rec):
        m = self.member()
        if self.rng.random() < 0.3 and m["culture"] in LATIN:
            rec.add(m["given"], "PERSON")
        else:
            rec.add(self.person_form(m), "PERSON")
        rec.add(self.rng.choice(["'s", "’s"]))

    def s_atname(self, rec):
        rec.add("@")
        rec.add(self.member()["name"], "PERSON")

    def s_handle(self, rec):
        rec.add("@" + self.member()["handle"], "HANDLE")

    def local_part(self, m):
        g, f = m["rgiven"], m["rfamily"]
        r = self.rng
        return r.choice([g + "." + f, g[0] + f, g + f, f + "." + g, g, g + "_" + f,
                         g + "." + f + str(r.randint(1, 99)), f + g[0]])

    WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.jp", "web.de", "gmx.de",
               "orange.fr", "libero.it", "qq.com", "163.com", "naver.com", "mail.ru", "yandex.ru",
               "proton.me", "icloud.com", "uol.com.br", "seznam.cz", "wp.pl", "t-online.de",
               "free.fr", "rediffmail.com", "yahoo.com", "daum.net"]
    FIRMS = ["kestrel-analytics.io", "nordlicht-gmbh.de", "tanaka-shoji.co.jp", "brightforge.com",
             "lumenfield.co", "velaro.com.br", "saffron-labs.in", "tidewater.com.au",
             "hollandtrade.nl", "osteria-rossi.it", "atlasfreight.ng", "mekong-digital.vn",
             "kartal-yazilim.com.tr", "polarbyte.se", "zuri-tech.co.ke", "uni-heidelberg.de",
             "alumni.ucl.ac.uk", "cs.stanford.edu", "bilkent.edu.tr", "seoulstartup.kr"]
    ROLES = ["jobs", "careers", "support", "hello", "press", "hr", "info", "booking", "alumni",
             "fundraising", "expo", "podcast", "lostandfound", "billing"]

    def email_str(self):
        r = self.rng
        m = self.member()
        if r.random() < 0.2:
            local, dom = r.choice(self.ROLES), r.choice(self.FIRMS)
        else:
            local = self.local_part(m)
            dom = r.choice(self.WEBMAIL + self.FIRMS)
        if r.random() < 0.08:
            local = local.capitalize()
        x = r.random()
        if x < 0.07:
            d1, d2 = dom.split(".", 1)
            return "%s [at] %s [dot] %s" % (local, d1, d2.replace(".", " [dot] "))
        if x < 0.12:
            return "%s(at)%s" % (local, dom)
        if x < 0.15:
            d1, d2 = dom.split(".", 1)
            return "%s (at) %s (dot) %s" % (local, d1, d2.replace(".", " (dot) "))
        return local + "@" + dom

    def s_email(self, rec):
        r = self.rng
        e = self.email_str()
        x = r.random()
        if x < 0.1:
            rec.add("mailto:")
            rec.add(e, "EMAIL")
        elif x < 0.2:
            rec.add("<")
            rec.add(e, "EMAIL")
            rec.add(">")
        else:
            rec.add(e, "EMAIL")

    def phone_str(self):
        r = self.rng
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        nz = lambda: str(r.randint(2, 9))
        c = r.choice(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL",
                      "NG", "E164"])
        if c in ("US", "CA"):
            area = (nz() + str(r.randint(0, 8)) + d(1)) if c == "US" else r.choice(
                ["416", "604", "514", "403", "613", "902", "780"])
            ex = nz() + d(2)
            while ex == "555" or ex[1:] == "11":
                ex = nz() + d(2)
            ln = d(4)
            f = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                          "+1 (%s) %s-%s", "1-%s-%s-%s"])
            return f % (area, ex, ln)
        if c == "UK":
            return r.choice([
                "020 %s %s" % ("3" + d(3), d(4)), "+44 20 %s %s" % ("8" + d(3), d(4)),
                "+44 (0)20 %s %s" % ("3" + d(3), d(4)), "07%s %s" % (r.choice("123457889") + d(2), d(6)),
                "+44 7%s %s" % (r.choice("1234589") + d(2), d(6)), "0161 %s %s" % (nz() + d(2), d(4)),
                "+44 131 %s %s" % (nz() + d(2), d(4))])
        if c == "DE":
            return r.choice([
                "030 %s" % (nz() + d(7)), "+49 30 %s" % (nz() + d(7)),
                "+49 (0)30 %s %s" % (nz() + d(3), d(4)), "015%s %s" % (r.choice("12579") + d(1), d(8)),
                "+49 17%s %s %s" % (d(1), d(4), d(4)), "089/%s" % (nz() + d(6)),
                "0221-%s" % (nz() + d(6)), "+49 40/%s %s" % (nz() + d(3), d(4))])
        if c == "FR":
            p = lambda: " ".join(d(2) for _ in range(4))
            return r.choice(["0%s %s" % (r.choice("1234567"), p()),
                             "+33 %s %s" % (r.choice("67"), p()),
                             "+33 (0)1 %s" % p(),
                             "0%s.%s" % (r.choice("167"), p().replace(" ", "."))])
        if c == "IN":
            m = r.choice("6789") + d(4)
            return r.choice(["+91 %s %s" % (m, d(5)), "0%s %s" % (m, d(5)),
                             "+91-22-%s-%s" % (nz() + d(3), d(4)), "+91 %s%s" % (m, d(5))])
        if c == "BR":
            return r.choice(["+55 11 9%s-%s" % (d(4), d(4)), "(11) 9%s-%s" % (d(4), d(4)),
                             "+55 (21) %s-%s" % (nz() + d(3), d(4)), "(31) 9%s %s" % (d(4), d(4))])
        if c == "JP":
            return r.choice(["03-%s-%s" % (d(4), d(4)), "0%s0-%s-%s" % (r.choice("789"), d(4), d(4)),
                             "+81 90-%s-%s" % (d(4), d(4)), "+81 3 %s %s" % (d(4), d(4)),
                             "06-%s-%s" % (d(4), d(4))])
        if c == "AU":
            return r.choice(["+61 4%s %s %s" % (d(2), d(3), d(3)), "04%s %s %s" % (d(2), d(3), d(3)),
                             "(02) %s %s" % (nz() + d(3), d(4)), "+61 2 %s %s" % (nz() + d(3), d(4)),
                             "(03) %s %s" % ("9" + d(3), d(4))])
        if c == "CN":
            m = "1" + r.choice(["38", "39", "58", "86", "37", "50"])
            return r.choice(["+86 %s %s %s" % (m, d(4), d(4)), "%s-%s-%s" % (m, d(4), d(4)),
                             "%s%s%s" % (m, d(4), d(4)), "010-%s" % (nz() + d(7)),
                             "+86 21 %s %s" % (nz() + d(3), d(4))])
        if c == "ES":
            return r.choice(["+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)),
                             "6%s %s %s" % (d(2), d(3), d(3)), "91 %s %s %s" % (d(3), d(2), d(2)),
                             "+34 93 %s %s %s" % (d(3), d(2), d(2))])
        if c == "IT":
            return r.choice(["+39 3%s %s %s" % (d(2), d(3), d(4)), "3%s %s %s" % (d(2), d(3), d(4)),
                             "02 %s %s" % (d(4), d(4)), "+39 06 %s %s" % (d(4), d(4))])
        if c == "NL":
            return r.choice(["+31 6 %s" % d(8), "06-%s" % d(8), "020-%s %s" % (nz() + d(2), d(4)),
                             "+31 (0)20 %s %s" % (nz() + d(2), d(4)), "010 %s %s" % (nz() + d(2), d(4))])
        if c == "NG":
            m = r.choice(["803", "806", "813", "703", "705", "802", "809", "901"])
            return r.choice(["+234 %s %s %s" % (m, d(3), d(4)), "0%s %s %s" % (m, d(3), d(4)),
                             "+234 (0)%s %s %s" % (m, d(3), d(4)), "0%s-%s-%s" % (m, d(3), d(4))])
        cc = r.choice(["+49", "+44", "+33", "+1", "+91", "+55", "+81", "+61", "+86", "+34",
                       "+39", "+31", "+234", "+27", "+971", "+65"])
        if cc == "+1":
            return cc + nz() + str(r.randint(0, 8)) + d(1) + nz() + d(6)
        return cc + r.choice("6789") + d(r.randint(8, 9) if len(cc) < 4 else 8)

    def s_phone(self, rec):
        p = self.phone_str()
        if self.rng.random() < 0.1:
            p = p.replace(" ", "\u00a0")
        rec.add(p, "PHONE")

    def s_ip(self, rec):
        r = self.rng
        while True:
            s = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255),
                                 r.randint(1, 254))
            if ip4_global(s):
                break
        x = r.random()
        rec.add(s, "IPV4")
        if x < 0.15:
            rec.add(":%d" % r.choice([22, 443, 8080, 3389, 8443, 51820]))
        elif x < 0.25:
            rec.add("/%d" % r.choice([24, 28, 32, 29]))

    def s_ip6(self, rec):
        r = self.rng
        while True:
            pre = r.choice([0x2400, 0x2600, 0x2a00, 0x2800]) + r.randint(0, 15)
            if r.random() < 0.1:
                pre = 0x2c0f
            groups = [pre] + [r.randint(0, 0xffff) for _ in range(3)]
            tail = [0] * 4
            k = r.random()
            if k < 0.4:
                tail = [0, 0, 0, r.randint(1, 0xffff)]
            elif k < 0.6:
                tail = [0, 0, r.randint(1, 0xff), r.randint(1, 0xffff)]
            else:
                tail = [r.randint(0, 0xffff) for _ in range(4)]
            a = ipaddress.IPv6Address(":".join("%x" % g for g in groups + tail))
            if ip6_global(str(a)):
                break
        y = r.random()
        s = a.exploded if y < 0.15 else (str(a).upper() if y < 0.22 else str(a))
        if r.random() < 0.15:
            rec.add("[")
            rec.add(s, "IPV6")
            rec.add("]:%d" % r.choice([443, 8443, 22, 853]))
        else:
            rec.add(s, "IPV6")

    def card_digits(self):
        r = self.rng
        b = r.choice(["visa", "mc", "mc2", "amex", "disc"])
        if b == "visa":
            return luhn_complete("4", 16, r)
        if b == "mc":
            return luhn_complete(str(r.randint(51, 55)), 16, r)
        if b == "mc2":
            return luhn_complete(str(r.randint(2221, 2720)), 16, r)
        if b == "amex":
            return luhn_complete(r.choice(["34", "37"]), 15, r)
        return luhn_complete(r.choice(["6011", "65", str(r.randint(644, 649))]), 16, r)

    def card_fmt(self, d):
        sep = self.rng.choice(["", " ", "-", " "])
        if len(d) == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4))

    def s_card(self, rec):
        rec.add(self.card_fmt(self.card_digits()), "CREDIT_CARD")

    def iban_fmt(self, s):
        if self.rng.random() < 0.5:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def s_iban(self, rec):
        cc = None
        if self.rng.random() < 0.5:
            cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "en": "GB",
                  "pt": "BR", "pl": "PL", "tr": "TR", "sv": "SE", "ar": "SA", "he": "IL",
                  "el": "GR"}.get(self.lang)
        rec.add(self.iban_fmt(make_iban(self.rng, cc)), "IBAN")

    def ssn_str(self, bad=False):
        r = self.rng
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 667
        if bad:
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

    def s_ssn(self, rec):
        rec.add(self.ssn_str(), "US_SSN")

    def s_url(self, rec):
        r = self.rng
        m = self.member()
        h = m["handle"].replace(".", "-") if r.random() < 0.5 else m["handle"].replace(".", "")
        k = r.randint(0, 8)
        path = ["linkedin.com/in/%s" % h.replace("_", "-"), "github.com/%s" % h.replace("_", "-").replace(".", "-"),
                "x.com/%s" % h.replace(".", "_").replace("-", "_")[:15],
                "twitter.com/%s" % h.replace(".", "_").replace("-", "_")[:15],
                "medium.com/@%s" % h, "bsky.app/profile/%s.bsky.social" % h.replace("_", "-"),
                "%s.substack.com" % h.replace("_", "").replace(".", "").replace("-", ""),
                "calendly.com/%s/30min" % h.replace("_", "-").replace(".", "-"),
                "linkedin.com/in/%s/" % h.replace("_", "-")][k]
        pre = r.choice(["https://", "https://www.", "", "http://", "www."]) \
            if not path.startswith(("bsky", "medium")) else r.choice(["https://", ""])
        if "substack" in path and pre.endswith("www."):
            pre = "https://"
        rec.add(pre + path, "URL")

    # ---- negatives
    def neg(self, rec, cat, lead=True):
        """Append a hard negative; lead=False drops the lead-in word (the template has one)."""
        r = self.rng
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        pre, body, post = "", "", ""
        if cat == "date":
            y, mo, da = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
            body = r.choice(["%d-%02d-%02d" % (y, mo, da), "%02d.%02d.%d" % (da, mo, y),
                             "%02d/%02d/%d" % (mo, da, y), "%d/%02d/%02d" % (y, mo, da),
                             "%d年%d月%d日" % (y, mo, da), "%02d-%02d-%d" % (da, mo, y)])
        elif cat == "time":
            h1, m1 = r.randint(7, 20), r.choice([0, 15, 30, 45])
            body = r.choice(["%02d:%02d–%02d:%02d" % (h1, m1, h1 + 2, m1), "%02d:%02d" % (h1, m1),
                             "%d.%02d Uhr" % (h1, m1), "%02d:%02d:%02d" % (h1, m1, r.randint(0, 59)),
                             "%02dh%02d" % (h1, m1)])
        elif cat == "price":
            a = r.randint(100, 99999)
            body = r.choice(["€%s,%02d" % ("{:,}".format(a).replace(",", "."), r.randint(0, 99)),
                             "$%s.00" % "{:,}".format(a), "%s €" % "{:,}".format(a).replace(",", " "),
                             "R$ %s,00" % "{:,}".format(a).replace(",", "."), "₹%s" % "{:,}".format(a * 10),
                             "¥%s" % "{:,}".format(a * 10), "£%s.%02d" % ("{:,}".format(a), r.randint(0, 99)),
                             "USD %d" % a, "%s TL" % "{:,}".format(a).replace(",", ".")])
        elif cat == "order_number":
            pre = r.choice(["Order #", "order no. ", "Bestellnummer ", "n° de commande ", "注文番号 ",
                            "PO "])
            body = r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "%s-%s-%s" % (d(4), d(4), d(2)),
                             d(10), "%s %s %s" % (d(3), d(3), d(4))])
        elif cat == "ticket_number":
            pre = r.choice(["ticket ", "Ticket #", "case ", "Vorgang ", "工单 ", "ref. "])
            body = r.choice([d(8), "INC%s" % d(7), "%s-%s" % (d(4), d(6)), "#%s" % d(9),
                             "%s %s %s" % (d(3), d(3), d(3))])
        elif cat == "isbn":
            pre = "ISBN "
            core = "978" + d(9)
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
            full = core + str((10 - s % 10) % 10)
            body = r.choice([full, "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])])
        elif cat == "version":
            pre = r.choice(["v", "version ", "release ", "SDK ", "build "])
            body = r.choice(["%d.%d.%d" % (r.randint(1, 20), r.randint(0, 40), r.randint(0, 99)),
                             "%d.%d.%d-rc%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5)),
                             "%d.%d" % (r.randint(1, 30), r.randint(0, 99)),
                             "%d.%d.%d+build.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(100, 9999))])
        elif cat == "patent_number":
            body = r.choice(["US %d,%s,%s B2" % (r.randint(7, 11), d(3), d(3)), "EP %s %s %s A1" % (d(1), d(3), d(3)),
                             "US20%d%s A1" % (r.randint(15, 25), d(7)),
                             "DE 10 20%d %s %s.%d" % (r.randint(15, 24), d(3), d(3), r.randint(0, 9)),
                             "WO 20%d/%s" % (r.randint(10, 25), d(6)), "CN %sA" % d(9)])
        elif cat.startswith("ipv4_"):
            R = r.randint
            body = {"ipv4_private": lambda: r.choice(["10.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)),
                                                       "172.%d.%d.%d" % (R(16, 31), R(0, 255), R(1, 254)),
                                                       "192.168.%d.%d" % (R(0, 255), R(1, 254))]),
                    "ipv4_loopback": lambda: "127.%d.%d.%d" % (R(0, 1), R(0, 3), R(1, 9)),
                    "ipv4_link_local": lambda: "169.254.%d.%d" % (R(1, 254), R(1, 254)),
                    "ipv4_documentation": lambda: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R(1, 254)),
                    "ipv4_reserved": lambda: r.choice(["240.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)),
                                                       "100.%d.%d.%d" % (R(64, 127), R(0, 255), R(1, 254)),
                                                       "0.0.0.0", "255.255.255.255",
                                                       "%d.%d.%d.%d" % (R(241, 254), R(0, 255), R(0, 255), R(1, 254))]),
                    }[cat]()
            if r.random() < 0.2 and cat != "ipv4_reserved":
                post = r.choice([":8080", "/24", ":5432"])
        elif cat == "version_quad":
            pre = r.choice(["firmware ", "version ", "Version ", "build ", "driver ", "release ",
                            "app version ", "バージョン", "版本 "])
            body = "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(0, 99), r.randint(1, 250))
        elif cat == "ipv6_non_global":
            x = "%x" % r.randint(1, 0xffff)
            body = r.choice(["fe80::%s:%x:%x" % (x, r.randint(1, 0xffff), r.randint(1, 0xffff)), "::1",
                             "fd%02x:%x::%s" % (r.randint(0, 255), r.randint(1, 0xffff), x),
                             "2001:db8::%s" % x, "2001:db8:%x:%x::%s" % (r.randint(1, 0xffff), r.randint(1, 0xfff), x),
                             "fc00::%s" % x])
        elif cat == "card_luhn_invalid":
            dg = self.card_digits()
            dg = dg[:-1] + str((int(dg[-1]) + r.randint(1, 9)) % 10)
            body = self.card_fmt(dg)
        elif cat == "iban_bad_check":
            body = self.iban_fmt(make_iban(r, bad=True))
        elif cat == "ssn_invalid":
            body = self.ssn_str(bad=True)
        elif cat.startswith("url_"):
            co = r.choice(["acme-robotics", "brightforge", "kestrel-analytics", "nordlicht",
                           "tidewater", "lumenfield", "polarbyte", "saffron-labs"])
            sch = r.choice(["https://", "", "https://www."])
            body = sch + {
                "url_company": lambda: r.choice(["linkedin.com/company/%s" % co, "%s.com/about" % co,
                                                 "%s.io" % co, "github.com/%s/%s-sdk" % (co, co)]),
                "url_careers": lambda: r.choice(["careers.%s.com/jobs/%s" % (co, d(5)),
                                                 "linkedin.com/jobs/view/%s" % d(10),
                                                 "%s.com/careers" % co, "boards.greenhouse.io/%s/jobs/%s" % (co, d(7))]),
                "url_docs": lambda: r.choice(["docs.python.org/3/library/ipaddress.html",
                                              "docs.%s.com/api/v2/auth" % co, "developer.mozilla.org/en-US/docs/Web/HTTP",
                                              "%s.readthedocs.io/en/latest/" % co]),
                "url_paper": lambda: r.choice(["arxiv.org/abs/%d%02d.%s" % (r.randint(18, 26), r.randint(1, 12), d(5)),
                                               "doi.org/10.%s/%s" % (d(4), d(7)), "aclanthology.org/2024.acl-long.%d" % r.randint(1, 900)]),
                "url_ticket": lambda: r.choice(["eventbrite.com/e/%s-tickets-%s" % (co, d(12)),
                                                "tickets.%s-expo.de/shop/%s" % (co, d(6)), "lu.ma/%s" % d(8)]),
                "url_form": lambda: r.choice(["forms.gle/%s" % "".join(r.choice("abcdefghJKLMNPQRxyz23456789") for _ in range(17)),
                                              "docs.google.com/forms/d/e/%s/viewform" % d(20),
                                              "%s.typeform.com/to/%s" % (co, d(6))]),
            }[cat]()
        elif cat == "at_not_handle":
            body = r.choice(["@here", "@channel", "@everyone", "@Override", "@media", "@types/node",
                             "@2x", "@import", "@keyframes", "@param", "@angular/core", "@babel/preset-env"])
        elif cat == "firm_name":
            body = r.choice(["Morgan Stanley", "Charles Schwab", "Calvin Klein", "Hugo Boss", "Ralph Lauren",
                             "Tommy Hilfiger", "Walt Disney", "Louis Vuitton", "Wells Fargo", "Merrill Lynch",
                             "Marks & Spencer", "Ernst & Young", "Dow Jones", "Johnson & Johnson"])
            post = r.choice([" analysts", " store", " Company", " Group", " headquarters", " outlet", ""])
        elif cat == "place_name":
            body = r.choice(["Charlotte, NC", "Victoria, BC", "Austin, TX", "Jackson, MS", "Lincoln, NE",
                             "Eugene, OR", "Madison, WI", "Sydney Airport", "Florence", "Jordan",
                             "Adelaide", "Santa Clara", "Georgetown", "Charlotte Douglas Airport"])
        elif cat == "eponym":
            body = r.choice(["Dijkstra's algorithm", "Max Planck Institute", "Alan Turing Institute",
                             "Ada Lovelace Day", "Grace Hopper Celebration", "Marie Curie Fellowship",
                             "Fourier transform", "Nash equilibrium", "Newton's method", "Murphy's law",
                             "Kalman filter", "Walt Disney Concert Hall", "Baker Street"])
        if pre and (lead or cat == "isbn" and not rec.text().endswith("ISBN ")):
            rec.add(pre)
        rec.add(body, neg=cat)
        if post:
            rec.add(post)

    NAME_WORD = [
        "[[Will]] the keynote be recorded?", "Applications [[will]] close on Friday.",
        "The [[grace]] period for early-bird pricing ends soon.", "[[Grace]] period: 14 days.",
        "Shares [[rose]] 4% after the announcement.", "Our booth has a [[rose]] gold demo unit.",
        "[[Hope]] to see you at the stand!", "[[Mark]] your calendars.", "Please [[mark]] the item as received.",
        "Pure [[joy]] to ship this.", "See you this [[summer]] in Lisbon.", "The [[amber]] warning light is on.",
        "The [[bill]] was split evenly.", "We start at [[dawn]] for the hike.", "Leap of [[faith]], but worth it.",
        "A [[ruby]] anniversary for the alumni club.", "The [[iris]] scanner at gate B failed again.",
        "Careful near the [[cliff]] path on the offsite.", "[[Max]] 20 attendees per workshop.",
        "Cheers to the [[young]] founders.", "Who is the [[king]] of spreadsheets?", "Hit the [[price]] cap already.",
        "[[Will]] do, thanks.", "Lost a [[ruby]] earring near hall 4.",
    ]

    def s_nameword(self, rec):
        s = self.rng.choice(self.NAME_WORD)
        for part in re.split(r"(\[\[.*?\]\])", s):
            if part.startswith("[["):
                rec.add(part[2:-2], neg="name_as_word")
            else:
                rec.add(part)


NEG_CATEGORIES = ["date", "time", "price", "order_number", "ticket_number", "isbn", "version",
                  "patent_number", "ipv4_private", "ipv4_loopback", "ipv4_link_local",
                  "ipv4_documentation", "ipv4_reserved", "version_quad", "ipv6_non_global",
                  "card_luhn_invalid", "iban_bad_check", "ssn_invalid", "url_company", "url_careers",
                  "url_docs", "url_paper", "url_ticket", "url_form", "at_not_handle", "firm_name",
                  "place_name", "eponym", "name_as_word"]

# --------------------------------------------------------------------------- templates
# Slots: {name} {first} {poss} {atname} {handle} {email} {phone} {url} {ip} {ip6} {card} {iban}
# {ssn} {nameword} {n:CATEGORY} {neg} (a random hard negative with its own lead-in).

T = {
 "en": [
  "Freelance gig: need a motion designer for 3 weeks, budget {n:price}. Ping {handle} or write to {email}.",
  "Thanks, {first}! Your notes from the offsite saved us hours.",
  "Support thread: hi {first}, sorry about order {n:order_number}. Could you send the receipt to {email}? Our line is {phone}.",
  "Alumni group, class of 2014: {name} is organising the reunion on {n:date}. RSVP via {url} or call {phone}.",
  "Exhibitor list, hall 3: stand 3B12 {name} (contact {email}), stand 3B14 {name}, {phone}.",
  "This week on the podcast: {name} on leaving {n:firm_name} to build a bakery co-op. Follow {handle}.",
  "Open letter to the board, first signatories: {name}, {name}, {name}.",
  "Crowdfunding update #7: we hit 80%! Refunds go to the IBAN you gave us; ours is {iban}.",
  "Referral: I worked with {name} for two years and can vouch for {poss} judgement. Profile: {url}.",
  "Lost and found: a black backpack at the {n:eponym} meetup. Owner, call {phone} or DM {handle}.",
  "Team offsite in {n:place_name}: {first}, can you book the bus? Budget {n:price}.",
  "{nameword} Anyway, {name} will lead the session.",
  "Hey {first}, the VPN gateway {ip} keeps dropping; the office router is {n:ipv4_private}.",
  "Ops note from {name}: blocked {ip} after 400 failed logins, allow-listed {ip6}.",
  "Billing: please don't post card numbers here. {name} just pasted {card}; we rotated it.",
  "HR needs the SSN on the W-4: {ssn} (sent by {name}, deleting in an hour).",
  "Congrats to {atname} on the new role at {n:firm_name}!",
  "Booked a call with {name}: {url}",
  "Mentoring circle, {n:date} {n:time}: hosted by {name} ({email}). Slides use {n:eponym}.",
  "Reading list from {poss} talk: {n:url_paper} and {n:url_docs}.",
  "Apply on {n:url_careers}, not via DM. Questions to {email}.",
  "Tickets are on {n:url_ticket}; the speaker form is {n:url_form}. Host: {handle}.",
  "Which is right, {n:at_not_handle} or {handle}? Asking for {first}.",
  "Firmware {n:version_quad} bricked the kiosk; {name} rolled back from {ip}.",
  "Grateful to {first} and {first} for the intros.",
  "Wire fees: sender IBAN {n:iban_bad_check} bounced, the corrected one is {iban}.",
  "Test card {n:card_luhn_invalid} was rejected as expected; the real one ending in {card} worked.",
  "ID check failed for {n:ssn_invalid}; {name} re-entered {ssn}.",
  "Server list: {n:ipv4_documentation} (docs), {n:ipv4_loopback}, {ip}, {n:ipv4_link_local}, {n:ipv4_reserved}.",
  "IPv6 peering: ours {ip6}, test net {n:ipv6_non_global}.",
  "Customer portal outage: users behind {ip6} and {ip} saw 502s; {name} is on it.",
  "Allow-list for the trade-fair Wi-Fi: {ip6}, {ip}. Questions to {handle}.",
  "Pre-order ISBN {n:isbn} signed by {name}, patent {n:patent_number} cited.",
  "Hi {first}, ticket {n:ticket_number} is fixed in {n:version}.",
  "Our stand partners: {n:url_company}. For interviews reach {name} at {phone}.",
 ],
 "de": [
  "Suche Freelancer:in für UX-Audit, Start {n:date}. Angebote an {email} oder {phone}.",
  "Danke, {first}! Die Messe in {n:place_name} war ein Erfolg.",
  "Ausstellerliste Halle 5: {name} (Tel. {phone}), {name}, {name} – Stand 5C20.",
  "Kundenservice: Hallo {first}, zu Bestellung {n:order_number} bitte IBAN {iban} für die Erstattung verwenden.",
  "Alumni-Stammtisch am {n:date} um {n:time}, organisiert von {name}. Anmeldung: {url}",
  "Offener Brief, unterzeichnet von {name} und {name}.",
  "Fundsache: Schlüsselbund am Stand von {name} gefunden, bitte bei {handle} melden.",
  "Empfehlung: {name} sucht ab {n:date} eine Festanstellung, Kontakt: {email}.",
  "Server {ip} (Frankfurt) und {n:ipv4_private} (intern) laufen auf {n:version}.",
  "Liebe Grüße an {first} und das ganze Team!",
 ],
 "fr": [
  "Mission freelance : refonte de site, {n:price}. Contact : {email} ou {phone}.",
  "Merci {first} ! L'atelier était génial.",
  "Liste des exposants : {name} ({phone}), {name}, stand B-12.",
  "Lettre ouverte signée par {name}, {name} et {name}.",
  "Objet trouvé au salon le {n:date} : une veste. Écrivez à {email}.",
  "Podcast : cette semaine, {name} ({url}) nous parle de reconversion.",
  "Remboursement sur l'IBAN {iban}, dossier {n:ticket_number}.",
 ],
 "es": [
  "Busco freelance para traducción, entrega {n:date}. Escribidme a {email} o al {phone}.",
  "¡Gracias, {first}! La cena de antiguos alumnos fue increíble.",
  "Carta abierta firmada por {name} y {name}.",
  "Soporte: hola {first}, el pedido {n:order_number} se reembolsa a {iban}.",
  "Invitado del pódcast: {name}, síguelo en {url}.",
  "Perdido en la feria de {n:place_name}: un portátil. Contacto {handle}.",
 ],
 "it": [
  "Cerco grafico freelance, compenso {n:price}. Contatti: {email}, {phone}.",
  "Grazie {first}! Offsite perfetto.",
  "Espositori padiglione 2: {name} ({phone}) e {name}.",
  "Aggiornamento crowdfunding: bonifico su {iban} entro il {n:date}.",
  "Ex alunni del Politecnico: la cena la organizza {name}, iscrizioni su {n:url_form}.",
 ],
 "pt": [
  "Freela de edição de vídeo, pagamento {n:price}. Chama no {phone} ou {email}.",
  "Valeu, {first}! Até a próxima.",
  "Indicação: trabalhei com {name}, perfil {url}.",
  "Achados e perdidos: carteira encontrada no estande de {name}. Fale com {handle}.",
  "Suporte: olá {first}, o pedido {n:order_number} foi estornado para {iban}.",
 ],
 "nl": [
  "Freelance klus: copywriter gezocht, start {n:date}. Mail {email} of bel {phone}.",
  "Bedankt, {first}! Top teamuitje.",
  "Open brief, ondertekend door {name} en {name}.",
  "Crowdfunding: stort op {iban} o.v.v. {n:ticket_number}.",
  "Gevonden op de beurs: een paraplu. {name} heeft hem, bel {phone}.",
 ],
 "pl": [
  "Zlecenie freelance: tłumaczenie, kontakt {email} lub {phone}.",
  "Dziękuję, {first}!",
  "Absolwenci rocznika 2010: spotkanie {n:date}, organizuje {name}.",
  "Zwrot na konto {iban}, zgłoszenie {n:ticket_number}.",
 ],
 "sv": [
  "Tack, {first}! Kick-offen var toppen.",
  "Frilansuppdrag: kontakta {name} på {email} eller {phone}.",
  "Hittegods på mässan: en jacka, hör av dig till {handle}.",
 ],
 "tr": [
  "Serbest çalışan arıyoruz, bütçe {n:price}. İletişim: {email}, {phone}.",
  "Teşekkürler {first}!",
  "Fuar katılımcı listesi: {name}, {name} (stant A4).",
  "İade {iban} hesabına yapıldı, talep {n:ticket_number}.",
  "Podcast konuğumuz {name}: {url}",
 ],
 "ru": [
  "Ищем фрилансера-дизайнера, бюджет {n:price}. Пишите на {email} или звоните {phone}.",
  "Спасибо, {first}!",
  "Открытое письмо подписали {name}, {name} и {name}.",
  "Выпускники МГУ: встреча {n:date}, организатор {name}.",
  "Сервер {ip} недоступен, внутренний адрес {n:ipv4_private}.",
 ],
 "uk": [
  "Дякуємо, {first}!",
  "Шукаємо фрилансера, пишіть {email} або {handle}.",
  "Збір коштів: реквізити {iban}, координує {name}.",
 ],
 "el": [
  "Ευχαριστώ, {first}!",
  "Ζητείται freelancer για μετάφραση, επικοινωνία {email} ή {phone}.",
  "Η {name} θα μιλήσει στο podcast μας την {n:date}.",
  "Ανοιχτή επιστολή: {name}, {name}.",
 ],
 "ar": [
  "شكراً {first}!",
  "مطلوب مصمم مستقل، تواصلوا عبر {email} أو {phone}.",
  "قائمة العارضين: {name}، {name}.",
  "تم تحويل المبلغ إلى {iban} بخصوص الطلب {n:order_number}.",
  "ضيفة البودكاست هذا الأسبوع {name} ({url}).",
 ],
 "he": [
  "תודה, {first}!",
  "דרוש פרילנסר לעיצוב, פרטים אצל {name}: {email}, {phone}.",
  "מכתב פתוח, החותמים: {name}, {name}.",
  "נמצא תיק בכנס, לפנות ל-{handle}.",
 ],
 "hi": [
  "धन्यवाद {first}!",
  "फ्रीलांस काम के लिए {name} से संपर्क करें: {email}, {phone}",
  "पूर्व छात्र मिलन {n:date} को, आयोजक {name}।",
  "रिफंड {iban} पर भेजा गया।",
 ],
 "bn": [
  "ধন্যবাদ {first}!",
  "ফ্রিল্যান্স কাজের জন্য যোগাযোগ: {name}, {email}, {phone}",
  "প্রাক্তন ছাত্র সম্মেলনের আয়োজক {name}।",
 ],
 "zh": [
  "感谢{first}的分享！",
  "招聘自由设计师，请联系{email}，电话{phone}。",
  "展商名单：{name}、{name}、{name}。",
  "校友会聚会由{name}组织，时间{n:date}。",
  "播客嘉宾{name}，主页 {url}",
  "客服：订单{n:order_number}已退款到{iban}。",
  "服务器{ip}无法访问，内网地址{n:ipv4_private}。",
 ],
 "ja": [
  "{first}さん、ありがとうございました！",
  "フリーランスのデザイナー募集。連絡先：{email}、{phone}",
  "出展者一覧：{name}、{name}。",
  "同窓会の幹事は{name}です。{n:date}開催。",
  "落とし物：会場で傘を拾いました。{handle} までDMください。",
 ],
 "ko": [
  "{first}님 감사합니다!",
  "프리랜서 디자이너 구합니다. 연락처 {email}, {phone}",
  "동문회 모임은 {name}가 준비합니다.",
  "박람회 참가자: {name}, {name}.",
 ],
 "th": [
  "ขอบคุณ{first}มากครับ",
  "หาฟรีแลนซ์ ติดต่อ{email}หรือโทร{phone}",
  "ผู้ร่วมงานสัมมนา: {name} และ {name}",
  "ศิษย์เก่ารุ่น 2015 นัดพบวันที่ {n:date} ผู้ประสานงานคือ{name}",
 ],
 "vi": [
  "Cảm ơn {first} nhiều!",
  "Cần tuyển freelancer, liên hệ {name} qua {email} hoặc {phone}.",
  "Thư ngỏ có chữ ký của {name} và {name}.",
  "Hoàn tiền vào tài khoản {iban}, mã đơn {n:order_number}.",
 ],
 "id": [
  "Terima kasih, {first}!",
  "Dicari freelancer desain, hubungi {email} atau {phone}.",
  "Daftar peserta pameran: {name}, {name}.",
  "Barang hilang di acara alumni, hubungi {handle}.",
 ],
 "sw": [
  "Asante sana, {first}!",
  "Tunatafuta mfanyakazi huru, wasiliana na {name} kupitia {email} au {phone}.",
  "Barua ya wazi imesainiwa na {name} na {name}.",
 ],
 "yo": [
  "Ẹ ṣé gan, {first}!",
  "A ń wá òṣìṣẹ́ aládàáni, ẹ kàn sí {name} ní {email} tàbí {phone}.",
  "Àwọn tó fọwọ́ sí lẹ́tà náà: {name}, {name}.",
 ],
 "am": [
  "አመሰግናለሁ {first}!",
  "የፍሪላንስ ሥራ፦ {name} ፣ ኢሜይል {email} ፣ ስልክ {phone}።",
  "የቀድሞ ተማሪዎች ስብሰባ አዘጋጅ {name} ነው።",
 ],
}
ASIDES = [
 "PS: {neg}", "(see {neg})", "Note: {neg}.", "— {neg}", "FYI {neg} and {neg}.", "Ref: {neg}",
]
LANG_WEIGHTS = [("en", 10), ("de", 4), ("fr", 3), ("es", 3), ("it", 2), ("pt", 3), ("nl", 2),
                ("pl", 2), ("sv", 1), ("tr", 2), ("ru", 2), ("uk", 1), ("el", 1), ("ar", 2),
                ("he", 1), ("hi", 2), ("bn", 1), ("zh", 3), ("ja", 2), ("ko", 2), ("th", 1),
                ("vi", 2), ("id", 2), ("sw", 1), ("yo", 1), ("am", 1)]
SLOT_RE = re.compile(r"(\{[a-z0-9_:]+\})")


def fill(g, rec, tpl):
    for part in SLOT_RE.split(tpl):
        if not (part.startswith("{") and part.endswith("}")):
            rec.add(part)
            continue
        s = part[1:-1]
        if s.startswith("n:"):
            g.neg(rec, s[2:], lead=False)
        elif s == "neg":
            cat = g.rng.choice(NEG_CATEGORIES)
            if cat == "name_as_word":
                g.s_nameword(rec)
            else:
                g.neg(rec, cat)
        else:
            getattr(g, "s_" + s)(rec)


def make_record(g, i):
    r = g.rng
    langs, weights = zip(*LANG_WEIGHTS)
    g.lang = r.choices(langs, weights)[0]
    rec = Rec()
    k = r.choice([1, 1, 2, 2, 3])
    for j in range(k):
        if j:
            rec.add(r.choice([" ", "\n", " ", "\n\n"]))
        lang_t = T[g.lang] if r.random() < 0.85 else T["en"]
        fill(g, rec, r.choice(lang_t))
    if r.random() < 0.55:
        rec.add(" ")
        fill(g, rec, r.choice(ASIDES))
    return {"id": "b14-%06d" % i, "lang": g.lang, "text": rec.text(), "spans": rec.spans,
            "negatives": rec.negs}


# --------------------------------------------------------------------------- self-check

def selfcheck(records, members):
    names = set()
    firsts = set()
    handles = set(m["handle"] for m in members)
    for m in members:
        names.add(m["name"].casefold())
        names.add(fold(m["name"]).casefold())
        firsts.add(m["given"].casefold())
        firsts.add(fold(m["given"]).casefold())
        if m["culture"] == "vi":
            firsts.add(m["given"].split()[-1].casefold())
    errs = []
    tc, nc = {}, {}
    for rec in records:
        t = rec["text"]
        items = [(s["start"], s["end"], "S") for s in rec["spans"]] + \
                [(s["start"], s["end"], "N") for s in rec["negatives"]]
        items.sort()
        for a, b in zip(items, items[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlap %r %r" % (rec["id"], a, b))
        for s in rec["negatives"]:
            nc[s["category"]] = nc.get(s["category"], 0) + 1
            v = t[s["start"]:s["end"]]
            c = s["category"]
            if c == "card_luhn_invalid" and luhn_ok(re.sub(r"\D", "", v)):
                errs.append("%s: luhn-valid negative %s" % (rec["id"], v))
            if c == "iban_bad_check" and iban_mod(v.replace(" ", "")) == 1:
                errs.append("%s: valid IBAN negative %s" % (rec["id"], v))
            if c == "ssn_invalid" and ssn_ok(v):
                errs.append("%s: valid SSN negative %s" % (rec["id"], v))
            if c.startswith("ipv4_") and ip4_global(v):
                errs.append("%s: global IP negative %s" % (rec["id"], v))
            if c == "ipv6_non_global" and ip6_global(v):
                errs.append("%s: global IPv6 negative %s" % (rec["id"], v))
            if c.startswith("url_") and PROFILE_RE.fullmatch(v):
                errs.append("%s: profile-like URL negative %s" % (rec["id"], v))
        for s in rec["spans"]:
            typ = s["type"]
            tc[typ] = tc.get(typ, 0) + 1
            v = t[s["start"]:s["end"]]
            if not (0 <= s["start"] < s["end"] <= len(t)) or v != v.strip():
                errs.append("%s: bad span %r" % (rec["id"], s))
                continue
            ok = True
            if typ == "EMAIL":
                ok = email_ok(v)
            elif typ == "PHONE":
                dg = re.sub(r"\D", "", v)
                ok = 8 <= len(dg) <= 15 and re.fullmatch(r"\+?[\d (). /\-\u00a0]+", v) is not None \
                    and v[-1].isdigit()
            elif typ == "IPV4":
                ok = ip4_global(v)
            elif typ == "IPV6":
                ok = ip6_global(v)
            elif typ == "CREDIT_CARD":
                dg = re.sub(r"[ -]", "", v)
                ok = dg.isdigit() and luhn_ok(dg) and card_brand(dg) is not None
            elif typ == "IBAN":
                ok = iban_ok(v)
            elif typ == "US_SSN":
                ok = ssn_ok(v)
            elif typ == "URL":
                ok = PROFILE_RE.fullmatch(v) is not None and v[-1] not in ".),"
            elif typ == "HANDLE":
                ok = v.startswith("@") and v[1:] in handles
            elif typ == "PERSON":
                ok = v.casefold() in names or fold(v).casefold() in names or v.casefold() in firsts
            if not ok:
                errs.append("%s: %s fails validation: %r" % (rec["id"], typ, v))
            # boundaries: a span is not glued to a following/preceding Latin letter or digit
            after = t[s["end"]:s["end"] + 1]
            before = t[s["start"] - 1:s["start"]] if s["start"] else ""
            if (after and after.isascii() and after.isalnum()) or \
               (before and before.isascii() and before.isalnum()):
                errs.append("%s: %s glued to Latin text: %r" % (rec["id"], typ, t[s["start"] - 3:s["end"] + 3]))
    return errs, tc, nc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(max(a.members, len(SPECIAL_MEMBERS) + 1000), rng)
    g = Gen(random.Random(a.seed * 7919 + 14), members)
    records = [make_record(g, i) for i in range(1, a.records + 1)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as p:
        for r in records:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"],
                                "negatives": r["negatives"]}, ensure_ascii=False) + "\n")
            p.write(json.dumps({"id": r["id"], "pii": r["spans"]}, ensure_ascii=False) + "\n")
    if a.selfcheck:
        # re-read what was written: offsets must hold on the serialised text
        with open(os.path.join(a.out, "corpus.jsonl"), encoding="utf-8") as f:
            back = [json.loads(line) for line in f]
        assert [b["id"] for b in back] == [r["id"] for r in records]
        errs, tc, nc = selfcheck(back, members)
        langs = {}
        for r in records:
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        print("records %d, members %d, languages %d" % (len(records), len(members), len(langs)))
        print("spans: " + ", ".join("%s %d" % (k, tc.get(k, 0)) for k in
                                    ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN",
                                     "US_SSN", "URL", "HANDLE", "PERSON"]))
        print("negatives: " + ", ".join("%s %d" % (k, nc.get(k, 0)) for k in NEG_CATEGORIES))
        for e in errs[:30]:
            print("ERROR " + e)
        print("selfcheck: %s (%d errors)" % ("OK" if not errs else "FAILED", len(errs)))
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
