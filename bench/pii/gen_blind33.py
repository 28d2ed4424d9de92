#!/usr/bin/env python3
"""gen_blind33.py - the 37th labelled PII test corpus: long-form writing.

Written BLIND on 2026-11-30 from issue 3 (the product's definition of personal data, its
"not this" column and its targets) and bench/pii/score.py (the gold format and scoring) only:
no engine code, no other corpus generator and no redactor output was looked at, and nothing
here was tuned against the engine.

Theme: long-form writing, records of 600 to 3000 characters - articles and newsletters posted
on a professional network, recommendation letters, case studies, interview transcripts
("Q:" / "A:" with the speakers' names), conference speaker bios, event reports, award
announcements, team retrospectives, obituaries and tributes, book and paper reviews.  A member
is introduced in full and referred to again by first name, by family name with a title
("Dr. Weber" -> span "Weber"), by possessive ("Anja's" -> "Anja"), in quotes ("said Anja"),
in German, French, Spanish, Portuguese, Italian, Dutch, Japanese (さん/様), Chinese and Korean.
Also present: famous non-members and cited authors, eponyms (Bayes' theorem, Turing Award),
companies and places named like people (Morgan Stanley, Charlotte, NC, São Paulo), book and
paper titles, and member names that are ordinary words (will, grace, rose) used as words -
all labelled as hard negatives, together with dates, years, page numbers, DOIs, ISBNs,
citation numbers, prices, statistics, versions, order/ticket/patent numbers, private IPs,
documentation-domain addresses, company and careers pages, Luhn-invalid cards, IBANs with bad
check digits and invalid SSNs.  PII: EMAIL (incl. obfuscated and CJK-glued), PHONE (US/CA, UK,
DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG, bare E.164), IPV4/IPV6 global, CREDIT_CARD,
IBAN, US_SSN, URL (profile links), HANDLE (@mentions), PERSON (member names).

Interface:
  python3 bench/pii/gen_blind33.py --out DIR [--records 3000] [--members 100000] [--seed 1]
                                   [--selfcheck]
writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl ({"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive).  Deterministic for a seed; standard library
only.  --selfcheck validates every gold span and negative and exits 1 on any problem.
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

LATIN = {
    # culture: (female firsts, male firsts, surnames)
    "en": (["Grace", "Rose", "Hope", "Joy", "Faith", "Dawn", "Iris", "Amber", "Charlotte",
            "Florence", "Victoria", "Sydney", "Madison", "Chelsea", "Eleanor", "Harriet",
            "Megan", "Bethany", "Lucy", "Imogen"],
           ["Will", "Mark", "Bill", "Hunter", "Austin", "Morgan", "Lincoln", "Oliver", "Tariq",
            "Callum", "Rhys", "Owen", "Declan", "Jasper", "Reuben", "Gareth"],
           ["Holt", "Whitfield", "Ashworth", "Pemberton", "Caldwell", "Hargreaves", "Fairbairn",
            "Okonkwo-Reid", "Blackwood", "Thornbury", "Gallagher", "Kettering", "Marlowe",
            "Brennan", "Sutcliffe", "Pryce"]),
    "de": (["Anja", "Katrin", "Susanne", "Jana", "Lena", "Birgit", "Franziska", "Ute", "Sabine"],
           ["Jürgen", "Matthias", "Tobias", "Florian", "Lars", "Dirk", "Henning", "Uwe"],
           ["Weber", "Schäfer", "Hoffmann", "Krüger", "Brandt", "Vogel", "Lindemann", "Kessler",
            "Böhm", "Zimmermann", "Ostermann", "Graßhoff"]),
    "fr": (["Élodie", "Camille", "Mathilde", "Sévérine", "Aurélie", "Margaux"],
           ["Thibault", "Grégoire", "Étienne", "Benoît", "Loïc", "Mathieu"],
           ["Lefèvre", "Moreau", "Girard", "Rousseau", "Chevalier", "Dubois", "Fontaine",
            "Mercier"]),
    "es": (["Sofía", "Lucía", "Ximena", "Valentina", "Inés", "Marisol"],
           ["Alejandro", "Javier", "Iñigo", "Rodrigo", "Santiago", "Francisco"],
           ["García López", "Fernández", "Ortega", "Navarro", "Iglesias", "Cabrera", "Muñoz",
            "Etxeberria"]),
    "pt": (["Beatriz", "Mariana", "Joana", "Luana", "Thaís"],
           ["João", "Paulo", "Thiago", "Rafael", "Gonçalo"],
           ["Azevedo", "Carvalho", "Figueiredo", "Magalhães", "de Souza", "Nogueira"]),
    "it": (["Chiara", "Giulia", "Francesca", "Elisa", "Serena"],
           ["Matteo", "Lorenzo", "Davide", "Giacomo", "Niccolò"],
           ["Bianchi", "Esposito", "Colombo", "Ricci", "Marchetti", "Lombardi", "De Luca"]),
    "nl": (["Sanne", "Femke", "Maaike", "Anouk", "Lieke"],
           ["Joost", "Maarten", "Thijs", "Bram", "Sjoerd"],
           ["van den Berg", "de Vries", "Bakker", "Visser", "Smits", "Jansen", "van Dijk"]),
    "ng": (["Chiamaka", "Ngozi", "Folake", "Adaeze", "Yetunde"],
           ["Chinedu", "Oluwaseun", "Emeka", "Babatunde", "Ikenna"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonjo", "Afolabi"]),
    "in": (["Priya", "Ananya", "Deepika", "Kavitha", "Meenakshi"],
           ["Arjun", "Vikram", "Siddharth", "Rohan", "Karthik"],
           ["Raghavan", "Iyer", "Chatterjee", "Deshpande", "Krishnamurthy", "Bhattacharya"]),
    "tr": (["Elif", "Zeynep", "Ayşe"], ["Emre", "Mehmet", "Barış"],
           ["Yılmaz", "Demir", "Öztürk", "Şahin"]),
    "pl": (["Agnieszka", "Małgorzata", "Katarzyna"], ["Łukasz", "Wojciech", "Krzysztof"],
           ["Kowalczyk", "Wiśniewska", "Zieliński", "Lewandowska"]),
    "nordic": (["Ingrid", "Sigrid", "Astrid"], ["Bjørn", "Håkon", "Sindre"],
               ["Lindqvist", "Haugland", "Østergaard", "Nyström"]),
}
# CJK: (family, romanised), (given, romanised)
JA = ([("中村", "nakamura"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"),
       ("渡辺", "watanabe"), ("伊藤", "ito"), ("小林", "kobayashi"), ("加藤", "kato"),
       ("吉田", "yoshida"), ("松本", "matsumoto")],
      [("健太", "kenta"), ("陽子", "yoko"), ("美咲", "misaki"), ("大輔", "daisuke"),
       ("直樹", "naoki"), ("拓也", "takuya"), ("彩花", "ayaka"), ("由美", "yumi")])
ZH = ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
       ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("欧阳", "ouyang")],
      [("伟", "wei"), ("芳", "fang"), ("秀英", "xiuying"), ("晓明", "xiaoming"), ("静怡", "jingyi"),
       ("志强", "zhiqiang"), ("婷婷", "tingting"), ("建国", "jianguo")])
KO = ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
       ("강", "kang"), ("윤", "yoon")],
      [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"),
       ("하은", "haeun"), ("도윤", "doyoon"), ("예린", "yerin")])

# non-members: famous people and cited authors (no token shared with the member pools)
FAMOUS = ["Daniel Kahneman", "Marie Curie", "Ada Lovelace", "Geoffrey Hinton", "Toni Morrison",
          "Haruki Murakami", "Simone de Beauvoir", "Nelson Mandela", "Steve Jobs",
          "Frida Kahlo", "Albert Einstein", "Peter Drucker", "Brené Brown", "Satya Nadella",
          "Yuval Noah Harari", "Malcolm Gladwell", "Sheryl Sandberg", "Barack Obama"]
CITED = ["Vaswani", "Goodfellow", "Kingma", "Hochreiter", "Rumelhart", "Krizhevsky",
         "Mikolov", "Devlin", "Brynjolfsson", "Edmondson", "Christensen", "Porter"]
EPONYMS = ["Bayes' theorem", "Gaussian process", "Turing Award", "Dijkstra's algorithm",
           "Markov chain", "Fourier transform", "Nobel Prize", "Parkinson's disease",
           "Kalman filter", "Pareto principle", "Nash equilibrium", "Occam's razor",
           "Pulitzer Prize", "Fields Medal", "Levenshtein distance", "Conway's law",
           "Goodhart's law", "Brooks's law", "Hofstadter's law", "Dunning-Kruger effect"]
COMPANIES = ["Morgan Stanley", "Wells Fargo", "Goldman Sachs", "Charles Schwab",
             "Johnson & Johnson", "Marks & Spencer", "Ernst & Young", "Hewlett Packard",
             "Ralph Lauren", "Mercedes-Benz", "Philips", "Siemens", "Ferrari", "Dell",
             "Grace Foods", "Victoria's Secret", "Dawn Foods", "Lincoln Electric"]
PLACES = ["Charlotte, NC", "Florence", "Victoria, BC", "Sydney", "Austin, TX", "São Paulo",
          "San Francisco", "Santiago de Chile", "Lincoln, Nebraska", "Madison, WI",
          "St. Louis", "Chelsea", "Adelaide", "Porto Alegre", "Mont-Saint-Michel"]
TITLES = ["Thinking, Fast and Slow", "Attention Is All You Need", "The Mythical Man-Month",
          "Team of Teams", "Designing Data-Intensive Applications", "Radical Candor",
          "Amazing Grace", "The Fearless Organization", "Deep Residual Learning for Image "
          "Recognition", "Good Will Hunting", "Hope in the Dark", "Der Zauberberg",
          "Cien años de soledad", "The Innovator's Dilemma", "ノルウェイの森"]
# member first names that are ordinary words, with a sentence using the word as a word
WORD_USES = [("will", "Budgets {w} grow again next year, or so we are told."),
             ("grace", "The vendor gave us a two-week {w} period on the invoice."),
             ("rose", "Adoption {w} steadily after the second release."),
             ("hope", "We {w} the pilot turns into a standing programme."),
             ("mark", "The launch will {m} a turning point for the team.".replace("{m}", "{w}")),
             ("joy", "There is real {w} in shipping something people use."),
             ("faith", "It takes a leap of {w} to rewrite a billing system."),
             ("dawn", "We were still debugging at {w}, coffee in hand."),
             ("amber", "The dashboard turned {w} twice during the migration."),
             ("bill", "The cloud {w} dropped by a third after the clean-up."),
             ("hunter", "Every bug {w} on the team got a sticker."),
             ("iris", "The eye-tracking study measured pupil and {w} response.")]

# --------------------------------------------------------------------------- markup

S_PII, S_NEG, SEP, END = "\x01", "\x03", "\x1f", "\x02"
MARK_RE = re.compile("([\x01\x03])([^\x1f]*)\x1f([^\x02]*)\x02")


def S(v, t):
    return S_PII + t + SEP + v + END


def N(v, c):
    return S_NEG + c + SEP + v + END


def visible_len(s):
    return len(MARK_RE.sub(lambda m: m.group(3), s))


def finalize(marked):
    out, spans, negs, pos, last = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        v = m.group(3)
        (spans if m.group(1) == S_PII else negs).append(
            {"start": pos, "end": pos + len(v), ("type" if m.group(1) == S_PII else "category"):
             m.group(2)})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans, negs

# --------------------------------------------------------------------------- members


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    __slots__ = ("full", "first", "last", "handle", "kind", "gender", "roma")


def make_members(n, rng):
    cultures = list(LATIN)
    used, people = set(), []
    for i in range(n):
        p = Person()
        r = rng.random()
        if r < 0.08:
            p.kind, pools = "ja", JA
        elif r < 0.14:
            p.kind, pools = "zh", ZH
        elif r < 0.18:
            p.kind, pools = "ko", KO
        else:
            p.kind = "latin"
        if p.kind != "latin":
            fam, giv = rng.choice(pools[0]), rng.choice(pools[1])
            p.last, p.first = fam[0], giv[0]
            p.full = fam[0] + giv[0]
            p.roma = (giv[1], fam[1])
            p.gender = "x"
        else:
            c = rng.choice(cultures)
            fem, mal, sur = LATIN[c]
            if rng.random() < 0.5:
                p.first, p.gender = rng.choice(fem), "f"
            else:
                p.first, p.gender = rng.choice(mal), "m"
            c2 = c if rng.random() < 0.75 else rng.choice(cultures)
            p.last = rng.choice(LATIN[c2][2])
            p.full = p.first + " " + p.last
            p.roma = (p.first, p.last)
        a = re.sub(r"[^a-z0-9]", "", fold(p.roma[0]).lower())
        b = re.sub(r"[^a-z0-9]", "", fold(p.roma[1]).lower())
        style = rng.randrange(4)
        base = [a + b, a + "_" + b, a[0] + b, b + a][style]
        h, k = base, 1
        while h in used:
            k += 1
            h = base + str(rng.randrange(2, 999)) if k < 5 else base + str(i)
        used.add(h)
        p.handle = h
        people.append(p)
    return people

# --------------------------------------------------------------------------- validators


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PT": 25, "IE": 22, "PL": 28}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 4 or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


def ip_global(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False

# --------------------------------------------------------------------------- generators of values


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(rng, valid=True):
    k = rng.randrange(5)
    if k == 0:
        num = luhn_complete("4", 16, rng)
    elif k == 1:
        num = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif k == 2:
        num = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif k == 3:
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        num = luhn_complete(rng.choice(["6011", "65"]), 16, rng)
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    sep = rng.choice(["", " ", "-", " "])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num


def iban(rng, valid=True):
    cc = rng.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc in ("NL", "GB"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(rng, n - 4)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, n - 1)
    else:
        bban = digits(rng, n)
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    chk = 98 - num % 97
    if not valid:
        chk = (chk + rng.randint(1, 96)) % 97 + 2
        if chk > 98:
            chk = 3
    s = cc + "%02d" % chk + bban
    if not valid and iban_ok(s):
        s = cc + "%02d" % ((chk + 1) % 97 + 2) + bban
    if rng.random() < 0.6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, valid=True):
    if valid:
        a = rng.choice([x for x in range(1, 900) if x != 666])
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        k = rng.randrange(4)
        a = [0, 666, rng.randint(900, 999), rng.randint(1, 665)][k]
        g = 0 if k == 3 else rng.randint(1, 99)
        s = rng.randint(1, 9999) if k != 3 or rng.random() < 0.5 else 0
    sep = " " if rng.random() < 0.2 else "-"
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ipv4(rng):
    while True:
        s = "%d.%d.%d.%d" % (rng.choice([23, 31, 45, 62, 81, 85, 91, 104, 141, 151, 178, 185, 193,
                                         195, 212, 217]), rng.randint(0, 255),
                             rng.randint(0, 255), rng.randint(1, 254))
        if ip_global(s):
            return s


def ipv4_private(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                       "127.0.0.1", "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254)),
                       "192.0.2.%d" % rng.randint(1, 254), "198.51.100.%d" % rng.randint(1, 254),
                       "203.0.113.%d" % rng.randint(1, 254)])


def ipv6(rng):
    while True:
        head = rng.choice(["2a00:1450", "2a01:4f8", "2606:4700", "2001:4860", "2a02:26f0",
                           "2400:cb00", "2c0f:f248"])
        groups = ["%x" % rng.randint(0, 0xffff) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            s = head + ":" + ":".join(groups[:2]) + "::" + "%x" % rng.randint(1, 0xffff)
        else:
            g = head.split(":") + ["%x" % rng.randint(0, 0xffff) for _ in range(6)]
            s = ":".join(g)
        if ip_global(s):
            return s


def ipv6_private(rng):
    return rng.choice(["fe80::%x:%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff)), "::1",
                       "2001:db8::%x" % rng.randint(1, 0xffff),
                       "fd%02x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xff))])


def phone(rng):
    d = lambda n: digits(rng, n)  # noqa: E731
    nb = "\u00a0"
    c = rng.randrange(24)
    return [
        lambda: "+1 %s %s %s" % (rng.choice(["415", "212", "646", "617", "604", "416"]), d(3), d(4)),
        lambda: "(%s) %s-%s" % (rng.choice(["312", "503", "720", "905"]), "5" + d(2), d(4)),
        lambda: "%s.%s.%s" % (rng.choice(["415", "646", "206"]), "2" + d(2), d(4)),
        lambda: "+44 20 %s %s" % ("7" + d(3), d(4)),
        lambda: "+44 (0)%s %s" % ("161", "496 " + d(4)),
        lambda: "07%s %s" % (d(3), d(6)),
        lambda: "+49 30 %s" % d(8),
        lambda: "+49 (0)89 %s-%s" % (d(4), d(4)),
        lambda: "0%s/%s" % (rng.choice(["30", "40", "69", "221"]), d(7)),
        lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
        lambda: "06.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2)),
        lambda: "+91 9%s %s" % (d(4), d(5)),
        lambda: "+55 11 9%s-%s" % (d(4), d(4)),
        lambda: "(21) 9%s-%s" % (d(4), d(4)),
        lambda: "+81 3-%s-%s" % (d(4), d(4)),
        lambda: "090-%s-%s" % (d(4), d(4)),
        lambda: "+61 2 %s %s" % (d(4), d(4)),
        lambda: "04%s %s %s" % (d(2), d(3), d(3)),
        lambda: "+86 138 %s %s" % (d(4), d(4)),
        lambda: "+34 91%s %s %s" % (d(1), d(3), d(3)),
        lambda: "+39 347 %s %s" % (d(3), d(4)),
        lambda: "+31 6 %s" % d(8) if rng.random() < 0.5 else "06-%s" % d(8),
        lambda: "+234 803 %s %s" % (d(3), d(4)) if rng.random() < 0.5 else "0803%s%s%s%s" % (nb, d(3), nb, d(4)),
        lambda: "+%s" % rng.choice(["49151", "447700", "3361", "1415", "8190", "5511"]) + d(8),
    ][c]()


def phone_ok(s):
    return 7 <= sum(ch.isdigit() for ch in s) <= 15 and re.fullmatch(r"[+(]?[0-9][0-9 .\-/()\u00a0]*[0-9]", s)


MAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "posteo.de", "web.de", "yahoo.fr",
                "hotmail.es", "libero.it", "uol.com.br", "acme.io", "northwind.co.uk",
                "fabrikam.nl", "contoso.de", "qq.com", "naver.com", "icloud.com"]


def email_for(p, rng):
    a, b = (re.sub(r"[^a-z0-9]", "", fold(x).lower()) for x in p.roma)
    local = rng.choice([a + "." + b, a + b, a[0] + b, a, b + "." + a, a + "_" + b])
    dom = rng.choice(MAIL_DOMAINS)
    k = rng.randrange(10)
    if k == 0:
        return "%s [at] %s" % (local, dom.replace(".", " [dot] "))
    if k == 1:
        return "%s(at)%s" % (local, dom)
    if k == 2:
        return "%s [at] %s" % (local, dom)
    return local + "@" + dom


def role_email(rng):
    return rng.choice(["jobs", "press", "hello", "talent", "speakers", "awards", "editor"]) + "@" + \
        rng.choice(["acme.io", "northwind.co.uk", "fabrikam.nl", "contoso.de", "tailspin.fr"])


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+(@|\s?\[at\]\s?|\(at\))[A-Za-z0-9-]+((\.|\s\[dot\]\s)[A-Za-z0-9-]+)+")


def profile_url(p, rng):
    h = p.handle
    u = rng.choice(["linkedin.com/in/%s" % h, "github.com/%s" % h, "x.com/%s" % h,
                    "medium.com/@%s" % h, "bsky.app/profile/%s.bsky.social" % h,
                    "%s.substack.com" % h, "calendly.com/%s" % h, "askfirst.example/u/%s" % h,
                    "www.linkedin.com/in/%s/" % h])
    return rng.choice(["https://", "https://", ""]) + u

# --------------------------------------------------------------------------- negatives


def neg_date(rng):
    y, m, d = rng.randint(1998, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y), "%d/%d/%d" % (m, d, y),
                       "%d %s %d" % (d, rng.choice(["March", "April", "October", "November"]), y)])


def neg(rng, cat=None):
    """a (marked string) hard negative, with the cue a reader would use."""
    cats = ["date", "year", "page", "doi", "isbn", "citation", "price", "statistic", "version",
            "private_ip", "doc_domain", "company_page", "careers_page", "order_number",
            "ticket_number", "patent", "time", "invalid_card", "bad_iban", "invalid_ssn",
            "paper_link", "event_link"]
    cat = cat or rng.choice(cats)
    if cat == "date":
        return "on " + N(neg_date(rng), cat)
    if cat == "year":
        return "back in " + N(str(rng.randint(1968, 2024)), cat)
    if cat == "page":
        a = rng.randint(12, 480)
        return rng.choice(["(pp. " + N("%d–%d" % (a, a + rng.randint(3, 30)), cat) + ")",
                           "(p. " + N(str(a), cat) + ")"])
    if cat == "doi":
        return "(doi:" + N("10.%d/%s.%d.%d" % (rng.randint(1000, 9999), rng.choice(["jmlr", "s41586", "acm"]),
                                              rng.randint(2010, 2025), rng.randint(100, 99999)), cat) + ")"
    if cat == "isbn":
        body = "978%d%02d%05d" % (rng.randint(0, 3), rng.randint(10, 99), rng.randint(0, 99999))
        chk = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
        return "(ISBN " + N("%s-%s-%s-%s-%d" % (body[:3], body[3], body[4:6], body[6:], chk), cat) + ")"
    if cat == "citation":
        return N("[%d]" % rng.randint(1, 64), cat)
    if cat == "price":
        return "for " + N(rng.choice(["€%d,%03d.00" % (rng.randint(1, 9), rng.randint(0, 999)),
                                      "$%d.99" % rng.randint(9, 499), "£%d" % rng.randint(20, 900),
                                      "R$ %d,00" % rng.randint(50, 9000)]), cat)
    if cat == "statistic":
        return "by " + N(rng.choice(["%d.%d%%" % (rng.randint(1, 99), rng.randint(0, 9)),
                                     "%d,%03d users" % (rng.randint(1, 99), rng.randint(0, 999)),
                                     "p < 0.0%d" % rng.randint(1, 5)]), cat)
    if cat == "version":
        return "in version " + N("%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 12),
                                                  rng.randint(0, 30), rng.randint(1, 99)), cat)
    if cat == "private_ip":
        ip = ipv4_private(rng) if rng.random() < 0.7 else ipv6_private(rng)
        return "on the internal host " + N(ip, cat)
    if cat == "doc_domain":
        return rng.choice(["(write to " + N(rng.choice(["info", "team", "jane.doe"]) + "@" +
                                            rng.choice(["example.com", "example.org", "mail.test"]), cat) + ")",
                           "(see " + N("https://www.example.net/" + rng.choice(["guide", "u/demo", "in/sample"]), cat) + ")"])
    if cat == "company_page":
        return "(" + N("https://www." + rng.choice(["acme.io", "contoso.de", "fabrikam.nl"]) + "/" +
                       rng.choice(["about", "customers", "press", "products/ledger"]), cat) + ")"
    if cat == "careers_page":
        return "(open roles: " + N(rng.choice(["https://careers.acme.io/jobs/%d" % rng.randint(100, 9999),
                                               "https://www.linkedin.com/company/contoso/jobs/",
                                               "https://jobs.lever.co/fabrikam"]), cat) + ")"
    if cat == "paper_link":
        return "(" + N(rng.choice(["https://arxiv.org/abs/%d.%05d" % (rng.randint(1701, 2412), rng.randint(1, 20000)),
                                   "https://docs.python.org/3/library/ipaddress.html",
                                   "https://doi.org/10.1145/%d.%d" % (rng.randint(3000000, 3700000), rng.randint(1000000, 9999999))]), cat) + ")"
    if cat == "event_link":
        return "(tickets: " + N(rng.choice(["https://www.eventbrite.com/e/%d" % rng.randint(10 ** 10, 10 ** 11),
                                            "https://forms.gle/%s" % "".join(rng.choice("abcdefXYZ123") for _ in range(10))]), cat) + ")"
    if cat == "order_number":
        return "(order no. " + N("%d-%03d-%04d" % (rng.randint(2019, 2025), rng.randint(100, 999), rng.randint(0, 9999)), cat) + ")"
    if cat == "ticket_number":
        return "(ticket #" + N("%d" % rng.randint(10 ** 7, 10 ** 9), cat) + ")"
    if cat == "patent":
        return "(patent " + N("US %d,%03d,%03d B2" % (rng.randint(9, 11), rng.randint(0, 999), rng.randint(0, 999)), cat) + ")"
    if cat == "time":
        h = rng.randint(8, 18)
        return "from " + N("%02d:%02d–%02d:%02d" % (h, rng.choice([0, 15, 30]), h + 1, rng.choice([0, 30])), cat)
    if cat == "invalid_card":
        return "(the test card " + N(card(rng, False), cat) + " fails the Luhn check)"
    if cat == "bad_iban":
        return "(the IBAN printed in the old brochure, " + N(iban(rng, False), cat) + ", had a typo in its check digits)"
    if cat == "invalid_ssn":
        return "(the placeholder SSN " + N(ssn(rng, False), cat) + " on the sample form is not a real number)"
    raise ValueError(cat)

# --------------------------------------------------------------------------- referring to people

TITLES_EN = {"f": ["Ms.", "Dr.", "Prof.", "Mrs."], "m": ["Mr.", "Dr.", "Prof."]}
LANG_TITLE = {"de": {"f": ["Frau", "Frau Dr."], "m": ["Herr", "Herr Dr."]},
              "fr": {"f": ["Mme", "Madame"], "m": ["M.", "Monsieur"]},
              "es": {"f": ["la Dra.", "la Sra."], "m": ["el Dr.", "el Sr."]},
              "pt": {"f": ["a Dra.", "a Sra."], "m": ["o Dr.", "o Sr."]},
              "it": {"f": ["la dott.ssa", "la prof.ssa"], "m": ["il dott.", "il prof."]},
              "nl": {"f": ["mevrouw", "dr."], "m": ["meneer", "dhr."]}}


def full(p):
    return S(p.full, "PERSON")


def short(p, rng):
    """a later reference: first name, Title Surname or CJK forms (marked)."""
    if p.kind == "ja":
        return S(p.last, "PERSON") + "さん" if rng.random() < 0.6 else S(p.full, "PERSON") + "さん"
    if p.kind in ("zh", "ko"):
        return S(p.full, "PERSON")
    if rng.random() < 0.55:
        return S(p.first, "PERSON")
    return rng.choice(TITLES_EN[p.gender]) + " " + S(p.last, "PERSON")


def poss(p, rng):
    if p.kind != "latin":
        return S(p.full, "PERSON") + "'s"
    return S(p.first if rng.random() < 0.7 else p.last, "PERSON") + "'s"


def first(p):
    return S(p.first if p.kind == "latin" else p.full, "PERSON")


def pron(p):
    return {"f": "she", "m": "he"}.get(p.gender, "they")


def pos_pron(p):
    return {"f": "her", "m": "his"}.get(p.gender, "their")

# --------------------------------------------------------------------------- paragraphs

TOPICS = ["platform engineering", "clinical data", "supply-chain analytics", "developer relations",
          "payments infrastructure", "machine translation", "public health logistics",
          "accessibility", "energy trading", "open-source governance"]
ORGS = ["Acme", "Northwind", "Fabrikam", "Contoso", "Tailspin", "Globex", "Initech", "Umbrella Labs"]


class Ctx:
    def __init__(self, rng, people, kind):
        self.rng, self.people, self.kind = rng, people, kind
        self.topic, self.org = rng.choice(TOPICS), rng.choice(ORGS)
        self.main = people[0]


def p_contact(c):
    r, p = c.rng, c.rng.choice(c.people)
    parts = []
    k = r.randrange(5)
    if k == 0:
        parts.append("You can reach %s at %s or on %s." % (first(p), S(email_for(p, r), "EMAIL"), S(phone(r), "PHONE")))
    elif k == 1:
        parts.append("Contact: %s, %s (mobile), <%s>." % (full(p), S(phone(r), "PHONE"), S(email_for(p, r), "EMAIL")))
    elif k == 2:
        parts.append("If you want to continue the conversation, %s is at %s and posts as %s." % (
            first(p), S(profile_url(p, r), "URL"), S("@" + p.handle, "HANDLE")))
    elif k == 3:
        parts.append("Write to mailto:%s, or book a slot via %s." % (S(email_for(p, r), "EMAIL"), S(profile_url(p, r), "URL")))
    else:
        parts.append("Questions about the programme go to %s %s; questions for %s go to %s." % (
            S(role_email(r), "EMAIL"), neg(r, "doc_domain"), short(p, r), S(phone(r), "PHONE")))
    return " ".join(parts)


def p_cite(c):
    r = c.rng
    t = r.choice(TITLES)
    s = ("In %s, %s's work on %s keeps coming up. %s cites %s et al. %s and the classic %s %s, "
         "and makes a point %s that reminded me of %s." % (
             N(str(r.randint(2015, 2025)), "year"), poss(c.main, r)[:-2], c.topic, first(c.main),
             N(r.choice(CITED), "nonmember_name"), N("(%d)" % r.randint(1986, 2024), "year"),
             N(t, "title"), neg(r, r.choice(["isbn", "doi", "page"])), neg(r, "page"),
             N(r.choice(FAMOUS), "nonmember_name")))
    return s


def p_eponym(c):
    r, p = c.rng, c.rng.choice(c.people)
    e1, e2 = r.sample(EPONYMS, 2)
    return ("%s explained %s without a single slide, then moved on to %s as if it were small talk. "
            "The audience grew to %s over the hour, and %s said afterwards that %s." % (
                short(p, r), N(e1, "eponym"), N(e2, "eponym"), N("%d people" % r.randint(40, 900), "statistic"), first(p),
                r.choice(["the questions were the best part", "it was the most fun of the whole year",
                          "the slides are on the company page " + neg(r, "company_page")])))


def p_company_place(c):
    r, p = c.rng, c.rng.choice(c.people)
    return ("Before joining %s, %s spent six years at %s in %s and later advised %s from %s. %s "
            "still jokes that %s was the only place with decent coffee." % (
                c.org, full(p) if r.random() < 0.4 else short(p, r), N(r.choice(COMPANIES), "company_name"),
                N(r.choice(PLACES), "place_name"), N(r.choice(COMPANIES), "company_name"),
                N(r.choice(PLACES), "place_name"), first(p), N(r.choice(PLACES), "place_name")))


def p_wordname(c):
    r = c.rng
    out = []
    for w, tpl in r.sample(WORD_USES, 2):
        if r.random() < 0.3 and tpl.startswith("{w}"):
            w = w.capitalize()
        out.append(tpl.replace("{w}", N(w, "word_name")))
    return " ".join(out)


def p_quote(c):
    r, p = c.rng, c.rng.choice(c.people)
    q = r.choice(["We measured everything twice and trusted neither number",
                  "The hard part was never the code, it was the calendar",
                  "Ship small, write it down, say thank you",
                  "Nobody reads the design doc until something breaks"])
    k = r.randrange(4)
    if k == 0:
        return '"%s," said %s. %s' % (q, first(p), "It became the team's motto " + neg(r, "date") + ".")
    if k == 1:
        return '"%s," %s told the room, %s.' % (q, short(p, r), neg(r, "time"))
    if k == 2:
        return '%s put it simply: "%s." The line ended up on a poster %s.' % (full(p), q, neg(r, "price"))
    return '"%s" - %s' % (q, short(p, r))


def p_incident(c):
    r, p = c.rng, c.rng.choice(c.people)
    return ("The outage began %s, when traffic from %s and %s saturated the gateway; the health "
            "checks on %s never noticed. %s traced it %s, and %s fix shipped %s. The staging box "
            "%s was rebuilt the next morning." % (
                neg(r, "date"), S(ipv4(r), "IPV4"), S(ipv6(r), "IPV6") if r.random() < 0.6 else S(ipv4(r), "IPV4"),
                N(ipv4_private(r), "private_ip"), full(p), neg(r, "time"), poss(p, r),
                neg(r, "version"), neg(r, "private_ip")))


def p_incident2(c):
    r, p = c.rng, c.rng.choice(c.people)
    ip = ipv4(r)
    port = ":%d" % r.choice([443, 8443, 22, 8080])
    return ("Blocked addresses were %s%s, %s/%d and [%s]:%d. %s logged everything %s and closed %s." % (
        S(ip, "IPV4"), port, S(ipv4(r), "IPV4"), r.choice([24, 32]), S(ipv6(r), "IPV6"), r.choice([443, 853]),
        short(p, r), neg(r, "ticket_number"), neg(r, "order_number")))


def p_money(c):
    r, p = c.rng, c.rng.choice(c.people)
    k = r.randrange(4)
    if k == 0:
        return ("In lieu of flowers, the family asks for donations to the scholarship fund in %s name: "
                "IBAN %s (account holder %s). %s" % (pos_pron(p), S(iban(r), "IBAN"), full(p), neg(r, "bad_iban")))
    if k == 1:
        return ("The case study's fraud sample included a real card, %s, that %s had reported stolen %s; "
                "compare %s." % (S(card(r), "CREDIT_CARD"), short(p, r), neg(r, "date"), neg(r, "invalid_card")))
    if k == 2:
        return ("For the background check %s supplied %s SSN %s and a reference at %s. %s" % (
            first(p), pos_pron(p), S(ssn(r), "US_SSN"), S(phone(r), "PHONE"), neg(r, "invalid_ssn")))
    return ("Prize money goes to %s's account %s; the travel grant was paid with the card %s %s." % (
        S(p.first if p.kind == "latin" else p.full, "PERSON"), S(iban(r), "IBAN"), S(card(r), "CREDIT_CARD"),
        neg(r, "price")))


def p_multi(c):
    r, p = c.rng, c.rng.choice(c.people)
    if p.kind == "ja":
        return r.choice([
            "%sさんは%sのチームを率いています。連絡先：%s、電話 %s。%s様、ありがとうございました。" % (
                S(p.last, "PERSON"), c.org, S(p.roma[1] + "." + p.roma[0] + "@" + r.choice(["docomo.ne.jp", "gmail.com", "yahoo.co.jp"]), "EMAIL"),
                S(phone(r), "PHONE"), S(p.full, "PERSON")),
            "%sさんの講演は%s年に始まりました（参加費%s）。%s" % (S(p.last, "PERSON"), N(str(r.randint(2015, 2024)), "year"),
                                                 N("¥%d,000" % r.randint(2, 30), "price"), S(profile_url(p, r), "URL"))])
    if p.kind == "zh":
        return "%s博士负责%s项目。请发邮件至%s或致电%s。%s年获得%s。" % (
            S(p.full, "PERSON"), c.org, S(p.roma[1] + "." + p.roma[0] + "@qq.com", "EMAIL"), S(phone(r), "PHONE"),
            N(str(r.randint(2010, 2024)), "year"), N("图灵奖", "eponym"))
    if p.kind == "ko":
        return "%s 님은 %s에서 일합니다. 연락처: %s, %s. 프로필: %s" % (
            S(p.full, "PERSON"), c.org, S(phone(r), "PHONE"), S(email_for(p, r), "EMAIL"),
            S(profile_url(p, r), "URL"))
    lang = r.choice(list(LANG_TITLE))
    tt = r.choice(LANG_TITLE[lang][p.gender])
    ref = tt + " " + S(p.last, "PERSON")
    mail, ph = S(email_for(p, r), "EMAIL"), S(phone(r), "PHONE")
    return {
        "de": "Auf Deutsch: %s leitet seit %s das Team in %s. Erreichbar unter %s oder %s. Danke, %s!" % (
            ref, N(str(r.randint(2012, 2024)), "year"), N(r.choice(PLACES), "place_name"), mail, ph, first(p)),
        "fr": "En français : %s a présenté ses travaux sur la %s. Contact : %s, tél. %s. Merci %s !" % (
            ref, N(r.choice(["transformée de Fourier", "chaîne de Markov"]), "eponym"), mail, ph, first(p)),
        "es": "En español: %s coordinó el proyecto en %s. Escríbanle a %s o llamen al %s. ¡Gracias, %s!" % (
            ref, N("São Paulo", "place_name"), mail, ph, first(p)),
        "pt": "Em português: %s liderou a equipe %s. Contato: %s, %s. Obrigado, %s!" % (
            ref, neg(r, "year"), mail, ph, first(p)),
        "it": "In italiano: %s ha guidato il progetto a %s. Contatti: %s, %s. Grazie, %s!" % (
            ref, N("Florence", "place_name"), mail, ph, first(p)),
        "nl": "In het Nederlands: %s werkt sinds %s bij %s. Mail %s of bel %s. Bedankt, %s!" % (
            ref, N(str(r.randint(2012, 2024)), "year"), c.org, mail, ph, first(p)),
    }[lang]


def p_mention(c):
    r = c.rng
    ps = c.people
    a, b = r.sample(ps, 2)
    return ("Shout-out to %s and @%s for reviewing the draft, and to %s for the charts %s. "
            "Thanks, %s!" % (S("@" + a.handle, "HANDLE"), S(b.full, "PERSON"), short(a, r),
                             neg(r, "citation"), first(b)))


def p_filler(c):
    r = c.rng
    return ("The numbers tell part of the story: cycle time fell %s, the budget closed %s, and the "
            "pilot ran %s %s. %s" % ("by " + N("%d.%d%%" % (r.randint(5, 60), r.randint(0, 9)), "statistic"), neg(r, "price"), neg(r, "date"),
                                     neg(r, "patent"), neg(r, r.choice(["careers_page", "event_link", "paper_link"]))))


BODY = ([p_contact] * 2 + [p_cite, p_eponym, p_company_place, p_wordname] + [p_quote] * 2 +
        [p_incident, p_incident2, p_money, p_money] + [p_multi] * 2 + [p_mention, p_filler])


def intro(c):
    r, p = c.rng, c.main
    o = c.people[1] if len(c.people) > 1 else p
    k = c.kind
    if k == "article":
        return "%s\n\nBy %s - %s\n\nI have written about %s before, but this year taught me more than the previous five. %s argues it better than I can." % (
            r.choice(["What a year of %s taught me" % c.topic, "Notes on %s" % c.topic]), full(p), N(neg_date(r), "date"),
            c.topic, N(r.choice(FAMOUS), "nonmember_name"))
    if k == "newsletter":
        return "The %s Letter, issue %s\n\nHello everyone, %s here. This month: %s, a new hire and a farewell." % (
            c.org, N("#%d" % r.randint(12, 240), "citation"), full(p), c.topic)
    if k == "recommendation":
        return "To whom it may concern,\n\nIt is my pleasure to recommend %s, who worked with me at %s %s. %s is among the strongest engineers I have managed; %s judgement on %s is rare." % (
            full(p), c.org, neg(r, "year"), first(p), pos_pron(p), c.topic)
    if k == "case_study":
        return "Case study: how %s rebuilt %s\n\nLead: %s (%s). Team: %s, %s." % (
            c.org, c.topic, full(p), S(profile_url(p, r), "URL"), full(o), S("@" + o.handle, "HANDLE"))
    if k == "interview":
        q = c.people[-1]
        return "Interview with %s\n\nQ (%s): How did you get into %s?\nA (%s): By accident, really. I was fixing spreadsheets %s and somebody asked a better question.\nQ: And then?\nA: Then %s hired me." % (
            full(p), full(q) if q is not p else "the editors", c.topic, short(p, r), neg(r, "year"), full(o) if o is not p else N(r.choice(COMPANIES), "company_name"))
    if k == "speaker_bio":
        return "Speaker: %s\n\n%s leads %s at %s and has spoken at more than %s events. Before that %s studied in %s. Follow %s or visit %s." % (
            full(p), first(p), c.topic, c.org, N(str(r.randint(20, 90)), "statistic"), pron(p),
            N(r.choice(PLACES), "place_name"), S("@" + p.handle, "HANDLE"), S(profile_url(p, r), "URL"))
    if k == "event_report":
        return "Event report: %s Summit %s\n\nMore than %s attendees came to %s. The keynote by %s opened the day; %s and %s ran the afternoon track." % (
            c.org, N(str(r.randint(2019, 2026)), "year"), N(str(r.randint(200, 3000)), "statistic"),
            N(r.choice(PLACES), "place_name"), full(p), full(o), short(p, r))
    if k == "award":
        return "Award announcement\n\nWe are delighted to announce that %s has won this year's %s Award for %s. %s's nomination came from %s, who called %s work \"quietly transformative\"." % (
            full(p), c.org, c.topic, S(p.last if p.kind == "latin" else p.full, "PERSON"), full(o), pos_pron(p))
    if k == "retrospective":
        return "Team retrospective, sprint %s\n\nFacilitator: %s. Note-taker: %s. What went well, what did not, and what we change." % (
            N(str(r.randint(10, 99)), "citation"), full(p), full(o))
    if k == "obituary":
        return "In memoriam: %s (%s–%s)\n\nIt is with great sadness that we share the news that %s passed away %s. %s joined %s in %s and mentored half of the people reading this." % (
            full(p), N(str(r.randint(1940, 1975)), "year"), N(str(r.randint(2024, 2026)), "year"),
            short(p, r), neg(r, "date"), first(p), c.org, N(str(r.randint(1990, 2010)), "year"))
    if k == "review":
        t = r.choice(TITLES)
        return "Review: %s %s\n\nReviewed by %s. The book is better than its title, and %s argument holds up %s." % (
            N(t, "title"), neg(r, "isbn"), full(p), N(r.choice(FAMOUS), "nonmember_name") + "'s", neg(r, "page"))
    raise ValueError(k)


def outro(c):
    r, p = c.rng, c.main
    k = c.kind
    if k == "recommendation":
        return "Please contact me with any questions at %s or %s.\n\nSincerely,\n%s" % (
            S(email_for(c.people[-1], r), "EMAIL"), S(phone(r), "PHONE"), full(c.people[-1]))
    if k == "obituary":
        return "Rest well, %s. Condolences may be sent to %s." % (first(p), S(role_email(r), "EMAIL"))
    if k == "interview":
        return "Q: Last question - where can people find you?\nA: %s, or just mention %s." % (
            S(profile_url(p, r), "URL"), S("@" + p.handle, "HANDLE"))
    if k == "newsletter":
        return "That's all for this month. Thanks, %s, for editing! Unsubscribe or update preferences at %s." % (
            first(c.people[-1]), N("https://newsletter.example.org/prefs", "doc_domain"))
    return "Connect with %s: %s" % (short(p, r), S(profile_url(p, r), "URL"))


KINDS = ["article", "newsletter", "recommendation", "case_study", "interview", "speaker_bio",
         "event_report", "award", "retrospective", "obituary", "review"]


def make_record(i, rng, members):
    kind = KINDS[i % len(KINDS)] if i < len(KINDS) else rng.choice(KINDS)
    people = rng.sample(members, rng.randint(2, 4))
    # prefer a Latin-script main person most of the time (introduced then referred to)
    if people[0].kind != "latin" and rng.random() < 0.5:
        people.sort(key=lambda p: p.kind != "latin")
    c = Ctx(rng, people, kind)
    target = rng.randint(650, 2700)
    parts = [intro(c)]
    end = outro(c)
    size = visible_len(parts[0]) + visible_len(end) + 2
    tries = 0
    order = []
    while size < target and tries < 40:
        tries += 1
        if not order:
            order = list(BODY)
            rng.shuffle(order)
        para = order.pop()(c)
        L = visible_len(para) + 2
        if size + L > 2980:
            continue
        parts.append(para)
        size += L
    while size < 600:
        para = p_wordname(c)
        parts.append(para)
        size += visible_len(para) + 2
    parts.append(end)
    text, spans, negs = finalize("\n\n".join(parts))
    return {"id": "blind33-%05d" % i, "kind": kind, "text": text, "spans": spans, "negatives": negs}

# --------------------------------------------------------------------------- self-check


def selfcheck(records, members):
    parts = set()
    handles = set()
    for p in members:
        parts.update([p.full, p.first, p.last])
        handles.add(p.handle)
    bad = []
    for r in records:
        t = r["text"]
        n = len(t)
        if re.search("[\x00-\x08\x1f]", t):
            bad.append("%s: markup left in the text" % r["id"])
        if not 600 <= n <= 3000:
            bad.append("%s: length %d" % (r["id"], n))
        allsp = sorted([(s["start"], s["end"], s["type"]) for s in r["spans"]] +
                       [(s["start"], s["end"], "NEG:" + s["category"]) for s in r["negatives"]])
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                bad.append("%s: overlap %r %r" % (r["id"], a, b))
        for s, e, ty in allsp:
            if not 0 <= s < e <= n:
                bad.append("%s: out of range %r" % (r["id"], (s, e, ty)))
                continue
            v = t[s:e]
            ok = True
            if ty == "PERSON":
                ok = v in parts
            elif ty == "HANDLE":
                ok = v[0] == "@" and v[1:] in handles
            elif ty == "EMAIL":
                ok = bool(EMAIL_RE.fullmatch(v)) and "example." not in v
            elif ty == "PHONE":
                ok = bool(phone_ok(v))
            elif ty == "IPV4":
                ok = "." in v and ip_global(v)
            elif ty == "IPV6":
                ok = ":" in v and ip_global(v)
            elif ty == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                ok = d.isdigit() and len(d) in (15, 16) and luhn_ok(d)
            elif ty == "IBAN":
                ok = iban_ok(v)
            elif ty == "US_SSN":
                ok = ssn_ok(v)
            elif ty == "URL":
                ok = any(x in handles for x in re.findall(r"[a-z0-9_]+", v))
                ok = ok and not v.endswith((".", ")")) and "example.com" not in v
            elif ty == "NEG:invalid_card":
                ok = not luhn_ok(re.sub(r"[ -]", "", v))
            elif ty == "NEG:bad_iban":
                ok = not iban_ok(v)
            elif ty == "NEG:invalid_ssn":
                ok = not ssn_ok(v)
            elif ty == "NEG:private_ip":
                ok = not ip_global(v)
            elif ty == "NEG:doc_domain":
                ok = re.search(r"example\.(com|org|net)|\.test\b|\.invalid\b", v) is not None
            elif ty == "NEG:nonmember_name":
                ok = not (set(v.split()) & parts)
            if ty == "PERSON" and v[0].isascii():
                if (s > 0 and t[s - 1].isalnum()) or (e < n and t[e].isalnum()):
                    ok = False
            if not ok:
                bad.append("%s: bad %s %r" % (r["id"], ty, v))
            # the character before a link or e-mail is never a Latin letter
            if ty in ("EMAIL", "URL") and s > 0 and t[s - 1].isascii() and t[s - 1].isalpha():
                bad.append("%s: %s glued to a letter %r" % (r["id"], ty, t[s - 1:e]))
    return bad

# --------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(a.members, rng)
    # records draw their people from a pool so names recur across records like on a network
    pool = members[:min(len(members), 20000)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for i, p in enumerate(members, 1):
            f.write(json.dumps({"user": "u%d" % i, "name": p.full, "handle": p.handle},
                               ensure_ascii=False) + "\n")
    records = [make_record(i, rng, pool) for i in range(a.records)]
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            rec = {"id": r["id"], "text": r["text"], "spans": r["spans"], "negatives": r["negatives"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.selfcheck:
        bad = selfcheck(records, members)
        tc, nc, kc = {}, {}, {}
        for r in records:
            kc[r["kind"]] = kc.get(r["kind"], 0) + 1
            for s in r["spans"]:
                tc[s["type"]] = tc.get(s["type"], 0) + 1
            for s in r["negatives"]:
                nc[s["category"]] = nc.get(s["category"], 0) + 1
        print("records %d, members %d" % (len(records), len(members)))
        print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kc.items())))
        print("spans: " + ", ".join("%s %d" % kv for kv in sorted(tc.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(nc.items())))
        for b in bad[:30]:
            print("SELFCHECK: " + b, file=sys.stderr)
        print("selfcheck: %s" % ("OK" if not bad else "%d problems" % len(bad)))
        if bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
