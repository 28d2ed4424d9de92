#!/usr/bin/env python3
"""gen_blind30.py - the 34th labelled PII test corpus: "technical pastes", written blind.

Written blind on 2026-11-30 from two sources only: issue 3 (the product's definition of
personal data: the type table, its "not this" column and the targets) and bench/pii/score.py
(the gold label format and how it is scored).  No engine code, docs, tests or other corpus
generators were read, and no redactor was run on this corpus: it is an independent test set
that nobody tuned the engine on.

Theme: engineers on a professional network paste things into posts, comments and DMs - code
blocks (Python, JS, SQL, shell, C) in markdown fences, config files (YAML, TOML, .env, nginx,
JSON), log lines and stack traces, HTTP requests, git logs with Signed-off-by/Co-authored-by
trailers, CSV/TSV rows, package.json authors, CODEOWNERS, Dockerfiles, Kubernetes manifests,
crontabs, SQL inserts with customer rows and incident postmortems.  Real PII of every type of
issue 3 sits inside them (EMAIL incl. obfuscated and CJK-glued forms, PHONE in the listed
countries' formats and bare E.164, global IPV4/IPV6, Luhn-valid cards, mod-97-valid IBANs,
valid US SSNs, profile URLs, @handle mentions, member names) next to the hard negatives that
engineers produce: versions, semver ranges, git hashes, UUIDs, hex digests, private, loopback,
link-local and documentation IPs, :port and /cidr suffixes, timestamps, epoch numbers, PIDs,
build and issue numbers, Luhn-invalid test cards, bad IBAN check digits, invalid SSNs, org/repo
and docs links, documentation-domain addresses, decorators, npm scopes, team mentions, git SSH
remotes and user@host shell prompts.  Surrounding prose is mostly English, some German,
Japanese, Portuguese and Chinese.

Labelling conventions: `@Full Name` -> PERSON span without the `@`; `@handle` -> HANDLE span with
the `@`; mailto:, angle brackets and trailing punctuation outside EMAIL spans; trailing `.`/`)`
outside URL spans; :port, /cidr, [ ] outside IP spans; possessive `Anja's` -> `Anja`;
example.com/.org/.net, *.test, *.invalid are negatives except askfirst.example/u/<handle>
(URL PII); github.com/<handle> is URL PII, github.com/<org>/<repo> of a company/project is the
negative "org_repo_link"; PERSON spans only use names from the member directory.

  gen_blind30.py --out DIR [--records 5000] [--members 100000] [--seed 1] [--selfcheck]

writes DIR/members.jsonl ({"user","name","handle"} per line, exactly --members lines) and
DIR/corpus.jsonl (gold records {"id","text","spans":[{start,end,type}],"negatives":[{start,
end,category}]}, offsets in Unicode code points, end-exclusive).  Deterministic for a seed;
Python 3 standard library only.  --selfcheck re-validates every labelled item (validators pass
for gold structured spans and fail for negatives that claim invalidity), that spans do not
overlap each other or the negatives, that offsets are inside the text, and that no member's
full name appears in a text outside a PERSON span.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- names
# (name, romanisation) - Latin names romanise to themselves
LATIN = {
    "en": (["James", "Olivia", "Emma", "Liam", "Noah", "Sophia", "Ethan", "Chloe", "Daniel",
            "Hannah", "Oliver", "Amelia", "Lucas", "Megan", "Ryan", "Laura", "Nathan", "Zoe",
            "Aaron", "Fiona", "Will", "Grace", "Rose"],
           ["Thompson", "Whitfield", "Harrington", "Caldwell", "Pemberton", "Ashworth",
            "Fairbanks", "Donovan", "Gallagher", "Prescott", "Hollis", "Merriweather",
            "Blackwood", "Kingsley", "Radcliffe", "Sutherland"]),
    "de": (["Anja", "Jürgen", "Lukas", "Katrin", "Sören", "Maximilian", "Annika", "Jörg",
            "Friederike", "Tobias", "Ute", "Henrike", "Matthias", "Björn"],
           ["Weber", "Müller", "Schäfer", "Krüger", "Hoffmann", "Becker", "Wagner", "Schröder",
            "Zimmermann", "Köhler", "Lehmann", "Günther"]),
    "fr": (["Élodie", "Mathieu", "Céline", "Benoît", "Amélie", "Rémi", "Sébastien", "Hélène"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Lemaire", "Fontaine", "Chevalier",
            "Rousseau"]),
    "es": (["Alejandro", "Lucía", "Javier", "Nuria", "Álvaro", "Carmen", "Íñigo", "Marta"],
           ["García", "Fernández", "Martínez", "Ruiz", "Jiménez", "Navarro", "Domínguez",
            "Ortega"]),
    "pt": (["João", "Beatriz", "Thiago", "Larissa", "Gonçalo", "Fernanda", "Rafael", "Inês"],
           ["Silva", "Oliveira", "Santos", "Carvalho", "Almeida", "Ferreira", "Rodrigues",
            "Araújo"]),
    "it": (["Giulia", "Alessandro", "Chiara", "Matteo", "Francesca", "Lorenzo"],
           ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
    "nl": (["Sanne", "Joost", "Femke", "Maarten", "Lotte", "Bram"],
           ["Bakker", "Visser", "Smit", "Meijer", "Mulder", "Dekker", "Jansen", "Hendriks"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Babatunde",
            "Chiamaka"],
           ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Nwosu", "Adebayo", "Obiora"]),
    "in": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Aditi", "Siddharth"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Banerjee", "Kulkarni", "Menon"]),
    "jr": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kenji", "Sakura"],
           ["Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito",
            "Kato"]),
}
CJK = {  # family first, no space; (chars, romanisation)
    "ja": ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura")],
           [("翔太", "shota"), ("陽菜", "hina"), ("大輝", "daiki"), ("美咲", "misaki"),
            ("健太", "kenta"), ("結衣", "yui"), ("蓮", "ren"), ("葵", "aoi")]),
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu")],
           [("芳", "fang"), ("伟", "wei"), ("秀英", "xiuying"), ("静怡", "jingyi"),
            ("磊", "lei"), ("敏", "min"), ("婷婷", "tingting"), ("浩然", "haoran"),
            ("子涵", "zihan"), ("俊杰", "junjie")]),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun")]),
}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def make_members(n, rng):
    members = []
    seen = set()
    latin = list(LATIN.items())
    cjk = list(CJK.items())
    for i in range(1, n + 1):
        if rng.random() < 0.16:
            _, (fams, givs) = rng.choice(cjk)
            f, g = rng.choice(fams), rng.choice(givs)
            name = f[0] + g[0]
            first, rfirst, rlast = None, g[1], f[1]
        else:
            _, (firsts, lasts) = rng.choice(latin)
            fn, ln = rng.choice(firsts), rng.choice(lasts)
            name = fn + " " + ln
            first, rfirst, rlast = fn, fold(fn), fold(ln)
        style = rng.randrange(4)
        base = [rfirst + rlast, rlast + rfirst, rfirst[0] + rlast, rfirst + rlast[:3]][style]
        h = base
        k = 1
        while h in seen or len(h) < 5:
            k += 1
            h = base + str(rng.randrange(2, 999) if k < 6 else k * 7 + i)
        seen.add(h)
        members.append({"user": "u%d" % i, "name": name, "handle": h, "first": first,
                        "rf": rfirst, "rl": rlast, "cjk": first is None})
    return members


# ----------------------------------------------------------------------------- validators
DOC_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid))$", re.I)


def deobfuscate(s):
    s = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", s, flags=re.I)
    s = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", s, flags=re.I)
    return s


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


def valid_email(s):
    m = EMAIL_RE.fullmatch(deobfuscate(s))
    return bool(m) and not DOC_DOMAIN.search(m.group(1))


def valid_phone(s):
    if not re.fullmatch(r"\+?[\d \u00a0\-./()]+", s):
        return False
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    return 8 <= len(d) <= 15 and s[-1].isdigit()


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    return n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649)


def valid_card(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and card_brand_ok(d) and luhn_ok(d)


IBAN_SPEC = {"DE": (22, "18n"), "GB": (22, "4a14n"), "FR": (27, "23n"), "ES": (24, "20n"),
             "IT": (27, "1a22n"), "NL": (18, "4a10n"), "BE": (16, "12n"), "CH": (21, "17n"),
             "AT": (20, "16n"), "PL": (28, "24n"), "PT": (25, "21n"), "IE": (22, "4a14n"),
             "SE": (24, "20n"), "DK": (18, "14n"), "NO": (15, "11n"), "FI": (18, "14n"),
             "LU": (20, "16n")}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_parts_ok(s):
    c = s.replace(" ", "")
    return c[:2] in IBAN_SPEC and len(c) == IBAN_SPEC[c[:2]][0] and c.isalnum()


def valid_iban(s):
    return iban_parts_ok(s) and iban_mod(s.replace(" ", "")) == 1


def valid_ssn(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, r = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and r != "0000"


def ip_global(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def ip_shape(s, v):
    try:
        return ipaddress.ip_address(s).version == v
    except ValueError:
        return False


URL_RES = [re.compile(p) for p in (
    r"(?:https?://)?(?:www\.)?linkedin\.com/in/([a-z0-9]+)",
    r"(?:https?://)?(?:www\.)?github\.com/([a-z0-9]+)",
    r"(?:https?://)?(?:www\.)?x\.com/([a-z0-9]+)",
    r"(?:https?://)?medium\.com/@([a-z0-9]+)",
    r"(?:https?://)?bsky\.app/profile/([a-z0-9]+)\.bsky\.social",
    r"(?:https?://)?([a-z0-9]+)\.substack\.com",
    r"(?:https?://)?calendly\.com/([a-z0-9]+)",
    r"(?:https?://)?askfirst\.example/u/([a-z0-9]+)")]


# ----------------------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s, typ):
        self.spans.append((self.n, self.n + len(s), typ))
        return self.t(s)

    def g(self, s, cat):
        self.negs.append((self.n, self.n + len(s), cat))
        return self.t(s)

    def text(self):
        return "".join(self.parts)


FREE_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "posteo.de", "web.de", "gmx.de",
                "proton.me", "icloud.com", "qq.com", "163.com", "yahoo.co.jp", "naver.com",
                "uol.com.br", "libero.it", "orange.fr", "hotmail.co.uk", "rediffmail.com",
                "fastmail.fm"]
CO_DOMAINS = ["northwind-labs.io", "quantaflow.dev", "helixdata.ai", "brightpath.co",
              "kestrel-systems.com", "tidewater.cloud", "lumenpay.eu", "orbitcart.com.br"]
ORGS = ["kubernetes", "grafana", "hashicorp", "nodejs", "rust-lang", "vercel", "psf",
        "northwind-labs", "quantaflow", "helixdata", "kestrel-systems", "lumenpay", "apache"]
REPOS = ["api", "payments", "edge-proxy", "infra", "web", "billing-service", "cli", "sdk-js",
         "terraform-modules", "ingest"]
SCOPES = ["@types/node", "@types/express", "@babel/core", "@angular/core", "@vercel/ncc",
          "@aws-sdk/client-s3", "@testing-library/react", "@octokit/rest", "@nestjs/common"]
DECOS = ["@app.route", "@pytest.fixture", "@dataclass", "@staticmethod", "@property",
         "@Override", "@Injectable", "@Component", "@lru_cache", "@router.get"]
DOCS = ["https://docs.python.org/3/library/ipaddress.html",
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Forwarded-For",
        "https://kubernetes.io/docs/concepts/services-networking/service/",
        "https://nginx.org/en/docs/http/ngx_http_realip_module.html",
        "https://www.postgresql.org/docs/16/sql-insert.html",
        "https://docs.docker.com/reference/dockerfile/",
        "https://git-scm.com/docs/git-interpret-trailers",
        "https://crontab.guru/"]
DOC_EMAILS = ["qa@example.com", "test.user@example.org", "noreply@build.invalid",
              "alice@example.net", "ci-bot@runner.test", "jane.doe@example.com"]
PKGS = ["axios", "lodash", "express", "requests", "urllib3", "serde", "tokio", "react",
        "django", "openssl"]
PROMPT_USERS = ["deploy", "root", "ubuntu", "ops", "builder", "ec2-user", "dev"]
PROMPT_HOSTS = ["web-01", "ci-runner-3", "bastion", "db-primary", "k8s-node-7", "edge2"]
EPONYMS = ["Dijkstra's algorithm", "a Bloom filter", "Levenshtein distance",
           "the Fisher-Yates shuffle", "Kernighan's law", "a Kalman filter", "Conway's law"]
COMPANIES = ["Morgan Stanley", "Goldman Sachs", "Johnson & Johnson", "Charles Schwab",
             "Lockheed Martin", "Ernst & Young"]
PLACES = ["Charlotte, NC", "St. Louis", "San Jose", "Sydney", "Victoria, BC", "Santa Clara"]


class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.m = members
        self.latin = [x for x in members if not x["cjk"]]

    # ---- primitives
    def mem(self, latin=False):
        if latin:
            return self.r.choice(self.latin)
        return self.r.choice(self.m)

    def digits(self, k):
        return str(self.r.randrange(10 ** k)).zfill(k)

    def email(self, m, role=False):
        r = self.r
        if role:
            return r.choice(["jobs", "oncall", "security", "billing", "support", "devops",
                             "abuse"]) + "@" + r.choice(CO_DOMAINS)
        f, l = m["rf"], m["rl"]
        local = r.choice([f + "." + l, f, f[0] + l, f + "_" + l, l + "." + f,
                          f + str(r.randrange(1, 99))])
        return local + "@" + r.choice(FREE_DOMAINS + CO_DOMAINS)

    def obf_email(self, m):
        e = self.email(m)
        local, dom = e.split("@")
        k = self.r.randrange(3)
        if k == 0:
            return local + " [at] " + dom.replace(".", " [dot] ")
        if k == 1:
            return local + "(at)" + dom
        return local + " (at) " + dom.replace(".", " (dot) ")

    def phone(self):
        r = self.r
        d = lambda k: str(r.randrange(2, 10)) + self.digits(k - 1)  # subscriber parts: no leading 0
        c = r.choice(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL",
                      "NG", "E164"])
        if c == "US":
            a = str(r.choice([201, 212, 303, 312, 347, 404, 415, 503, 617, 646, 702, 718, 818,
                              917, 604, 416, 514]))
            e = str(r.randrange(200, 999))
            if e[1:] == "11":
                e = "234"
            l = d(4)
            return r.choice(["+1 %s %s %s", "(%s) %s-%s", "%s-%s-%s", "%s.%s.%s",
                             "+1-%s-%s-%s"]) % (a, e, l)
        if c == "UK":
            if r.random() < 0.5:
                x = "7" + str(r.randrange(100, 999)) + " " + d(6)
                return r.choice(["+44 " + x, "0" + x])
            x = "20 " + str(r.randrange(3, 9)) + d(3) + " " + d(4)
            return r.choice(["+44 " + x, "0" + x, "+44 (0)" + x])
        if c == "DE":
            if r.random() < 0.5:
                a = r.choice(["151", "152", "160", "170", "171", "176"])
                s = d(8)
                return r.choice(["0%s %s" % (a, s), "+49 %s %s" % (a, s),
                                 "+49-%s-%s-%s" % (a, s[:4], s[4:]),
                                 "+49 (0)%s %s %s" % (a, s[:4], s[4:])])
            a = r.choice(["30", "40", "89", "69", "221", "211", "711"])
            s = d(7)
            return r.choice(["0%s %s" % (a, s), "0%s/%s" % (a, s), "+49 %s %s" % (a, s),
                             "+49 (0)%s %s" % (a, s)])
        if c == "FR":
            g = [str(r.choice([1, 2, 4, 6, 7]))] + [d(2) for _ in range(4)]
            return r.choice(["+33 " + " ".join(g), "0" + " ".join(g), "0" + ".".join(g),
                             "+33 (0)" + " ".join(g)])
        if c == "IN":
            s = str(r.choice([9, 8, 7, 6])) + d(4)
            t = d(5)
            return r.choice(["+91 %s %s", "+91-%s-%s", "0%s %s"]) % (s, t)
        if c == "BR":
            a = str(r.choice([11, 21, 31, 41, 51, 61, 71, 81]))
            s = "9" + d(4) + "-" + d(4)
            return r.choice(["+55 %s %s" % (a, s), "(%s) %s" % (a, s),
                             "+55 (%s) %s-%s" % (a, "3" + d(3), d(4))])
        if c == "JP":
            if r.random() < 0.5:
                s = r.choice(["90", "80", "70"]) + "-" + d(4) + "-" + d(4)
            else:
                s = "3-" + d(4) + "-" + d(4)
            return r.choice(["+81 " + s, "0" + s])
        if c == "AU":
            if r.random() < 0.5:
                s = "4" + d(2) + " " + d(3) + " " + d(3)
                return r.choice(["+61 " + s, "0" + s])
            a = str(r.choice([2, 3, 7, 8]))
            s = d(4) + " " + d(4)
            return r.choice(["+61 %s %s" % (a, s), "(0%s) %s" % (a, s), "0%s %s" % (a, s)])
        if c == "CN":
            if r.random() < 0.6:
                s = "1" + r.choice(["38", "39", "58", "86", "77"]) + " " + d(4) + " " + d(4)
                return r.choice(["+86 " + s, s])
            s = d(4) + " " + d(4)
            return r.choice(["+86 10 " + s, "010-" + s])
        if c == "ES":
            s = str(r.choice([6, 7, 9])) + d(2)
            return r.choice(["+34 %s %s %s" % (s, d(3), d(3)),
                             "+34 %s %s %s %s" % (s, d(2), d(2), d(2)),
                             "%s %s %s" % (s, d(3), d(3))])
        if c == "IT":
            if r.random() < 0.5:
                s = "3" + d(2) + " " + d(3) + " " + d(4)
            else:
                s = "06 " + d(4) + " " + d(4)
            return r.choice(["+39 " + s, s])
        if c == "NL":
            if r.random() < 0.5:
                s = d(8)
                return r.choice(["06-" + s, "+31 6 " + s, "06 " + s[:2] + " " + s[2:5] + " " + s[5:]])
            return r.choice(["+31 20 %s %s" % (d(3), d(4)), "020-%s" % d(7)])
        if c == "NG":
            s = r.choice(["803", "806", "813", "703", "905"]) + " " + d(3) + " " + d(4)
            return r.choice(["+234 " + s, "0" + s, "+234 (0)" + s])
        cc, nl = r.choice([("1", 10), ("44", 10), ("49", 11), ("33", 9), ("91", 10), ("55", 11),
                           ("81", 10), ("61", 9), ("86", 11), ("34", 9), ("39", 10), ("31", 9),
                           ("234", 10)])
        return "+" + cc + str(r.randrange(2, 10)) + d(nl - 1)

    def card(self, valid=True, grouped=None):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            pre, n = "4", 16
        elif k == 1:
            pre, n = (str(r.randrange(51, 56)) if r.random() < 0.6
                      else str(r.randrange(2221, 2721))), 16
        elif k == 2:
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = r.choice(["6011", "65", str(r.randrange(644, 650))]), 16
        body = pre + self.digits(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                break
        if not valid:
            c = str((int(c) + r.randrange(1, 10)) % 10)
        d = body + c
        g = r.randrange(3) if grouped is None else grouped
        if g == 0:
            return d
        sep = " " if g == 1 else "-"
        if n == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4))

    def iban(self, valid=True):
        r = self.r
        cc = r.choice(sorted(IBAN_SPEC))
        ln, pat = IBAN_SPEC[cc]
        bban = ""
        for num, kind in re.findall(r"(\d+)([an])", pat):
            for _ in range(int(num)):
                bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else r.choice(
                    "0123456789")
        chk = 98 - iban_mod(cc + "00" + bban)
        if not valid:
            chk = (chk + r.randrange(1, 96)) % 97 + 2
            if chk == 98 - iban_mod(cc + "00" + bban):
                chk = chk % 97 + 2
        s = cc + "%02d" % chk + bban
        if r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, valid=True):
        r = self.r
        a = r.randrange(1, 900)
        if a == 666:
            a = 667
        g, s = r.randrange(1, 100), r.randrange(1, 10000)
        if not valid:
            k = r.randrange(4)
            if k == 0:
                a = r.choice([0, 666, r.randrange(900, 1000)])
            elif k == 1:
                a = r.randrange(900, 1000)
            elif k == 2:
                g = 0
            else:
                s = 0
        sep = "-" if r.random() < 0.8 else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def ipv4(self):
        r = self.r
        while True:
            s = "%d.%d.%d.%d" % (r.randrange(1, 224), r.randrange(256), r.randrange(256),
                                 r.randrange(1, 255))
            if ip_global(s):
                return s

    def ipv4_neg(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                             "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255)),
                             "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))]), "ip_private"
        if k == 1:
            return r.choice(["127.0.0.1", "127.0.1.1", "127.0.0.53"]), "ip_loopback"
        if k == 2:
            return "169.254.%d.%d" % (r.randrange(256), r.randrange(1, 255)), "ip_link_local"
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255)), "ip_doc"

    def ipv6(self):
        r = self.r
        while True:
            pre = r.choice(["2a00:1450", "2a03:2880", "2606:4700", "2607:f8b0", "2400:cb00",
                            "2804:14c", "240e:3b7", "2a01:4f8", "2001:41d0", "2620:fe"])
            groups = pre.split(":")
            while len(groups) < 7:
                groups.append("0" if r.random() < 0.3 else "%x" % r.randrange(1, 65536))
            groups.append("%x" % r.randrange(1, 65536))
            ip = ipaddress.IPv6Address(":".join(groups))
            s = ip.exploded if r.random() < 0.2 else ip.compressed
            if ip_global(s):
                return s

    def ipv6_neg(self):
        r = self.r
        k = r.randrange(4)
        h = lambda: "%x" % r.randrange(1, 65536)
        if k == 0:
            return "::1", "ipv6_loopback"
        if k == 1:
            return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "ipv6_link_local"
        if k == 2:
            return "2001:db8::%s" % h(), "ipv6_doc"
        return "fd%02x:%s:%s::%s" % (r.randrange(256), h(), h(), h()), "ipv6_private"

    def profile_url(self, m, kind=None):
        r = self.r
        h = m["handle"]
        kind = kind if kind is not None else r.randrange(8)
        core = ["linkedin.com/in/%s", "github.com/%s", "x.com/%s", "medium.com/@%s",
                "bsky.app/profile/%s.bsky.social", "%s.substack.com", "calendly.com/%s",
                "askfirst.example/u/%s"][kind] % h
        if kind in (0, 1, 2) and r.random() < 0.4:
            core = "www." + core
        if r.random() < 0.6:
            core = "https://" + core
        return core

    def hexs(self, n):
        while True:
            s = "%0*x" % (n, self.r.getrandbits(4 * n))
            if not re.search(r"\d{6}", s):
                return s

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:])

    def version(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return "%d.%d.%d.%d" % (r.randrange(1, 12), r.randrange(10), r.randrange(10),
                                    r.randrange(1, 60))
        if k == 1:
            return "10.0.%d" % r.randrange(17000, 22700)
        return "%d.%d.%d" % (r.randrange(0, 25), r.randrange(40), r.randrange(30))

    def ts(self):
        r = self.r
        y, mo, d = 2026, r.randrange(1, 12), r.randrange(1, 29)
        hh, mm, ss = r.randrange(24), r.randrange(60), r.randrange(60)
        k = r.randrange(3)
        if k == 0:
            return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, hh, mm, ss)
        if k == 1:
            return "%d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, hh, mm, ss, r.randrange(1000))
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1],
                                                 y, hh, mm, ss)

    def epoch(self):
        return str(self.r.randrange(1700000000, 1790000000))

    # ---- composite helpers
    def person(self, b, m):
        b.p(m["name"], "PERSON")

    def name_email(self, b, m, angle=True):
        self.person(b, m)
        b.t(" <" if angle else " ")
        b.p(self.email(m), "EMAIL")
        if angle:
            b.t(">")

    def ip_any(self, b, cidr=False, port=False):
        """append an IPv4 (mostly global) with optional suffix"""
        r = self.r
        if r.random() < 0.6:
            b.p(self.ipv4(), "IPV4")
        else:
            s, cat = self.ipv4_neg()
            b.g(s, cat)
        if cidr:
            b.t("/" + str(r.choice([32, 32, 28, 24])))
        elif port:
            b.t(":")
            b.g(str(r.choice([443, 8080, 8443, 5432, 6379, 22, 3000, 9090])), "port")

    def org_repo(self, b, scheme=True, tail=""):
        s = ("https://" if scheme else "") + "github.com/%s/%s" % (self.r.choice(ORGS),
                                                                     self.r.choice(REPOS)) + tail
        b.g(s, "org_repo_link")

    # ---- prose
    def intro(self, b, what):
        r = self.r
        lang = r.choices(["en", "de", "ja", "pt", "zh"], [70, 8, 8, 7, 7])[0]
        s = r.choice({
            "en": ["Can someone sanity-check this %s?", "Here's the %s that broke staging:",
                   "Posting the %s from yesterday's incident (redaction is on me, sorry):",
                   "Quick question about this %s:", "FYI, the %s we ended up shipping:",
                   "Hot take: this %s is fine. Prove me wrong.", "Found this %s in our repo today."],
            "de": ["Kann jemand kurz über diese %s schauen?", "Hier die %s von gestern:",
                   "Frage zu dieser %s:"],
            "ja": ["この%sを見てもらえますか？", "昨日の障害の%sです。", "%sを貼ります。"],
            "pt": ["Alguém pode revisar este %s?", "Segue o %s que quebrou o deploy:"],
            "zh": ["请帮忙看一下这个%s：", "这是昨天故障的%s。"],
        }[lang]) % what
        b.t(s + "\n\n")
        return lang

    def outro(self, b, lang):
        r = self.r
        k = r.randrange(12)
        if lang == "de" and k < 6:
            m = self.mem(latin=True)
            b.t("\n\nDanke, ").p(m["first"], "PERSON").t("!")
            return
        if lang == "ja" and k < 6:
            m = self.mem()
            b.t("\n\n")
            b.p(m["name"], "PERSON").t("さん、確認お願いします。メールは")
            b.p(self.email(m), "EMAIL").t("まで。")
            return
        if lang == "zh" and k < 6:
            m = self.mem()
            b.t("\n\n谢谢").p(m["name"], "PERSON").t("！有问题请发邮件到")
            b.p(self.email(m), "EMAIL").t("。")
            return
        if lang == "pt" and k < 6:
            m = self.mem(latin=True)
            b.t("\n\nValeu, ").p(m["first"], "PERSON").t("! Qualquer coisa: ")
            b.p(self.phone(), "PHONE")
            return
        m = self.mem(latin=True)
        if k == 0:
            b.t("\n\nThanks, ").p(m["first"], "PERSON").t("!")
        elif k == 1:
            b.t("\n\ncc ").p("@" + m["handle"], "HANDLE").t(" ")
            b.p("@" + self.mem()["handle"], "HANDLE")
        elif k == 2:
            b.t("\n\n@").p(m["name"], "PERSON").t(" can you take a look when you have a minute?")
        elif k == 3:
            b.t("\n\n").p(m["first"], "PERSON").t("'s fix is in PR ")
            b.g("#" + str(r.randrange(100, 99999)), "issue_number").t(".")
        elif k == 4:
            b.t("\n\nDM me or mail ").p(self.obf_email(m), "EMAIL").t(" (no recruiters pls).")
        elif k == 5:
            b.t("\n\nMore of my notes: ").p(self.profile_url(m), "URL").t(".")
        elif k == 6:
            w = r.randrange(3)
            if w == 0:
                b.t("\n\n").g("Will", "name_word").t(" this survive a restart? Asking for a friend.")
            elif w == 1:
                b.t("\n\nThe token has a 30s ").g("grace", "name_word").t(" period, so that's not it.")
            else:
                b.t("\n\np99 latency ").g("rose", "name_word").t(" from 80ms to 1.2s after the deploy.")
        elif k == 7:
            b.t("\n\nYes it's basically ").g(r.choice(EPONYMS), "eponym").t(", nothing fancy.")
        elif k == 8:
            b.t("\n\nSame setup we had at ").g(r.choice(COMPANIES), "company_name").t(" in ")
            b.g(r.choice(PLACES), "place_name").t(".")
        elif k == 9:
            b.t("\n\nDocs: ").g(r.choice(DOCS), "docs_link")
        elif k == 10:
            b.t("\n\nWritten up by ").p(m["name"], "PERSON").t(" (")
            b.p(self.profile_url(m, r.choice([0, 1, 3, 7])), "URL").t(")")
        else:
            b.t("\n\nShoutout to ").p(m["name"], "PERSON").t("'s team for the quick rollback.")

    # ---- record kinds
    def k_git_log(self, b):
        r = self.r
        lang = self.intro(b, "git log")
        b.t("```\n")
        for _ in range(r.randrange(1, 3)):
            a, c = self.mem(), self.mem()
            b.t("commit ").g(self.hexs(40), "git_hash").t("\nAuthor: ")
            self.name_email(b, a)
            b.t("\nDate:   ").g(self.ts(), "timestamp").t("\n\n    ")
            k = r.randrange(3)
            if k == 0:
                b.t("chore(deps): bump %s from " % r.choice(PKGS)).g(self.version(), "version")
                b.t(" to ").g(self.version(), "version")
            elif k == 1:
                b.t("fix(auth): reject expired refresh tokens (")
                b.g("#" + str(r.randrange(100, 20000)), "issue_number").t(")")
            else:
                b.t("feat: rate-limit signup per /24, see ").g(r.choice(DOCS), "docs_link")
            b.t("\n\n    Fixes ").g("#" + str(r.randrange(100, 20000)), "issue_number")
            b.t("\n    Co-authored-by: ")
            self.name_email(b, c)
            b.t("\n    Signed-off-by: ")
            self.name_email(b, a)
            b.t("\n\n")
        b.t("```")
        self.outro(b, lang)

    def k_python(self, b):
        r = self.r
        lang = self.intro(b, "Flask snippet")
        m, o = self.mem(), self.mem()
        b.t("```python\nfrom flask import Flask, abort\n\napp = Flask(__name__)\n\n")
        b.g(r.choice(["@app.route", "@router.get"]), "decorator")
        b.t('("/api/v2/users/<int:user_id>")\ndef get_user(user_id):\n    # TODO(')
        b.p("@" + m["handle"], "HANDLE").t("): remove the hardcoded fallback before release ")
        b.g(self.version(), "version").t("\n    ...\n\nADMIN_EMAIL = \"")
        b.p(self.email(o), "EMAIL").t("\"\nALERT_PHONE = \"").p(self.phone(), "PHONE")
        b.t("\"\nALLOWED_IPS = [\"")
        self.ip_any(b)
        b.t("\", \"")
        self.ip_any(b)
        b.t("\"]\nTEST_EMAIL = \"").g(r.choice(DOC_EMAILS), "doc_email")
        b.t("\"  # fixture only\n# see ").g(r.choice(DOCS), "docs_link").t("\n```")
        self.outro(b, lang)

    def k_pytest(self, b):
        r = self.r
        lang = self.intro(b, "test")
        m = self.mem()
        b.t("```python\n").g("@pytest.fixture", "decorator").t("\ndef customer():\n    return {\n")
        b.t("        \"name\": \"").p(m["name"], "PERSON").t("\",\n        \"email\": \"")
        b.p(self.email(m), "EMAIL").t("\",\n        \"card\": \"").p(self.card(), "CREDIT_CARD")
        b.t("\",\n        \"iban\": \"").p(self.iban(), "IBAN").t("\",\n    }\n\n\n")
        b.t("def test_rejects_bad_card(client):\n    # luhn-invalid on purpose\n    r = client.post(\"/pay\", json={\"card\": \"")
        b.g(self.card(valid=False), "luhn_invalid").t("\", \"iban\": \"")
        b.g(self.iban(valid=False), "iban_bad_check").t("\"})\n    assert r.status_code == 422\n```")
        self.outro(b, lang)

    def k_package_json(self, b):
        r = self.r
        lang = self.intro(b, "package.json")
        a, c = self.mem(), self.mem()
        b.t("```json\n{\n  \"name\": \"").g("@%s/%s" % (r.choice(ORGS), r.choice(REPOS)), "npm_scope")
        b.t("\",\n  \"version\": \"").g(self.version(), "version").t("\",\n  \"author\": \"")
        self.name_email(b, a)
        b.t(" (").p(self.profile_url(a, 1), "URL").t(")\",\n  \"contributors\": [\"")
        self.name_email(b, c)
        b.t("\"],\n  \"repository\": {\"type\": \"git\", \"url\": \"git+")
        self.org_repo(b, tail=".git")
        b.t("\"},\n  \"dependencies\": {\n    \"").g(r.choice(SCOPES), "npm_scope").t("\": \"")
        b.g(r.choice("^~") + self.version_sem(), "semver_range").t("\",\n    \"%s\": \"" % r.choice(PKGS))
        b.g(">=" + self.version_sem() + " <" + str(r.randrange(2, 30)) + ".0.0", "semver_range")
        b.t("\"\n  }\n}\n```")
        self.outro(b, lang)

    def version_sem(self):
        r = self.r
        return "%d.%d.%d" % (r.randrange(0, 25), r.randrange(40), r.randrange(30))

    def k_sql(self, b):
        r = self.r
        lang = self.intro(b, "migration")
        b.t("```sql\nINSERT INTO customers (id, full_name, email, phone, card_number, iban, ssn, signup_ip) VALUES\n")
        rows = r.randrange(1, 4)
        for i in range(rows):
            m = self.mem()
            b.t("  (%d, '" % r.randrange(1000, 99999)).p(m["name"], "PERSON").t("', '")
            b.p(self.email(m), "EMAIL").t("', '").p(self.phone(), "PHONE").t("', '")
            b.p(self.card(), "CREDIT_CARD").t("', '").p(self.iban(), "IBAN").t("', '")
            b.p(self.ssn(), "US_SSN").t("', '").p(self.ipv4(), "IPV4").t("'),\n")
        b.t("  (%d, 'Test Customer', '" % r.randrange(1, 99)).g(r.choice(DOC_EMAILS), "doc_email")
        b.t("', NULL, '").g(self.card(valid=False), "luhn_invalid").t("', '")
        b.g(self.iban(valid=False), "iban_bad_check").t("', '").g(self.ssn(valid=False), "ssn_invalid")
        s, cat = self.ipv4_neg()
        b.t("', '").g(s, cat).t("');\n```\n(yes, plaintext cards in a migration. it was 2019.)")
        self.outro(b, lang)

    def k_access_log(self, b):
        r = self.r
        lang = self.intro(b, "nginx access log")
        b.t("```\n")
        for _ in range(r.randrange(2, 5)):
            if r.random() < 0.25:
                b.p(self.ipv6(), "IPV6")
            else:
                self.ip_any(b)
            b.t(" - - [").g(self.ts(), "timestamp").t("] \"GET /api/v2/orders/%d HTTP/1.1\" %d %d \"-\" "
                                                      % (r.randrange(1, 9999), r.choice([200, 200, 404, 502]),
                                                         r.randrange(200, 90000)))
            b.t("\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/")
            b.g("%d.0.%d.%d" % (r.randrange(100, 131), r.randrange(5000, 6800), r.randrange(10, 200)),
                "version")
            b.t(" Safari/537.36\" upstream=")
            s, cat = self.ipv4_neg()
            b.g(s, cat).t(":").g(str(r.choice([8080, 3000, 9000])), "port").t("\n")
        b.t("```")
        self.outro(b, lang)

    def k_traceback(self, b):
        r = self.r
        lang = self.intro(b, "stack trace")
        m = self.mem()
        b.t("```\n[worker PID ").g(str(r.randrange(1000000, 9999999)), "pid")
        b.t("] ").g(self.ts(), "timestamp").t(" ERROR payout failed\nTraceback (most recent call last):\n")
        b.t("  File \"/srv/app/billing/payout.py\", line %d, in run\n" % r.randrange(20, 900))
        b.t("    gateway.payout(iban=acct.iban, amount=amt)\n")
        k = r.randrange(3)
        if k == 0:
            b.t("billing.errors.InvalidIBAN: check digits wrong for ")
            b.g(self.iban(valid=False), "iban_bad_check").t(" (customer ").p(self.email(m), "EMAIL").t(")\n")
        elif k == 1:
            b.t("billing.errors.Declined: card ").p(self.card(), "CREDIT_CARD").t(" declined for <")
            b.p(self.email(m), "EMAIL").t(">, attempt %d of 5\n" % r.randrange(2, 6))
        else:
            b.t("billing.errors.PayoutError: account ").p(self.iban(), "IBAN").t(" holder ")
            b.p(m["name"], "PERSON").t(" ssn ").p(self.ssn(), "US_SSN").t(" rejected\n")
        b.t("request_id=").g(self.uuid(), "uuid").t(" release=").g(self.hexs(12), "git_hash").t("\n```")
        self.outro(b, lang)

    def k_k8s(self, b):
        r = self.r
        lang = self.intro(b, "Service manifest")
        m, o = self.mem(), self.mem()
        b.t("```yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: payments-api\n  annotations:\n    owner: \"")
        b.p(self.email(m), "EMAIL").t("\"\n    oncall-phone: \"").p(self.phone(), "PHONE")
        b.t("\"\n    slack: \"").p("@" + o["handle"], "HANDLE").t("\"\n    image: ghcr.io/%s/payments:" % r.choice(ORGS))
        b.g(self.version(), "version").t("\nspec:\n  type: LoadBalancer\n  clusterIP: ")
        s, cat = self.ipv4_neg()
        b.g(s, cat).t("\n  loadBalancerIP: ").p(self.ipv4(), "IPV4").t("\n  loadBalancerSourceRanges:\n    - ")
        b.p(self.ipv4(), "IPV4").t("/32\n    - ")
        s, cat = self.ipv4_neg()
        b.g(s, cat).t("/16\n  ports:\n    - port: ").g("443", "port").t("\n      targetPort: ")
        b.g(str(r.choice([8443, 8080, 9443])), "port").t("\n# ref: ").g(DOCS[2], "docs_link").t("\n```")
        self.outro(b, lang)

    def k_env(self, b):
        r = self.r
        lang = self.intro(b, ".env")
        m = self.mem()
        b.t("```bash\n# .env.production - owner: ").p(m["name"], "PERSON").t("\nDATABASE_URL=postgres://app:***@")
        s, cat = self.ipv4_neg()
        b.g(s, cat).t(":").g("5432", "port").t("/billing\nSMTP_USER=").p(self.email(m, role=r.random() < 0.4), "EMAIL")
        b.t("\nSUPPORT_PHONE=").p(self.phone(), "PHONE").t("\nPAYOUT_IBAN=").p(self.iban(), "IBAN")
        b.t("\nSTRIPE_TEST_CARD=").g(self.card(valid=False), "luhn_invalid")
        b.t("\nSENTRY_RELEASE=").g(self.hexs(40), "git_hash")
        b.t("\nAPI_BASE=").g("https://api.example.com/v%d" % r.randrange(1, 4), "doc_domain_link")
        b.t("\nBUILD_NUMBER=").g(str(r.randrange(10 ** 9, 10 ** 10)), "build_number").t("\n```")
        self.outro(b, lang)

    def k_http(self, b):
        r = self.r
        lang = self.intro(b, "request")
        m = self.mem()
        b.t("```http\nPOST /v1/signup HTTP/1.1\nHost: ").g("api.example.net", "doc_domain")
        b.t("\nX-Forwarded-For: ").p(self.ipv4(), "IPV4").t(", ")
        s, cat = self.ipv4_neg()
        b.g(s, cat).t("\nX-Real-IP: [")
        b.p(self.ipv6(), "IPV6").t("]:").g(str(r.choice([443, 51234, 8443])), "port")
        b.t("\nX-Request-Id: ").g(self.uuid(), "uuid").t("\nContent-Type: application/json\n\n")
        b.t("{\"name\": \"").p(m["name"], "PERSON").t("\", \"email\": \"").p(self.email(m), "EMAIL")
        b.t("\", \"phone\": \"").p(self.phone(), "PHONE").t("\", \"referrer\": \"")
        b.p(self.profile_url(m, 0), "URL").t("\"}\n```")
        self.outro(b, lang)

    def k_csv(self, b):
        r = self.r
        lang = self.intro(b, r.choice(["CSV export", "TSV dump"]))
        sep = "," if r.random() < 0.6 else "\t"
        b.t("```\n" + sep.join(["name", "email", "phone", "profile", "country"]) + "\n")
        for _ in range(r.randrange(2, 5)):
            m = self.mem()
            b.p(m["name"], "PERSON").t(sep).p(self.email(m), "EMAIL").t(sep).p(self.phone(), "PHONE")
            b.t(sep).p(self.profile_url(m), "URL").t(sep + r.choice(["DE", "US", "BR", "JP", "IN", "NG"]) + "\n")
        b.t(sep.join(["Sample Row"])).t(sep).g(r.choice(DOC_EMAILS), "doc_email").t(sep + "n/a" + sep + "-" + sep + "XX\n```")
        self.outro(b, lang)

    def k_codeowners(self, b):
        r = self.r
        lang = self.intro(b, "CODEOWNERS")
        org = r.choice(ORGS)
        b.t("```\n# CODEOWNERS\n/src/billing/      ").p("@" + self.mem()["handle"], "HANDLE").t(" ")
        b.g("@%s/payments-team" % org, "team_mention").t("\n/infra/terraform/  ")
        b.p("@" + self.mem()["handle"], "HANDLE").t("\n*.sql              ").p(self.email(self.mem()), "EMAIL")
        b.t("\n/docs/             ").g("@%s/docs" % org, "team_mention").t("\n```")
        self.outro(b, lang)

    def k_dockerfile(self, b):
        r = self.r
        lang = self.intro(b, "Dockerfile")
        m = self.mem()
        b.t("```dockerfile\nFROM python:").g(self.version_sem(), "version").t("-slim\nLABEL maintainer=\"")
        self.name_email(b, m)
        b.t("\"\nLABEL org.opencontainers.image.source=\"")
        self.org_repo(b)
        b.t("\"\nENV APP_VERSION=").g("%d.%d.%d.%d" % (r.randrange(1, 9), r.randrange(10), r.randrange(10),
                                                     r.randrange(1, 99)), "version")
        b.t("\nEXPOSE ").g(str(r.choice([8080, 8000, 5000])), "port")
        b.t("\nHEALTHCHECK CMD curl -f http://").g("127.0.0.1", "ip_loopback").t(":8080/healthz\n```")
        self.outro(b, lang)

    def k_crontab(self, b):
        r = self.r
        lang = self.intro(b, "crontab")
        b.t("```\nMAILTO=").p(self.email(self.mem(), role=r.random() < 0.5), "EMAIL")
        b.t("\n# m h dom mon dow command   (owner: ").p("@" + self.mem()["handle"], "HANDLE").t(")\n")
        b.t("*/15 * * * * /opt/backup/run.sh --target ")
        self.ip_any(b)
        b.t("\n0 3 * * 1 /usr/bin/certbot renew --quiet\n# last edited ").g(self.ts(), "timestamp")
        b.t(", epoch ").g(self.epoch(), "epoch").t("\n```")
        self.outro(b, lang)

    def k_postmortem(self, b):
        r = self.r
        lang = self.intro(b, "postmortem draft")
        m, o = self.mem(), self.mem()
        b.t("## Incident %d-%02d-%02d: checkout latency\n\n**On-call:** " % (2026, r.randrange(1, 12), r.randrange(1, 29)))
        b.p(m["name"], "PERSON").t(" (").p(self.phone(), "PHONE").t(")\n\n**Timeline (UTC)**\n- ")
        b.g("%02d:%02d" % (r.randrange(24), r.randrange(60)), "timestamp").t(" alert fired on build ")
        b.g(str(r.randrange(20260101, 20261231)) + "." + str(r.randrange(1, 9)), "build_number")
        b.t("\n- ").g("%02d:%02d" % (r.randrange(24), r.randrange(60)), "timestamp").t(" ")
        b.p("@" + o["handle"], "HANDLE").t(" traced the spike to ").p(self.ipv4(), "IPV4").t(" and ")
        b.p(self.ipv6(), "IPV6").t("\n- ").g("%02d:%02d" % (r.randrange(24), r.randrange(60)), "timestamp")
        b.t(" rollback to v").g(self.version_sem(), "version").t(" (PR ").g("#" + str(r.randrange(100, 9999)), "issue_number")
        b.t(")\n\n**Customer impact:** one refund re-sent to ").p(self.iban(), "IBAN")
        b.t("; affected user notified at <").p(self.email(self.mem()), "EMAIL").t(">.\n")
        b.t("Internal only: ").p(self.ipv4(), "IPV4").t(" is the attacker, ")
        s, cat = self.ipv6_neg()
        b.g(s, cat).t(" was our own probe.")
        self.outro(b, lang)

    def k_shell(self, b):
        r = self.r
        lang = self.intro(b, "terminal session")
        pr = "%s@%s" % (r.choice(PROMPT_USERS), r.choice(PROMPT_HOSTS))
        b.t("```console\n").g(pr, "shell_prompt").t(":~$ ssh -p ").g("2222", "port").t(" ops@")
        self.ip_any(b)
        b.t("\n").g(pr, "shell_prompt").t(":~$ git clone ").g("git@github.com:%s/%s.git" % (r.choice(ORGS), r.choice(REPOS)), "git_ssh_remote")
        b.t("\n").g(pr, "shell_prompt").t(":~$ ping6 -c1 ")
        s, cat = self.ipv6_neg()
        b.g(s, cat).t("\n").g(pr, "shell_prompt").t(":~$ whois ").p(self.ipv4(), "IPV4").t(" | grep -i abuse\n")
        b.t("abuse-mailbox:  ").p(self.email(None, role=True), "EMAIL").t("\nphone:          ")
        b.p(self.phone(), "PHONE").t("\n").g(pr, "shell_prompt").t(":~$ dig +short AAAA api.%s\n" % r.choice(CO_DOMAINS))
        b.p(self.ipv6(), "IPV6").t("\n```")
        self.outro(b, lang)

    def k_c(self, b):
        r = self.r
        lang = self.intro(b, "C helper")
        m = self.mem()
        b.t("```c\n/*\n * netfilter helper\n * Copyright (c) 2026 ")
        self.name_email(b, m)
        b.t("\n */\n#define DRV_VERSION \"").g(self.version(), "version").t("\"\n")
        b.t("static const char *blocked[] = { \"").p(self.ipv4(), "IPV4").t("\", \"")
        b.g("169.254.169.254", "ip_link_local").t("\", \"").p(self.ipv6(), "IPV6").t("\" };\n")
        b.t("static const uint64_t MAGIC = 0x").g(self.hexs(16), "hex_digest").t("ULL;\n```")
        self.outro(b, lang)

    def k_toml(self, b):
        r = self.r
        lang = self.intro(b, "Cargo.toml")
        b.t("```toml\n[package]\nname = \"fastscan\"\nversion = \"").g(self.version_sem(), "version")
        b.t("\"\nauthors = [\"")
        self.name_email(b, self.mem())
        b.t("\", \"")
        self.name_email(b, self.mem())
        b.t("\"]\nrepository = \"")
        self.org_repo(b)
        b.t("\"\ndocumentation = \"").g("https://docs.rs/fastscan", "docs_link").t("\"\n\n[dependencies]\n")
        b.t("tokio = \"").g(r.choice("^~") + self.version_sem(), "semver_range").t("\"\n```")
        self.outro(b, lang)

    def k_readme(self, b):
        r = self.r
        lang = self.intro(b, "README section")
        m, o = self.mem(), self.mem()
        b.t("```markdown\n## Maintainers\n\n- ").p(m["name"], "PERSON").t(" - [GitHub](")
        b.p(self.profile_url(m, 1), "URL").t(") / [LinkedIn](").p(self.profile_url(m, 0), "URL").t(")\n- ")
        b.p(o["name"], "PERSON").t(" (").p("@" + o["handle"], "HANDLE").t(") - ")
        b.p(self.profile_url(o, r.choice([2, 3, 4, 5])), "URL").t(", office hours: ")
        b.p(self.profile_url(o, 6), "URL").t("\n\nProfile on the platform: ").p(self.profile_url(o, 7), "URL")
        b.t(".\nContributing guide: ")
        self.org_repo(b, tail="/blob/main/CONTRIBUTING.md")
        b.t("\nCareers: ").g("https://%s/careers" % r.choice(CO_DOMAINS), "company_page").t("\n```")
        self.outro(b, lang)

    def k_json_log(self, b):
        r = self.r
        lang = self.intro(b, "webhook payload")
        m = self.mem()
        b.t("```json\n{\"event\": \"payout.failed\", \"ts\": ").g(self.epoch(), "epoch")
        b.t(", \"customer\": {\"name\": \"").p(m["name"], "PERSON").t("\", \"email\": \"")
        b.p(self.email(m), "EMAIL").t("\", \"iban\": \"").p(self.iban(), "IBAN").t("\", \"ssn\": \"")
        b.p(self.ssn(), "US_SSN").t("\"}, \"ip\": \"").p(self.ipv4(), "IPV4")
        b.t("\", \"sha256\": \"").g(self.hexs(64), "hex_digest").t("\", \"order\": \"order ")
        b.g("%d %d %d" % (r.randrange(1000, 9999), r.randrange(1000, 9999), r.randrange(1000, 9999)),
            "order_number")
        b.t("\", \"request_id\": \"").g(self.uuid(), "uuid").t("\"}\n```")
        self.outro(b, lang)

    def k_js(self, b):
        r = self.r
        lang = self.intro(b, "Angular service")
        b.t("```ts\n// ").g("@ts-check", "ts_directive").t("\nimport { Injectable } from '")
        b.g("@angular/core", "npm_scope").t("';\n\n").g("@Injectable", "decorator").t("({ providedIn: 'root' })\n")
        b.t("export class SupportService {\n  // maintainer: ").p("@" + self.mem()["handle"], "HANDLE")
        b.t("\n  private readonly escalation = '").p(self.email(self.mem(), role=r.random() < 0.5), "EMAIL")
        b.t("';\n  private readonly hotline = '").p(self.phone(), "PHONE")
        b.t("';\n  private readonly timeoutMs = 3000;\n}\n```")
        self.outro(b, lang)

    def k_ssn_hr(self, b):
        r = self.r
        lang = self.intro(b, "HR import script output")
        b.t("```\n")
        for _ in range(r.randrange(2, 4)):
            m = self.mem()
            b.t("[import] ").g(self.ts(), "timestamp").t(" employee=").p(m["name"], "PERSON")
            b.t(" ssn=").p(self.ssn(), "US_SSN").t(" ok\n")
        b.t("[import] row 17: ssn=").g(self.ssn(valid=False), "ssn_invalid").t(" rejected (invalid area/group/serial)\n")
        b.t("[import] done in 4.2s, epoch ").g(self.epoch(), "epoch").t("\n```")
        self.outro(b, lang)

    def k_cjk_dm(self, b):
        """prose-heavy DM with a small paste, CJK-glued addresses"""
        r = self.r
        m, o = self.mem(), self.mem()
        if r.random() < 0.5:
            b.t("昨日のデプロイで").g(self.version_sem(), "version").t("に上げたら落ちました。")
            b.p(m["name"], "PERSON").t("さんのログ：\n```\n").g(self.ts(), "timestamp")
            b.t(" conn refused from ").p(self.ipv4(), "IPV4").t("\n```\n連絡先：")
            b.p(self.email(m), "EMAIL").t("、電話 ").p(self.phone(), "PHONE")
        else:
            b.t("这个配置在").g(self.version_sem(), "version").t("之后不能用了，")
            b.p(m["name"], "PERSON").t("说是防火墙的问题：\n```\nallow ")
            b.p(self.ipv4(), "IPV4").t("/32;\ndeny ").g("10.0.0.0", "ip_private").t("/8;\n```\n联系")
            b.p(self.email(m), "EMAIL").t("或者").p("@" + o["handle"], "HANDLE").t("。")

    KINDS = ["git_log", "python", "pytest", "package_json", "sql", "access_log", "traceback", "k8s",
             "env", "http", "csv", "codeowners", "dockerfile", "crontab", "postmortem", "shell",
             "c", "toml", "readme", "json_log", "js", "ssn_hr", "cjk_dm"]

    def record(self, i):
        kind = self.r.choice(self.KINDS)
        b = B()
        getattr(self, "k_" + kind)(b)
        text = b.text()
        return kind, {"id": "blind30-%05d" % i, "text": text,
                      "spans": [{"start": s, "end": e, "type": t} for s, e, t in b.spans],
                      "negatives": [{"start": s, "end": e, "category": c} for s, e, c in b.negs]}


# ----------------------------------------------------------------------------- selfcheck
INVALID_NEG = {"luhn_invalid": lambda s: not valid_card(s) and card_brand_ok(re.sub(r"\D", "", s)),
               "iban_bad_check": lambda s: iban_parts_ok(s) and not valid_iban(s),
               "ssn_invalid": lambda s: bool(re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", s)) and not valid_ssn(s),
               "ip_private": lambda s: ip_shape(s, 4) and not ip_global(s),
               "ip_loopback": lambda s: ip_shape(s, 4) and not ip_global(s),
               "ip_link_local": lambda s: ip_shape(s, 4) and not ip_global(s),
               "ip_doc": lambda s: ip_shape(s, 4) and not ip_global(s),
               "ipv6_doc": lambda s: ip_shape(s, 6) and not ip_global(s),
               "ipv6_private": lambda s: ip_shape(s, 6) and not ip_global(s),
               "ipv6_link_local": lambda s: ip_shape(s, 6) and not ip_global(s),
               "ipv6_loopback": lambda s: ip_shape(s, 6) and not ip_global(s),
               "doc_email": lambda s: bool(EMAIL_RE.fullmatch(s)) and not valid_email(s)}

CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
WORD = re.compile(r"[^\W\d_]+")


def selfcheck(members, records):
    names = {fold(m["name"]) for m in members}
    cjk_names = {m["name"] for m in members if m["cjk"]}
    firsts = {m["first"] for m in members if m["first"]}
    handles = {m["handle"] for m in members}
    errs = []

    def err(rec, msg):
        if len(errs) < 30:
            errs.append("%s: %s" % (rec["id"], msg))

    for rec in records:
        t = rec["text"]
        n = len(t)
        items = [(s["start"], s["end"], "S") for s in rec["spans"]] + \
                [(s["start"], s["end"], "N") for s in rec["negatives"]]
        for s, e, _ in items:
            if not (0 <= s < e <= n):
                err(rec, "offset out of range %d-%d" % (s, e))
        items.sort()
        for a, c in zip(items, items[1:]):
            if c[0] < a[1]:
                err(rec, "overlap %r %r" % (t[a[0]:a[1]], t[c[0]:c[1]]))
        for sp in rec["spans"]:
            s, ty = t[sp["start"]:sp["end"]], sp["type"]
            if s != s.strip() or s[-1] in ".,;:)>]'\"":
                err(rec, "untrimmed %s %r" % (ty, s))
            ok = {"EMAIL": valid_email, "PHONE": valid_phone, "CREDIT_CARD": valid_card,
                  "IBAN": valid_iban, "US_SSN": valid_ssn,
                  "IPV4": lambda x: ip_shape(x, 4) and ip_global(x),
                  "IPV6": lambda x: ip_shape(x, 6) and ip_global(x),
                  "HANDLE": lambda x: x[0] == "@" and x[1:] in handles,
                  "PERSON": lambda x: x in cjk_names or fold(x) in names or x in firsts,
                  "URL": lambda x: any(rx.fullmatch(x) and rx.fullmatch(x).group(1) in handles
                                       for rx in URL_RES)}[ty](s)
            if not ok:
                err(rec, "invalid gold %s %r" % (ty, s))
        for ng in rec["negatives"]:
            s, cat = t[ng["start"]:ng["end"]], ng["category"]
            if cat in INVALID_NEG and not INVALID_NEG[cat](s):
                err(rec, "negative %s passes validation: %r" % (cat, s))
            if cat == "doc_domain_link" and "example." not in s:
                err(rec, "doc link %r" % s)
        # no member full name outside PERSON spans
        pers = [(s["start"], s["end"]) for s in rec["spans"] if s["type"] == "PERSON"]
        covered = lambda a, z: any(ps <= a and z <= pe for ps, pe in pers)
        ws = [(w.start(), w.end()) for w in WORD.finditer(t)]
        for i in range(len(ws)):
            for k in (2, 3):
                if i + k <= len(ws):
                    seg = ws[i:i + k]
                    if all(t[x[1]:y[0]] == " " for x, y in zip(seg, seg[1:])):
                        a, z = seg[0][0], seg[-1][1]
                        if fold(t[a:z]) in names and not covered(a, z):
                            err(rec, "unlabelled member name %r" % t[a:z])
        for run in CJK_RUN.finditer(t):
            rs = run.group()
            for L in (2, 3, 4):
                for j in range(len(rs) - L + 1):
                    if rs[j:j + L] in cjk_names:
                        a = run.start() + j
                        if not covered(a, a + L):
                            err(rec, "unlabelled CJK member name %r" % rs[j:j + L])
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random("blind30:%d" % a.seed)
    members = make_members(a.members, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    g = Gen(rng, members)
    records = []
    kinds = {}
    for i in range(1, a.records + 1):
        k, rec = g.record(i)
        kinds[k] = kinds.get(k, 0) + 1
        records.append(rec)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types, cats = {}, {}
    for rec in records:
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in rec["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d" % (len(records), len(members)), file=sys.stderr)
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())), file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())), file=sys.stderr)
    if a.selfcheck:
        errs = selfcheck(members, records)
        for e in errs:
            print("selfcheck: " + e, file=sys.stderr)
        print("selfcheck: %s" % ("FAILED" if errs else "ok"), file=sys.stderr)
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
