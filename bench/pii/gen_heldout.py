#!/usr/bin/env python3
"""gen_heldout.py - the independent held-out PII corpus for `askfirst redact` (issue 3).

A second generator, written separately from gen_corpus.py and from the engine: its own member
directory (other name lists), its own templates, topics (hobbies, housing, health, volunteering,
games, music, parenting, travel), phrasings and value formats (00-prefixed international numbers,
tel: links, URL query strings and article paths, other IBAN countries, Amex 4-6-5 with spaces,
ISO timestamps, Chrome-style 4-part versions, ...), all within issue 3's definitions.  Same
output format as gen_corpus.py; score it with score.py.  Python 3 standard library only.

  gen_heldout.py --out DIR [--records N] [--members N] [--seed S]

Writes DIR/heldout.jsonl and DIR/members_heldout.jsonl.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import unicodedata
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import iban_mod97, luhn_ok, mod97  # noqa: E402

NB = "\u00a0"

# (written, romanised) first and last names per language; none of these lists is shared with
# bench/pii/names.py on purpose.
FN = {
    "en": "Tom,Lucy,Oliver,Harriet,George,Imogen,Jacob,Abigail,Liam,Zoe,Eugene,Regina,Madison,"
          "Lincoln,Beverly,Chelsea,Barbara,Sunny,Dawn,Crystal,Hunter,Chase,Pearl,June,April,Robin,"
          "Ivy,Iris,Ralph,Calvin,Hugo,Kate,Tommy",
    "de": "Jonas,Mia,Leon,Hannah,Finn,Emilia,Paul,Marie,Jannik,Leonie,Gerhard,Renate",
    "fr": "Élodie,Hugo,Manon,Antoine,Inès,Maxime,Clémence,Bastien,Solène,Aurélien",
    "es": "Carmen,Pablo,Marta,Diego,Elena,Sergio,Rocío,Víctor,Alba,Jesús",
    "pt": "Bruno,Larissa,Felipe,Gabriela,Rodrigo,Fernanda,André,Patrícia,Matheus,Jéssica",
    "it": "Sara,Marco,Elisa,Davide,Valentina,Simone,Alessia,Gabriele,Noemi,Riccardo",
    "nl": "Noor,Jesse,Fleur,Ruben,Isa,Lars,Roos,Stijn,Mila,Gijs",
    "hi": "Aarav,Diya,Vivaan,Saanvi,Aditya,Anika,Kabir,Riya,Yash,Tanvi",
    "ja": "明=akira,恵=megumi,拓也=takuya,彩=aya,隼人=hayato,真由美=mayumi,悠斗=yuto,千尋=chihiro",
    "zh": "明=ming,婷=ting,杰=jie,欣怡=xinyi,俊杰=junjie,思雨=siyu,建国=jianguo,佳琪=jiaqi",
    "ar": "حسن=hassan,زينب=zainab,علي=ali,رنا=rana,كريم=karim,هدى=huda,طارق=tariq,دينا=dina",
    "ru": "Павел=pavel,Мария=maria,Никита=nikita,Юлия=yulia,Андрей=andrey,Светлана=svetlana,"
          "Игорь=igor,Ирина=irina",
}
LN = {
    "en": "Harris,Clarke,Walker,Wright,Robinson,Lewis,Hall,Allen,King,Scott,Lauren,Klein,Boss,Spade,"
          "Hilfiger,Bayes,Kalman,Poisson,Markov,Fibonacci,Hodgkin",
    "de": "Braun,Krause,Werner,Lehmann,Schmitz,Meyer,Neumann,Schwarz,Zimmer,Böhm,Brandt,Günther",
    "fr": "Petit,Durand,Leroy,Roux,Morel,Fournier,Gauthier,Perrin,Clément,Brunet",
    "es": "Sánchez,Romero,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Serrano,Blanco",
    "pt": "Almeida,Lima,Costa,Rodrigues,Martins,Rocha,Barbosa,Teixeira,Mendes,Azevedo",
    "it": "Greco,Gallo,Costa,Fontana,Caruso,Rinaldi,Lombardi,Moretti,Barbieri,Giordano",
    "nl": "van Leeuwen,de Boer,Peters,Dekker,van der Meer,Brouwer,de Graaf,Kok,Prins,Koster",
    "hi": "Agarwal,Bhatt,Desai,Pillai,Rao,Saxena,Malhotra,Kapoor,Tiwari,Menon",
    "ja": "斎藤=saito,松本=matsumoto,井上=inoue,木村=kimura,林=hayashi,清水=shimizu,森=mori,池田=ikeda",
    "zh": "孙=sun,马=ma,朱=zhu,胡=hu,郭=guo,何=he,高=gao,林=lin,诸葛=zhuge",
    "ar": "الأحمد=alahmad,يوسف=yousef,الزهراني=alzahrani,شاهين=shaheen,عيسى=issa,البدوي=albadawi",
    "ru": "Васильев=vasiliev,Фёдоров=fedorov,Михайлов=mikhailov,Егоров=egorov,Павлов=pavlov,"
          "Семёнов=semenov,Марков=markov",
}
COLLIDE = ["Ralph Lauren", "Calvin Klein", "Hugo Boss", "Kate Spade", "Tommy Hilfiger",
           "Eugene Harris", "Regina King", "Madison Scott", "Lincoln Hall", "Beverly Allen",
           "Chelsea Walker", "Barbara Wright", "Sunny Lewis", "Dawn Clarke", "Crystal Robinson",
           "Hunter King", "Chase Allen", "Pearl Harris", "June Scott", "April Hall", "Robin Wright",
           "Ivy Walker", "Iris Clarke", "Tom Bayes", "Lucy Kalman", "Oliver Poisson",
           "George Markov", "Zoe Hodgkin", "Liam Fibonacci"]
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "hi", "ja", "zh", "ar", "ru"]
LW = [20, 9, 8, 8, 7, 6, 6, 8, 7, 7, 6, 8]


def parts(s):
    r = []
    for w in s.split(","):
        a, _, b = w.partition("=")
        r.append((a, b or None))
    return r


FNP = {k: parts(v) for k, v in FN.items()}
LNP = {k: parts(v) for k, v in LN.items()}


def ascii_fold(s):
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def roman(p):
    return p[1] or re.sub(r"[^a-z]", "", ascii_fold(p[0]).lower())


def build_members(n, seed):
    rng = random.Random(seed * 104729 + 17)
    out, seen = [], set()

    def add(f, l, lang):
        rf, rl = roman(f), roman(l)
        name = l[0] + f[0] if lang in ("ja", "zh") else f[0] + " " + l[0]
        base = rng.choice([rf + "." + rl, rf + rl, rf + "-" + rl, rl + rf[:2], rf + "." + rl[0],
                           "the" + rf + rl[:3]]).replace("-", "_") if rng.random() < 0.5 else \
            rng.choice([rf + rl, rf + "_" + rl[:4], rf[0] + rl])
        base = base.replace(".", "_")
        h, k = base, 0
        while h in seen:
            k += 1
            h = base + str(rng.randint(10, 999) if k < 5 else rng.randint(1000, 10 ** 7))
        seen.add(h)
        out.append({"user": "h%d" % (len(out) + 1), "name": name, "handle": h, "first": f[0],
                    "lang": lang, "rf": rf, "rl": rl})

    for nm in COLLIDE[:n]:
        f, l = nm.split(" ")
        add((f, None), (l, None), "en")
    while len(out) < n:
        lang = rng.choices(LANGS, LW)[0]
        add(rng.choice(FNP[lang]), rng.choice(LNP[lang]), lang)
    return out


# ------------------------------------------------------------------------------ values

def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def card_number(rng, good=True):
    kind = rng.randrange(5)
    if kind == 0:
        pre, ln = "4" + digits(rng, 5), 16
    elif kind == 1:
        pre, ln = str(rng.randint(510000, 559999)), 16
    elif kind == 2:
        pre, ln = str(rng.randint(222100, 272099)), 16
    elif kind == 3:
        pre, ln = rng.choice(["34", "37"]) + digits(rng, 4), 15
    else:
        pre, ln = rng.choice(["6011", "65" + digits(rng, 2), str(rng.randint(644, 649)) + "0"]), 16
    body = pre + digits(rng, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if not good:
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    st = rng.randrange(3)
    if ln == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in (0, 4, 8, 12)]
    return [num, " ".join(g), "-".join(g)][st]


# country: (length, bban pattern as 'n'/'a'/'c' string)
IB = {"BE": "n" * 12, "AT": "n" * 16, "CH": "n" * 5 + "c" * 12, "PL": "n" * 24,
      "IE": "aaaa" + "n" * 14, "PT": "n" * 21, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14,
      "FI": "n" * 14, "LU": "nnn" + "c" * 13, "GR": "n" * 7 + "c" * 16, "CZ": "n" * 20,
      "RO": "aaaa" + "c" * 16, "SA": "nn" + "c" * 18, "AE": "n" * 19, "TR": "n" * 6 + "c" * 16,
      "HU": "n" * 24}


def iban(rng, cc=None, good=True):
    cc = cc or rng.choice(sorted(IB))
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    b = "".join(rng.choice("0123456789" if p == "n" else alnum[:26] if p == "a" else alnum)
                for p in IB[cc])
    ck = 98 - mod97(b + cc + "00")
    if not good:
        ck = rng.choice([x for x in range(2, 99) if x != ck])
    s = cc + "%02d" % ck + b
    assert (iban_mod97(s) == 1) == good
    return s if rng.random() < 0.45 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(rng, good=True):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if not good:
        w = rng.randrange(5)
        a, g, s = ((0, g, s), (666, g, s), (rng.randint(900, 999), g, s), (a, 0, s), (a, g, 0))[w]
    sep = " " if rng.random() < 0.3 else "-"
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def global_v4(rng):
    while True:
        ip = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def nonglobal_v4(rng):
    nets = [("10.0.0.0/8", "ip_private"), ("172.16.0.0/12", "ip_private"),
            ("192.168.0.0/16", "ip_private"), ("127.0.0.0/8", "ip_loopback"),
            ("169.254.0.0/16", "ip_link_local"), ("192.0.2.0/24", "ip_documentation"),
            ("198.51.100.0/24", "ip_documentation"), ("203.0.113.0/24", "ip_documentation"),
            ("100.64.0.0/10", "ip_reserved"), ("240.0.0.0/4", "ip_reserved"),
            ("198.18.0.0/15", "ip_reserved"), ("192.0.0.0/24", "ip_reserved")]
    net, cat = rng.choice(nets)
    n = ipaddress.IPv4Network(net)
    return str(n[rng.randint(1, n.num_addresses - 2)]), cat


def global_v6(rng):
    while True:
        pre = rng.choice([0x2001, 0x2a01, 0x2a02, 0x2600, 0x2604, 0x2800, 0x2400, 0x2403, 0x2c0f])
        words = [pre, rng.randint(0, 0xffff)] + [rng.choice([0, rng.randint(0, 0xffff)])
                                                 for _ in range(6)]
        ip = ipaddress.IPv6Address(":".join("%x" % w for w in words))
        if ip.is_global:
            break
    st = rng.randrange(4)
    if st == 0:
        return ip.exploded
    if st == 1:
        return ip.compressed.upper()
    return ip.compressed


def nonglobal_v6(rng):
    return rng.choice(["fe80::%x:%x:%x:%x" % tuple(rng.randint(1, 0xffff) for _ in range(4)),
                       "fd%02x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "2001:db8:85a3::8a2e:370:%x" % rng.randint(1, 0xffff), "::1", "::",
                       "2001:0db8:0000:0000:0000:ff00:0042:%04x" % rng.randint(1, 0xffff)])


def phone(rng, cc):
    r = rng.randint
    D = lambda n: digits(rng, n)  # noqa: E731
    if cc == "US":
        a = rng.choice(["718", "917", "213", "310", "469", "503", "702", "808", "919"])
        e = str(r(200, 999)).replace("555", "556")
        l = D(4)
        return rng.choice(["+1 (%s) %s %s", "(%s)%s-%s", "001 %s %s %s", "%s/%s-%s",
                           "+1.%s.%s.%s"]) % (a, e, l)
    if cc == "CA":
        return rng.choice(["+1 (%s) %s-%s", "%s %s-%s"]) % (rng.choice(["647", "778", "905"]), r(200, 999), D(4))
    if cc == "UK":
        return rng.choice(["0044 %s %s %s" % ("7" + D(3), D(3), D(3)), "(+44) 7%s %s" % (D(3), D(6)),
                           "+44 (0)1%s %s %s" % (D(2), D(3), D(4)), "07%s-%s" % (D(3), D(6)),
                           "+44-20-%s-%s" % (D(4), D(4))])
    if cc == "DE":
        return rng.choice(["+49-30-%s" % D(7), "0049 %s %s" % (rng.choice(["171", "157", "162"]), D(7)),
                           "+49 (0) 40 %s %s" % (D(3), D(4)), "0228 / %s %s" % (D(3), D(3)),
                           "01%s %s %s" % (rng.choice(["57", "71", "62"]), D(3), D(4))])
    if cc == "FR":
        g = [D(2) for _ in range(4)]
        return rng.choice(["0033 %s %s" % (r(1, 7), " ".join(g)), "+33%s%s" % (r(6, 7), "".join(g)),
                           "0%s-%s" % (r(1, 5), "-".join(g)), "+33 (0) %s %s" % (r(6, 7), ".".join(g))])
    if cc == "IN":
        m = str(r(6, 9)) + D(9)
        return rng.choice(["+91 %s-%s" % (m[:5], m[5:]), "0091 %s %s" % (m[:5], m[5:]),
                           "+91-80-%s-%s" % (D(4), D(4)), "(+91) %s %s %s" % (m[:3], m[3:6], m[6:]),
                           "022 %s %s" % (D(4), D(4))])
    if cc == "BR":
        ddd = rng.choice([11, 12, 13, 19, 21, 22, 24, 27, 31, 32, 35, 41, 43, 47, 48, 51, 54, 61, 62,
                          67, 71, 73, 79, 81, 83, 85, 86, 91, 92, 95, 98])
        r = lambda lo, hi: ddd if (lo, hi) == (11, 99) else rng.randint(lo, hi)  # noqa: E731
        return rng.choice(["+55 (%d) 9 %s-%s" % (r(11, 99), D(4), D(4)), "0055 %d 9%s %s" % (r(11, 99), D(4), D(4)),
                           "(0%d) 3%s-%s" % (r(11, 99), D(3), D(4)), "+55%d9%s" % (r(11, 99), D(8))])
    if cc == "JP":
        return rng.choice(["+81-3-%s-%s" % (D(4), D(4)), "+81 80 %s %s" % (D(4), D(4)),
                           "(03) %s-%s" % (D(4), D(4)), "080-%s-%s" % (D(4), D(4)), "045-%s-%s" % (D(3), D(4))])
    if cc == "AU":
        return rng.choice(["+61 (0)2 %s %s" % (D(4), D(4)), "04%s %s %s" % (D(2), D(3), D(3)),
                           "+61 4%s %s %s" % (D(2), D(3), D(3)), "(03) %s %s" % (D(4), D(4))])
    if cc == "CN":
        return rng.choice(["+86 21 %s %s" % (D(4), D(4)), "+86-1%d%s-%s-%s" % (r(3, 8), D(1), D(4), D(4)),
                           "1%d%s-%s-%s" % (r(3, 8), D(1), D(4), D(4)), "0086 10 %s %s" % (D(4), D(4))])
    if cc == "ES":
        return rng.choice(["+34 93 %s %s %s" % (D(3), D(2), D(2)), "0034 6%s %s %s" % (D(2), D(3), D(3)),
                           "6%s-%s-%s" % (D(2), D(3), D(3)), "(+34) 91%s%s" % (D(3), D(4))])
    if cc == "IT":
        return rng.choice(["+39 02 %s %s" % (D(4), D(4)), "0039 3%s %s %s" % (D(2), D(3), D(4)),
                           "3%s/%s" % (D(2), D(7)), "+39-06-%s-%s" % (D(4), D(4))])
    if cc == "NL":
        return rng.choice(["+31 (0)10 %s %s" % (D(3), D(4)), "0031 6 %s %s" % (D(4), D(4)),
                           "06 - %s %s" % (D(4), D(4)), "(010) %s %s" % (D(3), D(4))])
    if cc == "NG":
        return rng.choice(["+234 1 %s %s" % (D(3), D(4)), "+234-80%d-%s-%s" % (r(2, 9), D(3), D(4)),
                           "0%d0 %s %s" % (r(7, 9), D(4), D(4)), "234%d0%s" % (r(7, 9), D(8)) if False else
                           "+234 90%d %s %s" % (r(1, 9), D(3), D(4))])
    if cc == "E164":  # country code + a national number of that country's usual length
        cc_, lead, n = rng.choice([("49", "15", 9), ("49", "30", 8), ("44", "7", 9), ("33", "6", 8),
                                   ("34", "6", 8), ("39", "3", 9), ("31", "6", 8), ("61", "4", 8),
                                   ("81", "90", 8), ("86", "13", 9), ("91", "9", 9), ("55", "119", 8),
                                   ("234", "80", 8), ("7", "9", 9), ("90", "5", 9), ("82", "10", 8),
                                   ("972", "5", 8)])
        return "+" + cc_ + lead + D(n)
    raise KeyError(cc)


CCS = {"en": "US CA UK AU NG E164", "de": "DE DE E164", "fr": "FR FR E164", "es": "ES ES",
       "pt": "BR BR E164", "it": "IT IT", "nl": "NL NL E164", "hi": "IN IN IN",
       "ja": "JP JP", "zh": "CN CN", "ar": "E164 UK FR", "ru": "E164 DE"}


def neg(rng, cat):
    r = rng.randint
    if cat == "date":
        return rng.choice(["%d/%02d/%02d" % (r(2010, 2026), r(1, 12), r(1, 28)),
                           "%02d-%02d-%d" % (r(1, 28), r(1, 12), r(2010, 2026)),
                           "%d-%02d-%02dT%02d:%02d:%02dZ" % (r(2019, 2026), r(1, 12), r(1, 28), r(0, 23), r(0, 59), r(0, 59)),
                           "%d.%02d." % (r(1, 28), r(1, 12)), "%d年%d月%d日" % (r(2010, 2026), r(1, 12), r(1, 28))])
    if cat == "time":
        return rng.choice(["%d:%02d pm" % (r(1, 11), r(0, 59)), "%02d.%02d Uhr" % (r(8, 22), r(0, 59)),
                           "%02d:%02d–%02d:%02d" % (r(8, 12), 0, r(13, 18), 30), "T+%02d:%02d:%02d" % (r(0, 9), r(0, 59), r(0, 59))])
    if cat == "price":
        return rng.choice(["USD %s" % "{:,}".format(r(100, 999999)), "%s EUR" % "{:,}".format(r(1000, 99999)).replace(",", "."),
                           "¥ %s" % "{:,}".format(r(1000, 9999999)), "Rs. %s" % "{:,}".format(r(1000, 999999)),
                           "CHF %d.–" % r(10, 9999), "%d,%02d zł" % (r(10, 9999), r(0, 99))])
    if cat == "order_number":
        return rng.choice(["%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)), "RE-%d-%05d" % (r(2019, 2026), r(1, 99999)),
                           "PO 45000%s" % digits(rng, 5), "1Z%s" % "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(16)),
                           "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4))])
    if cat == "ticket_number":
        return rng.choice(["SR 1-%s" % digits(rng, 10), "#%d" % r(10000, 999999), "PROJ-%d" % r(100, 99999),
                           "%s-%s" % (digits(rng, 6), digits(rng, 6))])
    if cat == "isbn":
        b = digits(rng, 9)
        c = sum((10 - i) * int(x) for i, x in enumerate(b)) % 11
        c = (11 - c) % 11
        return "%s-%s-%s-%s" % (b[0], b[1:4], b[4:9], "X" if c == 10 else c)
    if cat == "version":
        return rng.choice(["iOS %d.%d.%d" % (r(14, 18), r(0, 6), r(1, 3)), "Python %d.%d.%d" % (3, r(8, 13), r(0, 12)),
                           "v%d.%d" % (r(0, 9), r(0, 99)), "Android %d" % r(10, 15), "%d.%d.%d.%d-beta" % (r(1, 5), r(0, 9), r(0, 9), r(0, 99))])
    if cat == "ip_version":
        return "%d.%d.%d.%d" % (r(100, 130), 0, r(1000, 6999), r(10, 200)) if rng.random() < 0.5 else \
            "%d.%d.%d.%d" % (r(1, 9), r(0, 40), r(0, 9), r(100, 250))
    if cat == "patent":
        return rng.choice(["U.S. Pat. No. %s" % "{:,}".format(r(8000000, 12000000)),
                           "DE 10 20%d %s %s A1" % (r(15, 24), digits(rng, 3), digits(rng, 3)),
                           "JP 20%d-%s A" % (r(10, 24), digits(rng, 6)), "CN 1%s A" % digits(rng, 8)])
    raise KeyError(cat)


NEG_URLS = {
    "url_company": ["https://www.tesla.com/de_de", "https://www.linkedin.com/company/tesla-motors/",
                    "https://www.ikea.com", "www.patagonia.com", "https://www.xing.com/pages/sap"],
    "url_careers": ["https://www.tesla.com/careers/search/job/%d", "https://jobs.ashbyhq.com/notion/%d",
                    "https://apply.workable.com/hopper/j/%d/", "https://jobs.sap.com/job/%d"],
    "url_docs": ["https://docs.rs/regex/latest/regex/", "https://man7.org/linux/man-pages/man7/regex.7.html",
                 "https://www.postgresql.org/docs/16/index.html", "https://nodejs.org/api/fs.html"],
    "url_paper": ["https://www.nature.com/articles/s41586-021-%05d-2", "https://dl.acm.org/doi/10.1145/%d",
                  "https://www.biorxiv.org/content/10.1101/2020.01.%d", "https://pubmed.ncbi.nlm.nih.gov/%d/"],
    "url_ticket": ["https://www.ticketmaster.com/event/%d", "https://ti.to/pyconde/%d",
                   "https://pretix.eu/conf/%d/", "https://www.eventim.de/event/%d/"],
    "url_form": ["https://forms.office.com/r/Ab%d", "https://airtable.com/shr%d",
                 "https://form.jotform.com/%d", "https://survey.alchemer.com/s3/%d/feedback"],
}


def neg_url(rng, cat):
    u = rng.choice(NEG_URLS[cat])
    return u % rng.randint(1000, 99999999) if "%d" in u else u.replace("%05d", "%05d" % rng.randint(0, 99999))


ORG = ["Ralph Lauren", "Calvin Klein", "Hugo Boss", "Kate Spade", "Tommy Hilfiger", "Philip Morris",
       "Louis Vuitton", "Arthur Andersen"]
PLACE = [("Eugene", ", Oregon"), ("Regina", ", Saskatchewan"), ("Madison", ", WI"),
         ("Lincoln", ", Nebraska"), ("Beverly", " Hills"), ("Chelsea", ", London")]
EPON = [("Bayes", "' theorem"), ("Kalman", " filter"), ("Poisson", " distribution"),
        ("Markov", " chain"), ("Fibonacci", " sequence"), ("Hodgkin", " lymphoma")]
WORDS = {"sunny": "Sunny Lewis", "dawn": "Dawn Clarke", "crystal": "Crystal Robinson",
         "hunter": "Hunter King", "chase": "Chase Allen", "pearl": "Pearl Harris", "June": "June Scott",
         "April": "April Hall", "robin": "Robin Wright", "ivy": "Ivy Walker", "iris": "Iris Clarke"}


def profile(rng, m):
    h = m["handle"]
    site = rng.randrange(9)
    if site == 0:
        return rng.choice(["http://linkedin.com/in/%s", "https://www.LinkedIn.com/in/%s/?locale=de_DE",
                           "https://uk.linkedin.com/in/%s/", "linkedin.com/in/%s/details/experience/"]) % h.replace("_", "-")
    if site == 1:
        return rng.choice(["https://github.com/%s?tab=repositories", "http://github.com/%s/",
                           "https://GitHub.com/%s"]) % h
    if site == 2:
        return rng.choice(["https://x.com/%s/status/%d" % (h, rng.randint(10 ** 17, 10 ** 18)),
                           "https://twitter.com/%s/" % h, "x.com/%s?s=21" % h])
    if site == 3:
        return "https://medium.com/@%s/%s-%x" % (h, rng.choice(["why-i-left", "notes-on-rust", "hiring-tips"]),
                                                  rng.randint(0x100000000, 0xfffffffff))
    if site == 4:
        return "bsky.app/profile/%s.bsky.social" % h.replace("_", "")
    if site == 5:
        return "https://%s.substack.com/p/%s" % (h.replace("_", ""), rng.choice(["week-12", "on-burnout", "hello"]))
    if site == 6:
        return "https://calendly.com/%s/%s" % (h.replace("_", "-"), rng.choice(["15min", "coffee-chat", "office-hours"]))
    if site == 7:
        return rng.choice(["https://askfirst.example/u/%s/", "http://askfirst.example/u/%s", "askfirst.example/u/%s"]) % h
    return "https://www.linkedin.com/in/%s-%d" % (h.replace("_", "-"), rng.randint(10, 9999))


DOMS = ["posteo.de", "mailbox.org", "fastmail.com", "hey.com", "pm.me", "laposte.net", "alice.it",
        "seznam.cz", "naver.com", "sina.com", "yahoo.com.br", "btinternet.com", "xs4all.nl"]
WORKD = ["stud.uni-heidelberg.de", "mail.mcgill.ca", "greenfield-coop.org", "ops.fintrack.eu",
         "lab.riken.jp", "kitchen-collective.nl"]


def email(rng, m, kind):
    loc = rng.choice([m["rf"] + "." + m["rl"], m["rf"][0] + m["rl"], m["rl"] + "-" + m["rf"],
                      m["rf"] + "_" + str(rng.randint(70, 99)), m["rf"] + "+" + rng.choice(["news", "cv", "x"])])
    if kind == "role":
        return rng.choice(["volunteers", "booking", "office", "kontakt", "support", "admissions",
                           "presse", "rh"]) + "@" + rng.choice(WORKD)
    if kind == "obf":
        d = rng.choice(DOMS)
        host, tld = d.rsplit(".", 1)
        return rng.choice(["%s [AT] %s [DOT] %s" % (loc.split("+")[0], host, tld), "%s (at) %s" % (loc.split("+")[0], d),
                           "%s[at]%s[dot]%s" % (loc.split("+")[0], host, tld), "%s (AT) %s (DOT) %s" % (loc.split("+")[0], host, tld)])
    return loc + "@" + rng.choice(WORKD if kind == "work" else DOMS)


# ------------------------------------------------------------------------------ templates
# <P> full name, <P2>, <F> first name in a greeting/thanks, <H> <H2> @handle, <E> <E:role|work|obf|
# md|paren> e-mail, <T> <T:CC> phone, <T:tel> "tel:" link, <4> <4:port> IPv4, <6> <6:zone> IPv6,
# <C> card, <I> <I:CC> IBAN, <S> SSN, <U> profile URL, <X:cat> hard negative, <O> org, <L> place,
# <Y> eponym, <Wword> member-name word, <A> "@"-not-a-handle, <Q> possessive full name.

TP = {
    "en": [
        ("post", "Trail report: summit by 10am, back by <X:time>. Shout-out to <P> and <P2> for carrying the stove. Photos on <U>."),
        ("post", "Subletting my room in <L> from <X:date>, <X:price>/month. Text <T> (no calls after 9) or email <E>."),
        ("comment", "Cheers, <F> - that recipe saved my dinner party!"),
        ("comment", "Many thanks <F>, the daycare tips were gold."),
        ("post", "Volunteer drive this Saturday! Sign-ups: <E:role> or ping <H>. Questions for the organiser (<P>) at <T>."),
        ("about", "Nurse practitioner turned health-tech PM. Writing at <U> · calendar <U> · <E:paren>"),
        ("experience", "Clinical informatics lead, St. Mary's (2015–2021). Reported to <P>; rolled out <X:version> of the EHR."),
        ("headline", "Jazz pianist & music teacher — bookings via <U>"),
        ("post", "Guild raid tonight <X:time>. Voice server moved to <4:port>, backup <6>. Don't use the old <X4> address."),
        ("comment", "The <Y> explained in 5 minutes by <P>. Worth your time."),
        ("post", "Anyone else worked at <O>? I'm interviewing there on <X:date>."),
        ("comment", "<Wcrystal> clear explanation, thank you <F>!"),
        ("post", "Up at <Wdawn> for the bird count: a <Wrobin>, two jays and a heron. Report form: <XU:url_form>."),
        ("comment", "<WJune> meetup moved to <WApril>? Who decided that?"),
        ("post", "My landlord wants my SSN (<S>) and bank details (<I>) before the viewing. Red flag? Reference <X:order_number>."),
        ("post", "PSA from the tenants' union: <X:ssn_bad> is not a real SSN, and neither is anything starting with 9xx like <X:ssn_bad>."),
        ("comment", "Paid the deposit with <C>, got charged twice (<X:price>). Ticket <X:ticket_number>."),
        ("post", "The <Wsunny> weather brought everyone out. Mixing desk firmware <X:ip_version> finally stable."),
        ("post", "Our mesh network logs: peer <4> (public) and <X4> (LAN), plus <6:zone> link-local ignored."),
        ("comment", "cc <H> <H2> - can you two check the <Wivy> on the fence before <X:date>?"),
        ("post", "Reading group: <X:isbn> this month, led by <P>. RSVP <XU:url_ticket>."),
        ("comment", "Loved <Q> set at the open mic!"),
        ("post", "Markdown test: [write to me](<E:md>) or call <T:tel>."),
        ("post", "Fundraiser: <I> or card <C>. Receipts from <E:role>. Invalid: <X:card_bad>, <X:iban_bad>."),
        ("about", "Volunteer coordinator. Reach me at <E:obf> or <T>. Org page: <XU:url_company>."),
        ("post", "Patent <X:patent> (with <P>) covers our seed-sorting jig. Docs: <XU:url_docs>."),
        ("comment", "Use <A> only for outages please. Owner is <H>."),
        ("post", "Moved from <L> to Leeds. New mobile: <T:UK>. Old number <T:US> no longer works."),
        ("comment", "Hey <F>, did you get my message about the puppy class?"),
        ("post", "Paper from our lab: <XU:url_paper> (first author <P>). Careers: <XU:url_careers>."),
        ("post", "IPv6 check: <6> answers ping, <X6> is just the doc prefix."),
        ("comment", "Cheers <F>!! See you at the <Wchase> scene rehearsal."),
    ],
    "de": [
        ("post", "Wanderung am Wochenende: Treffpunkt <X:time>, Kontakt <P> unter <T>. Fotos folgen auf <U>."),
        ("comment", "Vielen Dank, <F>! Das Rezept probiere ich aus."),
        ("post", "WG-Zimmer frei ab <X:date>, Miete <X:price>. Melden bei <E> oder <T:DE>."),
        ("about", "Hebamme in Leipzig. Termine: <U>. Mail: <E:obf>"),
        ("post", "Spendenkonto des Vereins: <I:AT>, Stichwort Sommerfest. Rückfragen an <E:role>."),
        ("comment", "Moin <F>, schick mir die Liste gern an <E>."),
        ("experience", "Ehrenamtliche Trainerin beim TSV (2012–2020), gemeinsam mit <P>."),
        ("post", "Router-Log: externer Zugriff von <4>, intern <X4>. Firmware <X:version>."),
    ],
    "fr": [
        ("post", "Colocation à Lyon dispo le <X:date>, <X:price> charges comprises. Appelez <T:FR> ou écrivez à <E>."),
        ("comment", "Merci beaucoup <F> pour la recette !"),
        ("about", "Bénévole aux Restos du Cœur. Contact : <E:obf> · <U>"),
        ("post", "Adhésion au club : virement sur <I:LU> ou carte <C>. Questions à <H>."),
        ("comment", "Salut <F>, tu peux m'appeler au <T:FR> ?"),
        ("experience", "Infirmière au CHU de Nantes (2016–2022), cadre : <P>."),
        ("post", "Lecture du mois : ISBN <X:isbn>, animée par <P>. Inscription : <XU:url_form>"),
    ],
    "es": [
        ("post", "Alquilo piso en Valencia desde el <X:date>, <X:price>. WhatsApp <T:ES>, correo <E>."),
        ("comment", "¡Muchas gracias, <F>! Me encantó la receta."),
        ("about", "Entrenadora de fútbol infantil. Contacto: <E:obf>, <U>"),
        ("post", "Donaciones para el comedor: <I:PT> o <I:SE>. Gracias a <P> por organizar."),
        ("comment", "Hola <F>, ¿me pasas el horario a <E>?"),
        ("experience", "Voluntaria en Cruz Roja (2014–2019) con <P2> y <P>."),
    ],
    "pt": [
        ("post", "Trilha no domingo, saída <X:time>. Falar com <P> no <T:BR>. Fotos: <U>"),
        ("comment", "Valeu, <F>! Receita aprovada aqui em casa."),
        ("about", "Professora de violão em Recife. Agenda: <U>. E-mail: <E:obf>"),
        ("post", "Aluguel a partir de <X:date>, <X:price>. Contato <E> ou <T:BR>."),
        ("comment", "Oi <F>, me chama no <T:BR> depois das 18h."),
    ],
    "it": [
        ("post", "Escursione sabato, ritrovo <X:time>. Info da <P> al <T:IT>. Foto su <U>."),
        ("comment", "Grazie mille <F>! Ricetta perfetta."),
        ("about", "Maestra di pianoforte a Bologna. Scrivimi: <E:obf> · <U>"),
        ("post", "Quota associativa su <I:CH> o <I:GR>. Domande a <E:role>."),
        ("comment", "Ciao <F>, mi mandi il volantino a <E>?"),
    ],
    "nl": [
        ("post", "Fietstocht zondag, start <X:time>. Bel <P> op <T:NL>. Foto's: <U>"),
        ("comment", "Dank je wel, <F>! Heerlijk recept."),
        ("about", "Vrijwilliger bij de voedselbank. Mail <E:obf> of plan via <U>."),
        ("post", "Huur vanaf <X:date>, <X:price> p/m. Reageren via <E> of <T:NL>."),
        ("comment", "Hoi <F>, kun je me <T:NL> terugbellen?"),
    ],
    "hi": [
        ("post", "Sunday trek ka plan hai, <X:time> pe milte hain. <P> ko call karo <T:IN>. Photos <U> pe."),
        ("comment", "Shukriya <F>! Recipe ekdum mast thi."),
        ("about", "Music teacher, Jaipur. Classes ke liye <E:obf> ya <U>."),
        ("post", "Flat rent pe dena hai, <X:price> per month, <X:date> se. Contact <E> / <T:IN>."),
        ("comment", "बहुत बहुत धन्यवाद <F>! <H> ne bhi help kiya."),
        ("experience", "NGO volunteer (2017–2021), <P> ke saath education drive."),
    ],
    "ja": [
        ("post", "週末のハイキング、集合は<X:time>です。幹事は<P>さん（<T:JP>）。写真は<U>に。"),
        ("comment", "<P>さん、レシピありがとうございます！"),
        ("about", "京都のピアノ講師です。ご連絡は<E>まで。予約：<U>"),
        ("post", "部屋を貸します。<X:date>から、<X:price>。連絡先：<T:JP>、メール<E>。"),
        ("comment", "<P>さんと<P2>さん、お疲れ様でした！"),
    ],
    "zh": [
        ("post", "周末徒步，<X:time>集合，联系人<P>，电话<T:CN>。照片见<U>。"),
        ("comment", "感谢<P>的分享！"),
        ("about", "上海钢琴老师，邮箱<E>，预约<U>"),
        ("post", "房间出租，<X:date>起，月租<X:price>，联系<T:CN>或邮件<E>。"),
        ("comment", "<P>和<P2>辛苦了！"),
    ],
    "ar": [
        ("post", "رحلة مشي يوم الجمعة، التجمع <X:time>. المنظم <P>، هاتف <T>. الصور على <U>"),
        ("comment", "شكراً جزيلاً يا <F>! الوصفة رائعة."),
        ("about", "معلمة موسيقى في عمّان. البريد<E> والحجز عبر <U>"),
        ("post", "للتبرع: <I:SA> أو <I:AE>. شكراً <P> على التنظيم."),
    ],
    "ru": [
        ("post", "Поход в субботу, сбор в <X:time>. Организатор — <P>, телефон <T>. Фото: <U>"),
        ("comment", "Спасибо большое, <F>! Рецепт отличный."),
        ("about", "Преподаю фортепиано в Казани. Почта <E:obf>, запись <U>."),
        ("post", "Сдаю комнату с <X:date>, <X:price>. Пишите на почту<E>или звоните <T:E164>."),
        ("comment", "<P>, <P2> — спасибо за помощь с переездом!"),
    ],
}
# glued-to-script e-mail templates (Korean/Thai/Hebrew text around the address)
TP["en"] += [
    ("comment", "메일은<E>으로 보내주세요"),
    ("comment", "ติดต่อได้ที่<E>ครับ"),
    ("comment", "כתבו לי ל<E>תודה"),
]
KW = {"post": 4, "comment": 4, "about": 2, "experience": 1, "headline": 1}
TOK = re.compile(r"<([A-Z]+[0-9]?|W[A-Za-z]+|[46]|X[46U]?)(?::([A-Za-z_0-9]+))?>")


def render(rng, lang, tpl, ms, directory):
    parts, spans, negs = [], [], []
    n = 0

    def put(s, typ=None, cat=None):
        nonlocal n
        if typ:
            spans.append({"start": n, "end": n + len(s), "type": typ})
        if cat:
            negs.append({"start": n, "end": n + len(s), "category": cat})
        parts.append(s)
        n += len(s)

    last = 0
    for mo in TOK.finditer(tpl):
        put(tpl[last:mo.start()])
        last = mo.end()
        k, a = mo.group(1), mo.group(2)
        m = ms[1] if k.endswith("2") else ms[0]
        if k in ("P", "P2"):
            put(m["name"], "PERSON")
        elif k == "Q":
            put(m["name"], "PERSON")
            put("’s" if rng.random() < 0.5 else "'s")
        elif k == "F":
            put(m["first"], "PERSON")
        elif k in ("H", "H2"):
            put("@" + m["handle"], "HANDLE")
        elif k == "E":
            kind = a if a in ("role", "work", "obf") else rng.choice(["personal", "personal", "work"])
            e = email(rng, m, kind)
            if a == "md":
                put("mailto:", cat="mailto")
                put(e, "EMAIL")
            elif a == "paren":
                put("(")
                put(e, "EMAIL")
                put(")")
            else:
                put(e, "EMAIL")
        elif k == "T":
            if a == "tel":
                put("tel:", None)
                put(phone(rng, "E164"), "PHONE")
            else:
                p = phone(rng, a or rng.choice(CCS[lang].split()))
                if rng.random() < 0.1:
                    p = p.replace(" ", NB)
                put(p, "PHONE")
        elif k == "4":
            put(global_v4(rng), "IPV4")
            if a == "port":
                put(":%d" % rng.choice([25565, 64738, 9987, 27015]))
        elif k == "6":
            if a == "zone":
                v = nonglobal_v6(rng)
                put(v, cat="ipv6_nonglobal")
                put("%wlan0")
            else:
                put(global_v6(rng), "IPV6")
        elif k == "X4":
            v, cat = nonglobal_v4(rng)
            put(v, cat=cat)
            if rng.random() < 0.3:
                put("/%d" % rng.choice([8, 12, 16, 24]))
        elif k == "X6":
            put(nonglobal_v6(rng), cat="ipv6_nonglobal")
        elif k == "XU":
            put(neg_url(rng, a), cat=a)
        elif k == "X":
            if a == "ssn_bad":
                put(ssn(rng, False), cat="ssn_invalid")
            elif a == "card_bad":
                put(card_number(rng, False), cat="card_luhn_invalid")
            elif a == "iban_bad":
                put(iban(rng, None, False), cat="iban_bad_check")
            else:
                put(neg(rng, a), cat=a)
        elif k == "C":
            put(card_number(rng), "CREDIT_CARD")
        elif k == "I":
            put(iban(rng, a), "IBAN")
        elif k == "S":
            put(ssn(rng), "US_SSN")
        elif k == "U":
            put(profile(rng, m), "URL")
        elif k == "O":
            put(rng.choice(ORG), cat="org_name")
        elif k == "L":
            p, rest = rng.choice(PLACE)
            put(p, cat="place_name")
            put(rest)
        elif k == "Y":
            p, rest = rng.choice(EPON)
            put(p, cat="eponym")
            put(rest)
        elif k.startswith("W"):
            put(k[1:], cat="name_word")
        elif k == "A":
            v = rng.choice(["@media", "@import", "actions/checkout@v4", "logo@2x.png", "npm i left-pad@latest",
                            "@all", "@scope/utils"])
            if "@" == v[0]:
                put(v, cat="at_not_handle")
            else:
                i = v.index("@")
                j = v.find(".", i) if v.endswith(".png") else len(v)
                put(v[:i])
                put(v[i:j], cat="at_not_handle")
                put(v[j:])
        else:
            raise KeyError(k)
    put(tpl[last:])
    return "".join(parts), spans, negs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="bench/out/pii")
    ap.add_argument("--records", type=int, default=6000)
    ap.add_argument("--members", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed * 31337 + 5)
    mem = build_members(max(a.members, len(COLLIDE)), a.seed)
    with open(os.path.join(a.out, "members_heldout.jsonl"), "w", encoding="utf-8") as f:
        for m in mem:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    pools = {}
    for i, m in enumerate(mem[len(COLLIDE):], len(COLLIDE)):
        pools.setdefault(m["lang"], []).append(i)
    special = {m["name"]: m for m in mem[:len(COLLIDE)]}
    items = [(lg, k, t) for lg in LANGS for k, t in TP[lg]]
    w = [LW[LANGS.index(lg)] * KW[k] / len(TP[lg]) * (3 if re.search("<[CIS6]", t) else 1)
         for lg, k, t in items]
    with open(os.path.join(a.out, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1, a.records + 1):
            lang, kind, tpl = rng.choices(items, w)[0]
            pool = pools.get(lang) or pools["en"]
            if rng.random() < 0.15:
                pool = pools[rng.choice(["en", "de", "fr", "es", "it"])]
            ms = [mem[rng.choice(pool)], mem[rng.choice(pool)]]
            while ms[1]["name"] == ms[0]["name"]:
                ms[1] = mem[rng.choice(pool)]
            if "<F>" in tpl and rng.random() < 0.25:
                ms[0] = special[rng.choice(list(WORDS.values()) + ["Eugene Harris", "Madison Scott"])]
            text, spans, negs = render(rng, lang, tpl, ms, mem)
            f.write(json.dumps({"id": "h%d" % i, "lang": lang, "kind": kind, "text": text,
                                "spans": spans, "negatives": negs}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
