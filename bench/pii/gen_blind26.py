#!/usr/bin/env python3
"""gen_blind26.py - the 30th labelled PII corpus: messy real text (typos, caps, markdown, signatures, logs, quotes).

Interface
  python3 bench/pii/gen_blind26.py --out DIR [--records 5000] [--members 100000] [--seed 1] [--selfcheck]
writes DIR/members.jsonl (exactly --members lines {"user":"u1","name":...,"handle":...}) and DIR/corpus.jsonl,
one record per line {"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points into "text", end-exclusive (the format bench/pii/score.py reads).  Deterministic
per seed (one random.Random(seed), no dependence on hash order); about 10 s for 5000 records / 100000 members.
--selfcheck re-reads the written files, asserts the invariants below and prints counts per type and category.
Python 3 standard library only.

How it was written
  Blind: from the text of `issues show 3` (the PII definition and its "not this" column) and from
  bench/pii/score.py (corpus format, types, how negatives are scored: a negative counts as hit when any
  predicted span overlaps it).  No engine code, tests, docs or other generators were read, and the redactor was
  never run on this corpus.  All prose, name lists, templates and formats were written for this file.  Every
  name in the text is generated from the member directory written alongside; a guard regenerates any record in
  which a member's full name, handle or greeting-position first name would appear unlabelled by accident.

Genres ("kind")
  post (greetings, hashtags, emoji runs, ALL-CAPS lines), comment (reply-to @handle prefixes), reply (quoted
  "> " lines with "On <date>, <name> <mail> wrote:" headers), dm, profile (bio lines with 📧 🔗 📞, "PM @Brand"),
  signature (pasted e-mail signature blocks, Tel/Mobile/E-Mail/Web labels, legal footer), vcard (vCard-like
  BEGIN:VCARD/FN/TEL/EMAIL/URL blocks), log (nginx access lines, JSON app logs, sshd, X-Forwarded-For, link-local
  interfaces with MAC addresses, request ids, user agents), stacktrace (Python, Java, Node, Go), table (markdown,
  TSV and ASCII tables of people; US tables with an SSN column), rant (long, typo-heavy, caps, emoji, "EDIT:"),
  oneword (+1, 👍, a bare @handle, "Thanks, Grace!"), ai_prompt (text typed into "Write with AI" features),
  translated (machine-translated English with the source language's calques, plus an original-language EDIT),
  listing (markdown headings, bold labels, bullet lists, inline `code`), form (pasted US onboarding forms).
  Messiness applied to template prose only, never inside PII or on a cue word: letter swaps/drops/doublings,
  missing space after . , ! ? between two words, whole-record CAPS (cased scripts), lower-cased names,
  diacritics dropped from names, NBSP inside phone numbers, full-width digits in Japanese phone numbers.

Languages and scripts ("lang")
  en de fr es it nl pt(BR) pl tr sv vi id pcm (Latin), ru uk (Cyrillic), el (Greek), ar (Arabic), he (Hebrew),
  hi (Devanagari), bn (Bengali), ta (Tamil), zh (Han), ja (Kanji + Kana), ko (Hangul), th (Thai), and the
  code-switched tl-en (Taglish), hi-en (Hinglish, Latin script), es-en (Spanglish).  25 languages + 3 mixes.

Gold types
  PERSON (directory members: full names in their own script, with or without diacritics, any case; "@Full Name"
  with the "@" outside; English possessives and Turkish apostrophe suffixes outside; a first/given name alone
  only right after a greeting or thanks; CJK and Hangul full names glued to particles/honorifics), HANDLE
  (@handle of a member, "@" inside), EMAIL (personal, work and role addresses, plus-tags, upper case,
  [at]/(at)/{at}/[dot] obfuscations, glued to CJK/Hangul text; mailto: and <> outside), PHONE (US/CA, UK, DE,
  FR, IN, BR, JP, AU, CN, ES, IT, NL, NG national and international formats with space, dash, dot, slash, NBSP
  and (0); bare E.164; international and some national formats of RU UA GR AE SA EG IL KR TH VN ID PH PL TR SE
  MX BD AT CH), URL (profile links: linkedin.com/in, github.com, x.com, medium.com/@, bsky.app/profile,
  *.substack.com, calendly.com, askfirst.example/u/<handle>; with or without scheme/www), IPV4 (global
  unicast; :port and /cidr outside), IPV6 (global; compressed, full, unpadded, upper case; [ ]:port outside),
  CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55 and 2221-2720, Amex, Discover; plain, spaced, dashed),
  IBAN (mod-97-valid, right length for 27 countries, compact or grouped by four), US_SSN (valid ranges, dashes
  or spaces).

Negative categories
  date time price order_number ticket_number isbn version patent request_id mac_address (phone- or
  IP-shaped numbers, each with its cue: a label word, a currency sign, "ISBN", "v", "US Pat.", "Chrome/"...),
  ipv4_private ipv4_loopback ipv4_linklocal ipv4_documentation ipv4_reserved version_ip ipv6_nonglobal,
  luhn_invalid iban_bad_check ssn_invalid, url_company url_careers url_docs url_paper url_event url_form
  example_domain (e-mails and links under example.com/.net/.org, *.example, *.test, *.invalid, including
  askfirst.example pages other than /u/<handle>), non_member_handle (brand accounts and non-member handles),
  company place eponym word_name (text equal to a member's full, given or family name, used as a firm,
  a place, an eponym or an ordinary word; the selfcheck asserts each of them matches the directory).

Doubtful labelling choices (a reader could decide these differently)
  - Role and company addresses (jobs@, info@, support@...) are gold EMAIL and company switchboard numbers are
    gold PHONE, as issue 3 lists role addresses as personal data; no phone or mail is "too corporate".
  - Whole obfuscated e-mails ("ana [at] gmx [dot] de", "x {at} y.com") are one EMAIL span, brackets included.
  - A first name alone is PERSON only after a greeting/thanks word ("Thanks, Will!", "Cảm ơn Mai!",
    "תודה ל<name>" with the Hebrew prefix glued, "สวัสดีครับ คุณ<name>" with the Thai honorific glued); the
    span excludes the glued prefix.  For Vietnamese the greeting name is the last (given) token; Greek
    greetings use only names whose vocative equals the nominative; CJK greetings use full names.
  - Honorifics and particles glued after CJK/Hangul names are outside the span (佐藤花子さん, 김민준님,
    "{email}로"); Bengali "-এর" and Turkish "'nin" suffixes are outside; "<name>-san" in translated English too.
  - Names in vCard FN:, table cells, signatures and log/exception text ("customer=\"...\"") are PERSON.
  - Profile URLs: the span includes scheme, "www.", the language subdomain (de.linkedin.com), a trailing "/"
    and path tails such as calendly's "/30min"; only a trailing "." or ")" is outside.  github.com/features,
    github.com/pricing, x.com/tos, medium.com/about and linkedin.com/company/... are url_company negatives.
  - askfirst.example/u/<handle> is gold URL although .example is a documentation TLD; every other
    askfirst.example page and every @askfirst.example mail is example_domain.
  - Network addresses with a prefix ("81.2.69.0" in "81.2.69.0/24") are gold IPV4 (prefix outside).
  - Chrome's reduced user-agent version "Chrome/120.0.0.0" and firmware versions like "4.2.1.15" are
    version_ip negatives although they parse as global IPv4 addresses.
  - Log timestamps ("2024-03-15T10:22:31.123Z", "2024-05-19 16:54:03,458") are date/time negatives; request
    ids and MAC addresses form two extra negative categories not named in issue 3.
  - luhn_invalid numbers sit in card contexts ("typo'd my card number as ..."), iban_bad_check in IBAN
    contexts, ssn_invalid in SSN contexts (including "SSN:" form fields): the context alone does not make them PII.
  - Phone formats beyond issue 3's list appear (e.g. RU "8 (916) 123-45-67", KR "010-1234-5678", TR national,
    Thai/Vietnamese/Indonesian/Philippine numbers), international and national; they are gold PHONE.
  - Japanese phone numbers typed with full-width digits (０９０－１２３４－５６７８) are gold PHONE.
  - Word-name negatives include lower-case two-word phrases that equal a member's full name ("will power",
    "rose gold", "sandy beach") and sentence-initial words ("Hope this helps", "Will post...", "Mark this...");
    "Thanks, will do!" labels "will" as word_name.  Chinese 高明/安静/文明 used as words are word_name.
  - Place negatives include first names alone (Charlotte, NC; Sydney; Владимир the city) and a given name
    inside a place name (Việt Nam, Hoa Kỳ, Hạ Long); eponyms include surnames alone (Dijkstra's algorithm,
    Bloom filter) and full names (Max Planck Institute, 鲁迅公园, 이순신 장군 동상).
  - 李宁 (the sportswear brand) in "李宁旗舰店" and "Albert Heijn" are company negatives although both are also
    member names; 黄山 and 松本(城) are place negatives.
  - Brand accounts (@Spotify, @DeutscheBahn) and random non-member handles are both non_member_handle; "@Brand"
    after a job title in a bio ("PM @Spotify") is such a negative.
  - Prices keep their currency sign inside the span; ISBN spans exclude the "ISBN" label; patent spans include
    the office prefix ("US Pat. No.", "EP", "DE 10 ..."); "v1.2.3" keeps its "v".
  - PERSON spans may be upper-case (CAPS records), lower-case, or lack diacritics ("Jose Garcia" for
    "José García"); Japanese names keep the directory's own spacing (none, ASCII or ideographic space).
"""
import argparse
import ipaddress
import json
import os
import re
import random
import sys
import time
import unicodedata

NBSP = "\u00a0"

# ----------------------------------------------------------------------------------------------
# validators (also used by --selfcheck)
# ----------------------------------------------------------------------------------------------


def luhn_sum_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_sum_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def iban_mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97


IBAN_SPECS = {  # country: (total length, BBAN pattern: n digit, a letter, c alnum)
    "DE": (22, "n" * 18), "AT": (20, "n" * 16), "CH": (21, "n" * 5 + "c" * 12),
    "FR": (27, "n" * 10 + "c" * 11 + "n" * 2), "GB": (22, "aaaa" + "n" * 14),
    "IE": (22, "aaaa" + "n" * 14), "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "c" * 12),
    "NL": (18, "aaaa" + "n" * 10), "BE": (16, "n" * 12), "PT": (25, "n" * 21),
    "PL": (28, "n" * 24), "SE": (24, "n" * 20), "NO": (15, "n" * 11), "DK": (18, "n" * 14),
    "FI": (18, "n" * 14), "LU": (20, "nnn" + "c" * 13), "GR": (27, "n" * 7 + "c" * 16),
    "TR": (26, "n" * 6 + "c" * 16), "SA": (24, "nn" + "c" * 18), "AE": (23, "n" * 19),
    "IL": (23, "n" * 19), "BR": (29, "n" * 23 + "ac"), "RO": (24, "aaaa" + "c" * 16),
    "CZ": (24, "n" * 20), "HU": (28, "n" * 24), "UA": (29, "n" * 6 + "c" * 19),
}


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if len(c) < 5 or c[:2] not in IBAN_SPECS or not c[2:4].isdigit():
        return False
    if len(c) != IBAN_SPECS[c[:2]][0]:
        return False
    return iban_mod97(c) == 1


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def ipv4_gold_ok(s):
    try:
        ip = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    if ip in ipaddress.ip_network("192.88.99.0/24"):
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def ipv6_gold_ok(s):
    try:
        ip = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    for net in ("2001::/23", "2002::/16", "2001:db8::/32", "64:ff9b::/96"):
        if ip in ipaddress.ip_network(net):
            return False
    return ip.is_global and not ip.is_multicast


def fold(s):
    """casefold + strip combining marks of Latin/Greek/Cyrillic letters (diacritic-insensitive)."""
    out = []
    for ch in unicodedata.normalize("NFD", s.casefold()):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x0590:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ı", "i").replace("ł", "l") \
        .replace("ø", "o").replace("đ", "d").replace("ß", "ss")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l") \
        .replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D") \
        .replace("ß", "ss").replace("'", "").replace("’", "")


def strip_diacritics(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x0250:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# ----------------------------------------------------------------------------------------------
# structured values
# ----------------------------------------------------------------------------------------------

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


def card_number(rng, valid=True):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex", "disc", "disc"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = rng.choice(["6011", str(rng.randint(644, 649)) + digits(rng, 1),
                           "65" + digits(rng, 2)]) + digits(rng, 11)
    num = luhn_complete(body)
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
        assert not luhn_sum_ok(num)
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def iban(rng, cc=None, valid=True):
    cc = cc or rng.choice(list(IBAN_SPECS))
    length, pat = IBAN_SPECS[cc]
    bban = []
    for p in pat:
        if p == "n":
            bban.append(rng.choice("0123456789"))
        elif p == "a":
            bban.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            bban.append(rng.choice("0123456789" if rng.random() < 0.8 else "ABCDEFGHJKLMNPRSTUVWXYZ"))
    bban = "".join(bban)
    base = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in base)) % 97
    good = "%02d" % check
    if valid:
        cd = good
    else:
        cd = good
        while cd == good:
            cd = "%02d" % rng.randint(2, 98)
    s = cc + cd + bban
    assert len(s) == length
    assert iban_ok(s) == valid
    if rng.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, valid=True):
    if valid:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, n = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        a, g, n = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            a = 665
        w = rng.choice(["a0", "a666", "a9", "a9", "g", "n"])
        if w == "a0":
            a = 0
        elif w == "a666":
            a = 666
        elif w == "a9":
            a = rng.randint(900, 999)
        elif w == "g":
            g = 0
        else:
            n = 0
    sep = rng.choice(["-", "-", "-", " "])
    s = "%03d%s%02d%s%04d" % (a, sep, g, sep, n)
    assert ssn_ok(s) == valid
    return s


def ipv4_gold(rng):
    while True:
        a = rng.choice([rng.randint(1, 223), rng.choice([5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82,
                                                        84, 85, 87, 88, 91, 93, 94, 95, 109, 141,
                                                        151, 176, 178, 185, 188, 193, 194, 195,
                                                        212, 213, 217, 24, 50, 66, 67, 68, 69, 71,
                                                        72, 73, 74, 75, 96, 97, 98, 99, 104, 107,
                                                        108, 142, 143, 146, 147, 148, 149, 174,
                                                        184, 189, 200, 201, 186, 187, 177, 179,
                                                        101, 110, 111, 112, 113, 114, 115, 116,
                                                        117, 118, 119, 120, 121, 122, 123, 124,
                                                        125, 180, 182, 183, 202, 203, 210, 211,
                                                        218, 219, 220, 221, 222, 41, 102, 105,
                                                        154, 196, 197])])
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipv4_gold_ok(s):
            return s


IPV4_NEG = [("ipv4_private", "10.0.0.0/8"), ("ipv4_private", "172.16.0.0/12"),
            ("ipv4_private", "192.168.0.0/16"), ("ipv4_loopback", "127.0.0.0/8"),
            ("ipv4_linklocal", "169.254.0.0/16"), ("ipv4_documentation", "192.0.2.0/24"),
            ("ipv4_documentation", "198.51.100.0/24"), ("ipv4_documentation", "203.0.113.0/24"),
            ("ipv4_reserved", "240.0.0.0/4"), ("ipv4_reserved", "0.0.0.0/8")]
IPV4_NEG_W = [5, 2, 6, 3, 3, 2, 2, 2, 2, 1]


def ipv4_neg(rng, cat=None):
    if cat is None:
        cat, net = rng.choices(IPV4_NEG, IPV4_NEG_W)[0]
    else:
        net = rng.choice([n for c, n in IPV4_NEG if c == cat])
    net = ipaddress.ip_network(net)
    if rng.random() < 0.3 and cat == "ipv4_private":
        s = rng.choice(["192.168.0.1", "192.168.1.1", "10.0.0.1", "192.168.178.1", "10.0.0.2",
                        "172.17.0.1", "192.168.1.254"])
    elif cat == "ipv4_loopback" and rng.random() < 0.7:
        s = "127.0.0.1"
    elif cat == "ipv4_reserved" and rng.random() < 0.4:
        s = rng.choice(["0.0.0.0", "255.255.255.255"])
    elif cat == "ipv4_linklocal" and rng.random() < 0.5:
        s = "169.254.169.254"
    else:
        s = str(net[rng.randint(1, min(net.num_addresses - 2, 2 ** 24))])
    ip = ipaddress.ip_address(s)
    assert not ipv4_gold_ok(s)
    if cat == "ipv4_reserved":
        assert ip.is_reserved or ip in ipaddress.ip_network("0.0.0.0/8")
    return s, cat


IPV6_PREFIXES = ["2a00:1450", "2a01:4f8", "2a03:2880", "2606:4700", "2600:1f18", "2a02:26f0",
                 "2c0f:fb50", "2404:6800", "2400:cb00", "2a05:d014", "2620:1ec", "2803:9810",
                 "240e:3a1", "2409:8a00", "2405:6580", "2a0a:e5c0", "2a02:810d", "2003:e5",
                 "2a01:e0a", "2a02:8108", "2001:4860", "2001:41d0", "2604:a880", "2610:20",
                 "2a09:bac0", "2406:da14", "2001:ee0", "2402:800", "2401:4900", "2a04:4e42"]


def ipv6_gold(rng):
    while True:
        pre = rng.choice(IPV6_PREFIXES).split(":")
        groups = [int(g, 16) for g in pre]
        while len(groups) < 4:
            groups.append(rng.randint(0, 0xffff) if rng.random() < 0.7 else rng.randint(0, 0xfff))
        style = rng.random()
        if style < 0.5:
            tail = [0, 0, 0, rng.choice([1, 2, 0x10, 0x200e, 0x8a2e, rng.randint(1, 0xffff)])]
        elif style < 0.8:
            tail = [rng.randint(0, 0xffff) for _ in range(4)]
        else:
            tail = [rng.randint(0, 0xffff), 0, 0, rng.randint(1, 0xffff)]
        groups = groups[:4] + tail
        ip = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if not ipv6_gold_ok(str(ip)):
            continue
        r = rng.random()
        if r < 0.6:
            s = ip.compressed
        elif r < 0.8:
            s = ip.exploded
        else:
            s = ":".join("%x" % g for g in groups)
        if rng.random() < 0.12:
            s = s.upper()
        return s


def ipv6_neg(rng):
    k = rng.choice(["doc", "doc", "ll", "ula", "ula", "lo", "mc"])
    if k == "doc":
        s = "2001:db8:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                    rng.randint(1, 0xffff))
        if rng.random() < 0.3:
            s = "2001:db8::%x" % rng.randint(1, 0xffff)
    elif k == "ll":
        s = "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4))
    elif k == "ula":
        s = "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(0, 0xffff),
                                 rng.randint(0, 0xffff), rng.randint(1, 0xffff))
    elif k == "lo":
        s = "::1"
    else:
        s = rng.choice(["ff02::1", "ff02::fb", "ff02::1:2", "ff05::1:3"])
    s = str(ipaddress.IPv6Address(s).compressed)
    assert not ipaddress.IPv6Address(s).is_global or ipaddress.IPv6Address(s).is_multicast
    return s


def isbn13(rng):
    body = rng.choice(["978", "979"]) + rng.choice(["0", "1", "3", "2", "4", "7", "84", "88"])
    body += digits(rng, 12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    if rng.random() < 0.5:
        # hyphenate loosely: prefix-group-registrant-publication-check
        g = 1 if full[3] in "01" else 1
        a, b = full[:3], full[3:3 + g]
        rest = full[3 + g:12]
        cut = rng.randint(2, 5)
        return "%s-%s-%s-%s-%s" % (a, b, rest[:cut], rest[cut:], full[12])
    return full


def isbn10(rng):
    body = rng.choice(["0", "1", "3", "2"]) + digits(rng, 8)
    s = sum((10 - i) * int(c) for i, c in enumerate(body))
    chk = (11 - s % 11) % 11
    c = "X" if chk == 10 else str(chk)
    cut = rng.randint(3, 5)
    return "%s-%s-%s-%s" % (body[0], body[1:cut], body[cut:], c)


# ----------------------------------------------------------------------------------------------
# phones: national and international formats per country
# ----------------------------------------------------------------------------------------------

def _pick(rng, fmts):
    return rng.choice(fmts)


def phone_us(rng):
    a = rng.choice(["212", "646", "718", "917", "415", "510", "650", "312", "773", "617", "202",
                    "305", "786", "512", "737", "206", "303", "404", "713", "602", "416", "647",
                    "604", "514", "613", "403", "702", "919", "615", "503"])
    while True:
        e = nz_digits(rng, 3)
        if e[0] not in "01" and e != "555" and e[1:] != "11":
            break
    ln = digits(rng, 4)
    return _pick(rng, ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                       "1-%s-%s-%s", "+1 (%s) %s-%s", "%s %s %s", "+1.%s.%s.%s",
                       "(%s)%s-%s", "+1 %s-%s-%s"]) % (a, e, ln)


def phone_uk(rng):
    k = rng.random()
    if k < 0.45:
        m = "7" + rng.choice(["4", "5", "7", "8", "9"]) + digits(rng, 2)
        sub = digits(rng, 6)
        return _pick(rng, ["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s %s"]) % (m, sub) if rng.random() < 0.7 \
            else _pick(rng, ["0%s %s %s", "+44 %s %s %s", "+44 (0)%s %s %s"]) % (m, sub[:3], sub[3:])
    if k < 0.75:
        a = "20"
        sub = rng.choice("378") + digits(rng, 3)
        tail = digits(rng, 4)
        return _pick(rng, ["0%s %s %s", "+44 %s %s %s", "+44 (0)%s %s %s", "(0%s) %s %s",
                           "0%s-%s-%s"]) % (a, sub, tail)
    a = rng.choice(["161", "131", "141", "113", "117", "121", "151", "114", "115", "191"])
    return _pick(rng, ["0%s %s %s", "+44 %s %s %s", "+44 (0)%s %s %s", "(0%s) %s %s"]) % (
        a, nz_digits(rng, 3), digits(rng, 4))


def phone_de(rng):
    if rng.random() < 0.5:
        m = rng.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172",
                        "173", "174", "175", "176", "177", "178", "179"])
        sub = nz_digits(rng, 7 if m[:2] != "15" or m == "151" else 7)
        return _pick(rng, ["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s",
                           "+49 (0) %s %s", "+49-%s-%s", "0%s / %s", "+49 %s %s"]) % (m, sub) \
            if rng.random() < 0.75 else "0%s %s %s %s" % (m, sub[:3], sub[3:5], sub[5:])
    a = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "421",
                    "201", "231", "228", "761", "621"])
    sub = nz_digits(rng, 10 - len(a) if len(a) == 2 else 7)
    r = rng.random()
    if r < 0.3:
        return _pick(rng, ["0%s %s", "0%s/%s", "0%s-%s", "(0%s) %s", "0%s / %s"]) % (a, sub)
    if r < 0.6:
        return _pick(rng, ["+49 %s %s", "+49 (0)%s %s", "+49 (0) %s %s", "+49-%s-%s"]) % (a, sub)
    return _pick(rng, ["0%s %s %s", "+49 %s %s-%s", "+49 (0)%s %s %s", "0%s %s-%s"]) % (
        a, sub[:4], sub[4:])


def phone_fr(rng):
    first = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    pairs = [digits(rng, 2) for _ in range(4)]
    r = rng.random()
    if r < 0.35:
        return "0" + first + " " + " ".join(pairs)
    if r < 0.5:
        return "0" + first + "." + ".".join(pairs)
    if r < 0.55:
        return "0" + first + "-" + "-".join(pairs)
    if r < 0.62:
        return "0" + first + "".join(pairs)
    if r < 0.8:
        return "+33 " + first + " " + " ".join(pairs)
    if r < 0.9:
        return "+33 (0)" + first + " " + " ".join(pairs)
    return NBSP.join(["0" + first] + pairs)


def phone_in(rng):
    if rng.random() < 0.7:
        m = rng.choice("6789") + digits(rng, 4)
        n = digits(rng, 5)
        return _pick(rng, ["%s %s", "+91 %s %s", "+91-%s-%s", "+91 %s%s", "0%s %s", "%s-%s",
                           "+91%s%s", "+91 %s %s"]) % (m, n)
    a = rng.choice(["22", "11", "80", "33", "44", "40", "20", "79"])
    n = rng.choice("2345679") + digits(rng, 7)
    return _pick(rng, ["0%s %s %s", "+91 %s %s %s", "0%s-%s %s", "(0%s) %s %s", "+91-%s-%s-%s"]) % (
        a, n[:4], n[4:])


def phone_br(rng):
    a = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62"])
    if rng.random() < 0.7:
        n1, n2 = "9" + rng.choice("6789") + digits(rng, 3), digits(rng, 4)
    else:
        n1, n2 = rng.choice("2345") + digits(rng, 3), digits(rng, 4)
    return _pick(rng, ["(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s", "%s %s-%s", "(%s)%s-%s",
                       "+55 %s %s %s", "+55 (%s) %s %s"]) % (a, n1, n2)


def phone_jp(rng):
    r = rng.random()
    if r < 0.45:
        p = rng.choice(["90", "80", "70"])
        a, b = digits(rng, 4), digits(rng, 4)
        s = _pick(rng, ["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "0%s %s %s",
                        "(0%s) %s-%s"]) % (p, a, b)
    elif r < 0.8:
        p = rng.choice(["3", "6"])
        s = _pick(rng, ["0%s-%s-%s", "+81 %s-%s-%s", "(0%s) %s-%s", "+81 %s %s %s"]) % (
            p, nz_digits(rng, 4), digits(rng, 4))
    else:
        p = rng.choice(["45", "52", "75", "92", "11", "22"])
        s = _pick(rng, ["0%s-%s-%s", "+81 %s-%s-%s"]) % (p, nz_digits(rng, 3), digits(rng, 4))
    if rng.random() < 0.06:  # typed with a Japanese IME: full-width digits and hyphens
        s = s.translate(str.maketrans("0123456789-+", "０１２３４５６７８９－＋"))
    return s


def phone_au(rng):
    if rng.random() < 0.5:
        m = "4" + digits(rng, 2)
        a, b = digits(rng, 3), digits(rng, 3)
        return _pick(rng, ["0%s %s %s", "+61 %s %s %s", "+61 (0)%s %s %s", "0%s-%s-%s",
                           "0%s%s%s"]) % (m, a, b)
    a = rng.choice(["2", "3", "7", "8"])
    n1, n2 = rng.choice("3456789") + digits(rng, 3), digits(rng, 4)
    return _pick(rng, ["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s", "+61 (0)%s %s %s"]) % (a, n1, n2)


def phone_cn(rng):
    if rng.random() < 0.65:
        m = "1" + rng.choice(["3", "5", "8", "7", "9"]) + digits(rng, 1)
        a, b = digits(rng, 4), digits(rng, 4)
        return _pick(rng, ["%s %s %s", "%s-%s-%s", "%s%s%s", "+86 %s %s %s", "+86-%s-%s-%s",
                           "+86 %s%s%s", "(+86) %s %s %s"]) % (m, a, b)
    a = rng.choice(["10", "21", "20", "755", "571", "28", "27", "25"])
    n = nz_digits(rng, 8)
    return rng.choice(["0%s-%s" % (a, n), "0%s-%s %s" % (a, n[:4], n[4:]),
                       "+86 %s %s %s" % (a, n[:4], n[4:]), "(0%s) %s" % (a, n), "+86-%s-%s" % (a, n)])


def phone_es(rng):
    if rng.random() < 0.6:
        n = rng.choice("67") + digits(rng, 8)
        return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                           "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                           n, "+34-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+34%s" % n])
    a = rng.choice(["91", "93", "96", "95", "94", "98"])
    n = digits(rng, 7)
    return rng.choice(["%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "+34 %s %s %s %s" % (a, n[:3], n[3:5], n[5:]),
                       "%s%s %s %s" % (a, n[:1], n[1:4], n[4:]), "+34 %s%s %s %s" % (a, n[:1], n[1:4], n[4:])])


def phone_it(rng):
    if rng.random() < 0.55:
        m = "3" + rng.choice(["20", "27", "28", "29", "33", "34", "35", "38", "39", "40", "45",
                              "47", "48", "49", "66", "68", "80", "88", "91", "92"])
        n = digits(rng, 7)
        return rng.choice(["%s %s %s" % (m, n[:3], n[3:]), "%s %s" % (m, n), "+39 %s %s %s" % (m, n[:3], n[3:]),
                           "+39 %s %s" % (m, n), "%s-%s-%s" % (m, n[:3], n[3:]), "%s/%s" % (m, n),
                           "+39 %s %s %s %s" % (m, n[:2], n[2:4], n[4:])])
    a = rng.choice(["06", "02", "011", "055", "081", "051", "041", "010", "070"])
    n = nz_digits(rng, 8 if len(a) == 2 else 7)
    return rng.choice(["%s %s %s" % (a, n[:4], n[4:]), "+39 %s %s %s" % (a, n[:4], n[4:]), "%s %s" % (a, n),
                       "+39 %s %s" % (a, n), "%s/%s" % (a, n), "%s-%s" % (a, n)])


def phone_nl(rng):
    if rng.random() < 0.6:
        n = digits(rng, 8)
        return rng.choice(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
                           "+31 6 %s" % n, "+31 6 %s %s" % (n[:4], n[4:]), "+31 (0)6 %s %s" % (n[:4], n[4:]),
                           "+316%s" % n, "06%s" % n, "+31 (0)6-%s" % n])
    a = rng.choice(["20", "10", "70", "30", "40", "50"])
    n = nz_digits(rng, 7)
    return rng.choice(["0%s-%s %s" % (a, n[:3], n[3:]), "0%s %s %s" % (a, n[:3], n[3:]),
                       "+31 %s %s %s" % (a, n[:3], n[3:]), "+31 (0)%s %s %s" % (a, n[:3], n[3:]),
                       "0%s-%s" % (a, n), "(0%s) %s %s" % (a, n[:3], n[3:])])


def phone_ng(rng):
    p = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802",
                    "808", "812", "701", "902", "810", "903", "906", "909"])
    a, b = digits(rng, 3), digits(rng, 4)
    return rng.choice(["0%s %s %s" % (p, a, b), "0%s-%s-%s" % (p, a, b), "0%s%s%s" % (p, a, b),
                       "+234 %s %s %s" % (p, a, b), "+234 (0)%s %s %s" % (p, a, b),
                       "+234-%s-%s-%s" % (p, a, b), "+234%s%s%s" % (p, a, b), "234 %s %s %s" % (p, a, b)])


# countries outside issue 3's list: international format mostly, national sometimes
def phone_intl(rng, cc):
    d = digits
    if cc == "RU":
        a = rng.choice(["495", "499", "812", "916", "903", "926", "985", "967", "921"])
        n = nz_digits(rng, 7)
        return rng.choice(["+7 %s %s-%s-%s" % (a, n[:3], n[3:5], n[5:]), "+7 (%s) %s-%s-%s" % (a, n[:3], n[3:5], n[5:]),
                           "+7 %s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "8 (%s) %s-%s-%s" % (a, n[:3], n[3:5], n[5:]),
                           "+7%s%s" % (a, n)])
    if cc == "UA":
        a = rng.choice(["67", "50", "63", "66", "93", "97", "44", "68", "73"])
        n = d(rng, 7)
        return rng.choice(["+380 %s %s %s" % (a, n[:3], n[3:]), "+380 (%s) %s-%s-%s" % (a, n[:3], n[3:5], n[5:]),
                           "0%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "+380%s%s" % (a, n)])
    if cc == "GR":
        if rng.random() < 0.5:
            n = d(rng, 7)
            return rng.choice(["+30 69%s %s %s" % (rng.choice("34789"), n[:3], n[3:]) , "69%s %s %s" % (rng.choice("3479"), n[:3], n[3:]),
                               "+30 69%s%s" % (rng.choice("3479"), n)])
        n = d(rng, 7)
        return rng.choice(["+30 210 %s %s" % (n[:3], n[3:]), "210 %s %s" % (n[:3], n[3:]), "+30 2310 %s" % n[:6]])
    if cc == "AE":
        n = d(rng, 7)
        return rng.choice(["+971 5%s %s %s" % (rng.choice("0256"), n[:3], n[3:]), "+971-4-%s-%s" % (n[:3], n[3:]),
                           "05%s %s %s" % (rng.choice("0256"), n[:3], n[3:]), "+9715%s%s" % (rng.choice("0256"), n)])
    if cc == "SA":
        n = d(rng, 7)
        return rng.choice(["+966 5%s %s %s" % (rng.choice("03456"), n[:3], n[3:]), "05%s %s %s" % (rng.choice("0345"), n[:3], n[3:]),
                           "+966 11 %s %s" % (n[:3], n[3:])])
    if cc == "EG":
        n = d(rng, 8)
        return rng.choice(["+20 1%s %s %s" % (rng.choice("0125"), n[:4], n[4:]), "01%s %s %s" % (rng.choice("0125"), n[:4], n[4:])])
    if cc == "IL":
        n = d(rng, 7)
        return rng.choice(["+972 5%s-%s-%s" % (rng.choice("02458"), n[:3], n[3:]), "05%s-%s-%s" % (rng.choice("02458"), n[:3], n[3:]),
                           "+972 3-%s-%s" % (n[:3], n[3:]), "+972 5%s %s %s" % (rng.choice("0245"), n[:3], n[3:])])
    if cc == "KR":
        n1, n2 = nz_digits(rng, 4), d(rng, 4)
        return rng.choice(["+82 10-%s-%s" % (n1, n2), "+82 10 %s %s" % (n1, n2), "010-%s-%s" % (n1, n2),
                           "+82 2-%s-%s" % (n1[:3] if rng.random() < 0.5 else n1, n2), "010 %s %s" % (n1, n2)])
    if cc == "TH":
        n = d(rng, 7)
        p = rng.choice(["81", "82", "86", "89", "91", "92", "95", "98", "61", "62"])
        return rng.choice(["+66 %s %s %s" % (p, n[:3], n[3:]), "0%s-%s-%s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]),
                           "+66 2 %s %s" % (n[:3], n[3:])])
    if cc == "VN":
        n = d(rng, 6)
        p = rng.choice(["912", "903", "988", "977", "868", "945", "936", "983", "707"])
        return rng.choice(["+84 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]), "+84 28 %s %s" % (d(rng, 4), d(rng, 4)),
                           "+84%s%s" % (p, n)])
    if cc == "ID":
        p = rng.choice(["812", "813", "821", "822", "852", "857", "878", "896", "815"])
        a, b = d(rng, 4), d(rng, 4)
        return rng.choice(["+62 %s-%s-%s" % (p, a, b), "0%s-%s-%s" % (p, a, b), "+62 %s %s %s" % (p, a, b),
                           "(021) %s %s" % (nz_digits(rng, 4), b), "+62 21 %s %s" % (nz_digits(rng, 4), b)])
    if cc == "PH":
        p = rng.choice(["917", "918", "927", "939", "945", "956", "966", "995", "998"])
        a, b = d(rng, 3), d(rng, 4)
        return rng.choice(["+63 %s %s %s" % (p, a, b), "0%s %s %s" % (p, a, b), "0%s-%s-%s" % (p, a, b),
                           "+63 2 8%s %s" % (d(rng, 3), b), "+63%s%s%s" % (p, a, b)])
    if cc == "PL":
        n = d(rng, 6)
        p = rng.choice(["501", "512", "600", "605", "660", "691", "721", "797", "888"])
        return rng.choice(["+48 %s %s %s" % (p, n[:3], n[3:]), "%s %s %s" % (p, n[:3], n[3:]), "+48 22 %s %s %s" % (n[:3], n[3:5], d(rng, 2)),
                           "+48%s%s" % (p, n), "%s-%s-%s" % (p, n[:3], n[3:])])
    if cc == "TR":
        p = rng.choice(["532", "533", "535", "542", "505", "555", "544", "212", "216", "312"])
        n = d(rng, 7)
        return rng.choice(["+90 %s %s %s %s" % (p, n[:3], n[3:5], n[5:]), "0%s %s %s %s" % (p, n[:3], n[3:5], n[5:]),
                           "+90 (%s) %s %s %s" % (p, n[:3], n[3:5], n[5:]), "0 (%s) %s %s %s" % (p, n[:3], n[3:5], n[5:])])
    if cc == "SE":
        n = d(rng, 7)
        return rng.choice(["+46 7%s %s %s %s" % (rng.choice("02369"), n[:3], n[3:5], n[5:]), "07%s-%s %s %s" % (rng.choice("0236"), n[:3], n[3:5], n[5:]),
                           "+46 8 %s %s %s" % (n[:3], n[3:5], n[5:]), "08-%s %s %s" % (n[:3], n[3:5], n[5:])])
    if cc == "MX":
        a, b = d(rng, 4), d(rng, 4)
        return rng.choice(["+52 55 %s %s" % (a, b), "+52 1 55 %s %s" % (a, b), "+52 33 %s %s" % (a, b), "+52 81 %s %s" % (a, b)])
    if cc == "BD":
        n = d(rng, 6)
        p = rng.choice(["1711", "1712", "1819", "1912", "1556", "1678"])
        return rng.choice(["+880 %s-%s" % (p, n), "0%s-%s" % (p, n), "+880 %s %s" % (p, n), "+880%s%s" % (p, n)])
    if cc == "AT":
        return rng.choice(["+43 1 %s %s" % (d(rng, 3), d(rng, 4)), "+43 664 %s %s" % (d(rng, 3), d(rng, 4)),
                           "0664 %s %s" % (d(rng, 3), d(rng, 4))])
    if cc == "CH":
        return rng.choice(["+41 44 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2)), "+41 79 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2)),
                           "079 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2))])
    raise KeyError(cc)


PHONE_FN = {"US": phone_us, "UK": phone_uk, "DE": phone_de, "FR": phone_fr, "IN": phone_in,
            "BR": phone_br, "JP": phone_jp, "AU": phone_au, "CN": phone_cn, "ES": phone_es,
            "IT": phone_it, "NL": phone_nl, "NG": phone_ng}
E164_CC = {"US": "1", "UK": "44", "DE": "49", "FR": "33", "IN": "91", "BR": "55", "JP": "81",
           "AU": "61", "CN": "86", "ES": "34", "IT": "39", "NL": "31", "NG": "234", "RU": "7",
           "KR": "82", "TR": "90", "PL": "48", "SE": "46", "MX": "52", "IL": "972", "AE": "971",
           "TH": "66", "VN": "84", "ID": "62", "PH": "63", "GR": "30", "UA": "380", "BD": "880",
           "EG": "20", "SA": "966", "AT": "43", "CH": "41"}
E164_NSN = {"US": lambda r: rng_us_nsn(r), "UK": lambda r: "7" + digits(r, 9),
            "DE": lambda r: "1" + r.choice("567") + digits(r, 9), "FR": lambda r: r.choice("67") + digits(r, 8),
            "IN": lambda r: r.choice("6789") + digits(r, 9), "BR": lambda r: "119" + digits(r, 8),
            "JP": lambda r: "90" + digits(r, 8), "AU": lambda r: "4" + digits(r, 8),
            "CN": lambda r: "13" + digits(r, 9), "ES": lambda r: "6" + digits(r, 8),
            "IT": lambda r: "3" + digits(r, 9), "NL": lambda r: "6" + digits(r, 8),
            "NG": lambda r: "80" + digits(r, 8), "RU": lambda r: "9" + digits(r, 9),
            "KR": lambda r: "10" + digits(r, 8), "TR": lambda r: "5" + digits(r, 9),
            "PL": lambda r: "5" + digits(r, 8), "SE": lambda r: "70" + digits(r, 7),
            "MX": lambda r: "55" + digits(r, 8), "IL": lambda r: "5" + digits(r, 8),
            "AE": lambda r: "5" + digits(r, 8), "TH": lambda r: "8" + digits(r, 8),
            "VN": lambda r: "9" + digits(r, 8), "ID": lambda r: "81" + digits(r, 9),
            "PH": lambda r: "9" + digits(r, 9), "GR": lambda r: "69" + digits(r, 8),
            "UA": lambda r: "67" + digits(r, 7), "BD": lambda r: "17" + digits(r, 8),
            "EG": lambda r: "10" + digits(r, 8), "SA": lambda r: "5" + digits(r, 8),
            "AT": lambda r: "664" + digits(r, 7), "CH": lambda r: "79" + digits(r, 7)}


def rng_us_nsn(r):
    return r.choice(["212", "415", "312", "617", "206", "416"]) + r.choice("23456789") + digits(r, 6)


def phone(rng, cc):
    if rng.random() < 0.07:
        s = "+" + E164_CC[cc] + E164_NSN[cc](rng)          # bare E.164
    elif cc in PHONE_FN:
        s = PHONE_FN[cc](rng)
    else:
        s = phone_intl(rng, cc)
    if " " in s and rng.random() < 0.06:
        s = s.replace(" ", NBSP)
    return s


# ----------------------------------------------------------------------------------------------
# member names, written for this corpus.  Entries: "native[:roman[:gender]]"; gendered surnames
# "male/female[:roman_m/roman_f]".  Latin-script entries get their roman form by ASCII folding.
# ----------------------------------------------------------------------------------------------

CULTURES = {
    "en": dict(script="Latn", w=13, first="""Emily:emily:f,James,Olivia:olivia:f,Michael,Sarah:sarah:f,David,Jessica:jessica:f,
        Daniel,Laura:laura:f,Ryan,Megan:megan:f,Kevin,Rachel:rachel:f,Brian,Hannah:hannah:f,Tyler,Lauren:lauren:f,
        Jason,Ashley:ashley:f,Nathan,Chloe:chloe:f,Owen,Zoe:zoe:f,Ethan,Abigail:abigail:f,Connor,Liam,Sophie:sophie:f,
        Aiden,Madison:madison:f,Caleb,Natalie:natalie:f,Trevor,Brittany:brittany:f,Gavin,Kayla:kayla:f,Dominic,
        Siobhan:siobhan:f,Callum,Niamh:niamh:f,Declan,Isla:isla:f,Hamish,Bronwyn:bronwyn:f,Lachlan,Tegan:tegan:f,
        Will,Grace:grace:f,Hope:hope:f,Rose:rose:f,Mark,Joy:joy:f,Faith:faith:f,Summer:summer:f,Amber:amber:f,
        Dawn:dawn:f,Ruby:ruby:f,Holly:holly:f,Ivy:ivy:f,Frank,Bill,Drew,Chase,Sandy:sandy:f,
        Charlotte:charlotte:f,Florence:florence:f,Sydney:sydney:f,Adelaide:adelaide:f,Austin,Savannah:savannah:f,
        Dallas,Regina:regina:f,Victoria:victoria:f,Georgia:georgia:f,Lincoln,Chelsea:chelsea:f""",
               last="""Smith,Johnson,Williams,Anderson,Thompson,Harris,Clark,Lewis,Walker,Allen,Wright,Scott,
        Turner,Parker,Collins,Edwards,Stewart,Morris,Murphy,Rogers,Cooper,Reed,Bailey,Kelly,Howard,Ward,
        Richardson,Watson,Brooks,Bennett,Hughes,Sanders,Myers,Ross,Foster,Fitzgerald,O'Brien,McAllister,
        Donovan,Gallagher,Henderson,Jenkins,Perry,Russell,Griffin,Hayes,Sullivan,Patterson,Coleman,Barnes,
        Fletcher,Whitaker,Holloway,Pemberton,Ashworth,Kavanagh,Lindsay,MacLeod,Drummond,Thornton"""),
    "ng": dict(script="Latn", w=3, first="""Chinedu,Ngozi:ngozi:f,Oluwaseun,Emeka,Funmilayo:funmilayo:f,Tunde,
        Aisha:aisha:f,Ibrahim,Chiamaka:chiamaka:f,Babajide,Yetunde:yetunde:f,Obinna,Adaeze:adaeze:f,Segun,
        Kelechi,Folake:folake:f,Uche,Zainab:zainab:f,Damilola:damilola:f,Ifeanyi,Temitope:temitope:f,Musa,
        Blessing:blessing:f,Favour:favour:f,Patience:patience:f,Precious:precious:f,Godwin""",
               last="""Okafor,Adeyemi,Balogun,Eze,Okonkwo,Bakare,Bello,Musa,Nwosu,Adebayo,Ogunleye,Chukwu,
        Obi,Okeke,Adeleke,Ibekwe,Lawal,Abubakar,Onyekachi,Olatunji,Nwachukwu,Afolabi,Oyelaran,Danjuma"""),
    "in": dict(script="Latn", w=5, first="""Rahul,Priya:priya:f,Amit,Neha:neha:f,Vikram,Pooja:pooja:f,Arjun,
        Ananya:ananya:f,Karthik,Divya:divya:f,Suresh,Lakshmi:lakshmi:f,Sanjay,Meera:meera:f,Rohan,Ishaan,
        Kavya:kavya:f,Aditya,Sneha:sneha:f,Varun,Asha:asha:f,Kavita:kavita:f,Nikhil,Shruti:shruti:f,Harsh,
        Tanvi:tanvi:f,Siddharth,Aparna:aparna:f""",
               last="""Sharma,Verma,Gupta,Singh,Iyer,Nair,Reddy,Patel,Shah,Mehta,Kapoor,Malhotra,Chatterjee,
        Banerjee,Das,Rao,Menon,Pillai,Joshi,Agarwal,Khan,Qureshi,Fernandes,D'Souza,Kulkarni,Deshpande,
        Bhattacharya,Srinivasan,Naidu,Saxena"""),
    "de": dict(script="Latn", w=7, first="""Anja:anja:f,Jürgen,Lukas,Sabine:sabine:f,Tobias,Katrin:katrin:f,
        Matthias,Julia:julia:f,Stefan,Lena:lena:f,Florian,Miriam:miriam:f,Jonas,Annika:annika:f,Maximilian,
        Franziska:franziska:f,Björn,Ute:ute:f,Dirk,Heike:heike:f,Sören,Jörg,Birgit:birgit:f,Kai,Svenja:svenja:f,
        Henrik,Merle:merle:f,Malte,Wiebke:wiebke:f,Ernst,Rosa:rosa:f,Frank,Till,Gesa:gesa:f,Uwe,Dörte:doerte:f""",
               last="""Weber,Müller,Schmidt,Schneider,Fischer,Meyer,Wagner,Becker,Hoffmann,Schäfer,Wolf,
        Schröder,Neumann,Zimmermann,Krüger,Hartmann,Werner,Krause,Lehmann,Köhler,Brandt,Friedrich,Jansen,
        Böhm,Dietrich,Kühn,Pohl,Seidel,Ostermann,Haas,Günther,Albrecht,Lorenz,Heinrich,Kretschmer,Voigt,
        Schulze,Brinkmann,Thiele,Engelhardt,von Bergen,Wendt,Ehlers,Petersen,Hansen,Steinmetz"""),
    "fr": dict(script="Latn", w=6, first="""Camille:camille:f,Mathieu,Élodie:elodie:f,Julien,Chloé:chloe:f,Antoine,
        Amélie:amelie:f,Nicolas,Léa:lea:f,Guillaume,Océane:oceane:f,Sébastien,Margaux:margaux:f,Baptiste,
        Inès:ines:f,Théo,Manon:manon:f,Hélène:helene:f,Benoît,Aurélie:aurelie:f,Pierre,Constance:constance:f,
        Rose:rose:f,Florence:florence:f,Lourdes:lourdes:f,Gaëlle:gaelle:f,Loïc,Solène:solene:f,Yannick,
        Clémence:clemence:f,Jérôme,Maëlys:maelys:f""",
               last="""Dubois,Lefèvre,Moreau,Laurent,Girard,Bonnet,Dupont,Lambert,Fontaine,Rousseau,Vincent,
        Faure,André,Mercier,Garnier,Chevalier,Perrin,Morel,Gauthier,Fournier,Lemaire,Caron,Brunet,Durand,
        Leroy,Picard,Renaud,Masson,Texier,Lacroix,Guérin,Baudry,Le Goff,Le Gall,Marchetti,Delacroix,Besson"""),
    "es": dict(script="Latn", w=7, first="""Alejandro,Lucía:lucia:f,Javier,Carmen:carmen:f,Sergio,Paula:paula:f,
        Diego,Marta:marta:f,Álvaro,Elena:elena:f,Pablo,Nuria:nuria:f,Raúl,Irene:irene:f,Andrés,
        Beatriz:beatriz:f,Iker,Ainhoa:ainhoa:f,Jorge,Daniela:daniela:f,José,María José:mariajose:f,Juan Carlos,
        Guadalupe:guadalupe:f,Ximena:ximena:f,Rosa:rosa:f,Luz:luz:f,Paz:paz:f,Dolores:dolores:f,
        Esperanza:esperanza:f,Pilar:pilar:f,Rocío:rocio:f,Soledad:soledad:f,Mercedes:mercedes:f,
        Florencia:florencia:f,Santiago,Valentina:valentina:f,Mateo,Camila:camila:f""",
               last="""García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Jiménez,Ruiz,
        Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,
        Serrano,Molina,Castro,Ortega,Delgado,Ortiz,Morales,Suárez,Iglesias,Medina,Guerrero,Cortés,Aguilar,
        Villalobos,Echeverría,Zamora"""),
    "it": dict(script="Latn", w=4, first="""Giulia:giulia:f,Marco,Francesca:francesca:f,Alessandro,Chiara:chiara:f,
        Lorenzo,Sara:sara:f,Matteo,Valentina:valentina:f,Davide,Elisa:elisa:f,Simone,Federica:federica:f,
        Riccardo,Martina:martina:f,Stefano,Giorgia:giorgia:f,Andrea,Paola:paola:f,Luca,Serena:serena:f,Felice,
        Marina:marina:f,Gianluca,Ilaria:ilaria:f,Niccolò,Beatrice:beatrice:f,Tommaso""",
               last="""Rossi,Russo,Esposito,Romano,Colombo,Ricci,Marino,Greco,Conti,De Luca,Mancini,Costa,
        Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Galli,Martinelli,
        Vitale,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Ferraro,Pellegrini,Palumbo,Sanna,Cattaneo"""),
    "nl": dict(script="Latn", w=3, first="""Daan,Sanne:sanne:f,Lotte:lotte:f,Bram,Femke:femke:f,Thijs,Anouk:anouk:f,
        Joris,Eline:eline:f,Ruben,Lieke:lieke:f,Sem,Maartje:maartje:f,Wouter,Roos:roos:f,Jeroen,
        Marloes:marloes:f,Niels,Floor:floor:f,Esther:esther:f,Sjoerd,Ilse:ilse:f,Gijs""",
               last="""de Vries,van den Berg,Jansen,Smit,Meijer,de Boer,Mulder,de Groot,Peters,Hendriks,
        van Dijk,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,Jacobs,de Haan,
        Vermeulen,van den Heuvel,van der Veen,van den Broek,de Bruijn,de Jong,Kuipers,Veenstra,Schouten"""),
    "pt": dict(script="Latn", w=5, first="""Lucas,Gabriela:gabriela:f,Mateus,Juliana:juliana:f,Rafael,
        Beatriz:beatriz:f,Thiago,Larissa:larissa:f,Gustavo,Camila:camila:f,Felipe,Letícia:leticia:f,Bruno,
        Mariana:mariana:f,Leonardo,Fernanda:fernanda:f,João,Vitória:vitoria:f,Graça:graca:f,Luana:luana:f,
        Caio,Thaís:thais:f,Rodrigo,Bianca:bianca:f,Otávio,Júlia:julia:f""",
               last="""Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Ribeiro,
        Martins,Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,Dias,Nascimento,Andrade,Moreira,
        Nunes,Marques,Machado,Mendes,Freitas,Cardoso,Gonçalves,Teixeira,Araújo,Cavalcanti,Azevedo"""),
    "pl": dict(script="Latn", w=3, first="""Katarzyna:katarzyna:f,Piotr,Agnieszka:agnieszka:f,Tomasz,
        Magdalena:magdalena:f,Paweł,Joanna:joanna:f,Michał,Aleksandra:aleksandra:f,Krzysztof,
        Małgorzata:malgorzata:f,Łukasz,Zofia:zofia:f,Jakub,Monika:monika:f,Wojciech,Natalia:natalia:f,
        Bartosz,Ewa:ewa:f,Marcin,Róża:roza:f""",
               last="""Nowak,Kowalski/Kowalska,Wiśniewski/Wiśniewska,Wójcik,Kowalczyk,Kamiński/Kamińska,
        Lewandowski/Lewandowska,Zieliński/Zielińska,Szymański/Szymańska,Woźniak,Dąbrowski/Dąbrowska,
        Kozłowski/Kozłowska,Jankowski/Jankowska,Mazur,Kwiatkowski/Kwiatkowska,Krawczyk,
        Piotrowski/Piotrowska,Grabowski/Grabowska,Pawłowski/Pawłowska,Michalski/Michalska"""),
    "tr": dict(script="Latn", w=3, first="""Ayşe:ayse:f,Mehmet,Zeynep:zeynep:f,Mustafa,Elif:elif:f,Emre,
        Fatma:fatma:f,Burak,Merve:merve:f,Can,Deniz,Umut,Selin:selin:f,Oğuz,Ece:ece:f,Kerem,Büşra:busra:f,
        Serkan,İrem:irem:f,Yusuf""",
               last="""Yılmaz,Kaya,Şahin,Yıldırım,Öztürk,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Koç,
        Özkan,Şimşek,Polat,Erdem,Aksoy,Korkmaz,Tekin,Ünal,Karataş,Bozkurt"""),
    "sv": dict(script="Latn", w=2, first="""Erik,Johan,Maja:maja:f,Lars,Ingrid:ingrid:f,Oskar,Elsa:elsa:f,Karl,
        Astrid:astrid:f,Nils,Linnea:linnea:f,Gustav,Frida:frida:f,Axel,Ebba:ebba:f,Olle,Sigrid:sigrid:f,Viktor""",
               last="""Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,
        Gustafsson,Pettersson,Jonsson,Lindberg,Lindqvist,Bergström,Lundgren,Holmberg,Sandberg,Forsberg,
        Sjöberg,Åkesson"""),
    "ru": dict(script="Cyrl", w=4, first="""Анна:anna:f,Дмитрий:dmitry,Екатерина:ekaterina:f,Алексей:alexey,
        Ольга:olga:f,Сергей:sergey,Наталья:natalya:f,Иван:ivan,Мария:maria:f,Андрей:andrey,Татьяна:tatyana:f,
        Михаил:mikhail,Юлия:yulia:f,Николай:nikolay,Ирина:irina:f,Павел:pavel,Вера:vera:f,Надежда:nadezhda:f,
        Любовь:lyubov:f,Артём:artyom,Ксения:ksenia:f,Максим:maxim,Светлана:svetlana:f,Егор:egor,
        Владимир:vladimir""",
               last="""Иванов/Иванова:ivanov/ivanova,Смирнов/Смирнова:smirnov/smirnova,
        Кузнецов/Кузнецова:kuznetsov/kuznetsova,Попов/Попова:popov/popova,Васильев/Васильева:vasiliev/vasilieva,
        Петров/Петрова:petrov/petrova,Соколов/Соколова:sokolov/sokolova,Михайлов/Михайлова:mikhailov/mikhailova,
        Новиков/Новикова:novikov/novikova,Фёдоров/Фёдорова:fedorov/fedorova,Морозов/Морозова:morozov/morozova,
        Волков/Волкова:volkov/volkova,Лебедев/Лебедева:lebedev/lebedeva,Семёнов/Семёнова:semenov/semenova,
        Егоров/Егорова:egorov/egorova,Козлов/Козлова:kozlov/kozlova,Степанов/Степанова:stepanov/stepanova,
        Николаев/Николаева:nikolaev/nikolaeva,Орлов/Орлова:orlov/orlova,Андреев/Андреева:andreev/andreeva,
        Макаров/Макарова:makarov/makarova,Никитин/Никитина:nikitin/nikitina,Захаров/Захарова:zakharov/zakharova,
        Зайцев/Зайцева:zaitsev/zaitseva,Борисов/Борисова:borisov/borisova,Королёв/Королёва:korolev/koroleva,
        Белоусов/Белоусова:belousov/belousova,Гусев/Гусева:gusev/guseva"""),
    "uk": dict(script="Cyrl", w=2, first="""Олена:olena:f,Тарас:taras,Оксана:oksana:f,Богдан:bohdan,Ірина:iryna:f,
        Андрій:andriy,Наталія:nataliia:f,Олександр:oleksandr,Юлія:yuliia:f,Дмитро:dmytro,Марія:mariia:f,
        Володимир:volodymyr,Софія:sofiia:f,Максим:maksym,Христина:khrystyna:f,Василь:vasyl,Надія:nadiia:f,
        Любов:liubov:f""",
               last="""Шевченко:shevchenko,Коваленко:kovalenko,Бондаренко:bondarenko,Ткаченко:tkachenko,
        Кравченко:kravchenko,Олійник:oliinyk,Шевчук:shevchuk,Поліщук:polishchuk,Бойко:boiko,Ткачук:tkachuk,
        Мельник:melnyk,Лисенко:lysenko,Марченко:marchenko,Руденко:rudenko,Савченко:savchenko,
        Петренко:petrenko,Клименко:klymenko,Павленко:pavlenko,Гончаренко:honcharenko,Яковенко:yakovenko"""),
    "el": dict(script="Grek", w=2, first="""Γιώργος:giorgos,Μαρία:maria:f,Νίκος:nikos,Ελένη:eleni:f,
        Δημήτρης:dimitris,Κατερίνα:katerina:f,Κώστας:kostas,Σοφία:sofia:f,Γιάννης:giannis,
        Αναστασία:anastasia:f,Παναγιώτης:panagiotis,Ελπίδα:elpida:f,Ειρήνη:eirini:f,Χρήστος:christos,
        Δέσποινα:despoina:f,Αλέξανδρος:alexandros,Βασιλική:vasiliki:f,Θανάσης:thanasis,Φωτεινή:foteini:f,
        Στέλιος:stelios""",
               last="""Παπαδόπουλος/Παπαδοπούλου:papadopoulos/papadopoulou,Παπαδάκης/Παπαδάκη:papadakis/papadaki,
        Γεωργίου:georgiou,Οικονόμου:oikonomou,Νικολάου:nikolaou,Βασιλείου:vasileiou,
        Κωνσταντίνου:konstantinou,Αθανασίου:athanasiou,Ιωάννου:ioannou,Δημητρίου:dimitriou,
        Καραγιάννης/Καραγιάννη:karagiannis/karagianni,Μακρής/Μακρή:makris/makri,Αντωνίου:antoniou,
        Πετρόπουλος/Πετροπούλου:petropoulos/petropoulou,Χριστοδούλου:christodoulou,Αλεξίου:alexiou,
        Μαυρίδης/Μαυρίδου:mavridis/mavridou,Λαμπράκης/Λαμπράκη:lamprakis/lampraki,Ζαχαρίου:zachariou"""),
    "ar": dict(script="Arab", w=4, first="""محمد:mohamed,فاطمة:fatima:f,أحمد:ahmed,ليلى:layla:f,يوسف:youssef,
        مريم:mariam:f,عمر:omar,نور:nour:f,خالد:khaled,سارة:sara:f,علي:ali,أمل:amal:f,حسن:hassan,هدى:huda:f,
        كريم:karim,ريم:reem:f,طارق:tarek,ياسمين:yasmin:f,سلمى:salma:f,إبراهيم:ibrahim,رنا:rana:f,زينب:zainab:f""",
               last="""الأحمد:alahmad,الحسن:alhassan,العلي:alali,المصري:almasri,الخطيب:alkhatib,الشامي:alshami,
        حداد:haddad,النجار:alnajjar,الزهراني:alzahrani,القحطاني:alqahtani,العتيبي:alotaibi,الدوسري:aldosari,
        منصور:mansour,عبد الله:abdullah,سليمان:suleiman,حمدان:hamdan,الفارس:alfares,الكردي:alkurdi,
        عيسى:issa,صالح:saleh,ناصر:nasser"""),
    "he": dict(script="Hebr", w=2, first="""נועה:noa:f,יונתן:yonatan,מאיה:maya:f,איתי:itay,שירה:shira:f,אורי:uri,
        תמר:tamar:f,דניאל:daniel,יעל:yael:f,עומר:omer,רוני:roni,אור:or,מיכל:michal:f,אביגיל:avigail:f,
        גיא:guy,הילה:hila:f,עידו:ido,ליאת:liat:f,נדב:nadav,טל:tal""",
               last="""כהן:cohen,לוי:levi,מזרחי:mizrahi,פרץ:peretz,ביטון:biton,דהן:dahan,אברהם:avraham,
        פרידמן:friedman,אזולאי:azoulay,חדד:hadad,גבאי:gabay,שפירא:shapira,רוזנברג:rosenberg,אשכנזי:ashkenazi,
        בן דוד:bendavid,אוחיון:ohayon,סגל:segal,גולדברג:goldberg"""),
    "hi": dict(script="Deva", w=3, first="""राहुल:rahul,प्रिया:priya:f,अमित:amit,नेहा:neha:f,विकास:vikas,पूजा:pooja:f,
        अर्जुन:arjun,अनीता:anita:f,संजय:sanjay,दीपिका:deepika:f,रोहित:rohit,आशा:asha:f,सुनील:sunil,
        कविता:kavita:f,आदित्य:aditya,स्नेहा:sneha:f,मनोज:manoj,रिया:riya:f,विवेक:vivek,श्रेया:shreya:f""",
               last="""शर्मा:sharma,वर्मा:verma,गुप्ता:gupta,सिंह:singh,कुमार:kumar,अग्रवाल:agarwal,जोशी:joshi,
        मिश्रा:mishra,पांडे:pandey,यादव:yadav,चौहान:chauhan,श्रीवास्तव:srivastava,मेहता:mehta,त्रिपाठी:tripathi,
        सक्सेना:saxena,भट्ट:bhatt,मल्होत्रा:malhotra,कपूर:kapoor,चतुर्वेदी:chaturvedi,दुबे:dubey"""),
    "bn": dict(script="Beng", w=2, first="""অমিত:amit,সুমিত্রা:sumitra:f,রাহুল:rahul,প্রিয়াঙ্কা:priyanka:f,অর্ক:arka,
        দেবাশীষ:debashish,মৌমিতা:moumita:f,সৌরভ:sourav,তানিয়া:tania:f,অনির্বাণ:anirban,শ্রেয়সী:shreyasi:f,
        রিয়া:riya:f,সুদীপ:sudip,পায়েল:payel:f,ফারহানা:farhana:f,তাসনিম:tasnim:f,রফিক:rafiq,নুসরাত:nusrat:f,
        আরিফ:arif,আশা:asha:f""",
               last="""দাস:das,বসু:basu,ঘোষ:ghosh,মুখার্জি:mukherjee,চট্টোপাধ্যায়:chattopadhyay,সেন:sen,রায়:roy,
        দত্ত:dutta,ব্যানার্জি:banerjee,চক্রবর্তী:chakraborty,সরকার:sarkar,মিত্র:mitra,হক:haque,রহমান:rahman,
        আহমেদ:ahmed,চৌধুরী:chowdhury,পাল:pal,নন্দী:nandi"""),
    "ta": dict(script="Taml", w=2, first="""கார்த்திக்:karthik,பிரியா:priya:f,அருண்:arun,லட்சுமி:lakshmi:f,
        சுரேஷ்:suresh,மீனா:meena:f,விஜய்:vijay,கவிதா:kavitha:f,ராஜேஷ்:rajesh,தீபா:deepa:f,செந்தில்:senthil,
        அனிதா:anitha:f,பாலாஜி:balaji,சங்கீதா:sangeetha:f,முருகன்:murugan,வித்யா:vidya:f,கணேஷ்:ganesh,
        ரம்யா:ramya:f""",
               last="""குமார்:kumar,சுப்பிரமணியம்:subramaniam,கிருஷ்ணன்:krishnan,வெங்கடேசன்:venkatesan,
        ராமசாமி:ramasamy,நடராஜன்:natarajan,சீனிவாசன்:srinivasan,பாலசுப்பிரமணியன்:balasubramanian,
        முத்து:muthu,சேகர்:sekar,ரவிச்சந்திரன்:ravichandran,கண்ணன்:kannan,ஆறுமுகம்:arumugam,
        ராஜேந்திரன்:rajendran,செல்வம்:selvam"""),
    "zh": dict(script="Hani", w=6, first="""伟:wei,芳:fang:f,娜:na:f,秀英:xiuying:f,敏:min:f,静:jing:f,丽:li:f,
        强:qiang,磊:lei,军:jun,洋:yang,勇:yong,艳:yan:f,杰:jie,娟:juan:f,涛:tao,明:ming,超:chao,
        秀兰:xiulan:f,霞:xia:f,平:ping,刚:gang,桂英:guiying:f,晓明:xiaoming,子涵:zihan,雨桐:yutong:f,
        浩然:haoran,欣怡:xinyi:f,思远:siyuan,梓萱:zixuan:f,俊杰:junjie,嘉怡:jiayi:f,宇轩:yuxuan,一鸣:yiming""",
               last="""王:wang,李:li,张:zhang,刘:liu,陈:chen,杨:yang,黄:huang,赵:zhao,吴:wu,周:zhou,徐:xu,
        孙:sun,马:ma,朱:zhu,胡:hu,郭:guo,何:he,林:lin,罗:luo,梁:liang,宋:song,郑:zheng,谢:xie,韩:han,
        唐:tang,冯:feng,欧阳:ouyang,司马:sima"""),
    "ja": dict(script="Jpan", w=4, first="""花子:hanako:f,太郎:taro,翔太:shota,美咲:misaki:f,大輔:daisuke,陽菜:hina:f,
        健太:kenta,さくら:sakura:f,拓也:takuya,結衣:yui:f,直樹:naoki,彩:aya:f,蓮:ren,葵:aoi:f,悠斗:yuto,
        優子:yuko:f,誠:makoto,ひなた:hinata:f,恵美:emi:f,翼:tsubasa""",
               last="""佐藤:sato,鈴木:suzuki,高橋:takahashi,田中:tanaka,伊藤:ito,渡辺:watanabe,山本:yamamoto,
        中村:nakamura,小林:kobayashi,加藤:kato,吉田:yoshida,山田:yamada,佐々木:sasaki,井上:inoue,
        木村:kimura,清水:shimizu,山崎:yamazaki,池田:ikeda,橋本:hashimoto,石川:ishikawa,前田:maeda,
        藤原:fujiwara,岡田:okada,長谷川:hasegawa,松本:matsumoto"""),
    "ko": dict(script="Hang", w=3, first="""민준:minjun,서연:seoyeon:f,지훈:jihoon,수빈:subin:f,현우:hyunwoo,
        지은:jieun:f,도윤:doyoon,하은:haeun:f,준서:junseo,민서:minseo:f,예준:yejun,지아:jia:f,성민:sungmin,
        유진:yujin:f,태현:taehyun,소연:soyeon:f,재원:jaewon,다은:daeun:f,승우:seungwoo,은지:eunji:f""",
               last="""김:kim,이:lee,박:park,최:choi,정:jung,강:kang,조:cho,윤:yoon,장:jang,임:lim,한:han,
        오:oh,서:seo,신:shin,권:kwon,황:hwang,안:ahn,송:song,류:ryu,홍:hong"""),
    "th": dict(script="Thai", w=2, first="""สมชาย:somchai,สมศรี:somsri:f,อนันต์:anan,วิไล:wilai:f,ธนพล:thanaphon,
        ณัฐวุฒิ:nattawut,พิมพ์ชนก:phimchanok:f,กมลชนก:kamonchanok:f,ศิริพร:siriporn:f,สุภาพร:supaporn:f,
        ชัยวัฒน์:chaiwat,นภัสสร:napatsorn:f,กิตติพงษ์:kittipong,อรุณี:arunee:f,วีระ:weera,จิราพร:jiraporn:f""",
               last="""ใจดี:jaidee,สุขสวัสดิ์:suksawat,ศรีสุข:srisuk,วงศ์สวัสดิ์:wongsawat,แก้วมณี:kaewmanee,
        ทองดี:thongdee,บุญมา:boonma,รัตนพันธ์:rattanaphan,ศรีวงศ์:sriwong,พรหมมา:phromma,สมบูรณ์:somboon,
        จันทร์เพ็ญ:chanpen,เพชรรัตน์:phetcharat,มหาวงศ์:mahawong,อินทร์แก้ว:inkaew,ชัยมงคล:chaimongkol"""),
    "vi": dict(script="Latn", w=3, first="""An,Bình,Châu:chau:f,Dũng,Hà:ha:f,Hải,Hạnh:hanh:f,Hiếu,Hoa:hoa:f,Hùng,
        Hương:huong:f,Khoa,Lan:lan:f,Linh:linh:f,Long,Mai:mai:f,Nam,Phương:phuong:f,Quân,Thảo:thao:f,
        Trang:trang:f,Tuấn,Vy:vy:f,Yến:yen:f""",
               last="""Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý"""),
    "id": dict(script="Latn", w=3, first="""Budi,Siti:siti:f,Agus,Dewi:dewi:f,Andi,Rina:rina:f,Eko,Sri:sri:f,
        Putri:putri:f,Bayu,Intan:intan:f,Wahyu,Ayu:ayu:f,Rizky,Nurul:nurul:f,Fajar,Indah:indah:f,Bagus,
        Dimas,Anisa:anisa:f""",
               last="""Santoso,Wijaya,Saputra,Hidayat,Pratama,Setiawan,Nugroho,Gunawan,Halim,Susanto,Wibowo,
        Siregar,Nasution,Harahap,Simanjuntak,Lubis,Hakim,Purnomo,Kurniawan,Hartono"""),
    "tl": dict(script="Latn", w=3, first="""Juan,Maria:maria:f,Jose,Angelica:angelica:f,Mark,Princess:princess:f,
        Jasmine:jasmine:f,Kristine:kristine:f,Jericho,Rhea:rhea:f,Bea:bea:f,Carlo,Joy:joy:f,Paolo,
        Czarina:czarina:f,Lovely:lovely:f,Jerome,Mylene:mylene:f,Rommel,Divina:divina:f""",
               last="""Santos,Reyes,Cruz,Bautista,Ocampo,Mendoza,Tomas,Andrada,Castillo,Villanueva,Aquino,
        Salazar,Dizon,Manalo,Gonzales,Dela Cruz,De Leon,Macaraeg,Pangilinan,Sison,Lacson,Magsaysay"""),
}

# members whose names are firms, places, eponyms or words: (culture, first, last) in entry syntax
SPECIAL_MEMBERS = [
    # full names that are firms
    ("en", "Morgan", "Stanley"), ("en", "Charles", "Schwab"), ("en", "John", "Lewis"),
    ("en", "Ted", "Baker"), ("de", "Hugo", "Boss"), ("en", "Tommy", "Hilfiger"),
    ("en", "Ralph", "Lauren"), ("en", "Calvin", "Klein"), ("en", "Tom", "Ford"),
    ("en", "Marc", "Jacobs"), ("en", "Kate:kate:f", "Spade"), ("en", "Paul", "Smith"),
    ("en", "Walt", "Disney"), ("en", "Harley", "Davidson"), ("en", "Estée:estee:f", "Lauder"),
    ("in", "Peter", "England"), ("in", "Allen", "Solly"), ("in", "Louis", "Philippe"),
    ("de", "Jil:jil:f", "Sander"), ("de", "Robert", "Bosch"), ("de", "Carl", "Zeiss"),
    ("fr", "Louis", "Vuitton"), ("fr", "Christian", "Dior"), ("fr", "Yves", "Rocher"),
    ("fr", "Pierre", "Cardin"), ("it", "Giorgio", "Armani"), ("it", "Salvatore", "Ferragamo"),
    ("es", "Adolfo", "Domínguez"), ("nl", "Albert", "Heijn"), ("zh", "宁:ning", "李:li"),
    # full names that are places
    ("en", "Alice:alice:f", "Springs"), ("en", "Milton", "Keynes"), ("en", "Stanley", "Park"),
    ("en", "Victoria:victoria:f", "Park"), ("en", "Charlotte:charlotte:f", "Amalie"),
    ("zh", "山:shan", "黄:huang"),
    # full names that are eponyms
    ("de", "Max", "Planck"), ("fr", "Marie:marie:f", "Curie"), ("en", "Alan", "Turing"),
    ("en", "Ada:ada:f", "Lovelace"), ("de", "Emmy:emmy:f", "Noether"), ("en", "Rosalind:rosalind:f", "Franklin"),
    ("en", "Florence:florence:f", "Nightingale"), ("it", "Enrico", "Fermi"), ("nl", "Johan", "Cruijff"),
    ("pt", "Albert", "Einstein"), ("tr", "Vehbi", "Koç"), ("zh", "迅:xun", "鲁:lu"),
    ("ja", "英世:hideyo", "野口:noguchi"), ("ja", "健太:kenta", "松本:matsumoto"), ("ko", "순신:sunsin", "이:yi"),
    # surnames that are eponyms
    ("nl", "Sanne:sanne:f", "Dijkstra"), ("en", "Tom", "Kalman"), ("en", "Emma:emma:f", "Hamming"),
    ("en", "Lucy:lucy:f", "Huffman"), ("en", "Anna:anna:f", "Bloom"), ("en", "David", "Nash"),
    ("en", "James", "Parkinson"), ("en", "Alexei", "Markov"),
    ("en", "Yuri", "Levenshtein"), ("fr", "Louis", "Pasteur"),
    # full names that are phrases
    ("en", "Will", "Power"), ("en", "Rose:rose:f", "Gold"), ("en", "Sandy:sandy:f", "Beach"),
    ("zh", "明:ming", "高:gao"), ("zh", "静:jing:f", "安:an"), ("zh", "明:ming", "文:wen"),
    # first names that are words / places (one each so small directories still have them)
    ("en", "Hope:hope:f", "Mitchell"), ("en", "Grace:grace:f", "Holloway"), ("en", "Mark", "Fletcher"),
    ("en", "Faith:faith:f", "Barnes"), ("en", "Joy:joy:f", "Whitaker"), ("en", "Summer:summer:f", "Hayes"),
    ("en", "Amber:amber:f", "Coleman"), ("en", "Dawn:dawn:f", "Griffin"), ("en", "Frank", "Sullivan"),
    ("en", "Bill", "Henderson"), ("en", "Holly:holly:f", "Jenkins"), ("en", "Ivy:ivy:f", "Patterson"),
    ("en", "Charlotte:charlotte:f", "Reed"), ("en", "Sydney:sydney:f", "Ward"), ("en", "Austin", "Perry"),
    ("en", "Adelaide:adelaide:f", "Ross"), ("en", "Savannah:savannah:f", "Brooks"), ("en", "Dallas", "Kelly"),
    ("en", "Regina:regina:f", "Foster"), ("en", "Georgia:georgia:f", "Bennett"), ("en", "Lincoln", "Hughes"),
    ("en", "Victoria:victoria:f", "Sanders"), ("en", "Florence:florence:f", "Turner"),
    ("ng", "Blessing:blessing:f", "Okafor"), ("ng", "Favour:favour:f", "Eze"), ("ng", "Patience:patience:f", "Bello"),
    ("in", "Asha:asha:f", "Nair"), ("de", "Ernst", "Brinkmann"), ("de", "Rosa:rosa:f", "Lorenz"),
    ("fr", "Pierre", "Masson"), ("fr", "Constance:constance:f", "Perrin"), ("fr", "Rose:rose:f", "Durand"),
    ("es", "Dolores:dolores:f", "Ortega"), ("es", "Luz:luz:f", "Medina"), ("es", "Paz:paz:f", "Aguilar"),
    ("es", "Esperanza:esperanza:f", "Zamora"), ("es", "Soledad:soledad:f", "Cortés"),
    ("es", "Florencia:florencia:f", "Suárez"), ("es", "Rocío:rocio:f", "Molina"),
    ("it", "Felice", "Rinaldi"), ("it", "Serena:serena:f", "Galli"), ("it", "Marina:marina:f", "Conti"),
    ("nl", "Roos:roos:f", "de Haan"), ("pt", "Graça:graca:f", "Freitas"), ("pt", "Vitória:vitoria:f", "Nunes"),
    ("pl", "Róża:roza:f", "Mazur"), ("tr", "Deniz", "Aksoy"), ("tr", "Umut", "Polat"),
    ("ru", "Вера:vera:f", "Орлова:orlova"), ("ru", "Надежда:nadezhda:f", "Гусева:guseva"),
    ("ru", "Любовь:lyubov:f", "Зайцева:zaitseva"), ("ru", "Владимир:vladimir", "Белоусов:belousov"),
    ("ru", "Павел:pavel", "Королёв:korolev"),
    ("uk", "Надія:nadiia:f", "Бойко:boiko"), ("uk", "Любов:liubov:f", "Мельник:melnyk"),
    ("el", "Ελπίδα:elpida:f", "Οικονόμου:oikonomou"), ("el", "Ειρήνη:eirini:f", "Ιωάννου:ioannou"),
    ("ar", "أمل:amal:f", "منصور:mansour"), ("ar", "كريم:karim", "حداد:haddad"), ("ar", "نور:nour:f", "صالح:saleh"),
    ("he", "אור:or", "כהן:cohen"), ("he", "טל:tal", "לוי:levi"), ("he", "תמר:tamar:f", "סגל:segal"),
    ("hi", "आशा:asha:f", "जोशी:joshi"), ("hi", "कविता:kavita:f", "मिश्रा:mishra"),
    ("bn", "আশা:asha:f", "সেন:sen"), ("vi", "Mai:mai:f", "Trần|Thị"), ("vi", "Nam", "Nguyễn|Văn"),
    ("vi", "Hoa:hoa:f", "Lê|Thị"), ("vi", "Long", "Phạm|Hoàng"),
    ("id", "Bagus", "Santoso"), ("id", "Indah:indah:f", "Lubis"), ("id", "Putri:putri:f", "Halim"),
    ("tl", "Lovely:lovely:f", "Reyes"), ("tl", "Mark", "Dizon"), ("tl", "Joy:joy:f", "Manalo"),
]

VI_MIDDLE_M = ["Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh", "Hoàng"]
VI_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Hoài", "Minh"]
NO_CAPS_SCRIPTS = {"Arab", "Hebr", "Deva", "Beng", "Taml", "Hani", "Jpan", "Hang", "Thai"}


def parse_entry(e, script):
    parts = [p.strip() for p in e.strip().split(":")]
    native = parts[0]
    roman = parts[1] if len(parts) > 1 and parts[1] else None
    g = parts[2] if len(parts) > 2 else "m"
    if "/" in native:
        nm, nf = native.split("/")
        rm, rf = (roman.split("/") if roman else (None, None))
        return dict(m=nm, f=nf, rm=rm or ascii_fold(nm).lower().replace(" ", ""),
                    rf=rf or ascii_fold(nf).lower().replace(" ", ""), g=g)
    r = roman or ascii_fold(native).lower().replace(" ", "")
    return dict(m=native, f=native, rm=r, rf=r, g=g)


def parse_list(s, script):
    return [parse_entry(e, script) for e in s.replace("\n", " ").split(",") if e.strip()]


for _k, _c in CULTURES.items():
    _c["firsts"] = parse_list(_c["first"], _c["script"])
    _c["lasts"] = parse_list(_c["last"], _c["script"])


# ----------------------------------------------------------------------------------------------
# member directory
# ----------------------------------------------------------------------------------------------

BRAND_HANDLES = ["nasa", "github", "Spotify", "netflix", "vercel", "DeutscheBahn", "SNCF", "Renfe",
                 "Trenitalia", "NS_online", "Ryanair", "easyJet", "lufthansa", "AskfirstSupport",
                 "askfirst", "Zalando", "Uber_Support", "AmazonHelp", "AppleSupport", "Xbox",
                 "PlayStation", "Shopify", "stripe", "Cloudflare", "awscloud", "Google", "Microsoft",
                 "TfL", "BBCNews", "elpais", "lemondefr", "tagesschau", "NHKWORLD_News", "NaverCorp",
                 "Flipkart", "Swiggy", "zomato", "reliancejio", "MTNNG", "gtbank", "JumiaNigeria",
                 "GrabPH", "ShopeePH", "tokopedia", "gojekindonesia", "Xiaomi", "yandex", "sberbank",
                 "monobank", "IKEA", "Airbnb", "bookingcom", "Duolingo", "figma", "notionhq",
                 "SlackHQ", "discord", "Twitch", "YouTube", "instagram", "WhatsApp", "Telegram",
                 "Vodafone_DE", "Telekom_hilft", "orange", "movistar_es", "TIM_Official", "KPN",
                 "vivo_br", "Turkcell", "Telia_Sverige", "Rakuten_JP", "LINE_jp", "KakaoTalk",
                 "AIS_Thailand", "Viettel", "Globe_PH", "Airtel_Presence", "DHLPaket", "UPS", "FedEx",
                 "PostNL", "correos", "laposte", "Hermes_DE", "Lieferando", "deliveroo", "Wolt",
                 "Revolut", "N26", "wise", "PayPal", "Klarna", "Coinbase", "binance", "OpenStreetMap",
                 "Wikipedia", "mozilla", "ubuntu", "docker", "kubernetesio", "PyPI", "npmjs", "rustlang"]

_SYL = ["ka", "mo", "ri", "zen", "pix", "el", "fox", "lun", "ar", "qui", "vel", "ton", "bri",
        "sol", "nyx", "tam", "oro", "ash", "kit", "dev", "loop", "byte", "moth", "fern", "wave"]


def make_handle(rng, rg, rf, taken):
    rg = re.sub(r"[^a-z0-9]", "", rg) or "x"
    rf = re.sub(r"[^a-z0-9]", "", rf) or "y"
    pats = [rg + rf, rg + "." + rf, rg + "_" + rf, rg[0] + rf, rg + rf[0], rg + "_" + rf[:3],
            rf + rg, rg + rf + "%02d" % rng.randint(0, 99), rg + "." + rf + "%02d" % rng.randint(0, 99),
            rf + "." + rg, rg + "_" + rf[0], "the" + rg + rf, rg + "%d" % rng.randint(1980, 2006),
            rg[:3] + rf[:4]]
    h = rng.choice(pats)[:24].strip("._")
    base = h
    while h in taken or h in BRAND_LOWER:
        h = (base[:20] + str(rng.randint(2, 9999)))
    taken.add(h)
    return h


BRAND_LOWER = {b.lower() for b in BRAND_HANDLES}


class Member:
    __slots__ = ("idx", "user", "name", "handle", "cult", "given", "family", "rg", "rf", "g",
                 "script")

    def as_json(self):
        return json.dumps({"user": self.user, "name": self.name, "handle": self.handle},
                          ensure_ascii=False)


def build_name(rng, cult, fe, le, vi_middle=None, special=False):
    c = CULTURES[cult]
    g = fe["g"]
    given = fe["m"]
    fam = le["f"] if g == "f" else le["m"]
    rg = fe["rm"]
    rf = le["rf"] if g == "f" else le["rm"]
    script = c["script"]
    if cult == "zh":
        name = fam + given
    elif cult == "ja":
        sep = "" if special else rng.choice(["", "", "", " ", "\u3000"])
        name = fam + sep + given
    elif cult == "ko":
        name = fam + given
    elif cult == "vi":
        mid = vi_middle or rng.choice(VI_MIDDLE_F if g == "f" else VI_MIDDLE_M)
        name = "%s %s %s" % (fam, mid, given)
    else:
        name = given + " " + fam
        if cult == "es" and rng.random() < 0.4:
            l2 = rng.choice(c["lasts"])["m"]
            if l2 != fam:
                name += " " + l2
        elif cult == "pt" and rng.random() < 0.25:
            l2 = rng.choice(c["lasts"])["m"]
            if l2 != fam:
                name = given + " " + l2 + " " + fam
    return name, given, fam, rg, rf, g, script


def gen_members(rng, n):
    taken = set()
    members = []
    cults = list(CULTURES)
    weights = [CULTURES[k]["w"] for k in cults]
    specials = []
    for cult, fs, ls in SPECIAL_MEMBERS:
        script = CULTURES[cult]["script"]
        fe = parse_entry(fs, script)
        mid = None
        if "|" in ls:
            ls, mid = ls.split("|")
        le = parse_entry(ls, script)
        specials.append((cult, fe, le, mid))
    # specials take fixed, spread-out positions so any directory size >= len(specials) has them
    nspec = min(len(specials), n)
    step = max(1, n // max(1, nspec))
    spec_pos = {i * step: specials[i] for i in range(nspec)}
    for i in range(n):
        if i in spec_pos:
            cult, fe, le, mid = spec_pos[i]
            name, given, fam, rg, rf, g, script = build_name(rng, cult, fe, le, mid, True)
        else:
            cult = rng.choices(cults, weights)[0]
            c = CULTURES[cult]
            fe = rng.choice(c["firsts"])
            le = rng.choice(c["lasts"])
            name, given, fam, rg, rf, g, script = build_name(rng, cult, fe, le)
        m = Member()
        m.idx = i
        m.user = "u%d" % (i + 1)
        m.name, m.given, m.family, m.rg, m.rf, m.g, m.script = name, given, fam, rg, rf, g, script
        m.cult = cult
        m.handle = make_handle(rng, rg, rf, taken)
        members.append(m)
    return members


class Directory:
    def __init__(self, members):
        self.members = members
        self.by_cult = {}
        for m in members:
            self.by_cult.setdefault(m.cult, []).append(m)
        self.handles = {m.handle.lower() for m in members}
        self.full = {}
        for m in members:
            self.full.setdefault(fold(m.name), m)
        self.givens = {fold(m.given) for m in members}
        self.families = {fold(m.family) for m in members}
        self.by_given = {}
        for m in members:
            self.by_given.setdefault((m.cult, m.given), m)
        # tokenised full names for the accidental-mention check
        self.ngram = set()
        self.nospace = set()
        for m in members:
            toks = tokens_norm(m.name)
            if len(toks) >= 2:
                self.ngram.add(tuple(toks))
            if m.cult in ("zh", "ko") or (m.cult == "ja" and " " not in m.name and "\u3000" not in m.name):
                self.nospace.add(m.name)
            if m.cult == "ja":
                self.nospace.add(m.name.replace(" ", "").replace("\u3000", ""))

    def pick(self, rng, cult):
        pool = self.by_cult.get(cult) or self.members
        return rng.choice(pool)

    def special(self, cult, given):
        return self.by_given.get((cult, given))


TOKEN_RE = re.compile(r"[^\s.,;:!?()\[\]{}<>\"“”„«»|/\\*#@`~=+…—–\-_&%$€£¥₹₽₩฿₫₦₱0-9\u3000、。！？：；（）「」『』・]+")


def tokens_norm(s):
    out = []
    for t in TOKEN_RE.findall(s):
        t = re.split(r"['’]", t)[0]
        if t:
            out.append(fold(t))
    return out


def tokens_pos(s):
    out = []
    for mt in TOKEN_RE.finditer(s):
        t = re.split(r"['’]", mt.group())[0]
        if t:
            out.append((mt.start(), mt.start() + len(t), fold(t)))
    return out


# ----------------------------------------------------------------------------------------------
# e-mails, URLs, handles
# ----------------------------------------------------------------------------------------------

FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com",
           "bigpond.com", "proton.me", "aol.com", "live.ca"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "gmx.net"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "hotmail.fr", "gmail.com", "sfr.fr"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr": ["hotmail.com", "gmail.com", "yandex.com.tr", "outlook.com.tr"],
    "sv": ["telia.com", "bredband.net", "gmail.com", "hotmail.se"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com", "inbox.ru"],
    "uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua"], "el": ["yahoo.gr", "otenet.gr", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"], "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "bn": ["gmail.com", "yahoo.com"], "ta": ["gmail.com", "yahoo.co.in"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "i.softbank.jp"],
    "ko": ["naver.com", "daum.net", "kakao.com", "hanmail.net"], "th": ["gmail.com", "hotmail.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"], "tl": ["yahoo.com.ph", "gmail.com"],
}
COMPANY_DOMAINS = ["nordwind-logistik.de", "brightpath.co.uk", "lumenlabs.io", "kestrel-analytics.com",
                   "solara-energia.es", "vanderlinden-bouw.nl", "tecnoservizi.it", "atelier-moreau.fr",
                   "cafe-aurora.com.br", "sakura-soft.co.jp", "hanbit-tech.co.kr", "mekong-trading.vn",
                   "lagos-fintech.ng", "mumbai-textiles.in", "pearlriver-hw.cn", "baltic-freight.pl",
                   "anadolu-yazilim.com.tr", "fjordkraft-data.se", "volga-soft.ru", "dnipro-dev.com.ua",
                   "aegean-tours.gr", "dune-ventures.ae", "carmel-labs.co.il", "bengal-crafts.in",
                   "kaveri-systems.in", "siam-orchid.co.th", "nusantara-digital.id", "bayanihan-bpo.ph",
                   "greenleaf.coop", "tinybird-studio.design", "oakridge-dental.com", "harbourview.com.au",
                   "maple-and-co.ca", "quokka.dev", "riverbend.health", "kleinstadt-bäckerei.de"]
COMPANY_DOMAINS = [d for d in COMPANY_DOMAINS if d.isascii()]
ROLE_LOCALS = ["jobs", "info", "kontakt", "support", "hr", "press", "hello", "team", "booking", "office",
               "careers", "sales", "admin", "contact", "empleo", "recrutement", "lavora", "vacatures"]
EXAMPLE_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "shop.example",
                   "askfirst.example", "acme.test", "staging.test", "localhost.invalid", "corp.example.com"]


def email_local(rng, m):
    rg, rf = re.sub(r"[^a-z0-9]", "", m.rg), re.sub(r"[^a-z0-9]", "", m.rf)
    return rng.choice([rg + "." + rf, rg[0] + "." + rf, rg + rf, rg + "_" + rf, rf + "." + rg,
                       rg + rf + "%02d" % rng.randint(0, 99), rg + str(rng.randint(1975, 2005)),
                       rg[0] + rf, rg + "." + rf[0], rg + "-" + rf, rg + "." + rf + "+" + rng.choice(["shop", "news", "work"])])


def email_gold(rng, m, role=False):
    if role or rng.random() < 0.12:
        return rng.choice(ROLE_LOCALS) + "@" + rng.choice(COMPANY_DOMAINS)
    dom = rng.choice(FREEMAIL.get(m.cult, FREEMAIL["en"])) if rng.random() < 0.65 else rng.choice(COMPANY_DOMAINS)
    e = email_local(rng, m) + "@" + dom
    if rng.random() < 0.04:
        e = e.upper()
    elif rng.random() < 0.08:
        e = e[0].upper() + e[1:]
    return e


def email_obfuscated(rng, m):
    e = email_gold(rng, m)
    local, dom = e.split("@")
    d1, tld = dom.rsplit(".", 1)
    return rng.choice([
        "%s [at] %s [dot] %s" % (local, d1, tld), "%s(at)%s" % (local, dom), "%s (at) %s" % (local, dom),
        "%s[at]%s" % (local, dom), "%s [at] %s" % (local, dom), "%s(at)%s(dot)%s" % (local, d1, tld),
        "%s [AT] %s [DOT] %s" % (local, d1, tld), "%s {at} %s" % (local, dom)])


def email_example(rng, m):
    return email_local(rng, m) + "@" + rng.choice(EXAMPLE_DOMAINS)


def url_profile(rng, m):
    h = m.handle
    hs = re.sub(r"[^a-z0-9]", "", h.lower()) or "user"
    kind = rng.choices(["li", "gh", "x", "md", "bs", "ss", "cal", "af"], [25, 18, 14, 8, 8, 7, 8, 12])[0]
    sch = rng.choice(["", "", "https://", "https://", "https://www.", "www.", "http://"])
    if kind == "li":
        slug = rng.choice([h.replace(".", "-").replace("_", "-"),
                           "%s-%s-%s" % (re.sub(r"[^a-z]", "", m.rg), re.sub(r"[^a-z]", "", m.rf),
                                         "%x" % rng.randint(0x10000, 0xfffffff))])
        host = rng.choice(["linkedin.com", "linkedin.com", "de.linkedin.com", "fr.linkedin.com",
                           "in.linkedin.com", "br.linkedin.com", "uk.linkedin.com"])
        if not host.startswith("linkedin"):
            sch = rng.choice(["", "https://"])
        u = "%s%s/in/%s" % (sch, host, slug)
        if rng.random() < 0.3:
            u += "/"
        return u
    if kind == "gh":
        return "%sgithub.com/%s" % (sch.replace("www.", ""), h.replace(".", "-").replace("_", "-"))
    if kind == "x":
        return "%sx.com/%s" % (sch.replace("www.", ""), h.replace(".", "_"))
    if kind == "md":
        return "%smedium.com/@%s" % (sch.replace("www.", ""), h)
    if kind == "bs":
        return "%sbsky.app/profile/%s.bsky.social" % (rng.choice(["", "https://"]), h.replace("_", "-"))
    if kind == "ss":
        return "%s%s.substack.com" % (rng.choice(["", "https://"]), hs)
    if kind == "cal":
        return "%scalendly.com/%s%s" % (sch.replace("www.", ""), h.replace(".", "-").replace("_", "-"),
                                       rng.choice(["", "", "/30min", "/intro-call", "/15min"]))
    return "%saskfirst.example/u/%s" % (rng.choice(["", "https://", "https://"]), h)


URL_NEG = {
    "url_company": ["https://www.{d}/", "{d}/about", "https://{d}/en/company", "www.{d}",
                    "linkedin.com/company/{s}", "https://www.linkedin.com/company/{s}/",
                    "github.com/features/actions", "github.com/pricing", "https://github.com/enterprise",
                    "x.com/tos", "https://medium.com/about", "{d}/contact"],
    "url_careers": ["{d}/careers", "https://careers.{d}/jobs/{n}", "jobs.lever.co/{s}/{u}",
                    "https://boards.greenhouse.io/{s}/jobs/{n}", "linkedin.com/jobs/view/{n}",
                    "https://www.{d}/jobs", "https://{s}.recruitee.com/o/backend-engineer",
                    "https://{s}.personio.de/job/{n}"],
    "url_docs": ["https://docs.python.org/3/library/ipaddress.html", "developer.mozilla.org/en-US/docs/Web/HTTP/Status/502",
                 "https://kubernetes.io/docs/concepts/services-networking/service/",
                 "learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses",
                 "https://docs.github.com/en/actions/using-workflows", "docs.docker.com/network/",
                 "https://www.postgresql.org/docs/16/runtime-config-connection.html",
                 "nginx.org/en/docs/http/ngx_http_realip_module.html", "https://{s}.readthedocs.io/en/latest/",
                 "https://docs.djangoproject.com/en/5.0/ref/settings/"],
    "url_paper": ["arxiv.org/abs/{a}", "https://arxiv.org/pdf/{a}", "https://doi.org/10.1145/{n7}.{n6}",
                  "doi.org/10.1038/s41586-0{n2}-0{n4}-{n1}", "https://aclanthology.org/2023.acl-long.{n3}",
                  "openreview.net/forum?id={u8}", "https://papers.ssrn.com/sol3/papers.cfm?abstract_id={n7}"],
    "url_event": ["https://www.eventbrite.com/e/{s}-meetup-tickets-{n12}", "lu.ma/{u8}",
                  "https://www.meetup.com/{s}/events/{n9}/", "ti.to/{s}/2024", "https://www.eventbrite.de/e/{s}-{n12}"],
    "url_form": ["forms.gle/{u10}", "https://docs.google.com/forms/d/e/1FAIpQL{u20}/viewform",
                 "https://tally.so/r/{u6}", "{s}.typeform.com/to/{u8}", "https://forms.office.com/r/{u10}"],
}


def url_negative(rng, cat=None):
    cat = cat or rng.choice(list(URL_NEG))
    t = rng.choice(URL_NEG[cat])
    d = rng.choice(COMPANY_DOMAINS)
    s = d.split(".")[0]
    alnum = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    u = t.format(d=d, s=s, n=digits(rng, 7), u="%08x-%04x-4%03x" % (rng.randint(0, 2 ** 32 - 1), rng.randint(0, 65535), rng.randint(0, 4095)),
                 a="%02d%02d.%05d" % (rng.randint(19, 24), rng.randint(1, 12), rng.randint(1, 29999)),
                 n7=digits(rng, 7), n6=digits(rng, 6), n2=digits(rng, 2), n4=digits(rng, 4), n1=digits(rng, 1),
                 n3=str(rng.randint(1, 900)), n12=nz_digits(rng, 12), n9=nz_digits(rng, 9),
                 u8="".join(rng.choice(alnum) for _ in range(8)), u10="".join(rng.choice(alnum) for _ in range(10)),
                 u20="".join(rng.choice(alnum) for _ in range(20)), u6="".join(rng.choice(alnum) for _ in range(6)))
    return u, cat


def url_example(rng, m):
    return rng.choice(["https://example.com/profile/%s" % m.handle, "example.org/u/%s" % m.handle,
                       "https://askfirst.example/help/privacy", "askfirst.example/settings/account",
                       "http://shop.example/cart?id=%s" % digits(rng, 6), "https://staging.test/login",
                       "https://www.example.net/docs", "api.example.com/v1/users/%s" % digits(rng, 5),
                       "https://askfirst.example/terms", "http://intranet.invalid/wiki"])


def random_nonmember_handle(rng, directory):
    while True:
        h = rng.choice([rng.choice(_SYL) + rng.choice(_SYL) + rng.choice(["", "_", "."]) + rng.choice(_SYL),
                        rng.choice(_SYL) + rng.choice(_SYL) + str(rng.randint(1, 999)),
                        "not_" + rng.choice(_SYL) + rng.choice(_SYL), rng.choice(_SYL) + "_" + rng.choice(["dev", "art", "irl", "fan", "pics"])])
        h = h.strip("._")
        if h.lower() not in directory.handles and h.lower() not in BRAND_LOWER:
            return h


# ----------------------------------------------------------------------------------------------
# cue-carrying phone-shaped negatives (values; the cue word is in the template or in the value)
# ----------------------------------------------------------------------------------------------

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date_value(rng, style):
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    fm = {"iso": "%04d-%02d-%02d" % (y, mo, d), "dmy.": "%02d.%02d.%04d" % (d, mo, y),
          "dmy/": "%02d/%02d/%04d" % (d, mo, y), "mdy/": "%02d/%02d/%04d" % (mo, d, y),
          "ymd/": "%04d/%02d/%02d" % (y, mo, d), "dmy-": "%02d-%02d-%04d" % (d, mo, y),
          "ymd.": "%04d.%02d.%02d" % (y, mo, d), "dmy.y": "%02d.%02d.%02d" % (d, mo, y % 100)}
    return fm[style]


def time_value(rng, style="24"):
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20, 50])
    if style == "fr":
        return "%dh%02d" % (h, m)
    if style == "range":
        return "%02d:%02d–%02d:%02d" % (h, m, min(h + rng.randint(1, 2), 23), rng.choice([0, 30]))
    if style == "12":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    return "%02d:%02d" % (h, m)


def order_value(rng):
    return rng.choice(["%s-%s-%s" % (nz_digits(rng, 3), digits(rng, 7), digits(rng, 7)),
                       "%s %s %s" % (nz_digits(rng, 4), digits(rng, 4), digits(rng, 4)),
                       "#%s-%s" % (rng.randint(2019, 2026), nz_digits(rng, 5)),
                       "A-%d-%06d" % (rng.randint(2019, 2026), rng.randint(1, 999999)),
                       "#%s" % nz_digits(rng, 10), "%s/%s" % (nz_digits(rng, 5), digits(rng, 4)),
                       "SO-%s" % nz_digits(rng, 6)])


def ticket_value(rng):
    return rng.choice(["#%s-%s" % (nz_digits(rng, 4), digits(rng, 4)),
                       "%s %s %s" % (nz_digits(rng, 2), digits(rng, 3), digits(rng, 3)),
                       "INC%s" % digits(rng, 7), "%d-%s" % (rng.randint(2019, 2026), nz_digits(rng, 6)),
                       "%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)),
                       "CS-%s" % nz_digits(rng, 8), "#%s" % nz_digits(rng, 7)])


def _grp(n, sep, indian=False):
    s = str(n)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def price_value(rng, style):
    n = rng.choice([rng.randint(1000, 9999), rng.randint(10000, 99999), rng.randint(100000, 2500000)])
    c = rng.randint(0, 99)
    if style == "usd":
        return rng.choice(["$%s.%02d" % (_grp(n, ","), c), "$%s" % _grp(n, ","), "USD %s.%02d" % (_grp(n, ","), c)])
    if style == "gbp":
        return rng.choice(["£%s" % _grp(n, ","), "£%s.%02d" % (_grp(n, ","), c)])
    if style == "aud":
        return "A$%s" % _grp(n, ",")
    if style == "eur":
        return rng.choice(["%s,%02d €" % (_grp(n, "."), c), "€ %s,%02d" % (_grp(n, "."), c), "%s €" % _grp(n, "."),
                           "EUR %s,%02d" % (_grp(n, "."), c), "%s,- €" % _grp(n, ".")])
    if style == "eur_fr":
        return rng.choice(["%s,%02d\u00a0€" % (_grp(n, NBSP), c), "%s €" % _grp(n, " "), "%s,%02d €" % (_grp(n, " "), c)])
    if style == "brl":
        return "R$ %s,%02d" % (_grp(n, "."), c)
    if style == "inr":
        return rng.choice(["₹%s" % _grp(n, ",", True), "Rs. %s" % _grp(n, ",", True), "₹ %s/-" % _grp(n, ",", True), "INR %s" % _grp(n, ",", True)])
    if style == "jpy":
        return rng.choice(["¥%s" % _grp(n, ","), "%s円" % _grp(n, ","), "￥%s" % _grp(n, ",")])
    if style == "cny":
        return rng.choice(["¥%s" % _grp(n, ","), "%s元" % n, "￥%s.00" % _grp(n, ","), "RMB %s" % _grp(n, ",")])
    if style == "krw":
        return rng.choice(["₩%s" % _grp(n * 10, ","), "%s원" % _grp(n * 10, ",")])
    if style == "rub":
        return rng.choice(["%s ₽" % _grp(n, " "), "%s руб." % _grp(n, " "), "%s₽" % _grp(n, " ")])
    if style == "uah":
        return rng.choice(["%s грн" % _grp(n, " "), "₴%s" % _grp(n, " ")])
    if style == "pln":
        return "%s,%02d zł" % (_grp(n, " "), c)
    if style == "try":
        return rng.choice(["₺%s,%02d" % (_grp(n, "."), c), "%s TL" % _grp(n, ".")])
    if style == "sek":
        return "%s kr" % _grp(n, " ")
    if style == "aed":
        return rng.choice(["AED %s" % _grp(n, ","), "%s درهم" % _grp(n, ",")])
    if style == "ils":
        return rng.choice(["₪%s" % _grp(n, ","), "%s ש\"ח" % _grp(n, ",")])
    if style == "thb":
        return rng.choice(["฿%s" % _grp(n, ","), "%s บาท" % _grp(n, ",")])
    if style == "vnd":
        return rng.choice(["%s ₫" % _grp(n * 100, "."), "%sđ" % _grp(n * 100, ".")])
    if style == "idr":
        return "Rp %s" % _grp(n * 100, ".")
    if style == "php":
        return "₱%s" % _grp(n, ",")
    if style == "ngn":
        return "₦%s" % _grp(n, ",")
    if style == "bdt":
        return "৳%s" % _grp(n, ",")
    if style == "mxn":
        return "MX$%s" % _grp(n, ",")
    raise KeyError(style)


def version_value(rng):
    return rng.choice(["%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 40), rng.randint(0, 30)),
                       "%d.%d" % (rng.randint(1, 30), rng.randint(0, 99)),
                       "%d.%d.%d-%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 30), rng.randint(1, 9)),
                       "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(256, 4800)),
                       "%d.%d.%d.%d" % (rng.randint(100, 130), 0, rng.randint(1000, 6999), rng.randint(256, 400))])


def version_ip_value(rng):
    return rng.choice(["%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 30), rng.randint(0, 255)),
                       "%d.0.0.%d" % (rng.randint(1, 9), rng.randint(1, 250)),
                       "%d.0.0.0" % rng.randint(110, 130)])


def patent_value(rng):
    return rng.choice(["US Pat. No. %s" % _grp(rng.randint(9000000, 12500000), ","),
                       "U.S. Patent No. %s B2" % _grp(rng.randint(9000000, 12500000), ","),
                       "US %d/%07d A1" % (rng.randint(2015, 2024), rng.randint(1, 400000)),
                       "EP %s %s %s B1" % (rng.randint(1, 4), digits(rng, 3), digits(rng, 3)),
                       "DE 10 %d %s %s A1" % (rng.randint(2015, 2024), digits(rng, 3), digits(rng, 3)),
                       "WO %d/%06d" % (rng.randint(2015, 2024), rng.randint(1, 250000)),
                       "CN %s A" % nz_digits(rng, 9), "JP %d-%06d A" % (rng.randint(2015, 2024), rng.randint(1, 250000))])


# ----------------------------------------------------------------------------------------------
# records
# ----------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"(\{[A-Z][A-Z0-9]*\}|\[\[[^\]]+\]\])")
CASED = {"Latn", "Cyrl", "Grek"}


class Rec:
    def __init__(self, gen, lang, kind):
        self.gen = gen
        self.rng = gen.rng
        self.lang = lang
        self.kind = kind
        self.L = dict(LANGS[lang], hard=gen.hard[lang])
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.caps = False
        self.typo = 0.0
        self.nospace = 0.0
        self.people = []
        self.greeted = []

    # -- low level
    def lit(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def gold(self, s, t):
        st = self.n
        self.lit(s)
        self.spans.append((st, self.n, t))

    def neg(self, s, c):
        st = self.n
        self.lit(s)
        self.negs.append((st, self.n, c))

    def text(self):
        return "".join(self.buf)

    def last_char(self):
        return self.buf[-1][-1] if self.buf and self.buf[-1] else ""

    # -- messiness on literal template text only (never inside PII, never on a cue word)
    def mess(self, s, protect_tail):
        rng = self.rng
        if self.L["script"] == "Latn" and self.typo > 0:
            words = re.split(r"(\s+)", s)
            idx = [i for i, w in enumerate(words) if w.strip()]
            tail = set(idx[-2:]) if protect_tail else set()
            for i, w in enumerate(words):
                if i in tail or len(w) < 5 or not w.isalpha() or not w.islower():
                    continue
                if rng.random() < self.typo:
                    k = rng.randint(1, len(w) - 3)
                    op = rng.random()
                    if op < 0.45:
                        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                    elif op < 0.75:
                        w = w[:k] + w[k + 1:]
                    else:
                        w = w[:k] + w[k] + w[k:]
                    words[i] = w
            s = "".join(words)
        if self.nospace > 0:
            s = re.sub(r"(?<=[a-zà-ÿа-я])([.,!?]) (?=[A-Za-zА-Яа-я])",
                       lambda mt: mt.group(1) if rng.random() < self.nospace else mt.group(0), s)
        if self.caps and self.L["script"] in CASED and self.lang != "tr":
            s = s.upper()
        return s

    def fill(self, tpl, mess=True):
        pieces = SLOT_RE.split(tpl)
        for i, p in enumerate(pieces):
            if not p:
                continue
            if p.startswith("[["):
                txt, cat = p[2:-2].rsplit("|", 1)
                self.neg(txt, cat)
            elif p.startswith("{") and p[1:-1] in SLOTS:
                SLOTS[p[1:-1]](self)
            else:
                nxt_slot = i + 1 < len(pieces) and bool(pieces[i + 1])
                if mess:
                    self.lit(self.mess(p, nxt_slot))
                elif self.caps and self.L["script"] in CASED and self.lang != "tr":
                    self.lit(p.upper())
                else:
                    self.lit(p)

    # -- people
    def member(self, fresh=False):
        rng = self.rng
        if self.people and not fresh and rng.random() < 0.25:
            return rng.choice(self.people)
        cult = rng.choices(*zip(*self.L["cult"]))[0]
        m = self.gen.dir.pick(rng, cult)
        self.people.append(m)
        return m

    def recent(self, p=0.7):
        """the person most recently named in this record (so a profile URL or an address
        belongs to the name next to it), else a new member"""
        if self.people and self.rng.random() < p:
            return self.people[-1]
        return self.member()

    def render_name(self, m):
        rng = self.rng
        s = m.name
        if m.script == "Latn" and rng.random() < 0.12:
            s = strip_diacritics(s)
        if m.script in CASED and m.cult != "tr":
            if self.caps:
                s = s.upper()
            elif rng.random() < 0.05:
                s = s.lower()
        return s


def slot_P(r):
    r.gold(r.render_name(r.member()), "PERSON")


def slot_PA(r):          # @-mention written as the full name: "@" outside the span
    r.lit("@")
    r.gold(r.render_name(r.member()), "PERSON")


def slot_PS(r):          # English possessive: span on the name only
    m = r.member()
    s = r.render_name(m)
    r.gold(s, "PERSON")
    if s.endswith(("s", "S")) and r.rng.random() < 0.5:
        r.lit(r.rng.choice(["'", "’"]))
    else:
        r.lit(r.rng.choice(["'s", "'s", "’s"]) if not r.caps else "'S")


def slot_PTR(r):         # Turkish genitive after an apostrophe
    m = r.member()
    s = r.render_name(m)
    r.gold(s, "PERSON")
    vow = [c for c in s.lower() if c in "aeıioöuü"]
    v = vow[-1] if vow else "e"
    suf = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün", "ü": "ün"}[v]
    if s[-1].lower() in "aeıioöuü":
        suf = "n" + suf
    r.lit("'" + suf)


def slot_F(r):           # first (given) name, only used in greetings and thanks
    rng = r.rng
    m = None
    if rng.random() < 0.2 and r.L.get("wordfirst"):
        cult, given = rng.choice(r.L["wordfirst"])
        m = r.gen.dir.special(cult, given)
    if m is None:
        m = r.member()
        if r.L.get("fem_greet"):      # Greek: only names whose vocative equals the nominative
            for _ in range(30):
                if m.g == "f" and m.script == "Grek":
                    break
                m = r.gen.dir.pick(rng, "el")
    s = m.given
    if m.script == "Latn" and rng.random() < 0.08:
        s = strip_diacritics(s)
    if m.script in CASED and m.cult != "tr":
        if r.caps:
            s = s.upper()
        elif rng.random() < 0.06 and fold(s) not in WORDY_FIRSTS:
            s = s.lower()
    r.greeted.append(m)
    r.gold(s, "PERSON")


WORDY_FIRSTS = {"will", "grace", "hope", "rose", "mark", "joy", "faith", "summer", "amber", "dawn",
                "ruby", "holly", "ivy", "frank", "bill", "drew", "chase", "sandy", "ernst", "rosa",
                "pierre", "constance", "luz", "paz", "dolores", "esperanza", "soledad", "felice",
                "serena", "marina", "roos", "graca", "vitoria", "deniz", "umut", "can", "bagus",
                "indah", "putri", "fajar", "lovely", "blessing", "favour", "patience", "mai", "nam",
                "hoa", "long", "lan", "till", "floor", "precious"}


def slot_H(r):
    for _ in range(5):
        m = r.recent(0.5) if r.rng.random() < 0.6 else r.gen.dir.pick(r.rng, r.rng.choice([c for c, _ in r.L["cult"]]))
        if m.handle != getattr(r, "last_handle", None):
            break
    r.last_handle = m.handle
    r.gold("@" + m.handle, "HANDLE")


def slot_BH(r):
    if r.rng.random() < 0.6:
        r.neg("@" + r.rng.choice(BRAND_HANDLES), "non_member_handle")
    else:
        r.neg("@" + random_nonmember_handle(r.rng, r.gen.dir), "non_member_handle")


def slot_E(r):
    rng = r.rng
    e = email_gold(rng, r.recent(0.6))
    k = rng.random()
    if k < 0.05 and r.last_char() in ("", " ", "\n", ":", "("):
        r.lit("mailto:")
        r.gold(e, "EMAIL")
    elif k < 0.12 and r.last_char() in ("", " ", "\n", ":"):
        r.lit("<")
        r.gold(e, "EMAIL")
        r.lit(">")
    else:
        r.gold(e, "EMAIL")


def slot_EG(r):
    r.gold(email_gold(r.rng, r.member()), "EMAIL")


def slot_EO(r):
    r.gold(email_obfuscated(r.rng, r.recent(0.6)), "EMAIL")


def slot_EX(r):
    m = r.gen.dir.pick(r.rng, r.rng.choice([c for c, _ in r.L["cult"]]))
    if r.rng.random() < 0.6:
        r.neg(email_example(r.rng, m), "example_domain")
    else:
        r.neg(url_example(r.rng, m), "example_domain")


def slot_PH(r):
    cc = r.rng.choices(*zip(*r.L["phone"]))[0]
    r.gold(phone(r.rng, cc), "PHONE")


def slot_URL(r):
    r.gold(url_profile(r.rng, r.recent(0.75)), "URL")


def _urlneg(cat):
    def f(r):
        u, c = url_negative(r.rng, cat)
        r.neg(u, c)
    return f


def slot_IP4(r):
    r.gold(ipv4_gold(r.rng), "IPV4")


def slot_IP4P(r):        # with :port or /cidr outside the span
    ip = ipv4_gold(r.rng)
    if r.rng.random() < 0.7:
        r.gold(ip, "IPV4")
        r.lit(":%d" % r.rng.choice([22, 80, 443, 8080, 8443, 3000, 5432, 6379, 25565, 51820]))
    else:
        ip = ".".join(ip.split(".")[:3]) + ".0"
        if not ipv4_gold_ok(ip):
            ip = ipv4_gold(r.rng)
        r.gold(ip, "IPV4")
        r.lit("/%d" % r.rng.choice([24, 24, 28, 29, 32]))


def slot_IP4X(r):
    s, c = ipv4_neg(r.rng)
    r.neg(s, c)


def slot_IP6(r):
    ip = ipv6_gold(r.rng)
    if r.rng.random() < 0.2:
        r.lit("[")
        r.gold(ip, "IPV6")
        r.lit("]:%d" % r.rng.choice([443, 8443, 22, 51820]))
    else:
        r.gold(ip, "IPV6")


def slot_IP6X(r):
    r.neg(ipv6_neg(r.rng), "ipv6_nonglobal")


def slot_VERIP(r):
    r.neg(version_ip_value(r.rng), "version_ip")


def slot_CARD(r):
    r.gold(card_number(r.rng, True), "CREDIT_CARD")


def slot_CARDX(r):
    r.neg(card_number(r.rng, False), "luhn_invalid")


def slot_IBAN(r):
    cc = r.rng.choice(r.L["iban"]) if r.rng.random() < 0.8 else None
    r.gold(iban(r.rng, cc, True), "IBAN")


def slot_IBANX(r):
    cc = r.rng.choice(r.L["iban"]) if r.rng.random() < 0.8 else None
    r.neg(iban(r.rng, cc, False), "iban_bad_check")


def slot_SSN(r):
    r.gold(ssn(r.rng, True), "US_SSN")


def slot_SSNX(r):
    r.neg(ssn(r.rng, False), "ssn_invalid")


def slot_DATE(r):
    r.neg(date_value(r.rng, r.rng.choice(r.L["date"])), "date")


def slot_TIME(r):
    r.neg(time_value(r.rng, r.rng.choice(r.L.get("time", ["24"]))), "time")


def slot_PRICE(r):
    r.neg(price_value(r.rng, r.rng.choice(r.L["price"])), "price")


def slot_ORDER(r):
    r.neg(order_value(r.rng), "order_number")


def slot_TICKET(r):
    r.neg(ticket_value(r.rng), "ticket_number")


def slot_ISBN(r):
    r.lit(r.rng.choice(["ISBN ", "ISBN ", "ISBN-13: ", "ISBN: "]))
    r.neg(isbn13(r.rng) if r.rng.random() < 0.8 else isbn10(r.rng), "isbn")


def slot_VER(r):         # bare version number; the template carries the cue word
    r.neg(version_value(r.rng), "version")


def slot_VERV(r):        # "v"-prefixed version, the "v" is the cue and part of the span
    r.neg("v" + version_value(r.rng), "version")


def slot_PAT(r):
    r.neg(patent_value(r.rng), "patent")


def slot_MAC(r):
    sep = r.rng.choice([":", "-"])
    r.neg(sep.join("%02x" % r.rng.randint(0, 255) for _ in range(6)), "mac_address")


def slot_REQ(r):
    rng = r.rng
    r.neg(rng.choice(["%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                       rng.getrandbits(16), rng.getrandbits(48)),
                      "%s-%s-%s-%s" % (nz_digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 4)),
                      "req_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(16)),
                      "%s %s %s" % (nz_digits(rng, 3), digits(rng, 3), digits(rng, 4))]), "request_id")


def slot_HARD(r):
    r.fill(r.rng.choice(r.L["hard"]), mess=False)


SLOTS = {k[5:]: v for k, v in list(globals().items()) if k.startswith("slot_")}
SLOTS.update({"URLC": _urlneg("url_company"), "URLJ": _urlneg("url_careers"), "URLD": _urlneg("url_docs"),
              "URLP": _urlneg("url_paper"), "URLE": _urlneg("url_event"), "URLF": _urlneg("url_form"),
              "URLN": _urlneg(None)})


# ----------------------------------------------------------------------------------------------
# language resources (all prose written for this corpus)
# ----------------------------------------------------------------------------------------------

LANGS = {}

LANGS["en"] = dict(
    script="Latn",
    cult=[("en", 70), ("ng", 7), ("in", 8), ("de", 2), ("fr", 2), ("es", 3), ("it", 1), ("nl", 1), ("pt", 1),
          ("pl", 1), ("sv", 1), ("vi", 1), ("tl", 1), ("id", 1)],
    phone=[("US", 40), ("UK", 20), ("AU", 8), ("NG", 6), ("IN", 8), ("DE", 3), ("FR", 2), ("ES", 2),
           ("IT", 2), ("NL", 2), ("BR", 2), ("JP", 2), ("CN", 2)],
    iban=["GB", "IE", "DE", "NL", "FR", "ES"],
    date=["iso", "mdy/", "dmy/", "iso"], time=["24", "12", "range"], price=["usd", "usd", "gbp", "aud"],
    wordfirst=[("en", "Will"), ("en", "Grace"), ("en", "Hope"), ("en", "Rose"), ("en", "Mark"), ("en", "Joy"),
               ("en", "Faith"), ("en", "Summer"), ("en", "Frank"), ("en", "Bill"), ("en", "Holly"),
               ("en", "Charlotte"), ("en", "Sydney"), ("en", "Austin"), ("en", "Georgia"), ("ng", "Blessing")],
    greet=["Hi {F},", "Hey {F}!", "hi {F}", "Hello {F},", "Morning {F} ☀️", "Yo {F}!", "Dear {F},", "Hiya {F}!"],
    thanks=["Thanks, {F}!", "thanks {F} 🙏", "Thank you {F}!!", "Thx {F}", "Cheers {F}!", "Ty {F} ❤️",
            "Thanks so much, {F}.", "Big thanks to {F}!"],
    body=[
        "anyone know how to reach {P}? tried {E} but it bounced 🙃",
        "if ur in the area hmu {PH} (text pls, no calls)",
        "Big shoutout to {H} for helping w/ the migration!!",
        "just met {P} at the meetup, their slides are up on {URL}",
        "{PS} talk was honestly the best one of the day",
        "We're hiring!! apply via {URLJ} or email {E} with DEV in the subject",
        "pls dont DM me here, use {EO} (bots scrape everything lol)",
        "cc {H} {H} can one of u look at this before {DATE}?",
        "My new number is {PH}, old one is dead. {P} pls update the group chat",
        "They wanted my full card number ({CARD}) over the phone?? hung up immediately",
        "Rent goes to {IBAN} by the 3rd pls, reference 'flat 2B'",
        "my tax guy asked for my SSN ({SSN}) by email. is that normal???",
        "DM'd {BH} about order {ORDER}, still nothing after a week 😤",
        "book rec: {ISBN}. {P} lent it to me and i cant put it down",
        "This week's speaker: {P} ({URL}). RSVP: {URLE}",
        "survey for our study is here {URLF} and the preprint is {URLP}",
        "call {P} on {PH} or just email {E}",
        "typo'd my card number as {CARDX} and of course it got declined lol",
        "payment page says IBAN {IBANX} is invalid, i've checked it 3 times",
        "the form rejects {SSNX} as an SSN, fair enough, it's the sample from the instructions",
        "anyone else getting spam from {EX}? not even a real domain",
        "follow me on {URL} and {URL} 🙏",
        "{P} just got promoted!!! 🎉🎉 so proud",
        "ugh {BH} support closed my ticket {TICKET} without reading it",
        "price dropped to {PRICE}, grab it before {DATE} ⏰",
        "meeting moved to {TIME} (dial-in {PH})",
        "ppl keep confusing my handle {H} with {BH} smh",
        "for anyone asking, my portfolio is {URL}.",
        "Contact person for the venue is {P}, {PH}, {E}",
        "if u find a black wallet near the station pls call {PH}!! reward 🙏",
        "{PA} congrats on the new job!!",
        "booking calls via {URL} from now on, no more email ping-pong",
        "Donations for the shelter: {IBAN} (account holder {P})",
        "my Venmo is tied to {E} if anyone wants to chip in for the gift",
        "who tagged {BH} in this thread lol",
        "{P} ({H}) is the one who set up the whole thing",
        "game server is at {IP4}, password in the group chat",
        "my home IP {IP4} got banned from the forum for no reason??",
        "invoice {ORDER} still unpaid, reminder sent to {E}",
        "our office line is {PH}, mon-fri",
        "sent u the deck, check {E}",
        "{PS} newsletter is so good: {URL}",
        "My AMEX got cloned, the charges came from {CARD}?? bank says it's a virtual number",
        "the quote came to {PRICE} incl. shipping, order {ORDER}",
        "docs are at {URLD}, no need to email {E} about it",
        "Reminder: {P} is out until {DATE}, ping {H} instead",
        "reply to {EX} is a black hole btw, use {E}",
        "wifi at the venue: router {IP4X}, ask {P} for the password",
        "Our patent ({PAT}) finally got granted!!! 5 years 😭",
        "the new app is {VERV} and it STILL logs me out",
        "W-2 came back with my SSN as {SSN}, HR typed it wrong somewhere",
        "background check form wants SSN: {SSN}. sending that over chat feels wrong",
        "the sample SSN {SSNX} in the tutorial looks real, careful",
        "PSA: {SSNX} is not a valid SSN, the portal will reject it",
        "a letter with my kid's SSN {SSN} went to the wrong house 😡",
        "citing {URLP} in my thesis, and {URLP} for the baseline",
        "the docs say to set the flag, see {URLD}",
        "RTFM: {URLD}",
        "Volunteer sign-up: {URLF} (closes {DATE})",
        "quick poll for the team retreat {URLF}",
        "Reading list: {ISBN} and {ISBN}",
        "second edition ({ISBN}) has the fixed errata",
        "their design is covered by {PAT}, so no cloning it",
        "tix for the conference: {URLE}",
        "the test card {CARDX} from the blog doesn't work in live mode obviously",
        "IBAN {IBANX} fails validation, one digit must be off",
        "Luhn check fails on {CARDX}, so it's a typo not fraud",
        "{IP6} is my server's v6 address, pings fine",
        "if you're behind {IP4X} you're on the guest wifi",
        "whitelist {IP4P} pls",
        "IPv6 {IP6} works but {IP4} times out??",
        "the docs use {IP6X} as the example address, don't copy it",
        "their site is {URLC}, the founder is {P} ({URL})",
        "jobs page {URLJ} is broken, emailed {E} about it",
        "{P} wrote the paper ({URLP}), you can book office hours at {URL}",
        "someone ordered 3 TVs on my Visa {CARD}, bank is 'investigating'",
        "the full card number {CARD} is visible in your screenshot, blur it!!",
        "{PAT} expired last year so the clones are everywhere now",
        "HR emailed everyone a spreadsheet with {P}'s SSN {SSN} in it 🤦",
        "refund went to the old card {CARD}, not the new one",
        "shoutout to {PA} and {PA} for organising 🙌",
        "{PS} and {PS} teams are merging, fun times",
    ],
    filler=["ok so this happened today.", "not sure if this is the right place to ask but here goes",
            "lol same", "update: still broken.", "edit: fixed the typo", "idk man, it worked yesterday",
            "this is the third time this week!!!", "seriously why is nobody talking about this",
            "anyway rant over", "long story short, it's fine now", "any advice appreciated, thx in advance",
            "I'm so tired of this", "tbh the new layout is growing on me",
            "posting here bc the official forum is dead", "pls share, it matters", "not sponsored btw",
            "would love some feedback before friday", "it's a long one, sorry in advance",
            "Quick question for the group.", "just putting this out there.",
            "so grateful for this community honestly", "ok who else is still awake",
            "it took me 3 hours to figure this out", "the app crashed twice while I was typing this",
            "no hate to the devs but come on", "can someone explain like im five",
            "brb getting coffee", "happy friday everyone!", "I need a vacation lol",
            "this thread is gold", "what a week."],
    hard=["Thanks, [[will|word_name]] do!", "[[Hope|word_name]] this helps someone 🙏",
          "[[Will|word_name]] post the recording tomorrow.", "There's a 30-day [[grace|word_name]] period on the invoice.",
          "[[Mark|word_name]] this as solved pls", "the [[rose|word_name]] bushes are finally blooming 🌹",
          "it's all about [[will power|word_name]] tbh", "got the [[rose gold|word_name]] one, no regrets",
          "nothing beats a [[sandy beach|word_name]] and a cold drink", "[[Faith|word_name]] in humanity restored",
          "pure [[joy|word_name]] watching the kids open presents", "[[Summer|word_name]] is finally here ☀️",
          "to be [[frank|word_name]], the update broke everything", "[[Amber|word_name]] alert on my phone at 3am 😳",
          "please [[bill|word_name]] it to the project code", "[[Dawn|word_name]] patrol surf session 🌊",
          "[[Holly|word_name]] and [[ivy|word_name]] everywhere at the christmas market",
          "ok thanks, [[will|word_name]] check tomorrow",
          "Just got an offer from [[Morgan Stanley|company]] 😭🙏", "[[Charles Schwab|company]] app is down again??",
          "Bought the sofa at [[John Lewis|company]], delivery was a nightmare", "[[Ted Baker|company]] sale is on!!",
          "my [[Ralph Lauren|company]] shirt shrank in the wash 😤", "anyone worked at [[Tom Ford|company]] retail?",
          "got a [[Kate Spade|company]] bag for my mom", "[[Walt Disney|company]] World trip was expensive af",
          "[[Harley Davidson|company]] dealership near me closed", "[[Estée Lauder|company]] night serum, worth it?",
          "[[Calvin Klein|company]] 3-pack was on sale", "the [[Paul Smith|company]] store had a queue out the door",
          "[[Marc Jacobs|company]] perfume is my whole personality now", "[[Tommy Hilfiger|company]] outlet haul 🛍️",
          "Flying into [[Charlotte|place]], NC tomorrow, any food recs?", "moved to [[Florence|place]] last spring 🇮🇹",
          "the [[Sydney|place]] office is hiring btw", "road trip from [[Adelaide|place]] to [[Alice Springs|place]] 🚗",
          "ppl in [[Austin|place]], TX: where's the best brisket?", "[[Milton Keynes|place]] roundabouts are something else",
          "sunset walk around [[Stanley Park|place]] 🌅", "gig at [[Victoria Park|place]] this saturday",
          "cruise stopped at [[Charlotte Amalie|place]] for a day", "living in [[Savannah|place]], GA is a vibe",
          "[[Dallas|place]] traffic is the worst", "moving from [[Regina|place]], SK to [[Victoria|place]], BC",
          "[[Georgia|place]] (the country, not the state) was amazing", "anyone from [[Lincoln|place]], Nebraska here?",
          "implemented [[Dijkstra|eponym]]'s algorithm for the first time and it WORKS",
          "[[Levenshtein|eponym]] distance is your friend for fuzzy matching",
          "a [[Kalman|eponym]] filter fixed our GPS jitter", "[[Bloom|eponym]] filters for dedup, thank me later",
          "[[Markov|eponym]] chains are underrated", "[[Hamming|eponym]] distance between the two hashes is 3",
          "[[Huffman|eponym]] coding homework is killing me", "applied for the [[Marie Curie|eponym]] fellowship 🤞",
          "postdoc at the [[Max Planck|eponym]] Institute starting in october",
          "the [[Alan Turing|eponym]] Institute is hosting a hackathon", "[[Ada Lovelace|eponym]] Day event at the library",
          "[[Rosalind Franklin|eponym]] Institute open day was great",
          "my dad was diagnosed with [[Parkinson|eponym]]'s last year", "[[Nash|eponym]] equilibrium explained with pizza",
          "volunteering at the [[Florence Nightingale|eponym]] Museum this summer"],
    tech=["prod is down AGAIN, logs below. any ideas??", "getting this after upgrading to {VERV}:",
          "this keeps showing up in the logs every few minutes, is someone scanning us?",
          "Help! container can't reach the db:", "pasting the trace, sorry for the wall of text",
          "our monitoring flagged this overnight:", "works on my machine™, fails in CI:"],
    ai=["✨ Write with AI › make this sound more professional:", "[AI assist] Rewrite my bio:",
        "Help me write a post about this:", "Improve my message:", "Make this shorter pls:",
        "✍️ Draft a polite reminder based on:"],
    oneword=["+1", "this.", "👍", "lol", "same", "bump", "ok", "nice", "W", "facts", "💯", "agreed", "yes!!",
             "following", "thx", "🙏🙏", "huh?", "source?", "lmao"],
    tags=["#hiring", "#opentowork", "#devlife", "#python", "#rant", "#mondaymotivation", "#help", "#tbt",
          "#womenintech", "#remotework", "#smallbusiness", "#london", "#nyc"],
    sig=dict(tel="Tel", mob="Mobile", mail="Email", web="Web", roles=["Senior Data Engineer", "Office Manager",
             "Head of Sales", "Product Designer", "Account Executive", "Founder & CEO", "Nurse Practitioner"]),
    table=["Name", "Role", "Phone", "Email"], roles=["lead", "backup", "on-call", "PM", "QA", "design"],
    quote=["On {DATE} at {TIME}, {P} <{EG}> wrote:", "{P} wrote:", "Quoting {H}:", "> {P} said:"],
    caps=["WHY IS THIS SO HARD", "I AM SO DONE", "NOBODY TOLD ME", "READ THE POST BEFORE REPLYING",
          "STOP CALLING ME"],
)

LANGS["de"] = dict(
    script="Latn", cult=[("de", 85), ("tr", 5), ("pl", 4), ("en", 3), ("it", 3)],
    phone=[("DE", 85), ("AT", 8), ("CH", 7)], iban=["DE", "DE", "DE", "AT", "CH"],
    date=["dmy.", "dmy.", "iso", "dmy.y"], time=["24"], price=["eur"],
    wordfirst=[("de", "Ernst"), ("de", "Rosa"), ("de", "Frank"), ("de", "Till")],
    greet=["Hallo {F},", "Hi {F}!", "Moin {F}", "Hey {F} 👋", "Servus {F}!"],
    thanks=["Danke, {F}!", "Vielen Dank {F} 🙏", "Danke dir {F}!!", "Tausend Dank, {F}!", "Merci {F}"],
    body=[
        "Weiß jemand wie ich {P} erreiche? Mail an {E} kam zurück 🙄",
        "Bin ab {DATE} wieder da, bis dahin bitte an {E} wenden.",
        "Neue Handynummer: {PH}, die alte bitte löschen!!",
        "Riesen Dank an {H} für die Hilfe beim Umzug!!",
        "Kontakt für die Besichtigung: {P}, Tel. {PH}",
        "Miete bitte wie immer auf {IBAN}, Verwendungszweck Miete WG",
        "Spenden für den Tierschutzverein gerne an {IBAN} (Kontoinhaber:in {P})",
        "Die Bank sagt die IBAN {IBANX} ist ungültig?? hab sie dreimal abgetippt",
        "Meine Bestellung {ORDER} ist immer noch nicht da und {BH} antwortet nicht",
        "Ticket {TICKET} wurde einfach geschlossen. Danke für nix.",
        "Profil von {P}: {URL}",
        "Bei Fragen: {EO} (bitte nicht hier posten wegen Spam)",
        "Termin ist am {DATE} um {TIME}, Treffpunkt vor dem Bahnhof",
        "Kostet jetzt {PRICE} statt {PRICE}, lohnt sich!!",
        "Hab {P} auf dem Meetup getroffen, Folien gibt's unter {URL}",
        "Karte {CARDX} wird abgelehnt, Zahlendreher wahrscheinlich 🙈",
        "Wir suchen Verstärkung! Bewerbung über {URLJ} oder an {E}",
        "Ruft einfach {P} an: {PH}",
        "Anmeldung zum Workshop hier: {URLF}",
        "Der Server hängt unter {IP4}, kann das jemand bestätigen?",
        "Festnetz {PH}, mobil {PH}.",
        "cc {H}, schau mal bitte drüber",
        "Gestern hat {P} den Vortrag gehalten, Aufzeichnung kommt auf {URL}",
        "Die Kreditkarte {CARD} wurde ohne mein Wissen belastet, was tun???",
        "Rechnung {ORDER} über {PRICE} ging an {E}, keine Antwort bisher",
        "Mails von {EX} sind Phishing, nicht klicken!",
        "Unser Büro erreicht ihr unter {PH} oder {E}.",
        "Buchtipp: {ISBN}",
        "Das Paper dazu: {URLP}",
        "Steht alles in der Doku: {URLD}",
        "Umfrage zur Weihnachtsfeier: {URLF}",
        "Unser Patent {PAT} ist endlich erteilt!",
        "IPv6 {IP6} geht, IPv4 nicht, warum??",
        "Tickets gibt es hier: {URLE}",
        "Die Karte {CARDX} geht nicht durch, ich hab mich bestimmt vertippt",
        "Jemand hat mit meiner Kreditkarte {CARD} eingekauft, Sperre läuft",
        "Siehe {PAT}, das ist genau unser Verfahren",
        "{PA} Glückwunsch zum neuen Job!!",
    ],
    filler=["Sorry für den langen Post.", "Bin echt am verzweifeln...", "Hat jemand Erfahrung damit?",
            "Nachtrag: hat sich erledigt.", "Ich fass es nicht!!!", "Kurze Frage in die Runde:",
            "LG und schönes Wochenende", "Danke schonmal im Voraus!", "Keine Ahnung ob das hier reinpasst",
            "Wieder mal typisch Montag.", "Ganz ehrlich, das geht gar nicht.", "Edit: Tippfehler korrigiert",
            "Bitte teilen!", "Bin gespannt auf eure Meinungen.", "Das Wetter ist auch wieder super 🙄"],
    hard=["Im [[Ernst|word_name]], das Update hat alles kaputt gemacht.", "Das ist jetzt [[ernst|word_name]] gemeint, keine Übung!",
          "Lieber das [[rosa|word_name]] Hemd oder das blaue?", "Bewerbung bei [[Hugo Boss|company]] in Metzingen ist raus 🤞",
          "Die Jacke von [[Jil Sander|company]] war im Sale", "[[Robert Bosch|company]] GmbH sucht wieder Werkstudierende",
          "Neues Objektiv von [[Carl Zeiss|company]], der Hammer", "Postdoc am [[Max Planck|eponym]]-Institut ab Oktober",
          "Antrag fürs [[Emmy Noether|eponym]]-Programm ist eingereicht!!", "In der Klausur kam nur [[Dijkstra|eponym]]-Algorithmus dran",
          "Um es mal [[frank|word_name]] und frei zu sagen: das war nix.", "Nächste Woche fliege ich nach [[Sydney|place]] 🦘"],
    tech=["Seit dem Update auf {VERV} kommt nur noch das hier:", "Container erreicht die DB nicht, Log anbei:",
          "Kann jemand mit dem Stacktrace was anfangen?"],
    ai=["✨ KI-Assistent › Formuliere das professioneller:", "Schreib mir eine höfliche Erinnerung:"],
    oneword=["Danke!", "+1", "Same", "👍", "Genau.", "Jup", "läuft", "Top"],
    tags=["#wohnung", "#berlin", "#hamburg", "#jobs", "#ehrenamt", "#nachhaltigkeit"],
    sig=dict(tel="Tel.", mob="Mobil", mail="E-Mail", web="Web", roles=["Projektleiterin", "Vertrieb Innendienst",
             "Geschäftsführer", "Teamassistenz", "Softwareentwickler"]),
    table=["Name", "Rolle", "Telefon", "E-Mail"], roles=["Leitung", "Vertretung", "Bereitschaft", "Technik"],
    quote=["Am {DATE} um {TIME} schrieb {P} <{EG}>:", "{P} schrieb:", "Zitat von {H}:"],
    caps=["ICH KANN NICHT MEHR", "WARUM LIEST HIER KEINER", "SO EINE FRECHHEIT"],
)

LANGS["fr"] = dict(
    script="Latn", cult=[("fr", 88), ("en", 4), ("es", 4), ("it", 4)],
    phone=[("FR", 100)], iban=["FR", "FR", "BE", "LU", "CH"],
    date=["dmy/", "dmy/", "iso"], time=["fr", "24"], price=["eur_fr"],
    wordfirst=[("fr", "Pierre"), ("fr", "Constance"), ("fr", "Rose")],
    greet=["Bonjour {F},", "Salut {F} !", "Coucou {F}", "Hello {F},"],
    thanks=["Merci {F} !", "Merci beaucoup, {F} 🙏", "Un grand merci à {F} !", "Merci {F}!!"],
    body=[
        "Quelqu'un a le contact de {P} ? Mon mail à {E} est revenu",
        "Nouveau numéro : {PH}, l'ancien ne marche plus",
        "Merci à {H} pour le coup de main hier soir !!",
        "Pour la visite de l'appart, appelez {P} au {PH}",
        "Le loyer sur {IBAN} svp, merci de mettre votre nom en libellé",
        "La banque me dit que l'IBAN {IBANX} n'est pas valide ?? je l'ai recopié trois fois",
        "Ma commande {ORDER} n'est toujours pas arrivée, {BH} ne répond pas",
        "Dossier {TICKET} clôturé sans réponse, super le service client",
        "Le profil de {P} : {URL}",
        "Pour les questions : {EO} (pas en commentaire svp)",
        "RDV le {DATE} à {TIME} devant la gare",
        "Il est passé à {PRICE} au lieu de {PRICE}, foncez",
        "Conf de {P} super intéressante, les slides sont sur {URL}",
        "On recrute ! Postulez sur {URLJ} ou écrivez à {E}",
        "Inscriptions à l'atelier : {URLF}",
        "Mon portable {PH}, le fixe du bureau {PH}",
        "cc {H} tu peux regarder stp ?",
        "Quelqu'un a débité ma carte {CARD} sans mon accord, je fais quoi ?",
        "Attention aux mails de {EX}, c'est du phishing",
        "Paiement refusé avec la carte {CARDX}, sûrement une faute de frappe",
        "Envoyez vos CV à {E} avant le {DATE}",
        "Lecture conseillée : {ISBN}",
        "Le papier : {URLP}",
        "Tout est dans la doc : {URLD}",
        "Sondage rapide : {URLF}",
        "Billets ici : {URLE}",
        "Notre brevet {PAT} est accordé !",
        "L'IBAN {IBANX} est refusé, il doit y avoir une faute",
        "{PA} félicitations pour le nouveau poste !",
    ],
    filler=["Désolée pour le pavé.", "Je n'en peux plus...", "Quelqu'un a déjà eu ce souci ?",
            "Edit : c'est réglé.", "Franchement c'est abusé !!!", "Petite question rapide :",
            "Bon week-end à tous", "Merci d'avance !", "Je sais pas si c'est le bon groupe",
            "Lundi, quoi.", "Partagez svp !", "Bref."],
    hard=["Plutôt le pull [[rose|word_name]] ou le bleu ?", "Il y a une [[pierre|word_name]] dans ma chaussure depuis ce matin",
          "Bravo pour la [[constance|word_name]] de l'équipe cette saison", "Entretien chez [[Louis Vuitton|company]] demain 😬",
          "Le parfum [[Christian Dior|company]] est en promo", "Crème [[Yves Rocher|company]] testée et approuvée",
          "Un costume [[Pierre Cardin|company]] trouvé en friperie", "Week-end à [[Florence|place]], c'était magique",
          "Pèlerinage à [[Lourdes|place]] avec ma grand-mère", "Candidature pour la bourse [[Marie Curie|eponym]] envoyée !",
          "Visite de l'Institut [[Pasteur|eponym]] avec la classe"],
    tech=["Depuis la mise à jour {VERV} j'ai ça en boucle :", "Le conteneur n'arrive pas à joindre la base, logs :"],
    ai=["✨ Assistant IA › Rends ce message plus professionnel :", "Écris-moi un rappel poli :"],
    oneword=["Merci !", "+1", "Pareil", "👍", "Exactement.", "mdr", "Top"],
    tags=["#paris", "#lyon", "#emploi", "#entraide", "#logement"],
    sig=dict(tel="Tél.", mob="Port.", mail="Mail", web="Site", roles=["Cheffe de projet", "Responsable commercial",
             "Gérant", "Assistante de direction"]),
    table=["Nom", "Rôle", "Téléphone", "E-mail"], roles=["responsable", "suppléant", "astreinte"],
    quote=["Le {DATE} à {TIME}, {P} <{EG}> a écrit :", "{P} a écrit :"],
    caps=["J'EN AI MARRE", "PERSONNE NE RÉPOND", "C'EST INADMISSIBLE"],
)

LANGS["es"] = dict(
    script="Latn", cult=[("es", 90), ("en", 4), ("pt", 3), ("it", 3)],
    phone=[("ES", 75), ("MX", 25)], iban=["ES", "ES", "ES", "PT"],
    date=["dmy/", "dmy/", "iso", "dmy-"], time=["24"], price=["eur", "mxn"],
    wordfirst=[("es", "Dolores"), ("es", "Luz"), ("es", "Paz"), ("es", "Esperanza"), ("es", "Rocío"), ("es", "Soledad")],
    greet=["Hola {F},", "Buenas {F}!", "Hola {F} 👋", "Ey {F}!"],
    thanks=["Gracias, {F}!", "Mil gracias {F} 🙏", "Muchas gracias {F}!!", "Gracias {F} ❤️"],
    body=[
        "Alguien tiene el contacto de {P}? Le escribí a {E} y rebotó",
        "Mi número nuevo es {PH}, el viejo ya no funciona",
        "Gracias a {H} por la ayuda con la mudanza!!",
        "Para ver el piso llamad a {P} al {PH}",
        "El alquiler a {IBAN} como siempre, concepto: piso Lavapiés",
        "El banco dice que el IBAN {IBANX} no es válido?? lo he copiado tres veces",
        "Mi pedido {ORDER} sigue sin llegar y {BH} no contesta",
        "Me cerraron la incidencia {TICKET} sin solucionar nada",
        "El perfil de {P}: {URL}",
        "Dudas a {EO} (no en comentarios porfa)",
        "Quedamos el {DATE} a las {TIME} en la plaza",
        "Ahora cuesta {PRICE}, antes {PRICE}, corred",
        "La charla de {P} fue buenísima, las slides están en {URL}",
        "Estamos contratando! Aplica en {URLJ} o escribe a {E}",
        "Inscripción al taller: {URLF}",
        "Móvil {PH}, fijo {PH}",
        "cc {H} puedes echarle un ojo?",
        "Me han cargado en la tarjeta {CARD} compras que no hice, qué hago???",
        "Ojo con los correos de {EX}, es phishing",
        "Donativos para la protectora: {IBAN}, titular {P}",
        "Libro recomendado: {ISBN}",
        "El paper: {URLP}",
        "Está todo en la documentación: {URLD}",
        "Encuesta rápida: {URLF}",
        "Entradas aquí: {URLE}",
        "La tarjeta {CARDX} da error, seguro que me equivoqué en un dígito",
        "{PA} felicidades por el curro nuevo!!",
    ],
    filler=["Perdón por el tochaco.", "Ya no puedo más...", "A alguien más le ha pasado?", "Edit: ya está resuelto.",
            "Es que no me lo puedo creer!!!", "Pregunta rápida:", "Buen finde a todos", "Gracias de antemano!",
            "No sé si este es el grupo correcto", "Compartid porfa!", "En fin."],
    hard=["Llevo toda la semana con [[dolores|word_name]] de cabeza", "Se fue la [[luz|word_name]] otra vez en todo el barrio",
          "Déjame en [[paz|word_name]] un ratito", "Mientras hay vida hay [[esperanza|word_name]]",
          "El [[rocío|word_name]] de la mañana en el campo 😍", "La [[soledad|word_name]] en pandemia fue dura",
          "Camisa de [[Adolfo Domínguez|company]] rebajada al 50%", "Viaje a [[Florencia|place]] en mayo, recomendaciones?",
          "Implementé el algoritmo de [[Dijkstra|eponym]] en Python por fin"],
    tech=["Desde que actualicé a {VERV} me sale esto:", "El contenedor no llega a la base de datos, logs:"],
    ai=["✨ Asistente IA › Hazlo más profesional:", "Escríbeme un recordatorio amable:"],
    oneword=["Gracias!", "+1", "Igual", "👍", "Jajaja", "Eso.", "Top"],
    tags=["#madrid", "#barcelona", "#empleo", "#cdmx", "#ayuda"],
    sig=dict(tel="Tel.", mob="Móvil", mail="Correo", web="Web", roles=["Jefa de proyecto", "Director comercial",
             "Administración", "Responsable de RRHH"]),
    table=["Nombre", "Cargo", "Teléfono", "Correo"], roles=["responsable", "suplente", "guardia"],
    quote=["El {DATE} a las {TIME}, {P} <{EG}> escribió:", "{P} escribió:"],
    caps=["ESTOY HARTA", "NADIE RESPONDE", "QUÉ VERGÜENZA"],
)

LANGS["it"] = dict(
    script="Latn", cult=[("it", 92), ("en", 4), ("es", 4)],
    phone=[("IT", 100)], iban=["IT", "IT", "CH"],
    date=["dmy/", "dmy.", "iso"], time=["24"], price=["eur"],
    wordfirst=[("it", "Felice"), ("it", "Serena"), ("it", "Marina")],
    greet=["Ciao {F},", "Ciao {F}!", "Buongiorno {F},", "Ehi {F} 👋"],
    thanks=["Grazie {F}!", "Grazie mille, {F} 🙏", "Grazie davvero {F}!!"],
    body=[
        "Qualcuno ha il contatto di {P}? Ho scritto a {E} ma torna indietro",
        "Nuovo numero: {PH}, il vecchio non funziona più",
        "Grazie a {H} per l'aiuto con il trasloco!!",
        "Per vedere la stanza chiamate {P} al {PH}",
        "Affitto su {IBAN} come sempre, causale: stanza via Roma",
        "La banca dice che l'IBAN {IBANX} non è valido?? l'ho ricopiato tre volte",
        "Il mio ordine {ORDER} non è ancora arrivato e {BH} non risponde",
        "Ticket {TICKET} chiuso senza risolvere niente",
        "Il profilo di {P}: {URL}",
        "Per info: {EO} (non nei commenti pls)",
        "Ci vediamo il {DATE} alle {TIME} in piazza",
        "Adesso costa {PRICE} invece di {PRICE}",
        "Talk di {P} bellissimo, slide su {URL}",
        "Cerchiamo personale! Candidature su {URLJ} o a {E}",
        "Cell {PH}, ufficio {PH}",
        "cc {H} ci dai un'occhiata?",
        "Addebiti strani sulla carta {CARD}, cosa faccio?",
        "Libro consigliato: {ISBN}",
        "Documentazione: {URLD}",
        "Sondaggio: {URLF}",
        "Biglietti: {URLE}",
        "La carta {CARDX} viene rifiutata, avrò sbagliato una cifra",
        "{PA} complimenti per il nuovo lavoro!!",
    ],
    filler=["Scusate il papiro.", "Non ce la faccio più...", "A qualcuno è già successo?", "Edit: risolto.",
            "Assurdo!!!", "Domanda veloce:", "Buon weekend a tutti", "Grazie in anticipo!", "Vabbè."],
    hard=["Sono troppo [[felice|word_name]] oggi!!", "Che giornata [[serena|word_name]] al lago",
          "Giro in barca fino alla [[marina|word_name]] di Portofino", "Colloquio da [[Giorgio Armani|company]] a Milano 😬",
          "Scarpe [[Salvatore Ferragamo|company]] in saldo", "Il liceo [[Enrico Fermi|eponym]] fa l'open day sabato"],
    tech=["Dopo l'aggiornamento a {VERV} vedo solo questo:", "Il container non raggiunge il db, log:"],
    ai=["✨ Assistente IA › Rendilo più professionale:"],
    oneword=["Grazie!", "+1", "Uguale", "👍", "Esatto.", "ahahah"],
    tags=["#milano", "#roma", "#lavoro", "#aiuto"],
    sig=dict(tel="Tel.", mob="Cell.", mail="Email", web="Web", roles=["Responsabile commerciale", "Project manager",
             "Amministrazione"]),
    table=["Nome", "Ruolo", "Telefono", "Email"], roles=["referente", "sostituto", "reperibile"],
    quote=["Il giorno {DATE} alle {TIME} {P} <{EG}> ha scritto:", "{P} ha scritto:"],
    caps=["BASTA", "NESSUNO RISPONDE", "VERGOGNA"],
)

LANGS["nl"] = dict(
    script="Latn", cult=[("nl", 88), ("tr", 4), ("en", 4), ("de", 4)],
    phone=[("NL", 100)], iban=["NL", "NL", "NL", "BE"],
    date=["dmy-", "dmy/", "iso"], time=["24"], price=["eur"],
    wordfirst=[("nl", "Roos")],
    greet=["Hoi {F},", "Hey {F}!", "Hallo {F},", "Goedemorgen {F}"],
    thanks=["Dank je, {F}!", "Bedankt {F} 🙏", "Top, dank je wel {F}!!"],
    body=[
        "Iemand het nummer van {P}? Mail naar {E} komt terug",
        "Nieuw nummer: {PH}, de oude werkt niet meer",
        "Dank aan {H} voor de hulp met de verhuizing!!",
        "Voor bezichtiging bel {P} op {PH}",
        "Huur graag naar {IBAN}, o.v.v. kamer 3",
        "Bank zegt dat IBAN {IBANX} ongeldig is?? drie keer overgetypt",
        "Bestelling {ORDER} nog steeds niet binnen, {BH} reageert niet",
        "Melding {TICKET} gewoon gesloten zonder oplossing",
        "Profiel van {P}: {URL}",
        "Vragen? {EO} (niet in de comments aub)",
        "Afspraak op {DATE} om {TIME} bij het station",
        "Nu {PRICE} i.p.v. {PRICE}, snel zijn",
        "We zoeken collega's! Solliciteer via {URLJ} of mail {E}",
        "Mobiel {PH}, kantoor {PH}",
        "cc {H} kun jij even kijken?",
        "Boekentip: {ISBN}",
        "Enquête: {URLF}",
        "Staat in de docs: {URLD}",
        "Kaartjes: {URLE}",
        "Iemand heeft met mijn creditcard {CARD} betaald",
        "Creditcard {CARDX} wordt geweigerd, typfout denk ik",
    ],
    filler=["Sorry voor het lange verhaal.", "Ik ben er klaar mee...", "Iemand ervaring mee?", "Edit: opgelost.",
            "Echt belachelijk!!!", "Snelle vraag:", "Fijn weekend allemaal", "Alvast bedankt!"],
    hard=["Ik kreeg een [[roos|word_name]] van de buurvrouw 🌹", "Boodschappen bij [[Albert Heijn|company]] waren weer duurder",
          "Wedstrijd in de [[Johan Cruijff|eponym]] ArenA was top", "Tentamen ging over het [[Dijkstra|eponym]]-algoritme"],
    tech=["Sinds de update naar {VERV} krijg ik dit:", "Container kan de database niet bereiken, logs:"],
    ai=["✨ AI-assistent › Maak dit professioneler:"],
    oneword=["Dank!", "+1", "Zelfde", "👍", "Precies.", "haha"],
    tags=["#amsterdam", "#rotterdam", "#vacature", "#woningnood"],
    sig=dict(tel="Tel.", mob="Mob.", mail="E-mail", web="Web", roles=["Projectleider", "Accountmanager", "Office manager"]),
    table=["Naam", "Rol", "Telefoon", "E-mail"], roles=["lead", "back-up", "piket"],
    quote=["Op {DATE} om {TIME} schreef {P} <{EG}>:", "{P} schreef:"],
    caps=["IK BEN HET ZAT", "NIEMAND REAGEERT"],
)

LANGS["pt"] = dict(
    script="Latn", cult=[("pt", 92), ("es", 4), ("en", 4)],
    phone=[("BR", 100)], iban=["BR", "PT"],
    date=["dmy/", "dmy/", "iso"], time=["24"], price=["brl"],
    wordfirst=[("pt", "Graça"), ("pt", "Vitória")],
    greet=["Oi {F},", "Olá {F}!", "E aí {F}", "Bom dia {F} ☀️"],
    thanks=["Valeu, {F}!", "Obrigada {F} 🙏", "Muito obrigado, {F}!!", "Brigado {F}"],
    body=[
        "Alguém tem o contato de {P}? Mandei email pra {E} e voltou",
        "Meu número novo é {PH}, o antigo já era",
        "Valeu {H} pela ajuda na mudança!!",
        "Pra ver o apê liga pra {P} no {PH}",
        "Me chama no zap {PH} que te passo o pix",
        "Meu pedido {ORDER} ainda não chegou e a {BH} não responde",
        "Fecharam meu chamado {TICKET} sem resolver nada",
        "Perfil de {P}: {URL}",
        "Dúvidas: {EO} (não comenta aqui pfv)",
        "Encontro dia {DATE} às {TIME} na praça",
        "Tá {PRICE} agora, antes era {PRICE}",
        "Palestra de {P} foi incrível, slides em {URL}",
        "Estamos contratando! Aplica em {URLJ} ou manda email pra {E}",
        "Celular {PH}, fixo {PH}",
        "cc {H} dá uma olhada?",
        "Clonaram meu cartão {CARD}, alguém sabe o que fazer???",
        "Cuidado com emails de {EX}, é golpe",
        "Indicação de livro: {ISBN}",
        "Artigo: {URLP}",
        "Formulário de inscrição: {URLF}",
        "Ingressos: {URLE}",
        "O cartão {CARDX} deu erro, digitei errado com certeza",
        "{PA} parabéns pelo emprego novo!!",
    ],
    filler=["Desculpa o textão.", "Não aguento mais...", "Alguém já passou por isso?", "Edit: resolvido.",
            "Que absurdo!!!", "Pergunta rápida:", "Bom fim de semana pessoal", "Obrigado desde já!", "Enfim."],
    hard=["Consegui o ingresso de [[graça|word_name]] 😍", "Que [[vitória|word_name]] ontem no jogo!!",
          "Voo pra [[Vitória|place]] atrasou de novo", "Consulta no Hospital [[Albert Einstein|eponym]] marcada"],
    tech=["Depois de atualizar pra {VERV} só aparece isso:", "O container não conecta no banco, logs:"],
    ai=["✨ Assistente de IA › Deixa mais profissional:"],
    oneword=["Valeu!", "+1", "Mesmo", "👍", "kkkkk", "Isso."],
    tags=["#saopaulo", "#rj", "#vagas", "#ajuda"],
    sig=dict(tel="Tel.", mob="Cel.", mail="E-mail", web="Site", roles=["Gerente de projetos", "Analista de RH", "Diretor comercial"]),
    table=["Nome", "Função", "Telefone", "E-mail"], roles=["responsável", "suplente", "plantão"],
    quote=["Em {DATE} às {TIME}, {P} <{EG}> escreveu:", "{P} escreveu:"],
    caps=["NÃO AGUENTO MAIS", "NINGUÉM RESPONDE"],
)

LANGS["pl"] = dict(
    script="Latn", cult=[("pl", 92), ("uk", 4), ("en", 4)],
    phone=[("PL", 100)], iban=["PL"],
    date=["dmy.", "iso"], time=["24"], price=["pln"],
    wordfirst=[("pl", "Róża")],
    greet=["Cześć {F},", "Hej {F}!", "Dzień dobry {F},"],
    thanks=["Dzięki, {F}!", "Dziękuję {F} 🙏", "Wielkie dzięki {F}!!"],
    body=[
        "Szukam kontaktu, chodzi o: {P}. Mail na {E} wraca",
        "Nowy numer: {PH}, stary nie działa",
        "Dzięki {H} za pomoc przy przeprowadzce!!",
        "W sprawie pokoju: {P}, tel. {PH}",
        "Czynsz na konto {IBAN}, w tytule imię i nazwisko",
        "Bank twierdzi że IBAN {IBANX} jest błędny?? przepisałam trzy razy",
        "Zamówienie {ORDER} dalej nie dotarło, {BH} nie odpisuje",
        "Zgłoszenie nr {TICKET} zamknięte bez rozwiązania",
        "Profil ({P}): {URL}",
        "Pytania: {EO}",
        "Spotkanie dnia {DATE} o {TIME} pod dworcem",
        "Teraz {PRICE} zamiast {PRICE}",
        "Komórka {PH}",
        "Ktoś użył mojej karty {CARD}, co robić?",
        "Karta {CARDX} odrzucona, chyba literówka",
    ],
    filler=["Sorki za długi post.", "Nie mam już siły...", "Ktoś miał podobnie?", "Edit: ogarnięte.", "Masakra!!!",
            "Szybkie pytanie:", "Miłego weekendu", "Z góry dzięki!"],
    hard=["W ogrodzie zakwitła [[róża|word_name]] 🌹"],
    tech=["Po aktualizacji do {VERV} dostaję tylko to:"],
    ai=["✨ Asystent AI › Napisz to bardziej profesjonalnie:"],
    oneword=["Dzięki!", "+1", "👍", "Dokładnie.", "xD"],
    tags=["#warszawa", "#krakow", "#praca"],
    sig=dict(tel="Tel.", mob="Kom.", mail="E-mail", web="WWW", roles=["Kierownik projektu", "Specjalistka ds. HR"]),
    table=["Imię i nazwisko", "Rola", "Telefon", "E-mail"], roles=["lider", "zastępca"],
    quote=["{P} napisał(a):"],
    caps=["MAM DOŚĆ", "NIKT NIE ODPISUJE"],
)

LANGS["tr"] = dict(
    script="Latn", cult=[("tr", 95), ("en", 5)],
    phone=[("TR", 85), ("DE", 15)], iban=["TR"],
    date=["dmy.", "dmy/"], time=["24"], price=["try"],
    wordfirst=[("tr", "Deniz"), ("tr", "Umut")],
    greet=["Merhaba {F},", "Selam {F}!", "{F} merhaba,"],
    thanks=["Teşekkürler {F}!", "Çok sağ ol {F} 🙏", "Eyvallah {F}"],
    body=[
        "{P} ile nasıl iletişime geçebilirim? {E} adresine attığım mail geri döndü",
        "Yeni numaram {PH}, eskisini silin",
        "Taşınmada yardım eden {H} çok teşekkürler!!",
        "Ev için {PTR} numarası: {PH}",
        "Kira {IBAN} hesabına, açıklamaya adınızı yazın",
        "Banka {IBANX} IBAN geçersiz diyor?? üç kere kontrol ettim",
        "Sipariş no {ORDER} hâlâ gelmedi, {BH} cevap vermiyor",
        "Talep no {TICKET} çözülmeden kapatıldı",
        "{PTR} profili: {URL}",
        "Sorular için: {EO}",
        "Buluşma {DATE} tarihinde saat {TIME}",
        "Şimdi {PRICE}, önceden {PRICE} idi",
        "Kartım {CARD} kopyalanmış, banka ilgilenmiyor",
    ],
    filler=["Uzun yazı için kusura bakmayın.", "Artık dayanamıyorum...", "Başına gelen oldu mu?", "Edit: çözüldü.",
            "Rezalet!!!", "Hızlı bir soru:", "Herkese iyi hafta sonları", "Şimdiden teşekkürler!"],
    hard=["Akşam [[deniz|word_name]] kenarında yürüyüş 🌊", "Hâlâ [[umut|word_name]] var, pes etmeyin",
          "[[Vehbi Koç|eponym]] Vakfı bursuna başvurdum"],
    tech=["{VERV} sürümüne geçtikten sonra şu hata geliyor:"],
    ai=["✨ Yapay zekâ asistanı › Bunu daha profesyonel yaz:"],
    oneword=["Teşekkürler!", "+1", "👍", "Aynen.", "sjsjsj"],
    tags=["#istanbul", "#ankara", "#iş"],
    sig=dict(tel="Tel", mob="Cep", mail="E-posta", web="Web", roles=["Proje yöneticisi", "Satış müdürü"]),
    table=["Ad Soyad", "Görev", "Telefon", "E-posta"], roles=["sorumlu", "yedek"],
    quote=["{P} yazdı:"],
    caps=["BIKTIM ARTIK", "KİMSE CEVAP VERMİYOR"],
)

LANGS["sv"] = dict(
    script="Latn", cult=[("sv", 92), ("en", 4), ("ar", 4)],
    phone=[("SE", 100)], iban=["SE"],
    date=["iso", "iso"], time=["24"], price=["sek"],
    greet=["Hej {F}!", "Hallå {F},", "Tjena {F}"],
    thanks=["Tack {F}!", "Tack så mycket, {F} 🙏", "Stort tack {F}!!"],
    body=[
        "Någon som har kontakt med {P}? Mejlet till {E} studsar",
        "Nytt nummer: {PH}, det gamla funkar inte",
        "Tack {H} för hjälpen med flytten!!",
        "Ring {P} på {PH} angående lägenheten",
        "Hyran till {IBAN}, märk med ditt namn",
        "Beställning {ORDER} har fortfarande inte kommit, {BH} svarar inte",
        "Ärende {TICKET} stängdes utan lösning",
        "Profil för {P}: {URL}",
        "Frågor: {EO}",
        "Vi ses den {DATE} kl. {TIME} vid stationen",
        "Nu {PRICE} istället för {PRICE}",
        "Någon har handlat med mitt kort {CARD}",
    ],
    filler=["Sorry för långt inlägg.", "Orkar inte mer...", "Någon som varit med om detta?", "Edit: löst.",
            "Helt sjukt!!!", "Snabb fråga:", "Trevlig helg alla", "Tack på förhand!"],
    hard=["Ny lägenhet nära [[Stanley Park|place]] i Vancouver, så fint!"],
    tech=["Efter uppdateringen till {VERV} får jag bara detta:"],
    ai=["✨ AI-assistent › Gör det här mer professionellt:"],
    oneword=["Tack!", "+1", "👍", "Exakt.", "haha"],
    tags=["#stockholm", "#göteborg", "#jobb"],
    sig=dict(tel="Tel", mob="Mobil", mail="E-post", web="Webb", roles=["Projektledare", "Säljchef"]),
    table=["Namn", "Roll", "Telefon", "E-post"], roles=["ansvarig", "ersättare"],
    quote=["{P} skrev:"],
    caps=["JAG ORKAR INTE", "INGEN SVARAR"],
)

LANGS["ru"] = dict(
    script="Cyrl", cult=[("ru", 88), ("uk", 4), ("en", 4), ("de", 4)],
    phone=[("RU", 90), ("DE", 5), ("UA", 5)], iban=["DE", "UA"],
    date=["dmy.", "dmy.", "iso"], time=["24"], price=["rub"],
    wordfirst=[("ru", "Вера"), ("ru", "Надежда"), ("ru", "Любовь"), ("ru", "Владимир")],
    greet=["Привет, {F}!", "Здравствуйте, {F}!", "{F}, привет", "Добрый день, {F}!"],
    thanks=["Спасибо, {F}!", "Огромное спасибо, {F} 🙏", "{F}, спасибо большое!!"],
    body=[
        "Нужен контакт: {P}. Письмо на {E} вернулось, кто знает как связаться?",
        "Мой новый номер {PH}, старый не работает",
        "Спасибо {H} за помощь с переездом!!",
        "По квартире звоните, контакт: {P}, тел. {PH}",
        "Карта для донатов: {CARD} (получатель {P})",
        "Перевод на карту {CARDX} не проходит, наверное опечатка",
        "Заказ № {ORDER} так и не пришёл, {BH} молчит",
        "Заявка № {TICKET} закрыта без решения",
        "Профиль: {P}, {URL}",
        "Вопросы пишите на {EO}",
        "Встреча назначена на {DATE}, начало в {TIME}",
        "Сейчас {PRICE} вместо {PRICE}",
        "Доклад: {P}, слайды тут {URL}",
        "Ищем разработчиков! Отклики на {URLJ} или {E}",
        "Рабочий {PH}, мобильный {PH}",
        "cc {H} глянь плиз",
        "Пишите в телегу или на почту {E}",
        "Внимание: письма с {EX} это фишинг",
        "Сервер {IP4} опять лежит, у всех так?",
        "Книга: {ISBN}",
        "Статья: {URLP}",
        "Всё есть в документации: {URLD}",
        "Опрос: {URLF}",
        "IPv6 {IP6} пингуется, а IPv4 нет",
        "Билеты: {URLE}",
    ],
    filler=["Извините за простыню.", "Я уже не могу...", "У кого-нибудь было такое?", "UPD: решено.",
            "Это просто ужас!!!", "Быстрый вопрос:", "Всем хороших выходных", "Заранее спасибо!", "Короче."],
    hard=["Главное — [[вера|word_name]] в себя", "[[Надежда|word_name]] умирает последней",
          "Моя [[любовь|word_name]] к кофе безгранична ☕", "На выходных поездка во [[Владимир|place]], кто со мной?",
          "Переезжаем в [[Королёв|place]], это подмосковье"],
    tech=["После обновления до {VERV} сыпется вот это:", "Контейнер не видит базу, логи:"],
    ai=["✨ ИИ-помощник › Сделай текст более деловым:"],
    oneword=["Спасибо!", "+1", "Плюсую", "👍", "Точно.", "ахахах"],
    tags=["#москва", "#спб", "#работа", "#помощь"],
    sig=dict(tel="Тел.", mob="Моб.", mail="Email", web="Сайт", roles=["Руководитель проекта", "Менеджер по продажам"]),
    table=["Имя", "Роль", "Телефон", "Почта"], roles=["ответственный", "замена", "дежурный"],
    quote=["{P} писал(а):", "{DATE} {TIME}, {P} <{EG}>:"],
    caps=["ДОСТАЛО", "НИКТО НЕ ОТВЕЧАЕТ", "ЭТО ПОЗОР"],
)

LANGS["uk"] = dict(
    script="Cyrl", cult=[("uk", 90), ("ru", 4), ("pl", 3), ("en", 3)],
    phone=[("UA", 85), ("PL", 10), ("DE", 5)], iban=["UA", "UA", "PL"],
    date=["dmy.", "iso"], time=["24"], price=["uah"],
    wordfirst=[("uk", "Надія"), ("uk", "Любов")],
    greet=["Привіт, {F}!", "Добрий день, {F}!", "{F}, привіт"],
    thanks=["Дякую, {F}!", "Щиро дякую, {F} 🙏", "{F}, дякую!!"],
    body=[
        "Шукаю контакт: {P}. Лист на {E} повернувся",
        "Мій новий номер {PH}",
        "Дякую {H} за допомогу з переїздом!!",
        "Картка для донатів: {CARD}, отримувач {P}",
        "Реквізити: IBAN {IBAN}, отримувач {P}",
        "Банк не приймає IBAN {IBANX}, десь помилка",
        "Замовлення № {ORDER} досі не прийшло",
        "Звернення № {TICKET} закрили без рішення",
        "Профіль: {URL}",
        "Питання пишіть на {EO}",
        "Зустріч призначена на {DATE} о {TIME}",
        "Зараз {PRICE} замість {PRICE}",
        "Телефон для зв'язку {PH}, {P}",
        "Книжка: {ISBN}",
        "Анкета: {URLF}",
    ],
    filler=["Вибачте за довгий пост.", "Вже не можу...", "У когось таке було?", "UPD: вирішено.", "Жах!!!",
            "Швидке питання:", "Дякую заздалегідь!"],
    hard=["Головне, що [[надія|word_name]] не згасає", "Моя [[любов|word_name]] до кави ☕"],
    tech=["Після оновлення до {VERV} бачу тільки це:"],
    oneword=["Дякую!", "+1", "👍", "Так.", "ахаха"],
    tags=["#київ", "#львів", "#робота"],
    sig=dict(tel="Тел.", mob="Моб.", mail="Email", web="Сайт", roles=["Менеджерка проєкту", "Розробник"]),
    table=["Ім'я", "Роль", "Телефон", "Пошта"], roles=["відповідальний", "заміна"],
    quote=["{P} написав(ла):"],
    caps=["ДОСИТЬ", "НІХТО НЕ ВІДПОВІДАЄ"],
)

LANGS["el"] = dict(
    script="Grek", cult=[("el", 92), ("en", 8)], fem_greet=True,
    phone=[("GR", 100)], iban=["GR"],
    date=["dmy/", "dmy."], time=["24"], price=["eur"],
    wordfirst=[("el", "Ελπίδα"), ("el", "Ειρήνη")],
    greet=["Γεια σου {F}!", "Καλημέρα {F},", "Γεια {F} 👋"],
    thanks=["Ευχαριστώ {F}!", "Ευχαριστώ πολύ, {F} 🙏", "Να 'σαι καλά {F}!!"],
    body=[
        "Ψάχνω επαφή: {P}. Το mail στο {E} γύρισε πίσω",
        "Νέο κινητό: {PH}",
        "Ευχαριστώ {H} για τη βοήθεια στη μετακόμιση!!",
        "Για το σπίτι: {P}, τηλ. {PH}",
        "Ενοίκιο στο {IBAN}, με το όνομά σας στην αιτιολογία",
        "Η παραγγελία {ORDER} ακόμα δεν ήρθε, {BH} δεν απαντά",
        "Το αίτημα {TICKET} έκλεισε χωρίς λύση",
        "Προφίλ: {P} {URL}",
        "Ερωτήσεις στο {EO}",
        "Ραντεβού στις {DATE}, ώρα {TIME}",
        "Τώρα {PRICE} αντί για {PRICE}",
    ],
    filler=["Συγγνώμη για το σεντόνι.", "Δεν αντέχω άλλο...", "Έχει συμβεί σε κανέναν;", "Edit: λύθηκε.",
            "Απαράδεκτο!!!", "Γρήγορη ερώτηση:", "Ευχαριστώ εκ των προτέρων!"],
    hard=["Πάντα υπάρχει [[ελπίδα|word_name]]", "[[Ειρήνη|word_name]] στον κόσμο, αυτό ζητάμε"],
    tech=["Μετά την αναβάθμιση σε {VERV} βγάζει μόνο αυτό:"],
    oneword=["Ευχαριστώ!", "+1", "👍", "Ακριβώς.", "χαχαχα"],
    tags=["#αθήνα", "#θεσσαλονίκη", "#δουλειά"],
    sig=dict(tel="Τηλ.", mob="Κιν.", mail="Email", web="Web", roles=["Υπεύθυνη έργου", "Πωλήσεις"]),
    table=["Όνομα", "Ρόλος", "Τηλέφωνο", "Email"], roles=["υπεύθυνος", "αναπληρωτής"],
    quote=["{P} έγραψε:"],
    caps=["ΔΕΝ ΑΝΤΕΧΩ", "ΚΑΝΕΙΣ ΔΕΝ ΑΠΑΝΤΑ"],
)

LANGS["ar"] = dict(
    script="Arab", cult=[("ar", 92), ("en", 8)],
    phone=[("AE", 40), ("SA", 35), ("EG", 25)], iban=["SA", "AE"],
    date=["dmy/", "iso"], time=["24"], price=["aed"],
    wordfirst=[("ar", "أمل"), ("ar", "نور"), ("ar", "كريم")],
    greet=["مرحبا {F}،", "أهلا {F}!", "صباح الخير يا {F}"],
    thanks=["شكرا {F}!", "شكرا جزيلا يا {F} 🙏", "ألف شكر {F}"],
    body=[
        "حد عنده رقم {P}؟ بعتت إيميل على {E} ورجع",
        "رقمي الجديد {PH}",
        "شكرا {H} على المساعدة في النقل!!",
        "للاستفسار عن الشقة: {P}، هاتف {PH}",
        "الإيجار على الحساب {IBAN} من فضلكم",
        "الطلب رقم {ORDER} لسه ما وصل، و {BH} ما بيرد",
        "التذكرة رقم {TICKET} اتقفلت من غير حل",
        "البروفايل: {URL}",
        "للتواصل: {EO}",
        "الموعد بتاريخ {DATE} الساعة {TIME}",
        "السعر الآن {PRICE} بدل {PRICE}",
        "نوظف حاليا! قدم على {URLJ} أو راسل {E}",
        "موبايل {PH}، مكتب {PH}",
        "انتبهوا من رسائل {EX}، احتيال",
        "كتاب أنصح به: {ISBN}",
        "الاستبيان: {URLF}",
        "بطاقتي {CARD} انسرقت، إيش أسوي؟",
    ],
    filler=["آسف على الإطالة.", "تعبت بجد...", "حد حصل معاه كده؟", "تحديث: اتحلت.", "ده مش معقول!!!",
            "سؤال سريع:", "شكرا مقدما!", "جمعة مباركة للجميع"],
    hard=["عندي [[أمل|word_name]] إن الأمور تتحسن", "هو شخص [[كريم|word_name]] جدا مع الكل",
          "[[نور|word_name]] الشمس الصبح حلو"],
    tech=["بعد التحديث إلى {VERV} يطلع هذا الخطأ:"],
    oneword=["شكرا!", "+1", "👍", "بالضبط", "هههههه"],
    tags=["#دبي", "#الرياض", "#وظائف"],
    sig=dict(tel="هاتف", mob="جوال", mail="البريد", web="الموقع", roles=["مدير مشروع", "مسؤولة الموارد البشرية"]),
    table=["الاسم", "الدور", "الهاتف", "البريد"], roles=["مسؤول", "بديل"],
    quote=["كتب {P}:"],
    caps=[],
)

LANGS["he"] = dict(
    script="Hebr", cult=[("he", 90), ("en", 6), ("ru", 4)],
    phone=[("IL", 100)], iban=["IL"],
    date=["dmy.", "dmy/"], time=["24"], price=["ils"],
    wordfirst=[("he", "אור"), ("he", "טל"), ("he", "תמר")],
    greet=["היי {F},", "שלום {F}!", "בוקר טוב {F}"],
    thanks=["תודה {F}!", "תודה רבה, {F} 🙏", "תודה ענקית ל{F}!"],
    body=[
        "למישהו יש את הטלפון של {P}? המייל ל-{E} חזר",
        "המספר החדש שלי {PH}",
        "תודה ל-{H} על העזרה במעבר!!",
        "לגבי הדירה: {P}, טל' {PH}",
        "ההזמנה {ORDER} עדיין לא הגיעה, {BH} לא עונים",
        "פנייה מס' {TICKET} נסגרה בלי פתרון",
        "פרופיל: {URL}",
        "שאלות ל-{EO}",
        "נפגשים בתאריך {DATE} בשעה {TIME}",
        "עכשיו {PRICE} במקום {PRICE}",
        "מגייסים! הגישו ב-{URLJ} או כתבו ל-{E}",
        "ספר מומלץ: {ISBN}",
        "סקר: {URLF}",
    ],
    filler=["סליחה על החפירה.", "אין לי כוח יותר...", "למישהו קרה?", "עדכון: נפתר.", "לא ייאמן!!!",
            "שאלה קטנה:", "תודה מראש!"],
    hard=["אין [[אור|word_name]] בחדר המדרגות כבר שבוע", "[[טל|word_name]] של בוקר על הדשא",
          "קניתי [[תמר|word_name]] מג'הול בשוק"],
    tech=["אחרי העדכון ל-{VERV} אני מקבל רק את זה:"],
    oneword=["תודה!", "+1", "👍", "בדיוק.", "חחחח"],
    tags=["#תלאביב", "#דרושים"],
    sig=dict(tel="טל'", mob="נייד", mail="מייל", web="אתר", roles=["מנהלת פרויקטים", "מפתח"]),
    table=["שם", "תפקיד", "טלפון", "מייל"], roles=["אחראי", "מחליף"],
    quote=["{P} כתב/ה:"],
    caps=[],
)

LANGS["hi"] = dict(
    script="Deva", cult=[("hi", 85), ("in", 15)],
    phone=[("IN", 100)], iban=["DE", "GB"],
    date=["dmy/", "dmy-"], time=["24"], price=["inr"],
    wordfirst=[("hi", "आशा"), ("hi", "कविता")],
    greet=["नमस्ते {F},", "हैलो {F}!", "नमस्ते {F} जी,"],
    thanks=["धन्यवाद {F}!", "शुक्रिया {F} जी 🙏", "बहुत बहुत धन्यवाद, {F}!"],
    body=[
        "{P} का नंबर किसी के पास है? {E} पर मेल भेजा था, वापस आ गया",
        "मेरा नया नंबर {PH} है",
        "शिफ्टिंग में मदद के लिए {H} का धन्यवाद!!",
        "फ्लैट के लिए {P} से बात करें: {PH}",
        "ऑर्डर नंबर {ORDER} अभी तक नहीं आया, {BH} जवाब नहीं दे रहा",
        "टिकट नंबर {TICKET} बिना हल के बंद कर दिया",
        "{P} की प्रोफाइल: {URL}",
        "सवाल हों तो {EO} पर लिखें",
        "मीटिंग दिनांक {DATE} को {TIME} बजे",
        "अब सिर्फ {PRICE}, पहले {PRICE} था",
        "हम भर्ती कर रहे हैं! {URLJ} पर अप्लाई करें या {E} पर मेल करें",
        "मोबाइल {PH}, ऑफिस {PH}",
        "किताब: {ISBN}",
        "फॉर्म: {URLF}",
    ],
    filler=["लंबी पोस्ट के लिए माफ़ी।", "अब और नहीं होता...", "किसी के साथ ऐसा हुआ है?", "अपडेट: हो गया।",
            "हद है!!!", "एक छोटा सा सवाल:", "पहले से धन्यवाद!"],
    hard=["[[आशा|word_name]] है कि सब ठीक हो जाएगा", "उसने एक सुंदर [[कविता|word_name]] लिखी"],
    tech=["{VERV} पर अपडेट करने के बाद यह एरर आ रहा है:"],
    oneword=["धन्यवाद!", "+1", "👍", "सही बात", "हाहाहा"],
    tags=["#दिल्ली", "#नौकरी"],
    sig=dict(tel="फ़ोन", mob="मोबाइल", mail="ईमेल", web="वेब", roles=["प्रोजेक्ट मैनेजर", "सेल्स हेड"]),
    table=["नाम", "भूमिका", "फ़ोन", "ईमेल"], roles=["प्रभारी", "सहायक"],
    quote=["{P} ने लिखा:"],
    caps=[],
)

LANGS["bn"] = dict(
    script="Beng", cult=[("bn", 90), ("in", 10)],
    phone=[("IN", 60), ("BD", 40)], iban=["GB", "DE"],
    date=["dmy/", "dmy-"], time=["24"], price=["inr", "bdt"],
    wordfirst=[("bn", "আশা")],
    greet=["নমস্কার {F},", "হাই {F}!", "হ্যালো {F},"],
    thanks=["ধন্যবাদ {F}!", "অনেক ধন্যবাদ {F} 🙏"],
    body=[
        "{P}-এর নম্বর কারও কাছে আছে? {E} তে মেইল করেছিলাম, ফেরত এসেছে",
        "আমার নতুন নম্বর {PH}",
        "সাহায্যের জন্য {H} কে ধন্যবাদ!!",
        "বাসার ব্যাপারে যোগাযোগ: {P}, ফোন {PH}",
        "অর্ডার নম্বর {ORDER} এখনও আসেনি",
        "টিকিট নম্বর {TICKET} সমাধান ছাড়াই বন্ধ করে দিয়েছে",
        "প্রোফাইল: {URL}",
        "প্রশ্ন থাকলে {EO}",
        "মিটিং তারিখ {DATE}, সময় {TIME}",
        "এখন দাম {PRICE}",
        "{P} এর লেখাটা পড়ুন: {URL}",
    ],
    filler=["লম্বা পোস্টের জন্য দুঃখিত।", "আর পারছি না...", "কারও এমন হয়েছে?", "আপডেট: সমাধান হয়েছে।",
            "অগ্রিম ধন্যবাদ!"],
    hard=["[[আশা|word_name]] করি সব ঠিক হয়ে যাবে"],
    oneword=["ধন্যবাদ!", "+1", "👍", "একদম", "হাহা"],
    tags=["#কলকাতা", "#ঢাকা"],
    sig=dict(tel="ফোন", mob="মোবাইল", mail="ইমেল", web="ওয়েব", roles=["প্রজেক্ট ম্যানেজার"]),
    table=["নাম", "ভূমিকা", "ফোন", "ইমেল"], roles=["দায়িত্বে", "বিকল্প"],
    quote=["{P} লিখেছেন:"],
    caps=[],
)

LANGS["ta"] = dict(
    script="Taml", cult=[("ta", 90), ("in", 10)],
    phone=[("IN", 100)], iban=["GB", "DE"],
    date=["dmy/", "dmy-"], time=["24"], price=["inr"],
    greet=["வணக்கம் {F},", "ஹாய் {F}!"],
    thanks=["நன்றி {F}!", "ரொம்ப நன்றி {F} 🙏"],
    body=[
        "{P} நம்பர் யாரிடமாவது இருக்கா? {E} க்கு மெயில் அனுப்பினேன், திரும்பி வந்துடுச்சு",
        "என் புது நம்பர் {PH}",
        "உதவிக்கு {H} க்கு நன்றி!!",
        "வீடு பற்றி: {P}, போன் {PH}",
        "ஆர்டர் எண் {ORDER} இன்னும் வரலை",
        "டிக்கெட் எண் {TICKET} தீர்வு இல்லாமல் மூடப்பட்டது",
        "ப்ரொஃபைல்: {URL}",
        "கேள்விகளுக்கு {EO}",
        "மீட்டிங் தேதி {DATE}, நேரம் {TIME}",
        "இப்போ விலை {PRICE}",
    ],
    filler=["நீண்ட பதிவுக்கு மன்னிக்கவும்.", "முடியல...", "யாருக்காவது இப்படி ஆச்சா?", "அப்டேட்: சரியாயிடுச்சு.",
            "முன்கூட்டியே நன்றி!"],
    hard=[],
    oneword=["நன்றி!", "+1", "👍", "சரி"],
    tags=["#சென்னை", "#வேலை"],
    sig=dict(tel="போன்", mob="மொபைல்", mail="மின்னஞ்சல்", web="இணையம்", roles=["திட்ட மேலாளர்"]),
    table=["பெயர்", "பங்கு", "போன்", "மின்னஞ்சல்"], roles=["பொறுப்பு", "மாற்று"],
    quote=["{P} எழுதியது:"],
    caps=[],
)

LANGS["zh"] = dict(
    script="Hani", cult=[("zh", 92), ("en", 8)],
    phone=[("CN", 100)], iban=["DE", "GB"],
    date=["iso", "ymd/"], time=["24"], price=["cny"],
    greet=["{P}你好，", "{P}，您好！", "Hi {P}，"],
    thanks=["谢谢{P}！", "感谢{P} 🙏", "辛苦了{P}！"],
    body=[
        "有人有{P}的联系方式吗？发到{EG}的邮件被退回了",
        "我的新号码是{PH}，旧的停用了",
        "感谢{H}帮忙搬家！！",
        "看房请联系{P}，电话{PH}",
        "邮箱{EG}，有问题随时联系",
        "请发到{EG}谢谢",
        "订单号{ORDER}到现在还没发货，{BH} 也不回复",
        "工单号{TICKET}没解决就被关了",
        "{P}的主页：{URL}",
        "有问题发邮件：{EO}",
        "会议时间：{DATE} {TIME}",
        "现在只要{PRICE}，原价{PRICE}",
        "我们在招人！投递 {URLJ} 或者发简历到{EG}",
        "手机{PH}，座机{PH}",
        "cc {H} 帮忙看一下",
        "{P}老师的讲座太棒了，PPT在 {URL}",
        "小心{EX}发来的邮件，是钓鱼",
        "服务器IP是{IP4}，大家帮忙ping一下",
        "推荐一本书：{ISBN}",
        "论文链接 {URLP}",
        "文档在这里 {URLD}",
        "报名表 {URLF}",
        "专利 {PAT} 终于授权了",
        "IPv6地址{IP6}能通，IPv4不行",
        "卡号{CARD}被盗刷了，怎么办",
        "卡号{CARDX}一直支付失败，可能输错了",
    ],
    filler=["不好意思写了这么长。", "真的受不了了……", "有人遇到过吗？", "更新：已解决。", "太离谱了！！！",
            "快问一下：", "先谢谢大家！", "周末愉快～"],
    hard=["这招真[[高明|word_name]]", "图书馆里很[[安静|word_name]]", "请大家讲[[文明|word_name]]，不要乱扔垃圾",
          "在[[李宁|company]]旗舰店买了双跑鞋", "周末去[[黄山|place]]爬山，累死了", "今天去了[[鲁迅|eponym]]公园散步"],
    tech=["升级到{VERV}之后一直报这个错：", "容器连不上数据库，日志如下："],
    ai=["✨ AI写作助手 › 帮我改得更正式一点："],
    oneword=["谢谢！", "+1", "同问", "👍", "哈哈哈", "顶"],
    tags=["#求助", "#招聘", "#上海"],
    sig=dict(tel="电话", mob="手机", mail="邮箱", web="网站", roles=["产品经理", "销售总监", "人事专员"]),
    table=["姓名", "职位", "电话", "邮箱"], roles=["负责人", "备份", "值班"],
    quote=["{P} 写道：", "回复 {H}："],
    caps=[],
)

LANGS["ja"] = dict(
    script="Jpan", cult=[("ja", 92), ("en", 8)],
    phone=[("JP", 100)], iban=["DE", "GB"],
    date=["ymd/", "iso"], time=["24"], price=["jpy"],
    greet=["{P}さん、こんにちは。", "お疲れ様です、{P}さん", "{P}様"],
    thanks=["{P}さん、ありがとうございます！", "{P}さんありがとう🙏"],
    body=[
        "{P}さんの連絡先を知っている人いますか？{EG}にメールしたら戻ってきました",
        "新しい番号は{PH}です",
        "引っ越しを手伝ってくれた{H}さんありがとう！！",
        "部屋の件は{P}さんまで（電話 {PH}）",
        "連絡はこちらへ：{EG}",
        "メールは{EG}までお願いします",
        "注文番号{ORDER}がまだ届かない、{BH} も返事なし",
        "問い合わせ番号{TICKET}、解決しないまま閉じられた",
        "{P}さんのプロフィール：{URL}",
        "質問は{EO}まで",
        "日時：{DATE} {TIME}から",
        "今なら{PRICE}（通常{PRICE}）",
        "採用中です！応募は {URLJ} または{EG}へ",
        "携帯{PH}、会社{PH}",
        "cc {H} 確認お願いします",
        "{EX} からのメールはフィッシングなので注意",
        "おすすめの本：{ISBN}",
        "論文はこちら {URLP}",
        "ドキュメント参照 {URLD}",
        "アンケート {URLF}",
        "特許 {PAT} を取得しました",
        "チケット {URLE}",
        "カード番号{CARD}が不正利用されました…",
        "カード{CARDX}が通らない、番号打ち間違えたかも",
    ],
    filler=["長文すみません。", "もう限界…", "同じ経験ある人いますか？", "追記：解決しました。", "ありえない！！！",
            "ちょっと質問です：", "よろしくお願いします！", "今日も疲れた〜"],
    hard=["[[野口英世|eponym]]記念館に行ってきた", "週末は[[松本|place]]城を見に行きました"],
    tech=["{VERV}にアップデートしてからこのエラーが出ます：", "コンテナからDBに繋がりません、ログ："],
    ai=["✨ AIアシスタント › もっと丁寧な文章にして："],
    oneword=["ありがとう！", "+1", "それな", "👍", "草", "了解です"],
    tags=["#拡散希望", "#求人", "#東京"],
    sig=dict(tel="電話", mob="携帯", mail="メール", web="Web", roles=["営業部 課長", "エンジニア", "人事担当"]),
    table=["氏名", "担当", "電話", "メール"], roles=["主担当", "副担当", "当番"],
    quote=["{P}さんのメッセージ：", "{DATE} {TIME} {P} <{EG}>:"],
    caps=[],
)

LANGS["ko"] = dict(
    script="Hang", cult=[("ko", 92), ("en", 8)],
    phone=[("KR", 100)], iban=["DE", "GB"],
    date=["ymd.", "iso"], time=["24"], price=["krw"],
    greet=["{P}님 안녕하세요,", "안녕하세요 {P}님!"],
    thanks=["{P}님 감사합니다!", "고마워요 {P}님 🙏"],
    body=[
        "{P}님 연락처 아시는 분? {EG}로 메일 보냈는데 반송됐어요",
        "새 번호는 {PH}입니다",
        "이사 도와준 {H} 고마워!!",
        "방 문의는 {P}님께 ({PH})",
        "문의: {EG}",
        "주문번호 {ORDER} 아직도 안 왔어요, {BH} 답도 없고",
        "문의번호 {TICKET} 해결도 안 하고 종료됨",
        "{P}님 프로필: {URL}",
        "질문은 {EO}로",
        "일시: {DATE} {TIME}",
        "지금 {PRICE} (원래 {PRICE})",
        "채용 중! {URLJ} 에서 지원하거나 {EG} 로 이력서 보내주세요",
        "휴대폰 {PH}, 사무실 {PH}",
        "추천 도서: {ISBN}",
        "설문: {URLF}",
        "논문: {URLP}",
        "카드번호 {CARD} 도용당했어요",
    ],
    filler=["글이 길어서 죄송해요.", "진짜 너무 힘들다...", "이런 경험 있으신 분?", "수정: 해결됐어요.",
            "말이 돼요?!!!", "빠른 질문:", "미리 감사합니다!", "ㅋㅋㅋㅋ"],
    hard=["[[이순신|eponym]] 장군 동상 앞에서 만나요"],
    tech=["{VERV}로 업데이트한 뒤로 이 에러가 떠요:"],
    oneword=["감사합니다!", "+1", "ㅇㅈ", "👍", "ㅋㅋㅋ"],
    tags=["#서울", "#채용"],
    sig=dict(tel="전화", mob="휴대폰", mail="이메일", web="웹", roles=["마케팅팀 대리", "개발자", "영업 이사"]),
    table=["이름", "역할", "전화", "이메일"], roles=["담당", "부담당"],
    quote=["{P}님이 작성:"],
    caps=[],
)

LANGS["th"] = dict(
    script="Thai", cult=[("th", 92), ("en", 8)],
    phone=[("TH", 100)], iban=["DE", "GB"],
    date=["dmy/", "iso"], time=["24"], price=["thb"],
    greet=["สวัสดีครับ คุณ{F}", "หวัดดี {F}!", "สวัสดีค่ะ {F}"],
    thanks=["ขอบคุณครับ คุณ{F}", "ขอบคุณมากค่ะ {F} 🙏"],
    body=[
        "ใครมีเบอร์ {P} บ้างคะ ส่งเมลไป {EG} แล้วเด้งกลับ",
        "เบอร์ใหม่ {PH} นะครับ",
        "ขอบคุณ {H} ที่ช่วยขนของ!!",
        "สนใจห้องติดต่อ {P} โทร {PH}",
        "อีเมล {EG}",
        "เลขที่คำสั่งซื้อ {ORDER} ยังไม่ได้ของเลย {BH} ก็ไม่ตอบ",
        "เรื่องหมายเลข {TICKET} ปิดไปโดยไม่แก้ไข",
        "โปรไฟล์ {P}: {URL}",
        "สอบถาม {EO}",
        "นัดวันที่ {DATE} เวลา {TIME}",
        "ตอนนี้ราคา {PRICE} จากปกติ {PRICE}",
        "บัตร {CARD} โดนแฮก ใครเคยเจอบ้าง",
    ],
    filler=["ขอโทษที่โพสต์ยาวนะคะ", "ไม่ไหวแล้ว...", "มีใครเคยเจอแบบนี้ไหม", "อัปเดต: แก้ได้แล้ว",
            "ขอบคุณล่วงหน้าค่ะ", "555555"],
    hard=[],
    oneword=["ขอบคุณค่ะ", "+1", "👍", "555"],
    tags=["#กรุงเทพ", "#หางาน"],
    sig=dict(tel="โทร", mob="มือถือ", mail="อีเมล", web="เว็บ", roles=["ผู้จัดการโครงการ"]),
    table=["ชื่อ", "หน้าที่", "โทร", "อีเมล"], roles=["หลัก", "สำรอง"],
    quote=["{P} เขียนว่า:"],
    caps=[],
)

LANGS["vi"] = dict(
    script="Latn", cult=[("vi", 92), ("en", 8)],
    phone=[("VN", 100)], iban=["DE", "GB", "FR"],
    date=["dmy/", "dmy-"], time=["24"], price=["vnd"],
    wordfirst=[("vi", "Mai"), ("vi", "Nam"), ("vi", "Hoa"), ("vi", "Long")],
    greet=["Chào {F},", "Hi {F} ơi!", "{F} ơi,"],
    thanks=["Cảm ơn {F}!", "Cảm ơn {F} nhiều 🙏", "Thanks {F} nha"],
    body=[
        "Có ai có số của {P} không? Mình gửi mail tới {E} bị trả về",
        "Số mới của mình là {PH} nha",
        "Cảm ơn {H} đã giúp chuyển nhà!!",
        "Xem phòng liên hệ {P}, sđt {PH}",
        "Đơn hàng {ORDER} vẫn chưa tới, {BH} không trả lời",
        "Mã yêu cầu {TICKET} bị đóng mà chưa giải quyết",
        "Profile của {P}: {URL}",
        "Hỏi gì thì mail {EO}",
        "Hẹn ngày {DATE} lúc {TIME}",
        "Giờ chỉ còn {PRICE}, trước là {PRICE}",
        "Bên mình đang tuyển! Ứng tuyển tại {URLJ} hoặc gửi CV về {E}",
        "Thẻ {CARD} bị trừ tiền lạ, phải làm sao?",
    ],
    filler=["Xin lỗi vì bài dài.", "Mệt quá rồi...", "Có ai bị giống vậy không?", "Cập nhật: xong rồi.",
            "Quá đáng thật sự!!!", "Hỏi nhanh:", "Cảm ơn mọi người trước!"],
    hard=["Hẹn [[mai|word_name]] gặp nhé", "Ngày [[mai|word_name]] trời mưa to", "Vịnh Hạ [[Long|place]] đẹp quá",
          "Mình mới về Việt [[Nam|place]] tuần trước", "Tuần sau bay sang [[Hoa|place]] Kỳ công tác",
          "Mua bó [[hoa|word_name]] hồng tặng mẹ"],
    tech=["Từ khi lên {VERV} thì bị lỗi này:"],
    oneword=["Cảm ơn!", "+1", "👍", "Chuẩn.", "kkk"],
    tags=["#hanoi", "#saigon", "#tuyendung"],
    sig=dict(tel="ĐT", mob="Di động", mail="Email", web="Web", roles=["Trưởng nhóm dự án", "Kinh doanh"]),
    table=["Họ tên", "Vai trò", "Điện thoại", "Email"], roles=["phụ trách", "dự phòng"],
    quote=["{P} viết:"],
    caps=["CHÁN QUÁ", "KHÔNG AI TRẢ LỜI"],
)

LANGS["id"] = dict(
    script="Latn", cult=[("id", 94), ("en", 6)],
    phone=[("ID", 100)], iban=["DE", "NL"],
    date=["dmy/", "dmy-"], time=["24"], price=["idr"],
    wordfirst=[("id", "Bagus"), ("id", "Indah"), ("id", "Putri")],
    greet=["Halo {F},", "Hai {F}!", "Pagi {F} ☀️"],
    thanks=["Makasih {F}!", "Terima kasih banyak, {F} 🙏", "Thanks {F} ya"],
    body=[
        "Ada yang punya kontak {P}? Email ke {E} mental",
        "Nomor baruku {PH} ya",
        "Makasih {H} udah bantu pindahan!!",
        "Info kos hubungi {P} di {PH}",
        "Pesanan {ORDER} belum sampai juga, {BH} nggak bales",
        "Tiket {TICKET} ditutup padahal belum beres",
        "Profil {P}: {URL}",
        "Tanya-tanya ke {EO}",
        "Ketemuan tanggal {DATE} jam {TIME}",
        "Sekarang cuma {PRICE}, sebelumnya {PRICE}",
        "Kami lagi hiring! Apply di {URLJ} atau kirim CV ke {E}",
        "Kartu kredit {CARD} kebobolan, gimana ini",
    ],
    filler=["Maaf panjang.", "Capek banget...", "Ada yang pernah ngalamin?", "Update: udah beres.", "Parah sih!!!",
            "Nanya dong:", "Makasih sebelumnya!", "wkwkwk"],
    hard=["Pemandangannya [[indah|word_name]] banget", "Hasilnya [[bagus|word_name]] kok", "[[Putri|word_name]] saya baru masuk SD"],
    tech=["Habis update ke {VERV} muncul error ini:"],
    oneword=["Makasih!", "+1", "👍", "Setuju.", "wkwk"],
    tags=["#jakarta", "#lowongan"],
    sig=dict(tel="Telp", mob="HP", mail="Email", web="Web", roles=["Manajer proyek", "Staf HRD"]),
    table=["Nama", "Peran", "Telepon", "Email"], roles=["PIC", "cadangan"],
    quote=["{P} menulis:"],
    caps=["CAPEK BANGET", "NGGAK ADA YANG BALES"],
)

LANGS["tl-en"] = dict(
    script="Latn", cult=[("tl", 92), ("en", 8)],
    phone=[("PH", 100)], iban=["DE", "GB"],
    date=["mdy/", "iso"], time=["24", "12"], price=["php"],
    wordfirst=[("tl", "Lovely"), ("tl", "Joy"), ("tl", "Mark")],
    greet=["Hi {F}!", "Hello po {F},", "Uy {F}!"],
    thanks=["Salamat {F}!", "Thank you po, {F} 🙏", "Salamat talaga {F}!!"],
    body=[
        "Sino may contact ni {P}? Nag-email ako sa {E} pero nag-bounce",
        "Bagong number ko {PH}, pa-save na lang po",
        "Thank you {H} sa tulong sa paglipat!!",
        "For inquiries sa unit, text {P} sa {PH}",
        "Order {ORDER} ko hindi pa rin dumadating, {BH} hindi sumasagot",
        "Ticket {TICKET} sinara nila kahit hindi pa ayos",
        "Profile ni {P}: {URL}",
        "Pa-email na lang sa {EO} if may tanong",
        "Kita tayo sa {DATE}, around {TIME}",
        "{PRICE} na lang ngayon from {PRICE}, grabe",
        "We're hiring po! Apply sa {URLJ} or send CV sa {E}",
        "Pa-PM po or text sa {PH}, salamat!",
        "Reg form po: {URLF}",
        "Book na binabasa ko: {ISBN}",
        "Na-hack yung card ko {CARD}, ano gagawin?",
        "{PA} congrats po sa new work!!",
    ],
    filler=["Sorry sa haba.", "Pagod na ako...", "May naka-experience na ba nito?", "Update: okay na.",
            "Grabe talaga!!!", "Quick question lang:", "Salamat in advance!", "Hahahaha"],
    hard=["[[Lovely|word_name]] naman ng view dito!", "Pure [[joy|word_name]] talaga makita ang pamilya",
          "[[Mark|word_name]] as read na lang ako lol"],
    tech=["After mag-update sa {VERV} ito lumalabas:"],
    oneword=["Salamat!", "+1", "👍", "True.", "HAHAHA"],
    tags=["#manila", "#hiring", "#cebu"],
    sig=dict(tel="Tel", mob="Mobile", mail="Email", web="Web", roles=["Team Lead", "HR Associate"]),
    table=["Name", "Role", "Phone", "Email"], roles=["lead", "backup"],
    quote=["{P} wrote:"],
    caps=["PAGOD NA AKO", "WALANG SUMASAGOT"],
)

LANGS["hi-en"] = dict(
    script="Latn", cult=[("in", 100)],
    phone=[("IN", 100)], iban=["GB", "DE"],
    date=["dmy/", "dmy-"], time=["24", "12"], price=["inr"],
    wordfirst=[("in", "Asha")],
    greet=["Hi {F},", "Hey {F}!", "{F} ji,", "Hello {F}"],
    thanks=["Thanks {F}!", "Shukriya {F} 🙏", "Thank you {F} ji"],
    body=[
        "Kisi ke paas {P} ka number hai? {E} pe mail kiya tha, bounce ho gaya",
        "Mera naya number {PH} hai, save kar lo",
        "{H} ka bahut thanks, shifting mein help ki!!",
        "Flat ke liye {P} se baat karo: {PH}",
        "Order {ORDER} abhi tak nahi aaya yaar, {BH} reply hi nahi kar raha",
        "Ticket {TICKET} bina solve kiye close kar diya 🙄",
        "{P} ki profile: {URL}",
        "Queries ke liye {EO} pe mail karo",
        "Meeting {DATE} ko {TIME} baje hai",
        "Ab sirf {PRICE}, pehle {PRICE} tha",
        "Hiring chal rahi hai! {URLJ} pe apply karo ya {E} pe CV bhejo",
        "Mujhe {PH} pe WhatsApp karo",
        "Bhai kisi ne {CARD} wala card use kiya bina bataye, bank se kya bolu?",
        "Form bhar do: {URLF}",
        "Paper ka link: {URLP}",
        "{PA} congrats yaar, party kab hai?",
    ],
    filler=["Lamba post hai sorry.", "Ab aur nahi hota yaar...", "Kisi ke saath aisa hua hai?", "Update: ho gaya.",
            "Hadd hai!!!", "Ek quick sawaal:", "Thanks in advance!", "Sahi hai"],
    hard=["[[Asha|word_name]] hai sab theek ho jayega", "[[Peter England|company]] ki shirt sale mein mili",
          "[[Allen Solly|company]] ka showroom band ho gaya", "[[Louis Philippe|company]] blazer try kiya, mehenga hai"],
    tech=["{VERV} pe update karne ke baad ye error aa raha hai:"],
    oneword=["Thanks!", "+1", "👍", "Sahi", "haha"],
    tags=["#bangalore", "#mumbai", "#hiring"],
    sig=dict(tel="Tel", mob="Mob", mail="Email", web="Web", roles=["Project Manager", "HR Executive"]),
    table=["Name", "Role", "Phone", "Email"], roles=["lead", "backup"],
    quote=["{P} ne likha:"],
    caps=["HADD HAI", "KOI REPLY NAHI KARTA"],
)

LANGS["es-en"] = dict(
    script="Latn", cult=[("es", 60), ("en", 40)],
    phone=[("US", 70), ("MX", 30)], iban=["ES"],
    date=["mdy/", "iso"], time=["12", "24"], price=["usd"],
    wordfirst=[("es", "Dolores"), ("es", "Luz"), ("es", "Esperanza")],
    greet=["Hey {F}!", "Hola {F},", "Oye {F}"],
    thanks=["Gracias {F}!", "Thanks {F}, te debo una 🙏"],
    body=[
        "Oye, alguien tiene el number de {P}? Le mandé un email a {E} y rebotó",
        "Mi nuevo número es {PH}, text me",
        "Thank you {H} por la ayuda con el move!!",
        "Para el apartment, call {P} al {PH}",
        "My order {ORDER} todavía no llega y {BH} no contesta",
        "Cerraron mi ticket {TICKET} sin fix nada",
        "El profile de {P}: {URL}",
        "Mándame un email a {EO}",
        "Nos vemos el {DATE} at {TIME}",
        "Ahora está {PRICE}, antes {PRICE}, qué ganga",
        "Estamos hiring! Apply en {URLJ} o manda tu resume a {E}",
        "I'm so done con este landlord, llamé al {PH} like 5 times",
        "Mi SSN {SSN} salió en un data breach?? qué hago",
        "The IRS letter had my SSN {SSN} printed on the envelope wtf",
        "Encuesta for the party: {URLF}",
        "My SSN {SSNX} got rejected en el form, obvio, I typed it wrong",
        "{PA} congrats on the new job, te lo mereces!!",
    ],
    filler=["Perdón por el long post.", "I can't anymore...", "Le ha pasado a alguien más?", "Update: ya está.",
            "Qué ridiculous!!!", "Quick question:", "Gracias in advance!"],
    hard=["Se fue la [[luz|word_name]] otra vez, the whole block", "Tengo [[dolores|word_name]] de cabeza all week",
          "Mientras hay vida hay [[esperanza|word_name]], right?"],
    oneword=["Gracias!", "+1", "👍", "Facts", "jajaja"],
    tags=["#miami", "#latinx", "#hiring"],
    sig=dict(tel="Tel", mob="Cell", mail="Email", web="Web", roles=["Office Manager", "Gerente de ventas"]),
    table=["Nombre", "Role", "Phone", "Email"], roles=["lead", "backup"],
    quote=["{P} escribió:"],
    caps=["ESTOY DONE", "NADIE CONTESTA"],
)

LANGS["pcm"] = dict(
    script="Latn", cult=[("ng", 100)],
    phone=[("NG", 100)], iban=["GB", "DE"],
    date=["dmy/", "iso"], time=["24", "12"], price=["ngn"],
    wordfirst=[("ng", "Blessing"), ("ng", "Favour"), ("ng", "Patience")],
    greet=["How far {F},", "Good morning {F}!", "{F} abeg,"],
    thanks=["Thank you {F}!", "{F} you do well o 🙏", "Tanks {F}"],
    body=[
        "Who get {P} number? I send mail to {E} e bounce",
        "My new number na {PH}, abeg save am",
        "Big thanks to {H} wey help me pack load!!",
        "For the room, call {P} for {PH}",
        "My order {ORDER} never land, {BH} no dey reply",
        "Dem close my ticket {TICKET} without solving anything",
        "{P} profile na {URL}",
        "Send am to {EO}",
        "We go meet for {DATE} by {TIME}",
        "E don reach {PRICE} now, before na {PRICE}",
        "We dey hire o! Apply for {URLJ} or send CV to {E}",
        "Dem use my card {CARD} buy things wey I no buy",
        "{PA} congrats o, na God do am!!",
    ],
    filler=["Abeg no vex say e long.", "I don tire...", "E don happen to anybody?", "Update: e don work.",
            "Wahala no dey finish!!!", "Quick question:", "Thank you in advance!"],
    hard=["God don give us [[blessing|word_name]] this year", "Abeg do me one [[favour|word_name]]",
          "Small [[patience|word_name]] abeg, e go work"],
    oneword=["Tanks!", "+1", "👍", "True talk", "lol"],
    tags=["#lagos", "#abuja", "#naija"],
    sig=dict(tel="Tel", mob="Mobile", mail="Email", web="Web", roles=["Sales Rep", "Admin Officer"]),
    table=["Name", "Role", "Phone", "Email"], roles=["lead", "backup"],
    quote=["{P} talk say:"],
    caps=["I DON TIRE", "NOBODY DEY REPLY"],
)

for _l, _d in LANGS.items():
    for _k in ("tech", "ai"):
        _d.setdefault(_k, LANGS["en"][_k])
    _d.setdefault("wordfirst", [])

LANG_WEIGHTS = [("en", 24), ("de", 6), ("fr", 5), ("es", 5), ("it", 3), ("nl", 3), ("pt", 4), ("pl", 2),
                ("tr", 2), ("sv", 2), ("ru", 4), ("uk", 2), ("el", 2), ("ar", 4), ("he", 2), ("hi", 3),
                ("bn", 2), ("ta", 2), ("zh", 5), ("ja", 4), ("ko", 3), ("th", 2), ("vi", 2), ("id", 2),
                ("tl-en", 3), ("hi-en", 3), ("es-en", 2), ("pcm", 2)]


# ----------------------------------------------------------------------------------------------
# genres
# ----------------------------------------------------------------------------------------------

EMOJI = ["😂", "🙏", "🔥", "😭", "❤️", "👀", "💀", "🙃", "😤", "🎉", "✨", "👍", "😅", "🤦", "💯", "🥲", "😡", "🤞"]


def joiner(r):
    return r.rng.choice([" ", " ", " ", "\n", "\n\n", "  "])


def seq(r, tpls, sep=None):
    for i, t in enumerate(tpls):
        if i:
            r.lit(sep if sep is not None else joiner(r))
        r.fill(t)


def body_mix(r, nbody, nfill, hard_p=0.45):
    L, rng = r.L, r.rng
    items = [rng.choice(L["body"]) for _ in range(nbody)] + [rng.choice(L["filler"]) for _ in range(nfill)]
    if L["hard"] and rng.random() < hard_p * min(1.0, len(L["hard"]) / 6.0):
        items.append("{HARD}")
    rng.shuffle(items)
    return items


def maybe_emoji(r, p=0.3):
    if r.rng.random() < p:
        r.lit(" " + "".join(r.rng.choice(EMOJI) for _ in range(r.rng.randint(1, 4))))


def k_post(r):
    rng, L = r.rng, r.L
    if rng.random() < 0.2:
        r.fill(rng.choice(L["greet"]), mess=False)
        r.lit(rng.choice([" ", "\n"]))
    seq(r, body_mix(r, rng.randint(1, 3), rng.randint(0, 2)))
    if L["caps"] and rng.random() < 0.12:
        r.lit(joiner(r))
        r.fill(rng.choice(L["caps"]) + "!!!")
    maybe_emoji(r)
    if rng.random() < 0.25:
        r.lit(rng.choice(["\n\n", "\n", " "]))
        r.lit(" ".join(rng.sample(L["tags"], min(len(L["tags"]), rng.randint(1, 4)))))
    if rng.random() < 0.15:
        r.lit(rng.choice(["\n", " "]))
        r.fill(rng.choice(L["thanks"]), mess=False)


def k_comment(r):
    rng, L = r.rng, r.L
    if rng.random() < 0.3:
        SLOTS["H"](r) if rng.random() < 0.8 else SLOTS["BH"](r)
        r.lit(" ")
    k = rng.random()
    if k < 0.55:
        r.fill(rng.choice(L["body"]))
    elif k < 0.75 and L["hard"] and rng.random() < min(1.0, len(L["hard"]) / 6.0):
        r.fill("{HARD}")
    elif k < 0.9:
        seq(r, [rng.choice(L["filler"]), rng.choice(L["body"])])
    else:
        r.fill(rng.choice(L["thanks"]), mess=False)
    maybe_emoji(r, 0.35)


def quote_lines(r, n):
    rng, L = r.rng, r.L
    for i in range(n):
        r.lit("> ")
        r.fill(rng.choice(L["body"] + L["filler"]), mess=False)
        r.lit("\n")


def k_reply(r):
    rng, L = r.rng, r.L
    if rng.random() < 0.45:
        r.fill(rng.choice(L["quote"]), mess=False)
        r.lit("\n")
    quote_lines(r, rng.randint(1, 3))
    if rng.random() < 0.3:
        r.lit(">\n> ")
        r.fill(rng.choice(L["filler"]), mess=False)
        r.lit("\n")
    r.lit(rng.choice(["\n", ""]))
    seq(r, body_mix(r, rng.randint(0, 2), rng.randint(1, 2), 0.35))
    if rng.random() < 0.3:
        r.lit(" ")
        r.fill(rng.choice(L["thanks"]), mess=False)


def k_dm(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["greet"]), mess=False)
    r.lit(rng.choice(["\n", " ", "\n\n"]))
    seq(r, body_mix(r, rng.randint(1, 2), rng.randint(0, 1)))
    r.lit(rng.choice(["\n", " ", "\n\n"]))
    r.fill(rng.choice(L["thanks"]), mess=False)


def k_profile(r):
    rng, L = r.rng, r.L
    m = r.member(fresh=True)
    r.gold(r.render_name(m), "PERSON")
    r.lit(rng.choice([" ✨", " | ", " · ", " 🌿", ""]))
    r.lit(rng.choice([" | ", "\n"]) + rng.choice(L["sig"]["roles"]))
    if rng.random() < 0.5:
        r.lit(" ")
        r.neg("@" + rng.choice(BRAND_HANDLES), "non_member_handle")
    r.lit("\n")
    lines = []
    if rng.random() < 0.6:
        lines.append(("📧 ", lambda: r.gold(email_gold(rng, m), "EMAIL")))
    if rng.random() < 0.6:
        lines.append(("🔗 ", lambda: r.gold(url_profile(rng, m), "URL")))
    if rng.random() < 0.4:
        lines.append(("📞 ", lambda: SLOTS["PH"](r)))
    if rng.random() < 0.3:
        lines.append(("", lambda: r.gold("@" + m.handle, "HANDLE")))
    if rng.random() < 0.25:
        lines.append(("💼 ", lambda: r.neg(company_site(rng), "url_company")))
    if not lines:
        lines.append(("", lambda: r.gold(url_profile(rng, m), "URL")))
    sep = rng.choice(["\n", " · ", " | "])
    for i, (pre, fn) in enumerate(lines):
        if i:
            r.lit(sep)
        r.lit(pre)
        fn()
    if rng.random() < 0.4:
        r.lit("\n" + " ".join(rng.sample(L["tags"], min(len(L["tags"]), 2))))


def company_site(rng):
    d = rng.choice(COMPANY_DOMAINS)
    return rng.choice(["www." + d, "https://www." + d, "https://" + d, d, "https://www.%s/" % d])


def sig_block(r, m):
    rng, L = r.rng, r.L
    S = L["sig"]
    r.lit(rng.choice(["\n\n--\n", "\n\n-- \n", "\n\n", "\n\n___\n", "\n\nBest,\n" if L["script"] == "Latn" else "\n\n"]))
    r.gold(r.render_name(m), "PERSON")
    r.lit("\n" + rng.choice(S["roles"]))
    if rng.random() < 0.6:
        r.lit(rng.choice([" | ", ", ", "\n"]) + rng.choice(COMPANY_DOMAINS).split(".")[0].replace("-", " ").title())
    r.lit("\n")
    sep = rng.choice(["\n", " | ", " · "])
    parts = []
    def lab(x):
        return x + (rng.choice([": ", " "]) if x.endswith(".") else rng.choice([": ", " ", ". "]))
    parts.append(lambda: (r.lit(lab(S["tel"])), SLOTS["PH"](r)))
    if rng.random() < 0.6:
        parts.append(lambda: (r.lit(lab(S["mob"])), SLOTS["PH"](r)))
    parts.append(lambda: (r.lit(S["mail"] + rng.choice([": ", " "])), r.gold(email_gold(rng, m), "EMAIL")))
    if rng.random() < 0.5:
        parts.append(lambda: (r.lit(S["web"] + rng.choice([": ", " "])), r.neg(company_site(rng), "url_company")))
    elif rng.random() < 0.5:
        parts.append(lambda: r.gold(url_profile(rng, m), "URL"))
    for i, f in enumerate(parts):
        if i:
            r.lit(sep)
        f()
    if rng.random() < 0.2:
        r.lit("\n\nThis e-mail and any attachments may contain confidential information. If you are not the intended recipient, please delete it.")


def k_signature(r):
    rng, L = r.rng, r.L
    if rng.random() < 0.5:
        r.fill(rng.choice(L["greet"]), mess=False)
        r.lit("\n\n")
    seq(r, body_mix(r, rng.randint(1, 2), rng.randint(0, 2), 0.2))
    sig_block(r, r.member(fresh=True))


def k_vcard(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["filler"]))
    fence = rng.choice(["```\n", "", ""])
    r.lit("\n" + fence)
    m = r.member(fresh=True)
    r.lit("BEGIN:VCARD\nVERSION:")
    r.neg(rng.choice(["3.0", "4.0", "2.1"]), "version")
    r.lit("\nFN:")
    r.gold(m.name, "PERSON")
    if rng.random() < 0.6:
        r.lit("\nORG:" + rng.choice(COMPANY_DOMAINS).split(".")[0].replace("-", " ").title())
    r.lit("\nTEL;TYPE=" + rng.choice(["CELL", "WORK,VOICE", "cell", "HOME"]) + ":")
    SLOTS["PH"](r)
    if rng.random() < 0.4:
        r.lit("\nTEL;TYPE=WORK:")
        SLOTS["PH"](r)
    r.lit("\nEMAIL;TYPE=INTERNET:" if rng.random() < 0.5 else "\nEMAIL:")
    r.gold(email_gold(rng, m), "EMAIL")
    if rng.random() < 0.6:
        r.lit("\nURL:")
        r.gold(url_profile(rng, m), "URL")
    r.lit("\nEND:VCARD" + ("\n```" if fence else ""))


def iso_ts(rng):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                                     rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                                                     rng.randint(0, 999))


def log_line(r):
    rng = r.rng
    k = rng.randint(0, 11)
    ip = "{IP4}" if rng.random() < 0.55 else "{IP4X}"
    if k == 0:
        r.fill(ip + ' - - [%02d/%s/%d:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' % (
            rng.randint(1, 28), rng.choice(MONTHS_EN), rng.randint(2022, 2025), rng.randint(0, 23), rng.randint(0, 59),
            rng.randint(0, 59), rng.choice(["GET", "POST", "GET"]), rng.choice(["/login", "/api/v2/items?page=2", "/wp-login.php", "/.env", "/health"]),
            rng.choice([200, 401, 404, 403, 502]), rng.randint(0, 9000)), mess=False)
        r.neg("%d.0.0.0" % rng.randint(110, 126), "version_ip")
        r.lit(' Safari/537.36"')
    elif k == 1:
        r.lit('{"ts":"')
        r.neg(iso_ts(rng), "date")
        r.lit('","level":"%s","msg":"%s","user":"' % (rng.choice(["warn", "info", "error"]), rng.choice(["login failed", "password reset requested", "rate limited"])))
        r.fill('{EG}","ip":"' + ip + '","req_id":"{REQ}"}', mess=False)
    elif k == 2:
        r.fill("%s %2d %02d:%02d:%02d web-%02d sshd[%d]: Failed password for invalid user %s from %s port %d ssh2" % (
            rng.choice(MONTHS_EN), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
            rng.randint(1, 12), rng.randint(1000, 65000), rng.choice(["admin", "root", "test", "oracle", "ubuntu"]),
            rng.choice(["{IP4}", "{IP4}", "{IP6}", "{IP4X}"]), rng.randint(30000, 65000)), mess=False)
    elif k == 3:
        d = date_value(rng, "iso")
        r.neg(d, "date")
        r.lit(" ")
        r.neg("%02d:%02d:%02d,%03d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)), "time")
        r.fill(" ERROR [worker-%d] db.pool - could not connect to {IP4X}:%d (timeout 30s)" % (rng.randint(1, 8), rng.choice([5432, 3306, 6379, 27017])), mess=False)
    elif k == 4:
        r.fill("X-Forwarded-For: {IP4}, {IP4X}", mess=False)
    elif k == 5:
        r.fill("Accepted publickey for deploy from {IP6} port %d ssh2: ED25519 SHA256:%s" % (
            rng.randint(30000, 65000), "".join(rng.choice("ABCDEFGHabcdefgh0123456789+/") for _ in range(20))), mess=False)
    elif k == 6:
        r.fill("eth0: inet6 {IP6X} scope link  ether {MAC}", mess=False)
    elif k == 7:
        r.fill("Server: nginx/{VER}  X-Request-ID: {REQ}", mess=False)
    elif k == 8:
        r.lit("router firmware ")
        r.neg("%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 30), rng.randint(0, 255)), "version_ip")
        r.fill(" detected, WAN address {IP4}", mess=False)
    elif k == 9:
        r.fill("[%s] client {IP4P} connected, user-agent okhttp/{VER}" % ("%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))), mess=False)
    elif k == 10:
        r.fill("WARN  smtp: relay denied for <{EG}> from [{IP4}]", mess=False)
    else:
        r.fill("upstream timed out (110) while connecting to upstream, client: " + ip + ", server: api, upstream: \"http://{IP4X}:8080/\"", mess=False)


def k_log(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["tech"]))
    r.lit("\n" + rng.choice(["```\n", "```log\n", "", "    "]))
    for i in range(rng.randint(2, 8)):
        if i:
            r.lit("\n")
        log_line(r)
    r.lit(rng.choice(["\n```", "\n```\n", "\n"]))
    if rng.random() < 0.6:
        r.lit("\n")
        seq(r, body_mix(r, rng.randint(0, 1), 1, 0.1))


def k_stacktrace(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["tech"]))
    r.lit("\n```\n")
    k = rng.randint(0, 3)
    if k == 0:
        r.fill('Traceback (most recent call last):\n  File "/srv/app/worker.py", line %d, in <module>\n    main()\n  File "/srv/app/worker.py", line %d, in main\n    conn = psycopg2.connect(host="{IP4X}", user="svc_billing")\npsycopg2.OperationalError: connection to server at "{IP4X}", port 5432 failed: Connection timed out' % (
            rng.randint(80, 400), rng.randint(20, 79)), mess=False)
        if rng.random() < 0.5:
            r.fill('\nDuring handling of the above exception, another exception occurred:\nsmtplib.SMTPRecipientsRefused: {\'{EG}\': (550, b\'5.1.1 User unknown\')}', mess=False)
    elif k == 1:
        r.fill("java.net.SocketTimeoutException: Connect timed out ({IP4P})\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:%d)\n\tat com.acme.billing.Client.send(Client.java:%d)\n\tat com.acme.billing.InvoiceJob.run(InvoiceJob.java:%d)\nCaused by: customer=\"{P}\" email={EG}" % (
            rng.randint(100, 700), rng.randint(10, 400), rng.randint(10, 200)), mess=False)
    elif k == 2:
        r.fill("Error: connect ECONNREFUSED {IP4X}:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:%d:%d)\n  errno: -111,\n  address: '{IP4X}',\n  port: 6379\nNode.js v{VER}" % (
            rng.randint(1000, 1700), rng.randint(1, 40)), mess=False)
    else:
        r.fill("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%x]\n\ngoroutine 1 [running]:\nmain.handler(0xc000%06x)\n\t/go/src/app/main.go:%d +0x1d\nlast request from {IP6} (X-Real-IP {IP4})" % (
            rng.randint(0x400000, 0x4fffff), rng.randint(0, 0xffffff), rng.randint(10, 300)), mess=False)
    r.lit("\n```\n")
    seq(r, [rng.choice(L["filler"])])


def k_table(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["filler"]))
    r.lit("\n\n")
    hdr = list(L["table"])
    ssn_col = r.lang in ("en", "es-en") and rng.random() < 0.35
    if ssn_col:
        hdr[1] = "SSN"
    rows = rng.randint(2, 5)
    style = rng.choice(["md", "md", "tsv", "ascii"])
    if style == "md":
        r.lit("| " + " | ".join(hdr) + " |\n|" + "|".join("---" for _ in hdr) + "|\n")
    elif style == "tsv":
        r.lit("\t".join(hdr) + "\n")
    else:
        r.lit("+--------+\n| " + " | ".join(hdr) + " |\n+--------+\n")
    for i in range(rows):
        m = r.member(fresh=True)
        role = (lambda: SLOTS["SSN" if rng.random() < 0.85 else "SSNX"](r)) if ssn_col else (lambda: r.lit(rng.choice(L["roles"])))
        cells = [lambda: r.gold(r.render_name(m), "PERSON"), role,
                 lambda: SLOTS["PH"](r), lambda: r.gold(email_gold(rng, m), "EMAIL")]
        if style == "tsv":
            for j, c in enumerate(cells):
                if j:
                    r.lit("\t")
                c()
        else:
            r.lit("| ")
            for j, c in enumerate(cells):
                if j:
                    r.lit(" | ")
                c()
            r.lit(" |")
        r.lit("\n")
    if style == "ascii":
        r.lit("+--------+\n")
    if rng.random() < 0.5:
        seq(r, [rng.choice(L["body"] + L["filler"])])


def k_rant(r):
    rng, L = r.rng, r.L
    r.typo = max(r.typo, 0.05)
    n = rng.randint(4, 10)
    items = [rng.choice(L["filler"]) for _ in range(n)] + [rng.choice(L["body"]) for _ in range(rng.randint(1, 3))]
    if L["caps"]:
        items += [rng.choice(L["caps"]) + rng.choice(["!!!", "!!!!!", "?!?!", "."]) for _ in range(rng.randint(1, 3))]
    if L["hard"] and rng.random() < 0.4 * min(1.0, len(L["hard"]) / 6.0):
        items.append("{HARD}")
    rng.shuffle(items)
    for i, t in enumerate(items):
        if i:
            r.lit(rng.choice([" ", " ", "\n\n", "\n", " "]))
        r.fill(t)
        if rng.random() < 0.25:
            maybe_emoji(r, 1.0)
    if rng.random() < 0.4:
        r.lit("\n\nEDIT: ")
        r.fill(rng.choice(L["body"]))


def k_oneword(r):
    rng, L = r.rng, r.L
    k = rng.random()
    if k < 0.5:
        r.lit(rng.choice(L["oneword"]))
    elif k < 0.7:
        SLOTS["H"](r)
    elif k < 0.85:
        r.fill(rng.choice(L["thanks"]), mess=False)
    elif k < 0.93:
        r.lit(rng.choice(["+1 ", "^ ", "this ", ""]))
        SLOTS["H"](r)
    else:
        SLOTS["BH"](r)
        r.lit(rng.choice(["", " ??", " 👀"]))


AI_EN = ["hey im {P}, looking for a new role in data, reach me at {E} or {PH}. linkedin {URL}",
         "write a cover letter for me. name {P}, phone {PH}, email {E}, portfolio {URL}",
         "pls write a polite msg to my landlord {P}, the rent went to {IBAN} on {DATE} already",
         "remind {H} that the invoice {ORDER} is overdue, contact {E}",
         "make a short bio: {P}, designer, {URL}, bookings via {URL}",
         "announce that {P} joins our team, say hi at {E}",
         "Our event is on {DATE} at {TIME}, tickets {URLE}, questions to {E}"]


def k_ai(r):
    rng, L = r.rng, r.L
    r.fill(rng.choice(L["ai"]), mess=False)
    r.lit(rng.choice(["\n", " ", "\n\n"]))
    if r.lang == "en" and rng.random() < 0.7:
        r.fill(rng.choice(AI_EN))
    else:
        seq(r, body_mix(r, rng.randint(1, 2), rng.randint(0, 1), 0.1))
    if rng.random() < 0.3:
        r.lit(rng.choice(["\n\nTone: friendly", "\n(max 280 chars)", "\n\n— keep my contact details!"]))


TRANSLATED = [
    ("German", "Hello together, I search since weeks a flat. Please contact me under {PH} or {E}. Many thanks in advance!"),
    ("German", "Dear all, herewith I want to inform that {P} is from {DATE} our new contact person. You reach {P} under {PH}."),
    ("French", "Hello to all, I come to see that my order {ORDER} is not arrived. I have written to {E} without answer."),
    ("Japanese", "Thank you for your hard work. Regarding the matter, please contact {P}-san ({PH})."),
    ("Russian", "Good day! Who can help, need contact of {P}. Write on {E} please."),
    ("Portuguese", "Good morning people, someone has the contact of {P}? Call me in the {PH}."),
    ("Spanish", "Hello, I am searching {P}, we studied together in the university. The profile is {URL}?"),
    ("Korean", "Hello. This is {P}. Inquiries please to {E}, thank you."),
    ("Chinese", "Everyone good, my WeChat is same as phone {PH}, email {E}, welcome to add."),
    ("Italian", "Good evening, I make a question: someone knows {P}? The number {PH} does not answer."),
    ("Turkish", "Hello, my phone is {PH}, for the apartment you can write me. {P}"),
    ("Dutch", "Hello all, who has experience with this? Mail me on {E}, greetings {P}."),
]
TRANS_HDR = ["[Translated from {L}]", "(auto-translated from {L})", "Translated by Google · See original ({L})",
             "🌐 Translated from {L}", "[{L} → English, machine translation]"]
TRANS_SRC = {"German": "de", "French": "fr", "Japanese": "ja", "Russian": "ru", "Portuguese": "pt", "Spanish": "es",
             "Korean": "ko", "Chinese": "zh", "Italian": "it", "Turkish": "tr", "Dutch": "nl"}


def k_translated(r):
    rng = r.rng
    lang_name, tpl = rng.choice(TRANSLATED)
    r.lit(rng.choice(TRANS_HDR).format(L=lang_name) + "\n")
    # people are from the source culture
    src = TRANS_SRC[lang_name]
    saved = r.L
    r.L = dict(r.L, cult=LANGS[src]["cult"], phone=LANGS[src]["phone"])
    r.fill(tpl)
    if rng.random() < 0.5:
        r.lit("\n\nEDIT: ")
        r.L = dict(LANGS[src], script=LANGS[src]["script"])
        r.fill(rng.choice(LANGS[src]["body"]), mess=False)
    r.L = saved


def k_listing(r):
    rng, L = r.rng, r.L
    S = L["sig"]
    if rng.random() < 0.5:
        r.lit(rng.choice(["## ", "### ", "# "]))
        r.fill(rng.choice(L["filler"]), mess=False)
    else:
        r.lit("**")
        r.fill(rng.choice(L["filler"]), mess=False)
        r.lit("**")
    r.lit("\n\n")
    m = r.member(fresh=True)
    items = [("**%s:** " % L["table"][0], lambda: r.gold(r.render_name(m), "PERSON")),
             ("**%s:** " % S["tel"], lambda: SLOTS["PH"](r)),
             ("**%s:** " % S["mail"], lambda: r.gold(email_gold(rng, m), "EMAIL"))]
    if rng.random() < 0.5:
        items.append(("**%s:** " % S["web"], lambda: r.gold(url_profile(rng, m), "URL")))
    if rng.random() < 0.4:
        items.append(("📅 ", lambda: (SLOTS["DATE"](r), r.lit(", "), SLOTS["TIME"](r))))
    if rng.random() < 0.3:
        items.append(("🎟️ ", lambda: SLOTS["URLE"](r)))
    if rng.random() < 0.3:
        items.append(("IP: `", lambda: (SLOTS["IP4X"](r), r.lit("` (LAN), public `"), SLOTS["IP4"](r), r.lit("`"))))
    if rng.random() < 0.25:
        items.append(("IBAN: `", lambda: (SLOTS["IBAN"](r), r.lit("`"))))
    rng.shuffle(items)
    bullet = rng.choice(["- ", "* ", "• ", "%d. "])
    for i, (pre, fn) in enumerate(items):
        r.lit((bullet % (i + 1) if "%" in bullet else bullet) + pre)
        fn()
        r.lit("\n")
    if rng.random() < 0.5:
        r.lit("\n")
        r.fill(rng.choice(L["body"]))


FORM_INTRO = ["can someone check if i filled this right?? first time doing this", "pasting my form, is this ok to send by email?",
              "new job onboarding form, why do they need all this", "landlord sent this back saying something is wrong:"]


def k_form(r):
    rng = r.rng
    r.fill(rng.choice(FORM_INTRO))
    r.lit(rng.choice(["\n\n", "\n"]))
    m = r.member(fresh=True)
    rows = [("Full name: ", lambda: r.gold(r.render_name(m), "PERSON")),
            ("SSN: ", lambda: SLOTS["SSN" if rng.random() < 0.8 else "SSNX"](r)),
            ("Phone: ", lambda: SLOTS["PH"](r)),
            ("Email: ", lambda: r.gold(email_gold(rng, m), "EMAIL"))]
    if rng.random() < 0.3:
        rows.append(("Card on file: ", lambda: SLOTS["CARD"](r)))
    if rng.random() < 0.3:
        rows.append(("Start date: ", lambda: SLOTS["DATE"](r)))
    if rng.random() < 0.3:
        rows.append(("Emergency contact: ", lambda: (SLOTS["P"](r), r.lit(", "), SLOTS["PH"](r))))
    for pre, fn in rows:
        r.lit(rng.choice(["", "- ", "• "]) + pre)
        fn()
        r.lit("\n")
    if rng.random() < 0.5:
        r.fill(rng.choice(LANGS["en"]["filler"]))


KINDS = [("post", k_post, 20), ("comment", k_comment, 12), ("reply", k_reply, 9), ("dm", k_dm, 6),
         ("profile", k_profile, 6), ("signature", k_signature, 6), ("vcard", k_vcard, 3), ("log", k_log, 6),
         ("stacktrace", k_stacktrace, 3), ("table", k_table, 4), ("rant", k_rant, 5), ("oneword", k_oneword, 5),
         ("ai_prompt", k_ai, 5), ("translated", k_translated, 3), ("listing", k_listing, 5), ("form", k_form, 2)]


# ----------------------------------------------------------------------------------------------
# generation, accidental-mention guard, self-check
# ----------------------------------------------------------------------------------------------

GREET_RE = re.compile(r"(?i)(?<!\w)(hi|hey|hello|thanks|thank you|thx|cheers|ty|dear|morning|yo|hiya|hallo|moin|"
                      r"servus|danke|merci|bonjour|salut|coucou|hola|gracias|buenas|ciao|grazie|hoi|bedankt|oi|"
                      r"olá|valeu|obrigad[ao]|cześć|hej|dzięki|merhaba|selam|teşekkürler|tack|привет|спасибо|"
                      r"здравствуйте|привіт|дякую|γεια|ευχαριστώ|مرحبا|شكرا|היי|שלום|תודה|नमस्ते|धन्यवाद|"
                      r"chào|cảm ơn|halo|hai|makasih|salamat|uy|shukriya|tanks|oye|ey)[\s,!:]+(\w+)")
CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
HANDLE_RE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_.]*[A-Za-z0-9_])")


def accidental(text, marks, D):
    """an unlabelled member name / handle / greeting-first-name in the text (None when clean)"""
    def cov(s, e):
        return any(a < e and s < b for a, b in marks)
    toks = tokens_pos(text)
    for i in range(len(toks)):
        for n in (2, 3, 4, 5):
            if i + n > len(toks):
                break
            ok = all(text[toks[j][1]:toks[j + 1][0]] in (" ", NBSP, "\u3000") for j in range(i, i + n - 1))
            if not ok:
                break
            tup = tuple(t[2] for t in toks[i:i + n])
            if tup in D.ngram and not cov(toks[i][0], toks[i + n - 1][1]):
                return "name %r" % text[toks[i][0]:toks[i + n - 1][1]]
    if CJK_RE.search(text):
        for i in range(len(text)):
            for ln in (2, 3, 4, 5, 6):
                if text[i:i + ln] in D.nospace and not cov(i, i + ln):
                    return "cjk %r" % text[i:i + ln]
    for mt in HANDLE_RE.finditer(text):
        if mt.group(1).lower() in D.handles and not cov(mt.start(), mt.end()):
            return "handle %r" % mt.group()
    for mt in GREET_RE.finditer(text):
        if fold(mt.group(2)) in D.givens and not cov(mt.start(2), mt.end(2)):
            return "greeting %r" % mt.group()
    return None


class Gen:
    def __init__(self, seed, nmembers):
        self.rng = random.Random(seed)
        self.members = gen_members(self.rng, nmembers)
        self.dir = Directory(self.members)
        self.rejected = {}
        # hard-negative sentences only when the directory really holds the look-alike name
        D = self.dir
        self.hard = {}
        for lang, L in LANGS.items():
            keep = []
            for h in L["hard"]:
                names = [fold(x.rsplit("|", 1)[0]) for x in re.findall(r"\[\[([^\]]+)\]\]", h)]
                if all(n in D.full or n in D.givens or n in D.families for n in names):
                    keep.append(h)
            self.hard[lang] = keep

    def record(self, rid):
        rng = self.rng
        for attempt in range(50):
            kind, fn, _ = rng.choices(KINDS, [k[2] for k in KINDS])[0]
            if kind == "translated":
                lang = "en"
            elif kind == "form":
                lang = rng.choice(["en", "en", "en", "es-en"])
            else:
                lang = rng.choices(*zip(*LANG_WEIGHTS))[0]
            r = Rec(self, lang, kind)
            if r.L["script"] == "Latn":
                r.typo = rng.choice([0, 0, 0, 0.02, 0.04, 0.08])
            r.nospace = rng.choice([0, 0, 0, 0.3, 0.8])
            if kind in ("post", "comment", "rant") and r.L["script"] in CASED and lang != "tr" and rng.random() < 0.07:
                r.caps = True
            fn(r)
            text = r.text()
            stripped = text.rstrip()
            lead = len(stripped) - len(stripped.lstrip())
            text = stripped[lead:]
            spans = [(s - lead, e - lead, t) for s, e, t in r.spans]
            negs = [(s - lead, e - lead, c) for s, e, c in r.negs]
            why = accidental(text, [(s, e) for s, e, _ in spans] + [(s, e) for s, e, _ in negs], self.dir)
            if why:
                self.rejected[why.split()[0]] = self.rejected.get(why.split()[0], 0) + 1
                continue
            return {"id": rid, "lang": lang, "kind": kind, "text": text,
                    "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans],
                    "negatives": [{"start": s, "end": e, "category": c} for s, e, c in negs]}
        raise RuntimeError("could not build a clean record")


GREET_AFFIXES = set()
for _L in LANGS.values():
    for _t in _L["greet"] + _L["thanks"]:
        if "{F}" in _t:
            _pre, _post = _t.split("{F}", 1)
            GREET_AFFIXES.add((_pre.lower(), _post.lower()))


def selfcheck(out_dir):
    """validate a written corpus; returns a summary dict, raises AssertionError on a violation"""
    members = [json.loads(l) for l in open(os.path.join(out_dir, "members.jsonl"), encoding="utf-8")]
    full = {fold(m["name"]) for m in members}
    handles = {m["handle"].lower() for m in members}
    # given names and family names, recomputed from the directory's own name field
    givens, fams = set(), set()
    for m in members:
        nm = m["name"]
        if " " in nm or "\u3000" in nm:
            parts = nm.replace("\u3000", " ").split(" ")
            givens.add(fold(parts[0]))
            givens.add(fold(parts[-1]))          # Vietnamese and Japanese-with-space: given is last
            fams.add(fold(parts[-1]))
            fams.add(fold(parts[0]))
            if len(parts) >= 3:
                givens.add(fold(" ".join(parts[:2])))
        else:
            for k in range(1, len(nm)):
                givens.add(fold(nm[k:]))
                fams.add(fold(nm[:k]))
    counts, negc, langs, kinds = {}, {}, {}, {}
    n = 0
    with open(os.path.join(out_dir, "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n += 1
            t = rec["text"]
            langs[rec["lang"]] = langs.get(rec["lang"], 0) + 1
            kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
            sp = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
            for a, b in zip(sp, sp[1:]):
                assert a[1] <= b[0], (rec["id"], a, b)
            for s, e, ty in sp:
                assert 0 <= s < e <= len(t), (rec["id"], s, e)
                v = t[s:e]
                assert v == v.strip() and v, (rec["id"], v)
                counts[ty] = counts.get(ty, 0) + 1
                if ty == "CREDIT_CARD":
                    d = re.sub(r"[ -]", "", v)
                    assert d.isdigit() and luhn_sum_ok(d) and len(d) in (15, 16), v
                elif ty == "IBAN":
                    assert iban_ok(v), v
                elif ty == "US_SSN":
                    assert ssn_ok(v), v
                elif ty == "IPV4":
                    assert ipv4_gold_ok(v), v
                elif ty == "IPV6":
                    assert ipv6_gold_ok(v), v
                elif ty == "PERSON":
                    fv = fold(v)
                    assert fv in full or fv in givens, (rec["id"], v)
                    if fv not in full:           # a first name alone: only in a greeting or thanks
                        before = t[max(0, s - 40):s].lower()
                        after = t[e:e + 20].lower()
                        assert any((pre and before.endswith(pre)) or (not pre and post and after.startswith(post))
                                   for pre, post in GREET_AFFIXES), (rec["id"], before, v, after)
                elif ty == "HANDLE":
                    assert v.startswith("@") and v[1:].lower() in handles, v
                elif ty == "EMAIL":
                    assert "@" in v or "at" in v.lower(), v
                    assert not v.lower().endswith((".example", ".test", ".invalid", "example.com", "example.org",
                                                   "example.net")), v
                    before = t[s - 1] if s else " "
                    after = t[e] if e < len(t) else " "
                    assert not (before.isascii() and before.isalpha()), (rec["id"], v)
                    assert not (after.isascii() and after.isalnum()), (rec["id"], v)
                elif ty == "URL":
                    assert not re.search(r"(^|[/.])(example\.(com|org|net)|[^/]*\.test|[^/]*\.invalid)(/|$)", v) \
                        or "askfirst.example/u/" in v, v
                    assert "askfirst.example" not in v or "askfirst.example/u/" in v, v
                    before = t[s - 1] if s else " "
                    after = t[e] if e < len(t) else " "
                    assert not (before.isascii() and before.isalpha()), (rec["id"], v)
                    assert not (after.isascii() and after.isalnum()) and after not in ".)" or after in ".)", v
                    assert not v.endswith((".", ")", ",")), v
            for ng in rec["negatives"]:
                s, e, c = ng["start"], ng["end"], ng["category"]
                assert 0 <= s < e <= len(t), (rec["id"], ng)
                assert not any(a < e and s < b for a, b, _ in sp), (rec["id"], ng)
                v = t[s:e]
                negc[c] = negc.get(c, 0) + 1
                if c == "luhn_invalid":
                    assert not luhn_sum_ok(re.sub(r"[ -]", "", v)), v
                elif c == "iban_bad_check":
                    c2 = v.replace(" ", "")
                    assert len(c2) == IBAN_SPECS[c2[:2]][0] and iban_mod97(c2) != 1, v
                elif c == "ssn_invalid":
                    assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) and not ssn_ok(v), v
                elif c.startswith("ipv4_"):
                    ip = ipaddress.IPv4Address(v)
                    assert not ipv4_gold_ok(v)
                    assert {"ipv4_private": ip.is_private, "ipv4_loopback": ip.is_loopback,
                            "ipv4_linklocal": ip.is_link_local,
                            "ipv4_documentation": any(ip in ipaddress.ip_network(x) for x in
                                                      ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")),
                            "ipv4_reserved": ip.is_reserved or ip in ipaddress.ip_network("0.0.0.0/8")}[c], v
                elif c == "ipv6_nonglobal":
                    ip = ipaddress.IPv6Address(v)
                    assert not ipv6_gold_ok(v), v
                elif c == "version_ip":
                    ipaddress.IPv4Address(v)
                    cue = t[max(0, s - 25):s].lower()
                    assert re.search(r"(firmware|version|v|build|chrome/|fw|agent)\s*$", cue), (rec["id"], cue)
                elif c == "example_domain":
                    assert re.search(r"(example\.(com|org|net)|\.example|\.test|\.invalid)", v), v
                    assert "askfirst.example/u/" not in v, v
                elif c in ("company", "place", "eponym", "word_name"):
                    fv = fold(v)
                    assert fv in full or fv in givens or fv in fams, (rec["id"], c, v)
                elif c == "non_member_handle":
                    assert v.startswith("@") and v[1:].lower() not in handles, v
                elif c in ("date", "time", "price", "order_number", "ticket_number", "isbn", "version", "patent"):
                    cue = t[max(0, s - 40):s]
                    if c == "price":
                        assert re.search(r"[$€£¥￥₹₽₩฿₫₦₱₺₴₪৳zł円元원đ]|USD|EUR|INR|RMB|AED|TL|kr|Rs|Rp|руб|грн|درهم|บาท|ש\"ח|MX\$|A\$", v), v
                    elif c == "isbn":
                        assert re.search(r"ISBN[-13]*:?\s*$", cue), cue
                    elif c == "patent":
                        assert re.match(r"(US |U\.S\. |EP |DE |WO |CN |JP )", v), v
                    elif c == "version":
                        assert v.startswith("v") or re.search(r"(version|VERSION:|nginx/|okhttp/|Node\.js v|Chrome/|"
                                                              r"[Vv]ersion|Python|build)\s*$", cue), (rec["id"], cue, v)
                    else:
                        assert re.search(r"\w", cue) or c == "date" and s == 0, (rec["id"], c, cue)
    return dict(records=n, members=len(members), types=counts, negatives=negc, langs=langs, kinds=kinds)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true", help="validate the written corpus and print a summary")
    a = ap.parse_args()
    t0 = time.time()
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed, a.members)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in g.members:
            f.write(m.as_json() + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(a.records):
            rec = g.record("b26-%d-%05d" % (a.seed, i + 1))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    el = time.time() - t0
    if a.selfcheck:
        s = selfcheck(a.out)
        print("selfcheck ok: %d records, %d members, generated in %.1fs (%s records regenerated: %s)" % (
            s["records"], s["members"], el, sum(g.rejected.values()), g.rejected))
        print("gold:      " + ", ".join("%s %d" % kv for kv in sorted(s["types"].items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(s["negatives"].items())))
        print("langs:     " + ", ".join("%s %d" % kv for kv in sorted(s["langs"].items())))
        print("kinds:     " + ", ".join("%s %d" % kv for kv in sorted(s["kinds"].items())))


if __name__ == "__main__":
    main()
