#!/usr/bin/env python3
"""gen_blind15.py - an independent, labelled PII test corpus, written BLIND.

Written blind on 2026-11-29 from only two sources: the product's definition of personal data
in issue 3 (its type table, "not this" column and targets) and the input format read by
bench/pii/score.py.  No other file of the repository (library, tests, docs, other generators)
was read, and the corpus was not scored against the engine while it was written.

  gen_blind15.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl ({"user","name","handle"}), DIR/corpus.jsonl ({"id","text","spans",
"negatives"}, Unicode code point offsets, end-exclusive) and DIR/gold_as_pred.jsonl (the gold
spans under "pii", for `score.py --check`).  Python 3 standard library only; deterministic for a
seed (one random.Random(seed), no hash-order dependence).

Texts: professional-network posts, comments, chats and profile fields in many genres
(testimonials, webinar chat, code review, HR onboarding mail, classifieds, colleague wedding and
birth announcements, works-council elections, charity runs, meetup notes, invoices, incident
reports, recruiter messages, ...) in 24 languages/scripts: en, de, fr, es, it, pt, nl, pl, tr,
vi, id, sw, ru, uk, el, ar, he, hi, th, zh, ja, ko, sv, cs.  PII is sometimes glued to CJK and
Thai text; a following Latin word is always separated by a space or punctuation.

Labelling choices where issue 3 is ambiguous (what a careful privacy engineer would expect):
  * EMAIL: the span is the address only; `mailto:`, <angle brackets> and trailing punctuation
    stay outside.  Obfuscated forms (`maria [at] gmail [dot] com`, `maria(at)gmail.com`) are one
    EMAIL span covering the whole obfuscated address.  Addresses on documentation domains
    (example.com/.org/.net, *.example, *.test) are not personal data: negatives (DOC_EMAIL).
  * PHONE: the span starts at `+` or the first digit/`(` of the number and ends at its last
    digit; `(0)` inside is part of the span; labels such as "Tel." stay outside.  US/CA numbers
    avoid the fictional 555 exchange, UK numbers avoid Ofcom drama ranges.
  * IPV4/IPV6: only the address; `:port`, `/cidr` and `[ ]` stay outside.  Private, loopback,
    link-local, CGNAT, documentation (incl. 2001:db8::/32), ULA, multicast and reserved
    addresses are negatives, as are 4-part version strings in a version context.
  * URL: profile URLs carrying a handle (linkedin.com/in/, github.com/, x.com/, medium.com/@,
    bsky.app/profile/, *.substack.com, calendly.com/), with or without scheme/www; trailing
    `.`/`)` outside.  Company, careers, docs, paper, ticket and form URLs are negatives.  The
    platform's own profile path is unknown to a blind writer, so it is not used.
  * HANDLE: `@handle` of a member; the span includes the `@`.  An @-mention is labelled HANDLE
    (not PERSON) because spans must not overlap and the mention is the handle.  Handles inside
    profile URLs are part of the URL span.
  * PERSON: directory names written as in the directory, lower/upper case or without
    diacritics; possessive `Anja Weber's` -> span `Anja Weber`; a first name alone only in
    greetings/thanks; CJK/Thai/Arabic/... full names in their script, often glued to text.
    Member names that are also words, firms, places or eponyms (Will, Grace, Rose, Hope, Mark,
    Morgan, Stanley, Charlotte, Sydney, Florence, Ford, Dijkstra, Fourier, Bayes, Kalman, ...)
    appear as negatives (COMMON_WORD, ORG_NAME, PLACE_NAME, EPONYM) in non-name contexts.
  * Negative categories: DOC_EMAIL, DATE, TIME, PRICE, ORDER_NO, TICKET_NO, ISBN, VERSION,
    PATENT, PRIVATE_IP, VERSION_IP, NONGLOBAL_IP6, CC_LUHN_BAD, IBAN_BAD_CHECK, SSN_INVALID,
    URL_NONPERSONAL, ORG_NAME, PLACE_NAME, EPONYM, COMMON_WORD.
"""
import argparse
import collections
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- member pools
LATIN_FIRST = ("Anja Jonas Lena Tobias Marie Lukas Sophie Felix Clara Matthias Zoë Jörg Chloé "
               "Amélie Théo Jérôme Inès Léa José Lucía Álvaro Sofía Nuñez Giulia Matteo Chiara "
               "Niccolò Beatriz João Gonçalo Thiago Fernanda Sanne Daan Maartje Joost Łukasz "
               "Małgorzata Zofia Wojciech Ayşe Mehmet Çağla Oğuz Emre Şule Budi Siti Rizky Dewi "
               "Amani Baraka Neema Juma Wanjiru Olumide Chiamaka Ngozi Tunde Aisha Kwame Priya "
               "Arjun Ananya Rohan Liam Olivia Ethan Ava Noah Emily Oskar Astrid Björn Ingrid "
               "Jiří Tereza Kateřina Ondřej Siobhán Seán Niamh Aoife Ronan").split()
AMBIG_FIRST = "Will Grace Rose Hope Mark Faith Joy Jordan Charlotte Sydney Florence Morgan Chase Victoria Georgia".split()
LATIN_LAST = ("Weber Schmidt Müller Hoffmann Krüger Schäfer Dubois Lefèvre Moreau Girard Fournier "
              "García Fernández Peña Ibáñez Rossi Bianchi Esposito Ricci Conti Gonçalves Araújo "
              "Carvalho Ribeiro de Vries Jansen Bakker Visser Kowalski Wójcik Nowak Zieliński "
              "Yılmaz Şahin Öztürk Çelik Aydın Santoso Wijaya Hidayat Pratama Mwangi Otieno "
              "Kamau Achieng Adeyemi Okafor Balogun Eze Mensah Asante Sharma Iyer Patel Reddy "
              "Nair O'Brien Murphy Walsh Kennedy Thompson Carter Bennett Lindqvist Andersson "
              "Nyström Dvořák Novák Svoboda Procházka").split()
AMBIG_LAST = "Stanley Ford Dijkstra Fourier Bayes Kalman Turing Marshall Porsche Chase".split()
VI_FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ".split()
VI_MID = "Thị Văn Minh Ngọc Đức Thu".split()
VI_GIV = "Lan Hùng Anh Hương Tuấn Mai Phương Dũng Thảo Quân".split()
SCRIPT_NAMES = {
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"), ("欧阳", "ouyang")],
           [("伟", "wei"), ("芳", "fang"), ("秀英", "xiuying"), ("静", "jing"), ("明辉", "minghui"),
            ("晓燕", "xiaoyan"), ("建国", "jianguo"), ("丽娟", "lijuan"), ("子涵", "zihan"), ("浩然", "haoran")], ""),
    "ja": ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"),
            ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi")],
           [("花子", "hanako"), ("美咲", "misaki"), ("翔太", "shota"), ("陽菜", "hina"), ("大翔", "hiroto"),
            ("結衣", "yui"), ("健一", "kenichi"), ("由美", "yumi")], ""),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("윤", "yoon")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"), ("도윤", "doyun"),
            ("수빈", "subin"), ("예린", "yerin")], ""),
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Ольга", "olga"), ("Сергей", "sergey"), ("Екатерина", "ekaterina"),
            ("Алексей", "alexey"), ("Мария", "maria"), ("Иван", "ivan")],
           [("Иванова", "ivanova"), ("Смирнов", "smirnov"), ("Кузнецова", "kuznetsova"), ("Попов", "popov"),
            ("Соколова", "sokolova"), ("Волков", "volkov"), ("Лебедева", "lebedeva")], " "),
    "uk": ([("Олена", "olena"), ("Тарас", "taras"), ("Оксана", "oksana"), ("Андрій", "andriy"), ("Ірина", "iryna")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"), ("Мельник", "melnyk")], " "),
    "el": ([("Νίκος", "nikos"), ("Ελένη", "eleni"), ("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Κώστας", "kostas")],
           [("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"), ("Γεωργίου", "georgiou"), ("Νικολάου", "nikolaou")], " "),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("ليلى", "layla"), ("يوسف", "youssef"), ("مريم", "mariam")],
           [("العلي", "alali"), ("الحسن", "alhassan"), ("منصور", "mansour"), ("الخطيب", "alkhatib"), ("حداد", "haddad")], " "),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("מיכל", "michal"), ("אביב", "aviv"), ("תמר", "tamar")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton")], " "),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनीता", "anita"), ("विकास", "vikas"), ("स्नेहा", "sneha")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("जोशी", "joshi")], " "),
    "th": ([("สมชาย", "somchai"), ("สุดา", "suda"), ("ธนพล", "thanapon"), ("พิมพ์ชนก", "pimchanok"), ("อนันต์", "anan")],
           [("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"), ("บุญมา", "boonma")], " "),
}
TR_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})


def fold(s):
    s = unicodedata.normalize("NFD", s.translate(TR_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def asciiname(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def make_members(rng, n):
    members, pools, used = [], collections.defaultdict(list), set()
    scripts = ["latin"] * 55 + ["ambig"] * 5 + ["vi"] * 4 + list(SCRIPT_NAMES) * 4
    for i in range(n):
        sc = scripts[i % len(scripts)] if i < len(scripts) else rng.choice(scripts)
        if sc in ("latin", "ambig"):
            f = rng.choice(AMBIG_FIRST if sc == "ambig" and rng.random() < 0.7 else LATIN_FIRST)
            l = rng.choice(AMBIG_LAST if sc == "ambig" and rng.random() < 0.5 else LATIN_LAST)
            name, first, rom = f + " " + l, f, asciiname(f) + rng.choice(["", ".", "_"]) + asciiname(l)
        elif sc == "vi":
            fa, mi, gi = rng.choice(VI_FAM), rng.choice(VI_MID), rng.choice(VI_GIV)
            name, first, rom = "%s %s %s" % (fa, mi, gi), gi, asciiname(gi) + asciiname(fa)
        else:
            fam, giv, sep = SCRIPT_NAMES[sc]
            a, b = rng.choice(fam), rng.choice(giv)
            if sep:  # given-name first scripts
                name, first, rom = a[0] + " " + b[0], a[0], a[1] + b[1]
            else:
                name, first, rom = a[0] + b[0], a[0] + b[0], a[1] + b[1]
        rom = rom.replace(".", "").replace("_", "") if len(rom) > 20 else rom
        h = rom.strip("._")[:22]
        if h in used or rng.random() < 0.3:
            h = h[:18] + str(rng.randrange(10, 9999))
        while h in used:
            h = h[:18] + str(rng.randrange(10, 99999))
        used.add(h)
        m = {"user": "u%d" % (i + 1), "name": name, "handle": h, "first": first, "script": sc}
        members.append(m)
        pools["latin" if sc == "ambig" else sc].append(m)
    return members, pools


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c


def cc_brand(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return "discover"
    return None


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "AT": 20, "CH": 21,
            "PL": 28, "SE": 24, "PT": 25, "IE": 22, "TR": 26, "DK": 18, "FI": 18, "NO": 15, "CZ": 24}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))


def iban_ok(s):
    s = s.replace(" ", "")
    return IBAN_LEN.get(s[:2]) == len(s) and s[2:4].isdigit() and iban_num(s) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g and n


def ip4_global(s):
    return ipaddress.ip_address(s).is_global and not ipaddress.ip_address(s).is_multicast


def ip6_global(s):
    a = ipaddress.ip_address(s)
    return a.version == 6 and a.is_global and not a.is_multicast and a not in ipaddress.ip_network("2001:db8::/32")


DOC_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(example|test))$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def email_ok(s):
    t = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", s)
    t = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", t)
    return bool(EMAIL_RE.match(t)) and not DOC_DOM.search(t.split("@")[1].lower()) and ".." not in t


# ---------------------------------------------------------------- value generators
FREE = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "gmx.at",
        "orange.fr", "free.fr", "libero.it", "yahoo.co.jp", "naver.com", "qq.com", "163.com",
        "mail.ru", "yandex.ru", "icloud.com", "proton.me", "seznam.cz", "wp.pl", "uol.com.br",
        "rediffmail.com", "bigpond.com", "t-online.de"]
CORP = ["acme.io", "siemens.com", "zalando.de", "bosch.com", "infosys.com", "nubank.com.br",
        "rakuten.co.jp", "tokopedia.com", "safaricom.co.ke", "flutterwave.com", "atlassian.com",
        "booking.com", "adyen.com", "n26.com", "mercadolibre.com", "grab.com", "kaspi.kz",
        "shopify.com", "deliveroo.co.uk", "vinted.lt", "trendyol.com", "wix.com", "ovhcloud.com"]
ROLES = ["jobs", "hr", "careers", "info", "kontakt", "recrutement", "privacy", "talent", "press", "hello"]


class G:
    def __init__(self, rng, pools):
        self.r, self.pools = rng, pools

    def member(self, lang):
        r = self.r
        sc = {"zh": "zh", "ja": "ja", "ko": "ko", "ru": "ru", "uk": "uk", "el": "el", "ar": "ar", "he": "he",
              "hi": "hi", "th": "th", "vi": "vi"}.get(lang)
        if sc and self.pools.get(sc) and r.random() < 0.8:
            return r.choice(self.pools[sc])
        return r.choice(self.pools["latin"])

    def name_variant(self, m):
        n, x = m["name"], self.r.random()
        if m["script"] in ("latin", "ambig", "vi"):
            if x < 0.12:
                return n.lower()
            if x < 0.18:
                return n.upper()
            if x < 0.35:
                return fold(n)
        return n

    def first(self, m):
        f, x = m["first"], self.r.random()
        if m["script"] in ("latin", "ambig", "vi") and x < 0.2:
            return fold(f)
        return f

    def email(self, m=None):
        r = self.r
        if r.random() < 0.15:
            return "%s@%s" % (r.choice(ROLES), r.choice(CORP))
        if m and m["script"] in ("latin", "ambig", "vi"):
            parts = fold(m["name"]).lower().replace("'", "").split()
            local = r.choice([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + "_" + parts[-1],
                              parts[0] + str(r.randrange(1, 99)), parts[-1] + "." + parts[0][0]])
        else:
            local = (m["handle"] if m else "user") if r.random() < 0.6 else r.choice(
                ["kontakt", "maria.h", "dev.ops", "b.tan", "ngozi+jobs", "a.k"]) + str(r.randrange(1, 999))
        local = re.sub(r"[^a-z0-9._+-]", "", local.lower()).strip(".") or "m" + str(r.randrange(100))
        local = re.sub(r"\.\.+", ".", local)
        dom = r.choice(FREE + CORP)
        return local + "@" + dom

    def email_obf(self, m=None):
        e = self.email(m)
        loc, dom = e.split("@")
        x = self.r.random()
        if x < 0.4:
            return "%s [at] %s" % (loc, dom.replace(".", " [dot] "))
        if x < 0.7:
            return "%s(at)%s" % (loc, dom)
        return "%s (at) %s" % (loc, dom.replace(".", " (dot) "))

    def doc_email(self):
        r = self.r
        return "%s@%s" % (r.choice(["jane.doe", "user", "max.mustermann", "test", "noreply", "alice", "bob"]),
                          r.choice(["example.com", "example.org", "example.net", "mail.example", "corp.test",
                                    "demo.example"]))

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n):
        return self.r.choice("23456789") + self.d(n - 1)

    def phone(self, cc=None):
        r = self.r
        cc = cc or r.choice("US CA UK DE FR IN BR JP AU CN ES IT NL NG E164".split())
        d, nz = self.d, self.nz
        if cc in ("US", "CA"):
            a = r.choice(["212", "415", "617", "312", "646", "206", "512", "303"] if cc == "US" else
                         ["416", "604", "514", "403", "613"])
            ex = nz(3)
            while ex == "555":
                ex = nz(3)
            ln = d(4)
            p = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "1-%s-%s-%s",
                          "+1 (%s) %s-%s"]) % (a, ex, ln)
        elif cc == "UK":
            p = r.choice(["+44 20 %s %s" % ("7" + d(3), d(4)), "020 %s %s" % ("3" + d(3), d(4)),
                          "07%s %s" % (r.choice(["911", "412", "853", "723"]), d(6)),
                          "+44 (0)7%s %s" % (r.choice(["911", "412", "853"]), d(6)),
                          "+44 161 %s %s" % (nz(3), d(4)), "0131 %s %s" % (nz(3), d(4))])
        elif cc == "DE":
            p = r.choice(["+49 30 %s" % nz(8), "030 %s %s" % (nz(4), d(4)), "0151 %s" % nz(8),
                          "+49 (0)89 %s" % nz(7), "089/%s" % nz(7), "+49 176 %s %s" % (nz(4), d(4)),
                          "0221-%s" % nz(6), "+49-40-%s" % nz(7)])
        elif cc == "FR":
            g = lambda: d(2)
            p = r.choice(["0%s %s %s %s %s" % (r.choice("1234567"), g(), g(), g(), g()),
                          "+33 %s %s %s %s %s" % (r.choice("1234567"), g(), g(), g(), g()),
                          "0%s.%s.%s.%s.%s" % (r.choice("67"), g(), g(), g(), g()),
                          "+33 (0)%s %s %s %s %s" % (r.choice("16"), g(), g(), g(), g())])
        elif cc == "IN":
            p = r.choice(["+91 %s %s" % (r.choice("6789") + d(4), d(5)), "0%s %s" % (r.choice("9876") + d(4), d(5)),
                          "+91-22-%s-%s" % (nz(4), d(4)), "+91 80 %s %s" % (nz(4), d(4)), "%s%s" % (r.choice("98"), d(9))])
        elif cc == "BR":
            p = r.choice(["(11) 9%s-%s" % (d(4), d(4)), "+55 11 9%s-%s" % (d(4), d(4)), "+55 21 %s-%s" % (nz(4), d(4)),
                          "(21) %s-%s" % (r.choice("2345") + d(3), d(4)), "+55 (31) 9%s %s" % (d(4), d(4))])
        elif cc == "JP":
            p = r.choice(["03-%s-%s" % (nz(4), d(4)), "090-%s-%s" % (d(4), d(4)), "+81 3-%s-%s" % (nz(4), d(4)),
                          "+81 90 %s %s" % (d(4), d(4)), "06-%s-%s" % (nz(4), d(4)), "080-%s-%s" % (d(4), d(4))])
        elif cc == "AU":
            p = r.choice(["(02) %s %s" % (r.choice("89") + d(3), d(4)), "04%s %s %s" % (d(2), d(3), d(3)),
                          "+61 4%s %s %s" % (d(2), d(3), d(3)), "+61 3 %s %s" % (r.choice("89") + d(3), d(4))])
        elif cc == "CN":
            m = r.choice(["138", "139", "186", "150", "177", "135"])
            p = r.choice(["%s %s %s" % (m, d(4), d(4)), "+86 %s %s %s" % (m, d(4), d(4)), "%s%s" % (m, d(8)),
                          "010-%s %s" % (nz(4), d(4)), "+86 21 %s %s" % (nz(4), d(4)), "%s-%s-%s" % (m, d(4), d(4))])
        elif cc == "ES":
            p = r.choice(["+34 6%s %s %s" % (d(2), d(3), d(3)), "91%s %s %s" % (d(1), d(3), d(3)),
                          "6%s %s %s" % (d(2), d(2), d(2) + " " + d(2)), "+34 93 %s %s %s" % (d(3), d(2), d(2))])
        elif cc == "IT":
            p = r.choice(["+39 06 %s %s" % (nz(4), d(4)), "3%s %s %s" % (r.choice("4789") + d(1), d(3), d(4)),
                          "+39 3%s %s" % (r.choice("4789") + d(1), d(7)), "02 %s %s" % (nz(4), d(4))])
        elif cc == "NL":
            p = r.choice(["+31 6 %s" % d(8), "06-%s" % d(8), "020 %s %s" % (nz(3), d(4)), "+31 (0)20 %s %s" % (nz(3), d(4)),
                          "010-%s" % nz(7)])
        elif cc == "NG":
            p = r.choice(["+234 80%s %s %s" % (r.choice("3678"), d(3), d(4)), "080%s %s %s" % (r.choice("3678"), d(3), d(4)),
                          "+234 (0)70%s %s %s" % (r.choice("3689"), d(3), d(4)), "0813-%s-%s" % (d(3), d(4))])
        else:
            p = r.choice(["+4915%s" % d(9), "+447%s" % d(9), "+3361%s" % d(7), "+5511%s" % d(9), "+81901%s" % d(7),
                          "+2348%s" % d(9), "+61412%s" % d(6), "+12125%s" % (r.choice("2346789") + d(5))])
        x = r.random()
        if x < 0.08:
            p = p.replace(" ", "\u00a0")
        return p

    def ip4(self):
        r = self.r
        while True:
            a = "%d.%d.%d.%d" % (r.randrange(1, 224), r.randrange(256), r.randrange(256), r.randrange(1, 255))
            if ip4_global(a):
                return a

    def ip4_bad(self):
        r = self.r
        return r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                         "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                         "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255)),
                         "127.0.0.1", "169.254.%d.%d" % (r.randrange(1, 255), r.randrange(256)),
                         "198.51.100.%d" % r.randrange(1, 255), "203.0.113.%d" % r.randrange(1, 255),
                         "192.0.2.%d" % r.randrange(1, 255), "100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(256)),
                         "0.0.0.0", "255.255.255.255", "240.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(256))])

    def ip6(self):
        r = self.r
        while True:
            pre = r.choice(["2a00:1450", "2606:4700", "2a03:2880", "2001:4860", "2a02:8108", "2400:cb00", "2c0f:fb50", "2804:14c"])
            groups = pre.split(":") + ["%x" % r.randrange(0x10000) for _ in range(6)]
            x = r.random()
            if x < 0.3:
                s = ":".join("%04x" % int(g, 16) for g in groups)
            elif x < 0.8:
                s = ":".join(groups[:4]) + "::" + "%x" % r.randrange(1, 0x10000)
            else:
                s = ":".join(groups)
            if r.random() < 0.1:
                s = s.upper()
            if ip6_global(s):
                return s

    def ip6_bad(self):
        r = self.r
        h = lambda: "%x" % r.randrange(1, 0x10000)
        return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "::1", "2001:db8::%s" % h(),
                         "2001:db8:%s::%s" % (h(), h()), "fd%02x:%s:%s::%s" % (r.randrange(256), h(), h(), h()), "ff02::1"])

    def cc(self):
        r = self.r
        b = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65"])
        pre, n = {"visa": ("4", 16), "mc": (str(r.randrange(51, 56)), 16), "mc2": (str(r.randrange(2221, 2721)), 16),
                  "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16), "disc65": ("65", 16)}[b]
        num = luhn_complete(pre + self.d(n - 1 - len(pre)))
        return self.group_cc(num)

    def group_cc(self, num):
        sep = self.r.choice(["", " ", " ", "-"])
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def cc_bad(self):
        num = luhn_complete("4" + self.d(14))
        last = str((int(num[-1]) + self.r.randrange(1, 10)) % 10)
        return self.group_cc(num[:-1] + last)

    def bban(self, c):
        r, d = self.r, self.d
        up = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        return {"GB": lambda: up(4) + d(14), "NL": lambda: up(4) + d(10), "IT": lambda: up(1) + d(22),
                "IE": lambda: up(4) + d(14)}.get(c, lambda: d(IBAN_LEN[c] - 4))()

    def iban(self, bad=False):
        r = self.r
        c = r.choice(list(IBAN_LEN))
        b = self.bban(c)
        chk = 98 - iban_num(c + "00" + b) % 97
        if bad:
            chk = (chk + r.randrange(1, 90)) % 100
            if chk < 2:
                chk += 2
        s = "%s%02d%s" % (c, chk, b)
        if bad and iban_ok(s):
            return self.iban(True)
        if r.random() < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self):
        r = self.r
        a = r.choice([r.randrange(1, 666), r.randrange(667, 900)])
        s = "%03d%s%02d%s%04d" % (a, "@", r.randrange(1, 100), "@", r.randrange(1, 10000))
        return s.replace("@", r.choice(["-", "-", "-", " "]))

    def ssn_bad(self):
        r = self.r
        a, g, n = r.randrange(1, 666), r.randrange(1, 100), r.randrange(1, 10000)
        k = r.randrange(5)
        if k == 0: a = 0
        elif k == 1: a = 666
        elif k == 2: a = r.randrange(900, 1000)
        elif k == 3: g = 0
        else: n = 0
        return "%03d-%02d-%04d" % (a, g, n)

    def url(self, m):
        r, h = self.r, m["handle"]
        u = r.choice(["linkedin.com/in/%s" % h, "github.com/%s" % h, "x.com/%s" % h, "twitter.com/%s" % h,
                      "medium.com/@%s" % h, "bsky.app/profile/%s.bsky.social" % h, "%s.substack.com" % h,
                      "calendly.com/%s" % h, "linkedin.com/in/%s/" % h, "calendly.com/%s/30min" % h])
        pre = r.choice(["https://", "https://www.", "", "http://", "www."])
        if u.startswith(("bsky", "calendly", "x.com")) or ".substack" in u:
            pre = pre.replace("www.", "")
        return pre + u

    def url_bad(self):
        r = self.r
        return r.choice(["https://www.linkedin.com/company/%s/" % r.choice(["zalando", "adyen", "infosys"]),
                         "https://careers.%s/jobs/%d" % (r.choice(CORP), r.randrange(1000, 99999)),
                         "https://docs.python.org/3/library/re.html", "https://arxiv.org/abs/2403.%05d" % r.randrange(100000),
                         "https://www.eventbrite.com/e/devfest-%d-tickets-%d" % (r.randrange(2020, 2027), r.randrange(10**9, 10**10)),
                         "https://forms.gle/%s" % "".join(r.choice("abcdefXYZ123") for _ in range(10)),
                         "github.com/python/cpython/issues/%d" % r.randrange(1000, 120000), "https://doi.org/10.1145/%d.%d" % (r.randrange(1000000, 9999999), r.randrange(1000000, 9999999)),
                         "https://www.%s/about" % r.choice(CORP), "https://%s/pricing" % r.choice(CORP)])

    def neg(self, cat):
        r, d = self.r, self.d
        if cat == "DATE":
            y, mo, da = r.randrange(2019, 2028), r.randrange(1, 13), r.randrange(1, 29)
            return r.choice(["%d-%02d-%02d" % (y, mo, da), "%02d.%02d.%d" % (da, mo, y), "%02d/%02d/%d" % (mo, da, y),
                             "%d年%d月%d日" % (y, mo, da)])
        if cat == "TIME":
            h = r.randrange(7, 21)
            return r.choice(["%02d:%02d" % (h, r.choice([0, 15, 30, 45])), "%d:%02d–%d:%02d" % (h, 0, h + 1, 30),
                             "%02d:%02d:%02d UTC" % (h, r.randrange(60), r.randrange(60))])
        if cat == "PRICE":
            return r.choice(["€%d,%02d" % (r.randrange(10, 9999), r.randrange(100)), "$%d,%03d.00" % (r.randrange(1, 99), r.randrange(1000)),
                             "%d %03d ₽" % (r.randrange(1, 999), r.randrange(1000)), "¥%d,%03d" % (r.randrange(1, 999), r.randrange(1000)),
                             "R$ %d.%03d,00" % (r.randrange(1, 99), r.randrange(1000)), "₹%d,%02d,%03d" % (r.randrange(1, 99), r.randrange(100), r.randrange(1000))])
        if cat == "ORDER_NO":
            return r.choice(["#%s" % d(10), "AB-%s-%s" % (d(4), d(6)), "%s-%s-%s" % (d(3), d(7), d(7)), "Nr. %s" % d(9)])
        if cat == "TICKET_NO":
            return r.choice(["INC-%s" % d(7), "JIRA-%s" % d(5), "CS %s %s" % (d(4), d(4)), "#%s" % d(6)])
        if cat == "ISBN":
            return r.choice(["978-3-16-148410-0", "978-0-13-468599-1", "978 1 4493 5573 9", "979-10-90636-07-1",
                             "0-306-40615-2", "978-4-06-519981-7"])
        if cat == "VERSION":
            return r.choice(["v%d.%d.%d" % (r.randrange(1, 20), r.randrange(30), r.randrange(30)),
                             "%d.%d.%d-rc%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(20), r.randrange(1, 5)),
                             "build 2024.%02d.%02d.%d" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 999))])
        if cat == "PATENT":
            return r.choice(["US 10,%03d,%03d B2" % (r.randrange(1000), r.randrange(1000)), "EP 3 %03d %03d A1" % (r.randrange(1000), r.randrange(1000)),
                             "WO 2021/%06d" % r.randrange(10**6), "US 2023/0%06d A1" % r.randrange(10**6)])
        if cat == "VERSION_IP":
            return "%d.%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 20), r.randrange(1, 300))
        raise KeyError(cat)


ORG = ["Morgan Stanley", "JPMorgan Chase", "Ford Motor Company", "Marshall Amps", "Porsche Consulting",
       "Grace Foods", "Rose Bakery", "Hope Hospice", "Stanley Black & Decker", "Victoria's Secret", "Will & Co Architects"]
PLACE = ["Charlotte, NC", "Sydney", "Florence", "Victoria, BC", "Georgia", "Stanley, Falklands", "Chase County",
         "Mount Hope", "Rose Bay"]
EPONYM = ["Dijkstra's algorithm", "Fourier transform", "Bayes' theorem", "Kalman filter", "Turing test", "Turing machine",
          "Dijkstra shortest path", "Bayesian optimisation", "Fourier series", "Marshall Plan"]
WORDS = [("we ", "will", " ship it next sprint"), ("the grace", "", " period ends Friday"), ("revenue ", "rose", " 12% last quarter"),
         ("I ", "hope", " the demo works"), ("please ", "mark", " the calendar"), ("a leap of ", "faith", ""),
         ("pure ", "joy", " to work with"), ("the ", "chase", " for talent is on"), ("a ", "rose", " garden party"),
         ("", "Will", " the build pass?"), ("", "Hope", " this helps!")]

# ---------------------------------------------------------------- templates
# slots: {P} full name, {PP} possessive, {F} first name (greeting/thanks), {H} handle, {E} email,
# {EO} obfuscated email, {PH} phone, {IP4} {IP6} {CC} {IBAN} {SSN} {URL}; negatives: {xDOC} {xDATE}
# {xTIME} {xPRICE} {xORD} {xTIC} {xISBN} {xVER} {xPAT} {xIP4} {xVIP} {xIP6} {xCC} {xIBAN} {xSSN}
# {xURL} {xORG} {xPLACE} {xEPO} {xWORD}
T = [
 ("en", "Testimonial: {P} rebuilt our pipeline in two weeks. Reach her at {E} or {PH}. Invoice total {xPRICE}."),
 ("en", "Thanks, {F}! The webinar recording is up; slides on {xDATE} at {xTIME}."),
 ("en", "[webinar chat] {H}: can you share the deck? my mail is {E}"),
 ("en", "Code review: {PP} patch bumps libfoo to {xVER} and fixes the {xEPO} bug. LGTM."),
 ("en", "Welcome aboard, {F}! Your onboarding buddy is {P} ({E}). Laptop ticket {xTIC}."),
 ("en", "HR: please send your SSN ({SSN}) and IBAN {IBAN} to payroll before {xDATE}. Do not reuse {xSSN}, it is invalid."),
 ("en", "For sale: standing desk, {xPRICE}. Call {PH} or write to {EO}."),
 ("en", "Congratulations to {P} and family on the birth of baby Leo on {xDATE}! Card is at reception."),
 ("en", "Works council election: candidates {P}, {P} and {P}. Questions: {E}."),
 ("en", "Charity 10k run: {P} finished in {xTIME}! Sponsor link: {URL}"),
 ("en", "Our login from {IP4}:8443 was blocked; internal host {xIP4} is fine."),
 ("en", "Incident {xTIC}: traffic from {IP6} and [{IP6}]:443 spiked; {xIP6} is link-local, ignore."),
 ("en", "Card on file {CC}, exp 09/28. The number {xCC} failed Luhn, so the form rejected it."),
 ("en", "Connect with me: {URL} (and our company page {xURL})."),
 ("en", "I worked with {P} at {xORG} for three years before moving to {xPLACE}."),
 ("en", "Recruiter here: is {P} still open to roles? Her profile {URL} is great; reply to {E}."),
 ("en", "Paper club: we read about the {xEPO} and {xEPO} this week. Hosted by {P}."),
 ("en", "{xWORD}. Ping {H} or call {PH}."),
 ("en", "Shipping note: order {xORD}, ISBN {xISBN}, contact {P} <{E}>."),
 ("en", "Patent {xPAT} was cited by {PP} team; reach them at mailto:{E}."),
 ("en", "Hey {F}, the VPN gateway {IP4}/32 is whitelisted. Firmware {xVIP} in the release notes is unrelated."),
 ("en", "Wedding bells! {P} married {P} last Saturday in {xPLACE}. Gifts: IBAN {IBAN}."),
 ("en", "Book a slot with me: {URL}. Do not use {xDOC}, that inbox is a placeholder."),
 ("en", "Good morning {F}, your badge for {xDATE} is ready."),
 ("en", "Many thanks to {H} and {P} for the mentoring session!"),
 ("en", "Reimbursement: Amex {CC}, amount {xPRICE}, reference {xORD}."),
 ("en", "US hires need SSN {SSN} on the I-9; {xSSN} will bounce."),
 ("en", "Transfer to {IBAN} failed, the bank said {xIBAN} has bad check digits."),
 ("en", "Meetup notes by {P}: next one {xDATE}, {xTIME}, RSVP at {xURL}."),
 ("en", "Ask {H} about the {xEPO}; she wrote the reference implementation in {xVER}."),
 ("en", "Phone interview with {P}: {PH} (mobile), backup {PH}."),
 ("en", "Cheers {F}! Loved your talk."),
 ("en", "New role alert: {P} joins {xORG} as CFO. Press: {E}"),
 ("en", "Allowlist {IP4}, {IP4} and {IP6} for the CI runners; {xIP4} is our NAT."),
 ("de", "Hallo {F}, willkommen im Team! Deine Ansprechpartnerin ist {P}, Tel. {PH}, E-Mail {E}."),
 ("de", "Betriebsratswahl am {xDATE}: Kandidat:innen sind {P} und {P}. Fragen an {EO}."),
 ("de", "Kleinanzeige: Fahrrad für {xPRICE}, Kontakt {PH} ({P})."),
 ("de", "Bitte überweise die Spende auf {IBAN}; die alte IBAN {xIBAN} ist ungültig."),
 ("de", "Danke, {F}! Der Spendenlauf war großartig. Profil: {URL}"),
 ("de", "Wir gratulieren {P} zur Hochzeit am {xDATE} in {xPLACE}."),
 ("de", "Code-Review von {H}: Bitte Version {xVER} pinnen, Ticket {xTIC}."),
 ("fr", "Bonjour {F}, voici le compte rendu du webinaire. Contact : {E} ou {PH}."),
 ("fr", "Merci {F} ! Ton virement sur {IBAN} est bien arrivé."),
 ("fr", "Témoignage client : {P} a piloté notre migration. Son profil : {URL}."),
 ("fr", "Élection du CSE le {xDATE} : votez pour {P} ! Questions à {EO}."),
 ("fr", "À vendre : vélo cargo {xPRICE}. Appelez {PH}, demandez {P}."),
 ("es", "¡Gracias, {F}! Te escribo a {E} con el contrato. Mi móvil: {PH}."),
 ("es", "Anuncio: {P} y {P} se casaron en {xPLACE}. Regalo: {IBAN}."),
 ("es", "Carrera solidaria del {xDATE}: {P} corrió 10 km. Perfil {URL}"),
 ("es", "El pedido {xORD} lo gestiona {P} ({PH})."),
 ("it", "Ciao {F}, benvenuta! Il tuo referente è {P}, tel. {PH}."),
 ("it", "Grazie {F}! Bonifico su {IBAN}, causale fattura {xORD}."),
 ("it", "Testimonianza: lavorare con {P} è stato un piacere. Scrivetele a {E}."),
 ("pt", "Olá {F}! O webinar foi ótimo. Meu WhatsApp é {PH} e meu e-mail {E}."),
 ("pt", "Parabéns a {P} pelo nascimento da filha! Mensagens: {EO}."),
 ("pt", "Vendo notebook por {xPRICE}. Falar com {P}: {PH}."),
 ("nl", "Hoi {F}, welkom! Je buddy is {P} ({E}, {PH})."),
 ("nl", "Bedankt {F}! De donatie voor de sponsorloop kan naar {IBAN}."),
 ("nl", "Ondernemingsraad: stem op {P} vóór {xDATE}. Info via {URL}"),
 ("pl", "Cześć {F}! Dzięki za code review. Mój GitHub: {URL}"),
 ("pl", "Ogłoszenie: {P} szuka współlokatora, tel. {PH}, mail {E}."),
 ("sv", "Tack {F}! Presentationen från webbinariet finns hos {P} ({E})."),
 ("cs", "Děkujeme, {F}! Příspěvek na charitativní běh posílejte na {IBAN}."),
 ("tr", "Merhaba {F}, işe alım süreciniz başladı. İK iletişim: {E}, {PH}."),
 ("tr", "Teşekkürler {F}! Düğün hediyesi için IBAN: {IBAN}."),
 ("tr", "Müşteri yorumu: {P} harika bir danışman. Profil: {URL}"),
 ("vi", "Cảm ơn {F}! Hẹn gặp lại ở hội thảo ngày {xDATE}. Email: {E}."),
 ("vi", "Chúc mừng {P} vừa đón em bé! Liên hệ {PH}."),
 ("vi", "Tuyển dụng: gửi CV cho {P} qua {E} trước {xDATE}."),
 ("id", "Terima kasih, {F}! Rekaman webinar dikirim ke {E}."),
 ("id", "Dijual laptop bekas {xPRICE}, hubungi {P} di {PH}."),
 ("id", "Selamat atas pernikahan {P}! Kado bisa ke {IBAN}."),
 ("sw", "Asante {F}! Mbio za hisani zilikuwa nzuri. Wasiliana na {P} kwa {PH}."),
 ("sw", "Karibu {F}! Barua pepe ya HR ni {E}."),
 ("sw", "Tangazo: {P} amechaguliwa kwenye baraza la wafanyakazi. Maoni: {EO}."),
 ("ru", "Спасибо, {F}! Запись вебинара отправлю на {E}."),
 ("ru", "Поздравляем {P} с рождением сына! Телефон для поздравлений: {PH}."),
 ("ru", "Код-ревью от {H}: обновите до {xVER}, тикет {xTIC}."),
 ("ru", "Продаю велосипед за {xPRICE}, пишите {P}: {E}."),
 ("uk", "Дякую, {F}! Благодійний забіг зібрав {xPRICE}. Реквізити: {IBAN}."),
 ("uk", "Вітаємо {P} з новою посадою! Профіль: {URL}"),
 ("el", "Ευχαριστώ {F}! Στείλε μου το αρχείο στο {E}."),
 ("el", "Συγχαρητήρια στον {P} για τον γάμο του! Τηλ. {PH}."),
 ("ar", "شكرا {F}! أرسل العرض إلى {E} من فضلك."),
 ("ar", "تهانينا إلى {P} بمناسبة الزفاف. للتواصل: {PH}"),
 ("ar", "إعلان وظيفة: راسلوا {P} على {E} قبل {xDATE}."),
 ("he", "תודה {F}! שלחתי את המצגת ל-{E}."),
 ("he", "מזל טוב ל-{P} להולדת הבת! טלפון: {PH}"),
 ("hi", "धन्यवाद {F}! वेबिनार की रिकॉर्डिंग {E} पर भेज दी है।"),
 ("hi", "{P} को नई भूमिका की बधाई! संपर्क: {PH}"),
 ("hi", "भर्ती: अपना सीवी {P} को {E} पर भेजें, अंतिम तिथि {xDATE}।"),
 ("th", "ขอบคุณ{F}มากครับ ส่งสไลด์ไปที่{E} แล้ว"),
 ("th", "ยินดีด้วยกับ{P}ที่แต่งงาน โทร{PH}"),
 ("th", "ประกาศขายโน้ตบุ๊ก ติดต่อ{P} {PH} ราคา {xPRICE}"),
 ("zh", "感谢{P}的分享！邮箱{E}，电话{PH}。"),
 ("zh", "招聘：简历请发至{E}，联系人{P}，截止{xDATE}。"),
 ("zh", "恭喜{P}喜得千金！红包请转账至{IBAN}。"),
 ("zh", "代码评审：{H}建议升级到{xVER}，工单{xTIC}。"),
 ("zh", "客户评价：{P}非常专业，主页{URL}"),
 ("ja", "{P}さん、ウェビナーありがとうございました。資料は{E}までお送りください。"),
 ("ja", "{P}さんが結婚されました！お祝いは{xDATE}までに。連絡先{PH}"),
 ("ja", "求人：応募は{E}へ。担当{P}（{PH}）"),
 ("ja", "コードレビュー：{H}さん、{xVER}で直りました。"),
 ("ko", "{P}님 감사합니다! 자료는 {E}로 보내주세요."),
 ("ko", "사내 마라톤 1등은 {P}! 축하 메시지는 {PH}로."),
 ("ko", "채용 문의: {P} ({E}, {PH})"),
 ("en", "Profile | {P} | {URL} | {E} | {PH}"),
 ("en", "Server log {xDATE} {xTIME} login by {H} from {IP4} via {xIP4}"),
 ("en", "{P} wrote: \"the {xEPO} is overkill here, a heap does it\" (ticket {xTIC})."),
 ("en", "RE: invoice {xORD}. Hi {F}, please pay {xPRICE} to {IBAN}. Kind regards, {P}"),
 ("en", "The {xORG} office in {xPLACE} asked {P} to speak. Slides: {xURL}"),
 ("en", "Lost & found: blue bag, owner call {PH}. Found near {xPLACE}."),
 ("en", "Sign-up sheet: {P} {E}; {P} {E}; {P} {EO}"),
 ("en", "Emergency contact for {P}: {PH}. Payroll card {CC}."),
]
SLOT = re.compile(r"\{(\w+)\}")
NEGMAP = {"xDATE": "DATE", "xTIME": "TIME", "xPRICE": "PRICE", "xORD": "ORDER_NO", "xTIC": "TICKET_NO",
          "xISBN": "ISBN", "xVER": "VERSION", "xPAT": "PATENT", "xVIP": "VERSION_IP"}


def render(g, lang, tpl):
    r = g.r
    out, spans, negs = [], [], []
    pos = 0
    last = 0
    used = []

    def put(s, typ=None, neg=None, a=0, b=None):
        nonlocal pos
        b = len(s) if b is None else b
        if typ:
            spans.append((pos + a, pos + b, typ))
        if neg:
            negs.append((pos + a, pos + b, neg))
        out.append(s)
        pos += len(s)

    for mo in SLOT.finditer(tpl):
        put(tpl[last:mo.start()])
        last = mo.end()
        k = mo.group(1)
        if k in ("E", "EO", "URL", "H") and used and r.random() < 0.6:
            m = used[-1]  # the contact details of the person just named
        else:
            m = g.member(lang)
        if k in ("P", "PP", "F"):
            used.append(m)
        if k == "P":
            put(g.name_variant(m), "PERSON")
        elif k == "PP":
            n = g.name_variant(m)
            put(n + ("'s" if not n.endswith("s") else "'"), "PERSON", b=len(n))
        elif k == "F":
            put(g.first(m), "PERSON")
        elif k == "H":
            put("@" + m["handle"], "HANDLE")
        elif k == "E":
            put(g.email(m), "EMAIL")
        elif k == "EO":
            put(g.email_obf(m), "EMAIL")
        elif k == "PH":
            put(g.phone(), "PHONE")
        elif k == "IP4":
            put(g.ip4(), "IPV4")
        elif k == "IP6":
            put(g.ip6(), "IPV6")
        elif k == "CC":
            put(g.cc(), "CREDIT_CARD")
        elif k == "IBAN":
            put(g.iban(), "IBAN")
        elif k == "SSN":
            put(g.ssn(), "US_SSN")
        elif k == "URL":
            put(g.url(m), "URL")
        elif k == "xDOC":
            put(g.doc_email(), neg="DOC_EMAIL")
        elif k == "xIP4":
            put(g.ip4_bad(), neg="PRIVATE_IP")
        elif k == "xIP6":
            put(g.ip6_bad(), neg="NONGLOBAL_IP6")
        elif k == "xCC":
            put(g.cc_bad(), neg="CC_LUHN_BAD")
        elif k == "xIBAN":
            put(g.iban(True), neg="IBAN_BAD_CHECK")
        elif k == "xSSN":
            put(g.ssn_bad(), neg="SSN_INVALID")
        elif k == "xURL":
            put(g.url_bad(), neg="URL_NONPERSONAL")
        elif k == "xORG":
            put(r.choice(ORG), neg="ORG_NAME")
        elif k == "xPLACE":
            put(r.choice(PLACE), neg="PLACE_NAME")
        elif k == "xEPO":
            put(r.choice(EPONYM), neg="EPONYM")
        elif k == "xWORD":
            a, w, b = r.choice(WORDS)
            if not w:
                a, w = "the ", "grace"
            put(a)
            put(w, neg="COMMON_WORD")
            put(b)
        elif k == "xVIP":
            put(g.neg("VERSION_IP"), neg="VERSION_IP")
        else:
            put(g.neg(NEGMAP[k]), neg=NEGMAP[k])
    put(tpl[last:])
    return "".join(out), spans, negs


# extra negative-rich lines appended to some records (plus their own language variants)
EXTRA = [
 ("en", "PS: release {xVER} ships firmware {xVIP}; see ISBN {xISBN} and patent {xPAT}."),
 ("en", "Docs contact is {xDOC}; test box {xIP4}, {xIP6}."),
 ("en", "Bad inputs for the validator demo: card {xCC}, IBAN {xIBAN}, SSN {xSSN}."),
 ("en", "{xWORD}. Our {xORG} client in {xPLACE} loves the {xEPO}."),
 ("de", "Nachtrag: Bestellung {xORD}, Termin {xDATE} um {xTIME}, Betrag {xPRICE}."),
 ("en", "Links: {xURL} and {xURL}"),
]


def check_record(rec):
    t, errs = rec["text"], []
    allsp = sorted([(s["start"], s["end"], s["type"]) for s in rec["spans"]] +
                   [(s["start"], s["end"], "NEG:" + s["category"]) for s in rec["negatives"]])
    for a, b in zip(allsp, allsp[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    for s in rec["spans"]:
        v, ty = t[s["start"]:s["end"]], s["type"]
        if v != v.strip() or not v:
            errs.append("whitespace %r" % v)
        ok = True
        if ty == "EMAIL":
            ok = email_ok(v)
        elif ty == "PHONE":
            dg = re.sub(r"\D", "", v)
            ok = 8 <= len(dg) <= 15 and re.fullmatch(r"[+(]?[0-9][0-9 ()\-./\u00a0]*[0-9]", v) is not None
        elif ty == "IPV4":
            ok = ip4_global(v)
        elif ty == "IPV6":
            ok = ip6_global(v)
        elif ty == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            ok = dg.isdigit() and luhn_ok(dg) and cc_brand(dg) is not None
        elif ty == "IBAN":
            ok = iban_ok(v)
        elif ty == "US_SSN":
            ok = re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) is not None and ssn_ok(v)
        elif ty == "URL":
            ok = re.search(r"(linkedin\.com/in/|github\.com/|x\.com/|twitter\.com/|medium\.com/@|bsky\.app/profile/|"
                           r"substack\.com|calendly\.com/)", v) is not None and v[-1] not in ".)"
        elif ty == "HANDLE":
            ok = re.fullmatch(r"@[a-z0-9_.]+", v) is not None
        if not ok:
            errs.append("invalid %s %r" % (ty, v))
    for s in rec["negatives"]:
        v, c = t[s["start"]:s["end"]], s["category"]
        bad = ((c == "CC_LUHN_BAD" and luhn_ok(re.sub(r"\D", "", v))) or (c == "IBAN_BAD_CHECK" and iban_ok(v))
               or (c == "SSN_INVALID" and ssn_ok(v)) or (c == "PRIVATE_IP" and ip4_global(v))
               or (c == "NONGLOBAL_IP6" and ip6_global(v)) or (c == "DOC_EMAIL" and not DOC_DOM.search(v.split("@")[1])))
        if bad:
            errs.append("negative is valid %s %r" % (c, v))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    members, pools = make_members(rng, a.members)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]}, ensure_ascii=False) + "\n")
    g = G(rng, pools)
    recs = []
    for i in range(a.records):
        parts = []
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            lang, tpl = rng.choice(T)
            parts.append(render(g, lang, tpl))
        if rng.random() < 0.45:
            lang, tpl = rng.choice(EXTRA)
            parts.append(render(g, lang, tpl))
        text, spans, negs, off = "", [], [], 0
        for j, (t, sp, ng) in enumerate(parts):
            sep = "" if j == 0 else rng.choice([" ", "\n", "\n\n", " — "])
            off = len(text) + len(sep)
            text += sep + t
            spans += [(s + off, e + off, ty) for s, e, ty in sp]
            negs += [(s + off, e + off, c) for s, e, c in ng]
        recs.append({"id": "b15-%d-%05d" % (a.seed, i + 1), "text": text,
                     "spans": [{"start": s, "end": e, "type": ty} for s, e, ty in spans],
                     "negatives": [{"start": s, "end": e, "category": c} for s, e, c in negs]})
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "pii": r["spans"]}, ensure_ascii=False) + "\n")
    if a.selfcheck:
        bad = 0
        tc, nc = collections.Counter(), collections.Counter()
        with open(os.path.join(a.out, "corpus.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                errs = check_record(r)
                for e in errs[:3]:
                    print("%s: %s" % (r["id"], e), file=sys.stderr)
                bad += bool(errs)
                tc.update(s["type"] for s in r["spans"])
                nc.update(s["category"] for s in r["negatives"])
        print("records %d, templates %d, languages %d, members %d" % (len(recs), len(T) + len(EXTRA),
              len({l for l, _ in T}), len(members)))
        print("spans: " + ", ".join("%s %d" % kv for kv in sorted(tc.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(nc.items())))
        print("selfcheck: %s (%d bad records)" % ("OK" if not bad else "FAILED", bad))
        if bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
