#!/usr/bin/env python3
"""gen_corpus.py - the project's labelled PII corpus for `askfirst redact` (issue 3).

Writes a member directory (members.jsonl) and social-network posts, comments and profile
fields (corpus.jsonl) in twelve languages, each with gold PII spans and labelled hard
negatives, exactly as docs of issue 3 define them.  Deterministic for a given --seed.
Python 3 standard library only.  bench/pii/gen_heldout.py is a second, independent generator;
bench/pii/score.py scores a redactor against either.

  gen_corpus.py --out DIR [--records N] [--members N] [--seed S] [--mb N]

--mb N writes DIR/throughput.jsonl (about N MB of text, id/lang/kind/text only) as well.
Offsets are Unicode code points into "text", end-exclusive.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import FIRST, LAST, SPECIAL_MEMBERS, LATIN_LANGS  # noqa: E402
from checkdigits import iban_mod97, luhn_digit, luhn_ok  # noqa: E402

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "hi", "ja", "zh", "ar", "ru"]
LANG_WEIGHTS = [22, 10, 8, 8, 7, 6, 6, 8, 7, 7, 5, 6]
NBSP = "\u00a0"

# ---------------------------------------------------------------- validators / values


def luhn_complete(prefix):
    return prefix + luhn_digit(prefix)


IBAN_SPEC = {  # country: list of (count, kind) a=upper letters, n=digits, c=alnum
    "DE": [(18, "n")], "GB": [(4, "a"), (14, "n")], "FR": [(10, "n"), (11, "c"), (2, "n")],
    "ES": [(20, "n")], "IT": [(1, "a"), (10, "n"), (12, "c")], "NL": [(4, "a"), (10, "n")],
    "BE": [(12, "n")], "AT": [(16, "n")], "CH": [(5, "n"), (12, "c")], "PT": [(21, "n")],
    "PL": [(24, "n")], "IE": [(4, "a"), (14, "n")],
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20,
            "CH": 21, "PT": 25, "PL": 28, "IE": 22}


def make_iban(rng, cc, valid=True):
    bban = ""
    for n, kind in IBAN_SPEC[cc]:
        for _ in range(n):
            if kind == "n":
                bban += rng.choice("0123456789")
            elif kind == "a":
                bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    chk = 98 - iban_mod97(cc + "00" + bban)
    if not valid:
        chk = (chk + rng.randint(1, 96) - 1) % 97 + 2
        if chk > 98 or chk == 98 - iban_mod97(cc + "00" + bban):
            chk = 3 if chk != 3 else 4
    iban = "%s%02d%s" % (cc, chk, bban)
    assert len(iban) == IBAN_LEN[cc]
    assert (iban_mod97(iban) == 1) == valid
    return iban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_card(rng, valid=True):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        prefix, n = "4", 16
    elif brand == "mc":
        prefix, n = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, n = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]), 15
    else:
        prefix, n = rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    num = luhn_complete(body)
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
        assert not luhn_ok(num)
    style = rng.choice(["compact", "space", "dash", "space"])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return group4(num, sep)


def make_ssn(rng, valid=True):
    area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    while area == 666:
        area = rng.randint(1, 899)
    if not valid:
        bad = rng.choice(["a0", "a666", "a9", "g", "s"])
        if bad == "a0":
            area = 0
        elif bad == "a666":
            area = 666
        elif bad == "a9":
            area = rng.randint(900, 999)
        elif bad == "g":
            group = 0
        else:
            serial = 0
    sep = rng.choice(["-", "-", "-", " "])
    return "%03d%s%02d%s%04d" % (area, sep, group, sep, serial)


GLOBAL_V4_FIRST = [8, 23, 31, 37, 45, 46, 52, 62, 77, 78, 81, 85, 91, 95, 104, 138, 141, 151,
                   176, 185, 188, 193, 195, 212, 213, 217]


def make_ipv4(rng):
    return "%d.%d.%d.%d" % (rng.choice(GLOBAL_V4_FIRST), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def make_ipv4_neg(rng):
    cat = rng.choice(["ip_private", "ip_private", "ip_loopback", "ip_link_local",
                      "ip_documentation", "ip_documentation", "ip_reserved"])
    r = lambda: rng.randint(0, 255)  # noqa: E731
    h = lambda: rng.randint(1, 254)  # noqa: E731
    if cat == "ip_private":
        ip = rng.choice(["10.%d.%d.%d" % (r(), r(), h()),
                         "172.%d.%d.%d" % (rng.randint(16, 31), r(), h()),
                         "192.168.%d.%d" % (r(), h())])
    elif cat == "ip_loopback":
        ip = rng.choice(["127.0.0.1", "127.0.%d.%d" % (r(), h())])
    elif cat == "ip_link_local":
        ip = "169.254.%d.%d" % (r(), h())
    elif cat == "ip_documentation":
        ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(h())
    else:
        ip = rng.choice(["0.0.0.0", "240.%d.%d.%d" % (r(), r(), h()),
                         "100.%d.%d.%d" % (rng.randint(64, 127), r(), h()),
                         "198.%d.%d.%d" % (rng.randint(18, 19), r(), h()),
                         "255.255.255.255"])
    return ip, cat


V6_PREFIXES = ["2a00:1450", "2a02:8108", "2606:4700", "2001:4860", "2a03:2880", "2400:cb00",
               "2804:14c", "2c0f:fb50", "2a01:4f8", "2600:1f18"]


def make_ipv6(rng):
    p = rng.choice(V6_PREFIXES).split(":")
    groups = p + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(p))]
    style = rng.choice(["compressed", "compressed", "full", "full4"])
    if style == "full4":
        return ":".join(g.zfill(4) for g in groups)
    if style == "full":
        return ":".join(groups)
    k = rng.randint(1, 3)  # zero run to compress, after the prefix
    keep_head = len(p) + rng.randint(0, 1)
    head = groups[:keep_head]
    tail = groups[keep_head + k:]
    return ":".join(head) + "::" + ":".join(tail)


def make_ipv6_neg(rng):
    return rng.choice(["::1", "fe80::%x:%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff),
                                             rng.randint(1, 0xffff), rng.randint(1, 0xff)),
                       "2001:db8::%x" % rng.randint(1, 0xffff),
                       "2001:db8:%x::1" % rng.randint(1, 0xffff)])


def d(rng, n, first=None):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first is not None:
        s = rng.choice(first) + s[1:]
    return s


def make_phone(rng, cc):
    """A phone number of country cc in one of its usual national or international formats."""
    c = rng.choice
    if cc in ("US", "CA"):
        area = c(["212", "312", "415", "617", "646", "713", "206", "305", "404", "512"]
                 if cc == "US" else ["416", "604", "514", "403", "613"])
        ex = d(rng, 3, "23456789")
        while ex == "555":
            ex = d(rng, 3, "23456789")
        ln = d(rng, 4)
        return c(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                  "+1 (%s) %s-%s", "%s %s %s", "1-%s-%s-%s"]) % (area, ex, ln)
    if cc == "UK":
        kind = c(["lon", "mob", "man"])
        if kind == "lon":
            a, b = "20", "7" + d(rng, 3) + " " + d(rng, 4)
            return c(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "+44 (0) %s %s"]) % (a, b)
        if kind == "mob":
            a, b = "7" + d(rng, 3, "4789"), d(rng, 6)
            return c(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "+44%s%s", "0%s%s"]) % (a, b)
        a, b = "161", d(rng, 3, "2345789") + " " + d(rng, 4)
        return c(["0%s %s", "+44 %s %s"]) % (a, b)
    if cc == "DE":
        if rng.random() < 0.5:
            a, b = c(["30", "89", "40", "69", "221", "711"]), d(rng, c([7, 8]), "123456789")
            return c(["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s", "+49-%s-%s",
                      "(0%s) %s"]) % (a, b)
        a, b = c(["151", "160", "170", "176", "152"]), d(rng, 8, "123456789")
        return c(["0%s %s", "+49 %s %s", "0%s/%s", "+49 (0)%s %s", "0%s-%s",
                  "+49 %s %s"]) % (a, b)
    if cc == "FR":
        first = c(["1", "2", "3", "4", "5", "6", "7", "9"])
        pairs = [d(rng, 2) for _ in range(4)]
        sep = c([" ", ".", " ", "-"])
        nat = "0" + first + sep + sep.join(pairs)
        return c([nat, "+33 %s %s" % (first, " ".join(pairs)),
                  "+33 (0)%s %s" % (first, " ".join(pairs)), "0" + first + "".join(pairs)])
    if cc == "IN":
        n = d(rng, 10, "6789")
        return c(["+91 %s %s" % (n[:5], n[5:]), "+91-%s-%s" % (n[:5], n[5:]),
                  "0%s %s" % (n[:5], n[5:]), "%s %s" % (n[:5], n[5:]), "+91%s" % n,
                  "+91 %s" % n, "%s-%s" % (n[:5], n[5:])])
    if cc == "BR":
        ddd = c(["11", "21", "31", "41", "51", "61", "71", "81"])
        if rng.random() < 0.6:
            n = "9" + d(rng, 4) + "-" + d(rng, 4)
        else:
            n = d(rng, 4, "2345") + "-" + d(rng, 4)
        return c(["+55 %s %s", "(%s) %s", "+55 (%s) %s", "%s %s"]) % (ddd, n)
    if cc == "JP":
        if rng.random() < 0.5:
            a, b, e = c(["90", "80", "70"]), d(rng, 4, "123456789"), d(rng, 4)
        else:
            a, b, e = c(["3", "6"]), d(rng, 4, "23456789"), d(rng, 4)
        return c(["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "0%s %s %s"]) % (a, b, e)
    if cc == "AU":
        if rng.random() < 0.5:
            a, b, e = c(["2", "3", "7", "8"]), d(rng, 4, "3456789"), d(rng, 4)
            return c(["(0%s) %s %s", "+61 %s %s %s", "0%s %s %s"]) % (a, b, e)
        a, b, e = "4" + d(rng, 2), d(rng, 3), d(rng, 3)
        return c(["0%s %s %s", "+61 %s %s %s"]) % (a, b, e)
    if cc == "CN":
        if rng.random() < 0.6:
            a, b, e = "1" + c(["38", "39", "50", "86", "35"]), d(rng, 4), d(rng, 4)
            return c(["%s %s %s", "+86 %s %s %s", "+86 %s-%s-%s", "%s%s%s",
                      "+86-%s-%s-%s"]) % (a, b, e)
        a, b = c(["10", "21", "755", "20"]), d(rng, 8, "2345678")
        return c(["0%s-%s", "+86 %s %s", "(0%s) %s"]) % (a, b)
    if cc == "ES":
        if rng.random() < 0.5:
            n = d(rng, 9, "67")
        else:
            n = "9" + d(rng, 8, "1345")
        return c(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s" % (n[:3], n[3:6], n[6:]),
                  "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+34 " + n,
                  "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    if cc == "IT":
        if rng.random() < 0.5:
            a, b = c(["06", "02", "011", "055"]), d(rng, 4, "123456789") + " " + d(rng, 4)
            return c(["%s %s", "+39 %s %s", "%s-%s"]) % (a, b)
        a, b = "3" + c(["47", "33", "39", "20", "49"]), d(rng, 3) + " " + d(rng, 4)
        return c(["%s %s" % (a, b), "+39 %s %s" % (a, b), "+39 %s%s" % (a, b.replace(" ", ""))])
    if cc == "NL":
        if rng.random() < 0.5:
            n = d(rng, 8, "123456789")
            return c(["06-%s" % n, "06 %s" % n, "+31 6 %s" % n, "+31 (0)6 %s %s" % (n[:4], n[4:]),
                      "+316%s" % n])
        a, b, e = c(["20", "10", "30", "70"]), d(rng, 3, "2345678"), d(rng, 4)
        return c(["0%s-%s %s", "0%s %s %s", "+31 %s %s %s", "+31 (0)%s %s %s"]) % (a, b, e)
    if cc == "NG":
        a, b, e = c(["803", "806", "813", "703", "905", "810"]), d(rng, 3), d(rng, 4)
        return c(["0%s %s %s", "+234 %s %s %s", "+234 (0)%s %s %s", "0%s%s%s",
                  "+234-%s-%s-%s"]) % (a, b, e)
    if cc == "E164":
        return c(["+4915%s" % d(rng, 9), "+1415%s%s" % (d(rng, 3, "2346789"), d(rng, 4)),
                  "+9198%s" % d(rng, 8), "+3361%s" % d(rng, 7), "+447%s" % d(rng, 9, "4789"),
                  "+8613%s" % d(rng, 9), "+55119%s" % d(rng, 8), "+7916%s" % d(rng, 7),
                  "+971501%s" % d(rng, 6), "+20100%s" % d(rng, 7)])
    raise ValueError(cc)


def phone_any(rng, cc):
    p = make_phone(rng, cc)
    if " " in p and rng.random() < 0.12:
        p = p.replace(" ", NBSP)
    return p


LANG_PHONES = {
    "en": ["US", "US", "CA", "UK", "AU", "NG", "IN", "E164"], "de": ["DE", "DE", "DE", "NL", "E164"],
    "fr": ["FR", "FR", "FR", "E164"], "es": ["ES", "ES", "US", "E164"], "pt": ["BR", "BR", "E164"],
    "it": ["IT", "IT", "E164"], "nl": ["NL", "NL", "DE"], "hi": ["IN", "IN", "IN", "E164"],
    "ja": ["JP", "JP", "JP", "E164"], "zh": ["CN", "CN", "CN", "E164"],
    "ar": ["E164", "UK", "FR", "DE"], "ru": ["E164", "E164", "DE"],
}


def isbn13(rng):
    body = "978" + d(rng, 9)
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return rng.choice(["%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:6], full[6:12], full[12]),
                       full, "%s-%s-%s-%s-%s" % (full[:3], full[3:5], full[5:8], full[8:12], full[12])])


def neg_value(rng, cat):
    c = rng.choice
    if cat == "date":
        y, m, dd = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return c(["%d-%02d-%02d" % (y, m, dd), "%02d.%02d.%d" % (dd, m, y), "%02d/%02d/%d" % (m, dd, y),
                  "%d/%d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y)])
    if cat == "time":
        return c(["%02d:%02d" % (rng.randint(7, 20), c([0, 15, 30, 45])),
                  "%d:%02d am" % (rng.randint(7, 11), c([0, 30])),
                  "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                  "%dh%02d" % (rng.randint(8, 20), c([0, 30]))])
    if cat == "price":
        a = rng.randint(100, 99999)
        return c(["$%s.%02d" % ("{:,}".format(a), rng.randint(0, 99)),
                  "€%s" % "{:,}".format(a).replace(",", "."),
                  "%s,%02d €" % ("{:,}".format(a).replace(",", "."), rng.randint(0, 99)),
                  "£%s" % "{:,}".format(a), "₹%s" % "{:,}".format(a * 10),
                  "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), rng.randint(0, 99)),
                  "¥%s" % "{:,}".format(a * 100)])
    if cat == "order_number":
        return c(["%s-%s-%s" % (d(rng, 3), d(rng, 7), d(rng, 7)), "#" + d(rng, 10, "123456789"),
                  "%s-%s-%s" % (d(rng, 4), d(rng, 4), d(rng, 4)), "SO-" + d(rng, 8)])
    if cat == "ticket_number":
        return c(["INC%s" % d(rng, 7), "#%s-%s" % (d(rng, 3), d(rng, 4)), "CS-%s" % d(rng, 8),
                  d(rng, 8, "123456789")])
    if cat == "isbn":
        return isbn13(rng)
    if cat == "version":
        return c(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                  "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 20)),
                  "%d.%d.%d-rc%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9),
                                     rng.randint(1, 4))])
    if cat == "ip_version":
        return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 9),
                                rng.randint(1, 99))
    if cat == "patent":
        return c(["US %s B2" % "{:,}".format(rng.randint(7000000, 11999999)),
                  "US%s" % "{:,}".format(rng.randint(7000000, 11999999)),
                  "EP %s %s %s A1" % (rng.randint(1, 3), d(rng, 3), d(rng, 3)),
                  "US 20%d/0%s A1" % (rng.randint(10, 24), d(rng, 6)),
                  "WO 20%d/%s" % (rng.randint(10, 24), d(rng, 6))])
    if cat == "card_luhn_invalid":
        return make_card(rng, valid=False)
    if cat == "iban_bad_check":
        iban = make_iban(rng, c(list(IBAN_SPEC)), valid=False)
        return iban if rng.random() < 0.5 else group4(iban)
    if cat == "ssn_invalid":
        return make_ssn(rng, valid=False)
    if cat == "ipv6_nonglobal":
        return make_ipv6_neg(rng)
    if cat == "url_company":
        return c(["https://www.acme-robotics.io", "https://www.linkedin.com/company/acme-robotics/",
                  "siemens-energy.com", "https://about.gitlab.com", "www.zalando.de",
                  "https://www.linkedin.com/company/askfirst-labs", "https://www.bosch.com/"])
    if cat == "url_careers":
        return c(["https://acme-robotics.io/careers", "https://jobs.lever.co/acme/5f1c2b7e-4a1d",
                  "https://boards.greenhouse.io/askfirstlabs/jobs/%s" % d(rng, 7),
                  "https://careers.sap.com/job/Berlin-Developer/%s" % d(rng, 9),
                  "https://www.linkedin.com/jobs/view/%s/" % d(rng, 10)])
    if cat == "url_docs":
        return c(["https://docs.python.org/3/library/re.html",
                  "https://developer.mozilla.org/en-US/docs/Web/HTTP",
                  "https://kubernetes.io/docs/concepts/overview/", "https://docs.github.com/en/actions",
                  "https://learn.microsoft.com/en-us/azure/", "docs.askfirst.example/pii"])
    if cat == "url_paper":
        return c(["https://arxiv.org/abs/%d%02d.%05d" % (rng.randint(18, 25), rng.randint(1, 12),
                                                        rng.randint(1, 20000)),
                  "https://doi.org/10.1145/%s.%s" % (d(rng, 7), d(rng, 7)),
                  "https://aclanthology.org/2023.acl-long.%d/" % rng.randint(1, 900),
                  "https://openreview.net/forum?id=Xy12AbCd3"])
    if cat == "url_ticket":
        return c(["https://www.eventbrite.com/e/ai-meetup-berlin-tickets-%s" % d(rng, 12),
                  "https://www.meetup.com/pydata-berlin/events/%s/" % d(rng, 9),
                  "https://lu.ma/ai-night-%s" % d(rng, 3), "https://tickets.devconf.example/2025"])
    if cat == "url_form":
        return c(["https://forms.gle/Ab3dEf9HijKl", "https://www.typeform.com/to/aBcD12",
                  "https://docs.google.com/forms/d/e/1FAIpQLSdX9/viewform", "https://tally.so/r/wMxyz1"])
    if cat == "at_not_handle":
        return c(["@everyone", "@here", "@Override", "@dataclass", "@types/node", "@angular/core",
                  "@channel"])
    raise ValueError(cat)


ORGS = ["Morgan Stanley", "Charles Schwab", "John Deere", "Wells Fargo", "Goldman Sachs",
        "Johnson & Johnson", "Ernst & Young", "Marks & Spencer", "Lockheed Martin",
        "Baker McKenzie", "Tim Hortons", "Harley-Davidson"]
PLACES = [("Charlotte", ", NC"), ("Victoria", ", BC"), ("Florence", ", Italy"), ("Austin", ", TX"),
          ("Jackson", ", Mississippi"), ("Georgia", " (the state)"), ("Sydney", " CBD"),
          ("Adelaide", ", South Australia")]
EPONYMS = [("Dijkstra", "'s algorithm"), ("Parkinson", "'s disease"), ("Newton", "'s method"),
           ("Gantt", " chart"), ("Turing", " test"), ("Parkinson", "'s law")]

# ---------------------------------------------------------------- members


def strip_accents(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Member:
    __slots__ = ("user", "name", "handle", "first", "last", "lang", "rfirst", "rlast")


def romanise(part):
    return re.sub(r"[^a-z0-9]", "", strip_accents(part[0]).lower()) if part[1] is None else part[1]


def make_members(n, seed):
    rng = random.Random(seed * 7919 + 1)
    members, handles = [], set()

    def add(first, last, lang):
        m = Member()
        m.user = "u%d" % (len(members) + 1)
        m.first, m.last, m.lang = first[0], last[0], lang
        m.rfirst, m.rlast = romanise(first), romanise(last)
        m.name = (m.last + m.first) if lang in ("ja", "zh") else (m.first + " " + m.last)
        base = rng.choice([m.rfirst + m.rlast, m.rfirst + "_" + m.rlast, m.rfirst[0] + m.rlast,
                           m.rfirst + m.rlast[:1], m.rlast + "_" + m.rfirst])
        h = base
        k = 1
        while h in handles:
            k += 1
            h = "%s%d" % (base, rng.randint(2, 99) if k < 4 else k * 7 + rng.randint(0, 6))
        handles.add(h)
        m.handle = h
        members.append(m)

    for name, lang in SPECIAL_MEMBERS:
        if len(members) >= n:
            break
        f, l = name.split(" ", 1)
        add((f, None), (l, None), lang)
    while len(members) < n:
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        add(rng.choice(FIRST[lang]), rng.choice(LAST[lang]), lang)
    return members


# ---------------------------------------------------------------- templates
# Placeholders: {NAME} {NAME2} {NAME3} full names; {FIRST} {FIRST2} first name alone (only in
# greetings/thanks); {NAMEV} case/diacritic variant of NAME; {HANDLE} {HANDLE2} "@handle";
# {EMAIL[:personal|work|role|obf|mailto|angle]}; {PHONE[:CC]}; {IPV4[:port|cidr]};
# {IPV6[:port]}; {CARD}; {IBAN[:CC]}; {SSN}; {URL[:site]} member profile URL; {N:category}
# hard negative; {ORG} {PLACE} {EPONYM}; {W:word} member-name word used as a word.

T = {}
T["en"] = [
    ("post", "Thrilled to announce I've joined the platform team at Northwind! Huge thanks to {NAME} and {NAME2} for the referral. Reach me at {EMAIL} or {PHONE}."),
    ("post", "We're hiring senior engineers in Lagos and London. Send CVs to {EMAIL:role} or DM {HANDLE}. Apply before {N:date}."),
    ("comment", "Thanks, {FIRST}! Totally agree with your point on observability."),
    ("comment", "Congrats {FIRST}!! Well deserved 🎉"),
    ("comment", "Hi {FIRST}, could you share the slides? My email is {EMAIL:obf}"),
    ("post", "Great panel with {NAME} today. {FPOSS} take on data minimisation was the highlight. Slides: {URL}"),
    ("headline", "Staff Engineer at Contoso | ex-{ORG} | {URL:linkedin}"),
    ("about", "Product designer based in {PLACE}. I write about research ops at {URL:substack}. Book a chat: {URL:calendly}."),
    ("experience", "Analyst, {ORG} (2016–2019). Built risk dashboards; mentored by {NAME}."),
    ("post", "Our server at {IPV4} kept timing out; turned out the load balancer at {IPV4:port} had a stale route. Internal box {N:ip_private} was fine."),
    ("post", "Reminder: we migrated to version {N:ip_version} of the firmware last night. If you still see errors on {N:ip_private}, ping {HANDLE}."),
    ("comment", "Blocked traffic from {IPV6} and {IPV4:cidr} after the scraping incident."),
    ("post", "Just read {EPONYM} explained by {NAME}. Great thread (see {URL})."),
    ("comment", "{W:Will} this scale past a million rows? Asking for a friend."),
    ("comment", "The {w:grace} period ends on {N:date}, so please renew."),
    ("post", "Shares {w:rose} 4% after the earnings call at {N:time}. Not investment advice."),
    ("post", "{W:Hope} to see everyone at the meetup! Tickets: {N:url_ticket}. Doors open {N:time}."),
    ("post", "{W:Mark} your calendars: our {w:summer} internship opens {N:date}. Details at {N:url_careers}"),
    ("comment", "Really appreciate the {w:frank} feedback, {FIRST}."),
    ("post", "Payment for the workshop: card {CARD} was charged {N:price}; order {N:order_number}. (Yes, I know I shouldn't post this.)"),
    ("comment", "My SSN is {SSN}, the form rejected it twice - support ticket {N:ticket_number}."),
    ("post", "Testing our validator: {N:ssn_invalid} must fail, {N:card_luhn_invalid} must fail, and IBAN {N:iban_bad_check} must fail too."),
    ("post", "Paper is out! {N:url_paper} is the preprint, this is the final version: {N:url_paper}. Code by {HANDLE} and {HANDLE2}."),
    ("post", "New book (ISBN {N:isbn}) co-written with {NAME}. Launch on {N:date} at {N:time}."),
    ("post", "Our patent {N:patent} finally granted. Proud of {NAME}, {NAME2} and {NAME3}."),
    ("about", "Contact: {EMAIL:angle} · {PHONE} · {URL:github}"),
    ("comment", "@{NAME} can you review this before {N:date}?"),
    ("post", "Congratulations to {POSS} team for shipping {N:version}! Docs: {N:url_docs}"),
    ("comment", "Happy birthday {FIRST}! 🎂"),
    ("post", "Signed up via {N:url_form}, questions go to {EMAIL:mailto}."),
    ("comment", "{NAMEV} was my manager at {ORG}, highly recommend."),
    ("post", "Moved from {PLACE} to the Bay Area. New number {PHONE:US}, old one {PHONE:US} is dead."),
    ("comment", "Thank you so much, {FIRST}! And congrats to {NAME2} on the promotion."),
    ("about", "Ex-founder. Angel investor. {URL:x} · {URL:bsky} · {URL:medium}"),
]
T["de"] = [
    ("post", "Ich freue mich, bei der Deutschen Bahn als Data Engineer anzufangen! Danke an {NAME} für die Empfehlung. Erreichbar unter {PHONE:DE} oder {EMAIL}."),
    ("comment", "Danke, {FIRST}! Sehr hilfreicher Beitrag."),
    ("comment", "Hallo {FIRST}, schick mir die Unterlagen bitte an {EMAIL:obf}."),
    ("post", "Wir suchen Verstärkung in München! Bewerbungen an {EMAIL:role}, Fragen an {HANDLE}. Bewerbungsschluss {N:date}."),
    ("headline", "Senior Consultant bei Accenture | {URL:linkedin}"),
    ("about", "Softwareentwicklerin aus Köln. Open Source auf {URL:github}, Termine über {URL:calendly}."),
    ("experience", "Werkstudent bei der Commerzbank (2019–2021), betreut von {NAME}."),
    ("post", "Überweisung bitte an IBAN {IBAN:DE}, Verwendungszweck Rechnung {N:order_number}, Betrag {N:price}."),
    ("comment", "Tolles Projekt von {NAME} und {NAME2}! Mehr auf {URL}."),
    ("post", "Unser Server {IPV4} ist wieder erreichbar, das interne Gateway {N:ip_private} war schuld. Update auf {N:version} am {N:date}."),
    ("post", "Am {N:date} um {N:time} Uhr Meetup in Berlin, Tickets über {N:url_ticket}. Rückfragen: {PHONE:DE}"),
    ("comment", "Herzlichen Glückwunsch, {FIRST}! 🎉"),
    ("post", "Vortrag von {NAME} über {EPONYM} – sehr zu empfehlen!"),
    ("about", "Kontakt: {EMAIL:mailto} · Tel. {PHONE:DE} · Mobil {PHONE:DE}"),
]
T["fr"] = [
    ("post", "Ravie de rejoindre l'équipe data de Doctolib ! Merci à {NAME} et {NAME2}. Contact : {EMAIL} ou {PHONE:FR}."),
    ("comment", "Merci {FIRST} pour ce partage !"),
    ("comment", "Bonjour {FIRST}, tu peux m'écrire à {EMAIL:obf} ?"),
    ("post", "Nous recrutons à Lyon : envoyez vos candidatures à {EMAIL:role} avant le {N:date}."),
    ("headline", "Cheffe de projet chez BNP Paribas | {URL:linkedin}"),
    ("about", "Développeur à Nantes. Mon blog : {URL:substack}. Prendre rendez-vous : {URL:calendly}."),
    ("experience", "Stage chez Capgemini (2020), encadré par {NAME}."),
    ("post", "Virement sur le compte {IBAN:FR} svp, facture {N:order_number} d'un montant de {N:price}."),
    ("comment", "Bravo {NAME} ! La conférence de {NAME2} sur l'IA était top. Billets : {N:url_ticket}"),
    ("post", "Le serveur {IPV4} répond de nouveau, rdv {N:time} pour le point. Numéro d'astreinte : {PHONE:FR}."),
    ("about", "Me joindre : {PHONE:FR} · {EMAIL:angle} · {URL:x}"),
]
T["es"] = [
    ("post", "¡Feliz de unirme a Telefónica como ingeniera de datos! Gracias a {NAME} por todo. Escríbeme a {EMAIL} o llama al {PHONE:ES}."),
    ("comment", "¡Gracias, {FIRST}! Muy buen artículo."),
    ("comment", "Hola {FIRST}, mándame el contrato a {EMAIL:obf} por favor."),
    ("post", "Buscamos talento en Madrid. Envía tu CV a {EMAIL:role} antes del {N:date}. Dudas: {HANDLE}."),
    ("headline", "Desarrollador backend en BBVA | {URL:github}"),
    ("about", "Diseñadora UX en Barcelona. Escribo en {URL:medium}. Agenda una llamada: {URL:calendly}"),
    ("experience", "Becario en Santander (2018–2019); mentor: {NAME}."),
    ("post", "Transferencia a {IBAN:ES}, pedido {N:order_number}, importe {N:price}."),
    ("comment", "Enhorabuena {NAME} y {NAME2}, ¡gran trabajo! Más info en {URL}."),
    ("post", "Nuestra IP pública es {IPV4}; la interna {N:ip_private} no importa. Nueva versión {N:version} el {N:date}."),
]
T["pt"] = [
    ("post", "Muito feliz em começar no Nubank! Obrigada, {NAME}, pela indicação. Meu WhatsApp: {PHONE:BR} e e-mail {EMAIL}."),
    ("comment", "Obrigado, {FIRST}! Conteúdo excelente."),
    ("comment", "Oi {FIRST}, me manda no {EMAIL:obf}?"),
    ("post", "Vagas abertas em São Paulo. Currículos para {EMAIL:role} até {N:date}. Falar com {HANDLE}."),
    ("headline", "Engenheira de software no Itaú | {URL:linkedin}"),
    ("about", "Dev em Porto Alegre. Projetos em {URL:github}, newsletter {URL:substack}."),
    ("experience", "Estágio na Petrobras (2017–2018) com {NAME}."),
    ("post", "Pagamento de {N:price} referente ao pedido {N:order_number}. Cartão final {N:card_luhn_invalid} recusado, tentei {CARD}."),
    ("comment", "Parabéns {NAME}! A palestra de {NAME2} foi incrível."),
    ("post", "Servidor {IPV4} fora do ar desde {N:time}. Versão {N:version}."),
]
T["it"] = [
    ("post", "Felice di entrare in Enel come data scientist! Grazie a {NAME} e {NAME2}. Contatti: {EMAIL}, {PHONE:IT}."),
    ("comment", "Grazie {FIRST}, ottimo spunto!"),
    ("comment", "Ciao {FIRST}, scrivimi a {EMAIL:obf}."),
    ("post", "Cerchiamo sviluppatori a Milano: CV a {EMAIL:role} entro il {N:date}."),
    ("headline", "Product Manager presso Intesa Sanpaolo | {URL:linkedin}"),
    ("about", "Ingegnere a Torino. Codice su {URL:github}; prenota un caffè virtuale: {URL:calendly}"),
    ("experience", "Stage in Ferrero (2019), tutor {NAME}."),
    ("post", "Bonifico su IBAN {IBAN:IT}, fattura {N:order_number}, totale {N:price}."),
    ("comment", "Complimenti {NAME}! Il talk di {NAME2} era fantastico."),
]
T["nl"] = [
    ("post", "Trots dat ik bij ING begin als data engineer! Dank aan {NAME}. Bel me op {PHONE:NL} of mail {EMAIL}."),
    ("comment", "Bedankt, {FIRST}! Mooi stuk."),
    ("comment", "Hoi {FIRST}, stuur het naar {EMAIL:obf}."),
    ("post", "Vacature in Utrecht: sollicitaties naar {EMAIL:role} vóór {N:date}. Vragen? {HANDLE}"),
    ("headline", "Backend developer bij Adyen | {URL:github}"),
    ("about", "Onderzoeker in Delft. Schrijf op {URL:medium}, plan een gesprek via {URL:calendly}."),
    ("post", "Betaling naar {IBAN:NL} o.v.v. bestelling {N:order_number}, bedrag {N:price}."),
    ("comment", "Gefeliciteerd {NAME}! {EPONYM} uitgelegd door {NAME2} was top."),
]
T["hi"] = [
    ("post", "Finally joined Infosys as SDE-2! {NAME} ka bahut shukriya referral ke liye. Call karo {PHONE:IN} ya mail {EMAIL}."),
    ("comment", "Thanks {FIRST}! Bahut helpful post tha."),
    ("comment", "धन्यवाद {FIRST}! Mujhe notes {EMAIL:obf} pe bhej do."),
    ("post", "Hiring in Bengaluru! Resume bhejo {EMAIL:role} pe, last date {N:date}. Queries ke liye {HANDLE}."),
    ("headline", "Data Scientist @ Flipkart | {URL:linkedin}"),
    ("about", "Pune se hoon, open source pe kaam karta hoon: {URL:github}. Baat karni ho to {URL:calendly}"),
    ("experience", "Intern at TCS (2019), mentor: {NAME}."),
    ("post", "Order {N:order_number} ka refund {N:price} abhi tak nahi aaya. Support ne ticket {N:ticket_number} diya."),
    ("comment", "Congrats {NAME} aur {NAME2}! शानदार काम।"),
    ("post", "Mera naya number {PHONE:IN} hai, purana wala band hai. WhatsApp bhi isi pe."),
]
T["ja"] = [
    ("post", "本日から新しいチームに参加しました。{NAME}さん、ありがとうございます！連絡は{EMAIL}まで。"),
    ("comment", "{NAME}さん、素晴らしい発表でした！"),
    ("post", "採用中です。応募は{EMAIL:role}へ。締切は{N:date}です。お問い合わせは{PHONE:JP}まで。"),
    ("headline", "ソフトウェアエンジニア｜{URL:github}"),
    ("about", "東京在住のデザイナーです。ブログ：{URL:medium} 連絡先：{PHONE:JP}"),
    ("experience", "楽天株式会社（2018–2021）、{NAME}のもとでデータ基盤を担当。"),
    ("post", "サーバー{IPV4}が復旧しました。社内の{N:ip_private}は影響なし。バージョン{N:version}を適用済み。"),
    ("comment", "{NAME}さんと{NAME2}さんの共著、ISBN {N:isbn}、{N:price}で発売中！"),
    ("post", "詳細は{EMAIL}までご連絡ください。{HANDLE}でも大丈夫です。"),
]
T["zh"] = [
    ("post", "很高兴加入字节跳动数据团队！感谢{NAME}的推荐。联系方式：{PHONE:CN}，邮箱{EMAIL}。"),
    ("comment", "谢谢{NAME}！写得非常好。"),
    ("post", "我们在上海招聘后端工程师，简历请发送至{EMAIL:role}，截止日期{N:date}。"),
    ("headline", "阿里巴巴 高级工程师 | {URL:github}"),
    ("about", "北京的产品经理，欢迎交流：{PHONE:CN}，{URL:linkedin}"),
    ("experience", "腾讯（2016–2020），与{NAME}、{NAME2}一起负责推荐系统。"),
    ("comment", "有问题请发邮件到{EMAIL}谢谢"),
    ("post", "订单号{N:order_number}，金额{N:price}，客服电话{PHONE:CN}。"),
    ("post", "服务器{IPV4}已恢复，内网{N:ip_private}正常，已升级到{N:version}。"),
]
T["ar"] = [
    ("post", "سعيد بالانضمام إلى فريق أرامكو الرقمي! شكراً {NAME} على الدعم. للتواصل: {EMAIL} أو {PHONE}"),
    ("comment", "شكراً {FIRST}! منشور رائع."),
    ("post", "نحن نوظف في دبي. أرسل سيرتك الذاتية إلى {EMAIL:role} قبل {N:date}."),
    ("headline", "مهندس برمجيات | {URL:linkedin}"),
    ("about", "مطورة من عمّان. أعمالي على {URL:github} وللحجز {URL:calendly}"),
    ("comment", "مبروك {NAME} و{NAME2}! عمل رائع."),
    ("post", "الخادم {IPV4} يعمل الآن، والعنوان الداخلي {N:ip_private} لا مشكلة فيه."),
]
T["ru"] = [
    ("post", "Рад сообщить, что присоединился к команде Яндекса! Спасибо, {NAME}, за рекомендацию. Пишите на {EMAIL} или звоните {PHONE}."),
    ("comment", "Спасибо, {FIRST}! Очень полезно."),
    ("post", "Мы нанимаем в Москве. Резюме на {EMAIL:role} до {N:date}. Вопросы — {HANDLE}."),
    ("headline", "Ведущий разработчик | {URL:github}"),
    ("about", "Исследователь из Казани. Блог: {URL:medium}. Созвон: {URL:calendly}."),
    ("experience", "Сбер (2017–2020), руководитель — {NAME}."),
    ("comment", "Поздравляю, {NAME}! Доклад {NAME2} тоже был отличный."),
    ("post", "Сервер {IPV4} снова доступен, внутренний {N:ip_private} в порядке. Версия {N:version}."),
]
# Language-neutral structured-data posts, written in English (shared across all languages).
T["en"] += [
    ("post", "Security log: login for {HANDLE} from {IPV4} and {IPV6:port}; local {N:ipv6_nonglobal} and {N:ip_private} ignored."),
    ("post", "Wire the deposit to {IBAN} (grouped) or {IBAN} - reference {N:order_number}."),
    ("comment", "New card {CARD}, old one {CARD}. Patent {N:patent} covers the chip."),
    ("post", "Loopback {N:ip_private} and doc ranges like {N:ip_private} never leave the VPC; the public egress is {IPV4}."),
    ("about", "Find me: {URL:askfirst} · {URL:linkedin} · {URL:bsky}. Company page: {N:url_company}."),
    ("post", "Call me on {PHONE:UK} or {PHONE:AU}; the Lagos office is {PHONE:NG}. Bare: {PHONE:E164}."),
    ("comment", "Use {N:at_not_handle} only for outages. Owner: {HANDLE}."),
    ("post", "Met {NAME} at the {ORG} booth in {PLACE}. Follow-up on {N:date}."),
    ("comment", "Dear {FIRST}, thank you for the intro to {NAME2}."),
    ("comment", "HR asked me to post my SSN {SSN} in the onboarding portal?! Not doing that. Opened ticket {N:ticket_number}."),
    ("post", "PSA: scammers are asking for SSNs like {SSN} over DMs. Real numbers never start with 000 or 666 - e.g. {N:ssn_invalid} is fake."),
    ("comment", "My W-4 shows {SSN} but the payroll system has {SSN}. Which one is wrong?"),
    ("post", "Our bastion moved to {IPV6}; allow-list {IPV6} too. The old link-local {N:ipv6_nonglobal} is gone."),
    ("comment", "curl -6 http://[{IPV6}]/health works, {N:ipv6_nonglobal} doesn't (that's just local)."),
    ("post", "Someone posted a card number ({CARD}) in the group chat, please delete it. Amount was {N:price}."),
    ("comment", "Expired card {CARD}, exp {N:date}. The replacement {N:card_luhn_invalid} was typed wrong."),
    ("post", "Donations: IBAN {IBAN} (EUR) or {IBAN:GB} (GBP). Thanks everyone for the {N:price} so far!"),
]

# Which templates each language uses, weighted per kind by how often it appears.
KIND_WEIGHT = {"post": 4, "comment": 4, "headline": 1, "about": 2, "experience": 1}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"],
    "de": ["gmx.de", "web.de", "gmail.com", "t-online.de"], "fr": ["orange.fr", "gmail.com", "free.fr"],
    "es": ["hotmail.es", "gmail.com", "telefonica.net"], "pt": ["uol.com.br", "gmail.com", "bol.com.br"],
    "it": ["libero.it", "gmail.com", "tiscali.it"], "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "ja": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
    "zh": ["qq.com", "163.com", "126.com"], "ar": ["gmail.com", "hotmail.com"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com"],
}
WORK_DOMAINS = ["siemens-energy.de", "acme-robotics.io", "bosch.com", "tcs.co.in", "northwind.co.uk",
                "contoso.com", "capgemini.fr", "nubank.com.br", "univ-lyon1.fr", "tu-berlin.de"]
ROLES = ["jobs", "careers", "hr", "info", "press", "recruiting", "bewerbung", "recrutement",
         "talent", "hello", "contact"]
URL_SITES = ["linkedin", "github", "x", "medium", "bsky", "substack", "calendly", "askfirst"]


def profile_url(rng, m, site):
    h = m.handle
    c = rng.choice
    scheme = c(["https://", "https://", "https://www.", ""])
    if site == "linkedin":
        return c(["https://www.linkedin.com/in/", "linkedin.com/in/", "https://de.linkedin.com/in/",
                  "www.linkedin.com/in/"]) + c([h, h.replace("_", "-"), h.replace("_", "-") + "-%x" %
                                                rng.randint(0x10000, 0xfffff)]) + c(["", "/"])
    if site == "github":
        return c(["https://github.com/", "github.com/", "https://www.github.com/"]) + h
    if site == "x":
        return c(["https://x.com/", "x.com/", "https://twitter.com/", "twitter.com/"]) + h
    if site == "medium":
        return c(["https://medium.com/@", "medium.com/@"]) + h
    if site == "bsky":
        return c(["https://bsky.app/profile/", "bsky.app/profile/"]) + h.replace("_", "-") + ".bsky.social"
    if site == "substack":
        return c(["https://", ""]) + h.replace("_", "") + ".substack.com"
    if site == "calendly":
        return c(["https://calendly.com/", "calendly.com/"]) + h.replace("_", "-") + c(["", "/30min", "/intro"])
    if site == "askfirst":
        return scheme.replace("www.", "") + "askfirst.example/u/" + h
    raise ValueError(site)


def email_local(rng, m):
    f, l = m.rfirst, m.rlast
    return rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l + "+jobs",
                       f + l + str(rng.randint(1, 99)), l + "." + f])


def name_variant(rng, name):
    v = strip_accents(name) if name != strip_accents(name) and rng.random() < 0.6 else name
    return rng.choice([v, v.lower(), v.upper(), v]) if v.isascii() or rng.random() < 0.5 else v


class Builder:
    def __init__(self):
        self.parts, self.n, self.spans, self.negs = [], 0, [], []

    def add(self, s, typ=None, neg=None):
        if typ:
            self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        elif neg:
            self.negs.append({"start": self.n, "end": self.n + len(s), "category": neg})
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


PH = re.compile(r"\{(IPV[46]|[A-Za-z]+)([0-9]?)(?::([A-Za-z_0-9]+))?\}")


def render(rng, lang, template, ms):
    b = Builder()
    pos = 0
    for mo in PH.finditer(template):
        b.add(template[pos:mo.start()])
        pos = mo.end()
        key, idx, arg = mo.group(1), mo.group(2), mo.group(3)
        m = ms[int(idx) - 1 if idx else 0]
        if key == "NAME":
            b.add(m.name, "PERSON")
        elif key == "NAMEV":
            b.add(name_variant(rng, m.name), "PERSON")
        elif key == "FIRST":
            b.add(m.first, "PERSON")
        elif key == "POSS":
            b.add(m.name, "PERSON")
            b.add(rng.choice(["'s", "’s"]))
        elif key == "FPOSS":
            b.add(ms[0].first, "PERSON")
            b.add(rng.choice(["'s", "’s"]))
        elif key == "HANDLE":
            b.add("@" + m.handle, "HANDLE")
        elif key == "EMAIL":
            kind = arg or rng.choice(["personal", "personal", "work"])
            if kind == "any":
                kind = rng.choice(["personal", "work", "role"])
            if kind in ("mailto", "angle"):
                inner = rng.choice(["personal", "work", "role"])
            else:
                inner = kind
            if inner == "personal":
                e = email_local(rng, m) + "@" + rng.choice(EMAIL_DOMAINS[lang])
            elif inner == "work":
                e = email_local(rng, m) + "@" + rng.choice(WORK_DOMAINS)
            elif inner == "role":
                e = rng.choice(ROLES) + "@" + rng.choice(WORK_DOMAINS)
            else:  # obf
                loc, dom = email_local(rng, m).replace("+jobs", ""), rng.choice(EMAIL_DOMAINS[lang])
                host, tld = dom.split(".", 1)
                e = rng.choice(["%s [at] %s [dot] %s" % (loc, host, tld.replace(".", " [dot] ")),
                                "%s(at)%s" % (loc, dom), "%s (at) %s (dot) %s" % (loc, host, tld),
                                "%s [at] %s" % (loc, dom), "%s[at]%s" % (loc, dom)])
            if kind == "mailto":
                b.add("mailto:", neg="mailto")
                b.add(e, "EMAIL")
            elif kind == "angle":
                b.add("<")
                b.add(e, "EMAIL")
                b.add(">")
            else:
                b.add(e, "EMAIL")
        elif key == "PHONE":
            cc = arg or rng.choice(LANG_PHONES[lang])
            b.add(phone_any(rng, cc), "PHONE")
        elif key == "IPV4":
            b.add(make_ipv4(rng), "IPV4")
            if arg == "port":
                b.add(":%d" % rng.choice([22, 80, 443, 8080, 8443, 3389]))
            elif arg == "cidr":
                b.add("/%d" % rng.choice([24, 28, 32, 16]))
        elif key == "IPV6":
            if arg == "port":
                b.add("[")
                b.add(make_ipv6(rng), "IPV6")
                b.add("]:%d" % rng.choice([443, 8443, 22]))
            else:
                b.add(make_ipv6(rng), "IPV6")
        elif key == "CARD":
            b.add(make_card(rng), "CREDIT_CARD")
        elif key == "IBAN":
            iban = make_iban(rng, arg or rng.choice(list(IBAN_SPEC)))
            b.add(group4(iban) if rng.random() < 0.5 else iban, "IBAN")
        elif key == "SSN":
            b.add(make_ssn(rng), "US_SSN")
        elif key == "URL":
            b.add(profile_url(rng, m, arg or rng.choice(URL_SITES)), "URL")
        elif key == "N" and arg == "ip_private":  # any non-global IPv4, labelled by its range
            ip, cat = make_ipv4_neg(rng)
            b.add(ip, neg=cat)
        elif key == "N":
            b.add(neg_value(rng, arg), neg=arg)
        elif key == "ORG":
            b.add(rng.choice(ORGS), neg="org_name")
        elif key == "PLACE":
            p, rest = rng.choice(PLACES)
            b.add(p, neg="place_name")
            b.add(rest)
        elif key == "EPONYM":
            p, rest = rng.choice(EPONYMS)
            b.add(p, neg="eponym")
            b.add(rest)
        elif key in ("W", "w"):
            b.add(arg, neg="name_word")
        else:
            raise ValueError(key)
    b.add(template[pos:])
    return b


WORD_MEMBER = {"Will": "Will Baker", "grace": "Grace Young", "rose": "Rose Stone",
               "Hope": "Hope Carter", "Mark": "Mark Hughes", "summer": "Summer Wilson",
               "frank": "Frank Taylor"}


class Corpus:
    def __init__(self, members, seed):
        self.members = members
        self.rng = random.Random(seed)
        self.by_lang = {}
        nspecial = min(len(SPECIAL_MEMBERS), len(members))
        for i, m in enumerate(members):
            if i < nspecial:
                continue
            self.by_lang.setdefault(m.lang, []).append(i)
        self.latin = [i for lg in LATIN_LANGS for i in self.by_lang.get(lg, [])]
        self.special = {m.name: m for m in members[:nspecial]}
        self.items = []
        for lang in LANGS:
            for kind, t in T[lang]:
                self.items.append((lang, kind, t))
        # Structured types are rarer in real posts; weight their templates up so that every
        # type has a few hundred spans in a default-sized corpus.
        self.weights = [LANG_WEIGHTS[LANGS.index(lg)] * KIND_WEIGHT[k] / len(T[lg]) *
                        (3 if re.search(r"\{(SSN|IPV6|CARD|IBAN)", t) else 1)
                        for lg, k, t in self.items]

    def pick_member(self, lang):
        rng = self.rng
        pool = self.by_lang.get(lang) or self.latin
        if lang in ("ja", "zh", "ar", "ru") and rng.random() < 0.15:
            pool = self.latin
        elif lang in LATIN_LANGS and rng.random() < 0.2:
            pool = self.latin
        return self.members[rng.choice(pool)]

    def record(self, i):
        rng = self.rng
        lang, kind, t = rng.choices(self.items, self.weights)[0]
        ms = [self.pick_member(lang) for _ in range(3)]
        while len({m.name for m in ms}) < 3:
            ms = [self.pick_member(lang) for _ in range(3)]
        if ("{FIRST" in t or "{FPOSS" in t) and rng.random() < 0.2:
            ms[0] = self.special[rng.choice(["Will Baker", "Grace Young", "Rose Stone", "Hope Carter",
                                             "Charlotte Brooks", "Austin Miller", "Summer Wilson"])]
        b = render(rng, lang, t, ms)
        return {"id": "r%d" % i, "lang": lang, "kind": kind, "text": b.text(), "spans": b.spans,
                "negatives": b.negs}


def selfcheck(rec):
    text = rec["text"]
    last = 0
    allsp = sorted([(s["start"], s["end"], s.get("type") or s.get("category"))
                    for s in rec["spans"] + rec["negatives"]])
    for s, e, t in allsp:
        assert 0 <= s < e <= len(text) and s >= last, (rec["id"], s, e, t, text)
        last = e
        v = text[s:e]
        assert v == v.strip() and v, (rec["id"], t, repr(v))
        digits = re.sub(r"\D", "", v)
        if t == "CREDIT_CARD":
            assert luhn_ok(digits), v
        elif t == "card_luhn_invalid":
            assert not luhn_ok(digits), v
        elif t == "IBAN":
            assert iban_mod97(v.replace(" ", "")) == 1, v
        elif t == "iban_bad_check":
            assert iban_mod97(v.replace(" ", "")) != 1, v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="bench/out/pii")
    ap.add_argument("--records", type=int, default=6000)
    ap.add_argument("--members", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mb", type=float, default=0, help="also write throughput.jsonl of ~N MB")
    ap.add_argument("--members-file", default="members.jsonl")
    ap.add_argument("--corpus-file", default="corpus.jsonl")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    members = make_members(max(a.members, len(SPECIAL_MEMBERS)), a.seed)
    with open(os.path.join(a.out, a.members_file), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle},
                               ensure_ascii=False) + "\n")
    c = Corpus(members, a.seed)
    if a.records:
        with open(os.path.join(a.out, a.corpus_file), "w", encoding="utf-8") as f:
            for i in range(1, a.records + 1):
                r = c.record(i)
                selfcheck(r)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.mb:
        target = int(a.mb * 1e6)
        done, i = 0, 0
        with open(os.path.join(a.out, "throughput.jsonl"), "w", encoding="utf-8") as f:
            while done < target:
                i += 1
                r = c.record(i)
                done += len(r["text"].encode("utf-8"))
                f.write(json.dumps({"id": r["id"], "lang": r["lang"], "kind": r["kind"],
                                    "text": r["text"]}, ensure_ascii=False) + "\n")
        print("throughput.jsonl: %d records, %.1f MB of text" % (i, done / 1e6), file=sys.stderr)


if __name__ == "__main__":
    main()
