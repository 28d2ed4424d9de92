#!/usr/bin/env python3
"""gen_blind13.py - an independent, labelled PII corpus for askfirst's redactor (issue 3).

Written BLIND on 2026-11-29 from two sources only: the text of issue 3 (the product's
definition of personal data, its hard negatives and its targets) and bench/pii/score.py (the
input format).  No other generator, name list, engine source, test or document of the project
was read, and the corpus was not scored against the engine by its author.

  gen_blind13.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl ({"user","name","handle"} per line), DIR/corpus.jsonl ({"id","text",
"spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets in code points,
end-exclusive) and DIR/gold_as_pred.jsonl (the gold spans under "pii", for a self-test with
score.py --check).  Python 3 standard library only; output depends only on the arguments
(one random.Random(seed), no set or hash iteration order).

Covers: posts, comments, direct messages, profile fields, job ads and server-log snippets of a
professional social network in 23 languages (en de fr es it pt nl pl sv tr vi id sw ru uk el ar
he hi zh ja ko th), Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, kana, Hangul and
Thai scripts; PII sometimes glued to CJK/Thai text on both sides.  Every type of issue 3:
EMAIL (personal, work, role, [at]/[dot] and (at) obfuscation, mailto:, <...>), PHONE (US/CA,
UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG, bare E.164; space, dash, dot, slash, NBSP,
(0)), IPV4 (routable; :port and /cidr outside), IPV6 (full and compressed, [ ]:port outside),
CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55/2221-2720, Amex, Discover; grouped or not),
IBAN (mod-97 valid, 27 countries, compact or grouped by four), US_SSN (dash or space), URL
(profile links only), HANDLE (@handle of members), PERSON (directory names).

Labelling choices where the issue leaves room (what a careful privacy engineer would expect):
  * HANDLE spans include the "@" ("@anjaweber"); @-accounts of companies that are not in the
    member directory are negatives (category at_nonmember).  Mentions are written by handle;
    no "@Full Name" forms are generated.
  * PERSON: member full names in original case, UPPER, lower or without diacritics; first
    name alone only in greetings and thanks; possessive "Anja Weber's" labels "Anja Weber";
    CJK/Korean full names without a space, also glued to text and honorifics (王芳你好,
    田中美咲さん, 김민준님); Thai given name after the prefix คุณ is labelled without คุณ.
    Vietnamese members are greeted by their last (given) name.
  * EMAIL: the whole obfuscated form ("maria [at] gmail [dot] com") is one span.  Addresses
    at documentation domains (example.com/.org/.net, .example, .test, .invalid) are
    negatives (email_doc_domain), as are npm-style "pkg@1.2.3" (at_package_version).
  * PHONE spans start at "+" or at "(" of "(415)" / "(02)"; "(0)" is inside.
  * URL: profile links on linkedin.com/in, github.com/<user>, x.com, twitter.com,
    medium.com/@, bsky.app/profile, <user>.substack.com, calendly.com/<user>[/event]; a
    trailing "/" stays inside, trailing "." or ")" outside.  The platform's own profile path
    is unknown to a blind author and is not generated.
  * IPV4 with /cidr: the address before "/" is labelled (host addresses only).
  * Negatives are labelled on the PII-looking part only (e.g. "Dijkstra" in "Dijkstra's
    algorithm", "Morgan Stanley", the digits of a date).
No labelled span overlaps another or a negative; every record is rejected and redrawn when a
member's full name or @handle occurs in it unlabelled.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- names
# culture -> (given names, family names); non-Latin entries are (native, romanised)
LATIN = {
    "en": ("Will Grace Rose Hope Joy Mark Charlotte Florence Morgan Austin Sydney Victoria Georgia "
           "Chase Amber June Jordan Emily James Olivia Liam Hannah Ethan Megan Owen Siobhán Aoife "
           "Seán Chloe Daniel".split(),
           "Turner Park Miller Bennett Murphy Conway Moore Hughes O'Brien Walsh Clarke Reid Newton "
           "Nash Ford Johnson Turing Parkinson Hamming Carter Fleming Doyle".split()),
    "de": ("Anja Jürgen Lena Matthias Sören Katrin Björn Uwe Greta Ernst Jörg Heike Lukas Miriam".split(),
           "Weber Müller Schäfer Köhler Schmitz Wagner Hoffmann Krüger Voß Brandt Gauss Kalman".split()),
    "fr": ("Amélie Théo Chloé Élodie Benoît Loïc Margaux Hélène Gaël Céline Mathis".split(),
           "Dubois Lefèvre Moreau Girard Rousseau Fournier Mercier Bélanger Fourier Lemaître".split()),
    "es": ("José Lucía Martín Inés Álvaro Begoña Raúl Nuria Sofía Andrés".split(),
           "García Fernández Martínez Núñez Ortega Iglesias Domínguez Peña Ibáñez".split()),
    "pt": ("João Conceição Thiago Luíza Gonçalo Tainá Letícia Caio".split(),
           "Gonçalves Araújo Magalhães Brandão Lima Oliveira Simões Carvalho".split()),
    "it": ("Giulia Matteo Niccolò Chiara Lorenzo Federica Alessio Ilaria".split(),
           "Rossi Bianchi Esposito Colombo Ricci Ferrari Pareto Galli Mancini".split()),
    "nl": ("Sanne Joost Maarten Femke Bram Lieke Thijs Anouk".split(),
           "de Vries|van Dijk|Jansen|Bakker|Dijkstra|Visser|Smit|Mulder".split("|")),
    "pl": ("Agnieszka Łukasz Małgorzata Paweł Zofia Wojciech Kasia Michał".split(),
           "Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Mazur".split()),
    "sv": ("Åsa Linnéa Sigrid Øystein Mette Henrik Ingrid Jonas".split(),
           "Lindqvist Åkesson Håkansson Sørensen Bergström Nygård Ekström".split()),
    "tr": ("Ayşe Mehmet Çağla Emre Gökhan Şule İlker Zeynep Umut Deniz".split(),
           "Yılmaz Şahin Öztürk Çelik Doğan Aydın Kılıç Arslan".split()),
    "id": ("Putri Budi Dewi Agus Rizky Ayu Wulan Fajar".split(),
           "Santoso Wijaya Hidayat Saputra Kurniawan Lestari Nugroho".split()),
    "sw": ("Wanjiru Otieno Achieng Baraka Neema Juma Amani Imani Zawadi".split(),
           "Mwangi Kamau Odhiambo Wekesa Njoroge Mutua Kiprono Wambui".split()),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka".split(),
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Olawale".split()),
    "in": ("Priya Arjun Ananya Rohan Sneha Vikram Deepa Kavya".split(),
           "Sharma Iyer Patel Reddy Banerjee Nair Gupta Menon".split()),
    "hu": ("Kálmán Zsófia Bence Réka".split(), "Nagy Kovács Szabó Tóth".split()),
}
VI_FAM = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi".split()
VI_MID = "Văn Thị Minh Thu Đức Ngọc".split()
VI_GIV = "An Hương Tuấn Hà Linh Dũng Trang Quang Thảo".split()

NONLATIN = {  # culture: (given [(native, roman)], family [(native, roman)], joiner)
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Ольга", "olga"), ("Сергей", "sergey"),
            ("Екатерина", "ekaterina"), ("Алексей", "alexey"), ("Наталья", "natalya"), ("Иван", "ivan")],
           [("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"), ("Соколов", "sokolov"),
            ("Марков", "markov"), ("Лебедев", "lebedev"), ("Фёдоров", "fedorov")], " "),
    "uk": ([("Олена", "olena"), ("Тарас", "taras"), ("Оксана", "oksana"), ("Богдан", "bohdan"),
            ("Ірина", "iryna"), ("Андрій", "andriy")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"), ("Мельник", "melnyk")], " "),
    "el": ([("Νίκος", "nikos"), ("Μαρία", "maria"), ("Γιώργος", "giorgos"), ("Ελένη", "eleni"),
            ("Δημήτρης", "dimitris"), ("Κατερίνα", "katerina")],
           [("Γεωργίου", "georgiou"), ("Οικονόμου", "oikonomou"), ("Νικολάου", "nikolaou"),
            ("Βασιλείου", "vasileiou"), ("Αντωνίου", "antoniou"), ("Δημητρίου", "dimitriou")], " "),
    "ar": ([("أحمد", "ahmed"), ("فاطمة", "fatima"), ("محمد", "mohamed"), ("ليلى", "layla"),
            ("يوسف", "youssef"), ("مريم", "maryam"), ("عمر", "omar"), ("نور", "nour")],
           [("الحسيني", "alhusseini"), ("العتيبي", "alotaibi"), ("الخطيب", "alkhatib"), ("حداد", "haddad"),
            ("منصور", "mansour"), ("النجار", "alnajjar")], " "),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("תמר", "tamar"), ("אורי", "uri"), ("מיכל", "michal"),
            ("איתי", "itay")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
            ("אברהם", "avraham")], " "),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनीता", "anita"), ("विकास", "vikas"), ("पूजा", "pooja"),
            ("अमित", "amit")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("यादव", "yadav"),
            ("जोशी", "joshi")], " "),
    "th": ([("สมชาย", "somchai"), ("สุดารัตน์", "sudarat"), ("ปิยะ", "piya"), ("วิไล", "wilai"),
            ("ธนพล", "thanapon"), ("กนกวรรณ", "kanokwan")],
           [("ศรีสุข", "srisuk"), ("วงศ์สวัสดิ์", "wongsawat"), ("บุญมา", "boonma"), ("แสงทอง", "saengthong"),
            ("รุ่งเรือง", "rungruang")], " "),
    # CJK: family first, no space
    "zh": ([("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("志强", "zhiqiang"),
            ("晓燕", "xiaoyan"), ("俊杰", "junjie"), ("丽娟", "lijuan"), ("建国", "jianguo"), ("雨涵", "yuhan")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("欧阳", "ouyang")], ""),
    "ja": ([("美咲", "misaki"), ("翔太", "shota"), ("陽菜", "hina"), ("健一", "kenichi"), ("由美", "yumi"),
            ("大輔", "daisuke")],
           [("田中", "tanaka"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("渡辺", "watanabe"),
            ("山本", "yamamoto"), ("中村", "nakamura")], ""),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("예은", "yeeun"),
            ("도윤", "doyun"), ("하은", "haeun")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("윤", "yoon")], ""),
}
CULTURES = sorted(list(LATIN) + ["vi"] + list(NONLATIN))


def fold(s):
    """Case-fold and strip diacritics from Latin/Greek/Cyrillic letters only."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O") \
        .replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x530:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


def ascii_slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).replace("ß", "ss"))


def make_members(n, rng):
    members, handles = [], set()
    for i in range(1, n + 1):
        c = CULTURES[rng.randrange(len(CULTURES))]
        if c in LATIN:
            g = rng.choice(LATIN[c][0])
            f = rng.choice(LATIN[c][1])
            name, given, rg, rf = g + " " + f, g, ascii_slug(g), ascii_slug(f)
        elif c == "vi":
            fa, mi, gi = rng.choice(VI_FAM), rng.choice(VI_MID), rng.choice(VI_GIV)
            name, given, rg, rf = "%s %s %s" % (fa, mi, gi), gi, ascii_slug(gi), ascii_slug(fa)
        else:
            gl, fl, j = NONLATIN[c]
            g, f = rng.choice(gl), rng.choice(fl)
            if j == "":
                name, given = f[0] + g[0], f[0] + g[0]
            else:
                name, given = g[0] + " " + f[0], g[0]
            rg, rf = g[1], f[1]
        base = rng.choice([rg + rf, rg + "_" + rf, rg[0] + rf, rf + rg, rg + rf])
        h = base
        tries = 0
        while h in handles or len(h) < 4:
            tries += 1
            h = base + str(rng.randint(1, 99 if tries < 5 else 999 if tries < 20 else 99999))
        handles.add(h)
        members.append({"user": "u%d" % i, "name": name, "handle": h, "c": c, "given": given})
    return members


# ----------------------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "GB": 22,
            "IE": 22, "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "PT": 25, "TR": 26, "SA": 24,
            "AE": 23, "IL": 23, "GR": 27, "RO": 24, "HU": 28, "CZ": 24, "LU": 20, "HR": 21, "BG": 22}
IBAN_BANK = {"GB": "NWBK BARC HBUK MIDL LOYD".split(), "IE": "AIBK BOFI".split(),
             "NL": "ABNA INGB RABO KNAB TRIO".split(), "RO": "BTRL RNCB".split(), "BG": "BNBG UNCR".split()}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit() and iban_mod(s) == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ipv4_global(s):
    p = s.split(".")
    if len(p) != 4 or not all(x.isdigit() and int(x) < 256 and str(int(x)) == x for x in p):
        return False
    a, b, c, _ = map(int, p)
    if a in (0, 10, 127) or a >= 224:
        return False
    if (a == 100 and 64 <= b < 128) or (a == 169 and b == 254) or (a == 172 and 16 <= b < 32):
        return False
    if a == 192 and (b == 168 or (b == 0 and c in (0, 2)) or (b == 88 and c == 99)):
        return False
    if (a == 198 and b in (18, 19)) or (a == 198 and b == 51 and c == 100) or (a == 203 and b == 0 and c == 113):
        return False
    return True


def ipv6_expand(s):
    if s.count("::") > 1:
        return None
    if "::" in s:
        l, r = s.split("::")
        l = l.split(":") if l else []
        r = r.split(":") if r else []
        mid = 8 - len(l) - len(r)
        if mid < 1:
            return None
        g = l + ["0"] * mid + r
    else:
        g = s.split(":")
    if len(g) != 8 or not all(1 <= len(x) <= 4 and all(c in "0123456789abcdefABCDEF" for c in x) for x in g):
        return None
    return [int(x, 16) for x in g]


def ipv6_global(s):
    g = ipv6_expand(s)
    if not g:
        return False
    if not (0x2000 <= g[0] <= 0x3fff):
        return False
    if g[0] == 0x2001 and (g[1] == 0x0db8 or g[1] < 0x200):
        return False
    return True


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_OBF = re.compile(r"[A-Za-z0-9._+-]+ ?[\[(]at[\])] ?[A-Za-z0-9-]+(( ?[\[(]dot[\])] ?|\.)[A-Za-z0-9-]+)+")
DOC_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$")
URL_RE = re.compile(r"(https?://)?(www\.)?(linkedin\.com/in/[a-z0-9_-]+/?|github\.com/[a-z0-9_-]+/?|"
                    r"(x|twitter)\.com/[a-z0-9_]+/?|medium\.com/@[a-z0-9_]+/?|"
                    r"bsky\.app/profile/[a-z0-9_]+\.bsky\.social|[a-z0-9_-]+\.substack\.com/?|"
                    r"calendly\.com/[a-z0-9_-]+(/[a-z0-9-]+)?/?)")


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    return 8 <= len(d) <= 15 and re.fullmatch(r"[+(0-9][0-9 \-./()\u00a0]*[0-9]", s) is not None


# ----------------------------------------------------------------------------- PII values
PERSONAL_DOM = ("gmail.com outlook.com hotmail.com yahoo.com icloud.com proton.me gmx.de web.de "
                "t-online.de orange.fr free.fr laposte.net libero.it yahoo.co.jp qq.com 163.com naver.com "
                "mail.ru yandex.ru ukr.net seznam.cz wp.pl hotmail.co.uk btinternet.com uol.com.br "
                "rediffmail.com yahoo.co.in bigpond.com").split()
WORK_DOM = ("nordwerk.de brightlane.io kumo-labs.jp solaria.es fintrail.co.uk datahaven.nl "
            "greenloop.fr mwangaza.co.ke lagospay.ng tessera.it pixelforge.com cloudmint.io "
            "andino.com.br sakura-soft.co.jp vanta-health.com bluepeak.com.au").split()
ROLE = "jobs careers hr recruiting talent info hello press people hiring".split()


def email_value(rng, m):
    h = m["handle"].replace("_", ".")
    if rng.random() < 0.2:
        local, dom = rng.choice(ROLE), rng.choice(WORK_DOM)
    else:
        local = rng.choice([h, h + str(rng.randint(1, 99)), h + "+jobs", h.replace(".", "")])
        dom = rng.choice(PERSONAL_DOM + WORK_DOM)
    r = rng.random()
    if r < 0.1:
        name, tld = dom.split(".", 1)
        v = "%s [at] %s [dot] %s" % (local, name, tld.replace(".", " [dot] "))
    elif r < 0.17:
        v = "%s(at)%s" % (local, dom)
    elif r < 0.21:
        name, tld = dom.split(".", 1)
        v = "%s (at) %s (dot) %s" % (local, name, tld.replace(".", " (dot) "))
    else:
        v = local + "@" + dom
    w = rng.random()
    if "at" in v.replace(local, "", 1)[:5] and "@" not in v:
        return "", v, ""
    if w < 0.1:
        return "mailto:", v, ""
    if w < 0.2:
        return "<", v, ">"
    return "", v, ""


def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone_value(rng):
    c = rng.choice("US UK DE FR IN BR JP AU CN ES IT NL NG E164".split())
    R = rng.randint
    if c == "US":
        a = rng.choice("212 415 646 617 312 206 303 512 416 604 514 773 305".split())
        ex = str(R(200, 999))
        while ex == "555" or ex[1:] == "11":
            ex = str(R(200, 999))
        ln = D(rng, 4)
        v = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                        "+1 (%s) %s-%s", "1-%s-%s-%s", "%s %s %s"]) % (a, ex, ln)
    elif c == "UK":
        if rng.random() < 0.5:
            x = rng.choice("3 7 8".split()) + D(rng, 3)
            v = rng.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s", "(020) %s %s"]) % (x, D(rng, 4))
        else:
            x = "7" + rng.choice("1234589") + D(rng, 2)
            v = rng.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "+44 %s-%s"]) % (x, D(rng, 6))
    elif c == "DE":
        if rng.random() < 0.5:
            a = rng.choice(["30", "89", "40", "69", "221", "711"])
            n = str(R(2, 9)) + D(rng, 6 if len(a) == 3 else 7)
            v = rng.choice(["0%s %s", "0%s/%s", "+49 %s %s", "+49 (0)%s %s", "+49-%s-%s", "0%s-%s"]) % (a, n)
        else:
            a = rng.choice(["151", "160", "170", "176", "172", "157"])
            n = D(rng, 8)
            v = rng.choice(["0%s %s", "+49 %s %s", "+49 (0)%s %s %s" % ("%s", n[:4], n[4:]), "0%s-%s"])
            v = v % (a, n) if v.count("%s") == 2 else v % a
    elif c == "FR":
        g = [rng.choice("1234567 9".replace(" ", ""))] + [D(rng, 2) for _ in range(4)]
        s = rng.choice([" ", ".", " "])
        v = rng.choice(["0" + s.join(["%s"] * 5), "+33 " + " ".join(["%s"] * 5),
                        "+33 (0)" + " ".join(["%s"] * 5)]) % tuple(g)
    elif c == "IN":
        if rng.random() < 0.7:
            n = rng.choice("6789") + D(rng, 9)
            v = rng.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "+91 %s%s"]) % (n[:5], n[5:])
        else:
            v = rng.choice(["+91 22 %s %s", "022 %s %s", "+91-11-%s-%s"]) % (str(R(2, 6)) + D(rng, 3), D(rng, 4))
    elif c == "BR":
        a = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        if rng.random() < 0.7:
            v = rng.choice(["+55 %s 9%s-%s", "(%s) 9%s-%s", "+55 (%s) 9%s-%s", "+55 %s 9%s %s"]) % (a, D(rng, 4), D(rng, 4))
        else:
            v = rng.choice(["+55 %s %s-%s", "(%s) %s-%s"]) % (a, str(R(2, 5)) + D(rng, 3), D(rng, 4))
    elif c == "JP":
        if rng.random() < 0.5:
            v = rng.choice(["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s"]) % (rng.choice(["90", "80", "70"]), D(rng, 4), D(rng, 4))
        else:
            v = rng.choice(["03-%s-%s", "06-%s-%s", "+81 3-%s-%s", "+81 6 %s %s"]) % (str(R(1, 9)) + D(rng, 3), D(rng, 4))
    elif c == "AU":
        if rng.random() < 0.5:
            v = rng.choice(["+61 %s %s %s", "(0%s) %s %s", "0%s %s %s"]) % (rng.choice("2378"), str(R(2, 9)) + D(rng, 3), D(rng, 4))
        else:
            v = rng.choice(["04%s %s %s", "+61 4%s %s %s"]) % (D(rng, 2), D(rng, 3), D(rng, 3))
    elif c == "CN":
        if rng.random() < 0.6:
            p = "1" + rng.choice("3456789") + D(rng, 1)
            v = rng.choice(["+86 %s %s %s", "%s-%s-%s", "%s%s%s", "%s %s %s", "+86-%s-%s-%s"]) % (p, D(rng, 4), D(rng, 4))
        else:
            v = rng.choice(["010-%s %s", "+86 10 %s %s", "021-%s%s", "+86 21 %s %s"]) % (str(R(5, 8)) + D(rng, 3), D(rng, 4))
    elif c == "ES":
        v = rng.choice(["+34 %s %s %s", "%s %s %s", "+34 %s-%s-%s"]) % (rng.choice(["6", "7", "91", "93"]).ljust(3, "0")[:1] + D(rng, 2), D(rng, 3), D(rng, 3))
    elif c == "IT":
        if rng.random() < 0.5:
            v = rng.choice(["+39 3%s %s %s", "3%s %s %s", "+39 3%s.%s.%s"]) % (D(rng, 2), D(rng, 3), D(rng, 4))
        else:
            v = rng.choice(["+39 06 %s %s", "02 %s %s", "+39 02 %s%s"]) % (str(R(2, 9)) + D(rng, 3), D(rng, 4))
    elif c == "NL":
        if rng.random() < 0.5:
            v = rng.choice(["+31 6 %s%s", "06-%s%s", "06 %s %s", "+31 (0)6 %s %s"]) % (str(R(1, 9)) + D(rng, 3), D(rng, 4))
        else:
            v = rng.choice(["020 %s %s", "+31 20 %s %s", "+31 (0)20 %s %s", "010-%s %s"]) % (str(R(2, 8)) + D(rng, 2), D(rng, 4))
    elif c == "NG":
        p = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "817", "902"])
        v = rng.choice(["+234 %s %s %s", "0%s %s %s", "+234 (0)%s %s %s", "+234-%s-%s-%s"]) % (p, D(rng, 3), D(rng, 4))
    else:
        v = rng.choice(["+1" + rng.choice(["415", "646", "312"]) + str(R(2, 9)) + D(rng, 6),
                        "+49" + rng.choice(["151", "176", "30"]) + D(rng, 8),
                        "+44" + "79" + D(rng, 8), "+33" + rng.choice("67") + D(rng, 8),
                        "+91" + rng.choice("6789") + D(rng, 9), "+8613" + D(rng, 9),
                        "+61" + "4" + D(rng, 8), "+2348" + D(rng, 9), "+5511" + "9" + D(rng, 8)])
    if rng.random() < 0.08 and " " in v:
        v = v.replace(" ", "\u00a0")
    return v


def ipv4_value(rng):
    while True:
        a = rng.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        v = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipv4_global(v):
            return v


V6PRE = [0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2a05, 0x2600, 0x2601, 0x2603, 0x2604, 0x2606, 0x2607,
         0x2800, 0x2803, 0x2804, 0x2400, 0x2401, 0x2404, 0x2405, 0x2406, 0x2409, 0x240e, 0x2c0f, 0x2001]


def ipv6_value(rng):
    g = [rng.choice(V6PRE)] + [rng.randint(0, 0xffff) for _ in range(7)]
    if g[0] == 0x2001:
        g[1] = rng.choice([0x4860, 0x41d0, 0x67c, 0x1620, 0x470])
    up = rng.random() < 0.15
    if rng.random() < 0.3:
        v = ":".join("%04x" % x for x in g)
    else:
        k = rng.randint(2, 4)
        tail = rng.randint(1, 2)
        v = ":".join("%x" % x for x in g[:k]) + "::" + ":".join("%x" % x for x in g[8 - tail:])
        if rng.random() < 0.5:
            v = ":".join("%x" % x for x in g)
    return v.upper() if up else v


def card_value(rng, valid=True):
    b = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if b == "visa":
        body = "4" + D(rng, 14)
    elif b == "mc":
        body = "5" + str(rng.randint(1, 5)) + D(rng, 13)
    elif b == "mc2":
        body = str(rng.randint(2221, 2720)) + D(rng, 11)
    elif b == "amex":
        body = rng.choice(["34", "37"]) + D(rng, 12)
    else:
        body = rng.choice(["6011", "65" + D(rng, 2), str(rng.randint(644, 649)) + D(rng, 1)]) + D(rng, 11)
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + rng.randint(1, 9)) % 10)
    n = body + d
    sep = rng.choice(["", " ", "-", " ", " "])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def iban_value(rng, valid=True):
    cc = rng.choice(sorted(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc in IBAN_BANK:
        bban = rng.choice(IBAN_BANK[cc]) + D(rng, n - 4)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") + D(rng, n - 1)
    else:
        bban = D(rng, n)
    chk = 98 - iban_mod(cc + "00" + bban)
    if not valid:
        chk = (chk + rng.randint(1, 96)) % 97 + 2
        if chk > 98 or iban_mod(cc + "%02d" % chk + bban) == 1:
            chk = (chk + 1) % 97 + 2
    s = cc + "%02d" % chk + bban
    if not valid and iban_mod(s) == 1:
        s = cc + "%02d" % ((chk + 7) % 90 + 2) + bban
    if rng.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_value(rng, valid=True):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if not valid:
        k = rng.randrange(4)
        if k == 0:
            a = 0
        elif k == 1:
            a = rng.choice([666, rng.randint(900, 999)])
        elif k == 2:
            g = 0
        else:
            s = 0
    sep = rng.choice(["-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def url_value(rng, m):
    h = m["handle"]
    sch = rng.choice(["https://", "https://", "http://", ""])
    k = rng.randrange(8)
    if k == 0:
        v = sch + rng.choice(["www.", "", ""]) + "linkedin.com/in/" + h.replace("_", "-") + rng.choice(["", "/"])
    elif k == 1:
        v = sch + "github.com/" + h.replace("_", "-")
    elif k == 2:
        v = sch + rng.choice(["x.com/", "twitter.com/", "www.twitter.com/"]) + h
    elif k == 3:
        v = sch + "medium.com/@" + h
    elif k == 4:
        v = sch + "bsky.app/profile/" + h + ".bsky.social"
    elif k == 5:
        v = sch + h.replace("_", "") + ".substack.com"
    elif k == 6:
        v = sch + "calendly.com/" + h.replace("_", "-") + rng.choice(["", "/30min", "/intro-call"])
    else:
        v = sch + "www.linkedin.com/in/" + h.replace("_", "-") + "-" + "%x" % rng.randint(0x1000000, 0xfffffff)
    return v


def person_value(rng, m, greet=False):
    v = m["given"] if greet else m["name"]
    r = rng.random()
    if fold(v) != v.casefold() and r < 0.25:
        v = "".join(ch for ch in unicodedata.normalize("NFD", v) if not unicodedata.combining(ch)) \
            .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
        v = unicodedata.normalize("NFC", v) if not any(0x530 <= ord(c) for c in v) else m["name" if not greet else "given"]
    elif not greet and r < 0.35:
        v = v.upper()
    elif not greet and r < 0.42:
        v = v.lower()
    return v


# ----------------------------------------------------------------------------- templates
# keys: greet thanks name poss email phone url handle iban card ssn ip filler; "{}" is the slot
T = {}
T["en"] = dict(
    greet=["Hi {},", "Hello {},", "Hey {} -", "Dear {},", "Good morning {},", "Hi {}!"],
    thanks=["Thanks, {}!", "Thank you {}.", "Many thanks, {}!", "Cheers {}!", "Thanks so much {} for the intro.",
            "Thanks again {} - talk soon."],
    name=["Congrats to {} on the promotion to Staff Engineer!", "Thrilled to welcome {} to the data platform team.",
          "I had a great chat with {} about hiring in Lisbon.", "Shout-out to {} for mentoring three juniors this quarter.",
          "Recommended by {}: a calm, precise reviewer.", "{} is hiring backend engineers; DM for details.",
          "Panel: {} (moderator) and two guests from fintech.", "Reference check for {} completed, all positive.",
          "Our keynote speaker this year is {}.", "Worked with {} for four years at a logistics startup.",
          "Endorsed {} for Kubernetes and incident response."],
    poss=["{}'s talk on observability was the highlight of the day.", "Loved {}'s thread about salary transparency.",
          "Sharing {}'s slides from yesterday's meetup.", "Read {}'s write-up before the interview loop."],
    email=["Send your CV to {}.", "Questions? Email {} and we'll get back within a day.", "Contact: {}",
           "You can reach me at {} (work) anytime.", "Applications go to {} before Friday.", "my email is {} btw",
           "Drop a line to {}, I read everything.", "[email me]({})"],
    phone=["Call me on {} after 5pm.", "Office line: {}", "WhatsApp {} for a quick chat.",
           "Best number to reach me: {}.", "Recruiter hotline {} (weekdays).", "Mobile {}, text first please."],
    url=["Full portfolio: {}", "Connect with me at {}.", "More of my work on {} (mostly Rust).",
         "Profile: {} - happy to connect!", "Book a slot via {}.", "(my profile: {})"],
    handle=["cc {} - thoughts?", "Great point by {} in the comments.", "Tagging {} who led this migration.",
            "{} you should apply!", "Huge thanks to {} and the whole crew.", "Looping in {}."],
    iban=["Please wire the deposit to {} by the 15th.", "Reimbursement account: {}", "IBAN {} (account holder on file).",
          "Speaker fee goes to {}, thanks."],
    card=["Charged the conference ticket to card {} - please refund.", "Card on file: {}",
          "The payment for {} failed twice.", "Use my corporate card {} for the team dinner."],
    ssn=["For the W-9 I used SSN {}.", "The onboarding form asked for my SSN ({}) in a plain email!",
         "SSN: {}", "HR needs your social security number, e.g. {}, via the secure portal only."],
    ip=["Suspicious login from {} was blocked.", "Our API saw 4k requests from {} in a minute.",
        "Whitelist {} on the staging firewall, please.", "Failed password for root from {} port 52144 ssh2",
        "The scraper hitting our job board comes from {}."],
    filler=["We are hiring across three time zones.", "Remote-first, with a quarterly offsite.",
            "Just wrapped up a two-day workshop on platform engineering.", "Open to new opportunities in product design.",
            "Seven years in payments, now focused on fraud tooling.", "Happy to share the interview prep notes.",
            "The meetup is free, snacks included.", "Looking for a senior analyst with strong SQL.",
            "Our team shipped the new onboarding flow today.", "Feedback welcome, especially the critical kind.",
            "Hot take: most dashboards are never read.", "Salary band is listed in the posting.",
            "Hiring manager here, ask me anything.", "This is my first post after the career break."],
)
T["de"] = dict(
    greet=["Hallo {},", "Liebe {},", "Guten Morgen {},", "Moin {}!"], thanks=["Danke, {}!", "Vielen Dank {}.", "Merci {}!"],
    name=["Herzlichen Glückwunsch an {} zur neuen Rolle!", "Heute begrüßen wir {} im Team Datenplattform.",
          "Spannendes Gespräch mit {} über Recruiting in Berlin.", "{} sucht eine Werkstudentin für das Controlling."],
    email=["Bewerbungen bitte an {}.", "Kontakt: {}", "Schreib mir gern an {}, ich antworte schnell."],
    phone=["Ruf mich an unter {}.", "Telefon: {}", "Erreichbar unter {} (Mo–Fr)."],
    url=["Mein Profil: {}", "Mehr Projekte unter {}."], handle=["Danke an {} für die Einladung!", "Was meinst du, {}?"],
    iban=["Bitte überweise die Kaution auf {}.", "Kontoverbindung: {}"], ip=["Login-Versuch von {} blockiert."],
    card=["Die Kreditkarte {} wurde doppelt belastet."],
    filler=["Wir suchen Verstärkung im Vertrieb.", "Hybrides Arbeiten ist bei uns selbstverständlich.",
            "Nach zehn Jahren im Konzern starte ich etwas Neues.", "Die Stelle ist unbefristet.",
            "Bewerbungsgespräche finden online statt."])
T["fr"] = dict(
    greet=["Bonjour {},", "Salut {} !", "Chère {},"], thanks=["Merci {} !", "Merci beaucoup, {}."],
    name=["Félicitations à {} pour sa nomination !", "Ravie d'accueillir {} dans l'équipe produit.",
          "Belle rencontre avec {} au salon VivaTech."],
    email=["Envoyez votre candidature à {}.", "Contact : {}", "Écrivez-moi à {} pour en discuter."],
    phone=["Appelez-moi au {}.", "Tél. : {}", "Joignable au {} en semaine."],
    url=["Mon profil : {}", "Portfolio : {}"], handle=["Merci {} pour le partage !", "Qu'en penses-tu {} ?"],
    iban=["Merci de virer l'acompte sur {}.", "RIB / IBAN : {}"], ip=["Connexion suspecte depuis {} bloquée."],
    filler=["Nous recrutons en CDI à Lyon.", "Le télétravail est possible deux jours par semaine.",
            "Retour sur une belle journée de conférences.", "Je cherche un stage de fin d'études.",
            "Le poste est ouvert aux profils juniors."])
T["es"] = dict(
    greet=["Hola {},", "Buenos días {},", "Querida {}:"], thanks=["¡Gracias, {}!", "Muchas gracias {}."],
    name=["¡Enhorabuena a {} por su nuevo puesto!", "Damos la bienvenida a {} al equipo de datos.",
          "Gran conversación con {} sobre liderazgo técnico."],
    email=["Envía tu CV a {}.", "Contacto: {}", "Escríbeme a {} y lo hablamos."],
    phone=["Llámame al {}.", "Teléfono: {}", "Mi móvil es {}, escríbeme antes."],
    url=["Mi perfil: {}", "Más proyectos en {}."], handle=["Gracias {} por compartir.", "¿Qué opinas, {}?"],
    iban=["Por favor, haz la transferencia a {}.", "Cuenta: {}"], ip=["Bloqueado un acceso desde {}."],
    filler=["Buscamos desarrolladora backend con experiencia en Go.", "El puesto es 100 % remoto.",
            "Hoy cumplo cinco años en la empresa.", "Compartimos las grabaciones del evento.",
            "Se valoran conocimientos de inglés."])
T["it"] = dict(
    greet=["Ciao {},", "Buongiorno {},", "Gentile {},"], thanks=["Grazie, {}!", "Grazie mille {}."],
    name=["Complimenti a {} per il nuovo ruolo!", "Diamo il benvenuto a {} nel team di prodotto."],
    email=["Invia il tuo CV a {}.", "Contatti: {}"], phone=["Chiamami al {}.", "Tel. {}"],
    url=["Il mio profilo: {}"], handle=["Grazie {} per l'invito!"], iban=["Bonifico su {} entro venerdì."],
    ip=["Accesso sospetto da {} bloccato."],
    filler=["Cerchiamo una product designer a Milano.", "Contratto a tempo indeterminato.",
            "Oggi ho tenuto il mio primo talk.", "Il colloquio si svolge in inglese."])
T["pt"] = dict(
    greet=["Olá {},", "Oi {}!", "Bom dia {},"], thanks=["Obrigado, {}!", "Valeu {}!"],
    name=["Parabéns a {} pela promoção!", "Damos as boas-vindas a {} ao time de dados."],
    email=["Mande seu currículo para {}.", "Contato: {}"], phone=["Me liga no {}.", "WhatsApp: {}", "Fone {} (comercial)."],
    url=["Meu perfil: {}"], handle=["Valeu {} pela indicação!"], iban=["Transferência para {}, por favor."],
    card=["O cartão {} foi cobrado duas vezes."], ip=["Login suspeito a partir de {} bloqueado."],
    filler=["Estamos contratando em São Paulo e remoto.", "Vaga afirmativa para mulheres em tecnologia.",
            "Hoje completo três anos na empresa.", "Processo seletivo em quatro etapas."])
T["nl"] = dict(
    greet=["Hoi {},", "Beste {},", "Goedemorgen {},"], thanks=["Bedankt, {}!", "Dank je wel {}."],
    name=["Gefeliciteerd {} met de nieuwe functie!", "Welkom {} in ons team in Utrecht."],
    email=["Stuur je cv naar {}.", "Contact: {}"], phone=["Bel me op {}.", "Telefoon: {}"],
    url=["Mijn profiel: {}"], handle=["Dank aan {} voor de tip!"], iban=["Maak het bedrag over naar {}."],
    ip=["Inlogpoging vanaf {} geblokkeerd."],
    filler=["We zoeken een ervaren data engineer.", "Thuiswerken kan drie dagen per week.",
            "Vandaag mijn laatste werkdag.", "De vacature staat nog twee weken open."])
T["pl"] = dict(
    greet=["Cześć {},", "Dzień dobry {},"], thanks=["Dzięki, {}!", "Dziękuję {}."],
    name=["Gratulacje dla {} z okazji awansu!", "Witamy {} w zespole."],
    email=["CV proszę wysyłać na {}.", "Kontakt: {}"], phone=["Zadzwoń pod {}.", "Tel.: {}"],
    url=["Mój profil: {}"], handle=["Dzięki {} za polecenie!"], iban=["Przelew proszę na {}."],
    filler=["Szukamy programistki Java w Krakowie.", "Praca hybrydowa, umowa o pracę.",
            "Dziś mija pięć lat w firmie."])
T["sv"] = dict(
    greet=["Hej {},", "Hej hej {}!"], thanks=["Tack, {}!", "Stort tack {}."],
    name=["Grattis {} till nya jobbet!", "Välkommen {} till teamet i Göteborg."],
    email=["Skicka ditt CV till {}.", "Kontakt: {}"], phone=["Ring mig på {}.", "Tel: {}"],
    url=["Min profil: {}"], handle=["Tack {} för tipset!"], iban=["Betala till {}."],
    filler=["Vi söker en backendutvecklare.", "Distansarbete är möjligt.", "Sista ansökningsdag är i maj."])
T["tr"] = dict(
    greet=["Merhaba {},", "Selam {}!", "Sevgili {},"], thanks=["Teşekkürler {}!", "Çok teşekkür ederim {}."],
    name=["{} yeni görevinde başarılar!", "Ekibimize katılan {} hoş geldin.", "{} ile harika bir sohbet ettik."],
    email=["Özgeçmişinizi {} adresine gönderin.", "İletişim: {}"], phone=["Beni {} numarasından arayın.", "Tel: {}"],
    url=["Profilim: {}"], handle=["{} teşekkürler, harika paylaşım!"], iban=["Ödemeyi {} hesabına yapabilirsiniz."],
    ip=["{} adresinden şüpheli giriş engellendi."],
    filler=["İstanbul ofisimiz için yazılım mühendisi arıyoruz.", "Hibrit çalışma modeli sunuyoruz.",
            "Bugün şirketteki beşinci yılım."])
T["vi"] = dict(
    greet=["Chào {},", "Xin chào {}!"], thanks=["Cảm ơn {}!", "Cảm ơn {} rất nhiều."],
    name=["Chúc mừng {} với vị trí mới!", "Chào mừng {} gia nhập đội ngũ."],
    email=["Gửi CV về {}.", "Liên hệ: {}"], phone=["Gọi cho tôi qua số {}.", "SĐT: {}"],
    url=["Hồ sơ của tôi: {}"], handle=["Cảm ơn {} đã chia sẻ!"], iban=["Chuyển khoản vào {}."],
    filler=["Chúng tôi đang tuyển kỹ sư dữ liệu tại Hà Nội.", "Làm việc từ xa hai ngày mỗi tuần.",
            "Hôm nay là ngày làm việc cuối cùng của tôi."])
T["id"] = dict(
    greet=["Halo {},", "Hai {}!"], thanks=["Terima kasih, {}!", "Makasih {}!"],
    name=["Selamat untuk {} atas promosinya!", "Selamat datang {} di tim kami."],
    email=["Kirim CV ke {}.", "Kontak: {}"], phone=["Hubungi saya di {}.", "WA: {}"],
    url=["Profil saya: {}"], handle=["Terima kasih {} sudah berbagi!"], iban=["Transfer ke {} ya."],
    filler=["Kami membuka lowongan di Jakarta.", "Kerja hibrida, tiga hari di kantor.",
            "Hari ini saya resmi bergabung dengan tim baru."])
T["sw"] = dict(
    greet=["Habari {},", "Hujambo {}!"], thanks=["Asante sana, {}!", "Asante {}."],
    name=["Hongera {} kwa nafasi mpya!", "Karibu {} kwenye timu yetu ya Nairobi."],
    email=["Tuma CV yako kwa {}.", "Mawasiliano: {}"], phone=["Nipigie kwa {}.", "Simu: {}"],
    url=["Wasifu wangu: {}"], handle=["Asante {} kwa kushiriki!"], iban=["Tuma malipo kwa {}."],
    filler=["Tunatafuta mhandisi wa programu.", "Kazi hii ni ya mbali kabisa.", "Leo ni siku yangu ya kwanza kazini."])
T["ru"] = dict(
    greet=["Привет, {}!", "Здравствуйте, {}!", "Добрый день, {},"], thanks=["Спасибо, {}!", "Благодарю, {}."],
    name=["Поздравляю {} с новой должностью!", "Рады приветствовать {} в команде.", "{} ищет аналитика данных."],
    email=["Резюме присылайте на {}.", "Почта: {}"], phone=["Звоните по номеру {}.", "Тел.: {}"],
    url=["Мой профиль: {}"], handle=["Спасибо {} за рекомендацию!"], iban=["Оплата на счёт {}."],
    ip=["Подозрительный вход с {} заблокирован."],
    filler=["Мы ищем бэкенд-разработчика.", "Возможна удалённая работа.", "Сегодня мой последний день в компании."])
T["uk"] = dict(
    greet=["Привіт, {}!", "Добрий день, {},"], thanks=["Дякую, {}!", "Щиро дякую, {}."],
    name=["Вітаємо {} з новою посадою!", "Раді вітати {} у команді."],
    email=["Надсилайте резюме на {}.", "Пошта: {}"], phone=["Телефонуйте {}.", "Тел.: {}"],
    url=["Мій профіль: {}"], handle=["Дякую {} за допомогу!"], iban=["Оплата на рахунок {}."],
    filler=["Шукаємо QA-інженера у Львові.", "Можлива віддалена робота.", "Ділюся нотатками з конференції."])
T["el"] = dict(
    greet=["Γεια σου {},", "Καλημέρα {},"], thanks=["Ευχαριστώ, {}!", "Ευχαριστώ πολύ {}."],
    name=["Συγχαρητήρια στον/στην {} για τη νέα θέση!", "Καλωσορίζουμε {} στην ομάδα."],
    email=["Στείλτε το βιογραφικό σας στο {}.", "Επικοινωνία: {}"], phone=["Τηλέφωνο: {}", "Καλέστε με στο {}."],
    url=["Το προφίλ μου: {}"], handle=["Ευχαριστώ {} για την κοινοποίηση!"], iban=["Κατάθεση στο {}."],
    filler=["Αναζητούμε μηχανικό λογισμικού στην Αθήνα.", "Δυνατότητα τηλεργασίας.", "Σήμερα είναι η τελευταία μου μέρα."])
T["ar"] = dict(
    greet=["مرحبا {}،", "أهلاً {}!", "صباح الخير {}،"], thanks=["شكراً {}!", "شكراً جزيلاً يا {}."],
    name=["تهانينا لـ {} على المنصب الجديد!", "نرحب بـ {} في فريق البيانات.", "حديث رائع مع {} عن التوظيف."],
    email=["أرسل سيرتك الذاتية إلى {}.", "للتواصل: {}"], phone=["اتصل بي على {}.", "الهاتف: {}"],
    url=["ملفي الشخصي: {}"], handle=["شكراً {} على المشاركة!"], iban=["يرجى التحويل إلى {}."],
    ip=["تم حظر محاولة دخول من {}."],
    filler=["نبحث عن مهندس برمجيات في دبي.", "العمل عن بعد متاح.", "اليوم أكملت خمس سنوات في الشركة."])
T["he"] = dict(
    greet=["היי {},", "שלום {},"], thanks=["תודה, {}!", "תודה רבה {}."],
    name=["מזל טוב ל{} על התפקיד החדש!", "ברוכים הבאים {} לצוות."],
    email=["שלחו קורות חיים אל {}.", "ליצירת קשר: {}"], phone=["אפשר להתקשר ל {}.", "טלפון: {}"],
    url=["הפרופיל שלי: {}"], handle=["תודה {} על השיתוף!"], iban=["העברה לחשבון {}."],
    filler=["אנחנו מגייסים מפתחת צד שרת בתל אביב.", "אפשר לעבוד מהבית פעמיים בשבוע.", "היום היום האחרון שלי בחברה."])
T["hi"] = dict(
    greet=["नमस्ते {},", "हाय {}!"], thanks=["धन्यवाद, {}!", "बहुत-बहुत शुक्रिया {}।"],
    name=["नई भूमिका के लिए {} को बधाई!", "टीम में {} का स्वागत है।", "{} के साथ भर्ती पर अच्छी बातचीत हुई।"],
    email=["अपना सीवी {} पर भेजें।", "संपर्क: {}"], phone=["मुझे {} पर कॉल करें।", "फ़ोन: {}"],
    url=["मेरी प्रोफ़ाइल: {}"], handle=["शेयर करने के लिए धन्यवाद {}!"], iban=["भुगतान {} पर करें।"],
    filler=["हम बेंगलुरु में डेटा इंजीनियर की भर्ती कर रहे हैं।", "घर से काम करने की सुविधा है।",
            "आज कंपनी में मेरा आखिरी दिन है।"])
T["zh"] = dict(
    greet=["{}你好，", "{}，您好！", "亲爱的{}："], thanks=["谢谢{}！", "感谢{}的推荐。", "多谢{}帮忙"],
    name=["恭喜{}升任技术总监！", "欢迎{}加入数据团队。", "今天和{}聊了聊招聘的事。", "我和{}一起参加了峰会"],
    email=["简历请发至{}，谢谢。", "邮箱：{}", "有意者请联系{}", "简历发到{}我会尽快回复"],
    phone=["电话：{}", "请拨打{}联系我", "手机{}（微信同号）"],
    url=["我的主页：{}", "作品集见{}"], handle=["感谢{}的分享！", "{} 你怎么看？"], iban=["请汇款至{}。"],
    ip=["已拦截来自{}的可疑登录。"],
    filler=["我们正在招聘后端工程师。", "支持远程办公。", "今天是我入职三周年。", "欢迎投递简历。"], sep="")
T["ja"] = dict(
    greet=["{}さん、こんにちは。", "{}様", "{}さん、お疲れさまです。"], thanks=["{}さん、ありがとうございます！", "{}さんに感謝します。"],
    name=["{}さんが新しいチームリーダーに就任しました。", "本日から{}さんがデータチームに加わります。", "{}と一緒に登壇しました"],
    email=["応募はこちら：{}", "連絡先：{}まで", "メール{}にお送りください"],
    phone=["電話：{}まで", "お問い合わせは{}へ", "携帯{}"],
    url=["プロフィール：{}", "ポートフォリオは{}をご覧ください"], handle=["{} さん、共有ありがとうございます！"],
    iban=["振込先：{}"], ip=["{}からの不審なログインをブロックしました。"],
    filler=["バックエンドエンジニアを募集しています。", "リモートワーク可能です。", "本日で入社五年目になりました。"], sep="")
T["ko"] = dict(
    greet=["{}님, 안녕하세요.", "안녕하세요 {}님!"], thanks=["{}님 감사합니다!", "도와주신 {}님께 감사드립니다."],
    name=["{}님의 승진을 축하합니다!", "{}님이 데이터팀에 합류했습니다.", "오늘 {}와 채용에 대해 이야기했습니다."],
    email=["이력서는 {}로 보내주세요.", "연락처: {}"], phone=["전화: {}", "{}로 연락주세요."],
    url=["제 프로필: {}"], handle=["{} 공유 감사합니다!"], iban=["{}로 송금해 주세요."],
    filler=["백엔드 개발자를 채용합니다.", "재택근무 가능합니다.", "오늘 입사 3주년입니다."])
T["th"] = dict(
    greet=["สวัสดีครับคุณ{}", "สวัสดีค่ะ คุณ{}"], thanks=["ขอบคุณคุณ{}มากครับ", "ขอบคุณค่ะ คุณ{}"],
    name=["ยินดีด้วยกับ {} ในตำแหน่งใหม่", "ขอต้อนรับ {} เข้าสู่ทีม"],
    email=["ส่งเรซูเม่มาที่{}ได้เลย", "ติดต่อ: {}"], phone=["โทร{}ได้ตลอด", "เบอร์โทร: {}"],
    url=["โปรไฟล์ของฉัน: {}"], handle=["ขอบคุณ {} ที่แชร์ครับ"], iban=["โอนเงินไปที่{}"],
    filler=["เรากำลังรับสมัครวิศวกรซอฟต์แวร์", "ทำงานจากที่บ้านได้", "วันนี้เป็นวันสุดท้ายของผมที่บริษัท"])
LANGS = sorted(T)
LANG_CULT = {"en": ["en", "en", "in", "ng", "sw"], "de": ["de", "de", "tr", "pl"], "fr": ["fr", "fr", "ar"],
             "es": ["es"], "it": ["it"], "pt": ["pt"], "nl": ["nl", "nl", "tr"], "pl": ["pl"], "sv": ["sv"],
             "tr": ["tr"], "vi": ["vi"], "id": ["id"], "sw": ["sw"], "ru": ["ru"], "uk": ["uk"], "el": ["el"],
             "ar": ["ar"], "he": ["he"], "hi": ["hi", "in"], "zh": ["zh"], "ja": ["ja"], "ko": ["ko"], "th": ["th"]}
PROFILE_LABELS = {"en": ("Name", "Email", "Phone", "Web"), "de": ("Name", "E-Mail", "Telefon", "Profil"),
                  "fr": ("Nom", "E-mail", "Téléphone", "Profil"), "es": ("Nombre", "Correo", "Teléfono", "Perfil"),
                  "ru": ("Имя", "Почта", "Телефон", "Профиль"), "zh": ("姓名", "邮箱", "电话", "主页"),
                  "ja": ("氏名", "メール", "電話", "プロフィール"), "ko": ("이름", "이메일", "전화", "프로필")}

# ----------------------------------------------------------------------------- negatives
# each generator returns (before, span, after); the span is the PII-looking part
ORGS = "nordwerk brightlane kumolabs solaria fintrail datahaven greenloop lagospay tessera pixelforge cloudmint".split()


def neg(rng, cat):
    R, C = rng.randint, rng.choice
    if cat == "date":
        y, m, d = R(2019, 2027), R(1, 12), R(1, 28)
        return C([("Deadline: ", "%d-%02d-%02d" % (y, m, d), "."), ("Starttermin ", "%02d.%02d.%d" % (d, m, y), "."),
                  ("Interviews on ", "%02d/%02d/%d" % (m, d, y), " and the day after."),
                  ("报名截止", "%d/%02d/%02d" % (y, m, d), "。"), ("Published ", "%d.%02d.%02d" % (y, m, d), " (updated)")])
    if cat == "time":
        return C([("Standup moved to ", "%02d:%02d–%02d:%02d" % (R(7, 11), C([0, 15, 30, 45]), R(12, 17), C([0, 30])), " CET."),
                  ("Doors open at ", "%02d:%02d:%02d" % (R(8, 20), R(0, 59), R(0, 59)), " sharp."),
                  ("Webinar ", "%d:%02d pm" % (R(1, 11), C([0, 30])), " EST, link in comments.")])
    if cat == "price":
        return C([("Early-bird ticket ", "€%d.%03d,%02d" % (R(1, 9), R(0, 999), R(0, 99)), " incl. VAT."),
                  ("Budget approved: ", "$%d,%03d,%03d.%02d" % (R(1, 9), R(0, 999), R(0, 999), R(0, 99)), "."),
                  ("Salary range ", "₹ %d,%02d,%03d" % (R(10, 45), R(0, 99), R(0, 999)), " per annum."),
                  ("Preço: ", "R$ %d.%03d,%02d" % (R(1, 99), R(0, 999), R(0, 99)), " à vista."),
                  ("Base pay ", "£%d,%03d – £%d,%03d" % (R(40, 60), R(0, 999), R(61, 95), R(0, 999)), ".")])
    if cat == "order_number":
        return C([("Order #", D(rng, 10), " has shipped."), ("Bestellnummer ", "%d-%s-%s" % (R(100, 999), D(rng, 7), D(rng, 7)), "."),
                  ("Invoice no. ", "INV-%d-%s" % (R(2020, 2027), D(rng, 6)), " attached."),
                  ("注文番号", D(rng, 12), "を確認してください。"), ("PO ", "4500%s" % D(rng, 6), " approved.")])
    if cat == "ticket_number":
        return C([("See ticket ", "INC%s" % D(rng, 7), " for the outage."), ("Tracked in ", "JIRA-%d" % R(1000, 99999), "."),
                  ("Case ", D(rng, 8), " was closed."), ("Support request ", "#%s" % D(rng, 9), " is resolved."),
                  ("Booking ref ", "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)) + D(rng, 6), " confirmed.")])
    if cat == "isbn":
        b = "978" + str(R(0, 9)) + D(rng, 8)
        ck = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        s = C(["%s-%s-%s-%s-%d" % (b[:3], b[3], b[4:7], b[7:], ck), b + str(ck),
               "%s %s %s %s %d" % (b[:3], b[3], b[4:7], b[7:], ck)])
        return C([("Reading list: ISBN ", s, "."), ("Our book (ISBN ", s, ") is out!"), ("ISBN-13: ", s, "")])
    if cat == "version":
        return C([("Upgraded to ", "v%d.%d.%d" % (R(1, 30), R(0, 20), R(0, 99)), " last night."),
                  ("Release ", "%d.%d.%d" % (R(2019, 2026), R(1, 12), R(0, 9)), " fixes the login bug."),
                  ("Build ", "%d.%d.%d.%d" % (R(10, 22), R(0, 9), R(10000, 26000), R(100, 9999)), " is rolling out."),
                  ("Kernel ", "%d.%d.%d-%d" % (R(4, 6), R(0, 19), R(0, 200), R(10, 99)), "-generic on all nodes.")])
    if cat == "patent":
        return C([("Granted as ", "US %d,%03d,%03d B2" % (R(9, 12), R(0, 999), R(0, 999)), "."),
                  ("Inventor on ", "EP %d %03d %03d A1" % (R(2, 4), R(0, 999), R(0, 999)), "."),
                  ("Application ", "US 20%d/0%s A1" % (R(15, 26), D(rng, 6)), " published."),
                  ("Patent ", "WO 20%d/%s" % (R(15, 26), D(rng, 6)), " covers the sensor.")])
    if cat == "ipv4_private":
        v = C(["10.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)), "192.168.%d.%d" % (R(0, 255), R(1, 254)),
               "172.%d.%d.%d" % (R(16, 31), R(0, 255), R(1, 254))])
        return C([("The printer lives at ", v, " on the office LAN."), ("SSH into ", v, " from the VPN."), ("Gateway: ", v, "")])
    if cat == "ipv4_loopback":
        return C([("The app binds to ", "127.0.0.1", ":8080 locally."), ("ping ", "127.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)), " works.")])
    if cat == "ipv4_linklocal":
        return C([("The NIC fell back to ", "169.254.%d.%d" % (R(1, 254), R(1, 254)), " again."),
                  ("Metadata endpoint ", "169.254.169.254", " is blocked.")])
    if cat == "ipv4_documentation":
        v = C(["192.0.2.%d" % R(1, 254), "198.51.100.%d" % R(1, 254), "203.0.113.%d" % R(1, 254)])
        return C([("In the docs example, replace ", v, " with your host."), ("e.g. ", v, " in the tutorial.")])
    if cat == "ipv4_reserved":
        v = C(["240.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)), "0.0.0.0", "255.255.255.255",
               "100.%d.%d.%d" % (R(64, 127), R(0, 255), R(1, 254)), "198.18.%d.%d" % (R(0, 255), R(1, 254)),
               "224.0.0.%d" % R(1, 254), "239.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254))])
        return C([("Carrier NAT hands out ", v, " here."), ("Traffic to ", v, " is dropped."), ("Listen on ", v, " in the config.")])
    if cat == "version_dotted":
        v = "%d.%d.%d.%d" % (R(1, 12), R(0, 9), R(0, 9), R(1, 99))
        return C([("Firmware ", v, " fixes the Wi-Fi drop."), ("Update to version ", v, " before Monday."),
                  ("Chrome ", "%d.0.%d.%d" % (R(100, 140), R(4000, 7000), R(10, 200)), " broke our layout."),
                  ("SDK ", v, " is deprecated.")])
    if cat == "ipv6_loopback":
        return C([("Bind to ", "::1", " for local tests."), ("The health check hits [", "::1", "]:9090.")])
    if cat == "ipv6_linklocal":
        v = "fe80::%x:%x:%x:%x" % (R(0, 0xffff), R(0, 0xffff), R(0, 0xffff), R(1, 0xffff))
        return C([("Neighbour ", v, " on eth0."), ("Only ", v, "%eth0 answered.")])
    if cat == "ipv6_ula":
        v = "fd%02x:%x:%x::%x" % (R(0, 255), R(0, 0xffff), R(0, 0xffff), R(1, 0xffff))
        return C([("Internal service at ", v, " behind the mesh."), ("Our lab uses ", v, " for tests.")])
    if cat == "ipv6_documentation":
        v = "2001:db8:%x::%x" % (R(0, 0xffff), R(1, 0xffff))
        return C([("The RFC example uses ", v, "."), ("Replace ", v, " in the sample config.")])
    if cat == "ipv6_multicast":
        return C([("Router solicitations go to ", C(["ff02::2", "ff02::1", "ff05::1:3"]), ".")])
    if cat == "card_luhn_invalid":
        return C([("Test card ", card_value(rng, False), " is rejected, as expected."), ("Reference ", card_value(rng, False), " (not a card).")])
    if cat == "iban_bad_check":
        return C([("This IBAN has a typo: ", iban_value(rng, False), " - the bank bounced it."), ("Invalid: ", iban_value(rng, False), "")])
    if cat == "ssn_invalid":
        return C([("Dummy SSN ", ssn_value(rng, False), " used in the form demo."), ("Placeholder ", ssn_value(rng, False), " only.")])
    if cat == "email_doc_domain":
        dom = C(["example.com", "example.org", "example.net", "mail.example", "corp.test", "host.invalid"])
        return C([("Use ", C(["user", "jane.doe", "admin", "test"]) + "@" + dom, " in the sample config."),
                  ("e.g. ", C(["you", "name", "first.last"]) + "@" + dom, "")])
    if cat == "at_package_version":
        return C([("Pin ", C(["lodash", "react", "express", "@types/node", "typescript", "vite"]) + "@%d.%d.%d" % (R(1, 20), R(0, 20), R(0, 30)), " in package.json."),
                  ("npm i ", C(["zod", "next", "eslint"]) + "@%d.%d.%d" % (R(1, 15), R(0, 9), R(0, 9)), " fixed it.")])
    if cat == "at_nonmember":
        h = C(ORGS) + C(["hq", "careers", "jobs", "_official", "eng", "team"])
        return C([("Follow ", "@" + h, " for open roles."), ("Announcement via ", "@" + h, "."), ("", "@" + h, " is hiring in Nairobi.")])
    if cat == "url_company":
        return C([("Follow us: ", "https://www.linkedin.com/company/" + C(ORGS), ""), ("Company page ", "linkedin.com/company/" + C(ORGS) + "-gmbh", ".")])
    if cat == "url_careers":
        return C([("All roles: ", "https://%s.io/careers" % C(ORGS), ""), ("Apply at ", "https://jobs.lever.co/%s/%s" % (C(ORGS), D(rng, 6)), "."),
                  ("Openings: ", "boards.greenhouse.io/%s" % C(ORGS), " (updated weekly)")])
    if cat == "url_docs":
        return C([("See ", "https://docs.python.org/3/library/re.html", " for details."), ("RTFM: ", "https://developer.mozilla.org/en-US/docs/Web/HTTP", ""),
                  ("Setup guide: ", "https://%s.io/docs/getting-started" % C(ORGS), "."), ("", "kubernetes.io/docs/concepts/", " explains it well.")])
    if cat == "url_paper":
        return C([("Paper: ", "https://arxiv.org/abs/%d%02d.%05d" % (R(18, 26), R(1, 12), R(0, 99999)), ""),
                  ("DOI ", "https://doi.org/10.1145/%d.%d" % (R(3000000, 3700000), R(1000000, 9999999)), "."),
                  ("Preprint at ", "www.biorxiv.org/content/10.1101/2024.%02d.%02d.%s" % (R(1, 12), R(1, 28), D(rng, 6)), ".")])
    if cat == "url_event":
        return C([("Tickets: ", "https://www.eventbrite.com/e/data-summit-tickets-%s" % D(rng, 12), ""),
                  ("RSVP at ", "https://lu.ma/%s-meetup" % C(ORGS), "."), ("Register: ", "https://www.meetup.com/berlin-rust/events/%s/" % D(rng, 9), "")])
    if cat == "url_form":
        return C([("Fill in ", "https://forms.gle/%s" % "".join(C("ABCDEFGHJKLMNPQRSTabcdefghijkmnpqrst23456789") for _ in range(12)), " by Friday."),
                  ("Survey: ", "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform" % D(rng, 10), ""),
                  ("Feedback form ", "https://www.typeform.com/to/%s" % D(rng, 8), ".")])
    if cat == "name_as_word":
        return C([("We ", "will", " ship the beta next week."), ("", "Will", " the recording be shared afterwards?"),
                  ("There is a 30-day ", "grace", " period for invoices."), ("Revenue ", "rose", " 12% year over year."),
                  ("", "Hope", " this helps someone."), ("I ", "hope", " the panel is recorded."),
                  ("Pure ", "joy", " to ship this."), ("", "Mark", " your calendars for the all-hands."),
                  ("Please ", "mark", " the ticket as resolved."), ("Don't ", "chase", " vanity metrics."),
                  ("Two services are in ", "amber", " on the status page."), ("Launch slipped to ", "June", "."),
                  ("Applications ", "rose", " sharply after the post."), ("She handled the outage with ", "grace", "."),
                  ("Tunaomba ", "amani", " na ushirikiano."), ("", "Baraka", " tele kwa timu yote!"),
                  ("Her zaman ", "umut", " var."), ("Ofisimiz ", "deniz", " kenarında."), ("Saya ", "putri", " sulung di keluarga.")])
    if cat == "firm_name":
        return C([("", "Morgan Stanley", " is expanding its Budapest tech hub."), ("Ex-", "Goldman Sachs", ", now building in climate."),
                  ("The audit by ", "Ernst & Young", " finished last week."), ("", "JPMorgan Chase", " posted 40 roles in Glasgow."),
                  ("", "Ferrari", " hired a new CTO."), ("", "Johnson & Johnson", " is hiring data scientists."),
                  ("Internship at ", "Ford Motor Company", " wrapped up."), ("", "Wells Fargo", " opened a hub in Charlotte."),
                  ("Consultant at ", "Marks & Spencer", " for two years."), ("Former ", "Philips", " engineer here.")])
    if cat == "place_name":
        return C([("Relocating to ", "Charlotte, NC", " next month."), ("Offsite in ", "Florence", ", Italy, this spring."),
                  ("Our ", "Austin", ", TX office is growing."), ("Hiring in ", "Victoria", ", BC and Vancouver."),
                  ("Remote within ", "Georgia", " (US) only."), ("Our ", "Sydney", " office opens in March."),
                  ("Visa sponsorship available in ", "Jordan", " and the UAE."), ("Conference in ", "Florence", " was superb.")])
    if cat == "eponym":
        return C([("Implemented ", "Dijkstra", "'s algorithm for the routing service."), ("Classic ", "Conway", "'s law in action."),
                  ("", "Murphy", "'s law hit our release."), ("", "Moore", "'s law is slowing down."),
                  ("We used ", "Newton", "'s method for the solver."), ("A ", "Kalman", " filter smooths the GPS track."),
                  ("A ", "Markov", " chain model of churn."), ("A ", "Nash", " equilibrium in ad auctions."),
                  ("Fast ", "Fourier", " transform on the edge."), ("", "Gaussian", " processes for tuning."),
                  ("Passes the ", "Turing", " test? Not quite."), ("", "Hamming", " distance between hashes."),
                  ("The ", "Pareto", " principle applies to bugs."), ("", "Parkinson", "'s law: work expands.")])
    raise KeyError(cat)


NEG_CATS = ["date", "time", "price", "order_number", "ticket_number", "isbn", "version", "patent", "ipv4_private",
            "ipv4_loopback", "ipv4_linklocal", "ipv4_documentation", "ipv4_reserved", "version_dotted", "ipv6_loopback",
            "ipv6_linklocal", "ipv6_ula", "ipv6_documentation", "ipv6_multicast", "card_luhn_invalid", "iban_bad_check",
            "ssn_invalid", "email_doc_domain", "at_package_version", "at_nonmember", "url_company", "url_careers",
            "url_docs", "url_paper", "url_event", "url_form", "name_as_word", "firm_name", "place_name", "eponym"]


# ----------------------------------------------------------------------------- records
SEP_RE = re.compile(r"[\s,.;:!?()\[\]<>\"'«»„“”/@|*#+=&…–—\-،。、，！？：（）]+")
CJK_CULT = ("zh", "ja", "ko", "th")


def toks(s):
    return [t for t in SEP_RE.split(fold(s)) if t]


class Gen:
    def __init__(self, members, rng):
        self.m, self.rng = members, rng
        self.by_c = {}
        for i, m in enumerate(members):
            self.by_c.setdefault(m["c"], []).append(i)
        self.name_keys, self.cjk_names = set(), set()
        for m in members:
            if m["c"] in CJK_CULT:
                self.cjk_names.add(m["name"])
            else:
                self.name_keys.add(" ".join(toks(m["name"])))
        self.cjk_list = sorted(self.cjk_names)
        self.handles = set(m["handle"] for m in members)
        self.deck = []

    def member(self, lang):
        r = self.rng
        c = r.choice(LANG_CULT[lang]) if r.random() < 0.7 else r.choice(CULTURES)
        return self.m[r.choice(self.by_c[c])] if c in self.by_c else r.choice(self.m)

    def tpl(self, lang, key):
        d = T[lang] if key in T[lang] and self.rng.random() < 0.85 else T["en"]
        if key not in d:
            d = T["en"]
        return self.rng.choice(d[key])

    def slot(self, lang, kind):
        """One sentence with a PII slot -> list of (text, type or None)."""
        r = self.rng
        key = kind
        if kind == "ipv4" or kind == "ipv6":
            key = "ip"
        if kind == "poss":
            lang = "en"
        t = self.tpl(lang, key)
        pre, post = t.split("{}")
        a, b = "", ""
        if kind in ("greet", "thanks"):
            m = self.member(lang)
            v, ty = person_value(r, m, greet=m["c"] not in ("zh", "ja", "ko")), "PERSON"
        elif kind in ("name", "poss"):
            m = self.member(lang)
            v, ty = person_value(r, m), "PERSON"
            if kind == "poss":
                b = "'s" if r.random() < 0.9 else "’s"
                post = post[2:]
        elif kind == "email":
            m = self.member(lang)
            if "](" in pre:
                while True:
                    a, v, b = email_value(r, m)
                    if "@" in v:
                        break
                a, b = "mailto:", ""
            else:
                a, v, b = email_value(r, m)
            ty = "EMAIL"
        elif kind == "phone":
            v, ty = phone_value(r), "PHONE"
        elif kind == "url":
            v, ty = url_value(r, self.member(lang)), "URL"
        elif kind == "handle":
            v, ty = "@" + self.member(lang)["handle"], "HANDLE"
        elif kind == "iban":
            v, ty = iban_value(r), "IBAN"
        elif kind == "card":
            v, ty = card_value(r), "CREDIT_CARD"
        elif kind == "ssn":
            v, ty = ssn_value(r), "US_SSN"
        elif kind == "ipv4":
            v, ty = ipv4_value(r), "IPV4"
            x = r.random()
            if x < 0.15:
                b = ":%d" % r.choice([22, 443, 8080, 3389, 5432, 51820])
            elif x < 0.25:
                b = "/%d" % r.choice([32, 29, 28])
        else:
            v, ty = ipv6_value(r), "IPV6"
            if r.random() < 0.2:
                a, b = "[", "]:%d" % r.choice([443, 8443, 22])
        return [(pre + a, None), (v, ty), (b + post, None)]

    def negative(self):
        if not self.deck:
            self.deck = NEG_CATS[:]
            self.rng.shuffle(self.deck)
        cat = self.deck.pop()
        a, s, b = neg(self.rng, cat)
        return [(a, None), (s, "NEG:" + cat), (b, None)]

    KINDS = ["greet", "thanks", "name", "name", "poss", "email", "email", "phone", "phone", "url", "url",
             "handle", "handle", "iban", "card", "ssn", "ipv4", "ipv6"]

    def record(self, rid):
        r = self.rng
        lang = r.choice(LANGS) if r.random() < 0.75 else "en"
        genre = r.choice(["post", "post", "message", "comment", "profile", "log"])
        sep = T[lang].get("sep", " ")
        sents = []
        if genre == "profile":
            lab = PROFILE_LABELS.get(lang, PROFILE_LABELS["en"])
            m = self.member(lang)
            lines = [[(lab[0] + ": ", None), (person_value(r, m), "PERSON")]]
            if r.random() < 0.8:
                a, v, b = email_value(r, m)
                lines.append([(lab[1] + ": " + a, None), (v, "EMAIL"), (b, None)])
            if r.random() < 0.6:
                lines.append([(lab[2] + ": ", None), (phone_value(r), "PHONE")])
            if r.random() < 0.6:
                lines.append([(lab[3] + ": ", None), (url_value(r, m), "URL")])
            lines.append([(r.choice(T[lang]["filler"]), None)])
            if r.random() < 0.5:
                lines.append(self.negative())
            return self.join(lines, "\n")
        if genre == "log":
            lines = []
            for _ in range(r.randint(1, 3)):
                lines.append(self.slot("en", r.choice(["ipv4", "ipv4", "ipv6"])))
            for _ in range(r.randint(1, 2)):
                lines.append(self.negative())
            r.shuffle(lines)
            return self.join(lines, "\n")
        n = r.randint(1, 3) if genre != "comment" else 1
        kinds = [r.choice(self.KINDS[2:]) for _ in range(n)]
        for k in kinds:
            sents.append(self.slot(lang, k))
        for _ in range(r.randint(0, 2)):
            sents.append([(r.choice(T[lang]["filler"]), None)])
        for _ in range(r.choice([1, 1, 2])):
            sents.append(self.negative())
        r.shuffle(sents)
        if genre == "message" or r.random() < 0.2:
            sents.insert(0, self.slot(lang, "greet"))
        if genre == "message" or r.random() < 0.2:
            sents.append(self.slot(lang, "thanks"))
        return self.join(sents, "\n" if genre == "message" and r.random() < 0.5 else sep)

    def join(self, sents, sep):
        text, spans, negs = "", [], []
        for i, segs in enumerate(sents):
            if i and text and sep == "" and text[-1].isascii() and not text[-1].isspace():
                text += " "
            elif i:
                text += sep
            for s, ty in segs:
                if ty is None:
                    text += s
                elif ty.startswith("NEG:"):
                    negs.append({"start": len(text), "end": len(text) + len(s), "category": ty[4:]})
                    text += s
                else:
                    spans.append({"start": len(text), "end": len(text) + len(s), "type": ty})
                    text += s
        return text, spans, negs

    def stray(self, text, spans):
        """True when a member name or @handle occurs outside the labelled spans."""
        t = list(text)
        for s in spans:
            t[s["start"]:s["end"]] = " " * (s["end"] - s["start"])
        t = "".join(t)
        for m in re.finditer(r"@([A-Za-z0-9_]+)", t):
            if m.group(1) in self.handles:
                return True
        if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t):
            for nm in self.cjk_list:
                if nm in t:
                    return True
        tk = toks(t)
        for n in (2, 3, 4):
            for i in range(len(tk) - n + 1):
                if " ".join(tk[i:i + n]) in self.name_keys:
                    return True
        return False


def boundary_ok(text, s, e):
    """Latin letters/digits must not continue a span (CJK/Thai neighbours may)."""
    def latin(c):
        return c.isascii() and c.isalnum() or ("\u00c0" <= c <= "\u024f")
    return not (s > 0 and latin(text[s - 1]) and latin(text[s])) and not (e < len(text) and latin(text[e]) and latin(text[e - 1]))


# ----------------------------------------------------------------------------- self-check
def validate(ty, v, names, givens, handles):
    if ty == "EMAIL":
        if EMAIL_RE.fullmatch(v):
            return not DOC_DOM.search(v.split("@")[1])
        return EMAIL_OBF.fullmatch(v) is not None
    if ty == "PHONE":
        return phone_ok(v)
    if ty == "IPV4":
        return ipv4_global(v)
    if ty == "IPV6":
        return ipv6_global(v)
    if ty == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and luhn_ok(d) and (
            (len(d) == 16 and (d[0] == "4" or "51" <= d[:2] <= "55" or 2221 <= int(d[:4]) <= 2720 or d[:4] == "6011"
                               or d[:2] == "65" or 644 <= int(d[:3]) <= 649)) or (len(d) == 15 and d[:2] in ("34", "37")))
    if ty == "IBAN":
        return iban_ok(v)
    if ty == "US_SSN":
        return ssn_ok(v)
    if ty == "URL":
        return URL_RE.fullmatch(v) is not None and v[-1] not in ".)"
    if ty == "HANDLE":
        return v.startswith("@") and v[1:] in handles
    if ty == "PERSON":
        f = fold(v)
        return f in names or f in givens
    return False


def selfcheck(out):
    members = [json.loads(l) for l in open(os.path.join(out, "members.jsonl"), encoding="utf-8")]
    names = set(fold(m["name"]) for m in members)
    givens = set()
    for m in members:
        givens.add(fold(m["name"].split()[0]))
        givens.add(fold(m["name"].split()[-1]))  # Vietnamese given name
    handles = set(m["handle"] for m in members)
    counts, ncounts, errors, nrec = {}, {}, [], 0
    for line in open(os.path.join(out, "corpus.jsonl"), encoding="utf-8"):
        rec = json.loads(line)
        nrec += 1
        text = rec["text"]
        if "pii" in rec:
            errors.append("%s: has a pii field" % rec["id"])
        allsp = []
        for s in rec["spans"]:
            v = text[s["start"]:s["end"]]
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["start"] < s["end"] <= len(text)) or v != v.strip():
                errors.append("%s: bad bounds %r" % (rec["id"], v))
            if not validate(s["type"], v, names, givens, handles):
                errors.append("%s: %s fails validation: %r" % (rec["id"], s["type"], v))
            if s["type"] != "PERSON" and not boundary_ok(text, s["start"], s["end"]):
                errors.append("%s: %s glued to Latin text: %r" % (rec["id"], s["type"], v))
            allsp.append((s["start"], s["end"], s["type"]))
        for s in rec["negatives"]:
            ncounts[s["category"]] = ncounts.get(s["category"], 0) + 1
            allsp.append((s["start"], s["end"], "NEG"))
        allsp.sort()
        for x, y in zip(allsp, allsp[1:]):
            if y[0] < x[1]:
                errors.append("%s: overlap %r %r" % (rec["id"], x, y))
    print("selfcheck %s: %d records, %d members" % (out, nrec, len(members)))
    for k in ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]:
        print("  %-12s %6d" % (k, counts.get(k, 0)))
    print("negatives:")
    for k in sorted(ncounts):
        print("  %-20s %6d" % (k, ncounts[k]))
    for e in errors[:30]:
        print("ERROR " + e)
    print("selfcheck: %s (%d errors)" % ("OK" if not errors else "FAILED", len(errors)))
    return not errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random("gen_blind13:%d" % a.seed)
    os.makedirs(a.out, exist_ok=True)
    members = make_members(a.members, rng)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]}, ensure_ascii=False) + "\n")
    g = Gen(members, rng)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as fc, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fp:
        for i in range(1, a.records + 1):
            rid = "b13-%d-%05d" % (a.seed, i)
            for _ in range(200):
                text, spans, negs = g.record(rid)
                if not g.stray(text, spans) and all(boundary_ok(text, s["start"], s["end"]) or s["type"] == "PERSON" for s in spans):
                    break
            else:
                raise SystemExit("could not draw a clean record %s" % rid)
            fc.write(json.dumps({"id": rid, "text": text, "spans": spans, "negatives": negs}, ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": rid, "pii": spans}, ensure_ascii=False) + "\n")
    print("wrote %d records, %d members to %s" % (a.records, a.members, a.out))
    if a.selfcheck and not selfcheck(a.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
