"""names.py - per-language first/last name lists for bench/pii/gen_corpus.py.

Each entry is (written form, romanisation used for handles and e-mail local parts).
Some first names are ordinary English words (Will, Grace, Rose, ...) and some members carry
names that collide with companies, places and eponyms, so the corpus can test that those are
not redacted when they are not used as a person's name.
"""

def _pairs(s):
    out = []
    for w in s.split(","):
        w = w.strip()
        if not w:
            continue
        if "=" in w:
            a, b = w.split("=", 1)
            out.append((a.strip(), b.strip()))
        else:
            out.append((w, None))
    return out


FIRST = {
    "en": _pairs("James,Emily,Michael,Sarah,David,Jessica,Daniel,Olivia,Ryan,Megan,Nathan,Chloe,"
                 "Ethan,Hannah,Brandon,Lauren,Tyler,Rachel,Kevin,Ashley,Will,Grace,Rose,Hope,Mark,"
                 "Joy,Summer,Frank,Faith,Amber,Bill,Max,Charlotte,Victoria,Florence,Austin,Jackson,"
                 "Georgia,Sydney,Adelaide,Morgan,Siobhan,Niamh,Connor"),
    "de": _pairs("Anja,Jürgen,Lukas,Sophie,Maximilian,Katharina,Jörg,Björn,Lena,Felix,Ulrike,Sören,"
                 "Matthias,Annika,Tobias,Franziska,Henrik,Birgit,Dominik,Käthe"),
    "fr": _pairs("Camille,Léa,Hélène,François,Théo,Chloé,Mathieu,Amélie,Jérôme,Noémie,Benoît,"
                 "Gaëlle,Étienne,Océane,Loïc,Margaux,Anaïs,Cédric"),
    "es": _pairs("María,José,Lucía,Alejandro,Sofía,Javier,Iñigo,Nuria,Andrés,Pilar,Begoña,Raúl,"
                 "Inés,Gonzalo,Ainhoa,Álvaro"),
    "pt": _pairs("João,Ana,Luíza,Gonçalo,Mariana,Tiago,Inês,Thiago,Camila,Rafael,Letícia,Vinícius,"
                 "Beatriz,Caio,Júlia"),
    "it": _pairs("Luca,Giulia,Francesca,Matteo,Niccolò,Chiara,Alessandro,Federica,Lorenzo,Martina,"
                 "Gianluca,Ilaria,Tommaso,Beatrice"),
    "nl": _pairs("Sanne,Daan,Femke,Joost,Thijs,Lotte,Bram,Eline,Sem,Maaike,Sjoerd,Anouk,Wouter,Ilse"),
    "hi": _pairs("Priya,Rahul,Ananya,Arjun,Sneha,Vikram,Aditi,Rohan,Kavya,Ishaan,Deepika,Sanjay,"
                 "Meera,Karthik,Pooja"),
    "ja": _pairs("花子=hanako,太郎=taro,陽菜=hina,翔太=shota,結衣=yui,大輝=daiki,美咲=misaki,健太=kenta,"
                 "さくら=sakura,蓮=ren,由美=yumi,直樹=naoki"),
    "zh": _pairs("伟=wei,芳=fang,娜=na,秀英=xiuying,敏=min,静=jing,丽=li,强=qiang,磊=lei,洋=yang,"
                 "晓明=xiaoming,子涵=zihan,雨桐=yutong,浩然=haoran"),
    "ar": _pairs("محمد=mohammed,أحمد=ahmed,فاطمة=fatima,ليلى=layla,عمر=omar,يوسف=youssef,مريم=maryam,"
                 "خالد=khaled,نور=nour,سارة=sara"),
    "ru": _pairs("Иван=ivan,Анна=anna,Дмитрий=dmitry,Ольга=olga,Сергей=sergey,Екатерина=ekaterina,"
                 "Алексей=alexey,Наталья=natalia,Михаил=mikhail,Татьяна=tatiana"),
}

LAST = {
    "en": _pairs("Smith,Johnson,Williams,Brown,Miller,Davis,Wilson,Taylor,Anderson,Thompson,Baker,"
                 "Young,Stone,Carter,Hughes,O'Brien,McAllister,Reed,Brooks,Evans,Parkinson,Newton,"
                 "Gantt,Fitzgerald,Kowalski,Nguyen,Okafor,Adeyemi"),
    "de": _pairs("Weber,Müller,Schmidt,Schneider,Fischer,Wagner,Becker,Hoffmann,Schäfer,Koch,Groß,"
                 "Köhler,Weiß,Zimmermann,Krüger,Hartmann,Lange,Schulze-Wendt"),
    "fr": _pairs("Dubois,Lefèvre,Moreau,Laurent,Girard,Bonnet,Dupont,Mercier,Faure,Rousseau,Lambert,"
                 "Fontaine,Chevalier,Lemaître"),
    "es": _pairs("García,Martínez,López,Fernández,Muñoz,Jiménez,Ruiz,Álvarez,Núñez,Ibáñez,Castillo,"
                 "Ortega,Delgado,Peña"),
    "pt": _pairs("Silva,Santos,Oliveira,Souza,Gonçalves,Conceição,Araújo,Magalhães,Pereira,Ferreira,"
                 "Carvalho,Ribeiro,Simões"),
    "it": _pairs("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,De Luca,Bruno,"
                 "Galli,Conti,Mancini"),
    "nl": _pairs("de Vries,Jansen,van den Berg,Bakker,Visser,Smit,Meijer,de Jong,Mulder,van Dijk,"
                 "Dijkstra,Bos,Vos,Hendriks"),
    "hi": _pairs("Sharma,Verma,Patel,Gupta,Iyer,Reddy,Nair,Khan,Singh,Mehta,Chatterjee,Banerjee,"
                 "Kulkarni,Joshi"),
    "ja": _pairs("佐藤=sato,鈴木=suzuki,高橋=takahashi,田中=tanaka,渡辺=watanabe,伊藤=ito,山本=yamamoto,"
                 "中村=nakamura,小林=kobayashi,加藤=kato,吉田=yoshida,山田=yamada"),
    "zh": _pairs("王=wang,李=li,张=zhang,刘=liu,陈=chen,杨=yang,黄=huang,赵=zhao,周=zhou,吴=wu,"
                 "欧阳=ouyang,司马=sima"),
    "ar": _pairs("حداد=haddad,الهاشمي=alhashimi,منصور=mansour,الخطيب=alkhatib,سليمان=suleiman,"
                 "القاسم=alqasim,نصار=nassar,العلي=alali"),
    "ru": _pairs("Смирнов=smirnov,Кузнецов=kuznetsov,Попов=popov,Соколов=sokolov,Лебедев=lebedev,"
                 "Новиков=novikov,Морозов=morozov,Волков=volkov"),
}

# Members the corpus needs to exist: ordinary-word first names and names that collide with
# companies, places and eponyms. (name, lang)
SPECIAL_MEMBERS = [
    ("Morgan Stanley", "en"), ("Charles Schwab", "en"), ("John Deere", "en"),
    ("Wells Fargo", "en"), ("Charlotte Brooks", "en"), ("Victoria Evans", "en"),
    ("Florence Martin", "en"), ("Austin Miller", "en"), ("Jackson Reed", "en"),
    ("Georgia Hughes", "en"), ("Sydney Carter", "en"), ("Adelaide Stone", "en"),
    ("Will Baker", "en"), ("Grace Young", "en"), ("Rose Stone", "en"), ("Hope Carter", "en"),
    ("Mark Hughes", "en"), ("Joy Davis", "en"), ("Summer Wilson", "en"),
    ("Frank Taylor", "en"), ("Faith Brown", "en"), ("Amber Reed", "en"), ("Bill Evans", "en"),
    ("Max Becker", "de"), ("Sarah Parkinson", "en"), ("Lena Dijkstra", "nl"),
    ("Tom Newton", "en"), ("Emily Gantt", "en"), ("Alan Turing", "en"),
]

LATIN_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "hi")
