#!/usr/bin/env python3
"""gen_indep.py - a third, independent labelled PII corpus for `askfirst redact` (issue 3).

  gen_indep.py --out DIR [--records 10000] [--members 100000] [--seed 1]

Writes DIR/indep.jsonl and DIR/members_indep.jsonl.  Written only from the product definition
(issue 3's table and docs/pii.md), with its own names, templates and number formats; it was not
written from the engine, the other two generators or the unit tests.  Same record format as the
other corpora (bench/pii/README.md): {"id","lang","kind","text","spans":[{start,end,type,form}],
"negatives":[{start,end,category,form}]}, offsets in code points, end-exclusive.  "form" is an
extra key (ignored by score.py) naming the real-world form, for miss analysis.
Deterministic for a given --seed.  Python 3 standard library only.
"""
import argparse
import json
import os
import random
import unicodedata
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import luhn_digit, luhn_ok, mod97  # noqa: E402

# --------------------------------------------------------------------------------------------
# names: (written, romanised) pairs per pool

LAT = {
    "en": (["Oliver", "Hannah", "Ethan", "Chloe", "Nathan", "Megan", "Lucas", "Abigail", "Caleb",
            "Brianna", "Owen", "Madison", "Gavin", "Kayla", "Tyler", "Lauren", "Connor", "Shannon",
            "Declan", "Siobhan", "Callum", "Imogen", "Rhys", "Bethany", "Travis", "Courtney",
            "Duncan", "Fiona", "Wesley", "Tamsin", "Spencer", "Harriet", "Chidi", "Ngozi",
            "Emeka", "Adaeze", "Tunde", "Folake"],
           ["Whitfield", "Hargreaves", "Pemberton", "Ashworth", "Caldwell", "Fitzgerald",
            "McAllister", "O'Donnell", "Thornton", "Blackwood", "Kensington", "Holloway", "Prescott",
            "Lindqvist", "Okafor", "Adeyemi", "Nwosu", "Babatunde", "Oyelaran", "Radcliffe",
            "Sutherland", "Galloway", "Rutherford", "Beaumont", "Hollister", "Winslow", "Carrington",
            "Donovan", "Gallagher", "Kowalczyk"]),
    "de": (["Jürgen", "Sören", "Annika", "Malte", "Wiebke", "Torben", "Friederike", "Jannik",
            "Henrike", "Björn", "Gesine", "Lennart", "Mareike", "Ole", "Silke", "Till", "Dörte",
            "Kerstin", "Volker", "Ute", "Jörg", "Birte", "Götz", "Heike"],
           ["Müller-Lüdenscheidt", "Brandstätter", "Oberhäuser", "Kleinschmidt", "Wendeborn",
            "Schäfer", "Großmann", "Dreßler", "Lüttgens", "Vogelsang", "Hölzl", "Pfeiffer",
            "Rößler", "Kaltenbach", "Ziegler", "Weißenborn", "Fröhlich", "Bergmann", "Tiedemann",
            "Jürgensen"]),
    "fr": (["Timothée", "Anaïs", "Clémence", "Loïc", "Maëlle", "Gaëtan", "Solène", "Aurélien",
            "Céline", "Benoît", "Mathilde", "Grégoire", "Élodie", "Jérôme", "Noémie", "Yannick"],
           ["Lefèvre", "Dubois-Marchand", "Rousseau", "Bérenger", "Chevalier", "Mercier",
            "Lagarde", "Fontaine", "Guérin", "Delacroix", "Boucher", "Lemaître", "Faucher",
            "Villeneuve", "Maréchal", "Courtois"]),
    "es": (["Alejandro", "Lucía", "Íñigo", "Begoña", "Iñaki", "Ainhoa", "Rodrigo", "Ximena",
            "Gonzalo", "Nerea", "Álvaro", "Itziar", "Fermín", "Remedios", "Joaquín", "Maite"],
           ["Fernández", "Goicoechea", "Ibáñez", "Echeverría", "Villanueva", "Castaño",
            "Muñoz", "Zubizarreta", "Olmedo", "Quintana", "Santamaría", "Arrieta", "Peláez",
            "Carrasco"]),
    "pt": (["João", "Conceição", "Thiago", "Letícia", "Gonçalo", "Inês", "Caio", "Rafaela",
            "Vinícius", "Luana", "Sebastião", "Tânia", "Otávio", "Jéssica"],
           ["Magalhães", "Gonçalves", "Nogueira", "Albuquerque", "Figueiredo", "Junqueira",
            "Cavalcanti", "Sampaio", "Brandão", "Queiroz", "Assunção", "Bittencourt"]),
    "it": (["Niccolò", "Ludovica", "Gianluca", "Benedetta", "Pierluigi", "Ginevra", "Tommaso",
            "Ottavia", "Raffaele", "Mariagrazia", "Salvatore", "Annalisa"],
           ["Lombardini", "Caruso", "Bianchetti", "Esposito", "Mancuso", "De Santis",
            "Ferraresi", "Galli", "Marchetti", "Pellegrini", "Sorrentino", "Tagliaferri"]),
    "nl": (["Sanne", "Joris", "Femke", "Thijs", "Maartje", "Bram", "Lieke", "Stijn", "Anouk",
            "Wouter", "Floor", "Ruud"],
           ["van Leeuwen", "de Groot", "Verhoeven", "Brouwer", "van den Heuvel", "Kuipers",
            "Dijkman", "Wijnands", "Vermeulen", "Schouten"]),
    "in": (["Aarav", "Ishita", "Vikram", "Ananya", "Rohan", "Kavya", "Siddharth", "Meera",
            "Arjun", "Nandini", "Karthik", "Deepika"],
           ["Raghunathan", "Chaturvedi", "Iyengar", "Banerjee", "Deshpande", "Khanna",
            "Venkatesan", "Bhattacharya", "Malhotra", "Subramanian"]),
}
DEV = ([("अंकित", "ankit"), ("प्रिया", "priya"), ("राहुल", "rahul"), ("सुनीता", "sunita"),
        ("विवेक", "vivek"), ("नेहा", "neha"), ("आदित्य", "aditya"), ("पूजा", "pooja"),
        ("आशा", "asha"), ("सूरज", "suraj")],
       [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("त्रिपाठी", "tripathi"),
        ("चौहान", "chauhan"), ("मिश्रा", "mishra"), ("यादव", "yadav"), ("जोशी", "joshi")])
ARA = ([("خالد", "khalid"), ("مريم", "maryam"), ("يوسف", "yousef"), ("ليلى", "layla"),
        ("عمر", "omar"), ("سلمى", "salma"), ("طارق", "tariq"), ("هدى", "huda"),
        ("أمل", "amal"), ("نور", "nour")],
       [("الشمري", "alshammari"), ("حداد", "haddad"), ("المصري", "almasri"),
        ("العتيبي", "alotaibi"), ("بن سالم", "bensalem"), ("الخطيب", "alkhatib"),
        ("منصور", "mansour"), ("الزهراني", "alzahrani")])
# Russian: (nominative, romanised, gender) first names; surnames (masc nominative, romanised)
RUF = [("Дмитрий", "dmitry", "m"), ("Алексей", "alexey", "m"), ("Сергей", "sergey", "m"),
       ("Никита", "nikita", "m"), ("Ольга", "olga", "f"), ("Татьяна", "tatiana", "f"),
       ("Екатерина", "ekaterina", "f"), ("Ирина", "irina", "f"), ("Вера", "vera", "f"),
       ("Надежда", "nadezhda", "f"), ("Любовь", "lyubov", "f"), ("Павел", "pavel", "m")]
RUL = [("Соколов", "sokolov"), ("Кузнецов", "kuznetsov"), ("Волков", "volkov"),
       ("Морозов", "morozov"), ("Лебедев", "lebedev"), ("Новиков", "novikov"),
       ("Павлов", "pavlov"), ("Семёнов", "semenov")]
ZH = ([("陈", "chen"), ("林", "lin"), ("黄", "huang"), ("欧阳", "ouyang"), ("诸葛", "zhuge"), ("司马", "sima"), ("慕容", "murong"),
       ("上官", "shangguan"), ("东方", "dongfang")],
      [("俊杰", "junjie"), ("婉清", "wanqing"), ("浩然", "haoran"), ("梓涵", "zihan"),
       ("子轩", "zixuan"), ("雨萱", "yuxuan"), ("思远", "siyuan"), ("嘉怡", "jiayi")])
JA = ([("長谷川", "hasegawa"), ("小野寺", "onodera"), ("五十嵐", "igarashi"),
       ("佐々木", "sasaki"), ("宇都宮", "utsunomiya"), ("久保田", "kubota")],
      [("翔太", "shota"), ("美咲", "misaki"), ("大輔", "daisuke"), ("結衣", "yui"),
       ("健太郎", "kentaro"), ("陽菜", "hina"), ("拓海", "takumi"), ("彩花", "ayaka")])
KO = ([("남궁", "namgung"), ("황보", "hwangbo"), ("제갈", "jegal"), ("선우", "seonwoo")],
      [("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"), ("예린", "yerin"),
       ("도윤", "doyun"), ("하은", "haeun")])

# members whose names collide with hard negatives (name, handle)
COLLIDE = ["Morgan Stanley", "Wells Fargo", "Hugo Boss", "Ted Baker", "Tom Ford", "Kate Spade",
           "Charles Schwab", "John Lewis", "Harvey Nichols", "Ben Sherman", "Arthur Andersen",
           "Max Planck", "Alan Turing", "Ada Lovelace", "Marie Curie", "Nelson Mandela",
           "George Washington", "James Madison", "Jordan Lake", "Dallas Love", "Rosa Parks",
           "Victor Hugo", "Jean Jaurès", "Gordon Moore", "Kate Murphy", "Melvin Conway",
           "Edsger Dijkstra", "Isaac Newton", "Blaise Pascal", "Fred Brooks", "Gene Amdahl",
           "James Parkinson", "Will Baker", "Grace Young", "Rose Miller", "Hope Stone",
           "Mark Wood", "June Scott", "Dawn Rivers", "Faith Hill", "Joy Park", "Bill Frank",
           "Art Gardner", "Iris Bloom", "Amber Field", "Summer Fields", "April Ross",
           "May Lin", "Drew Carter", "Chase Hunter", "Holly Berry", "Penny Lane", "Rich Young",
           "Robin Hood", "Ray Ban", "Ernst Fischer", "Rosa Blanco", "Luz Moreno",
           "Gioia Romano", "Charlotte Brooks", "Austin Reed", "Florence Webb", "Eugene Park",
           "Tyler Grant", "Madison Cole", "Aurora Diaz", "Victoria Lowe", "Sydney Hart",
           "Вера Орлова", "Надежда Белова", "Любовь Зайцева", "أمل حداد", "نور الهدى"]
WORD_FIRST = {"Will", "Grace", "Rose", "Hope", "Mark", "June", "Dawn", "Faith", "Joy", "Bill",
              "Art", "Iris", "Amber", "Summer", "April", "May", "Drew", "Chase", "Holly", "Penny",
              "Rich", "Robin", "Ray", "Ernst", "Rosa", "Luz", "Gioia", "Вера", "Надежда",
              "Любовь", "أمل", "نور"}


def strip_accents(s):
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def rom(s):
    return "".join(c for c in strip_accents(s).lower() if c.isalnum())


COLLIDE_ROM = {"Вера": "vera", "Орлова": "orlova", "Надежда": "nadezhda", "Белова": "belova",
               "Любовь": "lyubov", "Зайцева": "zaitseva", "أمل": "amal", "حداد": "haddad",
               "نور": "nour", "الهدى": "alhuda"}


class Directory:
    """member directory; names may repeat (real directories have namesakes), handles do not."""

    def __init__(self, rng, n):
        self.rng = rng
        self.members = []
        self.by_pool = {}
        self.handles = set()
        for name in COLLIDE:
            first, _, last = name.partition(" ")
            fr, lr = COLLIDE_ROM.get(first, rom(first)), COLLIDE_ROM.get(last, rom(last))
            self._add(name, first, last, "collide", fr, lr)
        pools = [("en", 22), ("de", 10), ("fr", 8), ("es", 8), ("pt", 7), ("it", 6), ("nl", 5),
                 ("in", 5), ("dev", 5), ("ar", 6), ("ru", 6), ("zh", 5), ("ja", 4), ("ko", 3)]
        tot = sum(w for _, w in pools)
        for pool, w in pools:
            want = n * w // tot if pool != "ko" else n - len(self.members)
            for _ in range(want):
                self._one(pool)

    def _handle(self, fr, lr):
        r = self.rng.random()
        if r < 0.3:
            h = fr + lr
        elif r < 0.55:
            h = fr + "_" + lr
        elif r < 0.7:
            h = fr[0] + lr
        elif r < 0.8:
            h = fr + "." + lr
        elif r < 0.9:
            h = lr + "_" + fr[:3]
        else:
            h = fr + lr[:1] + str(self.rng.randint(7, 99))
        base = h
        while h.lower() in self.handles:
            h = base + self.rng.choice(["", "_", "."]) + str(self.rng.randint(1, 9999))
        return h

    def _add(self, name, first, last, pool, fr, lr, extra=None):
        handle = self._handle(fr or "user", lr or "x")
        self.handles.add(handle.lower())
        m = {"user": "u%d" % (len(self.members) + 1), "name": name, "handle": handle,
             "first": first, "last": last, "pool": pool, "fr": fr, "lr": lr}
        if extra:
            m.update(extra)
        self.members.append(m)
        self.by_pool.setdefault(pool, []).append(m)

    def _one(self, pool):
        rng = self.rng
        if pool in LAT:
            fs, ls = LAT[pool]
            f, l = rng.choice(fs), rng.choice(ls)
            if rng.random() < 0.08:
                mid = rng.choice([x for x in fs if x != f])
                self._add(f + " " + mid + " " + l, f, l, pool, rom(f), rom(l), {"mid": mid})
            else:
                self._add(f + " " + l, f, l, pool, rom(f), rom(l))
        elif pool == "dev":
            (f, fr), (l, lr) = rng.choice(DEV[0]), rng.choice(DEV[1])
            self._add(f + " " + l, f, l, pool, fr, lr)
        elif pool == "ar":
            (f, fr), (l, lr) = rng.choice(ARA[0]), rng.choice(ARA[1])
            self._add(f + " " + l, f, l, pool, fr, lr)
        elif pool == "ru":
            (f, fr, g), (l, lr) = rng.choice(RUF), rng.choice(RUL)
            if g == "f":
                l, lr = l + "а", lr + "a"
            self._add(f + " " + l, f, l, pool, fr, lr, {"g": g})
        else:
            fam, giv = {"zh": ZH, "ja": JA, "ko": KO}[pool]
            (f, fr), (l, lr) = rng.choice(fam), rng.choice(giv)
            # CJK: family name first, no space; "first" is the family name here
            self._add(f + l, f, l, pool, lr, fr)

    def pick(self, pool):
        lst = self.by_pool.get(pool) or self.by_pool["en"]
        return self.rng.choice(lst)


# --------------------------------------------------------------------------------------------
# number helpers

def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


IBAN_FMT = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "GB": "4a14n",
            "BE": "12n", "AT": "16n", "CH": "17n", "PT": "21n", "PL": "24n", "SE": "20n",
            "IE": "4a14n", "BR": "23n1a1a", "SA": "20n", "AE": "19n", "DK": "14n", "NO": "11n",
            "FI": "14n", "LU": "16n"}


def iban(rng, cc, valid=True):
    fmt = IBAN_FMT[cc]
    bban = ""
    i = 0
    while i < len(fmt):
        j = i
        while fmt[j].isdigit():
            j += 1
        n, kind = int(fmt[i:j]), fmt[j]
        for _ in range(n):
            bban += (str(rng.randint(0, 9)) if kind == "n" else
                     chr(65 + rng.randint(0, 25)))
        i = j + 1
    chk = 98 - mod97(bban + cc + "00")
    if not valid:
        while True:
            bad = rng.randint(2, 98)
            if mod97(bban + cc + "%02d" % bad) != 1:
                chk = bad
                break
    out = cc + "%02d" % chk + bban
    assert (mod97(out[4:] + out[:4]) == 1) == valid
    return out


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def is_global_v4(a, b, c, d):
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if a == 169 and b == 254:
        return False
    if a == 172 and 16 <= b <= 31:
        return False
    if a == 192 and ((b == 0 and c in (0, 2)) or b == 168 or (b == 88 and c == 99)):
        return False
    if a == 198 and (b in (18, 19) or (b == 51 and c == 100)):
        return False
    if a == 203 and b == 0 and c == 113:
        return False
    return True


# --------------------------------------------------------------------------------------------
# the generator

SEP_NOSPACE = {"zh", "ja"}
LANGS = ["en", "en", "en", "de", "de", "fr", "es", "pt", "it", "nl", "hi", "ar", "zh", "ja",
         "ko", "ru"]
NAME_POOL = {"en": ["en", "en", "en", "in", "de", "fr", "es", "it", "nl"], "de": ["de"],
             "fr": ["fr"], "es": ["es"], "pt": ["pt"], "it": ["it"], "nl": ["nl"],
             "hi": ["dev", "dev", "in"], "ar": ["ar"], "zh": ["zh"], "ja": ["ja"], "ko": ["ko"],
             "ru": ["ru"]}

FILLER = {
    "en": ["Excited to share that our team shipped the new onboarding flow this week.",
           "Three lessons from scaling a data platform: measure first, cache second, shard last.",
           "We're hiring across product and design, remote-friendly.",
           "Great panel today on responsible AI in hiring.",
           "Looking back at 5 years in consulting, the best advice I got was to write things down.",
           "Anyone else seeing slow builds after the last update?",
           "Proud of what this community built in 2023.",
           "Open to new opportunities in product analytics."],
    "de": ["Wir suchen ab sofort Verstärkung im Bereich Backend-Entwicklung.",
           "Spannender Workshop heute zum Thema Datenschutz im Recruiting.",
           "Nach sieben Jahren im Vertrieb starte ich etwas Neues.",
           "Kurzer Rückblick auf die Konferenz in Hamburg: viel gelernt!",
           "Unser Team wächst weiter, und ich freue mich darauf."],
    "fr": ["Ravi d'annoncer que je rejoins une nouvelle équipe produit.",
           "Belle journée au salon de l'emploi à Lyon.",
           "Nous recrutons des développeurs full-stack en CDI.",
           "Quelques réflexions après dix ans dans la tech."],
    "es": ["Encantada de anunciar que empiezo un nuevo reto profesional.",
           "Gran jornada sobre transformación digital en Valencia.",
           "Buscamos talento para nuestro equipo de datos.",
           "Tres aprendizajes tras liderar un equipo remoto."],
    "pt": ["Feliz em compartilhar que comecei em uma nova empresa.",
           "Ótimo evento sobre inovação em São Paulo ontem.",
           "Estamos contratando pessoas desenvolvedoras em todo o Brasil.",
           "Algumas lições depois de cinco anos como gestora."],
    "it": ["Felice di annunciare che inizio una nuova avventura.",
           "Bellissima giornata al convegno di Milano sulla sostenibilità.",
           "Cerchiamo sviluppatori backend per il nostro team.",
           "Qualche riflessione dopo otto anni nel marketing."],
    "nl": ["Blij om te delen dat ik een nieuwe uitdaging ben begonnen.",
           "Mooie meetup gisteren in Utrecht over data engineering.",
           "We zoeken een ervaren productmanager.",
           "Een paar lessen na tien jaar in de zorg-IT."],
    "hi": ["आज हमारी टीम ने नया प्रोडक्ट लॉन्च किया।", "Bahut accha session tha, sabko badhai!",
           "हम बैकएंड डेवलपर्स की भर्ती कर रहे हैं।", "पिछले पाँच सालों में बहुत कुछ सीखा।"],
    "ar": ["يسعدني أن أعلن عن انضمامي إلى فريق جديد.", "كانت ورشة العمل اليوم مفيدة جداً.",
           "نبحث عن مطورين للانضمام إلى فريقنا في دبي.", "بعض الدروس بعد عشر سنوات في التسويق."],
    "zh": ["很高兴宣布我加入了新的团队。", "今天在上海参加了一场关于人工智能的分享会。",
           "我们正在招聘后端开发工程师。", "回顾过去五年的工作，收获很多。"],
    "ja": ["新しいチームに参加することになりました。", "本日は東京でのカンファレンスに登壇しました。",
           "バックエンドエンジニアを募集しています。", "この五年間で多くのことを学びました。"],
    "ko": ["새로운 팀에 합류하게 되었습니다.", "오늘 서울에서 열린 컨퍼런스에 다녀왔습니다.",
           "백엔드 개발자를 채용하고 있습니다.", "지난 5년 동안 많은 것을 배웠습니다."],
    "ru": ["Рад сообщить, что присоединился к новой команде.",
           "Отличная конференция сегодня в Казани.", "Мы ищем бэкенд-разработчиков в команду.",
           "Несколько выводов после десяти лет в продажах."],
}

# contact lead-ins per language: {} is the item
PHONE_LEAD = {
    "en": ["Call me at {}.", "WhatsApp: {}", "You can reach our office on {} (9-5).",
           "Text {} for details.", "Mobile {} · DM also fine", "My number: {}"],
    "de": ["Ruf mich gern an: {}", "Tel. {}", "Handy: {} (auch WhatsApp)",
           "Erreichbar unter {}.", "Telefon {} – Mo bis Fr"],
    "fr": ["Appelez-moi au {}.", "Tél. : {}", "Portable : {}", "Joignable au {} en semaine."],
    "es": ["Llámame al {}.", "Tel.: {}", "Móvil: {}", "Escríbeme por WhatsApp al {}"],
    "pt": ["Me liga: {}", "WhatsApp {}", "Telefone: {}", "Contato pelo {} ou por DM."],
    "it": ["Chiamami al {}.", "Tel. {}", "Cellulare: {}", "Contattaci al numero {}"],
    "nl": ["Bel me op {}.", "Tel: {}", "Mobiel: {}", "Bereikbaar via {}"],
    "hi": ["मुझे कॉल करें: {}", "फ़ोन: {}", "WhatsApp karo {} pe", "संपर्क करें {}"],
    "ar": ["اتصل بي على {}", "هاتف: {}", "واتساب {}", "للتواصل: {}"],
    "zh": ["电话：{}", "联系电话{}", "手机{}，微信同号", "请致电{}"],
    "ja": ["電話：{}", "お問い合わせは{}まで", "携帯{}", "TEL {}"],
    "ko": ["연락처: {}", "전화 {}", "휴대폰 {}로 연락주세요", "문의 {}"],
    "ru": ["Звоните: {}", "Тел.: {}", "Мой номер {}", "WhatsApp {}"],
}
COUNTRIES = {"en": ["US", "US", "US", "CA", "UK", "UK", "AU", "NG", "IN", "E164"],
             "de": ["DE", "DE", "DE", "E164"], "fr": ["FR", "FR", "FR", "E164"],
             "es": ["ES", "ES", "ES", "E164"], "pt": ["BR", "BR", "BR", "E164"],
             "it": ["IT", "IT", "IT", "E164"], "nl": ["NL", "NL", "NL", "E164"],
             "hi": ["IN"], "ar": ["AE", "SA", "EG", "E164"], "zh": ["CN"], "ja": ["JP"],
             "ko": ["KR"], "ru": ["RU"]}

EMAIL_LEAD = {
    "en": ["Send your CV to {}.", "Email me: {}", "Questions? {}", "Contact: {} (replies within 48h)"],
    "de": ["Bewerbungen bitte an {}.", "Mail: {}", "Schreib mir an {}"],
    "fr": ["Envoyez votre CV à {}.", "Contact : {}", "Écrivez-moi : {}"],
    "es": ["Envía tu CV a {}.", "Correo: {}", "Escríbeme a {}"],
    "pt": ["Mande seu currículo para {}.", "E-mail: {}", "Fale comigo: {}"],
    "it": ["Invia il CV a {}.", "Email: {}", "Scrivimi a {}"],
    "nl": ["Stuur je cv naar {}.", "Mail: {}", "Mail me op {}"],
    "hi": ["अपना CV भेजें {}", "ईमेल: {}", "Mail karo {} pe"],
    "ar": ["أرسل سيرتك الذاتية إلى {}", "البريد: {}", "راسلني على {}"],
    "zh": ["简历请发送至{}谢谢", "邮箱：{}", "联系邮箱{}"],
    "ja": ["履歴書は{}までお送りください", "メール：{}", "連絡先{}"],
    "ko": ["이력서는 {}로 보내주세요", "이메일: {}", "문의 {}"],
    "ru": ["Резюме присылайте на {}", "Почта: {}", "Пишите на {}"],
}
DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me",
                  "hotmail.com", "northwind-labs.io", "brightpath.co", "mail.unimelb.edu.au"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "stadtwerke-beispiel.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "atelier-lumiere.fr"],
           "es": ["telefonica.net", "gmail.com", "hotmail.es", "consultora-norte.es"],
           "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "gmail.com"],
           "it": ["libero.it", "virgilio.it", "tiscali.it", "studiorossi.it"],
           "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "bureau-de-brug.nl"],
           "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in", "infotech-solutions.in"],
           "ar": ["gmail.com", "hotmail.com", "emirates.net.ae", "company.com.sa"],
           "zh": ["163.com", "qq.com", "126.com", "sina.com.cn", "foxmail.com"],
           "ja": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "example-shoji.co.jp"],
           "ko": ["naver.com", "daum.net", "kakao.com", "hanmail.net"],
           "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru"]}
ROLE = ["jobs", "careers", "hr", "info", "hello", "recruiting", "bewerbung", "contact",
        "rh", "talento", "vagas", "lavora-con-noi", "werkenbij", "support"]

GREET = {
    "en": ["Thanks, {}!", "Hi {}, quick question about the role.", "Thank you {} for the intro!",
           "Happy birthday {}!", "Congrats {}, well deserved!", "Hey {}, loved the talk.",
           "Dear {}, thanks for the warm welcome.", "Thanks so much {}!",
           "Good morning {}!", "Welcome aboard, {}!"],
    "de": ["Danke, {}!", "Hallo {}, kurze Frage zur Stelle.", "Vielen Dank {}!",
           "Herzlichen Glückwunsch, {}!", "Moin {}, gute Frage.", "Liebe Grüße und danke, {}!"],
    "fr": ["Merci {} !", "Bonjour {}, merci pour le partage.", "Merci beaucoup {} !",
           "Félicitations {} !", "Salut {} !", "Bravo {} !"],
    "es": ["¡Gracias, {}!", "Hola {}, ¿hablamos?", "Muchas gracias {}.", "¡Felicidades {}!",
           "¡Enhorabuena {}!"],
    "pt": ["Obrigado, {}!", "Obrigada {}!", "Olá {}, tudo bem?", "Parabéns {}!", "Valeu {}!"],
    "it": ["Grazie {}!", "Ciao {}, ci sentiamo?", "Grazie mille {}!", "Complimenti {}!",
           "Buongiorno {}, grazie del supporto."],
    "nl": ["Bedankt {}!", "Hoi {}, goed verhaal.", "Dank je wel {}!", "Gefeliciteerd {}!",
           "Goedemorgen {}!"],
    "hi": ["धन्यवाद {} जी!", "नमस्ते {} जी,", "शुक्रिया {}!", "बधाई हो {}!"],
    "ar": ["شكراً {}!", "شكرا جزيلا يا {}", "مرحبا {}،", "مبروك يا {}!"],
    "ru": ["Спасибо, {}!", "Привет, {}!", "Поздравляю, {}!", "Здравствуйте, {}!"],
}
HONORIFIC = {"zh": ["谢谢{}老师！", "感谢{}的分享。", "恭喜{}升职！", "和{}一起开会"],
             "ja": ["ありがとうございます、{}さん！", "{}さん、お疲れさまでした。", "{}様のご講演"],
             "ko": ["감사합니다 {}님!", "{}님 축하드려요.", "{} 매니저와 함께"]}
FULL_CTX = {
    "en": ["Great working with {} on this launch.", "Shout-out to {} for leading the migration.",
           "Welcome {} to the team!", "I had a great chat with {} yesterday.",
           "{} just published a great write-up.", "Recommended by {}."],
    "de": ["Danke an {} für die Unterstützung.", "Heute mit {} gesprochen.",
           "{} übernimmt ab Mai die Teamleitung."],
    "fr": ["Ravi de travailler avec {} sur ce projet.", "{} rejoint l'équipe.",
           "Merci à {} pour l'organisation."],
    "es": ["Un placer trabajar con {}.", "{} se une al equipo.", "Gracias a {} por todo."],
    "pt": ["Foi ótimo trabalhar com {}.", "{} entrou para o time.", "Valeu demais, {}."],
    "it": ["Un piacere lavorare con {}.", "{} entra nel team.", "Grazie a {} per il supporto."],
    "nl": ["Fijn samengewerkt met {}.", "{} versterkt ons team.", "Dank aan {} voor de hulp."],
    "hi": ["{} के साथ काम करके अच्छा लगा।", "आज {} से मुलाकात हुई।", "{} ने शानदार काम किया।"],
    "ar": ["سعدت بالعمل مع {}.", "انضم {} إلى فريقنا.", "شكر خاص إلى {}."],
    "ru": ["Отличная работа, {}.", "{} теперь руководит отделом.", "Сегодня встретился: {}."],
}


class Rec:
    def __init__(self):
        self.parts = []  # (text, label or None)

    def add(self, text, label=None):
        self.parts.append((text, label))

    def build(self):
        text = ""
        spans, negs = [], []
        for t, lab in self.parts:
            if lab:
                kind, what, form = lab
                d = {"start": len(text), "end": len(text) + len(t)}
                if kind == "pii":
                    d["type"] = what
                    d["form"] = form
                    spans.append(d)
                else:
                    d["category"] = what
                    d["form"] = form
                    negs.append(d)
            text += t
        return text, spans, negs


def fill(rec, template, segs):
    """template with one {}; segs a list of (text, label) for the slot."""
    a, _, b = template.partition("{}")
    rec.add(a)
    for t, lab in segs:
        rec.add(t, lab)
    rec.add(b)


class Gen:
    def __init__(self, rng, dirc):
        self.rng = rng
        self.d = dirc

    def dig(self, n, first="0123456789"):
        r = self.rng
        return r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    # ---- PHONE ------------------------------------------------------------------------------
    def phone(self, cc):
        r, d = self.rng, self.dig
        c = r.choice
        if cc in ("US", "CA"):
            npa = d(1, "23456789") + d(1, "0123456789") + d(1, "02345678")
            nxx = d(1, "23456789") + d(2)
            x = d(4)
            forms = [("(%s) %s-%s", "nanp_paren"), ("%s-%s-%s", "nanp_dash"),
                     ("%s.%s.%s", "nanp_dot"), ("%s %s %s", "nanp_space"),
                     ("+1 %s %s %s", "nanp_intl_space"), ("+1 (%s) %s-%s", "nanp_intl_paren"),
                     ("1-%s-%s-%s", "nanp_1dash"), ("+1-%s-%s-%s", "nanp_intl_dash"),
                     ("+1%s%s%s", "nanp_e164")]
            f, form = c(forms)
            return f % (npa, nxx, x), form
        if cc == "UK":
            k = r.random()
            if k < 0.4:
                a, b = d(4), d(6)
                return c([("07%s %s" % (d(3), b), "uk_mob"),
                          ("+44 7%s %s" % (d(3), b), "uk_mob_intl"),
                          ("+44 (0)7%s %s" % (d(3), b), "uk_mob_intl0"),
                          ("07%s %s %s" % (d(3), b[:3], b[3:]), "uk_mob_3")])
            if k < 0.7:
                a, b = d(4), d(4)
                return c([("020 %s %s" % (a, b), "uk_london"), ("+44 20 %s %s" % (a, b),
                                                                   "uk_london_intl"),
                          ("(020) %s %s" % (a, b), "uk_london_paren"),
                          ("+44 (0)20 %s %s" % (a, b), "uk_london_intl0")])
            area = c(["0161", "0113", "0121", "0141", "0131", "0117", "01223", "01865"])
            rest = d(7 if len(area) == 4 else 6)
            return c([("%s %s %s" % (area, rest[:3], rest[3:]), "uk_geo"),
                      ("+44 %s %s %s" % (area[1:], rest[:3], rest[3:]), "uk_geo_intl"),
                      ("%s %s" % (area, rest), "uk_geo2")])
        if cc == "DE":
            k = r.random()
            if k < 0.5:
                pre = c(["151", "152", "157", "160", "170", "171", "172", "175", "176", "179"])
                sub = d(c([7, 8]))
                return c([("0%s %s" % (pre, sub), "de_mob"), ("0%s/%s" % (pre, sub), "de_mob_slash"),
                          ("0%s-%s" % (pre, sub), "de_mob_dash"),
                          ("+49 %s %s" % (pre, sub), "de_mob_intl"),
                          ("+49 (0)%s %s" % (pre, sub), "de_mob_intl0"),
                          ("0%s %s %s" % (pre, sub[:3], sub[3:]), "de_mob_grp"),
                          ("+49\u00a0%s\u00a0%s" % (pre, sub), "de_mob_nbsp"),
                          ("0049 %s %s" % (pre, sub), "de_mob_00")])
            area = c(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "6221"])
            sub = d(8 - len(area) + 2 if len(area) < 4 else 6, "123456789")
            return c([("0%s %s" % (area, sub), "de_geo"), ("0%s/%s" % (area, sub), "de_geo_slash"),
                      ("0%s-%s" % (area, sub), "de_geo_dash"),
                      ("+49 %s %s" % (area, sub), "de_geo_intl"),
                      ("+49 (0)%s %s" % (area, sub), "de_geo_intl0"),
                      ("(0%s) %s" % (area, sub), "de_geo_paren"),
                      ("+49 %s %s-%s" % (area, sub[:-2], sub[-2:]), "de_geo_ext")])
        if cc == "FR":
            first = c("1234567")
            g = [d(2) for _ in range(4)]
            return c([("0%s %s" % (first, " ".join(g)), "fr_space"),
                      ("0%s.%s" % (first, ".".join(g)), "fr_dot"),
                      ("0%s-%s" % (first, "-".join(g)), "fr_dash"),
                      ("+33 %s %s" % (first, " ".join(g)), "fr_intl"),
                      ("+33 (0)%s %s" % (first, " ".join(g)), "fr_intl0"),
                      ("0033 %s %s" % (first, " ".join(g)), "fr_00"),
                      ("0%s%s" % (first, "".join(g)), "fr_compact"),
                      ("+33%s%s" % (first, "".join(g)), "fr_e164")])
        if cc == "IN":
            m = d(1, "6789") + d(9)
            return c([("+91 %s %s" % (m[:5], m[5:]), "in_intl"), ("%s %s" % (m[:5], m[5:]), "in_mob_5_5"),
                      ("+91-%s" % m, "in_intl_dash"), ("0%s" % m, "in_trunk"),
                      ("+91 %s" % m, "in_intl_compact"), ("%s" % m, "in_mob_bare"),
                      ("022 %s %s" % (d(4, "23456"), d(4)), "in_geo"),
                      ("+91 80 %s %s" % (d(4, "23456"), d(4)), "in_geo_intl"),
                      ("0%s-%s" % ("11", d(8, "23456")), "in_geo_dash")])
        if cc == "BR":
            ddd = c(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            m = "9" + d(8)
            fx = d(1, "2345") + d(7)
            return c([("(%s) %s-%s" % (ddd, m[:5], m[5:]), "br_mob_paren"),
                      ("+55 %s %s-%s" % (ddd, m[:5], m[5:]), "br_mob_intl"),
                      ("+55 (%s) %s-%s" % (ddd, m[:5], m[5:]), "br_mob_intl_paren"),
                      ("%s %s-%s" % (ddd, m[:5], m[5:]), "br_mob_noparen"),
                      ("(%s) %s-%s" % (ddd, fx[:4], fx[4:]), "br_fixo"),
                      ("+55 %s %s %s" % (ddd, fx[:4], fx[4:]), "br_fixo_intl"),
                      ("(%s) 9 %s-%s" % (ddd, m[1:5], m[5:]), "br_mob_9sep"),
                      ("+55%s%s" % (ddd, m), "br_e164")])
        if cc == "JP":
            k = r.random()
            if k < 0.5:
                p = c(["090", "080", "070"])
                a, b = d(4), d(4)
                return c([("%s-%s-%s" % (p, a, b), "jp_mob"), ("+81 %s-%s-%s" % (p[1:], a, b), "jp_mob_intl"),
                          ("+81 %s %s %s" % (p[1:], a, b), "jp_mob_intl_sp"),
                          ("%s %s %s" % (p, a, b), "jp_mob_sp")])
            if k < 0.8:
                a, b = d(4), d(4)
                return c([("03-%s-%s" % (a, b), "jp_tokyo"), ("(03) %s-%s" % (a, b), "jp_tokyo_paren"),
                          ("+81 3-%s-%s" % (a, b), "jp_tokyo_intl"), ("06-%s-%s" % (a, b), "jp_osaka")])
            return c([("0120-%s-%s" % (d(3), d(3)), "jp_freedial"),
                      ("045-%s-%s" % (d(3), d(4)), "jp_yokohama")])
        if cc == "AU":
            a = d(3)
            b = d(3)
            return c([("04%s %s %s" % (d(2), a, b), "au_mob"), ("+61 4%s %s %s" % (d(2), a, b), "au_mob_intl"),
                      ("(02) %s %s" % (d(4), d(4)), "au_geo_paren"), ("02 %s %s" % (d(4), d(4)), "au_geo"),
                      ("+61 3 %s %s" % (d(4), d(4)), "au_geo_intl"), ("04%s%s%s" % (d(2), a, b), "au_mob_compact")])
        if cc == "CN":
            m = "1" + c("3456789") + d(9)
            return c([("%s %s %s" % (m[:3], m[3:7], m[7:]), "cn_mob_344"), (m, "cn_mob"),
                      ("+86 %s %s %s" % (m[:3], m[3:7], m[7:]), "cn_mob_intl"),
                      ("+86-%s" % m, "cn_mob_intl_dash"), ("%s-%s-%s" % (m[:3], m[3:7], m[7:]), "cn_mob_dash"),
                      ("010-%s" % d(8, "2345678"), "cn_bj"), ("021-%s %s" % (d(4, "2345678"), d(4)), "cn_sh"),
                      ("(0755) %s" % d(8, "2345678"), "cn_sz_paren"), ("+86 10 %s %s" % (d(4, "2345678"), d(4)), "cn_bj_intl")])
        if cc == "ES":
            m = d(1, "67") + d(8)
            f = "91" + d(7)
            return c([("%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), "es_mob_3222"),
                      ("%s %s %s" % (m[:3], m[3:6], m[6:]), "es_mob_333"),
                      ("+34 %s %s %s" % (m[:3], m[3:6], m[6:]), "es_mob_intl"),
                      ("+34 %s" % m, "es_mob_intl_compact"), ("0034 %s" % m, "es_mob_00"),
                      ("%s %s %s %s" % (f[:2], f[2:5], f[5:7], f[7:]), "es_fijo"),
                      ("+34 %s %s %s %s" % (f[:2], f[2:5], f[5:7], f[7:]), "es_fijo_intl"),
                      (m, "es_mob_bare")])
        if cc == "IT":
            m = "3" + d(1, "2456789") + d(8)
            return c([("%s %s %s" % (m[:3], m[3:6], m[6:]), "it_mob_334"),
                      ("+39 %s %s" % (m[:3], m[3:]), "it_mob_intl"),
                      ("%s-%s" % (m[:3], m[3:]), "it_mob_dash"), ("%s" % m, "it_mob_bare"),
                      ("+39 06 %s %s" % (d(4), d(4)), "it_roma_intl"), ("06 %s %s" % (d(4), d(4)), "it_roma"),
                      ("02 %s" % d(8), "it_milano"), ("0039 %s %s" % (m[:3], m[3:]), "it_mob_00")])
        if cc == "NL":
            m = d(8)
            return c([("06 %s" % m, "nl_mob"), ("06-%s" % m, "nl_mob_dash"),
                      ("+31 6 %s" % m, "nl_mob_intl"), ("+31 (0)6 %s %s" % (m[:4], m[4:]), "nl_mob_intl0"),
                      ("0031 6 %s %s" % (m[:4], m[4:]), "nl_mob_00"),
                      ("020 %s %s" % (d(3, "123456789"), d(4)), "nl_adam"),
                      ("+31 20 %s %s" % (d(3, "123456789"), d(4)), "nl_adam_intl"),
                      ("010-%s" % d(7, "123456789"), "nl_rdam_dash"), ("06 %s %s %s %s" % (m[:2], m[2:4], m[4:6], m[6:]), "nl_mob_pairs")])
        if cc == "NG":
            p = c(["803", "806", "813", "816", "703", "706", "805", "807", "809", "817", "908"])
            a, b = d(3), d(4)
            return c([("0%s %s %s" % (p, a, b), "ng_mob"), ("0%s%s%s" % (p, a, b), "ng_mob_compact"),
                      ("+234 %s %s %s" % (p, a, b), "ng_intl"), ("+234 (0)%s %s %s" % (p, a, b), "ng_intl0"),
                      ("0%s-%s-%s" % (p, a, b), "ng_dash"), ("+234%s%s%s" % (p, a, b), "ng_e164")])
        if cc == "KR":
            a, b = d(4), d(4)
            return c([("010-%s-%s" % (a, b), "kr_mob"), ("+82 10-%s-%s" % (a, b), "kr_mob_intl"),
                      ("02-%s-%s" % (d(3, "2345678"), b), "kr_seoul"), ("+82 10 %s %s" % (a, b), "kr_mob_intl_sp")])
        if cc == "RU":
            p = c(["916", "903", "925", "985", "495", "812", "977"])
            a, b, e = d(3), d(2), d(2)
            return c([("+7 %s %s-%s-%s" % (p, a, b, e), "ru_intl"), ("+7 (%s) %s-%s-%s" % (p, a, b, e), "ru_intl_paren"),
                      ("+7%s%s%s%s" % (p, a, b, e), "ru_e164"), ("8 (%s) %s-%s-%s" % (p, a, b, e), "ru_trunk8")])
        if cc == "AE":
            return c([("+971 50 %s %s" % (d(3), d(4)), "ae_mob_intl"), ("+971 4 %s %s" % (d(3), d(4)), "ae_geo_intl"),
                      ("00971 55 %s %s" % (d(3), d(4)), "ae_mob_00"), ("050 %s %s" % (d(3), d(4)), "ae_mob")])
        if cc == "SA":
            return c([("+966 5%s %s %s" % (d(1), d(3), d(4)), "sa_mob_intl"), ("05%s %s %s" % (d(1), d(3), d(4)), "sa_mob")])
        if cc == "EG":
            return c([("+20 10 %s %s" % (d(4), d(4)), "eg_mob_intl"), ("010 %s %s" % (d(4), d(4)), "eg_mob")])
        # bare E.164 of a listed country
        cc2, n = c([("49", 11), ("33", 9), ("44", 10), ("34", 9), ("39", 10), ("31", 9),
                    ("61", 9), ("55", 11), ("91", 10), ("81", 10), ("234", 10), ("86", 11)])
        return "+" + cc2 + d(n, "123456789"), "e164_" + cc2

    def item_phone(self, rec, lang):
        cc = self.rng.choice(COUNTRIES[lang])
        num, form = self.phone(cc)
        lead = self.rng.choice(PHONE_LEAD[lang])
        if self.rng.random() < 0.07:
            fill(rec, lead, [("tel:", None), (num, ("pii", "PHONE", form + "+tel"))])
        else:
            fill(rec, lead, [(num, ("pii", "PHONE", form))])

    # ---- EMAIL ------------------------------------------------------------------------------
    def email_local(self, m):
        r = self.rng
        fr, lr = m["fr"], m["lr"]
        return r.choice([fr + "." + lr, fr[0] + "." + lr, fr + lr, fr + "_" + lr,
                         fr + "." + lr + str(r.randint(1, 99)), lr + "." + fr, fr + "+jobs"])

    def item_email(self, rec, lang):
        r = self.rng
        m = self.d.pick(r.choice(NAME_POOL[lang]))
        dom = r.choice(DOMAINS[lang])
        k = r.random()
        local = r.choice(ROLE) if k < 0.15 else (m["handle"] if k < 0.25 else self.email_local(m))
        lead = r.choice(EMAIL_LEAD[lang])
        o = r.random()
        base = dom.rsplit(".", 1)
        if o < 0.07:
            addr, form = "%s [at] %s [dot] %s" % (local, base[0].replace(".", " [dot] "), base[1]), "obf_brackets"
        elif o < 0.12:
            addr, form = "%s(at)%s" % (local, dom), "obf_paren"
        elif o < 0.14:
            addr, form = "%s (at) %s (dot) %s" % (local, base[0].replace(".", " (dot) "), base[1]), "obf_paren_sp"
        elif o < 0.16:
            addr, form = "%s [AT] %s [DOT] %s" % (local, base[0].replace(".", " [DOT] "), base[1]), "obf_upper"
        elif o < 0.18:
            addr, form = "%s{at}%s" % (local, dom), "obf_curly"
        elif o < 0.20:
            addr, form = "%s at %s dot %s" % (local, base[0].replace(".", " dot "), base[1]), "obf_words"
        elif o < 0.23:
            addr, form = (local + "@" + dom).upper() if r.random() < 0.5 else local.capitalize() + "@" + dom, "case"
        else:
            addr, form = local + "@" + dom, ("role" if k < 0.15 else ("handle_local" if k < 0.25 else "plain"))
        lab = ("pii", "EMAIL", form + "+" + lang)
        w = r.random()
        if w < 0.08 and "@" in addr:
            fill(rec, lead, [("mailto:", ("neg", "mailto", "mailto")), (addr, lab)])
        elif w < 0.16:
            fill(rec, lead, [("<", None), (addr, lab), (">", None)])
        elif w < 0.2:
            fill(rec, lead, [("(", None), (addr, lab), (")", None)])
        else:
            fill(rec, lead, [(addr, lab)])

    # ---- IP ---------------------------------------------------------------------------------
    def v4_global(self):
        r = self.rng
        while True:
            q = (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            if is_global_v4(*q):
                return "%d.%d.%d.%d" % q

    def item_ipv4(self, rec, lang):
        r = self.rng
        ip = self.v4_global()
        t = r.choice(["Blocked {} after 40 failed SSH logins.", "Our egress IP is {}, please allowlist it.",
                      "Der Server {} antwortet nicht.", "Failed login from {} at night",
                      "Whitelist: {}", "IP: {}", "来自{}的异常访问", "サーバー{}に接続できません",
                      "Подозрительный вход с адреса {}"])
        w = r.random()
        if w < 0.15:
            fill(rec, t, [(ip, ("pii", "IPV4", "port")), (":" + str(r.choice([22, 443, 8080, 3389])), None)])
        elif w < 0.27:
            fill(rec, t, [(ip, ("pii", "IPV4", "cidr")), ("/" + str(r.choice([32, 24, 29])), None)])
        else:
            fill(rec, t, [(ip, ("pii", "IPV4", "plain"))])

    def v6_global(self):
        r = self.rng
        p = r.choice(["2a00", "2a02", "2a01", "2a03", "2606", "2607", "2600", "2620", "2400",
                      "2404", "2405", "2800", "2c0f", "2403", "2001:4860", "2a0a", "2610"])
        groups = p.split(":")
        while len(groups) < 8:
            groups.append("%x" % r.randint(0, 0xffff))
        return groups

    def item_ipv6(self, rec, lang):
        r = self.rng
        g = self.v6_global()
        k = r.random()
        if k < 0.45:
            # compressed: zero a run in the middle
            i = r.randint(2, 5)
            j = r.randint(i + 1, 7)
            s = ":".join(g[:i]) + "::" + ":".join(g[j:])
            form = "compressed"
        elif k < 0.65:
            s = ":".join(g)
            form = "full"
        elif k < 0.75:
            s = ":".join(x.zfill(4) for x in g)
            form = "zero_padded"
        elif k < 0.85:
            s = (":".join(g[:3]) + "::" + g[7]).upper()
            form = "upper"
        else:
            s = ":".join(g[:4]) + "::" + "%x" % r.randint(1, 0xff)
            form = "compressed_short"
        t = r.choice(["Client IPv6 {} keeps hitting the rate limit.", "AAAA record: {}",
                      "Connexion depuis {} refusée.", "IPv6-Adresse {} gesperrt.", "源地址{}",
                      "ping {}"])
        if r.random() < 0.15:
            fill(rec, t, [("[", None), (s, ("pii", "IPV6", form + "_bracket_port")),
                          ("]:%d" % r.choice([443, 8443, 22]), None)])
        else:
            fill(rec, t, [(s, ("pii", "IPV6", form))])

    # ---- CARD, IBAN, SSN --------------------------------------------------------------------
    def card(self, valid=True):
        r = self.rng
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "visa13"])
        if brand == "visa":
            n = luhn_complete("4", 16, r)
        elif brand == "visa13":
            n = luhn_complete("4", 13, r)
        elif brand == "mc":
            n = luhn_complete(str(r.randint(51, 55)), 16, r)
        elif brand == "mc2":
            n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
        elif brand == "amex":
            n = luhn_complete(r.choice(["34", "37"]), 15, r)
        else:
            n = luhn_complete(r.choice(["6011", "65", str(r.randint(644, 649))]), 16, r)
        if not valid:
            last = int(n[-1])
            n = n[:-1] + str((last + r.randint(1, 9)) % 10)
            assert not luhn_ok(n)
        g = r.random()
        if brand == "amex":
            parts = [n[:4], n[4:10], n[10:]]
        elif brand == "visa13":
            parts = [n]
        else:
            parts = [n[i:i + 4] for i in range(0, 16, 4)]
        if g < 0.4 or len(parts) == 1:
            return n, brand + "_compact"
        if g < 0.75:
            return " ".join(parts), brand + "_space"
        return "-".join(parts), brand + "_dash"

    def item_card(self, rec, lang):
        n, form = self.card()
        t = self.rng.choice(["Card number {} was charged twice, can someone help?",
                             "Meine Kreditkarte {} wurde gesperrt.", "Carte bancaire : {}",
                             "Tarjeta {} caducada", "Cartão final completo {}",
                             "paid with {} exp 09/27", "信用卡号{}", "カード番号 {}"])
        fill(rec, t, [(n, ("pii", "CREDIT_CARD", form))])

    def item_iban(self, rec, lang):
        r = self.rng
        cc = r.choice({"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"],
                       "pt": ["PT", "BR"], "it": ["IT"], "nl": ["NL", "BE"], "ar": ["SA", "AE"]
                       }.get(lang, list(IBAN_FMT)))
        s = iban(r, cc)
        grouped = r.random() < 0.6
        t = r.choice(["IBAN: {}", "Bitte überweisen an {} (Kontoinhaber siehe oben).",
                      "Virement sur le compte {}, merci.", "Transferencia a {}",
                      "Spenden gern an {}", "IBAN {} – BIC folgt per DM"])
        fill(rec, t, [(group4(s) if grouped else s, ("pii", "IBAN", cc + ("_grouped" if grouped else "_compact")))])

    def ssn(self, valid=True):
        r = self.rng
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        form = "valid"
        if not valid:
            k = r.randint(0, 4)
            if k == 0:
                a, form = 0, "area000"
            elif k == 1:
                a, form = 666, "area666"
            elif k == 2:
                a, form = r.randint(900, 999), "area9xx"
            elif k == 3:
                g, form = 0, "group00"
            else:
                s, form = 0, "serial0000"
        sep = "-" if r.random() < 0.75 else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s), form + ("_dash" if sep == "-" else "_space")

    def item_ssn(self, rec, lang):
        n, form = self.ssn()
        t = self.rng.choice(["My SSN is {} — is it safe to put on the form?", "SSN: {}",
                             "social security number {} for the I-9", "(SSN {})",
                             "W-2 shows {} as the employee number??"])
        fill(rec, t, [(n, ("pii", "US_SSN", form))])

    # ---- URL --------------------------------------------------------------------------------
    def item_url(self, rec, lang):
        r = self.rng
        m = self.d.pick(r.choice(NAME_POOL[lang]))
        h = m["handle"]
        slug = m["fr"] + "-" + m["lr"]
        k = r.random()
        if k < 0.25:
            u, form = "linkedin.com/in/" + (slug + ("-" + "%x" % r.randint(0x1000, 0xfffff) if r.random() < 0.4 else "")), "linkedin"
        elif k < 0.4:
            u, form = "github.com/" + h.replace(".", "-").replace("_", "-"), "github"
            if r.random() < 0.25:
                u += "/" + r.choice(["dotfiles", "thesis-code", "portfolio"])
                form = "github_repo"
        elif k < 0.52:
            u, form = r.choice(["x.com/", "twitter.com/"]) + h.replace(".", "_"), "x"
            if r.random() < 0.25:
                u += "/status/" + str(r.randint(10 ** 17, 10 ** 18))
                form = "x_status"
        elif k < 0.6:
            u, form = "medium.com/@" + h, "medium"
        elif k < 0.67:
            u, form = "bsky.app/profile/" + h.replace("_", "-").replace(".", "-") + ".bsky.social", "bsky"
        elif k < 0.74:
            u, form = h.replace("_", "").replace(".", "") + ".substack.com", "substack"
        elif k < 0.8:
            u, form = "calendly.com/" + h.replace("_", "-").replace(".", "-") + r.choice(["", "/30min", "/intro-call"]), "calendly"
        elif k < 0.9:
            u, form = "askfirst.example/u/" + h, "platform"
        else:
            u, form = r.choice(["instagram.com/", "gitlab.com/", "t.me/"]) + h.replace(".", "_"), "other_site"
        s = r.random()
        if s < 0.45:
            u = "https://" + ("www." if form in ("linkedin", "x") and r.random() < 0.5 else "") + u
            form += "+scheme"
        elif s < 0.55:
            u = "http://" + u
            form += "+http"
        if r.random() < 0.1 and form.startswith("linkedin"):
            u += "/"
            form += "+slash"
        tail = r.choice(["", "", ".", ")", ","])
        t = r.choice(["Connect with me: {}", "Portfolio and code at {}", "Mehr über mich: {}",
                      "Mon profil : {}", "Mi perfil: {}", "Meu perfil: {}", "Il mio profilo {}",
                      "Mijn profiel: {}", "プロフィール {}", "个人主页{}", "Профиль: {}",
                      "more on {}"])
        a, _, b = t.partition("{}")
        rec.add("(" + a if tail == ")" else a)
        rec.add(u, ("pii", "URL", form + ("+tail" + tail if tail else "")))
        rec.add(tail + b)

    # ---- HANDLE and PERSON ------------------------------------------------------------------
    def item_handle(self, rec, lang):
        r = self.rng
        m = self.d.pick(r.choice(NAME_POOL[lang]))
        h = "@" + (m["handle"] if r.random() < 0.9 else m["handle"].lower())
        t = r.choice(["cc {} for visibility", "{} what do you think?", "Great thread by {}!",
                      "(via {})", "Danke {} fürs Teilen", "merci {} pour le lien", "gracias {}",
                      "感谢{} 分享", "{} さんの記事", "{} 님 감사합니다", "спасибо {}", "شكراً {}",
                      "Kudos to {}: shipped!"])
        w = r.random()
        if w < 0.1:
            fill(rec, t, [(h, ("pii", "HANDLE", "possessive")), ("'s", None)])
        else:
            fill(rec, t, [(h, ("pii", "HANDLE", "plain"))])

    def ru_case(self, m, case):
        f, l, g = m["first"], m["last"], m.get("g", "m")
        def fi(x):
            if x == "Павел":
                return "Павлом" if case == "ins" else "Павла"
            if x.endswith("ий") or x.endswith("ей"):
                return x[:-1] + ("ем" if case == "ins" else "я")
            if x.endswith("а"):
                return x[:-1] + ("ой" if case == "ins" else ("и" if x[-2] in "гкхжчшщ" else "ы"))
            if x.endswith("ь"):
                return x[:-1] + ("ью" if case == "ins" else "и")
            return x + ("ом" if case == "ins" else "а")
        def la(x):
            if g == "f":
                return x[:-1] + "ой"
            return x + ("ым" if case == "ins" else "а")
        return fi(f) + " " + la(l)

    def person_text(self, m):
        """a full-name rendering of member m and its form."""
        r = self.rng
        name = m["name"]
        k = r.random()
        if m.get("mid") and r.random() < 0.5:
            return m["first"] + " " + m["last"], "first_last_of_3"
        if k < 0.07 and m["pool"] not in ("zh", "ja", "ko", "ar", "dev"):
            return name.lower(), "lower"
        if k < 0.1 and m["pool"] not in ("zh", "ja", "ko", "ar", "dev"):
            return name.upper(), "upper"
        if k < 0.3 and m["pool"] in LAT and strip_accents(name) != name:
            return strip_accents(name), "no_diacritics"
        if k < 0.3 and m["pool"] == "ru" and "ё" in name:
            return name.replace("ё", "е"), "ru_yo_as_e"   # common in Russian typing
        return name, "full"

    def item_person(self, rec, lang):
        r = self.rng
        pool = r.choice(NAME_POOL[lang])
        m = self.d.pick(pool)
        if m["name"] in COLLIDE:
            m = self.d.pick(pool)
        k = r.random()
        if lang in HONORIFIC:
            t = r.choice(HONORIFIC[lang])
            name, form = m["name"], "cjk_" + lang
            if lang == "ja" and r.random() < 0.3:
                name, form = m["first"] + " " + m["last"], "cjk_ja_space"
            fill(rec, t, [(name, ("pii", "PERSON", form))])
            return
        if k < 0.35 and lang in GREET:
            t = r.choice(GREET[lang])
            fill(rec, t, [(m["first"], ("pii", "PERSON", "greet_first_" + lang))])
            return
        if k < 0.45 and lang == "en":
            fill(rec, r.choice(["Thanks for the feedback, {}.", "See you at the offsite, {}!",
                                "Totally agree, {}."]),
                 [(m["first"], ("pii", "PERSON", "vocative_first"))])
            return
        if k < 0.55 and lang in ("en", "de", "fr", "es", "pt", "it", "nl"):
            name, form = self.person_text(m)
            if lang == "en" and r.random() < 0.5:
                poss = r.choice(["'s", "’s"])
                fill(rec, "Congrats to {} on the new role! ", [(name, ("pii", "PERSON", form + "+intro"))])
                fill(rec, "{} team is lucky.", [(m["first"], ("pii", "PERSON", "possessive_first_after_full")),
                                                (poss, None)])
            else:
                fill(rec, r.choice(["{} talk was the highlight of the day.", "Loved {} keynote."]),
                     [(name, ("pii", "PERSON", form + "+possessive")), (r.choice(["'s", "’s"]), None)])
            return
        if k < 0.62:
            name, form = self.person_text(m)
            fill(rec, r.choice(["Big thanks to {} for the referral.", "Welcome {}!", "w/ {}"]),
                 [("@", None), (name, ("pii", "PERSON", "at_fullname"))])
            return
        if lang == "ru" and k < 0.75:
            case = r.choice(["ins", "gen"])
            t = "Сегодня встретились с {} на конференции." if case == "ins" else "У {} отличный доклад."
            fill(rec, t, [(self.ru_case(m, case), ("pii", "PERSON", "ru_inflected_" + case))])
            return
        if lang == "ar" and k < 0.75:
            other = self.d.pick("ar")
            fill(rec, "شكراً لكل من {} ", [(other["name"], ("pii", "PERSON", "ar_full"))])
            fill(rec, "و{} على الدعم.", [(m["name"], ("pii", "PERSON", "ar_waw_joined"))])
            return
        name, form = self.person_text(m)
        if lang == "hi" and pool == "dev":
            form = "dev_full"
        fill(rec, r.choice(FULL_CTX.get(lang, FULL_CTX["en"])), [(name, ("pii", "PERSON", form))])

    # ---- hard negatives ---------------------------------------------------------------------
    def neg(self, rec, lang):
        r = self.rng
        d = self.dig
        cat = r.choice(["date", "time", "price", "order_number", "ticket_number", "isbn", "version",
                        "patent", "ip_private", "ip_loopback", "ip_link_local", "ip_documentation",
                        "ip_reserved", "ip_version", "ipv6_nonglobal", "card_luhn_invalid",
                        "iban_bad_check", "ssn_invalid", "url_company", "url_careers", "url_docs",
                        "url_paper", "url_ticket", "url_form", "at_not_handle", "org_name",
                        "place_name", "eponym", "name_word", "name_word", "org_name", "date",
                        "price", "order_number", "mac_address", "tracking_number"])
        N = lambda text, form, t="{}": fill(rec, t, [(text, ("neg", cat, form))])
        if cat == "date":
            y, mo, da = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
            f = r.choice([("%02d.%02d.%d" % (da, mo, y), "de_dot"), ("%d-%02d-%02d" % (y, mo, da), "iso"),
                          ("%02d/%02d/%d" % (mo, da, y), "us_slash"), ("%02d/%02d/%d" % (da, mo, y), "eu_slash"),
                          ("%d.%d.%02d" % (da, mo, y % 100), "de_short"), ("%d年%d月%d日" % (y, mo, da), "cjk"),
                          ("%d/%d/%d" % (y, mo, da), "ymd_slash"), ("%02d-%02d-%d" % (da, mo, y), "nl_dash"),
                          ("%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, da, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "iso_ts")])
            N(f[0], f[1], r.choice(["Deadline: {}", "Termin am {} bestätigt.", "Le {} à Paris",
                                    "Fecha: {}", "started on {}", "締切{}", "截止日期{}"]))
        elif cat == "time":
            f = r.choice([("%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "hhmm"),
                          ("%d:%02d pm" % (r.randint(1, 12), r.randint(0, 59)), "ampm"),
                          ("%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "hhmmss"),
                          ("%dh%02d" % (r.randint(8, 20), r.randint(0, 59)), "fr_h"),
                          ("%02d:%02d–%02d:%02d" % (r.randint(8, 11), r.randint(0, 59), r.randint(12, 20), r.randint(0, 59)), "range")])
            N(f[0], f[1], r.choice(["Meetup starts at {}.", "Call at {} CET", "Rendez-vous à {}", "Uhrzeit: {}"]))
        elif cat == "price":
            f = r.choice([("$%d,%03d.%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)), "usd"),
                          ("€%d.%03d,%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)), "eur_pre"),
                          ("%d.%03d,%02d €" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)), "eur_post"),
                          ("R$ %d.%03d,%02d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)), "brl"),
                          ("¥%d,%03d" % (r.randint(1, 999), r.randint(0, 999)), "jpy"),
                          ("₹%d,%02d,%03d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 999)), "inr_lakh"),
                          ("%d %03d ₽" % (r.randint(1, 999), r.randint(0, 999)), "rub"),
                          ("£%d,%03d" % (r.randint(1, 99), r.randint(0, 999)), "gbp"),
                          ("USD %d,%03d,%03d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 999)), "usd_code")])
            N(f[0], f[1], r.choice(["Now only {}!", "Budget: {}", "Preis {} inkl. MwSt.", "Prix : {}", "价格{}"]))
        elif cat == "order_number":
            f = r.choice([("%s-%s-%s" % (d(3, "123456789"), d(7), d(7)), "amazon"),
                          (d(10, "0"), "trunk0_10"), (d(11, "0"), "trunk0_11"), (d(12, "123456789"), "d12"),
                          ("%s %s %s" % (d(3, "123456789"), d(3), d(4)), "grouped_3_3_4"),
                          (d(9, "123456789"), "d9")])
            N(f[0], f[1], r.choice(["Order #{} still not shipped.", "Bestellnummer: {}",
                                    "Commande n° {} annulée", "Pedido {} entregado", "订单号{}",
                                    "Ordine n. {}", "Bestelling {} is onderweg", "注文番号{}",
                                    "Заказ № {}", "Invoice no. {}"]))
        elif cat == "ticket_number":
            f = r.choice([("INC" + d(7), "inc"), ("#" + d(6, "123456789"), "hash"), (d(8, "0"), "trunk0_8"),
                          ("%s-%s" % (d(4, "123456789"), d(6)), "d4_6"), ("JIRA-" + d(4, "123456789"), "jira")])
            N(f[0], f[1], r.choice(["Ticket {} reopened", "Support case {} — still waiting.",
                                    "Vorgangsnummer {}", "ticket {} fermé", "Ticket-Nr. {}"]))
        elif cat == "isbn":
            f = r.choice([("978-%d-%s-%s-%d" % (r.randint(0, 9), d(2), d(6), r.randint(0, 9)), "isbn13"),
                          ("979-%d-%s-%s-%d" % (r.randint(8, 9), d(3), d(5), r.randint(0, 9)), "isbn13_979"),
                          ("0-%s-%s-%s" % (d(3), d(5), r.choice("0123456789X")), "isbn10"),
                          ("978" + d(10), "isbn13_compact"), ("978 %d %s %s %d" % (r.randint(0, 9), d(3), d(5), r.randint(0, 9)), "isbn13_space")])
            N(f[0], f[1], r.choice(["ISBN {}", "Great read (ISBN: {})", "Buch-ISBN {}"]))
        elif cat == "version":
            f = r.choice([("v%d.%d.%d" % (r.randint(0, 20), r.randint(0, 30), r.randint(0, 99)), "v3"),
                          ("%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 99)), "bare3"),
                          ("10.0.%d" % r.randint(10000, 22631), "win_build"),
                          ("%d.%d.%d-rc.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5)), "semver_rc")])
            N(f[0], f[1], r.choice(["Upgraded to {} today.", "Release {} is out", "Version {} behebt den Bug",
                                    "Node {} breaks our build"]))
        elif cat == "patent":
            f = r.choice([("US %d,%03d,%03d B2" % (r.randint(8, 11), r.randint(0, 999), r.randint(0, 999)), "us_grant"),
                          ("US%d%s B1" % (r.randint(10, 11), d(6)), "us_compact"),
                          ("EP %d %03d %03d A1" % (r.randint(1, 3), r.randint(0, 999), r.randint(0, 999)), "ep"),
                          ("DE 10 %d %03d %03d A1" % (r.randint(2015, 2023), r.randint(0, 999), r.randint(0, 999)), "de"),
                          ("WO 20%d/%06d" % (r.randint(15, 24), r.randint(0, 999999)), "wo"),
                          ("CN%sA" % d(9, "1"), "cn")])
            N(f[0], f[1], r.choice(["Our patent {} was granted!", "Patent {} erteilt.", "see patent {}"]))
        elif cat in ("ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved"):
            x = lambda: r.randint(0, 255)
            ip = {"ip_private": lambda: r.choice(["10.%d.%d.%d" % (x(), x(), r.randint(1, 254)),
                                                  "192.168.%d.%d" % (x(), r.randint(1, 254)),
                                                  "172.%d.%d.%d" % (r.randint(16, 31), x(), r.randint(1, 254))]),
                  "ip_loopback": lambda: "127.%d.%d.%d" % (r.choice([0, 0, x()]), r.choice([0, x()]), r.randint(1, 254)),
                  "ip_link_local": lambda: "169.254.%d.%d" % (x(), r.randint(1, 254)),
                  "ip_documentation": lambda: r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254),
                  "ip_reserved": lambda: r.choice(["100.%d.%d.%d" % (r.randint(64, 127), x(), x()),
                                                   "240.%d.%d.%d" % (x(), x(), x()),
                                                   "198.%d.%d.%d" % (r.randint(18, 19), x(), x()),
                                                   "0.0.0.0", "255.255.255.255",
                                                   "224.0.0.%d" % r.randint(1, 254)])}[cat]()
            N(ip, cat, r.choice(["Router admin at {} (default password!)", "set the gateway to {}",
                                 "DNS {} antwortet nicht", "bind to {}:8080", "局域网地址{}"]))
        elif cat == "ip_version":
            v = "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20), r.randint(1, 200))
            f = r.choice([("firmware {}", "firmware"), ("version {}", "version"), ("v{}", "v_prefix"),
                          ("build {}", "build"), ("Firmware-Update {}", "de_firmware"), ("release {}", "release")])
            N(v, f[1], "Updated the router to " + f[0] + " last night.")
        elif cat == "ipv6_nonglobal":
            s = r.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(r.randint(1, 0xffff) for _ in range(4)),
                          "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xff)),
                          "2001:db8:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xff)), "::",
                          "ff02::1"])
            N(s, "v6", r.choice(["Listening on {} only.", "Test with {} first", "ULA {} im Heimnetz"]))
        elif cat == "mac_address":
            s = ":".join("%02X" % r.randint(0, 255) for _ in range(6))
            N(s, "mac", r.choice(["MAC {} is blocked", "Device {} joined the network"]))
        elif cat == "tracking_number":
            s = r.choice(["1Z%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRTVWXY") for _ in range(6)), d(10)),
                          "JJD" + d(18), d(12, "123456789"), d(20, "0")])
            N(s, "tracking", r.choice(["Tracking: {}", "Sendungsnummer {}", "Suivi colis {}"]))
        elif cat == "card_luhn_invalid":
            n, form = self.card(valid=False)
            N(n, form, r.choice(["Test card {} should be declined.", "Kartennummer {} ungültig?", "carte {}"]))
        elif cat == "iban_bad_check":
            s = iban(r, r.choice(list(IBAN_FMT)), valid=False)
            grouped = r.random() < 0.6
            N(group4(s) if grouped else s, "grouped" if grouped else "compact",
              r.choice(["IBAN: {}", "Überweisung an {}", "Virement {}"]))
        elif cat == "ssn_invalid":
            n, form = self.ssn(valid=False)
            N(n, form, r.choice(["SSN: {}", "sample SSN {} in the docs", "social security no {}"]))
        elif cat.startswith("url_"):
            co = r.choice(["northwind", "acme-robotics", "brightpath", "helios-data", "tannery"])
            s = {"url_company": ["https://www.linkedin.com/company/%s/" % co, "linkedin.com/company/%s" % co,
                                 "https://%s.com/about" % co, "https://github.com/features/actions",
                                 "x.com/explore", "https://medium.com/tag/data-science",
                                 "https://www.%s.de/impressum" % co],
                 "url_careers": ["https://%s.com/careers" % co, "https://boards.greenhouse.io/%s/jobs/%s" % (co, d(7)),
                                 "https://jobs.lever.co/%s/%x-%x" % (co, r.randint(0, 1 << 32), r.randint(0, 1 << 16)),
                                 "https://www.linkedin.com/jobs/view/%s/" % d(10, "3"), "%s.com/jobs" % co],
                 "url_docs": ["https://docs.python.org/3/library/asyncio.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP",
                              "https://docs.github.com/en/actions", "https://learn.microsoft.com/en-us/azure/",
                              "https://%s.readthedocs.io/en/latest/" % co],
                 "url_paper": ["https://arxiv.org/abs/%d.%05d" % (r.randint(2001, 2412), r.randint(0, 29999)),
                               "https://doi.org/10.%d/%s" % (r.randint(1000, 9999), d(7)),
                               "https://www.nature.com/articles/s41586-0%s-%s-%d" % (d(2), d(5), r.randint(0, 9))],
                 "url_ticket": ["https://www.eventbrite.com/e/data-summit-tickets-%s" % d(12, "1"),
                                "https://ti.to/%s/2025" % co, "https://www.meetup.com/berlin-data/events/%s/" % d(9, "3")],
                 "url_form": ["https://forms.gle/%s" % "".join(r.choice("abcdefghijkLMNOPQ123") for _ in range(17)),
                              "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform" % d(12),
                              "https://%s.typeform.com/to/%s" % (co, "".join(r.choice("aBcDeF12") for _ in range(8))),
                              "https://forms.office.com/r/%s" % "".join(r.choice("AbCdEf3456") for _ in range(10))]}[cat]
            N(r.choice(s), cat, r.choice(["Details: {}", "Link: {} — please share", "Mehr unter {}",
                                          "Inscriptions : {}", "👉 {}"]))
        elif cat == "at_not_handle":
            s, form = r.choice([("@everyone", "everyone"), ("@here", "here"), ("@channel", "channel"),
                                ("@Override", "java_annotation"), ("@types/node", "npm_scope"),
                                ("actions/checkout@v4", "gh_action"), ("logo@2x.png", "retina_file"),
                                ("lodash@4.17.21", "npm_version"), ("@media", "css"),
                                ("@dataclass", "py_decorator"), ("@tzeentch_lord_%d" % r.randint(10, 99), "nonmember"),
                                ("@ 5pm", "at_time"), ("@home", "at_place")])
            N(s, form, r.choice(["{} please read before Friday", "Use {} here", "FYI {}"]))
        elif cat == "org_name":
            o, t = r.choice([("Morgan Stanley", "I spent four years as an analyst at {} before this."),
                             ("Wells Fargo", "{} Bank raised fees again."),
                             ("Wells Fargo", "Moved my mortgage away from {} this year."),
                             ("Hugo Boss", "The {} AG annual report is out."),
                             ("Hugo Boss", "Bought a {} suit for the wedding."),
                             ("Ted Baker", "{} stores are closing across the UK."),
                             ("Tom Ford", "New {} sunglasses, who dis."),
                             ("Kate Spade", "{} handbags on sale."),
                             ("Charles Schwab", "Opened a {} brokerage account."),
                             ("John Lewis", "The {} Christmas ad made me cry."),
                             ("Harvey Nichols", "{} in Knightsbridge has a new food hall."),
                             ("Ben Sherman", "A {} shirt for the interview?"),
                             ("Arthur Andersen", "Remember what happened to {} after Enron."),
                             ("Morgan Stanley", "{} Capital International index")])
            N(o, o.replace(" ", "_").lower(), t)
        elif cat == "place_name":
            o, t = r.choice([("Charlotte, NC", "Greetings from {}!"), ("Austin, TX", "Moving to {} next month."),
                             ("Eugene, OR", "Remote, based in {}."), ("Tyler, TX", "Office in {}"),
                             ("Madison, WI", "We opened a hub in {}."), ("Aurora, CO", "Based near {}"),
                             ("Sydney, NS", "Living in {} now"), ("Florence, SC", "Job site: {}"),
                             ("George Washington University", "Guest lecture at {} tomorrow."),
                             ("George Washington Bridge", "Stuck on the {} again."),
                             ("James Madison University", "Alumni of {} unite!"),
                             ("Jordan Lake", "Kayaking on {} this weekend."),
                             ("Dallas Love Field", "Landing at {} in an hour."),
                             ("Rosa Parks Boulevard", "Our new office is on {}."),
                             ("Victor Hugo", "Rendez-vous place {}, devant le café."),
                             ("Jean Jaurès", "Descendez à la station {} (ligne 5).")])
            N(o, "place_" + strip_accents(o).split(",")[0].replace(" ", "_").lower(), t)
        elif cat == "eponym":
            o, t = r.choice([("Dijkstra", "{}'s algorithm is enough for this graph."),
                             ("Moore", "{}'s law is slowing down."), ("Murphy", "{}'s law hit our release."),
                             ("Conway", "Classic {}'s law: four teams, four services."),
                             ("Brooks", "{}' law: adding people made it later."),
                             ("Amdahl", "{}'s law caps the speedup."), ("Newton", "{}'s method converges fast."),
                             ("Pascal", "{}'s triangle in an interview, seriously?"),
                             ("Parkinson", "{}'s law: work expands to fill the time."),
                             ("Max Planck", "Postdoc at the {} Institute for Informatics."),
                             ("Alan Turing", "Fellowship at the {} Institute."),
                             ("Ada Lovelace", "Happy {} Day to all women in STEM!"),
                             ("Marie Curie", "Applying for a {} Fellowship (MSCA)."),
                             ("Nelson Mandela", "Conference at {} University in Gqeberha.")])
            N(o, "eponym_" + o.replace(" ", "_").lower(), t)
        else:  # name_word
            o, t = r.choice([("Will", "{} this scale to a million users?"), ("grace", "There is a 30-day {} period."),
                             ("rose", "Prices {} 4% in March."), ("Hope", "{} this helps someone."),
                             ("mark", "Let's {} this as done."), ("June", "The {} release is delayed."),
                             ("dawn", "Deploying at {} is a bad idea."), ("faith", "A leap of {}."),
                             ("joy", "Pure {} seeing the tests pass."), ("bill", "The cloud {} doubled."),
                             ("art", "The {} of saying no."), ("Iris", "{} recognition at the gate, wow."),
                             ("amber", "Status is {}, not red."), ("Summer", "{} internship applications are open."),
                             ("April", "{} results are in."), ("May", "{} I ask a question?"),
                             ("drew", "She {} the architecture on a napkin."), ("chase", "Stop trying to {} every trend."),
                             ("penny", "Every {} counts."), ("rich", "The {} text editor is broken."),
                             ("robin", "Round {} scheduling works."), ("ray", "{} tracing on the GPU."),
                             ("Ernst", "Das ist mein {}."), ("rosa", "Camisa {} para o evento."),
                             ("luz", "Se fue la {} en la oficina."), ("gioia", "Che {} vedere il team crescere!"),
                             ("вера", "Главное — {} в команду."), ("Надежда", "{} умирает последней."),
                             ("любовь", "Моя {} к Python безгранична."), ("أمل", "لدينا {} كبير في المستقبل."),
                             ("نور", "الحمد لله، {} الصباح جميل.")])
            N(o, "word_" + strip_accents(o).lower(), t)


KINDS = ["post", "post", "post", "comment", "comment", "headline", "about", "experience"]


def gen_record(g, rng, i, lang):
    rec = Rec()
    kind = rng.choice(KINDS)
    sep = "" if lang in SEP_NOSPACE else " "
    n_items = rng.choice([1, 2, 2, 3, 3, 4]) if kind != "headline" else rng.choice([1, 1, 2])
    if kind == "headline":
        rec.add(rng.choice(["Senior Data Engineer | ", "Product Lead @ Northwind · ", "Recruiter · ",
                            "Software-Entwicklerin bei Helios Data | ", "Chef de projet · ", "エンジニア | ",
                            "产品经理 | ", "Frontend dev | "]))
    elif kind == "experience":
        rec.add(rng.choice(["2019–2023 · Helios Data · ", "Jan 2021 – present, Northwind Labs. ",
                            "2017 - 2020 | Tannery GmbH | "]))
    elif rng.random() < 0.5:
        rec.add(rng.choice(FILLER[lang]) + sep)
    items = ["person", "person", "person", "person", "handle", "handle", "email", "email", "phone",
             "phone", "phone", "url", "url", "ipv4", "ipv6", "card", "iban", "ssn",
             "neg", "neg", "neg", "neg", "neg", "neg"]
    for j in range(n_items):
        it = rng.choice(items)
        getattr(g, "neg" if it == "neg" else "item_" + it)(rec, lang)
        if j + 1 < n_items:
            # CJK posts separate pieces with 。, ， or a line break; Latin glued to the next
            # item's text would be a word run no reader could split either
            rec.add(rng.choice([sep, sep, "\n", " · ", "– "]) if sep else
                    rng.choice(["。", "\n", "，", " "]))
    if rng.random() < 0.4:
        rec.add(sep + rng.choice(FILLER[lang]))
    text, spans, negs = rec.build()
    return {"id": "i%d" % i, "lang": lang, "kind": kind, "text": text, "spans": spans,
            "negatives": negs}


def check(rec):
    """exact labels: spans inside text, not overlapping, negatives not overlapping spans."""
    t = rec["text"]
    sp = sorted((s["start"], s["end"]) for s in rec["spans"])
    for a, b in sp:
        assert 0 <= a < b <= len(t), rec
        assert t[a] not in " \u00a0" and t[b - 1] not in " \u00a0.,)", (rec, t[a:b])
    for x, y in zip(sp, sp[1:]):
        assert y[0] >= x[1], rec
    for n in rec["negatives"]:
        assert not any(n["start"] < b and a < n["end"] for a, b in sp), rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="bench/out/pii")
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--members-file", default="members_indep.jsonl")
    ap.add_argument("--corpus-file", default="indep.jsonl")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random("indep-%d" % a.seed)
    dirc = Directory(rng, a.members)
    with open(os.path.join(a.out, a.members_file), "w", encoding="utf-8") as f:
        for m in dirc.members:
            f.write(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                               ensure_ascii=False) + "\n")
    g = Gen(rng, dirc)
    with open(os.path.join(a.out, a.corpus_file), "w", encoding="utf-8") as f:
        for i in range(1, a.records + 1):
            rec = gen_record(g, rng, i, rng.choice(LANGS))
            check(rec)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
