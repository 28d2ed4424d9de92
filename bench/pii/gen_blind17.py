#!/usr/bin/env python3
"""gen_blind17.py - independent labelled PII corpus (the project's twenty-first), written blind.

Written from the text of issue 3 (the PII definition table) and score.py (label format and
scoring) only, without reading the redactor, its docs, its tests or the other corpus
generators, so that the redactor can be measured on text it was never tuned on.

  python3 bench/pii/gen_blind17.py --out DIR --records 5000 --members 100000 --seed 1

Writes DIR/members.jsonl ({"user","name","handle"} per line, exactly --members lines) and
DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}).  Offsets are Unicode code points, end-exclusive,
computed while the text is assembled.  Deterministic for a given seed; Python 3 standard
library only.  A self-check at the end verifies bounds, non-overlap, negatives outside gold
spans and the validators (Luhn, IBAN mod-97 + country length, SSN ranges, IP global-ness via
the ipaddress module) and exits 1 on any problem.

Style: a professional network's member text as people actually paste it - resumes dumped into
posts, recruiter DMs, speaker line-ups, meeting minutes, support threads where people overshare,
stack traces and nginx/ssh logs pasted into comments, multilingual replies that switch to
English for the technical part.

Languages (22): en de fr es pt it nl pl tr sv ru uk el ar he hi zh ja ko th vi id.
Member names: Latin (Anglo, German, French, Spanish, Portuguese/Brazilian, Italian, Dutch,
Polish, Turkish, Swedish, Nigerian, Indian, Vietnamese, Indonesian), Cyrillic (ru, uk), Greek,
Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean; plus members whose names collide
with hard negatives (Morgan Stanley, Ralph Lauren, Robert Bosch, Charlotte ..., ... Dijkstra,
Will/Grace/Rose/Hope ..., Rosa/Luz/Paz, Deniz/Umut/Can, Вера/Надежда, أمل/نور).

Gold types: EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON.
Hard-negative categories: date, time, price, order_number, ticket_number, isbn, version,
patent_number (phone look-alikes); ipv4_private, ipv4_loopback, ipv4_link_local,
ipv4_documentation, ipv4_reserved, version_ipv4_like, ip_port_cidr (the ":port"/"/cidr"
after a gold IP); ipv6_nonglobal, ipv6_bracket_port (the "[" and "]:port" around a gold
IPv6); luhn_invalid; iban_bad_check, iban_wrong_length; ssn_invalid; email_wrapper
("mailto:", "<", ">" around a gold e-mail); trailing_punct ("." or ")" right after a gold
URL or e-mail); company_page, careers_page, docs_link, paper_link, event_ticket, form_link;
doc_domain (addresses/links under example.com/.net/.org or *.example, other than the
platform's profile path); code_at (@Override, @types/node ... - not member mentions);
company_name, place_name, eponym, ordinary_word (member-name look-alikes used as such).

Doubtful labelling choices (a careful reading of the issue; say so if the team disagrees):
- HANDLE spans include the leading "@" ("@anjaweber"); for an @-mention of a full name
  ("@Anja Weber") the PERSON span is the name only, the "@" stays outside, consistent with
  the possessive rule that the span is the name itself.
- Possessives: "Anja Weber's" / "Anja’s" -> span without "'s" / "’s".
- PERSON is labelled only for names of members in members.jsonl; every name put in text is a
  member name.  Full names are labelled anywhere; a first name alone only in a greeting,
  thanks or sign-off address ("Thanks, Will!", "Danke, Anja", "Спасибо, Анна!") or as a
  possessive; CJK/Korean/Thai names are full names with honorifics outside (佐藤健さん ->
  佐藤健, 김민준님 -> 김민준, 王芳老师 -> 王芳, คุณสมชาย ใจดี -> สมชาย ใจดี, Ayşe Hanım -> Ayşe);
  a Hebrew prefix glued to a name (ל + נועה כהן) and a Turkish suffix after an apostrophe
  (Ayşe Kaya'e) stay outside the span.
- Some full names are written lower-case or without diacritics ("jose garcia" for José
  García); they are labelled PERSON because the issue says matching is case- and
  diacritic-insensitive.
- Obfuscated e-mails: the whole obfuscated string is the span ("maria [at] gmail [dot] com").
- Profile URLs: the whole link incl. scheme, "www." and a trailing "/" or path segment such as
  calendly's "/30min"; a "." or ")" after it is outside (trailing_punct negative).  An e-mail
  or URL containing a handle or name is only EMAIL/URL (no nested spans).
- "Name <email>": PERSON and EMAIL spans, the brackets are email_wrapper negatives.
- twitter.com/<handle> is labelled URL like x.com/<handle>.
- IBANs with a valid mod-97 but the wrong length for their country are hard negatives
  (iban_wrong_length); a US ITIN-looking 9xx-xx-xxxx is an ssn_invalid negative.
- IPv4 in 100.64.0.0/10 (CGNAT) and 240.0.0.0/4 count as ipv4_reserved.
- Version strings that look like globally routable IPv4 ("Oracle 19.3.0.0", "firmware
  4.2.1.15") are negatives only when a version word precedes them.
- Ordinary-word negatives include inflected/lower-case uses in other languages (вера,
  umut, luz) because member matching is case-insensitive.
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
CULTURES = {
    "en_us": ("James Mary Robert Patricia Michael Jennifer David Linda Tyler Ashley Brandon Megan "
              "Kevin Lauren Jason Nicole Derek Whitney Travis Kayla Ethan Olivia Noah Emma Liam "
              "Ava Caleb Brianna Marcus Tamika DeShawn Keisha",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor "
              "Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright "
              "Scott Green Adams Baker Nelson Carter Mitchell Ramirez Flores Nguyen"),
    "en_uk": ("Oliver Amelia Harry Isla George Poppy Alfie Freya Callum Niamh Rhys Siobhan Eilidh "
              "Angus Fiona Gareth Bethan Declan Saoirse Imogen Rupert Priyanka",
              "Hughes Evans Roberts Edwards Wood Hall Turner Cooper Ward Morris Price Bennett "
              "Murray Fraser MacLeod Campbell O'Brien Byrne Doyle Patel Khan Ahmed"),
    "de": ("Anja Lukas Jana Tobias Katrin Felix Sabine Jörg Miriam Dominik Ulrike Matthias Svenja "
           "Björn Franziska Jürgen Lea Maximilian Annika Günther Henrike Sören",
           "Weber Müller Schmidt Schneider Fischer Meyer Wagner Becker Schulz Hoffmann Koch "
           "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
           "Lange Werner Krause Köhler Günther Weiß Jäger Groß"),
    "fr": ("Camille Léa Hugo Chloé Théo Manon Antoine Élodie Julien Margaux Clément Inès Mathis "
           "Océane Rémi Amélie Benoît Hélène Gaëlle François Loïc Maëlle",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
           "Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Bonnet "
           "Lefebvre Mercier Faure Rousseau Chevalier"),
    "es": ("José Lucía Alejandro Sofía Javier Carmen Álvaro Marta Sergio Paula Íñigo Nuria Rocío "
           "Ángel Begoña Raúl Ainhoa Andrés Ximena Valentina Mateo Camila",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
           "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres "
           "Domínguez Vázquez Ramos Gil Ibáñez Peña"),
    "pt": ("João Ana Pedro Beatriz Gabriel Larissa Thiago Fernanda Rafael Juliana Lucas Camila "
           "Matheus Letícia Guilherme Bruna Vinícius Mariana Conceição Gonçalo Inês Tiago",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
           "Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias "
           "Nascimento Araújo Magalhães Gonçalves"),
    "it": ("Giulia Alessandro Francesca Lorenzo Chiara Matteo Martina Davide Federica Niccolò "
           "Elisa Giacomo Ilaria Tommaso Beatrice Gianluca Sara Edoardo",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
           "Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana"),
    "nl": ("Daan Sanne Bram Fleur Jeroen Lotte Thijs Anouk Sven Femke Ruud Marieke Joost Eline "
           "Pieter Noor Wouter Lieke",
           "de Jong Jansen de Vries van den Berg van Dijk Bakker Visser Smit Meijer de Boer "
           "Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer Dijkstra"),
    "pl": ("Anna Piotr Katarzyna Krzysztof Małgorzata Tomasz Agnieszka Paweł Magdalena Łukasz "
           "Joanna Michał Ewa Grzegorz Zofia Jakub",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
           "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Oğuz Selin Çağrı Gülşen Deniz Umut "
           "Can Barış Güneş Özlem Tuğba Hakan",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
           "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek"),
    "sv": ("Erik Astrid Lars Ingrid Björn Sofia Johan Elin Oskar Maja Nils Linnéa Gustav Ebba",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
           "Gustafsson Pettersson Lindqvist Åberg Öberg Lindström Sjöberg"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Babajide Yetunde "
           "Ifeanyi Amaka Segun Nkechi Abubakar Zainab Obinna Folake Kelechi Temitope",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Chukwu Ibrahim Bello "
           "Okeke Afolabi Nnamdi Obi Oyelaran Olaniyan Onyeka Danjuma Akinola"),
    "in_latin": ("Priya Rahul Ananya Arjun Sneha Vikram Kavya Rohan Deepika Aditya Meera Karthik "
                 "Lakshmi Siddharth Pooja Nikhil Divya Harpreet Sanjay Aishwarya",
                 "Sharma Patel Iyer Reddy Nair Gupta Singh Kumar Mehta Rao Menon Chatterjee "
                 "Banerjee Joshi Kulkarni Pillai Desai Bhatt Agarwal Krishnan"),
    "vi": ("An Bình Chi Dũng Hà Hương Khánh Linh Minh Nam Phương Quân Thảo Trang Tuấn Vy",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý"),
    "id": ("Budi Siti Agus Dewi Rizky Putri Andi Ayu Fajar Indah Yoga Ratna Hendra Wulan",
           "Santoso Wijaya Pratama Saputra Hidayat Kusuma Nugroho Susanto Halim Gunawan "
           "Setiawan Lestari Wibowo Siregar"),
}
# native-script cultures: (native, romanised) pairs
NATIVE = {
    "ru": ([("Анна", "anna"), ("Иван", "ivan"), ("Мария", "maria"), ("Дмитрий", "dmitry"),
            ("Екатерина", "ekaterina"), ("Алексей", "alexey"), ("Ольга", "olga"), ("Сергей", "sergey"),
            ("Наталья", "natalya"), ("Михаил", "mikhail"), ("Вера", "vera"), ("Надежда", "nadezhda"),
            ("Любовь", "lyubov"), ("Павел", "pavel"), ("Юлия", "yulia"), ("Артём", "artyom")],
           [("Смирнова", "smirnova"), ("Иванов", "ivanov"), ("Кузнецова", "kuznetsova"),
            ("Попов", "popov"), ("Соколова", "sokolova"), ("Лебедев", "lebedev"), ("Козлова", "kozlova"),
            ("Новиков", "novikov"), ("Морозова", "morozova"), ("Волков", "volkov"),
            ("Фёдорова", "fedorova"), ("Орлов", "orlov"), ("Белова", "belova")]),
    "uk": ([("Олена", "olena"), ("Андрій", "andriy"), ("Ірина", "iryna"), ("Тарас", "taras"),
            ("Оксана", "oksana"), ("Богдан", "bohdan"), ("Наталія", "nataliia"), ("Юрій", "yuriy"),
            ("Ганна", "hanna"), ("Василь", "vasyl"), ("Софія", "sofiia"), ("Євген", "yevhen")],
           [("Коваленко", "kovalenko"), ("Шевченко", "shevchenko"), ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"), ("Кравчук", "kravchuk"), ("Мельник", "melnyk"),
            ("Олійник", "oliinyk"), ("Гнатюк", "hnatiuk"), ("Савчук", "savchuk"), ("Лисенко", "lysenko")]),
    "el": ([("Μαρία", "maria"), ("Ελένη", "eleni"), ("Γιώργος", "giorgos"), ("Νίκος", "nikos"),
            ("Σοφία", "sofia"), ("Δημήτρης", "dimitris"), ("Κατερίνα", "katerina"), ("Κώστας", "kostas"),
            ("Αναστασία", "anastasia"), ("Γιάννης", "giannis")],
           [("Παπαδοπούλου", "papadopoulou"), ("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"),
            ("Γεωργίου", "georgiou"), ("Νικολάου", "nikolaou"), ("Βασιλείου", "vasileiou"),
            ("Αθανασίου", "athanasiou"), ("Καραγιάννη", "karagianni")]),
    "ar": ([("محمد", "mohamed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("مريم", "maryam"),
            ("يوسف", "youssef"), ("ليلى", "layla"), ("خالد", "khaled"), ("سارة", "sara"), ("عمر", "omar"),
            ("أمل", "amal"), ("نور", "nour"), ("هدى", "huda"), ("كريم", "karim")],
           [("العلي", "alali"), ("الحسن", "alhassan"), ("المنصوري", "almansouri"), ("الشمري", "alshammari"),
            ("حداد", "haddad"), ("خوري", "khoury"), ("السيد", "elsayed"), ("القحطاني", "alqahtani"),
            ("بن علي", "benali"), ("عبد الله", "abdullah")]),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("מיכל", "michal"), ("דניאל", "daniel"),
            ("תמר", "tamar"), ("איתי", "itay"), ("שירה", "shira"), ("אורי", "uri"), ("רוני", "roni")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
            ("אברהם", "avraham"), ("פרידמן", "friedman"), ("שפירא", "shapira")]),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनन्या", "ananya"), ("अर्जुन", "arjun"),
            ("स्नेहा", "sneha"), ("विक्रम", "vikram"), ("कविता", "kavita"), ("रोहन", "rohan"),
            ("नेहा", "neha"), ("आदित्य", "aditya")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("कुमार", "kumar"),
            ("मिश्रा", "mishra"), ("यादव", "yadav"), ("जोशी", "joshi"), ("तिवारी", "tiwari")]),
    "th": ([("สมชาย", "somchai"), ("สุดารัตน์", "sudarat"), ("วิชัย", "wichai"), ("นภา", "napa"),
            ("ธนากร", "thanakorn"), ("ปิยะนุช", "piyanuch"), ("อนุชา", "anucha"), ("กมลวรรณ", "kamonwan")],
           [("ใจดี", "jaidee"), ("ศรีสุข", "srisuk"), ("วงศ์สวัสดิ์", "wongsawat"), ("บุญมา", "boonma"),
            ("แสงทอง", "saengthong"), ("รัตนพันธ์", "rattanaphan")]),
    # CJK: family first, no space in the stored name
    "zh": ([("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
            ("洋", "yang"), ("婷婷", "tingting"), ("志强", "zhiqiang"), ("晓明", "xiaoming"),
            ("雨桐", "yutong"), ("浩然", "haoran")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"), ("欧阳", "ouyang")]),
    "ja": ([("健", "ken"), ("陽子", "yoko"), ("翔太", "shota"), ("美咲", "misaki"), ("大輔", "daisuke"),
            ("由美", "yumi"), ("拓也", "takuya"), ("さくら", "sakura"), ("直樹", "naoki"), ("愛", "ai")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
            ("小林", "kobayashi"), ("加藤", "kato")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"),
            ("도윤", "doyoon"), ("하은", "haeun"), ("현우", "hyunwoo"), ("지민", "jimin")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("조", "cho"), ("윤", "yoon")]),
}
CJK = ("zh", "ja", "ko")
FAMILY_FIRST = ("vi",) + CJK
# members whose names collide with hard negatives
WORD_FIRST = ("Will Grace Rose Mark Bill May June Summer Hope Joy Frank Ruby Amber Jack Dawn "
              "Faith Iris Hunter Ray Max Chase Sky Art Pat").split()
PLACE_FIRST = ("Charlotte Victoria Sydney Austin Madison Brooklyn Savannah Dallas Phoenix "
               "Florence Adelaide Paris Georgia Eugene Orlando").split()
EPONYM_LAST = ("Dijkstra Markov Kalman Bayes Turing Fourier Parkinson Hamming Bloom Newton Euler "
               "Moore Conway Murphy Pareto Gantt Nash Doppler Pearson Huffman Kruskal Lincoln "
               "Washington Hamilton Jackson Darwin Wellington Nelson").split()
FIRM_PEOPLE = ["Morgan Stanley", "Charles Schwab", "Ralph Lauren", "Calvin Klein", "Hugo Boss",
               "Ted Baker", "Tommy Hilfiger", "Robert Bosch", "Carl Zeiss", "John Lewis",
               "Arthur Andersen", "Louis Vuitton", "Christian Dior", "Marc Jacobs", "Kate Spade",
               "Estée Lauder", "Jack Daniel", "Ferdinand Porsche", "Enzo Ferrari", "Walt Disney"]
OTHER_WORD_NAMES = {"es": "Rosa Luz Paz Dolores Pilar Blanca Soledad".split(),
                    "pt": "Graça Luz Glória".split()}
CODE_AT_WORDS = {"override", "types", "pytest", "component", "media", "angular", "deprecated",
                 "dataclass", "property", "staticmethod", "autowired", "injectable", "import"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    return fold(s).casefold()


class Member:
    __slots__ = ("user", "name", "handle", "first", "culture")


def make_members(rng, n):
    cult = {k: (v[0].split(), v[1].split()) for k, v in CULTURES.items()}
    # multi-word Dutch/Italian surnames
    cult["nl"] = (cult["nl"][0], ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
                                  "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                                  "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker",
                                  "Brouwer", "Dijkstra"])
    cult["it"] = (cult["it"][0], [x for x in cult["it"][1] if x not in ("De", "Luca")] + ["De Luca"])
    for k, extra in OTHER_WORD_NAMES.items():
        cult[k] = (cult[k][0] + extra * 2, cult[k][1])
    keys = list(cult) + list(NATIVE) + ["collide"]
    weights = {k: 4 for k in keys}
    weights.update({"en_us": 10, "en_uk": 5, "de": 6, "in_latin": 6, "collide": 4})
    wl = [weights[k] for k in keys]
    handles = set()
    out = []
    for i in range(n):
        c = rng.choices(keys, wl)[0]
        if c == "collide":
            r = rng.random()
            if r < 0.15:
                name = rng.choice(FIRM_PEOPLE)
                g, f = name.split(" ", 1)
            else:
                g = rng.choice(WORD_FIRST + PLACE_FIRST) if r < 0.75 else rng.choice(
                    CULTURES["en_us"][0].split() + CULTURES["de"][0].split())
                f = rng.choice(EPONYM_LAST + CULTURES["en_us"][1].split()) if r >= 0.45 or r < 0.3 \
                    else rng.choice(CULTURES["en_uk"][1].split())
                if r >= 0.75:
                    f = rng.choice(EPONYM_LAST)
                name = g + " " + f
            rg, rf = g, f
        elif c in NATIVE:
            (g, rg), (f, rf) = rng.choice(NATIVE[c][0]), rng.choice(NATIVE[c][1])
            name = f + g if c in CJK else g + " " + f
        else:
            g, f = rng.choice(cult[c][0]), rng.choice(cult[c][1])
            if c == "vi":
                mid = rng.choice(["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh"])
                name = "%s %s %s" % (f, mid, g)
            elif c in ("es",) and rng.random() < 0.4:
                f2 = rng.choice(cult[c][1])
                name = "%s %s %s" % (g, f, f2)
            else:
                name = g + " " + f
            rg, rf = g, f
        base_g = re.sub(r"[^a-z0-9]", "", norm(rg))
        base_f = re.sub(r"[^a-z0-9]", "", norm(rf))
        style = rng.randrange(5)
        h = [base_g + base_f, base_g + "_" + base_f, base_g[:1] + base_f, base_g + base_f[:1],
             base_f + base_g][style]
        while h in handles or h in CODE_AT_WORDS or len(h) < 3:
            h = h.rstrip("0123456789") + str(rng.randrange(2, 999))
        handles.add(h)
        m = Member()
        m.user, m.name, m.handle, m.culture = "u%d" % (i + 1), name, h, c
        m.first = g
        out.append(m)
    return out


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


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21,
            "AT": 20, "PL": 28, "SE": 24, "PT": 25, "IE": 22, "NO": 15, "DK": 18, "FI": 18,
            "TR": 26, "SA": 24, "AE": 23, "BR": 29, "LU": 20, "GR": 27, "RO": 24, "CZ": 24}
IBAN_BBAN = {"GB": "AAAA" + "n" * 14, "NL": "AAAA" + "n" * 10, "IE": "AAAA" + "n" * 14,
             "IT": "A" + "n" * 22, "RO": "AAAA" + "n" * 16, "BR": "n" * 23 + "AA"}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def make_iban(rng, cc, length=None):
    L = length or IBAN_LEN[cc]
    pat = IBAN_BBAN.get(cc, "n" * (IBAN_LEN[cc] - 4))
    if length:
        pat = (pat + "n" * 10)[:L - 4]
    bban = "".join(str(rng.randrange(10)) if p == "n" else chr(65 + rng.randrange(26)) for p in pat)
    chk = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod(s) == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def ip_global(s):
    a = ipaddress.ip_address(s)
    return a.is_global and not a.is_multicast


# ----------------------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def add(self, text, lab=None):
        if lab:
            kind, t = lab
            (self.spans if kind == "S" else self.negs).append((self.n, self.n + len(text), t))
        self.parts.append(text)
        self.n += len(text)

    def text(self):
        return "".join(self.parts)


SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
MARK = re.compile(r"\[\[(.+?)\]\]")


class Gen:
    def __init__(self, rng, members):
        self.rng = rng
        self.members = members
        self.by_cult = {}
        for m in members:
            self.by_cult.setdefault(m.culture, []).append(m)
        self.word_first = [m for m in self.by_cult.get("collide", []) if m.first in WORD_FIRST]
        self.lang = "en"
        self.used = []

    # -- helpers
    def r(self):
        return self.rng.random()

    def ch(self, seq):
        return self.rng.choice(seq)

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def render(self, doc, fmt, lab=None):
        """fmt with {SLOT}s and [[negative|category]] markers."""
        pos = 0
        for m in SLOT.finditer(fmt):
            self._lit(doc, fmt[pos:m.start()])
            slot = m.group(1)
            fn = getattr(self, "s_" + slot)
            for piece in fn():
                if isinstance(piece, tuple):
                    doc.add(piece[0], piece[1])
                else:
                    self.render(doc, piece)
            pos = m.end()
        self._lit(doc, fmt[pos:])

    def _lit(self, doc, s):
        pos = 0
        for m in MARK.finditer(s):
            if m.start() > pos:
                doc.add(s[pos:m.start()])
            val, cat = m.group(1).rsplit("|", 1)
            doc.add(val, ("N", cat))
            pos = m.end()
        if pos < len(s):
            doc.add(s[pos:])

    # -- members
    LANG_CULT = {"en": ["en_us", "en_uk", "ng", "in_latin", "collide"], "hi": ["hi", "in_latin"],
                 "pt": ["pt"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"],
                 "pl": ["pl"], "tr": ["tr"], "sv": ["sv"], "ru": ["ru"], "uk": ["uk"], "el": ["el"],
                 "ar": ["ar"], "he": ["he"], "zh": ["zh"], "ja": ["ja"], "ko": ["ko"], "th": ["th"],
                 "vi": ["vi"], "id": ["id"]}

    def member(self, local=0.6, latin_only=False):
        if self.r() < local:
            pool = self.by_cult[self.ch(self.LANG_CULT[self.lang])]
        else:
            pool = self.members
        for _ in range(50):
            m = self.ch(pool)
            if latin_only and (m.culture in NATIVE):
                continue
            if m.culture in CJK and self.lang not in CJK and self.r() < 0.8:
                continue
            return m
        return self.ch(self.by_cult["en_us"])

    def show(self, name):
        r = self.r()
        if r < 0.03 and fold(name) != name:
            return fold(name)
        if r < 0.06 and not any(ord(c) > 0x24f for c in name):
            return name.lower()
        return name

    def s_NAME(self):
        return [(self.show(self.member().name), ("S", "PERSON"))]

    s_NAME2 = s_NAME

    def s_LNAME(self):  # latin-script name (for English signatures, speaker lists)
        return [(self.show(self.member(latin_only=True).name), ("S", "PERSON"))]

    def s_NATIVE(self):
        pool = self.by_cult[self.ch(self.LANG_CULT[self.lang])]
        return [(self.ch(pool).name, ("S", "PERSON"))]

    def _first_member(self):
        if self.lang == "en" and self.r() < 0.25 and self.word_first:
            return self.ch(self.word_first)
        for _ in range(50):
            m = self.member(local=0.8)
            if m.culture not in CJK:
                return m
        return m

    def s_FIRST(self):
        m = self._first_member()
        return [(m.first, ("S", "PERSON"))]

    def s_POSS(self):
        apo = self.ch(["'s", "’s"])
        m = self.member(latin_only=True)
        nm = m.first if self.r() < 0.35 else self.show(m.name)
        if nm.endswith("s") and self.r() < 0.5:
            apo = apo[0]
        return [(nm, ("S", "PERSON")), (apo, None)]

    def s_ATNAME(self):
        return [("@", None), (self.member().name, ("S", "PERSON"))]

    def s_CJK(self):
        lang = self.lang if self.lang in CJK else self.ch(CJK)
        return [(self.ch(self.by_cult[lang]).name, ("S", "PERSON"))]

    def s_HANDLE(self):
        return [("@" + self.member(local=0.3).handle, ("S", "HANDLE"))]

    # -- e-mail
    DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
               "web.de", "gmx.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "qq.com",
               "163.com", "naver.com", "mail.ru", "yandex.ru", "ukr.net", "seznam.cz", "uol.com.br",
               "yahoo.co.jp", "rediffmail.com", "wp.pl", "hotmail.co.uk", "bigpond.com"]
    WORK = ["helixworks.io", "fernbridge.com", "quantaro.de", "lumenhr.fr", "tigris-soft.com.br",
            "sakura-dx.co.jp", "kestrel-labs.com", "datafjord.no", "brightloop.ai", "nordquill.se",
            "vantacore.nl", "oakridge-consulting.co.uk", "pelican-logistics.com.au", "zenmarket.in",
            "lagos-fintech.ng", "altamira.es", "vetro.it", "anadolu-yazilim.com.tr", "bosphor.io",
            "hanbit-tech.co.kr", "shenlan-ai.cn", "acme.io", "talentbridge.co", "uni-heidelberg.de"]
    ROLES = ["jobs", "careers", "hr", "recruiting", "talent", "hello", "info", "support", "press",
             "bewerbung", "rh", "empleo", "vagas", "lavora", "saiyo", "hiring"]

    def email_parts(self, role=False):
        if role:
            return self.ch(self.ROLES), self.ch(self.WORK)
        m = self.member(local=0.5)
        c = m.culture
        if c in NATIVE:
            g = [x[1] for x in NATIVE[c][0] if x[0] == m.first]
            g = g[0] if g else "user"
            f = re.sub(r"[^a-z]", "", m.handle) or "x"
        else:
            parts = norm(m.name).split()
            g, f = re.sub(r"[^a-z]", "", parts[0]), re.sub(r"[^a-z]", "", parts[-1])
        loc = self.ch([g + "." + f, g[0] + f, g + f[0], g + "_" + f, g + "." + f + str(self.rng.randrange(1, 99)),
                       f + "." + g, g + "+jobs", g + f + str(self.rng.randrange(70, 100)), g])
        dom = self.ch(self.DOMAINS) if self.r() < 0.6 else self.ch(self.WORK)
        if c in ("zh",) and self.r() < 0.5:
            loc, dom = self.digits(self.rng.randrange(8, 11)).lstrip("0") or "1", "qq.com"
        return loc, dom

    def s_EMAIL(self):
        loc, dom = self.email_parts(self.r() < 0.2)
        if self.r() < 0.05:
            loc = loc.capitalize()
        return [(loc + "@" + dom, ("S", "EMAIL"))]

    def s_ROLEMAIL(self):
        loc, dom = self.email_parts(True)
        return [(loc + "@" + dom, ("S", "EMAIL"))]

    def s_EMAILOBF(self):
        loc, dom = self.email_parts(self.r() < 0.15)
        d1, _, tld = dom.partition(".")
        st = self.rng.randrange(7)
        s = [loc + " [at] " + d1 + " [dot] " + tld, loc + "(at)" + dom, loc + " (at) " + d1 + " (dot) " + tld,
             loc + "[at]" + dom, loc + " [at] " + dom, loc + " at " + d1 + " dot " + tld,
             loc + "{at}" + d1 + "{dot}" + tld][st]
        return [(s, ("S", "EMAIL"))]

    def s_MAILTO(self):
        return [("mailto:", ("N", "email_wrapper"))] + self.s_EMAIL()

    def s_ANGLE(self):
        return [("<", ("N", "email_wrapper"))] + self.s_EMAIL() + [(">", ("N", "email_wrapper"))]

    def s_EMAILEND(self):  # e-mail at sentence end, "." outside
        return self.s_EMAIL() + [(self.ch([".", ".", ",", ";"]), ("N", "trailing_punct"))]

    # -- phones
    PH = {  # cc, trunk, [(area choices, subscriber group lengths)]
        "US": ("1", "", [(["212", "415", "646", "312", "617", "206", "512", "303", "404", "718"], [3, 4])]),
        "CA": ("1", "", [(["416", "604", "514", "403", "613", "647"], [3, 4])]),
        "UK": ("44", "0", [(["20"], [4, 4]), (["161", "113", "131", "117"], [3, 4]),
                           (["7911", "7700", "7824", "7453"], [6]), (["7911", "7824"], [3, 3])]),
        "DE": ("49", "0", [(["30", "89", "40", "69"], [4, 4]), (["221", "711", "351"], [3, 4]),
                           (["151", "160", "171", "176", "1520"], [4, 4]), (["30", "40"], [7])]),
        "FR": ("33", "0", [(["1", "4", "6", "7", "9"], [2, 2, 2, 2])]),
        "IN": ("91", "0", [(["98", "99", "90", "70", "88"], [3, 5]), (["22", "11", "80"], [4, 4])]),
        "BR": ("55", "0", [(["11", "21", "31", "41", "51", "61"], [5, 4]), (["11", "21", "48"], [4, 4])]),
        "JP": ("81", "0", [(["3", "6"], [4, 4]), (["90", "80", "70"], [4, 4]), (["45", "52", "92"], [3, 4])]),
        "AU": ("61", "0", [(["2", "3", "7", "8"], [4, 4]), (["412", "423", "438", "400"], [3, 3])]),
        "CN": ("86", "0", [(["138", "139", "186", "159", "177"], [4, 4]), (["10", "21"], [4, 4]),
                           (["755", "571"], [4, 4])]),
        "ES": ("34", "", [(["91", "93", "96", "95"], [3, 2, 2]), (["612", "654", "699", "722"], [3, 3]),
                          (["612", "678"], [2, 2, 2])]),
        "IT": ("39", "", [(["06", "02", "011", "055"], [4, 4]), (["347", "333", "320", "366"], [3, 4]),
                          (["02"], [7])]),
        "NL": ("31", "0", [(["20", "10", "70", "30"], [3, 4]), (["6"], [8]), (["6"], [4, 4])]),
        "NG": ("234", "0", [(["803", "805", "806", "813", "703", "909"], [3, 4]), (["1"], [3, 4])]),
    }
    LANG_PH = {"en": ["US", "US", "CA", "UK", "UK", "AU", "NG", "IN"], "de": ["DE"], "fr": ["FR"],
               "es": ["ES"], "pt": ["BR"], "it": ["IT"], "nl": ["NL"], "ja": ["JP"], "zh": ["CN"],
               "hi": ["IN"], "sv": ["UK", "DE", "US"]}

    def phone(self, cn=None):
        cn = cn or self.ch(self.LANG_PH.get(self.lang, list(self.PH)))
        cc, trunk, opts = self.PH[cn]
        areas, groups = self.ch(opts)
        area = self.ch(areas)
        subs = []
        for i, L in enumerate(groups):
            d = self.digits(L)
            if i == 0 and cn in ("US", "CA"):
                d = str(self.rng.randrange(2, 10)) + d[1:]
            if i == 0 and cn not in ("US", "CA") and d[0] == "0":
                d = "1" + d[1:]
            subs.append(d)
        nb = "\u00a0"
        sep = self.ch([" ", " ", "-", ".", nb, " "])
        if cn == "FR" and sep == "-":
            sep = self.ch([" ", "."])
        rest = sep.join(subs)
        st = self.rng.randrange(10)
        if cn in ("US", "CA"):
            return self.ch(["(%s) %s-%s" % (area, subs[0], subs[1]), "%s-%s-%s" % (area, subs[0], subs[1]),
                            "%s.%s.%s" % (area, subs[0], subs[1]), "+1 %s %s %s" % (area, subs[0], subs[1]),
                            "+1-%s-%s-%s" % (area, subs[0], subs[1]), "1-%s-%s-%s" % (area, subs[0], subs[1]),
                            "+1 (%s) %s-%s" % (area, subs[0], subs[1]), "+1%s%s%s" % (area, subs[0], subs[1]),
                            "%s%s%s%s%s" % (area, nb, subs[0], nb, subs[1])])
        if st == 0:
            return "+" + cc + area.lstrip("0" if cn != "IT" else "") + "".join(subs)  # E.164
        if st in (1, 2, 3):
            a = area if cn == "IT" else area
            return "+%s%s%s%s%s" % (cc, self.ch([" ", " ", "-", nb]), a, sep, rest)
        if st == 4 and trunk:
            return "+%s (0)%s%s%s" % (cc, area, self.ch([" ", " ", "-"]), rest)
        if st == 5 and trunk:
            return "(%s%s) %s" % (trunk, area, rest)
        if st == 6 and cn == "DE":
            return "%s%s/%s" % (trunk, area, self.ch([rest, "".join(subs), " ".join(subs)]))
        if st == 7 and trunk:
            return "0%s%s%s%s" % ("0" + cc, " ", area, " " + rest)  # 0049 30 ...
        return "%s%s%s%s" % (trunk, area, sep, rest)

    def s_PHONE(self):
        return [(self.phone(), ("S", "PHONE"))]

    def s_PHONEX(self):
        return [(self.phone(self.ch(list(self.PH))), ("S", "PHONE"))]

    # -- IP
    def ip4(self):
        while True:
            s = "%d.%d.%d.%d" % (self.rng.randrange(1, 224), self.rng.randrange(256),
                                 self.rng.randrange(256), self.rng.randrange(1, 255))
            if ip_global(s):
                return s

    def s_IP4(self):
        return [(self.ip4(), ("S", "IPV4"))]

    def s_IP4P(self):
        suf = self.ch([":" + str(self.ch([22, 80, 443, 8080, 8443, 3306, 5432, 6379, 51820, 25565])),
                       "/" + str(self.ch([24, 32, 29, 28, 16, 22]))])
        return [(self.ip4(), ("S", "IPV4")), (suf, ("N", "ip_port_cidr"))]

    def ip6(self):
        while True:
            first = self.ch(["2a01", "2a02", "2a00", "2600", "2607", "2804", "2400", "2c0f", "2a03",
                             "2001", "240e", "2406", "2a0d"])
            if first == "2001":
                first = "2001:" + self.ch(["4860", "0470", "067c", "1608", "41d0"])
                nrest = 6
            else:
                nrest = 7
            g = ["%x" % self.rng.randrange(0x10000) for _ in range(nrest)]
            if self.r() < 0.5:
                k = self.rng.randrange(1, nrest - 1)
                for j in range(k, min(nrest, k + self.rng.randrange(2, 4))):
                    g[j] = "0"
            a = ipaddress.ip_address(first + ":" + ":".join(g))
            if not ip_global(str(a)):
                continue
            s = self.ch([a.compressed, a.compressed, a.exploded])
            if self.r() < 0.1:
                s = s.upper()
            return s

    def s_IP6(self):
        return [(self.ip6(), ("S", "IPV6"))]

    def s_IP6P(self):
        return [("[", ("N", "ipv6_bracket_port")), (self.ip6(), ("S", "IPV6")),
                ("]:" + str(self.ch([443, 8443, 22, 80, 9000])), ("N", "ipv6_bracket_port"))]

    # -- cards, IBAN, SSN
    def card(self, valid=True):
        b = self.rng.randrange(4)
        if b == 0:
            num, grp = luhn_complete(self.rng, "4", 16), [4, 4, 4, 4]
        elif b == 1:
            p = str(self.rng.randrange(51, 56)) if self.r() < 0.6 else str(self.rng.randrange(2221, 2721))
            num, grp = luhn_complete(self.rng, p, 16), [4, 4, 4, 4]
        elif b == 2:
            num, grp = luhn_complete(self.rng, self.ch(["34", "37"]), 15), [4, 6, 5]
        else:
            p = self.ch(["6011", "65", str(self.rng.randrange(644, 650))])
            num, grp = luhn_complete(self.rng, p, 16), [4, 4, 4, 4]
        if not valid:
            last = int(num[-1])
            num = num[:-1] + str((last + self.rng.randrange(1, 10)) % 10)
        sep = self.ch(["", " ", "-", " "])
        out, i = [], 0
        for g in grp:
            out.append(num[i:i + g])
            i += g
        return sep.join(out)

    def s_CARD(self):
        return [(self.card(), ("S", "CREDIT_CARD"))]

    def s_BADCARD(self):
        return [(self.card(False), ("N", "luhn_invalid"))]

    def group4(self, s):
        if self.r() < 0.5:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def s_IBAN(self):
        return [(self.group4(make_iban(self.rng, self.ch(list(IBAN_LEN)))), ("S", "IBAN"))]

    def s_BADIBAN(self):
        s = make_iban(self.rng, self.ch(list(IBAN_LEN)))
        while True:
            t = s[:2] + "%02d" % self.rng.randrange(2, 99) + s[4:]
            if iban_mod(t) != 1:
                break
        return [(self.group4(t), ("N", "iban_bad_check"))]

    def s_LENIBAN(self):
        cc = self.ch(list(IBAN_LEN))
        L = IBAN_LEN[cc] + self.ch([-2, -1, 1, 2])
        return [(self.group4(make_iban(self.rng, cc, L)), ("N", "iban_wrong_length"))]

    def ssn(self, valid=True):
        a = self.rng.randrange(1, 900)
        while a == 666:
            a = self.rng.randrange(1, 900)
        g, s = self.rng.randrange(1, 100), self.rng.randrange(1, 10000)
        if not valid:
            k = self.rng.randrange(5)
            if k == 0:
                a = 0
            elif k == 1:
                a = 666
            elif k == 2:
                a = self.rng.randrange(900, 1000)
            elif k == 3:
                g = 0
            else:
                s = 0
        sep = self.ch(["-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def s_SSN(self):
        return [(self.ssn(), ("S", "US_SSN"))]

    def s_BADSSN(self):
        return [(self.ssn(False), ("N", "ssn_invalid"))]

    # -- URLs
    def purl(self):
        m = self.member(local=0.4)
        h = m.handle
        k = self.rng.randrange(10)
        scheme = self.ch(["", "", "https://", "http://"])
        if k == 0:
            slug = h.replace("_", "-") + self.ch(["", "", "-" + "%x" % self.rng.randrange(0x10000, 0xfffff)])
            u = scheme + self.ch(["", "www.", "de.", "br.", "uk."]) + "linkedin.com/in/" + slug + self.ch(["", "/"])
        elif k == 1:
            u = scheme + "github.com/" + h.replace("_", "-")
        elif k == 2:
            u = scheme + self.ch(["x.com/", "x.com/", "twitter.com/"]) + h
        elif k == 3:
            u = scheme + "medium.com/@" + h
        elif k == 4:
            u = scheme + "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
        elif k == 5:
            u = scheme + h.replace("_", "") + ".substack.com"
        elif k == 6:
            u = scheme + "calendly.com/" + h.replace("_", "-") + self.ch(["", "/30min", "/intro-call"])
        elif k == 7:
            u = scheme + "linkedin.com/in/" + h.replace("_", "-")
        else:
            u = self.ch(["", "https://"]) + "askfirst.example/u/" + h
        return u

    def s_PURL(self):
        return [(self.purl(), ("S", "URL"))]

    def s_PURLE(self):
        return [(self.purl(), ("S", "URL")), (".", ("N", "trailing_punct"))]

    def s_PURLP(self):
        return [("(", None), (self.purl(), ("S", "URL")), (")", ("N", "trailing_punct"))]

    # -- negatives: phone look-alikes
    MONTHS = {"en": "January February March April June July August September October November December",
              "de": "Januar Februar März April Juni Juli August September Oktober November Dezember",
              "fr": "janvier février mars avril juin juillet août septembre octobre novembre décembre",
              "es": "enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre"}

    def s_DATE(self):
        y, mo, d = self.rng.randrange(2019, 2027), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
        ml = self.MONTHS.get(self.lang, self.MONTHS["en"]).split()
        f = self.ch(["%04d-%02d-%02d" % (y, mo, d), "%02d.%02d.%04d" % (d, mo, y), "%02d/%02d/%04d" % (mo, d, y),
                     "%02d/%02d/%04d" % (d, mo, y), "%04d/%02d/%02d" % (y, mo, d), "%d %s %d" % (d, self.ch(ml), y),
                     "%d.%d.%02d" % (d, mo, y % 100), "%04d%02d%02d" % (y, mo, d), "%d年%d月%d日" % (y, mo, d),
                     "%02d-%02d-%04d" % (d, mo, y), "%s %d, %d" % (self.ch(ml), d, y), "%d. %s %d" % (d, self.ch(ml), y)])
        if self.lang in CJK and self.r() < 0.5:
            f = "%d年%d月%d日" % (y, mo, d) if self.lang != "ko" else "%d년 %d월 %d일" % (y, mo, d)
        return [(f, ("N", "date"))]

    def s_TIME(self):
        h, m = self.rng.randrange(7, 22), self.ch([0, 15, 30, 45, 5])
        f = self.ch(["%02d:%02d" % (h, m), "%d:%02d %s" % ((h - 1) % 12 + 1, m, self.ch(["AM", "PM", "pm"])),
                     "%02d:%02d–%02d:%02d" % (h, m, h + 1, m), "%dh%02d" % (h, m), "%d.%02d Uhr" % (h, m),
                     "%02d:%02d:%02d" % (h, m, self.rng.randrange(60)), "%02d:%02d CET" % (h, m),
                     "%02d:%02d-%02d:%02d" % (h, m, h + 2, m)])
        return [(f, ("N", "time"))]

    def s_PRICE(self):
        a = self.rng.randrange(5, 250000)
        f = self.ch(["€%s" % "{:,}".format(a), "{:,}".format(a).replace(",", ".") + ",00 €", "$%s" % "{:,}".format(a),
                     "USD %s" % "{:,}".format(a).replace(",", " "), "₹%s" % "{:,}".format(a), "R$ %s,90" % "{:,}".format(a).replace(",", "."),
                     "¥%s" % "{:,}".format(a), "£%d/day" % (a % 1500 + 300), "CHF %s.–" % "{:,}".format(a).replace(",", "'"),
                     "%s руб." % "{:,}".format(a).replace(",", " "), "%d.%02d EUR" % (a, self.rng.randrange(100)),
                     "$%d.%02d" % (a % 10000, self.rng.randrange(100)), "%s TL" % "{:,}".format(a).replace(",", "."),
                     "₦%s" % "{:,}".format(a * 100)])
        return [(f, ("N", "price"))]

    def s_ORDER(self):
        f = self.ch(["%s-%s-%s" % (self.digits(3), self.digits(7), self.digits(7)), "#%s" % self.digits(8),
                     "PO-%d-%s" % (self.rng.randrange(2019, 2027), self.digits(5)), "SO %s %s" % (self.digits(5), self.digits(4)),
                     "%s-%s-%s" % (self.digits(4), self.digits(4), self.digits(2)), "ORD%s" % self.digits(10),
                     "%s %s %s" % (self.digits(3), self.digits(3), self.digits(4)), "№ %s" % self.digits(9)])
        return [(f, ("N", "order_number"))]

    def s_TICKET(self):
        f = self.ch(["INC%s" % self.digits(7), "JIRA-%d" % self.rng.randrange(100, 99999),
                     "#%s" % self.digits(6), "%s-%s-%s" % (self.rng.randrange(2020, 2027), self.digits(3), self.digits(4)),
                     "CS%s" % self.digits(8), "SR %s %s" % (self.digits(4), self.digits(4)),
                     "%s %s %s" % (self.digits(3), self.digits(3), self.digits(4)), "REQ-%s" % self.digits(6)])
        return [(f, ("N", "ticket_number"))]

    def s_ISBN(self):
        if self.r() < 0.6:
            body = "978" + self.digits(9)
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            full = body + str((10 - s % 10) % 10)
            f = self.ch(["%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12]),
                         "%s-%s-%s-%s-%s" % (full[:3], full[3:5], full[5:8], full[8:12], full[12]),
                         full, "%s %s %s %s %s" % (full[:3], full[3], full[4:8], full[8:12], full[12])])
        else:
            body = self.digits(9)
            s = sum(int(c) * (10 - i) for i, c in enumerate(body))
            chk = (11 - s % 11) % 11
            full = body + ("X" if chk == 10 else str(chk))
            f = "%s-%s-%s-%s" % (full[0], full[1:4], full[4:9], full[9])
        return [(f, ("N", "isbn"))]

    def s_VERSION(self):
        a, b, c = self.rng.randrange(0, 30), self.rng.randrange(0, 40), self.rng.randrange(0, 200)
        f = self.ch(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "%d.%d.%d-rc.%d" % (a, b, c, self.rng.randrange(1, 5)),
                     "%d.%d" % (self.rng.randrange(2019, 2026), self.rng.randrange(1, 13)),
                     "%d.%02d.%d" % (self.rng.randrange(2019, 2026), self.rng.randrange(1, 13), self.rng.randrange(1, 9)),
                     "%d.%d.%d.%d" % (a, b, c, self.rng.randrange(1000, 30000)), "v%d.%d.%d-beta" % (a, b, c)])
        return [(f, ("N", "version"))]

    def s_PATENT(self):
        f = self.ch(["US %s,%s,%s B2" % (self.rng.randrange(9, 12), self.digits(3), self.digits(3)),
                     "US %d/%s A1" % (self.rng.randrange(2015, 2025), "0" + self.digits(6)),
                     "EP %s %s %s B1" % (self.rng.randrange(1, 4), self.digits(3), self.digits(3)),
                     "DE 10 %d %s %s A1" % (self.rng.randrange(2015, 2025), self.digits(3), self.digits(3)),
                     "WO %d/%s" % (self.rng.randrange(2015, 2025), self.digits(6)),
                     "JP %d-%s A" % (self.rng.randrange(2015, 2025), self.digits(6)),
                     "CN %s A" % self.digits(9), "US%s%sB1" % (self.rng.randrange(9, 12), self.digits(6))])
        return [(f, ("N", "patent_number"))]

    # -- negatives: IPs
    def _ipneg(self, nets, cat):
        net = ipaddress.ip_network(self.ch(nets))
        a = net.network_address + self.rng.randrange(1, min(net.num_addresses - 1, 1 << 20))
        return [(str(a), ("N", cat))]

    def s_PRIV4(self):
        return self._ipneg(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"], "ipv4_private")

    def s_LOOP4(self):
        return self._ipneg(["127.0.0.0/8", "127.0.0.0/24"], "ipv4_loopback")

    def s_LL4(self):
        return self._ipneg(["169.254.0.0/16"], "ipv4_link_local")

    def s_DOC4(self):
        return self._ipneg(["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"], "ipv4_documentation")

    def s_RES4(self):
        r = self.r()
        if r < 0.15:
            return [(self.ch(["0.0.0.0", "255.255.255.255"]), ("N", "ipv4_reserved"))]
        while True:
            x = self._ipneg(["240.0.0.0/4", "100.64.0.0/10", "198.18.0.0/15"], "ipv4_reserved")
            if not ip_global(x[0][0]):
                return x

    def s_VER4(self):
        while True:
            s = "%d.%d.%d.%d" % (self.rng.randrange(1, 30), self.rng.randrange(0, 20), self.rng.randrange(0, 12),
                                 self.rng.randrange(0, 60))
            if ip_global(s) or self.r() < 0.2:
                return [(s, ("N", "version_ipv4_like"))]

    def s_V6NG(self):
        f = self.ch(["::1", "fe80::%x:%x:%x:%x" % tuple(self.rng.randrange(0x10000) for _ in range(4)),
                     "fd%02x:%x:%x::%x" % tuple(self.rng.randrange(1, 0x100 if i == 0 else 0x10000) for i in range(4)),
                     "2001:db8::%x" % self.rng.randrange(1, 0x10000), "2001:db8:%x::%x" % (self.rng.randrange(0x10000), self.rng.randrange(1, 99)),
                     "::ffff:10.%d.%d.%d" % (self.rng.randrange(256), self.rng.randrange(256), self.rng.randrange(1, 255)),
                     "fc00::%x" % self.rng.randrange(1, 0x10000), "::"])
        return [(f, ("N", "ipv6_nonglobal"))]

    # -- negatives: links
    def s_COURL(self):
        co = self.ch(["siemens", "zalando", "spotify", "infosys", "mercadolibre", "helixworks", "n26", "bosch",
                      "tata-consultancy-services", "rakuten", "naver", "flutterwave"])
        f = self.ch(["linkedin.com/company/%s", "https://www.linkedin.com/company/%s/about/",
                     "https://www.%s.com", "%s.com/about-us", "https://%s.com/en/company", "www.%s.de/unternehmen"]) % co
        return [(f, ("N", "company_page"))]

    def s_CAREERS(self):
        co = self.ch(["helixworks", "fernbridge", "quantaro", "kestrel", "datafjord", "zenmarket", "lumen"])
        f = self.ch(["https://jobs.lever.co/%s/%s" % (co, "%08x-%04x" % (self.rng.randrange(1 << 32), self.rng.randrange(1 << 16))),
                     "boards.greenhouse.io/%s/jobs/%s" % (co, self.digits(7)), "https://careers.%s.com/job/%s" % (co, self.digits(6)),
                     "%s.com/careers" % co, "https://www.linkedin.com/jobs/view/%s" % self.digits(10),
                     "https://%s.recruitee.com/o/senior-backend-engineer" % co, "www.stepstone.de/stellenangebote--%s" % self.digits(8)])
        return [(f, ("N", "careers_page"))]

    def s_DOCS(self):
        f = self.ch(["https://docs.python.org/3/library/ipaddress.html", "docs.github.com/en/actions",
                     "https://kubernetes.io/docs/concepts/services-networking/", "developer.mozilla.org/en-US/docs/Web/HTTP/CORS",
                     "https://www.postgresql.org/docs/16/sql-copy.html", "learn.microsoft.com/en-us/azure/aks/",
                     "https://askfirst.example/help/privacy", "docs.rs/regex/latest/regex/", "https://nginx.org/en/docs/"])
        return [(f, ("N", "docs_link"))]

    def s_PAPER(self):
        f = self.ch(["https://arxiv.org/abs/%d%02d.%05d" % (self.rng.randrange(18, 25), self.rng.randrange(1, 13), self.rng.randrange(100000)),
                     "arxiv.org/pdf/%d%02d.%05d" % (self.rng.randrange(18, 25), self.rng.randrange(1, 13), self.rng.randrange(100000)),
                     "https://doi.org/10.%d/%s.%s" % (self.rng.randrange(1000, 9999), self.digits(4), self.digits(5)),
                     "dl.acm.org/doi/10.1145/%s.%s" % (self.digits(7), self.digits(7)),
                     "https://aclanthology.org/2023.acl-long.%d/" % self.rng.randrange(1, 900)])
        return [(f, ("N", "paper_link"))]

    def s_EVTURL(self):
        f = self.ch(["https://www.eventbrite.com/e/data-meetup-tickets-%s" % self.digits(12),
                     "eventbrite.de/e/tickets-%s" % self.digits(12), "https://lu.ma/%s" % "".join(self.ch("abcdefghkmnpqrstuvwxyz23456789") for _ in range(8)),
                     "https://www.meetup.com/berlin-ml/events/%s/" % self.digits(9), "tito.io/devconf/%d" % self.rng.randrange(2023, 2027),
                     "https://connpass.com/event/%s/" % self.digits(6)])
        return [(f, ("N", "event_ticket"))]

    def s_FORM(self):
        f = self.ch(["https://forms.gle/%s" % "".join(self.ch("ABCDEFGHJKabcdefghjk23456789") for _ in range(17)),
                     "docs.google.com/forms/d/e/1FAIpQL%s/viewform" % "".join(self.ch("abcdefXYZ0123456789_-") for _ in range(20)),
                     "https://form.typeform.com/to/%s" % "".join(self.ch("abcdefXYZ0123") for _ in range(8)),
                     "tally.so/r/%s" % "".join(self.ch("abcdwxyz0123") for _ in range(6)),
                     "https://www.surveymonkey.com/r/%s" % "".join(self.ch("ABCDXYZ0123") for _ in range(7))])
        return [(f, ("N", "form_link"))]

    def s_DOCDOM(self):
        loc = self.ch(["jane.doe", "john.smith", "user", "alice", "bob", "max.mustermann", "test", "anja.weber"])
        f = self.ch(["%s@example.com" % loc, "%s@example.org" % loc, "%s@mail.example" % loc, "%s@example.net" % loc,
                     "https://example.com/u/%s" % loc.replace(".", ""), "linkedin.example/in/%s" % loc.replace(".", "-"),
                     "https://www.example.org/team/%s" % loc.replace(".", "-"), "%s@acme.example" % loc,
                     "http://example.net/profile?id=%s" % self.digits(5)])
        return [(f, ("N", "doc_domain"))]

    def s_CODEAT(self):
        f = self.ch(["@Override", "@types/node", "@pytest.fixture", "@media", "@Component", "@angular/core",
                     "@Deprecated", "@dataclass", "@property", "@staticmethod", "@Autowired", "@Injectable()",
                     "@import", "@babel/preset-env", "@tanstack/react-query"])
        return [(f, ("N", "code_at"))]

    # -- negatives needing sentence context
    def s_FIRM(self):
        return [self.ch(FIRM_SENT.get(self.lang, []) + FIRM_SENT["en"] if self.r() < 0.5 else
                        FIRM_SENT.get(self.lang) or FIRM_SENT["en"])]

    def s_PLACE(self):
        return [self.ch(PLACE_SENT.get(self.lang) or PLACE_SENT["en"])]

    def s_EPONYM(self):
        return [self.ch(EPO_SENT.get(self.lang) or EPO_SENT["en"])]

    def s_WORD(self):
        return [self.ch(WORD_SENT.get(self.lang) or WORD_SENT["en"])]

    def s_MISC(self):
        pool = MISC.get(self.lang, [])
        return [self.ch(pool if pool and self.r() < 0.6 else MISC["en"])]

    def s_MISC2(self):
        return self.s_MISC()


# ----------------------------------------------------------------------------- sentences
FIRM_SENT = {
    "en": ["Spent six years in risk at [[Morgan Stanley|company_name]] before moving to fintech.",
           "Our client list includes [[Charles Schwab|company_name]] and two regional banks.",
           "Merch design internship at [[Ralph Lauren|company_name]], NYC.",
           "Ex-[[Calvin Klein|company_name]] supply chain, now doing ops at a startup.",
           "Retail analytics for [[Ted Baker|company_name]] and [[John Lewis|company_name]] stores.",
           "Audit background ([[Arthur Andersen|company_name]], then Deloitte).",
           "We supply sensors to [[Robert Bosch GmbH|company_name]] and [[Carl Zeiss AG|company_name]].",
           "Pricing team at [[Louis Vuitton|company_name]] is hiring in Paris.",
           "Loved the [[Tommy Hilfiger|company_name]] sustainability report this year.",
           "Brand partnerships: [[Estée Lauder|company_name]], [[Marc Jacobs|company_name]], [[Kate Spade|company_name]].",
           "Did a case study on [[Walt Disney|company_name]] Imagineering's tooling.",
           "Former controller at [[Hugo Boss|company_name]] Metzingen.",
           "Team offsite at the [[Jack Daniel's|company_name]] distillery, Lynchburg."],
    "de": ["Acht Jahre bei der [[Robert Bosch GmbH|company_name]] in Stuttgart-Feuerbach.",
           "Wir beliefern [[Carl Zeiss|company_name]] Meditec seit 2019.",
           "Controlling bei [[Hugo Boss|company_name]], davor KPMG.",
           "Praktikum bei [[Porsche|company_name]] in Zuffenhausen, danach [[Robert Bosch|company_name]] Starter Kitchen."],
    "fr": ["Stage chez [[Louis Vuitton|company_name]] puis chez [[Christian Dior|company_name]] Couture.",
           "Je travaille avec [[Estée Lauder|company_name]] France sur la data."],
    "it": ["Ho lavorato otto anni in [[Ferrari|company_name]] a Maranello, vicino al [[Museo Enzo Ferrari|place_name]].",
           "Stage estivo da [[Calvin Klein|company_name]] Milano."],
    "es": ["Seis años en [[Morgan Stanley|company_name]] Madrid, ahora en una fintech."],
}
PLACE_SENT = {
    "en": ["Relocating to [[Charlotte, NC|place_name]] next month, any meetups there?",
           "Remote, but the team sits in [[Victoria, BC|place_name]].",
           "Offsite in [[Sydney|place_name]] in March.", "Based in [[Austin, TX|place_name]].",
           "Hybrid role, [[Madison, WI|place_name]] office twice a week.",
           "Warehouse opening in [[Savannah, GA|place_name]].", "Flying into [[Dallas|place_name]] for the summit.",
           "Data center in [[Phoenix, AZ|place_name]] went down again.",
           "Studied in [[Florence|place_name]] for a semester.", "Moved from [[Adelaide|place_name]] to Perth.",
           "Visiting [[Paris|place_name]] for VivaTech.", "Georgia Tech alum, now in [[Brooklyn|place_name]].",
           "The [[Eugene, OR|place_name]] team is growing.", "Conference in [[Orlando|place_name]] was packed.",
           "Two roles in [[Hamilton, ON|place_name]] and one in [[Wellington|place_name]].",
           "Working out of [[Lincoln, NE|place_name]] these days.",
           "Moving from [[Jackson, MS|place_name]] to [[Washington, DC|place_name]]."],
    "de": ["Wir ziehen nach [[Charlotte, NC|place_name]] um – kennt jemand die Gegend?",
           "Messe in [[Sydney|place_name]] war großartig.", "Studium in [[Florenz|place_name]], dann Berlin."],
    "fr": ["Mutation à [[Victoria|place_name]] (Colombie-Britannique) en septembre.",
           "Séminaire à [[Florence|place_name]] en juin."],
    "es": ["Me mudo a [[Victoria|place_name]], Canadá, en otoño.", "Trabajo remoto desde [[Austin|place_name]], Texas."],
    "pt": ["Evento em [[Florença|place_name]] e depois em [[Paris|place_name]]."],
}
EPO_SENT = {
    "en": ["Routing uses [[Dijkstra's algorithm|eponym]] with a binary heap.",
           "Naive [[Bayes|eponym]] classifiers are still a solid baseline.",
           "It's a [[Markov chain|eponym]] Monte Carlo sampler under the hood.",
           "Sensor fusion with an extended [[Kalman filter|eponym]].",
           "The chatbot passed no [[Turing test|eponym]], but it ships.",
           "Fast [[Fourier transform|eponym]] on the DSP, 4k points.",
           "Fundraising walk for [[Parkinson's|eponym]] research this Sunday.",
           "Fuzzy matching via [[Levenshtein distance|eponym]] is too slow at scale.",
           "ECC memory relies on [[Hamming codes|eponym]].", "A [[Bloom filter|eponym]] in front of the DB cut reads by 80%.",
           "[[Newton's method|eponym]] converges in 5 iterations here.", "[[Euler's formula|eponym]] tattoo, no regrets.",
           "[[Moore's law|eponym]] is not dead, it just got expensive.", "Classic [[Conway's law|eponym]]: four teams, four services.",
           "[[Murphy's law|eponym]] hit our demo day.", "Apply the [[Pareto principle|eponym]] to your backlog.",
           "Please no more [[Gantt charts|eponym]].", "That's a [[Nash equilibrium|eponym]], nobody moves.",
           "Radar team works on [[Doppler|eponym]] processing.", "[[Pearson correlation|eponym]] was 0.82.",
           "[[Huffman coding|eponym]] from scratch in Rust.", "[[Kruskal's algorithm|eponym]] for the MST step.",
           "[[Darwinian|eponym]] selection of feature flags, as our CTO calls it."],
    "de": ["Kürzeste Wege mit dem [[Dijkstra-Algorithmus|eponym]].", "Zustandsschätzung per [[Kalman-Filter|eponym]].",
           "Der [[Satz von Bayes|eponym]] in der Praxis."],
    "fr": ["L'[[algorithme de Dijkstra|eponym]] suffit pour notre graphe.", "Une [[transformée de Fourier|eponym]] rapide."],
    "es": ["Usamos el [[algoritmo de Dijkstra|eponym]] para las rutas.", "Un [[filtro de Kalman|eponym]] extendido."],
    "ru": ["Маршрутизация на [[алгоритме Дейкстры|eponym]].", "[[Цепи Маркова|eponym]] для прогноза."],
    "ja": ["経路探索は[[ダイクストラ法|eponym]]です。", "[[カルマンフィルタ|eponym]]で推定しています。"],
    "nl": ["Het [[algoritme van Dijkstra|eponym]] komt uit Nederland, wist je dat?"],
}
WORD_SENT = {
    "en": ["We [[will|ordinary_word]] ship the beta next week.", "[[Will|ordinary_word]] this be recorded?",
           "There is a 14-day [[grace|ordinary_word]] period on renewals.", "Revenue [[rose|ordinary_word]] 12% YoY.",
           "Please [[mark|ordinary_word]] the thread as resolved.", "Who pays the [[bill|ordinary_word]] for the cloud spend?",
           "Launch slipped to [[May|ordinary_word]].", "Starting in [[June|ordinary_word]], hybrid is mandatory.",
           "Our [[summer|ordinary_word]] internship is open.", "I [[hope|ordinary_word]] this helps.",
           "Pure [[joy|ordinary_word]] to see this merged.", "Thanks for the [[frank|ordinary_word]] feedback.",
           "Backend is [[Ruby|ordinary_word]] on Rails, frontend React.", "[[Amber|ordinary_word]] alert on the dashboard again.",
           "Need a 3.5 mm headphone [[jack|ordinary_word]] adapter.", "Deploys at [[dawn|ordinary_word]] are a bad idea.",
           "Good [[faith|ordinary_word]] estimate: two sprints.", "Camera with a wider [[iris|ordinary_word]].",
           "Bounty [[hunter|ordinary_word]] mindset in sales? No thanks.", "A [[ray|ordinary_word]] of hope in this market.",
           "Set the [[max|ordinary_word]] pool size to 200.", "Don't [[chase|ordinary_word]] vanity metrics.",
           "The [[sky|ordinary_word]] is the limit.", "[[Art|ordinary_word]] direction by the in-house team.",
           "[[May|ordinary_word]] I ask what stack you use?", "I [[will|ordinary_word]] be out of office.",
           "[[Hope|ordinary_word]] you all had a good weekend!", "[[Grace|ordinary_word]] under pressure is a skill."],
    "de": ["Ich [[will|ordinary_word]] nächstes Jahr kündigen.", "Die Bewerbung [[will|ordinary_word]] gut überlegt sein.",
           "Wer [[will|ordinary_word]], findet Wege."],
    "es": ["La [[luz|ordinary_word]] del proyecto ya se ve.", "Trabajamos en [[paz|ordinary_word]] con el equipo legal.",
           "El logo en [[rosa|ordinary_word]] no convence.", "Mucho [[dolor|ordinary_word]] de cabeza con la migración."],
    "pt": ["Graças à [[luz|ordinary_word]] da manhã, o escritório ficou ótimo."],
    "tr": ["Yeni bir başlangıç için [[umut|ordinary_word]] doluyum.", "[[Deniz|ordinary_word]] kenarında ofis!",
           "Bu iş [[can|ordinary_word]] sıkıcı değil."],
    "ru": ["Главное — [[вера|ordinary_word]] в продукт.", "Есть [[надежда|ordinary_word]] на релиз в срок.",
           "[[Любовь|ordinary_word]] к своему делу видна."],
    "ar": ["لدينا [[أمل|ordinary_word]] كبير في المشروع.", "[[نور|ordinary_word]] الشمس في المكتب الجديد رائع."],
}
MISC = {
    "en": ["Order {ORDER} arrived on {DATE}.", "Invoice total {PRICE}, due {DATE}.",
           "Standup moved to {TIME} on {DATE}.", "Reading ISBN {ISBN} this week, recommended.",
           "Upgraded to {VERSION} and the leak is gone.", "Our patent {PATENT} was granted.",
           "Support case {TICKET} still open since {DATE}.", "Staging is on {PRIV4}, metrics on {LOOP4}:9090.",
           "Budget {PRICE} for the Q3 offsite.", "Release {VERSION} goes out {DATE} at {TIME}.",
           "The DHCP lease fell back to {LL4}, so no network.", "Docs use {DOC4} in every example, fine.",
           "Traffic from {RES4} should never reach the edge.", "Running Oracle {VER4} in prod, yes really.",
           "Firmware {VER4} bricked two switches.", "Link-local {V6NG} is all the box had.",
           "Test card {BADCARD} is rejected, as expected.", "The IBAN in the PDF ({BADIBAN}) fails the checksum.",
           "Someone typed {LENIBAN} into the form, which is too short/long.", "The mock data has SSN {BADSSN} everywhere.",
           "Company page: {COURL}", "Apply here: {CAREERS}", "Docs: {DOCS}", "Paper: {PAPER}",
           "Tickets: {EVTURL}", "Sign-up form: {FORM}", "Placeholder contact in the template: {DOCDOM}",
           "Don't forget {CODEAT} on the handler.", "{FIRM}", "{PLACE}", "{EPONYM}", "{WORD}",
           "Ticket {TICKET}, order {ORDER}, total {PRICE}.", "Patent pending ({PATENT}).",
           "Ship date {DATE}; version {VERSION}.", "ISBN {ISBN}, {PRICE} on the publisher's site."],
    "de": ["Bestellung {ORDER} kam am {DATE}.", "Rechnung über {PRICE}, fällig am {DATE}.",
           "Termin: {DATE}, {TIME}.", "Buchtipp: ISBN {ISBN}.", "Update auf {VERSION} hat geholfen.",
           "Unser Patent {PATENT} ist erteilt.", "Ticket {TICKET} ist noch offen.", "Firmware {VER4} macht Probleme.",
           "{FIRM}", "{PLACE}", "{EPONYM}", "{WORD}", "Der Server hängt an {PRIV4}.", "Formular: {FORM}"],
    "fr": ["Commande {ORDER} livrée le {DATE}.", "Facture de {PRICE}.", "Rendez-vous le {DATE} à {TIME}.",
           "Ticket {TICKET} toujours ouvert.", "Passage en {VERSION} demain.", "{FIRM}", "{PLACE}", "{EPONYM}",
           "Brevet {PATENT} accordé !", "Inscription : {FORM}"],
    "es": ["Pedido {ORDER} entregado el {DATE}.", "Factura de {PRICE}.", "Reunión el {DATE} a las {TIME}.",
           "Incidencia {TICKET} abierta.", "{FIRM}", "{PLACE}", "{EPONYM}", "{WORD}", "Entradas: {EVTURL}"],
    "pt": ["Pedido {ORDER} entregue em {DATE}.", "Valor: {PRICE}.", "Reunião {DATE} às {TIME}.", "{PLACE}", "{WORD}",
           "Chamado {TICKET} aberto."],
    "ja": ["注文番号 {ORDER}、{DATE}着。", "料金は{PRICE}です。", "{DATE} {TIME}開始。", "{EPONYM}", "バージョン{VERSION}で直りました。",
           "チケット: {EVTURL}"],
    "zh": ["订单号 {ORDER}，{DATE}到货。", "报价{PRICE}。", "会议时间：{DATE} {TIME}。", "版本 {VERSION} 已发布。", "工单 {TICKET} 仍未解决。"],
    "ru": ["Заказ {ORDER} пришёл {DATE}.", "Стоимость {PRICE}.", "Созвон {DATE} в {TIME}.", "{EPONYM}", "{WORD}",
           "Тикет {TICKET} всё ещё открыт."],
    "tr": ["Sipariş {ORDER}, {DATE} tarihinde geldi.", "Ücret {PRICE}.", "{WORD}", "Toplantı {TIME}'da."],
    "ar": ["{WORD}", "رقم الطلب {ORDER} بتاريخ {DATE}.", "السعر {PRICE}."],
}

# ----------------------------------------------------------------------------- templates
# (kind, format).  Slots: see Gen.s_*.  Literal [[x|cat]] marks a negative.
T = {}
T["en"] = [
    ("post", "Excited to share that I've joined {NAME} and the team at Helixworks! Huge thanks to {NAME2} for the referral. "
             "If you want to chat about data infra, grab a slot: {PURLE} {MISC}"),
    ("comment", "Thanks, {FIRST}! Really appreciate it. {MISC}"),
    ("comment", "Hi {FIRST}, could you DM me? Or just email {EMAILEND} {WORD}"),
    ("chat", "hey {FIRST} - call me on {PHONE} after {TIME}, I'm in back-to-backs till then"),
    ("job", "We're hiring a Senior Data Engineer (remote, EU/UK). {PRICE}–{PRICE} + equity. Send your CV to {ROLEMAIL} "
            "or apply via {CAREERS}. Hiring manager: {NAME} ({PURL}). Questions? {PHONE}. {PLACE}"),
    ("resume", "RESUME\n{LNAME}\n{EMAIL} | {PHONE} | {PURL} | {PURL}\n\nEXPERIENCE\nSenior Analyst, 2019–2023\n- {FIRM}\n- {EPONYM}\n"
               "References: {NAME2}, {ANGLE}"),
    ("support", "Hi support, I was charged twice on my card {CARD} for order {ORDER}. Please refund to IBAN {IBAN}. "
                "My SSN is {SSN} if you need to verify (is that safe??). Ticket {TICKET}."),
    ("support", "Re: {TICKET} — the payment form keeps rejecting {BADCARD}, but {CARD} went through. {MISC}"),
    ("log", "Pasting the nginx log in case it helps:\n```\n{IP4} - - [{DATE}:{TIME} +0000] \"GET /api/v2/feed HTTP/1.1\" 200 512\n"
            "{PRIV4} - - [{DATE}:{TIME} +0000] \"POST /login HTTP/1.1\" 401 87\n{IP6} - - \"GET / HTTP/2\" 301\n```\n"
            "First one is our office NAT, second is the LB. cc {HANDLE}"),
    ("log", "ssh keeps timing out:\n$ ssh -p 2222 deploy@{IP4}\nssh: connect to host {IP4P} port 22: Connection timed out\n"
            "firewall allows {IP4P} and {DOC4}/24. Any ideas {HANDLE}?"),
    ("log", "curl -6 'https://{IP6P}/health' hangs, v4 works. Link-local {V6NG} answers fine. Running kernel {VERSION}."),
    ("event", "🎤 Speaker line-up for DataDay {DATE}:\n• {LNAME} – Search at scale\n• {LNAME} – {EPONYM}\n• {ATNAME} – fireside chat\n"
              "Doors {TIME}. Tickets: {EVTURL}  Questions: {MAILTO}"),
    ("event", "Meetup tonight! {PLACE} Talks by {NAME} and {HANDLE}. RSVP {FORM}, venue wifi is on {PRIV4}, don't ask."),
    ("notes", "Meeting notes {DATE}\nAttendees: {NAME}, {NAME2}, {HANDLE}\n- {POSS} proposal approved, budget {PRICE}\n"
              "- AI: {FIRST} to follow up with legal (patent {PATENT})\n- {WORD}\n- Next sync {DATE} {TIME}"),
    ("about", "Product designer. Previously {FIRM} Writing at {PURL}. Book time: {PURL}. Not on the other site anymore. {WORD}"),
    ("experience", "Head of Infra @ Fernbridge (2021–now). Built the {EPONYM} Reports to {NAME}. Contact: {EMAILOBF}"),
    ("post", "PSA: recruiters, my email is {EMAILOBF}, not the one on my old CV. Also you can reach me at {PHONE}. {MISC}"),
    ("comment", "Congrats {ATNAME}!! 🎉 {POSS} team is lucky. {MISC2}"),
    ("comment", "This is exactly what {POSS} talk at KubeCon was about. Slides: {DOCS} Paper: {PAPER}"),
    ("post", "Templates should use {DOCDOM} or {DOCDOM}, not real people. Our onboarding doc had {EMAIL} in it 🙃 {MISC}"),
    ("post", "Code review tip: {CODEAT} and {CODEAT} are not mentions, our Slack bot keeps pinging people. Ping {HANDLE} instead."),
    ("chat", "ok {FIRST}, sending the wire now: IBAN {IBAN}, ref {ORDER}. the one you sent earlier ({BADIBAN}) bounced"),
    ("support", "For the W-9: SSN {SSN}. (The sample on the IRS form was {BADSSN}, ignore that.) Phone {PHONEX}."),
    ("post", "Open to work! Backend/Go, 8 yrs. {PURLP} · {EMAIL} · {PHONE}. {MISC}"),
    ("job", "Recruiter here 👋 {FIRST}, saw your profile at {PURL} — we have a Staff role at {FIRM} Reply to {ROLEMAIL} or text {PHONEX}."),
    ("comment", "{HANDLE} {HANDLE} have a look at this thread. {MISC}"),
    ("post", "New blog post on {EPONYM} {PURLE} {MISC}"),
    ("comment", "Cheers {FIRST}, see you {DATE}!"),
    ("notes", "Incident {TICKET}: attacker IPs {IP4}, {IP4}, {IP6}; internal {PRIV4}, {LOOP4} and {RES4} ignored. Owner {NAME}."),
    ("post", "Big thank you to {NAME}, {NAME2} and {ATNAME} for mentoring me this year. {WORD}"),
]
T["de"] = [
    ("post", "Ich freue mich, euch mitzuteilen, dass ich ab {DATE} bei Quantaro anfange! Danke an {NAME} für die Unterstützung. {MISC}"),
    ("comment", "Danke, {FIRST}! Melde dich gern unter {PHONE} oder {EMAILEND} {MISC}"),
    ("job", "Wir suchen eine:n Backend-Entwickler:in (m/w/d) in Berlin, {PRICE} p.a. Bewerbung an {ROLEMAIL}, Ansprechpartnerin {NAME}, Tel. {PHONE}. {FIRM}"),
    ("chat", "Hallo {FIRST}, kannst du mir kurz die IBAN schicken? Die alte ({BADIBAN}) geht nicht. — Klar: {IBAN}"),
    ("about", "Data Scientist aus Leipzig. Profil: {PURL} · Termine: {PURL} · {EMAILOBF}. {EPONYM}"),
    ("support", "Hallo Support, Ticket {TICKET}: meine Karte {CARD} wurde doppelt belastet ({PRICE}). Erreichbar unter {PHONE}."),
    ("notes", "Protokoll {DATE}\nTeilnehmende: {NAME}, {NAME2}, {HANDLE}\n- {MISC}\n- {WORD}\n- Nächster Termin {DATE}, {TIME}"),
    ("log", "Unser Server {IP4P} ist nicht erreichbar, intern geht {PRIV4} aber. Kann {HANDLE} mal schauen? IPv6: {IP6}"),
    ("comment", "Liebe Grüße an {ATNAME} – tolle Keynote! Folien unter {DOCS}"),
    ("event", "Am {DATE} um {TIME}: Vortrag von {NAME} in Köln. Anmeldung {FORM}, Fragen an {MAILTO}"),
]
T["fr"] = [
    ("post", "Ravi d'annoncer que je rejoins Lumen HR ! Merci à {NAME} et {NAME2}. Contact : {EMAILEND} {MISC}"),
    ("comment", "Merci {FIRST} ! On s'appelle au {PHONE} ? {MISC}"),
    ("job", "CDI Data Engineer à Lyon, {PRICE}. Candidatures : {ROLEMAIL}. Référente : {NAME} ({PURLP}). {PLACE}"),
    ("chat", "Bonjour {FIRST}, voici mon RIB : {IBAN}. Tél. {PHONE}."),
    ("about", "Consultante RH. Mon agenda : {PURL} — mail {EMAILOBF}. {EPONYM}"),
    ("support", "Bonjour, ticket {TICKET} : ma carte {CARD} a été débitée deux fois le {DATE}. {MISC}"),
    ("event", "Meetup Paris Data le {DATE} à {TIME} avec {NAME} et {HANDLE}. Billets : {EVTURL}"),
    ("log", "Le VPN renvoie vers {IP4} au lieu de {PRIV4}. Qui gère ça ? {HANDLE}"),
]
T["es"] = [
    ("post", "¡Nuevo reto profesional! Me uno a Altamira. Gracias a {NAME} por confiar en mí. {MISC}"),
    ("comment", "¡Gracias, {FIRST}! Escríbeme a {EMAILEND} {WORD}"),
    ("job", "Buscamos Product Manager en Madrid. Envía tu CV a {ROLEMAIL} o llama al {PHONE}. Contacto: {NAME}. {MISC}"),
    ("chat", "Hola {FIRST}, mi IBAN es {IBAN} y mi móvil {PHONE}."),
    ("about", "Ingeniera de datos en Valencia. {PURL} · {EMAILOBF}. {EPONYM}"),
    ("support", "Incidencia {TICKET}: la tarjeta {CARD} fue rechazada, pero {BADCARD} tampoco es mía. {PLACE}"),
    ("event", "Charla de {NAME} el {DATE} a las {TIME}. Inscripción: {FORM} · {WORD}"),
]
T["pt"] = [
    ("post", "Feliz em anunciar minha nova posição na Tigris Soft! Obrigado, {FIRST}, pela indicação. {MISC}"),
    ("comment", "Valeu, {FIRST}! Me chama no WhatsApp {PHONE} ou {EMAILEND} {WORD}"),
    ("job", "Vaga: Dev Backend Sr (remoto). Currículos para {ROLEMAIL}. Recrutadora: {NAME}, {PURL}. {MISC}"),
    ("chat", "oi {FIRST}, segue o IBAN {IBAN} pra transferência internacional. o cartão {CARD} expirou"),
    ("about", "Engenheira de ML em São Paulo. {PURL} | {EMAILOBF} | {PHONE}"),
    ("support", "Chamado {TICKET}: cobraram {PRICE} duas vezes no cartão {CARD}. {PLACE}"),
]
T["it"] = [
    ("post", "Oggi inizio una nuova avventura in Vetro! Grazie a {NAME} e {NAME2}. {MISC}"),
    ("comment", "Grazie mille, {FIRST}! Scrivimi a {EMAILEND} {MISC}"),
    ("job", "Cerchiamo un/una Data Analyst a Milano. CV a {ROLEMAIL}, tel. {PHONE}. Referente {NAME}. {EPONYM}"),
    ("chat", "Ciao {FIRST}, ecco l'IBAN: {IBAN}. Chiamami al {PHONE}."),
    ("about", "Sviluppatrice full-stack a Torino · {PURL} · {EMAILOBF}"),
    ("support", "Segnalazione {TICKET}: carta {CARD} addebitata due volte il {DATE}."),
]
T["nl"] = [
    ("post", "Trots om te melden dat ik bij Vantacore begin! Dank aan {NAME} voor de tip. {MISC}"),
    ("comment", "Bedankt, {FIRST}! Bel me gerust op {PHONE}. {WORD}"),
    ("job", "Vacature: Data Engineer in Utrecht. Stuur je cv naar {ROLEMAIL}. Contactpersoon {NAME}, {PURL}. {EPONYM}"),
    ("chat", "Hoi {FIRST}, mijn IBAN is {IBAN}. Het oude nummer {BADIBAN} klopt niet meer."),
    ("about", "Product owner, Rotterdam. {PURL} · {EMAILOBF} · {PHONE}"),
]
T["pl"] = [
    ("post", "Zaczynam nową pracę w Helixworks! Podziękowania dla {NAME}. Kontakt: {EMAILEND} {MISC}"),
    ("job", "Szukamy Senior Java Developera (Kraków/zdalnie). CV na {ROLEMAIL}, tel. {PHONEX}. Rekruterka: {NAME}."),
    ("comment", "Super wpis! Pozdrawiam, {NAME} · {PURL}"),
    ("chat", "Cześć, przelew na IBAN {IBAN}, tytuł {ORDER}. {HANDLE} potwierdzi."),
    ("about", "Analityczka danych z Gdańska. {PURL} · {EMAILOBF}"),
]
T["tr"] = [
    ("post", "Anadolu Yazılım'da yeni görevime başladım! {NAME} ve {NAME2}'e teşekkürler. {MISC}"),
    ("comment", "Teşekkürler {FIRST} Hanım! Bana {EMAILEND} adresinden ulaşabilirsiniz. {WORD}"),
    ("comment", "Çok teşekkürler {FIRST} Bey, {PHONEX} numarasından arayabilirsiniz."),
    ("job", "İstanbul'da Backend Developer arıyoruz. CV: {ROLEMAIL}. İletişim: {NAME}, {PURL}. {WORD}"),
    ("chat", "Merhaba {FIRST}, IBAN: {IBAN}. Kart {CARD} reddedildi."),
]
T["sv"] = [
    ("post", "Glad att berätta att jag börjar på Nordquill! Tack {FIRST} för tipset. {MISC}"),
    ("comment", "Tack {FIRST}! Mejla mig på {EMAILEND} {MISC}"),
    ("job", "Vi söker en Data Engineer i Göteborg. Ansök via {ROLEMAIL} eller {CAREERS}. Kontakt: {NAME}, {PHONEX}."),
    ("chat", "Hej {FIRST}, här är mitt IBAN: {IBAN}"),
    ("about", "UX-designer i Malmö · {PURL} · {EMAILOBF}"),
]
T["ru"] = [
    ("post", "Рада сообщить, что перехожу в новую команду! Спасибо {NATIVE} за рекомендацию. {MISC}"),
    ("comment", "Спасибо, {FIRST}! Пишите:{EMAIL} или звоните {PHONEX}. {WORD}"),
    ("job", "Ищем Python-разработчика (удалённо). Резюме на {ROLEMAIL}, контакт — {NATIVE}, {PURL}. {EPONYM}"),
    ("chat", "{FIRST}, привет! Вот IBAN для перевода: {IBAN}. Старый ({BADIBAN}) не работает."),
    ("log", "Сервер {IP4P} не отвечает, а {PRIV4} работает. {HANDLE}, глянь, пожалуйста. IPv6: {IP6}"),
    ("about", "Тимлид в финтехе. {PURL} · {EMAILOBF} · {NATIVE}"),
]
T["uk"] = [
    ("post", "Радію новій посаді! Щира подяка {NATIVE} за підтримку. {MISC}"),
    ("comment", "Дякую! Пишіть на {EMAILEND} або телефонуйте {PHONEX}."),
    ("job", "Шукаємо QA інженера. Резюме: {ROLEMAIL}. Рекрутерка: {NATIVE}, {PURL}."),
    ("chat", "Привіт, ось IBAN: {IBAN}. {HANDLE} підтвердить оплату."),
]
T["el"] = [
    ("post", "Χαίρομαι που ξεκινώ νέα θέση! Ευχαριστώ πολύ {NATIVE} για τη στήριξη. {MISC}"),
    ("comment", "Στείλτε μου στο {EMAILEND} ή καλέστε στο {PHONEX}."),
    ("job", "Ζητείται Data Analyst στην Αθήνα. Βιογραφικά: {ROLEMAIL}. Επικοινωνία: {NATIVE}, {PURL}."),
    ("chat", "Γεια, το IBAN μου: {IBAN}"),
]
T["ar"] = [
    ("post", "يسعدني الانضمام إلى فريق جديد! شكراً جزيلاً {NATIVE} على الدعم. {WORD}"),
    ("comment", "شكراً يا {FIRST}! راسلني على {EMAIL} أو اتصل على {PHONEX}"),
    ("job", "مطلوب مهندس بيانات في دبي. أرسل سيرتك الذاتية إلى {ROLEMAIL}. التواصل: {NATIVE} — {PURL}"),
    ("chat", "مرحباً {FIRST}، رقم الآيبان: {IBAN}"),
    ("about", "مديرة منتجات في الرياض · {PURL} · {EMAILOBF}"),
]
T["he"] = [
    ("post", "שמחה להודיע שהצטרפתי לצוות חדש! תודה ל{NATIVE} על ההמלצה. {MISC}"),
    ("comment", "תודה רבה! אפשר לכתוב לי ל־{EMAIL} או להתקשר {PHONEX}"),
    ("job", "דרוש/ה מפתח/ת Backend בתל אביב. קו״ח ל־{ROLEMAIL}. איש קשר: {NATIVE}, {PURL}"),
    ("chat", "היי, ה-IBAN שלי: {IBAN}"),
]
T["hi"] = [
    ("post", "नई नौकरी की शुरुआत! {NATIVE} जी का बहुत धन्यवाद। संपर्क: {EMAIL} {MISC}"),
    ("comment", "धन्यवाद, {FIRST}! मुझे {PHONE} पर कॉल करें।"),
    ("job", "बेंगलुरु में डेटा इंजीनियर की ज़रूरत है। CV भेजें: {ROLEMAIL}, संपर्क {NAME}, {PURL}"),
    ("chat", "Hi {FIRST}, UPI nahi chal raha, card {CARD} se pay kar diya. Call me {PHONE}"),
    ("about", "ML engineer @ Zenmarket · {PURL} · {EMAILOBF} · {NATIVE}"),
]
T["zh"] = [
    ("post", "很高兴加入深蓝AI！感谢{CJK}老师的推荐。简历请发邮箱{EMAIL}，谢谢。{MISC}"),
    ("comment", "谢谢{CJK}！有问题请联系{EMAIL}或致电{PHONE}。"),
    ("job", "招聘后端工程师（上海）。简历投递：{ROLEMAIL}，联系人：{CJK}经理，电话{PHONE}。{MISC}"),
    ("chat", "{CJK}你好，汇款IBAN：{IBAN}，订单{ORDER}。"),
    ("log", "服务器{IP4P}连不上，内网{PRIV4}正常。IPv6 {IP6} 也不通，{HANDLE} 帮忙看一下"),
    ("about", "数据科学家 · {PURL} · 邮箱：{EMAILOBF}"),
]
T["ja"] = [
    ("post", "この度、さくらDXに入社しました！{CJK}さん、ありがとうございました。連絡先：{EMAIL}まで。{MISC}"),
    ("comment", "{CJK}さん、お疲れ様です。{PHONE}にお電話ください。"),
    ("job", "バックエンドエンジニア募集（東京）。応募は{ROLEMAIL}へ。担当：{CJK}。{EVTURL}"),
    ("event", "{DATE} {TIME}〜 勉強会を開催します。登壇：{CJK}さん、{NAME}さん。{EPONYM}"),
    ("log", "サーバー{IP4P}に接続できません。{LOOP4}は応答します。{HANDLE} 確認お願いします。"),
    ("about", "エンジニア。{PURL} / {EMAILOBF}"),
]
T["ko"] = [
    ("post", "새로운 회사에 합류했습니다! {CJK}님 감사합니다. 연락은 {EMAIL}로 주세요. {MISC}"),
    ("comment", "{CJK}님, 좋은 글 감사합니다! {PHONEX}로 연락 주세요."),
    ("job", "백엔드 개발자 채용 (서울). 이력서: {ROLEMAIL}, 담당자 {CJK} 매니저, {PURL}"),
    ("chat", "{CJK}님 안녕하세요, IBAN {IBAN} 입니다."),
]
T["th"] = [
    ("post", "ยินดีที่ได้ร่วมงานกับทีมใหม่! ขอบคุณคุณ{NATIVE}มากครับ ติดต่อ {EMAIL} {MISC}"),
    ("comment", "ขอบคุณค่ะ โทร {PHONEX} ได้เลย"),
    ("job", "รับสมัคร Data Engineer กรุงเทพฯ ส่ง CV ที่ {ROLEMAIL} ติดต่อคุณ{NATIVE} {PURL}"),
]
T["vi"] = [
    ("post", "Rất vui được gia nhập đội ngũ mới! Cảm ơn anh {NAME} đã giới thiệu. {MISC}"),
    ("comment", "Cảm ơn {FIRST} nhé! Liên hệ mình qua {EMAILEND}"),
    ("job", "Tuyển Backend Developer tại Hà Nội. Gửi CV về {ROLEMAIL}, liên hệ {NAME}, SĐT {PHONEX}."),
    ("chat", "Chào {FIRST}, IBAN của mình: {IBAN}"),
]
T["id"] = [
    ("post", "Senang bergabung dengan tim baru! Terima kasih {NAME} atas rekomendasinya. {MISC}"),
    ("comment", "Makasih, {FIRST}! Hubungi aku di {EMAILEND}"),
    ("job", "Lowongan Data Analyst di Jakarta. Kirim CV ke {ROLEMAIL}, kontak {NAME}, WA {PHONEX}. {PURL}"),
    ("chat", "Halo {FIRST}, ini IBAN-ku {IBAN} buat transfer dari Eropa."),
]
# multilingual / code-switching posts
T["en"] += [
    ("comment", "Danke {FIRST}! / Thanks {FIRST}! Slides are at {DOCS}, my email {EMAILEND} {MISC}"),
    ("post", "Our team in {PLACE} Speakers: {LNAME}, {CJK}さん, {NAME}. Register: {FORM}"),
    ("post", "HR onboarding checklist (pasted from the email, sorry): name {LNAME}, SSN {SSN}, direct deposit IBAN {IBAN}, emergency contact {NAME2} {PHONE}."),
    ("support", "Payroll ticket {TICKET}: my W-2 shows SSN {SSN} but mine is {SSN}. Please call {PHONE}."),
    ("resume", "{LNAME} — [[Austin|place_name]]-based PM\nSSN: {SSN} (for background check only)\n{EMAIL} · {PHONE} · {PURL}\n{EPONYM}"),
    ("chat", "{FIRST}, quick one: is {IP4} ours? It shows up next to {PRIV4} and {IP6P} in the WAF log."),
]
LANG_W = {"en": 30, "de": 8, "fr": 6, "es": 6, "pt": 5, "it": 4, "nl": 4, "pl": 3, "tr": 3, "sv": 3, "ru": 4,
          "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 4, "zh": 4, "ja": 4, "ko": 3, "th": 2, "vi": 2, "id": 2}

# extra negative-only sentences to reach a few hundred of each category
RARE = [
    "Follow us: {COURL} (that's the company page, not mine).", "More about the firm at {COURL}",
    "Firmenseite: {COURL}", "Página de la empresa: {COURL}", "公式サイト：{COURL}",
    "The DHCP lease fell back to {LL4} again.", "APIPA address {LL4} means the cable is out.",
    "Link-local {LL4} only, kein DHCP.", "Docs example host {DOC4} copied into prod config, oops.",
    "RFC 5737 says {DOC4} is for docs.", "Test range {DOC4} in the slides.",
    "CGNAT hands us {RES4}, so port forwarding is impossible.", "Blocked bogon {RES4} at the edge.",
    "Oracle Database {VER4} patch set is out.", "Firmware version {VER4} fixes the PoE bug.",
    "Build {VER4} (stable channel).", "ファームウェア {VER4} に更新しました。", "Версия прошивки {VER4}.",
    "Container only binds {V6NG}, so nothing external.", "ULA {V6NG} on the lab VLAN.",
    "The mock uses {V6NG} as upstream.", "Card {BADCARD} fails Luhn, that's why checkout 400s.",
    "Typo'd card {BADCARD}, payment declined.", "Karte {BADCARD} wird abgelehnt.",
    "Test IBAN {LENIBAN} has the wrong length for the country.", "The CSV had {LENIBAN}, truncated by Excel.",
    "IBAN {BADIBAN} failed validation.", "ITIN format {BADSSN} is not an SSN.", "Placeholder SSN {BADSSN} in the seed data.",
    "Dummy {BADSSN} rejected by the payroll form.", "Apply: {CAREERS}", "Open roles: {CAREERS}",
    "Offene Stellen: {CAREERS}", "Read the preprint: {PAPER}", "Paper → {PAPER}", "論文: {PAPER}",
    "Docs: {DOCS}", "See {DOCS} for the flags.", "Example from the docs: {DOCDOM}", "e.g. {DOCDOM}",
    "Don't email {DOCDOM}, it's a placeholder.", "Ex.: {DOCDOM}", "Decorate it with {CODEAT}.",
    "npm i {CODEAT} fixed the build.", "`{CODEAT}` is missing on the class.", "Tickets: {EVTURL}",
    "RSVP: {FORM}", "ISBN {ISBN}", "Book: ISBN {ISBN}.", "Reading list: ISBN {ISBN} and ISBN {ISBN}.",
    "Filed as {PATENT}.", "Version {VERSION} released {DATE}.", "Order {ORDER}, invoice {PRICE}.",
    "Replies go to {MAILTO} please.", "Write to {ANGLE} for the press kit.",
    "Healthcheck only listens on {LOOP4}:8080.", "Redis bound to {LOOP4}, as it should be.", "ping {LOOP4} works, DNS doesn't.",
    "IBAN {LENIBAN} looks one digit off for its country.", "Import failed on {LENIBAN} (length).", "Bank rejected {LENIBAN}: wrong length.",
    "Our v6 endpoint is {IP6P} (behind Cloudflare).", "AAAA record points to {IP6}.", "Peer {IP6} keeps flapping.",
    "Whitelist {IP6} please, it's our office.", "SSN {BADSSN} is invalid by construction.",
    "Prior art: {PATENT} and {PATENT}.", "Our patent {PATENT} finally granted 🎉", "Workshop tickets: {EVTURL}",
    "Cited in {PAPER}", "The ULA range {V6NG} is internal only.", "Loopback {V6NG} is fine for the sidecar.",
    "Lab box sits on {LL4} and {RES4}.", "Shared address space {RES4} from the ISP.",
    "SSN on file: {SSN}. Card on file: {CARD}.", "Employee SSN {SSN} (redact before sharing!)",
]


def n_rare():
    return len(RARE)


def count_templates():
    n = sum(len(v) for v in T.values())
    n += sum(len(v) for v in MISC.values()) + len(RARE)
    n += sum(len(v) for d in (FIRM_SENT, PLACE_SENT, EPO_SENT, WORD_SENT) for v in d.values())
    return n


# ----------------------------------------------------------------------------- self-check
def check(rec, names, firsts, handles):
    errs = []
    t = rec["text"]
    n = len(t)
    sp = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
    for s, e, ty in sp:
        if not (0 <= s < e <= n):
            errs.append("span out of range")
            continue
        v = t[s:e]
        if v != v.strip():
            errs.append("span has outer whitespace %r" % v)
        if ty == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and luhn_ok(d) and len(d) in (15, 16)):
                errs.append("bad card %s" % v)
        elif ty == "IBAN" and not iban_ok(v):
            errs.append("bad iban %s" % v)
        elif ty == "US_SSN" and not ssn_ok(v):
            errs.append("bad ssn %s" % v)
        elif ty == "IPV4" and not (ipaddress.ip_address(v).version == 4 and ip_global(v)):
            errs.append("bad ipv4 %s" % v)
        elif ty == "IPV6" and not (ipaddress.ip_address(v).version == 6 and ip_global(v)):
            errs.append("bad ipv6 %s" % v)
        elif ty == "EMAIL" and (v[-1] in ".,;)>" or v.startswith(("mailto:", "<")) or not re.search(r"@|\bat\b", v)):
            errs.append("bad email %s" % v)
        elif ty == "URL" and (v[-1] in ".)" or "example.com" in v or "example.org" in v):
            errs.append("bad url %s" % v)
        elif ty == "HANDLE" and not (v[0] == "@" and v[1:] in handles):
            errs.append("bad handle %s" % v)
        elif ty == "PERSON" and norm(v) not in names and norm(v) not in firsts:
            errs.append("not a member name %s" % v)
        elif ty == "PHONE" and not (8 <= len(re.sub(r"\D", "", v)) <= 15):
            errs.append("bad phone %s" % v)
    for a, b in zip(sp, sp[1:]):
        if b[0] < a[1]:
            errs.append("overlapping gold %r %r" % (a, b))
    for ng in rec["negatives"]:
        s, e, c = ng["start"], ng["end"], ng["category"]
        v = t[s:e] if 0 <= s < e <= n else None
        if v is None:
            errs.append("negative out of range")
            continue
        if any(s < ge and gs < e for gs, ge, _ in sp):
            errs.append("negative overlaps gold %s" % v)
        if c == "luhn_invalid" and luhn_ok(re.sub(r"\D", "", v)):
            errs.append("luhn-valid negative %s" % v)
        if c == "iban_bad_check" and iban_mod(v.replace(" ", "")) == 1:
            errs.append("valid iban negative %s" % v)
        if c == "iban_wrong_length" and iban_ok(v):
            errs.append("right-length iban negative %s" % v)
        if c == "ssn_invalid" and ssn_ok(v):
            errs.append("valid ssn negative %s" % v)
        if c.startswith("ipv4_") or c == "ipv6_nonglobal":
            if ip_global(v):
                errs.append("global ip negative %s" % v)
    return errs


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members = make_members(rng, a.members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    names = {norm(m.name) for m in members}
    firsts = {norm(m.first) for m in members}
    handles = {m.handle for m in members}
    g = Gen(rng, members)
    langs = list(LANG_W)
    lw = [LANG_W[x] for x in langs]
    errors = 0
    stats_t, stats_n = {}, {}
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(a.records):
            lang = rng.choices(langs, lw)[0]
            g.lang = lang
            kind, fmt = rng.choice(T[lang])
            doc = Doc()
            g.render(doc, fmt)
            if rng.random() < 0.6:  # a trailing line of everyday numbers / links
                doc.add(rng.choice([" ", "\n", "\n\n"]))
                g.render(doc, rng.choice(RARE) if rng.random() < 0.6 else "{MISC}")
            rec = {"id": "r%d" % (i + 1), "lang": lang, "kind": kind, "text": doc.text(),
                   "spans": [{"start": s, "end": e, "type": t} for s, e, t in sorted(doc.spans)],
                   "negatives": [{"start": s, "end": e, "category": c} for s, e, c in sorted(doc.negs)]}
            for e in check(rec, names, firsts, handles):
                errors += 1
                if errors <= 20:
                    print("self-check %s: %s" % (rec["id"], e), file=sys.stderr)
            for s in rec["spans"]:
                stats_t[s["type"]] = stats_t.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                stats_n[s["category"]] = stats_n.get(s["category"], 0) + 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("templates: %d; gold spans: %s" % (count_templates(), json.dumps(dict(sorted(stats_t.items())))), file=sys.stderr)
    print("negatives: %s" % json.dumps(dict(sorted(stats_n.items()))), file=sys.stderr)
    if errors:
        print("self-check FAILED: %d problems" % errors, file=sys.stderr)
        sys.exit(1)
    print("self-check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
