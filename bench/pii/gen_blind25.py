#!/usr/bin/env python3
"""gen_blind25.py - the 29th labelled PII corpus: "the platform's other surfaces" (not the feed).

Interface
  python3 bench/pii/gen_blind25.py --out DIR [--records 5000] [--members 100000] [--seed 1] [--selfcheck]
writes DIR/members.jsonl (exactly --members lines, {"user":"u1","name":"Anja Weber","handle":"anjaweber"})
and DIR/corpus.jsonl, one record a line: {"id","lang","kind","text","spans":[{"start","end","type"}],
"negatives":[{"start","end","category"}]}; offsets are Unicode code points into text, end-exclusive.
Deterministic per seed (one random.Random(seed), no hash-order dependence); about 5 s for 5000 records and
100,000 members.  --selfcheck validates every label (see selfcheck()) and prints counts per type, category,
language and kind; it exits 1 on any problem.  Python 3 standard library only.

How it was written
  Blind: only the text of `issues show 3` (the product's definition of personal data) and bench/pii/score.py
  (corpus format; exact-span scoring; a negative counts as hit when any predicted span overlaps it) were read.
  No engine code, tests, docs or other generators were looked at and the redactor was never run on this
  corpus.  All prose, name lists, employers and templates were written for this file.  Records are rendered from
  templates with slots ({P1} a member's full name, {G1} a first name in a greeting, {PH:de} a German phone, {X:date}
  a labelled negative, ...); every slot writes its own span, so labels are exact by construction, and the
  self-check re-derives them from the text.

Genres (field "kind")
  profile sections: profile_experience (entries with dates and employers), profile_education, profile_skills,
  profile_certifications (credential IDs), profile_volunteer, profile_about (headline, contact info),
  profile_full (3-4 sections of one profile, multi-paragraph); job_post; recruiter_message (InMail style);
  dm_thread (message threads with "Name · 10:42" headers); group_discussion; event_page (agenda, speakers, venue,
  dial-ins, tickets); company_post (written by employees); recommendation ("I managed X at Y"); endorsement;
  newsletter_intro; ai_prompt (text typed into AI features: "rewrite my headline: ...", "make this more
  professional: ...", "is this a scam? ...").  About half the records are one line, the rest multi-line, up to
  ~1100 characters.

Languages and scripts (field "lang")
  en de fr es it nl pt(BR) pl sv tr id vi (Latin), ru uk (Cyrillic), el (Greek), ar (Arabic), he (Hebrew),
  hi (Devanagari), zh (Han), ja (Han+Kana), ko (Hangul), th (Thai) - 22 languages - plus code-switched records
  de-en, hi-en (Hinglish, Latin and Devanagari names), zh-en, es-en (US Spanglish), ar-en, ja-en.
  Member names come from per-culture lists (24 naming cultures incl. Nigerian and romanised Indian names;
  gendered surnames for pl/ru/uk/el; family-first CJK names without a space; three-part Vietnamese names).

Gold types
  EMAIL (personal, work and role addresses; obfuscated "[at]/(at)/{at}/[dot]" forms; glued to CJK/Hangul text;
  mailto: and <> outside), PHONE (US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG, RU, UA, PL, SE, TR, GR,
  IL, AE, SA, KR, TH, VN, ID national and international formats, bare E.164; separators space, dash, dot, slash,
  NBSP, "(0)"), IPV4 (global only; :port and /cidr outside), IPV6 (global, full or compressed, upper/lower case;
  [ ]:port outside), CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55 and 2221-2720, Amex, Discover; space, dash or
  no grouping), IBAN (mod-97-valid with the right length for 23 countries, compact or grouped by four), US_SSN
  (valid area/group/serial, dashes or spaces), URL (member profile links: linkedin.com/in, github, x/twitter,
  medium.com/@, bsky.app/profile, *.substack.com, calendly, and the platform's own askfirst.example/u/<handle>;
  with or without scheme), HANDLE (@handle of a member, "@" inside the span), PERSON (member full names, incl.
  upper-cased and ascii-folded spellings; "@Full Name" with the "@" outside; possessives with the span on the
  name; a first name alone in greetings/thanks; CJK full names).

Negative categories (hard negatives; scored as "hit" when any predicted span overlaps)
  phone-shaped, each with a textual cue: date, time, price, order_number, ticket_number, isbn, version, patent,
  credential_id, meeting_id, job_id; IP: ipv4_private, ipv4_loopback, ipv4_linklocal, ipv4_documentation,
  ipv4_reserved (incl. netmasks), version_ip (IPv4-shaped firmware/build versions with a version cue),
  ipv6_nonglobal (::1, fe80::, ULA, 2001:db8::); luhn_invalid, iban_bad_check, ssn_invalid (area 000/666/9xx,
  group 00, serial 0000); links: url_company, url_careers, url_docs, url_paper, url_event, url_form,
  example_domain (e-mails and links under example.com/.net/.org, *.example, *.test, *.invalid, incl. the
  platform's non-profile pages askfirst.example/jobs/...); non_member_handle (@brand accounts); names: company,
  place, eponym, word_name (members exist whose names are those words: Morgan Stanley, Michael Page, Robert Bosch,
  Albert Heijn, Alice Springs, João Pessoa, Charlotte/Austin/Jordan as first names, Lisa Dijkstra, Tom Kalman,
  Grace Hopper, Will/Hope/Mark/Rose/Grace, Вера/Надежда, Umut/Deniz, أمل, आशा, Hoa/Nam, Indah, Roos, ...).

Doubtful labelling choices (a reader could dispute each of these)
  - Dial-in, hotline, toll-free (1-800/0120) and company switchboard numbers are gold PHONE, as are role
    addresses (jobs@, hello@) as EMAIL and organisations' IBANs (a food bank's) as IBAN: format, not owner, decides.
  - A Luhn-valid card, valid-range SSN or valid IBAN is gold even when the text calls it a test value or asks
    "can't be real?"; only invalid ones are negatives.
  - Profile URL spans include scheme, "www.", a trailing "/", query strings (?utm_source=...) and calendly event
    paths (/30min); a LinkedIn slug that is not the member's handle (first-last-3a1b2c) is still gold URL.
    medium.com/@handle is one URL span (no HANDLE inside it).  "tel:" stays outside a phone span like mailto:.
  - A first name alone is gold PERSON only as generated by greeting/thanks/vocative slots: "Hi Anja,", "Thanks,
    Anja!", "hey anja" (lower case), "Anja bhai,", "अंजलि जी,", Thai "คุณสมชาย" (honorific glued, span on the name),
    Vietnamese "chị Hoa" (given name = last token of the full name); and as a possessive ("Anja's") after the full
    name appeared in the same record.  CJK greetings use the full name.
  - Names glued to script-specific affixes: Japanese さん/先生, Chinese 老师/的, Korean 님/입니다 (name-only span);
    Arabic "لـ" prefix; Turkish apostrophe suffixes ("Ayşe Kaya'nın": suffix outside).  Hebrew "ל-"/"ב-"/"מ-"
    prefixes with a hyphen before phones, IPs and employers (span starts after the hyphen).
  - Company negatives span only the name-like words ("Robert Bosch" in "Robert Bosch GmbH", "Michael Page" in
    "Michael Page Technology" and in "Michael Page's tech practice"); the same members appear elsewhere as gold
    PERSON when used as people.
  - Place negatives span only the name-like words ("Charlotte" in "Charlotte, NC", "Jordan" in "Amman, Jordan",
    "Alice Springs" in "Alice Springs, NT"); "São Paulo", "San José", "Saint-Étienne", "TP. Hồ Chí Minh" as a
    whole (the last has no matching member; labelled for consistency).
  - Eponym negatives span the name only ("Dijkstra" in "Dijkstra's algorithm" / "Dijkstra-Algorithmus",
    "Grace Hopper" in "Grace Hopper Celebration", "Тараса Шевченка" in a university name, inflected).
  - word_name negatives span the single word ("Will" in "Will do!", "Hope" in "Hope you're well.", "rose" in
    "revenue rose"), except "rose gold" which equals the member "Rose Gold" and is spanned as two words.
  - Phone-shaped negatives span only the number: patent numbers without "US"/"B2"/"A1", ISBNs without "ISBN",
    order numbers without "#"; prices include the currency sign and the whole range.  Single "HH:MM" times in DM
    headers are labelled time although not phone-shaped.  Thai dates use Buddhist-era years (2567).
  - IPv4-shaped strings with an octet above 255 ("3925.68.18.47") are labelled version, not version_ip.
    "netmask 255.255.255.0" is ipv4_reserved.  An IPv6 host address followed by "/48" keeps "/48" outside.
  - Links to company pages, careers boards (incl. linkedin.com/jobs/view/<id>), docs, papers (arXiv/DOI), event
    tickets (eventbrite, meetup, lu.ma, zoom.us/j/<meeting id>) and forms are negatives, never URL gold.
  - Phones and e-mails may be glued to CJK/Hangul text ("致电138 0013 8000", "{phone}이에요"); links never are.
  - New negative categories not in the brief's list: credential_id, meeting_id, job_id.
"""
import argparse
import ipaddress
import json
import random
import re
import sys
import time
import unicodedata

NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

_FOLD = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l",
         "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th"}


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """case- and diacritic-insensitive comparison key (used by the self-check only)"""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_value(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").replace(NBSP, "")
    return iban_value(s) % 97 == 1


IBAN_FMT = {  # country: BBAN pattern (n digit, a upper letter, c alnum) ; total length checked
    "DE": ("18n", 22), "AT": ("16n", 20), "CH": ("5n12n", 21), "FR": ("10n11n2n", 27),
    "ES": ("20n", 24), "IT": ("1a10n12n", 27), "NL": ("4a10n", 18), "GB": ("4a14n", 22),
    "BE": ("12n", 16), "PL": ("24n", 28), "PT": ("21n", 25), "SE": ("20n", 24),
    "TR": ("5n1z16n", 26), "GR": ("7n16n", 27), "IE": ("4a14n", 22), "FI": ("14n", 18),
    "DK": ("14n", 18), "NO": ("11n", 15), "SA": ("2n18n", 24), "AE": ("3n16n", 23),
    "IL": ("19n", 23), "UA": ("6n19n", 29), "BR": ("23n1a1n", 29),
}
BANK_LETTERS = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"],
                "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
                "IE": ["AIBK", "BOFI", "IPBS"]}


def make_iban(rng, cc, good=True):
    pat, length = IBAN_FMT[cc]
    bban = []
    for num, kind in re.findall(r"(\d+)([nazc])", pat):
        num = int(num)
        if kind == "n":
            bban.append("".join(rng.choice("0123456789") for _ in range(num)))
        elif kind == "z":
            bban.append("0" * num)
        elif kind == "a":
            if cc in BANK_LETTERS and num == 4:
                bban.append(rng.choice(BANK_LETTERS[cc]))
            else:
                bban.append("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(num)))
    bban = "".join(bban)
    chk = 98 - iban_value(cc + "00" + bban) % 97
    if not good:
        bad = chk
        while bad == chk:
            bad = rng.randint(2, 98)
        chk = bad
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == length, (cc, s)
    assert iban_ok(s) == good
    return s


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def isbn13(rng):
    body = rng.choice(["978", "979"]) + "".join(rng.choice("0123456789") for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    body += str((10 - s % 10) % 10)
    a = body[3:]
    grp = rng.choice([(1, 2, 6), (1, 3, 5), (1, 4, 4), (2, 3, 4)])
    i, parts = 0, []
    for g in grp:
        parts.append(a[i:i + g])
        i += g
    parts.append(a[i:])
    return body[:3] + "-" + "-".join(parts)


# ---------------------------------------------------------------------------------------------
# the record builder
# ---------------------------------------------------------------------------------------------

class Rec:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def g(self, s, typ):
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.t(s)

    def x(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "category": cat})
        self.t(s)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# member names, per culture (written for this corpus).  "_" joins a multi-word surname;
# "native/roman" gives the romanisation used for handles and e-mail addresses.
# ---------------------------------------------------------------------------------------------

NAMES = {
    "en": ("James Olivia Liam Emma Noah Ava Ethan Sophia Lucas Mia Benjamin Harper Daniel Chloe "
           "Samuel Ella Nathan Zoe Owen Hannah Caleb Leah Isaac Natalie Ryan Claire Tyler Megan "
           "Jordan Lauren Kevin Rachel Brian Emily Sean Abigail Aaron Madison Derek Tessa Oliver "
           "Amelia Henry Isla George Freya Arthur Poppy Alfie Imogen Charlotte Grace Will Rose "
           "Hope Mark Austin Sydney Florence Victoria Savannah Morgan Joy Summer Miles Frank Ivy",
           "Smith Johnson Williams Brown Miller Davis Wilson Moore Taylor Anderson Thomas Harris "
           "Clark Robinson Walker Young Allen King Wright Scott Green Adams Nelson Hill Campbell "
           "Mitchell Roberts Carter Phillips Turner Parker Collins Edwards Stewart Morris Murphy "
           "Cook Rogers Bell Cooper Richardson Cox Ward Peterson Gray Hughes Bennett Barnes Ross "
           "Henderson Coleman Jenkins Perry Powell Patterson Fisher Foster Bryant Hayes Griffin "
           "Kennedy Murray Fraser Lawson Hart Holmes Doyle Quinn Walsh Byrne Sullivan Gallagher"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeoluwa Babajide Obinna "
           "Yetunde Kelechi Temitope Chukwuemeka Amaka Segun Nkechi Zainab Ibrahim Aisha Tobi Kemi "
           "Uche Bolaji",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Chukwu Obi Okeke Afolabi Olawale Igwe "
           "Ojo Bello Lawal Abubakar Danjuma Akinola Oyelaran Nwachukwu Adewale Ogundipe"),
    "hi_lat": ("Priya Rahul Ananya Arjun Kavya Rohan Isha Vikram Neha Aditya Pooja Karan Sneha "
               "Siddharth Meera Aman Divya Nikhil Riya Varun Asha Kiran Deepak",
               "Sharma Verma Gupta Iyer Nair Reddy Patel Mehta Joshi Kulkarni Rao Menon Chatterjee "
               "Banerjee Singh Kapoor Malhotra Desai Pillai Agarwal"),
    "de": ("Anja Jürgen Lukas Lena Felix Jonas Leonie Maximilian Sophie Tobias Katharina Florian "
           "Julia Sebastian Miriam Matthias Svenja Niklas Franziska Moritz Johanna Dominik Carolin "
           "Henrik Greta Stefan Ute Dieter Birgit Ernst Rosa Wolfgang Heike Jörg Sabine Thorsten "
           "Annika Ulrike Kerstin Malte",
           "Weber Müller Schmidt Schneider Fischer Meyer Wagner Becker Schulz Hoffmann Koch Richter "
           "Klein Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt "
           "Werner Krause Meier Lehmann Köhler Huber Kaiser Fuchs Peters Scholz Möller Weiß Hahn "
           "Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Albrecht"),
    "fr": ("Camille Louis Léa Hugo Chloé Jules Manon Théo Inès Juliette Clémence Antoine Margaux "
           "Baptiste Élodie Céline Étienne Aurélie Rose Constance Pierre Sylvie Olivier Nathalie "
           "Rémi Amélie Guillaume Océane Benoît Hélène Thibault Mathilde Gaëlle Maëlle",
           "Martin Bernard Dubois Richard Petit Durand Leroy Moreau Laurent Lefèvre Michel Garcia "
           "Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet "
           "François Legrand Garnier Faure Rousseau Blanc Guérin Roussel Perrin Morin Chevalier "
           "Gauthier Lemoine Clément"),
    "es": ("Lucía Martín Sofía Mateo Valeria Alejandro Carmen Javier Elena Diego Paula Pablo Marta "
           "Sergio Alba Álvaro Irene Jorge Nuria Raúl Rocío Andrés Pilar Dolores Rosa Luz Paz "
           "Consuelo Iñigo Ainhoa Joaquín Begoña Gonzalo Cristina José",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Moreno "
           "Álvarez Romero Alonso Gutiérrez Navarro Torres Vázquez Ramos Gil Ramírez Serrano "
           "Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Núñez "
           "Medina Garrido Cortés Castillo Lozano Guerrero Prieto Méndez Calvo Herrera"),
    "it": ("Giulia Marco Francesca Alessandro Chiara Lorenzo Sara Matteo Martina Davide Elisa "
           "Federico Valentina Riccardo Silvia Andrea Beatrice Simone Alessia Tommaso Serena Vera "
           "Felice Fortunato Rosa Paolo Roberta Emanuele Ilaria Stefano",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Bruno Gallo Conti "
           "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
           "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo "
           "Serra Coppola De_Santis D'Angelo"),
    "nl": ("Daan Sanne Bram Lotte Sem Fleur Femke Thijs Anouk Ruben Eva Jesse Iris Milan Stijn "
           "Lieke Joost Marloes Wouter Esther Pieter Maaike Bas Ingrid Koen Roos Gijs Hanneke",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
           "Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Vermeulen "
           "van_der_Linden Kok Jacobs de_Haan Schouten van_Beek Willems Hoekstra Maas Verhoeven "
           "Koster Prins Blom Huisman Kuipers"),
    "pt": ("João Maria Ana Pedro Gabriel Beatriz Lucas Juliana Rafael Fernanda Gustavo Camila "
           "Thiago Larissa Felipe Mariana Bruno Letícia Rodrigo Vitória Leonardo Amanda Paulo "
           "Graça Vera Luz Caio Bianca Renata Marcelo Aline",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Martins "
           "Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade "
           "Moreira Nunes Marques Machado Mendes Freitas Cardoso Gonçalves Santana Teixeira"),
    "pl": ("Anna Piotr Katarzyna Tomasz Agnieszka Paweł Magdalena Michał Joanna Krzysztof "
           "Aleksandra Marcin Monika Łukasz Ewa Jakub Natalia Kamil Zofia Bartosz Karolina "
           "Wojciech Dorota Grzegorz Marta",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
           "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
           "Nowakowski Pawłowski Michalski Król Wieczorek Jabłoński Majewski"),
    "sv": ("Erik Anna Lars Karin Johan Emma Oskar Elsa Gustav Astrid Nils Ingrid Anders Maja Björn "
           "Linnea Henrik Sara Axel Klara Olof Ebba Magnus Frida",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
           "Gustafsson Pettersson Jonsson Hansson Bengtsson Lindberg Lindström Lindqvist Berglund "
           "Sandberg Lundgren Holm Nyström Åberg Sjöberg Wallin Engström"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Merve Kerem Selin Umut Deniz "
           "Barış Yıldız Oğuz Ece Serkan Gizem Cem Derya Hakan Büşra",
           "Yılmaz Kaya Demir Şahin Çelik Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
           "Çetin Kara Koç Kurt Özkan Şimşek Polat Aksoy Güneş Tekin Bulut"),
    "ru": ("Алексей/aleksey Дмитрий/dmitry Иван/ivan Сергей/sergey Андрей/andrey Михаил/mikhail "
           "Николай/nikolay Павел/pavel Артём/artyom Егор/egor Лев/lev Максим/maksim Кирилл/kirill "
           "Роман/roman Олег/oleg",
           "Анна/anna Мария/maria Елена/elena Ольга/olga Татьяна/tatyana Наталья/natalya "
           "Ирина/irina Екатерина/ekaterina Светлана/svetlana Вера/vera Надежда/nadezhda "
           "Любовь/lyubov Дарья/darya Ксения/ksenia Алина/alina Полина/polina",
           "Иванов/ivanov Смирнов/smirnov Кузнецов/kuznetsov Попов/popov Васильев/vasilyev "
           "Петров/petrov Соколов/sokolov Михайлов/mikhailov Новиков/novikov Фёдоров/fedorov "
           "Морозов/morozov Волков/volkov Алексеев/alekseev Лебедев/lebedev Семёнов/semyonov "
           "Егоров/egorov Павлов/pavlov Козлов/kozlov Степанов/stepanov Николаев/nikolaev "
           "Орлов/orlov Андреев/andreev Макаров/makarov Никитин/nikitin Захаров/zakharov "
           "Зайцев/zaytsev Борисов/borisov Белов/belov Григорьев/grigoryev Сорокин/sorokin "
           "Покровский/pokrovsky Вишневский/vishnevsky"),
    "uk": ("Олександр/oleksandr Андрій/andrii Тарас/taras Богдан/bohdan Дмитро/dmytro "
           "Василь/vasyl Остап/ostap Юрій/yurii Максим/maksym Ігор/ihor",
           "Олена/olena Оксана/oksana Наталія/nataliia Ірина/iryna Віра/vira Надія/nadiia "
           "Софія/sofiia Марія/mariia Христина/khrystyna Соломія/solomiia",
           "Шевченко/shevchenko Коваленко/kovalenko Бондаренко/bondarenko Ткаченко/tkachenko "
           "Кравченко/kravchenko Олійник/oliinyk Мельник/melnyk Бойко/boiko Савчук/savchuk "
           "Поліщук/polishchuk Лисенко/lysenko Мороз/moroz Гнатюк/hnatiuk Романюк/romaniuk "
           "Павленко/pavlenko Козак/kozak Іваненко/ivanenko Руденко/rudenko Левицький/levytskyi"),
    "el": ("Γιώργος/giorgos Νίκος/nikos Δημήτρης/dimitris Κώστας/kostas Γιάννης/giannis "
           "Παναγιώτης/panagiotis Χρήστος/christos Αλέξανδρος/alexandros Στέφανος/stefanos "
           "Άγγελος/angelos",
           "Μαρία/maria Ελένη/eleni Κατερίνα/katerina Σοφία/sofia Ειρήνη/eirini Δήμητρα/dimitra "
           "Αναστασία/anastasia Ελπίδα/elpida Χριστίνα/christina Βασιλική/vasiliki",
           # male form|female form/roman male|roman female
           "Παπαδόπουλος|Παπαδοπούλου/papadopoulos|papadopoulou Παπαδάκης|Παπαδάκη/papadakis|papadaki "
           "Γεωργίου|Γεωργίου/georgiou|georgiou Οικονόμου|Οικονόμου/oikonomou|oikonomou "
           "Νικολάου|Νικολάου/nikolaou|nikolaou Μαυρίδης|Μαυρίδου/mavridis|mavridou "
           "Αντωνίου|Αντωνίου/antoniou|antoniou Βλάχος|Βλάχου/vlachos|vlachou "
           "Καραγιάννης|Καραγιάννη/karagiannis|karagianni Ιωάννου|Ιωάννου/ioannou|ioannou "
           "Πετρίδης|Πετρίδου/petridis|petridou Λαμπράκης|Λαμπράκη/lamprakis|lampraki"),
    "ar": ("محمد/mohammed أحمد/ahmed عمر/omar يوسف/youssef خالد/khaled علي/ali حسن/hassan "
           "كريم/karim سامي/sami طارق/tarek فيصل/faisal فاطمة/fatima ليلى/layla مريم/maryam "
           "نور/noor أمل/amal سارة/sara هدى/huda رنا/rana ياسمين/yasmin دينا/dina",
           "العلي/alali الحسن/alhassan الشمري/alshammari المصري/almasri حداد/haddad خوري/khoury "
           "الزهراني/alzahrani القحطاني/alqahtani منصور/mansour عبدالله/abdullah سليمان/suleiman "
           "النجار/alnajjar الخطيب/alkhatib العتيبي/alotaibi"),
    "he": ("נועה/noa תמר/tamar מיכל/michal יעל/yael שירה/shira אור/or דניאל/daniel יונתן/yonatan "
           "איתי/itai עומר/omer אורי/uri נועם/noam אביגיל/avigail רוני/roni עידו/ido",
           "כהן/cohen לוי/levi מזרחי/mizrahi פרץ/peretz ביטון/biton אברהם/avraham פרידמן/friedman "
           "שפירא/shapira גולן/golan אשכנזי/ashkenazi רוזן/rosen ברק/barak קפלן/kaplan אלון/alon"),
    "hi": ("राहुल/rahul प्रिया/priya अमित/amit अंजलि/anjali विकास/vikas पूजा/pooja सुनील/sunil "
           "नेहा/neha रोहित/rohit कविता/kavita आशा/asha किरण/kiran दीपक/deepak अर्जुन/arjun मीरा/meera",
           "शर्मा/sharma वर्मा/verma गुप्ता/gupta सिंह/singh यादव/yadav जोशी/joshi मिश्रा/mishra "
           "पटेल/patel कुमार/kumar अग्रवाल/agarwal चौधरी/chaudhary तिवारी/tiwari पांडे/pandey "
           "श्रीवास्तव/srivastava"),
    "zh": ("王/wang 李/li 张/zhang 刘/liu 陈/chen 杨/yang 黄/huang 赵/zhao 吴/wu 周/zhou 徐/xu "
           "孙/sun 朱/zhu 胡/hu 郭/guo 何/he 林/lin 罗/luo 邓/deng 曹/cao",
           "伟/wei 芳/fang 娜/na 敏/min 静/jing 秀英/xiuying 晓东/xiaodong 海燕/haiyan 志强/zhiqiang "
           "雨欣/yuxin 子涵/zihan 浩然/haoran 思远/siyuan 佳怡/jiayi 俊杰/junjie 文博/wenbo "
           "婷婷/tingting 建国/jianguo 欣怡/xinyi 宇航/yuhang 梓萱/zixuan 嘉懿/jiayi 一鸣/yiming"),
    "ja": ("佐藤/sato 鈴木/suzuki 高橋/takahashi 田中/tanaka 伊藤/ito 渡辺/watanabe 山本/yamamoto "
           "中村/nakamura 小林/kobayashi 加藤/kato 吉田/yoshida 山田/yamada 佐々木/sasaki "
           "山口/yamaguchi 松本/matsumoto 井上/inoue 木村/kimura 清水/shimizu 斎藤/saito",
           "花子/hanako 太郎/taro 陽菜/hina 翔太/shota 美咲/misaki 大輔/daisuke 結衣/yui 健太/kenta "
           "由美/yumi 拓也/takuya さくら/sakura 直樹/naoki 優子/yuko 悠真/yuma 彩乃/ayano 誠/makoto "
           "恵美/emi 蓮/ren 千尋/chihiro 和也/kazuya"),
    "ko": ("김/kim 이/lee 박/park 최/choi 정/jung 강/kang 조/cho 윤/yoon 장/jang 임/lim 한/han "
           "서/seo 신/shin 권/kwon 황/hwang 안/ahn 송/song",
           "민준/minjun 서연/seoyeon 지훈/jihoon 지민/jimin 하준/hajun 수빈/subin 현우/hyunwoo "
           "예은/yeeun 도윤/doyun 서윤/seoyun 준호/junho 유진/yujin 성민/sungmin 지영/jiyoung "
           "은지/eunji 태양/taeyang 하늘/haneul 보람/boram"),
    "th": ("สมชาย/somchai สมศรี/somsri วิชัย/wichai นภา/napa ปิยะ/piya กมล/kamon อรุณ/arun "
           "สุดา/suda ธนา/thana พิมพ์ชนก/pimchanok ณัฐพล/nattapon ศิริพร/siriporn",
           "ใจดี/jaidee ศรีสุข/srisuk วงศ์ใหญ่/wongyai สุขสวัสดิ์/suksawat ทองดี/thongdee "
           "แก้วมณี/kaewmanee บุญมา/boonma รัตนพันธ์/rattanaphan"),
    "vi": ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ",
           "Văn Thị Minh Ngọc Thanh Đức Quốc",
           "Hoa Lan Hương Anh Tuấn Dũng Linh Trang Hùng Phương Nam Thảo Hải Quân"),
    "id": ("Budi Siti Agus Dewi Rizky Putri Andi Indah Wahyu Sri Bayu Intan Dian Fajar Ayu Rina "
           "Hendra Nur Yoga Ratna",
           "Santoso Wijaya Saputra Pratama Hidayat Kusuma Nugroho Setiawan Gunawan Halim Lestari "
           "Permana Wibowo Siregar Nasution Sitompul Hutapea Tanjung Purnomo Susanto"),
}

# members whose names are ordinary words, or equal firms, places and eponyms (hard negatives)
SPECIAL = [
    # (culture, first, last, what)
    ("en", "Morgan", "Stanley", "company"), ("en", "Charles", "Schwab", "company"),
    ("en", "Ted", "Baker", "company"), ("en", "John", "Lewis", "company"),
    ("en", "Marcus", "Evans", "company"), ("en", "Paul", "Hastings", "company"),
    ("en", "Russell", "Reynolds", "company"), ("en", "Robert", "Walters", "company"),
    ("en", "Michael", "Page", "company"), ("en", "Robert", "Half", "company"),
    ("en", "Arthur", "Andersen", "company"), ("de", "Robert", "Bosch", "company"),
    ("de", "Carl", "Zeiss", "company"), ("de", "Hugo", "Boss", "company"),
    ("fr", "Pierre", "Fabre", "company"), ("fr", "Yves", "Rocher", "company"),
    ("it", "Giorgio", "Armani", "company"), ("it", "Luisa", "Spagnoli", "company"),
    ("es", "Adolfo", "Domínguez", "company"), ("nl", "Albert", "Heijn", "company"),
    ("nl", "Douwe", "Egberts", "company"),
    ("en", "Charlotte", "Amalie", "place"), ("en", "Alice", "Springs", "place"),
    ("en", "Jackson", "Heights", "place"), ("en", "Lincoln", "Park", "place"),
    ("en", "Beverly", "Hills", "place"), ("en", "Elizabeth", "City", "place"),
    ("ng", "Victoria", "Island", "place"), ("pt", "João", "Pessoa", "place"),
    ("en", "Grace", "Hopper", "eponym"), ("en", "Ada", "Lovelace", "eponym"),
    ("en", "Alan", "Turing", "eponym"), ("fr", "Marie", "Curie", "eponym"),
    ("en", "Anna", "Fulbright", "eponym"), ("en", "Chris", "Rhodes", "eponym"),
    ("nl", "Lisa", "Dijkstra", "eponym"), ("en", "Tom", "Kalman", "eponym"),
    ("en", "Ruth", "Bloom", "eponym"), ("en", "Ivan", "Markov", "eponym"),
    ("en", "Tyler", "Nash", "eponym"), ("it", "Giulia", "Pareto", "eponym"),
    ("en", "Kate", "Hamming", "eponym"), ("en", "Igor", "Levenshtein", "eponym"),
    ("en", "Sam", "Bayes", "eponym"), ("fr", "Emma", "Fourier", "eponym"),
    ("en", "Laura", "Gantt", "eponym"),
    ("en", "Will", "Turner", "word"), ("en", "Grace", "Okafor", "word"),
    ("en", "Rose", "Martin", "word"), ("en", "Hope", "Adams", "word"),
    ("en", "Mark", "Davies", "word"), ("en", "Joy", "Mensah", "word"),
    ("en", "Summer", "Lee", "word"), ("en", "Frank", "Hughes", "word"),
    ("en", "Miles", "Bennett", "word"), ("en", "Rose", "Gold", "word"),
]



def _split(s):
    out = []
    for tok in s.split():
        if "/" in tok:
            a, b = tok.split("/", 1)
        else:
            a, b = tok, None
        out.append((a.replace("_", " "), b))
    return out


class Culture:
    """draws (name, greeting name, roman first, roman last) for one naming culture"""

    def __init__(self, key, spec):
        self.key = key
        if key in ("ru", "uk", "el"):
            self.kind = key
            self.male, self.female, self.last = _split(spec[0]), _split(spec[1]), _split(spec[2])
        elif key in ("zh", "ja", "ko"):
            self.kind = "cjk"
            self.fam, self.given = _split(spec[0]), _split(spec[1])
        elif key == "vi":
            self.kind = "vi"
            self.fam, self.mid, self.given = _split(spec[0]), _split(spec[1]), _split(spec[2])
        else:
            self.kind = "pl" if key == "pl" else "plain"
            self.first, self.last = _split(spec[0]), _split(spec[1])

    def draw(self, rng):
        k = self.kind
        if k in ("plain", "pl"):
            f, fr = rng.choice(self.first)
            l, lr = rng.choice(self.last)
            if k == "pl" and f.endswith("a"):
                for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                    if l.endswith(a):
                        l = l[:-len(a)] + b
            return f + " " + l, f, fr or slug(f), lr or slug(l)
        if k in ("ru", "uk"):
            fem = rng.random() < 0.5
            f, fr = rng.choice(self.female if fem else self.male)
            l, lr = rng.choice(self.last)
            if fem:
                if l.endswith("ский"):
                    l, lr = l[:-4] + "ская", lr[:-3] + "skaya"
                elif l.endswith("ський"):
                    l, lr = l[:-5] + "ська", lr[:-4] + "ska"
                elif k == "ru":
                    l, lr = l + "а", lr + "a"
            return f + " " + l, f, fr, lr
        if k == "el":
            fem = rng.random() < 0.5
            f, fr = rng.choice(self.female if fem else self.male)
            l, lr = rng.choice(self.last)
            l = l.split("|")[1 if fem else 0]
            lr = lr.split("|")[1 if fem else 0]
            return f + " " + l, f, fr, lr
        if k == "cjk":
            l, lr = rng.choice(self.fam)
            f, fr = rng.choice(self.given)
            return l + f, l + f, fr, lr
        if k == "vi":
            l, _ = rng.choice(self.fam)
            m, _ = rng.choice(self.mid)
            f, _ = rng.choice(self.given)
            return "%s %s %s" % (l, m, f), f, slug(f), slug(l) + slug(m)[:1]
        raise AssertionError(k)


CULTURES = {k: Culture(k, v) for k, v in NAMES.items()}
CULT_WEIGHT = {"en": 18, "ng": 3, "hi_lat": 4, "de": 8, "fr": 6, "es": 6, "it": 5, "nl": 4,
               "pt": 5, "pl": 3, "sv": 3, "tr": 3, "ru": 5, "uk": 3, "el": 2, "ar": 4, "he": 2,
               "hi": 3, "zh": 5, "ja": 4, "ko": 3, "th": 2, "vi": 2, "id": 3}

BRAND_HANDLES = ["askfirst", "askfirst_help", "AskfirstJobs", "PyConDE", "WebSummit", "nordlicht_energie",
                 "BrightwaterHQ", "KubeCon_", "ReactConf", "MLOpsCommunity", "TheDataDesk", "coursera",
                 "Halden_Robotics", "VerdantBank", "LumenHealthIO", "tokyo_dev", "berlinjs",
                 "devrel_weekly", "FintechWeekLDN", "cloudnative_id", "OpenDataSummit", "sberteam",
                 "naver_d2", "kaggle", "linuxfoundation", "GDGLagos", "PyDataBLR", "ThaiProgrammer"]


class Directory:
    def __init__(self, n, rng):
        if n < len(SPECIAL) + 50:
            raise SystemExit("--members must be at least %d" % (len(SPECIAL) + 50))
        self.members = [None] * n
        self.handles = set(h.lower() for h in BRAND_HANDLES)
        slots = rng.sample(range(n), len(SPECIAL))
        self.special = {"company": [], "place": [], "eponym": [], "word": []}
        self.by_cult = {k: [] for k in CULTURES}
        for pos, (cult, f, l, what) in zip(slots, SPECIAL):
            m = self._make(rng, pos, f + " " + l, f, slug(f), slug(l), cult)
            m["special"] = what
            self.members[pos] = m
            self.special[what].append(m)
        keys = sorted(CULT_WEIGHT)
        weights = [CULT_WEIGHT[k] for k in keys]
        for i in range(n):
            if self.members[i] is not None:
                continue
            cult = rng.choices(keys, weights)[0]
            name, greet, fr, lr = CULTURES[cult].draw(rng)
            self.members[i] = self._make(rng, i, name, greet, fr, lr, cult)
        for m in self.members:
            if "special" not in m:
                self.by_cult[m["cult"]].append(m)

    def _make(self, rng, i, name, greet, fr, lr, cult):
        fr, lr = slug(fr), slug(lr)
        for attempt in range(50):
            r = rng.random()
            if r < 0.35:
                h = fr + lr
            elif r < 0.55:
                h = fr + "_" + lr
            elif r < 0.7:
                h = fr[:1] + lr
            elif r < 0.8:
                h = lr + fr
            elif r < 0.9:
                h = fr + lr[:1]
            else:
                h = lr + "_" + fr
            if attempt > 0 or rng.random() < 0.3:
                h += str(rng.randint(1, 99 if attempt < 5 else 99999))
            h = h[:28]
            if h.lower() not in self.handles and len(h) >= 3:
                break
        self.handles.add(h.lower())
        return {"user": "u%d" % (i + 1), "name": name, "handle": h, "greet": greet, "cult": cult,
                "rf": fr, "rl": lr}

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for m in self.members:
                f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                                   ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------------

def fill(rng, s):
    """[a|b] -> one of them; # -> digit; N -> digit 2-9"""
    s = re.sub(r"\[([^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), s)
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("23456789") if c == "N"
                   else c for c in s)


PHONE_FMT = {
    "us": ["([212|415|646|312|206|617|303|512|713|404]) N##-####",
           "[212|415|646|312|206|617|303|512|713|404]-N##-####",
           "[212|415|646|312|617|503|512|702].N##.####",
           "+1 [212|415|646|312|206|617|303|512|713|404] N## ####",
           "+1-[212|415|646|312|206|617|720|512]-N##-####",
           "+1 ([212|415|646|312|617|773|919]) N##-####", "1-[800|888|877]-N##-####"],
    "ca": ["([416|604|514|403|613|647|778]) N##-####", "+1 [416|604|514|403|613] N## ####",
           "[416|604|514|403|613]-N##-####"],
    "uk": ["020 7### ####", "020 8### ####", "+44 20 7### ####", "+44 (0)20 7### ####",
           "07[4|5|7|8|9]## ######", "+44 7[4|5|7|8|9]## ######", "+44 (0)7[4|5|8|9]## ######",
           "0161 ### ####", "+44 161 ### ####", "0131 ### ####", "+44 (0)113 ### ####"],
    "de": ["030 #### ####", "+49 30 #### ####", "+49 (0)30 #### ####", "030/########",
           "089 ### ### ##", "+49 89 ########", "040-#######", "069 / ### ### ##",
           "0221 ### ## ##", "015[1|2|7|9] #### ####", "+49 15[1|2|7|9] ########",
           "017[1|2|6|8]-#######", "+49 (0)17[1|2|6|8] #######", "0160 / ### ## ###"],
    "fr": ["01 ## ## ## ##", "0[2|3|4|5] ## ## ## ##", "0[6|7] ## ## ## ##", "0[6|7].##.##.##.##",
           "0[6|7]-##-##-##-##", "+33 1 ## ## ## ##", "+33 [6|7] ## ## ## ##",
           "+33 (0)[6|7] ## ## ## ##", "+33 (0)1 ## ## ## ##"],
    "in": ["+91 [98|97|99|88|70|63]### #####", "+91-[98|97|99|90]###-#####", "0[98|97|99]### #####",
           "[98|97|99|88|70]### #####", "022 #### ####", "+91 22 #### ####", "011-####-####",
           "080 4### ####", "+91 80 4### ####"],
    "br": ["+55 11 9####-####", "(11) 9####-####", "(21) 9####-####", "(21) 3###-####",
           "+55 (11) 3###-####", "+55 21 9#### ####", "(31) 9####-####", "+55 (61) 9####-####"],
    "jp": ["03-####-####", "+81 3-####-####", "0[9|8|7]0-####-####", "+81 [9|8]0-####-####",
           "06-####-####", "+81 6-####-####", "052-###-####", "+81 (0)3 #### ####",
           "0120-###-###"],
    "au": ["+61 2 #### ####", "(02) #### ####", "(03) 9### ####", "04## ### ###", "+61 4## ### ###",
           "+61 (0)4## ### ###", "+61 3 9### ####", "(08) #### ####"],
    "cn": ["+86 1[38|39|58|86|35|77]# #### ####", "1[38|39|58|86|35|77]# #### ####",
           "1[38|39|58|86|35]#-####-####", "010-#### ####", "+86 10 #### ####", "021-########",
           "+86 21 #### ####", "0755-#### ####", "+86 755 #### ####"],
    "es": ["+34 6## ## ## ##", "6## ### ###", "6## ## ## ##", "91 ### ## ##", "+34 91 ### ## ##",
           "93 ### ## ##", "+34 93 ### ## ##", "+34 6##-###-###"],
    "it": ["+39 06 #### ####", "06 #### ####", "+39 3[2|3|4|4|8]# ### ####", "3[2|3|4|8]# ### ####",
           "02 #### ####", "+39 02 ########", "3[2|3|4|8]#/#######", "+39 011 ### ####"],
    "nl": ["+31 20 ### ####", "020-### ####", "06-########", "06 ## ## ## ##", "+31 6 ########",
           "+31 (0)6 #### ####", "010 ### ####", "+31 (0)20 ### ####", "030-#######"],
    "ng": ["+234 80[3|5|6|7|8]### ####", "080[3|5|6|7|8] ### ####", "+234 (0)80[3|5|6|8] ### ####",
           "080[3|5|6|7|8]-###-####", "+234 1 ### ####", "+234 90[1|3|5|6]### ####",
           "070# ### ####"],
    "ru": ["+7 495 ###-##-##", "+7 (9[1|2|0|6]#) ###-##-##", "8 (495) ###-##-##", "8 9[1|2|0|6]# ### ## ##",
           "+7 812 ### ## ##"],
    "ua": ["+380 [67|50|63|93] ### ## ##", "+380 (44) ###-##-##", "0[67|50|63|93] ### ## ##",
           "(044) ###-##-##"],
    "pl": ["+48 [5|6|7|8]## ### ###", "+48 22 ### ## ##", "[5|6|7]##-###-###", "[5|6|7]## ### ###"],
    "se": ["+46 7[0|2|3|6] ### ## ##", "07[0|2|3|6]-### ## ##", "08-### ### ##", "+46 8 ### ### ##"],
    "tr": ["+90 5[3|4|5]# ### ## ##", "0 (5[3|4|5]#) ### ## ##", "0212 ### ## ##", "+90 212 ### ## ##",
           "05[3|4|5]# ### ## ##"],
    "gr": ["+30 21# ### ####", "69# ### ####", "+30 69# ### ####", "210 ### ####"],
    "il": ["+972 5[0|2|4|8]-###-####", "05[0|2|4|8]-###-####", "03-###-####", "+972 3-###-####"],
    "ae": ["+971 5[0|2|5|6] ### ####", "05[0|2|5|6] ### ####", "+971 4 ### ####", "04 ### ####"],
    "sa": ["+966 5[0|3|5] ### ####", "05[0|3|5] ### ####", "+966 11 ### ####"],
    "kr": ["+82 10-####-####", "010-####-####", "02-###-####", "+82 2-####-####", "010 #### ####"],
    "th": ["+66 [8|9]# ### ####", "0[8|9]#-###-####", "02-###-####", "+66 2 ### ####"],
    "vn": ["+84 9## ### ###", "09## ### ###", "+84 28 #### ####", "028 #### ####"],
    "id": ["+62 8##-####-####", "08##-####-####", "+62 21 #### ####", "(021) #### ####",
           "+62 8## #### ####"],
    "e164": ["+1[212|415|646|312]N######", "+447[4|5|7|8|9]########", "+4915[1|2|7|9]########",
             "+33[6|7]########", "+91[98|97|99|70]########", "+55119########", "+81[90|80]########",
             "+614########", "+861[38|39|58|86]########", "+346########", "+393[2|3|4]########",
             "+316########", "+23480[3|5|6]#######", "+79[1|2|0|6]#######", "+8210########",
             "+9715[0|5]#######", "+9725[0|2|4]#######", "+628##########"],
}
PHONE_COUNTRIES = sorted(k for k in PHONE_FMT if k != "e164")


def make_phone(rng, cc):
    if cc == "any":
        cc = rng.choice(PHONE_COUNTRIES + ["e164", "e164"])
    if cc != "e164" and rng.random() < 0.07:
        cc = "e164"
    while True:
        s = fill(rng, rng.choice(PHONE_FMT[cc]))
        if "555" in s[:9] and cc in ("us", "ca"):
            continue
        break
    if " " in s and rng.random() < 0.12:
        s = s.replace(" ", NBSP)
    return s


def make_card(rng, good=True):
    k = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if k == "visa":
        pre, n = "4", 16
    elif k == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif k == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif k == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    num = luhn_complete(body)
    if not good:
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
        assert not luhn_ok(num)
    sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_iban_str(rng, cc, good=True):
    s = make_iban(rng, cc, good)
    return group4(s) if rng.random() < 0.55 else s


def make_ssn(rng, good=True):
    if good:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, n = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        a, g, n = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            a = 665
        r = rng.randint(0, 4)
        if r == 0:
            a = 0
        elif r == 1:
            a = 666
        elif r == 2:
            a = rng.randint(900, 999)
        elif r == 3:
            g = 0
        else:
            n = 0
    sep = "-" if rng.random() < 0.8 else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, n)


def make_ipv4(rng):
    while True:
        a = rng.choice([rng.randint(1, 223), rng.choice([31, 37, 46, 62, 77, 81, 85, 91, 94, 95, 109,
                                                         141, 151, 176, 178, 185, 188, 193, 212, 213,
                                                         217])])
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast:
            return s


IP4NEG = {
    "ipv4_private": ["10.#.#.#", "192.168.#.#", "172.[16|17|18|20|24|31].#.#"],
    "ipv4_loopback": ["127.0.0.1", "127.0.#.#"],
    "ipv4_linklocal": ["169.254.#.#"],
    "ipv4_documentation": ["192.0.2.#", "198.51.100.#", "203.0.113.#"],
    "ipv4_reserved": ["240.#.#.#", "250.#.#.#", "255.255.255.0", "255.255.255.255", "0.0.0.0",
                      "100.64.#.#", "198.18.#.#"],
}


def make_ipv4_neg(rng, cat=None):
    cat = cat or rng.choice(sorted(IP4NEG))
    s = rng.choice(IP4NEG[cat])
    s = re.sub(r"#", lambda m: str(rng.randint(1, 254)), s)
    s = re.sub(r"\[([^\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), s)
    ip = ipaddress.ip_address(s)
    assert not ip.is_global, s
    return s, cat


def _h16(rng):
    return "%x" % rng.randint(0, 0xffff)


def make_ipv6(rng):
    while True:
        pre = rng.choice(["2a02:%x" % rng.randint(0x1000, 0xffff), "2a01:4f8", "2001:%x" % rng.randint(0x4000, 0x4fff),
                          "2600:%x" % rng.randint(0x1000, 0x1fff), "2607:f8b0", "2a00:1450", "2404:6800",
                          "2c0f:%x" % rng.randint(0xf000, 0xffff), "2406:da18", "2a03:2880"])
        groups = pre.split(":") + [_h16(rng) for _ in range(6)]
        r = rng.random()
        if r < 0.4:
            s = ":".join(groups[:8])
        elif r < 0.8:
            s = ":".join(groups[:4]) + "::" + ":".join(groups[6:8]) if rng.random() < 0.5 else \
                ":".join(groups[:3]) + "::" + groups[7]
        else:
            s = ":".join(groups[:4]) + "::1"
        if rng.random() < 0.15:
            s = s.upper()
        ip = ipaddress.ip_address(s)
        if ip.is_global:
            return s


def make_ipv6_neg(rng):
    s = rng.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(rng.randint(1, 0xffff) for _ in range(4)),
                    "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xffff),
                                          rng.randint(1, 0xfff)),
                    "2001:db8::%x" % rng.randint(1, 0xffff),
                    "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xff)),
                    "fc00::%x" % rng.randint(1, 0xffff)])
    assert not ipaddress.ip_address(s).is_global, s
    return s


# ---------------------------------------------------------------------------------------------
# e-mail addresses and links
# ---------------------------------------------------------------------------------------------

PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"], "hi_lat": ["gmail.com", "rediffmail.com", "outlook.in"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "es": ["telefonica.net", "yahoo.es", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"], "tr": ["yandex.com.tr", "hotmail.com", "gmail.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru"], "uk": ["ukr.net", "i.ua", "gmail.com"],
    "el": ["otenet.gr", "gmail.com"], "ar": ["hotmail.com", "gmail.com", "outlook.sa"],
    "he": ["walla.co.il", "gmail.com"], "hi": ["rediffmail.com", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net", "kakao.com"], "th": ["hotmail.co.th", "gmail.com"],
    "vi": ["yahoo.com.vn", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"],
}
ROLE_LOCALS = ["jobs", "careers", "talent", "hr", "recruiting", "events", "hello", "press", "info",
               "speakers", "people", "hiring", "team", "partners", "community"]
EX_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "askfirst.example",
              "mail.test", "acme.test", "nowhere.invalid", "jobs.example"]


def obfuscate(rng, local, domain):
    r = rng.randint(0, 5)
    if r == 0:
        return "%s [at] %s" % (local, domain.replace(".", " [dot] "))
    if r == 1:
        return "%s(at)%s" % (local, domain)
    if r == 2:
        return "%s (at) %s" % (local, domain.replace(".", " (dot) "))
    if r == 3:
        return "%s[at]%s" % (local, domain.replace(".", "[dot]"))
    if r == 4:
        return "%s [at] %s" % (local, domain)
    return "%s {at} %s" % (local, domain.replace(".", " {dot} "))


def person_local(rng, m):
    rf, rl = m["rf"], m["rl"]
    return rng.choice([rf + "." + rl, rf + rl, rf[:1] + rl, rf + "_" + rl, rl + "." + rf,
                       "%s.%s%d" % (rf, rl, rng.randint(1, 99)), "%s%d" % (rf, rng.randint(70, 2005)),
                       rf[:1] + "." + rl])


def profile_url(rng, m, kind=None):
    h = m["handle"]
    kind = kind or rng.choice(["li", "li", "li", "gh", "x", "md", "bsky", "sub", "cal", "af", "af"])
    sch = rng.choice(["https://", "https://", "", "http://"])
    if kind == "li":
        slugh = h if rng.random() < 0.6 else "%s-%s-%x" % (m["rf"], m["rl"], rng.randint(0x10000, 0xffffff))
        host = rng.choice(["www.linkedin.com", "linkedin.com", "linkedin.com", "de.linkedin.com",
                           "uk.linkedin.com", "br.linkedin.com"])
        tail = rng.choice(["", "", "/", "/", "?utm_source=share&utm_medium=member_ios"])
        return sch + host + "/in/" + slugh + tail
    if kind == "gh":
        return sch + rng.choice(["github.com/", "www.github.com/"]) + h
    if kind == "x":
        return sch + rng.choice(["x.com/", "twitter.com/"]) + h
    if kind == "md":
        return sch + "medium.com/@" + h
    if kind == "bsky":
        return sch + "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
    if kind == "sub":
        return sch + h.replace("_", "").replace(".", "") + ".substack.com"
    if kind == "cal":
        return sch + "calendly.com/" + h + rng.choice(["", "/30min", "/intro-call", "/coffee-chat"])
    if kind == "af":
        return rng.choice(["https://", "", "https://www."]) + "askfirst.example/u/" + h
    raise AssertionError(kind)


def rand_alnum(rng, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def url_neg(rng, cat, emp):
    name, dom = emp
    cslug = slug(name)[:18] if re.match(r"^[A-Za-zÀ-ɏ0-9 .&'-]+$", name) else dom.split(".")[0]
    sch = rng.choice(["https://", "https://", "", "https://www."])
    if cat == "url_company":
        return rng.choice([sch + dom, sch + dom + "/about", sch + dom + "/en/company",
                           "https://www.linkedin.com/company/" + cslug, "linkedin.com/company/" + cslug + "/",
                           sch + dom + "/team"])
    if cat == "url_careers":
        return rng.choice([sch + dom + "/careers", sch + "careers." + dom + "/jobs/" + fill(rng, "######"),
                           "https://jobs.lever.co/%s/%s-%s" % (cslug, rand_alnum(rng, 8, "0123456789abcdef"),
                                                               rand_alnum(rng, 4, "0123456789abcdef")),
                           "boards.greenhouse.io/%s/jobs/%s" % (cslug, fill(rng, "N######")),
                           "https://www.linkedin.com/jobs/view/" + fill(rng, "3#########"),
                           sch + dom + rng.choice(["/karriere", "/jobs", "/carrieres", "/trabaja-con-nosotros",
                                                   "/vacatures", "/join-us"])])
    if cat == "url_docs":
        return rng.choice(["https://docs.%s/api/v%d/authentication" % (dom, rng.randint(1, 4)),
                           "developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
                           "https://docs.python.org/3/library/ipaddress.html",
                           "kubernetes.io/docs/concepts/services-networking/service/",
                           "https://learn.microsoft.com/en-us/azure/architecture/",
                           "%s.readthedocs.io/en/latest/" % cslug,
                           "https://help.%s/articles/%s" % (dom, fill(rng, "########")),
                           "docs.%s/handbook/benefits" % dom])
    if cat == "url_paper":
        return rng.choice(["https://arxiv.org/abs/%s.%s" % (fill(rng, "2[1|2|3|4]0#"), fill(rng, "#####")),
                           "arxiv.org/pdf/%s.%s" % (fill(rng, "2[2|3|4]1#"), fill(rng, "#####")),
                           "https://doi.org/10.1145/%s.%s" % (fill(rng, "#######"), fill(rng, "#######")),
                           "doi.org/10.1038/s41586-0%s-%s-%s" % (fill(rng, "2#"), fill(rng, "0####"), fill(rng, "#")),
                           "https://aclanthology.org/2023.acl-long.%d/" % rng.randint(1, 900),
                           "https://openreview.net/forum?id=" + rand_alnum(rng, 10)])
    if cat == "url_event":
        return rng.choice(["https://www.eventbrite.com/e/%s-tickets-%s" % (rng.choice(
            ["ai-summit-berlin-2025", "women-in-data-breakfast", "product-leaders-meetup", "cloud-native-day"]),
            fill(rng, "N###########")),
            "https://www.meetup.com/%s/events/%s/" % (rng.choice(["berlin-ml", "pydata-london", "lagos-devs",
                                                                  "react-sp"]), fill(rng, "3########")),
            "lu.ma/" + rand_alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "https://zoom.us/j/" + fill(rng, "N##########"),
            "https://us02web.zoom.us/j/%s?pwd=%s" % (fill(rng, "N##########"), rand_alnum(rng, 22)),
            sch + "events." + dom + "/summit-2025/schedule"])
    if cat == "url_form":
        return rng.choice(["https://forms.gle/" + rand_alnum(rng, 17),
                           "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % rand_alnum(rng, 48),
                           "typeform.com/to/" + rand_alnum(rng, 8), "https://tally.so/r/" + rand_alnum(rng, 6),
                           "https://forms.office.com/r/" + rand_alnum(rng, 10),
                           "https://%s.typeform.com/to/%s" % (cslug, rand_alnum(rng, 8))])
    raise AssertionError(cat)


def ex_url(rng):
    return rng.choice(["https://example.com/jobs/" + fill(rng, "####"), "askfirst.example/jobs/" + fill(rng, "N####"),
                       "https://askfirst.example/company/" + rng.choice(["halden-robotics", "verdant-bank", "nordlicht"]),
                       "https://askfirst.example/events/" + fill(rng, "N#####"), "www.example.org/apply",
                       "https://staging.askfirst.test/u/preview", "http://intranet.corp.example/wiki/Onboarding",
                       "https://example.net/newsletter/issue-" + fill(rng, "##"), "portal.nowhere.invalid/login"])


# ---------------------------------------------------------------------------------------------
# language packs are filled in below (PACKS); the engine
# ---------------------------------------------------------------------------------------------

PACKS = {}
SLOT = re.compile(r"\{([^{}\s]+)\}")
ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*?)\]\]", re.S)
MARK = re.compile(r"^(.*?)<<(.+?)>>(.*)$", re.S)


class Ctx:
    def __init__(self, rng, dirx, pack, rec):
        self.rng, self.dirx, self.pack, self.rec = rng, dirx, pack, rec
        self.persons = {}
        self.used = set()
        self.emp = self.pick("emp").split("|")
        self.year = rng.randint(2005, 2014)
        self.remap = {}

    def pick(self, key):
        lst = self.pack.get(key)
        if not lst:
            if key not in ("brand", "datefmt"):
                raise KeyError("%s has no %s" % (self.pack["lang"], key))
            lst = PACKS["en"][key]
        return self.rng.choice(lst)

    def person(self, i):
        i = self.remap.get(i, i)
        if i in self.persons:
            return self.persons[i]
        rng, d = self.rng, self.dirx
        cults = self.pack["cult"]
        for _ in range(100):
            cult = rng.choice(cults)
            r = rng.random()
            pool = None
            if r < 0.10:
                pool = [m for m in d.special["word"] if m["cult"] == cult]
            elif r < 0.14:
                what = rng.choice(["company", "place", "eponym"])
                pool = [m for m in d.special[what] if m["cult"] == cult]
            if not pool:
                pool = d.by_cult[cult]
            m = rng.choice(pool)
            if m["user"] not in self.used:
                break
        self.used.add(m["user"])
        self.persons[i] = m
        return m

    def next_year(self):
        self.year = min(2025, self.year + self.rng.randint(1, 3))
        return str(self.year)


def name_variant(ctx, name):
    rng = ctx.rng
    r = rng.random()
    latinish = re.match(r"^[A-Za-zÀ-ɏ' .-]+$", name) is not None
    if r < 0.04 and re.search(r"[A-Za-zА-яΑ-ω]", name) and norm(name.upper()) == norm(name):
        return name.upper()
    if r < 0.09 and latinish and ascii_fold(name) != name and ascii_fold(name) == strip_marks(name):
        return ascii_fold(name)
    if r < 0.11 and latinish and ctx.rec_kind in ("dm_thread", "ai_prompt", "group_discussion"):
        return name.lower()
    return name


def emit_email(ctx, local, domain, allow_obf=True):
    rng, rec = ctx.rng, ctx.rec
    if allow_obf and rng.random() < 0.12:
        rec.g(obfuscate(rng, local, domain), "EMAIL")
        return
    e = local + "@" + domain
    r = rng.random()
    if r < 0.05:
        rec.t("mailto:")
        rec.g(e, "EMAIL")
    elif r < 0.10:
        rec.t("<")
        rec.g(e, "EMAIL")
        rec.t(">")
    else:
        rec.g(e, "EMAIL")


def neg_marked(ctx, s, cat):
    m = MARK.match(s)
    assert m, s
    ctx.rec.t(m.group(1))
    ctx.rec.x(m.group(2), cat)
    ctx.rec.t(m.group(3))


def slot_x(ctx, arg):
    rng, rec = ctx.rng, ctx.rec
    if arg == "date":
        d = "%04d-%02d-%02d" % (rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
        y, mo, da = d.split("-")
        fmt = ctx.pick("datefmt")
        rec.x(fmt.replace("Y", y).replace("B", str(int(y) + 543)).replace("M", mo).replace("D", da), "date")
    elif arg == "time1":
        rec.x("%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)), "time")
    elif arg == "time":
        a = rng.randint(7 * 4, 19 * 4) * 15
        b = a + rng.choice([15, 30, 45, 60, 90, 120])
        sep = rng.choice(["–", "-", " – ", " - "])
        rec.x("%02d:%02d%s%02d:%02d" % (a // 60, a % 60, sep, b // 60, b % 60), "time")
    elif arg == "price":
        rec.x(fill(rng, ctx.pick("price")), "price")
    elif arg == "order":
        rec.x(fill(rng, rng.choice(["###-#######-#######", "N########", "## #### ####", "N#-###-####"])),
              "order_number")
    elif arg == "ticket":
        rec.x(fill(rng, rng.choice(["####-####-###", "N## ### ####", "N#########", "N###/#######"])),
              "ticket_number")
    elif arg == "isbn":
        rec.t("ISBN ")
        if rng.random() < 0.7:
            rec.x(isbn13(rng), "isbn")
        else:
            while True:
                body = fill(rng, "#########")
                s = sum((10 - i) * int(c) for i, c in enumerate(body))
                ck = (11 - s % 11) % 11
                if ck != 10:
                    break
            rec.x("%s-%s-%s-%d" % (body[0], body[1:4], body[4:9], ck), "isbn")
    elif arg == "version":
        rec.x(fill(rng, rng.choice(["1#.0.N####.####", "#.##.####.##", "20[24|25].0#.1#", "N.##.###.#",
                                    "1#.#.#####", "N###.##.##.##"])), "version")
    elif arg == "patent":
        cue, num, tail = rng.choice([("US Pat. No. ", "1#,###,###", ""), ("US ", "1#,###,###", " B2"),
                                     ("EP ", "N ### ### ", "A1"), ("US ", "20[19|20|21|22]/0######", " A1"),
                                     ("U.S. Patent No. ", "#,###,###", "")])
        rec.t(cue)
        num = fill(rng, num)
        if tail == "A1":
            rec.x(num.rstrip(), "patent")
            rec.t(" A1")
        else:
            rec.x(num, "patent")
            rec.t(tail)
    elif arg == "credid":
        rec.x(fill(rng, rng.choice(["####-####-####", "N## ### ####", "N#########", "##-#######",
                                    "N###########"])), "credential_id")
    elif arg == "meetid":
        rec.x(fill(rng, rng.choice(["N## #### ####", "N##-###-####", "N########", "N## ### ####"])), "meeting_id")
    elif arg == "jobid":
        rec.x(fill(rng, rng.choice(["N#########", "2#-######", "N###-####-##", "N#######"])), "job_id")
    elif arg == "ip4neg":
        s, cat = make_ipv4_neg(rng)
        rec.x(s, cat)
    elif arg == "ip4neg.mask":
        rec.x(rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0", "255.255.255.192"]),
              "ipv4_reserved")
    elif arg.startswith("ip4neg."):
        s, cat = make_ipv4_neg(rng, arg.split(".", 1)[1])
        rec.x(s, cat)
    elif arg == "verip":
        rec.x(make_ipv4(rng), "version_ip")
    elif arg == "ip6neg":
        rec.x(make_ipv6_neg(rng), "ipv6_nonglobal")
    elif arg == "luhn":
        rec.x(make_card(rng, False), "luhn_invalid")
    elif arg == "ibanbad":
        rec.x(make_iban_str(rng, rng.choice(ctx.pack["iban"]), False), "iban_bad_check")
    elif arg == "ssnbad":
        rec.x(make_ssn(rng, False), "ssn_invalid")
    elif arg in ("urlco", "urlcareers", "urldocs", "urlpaper", "urlevent", "urlform"):
        cat = {"urlco": "url_company", "urlcareers": "url_careers", "urldocs": "url_docs",
               "urlpaper": "url_paper", "urlevent": "url_event", "urlform": "url_form"}[arg]
        rec.x(url_neg(rng, cat, ctx.emp), cat)
    elif arg == "exmail":
        local = rng.choice(["jane.doe", "your.name", "recruiter", "firstname.lastname", "test.user",
                            "noreply", "max.mustermann", "user123"])
        rec.x(local + "@" + rng.choice(EX_DOMAINS), "example_domain")
    elif arg == "exurl":
        rec.x(ex_url(rng), "example_domain")
    elif arg == "brand":
        rec.x("@" + ctx.pick("brand"), "non_member_handle")
    elif arg in ("company", "place", "eponym", "eponym_event", "eponym_award", "word"):
        cat = "eponym" if arg.startswith("eponym") else ("word_name" if arg == "word" else arg)
        neg_marked(ctx, ctx.pick(arg), cat)
    else:
        raise KeyError("X:" + arg)


PERSON_SLOT = re.compile(r"^([PGHUEN])(\d)(@|s|t)?$")


def tr_gen(name):
    """Turkish genitive suffix after an apostrophe (Ayşe Kaya'nın): the suffix stays outside the span"""
    vs = [c for c in name.replace("I", "ı").lower() if c in "aıoueiöü"]
    suf = {"a": "ın", "ı": "ın", "o": "un", "u": "un", "e": "in", "i": "in", "ö": "ün", "ü": "ün"}[vs[-1] if vs else "e"]
    if name[-1].lower() in "aıoueiöü":
        suf = "n" + suf
    return "'" + suf


def slot(ctx, name):
    rng, rec = ctx.rng, ctx.rec
    arg = None
    if ":" in name:
        name, arg = name.split(":", 1)
    m = PERSON_SLOT.match(name)
    if m:
        kind, idx, suf = m.group(1), int(m.group(2)), m.group(3)
        p = ctx.person(idx)
        if kind == "P":
            if suf == "@":
                rec.t("@")
            rec.g(name_variant(ctx, p["name"]), "PERSON")
            if suf == "s":
                rec.t(rng.choice(["'s", "’s"]))
            elif suf == "t":
                rec.t(tr_gen(p["name"]))
        elif kind == "G":
            g = p["greet"]
            if ctx.rec_kind in ("dm_thread", "ai_prompt") and rng.random() < 0.08 and g.lower() != g:
                g = g.lower()
            rec.g(g, "PERSON")
            if suf == "s":
                rec.t(rng.choice(["'s", "’s"]))
        elif kind == "H":
            rec.g("@" + p["handle"], "HANDLE")
        elif kind == "U":
            rec.g(profile_url(rng, p, arg), "URL")
        elif kind == "E":
            if arg == "work" or (arg is None and rng.random() < 0.4):
                emit_email(ctx, person_local(rng, p), ctx.emp[1])
            else:
                emit_email(ctx, person_local(rng, p), rng.choice(PROVIDERS.get(p["cult"], PROVIDERS["en"])))
        elif kind == "N":  # Name <address>
            rec.g(name_variant(ctx, p["name"]), "PERSON")
            rec.t(" <")
            rec.g(person_local(rng, p) + "@" + rng.choice([ctx.emp[1]] + PROVIDERS.get(p["cult"], PROVIDERS["en"])),
                  "EMAIL")
            rec.t(">")
        return
    if name == "X":
        slot_x(ctx, arg)
    elif name == "PH":
        cc = arg or rng.choice(ctx.pack["country"])
        rec.g(make_phone(rng, cc), "PHONE")
    elif name == "TEL":  # tel: link, scheme outside
        rec.t("tel:")
        rec.g(fill(rng, rng.choice(PHONE_FMT["e164"])), "PHONE")
    elif name == "EMAIL":
        local = rng.choice(ctx.pack.get("roles_local", []) + ROLE_LOCALS)
        emit_email(ctx, local, ctx.emp[1], allow_obf=rng.random() < 0.5)
    elif name == "EMAILG":  # e-mail written with no room for wrappers (glued to CJK text)
        p = ctx.person(int(arg or 1))
        rec.g(person_local(rng, p) + "@" + rng.choice(PROVIDERS.get(p["cult"], PROVIDERS["en"])), "EMAIL")
    elif name == "IP4":
        rec.g(make_ipv4(rng), "IPV4")
    elif name == "IP6":
        rec.g(make_ipv6(rng), "IPV6")
    elif name == "CARD":
        rec.g(make_card(rng), "CREDIT_CARD")
    elif name == "IBAN":
        rec.g(make_iban_str(rng, arg or rng.choice(ctx.pack["iban"])), "IBAN")
    elif name == "SSN":
        rec.g(make_ssn(rng), "US_SSN")
    elif name == "URL":  # profile of someone not otherwise named
        m = rng.choice(ctx.dirx.by_cult[rng.choice(ctx.pack["cult"])])
        rec.g(profile_url(rng, m, arg), "URL")
    elif name == "HANDLE":
        m = rng.choice(ctx.dirx.by_cult[rng.choice(ctx.pack["cult"])])
        rec.g("@" + m["handle"], "HANDLE")
    elif name == "EMP":
        rec.t(ctx.emp[0])
    elif name == "EMP2":
        rec.t(ctx.pick("emp").split("|")[0])
    elif name == "DOM":
        rec.t(ctx.emp[1])
    elif name == "YEAR":
        rec.t(ctx.next_year())
    elif name == "MON":
        rec.t(ctx.pick("mon"))
    elif name == "NUM":
        rec.t(str(rng.choice([2, 3, 4, 5, 6, 8, 12, 15, 20, 25, 40])))
    elif name in ("CITY", "ROLE", "SCHOOL", "SKILL", "EVENT", "TOPIC"):
        rec.t(ctx.pick(name.lower()))
    elif name.startswith("@"):
        key = name[1:]
        old = ctx.remap
        if arg:
            ctx.remap = {1: int(arg)}
        render(ctx, ctx.pick(key))
        ctx.remap = old
    else:
        raise KeyError(name)


def render(ctx, tmpl):
    while "[[" in tmpl:
        tmpl = ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("||")), tmpl)
    pos = 0
    for m in SLOT.finditer(tmpl):
        ctx.rec.t(tmpl[pos:m.start()])
        slot(ctx, m.group(1))
        pos = m.end()
    ctx.rec.t(tmpl[pos:])


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

PACKS["en"] = {
    "cult": ["en", "en", "en", "en", "ng", "hi_lat"],
    "country": ["us", "us", "uk", "uk", "ca", "au", "in", "ng", "e164"],
    "iban": ["GB", "IE", "DE", "FR", "NL"],
    "emp": ["Brightwater Analytics|brightwater-analytics.com", "Halden Robotics|haldenrobotics.io",
            "Verdant Bank|verdantbank.co.uk", "Lumen Health|lumenhealth.io",
            "Kestrel Logistics|kestrel-logistics.com", "Copperline Energy|copperline.energy",
            "Northgate Media|northgatemedia.com", "Tidewater Insurance|tidewater-ins.com",
            "Quillstone Software|quillstone.dev", "Oakridge Capital|oakridgecap.com"],
    "city": ["London", "Toronto", "Manchester", "Lagos", "Bengaluru", "Melbourne", "Chicago", "Dublin",
             "Seattle", "Boston", "Leeds", "Abuja"],
    "role": ["Senior Data Engineer", "Product Manager", "Talent Acquisition Partner", "Staff Software Engineer",
             "UX Researcher", "Engineering Manager", "Head of Growth", "Financial Analyst", "DevOps Engineer",
             "Marketing Lead", "Customer Success Manager", "Research Scientist", "Technical Recruiter"],
    "school": ["University of Manchester", "UC Berkeley", "University of Toronto", "University of Lagos",
               "IIT Bombay", "Monash University", "Imperial College London", "Georgia Tech"],
    "skill": ["Python", "SQL", "Kubernetes", "Stakeholder Management", "Figma", "Go", "Terraform",
              "A/B Testing", "People Management", "Financial Modeling", "Public Speaking", "Apache Spark"],
    "event": ["Data Leaders Summit", "Women in Tech Breakfast", "Cloud Native Day", "Product Camp",
              "Founders & Funders Night", "DevRel Meetup"],
    "topic": ["Hiring engineers in 2025", "Zero-trust networking for small teams",
              "Pricing experiments that worked", "From analyst to data scientist"],
    "mon": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "datefmt": ["M/D/Y", "D/M/Y", "Y-M-D", "M/D/Y"],
    "price": ["$1##,000 – $1##,000", "$N#,000–$1##,000", "£N#,000–£N#,000", "₦N,###,000", "₹N#,##,000",
              "US$ N#,###", "$N,###.00", "£N#,500 – £N#,500"],
    "brand": BRAND_HANDLES,
    "company": ["<<Morgan Stanley>>", "<<Charles Schwab>>", "<<Ted Baker>>", "<<John Lewis>>",
                "the <<John Lewis>> Partnership", "<<Marcus Evans>>", "<<Paul Hastings>> LLP",
                "<<Russell Reynolds>> Associates", "<<Robert Walters>>", "<<Michael Page>>", "<<Robert Half>>",
                "<<Arthur Andersen>>", "<<Morgan Stanley>> Wealth Management", "<<Michael Page>> Technology"],
    "place": ["<<Charlotte>>, NC", "<<Austin>>, TX", "<<Sydney>>, Australia", "<<Florence>>, Italy",
              "<<Victoria>>, BC", "<<Savannah>>, GA", "Amman, <<Jordan>>", "<<Alice Springs>>, NT",
              "<<Jackson Heights>>, Queens", "<<Lincoln Park>>, Chicago", "<<Beverly Hills>>, CA",
              "<<Elizabeth City>>, NC", "<<Charlotte Amalie>>, St. Thomas", "<<Victoria Island>>, Lagos",
              "downtown <<Charlotte>>", "<<Sydney>> CBD"],
    "eponym": ["<<Dijkstra>>'s algorithm", "<<Kalman>> filters", "<<Bloom>> filters", "<<Markov>> chains",
               "<<Nash>> equilibria", "the <<Pareto>> principle", "<<Hamming>> codes",
               "<<Levenshtein>> distance", "<<Bayes>>' theorem", "<<Fourier>> transforms", "<<Gantt>> charts",
               "<<Dijkstra>>’s shortest-path algorithm", "<<Kalman>> filtering"],
    "eponym_event": ["the <<Grace Hopper>> Celebration", "<<Ada Lovelace>> Day", "the <<Grace Hopper>> Celebration (GHC)",
                     "the <<Ada Lovelace>> Day meetup"],
    "eponym_award": ["the <<Alan Turing>> Institute", "a <<Marie Curie>> Fellowship", "a <<Fulbright>> scholarship",
                     "the <<Rhodes>> Scholarship", "a <<Turing>> Fellowship"],
    "word": ["<<Hope>> you're doing well.", "<<Hope>> this finds you well.", "<<Hope>> this helps!",
             "<<Mark>> your calendars!", "<<Will>> share more soon.", "<<Will>> you be around next week?",
             "Revenue <<rose>> 12% last quarter, by the way.", "There's also a 30-day <<grace>> period, so no rush.",
             "<<Summer>> is always slow on our side.", "Thanks in advance for the <<frank>> feedback.",
             "It's <<miles>> better than last year's process.", "Pure <<joy>>.",
             "PS: the new laptops come in <<rose gold>>.", "<<Will>> do!", "<<Grace>> under pressure, as always."],
    "GREET": ["Hi {G1},", "Hey {G1}!", "Hello {G1},", "Dear {G1},", "Good morning {G1},", "Hi {G1} —",
              "{G1}, hi!"],
    "THANKS": ["Thanks, {G1}!", "Thank you {G1}!", "Thanks so much {G1} 🙏", "Cheers {G1}!",
               "Many thanks, {G1}.", "Thx {G1}!"],
    "SIGN": ["Best,\n{P1}", "— {P1}, {ROLE} at {EMP}", "Best regards,\n{P1}\n{ROLE} | {EMP}\nM: {PH} | {E1:work}",
             "Cheers,\n{P1}\n{U1}", "Kind regards,\n{N1}"],
    "CONTACT": ["Phone: {PH} · Email: {E1}", "Reach me at {E1} or {PH}.", "📞 {PH}  ✉️ {E1}",
                "Calendly: {U1:cal} | Mobile: {PH}", "{E1} / {PH} / {U1}", "Email {E1}, or book time via {U1:cal}."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Full-time\n{MON} {YEAR} – Present · {CITY} · Hybrid\n"
         "• Grew the team from 3 to {NUM} engineers and took over the on-call rota from {P1}.\n"
         "• Migrated the billing pipeline; p99 latency down 40%.\nSkills: {SKILL} · {SKILL} · {X:eponym}"),
        ("profile_experience", "Experience\n\n{ROLE}\n{X:company} · {MON} {YEAR} – {MON} {YEAR}\n{X:place}\n"
         "Covered mid-cap industrials on the desk run by {P1}.\n\n{ROLE}\n{EMP} · Internship · Summer {YEAR}\n"
         "Built a cash-flow model the team still uses (ask {P2}!)."),
        ("profile_experience", "{ROLE} at {EMP}\nStart date {X:date} · {CITY}\nI report to {P1} and pair with "
         "{P2} on the partner API. Before that: {X:company}, {YEAR}–{YEAR}, and a stint in {X:place}."),
        ("profile_experience", "{ROLE} · {EMP}\n{YEAR} – {YEAR} · {X:place}\nOwned vendor onboarding for "
         "{NUM} markets. Our team lead, {P1}, moved to {X:company} in {YEAR}; I covered the role until {X:date}."),
        ("profile_education", "Education\n{SCHOOL}\nMSc, Computer Science · {YEAR} – {YEAR}\n"
         "Thesis: incremental variants of {X:eponym} for road networks, supervised by {P1}.\n"
         "Activities: ACM chapter, travel grant to {X:eponym_event}"),
        ("profile_education", "{SCHOOL}\nBA Economics, {YEAR}\nSpent a year abroad with {X:eponym_award}. "
         "Graduation certificate no. {X:credid}."),
        ("profile_education", "Education\n{SCHOOL} — PhD, Statistics ({YEAR}–{YEAR})\nAdvisor: {P1}. Dissertation on "
         "{X:eponym} for sensor fusion: {X:urlpaper}"),
        ("profile_skills", "Skills\n{SKILL} · {SKILL} · {X:eponym} · {SKILL}\n\n{SKILL}\nEndorsed by {P1} and "
         "{NUM} others\n{X:eponym}\nEndorsed by {P2} (mutual connection)"),
        ("profile_skills", "Top skills: {SKILL}, {SKILL}, {X:eponym}, {SKILL}. Ask {P1} about the time I "
         "explained {X:eponym} with a whiteboard and two coffee cups."),
        ("profile_certifications", "Licenses & certifications\n\nAWS Certified Solutions Architect – Associate\n"
         "Amazon Web Services (AWS)\nIssued {MON} {YEAR} · Expires {MON} {YEAR}\nCredential ID {X:credid}\n\n"
         "Certified Kubernetes Administrator (CKA)\nThe Linux Foundation\nIssued {X:date}\nCredential ID {X:credid}\n"
         "Show credential: {X:urldocs}"),
        ("profile_certifications", "PMP — Project Management Institute · certification number {X:credid} · "
         "valid through {X:date}"),
        ("profile_certifications", "Google Data Analytics Professional Certificate (Coursera) — Credential ID "
         "{X:credid}. Shared by {P1} with {NUM} connections."),
        ("profile_volunteer", "Volunteer experience\n\nMentor · Code Club {CITY}\n{MON} {YEAR} – Present · Education\n"
         "I run a Saturday coding club with {P1}. Parents can sign their kids up here: {X:urlform}\n\n"
         "Treasurer · {CITY} Community Pantry\n{YEAR} – {YEAR}\nDonations go to {IBAN} (reference PANTRY)."),
        ("profile_volunteer", "Board member, {CITY} Hackerspace ({YEAR}–present). We meet Thursdays; questions go to "
         "{EMAIL} or to our chair, {P1}."),
        ("profile_about", "About\n{ROLE} with {NUM}+ years in payments. I write a weekly note on infrastructure at "
         "{U1:sub} and my side projects live at {U1:gh}.\n\nOpen to advisory work. {@CONTACT}"),
        ("profile_about", "Headline: {ROLE} @ {EMP} | ex-{X:company} | Mentor | {U1:af}"),
        ("profile_about", "{P1} · {ROLE} at {EMP} · {X:place} · 500+ connections\nContact info: {E1} · {PH} · {U1}"),
        ("profile_about", "{P1}\n{ROLE} | {SKILL} | {SKILL}\n{X:place}\nWebsite: {X:urlco} · Profile: {U1:li} · "
         "Bluesky: {U1:bsky}"),
        ("job_post", "We're hiring! 🚀\n\n{EMP} is looking for a {ROLE} to join our platform team in {CITY} "
         "(hybrid, 3 days on-site).\n\nWhat you'll do:\n• Own the ingestion pipeline end to end\n"
         "• Work with {P1} (Head of Data) and a team of {NUM}\n\nSalary range: {X:price}\nReq ID: {X:jobid}\n"
         "Apply: {X:urlcareers}\nQuestions? {EMAIL} or DM {P1@}."),
        ("job_post", "Job ID {X:jobid} · {ROLE} · Remote (EU time zones)\nPosted {X:date} by {P1}\n"
         "Full description and benefits: {X:urldocs}\nApplications only through {X:urlcareers} — please don't send "
         "CVs to {X:exmail}, that inbox is a placeholder from our template."),
        ("job_post", "Hiring: {ROLE} at {EMP} ({X:place}). Comp {X:price}. Referrals welcome — {P1s} team is "
         "growing fast. Apply at {X:urlcareers} or ping {H1}."),
        ("job_post", "{EMP} · {ROLE}\n{X:place} · On-site\n\nAbout us: {X:urlco}\nThe hiring manager is {P1}; "
         "interviews are run by {P2} and {P3}. We sponsor visas. Our old posting at {X:exurl} is closed."),
        ("recruiter_message", "{@GREET:2}\n\nI came across your profile through {P3s} post about the {EMP2} "
         "migration, and I think you'd be a great fit for a {ROLE} role I'm working on with {X:company}'s tech "
         "practice. The range is {X:price} plus bonus.\n\nWould you be open to a quick call this week? My direct "
         "line is {PH}, or pick a slot here: {U1:cal}\n\nBest,\n{P1}\n{ROLE} | {EMP}\n{E1:work}"),
        ("recruiter_message", "Subject: {ROLE} opportunity — {CITY}\n\n{@GREET:2}\n{X:word}\nI'm reaching out on "
         "behalf of {EMP}. They're building a new team under {P3} and asked me to find people with {SKILL} "
         "experience. Interested? Reply here or email {E1:work}.\n\n{P1}"),
        ("recruiter_message", "InMail · {P1} · {ROLE} at {X:company}\n{@GREET:2} your background at {EMP2} caught my "
         "eye. Are you open to new roles? Happy to share details by phone ({PH}) or here. {@THANKS:2}"),
        ("recruiter_message", "{@GREET:1}\nThanks for reaching out, but I'm not looking right now. If that changes "
         "I'll reach out via {E2}. Best, {P2}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} quick one — are you still coming to the {EVENT}? I'll be at the "
         "registration desk; call me on {PH} if you can't find it.\n\n{P2} · {X:time1}\nYes! {X:word} Can you send "
         "me the venue address?\n\n{P1} · {X:time1}\nSent it to {E2} just now."),
        ("dm_thread", "hey {G2}!! long time 😄 saw you moved to {EMP} — congrats. my new number is {PH}, the old "
         "one is dead. also here's my github if you want to look at the thing I mentioned: {U1:gh}\n\n— {P1}"),
        ("dm_thread", "{@GREET:2}\nCould you pay me back for the conference tickets when you get a chance? My IBAN "
         "is {IBAN} (account holder: {P1}). {X:word}"),
        ("dm_thread", "{P2} wrote:\n> can you send me the VPN details again?\n\n{P1} wrote:\nsure — gateway is "
         "{IP4}, backup {IP4}:1194. Don't use {X:ip4neg.ipv4_private}, that's the office LAN. IPv6 endpoint: "
         "[{IP6}]:51820\nping me at {H1} on the community Slack if it breaks"),
        ("dm_thread", "{P1}: did the invoice go through?\n{P2}: not yet — the portal rejected card {X:luhn}, "
         "so I used {CARD} instead.\n{P1}: ok. {@THANKS:2}"),
        ("group_discussion", "[Group: Security Engineers Network]\n{P1}: Anyone else seeing credential stuffing "
         "from {IP4} and {IP4}? Both hit our login API last night, ~40k attempts.\n{P2}: Same here, plus "
         "{IP6}. Ignore the {X:ip4neg} entries in the logs, those are internal.\n{P3}: Reported to the abuse "
         "contact. {X:word}"),
        ("group_discussion", "Posting for a friend: {P1} just got laid off from {EMP} after {NUM} years. {ROLE}, "
         "brilliant with {SKILL}. Profile: {U1}. If your team is hiring, reach out to {E1}. {X:word}"),
        ("group_discussion", "PSA for this group: a fake recruiter claiming to be from {X:company} asked two of our "
         "members for their SSN and a card number 'for the background check'. Never send those over DMs. One of "
         "them had already sent {SSN}, so we reported it, and the card they shared ({CARD}) has been frozen. "
         "Legit recruiters at {EMP} only post on {X:urlcareers}."),
        ("group_discussion", "Question for the {CITY} founders group: has anyone used {X:company} for exec search? "
         "{P1} recommended them. Also, is the {EVENT} in {X:place} worth it? cc {H1} {H2}"),
        ("group_discussion", "Thread: what's your favourite interview question?\n{P1@}: ask them to explain "
         "{X:eponym} to a new hire.\n{P2@}: I just ask about the last thing they broke. {X:word}\n"
         "{P3}: reading list from my talk: {X:urlpaper} — slides at {X:urldocs}"),
        ("event_page", "{EVENT} · {X:place}\nDate: {X:date} · Time: {X:time}\nHosted by {P1} and {P2}\n\nAgenda\n{X:time} "
         "Registration & coffee\n{X:time} Keynote — {P3} ({EMP})\n{X:time} Panel: hiring after the hype, with "
         "{P4}\n\nCan't make it in person? Dial in: {PH:us} · Meeting ID: {X:meetid} · Passcode: 7{NUM}9\n"
         "Tickets: {X:urlevent}\nSpeaker questions: {EMAIL}"),
        ("event_page", "Join us for a watch party of {X:eponym_event} sessions! 🎉\nWhen: {X:date}, {X:time}\n"
         "Where: {EMP} office, 4th floor\nRSVP: {X:urlform}\nOrganisers: {P1@} and {P2@}\nQuestions → {H1}"),
        ("event_page", "Webinar: {TOPIC}\nSpeaker: {P1}, {ROLE} at {EMP}\nDial-in (UK): {PH:uk} · (DE): {PH:de} · "
         "(IN): {PH:in}\nMeeting ID {X:meetid}\nSlides will be posted at {X:urldocs}. Follow {X:brand} for the "
         "recording."),
        ("event_page", "{EVENT} — speakers announced!\n🎤 {P1} ({EMP})\n🎤 {P2} ({X:company})\n🎤 {P3}\n"
         "Venue: {X:place} · Doors {X:time}\nBook: {X:urlevent} · Volunteer sign-up: {X:urlform}\n"
         "Press: {EMAIL} · Hotline on the day: {PH}"),
        ("company_post", "So proud of this team! 🎉 {EMP} just shipped version {X:version} of our mobile app. "
         "Huge thanks to {P1@} and {P2@} for the late nights, and to {P3} for keeping us sane. We're hiring: "
         "{X:urlcareers}"),
        ("company_post", "Today marks {NUM} years at {EMP}. I joined as an intern in {YEAR} when {P1} took a chance "
         "on me. {X:word} If you're thinking about applying, the careers page is {X:urlcareers} — or message me "
         "here. #hiring"),
        ("company_post", "Our paper with {P1} and {P2} is out: {X:urlpaper}. It builds on {X:eponym} and the code "
         "is at {U1:gh}. Follow {X:brand} for more."),
        ("company_post", "Excited to share that our patent {X:patent} was granted! Co-inventors: {P1}, {P2} and "
         "{P3}. Press contact: {EMAIL}"),
        ("recommendation", "{P2} — {ROLE}\n\"I managed {P1} at {EMP} for almost three years. {P1s} work on our "
         "fraud models saved us a fortune, and they were the person every new hire went to first. I'd hire them "
         "again tomorrow.\"\n{MON} {YEAR}, {P2} managed {P1} directly"),
        ("recommendation", "I worked with {P1} at {X:company} from {YEAR} to {YEAR}. {P1} is the rare analyst who "
         "can explain {X:eponym} to a client and then go build it. Happy to talk to any hiring manager: {E2}."),
        ("recommendation", "Recommendation for {P1}\n{P1} reported to me on the {EMP} growth team. When {P3} left, "
         "{G1s} calm leadership kept the launch on track. — {P2}, {ROLE}"),
        ("endorsement", "{P1} endorsed you for {SKILL}"),
        ("endorsement", "{P1} and {NUM} others endorsed {P2} for {X:eponym}"),
        ("endorsement", "New endorsement: {P1@} thinks you're great at {SKILL}."),
        ("endorsement", "{P1} ({ROLE} at {EMP}) endorsed your skill {SKILL} on {X:date}"),
        ("newsletter_intro", "The Data Desk · Issue #{NUM}\n\nWelcome back! This week {P1} walks us through how "
         "{EMP} cut its warehouse bill in half, we revisit {X:eponym} (again), and there's a reading list: "
         "{X:urlpaper} and {X:urlpaper}.\n\nWriting from {X:place} this time. Reply to this email or reach me at "
         "{E2}; the archive lives at {U2:sub}.\n\n— {P2}"),
        ("newsletter_intro", "Hi friends, {X:word} This issue is short: a podcast with {P1} ({U1:x}), a job board "
         "(send roles to {EMAIL}), and the book everyone keeps asking about: {X:isbn}."),
        ("ai_prompt", "rewrite my headline: {ROLE} at {EMP} | ex-{X:company} | {U1:af}"),
        ("ai_prompt", "Make this more professional: hey {G2} thx for the intro!! call me at {PH} or mail {E1} "
         "whenever"),
        ("ai_prompt", "Summarize this thread in 3 bullets:\n{P1}: the Q3 offsite is in {X:place}\n{P2}: I can't, my "
         "visa appointment is on {X:date}\n{P1}: ok, dial in then: {PH:us}, meeting ID {X:meetid}"),
        ("ai_prompt", "write a recommendation for {P1}, who I managed at {EMP} from {YEAR} to {YEAR}. mention the "
         "migration and that they mentored {P2}"),
        ("ai_prompt", "Translate to Spanish: Hi {G1}, thanks for the referral! My number is {PH}."),
        ("ai_prompt", "Is this a scam? Someone messaged me: 'Pay the onboarding fee of {X:price} to IBAN {IBAN}, "
         "order reference {X:order}, and send a photo of your card {CARD}.'"),
        ("ai_prompt", "extract the contact info from this and format it as a table: {P1}, {ROLE}, {E1}, {PH}, {U1}"),
        ("ai_prompt", "improve my About section: I'm a {ROLE} based in {X:place}. I love {X:eponym} and bad puns. "
         "Reach me at {E1}."),
        ("ai_prompt", "Fill this onboarding form for me. Name: {P1}. SSN: {SSN}. Card: {CARD}, expires 09/27. "
         "Phone: {PH:us}."),
        ("ai_prompt", "Draft a polite reply to {P1@} declining the {ROLE} role. Keep it under 80 words."),
        ("ai_prompt", "Is {X:ssnbad} a valid SSN? The HR form keeps rejecting it."),
        ("ai_prompt", "Why does my card {X:luhn} fail validation on the checkout page?"),
        ("ai_prompt", "Check this IBAN for me: {X:ibanbad} — the bank says it's wrong."),
        ("ai_prompt", "my router admin page is at {X:ip4neg.ipv4_private} and the WAN IP shows {IP4}; write a "
         "message to support explaining the port forwarding issue"),
        ("ai_prompt", "Explain this log line: 'denied {IP6} -> [{IP6}]:443 from {IP4}'"),
        ("ai_prompt", "Here's the build info: firmware version {X:verip}, app build {X:version}. Write release "
         "notes and thank {P1} and {H2} for testing."),
        ("ai_prompt", "Turn this into a friendly reminder: ticket no. {X:ticket}, seat 14C, talk by {P1} at "
         "{X:time}. Ask people to text {PH} if they're running late."),
        ("ai_prompt", "add this to my cert section: AWS SAA, credential ID {X:credid}, issued {X:date}"),
    ],
}


def check_marks():
    for p in PACKS.values():
        for _k in ("company", "place", "eponym", "eponym_event", "eponym_award", "word"):
            for _e in p.get(_k, []):
                assert MARK.match(_e), _e


# ---------------------------------------------------------------------------------------------
# other languages
# ---------------------------------------------------------------------------------------------

PACKS["de"] = {
    "weight": 7, "cult": ["de", "de", "de", "de", "de", "tr", "pl"],
    "country": ["de", "de", "de", "de", "e164"], "iban": ["DE", "DE", "DE", "AT", "CH"],
    "emp": ["Nordlicht Energie GmbH|nordlicht-energie.de", "Falkenstein Logistik AG|falkenstein-logistik.de",
            "Brückner & Söhne KG|brueckner-soehne.de", "Isarwerk Software GmbH|isarwerk.io",
            "Rheinblick Versicherung|rheinblick-versicherung.de", "Hanseatic Data GmbH|hanseatic-data.de"],
    "city": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig", "Stuttgart", "Düsseldorf"],
    "role": ["Senior Backend-Entwicklerin", "Teamleiter Controlling", "Werkstudent Data Science", "Product Owner",
             "Personalreferentin", "IT-Systemadministrator", "Vertriebsleiterin DACH", "UX-Designer"],
    "school": ["TU München", "Universität Hamburg", "KIT Karlsruhe", "HTW Berlin", "Universität zu Köln"],
    "skill": ["Python", "SAP S/4HANA", "Projektmanagement", "Kubernetes", "Verhandlungsführung", "Controlling"],
    "event": ["Data Science Meetup Berlin", "HR-Tech Forum", "Cloud-Stammtisch", "Women in Data Frühstück"],
    "topic": ["Fachkräftemangel in der IT", "KI im Mittelstand", "Barrierefreiheit im Web"],
    "mon": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "datefmt": ["D.M.Y", "D.M.Y", "Y-M-D"],
    "price": ["N#.000 – N#.000 €", "€ N#.000–N#.000", "N#.500 €", "N#.000 bis N#.000 €"],
    "company": ["<<Robert Bosch>> GmbH", "<<Carl Zeiss>> AG", "<<Hugo Boss>>", "der <<Robert Bosch>> Stiftung",
                "<<Carl Zeiss>> Meditec", "<<Hugo Boss>> in Metzingen"],
    "eponym": ["<<Dijkstra>>-Algorithmus", "<<Kalman>>-Filter", "<<Gantt>>-Diagramme", "<<Bloom>>-Filter",
               "<<Levenshtein>>-Distanz", "<<Fourier>>-Transformation", "<<Markov>>-Ketten"],
    "eponym_award": ["ein <<Fulbright>>-Stipendium", "ein <<Marie Curie>>-Stipendium", "ein <<Rhodes>>-Stipendium"],
    "word": ["<<Ernst>> gemeint: das Angebot ist wirklich gut.", "Im <<Ernst>>, das war knapp.",
             "Die Folien mit dem <<rosa>> Hintergrund sind von mir.", "Das meine ich <<ernst>>.",
             "<<Rosa>> oder Grau fürs neue Logo?"],
    "GREET": ["Hallo {G1},", "Hi {G1},", "Moin {G1}!", "Servus {G1},", "Guten Morgen {G1},", "Hey {G1} 👋"],
    "THANKS": ["Danke, {G1}!", "Vielen Dank, {G1}!", "Danke dir, {G1} 🙏", "Merci {G1}!", "Tausend Dank, {G1}."],
    "SIGN": ["Viele Grüße\n{P1}", "Beste Grüße\n{P1}\n{ROLE} · {EMP}\nTel.: {PH} · {E1:work}", "VG, {P1}",
             "Freundliche Grüße\n{N1}"],
    "CONTACT": ["Tel.: {PH} · E-Mail: {E1}", "Mobil: {PH} | Mail: {E1}", "Erreichbar unter {PH} oder {E1}.",
                "Termin buchen: {U1:cal} · Telefon {PH}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Vollzeit\n{MON} {YEAR} – heute · {CITY}\n"
         "• Aufbau des Data-Teams von 2 auf {NUM} Personen, gemeinsam mit {P1}\n• Einführung von {SKILL}\n"
         "Eintrittsdatum laut Vertrag: {X:date}"),
        ("profile_experience", "Berufserfahrung\n{ROLE} bei {X:company} ({YEAR}–{YEAR}), Stuttgart\n"
         "Werkstudent bei {EMP} ({YEAR}), Betreuer: {P1}"),
        ("profile_education", "Ausbildung\n{SCHOOL}\nM.Sc. Informatik, {YEAR} – {YEAR}\n"
         "Masterarbeit (Thema: {X:eponym}), betreut von {P1}. Auslandssemester über {X:eponym_award}."),
        ("profile_certifications", "Lizenzen & Zertifikate\nCertified ScrumMaster – Scrum Alliance\n"
         "Ausgestellt am {X:date}\nNachweis-ID {X:credid}\n\nITIL 4 Foundation – PeopleCert\nZertifikatsnummer {X:credid}"),
        ("profile_volunteer", "Ehrenamt\nKassenwartin, Sportverein {CITY}-Nord ({YEAR}–heute)\n"
         "Spenden bitte an {IBAN}, Verwendungszweck „Jugendarbeit“. Fragen an {P1} ({E1})."),
        ("profile_about", "Info\n{ROLE} mit Schwerpunkt {SKILL}. Ich blogge unter {U1:sub} und bin auf "
         "{U1:li} vernetzt.\n{@CONTACT}"),
        ("profile_skills", "Kenntnisse\n{SKILL} · {SKILL} · {X:eponym}\nBestätigt von {P1} und {NUM} weiteren"),
        ("job_post", "Wir suchen dich! 💡\n{EMP} sucht ab sofort eine:n {ROLE} (m/w/d) in {CITY}.\n"
         "Gehalt: {X:price} brutto im Jahr\nKennziffer: {X:jobid}\nBewerbung über {X:urlcareers} oder an {EMAIL}.\n"
         "Deine Ansprechpartnerin: {P1}, {PH}"),
        ("job_post", "Stellenangebot: {ROLE} bei {EMP}\nStandort {CITY}, 30 Tage Urlaub, Jobrad.\n"
         "Mehr zum Team: {X:urlco} · Benefits: {X:urldocs}\nRückfragen an {P1@} oder {H1}."),
        ("recruiter_message", "{@GREET:2}\nich bin {P1}, Personalberaterin bei {EMP}. Für einen Kunden "
         "({X:company}) suche ich eine:n {ROLE} in {CITY}. Hätten Sie Interesse an einem kurzen Telefonat? "
         "Sie erreichen mich unter {PH} oder {E1:work}.\n{X:word}\nViele Grüße\n{P1}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} kannst du mir die Nummer vom Caterer schicken?\n\n"
         "{P2} · {X:time1}\nKlar: {PH}. Die Rechnung geht an {EMAIL}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("dm_thread", "{@GREET:2} hier meine Bankverbindung für das Abschiedsgeschenk für {P3}: {IBAN} "
         "(Kontoinhaber {P1}). {@THANKS:2}"),
        ("group_discussion", "Gruppe „Admins im Mittelstand“\n{P1}: Unser Mailserver {IP4} landet auf einer "
         "Blacklist. Intern hängt er an {X:ip4neg.ipv4_private}, Firmware-Version {X:verip}. Jemand eine Idee?\n"
         "{P2}: Prüf mal den PTR-Record für {IP6}. cc {H1}"),
        ("group_discussion", "Kennt jemand {P1}? Angeblich Recruiterin bei {X:company}, will aber meine "
         "Steuer-ID und Kartennummer per DM. Ihre angebliche Nummer: {PH}. Ich melde das an {X:brand}."),
        ("event_page", "{EVENT} · {CITY}\nDatum: {X:date} · {X:time}\nProgramm:\n{X:time} Begrüßung durch {P1}\n"
         "{X:time} Vortrag „{TOPIC}“ – {P2} ({EMP})\nEinwahl: {PH:de} · Konferenz-ID {X:meetid}\n"
         "Tickets: {X:urlevent} · Anmeldung für Helfer:innen: {X:urlform}"),
        ("company_post", "Stolz auf unser Team! 🎉 Version {X:version} unserer App ist live. Danke an {P1@} "
         "und {P2@} für den Endspurt. Wir stellen ein: {X:urlcareers} — Fragen gerne an {H1}."),
        ("recommendation", "Ich war {NUM} Jahre lang Vorgesetzter von {P1} bei {EMP}. {P1} hat unser Reporting "
         "komplett neu aufgebaut und ist eine der zuverlässigsten Personen, mit denen ich gearbeitet habe. — {P2}"),
        ("endorsement", "{P1} hat Ihre Kenntnisse in {SKILL} bestätigt."),
        ("newsletter_intro", "Moin und willkommen zur Ausgabe #{NUM} von „Daten & Dinge“! Heute: {P1} über "
         "{TOPIC}, ein Paper ({X:urlpaper}) und ein Buchtipp ({X:isbn}). Feedback an {E2}. — {P2}"),
        ("ai_prompt", "Formuliere meine Überschrift neu: {ROLE} bei {EMP} | ex-{X:company} | {U1:af}"),
        ("ai_prompt", "Mach daraus eine höfliche Nachricht: hallo {G2}, ruf mich mal an unter {PH}, es geht um "
         "die Bestellnummer {X:order}"),
        ("ai_prompt", "Übersetze ins Englische: {@GREET:1} danke für die Empfehlung bei {EMP}! Meine neue "
         "Nummer ist {PH}."),
    ],
}

PACKS["fr"] = {
    "weight": 6, "cult": ["fr", "fr", "fr", "fr", "ar"], "country": ["fr", "fr", "fr", "e164"],
    "iban": ["FR", "FR", "BE"],
    "emp": ["Atelier Lumière SAS|atelier-lumiere.fr", "Groupe Vauban Conseil|vauban-conseil.fr",
            "Océanide Assurances|oceanide-assurances.fr", "Pixelune Studio|pixelune.io",
            "Banque du Rhône|banquedurhone.fr"],
    "city": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille"],
    "role": ["Cheffe de projet digital", "Ingénieur DevOps", "Chargée de recrutement", "Data analyst",
             "Directeur commercial", "Consultante SAP"],
    "school": ["Sorbonne Université", "École polytechnique", "INSA Lyon", "Université de Nantes", "HEC Paris"],
    "skill": ["Python", "Gestion de projet", "SQL", "Négociation", "Power BI", "Management d'équipe"],
    "event": ["Meetup Data Lyon", "Forum de l'emploi tech", "Petit-déjeuner RH", "Journée Cloud"],
    "topic": ["Recruter des développeurs en 2025", "L'IA dans les PME"],
    "mon": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "datefmt": ["D/M/Y", "D/M/Y", "D.M.Y"],
    "price": ["N#\u00a0000 € – N#\u00a0000 €", "N# 000 à N# 000 €", "N#\u00a0500 €"],
    "company": ["<<Pierre Fabre>>", "les laboratoires <<Pierre Fabre>>", "<<Yves Rocher>>", "le groupe <<Yves Rocher>>"],
    "place": ["<<Saint-Étienne>>", "la gare de <<Saint-Étienne>>"],
    "eponym": ["l'algorithme de <<Dijkstra>>", "les filtres de <<Kalman>>", "les diagrammes de <<Gantt>>",
               "la transformée de <<Fourier>>", "les chaînes de <<Markov>>"],
    "eponym_award": ["une bourse <<Fulbright>>", "une bourse <<Marie Curie>>"],
    "word": ["<<Rose>> pâle ou bleu marine pour le logo ?", "Merci pour votre <<constance>>, c'est rare.",
             "Une <<rose>> pour chaque bénévole, c'était une belle idée."],
    "GREET": ["Bonjour {G1},", "Salut {G1} !", "Coucou {G1},", "Bonsoir {G1},"],
    "THANKS": ["Merci {G1} !", "Merci beaucoup, {G1}.", "Un grand merci, {G1} !"],
    "SIGN": ["Bien à vous,\n{P1}", "Cordialement,\n{P1}\n{ROLE} – {EMP}\nTél. : {PH}", "Bises, {P1}"],
    "CONTACT": ["Tél. : {PH} – Courriel : {E1}", "Joignable au {PH} ou par mail : {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · CDI\n{MON} {YEAR} – aujourd'hui · {CITY}\nPilotage de la refonte du "
         "site avec {P1}. Date d'entrée : {X:date}."),
        ("profile_experience", "Expérience\n{ROLE} chez {X:company} ({YEAR}–{YEAR}), {CITY}\nStage chez {EMP} "
         "({YEAR}), tutrice : {P1}"),
        ("profile_education", "Formation\n{SCHOOL} — Master 2 Data Science ({YEAR}–{YEAR})\nMémoire sur "
         "{X:eponym}, sous la direction de {P1}. Séjour de recherche financé par {X:eponym_award}."),
        ("profile_certifications", "Licences et certifications\nTOEIC — 945 points — obtenu le {X:date}\n"
         "Numéro de certificat : {X:credid}"),
        ("profile_volunteer", "Bénévolat\nTrésorière de l'association Les Petits Codeurs ({CITY}), depuis {YEAR}\n"
         "Dons : {IBAN}. Contact : {P1}, {E1}."),
        ("profile_about", "À propos\n{ROLE} à {CITY}. J'écris sur le recrutement tech ici : {U1:md}.\n{@CONTACT}"),
        ("job_post", "🚀 On recrute !\n{EMP} cherche un·e {ROLE} en CDI à {CITY}.\nSalaire : {X:price} brut annuel\n"
         "Référence de l'offre : {X:jobid}\nPostulez sur {X:urlcareers} ou écrivez à {EMAIL}.\n"
         "Contact RH : {P1} ({PH})"),
        ("recruiter_message", "{@GREET:2}\nJe suis {P1}, consultante chez {EMP}. Un de nos clients, {X:company}, "
         "recrute un·e {ROLE} à {CITY}. Seriez-vous disponible pour un échange cette semaine ? Mon numéro : "
         "{PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} tu as le numéro de {P3} ? Je dois le rappeler pour le salon.\n\n"
         "{P2} · {X:time1}\nOui : {PH}. Sinon son mail, c'est {E3}.\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Groupe « Freelances Tech {CITY} »\n{P1} : Attention, un faux client m'a demandé de "
         "« vérifier » ma carte {X:luhn}. Heureusement le numéro était faux.\n{P2} : Pareil ici. Signalez le "
         "profil à {X:brand}. {X:word}"),
        ("event_page", "{EVENT} – {CITY}\nLe {X:date}, {X:time}\nProgramme :\n{X:time} Accueil par {P1}\n"
         "{X:time} Table ronde avec {P2} et {P3}\nInscription : {X:urlevent}\nQuestions : {EMAIL}\n"
         "À distance : {PH:fr}, ID de réunion {X:meetid}"),
        ("company_post", "Très fière de l'équipe {EMP} : notre brevet {X:patent} vient d'être accordé ! Bravo à "
         "{P1@} et {P2@}. Et nous recrutons : {X:urlcareers}"),
        ("recommendation", "J'ai encadré {P1} pendant deux ans chez {X:company}. Rigueur, humour et un vrai "
         "talent pour vulgariser {X:eponym}. Je recommande sans hésiter. — {P2}"),
        ("endorsement", "{P1} a validé vos compétences en {SKILL}."),
        ("ai_prompt", "Reformule mon titre : {ROLE} chez {EMP} | ex-{X:company} | {U1:li}"),
        ("ai_prompt", "Corrige ce message : slt {G2}, tu peux m'appeler au {PH} ? c'est pour la facture, "
         "commande n° {X:order}"),
        ("newsletter_intro", "Bienvenue dans le numéro {NUM} de « La Lettre Data » ! Au programme : un entretien "
         "avec {P1}, une lecture ({X:urlpaper}) et les offres de la semaine. Pour répondre : {E2}. — {P2}"),
        ("event_page", "Conférence à {X:place} le {X:date}\nIntervenant·es : {P1} ({EMP}), {P2}\n"
         "Billetterie : {X:urlevent} · Contact presse : {PH}"),
    ],
}

PACKS["es"] = {
    "weight": 6, "cult": ["es", "es", "es", "es", "en"], "country": ["es", "es", "es", "e164", "us"],
    "iban": ["ES", "ES", "ES", "PT"],
    "emp": ["Soluciones Atalaya S.L.|atalaya-soluciones.es", "Grupo Brisamar|brisamar.com",
            "Fintech Alcázar|alcazarpay.io", "Laboratorios Sierra Nevada|lab-sierranevada.es"],
    "city": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza"],
    "role": ["Ingeniera de datos", "Responsable de Talento", "Desarrollador backend", "Product Manager",
             "Analista financiero", "Jefa de proyecto"],
    "school": ["Universidad Complutense de Madrid", "Universitat Politècnica de Catalunya", "Universidad de Sevilla",
               "IE Business School"],
    "skill": ["Python", "Gestión de equipos", "SQL", "Negociación", "Tableau"],
    "event": ["Meetup de Datos Madrid", "Foro de Empleo Tech", "Desayuno de Mujeres en Tecnología"],
    "topic": ["Contratar talento tech en 2025", "IA para pymes"],
    "mon": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    "datefmt": ["D/M/Y", "D/M/Y", "Y-M-D"],
    "price": ["N#.000 € – N#.000 €", "N#.000–N#.000 €", "N#.500 €"],
    "company": ["<<Adolfo Domínguez>>", "el grupo <<Adolfo Domínguez>>"],
    "place": ["<<San José>> (Costa Rica)", "<<San José>>"],
    "eponym": ["el algoritmo de <<Dijkstra>>", "filtros de <<Kalman>>", "diagramas de <<Gantt>>",
               "cadenas de <<Markov>>"],
    "eponym_award": ["una beca <<Fulbright>>", "una beca <<Marie Curie>>"],
    "word": ["Todo con <<luz>> natural, por cierto.", "Un poco de <<paz>> antes del lanzamiento no viene mal.",
             "Nada de <<dolores>> de cabeza con la migración.", "El logo en <<rosa>> palo quedó genial.",
             "<<Pilar>> fundamental del proyecto: la documentación."],
    "GREET": ["Hola {G1},", "¡Hola {G1}!", "Buenos días, {G1}:", "¿Qué tal, {G1}?"],
    "THANKS": ["¡Gracias, {G1}!", "Muchas gracias, {G1}.", "Mil gracias, {G1} 🙌"],
    "SIGN": ["Un saludo,\n{P1}", "Saludos cordiales,\n{P1}\n{ROLE} · {EMP}\nTel.: {PH}"],
    "CONTACT": ["Tel.: {PH} · Correo: {E1}", "Escríbeme a {E1} o llámame al {PH}."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Jornada completa\n{MON} {YEAR} – actualidad · {CITY}\n"
         "Lideré la migración a la nube junto a {P1}. Fecha de incorporación: {X:date}."),
        ("profile_education", "Educación\n{SCHOOL}\nMáster en Ciencia de Datos, {YEAR} – {YEAR}\nTFM sobre "
         "{X:eponym}, dirigido por {P1}. Estancia financiada con {X:eponym_award}."),
        ("profile_certifications", "Licencias y certificaciones\nCertified ScrumMaster — Scrum Alliance\n"
         "Expedición: {X:date} · ID de la credencial {X:credid}"),
        ("profile_volunteer", "Voluntariado\nTesorera de la asociación Código Abierto {CITY} ({YEAR}–actualidad)\n"
         "Donativos: {IBAN}. Dudas a {P1}, {E1}."),
        ("profile_about", "Acerca de\n{ROLE} en {CITY}. Escribo sobre producto en {U1:sub}.\n{@CONTACT}"),
        ("job_post", "¡Estamos contratando! 🚀\n{EMP} busca {ROLE} en {CITY} (híbrido).\nBanda salarial: "
         "{X:price} brutos/año\nRef. de la oferta: {X:jobid}\nInscríbete en {X:urlcareers} o escribe a {EMAIL}.\n"
         "Contacto: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nSoy {P1}, headhunter en {EMP}. Estoy buscando un perfil de {ROLE} "
         "para un cliente en {CITY}. ¿Te apetece que hablemos? Mi móvil: {PH}. Agenda: {U1:cal}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} ¿me pasas el número de {P3}? Es para lo del evento.\n\n"
         "{P2} · {X:time1}\nClaro: {PH}. Y su correo es {E3}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Grupo «Recruiters de {CITY}»\n{P1}: ¿Alguien ha trabajado con {X:company}? "
         "Nos han pedido referencias.\n{P2}: Sí, pregunta a {P3@}. {X:word}\n{P1}: ¡Gracias! Le escribo a {H3}."),
        ("event_page", "{EVENT} — {CITY}\nFecha: {X:date} · {X:time}\nAgenda:\n{X:time} Bienvenida de {P1}\n"
         "{X:time} Charla «{TOPIC}» con {P2} ({EMP})\nEntradas: {X:urlevent}\nConexión remota: {PH:es}, "
         "ID de reunión {X:meetid}"),
        ("company_post", "¡Orgullosa del equipo de {EMP}! Acabamos de publicar la versión {X:version}. Gracias "
         "a {P1@} y a {P2@}. Ofertas abiertas: {X:urlcareers}"),
        ("recommendation", "Fui responsable directa de {P1} en {EMP} durante tres años. {P1} es de esas personas "
         "que hacen mejor a todo el equipo. — {P2}"),
        ("endorsement", "{P1} ha validado tu aptitud: {SKILL}"),
        ("ai_prompt", "Reescribe mi titular: {ROLE} en {EMP} | ex-{X:company} | {U1:af}"),
        ("ai_prompt", "Hazlo más formal: ey {G2}, llámame al {PH} cuando puedas, es sobre el pedido n.º {X:order}"),
        ("ai_prompt", "Traduce al inglés: Hola {G1}, te paso mi IBAN para lo de la cena: {IBAN}. {@THANKS:1}"),
        ("newsletter_intro", "¡Bienvenidos al número {NUM} de «Datos y Café»! Esta semana: {P1} sobre {TOPIC}, "
         "un paper ({X:urlpaper}) y ofertas de empleo. Respuestas a {E2}. — {P2}"),
        ("event_page", "Nos vemos en {X:place} el {X:date}. Ponentes: {P1} y {P2}. Inscripción: {X:urlform}"),
    ],
}

PACKS["it"] = {
    "weight": 4, "cult": ["it", "it", "it", "it", "en"], "country": ["it", "it", "it", "e164"], "iban": ["IT"],
    "emp": ["Officine Aurora S.p.A.|officineaurora.it", "Studio Meridiana|studiomeridiana.it",
            "Banca del Lario|bancadellario.it", "Vela Digitale S.r.l.|veladigitale.io"],
    "city": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Padova"],
    "role": ["Sviluppatrice full-stack", "Responsabile HR", "Data scientist", "Project manager", "Consulente SAP",
             "Direttore vendite"],
    "school": ["Politecnico di Milano", "Università di Bologna", "Sapienza Università di Roma", "Università Bocconi"],
    "skill": ["Python", "Gestione del team", "SQL", "Negoziazione", "Power BI"],
    "event": ["Meetup Data Milano", "Career Day Tech", "Colazione Donne nel Digitale"],
    "topic": ["Assumere sviluppatori nel 2025", "L'IA nelle PMI"],
    "mon": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "datefmt": ["D/M/Y", "D/M/Y", "D.M.Y"],
    "price": ["N#.000 € – N#.000 €", "N#.000–N#.000 €", "€ N#.500"],
    "company": ["<<Giorgio Armani>>", "il gruppo <<Giorgio Armani>>", "<<Luisa Spagnoli>>",
                "la maison <<Luisa Spagnoli>>"],
    "eponym": ["l'algoritmo di <<Dijkstra>>", "i filtri di <<Kalman>>", "il principio di <<Pareto>>",
               "i diagrammi di <<Gantt>>", "il diagramma di <<Pareto>>"],
    "eponym_award": ["una borsa <<Marie Curie>>", "una borsa <<Fulbright>>"],
    "word": ["Sono <<felice>> di annunciare che il team cresce!", "Una giornata <<serena>> a tutti.",
             "È una storia <<vera>>, giuro.", "<<Felice>> anno nuovo a tutti!"],
    "GREET": ["Ciao {G1},", "Buongiorno {G1},", "Gentile {G1},", "Ehi {G1}!"],
    "THANKS": ["Grazie {G1}!", "Grazie mille, {G1}.", "Ti ringrazio, {G1} 🙏"],
    "SIGN": ["Un saluto,\n{P1}", "Cordiali saluti,\n{P1}\n{ROLE} – {EMP}\nCell. {PH}"],
    "CONTACT": ["Cell.: {PH} · Email: {E1}", "Mi trovi al {PH} o su {E1}."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Tempo pieno\n{MON} {YEAR} – oggi · {CITY}\nHo guidato il "
         "passaggio al cloud insieme a {P1}. Data di assunzione: {X:date}."),
        ("profile_experience", "Esperienza\n{ROLE} presso {X:company} ({YEAR}–{YEAR}), Milano\n{X:word}"),
        ("profile_education", "Formazione\n{SCHOOL}\nLaurea magistrale in Ingegneria informatica, {YEAR} – {YEAR}\n"
         "Tesi su {X:eponym}, relatore {P1}. Periodo all'estero con {X:eponym_award}."),
        ("profile_certifications", "Licenze e certificazioni\nPMP — Project Management Institute\n"
         "Rilasciato il {X:date} · ID credenziale {X:credid}"),
        ("profile_volunteer", "Volontariato\nTesoriera di CoderDojo {CITY} dal {YEAR}\nDonazioni: {IBAN}. "
         "Info: {P1}, {E1}."),
        ("job_post", "Stiamo assumendo! 🚀\n{EMP} cerca {ROLE} a {CITY}.\nRAL: {X:price}\nCodice annuncio: "
         "{X:jobid}\nCandidature su {X:urlcareers} o a {EMAIL}.\nReferente: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nsono {P1}, recruiter per {EMP}. Un nostro cliente, {X:company}, cerca "
         "un profilo come il tuo. Ti va di sentirci? Il mio numero è {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} mi giri il contatto di {P3}?\n\n{P2} · {X:time1}\n"
         "Certo: {PH}, oppure {E3}.\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("company_post", "{X:word} Da oggi {P1@} guida il team dati di {EMP}. In bocca al lupo! Posizioni "
         "aperte: {X:urlcareers}"),
        ("event_page", "{EVENT} — {CITY}\nData: {X:date}, {X:time}\nInterventi di {P1} e {P2}\n"
         "Biglietti: {X:urlevent} · Collegamento telefonico: {PH:it}, ID riunione {X:meetid}"),
        ("recommendation", "Ho coordinato {P1} per due anni in {EMP}. Precisione, ironia e un talento per "
         "spiegare {X:eponym} a chiunque. — {P2}"),
        ("endorsement", "{P1} ha confermato la tua competenza in {SKILL}."),
        ("ai_prompt", "Riscrivi il mio titolo: {ROLE} presso {EMP} | ex {X:company} | {U1:li}"),
        ("ai_prompt", "Rendi più professionale: ciao {G2}, chiamami al {PH} per l'ordine n. {X:order}"),
        ("group_discussion", "Gruppo «Sviluppatori {CITY}»\n{P1}: qualcuno ha visto traffico strano da {IP4}?\n"
         "{P2}: sì, anche da {IP6}. Il nostro gateway è {X:ip4neg.ipv4_private}, quindi non è interno. cc {H1}"),
    ],
}

PACKS["nl"] = {
    "weight": 4, "cult": ["nl", "nl", "nl", "nl", "tr"], "country": ["nl", "nl", "nl", "e164"], "iban": ["NL", "NL", "BE"],
    "emp": ["Polderwerk B.V.|polderwerk.nl", "Grachtenlab|grachtenlab.io", "Zeeuwse Energie Coöperatie|zeeuwse-energie.nl",
            "Molenaar Logistiek|molenaarlogistiek.nl"],
    "city": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag", "Groningen"],
    "role": ["Senior softwareontwikkelaar", "Recruiter", "Data-analist", "Teamleider klantenservice", "Productmanager"],
    "school": ["Universiteit van Amsterdam", "TU Delft", "Universiteit Utrecht", "Rijksuniversiteit Groningen"],
    "skill": ["Python", "Stakeholdermanagement", "SQL", "Scrum", "Power BI"],
    "event": ["Data Meetup Utrecht", "Banenmarkt Tech", "Vrouwen in IT Ontbijt"],
    "topic": ["Werven in een krappe markt", "AI in het mkb"],
    "mon": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "datefmt": ["D-M-Y", "D-M-Y", "Y-M-D"],
    "price": ["€ N.### – € N.###", "€N.###–€N.###", "€ N#.000"],
    "company": ["<<Albert Heijn>>", "<<Douwe Egberts>>", "een <<Albert Heijn>> To Go", "<<Douwe Egberts>> in Utrecht"],
    "eponym": ["het algoritme van <<Dijkstra>>", "<<Dijkstra>>'s kortstepadalgoritme", "<<Kalman>>-filters",
               "<<Gantt>>-charts"],
    "word": ["Elke <<roos>> heeft doornen, ook deze migratie.", "Een <<roos>> voor de beste collega!"],
    "GREET": ["Hoi {G1},", "Hallo {G1},", "Beste {G1},", "Goedemorgen {G1},"],
    "THANKS": ["Bedankt, {G1}!", "Dank je wel {G1}!", "Top, dank je {G1}."],
    "SIGN": ["Groet,\n{P1}", "Met vriendelijke groet,\n{P1}\n{ROLE} | {EMP}\nT: {PH}"],
    "CONTACT": ["Tel: {PH} · Mail: {E1}", "Bel me op {PH} of mail naar {E1}."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Fulltime\n{MON} {YEAR} – heden · {CITY}\nSamen met {P1} het "
         "datateam opgezet. Startdatum: {X:date}."),
        ("profile_experience", "Ervaring\nBedrijfsleider bij {X:company} ({YEAR}–{YEAR})\nDaarna {ROLE} bij {EMP}."),
        ("profile_education", "Opleiding\n{SCHOOL}\nMSc Informatica, {YEAR} – {YEAR}\nScriptie over {X:eponym}, "
         "begeleid door {P1}."),
        ("profile_certifications", "Licenties en certificaten\nPrince2 Foundation — Axelos\nUitgegeven op {X:date}\n"
         "Certificaatnummer {X:credid}"),
        ("profile_volunteer", "Vrijwilligerswerk\nPenningmeester van Voedselbank {CITY} ({YEAR}–heden)\n"
         "Giften: {IBAN} t.n.v. Voedselbank. Vragen: {P1} via {E1}."),
        ("job_post", "We zoeken een {ROLE}! 🚀\n{EMP}, {CITY} (hybride)\nSalaris: {X:price} per maand\n"
         "Vacaturenummer: {X:jobid}\nSolliciteer via {X:urlcareers} of mail {EMAIL}.\nContactpersoon: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nIk ben {P1}, recruiter bij {EMP}. Ik zag je profiel en denk dat je "
         "goed past bij een rol als {ROLE}. Zullen we even bellen? Mijn nummer: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} heb jij het nummer van {P3}?\n\n{P2} · {X:time1}\n"
         "Ja: {PH}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Groep „Netwerkbeheer NL“\n{P1}: Onze klant ziet aanvallen vanaf {IP4} en {IP6}. "
         "Intern adres van de firewall is {X:ip4neg}, firmware versie {X:verip}.\n{P2}: Meld het bij de provider. "
         "cc {H1}"),
        ("event_page", "{EVENT} · {CITY}\nDatum: {X:date} · {X:time}\nSprekers: {P1} ({EMP}), {P2}\n"
         "Tickets: {X:urlevent} · Inbellen: {PH:nl}, vergader-ID {X:meetid}"),
        ("company_post", "Trots op het team van {EMP}! Versie {X:version} staat live. Dank aan {P1@} en {P2@}. "
         "Wij zoeken collega's: {X:urlcareers}"),
        ("recommendation", "Ik was drie jaar de leidinggevende van {P1} bij {EMP}. Nuchter, slim en altijd "
         "bereid om te helpen. — {P2}"),
        ("endorsement", "{P1} heeft je vaardigheid {SKILL} onderschreven."),
        ("ai_prompt", "Herschrijf mijn kopregel: {ROLE} bij {EMP} | ex-{X:company} | {U1:af}"),
        ("ai_prompt", "Maak dit zakelijker: hoi {G2}, bel me ff op {PH} over bestelling {X:order}"),
    ],
}

PACKS["pt"] = {
    "weight": 5, "cult": ["pt", "pt", "pt", "pt", "pt", "it"], "country": ["br", "br", "br", "e164"],
    "iban": ["BR", "PT"],
    "emp": ["Ipê Tecnologia Ltda.|ipetecnologia.com.br", "Banco Jangada|bancojangada.com.br",
            "Cerrado Agro|cerradoagro.com.br", "Maré Digital|maredigital.io"],
    "city": ["Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre", "Florianópolis"],
    "role": ["Engenheira de dados", "Analista de RH", "Desenvolvedor mobile", "Gerente de produto",
             "Cientista de dados"],
    "school": ["USP", "Unicamp", "UFMG", "UFRJ", "PUC-Rio"],
    "skill": ["Python", "Gestão de pessoas", "SQL", "Negociação", "Power BI"],
    "event": ["Meetup de Dados", "Feira de Carreiras Tech", "Café com Mulheres na Tecnologia"],
    "topic": ["Contratar devs em 2025", "IA para pequenas empresas"],
    "mon": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "datefmt": ["D/M/Y"],
    "price": ["R$ N#.000 – R$ N#.000", "R$ N#.###,00", "R$ N.###,00 a R$ N#.###,00"],
    "place": ["<<São Paulo>>", "<<João Pessoa>> (PB)", "<<Vitória>> (ES)", "<<São Paulo>> (SP)", "<<João Pessoa>>"],
    "eponym": ["algoritmo de <<Dijkstra>>", "cadeias de <<Markov>>", "diagrama de <<Gantt>>"],
    "word": ["Tudo com <<luz>> natural no escritório novo.", "Foi de <<graça>>, acredita?",
             "A <<luz>> do fim do túnel chegou: deploy feito."],
    "GREET": ["Oi {G1},", "Olá {G1}!", "Bom dia, {G1}!", "E aí, {G1}?"],
    "THANKS": ["Valeu, {G1}!", "Obrigada, {G1}!", "Muito obrigado, {G1}."],
    "SIGN": ["Abraços,\n{P1}", "Atenciosamente,\n{P1}\n{ROLE} | {EMP}\nCel.: {PH}"],
    "CONTACT": ["Cel.: {PH} · E-mail: {E1}", "WhatsApp: {PH} | {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Tempo integral\n{MON} de {YEAR} – o momento · {X:place}\n"
         "Liderei a migração para a nuvem com {P1}. Data de admissão: {X:date}."),
        ("profile_education", "Formação acadêmica\n{SCHOOL}\nMestrado em Ciência da Computação, {YEAR} – {YEAR}\n"
         "Dissertação sobre {X:eponym}, orientada por {P1}."),
        ("profile_certifications", "Licenças e certificados\nAWS Cloud Practitioner — Amazon Web Services\n"
         "Emitido em {X:date} · Código da credencial {X:credid}"),
        ("profile_volunteer", "Trabalho voluntário\nTesoureira da ONG Código Aberto {CITY} ({YEAR}–hoje)\n"
         "Doações: {IBAN}. Dúvidas: {P1}, {E1}."),
        ("profile_about", "Sobre\n{ROLE} em {X:place}. Escrevo sobre carreira em {U1:sub}.\n{@CONTACT}"),
        ("job_post", "Estamos contratando! 🚀\n{EMP} busca {ROLE} em {X:place} (híbrido).\nSalário: {X:price}\n"
         "Código da vaga: {X:jobid}\nCandidate-se em {X:urlcareers} ou mande e-mail para {EMAIL}.\n"
         "Dúvidas: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nSou {P1}, tech recruiter da {EMP}. Vi seu perfil e tenho uma vaga de "
         "{ROLE} que combina com você. Podemos conversar? Meu WhatsApp: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} você tem o contato de {P3}?\n\n{P2} · {X:time1}\n"
         "Tenho: {PH} ou {E3}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Grupo «Devs {CITY}»\n{P1}: alguém mais recebeu golpe de falso recrutador pedindo "
         "cartão? Me pediram o número {X:luhn} para 'validar'.\n{P2}: Denuncia no {X:brand}. Cuidado, pessoal!"),
        ("event_page", "{EVENT} — {X:place}\nData: {X:date} · {X:time}\nPalestrantes: {P1} ({EMP}) e {P2}\n"
         "Ingressos: {X:urlevent} · Transmissão por telefone: {PH:br}, ID da reunião {X:meetid}"),
        ("company_post", "Orgulho do time da {EMP}! Lançamos a versão {X:version} do app. Obrigado {P1@} e {P2@}! "
         "Vagas abertas: {X:urlcareers}"),
        ("recommendation", "Fui gestora de {P1} na {EMP} por três anos. Competente, generoso e ótimo com "
         "clientes. — {P2}"),
        ("endorsement", "{P1} validou sua competência em {SKILL}."),
        ("ai_prompt", "Reescreva meu título: {ROLE} na {EMP} | ex-{X:company} | {U1:li}"),
        ("ai_prompt", "Deixe mais formal: oi {G2}, me liga no {PH} sobre o pedido nº {X:order}"),
        ("ai_prompt", "Meu amigo pediu um Pix mas mandou IBAN: {IBAN}. Como faço a transferência internacional?"),
    ],
}
PACKS["pt"]["company"] = ["<<Adolfo Domínguez>> (loja do shopping)", "<<Giorgio Armani>> (Milão)"]

PACKS["pl"] = {
    "weight": 3, "cult": ["pl", "pl", "pl", "uk"], "country": ["pl", "pl", "pl", "e164"], "iban": ["PL"],
    "emp": ["Wisła Software sp. z o.o.|wislasoftware.pl", "Bursztyn Finanse S.A.|bursztynfinanse.pl",
            "Tatry Logistics|tatrylogistics.pl"],
    "city": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
    "role": ["Starszy programista Java", "Specjalistka ds. rekrutacji", "Analityk danych", "Kierownik projektu"],
    "school": ["Politechnika Warszawska", "Uniwersytet Jagielloński", "AGH w Krakowie"],
    "skill": ["Java", "SQL", "Zarządzanie projektami", "Negocjacje", "Kubernetes"],
    "event": ["Meetup Data Kraków", "Targi Pracy IT", "Śniadanie Kobiet w IT"],
    "topic": ["Rekrutacja programistów w 2025", "AI w małych firmach"],
    "mon": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "datefmt": ["D.M.Y", "D.M.Y", "Y-M-D"],
    "price": ["N# 000–N# 000 zł", "N# ### zł", "N# 000 - N# 000 PLN"],
    "GREET": ["Cześć {G1},", "Dzień dobry, {G1}!", "Hej {G1}!"],
    "THANKS": ["Dzięki, {G1}!", "Dziękuję, {G1}!", "Wielkie dzięki, {G1}."],
    "SIGN": ["Pozdrawiam,\n{P1}", "Z poważaniem,\n{P1}\n{ROLE}, {EMP}\ntel. {PH}"],
    "CONTACT": ["tel. {PH}, e-mail: {E1}", "Zadzwoń: {PH} lub napisz: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Pełny etat\n{MON} {YEAR} – obecnie · {CITY}\nRazem z {P1} "
         "zbudowałam zespół danych. Data zatrudnienia: {X:date}."),
        ("profile_education", "Wykształcenie\n{SCHOOL}\nMagister informatyki, {YEAR} – {YEAR}\n"
         "Promotor: {P1}."),
        ("profile_certifications", "Licencje i certyfikaty\nAWS Solutions Architect — Amazon Web Services\n"
         "Wydano {X:date} · Identyfikator poświadczenia {X:credid}"),
        ("profile_volunteer", "Wolontariat\nSkarbniczka fundacji Kod dla Dzieci ({CITY}), od {YEAR}\n"
         "Darowizny: {IBAN}. Kontakt: {P1}, {E1}."),
        ("job_post", "Rekrutujemy! 🚀\n{EMP} szuka: {ROLE}, {CITY} (hybrydowo)\nWynagrodzenie: {X:price} brutto\n"
         "Nr referencyjny: {X:jobid}\nAplikuj: {X:urlcareers} lub {EMAIL}\nKontakt: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nnazywam się {P1} i rekrutuję do {EMP}. Mam dla Ciebie ofertę na "
         "stanowisko {ROLE}. Możemy porozmawiać? Mój numer: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} masz numer do {P3}?\n\n{P2} · {X:time1}\nTak: {PH}, "
         "albo mail {E3}.\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Grupa „Administratorzy IT”\n{P1}: Ktoś widział ruch z {IP4}? Nasz router "
         "({X:ip4neg.ipv4_private}) ma firmware w wersji {X:verip}.\n{P2}: U nas też, plus {IP6}. cc {H1}"),
        ("event_page", "{EVENT} · {CITY}\nData: {X:date}, {X:time}\nPrelegenci: {P1} ({EMP}), {P2}\n"
         "Bilety: {X:urlevent} · Dołącz telefonicznie: {PH:pl}, ID spotkania {X:meetid}"),
        ("company_post", "Duma! Wersja {X:version} naszej aplikacji już działa. Dziękujemy {P1@} i {P2@}. "
         "Dołącz do nas: {X:urlcareers}"),
        ("recommendation", "Byłam przełożoną {P1} w {EMP} przez trzy lata. Rzetelność i świetny kontakt z "
         "klientem. — {P2}"),
        ("endorsement", "{P1} potwierdził(a) Twoją umiejętność: {SKILL}"),
        ("ai_prompt", "Przepisz mój nagłówek: {ROLE} w {EMP} | {U1:li}"),
        ("ai_prompt", "Popraw wiadomość: hej {G2}, zadzwoń na {PH} w sprawie zamówienia nr {X:order}"),
    ],
}

PACKS["sv"] = {
    "weight": 3, "cult": ["sv", "sv", "sv", "sv", "ar"], "country": ["se", "se", "se", "e164"],
    "iban": ["SE", "SE", "FI", "DK", "NO"],
    "emp": ["Fjällvind AB|fjallvind.se", "Norrsken Data|norrskendata.se", "Skärgård Logistik AB|skargardlogistik.se"],
    "city": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå"],
    "role": ["Systemutvecklare", "Rekryterare", "Dataanalytiker", "Projektledare", "UX-designer"],
    "school": ["KTH", "Lunds universitet", "Chalmers", "Uppsala universitet"],
    "skill": ["Python", "Projektledning", "SQL", "Förhandling", "Kubernetes"],
    "event": ["Data Meetup Stockholm", "Techmässan", "Frukost för kvinnor i tech"],
    "topic": ["Att rekrytera utvecklare 2025", "AI i småföretag"],
    "mon": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "datefmt": ["Y-M-D"],
    "price": ["N# 000–N# 000 kr", "N# ### kr", "N# 000 - N# 000 SEK"],
    "GREET": ["Hej {G1}!", "Hej {G1},", "Tjena {G1}!", "God morgon {G1},"],
    "THANKS": ["Tack, {G1}!", "Tack så mycket {G1}!", "Stort tack, {G1}."],
    "SIGN": ["Vänliga hälsningar,\n{P1}", "Mvh {P1}\n{ROLE}, {EMP}\nTel: {PH}"],
    "CONTACT": ["Tel: {PH} · E-post: {E1}", "Ring {PH} eller mejla {E1}."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Heltid\n{MON} {YEAR} – nu · {CITY}\nByggde dataplattformen "
         "tillsammans med {P1}. Anställningsdatum: {X:date}."),
        ("profile_education", "Utbildning\n{SCHOOL}\nCivilingenjör, datateknik, {YEAR} – {YEAR}\nHandledare: {P1}."),
        ("profile_certifications", "Licenser och certifieringar\nCKA — The Linux Foundation\nUtfärdat {X:date} · "
         "Certifikat-ID {X:credid}"),
        ("profile_volunteer", "Ideellt arbete\nKassör i Kodklubben {CITY} sedan {YEAR}\nGåvor: {IBAN}. "
         "Frågor till {P1}, {E1}."),
        ("job_post", "Vi rekryterar! 🚀\n{EMP} söker {ROLE} i {CITY}.\nLön: {X:price} i månaden\n"
         "Annons-ID: {X:jobid}\nAnsök via {X:urlcareers} eller {EMAIL}.\nKontakt: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nJag heter {P1} och rekryterar till {EMP}. Vore du intresserad av en roll "
         "som {ROLE}? Ring mig på {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} har du numret till {P3}?\n\n{P2} · {X:time1}\nJa: {PH}.\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nDatum: {X:date} · {X:time}\nTalare: {P1} ({EMP}), {P2}\n"
         "Biljetter: {X:urlevent} · Ring in: {PH:se}, mötes-ID {X:meetid}"),
        ("company_post", "Stolt över teamet på {EMP}! Version {X:version} är ute. Tack {P1@} och {P2@}! "
         "Lediga jobb: {X:urlcareers}"),
        ("recommendation", "Jag var chef för {P1} på {EMP} i tre år. Noggrann, rolig och alltid hjälpsam. — {P2}"),
        ("endorsement", "{P1} har bekräftat din kompetens inom {SKILL}."),
        ("ai_prompt", "Skriv om min rubrik: {ROLE} på {EMP} | {U1:gh}"),
        ("group_discussion", "Gruppen ”Drift & nätverk”\n{P1}: Vår VPN ({IP4}) nekar anslutningar från {IP6}. "
         "Lokalt nät {X:ip4neg.ipv4_private}/24.\n{P2}: Kolla brandväggen, firmware version {X:verip} har en bugg. "
         "cc {H1}"),
    ],
}

PACKS["tr"] = {
    "weight": 3, "cult": ["tr", "tr", "tr", "tr", "de"], "country": ["tr", "tr", "tr", "e164"], "iban": ["TR"],
    "emp": ["Boğaziçi Yazılım A.Ş.|bogazici-yazilim.com.tr", "Anadolu Lojistik|anadolulojistik.com.tr",
            "Kapadokya Fintek|kapadokyafintek.com"],
    "city": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "role": ["Kıdemli Yazılım Mühendisi", "İK Uzmanı", "Veri Analisti", "Ürün Yöneticisi"],
    "school": ["ODTÜ", "Boğaziçi Üniversitesi", "İTÜ", "Bilkent Üniversitesi"],
    "skill": ["Python", "Proje Yönetimi", "SQL", "Müzakere", "Kubernetes"],
    "event": ["Veri Bilimi Buluşması", "Teknoloji Kariyer Günleri", "Teknolojide Kadın Kahvaltısı"],
    "topic": ["2025'te yazılımcı işe almak", "KOBİ'lerde yapay zekâ"],
    "mon": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "datefmt": ["D.M.Y", "D.M.Y", "D/M/Y"],
    "price": ["N#.000–N#.000 TL", "₺N#.000", "N#.### TL"],
    "word": ["Bu sonuçlar <<umut>> verici.", "<<Deniz>> kenarında bir ofis, fena değil.",
             "Ekipte <<barış>> ortamı şart.", "Ona <<yıldız>> çalışan diyorlar.", "<<Umut>> verici bir çeyrek oldu."],
    "GREET": ["Merhaba {G1},", "Selam {G1}!", "Günaydın {G1},"],
    "THANKS": ["Teşekkürler {G1}!", "Çok teşekkür ederim {G1}.", "Sağ ol {G1}!"],
    "SIGN": ["Saygılarımla,\n{P1}", "İyi çalışmalar,\n{P1}\n{ROLE} · {EMP}\nTel: {PH}"],
    "CONTACT": ["Tel: {PH} · E-posta: {E1}", "Bana {PH} numarasından veya {E1} adresinden ulaşabilirsiniz."],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Tam zamanlı\n{MON} {YEAR} – Halen · {CITY}\nVeri ekibini {P1} ile "
         "birlikte kurdum. İşe başlama tarihi: {X:date}."),
        ("profile_education", "Eğitim\n{SCHOOL}\nBilgisayar Mühendisliği Yüksek Lisans, {YEAR} – {YEAR}\n"
         "Tez danışmanı: {P1}."),
        ("profile_certifications", "Lisanslar ve sertifikalar\nPMP — Project Management Institute\n"
         "Veriliş tarihi {X:date} · Kimlik bilgisi kimliği {X:credid}"),
        ("profile_volunteer", "Gönüllülük\nKod Atölyesi {CITY} saymanı ({YEAR}–halen)\nBağışlar: {IBAN}. "
         "İletişim: {P1}, {E1}."),
        ("job_post", "İşe alım yapıyoruz! 🚀\n{EMP}, {CITY} ofisi için {ROLE} arıyor.\nMaaş: {X:price}\n"
         "İlan no: {X:jobid}\nBaşvuru: {X:urlcareers} veya {EMAIL}\nİletişim: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nBen {P1}, {EMP} adına işe alım yapıyorum. {ROLE} pozisyonu için "
         "profiliniz çok uygun görünüyor. Kısa bir görüşme yapabilir miyiz? Numaram: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} {P3t} numarası sende var mı?\n\n{P2} · {X:time1}\n"
         "Var: {PH}. E-postası da {E3}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "“İstanbul Sistemciler” grubu\n{P1}: {IP4} adresinden sürekli brute-force "
         "deneniyor. İç ağımız {X:ip4neg.ipv4_private}, modem sürüm {X:verip}.\n{P2}: Bizde de {IP6} görünüyor. "
         "cc {H1}"),
        ("event_page", "{EVENT} · {CITY}\nTarih: {X:date} · {X:time}\nKonuşmacılar: {P1} ({EMP}), {P2}\n"
         "Bilet: {X:urlevent} · Telefonla katılım: {PH:tr}, toplantı kimliği {X:meetid}"),
        ("company_post", "{EMP} ekibiyle gurur duyuyoruz! Uygulamamızın {X:version} sürümü yayında. "
         "{P1t} ve {P2t} emeğine teşekkürler. Açık pozisyonlar: {X:urlcareers}"),
        ("recommendation", "{P1} ile {EMP} şirketinde üç yıl çalıştım; ekibin yöneticisiydim. Disiplinli, "
         "yardımsever ve çözüm odaklı. — {P2}"),
        ("endorsement", "{P1}, {SKILL} yeteneğinizi onayladı."),
        ("ai_prompt", "Başlığımı yeniden yaz: {ROLE} @ {EMP} | {U1:af}"),
        ("ai_prompt", "Bunu daha resmi yap: selam {G2}, sipariş no {X:order} için beni {PH} numarasından ara"),
    ],
}

PACKS["ru"] = {
    "weight": 4, "cult": ["ru", "ru", "ru", "ru", "uk"], "country": ["ru", "ru", "ru", "e164"],
    "iban": ["DE", "AE", "TR"],
    "emp": ["ООО «Северный Ветер»|severveter.ru", "Байкал Технологии|baikaltech.ru", "АО «Волга Логистик»|volga-logistic.ru"],
    "city": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"],
    "role": ["Ведущий разработчик", "HR-менеджер", "Аналитик данных", "Руководитель проектов", "Продакт-менеджер"],
    "school": ["МФТИ", "СПбГУ", "ВШЭ", "НГУ"],
    "skill": ["Python", "Управление проектами", "SQL", "Переговоры", "Kubernetes"],
    "event": ["Митап по данным", "Ярмарка вакансий IT", "Завтрак «Женщины в IT»"],
    "topic": ["Найм разработчиков в 2025 году", "ИИ в малом бизнесе"],
    "mon": ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
    "datefmt": ["D.M.Y"],
    "price": ["N## 000–N## 000 ₽", "N## ### ₽", "N## 000 - N## 000 руб."],
    "word": ["<<Вера>> в команду — это всё.", "<<Надежда>> умирает последней.", "<<Любовь>> к делу видна сразу.",
             "Есть <<надежда>>, что успеем к релизу."],
    "GREET": ["Привет, {G1}!", "Здравствуйте, {G1}!", "Добрый день, {G1}!"],
    "THANKS": ["Спасибо, {G1}!", "Большое спасибо, {G1}!"],
    "SIGN": ["С уважением,\n{P1}\n{ROLE}, {EMP}\nТел.: {PH}", "Хорошего дня!\n{P1}"],
    "CONTACT": ["Тел.: {PH}, почта: {E1}", "Telegram: {H1}, тел. {PH}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Полный рабочий день\n{MON} {YEAR} – настоящее время · {CITY}\n"
         "Руководитель: {P1}. Дата приёма на работу: {X:date}."),
        ("profile_education", "Образование\n{SCHOOL}\nМагистр, прикладная математика, {YEAR} – {YEAR}\n"
         "Научный руководитель: {P1}."),
        ("profile_certifications", "Лицензии и сертификаты\nCKA — The Linux Foundation\nВыдан {X:date} · "
         "Идентификатор {X:credid}"),
        ("profile_volunteer", "Волонтёрство\nКазначей клуба «Код для детей» ({CITY}), с {YEAR} года\n"
         "Координатор: {P1}, {E1}."),
        ("job_post", "Мы нанимаем! 🚀\n{EMP} ищет: {ROLE}, {CITY}\nЗарплата: {X:price}\nНомер вакансии: {X:jobid}\n"
         "Отклик: {X:urlcareers} или {EMAIL}\nКонтакт: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nМеня зовут {P1}, я рекрутер {EMP}. У нас есть вакансия «{ROLE}», и ваш "
         "профиль нам очень подходит. Удобно созвониться? Мой номер: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} Скинь, пожалуйста, контакт: {P3}, организатор митапа.\n\n"
         "{P2} · {X:time1}\nВот: {PH}, почта {E3}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Группа «Сисадмины»\n{P1}: С адреса {IP4} идёт перебор паролей. Внутренняя сеть — "
         "{X:ip4neg.ipv4_private}, прошивка роутера версия {X:verip}.\n{P2}: У нас ещё {IP6}. cc {H1}"),
        ("event_page", "{EVENT} · {CITY}\nДата: {X:date} · {X:time}\nСпикеры: {P1} ({EMP}), {P2}\n"
         "Билеты: {X:urlevent} · Подключение по телефону: {PH:ru}, идентификатор конференции {X:meetid}"),
        ("company_post", "Гордимся командой {EMP}! Вышла версия {X:version} нашего приложения. Спасибо {P1@} и "
         "{P2@}! Вакансии: {X:urlcareers}"),
        ("recommendation", "Я три года была руководителем, а {P1} — лучшим аналитиком в команде {EMP}. "
         "Рекомендую без колебаний. — {P2}"),
        ("endorsement", "{P1} подтвердил(а) ваш навык «{SKILL}»."),
        ("ai_prompt", "Перепиши мой заголовок: {ROLE} в {EMP} | {U1:li}"),
        ("ai_prompt", "Сделай вежливее: привет {G2}, позвони мне {PH} по заказу № {X:order}"),
        ("newsletter_intro", "Добро пожаловать в выпуск №{NUM} рассылки «Данные по пятницам»! Сегодня: интервью "
         "(гость — {P1}), статья ({X:urlpaper}) и вакансии. Пишите на {E2}. — {P2}"),
    ],
}

PACKS["uk"] = {
    "weight": 3, "cult": ["uk", "uk", "uk", "uk", "pl"], "country": ["ua", "ua", "ua", "e164"], "iban": ["UA"],
    "emp": ["ТОВ «Карпати Софт»|karpaty-soft.com.ua", "Дніпро Дата|dniprodata.io", "Львівська Логістика|lvivlogistics.ua"],
    "city": ["Київ", "Львів", "Харків", "Одеса", "Дніпро"],
    "role": ["Старший розробник", "HR-менеджерка", "Аналітик даних", "Керівниця проєктів"],
    "school": ["Львівська політехніка", "Харківський національний університет", "Київська школа економіки"],
    "eponym": ["КПІ ім. <<Ігоря Сікорського>>", "КНУ імені <<Тараса Шевченка>>"],
    "skill": ["Python", "Управління проєктами", "SQL", "Переговори"],
    "event": ["Мітап з даних", "Ярмарок вакансій IT", "Сніданок «Жінки в IT»"],
    "topic": ["Найм розробників у 2025 році", "ШІ для малого бізнесу"],
    "mon": ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
    "datefmt": ["D.M.Y"],
    "price": ["N# 000–N# 000 грн", "$N ###–$N ###", "N# ### грн"],
    "word": ["<<Надія>> є завжди.", "<<Віра>> в команду — найважливіше.", "Є <<надія>>, що встигнемо до релізу."],
    "GREET": ["Привіт, {G1}!", "Добрий день, {G1}!", "Вітаю, {G1}!"],
    "THANKS": ["Дякую, {G1}!", "Щиро дякую, {G1}!"],
    "SIGN": ["З повагою,\n{P1}\n{ROLE}, {EMP}\nТел.: {PH}", "Гарного дня!\n{P1}"],
    "CONTACT": ["Тел.: {PH}, пошта: {E1}", "Telegram: {H1}, тел. {PH}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Повна зайнятість\n{MON} {YEAR} – дотепер · {CITY}\n"
         "Керівник: {P1}. Дата прийому на роботу: {X:date}."),
        ("profile_education", "Освіта\n{SCHOOL}\nМагістр комп'ютерних наук, {YEAR} – {YEAR}\nНауковий керівник: {P1}."),
        ("profile_education", "Освіта\n{X:eponym}\nБакалавр, {YEAR} – {YEAR}\nКуратор курсу: {P1}"),
        ("profile_certifications", "Ліцензії та сертифікати\nAWS Developer — Amazon Web Services\nВидано {X:date} · "
         "Ідентифікатор {X:credid}"),
        ("profile_volunteer", "Волонтерство\nСкарбниця фонду «Код для дітей» ({CITY}), з {YEAR}\n"
         "Донати: {IBAN}. Контакт: {P1}, {E1}."),
        ("job_post", "Ми наймаємо! 🚀\n{EMP} шукає: {ROLE}, {CITY}\nЗарплата: {X:price}\nНомер вакансії: {X:jobid}\n"
         "Відгукнутися: {X:urlcareers} або {EMAIL}\nКонтакт: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nМене звати {P1}, я рекрутерка {EMP}. Маємо вакансію «{ROLE}». Чи зручно "
         "зідзвонитися? Мій номер: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} Скинь контакт: {P3}, організаторка конференції.\n\n"
         "{P2} · {X:time1}\nОсь: {PH}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nДата: {X:date} · {X:time}\nСпікери: {P1} ({EMP}), {P2}\n"
         "Квитки: {X:urlevent} · Дзвінок: {PH:ua}, ID зустрічі {X:meetid}"),
        ("company_post", "Пишаємося командою {EMP}! Вийшла версія {X:version}. Дякуємо {P1@} і {P2@}! "
         "Вакансії: {X:urlcareers}"),
        ("recommendation", "Я три роки керувала командою, де {P1} був найкращим аналітиком. Рекомендую. — {P2}"),
        ("endorsement", "{P1} підтвердив(ла) вашу навичку «{SKILL}»."),
        ("ai_prompt", "Перепиши мій заголовок: {ROLE} у {EMP} | {U1:gh}"),
        ("group_discussion", "Група «Адміни»\n{P1}: Хто бачив атаки з {IP4}? Наш шлюз {X:ip4neg.ipv4_private}, "
         "прошивка версії {X:verip}.\n{P2}: Ще {IP6}. cc {H1}"),
    ],
}

PACKS["el"] = {
    "weight": 2, "cult": ["el"], "country": ["gr", "gr", "gr", "e164"], "iban": ["GR"],
    "emp": ["Αιγαίο Λογισμικό Α.Ε.|aigaio-software.gr", "Ολυμπος Δεδομένα|olympos-data.gr"],
    "city": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"],
    "role": ["Προγραμματίστρια", "Υπεύθυνος Προσλήψεων", "Αναλυτής Δεδομένων", "Διευθύντρια Έργων"],
    "school": ["ΕΜΠ", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "Οικονομικό Πανεπιστήμιο Αθηνών"],
    "skill": ["Python", "Διαχείριση έργων", "SQL", "Διαπραγμάτευση"],
    "event": ["Data Meetup Αθήνας", "Ημέρα Καριέρας Tech"],
    "topic": ["Προσλήψεις προγραμματιστών το 2025", "Τεχνητή νοημοσύνη στις ΜμΕ"],
    "mon": ["Ιαν.", "Φεβ.", "Μαρ.", "Απρ.", "Μαΐ.", "Ιουν.", "Ιουλ.", "Αύγ.", "Σεπ.", "Οκτ.", "Νοέ.", "Δεκ."],
    "datefmt": ["D/M/Y", "D-M-Y"],
    "price": ["N#.000–N#.000 €", "N#.### €"],
    "word": ["Υπάρχει <<ελπίδα>> για το release.", "<<Ειρήνη>> και ησυχία μετά το λανσάρισμα.",
             "Η <<ελπίδα>> πεθαίνει τελευταία."],
    "GREET": ["Γεια σου {G1},", "Καλημέρα {G1}!", "Γεια σας {G1},"],
    "THANKS": ["Ευχαριστώ, {G1}!", "Ευχαριστώ πολύ {G1}!"],
    "SIGN": ["Με εκτίμηση,\n{P1}\n{ROLE}, {EMP}\nΤηλ.: {PH}", "Φιλικά,\n{P1}"],
    "CONTACT": ["Τηλ.: {PH} · Email: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Πλήρης απασχόληση\n{MON} {YEAR} – Σήμερα · {CITY}\n"
         "Συνεργασία με {P1} στη μετάβαση στο cloud. Ημερομηνία πρόσληψης: {X:date}."),
        ("profile_education", "Εκπαίδευση\n{SCHOOL}\nΜεταπτυχιακό στην Πληροφορική, {YEAR} – {YEAR}\n"
         "Επιβλέπων: {P1}."),
        ("profile_certifications", "Άδειες και πιστοποιήσεις\nPMP — Project Management Institute\n"
         "Έκδοση {X:date} · Αναγνωριστικό {X:credid}"),
        ("job_post", "Προσλαμβάνουμε! 🚀\n{EMP}: {ROLE}, {CITY}\nΜισθός: {X:price}\nΚωδικός αγγελίας: {X:jobid}\n"
         "Αιτήσεις: {X:urlcareers} ή {EMAIL}\nΕπικοινωνία: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nΕίμαι η {P1}, recruiter στην {EMP}. Έχουμε θέση {ROLE}. Μπορούμε να "
         "μιλήσουμε; Το τηλέφωνό μου: {PH}.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} έχεις το τηλέφωνο του διοργανωτή; Λέγεται {P3}.\n\n"
         "{P2} · {X:time1}\nΝαι: {PH}. {X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nΗμερομηνία: {X:date} · {X:time}\nΟμιλητές: {P1} ({EMP}), {P2}\n"
         "Εισιτήρια: {X:urlevent} · Τηλεφωνική σύνδεση: {PH:gr}, ID συνάντησης {X:meetid}"),
        ("company_post", "Περήφανοι για την ομάδα της {EMP}! Κυκλοφόρησε η έκδοση {X:version}. Ευχαριστούμε "
         "{P1@} και {P2@}! Θέσεις: {X:urlcareers}"),
        ("profile_volunteer", "Εθελοντισμός\nΤαμίας του συλλόγου Κώδικας για Παιδιά ({CITY}) από το {YEAR}\n"
         "Δωρεές: {IBAN}. Επικοινωνία: {P1}, {E1}."),
        ("ai_prompt", "Ξαναγράψε τον τίτλο μου: {ROLE} στην {EMP} | {U1:li}"),
        ("endorsement", "{P1}: επιβεβαίωση της δεξιότητάς σας «{SKILL}»"),
    ],
}

PACKS["ar"] = {
    "weight": 4, "cult": ["ar"], "country": ["ae", "ae", "sa", "sa", "e164"], "iban": ["SA", "AE"],
    "emp": ["شركة الواحة للتقنية|alwaha-tech.ae", "مجموعة النخيل المالية|nakheelfin.sa", "سحابة الخليج|gulfcloud.io"],
    "city": ["دبي", "الرياض", "عمّان", "القاهرة", "الدار البيضاء", "جدة"],
    "role": ["مهندسة بيانات", "مدير مشاريع", "أخصائي موارد بشرية", "مطور برمجيات", "محللة مالية"],
    "school": ["جامعة الملك سعود", "الجامعة الأمريكية في بيروت", "جامعة القاهرة", "جامعة خليفة"],
    "skill": ["Python", "إدارة المشاريع", "SQL", "التفاوض", "تحليل البيانات"],
    "event": ["ملتقى البيانات", "معرض التوظيف التقني", "إفطار النساء في التقنية"],
    "topic": ["توظيف المطورين في 2025", "الذكاء الاصطناعي للشركات الصغيرة"],
    "mon": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"],
    "datefmt": ["D/M/Y", "Y-M-D"],
    "price": ["N#,000 – N#,000 درهم", "N#,### ريال", "N#,000–N#,000 ر.س"],
    "word": ["على <<أمل>> أن نلتقي قريبًا.", "<<نور>> الشمس يدخل المكتب الجديد طوال اليوم.",
             "كلنا <<أمل>> في إطلاق ناجح."],
    "GREET": ["مرحبا {G1}،", "أهلاً {G1}،", "صباح الخير يا {G1}،", "السلام عليكم {G1}،"],
    "THANKS": ["شكرًا {G1}!", "شكرًا جزيلاً يا {G1}.", "ألف شكر يا {G1} 🙏"],
    "SIGN": ["مع التحية،\n{P1}\n{ROLE} – {EMP}\nهاتف: {PH}", "تحياتي،\n{P1}"],
    "CONTACT": ["هاتف: {PH} – بريد: {E1}", "واتساب: {PH} | {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · دوام كامل\n{MON} {YEAR} – حتى الآن · {CITY}\n"
         "بنيت فريق البيانات مع {P1}. تاريخ الالتحاق: {X:date}"),
        ("profile_education", "التعليم\n{SCHOOL}\nماجستير علوم الحاسوب، {YEAR} – {YEAR}\nالمشرف: {P1}"),
        ("profile_certifications", "التراخيص والشهادات\nPMP — معهد إدارة المشاريع\nتاريخ الإصدار {X:date} · "
         "رقم الشهادة {X:credid}"),
        ("profile_volunteer", "العمل التطوعي\nأمينة صندوق جمعية «برمج لأطفالك» في {CITY} منذ {YEAR}\n"
         "التبرعات: {IBAN}\nللتواصل: {P1}، {E1}"),
        ("profile_about", "نبذة\n{ROLE} في {CITY}. أكتب عن التقنية على {U1:md}\n{@CONTACT}"),
        ("job_post", "نحن نوظف! 🚀\n{EMP} تبحث عن {ROLE} في {CITY}.\nالراتب: {X:price}\nرقم الوظيفة: {X:jobid}\n"
         "للتقديم: {X:urlcareers} أو {EMAIL}\nللاستفسار: {P1}، {PH}"),
        ("recruiter_message", "{@GREET:2}\nأنا {P1}، مسؤول التوظيف في {EMP}. لدينا وظيفة {ROLE} تناسب خبرتك. "
         "هل يمكننا التحدث؟ رقمي: {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} هل لديك رقم {P3}؟\n\n{P2} · {X:time1}\nنعم: {PH}. {X:word}\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "مجموعة «مهندسو الشبكات»\n{P1}: هل لاحظ أحد هجمات من {IP4}؟ شبكتنا الداخلية "
         "{X:ip4neg.ipv4_private} وإصدار البرنامج الثابت {X:verip}.\n{P2}: ونحن أيضًا من {IP6}. {H1}"),
        ("event_page", "{EVENT} · {CITY}\nالتاريخ: {X:date} · {X:time}\nالمتحدثون: {P1} ({EMP})، {P2}\n"
         "التذاكر: {X:urlevent}\nالاتصال الهاتفي: {PH:ae}، رقم الاجتماع {X:meetid}"),
        ("company_post", "فخورون بفريق {EMP}! أطلقنا الإصدار {X:version} من التطبيق. شكرًا {P1@} و {P2@}! "
         "الوظائف: {X:urlcareers}"),
        ("recommendation", "كنت المديرة المباشرة لـ{P1} في {EMP} لمدة ثلاث سنوات. أوصي بالعمل معه بشدة. — {P2}"),
        ("endorsement", "أيّد {P1} مهارتك في {SKILL}"),
        ("ai_prompt", "أعد صياغة عنواني: {ROLE} في {EMP} | {U1:li}"),
        ("ai_prompt", "اجعل الرسالة أكثر رسمية: مرحبا {G2}، اتصل بي على {PH} بخصوص الطلب رقم {X:order}"),
        ("ai_prompt", "هل هذا احتيال؟ طلبوا مني تحويل رسوم التسجيل إلى الحساب {IBAN} وإرسال رقم بطاقتي {CARD}"),
    ],
}

PACKS["he"] = {
    "weight": 2, "cult": ["he", "he", "he", "ar"], "country": ["il", "il", "il", "e164"], "iban": ["IL"],
    "emp": ["גלבוע טכנולוגיות|gilboa-tech.co.il", "ים המלח סייבר|deadsea-cyber.io", "כרמל דאטה|carmeldata.co.il"],
    "city": ["תל אביב", "ירושלים", "חיפה", "באר שבע", "הרצליה"],
    "role": ["מפתחת תוכנה בכירה", "מנהל מוצר", "רכזת גיוס", "אנליסט נתונים"],
    "school": ["הטכניון", "אוניברסיטת תל אביב", "האוניברסיטה העברית"],
    "skill": ["Python", "ניהול פרויקטים", "SQL", "משא ומתן"],
    "event": ["מיטאפ דאטה", "יריד תעסוקה הייטק", "בוקר נשים בטכנולוגיה"],
    "topic": ["גיוס מפתחים ב-2025", "בינה מלאכותית לעסקים קטנים"],
    "mon": ["ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳"],
    "datefmt": ["D/M/Y", "D.M.Y"],
    "price": ["N#,000–N#,000 ₪", "₪N#,###", "N#,000 ש״ח"],
    "word": ["יש <<אור>> בקצה המנהרה.", "ערב <<שירה>> בחצר המשרד ביום חמישי."],
    "GREET": ["היי {G1},", "שלום {G1},", "בוקר טוב {G1}!"],
    "THANKS": ["תודה {G1}!", "תודה רבה, {G1}."],
    "SIGN": ["בברכה,\n{P1}\n{ROLE}, {EMP}\nטל׳: {PH}", "תודה,\n{P1}"],
    "CONTACT": ["טל׳: {PH} | מייל: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · משרה מלאה\n{MON} {YEAR} – היום · {CITY}\nהקמתי את צוות הדאטה "
         "יחד עם {P1}. תאריך תחילת עבודה: {X:date}"),
        ("profile_education", "השכלה\n{SCHOOL}\nתואר שני במדעי המחשב, {YEAR} – {YEAR}\nמנחה: {P1}"),
        ("profile_certifications", "רישיונות והסמכות\nCISSP — ISC2\nהונפק {X:date} · מזהה הסמכה {X:credid}"),
        ("profile_volunteer", "התנדבות\nגזברית עמותת קוד לילדים ({CITY}) מאז {YEAR}\nתרומות: {IBAN}\n"
         "ליצירת קשר: {P1}, {E1}"),
        ("job_post", "מגייסים! 🚀\n{EMP} מחפשת {ROLE} ב{CITY}.\nשכר: {X:price}\nמספר משרה: {X:jobid}\n"
         "הגשת מועמדות: {X:urlcareers} או {EMAIL}\nאיש קשר: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nאני {P1}, מגייסת ב-{EMP}. יש לנו משרת {ROLE} שמתאימה לך. אפשר "
         "לדבר? הטלפון שלי: {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} יש לך את הטלפון של {P3}?\n\n{P2} · {X:time1}\nכן: {PH}. {X:word}\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nתאריך: {X:date} · {X:time}\nדוברים: {P1} ({EMP}), {P2}\nכרטיסים: "
         "{X:urlevent}\nחיוג: {PH:il}, מזהה פגישה {X:meetid}"),
        ("company_post", "גאים בצוות של {EMP}! גרסה {X:version} באוויר. תודה רבה: {P1@}, {P2@}! משרות: {X:urlcareers}"),
        ("recommendation", "הייתי המנהלת של {P1} ב-{EMP} במשך שלוש שנים. ממליצה בחום. — {P2}"),
        ("endorsement", "{P1} אישר/ה את המיומנות שלך: {SKILL}"),
        ("ai_prompt", "נסח מחדש את הכותרת שלי: {ROLE} ב-{EMP} | {U1:gh}"),
        ("ai_prompt", "תנסח יותר רשמי: היי {G2}, תתקשר אליי ל-{PH} בקשר להזמנה מספר {X:order}"),
        ("group_discussion", "קבוצת «אנשי רשתות»\n{P1}: מישהו ראה ניסיונות התחברות מ-{IP4}? הרשת הפנימית שלנו "
         "{X:ip4neg.ipv4_private}, גרסה {X:verip} של הקושחה.\n{P2}: גם אצלנו, מ-{IP6}. {H1}"),
    ],
}

PACKS["hi"] = {
    "weight": 3, "cult": ["hi", "hi", "hi", "hi_lat"], "country": ["in", "in", "in", "e164"], "iban": ["GB", "AE", "DE"],
    "emp": ["सह्याद्रि टेक|sahyadri-tech.in", "गंगा फिनसर्व|gangafinserv.co.in", "नीलगिरि लॉजिस्टिक्स|nilgirilogistics.in"],
    "city": ["मुंबई", "दिल्ली", "बेंगलुरु", "पुणे", "हैदराबाद", "जयपुर"],
    "role": ["सॉफ्टवेयर इंजीनियर", "एचआर मैनेजर", "डेटा एनालिस्ट", "प्रोडक्ट मैनेजर"],
    "school": ["आईआईटी दिल्ली", "दिल्ली विश्वविद्यालय", "आईआईएससी बेंगलुरु"],
    "skill": ["Python", "प्रोजेक्ट मैनेजमेंट", "SQL", "बातचीत कौशल"],
    "event": ["डेटा मीटअप", "टेक जॉब फेयर", "महिला टेक ब्रेकफ़ास्ट"],
    "topic": ["2025 में डेवलपर भर्ती", "छोटे व्यवसायों के लिए एआई"],
    "mon": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "datefmt": ["D/M/Y", "D-M-Y"],
    "price": ["₹N#,##,000", "₹N#,##,000 – ₹N#,##,000", "₹N#,000"],
    "word": ["हमें <<आशा>> है कि रिलीज़ समय पर होगी।", "सूरज की पहली <<किरण>> के साथ काम शुरू।",
             "दीवाली पर <<दीपक>> जलाना न भूलें।", "<<पूजा>> के बाद ऑफिस पार्टी है।"],
    "GREET": ["नमस्ते {G1} जी,", "हाय {G1},", "प्रिय {G1},"],
    "THANKS": ["धन्यवाद {G1}!", "शुक्रिया {G1} जी!", "बहुत-बहुत धन्यवाद, {G1}।"],
    "SIGN": ["सादर,\n{P1}\n{ROLE}, {EMP}\nफ़ोन: {PH}", "धन्यवाद,\n{P1}"],
    "CONTACT": ["फ़ोन: {PH} · ईमेल: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · पूर्णकालिक\n{MON} {YEAR} – वर्तमान · {CITY}\n{P1} के साथ डेटा टीम "
         "बनाई। ज्वाइनिंग की तारीख: {X:date}"),
        ("profile_education", "शिक्षा\n{SCHOOL}\nएम.टेक, कंप्यूटर साइंस, {YEAR} – {YEAR}\nगाइड: {P1}"),
        ("profile_certifications", "लाइसेंस और प्रमाणपत्र\nAWS Solutions Architect — Amazon Web Services\n"
         "जारी: {X:date} · क्रेडेंशियल आईडी {X:credid}"),
        ("job_post", "हम भर्ती कर रहे हैं! 🚀\n{EMP} को {CITY} में {ROLE} चाहिए।\nवेतन: {X:price} प्रति वर्ष\n"
         "जॉब आईडी: {X:jobid}\nआवेदन: {X:urlcareers} या {EMAIL}\nसंपर्क: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nमैं {P1}, {EMP} में रिक्रूटर हूँ। {ROLE} की एक भूमिका आपके प्रोफ़ाइल से "
         "मेल खाती है। क्या हम बात कर सकते हैं? मेरा नंबर: {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} क्या आपके पास {P3} का नंबर है?\n\n{P2} · {X:time1}\nहाँ: {PH}. "
         "{X:word}\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nतारीख: {X:date} · {X:time}\nवक्ता: {P1} ({EMP}), {P2}\nटिकट: {X:urlevent}\n"
         "डायल-इन: {PH:in}, मीटिंग आईडी {X:meetid}"),
        ("company_post", "{EMP} की टीम पर गर्व है! ऐप का संस्करण {X:version} लॉन्च हुआ। {P1@} और {P2@} का धन्यवाद! "
         "भर्ती: {X:urlcareers}"),
        ("recommendation", "मैं {EMP} में तीन साल तक {P1} की मैनेजर थी। बेहद भरोसेमंद सहकर्मी। — {P2}"),
        ("endorsement", "{P1} ने आपके कौशल {SKILL} का समर्थन किया"),
        ("ai_prompt", "मेरी हेडलाइन दोबारा लिखो: {ROLE} @ {EMP} | {U1:li}"),
        ("ai_prompt", "इसे औपचारिक बनाओ: {G2} जी, ऑर्डर नंबर {X:order} के बारे में मुझे {PH} पर कॉल करें"),
        ("group_discussion", "ग्रुप «नेटवर्क एडमिन्स»\n{P1}: {IP4} से लगातार लॉगिन प्रयास हो रहे हैं। हमारा आंतरिक "
         "नेटवर्क {X:ip4neg.ipv4_private} है, राउटर फ़र्मवेयर संस्करण {X:verip} है।\n{P2}: हमें {IP6} से भी दिखा। {H1}"),
    ],
}

PACKS["zh"] = {
    "weight": 4, "cult": ["zh"], "country": ["cn", "cn", "cn", "cn", "e164"], "iban": ["DE", "GB"],
    "emp": ["星河科技|xinghe-tech.cn", "云帆数据|yunfandata.com", "蓝鲸物流|lanjing-logistics.cn"],
    "city": ["北京", "上海", "深圳", "杭州", "成都"],
    "role": ["高级后端工程师", "产品经理", "招聘专员", "数据分析师", "运营总监"],
    "school": ["清华大学", "浙江大学", "复旦大学", "北京大学"],
    "skill": ["Python", "项目管理", "SQL", "商务谈判"],
    "event": ["数据科学沙龙", "科技招聘会", "女性科技早餐会"],
    "topic": ["2025年的技术招聘", "中小企业的人工智能"],
    "mon": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    "datefmt": ["Y-M-D", "Y/M/D", "Y.M.D"],
    "price": ["¥N#,000–¥N#,000", "N#,000元", "¥N##,000"],
    "GREET": ["{G1}你好，", "{G1}老师好！", "Hi {G1}，", "{G1}，您好！"],
    "THANKS": ["谢谢{G1}！", "感谢{G1}的帮助！", "多谢{G1}！"],
    "SIGN": ["祝好，\n{P1}\n{ROLE} · {EMP}\n电话：{PH}", "此致\n{P1}"],
    "CONTACT": ["电话：{PH} · 邮箱：{EMAILG:1}", "微信同号：{PH}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · 全职\n{YEAR}年{MON} – 至今 · {CITY}\n与{P1}一起搭建数据平台。"
         "入职日期：{X:date}"),
        ("profile_education", "教育经历\n{SCHOOL}\n计算机科学硕士，{YEAR} – {YEAR}\n导师：{P1}"),
        ("profile_certifications", "执照与认证\nPMP — 项目管理协会\n颁发日期 {X:date} · 证书编号 {X:credid}"),
        ("profile_about", "关于我\n{CITY}的{ROLE}，专注数据工程。博客：{U1:md} \n{@CONTACT}"),
        ("job_post", "我们在招聘！🚀\n{EMP}招聘{ROLE}（{CITY}）\n薪资：{X:price}\n职位编号：{X:jobid}\n"
         "简历请投递至{EMAILG:1}或通过 {X:urlcareers} 申请\n联系人：{P1}，电话{PH}"),
        ("recruiter_message", "{@GREET:2}\n我是{EMP}的招聘顾问{P1}。我们有一个{ROLE}的职位，很适合您。方便的话请"
         "致电{PH}。邮箱：{EMAILG:1}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2}你有{P3}的联系方式吗？\n\n{P2} · {X:time1}\n有的：{PH}，"
         "邮箱{EMAILG:3}。\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "【运维交流群】\n{P1}：有人看到来自{IP4}的暴力破解吗？我们内网是{X:ip4neg.ipv4_private}，"
         "路由器固件版本{X:verip}。\n{P2}：我们这边还有{IP6}。{H1}"),
        ("event_page", "{EVENT} · {CITY}\n日期：{X:date} {X:time}\n嘉宾：{P1}（{EMP}）、{P2}\n报名： {X:urlevent} \n"
         "电话接入：{PH:cn}，会议号{X:meetid}"),
        ("company_post", "为{EMP}团队骄傲！App {X:version}版本正式上线。感谢{P1}、{P2}的付出！招聘中： {X:urlcareers}"),
        ("recommendation", "我曾在{EMP}担任{P1}的直属上级三年。专业、可靠，强烈推荐。——{P2}"),
        ("endorsement", "{P1}认可了你的技能：{SKILL}"),
        ("ai_prompt", "帮我改写个人简介标题：{ROLE} @ {EMP} | {U1:li}"),
        ("ai_prompt", "把这段话改得更正式：{G2}你好，订单号{X:order}的事请打我电话{PH}"),
        ("newsletter_intro", "欢迎阅读《数据周刊》第{NUM}期！本期：{P1}专访、论文推荐（ {X:urlpaper} ）以及招聘信息。"
         "来信请寄{EMAILG:2}。——{P2}"),
    ],
}

PACKS["ja"] = {
    "weight": 4, "cult": ["ja"], "country": ["jp", "jp", "jp", "jp", "e164"], "iban": ["DE", "GB"],
    "emp": ["株式会社ひかりソフト|hikari-soft.co.jp", "みなと物流株式会社|minato-butsuryu.jp", "さくらデータ|sakura-data.io"],
    "city": ["東京", "大阪", "福岡", "名古屋", "札幌"],
    "role": ["シニアエンジニア", "人事担当", "データアナリスト", "プロダクトマネージャー"],
    "school": ["東京大学", "京都大学", "早稲田大学", "慶應義塾大学"],
    "skill": ["Python", "プロジェクト管理", "SQL", "交渉力"],
    "event": ["データサイエンス勉強会", "テック採用フェア", "女性エンジニア朝会"],
    "topic": ["2025年のエンジニア採用", "中小企業のAI活用"],
    "mon": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    "datefmt": ["Y/M/D", "Y-M-D", "Y.M.D"],
    "price": ["¥N,###,000", "¥N#,000,000", "N,###,000円"],
    "GREET": ["{G1}さん、こんにちは。", "{G1}様", "{G1}さん、お疲れさまです。"],
    "THANKS": ["{G1}さん、ありがとうございます！", "ありがとう、{G1}さん！"],
    "SIGN": ["よろしくお願いいたします。\n{P1}\n{ROLE}・{EMP}\nTEL：{PH}", "{P1}"],
    "CONTACT": ["TEL：{PH}／メール：{EMAILG:1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · 正社員\n{YEAR}年{MON} – 現在 · {CITY}\n{P1}さんと一緒にデータ基盤を"
         "構築。入社日：{X:date}"),
        ("profile_education", "学歴\n{SCHOOL}\n情報科学 修士、{YEAR} – {YEAR}\n指導教員：{P1}先生"),
        ("profile_certifications", "資格・認定\n基本情報技術者試験\n取得日 {X:date} · 認定番号 {X:credid}"),
        ("profile_about", "自己紹介\n{CITY}の{ROLE}です。技術ブログ： {U1:md} \n{@CONTACT}"),
        ("job_post", "採用中です！🚀\n{EMP}では{ROLE}を募集しています（{CITY}）。\n年収：{X:price}\n求人番号：{X:jobid}\n"
         "応募は {X:urlcareers} から、または{EMAILG:1}まで。\n担当：{P1}（{PH}）"),
        ("recruiter_message", "{@GREET:2}\n{EMP}の採用担当、{P1}と申します。{ROLE}のポジションについてお話しできればと"
         "思いご連絡しました。お電話（{PH}）でも構いません。\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2}{P3}さんの連絡先を教えてもらえますか？\n\n{P2} · {X:time1}\n"
         "はい、{PH}です。メールは{EMAILG:3}です。\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "【インフラ勉強会】\n{P1}：{IP4}からの不正アクセスが続いています。社内ネットワークは"
         "{X:ip4neg.ipv4_private}、ルーターのファームウェアはバージョン{X:verip}です。\n{P2}：こちらでは{IP6}も"
         "確認しました。{H1}"),
        ("event_page", "{EVENT} · {CITY}\n日時：{X:date} {X:time}\n登壇者：{P1}（{EMP}）、{P2}\nチケット： {X:urlevent} \n"
         "電話参加：{PH:jp}、会議ID {X:meetid}"),
        ("company_post", "{EMP}のチームを誇りに思います！アプリのバージョン{X:version}をリリースしました。{P1}さん、"
         "{P2}さん、ありがとう！採用情報： {X:urlcareers}"),
        ("recommendation", "{EMP}で3年間、{P1}さんの上司でした。誠実で頼れる方です。— {P2}"),
        ("endorsement", "{P1}さんがあなたのスキル「{SKILL}」を推薦しました"),
        ("ai_prompt", "私の見出しを書き直して：{ROLE} @ {EMP} | {U1:x}"),
        ("ai_prompt", "もっと丁寧に：{G2}さん、注文番号{X:order}の件で{PH}に電話ください"),
    ],
}

PACKS["ko"] = {
    "weight": 3, "cult": ["ko"], "country": ["kr", "kr", "kr", "e164"], "iban": ["DE", "GB"],
    "emp": ["한빛소프트웨어|hanbit-sw.co.kr", "누리데이터|nuridata.io", "바다물류|bada-logis.kr"],
    "city": ["서울", "부산", "판교", "대전", "인천"],
    "role": ["백엔드 개발자", "인사 담당자", "데이터 분석가", "프로덕트 매니저"],
    "school": ["서울대학교", "카이스트", "연세대학교", "고려대학교"],
    "skill": ["Python", "프로젝트 관리", "SQL", "협상"],
    "event": ["데이터 밋업", "테크 채용 박람회", "여성 개발자 조찬"],
    "topic": ["2025년 개발자 채용", "중소기업의 AI 활용"],
    "mon": ["1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"],
    "datefmt": ["Y.M.D", "Y-M-D"],
    "price": ["₩N#,000,000", "₩N#,000,000–₩N#,000,000"],
    "GREET": ["{G1}님, 안녕하세요.", "안녕하세요 {G1} 님,", "{G1} 님 안녕하세요!"],
    "THANKS": ["{G1}님, 감사합니다!", "고마워요 {G1} 님!"],
    "SIGN": ["감사합니다.\n{P1} 드림\n{ROLE}, {EMP}\n전화: {PH}", "{P1} 드림"],
    "CONTACT": ["전화: {PH} · 이메일: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · 정규직\n{YEAR}년 {MON} – 현재 · {CITY}\n{P1} 님과 함께 데이터 플랫폼 "
         "구축. 입사일: {X:date}"),
        ("profile_education", "학력\n{SCHOOL}\n컴퓨터공학 석사, {YEAR} – {YEAR}\n지도교수: {P1}"),
        ("profile_certifications", "자격증\n정보처리기사 — 한국산업인력공단\n취득일 {X:date} · 자격번호 {X:credid}"),
        ("job_post", "채용 중입니다! 🚀\n{EMP}에서 {ROLE}를 모집합니다 ({CITY}).\n연봉: {X:price}\n공고 번호: {X:jobid}\n"
         "지원: {X:urlcareers} 또는 {EMAILG:1}\n담당자: {P1} ({PH})"),
        ("recruiter_message", "{@GREET:2}\n{EMP} 채용 담당 {P1}입니다. {ROLE} 포지션에 관심 있으시면 {PH}로 연락 "
         "주세요.\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} {P3} 님 연락처 있으세요?\n\n{P2} · {X:time1}\n네, {PH}이에요. "
         "메일은 {EMAILG:3}입니다.\n\n{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "[인프라 개발자 모임]\n{P1}: {IP4}에서 무차별 대입 공격이 계속 들어와요. 내부망은 "
         "{X:ip4neg.ipv4_private}, 공유기 펌웨어 버전 {X:verip}입니다.\n{P2}: 저희는 {IP6}도 봤어요. {H1}"),
        ("event_page", "{EVENT} · {CITY}\n일시: {X:date} {X:time}\n연사: {P1} ({EMP}), {P2}\n티켓: {X:urlevent}\n"
         "전화 참여: {PH:kr}, 회의 ID {X:meetid}"),
        ("company_post", "{EMP} 팀이 자랑스럽습니다! 앱 {X:version} 버전 출시. {P1} 님, {P2} 님 감사합니다! 채용: "
         "{X:urlcareers}"),
        ("recommendation", "{EMP}에서 3년간 {P1} 님의 팀장이었습니다. 믿을 수 있는 동료입니다. — {P2}"),
        ("endorsement", "{P1} 님이 회원님의 {SKILL} 기술을 추천했습니다"),
        ("ai_prompt", "내 헤드라인 다시 써줘: {ROLE} @ {EMP} | {U1:af}"),
        ("ai_prompt", "더 정중하게 바꿔줘: {G2}님, 주문번호 {X:order} 건으로 {PH}로 전화 주세요"),
    ],
}

PACKS["th"] = {
    "weight": 2, "cult": ["th"], "country": ["th", "th", "th", "e164"], "iban": ["GB"],
    "emp": ["บริษัท ช้างเผือก เทค จำกัด|changpuak-tech.co.th", "สยามดาต้า|siamdata.io"],
    "city": ["กรุงเทพฯ", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น"],
    "role": ["วิศวกรซอฟต์แวร์", "ผู้จัดการฝ่ายบุคคล", "นักวิเคราะห์ข้อมูล"],
    "school": ["จุฬาลงกรณ์มหาวิทยาลัย", "มหาวิทยาลัยมหิดล", "มหาวิทยาลัยเชียงใหม่"],
    "skill": ["Python", "การบริหารโครงการ", "SQL"],
    "event": ["มีตอัปดาต้า", "งานหางานสายเทค"],
    "topic": ["การจ้างนักพัฒนาในปี 2025"],
    "mon": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "datefmt": ["D/M/B", "D/M/Y"],
    "price": ["N#,000 บาท", "฿N#,000", "N#,000–N#,000 บาท"],
    "GREET": ["สวัสดีค่ะ คุณ{G1}", "สวัสดีครับคุณ{G1}", "หวัดดี {G1}"],
    "THANKS": ["ขอบคุณค่ะ คุณ{G1}", "ขอบคุณมากครับ คุณ{G1}"],
    "SIGN": ["ขอแสดงความนับถือ\n{P1}\n{ROLE} {EMP}\nโทร {PH}"],
    "CONTACT": ["โทร {PH} อีเมล {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · เต็มเวลา\n{MON} {YEAR} – ปัจจุบัน · {CITY}\nสร้างทีมข้อมูลร่วมกับ "
         "{P1} วันที่เริ่มงาน: {X:date}"),
        ("profile_education", "การศึกษา\n{SCHOOL}\nปริญญาโท วิทยาการคอมพิวเตอร์ {YEAR} – {YEAR}\nอาจารย์ที่ปรึกษา: {P1}"),
        ("profile_certifications", "ใบอนุญาตและใบรับรอง\nAWS Cloud Practitioner\nออกให้เมื่อ {X:date} · "
         "รหัสใบรับรอง {X:credid}"),
        ("job_post", "เรากำลังรับสมัคร! 🚀\n{EMP} รับสมัคร {ROLE} ที่ {CITY}\nเงินเดือน: {X:price}\n"
         "รหัสตำแหน่ง: {X:jobid}\nสมัครได้ที่ {X:urlcareers} หรือ {EMAIL}\nติดต่อ: {P1} โทร {PH}"),
        ("recruiter_message", "{@GREET:2}\nดิฉัน {P1} ฝ่ายสรรหาของ {EMP} ค่ะ มีตำแหน่ง {ROLE} ที่เหมาะกับคุณ "
         "สะดวกคุยไหมคะ เบอร์ของดิฉัน {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} มีเบอร์ของ {P3} ไหม\n\n{P2} · {X:time1}\nมีจ้ะ {PH}\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {CITY}\nวันที่: {X:date} · {X:time}\nวิทยากร: {P1} ({EMP}), {P2}\nบัตร: {X:urlevent}\n"
         "โทรเข้าร่วม: {PH:th} รหัสการประชุม {X:meetid}"),
        ("company_post", "ภูมิใจในทีม {EMP}! แอปเวอร์ชัน {X:version} เปิดตัวแล้ว ขอบคุณ {P1@} และ {P2@}"),
        ("recommendation", "ดิฉันเป็นหัวหน้าของ {P1} ที่ {EMP} มาสามปี ขอแนะนำอย่างยิ่ง — {P2}"),
        ("endorsement", "{P1} รับรองทักษะ {SKILL} ของคุณ"),
        ("ai_prompt", "ช่วยเขียนหัวข้อโปรไฟล์ใหม่: {ROLE} @ {EMP} | {U1:li}"),
        ("ai_prompt", "ช่วยเขียนให้สุภาพขึ้น: คุณ{G2} โทรหาเราที่ {PH} เรื่องคำสั่งซื้อเลขที่ {X:order}"),
    ],
}

PACKS["vi"] = {
    "weight": 2, "cult": ["vi"], "country": ["vn", "vn", "vn", "e164"], "iban": ["DE", "GB"],
    "emp": ["Công ty TNHH Sen Vàng|senvang.vn", "Mekong Data|mekongdata.io"],
    "city": ["Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
    "role": ["Kỹ sư phần mềm", "Chuyên viên tuyển dụng", "Chuyên viên phân tích dữ liệu", "Quản lý sản phẩm"],
    "school": ["Đại học Bách khoa Hà Nội", "Đại học Quốc gia Hà Nội", "Đại học FPT"],
    "skill": ["Python", "Quản lý dự án", "SQL", "Đàm phán"],
    "event": ["Meetup Dữ liệu", "Ngày hội việc làm IT"],
    "topic": ["Tuyển lập trình viên năm 2025"],
    "mon": ["thg 1", "thg 2", "thg 3", "thg 4", "thg 5", "thg 6", "thg 7", "thg 8", "thg 9", "thg 10", "thg 11",
            "thg 12"],
    "datefmt": ["D/M/Y"],
    "price": ["N#.000.000 VNĐ", "N#.000.000–N#.000.000 đồng"],
    "place": ["TP. <<Hồ Chí Minh>>", "Thành phố <<Hồ Chí Minh>>"],
    "word": ["Ban công văn phòng đầy <<hoa>>.", "Chi nhánh miền <<Nam>> mở cửa tháng sau.",
             "<<Hương>> cà phê buổi sáng là đủ rồi."],
    "GREET": ["Chào {G1},", "Chào chị {G1},", "Chào anh {G1},", "Xin chào {G1}!"],
    "THANKS": ["Cảm ơn {G1}!", "Cảm ơn chị {G1} nhiều nhé!", "Cảm ơn anh {G1}."],
    "SIGN": ["Trân trọng,\n{P1}\n{ROLE}, {EMP}\nĐT: {PH}"],
    "CONTACT": ["ĐT: {PH} · Email: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Toàn thời gian\n{MON} {YEAR} – nay · {X:place}\nCùng {P1} xây dựng "
         "nhóm dữ liệu. Ngày vào làm: {X:date}"),
        ("profile_education", "Học vấn\n{SCHOOL}\nThạc sĩ Khoa học máy tính, {YEAR} – {YEAR}\nGiảng viên hướng dẫn: {P1}"),
        ("profile_certifications", "Giấy phép & chứng chỉ\nPMP — Project Management Institute\nCấp ngày {X:date} · "
         "Mã chứng chỉ {X:credid}"),
        ("job_post", "Chúng tôi đang tuyển dụng! 🚀\n{EMP} tuyển {ROLE} tại {CITY}.\nLương: {X:price}\nMã tin: {X:jobid}\n"
         "Ứng tuyển: {X:urlcareers} hoặc {EMAIL}\nLiên hệ: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nTôi là {P1}, chuyên viên tuyển dụng của {EMP}. Chúng tôi có vị trí {ROLE} "
         "rất phù hợp. Mình trao đổi nhanh được không? Số của tôi: {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} có số của {P3} không?\n\n{P2} · {X:time1}\nCó: {PH}. {X:word}\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("event_page", "{EVENT} · {X:place}\nNgày: {X:date} · {X:time}\nDiễn giả: {P1} ({EMP}), {P2}\nVé: {X:urlevent}\n"
         "Gọi vào: {PH:vn}, mã cuộc họp {X:meetid}"),
        ("company_post", "Tự hào về đội ngũ {EMP}! Phiên bản {X:version} đã ra mắt. Cảm ơn {P1@} và {P2@}!"),
        ("recommendation", "Tôi là quản lý trực tiếp của {P1} tại {EMP} trong ba năm. Rất đáng tin cậy. — {P2}"),
        ("endorsement", "{P1} đã xác nhận kỹ năng {SKILL} của bạn"),
        ("ai_prompt", "Viết lại tiêu đề của tôi: {ROLE} tại {EMP} | {U1:li}"),
        ("ai_prompt", "Viết lịch sự hơn: chào {G2}, gọi mình số {PH} về đơn hàng số {X:order} nhé"),
    ],
}

PACKS["id"] = {
    "weight": 3, "cult": ["id"], "country": ["id", "id", "id", "e164"], "iban": ["DE", "GB"],
    "emp": ["PT Nusantara Digital|nusantaradigital.co.id", "PT Rajawali Logistik|rajawalilogistik.id"],
    "city": ["Jakarta", "Bandung", "Surabaya", "Yogyakarta", "Medan"],
    "role": ["Software Engineer", "Staf HRD", "Analis Data", "Manajer Produk"],
    "school": ["Universitas Indonesia", "ITB", "UGM"],
    "skill": ["Python", "Manajemen Proyek", "SQL", "Negosiasi"],
    "event": ["Meetup Data Jakarta", "Job Fair Teknologi"],
    "topic": ["Merekrut developer di 2025"],
    "mon": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "datefmt": ["D/M/Y", "D-M-Y"],
    "price": ["Rp N#.000.000", "Rp N#.000.000–Rp N#.000.000"],
    "word": ["Pemandangan dari kantor baru sangat <<indah>>.", "Kami berangkat saat <<fajar>>.",
             "Dia dijuluki <<putri>> spreadsheet di kantor.", "Kilau <<intan>> kalah sama dashboard baru kita."],
    "GREET": ["Halo {G1},", "Hai {G1}!", "Selamat pagi, {G1}!", "Halo Kak {G1},"],
    "THANKS": ["Terima kasih, {G1}!", "Makasih {G1}!", "Terima kasih banyak, Kak {G1}."],
    "SIGN": ["Salam,\n{P1}\n{ROLE}, {EMP}\nHP: {PH}"],
    "CONTACT": ["HP/WA: {PH} · Email: {E1}"],
    "T": [
        ("profile_experience", "{ROLE}\n{EMP} · Penuh waktu\n{MON} {YEAR} – Sekarang · {CITY}\nMembangun tim data "
         "bersama {P1}. Tanggal mulai kerja: {X:date}"),
        ("profile_education", "Pendidikan\n{SCHOOL}\nS2 Ilmu Komputer, {YEAR} – {YEAR}\nPembimbing: {P1}"),
        ("profile_certifications", "Lisensi & sertifikasi\nAWS Solutions Architect\nDiterbitkan {X:date} · "
         "ID kredensial {X:credid}"),
        ("job_post", "Kami sedang merekrut! 🚀\n{EMP} mencari {ROLE} di {CITY}.\nGaji: {X:price}\nNo. lowongan: {X:jobid}\n"
         "Lamar di {X:urlcareers} atau {EMAIL}\nKontak: {P1}, {PH}"),
        ("recruiter_message", "{@GREET:2}\nSaya {P1}, rekruter dari {EMP}. Ada posisi {ROLE} yang cocok dengan profil "
         "Anda. Bisa ngobrol sebentar? Nomor saya: {PH}\n{@SIGN}"),
        ("dm_thread", "{P1} · {X:time1}\n{@GREET:2} punya nomor {P3}?\n\n{P2} · {X:time1}\nAda: {PH}. {X:word}\n\n"
         "{P1} · {X:time1}\n{@THANKS:2}"),
        ("group_discussion", "Grup «Admin Jaringan Indonesia»\n{P1}: Ada serangan dari {IP4}. Jaringan internal kami "
         "{X:ip4neg.ipv4_private}, firmware versi {X:verip}.\n{P2}: Kami juga lihat dari {IP6}. {H1}"),
        ("event_page", "{EVENT} · {CITY}\nTanggal: {X:date} · {X:time}\nPembicara: {P1} ({EMP}), {P2}\nTiket: "
         "{X:urlevent}\nDial-in: {PH:id}, ID rapat {X:meetid}"),
        ("company_post", "Bangga dengan tim {EMP}! Versi {X:version} sudah rilis. Terima kasih {P1@} dan {P2@}! "
         "Lowongan: {X:urlcareers}"),
        ("recommendation", "Saya atasan langsung {P1} di {EMP} selama tiga tahun. Sangat bisa diandalkan. — {P2}"),
        ("endorsement", "{P1} mendukung keahlian {SKILL} Anda"),
        ("ai_prompt", "Tulis ulang headline saya: {ROLE} di {EMP} | {U1:li}"),
        ("ai_prompt", "Bikin lebih sopan: halo {G2}, telpon aku di {PH} soal pesanan no. {X:order}"),
    ],
}

# --- extra templates aimed at the thinner types and categories -----------------------------------
PACKS["en"]["T"] += [
    ("ai_prompt", "Redact this before I paste it into the ticket: employee {P1}, SSN {SSN}, corporate card {CARD}, "
     "payroll IBAN {IBAN}."),
    ("ai_prompt", "Which of these SSNs can't be real? {X:ssnbad}, {SSN}, {X:ssnbad}"),
    ("ai_prompt", "Our test fixtures use SSN {X:ssnbad} and card number {X:luhn}; write a unit test that rejects both."),
    ("group_discussion", "Firewall change request from {P1}: please allow {IP4} and {IP4}/32 on staging. Do NOT add "
     "{X:ip4neg} or {X:ip4neg}, those are internal or reserved. IPv6 peer: {IP6} (not {X:ip6neg}, that's our ULA)."),
    ("ai_prompt", "Debug my network config: ip {X:ip4neg.ipv4_private}, netmask {X:ip4neg.mask}, gateway "
     "{X:ip4neg.ipv4_private}, DNS {IP4}. When DHCP fails I get {X:ip4neg.ipv4_linklocal}. The app binds to "
     "{X:ip4neg.ipv4_loopback}:8080 and the tutorial used {X:ip4neg.ipv4_documentation}. Link-local v6 is {X:ip6neg}."),
    ("job_post", "Onboarding checklist for new hires at {EMP}: bring a photo ID and your Social Security card (the "
     "handbook's sample SSN, {X:ssnbad}, is a placeholder, don't copy it). Payroll questions: {EMAIL}. "
     "Your buddy will be {P1}."),
    ("event_page", "Your ticket for {EVENT}\nTicket no. {X:ticket} · Order #{X:order} · Seat 12A\nDoors {X:time}\n"
     "Speakers: {P1}, {P2}\nRefunds via {X:urlform} — the address {X:exmail} in the old email was a template error."),
    ("newsletter_intro", "Housekeeping: the sign-up form moved from {X:exurl} to {X:urlform}, and replies to "
     "{X:exmail} bounce. Book of the month, picked by {P1}: {X:isbn}."),
    ("ai_prompt", "Write an out-of-office: I'm away until {X:date}. Urgent: call {PH} or email {E1}. "
     "Invoices go to {EMAIL}."),
    ("profile_about", "Contact\n{P1}\nClick to call: {TEL}\nEmail: {E1}\nProfile: {U1:af}"),
    ("dm_thread", "{P1}: here's my IBAN for the ski trip: {IBAN}\n{P2}: the one you sent last time, {X:ibanbad}, "
     "bounced. Typo?\n{P1}: yep, wrong check digits. Use the new one. {@THANKS:2}"),
    ("ai_prompt", "Check these card numbers for typos: {CARD}, {X:luhn}, {CARD}"),
    ("dm_thread", "{P1}: I'll cover the team dinner, put it on the company card {CARD} (exp 11/26).\n"
     "{P2}: thanks! receipt goes to {EMAIL}?\n{P1}: yes"),
    ("ai_prompt", "Summarize for HR: {P1} (SSN {SSN}) moved from {X:place} to {CITY} on {X:date}; new phone {PH:us}, "
     "direct deposit to {IBAN}."),
    ("group_discussion", "Scam alert 🚩 someone is impersonating {P1} and asking people to 'confirm' their SSN. "
     "They even posted an example, {X:ssnbad}. The real {P1} is at {U1:af} and would never ask. {X:word}"),
    ("recommendation", "I hired {P1} straight out of {SCHOOL} and managed them for four years at {EMP}. Reading "
     "list they gave the whole team: {X:isbn} and {X:isbn}. — {P2}"),
    ("ai_prompt", "Is the book {X:isbn} any good for a new manager? {P1} recommended it in {X:place}."),
    ("ai_prompt", "make a table of our test accounts: card {X:luhn} (should fail), card {CARD} (should pass), "
     "IBAN {X:ibanbad} (should fail), IBAN {IBAN} (should pass)"),
]
PACKS["en"]["T"] += [
    ("company_post", "Welcome to the team, {P1}! 🎉 {G1s} first project is the new pricing page, and {P2s} squad "
     "sits right next door if you need anything. Say hi: {H1}"),
    ("recommendation", "{P1s} work on {X:eponym} was the best I've seen in {NUM} years. I was {G1s} manager at "
     "{EMP} from {YEAR} to {YEAR}, and I'd do it again. — {P2}"),
    ("group_discussion", "Congrats to {P1@} on the promotion! Anyone who has worked with {P2s} team at {X:company} "
     "knows how well deserved this is. {X:word}"),
    ("dm_thread", "{P1}: is {P2s} talk still at {X:time}?\n{P3}: yes, room 4. Slides: {X:urldocs}\n{P1}: {@THANKS:3}"),
    ("ai_prompt", "Rewrite this endorsement so it sounds less awkward: {P1s} SQL is great and {G1s} dashboards saved "
     "our Q3."),
    ("event_page", "Update: {P1s} workshop moved to {X:time}. The lab server is {IP4}:8443 (staging at "
     "{X:ip4neg.ipv4_private}:8443), backup {IP4}/32 is allow-listed. Questions to {H1}."),
    ("ai_prompt", "Write a short post thanking {P1} for {P1s} mentorship during my internship at {EMP}. Tag {H1}."),
    ("profile_about", "Contact\nParis: {PH:fr} · Berlin: {PH:de} · London office: {PH:uk}\nMilan: {PH:it} · "
     "New York: {PH:us}\n{E1}"),
    ("group_discussion", "Hiring-managers circle, week {NUM}:\n{P1}: we closed the {ROLE} role; {P2s} referral "
     "got it.\n{P3}: nice. Our {X:company} contact says the market's cooling.\n{P4@}: {X:word} Salary data from "
     "the survey is at {X:urldocs}; raw numbers from {P1s} team are in the form {X:urlform}.\n{P1}: "
     "{@THANKS:4}"),
]

PACKS["en"]["T"] += [("ai_prompt", t) for t in [
    "Write a polite note to {P1} asking them to stop sharing their card number ({CARD}) in the group chat.",
    "My contractor's W-9 says SSN {SSN} but the portal wants 'XXX-XX-XXXX'. How do I enter it?",
    "Format this for a slide: IPs we saw last week: {IP4}, {IP4}, {IP6}; internal noise from {X:ip4neg} ignored.",
]]

_EXTRA = {
    "de": [("ai_prompt", "Ist das Phishing? Jemand will meine Kreditkarte {CARD} „verifizieren“ und hat als Beispiel "
                         "{X:luhn} geschickt."),
           ("dm_thread", "{@GREET:2} die IBAN {X:ibanbad} war falsch (Prüfziffer), hier die richtige: {IBAN}. {X:word}"),
           ("ai_prompt", "Prüfe meine Netzwerkkonfiguration: IP {X:ip4neg.ipv4_private}, Netzmaske {X:ip4neg.mask}, "
                         "DNS {IP4}, Fallback {X:ip4neg.ipv4_linklocal}, lokal {X:ip4neg.ipv4_loopback}."),
           ("event_page", "Dein Ticket für {EVENT}\nTicket-Nr. {X:ticket} · Bestellnummer {X:order}\nEinlass {X:time}\n"
                          "Moderation: {P1}"),
           ("company_post", "Unser Patent {X:patent} ist erteilt! Erfinder:innen: {P1}, {P2}. Presse: {EMAIL}")],
    "fr": [("ai_prompt", "Est-ce une arnaque ? On me demande de « confirmer » ma carte {CARD} ; leur exemple était {X:luhn}."),
           ("dm_thread", "{@GREET:2} l'IBAN {X:ibanbad} est faux (clé de contrôle), voici le bon : {IBAN}. {@THANKS:2}"),
           ("ai_prompt", "Vérifie ma config réseau : IP {X:ip4neg.ipv4_private}, masque {X:ip4neg.mask}, DNS {IP4}, "
                         "adresse de secours {X:ip4neg.ipv4_linklocal}."),
           ("newsletter_intro", "Le livre du mois, choisi par {P1} : {X:isbn}. Inscriptions : {X:urlform} (et non "
                                "{X:exurl}).")],
    "es": [("ai_prompt", "¿Es una estafa? Me piden «verificar» mi tarjeta {CARD}; su ejemplo era {X:luhn}."),
           ("dm_thread", "{@GREET:2} el IBAN {X:ibanbad} está mal (dígitos de control), el bueno es {IBAN}. {@THANKS:2}"),
           ("ai_prompt", "Revisa mi red: IP {X:ip4neg.ipv4_private}, máscara {X:ip4neg.mask}, DNS {IP4}, "
                         "loopback {X:ip4neg.ipv4_loopback}.")],
    "it": [("ai_prompt", "È una truffa? Mi chiedono di «verificare» la carta {CARD}; come esempio hanno mandato {X:luhn}."),
           ("dm_thread", "{@GREET:2} l'IBAN {X:ibanbad} era sbagliato, quello giusto è {IBAN}. {@THANKS:2}")],
    "nl": [("dm_thread", "{@GREET:2} dat IBAN {X:ibanbad} klopte niet (controlegetal), dit is de goede: {IBAN}. {@THANKS:2}"),
           ("ai_prompt", "Is dit phishing? Ze willen mijn creditcard {CARD} verifiëren, voorbeeld was {X:luhn}.")],
    "pt": [("ai_prompt", "Isso é golpe? Pediram para 'validar' meu cartão {CARD}; o exemplo deles era {X:luhn}."),
           ("dm_thread", "{@GREET:2} o IBAN {X:ibanbad} deu erro, o certo é {IBAN}. {@THANKS:2}")],
    "pl": [("dm_thread", "{@GREET:2} IBAN {X:ibanbad} był błędny, poprawny to {IBAN}. {@THANKS:2}"),
           ("ai_prompt", "Czy to oszustwo? Chcą „zweryfikować” moją kartę {CARD}, przykład: {X:luhn}.")],
    "tr": [("dm_thread", "{@GREET:2} {X:ibanbad} IBAN'ı hatalıymış, doğrusu {IBAN}. {@THANKS:2}"),
           ("ai_prompt", "Bu dolandırıcılık mı? Kartımı {CARD} 'doğrulamamı' istiyorlar, örnek olarak {X:luhn} yolladılar.")],
    "sv": [("dm_thread", "{@GREET:2} IBAN {X:ibanbad} var fel, rätt är {IBAN}. {@THANKS:2}")],
    "ru": [("ai_prompt", "Это мошенники? Просят «подтвердить» карту {CARD}, в примере был номер {X:luhn}."),
           ("ai_prompt", "Проверь настройки сети: IP {X:ip4neg.ipv4_private}, маска {X:ip4neg.mask}, DNS {IP4}, "
                         "резервный адрес {X:ip4neg.ipv4_linklocal}.")],
    "uk": [("dm_thread", "{@GREET:2} IBAN {X:ibanbad} був з помилкою, правильний: {IBAN}. {@THANKS:2}")],
    "el": [("ai_prompt", "Είναι απάτη; Μου ζητούν να «επιβεβαιώσω» την κάρτα {CARD}, με παράδειγμα το {X:luhn}.")],
    "zh": [("ai_prompt", "这是诈骗吗？对方让我“验证”信用卡{CARD}，还发了示例卡号{X:luhn}。"),
           ("ai_prompt", "帮我检查网络配置：IP {X:ip4neg.ipv4_private}，子网掩码 {X:ip4neg.mask}，DNS {IP4}，"
                         "本地回环 {X:ip4neg.ipv4_loopback}。")],
    "ja": [("ai_prompt", "これは詐欺？カード番号{CARD}を「確認」したいと言われ、例として{X:luhn}が送られてきました。"),
           ("ai_prompt", "ネットワーク設定を確認して：IP {X:ip4neg.ipv4_private}、サブネットマスク {X:ip4neg.mask}、"
                         "DNS {IP4}、リンクローカル {X:ip4neg.ipv4_linklocal}")],
    "ko": [("ai_prompt", "이거 사기인가요? 카드 {CARD}를 '인증'하라며 예시로 {X:luhn}를 보냈어요.")],
    "ar": [("dm_thread", "{@GREET:2} رقم الآيبان {X:ibanbad} خاطئ، الصحيح هو {IBAN}. {@THANKS:2}")],
    "he": [("dm_thread", "{@GREET:2} ה-IBAN {X:ibanbad} שגוי, הנכון הוא {IBAN}. {@THANKS:2}")],
    "hi": [("ai_prompt", "क्या यह धोखा है? वे मेरा कार्ड {CARD} 'वेरिफ़ाई' करना चाहते हैं, उदाहरण में {X:luhn} भेजा।")],
    "id": [("ai_prompt", "Apakah ini penipuan? Mereka minta 'verifikasi' kartu {CARD}, contohnya {X:luhn}.")],
    "th": [("ai_prompt", "นี่คือมิจฉาชีพไหม เขาขอให้ยืนยันบัตร {CARD} และส่งตัวอย่าง {X:luhn} มา")],
    "vi": [("ai_prompt", "Đây có phải lừa đảo không? Họ bảo tôi 'xác minh' thẻ {CARD}, ví dụ là {X:luhn}.")],
}
for _l, _ts in _EXTRA.items():
    PACKS[_l]["T"] += _ts

_EXTRA2 = {
    "en": [("group_discussion", "IPv6 rollout thread 🧵 our public prefix is {IP6}/48; ignore {X:ip6neg} and {X:ip6neg} "
                                "in the dumps, those are link-local/ULA. The RFC examples use {X:ip6neg}. cc {H1} {H2}"),
           ("ai_prompt", "explain why [{IP6}]:8443 is reachable but [{X:ip6neg}]:8443 isn't from outside our network"),
           ("dm_thread", "{P1}: the API moved to {IP6}, the old v4 address {IP4} retires Friday\n{P2}: the wiki still "
                         "says {X:ip4neg.ipv4_documentation}, I'll fix it. {X:word}"),
           ("company_post", "Follow {X:brand} and {X:brand} for launch updates! Product questions → {H1}, "
                            "press → {H2}. Company page: {X:urlco}"),
           ("event_page", "{EVENT} after-party 🎉\nTicket no. {X:ticket}\nHosts: {H1} & {H2}\nSponsored by "
                          "{X:brand}\nVenue map: {X:urlco}"),
           ("company_post", "Two patents in one quarter: {X:patent} and {X:patent}. Congrats {P1@}, {P2@}! "
                            "Follow {X:brand} for the write-up."),
           ("ai_prompt", "what does this server log mean? 'client {IP6} fell back to {IP4}; upstream {X:ip4neg} "
                         "refused; docs host {X:ip4neg.ipv4_documentation}'")],
    "de": [("group_discussion", "IPv6-Umstellung: unser Präfix ist {IP6}/56, intern {X:ip6neg}. Wer hat Erfahrung? "
                                "cc {H1} {H2}"),
           ("company_post", "Folgt {X:brand} für News! Mehr über uns: {X:urlco} · Ansprechpartner: {H1}")],
    "fr": [("group_discussion", "Migration IPv6 : notre préfixe public est {IP6}/48, l'adresse locale {X:ip6neg}. "
                                "Des retours ? cc {H1}"),
           ("event_page", "Billet pour {EVENT}\nNuméro de billet : {X:ticket}\nAccueil : {X:time}\nSuivez {X:brand} "
                          "et {H1} pour le direct.")],
    "es": [("event_page", "Tu entrada para {EVENT}\nN.º de entrada: {X:ticket} · Pedido {X:order}\nSíguenos en "
                          "{X:brand} · Organiza {H1}"),
           ("company_post", "¡Patente concedida! {X:patent}. Enhorabuena a {P1@} y {P2@}. Más en {X:urlco}")],
    "it": [("event_page", "Il tuo biglietto per {EVENT}\nBiglietto n. {X:ticket}\nSegui {X:brand} · Info: {H1}")],
    "nl": [("company_post", "Volg {X:brand} voor updates! Over ons: {X:urlco} · Vragen? {H1}")],
    "pt": [("company_post", "Siga {X:brand} para novidades! Sobre nós: {X:urlco} · Dúvidas: {H1}"),
           ("event_page", "Seu ingresso para {EVENT}\nIngresso nº {X:ticket}\nOrganização: {H1}")],
    "pl": [("company_post", "Obserwuj {X:brand}! O nas: {X:urlco} · Pytania: {H1}")],
    "sv": [("company_post", "Följ {X:brand} för nyheter! Om oss: {X:urlco} · Frågor: {H1}")],
    "tr": [("company_post", "Haberler için {X:brand} hesabını takip edin! Hakkımızda: {X:urlco} · Sorular: {H1}")],
    "ru": [("group_discussion", "Переезд на IPv6: наш префикс {IP6}/48, локальный адрес {X:ip6neg}. Кто уже "
                                "делал? {H1} {H2}"),
           ("company_post", "Подписывайтесь на {X:brand}! О компании: {X:urlco} · Вопросы: {H1}")],
    "uk": [("company_post", "Підписуйтеся на {X:brand}! Про нас: {X:urlco} · Питання: {H1}")],
    "el": [("company_post", "Ακολουθήστε το {X:brand}! Σχετικά με εμάς: {X:urlco} · Ερωτήσεις: {H1}")],
    "ar": [("company_post", "تابعونا على {X:brand} ! من نحن: {X:urlco} · للاستفسار: {H1}")],
    "he": [("company_post", "עקבו אחרי {X:brand} ! עלינו: {X:urlco} · שאלות: {H1}")],
    "hi": [("company_post", "अपडेट के लिए {X:brand} को फ़ॉलो करें! हमारे बारे में: {X:urlco} · सवाल: {H1}")],
    "zh": [("group_discussion", "IPv6 改造进度：公网前缀 {IP6}/48，内网地址 {X:ip6neg}，有经验的朋友指导一下 {H1}"),
           ("company_post", "欢迎关注 {X:brand} ！公司官网： {X:urlco} 。有问题请找 {H1} 。专利号：{X:patent}")],
    "ja": [("group_discussion", "IPv6移行中：グローバルプレフィックスは {IP6}/48、ローカルは {X:ip6neg} です。 {H1} さん、"
                                "ご存じですか？"),
           ("company_post", "特許を取得しました（{X:patent}）！詳しくは {X:urlco} 。フォロー： {X:brand}")],
    "ko": [("group_discussion", "IPv6 전환 중: 공인 프리픽스 {IP6}/48, 내부 주소 {X:ip6neg}. 경험 있으신 분? {H1}"),
           ("company_post", "특허 {X:patent} 등록 완료! 회사 소개: {X:urlco} · 팔로우: {X:brand}")],
    "th": [("company_post", "ติดตาม {X:brand} เพื่อรับข่าวสาร! เกี่ยวกับเรา: {X:urlco} · สอบถาม: {H1}")],
    "vi": [("company_post", "Theo dõi {X:brand} để cập nhật! Về chúng tôi: {X:urlco} · Hỏi đáp: {H1}")],
    "id": [("company_post", "Ikuti {X:brand} untuk info terbaru! Tentang kami: {X:urlco} · Tanya: {H1}")],
}
for _l, _ts in _EXTRA2.items():
    PACKS[_l]["T"] += _ts

# --- code-switched records ------------------------------------------------------------------------
def _merge(a, b, **over):
    p = {}
    for k in sorted(set(PACKS[a]) | set(PACKS[b])):
        if k in ("T", "weight", "lang", "_profile"):
            continue
        va, vb = PACKS[a].get(k), PACKS[b].get(k)
        if isinstance(va, list) and isinstance(vb, list) and k not in ("mon", "GREET", "THANKS", "SIGN", "CONTACT"):
            p[k] = va + [x for x in vb if x not in va]
        else:
            p[k] = va if va is not None else vb
    p.update(over)
    return p


PACKS["de-en"] = _merge("de", "en", weight=2, cult=["de", "de", "en"], country=["de", "uk", "e164"], iban=["DE"])
PACKS["de-en"]["T"] = [
    ("dm_thread", "{@GREET:2} kurze Frage: kannst du mir das deck fürs {EVENT} schicken? Bin heute im home office, "
     "call me at {PH} if that's easier. {X:word}"),
    ("job_post", "We're hiring! 🚀 {ROLE} (m/w/d) in {CITY}, hybrid. Salary band {X:price}. Apply via "
     "{X:urlcareers} — Fragen an {P1} ({E1:work})."),
    ("ai_prompt", "make this sound less German: Sehr geehrte {G1}, anbei my CV. I am looking forward to your feedback "
     "und verbleibe mit freundlichen Grüßen. Tel. {PH}"),
    ("group_discussion", "Kennt jemand gute Personalberater in {CITY}? {P1} recommended the team at {X:company}, "
     "aber die sind zu teuer. DM me or mail {E2}."),
    ("company_post", "Big news: unser Release {X:version} ist live! Danke an {P1@} und {P2@} for the late nights. "
     "Open roles: {X:urlcareers}"),
]
PACKS["hi-en"] = _merge("en", "hi", weight=3, cult=["hi_lat", "hi_lat", "hi"], country=["in", "in", "e164"],
                        iban=["GB", "AE"], city=["Bangalore", "Mumbai", "Pune", "Hyderabad", "Gurgaon"],
                        GREET=["Hi {G1},", "Hello {G1} ji,", "Namaste {G1} ji,", "{G1} bhai,"],
                        THANKS=["Thanks {G1}!", "Shukriya {G1}!", "Thank you {G1} ji 🙏"])
PACKS["hi-en"]["T"] = [
    ("dm_thread", "{@GREET:2} kal ki meeting ka time change ho gaya hai, ab {X:time} hai. Late ho raha ho toh mujhe "
     "{PH} pe call kar dena. {@THANKS:2}"),
    ("job_post", "Hiring alert! 🚨 {EMP} ko {CITY} mein {ROLE} chahiye. CTC {X:price}. Resume bhejo {EMAIL} pe ya "
     "apply karo {X:urlcareers}. Referral ke liye {P1} se baat karo."),
    ("ai_prompt", "isko professional bana do: {G2} bhai, UPI nahi chal raha tha toh card {CARD} se pay kar diya, "
     "receipt {E1} pe bhej do"),
    ("group_discussion", "Bangalore techies: koi {X:company} mein interview de chuka hai? {P1} bol raha tha process "
     "lamba hai. Mera LinkedIn: {U1:li}"),
    ("company_post", "Proud moment 🙌 hamari team ne {X:version} release kiya. Shoutout to {P1@} aur {P2@}! "
     "Hum hiring kar rahe hain: {X:urlcareers}"),
    ("event_page", "{EVENT} · {CITY}\nDate: {X:date}, {X:time}\nSpeakers: {P1}, {P2}\nRegistration: {X:urlevent}\n"
     "Zoom dial-in: {PH:in}, Meeting ID {X:meetid}"),
]
PACKS["zh-en"] = _merge("zh", "en", weight=2, cult=["zh", "zh", "en"], country=["cn", "cn", "us", "e164"],
                        GREET=PACKS["zh"]["GREET"], THANKS=PACKS["zh"]["THANKS"])
PACKS["zh-en"]["T"] = [
    ("dm_thread", "{@GREET:2}明天的 interview 改到{X:time}了，记得带上你的 portfolio。有问题打我电话{PH}或者发邮件到"
     "{EMAILG:1}。{@THANKS:2}"),
    ("job_post", "【Hiring】{EMP} 招 Senior {ROLE}，base {CITY}，package {X:price}。JD 在这里： {X:urlcareers} ，"
     "内推请找{P1}（{H1}）。"),
    ("ai_prompt", "帮我 polish 一下这段 self-intro：我是{P1}，现在在 {EMP} 做 {ROLE}，之前在 {X:company} 实习。"
     "联系方式：{EMAILG:1}，{PH}"),
    ("group_discussion", "各位，有人用过 {IP4} 这个 proxy 吗？我们 office 内网是 {X:ip4neg.ipv4_private}，VPN 版本 "
     "{X:verip}，一直连不上。{H1} 你知道怎么回事吗？"),
    ("company_post", "超级 proud of our team 🎉 新版本 {X:version} 上线了！感谢{P1}、{P2}的 late nights。"
     "We're hiring: {X:urlcareers}"),
]
PACKS["es-en"] = _merge("es", "en", weight=2, cult=["es", "es", "en"], country=["us", "us", "e164"],
                        iban=["ES", "GB"], place=PACKS["en"]["place"], city=["Miami", "Houston", "Los Angeles",
                                                                              "Chicago", "San Antonio"])
PACKS["es-en"]["T"] = [
    ("dm_thread", "{@GREET:2} el recruiter de {EMP} me pidió mi SSN para el background check y le mandé {SSN} por el "
     "portal, ¿tú crees que está bien? Llámame al {PH} when you can."),
    ("job_post", "¡Estamos hiring! {ROLE} bilingüe en {X:place}. Pay {X:price}. Apply at {X:urlcareers} o manda tu "
     "resume a {EMAIL}. Preguntas: {P1}, {PH:us}."),
    ("ai_prompt", "Traduce esto al inglés y hazlo más profesional: Hola {G1}, gracias por la recomendación en {EMP}, "
     "mi número es {PH:us} y mi LinkedIn {U1:li}"),
    ("group_discussion", "Grupo Latinas in Tech: ojo con un fake recruiter de {X:company}, pidió SSN y card number. "
     "El SSN de ejemplo que mandaron, {X:ssnbad}, ni siquiera era válido jaja. Reportado a {X:brand}."),
    ("event_page", "Meetup Latinx en Tech · {X:place}\nFecha: {X:date} · {X:time}\nSpeakers: {P1}, {P2}\n"
     "RSVP: {X:urlevent}\nDial-in: {PH:us}, Meeting ID {X:meetid}"),
    ("ai_prompt", "ayúdame a llenar este form: Name {P1}, SSN {SSN}, phone {PH:us}, card {CARD} para el depósito"),
    ("ai_prompt", "¿Este SSN es válido? {X:ssnbad} — el form de HR lo rechaza."),
]
PACKS["ar-en"] = _merge("ar", "en", weight=2, cult=["ar", "ar", "en"], country=["ae", "sa", "e164"],
                        GREET=PACKS["ar"]["GREET"], THANKS=PACKS["ar"]["THANKS"])
PACKS["ar-en"]["T"] = [
    ("dm_thread", "{@GREET:2} الـ meeting بكرة الساعة {X:time1}، please confirm. رقمي {PH} إذا احتجت شيء. {@THANKS:2}"),
    ("job_post", "We're hiring في {EMP}! نبحث عن {ROLE} في {CITY}. Apply here: {X:urlcareers} أو راسل {P1} على "
     "{E1:work}"),
    ("ai_prompt", "rewrite in formal English: مرحبا {G2}، please send the invoice to {EMAIL} وشكرا"),
    ("company_post", "Proud of the {EMP} team 🎉 الإصدار {X:version} صار live. شكرًا {P1@} و {P2@}!"),
]
PACKS["ja-en"] = _merge("ja", "en", weight=2, cult=["ja", "ja", "en"], country=["jp", "jp", "e164"],
                        GREET=PACKS["ja"]["GREET"], THANKS=PACKS["ja"]["THANKS"])
PACKS["ja-en"]["T"] = [
    ("dm_thread", "{@GREET:2}明日の standup は{X:time1}からです。Zoom の dial-in は{PH:jp}、Meeting ID {X:meetid}。"
     "よろしくお願いします！"),
    ("job_post", "【We're hiring】{EMP}で {ROLE} を募集中！年収 {X:price}、リモート可。Apply: {X:urlcareers} "
     "担当：{P1}（{H1}）"),
    ("ai_prompt", "この自己紹介を英語にして：{P1}です。{EMP}で {ROLE} をしています。連絡先は{EMAILG:1}です。"),
    ("company_post", "Team {EMP}、新バージョン {X:version} をリリースしました 🎉 {P1}さん、{P2}さん、thanks!"),
]



# ---------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------

LANG_WEIGHT = {"en": 22}
PROFILE_KINDS = ("profile_experience", "profile_education", "profile_skills", "profile_certifications",
                 "profile_volunteer", "profile_about")


def finish_packs():
    check_marks()
    for lang, p in PACKS.items():
        p["lang"] = lang
        p["_profile"] = [t for t in p["T"] if t[0] in PROFILE_KINDS]
        LANG_WEIGHT.setdefault(lang, p.get("weight", 4))


def gen_record(i, rng, dirx, langs, weights):
    lang = rng.choices(langs, weights)[0]
    pack = PACKS[lang]
    rec = Rec()
    ctx = Ctx(rng, dirx, pack, rec)
    if rng.random() < 0.07 and len(pack["_profile"]) >= 3:
        kind = "profile_full"
        parts = rng.sample(pack["_profile"], min(len(pack["_profile"]), rng.randint(3, 4)))
        ctx.rec_kind = kind
        for j, (_, tmpl) in enumerate(parts):
            if j:
                rec.t("\n\n")
            ctx.persons = {}  # each section names its own colleagues
            render(ctx, tmpl)
    else:
        kind, tmpl = rng.choice(pack["T"])
        ctx.rec_kind = kind
        render(ctx, tmpl)
    return {"id": "b25-%05d" % i, "lang": lang, "kind": kind, "text": rec.text(), "spans": rec.spans,
            "negatives": rec.negs}


def generate(out, nrec, nmem, seed):
    import os
    finish_packs()
    rng = random.Random(seed)
    dirx = Directory(nmem, rng)
    os.makedirs(out, exist_ok=True)
    dirx.write(os.path.join(out, "members.jsonl"))
    langs = sorted(PACKS)
    weights = [LANG_WEIGHT[k] for k in langs]
    recs = [gen_record(i + 1, rng, dirx, langs, weights) for i in range(nrec)]
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return dirx, recs


# ---------------------------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------------------------

TOKEN = re.compile(r"[\w\u0900-\u097f\u0e00-\u0e7f\u0300-\u036f'’-]+")
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
DIGITS = re.compile(r"\d(?:[\d \u00a0\-./()]*\d)?")
DOMAINISH = re.compile(r"(?:https?://|www\.)\S+|[A-Za-z0-9-]+\.(?:com|io|org|net|de|fr|co|app|me|so|gle|us|ma|"
                       r"example|test|invalid|dev|jp|cn|kr|br|in|uk|ru|es|it|nl|social|energy|gr|pl|se|tr|ua|"
                       r"il|sa|ae|th|vn|id|cc|ai)\b(?:/\S*)?")


VERSION_CUE = re.compile(r"(?i)(version|firmware|build|release|\bv|versie|versión|versione|versão|версия|"
                         r"прошивк|έκδοση|sürüm|版本|固件|バージョン|ファームウェア|버전|펌웨어|เวอร์ชัน|phiên bản|"
                         r"versi|גרסה|الإصدار|إصدار|संस्करण)")


def selfcheck(dirx, recs):
    errs = []
    full = {}
    for m in dirx.members:
        full.setdefault(norm(m["name"]), m)
    greets = set(norm(m["greet"]) for m in dirx.members)
    handles = set(m["handle"].lower() for m in dirx.members)
    brands = set(b.lower() for b in BRAND_HANDLES)
    assert not (handles & brands)
    cjk_names = set(m["name"] for m in dirx.members if CJK_RUN.fullmatch(m["name"]))
    maxtok = 4
    ids = set()
    for r in recs:
        t = r["text"]
        n = len(t)
        assert r["id"] not in ids
        ids.add(r["id"])

        def err(msg, s=None, e=None):
            ctxs = t[max(0, (s or 0) - 30):(e or 0) + 30].replace("\n", " ") if s is not None else ""
            errs.append("%s: %s «%s»" % (r["id"], msg, ctxs))

        allsp = [(s["start"], s["end"], s["type"]) for s in r["spans"]]
        allng = [(s["start"], s["end"], s["category"]) for s in r["negatives"]]
        for s, e, _ in allsp + allng:
            if not (0 <= s < e <= n):
                err("span out of range", s, e)
            elif t[s:e] != t[s:e].strip() or not t[s:e].strip():
                err("span has outer whitespace", s, e)
        srt = sorted(allsp + allng)
        for a, b in zip(srt, srt[1:]):
            if b[0] < a[1]:
                err("overlap %s/%s" % (a[2], b[2]), a[0], b[1])
        for s, e, typ in allsp:
            v = t[s:e]
            if typ == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                if not (d.isdigit() and luhn_ok(d) and len(d) in (15, 16)):
                    err("bad card", s, e)
            elif typ == "IBAN":
                c = v.replace(" ", "")
                if not (iban_ok(c) and len(c) == IBAN_FMT[c[:2]][1]):
                    err("bad iban", s, e)
            elif typ == "US_SSN":
                if not (re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", v) and ssn_ok(v)):
                    err("bad ssn", s, e)
            elif typ == "IPV4":
                ip = ipaddress.ip_address(v)
                if ip.version != 4 or not ip.is_global:
                    err("bad ipv4", s, e)
            elif typ == "IPV6":
                ip = ipaddress.ip_address(v)
                if ip.version != 6 or not ip.is_global:
                    err("bad ipv6", s, e)
            elif typ == "PERSON":
                k = norm(v)
                if k not in full and k not in greets:
                    err("person not a member", s, e)
            elif typ == "HANDLE":
                if not (v.startswith("@") and v[1:].lower() in handles):
                    err("handle not a member", s, e)
            elif typ == "URL":
                if "askfirst.example" in v and not re.search(r"askfirst\.example/u/([A-Za-z0-9_]+)$", v):
                    err("askfirst url not a profile", s, e)
                mm = re.search(r"askfirst\.example/u/([A-Za-z0-9_]+)$", v)
                if mm and mm.group(1).lower() not in handles:
                    err("askfirst profile of non-member", s, e)
                if re.search(r"(example\.(com|org|net)|\.test\b|\.invalid\b)", v):
                    err("gold url on example domain", s, e)
                if v[-1] in ".),;:!?":
                    err("url trailing punct", s, e)
            elif typ == "EMAIL":
                if re.search(r"(example\.(com|org|net)|\.example\b|\.test\b|\.invalid\b)", v):
                    err("gold email on example domain", s, e)
                if v[-1] in ".),;:!?>" or v[0] in "<":
                    err("email punct", s, e)
            if typ in ("EMAIL", "URL"):
                for j in (s - 1, e):
                    if 0 <= j < n and re.match(r"[A-Za-z0-9]", t[j]):
                        err("%s glued to latin" % typ, s, e)
        for s, e, cat in allng:
            v = t[s:e]
            if cat == "luhn_invalid":
                d = re.sub(r"[ -]", "", v)
                if luhn_ok(d):
                    err("luhn_invalid passes", s, e)
            elif cat == "iban_bad_check":
                if iban_ok(v):
                    err("bad iban valid", s, e)
            elif cat == "ssn_invalid":
                if ssn_ok(v):
                    err("ssn_invalid valid", s, e)
            elif cat.startswith("ipv4_") or cat == "version_ip":
                ip = ipaddress.ip_address(v)
                if cat != "version_ip" and ip.is_global:
                    err("ipv4 neg global", s, e)
                if cat == "version_ip" and not VERSION_CUE.search(t[max(0, s - 25):s]):
                    err("version_ip without cue", s, e)
            elif cat == "ipv6_nonglobal":
                if ipaddress.ip_address(v).is_global:
                    err("ipv6 neg global", s, e)
            elif cat == "non_member_handle":
                if v[1:].lower() in handles:
                    err("brand is member", s, e)
        # unlabelled member names (full names) in the text
        covered = bytearray(n)
        for s, e, _ in allsp + allng:
            covered[s:e] = b"\1" * (e - s)
        toks = [(mm.start(), mm.end(), norm(mm.group(0).strip("'’-"))) for mm in TOKEN.finditer(t)]
        for i in range(len(toks)):
            for k in range(2, maxtok + 1):
                if i + k > len(toks):
                    break
                key = " ".join(x[2] for x in toks[i:i + k])
                if key in full:
                    s, e = toks[i][0], toks[i + k - 1][1]
                    if not any(covered[s:e]):
                        err("unlabelled member name", s, e)
        for mm in CJK_RUN.finditer(t):
            run = mm.group(0)
            for a in range(len(run)):
                for b in range(a + 2, min(len(run), a + 5) + 1):
                    if run[a:b] in cjk_names:
                        s = mm.start() + a
                        if not any(covered[s:mm.start() + b]):
                            err("unlabelled CJK member name " + run[a:b], s, mm.start() + b)
        for mm in re.finditer(r"@", t):
            j = mm.start()
            if covered[j]:
                continue
            if j + 1 < n and (t[j + 1].isspace()):
                continue
            if any(s == j + 1 and typ == "PERSON" for s, e, typ in allsp):
                continue
            err("unlabelled @", j, j + 1)
        for mm in DOMAINISH.finditer(t):
            if not any(covered[mm.start():mm.end()]):
                err("unlabelled link/domain", mm.start(), mm.end())
        for mm in DIGITS.finditer(t):
            if sum(c.isdigit() for c in mm.group(0)) >= 7 and not any(covered[mm.start():mm.end()]):
                err("unlabelled digit run", mm.start(), mm.end())
    return errs


def summary(dirx, recs):
    from collections import Counter
    ty, cat, lang, kind = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        lang[r["lang"]] += 1
        kind[r["kind"]] += 1
        for s in r["spans"]:
            ty[s["type"]] += 1
        for s in r["negatives"]:
            cat[s["category"]] += 1
    print("records %d, members %d, chars %d" % (len(recs), len(dirx.members), sum(len(r["text"]) for r in recs)))
    print("types:     " + ", ".join("%s %d" % kv for kv in sorted(ty.items())))
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cat.items())))
    print("langs:     " + ", ".join("%s %d" % kv for kv in sorted(lang.items())))
    print("kinds:     " + ", ".join("%s %d" % kv for kv in sorted(kind.items())))


def main():
    ap = argparse.ArgumentParser(description="blind labelled PII corpus #29 (gen_blind25)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true", help="validate the labels, print a summary")
    a = ap.parse_args()
    t0 = time.time()
    dirx, recs = generate(a.out, a.records, a.members, a.seed)
    if a.selfcheck:
        errs = selfcheck(dirx, recs)
        summary(dirx, recs)
        for e in errs[:60]:
            print("SELFCHECK: " + e, file=sys.stderr)
        print("selfcheck: %d problems (%.1fs)" % (len(errs), time.time() - t0))
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
