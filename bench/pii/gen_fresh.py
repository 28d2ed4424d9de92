#!/usr/bin/env python3
"""gen_fresh.py - a fourth, independent labelled PII corpus for askfirst (issue 3).

  gen_fresh.py --out DIR [--records N] [--members N] [--seed S]

Written from issue 3's table of what counts and what does not only (the engine, its docs, its
tests and the other three generators were not read).  Writes DIR/members.jsonl (the member
directory, {"user","name","handle"}) and DIR/corpus.jsonl, one record a line:
{"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive (the form bench/pii/score.py reads).

Templates are strings with slots: {NAME} is filled by the slot generator NAME, which returns
labelled pieces; [[...]] inside a negative template marks the hard-negative span.  Every
template, vocabulary item and number format here is this file's own.  Deterministic per seed.
Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import unicodedata
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import luhn_digit, luhn_ok, mod97, iban_mod97  # noqa: E402

PREFIX = "askfirst.example/u/"
NBSP = "\u00a0"

# --------------------------------------------------------------------------- names
LATIN = {
    "en": ("Oliver Harriet Callum Imogen Rhys Phoebe Declan Tamsin Ewan Bethany Lachlan Maisie "
           "Dominic Eloise Fraser Rosalind Garrett Philippa Jasper Annabel Conrad Verity "
           "Barnaby Felicity Tobias Ottilie Cormac Saoirse Niamh Siobhán Ciarán Aoife Jolene "
           "Bryony Quentin Marcus Delphine Lorcan Tabitha Evander",
           "Ashworth Pemberton Blackwood Fairclough Hargreaves Thistlewood Whitcombe Ravensworth "
           "Kettleborough Oakhurst Bramley Cartwright Holloway Lindqvist Prescott Underhill "
           "Winterbourne Marchetti O'Sullivan O'Brien McAllister MacLennan Featherstone Greenhalgh "
           "Aldridge Stainforth Tolliver Beaumont Sandoval-Reyes Fitzgerald Drummond Kingsley"),
    "de": ("Jörg Anneliese Henrike Malte Wiebke Lennart Friederike Torben Gesine Knut Ilka "
           "Hannes Sönke Mareike Detlef Brigitte Jürgen Ursula Kai-Uwe Ann-Kathrin Hans-Peter "
           "Mathilda Benedikt Korbinian Leonie Franziska Volker Almut Eike Swantje",
           "Großmann Brückner Köhler Schäfer Müller-Lüdenscheidt Oberhuber Rautenberg Jäger "
           "Stöckl Kreuzberger Tiefenbach Wendland Hölzl Auerbach Scheibe Niedermeier Pfeiffer "
           "Wunderlich Kästner Sauerbrey von Hagen Zimmermann Eichhorn Lindemann Faßbender"),
    "fr": ("Aurélien Solène Gaëlle Maël Clémence Théo Anaïs Loïc Bérénice Jean-Baptiste "
           "Marie-Claire Éloïse Benoît Océane Yannick Ségolène Quentin Margaux Gwenaël Héloïse "
           "Jean-Luc Amandine Florian Capucine Régis",
           "Lefèvre Dubois-Martin Rousseau Garnier Chevalier Delacroix Bouchard Lemaître Fontaine "
           "Giraud Morel Carpentier Lacroix Mercier Vasseur Boucher Peyrot d'Aubigné Le Goff "
           "Marchand Rivière Faucher Pruvost"),
    "es": ("Ainhoa Íñigo Begoña Joaquín Almudena Rodrigo Nerea Álvaro Itziar Gonzalo Rocío "
           "Sebastián Maite Ignacio Valentina Fermín Lucía Ander Macarena Xabier Ana María José Luis",
           "Etxeberria Fernández Olabarrieta Sánchez-Vidal Núñez Iturriaga Castañeda Villalobos "
           "Garmendia Quintana Arrieta Zubizarreta Peñalosa Ordóñez Bermúdez Salcedo Ibáñez Urquijo"),
    "pt": ("João Conceição Thiago Letícia Gonçalo Inês Caio Luana Vinícius Raíssa Anderson "
           "Jéssica Rui Teresa Wagner Cláudia Matheus Bruna Tiago Mariana",
           "Gonçalves Magalhães Figueiredo Assunção Carvalho Nogueira Brandão Sampaio Araújo "
           "Loureiro Medeiros Cavalcanti Bittencourt Damasceno Quaresma Valadares"),
    "it": ("Gianluca Benedetta Ludovica Emanuele Ginevra Pierpaolo Ottavia Niccolò Fiorella "
           "Jacopo Ilaria Tommaso Caterina Raffaele Annalisa Salvatore Beatrice Carmine",
           "Bernasconi Santangelo Lombardi Pellegrini Castiglioni Esposito D'Amico Ferraris "
           "Mastroianni Pagliarulo Zanetti Bonomi Rinaldi Cattaneo Di Pietro Marchionni"),
    "nl": ("Sanne Joost Femke Thijs Marloes Bram Lieke Wouter Anouk Sjoerd Ilse Jeroen Floor "
           "Maarten Eline Gijs Roos Daan",
           "de Vries van den Broek Bakker Visser van der Heijden Mulder Smit Vermeulen Hoekstra "
           "Kuipers van Dijk Brouwer Jansen de Boer Wijnberg van Leeuwen Dekker Postma"),
    "pl": ("Małgorzata Grzegorz Agnieszka Wojciech Zofia Przemysław Katarzyna Jędrzej Bożena Łukasz",
           "Wiśniewska Kowalczyk Zieliński Szymańska Woźniak Dąbrowski Kamińska Lewandowski Brzęczek"),
    "tr": ("Ayşe Mehmet Zeynep Emre Gülşen Oğuz Elif Çağrı Şebnem Burak",
           "Yılmaz Öztürk Çelik Aydın Şahin Kılıç Doğan Arslan Güneş Karaca"),
    "ng": ("Chidinma Oluwaseun Ngozi Babatunde Adaeze Emeka Funmilayo Chukwuemeka Temitope "
           "Ifeoma Adebayo Nkechi Olumide Yewande Obinna Blessing Favour Precious",
           "Okonkwo Adeyemi Nwachukwu Balogun Eze Okafor Adewale Ogunleye Chukwu Ibekwe Afolabi "
           "Okoro-Adeyemi Nnamdi Ojukwu Oyelaran"),
    "in": ("Aarav Priyanka Siddharth Meenakshi Rohan Kavya Arjun Lakshmi Vikram Ananya Harpreet "
           "Sandeep Divya Karthik Nandini",
           "Raghunathan Chatterjee Iyer Bhattacharya Venkatesan Kulkarni Deshpande Mukherjee "
           "Subramaniam Gill Reddy Banerjee Nair Pillai"),
    "vi": ("Nguyễn Thị Lan|Trần Văn Minh|Lê Thị Hương|Phạm Quốc Bảo|Hoàng Thu Trang|Vũ Đức Anh|"
           "Đặng Ngọc Hân|Bùi Thanh Tùng", None),
}
SCRIPT = {
    "cyr": ("Анна Дмитрий Ольга Сергей Екатерина Алексей Наталья Михаил Татьяна Иван Ксения "
            "Владимир Юлия Артём Мария Олег Светлана Григорий",
            "Петрова Соколов Кузнецова Морозов Васильева Лебедев Новикова Фёдоров Волкова Зайцев "
            "Орлова Павлов Смирнова Белов Козлова"),
    "el": ("Γιώργος Ελένη Νίκος Μαρία Δημήτρης Κατερίνα Κώστας Σοφία Παναγιώτης Αθηνά",
           "Παπαδόπουλος Νικολάου Γεωργίου Οικονόμου Βασιλείου Αντωνίου Καραγιάννης Μιχαηλίδης"),
    "ar": ("ليلى يوسف مريم عمر سلمى خالد نادية طارق هبة سامي رنا كريم",
           "حداد الخطيب منصور العلي النجار الحسيني عيسى الشامي القاسم بركات"),
    "he": ("נועה איתי שירה עומר מיכל יונתן תמר אורי רוני דניאל",
           "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא"),
    "hi": ("प्रिया राहुल अनीता विकास सुनीता अमित पूजा संजय नेहा रवि",
           "शर्मा वर्मा गुप्ता मिश्रा अग्रवाल चौहान त्रिपाठी श्रीवास्तव"),
    "th": ("สมชาย สุภาพร ณัฐพล วรรณา ธนากร พิมพ์ชนก",
           "ใจดี ศรีสุข วงศ์สวัสดิ์ ทองคำ แก้วมณี บุญมา"),
}
CJK = {
    "zh": ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 欧阳 司马",
           "小明 欣怡 子轩 梓涵 浩然 雨桐 志强 静怡 俊杰 思远 嘉怡 宇航 晓峰 丽华 一鸣 天佑"),
    "ja": ("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 松本 井上 木村",
           "花子 翔太 美咲 大輝 陽菜 蓮 さくら 悠斗 結衣 健一 由美 拓海 彩花 直樹 真由美 和也"),
    "ko": ("김 이 박 최 정 강 조 윤 장 임 한 오",
           "민준 서연 지훈 하은 도윤 수아 예준 지민 현우 유진 태희 성민"),
}
# handles for non-Latin members: romanisations of their own
ROMA = ("an ya li na ko ta mi ra sa ki yu ha ji min seo hyun wei xin hao jun lei mei zhi yi ole "
        "sve dmi kat nik gio ele mar yus oma lay kha nad tar ris pri rah ani vik sun ami puj san "
        "neh ravi som sup nat wan tha").split()

# directory members whose names collide with hard negatives of PERSON
COLLIDE_ORG = ["Morgan Stanley", "Grant Thornton", "Clifford Chance", "Sara Lee", "Hugo Boss",
               "Ralph Lauren", "Calvin Klein", "Ted Baker", "John Lewis", "Paul Smith", "Tom Ford",
               "Charles Schwab", "Robert Bosch", "Carl Zeiss", "Merrill Lynch", "Marks Spencer",
               "Ernst Young", "Tommy Hilfiger", "Kate Spade", "Jimmy Choo", "Laura Ashley",
               "Arthur Andersen", "Mary Kay", "Walt Disney", "Harvey Nichols", "Ben Sherman",
               "Dean Witter", "Allen Overy", "Jack Wolfskin", "Max Mara"]
COLLIDE_PLACE_FULL = ["Stanley Park", "Grant Park", "Albert Park", "Victoria Park", "Regent Park",
                      "Alice Springs", "Beverly Hills", "Mary Esther", "Lynn Haven", "Glen Rose",
                      "Victoria Island", "Martin Place", "Queen Anne", "Mount Vernon"]
COLLIDE_PLACE_FIRST = ["Charlotte", "Florence", "Adelaide", "Victoria", "Austin", "Savannah",
                       "Madison", "Jackson", "Lincoln", "Regina", "Eugene", "Tyler", "Augusta",
                       "Sydney", "Georgia", "Carolina", "Virginia", "Dallas", "Houston", "Chelsea",
                       "Kingston", "Paris", "Lourdes", "Sofia", "Valencia", "Florencia"]
COLLIDE_EPONYM_FULL = ["Max Planck", "Grace Hopper", "Ada Lovelace", "Alan Turing", "Marie Curie",
                       "Rosalind Franklin", "Isaac Newton", "Howard Hughes", "Thomas Cook",
                       "Johns Hopkins", "Nelson Mandela", "Alexander Humboldt", "Florence Nightingale"]
COLLIDE_EPONYM_LAST = ["Dijkstra", "Euler", "Murphy", "Moore", "Conway", "Fisher", "Pearson",
                       "Cohen", "Kalman", "Nash", "Markov", "Bloom", "Huffman", "Lamport", "Gantt",
                       "Venn", "Pareto", "Alzheimer", "Parkinson", "Halley", "Occam", "Bayes",
                       "Kruskal", "Levenshtein", "Fourier", "Hodgkin", "Tukey"]
WORD_FIRST = ["Will", "Grace", "Rose", "June", "Dawn", "Bill", "Mark", "Faith", "Hope", "Joy",
              "Summer", "Amber", "Ruby", "Jade", "Ivy", "Holly", "Hazel", "Frank", "Drew", "Gene",
              "Chase", "Miles", "Penny", "Sunny", "Crystal", "Mercy", "Gift", "Sandy", "Ray",
              "Max", "Pearl", "Olive", "Iris", "Brook", "Luz", "Dolores", "Pilar", "Ernst",
              "Serena", "Felice", "Вера", "Надежда", "Любовь", "Amal", "Nour", "Rich", "Patience"]
WORD_HANDLES = ["media", "test", "import", "types", "keyframes", "param", "override", "dataclass"]


def split(s):
    return s.split() if s else []


class Member:
    __slots__ = ("user", "name", "handle", "first", "script", "origin")

    def __init__(self, user, name, handle, first, script, origin):
        self.user, self.name, self.handle = user, name, handle
        self.first, self.script, self.origin = first, script, origin


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slugify(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def make_members(n, rng):
    members = []
    handles = set()
    names_seen = set()

    def new_handle(base):
        base = base[:18] or "member"
        forms = [base, base + str(rng.randint(1, 99)), base + "_" + str(rng.randint(1, 999)),
                 base[:1] + base[1:], base + str(rng.randint(1970, 2005))]
        for h in forms:
            if h not in handles and len(h) >= 3:
                handles.add(h)
                return h
        while True:
            h = base + str(rng.randint(1000, 999999))
            if h not in handles:
                handles.add(h)
                return h

    def add(name, first, script, origin, hbase=None):
        if hbase is None:
            if script == "latin":
                parts = name.split(" ", 1)
                f, l = slugify(parts[0]), slugify(parts[-1])
                style = rng.random()
                if style < 0.35:
                    hbase = f + l
                elif style < 0.55:
                    hbase = f + "_" + l
                elif style < 0.7:
                    hbase = f[:1] + l
                elif style < 0.85:
                    hbase = l + f[:3]
                else:
                    hbase = f + rng.choice(["dev", "codes", "writes", "ux", "data", "ml", "pm"])
            else:
                hbase = "".join(rng.choice(ROMA) for _ in range(rng.randint(2, 3)))
                if rng.random() < 0.3:
                    hbase += "_" + rng.choice(ROMA)
        h = new_handle(hbase)
        m = Member("u%d" % (len(members) + 1), name, h, first, script, origin)
        members.append(m)
        names_seen.add(name)
        return m

    # collisions first (a few members each)
    for nm in COLLIDE_ORG + COLLIDE_PLACE_FULL + COLLIDE_EPONYM_FULL:
        add(nm, nm.split()[0], "latin", "en")
    latin_firsts = split(LATIN["en"][0])
    for ln in COLLIDE_EPONYM_LAST:
        add(rng.choice(latin_firsts) + " " + ln, None, "latin", "en")
    en_last = split(LATIN["en"][1])
    for fn in COLLIDE_PLACE_FIRST + WORD_FIRST:
        for _ in range(3):
            if re.match(r"[А-я]", fn):
                add(fn + " " + rng.choice(split(SCRIPT["cyr"][1])), fn, "cyr", "cyr")
            else:
                add(fn + " " + rng.choice(en_last), fn, "latin", "en")
    for h in WORD_HANDLES:
        add(rng.choice(latin_firsts) + " " + rng.choice(en_last), None, "latin", "en", hbase=h)
    # the rest
    weights = [("latin", 0.72), ("cyr", 0.06), ("el", 0.02), ("ar", 0.04), ("he", 0.02),
               ("hi", 0.03), ("th", 0.01), ("zh", 0.05), ("ja", 0.03), ("ko", 0.02)]
    origins = [o for o in LATIN if o != "vi"]
    while len(members) < n:
        r = rng.random()
        acc = 0
        for sc, w in weights:
            acc += w
            if r < acc:
                break
        if sc == "latin":
            if rng.random() < 0.02:
                full = rng.choice(LATIN["vi"][0].split("|"))
                add(full, None, "latin", "vi")
                continue
            o = rng.choice(origins)
            fs, ls = LATIN[o]
            firsts = split(fs)
            lasts = re.findall(r"(?:(?:van der|van den|van|de|von|d'|Di|Le) ?)?\S+", ls) \
                if o in ("nl", "de", "fr", "it") else split(ls)
            # compound Spanish given names stay one given name
            if o == "es" and rng.random() < 0.1:
                first = rng.choice(["Ana María", "José Luis", "María José", "Juan Carlos"])
            else:
                first = rng.choice(firsts)
            last = rng.choice(lasts)
            if o in ("es", "pt") and rng.random() < 0.3:
                last = last + " " + rng.choice(split(ls))
            add(first + " " + last, first, "latin", o)
        elif sc in SCRIPT:
            fs, ls = SCRIPT[sc]
            first = rng.choice(split(fs))
            add(first + " " + rng.choice(split(ls)), first, sc, sc)
        else:
            fam, giv = CJK[sc]
            add(rng.choice(split(fam)) + rng.choice(split(giv)), None, sc, sc)
    return members


# --------------------------------------------------------------------------- validators
def luhn_complete(prefix, length, rng):
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return digits + luhn_digit(digits)


IBAN_FMT = {  # country: BBAN pattern (n digits, a upper letters, c alnum)
    "DE": "18n", "FR": "5n5n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "PT": "21n", "IE": "4a14n",
    "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n", "LU": "3n13c", "GR": "7n16c",
    "RO": "4a16c", "CZ": "20n", "HU": "24n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n",
    "BR": "8n10n5n1a1c", "IS": "22n", "HR": "17n", "SI": "15n", "LT": "16n", "EE": "16n",
}


def iban_check(cc, bban):
    return "%02d" % (98 - mod97(bban + cc + "00"))


def iban_valid(iban):
    return iban_mod97(iban) == 1


def rand_bban(cc, rng):
    out = []
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]):
        for _ in range(int(cnt)):
            if kind == "n":
                out.append(str(rng.randint(0, 9)))
            elif kind == "a":
                out.append(chr(65 + rng.randint(0, 25)))
            else:
                out.append(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") if rng.random() < 0.3
                           else str(rng.randint(0, 9)))
    return "".join(out)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------- piece helpers
def S(text, typ):
    return (text, "S", typ)


def N(text, cat):
    return (text, "N", cat)


def T(text):
    return (text, None, None)


class Ctx:
    def __init__(self, rng, members, bysc, lang):
        self.rng, self.members, self.bysc, self.lang = rng, members, bysc, lang
        self.last = None


LANG_SCRIPTS = {"en": ["latin"], "de": ["latin"], "fr": ["latin"], "es": ["latin"],
                "pt": ["latin"], "it": ["latin"], "nl": ["latin"], "pl": ["latin"],
                "tr": ["latin"], "ru": ["cyr", "latin"], "el": ["el", "latin"],
                "ar": ["ar", "latin"], "he": ["he", "latin"], "hi": ["hi", "latin"],
                "th": ["th", "latin"], "zh": ["zh"], "ja": ["ja"], "ko": ["ko"], "vi": ["latin"]}


def pick_member(c, scripts=None, need_first=False):
    scripts = scripts or LANG_SCRIPTS[c.lang]
    sc = scripts[0] if len(scripts) == 1 or c.rng.random() < 0.7 else c.rng.choice(scripts[1:])
    pool = c.bysc[sc + ("F" if need_first else "")]
    m = c.rng.choice(pool)
    c.last = m
    return m


def name_variant(c, name):
    r = c.rng.random()
    if r < 0.05:
        return name.lower()
    if r < 0.08:
        return name.upper()
    if r < 0.16 and strip_acc(name) != name and (c.last is None or c.last.script in ("latin", "el")):
        return strip_acc(name)
    return name


# --------------------------------------------------------------------------- slot generators
GMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "proton.me", "icloud.com",
         "fastmail.fm", "hey.com", "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr",
         "laposte.net", "libero.it", "virgilio.it", "terra.com.br", "uol.com.br", "bol.com.br",
         "ziggo.nl", "kpnmail.nl", "qq.com", "163.com", "126.com", "yahoo.co.jp", "docomo.ne.jp",
         "naver.com", "daum.net", "mail.ru", "yandex.ru", "rediffmail.com", "bigpond.com",
         "optusnet.com.au", "telefonica.net", "wp.pl", "seznam.cz", "yahoo.com.ng"]
WORKDOM = ["northwind-labs.io", "kestrel.ai", "brightpath.co", "umbra-analytics.com",
           "fjordsoft.no", "quartier-studio.fr", "hafenwerk.de", "tessellate.dev",
           "cs.uni-freiburg.de", "eng.ox.ac.uk", "mail.polimi.it", "ic.unicamp.br",
           "riverbend.edu", "lotus-fintech.in", "sakura-systems.co.jp", "pingan-tech.cn",
           "greenfield.org", "abuja-health.ng", "oceanic-media.com.au", "volta.energy"]
ROLE = ["jobs", "careers", "hello", "info", "press", "support", "hr", "talent", "kontakt",
        "contacto", "recrutement", "team", "admin", "billing", "privacy", "sales", "info-de"]


def email_addr(c):
    rng = c.rng
    r = rng.random()
    if r < 0.18:
        local = rng.choice(ROLE)
        dom = rng.choice(WORKDOM)
    else:
        m = rng.choice(c.bysc["latin"])
        parts = [slugify(p) for p in m.name.split()]
        parts = [p for p in parts if p] or ["member"]
        f, l = parts[0], parts[-1]
        form = rng.randint(0, 7)
        local = [f + "." + l, f + l, f[0] + l, f + "_" + l, l + "." + f, f + str(rng.randint(1, 99)),
                 f + "." + l + str(rng.randint(70, 99)), f + "-" + l][form]
        if rng.random() < 0.06:
            local += "+" + rng.choice(["news", "jobs", "work", "askfirst"])
        if rng.random() < 0.05:
            local = local.capitalize()
        dom = rng.choice(GMAIL if rng.random() < 0.6 else WORKDOM)
    return local, dom


def g_email(c):
    l, d = email_addr(c)
    return [S(l + "@" + d, "EMAIL")]


def g_email_obf(c):
    rng = c.rng
    l, d = email_addr(c)
    at, dot = rng.choice([(" [at] ", " [dot] "), ("(at)", "."), (" (at) ", " (dot) "),
                          (" [at] ", "."), ("[at]", "[dot]"), (" {at} ", " {dot} "),
                          (" AT ", " DOT "), ("[@]", "."), (" at ", " dot "), ("(@)", "."),
                          (" [ät] ", " [punkt] "), (" arroba ", " punto ")])
    if at.strip() in ("AT", "at", "arroba") and dot == ".":
        dot = " dot "
    dparts = d.split(".")
    return [S(l + at + dot.join(dparts), "EMAIL")]


def g_email_mailto(c):
    l, d = email_addr(c)
    return [N("mailto:", "mailto"), S(l + "@" + d, "EMAIL")]


def g_email_fw(c):  # full-width @ as written in CJK text
    l, d = email_addr(c)
    return [S(l + "＠" + d, "EMAIL")]


def dg(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def nz(rng, n):
    return str(rng.randint(1, 9)) + dg(rng, n - 1)


def phone_for(cc, rng):
    sep = rng.choice([" ", " ", "-", ".", NBSP, "/"]) if rng.random() < 0.9 else " "
    intl = rng.random() < 0.45
    if cc == "US":
        a, b, d = rng.choice(["212", "312", "415", "503", "617", "646", "713", "206", "404", "512",
                              "604", "416", "514", "780", "929", "858"]), str(rng.randint(2, 9)) + dg(rng, 2), dg(rng, 4)
        f = rng.randint(0, 8)
        if f == 0:
            return "(%s) %s-%s" % (a, b, d)
        if f == 1:
            return "%s-%s-%s" % (a, b, d)
        if f == 2:
            return "%s.%s.%s" % (a, b, d)
        if f == 3:
            return "+1 %s %s %s" % (a, b, d)
        if f == 4:
            return "+1-%s-%s-%s" % (a, b, d)
        if f == 5:
            return "+1 (%s) %s-%s" % (a, b, d)
        if f == 6:
            return "1-%s-%s-%s" % (a, b, d)
        if f == 7:
            return "+1%s%s%s" % (a, b, d)
        return "%s %s %s" % (a, b, d)
    if cc == "UK":
        kind = rng.randint(0, 3)
        if kind == 0:
            nat, rest = "20", [nz(rng, 4), dg(rng, 4)]
        elif kind == 1:
            nat, rest = "7" + rng.choice(["700", "911", "824", "412", "956"]), [dg(rng, 6)]
        elif kind == 2:
            nat, rest = rng.choice(["161", "131", "113", "117", "121"]), [nz(rng, 3), dg(rng, 4)]
        else:
            nat, rest = rng.choice(["1632", "1865", "1223", "1904"]), [dg(rng, 6)]
        s = " " if sep in ("/", ".") else sep
        if intl:
            return rng.choice(["+44 ", "+44 (0)", "0044 "]) + nat + s + s.join(rest)
        return "0" + nat + s + s.join(rest)
    if cc == "DE":
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "170", "151", "176", "160", "511"])
        sub = nz(rng, rng.choice([7, 8]))
        if rng.random() < 0.3:
            sub = sub[:3] + " " + sub[3:]
        s = sep if sep != "." else " "
        if intl:
            return rng.choice(["+49 ", "+49 (0)", "0049 ", "+49-"]) + area + (s if s != "/" else " ") + sub
        return "0" + area + s + sub
    if cc == "FR":
        first = rng.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
        pairs = [dg(rng, 2) for _ in range(4)]
        s = sep if sep != "/" else " "
        if intl:
            if rng.random() < 0.2:
                return "+33" + first + "".join(pairs)
            return rng.choice(["+33 ", "+33 (0)", "0033 "]) + first + s + s.join(pairs)
        return "0" + first + s + s.join(pairs)
    if cc == "IN":
        mob = rng.choice("6789") + dg(rng, 9)
        if rng.random() < 0.25:
            land = rng.choice(["22", "11", "80", "44"])
            body = land + " " + dg(rng, 4) + " " + dg(rng, 4)
            return ("+91 " + body) if intl else ("0" + body)
        body = mob[:5] + rng.choice([" ", "-", NBSP]) + mob[5:]
        return (rng.choice(["+91 ", "+91-", "0091 "]) + body) if intl else rng.choice(["", "0"]) + body
    if cc == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
        num = ("9" + dg(rng, 4) if rng.random() < 0.7 else nz(rng, 4)) + "-" + dg(rng, 4)
        if intl:
            return rng.choice(["+55 %s %s", "+55 (%s) %s", "+55 %s %s"]) % (ddd, num)
        return rng.choice(["(%s) %s", "%s %s", "(%s)%s"]) % (ddd, num)
    if cc == "JP":
        if rng.random() < 0.5:
            a, b, d = rng.choice(["090", "080", "070"]), dg(rng, 4), dg(rng, 4)
        else:
            a, b, d = rng.choice(["03", "06"]), dg(rng, 4), dg(rng, 4)
        if intl:
            s = rng.choice([" ", "-"])
            return "+81" + s + a[1:] + s + b + s + d
        return rng.choice(["%s-%s-%s", "%s %s %s", "(%s) %s-%s"]) % (a, b, d)
    if cc == "AU":
        if rng.random() < 0.5:
            m = "4" + dg(rng, 8)
            if intl:
                return "+61 " + m[:3] + " " + m[3:6] + " " + m[6:]
            return "0" + m[:3] + rng.choice([" ", "-"]) + m[3:6] + rng.choice([" ", "-"]) + m[6:]
        st, num = rng.choice(["2", "3", "7", "8"]), dg(rng, 8)
        if intl:
            return "+61 " + st + " " + num[:4] + " " + num[4:]
        return rng.choice(["(0%s) %s %s", "0%s %s %s"]) % (st, num[:4], num[4:])
    if cc == "CN":
        if rng.random() < 0.6:
            m = "1" + rng.choice("3456789") + dg(rng, 9)
            if intl:
                return "+86 " + m[:3] + " " + m[3:7] + " " + m[7:]
            return rng.choice([m, m[:3] + " " + m[3:7] + " " + m[7:], m[:3] + "-" + m[3:7] + "-" + m[7:]])
        area, num = rng.choice(["10", "21", "20", "755", "571"]), nz(rng, 8 if len("10") else 7)
        if intl:
            return "+86 " + area + " " + num[:4] + " " + num[4:]
        return rng.choice(["0%s-%s", "(0%s) %s", "0%s %s"]) % (area, num)
    if cc == "ES":
        n9 = rng.choice("679") + dg(rng, 8)
        g = rng.choice([n9[:3] + " " + n9[3:6] + " " + n9[6:],
                        n9[:3] + " " + n9[3:5] + " " + n9[5:7] + " " + n9[7:],
                        n9[:2] + " " + n9[2:5] + " " + n9[5:7] + " " + n9[7:]])
        return ("+34 " + g) if intl else g
    if cc == "IT":
        if rng.random() < 0.5:
            m = "3" + rng.choice(["47", "33", "28", "39", "40"]) + dg(rng, 7)
            g = m[:3] + rng.choice([" ", "-", ""]) + m[3:6] + " " + m[6:]
        else:
            pre = rng.choice(["06", "02", "011", "055", "081"])
            g = pre + rng.choice([" ", "-", "/"]) + dg(rng, 4) + " " + dg(rng, 4 if len(pre) == 2 else 3)
        return ("+39 " + g) if intl else g
    if cc == "NL":
        if rng.random() < 0.5:
            m = dg(rng, 8)
            if intl:
                return rng.choice(["+31 6 ", "+31 (0)6 ", "+31 6-", "0031 6 "]) + m
            return "06" + rng.choice(["-", " ", ""]) + rng.choice([m, m[:4] + " " + m[4:]])
        area = rng.choice(["20", "10", "70", "30", "40"])
        num = nz(rng, 3) + " " + dg(rng, 4)
        if intl:
            return rng.choice(["+31 ", "+31 (0)"]) + area + " " + num
        return "0" + area + rng.choice([" ", "-"]) + num
    if cc == "NG":
        m = rng.choice(["803", "805", "806", "703", "706", "813", "816", "902", "909", "810"]) + dg(rng, 7)
        s = rng.choice([" ", "-", ""])
        g = m[:3] + s + m[3:6] + s + m[6:]
        if intl:
            return rng.choice(["+234 ", "+234 (0) ", "+234-", "00234 "]) + g
        return "0" + g
    if cc == "E164":  # national significant number lengths per country code
        code, n = rng.choice([("+49", 11), ("+49", 10), ("+44", 10), ("+33", 9), ("+34", 9), ("+39", 10),
                              ("+31", 9), ("+1", 10), ("+61", 9), ("+81", 10), ("+86", 11), ("+91", 10),
                              ("+55", 11), ("+234", 10), ("+46", 9), ("+48", 9), ("+353", 9), ("+27", 9),
                              ("+254", 9)])
        if code == "+1":
            return code + str(rng.randint(2, 9)) + dg(rng, 2) + str(rng.randint(2, 9)) + dg(rng, 6)
        if code == "+86":
            return code + "1" + rng.choice("3456789") + dg(rng, 9)
        if code in ("+91",):
            return code + rng.choice("6789") + dg(rng, 9)
        return code + nz(rng, n)
    raise KeyError(cc)


LANG_CC = {"en": ["US", "US", "UK", "AU", "NG", "IN", "E164"], "de": ["DE", "DE", "DE", "E164"],
           "fr": ["FR", "FR", "FR", "E164"], "es": ["ES", "ES", "E164"], "pt": ["BR", "BR", "E164"],
           "it": ["IT", "IT", "E164"], "nl": ["NL", "NL", "E164"], "hi": ["IN", "IN"],
           "ja": ["JP"], "zh": ["CN"], "ko": ["E164"], "ru": ["E164", "DE", "UK"],
           "ar": ["E164", "UK", "FR"], "he": ["E164"], "el": ["E164", "DE"], "th": ["E164"],
           "pl": ["E164", "DE"], "tr": ["E164", "DE"], "vi": ["E164"]}


def g_phone(c):
    return [S(phone_for(c.rng.choice(LANG_CC[c.lang]), c.rng), "PHONE")]


def g_phone_any(c):
    cc = c.rng.choice(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG", "E164"])
    return [S(phone_for(cc, c.rng), "PHONE")]


def g_phone_tel(c):
    return [T("tel:"), S(phone_for("E164", c.rng), "PHONE")]


SPECIAL4 = [((0, 0, 0, 0), 8), ((10, 0, 0, 0), 8), ((100, 64, 0, 0), 10), ((127, 0, 0, 0), 8),
            ((169, 254, 0, 0), 16), ((172, 16, 0, 0), 12), ((192, 0, 0, 0), 24),
            ((192, 0, 2, 0), 24), ((192, 88, 99, 0), 24), ((192, 168, 0, 0), 16),
            ((198, 18, 0, 0), 15), ((198, 51, 100, 0), 24), ((203, 0, 113, 0), 24),
            ((224, 0, 0, 0), 3)]


def ip_int(t):
    return (t[0] << 24) | (t[1] << 16) | (t[2] << 8) | t[3]


def is_special4(t):
    v = ip_int(t)
    for net, bits in SPECIAL4:
        if v >> (32 - bits) == ip_int(net) >> (32 - bits):
            return True
    return False


def global_v4(rng):
    while True:
        t = (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if not is_special4(t):
            return "%d.%d.%d.%d" % t


def g_ipv4(c):
    return [S(global_v4(c.rng), "IPV4")]


def g_ipv4_port(c):
    return [S(global_v4(c.rng), "IPV4"), T(":" + str(c.rng.choice([22, 80, 443, 8080, 3389, 5432, 25565, 51820])))]


def g_ipv4_cidr(c):
    a = global_v4(c.rng).rsplit(".", 1)[0] + ".0"
    return [S(a, "IPV4"), T("/" + str(c.rng.choice([24, 22, 20, 28, 29])))]


V6PRE = ["2a00", "2a01", "2a02", "2a03", "2a05", "2a0e", "2600", "2601", "2604", "2607", "2620",
         "2400", "2401", "2404", "2408", "2800", "2803", "2c0f", "2001:4860", "2001:67c",
         "2406", "2409", "240e", "2a10", "2605"]


def global_v6(rng):
    pre = rng.choice(V6PRE).split(":")
    groups = pre + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre))]
    # some zero runs
    if rng.random() < 0.6:
        i = rng.randint(2, 5)
        j = rng.randint(i + 1, 7)
        for k in range(i, j):
            groups[k] = "0"
    form = rng.random()
    if form < 0.55:  # compressed
        best, bi = 0, -1
        k = 0
        while k < 8:
            if groups[k] == "0":
                e = k
                while e < 8 and groups[e] == "0":
                    e += 1
                if e - k > best:
                    best, bi = e - k, k
                k = e
            else:
                k += 1
        if best >= 2:
            s = ":".join(groups[:bi]) + "::" + ":".join(groups[bi + best:])
        else:
            s = ":".join(groups)
    elif form < 0.75:
        s = ":".join(groups)
    else:
        s = ":".join(g.zfill(4) for g in groups)
    if rng.random() < 0.15:
        s = s.upper()
    return s


def g_ipv6(c):
    return [S(global_v6(c.rng), "IPV6")]


def g_ipv6_port(c):
    return [T("["), S(global_v6(c.rng), "IPV6"), T("]:" + str(c.rng.choice([443, 8443, 22, 53])))]


def card_number(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        num = luhn_complete("4", 16, rng)
    elif brand == "mc":
        num = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        num = luhn_complete(rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16, rng)
    return brand, num


def fmt_card(num, rng):
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def g_card(c):
    _, num = card_number(c.rng)
    return [S(fmt_card(num, c.rng), "CREDIT_CARD")]


def g_iban(c):
    rng = c.rng
    cc = rng.choice(list(IBAN_FMT))
    bban = rand_bban(cc, rng)
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    return [S(group4(iban) if rng.random() < 0.6 else iban, "IBAN")]


def valid_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def g_ssn(c):
    a, g, s = valid_ssn(c.rng)
    sep = c.rng.choice(["-", "-", " "])
    return [S(a + sep + g + sep + s, "US_SSN")]


def profile_url(c):
    rng = c.rng
    m = rng.choice(c.bysc["latin"])
    h = m.handle
    parts = [slugify(p) for p in m.name.split()]
    slug = "-".join(p for p in parts if p)
    scheme = rng.choice(["https://", "https://", "", "http://", "https://www.", "www."])
    k = rng.randint(0, 11)
    if k == 0:
        host = rng.choice(["linkedin.com", "linkedin.com", "de.linkedin.com", "fr.linkedin.com", "br.linkedin.com"])
        if scheme.endswith("www.") and host != "linkedin.com":
            scheme = scheme[:-4]
        u = host + "/in/" + slug + rng.choice(["", "", "-" + "%x" % rng.randint(0x10000, 0xfffffff), "/"])
    elif k == 1:
        u = "github.com/" + h
    elif k == 2:
        u = rng.choice(["x.com/", "twitter.com/"]) + h
    elif k == 3:
        u = rng.choice(["x.com/", "twitter.com/"]) + h + "/status/" + str(rng.randint(10 ** 17, 10 ** 19))
    elif k == 4:
        u = "medium.com/@" + h
    elif k == 5:
        if scheme.endswith("www."):
            scheme = scheme[:-4]
        u = "bsky.app/profile/" + h + rng.choice([".bsky.social", ".bsky.social", "." + rng.choice(["dev", "net", "io"])])
    elif k == 6:
        if scheme.endswith("www."):
            scheme = scheme[:-4]
        u = h.replace("_", "") + ".substack.com" + rng.choice(["", "", "/p/why-i-left-" + rng.choice(["bigtech", "academia", "consulting"])])
    elif k == 7:
        u = "calendly.com/" + h + rng.choice(["", "/30min", "/intro-call", "/15min"])
    elif k == 8:
        if scheme.endswith("www."):
            scheme = scheme[:-4]
        u = PREFIX + h
    elif k == 9:
        u = "linkedin.com/in/" + slug
    elif k == 10:
        u = "github.com/" + h + rng.choice(["", "?tab=repositories", "/"])
    else:
        if scheme.endswith("www."):
            scheme = scheme[:-4]
        u = "medium.com/@" + h + "/" + rng.choice(["notes-on-", "what-i-learned-", "a-year-of-"]) + rng.choice(["rust", "hiring", "burnout", "mlops"]) + "-" + "%x" % rng.randint(0x10000000, 0xffffffff)
    return fix_www(scheme, u)


def fix_www(scheme, u):
    host = u.split("/", 1)[0].split("?", 1)[0]
    if "www." in scheme and host.count(".") != 1:
        scheme = scheme.replace("www.", "")
    return scheme + u


def g_url(c):
    return [S(profile_url(c), "URL")]


def handle_of(c, m):
    h = m.handle
    if c.rng.random() < 0.08:
        h = h[:1].upper() + h[1:]
    return "@" + h


def g_handle(c):
    m = pick_member(c, ["latin"] + [s for s in LANG_SCRIPTS[c.lang] if s != "latin"])
    return [S(handle_of(c, m), "HANDLE")]


def g_person(c):
    m = pick_member(c)
    return [S(name_variant(c, m.name), "PERSON")]


def g_person_latin(c):
    m = pick_member(c, ["latin"])
    return [S(name_variant(c, m.name), "PERSON")]


def g_person_at(c):
    m = pick_member(c)
    return [T("@"), S(m.name, "PERSON")]


def g_person_poss(c):
    m = pick_member(c, ["latin"])
    return [S(m.name, "PERSON"), T(c.rng.choice(["'s", "’s"]) if not m.name.endswith("s") else c.rng.choice(["'", "'s", "’"]))]


def g_first_again(c):  # the first name of the last full name, possessive
    m = c.last
    if m is None or not m.first:
        return [T("their")]
    suffix = "'" if m.first.endswith("s") else c.rng.choice(["'s", "’s"])
    return [S(m.first, "PERSON"), T(suffix)]


def g_first(c):  # a first name alone, for greetings and thanks
    scripts = LANG_SCRIPTS[c.lang]
    scripts = [s for s in scripts if s + "F" in c.bysc] or ["latin"]
    m = pick_member(c, scripts, need_first=True)
    return [S(m.first, "PERSON")]


def g_first_latin(c):
    m = pick_member(c, ["latin"], need_first=True)
    return [S(m.first, "PERSON")]


def g_cjk(c):
    sc = c.lang if c.lang in ("zh", "ja", "ko") else c.rng.choice(["zh", "ja", "ko"])
    m = c.rng.choice(c.bysc[sc])
    c.last = m
    return [S(m.name, "PERSON")]


def g_cjk_hon(c):
    sc = c.lang if c.lang in ("zh", "ja", "ko") else "ja"
    m = c.rng.choice(c.bysc[sc])
    hon = {"zh": ["老师", "先生", "女士", "同学", ""], "ja": ["さん", "様", "先生", "氏", "さん"],
           "ko": ["님", "씨", " 님", "님"]}[sc]
    return [S(m.name, "PERSON"), T(c.rng.choice(hon))]


# ------------------------------------------------------------------- hard-negative generators
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def n_date(c):
    rng = c.rng
    y, m, d = rng.randint(1998, 2031), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.choice(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y),
                    "%02d/%02d/%d" % (d, m, y), "%d/%02d/%02d" % (y, m, d), "%d年%d月%d日" % (y, m, d),
                    "%02d-%02d-%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d%02d%02d" % (y, m, d),
                    "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02dT%02d:%02d:%02dZ" % (
                        y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                    "%d %s %d" % (d, MONTHS[m - 1], y), "%d/%d – %d/%d/%d" % (d, m, d + 1, m, y)])
    return [N(f, "date")]


def n_time(c):
    rng = c.rng
    h, mi = rng.randint(0, 23), rng.choice([0, 15, 30, 45, 5, 10, 50])
    f = rng.choice(["%02d:%02d" % (h, mi), "%d:%02d %s" % (h % 12 + 1, mi, rng.choice(["AM", "pm", "p.m."])),
                    "%dh%02d" % (h, mi), "%02d:%02d:%02d" % (h, mi, rng.randint(0, 59)),
                    "%02d:%02d–%02d:%02d" % (h, mi, (h + 1) % 24, mi), "%02d.%02d Uhr" % (h, mi),
                    "%d時%d分" % (h, mi), "%02d:%02d UTC+%d" % (h, mi, rng.randint(1, 9))])
    return [N(f, "time")]


def n_price(c):
    rng = c.rng
    a = rng.randint(1, 99999)
    cts = rng.randint(0, 99)
    f = rng.choice(["$%s.%02d" % ("{:,}".format(a), cts), "€ %s,%02d" % ("{:,}".format(a).replace(",", "."), cts),
                    "%s,%02d €" % ("{:,}".format(a).replace(",", NBSP), cts), "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), cts),
                    "£%d.%02d" % (a, cts), "¥%s" % "{:,}".format(a * 100), "₹ %s" % "{:,}".format(a * 10),
                    "CHF %s.–" % "{:,}".format(a).replace(",", "'"), "%s zł" % "{:,}".format(a).replace(",", " "),
                    "US$ %d" % a, "₦%s" % "{:,}".format(a * 1000), "A$%d.%02d" % (a, cts),
                    "%d,%02d EUR" % (a, cts), "%s 元" % "{:,}".format(a), "%d 000 ₽" % a])
    return [N(f, "price")]


def n_order(c):
    rng = c.rng
    f = rng.choice(["%s-%s-%s" % (dg(rng, 3), dg(rng, 7), dg(rng, 7)), "#%s" % nz(rng, rng.randint(7, 10)),
                    "%s %s %s" % (nz(rng, 4), dg(rng, 4), dg(rng, 2)), "%s-%s" % (rng.randint(2019, 2026), nz(rng, 6)),
                    "%s/%s" % (nz(rng, 4), dg(rng, 6)), "%s" % nz(rng, 10), "%s-%s-%s" % (nz(rng, 2), dg(rng, 4), dg(rng, 4)),
                    "SO-%s" % dg(rng, 8), "%s.%s.%s" % (nz(rng, 3), dg(rng, 3), dg(rng, 4))])
    return [N(f, "order_number")]


def n_ticket(c):
    rng = c.rng
    f = rng.choice(["INC%s" % dg(rng, 7), "REQ-%s" % dg(rng, 6), "%s-%d" % (rng.choice(["PLAT", "OPS", "DATA", "WEB"]), rng.randint(10, 99999)),
                    "#%s" % nz(rng, 6), "%s %s %s" % (nz(rng, 3), dg(rng, 3), dg(rng, 4)), "CS%s" % dg(rng, 8),
                    "%s-%s-%s" % (nz(rng, 3), dg(rng, 3), dg(rng, 4)), "%s/%s" % (rng.randint(2020, 2026), dg(rng, 5)),
                    "%s %s" % (nz(rng, 4), dg(rng, 6))])
    return [N(f, "ticket_number")]


def isbn13(rng):
    body = rng.choice(["978", "979"]) + dg(rng, 9)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_isbn(c):
    rng = c.rng
    i = isbn13(rng)
    f = rng.choice([i, "%s-%s-%s-%s-%s" % (i[:3], i[3], i[4:7], i[7:12], i[12]),
                    "%s %s %s %s %s" % (i[:3], i[3:5], i[5:8], i[8:12], i[12]),
                    "%s-%s-%s-%s" % (i[3], i[4:7], i[7:12], rng.choice("0123456789X"))])
    return [N(f, "isbn")]


def n_version(c):
    rng = c.rng
    f = rng.choice(["v%d.%d.%d" % (rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 99)),
                    "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 300)),
                    "%d.%d.%d-rc.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 5)),
                    "%d.%d.%d" % (rng.randint(10, 11), 0, rng.randint(10000, 26100)),
                    "%d.%d" % (rng.randint(1, 30), rng.randint(0, 99)),
                    "%d.%d.%d-%d" % (rng.randint(1, 6), rng.randint(0, 19), rng.randint(0, 99), rng.randint(1, 300)),
                    "%d.%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(0, 999))])
    return [N(f, "version")]


def n_patent(c):
    rng = c.rng
    f = rng.choice(["US %d,%03d,%03d B%d" % (rng.randint(7, 12), rng.randint(0, 999), rng.randint(0, 999), rng.randint(1, 2)),
                    "US %d/%s A1" % (rng.randint(2005, 2025), dg(rng, 7)), "EP %s %s %s A1" % (nz(rng, 1), dg(rng, 3), dg(rng, 3)),
                    "WO %d/%s" % (rng.randint(2000, 2025), dg(rng, 6)), "DE 10 %d %s %s.%d" % (rng.randint(2005, 2024), dg(rng, 3), dg(rng, 3), rng.randint(0, 9)),
                    "CN %s A" % nz(rng, 9), "JP %d-%s" % (rng.randint(2001, 2024), dg(rng, 6)), "US%sB2" % nz(rng, 8),
                    "EP%sB1" % nz(rng, 7), "KR 10-%s" % dg(rng, 7)])
    return [N(f, "patent")]


def v4_in(net, bits, rng):
    v = ip_int(net) | rng.randint(1, (1 << (32 - bits)) - 2)
    return "%d.%d.%d.%d" % (v >> 24 & 255, v >> 16 & 255, v >> 8 & 255, v & 255)


def n_ip_private(c):
    net = c.rng.choice([((10, 0, 0, 0), 8), ((172, 16, 0, 0), 12), ((192, 168, 0, 0), 16)])
    return [N(v4_in(net[0], net[1], c.rng), "ip_private")] + ([T("/" + str(c.rng.choice([8, 16, 24])))] if c.rng.random() < 0.2 else [])


def n_ip_loopback(c):
    return [N(c.rng.choice(["127.0.0.1", "127.0.1.1", v4_in((127, 0, 0, 0), 8, c.rng)]), "ip_loopback")]


def n_ip_link_local(c):
    return [N(v4_in((169, 254, 0, 0), 16, c.rng), "ip_link_local")]


def n_ip_doc(c):
    net = c.rng.choice([(192, 0, 2, 0), (198, 51, 100, 0), (203, 0, 113, 0)])
    return [N(v4_in(net, 24, c.rng), "ip_documentation")]


def n_ip_reserved(c):
    rng = c.rng
    f = rng.choice([v4_in((100, 64, 0, 0), 10, rng), v4_in((240, 0, 0, 0), 4, rng), "255.255.255.255",
                    "0.0.0.0", v4_in((198, 18, 0, 0), 15, rng), v4_in((192, 0, 0, 0), 24, rng),
                    "255.255.255.0", "255.255.240.0", v4_in((0, 0, 0, 0), 8, rng)])
    return [N(f, "ip_reserved")]


def n_ip_version(c):
    rng = c.rng
    ctxw = rng.choice(["firmware ", "Chrome ", "version ", "build ", "Version ", "v", "release ",
                       "Firmware-Version ", "ファームウェア ", "версия ", "driver ", "Edge ", "iOS app "])
    num = "%d.%d.%d.%d" % (rng.randint(1, 130), rng.randint(0, 20), rng.randint(0, 9999), rng.randint(0, 300))
    return [T(ctxw), N(num, "ip_version")]


def n_v6_nonglobal(c):
    rng = c.rng
    h = lambda: "%x" % rng.randint(1, 0xffff)
    f = rng.choice(["::1", "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "fd%02x:%s:%s::%s" % (rng.randint(0, 255), h(), h(), h()),
                    "2001:db8::%s" % h(), "2001:0db8:%s:%s::%s" % (h(), h(), h()), "ff02::1", "ff02::fb",
                    "fc00::%s" % h(), "::", "FE80::%s:%s" % (h().upper(), h().upper()), "::ffff:192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    return [N(f, "ipv6_nonglobal")]


def n_card_invalid(c):
    rng = c.rng
    while True:
        _, num = card_number(rng)
        bad = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
        if not luhn_ok(bad):
            break
    return [N(fmt_card(bad, rng), "card_luhn_invalid")]


def n_card_nobrand(c):  # extra: Luhn-valid but no listed brand (parcel / loyalty numbers)
    num = luhn_complete(c.rng.choice(["1", "7", "8", "9"]), 16, c.rng)
    return [N(fmt_card(num, c.rng), "card_unknown_brand")]


def n_iban_bad(c):
    rng = c.rng
    cc = rng.choice(list(IBAN_FMT))
    bban = rand_bban(cc, rng)
    good = iban_check(cc, bban)
    while True:
        ck = "%02d" % rng.randint(2, 98)
        if ck != good:
            break
    iban = cc + ck + bban
    assert not iban_valid(iban)
    return [N(group4(iban) if rng.random() < 0.6 else iban, "iban_bad_check")]


def n_iban_len(c):  # extra: mod-97 valid but the wrong length for its country
    rng = c.rng
    cc = rng.choice(list(IBAN_FMT))
    bban = rand_bban(cc, rng)
    bban = bban[:-2] if rng.random() < 0.5 else bban + dg(rng, 2)
    iban = cc + iban_check(cc, bban) + bban
    return [N(group4(iban) if rng.random() < 0.6 else iban, "iban_bad_length")]


def n_ssn_invalid(c):
    rng = c.rng
    a, g, s = valid_ssn(rng)
    k = rng.randint(0, 4)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = str(rng.randint(900, 999))
    elif k == 3:
        g = "00"
    else:
        s = "0000"
    sep = rng.choice(["-", "-", " "])
    return [N(a + sep + g + sep + s, "ssn_invalid")]


COMPANIES = ["northwind", "kestrel", "brightpath", "umbra", "fjordsoft", "hafenwerk", "tessellate",
             "lumenworks", "quarry-ai", "bluefin", "copperleaf", "solstice-labs", "vantablack"]


def n_url(c, cat):
    rng = c.rng
    co = rng.choice(COMPANIES)
    n = rng.randint(1000, 9999999)
    sch = rng.choice(["https://", "", "https://www.", "http://"])
    if cat == "url_company":
        u = rng.choice(["linkedin.com/company/%s" % co, "%s.com" % co, "%s.io/about" % co,
                        "github.com/%s" % rng.choice(["features", "pricing", "enterprise", "marketplace", "sponsors/explore", "topics/rust", "orgs/%s/people" % co]),
                        "x.com/%s" % rng.choice(["explore", "home", "settings/privacy", "i/flow/signup", "hashtag/opensource"]),
                        "linkedin.com/showcase/%s-cloud" % co, "crunchbase.com/organization/%s" % co,
                        "medium.com/%s-engineering" % co, "%s.de/impressum" % co, "calendly.com/pricing"])
    elif cat == "url_careers":
        u = rng.choice(["%s.com/careers" % co, "boards.greenhouse.io/%s/jobs/%d" % (co, n), "jobs.lever.co/%s/%x-%x" % (co, n, n * 7),
                        "linkedin.com/jobs/view/%d" % (n * 977), "%s.recruitee.com/o/senior-engineer" % co,
                        "careers.%s.com/jobs?location=berlin" % co, "indeed.com/viewjob?jk=%x" % (n * 31),
                        "%s.workable.com/j/%X" % (co, n), "stepstone.de/stellenangebote--Data-Engineer-%d" % n])
    elif cat == "url_docs":
        u = rng.choice(["docs.python.org/3/library/asyncio.html", "developer.mozilla.org/en-US/docs/Web/API/fetch",
                        "%s.readthedocs.io/en/latest/install.html" % co, "docs.github.com/en/actions",
                        "kubernetes.io/docs/concepts/services-networking/", "learn.microsoft.com/en-us/azure/aks/",
                        "doc.rust-lang.org/book/ch08-02-strings.html", "docs.%s.io/api/v2/auth" % co,
                        "postgresql.org/docs/16/sql-createindex.html", "linkedin.com/help/linkedin/answer/a1342443"])
    elif cat == "url_paper":
        u = rng.choice(["arxiv.org/abs/%d.%05d" % (rng.randint(2001, 2412), rng.randint(1, 29999)),
                        "doi.org/10.%d/%d.%d" % (rng.randint(1000, 9999), rng.randint(2015, 2025), n),
                        "aclanthology.org/%d.acl-long.%d" % (rng.randint(2019, 2025), rng.randint(1, 900)),
                        "nature.com/articles/s41586-0%02d-%05d-%d" % (rng.randint(19, 25), rng.randint(0, 99999), rng.randint(0, 9)),
                        "openreview.net/forum?id=%s" % "".join(rng.choice("abcdefghijkXYZ123") for _ in range(10)),
                        "dl.acm.org/doi/10.1145/%d.%d" % (rng.randint(3000000, 3700000), rng.randint(3000000, 3700000)),
                        "pubmed.ncbi.nlm.nih.gov/%d/" % (n + 30000000), "ssrn.com/abstract=%d" % n])
    elif cat == "url_ticket":
        u = rng.choice(["eventbrite.com/e/ai-meetup-berlin-tickets-%d" % (n * 1000), "lu.ma/%s" % "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(8)),
                        "meetup.com/%s-devs/events/%d/" % (co, n * 10), "ti.to/%s/conf-2025" % co,
                        "tickets.%s-summit.com/order/%d" % (co, n), "eventbrite.de/e/%d" % (n * 1000),
                        "pretix.eu/%s/2025/" % co, "dice.fm/event/%x" % n])
    else:
        u = rng.choice(["forms.gle/%s" % "".join(rng.choice("ABCDEFGHJKabcdefghjk23456789") for _ in range(16)),
                        "docs.google.com/forms/d/e/1FAIpQL%s/viewform" % "".join(rng.choice("abcdefXYZ0123456789_-") for _ in range(20)),
                        "forms.office.com/r/%s" % "".join(rng.choice("ABCDEFabcdef0123456789") for _ in range(10)),
                        "%s.typeform.com/to/%s" % (co, "".join(rng.choice("ABCDabcd0123") for _ in range(8))),
                        "tally.so/r/%s" % "".join(rng.choice("abcdwxyz") for _ in range(6)),
                        "airtable.com/app%s/shr%s" % (dg(rng, 6), dg(rng, 6)), "jotform.com/%d" % (n * 100)])
    return [N(fix_www(sch, u), cat)]


AT_NOT = ["@everyone", "@here", "@channel", "@Override", "@Test", "@Deprecated", "@types/node",
          "@angular/core", "@babel/preset-env", "actions/checkout@v4", "logo@2x.png", "@media",
          "@import", "@keyframes", "@param", "@dataclass", "@pytest.fixture", "@app.route",
          "@Autowired", "@SpringBootApplication", "@staticmethod", "icon@3x.png", "lodash@4.17.21",
          "@vue/cli", "node@20", "@property", "@tailwind", "@all", "python@3.12", "@supports"]


AT_CTX = {  # the context decides that the @word is code, not a mention
    "NPM": ["@types/node", "@angular/core", "@babel/preset-env", "lodash@4.17.21", "@vue/cli", "@types/react"],
    "GHA": ["actions/checkout@v4", "actions/setup-node@v4", "docker/build-push-action@v5"],
    "JAVA": ["@Test", "@Override", "@BeforeEach", "@SpringBootTest", "@Deprecated", "@Autowired"],
    "BCAST": ["@everyone", "@channel", "@all"],
    "CSS": ["@media (max-width: 600px)", "@import url(theme.css);", "@keyframes spin", "@supports (display: grid)"],
    "JDOC": ["@param userId", "@return", "@throws IOException"],
    "PY": ["@dataclass", "@pytest.fixture", "@staticmethod", "@app.route(\"/\")"],
    "FILE": ["logo@2x.png", "icon@3x.png", "hero@2x.webp"],
}


def n_at_ctx(kind):
    def g(c):
        v = c.rng.choice(AT_CTX[kind])
        m = re.match(r"(\S*@[\w./-]+)", v)
        return [N(m.group(1), "at_not_handle"), T(v[m.end():])]
    return g


def n_at(c):
    return n_at_ctx(c.rng.choice(["NPM", "JAVA", "PY", "FILE"]))(c)


# --------------------------------------------------------------------------- templates
# Per language: sentences with slots.  Slots with a trailing '*' are optional pieces.
TPL = {}


def add(lang, *ts):
    TPL.setdefault(lang, []).extend(ts)


add("en",
    "Reach me at {EMAIL} if the role is still open.",
    "Send your portfolio to {EMAIL} — we reply within a week.",
    "DMs are flaky, email works better: {EMAIL}",
    "Contact: {EMAIL} | {PHONE}",
    "For speaking requests write to {EMAIL_OBF} (no recruiters please).",
    "my inbox is {EMAIL_OBF} if you want the slides",
    "Questions about the workshop? {EMAIL_MAILTO}",
    "CV attached, or grab it from {URL}.",
    "Hiring two backend folks, ping {EMAIL} or call {PHONE}.",
    "Call or text {PHONE} after six.",
    "New number, same person: {PHONE}.",
    "Office line {PHONE}, mobile {PHONE_ANY}.",
    "WhatsApp me on {PHONE_ANY}, I'm travelling this week.",
    "You can book a slot here: {URL}",
    "All my talks are listed on {URL} (slides + recordings).",
    "Portfolio → {URL}",
    "Big thanks to {HANDLE} for reviewing the draft!",
    "{HANDLE} and {HANDLE} shipped the new onboarding flow today 🎉",
    "cc {HANDLE} — can you take a look at the numbers?",
    "Shout-out to {PERSON} for mentoring me through my first on-call rotation.",
    "Had coffee with {PERSON} at the summit; {FIRST_AGAIN} talk on evals was the highlight.",
    "{PERSON_POSS} keynote on privacy engineering is a must-watch.",
    "Congratulations to {PERSON} on the promotion to staff engineer!",
    "Thanks, {FIRST}! Really appreciate the intro.",
    "Thank you {FIRST} for hosting us in the office.",
    "Hi {FIRST}, quick question about the contract draft.",
    "Hey {FIRST} — are you still looking for a co-founder?",
    "Dear {FIRST}, thank you for the kind words.",
    "Cheers {FIRST}, see you at the meetup.",
    "Thanks so much, {FIRST}!",
    "Good morning {FIRST}! Loved your post.",
    "Joining {PERSON} and {PERSON} on a panel about remote hiring next month.",
    "Kudos to @{PERSON_PLAIN} for organising the hackathon.",
    "Our SRE blocked {IPV4} after the credential-stuffing attempt.",
    "Logins from {IPV4} and {IPV4} were flagged as suspicious.",
    "The exit node was {IPV4_PORT}, not our VPN.",
    "We allow-listed {IPV4_CIDR} for the partner integration.",
    "The API is reachable over IPv6 at {IPV6}.",
    "curl -6 https://{IPV6_PORT}/healthz returned 502",
    "Someone keeps hitting the admin page from {IPV6}.",
    "Card on file: {CARD}, please charge the invoice.",
    "I accidentally pasted my card {CARD} in the wrong chat lol",
    "Refund went to {CARD} instead of the company card.",
    "Wire the deposit to {IBAN} (reference: flat 4B).",
    "Bank details for the invoice: {IBAN}",
    "Please use {IBAN} for the membership fee.",
    "HR needs your SSN ({SSN}) for the W-2.",
    "My SSN is {SSN}, can you check why the background check failed?",
    "The form asked for SSN: {SSN} — is that normal for a take-home test?",
    "Meeting moved to {N_DATE} at {N_TIME}, same room.",
    "Tickets are {N_PRICE} early bird until {N_DATE}.",
    "My order {N_ORDER} still hasn't shipped. Support ticket {N_TICKET}.",
    "Finally read ISBN {N_ISBN}, highly recommend.",
    "We upgraded to {N_VERSION} and the memory leak is gone.",
    "Our patent {N_PATENT} was granted today!",
    "Staging runs on {N_IP_PRIVATE}, prod behind the load balancer.",
    "Just point your browser to http://{N_IP_LOOPBACK}:3000 and log in.",
    "The printer fell back to {N_IP_LINK_LOCAL} again.",
    "Use {N_IP_DOC} in the examples, never a real address.",
    "Carrier-grade NAT gave us {N_IP_RESERVED}, so port forwarding is out.",
    "Update your {N_IP_VERSION} before Friday.",
    "Bind to {N_V6} for local tests only.",
    "That card number {N_CARD_INVALID} fails the checksum, the form is right to reject it.",
    "Parcel tracking: {N_CARD_NOBRAND}",
    "The IBAN {N_IBAN_BAD} in the template is a typo, the check digits are wrong.",
    "Example IBAN-ish string from the test fixtures: {N_IBAN_LEN}",
    "Fake SSNs like {N_SSN_INVALID} are used in the training videos.",
    "We're hiring! Apply at {N_URL_CAREERS}",
    "Read more about us: {N_URL_COMPANY}",
    "Docs: {N_URL_DOCS}",
    "Preprint is out: {N_URL_PAPER}",
    "Grab a seat: {N_URL_TICKET}",
    "Please fill in the feedback form: {N_URL_FORM}",
    "Pinging {N_AT_BCAST} — the build is green again.",
    "Pin {N_AT_NPM} in package.json or the types break.",
    "Added {N_AT_FILE} for retina screens.",
    "The CSS fix: {N_AT_CSS} {{ .nav {{ display: none }} }}",
    " * {N_AT_JDOC} — see the interface docs",
    "Sign-up sheet at {N_URL_FORM} and the agenda is at {N_URL_DOCS}.",
    "Email me at {EMAIL}, or book a slot via {URL}.",
    "New paper with {PERSON}: {N_URL_PAPER}",
    "Looking for a flatmate in Lisbon, {PHONE_ANY} or {EMAIL}.",
    "Thanks {HANDLE} for the pointer to {N_URL_DOCS}!",
    "({URL})",
    "Tap to call: {PHONE_TEL}",
    "My GitHub: {URL}. My blog: {URL}.",
    )
add("en_profile",
    "Staff engineer. Previously at three startups. Say hi: {EMAIL}",
    "📍 Manchester · 📞 {PHONE} · ✉️ {EMAIL}",
    "Product designer | {URL} | she/her",
    "Talks & writing: {URL} · Calendar: {URL}",
    "ML researcher. Co-authored with {PERSON}. {EMAIL_OBF}",
    "Open to freelance. Phone {PHONE_ANY}",
    "Find me elsewhere: {URL}",
    "Data engineer at a fintech. Opinions my own. {HANDLE} on the old site.",
    "Founder. Ex-consultant. Reach me on {PHONE} (WhatsApp) or {EMAIL}.",
    "Mentor at the bootcamp, alongside {PERSON}.",
    )
add("de",
    "Schreibt mir gern an {EMAIL}, ich antworte meist am selben Tag.",
    "Bewerbungen bitte an {EMAIL} – Ansprechpartnerin ist {PERSON}.",
    "Meine Mail: {EMAIL_OBF} (Spamschutz 😉)",
    "Erreichbar unter {PHONE} (Mo–Fr).",
    "Neue Handynummer: {PHONE}",
    "Telefon {PHONE}, Fax {PHONE}",
    "Danke, {FIRST}! Der Workshop war großartig.",
    "Hallo {FIRST}, hast du nächste Woche Zeit für einen Call?",
    "Vielen Dank {FIRST} für die Empfehlung!",
    "Liebe {FIRST}, herzlichen Glückwunsch zum neuen Job!",
    "Mit {PERSON} und {HANDLE} haben wir das Projekt abgeschlossen.",
    "Großartiger Vortrag von {PERSON} heute in Köln.",
    "Überweisung bitte an {IBAN}, Verwendungszweck: Mitgliedsbeitrag.",
    "Kontoverbindung: {IBAN}",
    "Der Angriff kam von {IPV4}, wir haben die Adresse gesperrt.",
    "Termin am {N_DATE} um {N_TIME}, Raum 2.14.",
    "Bestellnummer {N_ORDER}, Preis {N_PRICE} – trotzdem keine Lieferung.",
    "Ticket {N_TICKET} ist seit Tagen offen.",
    "Patent {N_PATENT} wurde erteilt 🎉",
    "Router-Update auf {N_IP_VERSION} eingespielt.",
    "Das Intranet liegt unter {N_IP_PRIVATE}.",
    "Alle Folien: {URL}",
    "Profil: {URL}",
    "Die Karte {CARD} wurde doppelt belastet.",
    "Stellenausschreibung: {N_URL_CAREERS}",
    "Anmeldung über {N_URL_FORM} bis {N_DATE}.",
    "Unser Paper: {N_URL_PAPER}",
    "Ruft mich an: {PHONE}. Oder schreibt {HANDLE} eine Nachricht.",
    )
add("fr",
    "Écrivez-moi à {EMAIL} pour les candidatures.",
    "Mon adresse : {EMAIL_OBF}",
    "Contact presse : {EMAIL_MAILTO}",
    "Joignable au {PHONE} en semaine.",
    "Mon portable : {PHONE}",
    "Merci {FIRST} ! Super atelier hier.",
    "Bonjour {FIRST}, je me permets de vous relancer.",
    "Merci beaucoup, {FIRST}, pour ton retour.",
    "Un grand bravo à {PERSON} pour sa soutenance !",
    "Le talk d'{PERSON} sur la sobriété numérique était top.",
    "Avec {HANDLE}, on lance un podcast sur la data.",
    "RIB : {IBAN}",
    "Virement sur le compte {IBAN} avant le {N_DATE}.",
    "Rendez-vous le {N_DATE} à {N_TIME}.",
    "Commande n° {N_ORDER}, montant {N_PRICE}.",
    "Mon profil : {URL}",
    "Tous mes articles sont sur {URL}.",
    "Le serveur {IPV4} répond de nouveau.",
    "Inscriptions : {N_URL_FORM}",
    "Notre article est en ligne : {N_URL_PAPER}",
    "Version {N_VERSION} déployée ce matin.",
    "On recrute : {N_URL_CAREERS}",
    )
add("es",
    "Escríbeme a {EMAIL} y te paso los detalles.",
    "Correo: {EMAIL_OBF}",
    "Llámame al {PHONE} por la tarde.",
    "Mi móvil es {PHONE}.",
    "¡Gracias, {FIRST}! Me ayudó muchísimo.",
    "Hola {FIRST}, ¿seguimos con la reunión del jueves?",
    "Muchas gracias {FIRST} por compartir.",
    "Enhorabuena a {PERSON} por el nuevo puesto.",
    "Con {PERSON} y {HANDLE} preparamos el taller de datos.",
    "Cuenta para el pago: {IBAN}",
    "Transferencia a {IBAN}, concepto: cuota anual.",
    "Pedido {N_ORDER} por {N_PRICE}, aún sin enviar.",
    "Nos vemos el {N_DATE} a las {N_TIME}.",
    "Mi perfil: {URL}",
    "Agenda una llamada: {URL}",
    "Bloqueamos la IP {IPV4} por abuso.",
    "Buscamos gente: {N_URL_CAREERS}",
    "Formulario de inscripción: {N_URL_FORM}",
    )
add("pt",
    "Manda um e-mail para {EMAIL} que eu respondo.",
    "Meu e-mail: {EMAIL_OBF}",
    "Me liga no {PHONE} ou chama no WhatsApp.",
    "Telefone comercial: {PHONE}",
    "Obrigado, {FIRST}! Foi incrível.",
    "Olá {FIRST}, tudo bem? Vi seu post sobre vagas.",
    "Muito obrigada {FIRST} pela indicação!",
    "Parabéns, {PERSON}, pela nova fase!",
    "Palestra do {PERSON} foi a melhor do evento.",
    "Pix não rolou, então segue a conta: {IBAN}",
    "Pedido {N_ORDER}, valor {N_PRICE}, entrega prevista {N_DATE}.",
    "Meu perfil: {URL}",
    "O acesso veio do IP {IPV4}.",
    "Inscrições: {N_URL_FORM}",
    "Vagas abertas: {N_URL_CAREERS}",
    "Paguei com o cartão {CARD} e veio cobrança duplicada.",
    )
add("it",
    "Scrivetemi a {EMAIL} per info.",
    "Email: {EMAIL_OBF}",
    "Chiamatemi al {PHONE}.",
    "Cellulare: {PHONE}",
    "Grazie {FIRST}! Bellissimo intervento.",
    "Ciao {FIRST}, ci sentiamo domani?",
    "Grazie mille, {FIRST}.",
    "Complimenti a {PERSON} per il nuovo ruolo!",
    "Con {PERSON} abbiamo chiuso il round di finanziamento.",
    "IBAN per il bonifico: {IBAN}",
    "Ordine {N_ORDER}, totale {N_PRICE}.",
    "Appuntamento il {N_DATE} alle {N_TIME}.",
    "Profilo: {URL}",
    "Lavora con noi: {N_URL_CAREERS}",
    "L'indirizzo {IPV4} è nella blacklist.",
    )
add("nl",
    "Mail me op {EMAIL}.",
    "Mijn mailadres: {EMAIL_OBF}",
    "Bel me op {PHONE}.",
    "Mobiel: {PHONE}",
    "Dank je wel, {FIRST}!",
    "Hoi {FIRST}, heb je even tijd?",
    "Bedankt {FIRST} voor de tip.",
    "Gefeliciteerd {PERSON} met de nieuwe baan!",
    "Samen met {PERSON} en {HANDLE} gaven we de training.",
    "Rekeningnummer: {IBAN}",
    "Bestelling {N_ORDER} van {N_PRICE} is nog niet binnen.",
    "Afspraak op {N_DATE} om {N_TIME}.",
    "Profiel: {URL}",
    "Vacatures: {N_URL_CAREERS}",
    )
add("pl",
    "Napisz do mnie: {EMAIL}",
    "Dziękuję, {FIRST}!",
    "Cześć {FIRST}, masz chwilę?",
    "Gratulacje dla {PERSON}!",
    "Numer konta: {IBAN}",
    "Zamówienie {N_ORDER}, cena {N_PRICE}.",
    "Mój profil: {URL}",
    "Telefon: {PHONE_ANY}",
    )
add("tr",
    "Bana {EMAIL} adresinden ulaşabilirsiniz.",
    "Teşekkürler {FIRST}!",
    "Merhaba {FIRST}, görüşebilir miyiz?",
    "{PERSON} ile birlikte yeni projeye başladık.",
    "IBAN: {IBAN}",
    "Sipariş {N_ORDER}, tutar {N_PRICE}.",
    "Profilim: {URL}",
    )
add("ru",
    "Пишите на {EMAIL}, отвечу сегодня.",
    "Почта: {EMAIL_OBF}",
    "Спасибо, {FIRST}!",
    "Привет, {FIRST}! Как дела с проектом?",
    "Большое спасибо {FIRST} за помощь.",
    "Поздравляем: {PERSON} — новый руководитель отдела!",
    "Докладчик — {PERSON}, очень рекомендую.",
    "Мой номер: {PHONE}",
    "Заказ {N_ORDER} на сумму {N_PRICE} так и не пришёл.",
    "Встреча {N_DATE} в {N_TIME}.",
    "Профиль: {URL}",
    "Атака шла с адреса {IPV4}.",
    "Обновили прошивку до {N_IP_VERSION}.",
    "Реквизиты: {IBAN}",
    "Вакансии: {N_URL_CAREERS}",
    "Вместе с {HANDLE} запускаем курс.",
    )
add("el",
    "Στείλτε μου email στο {EMAIL}.",
    "Ευχαριστώ, {FIRST}!",
    "Γεια σου {FIRST}, τα λέμε αύριο;",
    "Συγχαρητήρια, {PERSON}!",
    "Τηλέφωνο: {PHONE}",
    "Παραγγελία {N_ORDER}, ποσό {N_PRICE}.",
    "Προφίλ: {URL}",
    )
add("ar",
    "راسلوني على {EMAIL} من فضلكم.",
    "شكراً {FIRST}!",
    "مرحباً {FIRST}، هل لديك وقت غداً؟",
    "شكراً جزيلاً يا {FIRST} على المساعدة.",
    "مبروك لـ {PERSON} على المنصب الجديد!",
    "رقمي: {PHONE}",
    "الطلب {N_ORDER} بقيمة {N_PRICE} لم يصل بعد.",
    "حسابي: {URL}",
    "البريد:{EMAIL}",
    "الحساب البنكي: {IBAN}",
    )
add("he",
    "כתבו לי ל-{EMAIL}",
    "תודה, {FIRST}!",
    "היי {FIRST}, יש לך זמן מחר?",
    "כל הכבוד ל{PERSON} על הקידום!",
    "טלפון: {PHONE}",
    "הזמנה {N_ORDER} על סך {N_PRICE}.",
    "פרופיל: {URL}",
    )
add("hi",
    "मुझे {EMAIL} पर मेल करें।",
    "धन्यवाद, {FIRST}!",
    "नमस्ते {FIRST}, कल बात करें?",
    "Thanks {FIRST} ji, बहुत मदद मिली।",
    "{PERSON} को नई नौकरी की बधाई!",
    "मेरा नंबर {PHONE} है, WhatsApp भी इसी पर।",
    "Call me on {PHONE}, evening ke baad.",
    "ऑर्डर {N_ORDER}, कीमत {N_PRICE}।",
    "Profile: {URL}",
    "{HANDLE} bhai, slides share karo please!",
    "Order {N_ORDER} ka refund abhi tak nahi aaya, amount {N_PRICE}.",
    )
add("th",
    "ติดต่อได้ที่ {EMAIL} ครับ",
    "ขอบคุณ {FIRST} มากครับ",
    "ยินดีด้วยกับ {PERSON} ค่ะ",
    "โทร {PHONE}",
    "โปรไฟล์: {URL}",
    )
add("zh",
    "简历请发到{EMAIL}，谢谢！",
    "联系邮箱：{EMAIL}",
    "邮箱{EMAIL_FW}（请把＠换成半角）",
    "有问题请联系{CJK}，电话{PHONE}。",
    "感谢{CJK}老师的指导！",
    "{CJK_HON}今天的分享非常精彩。",
    "恭喜{CJK}获得最佳论文奖！",
    "谢谢{HANDLE}的帮助！",
    "我的手机号：{PHONE}",
    "订单号{N_ORDER}，金额{N_PRICE}。",
    "会议时间：{N_DATE} {N_TIME}",
    "个人主页：{URL}",
    "攻击来自{IPV4}，已封禁。",
    "招聘链接：{N_URL_CAREERS}",
    "版本{N_VERSION}已发布。",
    "和{CJK}、{CJK}一起参加了黑客松。",
    "报名表：{N_URL_FORM}",
    )
add("ja",
    "ご連絡は{EMAIL}までお願いします。",
    "メール：{EMAIL_OBF}",
    "連絡先{EMAIL_FW}",
    "{CJK_HON}、いつもありがとうございます。",
    "{CJK}さんの発表がとても良かったです。",
    "本日は{CJK}と{CJK}が登壇しました。",
    "電話番号：{PHONE}",
    "お問い合わせ：{PHONE}（平日10時〜18時）",
    "ありがとう、{HANDLE}さん！",
    "注文番号{N_ORDER}、金額{N_PRICE}。",
    "日時：{N_DATE} {N_TIME}",
    "プロフィール：{URL}",
    "採用情報：{N_URL_CAREERS}",
    "ファームウェア{N_IP_VERSION}に更新しました。",
    )
add("ko",
    "이메일은 {EMAIL}입니다.",
    "{CJK_HON} 감사합니다!",
    "{CJK}님 발표 정말 좋았어요.",
    "연락처: {PHONE}",
    "{HANDLE} 님 덕분에 해결했어요.",
    "주문번호 {N_ORDER}, 금액 {N_PRICE}",
    "프로필: {URL}",
    )
add("vi",
    "Liên hệ mình qua {EMAIL} nhé.",
    "Cảm ơn {PERSON} rất nhiều!",
    "Số điện thoại: {PHONE}",
    "Hồ sơ: {URL}",
    )
add("*",  # log lines, code, config: any language
    "sshd[{N_PID}]: Failed password for root from {IPV4} port 52114 ssh2",
    "X-Forwarded-For: {IPV4}, {N_IP_PRIVATE}",
    "listen {IPV6_PORT}; # edge node",
    "upstream api {{ server {N_IP_PRIVATE}:8080; server {IPV4_PORT}; }}",
    "AAAA record for the blog now points at {IPV6}.",
    "ping {IPV6} -> 38 ms, ping {N_V6} -> 0.04 ms",
    "Allowed: {IPV4_CIDR}, {N_IP_PRIVATE}, {N_IP_LOOPBACK}",
    "DNS: {N_IP_DOC} (doc range) vs {IPV4} (real)",
    "npm i {N_AT_NPM} --save-dev",
    "uses: {N_AT_GHA}",
    "{N_AT_JAVA} on the test class fixed it.",
    "{N_AT_PY}\nclass Settings: ...",
    "Contact-Card: {PERSON_LATIN} <{EMAIL}>",
    "From: {PERSON_LATIN} <{EMAIL}>",
    "{EMAIL}, {EMAIL}; {EMAIL}",
    )

# hard negatives for PERSON: [[...]] marks the span (member names collide, see make_members)
NEG_PERSON = {
    "org_name": [
        "I spent two summers interning at [[Morgan Stanley]] in the rates desk.",
        "[[Grant Thornton]] signed off on the audit last week.",
        "The deal was advised by [[Clifford Chance]] and a boutique firm.",
        "Nothing beats a [[Sara Lee]] cheesecake at 2 am.",
        "Bought a [[Hugo Boss]] suit for the interview, worth it.",
        "The [[Ralph Lauren]] flagship store on Madison Ave is closing.",
        "Our client list includes [[Charles Schwab]] and two insurers.",
        "Worked as a firmware engineer at [[Robert Bosch]] GmbH for five years.",
        "Microscopes from [[Carl Zeiss]] AG are in every lab here.",
        "Sale at [[John Lewis]] this weekend, stock up on cables.",
        "Ex-[[Merrill Lynch]] analyst turned data scientist.",
        "Picked up lunch at [[Marks Spencer]] Food on the way.",
        "Joined [[Ernst Young]]'s tax practice straight out of uni.",
        "The [[Tommy Hilfiger]] campaign used generated models.",
        "Audit by [[Arthur Andersen]] was the turning point of that scandal.",
        "She started a [[Mary Kay]] business on the side.",
        "Our team offsite is at [[Walt Disney]] World this year.",
        "Dress code: [[Paul Smith]] socks encouraged.",
        "Ich habe bei [[Robert Bosch]] in Stuttgart angefangen.",
        "J'ai fait mon stage chez [[Morgan Stanley]] à Paris.",
        "Trabajé en [[Grant Thornton]] como auditora junior.",
        "Il nuovo negozio [[Max Mara]] apre a Milano.",
        "Leaving [[Merrill Lynch]] after 12 years.",
        "[[Jack Wolfskin]] jackets are the unofficial uniform at our office.",
        "Our fashion-tech panel features buyers from [[Kate Spade]] and [[Jimmy Choo]].",
        "Ordered the [[Calvin Klein]] shirts in bulk for the booth.",
        "The [[Harvey Nichols]] rooftop bar was booked for the party.",
    ],
    "place_name": [
        "Relocating to [[Charlotte, NC]] next month — any tips?",
        "Our new office is near [[Stanley Park]] in Vancouver.",
        "Flights to [[Adelaide]] are cheaper in winter.",
        "Greetings from [[Florence, Italy]]!",
        "We're hiring in [[Austin, TX]] and remote.",
        "The meetup moves to [[Victoria, BC]] this year.",
        "Lunch by the lake in [[Grant Park]] after the conference.",
        "Race day in [[Albert Park]], Melbourne 🏎️",
        "Our data center in [[Savannah, GA]] had a power outage.",
        "Moving from [[Madison, WI]] to Berlin.",
        "Road trip: [[Alice Springs]] to Darwin.",
        "Coworking space in [[Beverly Hills]] is surprisingly affordable.",
        "Hello from [[Sydney]]! The harbour looks amazing today.",
        "Grüße aus [[Victoria Island]], Lagos!",
        "The team retreat is in [[Lourdes]] this year.",
        "Vivo en [[Valencia]] desde 2019.",
        "Just landed in [[Sofia]] for the DevOps conference.",
        "The [[Regent Park]] community centre hosts our coding club.",
        "Interview in [[Jackson, MS]] on Monday.",
        "Our Texas team sits in [[Houston]] and [[Dallas]].",
        "A walk along [[Martin Place]] before the pitch.",
        "Greetings from [[Kingston]], Jamaica!",
        "Bonjour de [[Paris]] ! Le salon VivaTech commence demain.",
        "Speaking at a conference in [[Lincoln, NE]] in May.",
        "The startup scene in [[Queen Anne]], Seattle is underrated.",
        "Day trip from Washington to [[Mount Vernon]].",
    ],
    "eponym": [
        "Implemented [[Dijkstra's algorithm]] for the routing service.",
        "Research funding for [[Alzheimer's disease]] is up this year.",
        "[[Murphy's law]] struck again during the demo.",
        "Classic [[Conway's law]]: our architecture mirrors the org chart.",
        "We used [[Fisher's exact test]] because the counts were tiny.",
        "[[Pearson correlation]] of 0.82 between the two metrics.",
        "Inter-annotator agreement ([[Cohen's kappa]]) was 0.71.",
        "A [[Kalman filter]] smooths the sensor data.",
        "That's a [[Nash equilibrium]] nobody likes.",
        "Modelled it as a [[Markov chain]] with 12 states.",
        "A [[Bloom filter]] in front of the cache saved 40% of lookups.",
        "[[Huffman coding]] is still a great interview topic.",
        "[[Lamport clocks]] explained in five minutes.",
        "Please send the [[Gantt chart]] by Friday.",
        "The [[Venn diagram]] of our users and theirs is a circle.",
        "[[Pareto principle]]: 20% of the tests catch 80% of the bugs.",
        "Postdoc position at the [[Max Planck]] Institute for Informatics.",
        "Heading to the [[Grace Hopper]] Celebration this fall!",
        "Happy [[Ada Lovelace]] Day to all the women in STEM.",
        "Fellow at the [[Alan Turing]] Institute since 2022.",
        "Applying for a [[Marie Curie]] fellowship this round.",
        "The [[Rosalind Franklin]] Institute opens a new lab.",
        "Seminar at the [[Isaac Newton]] Institute in Cambridge.",
        "Got an offer from [[Johns Hopkins]] University!",
        "[[Thomas Cook]] collapsed and stranded thousands of travellers.",
        "Flew into [[Nelson Mandela]] Bay for the summit.",
        "[[Occam's razor]]: the bug was a typo.",
        "Using [[Bayes' theorem]] to update our priors.",
        "[[Kruskal's algorithm]] vs Prim's for sparse graphs.",
        "[[Levenshtein distance]] is good enough for fuzzy dedup.",
        "A [[Fourier transform]] of the latency series shows a weekly cycle.",
        "[[Moore's law]] is slowing down, they say.",
        "[[Tukey's test]] after ANOVA showed no difference.",
        "Die [[Alexander Humboldt]]-Stiftung fördert das Projekt.",
        "Stipendium der [[Max Planck]]-Gesellschaft erhalten!",
        "[[Halley's comet]] returns in 2061.",
        "Deep brain stimulation for [[Parkinson's disease]].",
        "The [[Florence Nightingale]] award went to our nurse team.",
    ],
    "name_word": [
        "[[Will]] this scale to a million users?",
        "The [[grace]] period ends Friday, so [[will]] you renew?",
        "Payments have a 30-day [[grace]] period.",
        "Prices [[rose]] 4% in March.",
        "The [[June]] meetup is cancelled.",
        "We start at [[dawn]] to beat the heat.",
        "Who pays the [[bill]] for the cloud overrun?",
        "[[Mark]] your calendars: demo day is next week.",
        "I have [[faith]] in this team.",
        "[[Hope]] to see you all at the offsite!",
        "The [[joy]] of deleting legacy code.",
        "[[Summer]] internship applications are open.",
        "An [[amber]] warning for storms tomorrow.",
        "Upgraded to [[Ruby]] 3.3 and the tests got faster.",
        "My [[jade]] plant survived the move.",
        "She went to an [[Ivy]] League school.",
        "[[Holly]] and mistletoe at the office party.",
        "[[Hazel]] eyes, apparently, according to the passport.",
        "Thanks for the [[frank]] feedback.",
        "She [[drew]] the whole architecture on a napkin.",
        "[[Gene]] expression data from 400 samples.",
        "Don't [[chase]] vanity metrics.",
        "We drove 300 [[miles]] for the conference.",
        "Not a [[penny]] of VC money.",
        "A [[sunny]] day in Hamburg, finally.",
        "[[Crystal]] clear requirements, for once. Well, [[crystal]] clear-ish.",
        "The [[gift]] card expires next year.",
        "[[Sandy]] beaches and bad Wi-Fi.",
        "Real-time [[ray]] tracing on a laptop GPU.",
        "Set [[max]] connections to 200.",
        "Thanks! [[Will]] do.",
        "Thanks, [[will]] check tomorrow.",
        "Cheers, [[will]] send the invoice today.",
        "Hi all, [[hope]] you had a good weekend.",
        "Una [[luz]] al final del túnel.",
        "Los [[dolores]] de cabeza del despliegue.",
        "La [[pilar]] del puente necesita refuerzo.",
        "Das ist mein [[Ernst]], keine Ironie.",
        "Una serata [[serena]] dopo il lancio.",
        "Anno [[felice]] per il team!",
        "[[Вера]] в команду — это всё.",
        "[[Надежда]] умирает последней.",
        "[[Любовь]] к своему делу видна сразу.",
        "A string of pearls and a [[pearl]] of wisdom.",
        "[[Olive]] oil prices doubled.",
        "The [[iris]] scanner at the door is broken again.",
        "The [[brook]] behind the office floods every spring.",
        "Thank God it's Friday, [[rich]] people problems.",
        "[[Patience]] is key with legacy systems.",
        "Have [[mercy]] on the interns, [[mercy]] please.",
    ],
}

FILLER = {
    "en": ["Shipping beats perfect.", "Hot take: most dashboards are never opened.",
           "Three lessons from my first year as a manager.", "Anyone else at the conference this week?",
           "We doubled test coverage in a month.", "Grateful for this community.",
           "Remote work is not a perk, it's a policy.", "Still looking for a good note-taking app.",
           "Long thread below 🧵", "Any feedback welcome.", "Honest question:", "Quick update:",
           "Proud of the team.", "This took way longer than expected.", "Not sponsored, just a fan."],
    "de": ["Kurzes Update aus dem Team.", "Wer ist nächste Woche auch in Berlin?", "Feedback gern in die Kommentare.",
           "Danke an alle, die mitgemacht haben.", "Es war ein langer Weg."],
    "fr": ["Petit retour d'expérience.", "Qui sera au salon la semaine prochaine ?", "Vos avis sont les bienvenus.",
           "Belle journée à tous."],
    "es": ["Breve actualización.", "¿Alguien más en la conferencia?", "Se agradecen comentarios.", "Orgullosa del equipo."],
    "pt": ["Atualização rápida.", "Alguém mais no evento?", "Comentários são bem-vindos.", "Que semana!"],
    "it": ["Breve aggiornamento.", "Qualcuno alla conferenza?", "Feedback benvenuti."],
    "nl": ["Korte update.", "Wie is er volgende week ook?", "Feedback welkom."],
    "pl": ["Krótka aktualizacja.", "Kto będzie na konferencji?"],
    "tr": ["Kısa bir güncelleme.", "Geri bildirimlerinizi bekliyorum."],
    "ru": ["Небольшое обновление.", "Кто будет на конференции?", "Буду рад отзывам."],
    "el": ["Μια σύντομη ενημέρωση.", "Ποιος θα είναι στο συνέδριο;"],
    "ar": ["تحديث سريع.", "من سيحضر المؤتمر؟"],
    "he": ["עדכון קצר.", "מי מגיע לכנס?"],
    "hi": ["एक छोटा अपडेट।", "Kaun kaun aa raha hai meetup pe?"],
    "th": ["อัปเดตสั้นๆ ครับ"],
    "zh": ["简单更新一下。", "欢迎留言交流。", "这周很忙。"],
    "ja": ["近況報告です。", "コメント歓迎です。"],
    "ko": ["짧은 업데이트입니다.", "의견 환영합니다."],
    "vi": ["Cập nhật nhanh."],
}

LANGS = [("en", 30), ("de", 8), ("fr", 7), ("es", 6), ("pt", 5), ("it", 4), ("nl", 4), ("pl", 2),
         ("tr", 2), ("ru", 5), ("el", 1), ("ar", 3), ("he", 1), ("hi", 4), ("th", 1), ("zh", 6),
         ("ja", 5), ("ko", 2), ("vi", 1)]

SLOTS = {
    "EMAIL": g_email, "EMAIL_OBF": g_email_obf, "EMAIL_MAILTO": g_email_mailto, "EMAIL_FW": g_email_fw,
    "PHONE": g_phone, "PHONE_ANY": g_phone_any, "PHONE_TEL": g_phone_tel,
    "IPV4": g_ipv4, "IPV4_PORT": g_ipv4_port, "IPV4_CIDR": g_ipv4_cidr,
    "IPV6": g_ipv6, "IPV6_PORT": g_ipv6_port, "CARD": g_card, "IBAN": g_iban, "SSN": g_ssn,
    "URL": g_url, "HANDLE": g_handle, "PERSON": g_person, "PERSON_LATIN": g_person_latin,
    "PERSON_PLAIN": lambda c: [S(pick_member(c, ["latin"]).name, "PERSON")],
    "PERSON_POSS": g_person_poss, "FIRST_AGAIN": g_first_again, "FIRST": g_first,
    "CJK": g_cjk, "CJK_HON": g_cjk_hon,
    "N_DATE": n_date, "N_TIME": n_time, "N_PRICE": n_price, "N_ORDER": n_order, "N_TICKET": n_ticket,
    "N_ISBN": n_isbn, "N_VERSION": n_version, "N_PATENT": n_patent, "N_IP_PRIVATE": n_ip_private,
    "N_IP_LOOPBACK": n_ip_loopback, "N_IP_LINK_LOCAL": n_ip_link_local, "N_IP_DOC": n_ip_doc,
    "N_IP_RESERVED": n_ip_reserved, "N_IP_VERSION": n_ip_version, "N_V6": n_v6_nonglobal,
    "N_CARD_INVALID": n_card_invalid, "N_CARD_NOBRAND": n_card_nobrand, "N_IBAN_BAD": n_iban_bad,
    "N_IBAN_LEN": n_iban_len, "N_SSN_INVALID": n_ssn_invalid,
    "N_URL_COMPANY": lambda c: n_url(c, "url_company"), "N_URL_CAREERS": lambda c: n_url(c, "url_careers"),
    "N_URL_DOCS": lambda c: n_url(c, "url_docs"), "N_URL_PAPER": lambda c: n_url(c, "url_paper"),
    "N_URL_TICKET": lambda c: n_url(c, "url_ticket"), "N_URL_FORM": lambda c: n_url(c, "url_form"),
    "N_AT": n_at, "N_AT_NPM": n_at_ctx("NPM"), "N_AT_GHA": n_at_ctx("GHA"), "N_AT_JAVA": n_at_ctx("JAVA"),
    "N_AT_BCAST": n_at_ctx("BCAST"), "N_AT_CSS": n_at_ctx("CSS"), "N_AT_JDOC": n_at_ctx("JDOC"),
    "N_AT_PY": n_at_ctx("PY"), "N_AT_FILE": n_at_ctx("FILE"), "N_PID": lambda c: [T(str(c.rng.randint(100, 65000)))],
}
SLOT_RE = re.compile(r"\{\{|\}\}|\{([A-Z0-9_]+)\}")


def render(tpl, c):
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        pieces.append(T(tpl[pos:m.start()]))
        if m.group(1):
            pieces.extend(SLOTS[m.group(1)](c))
        else:
            pieces.append(T(m.group(0)[0]))
        pos = m.end()
    pieces.append(T(tpl[pos:]))
    return pieces


def render_neg(sent, cat):
    pieces = []
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", sent):
        pieces.append(T(sent[pos:m.start()]))
        pieces.append(N(m.group(1), cat))
        pos = m.end()
    pieces.append(T(sent[pos:]))
    return pieces


# hard-negative-only sentences, so every category gets enough instances
NEG_ONLY = {
    "en": ["Deadline {N_DATE}, {N_TIME} CET.", "Price dropped to {N_PRICE}.", "Order {N_ORDER} arrived broken.",
           "Ref. {N_TICKET} — escalated.", "ISBN {N_ISBN}", "Release {N_VERSION} is out.",
           "Granted as {N_PATENT}.", "gateway {N_IP_PRIVATE}", "{N_IP_LOOPBACK} localhost", "APIPA: {N_IP_LINK_LOCAL}",
           "example: {N_IP_DOC}", "netmask {N_IP_RESERVED}", "Updated {N_IP_VERSION} on all hosts.",
           "ULA prefix {N_V6}", "test card {N_CARD_INVALID}", "loyalty no. {N_CARD_NOBRAND}", "IBAN (invalid): {N_IBAN_BAD}",
           "account ref {N_IBAN_LEN}", "placeholder SSN {N_SSN_INVALID}", "{N_URL_COMPANY}", "{N_URL_CAREERS}",
           "{N_URL_DOCS}", "{N_URL_PAPER}", "{N_URL_TICKET}", "{N_URL_FORM}", "{N_AT_PY}\ndef load(): pass",
           "Call starts {N_TIME}, dial-in on the invite.", "Invoice total {N_PRICE} incl. VAT, due {N_DATE}.",
           "Case {N_TICKET} reopened on {N_DATE}.", "Patent family: {N_PATENT}, {N_PATENT}.",
           "Docker subnet {N_IP_PRIVATE} collides with the VPN.", "Link-local {N_V6} on eth0."],
}


def make_record(i, rng, members, bysc):
    lang = rng.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
    c = Ctx(rng, members, bysc, lang)
    r = rng.random()
    if lang == "en" and r < 0.2:
        kind = rng.choice(["headline", "about", "experience"])
        pool = TPL["en_profile"]
    else:
        kind = rng.choice(["post", "post", "comment", "comment", "reply", "about"])
        pool = TPL[lang]
    parts = []
    nsent = rng.choice([1, 1, 2, 2, 3, 4])
    used = set()
    for k in range(nsent):
        x = rng.random()
        if x < 0.55:
            t = rng.choice(pool)
            if t in used:
                t = rng.choice(pool)
            used.add(t)
            parts.append(render(t, c))
        elif x < 0.65:
            parts.append(render(rng.choice(TPL["*"]), c))
        elif x < 0.83:
            cat = rng.choice(list(NEG_PERSON))
            parts.append(render_neg(rng.choice(NEG_PERSON[cat]), cat))
        elif x < 0.93:
            parts.append(render(rng.choice(NEG_ONLY["en"]), c))
        else:
            parts.append([T(rng.choice(FILLER[lang]))])
    if kind == "about" and rng.random() < 0.3:
        parts.insert(0, [T(rng.choice(FILLER[lang]))])
    joiner = rng.choice([" ", " ", "\n", "\n\n", " · "])
    text = ""
    spans, negs = [], []
    for j, pl in enumerate(parts):
        if j:
            text += joiner
        for piece, kind_, lab in pl:
            if kind_ == "S":
                spans.append({"start": len(text), "end": len(text) + len(piece), "type": lab})
            elif kind_ == "N":
                negs.append({"start": len(text), "end": len(text) + len(piece), "category": lab})
            text += piece
    return {"id": "f%d" % i, "lang": lang, "kind": kind, "text": text, "spans": spans, "negatives": negs}


def template_count():
    return sum(len(v) for v in TPL.values()) + sum(len(v) for v in NEG_PERSON.values()) + \
        sum(len(v) for v in NEG_ONLY.values()) + sum(len(v) for v in FILLER.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count-templates", action="store_true")
    a = ap.parse_args()
    if a.count_templates:
        print(template_count())
        return
    rng = random.Random(a.seed)
    members = make_members(a.members, rng)
    bysc = {}
    for m in members:
        bysc.setdefault(m.script, []).append(m)
        if m.first:
            bysc.setdefault(m.script + "F", []).append(m)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1, a.records + 1):
            f.write(json.dumps(make_record(i, rng, members, bysc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
