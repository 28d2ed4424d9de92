#!/usr/bin/env python3
"""gen_blind34.py - the 38th labelled PII test corpus: "a day of the platform at realistic density".

Written BLIND on 2026-11-30 from two sources only: issue 3 (the product's definition of personal
data: type table, its "not this" column, the targets) and bench/pii/score.py (label format and
scoring).  Nothing else in the repository was read and no redactor was run on this corpus, so
nobody tuned the engine on it.

Theme: a day of a professional network's traffic in realistic proportions.  Most records carry
little or no personal data (opinions, industry news, tips, questions, congratulations, event
announcements, job posts, few-word comments, long articles); some carry one or two items; a few
carry many.  Record kinds: feed posts, comments and replies, DMs and group-chat snippets ("Name:
text" speaker lines), profile headlines / about / experience sections, job posts, event pages,
newsletters and long-form articles (600-2500 chars) that introduce a member in full and later
refer to them by first name, by title and surname or by possessive, recommendations and
support/safety messages.  Languages: English most, then Spanish, Portuguese, German, French,
Hindi/Hinglish, Indonesian, Japanese, Chinese, Arabic, Italian, Dutch, Turkish, Korean, Polish.
Every PII type of issue 3 appears, with the hard negatives of the "not this" column and names
of non-members, companies, places and eponyms named like people, and ordinary words that are
also member names.

Interface:
  python3 bench/pii/gen_blind34.py --out DIR [--records 5000] [--members 100000] [--seed 1]
                                   [--selfcheck]
writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
DIR/corpus.jsonl in score.py's GOLD format {"id","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}, offsets in Unicode code points, end-exclusive.
Deterministic for a seed; Python 3 standard library only.  --selfcheck validates every gold
span and negative (validators pass for gold structured items and fail for negatives that claim
invalidity), non-overlap, offsets, and that no member's full name or handle appears unlabelled.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------- member names
LATIN = {
    "en": (["Emily", "Sarah", "Grace", "Rose", "Hope", "Joy", "Charlotte", "Victoria", "Sydney",
            "Amber", "Summer", "Dawn", "Ruby", "Jade", "Iris", "Faith", "Megan", "Laura", "Hannah",
            "Olivia", "Chloe", "Florence", "Adelaide", "Kelly"],
           ["Will", "Mark", "Bill", "Max", "James", "Daniel", "Peter", "Simon", "Adam", "Austin",
            "Jackson", "Lincoln", "Eugene", "Ryan", "Ethan", "Oliver", "Thomas", "Matthew", "Sunny",
            "Owen", "Victor", "Gavin"],
           ["Smith", "Johnson", "Brown", "Taylor", "Walker", "Murphy", "Porter", "Nash", "Kelly",
            "Conway", "Brooks", "Parker", "Hughes", "Bennett", "Fletcher", "Reid", "Sullivan",
            "Hayes", "Coleman", "Foster", "Morrison", "Gallagher", "Whitfield", "Ashworth"]),
    "de": (["Anja", "Lena", "Katrin", "Julia", "Sabine", "Jana", "Miriam", "Ute"],
           ["Jonas", "Lukas", "Felix", "Tobias", "Matthias", "Jürgen", "Stefan", "Florian"],
           ["Weber", "Müller", "Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Krüger",
            "Zimmermann", "Vogel", "Brandt", "Lehmann"]),
    "es": (["María", "Lucía", "Carmen", "Sofía", "Paula", "Elena", "Marta", "Alba"],
           ["José", "Javier", "Diego", "Alejandro", "Pablo", "Sergio", "Andrés", "Rubén"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Castillo",
            "Delgado", "Vargas", "Herrera", "Molina"]),
    "pt": (["Ana", "Beatriz", "Camila", "Juliana", "Larissa", "Mariana", "Fernanda", "Letícia"],
           ["João", "Thiago", "Rafael", "Gustavo", "Bruno", "Felipe", "Leandro", "Caio"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Carvalho", "Almeida",
            "Ribeiro", "Gomes", "Barbosa", "Rocha"]),
    "fr": (["Camille", "Léa", "Manon", "Chloé", "Inès", "Élodie", "Margaux", "Aurélie"],
           ["Louis", "Hugo", "Théo", "Antoine", "Julien", "Mathieu", "Nicolas", "Rémi"],
           ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Fontaine", "Chevalier",
            "Rousseau", "Mercier", "Faure", "Gauthier"]),
    "it": (["Giulia", "Chiara", "Francesca", "Martina", "Valentina", "Sara"],
           ["Marco", "Luca", "Matteo", "Alessandro", "Davide", "Giorgio"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo"]),
    "nl": (["Sanne", "Fleur", "Anouk", "Lotte", "Femke", "Iris"],
           ["Daan", "Bram", "Sem", "Joris", "Thijs", "Ruben"],
           ["de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Dijkstra",
            "Mulder", "de Boer", "Meijer", "Bos"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Ece"],
           ["Emre", "Burak", "Mehmet", "Can", "Oğuz", "Kerem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
            "Doğan", "Kılıç", "Aslan"]),
    "pl": (["Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Joanna", "Ewa"],
           ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski"]),
    "id": (["Putri", "Dewi", "Siti", "Ayu", "Rina", "Intan"],
           ["Budi", "Agus", "Rizky", "Adi", "Fajar", "Dimas"],
           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Kusuma", "Nugroho",
            "Setiawan", "Halim", "Gunawan", "Siregar", "Lubis"]),
    "in": (["Priya", "Ananya", "Sneha", "Kavya", "Pooja", "Neha", "Divya", "Aishwarya"],
           ["Rahul", "Arjun", "Rohan", "Vikram", "Aditya", "Karthik", "Siddharth", "Amit"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Mehta", "Kulkarni", "Banerjee",
            "Chatterjee", "Menon", "Joshi"]),
    "ng": (["Chiamaka", "Ngozi", "Funmilayo", "Adaeze", "Temitope", "Blessing"],
           ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi", "Babatunde"],
           ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Obi",
            "Olawale", "Chukwu", "Ibekwe", "Afolabi"]),
    "ar": (["Fatima", "Layla", "Mariam", "Noura", "Huda", "Salma"],
           ["Omar", "Youssef", "Khalid", "Tariq", "Karim", "Hamza"],
           ["Haddad", "Nasser", "Khoury", "Mansour", "Saleh", "Hamdan", "Farouk", "Aziz",
            "Rahman", "Qasim", "Sabbagh", "Darwish"]),
}
ARABIC_SCRIPT = (["فاطمة", "ليلى", "مريم", "نورة", "عمر", "يوسف", "خالد", "طارق"],
                 ["حداد", "ناصر", "خوري", "منصور", "صالح", "حمدان", "درويش", "عزيز"])
ZH = ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
       ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
       ("林", "lin"), ("郭", "guo"), ("何", "he"), ("罗", "luo")],
      [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
       ("强", "qiang"), ("磊", "lei"), ("秀英", "xiuying"), ("建华", "jianhua"), ("志强", "zhiqiang"),
       ("晓明", "xiaoming"), ("海燕", "haiyan"), ("婷婷", "tingting"), ("思远", "siyuan"),
       ("雨欣", "yuxin"), ("子涵", "zihan"), ("浩然", "haoran")])
JA = ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
       ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
       ("小林", "kobayashi"), ("加藤", "kato"), ("吉田", "yoshida"), ("松本", "matsumoto")],
      [("花子", "hanako"), ("太郎", "taro"), ("陽菜", "hina"), ("結衣", "yui"), ("大輝", "daiki"),
       ("美咲", "misaki"), ("健太", "kenta"), ("由美", "yumi"), ("直樹", "naoki"), ("翔太", "shota"),
       ("恵子", "keiko"), ("拓海", "takumi")])
KO = ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
       ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim")],
      [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
       ("도윤", "doyun"), ("수빈", "subin"), ("예준", "yejun"), ("지민", "jimin"),
       ("현우", "hyunwoo"), ("유나", "yuna")])
CULT_W = [("en", 24), ("de", 7), ("es", 8), ("pt", 7), ("fr", 6), ("it", 4), ("nl", 3),
          ("tr", 3), ("pl", 3), ("id", 4), ("in", 9), ("ng", 4), ("ar", 4), ("ar_s", 1),
          ("zh", 5), ("ja", 4), ("ko", 3)]

# ---------------------------------------------------------------- negative name-like strings
FAMOUS = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Steve Jobs", "Peter Drucker",
          "Simon Sinek", "Adam Grant", "Daniel Kahneman", "Marie Curie", "Malcolm Gladwell",
          "Gabriel García Márquez", "Paulo Coelho", "Haruki Murakami", "Brené Brown",
          "Satya Nadella", "Warren Buffett", "Stephen Covey", "Cal Newport", "James Clear",
          "Clarice Lispector", "Thomas Mann", "Umberto Eco", "Orhan Pamuk", "Wisława Szymborska"]
COMPANIES = ["Morgan Stanley", "Johnson & Johnson", "Charles Schwab", "Wells Fargo",
             "Goldman Sachs", "Procter & Gamble", "Ernst & Young", "Marks & Spencer",
             "Hewlett Packard", "Jack Daniel's", "Tommy Hilfiger", "Louis Vuitton",
             "Ferrari", "Philips", "Dell", "Ford", "Siemens", "Tata Consultancy",
             "Eli Lilly", "Thomson Reuters"]
PLACES = ["Charlotte, NC", "Victoria, BC", "Austin, TX", "Jackson, MS", "Lincoln, NE",
          "Eugene, OR", "Sydney", "Adelaide", "Florence", "São Paulo", "San José",
          "St. Louis", "Georgetown", "Santa Clara", "Kelly Park"]
EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "Parkinson's law", "Murphy's law",
           "Conway's law", "Brooks's law", "Gantt chart", "Pareto principle", "Nash equilibrium",
           "Porter's Five Forces", "Maslow's hierarchy", "Turing test", "Kelly criterion",
           "Fibonacci sequence", "Alzheimer's disease"]
ORDINARY = [("Will", "Will this reorg actually change anything?"),
            ("will", "We will publish the results on Monday."),
            ("grace", "She handled the layoffs with grace and honesty."),
            ("rose", "Revenue rose 12% quarter over quarter."),
            ("hope", "I hope the new rules make hiring fairer."),
            ("mark", "Please mark your calendars."),
            ("bill", "Who pays the bill for cloud egress?"),
            ("joy", "Pure joy to ship this after two years."),
            ("summer", "Our summer internship is open again."),
            ("max", "Keep slides to a max of ten."),
            ("faith", "Good faith negotiation matters."),
            ("amber", "The dashboard turned amber at noon."),
            ("dawn", "We deployed at dawn to avoid traffic."),
            ("Sunny", "Sunny days, cloudy budgets."),
            ("Hope", "Hope everyone had a restful weekend!")]
BLOCK = set()


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


for _s in FAMOUS + COMPANIES + PLACES + EPONYMS:
    _w = re.findall(r"\w+", _s)
    for _i in range(len(_w) - 1):
        BLOCK.add(norm(_w[_i] + " " + _w[_i + 1]))


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return re.sub(r"[^a-z0-9]", "", s.lower())


def make_members(n, rng):
    cults = [c for c, _ in CULT_W]
    wts = [w for _, w in CULT_W]
    mem = []
    handles = set()
    while len(mem) < n:
        c = rng.choices(cults, wts)[0]
        if c in ("zh", "ja", "ko"):
            fam, giv = {"zh": ZH, "ja": JA, "ko": KO}[c]
            f, fr = rng.choice(fam)
            g, gr = rng.choice(giv)
            name, first, last, rf, rl = f + g, g, f, gr, fr
            cjk = True
        elif c == "ar_s":
            g, f = rng.choice(ARABIC_SCRIPT[0]), rng.choice(ARABIC_SCRIPT[1])
            name, first, last = g + " " + f, g, f
            rf, rl = rng.choice(["omar", "layla", "huda", "sami"]), rng.choice(["haddad", "nasser", "aziz"])
            cjk = False
        else:
            fw, mw, ln = LATIN[c]
            first = rng.choice(fw if rng.random() < 0.5 else mw)
            last = rng.choice(ln)
            name = first + " " + last
            rf, rl = ascii_slug(first), ascii_slug(last)
            cjk = False
        if not cjk and norm(name) in BLOCK:
            continue
        base = rng.choice([rf + rl, rf + "." + rl, rf + "_" + rl, rf[0] + rl, rf + rl[0] + "_" + rl[1:3]])
        h = base
        while h in handles or len(h) < 6:
            h = base + str(rng.randint(1, 9999))
        handles.add(h)
        mem.append({"user": "u%d" % (len(mem) + 1), "name": name, "handle": h,
                    "first": first, "last": last, "cult": c, "cjk": cjk,
                    "fem": (not cjk and c in LATIN and first in LATIN[c][0])})
    return mem


# ---------------------------------------------------------------- structured generators
def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def N(rng, n):
    return str(rng.randint(2, 9)) + D(rng, n - 1)


PH_C = ["US", "US", "UK", "DE", "FR", "IN", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG",
        "E164"]


def phone(rng, cc=None):
    cc = cc or rng.choice(PH_C)
    r = rng
    if cc == "US":
        a, e, s = N(r, 3), N(r, 3), D(r, 4)
        return r.choice(["+1 %s %s %s", "(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1-%s-%s-%s",
                         "+1 (%s) %s-%s", "%s\u00a0%s\u00a0%s"]) % (a, e, s)
    if cc == "UK":
        if r.random() < 0.6:
            m, rest = "7" + str(r.randint(4, 9)) + D(r, 2), D(r, 6)
            return r.choice(["+44 %s %s", "0%s %s", "+44 (0)%s %s", "+44\u00a0%s\u00a0%s"]) % (m, rest)
        return r.choice(["+44 20 %s %s", "020 %s %s", "+44 (0)20 %s %s"]) % (N(r, 4), D(r, 4))
    if cc == "DE":
        return r.choice(["+49 30 " + N(r, 8), "030/" + N(r, 7), "+49 (0)151 " + D(r, 8),
                         "0151 " + D(r, 8), "+49 89 %s %s" % (N(r, 3), D(r, 4)),
                         "0176/" + D(r, 8), "+49-221-" + N(r, 7)])
    if cc == "FR":
        p = [D(r, 2) for _ in range(4)]
        m = r.choice("67")
        sep = r.choice([" ", ".", " ", "-", "\u00a0"])
        return r.choice(["+33 %s " % m + " ".join(p), "0%s%s" % (m, sep) + sep.join(p),
                         "+33 (0)1 " + " ".join(p)])
    if cc == "IN":
        m, rest = r.choice("6789") + D(r, 4), D(r, 5)
        return r.choice(["+91 %s %s", "+91-%s%s", "0%s %s", "%s %s", "+91 %s-%s"]) % (m, rest)
    if cc == "BR":
        return r.choice(["+55 11 9%s-%s", "(21) 9%s-%s", "+55 (11) 9%s-%s", "(31) 9%s %s"]) % (D(r, 4), D(r, 4))
    if cc == "JP":
        return r.choice(["+81 90-%s-%s", "090-%s-%s", "03-%s-%s", "+81 3 %s %s", "080-%s-%s"]) % (D(r, 4), D(r, 4))
    if cc == "AU":
        return r.choice(["+61 4%s %s %s" % (D(r, 2), D(r, 3), D(r, 3)),
                         "04%s %s %s" % (D(r, 2), D(r, 3), D(r, 3)),
                         "(02) 9%s %s" % (D(r, 3), D(r, 4)), "+61 2 9%s %s" % (D(r, 3), D(r, 4))])
    if cc == "CN":
        m = "1" + r.choice("3589") + D(r, 1)
        return r.choice(["+86 %s %s %s" % (m, D(r, 4), D(r, 4)), "%s %s %s" % (m, D(r, 4), D(r, 4)),
                         m + D(r, 8), "010-" + N(r, 8), "+86-%s-%s-%s" % (m, D(r, 4), D(r, 4))])
    if cc == "ES":
        return r.choice(["+34 6%s %s %s" % (D(r, 2), D(r, 3), D(r, 3)),
                         "6%s %s %s %s" % (D(r, 2), D(r, 2), D(r, 2), D(r, 2)),
                         "+34 91 %s %s %s" % (D(r, 3), D(r, 2), D(r, 2))])
    if cc == "IT":
        return r.choice(["+39 3%s %s %s" % (D(r, 2), D(r, 3), D(r, 4)), "3%s %s" % (D(r, 2), D(r, 7)),
                         "06 %s %s" % (D(r, 4), D(r, 4)), "+39 02 %s %s" % (D(r, 4), D(r, 4))])
    if cc == "NL":
        return r.choice(["+31 6 " + D(r, 8), "06-" + D(r, 8), "020 %s %s" % (N(r, 3), D(r, 4)),
                         "+31 (0)20 %s %s" % (N(r, 3), D(r, 4)), "06 %s %s" % (D(r, 4), D(r, 4))])
    if cc == "NG":
        return r.choice(["+234 80%s %s %s", "080%s %s %s", "+234 (0)80%s %s %s",
                         "070%s%s%s"]) % (r.choice("3679"), D(r, 3), D(r, 4))
    cc2 = r.choice(["1" + N(r, 3) + N(r, 3) + D(r, 4), "44 7" + str(r.randint(4, 9)) + D(r, 8),
                    "49 15" + D(r, 9), "33 6" + D(r, 8), "91 9" + D(r, 9), "55 11 9" + D(r, 8),
                    "81 90" + D(r, 8), "61 4" + D(r, 8), "86 13" + D(r, 9), "34 6" + D(r, 8),
                    "39 3" + D(r, 9), "31 6" + D(r, 8), "234 80" + D(r, 8)])
    return "+" + cc2.replace(" ", "")


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card(rng, valid=True):
    b = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if b == "visa":
        pre, n = "4", 16
    elif b == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif b == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif b == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = rng.choice(["6011", "65" + D(rng, 2)]), 16
    body = pre + D(rng, n - 1 - len(pre))
    for c in "0123456789":
        if luhn_ok(body + c) == valid:
            num = body + c
            break
    sep = rng.choice(["", " ", "-", " "])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)


IBAN_SPEC = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4A10n", "GB": "4A14n",
             "BE": "12n", "AT": "16n", "CH": "17n", "PL": "24n", "PT": "21n", "TR": "22n",
             "BR": "23n1A1A", "SA": "20n", "AE": "19n"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "TR": 26, "BR": 29, "SA": 24, "AE": 23}
BANKS = {"NL": ["ABNA", "INGB", "RABO", "TRIO"], "GB": ["NWBK", "BARC", "MIDL", "LOYD"]}


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban(rng, valid=True):
    cc = rng.choice(list(IBAN_SPEC))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([naA])", IBAN_SPEC[cc]):
        cnt = int(cnt)
        if kind == "n":
            bban += D(rng, cnt)
        elif cc in BANKS and cnt == 4:
            bban += rng.choice(BANKS[cc])
        else:
            bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(cnt))
    cd = 98 - iban_mod(cc + "00" + bban)
    if not valid:
        cd = (cd + rng.randint(1, 90)) % 97
        if cd < 2:
            cd += 2
    s = "%s%02d%s" % (cc, cd, bban)
    if not valid and iban_mod(s) == 1:
        s = "%s%02d%s" % (cc, (cd + 1) % 97 or 3, bban)
    if rng.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    c = s.replace(" ", "")
    return c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod(c) == 1


def ssn(rng, valid=True):
    if valid:
        a = rng.choice([x for x in range(1, 900) if x != 666])
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        k = rng.randint(0, 3)
        if k == 0:
            a = rng.choice([0, 666, rng.randint(900, 999)])
        elif k == 1:
            g = 0
        elif k == 2:
            s = 0
        else:
            a = rng.randint(900, 999)
        if a == 666 and valid:
            a = 665
    return ("%03d-%02d-%04d" if rng.random() < 0.8 else "%03d %02d %04d") % (a, g, s)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, se = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return a != 0 and a != 666 and a < 900 and g != 0 and se != 0


def ip4(rng):
    while True:
        a = ".".join(str(x) for x in (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255),
                                       rng.randint(1, 254)))
        if ipaddress.ip_address(a).is_global:
            return a


def ip4_private(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                       "127.0.0.1", "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254)),
                       "192.0.2.%d" % rng.randint(1, 254), "198.51.100.%d" % rng.randint(1, 254),
                       "203.0.113.%d" % rng.randint(1, 254), "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                       "0.0.0.0", "255.255.255.255"])


def ip6(rng):
    while True:
        pre = rng.choice([0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2600, 0x2604, 0x2607, 0x2400, 0x2401,
                          0x2404, 0x2406, 0x2c0f, 0x2800, 0x2803])
        hs = [pre] + [rng.randint(0, 0xffff) for _ in range(7)]
        k = rng.randint(0, 3)
        if k:
            for i in range(3, 3 + k):
                hs[i] = 0
        a = ipaddress.IPv6Address(":".join("%x" % h for h in hs))
        if a.is_global:
            return a.exploded if rng.random() < 0.2 else a.compressed


def ip6_private(rng):
    return rng.choice(["fe80::%x:%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff)), "::1",
                       "fd%02x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "2001:db8::%x" % rng.randint(1, 0xffff), "2001:db8:%x::1" % rng.randint(1, 0xffff)])


def ip_is_global(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de",
           "web.de", "orange.fr", "libero.it", "uol.com.br", "qq.com", "163.com", "naver.com",
           "yahoo.co.jp", "rediffmail.com", "hotmail.es", "wp.pl", "ziggo.nl", "mail.ru"]
CODOM = ["acme.io", "northwind.co", "brightloop.ai", "kestrel-labs.com", "finova.de", "tecnova.es",
         "lumen.com.br", "hanwa.co.jp", "tinta.it", "datapunt.nl", "veri.com.tr", "mocny.pl",
         "sinar.co.id", "zenith.in", "orbis.fr", "halcyon.health"]
ROLES = ["jobs", "careers", "hr", "press", "talent", "hello", "recruiting", "info", "hiring"]


def email_addr(rng, m):
    lp = m["handle"].replace("_", ".")
    if rng.random() < 0.3:
        return lp + "@" + rng.choice(CODOM)
    return lp + "@" + rng.choice(MAILDOM)


def email_item(rng, m=None, role=False):
    """pieces for an e-mail: plain, mailto:, <...>, or obfuscated."""
    a = (rng.choice(ROLES) + "@" + rng.choice(CODOM)) if role or m is None else email_addr(rng, m)
    k = rng.random()
    if k < 0.12:
        u, d = a.split("@")
        dd = d.rsplit(".", 1)
        o = rng.choice(["%s [at] %s [dot] %s", "%s(at)%s.%s", "%s at %s dot %s", "%s [at] %s.%s"])
        if o == "%s at %s dot %s":
            o = "%s [at] %s [dot] %s"
        return [(o % (u, dd[0], dd[1]), "EMAIL")]
    if k < 0.2:
        return ["mailto:", (a, "EMAIL")]
    if k < 0.28:
        return ["<", (a, "EMAIL"), ">"]
    return [(a, "EMAIL")]


def profile_url(rng, m):
    h = m["handle"]
    hs = h.replace(".", "-").replace("_", "-")
    u = rng.choice(["linkedin.com/in/" + hs, "github.com/" + hs, "x.com/" + h.replace(".", "_"),
                    "medium.com/@" + h, "bsky.app/profile/" + hs + ".bsky.social",
                    hs + ".substack.com", "calendly.com/" + hs, "askfirst.example/u/" + h,
                    "askfirst.example/u/" + h, "www.linkedin.com/in/" + hs + "/"])
    if rng.random() < 0.55:
        u = "https://" + u
    return u


URL_RE = re.compile(r"(https?://)?(www\.)?(linkedin\.com/in/[\w-]+/?|github\.com/[\w-]+|x\.com/\w+|"
                    r"medium\.com/@[\w.]+|bsky\.app/profile/[\w.-]+|[\w-]+\.substack\.com|"
                    r"calendly\.com/[\w-]+|askfirst\.example/u/[\w.]+)")


def neg_url(rng):
    return rng.choice(["https://www.linkedin.com/company/northwind-labs/", "acme.io/careers",
                       "https://jobs.brightloop.ai/openings/4411", "https://docs.python.org/3/library/re.html",
                       "https://arxiv.org/abs/2406.%05d" % rng.randint(1, 20000),
                       "https://www.eventbrite.com/e/ai-summit-tickets-%d" % rng.randint(10**9, 10**10),
                       "https://forms.gle/Xk3uQ%dZp" % rng.randint(10, 99), "github.com/features/actions",
                       "https://doi.org/10.1145/%d.%d" % (rng.randint(3000000, 3700000), rng.randint(1000000, 9999999)),
                       "kestrel-labs.com/blog/why-we-hire-juniors", "https://lu.ma/ml-meetup-%d" % rng.randint(10, 99),
                       "https://www.linkedin.com/jobs/view/%d" % rng.randint(10**9, 10**10)])


def doc_item(rng):
    return rng.choice(["jane.doe@example.com", "recruiter@example.org", "test.user@example.net",
                       "https://example.com/profile/jdoe", "https://www.example.org/careers",
                       "noreply@mail.test", "admin@corp.invalid", "http://app.example.net/u/demo",
                       "john@example.com", "https://shop.test/checkout"])


NEG_PHONE = {
    "date": lambda r: r.choice(["%d-%02d-%02d" % (2026, r.randint(1, 12), r.randint(1, 28)),
                                "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12)),
                                "%02d.%02d.2026" % (r.randint(1, 28), r.randint(1, 12))]),
    "time": lambda r: "%02d:%02d–%02d:%02d" % (r.randint(8, 12), r.choice([0, 15, 30, 45]), r.randint(13, 18), r.choice([0, 30])),
    "price": lambda r: r.choice(["$%d,%03d.%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)),
                                 "€ %d.%03d,00" % (r.randint(1, 99), r.randint(0, 999)),
                                 "R$ %d.%03d,%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)),
                                 "₹%d,%02d,%03d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 999))]),
    "order_number": lambda r: r.choice(["%d-%d-%d" % (r.randint(100, 999), r.randint(1000000, 9999999), r.randint(1000000, 9999999)),
                                        "%04d-%04d-%02d" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(10, 99))]),
    "ticket_number": lambda r: r.choice(["INC%07d" % r.randint(1, 9999999), "SR-%d-%04d" % (2026, r.randint(1, 9999)),
                                         "%d %03d %04d" % (r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999))]),
    "isbn": lambda r: r.choice(["978-0-306-40615-7", "978-3-16-148410-0", "978-1-4028-9462-6", "978-85-359-0277-5"]),
    "version": lambda r: r.choice(["%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(0, 99)),
                                   "v%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 99))]),
    "patent": lambda r: r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 11), r.randint(0, 999), r.randint(0, 999)),
                                  "EP %d %03d %03d A1" % (r.randint(3, 4), r.randint(0, 999), r.randint(0, 999))]),
}
NEG_CUE = {  # (english template with {x}) cue a reader uses
    "date": ["The deadline is {x}.", "Webinar recording from {x} is up.", "Posted on {x}"],
    "time": ["Office hours {x} CET.", "Slot: {x}"],
    "price": ["The course costs {x} per seat.", "Budget approved: {x}."],
    "order_number": ["My order #{x} never arrived.", "Order no. {x} is stuck in customs."],
    "ticket_number": ["Support ticket {x} is still open.", "Ref. ticket {x}, please advise."],
    "isbn": ["ISBN {x} if you want the print edition.", "Reading list: ISBN {x}"],
    "version": ["Upgraded to firmware version {x} last night.", "Release {x} fixes the login bug."],
    "patent": ["Our patent {x} was finally granted.", "See patent {x} for prior art."],
}


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def add(self, piece):
        if isinstance(piece, str):
            self.buf.append(piece)
            self.n += len(piece)
        elif isinstance(piece, list):
            for p in piece:
                self.add(p)
        elif len(piece) == 2:
            self.spans.append((self.n, self.n + len(piece[0]), piece[1]))
            self.add(piece[0])
        else:
            self.negs.append((self.n, self.n + len(piece[0]), piece[2]))
            self.add(piece[0])
        return self

    def f(self, tpl, **kw):
        for i, part in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if i % 2 == 0:
                self.add(part)
            else:
                self.add(kw[part])
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- corpus generator
class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.m = members
        self.by = {}
        for x in members:
            self.by.setdefault(x["cult"], []).append(x)

    def mem(self, cult=None):
        if cult and cult in self.by and self.r.random() < 0.7:
            return self.r.choice(self.by[cult])
        return self.r.choice(self.m)

    # name forms ------------------------------------------------------
    def full(self, m):
        return [(m["name"], "PERSON")]

    def first(self, m):
        return [(m["first"], "PERSON")]

    def titled(self, m):
        if m["cjk"]:
            return [(m["last"], "PERSON"), self.r.choice(["さん", "先生", "老师", "님", "氏"][:3] if m["cult"] != "ko" else ["님", "씨"])]
        t = self.r.choice(["Dr. ", "Prof. ", "Ms. " if m["fem"] else "Mr. "])
        return [t, (m["last"], "PERSON")]

    def poss(self, m):
        if m["cjk"]:
            return [(m["name"], "PERSON"), "的" if m["cult"] == "zh" else "の"]
        return [(m["first"], "PERSON"), "'s"]

    def mention(self, m):
        if self.r.random() < 0.5:
            return [("@" + m["handle"], "HANDLE")]
        return ["@", (m["name"], "PERSON")]

    def addr(self, m):
        """a way to address a member: greeting/thanks vocative."""
        return self.first(m) if not m["cjk"] else [(m["name"], "PERSON")]

    # structured pieces ---------------------------------------------
    def pii(self, m, kinds=None):
        r = self.r
        k = r.choice(kinds or ["email", "email", "phone", "phone", "url", "url", "handle", "ip4",
                               "ip6", "card", "iban", "ssn"])
        if k == "email":
            return email_item(r, m, role=r.random() < 0.15)
        if k == "phone":
            return [(phone(r), "PHONE")]
        if k == "url":
            u = profile_url(r, m)
            return [(u, "URL")]
        if k == "handle":
            return [("@" + m["handle"], "HANDLE")]
        if k == "ip4":
            a = ip4(r)
            x = r.random()
            if x < 0.2:
                return [(a, "IPV4"), ":" + str(r.choice([22, 443, 8080, 3389]))]
            if x < 0.3:
                return [(a, "IPV4"), "/" + str(r.choice([24, 32, 28]))]
            return [(a, "IPV4")]
        if k == "ip6":
            a = ip6(r)
            if r.random() < 0.2:
                return ["[", (a, "IPV6"), "]:" + str(r.choice([443, 8443]))]
            return [(a, "IPV6")]
        if k == "card":
            return [(card(r), "CREDIT_CARD")]
        if k == "iban":
            return [(iban(r), "IBAN")]
        return [(ssn(r), "US_SSN")]

    def negative(self, cat=None):
        r = self.r
        cat = cat or r.choice(list(NEG_CUE) + ["ip_reserved", "luhn_invalid", "iban_bad_check",
                                                 "ssn_invalid", "url_not_person", "doc_domain",
                                                 "company_name", "place_name", "eponym",
                                                 "non_member_name", "ordinary_word"])
        if cat in NEG_CUE:
            return self.b_tpl(r.choice(NEG_CUE[cat]), (NEG_PHONE[cat](r), None, cat))
        if cat == "ip_reserved":
            a = ip4_private(r) if r.random() < 0.7 else ip6_private(r)
            return self.b_tpl(r.choice(["The printer sits at {x} on the office LAN.",
                                        "Our staging box is {x}, only reachable over VPN.",
                                        "Default gateway {x} keeps dropping."]), (a, None, cat))
        if cat == "luhn_invalid":
            return self.b_tpl(r.choice(["Test number {x} fails the checksum, as it should.",
                                        "Tracking ID {x} shows no movement."]), (card(r, False), None, cat))
        if cat == "iban_bad_check":
            return self.b_tpl("The form rejected {x} because the check digits are wrong.",
                              (iban(r, False), None, cat))
        if cat == "ssn_invalid":
            return self.b_tpl(r.choice(["Sample SSN in the training deck: {x} (invalid on purpose).",
                                        "Placeholder SSN {x} in the template."]), (ssn(r, False), None, cat))
        if cat == "url_not_person":
            return self.b_tpl(r.choice(["More at {x} .", "Details: {x}", "Apply here: {x}",
                                        "Paper: {x}"]), (neg_url(r), None, cat))
        if cat == "doc_domain":
            return self.b_tpl(r.choice(["In the docs they use {x} as the sample.",
                                        "Replace {x} with your own address."]), (doc_item(r), None, cat))
        if cat == "company_name":
            c = r.choice(COMPANIES)
            return self.b_tpl(r.choice(["Just got an offer from {x}!", "{x} is cutting 5% of staff.",
                                        "Analysts at {x} expect rates to fall."]), (c, None, cat))
        if cat == "place_name":
            c = r.choice(PLACES)
            return self.b_tpl(r.choice(["Relocating to {x} next month.", "Hiring on-site in {x}.",
                                        "Great meetup in {x} yesterday."]), (c, None, cat))
        if cat == "eponym":
            c = r.choice(EPONYMS)
            return self.b_tpl(r.choice(["Everything is {x} if you wait long enough.",
                                        "Interview question: explain {x}.",
                                        "Today I learned about {x}."]), (c, None, cat))
        if cat == "non_member_name":
            c = r.choice(FAMOUS)
            return self.b_tpl(r.choice(["As {x} put it, culture eats strategy.",
                                        "Currently reading {x} again.", "Quote of the day by {x}."]),
                              (c, None, cat))
        w, sent = r.choice(ORDINARY)
        i = sent.index(w)
        return [sent[:i], (w, None, cat), sent[i + len(w):]]

    def b_tpl(self, tpl, item):
        a, b = tpl.split("{x}")
        return [a, item, b]

    # ------------------------------------------------------------ filler
    def fill(self, lang, k=1):
        out = []
        for _ in range(k):
            out.append(self.r.choice(FILL.get(lang, FILL["en"])))
        return " ".join(out)


FILL = {
    "en": ["Hot take: most meetings should be documents.", "Three things I learned from shipping our first ML model:",
           "Remote work is not the problem, unclear goals are.", "What is one skill you picked up this year?",
           "Our team grew from 4 to 40 and the hardest part was onboarding.", "Interest rates are shaping every hiring plan I see.",
           "Tip: write the README before the code.", "Agreed, this matters.", "Great point.", "So true!",
           "The new EU rules on AI will change how we label data.", "If your dashboard has 40 charts, nobody reads any of them.",
           "Reminder that rest is part of the job.", "Juniors need mentors, not just tickets.",
           "Curious how others handle on-call fatigue.", "Data quality beats model size, again.",
           "Big news for the logistics industry this week.", "Keep your CV to two pages.", "Love this.",
           "Mentorship changed my career more than any course.", "Looking for book recommendations on negotiation."],
    "es": ["Gran reflexión, gracias por compartir.", "El trabajo remoto llegó para quedarse.", "¿Qué opinan de la nueva ley de IA?",
           "Consejo: documenta antes de programar.", "Muy buen artículo.", "La calidad de los datos importa más que el modelo."],
    "pt": ["Excelente ponto!", "O mercado de tecnologia no Brasil está aquecido.", "Dica: peça feedback toda semana.",
           "Alguém mais sentiu isso nas entrevistas?", "Parabéns pela conquista!", "Conteúdo muito útil."],
    "de": ["Spannender Beitrag, danke fürs Teilen.", "Homeoffice ist kein Problem, unklare Ziele schon.",
           "Tipp: erst die Doku, dann der Code.", "Wer ist nächste Woche auch auf der Messe?", "Sehr gut auf den Punkt gebracht."],
    "fr": ["Très bon article, merci.", "Le télétravail reste un sujet sensible.", "Conseil : écrivez la doc avant le code.",
           "Qui sera au salon la semaine prochaine ?", "Entièrement d'accord."],
    "it": ["Ottimo spunto, grazie.", "Il lavoro ibrido funziona se gli obiettivi sono chiari.", "Consiglio: chiedete feedback spesso.",
           "Bellissimo traguardo!"],
    "nl": ["Mooi gezegd.", "Thuiswerken is niet het probleem, onduidelijke doelen wel.", "Tip: schrijf eerst de documentatie.",
           "Wie is er volgende week ook op het congres?"],
    "tr": ["Harika bir paylaşım, teşekkürler.", "Uzaktan çalışma kalıcı oldu.", "İpucu: önce dokümantasyonu yazın.",
           "Tebrikler, çok hak edilmiş bir başarı!"],
    "pl": ["Świetny wpis, dzięki.", "Praca zdalna zostaje z nami.", "Rada: najpierw dokumentacja, potem kod.",
           "Gratulacje, zasłużony sukces!"],
    "id": ["Setuju banget.", "Kerja remote bukan masalah, target yang tidak jelas itu masalahnya.",
           "Tips: tulis dokumentasi dulu.", "Selamat atas pencapaiannya!"],
    "hi": ["Bahut badhiya post, thanks for sharing.", "Yeh interview tips kaafi helpful the.",
           "आज की मीटिंग बहुत अच्छी रही।", "Remote kaam mein clarity sabse zaroori hai.", "बधाई हो! 🎉"],
    "ja": ["とても参考になりました。", "リモートワークの課題は目標の不明確さだと思います。", "来週のカンファレンスに参加する方いますか？",
           "おめでとうございます！"],
    "zh": ["非常有启发，谢谢分享。", "远程办公的关键是目标清晰。", "下周的行业大会有人去吗？", "恭喜恭喜！"],
    "ko": ["좋은 글 감사합니다.", "원격 근무의 핵심은 명확한 목표입니다.", "다음 주 컨퍼런스 가시는 분 있나요?", "축하드립니다!"],
    "ar": ["منشور رائع، شكراً للمشاركة.", "العمل عن بعد يحتاج إلى أهداف واضحة.", "مبروك على هذا الإنجاز!"],
}
PH = {  # language: (thanks tpl, congrats tpl, contact tpl, call tpl, intro tpl)
    "en": (["Thanks, {n}!", "Thank you {n}, this helped a lot.", "Great post, {n}.", "Hi {n}, quick question:"],
           ["Congrats {n}! Well deserved.", "Congratulations on the new role, {n}!"],
           ["Reach me at {x}.", "My email is {x} if you want the slides.", "Send your CV to {x}"],
           ["Call me on {x}.", "You can reach me at {x} after 5pm.", "WhatsApp: {x}"],
           ["Please welcome {n} to the team!", "Meet {n}, our new head of data."]),
    "es": (["¡Gracias, {n}!", "Hola {n}, una pregunta:"], ["¡Felicidades {n}!"],
           ["Escríbeme a {x}.", "Mi correo: {x}"], ["Llámame al {x}.", "Mi móvil: {x}"],
           ["Demos la bienvenida a {n} al equipo."]),
    "pt": (["Valeu, {n}!", "Oi {n}, tudo bem?"], ["Parabéns, {n}!"], ["Me manda um e-mail: {x}"],
           ["Meu WhatsApp: {x}", "Liga pra mim no {x}."], ["Deem as boas-vindas a {n}!"]),
    "de": (["Danke, {n}!", "Hallo {n}, kurze Frage:"], ["Glückwunsch, {n}!"], ["Schreib mir an {x}."],
           ["Ruf mich an unter {x}.", "Mobil: {x}"], ["Willkommen im Team, {n}!"]),
    "fr": (["Merci {n} !", "Bonjour {n}, petite question :"], ["Bravo {n} !"], ["Écrivez-moi à {x}."],
           ["Appelez-moi au {x}.", "Tél. : {x}"], ["Bienvenue à {n} dans l'équipe !"]),
    "it": (["Grazie {n}!", "Ciao {n}, una domanda:"], ["Complimenti {n}!"], ["Scrivimi a {x}."],
           ["Chiamami al {x}."], ["Diamo il benvenuto a {n}!"]),
    "nl": (["Dank je, {n}!", "Hoi {n}, korte vraag:"], ["Gefeliciteerd {n}!"], ["Mail me op {x}."],
           ["Bel me op {x}."], ["Welkom in het team, {n}!"]),
    "tr": (["Teşekkürler {n}!", "Merhaba {n}, bir sorum var:"], ["Tebrikler {n}!"], ["Bana yazın: {x}"],
           ["Telefon: {x}"], ["Ekibe hoş geldin {n}!"]),
    "pl": (["Dzięki, {n}!", "Cześć {n}, szybkie pytanie:"], ["Gratulacje, {n}!"], ["Napisz do mnie: {x}"],
           ["Zadzwoń: {x}"], ["Powitajcie {n} w zespole!"]),
    "id": (["Makasih, {n}!", "Halo {n}, mau tanya:"], ["Selamat ya {n}!"], ["Email aku di {x}"],
           ["WA: {x}"], ["Selamat datang {n} di tim!"]),
    "hi": (["Thanks {n} bhai!", "Shukriya {n} ji 🙏", "{n}, bahut accha likha."], ["Badhai ho {n}!"],
           ["Mujhe mail karo: {x}"], ["Mera number {x} hai, call kar lena."], ["Team mein swagat hai {n} ka!"]),
    "ja": (["{n}さん、ありがとうございます！"], ["{n}さん、おめでとうございます！"], ["連絡先：{x}", "{x}までご連絡ください。"],
           ["電話番号は{x}です。", "携帯{x}まで"], ["新しいメンバーの{n}さんを紹介します。"]),
    "zh": (["谢谢{n}！"], ["恭喜{n}！"], ["联系我：{x}", "简历请发到{x}谢谢"], ["电话：{x}", "有事打我电话{x}"], ["欢迎{n}加入团队！"]),
    "ko": (["{n}님 감사합니다!"], ["{n}님 축하드려요!"], ["연락처: {x}"], ["전화: {x}"], ["새로 합류한 {n}님을 소개합니다."]),
    "ar": (["شكراً {n}!"], ["مبروك يا {n}!"], ["راسلني على {x}"], ["رقمي: {x}"], ["نرحب بـ {n} في الفريق!"]),
}
LANG_W = [("en", 46), ("es", 8), ("pt", 7), ("de", 6), ("fr", 5), ("hi", 5), ("id", 4), ("ja", 3),
          ("zh", 3), ("ar", 2), ("it", 3), ("nl", 2), ("tr", 2), ("ko", 2), ("pl", 2)]
LANG_CULT = {"en": "en", "es": "es", "pt": "pt", "de": "de", "fr": "fr", "hi": "in", "id": "id",
             "ja": "ja", "zh": "zh", "ar": "ar", "it": "it", "nl": "nl", "tr": "tr", "ko": "ko", "pl": "pl"}
CJK_LANG = {"ja", "zh", "ko"}


def sp(lang):
    return "" if lang in ("ja", "zh") else " "


def kind_comment(g, b, lang):
    r = g.r
    x = r.random()
    if x < 0.55:
        b.add(g.fill(lang))
    elif x < 0.8:
        m = g.mem(LANG_CULT[lang])
        b.f(r.choice(PH[lang][0] + PH[lang][1]), n=g.addr(m))
        if r.random() < 0.4:
            b.add(sp(lang) + g.fill(lang))
    elif x < 0.9:
        m = g.mem(LANG_CULT[lang])
        b.add(g.mention(m) + [" " + r.choice(["this is for you", "you'll like this", "👀", "+1"])])
    else:
        b.add(g.negative())


def kind_post(g, b, lang):
    r = g.r
    b.add(g.fill(lang, r.randint(1, 4)))
    x = r.random()
    if x < 0.25:
        b.add(" ")
        b.add(g.negative())
    elif x < 0.4:
        m = g.mem(LANG_CULT[lang])
        b.add(sp(lang))
        b.f(r.choice(PH[lang][4]), n=g.full(m))
    elif x < 0.5:
        m = g.mem(LANG_CULT[lang])
        b.add(sp(lang))
        b.f(r.choice(PH[lang][2] + PH[lang][3]),
            x=g.pii(m, ["email", "phone", "url"]) if r.random() < 0.9 else email_item(r, None, True))
    elif x < 0.58:
        ms = [g.mem() for _ in range(r.randint(1, 3))]
        b.add(" Thanks to ")
        for i, m in enumerate(ms):
            if i:
                b.add(", ")
            b.add(g.mention(m))
        b.add(" for the help.")
    if r.random() < 0.3:
        b.add("\n" + " ".join(r.sample(["#AI", "#hiring", "#leadership", "#career", "#data", "#remote",
                                          "#startups", "#opentowork"], 2)))


def kind_chat(g, b, lang):
    r = g.r
    ms = [g.mem(LANG_CULT[lang]) for _ in range(r.randint(2, 4))]
    lines = r.randint(2, 6)
    for i in range(lines):
        m = r.choice(ms)
        if i:
            b.add("\n")
        b.add(g.full(m) if (m["cjk"] or r.random() < 0.3) else g.first(m))
        b.add(": ")
        y = r.random()
        if y < 0.5:
            b.add(g.fill(lang))
        elif y < 0.7:
            o = r.choice(ms)
            if o is not m:
                b.f(r.choice(PH[lang][0]), n=g.addr(o))
            else:
                b.add(g.fill(lang))
        elif y < 0.85:
            b.f(r.choice(PH[lang][2] + PH[lang][3]), x=g.pii(m, ["email", "phone", "phone", "url"]))
        elif y < 0.92:
            b.add(g.negative())
        else:
            b.add(r.choice(["ok 👍", "lol", "sure", "on it", "👍"]))


def kind_dm(g, b, lang):
    r = g.r
    to, fr = g.mem(LANG_CULT[lang]), g.mem(LANG_CULT[lang])
    b.f(r.choice(PH[lang][0]), n=g.addr(to))
    b.add(" " + g.fill(lang))
    y = r.random()
    if y < 0.5:
        b.add(" ")
        b.f(r.choice(PH[lang][2] + PH[lang][3]), x=g.pii(fr, ["email", "phone", "url", "phone"]))
    elif y < 0.6:
        b.add(" Invoice IBAN: ")
        b.add([(iban(r), "IBAN")])
    elif y < 0.65:
        b.add(" For the background check form, my SSN is ")
        b.add([(ssn(r), "US_SSN")])
        b.add(".")
    b.add("\n— ")
    b.add(g.first(fr) if not fr["cjk"] else g.full(fr))


def kind_profile(g, b, lang):
    r = g.r
    m = g.mem(LANG_CULT[lang])
    b.add(g.full(m))
    b.add(r.choice([" | ", " · ", " — "]))
    b.add(r.choice(["Senior Data Engineer at Northwind", "Product Manager | Fintech | Ex-Acme",
                    "Talent Partner, EMEA", "Founder @ Brightloop", "ML researcher, ex-" + r.choice(COMPANIES[:8]),
                    "Nurse educator and mentor", "Open to work: backend roles"]))
    b.add("\nAbout: " + g.fill(lang, r.randint(1, 3)))
    k = r.random()
    if k < 0.6:
        b.add("\nContact: ")
        b.add(g.pii(m, ["email", "url", "url", "phone"]))
        if r.random() < 0.4:
            b.add(" (")
            b.add([(profile_url(r, m), "URL")])
            b.add(")")
    if r.random() < 0.5:
        b.add("\nExperience: 2019–2023 ")
        b.add(r.choice(["Analyst, Goldman Sachs", "Engineer, Siemens", "Consultant, Ernst & Young",
                        "Intern, Philips", "Buyer, Marks & Spencer"]).split(", ")[0] + ", ")
        c = r.choice(["Goldman Sachs", "Siemens", "Ernst & Young", "Philips", "Marks & Spencer", "Ford"])
        b.add((c, None, "company_name"))
        b.add(", ")
        b.add((r.choice(PLACES), None, "place_name"))


def kind_job(g, b, lang):
    r = g.r
    b.add(r.choice(["We're hiring: ", "Job: ", "Vacante: ", "Stellenangebot: ", "Vaga: ", "求人："]))
    b.add(r.choice(["Senior Backend Engineer (Go)", "Data Analyst", "Head of Sales", "UX Researcher",
                    "Site Reliability Engineer", "Account Executive"]))
    b.add(" — ")
    b.add((r.choice(PLACES), None, "place_name"))
    b.add(" or remote.\n")
    b.add(g.fill("en" if lang in ("ja", "zh", "ko", "ar") else lang, r.randint(1, 2)))
    b.add("\nSalary: ")
    b.add((NEG_PHONE["price"](r), None, "price"))
    b.add(" a year.\nApply: ")
    b.add((neg_url(r), None, "url_not_person"))
    if r.random() < 0.5:
        b.add(" or e-mail ")
        b.add(email_item(r, None, role=True))
    if r.random() < 0.3:
        m = g.mem()
        b.add("\nQuestions? Ping the recruiter ")
        b.add(g.mention(m))
        b.add(".")


def kind_event(g, b, lang):
    r = g.r
    b.add(r.choice(["Event: Data & AI Breakfast", "Meetup: Women in Tech", "Webinar: Hiring in 2027",
                    "Workshop: Negotiation for engineers"]))
    b.add("\nWhen: ")
    b.add((NEG_PHONE["date"](r), None, "date"))
    b.add(", ")
    b.add((NEG_PHONE["time"](r), None, "time"))
    b.add("\nWhere: ")
    b.add((r.choice(PLACES), None, "place_name"))
    b.add("\nTickets: ")
    b.add(("https://www.eventbrite.com/e/tickets-%d" % r.randint(10**9, 10**10), None, "url_not_person"))
    if r.random() < 0.6:
        m = g.mem()
        b.add("\nSpeaker: ")
        b.add(g.titled(m) if (r.random() < 0.3 and not m["cjk"]) else g.full(m))
        b.add(r.choice([", author of ", ", who will discuss "]))
        b.add((r.choice(EPONYMS), None, "eponym"))
        b.add(".")
    if r.random() < 0.3:
        b.add("\nRSVP questions: ")
        b.add(email_item(r, None, role=True))


def kind_reco(g, b, lang):
    r = g.r
    m = g.mem(LANG_CULT[lang] if lang == "en" else None)
    b.add("I had the pleasure of working with ")
    b.add(g.full(m))
    b.add(" at " + r.choice(["Northwind", "Acme", "Brightloop", "Kestrel Labs"]) + ". ")
    if not m["cjk"]:
        b.add(g.poss(m))
        b.add(" ability to turn messy data into decisions is rare. ")
        b.add(g.first(m))
        b.add(r.choice([" would be an asset to any team.", " mentored half our juniors."]))
    else:
        b.add("A rare talent.")


def kind_support(g, b, lang):
    r = g.r
    m = g.mem()
    b.add("Hi ")
    b.add(g.addr(m))
    b.add(", thanks for contacting Trust & Safety. We received your report about ")
    o = g.mem()
    b.add([("@" + o["handle"], "HANDLE")])
    b.add(" (case ")
    b.add((NEG_PHONE["ticket_number"](r), None, "ticket_number"))
    b.add("). ")
    x = r.random()
    if x < 0.4:
        b.add("The suspicious logins came from ")
        b.add(g.pii(m, ["ip4"]))
        b.add(" and ")
        b.add(g.pii(m, ["ip6"]))
        b.add(". ")
    elif x < 0.6:
        b.add("The account e-mail on file is ")
        b.add(email_item(r, m))
        b.add(" and the recovery phone is ")
        b.add([(phone(r), "PHONE")])
        b.add(". ")
    elif x < 0.75:
        b.add("Please never post card numbers: we removed ")
        b.add([(card(r), "CREDIT_CARD")])
        b.add(" from your post. ")
    b.add("Internal hosts like ")
    b.add((ip4_private(r), None, "ip_reserved"))
    b.add(" are never shown to members.")


def kind_article(g, b, lang):
    r = g.r
    m = g.mem("en" if r.random() < 0.5 else None)
    while m["cjk"]:
        m = g.mem()
    target = r.randint(600, 2500)
    b.add(r.choice(["Newsletter #%d: " % r.randint(10, 200), "Long read: ", "Founders' digest — "]))
    b.add(r.choice(["What a decade in data taught us", "The quiet work of good managers",
                    "Inside a logistics turnaround"]) + "\n\n")
    b.add("This week I sat down with ")
    t = r.choice(["Dr. ", "Prof. ", ""])
    b.add(t)
    b.add(g.full(m))
    b.add(", who leads research at " + r.choice(["Northwind", "Kestrel Labs", "Halcyon Health"]) + ". ")
    uses = 0
    while b.n < target:
        y = r.random()
        if y < 0.45:
            b.add(g.fill("en", 1) + " ")
        elif y < 0.6:
            b.add(g.first(m))
            b.add(r.choice([" says the hardest part was hiring. ", " laughs when I ask about deadlines. "]))
        elif y < 0.7:
            b.add([(t or r.choice(["Dr. ", "Ms. " if m["fem"] else "Mr. "])), (m["last"], "PERSON")])
            b.add(" argues that teams should measure less and talk more. ")
        elif y < 0.78:
            b.add(g.poss(m))
            b.add(" team rebuilt the pipeline in six weeks. ")
        elif y < 0.9:
            b.add(g.negative())
            b.add(" ")
        else:
            b.add("\n\n")
        uses += 1
    if r.random() < 0.4:
        b.add("\nFollow ")
        b.add(g.first(m))
        b.add(" at ")
        b.add([(profile_url(r, m), "URL")])
        b.add(".")


def kind_dense(g, b, lang):
    """a few records carry many items: a paste of contact and payment details."""
    r = g.r
    m = g.mem()
    b.add("Forwarding the onboarding details for ")
    b.add(g.full(m))
    b.add(":\nEmail: ")
    b.add(email_item(r, m))
    b.add("\nPhone: ")
    b.add([(phone(r), "PHONE")])
    b.add("\nProfile: ")
    b.add([(profile_url(r, m), "URL")])
    b.add("\nIBAN: ")
    b.add([(iban(r), "IBAN")])
    if r.random() < 0.5:
        b.add("\nSSN: ")
        b.add([(ssn(r), "US_SSN")])
    if r.random() < 0.4:
        b.add("\nCorporate card: ")
        b.add([(card(r), "CREDIT_CARD")])
    b.add("\nVPN egress: ")
    b.add(g.pii(m, ["ip4"]))
    b.add("\nStart date: ")
    b.add((NEG_PHONE["date"](r), None, "date"))
    b.add("\ncc ")
    b.add(g.mention(g.mem()))


KINDS = [(kind_comment, 26), (kind_post, 28), (kind_chat, 8), (kind_dm, 9), (kind_profile, 7),
         (kind_job, 6), (kind_event, 4), (kind_reco, 3), (kind_support, 3), (kind_article, 4),
         (kind_dense, 2)]


# ---------------------------------------------------------------- checking
WORD = re.compile(r"\w+")
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
HTOK = re.compile(r"[A-Za-z0-9_.]+")


class Checker:
    def __init__(self, members):
        self.full = set()
        self.cjk = set()
        self.handles = set()
        self.parts = set()
        for m in members:
            if m["cjk"]:
                self.cjk.add(m["name"])
                self.parts.update([m["name"], m["first"], m["last"]])
            else:
                self.full.add(norm(m["name"]))
                self.parts.add(m["name"])
                self.parts.update(m["name"].split(" "))
                self.parts.add(m["last"])
            self.handles.add(m["handle"].lower())

    def unlabelled(self, text, spans):
        def covered(s, e):
            return any(a <= s and e <= b for a, b, _ in spans)
        bad = []
        ws = [(x.start(), x.end(), norm(x.group())) for x in WORD.finditer(text)]
        for i in range(len(ws)):
            for k in (2, 3, 4):
                if i + k > len(ws):
                    break
                seg = ws[i:i + k]
                if any(text[seg[j][1]:seg[j + 1][0]] != " " for j in range(k - 1)):
                    break
                key = " ".join(w[2] for w in seg)
                if key in self.full and not covered(seg[0][0], seg[-1][1]):
                    bad.append(text[seg[0][0]:seg[-1][1]])
        for mo in CJK_RUN.finditer(text):
            s0, run = mo.start(), mo.group()
            for i in range(len(run)):
                for L in (2, 3, 4):
                    if run[i:i + L] in self.cjk and len(run[i:i + L]) == L and not covered(s0 + i, s0 + i + L):
                        bad.append(run[i:i + L])
        for mo in HTOK.finditer(text):
            t = mo.group().rstrip(".")
            if t.lower() in self.handles and not covered(mo.start(), mo.start() + len(t)):
                bad.append(t)
        return bad


EMAIL_RE = re.compile(r"[\w.+-]+(@|\s?\[at\]\s?|\(at\))[\w-]+((\.|\s?\[dot\]\s?)[\w-]+)+")


def valid(typ, s, ck):
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s)) and not re.search(r"example\.|\.test$|\.invalid$", s)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?[\d (\)\-./\u00a0]+", s)) and 8 <= sum(c.isdigit() for c in s) <= 15
    if typ == "IPV4":
        return bool(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", s)) and ip_is_global(s)
    if typ == "IPV6":
        return ":" in s and ip_is_global(s)
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", s)
        ok_brand = (d[0] == "4" and len(d) == 16) or (len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)) \
            or (len(d) == 15 and d[:2] in ("34", "37")) or (len(d) == 16 and (d.startswith("6011") or d.startswith("65")))
        return d.isdigit() and ok_brand and luhn_ok(d)
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "URL":
        return bool(URL_RE.fullmatch(s))
    if typ == "HANDLE":
        return s.startswith("@") and s[1:].lower() in ck.handles
    if typ == "PERSON":
        return s in ck.parts
    return False


def check_record(rec, ck):
    errs = []
    t = rec["text"]
    n = len(t)
    allsp = [(s["start"], s["end"], s["type"]) for s in rec["spans"]]
    alln = [(s["start"], s["end"], s["category"]) for s in rec["negatives"]]
    for s, e, ty in allsp + alln:
        if not (0 <= s < e <= n):
            errs.append("offset out of range %r" % ((s, e, ty),))
    iv = sorted(allsp + alln)
    for a, b2 in zip(iv, iv[1:]):
        if b2[0] < a[1]:
            errs.append("overlap %r %r" % (a, b2))
    for s, e, ty in allsp:
        x = t[s:e]
        if not valid(ty, x, ck):
            errs.append("invalid %s %r" % (ty, x))
        if x != x.strip() or x[-1] in ".,;)":
            errs.append("untrimmed %s %r" % (ty, x))
        if ty in ("EMAIL", "URL") and s > 0 and t[s - 1].isascii() and t[s - 1].isalpha():
            errs.append("glued %s %r" % (ty, x))
    for s, e, c in alln:
        x = t[s:e]
        if c == "luhn_invalid" and luhn_ok(x):
            errs.append("luhn-valid negative %r" % x)
        if c == "iban_bad_check" and iban_ok(x):
            errs.append("valid iban negative %r" % x)
        if c == "ssn_invalid" and ssn_ok(x):
            errs.append("valid ssn negative %r" % x)
        if c == "ip_reserved" and ip_is_global(x):
            errs.append("global ip negative %r" % x)
    for x in ck.unlabelled(t, allsp):
        errs.append("unlabelled member name/handle %r" % x)
    return errs


def make_record(g, ck, i):
    r = g.r
    kinds = [k for k, _ in KINDS]
    kw = [w for _, w in KINDS]
    langs = [l for l, _ in LANG_W]
    lw = [w for _, w in LANG_W]
    for attempt in range(50):
        b = B()
        kind = r.choices(kinds, kw)[0]
        lang = r.choices(langs, lw)[0]
        kind(g, b, lang)
        text = b.text()
        rec = {"id": "b34-%05d" % i, "text": text,
               "spans": [{"start": s, "end": e, "type": t} for s, e, t in b.spans],
               "negatives": [{"start": s, "end": e, "category": c} for s, e, c in b.negs]}
        if not ck.unlabelled(text, b.spans):
            return rec, attempt
    return rec, attempt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(a.members, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    g = Gen(rng, members)
    ck = Checker(members)
    recs = []
    retries = 0
    for i in range(a.records):
        rec, att = make_record(g, ck, i + 1)
        retries += att
        recs.append(rec)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.selfcheck:
        nerr = 0
        cnt, ncnt = {}, {}
        for rec in recs:
            for e in check_record(rec, ck):
                nerr += 1
                if nerr <= 30:
                    print("%s: %s" % (rec["id"], e), file=sys.stderr)
            for s in rec["spans"]:
                cnt[s["type"]] = cnt.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                ncnt[s["category"]] = ncnt.get(s["category"], 0) + 1
        print("records %d, regenerated %d, spans %s, negatives %s" % (
            len(recs), retries, json.dumps(dict(sorted(cnt.items()))),
            json.dumps(dict(sorted(ncnt.items())))), file=sys.stderr)
        print("selfcheck: %s" % ("OK" if not nerr else "%d errors" % nerr), file=sys.stderr)
        sys.exit(1 if nerr else 0)


if __name__ == "__main__":
    main()
