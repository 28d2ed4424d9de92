#!/usr/bin/env python3
"""gen_blind8.py - an independent, labelled PII corpus for askfirst's redactor (issue 3).

Written BLIND on 2026-11-29 from two sources only: the text of issue 3 (the product's
definition of personal data, its "not this" column and its targets) and bench/pii/score.py
(the input format).  No other file of the repository was read and the engine was not run.

  gen_blind8.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"}), DIR/corpus.jsonl
(records {"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]}, offsets
in code points, end-exclusive) and DIR/gold_as_pred.jsonl (the gold spans under "pii", for a
format check with score.py --check, which must give 100%).  Deterministic for a seed; Python 3
standard library only.

What it covers
  * Genres of a professional social network: recruiter messages, conference/meetup threads,
    support-forum posts, comment threads quoting each other ("> ..."), resume/about sections,
    job posts, recommendations, event notices, DMs shared as posts, bios with contact lines,
    e-mail signatures.
  * 25 languages/scripts: English, German, French, Spanish, Portuguese (BR), Italian, Dutch,
    Polish, Turkish, Russian (Cyrillic), Greek, Arabic, Hebrew, Hindi (Devanagari), Bengali,
    Tamil, Thai, Chinese, Japanese, Korean, Vietnamese, Indonesian, Swahili, Yoruba, Hausa,
    plus English mixed into the others.  PII is often glued to CJK/Thai/Korean text without
    spaces (e-mails, phones, handles, names with honorifics such as 님 / さん / คุณ).
  * All ten types of the table: EMAIL (plain, role, obfuscated "[at]"/"(at)"/"[dot]", in
    mailto: or <...>), PHONE (US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG national and
    international formats, bare E.164, separators space/dash/dot/slash/NBSP/"(0)"), IPV4 (global,
    with :port and /cidr outside), IPV6 (global, compressed or full, [ ]:port outside),
    CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55 and 2221-2720, Amex, Discover; grouped or
    not), IBAN (mod-97 valid, 20 countries, compact or grouped), US_SSN (valid ranges, dashes
    or spaces), URL (profile links only), HANDLE (@handle of members), PERSON (directory names
    in exact form, any case, without diacritics; possessives; first name alone in a greeting or
    thanks; CJK/Korean full names).
  * Hard negatives (the "not this" column), each labelled with a category: dates, times,
    prices, order/tracking numbers, ticket numbers, ISBNs, versions, patent numbers, non-global
    IPv4 (private, loopback, link-local, documentation, CGNAT, reserved), IPv4-shaped version
    strings, non-global IPv6, Luhn-invalid card-shaped numbers, IBANs with bad check digits,
    SSNs with invalid area/group/serial, company/careers/docs/paper/event/form URLs, "@" tokens
    that are not member handles (@here, decorators, npm scopes, "@ 5pm"), package@version
    strings, firms/places/institutions/eponyms carrying a member's name (members "Morgan
    Stanley", "Grace Hopper", "Alice Springs", "Anke Dijkstra"...), member first names used as
    ordinary words (Will, Grace, Hope, Baraka, Надежда, आशा, 高峰 in 晚高峰...).

--selfcheck re-reads every span and negative from the text and checks it: e-mail syntax and
no reserved/documentation domains, digit counts and boundaries of phones, is_global for IPs
(2001:db8::/32 and 2002::/16 excluded), Luhn + brand prefix + length for cards, mod-97 and
country length for IBANs, SSN ranges, the profile-URL pattern, handles and names against the
directory; negatives must fail the validator they imitate; spans and negatives must not
overlap; no member full name may occur in the text unlabelled.  It prints counts per language,
genre, type and negative category, and exits 1 on any problem.

Labelling choices where the table is ambiguous
  * HANDLE spans include the "@" ("@anjaweber").  Handles are only labelled for members;
    @-tokens that are no member's handle are negatives.  A mention by display name with "@"
    ("@Anja Weber") is not generated.
  * A handle inside a profile URL (github.com/anjaweber, medium.com/@anjaweber) is part of the
    URL span and gets no HANDLE span of its own.  Profile URLs carry the scheme and "www." when
    written, a trailing "/" is inside, a trailing "." or ")" outside.  The platform's own
    profile path is not generated (its domain is not named in issue 3).
  * Obfuscated e-mails span from the local part to the TLD ("maria [at] gmail [dot] com").
  * PHONE spans include the leading "+", a "(0)" and the parentheses of an area code
    ("(415) 867-2301"); "Tel.:", "ext. 12" and a trailing full stop stay outside.  Fictional
    ranges (US 555, UK Ofcom drama numbers, AU ACMA ranges) are avoided.
  * PERSON: full names as written (exact, lower case, upper case, or stripped of diacritics -
    including the letters Python's NFKD does not decompose: ı ł ø đ ɗ ƙ ɓ); a German genitive
    glued "s" ("Anja Webers Vortrag") and an English "'s" are outside the span; honorifics
    glued to CJK/Korean/Thai names (さん, 님, 씨, คุณ) are outside.  A first name alone is
    labelled only in a greeting or thanks; elsewhere a lone first name is never written, except
    as a labelled negative when it is an ordinary word.  Japanese names are written without a
    space (佐藤美咲), as in the directory.  A member's full name inside an institution, prize,
    firm or place name ("Grace Hopper Celebration", "Morgan Stanley", "Alice Springs") is a
    negative, not PERSON.
  * Numbers that fail the validators (Luhn, mod-97, SSN ranges, non-global IPs) are negatives
    even where a human might still call them personal, because the table says "not this".
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- normalising
_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                        "ɗ": "d", "Ɗ": "D", "ƙ": "k", "Ƙ": "K", "ɓ": "b", "Ɓ": "B", "ƴ": "y",
                        "æ": "ae", "œ": "oe", "ß": "ss"})


def strip_marks(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.translate(_EXTRA))


def norm(s):
    return strip_marks(s).casefold().replace("ς", "σ")


def roman(s):
    return re.sub(r"[^a-z0-9]", "", strip_marks(s).lower())


# ----------------------------------------------------------------------------- name pools
# culture: (first names, last names[, "gendered"]); entries are "native" or "native/roman".
POOLS = {
    "en": ("James Olivia Will Grace Rose Hope Mark Frank Bill Joy June April May Summer Amber Hunter Grant "
           "Chase Faith Charlotte Austin Sydney Florence Adelaide Victoria Regina Chelsea Madison "
           "Savannah Lincoln Emily Daniel Sarah Michael Laura Ethan Megan Ryan Chloe Nathan",
           "Baker Young King Walker Hill Wood Stone Fox Little Brown Green White Turner Hughes "
           "Carter Reed Price Bell Murphy Collins O'Brien Patel Nguyen Okafor Fitzgerald Hayes"),
    "de": ("Anja Jürgen Sören Käthe Lukas Mia Jörg Katrin Uwe Friederike Björn Hannah Maximilian",
           "Weber Müller Schäfer Groß Strauß Köhler Becker Hoffmann Wagner Schröder Krüger Vogt"),
    "fr": ("Amélie François Hélène Léa Théo Zoé Noémie Jérôme Céline Benoît Maëlle Loïc",
           "Dubois Lefèvre Moreau Girard Fournier Rousseau Bénard Laurent Mercier Faure Chevalier"),
    "es": ("José María Lucía Jesús Ángel Blanca Dolores Consuelo Pilar Íñigo Alejandro Rocío",
           "García Núñez Martínez Fernández López Muñoz Jiménez Ortega Ibáñez Sánchez Peña"),
    "pt": ("João Conceição Luís Ana Gonçalo Inês Thiago Letícia Márcio Fernanda Caio Lívia",
           "Silva Gonçalves Araújo Magalhães Brandão Assunção Simões Lopes Pereira Figueiredo"),
    "it": ("Giulia Matteo Niccolò Chiara Lorenzo Francesca Luca Giorgia Alessio Elisa Gianluca",
           "Rossi Bianchi Esposito Colombo Ricci Marino Greco Bruno Galli Conti Lombardi"),
    "nl": ("Pieter Anke Sanne Joris Maarten Femke Bram Lotte Sjoerd Ilse Daan Eline",
           "de_Vries van_den_Berg Dijkstra Jansen Bakker Visser Smit de_Boer Mulder van_Dijk Meijer"),
    "pl": ("Łukasz Paweł Wojciech Grzegorz Michał|Małgorzata Zofia Agnieszka Katarzyna Joanna",
           "Nowak Kowalczyk Wójcik Kamiński/Kamińska Lewandowski/Lewandowska "
           "Zieliński/Zielińska Woźniak Szymański/Szymańska", "gendered"),
    "tr": ("Çağla Şükrü İlker Ayşe Gökhan Elif Umut Deniz Barış Özge Emre Zeynep",
           "Yıldız Öztürk Çelik Şahin Aydın Kılıç Doğan Arslan Koç Güneş Erdoğan"),
    "vi": ("Hương Minh Lan Tuấn Thảo Dũng Ngọc Phương Quang Hà Linh Khoa",
           "Nguyễn Trần Lê Phạm Hoàng Đặng Bùi Đỗ Vũ Ngô"),
    "id": ("Budi Siti Ayu Rizky Dewi Agus Putri Wahyu Indah Fajar Bayu Rina",
           "Santoso Rahayu Wijaya Saputra Hidayat Kurniawan Susanto Pratama Lestari Nugroho"),
    "sw": ("Wanjiru Baraka Amani Imani Juma Neema Zawadi Akinyi Kioko Halima Tumaini",
           "Kamau Otieno Mwangi Njoroge Odhiambo Wambui Mutua Kiptoo Achieng Omondi"),
    "yo": ("Adéwálé Olúwaseun Tèmítọ́pẹ́ Adébáyọ̀ Fọláṣadé Kẹ́hìndé Bọ́lá Ìbùkún Ayọ̀dèjì Morẹ́nikẹ́",
           "Ògúnlẹ́yẹ̀ Adébísí Ọláníyan Akínọlá Àjàyí Babátúndé Fáṣọlá Adéyẹmí Ọ̀ṣọ́ba"),
    "ha": ("Aminu Hadiza Abubakar Zainab Sani Hauwa Ibrahim Fatima Musa Aisha Ƙasimu",
           "Bello Abdullahi Yusuf Danjuma Garba Ɗanladi Shehu Lawal Ƙabiru"),
    "ru": ("Дмитрий/Dmitry Алексей/Aleksey Сергей/Sergey Михаил/Mikhail Павел/Pavel|"
           "Ольга/Olga Вера/Vera Надежда/Nadezhda Любовь/Lyubov Ирина/Irina Анна/Anna",
           "Смирнов/Смирнова/Smirnov Иванов/Иванова/Ivanov Кузнецов/Кузнецова/Kuznetsov "
           "Соколов/Соколова/Sokolov Шевчук//Shevchuk Бондаренко//Bondarenko Ткаченко//Tkachenko",
           "gendered"),
    "el": ("Γιώργος/Giorgos Νίκος/Nikos Δημήτρης/Dimitris Κώστας/Kostas|"
           "Μαρία/Maria Ελπίδα/Elpida Ελένη/Eleni Κατερίνα/Katerina Σοφία/Sofia",
           "Παπαδόπουλος/Παπαδοπούλου/Papadopoulos Οικονόμου//Oikonomou "
           "Γεωργίου//Georgiou Νικολάου//Nikolaou Βασιλείου//Vasileiou "
           "Αλεξίου//Alexiou Καραγιάννης/Καραγιάννη/Karagiannis", "gendered"),
    "ar": ("أحمد/Ahmed فاطمة/Fatima أمل/Amal يوسف/Youssef ليلى/Layla عمر/Omar مريم/Maryam "
           "خالد/Khaled نور/Nour سارة/Sara",
           "الحسيني/Alhusseini منصور/Mansour حداد/Haddad الخطيب/Alkhatib عبدالله/Abdallah "
           "النجار/Alnajjar الشامي/Alshami"),
    "he": ("נועה/Noa יוסי/Yossi שירה/Shira אורי/Uri תמר/Tamar איתי/Itai מיכל/Michal רוני/Roni "
           "עדי/Adi",
           "כהן/Cohen לוי/Levi מזרחי/Mizrahi פרץ/Peretz ביטון/Biton אברהם/Avraham "
           "פרידמן/Friedman שפירא/Shapira"),
    "hi": ("प्रिया/Priya राहुल/Rahul आशा/Asha अनीता/Anita विकास/Vikas नेहा/Neha अर्जुन/Arjun "
           "पूजा/Pooja संजय/Sanjay दीपिका/Deepika",
           "शर्मा/Sharma वर्मा/Verma गुप्ता/Gupta सिंह/Singh पटेल/Patel जोशी/Joshi मिश्रा/Mishra "
           "यादव/Yadav"),
    "bn": ("তানভীর/Tanvir সুমাইয়া/Sumaiya রাকিব/Rakib নুসরাত/Nusrat আরিফ/Arif ফারহানা/Farhana "
           "সৌমিত্র/Soumitra মৌমিতা/Moumita",
           "আহমেদ/Ahmed রহমান/Rahman চৌধুরী/Chowdhury হোসেন/Hossain ইসলাম/Islam দাস/Das "
           "সরকার/Sarkar"),
    "ta": ("கார்த்திக்/Karthik பிரியா/Priya அருண்/Arun லட்சுமி/Lakshmi செந்தில்/Senthil "
           "மீனா/Meena விக்னேஷ்/Vignesh தீபா/Deepa",
           "சுப்பிரமணியம்/Subramaniam ராஜ்/Raj கிருஷ்ணன்/Krishnan முருகன்/Murugan "
           "சுந்தரம்/Sundaram வேலு/Velu"),
    "th": ("สมชาย/Somchai สุดา/Suda ณัฐพล/Nattapon พิมพ์ชนก/Pimchanok วีระ/Weera "
           "กมลชนก/Kamonchanok ธนากร/Thanakorn ปิยะนุช/Piyanuch",
           "ใจดี/Jaidee ศรีสุข/Srisuk วงศ์สวัสดิ์/Wongsawat สุขสวัสดิ์/Suksawat ทองดี/Thongdee "
           "แก้วมณี/Kaewmanee"),
    "zh": ("芳/Fang 伟/Wei 静/Jing 晓明/Xiaoming 思远/Siyuan 雨桐/Yutong 建国/Jianguo 丽娜/Lina "
           "子涵/Zihan 浩然/Haoran",
           "王/Wang 李/Li 张/Zhang 刘/Liu 陈/Chen 杨/Yang 赵/Zhao 黄/Huang 周/Zhou 吴/Wu 欧阳/Ouyang"),
    "ja": ("美咲/Misaki 翔太/Shota 陽菜/Hina 大輝/Daiki 結衣/Yui 拓海/Takumi さくら/Sakura 健太/Kenta",
           "佐藤/Sato 鈴木/Suzuki 高橋/Takahashi 田中/Tanaka 渡辺/Watanabe 伊藤/Ito 山本/Yamamoto "
           "中村/Nakamura 小林/Kobayashi"),
    "ko": ("민준/Minjun 서연/Seoyeon 지훈/Jihoon 하은/Haeun 도윤/Doyun 수빈/Subin 예준/Yejun 지우/Jiwoo",
           "김/Kim 이/Lee 박/Park 최/Choi 정/Jung 강/Kang 조/Cho 윤/Yoon"),
}
FAMILY_FIRST = {"zh", "ja", "ko", "vi"}
NOSPACE = {"zh", "ja", "ko"}
VI_MIDDLE = ["Thị", "Văn", "Đức", "Minh", "Thu", "Hữu", "Ngọc"]
# culture weights for the directory
CULT_W = {"en": 14, "de": 6, "fr": 5, "es": 5, "pt": 4, "it": 4, "nl": 3, "pl": 3, "tr": 3,
          "vi": 3, "id": 3, "sw": 3, "yo": 3, "ha": 3, "ru": 4, "el": 2, "ar": 4, "he": 2,
          "hi": 5, "bn": 3, "ta": 3, "th": 3, "zh": 6, "ja": 4, "ko": 4}

# members that exist so that hard negatives are real: (name, culture, given, negative uses)
SPECIAL = [
    ("Morgan Stanley", "en", "Morgan"), ("Ralph Lauren", "en", "Ralph"),
    ("John Lewis", "en", "John"), ("Paul Smith", "en", "Paul"), ("Ted Baker", "en", "Ted"),
    ("Calvin Klein", "en", "Calvin"), ("Hugo Boss", "de", "Hugo"),
    ("Charles Schwab", "en", "Charles"), ("Edward Jones", "en", "Edward"),
    ("Grace Hopper", "en", "Grace"), ("Alan Turing", "en", "Alan"),
    ("Ada Lovelace", "en", "Ada"), ("Max Planck", "de", "Max"),
    ("Rosalind Franklin", "en", "Rosalind"), ("Nelson Mandela", "en", "Nelson"),
    ("Alice Springs", "en", "Alice"), ("Charlotte Amalie", "en", "Charlotte"),
    ("Glen Ellyn", "en", "Glen"), ("Anke Dijkstra", "nl", "Anke"),
    ("Ivan Markov", "en", "Ivan"), ("Lena Kalman", "en", "Lena"), ("Oliver Gantt", "en", "Oliver"),
    ("Sofia Bloom", "en", "Sofia"), ("Thomas Bayes", "en", "Thomas"),
    ("Martina Pareto", "it", "Martina"), ("Kevin Nash", "en", "Kevin"),
    ("高峰", "zh", None), ("林立", "zh", None), ("文明", "zh", None),
]
FIRMS = ["Morgan Stanley", "Ralph Lauren", "John Lewis", "Paul Smith", "Ted Baker",
         "Calvin Klein", "Hugo Boss", "Charles Schwab", "Edward Jones"]
INSTITUTIONS = ["the Grace Hopper Celebration", "the Alan Turing Institute",
                "Ada Lovelace Day", "the Max Planck Institute for Informatics",
                "the Rosalind Franklin Institute", "Nelson Mandela Bay",
                "the Max Planck Society"]
PLACES_FULL = ["Alice Springs", "Charlotte Amalie", "Glen Ellyn"]
PLACES_FIRST = ["Charlotte, NC", "Austin, TX", "Florence", "Sydney", "Adelaide",
                "Victoria, BC", "Regina, SK", "Chelsea", "Madison, WI", "Savannah, GA",
                "Lincoln, Nebraska"]
EPONYMS = ["Dijkstra's algorithm", "Markov chains", "Kalman filters", "Gantt charts",
           "Bloom filters", "Bayes' theorem", "Pareto analysis", "Nash equilibria",
           "Turing test", "Planck's constant", "Markov decision processes"]
PRICE_CUR = {
    "en": ["${a},{b}", "$ {k}k", "£{c}", "${c}.99", "USD {a},{b}"],
    "de": ["{a}.{b} €", "{c},00 €", "EUR {a}.{b}"], "fr": ["{a} {b} €", "{c} €"],
    "es": ["{a}.{b} €", "{c} €"], "it": ["€ {a}.{b}", "{c} euro"], "nl": ["€ {a}.{b},-", "€{c}"],
    "pt": ["R$ {a}.{b},00", "R$ {k} mil"], "pl": ["{a} {b} zł", "{c} PLN"], "tr": ["{a}.{b} TL", "₺{k}.000"],
    "ru": ["{k} 000 ₽", "{a} {b} руб."], "el": ["{a}.{b} €"], "ar": ["{k},000 درهم", "AED {a},{b}"],
    "he": ["₪{a},{b}", "{k},000 ש\"ח"], "hi": ["₹{a},{b},000", "₹{k} लाख"], "bn": ["৳{k},000", "{a},{b} টাকা"],
    "ta": ["₹{a},{b},000"], "th": ["{a}{b} บาท", "฿{k},000"], "zh": ["¥{k},000", "{k}k-{c}k", "{a}{b}元"],
    "ja": ["¥{a},{b},000", "{c}万円"], "ko": ["{a},{b}만원", "₩{k},000,000"], "vi": ["{k} triệu đồng", "{a}.{b}.000₫"],
    "id": ["Rp {k}.000.000", "Rp{a}.{b}.000"], "sw": ["KSh {a},{b}", "KES {k},000"],
    "yo": ["₦{k},000", "₦{a},{b},000"], "ha": ["₦{k},000", "₦{a},{b},000"],
}


def parse_pool(spec):
    out = []
    for w in spec.split():
        w = w.replace("_", " ")
        parts = w.split("/")
        out.append(parts)
    return out


def build_directory(n, rng):
    cults = list(CULT_W)
    weights = [CULT_W[c] for c in cults]
    members = []  # dict(user,name,handle,cult,given)
    handles = set()

    def mkhandle(name_roman_tokens):
        toks = [t for t in (roman(x) for x in name_roman_tokens) if t]
        first, last = toks[0], toks[-1]
        pat = rng.random()
        if pat < 0.4:
            base = first + last
        elif pat < 0.6:
            base = first + "_" + last
        elif pat < 0.75:
            base = first[0] + last
        elif pat < 0.85:
            base = last + first
        else:
            base = first + last + str(rng.randint(1, 99))
        h = base
        while h in handles or len(h) < 5:
            h = base + str(rng.randint(1, 9999))
        handles.add(h)
        return h

    def add(name, cult, given, rtoks):
        members.append({"user": "u%d" % (len(members) + 1), "name": name,
                        "handle": mkhandle(rtoks), "cult": cult, "given": given,
                        "rt": [roman(x) for x in rtoks if roman(x)]})

    for name, cult, given in SPECIAL:
        if cult == "zh":
            rt = {"高峰": ["gao", "feng"], "林立": ["lin", "li"], "文明": ["wen", "ming"]}[name]
        else:
            rt = name.split()
        add(name, cult, given, rt)
    parsed = {}
    for c, spec in POOLS.items():
        if len(spec) == 3:
            m, f = spec[0].split("|")
            parsed[c] = ("g", parse_pool(m), parse_pool(f), parse_pool(spec[1]))
        else:
            parsed[c] = ("u", parse_pool(spec[0]), parse_pool(spec[1]))
    while len(members) < n:
        c = rng.choices(cults, weights)[0]
        p = parsed[c]
        if p[0] == "g":
            fem = rng.random() < 0.5
            fn = rng.choice(p[2] if fem else p[1])
            ln = rng.choice(p[3])
            if len(ln) == 3:  # male/female/roman ('' female = same)
                lnat = (ln[1] or ln[0]) if fem else ln[0]
                lrom = ln[2]
            elif len(ln) == 2:
                lnat, lrom = (ln[1] if fem else ln[0]), ln[0]
            else:
                lnat = lrom = ln[0]
        else:
            fn = rng.choice(p[1])
            ln = rng.choice(p[2])
            lnat, lrom = ln[0], ln[-1]
        fnat, frm = fn[0], fn[-1]
        if c == "vi":
            mid = rng.choice(VI_MIDDLE)
            name = "%s %s %s" % (lnat, mid, fnat)
            rt = [lrom, fnat]
        elif c in NOSPACE:
            name = lnat + fnat
            rt = [lrom, frm] if c != "ko" else [frm, lrom]
        else:
            name = fnat + " " + lnat
            rt = [frm, lrom]
        add(name, c, fnat, rt)
    return members


# ----------------------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card_brand(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


IBAN_FMT = {  # country: (length, bban spec: list of (kind, n)) kind n=digits a=upper c=alnum
    "DE": (22, [("n", 18)]), "GB": (22, [("a", 4), ("n", 14)]), "FR": (27, [("n", 23)]),
    "ES": (24, [("n", 20)]), "IT": (27, [("a", 1), ("n", 10), ("n", 12)]),
    "NL": (18, [("a", 4), ("n", 10)]), "BE": (16, [("n", 12)]), "CH": (21, [("n", 17)]),
    "AT": (20, [("n", 16)]), "PL": (28, [("n", 24)]), "PT": (25, [("n", 21)]),
    "SE": (24, [("n", 20)]), "NO": (15, [("n", 11)]), "DK": (18, [("n", 14)]),
    "FI": (18, [("n", 14)]), "IE": (22, [("a", 4), ("n", 14)]), "TR": (26, [("n", 22)]),
    "SA": (24, [("n", 20)]), "AE": (23, [("n", 19)]), "IL": (23, [("n", 19)]),
    "GR": (27, [("n", 23)]),
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI"]}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (s[:2] in IBAN_FMT and len(s) == IBAN_FMT[s[:2]][0] and s[2:4].isdigit()
            and iban_mod(s) == 1)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, se = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return a != 0 and a != 666 and a < 900 and g != 0 and se != 0


def ip4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def ip6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    if a in ipaddress.IPv6Network("2001:db8::/32") or a in ipaddress.IPv6Network("2002::/16"):
        return False
    return a.is_global and not a.is_multicast


RESERVED_TLD = (".example", ".test", ".invalid", ".localhost", ".local")
EMAIL_RE = re.compile(r"[A-Za-z0-9_%+-][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}")
OBF_RE = re.compile(r"[A-Za-z0-9._%+-]+ ?[\[(]at[\])] ?[A-Za-z0-9-]+"
                    r"(( ?[\[(]dot[\])] ?|\.)[A-Za-z0-9-]+)+")


def email_ok(s):
    if EMAIL_RE.fullmatch(s):
        local, dom = s.split("@")
        if ".." in local or local.endswith("."):
            return False
    elif not OBF_RE.fullmatch(s):
        return False
    low = s.lower()
    return not (low.endswith(RESERVED_TLD) or "example." in low)


PROFILE_RE = re.compile(
    r"(https?://)?(www\.|[a-z]{2}\.)?("
    r"linkedin\.com/in/[a-z0-9-]+/?|github\.com/[A-Za-z0-9_-]+/?|(x|twitter)\.com/[A-Za-z0-9_]+"
    r"|medium\.com/@[A-Za-z0-9_.-]+|bsky\.app/profile/[a-z0-9_.-]+|[a-z0-9_-]+\.substack\.com/?"
    r"|calendly\.com/[a-z0-9_-]+(/[a-z0-9-]+)?)")

# ----------------------------------------------------------------------------- generators


class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.members = members
        self.by_cult = {}
        for m in members:
            self.by_cult.setdefault(m["cult"], []).append(m)
        self.regular = [m for m in members[len(SPECIAL):]]
        self.author = None

    # ---- people
    def member(self, lang):
        r = self.r
        if self.author is not None and r.random() < 0.7:
            return self.author
        cults = LANG_CULT.get(lang, [lang])
        if r.random() < 0.7 and cults:
            pool = self.by_cult.get(r.choice(cults)) or self.regular
        else:
            pool = self.regular if r.random() < 0.9 else self.members
        return r.choice(pool)

    def name_variant(self, m):
        r = self.r
        n = m["name"]
        x = r.random()
        if m["cult"] in NOSPACE or x < 0.68:
            return n
        if x < 0.78:
            return n.lower()
        if x < 0.86:
            return n.upper()
        s = self.plain(n)
        return s if s != n else (n.lower() if n.lower() != n else n)

    @staticmethod
    def plain(n):
        """How people type a name without its diacritics: Latin, Greek (no tonos) and Arabic
        (no hamza seat) lose their marks; Cyrillic only ё -> е (й is a letter); Indic, Thai and
        CJK scripts are left alone (their combining marks are vowels, not accents)."""
        if any("\u0400" <= c <= "\u04ff" for c in n):
            return n.replace("ё", "е").replace("Ё", "Е")
        if all(c < "\u0530" or "\u0600" <= c <= "\u06ff" or c in " '-" or "\u1e00" <= c <= "\u1eff"
               for c in n):
            return strip_marks(n)
        return n

    def given(self, lang):
        for _ in range(20):
            cults = LANG_CULT.get(lang, [lang])
            if self.r.random() < 0.85 and self.by_cult.get(cults[0]):
                m = self.r.choice(self.by_cult[self.r.choice(cults)] if all(c in self.by_cult for c in cults)
                                  else self.by_cult[cults[0]])
            else:
                m = self.member(lang)
            if m["given"] and m["cult"] not in ("zh",):
                return m["given"]
        return m["name"]

    # ---- e-mail
    def email(self, lang, m=None):
        r = self.r
        m = m or self.member(lang)
        toks = m["rt"]
        f, l = toks[0], toks[-1]
        role = r.random() < 0.2
        if role:
            local = r.choice(["jobs", "careers", "hr", "recruiting", "talent", "info", "hello",
                              "support", "press", "kontakt", "contato", "bewerbung", "rh"])
        else:
            local = r.choice([f + "." + l, f + l, f[0] + "." + l, l + "." + f, f + "_" + l,
                              f + str(r.randint(1, 99)), f + "." + l + str(r.randint(70, 99)),
                              m["handle"].replace("_", ".")])
        dom = r.choice(DOMAINS.get(lang, []) + DOMAINS["*"] if r.random() < 0.6 and not role
                       else COMPANY_DOMAINS)
        if r.random() < 0.08:
            at = r.choice([" [at] ", "[at]", "(at)", " (at) "])
            dot = r.choice([" [dot] ", "[dot]", ".", "(dot)"])
            return local + at + dom.replace(".", dot)
        return local + "@" + dom

    # ---- phone
    def phone(self, cc=None):
        r = self.r
        cc = cc or r.choice(PHONE_CC)
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        nz = lambda: str(r.randint(2, 9))
        if r.random() < 0.06:
            cc_e164 = {"US": "1", "UK": "44", "DE": "49", "FR": "33", "IN": "91", "BR": "55",
                       "JP": "81", "AU": "61", "CN": "86", "ES": "34", "IT": "39", "NL": "31",
                       "NG": "234"}[cc]
            nat = {"US": lambda: r.choice(US_AREAS) + self._us_exch() + d(4),
                   "UK": lambda: "7" + str(r.randint(4, 9)) + d(8),
                   "DE": lambda: "1" + r.choice(["51", "52", "57", "60", "70", "71", "76"]) + d(8),
                   "FR": lambda: r.choice("67") + d(8),
                   "IN": lambda: str(r.randint(6, 9)) + d(9),
                   "BR": lambda: r.choice(["11", "21", "31", "41"]) + "9" + d(8),
                   "JP": lambda: r.choice(["70", "80", "90"]) + d(8),
                   "AU": lambda: "4" + r.choice("0123578") + d(7),
                   "CN": lambda: "1" + r.choice("358") + d(9),
                   "ES": lambda: "6" + d(8), "IT": lambda: "3" + d(9),
                   "NL": lambda: "6" + d(8), "NG": lambda: r.choice(["803", "806", "813", "703", "905"]) + d(7)}[cc]()
            return "+" + cc_e164 + nat
        if cc == "US":
            a, e, l = r.choice(US_AREAS), self._us_exch(), d(4)
            s = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                          "+1 (%s) %s-%s", "1-%s-%s-%s"]) % (a, e, l)
        elif cc == "UK":
            k = r.random()
            if k < 0.5:
                mob = "7" + str(r.choice([4, 5, 7, 8, 9])) + d(2)
                rest = d(6)
                s = r.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "+44 %s %s"]) % (
                    mob, rest if r.random() < 0.5 else rest[:3] + " " + rest[3:])
            elif k < 0.8:
                a = r.choice(["7", "8", "3"]) + d(3)
                while a == "7946":
                    a = "7" + d(3)
                s = r.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s"]) % (a, d(4))
            else:
                a = str(r.choice([2, 3, 4, 5, 6, 7, 8])) + d(2)
                while a == "496":
                    a = "2" + d(2)
                s = r.choice(["0161 %s %s", "+44 161 %s %s", "0113 %s %s"]) % (a, d(4))
        elif cc == "DE":
            if r.random() < 0.5:
                p = r.choice(["151", "152", "157", "160", "170", "171", "176", "178"])
                n = d(8) if p != "160" else d(7)
                s = r.choice(["0%s %s", "+49 %s %s", "+49 (0)%s %s", "0%s-%s", "0%s/%s"]) % (
                    p, n if r.random() < 0.6 else n[:4] + " " + n[4:])
            else:
                a = r.choice(["30", "89", "40", "69", "221", "711"])
                n = nz() + d(6 if len(a) == 2 else 5)
                s = r.choice(["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s",
                              "0%s / %s"]) % (a, n if r.random() < 0.6 else n[:3] + " " + n[3:])
        elif cc == "FR":
            first = r.choice("1234567" + "99")
            g = [d(2) for _ in range(4)]
            s = r.choice(["0{f} {a} {b} {c} {e}", "0{f}.{a}.{b}.{c}.{e}", "+33 {f} {a} {b} {c} {e}",
                          "+33 (0){f} {a} {b} {c} {e}", "0{f}{a}{b}{c}{e}", "0{f}-{a}-{b}-{c}-{e}"]
                         ).format(f=first, a=g[0], b=g[1], c=g[2], e=g[3])
        elif cc == "IN":
            if r.random() < 0.75:
                n = str(r.randint(6, 9)) + d(9)
                s = r.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "+91 %s%s", "%s %s"]) % (n[:5], n[5:])
            else:
                s = r.choice(["011 %s %s", "+91 11 %s %s", "080-%s %s", "+91 80 %s %s",
                              "022 %s %s"]) % (nz() + d(3), d(4))
        elif cc == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            if r.random() < 0.7:
                n1, n2 = "9" + str(r.randint(6, 9)) + d(3), d(4)
            else:
                n1, n2 = str(r.randint(2, 5)) + d(3), d(4)
            s = r.choice(["+55 %s %s-%s", "(%s) %s-%s", "+55 (%s) %s-%s", "%s %s %s",
                          "+55 %s %s %s"]) % (ddd, n1, n2)
        elif cc == "JP":
            if r.random() < 0.6:
                p = r.choice(["090", "080", "070"])
                a, b = d(4), d(4)
                s = r.choice(["%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p[1:], a, b),
                              "+81 %s %s %s" % (p[1:], a, b), "%s %s %s" % (p, a, b)])
            else:
                p = r.choice(["03", "06"])
                a, b = nz() + d(3), d(4)
                s = r.choice(["%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p[1:], a, b),
                              "(%s) %s-%s" % (p, a, b)])
        elif cc == "AU":
            if r.random() < 0.6:
                n = "4" + r.choice("0123578") + d(7)
                s = r.choice(["0%s %s %s", "+61 %s %s %s"]) % (n[:3], n[3:6], n[6:])
            else:
                a = r.choice(["2", "3", "7", "8"])
                n = r.choice("89") + d(7)
                s = r.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s"]) % (a, n[:4], n[4:])
        elif cc == "CN":
            if r.random() < 0.7:
                n = "1" + r.choice(["38", "39", "50", "58", "86", "89", "35", "37"]) + d(8)
                s = r.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "+86 %s %s %s" % (n[:3], n[3:7], n[7:]),
                              "+86-%s-%s-%s" % (n[:3], n[3:7], n[7:]), "+86 " + n])
            else:
                a, n = r.choice([("10", 8), ("21", 8), ("755", 8), ("20", 8)])
                num = nz() + d(n - 1)
                s = r.choice(["0%s-%s" % (a, num), "+86 %s %s %s" % (a, num[:4], num[4:]),
                              "(0%s) %s" % (a, num)])
        elif cc == "ES":
            if r.random() < 0.6:
                n = r.choice("67") + d(8)
                s = r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                              "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 " + n])
            else:
                n = r.choice(["91", "93", "96", "95"]) + nz() + d(6)
                s = r.choice(["%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]),
                              "+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
        elif cc == "IT":
            if r.random() < 0.6:
                n = "3" + r.choice(["33", "47", "39", "28", "20", "40"]) + d(7)
                s = r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:]),
                              "+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "+39 %s %s" % (n[:3], n[3:])])
            else:
                a = r.choice(["02", "06", "011", "055"])
                n = nz() + d(7 if len(a) == 2 else 6)
                s = r.choice(["%s %s %s", "+39 %s %s %s", "%s-%s %s"]) % (a, n[:4], n[4:])
        elif cc == "NL":
            if r.random() < 0.6:
                n = d(8)
                s = r.choice(["06-%s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
                              "+31 6 %s" % n, "+31 (0)6 %s %s" % (n[:4], n[4:]), "06 %s" % n])
            else:
                a = r.choice(["20", "10", "30", "70"])
                n = nz() + d(6)
                s = r.choice(["0%s-%s" % (a, n), "+31 %s %s %s" % (a, n[:3], n[3:]),
                              "0%s %s %s" % (a, n[:3], n[3:])])
        else:  # NG
            p = r.choice(["803", "806", "813", "816", "703", "705", "805", "905", "812", "802"])
            a, b = d(3), d(4)
            s = r.choice(["0%s %s %s", "+234 %s %s %s", "+234 (0)%s %s %s", "0%s-%s-%s",
                          "+234 %s-%s-%s"]) % (p, a, b)
        if r.random() < 0.07 and " " in s:
            s = s.replace(" ", "\u00a0")
        return s

    def _us_exch(self):
        r = self.r
        while True:
            e = "%d%d%d" % (r.randint(2, 9), r.randint(0, 9), r.randint(0, 9))
            if e[1:] != "11" and e != "555":
                return e

    # ---- network
    def ip4(self):
        r = self.r
        while True:
            s = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            if ip4_global(s):
                return s

    def ip6(self):
        r = self.r
        pre = r.choice(["2a00:1450", "2a03:2880", "2606:4700", "2607:f8b0", "2a01:4f8", "2a02:8108",
                        "2600:1f18", "2400:cb00", "2804:14c", "2c0f:fb50", "240e:3b7", "2001:41d0",
                        "2a0e:97c0", "2403:6200", "2001:67c"])
        groups = pre.split(":") + ["%x" % r.randint(0, 0xffff) for _ in range(6)]
        k = r.random()
        if k < 0.3:
            s = ":".join("%04x" % int(g, 16) for g in groups)
        elif k < 0.8:
            z = r.randint(3, 5)
            s = ":".join(groups[:z]) + "::" + ":".join(groups[-(8 - z - 2):] if 8 - z - 2 > 0 else [])
            s = s.rstrip(":") + ("" if s.endswith("::") else "")
            if s.endswith(":") and not s.endswith("::"):
                s += "1"
        else:
            s = ":".join(groups)
        if r.random() < 0.15:
            s = s.upper()
        assert ip6_global(s), s
        return str(s)

    def card(self):
        r = self.r
        b = r.random()
        if b < 0.35:
            d = luhn_complete("4" + "".join(str(r.randint(0, 9)) for _ in range(5)), 16, r)
        elif b < 0.65:
            pre = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
            d = luhn_complete(pre, 16, r)
        elif b < 0.85:
            d = luhn_complete(r.choice(["34", "37"]), 15, r)
        else:
            d = luhn_complete(r.choice(["6011", "65", str(r.randint(644, 649))]), 16, r)
        return self.group_card(d)

    def group_card(self, d):
        r = self.r
        sep = r.choice([" ", " ", "-", ""])
        if len(d) == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def iban(self, cc=None, good=True):
        r = self.r
        cc = cc or r.choice(list(IBAN_FMT))
        ln, spec = IBAN_FMT[cc]
        bban = ""
        for kind, n in spec:
            if kind == "a":
                bban += r.choice(BANK_CODES.get(cc, ["X"])) if n == 4 else r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            else:
                bban += "".join(str(r.randint(0, 9)) for _ in range(n))
        if cc == "TR":  # 5-digit bank code, a reserved 0, then 16 digits
            bban = bban[:5] + "0" + bban[6:]
        elif cc == "BE":  # Belgian national check: first 10 digits mod 97 (0 -> 97)
            bban = bban[:10] + "%02d" % (int(bban[:10]) % 97 or 97)
        check = 98 - iban_mod(cc + "00" + bban)
        if not good:
            check = (check + r.randint(1, 96)) % 97
            if check < 2:
                check += 2
        s = cc + "%02d" % check + bban
        assert iban_ok(s) == good, s
        if r.random() < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        sep = "-" if r.random() < 0.8 else " "
        return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))

    def ssn_bad(self):
        r = self.r
        k = r.randint(0, 4)
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 665
        if k == 0:
            a = 0
        elif k == 1:
            a = 666
        elif k == 2:
            a = r.randint(900, 999)
        elif k == 3:
            g = 0
        else:
            s = 0
        return "%03d-%02d-%04d" % (a, g, s)

    def url(self, lang):
        r = self.r
        m = self.member(lang)
        h = m["handle"]
        slug = h.replace("_", "-")
        toks = m["rt"]
        if r.random() < 0.6:
            slug = "-".join(toks) + ("-%x" % r.randint(0x10000, 0xffffff) if r.random() < 0.6 else "")
        sch = r.choice(["https://", "https://", "", "http://"])
        k = r.randint(0, 8)
        if k <= 2:
            host = r.choice(["www.linkedin.com", "linkedin.com", r.choice(["de", "fr", "br", "in", "uk", "es"]) + ".linkedin.com"])
            u = "%s/in/%s%s" % (host, slug, r.choice(["", "/"]))
        elif k == 3:
            u = "github.com/" + h
        elif k == 4:
            u = r.choice(["x.com/", "twitter.com/"]) + h
        elif k == 5:
            u = "medium.com/@" + h
        elif k == 6:
            u = "bsky.app/profile/%s.bsky.social" % h.replace("_", "-")
        elif k == 7:
            u = "%s.substack.com" % h.replace("_", "")
        else:
            u = "calendly.com/%s%s" % (h.replace("_", "-"), r.choice(["", "/30min", "/intro-call"]))
        if not sch.startswith("https") and u.startswith("www."):
            sch = "https://"
        return sch + u

    # ---- negatives
    def neg(self, cat, lang):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if cat == "date":
            y, mo, da = r.choice([2026, 2027]), r.randint(1, 12), r.randint(1, 28)
            f = DATE_FMT.get(lang, DATE_FMT["en"])
            return r.choice(f).format(y=y, m=mo, d=da, mm="%02d" % mo, dd="%02d" % da,
                                      mon=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                           "Sep", "Oct", "Nov", "Dec"][mo - 1])
        if cat == "time":
            h, mi = r.randint(8, 20), r.choice([0, 15, 30, 45])
            return r.choice(["%02d:%02d" % (h, mi), "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"),
                             "%02d:%02d–%02d:%02d" % (h, mi, h + 1, mi), "%dh%02d" % (h, mi),
                             "%02d:%02d CET" % (h, mi), "%02d:%02d:%02d" % (h, mi, r.randint(0, 59))])
        if cat == "price":
            cur = PRICE_CUR.get(lang)
            if cur:
                return r.choice(cur).format(a=r.randint(1, 9), b="%03d" % r.randint(0, 999),
                                            c=r.randint(20, 950), k=r.randint(10, 300))
            return r.choice(["$%d,%03d" % (r.randint(1, 9), r.randint(0, 999)),
                             "€%d.%03d,00" % (r.randint(1, 9), r.randint(0, 999)),
                             "£%d" % r.randint(20, 900), "₹%d,%02d,000" % (r.randint(1, 9), r.randint(0, 99)),
                             "¥%d,%03d" % (r.randint(1, 300), r.randint(0, 999)),
                             "R$ %d.%03d,00" % (r.randint(1, 20), r.randint(0, 999)),
                             "$%d.99" % r.randint(9, 499), "CHF %d.–" % r.randint(20, 300),
                             "%d 500 ₽" % r.randint(1, 99), "USD 1%s,000" % d(2)])
        if cat == "order_number":
            return r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "#" + d(8), "ORD-" + d(3) + "-" + d(5),
                             "1Z %s %s %s %s %s" % (d(3), "AA" + d(1), d(2), d(4), d(4)),
                             d(4) + " " + d(4) + " " + d(4) + " " + d(2), "SO" + d(10)])
        if cat == "ticket_number":
            return r.choice(["#" + d(5), "INC" + d(7), "JIRA-" + d(4), "CS-" + d(6),
                             "%d-%s" % (r.choice([2026, 2027]), d(6)), "SR " + d(2) + "-" + d(8)])
        if cat == "isbn":
            core = r.choice(["9780", "9783", "9784", "9787", "9788", "9791"]) + d(8)
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
            full = core + str((10 - s % 10) % 10)
            return r.choice([full[:3] + "-" + full[3] + "-" + full[4:7] + "-" + full[7:12] + "-" + full[12],
                             full, full[:3] + "-" + full[3:5] + "-" + full[5:9] + "-" + full[9:12] + "-" + full[12]])
        if cat == "version":
            return r.choice(["v%d.%d.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 20)),
                             "%d.%d.%d" % (r.randint(1, 24), r.randint(0, 12), r.randint(0, 9)),
                             "%d.%d.%d-rc.%d" % (r.randint(1, 9), r.randint(0, 9), 0, r.randint(1, 4)),
                             "%d.%d" % (r.randint(1, 20), r.randint(0, 40)),
                             "%d.%d.%d.%d" % (r.randint(10, 130), 0, r.randint(1000, 9999), r.randint(10, 300))])
        if cat == "patent_number":
            return r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 12), r.randint(0, 999), r.randint(0, 999)),
                             "EP %s %s %s B1" % (r.randint(2, 4), d(3), d(3)),
                             "US 20%d/0%s A1" % (r.randint(19, 26), d(6)), "WO 20%d/%s" % (r.randint(15, 25), d(6)),
                             "DE 10 20%d %s %s A1" % (r.randint(15, 25), d(3), d(3)),
                             "CN %s A" % (str(r.randint(1, 2)) + d(8)), "JP 20%d-%s A" % (r.randint(15, 25), d(6))])
        if cat == "ipv4_non_global":
            return r.choice(["192.168.%d.%d" % (r.randint(0, 20), r.randint(1, 254)),
                             "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                             "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                             "127.0.0.1", "127.0.%d.1" % r.randint(0, 9),
                             "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254)),
                             "192.0.2.%d" % r.randint(1, 254), "198.51.100.%d" % r.randint(1, 254),
                             "203.0.113.%d" % r.randint(1, 254),
                             "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                             "240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                             "198.18.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
        if cat == "ipv4_like_version":
            return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40), r.randint(1, 250))
        if cat == "ipv6_non_global":
            return r.choice(["fe80::%x:%x:%x:%x" % tuple(r.randint(1, 0xffff) for _ in range(4)),
                             "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xff)),
                             "::1", "2001:db8::%x" % r.randint(1, 0xffff),
                             "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xff)),
                             "ff02::1", "::ffff:192.168.%d.%d" % (r.randint(0, 9), r.randint(1, 254))])
        if cat == "luhn_invalid":
            while True:
                dd = r.choice(["4", "5" + str(r.randint(1, 5)), "37", "6011"])
                dd += "".join(str(r.randint(0, 9)) for _ in range((15 if dd == "37" else 16) - len(dd)))
                if not luhn_ok(dd):
                    return self.group_card(dd)
        if cat == "card_expiry":
            return r.choice(["%02d/%02d", "%02d/20%02d"]) % (r.randint(1, 12), r.randint(27, 31))
        if cat == "iban_bad_check":
            return self.iban(good=False)
        if cat == "ssn_invalid":
            return self.ssn_bad()
        if cat == "url_company":
            f = r.choice(COMPANY_SLUGS)
            return r.choice(["https://www.%s.com/about" % f, "linkedin.com/company/%s" % f,
                             "https://www.linkedin.com/company/%s/" % f, "%s.io" % f,
                             "https://%s.de/impressum" % f, "github.com/%s-engineering" % f])
        if cat == "url_careers":
            f = r.choice(COMPANY_SLUGS)
            return r.choice(["careers.%s.com/jobs/%s" % (f, d(5)), "https://%s.com/careers" % f,
                             "https://jobs.lever.co/%s/%08x-%04x" % (f, r.getrandbits(32), r.getrandbits(16)),
                             "boards.greenhouse.io/%s/jobs/%s" % (f, d(7)),
                             "https://www.linkedin.com/jobs/view/%s/" % d(10)])
        if cat == "url_docs":
            return r.choice(["https://docs.python.org/3/library/asyncio-task.html",
                             "kubernetes.io/docs/concepts/workloads/pods/",
                             "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429",
                             "https://www.postgresql.org/docs/16/sql-vacuum.html",
                             "docs.rs/tokio/latest/tokio/", "https://learn.microsoft.com/en-us/azure/aks/",
                             "https://doc.rust-lang.org/book/ch10-02-traits.html"])
        if cat == "url_paper":
            return r.choice(["https://arxiv.org/abs/24%02d.%05d" % (r.randint(1, 12), r.randint(0, 99999)),
                             "arxiv.org/pdf/23%02d.%05d" % (r.randint(1, 12), r.randint(0, 99999)),
                             "https://doi.org/10.1145/%s.%s" % (d(7), d(7)),
                             "https://aclanthology.org/2024.acl-long.%d/" % r.randint(1, 800),
                             "https://proceedings.neurips.cc/paper/2023/hash/%032x-Abstract.html" % r.getrandbits(128)])
        if cat == "url_event":
            return r.choice(["https://www.eventbrite.com/e/data-engineering-meetup-tickets-%s" % d(12),
                             "meetup.com/%s/events/%s/" % (r.choice(["berlin-rust", "pydata-lagos", "tokyo-ml", "sp-devops"]), d(9)),
                             "https://pretix.eu/pyconde/2027/", "https://www.meetup.com/kubernetes-nairobi/events/%s/" % d(9),
                             "https://2027.eurorust.eu/tickets"])
        if cat == "url_form":
            return r.choice(["https://forms.gle/%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(17)),
                             "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(48)),
                             "https://%s.typeform.com/to/%s" % (r.choice(COMPANY_SLUGS), "".join(r.choice("abcdefABCDEF0123456789") for _ in range(8))),
                             "https://forms.office.com/r/%s" % "".join(r.choice("abcdefghABCDEFGH0123456789") for _ in range(10))])
        if cat == "at_not_handle":
            return r.choice(["@here", "@channel", "@everyone", "@Override", "@property", "@dataclass",
                             "@media", "@import", "@babel/core", "@types/node", "@angular/core", "@Test",
                             "@Autowired", "@pytest.fixture"])
        if cat == "package_at_version":
            return r.choice(["react@18.3.1", "lodash@4.17.21", "typescript@5.4.5", "next@14.2.3",
                             "vite@5.2.11", "eslint@9.2.0", "express@4.19.2", "@nestjs/core@10.3.8"])
        if cat == "firm_name":
            return r.choice(FIRMS)
        if cat == "institution_eponym":
            return r.choice(INSTITUTIONS)
        if cat == "place_name":
            return r.choice(PLACES_FULL + PLACES_FIRST)
        if cat == "eponym":
            return r.choice(EPONYMS)
        raise KeyError(cat)


LANG_CULT = {"en": ["en", "en", "en", "hi", "zh", "yo", "ha"], "yo": ["yo"], "ha": ["ha"],
             "pt": ["pt"], "de": ["de"], "fr": ["fr"]}
US_AREAS = ["212", "312", "415", "617", "206", "512", "704", "303", "646", "917", "408", "469",
            "773", "404", "305", "971", "416", "604", "514", "403", "613", "780"]
PHONE_CC = ["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"]
LANG_PHONE = {"en": ["US", "UK", "AU", "US", "IN", "NG"], "de": ["DE"], "fr": ["FR"], "es": ["ES"],
              "pt": ["BR"], "it": ["IT"], "nl": ["NL"], "ja": ["JP"], "zh": ["CN"], "hi": ["IN"],
              "bn": ["IN"], "ta": ["IN"], "yo": ["NG"], "ha": ["NG"], "sw": ["NG", "UK", "US"]}
DOMAINS = {"*": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "es": ["telefonica.net", "yahoo.es"], "pt": ["uol.com.br", "bol.com.br", "terra.com.br"],
           "it": ["libero.it", "virgilio.it", "alice.it"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
           "pl": ["wp.pl", "onet.pl", "o2.pl"], "tr": ["yandex.com.tr", "hotmail.com.tr"],
           "ru": ["mail.ru", "yandex.ru", "rambler.ru"], "el": ["otenet.gr", "yahoo.gr"],
           "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
           "ko": ["naver.com", "daum.net", "kakao.com"], "hi": ["rediffmail.com", "yahoo.co.in"],
           "vi": ["fpt.vn", "vnn.vn"], "id": ["yahoo.co.id", "telkom.net"], "en": ["btinternet.com", "comcast.net"]}
COMPANY_DOMAINS = ["nordlicht-analytics.de", "kestrel.io", "tanjong-digital.com.my", "brightloop.co.uk",
                   "fintrail.com.br", "sakura-systems.co.jp", "lagosfintech.ng", "helix-robotics.ai",
                   "pontevia.it", "dataforge.nl", "savannahpay.co.ke", "kiwi-logistics.com.au",
                   "mercadoverde.es", "bosphorus-labs.com.tr", "andes-cloud.cl", "hanriver.kr",
                   "gangesai.in", "volga-tech.ru", "cedarstack.com", "aegean-ventures.gr",
                   "negev-security.co.il", "saigon-soft.vn", "nusantara.id", "deltaforge.com"]
COMPANY_SLUGS = ["nordlicht", "kestrel", "brightloop", "fintrail", "helix-robotics", "pontevia",
                 "dataforge", "savannahpay", "cedarstack", "deltaforge", "mercadoverde", "hanriver"]
DATE_FMT = {"en": ["{mon} {d}, {y}", "{m}/{d}/{y}", "{y}-{mm}-{dd}", "{d} {mon} {y}"],
            "de": ["{dd}.{mm}.{y}", "{d}.{m}.{y}"], "fr": ["{dd}/{mm}/{y}", "{d}/{m}/{y}"],
            "es": ["{dd}/{mm}/{y}"], "pt": ["{dd}/{mm}/{y}"], "it": ["{dd}/{mm}/{y}"], "nl": ["{dd}-{mm}-{y}"],
            "pl": ["{dd}.{mm}.{y}"], "tr": ["{dd}.{mm}.{y}"], "ru": ["{dd}.{mm}.{y}"], "el": ["{dd}/{mm}/{y}"],
            "ja": ["{y}年{m}月{d}日", "{y}/{mm}/{dd}"], "zh": ["{y}年{m}月{d}日", "{y}-{mm}-{dd}"],
            "ko": ["{y}년 {m}월 {d}일", "{y}.{mm}.{dd}"], "vi": ["{dd}/{mm}/{y}"], "id": ["{dd}/{mm}/{y}"],
            "hi": ["{dd}/{mm}/{y}"], "bn": ["{dd}-{mm}-{y}"], "ta": ["{dd}/{mm}/{y}"], "th": ["{dd}/{mm}/{y}"],
            "ar": ["{dd}/{mm}/{y}"], "he": ["{dd}.{mm}.{y}"], "sw": ["{dd}/{mm}/{y}"],
            "yo": ["{dd}/{mm}/{y}"], "ha": ["{dd}/{mm}/{y}"]}

# ----------------------------------------------------------------------------- templates
# {P} member full name, {G} first name (greetings/thanks only), {E}/{EM} e-mail (EM may be
# wrapped in mailto:/<>), {T} phone, {U} profile URL, {H} @handle, {IP4}/{IP4P} (P: maybe with
# :port or /cidr), {IP6}/{IP6B} (B: maybe [..]:port), {CC}, {IBAN}, {SSN}; {n:cat} a generated
# hard negative; [[text]] or [[text|cat]] a literal hard negative (default category
# member_name_as_word).
T = {}
T["en"] = {
    "recruiter": [
        "Hi {G}, I came across your profile and think you'd be a great fit for a Staff Engineer role at a fintech in {n:place_name}. Salary band {n:price}–{n:price}. Could we talk this week? My direct line is {T}.",
        "Hello {G},\nI'm a recruiter at Kestrel. We're hiring a data lead (req {n:ticket_number}). If interested, drop me a note at {EM} or book a slot: {U}",
        "Hey {G}! {P} recommended you for our platform team. Are you open to a chat? You can reach me on {T} or {E}.",
        "Dear {G}, thanks for applying. Please send your CV to {EM} before {n:date}. Interviews run {n:time} on Tuesdays.",
    ],
    "thread": [
        "Great talk by {P} at PyData today! Slides: {n:url_event} — and the paper behind it: {n:url_paper}",
        "Thanks, {G}! Will share the recording once it's up.",
        "[[Will]] do, thanks for the reminder about the deadline ({n:date}).",
        "{P}'s demo of {n:eponym} in Rust was the highlight of the meetup. Anyone have the repo?",
        "Who's going to {n:institution_eponym} this year? {H} and I will be there from {n:date}.",
        "cc {H} {H} — can you confirm the room for {n:time}?",
        "Ping {n:at_not_handle} — the venue changed. New address is on the form: {n:url_form}",
        "[[Hope|member_name_as_word]] everyone made it home safely! Photos from {P} are on {U}",
        "Thank you {G} for organising, and to {P} for the pizza 🍕",
        "Mark your calendars: next meetup is {n:date} at {n:time}. RSVP via {n:url_event}",
    ],
    "support": [
        "Our VPN gateway {IP4P} drops connections every few minutes, but the internal box at {n:ipv4_non_global} is fine. Running firmware {n:ipv4_like_version}. Ticket {n:ticket_number}.",
        "Still seeing blocked logins from {IP4} and {IP6B}. Local tests against {n:ipv6_non_global} pass. Docs I followed: {n:url_docs}",
        "After upgrading to {n:version} (npm i {n:package_at_version}) the build fails with {n:at_not_handle} errors. Anyone else?",
        "The checkout form rejected my card {CC} but accepted a test number {n:luhn_invalid}. Order {n:order_number}, total {n:price}.",
        "Tried to add payout IBAN {IBAN} and got 'invalid'. Earlier I mistyped it as {n:iban_bad_check} so maybe it's cached?",
        "PSA: the HR portal's validator accepts {n:ssn_invalid} as an SSN. It shouldn't (area/group/serial rules).",
        "If you need the server allowlisted, our egress is {IP4P}; the staging cluster sits behind {n:ipv4_non_global}.",
        "Our API rate-limits at 600 req/min per client — see {n:url_docs}. Support case {n:ticket_number}, opened {n:date}.",
    ],
    "about": [
        "About me: backend engineer, 8 yrs. Author of 'Designing Data Systems' (ISBN {n:isbn}). Co-inventor on {n:patent_number}. Contact: {EM} · {T} · {U}",
        "{P} — product designer. Previously at {n:firm_name}. Portfolio and booking: {U}",
        "Building payments infra. Ex-{n:firm_name}, now in {n:place_name}. DMs open or mail {E}.",
        "Speaker at {n:institution_eponym} ({n:date}). Maintainer of a {n:eponym} library, latest release {n:version}.",
    ],
    "job": [
        "We're hiring! Senior SRE, remote (EU). Apply: {n:url_careers} — questions to {EM}. Benefits from {n:price}/yr learning budget. Company page: {n:url_company}",
        "Job post: ML engineer, {n:place_name}. Stack: Python, Postgres, our SDK {n:version}. Apply before {n:date}: {n:url_careers}",
        "Internship at {n:firm_name} — application form {n:url_form}. Questions? Call our coordinator on {T}.",
    ],
    "reco": [
        "I had the pleasure of managing {P} for two years. {G} is thoughtful and relentless. Highly recommend. — {P}",
        "Recommendation: {P} rebuilt our on-call process and cut pages by half. Reach out to me ({E}) for a reference.",
        "{P} is the best mentor I've had. Thanks, {G}!",
    ],
    "event": [
        "EVENT: Women in Data breakfast, {n:date}, {n:time}, tickets {n:price}: {n:url_event}. Host: {P} ({H}).",
        "Reminder: the {n:place_name} chapter meets {n:date}. Questions → {EM} or WhatsApp {T}.",
    ],
    "dm": [
        "Sharing this DM (with permission): \"Hey, it's {P}. My new number is {T}, old email {E} no longer works.\"",
        "Screenshot transcript — {P}: 'send the deposit to {IBAN}, reference {n:order_number}' — this was a scam, don't pay!",
        "PSA scam alert: someone posing as {P} asked me to 'verify' my SSN {SSN} and card {CC}. Reported it. Please don't reply to them.",
    ],
    "bio": [
        "📍 {n:place_name} | ☎ {T} | ✉ {EM} | 🔗 {U}",
        "{P}\nHead of Engineering, Brightloop\nM: {T}\nE: {EM}\nW: {n:url_company}",
        "--\n{P} | Talent Partner\n{T} | {E}\nBook time: {U}",
        "Co-founder. Ex-{n:firm_name}. {U} · {U}",
    ],
    "words": [
        "Our revenue [[rose|member_name_as_word]] 12% in Q3, and [[Grace|member_name_as_word]] period for invoices is now 30 days.",
        "Be [[frank|member_name_as_word]] with feedback; we'll [[bill|member_name_as_word]] the client at the end of [[June|member_name_as_word]].",
        "We applied for a [[Grant|member_name_as_word]] from the city and moved the office to {n:place_name}.",
        "The [[Summer]] program starts soon; [[Chase]] the leads before then, and bring [[Joy]] to the work.",
        "Intern cohort: [[April]] and [[May|member_name_as_word]] start dates. We [[will]] confirm by email.",
    ],
}
T["de"] = {
    "recruiter": [
        "Hallo {G}, ich bin auf Ihr Profil gestoßen. Wir suchen eine:n Backend-Entwickler:in in Berlin, Gehalt {n:price}. Erreichbar unter {T} oder {EM}.",
        "Guten Tag {G}, danke für Ihre Bewerbung! Bitte senden Sie die Unterlagen bis {n:date} an {EM}.",
    ],
    "thread": [
        "Danke, {G}! Super Vortrag.",
        "{P}s Vortrag über {n:eponym} war großartig. Folien: {n:url_event}",
        "Wer kommt am {n:date} um {n:time} zum Meetup? {H} bringt Brezeln mit.",
        "Viele Grüße an {P} — Kontakt: {T}",
    ],
    "support": [
        "Unser Server {IP4P} ist seit Update {n:version} nicht erreichbar, intern über {n:ipv4_non_global} schon. Ticket {n:ticket_number}.",
        "Bitte die Kaution auf {IBAN} überweisen (nicht auf {n:iban_bad_check}, da war ein Tippfehler). Verwendungszweck {n:order_number}.",
    ],
    "bio": [
        "{P}\nSenior Data Engineer\nTel.: {T}\nMobil: {T}\nE-Mail: {EM}\n{U}",
        "Mit freundlichen Grüßen\n{P}\nFax {T}",
    ],
    "words": ["[[Hugo Boss|firm_name]] und [[Max Planck|institution_eponym]]-Institut suchen Werkstudierende. Bewerbung über {n:url_careers}",
              "Kein Termin vor dem {n:date}, Preis {n:price}. Infos: {n:url_docs}"],
}
T["fr"] = {
    "recruiter": ["Bonjour {G}, votre profil m'intéresse pour un poste de tech lead à Lyon ({n:price}/an). Joignable au {T} ou par mail : {EM}.",
                  "Merci {G} ! Envoyez votre CV à {EM} avant le {n:date}."],
    "thread": ["Merci {G} pour l'organisation !", "Bravo à {P} pour sa conférence sur {n:eponym}. Replay : {n:url_event}",
               "Rendez-vous le {n:date} à {n:time}, inscription : {n:url_form}. Contact : {H}"],
    "bio": ["{P} — Lead dev\nTél. : {T}\nCourriel : {EM}\n{U}",
            "Cordialement,\n{P}\n{T}"],
    "support": ["Virement à faire sur {IBAN}, référence {n:order_number}, montant {n:price}.",
                "Mon serveur {IP4P} est bloqué, l'IP locale {n:ipv4_non_global} répond. Version {n:version}."],
}
T["es"] = {
    "recruiter": ["Hola {G}, estamos buscando una ingeniera de datos en Madrid. Salario {n:price}. Escríbeme a {EM} o llámame al {T}.",
                  "Gracias, {G}. Te envío el formulario: {n:url_form}"],
    "thread": ["¡Gracias {G}!", "La charla de {P} sobre {n:eponym} fue genial. Slides en {U}",
               "Nos vemos el {n:date} a las {n:time}. Dudas a {H}."],
    "bio": ["{P} | Ingeniera de software | {T} | {EM} | {U}", "Un saludo,\n{P}\nMóvil: {T}"],
    "words": ["Llevaba una camisa [[blanca]] y muchos [[dolores]] de cabeza con el despliegue {n:version}.",
              "Fue un [[consuelo]] saber que el pedido {n:order_number} llegó el {n:date}."],
}
T["pt"] = {
    "recruiter": ["Oi {G}, tudo bem? Temos uma vaga de dev sênior em São Paulo, salário {n:price}. Me chama no WhatsApp {T} ou {EM}.",
                  "Obrigado, {G}! Manda o currículo para {EM}."],
    "thread": ["Valeu, {G}!", "Palestra incrível do {P} sobre {n:eponym}. Inscrições: {n:url_event}",
               "Encontro dia {n:date} às {n:time}. Chave para contribuição: {IBAN}"],
    "bio": ["{P}\nTech Recruiter\nCel: {T}\n{EM}\n{U}", "Abraços,\n{P} · {T}"],
}
T["it"] = {
    "recruiter": ["Ciao {G}, cerchiamo un backend developer a Milano ({n:price} RAL). Chiamami al {T} o scrivi a {EM}.",
                  "Grazie {G}! Ci vediamo il {n:date} alle {n:time}."],
    "thread": ["Grazie mille, {G}!", "Il talk di {P} su {n:eponym} è stato il migliore. Profilo: {U}",
               "Iscrizioni al meetup: {n:url_form} — info da {H}"],
    "bio": ["{P}\nCell. {T}\nEmail: {EM}", "Cordiali saluti,\n{P}\nIBAN per il rimborso: {IBAN}"],
}
T["nl"] = {
    "recruiter": ["Hoi {G}, wij zoeken een DevOps engineer in Utrecht ({n:price} p/m). Bel me op {T} of mail {EM}.",
                  "Bedankt, {G}! Tot {n:date}."],
    "thread": ["Dank je wel {G}!", "Mooie talk van {P} over {n:eponym}. {U}",
               "Meetup op {n:date} om {n:time}, aanmelden: {n:url_event}"],
    "bio": ["Met vriendelijke groet,\n{P}\nT {T}\nE {EM}", "{P} · {U} · {T}"],
    "support": ["Maak het bedrag over naar {IBAN} o.v.v. {n:order_number}. Server {IP4P} ligt eruit, versie {n:version}."],
}
T["pl"] = {
    "recruiter": ["Cześć {G}, szukamy programisty Java w Krakowie, widełki {n:price}. Zadzwoń: {T} lub napisz: {EM}.",
                  "Dzięki, {G}!"],
    "thread": ["Świetna prezentacja {P} o {n:eponym}. Zapisy: {n:url_form}", "Spotkanie {n:date} o {n:time}. Pytania do {H}."],
    "bio": ["Pozdrawiam,\n{P}\ntel. {T}\n{EM}", "{P} | {U}"],
}
T["tr"] = {
    "recruiter": ["Merhaba {G}, İstanbul'daki ekibimiz için kıdemli geliştirici arıyoruz. Maaş {n:price}. {EM} adresine yazabilir ya da {T} numarasını arayabilirsiniz.",
                  "Teşekkürler {G}!"],
    "thread": ["{P} harika bir sunum yaptı, {n:eponym} anlattı. {U}", "Buluşma {n:date} saat {n:time}. Sorular için {H}",
               "Yarın için [[umut]] ediyorum ki sunum hazır olur; [[deniz]] kenarında toplanıyoruz."],
    "bio": ["Saygılarımla,\n{P}\n{EM} | {T}", "{P} — IBAN: {IBAN}"],
}
T["ru"] = {
    "recruiter": ["Здравствуйте, {G}! Ищем senior-разработчика в Москве, вилка {n:price}. Пишите на {EM} или звоните {T}.",
                  "Спасибо, {G}!"],
    "thread": ["Отличный доклад {P} про {n:eponym}. Запись: {n:url_event}", "Встреча {n:date} в {n:time}. Вопросы — {H}",
               "[[Надежда]] умирает последней, а [[любовь]] к своему делу — никогда. Релиз {n:version} вышел {n:date}.",
               "[[Вера]] в команду важнее, чем дедлайн."],
    "bio": ["С уважением,\n{P}\nтел. {T}\n{EM}", "{P} · {U}"],
}
T["el"] = {
    "recruiter": ["Γεια σας, αναζητούμε μηχανικό λογισμικού στην Αθήνα, μισθός {n:price}. Επικοινωνία: {EM} ή {T}.",
                  "Ευχαριστώ πολύ, {G}!"],
    "thread": ["Εξαιρετική ομιλία από τον/την {P}. Προφίλ: {U}", "Συνάντηση στις {n:date}, ώρα {n:time}. Ερωτήσεις: {H}",
               "Η [[ελπίδα]] πεθαίνει τελευταία· η έκδοση {n:version} βγήκε."],
    "bio": ["Με εκτίμηση,\n{P}\nΤηλ. {T}\n{EM}"],
}
T["ar"] = {
    "recruiter": ["مرحباً {G}، نبحث عن مهندس بيانات في دبي براتب {n:price}. تواصل معي عبر {EM} أو على الرقم {T}.",
                  "شكراً يا {G}!"],
    "thread": ["محاضرة رائعة من {P} عن {n:eponym}. الملف الشخصي: {U}", "اللقاء يوم {n:date} الساعة {n:time}. للاستفسار {H}",
               "لدينا [[أمل]] كبير في الإصدار {n:version}."],
    "bio": ["مع التحية،\n{P}\nهاتف: {T}\nالبريد: {EM}", "{P} | IBAN: {IBAN}"],
}
T["he"] = {
    "recruiter": ["היי {G}, אנחנו מחפשים מפתח/ת backend בתל אביב, שכר {n:price}. אפשר לכתוב במייל {EM} או להתקשר {T}.",
                  "תודה רבה, {G}!"],
    "thread": ["הרצאה מעולה של {P} על {n:eponym}. {U}", "המפגש ב-{n:date} בשעה {n:time}. שאלות ל-{H}",
               "ה[[שירה]] בכנס הייתה מרגשת."],
    "bio": ["בברכה,\n{P}\nטלפון: {T}\n{EM}"],
}
T["hi"] = {
    "recruiter": ["नमस्ते {G} जी, बेंगलुरु में डेटा इंजीनियर की ज़रूरत है, वेतन {n:price}। संपर्क करें: {T} या {EM}।",
                  "धन्यवाद {G} जी!"],
    "thread": ["{P} का {n:eponym} पर सत्र शानदार था। प्रोफ़ाइल: {U}", "मीटअप {n:date} को {n:time} बजे। सवाल {H} से पूछें।",
               "मुझे [[आशा]] है कि सॉफ़्टवेयर [[विकास]] टीम {n:date} तक रिलीज़ कर देगी।"],
    "bio": ["सादर,\n{P}\nफ़ोन: {T}\nईमेल: {EM}", "{P} | {U}"],
}
T["bn"] = {
    "recruiter": ["হ্যালো {G}, ঢাকায় আমাদের একজন ব্যাকএন্ড ডেভেলপার দরকার, বেতন {n:price}। যোগাযোগ: {EM} বা {T}।",
                  "ধন্যবাদ {G}!"],
    "thread": ["{P}-এর আলোচনা দারুণ ছিল। প্রোফাইল: {U}", "মিটআপ {n:date}, সময় {n:time}। প্রশ্ন থাকলে {H}"],
    "bio": ["শুভেচ্ছান্তে,\n{P}\nফোন: {T}\n{EM}"],
}
T["ta"] = {
    "recruiter": ["வணக்கம் {G}, சென்னையில் டேட்டா இன்ஜினியர் தேவை, சம்பளம் {n:price}. தொடர்புக்கு {T} அல்லது {EM}.",
                  "நன்றி {G}!"],
    "thread": ["{P} அவர்களின் உரை அருமை. {U}", "சந்திப்பு {n:date} அன்று {n:time} மணிக்கு. கேள்விகள்: {H}"],
    "bio": ["அன்புடன்,\n{P}\nதொலைபேசி: {T}\n{EM}"],
}
T["th"] = {
    "recruiter": ["สวัสดีคุณ{G} เรากำลังหานักพัฒนา backend ที่กรุงเทพฯ เงินเดือน {n:price} ติดต่อ{EM}หรือโทร {T}",
                  "ขอบคุณคุณ{G}มากครับ"],
    "thread": ["การบรรยายของ{P}ยอดเยี่ยมมาก {U}", "พบกันวันที่ {n:date} เวลา {n:time} สอบถาม{H}",
               "ติดต่อ {P} ได้ที่{T}"],
    "bio": ["ขอแสดงความนับถือ\n{P}\nโทร {T}\nอีเมล{E}"],
}
T["zh"] = {
    "recruiter": ["{P}你好，我们在上海招聘高级后端工程师，月薪{n:price}。请联系{EM}或致电{T}。",
                  "感谢{P}的推荐！简历请发到{E}谢谢"],
    "thread": ["今天{P}关于{n:eponym}的分享太精彩了！个人主页：{U}", "感谢{H}的整理，活动时间{n:date} {n:time}。",
               "联系人：{P}，电话{T}，邮箱{E}", "下班正赶上晚[[高峰|cjk_word_like_name]]，会场附近高楼[[林立|cjk_word_like_name]]，大家注意[[文明|cjk_word_like_name]]出行。"],
    "bio": ["{P}｜产品经理｜微信同号{T}｜{E}", "{P}\n手机：{T}\n邮箱：{EM}"],
    "support": ["服务器{IP4P}无法访问，内网{n:ipv4_non_global}正常，版本{n:version}，工单{n:ticket_number}。"],
}
T["ja"] = {
    "recruiter": ["{P}様\n突然のご連絡失礼いたします。東京でバックエンドエンジニアを募集しております（年収{n:price}）。{EM}までご連絡ください。電話：{T}",
                  "{G}さん、ありがとうございました！"],
    "thread": ["{P}さんの{n:eponym}の発表、最高でした！{U}", "勉強会は{n:date} {n:time}から。質問は{H}まで。",
               "{G}さん、資料の共有ありがとうございます！"],
    "bio": ["{P}（エンジニア）\nTEL：{T}\nMail：{E}", "{P}／連絡先{T}"],
}
T["ko"] = {
    "recruiter": ["{P}님, 안녕하세요. 판교에서 백엔드 개발자를 채용 중입니다(연봉 {n:price}). {EM} 또는 {T}로 연락 주세요.",
                  "{G}님 감사합니다!"],
    "thread": ["{P}님의 {n:eponym} 발표 정말 좋았어요! {U}", "밋업은 {n:date} {n:time}에 시작합니다. 문의는 {H}",
               "{P} 씨가 공유한 자료입니다."],
    "bio": ["{P} | 데이터 엔지니어 | {T} | {E}"],
}
T["vi"] = {
    "recruiter": ["Chào {P}, bên mình đang tuyển kỹ sư backend tại TP.HCM, lương {n:price}. Liên hệ {EM} hoặc {T} nhé.",
                  "Cảm ơn {G} nhiều!"],
    "thread": ["Bài nói của {P} về {n:eponym} rất hay. {U}", "Gặp nhau ngày {n:date} lúc {n:time}. Hỏi {H} nhé."],
    "bio": ["Trân trọng,\n{P}\nĐT: {T}\n{EM}"],
}
T["id"] = {
    "recruiter": ["Halo {G}, kami mencari backend engineer di Jakarta, gaji {n:price}. Hubungi {EM} atau WA {T}.",
                  "Terima kasih, {G}!"],
    "thread": ["Presentasi {P} tentang {n:eponym} keren sekali. {U}", "Meetup tanggal {n:date} jam {n:time}. Tanya ke {H}."],
    "bio": ["Salam,\n{P}\nHP: {T}\n{EM}", "{P} | {U}"],
}
T["sw"] = {
    "recruiter": ["Habari {G}, tunatafuta mhandisi wa programu Nairobi, mshahara {n:price}. Wasiliana nami kupitia {EM} au {T}.",
                  "Asante sana, {G}!"],
    "thread": ["Mada ya {P} kuhusu {n:eponym} ilikuwa nzuri sana. {U}", "Mkutano tarehe {n:date} saa {n:time}. Maswali kwa {H}.",
               "Tunaomba [[baraka]] na [[amani]] kwa timu yote; toleo {n:version} limetoka."],
    "bio": ["Wako,\n{P}\nSimu: {T}\n{EM}"],
}
T["yo"] = {
    "recruiter": ["Ẹ n lẹ́ {G}, a ń wá onímọ̀ ẹ̀rọ kọ̀ǹpútà ní Èkó, owó oṣù {n:price}. Ẹ kàn sí {EM} tàbí {T}.",
                  "Ẹ ṣé gan-an, {G}!"],
    "thread": ["Ọ̀rọ̀ {P} dùn gan-an. {U}", "Ìpàdé wa ní {n:date} ní {n:time}. Ìbéèrè sí {H}."],
    "bio": ["{P}\nFóònù: {T}\n{EM}"],
}
T["ha"] = {
    "recruiter": ["Sannu {G}, muna neman injiniyan manhaja a Kano, albashi {n:price}. Tuntuɓe ni ta {EM} ko {T}.",
                  "Na gode, {G}!"],
    "thread": ["Jawabin {P} ya yi kyau sosai. {U}", "Taron mu ranar {n:date} da ƙarfe {n:time}. Tambayoyi ga {H}."],
    "bio": ["Naku,\n{P}\nWaya: {T}\n{EM}"],
}
LANG_W = {"en": 22, "de": 6, "fr": 5, "es": 5, "pt": 4, "it": 3, "nl": 3, "pl": 2, "tr": 3, "ru": 4,
          "el": 2, "ar": 4, "he": 2, "hi": 4, "bn": 3, "ta": 3, "th": 3, "zh": 6, "ja": 5, "ko": 4,
          "vi": 3, "id": 3, "sw": 3, "yo": 2, "ha": 2}

# ----------------------------------------------------------------------------- records
TOK = re.compile(r"\{(\w+)(?::(\w+))?\}|\[\[([^\]|]+)(?:\|(\w+))?\]\]")


class Rec:
    def __init__(self, rid):
        self.id = rid
        self.parts = []
        self.pos = 0
        self.spans = []   # (start, end, type, inserted)
        self.negs = []    # (start, end, category, inserted)

    def text(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def span(self, s, typ):
        self.spans.append((self.pos, self.pos + len(s), typ, s))
        self.text(s)

    def neg(self, s, cat):
        self.negs.append((self.pos, self.pos + len(s), cat, s))
        self.text(s)

    def full(self):
        return "".join(self.parts)


def render(rec, tpl, lang, g):
    r = g.r
    pos = 0
    for m in TOK.finditer(tpl):
        rec.text(tpl[pos:m.start()])
        pos = m.end()
        if m.group(3):
            rec.neg(m.group(3), m.group(4) or "member_name_as_word")
            continue
        k, arg = m.group(1), m.group(2)
        if k == "n":
            rec.neg(g.neg(arg, lang), arg)
        elif k == "P":
            rec.span(g.name_variant(g.member(lang)), "PERSON")
        elif k == "G":
            rec.span(g.given(lang), "PERSON")
        elif k == "E":
            rec.span(g.email(lang), "EMAIL")
        elif k == "EM":
            e = g.email(lang)
            x = r.random()
            if x < 0.15 and "@" in e:
                rec.text("mailto:")
                rec.span(e, "EMAIL")
            elif x < 0.3:
                rec.text("<")
                rec.span(e, "EMAIL")
                rec.text(">")
            else:
                rec.span(e, "EMAIL")
        elif k == "T":
            rec.span(g.phone(r.choice(LANG_PHONE.get(lang, PHONE_CC))), "PHONE")
        elif k == "U":
            rec.span(g.url(lang), "URL")
        elif k == "H":
            rec.span("@" + g.member(lang)["handle"], "HANDLE")
        elif k in ("IP4", "IP4P"):
            rec.span(g.ip4(), "IPV4")
            if k == "IP4P":
                x = r.random()
                if x < 0.3:
                    rec.text(":%d" % r.choice([22, 443, 8080, 8443, 51820, 3389]))
                elif x < 0.45:
                    rec.text("/32")
        elif k in ("IP6", "IP6B"):
            if k == "IP6B" and r.random() < 0.5:
                rec.text("[")
                rec.span(g.ip6(), "IPV6")
                rec.text("]:%d" % r.choice([443, 22, 8443]))
            else:
                rec.span(g.ip6(), "IPV6")
        elif k == "CC":
            rec.span(g.card(), "CREDIT_CARD")
        elif k == "IBAN":
            rec.span(g.iban(), "IBAN")
        elif k == "SSN":
            rec.span(g.ssn(), "US_SSN")
        else:
            raise KeyError(k)
    rec.text(tpl[pos:])


EXTRA_EN = {  # multilingual posts often carry an English line
    "de": "Profile: {U}", "fr": "Slides: {n:url_docs}", "zh": "English contact: {EM}",
    "ja": "Paper: {n:url_paper}", "ko": "Contact {H} for details.", "hi": "Call {T}",
}


EXTRA = [  # technical/payment lines mixed into posts, in several languages
    ("en", "Blocked {IP6B} and {IP4P} after repeated failed logins; the honeypot on {n:ipv6_non_global} saw nothing."),
    ("en", "Works over IPv6 from home ({IP6}) but not from the office LAN ({n:ipv4_non_global})."),
    ("en", "Card on file: {CC} (exp {n:card_expiry}). The number on the old invoice, {n:luhn_invalid}, was a typo."),
    ("en", "My SSN {SSN} showed up in the breach dump. The 'example' in their FAQ, {n:ssn_invalid}, isn't even a valid number."),
    ("en", "W-9 for the contractor: SSN {SSN}, phone {T}, refund IBAN {IBAN}."),
    ("en", "Router needs firmware {n:ipv4_like_version} or later; then whitelist {IP4P}."),
    ("en", "Install with `npm i {n:package_at_version}`; see {n:url_docs} and the paper {n:url_paper}."),
    ("en", "Conference fee ({n:price}) paid with {CC}; receipt {n:order_number}."),
    ("en", "Related work: {n:url_paper} and {n:url_paper}."),
    ("en", "DNS: {IP6} / {IP4}. Staging: {n:ipv6_non_global}, {n:ipv4_non_global}."),
    ("en", "Bumped the controller from {n:ipv4_like_version} to {n:ipv4_like_version} (build numbers, not IPs)."),
    ("en", "Wire to {IBAN} (BIC on request). Don't use {n:iban_bad_check}; the bank bounced it."),
    ("de", "Der Server {IP6B} antwortet nicht, {n:ipv6_non_global} im LAN schon. Firmware-Version {n:ipv4_like_version}."),
    ("de", "Kreditkarte {CC} wurde abgelehnt, Bestellnummer {n:order_number}."),
    ("zh", "服务器{IP6}连不上，内网{n:ipv4_non_global}正常，信用卡{CC}被拒。"),
    ("ja", "サーバー{IP4}に接続できません（ファームウェア{n:ipv4_like_version}）。カード番号{CC}で決済済みです。"),
    ("ko", "서버 {IP6B} 접속 불가, 펌웨어 버전 {n:ipv4_like_version}. 카드 {CC} 결제 완료."),
    ("es", "Tarjeta {CC} rechazada; la referencia {n:luhn_invalid} no es una tarjeta. IBAN para el reembolso: {IBAN}"),
    ("pt", "Cartão {CC} recusado. IP do servidor: {IP4P}."),
    ("fr", "Carte {CC} refusée, serveur {IP6} injoignable."),
    ("ru", "Сервер {IP4P} недоступен, карта {CC} отклонена, прошивка {n:ipv4_like_version}."),
    ("tr", "Sunucu {IP6} yanıt vermiyor; kart {CC} reddedildi."),
    ("id", "Server {IP4P} down sejak versi {n:version}; kartu {CC} ditolak."),
    ("hi", "सर्वर {IP6} से कनेक्ट नहीं हो रहा, कार्ड {CC} अस्वीकार हुआ।"),
]


def make_record(rid, g):
    r = g.r
    langs = list(LANG_W)
    lang = r.choices(langs, [LANG_W[x] for x in langs])[0]
    rec = Rec(rid)
    tl = T[lang]
    genre = r.choice(list(tl))
    picks = r.sample(tl[genre], min(len(tl[genre]), r.randint(1, 3)))
    if r.random() < 0.35:
        other = r.choice([x for x in tl if x != genre] or [genre])
        picks.append(r.choice(tl[other]))
    if lang != "en" and r.random() < 0.2:
        en = T["en"]
        picks.append(r.choice(en[r.choice(list(en))]))
    if r.random() < 0.3:
        same = [t for l, t in EXTRA if l == lang]
        picks.append(r.choice(same) if same and r.random() < 0.6 else
                     r.choice([t for l, t in EXTRA if l == "en"]))
    quoted = genre == "thread" and len(picks) > 1 and r.random() < 0.5
    g.author = g.member(lang) if genre in ("bio", "about", "dm") else None
    for i, tpl in enumerate(picks):
        if i:
            rec.text(r.choice(["\n\n", "\n", " "]))
        if quoted and i == 0:
            rec.text(r.choice(["> ", "Replying to a comment:\n> ", ">> "]))
        render(rec, tpl, lang, g)
    g.author = None
    return rec, lang, genre


# ----------------------------------------------------------------------------- self-check
def letters(c):
    cat = unicodedata.category(c)
    return cat[0] in "LMN"


NOSPACE_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]")


def selfcheck(records, members):
    errs = []
    names = set(norm(m["name"]) for m in members)
    givens = set(norm(m["given"]) for m in members if m["given"])
    handles = set(m["handle"] for m in members)
    surnames = set(norm(m["name"].split()[-1]) for m in members if " " in m["name"])
    nospace_names = set(norm(m["name"]) for m in members if m["cult"] in NOSPACE)
    spaced = set(n for n in names if " " in n)
    unlabelled = 0
    warn_b = 0

    def bad(rec, what):
        if len(errs) < 40:
            errs.append("%s: %s" % (rec["id"], what))
        else:
            errs.append(None)

    for rec in records:
        t = rec["text"]
        items = [(s["start"], s["end"], "S") for s in rec["spans"]] + \
                [(s["start"], s["end"], "N") for s in rec["negatives"]]
        items.sort()
        for a, b in zip(items, items[1:]):
            if b[0] < a[1]:
                bad(rec, "overlap %r %r" % (a, b))
        for s in rec["spans"]:
            v = t[s["start"]:s["end"]]
            if v != s["_ins"]:
                bad(rec, "span text mismatch")
            ty = s["type"]
            prev = t[s["start"] - 1] if s["start"] else " "
            nxt = t[s["end"]] if s["end"] < len(t) else " "
            ok = True
            if ty == "EMAIL":
                ok = email_ok(v) and not re.match(r"[A-Za-z0-9._%+-]", prev) and \
                    not re.match(r"[A-Za-z0-9_@-]", nxt) and not v.endswith(".")
            elif ty == "PHONE":
                digits = re.sub(r"\D", "", v)
                ok = 8 <= len(digits) <= 15 and not prev.isdigit() and not nxt.isdigit() and \
                    re.fullmatch(r"[+(]?[0-9][0-9 ()\-./\u00a0]*[0-9]", v) is not None
            elif ty == "IPV4":
                ok = ip4_global(v) and not prev.isdigit() and prev != "." and not nxt.isdigit()
            elif ty == "IPV6":
                ok = ip6_global(v) and not re.match(r"[0-9A-Fa-f:]", nxt)
            elif ty == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                ok = d.isdigit() and luhn_ok(d) and card_brand(d) is not None
            elif ty == "IBAN":
                ok = iban_ok(v)
            elif ty == "US_SSN":
                ok = ssn_ok(v)
            elif ty == "URL":
                ok = PROFILE_RE.fullmatch(v) is not None and v[-1] not in ".)"
            elif ty == "HANDLE":
                ok = v.startswith("@") and v[1:] in handles and not re.match(r"[A-Za-z0-9._]", prev) \
                    and not re.match(r"[A-Za-z0-9_]", nxt)
            elif ty == "PERSON":
                n = norm(v)
                ok = n in names or n in givens
                if ok and ((letters(prev) and not NOSPACE_SCRIPT.match(prev) and not NOSPACE_SCRIPT.match(v[0]))
                           or (letters(nxt) and not NOSPACE_SCRIPT.match(nxt) and not NOSPACE_SCRIPT.match(v[-1]))):
                    warn_b += 1   # glued genitive 's', Hebrew/Bengali affixes: allowed, counted
            if not ok:
                bad(rec, "%s fails its validator: %r" % (ty, v))
        for s in rec["negatives"]:
            v = t[s["start"]:s["end"]]
            c = s["category"]
            ok = True
            if c == "ipv4_non_global":
                ok = not ip4_global(v)
            elif c == "ipv6_non_global":
                ok = not ip6_global(v)
            elif c == "luhn_invalid":
                ok = not luhn_ok(re.sub(r"\D", "", v))
            elif c == "iban_bad_check":
                ok = not iban_ok(v)
            elif c == "ssn_invalid":
                ok = not ssn_ok(v)
            elif c == "at_not_handle":
                ok = v.lstrip("@").split("/")[0].split(".")[0] not in handles
            elif c in ("firm_name", "cjk_word_like_name"):
                ok = norm(v) in names
            elif c == "institution_eponym":
                ok = any(norm(x) in names for x in (v.replace("the ", "").split(" Institute")[0].split(" Celebration")[0].split(" Day")[0].split(" Bay")[0].split(" Society")[0],))
            elif c == "member_name_as_word":
                ok = norm(v) in givens
            elif c == "eponym":
                ok = any(norm(w.replace("'s", "").rstrip("'")) in surnames for w in v.split())
            if not ok:
                bad(rec, "negative %s not what it claims: %r" % (c, v))
        # unlabelled member names in free text (would make the engine look wrong)
        cov = bytearray(len(t))
        for a, b, _ in items:
            cov[a:b] = b"\1" * (b - a)
        toks = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)?|[\u0300-\u036f\u0900-\u0DFF\u0E00-\u0E7F]+", t)]
        toks = []
        i = 0
        while i < len(t):
            if letters(t[i]) and not NOSPACE_SCRIPT.match(t[i]):
                j = i
                while j < len(t) and (letters(t[j]) or t[j] == "'") and not NOSPACE_SCRIPT.match(t[j]):
                    j += 1
                toks.append((i, j))
                i = j
            else:
                i += 1
        for n in (2, 3, 4):
            for k in range(len(toks) - n + 1):
                a, b = toks[k][0], toks[k + n - 1][1]
                seg = t[a:b]
                if "\n" in seg or not any(ch == " " for ch in seg):
                    continue
                if re.sub(r"\s+", " ", norm(seg)) in spaced and not any(cov[a:b]):
                    unlabelled += 1
                    bad(rec, "unlabelled member name %r" % seg)
        for m in re.finditer(r"[\u3400-\u9FFF\uAC00-\uD7AF\u3040-\u30FF]+", t):
            run = m.group(0)
            for i in range(len(run)):
                for L in (2, 3, 4):
                    if i + L <= len(run) and run[i:i + L] in nospace_names and \
                            not any(cov[m.start() + i:m.start() + i + L]):
                        unlabelled += 1
                        bad(rec, "unlabelled CJK member name %r" % run[i:i + L])
    return [e for e in errs if e], len(errs), unlabelled, warn_b


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = build_directory(max(a.members, len(SPECIAL) + 50), rng)
    g = Gen(rng, members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    recs = []
    langs = {}
    genres = {}
    for i in range(a.records):
        rec, lang, genre = make_record("b8-%d-%05d" % (a.seed, i + 1), g)
        langs[lang] = langs.get(lang, 0) + 1
        genres[genre] = genres.get(genre, 0) + 1
        text = rec.full()
        recs.append({"id": rec.id, "text": text,
                     "spans": [{"start": s, "end": e, "type": ty, "_ins": v} for s, e, ty, v in rec.spans],
                     "negatives": [{"start": s, "end": e, "category": c} for s, e, c, v in rec.negs]})
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fp:
        for r in recs:
            out = {"id": r["id"], "text": r["text"],
                   "spans": [{k: s[k] for k in ("start", "end", "type")} for s in r["spans"]],
                   "negatives": r["negatives"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": r["id"], "pii": out["spans"]}, ensure_ascii=False) + "\n")
    print("wrote %d members, %d records to %s" % (len(members), len(recs), a.out))
    if a.selfcheck:
        errs, nerr, unl, warn_b = selfcheck(recs, members)
        tc, nc = {}, {}
        for r in recs:
            for s in r["spans"]:
                tc[s["type"]] = tc.get(s["type"], 0) + 1
            for s in r["negatives"]:
                nc[s["category"]] = nc.get(s["category"], 0) + 1
        print("languages (%d): %s" % (len(langs), ", ".join("%s %d" % kv for kv in sorted(langs.items()))))
        print("genres: " + ", ".join("%s %d" % kv for kv in sorted(genres.items())))
        print("spans per type:")
        for k in ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]:
            print("  %-12s %6d" % (k, tc.get(k, 0)))
        print("negatives per category:")
        for k, v in sorted(nc.items()):
            print("  %-20s %6d" % (k, v))
        print("PERSON spans glued to a letter (genitive -s, Hebrew/Bengali affixes): %d" % warn_b)
        print("unlabelled member-name occurrences: %d" % unl)
        for e in errs:
            print("ERROR " + e)
        if nerr:
            print("selfcheck FAILED: %d problems" % nerr)
            sys.exit(1)
        print("selfcheck OK")


if __name__ == "__main__":
    main()
