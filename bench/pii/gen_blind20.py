#!/usr/bin/env python3
"""gen_blind20.py - the twenty-fourth labelled PII corpus for askfirst, written blind.

Written only from the text of issue 3 (the definition of personal data and its "not this"
column) and from score.py (the label format); the redactor, its docs, tests and the other
corpus generators were not looked at.  Python 3 standard library only, deterministic per seed.

  python3 bench/pii/gen_blind20.py --out DIR --records 5000 --members 100000 --seed 1

writes DIR/members.jsonl ({"user","name","handle"} per line, exactly --members lines) and
DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}); offsets are Unicode code points, end-exclusive.  A
self-check runs at the end (spans inside the text, gold spans non-overlapping, no negative
overlapping a gold span, the validators: Luhn, IBAN mod-97 + country length, SSN ranges,
IP global-ness with the ipaddress module) and exits 1 on any failure.

Genres (the "kind" field is post, comment or profile): founders' launch posts, layoff
announcements and the replies under them, "open to work" posts, recommendations written for
colleagues, event photo captions, podcast episode notes, student internship reports, public
DevOps incident postmortems, comment threads, profile "about" fields.

Languages (22): en de fr es it pt nl pl sv tr ru uk el ar he hi ja zh ko th vi id; member
names in Latin (many cultures), Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Hangul,
Kanji/Hanzi scripts.

Gold types: EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON.
Hard-negative categories (one per "not this" item of the issue):
  email_wrapper      "mailto:", "<", ">" and trailing punctuation around an address
  example_domain     addresses and links under example.com/.net/.org and *.example (except
                     the platform's profile path askfirst.example/u/<handle>, which is a URL)
  date time price order_number ticket_number isbn version patent     (PHONE look-alikes)
  ipv4_private ipv4_loopback ipv4_link_local ipv4_documentation ipv4_reserved
  ip_like_version    four-part version strings (firmware 4.2.1.15) in a version context
  ip_port ip_cidr    the ":port" and "/cidr" right after a global IPv4
  ipv6_nonglobal     ::1, fe80::, fc00::/7, 2001:db8::
  ipv6_bracket_port  the "[" and "]:port" around a global IPv6
  luhn_invalid       card-shaped digit runs failing Luhn
  iban_bad_check     IBAN-shaped strings with wrong check digits
  ssn_invalid        SSN-shaped numbers with area 000/666/900-999, group 00 or serial 0000
  url_trailing       a "." or ")" right after a profile URL
  company_page careers_page docs_url paper_url event_ticket form_url   (non-personal links)
  company            firm names that look like names (Morgan Stanley; some members share them)
  place              places named like people (Charlotte, NC; members share the first names)
  eponym             Dijkstra's algorithm, Bayes' theorem ... (members share the surnames)
  word_name          member first names used as ordinary words (Will, grace, rose, Ernst, umut)

Doubtful labelling choices (a careful reading of the issue; listed so they can be argued):
  * An @-mention of a full name ("@Anja Weber") is one PERSON span that includes the "@";
    an @handle ("@anjaweber") is one HANDLE span that includes the "@".
  * Possessives: "Anja Weber's" / "Anja's" -> the span stops before "'s" (also Dutch "Anja's").
  * CJK names with honorifics: 田中太郎さん, 王伟老师, 김민준님 -> the honorific is outside.
  * A first name alone is labelled only in a greeting or thanks ("Hi Anja,", "Danke, Anja!",
    "Спасибо, Анна!"); bare first names elsewhere are not written at all.  Greetings may use a
    lower-case or diacritic-stripped form ("thx zoe") and are still labelled.
  * Obfuscated e-mails ("maria [at] gmail [dot] com", "maria(at)gmail.com") are one EMAIL span
    from the first character of the local part to the last character of the TLD.
  * Phones: the span includes a leading "+" and the "(0)" and area-code parentheses.
  * Profile URLs: the span includes the scheme and "www." when written; a handle inside a URL
    is not a separate HANDLE; bsky profiles are bsky.app/profile/<handle>.bsky.social.
  * Only @handles of directory members are written; no other @-words appear.
  * A company name equal to a member's full name ("Morgan Stanley") is a company negative
    when the context is the firm (joining, bank, offices).
  * Amex numbers are grouped 4-6-5; other cards 4-4-4-4; SSNs "123-45-6789" or "123 45 6789".
"""
import argparse
import ipaddress
import json
import os
import random
import sys
import unicodedata

# ----------------------------------------------------------------------------- members

LATIN = {
    "de": ("Anja Jonas Lukas Lea Felix Miriam Tobias Katrin Jürgen Sören Ernst Frank Ute Björn "
           "Heike Maximilian Lena Jörg Sabine Till",
           "Weber Müller Schmidt Schneider Fischer Wagner Becker Hoffmann Schäfer Koch Richter "
           "Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann Lange"),
    "fr": ("Camille Léa Hugo Chloé Théo Manon Élodie Jérôme Inès Mathis Océane Benoît Gaëlle "
           "Pierre Florence Margaux",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard "
           "Bonnet Fontaine Rousseau Mercier"),
    "es": ("María Javier Lucía Alejandro Sofía Álvaro Carmen Iñaki Rosa Luz Paz Dolores Pilar "
           "Mercedes Nuria Sergio",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz "
           "Moreno Muñoz Álvarez Romero Navarro"),
    "it": ("Giulia Marco Francesca Alessandro Chiara Matteo Serena Felice Lorenzo Martina "
           "Niccolò Giorgia", "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino "
           "Greco Bruno Gallo Conti Lombardi"),
    "pt": ("João Ana Graça Vitória Thiago Beatriz Gonçalo Luísa Rafael Camila Conceição Caio",
           "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo "
           "Carvalho Gonçalves"),
    "nl": ("Daan Sanne Bram Fleur Sem Lotte Joris Anouk Ruud Femke Maarten Eline",
           "de Jong Jansen de Vries van den Berg Bakker Visser Smit Meijer Dijkstra Mulder "
           "Bos Vos Peters"),
    "pl": ("Katarzyna Piotr Agnieszka Michał Małgorzata Paweł Zofia Łukasz Wiktoria Grzegorz",
           "Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamińska Lewandowski Zieliński Szymańska "
           "Woźniak"),
    "sv": ("Astrid Erik Ingrid Lars Saga Oskar Maja Nils Elin Björn",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist "
           "Åström"),
    "tr": ("Ayşe Mehmet Zeynep Emre Elif Burak Umut Deniz Barış Gülşen Çağla Oğuz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan"),
    "vi": ("Lan Minh Hương Tuấn Thảo Dũng Ngọc Phương Quang Trang",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi"),
    "id": ("Putri Budi Siti Agus Dewi Rizky Ayu Fajar Indah Wahyu",
           "Santoso Wijaya Pratama Saputra Hidayat Kusuma Lestari Nugroho Halim Setiawan"),
    "en": ("Emily James Olivia Noah Sarah Daniel Megan Ryan Hannah Tyler Will Grace Rose May "
           "June Mark Bill Hope Joy Sunny Summer Frank Penny Amber Ruby Ivy Jack Chase Drew Miles "
           "Gene Dawn Faith Charlotte Victoria Sydney Florence Austin Madison Jackson Lincoln "
           "Adelaide Regina Chelsea Eugene Georgia Priya Kwame Chidi Aisha Siobhan Niamh",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore "
           "Harris Clark Lewis Walker Hall Young King Wright Okafor Adeyemi Mensah O'Brien "
           "Murphy Kelly Patel Nguyen Bloom Nash Turing Markov Kalman Fourier Bayes Dijkstra "
           "Gauss Hopper Parkinson Doppler Euler"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Yetunde Ifeoma Babajide",
           "Okonkwo Adebayo Eze Balogun Nwosu Okeke Afolabi Ogunleye Chukwu Bello"),
}
# native-script pools: (native, romanised) pairs
NATIVE = {
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Екатерина", "ekaterina"),
            ("Сергей", "sergey"), ("Ольга", "olga"), ("Алексей", "alexey"), ("Мария", "maria"),
            ("Иван", "ivan"), ("Наталья", "natalya"), ("Павел", "pavel")],
           [("Смирнова", "smirnova"), ("Иванов", "ivanov"), ("Кузнецова", "kuznetsova"),
            ("Попов", "popov"), ("Соколова", "sokolova"), ("Лебедев", "lebedev"),
            ("Козлова", "kozlova"), ("Новиков", "novikov"), ("Морозова", "morozova")]),
    "uk": ([("Олена", "olena"), ("Андрій", "andriy"), ("Оксана", "oksana"), ("Тарас", "taras"),
            ("Ірина", "iryna"), ("Богдан", "bohdan"), ("Юлія", "yuliia"), ("Остап", "ostap")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"), ("Кравчук", "kravchuk"), ("Мельник", "melnyk"),
            ("Олійник", "oliinyk")]),
    "el": ([("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Νίκος", "nikos"),
            ("Ελένη", "eleni"), ("Δημήτρης", "dimitris"), ("Κατερίνα", "katerina")],
           [("Παπαδόπουλος", "papadopoulos"), ("Γεωργίου", "georgiou"),
            ("Οικονόμου", "oikonomou"), ("Παπαδάκη", "papadaki"), ("Νικολάου", "nikolaou")]),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("أمل", "amal"),
            ("ليلى", "layla"), ("يوسف", "youssef"), ("نور", "nour"), ("خالد", "khaled")],
           [("العلي", "alali"), ("حداد", "haddad"), ("الشامي", "alshami"), ("منصور", "mansour"),
            ("الخطيب", "alkhatib"), ("سليمان", "suleiman")]),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("מאיה", "maya"), ("איתי", "itai"),
            ("שירה", "shira"), ("דניאל", "daniel")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"),
            ("ביטון", "biton"), ("אברהם", "avraham")]),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनन्या", "ananya"), ("अर्जुन", "arjun"),
            ("नेहा", "neha"), ("विक्रम", "vikram"), ("स्नेहा", "sneha")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"),
            ("पटेल", "patel"), ("अय्यर", "iyer")]),
    "th": ([("สมชาย", "somchai"), ("สุดา", "suda"), ("ณัฐพล", "nattapon"), ("พิมพ์", "pim"),
            ("วรวุฒิ", "worawut"), ("กัญญา", "kanya")],
           [("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์สวัสดิ์", "wongsawat"),
            ("บุญมา", "boonma"), ("ทองดี", "thongdee")]),
}
CJK = {  # family-name-first, no space in the directory
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu")],
           [("伟", "wei"), ("娜", "na"), ("静", "jing"), ("磊", "lei"), ("晓明", "xiaoming"),
            ("雨桐", "yutong"), ("子涵", "zihan"), ("建国", "jianguo"), ("思远", "siyuan")]),
    "ja": ([("田中", "tanaka"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"),
            ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura")],
           [("太郎", "taro"), ("花子", "hanako"), ("健太", "kenta"), ("美咲", "misaki"),
            ("翔", "sho"), ("陽菜", "hina"), ("大輔", "daisuke"), ("由美", "yumi")]),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
            ("강", "kang"), ("조", "cho"), ("윤", "yoon")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
            ("도윤", "doyun"), ("수빈", "subin"), ("예린", "yerin")]),
}
# members whose full names collide with the company negatives
COLLIDING = ["Morgan Stanley", "Charles Schwab", "Ralph Lauren", "Hugo Boss", "Tommy Hilfiger",
             "Calvin Klein", "Estée Lauder", "Ted Baker", "Paul Smith", "John Deere",
             "Walt Disney", "Arthur Andersen", "Mercedes Benz", "Dean Witter", "Grace Hopper",
             "Will Turner", "Rose Royce", "Ernst Young"]


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def ascii_handle(s):
    s = strip_marks(s).lower().replace("ø", "o").replace("ł", "l").replace("ß", "ss")
    s = s.replace("đ", "d").replace("ı", "i").replace("æ", "ae").replace("å", "a")
    return "".join(c for c in s if c.isascii() and c.isalnum())


class Member:
    __slots__ = ("user", "name", "handle", "first", "last", "culture", "cjk")

    def __init__(self, user, name, handle, first, last, culture, cjk=False):
        self.user, self.name, self.handle = user, name, handle
        self.first, self.last, self.culture, self.cjk = first, last, culture, cjk


def make_members(n, rnd):
    pools = {k: (v[0].split(), v[1].split()) for k, v in LATIN.items()}
    pools["nl"] = (pools["nl"][0], ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
                                    "Visser", "Smit", "Meijer", "Dijkstra", "Mulder", "Bos",
                                    "Vos", "Peters", "van Dijk"])
    cultures = list(pools) + list(NATIVE) + list(CJK)
    weights = [3 if c == "en" else 1 for c in cultures]
    members, used = [], set()
    seps = ["", ".", "_", ""]

    def uniq(h):
        h = h[:24] or "member"
        base, k = h, 1
        while h in used:
            k += 1
            h = "%s%d" % (base, k)
        used.add(h)
        return h

    for i, full in enumerate(COLLIDING[:n]):
        f, l = full.split(" ", 1)
        members.append(Member("u%d" % (i + 1), full, uniq(ascii_handle(f + l)), f, l, "en"))
    while len(members) < n:
        c = rnd.choices(cultures, weights)[0]
        if c in pools:
            f, l = rnd.choice(pools[c][0]), rnd.choice(pools[c][1])
            name = f + " " + l
            h = ascii_handle(f) + rnd.choice(seps) + ascii_handle(l)
            if rnd.random() < 0.3:
                h = ascii_handle(f)[0] + ascii_handle(l)
            m = Member(None, name, None, f, l, c)
        elif c in NATIVE:
            (f, fr), (l, lr) = rnd.choice(NATIVE[c][0]), rnd.choice(NATIVE[c][1])
            name = f + " " + l
            h = fr + rnd.choice(seps) + lr
            m = Member(None, name, None, f, l, c)
        else:
            (l, lr), (f, fr) = rnd.choice(CJK[c][0]), rnd.choice(CJK[c][1])
            name = l + f
            h = lr + rnd.choice(seps) + fr if rnd.random() < 0.7 else fr + lr
            m = Member(None, name, None, f, l, c, cjk=True)
        if rnd.random() < 0.25:
            h += str(rnd.randint(1, 99))
        m.user = "u%d" % (len(members) + 1)
        m.handle = uniq(h)
        members.append(m)
    return members


# ----------------------------------------------------------------------------- validators

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21,
            "AT": 20, "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "NO": 15, "FI": 18,
            "LU": 20}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and iban_num(s[4:] + s[:4]) % 97 == 1)


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and sr != 0


# ----------------------------------------------------------------------------- value makers

class Gen:
    def __init__(self, rnd, members):
        self.r = rnd
        self.members = members
        self.by_culture = {}
        for m in members:
            self.by_culture.setdefault(m.culture, []).append(m)
        self.colliding = members[:len(COLLIDING)]

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # -- members
    def member(self, lang=None):
        r = self.r
        cmap = {"ja": "ja", "zh": "zh", "ko": "ko", "ru": "ru", "uk": "uk", "el": "el",
                "ar": "ar", "he": "he", "hi": "hi", "th": "th"}
        if lang in cmap and r.random() < 0.75:
            return r.choice(self.by_culture[cmap[lang]])
        if lang in self.by_culture and r.random() < 0.5:
            return r.choice(self.by_culture[lang])
        return r.choice(self.members)

    # -- email
    DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de",
               "gmx.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.jp",
               "qq.com", "163.com", "naver.com", "mail.ru", "yandex.ru", "ukr.net", "hotmail.es",
               "uol.com.br", "rediffmail.com", "seznam.cz", "wp.pl", "hotmail.co.uk",
               "brightloop.io", "nordwerk.de", "kumo-labs.jp", "tallyforge.com", "quillstack.ai",
               "ferrovia.it", "lumen-analytics.co.uk", "paodequeijo.com.br", "hanami.co.kr",
               "aurora-health.in", "tidewater.ng", "bytepeak.com.au", "zentrix.nl"]
    ROLES = ["jobs", "hiring", "press", "founders", "hello", "careers", "team", "security",
             "oncall", "talent", "recruiting", "info", "support"]

    def email_parts(self, m=None):
        r = self.r
        if m is None or r.random() < 0.2:
            local = r.choice(self.ROLES)
            dom = r.choice(self.DOMAINS[24:])
        else:
            h = m.handle.rstrip("0123456789") or m.handle
            pick = r.random()
            if pick < 0.3:
                local = h
            elif pick < 0.5:
                local = ascii_handle(m.first) + "." + ascii_handle(m.last) if not m.cjk and \
                    m.culture not in NATIVE else h
            elif pick < 0.6:
                local = h + "+" + r.choice(["jobs", "news", "cv", "work"])
            elif pick < 0.75:
                local = h + str(r.randint(70, 2005))
            else:
                local = h.replace(".", "_")
            local = local or "mail"
            dom = r.choice(self.DOMAINS)
        return local, dom

    def email(self, m=None):
        l, d = self.email_parts(m)
        return l + "@" + d

    def email_obf(self, m=None):
        l, d = self.email_parts(m)
        name, _, tld = d.rpartition(".")
        k = self.r.randrange(6)
        if k == 0:
            return "%s [at] %s [dot] %s" % (l, name.replace(".", " [dot] "), tld)
        if k == 1:
            return "%s(at)%s" % (l, d)
        if k == 2:
            return "%s (at) %s (dot) %s" % (l, name.replace(".", " (dot) "), tld)
        if k == 3:
            return "%s[at]%s" % (l, d)
        if k == 4:
            return "%s {at} %s {dot} %s" % (l, name.replace(".", " {dot} "), tld)
        return "%s [at] %s" % (l, d)

    # -- phone
    def phone(self):
        r = self.r
        c = r.choice(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT",
                      "NL", "NG", "E164"])
        d = self.digits
        sep = r.choice([" ", " ", "-", ".", "\u00a0"])
        intl = r.random() < 0.5
        zero = r.random() < 0.25

        def j(groups, s=None):
            return (sep if s is None else s).join(groups)
        if c in ("US", "CA"):
            area = r.choice(["415", "212", "646", "617", "312", "206", "512", "604", "416",
                             "514", "403", "303", "305", "713"])
            ex, ln = r.choice("23456789") + d(2), d(4)
            k = r.randrange(5)
            if k == 0:
                return "(%s) %s-%s" % (area, ex, ln)
            if k == 1:
                return j(["+1", area, ex, ln])
            if k == 2:
                return "+1 (%s) %s-%s" % (area, ex, ln)
            if k == 3:
                return "1-%s-%s-%s" % (area, ex, ln)
            return j([area, ex, ln])
        if c == "UK":
            if r.random() < 0.5:
                a, b = "7" + r.choice("13456789") + d(2), d(6)
            else:
                a, b = r.choice(["20", "161", "131", "117", "121"]), d(7)
                if a == "20":
                    b = d(4) + sep + d(4)
            if intl:
                return ("+44 (0)%s %s" % (a, b)) if zero else j(["+44", a, b], " ")
            return "0%s %s" % (a, b) if sep == "." else j(["0" + a, b])
        if c == "DE":
            a = r.choice(["30", "89", "40", "221", "69", "711", "151", "160", "170", "176"])
            b = d(r.choice([7, 8]))
            if intl:
                return ("+49 (0)%s %s" % (a, b)) if zero else j(["+49", a, b])
            return r.choice(["0%s/%s" % (a, b), j(["0" + a, b]), "0%s %s %s" % (a, b[:3], b[3:])])
        if c == "FR":
            g = [r.choice("123456789")] + [d(2) for _ in range(4)]
            if intl:
                return ("+33 (0)" + " ".join(g)) if zero else "+33 " + j(g)
            return j(["0" + g[0]] + g[1:])
        if c == "IN":
            a, b = r.choice("6789") + d(4), d(5)
            if intl:
                return j(["+91", a, b]) if sep != "." else "+91 %s %s" % (a, b)
            return r.choice(["0%s %s" % (a, b), "%s%s%s" % (a, sep, b),
                             "022 %s %s" % (d(4), d(4))])
        if c == "BR":
            a = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            b = r.choice(["9" + d(4), d(4)]) + "-" + d(4)
            if intl:
                return r.choice(["+55 %s %s" % (a, b), "+55 (%s) %s" % (a, b)])
            return "(%s) %s" % (a, b)
        if c == "JP":
            if r.random() < 0.5:
                a, b, e = r.choice(["90", "80", "70"]), d(4), d(4)
            else:
                a, b, e = r.choice(["3", "6"]), d(4), d(4)
            s = r.choice(["-", " ", "-"])
            if intl:
                return "+81" + " " + s.join([a, b, e])
            return s.join(["0" + a, b, e])
        if c == "AU":
            if r.random() < 0.5:
                a, b = "4" + d(2), d(3) + " " + d(3)
                return "+61 %s %s" % (a, b) if intl else "0%s %s" % (a, b)
            a = r.choice("2378")
            b = d(4) + " " + d(4)
            return "+61 %s %s" % (a, b) if intl else "(0%s) %s" % (a, b)
        if c == "CN":
            if r.random() < 0.6:
                g = ["1" + r.choice("3589") + d(1), d(4), d(4)]
                s = r.choice([" ", "-", ""])
                return ("+86 " if intl else "") + s.join(g)
            a = r.choice(["10", "21", "20", "755"])
            b = d(8 if len(a) == 2 else 7)
            return "+86 %s %s" % (a, b) if intl else "0%s-%s" % (a, b)
        if c == "ES":
            a = r.choice("69") + d(2)
            g = [a, d(2), d(2), d(2)] if r.random() < 0.5 else [a, d(3), d(3)]
            return ("+34 " if intl else "") + j(g)
        if c == "IT":
            if r.random() < 0.5:
                g = ["3" + d(2), d(3), d(4)]
            else:
                g = ["0" + r.choice(["2", "6", "55", "81"]), d(4), d(4)]
            return ("+39 " if intl else "") + j(g)
        if c == "NL":
            if r.random() < 0.5:
                return "+31 6 %s" % d(8) if intl else "06-%s" % d(8)
            a = r.choice(["20", "10", "30", "70"])
            return "+31 %s %s %s" % (a, d(3), d(4)) if intl else "0%s-%s %s" % (a, d(3), d(4))
        if c == "NG":
            a = r.choice(["803", "806", "813", "805", "703", "809"])
            return ("+234 %s %s %s" % (a, d(3), d(4))) if intl else j(["0" + a, d(3), d(4)])
        return "+" + r.choice(["49151", "1415", "44770", "3361", "8613", "6141", "23480",
                               "5511", "81901", "919"]) + d(r.randint(7, 8))

    # -- ip
    def ipv4_global(self):
        while True:
            a = ipaddress.IPv4Address(self.r.getrandbits(32))
            if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0",):
                return str(a)

    def ipv4_bad(self, cat):
        r = self.r
        q = lambda: str(r.randint(1, 254))
        f = {"ipv4_private": lambda: r.choice(["10.%s.%s.%s" % (q(), q(), q()),
                                               "192.168.%s.%s" % (r.randint(0, 20), q()),
                                               "172.%d.%s.%s" % (r.randint(16, 31), q(), q())]),
             "ipv4_loopback": lambda: r.choice(["127.0.0.1", "127.0.1.1", "127.%s.%s.%s" %
                                                (r.randint(0, 3), r.randint(0, 9), q())]),
             "ipv4_link_local": lambda: "169.254.%s.%s" % (q(), q()),
             "ipv4_documentation": lambda: r.choice(["192.0.2.", "198.51.100.",
                                                     "203.0.113."]) + q(),
             "ipv4_reserved": lambda: r.choice(["240.%s.%s.%s" % (q(), q(), q()),
                                                "100.%d.%s.%s" % (r.randint(64, 127), q(), q()),
                                                "0.0.0.0", "255.255.255.255",
                                                "198.18.%s.%s" % (r.randint(0, 255), q()),
                                                "250.%s.%s.%s" % (q(), q(), q())])}[cat]
        while True:
            s = f()
            if not ipaddress.ip_address(s).is_global:
                return s

    def ipv6_global(self, full=False):
        r = self.r
        while True:
            g = [r.choice([0x2a01, 0x2a02, 0x2a03, 0x2a00, 0x2606, 0x2607, 0x2600, 0x2400,
                           0x2405, 0x2c0f, 0x2804, 0x2001])]
            if g[0] == 0x2001:
                g.append(r.choice([0x067c, 0x0470, 0x41d0, 0x1af8]))
            else:
                g.append(r.randrange(0x10000))
            g += [r.randrange(0x10000) for _ in range(2)]
            tail = [0, 0, 0, r.randrange(1, 0x100)] if r.random() < 0.6 else \
                [r.randrange(0x10000) for _ in range(4)]
            a = ipaddress.IPv6Address(":".join("%x" % x for x in g + tail))
            if not a.is_global:
                continue
            if full:
                return a.exploded
            s = a.compressed
            return s.upper() if r.random() < 0.1 else s

    def ipv6_bad(self):
        r = self.r
        while True:
            s = r.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x10000) for _ in
                                                            range(4)),
                          "fd%02x:%x:%x::%x" % (r.randrange(256), r.randrange(0x10000),
                                               r.randrange(0x10000), r.randrange(1, 99)),
                          "2001:db8:%x::%x" % (r.randrange(0x10000), r.randrange(1, 0xfff)),
                          "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fc00::1"])
            if not ipaddress.ip_address(s).is_global:
                return s

    # -- cards
    def card(self, valid=True):
        r = self.r
        brand = r.choice(["visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = "5" + r.choice("12345") + self.digits(13)
        elif brand == "mc2":
            body = str(r.randint(2221, 2720)) + self.digits(11)
        elif brand == "amex":
            body = r.choice(["34", "37"]) + self.digits(12)
        else:
            body = r.choice(["6011", "65" + self.digits(2), str(r.randint(644, 649)) +
                             self.digits(1)]) + self.digits(11)
        ck = luhn_digit(body)
        if not valid:
            ck = str((int(ck) + r.randint(1, 9)) % 10)
        n = body + ck
        sep = r.choice([" ", "-", "", " "])
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join([n[i:i + 4] for i in range(0, 16, 4)])

    # -- iban
    def iban(self, valid=True):
        r = self.r
        cc = r.choice(sorted(IBAN_LEN))
        n = IBAN_LEN[cc] - 4
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if cc in ("GB", "IE"):
            bban = "".join(r.choice(up) for _ in range(4)) + self.digits(n - 4)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + self.digits(n - 4)
        elif cc == "IT":
            bban = r.choice(up) + self.digits(n - 1)
        else:
            bban = self.digits(n)
        ck = 98 - iban_num(bban + cc + "00") % 97
        if not valid:
            ck = (ck + r.randint(1, 96)) % 97 or 1
            while iban_ok(cc + "%02d" % ck + bban):
                ck = (ck + 1) % 97
        s = cc + "%02d" % ck + bban
        if r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    # -- ssn
    def ssn(self, valid=True):
        r = self.r
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 667
        if not valid:
            k = r.randrange(4)
            if k == 0:
                a = r.choice([0, 666, r.randint(900, 999)])
            elif k == 1:
                a = r.randint(900, 999)
            elif k == 2:
                g = 0
            else:
                s = 0
        sep = r.choice(["-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    # -- urls
    def profile_url(self, m):
        r = self.r
        h = m.handle
        site = r.randrange(9)
        if site == 0:
            u = "linkedin.com/in/" + h.replace("_", "-").replace(".", "-")
            w = r.random() < 0.5
        elif site == 1:
            u, w = "github.com/" + h.replace("_", "-").replace(".", "-"), False
        elif site == 2:
            u, w = r.choice(["x.com/", "twitter.com/"]) + h.replace(".", "_"), False
        elif site == 3:
            u, w = "medium.com/@" + h, False
        elif site == 4:
            u, w = "bsky.app/profile/" + h.replace("_", "-").replace(".", "-") + ".bsky.social", \
                False
        elif site == 5:
            u, w = h.replace("_", "").replace(".", "") + ".substack.com", False
        elif site == 6:
            u, w = "calendly.com/" + h.replace("_", "-").replace(".", "-") + \
                r.choice(["", "", "/30min", "/coffee-chat"]), False
        else:
            u, w = "askfirst.example/u/" + h, False
        if w:
            u = "www." + u
        sch = r.random()
        if sch < 0.45:
            u = "https://" + u
        elif sch < 0.5:
            u = "http://" + u
        return u

    ORGS = ["brightloop", "nordwerk", "kumolabs", "tallyforge", "quillstack", "ferrovia",
            "zentrix", "hanami-ai", "bytepeak", "tidewater"]

    def neg_url(self, cat):
        r = self.r
        o = r.choice(self.ORGS)
        tld = r.choice([".io", ".com", ".de", ".ai", ".co", ".jp", ".fr"])
        s = {"company_page": lambda: r.choice([
                "linkedin.com/company/%s" % o, "www.linkedin.com/company/%s/about/" % o,
                "%s%s" % (o, tld), "www.%s%s/about" % (o, tld), "crunchbase.com/organization/%s" % o,
                "%s%s/en/team" % (o, tld)]),
             "careers_page": lambda: r.choice([
                "%s%s/careers" % (o, tld), "jobs.lever.co/%s/%s" % (o, self.hexid(8) + "-" +
                                                                   self.hexid(4)),
                "boards.greenhouse.io/%s/jobs/%d" % (o, r.randint(10 ** 6, 10 ** 7)),
                "%s.recruitee.com/o/backend-engineer" % o, "%s%s/jobs/sre-berlin" % (o, tld),
                "www.linkedin.com/jobs/view/%d" % r.randint(10 ** 9, 4 * 10 ** 9)]),
             "docs_url": lambda: r.choice([
                "docs.%s%s/api/v%d" % (o, tld, r.randint(1, 4)),
                "%s.readthedocs.io/en/latest/" % o, "developer.mozilla.org/en-US/docs/Web/HTTP",
                "kubernetes.io/docs/concepts/services-networking/", "www.postgresql.org/docs/16/"
                "wal-configuration.html", "%s%s/docs/runbooks/failover" % (o, tld),
                "learn.microsoft.com/en-us/azure/aks/"]),
             "paper_url": lambda: r.choice([
                "arxiv.org/abs/%d.%05d" % (r.randint(1801, 2412), r.randint(1, 29999)),
                "doi.org/10.%d/%d.%d" % (r.randint(1000, 9999), r.randint(1000000, 9999999),
                                         r.randint(100, 9999)),
                "aclanthology.org/2024.acl-long.%d/" % r.randint(1, 900),
                "openreview.net/forum?id=%s" % self.hexid(10),
                "dl.acm.org/doi/10.1145/%d.%d" % (r.randint(3500000, 3699999),
                                                   r.randint(1000000, 3699999))]),
             "event_ticket": lambda: r.choice([
                "www.eventbrite.com/e/devops-night-%s-tickets-%d" % (o, r.randint(10 ** 11,
                                                                              10 ** 12)),
                "lu.ma/%s" % self.hexid(8), "www.meetup.com/berlin-sre/events/%d/" %
                r.randint(10 ** 8, 10 ** 9), "tickets.%s%s/summit-2025" % (o, tld),
                "connpass.com/event/%d/" % r.randint(100000, 399999)]),
             "form_url": lambda: r.choice([
                "forms.gle/%s" % self.alnum(17), "docs.google.com/forms/d/e/1FAIpQL%s/viewform" %
                self.alnum(20), "%s.typeform.com/to/%s" % (o, self.alnum(8)),
                "tally.so/r/%s" % self.alnum(6), "forms.office.com/r/%s" % self.alnum(10)]),
             }[cat]()
        if r.random() < 0.5:
            s = "https://" + s
        return s

    def hexid(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                       for _ in range(n))

    def example_thing(self, m):
        r = self.r
        h = m.handle
        return r.choice([
            "%s@example.com" % h, "jane.doe@example.org", "you@example.net",
            "%s@mail.example" % h.split(".")[0], "https://example.com/u/%s" % h,
            "www.example.org/profile/%s" % h, "test.user@example.com",
            "askfirst.example/help/privacy", "https://docs.askfirst.example/api",
            "noreply@askfirst.example", "name@company.example", "linkedin.example/in/%s" % h])

    # -- phone look-alikes
    MONTHS = {"en": ["January", "March", "May", "June", "August", "October", "December"],
              "de": ["Januar", "März", "Mai", "Juni", "Oktober"], "fr": ["janvier", "mars",
                                                                      "mai", "juin", "octobre"],
              "es": ["enero", "marzo", "mayo", "junio", "octubre"]}

    def date(self, lang):
        r = self.r
        y, mo, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        k = r.randrange(9)
        if lang in ("ja", "zh") and k < 4:
            return "%d年%d月%d日" % (y, mo, d)
        if lang == "ko" and k < 4:
            return "%d년 %d월 %d일" % (y, mo, d)
        return [
            "%d-%02d-%02d" % (y, mo, d), "%02d.%02d.%d" % (d, mo, y), "%02d/%02d/%d" % (mo, d, y),
            "%d/%d/%d" % (d, mo, y), "%02d-%02d-%d" % (d, mo, y), "%d.%d.%d" % (d, mo, y % 100),
            "%d %s %d" % (d, r.choice(self.MONTHS.get(lang, self.MONTHS["en"])), y),
            "%s %d, %d" % (r.choice(self.MONTHS["en"]), d, y),
            "%d%02d%02d" % (y, mo, d)][k]

    def time(self):
        r = self.r
        h, m = r.randint(0, 23), r.choice([0, 5, 15, 30, 45, 10, 20, 50])
        return r.choice(["%02d:%02d" % (h, m), "%d:%02d %s" % (h % 12 or 12, m, r.choice(
            ["am", "pm", "PM", "AM"])), "%02d:%02d:%02d" % (h, m, r.randint(0, 59)),
            "%02d:%02d UTC" % (h, m), "%dh%02d" % (h, m), "%02d.%02d Uhr" % (h, m),
            "%02d:%02d–%02d:%02d" % (h, m, (h + 1) % 24, m)])

    def price(self):
        r = self.r
        a = r.randint(5, 99999)
        c = r.randrange(10)
        return ["$%s" % "{:,}".format(a), "$%d.%02d" % (a, r.randint(0, 99)),
                "%s €" % "{:,}".format(a).replace(",", "."), "€%d,%02d" % (a, r.randint(0, 99)),
                "£%s" % "{:,}".format(a), "₹ %s" % "{:,}".format(a * 10),
                "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), r.randint(0, 99)),
                "¥%s" % "{:,}".format(a * 100), "%d,%02d zł" % (a, r.randint(0, 99)),
                "USD %s.00" % "{:,}".format(a * 10)][c]

    def order(self):
        r = self.r
        d = self.digits
        return r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "#%s" % d(8), "%s %s %s" % (d(4), d(4),
                                                                                     d(2)),
                         "ORD-%s-%s" % (d(6), d(4)), "%s/%s" % (d(6), d(5)), "№ %s" % d(9),
                         "A%s" % d(10)])

    def ticket(self):
        r = self.r
        d = self.digits
        return r.choice(["INC-%s" % d(7), "INC%s" % d(7), "CHG-%s-%s" % (d(4), d(4)),
                         "#%s" % d(6), "SR %s %s" % (d(4), d(4)), "JIRA OPS-%s" % d(4),
                         "CS-%s-%s" % (d(8), d(3)), "%s-%s-%s" % (d(4), d(3), d(3))])

    def isbn(self):
        r = self.r
        body = "978" + r.choice("0123489") + self.digits(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        ck = str((10 - s % 10) % 10)
        full = body + ck
        k = r.randrange(3)
        if k == 0:
            return full
        if k == 1:
            return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])
        return "%s %s %s %s %s" % (full[:3], full[3], full[4:8], full[8:12], full[12])

    def version(self):
        r = self.r
        a, b, c = r.randint(0, 30), r.randint(0, 40), r.randint(0, 200)
        return r.choice(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c),
                         "%d.%d.%d-rc.%d" % (a, b, c, r.randint(1, 5)),
                         "%d.%d.%d.%d" % (a, b, c, r.randint(1000, 29999)),
                         "%d.%d" % (a, b), "%d.%d.%d+build.%d" % (a, b, c, r.randint(1, 999))])

    def ip_version(self):
        r = self.r
        return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 30),
                                r.randint(0, 255))

    def patent(self):
        r = self.r
        d = self.digits
        return r.choice(["US %s,%s,%s B2" % (r.randint(9, 12), d(3), d(3)),
                         "US %d/%s A1" % (r.randint(2015, 2025), "0" + d(6)),
                         "EP %s %s %s A1" % (r.randint(1, 4), d(3), d(3)),
                         "DE 10 %d %s %s.%s" % (r.randint(2015, 2024), d(3), d(3), d(1)),
                         "WO %d/%s" % (r.randint(2015, 2025), d(6)),
                         "JP %d-%s A" % (r.randint(2015, 2025), d(6)),
                         "CN %s A" % ("1" + d(8)), "US%sB1" % d(8)])

    COMPANIES = ["Morgan Stanley", "Charles Schwab", "Ralph Lauren", "Hugo Boss",
                 "Tommy Hilfiger", "Calvin Klein", "Estée Lauder", "Ted Baker", "Paul Smith",
                 "John Deere", "Walt Disney", "Arthur Andersen", "Mercedes-Benz", "Dean Witter",
                 "Goldman Sachs", "Wells Fargo", "Johnson & Johnson", "Ernst & Young",
                 "Marks & Spencer", "Procter & Gamble", "Ben & Jerry's", "Dr. Oetker",
                 "Harley-Davidson", "Rolls-Royce", "Lockheed Martin", "McKinsey", "Deloitte",
                 "Tim Hortons", "Jack Daniel's", "Louis Vuitton", "Honda", "Suzuki", "Siemens",
                 "Bosch", "Philips", "Mitsubishi"]
    PLACES = ["Charlotte, NC", "Victoria, BC", "Eugene, OR", "Florence", "Adelaide",
              "Regina, SK", "Madison, WI", "Jackson, MS", "Lincoln, NE", "Austin, TX",
              "Sydney", "Chelsea", "St. Louis", "San Francisco", "Santa Monica",
              "São José dos Campos", "Saint-Denis", "Georgia", "Victoria Station",
              "Charlotte Street", "Elizabeth, NJ", "Marion, IL", "Port Elizabeth"]
    EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "the Fourier transform",
               "a Kalman filter", "a Bloom filter", "Markov chains", "the Nash equilibrium",
               "the Turing test", "Gaussian noise", "Parkinson's law", "the Doppler effect",
               "Euler's formula", "Hopper's law", "Conway's law", "Murphy's law",
               "Levenshtein distance", "Dijkstra", "Little's law", "Amdahl's law",
               "Brooks's law", "Kalman-Filter", "Bloom-Filter", "loi de Murphy",
               "ley de Murphy", "transformada de Fourier", "Taylor series", "Newton's method"]


# ----------------------------------------------------------------------------- phrase tables

WORD_NAME = {  # sentences with a member first name used as a plain word, marked [..]
    "en": ["[Will] the recording be shared afterwards?", "there's a 30-day [grace] period",
           "revenue [rose] 12% quarter on quarter", "[Mark] your calendars!",
           "the [bill] came to way more than expected", "I [hope] this helps someone",
           "pure [joy] to see it ship", "a [sunny] afternoon on the rooftop",
           "[Summer] internship applications are open", "[frank] feedback welcome",
           "not a [penny] of VC money", "the [amber] alert on the dashboard",
           "we rewrote it from [Ruby] to Go", "nobody went to an [Ivy] League school",
           "the audio [jack] died mid-recording", "stop trying to [chase] every trend",
           "the demo [drew] a crowd", "[miles] ahead of where we were",
           "[Gene] therapy startups are having a moment", "working until [dawn] again",
           "a leap of [faith]", "[May] the odds be ever in your favour", "[will] do!",
           "[Grace] under pressure is underrated"],
    "es": ["todo en [rosa] hoy", "tenemos [luz] verde", "por fin hay [paz] en el equipo",
           "[Dolores] de cabeza con el deploy", "un [pilar] del equipo", "la [luz] se fue"],
    "pt": ["pela [graça] de tudo", "uma [vitória] do time inteiro", "com muita [graça]"],
    "de": ["ganz im [Ernst]", "[frank] und frei gesagt", "das meine ich [ernst]"],
    "it": ["una giornata [serena]", "[felice] di annunciare", "notte [serena] dopo il rilascio"],
    "tr": ["hâlâ [umut] var", "[deniz] kenarında bir ofis", "[barış] içinde ayrıldık",
           "büyük bir [umut] ile"],
    "fr": ["la [pierre] angulaire du projet", "[Florence] en Italie était superbe"],
    "ar": ["لدي [أمل] كبير في الفريق", "هذا يعطينا [أمل]ًا"],
    "nl": ["ik moet [frank] zijn", "[Lotte] ?"],
}
WORD_NAME["nl"] = ["eerlijk en [frank] gezegd"]
WORD_NAME["ar"] = ["لدي [أمل] كبير في الفريق", "ما زال هناك [أمل]", "كل [نور] يبدأ بخطوة"]

# Per language: groups of frames, "|" between frames, "{x}" = the item, "{n}" = first name.
P = {
 "en": dict(
  hi="Hi {n},|Hey {n}!|Hello {n} —|Morning {n},|Dear {n},|hey {n} 👋",
  thx="Thanks, {n}!|Thank you {n} 🙏|Big thanks to {n}.|thx {n}!!|Cheers {n}!|Huge thanks, {n} —"
      " you carried this.",
  ppl="Shoutout to {x} for the late nights.|{x} led the whole migration.|"
      "I had the pleasure of working with {x} for three years.|Pictured: {x} on stage.|"
      "This week's guest is {x}.|My mentor {x} reviewed every line of it.|"
      "{x} and I started this in a garage.|Couldn't have done it without {x}.",
  poss="{x}'s talk was the highlight.|Loved {x}'s demo!|Read {x}'s write-up first.|"
       "{x}'s team is hiring too.",
  contact="Reach me at {x}.|DM me or write to {x}|Drop a line: {x}|my contact → {x}|"
          "Interested? {x}|Happy to chat: {x}|reach out at {x} if you want to talk",
  link="Details: {x}|More at {x}|see {x}|link: {x}|Apply here → {x}|{x}",
  pay="Refund goes to {x}, please.|Wire the deposit to {x}|My card {x} got charged twice?!|"
      "IBAN: {x}|pay to {x}",
  tech="Traffic spiked from {x}.|the upstream at {x} stopped answering|blocked {x} at the edge|"
       "we pinned it to {x}|failover to {x} took 40s",
  when="on {x}|since {x}|Deadline: {x}|starting {x}|last call {x}",
  money="for {x}|raised {x}|only {x}|priced at {x}|cost us {x}",
  ref="ref {x}|see {x}|ticket {x}|order {x}|no. {x}",
  org="I'm joining {x}!|after six years at {x}|moving to {x} next month|live from {x}|"
      "based in {x}",
  ssn="my SSN {x} was in the leaked file|SSN: {x}|they asked for my social ({x}) on the form",
  launch="🚀 We're live! After 14 months of building, our beta is open today.|"
         "Big day: we just launched on Product Hunt.",
  layoff="Today I was part of the layoffs. 💔|Some personal news: my role was eliminated this "
         "morning.",
  otw="#OpenToWork — looking for backend / SRE roles, remote or hybrid.|"
      "I'm open to work! Product design, 8 years, happy to relocate.",
  rec="Writing a recommendation I should have written months ago.|Recommending a colleague:",
  caption="📸 Some photos from last night's meetup!|What a night. Photos below.",
  podcast="🎙️ Episode 42 is out.|New episode: shipping fast without breaking people.",
  intern="My internship report, week 12.|Wrapping up my summer internship — some notes.",
  pm="Postmortem: 47 minutes of partial outage on Tuesday.|Incident report (public): elevated "
     "5xx rates in eu-west.",
  reply="So sorry to hear this.|+1, this is so useful.|Following!|Congrats!!|Same here 😅",
  about="About me: data engineer, runner, bad at chess.|Designer. Coffee. Berlin."),
 "de": dict(
  hi="Hallo {n},|Hi {n}!|Liebe {n},|Moin {n},|Servus {n}!",
  thx="Danke, {n}!|Vielen Dank {n} 🙏|Merci {n}!|Danke dir, {n}.",
  ppl="Großer Dank an {x} für die Nächte.|{x} hat die Migration geleitet.|Im Bild: {x} auf der "
      "Bühne.|Heute zu Gast: {x}.|Ich habe drei Jahre mit {x} gearbeitet.",
  contact="Schreibt mir an {x}.|Erreichbar unter {x}|Kontakt: {x}|Meldet euch gern: {x}",
  link="Mehr unter {x}|Details: {x}|hier: {x}|Bewerbung → {x}",
  pay="Bitte an {x} überweisen.|Meine Karte {x} wurde doppelt belastet.|IBAN {x}",
  tech="Last kam von {x}.|Upstream {x} antwortete nicht mehr.|{x} am Edge geblockt.",
  when="am {x}|ab {x}|seit {x}|Frist: {x}", money="für {x}|nur {x}|Kosten: {x}",
  ref="Vorgang {x}|Bestellnummer {x}|siehe {x}",
  org="Ich fange bei {x} an!|nach sechs Jahren bei {x}|wir ziehen nach {x}",
  launch="🚀 Wir sind live! Nach 14 Monaten ist unsere Beta offen.|Großer Tag: Launch heute.",
  layoff="Heute hat es auch mich getroffen: meine Stelle wurde gestrichen.|Persönliche News: "
         "Ich bin von den Entlassungen betroffen.",
  otw="#OpenToWork – suche Backend- oder SRE-Rollen, gern remote.|Ich bin offen für Neues!",
  rec="Eine Empfehlung, die längst überfällig ist.|Ich empfehle wärmstens:",
  caption="📸 Ein paar Fotos vom Meetup gestern!|Was für ein Abend.",
  podcast="🎙️ Folge 42 ist online.|Neue Folge über schnelles Shipping.",
  intern="Mein Praktikumsbericht, Woche 12.|Mein Praxissemester ist vorbei – ein Fazit.",
  pm="Postmortem: 47 Minuten Teilausfall am Dienstag.|Störungsbericht: erhöhte 5xx-Raten.",
  reply="Tut mir so leid.|Danke fürs Teilen!|Glückwunsch!!|Geht mir genauso 😅",
  about="Über mich: Data Engineer, Läuferin, schlecht im Schach."),
 "fr": dict(
  hi="Bonjour {n},|Salut {n} !|Coucou {n},|Cher {n},",
  thx="Merci {n} !|Merci beaucoup, {n} 🙏|Un grand merci à {n}.",
  ppl="Bravo à {x} pour les nuits blanches.|{x} a piloté toute la migration.|Sur la photo : {x}"
      ".|L'invitée de la semaine : {x}.|J'ai travaillé trois ans avec {x}.",
  contact="Écrivez-moi à {x}.|Contact : {x}|Joignable au {x}|Dispo pour en parler : {x}",
  link="Plus d'infos : {x}|Détails : {x}|Postulez ici → {x}",
  pay="Virement sur {x} svp.|Ma carte {x} a été débitée deux fois.|RIB/IBAN : {x}",
  tech="Le trafic venait de {x}.|l'upstream {x} ne répondait plus|{x} bloquée en bordure",
  when="le {x}|depuis le {x}|à partir du {x}", money="pour {x}|seulement {x}|levée de {x}",
  ref="dossier {x}|commande {x}|voir {x}",
  org="Je rejoins {x} !|après six ans chez {x}|on déménage à {x}",
  launch="🚀 On est en ligne ! Après 14 mois, la bêta est ouverte.|Grand jour : lancement.",
  layoff="Aujourd'hui, mon poste a été supprimé.|Nouvelle perso : je fais partie du plan social.",
  otw="#OpenToWork – je cherche un poste backend ou SRE.|Je suis à l'écoute du marché !",
  rec="Une recommandation que je dois depuis longtemps.|Je recommande chaudement :",
  caption="📸 Quelques photos du meetup d'hier soir !|Quelle soirée.",
  podcast="🎙️ L'épisode 42 est en ligne.|Nouvel épisode !",
  intern="Mon rapport de stage, semaine 12.|Fin de stage – quelques notes.",
  pm="Post-mortem : 47 minutes de panne partielle mardi.|Rapport d'incident public.",
  reply="Courage !|Merci pour le partage.|Félicitations !!|Pareil ici 😅",
  about="À propos : ingénieure data, coureuse, nulle aux échecs."),
 "es": dict(
  hi="Hola {n},|¡Hola {n}!|Buenas {n},|Querida {n},",
  thx="¡Gracias, {n}!|Muchas gracias {n} 🙏|Mil gracias a {n}.",
  ppl="Gracias a {x} por las noches sin dormir.|{x} lideró la migración.|En la foto: {x}.|"
      "Nuestra invitada de hoy: {x}.|Trabajé tres años con {x}.",
  contact="Escríbeme a {x}.|Contacto: {x}|Llámame al {x}|Hablemos: {x}",
  link="Más info: {x}|Detalles: {x}|Postula aquí → {x}",
  pay="Transferencia a {x}, porfa.|Mi tarjeta {x} tiene un cargo doble.|IBAN: {x}",
  tech="El tráfico venía de {x}.|el upstream {x} dejó de responder|bloqueamos {x}",
  when="el {x}|desde el {x}|a partir del {x}", money="por {x}|solo {x}|levantamos {x}",
  ref="pedido {x}|expediente {x}|ver {x}",
  org="¡Me uno a {x}!|después de seis años en {x}|nos mudamos a {x}",
  ssn="mi SSN {x} salió en la filtración|número de seguro social: {x}",
  launch="🚀 ¡Ya estamos en vivo! La beta abre hoy.|Gran día: lanzamos.",
  layoff="Hoy me tocó el despido.|Noticia personal: eliminaron mi puesto.",
  otw="#OpenToWork – busco roles de backend o SRE.|¡Estoy buscando trabajo!",
  rec="Una recomendación que debía hace meses.|Recomiendo muchísimo a:",
  caption="📸 ¡Fotos del meetup de anoche!|Qué noche.",
  podcast="🎙️ Ya salió el episodio 42.|Nuevo episodio.",
  intern="Mi informe de prácticas, semana 12.|Termino mis prácticas: notas.",
  pm="Postmortem: 47 minutos de caída parcial el martes.|Informe de incidente público.",
  reply="¡Ánimo!|Gracias por compartir.|¡Felicidades!|Igual aquí 😅",
  about="Sobre mí: ingeniera de datos, corredora."),
 "it": dict(
  hi="Ciao {n},|Buongiorno {n}!|Cara {n},", thx="Grazie {n}!|Grazie mille, {n} 🙏",
  ppl="Un grazie a {x} per le notti in bianco.|{x} ha guidato la migrazione.|In foto: {x}.|"
      "Ho lavorato tre anni con {x}.",
  contact="Scrivetemi a {x}.|Contatti: {x}|Chiamatemi al {x}",
  link="Info: {x}|Dettagli: {x}|Candidati qui → {x}",
  pay="Bonifico su {x}, grazie.|La mia carta {x} è stata addebitata due volte.|IBAN {x}",
  tech="Il traffico arrivava da {x}.|l'upstream {x} non rispondeva",
  when="il {x}|dal {x}", money="per {x}|solo {x}", ref="ordine {x}|pratica {x}",
  org="Entro in {x}!|dopo sei anni in {x}|ci trasferiamo a {x}",
  launch="🚀 Siamo online! La beta è aperta.", layoff="Oggi il mio ruolo è stato eliminato.",
  otw="#OpenToWork – cerco ruoli backend o SRE.", rec="Una raccomandazione dovuta:",
  caption="📸 Qualche foto dal meetup!", podcast="🎙️ È uscito l'episodio 42.",
  intern="Relazione di tirocinio, settimana 12.", pm="Postmortem: 47 minuti di disservizio.",
  reply="Forza!|Grazie per aver condiviso.|Complimenti!", about="Su di me: data engineer."),
 "pt": dict(
  hi="Olá {n},|Oi {n}!|Fala, {n}!", thx="Obrigado, {n}!|Valeu {n} 🙏|Obrigada, {n}!",
  ppl="Obrigado a {x} pelas noites em claro.|{x} liderou a migração.|Na foto: {x}.|"
      "Trabalhei três anos com {x}.",
  contact="Me escreve em {x}.|Contato: {x}|WhatsApp: {x}|Chama no {x}",
  link="Mais em {x}|Detalhes: {x}|Inscreva-se → {x}",
  pay="Pix não rola, manda pro {x}|Meu cartão {x} foi cobrado duas vezes.|IBAN {x}",
  tech="O tráfego vinha de {x}.|o upstream {x} parou de responder",
  when="em {x}|desde {x}", money="por {x}|só {x}", ref="pedido {x}|protocolo {x}",
  org="Vou para a {x}!|depois de seis anos na {x}|mudando para {x}",
  launch="🚀 Estamos no ar! Beta aberta hoje.", layoff="Hoje fui desligado da empresa.",
  otw="#OpenToWork – procurando vagas de backend ou SRE.", rec="Uma recomendação atrasada:",
  caption="📸 Fotos do meetup de ontem!", podcast="🎙️ Saiu o episódio 42.",
  intern="Relatório de estágio, semana 12.", pm="Postmortem: 47 minutos de indisponibilidade.",
  reply="Força!|Obrigado por compartilhar.|Parabéns!!", about="Sobre mim: engenheira de dados."),
 "nl": dict(
  hi="Hoi {n},|Hallo {n}!|Beste {n},", thx="Dank je, {n}!|Bedankt {n} 🙏|Dankjewel {n}!",
  ppl="Dank aan {x} voor de lange nachten.|{x} leidde de migratie.|Op de foto: {x}.",
  poss="{x}'s presentatie was top.|Lees eerst {x}'s blog.",
  contact="Mail me op {x}.|Bel {x}|Contact: {x}", link="Meer op {x}|Solliciteer → {x}",
  pay="Graag overmaken naar {x}.|Mijn kaart {x} is dubbel belast.|IBAN {x}",
  tech="Verkeer kwam van {x}.|upstream {x} reageerde niet meer", when="op {x}|vanaf {x}",
  money="voor {x}|maar {x}", ref="bestelling {x}|zaak {x}",
  org="Ik begin bij {x}!|na zes jaar bij {x}|we verhuizen naar {x}",
  launch="🚀 We zijn live!", layoff="Vandaag is mijn functie geschrapt.",
  otw="#OpenToWork – op zoek naar backend- of SRE-rollen.", rec="Een aanbeveling:",
  caption="📸 Foto's van de meetup!", podcast="🎙️ Aflevering 42 staat online.",
  intern="Mijn stageverslag, week 12.", pm="Postmortem: 47 minuten storing.",
  reply="Sterkte!|Dank voor het delen.|Gefeliciteerd!", about="Over mij: data engineer."),
 "pl": dict(
  hi="Cześć {n},|Hej {n}!|Dzień dobry, {n}!", thx="Dzięki, {n}!|Dziękuję {n} 🙏",
  ppl="Podziękowania dla {x} za nocki.|{x} prowadził migrację.|Na zdjęciu: {x}.",
  contact="Piszcie na {x}.|Kontakt: {x}|Tel. {x}", link="Więcej: {x}|Aplikuj → {x}",
  pay="Przelew na {x}.|Moja karta {x} została obciążona dwa razy.|IBAN {x}",
  tech="Ruch szedł z {x}.|upstream {x} przestał odpowiadać", when="dnia {x}|od {x}",
  money="za {x}|tylko {x}", ref="zamówienie {x}|sprawa {x}",
  org="Dołączam do {x}!|po sześciu latach w {x}|przeprowadzka do {x}",
  launch="🚀 Startujemy! Beta otwarta.", layoff="Dziś moje stanowisko zostało zlikwidowane.",
  otw="#OpenToWork – szukam pracy jako backend/SRE.", rec="Rekomendacja:",
  caption="📸 Zdjęcia z meetupu!", podcast="🎙️ Odcinek 42 już jest.",
  intern="Sprawozdanie z praktyk, tydzień 12.", pm="Postmortem: 47 minut awarii.",
  reply="Trzymaj się!|Dzięki!|Gratulacje!", about="O mnie: inżynier danych."),
 "sv": dict(
  hi="Hej {n}!|Hallå {n},", thx="Tack, {n}!|Tack så mycket {n} 🙏|Stort tack {n}!",
  ppl="Tack till {x} för de sena kvällarna.|{x} ledde migreringen.|På bilden: {x}.",
  contact="Maila mig på {x}.|Ring {x}|Kontakt: {x}", link="Mer på {x}|Ansök → {x}",
  pay="Betala till {x}.|Mitt kort {x} debiterades två gånger.|IBAN {x}",
  tech="Trafiken kom från {x}.|upstream {x} slutade svara", when="den {x}|från {x}",
  money="för {x}|bara {x}", ref="order {x}|ärende {x}",
  org="Jag börjar på {x}!|efter sex år på {x}|vi flyttar till {x}",
  launch="🚀 Vi är live!", layoff="Idag blev min tjänst indragen.",
  otw="#OpenToWork – söker backend/SRE-roller.", rec="En rekommendation:",
  caption="📸 Bilder från meetupen!", podcast="🎙️ Avsnitt 42 är ute.",
  intern="Min praktikrapport, vecka 12.", pm="Postmortem: 47 minuters avbrott.",
  reply="Styrka!|Tack för att du delar.|Grattis!", about="Om mig: dataingenjör."),
 "tr": dict(
  hi="Merhaba {n},|Selam {n}!|Sevgili {n},", thx="Teşekkürler {n}!|Çok teşekkür ederim {n} 🙏|"
                                                  "Sağ ol {n}!",
  ppl="Uykusuz geceler için {x}'e teşekkürler.|Göçü {x} yönetti.|Fotoğrafta: {x}.",
  contact="Bana {x} adresinden yazın.|İletişim: {x}|Tel: {x}", link="Detaylar: {x}|Başvuru → {x}",
  pay="Lütfen {x} hesabına gönderin.|Kartım {x} iki kez çekildi.|IBAN: {x}",
  tech="Trafik {x} adresinden geliyordu.|upstream {x} yanıt vermedi", when="{x} tarihinde|{x}",
  money="{x} karşılığında|sadece {x}", ref="sipariş {x}|dosya {x}",
  org="{x} ekibine katılıyorum!|{x} bünyesinde altı yıl sonra|{x} şehrine taşınıyoruz",
  launch="🚀 Yayındayız!", layoff="Bugün pozisyonum kaldırıldı.",
  otw="#OpenToWork – backend/SRE pozisyonları arıyorum.", rec="Bir tavsiye:",
  caption="📸 Dün akşamki buluşmadan kareler!", podcast="🎙️ 42. bölüm yayında.",
  intern="Staj raporum, 12. hafta.", pm="Postmortem: salı günü 47 dakikalık kesinti.",
  reply="Geçmiş olsun!|Paylaşım için teşekkürler.|Tebrikler!", about="Hakkımda: veri mühendisi."),
 "ru": dict(
  hi="Привет, {n}!|Здравствуйте, {n}!|{n}, привет!", thx="Спасибо, {n}!|Большое спасибо, {n} 🙏",
  ppl="Спасибо {x} за бессонные ночи.|Миграцию вёл(а) {x}.|На фото: {x}.|В гостях: {x}.",
  contact="Пишите на {x}.|Контакт: {x}|Тел.: {x}|Связь: {x}", link="Подробнее: {x}|Отклик → {x}",
  pay="Перевод на {x}, пожалуйста.|С моей карты {x} списали дважды.|IBAN {x}",
  tech="Трафик шёл с {x}.|апстрим {x} перестал отвечать", when="{x}|с {x}",
  money="за {x}|всего {x}", ref="заказ {x}|обращение {x}",
  org="Перехожу в {x}!|после шести лет в {x}|переезжаем в {x}",
  launch="🚀 Мы запустились!", layoff="Сегодня мою позицию сократили.",
  otw="#OpenToWork — ищу backend/SRE.", rec="Рекомендация:",
  caption="📸 Фото с митапа!", podcast="🎙️ Вышел 42-й выпуск.",
  intern="Отчёт о стажировке, неделя 12.", pm="Постмортем: 47 минут частичной недоступности.",
  reply="Держись!|Спасибо, что поделились.|Поздравляю!", about="Обо мне: дата-инженер."),
 "uk": dict(
  hi="Привіт, {n}!|Вітаю, {n}!", thx="Дякую, {n}!|Щиро дякую, {n} 🙏",
  ppl="Дякую {x} за безсонні ночі.|Міграцію вела {x}.|На фото: {x}.",
  contact="Пишіть на {x}.|Контакт: {x}|Тел.: {x}", link="Деталі: {x}|Подати заявку → {x}",
  pay="Переказ на {x}.|З моєї картки {x} списали двічі.|IBAN {x}",
  tech="Трафік ішов з {x}.|апстрім {x} не відповідав", when="{x}|з {x}",
  money="за {x}|лише {x}", ref="замовлення {x}|звернення {x}",
  org="Приєднуюсь до {x}!|після шести років у {x}",
  launch="🚀 Ми запустилися!", layoff="Сьогодні мою посаду скоротили.",
  otw="#OpenToWork — шукаю роботу backend/SRE.", rec="Рекомендація:",
  caption="📸 Фото з мітапу!", podcast="🎙️ Вийшов 42-й епізод.",
  intern="Звіт про стажування, тиждень 12.", pm="Постмортем: 47 хвилин збою.",
  reply="Тримайся!|Дякую, що поділились.|Вітаю!", about="Про мене: дата-інженерка."),
 "el": dict(
  hi="Γεια σου {n},|Καλημέρα {n}!", thx="Ευχαριστώ, {n}!|Ευχαριστώ πολύ {n} 🙏",
  ppl="Ευχαριστώ τον/την {x} για τα ξενύχτια.|Τη μετάβαση την ηγήθηκε ο/η {x}.|Στη φωτό: {x}.",
  contact="Γράψτε μου στο {x}.|Επικοινωνία: {x}|Τηλ.: {x}", link="Περισσότερα: {x}|Αίτηση → {x}",
  pay="Κατάθεση στο {x}.|Η κάρτα μου {x} χρεώθηκε δύο φορές.|IBAN {x}",
  tech="Η κίνηση ερχόταν από {x}.|το upstream {x} δεν απαντούσε", when="στις {x}|από {x}",
  money="για {x}|μόνο {x}", ref="παραγγελία {x}|αίτημα {x}",
  org="Ξεκινάω στην {x}!|μετά από έξι χρόνια στην {x}",
  launch="🚀 Είμαστε live!", layoff="Σήμερα η θέση μου καταργήθηκε.",
  otw="#OpenToWork – ψάχνω ρόλους backend/SRE.", rec="Μια σύσταση:",
  caption="📸 Φωτογραφίες από το meetup!", podcast="🎙️ Το επεισόδιο 42 κυκλοφόρησε.",
  intern="Αναφορά πρακτικής, εβδομάδα 12.", pm="Postmortem: 47 λεπτά διακοπής.",
  reply="Κουράγιο!|Ευχαριστώ!|Συγχαρητήρια!", about="Σχετικά: μηχανικός δεδομένων."),
 "ar": dict(
  hi="مرحبا {n}،|أهلاً {n}!", thx="شكراً {n}!|شكراً جزيلاً يا {n} 🙏",
  ppl="شكراً لـ {x} على الليالي الطويلة.|قاد {x} عملية النقل.|في الصورة: {x}.",
  contact="راسلوني على {x}|للتواصل: {x}|هاتف: {x}", link="التفاصيل: {x}|للتقديم ← {x}",
  pay="التحويل إلى {x} من فضلك.|بطاقتي {x} خُصم منها مرتين.|IBAN: {x}",
  tech="كانت الحركة قادمة من {x}.|الخادم {x} توقف عن الرد", when="بتاريخ {x}|منذ {x}",
  money="مقابل {x}|فقط {x}", ref="طلب رقم {x}|ملف {x}",
  org="انضممت إلى {x}!|بعد ست سنوات في {x}",
  launch="🚀 أطلقنا المنتج اليوم!", layoff="اليوم تم إلغاء وظيفتي.",
  otw="#OpenToWork – أبحث عن عمل في backend أو SRE.", rec="توصية:",
  caption="📸 صور من لقاء الأمس!", podcast="🎙️ الحلقة 42 متاحة الآن.",
  intern="تقرير التدريب، الأسبوع 12.", pm="تقرير الحادث: انقطاع جزئي لمدة 47 دقيقة.",
  reply="بالتوفيق!|شكراً للمشاركة.|مبروك!", about="نبذة: مهندسة بيانات."),
 "he": dict(
  hi="היי {n},|שלום {n}!", thx="תודה, {n}!|תודה רבה {n} 🙏",
  ppl="תודה ל{x} על הלילות הארוכים.|{x} הובילה את ההגירה.|בתמונה: {x}.",
  contact="כתבו לי ל-{x}|ליצירת קשר: {x}|טל׳: {x}", link="פרטים: {x}|להגשה ← {x}",
  pay="העברה ל-{x} בבקשה.|הכרטיס שלי {x} חויב פעמיים.|IBAN {x}",
  tech="התעבורה הגיעה מ-{x}.|ה-upstream {x} הפסיק לענות", when="ב-{x}|מאז {x}",
  money="תמורת {x}|רק {x}", ref="הזמנה {x}|פנייה {x}",
  org="מצטרפת ל-{x}!|אחרי שש שנים ב-{x}",
  launch="🚀 עלינו לאוויר!", layoff="היום התפקיד שלי בוטל.",
  otw="#OpenToWork – מחפשת תפקידי backend/SRE.", rec="המלצה:",
  caption="📸 תמונות מהמיטאפ!", podcast="🎙️ פרק 42 באוויר.",
  intern="דו״ח התמחות, שבוע 12.", pm="תחקיר: 47 דקות של תקלה חלקית.",
  reply="חיבוק!|תודה ששיתפת.|מזל טוב!", about="עליי: מהנדסת נתונים."),
 "hi": dict(
  hi="नमस्ते {n},|हाय {n}!", thx="धन्यवाद, {n}!|शुक्रिया {n} 🙏|बहुत-बहुत धन्यवाद {n}!",
  ppl="{x} को लंबी रातों के लिए धन्यवाद।|माइग्रेशन {x} ने संभाला।|फ़ोटो में: {x}।",
  contact="मुझे {x} पर लिखें।|संपर्क: {x}|फ़ोन: {x}", link="विवरण: {x}|आवेदन → {x}",
  pay="कृपया {x} पर ट्रांसफ़र करें।|मेरे कार्ड {x} से दो बार पैसे कटे।|IBAN {x}",
  tech="ट्रैफ़िक {x} से आ रहा था।|अपस्ट्रीम {x} ने जवाब देना बंद कर दिया", when="{x} को|{x} से",
  money="{x} में|सिर्फ़ {x}", ref="ऑर्डर {x}|शिकायत {x}",
  org="मैं {x} से जुड़ रही हूँ!|{x} में छह साल के बाद",
  launch="🚀 हम लाइव हैं!", layoff="आज मेरी नौकरी चली गई।",
  otw="#OpenToWork – backend/SRE भूमिकाओं की तलाश में।", rec="एक सिफ़ारिश:",
  caption="📸 मीटअप की तस्वीरें!", podcast="🎙️ एपिसोड 42 आ गया।",
  intern="इंटर्नशिप रिपोर्ट, सप्ताह 12।", pm="पोस्टमॉर्टम: 47 मिनट का आंशिक आउटेज।",
  reply="हिम्मत रखिए!|शेयर करने के लिए धन्यवाद।|बधाई!", about="मेरे बारे में: डेटा इंजीनियर।"),
 "ja": dict(
  ppl="{x}さん、遅くまでありがとうございました。|移行をリードしたのは{x}さんです。|写真は{x}先生。|"
      "今回のゲストは{x}様です。|{x}氏の講演が最高でした。",
  contact="連絡先：{x}|{x}までご連絡ください。|電話 {x}", link="詳細：{x}|応募はこちら→{x}",
  pay="{x}にお振込みください。|カード{x}が二重請求されました。|IBAN {x}",
  tech="{x}からのトラフィックが急増。|upstream {x} が応答なし", when="{x}に|{x}から",
  money="{x}で|たったの{x}", ref="注文番号 {x}|問い合わせ {x}",
  org="{x}に入社します！|{x}で6年働いたあと",
  launch="🚀 ついにローンチしました！", layoff="本日、私のポジションがなくなりました。",
  otw="#OpenToWork バックエンド/SREの仕事を探しています。", rec="推薦文：",
  caption="📸 昨日のミートアップの写真です！", podcast="🎙️ 第42回を配信しました。",
  intern="インターン報告、第12週。", pm="ポストモーテム：火曜日に47分間の部分障害。",
  reply="応援してます！|共有ありがとうございます。|おめでとうございます！",
  about="自己紹介：データエンジニアです。"),
 "zh": dict(
  ppl="感谢{x}老师熬夜帮忙。|迁移工作由{x}负责。|照片里是{x}先生。|本期嘉宾：{x}女士。|和{x}同学一起完成的。",
  contact="联系我：{x}|请发邮件到{x}|电话：{x}", link="详情：{x}|报名→{x}",
  pay="请转账到{x}。|我的卡{x}被扣了两次。|IBAN {x}",
  tech="流量来自{x}。|上游{x}没有响应", when="{x}|从{x}起", money="花了{x}|仅{x}",
  ref="订单号{x}|工单{x}", org="我加入了{x}！|在{x}工作六年后",
  launch="🚀 我们上线啦！", layoff="今天我被裁员了。", otw="#OpenToWork 正在寻找后端/SRE岗位。",
  rec="推荐信：", caption="📸 昨晚聚会的照片！", podcast="🎙️ 第42期上线。",
  intern="实习报告，第12周。", pm="事故复盘：周二部分服务中断47分钟。",
  reply="加油！|感谢分享。|恭喜！", about="关于我：数据工程师。"),
 "ko": dict(
  ppl="밤새 도와준 {x}님 고마워요.|마이그레이션은 {x}님이 이끌었습니다.|사진: {x} 씨.|오늘의 게스트 {x}님.",
  contact="연락처: {x}|{x}로 메일 주세요.|전화 {x}", link="자세히: {x}|지원하기 → {x}",
  pay="{x}로 송금 부탁드려요.|제 카드 {x}가 두 번 결제됐어요.|IBAN {x}",
  tech="트래픽이 {x}에서 몰렸습니다.|업스트림 {x} 응답 없음", when="{x}|{x}부터",
  money="{x}에|단 {x}", ref="주문번호 {x}|문의 {x}", org="{x}에 합류합니다!|{x}에서 6년 일한 뒤",
  launch="🚀 드디어 출시했습니다!", layoff="오늘 제 자리가 없어졌습니다.",
  otw="#OpenToWork 백엔드/SRE 자리 찾고 있어요.", rec="추천서:", caption="📸 어제 밋업 사진!",
  podcast="🎙️ 42화 공개.", intern="인턴 보고서, 12주차.", pm="포스트모템: 화요일 47분 부분 장애.",
  reply="힘내세요!|공유 감사합니다.|축하해요!", about="소개: 데이터 엔지니어."),
 "th": dict(
  hi="สวัสดี {n}|หวัดดี {n}!", thx="ขอบคุณ {n}!|ขอบคุณมากครับ {n} 🙏",
  ppl="ขอบคุณ {x} ที่อยู่ดึกด้วยกัน|{x} เป็นคนนำการย้ายระบบ|ในภาพ: {x}",
  contact="ติดต่อ {x}|อีเมล {x} ได้เลย|โทร {x}", link="รายละเอียด: {x}|สมัคร → {x}",
  pay="โอนไปที่ {x} นะครับ|บัตร {x} โดนตัดเงินสองครั้ง|IBAN {x}",
  tech="ทราฟฟิกมาจาก {x}|upstream {x} ไม่ตอบสนอง", when="วันที่ {x}|ตั้งแต่ {x}",
  money="ราคา {x}|แค่ {x}", ref="คำสั่งซื้อ {x}|เคส {x}", org="เข้าร่วม {x} แล้ว!|หลังหกปีที่ {x}",
  launch="🚀 เปิดตัวแล้ว!", layoff="วันนี้ตำแหน่งของผมถูกยุบ",
  otw="#OpenToWork กำลังหางาน backend/SRE", rec="คำแนะนำ:", caption="📸 รูปจากมีตอัพ!",
  podcast="🎙️ ตอนที่ 42 มาแล้ว", intern="รายงานฝึกงาน สัปดาห์ที่ 12",
  pm="Postmortem: ระบบล่มบางส่วน 47 นาที", reply="สู้ๆ!|ขอบคุณที่แชร์|ยินดีด้วย!",
  about="เกี่ยวกับฉัน: วิศวกรข้อมูล"),
 "vi": dict(
  hi="Chào {n},|Xin chào {n}!", thx="Cảm ơn {n}!|Cảm ơn nhiều {n} 🙏",
  ppl="Cảm ơn {x} vì những đêm thức khuya.|{x} dẫn dắt việc chuyển đổi.|Trong ảnh: {x}.",
  contact="Liên hệ: {x}|Gửi mail cho mình qua {x}|SĐT: {x}", link="Chi tiết: {x}|Ứng tuyển → {x}",
  pay="Chuyển khoản vào {x} nhé.|Thẻ {x} của mình bị trừ tiền hai lần.|IBAN {x}",
  tech="Lưu lượng đến từ {x}.|upstream {x} không phản hồi", when="ngày {x}|từ {x}",
  money="với giá {x}|chỉ {x}", ref="đơn hàng {x}|yêu cầu {x}",
  org="Mình gia nhập {x}!|sau sáu năm ở {x}",
  launch="🚀 Chúng tôi đã ra mắt!", layoff="Hôm nay vị trí của mình bị cắt.",
  otw="#OpenToWork đang tìm việc backend/SRE.", rec="Thư giới thiệu:",
  caption="📸 Ảnh từ buổi meetup!", podcast="🎙️ Tập 42 đã lên sóng.",
  intern="Báo cáo thực tập, tuần 12.", pm="Postmortem: gián đoạn 47 phút.",
  reply="Cố lên!|Cảm ơn đã chia sẻ.|Chúc mừng!", about="Về mình: kỹ sư dữ liệu."),
 "id": dict(
  hi="Halo {n},|Hai {n}!", thx="Terima kasih, {n}!|Makasih {n} 🙏|Thanks ya {n}!",
  ppl="Terima kasih untuk {x} atas begadangnya.|{x} memimpin migrasi.|Di foto: {x}.",
  contact="Email saya di {x}.|Kontak: {x}|WA: {x}", link="Info: {x}|Daftar → {x}",
  pay="Transfer ke {x} ya.|Kartu saya {x} terpotong dua kali.|IBAN {x}",
  tech="Trafik datang dari {x}.|upstream {x} tidak merespons", when="tanggal {x}|sejak {x}",
  money="seharga {x}|cuma {x}", ref="pesanan {x}|tiket {x}",
  org="Saya bergabung dengan {x}!|setelah enam tahun di {x}",
  launch="🚀 Kami resmi meluncur!", layoff="Hari ini posisi saya dihapus.",
  otw="#OpenToWork mencari peran backend/SRE.", rec="Rekomendasi:",
  caption="📸 Foto dari meetup semalam!", podcast="🎙️ Episode 42 sudah tayang.",
  intern="Laporan magang, minggu 12.", pm="Postmortem: gangguan 47 menit.",
  reply="Semangat!|Terima kasih sudah berbagi.|Selamat!", about="Tentang saya: data engineer."),
}
LANGS = list(P)
LANG_W = [8 if l == "en" else 2 for l in LANGS]
HONORIFIC = {"ja": ["さん", "様", "先生", "氏", "くん"], "zh": ["老师", "先生", "女士", "总", "同学"],
             "ko": ["님", "씨", " 님", " 씨"]}
GLUE = {"zh": ["请发邮件到{x}谢谢", "邮箱{x}欢迎来信", "联系：{x}，随时"],
        "ja": ["メールは{x}まで", "連絡先{x}です", "お問い合わせ：{x}。"],
        "ko": ["메일은{x}로 주세요", "문의{x}입니다"],
        "th": ["ติดต่อ{x}ครับ", "อีเมล{x}ได้เลยค่ะ"],
        "ru": ["почта:{x}", "пишите{x} (лучше днём)"], "uk": ["пошта:{x}"],
        "ar": ["البريد:{x}", "راسلني{x}"], "he": ["מייל:{x}"], "hi": ["ईमेल:{x}"],
        "el": ["email:{x}"]}
CARD_WORDS = ["card", "Karte", "carte", "tarjeta", "carta", "cartão", "kaart", "karta", "kort",
              "Kart", "карт", "κάρτα", "بطاقتي", "הכרטיס", "कार्ड", "カード", "卡", "카드",
              "บัตร", "Thẻ", "Kartu"]
GENRES = {"post": ["launch", "layoff", "otw", "rec", "caption", "podcast", "intern", "pm"],
          "comment": ["reply"], "profile": ["about"]}


# ----------------------------------------------------------------------------- record builder

class Rec:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def g(self, s, typ):
        self.spans.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        self.t(s)

    def n(self, s, cat):
        self.negs.append({"start": self.pos, "end": self.pos + len(s), "category": cat})
        self.t(s)

    def text(self):
        return "".join(self.parts)


PII_SLOTS = [("email", 7), ("email_obf", 3), ("email_glued", 2), ("email_wrap", 3),
             ("phone", 12), ("url", 9), ("handle", 7), ("ip4", 4), ("ip4_port", 2),
             ("ip4_cidr", 2), ("ip6", 4), ("ip6_br", 2), ("card", 6), ("iban", 6), ("ssn", 4),
             ("full", 8), ("at_full", 3), ("poss", 2), ("cjk", 3)]
NEG_SLOTS = ["date", "time", "price", "order_number", "ticket_number", "isbn", "version",
             "patent", "ipv4_private", "ipv4_loopback", "ipv4_link_local",
             "ipv4_documentation", "ipv4_reserved", "ip_like_version", "ipv6_nonglobal",
             "luhn_invalid", "iban_bad_check", "ssn_invalid", "company_page", "careers_page",
             "docs_url", "paper_url", "event_ticket", "form_url", "example_domain", "company",
             "place", "eponym", "word_name"]
SLOTS = PII_SLOTS + [(s, 2.6) for s in NEG_SLOTS]
SLOT_NAMES = [s for s, _ in SLOTS]
SLOT_W = [w for _, w in SLOTS]


class Writer:
    def __init__(self, rnd, gen):
        self.r = rnd
        self.G = gen

    def frame(self, lang, group):
        fr = P[lang].get(group) or P["en"][group]
        return self.r.choice(fr.split("|"))

    def fill(self, rec, fr, emit, lang=None):
        """Write frame fr, calling emit(rec) at {x}; trailing '.' or ')' after a URL/e-mail
        becomes a negative."""
        a, _, b = fr.partition("{x}")
        rec.t(a)
        before = len(rec.spans)
        emit(rec)
        if b:
            last = rec.spans[-1] if len(rec.spans) > before else None
            if last and last["type"] in ("URL", "EMAIL") and b[0] in ".)":
                rec.n(b[0], "url_trailing" if last["type"] == "URL" else "email_wrapper")
                b = b[1:]
            rec.t(b)

    def pay_frame(self, lang, card):
        frs = [f for f in P[lang]["pay"].split("|") if any(w in f for w in CARD_WORDS) == card]
        return self.r.choice(frs)

    def name_form(self, m, casual=False):
        s = m.first
        if casual and not m.cjk and m.culture in LATIN and self.r.random() < 0.35:
            s = self.r.choice([s.lower(), strip_marks(s), strip_marks(s).lower()])
        return s

    def greet(self, rec, lang, kind, m):
        fr = self.r.choice(P[lang][kind].split("|"))
        a, _, b = fr.partition("{n}")
        rec.t(a)
        rec.g(self.name_form(m, casual=True), "PERSON")
        rec.t(b)

    def slot(self, rec, lang, s, genre):
        r, G = self.r, self.G
        m = G.member(lang)
        if s == "email":
            self.fill(rec, self.frame(lang, "contact"), lambda x: x.g(G.email(m), "EMAIL"))
        elif s == "email_obf":
            self.fill(rec, self.frame(lang, "contact"), lambda x: x.g(G.email_obf(m), "EMAIL"))
        elif s == "email_glued":
            gl = GLUE.get(lang) or GLUE[r.choice(sorted(GLUE))]
            self.fill(rec, r.choice(gl), lambda x: x.g(G.email(m), "EMAIL"))
        elif s == "email_wrap":
            if r.random() < 0.5:
                # "Name <addr>" with the member name labelled
                a, _, b = self.frame(lang, "contact").partition("{x}")
                rec.t(a)
                rec.g(m.name, "PERSON")
                rec.t(" ")
                rec.n("<", "email_wrapper")
                rec.g(G.email(m), "EMAIL")
                rec.n(">", "email_wrapper")
                rec.t(b)
            else:
                def e2(x):
                    if r.random() < 0.5:
                        x.n("mailto:", "email_wrapper")
                        x.g(G.email(m), "EMAIL")
                    else:
                        x.n("<", "email_wrapper")
                        x.g(G.email(m), "EMAIL")
                        x.n(">", "email_wrapper")
                self.fill(rec, self.frame(lang, "contact"), e2)
        elif s == "phone":
            self.fill(rec, self.frame(lang, "contact"), lambda x: x.g(G.phone(), "PHONE"))
        elif s == "url":
            fr = self.frame(lang, r.choice(["contact", "link"]))
            if r.random() < 0.15:
                fr = fr.replace("{x}", "({x})")
            self.fill(rec, fr, lambda x: x.g(G.profile_url(m), "URL"))
        elif s == "handle":
            fr = self.frame(lang, r.choice(["ppl", "contact"]))
            self.fill(rec, fr, lambda x: x.g("@" + m.handle, "HANDLE"))
        elif s in ("ip4", "ip4_port", "ip4_cidr", "ip6", "ip6_br"):
            def e(x):
                if s == "ip4":
                    x.g(G.ipv4_global(), "IPV4")
                elif s == "ip4_port":
                    x.g(G.ipv4_global(), "IPV4")
                    x.n(":" + str(r.choice([22, 80, 443, 8080, 5432, 6443, 3000, 9090])),
                        "ip_port")
                elif s == "ip4_cidr":
                    x.g(G.ipv4_global(), "IPV4")
                    x.n("/" + str(r.choice([8, 16, 20, 22, 24, 28, 29, 32])), "ip_cidr")
                elif s == "ip6":
                    x.g(G.ipv6_global(full=r.random() < 0.3), "IPV6")
                else:
                    x.n("[", "ipv6_bracket_port")
                    x.g(G.ipv6_global(), "IPV6")
                    x.n("]:" + str(r.choice([443, 8443, 22, 53, 853])), "ipv6_bracket_port")
            self.fill(rec, self.frame(lang, "tech"), e)
        elif s == "card":
            self.fill(rec, self.pay_frame(lang, True), lambda x: x.g(G.card(), "CREDIT_CARD"))
        elif s == "iban":
            self.fill(rec, self.pay_frame(lang, False), lambda x: x.g(G.iban(), "IBAN"))
        elif s == "ssn":
            lg = lang if "ssn" in P[lang] else "en"
            self.fill(rec, self.frame(lg, "ssn"), lambda x: x.g(G.ssn(), "US_SSN"))
        elif s == "full":
            if m.cjk and lang not in HONORIFIC:
                m = G.member("en")
            self.fill(rec, self.frame(lang, "ppl"), lambda x: x.g(m.name, "PERSON"))
        elif s == "at_full":
            if m.cjk:
                m = G.member("de")
            self.fill(rec, self.frame(lang, "ppl"), lambda x: x.g("@" + m.name, "PERSON"))
        elif s == "poss":
            lg = lang if "poss" in P[lang] else "en"
            if m.cjk:
                m = G.member("en")
            nm = m.name if r.random() < 0.6 else m.first
            fr = self.frame(lg, "poss")
            a, _, b = fr.partition("{x}")
            if a == "" and lang not in ("en", "nl"):
                rec.t(" ")
            rec.t(a)
            rec.g(nm, "PERSON")
            rec.t(b)
        elif s == "cjk":
            lg = lang if lang in HONORIFIC else r.choice(sorted(HONORIFIC))
            m = r.choice(G.by_culture[lg])
            hon = r.choice(HONORIFIC[lg])
            fr = r.choice([f for f in P[lg]["ppl"].split("|")])
            # replace the built-in honorific of the frame with a chosen one when present
            a, _, b = fr.partition("{x}")
            for h in HONORIFIC[lg]:
                if b.startswith(h):
                    b = hon + b[len(h):]
                    break
            rec.t(a)
            rec.g(m.name, "PERSON")
            rec.t(b)
        else:
            self.neg(rec, lang, s, m)

    def neg(self, rec, lang, s, m):
        r, G = self.r, self.G
        grp, val = None, None
        if s == "date":
            grp, val = "when", G.date(lang)
        elif s == "time":
            grp, val = "when", G.time()
        elif s == "price":
            grp, val = "money", G.price()
        elif s in ("order_number", "ticket_number", "patent"):
            val = {"order_number": G.order, "ticket_number": G.ticket, "patent": G.patent}[s]()
            pre = {"order_number": ["Order ", "Bestellung ", "commande n° ", "pedido ", "注文番号 ",
                                    "заказ ", "order #"],
                   "ticket_number": ["ticket ", "Case ", "Vorgang ", "incident ", "工单 ", ""],
                   "patent": ["patent ", "Patent ", "brevet ", "patente ", "特許 ", "专利 ",
                              "granted: "]}[s]
            rec.t(r.choice(pre))
            rec.n(val, s)
            rec.t(r.choice([" — still no reply.", ".", " 🙃", " (pending)", "", "!"]))
            return
        elif s == "isbn":
            rec.t(r.choice(["ISBN ", "ISBN: ", "ISBN-13 ", "📚 ISBN "]))
            rec.n(G.isbn(), "isbn")
            rec.t(r.choice([" is a must-read.", " — empfehlenswert.", "。", ""]))
            return
        elif s == "version":
            rec.t(r.choice(["upgraded to ", "rolled back to ", "Version ", "release ", "bumped to ",
                            "nginx ", "kernel ", "iOS ", "node "]))
            rec.n(G.version(), "version")
            rec.t(r.choice([".", " and it fixed it", " 🎉", ", then redeployed"]))
            return
        elif s == "ip_like_version":
            rec.t(r.choice(["firmware ", "build ", "Firmware-Version ", "version ", "driver v",
                            "BIOS ", "plugin "]))
            rec.n(G.ip_version(), "ip_like_version")
            rec.t(r.choice([" fixed the reboot loop.", " ist raus.", " broke TLS.", "."]))
            return
        elif s.startswith("ipv4_"):
            grp, val = "tech", G.ipv4_bad(s)
        elif s == "ipv6_nonglobal":
            grp, val = "tech", G.ipv6_bad()
        elif s in ("luhn_invalid", "iban_bad_check"):
            card = s == "luhn_invalid"
            val = G.card(valid=False) if card else G.iban(valid=False)
            self.fill(rec, self.pay_frame(lang, card), lambda x: x.n(val, s))
            return
        elif s == "ssn_invalid":
            lg = lang if "ssn" in P[lang] else "en"
            fr = self.frame(lg, "ssn")
            self.fill(rec, fr, lambda x: x.n(G.ssn(valid=False), "ssn_invalid"))
            return
        elif s in ("company_page", "careers_page", "docs_url", "paper_url", "event_ticket",
                   "form_url"):
            grp, val = "link", G.neg_url(s)
        elif s == "example_domain":
            grp, val = "contact", G.example_thing(m)
        elif s == "company":
            grp, val = "org", r.choice(G.COMPANIES)
        elif s == "place":
            grp, val = "org", r.choice(G.PLACES)
        elif s == "eponym":
            ep = r.choice(G.EPONYMS)
            fr = r.choice(["we replaced it with {x}.", "{x} explains most of it.",
                           "tl;dr: {x}", "an intro to {x} in 20 minutes", "{x}, basically.",
                           "Stichwort {x}."])
            a, _, b = fr.partition("{x}")
            if a == "" and ep[0].islower():
                ep = ep[0].upper() + ep[1:]
            rec.t(a)
            rec.n(ep, "eponym")
            rec.t(b)
            return
        elif s == "word_name":
            pool = WORD_NAME.get(lang) or WORD_NAME["en"]
            sent = r.choice(pool)
            a, rest = sent.split("[", 1)
            w, b = rest.split("]", 1)
            rec.t(a)
            rec.n(w, "word_name")
            rec.t(b)
            return
        fr = self.frame(lang, grp)
        while fr.strip() == "{x}":
            fr = self.frame(lang, grp)
        cat = s
        self.fill(rec, fr, lambda x: x.n(val, cat))

    def record(self, i):
        r = self.r
        lang = r.choices(LANGS, LANG_W)[0]
        kind = r.choices(["post", "comment", "profile"], [6, 3, 1])[0]
        genre = r.choice(GENRES[kind])
        rec = Rec()
        L = P[lang]
        sep_between = r.choice([" ", " ", "\n", "\n\n", " "])
        if kind == "comment" and "hi" in L and r.random() < 0.6:
            m = self.G.member(lang)
            while m.cjk:
                m = self.G.member(lang)
            self.greet(rec, lang, "hi", m)
            rec.t(" ")
        elif kind == "comment" and r.random() < 0.3:
            # a reply that starts with an @handle
            rec.g("@" + self.G.member(lang).handle, "HANDLE")
            rec.t(" ")
        opener = L.get(genre) or P["en"][genre]
        rec.t(r.choice(opener.split("|")))
        nslots = r.choice([2, 3, 3, 4, 4, 5]) if kind != "profile" else r.choice([2, 3])
        for _ in range(nslots):
            s = r.choices(SLOT_NAMES, SLOT_W)[0]
            if s == "poss" and lang not in ("en", "nl") and r.random() < 0.7:
                s = "full"
            if s == "cjk" and lang not in HONORIFIC and r.random() < 0.7:
                s = "full"
            rec.t(sep_between if r.random() < 0.7 else " ")
            self.slot(rec, lang, s, genre)
        if "thx" in L and r.random() < 0.3:
            m = self.G.member(lang)
            while m.cjk:
                m = self.G.member(lang)
            rec.t(r.choice([" ", "\n"]))
            self.greet(rec, lang, "thx", m)
        if r.random() < 0.2:
            rec.t(r.choice([" #startup", " #hiring", " #devops", " #internship", " 🙌", " #podcast",
                            " #layoffs", " ✨"]))
        return {"id": "r%d" % i, "lang": lang, "kind": kind, "text": rec.text(),
                "spans": rec.spans, "negatives": rec.negs}


# ----------------------------------------------------------------------------- self-check

def check(records, members):
    errs = []
    handles = {m.handle for m in members}
    for rec in records:
        t = rec["text"]
        n = len(t)
        gs = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
        for s, e, typ in gs:
            if not (0 <= s < e <= n):
                errs.append("%s span out of range" % rec["id"])
                continue
            v = t[s:e]
            if v != v.strip():
                errs.append("%s span with outer space %r" % (rec["id"], v))
            if typ == "CREDIT_CARD":
                d = v.replace(" ", "").replace("-", "")
                if not (d.isdigit() and luhn_ok(d) and len(d) in (15, 16)):
                    errs.append("%s bad card %s" % (rec["id"], v))
            elif typ == "IBAN" and not iban_ok(v):
                errs.append("%s bad iban %s" % (rec["id"], v))
            elif typ == "US_SSN" and not ssn_ok(v):
                errs.append("%s bad ssn %s" % (rec["id"], v))
            elif typ in ("IPV4", "IPV6"):
                a = ipaddress.ip_address(v)
                if not a.is_global or a.version != (4 if typ == "IPV4" else 6):
                    errs.append("%s non-global ip %s" % (rec["id"], v))
            elif typ == "HANDLE" and v[1:] not in handles:
                errs.append("%s unknown handle %s" % (rec["id"], v))
            elif typ in ("EMAIL", "URL") and (v[-1] in ".)," or "example.com" in v or
                                              "example.org" in v or "example.net" in v):
                errs.append("%s bad %s %s" % (rec["id"], typ, v))
        for a, b in zip(gs, gs[1:]):
            if b[0] < a[1]:
                errs.append("%s overlapping gold spans" % rec["id"])
        for ng in rec["negatives"]:
            s, e, cat = ng["start"], ng["end"], ng["category"]
            if not (0 <= s < e <= n):
                errs.append("%s negative out of range" % rec["id"])
            if any(s < ge and gs_ < e for gs_, ge, _ in gs):
                errs.append("%s negative overlaps gold" % rec["id"])
            v = t[s:e]
            if cat == "luhn_invalid" and luhn_ok(v.replace(" ", "").replace("-", "")):
                errs.append("%s luhn-valid negative %s" % (rec["id"], v))
            if cat == "iban_bad_check" and iban_ok(v):
                errs.append("%s valid iban negative %s" % (rec["id"], v))
            if cat == "ssn_invalid" and ssn_ok(v):
                errs.append("%s valid ssn negative %s" % (rec["id"], v))
            if cat.startswith("ipv4_") or cat == "ipv6_nonglobal":
                if ipaddress.ip_address(v).is_global:
                    errs.append("%s global ip negative %s" % (rec["id"], v))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    members = make_members(a.members, random.Random(a.seed * 7919 + 17))
    gen = Gen(rnd, members)
    w = Writer(rnd, gen)
    records = [w.record(i + 1) for i in range(a.records)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle},
                               ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    errs = check(records, members)
    types, cats = {}, {}
    for rec in records:
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in rec["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d, languages %d" % (len(records), len(members),
                                                   len({r["lang"] for r in records})))
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    if errs:
        for e in errs[:30]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        print("self-check FAILED (%d problems)" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    main()
