#!/usr/bin/env python3
"""gen_blind28.py - the 32nd labelled PII corpus: "the less-covered languages".

Interface:
  python3 bench/pii/gen_blind28.py --out DIR --records 5000 --members 100000 --seed 1 [--selfcheck]
writes DIR/members.jsonl (exactly --members lines {"user","name","handle"}) and DIR/corpus.jsonl,
one record per line {"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}; offsets are Unicode code points, end-exclusive.
Deterministic per seed (random.Random(seed) only, no set/hash-order dependence).  Python 3 stdlib.
--selfcheck validates every record (slices, overlaps, Luhn, mod-97, SSN ranges, IP ranges,
PERSON spans against the member directory, HANDLE spans against member handles) and prints counts.

How it was written: blind, from the text of `issues show 3` and bench/pii/score.py only; no engine
code, tests, docs or other generators were read, and the redactor was never run on this corpus.
All prose is new.

Genres (kind): post, comment, job_post, event, profile (profile sections / "about").  Each record
opens with a genre line in the language (hiring call, event announcement, profile header, greeting)
and a local-language sentence, then 2-5 clauses mixing local phrases ("call me", "write to me",
"my profile", congratulations, "X joined our team today") with English code-switching
("cc", "Shout-out to", "Apply here", "Server IP", "IBAN:", "US payroll form, SSN").
Languages and scripts (lang): sw Swahili, yo Yoruba, ha Hausa (Latin with diacritics / hooked
letters), am Amharic (Ge'ez), so Somali, tl Tagalog, ur Urdu (Perso-Arabic), fa Persian
(Perso-Arabic), bn Bengali, ta Tamil, te Telugu, mr Marathi and ne Nepali (Devanagari),
ms Malay, id Indonesian, ro Romanian, cs Czech, hu Hungarian (family name first), fi Finnish,
da Danish, no Norwegian, uk Ukrainian and kk Kazakh (Cyrillic), az Azerbaijani, ka Georgian,
hy Armenian, si Sinhala, km Khmer, my Burmese (Myanmar), lo Lao - with English code-switching.
Members of non-Latin cultures carry their name in the local script (handles are ASCII
transliterations); names are written in the text in the same form as in the directory.

Gold types: EMAIL (plain, role, obfuscated [at]/(at)/[dot], glued to non-Latin text), PHONE
(US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG national/international formats, bare and
spaced E.164 for KE TZ ET PK BD IR PH ID MY RO CZ HU FI DK NO UA KZ AZ GE AM NP LK KH MM LA; space,
dash, dot, slash, NBSP and (0) separators), IPV4 (global), IPV6 (global, compressed/full),
CREDIT_CARD (Luhn-valid Visa/MC 51-55 & 2221-2720/Amex/Discover, grouped or not), IBAN
(mod-97-valid, right length, compact or grouped by 4), US_SSN, URL (profile links incl.
askfirst.example/u/<handle>), HANDLE (@handle of members, span includes '@'), PERSON (full
names, @full-name mentions with '@' outside, full-name possessives "X Y's" -> "X Y", first
name alone only after a greeting/thanks word of the language).

Negative categories: date time price order_number ticket_number isbn version patent
ipv4_private ipv4_loopback ipv4_linklocal ipv4_documentation ipv4_reserved version_ip
ipv6_nonglobal luhn_invalid iban_bad_check ssn_invalid url_company url_careers url_docs url_paper
url_event url_form example_domain non_member_handle company place eponym word_name.

Doubtful labelling choices:
- A member first name alone after a local thanks/greeting word ("Asante sana, Baraka!") is PERSON
  even when the first name is also an ordinary word of the language (Baraka = blessing, Amani =
  peace, Bunga = flower, Onni = luck, Надія = hope); the same word used as a word elsewhere is a
  word_name negative.
- Members whose full names equal firm names (e.g. "Morgan Stanley", "Johnson Matthey") exist; the
  firm used as an employer ("worked at Morgan Stanley") is a company negative, never PERSON.
- Places equal to member first/full names ("Lake Victoria", "Charlotte, NC", "Victoria Island")
  are place negatives; the negative span covers the whole place expression.
- Eponyms ("Dijkstra's algorithm", "Kalman filter") are eponym negatives over the surname only
  (members with these surnames exist); the possessive 's stays outside.
- Hungarian names are written and stored family-name first ("Kovács Anna"); greetings use the
  given name (second token).
- Burmese names are single tokens without spaces; they are only used as full names.
- Luhn-invalid card-shaped numbers appear in card-like context ("card ending in ..." style) and
  are luhn_invalid negatives, not gold.
- IPv4 addresses with :port or /cidr: only the address is the span.
- askfirst.example/u/<handle> is gold URL although *.example is otherwise example_domain.
- bsky profile links carry a handle.bsky.social: the whole link is the URL span.
- Greetings/thanks before a lone first name may be the local word or English ("Hi", "Thanks"),
  in any language; members of other cultures are greeted too (a Georgian post thanking "Hodan").
- E-mails in non-Latin languages are sometimes glued on both sides to local-script text
  ("ইমেইল করুনname@dom.comতে"); the span is the address only.  The trailing particle is not Latin,
  so the address ends at the TLD.
- Obfuscated e-mails ("x [at] dom [dot] co [dot] ke", "x(at)dom.com") are gold EMAIL over the
  whole obfuscated form.
- Role addresses (jobs@, careers@, hr@, info@ ...) at real-looking domains are gold EMAIL.
- Phone-shaped negatives carry an English cue (Order #, Ticket No., ISBN, version/build/v,
  US Patent No., Date:, Price:, Time:) even inside non-English text (code-switching).
- Careers/event links can contain long digit runs (eventbrite ...-tickets-123456789012,
  meetup event ids); the whole link is a url_event/url_careers negative.
- Documentation IPv4 ranges (192.0.2/24, 198.51.100/24, 203.0.113/24) are ipv4_documentation.
"""
import argparse
import ipaddress
import json
import os
import random
import sys
import unicodedata

NBSP = "\u00a0"

# --------------------------------------------------------------------------- names per culture
# Latin cultures: (first names, last names).  Non-Latin: lists of (native, translit).
NAMES = {
    "sw": (["Amani", "Baraka", "Imani", "Neema", "Juma", "Zawadi", "Rehema", "Otieno", "Wanjiru",
            "Kassim", "Upendo", "Faraja", "Halima", "Mwajuma", "Tumaini"],
           ["Mwangi", "Otieno", "Kamau", "Njoroge", "Wambui", "Mushi", "Kimaro", "Mrema", "Achieng",
            "Omondi", "Chepkoech", "Mollel", "Massawe", "Kiprono"]),
    "yo": (["Adébáyọ̀", "Ayọ̀", "Folúkẹ́", "Olúwaṣeun", "Tèmítọ́pẹ́", "Kẹ́hìndé", "Bọ́lá", "Ifẹ́",
            "Dàmílọ́lá", "Ìbùkún", "Yétúndé", "Tóbi"],
           ["Adéyẹmí", "Ògúnlànà", "Ọláńrewájú", "Àjàyí", "Fáṣọlá", "Babátúndé", "Ọ̀ṣúntókun",
            "Akínwálé", "Adébísí", "Olúwọlé"]),
    "ha": (["Aminu", "Ɗahiru", "Hauwa", "Zainab", "Ƙasimu", "Bashir", "Rabi", "Sani", "Habiba",
            "Yusha'u", "Fatima", "Nasiru"],
           ["Ɓello", "Abubakar", "Danjuma", "Garba", "Ƙwari", "Lawan", "Musa", "Sa'idu", "Tanko",
            "Yakubu"]),
    "so": (["Cabdi", "Xaliimo", "Faadumo", "Maxamed", "Hodan", "Sahra", "Cali", "Ayaan", "Xasan",
            "Nimco", "Ubax", "Liibaan"],
           ["Cumar", "Warsame", "Xuseen", "Jaamac", "Faarax", "Cilmi", "Dirie", "Samatar",
            "Aadan", "Guuleed"]),
    "tl": (["Ligaya", "Tala", "Dalisay", "Marites", "Jose", "Rizalino", "Analyn", "Bayani",
            "Mayumi", "Joel", "Divina", "Amihan"],
           ["Dela Cruz", "Santos", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan",
            "Ocampo", "Mendoza", "Lacson", "Panganiban"]),
    "ms": (["Bunga", "Intan", "Nurul", "Aizat", "Syafiq", "Farah", "Hakim", "Siti", "Zulkifli",
            "Mawar", "Cahaya", "Haziq"],
           ["Abdullah", "Ismail", "Rahman", "Osman", "Yusof", "Hamzah", "Kamaruddin", "Salleh",
            "Mokhtar", "Jaafar"]),
    "id": (["Budi", "Wulan", "Dewi", "Agus", "Rizky", "Putri", "Bayu", "Intan", "Mutiara",
            "Fajar", "Kartika", "Sekar"],
           ["Santoso", "Wijaya", "Saputra", "Hartono", "Nugroho", "Setiawan", "Siregar",
            "Purnomo", "Halim", "Simanjuntak"]),
    "ro": (["Ioana", "Mihai", "Andreea", "Ștefan", "Răzvan", "Ilinca", "Bogdan", "Iulia",
            "Tudor", "Doina", "Cătălina", "Sorin"],
           ["Popescu", "Ionescu", "Țurcanu", "Dumitrescu", "Stănescu", "Munteanu", "Vlădescu",
            "Căpraru", "Bălan", "Georgescu"]),
    "cs": (["Jiří", "Kateřina", "Tomáš", "Věra", "Lucie", "Ondřej", "Zdeňka", "Petr", "Hana",
            "Radek", "Šárka", "Vojtěch"],
           ["Novák", "Dvořáková", "Černý", "Procházka", "Kučerová", "Veselý", "Horák",
            "Němcová", "Pokorný", "Růžička"]),
    "hu": (["Anna", "Virág", "Gábor", "Zsófia", "Bence", "Réka", "Levente", "Csilla", "Ákos",
            "Boglárka", "Tünde", "Dávid"],
           ["Kovács", "Szabó", "Tóth", "Horváth", "Nagy", "Varga", "Kiss", "Molnár", "Farkas",
            "Balogh"]),
    "fi": (["Onni", "Aamu", "Tuuli", "Aino", "Eetu", "Sini", "Juha", "Päivi", "Lumi", "Ilmari",
            "Kaisu", "Väinö"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
            "Järvinen", "Lehtonen", "Salo"]),
    "da": (["Søren", "Mette", "Rasmus", "Ida", "Bjørn", "Freja", "Mads", "Sørine", "Asger",
            "Karen", "Malthe", "Ditte"],
           ["Jørgensen", "Nielsen", "Østergaard", "Mikkelsen", "Kjær", "Frederiksen", "Dahl",
            "Bækgaard", "Lund", "Holm"]),
    "no": (["Ingrid", "Håkon", "Sigrid", "Øystein", "Solveig", "Eirik", "Ragnhild", "Torbjørn",
            "Liv", "Ådne", "Marit", "Sindre"],
           ["Hansen", "Johansen", "Bråthen", "Kvamme", "Haugland", "Sæther", "Bakke",
            "Strømme", "Aasen", "Løvås"]),
    "az": (["Aysel", "Elşən", "Günay", "Rəşad", "Leyla", "Tural", "Şəbnəm", "Orxan", "Nərgiz",
            "Vüqar", "Xədicə", "İlkin"],
           ["Məmmədov", "Əliyeva", "Hüseynov", "Quliyeva", "Həsənov", "İsmayılova", "Cəfərov",
            "Rzayeva", "Bağırov", "Nəsirova"]),
    "en": (["Grace", "Will", "Rose", "Hope", "Joy", "Faith", "Charlotte", "Victoria", "Florence",
            "Adelaide", "Morgan", "Jackson"],
           ["Stanley", "Matthey", "Perkins", "Adeyemi", "Mensah", "Okafor", "Banda", "Phiri",
            "Dijkstra", "Kalman"]),
}

NATIVE = {
    "am": ([("አበበ", "abebe"), ("ሰላማዊት", "selamawit"), ("ዮናስ", "yonas"), ("ሄለን", "helen"),
            ("ብርሃኑ", "birhanu"), ("መሰረት", "meseret"), ("ቴዎድሮስ", "tewodros"), ("ፀሐይ", "tsehay"),
            ("ሳምራዊት", "samrawit"), ("ዳዊት", "dawit")],
           [("በቀለ", "bekele"), ("ተስፋዬ", "tesfaye"), ("ገብረ", "gebre"), ("ታደሰ", "tadesse"),
            ("ወልደ", "wolde"), ("አለሙ", "alemu"), ("ከበደ", "kebede"), ("ደስታ", "desta")]),
    "ur": ([("علی", "ali"), ("عائشہ", "ayesha"), ("بلال", "bilal"), ("ثناء", "sana"),
            ("حمزہ", "hamza"), ("مہوش", "mehwish"), ("فرحان", "farhan"), ("زینب", "zainab"),
            ("عمران", "imran"), ("نور", "noor")],
           [("قریشی", "qureshi"), ("چوہدری", "chaudhry"), ("بٹ", "butt"), ("ملک", "malik"),
            ("شیخ", "sheikh"), ("رضوی", "rizvi"), ("خان", "khan"), ("جعفری", "jafri")]),
    "fa": ([("سارا", "sara"), ("مهدی", "mahdi"), ("نیلوفر", "niloufar"), ("آرش", "arash"),
            ("پریسا", "parisa"), ("کاوه", "kaveh"), ("شیرین", "shirin"), ("بهرام", "bahram"),
            ("مریم", "maryam"), ("امید", "omid")],
           [("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("کریمی", "karimi"),
            ("رضایی", "rezaei"), ("تهرانی", "tehrani"), ("صادقی", "sadeghi"),
            ("موسوی", "mousavi"), ("نوری", "nouri")]),
    "bn": ([("অনন্যা", "ananya"), ("রাহুল", "rahul"), ("তানভীর", "tanvir"), ("সুমাইয়া", "sumaiya"),
            ("ফারহানা", "farhana"), ("আরিফ", "arif"), ("নুসরাত", "nusrat"), ("শুভ", "shuvo")],
           [("চৌধুরী", "chowdhury"), ("হোসেন", "hossain"), ("রহমান", "rahman"),
            ("বসু", "basu"), ("দাস", "das"), ("ইসলাম", "islam"), ("সরকার", "sarkar")]),
    "ta": ([("கார்த்திக்", "karthik"), ("பிரியா", "priya"), ("அருண்", "arun"), ("மீனா", "meena"),
            ("செல்வி", "selvi"), ("விஜய்", "vijay"), ("தமிழ்செல்வன்", "tamilselvan"),
            ("கயல்", "kayal")],
           [("சுப்பிரமணியன்", "subramanian"), ("ராஜேந்திரன்", "rajendran"),
            ("முருகன்", "murugan"), ("வேலு", "velu"), ("சேகர்", "sekar"), ("பாண்டியன்", "pandian")]),
    "te": ([("శ్రీనివాస్", "srinivas"), ("లక్ష్మి", "lakshmi"), ("రవి", "ravi"), ("స్వాతి", "swathi"),
            ("కిరణ్", "kiran"), ("సాయి", "sai"), ("దీపిక", "deepika"), ("వెంకట్", "venkat")],
           [("రెడ్డి", "reddy"), ("నాయుడు", "naidu"), ("రావు", "rao"), ("వర్మ", "varma"),
            ("చౌదరి", "chowdary"), ("శర్మ", "sharma")]),
    "mr": ([("सायली", "sayali"), ("ओंकार", "omkar"), ("प्राजक्ता", "prajakta"), ("अमेय", "amey"),
            ("मृणाल", "mrunal"), ("तेजस", "tejas"), ("गौरी", "gauri"), ("निखिल", "nikhil")],
           [("कुलकर्णी", "kulkarni"), ("देशपांडे", "deshpande"), ("जोशी", "joshi"),
            ("पाटील", "patil"), ("गोखले", "gokhale"), ("भोसले", "bhosale")]),
    "ne": ([("सुजन", "sujan"), ("प्रतिमा", "pratima"), ("बिकाश", "bikash"), ("सम्झना", "samjhana"),
            ("आशिष", "ashish"), ("रोजिना", "rojina"), ("दीपक", "deepak"), ("सरिता", "sarita")],
           [("श्रेष्ठ", "shrestha"), ("अधिकारी", "adhikari"), ("थापा", "thapa"),
            ("गुरुङ", "gurung"), ("पौडेल", "paudel"), ("कार्की", "karki")]),
    "uk": ([("Олена", "olena"), ("Тарас", "taras"), ("Надія", "nadiia"), ("Віра", "vira"),
            ("Богдан", "bohdan"), ("Оксана", "oksana"), ("Ярослав", "yaroslav"),
            ("Любов", "liubov"), ("Дмитро", "dmytro"), ("Соломія", "solomiia")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"), ("Кравчук", "kravchuk"), ("Мельник", "melnyk"),
            ("Гнатюк", "hnatiuk")]),
    "kk": ([("Айгерім", "aigerim"), ("Нұрлан", "nurlan"), ("Дәурен", "dauren"), ("Әсел", "assel"),
            ("Ерлан", "yerlan"), ("Жансая", "zhansaya"), ("Бауыржан", "baurzhan"),
            ("Гүлнар", "gulnar")],
           [("Сейітқали", "seitkali"), ("Нұрланұлы", "nurlanuly"), ("Омарова", "omarova"),
            ("Жақсыбеков", "zhaksybekov"), ("Төлеуов", "toleuov"), ("Әбдірахман", "abdirakhman")]),
    "ka": ([("ნინო", "nino"), ("გიორგი", "giorgi"), ("თამარ", "tamar"), ("ლევან", "levan"),
            ("მარიამ", "mariam"), ("დავით", "davit"), ("ეკა", "eka"), ("ირაკლი", "irakli")],
           [("ბერიძე", "beridze"), ("კაპანაძე", "kapanadze"), ("გელაშვილი", "gelashvili"),
            ("მაისურაძე", "maisuradze"), ("ლომიძე", "lomidze"), ("ჯაფარიძე", "japaridze")]),
    "hy": ([("Անի", "ani"), ("Արամ", "aram"), ("Նարինե", "narine"), ("Տիգրան", "tigran"),
            ("Լուսինե", "lusine"), ("Գոռ", "gor"), ("Մարիամ", "mariam"), ("Հայկ", "hayk")],
           [("Հովհաննիսյան", "hovhannisyan"), ("Սարգսյան", "sargsyan"), ("Պետրոսյան", "petrosyan"),
            ("Գրիգորյան", "grigoryan"), ("Ավետիսյան", "avetisyan"), ("Մկրտչյան", "mkrtchyan")]),
    "si": ([("නිමාලි", "nimali"), ("කසුන්", "kasun"), ("දිල්රුක්ෂි", "dilrukshi"),
            ("චමින්ද", "chaminda"), ("සඳුනි", "sanduni"), ("තිසර", "thisara")],
           [("පෙරේරා", "perera"), ("ප්‍රනාන්දු", "fernando"), ("සිල්වා", "silva"),
            ("ජයසූරිය", "jayasuriya"), ("බණ්ඩාර", "bandara"), ("රාජපක්ෂ", "rajapaksha")]),
    "km": ([("ចាន់ថា", "chantha"), ("សុភា", "sophea"), ("វិបុល", "vibol"), ("ស្រីនិច", "sreynich"),
            ("ដារ៉ា", "dara"), ("បូរ៉ា", "bora")],
           [("សុខ", "sok"), ("ចាន់", "chan"), ("គឹម", "kim"), ("ហេង", "heng"), ("លី", "ly"),
            ("ពេជ្រ", "pech")]),
    "my": ([("အောင်", "aung"), ("သီတာ", "thida"), ("ဇော်", "zaw"), ("နန္ဒာ", "nanda"),
            ("မင်း", "min"), ("ခင်", "khin")],
           [("ကျော်", "kyaw"), ("ထွန်း", "htun"), ("မြင့်", "myint"), ("ဝင်း", "win"),
            ("နိုင်", "naing"), ("စိုး", "soe")]),
    "lo": ([("ສົມພອນ", "somphone"), ("ບຸນມີ", "bounmy"), ("ນາງ", "nang"), ("ຄຳຫຼ້າ", "khamla"),
            ("ວັນນະ", "vanna"), ("ມະນີ", "many")],
           [("ພົມມະຈັນ", "phommachanh"), ("ວົງສາ", "vongsa"), ("ສີສຸກ", "sisouk"),
            ("ແກ້ວມະນີ", "keomany"), ("ສຸວັນນະ", "souvanna")]),
}
NOSPACE = {"my"}        # names written without a space
FAMILY_FIRST = {"hu"}

# special members: full names equal to firms/places/eponyms, and word names
SPECIAL = [("Morgan Stanley", "morganstanley"), ("Johnson Matthey", "johnsonmatthey"),
           ("Charlotte Perkins", "charlotteperkins"), ("Victoria Mensah", "victoriamensah"),
           ("Florence Okafor", "florenceokafor"), ("Adelaide Banda", "adelaidebanda"),
           ("Grace Phiri", "gracephiri"), ("Will Adeyemi", "willadeyemi"), ("Rose Banda", "rosebanda"),
           ("Hope Mensah", "hopemensah"), ("Joy Okafor", "joyokafor"), ("Faith Phiri", "faithphiri"),
           ("Edsger Dijkstra", "edsgerdijkstra"), ("Rudolf Kalman", "rudolfkalman"),
           ("Jackson Banda", "jacksonbanda"), ("Amani Kamau", "amanikamau"),
           ("Baraka Mwangi", "barakamwangi"), ("Bunga Rahman", "bungarahman"),
           ("Onni Virtanen", "onnivirtanen"), ("Virág Nagy", "viragnagy"),
           ("Надія Мельник", "nadiiamelnyk"), ("Ligaya Santos", "ligayasantos"),
           ("Nash Okafor", "nashokafor"), ("Fourier Mensah", "fouriermensah")]

COMPANIES = ["Morgan Stanley", "Johnson Matthey", "Safaricom", "Andela", "Flutterwave", "Grab",
             "Tokopedia", "Bolt", "Wise", "Kaspi", "Ethio Telecom", "Jumia", "Paystack"]
PLACES = [("Lake Victoria", "Victoria"), ("Victoria Island", "Victoria"),
          ("Charlotte, NC", "Charlotte"), ("Florence", "Florence"), ("Adelaide", "Adelaide"),
          ("Jackson, MS", "Jackson")]
EPONYMS = [("Dijkstra", "'s algorithm"), ("Kalman", " filter"), ("Nash", " equilibrium"),
           ("Fourier", " transform")]
BRANDS = ["Safaricom", "AndelaHQ", "Flutterwave", "GrabSG", "KaspiBank", "JumiaGroup",
          "MicrosoftAfrica", "GoogleDevs", "AWSCloud", "Paystack", "CanvaDesign"]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def asciify(s):
    s = strip_acc(s).lower()
    tr = {"ø": "o", "æ": "ae", "å": "a", "ə": "e", "ı": "i", "ɗ": "d", "ɓ": "b", "ƙ": "k",
          "ş": "s", "ț": "t", "ș": "s", "ł": "l", "ß": "ss"}
    return "".join(tr.get(c, c) for c in s if (tr.get(c, c)).isascii() and (c.isalnum() or c in tr))


def make_members(n, rng):
    members = []
    handles = {}
    names_by_lang = {}

    def add(name, handle, lang, first):
        h = handle
        k = 1
        while h in handles:
            k += 1
            h = "%s%d" % (handle, k)
        handles[h] = 1
        m = {"user": "u%d" % (len(members) + 1), "name": name, "handle": h}
        members.append(m)
        names_by_lang.setdefault(lang, []).append((name, first, h))

    for name, h in SPECIAL:
        add(name, h, "en", name.split()[0])
    langs = sorted(list(NAMES) + list(NATIVE))
    while len(members) < n:
        lang = langs[len(members) % len(langs)]
        if lang in NAMES:
            f = rng.choice(NAMES[lang][0])
            l = rng.choice(NAMES[lang][1])
            name = (l + " " + f) if lang in FAMILY_FIRST else (f + " " + l)
            h = asciify(f) + rng.choice(["", "_"]) + asciify(l)
            add(name, h.replace(" ", ""), lang, f)
        else:
            f = rng.choice(NATIVE[lang][0])
            l = rng.choice(NATIVE[lang][1])
            sep = "" if lang in NOSPACE else " "
            add(f[0] + sep + l[0], f[1] + rng.choice(["", "_"]) + l[1], lang, f[0])
    return members[:n], names_by_lang


# --------------------------------------------------------------------------- values
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_digits(rng):
    k = rng.randrange(5)
    if k == 0:
        p, n = "4", 16
    elif k == 1:
        p, n = str(rng.randint(51, 55)), 16
    elif k == 2:
        p, n = str(rng.randint(2221, 2720)), 16
    elif k == 3:
        p, n = rng.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + "".join(str(rng.randrange(10)) for _ in range(n - 1 - len(p)))
    return luhn_fix(body)


def group_card(d, rng):
    sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return d
    if len(d) == 15:
        return d[:4] + sep + d[4:10] + sep + d[10:]
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {"DE": "18n", "GB": "4a14n", "FR": "23n", "NL": "4a10n", "RO": "4a16n", "CZ": "20n",
            "HU": "24n", "FI": "14n", "DK": "14n", "NO": "11n", "UA": "25n", "KZ": "16n",
            "AZ": "4a20n", "GE": "2a16n", "PK": "4a16n", "ES": "20n", "IT": "1a22n"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "RO": 24, "CZ": 24, "HU": 28, "FI": 18,
            "DK": 18, "NO": 15, "UA": 29, "KZ": 20, "AZ": 28, "GE": 22, "PK": 24, "ES": 24, "IT": 27}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(ib):
    ib = ib.replace(" ", "")
    return len(ib) == IBAN_LEN.get(ib[:2], -1) and iban_num(ib[4:] + ib[:4]) % 97 == 1


def make_iban(rng, cc, good=True):
    fmt = IBAN_FMT[cc]
    bban = ""
    num = ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
        else:
            k = int(num)
            num = ""
            src = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if ch == "a" else "0123456789"
            bban += "".join(rng.choice(src) for _ in range(k))
    chk = 98 - iban_num(bban + cc + "00") % 97
    if not good:
        chk = ((chk - 2 + rng.randint(1, 96)) % 97) + 2
    ib = cc + "%02d" % chk + bban
    if rng.random() < 0.5:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def ssn(rng, good=True):
    sep = rng.choice(["-", "-", " "])
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    if not good:
        k = rng.randrange(5)
        if k == 0:
            a = 0
        elif k == 1:
            a = 666
        elif k == 2:
            a = rng.randint(900, 999)
        elif k == 3:
            g = 0
        else:
            s = 0
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ssn_ok(x):
    d = x.replace("-", "").replace(" ", "")
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g and s


def ipv4_global(rng):
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast and a.packed[0] not in (0, 100, 127, 192, 198):
            return str(a)


IP4_NEG = [("ipv4_private", lambda r: "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randint(1, 254))),
           ("ipv4_private", lambda r: "192.168.%d.%d" % (r.randrange(256), r.randint(1, 254))),
           ("ipv4_private", lambda r: "172.%d.%d.%d" % (r.randint(16, 31), r.randrange(256), r.randint(1, 254))),
           ("ipv4_loopback", lambda r: "127.0.0.%d" % r.randint(1, 9)),
           ("ipv4_linklocal", lambda r: "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))),
           ("ipv4_documentation", lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))),
           ("ipv4_reserved", lambda r: "%d.%d.%d.%d" % (r.randint(240, 254), r.randrange(256), r.randrange(256), r.randint(1, 254)))]


def ipv6_global(rng):
    while True:
        words = [rng.choice([0x2001, 0x2400, 0x2a00, 0x2c0f, 0x2405, 0x2803]) ] + \
            [rng.randrange(0x10000) for _ in range(7)]
        if words[0] == 0x2001 and words[1] in (0xdb8,):
            continue
        if rng.random() < 0.5:
            words[3:7] = [0, 0, 0, 0]
        a = ipaddress.IPv6Address(":".join("%x" % w for w in words))
        if a.is_global:
            if rng.random() < 0.3:
                return a.exploded
            return a.compressed


def ipv6_nonglobal(rng):
    return rng.choice(["fe80::%x:%x" % (rng.randrange(1, 65535), rng.randrange(1, 65535)), "::1",
                       "fd%02x:%x:%x::%x" % (rng.randrange(256), rng.randrange(65535), rng.randrange(65535), rng.randrange(1, 65535)),
                       "2001:db8:%x::%x" % (rng.randrange(65535), rng.randrange(1, 65535))])


def dg(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng, n):
    return str(rng.randint(1, 9)) + dg(rng, n - 1)


def phone(rng, cc):
    r = rng
    if cc == "US":
        a, b, c = str(r.randint(201, 989)), str(r.randint(200, 989)), dg(r, 4)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, b, c)
    if cc == "UK":
        return r.choice(["+44 20 %s %s" % (nz(r, 4), dg(r, 4)), "020 %s %s" % (nz(r, 4), dg(r, 4)),
                         "+44 (0)7%s %s" % (dg(r, 3), dg(r, 6)), "07%s %s" % (dg(r, 3), dg(r, 6)),
                         "+44 161 %s %s" % (nz(r, 3), dg(r, 4))])
    if cc == "DE":
        return r.choice(["+49 30 %s" % nz(r, 7), "030/%s" % nz(r, 7), "+49 (0)171 %s" % nz(r, 7),
                         "0171-%s" % nz(r, 7), "+49 89 %s %s" % (nz(r, 3), dg(r, 4))])
    if cc == "FR":
        d = [r.choice(["6", "7", "1"])] + [dg(r, 2) for _ in range(4)]
        return r.choice(["+33 %s %s %s %s %s", "0%s.%s.%s.%s.%s", "0%s %s %s %s %s", "+33 (0)%s %s %s %s %s"]) % tuple(d)
    if cc == "IN":
        a = r.choice("6789") + dg(r, 4)
        b = dg(r, 5)
        return r.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "+91 %s%s"]) % (a, b)
    if cc == "BR":
        return r.choice(["+55 11 9%s-%s", "(21) 9%s-%s", "+55 (31) 9%s %s"]) % (dg(r, 4), dg(r, 4))
    if cc == "JP":
        return r.choice(["+81 3-%s-%s" % (dg(r, 4), dg(r, 4)), "090-%s-%s" % (dg(r, 4), dg(r, 4)),
                         "+81 90 %s %s" % (dg(r, 4), dg(r, 4)), "03-%s-%s" % (dg(r, 4), dg(r, 4))])
    if cc == "AU":
        return r.choice(["+61 4%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)), "04%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "(02) %s %s" % (nz(r, 4), dg(r, 4)), "+61 2 %s %s" % (nz(r, 4), dg(r, 4))])
    if cc == "CN":
        a = "1" + r.choice("3589") + dg(r, 1)
        return r.choice(["+86 %s %s %s", "%s-%s-%s", "+86-%s-%s-%s"]) % (a, dg(r, 4), dg(r, 4))
    if cc == "ES":
        return r.choice(["+34 6%s %s %s %s" % (dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)), "6%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "+34 91 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2))])
    if cc == "IT":
        return r.choice(["+39 06 %s %s" % (dg(r, 4), dg(r, 4)), "+39 3%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 4)),
                         "3%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 4)), "02 %s %s" % (dg(r, 4), dg(r, 4))])
    if cc == "NL":
        return r.choice(["+31 6 %s" % dg(r, 8), "06-%s" % dg(r, 8), "+31 (0)20 %s %s" % (nz(r, 3), dg(r, 4)),
                         "020-%s %s" % (nz(r, 3), dg(r, 4))])
    if cc == "NG":
        p = r.choice(["803", "806", "813", "703", "905", "810"])
        return r.choice(["+234 %s %s %s", "0%s %s %s", "+234-%s-%s-%s", "+234 (0)%s %s %s"]) % (p, dg(r, 3), dg(r, 4))
    # bare / spaced E.164 for the rest
    code, nd = E164[cc]
    n = nz(r, nd)
    k = r.randrange(4)
    if k == 0:
        return "+%s%s" % (code, n)
    if k == 1:
        return "+%s %s %s %s" % (code, n[:3], n[3:6], n[6:])
    if k == 2:
        return "+%s-%s-%s-%s" % (code, n[:3], n[3:6], n[6:])
    return "+%s%s%s%s%s%s%s" % (code, NBSP, n[:3], NBSP, n[3:6], NBSP, n[6:])


E164 = {"KE": ("254", 9), "TZ": ("255", 9), "ET": ("251", 9), "PK": ("92", 10), "BD": ("880", 10),
        "IR": ("98", 10), "PH": ("63", 10), "ID": ("62", 10), "MY": ("60", 9), "RO": ("40", 9),
        "CZ": ("420", 9), "HU": ("36", 9), "FI": ("358", 9), "DK": ("45", 8), "NO": ("47", 8),
        "UA": ("380", 9), "KZ": ("7", 10), "AZ": ("994", 9), "GE": ("995", 9), "AM": ("374", 8),
        "NP": ("977", 10), "LK": ("94", 9), "KH": ("855", 9), "MM": ("95", 9), "LA": ("856", 10),
        "SO": ("252", 9), "IN2": ("91", 10)}
PHONE_CC = ["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"]


# --------------------------------------------------------------------------- languages
# lang: (culture, e164 country, latin?, hello, thanks, call, write, profile, hire, event, congrats)
LANGS = {
    "sw": ("sw", "KE", 1, "Habari", "Asante sana", "Nipigie simu", "Niandikie", "Wasifu wangu",
           "Tunaajiri! Nafasi ya Data Analyst", "Mkutano wa wanachama utafanyika", "Hongera"),
    "yo": ("yo", "NG", 1, "Ẹ n lẹ́", "Ẹ ṣé gan-an", "Ẹ pè mí", "Ẹ kọ sí mi", "Profaili mi",
           "A ń gba òṣìṣẹ́ tuntun", "Ìpàdé yóò wáyé", "Ẹ kú oríire"),
    "ha": ("ha", "NG", 1, "Sannu", "Na gode", "Ku kira ni", "Ku rubuta mini", "Bayanin kaina",
           "Muna ɗaukar ma'aikata", "Taron zai gudana", "Barka da nasara"),
    "am": ("am", "ET", 0, "ሰላም", "አመሰግናለሁ", "ይደውሉልኝ", "ኢሜይል ይላኩልኝ", "የእኔ ፕሮፋይል",
           "እየቀጠርን ነው", "ስብሰባው ይካሄዳል", "እንኳን ደስ አለዎት"),
    "so": ("so", "SO", 1, "Salaan", "Mahadsanid", "Ii soo wac", "Ii soo qor", "Bogga astaantayda",
           "Waxaan shaqaaleysiineynaa", "Kulanka wuxuu dhici doonaa", "Hambalyo"),
    "tl": ("tl", "PH", 1, "Kumusta", "Salamat", "Tawagan ako sa", "Mag-email sa", "Ang profile ko",
           "Hiring kami", "Ang meetup ay gaganapin", "Congrats"),
    "ur": ("ur", "PK", 0, "السلام علیکم", "شکریہ", "مجھے کال کریں", "ای میل کریں", "میری پروفائل",
           "ہم بھرتی کر رہے ہیں", "تقریب منعقد ہوگی", "مبارک ہو"),
    "fa": ("fa", "IR", 0, "سلام", "ممنونم", "با من تماس بگیرید", "ایمیل بزنید", "پروفایل من",
           "استخدام می‌کنیم", "رویداد برگزار می‌شود", "تبریک"),
    "bn": ("bn", "BD", 0, "নমস্কার", "ধন্যবাদ", "ফোন করুন", "ইমেইল করুন", "আমার প্রোফাইল",
           "আমরা নিয়োগ দিচ্ছি", "অনুষ্ঠানটি হবে", "অভিনন্দন"),
    "ta": ("ta", "IN", 0, "வணக்கம்", "நன்றி", "அழைக்கவும்", "மின்னஞ்சல் அனுப்பவும்", "என் சுயவிவரம்",
           "நாங்கள் ஆட்சேர்ப்பு செய்கிறோம்", "நிகழ்வு நடைபெறும்", "வாழ்த்துகள்"),
    "te": ("te", "IN", 0, "నమస్కారం", "ధన్యవాదాలు", "కాల్ చేయండి", "ఇమెయిల్ చేయండి", "నా ప్రొఫైల్",
           "మేము నియామకాలు చేస్తున్నాం", "కార్యక్రమం జరుగుతుంది", "అభినందనలు"),
    "mr": ("mr", "IN", 0, "नमस्कार", "धन्यवाद", "फोन करा", "ईमेल करा", "माझे प्रोफाइल",
           "आम्ही भरती करत आहोत", "कार्यक्रम होणार आहे", "अभिनंदन"),
    "ne": ("ne", "NP", 0, "नमस्ते", "धन्यवाद", "फोन गर्नुहोस्", "इमेल गर्नुहोस्", "मेरो प्रोफाइल",
           "हामी भर्ती गर्दैछौं", "कार्यक्रम हुनेछ", "बधाई छ"),
    "ms": ("ms", "MY", 1, "Hai", "Terima kasih", "Hubungi saya di", "E-mel saya di", "Profil saya",
           "Kami sedang mengambil pekerja", "Acara akan diadakan", "Tahniah"),
    "id": ("id", "ID", 1, "Halo", "Makasih", "Hubungi saya di", "Kirim email ke", "Profil saya",
           "Kami sedang merekrut", "Acara akan diadakan", "Selamat"),
    "ro": ("ro", "RO", 1, "Salut", "Mulțumesc", "Sunați-mă la", "Scrieți-mi la", "Profilul meu",
           "Angajăm", "Evenimentul are loc", "Felicitări"),
    "cs": ("cs", "CZ", 1, "Ahoj", "Děkuji", "Volejte na", "Pište na", "Můj profil", "Nabíráme",
           "Akce se koná", "Gratuluji"),
    "hu": ("hu", "HU", 1, "Szia", "Köszönöm", "Hívj ezen a számon", "Írj erre a címre", "A profilom",
           "Felveszünk", "Az esemény időpontja", "Gratulálok"),
    "fi": ("fi", "FI", 1, "Hei", "Kiitos", "Soita numeroon", "Sähköposti", "Profiilini", "Rekrytoimme",
           "Tapahtuma järjestetään", "Onnittelut"),
    "da": ("da", "DK", 1, "Hej", "Tak", "Ring på", "Skriv til", "Min profil", "Vi ansætter",
           "Arrangementet finder sted", "Tillykke"),
    "no": ("no", "NO", 1, "Hei", "Takk", "Ring meg på", "Send e-post til", "Profilen min", "Vi ansetter",
           "Arrangementet holdes", "Gratulerer"),
    "uk": ("uk", "UA", 0, "Привіт", "Дякую", "Телефонуйте", "Пишіть на", "Мій профіль", "Ми наймаємо",
           "Захід відбудеться", "Вітаю"),
    "kk": ("kk", "KZ", 0, "Сәлем", "Рахмет", "Хабарласыңыз", "Хат жазыңыз", "Менің профилім",
           "Біз қызметкер іздейміз", "Іс-шара өтеді", "Құттықтаймын"),
    "az": ("az", "AZ", 1, "Salam", "Təşəkkürlər", "Zəng edin", "Yazın", "Profilim", "İşə götürürük",
           "Tədbir keçiriləcək", "Təbrik edirəm"),
    "ka": ("ka", "GE", 0, "გამარჯობა", "მადლობა", "დამირეკეთ", "მომწერეთ", "ჩემი პროფილი",
           "ვაცხადებთ ვაკანსიას", "ღონისძიება გაიმართება", "გილოცავ"),
    "hy": ("hy", "AM", 0, "Բարև", "Շնորհակալություն", "Զանգահարեք", "Գրեք", "Իմ պրոֆիլը",
           "Մենք աշխատող ենք փնտրում", "Միջոցառումը տեղի կունենա", "Շնորհավորում եմ"),
    "si": ("si", "LK", 0, "ආයුබෝවන්", "ස්තූතියි", "අමතන්න", "ඊමේල් කරන්න", "මගේ පැතිකඩ",
           "අපි බඳවා ගනිමු", "උත්සවය පැවැත්වේ", "සුබ පැතුම්"),
    "km": ("km", "KH", 0, "សួស្តី", "អរគុណ", "ទូរស័ព្ទមក", "ផ្ញើអ៊ីមែល", "ប្រវត្តិរូបរបស់ខ្ញុំ",
           "យើងកំពុងជ្រើសរើសបុគ្គលិក", "កម្មវិធីនឹងប្រព្រឹត្តទៅ", "សូមអបអរសាទរ"),
    "my": ("my", "MM", 0, "မင်္ဂလာပါ", "ကျေးဇူးတင်ပါတယ်", "ဖုန်းဆက်ပါ", "အီးမေးလ်ပို့ပါ", "ကျွန်ုပ်၏ ပရိုဖိုင်",
           "ဝန်ထမ်းခေါ်နေပါသည်", "အခမ်းအနား ကျင်းပမည်", "ဂုဏ်ယူပါတယ်"),
    "lo": ("lo", "LA", 0, "ສະບາຍດີ", "ຂອບໃຈ", "ໂທຫາ", "ສົ່ງອີເມວ", "ໂປຣໄຟລ໌ຂອງຂ້ອຍ",
           "ພວກເຮົາກຳລັງຮັບສະໝັກ", "ງານຈະຈັດຂຶ້ນ", "ຂໍສະແດງຄວາມຍິນດີ"),
}
# ordinary-word uses of member first names: lang -> (sentence with {W}, word)
WORDS = {
    "sw": [("Tunafanya kazi kwa {W} na umoja.", "amani"), ("Ni {W} kubwa kupata timu hii.", "baraka")],
    "tl": [("Puno ng {W} ang opisina ngayon.", "ligaya")],
    "ms": [("Ada {W} segar di atas meja pejabat.", "bunga")],
    "id": [("Pameran {W} dan perhiasan minggu depan.", "mutiara")],
    "fi": [("Meillä kävi hyvä {W} tänään.", "onni")],
    "hu": [("Egy szál {W} az asztalon, köszönjük.", "virág")],
    "uk": [("Є {W} на краще після релізу.", "надія")],
    "yo": [("Ọjọ́ {W} ni lónìí fún gbogbo wa.", "ayọ̀")],
    "ur": [("دل میں {W} اور امید ہے", "نور")],
    "en": [("We {W} share the slides after the session.", "will"), ("There is a 30-day {W} period.", "grace"),
           ("The {W} gold laptop arrived.", "rose"), ("I {W} to see you there.", "hope"),
           ("Pure {W} to work with this team.", "joy"), ("Acting in good {W} matters.", "faith")],
}
# a local-script particle glued to the end of an e-mail address (non-Latin languages)
GLUE = {"am": "ላይ", "ur": "پر", "fa": "را", "bn": "তে", "ta": "க்கு", "te": "కు", "mr": "वर", "ne": "मा",
        "uk": "чи", "kk": "ге", "ka": "ზე", "hy": "ով", "si": "ට", "km": "ទៅ", "my": "သို့", "lo": "ໄປ"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "kifaru.co.ke", "lagoslabs.ng",
             "techhub.com.pk", "dhakasoft.com.bd", "chennai-ai.in", "fintech.com.my", "nusantara.co.id",
             "bitforge.ro", "prahasoft.cz", "budalab.hu", "nordicai.fi", "kbhdata.dk", "oslotech.no",
             "kyivdev.com.ua", "astana-it.kz", "bakucode.az", "tbilisi-labs.ge", "yerevanlabs.am",
             "colombo.lk", "mekong.com.kh", "yangon-dev.com.mm", "vientiane.la", "addis-ai.et"]
ROLE = ["jobs", "careers", "hr", "info", "hello", "talent", "recruit"]
COMPANY_URLS = ["https://www.safaricom.co.ke/about", "linkedin.com/company/andela",
                "https://flutterwave.com/ng/about-us", "https://www.grab.com/sg/about/",
                "https://kaspi.kz/company", "https://www.jumia.com.ng/about_us/"]
CAREER_URLS = ["https://careers.jumia.com/jobs/%d", "https://boards.greenhouse.io/paystack/jobs/%d",
               "https://kaspi.kz/careers/vacancy/%d", "https://jobs.lever.co/grab/%d"]
DOC_URLS = ["https://docs.python.org/3/library/ipaddress.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP",
            "https://kubernetes.io/docs/concepts/", "https://www.postgresql.org/docs/16/index.html"]
PAPER_URLS = ["https://arxiv.org/abs/24%02d.%05d", "https://aclanthology.org/2024.lrec-main.%d.pdf"]
EVENT_URLS = ["https://www.eventbrite.com/e/nairobi-data-summit-tickets-%d", "https://lu.ma/dar-ai-meetup",
              "https://www.meetup.com/kampala-python/events/%d/"]
FORM_URLS = ["https://forms.gle/%s", "https://tally.so/r/%s", "https://docs.google.com/forms/d/e/1FAIpQL%s/viewform"]
EXAMPLE = ["%s@example.com", "%s@mail.example", "test.%s@demo.test", "%s@company.invalid",
           "https://social.example/in/%s", "https://www.example.org/u/%s", "http://%s.example.net/about"]
PROFILE = ["linkedin.com/in/%s", "https://www.linkedin.com/in/%s", "https://github.com/%s", "x.com/%s",
           "https://medium.com/@%s", "https://bsky.app/profile/%s.bsky.social", "https://%s.substack.com",
           "calendly.com/%s", "https://askfirst.example/u/%s", "askfirst.example/u/%s"]


# --------------------------------------------------------------------------- record builder
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

    def g(self, s, typ):
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        return self.t(s)

    def x(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "category": cat})
        return self.t(s)

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, rng, names_by_lang, handles):
        self.r = rng
        self.nbl = names_by_lang
        self.handles = handles

    def member(self, lang):
        r = self.r
        pool = self.nbl.get(LANGS[lang][0]) if r.random() < 0.8 else None
        if not pool:
            pool = self.nbl[r.choice(sorted(self.nbl))]
        return r.choice(pool)


def s_greet(b, c, lang):
    L = LANGS[lang]
    r = c.r
    name, first, h = c.member(lang)
    if " " not in name:
        first = name  # names written without a space are only used whole
    word = r.choice([L[3], L[4], "Hi", "Thanks"])
    b.t(word + ", ").g(first, "PERSON").t(r.choice(["!", ",", " 🙏", "!!"]) + " ")


def s_full(b, c, lang):
    L = LANGS[lang]
    r = c.r
    name, first, h = c.member(lang)
    k = r.randrange(5)
    if k == 0:
        b.t(L[10] + " ").g(name, "PERSON").t(r.choice(["! ", "!! 🎉 ", ". "]))
    elif k == 1:
        b.t("Big congrats on ").g(name, "PERSON").t("'s new role! ")
    elif k == 2:
        b.t(r.choice(["cc @", "h/t @", "/ @"])).g(name, "PERSON").t(r.choice([" ", ". "]))
    elif k == 3:
        b.t("Shout-out to ").g(name, "PERSON").t(" (" + L[10] + ") ")
    else:
        b.t("— ").g(name, "PERSON").t(r.choice([", ", " | "]) + r.choice(["Data Engineer", "Product Lead", "HR Manager", "Founder"]) + ". ")


def s_handle(b, c, lang):
    r = c.r
    name, first, h = c.member(lang)
    b.t(r.choice(["cc ", "via ", "h/t ", "ping "])).g("@" + h, "HANDLE")
    if r.random() < 0.5:
        b.t(" & ").x("@" + r.choice(BRANDS), "non_member_handle")
    b.t(r.choice([" ", ". ", "! "]))


def s_brand(b, c, lang):
    r = c.r
    b.t(r.choice(["Proud partner of ", "Thanks ", "Powered by "])).x("@" + r.choice(BRANDS), "non_member_handle").t(
        r.choice([". ", " 🚀 ", "! "]))


def s_phone(b, c, lang):
    L = LANGS[lang]
    r = c.r
    cc = r.choice([L[1], L[1], L[1]] + PHONE_CC)
    if cc in ("NG",) or cc in PHONE_CC:
        p = phone(r, cc)
    else:
        p = phone(r, cc)
    b.t(r.choice([L[5] + ": ", L[5] + " ", "WhatsApp: ", "Tel. ", "📞 "])).g(p, "PHONE")
    b.t(r.choice([". ", " ", ", ", " (WhatsApp) "]))


def email_addr(c, h, name):
    r = c.r
    loc = r.choice([h, h, r.choice(ROLE)])
    return loc, r.choice(EMAIL_DOM)


def s_email(b, c, lang):
    L = LANGS[lang]
    r = c.r
    name, first, h = c.member(lang)
    loc, dom = email_addr(c, h, name)
    k = r.randrange(7)
    b.t(L[6] + r.choice([": ", " "]))
    if k == 0:
        b.t("mailto:").g(loc + "@" + dom, "EMAIL").t(" ")
    elif k == 1:
        b.t("<").g(loc + "@" + dom, "EMAIL").t(">. ")
    elif k == 2:
        d1, d2 = dom.split(".", 1)
        b.g("%s [at] %s [dot] %s" % (loc, d1, d2.replace(".", " [dot] ")), "EMAIL").t(" ")
    elif k == 3:
        b.g("%s(at)%s" % (loc, dom), "EMAIL").t(". ")
    elif k == 4 and not LANGS[lang][2]:
        # glued to non-Latin text on both sides
        b.parts[-1] = b.parts[-1].rstrip(": ")
        b.n = sum(len(p) for p in b.parts)
        b.g(loc + "@" + dom, "EMAIL").t(GLUE[lang] + " ")
    else:
        b.g(loc + "@" + dom, "EMAIL").t(r.choice([". ", " ", ", "]))


def s_url(b, c, lang):
    L = LANGS[lang]
    r = c.r
    name, first, h = c.member(lang)
    u = r.choice(PROFILE) % h
    k = r.randrange(3)
    b.t(L[7] + ": ")
    if k == 0:
        b.t("(").g(u, "URL").t(") ")
    elif k == 1:
        b.g(u, "URL").t(". ")
    else:
        b.g(u, "URL").t(" ")


def s_urlneg(b, c, lang):
    r = c.r
    k = r.randrange(7)
    if k == 0:
        b.t("Company page: ").x(r.choice(COMPANY_URLS), "url_company")
    elif k == 1:
        b.t("Apply here: ").x(r.choice(CAREER_URLS) % r.randint(1000, 999999), "url_careers")
    elif k == 2:
        b.t("Docs: ").x(r.choice(DOC_URLS), "url_docs")
    elif k == 3:
        u = r.choice(PAPER_URLS)
        u = u % ((r.randint(1, 12), r.randint(1, 19999)) if u.count("%") == 2 else r.randint(1, 999))
        b.t("Paper: ").x(u, "url_paper")
    elif k == 4:
        u = r.choice(EVENT_URLS)
        b.t("Tickets: ").x(u % r.randint(10 ** 11, 10 ** 12 - 1) if "%" in u else u, "url_event")
    elif k == 5:
        tok = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
        b.t("RSVP form: ").x(r.choice(FORM_URLS) % tok, "url_form")
    else:
        name, first, h = c.member(lang)
        e = r.choice(EXAMPLE) % h
        b.t(r.choice(["Template: ", "Sample: ", "e.g. "])).x(e, "example_domain")
    b.t(r.choice([" ", ". ", " — "]))


def s_ip(b, c, lang):
    r = c.r
    k = r.randrange(6)
    if k == 0:
        b.t("Blocked login from ").g(ipv4_global(r), "IPV4").t(r.choice([". ", " ", ":443 "]) if False else ". ")
    elif k == 1:
        b.t("Server IP ").g(ipv4_global(r), "IPV4").t(r.choice([":8080 ", "/24 ", " "]))
    elif k == 2:
        b.t("IPv6: ").g(ipv6_global(r), "IPV6").t(" ")
    elif k == 3:
        b.t("Endpoint [").g(ipv6_global(r).lower(), "IPV6").t("]:%d " % r.choice([443, 8443, 22]))
    elif k == 4:
        cat, f = r.choice(IP4_NEG)
        b.t(r.choice(["router ", "gateway ", "local test box ", "VPN "])).x(f(r), cat).t(" ")
        if r.random() < 0.5:
            b.t("and ").x(ipv6_nonglobal(r), "ipv6_nonglobal").t(" ")
    else:
        b.t(r.choice(["firmware version ", "agent v", "release version "])).x(
            "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(10, 400)), "version_ip").t(". ")


def s_card(b, c, lang):
    r = c.r
    d = card_digits(r)
    if r.random() < 0.6:
        b.t(r.choice(["Paid with card ", "Card for the booking: ", "Kadi/card: "])).g(group_card(d, r), "CREDIT_CARD").t(". ")
    else:
        bad = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
        b.t(r.choice(["Card number on the old invoice ", "Rejected card "])).x(group_card(bad, r), "luhn_invalid").t(" (checksum fails). ")


def s_iban(b, c, lang):
    r = c.r
    cc = r.choice(sorted(IBAN_FMT))
    if r.random() < 0.65:
        b.t("IBAN: ").g(make_iban(r, cc), "IBAN").t(r.choice([". ", " ", ", "]))
    else:
        b.t("Old IBAN (typo, rejected): ").x(make_iban(r, cc, False), "iban_bad_check").t(". ")


def s_ssn(b, c, lang):
    r = c.r
    if r.random() < 0.6:
        b.t("US payroll form, SSN ").g(ssn(r), "US_SSN").t(". ")
    else:
        b.t("Example SSN in the template ").x(ssn(r, False), "ssn_invalid").t(" is not a real number. ")


def s_numneg(b, c, lang):
    r = c.r
    k = r.randrange(8)
    if k == 0:
        b.t(r.choice(["Date: ", "📅 ", "Deadline: "])).x(r.choice(["%d-%02d-%02d" % (r.randint(2024, 2027), r.randint(1, 12), r.randint(1, 28)),
                                                          "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2027)),
                                                          "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2027))]), "date")
    elif k == 1:
        b.t(r.choice(["Time: ", "at ", "🕕 "])).x("%02d:%02d–%02d:%02d" % (r.randint(8, 17), r.choice([0, 30]), r.randint(18, 21), r.choice([0, 30])), "time").t(" UTC+3")
    elif k == 2:
        b.t("Price: ").x(r.choice(["KSh %d,%03d", "₦%d,%03d", "Rs. %d,%03d", "IDR %d.%03d.000", "%d %03d Ft", "€%d,%03d"]) % (r.randint(1, 999), r.randrange(1000)), "price")
    elif k == 3:
        b.t("Order #").x("%d-%d-%d" % (r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999)), "order_number")
    elif k == 4:
        b.t("Ticket No. ").x("%d-%d" % (r.randint(2024, 2027), r.randint(10000, 999999)), "ticket_number")
    elif k == 5:
        body = "978" + dg(r, 9)
        s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
        d = body + str((10 - s % 10) % 10)
        b.t("ISBN ").x("%s-%s-%s-%s-%s" % (d[:3], d[3:7], d[7:9], d[9:12], d[12]), "isbn")
    elif k == 6:
        b.t(r.choice(["version ", "build ", "v"])).x("%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(100, 9999)), "version")
    else:
        b.t(r.choice(["US Patent No. ", "patent "])).x("%d,%03d,%03d" % (r.randint(9, 12), r.randrange(1000), r.randrange(1000)), "patent")
    b.t(r.choice([". ", "; ", " "]))


def s_hardname(b, c, lang):
    r = c.r
    k = r.randrange(4)
    if k == 0:
        b.t(r.choice(["Ex-", "Previously at ", "Internship at "])).x(r.choice(COMPANIES), "company").t(". ")
    elif k == 1:
        p, _ = r.choice(PLACES)
        b.t(r.choice(["Relocating to ", "Office in ", "Conference near "])).x(p, "place").t(". ")
    elif k == 2:
        e, tail = r.choice(EPONYMS)
        b.t("Implemented ").x(e, "eponym").t(tail + " for routing. ")
    else:
        lst = WORDS.get(lang) if lang in WORDS and r.random() < 0.6 else WORDS["en"]
        sent, w = r.choice(lst)
        i = sent.index("{W}")
        b.t(sent[:i]).x(w, "word_name").t(sent[i + 3:] + " ")


LOCAL = {
    "sw": "Leo tumezindua huduma mpya kwa wakulima wadogo.", "yo": "Inú mi dùn láti darapọ̀ mọ́ ẹgbẹ́ yìí.",
    "ha": "Mun kammala horon kwana uku a Kano.", "am": "ዛሬ አዲስ ፕሮጀክት ጀምረናል።",
    "so": "Waxaan ku faraxsanahay inaan ku biiro kooxdan.", "tl": "Sobrang saya ng team building namin kahapon.",
    "ur": "آج ہم نے نیا منصوبہ شروع کیا۔", "fa": "امروز پروژه جدیدی را شروع کردیم.",
    "bn": "আজ আমরা নতুন প্রকল্প শুরু করেছি।", "ta": "இன்று புதிய திட்டத்தைத் தொடங்கினோம்.",
    "te": "ఈ రోజు కొత్త ప్రాజెక్ట్ ప్రారంభించాం.", "mr": "आज आम्ही नवीन प्रकल्प सुरू केला.",
    "ne": "आज हामीले नयाँ परियोजना सुरु गर्यौं।", "ms": "Hari ini kami melancarkan produk baharu.",
    "id": "Hari ini kami meluncurkan produk baru.", "ro": "Astăzi am lansat un produs nou.",
    "cs": "Dnes jsme spustili nový produkt.", "hu": "Ma elindítottuk az új terméket.",
    "fi": "Tänään julkaisimme uuden tuotteen.", "da": "I dag lancerede vi et nyt produkt.",
    "no": "I dag lanserte vi et nytt produkt.", "uk": "Сьогодні ми запустили новий продукт.",
    "kk": "Бүгін біз жаңа өнімді іске қостық.", "az": "Bu gün yeni məhsulu təqdim etdik.",
    "ka": "დღეს ახალი პროდუქტი წარვადგინეთ.", "hy": "Այսօր մենք գործարկեցինք նոր արտադրանքը։",
    "si": "අද අපි නව නිෂ්පාදනයක් එළිදැක්වූවා.", "km": "ថ្ងៃនេះយើងបានដាក់ឱ្យដំណើរការផលិតផលថ្មី។",
    "my": "ယနေ့ ထုတ်ကုန်အသစ်ကို မိတ်ဆက်ခဲ့သည်။", "lo": "ມື້ນີ້ພວກເຮົາໄດ້ເປີດຕົວຜະລິດຕະພັນໃໝ່.",
}
# "{N} joined our team today" and similar, the name delimited by spaces (no inflection)
LOCAL_PERSON = {
    "sw": "Tulifanya kazi pamoja na {N} kwenye mradi huu.", "yo": "Mo ṣiṣẹ́ pẹ̀lú {N} lórí iṣẹ́ yìí.",
    "ha": "Na yi aiki tare da {N} a wannan aikin.", "am": "{N} ዛሬ አዲስ ሥራ ጀምረዋል።",
    "so": "{N} ayaa ku biiray kooxdeena.", "tl": "Kasama ko si {N} sa proyektong ito.",
    "ur": "{N} نے آج نئی ملازمت شروع کی۔", "fa": "{N} امروز به تیم ما پیوست.",
    "bn": "{N} আজ আমাদের দলে যোগ দিয়েছেন।", "ta": "{N} இன்று எங்கள் குழுவில் சேர்ந்தார்.",
    "te": "{N} ఈ రోజు మా బృందంలో చేరారు.", "mr": "{N} आज आमच्या टीममध्ये सामील झाले.",
    "ne": "{N} आज हाम्रो टोलीमा सामेल हुनुभयो।", "ms": "{N} menyertai pasukan kami hari ini.",
    "id": "{N} bergabung dengan tim kami hari ini.", "ro": "{N} s-a alăturat echipei noastre astăzi.",
    "cs": "{N} dnes nastoupil do našeho týmu.", "hu": "{N} ma csatlakozott a csapatunkhoz.",
    "fi": "{N} aloitti tänään tiimissämme.", "da": "{N} startede i vores team i dag.",
    "no": "{N} begynte i teamet vårt i dag.", "uk": "{N} сьогодні приєднався до нашої команди.",
    "kk": "{N} бүгін біздің командаға қосылды.", "az": "{N} bu gün komandamıza qoşuldu.",
    "ka": "{N} დღეს ჩვენს გუნდს შემოუერთდა.", "hy": "{N} այսօր միացավ մեր թիմին։",
    "si": "{N} අද අපේ කණ්ඩායමට එක් වුණා.", "km": "{N} បានចូលរួមក្រុមរបស់យើងថ្ងៃនេះ។",
    "my": "{N} သည် ယနေ့ ကျွန်ုပ်တို့အဖွဲ့သို့ ဝင်ရောက်ခဲ့သည်။", "lo": "{N} ໄດ້ເຂົ້າຮ່ວມທີມຂອງພວກເຮົາມື້ນີ້.",
}


def s_local_person(b, c, lang):
    name, first, h = c.member(lang)
    sent = LOCAL_PERSON[lang]
    i = sent.index("{N}")
    b.t(sent[:i]).g(name, "PERSON").t(sent[i + 3:] + " ")


FILLER = {
    "post": "Reflecting on a great quarter with the team.", "comment": "Agreed, well said.",
    "job_post": "Remote-friendly, hybrid option.", "event": "Free entry, light snacks.",
    "profile": "About: 8+ years in fintech and data.",
}


GOLD_S = [s_greet, s_full, s_full, s_local_person, s_handle, s_phone, s_phone, s_email, s_email, s_url, s_ip, s_card, s_iban, s_ssn]
NEG_S = [s_brand, s_urlneg, s_numneg, s_numneg, s_hardname, s_hardname]


def record(c, i):
    r = c.r
    lang = r.choice(sorted(LANGS))
    kind = r.choice(["post", "comment", "job_post", "event", "profile"])
    L = LANGS[lang]
    b = B()
    if kind == "job_post":
        b.t(L[8] + r.choice([" — ", ": ", "! "]))
    elif kind == "event":
        b.t(L[9] + " ")
        s_numneg(b, c, lang)
    elif kind == "profile":
        b.t(L[7] + " | ")
    elif kind == "comment" and r.random() < 0.5:
        s_greet(b, c, lang)
    if r.random() < 0.6:
        b.t(LOCAL[lang] + " ")
    n = r.randint(2, 5)
    for _ in range(n):
        f = r.choice(GOLD_S) if r.random() < 0.6 else r.choice(NEG_S)
        f(b, c, lang)
    if r.random() < 0.4:
        b.t(FILLER[kind])
    text = b.text().rstrip()
    return {"id": "b28-%06d" % i, "lang": lang, "kind": kind, "text": text, "spans": b.spans, "negatives": b.negs}


# --------------------------------------------------------------------------- self-check
def fold(s):
    return strip_acc(s).casefold()


def selfcheck(recs, members):
    full = {fold(m["name"]) for m in members}
    firsts = set()
    for m in members:
        parts = m["name"].split()
        for p in parts:
            firsts.add(fold(p))
    handles = {m["handle"] for m in members}
    for rec in recs:
        t = rec["text"]
        allsp = sorted([(s["start"], s["end"]) for s in rec["spans"]])
        for a, b2 in zip(allsp, allsp[1:]):
            assert b2[0] >= a[1], (rec["id"], "overlap")
        negs = sorted([(s["start"], s["end"]) for s in rec["negatives"]])
        for s in rec["spans"] + rec["negatives"]:
            assert 0 <= s["start"] < s["end"] <= len(t), rec["id"]
            v = t[s["start"]:s["end"]]
            assert v == v.strip() and v, (rec["id"], v)
        for s in rec["negatives"]:
            for g in rec["spans"]:
                assert not (s["start"] < g["end"] and g["start"] < s["end"]), (rec["id"], "neg overlaps gold")
        for s in rec["spans"]:
            v = t[s["start"]:s["end"]]
            ty = s["type"]
            if ty == "CREDIT_CARD":
                assert luhn_ok(v.replace(" ", "").replace("-", "")), v
            elif ty == "IBAN":
                assert iban_ok(v), v
            elif ty == "US_SSN":
                assert ssn_ok(v), v
            elif ty == "IPV4":
                assert ipaddress.IPv4Address(v).is_global, v
            elif ty == "IPV6":
                assert ipaddress.IPv6Address(v).is_global, v
            elif ty == "PERSON":
                f = fold(v)
                assert f in full or (" " not in f and f in firsts), (rec["id"], v)
                if f not in full:
                    pre = t[max(0, s["start"] - 40):s["start"]]
                    L = LANGS[rec["lang"]]
                    assert any(pre.endswith(w + ", ") for w in (L[3], L[4], "Hi", "Thanks")), (rec["id"], pre)
            elif ty == "HANDLE":
                assert v[0] == "@" and v[1:] in handles, v
            elif ty == "URL":
                assert "askfirst.example" in v or ".example" not in v, v
            elif ty == "EMAIL":
                assert ".example" not in v and "example." not in v, v
            if ty in ("EMAIL", "URL"):
                e = s["end"]
                if e < len(t):
                    assert not ("a" <= t[e].lower() <= "z"), (rec["id"], v, t[e])
                st = s["start"]
                if st > 0:
                    assert not ("a" <= t[st - 1].lower() <= "z"), (rec["id"], v)
        for s in rec["negatives"]:
            v = t[s["start"]:s["end"]]
            cat = s["category"]
            if cat == "luhn_invalid":
                assert not luhn_ok(v.replace(" ", "").replace("-", "")), v
            elif cat == "iban_bad_check":
                assert not iban_ok(v) and len(v.replace(" ", "")) == IBAN_LEN[v[:2]], v
            elif cat == "ssn_invalid":
                assert not ssn_ok(v), v
            elif cat.startswith("ipv4_"):
                a = ipaddress.IPv4Address(v)
                assert not a.is_global
                assert {"ipv4_private": a.is_private, "ipv4_loopback": a.is_loopback,
                        "ipv4_linklocal": a.is_link_local, "ipv4_reserved": a.is_reserved,
                        "ipv4_documentation": a.is_private}[cat], v
            elif cat == "ipv6_nonglobal":
                assert not ipaddress.IPv6Address(v).is_global, v
            elif cat == "non_member_handle":
                assert v[1:] not in handles, v
    return True


def main():
    ap = argparse.ArgumentParser(description="less-covered-languages labelled PII corpus (blind #28)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    members, nbl = make_members(a.members, rng)
    # only directory members are used in the text
    ctx = Ctx(rng, nbl, None)
    recs = [record(ctx, i + 1) for i in range(a.records)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.selfcheck:
        selfcheck(recs, members)
        ty, cat, lg = {}, {}, {}
        for rec in recs:
            lg[rec["lang"]] = lg.get(rec["lang"], 0) + 1
            for s in rec["spans"]:
                ty[s["type"]] = ty.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                cat[s["category"]] = cat.get(s["category"], 0) + 1
        print("selfcheck ok: %d records, %d members" % (len(recs), len(members)))
        print("types: " + ", ".join("%s %d" % kv for kv in sorted(ty.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cat.items())))
        print("langs: " + ", ".join("%s %d" % kv for kv in sorted(lg.items())))


if __name__ == "__main__":
    main()
