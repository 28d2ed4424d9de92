#!/usr/bin/env python3
"""gen_blind9.py - an independent, labelled PII test corpus for askfirst's redactor.

Written BLIND on 2026-11-29 from two sources only: issue 3 (the product's definition of
personal data, its hard negatives and its targets) and bench/pii/score.py (the GOLD format).
No engine code, tests, docs or other generators were read, and the corpus was not scored.

  gen_blind9.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (member directory), DIR/corpus.jsonl (GOLD: id, text, spans,
negatives; offsets in Unicode code points, end-exclusive) and DIR/gold_as_pred.jsonl (the gold
spans under "pii", for a format check with score.py --check).  Deterministic for a seed;
Python 3 standard library only.

Coverage: posts, comments, profile "About" sections, job posts, recommendations, event
notices, shared messages, e-mail signatures, forum questions, announcements, certificates and
newsletters in 23 languages: en de fr es pt it nl pl sv tr ru uk el ar he hi th zh ja ko vi id
sw (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Kana, Hangul).  PII is
sometimes glued to non-Latin text (e-mails and handles inside Chinese/Japanese/Thai sentences,
names followed by Korean/Japanese particles or preceded by the Thai honorific).

Types (all of issue 3's table): EMAIL (plain, role, work; "[at]"/"(at)"/"[dot]" obfuscations;
mailto:, <>, trailing punctuation outside), PHONE (US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES,
IT, NL, NG national and international, bare E.164; space, dash, dot, slash, NBSP, "(0)"),
IPV4 (globally routable only; :port and /cidr outside), IPV6 (global unicast in 2000::/3,
full or compressed; "[ ]:port" outside), CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55 and
2221-2720, Amex, Discover; compact, space or dash grouped), IBAN (mod-97 valid, country
length, compact or grouped by four), US_SSN (valid area/group/serial, dashes or spaces), URL
(profile links only: linkedin.com/in, github.com/<user>, x.com, twitter.com, medium.com/@,
bsky.app/profile, *.substack.com, calendly.com; with or without scheme; trailing "." or ")"
outside), HANDLE (@handle of a member), PERSON (member full names in any case or without
diacritics, possessives, first name alone in greetings/thanks, CJK/Korean full names).

Hard negatives (category names are mine): date, time, price, order_number, ticket_number,
isbn, version, patent_number (phone-shaped); ip_private, ip_loopback, ip_link_local,
ip_documentation, ip_reserved, version_like_ip; ipv6_documentation, ipv6_link_local,
ipv6_ula, ipv6_loopback; card_luhn_invalid; iban_bad_check; ssn_invalid_range;
url_company_page, url_careers, url_docs, url_paper, url_event_ticket, url_form, url_repo;
code_at_sign, package_at_version (handle-/e-mail-shaped, not a member mention);
firm_name, place_name, eponym, word_name (member names used as words), non_member_name.
Every firm/place/eponym collision is real: the directory contains members named e.g. "Morgan
Stanley", "Edward Jones", "Victoria Park", "Grace Hopper", "李宁", "高峰", first names
Charlotte/Sofia/Santiago/Will/Grace/Rose/Dolores/Вера/Deniz..., surnames Dijkstra/Moore/Murphy.

Labelling choices where issue 3 is not explicit (what a careful privacy engineer would expect):
- HANDLE spans include the "@" ("@anjaweber").  An "@Full Name" mention (display-name style)
  is a PERSON span over the name only, "@" outside.  A profile URL is one URL span; the handle
  inside it is not labelled separately.  E-mail local parts that equal a handle are EMAIL only.
- Possessives: "Anja's"/"Anja’s" -> "Anja"; Turkish "Ayşe'nin" -> "Ayşe"; particles glued to
  CJK/Korean names ("王伟的", "김민준님", "佐藤花子さん") stay outside; the Thai honorific "คุณ"
  and the Hebrew prefix "ל" ("to") glued before a name stay outside.
- Name variants: lowercase, uppercase (Greek uppercase without tonos, as Greek is written),
  and de-accented using the conventional ASCII rendering (ł->l, ı->i, đ->d, ø->o, ß->ss).  No
  case variants for Turkish dotted/dotless i or for ß (case mapping changes the letters).
- First names alone are PERSON only in greetings and thanks ("Hi Will,", "Thanks, Grace!"),
  for cultures that greet by given name; CJK/Korean/Vietnamese use the full name.
- Phone spans include a leading "+" and "(0)", and the area-code parentheses.
- URL spans include the scheme, "www.", a trailing "/" and a path under the profile (calendly
  event type); company pages, careers, docs, papers, tickets, forms and org repositories are
  negatives.  The platform's own profile path is not used (its host is not defined in issue 3).
- IPs are "personal" whenever globally routable (server or client); 100.64/10, 198.18/15,
  multicast and 240/4 count as reserved.  Version strings that are valid dotted quads appear
  after "firmware", "version", "build", "SDK" etc.
- Obfuscated e-mails: the whole obfuscated form is the span ("maria [at] gmail [dot] com").
- Non-member public figures (e.g. CEOs quoted in news) are a negative category: PERSON is
  defined as members of the directory.
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
# Latin cultures: (firsts, lasts, family_first)
LAT = {
    "anglo": ("James Olivia Will Grace Rose Hope Mark Bill Faith Joy Summer Dawn Frank Iris Ivy "
              "Jade Amber Max Drew Chase Hunter Charlotte Florence Victoria Austin Sydney Adelaide "
              "Paris Madison Savannah Lincoln Georgia Regina Chelsea Brooklyn Jackson Dallas Phoenix "
              "Aurora Jordan Emily Michael Sarah David Jessica Daniel Laura Matthew Hannah Ryan Megan "
              "Ethan Chloe Liam Nathan Rachel Thomas Sophie Patrick Siobhan Sinéad Seán Aoife Niamh "
              "Morgan Edward Charles Paul Ted Alan Ada",
              "Smith Johnson Brown Taylor Anderson Thompson Walker Harris Clarke Wright Robinson "
              "O'Connor Murphy Moore Conway Pearson Fisher Porter Nash Brooks Hughes Kelly Byrne Walsh "
              "Mitchell Campbell Stewart Bennett Reid Foster Hayes Sullivan Gallagher Okoro Nguyen", False),
    "german": ("Anja Jürgen Björn Jörg Ernst Klaus Sabine Katrin Stefan Matthias Lena Lukas Julia "
               "Tobias Anke Uwe Maximilian Sophie Felix Jannik Miriam Heike",
               "Weber Müller Schäfer Schröder Meyer Wagner Becker Hoffmann Köhler Krüger Wolf Schulz "
               "Fischer Bauer Neumann Zimmermann Braun Hartmann Lange Groß", False),
    "french": ("Camille Élodie Amélie Benoît François Hélène Aurore Constance Prudence Pascal Théo "
               "Léa Chloé Mathieu Julien Céline Nicolas Margaux Inès Rose",
               "Dubois Lefèvre Moreau Laurent Girard Rousseau Bonnet Dupont Fontaine Chevalier "
               "Mercier Lambert Faure Gauthier Bérenger Lemaître", False),
    "spanish": ("Lucía José María Dolores Rosa Pilar Luz Esperanza Mercedes Santiago Sofía Victoria "
                "Alejandro Javier Carmen Álvaro Íñigo Nerea Pablo Marta Andrés Sergio Sofia",
                "García Álvarez Fernández Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz "
                "Muñoz Jiménez Navarro Ortega Castillo", False),
    "portuguese": ("João Ana Luíza Gustavo Thiago Camila Mariana Rafael Letícia Vitória Bruno Fernanda",
                   "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Araújo "
                   "Gonçalves Ribeiro", False),
    "italian": ("Giulia Francesca Alessandro Lorenzo Chiara Matteo Speranza Niccolò Federica Davide "
                "Elena Giorgio",
                "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Conti", False),
    "dutch": ("Sanne Daan Bram Fleur Joost Maaike Thijs Eline Ruben Femke",
              "de_Vries Jansen Bakker Visser Dijkstra Smit Meijer de_Boer Mulder van_Dijk Vermeulen", False),
    "polish": ("Agnieszka Łukasz Małgorzata Paweł Katarzyna Michał Zofia Wojciech",
               "Kowalski Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska", False),
    "nordic": ("Björn Linnéa Åsa Oskar Freja Søren Mette Henrik Ingrid Lars",
               "Andersson Johansson Lindqvist Nyström Hansen Jørgensen Eriksson Sjöberg", False),
    "turkish": ("Ayşe Mehmet Deniz Umut Barış Bahar Elif Emre Zeynep Burak Gökhan Şebnem İlker Özge",
                "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Koç", False),
    "indonesian": ("Budi Siti Indah Agus Dewi Rizky Putri Wahyu Ayu Fajar",
                   "Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Lestari Gunawan", False),
    "eastafrican": ("Baraka Amani Imani Neema Wanjiru Achieng Otieno Juma Halima Zawadi Njeri",
                    "Kamau Mwangi Wanjiku Omondi Mutua Njoroge Kiprop Hassan Mushi Massawe Okello", False),
    "nigerian": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeanyi Yetunde",
                 "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Olawale Adebayo Obi Ogunleye", False),
    "indian": ("Priya Rahul Ananya Arjun Deepak Kavya Vikram Sneha Aditya Pooja Asha Vijay Kiran",
               "Sharma Patel Iyer Reddy Nair Gupta Singh Menon Joshi Kulkarni Banerjee Rao", False),
    "vietnamese": ("Văn_An Thị_Hoa Minh_Tuấn Thị_Mai Quốc_Bảo Thu_Hà Hoàng_Nam Ngọc_Anh Đức_Thắng "
                   "Thanh_Hương",
                   "Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ", True),
}


def _pairs(s):
    out = []
    for tok in s.split():
        a, b = tok.split("=")
        out.append((a, b))
    return out


# non-Latin cultures: (firsts, lasts, family_first, joiner)
NONLAT = {
    "chinese": (_pairs("伟=wei 芳=fang 娜=na 秀英=xiuying 敏=min 静=jing 丽=li 强=qiang 磊=lei 军=jun "
                       "洋=yang 勇=yong 艳=yan 杰=jie 娟=juan 涛=tao 明=ming 超=chao 秀兰=xiulan 霞=xia "
                       "平=ping 刚=gang 晓明=xiaoming 子涵=zihan 雨桐=yutong 浩然=haoran 峰=feng 宁=ning"),
                _pairs("王=wang 李=li 张=zhang 刘=liu 陈=chen 杨=yang 黄=huang 赵=zhao 周=zhou 吴=wu "
                       "徐=xu 孙=sun 马=ma 朱=zhu 胡=hu 郭=guo 何=he 林=lin 高=gao"), True, ""),
    "japanese": (_pairs("花子=hanako 太郎=taro 翔太=shota 美咲=misaki 健太=kenta 陽菜=hina 大輔=daisuke "
                        "結衣=yui 拓也=takuya さくら=sakura 直樹=naoki 由美=yumi"),
                 _pairs("佐藤=sato 鈴木=suzuki 高橋=takahashi 田中=tanaka 伊藤=ito 渡辺=watanabe "
                        "山本=yamamoto 中村=nakamura 小林=kobayashi 加藤=kato 吉田=yoshida 山田=yamada"),
                 True, ""),
    "korean": (_pairs("민준=minjun 서연=seoyeon 지훈=jihoon 수빈=subin 예은=yeeun 도윤=doyoon 하은=haeun "
                      "현우=hyunwoo 지민=jimin 서준=seojun"),
               _pairs("김=kim 이=lee 박=park 최=choi 정=jung 강=kang 조=cho 윤=yoon 장=jang 임=lim"),
               True, ""),
    "arabic": (_pairs("أحمد=ahmed محمد=mohamed فاطمة=fatima ليلى=layla عمر=omar يوسف=youssef مريم=mariam "
                      "خالد=khaled نور=nour أمل=amal سارة=sara علي=ali"),
               _pairs("الحسن=alhassan العتيبي=alotaibi الشمري=alshammari حداد=haddad منصور=mansour "
                      "الزهراني=alzahrani خليل=khalil عبدالله=abdullah السيد=elsayed نصار=nassar"), False, " "),
    "hebrew": (_pairs("דנה=dana נועם=noam יעל=yael אורי=uri תמר=tamar איתי=itai שירה=shira רועי=roy "
                      "מיכל=michal אור=or"),
               _pairs("כהן=cohen לוי=levi מזרחי=mizrahi פרץ=peretz ביטון=biton אברהם=avraham "
                      "פרידמן=friedman שפירא=shapira"), False, " "),
    "hindi": (_pairs("प्रिया=priya राहुल=rahul अनन्या=ananya अर्जुन=arjun आशा=asha विजय=vijay किरण=kiran "
                     "दीपक=deepak स्नेहा=sneha पूजा=pooja"),
              _pairs("शर्मा=sharma वर्मा=verma गुप्ता=gupta सिंह=singh पटेल=patel जोशी=joshi मिश्रा=mishra "
                     "यादव=yadav"), False, " "),
    "thai": (_pairs("สมชาย=somchai สุดา=suda ณัฐพล=nattapon ปิยะนุช=piyanuch ธนากร=thanakorn "
                    "กมลวรรณ=kamonwan วรวุฒิ=worawut อรุณี=arunee"),
             _pairs("ใจดี=jaidee ศรีสุข=srisuk วงศ์สวัสดิ์=wongsawat บุญมา=boonma แก้วมณี=kaewmanee "
                    "ทองดี=thongdee"), False, " "),
    "russian_f": (_pairs("Анна=anna Ольга=olga Вера=vera Надежда=nadezhda Любовь=lyubov Екатерина=ekaterina "
                         "Мария=maria Татьяна=tatiana"),
                  _pairs("Иванова=ivanova Кузнецова=kuznetsova Соколова=sokolova Новикова=novikova "
                         "Волкова=volkova Фёдорова=fedorova"), False, " "),
    "russian_m": (_pairs("Дмитрий=dmitry Сергей=sergey Алексей=alexey Иван=ivan Павел=pavel Артём=artem"),
                  _pairs("Смирнов=smirnov Попов=popov Лебедев=lebedev Морозов=morozov Фёдоров=fedorov "
                         "Орлов=orlov"), False, " "),
    "ukrainian": (_pairs("Оксана=oksana Олена=olena Ірина=iryna Андрій=andriy Тарас=taras Богдан=bohdan"),
                  _pairs("Шевченко=shevchenko Коваленко=kovalenko Бондаренко=bondarenko Ткаченко=tkachenko "
                         "Мельник=melnyk"), False, " "),
    "greek_f": (_pairs("Ελπίδα=elpida Ειρήνη=eirini Μαρία=maria Κατερίνα=katerina Σοφία=sofia"),
                _pairs("Παπαδοπούλου=papadopoulou Οικονόμου=oikonomou Γεωργίου=georgiou Νικολάου=nikolaou "
                       "Βλάχου=vlachou"), False, " "),
    "greek_m": (_pairs("Γιώργος=giorgos Νίκος=nikos Δημήτρης=dimitris Κώστας=kostas Γιάννης=giannis"),
                _pairs("Παπαδόπουλος=papadopoulos Οικονόμου=oikonomou Γεωργίου=georgiou Νικολάου=nikolaou "
                       "Βλάχος=vlachos"), False, " "),
}

# members whose full names are also firms, places or eponyms (hard negatives are real)
COLLISION_MEMBERS = ["Morgan Stanley", "Edward Jones", "Charles Schwab", "John Lewis", "Paul Smith",
                     "Ted Baker", "Hugo Boss", "Robert Bosch", "Carl Zeiss", "Max Planck",
                     "Grace Hopper", "Alan Turing", "Ada Lovelace", "Victoria Park", "Charlotte Amalie",
                     "Louis Vuitton", "Walt Disney", "Marco Polo", "李宁", "高峰", "高明",
                     "Sanne Dijkstra", "Sarah Moore", "Joe Murphy", "Emily Conway", "Olivia Fisher",
                     "Ben Porter", "Sophie Pearson", "Liam Nash"]

SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                         "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "Œ": "OE"})


def deaccent(s):
    s = s.translate(SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def fold(s):
    """fold used by the self-check: case and diacritics (incl. conventional ASCII renderings)."""
    s = s.translate(SPECIAL)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s).casefold()


def is_latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def is_greek(s):
    return any(0x370 <= ord(c) < 0x400 for c in s)


def is_cyr(s):
    return any(0x400 <= ord(c) < 0x530 for c in s)


# ----------------------------------------------------------------------------- directory
class Member:
    __slots__ = ("uid", "name", "handle", "first", "culture", "family_first")

    def __init__(self, uid, name, handle, first, culture, family_first):
        self.uid, self.name, self.handle, self.first = uid, name, handle, first
        self.culture, self.family_first = culture, family_first


CULT_W = {"anglo": 14, "german": 6, "french": 5, "spanish": 6, "portuguese": 4, "italian": 4,
          "dutch": 3, "polish": 3, "nordic": 3, "turkish": 4, "indonesian": 3, "eastafrican": 3,
          "nigerian": 4, "indian": 6, "vietnamese": 3, "chinese": 6, "japanese": 4, "korean": 3,
          "arabic": 4, "hebrew": 2, "hindi": 3, "thai": 2, "russian_f": 2, "russian_m": 2,
          "ukrainian": 2, "greek_f": 1, "greek_m": 1}
RESERVED_HANDLES = {"dataclass", "media", "types", "angular", "override", "property", "import",
                    "keyframes", "staticmethod", "babel", "vue", "nestjs", "param", "deprecated"}


def build_members(rng, n):
    members, used = [], set(RESERVED_HANDLES)
    cults = list(CULT_W)
    weights = [CULT_W[c] for c in cults]

    def mkhandle(base):
        base = re.sub(r"[^a-z0-9_]", "", base.lower())[:20] or "member"
        cand = [base, base.replace("_", ""), base + str(rng.randint(1, 99)),
                base + str(rng.randint(100, 9999)), base + "_" + str(rng.randint(1, 999))]
        for c in cand:
            if c not in used and not c.endswith("_"):
                used.add(c)
                return c
        while True:
            c = base + str(rng.randint(10000, 999999))
            if c not in used:
                used.add(c)
                return c

    def add(name, handle_base, first, culture, ff):
        uid = "u%d" % (len(members) + 1)
        members.append(Member(uid, name, mkhandle(handle_base), first, culture, ff))

    for name in COLLISION_MEMBERS:
        if re.match(r"^[\u4e00-\u9fff]+$", name):
            rom = {"李宁": "lining", "高峰": "gaofeng", "高明": "gaoming"}[name]
            add(name, rom, name, "chinese", True)
        else:
            f, l = name.split(" ", 1)
            add(name, deaccent(f + l), f, "anglo", False)
    while len(members) < n:
        c = rng.choices(cults, weights)[0]
        if c in LAT:
            fs, ls, ff = LAT[c]
            f = rng.choice(fs.split()).replace("_", " ")
            l = rng.choice(ls.split()).replace("_", " ")
            if ff:
                name, first = l + " " + f, l + " " + f
            else:
                name, first = f + " " + l, f
            sep = rng.choice(["", "", "_", ""])
            hb = deaccent(f).replace(" ", "").replace("'", "") + sep + deaccent(l).replace(" ", "").replace("'", "")
            if rng.random() < 0.2:
                hb = deaccent(f)[0] + deaccent(l).replace(" ", "").replace("'", "")
            add(name, hb, first, c, ff)
        else:
            fs, ls, ff, j = NONLAT[c]
            f, fr = rng.choice(fs)
            l, lr = rng.choice(ls)
            if ff:
                name, hb = l + j + f, lr + rng.choice(["", "_"]) + fr
            else:
                name, hb = f + j + l, fr + rng.choice(["", "_"]) + lr
            add(name, hb, f, c, ff)
    return members[:n] if n >= len(COLLISION_MEMBERS) else members


# ----------------------------------------------------------------------------- validators
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


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


IBAN_FMT = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n",
            "BE": "12n", "AT": "16n", "CH": "17n", "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n",
            "NO": "11n", "FI": "14n", "IE": "4a14n", "TR": "22n", "SA": "20n", "AE": "19n",
            "BR": "23n1a1n", "LU": "16n", "CZ": "20n", "GR": "23n", "RO": "4a16n", "HU": "24n",
            "IL": "19n"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21,
            "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "IE": 22, "TR": 26, "SA": 24,
            "AE": 23, "BR": 29, "LU": 20, "CZ": 24, "GR": 27, "RO": 24, "HU": 28, "IL": 23}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
         "IE": ["AIBK", "BOFI"], "RO": ["BTRL", "RNCB", "BRDE"]}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit()
            and iban_num(s[4:] + s[:4]) % 97 == 1)


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def ip4_global(s):
    try:
        return ipaddress.IPv4Address(s).is_global and not ipaddress.IPv4Address(s).is_multicast
    except ValueError:
        return False


def ip6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and (int(a) >> 125) == 1 and \
        a not in ipaddress.IPv6Network("2001::/32")


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)
DOC_DOMAINS = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z]+\.(example|test|invalid|localhost))$")


def email_plain(s):
    s = re.sub(r"\s*[\[\(]at[\]\)]\s*", "@", s)
    s = re.sub(r"\s*[\[\(]dot[\]\)]\s*", ".", s)
    return s


URL_RE = re.compile(r"^(https?://)?(www\.)?(linkedin\.com/in/[a-z0-9-]+/?|github\.com/[a-z0-9_-]+|"
                    r"(x|twitter)\.com/[a-z0-9_]+|medium\.com/@[a-z0-9_]+|bsky\.app/profile/[a-z0-9]+"
                    r"\.bsky\.social|[a-z0-9]+\.substack\.com|calendly\.com/[a-z0-9_-]+(/[a-z0-9-]+)?)$")

# ----------------------------------------------------------------------------- generators


class G:
    def __init__(self, rng, members):
        self.r = rng
        self.members = members
        self.by_cult = {}
        for m in members:
            self.by_cult.setdefault(m.culture, []).append(m)
        self.word_first = {}
        for m in members:
            self.word_first.setdefault(m.first, []).append(m)

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n):
        return str(self.r.randint(1, 9)) + self.d(n - 1)

    # ---- PHONE
    def phone(self, cc):
        r, d = self.r, self.d
        if cc in ("US", "CA"):
            area = r.choice(["212", "415", "617", "312", "206", "512", "303", "404", "713", "646"] if cc == "US"
                            else ["416", "604", "514", "403", "613", "647", "905"])
            ex = str(r.randint(2, 9)) + d(2)
            while ex == "555":
                ex = str(r.randint(2, 9)) + d(2)
            ln = d(4)
            return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                             "+1 (%s) %s-%s", "1-%s-%s-%s"]) % (area, ex, ln)
        if cc == "UK":
            k = r.random()
            if k < 0.4:
                num = "7" + str(r.randint(4, 9)) + d(2), self.nz(6)
                return r.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "+44%s%s"]) % num
            if k < 0.75:
                a, b = str(r.choice([3, 7, 8])) + d(3), d(4)
                return r.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s", "(020) %s %s"]) % (a, b)
            code = r.choice(["161", "121", "131", "141", "113", "117"])
            a = str(r.randint(2, 8)) + d(2)
            return r.choice(["0%s %s %s", "+44 %s %s %s"]) % (code, a, d(4))
        if cc == "DE":
            if r.random() < 0.45:
                pre = r.choice(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
                sub = self.nz(r.choice([7, 8]))
                return r.choice(["0%s %s", "+49 %s %s", "0%s-%s", "0%s/%s", "+49 (0)%s %s", "+49%s%s"]) % (pre, sub)
            area = r.choice(["30", "40", "89", "69", "221", "211", "711", "351"])
            sub = self.nz(8 - len(area) + 2)
            return r.choice(["0%s %s", "+49 %s %s", "0%s/%s", "+49 (0)%s %s", "0%s-%s", "+49 %s %s"]) % (area, sub)
        if cc == "FR":
            first = r.choice("12345679")
            pairs = [d(2) for _ in range(4)]
            f = r.random()
            if f < 0.2:
                return "0" + first + "\u00a0" + "\u00a0".join(pairs)
            if f < 0.35:
                return "0" + first + "." + ".".join(pairs)
            if f < 0.7:
                return "0" + first + " " + " ".join(pairs)
            return r.choice(["+33 ", "+33 (0)"]) + first + " " + " ".join(pairs)
        if cc == "IN":
            if r.random() < 0.7:
                m = str(r.randint(6, 9)) + d(9)
                return r.choice(["+91 %s %s" % (m[:5], m[5:]), "+91-%s" % m, "0%s %s" % (m[:5], m[5:]),
                                 "%s %s" % (m[:5], m[5:]), "+91 %s-%s" % (m[:5], m[5:])])
            std = r.choice(["22", "11", "80", "44", "33"])
            sub = str(r.randint(2, 6)) + d(7)
            return r.choice(["+91 %s %s %s" % (std, sub[:4], sub[4:]), "0%s-%s" % (std, sub),
                             "0%s %s %s" % (std, sub[:4], sub[4:])])
        if cc == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
            if r.random() < 0.6:
                a, b = "9" + str(r.randint(6, 9)) + d(3), d(4)
            else:
                a, b = str(r.randint(2, 5)) + d(3), d(4)
            return r.choice(["(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s", "%s %s-%s"]) % (ddd, a, b)
        if cc == "JP":
            if r.random() < 0.5:
                p = r.choice(["90", "80", "70"])
                a, b = d(4), d(4)
                return r.choice(["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "0%s %s %s"]) % (p, a, b)
            p = r.choice(["3", "6"])
            a, b = d(4), d(4)
            return r.choice(["0%s-%s-%s", "+81 %s-%s-%s", "+81-%s-%s-%s", "0%s(%s)%s"]) % (p, a, b)
        if cc == "AU":
            if r.random() < 0.5:
                m = "4" + d(2)
                a, b = d(3), d(3)
                return r.choice(["0%s %s %s", "+61 %s %s %s", "+61%s%s%s"]) % (m, a, b)
            st = r.choice(["2", "3", "7", "8"])
            a, b = str(r.choice([8, 9])) + d(3), d(4)
            return r.choice(["(0%s) %s %s", "+61 %s %s %s", "0%s %s %s"]) % (st, a, b)
        if cc == "CN":
            if r.random() < 0.65:
                m = "1" + r.choice("356789") + d(9)
                return r.choice(["%s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s %s %s" % (m[:3], m[3:7], m[7:]),
                                 m, "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:]), "+86 " + m])
            a = r.choice(["10", "21", "20", "755"])
            sub = str(r.randint(2, 8)) + d(7 if len(a) == 3 else 7)
            return r.choice(["0%s-%s" % (a, sub), "+86 %s %s %s" % (a, sub[:4], sub[4:]),
                             "(0%s) %s %s" % (a, sub[:4], sub[4:])])
        if cc == "ES":
            n = (r.choice("67") + d(8)) if r.random() < 0.6 else ("9" + str(r.randint(1, 8)) + d(7))
            return r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s" % (n[:3], n[3:6], n[6:]),
                             "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+34 " + n,
                             "+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
        if cc == "IT":
            if r.random() < 0.55:
                m = "3" + r.choice(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48",
                                    "49", "66", "88", "92", "93"])
                a, b = d(3), d(4)
                return r.choice(["%s %s %s", "+39 %s %s %s", "%s %s%s", "+39 %s-%s-%s"]) % (m, a, b)
            a = r.choice(["06", "02", "011", "055", "081"])
            return r.choice(["%s %s %s", "+39 %s %s %s", "%s/%s%s"]) % (a, d(4), d(4))
        if cc == "NL":
            if r.random() < 0.5:
                m = d(8)
                m = str(r.randint(1, 9)) + m[1:]
                return r.choice(["06-%s", "06 %s", "+31 6 %s", "+31 (0)6 %s", "+316%s"]) % m \
                    if r.random() < 0.7 else "06 %s %s" % (m[:4], m[4:])
            a = r.choice(["20", "10", "30", "70", "40"])
            s = str(r.randint(2, 8)) + d(6)
            return r.choice(["0%s-%s" % (a, s), "0%s %s %s" % (a, s[:3], s[3:]),
                             "+31 %s %s %s" % (a, s[:3], s[3:]), "+31 (0)%s %s" % (a, s)])
        if cc == "NG":
            p = r.choice(["803", "806", "813", "816", "802", "808", "812", "701", "703", "705", "706",
                          "708", "809", "817", "818", "909", "908"])
            a, b = d(3), d(4)
            return r.choice(["+234 %s %s %s", "0%s %s %s", "+234 (0)%s %s %s", "0%s-%s-%s", "+234%s%s%s"]) % (p, a, b)
        if cc == "E164":
            c = self.r.choice(["US", "UK", "DE", "FR", "IN", "BR", "AU", "NL", "NG", "ES", "IT"])
            digits = re.sub(r"\D", "", self.phone(c).replace("(0)", ""))
            code = {"US": "1", "UK": "44", "DE": "49", "FR": "33", "IN": "91", "BR": "55", "AU": "61",
                    "NL": "31", "NG": "234", "ES": "34", "IT": "39"}[c]
            if digits.startswith(code) and len(digits) > 10:
                nat = digits[len(code):]
            else:
                nat = digits
            if c not in ("US", "IT"):
                nat = nat.lstrip("0")
            elif nat.startswith("1") and len(nat) == 11:
                nat = nat[1:]
            return "+" + code + nat
        raise ValueError(cc)

    # ---- EMAIL
    PERSONAL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
                "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.jp",
                "qq.com", "163.com", "naver.com", "mail.ru", "yandex.ru", "seznam.cz", "wp.pl",
                "rediffmail.com", "uol.com.br", "bol.com.br", "hotmail.co.uk", "outlook.de",
                "ukr.net", "walla.co.il"]
    WORK = ["nordwind-logistik.de", "helix-analytics.io", "brightpath.co.uk", "solenne.fr",
            "tecnored.es", "quantaflow.ai", "kirra-labs.com.au", "lumio.com.br", "saffron-tech.in",
            "okoa.co.ke", "naija-pay.ng", "yunfan-tech.cn", "hanabi-soft.co.jp", "baram.co.kr",
            "duna-systems.hu", "vela-robotics.it", "grachtwerk.nl", "mavi-yazilim.com.tr",
            "nusantara-data.co.id", "orbitiq.com", "fernhill-health.org", "arcadia-bank.gr"]
    ROLES = ["jobs", "careers", "hr", "info", "recruiting", "hello", "press", "talent", "contact",
             "events", "support"]

    def email(self, m=None):
        r = self.r
        if m is None or r.random() < 0.15:
            return r.choice(self.ROLES) + "@" + r.choice(self.WORK)
        if m.culture in LAT or m.culture in ("dutch",):
            parts = [deaccent(p).lower().replace("'", "") for p in m.name.split()]
        else:
            parts = re.findall(r"[a-z]+", m.handle) or ["member"]
        if len(parts) == 1:
            parts = [m.handle.replace("_", "")[:8], m.handle.replace("_", "")[8:] or "x"]
        f, l = parts[0], "".join(parts[1:])
        loc = r.choice([f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), m.handle.replace("_", "."),
                        f + "_" + l, l + "." + f, f])
        loc = loc.strip(".")
        dom = r.choice(self.PERSONAL) if r.random() < 0.6 else r.choice(self.WORK)
        return loc + "@" + dom

    def obfuscate(self, e):
        loc, dom = e.split("@")
        k = self.r.randrange(4)
        if k == 0:
            return loc + " [at] " + dom.replace(".", " [dot] ")
        if k == 1:
            return loc + "(at)" + dom
        if k == 2:
            return loc + "[at]" + dom.replace(".", "[dot]")
        return loc + " (at) " + dom.replace(".", " (dot) ")

    # ---- IP
    def ip4(self):
        while True:
            a = self.r.randint(1, 223)
            s = "%d.%d.%d.%d" % (a, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
            if ip4_global(s):
                return s

    def ip4_neg(self):
        r = self.r
        c = r.choice(["ip_private", "ip_private", "ip_loopback", "ip_link_local", "ip_documentation",
                      "ip_documentation", "ip_reserved"])
        if c == "ip_private":
            s = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                          "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
        elif c == "ip_loopback":
            s = "127.0.%d.%d" % (r.choice([0, 0, 0, 1]), r.randint(1, 20))
        elif c == "ip_link_local":
            s = "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
        elif c == "ip_documentation":
            s = r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
        else:
            s = r.choice(["100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                          "198.%d.%d.%d" % (r.randint(18, 19), r.randint(0, 255), r.randint(1, 254)),
                          "240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "0.0.0.0", "255.255.255.255",
                          "239.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
        return s, c

    def version_ip(self):
        r = self.r
        return "%d.%d.%d.%d" % (r.randint(1, 24), r.randint(0, 30), r.randint(0, 60), r.randint(1, 250))

    V6P = ["2a01:4f8", "2a02:c207", "2001:4860", "2606:4700", "2600:1f18", "2c0f:fb50", "2804:14c",
           "2405:200", "2401:4900", "2a00:1450", "2a03:2880", "240e:3b7", "2001:41d0", "2a0d:5600"]

    def ip6(self):
        r = self.r
        while True:
            pre = r.choice(self.V6P).split(":")
            groups = pre + ["%x" % r.randint(0, 0xffff) for _ in range(8 - len(pre))]
            if r.random() < 0.6:
                i = r.randint(len(pre), 6)
                for j in range(i, min(8, i + r.randint(1, 4))):
                    groups[j] = "0"
                groups[7] = "%x" % r.randint(1, 0xff)
            a = ipaddress.IPv6Address(":".join(groups))
            if ip6_global(str(a)):
                return a.exploded if r.random() < 0.25 else a.compressed

    def ip6_neg(self):
        r = self.r
        c = r.choice(["ipv6_documentation", "ipv6_documentation", "ipv6_link_local", "ipv6_ula", "ipv6_loopback"])
        if c == "ipv6_documentation":
            s = "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xff), r.randint(1, 0xff))
        elif c == "ipv6_link_local":
            s = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
        elif c == "ipv6_ula":
            s = "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff))
        else:
            s = "::1"
        return str(ipaddress.IPv6Address(s).compressed), c

    # ---- cards, IBAN, SSN
    def card(self, valid=True):
        r = self.r
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            p, n = "4" + self.d(5), 16
        elif brand == "mc":
            p, n = str(r.randint(51, 55)) + self.d(4), 16
        elif brand == "mc2":
            p, n = str(r.randint(2221, 2720)) + self.d(2), 16
        elif brand == "amex":
            p, n = r.choice(["34", "37"]) + self.d(4), 15
        else:
            p, n = r.choice(["6011", "65" + self.d(2), str(r.randint(644, 649)) + self.d(1)]) + self.d(2), 16
        body = p + self.d(n - 1 - len(p))
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + r.randint(1, 9)) % 10)
        num = body + c
        sep = r.choice([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self, valid=True, country=None):
        r = self.r
        cc = country or r.choice(list(IBAN_FMT))
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([an])", IBAN_FMT[cc]):
            cnt = int(cnt)
            if kind == "a":
                bban += r.choice(BANKS[cc]) if cc in BANKS and cnt == 4 else "".join(
                    r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(cnt))
            else:
                bban += self.d(cnt)
        chk = 98 - iban_num(bban + cc + "00") % 97
        if not valid:
            chk = (chk + r.randint(1, 90)) % 97 + 2 if True else chk
            if chk == 98 - iban_num(bban + cc + "00") % 97:
                chk = (chk % 97) + 1
        s = cc + "%02d" % chk + bban
        if not valid and iban_ok(s):
            return self.iban(False, country)
        if r.random() < 0.6:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, valid=True):
        r = self.r
        if valid:
            a = r.choice([x for x in range(1, 900) if x != 666])
            g, s = r.randint(1, 99), r.randint(1, 9999)
        else:
            k = r.randrange(5)
            a = [0, 666, r.randint(900, 999), r.randint(1, 665), r.randint(1, 665)][k]
            g = 0 if k == 3 else r.randint(1, 99)
            s = 0 if k == 4 else r.randint(1, 9999)
        sep = r.choice(["-", "-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    # ---- URL
    def url(self, m):
        r = self.r
        h = m.handle
        k = r.randrange(8)
        sch = r.choice(["https://", "https://", "", "http://"])
        www = r.choice(["www.", ""])
        if k <= 1:
            return sch + www + "linkedin.com/in/" + h.replace("_", "-") + r.choice(["", "/"])
        if k == 2:
            return sch + "github.com/" + h
        if k == 3:
            return sch + r.choice(["x.com/", "twitter.com/"]) + h
        if k == 4:
            return sch + "medium.com/@" + h
        if k == 5:
            return "https://bsky.app/profile/" + h.replace("_", "") + ".bsky.social"
        if k == 6:
            return sch + h.replace("_", "") + ".substack.com"
        return sch + "calendly.com/" + h.replace("_", "-") + r.choice(["", "/30min", "/intro-call"])

    def url_neg(self):
        r = self.r
        firm = r.choice(["helix-analytics", "nordwind-logistik", "quantaflow", "brightpath", "lumio"])
        c = r.choice(["url_company_page", "url_careers", "url_docs", "url_paper", "url_event_ticket",
                      "url_form", "url_repo"])
        s = {"url_company_page": r.choice(["https://www.linkedin.com/company/%s/" % firm,
                                           "linkedin.com/company/%s" % firm, "https://www.%s.io/about" % firm]),
             "url_careers": r.choice(["https://careers.%s.io/jobs/%d" % (firm, r.randint(1000, 99999)),
                                      "https://www.linkedin.com/jobs/view/%d/" % r.randint(3800000000, 3999999999),
                                      "https://boards.greenhouse.io/%s/jobs/%d" % (firm, r.randint(4000000, 7999999))]),
             "url_docs": r.choice(["https://docs.python.org/3/library/ipaddress.html",
                                   "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
                                   "https://kubernetes.io/docs/concepts/services-networking/",
                                   "https://www.postgresql.org/docs/16/indexes.html",
                                   "https://learn.microsoft.com/en-us/azure/architecture/"]),
             "url_paper": r.choice(["https://arxiv.org/abs/%d.%05d" % (r.randint(2101, 2411), r.randint(1, 29999)),
                                    "https://doi.org/10.1145/%d.%d" % (r.randint(3500000, 3699999), r.randint(3600000, 3699999))]),
             "url_event_ticket": r.choice(["https://www.eventbrite.com/e/data-summit-tickets-%d" % r.randint(10**11, 10**12),
                                           "https://lu.ma/%s" % "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)),
                                           "https://www.meetup.com/berlin-rust/events/%d/" % r.randint(290000000, 309999999)]),
             "url_form": r.choice(["https://forms.gle/%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(17)),
                                   "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % "".join(r.choice("abcdefXYZ0123456789_-") for _ in range(20)),
                                   "https://tally.so/r/%s" % "".join(r.choice("abcdefghkmnpqrstuvwxyz") for _ in range(6))]),
             "url_repo": r.choice(["https://github.com/kubernetes/kubernetes", "github.com/rust-lang/rust",
                                   "https://github.com/pytorch/pytorch/issues/%d" % r.randint(1000, 130000),
                                   "https://github.com/apache/kafka"])}[c]
        return s, c

    # ---- phone-shaped negatives
    def phone_neg(self, cat=None):
        r, d = self.r, self.d
        cat = cat or r.choice(["date", "time", "price", "order_number", "ticket_number", "isbn", "version",
                               "patent_number"])
        y, mo, da = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        if cat == "date":
            s = r.choice(["%d-%02d-%02d" % (y, mo, da), "%02d.%02d.%d" % (da, mo, y), "%02d/%02d/%d" % (mo, da, y),
                          "%02d/%02d/%d" % (da, mo, y), "%d/%02d/%02d" % (y, mo, da)])
        elif cat == "time":
            h = r.randint(8, 19)
            s = r.choice(["%02d:%02d–%02d:%02d" % (h, r.choice([0, 15, 30, 45]), h + 2, r.choice([0, 30])),
                          "%d:%02d AM" % (r.randint(7, 11), r.choice([0, 30])),
                          "%dh%02d" % (h, r.choice([0, 15, 30])), "%d:%02d–%d:%02d" % (h, 0, h + 1, 30)])
        elif cat == "price":
            s = r.choice(["$%d,%03d.%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)),
                          "€ %d.%03d,00" % (r.randint(1, 99), r.randint(0, 999)),
                          "₹%d,%03d" % (r.randint(10, 999), r.randint(0, 999)),
                          "R$ %d.%03d,%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)),
                          "¥%d,%03d" % (r.randint(10, 999), r.randint(0, 999)),
                          "£%d,%03d" % (r.randint(1, 99), r.randint(0, 999))])
        elif cat == "order_number":
            s = r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "45%s" % d(8), "#%s-%s" % (d(4), d(6)), "SO-%s" % d(8)])
        elif cat == "ticket_number":
            s = r.choice(["%d-%s-%s" % (y, d(3), d(4)), "INC%s" % d(7), "#%s" % d(6), "CS%s" % d(8)])
        elif cat == "isbn":
            grp = r.choice(["0", "1", "3", "2", "84", "88", "4", "7"])
            pub = d(r.randint(2, 5))
            title = d(9 - len(grp) - len(pub))
            b = "978" + grp + pub + title
            c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
            s = "978-%s-%s-%s-%d" % (grp, pub, title, c) if r.random() < 0.7 else b + str(c)
        elif cat == "version":
            s = r.choice(["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 40), r.randint(0, 99)),
                          "%d.%d.%d-rc%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), r.randint(1, 4)),
                          "10.0.%d.%d" % (r.randint(19041, 26100), r.randint(1000, 9999))])
        else:
            s = r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 12), r.randint(0, 999), r.randint(0, 999)),
                          "EP %d %03d %03d A1" % (r.randint(3, 4), r.randint(0, 999), r.randint(0, 999)),
                          "US %d/%07d A1" % (y, r.randint(1, 399999)), "WO %d/%06d" % (y, r.randint(1, 250000))])
        return s, cat


# ----------------------------------------------------------------------------- frames
# Placeholders: {P} full member name, {F} first name in greeting/thanks, {H} @handle, {E} e-mail
# (maybe mailto:/<>), {EO} obfuscated e-mail, {T} phone (language's countries), {TE} bare E.164,
# {I4} IPv4 (maybe :port or /cidr), {I6} IPv6 (maybe [ ]:port), {CC} card, {IB} IBAN, {SSN},
# {U} profile URL, {PM} "@Full Name" mention; negatives: {NPH} phone-shaped, {NIP} IPv4 neg,
# {NVIP} version-like IP, {NIP6}, {NCC} Luhn-invalid, {NIB} bad IBAN, {NSSN}, {NU} URL neg,
# {NAT} code at-sign, {NPKG} package@version, {NPUB} non-member public figure;
# [[text|category]] is a literal negative.  {FIRM} {CITY} {ROLE} {SKILL} are fillers.

EN = [
    "Hi {F}, thanks for the intro yesterday!",
    "Thanks, {F}! Really appreciate it.",
    "Huge congratulations to {P} on the new role as {ROLE} at {FIRM}!",
    "I had the pleasure of working with {P} for three years at {FIRM}. {PR}'s attention to detail is rare.",
    "Shoutout to {H} and {H} for running the {SKILL} workshop.",
    "If you are interested, DM me or email {E}.",
    "We're hiring a {ROLE} in {CITY}! Send your CV to {E} or apply at {NU}.",
    "Questions? Call me on {T} (Mon–Fri).",
    "You can book a slot with me here: {U}",
    "More of my writing: {U}.",
    "My code lives at {U} (mostly {SKILL} tooling).",
    "Our new office opens on {NPH_date} — doors open at [[9:00 AM|time]].",
    "Order {NPH_order_number} still hasn't shipped, any tips?",
    "Reading ISBN {NPH_isbn}: great chapter on distributed systems.",
    "Our firmware {NVIP} fixes the Wi-Fi drop; after the update the gateway answers on {I4}.",
    "Blocked a brute-force attempt from {I4} overnight, our internal host {NIP} was never exposed.",
    "The VPN endpoint moved to {I6}; the lab subnet {NIP6} stays internal.",
    "SDK version {NVIP} is out with breaking changes, read {NU} first.",
    "Scam alert: someone posted a card number {CC} in our group chat. Please don't share payment details here.",
    "The checkout form says card {NCC} is invalid, and it is: I mistyped a digit.",
    "Donations for the team trip: IBAN {IB}, reference 'summer trip'.",
    "My bank rejected {NIB} as an invalid IBAN. Double-check before sending invoices!",
    "HR asked me to confirm my SSN {SSN} by email, is that normal?",
    "Note: {NSSN} is not a valid SSN, the onboarding form uses it as a placeholder.",
    "Patent {NPH_patent_number} finally granted after four years!",
    "Ticket {NPH_ticket_number} is still open, support promised an answer by Friday.",
    "Price dropped to {NPH_price} for the early-bird pass.",
    "[[Will|word_name]] share the slides after the session.",
    "[[Hope|word_name]] to see many of you there!",
    "The [[grace|word_name]] period for early-bird tickets ends on {NPH_date}.",
    "Revenue [[rose|word_name]] 12% year over year.",
    "[[Mark|word_name]] your calendars: demo day is coming.",
    "Thanks for the [[frank|word_name]] feedback on the draft, everyone.",
    "It was a [[joy|word_name]] to mentor this cohort.",
    "[[Summer|word_name]] internship applications close soon.",
    "The talk [[drew|word_name]] over 300 people.",
    "Capacity is [[max|word_name]] 40 seats.",
    "Don't [[chase|word_name]] vanity metrics.",
    "Ex-[[Ivy|word_name]] League grads are not the only talent pool.",
    "Relocating to [[Charlotte, NC|place_name]] next month, any {SKILL} meetups there?",
    "Flying to [[Sydney|place_name]] for the conference.",
    "Our team in [[Austin, TX|place_name]] is growing.",
    "Hello from [[Victoria, BC|place_name]]!",
    "Spent the weekend in [[Florence, Italy|place_name]] before the offsite.",
    "Morning run around [[Victoria Park|place_name]] before the London summit.",
    "Just landed in [[Madison, WI|place_name]] for the university job fair.",
    "Ten years at [[Morgan Stanley|firm_name]] taught me a lot about risk.",
    "Our advisor at [[Edward Jones|firm_name]] recommended index funds.",
    "Moved my IRA to [[Charles Schwab|firm_name]] last year.",
    "Christmas temp job at [[John Lewis|firm_name]] was my first job.",
    "Bought the interview suit at [[Paul Smith|firm_name]] in Covent Garden.",
    "Proud to join [[Robert Bosch|firm_name]] GmbH as {ROLE}.",
    "Optics internship at [[Carl Zeiss|firm_name]] AG in Jena.",
    "Watched a talk at the [[Max Planck|eponym]] Institute for Informatics.",
    "Applying for the [[Grace Hopper|eponym]] Celebration scholarship.",
    "Fellowship at the [[Alan Turing|eponym]] Institute starts in October.",
    "Happy [[Ada Lovelace|eponym]] Day to all women in STEM!",
    "Implemented [[Dijkstra's algorithm|eponym]] on a 10M-node graph.",
    "[[Murphy's law|eponym]] hit our release again.",
    "[[Moore's law|eponym]] is slowing, but compilers are not.",
    "[[Conway's law|eponym]] explains our org chart better than any consultant.",
    "Used a [[Pearson|eponym]] correlation and [[Fisher's exact test|eponym]] for the A/B study.",
    "[[Porter's five forces|eponym]] still works for a quick market scan.",
    "Keynote by [[{NPUB}|non_member_name]] was the highlight.",
    "Use the {NAT} decorator and import from {NPKG} to reproduce.",
    "Pinned {NPKG} because the latest release broke our build.",
    "Please reach out to {EO} for the dataset.",
    "Contact: {P} | {ROLE} | {T} | {E}",
    "-- \n{P}\n{ROLE}, {FIRM}\nM: {T}\n{E}",
    "Recommendation: {P} consistently delivered. Happy to discuss, {T}.",
    "Cc {PM}, you'll like this one.",
    "Event: {SKILL} meetup, {NPH_date}, doors at [[6:30 PM|time]]. RSVP: {NU}. Host: {P} ({E}).",
    "Certificate of completion awarded to {P} for {SKILL} (certificate no. {NPH_order_number}).",
    "Newsletter #{N3}: this week {P} writes about {SKILL}; reply to {E}.",
    "Forwarding a message from {P}: \"Call me back on {TE} when you land.\"",
    "Forum question: my server {I4}:{PORT} keeps timing out, logs show retries from {I4}. Any ideas?",
    "Whitelisted {I4}/{CIDR} and [{I6}]:{PORT} for the partner integration.",
    "{P}'s new book is out!",
    "{P}’s keynote slides are up, worth a read.",
    "Thanks to {F}'s notes we shipped on time.",
    "Release {NPH_version} is live; the changelog lists every breaking change.",
    "Office hours moved to {NPH_time} on Thursdays.",
    "Lunch & learn today, {NPH_time}, room 4.12.",
    "Quick thanks, {F}, for covering my on-call shift.",
    "Thanks {F}, and congrats to {H} too.",
    "Paying rent from abroad: IBAN {IB}. Card on file {CC}.",
    "Reach {P} on WhatsApp: {T}",
    "Dear {F},\nplease find the contract attached.",
    "Posted by mistake in the HR channel: employee SSN {SSN}, please delete.",
    "W-2 correction for {P}: the SSN on file should be {SSN}.",
    "Background check form for {P}: SSN {SSN}, start date {NPH_date}.",
    "Refund went back to card {CC}, expiry 08/27.",
    "Corporate card {CC} is for travel only, ask {P} before booking.",
    "Paid the conference fee with {CC}; receipt {NPH_order_number}.",
    "Our mail relay is reachable at {I6} and {I4}.",
    "Seeing repeated logins from {I6} in the auth log, blocked it.",
    "Home lab update: the ISP delegated {I6}/56 and the LAN uses {NIP6} internally.",
    "Dual-stack finally: {I4} and {I6} both answer on port 443.",
    "Hiring manager {P}, {T}, {E}. Salary {NPH_price} plus equity.",
]

LANG = {
    "de": ["Hallo {F}, danke für die schnelle Rückmeldung!", "Danke, {F}!",
           "Herzlichen Glückwunsch an {P} zur neuen Rolle als {ROLE} bei {FIRM}!",
           "Wir suchen eine:n {ROLE} in Berlin. Bewerbungen bitte an {E}.",
           "Bei Fragen erreichen Sie mich unter {T}.", "Mein Profil: {U}",
           "Spenden bitte an IBAN {IB}, Verwendungszweck: Laufgruppe.",
           "Meine Bank meldet die IBAN {NIB} als ungültig – bitte prüfen!",
           "Termin: {NPH_date}, Beginn [[18:30 Uhr|time]].", "Bestellnummer {NPH_order_number} ist immer noch nicht da.",
           "Das ist mein [[Ernst|word_name]], wir brauchen mehr Tests.",
           "Mit freundlichen Grüßen\n{P}\n{ROLE}\nTel.: {T}\nE-Mail: {E}",
           "Unser Server {I4} war kurz nicht erreichbar; intern läuft alles über {NIP}.",
           "IPv6 des Servers: {I6}, intern {NIP6}.", "Kreditkarte {CC} wurde doppelt belastet, Ticket {NPH_ticket_number}.",
           "Kontakt gerne über {EO}.", "Danke an {H} für den Vortrag!",
           "Praktikum bei [[Carl Zeiss|firm_name]] Meditec in Jena abgeschlossen.",
           "Vortrag am [[Max Planck|eponym]]-Institut für Informatik."],
    "fr": ["Bonjour {F}, merci pour ton retour !", "Merci {F} !",
           "Félicitations à {P} pour son nouveau poste de {ROLE} chez {FIRM} !",
           "Nous recrutons ! Envoyez votre CV à {E}.", "Joignable au {T} du lundi au vendredi.",
           "Mon profil : {U}", "Virement sur l'IBAN {IB} avant le {NPH_date}.",
           "Rendez-vous le {NPH_date} à [[18h30|time]].", "Il faut agir avec [[prudence|word_name]] sur ce dossier.",
           "Cordialement,\n{P}\n{ROLE}\nTél. : {T}\n{E}", "Un grand merci à {H} pour l'atelier.",
           "Contact : {EO}", "Le serveur {I4} répond de nouveau ; la passerelle {NIP} reste interne.",
           "Adresse IPv6 du serveur : {I6}.", "Carte {CC} débitée deux fois !", "Stage chez [[Louis Vuitton|firm_name]] à Paris validé."],
    "es": ["Hola {F}, ¡gracias por todo!", "¡Gracias, {F}!",
           "Enhorabuena a {P} por su nuevo puesto como {ROLE} en {FIRM}.",
           "Buscamos {ROLE}. Envía tu CV a {E}.", "Llámame al {T}.", "Mi perfil: {U}",
           "Tenía [[dolores|word_name]] de cabeza después de la demo.", "Llevaba la camiseta [[rosa|word_name]] del equipo.",
           "La formación es un [[pilar|word_name]] de nuestra estrategia.", "Me encanta la [[luz|word_name]] natural de la oficina.",
           "Con la [[esperanza|word_name]] de verte pronto.", "Trabajé cinco años en [[Mercedes|firm_name]]-Benz España.",
           "Me mudo a [[Santiago|place_name]] de Chile en marzo.", "Transferencia al IBAN {IB}, concepto: cuota.",
           "Un saludo,\n{P}\n{ROLE} · {T}\n{E}", "Gracias a {H} por la charla.", "Escríbeme a {EO}.",
           "El pedido {NPH_order_number} sigue sin llegar.", "La IPv6 del servidor es {I6}.", "Me cobraron dos veces en la tarjeta {CC}."],
    "pt": ["Olá {F}, obrigado pela ajuda!", "Valeu, {F}!", "Parabéns a {P} pelo novo cargo de {ROLE} na {FIRM}!",
           "Estamos contratando! Mande o currículo para {E}.", "WhatsApp: {T}", "Meu perfil: {U}",
           "Foi uma grande [[vitória|word_name]] para o time.", "Pix não funcionou, segue IBAN {IB}.",
           "Valor do curso: {NPH_price}.", "Abraços,\n{P}\n{ROLE}\nCel.: {T}\n{E}", "Obrigado {H} pela palestra!",
           "Contato: {EO}", "Nosso servidor {I4} voltou ao ar.", "IPv6 do servidor: {I6}.", "Cobraram duas vezes no cartão {CC}."],
    "it": ["Ciao {F}, grazie mille!", "Grazie, {F}!", "Complimenti a {P} per il nuovo ruolo di {ROLE} in {FIRM}!",
           "Cerchiamo un {ROLE}: inviate il CV a {E}.", "Chiamatemi al {T}.", "Il mio profilo: {U}",
           "Con la [[speranza|word_name]] di rivederci presto.", "Bonifico su IBAN {IB}.",
           "Cordiali saluti,\n{P}\n{ROLE}\nTel. {T}\n{E}", "Grazie a {H} per il workshop.", "Scrivetemi a {EO}.",
           "Evento il {NPH_date} alle [[18:00|time]].", "Arrivederci da [[Firenze|place_name]]!"],
    "nl": ["Hoi {F}, bedankt voor je hulp!", "Dank je, {F}!", "Gefeliciteerd {P} met je nieuwe rol als {ROLE} bij {FIRM}!",
           "We zoeken een {ROLE}. Mail je cv naar {E}.", "Bel me op {T}.", "Mijn profiel: {U}",
           "Overmaken naar IBAN {IB} o.v.v. teamuitje.", "Met vriendelijke groet,\n{P}\n{ROLE}\nT {T}\n{E}",
           "Met dank aan {H}!", "Het algoritme van [[Dijkstra|eponym]] blijft een klassieker.", "Mail: {EO}"],
    "pl": ["Cześć {F}, dzięki za pomoc!", "Dziękuję, {F}!", "Gratulacje dla {P} z okazji nowej roli {ROLE} w {FIRM}!",
           "Szukamy {ROLE}. CV prosimy przesyłać na {E}.", "Tel. {T}", "Mój profil: {U}",
           "Przelew na IBAN {IB}.", "Pozdrawiam,\n{P}\n{ROLE}\n{E}", "Dzięki {H} za prezentację!"],
    "sv": ["Hej {F}, tack för hjälpen!", "Tack, {F}!", "Grattis {P} till nya rollen som {ROLE} på {FIRM}!",
           "Vi söker en {ROLE}. Skicka CV till {E}.", "Ring mig på {TE}.", "Min profil: {U}",
           "Betala till IBAN {IB}.", "Med vänliga hälsningar\n{P}\n{ROLE}\n{E}", "Tack {H} för föredraget!"],
    "tr": ["Merhaba {F}, yardımın için teşekkürler!", "Teşekkürler {F}!", "{P}'nin yeni görevi hayırlı olsun!",
           "Tebrikler {P}, {FIRM}'daki yeni rolün hayırlı olsun!", "{ROLE} arıyoruz, CV'nizi {E} adresine gönderin.",
           "Telefon: {T}", "Profilim: {U}", "Bağış için IBAN: {IB}", "Bu gelişme çok [[umut|word_name]] verici.",
           "Hafta sonu [[deniz|word_name]] kenarında kod yazdım.", "[[Bahar|word_name]] aylarında yeni ekip kuruyoruz.",
           "Saygılarımla,\n{P}\n{ROLE}\n{E}", "{H} sunum için teşekkürler!", "Sunucu {I4} tekrar çalışıyor."],
    "ru": ["Привет, {F}! Спасибо за помощь.", "Спасибо, {F}!", "Поздравляем: {P} теперь {ROLE} в {FIRM}!",
           "Ищем {ROLE}. Резюме присылайте на {E}.", "Телефон: {TE}", "Мой профиль: {U}",
           "Главное — [[вера|word_name]] в команду.", "Это была наша последняя [[надежда|word_name]] на релиз.",
           "[[Любовь|word_name]] к делу важнее опыта.", "Автор: {P}. Вопросы — {EO}.",
           "IBAN для оплаты: {IB}", "С уважением,\n{P}\n{ROLE}\n{E}", "Спасибо {H} за доклад!",
           "Сервер {I4} снова доступен.", "Прошивка {NVIP} исправляет ошибку.", "IPv6 сервера: {I6}.", "С карты {CC} списали дважды."],
    "uk": ["Привіт, {F}! Дякую за допомогу.", "Дякую, {F}!", "Вітаємо {P} з новою роллю {ROLE} у {FIRM}!",
           "Шукаємо {ROLE}. Резюме надсилайте на {E}.", "Тел.: {TE}", "Мій профіль: {U}",
           "Реквізити IBAN: {IB}", "З повагою,\n{P}\n{E}", "Дякую {H}!"],
    "el": ["Γεια σου {F}, ευχαριστώ για τη βοήθεια!", "Ευχαριστώ, {F}!", "Συγχαρητήρια στον/στην {P} για τη νέα θέση στην {FIRM}!",
           "Ζητάμε {ROLE}. Στείλτε βιογραφικό στο {E}.", "Τηλ.: {TE}", "Το προφίλ μου: {U}",
           "Υπάρχει πάντα [[ελπίδα|word_name]] για το έργο.", "Χρειαζόμαστε [[ειρήνη|word_name]] και ηρεμία στην ομάδα.",
           "IBAN: {IB}", "Με εκτίμηση,\n{P}\n{E}", "Ευχαριστώ {H}!"],
    "ar": ["مرحباً {F}، شكراً على المساعدة!", "شكراً {F}!", "تهانينا إلى {P} على المنصب الجديد في {FIRM}!",
           "نبحث عن {ROLE}. أرسل سيرتك الذاتية إلى {E}.", "للتواصل: {TE}", "ملفي الشخصي: {U}",
           "على [[أمل|word_name]] اللقاء قريباً.", "رقم الآيبان للتبرع: {IB}", "مع التحية،\n{P}\n{E}",
           "شكراً {H} على المحاضرة!", "الخادم {I4} يعمل الآن."],
    "he": ["היי {F}, תודה על העזרה!", "תודה רבה, {F}!", "מזל טוב ל{P} על התפקיד החדש ב-{FIRM}!",
           "דרוש/ה {ROLE}. קו\"ח ל-{E}", "טלפון: {TE}", "הפרופיל שלי: {U}", "IBAN לתשלום: {IB}",
           "בברכה,\n{P}\n{E}", "תודה {H}!"],
    "hi": ["नमस्ते {F}, मदद के लिए धन्यवाद!", "धन्यवाद, {F}!", "{P} को {FIRM} में नई भूमिका के लिए बधाई!",
           "हमें {ROLE} की ज़रूरत है। अपना CV {E} पर भेजें।", "फ़ोन: {T}", "मेरी प्रोफ़ाइल: {U}",
           "[[आशा|word_name]] है कि आप सब आएँगे।", "सूरज की [[किरण|word_name]] जैसी ताज़गी।",
           "सादर,\n{P}\n{E}", "{H} को धन्यवाद!", "बुकिंग राशि {NPH_price} है।"],
    "th": ["สวัสดีค่ะคุณ{F} ขอบคุณมากค่ะ", "ขอบคุณคุณ{P}มากครับ", "ยินดีด้วยกับคุณ{P}ในตำแหน่งใหม่ที่ {FIRM}",
           "รับสมัคร {ROLE} ส่งเรซูเม่มาที่{E}ได้เลย", "โทร {TE}", "โปรไฟล์ของผม: {U}", "ขอบคุณ{H}ครับ",
           "ติดต่อ{EO}"],
    "zh": ["感谢{P}的分享！", "恭喜{P}加入{FIRM}担任{ROLE}！", "我们正在招聘{ROLE}，简历请发送至{E}，谢谢。",
           "联系电话：{T}", "我的主页：{U}", "请联系{P}（{E}）了解详情。",
           "早[[高峰|word_name]]的地铁太挤了。", "这个方案很[[高明|word_name]]。", "昨天在[[李宁|firm_name]]门店买了双跑鞋。",
           "谢谢{H}的推荐！", "服务器{I4}已恢复；内网地址{NIP}不受影响。", "订单号{NPH_order_number}还没发货。",
           "服务器IPv6地址：{I6}", "信用卡{CC}被重复扣款了。", "活动时间：{NPH_date}"],
    "ja": ["{P}さん、ありがとうございます！", "{P}さんの発表がとても良かったです。", "{ROLE}募集中です。履歴書は{E}までお送りください。",
           "電話：{T}", "プロフィール：{U}", "{H}さんに感謝！", "連絡先：{E}（{P}）", "IPv6アドレス{I6}からの不正アクセスを遮断しました。", "カード{CC}で二重請求されました。",
           "注文番号{NPH_order_number}が届きません。"],
    "ko": ["{P}님, 감사합니다!", "{P}의 발표가 정말 좋았어요.", "{ROLE}를 채용합니다. 이력서는 {E}로 보내주세요.",
           "연락처: {TE}", "제 프로필: {U}", "{H}님 감사합니다!", "서버 IPv6 {I6} 차단 완료.", "{P}님이 {FIRM}에 합류했습니다."],
    "vi": ["Cảm ơn {P} rất nhiều!", "Chúc mừng {P} với vai trò {ROLE} mới tại {FIRM}!",
           "Chúng tôi tuyển {ROLE}. Gửi CV về {E}.", "Điện thoại: {TE}", "Hồ sơ của tôi: {U}",
           "Hẹn gặp lại các bạn vào ngày [[mai|word_name]].", "Cảm ơn {H}!", "Liên hệ: {EO}"],
    "id": ["Halo {F}, terima kasih atas bantuannya!", "Terima kasih, {F}!", "Selamat untuk {P} atas posisi baru di {FIRM}!",
           "Kami mencari {ROLE}. Kirim CV ke {E}.", "WA: {TE}", "Profil saya: {U}",
           "Pemandangannya [[indah|word_name]] sekali dari kantor baru.", "Salam,\n{P}\n{E}", "Terima kasih {H}!"],
    "sw": ["Habari {F}, asante kwa msaada!", "Asante sana, {F}!", "Hongera {P} kwa nafasi mpya ya {ROLE} katika {FIRM}!",
           "Tunatafuta {ROLE}. Tuma CV kwa {E}.", "Simu: {TE}", "Wasifu wangu: {U}",
           "Ni [[baraka|word_name]] kubwa kufanya kazi na timu hii.", "Tunaomba [[amani|word_name]] na utulivu.",
           "Kwa heri,\n{P}\n{E}", "Asante {H}!"],
}
LANG["en"] = EN

LANG_W = {"en": 30, "de": 6, "fr": 5, "es": 5, "pt": 4, "it": 3, "nl": 3, "pl": 2, "sv": 2, "tr": 3,
          "ru": 3, "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 3, "th": 2, "zh": 5, "ja": 4, "ko": 3,
          "vi": 2, "id": 2, "sw": 2}
LANG_CULT = {"en": list(LAT) + ["chinese", "indian", "nigerian"], "de": ["german", "turkish", "polish", "anglo"],
             "fr": ["french", "arabic", "eastafrican"], "es": ["spanish"], "pt": ["portuguese"], "it": ["italian"],
             "nl": ["dutch"], "pl": ["polish"], "sv": ["nordic"], "tr": ["turkish"],
             "ru": ["russian_f", "russian_m"], "uk": ["ukrainian"], "el": ["greek_f", "greek_m"],
             "ar": ["arabic"], "he": ["hebrew"], "hi": ["hindi"], "th": ["thai"], "zh": ["chinese"],
             "ja": ["japanese"], "ko": ["korean"], "vi": ["vietnamese"], "id": ["indonesian"], "sw": ["eastafrican"]}
LANG_CC = {"en": ["US", "CA", "UK", "AU", "IN", "NG", "E164"], "de": ["DE"], "fr": ["FR"], "es": ["ES"],
           "pt": ["BR"], "it": ["IT"], "nl": ["NL"], "pl": ["DE", "UK"], "sv": ["E164"], "tr": ["DE", "NL"],
           "hi": ["IN"], "zh": ["CN"], "ja": ["JP"], "ko": ["E164"]}
ROLES = ["Data Engineer", "Product Manager", "UX Researcher", "Backend Developer", "Site Reliability Engineer",
         "Head of Sales", "ML Engineer", "Nurse Practitioner", "Financial Analyst", "Supply Chain Lead"]
FIRMS = ["Helix Analytics", "Nordwind Logistik", "Quantaflow", "Brightpath", "Lumio", "Saffron Tech",
         "Okoa Systems", "Kirra Labs", "Vela Robotics", "Grachtwerk"]
CITIES = ["Berlin", "Lagos", "Toronto", "Leeds", "Pune", "Lyon", "Rotterdam", "Nairobi", "Melbourne", "Seoul"]
SKILLS = ["Rust", "Kubernetes", "SQL", "product discovery", "LLM evaluation", "Terraform", "data privacy"]
NPUB = ["Satya Nadella", "Jensen Huang", "Christine Lagarde", "Sundar Pichai", "Ngozi Okonjo-Iweala"]
NAT = ["@dataclass", "@Override", "@media", "@keyframes", "@staticmethod", "@property", "@param"]
NPKG = ["react@18.3.1", "@angular/core@17.3.0", "lodash@4.17.21", "typescript@5.4.5", "@types/node@20.12.7",
        "vue@3.4.27", "@babel/core@7.24.5", "next@14.2.3"]
# Vietnamese greets with given-name is avoided (full names used), see docstring.
WORD_FIRST_OK = {"Will", "Grace", "Rose", "Hope", "Mark", "Frank", "Joy", "Max", "Dolores", "Vera"}


class Rec:
    def __init__(self):
        self.text = []
        self.pos = 0
        self.spans = []
        self.negs = []

    def add(self, s):
        self.text.append(s)
        self.pos += len(s)

    def span(self, s, t):
        self.spans.append((self.pos, self.pos + len(s), t, s))
        self.add(s)

    def neg(self, s, c):
        self.negs.append((self.pos, self.pos + len(s), c, s))
        self.add(s)

    def value(self):
        return "".join(self.text)


TOKEN = re.compile(r"\{(\w+)\}|\[\[(.+?)\|(\w+)\]\]")


class Writer:
    def __init__(self, g):
        self.g = g
        self.r = g.r

    def member(self, lang):
        c = self.r.choice(LANG_CULT[lang])
        if lang == "en" and self.r.random() < 0.02:
            return self.r.choice(self.g.members[:len(COLLISION_MEMBERS)])
        return self.r.choice(self.g.by_cult[c])

    def name_form(self, m):
        r, n = self.r, m.name
        x = r.random()
        if is_latin(n):
            if x < 0.06 and "ß" not in n and not re.search("[ıİ]", n):
                return n.lower()
            if x < 0.11 and "ß" not in n and not re.search("[ıİ]", n):
                return n.upper()
            if x < 0.2 and deaccent(n) != n:
                return deaccent(n)
        elif is_greek(n):
            if x < 0.1:
                return deaccent(n).upper()
            if x < 0.15:
                return n.lower()
        elif is_cyr(n):
            if x < 0.1 and "ё" in n.lower():
                return n.replace("ё", "е").replace("Ё", "Е")
            if x < 0.15:
                return n.upper()
        return n

    def first_form(self, m):
        f = m.first if not m.family_first else m.name
        if is_latin(f) and deaccent(f) != f and self.r.random() < 0.15:
            return deaccent(f)
        return f

    def render(self, rec, frame, lang, ctx):
        r, g = self.r, self.g
        i = 0
        for mt in TOKEN.finditer(frame):
            rec.add(frame[i:mt.start()])
            i = mt.end()
            if mt.group(2):
                lit = mt.group(2)
                if lit == "{NPUB}":
                    lit = r.choice(NPUB)
                rec.neg(lit, mt.group(3))
                continue
            k = mt.group(1)
            cc = LANG_CC.get(lang, ["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG", "E164"])
            if k == "P":
                m = self.member(lang)
                ctx.append(m)
                rec.span(self.name_form(m), "PERSON")
            elif k == "F":
                m = self.member(lang)
                if lang == "en" and r.random() < 0.1:
                    cands = [x for x in sorted(WORD_FIRST_OK) if x in g.word_first]
                    if cands:
                        m = r.choice(g.word_first[r.choice(cands)])
                ctx.append(m)
                rec.span(self.first_form(m), "PERSON")
            elif k == "PM":
                m = self.member(lang)
                rec.add("@")
                rec.span(m.name, "PERSON")
            elif k == "H":
                m = self.member(lang) if r.random() < 0.7 else r.choice(g.members)
                rec.span("@" + m.handle, "HANDLE")
            elif k == "E":
                m = ctx[-1] if ctx and r.random() < 0.6 else self.member(lang)
                e = g.email(m)
                w = r.random()
                if w < 0.12:
                    rec.add("mailto:")
                    rec.span(e, "EMAIL")
                elif w < 0.24:
                    rec.add("<")
                    rec.span(e, "EMAIL")
                    rec.add(">")
                else:
                    rec.span(e, "EMAIL")
            elif k == "EO":
                rec.span(g.obfuscate(g.email(self.member(lang))), "EMAIL")
            elif k == "T":
                rec.span(g.phone(r.choice(cc)), "PHONE")
            elif k == "TE":
                rec.span(g.phone(r.choice(["E164", r.choice(["US", "UK", "DE", "FR", "IN", "NG", "BR"])])), "PHONE")
            elif k == "I4":
                rec.span(g.ip4(), "IPV4")
                w = r.random()
                if w < 0.1 and "{PORT}" not in frame and "{CIDR}" not in frame:
                    rec.add(":%d" % r.choice([22, 443, 8080, 3389, 5432]))
                elif w < 0.15 and "{PORT}" not in frame and "{CIDR}" not in frame:
                    rec.add("/%d" % r.choice([24, 28, 32]))
            elif k == "I6":
                v = g.ip6()
                if r.random() < 0.12 and not frame[mt.start() - 1:mt.start()] == "[":
                    rec.add("[")
                    rec.span(v, "IPV6")
                    rec.add("]:%d" % r.choice([443, 8443, 51820]))
                else:
                    rec.span(v, "IPV6")
            elif k == "CC":
                rec.span(g.card(True), "CREDIT_CARD")
            elif k == "IB":
                rec.span(g.iban(True), "IBAN")
            elif k == "SSN":
                rec.span(g.ssn(True), "US_SSN")
            elif k == "U":
                m = ctx[-1] if ctx and r.random() < 0.5 else self.member(lang)
                rec.span(g.url(m), "URL")
            elif k.startswith("NPH_"):
                s, c = g.phone_neg(k[4:])
                rec.neg(s, c)
            elif k == "PR":
                m = ctx[-1] if ctx else self.member(lang)
                rec.span(self.name_form(m), "PERSON")
            elif k == "NIP":
                s, c = g.ip4_neg()
                rec.neg(s, c)
            elif k == "NVIP":
                rec.neg(g.version_ip(), "version_like_ip")
            elif k == "NIP6":
                s, c = g.ip6_neg()
                rec.neg(s, c)
            elif k == "NCC":
                rec.neg(g.card(False), "card_luhn_invalid")
            elif k == "NIB":
                rec.neg(g.iban(False), "iban_bad_check")
            elif k == "NSSN":
                rec.neg(g.ssn(False), "ssn_invalid_range")
            elif k == "NU":
                s, c = g.url_neg()
                rec.neg(s, c)
            elif k == "NAT":
                rec.neg(r.choice(NAT), "code_at_sign")
            elif k == "NPKG":
                rec.neg(r.choice(NPKG), "package_at_version")
            elif k == "FIRM":
                rec.add(r.choice(FIRMS))
            elif k == "CITY":
                rec.add(r.choice(CITIES))
            elif k == "ROLE":
                rec.add(r.choice(ROLES))
            elif k == "SKILL":
                rec.add(r.choice(SKILLS))
            elif k == "PORT":
                rec.add(str(r.choice([22, 443, 8080, 8443, 25565])))
            elif k == "CIDR":
                rec.add(str(r.choice([24, 28, 29, 32])))
            elif k == "N3":
                rec.add(str(r.randint(10, 250)))
            else:
                raise KeyError(k)
        rec.add(frame[i:])

    def record(self, lang):
        r = self.r
        frames = LANG[lang]
        rec = Rec()
        ctx = []
        k = r.randint(2, 5)
        chosen = r.sample(frames, min(k, len(frames)))
        if lang != "en" and r.random() < 0.15:
            chosen.append(r.choice(EN))
        # non-Latin post with Latin PII glued
        glue = lang in ("zh", "ja", "th") and r.random() < 0.25
        for j, fr in enumerate(chosen):
            if j:
                rec.add(r.choice(["\n", " ", "\n\n", " "]) if lang not in ("zh", "ja", "th") else r.choice(["", "\n"]))
            self.render(rec, fr, lang, ctx)
        if glue:
            m = r.choice(self.g.by_cult[r.choice(["anglo", "german", "french"])])
            if lang == "zh":
                rec.add("\n也感谢")
                rec.span(m.name, "PERSON")
                rec.add("和")
                rec.span("@" + m.handle, "HANDLE")
                rec.add("，邮件")
                rec.span(self.g.email(m), "EMAIL")
                rec.add("。")
            elif lang == "ja":
                rec.add("\n")
                rec.span(m.name, "PERSON")
                rec.add("さんの連絡先は")
                rec.span(self.g.email(m), "EMAIL")
                rec.add("です。")
            else:
                rec.add("\nอีเมล")
                rec.span(self.g.email(m), "EMAIL")
                rec.add("หรือ")
                rec.span("@" + m.handle, "HANDLE")
        return rec


# ----------------------------------------------------------------------------- checks
class Checker:
    def __init__(self, members):
        self.full = set(fold(m.name) for m in members)
        self.first = set(fold(m.first) for m in members) | set(fold(m.name) for m in members)
        self.handles = set("@" + m.handle for m in members)
        self.cjk = set(m.name for m in members if re.match(r"^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+$", m.name))
        self.thai = set(m.name for m in members if re.search(r"[\u0e00-\u0e7f]", m.name))
        self.maxw = 4

    def accidental(self, text, covered):
        """member names in unlabelled text (outside spans and negatives)."""
        masked = "".join("\x00" if covered[i] else ch for i, ch in enumerate(text))
        for seg in masked.split("\x00"):
            if not seg:
                continue
            words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", seg)
            fw = [fold(w) for w in words]
            for n in (2, 3, 4):
                for i in range(len(fw) - n + 1):
                    if " ".join(fw[i:i + n]) in self.full:
                        return " ".join(words[i:i + n])
            for run in re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+", seg):
                for L in (2, 3, 4):
                    for i in range(len(run) - L + 1):
                        if run[i:i + L] in self.cjk:
                            return run[i:i + L]
            for t in self.thai:
                if t in seg:
                    return t
        return None

    def valid(self, s, t):
        if t == "EMAIL":
            p = email_plain(s)
            return bool(EMAIL_RE.match(p)) and not DOC_DOMAINS.search(p.split("@")[1])
        if t == "PHONE":
            dg = re.sub(r"\D", "", s.replace("(0)", ""))
            return 7 <= len(dg) <= 15 and re.fullmatch(r"[+(\d][\d \-./()\u00a0]*\d", s) is not None
        if t == "IPV4":
            return ip4_global(s)
        if t == "IPV6":
            return ip6_global(s)
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", s)
            ok = (len(d) == 16 and (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
                                    or d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649)) \
                or (len(d) == 15 and d[:2] in ("34", "37"))
            return ok and luhn_ok(d)
        if t == "IBAN":
            return iban_ok(s)
        if t == "US_SSN":
            return ssn_ok(s)
        if t == "URL":
            return bool(URL_RE.match(s))
        if t == "HANDLE":
            return s in self.handles
        if t == "PERSON":
            return fold(s) in self.full or fold(s) in self.first
        return False

    def neg_invalid(self, s, c):
        if c in ("ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved", "version_like_ip"):
            return c == "version_like_ip" or not ip4_global(s)
        if c.startswith("ipv6_"):
            return not ip6_global(s)
        if c == "card_luhn_invalid":
            return not luhn_ok(re.sub(r"\D", "", s))
        if c == "iban_bad_check":
            return not iban_ok(s)
        if c == "ssn_invalid_range":
            return not ssn_ok(s)
        if c.startswith("url_"):
            return not URL_RE.match(s)
        return True


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
    members = build_members(rng, a.members)
    g = G(rng, members)
    w = Writer(g)
    chk = Checker(members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    langs = list(LANG_W)
    lw = [LANG_W[x] for x in langs]
    counts, ncounts, lcounts = {}, {}, {}
    errors = []
    regenerated = 0
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as fc, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fp:
        for n in range(1, a.records + 1):
            lang = rng.choices(langs, lw)[0]
            for attempt in range(50):
                rec = w.record(lang)
                text = rec.value()
                cov = bytearray(len(text))
                for s, e, _, _ in rec.spans + rec.negs:
                    cov[s:e] = b"\1" * (e - s)
                acc = chk.accidental(text, cov)
                if acc is None:
                    break
                regenerated += 1
            else:
                errors.append("record %d: accidental member name %r" % (n, acc))
            rid = "b9-%d-%05d" % (a.seed, n)
            spans = [{"start": s, "end": e, "type": t} for s, e, t, _ in sorted(rec.spans)]
            negs = [{"start": s, "end": e, "category": c} for s, e, c, _ in sorted(rec.negs)]
            fc.write(json.dumps({"id": rid, "lang": lang, "text": text, "spans": spans, "negatives": negs},
                                ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": rid, "pii": spans}, ensure_ascii=False) + "\n")
            lcounts[lang] = lcounts.get(lang, 0) + 1
            if a.selfcheck:
                allsp = sorted([(s, e, "S:" + t, v) for s, e, t, v in rec.spans] +
                               [(s, e, "N:" + c, v) for s, e, c, v in rec.negs])
                for x, y in zip(allsp, allsp[1:]):
                    if y[0] < x[1]:
                        errors.append("%s overlap %r %r" % (rid, x, y))
                for s, e, t, v in rec.spans:
                    counts[t] = counts.get(t, 0) + 1
                    if text[s:e] != v or not v or v != v.strip():
                        errors.append("%s span text mismatch %r" % (rid, v))
                    if not chk.valid(v, t):
                        errors.append("%s invalid %s %r" % (rid, t, v))
                for s, e, c, v in rec.negs:
                    ncounts[c] = ncounts.get(c, 0) + 1
                    if text[s:e] != v:
                        errors.append("%s negative text mismatch %r" % (rid, v))
                    if not chk.neg_invalid(v, c):
                        errors.append("%s negative %s is valid PII: %r" % (rid, c, v))
    if a.selfcheck:
        print("records %d, members %d, seed %d, regenerated for accidental names %d" % (
            a.records, len(members), a.seed, regenerated))
        print("languages: " + ", ".join("%s %d" % kv for kv in sorted(lcounts.items())))
        print("spans per type:")
        for t in ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]:
            print("  %-12s %6d" % (t, counts.get(t, 0)))
        print("negatives per category:")
        for c in sorted(ncounts):
            print("  %-20s %6d" % (c, ncounts[c]))
        for e in errors[:30]:
            print("ERROR " + e)
        print("selfcheck: %s (%d errors)" % ("OK" if not errors else "FAILED", len(errors)))
        sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
