#!/usr/bin/env python3
"""gen_blind24.py - twenty-eighth labelled PII corpus for the redactor, written blind.

What it is
    A deterministic (per --seed) generator of a labelled corpus of professional-network text:
    posts, comments, replies, profile headlines and "about" sections, with gold spans for every
    personal-data type of issue 3 and labelled hard negatives for every "not this" of the issue.

        gen_blind24.py --out DIR --records 5000 --members 100000 --seed 1

    writes DIR/members.jsonl ({"user","name","handle"}, exactly --members lines) and
    DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
    "negatives":[{start,end,category}]}; offsets in Unicode code points, end-exclusive), the
    format bench/pii/score.py reads.  Python 3 standard library only.

How it was written
    Blind: only from the text of issue 3 (`issues show 3`) and bench/pii/score.py, plus the
    labelling conventions given in the brief.  No engine code, tests, docs, other generators or
    git history were read, and the redactor was never run on this corpus.  The templates are
    new prose written for this file.

Genres (field "kind")
    job_change, congrats, event, question, recommendation, hiring, launch, milestone,
    complaint, tech, networking, reply, headline, about; plus "mixed" for code-switched posts.
    About 70% of records are short (1-5 sentences); the rest are longer multi-paragraph posts
    and profile sections.

Languages (field "lang"), scripts
    en de fr es pt it nl pl tr sv id vi (Latin), ru uk (Cyrillic), el (Greek), ar (Arabic),
    he (Hebrew), hi (Devanagari), bn (Bengali), ta (Tamil), th (Thai), ko (Hangul),
    ja (Han/Kana), zh (Han) - 24 languages - and code-switched pairs written "xx+yy"
    (hi+en Hinglish, es+en, de+en, zh+en, ar+fr, ko+en, ja+en, tr+en, ru+en, id+en, ...).

Gold types
    EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON.

Negative categories
    date time price order_number ticket_number isbn version patent (phone look-alikes, each
    with a textual cue), ipv4_private ipv4_loopback ipv4_linklocal ipv4_documentation
    ipv4_reserved version_ip (IPv4 look-alikes), ipv6_nonglobal, luhn_invalid, iban_bad_check,
    ssn_invalid, url_company url_careers url_docs url_paper url_event url_form,
    example_domain (e-mails and links under example.com/.net/.org, *.example, *.test,
    *.invalid), non_member_handle (@-mentions of company/brand accounts and code annotations),
    company place eponym word_name (member names used as firm, place, eponym or word).

Doubtful labelling choices
    * Obfuscated e-mails in several languages' styles are gold EMAIL as one span: "x [at] y
      [dot] z", "x(at)y.z", "x (at) y (punkt) de", "x [arobase] y [point] fr", "x (arroba) y
      (punto) es", "x {at} y {dot} com", "x at y dot com".  The last two and the non-English
      spelled forms go beyond the issue's two examples.
    * Member names written in lower case or without diacritics ("jose garcia lopez",
      "Nguyen Van An") are gold PERSON, since matching is case/diacritic-insensitive.
    * Turkish suffixes after an apostrophe ("Ayşe Yılmaz'ın") are treated like the English
      possessive: the span is the name only.  Honorifics/particles glued to CJK, Thai and
      Korean names (さん, 老师, 님, 씨, คุณ before a Thai name, जी) stay outside the span.
    * Thai greetings write "คุณ" glued before the first name; the span is the name only.
    * A first name alone is PERSON only directly in a greeting or thanks; possessives are only
      written on full names.  "Thanks, will do" / "Hi all, hope ..." put word-names right
      after a greeting and are word_name negatives.
    * Members exist whose full names equal firms/eponyms/places (Hugo Boss, Morgan Stanley,
      Grace Hopper, Max Planck, Alice Springs, ...); those strings in firm/eponym/place use are
      negatives, never PERSON.  Chinese/Korean member names that are also words (高峰, 高明,
      张扬, 方圆, 이상) are word_name negatives when used as words inside running text.
    * twitter.com/<handle> is treated like x.com/<handle> (gold URL).
    * A @handle glued to following CJK text ("@lihua88的分享") is gold HANDLE (ASCII part).
    * @-mentions of brand accounts (@NorthwindHQ) and code annotations (@Override) are
      non_member_handle negatives; "@ 3pm" is left unlabelled.
    * IPv4 addresses followed by :port or /cidr are gold (port/cidr outside); IPv4-shaped
      version strings (all parts <= 255) with a version cue are version_ip negatives.
    * 100.64.0.0/10 (shared CGNAT), 0.0.0.0/8 and 240.0.0.0/4 are ipv4_reserved negatives.
    * The platform profile path askfirst.example/u/<handle> is gold URL although it is under a
      placeholder domain; all other *.example links are example_domain negatives.
    * Luhn-invalid card-shaped numbers are negatives even though a reader cannot tell them from
      a real card by eye; they sit in card-ish contexts ("card number ... rejected").
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

NBSP = "\u00a0"

# ----------------------------------------------------------------------------- names
# (first names, last names) per culture.  Non-Latin cultures carry (native, roman) pairs.
LAT = {
    "en": (("James Olivia Ethan Chloe Nathan Megan Ryan Lauren Tyler Hannah Brandon Kayla Dylan "
           "Brooke Connor Abigail Trevor Madison Caleb Savannah Derek Whitney Colin Heather Gavin "
           "Bethany Marcus Tessa Declan Imogen Rhys Niamh Callum Freya Owen Harriet Will Grace "
           "Rose Hope Mark Frank Bill June Summer Joy Faith Dawn Charlotte Victoria Florence "
           "Sydney Austin Adelaide Georgia Jackson Morgan Alice Max Ada Walt Hugo Ralph Calvin "
           "Tommy Philip Louis Charles Edward Kate Marie Robert Carl").split(),
          ("Whitfield Okafor Brennan Caldwell Hargrove Pemberton Lindqvist Ashworth Thornton "
           "Mercer Delacroix Fairbanks Holloway Kensington Radcliffe Sutherland Winslow "
           "Abernathy Blackwood Carrington Donovan Eastwood Fitzgerald Gallagher Hawthorne "
           "Iverson Jennings Kilpatrick Langford Montgomery Northcott Osborne Prescott Quincy "
           "Rutherford Sinclair Trelawney Underhill Vaughan Wexley Yardley Moore Murphy Conway "
           "Nash Parkinson Gantt Hamming").split()),
    "de": (("Anja Jonas Lena Tobias Katrin Florian Miriam Sebastian Jana Matthias Svenja Lukas "
           "Franziska Moritz Ulrike Henrik Wiebke Jörg Birgit Ansgar Dörte Malte Kerstin Till "
           "Annika Bernd Sabine Jürgen Heike Detlef").split(),
          ("Weber Schröder Hoffmann Krüger Neumann Schwarz Zimmermann Braun Hartmann Lange "
           "Köhler Vogt Brandt Haas Sommerfeld Kühn Pfeiffer Engel Voß Lorenz Böhm Winkler "
           "Seidel Fuchs Dietrich Jäger Roth Stein Günther Blum").split()),
    "fr": (("Camille Théo Manon Hugo Léa Mathis Chloé Baptiste Océane Romain Élodie Quentin "
           "Margaux Maxime Solène Clément Inès Bastien Anaïs Gaëtan Noémie Aurélien Sylvie "
           "Hervé Véronique Thierry Laëtitia Benoît Adèle Jérôme").split(),
          ("Lefèvre Moreau Girard Rousseau Fontaine Chevalier Mercier Blanchard Garnier Faure "
           "Lemaire Dubois Perrin Masson Marchand Duval Leclerc Gauthier Barbier Renaud "
           "Brunet Roussel Picard Aubert Lacroix Caron Bertin Poulain Vasseur Delorme").split()),
    "es": (("Lucía Mateo Sofía Alejandro Valentina Diego Martina Javier Paula Sergio Carmen "
           "Álvaro Nerea Íñigo Ainhoa Rocío Andrés Mercedes Raúl Pilar Luz Paz Dolores Gonzalo "
           "Begoña Ximena Emilio Inmaculada Joaquín Lorena").split(),
          ("García López Martínez Sánchez Fernández Ruiz Jiménez Moreno Muñoz Álvarez Romero "
           "Navarro Domínguez Gil Vázquez Serrano Blanco Castro Ortega Delgado Rubio Molina "
           "Herrero Peña Iglesias Cabrera Calvo Campos Vega Fuentes").split()),
    "pt": (("João Ana Pedro Beatriz Gabriel Mariana Rafael Larissa Thiago Camila Felipe "
           "Juliana Matheus Fernanda Vinícius Letícia Gustavo Graça Caio Luana Otávio Tainá "
           "Rodrigo Bruna Leandro Priscila Wellington Daniela Renato Simone").split(),
          ("Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo "
           "Fernandes Carvalho Gomes Martins Rocha Ribeiro Barbosa Cardoso Teixeira Correia "
           "Monteiro Moura Cavalcanti Nogueira Pinheiro Medeiros Figueiredo Brandão "
           "Magalhães").split()),
    "it": (("Giulia Lorenzo Chiara Matteo Francesca Alessandro Martina Davide Federica Riccardo "
           "Elisa Simone Valeria Niccolò Ilaria Tommaso Arianna Edoardo Beatrice Gianluca "
           "Felice Serena Ludovica Pietro Caterina Filippo Benedetta Raffaele Noemi Vittorio")
          .split(),
          ("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
           "Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana "
           "Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Pareto").split()),
    "nl": (("Sanne Daan Femke Bram Lotte Jesse Anouk Thijs Eline Ruben Floor Joost Maartje "
           "Sander Ilse Wouter Marloes Niels Esmee Pieter Fenna Gijs Roos Stijn Lieke Koen "
           "Noor Tijmen Myrthe Jeroen").split(),
          ("Jansen Visser Bakker Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer "
           "Dijkstra Kok Jacobs Vermeulen Willems Schouten Hoekstra Koster Prins Huisman "
           "Verbeek Kuipers Postma Wouters Timmermans Boersma Veenstra Molenaar").split()),
    "pl": (("Agnieszka Krzysztof Magdalena Paweł Katarzyna Tomasz Małgorzata Łukasz Joanna "
           "Michał Zofia Wojciech Aleksandra Grzegorz Dorota Bartosz Justyna Przemysław Ewa "
           "Jakub").split(),
          ("Kowalska Nowak Wiśniewski Wójcik Kamińska Lewandowski Zielińska Szymański "
           "Woźniak Dąbrowski Kozłowska Jankowski Mazur Kwiatkowski Krawczyk Piotrowska "
           "Grabowski Pawłowska Michalski Zając").split()),
    "tr": (("Ayşe Mehmet Zeynep Emre Elif Burak Deniz Can Selin Oğuz Büşra Kaan İrem Umut "
           "Gökhan Ebru Serkan Özge Tolga Şule").split(),
          ("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Kılıç "
           "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat").split()),
    "sv": (("Elin Oskar Maja Viktor Ebba Axel Linnea Gustav Saga Hampus Wilma Måns Tove Ludvig "
           "Ingrid Sixten Agnes Björn Astrid Torbjörn").split(),
          ("Lindqvist Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson "
           "Svensson Gustafsson Pettersson Jonsson Lindström Lindgren Bergström Holm "
           "Sandberg Forsberg Åkesson").split()),
    "id": (("Putri Budi Siti Agus Dewi Rizky Indah Fajar Ayu Bayu Wulan Dimas Rina Hendra Sari "
           "Yoga Nanda Arif Lestari Eko").split(),
          ("Santoso Wijaya Saputra Pratama Hidayat Kusuma Nugroho Setiawan Halim Gunawan "
           "Wibowo Susanto Hartono Kurniawan Siregar Nasution Simanjuntak Lubis Harahap "
           "Tanjung").split()),
    "vi": (("Văn An|Thị Lan|Minh Tuấn|Thị Hương|Quốc Bảo|Ngọc Anh|Đức Huy|Thu Trang|Hoàng Nam|"
           "Thanh Hà|Gia Huy|Khánh Linh|Tuấn Kiệt|Bảo Ngọc|Hữu Phước").split("|"),
          ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương").split()),
    "ng": (("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Obinna Yetunde "
           "Ifeanyi Folake Kelechi Bisola Segun Amaka Babatunde Nneka Ikechukwu Temitope").split(),
          ("Okafor Adeyemi Eze Balogun Okonkwo Adebayo Nwosu Ogunleye Obi Afolabi Chukwu "
           "Oyelaran Nnamdi Bello Ibekwe Akinola Uche Olawale Onyekachi Adeleke").split()),
    "inl": (("Priya Rahul Ananya Arjun Sneha Vikram Kavya Rohan Ishita Aditya Meera Karthik "
            "Divya Siddharth Pooja Nikhil Shreya Varun Neha Harsh").split(),
           ("Sharma Iyer Reddy Nair Patel Gupta Menon Kulkarni Chatterjee Banerjee Rao Joshi "
            "Mehta Pillai Deshpande Bhatt Verma Krishnan Agarwal Sinha").split()),
    "arl": (("Omar Layla Karim Yasmin Tariq Nour Samir Rania Hassan Dalia Khaled Salma Youssef "
            "Mariam Fadi").split(),
           ("Haddad Khoury Mansour Nasser Saleh Aziz Farouk Hamdan Khalil Rahman Sabbagh "
            "Darwish Kassem Barakat Suleiman").split()),
}


def pairs(s):
    out = []
    for it in s.split():
        n, r = it.split("/")
        out.append((n, r))
    return out


NONLAT = {
    "ru": (pairs("Анна/anna Дмитрий/dmitry Екатерина/ekaterina Алексей/alexey Ольга/olga "
                 "Сергей/sergey Наталья/natalia Иван/ivan Татьяна/tatiana Михаил/mikhail "
                 "Ксения/ksenia Павел/pavel Вера/vera Надежда/nadezhda Артём/artyom "
                 "Юлия/yulia Григорий/grigory Дарья/darya"),
           pairs("Петрова/petrova Смирнов/smirnov Кузнецова/kuznetsova Попов/popov "
                 "Соколова/sokolova Лебедев/lebedev Новикова/novikova Морозов/morozov "
                 "Волкова/volkova Марков/markov Орлова/orlova Зайцев/zaitsev "
                 "Белова/belova Голубев/golubev Федорова/fedorova")),
    "uk": (pairs("Олена/olena Тарас/taras Оксана/oksana Богдан/bohdan Ірина/iryna "
                 "Андрій/andriy Галина/halyna Остап/ostap Соломія/solomiia Ярослав/yaroslav "
                 "Мар'яна/maryana Віталій/vitaliy"),
           pairs("Шевченко/shevchenko Коваленко/kovalenko Бондаренко/bondarenko "
                 "Ткаченко/tkachenko Кравчук/kravchuk Мельник/melnyk Олійник/oliynyk "
                 "Гончаренко/honcharenko Савчук/savchuk Литвиненко/lytvynenko")),
    "el": (pairs("Γιώργος/giorgos Μαρία/maria Νίκος/nikos Ελένη/eleni Κώστας/kostas "
                 "Δήμητρα/dimitra Γιάννης/giannis Κατερίνα/katerina Ελπίδα/elpida "
                 "Αλέξανδρος/alexandros Σοφία/sofia Παναγιώτης/panagiotis"),
           pairs("Παπαδόπουλος/papadopoulos Γεωργίου/georgiou Οικονόμου/oikonomou "
                 "Νικολάου/nikolaou Καραγιάννη/karagianni Αντωνίου/antoniou "
                 "Βλάχου/vlachou Δημητρίου/dimitriou Μακρή/makri Ζαφειρίου/zafeiriou")),
    "ar": (pairs("محمد/mohamed أحمد/ahmed فاطمة/fatima ليلى/layla عمر/omar نور/nour "
                 "يوسف/youssef مريم/mariam خالد/khaled سلمى/salma أمل/amal طارق/tarek "
                 "رنا/rana كريم/karim"),
           pairs("العلي/alali الحسن/alhassan منصور/mansour الخطيب/alkhatib حداد/haddad "
                 "الشمري/alshammari الزهراني/alzahrani يوسف/youssef القحطاني/alqahtani "
                 "النجار/alnajjar الأحمد/alahmad عبدالله/abdullah")),
    "he": (pairs("נועה/noa יונתן/yonatan מאיה/maya איתי/itai שירה/shira עומר/omer "
                 "תמר/tamar אורי/uri הילה/hila דניאל/daniel רוני/roni אביגיל/avigail"),
           pairs("לוי/levi כהן/cohen מזרחי/mizrahi פרץ/peretz ביטון/biton אברהם/avraham "
                 "פרידמן/friedman שפירא/shapira גולן/golan אזולאי/azoulay")),
    "hi": (pairs("प्रिया/priya राहुल/rahul अनन्या/ananya अर्जुन/arjun स्नेहा/sneha "
                 "विक्रम/vikram आशा/asha रोहन/rohan कविता/kavita आदित्य/aditya "
                 "मीरा/meera संजय/sanjay"),
           pairs("शर्मा/sharma वर्मा/verma गुप्ता/gupta सिंह/singh मिश्रा/mishra "
                 "त्रिपाठी/tripathi यादव/yadav श्रीवास्तव/srivastava पांडे/pandey "
                 "चौहान/chauhan")),
    "bn": (pairs("রাহুল/rahul অনন্যা/ananya সৌমিত্র/soumitra তানিয়া/tania অর্ণব/arnab "
                 "প্রিয়াঙ্কা/priyanka দেবাশিস/debashis মৌমিতা/moumita ফারহানা/farhana "
                 "তানভীর/tanvir"),
           pairs("চট্টোপাধ্যায়/chattopadhyay বন্দ্যোপাধ্যায়/bandyopadhyay সেন/sen "
                 "দাস/das রায়/roy ঘোষ/ghosh হোসেন/hossain রহমান/rahman বসু/basu "
                 "মুখার্জি/mukherjee")),
    "ta": (pairs("பிரியா/priya கார்த்திக்/karthik அருண்/arun லக்ஷ்மி/lakshmi "
                 "செந்தில்/senthil மீனா/meena விஜய்/vijay கவிதா/kavitha சுரேஷ்/suresh "
                 "தீபா/deepa"),
           pairs("ராமசாமி/ramasamy சுப்பிரமணியன்/subramanian கிருஷ்ணன்/krishnan "
                 "வேலு/velu முருகன்/murugan சந்திரன்/chandran ராஜா/raja "
                 "நடராஜன்/natarajan")),
    "th": (pairs("สมชาย/somchai สุภาพร/supaporn ธนากร/thanakorn วิไลวรรณ/wilaiwan "
                 "ณัฐพล/nattapon พิมพ์ชนก/pimchanok กิตติ/kitti อรุณี/arunee "
                 "ปกรณ์/pakorn ศิริพร/siriporn"),
           pairs("ใจดี/jaidee ศรีสุข/srisuk วงศ์สวัสดิ์/wongsawat แสงทอง/saengthong "
                 "บุญมา/boonma ทองคำ/thongkham รัตนพันธ์/rattanapan สุขสวัสดิ์/suksawat")),
    "ko": (pairs("민준/minjun 서연/seoyeon 도윤/doyun 지우/jiwoo 하준/hajun 수아/sua "
                 "예준/yejun 지민/jimin 현우/hyunwoo 은지/eunji 상/sang"),
           pairs("김/kim 이/lee 박/park 최/choi 정/jung 강/kang 조/cho 윤/yoon 장/jang "
                 "임/lim")),
    "ja": (pairs("健/ken 陽子/yoko 翔太/shota 美咲/misaki 大輔/daisuke 由美/yumi "
                 "拓也/takuya 香織/kaori 直樹/naoki 彩/aya 悠斗/yuto 真理子/mariko"),
           pairs("佐藤/sato 鈴木/suzuki 高橋/takahashi 田中/tanaka 渡辺/watanabe "
                 "伊藤/ito 山本/yamamoto 中村/nakamura 小林/kobayashi 加藤/kato "
                 "吉田/yoshida 松本/matsumoto")),
    "zh": (pairs("伟/wei 芳/fang 娜/na 敏/min 静/jing 磊/lei 洋/yang 艳/yan 俊杰/junjie "
                 "晓燕/xiaoyan 志强/zhiqiang 丽娟/lijuan 浩然/haoran 雨涵/yuhan 子轩/zixuan "
                 "梓萱/zixuan 明/ming 峰/feng 扬/yang"),
           pairs("王/wang 李/li 张/zhang 刘/liu 陈/chen 杨/yang 赵/zhao 黄/huang 周/zhou "
                 "吴/wu 徐/xu 孙/sun 高/gao 方/fang")),
}
NOSPACE = {"ko", "ja", "zh"}

# members whose full names are also firms, eponyms, places or words
SPECIAL = [
    ("Morgan Stanley", "morganstanley_", "en"), ("Hugo Boss", "hugoboss88", "en"),
    ("Ralph Lauren", "ralphlauren_pm", "en"), ("Calvin Klein", "calvinklein_dev", "en"),
    ("Tommy Hilfiger", "tommyhilfiger7", "en"), ("Philip Morris", "philipmorris_qa", "en"),
    ("Walt Disney", "waltdisney_ux", "en"), ("Louis Vuitton", "louisvuitton22", "en"),
    ("Charles Schwab", "cschwab_cpa", "en"), ("Edward Jones", "edwardjones_fa", "en"),
    ("Kate Spade", "katespade_design", "en"), ("Grace Hopper", "gracehopper_sre", "en"),
    ("Ada Lovelace", "adalovelace_ml", "en"), ("Max Planck", "maxplanck_phd", "de"),
    ("Marie Curie", "mariecurie_lab", "fr"), ("Robert Bosch", "robertbosch_eng", "de"),
    ("Carl Zeiss", "carlzeiss_optik", "de"), ("Alice Springs", "alicesprings_au", "en"),
    ("Will Price", "willprice_ops", "en"),
    ("高峰", "gaofeng_sh", "zh"), ("高明", "gaoming_bj", "zh"), ("张扬", "zhangyang_gz", "zh"),
    ("方圆", "fangyuan_sz", "zh"), ("이상", "leesang_writer", "ko"),
]

COMPANY_NEG = ["Morgan Stanley", "Hugo Boss", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger",
               "Philip Morris", "Walt Disney", "Louis Vuitton", "Charles Schwab",
               "Edward Jones", "Kate Spade", "Robert Bosch", "Carl Zeiss", "Goldman Sachs",
               "Wells Fargo", "Johnson & Johnson", "Ernst & Young", "Marks & Spencer"]
COMPANY_CTX = {
    "Hugo Boss": ["picked up a {C} suit for the interview", "{C} reported stronger Q3 sales"],
    "Ralph Lauren": ["the {C} outlet near the airport", "{C} is hiring merchandisers"],
    "Calvin Klein": ["{C} just opened a flagship store", "wearing {C} jeans to the offsite"],
    "Tommy Hilfiger": ["{C} launched an adaptive clothing line",
                       "the {C} store on the high street"],
    "Philip Morris": ["shares of {C} International fell 2%", "{C} is pivoting to heated tobacco"],
    "Walt Disney": ["the {C} Company cut its streaming losses", "interned at {C} World"],
    "Louis Vuitton": ["a {C} handbag as a retirement gift", "{C} posted record revenue"],
    "Charles Schwab": ["moved my 401(k) to {C}", "{C} raised its savings rate"],
    "Edward Jones": ["a financial advisor at {C} branch 4471", "{C} ranked top employer"],
    "Kate Spade": ["the {C} New York outlet", "{C} collaborates with a charity"],
    "Robert Bosch": ["{C} GmbH opened a chip fab in Dresden", "internship at {C} GmbH"],
    "Carl Zeiss": ["{C} Meditec AG raised guidance", "lenses from {C} Jena"],
    "Morgan Stanley": ["{C} analysts upgraded the stock", "joined {C} as a summer analyst"],
}
EPONYM_NEG = [("Grace Hopper", "the {C} Celebration in Orlando"), ("Grace Hopper", "{C} Celebration 2025 tickets"),
              ("Ada Lovelace", "{C} Day events at the library"), ("Max Planck", "the {C} Institute for Informatics"),
              ("Max Planck", "a postdoc at a {C} Institute"), ("Marie Curie", "a {C} fellowship (MSCA)"),
              ("Dijkstra", "{C}'s algorithm"), ("Moore", "{C}'s law"), ("Murphy", "{C}'s law"),
              ("Conway", "{C}'s law"), ("Gantt", "a {C} chart"), ("Hamming", "the {C} distance"),
              ("Nash", "a {C} equilibrium"), ("Parkinson", "{C}'s disease research"),
              ("Pareto", "the {C} principle"), ("Bayes", "{C}' theorem"), ("Kalman", "a {C} filter"),
              ("Markov", "a {C} chain")]

# ----------------------------------------------------------------------------- helpers


def strip_marks(s):
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch.lower())
        d = "".join(c for c in d if not unicodedata.combining(c))
        out.append(d if len(d) == 1 else ch.lower())
    return "".join(out)


def asciify(s):
    s = strip_marks(s)
    for a, b in (("đ", "d"), ("ł", "l"), ("ø", "o"), ("ß", "ss"), ("ı", "i"), ("æ", "ae"), ("'", "")):
        s = s.replace(a, b)
    return s


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


IBAN_FMT = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4b10n", "GB": "4b14n",
            "BE": "12n", "AT": "16n", "CH": "17n", "PL": "24n", "PT": "21n", "SE": "20n",
            "TR": "22n", "SA": "20n", "AE": "19n", "IL": "19n", "GR": "23n", "NO": "11n",
            "DK": "14n", "FI": "14n", "IE": "4b14n", "BR": "23n1a1a"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "SE": 24, "TR": 26, "SA": 24, "AE": 23, "IL": 23,
            "GR": 27, "NO": 15, "DK": 18, "FI": 18, "IE": 22, "BR": 29}
BANKS = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"],
         "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"]}


def iban_mod(s):
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97


def make_iban(cc, r, bad=False):
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nab])", IBAN_FMT[cc]):
        cnt = int(cnt)
        if kind == "n":
            bban += "".join(str(r.randint(0, 9)) for _ in range(cnt))
        elif kind == "b":
            bban += r.choice(BANKS[cc])
        else:
            bban += "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(cnt))
    chk = 98 - iban_mod(cc + "00" + bban)
    iban = "%s%02d%s" % (cc, chk, bban)
    if bad:
        while True:
            c2 = r.randint(2, 98)
            if c2 != chk:
                break
        iban = "%s%02d%s" % (cc, c2, bban)
    return iban


def iban_valid(s):
    s = s.replace(" ", "")
    cc = s[:2]
    return cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and iban_mod(s) == 1


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def ip4_global(s):
    try:
        a = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and not a.is_reserved


def ip6_global(s):
    try:
        a = ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


# ----------------------------------------------------------------------------- the world


class World:
    def __init__(self, r, nmembers):
        self.r = r
        self.members = []          # (user, name, handle, culture, first, roman_first, roman_last)
        self.by_culture = {}
        handles = set()
        names_seen = {}

        def add(name, handle, cult, first, rf, rl):
            base = handle
            k = 1
            while handle in handles:
                k += 1
                handle = "%s%d" % (base, k)
            handles.add(handle)
            uid = "u%d" % (len(self.members) + 1)
            m = (uid, name, handle, cult, first, rf, rl)
            self.members.append(m)
            return m

        for name, h, cult in SPECIAL:
            if cult in NOSPACE:
                add(name, h, cult, name[1:], h.split("_")[0], "")
            else:
                f = name.split()[0]
                add(name, h, cult, f, strip_marks(f), strip_marks(name.split()[-1]))
        cults = list(LAT) + list(NONLAT)
        weights = {c: 3 for c in cults}
        weights.update(en=8, de=5, fr=4, es=5, pt=4, inl=4, zh=4, ja=3, ko=3, ar=3, ru=3)
        wl = [weights[c] for c in cults]
        self.special = list(self.members)
        special_names = {m[1] for m in self.members}
        while len(self.members) < nmembers:
            cult = r.choices(cults, wl)[0]
            if cult in LAT:
                fs, ls = LAT[cult]
                f = r.choice(fs)
                if cult == "es" and r.random() < 0.6:
                    last = r.choice(ls) + " " + r.choice(ls)
                elif cult == "vi":
                    last = None
                else:
                    last = r.choice(ls)
                if cult == "vi":
                    ln = r.choice(ls)
                    name = ln + " " + f
                    rf, rl = strip_marks(f.split()[-1]), strip_marks(ln)
                else:
                    name = f + " " + last
                    rf, rl = strip_marks(f), strip_marks(last.split()[0])
                first = f if cult != "vi" else f.split()[-1]
            else:
                fs, ls = NONLAT[cult]
                f, rf = r.choice(fs)
                l_, rl = r.choice(ls)
                if cult in NOSPACE:
                    if cult == "ko" and len(f) < 2:
                        f, rf = fs[r.randrange(len(fs) - 1)]
                    name = l_ + f
                else:
                    name = f + " " + l_
                first = f
            if name in special_names:
                continue
            rf2 = re.sub(r"[^a-z0-9]", "", asciify(rf))
            rl2 = re.sub(r"[^a-z0-9]", "", asciify(rl))
            style = r.random()
            if style < 0.35:
                h = rf2 + rl2
            elif style < 0.55:
                h = rf2 + "_" + rl2
            elif style < 0.7:
                h = rf2[:1] + rl2
            elif style < 0.85:
                h = rf2 + rl2 + str(r.randint(1, 99))
            else:
                h = rl2 + "_" + rf2[:3]
            h = h[:24]
            if len(h) < 6:
                h += str(r.randint(10, 999))
            add(name, h, cult, first, rf2, rl2)
            names_seen[name] = names_seen.get(name, 0) + 1
        for m in self.members:
            self.by_culture.setdefault(m[3], []).append(m)
        self.handles = handles

    def member(self, cult=None):
        r = self.r
        pool = self.by_culture.get(cult) if cult else None
        if not pool or r.random() < 0.15:
            pool = self.by_culture[r.choice(list(self.by_culture))]
        m = r.choice(pool)
        # special members only appear as PERSON through explicit choice
        if m in self.special and m[3] not in NOSPACE:
            return self.member(cult)
        return m


# ----------------------------------------------------------------------------- generators
PERS_DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr"],
                "ru": ["mail.ru", "yandex.ru", "gmail.com"], "uk": ["ukr.net", "gmail.com"],
                "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
                "zh": ["qq.com", "163.com", "126.com", "foxmail.com"],
                "ko": ["naver.com", "daum.net", "gmail.com"], "pt": ["uol.com.br", "bol.com.br", "gmail.com"],
                "inl": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "hi": ["gmail.com", "yahoo.co.in"],
                "it": ["libero.it", "gmail.com", "virgilio.it"], "es": ["gmail.com", "hotmail.es", "telefonica.net"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
                "tr": ["gmail.com", "hotmail.com.tr"], "sv": ["telia.com", "gmail.com"],
                "el": ["otenet.gr", "gmail.com"], "he": ["walla.co.il", "gmail.com"]}
GEN_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "yahoo.com",
               "fastmail.com", "zoho.com"]
CO_DOMAINS = ["acme.io", "northwind-labs.com", "kestrel-analytics.de", "zeltron.fr", "blueharbor.co.uk",
              "quantaforge.ai", "lumenbyte.in", "vela-systems.es", "orbisdata.com.br", "tidewater.nl",
              "sakura-soft.co.jp", "zhiyuan-tech.cn", "hanbit-lab.co.kr", "stellarpay.ng",
              "polarnet.se", "anatolia-yazilim.com.tr", "mizrah-ai.co.il", "nilecloud.ae"]
ROLES = ["jobs", "careers", "hr", "recruiting", "talent", "press", "support", "hello", "info",
         "recrutement", "bewerbung", "empleo", "vagas"]
COMPANIES = ["Northwind Labs", "Kestrel Analytics", "Zeltron", "Blue Harbor", "QuantaForge",
             "LumenByte", "Vela Systems", "Orbis Data", "Tidewater", "Polarnet", "Stellarpay",
             "Acme Robotics", "Hanbit Lab", "Nilecloud", "Brightmoss", "Ferrovia Digital"]
NONMEMBER_HANDLES = ["@NorthwindHQ", "@KestrelAI", "@AcmeRobotics", "@PolarnetSE", "@nilecloud_ae",
                     "@QuantaForgeAI", "@LumenByteIN", "@OrbisDataBR", "@VelaSystems", "@BrightmossHQ"]
CODE_AT = ["@Override", "@Deprecated", "@pytest.fixture", "@SpringBootApplication", "@Test",
           "@dataclass", "@Transactional", "@NonNull"]


def obf_email(local, dom, r):
    host, _, tld = dom.partition(".")
    style = r.randrange(8)
    if style == 0:
        return "%s [at] %s [dot] %s" % (local, host, tld.replace(".", " [dot] "))
    if style == 1:
        return "%s(at)%s" % (local, dom)
    if style == 2:
        return "%s (at) %s (punkt) %s" % (local, host, tld.replace(".", " (punkt) "))
    if style == 3:
        return "%s [arobase] %s [point] %s" % (local, host, tld.replace(".", " [point] "))
    if style == 4:
        return "%s (arroba) %s (punto) %s" % (local, host, tld.replace(".", " (punto) "))
    if style == 5:
        return "%s {at} %s {dot} %s" % (local, host, tld.replace(".", " {dot} "))
    if style == 6:
        return "%s at %s dot %s" % (local, host, tld.replace(".", " dot "))
    return "%s[at]%s" % (local, dom)


def member_local(m, r):
    rf, rl = m[5] or "x", m[6] or ""
    s = r.randrange(6)
    if s == 0 and rl:
        return rf + "." + rl
    if s == 1 and rl:
        return rf[0] + rl
    if s == 2 and rl:
        return rf + "_" + rl + str(r.randint(1, 99))
    if s == 3 and rl:
        return rl + "." + rf
    if s == 4:
        return rf + str(r.randint(1970, 2004))
    return m[2].replace("_", ".").strip(".")


def gen_email(ctx, obf_ok=True):
    r = ctx.r
    m = ctx.w.member(ctx.cult)
    x = r.random()
    if x < 0.2:
        local, dom = r.choice(ROLES), r.choice(CO_DOMAINS)
    elif x < 0.45:
        local, dom = member_local(m, r), r.choice(CO_DOMAINS)
    else:
        local, dom = member_local(m, r), r.choice(PERS_DOMAINS.get(m[3], GEN_DOMAINS) + GEN_DOMAINS[:2])
    if r.random() < 0.04:
        local = local.capitalize()
    if obf_ok and r.random() < 0.12:
        return obf_email(local, dom, r)
    return local + "@" + dom


def ndig(r, n, first="0123456789"):
    return r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def ph_nanp(r, ca=False):
    area = r.choice([416, 604, 514, 403, 613, 647, 780, 902] if ca else
                    [212, 213, 312, 415, 512, 617, 646, 702, 713, 206, 303, 404, 305, 917, 718, 801, 919, 972])
    while True:
        ex = r.randint(201, 998)
        if ex != 555 and ex % 100 != 11:
            break
    ln = r.randint(0, 9999)
    f = r.randrange(9)
    return ["(%d) %d-%04d", "%d-%d-%04d", "%d.%d.%04d", "+1 %d %d %04d", "+1-%d-%d-%04d",
            "+1 (%d) %d-%04d", "1-%d-%d-%04d", "+1.%d.%d.%04d", "%d %d %04d"][f] % (area, ex, ln)


def ph_uk(r):
    f = r.randrange(7)
    mob = "7" + r.choice("1234589") + ndig(r, 2)
    six = ndig(r, 6, "123456789")
    if f == 0:
        return "0%s %s" % (mob, six)
    if f == 1:
        return "+44 %s %s" % (mob, six)
    ld = r.choice("378") + ndig(r, 3)
    if f == 2:
        return "020 %s %s" % (ld, ndig(r, 4))
    if f == 3:
        return "+44 20 %s %s" % (ld, ndig(r, 4))
    if f == 4:
        return "+44 (0)20 %s %s" % (ld, ndig(r, 4))
    mid = ndig(r, 3, "2345678")
    if mid == "496":
        mid = "832"
    if f == 5:
        return "0%s %s %s" % (r.choice(["161", "121", "131", "113"]), mid, ndig(r, 4))
    return "+44 (0)%s %s %s" % (r.choice(["161", "121", "131"]), mid, ndig(r, 4))


def ph_de(r):
    f = r.randrange(8)
    mob = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "157"])
    city = r.choice(["30", "89", "40", "69", "221", "711", "211"])
    sub = ndig(r, 11 - len(city), "23456789")
    if f == 0:
        return "0%s %s" % (mob, ndig(r, 8))
    if f == 1:
        return "+49 %s %s" % (mob, ndig(r, 8))
    if f == 2:
        return "0%s/%s" % (city, sub)
    if f == 3:
        return "+49 (0)%s %s %s" % (city, sub[:4], sub[4:])
    if f == 4:
        return "0%s-%s" % (mob, ndig(r, 7))
    if f == 5:
        return "+49 %s %s" % (city, sub)
    if f == 6:
        return "+49-%s-%s" % (city, sub)
    return "0%s %s %s" % (city, sub[:3], sub[3:])


def ph_fr(r):
    d = [ndig(r, 2) for _ in range(4)]
    lead = r.choice("1234567")
    f = r.randrange(6)
    if f == 0:
        return "0%s %s %s %s %s" % (lead, *d)
    if f == 1:
        return "0%s.%s.%s.%s.%s" % (lead, *d)
    if f == 2:
        return "+33 %s %s %s %s %s" % (lead, *d)
    if f == 3:
        return "+33 (0)%s %s %s %s %s" % (lead, *d)
    if f == 4:
        return "0%s-%s-%s-%s-%s" % (lead, *d)
    return "+33%s%s%s%s%s" % (lead, *d)


def ph_in(r):
    mob = ndig(r, 10, "6789")
    f = r.randrange(6)
    if f == 0:
        return "+91 %s %s" % (mob[:5], mob[5:])
    if f == 1:
        return "+91-%s" % mob
    if f == 2:
        return "0%s %s" % (mob[:5], mob[5:])
    if f == 3:
        return "%s %s" % (mob[:5], mob[5:])
    if f == 4:
        return "+91 22 %s %s" % (ndig(r, 4, "2345678"), ndig(r, 4))
    return "011-%s%s" % (ndig(r, 4, "2345"), ndig(r, 4))


def ph_br(r):
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
    f = r.randrange(5)
    if f == 0:
        return "+55 %s 9%s-%s" % (ddd, ndig(r, 4, "6789"), ndig(r, 4))
    if f == 1:
        return "(%s) 9%s-%s" % (ddd, ndig(r, 4, "6789"), ndig(r, 4))
    if f == 2:
        return "(%s) %s-%s" % (ddd, ndig(r, 4, "2345"), ndig(r, 4))
    if f == 3:
        return "+55 (%s) %s-%s" % (ddd, ndig(r, 4, "2345"), ndig(r, 4))
    return "+55 %s 9%s %s" % (ddd, ndig(r, 4, "6789"), ndig(r, 4))


def ph_jp(r):
    f = r.randrange(6)
    if f == 0:
        return "03-%s-%s" % (ndig(r, 4, "3456"), ndig(r, 4))
    if f == 1:
        return "0%s0-%s-%s" % (r.choice("789"), ndig(r, 4, "123456789"), ndig(r, 4))
    if f == 2:
        return "+81 3-%s-%s" % (ndig(r, 4, "3456"), ndig(r, 4))
    if f == 3:
        return "+81 %s0 %s %s" % (r.choice("789"), ndig(r, 4, "123456789"), ndig(r, 4))
    if f == 4:
        return "06-6%s-%s" % (ndig(r, 3), ndig(r, 4))
    return "+81-90-%s-%s" % (ndig(r, 4, "123456789"), ndig(r, 4))


def ph_au(r):
    f = r.randrange(5)
    mob = "4" + r.choice("0123456789") + ndig(r, 1, "0123456789")
    if mob == "491":
        mob = "412"
    if f == 0:
        return "0%s %s %s" % (mob, ndig(r, 3), ndig(r, 3))
    if f == 1:
        return "+61 %s %s %s" % (mob, ndig(r, 3), ndig(r, 3))
    if f == 2:
        return "(02) %s %s" % (ndig(r, 4, "89"), ndig(r, 4))
    if f == 3:
        return "+61 2 %s %s" % (ndig(r, 4, "89"), ndig(r, 4))
    return "(03) 9%s %s" % (ndig(r, 3), ndig(r, 4))


def ph_cn(r):
    mob = "1" + r.choice(["38", "39", "36", "58", "86", "88", "35", "50"]) + ndig(r, 8)
    f = r.randrange(6)
    if f == 0:
        return "%s %s %s" % (mob[:3], mob[3:7], mob[7:])
    if f == 1:
        return "+86 %s %s %s" % (mob[:3], mob[3:7], mob[7:])
    if f == 2:
        return "+86 %s-%s-%s" % (mob[:3], mob[3:7], mob[7:])
    if f == 3:
        return "010-%s" % ndig(r, 8, "568")
    if f == 4:
        return "+86 21 %s %s" % (ndig(r, 4, "56"), ndig(r, 4))
    return "+86%s" % mob


def ph_es(r):
    f = r.randrange(4)
    if f == 0:
        return "6%s %s %s %s" % (ndig(r, 2), ndig(r, 2), ndig(r, 2), ndig(r, 2))
    if f == 1:
        return "+34 6%s %s %s" % (ndig(r, 2), ndig(r, 3), ndig(r, 3))
    if f == 2:
        return "91 %s %s %s" % (ndig(r, 3, "2345"), ndig(r, 2), ndig(r, 2))
    return "+34 93 %s %s %s" % (ndig(r, 3, "2345"), ndig(r, 2), ndig(r, 2))


def ph_it(r):
    f = r.randrange(5)
    if f == 0:
        return "+39 3%s %s %s" % (ndig(r, 2, "2345"), ndig(r, 3), ndig(r, 4))
    if f == 1:
        return "3%s %s" % (ndig(r, 2, "2345"), ndig(r, 7))
    if f == 2:
        return "06 %s %s" % (ndig(r, 4, "2345"), ndig(r, 4))
    if f == 3:
        return "+39 02 %s %s" % (ndig(r, 4, "2345"), ndig(r, 4))
    return "3%s-%s-%s" % (ndig(r, 2, "2345"), ndig(r, 3), ndig(r, 4))


def ph_nl(r):
    f = r.randrange(5)
    if f == 0:
        return "06-%s" % ndig(r, 8, "12345")
    if f == 1:
        return "+31 6 %s" % ndig(r, 8, "12345")
    if f == 2:
        return "020-%s %s" % (ndig(r, 3, "3456"), ndig(r, 4))
    if f == 3:
        return "+31 (0)20 %s %s" % (ndig(r, 3, "3456"), ndig(r, 4))
    return "+31 10 %s %s" % (ndig(r, 3, "2345"), ndig(r, 4))


def ph_ng(r):
    pre = r.choice(["803", "805", "806", "807", "813", "816", "703", "706", "810", "902"])
    f = r.randrange(5)
    if f == 0:
        return "0%s %s %s" % (pre, ndig(r, 3), ndig(r, 4))
    if f == 1:
        return "+234 %s %s %s" % (pre, ndig(r, 3), ndig(r, 4))
    if f == 2:
        return "+234 (0)%s %s %s" % (pre, ndig(r, 3), ndig(r, 4))
    if f == 3:
        return "0%s-%s-%s" % (pre, ndig(r, 3), ndig(r, 4))
    return "+234%s%s" % (pre, ndig(r, 7))


def ph_e164(r):
    cc, n = r.choice([("7", "9" + ndig(r, 9)), ("90", "5" + ndig(r, 9, "0345")),
                      ("46", "7" + ndig(r, 8, "0236")), ("30", "69" + ndig(r, 8)),
                      ("971", "5" + ndig(r, 8, "0245")), ("972", "5" + ndig(r, 8, "0234")),
                      ("880", "1" + ndig(r, 9, "3456789")), ("66", "8" + ndig(r, 8, "1")),
                      ("82", "10" + ndig(r, 8, "2345")), ("62", "81" + ndig(r, 9)),
                      ("84", "9" + ndig(r, 8)), ("48", "5" + ndig(r, 8, "0137")),
                      ("380", "67" + ndig(r, 7)), ("966", "5" + ndig(r, 8)),
                      ("49", "1" + ndig(r, 10, "57")), ("44", "7" + ndig(r, 9, "4589")),
                      ("1", ndig(r, 3, "2345789") + ndig(r, 7, "2346789"))])
    return "+" + cc + n


PHONE_BY_LANG = {"en": [ph_nanp, ph_uk, ph_au, ph_ng, ph_in, lambda r: ph_nanp(r, True)],
                 "de": [ph_de], "fr": [ph_fr], "es": [ph_es], "pt": [ph_br], "it": [ph_it],
                 "nl": [ph_nl], "hi": [ph_in], "bn": [ph_in, ph_e164], "ta": [ph_in],
                 "ja": [ph_jp], "zh": [ph_cn]}


def gen_phone(ctx):
    r = ctx.r
    fs = PHONE_BY_LANG.get(ctx.lang, [ph_e164])
    if r.random() < 0.12:
        fs = [ph_e164, ph_de, ph_uk, ph_nanp, ph_fr, ph_in, ph_br, ph_jp, ph_au, ph_cn, ph_es, ph_it, ph_nl, ph_ng]
    p = r.choice(fs)(r)
    if " " in p and r.random() < 0.12:
        p = p.replace(" ", NBSP)
    return p


def gen_ip4(r):
    while True:
        a = r.choice([3, 5, 8, 13, 18, 23, 31, 34, 37, 45, 46, 51, 52, 62, 66, 77, 78, 81, 85, 89, 91, 94,
                      103, 104, 109, 116, 121, 128, 138, 141, 144, 151, 157, 161, 176, 178, 185, 188,
                      193, 195, 202, 210, 212, 213, 217, 220])
        s = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if ip4_global(s):
            return s


def gen_ip4_neg(r):
    k = r.randrange(5)
    if k == 0:
        s = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                      "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                      "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
        return s, "ipv4_private"
    if k == 1:
        return r.choice(["127.0.0.1", "127.0.1.1", "127.0.0.53"]), "ipv4_loopback"
    if k == 2:
        return "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254)), "ipv4_linklocal"
    if k == 3:
        return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254), "ipv4_documentation"
    return r.choice(["100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                     "0.0.0.0", "240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "255.255.255.255"]), "ipv4_reserved"


def gen_ip6(r):
    while True:
        pre = r.choice(["2a00:1450", "2a02:%x" % r.randint(0x100, 0xfff), "2001:4860", "2600:1f18",
                        "2606:4700", "2a01:4f8", "2400:cb00", "2c0f:f8f0", "2a03:2880", "2604:a880",
                        "2403:%x" % r.randint(0x1000, 0xffff), "2804:%x" % r.randint(0x100, 0xfff)])
        groups = pre.split(":")
        while len(groups) < 8:
            x = r.random()
            groups.append("0" if x < 0.35 else "%x" % r.randint(1, 0xffff))
        a = ipaddress.IPv6Address(":".join(groups))
        if not ip6_global(str(a)):
            continue
        f = r.random()
        if f < 0.65:
            return a.compressed
        if f < 0.85:
            return a.exploded
        return ":".join(g.lstrip("0") or "0" for g in a.exploded.split(":"))


def gen_ip6_neg(r):
    return r.choice(["2001:db8::%x" % r.randint(1, 0xffff), "2001:db8:85a3::8a2e:370:%x" % r.randint(1, 0xffff),
                     "fe80::%x:%x:%x:%x" % tuple(r.randint(1, 0xffff) for _ in range(4)), "::1",
                     "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff),
                                            r.randint(1, 0xff)),
                     "fe80::1%eth0".split("%")[0], "2001:0db8:0000:0000:0000:ff00:0042:%04x" % r.randint(1, 0xffff)])


def gen_card(r, bad=False):
    k = r.randrange(4)
    if k == 0:
        n, grp = luhn_complete("4", 16, r), (4, 4, 4, 4)
    elif k == 1:
        p = str(r.randint(51, 55)) if r.random() < 0.6 else str(r.randint(2221, 2720))
        n, grp = luhn_complete(p, 16, r), (4, 4, 4, 4)
    elif k == 2:
        n, grp = luhn_complete(r.choice(["34", "37"]), 15, r), (4, 6, 5)
    else:
        n, grp = luhn_complete(r.choice(["6011", "65", str(r.randint(644, 649))]), 16, r), (4, 4, 4, 4)
    if bad:
        n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    sep = r.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in grp:
        out.append(n[i:i + g])
        i += g
    return sep.join(out)


def gen_ssn(r, bad=False):
    if not bad:
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
    else:
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 667
        k = r.randrange(5)
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
    sep = "-" if r.random() < 0.75 else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def gen_iban(r, lang, bad=False):
    pref = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL",
            "tr": "TR", "sv": "SE", "el": "GR", "ar": "SA", "he": "IL"}.get(lang)
    cc = pref if pref and r.random() < 0.7 else r.choice(list(IBAN_FMT))
    if lang == "pt" and r.random() < 0.5:
        cc = "BR"
    s = make_iban(cc, r, bad)
    if r.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def gen_url(ctx):
    r = ctx.r
    m = ctx.w.member(ctx.cult)
    h = m[2]
    k = r.randrange(11)
    if k <= 1:
        u = "linkedin.com/in/" + h + r.choice(["", "", "/", "-%x" % r.randint(0x1000, 0xffffff)])
    elif k == 2:
        u = "github.com/" + h
    elif k == 3:
        u = r.choice(["x.com/", "x.com/", "twitter.com/"]) + h
    elif k == 4:
        u = "medium.com/@" + h
    elif k == 5:
        u = "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
    elif k == 6:
        u = r.choice([h.replace("_", "") + ".substack.com", "substack.com/@" + h])
    elif k == 7:
        u = "calendly.com/" + h.replace("_", "-") + r.choice(["", "/30min", "/intro-call", "/15min"])
    else:
        u = "askfirst.example/u/" + h
    x = r.random()
    if x < 0.45:
        u = "https://" + ("www." if u.startswith(("linkedin", "medium")) and r.random() < 0.5 else "") + u
    elif x < 0.55:
        u = "http://" + u
    elif x < 0.7 and u.startswith("linkedin"):
        u = "www." + u
    return u


def neg_url(ctx):
    r = ctx.r
    k = r.randrange(6)
    co = r.choice(["northwind-labs", "kestrel-analytics", "acme-robotics", "polarnet", "orbis-data"])
    sch = r.choice(["https://", "https://", ""])
    if k == 0:
        return sch + r.choice(["linkedin.com/company/%s" % co, "www.linkedin.com/company/%s/" % co,
                               "%s.com/about" % co.replace("-", "")]), "url_company"
    if k == 1:
        return sch + r.choice(["%s.com/careers" % co.replace("-", ""),
                               "jobs.lever.co/%s/%x" % (co, r.randint(0x10000000, 0xffffffff)),
                               "boards.greenhouse.io/%s/jobs/%d" % (co, r.randint(4000000, 7999999)),
                               "linkedin.com/jobs/view/%d" % r.randint(3000000000, 3999999999)]), "url_careers"
    if k == 2:
        return sch + r.choice(["docs.python.org/3/library/ipaddress.html", "kubernetes.io/docs/concepts/services-networking/",
                               "developer.mozilla.org/en-US/docs/Web/HTTP/Status/502",
                               "learn.microsoft.com/en-us/azure/virtual-network/",
                               "nginx.org/en/docs/http/ngx_http_proxy_module.html",
                               "postgresql.org/docs/16/runtime-config-connection.html"]), "url_docs"
    if k == 3:
        return sch + r.choice(["arxiv.org/abs/%d.%05d" % (r.randint(2101, 2412), r.randint(1, 29999)),
                               "doi.org/10.1145/%d.%d" % (r.randint(3500000, 3699999), r.randint(3500000, 3699999)),
                               "aclanthology.org/2024.acl-long.%d" % r.randint(1, 800)]), "url_paper"
    if k == 4:
        return sch + r.choice(["eventbrite.com/e/ai-summit-tickets-%d" % r.randint(700000000000, 999999999999),
                               "lu.ma/%s-meetup" % co, "meetup.com/berlin-rust/events/%d/" % r.randint(290000000, 309999999),
                               "ti.to/%s/devday-2025" % co]), "url_event"
    return sch + r.choice(["forms.gle/%s" % "".join(r.choice("ABCDEFGHJKabcdefghjk23456789") for _ in range(10)),
                           "docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % "".join(r.choice("abcdefXYZ0123") for _ in range(12)),
                           "tally.so/r/%s" % "".join(r.choice("abcdwxyz234") for _ in range(6)),
                           "typeform.com/to/%s" % "".join(r.choice("AbCdEf123") for _ in range(8))]), "url_form"


def neg_exdom(ctx):
    r = ctx.r
    k = r.randrange(6)
    if k == 0:
        return r.choice(["jane.doe", "user", "test", "noreply", "your.name", "max.mustermann"]) + "@" + \
            r.choice(["example.com", "example.org", "example.net"])
    if k == 1:
        return "https://" + r.choice(["example.com/signup", "www.example.org/webinar", "demo.example/app",
                                      "api.example.net/v2/users"])
    if k == 2:
        return r.choice(["admin@corp.test", "alice@mail.test", "dev@staging.invalid", "ops@acme.example"])
    if k == 3:
        return "linkedin.example/in/" + r.choice(["someone", "firstname-lastname", "your-handle"])
    if k == 4:
        return "http://intranet.test/wiki"
    return r.choice(["bob@example.com", "someone@example.net", "vorname.nachname@example.de.invalid"])


def neg_date(r):
    y = r.randint(2019, 2026)
    mo, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(["%02d.%02d.%d" % (d, mo, y), "%d-%02d-%02d" % (y, mo, d), "%02d/%02d/%d" % (mo, d, y),
                     "%d/%d/%d" % (y, mo, d), "%02d-%02d-%d" % (d, mo, y), "%d.%d.%d" % (d, mo, y)])


def neg_time(r):
    h, m = r.randint(7, 21), r.choice([0, 15, 30, 45])
    return r.choice(["%02d:%02d" % (h, m), "%d:%02d–%d:%02d" % (h, m, h + 1, m), "%dh%02d" % (h, m),
                     "%02d:%02d:%02d" % (h, m, r.randint(0, 59)), "%d:%02d-%d:%02d CET" % (h, m, h + 2, m)])


def neg_price(r):
    return r.choice(["€%d.%03d,00" % (r.randint(1, 9), r.randint(0, 999)), "$%d,%03d.99" % (r.randint(1, 9), r.randint(0, 999)),
                     "R$ %d.%03d,%02d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99)),
                     "₹%d,%02d,%03d" % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 999)),
                     "¥%d,%03d" % (r.randint(10, 999), r.randint(0, 999)), "%d %03d zł" % (r.randint(1, 20), r.randint(0, 999)),
                     "£%d,%03d" % (r.randint(1, 99), r.randint(0, 999)), "%d.%03d TL" % (r.randint(1, 99), r.randint(0, 999))])


def neg_order(r):
    return r.choice(["%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                     "#%d" % r.randint(10000000, 99999999), "%d-%d-%04d" % (r.randint(2023, 2026), r.randint(100, 999), r.randint(0, 9999)),
                     "%d %d %d" % (r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999)),
                     "%010d" % r.randint(1000000000, 9999999999)])


def neg_ticket(r):
    return r.choice(["INC%07d" % r.randint(0, 9999999), "#%d" % r.randint(100000, 99999999),
                     "%d-%02d-%05d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(0, 99999)),
                     "%d.%d.%d" % (r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999)),
                     "CS-%d-%d" % (r.randint(100, 999), r.randint(100000, 999999))])


def neg_isbn(r):
    body = "978" + str(r.randint(0, 1)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    body += str((10 - s % 10) % 10)
    k = r.randrange(3)
    if k == 0:
        return "%s-%s-%s-%s-%s" % (body[:3], body[3], body[4:7], body[7:12], body[12])
    if k == 1:
        return body
    return "%s %s %s %s %s" % (body[:3], body[3], body[4:8], body[8:12], body[12])


def neg_version(r):
    return r.choice(["%d.%d.%d" % (r.randint(1, 30), r.randint(0, 40), r.randint(0, 99)),
                     "%d.%d.%d.%d" % (r.randint(10, 130), r.randint(0, 9), r.randint(1000, 9999), r.randint(10, 999)),
                     "%d.%d.%d-%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30), r.randint(100, 999)),
                     "10.0.%d.%d" % (r.randint(19041, 26100), r.randint(1000, 4999))])


def neg_version_ip(r):
    return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20), r.randint(1, 60))


def neg_patent(r):
    return r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 12), r.randint(0, 999), r.randint(0, 999)),
                     "EP %d %03d %03d A1" % (r.randint(2, 4), r.randint(0, 999), r.randint(0, 999)),
                     "DE 10 %d %03d %03d A1" % (r.randint(2015, 2024), r.randint(100, 999), r.randint(0, 999)),
                     "WO %d/%06d" % (r.randint(2015, 2024), r.randint(0, 999999)),
                     "CN %d%06d A" % (r.randint(110, 118), r.randint(0, 999999))])


# ----------------------------------------------------------------------------- templates
# Placeholders: {NAME} full name, {NAMEP} full name + possessive, {ATNAME} @full name, {FIRST}
# (only greetings/thanks), {HANDLE}, {EMAIL}, {PHONE}, {URL}, {IP4}, {IP6}, {CARD}, {IBAN},
# {SSN}; negatives {D} {T} {PRICE} {ORD} {TKT} {ISBN} {VER} {PAT} {IP4N} {VIP} {IP6N} {LUHNX}
# {IBANX} {SSNX} {NURL} {EXD} {NMH} {CODEAT} {COMPANY} {EPONYM} {PLACE}; fillers {CO} {ROLE}
# {TOPIC} {N} {EMO} {TAG} {CITY}.  Inline negatives: [[category|text]].

T = {}
T["en"] = {
    "job_change": [
        "Excited to share that I'm starting a new position as {ROLE} at {CO}! {EMO}",
        "After 6 great years I'm moving on. Huge thanks to {NAME} and {NAME} for everything.\nNew inbox: {EMAIL}",
        "New job alert 🚨 joining {CO} next month as {ROLE}. Same number, {PHONE}, if you want to catch up.",
        "Personal news: I've accepted an offer from {CO}. {NAMEP} mentorship made this possible.",
        "Last day at {CO} today. Keep in touch: {URL}",
        "so... i start at {CO} on monday 😅 #newjob",
    ],
    "congrats": [
        "Congrats {FIRST}!! Well deserved 🎉",
        "Congratulations {ATNAME}, {CO} is lucky to have you.",
        "Huge congrats {HANDLE}! 🙌",
        "Way to go, {FIRST}! Let's grab coffee when you're settled.",
        "Congrats on the promotion {NAME} 👏👏",
        "Thanks, [[word_name|will]] do 👍 — and congrats again!",
    ],
    "event": [
        "Join us on {D} at {T} for our webinar on {TOPIC}. Register: {NURL}",
        "Speaking at the [[eponym|Grace Hopper]] Celebration next week with {NAME}! Come say hi.",
        "Meetup tonight in [[place|Austin, TX]] — doors at {T}. RSVP {NURL}",
        "📣 Free workshop on {TOPIC} ({D}, {T}). Questions? {EMAIL}",
        "Our panel with {NAME}, {NAME} and {ATNAME} is now on YouTube. Slides: {NURL}",
        "Mark your calendars: {D}. Tickets {PRICE} early bird, link {NURL}",
        "Anyone going to the [[eponym|Ada Lovelace]] Day event in [[place|Sydney]]? DM me or text {PHONE}.",
    ],
    "question": [
        "Does anyone have a contact at {CO}? Trying to reach their partnerships team — {EMAIL} bounced.",
        "Quick question for the network: what's the best book on {TOPIC}? I'm reading ISBN {ISBN} right now.",
        "Has anyone used {CO} for payroll? Their quote was {PRICE}/month, seems steep.",
        "Who's the right person at {CO} for vendor onboarding? cc {HANDLE}",
        "Is [[eponym|Conway]]'s law still a thing in remote teams? Curious what {ATNAME} thinks.",
    ],
    "recommendation": [
        "I can't recommend {NAME} enough. Sharp, kind, and ships. Reach out: {URL}",
        "If you need a {ROLE}, talk to {NAME} ({EMAIL}). Worked with her for 3 years.",
        "{NAMEP} workshop on {TOPIC} was the best I attended this year.",
        "Recommending {NAME} for any data role — portfolio at {URL}.",
    ],
    "hiring": [
        "We're hiring a {ROLE} in [[place|Charlotte, NC]]! Send your CV to {EMAIL} or apply at {NURL}",
        "#hiring {ROLE} (remote, EU). DM {HANDLE} or email {EMAIL}. Salary band {PRICE}–{PRICE}.",
        "Our team at {CO} is growing 🚀 Apply via {NURL} — questions to {NAME}, {PHONE}.",
        "Looking for interns for our [[word_name|Summer]] program. Applications close {D}.",
    ],
    "launch": [
        "Today we launch {CO} {VER}! 🎉 Huge thanks to {NAME} and the whole team. Docs: {NURL}",
        "It's live. Version {VER} ships with offline mode. Patent pending ({PAT}).",
        "We just shipped dark mode. Feedback → {EMAIL}",
        "[[word_name|Hope]] you like it! Changelog for {VER} is at {NURL}",
    ],
    "milestone": [
        "10 years at {CO} today. Grateful to {NAME} who hired me back in {D}.",
        "Passed my CPA exam! Thanks, {FIRST}, for the study plan 🙏",
        "Finally defended my PhD. The [[eponym|Kalman]] filter chapter nearly broke me. {EMO}",
        "Our startup crossed 1M users. Revenue [[word_name|rose]] 40% this quarter.",
    ],
    "complaint": [
        "Order {ORD} still hasn't arrived and support keeps closing my ticket {TKT}. @ {CO} please fix.",
        "Charged twice on card {CARD} for order {ORD}. Ticket {TKT}, no reply since {D}.",
        "Your chatbot asked me to type my SSN ({SSN}) in plain text. Seriously?",
        "Tried to pay with card {LUHNX} and got 'invalid number' — fair, I mistyped. Second try worked.",
        "Refund of {PRICE} to IBAN {IBAN} was promised on {D}. Still nothing. Case {TKT}.",
        "The form rejected my IBAN {IBANX} — turned out I swapped two digits. Fixed now, refund {PRICE} pending.",
        "The agent said the SSN on file was {SSNX}, which isn't even a valid number. Ticket {TKT}.",
        "Invoice {TKT}: your [[word_name|Grace]] period ended {D} but you billed me on {D}?!",
        "The onboarding portal showed my full SSN {SSN} on the confirmation page. Reported to HR, ticket {TKT}.",
        "Scam alert: a fake recruiter sent an 'offer letter' with an SSN ({SSN}) pasted in. Never share yours.",
        "The W-2 they mailed me had the wrong SSN, {SSN} instead of mine. Payroll says fixed by {D}.",
        "Background-check form rejected SSN {SSNX} — obviously, that's not a real number. Typo on their side.",
    ],
    "tech": [
        "Anyone seen this? ssh to {IP4} works from home but times out from the office ({IP4N}). Running {VER}.",
        "nginx keeps logging `upstream timed out` for client {IP4}:{N} → 10.0.0.12:8080. Version {VER}.",
        "Our CDN edge {IP6} returns 502 but [{IP6}]:443 from the other region is fine.",
        "PSA: firmware {VIP} breaks DHCP; the router hands out {IP4N} even with static config.",
        "Blocked {IP4}/24 after a credential-stuffing burst at {T} UTC. Logs below.\n{D} {T} WARN auth failed from {IP4}",
        "Test with `curl -6 http://[{IP6N}]/` works locally, prod is on {IP6}.",
        "Java folks: does {CODEAT} still matter on interface methods in {VER}?",
        "Built a [[eponym|Dijkstra]]'s algorithm visualiser this weekend. Repo link in comments, ping {HANDLE} for access.",
    ],
    "networking": [
        "Would love to connect with people working on {TOPIC}. My calendar: {URL}",
        "Hi {FIRST}, we met at the {CO} booth. Mind if I send you a note at {EMAIL}?",
        "Moving to [[place|Victoria, BC]] next month — anyone in {ROLE} roles there? I'm {URL}",
        "Open to mentoring 2 junior devs. Reach me on {PHONE} (WhatsApp) or {URL}.",
    ],
    "reply": [
        "Hi {FIRST}, thanks for sharing! Sent you a DM.",
        "Thanks {FIRST} 🙏",
        "{ATNAME} this is exactly what we discussed last week",
        "Great post, {FIRST}. Agree on point 2.",
        "+1 to {HANDLE}'s comment. Also: {NURL}",
        "Hi all, [[word_name|hope]] everyone had a good week! Quick reminder below.",
        "Dear {FIRST}, thank you for the kind words.",
    ],
    "headline": [
        "{ROLE} @ {CO} | ex-{CO} | {EMAIL}",
        "{ROLE} · speaker · {URL}",
        "Helping teams ship faster | {ROLE} at {NMH} | DMs open",
    ],
    "about": [
        "I'm a {ROLE} with 12 years in fintech. Previously at [[company|Morgan Stanley]] and {CO}. "
        "Contact: {EMAIL} / {PHONE}.",
        "Based in [[place|Adelaide]]. I write about {TOPIC} at {URL}. Book a call: {URL}",
        "Outside work I volunteer with a coding club. Say hi: {HANDLE}",
    ],
}
T["de"] = {
    "job_change": ["Neuer Job! Ab {D} bin ich {ROLE} bei {CO}. Danke an {NAME} für die Empfehlung!",
                   "Nach 8 Jahren verabschiede ich mich von {CO}. Erreichbar bleibe ich unter {EMAIL} oder {PHONE}."],
    "congrats": ["Herzlichen Glückwunsch, {FIRST}! 🎉", "Glückwunsch {ATNAME}, hast du dir verdient!",
                 "Danke, {FIRST}, für die tolle Zusammenarbeit!"],
    "event": ["Am {D} um {T} Uhr: Webinar zu {TOPIC} mit {NAME}. Anmeldung: {NURL}",
              "Wir sind auf der Konferenz am Stand von [[company|Robert Bosch]] GmbH – kommt vorbei!",
              "Vortrag am [[eponym|Max Planck]]-Institut für Informatik, {D}. Fragen an {EMAIL}."],
    "question": ["Kennt jemand einen guten Steuerberater in {CITY}? Gern per Mail: {EMAIL}",
                 "Hat jemand Erfahrung mit {CO}? Bestellung {ORD} hängt seit {D} fest."],
    "hiring": ["Wir suchen eine:n {ROLE} (m/w/d) in {CITY}. Bewerbung an {EMAIL}, Rückfragen gern an {NAME} unter {PHONE}.",
               "#Stellenangebot {ROLE} – Infos unter {NURL}"],
    "complaint": ["Bestellung {ORD}: Lieferung angekündigt für {D}, nichts da. Ticket {TKT}.",
                  "Die Rückerstattung von {PRICE} sollte auf mein Konto {IBAN} gehen. Vorgang {TKT}.",
                  "Überweisung abgelehnt – IBAN {IBANX} war falsch abgetippt. Mein Fehler.",
                  "Kartennummer {LUHNX} wurde als ungültig abgelehnt – Zahlendreher. Mit {CARD} ging es dann."],
    "tech": ["Server {IP4} antwortet nicht mehr seit dem Update auf Version {VER}. Lokal ({IP4N}) alles ok.",
             "IPv6 klappt: {IP6} ist erreichbar, nur {IP6N} im LAN nicht.",
             "Firmware {VIP} installiert, seitdem Paketverlust. Jemand eine Idee?"],
    "recommendation": ["Ich kann {NAME} als {ROLE} nur empfehlen. Profil: {URL}",
                       "Der Vortrag von {NAME} war das Highlight. Folien bei {HANDLE}."],
    "reply": ["Hallo {FIRST}, danke fürs Teilen!", "Liebe {FIRST}, vielen Dank!", "Moin {FIRST} 👋 guter Punkt."],
    "about": ["{ROLE} in {CITY}. Schwerpunkt {TOPIC}. Kontakt: {EMAIL} · Tel. {PHONE}"],
    "headline": ["{ROLE} bei {CO} | {URL}"],
}
T["fr"] = {
    "job_change": ["Ravi d'annoncer que je rejoins {CO} en tant que {ROLE} ! Merci à {NAME} pour sa confiance.",
                   "Nouveau chapitre : je quitte {CO}. Mon nouveau mail : {EMAIL}"],
    "congrats": ["Félicitations {FIRST} ! 👏", "Bravo {ATNAME}, amplement mérité.", "Merci {FIRST} pour ce partage !"],
    "event": ["Webinaire le {D} à {T} sur {TOPIC}, animé par {NAME}. Inscription : {NURL}",
              "Conférence à [[place|Florence, Italy]] la semaine prochaine, contactez-moi au {PHONE}."],
    "question": ["Quelqu'un connaît un bon cabinet à {CITY} ? Écrivez-moi : {EMAIL}",
                 "Commande n° {ORD} toujours pas livrée, quelqu'un a eu le même souci ?"],
    "hiring": ["Nous recrutons un(e) {ROLE} ! CV à {EMAIL} ou au {PHONE}.",
               "On recrute 🚀 Détails : {NURL}"],
    "complaint": ["Ticket {TKT} ouvert le {D}, toujours aucune réponse. Remboursement de {PRICE} sur {IBAN} svp.",
                  "Carte {CARD} débitée deux fois pour la commande {ORD}."],
    "tech": ["Le serveur {IP4} ne répond plus depuis la version {VER}.",
             "Bizarre : {IP6} répond mais pas l'adresse locale {IP4N}."],
    "recommendation": ["Je recommande chaleureusement {NAME}, voir son profil {URL}",
                       "Grâce à une bourse [[eponym|Marie Curie]] (MSCA), j'ai pu travailler avec {NAME}."],
    "reply": ["Bonjour {FIRST}, merci pour l'article !", "Salut {FIRST} 😊 top !"],
    "about": ["{ROLE} basée à {CITY}. Contact : {EMAIL}. Mon agenda : {URL}"],
    "headline": ["{ROLE} chez {CO} · {URL}"],
}
T["es"] = {
    "job_change": ["¡Empiezo nueva etapa como {ROLE} en {CO}! Gracias a {NAME} por todo.",
                   "Dejo {CO} tras 5 años. Me podéis escribir a {EMAIL}"],
    "congrats": ["¡Enhorabuena, {FIRST}! 🎉", "Felicidades {ATNAME} 👏", "¡Gracias, {FIRST}!",
                 "Hola {FIRST}, ¡qué buena noticia!"],
    "event": ["Webinar el {D} a las {T}: {TOPIC} con {NAME}. Inscríbete: {NURL}",
              "Tuve [[word_name|luz]] verde para el proyecto, ¡arrancamos el {D}!"],
    "question": ["¿Alguien conoce una buena gestoría en {CITY}? Escribidme a {EMAIL}",
                 "Pedido {ORD} sin llegar desde el {D}. ¿A alguien más le pasa?"],
    "hiring": ["¡Buscamos {ROLE}! Envía tu CV a {EMAIL} o llama al {PHONE}.",
               "Estamos contratando en {CITY}. Más info: {NURL}"],
    "complaint": ["Incidencia {TKT}: me cobraron {PRICE} dos veces en la tarjeta {CARD}.",
                  "Devolución pendiente a la cuenta {IBAN}, pedido {ORD}.",
                  "Me rechazaron la tarjeta {LUHNX} por número inválido (error mío al teclear); con la {CARD} sí pasó."],
    "tech": ["El servidor {IP4} se cae desde la versión {VER}. En local ({IP4N}) va bien.",
             "Con [[word_name|dolores]] de cabeza por el DNS: {IP6} no resuelve."],
    "recommendation": ["Recomiendo muchísimo a {NAME}. Su perfil: {URL}"],
    "reply": ["Gracias {FIRST} 🙌", "Buenísimo, {FIRST}!"],
    "about": ["{ROLE} en {CITY}. Contacto: {EMAIL} / {PHONE}"],
}
T["pt"] = {
    "job_change": ["Feliz em compartilhar que comecei como {ROLE} na {CO}! Obrigado, {NAME}, pela indicação.",
                   "Encerrando meu ciclo na {CO}. Contato: {EMAIL} | {PHONE}"],
    "congrats": ["Parabéns, {FIRST}! 🎉", "Obrigada, {FIRST}!", "Parabéns {ATNAME}, sucesso!"],
    "event": ["Live dia {D} às {T} sobre {TOPIC} com {NAME}. Inscrições: {NURL}",
              "Evento [[word_name|de graça]] no sábado, vagas limitadas. Dúvidas: {PHONE}"],
    "question": ["Alguém indica contador em {CITY}? Manda no {EMAIL}",
                 "Pedido {ORD} não chegou. Protocolo {TKT}. Alguém mais?"],
    "hiring": ["Vaga de {ROLE}! Currículos para {EMAIL} ou WhatsApp {PHONE}.",
               "Estamos contratando! Detalhes: {NURL}"],
    "complaint": ["Cobraram {PRICE} duas vezes no cartão {CARD}. Protocolo {TKT}.",
                  "Reembolso para o IBAN {IBAN} prometido para {D}."],
    "tech": ["O servidor {IP4} caiu depois da atualização {VER}.", "Rede local {IP4N} ok, mas {IP6} não responde."],
    "recommendation": ["Recomendo demais {NAME}. Perfil: {URL}"],
    "reply": ["Oi {FIRST}, obrigado por compartilhar!", "Valeu, {FIRST}!"],
    "about": ["{ROLE} em {CITY}. Fale comigo: {EMAIL}"],
}
T["it"] = {
    "job_change": ["Inizio una nuova avventura come {ROLE} in {CO}! Grazie a {NAME}.",
                   "Ultimo giorno in {CO}. Restiamo in contatto: {EMAIL}"],
    "congrats": ["Complimenti {FIRST}! 🎉", "Grazie mille, {FIRST}!", "Auguri {ATNAME}!"],
    "event": ["Webinar il {D} alle {T} su {TOPIC} con {NAME}. Iscrizioni: {NURL}",
              "Sono [[word_name|felice]] di annunciare il nostro evento a Milano, info al {PHONE}."],
    "question": ["Qualcuno conosce un buon commercialista a {CITY}? Scrivetemi: {EMAIL}",
                 "Ordine n. {ORD} fermo dal {D}, qualcuno ha avuto lo stesso problema?"],
    "hiring": ["Cerchiamo {ROLE}! CV a {EMAIL}, tel. {PHONE}.", "Posizioni aperte: {NURL}"],
    "complaint": ["Pratica {TKT}: rimborso di {PRICE} sull'IBAN {IBAN} ancora non arrivato.",
                  "Addebito doppio sulla carta {CARD}, ordine {ORD}."],
    "tech": ["Il server {IP4} non risponde dalla versione {VER}.", "Applicando il principio di [[eponym|Pareto]] abbiamo tagliato i costi del 30%."],
    "recommendation": ["Consiglio vivamente {NAME}: {URL}"],
    "reply": ["Ciao {FIRST}, grazie per la condivisione!", "Grazie {FIRST} 🙏"],
    "about": ["{ROLE} a {CITY}. Contatti: {EMAIL} · {PHONE}"],
}
T["nl"] = {
    "job_change": ["Ik begin als {ROLE} bij {CO}! Dank aan {NAME} voor het vertrouwen.",
                   "Na 7 jaar neem ik afscheid van {CO}. Mail: {EMAIL}, tel. {PHONE}"],
    "congrats": ["Gefeliciteerd {FIRST}! 🎉", "Dank je wel, {FIRST}!", "Top {ATNAME}!"],
    "event": ["Webinar op {D} om {T} over {TOPIC} met {NAME}. Aanmelden: {NURL}"],
    "question": ["Weet iemand een goede boekhouder in {CITY}? Mail me: {EMAIL}",
                 "Bestelling {ORD} nog steeds niet bezorgd sinds {D}."],
    "hiring": ["Wij zoeken een {ROLE}! Stuur je cv naar {EMAIL} of bel {PHONE}."],
    "complaint": ["Terugbetaling van {PRICE} naar {IBAN} laat op zich wachten. Ticket {TKT}."],
    "tech": ["Server {IP4} reageert niet meer na versie {VER}. Intern adres {IP4N} werkt wel.",
             "Kortste pad met het algoritme van [[eponym|Dijkstra]] berekend, code bij {HANDLE}."],
    "recommendation": ["Ik raad {NAME} van harte aan: {URL}"],
    "reply": ["Hoi {FIRST}, bedankt voor het delen!", "Dank {FIRST} 👍"],
    "about": ["{ROLE} in {CITY}. Contact: {EMAIL}"],
}
T["pl"] = {
    "job_change": ["Zaczynam nową pracę jako {ROLE} w {CO}! Dziękuję {NAME} za polecenie.",
                   "Kontakt po zmianie: {EMAIL}, tel. {PHONE}"],
    "congrats": ["Gratulacje, {FIRST}! 🎉", "Dzięki, {FIRST}!"],
    "event": ["Webinar {D} o {T}: {TOPIC}. Prowadzi {NAME}. Zapisy: {NURL}"],
    "complaint": ["Zamówienie {ORD} nie dotarło, zgłoszenie {TKT}. Zwrot {PRICE} na konto {IBAN}."],
    "tech": ["Serwer {IP4} nie odpowiada od wersji {VER}."],
    "hiring": ["Szukamy {ROLE}! CV na {EMAIL}."],
    "reply": ["Cześć {FIRST}, dzięki za wpis!"],
    "recommendation": ["Polecam {NAME} – profil: {URL}"],
}
T["tr"] = {
    "job_change": ["{CO} bünyesinde {ROLE} olarak başladım! {NAME}'e teşekkürler.",
                   "Yeni iletişim adresim: {EMAIL} / {PHONE}"],
    "congrats": ["Tebrikler {FIRST}! 🎉", "Teşekkürler {FIRST}!", "Merhaba {FIRST}, harika haber!"],
    "event": ["{D} saat {T}'da {TOPIC} webinarı, konuşmacı {NAME}. Kayıt: {NURL}",
              "[[word_name|Deniz]] kenarında bir ekip buluşması yaptık, çok keyifliydi."],
    "complaint": ["Sipariş {ORD} hâlâ gelmedi, talep no {TKT}. İade {PRICE} IBAN {IBAN} hesabına yapılacaktı."],
    "tech": ["{IP4} sunucusu {VER} sürümünden beri yanıt vermiyor."],
    "hiring": ["{ROLE} arıyoruz! CV: {EMAIL}"],
    "recommendation": ["{NAMEP} sunumu harikaydı. Profil: {URL}"],
    "reply": ["Selam {FIRST}, paylaşım için teşekkürler!"],
}
T["sv"] = {
    "job_change": ["Jag börjar som {ROLE} på {CO}! Tack {NAME} för tipset.", "Ny mejl: {EMAIL}, mobil {PHONE}"],
    "congrats": ["Grattis {FIRST}! 🎉", "Tack, {FIRST}!"],
    "event": ["Webbinarium {D} kl. {T} om {TOPIC} med {NAME}. Anmälan: {NURL}"],
    "complaint": ["Order {ORD} har inte kommit, ärende {TKT}."],
    "tech": ["Servern {IP4} svarar inte efter version {VER}."],
    "hiring": ["Vi söker {ROLE}! Skicka CV till {EMAIL}."],
    "reply": ["Hej {FIRST}, tack för att du delar!"],
}
T["id"] = {
    "job_change": ["Senang berbagi, saya bergabung dengan {CO} sebagai {ROLE}! Terima kasih {NAME}.",
                   "Kontak baru: {EMAIL} / WA {PHONE}"],
    "congrats": ["Selamat {FIRST}! 🎉", "Terima kasih, {FIRST}!", "Halo {FIRST}, keren banget!"],
    "event": ["Webinar {D} pukul {T} tentang {TOPIC} bersama {NAME}. Daftar: {NURL}",
              "Pemandangan [[word_name|indah]] di Bali kemarin, offsite tim kami seru!"],
    "complaint": ["Pesanan {ORD} belum sampai, tiket {TKT}."],
    "tech": ["Server {IP4} mati setelah update versi {VER}."],
    "hiring": ["Kami mencari {ROLE}! Kirim CV ke {EMAIL}."],
    "reply": ["Makasih {FIRST} 🙏"],
}
T["vi"] = {
    "job_change": ["Vui mừng thông báo mình gia nhập {CO} với vai trò {ROLE}! Cảm ơn {NAME}.",
                   "Liên hệ: {EMAIL} hoặc {PHONE}"],
    "congrats": ["Chúc mừng {FIRST}! 🎉", "Cảm ơn {FIRST} nhiều!"],
    "event": ["Webinar ngày {D} lúc {T} về {TOPIC} cùng {NAME}. Đăng ký: {NURL}"],
    "complaint": ["Đơn hàng {ORD} chưa giao, mã hỗ trợ {TKT}."],
    "tech": ["Máy chủ {IP4} không phản hồi từ phiên bản {VER}."],
    "hiring": ["Tuyển {ROLE}! Gửi CV về {EMAIL}."],
    "reply": ["Chào {FIRST}, cảm ơn bài viết!"],
}
T["ru"] = {
    "job_change": ["Рада сообщить: я теперь {ROLE} в {CO}! Спасибо {NAME} за поддержку.",
                   "Мой новый адрес: {EMAIL}, телефон {PHONE}"],
    "congrats": ["Поздравляю, {FIRST}! 🎉", "Спасибо, {FIRST}!", "Привет, {FIRST}! Отличная новость."],
    "event": ["Вебинар {D} в {T} по теме {TOPIC}, ведёт {NAME}. Регистрация: {NURL}",
              "Главное — [[word_name|вера]] в команду, остальное приложится."],
    "question": ["Кто-нибудь знает хорошего бухгалтера? Пишите на {EMAIL}",
                 "Заказ № {ORD} не доставлен с {D}, обращение {TKT}."],
    "complaint": ["Списали {PRICE} дважды с карты {CARD}. Заявка {TKT}."],
    "tech": ["Сервер {IP4} не отвечает после обновления до версии {VER}. Локально {IP4N} работает.",
             "Модель на основе цепи [[eponym|Маркова]] неплохо работает."],
    "hiring": ["Ищем {ROLE}! Резюме на {EMAIL}."],
    "recommendation": ["Рекомендую {NAME}, профиль: {URL}"],
    "reply": ["Спасибо за пост, {FIRST}!"],
}
T["uk"] = {
    "job_change": ["Радію поділитися: я приєдналася до {CO} як {ROLE}! Дякую {NAME}.",
                   "Контакти: {EMAIL}, {PHONE}"],
    "congrats": ["Вітаю, {FIRST}! 🎉", "Дякую, {FIRST}!"],
    "event": ["Вебінар {D} о {T}: {TOPIC}, спікер {NAME}. Реєстрація: {NURL}"],
    "complaint": ["Замовлення {ORD} досі не прийшло, звернення {TKT}."],
    "tech": ["Сервер {IP4} не відповідає після оновлення {VER}."],
    "hiring": ["Шукаємо {ROLE}! CV на {EMAIL}."],
    "reply": ["Привіт, {FIRST}! Дякую за допис."],
}
T["el"] = {
    "job_change": ["Ξεκινώ ως {ROLE} στην {CO}! Ευχαριστώ τον {NAME}.", "Επικοινωνία: {EMAIL}, {PHONE}"],
    "congrats": ["Συγχαρητήρια, {FIRST}! 🎉", "Ευχαριστώ, {FIRST}!"],
    "event": ["Webinar στις {D}, ώρα {T}, για {TOPIC} με τον {NAME}. Εγγραφή: {NURL}",
              "Έχουμε μεγάλη [[word_name|ελπίδα]] για το νέο έργο."],
    "complaint": ["Η παραγγελία {ORD} δεν έφτασε, αίτημα {TKT}. Επιστροφή {PRICE} στο {IBAN}."],
    "tech": ["Ο server {IP4} δεν απαντά μετά την έκδοση {VER}."],
    "reply": ["Γεια σου {FIRST}, ευχαριστώ!"],
}
T["ar"] = {
    "job_change": ["يسعدني الإعلان عن انضمامي إلى {CO} بمنصب {ROLE}! شكرًا {NAME}.",
                   "للتواصل: {EMAIL} أو {PHONE}"],
    "congrats": ["مبروك يا {FIRST}! 🎉", "شكرًا {FIRST}!", "مرحبا {FIRST}، خبر رائع!"],
    "event": ["ندوة عبر الإنترنت يوم {D} الساعة {T} حول {TOPIC} مع {NAME}. التسجيل: {NURL}",
              "لدينا [[word_name|أمل]] كبير في هذا المشروع."],
    "complaint": ["الطلب رقم {ORD} لم يصل، رقم التذكرة {TKT}. الاسترداد {PRICE} إلى الحساب {IBAN}."],
    "tech": ["الخادم {IP4} لا يستجيب منذ الإصدار {VER}."],
    "hiring": ["نبحث عن {ROLE}! أرسل سيرتك الذاتية إلى {EMAIL}"],
    "recommendation": ["أنصح بالتعامل مع {NAME}: {URL}"],
    "reply": ["شكرًا على المشاركة يا {FIRST}"],
}
T["he"] = {
    "job_change": ["שמחה לשתף שהתחלתי לעבוד ב-{CO} בתור {ROLE}! תודה ל-{NAME}.",
                   "ליצירת קשר: {EMAIL} או {PHONE}"],
    "congrats": ["מזל טוב, {FIRST}! 🎉", "תודה, {FIRST}!", "היי {FIRST}, חדשות מעולות!"],
    "event": ["וובינר ב-{D} בשעה {T} על {TOPIC} עם {NAME}. הרשמה: {NURL}"],
    "complaint": ["הזמנה {ORD} לא הגיעה, פנייה {TKT}."],
    "tech": ["השרת {IP4} לא מגיב מאז גרסה {VER}."],
    "hiring": ["מחפשים {ROLE}! קו״ח ל-{EMAIL}"],
    "reply": ["תודה על השיתוף, {FIRST}!"],
}
T["hi"] = {
    "job_change": ["खुशी है कि मैंने {CO} में {ROLE} के रूप में शुरुआत की! {NAME} जी का धन्यवाद।",
                   "संपर्क: {EMAIL} / {PHONE}"],
    "congrats": ["बधाई हो {FIRST} जी! 🎉", "धन्यवाद {FIRST}!", "नमस्ते {FIRST} जी, बहुत बढ़िया!"],
    "event": ["{D} को {T} बजे {TOPIC} पर वेबिनार, वक्ता {NAME}। रजिस्टर: {NURL}",
              "हमें इस प्रोजेक्ट से बहुत [[word_name|आशा]] है।"],
    "complaint": ["ऑर्डर {ORD} अभी तक नहीं आया, टिकट {TKT}। रिफंड {PRICE}।"],
    "tech": ["सर्वर {IP4} वर्ज़न {VER} के बाद से जवाब नहीं दे रहा।"],
    "hiring": ["हमें {ROLE} चाहिए! CV भेजें: {EMAIL}"],
    "reply": ["शुक्रिया {FIRST} जी 🙏"],
}
T["bn"] = {
    "job_change": ["আনন্দের সাথে জানাচ্ছি, আমি {CO}-তে {ROLE} হিসেবে যোগ দিয়েছি! ধন্যবাদ {NAME}।",
                   "যোগাযোগ: {EMAIL} / {PHONE}"],
    "congrats": ["অভিনন্দন {FIRST}! 🎉", "ধন্যবাদ {FIRST}!"],
    "event": ["{D} তারিখে {T}-এ {TOPIC} নিয়ে ওয়েবিনার, বক্তা {NAME}। নিবন্ধন: {NURL}"],
    "complaint": ["অর্ডার {ORD} এখনো আসেনি, টিকিট {TKT}।"],
    "tech": ["সার্ভার {IP4} সংস্করণ {VER} এর পর থেকে সাড়া দিচ্ছে না।"],
    "reply": ["শেয়ার করার জন্য ধন্যবাদ, {FIRST}!"],
}
T["ta"] = {
    "job_change": ["{CO} நிறுவனத்தில் {ROLE} ஆக சேர்ந்துள்ளேன்! {NAME} அவர்களுக்கு நன்றி.",
                   "தொடர்புக்கு: {EMAIL} / {PHONE}"],
    "congrats": ["வாழ்த்துகள் {FIRST}! 🎉", "நன்றி, {FIRST}!"],
    "event": ["{D} அன்று {T} மணிக்கு {TOPIC} வெபினார், பேச்சாளர் {NAME}. பதிவு: {NURL}"],
    "complaint": ["ஆர்டர் {ORD} இன்னும் வரவில்லை, டிக்கெட் {TKT}."],
    "tech": ["சர்வர் {IP4} பதிப்பு {VER} முதல் பதிலளிக்கவில்லை."],
    "reply": ["பகிர்ந்ததற்கு நன்றி {FIRST}!"],
}
T["th"] = {
    "job_change": ["ยินดีที่จะแจ้งว่าได้เริ่มงานที่ {CO} ในตำแหน่ง {ROLE} แล้ว ขอบคุณคุณ{_}{NAME} มากครับ",
                   "ติดต่อได้ที่ {EMAIL} หรือ {PHONE}"],
    "congrats": ["ยินดีด้วยนะคะคุณ{_}{FIRST} 🎉", "ขอบคุณครับคุณ{_}{FIRST}", "สวัสดีค่ะ คุณ{_}{FIRST}"],
    "event": ["เว็บินาร์วันที่ {D} เวลา {T} เรื่อง {TOPIC} โดย {NAME} ลงทะเบียน {NURL}"],
    "complaint": ["คำสั่งซื้อ {ORD} ยังไม่ได้รับของ เลขที่เรื่อง {TKT}"],
    "tech": ["เซิร์ฟเวอร์ {IP4} ไม่ตอบสนองหลังอัปเดตเวอร์ชัน {VER}"],
    "hiring": ["รับสมัคร {ROLE} ส่งเรซูเม่มาที่{_}{EMAIL}"],
}
T["ko"] = {
    "job_change": ["{CO}에 {ROLE}로 합류하게 되었습니다! {NAME}님께 감사드립니다.",
                   "연락처: {EMAIL} / {PHONE}"],
    "congrats": ["{NAME}님 축하드려요! 🎉", "{FIRST}님, 감사합니다!", "{NAME} 씨 고생 많으셨어요"],
    "event": ["{D} {T}에 {TOPIC} 웨비나가 열립니다. 연사: {NAME}님. 신청: {NURL}"],
    "hiring": ["{ROLE} 채용 중! 경력 3년 [[word_name|이상]] 우대. 지원: {EMAIL}"],
    "complaint": ["주문번호 {ORD} 배송이 안 옵니다. 문의번호 {TKT}."],
    "tech": ["서버 {IP4}가 {VER} 버전 이후 응답이 없습니다."],
    "reply": ["공유 감사합니다 {HANDLE} 님"],
}
T["ja"] = {
    "job_change": ["{CO}に{ROLE}として入社しました！{NAME}さん、ありがとうございました。",
                   "連絡先：{EMAIL}／{PHONE}"],
    "congrats": ["{NAME}さん、おめでとうございます！🎉", "{NAME}さん、ありがとうございます！"],
    "event": ["{D} {T}から{TOPIC}のウェビナーを開催します。登壇：{NAME}さん。申込：{NURL}"],
    "complaint": ["注文番号{_}{ORD}の商品が届きません。問い合わせ番号{_}{TKT}。"],
    "tech": ["サーバー{_}{IP4}{_}がバージョン{_}{VER}{_}以降応答しません。"],
    "hiring": ["{ROLE}を募集中です！応募は{EMAIL}まで。"],
    "recommendation": ["{NAME}さんを強く推薦します。プロフィール：{URL}"],
}
T["zh"] = {
    "job_change": ["很高兴加入{CO}担任{ROLE}！感谢{NAME}老师的推荐。", "联系方式：{EMAIL}，电话{PHONE}"],
    "congrats": ["恭喜{NAME}！🎉", "谢谢{NAME}老师的分享！", "感谢{HANDLE} 的分享", "感谢{HANDLE}的分享，学到了"],
    "event": ["{D} {T}举办{TOPIC}线上研讨会，主讲人{NAME}。报名：{NURL}",
              "早[[word_name|高峰]]堵车太严重了，会议推迟到{T}。",
              "这个方案确实很[[word_name|高明]]，值得学习。"],
    "question": ["有人知道{CO}的联系人吗？请发邮件到{EMAIL}谢谢",
                 "做人不要太[[word_name|张扬]]，踏实做事最重要。"],
    "hiring": ["招聘{ROLE}！简历请发至{EMAIL}，或致电{PHONE}。"],
    "complaint": ["订单号{_}{ORD}一直没发货，工单{_}{TKT}。"],
    "tech": ["服务器{_}{IP4}{_}升级到{_}{VER}{_}后无法访问。", "公司[[word_name|方圆]]五公里内都没有好吃的。"],
    "recommendation": ["强烈推荐{NAME}，主页：{URL}"],
}
# code-switched posts: (lang tag, template)
MIXED = [
    ("hi+en", "Congrats {FIRST}! Bahut badhiya news hai 🎉 party kab de rahe ho?"),
    ("hi+en", "Guys, hiring chal rahi hai for {ROLE}. CV bhejo {EMAIL} pe ya call karo {PHONE}."),
    ("hi+en", "Server {IP4} phir se down hai yaar, version {VER} ke baad se yahi issue."),
    ("es+en", "Just closed my first deal en {CO}!! Gracias {FIRST} por el push 💪"),
    ("es+en", "Meeting a las {T}, send me the deck a {EMAIL} porfa"),
    ("de+en", "Kurzes Update: wir launchen next week. Feedback gern an {EMAIL}, thanks {FIRST}!"),
    ("de+en", "Das Deployment auf {IP4} ist gefailt, rollback auf {VER} läuft."),
    ("zh+en", "今天的meetup太棒了！Thanks {HANDLE} 的组织，slides在{NURL}"),
    ("zh+en", "请把offer letter发到{EMAIL}，thx"),
    ("ar+fr", "Merci beaucoup {FIRST}، الله يوفقك في الوظيفة الجديدة!"),
    ("ko+en", "오늘 workshop 너무 좋았어요! {NAME}님 thanks a lot 🙏"),
    ("ja+en", "来週のmeetupでLTします！{NAME}さんとcollabです。詳細は{URL}"),
    ("tr+en", "Yeni role başladım, çok excited'ım! {CO} ekibine thanks. Ulaşmak için {EMAIL}"),
    ("ru+en", "Коллеги, кто на conference в [[place|Sydney]]? Пишите {HANDLE}"),
    ("id+en", "Akhirnya officially join {CO}! Thanks banget {FIRST} 🙏"),
    ("fr+en", "Big news : je rejoins {CO} as {ROLE}. Let's keep in touch, {URL}"),
    ("pt+en", "Fechamos o Q3 com record de vendas! Shoutout pro {NAME} 🚀"),
    ("nl+en", "Super blij met de nieuwe release {VER}, thanks {HANDLE} voor de review!"),
    ("it+en", "Call alle {T}, ti mando l'invite su {EMAIL} ok?"),
    ("th+en", "Thanks คุณ{_}{FIRST} มากค่ะ for the intro 🙏"),
]
ROLES_BY_LANG = ["Senior Data Engineer", "Product Manager", "UX Researcher", "Head of Sales",
                 "Backend Developer", "DevOps Engineer", "Talent Partner", "CFO", "Staff SRE",
                 "Marketing Lead", "ML Engineer", "Account Executive", "Designer", "QA Lead"]
TOPICS = ["observability", "LLM evaluation", "zero-trust networking", "payroll compliance",
          "design systems", "B2B pricing", "data contracts", "edge computing", "carbon accounting",
          "hiring in 2025", "Rust in production", "accessible UX"]
CITIES = ["Berlin", "Lyon", "Bilbao", "Porto", "Turin", "Utrecht", "Kraków", "Izmir", "Malmö",
          "Bandung", "Da Nang", "Kazan", "Lviv", "Thessaloniki", "Doha", "Haifa", "Pune", "Dhaka",
          "Chennai", "Chiang Mai", "Busan", "Fukuoka", "Chengdu", "Lagos", "Leeds"]
EMOS = ["🎉", "🚀", "🙏", "💪", "👏", "✨", "😅", "🔥", "❤️", "🙌", ""]
TAGS = ["#hiring", "#opentowork", "#newjob", "#webinar", "#AI", "#DevOps", "#startup", "#career",
        "#networking", "#security", "#IPv6", "#fintech", "#UX", "#remote"]


class Ctx:
    def __init__(self, r, w, lang, cult):
        self.r, self.w, self.lang, self.cult = r, w, lang, cult
        self.parts = []   # (text, ("span"|"neg"|None, label))

    def add(self, text, kind=None, label=None):
        self.parts.append((text, kind, label))


CULT_OF = {"en": "en", "de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it", "nl": "nl",
           "pl": "pl", "tr": "tr", "sv": "sv", "id": "id", "vi": "vi", "ru": "ru", "uk": "uk",
           "el": "el", "ar": "ar", "he": "he", "hi": "hi", "bn": "bn", "ta": "ta", "th": "th",
           "ko": "ko", "ja": "ja", "zh": "zh"}
EN_CULTS = ["en", "en", "en", "ng", "inl", "arl", "de", "fr", "es", "nl", "sv", "it"]


def name_form(ctx, m):
    """The member's name as written: usually exact, sometimes lower-case or without marks."""
    r = ctx.r
    n = m[1]
    if m[3] in LAT and r.random() < 0.06:
        n2 = "".join(unicodedata.normalize("NFKD", c)[0] for c in n)
        if n2 != n and len(n2) == len(n) and r.random() < 0.6:
            return n2
        if m[3] != "tr":
            return n.lower()
    return n


def pick_member(ctx):
    cult = CULT_OF.get(ctx.lang.split("+")[0], "en")
    if cult == "en":
        cult = ctx.r.choice(EN_CULTS)
    if ctx.lang.startswith("zh") and ctx.r.random() < 0.05:
        return ctx.r.choice([m for m in ctx.w.special if m[3] == "zh"])
    if ctx.lang.startswith("ko") and ctx.r.random() < 0.05:
        return [m for m in ctx.w.special if m[3] == "ko"][0]
    return ctx.w.member(cult)


def slot(ctx, key):
    r = ctx.r
    if key == "_":
        return
    if key in ("NAME", "NAMEP", "ATNAME"):
        m = pick_member(ctx)
        if key == "ATNAME":
            ctx.add("@")
        ctx.add(name_form(ctx, m), "span", "PERSON")
        if key == "NAMEP":
            if ctx.lang.startswith("tr"):
                ctx.add(r.choice(["'ın", "'nin", "'un"]))
            else:
                ctx.add(r.choice(["'s", "’s"]))
        return
    if key == "FIRST":
        m = pick_member(ctx)
        while m in ctx.w.special:
            m = ctx.w.member(m[3])
        ctx.add(m[4], "span", "PERSON")
        return
    if key == "HANDLE":
        m = pick_member(ctx)
        ctx.add("@" + m[2], "span", "HANDLE")
        return
    if key == "EMAIL":
        e = gen_email(ctx)
        x = r.random()
        if x < 0.06:
            ctx.add("mailto:")
            ctx.add(e, "span", "EMAIL")
        elif x < 0.12:
            ctx.add("<")
            ctx.add(e, "span", "EMAIL")
            ctx.add(">")
        else:
            ctx.add(e, "span", "EMAIL")
        return
    gens = {"PHONE": (lambda: gen_phone(ctx), "PHONE"), "URL": (lambda: gen_url(ctx), "URL"),
            "IP4": (lambda: gen_ip4(r), "IPV4"), "IP6": (lambda: gen_ip6(r), "IPV6"),
            "CARD": (lambda: gen_card(r), "CREDIT_CARD"), "IBAN": (lambda: gen_iban(r, ctx.lang), "IBAN"),
            "SSN": (lambda: gen_ssn(r), "US_SSN")}
    if key in gens:
        f, t = gens[key]
        ctx.add(f(), "span", t)
        return
    negs = {"D": (neg_date, "date"), "T": (neg_time, "time"), "PRICE": (neg_price, "price"),
            "ORD": (neg_order, "order_number"), "TKT": (neg_ticket, "ticket_number"),
            "ISBN": (neg_isbn, "isbn"), "VER": (neg_version, "version"), "PAT": (neg_patent, "patent"),
            "VIP": (neg_version_ip, "version_ip"), "IP6N": (gen_ip6_neg, "ipv6_nonglobal"),
            "LUHNX": (lambda r: gen_card(r, True), "luhn_invalid"),
            "IBANX": (lambda r: gen_iban(r, ctx.lang, True), "iban_bad_check"),
            "SSNX": (lambda r: gen_ssn(r, True), "ssn_invalid"),
            "EXD": (lambda r: neg_exdom(ctx), "example_domain"),
            "NMH": (lambda r: r.choice(NONMEMBER_HANDLES), "non_member_handle"),
            "CODEAT": (lambda r: r.choice(CODE_AT), "non_member_handle")}
    if key in negs:
        f, cat = negs[key]
        ctx.add(f(r), "neg", cat)
        return
    if key == "IP4N":
        s, cat = gen_ip4_neg(r)
        ctx.add(s, "neg", cat)
        return
    if key == "NURL":
        if r.random() < 0.2:
            ctx.add(neg_exdom(ctx), "neg", "example_domain")
        else:
            s, cat = neg_url(ctx)
            ctx.add(s, "neg", cat)
        return
    if key == "CO":
        ctx.add(r.choice(COMPANIES))
        return
    if key == "ROLE":
        ctx.add(r.choice(ROLES_BY_LANG))
        return
    if key == "TOPIC":
        ctx.add(r.choice(TOPICS))
        return
    if key == "CITY":
        ctx.add(r.choice(CITIES))
        return
    if key == "N":
        ctx.add(str(r.randint(1024, 65535)))
        return
    if key == "EMO":
        ctx.add(r.choice(EMOS))
        return
    if key == "TAG":
        ctx.add(r.choice(TAGS))
        return
    raise KeyError(key)


TOK = re.compile(r"\{([A-Z_0-9]+)\}|\[\[([a-z_0-9]+)\|([^\]]+)\]\]")


def render(ctx, tpl):
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            ctx.add(tpl[pos:m.start()])
        if m.group(1):
            slot(ctx, m.group(1))
        else:
            ctx.add(m.group(3), "neg", m.group(2))
        pos = m.end()
    if pos < len(tpl):
        ctx.add(tpl[pos:])


# extra sentences in English for stand-alone hard negatives
EXTRA_EN = [
    "Reminder: the [[word_name|Grace]] period for early-bird tickets ends {D}.",
    "[[word_name|Will]] share the recording later today.",
    "[[word_name|Frank]] feedback welcome — be brutal.",
    "[[word_name|Mark]] your calendars for {D}!",
    "Planning starts in [[word_name|June]], kickoff {D}.",
    "Greetings from [[place|Sydney]] 👋 jet lag is real.",
    "Hi from [[place|Charlotte, NC]]! Landed at {T}.",
    "Greetings from [[place|Alice Springs, NT]] — the outback office 🌵",
    "Team offsite in [[place|Florence, Italy]] 🇮🇹",
    "Flying to [[place|Jackson, Mississippi]] for a client workshop.",
    "Our office in [[place|Tbilisi, Georgia]] is hiring too.",
    "We [[word_name|will price]] the enterprise tier at {PRICE}/seat.",
    "Support ticket {TKT} was reopened on {D} at {T}.",
    "Our ISBN is {ISBN} if you want to order the book.",
    "Meet @ {T} in the lobby.",
    "Shipment tracking {ORD} shows 'in transit' since {D}.",
    "Patent {PAT} was granted last week 🎉",
    "Read the paper at {NURL} before the call.",
    "Test account for the demo: {EXD}",
    "Invoice total {PRICE}, due {D}.",
]


def company_piece(ctx):
    r = ctx.r
    c = r.choice(COMPANY_NEG)
    tpl = r.choice(COMPANY_CTX.get(c, ["{C} is hiring analysts", "an internship at {C}", "{C} reported earnings today"]))
    a, b = tpl.split("{C}")
    ctx.add(a[0].upper() + a[1:] if a else "")
    ctx.add(c, "neg", "company")
    ctx.add(b + r.choice([".", "!", " 📈", "."]))


def eponym_piece(ctx):
    r = ctx.r
    c, tpl = r.choice(EPONYM_NEG)
    a, b = tpl.split("{C}")
    lead = r.choice(["Anyone else reading about ", "Great intro to ", "Today I learned about ", "Explaining "])
    ctx.add(lead + a)
    ctx.add(c, "neg", "eponym")
    ctx.add(b + r.choice([".", "!", " 🤓"]))


def choose_lang(r):
    langs = ["en"] * 26 + ["de"] * 6 + ["fr"] * 5 + ["es"] * 5 + ["pt"] * 5 + ["it"] * 3 + ["nl"] * 3 + \
        ["pl", "tr", "tr", "sv", "id", "id", "vi", "ru", "ru", "ru", "uk", "el", "ar", "ar", "ar", "he", "he",
         "hi", "hi", "bn", "ta", "th", "th", "ko", "ko", "ko", "ja", "ja", "ja", "zh", "zh", "zh", "zh"] + ["mixed"] * 6
    return r.choice(langs)


def build_record(r, w, idx):
    lang = choose_lang(r)
    if lang == "mixed":
        tag, tpl = r.choice(MIXED)
        ctx = Ctx(r, w, tag, CULT_OF.get(tag.split("+")[0], "en"))
        render(ctx, tpl)
        if r.random() < 0.3:
            ctx.add(" " + r.choice(TAGS))
        return ctx, "mixed"
    ctx = Ctx(r, w, lang, CULT_OF[lang])
    tl = T[lang]
    genres = list(tl)
    kind = r.choice(genres)
    long_ = r.random() < 0.3
    n = 1 if not long_ else r.randint(3, 6)
    seps = ["\n\n", "\n", " ", " "]
    used = set()
    for i in range(n):
        if i:
            ctx.add(r.choice(seps))
        g = kind if i == 0 else r.choice(genres + ["extra"] * (2 if lang == "en" else 0))
        pool = EXTRA_EN if g == "extra" else tl[g]
        tpl = r.choice(pool)
        if tpl in used:
            tpl = r.choice(pool)
        used.add(tpl)
        render(ctx, tpl)
        if lang == "en" and r.random() < 0.07:
            ctx.add(" ")
            company_piece(ctx)
        if lang in ("en", "de", "nl") and r.random() < 0.05:
            ctx.add(" ")
            eponym_piece(ctx)
    # a second short sentence for a share of short posts
    if not long_ and r.random() < 0.35:
        ctx.add(r.choice([" ", "\n"]))
        g = r.choice(genres)
        if lang == "en" and r.random() < 0.3:
            render(ctx, r.choice(EXTRA_EN))
        else:
            render(ctx, r.choice(tl[g]))
    if r.random() < 0.25:
        ctx.add(r.choice(["\n", " "]) + " ".join(r.sample(TAGS, r.randint(1, 3))))
    if r.random() < 0.05:
        # texting style: lower case and no final punctuation for plain parts only
        ctx.parts = [(t.lower() if k is None else t, k, l) for t, k, l in ctx.parts]
    return ctx, kind


def finish(ctx, rid, kind):
    text = ""
    spans, negs = [], []
    for t, k, l in ctx.parts:
        s = len(text)
        text += t
        if k == "span":
            spans.append({"start": s, "end": len(text), "type": l})
        elif k == "neg":
            negs.append({"start": s, "end": len(text), "category": l})
    return {"id": rid, "lang": ctx.lang, "kind": kind, "text": text, "spans": spans, "negatives": negs}


# ----------------------------------------------------------------------------- self-check
WORDCH = re.compile(r"\w", re.UNICODE)


def build_name_index(members):
    spaced, nospace = {}, {}
    for m in members:
        n = strip_marks(m[1])
        if " " in n and ord(n[0]) < 0x0E00:
            spaced.setdefault(n.split(" ")[0], set()).add(n)
        else:
            nospace.setdefault(n[0], set()).add(n)
    return spaced, nospace


def self_check(recs, members):
    errors = []
    handles = {m[2].lower() for m in members}
    spaced, nospace = build_name_index(members)
    for rec in recs:
        text = rec["text"]
        n = len(text)
        gs = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
        ns = [(s["start"], s["end"], s["category"]) for s in rec["negatives"]]
        for s, e, t in gs + ns:
            if not (0 <= s < e <= n):
                errors.append("%s: span out of range %r" % (rec["id"], (s, e, t)))
            if text[s:e] != text[s:e].strip():
                errors.append("%s: span with outer whitespace %r" % (rec["id"], text[s:e]))
        for a, b in zip(gs, gs[1:]):
            if b[0] < a[1]:
                errors.append("%s: gold overlap %r %r" % (rec["id"], a, b))
        for x in ns:
            for g in gs:
                if x[0] < g[1] and g[0] < x[1]:
                    errors.append("%s: negative overlaps gold %r %r" % (rec["id"], x, g))
        for s, e, t in gs:
            v = text[s:e]
            ok = True
            if t == "IPV4":
                ok = ip4_global(v)
            elif t == "IPV6":
                ok = ip6_global(v)
            elif t == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                ok = luhn_ok(d) and len(d) in (15, 16)
            elif t == "IBAN":
                ok = iban_valid(v)
            elif t == "US_SSN":
                ok = ssn_valid(v)
            elif t == "EMAIL":
                ok = not re.search(r"example\.(com|net|org)|\.(example|test|invalid)$", v) and v[-1].isalnum()
            elif t == "PHONE":
                ok = re.fullmatch(r"[+(0-9][0-9 ()\-./\u00a0]*[0-9]", v) is not None
            elif t == "URL":
                ok = v[-1] not in ".)" and (("askfirst.example/u/" in v) or ".example" not in v)
            elif t == "HANDLE":
                ok = v[0] == "@" and v[1:].lower() in handles
            if not ok:
                errors.append("%s: invalid %s %r" % (rec["id"], t, v))
            if s > 0 and t in ("EMAIL", "URL") and re.match(r"[A-Za-z]", text[s - 1]):
                errors.append("%s: %s glued to Latin letter %r" % (rec["id"], t, text[s - 1:e]))
        for s, e, c in ns:
            v = text[s:e]
            bad = False
            if c.startswith("ipv4_"):
                bad = ip4_global(v)
            elif c == "ipv6_nonglobal":
                bad = ip6_global(v)
            elif c == "luhn_invalid":
                bad = luhn_ok(v)
            elif c == "iban_bad_check":
                bad = iban_valid(v)
            elif c == "ssn_invalid":
                bad = ssn_valid(v)
            if bad:
                errors.append("%s: negative %s is valid %r" % (rec["id"], c, v))
        covered = [(s, e) for s, e, _ in gs] + [(s, e) for s, e, _ in ns]

        def is_cov(a, b):
            return any(s <= a and b <= e for s, e in covered) or any(
                t == "PERSON" and s == a + 0 and e == b for s, e, t in gs)
        low = strip_marks(text)
        # spaced names: start at word starts
        for mm in re.finditer(r"\w+", low):
            a = mm.start()
            cands = spaced.get(mm.group(0))
            if not cands:
                continue
            for nm in cands:
                b = a + len(nm)
                if low.startswith(nm, a) and (b == n or not WORDCH.match(low[b])):
                    if not is_cov(a, b):
                        errors.append("%s: member name %r not labelled" % (rec["id"], text[a:b]))
        for i, ch in enumerate(low):
            cands = nospace.get(ch)
            if not cands or ord(ch) < 0x0E00:
                continue
            for nm in cands:
                if low.startswith(nm, i) and not is_cov(i, i + len(nm)):
                    errors.append("%s: member name %r not labelled" % (rec["id"], text[i:i + len(nm)]))
        for mm in re.finditer(r"(?<![A-Za-z0-9_.])@([A-Za-z0-9_]+)", text):
            if mm.group(1).lower() in handles and not is_cov(mm.start(), mm.end()):
                errors.append("%s: member handle %r not labelled" % (rec["id"], mm.group(0)))
    return errors


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    r = random.Random(a.seed)
    w = World(r, a.members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in w.members[:a.members]:
            f.write(json.dumps({"user": m[0], "name": m[1], "handle": m[2]}, ensure_ascii=False) + "\n")
    recs = []
    for i in range(a.records):
        ctx, kind = build_record(r, w, i)
        recs.append(finish(ctx, "b24-%05d" % (i + 1), kind))
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    errs = self_check(recs, w.members[:a.members])
    types, cats = {}, {}
    for rec in recs:
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in rec["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d" % (len(recs), len(w.members[:a.members])), file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())), file=sys.stderr)
    if errs:
        for e in errs[:50]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        print("self-check failed: %d problems" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
