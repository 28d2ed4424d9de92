#!/usr/bin/env python3
"""gen_blind3.py - the seventh labelled PII corpus for issue 3, written blind.

  gen_blind3.py --out DIR [--records N] [--members N] [--seed S]

Written from issue 3's definition table alone, without looking at the engine, its docs or
any other corpus generator.  Writes DIR/members.jsonl (member directory) and
DIR/corpus.jsonl (records {"id","lang","kind","text","spans","negatives"}, offsets in code
points, end-exclusive).  Python 3 standard library only; deterministic per seed.

Languages (lang field): en, en-NG (Nigerian English), es, pt (Brazil), fr, de, it, nl, pl,
tr, ru, uk, ar, he, hi, bn, zh, ja, ko, vi, id, sw.  Kinds: post, comment, reply, headline,
about, job_post, event, recommendation.

Readings of the specification that had to be chosen:
- PERSON: a first name alone is labelled only in a greeting, thanks or congratulation
  addressed to the person ("Thanks, Anja!", "Parabéns, João!", "Cảm ơn anh Hùng!"; titles and
  honorifics such as "anh", "Pak", "ji", "さん", "님", "老师" stay outside), and after the
  full name in the same record in an English possessive ("Anja's").  Vietnamese greetings use
  the given name (last token).  Chinese/Japanese/Korean members are greeted by full name.
  `@Full Name` mentions: the span is the name, without the `@`.  Name variants in text:
  lower case, upper case, and without diacritics (ı→i, ł→l, đ→d, ß→ss included).
- PERSON names in non-Latin scripts appear in the script the directory uses; some Hindi
  members are written in Latin script in the directory and so in the text.
- HANDLE: the `@handle` exactly as in the directory (lower case), including the `@`;
  a trailing sentence dot is outside.  `@Company` mentions of non-members (e.g. "@Siemens")
  are hard negatives in category at_not_handle, as are code-ish `@` tokens.
- URL: only the listed person-identifying sites (linkedin.com/in, github.com/<user>,
  x.com / twitter.com /<user> and a status under it, medium.com/@user (and a post under it),
  bsky.app/profile, <name>.substack.com, calendly.com/<user>[/event], askfirst.example/u/)
  with or without scheme / www.; a trailing `/` belongs to the URL, trailing `.` `,` `)` `!`
  do not.  LinkedIn slugs may be percent-encoded (CJK names).
- EMAIL: obfuscated forms `a [at] b [dot] c`, `a(at)b.c`, `a (at) b (dot) c`: the whole form
  is the span.  `mailto:` is a negative (category mailto); `<` `>` and `(` `)` are outside.
- PHONE: national numbers start at their first digit or `(`, international at `+` / `00`;
  `tel:` is outside.  NBSP separators are used in some numbers.
- IPV4/IPV6: `:port`, `/cidr` and `[ ]` are outside; IPv6 `/prefix` is outside too.
- Negatives: the span covers the whole item (a whole price with its currency, a whole
  patent number with kind code, a whole non-person URL); for org/place/eponym the span is
  the name-like part ("Max-Planck" in "Max-Planck-Institut", "Charlotte" in "Charlotte,
  NC"); for name_word the word.  Negatives in non-English text sometimes carry English tech
  terms (versions, firmware, IPs), as real posts do.
- Every occurrence of a member full name (any case, diacritics folded) or a member @handle
  in the text must be inside a gold span or a negative span; otherwise the record is redrawn.
"""
import argparse
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkdigits import luhn_ok, iban_mod97  # noqa: E402

NBSP = "\u00a0"

# ---------------------------------------------------------------- names (native, latin)
# Non-Latin pools are "native|latin" pairs; female first names end in ~ for gendered surnames.
def P(s):
    out = []
    for w in s.split():
        if "|" in w:
            a, b = w.split("|")
            out.append((a.replace("_", " "), b))
        else:
            out.append((w.replace("_", " "), None))
    return out

NAMES = {
    "en": (P("James Olivia Will Grace Rose June Mark Dawn Bill Hope Joy Faith Summer Amber Ruby "
             "Ethan Chloe Liam Emma Noah Ava Daniel Sarah Michael Emily Matthew Hannah Ryan Megan "
             "Tyler Lauren Kevin Rachel Charlotte Florence Victoria Sydney Austin Paris Lincoln "
             "Jordan Madison Savannah Eugene Virginia Georgia Ruth Carol Sean Siobhán Zoë Brooke"),
           P("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson "
             "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Baker "
             "Brooks Hughes Cooper Reed Bell Murphy O'Brien Kelly Sullivan Patel Washington Mitchell "
             "Carter Turner Parker Evans Collins Stewart Morris Cook Bennett Gray Price Wood Barnes "
             "Ross Henderson Coleman Foster Hayes McKenzie")),
    "es": (P("María José Lucía Pablo Alejandro Carmen Javier Sofía Diego Paula Marta Sergio Laura "
             "Andrés Elena Raúl Inés Álvaro Nuria Paz Luz Rosa Dolores Consuelo Soledad Esperanza "
             "Rocío Íñigo Begoña Guadalupe Santiago Ximena Mateo Valentina Camila Joaquín Antonio"),
           P("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
             "Hernández Díaz Moreno Álvarez Muñoz Romero Navarro Torres Domínguez Vázquez Ramos Gil "
             "Serrano Castillo Ortega Rubio Núñez Iglesias Medina Herrera Castro Vargas Méndez Peña")),
    "pt": (P("João Maria Ana Pedro Lucas Gabriel Beatriz Mariana Rafael Juliana Thiago Camila Felipe "
             "Larissa Gustavo Letícia Bruno Fernanda Vitória Glória Graça Luz Conceição Caio Vinícius "
             "Luana Matheus Isabela Henrique Aline"),
           P("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
             "Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento "
             "Andrade Moreira Nunes Marques Machado Mendes Freitas Araújo Cavalcanti Magalhães")),
    "fr": (P("Camille Léa Manon Chloé Inès Lucas Hugo Louis Gabriel Arthur Jules Théo Mathilde "
             "Clémence Élodie Benoît Aurélien Sébastien François Hélène Océane Margaux Pierre Claire "
             "Rose Marine Olive Blanche Florence Céline Gaëlle Jérôme Loïc Anne-Marie Jean-Baptiste"),
           P("Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre "
             "Michel David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
             "Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin Chevalier")),
    "de": (P("Anja Lukas Leon Finn Jonas Paul Felix Maximilian Lena Hannah Lea Marie Sophie Katharina "
             "Julia Jürgen Jörg Günter Björn Sören Uwe Dirk Sabine Birgit Ulrike Heike Frank Ernst "
             "Klaus Bernd Jens Till Lars Ute Mareike Jannik Ole Tobias Timo Kai"),
           P("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
             "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange "
             "Krause Lehmann König Kaiser Fuchs Scholz Möller Weiß Jung Vogel Keller Berger Roth Beck "
             "Lorenz Baumann Albrecht Böhm Winter Jäger Sommer Groß Brandt Ziegler Kühn Engel Voigt")),
    "it": (P("Giulia Francesco Alessandro Sofia Lorenzo Chiara Matteo Aurora Leonardo Martina Andrea "
             "Federica Davide Elisa Simone Giorgia Riccardo Valentina Niccolò Gioia Serena Felice "
             "Speranza Domenico Salvatore Carmela Luca Marco"),
           P("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
             "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Rinaldi "
             "Caruso Galli Martini Leone Longo Gentile Vitale Serra D'Angelo Marchetti Parisi Fabbri")),
    "nl": (P("Daan Sem Lucas Levi Finn Milan Emma Julia Mila Tess Sophie Sanne Lotte Femke Roos Bas "
             "Joost Maarten Pieter Wouter Sven Ruben Niels Thijs Inge Marieke Anouk Eva Noor Wil"),
           P("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
             "Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra de_Graaf "
             "van_der_Meer Kok de_Haan Vermeulen Hoekstra Maas Verhoeven Koster Prins Blom Kuipers")),
    "pl": (P("Anna~ Maria~ Katarzyna~ Małgorzata~ Agnieszka~ Barbara~ Ewa~ Zofia~ Róża~ Jagoda~ "
             "Kalina~ Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Łukasz Jakub Mateusz "
             "Wojciech Grzegorz Szymon Kacper Oliwia~ Natalia~"),
           P("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
             "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Kaczmarek Piotrowski "
             "Grabowski Zając Michalski Król Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień")),
    "tr": (P("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Burak Can Elif Zeynep Ayşe Fatma "
             "Merve Büşra Selin Ece Deniz Umut Barış Güneş Yıldız Bahar Sevgi Özgür Irmak Tuğba "
             "Gökhan Çağla Şule"),
           P("Yılmaz Kaya Demir Şahin Çelik Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
             "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Çakır Yavuz Acar Aktaş Güler Yalçın "
             "Bozkurt Bulut Keskin Ünal Turan Işık Kaplan Avcı Tekin Köse Yüksel Aksoy")),
    "ru": (P("Анна|anna~ Мария|maria~ Елена|elena~ Ольга|olga~ Наталья|natalya~ Екатерина|ekaterina~ "
             "Татьяна|tatiana~ Ирина|irina~ Светлана|svetlana~ Юлия|yulia~ Вера|vera~ "
             "Надежда|nadezhda~ Любовь|lyubov~ Александр|alexander Дмитрий|dmitry Сергей|sergey "
             "Андрей|andrey Алексей|alexey Максим|maxim Иван|ivan Михаил|mikhail Роман|roman Лев|lev "
             "Артём|artem Никита|nikita Павел|pavel"),
           P("Иванов|ivanov Смирнов|smirnov Кузнецов|kuznetsov Попов|popov Васильев|vasiliev "
             "Петров|petrov Соколов|sokolov Михайлов|mikhailov Новиков|novikov Фёдоров|fedorov "
             "Морозов|morozov Волков|volkov Алексеев|alekseev Лебедев|lebedev Семёнов|semenov "
             "Егоров|egorov Павлов|pavlov Козлов|kozlov Степанов|stepanov Орлов|orlov Макаров|makarov "
             "Никитин|nikitin Захаров|zakharov")),
    "uk": (P("Олена|olena Оксана|oksana Наталія|nataliia Ірина|iryna Тетяна|tetiana Юлія|yuliia "
             "Віра|vira Надія|nadiia Любов|liubov Софія|sofiia Анастасія|anastasiia Андрій|andrii "
             "Олександр|oleksandr Дмитро|dmytro Сергій|serhii Максим|maksym Тарас|taras Богдан|bohdan "
             "Роман|roman Остап|ostap Ярослав|yaroslav Микола|mykola Віталій|vitalii"),
           P("Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko Ткаченко|tkachenko "
             "Кравченко|kravchenko Олійник|oliinyk Шевчук|shevchuk Поліщук|polishchuk Бойко|boiko "
             "Мельник|melnyk Коваль|koval Лисенко|lysenko Руденко|rudenko Савченко|savchenko "
             "Марченко|marchenko Петренко|petrenko Гончаренко|honcharenko Левченко|levchenko "
             "Мороз|moroz Павленко|pavlenko Ковальчук|kovalchuk")),
    "ar": (P("محمد|mohammed أحمد|ahmed علي|ali عمر|omar خالد|khaled يوسف|youssef إبراهيم|ibrahim "
             "حسن|hassan كريم|karim سعيد|saeed جميل|jamil فاطمة|fatima عائشة|aisha مريم|maryam "
             "نور|noor ليلى|layla سارة|sara هدى|huda أمل|amal فرح|farah رحمة|rahma سلمى|salma ريم|reem"),
           P("العتيبي|alotaibi الحربي|alharbi القحطاني|alqahtani الزهراني|alzahrani الشمري|alshammari "
             "الدوسري|aldosari المالكي|almalki حداد|haddad خوري|khoury منصور|mansour عبد_الله|abdullah "
             "حسين|hussein السيد|elsayed مصطفى|mostafa سليمان|suleiman الهاشمي|alhashimi "
             "النجار|alnajjar الخطيب|alkhatib صالح|saleh")),
    "he": (P("נועה|noa תמר|tamar מיכל|michal שירה|shira יעל|yael אור|or טל|tal גל|gal שחר|shahar "
             "עדן|eden שקד|shaked רון|ron אורי|ori יונתן|yonatan איתי|itay דניאל|daniel עומר|omer "
             "נדב|nadav אביגיל|avigail רוני|roni"),
           P("כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton דהן|dahan אברהם|avraham "
             "פרידמן|friedman שפירא|shapira אזולאי|azoulay גולדברג|goldberg רוזנברג|rosenberg "
             "אוחיון|ohayon חדד|hadad קפלן|kaplan שטרן|stern ברק|barak")),
    "hi": (P("अमित|amit राहुल|rahul प्रिया|priya आशा|asha किरण|kiran पूजा|pooja दीपक|deepak अमर|amar "
             "सूरज|suraj नेहा|neha अंजलि|anjali रोहित|rohit विकास|vikas सुनीता|sunita अर्जुन|arjun "
             "कविता|kavita अनुराग|anurag श्वेता|shweta आदित्य|aditya रीना|reena"),
           P("शर्मा|sharma वर्मा|verma गुप्ता|gupta सिंह|singh कुमार|kumar पटेल|patel यादव|yadav "
             "मिश्रा|mishra जोशी|joshi अग्रवाल|agarwal चौहान|chauhan त्रिपाठी|tripathi "
             "श्रीवास्तव|srivastava पांडे|pandey मेहता|mehta राव|rao नायर|nair अय्यर|iyer रेड्डी|reddy "
             "खन्ना|khanna")),
    "bn": (P("রাহুল|rahul অমিত|amit সৌরভ|sourav আশা|asha আলো|alo শান্তি|shanti তানিয়া|tania "
             "ফারহানা|farhana নুসরাত|nusrat রফিক|rafiq সাকিব|sakib তাসনিম|tasnim আরিফ|arif মিতা|mita "
             "দেবাশীষ|debashish প্রিয়াঙ্কা|priyanka ইমরান|imran"),
           P("আহমেদ|ahmed হোসেন|hossain ইসলাম|islam রহমান|rahman চৌধুরী|chowdhury "
             "বন্দ্যোপাধ্যায়|banerjee মুখার্জি|mukherjee দাস|das সরকার|sarkar খান|khan আলম|alam "
             "ঘোষ|ghosh বসু|basu সেন|sen রায়|roy")),
    "zh": (P("伟|wei 芳|fang 娜|na 敏|min 静|jing 丽|li 强|qiang 磊|lei 军|jun 洋|yang 勇|yong 艳|yan "
             "杰|jie 娟|juan 涛|tao 超|chao 华|hua 平|ping 刚|gang 晓明|xiaoming 子涵|zihan 雨桐|yutong "
             "浩然|haoran 欣怡|xinyi 梓轩|zixuan 思远|siyuan 嘉怡|jiayi 宇航|yuhang 文博|wenbo"),
           P("王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao 吴|wu 周|zhou 徐|xu "
             "孙|sun 朱|zhu 胡|hu 郭|guo 何|he 林|lin 罗|luo 郑|zheng 梁|liang 谢|xie 宋|song 唐|tang")),
    "ja": (P("翔太|shota 健太|kenta 大輔|daisuke 直樹|naoki 拓也|takuya 蓮|ren 陽翔|haruto 悠真|yuma "
             "結衣|yui 美咲|misaki 陽子|yoko 恵|megumi 花子|hanako 彩|aya 由美|yumi 真由|mayu "
             "さくら|sakura ひかり|hikari あおい|aoi 春香|haruka 千尋|chihiro"),
           P("佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 伊藤|ito 渡辺|watanabe 山本|yamamoto "
             "中村|nakamura 小林|kobayashi 加藤|kato 吉田|yoshida 山田|yamada 佐々木|sasaki "
             "山口|yamaguchi 松本|matsumoto 井上|inoue 木村|kimura 清水|shimizu 斎藤|saito")),
    "ko": (P("민준|minjun 서연|seoyeon 지훈|jihoon 수빈|subin 하늘|haneul 보람|boram 슬기|seulgi "
             "지민|jimin 현우|hyunwoo 예린|yerin 도윤|doyoon 서준|seojun 하은|haeun 지우|jiwoo "
             "유진|yujin 성민|sungmin 은지|eunji 태현|taehyun 한결|hangyeol"),
           P("김|kim 이|lee 박|park 최|choi 정|jung 강|kang 조|cho 윤|yoon 장|jang 임|lim 한|han "
             "오|oh 서|seo 신|shin 권|kwon")),
    "vi": (P("Anh Minh Hùng Lan Hoa Mai Xuân Phúc Bình An Tuấn Huy Linh Trang Hương Dũng Thảo Nam "
             "Khoa Vy Hiếu"),
           P("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")),
    "id": (P("Budi Agus Dewi Sari Putri Indah Ayu Rizky Fajar Dimas Wahyu Andi Siti Rina Intan Bayu "
             "Yoga Eka Citra Bunga Cahaya Adi"),
           P("Santoso Wijaya Saputra Pratama Hidayat Kurniawan Setiawan Nugroho Wibowo Siregar "
             "Simanjuntak Hasibuan Lubis Nasution Harahap Gunawan Susanto Halim Tanjung Rahayu "
             "Lestari Permana Kusuma")),
    "sw": (P("Imani Baraka Amani Neema Zawadi Furaha Upendo Rehema Juma Hamisi Wanjiru Achieng "
             "Otieno Kamau Wambui Njeri Omondi Akinyi Zuberi Halima Mwajuma Salim Faraji Jabari Kioko"),
           P("Mwangi Otieno Kamau Ochieng Wanjiku Njoroge Kariuki Mutua Odhiambo Kiprop Chebet Said "
             "Msuya Mollel Mushi Massawe Lyimo Kimaro Swai Shirima Temba Magesa Mrema Onyango")),
    "en-NG": (P("Chinedu Chiamaka Ngozi Emeka Oluwaseun Tunde Funmilayo Adebayo Ifeoma Obinna Kelechi "
                "Yetunde Uche Chukwuemeka Amaka Tobi Damilola Blessing Favour Precious Goodluck "
                "Patience Peace Gift Promise Success Kindness Godwin Aisha Musa Zainab Abubakar"),
              P("Okafor Okonkwo Adeyemi Oladipo Balogun Eze Nwosu Obi Ogunleye Ibrahim Bello Yusuf "
                "Okoro Nnamdi Chukwu Olawale Afolabi Adeleke Akinola Uzor Ekwueme Danjuma Lawal "
                "Ogbonna Babatunde Jonathan")),
}
VI_MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quốc", "Thanh", "Hoài"]
CJK_LANGS = ("zh", "ja", "ko")

# members whose names collide with org / place / eponym / word negatives
SPECIAL = [
    ("en", "Morgan Stanley"), ("en", "Charles Schwab"), ("en", "Edward Jones"), ("en", "Raymond James"),
    ("en", "Ralph Lauren"), ("en", "Calvin Klein"), ("de", "Hugo Boss"), ("en", "Tommy Hilfiger"),
    ("fr", "Louis Vuitton"), ("fr", "Christian Dior"), ("it", "Giorgio Armani"), ("en", "John Lewis"),
    ("en", "Ted Baker"), ("de", "Carl Zeiss"), ("de", "Robert Bosch"), ("en", "Paul Smith"),
    ("en", "Michael Kors"), ("en", "Kate Spade"), ("nl", "Albert Heijn"), ("en", "Grace Hopper"),
    ("en", "Alan Turing"), ("de", "Max Planck"), ("fr", "Marie Curie"), ("en", "Ada Lovelace"),
    ("en", "Rosalind Franklin"), ("en", "Nelson Mandela"), ("fr", "Jean Monnet"),
    ("en", "Florence Nightingale"), ("en", "Isaac Newton"), ("en", "Niels Bohr"),
    ("en", "George Washington"), ("en", "Will Baker"), ("en", "Grace Young"),
    ("en", "Charlotte Brooks"), ("en", "June Scott"), ("en", "Rose Miller"), ("en", "Dawn Harris"),
    ("en", "Mark Evans"), ("en", "Hope Collins"), ("es", "Paz Romero"), ("es", "Luz Herrera"),
    ("pt", "Graça Ferreira"), ("pt", "Vitória Costa"), ("fr", "Pierre Lambert"), ("fr", "Claire Dupont"),
    ("de", "Ernst Vogel"), ("de", "Frank Berger"), ("it", "Gioia Rinaldi"), ("it", "Serena Fontana"),
    ("nl", "Roos Visser"), ("tr", "Umut Yılmaz"), ("tr", "Deniz Kaya"), ("ru", "Вера Смирнова|vera.smirnova"),
    ("ru", "Роман Петров|roman.petrov"), ("uk", "Надія Шевченко|nadiia.shevchenko"),
    ("ar", "أمل حداد|amal.haddad"), ("ar", "نور منصور|noor.mansour"), ("he", "אור כהן|or.cohen"),
    ("hi", "आशा शर्मा|asha.sharma"), ("bn", "আলো সেন|alo.sen"), ("zh", "高峰|gao.feng"),
    ("zh", "黎明|li.ming"), ("zh", "金星|jin.xing"), ("zh", "白云|bai.yun"), ("zh", "江山|jiang.shan"),
    ("ja", "佐藤さくら|sato.sakura"), ("ja", "鈴木ひかり|suzuki.hikari"), ("ko", "이보람|lee.boram"),
    ("ko", "김하늘|kim.haneul"), ("vi", "Nguyễn Thị Mai"), ("vi", "Trần Văn Bình"),
    ("id", "Dewi Lestari"), ("id", "Indah Permana"), ("sw", "Neema Mollel"), ("sw", "Baraka Otieno"),
    ("en-NG", "Blessing Okafor"), ("en-NG", "Goodluck Jonathan"), ("en-NG", "Patience Eze"),
    ("en-NG", "Peace Adeyemi"), ("en-NG", "Favour Nwosu"),
]

TRANS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                       "Ø": "O", "æ": "ae", "œ": "oe"})


def fold(s):
    """Diacritic- and case-folded form (for directory matching in the validator)."""
    s = s.translate(TRANS).casefold()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def strip_marks(s):
    s = s.translate(TRANS).replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def ascii_slug(s):
    s = strip_marks(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


class Member:
    __slots__ = ("user", "name", "handle", "first", "lang", "lat")

    def __init__(self, user, name, handle, first, lang, lat):
        self.user, self.name, self.handle, self.first, self.lang, self.lat = \
            user, name, handle, first, lang, lat


def make_handle(rng, lat, taken):
    f, l = lat
    f, l = ascii_slug(f), ascii_slug(l)
    forms = [f + l, f + "." + l, f + "_" + l, f[0] + l, l + "." + f, f + l[0], f + "." + l[0],
             f + "_" + l[:3]]
    for _ in range(40):
        h = rng.choice(forms)
        if rng.random() < 0.35 or h in taken:
            h += str(rng.choice([rng.randint(1, 99), rng.randint(1975, 2004)]))
        if len(h) >= 5 and h not in taken:
            taken.add(h)
            return h
    h = f + l + str(len(taken))
    taken.add(h)
    return h


def build_members(rng, n):
    taken = set()
    out = []
    langs = list(NAMES)
    for lang, nm in SPECIAL:
        if "|" in nm:
            nm, lat = nm.split("|")
            lat = tuple(lat.split("."))
        else:
            parts = nm.split()
            lat = (parts[0], parts[-1])
        first = nm if lang in CJK_LANGS else (nm.split()[-1] if lang == "vi" else nm.split()[0])
        out.append((lang, nm, first, lat))
    while len(out) < n:
        lang = rng.choice(langs)
        firsts, lasts = NAMES[lang]
        (f, fl), (l, ll) = rng.choice(firsts), rng.choice(lasts)
        fem = f.endswith("~")
        f = f.rstrip("~")
        if lang == "ru" and fem:
            l, ll = l + "а", ll + "a"
        if lang == "pl" and fem and re.search(r"(ski|cki|dzki)$", l):
            l = l[:-1] + "a"
        fl, ll = fl or f, ll or l
        if lang in ("zh", "ja", "ko"):
            nm, first, lat = l + f, l + f, (ll, fl)
        elif lang == "vi":
            nm = "%s %s %s" % (l, rng.choice(VI_MIDDLE), f)
            first, lat = f, (f, l)
        elif lang == "hi" and rng.random() < 0.5:
            nm, first, lat = "%s %s" % (fl.capitalize(), ll.capitalize()), fl.capitalize(), (fl, ll)
        else:
            nm, first, lat = f + " " + l, f, (fl, ll)
        out.append((lang, nm, first, lat))
    members = []
    for i, (lang, nm, first, lat) in enumerate(out):
        h = make_handle(rng, lat, taken)
        members.append(Member("u%d" % (i + 1), nm, h, first, lang, lat))
    return members


# ---------------------------------------------------------------- validators
def ssn_valid(s):
    a, g, n = re.split(r"[- ]", s)
    a, g, n = int(a), int(g), int(n)
    return not (a == 0 or a == 666 or a >= 900 or g == 0 or n == 0)


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "TR": 26, "GB": 22,
            "PT": 25, "BE": 16, "AT": 20, "CH": 21, "UA": 29, "SA": 24, "AE": 23, "IL": 23,
            "BR": 29}
IBAN_BBAN = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
             "PL": "8n16n", "TR": "5n1n16n", "GB": "4a6n8n", "PT": "4n4n11n2n", "BE": "3n7n2n",
             "AT": "5n11n", "CH": "5n12n", "UA": "6n19n", "SA": "2n18n", "AE": "3n16n",
             "IL": "3n3n13n", "BR": "8n5n10n1a1n"}


def iban_ok(s):
    c = s.replace(" ", "")
    return c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1


def card_brand(d):
    if d[0] == "4" and len(d) == 16:
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "disc"
    return None


# ---------------------------------------------------------------- structured generators
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng, valid=True):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = rng.choice(["6011" + digits(rng, 11), str(rng.randint(644, 649)) + digits(rng, 12),
                           "65" + digits(rng, 13)])
    num = luhn_complete(body)
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    label = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "Amex",
             "disc": "Discover"}[brand]
    return label, sep.join(g)


def gen_iban(rng, valid=True, cc=None):
    cc = cc or rng.choice(list(IBAN_BBAN))
    bban = ""
    for m in re.finditer(r"(\d+)([na])", IBAN_BBAN[cc]):
        k, t = int(m.group(1)), m.group(2)
        bban += digits(rng, k) if t == "n" else "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                       for _ in range(k))
    chk = 98 - iban_mod97(cc + "00" + bban)
    if not valid:
        bad = chk
        while bad == chk:
            bad = rng.randint(2, 98)
        chk = bad
    iban = "%s%02d%s" % (cc, chk, bban)
    if rng.random() < 0.6:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_ssn(rng, valid=True):
    sep = "-" if rng.random() < 0.8 else " "
    while True:
        a, g, n = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if not valid:
            k = rng.randint(0, 3)
            if k == 0:
                a = rng.choice([0, 666])
            elif k == 1:
                a = rng.randint(900, 999)
            elif k == 2:
                g = 0
            else:
                n = 0
        s = "%03d%s%02d%s%04d" % (a, sep, g, sep, n)
        if ssn_valid(s) == valid:
            return s


def gen_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast and a.packed[3] not in (0, 255):
            return str(a)


IPV6_PREFIXES = ["2a00:1450", "2a01:4f8", "2a02:26f0", "2606:4700", "2607:f8b0", "2600:1f18",
                 "2a03:2880", "2001:4860", "2400:cb00", "2404:6800", "2c0f:fb50", "2800:3f0",
                 "2a0a:e5c0", "2a05:d014", "2402:4e00", "2001:67c"]


def gen_ipv6(rng):
    p = rng.choice(IPV6_PREFIXES).split(":")
    groups = p + ["%x" % rng.randint(0, 0xffff) for _ in range(2)]
    style = rng.randint(0, 3)
    if style == 0:      # compressed with :: then a short tail
        tail = ["%x" % rng.randint(1, 0xffff) for _ in range(rng.randint(1, 2))]
        s = ":".join(groups[:rng.randint(2, 4)]) + "::" + ":".join(tail)
    elif style == 1:    # full, no compression
        g = groups + ["%x" % rng.randint(0, 0xffff) for _ in range(4)]
        s = ":".join(g)
    elif style == 2:    # zero-padded full
        g = groups[:3] + ["0"] * 3 + ["%x" % rng.randint(1, 0xffff) for _ in range(2)]
        s = ":".join("%04x" % int(x, 16) for x in g)
    else:
        s = str(ipaddress.IPv6Address(":".join(groups + ["0", "0", "0", "%x" % rng.randint(1, 0xff)])))
    if rng.random() < 0.2:
        s = s.upper()
    ip = ipaddress.IPv6Address(s)
    if not ip.is_global:
        return gen_ipv6(rng)
    return s


# phone patterns: X any digit, N 2-9, {..} choice
PHONES = {
    "US": ["(AAA) NXX-XXXX", "AAA-NXX-XXXX", "AAA.NXX.XXXX", "+1 AAA NXX XXXX", "+1-AAA-NXX-XXXX",
           "+1 (AAA) NXX-XXXX", "+1AAANXXXXXX", "+1 AAA-NXX-XXXX"],
    "UK": ["07{4,5,7,8,9}XX XXXXXX", "+44 7{4,5,7,8,9}XX XXXXXX", "+44 (0)7{4,5,7,8,9}XX XXXXXX",
           "020 {3,7,8}XXX XXXX", "+44 20 {3,7,8}XXX XXXX", "+44 (0)20 {3,7,8}XXX XXXX",
           "0161 NXX XXXX", "+44 161 NXX XXXX", "0131 NXX XXXX", "+447{4,5,7,8,9}XXXXXXXX"],
    "DE": ["030 NXXXXXXX", "+49 30 NXXXXXXX", "+49 (0)30 NXXXXXX", "030/NXXXXXX", "089 NXXXXXX",
           "+49 89 NXXX XXXX", "0151 XXXXXXXX", "0151-XXXXXXXX", "+49 15{1,2,7} XXXXXXXX",
           "+49 (0) 17{0,1,2,3,5,6,8,9} XXXXXXX", "017{1,2,6}/XXXXXXX", "+49 176 XXX XXX XX",
           "0049 160 XXXXXXX", "040 NXX XXX XX", "+4917{0,1,2,5,6}XXXXXXXX"],
    "FR": ["0{1,2,3,4,5,6,7,9} XX XX XX XX", "+33 {1,6,7} XX XX XX XX", "+33 (0){1,6,7} XX XX XX XX",
           "0{6,7}.XX.XX.XX.XX", "0{6,7}XXXXXXXX", "0033 {6,7} XX XX XX XX", "+33{6,7}XXXXXXXX"],
    "IN": ["+91 {6,7,8,9}XXXX XXXXX", "+91-{6,7,8,9}XXXXXXXXX", "0{7,8,9}XXXX XXXXX",
           "{7,8,9}XXXX XXXXX", "+91 22 NXXX XXXX", "022-NXXXXXXX", "+91 80 NXXX XXXX",
           "080-NXXX XXXX", "+91{7,8,9}XXXXXXXXX"],
    "BR": ["({11,21,31,41,51,61,71,81,85,19}) 9XXXX-XXXX", "+55 {11,21,31,41,51,61} 9XXXX-XXXX",
           "+55 ({11,21,31,41}) 9XXXX-XXXX", "({11,21,31,41}) {3,4}XXX-XXXX",
           "+55 {11,21,31} {3,4}XXX-XXXX", "{11,21,31,41} 9XXXX-XXXX", "+55{11,21,31}9XXXXXXXX"],
    "JP": ["0{7,8,9}0-XXXX-XXXX", "+81 {7,8,9}0-XXXX-XXXX", "+81 {7,8,9}0 XXXX XXXX", "03-NXXX-XXXX",
           "+81 3-NXXX-XXXX", "06-NXXX-XXXX", "+81-6-NXXX-XXXX", "045-NXX-XXXX"],
    "AU": ["04XX XXX XXX", "+61 4XX XXX XXX", "(02) NXXX XXXX", "+61 2 NXXX XXXX", "(03) 9XXX XXXX",
           "+61 3 9XXX XXXX", "+614XXXXXXXX"],
    "CN": ["1{3,5,8}X XXXX XXXX", "1{3,5,8}XXXXXXXXX", "+86 1{3,5,8}X XXXX XXXX", "+86-1{3,5,8}XXXXXXXXX",
           "010-NXXXXXXX", "+86 10 NXXX XXXX", "021-NXXX XXXX", "+86 21 NXXX XXXX", "0755-NXXXXXXX"],
    "ES": ["6XX XXX XXX", "6XX XX XX XX", "+34 6XX XXX XXX", "+34 6XX XX XX XX", "91 NXX XX XX",
           "+34 91 NXX XX XX", "93 NXX XX XX", "+34 93X XXX XXX", "0034 6XX XXX XXX"],
    "IT": ["3{2,3,4,9}X XXX XXXX", "+39 3{2,3,4,9}X XXX XXXX", "+39 3{2,3,4}X XXXXXXX", "3{3,4}X XXXXXXX",
           "06 NXXX XXXX", "+39 06 NXXX XXXX", "02 NXXX XXXX", "+39 02 NXXXXXXX", "02-NXXXXXXX",
           "0039 3{3,4}X XXX XXXX"],
    "NL": ["06-XXXXXXXX", "06 XXXX XXXX", "+31 6 XXXXXXXX", "+31 (0)6 XXXX XXXX", "+31 6 XX XX XX XX",
           "020-NXXXXXX", "+31 20 NXX XXXX", "010 NXX XXXX", "+31 (0)20 NXX XXXX", "0031 6 XXXXXXXX"],
    "NG": ["0{803,806,813,816,703,706,903,805,807,802,808,812} XXX XXXX",
           "+234 {803,806,813,816,703,706,903,805,807,802,808,812} XXX XXXX",
           "+234 (0){803,806,813,805,807,802} XXX XXXX", "0{803,806,813,703,805,807,802,808}XXXXXXX",
           "+234{803,806,813,703,805,802}XXXXXXX", "+234-{803,806,813,805,802}-XXX-XXXX"],
    "PL": ["+48 {5,6,7,8}XX XXX XXX", "{5,6,7,8}XX XXX XXX", "+48 22 NXX XX XX", "22 NXX XX XX",
           "{5,6,7}XX-XXX-XXX"],
    "TR": ["0 5{0,3,4,5}X XXX XX XX", "05{0,3,4,5}X XXX XX XX", "+90 5{0,3,4,5}X XXX XX XX",
           "+90 (5{3,4,5}X) XXX XX XX", "0(212) NXX XX XX", "+90 212 NXX XX XX", "0216 NXX XX XX"],
    "RU": ["+7 9XX XXX-XX-XX", "8 (9XX) XXX-XX-XX", "+7 (9XX) XXX-XX-XX", "+7 495 NXX-XX-XX",
           "8 (495) NXX-XX-XX", "+79XXXXXXXXX", "+7 (812) NXX-XX-XX"],
    "UA": ["+380 {50,63,66,67,68,73,93,95,96,97,98,99} XXX XX XX",
           "+380 ({50,67,68,93,97}) XXX-XX-XX", "0{50,67,68,93,97} XXX XX XX",
           "(0{50,67,93}) XXX-XX-XX", "+380 44 NXX XX XX", "044 NXX-XX-XX", "+38 0{67,50,93} XXX XX XX"],
    "AE": ["+971 5{0,2,4,5,6,8} XXX XXXX", "05{0,2,4,5,6,8} XXX XXXX", "+971 4 NXX XXXX", "04 NXX XXXX",
           "+971-5{0,5,6}-XXXXXXX"],
    "SA": ["+966 5{0,3,4,5,6,9} XXX XXXX", "05{0,3,4,5,6,9} XXX XXXX", "+966 11 NXX XXXX",
           "011 NXX XXXX"],
    "EG": ["+20 1{0,1,2,5} XXXX XXXX", "01{0,1,2,5} XXXX XXXX", "+20 2 NXXX XXXX"],
    "IL": ["05{0,2,3,4,8}-XXX-XXXX", "+972 5{0,2,3,4,8}-XXX-XXXX", "+972 5{0,2,4} XXX XXXX",
           "03-NXX-XXXX", "+972 3-NXX-XXXX", "05{0,2,4}XXXXXXX"],
    "BD": ["01{3,4,5,6,7,8,9}XX-XXXXXX", "+880 1{3,5,7,8,9}XX-XXXXXX", "+880 1{3,7,8,9}XX XXXXXX",
           "01{3,7,8,9}XXXXXXXX", "+880 2-NXXXXXXX"],
    "KR": ["010-XXXX-XXXX", "+82 10-XXXX-XXXX", "+82 10 XXXX XXXX", "02-NXXX-XXXX", "+82 2-NXXX-XXXX",
           "031-NXX-XXXX", "010 XXXX XXXX"],
    "VN": ["09X XXX XXXX", "+84 9X XXX XXXX", "03X XXX XXXX", "+84 3X XXX XXXX", "(028) NXXX XXXX",
           "+84 28 NXXX XXXX", "09XX.XXX.XXX", "09XX XXX XXX"],
    "ID": ["08{1,2,5}X-XXXX-XXXX", "+62 8{1,2,5}X-XXXX-XXXX", "+62 8{1,2,5}X XXXX XXXX",
           "08{1,2,5}XXXXXXXXX", "(021) NXXX XXXX", "+62 21 NXXX XXXX", "+628{1,2}XXXXXXXXX"],
    "KE": ["07{1,2,9}X XXX XXX", "+254 7{1,2,9}X XXX XXX", "+254 7XX XXXXXX", "+2547{1,2}XXXXXXXX",
           "07{1,2}X-XXX-XXX"],
    "TZ": ["+255 7{1,5,6}X XXX XXX", "07{1,5,6}X XXX XXX", "+255 6{5,7,8}X XXX XXX"],
    "MX": ["+52 55 NXXX XXXX", "55 NXXX XXXX", "+52 (55) NXXX-XXXX", "+52 33 NXXX XXXX"],
    "AR": ["+54 9 11 NXXX-XXXX", "(011) NXXX-XXXX", "+54 11 NXXX-XXXX"],
    "PT": ["+351 9{1,2,3,6}X XXX XXX", "9{1,2,3,6}X XXX XXX", "+351 21 NXX XXXX"],
    "CA": ["({416,604,514,403,613}) NXX-XXXX", "+1 {416,604,514,403,613} NXX XXXX",
           "{416,604,514,613}-NXX-XXXX"],
}
US_AREAS = ["212", "415", "646", "312", "617", "206", "512", "303", "404", "305", "713", "202",
            "718", "650", "408", "702", "503", "919"]
LANG_CC = {"en": ["US", "US", "UK", "AU", "CA", "IN"], "en-NG": ["NG"], "es": ["ES", "ES", "MX", "AR", "US"],
           "pt": ["BR", "BR", "BR", "PT"], "fr": ["FR"], "de": ["DE"], "it": ["IT"], "nl": ["NL"],
           "pl": ["PL"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "ar": ["AE", "SA", "EG"],
           "he": ["IL"], "hi": ["IN"], "bn": ["BD", "BD", "IN"], "zh": ["CN"], "ja": ["JP"],
           "ko": ["KR"], "vi": ["VN"], "id": ["ID"], "sw": ["KE", "TZ"]}


def gen_phone(rng, lang):
    if rng.random() < 0.85:
        pat = rng.choice(PHONES[rng.choice(LANG_CC[lang])])
    else:   # someone abroad: international format
        pat = rng.choice([x for x in PHONES[rng.choice(sorted(PHONES))] if x[0] == "+" or x[:2] == "00"])
    pat = re.sub(r"\{([^}]*)\}", lambda m: rng.choice(m.group(1).split(",")), pat)
    area = rng.choice(US_AREAS)
    pat = pat.replace("AAA", area)
    s = "".join(rng.choice("0123456789") if c == "X" else rng.choice("23456789") if c == "N" else c
                for c in pat)
    if rng.random() < 0.06 and " " in s and not s.startswith("+1"):
        s = s.replace(" ", NBSP)
    return s


# ---------------------------------------------------------------- e-mail, URLs
PERSONAL_DOM = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"],
                "en-NG": ["gmail.com", "yahoo.com", "outlook.com"],
                "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
                "pt": ["gmail.com", "hotmail.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
                "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"],
                "de": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"],
                "it": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it"],
                "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
                "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
                "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
                "ru": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru"],
                "uk": ["ukr.net", "gmail.com", "i.ua"],
                "ar": ["gmail.com", "hotmail.com", "yahoo.com"], "he": ["gmail.com", "walla.co.il"],
                "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "bn": ["gmail.com", "yahoo.com"],
                "zh": ["qq.com", "163.com", "126.com", "foxmail.com", "gmail.com"],
                "ja": ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"],
                "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
                "vi": ["gmail.com", "yahoo.com.vn"], "id": ["gmail.com", "yahoo.co.id"],
                "sw": ["gmail.com", "yahoo.com"]}
COMPANY_DOM = {"en": ["northpeak.io", "brightlane.com", "harborview.co", "quillsoft.ai", "mapleridge.org"],
               "en-NG": ["paystackly.ng", "lagosfin.com.ng", "kudaworks.co"],
               "es": ["grupoalvarez.es", "tecnova.com.mx", "andina-datos.com"],
               "pt": ["nubivo.com.br", "agrotech.com.br", "vaga-certa.com.br"],
               "fr": ["lumiere-conseil.fr", "datalis.fr", "atelier-nova.fr"],
               "de": ["nordwind-logistik.de", "kraftwerk-it.de", "bytehaus.de"],
               "it": ["studio-ferraro.it", "tecnosud.it"], "nl": ["polderdata.nl", "grachtsoft.nl"],
               "pl": ["softwarehouse.pl", "wislatech.pl"], "tr": ["bogazici-yazilim.com.tr", "anadolusoft.com"],
               "ru": ["technopark-soft.ru", "sibdata.ru"], "uk": ["dniprosoft.com.ua", "lvivtech.ua"],
               "ar": ["gulfventures.ae", "riyadhtech.sa", "nilesoft.com.eg"],
               "he": ["startupnation.co.il", "cyberwall.co.il"], "hi": ["infotechsolutions.in", "desi-labs.in"],
               "bn": ["dhakasoft.com.bd", "padma-it.com"], "zh": ["huaxin-tech.cn", "yunfan.com.cn"],
               "ja": ["sakura-systems.co.jp", "techfield.jp"], "ko": ["hanbit-soft.co.kr", "seoul-ai.kr"],
               "vi": ["fsoftware.vn", "saigontech.com.vn"], "id": ["nusantara-digital.co.id", "tokoku.id"],
               "sw": ["safaritech.co.ke", "daressoft.co.tz"]}
ROLES = {"en": ["jobs", "careers", "hr", "hello", "talent", "recruiting"], "de": ["bewerbung", "jobs", "karriere"],
         "fr": ["recrutement", "contact", "rh"], "es": ["empleo", "rrhh", "talento"],
         "pt": ["vagas", "rh", "recrutamento"], "it": ["lavoraconnoi", "hr", "candidature"],
         "nl": ["vacatures", "werkenbij"], "pl": ["rekrutacja", "kariera"], "tr": ["ik", "kariyer"],
         "ru": ["hr", "job"], "uk": ["hr", "career"], "id": ["karir", "rekrutmen"], "sw": ["ajira", "hr"]}


def gen_email(rng, lang, m):
    f, l = ascii_slug(m.lat[0]), ascii_slug(m.lat[1])
    r = rng.random()
    if r < 0.15:
        local = rng.choice(ROLES.get(lang, ROLES["en"]))
        dom = rng.choice(COMPANY_DOM[lang])
    elif r < 0.5:
        local = rng.choice([f + "." + l, f[0] + "." + l, f, f + l[0]])
        dom = rng.choice(COMPANY_DOM[lang])
    else:
        local = rng.choice([f + "." + l, f + l, f + "_" + l, f + l + str(rng.randint(1, 99)),
                            l + "." + f, f + "." + l + str(rng.randint(80, 99)), f + "+jobs"])
        dom = rng.choice(PERSONAL_DOM[lang])
    if r >= 0.15 and rng.random() < 0.1:
        local = ".".join(x[:1].upper() + x[1:] for x in local.split("."))
    e = local + "@" + dom
    if rng.random() < 0.09:
        k = rng.randint(0, 3)
        if k == 0:
            e = local + " [at] " + dom.replace(".", " [dot] ")
        elif k == 1:
            e = local + "(at)" + dom
        elif k == 2:
            e = local + " (at) " + dom.replace(".", " (dot) ")
        else:
            e = local + "[at]" + dom
    return e


def lat_slug(m, sep="-"):
    return ascii_slug(m.lat[0]) + sep + ascii_slug(m.lat[1])


def gen_person_url(rng, m):
    k = rng.randint(0, 8)
    scheme = rng.choice(["https://", "https://", "http://", ""])
    if k <= 1:
        slug = lat_slug(m)
        if rng.random() < 0.4:
            slug += "-" + "%x" % rng.randint(0x1000000, 0xfffffff)
        if m.lang in CJK_LANGS and rng.random() < 0.4:
            slug = "".join("%%%02X" % b for b in m.name.encode("utf-8"))
        host = rng.choice(["linkedin.com", "www.linkedin.com", "www.linkedin.com",
                           rng.choice(["de", "fr", "br", "es", "uk", "in", "nl", "it", "tr"]) + ".linkedin.com"])
        u = host + "/in/" + slug + ("/" if rng.random() < 0.4 else "")
    elif k == 2:
        u = "github.com/" + rng.choice([m.handle.replace(".", "-").replace("_", "-"), lat_slug(m, "")])
    elif k == 3:
        u = rng.choice(["x.com/", "twitter.com/"]) + m.handle.replace(".", "_").replace("-", "_")[:15]
        if rng.random() < 0.3:
            u += "/status/" + str(rng.randint(10 ** 18, 19 * 10 ** 17))
    elif k == 4:
        u = "medium.com/@" + m.handle.replace("-", ".")
        if rng.random() < 0.3:
            u += "/" + rng.choice(["why-we-rewrote-our-pipeline", "lessons-from-my-first-year-as-a-manager",
                                   "scaling-postgres-to-10tb"]) + "-" + "%x" % rng.randint(0x10 ** 11, 0x10 ** 12 - 1)
    elif k == 5:
        u = "bsky.app/profile/" + m.handle.replace("_", "-").replace(".", "") + ".bsky.social"
    elif k == 6:
        u = lat_slug(m, "") + ".substack.com"
    elif k == 7:
        u = "calendly.com/" + lat_slug(m) + rng.choice(["", "", "/30min", "/intro-call"])
    else:
        u = "askfirst.example/u/" + m.handle
    if k == 8 and scheme == "http://":
        scheme = "https://"
    return scheme + u


NONPERSON_URLS = {
    "url_company": ["https://www.siemens.com/global/en.html", "www.northpeak.io", "https://brightlane.com/about",
                    "https://www.linkedin.com/company/nordwind-logistik/", "linkedin.com/company/tecnova",
                    "https://www.totvs.com/", "https://www.infosys.com/about.html", "https://nubank.com.br",
                    "https://www.flutterwave.com", "www.safaricom.co.ke", "https://www.tokopedia.com/about"],
    "url_careers": ["https://jobs.lever.co/northpeak/3f1c2a9e-7b1d-4c55-9e0a-1a2b3c4d5e6f",
                    "https://boards.greenhouse.io/brightlane/jobs/5123456", "https://careers.quillsoft.ai",
                    "https://nordwind-logistik.de/karriere", "https://www.nubivo.com.br/vagas",
                    "https://siemens.wd3.myworkdayjobs.com/en-US/External", "https://www.jobberman.com/jobs",
                    "https://apply.workable.com/polderdata/j/A1B2C3D4E5/"],
    "url_docs": ["https://docs.python.org/3/library/ipaddress.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP",
                 "https://learn.microsoft.com/en-us/azure/aks/", "https://kubernetes.io/docs/concepts/",
                 "https://docs.github.com/en/actions", "https://www.postgresql.org/docs/16/indexes.html",
                 "https://react.dev/reference/react/useEffect"],
    "url_paper": ["https://arxiv.org/abs/2403.01234", "https://doi.org/10.1145/3544548.3581388",
                  "https://www.nature.com/articles/s41586-024-07421-0", "arxiv.org/pdf/2310.06825",
                  "https://aclanthology.org/2023.acl-long.123/", "https://doi.org/10.1016/j.jbusres.2023.114021"],
    "url_ticket": ["https://www.eventbrite.com/e/data-summit-2025-tickets-812345678901",
                   "https://lu.ma/ai-lagos-meetup", "https://www.meetup.com/berlin-data-engineering/events/301234567/",
                   "https://www.sympla.com.br/evento/devfest-sao-paulo/2345678", "https://connpass.com/event/312345/",
                   "https://www.ticketmaster.com/event/0B005F8A1234"],
    "url_form": ["https://forms.gle/8ZpQx3vK2mNw7yRt9", "https://docs.google.com/forms/d/e/1FAIpQLSc8x3k/viewform",
                 "https://forms.office.com/r/Xy12AbCd34", "https://acme.typeform.com/to/Qw3rTy",
                 "https://tally.so/r/w4Ab9x", "https://www.jotform.com/241234567890"],
}
AT_NOT = ["@everyone", "@here", "@channel", "@Override", "@Autowired", "@types/node", "@angular/core",
          "@nestjs/common", "actions/checkout@v4", "actions/setup-node@v4", "logo@2x.png", "icon@3x.png",
          "lodash@4.17.21", "@media", "@import", "@dataclass", "@pytest.fixture", "@app.route",
          "@SpringBootTest", "@Test", "@param", "@Siemens", "@Microsoft", "@Google", "@Paystack",
          "@Nubank", "@Flutterwave", "@Infosys", "@Shopify"]
ORGS = ["Morgan Stanley", "Charles Schwab", "Edward Jones", "Raymond James", "Ralph Lauren", "Calvin Klein",
        "Hugo Boss", "Tommy Hilfiger", "Louis Vuitton", "Christian Dior", "Giorgio Armani", "John Lewis",
        "Ted Baker", "Carl Zeiss", "Robert Bosch", "Paul Smith", "Michael Kors", "Kate Spade", "Albert Heijn"]
ORG_SUFFIX = {"Carl Zeiss": " AG", "Robert Bosch": " GmbH", "Albert Heijn": ""}
EPONYM_FULL = [("Grace Hopper", " Celebration"), ("Alan Turing", " Institute"), ("Max Planck", " Institute"),
               ("Marie Curie", " Fellowship"), ("Ada Lovelace", " Day"), ("Rosalind Franklin", " Institute"),
               ("Nelson Mandela", " University"), ("Jean Monnet", " Chair"),
               ("Florence Nightingale", " Medal"), ("Isaac Newton", " Institute"), ("Niels Bohr", " Institute"),
               ("George Washington", " University")]
EPONYM_EN = ["[[Dijkstra]]'s algorithm", "[[Bayes]]' theorem", "a [[Kalman]] filter", "[[Pareto]] principle",
             "a [[Gantt]] chart", "the [[Turing]] Award", "[[Parkinson]]'s law", "[[Conway]]'s law",
             "[[Brooks]]' law", "[[Fermat]]'s last theorem", "the [[Fibonacci]] sequence"]
PLACES = ["[[Charlotte]], NC", "[[Florence]], Italy", "[[Victoria]], BC", "[[Sydney]]", "[[Austin]], TX",
          "[[Paris]], TX", "[[Lincoln]], Nebraska", "[[Savannah]], GA", "[[Eugene]], Oregon", "[[Madison]], WI",
          "[[Washington]], DC", "[[Santiago]] de Chile", "San [[Antonio]]", "[[Vitória]], ES", "[[Adelaide]]",
          "[[Georgia]]", "[[Virginia]]", "[[Jordan]]"]


# ---------------------------------------------------------------- negatives generators
def gen_date(rng, lang):
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if lang in ("zh", "ja") and rng.random() < 0.5:
        return "%d年%d月%d日" % (y, mo, d)
    return rng.choice(["%02d.%02d.%d" % (d, mo, y), "%02d/%02d/%d" % (mo, d, y), "%02d/%02d/%d" % (d, mo, y),
                       "%d-%02d-%02d" % (y, mo, d), "%d/%02d/%02d" % (y, mo, d),
                       "%d.%d.%d" % (d, mo, y), "%02d.%02d.–%02d.%02d.%d" % (d, mo, min(d + 2, 28), mo, y),
                       "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, rng.randint(0, 23), rng.randint(0, 59),
                                                         rng.randint(0, 59))])


def gen_time(rng):
    h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
    return rng.choice(["%02d:%02d" % (h, mi), "%d:%02d–%d:%02d" % (h, mi, h + 1, mi), "%dh%02d" % (h, mi),
                       "%02d.%02d Uhr" % (h, mi), "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM"),
                       "%02d:%02d CET" % (h, mi)])


def gen_price(rng, lang):
    a = rng.choice([49, 99, 149, 499, 1299, 2499, 3499, 12500, 45000, 120000, 250000])
    c = rng.randint(0, 99)
    de_fmt = "{:,}".format(a).replace(",", ".")
    en_fmt = "{:,}".format(a)
    sp_fmt = "{:,}".format(a).replace(",", " ")
    opts = {"en": ["$%s" % en_fmt, "US$ %s.%02d" % (en_fmt, c), "£%s" % en_fmt],
            "en-NG": ["₦%s" % en_fmt, "NGN %s" % en_fmt],
            "pt": ["R$ %s,%02d" % (de_fmt, c), "R$%s" % de_fmt], "es": ["%s €" % de_fmt, "$%s MXN" % en_fmt],
            "de": ["%s,%02d €" % (de_fmt, c), "€ %s,–" % de_fmt], "fr": ["%s €" % sp_fmt, "%s,%02d €" % (sp_fmt, c)],
            "it": ["€ %s,%02d" % (de_fmt, c)], "nl": ["€ %s,%02d" % (de_fmt, c)], "pl": ["%s zł" % sp_fmt],
            "tr": ["₺%s" % de_fmt, "%s TL" % de_fmt], "ru": ["%s ₽" % sp_fmt], "uk": ["%s грн" % sp_fmt],
            "ar": ["AED %s" % en_fmt, "%s ر.س" % en_fmt], "he": ["₪ %s" % en_fmt], "hi": ["₹%s" % en_fmt],
            "bn": ["৳ %s" % en_fmt], "zh": ["¥%s" % en_fmt, "%s元" % a], "ja": ["￥%s" % en_fmt, "%s円" % en_fmt],
            "ko": ["₩%s" % en_fmt, "%s원" % en_fmt], "vi": ["%s.000 ₫" % de_fmt, "%s.000đ" % de_fmt],
            "id": ["Rp %s.000" % de_fmt], "sw": ["KSh %s" % en_fmt, "TSh %s" % en_fmt]}
    return rng.choice(opts[lang])


def gen_order(rng):
    return rng.choice(["%03d-%07d-%07d" % (rng.randint(100, 499), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                       "#%d" % rng.randint(4000000000, 4999999999), "%d" % rng.randint(10 ** 17, 10 ** 18 - 1),
                       "ORD-%d-%06d" % (rng.randint(2021, 2025), rng.randint(0, 999999)),
                       "%d" % rng.randint(100000000, 999999999)])


def gen_ticket(rng):
    return rng.choice(["INC%07d" % rng.randint(0, 9999999), "RITM%07d" % rng.randint(0, 9999999),
                       "#%d" % rng.randint(100000, 999999), "%08d" % rng.randint(0, 99999999),
                       "SR 3-%011d" % rng.randint(0, 10 ** 11 - 1), "CS%07d" % rng.randint(0, 9999999)])


def gen_isbn(rng):
    grp = rng.choice(["3", "2", "0", "1", "85", "88", "7", "4", "89", "92"])
    pub = str(rng.randint(10, 9999))
    tlen = 9 - len(grp) - len(pub)
    title = digits(rng, tlen)
    body = "978" + grp + pub + title
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    return "978-%s-%s-%s-%d" % (grp, pub, title, chk)


def gen_patent(rng):
    n = rng.randint(9000000, 12200000)
    return rng.choice(["US {:,} B2".format(n), "US {:,} B1".format(n),
                       "US %d/%07d A1" % (rng.randint(2019, 2024), rng.randint(0, 400000)),
                       "EP %d %03d %03d B1" % (rng.randint(2, 4), rng.randint(0, 999), rng.randint(0, 999)),
                       "EP%dA1" % rng.randint(3000000, 4300000),
                       "DE 10 %d %03d %03d A1" % (rng.randint(2018, 2023), rng.randint(0, 999), rng.randint(0, 999)),
                       "WO %d/%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999)),
                       "CN %d A" % rng.randint(110000000, 118000000), "JP %d-%06d A" % (rng.randint(2019, 2024), rng.randint(0, 200000))])


VERSIONS = [("Python", ["3.11.9", "3.12.2", "3.12.4", "3.13.0"]), ("Node", ["18.19.1", "20.11.1", "20.12.2", "22.2.0"]),
            ("Kubernetes", ["1.28.9", "1.29.3", "1.30.1"]), ("PostgreSQL", ["15.6", "16.2", "16.3"]),
            ("React", ["18.2.0", "18.3.1"]), ("Django", ["4.2.11", "5.0.4"]), ("Terraform", ["1.7.5", "1.8.2"]),
            ("Spring Boot", ["3.2.4", "3.2.5"]), ("iOS", ["17.4.1", "17.5"]), ("Go", ["1.22.1", "1.22.3"]),
            ("PyTorch", ["2.2.2", "2.3.0"]), ("our SDK", ["v2.14.3", "v3.0.0-rc.2", "v1.9.12"]),
            ("Angular", ["17.3.0", "17.3.5"]), ("Rust", ["1.77.0", "1.78.0"]), ("TensorFlow", ["2.16.1"])]


def gen_ipver(rng):
    k = rng.randint(0, 5)
    if k <= 1:
        b = rng.choice(["Chrome", "Edge", "Chromium"])
        maj = rng.randint(120, 125)
        return b, "%d.0.%d.%d" % (maj, rng.randint(6099, 6422), rng.randint(40, 220))
    if k == 2:
        return "firmware", "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 99))
    if k == 3:
        return "AsusWRT", "3.0.0.4"
    if k == 4:
        return "BIOS", "%d.%d.%d.%d" % (rng.randint(1, 2), rng.randint(0, 30), rng.randint(0, 9), rng.randint(0, 9))
    return "driver", "%d.%d.%d.%d" % (rng.randint(1, 31), rng.randint(0, 9), rng.randint(0, 99), rng.randint(1, 250))


IP_NEG = {"ip_private": lambda r: r.choice(["192.168.%d.%d" % (r.randint(0, 2), r.randint(2, 254)),
                                             "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 254)),
                                             "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))]),
          "ip_loopback": lambda r: r.choice(["127.0.0.1", "127.0.1.1", "127.0.0.53"]),
          "ip_link_local": lambda r: "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254)),
          "ip_documentation": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
          "ip_reserved": lambda r: r.choice(["100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                                              "240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                                              "0.0.0.0", "255.255.255.0", "198.18.%d.%d" % (r.randint(0, 1), r.randint(1, 254))])}
IPV6_NEG = ["::1", "fe80::1ff:fe23:4567:890a", "fe80::a00:27ff:fe4e:66a1", "fd12:3456:789a:1::1",
            "fd00::5", "2001:db8::1", "2001:db8:85a3::8a2e:370:7334", "fc00::42"]


# ---------------------------------------------------------------- language frames
# {X} item, {P} full name, {F} first name, {H} @handle.  [[w]] in "words": a name word.
L = {}
L["en"] = dict(
    greet=["Hi {F},", "Hey {F}!", "Dear {F},", "Congrats {F}!", "Great point, {F}."],
    thanks=["Thanks, {F}!", "Thank you {F}!", "Thanks so much, {F}.", "Cheers {F}!"],
    fill=["We are growing the platform team this quarter.", "Slides will be shared after the session.",
          "Remote-friendly, with quarterly offsites.", "Happy to chat if you are exploring a move.",
          "Three years in, and still learning every week.", "Coffee chats are open on Fridays."],
    email=["Send your CV to {X}.", "Questions? Email {X}", "Reach me at {X} or DM.", "Applications: {X}",
           "You can write to me at {X} anytime."],
    phone=["Call or WhatsApp {X}.", "Reach the front desk on {X}.", "My direct line: {X}",
           "Text me at {X} if you're running late."],
    url=["Portfolio: {X}", "More of my writing at {X}.", "Book a slot: {X}", "Connect with me ({X}).",
         "Full profile here: {X}"],
    person=["Huge congrats to {P} on the new role!", "I had the pleasure of working with {P} for three years.",
            "Please welcome {P} to the data team.", "Great panel today with {P}.",
            "Recommending {P} without hesitation.", "{P} shared a brilliant take on pricing."],
    poss=["Loved {P}'s keynote, and {F}'s slides were gold.", "{P}'s team shipped it in six weeks.",
          "Read {P}'s post on hiring; {F}'s point about referrals stuck with me."],
    handle=["cc {H}", "Thanks {H} for the intro!", "Shoutout to {H} and the whole crew.",
            "{H} you should see this.", "Looping in {H} here."],
    tech=["Heads up: {X} is flaky again.", "Anyone else seeing timeouts on {X}?", "Quick note on {X}: fixed now.",
          "Spent the morning debugging {X}."],
    money=["Scam alert: someone posted {X} in our group chat.", "Please don't share things like {X} here!",
           "The fake recruiter asked for {X}. Report them."],
    ssn=["My SSN {X} showed up in that breach. Freeze your credit!", "HR asked me to email my SSN ({X}). Is that normal?",
         "The form already had SSN {X} filled in."],
    price=["Early bird tickets: {X}.", "Budget is around {X} per month.", "Course fee: {X}"],
    when=["Deadline: {X}.", "See you on {X}!", "Webinar starts {X}."],
    ref=["Still waiting on {X}.", "Ref: {X}", "Support keeps closing {X} without a fix."],
    link=["Apply here: {X}", "Docs: {X}", "More info: {X}", "Register at {X}."],
    org=["Thrilled to join {X} as a senior analyst!", "Former {X} colleagues, let's reconnect.",
         "Panel with speakers from {X} and others."],
    place=["Relocating to {X} next month.", "Meetup in {X} on Friday.", "Hybrid role, based in {X}."],
    eponym=["Explaining {X} in an interview is harder than it looks.", "Today I learned about {X}.",
            "Our scheduler is basically {X}."],
    words=["[[Will]] this scale past 10k users?", "We extended the [[grace]] period to 30 days.",
           "Prices [[rose]] 12% this quarter.", "Join our [[June]] meetup!", "We shipped at [[dawn]] after an all-nighter.",
           "[[Mark]] your calendars: demo day is Friday.", "I [[hope]] this helps someone.",
           "Pure [[joy]] to see the team grow.", "Our [[summer]] interns are amazing.",
           "[[Grace]] under pressure is a skill.", "Built with [[Ruby]] on Rails.", "[[Will]] share slides later."],
    order="order", ticket="ticket",
)
L["en-NG"] = dict(
    greet=["Good morning {F},", "Well done {F}!", "Congrats {F}, you deserve it!", "Hello {F},"],
    thanks=["Thank you so much {F}!", "God bless you {F}!", "Thanks a lot, {F}."],
    fill=["We are hiring in Lagos and Abuja.", "Power was out but we still delivered.",
          "Tech in Nigeria is growing fast, no cap.", "Grateful for this community."],
    email=["Send your CV to {X} before Friday.", "Interested candidates should mail {X}", "Email: {X}"],
    phone=["Call or WhatsApp {X}.", "Reach me on {X}.", "For enquiries: {X}"],
    url=["See my work: {X}", "Connect here: {X}", "Book a session: {X}"],
    person=["Big congratulations to {P} on the promotion!", "Worked with {P} at the fintech, top-notch engineer.",
            "Please join me in welcoming {P}.", "{P} delivered a masterclass today."],
    poss=["{P}'s talk on payments was fire; {F}'s demo too.", "Proud of {P}'s journey from intern to lead."],
    handle=["cc {H}", "Abeg {H}, check this out.", "Thanks {H} for the referral!"],
    tech=["Our server {X} don dey misbehave again.", "Anyone else seeing issues with {X}?", "Fixed {X} finally."],
    money=["Scam alert: they are asking for {X}. Don't fall for it.", "Never post {X} online, abeg."],
    price=["Fee: {X}", "Ticket price is {X}."], when=["Deadline is {X}.", "See you on {X}."],
    ref=["Still waiting on {X}.", "Complaint ref: {X}"], link=["Apply: {X}", "Register: {X}"],
    org=["Just joined {X}!", "Alumni of {X}, let's connect."], place=["Moving to {X} soon.", "Any techies in {X}?"],
    words=["God's [[blessing]] on your new role!", "[[Patience]] is key in this market, no wahala.",
           "[[Peace]] be unto you all.", "[[Goodluck]] on your interview tomorrow!",
           "Wishing you [[success]] in the new role.", "By God's [[favour]], we close the deal this week.",
           "Your [[kindness]] means a lot."],
    order="order", ticket="ticket",
)
L["es"] = dict(
    greet=["Hola {F},", "¡Buenas, {F}!", "¡Enhorabuena, {F}!", "Querido equipo y {F}:"],
    thanks=["¡Gracias, {F}!", "Muchas gracias {F}.", "Mil gracias, {F}."],
    fill=["Seguimos creciendo en Madrid y Ciudad de México.", "Modalidad híbrida, dos días en oficina.",
          "Compartiré las diapositivas después.", "Gran aprendizaje este año."],
    email=["Envía tu CV a {X}.", "Escríbeme a {X}", "Contacto: {X}"],
    phone=["Llámame al {X}.", "WhatsApp: {X}", "Teléfono de contacto: {X}"],
    url=["Mi perfil: {X}", "Agenda una llamada: {X}", "Más en {X}"],
    person=["¡Enhorabuena a {P} por su nuevo puesto!", "Trabajé con {P} tres años y lo recomiendo.",
            "Damos la bienvenida a {P} al equipo.", "Gran charla de {P} hoy."],
    handle=["cc {H}", "Gracias {H} por la recomendación.", "{H} mira esto."],
    tech=["Ojo: {X} está fallando otra vez.", "¿Alguien más ve errores con {X}?", "Ya arreglamos {X}."],
    money=["Cuidado: están pidiendo {X} por mensaje.", "No compartáis datos como {X} aquí."],
    ssn=["Mi número de seguro social {X} apareció en la filtración.", "Me pidieron el SSN {X} por correo."],
    price=["Precio: {X}", "Presupuesto de {X} al mes."], when=["Fecha límite: {X}.", "Nos vemos el {X}."],
    ref=["Sigo esperando lo del {X}.", "Referencia: {X}"], link=["Inscríbete aquí: {X}", "Documentación: {X}"],
    org=["¡Me uno a {X}!", "Ex compañeros de {X}, escribidme."], place=["Me mudo a {X}.", "Evento en {X} el viernes."],
    words=["Que haya [[paz]] en la reunión, jaja.", "Sin [[luz]] en la oficina desde las 9.", "El logo es [[rosa]] y azul.",
           "Nada de [[dolores]] de cabeza con esta herramienta.", "La [[soledad]] del emprendedor es real.",
           "Con [[esperanza]] de volver pronto."],
    order="pedido", ticket="incidencia",
)
L["pt"] = dict(
    greet=["Oi {F},", "Olá {F}!", "Parabéns, {F}!", "Bom dia, {F}!"],
    thanks=["Valeu, {F}!", "Obrigado, {F}!", "Muito obrigada, {F}."],
    fill=["Estamos contratando em São Paulo e remoto.", "Vaga híbrida, com vale-refeição.",
          "Mais um ciclo de aprendizado.", "Compartilho os slides depois."],
    email=["Mande seu currículo para {X}.", "Contato: {X}", "Interessados enviem e-mail para {X}"],
    phone=["Chama no WhatsApp: {X}", "Liga pra mim no {X}.", "Telefone: {X}"],
    url=["Meu perfil: {X}", "Agende uma conversa: {X}", "Mais em {X}"],
    person=["Parabéns a {P} pela nova posição!", "Trabalhei com {P} e recomendo demais.",
            "Bem-vinda ao time, {P}.", "Palestra incrível de {P} hoje."],
    handle=["cc {H}", "Valeu {H} pela indicação!", "{H} olha isso."],
    tech=["Atenção: {X} caiu de novo.", "Alguém mais com erro em {X}?", "Resolvemos {X}."],
    money=["Golpe: estão pedindo {X} no WhatsApp.", "Não postem dados como {X} aqui."],
    price=["Investimento: {X}", "Ingresso a {X}."], when=["Prazo: {X}.", "Nos vemos em {X}."],
    ref=["Ainda esperando o {X}.", "Protocolo: {X}"], link=["Inscreva-se: {X}", "Documentação: {X}"],
    org=["Comecei na {X}!", "Ex-colegas da {X}, bora conversar."], place=["Mudando para {X}.", "Encontro em {X} sexta."],
    words=["A inscrição é de [[graça]]!", "Mais uma [[vitória]] para o time!", "Falta [[luz]] no escritório.",
           "Camiseta [[rosa]] no evento."],
    order="pedido", ticket="chamado",
)
L["fr"] = dict(
    greet=["Bonjour {F},", "Salut {F} !", "Bravo {F} !", "Chère {F},"],
    thanks=["Merci {F} !", "Merci beaucoup, {F}.", "Un grand merci à toi, {F} !"],
    fill=["Nous recrutons à Paris et à Lyon.", "Télétravail possible deux jours par semaine.",
          "Les slides seront partagées après.", "Belle aventure humaine."],
    email=["Envoyez votre CV à {X}.", "Contact : {X}", "Écrivez-moi à {X}"],
    phone=["Appelez-moi au {X}.", "Tél. : {X}", "Joignable au {X}."],
    url=["Mon profil : {X}", "Prenez rendez-vous : {X}", "Plus sur {X}"],
    person=["Félicitations à {P} pour son nouveau poste !", "J'ai travaillé avec {P} pendant deux ans.",
            "Bienvenue à {P} dans l'équipe.", "Superbe intervention de {P} aujourd'hui."],
    handle=["cc {H}", "Merci {H} pour la mise en relation !", "{H} regarde ça."],
    tech=["Attention : {X} plante encore.", "Quelqu'un d'autre a des erreurs sur {X} ?", "{X} corrigé."],
    money=["Arnaque : on me demande {X} par SMS.", "Ne partagez jamais {X} ici."],
    price=["Tarif : {X}", "Budget : {X} par mois."], when=["Date limite : {X}.", "Rendez-vous le {X}."],
    ref=["Toujours en attente pour {X}.", "Référence : {X}"], link=["Inscription : {X}", "Documentation : {X}"],
    org=["Je rejoins {X} !", "Anciens de {X}, écrivez-moi."], place=["Je déménage à {X}.", "Meetup à {X} vendredi."],
    words=["C'est la [[pierre]] angulaire du projet.", "Une vision [[claire]] pour 2025.", "Logo couleur [[rose]] pâle.",
           "Huile d'[[olive]] offerte au salon."],
    order="commande", ticket="ticket",
)
L["de"] = dict(
    greet=["Hallo {F},", "Moin {F},", "Liebe {F},", "Glückwunsch, {F}!"],
    thanks=["Danke, {F}!", "Vielen Dank, {F}!", "Danke dir, {F}."],
    fill=["Wir wachsen weiter in Berlin und München.", "Hybrid, zwei Tage im Büro.",
          "Die Folien teile ich im Anschluss.", "Was für ein Jahr."],
    email=["Bewerbungen bitte an {X}.", "Schreibt mir gern an {X}", "Kontakt: {X}"],
    phone=["Ruft mich an unter {X}.", "Tel.: {X}", "Erreichbar unter {X}."],
    url=["Mein Profil: {X}", "Termin buchen: {X}", "Mehr unter {X}"],
    person=["Herzlichen Glückwunsch an {P} zur neuen Rolle!", "Ich habe drei Jahre mit {P} zusammengearbeitet.",
            "Willkommen im Team, {P}.", "Starker Vortrag von {P} heute."],
    handle=["cc {H}", "Danke {H} für die Empfehlung!", "{H} schau mal."],
    tech=["Achtung: {X} spinnt schon wieder.", "Sieht noch jemand Fehler bei {X}?", "{X} ist gefixt."],
    money=["Betrugsmasche: Es wird nach {X} gefragt.", "Bitte keine Daten wie {X} posten!",
           "Überweisung bitte an {X}."],
    price=["Preis: {X}", "Budget: {X} pro Monat."], when=["Deadline: {X}.", "Wir sehen uns am {X}."],
    ref=["Warte immer noch auf {X}.", "Vorgang: {X}"], link=["Anmeldung: {X}", "Doku: {X}"],
    org=["Ich fange bei {X} an!", "Ehemalige von {X}, meldet euch."], place=["Umzug nach {X}.", "Meetup in {X} am Freitag."],
    eponym=["Ich forsche jetzt am {X}-Institut.", "Zu Gast am {X}-Institut."],
    words=["Im [[Ernst]]: das war das beste Meetup.", "[[Frank]] und frei gesagt: wir brauchen mehr Leute.",
           "Das Schiff liegt am [[Kai]]."],
    order="Bestellung", ticket="Ticket",
)
L["it"] = dict(
    greet=["Ciao {F},", "Buongiorno {F},", "Complimenti {F}!"],
    thanks=["Grazie {F}!", "Grazie mille, {F}."],
    fill=["Stiamo crescendo a Milano.", "Ibrido, due giorni in sede.", "Condividerò le slide."],
    email=["Inviate il CV a {X}.", "Scrivimi a {X}", "Contatti: {X}"],
    phone=["Chiamami al {X}.", "Cell. {X}", "Telefono: {X}"],
    url=["Il mio profilo: {X}", "Prenota una call: {X}"],
    person=["Congratulazioni a {P} per il nuovo ruolo!", "Ho lavorato con {P} per tre anni.", "Benvenuta {P} nel team."],
    handle=["cc {H}", "Grazie {H} per la segnalazione!"],
    tech=["Attenzione: {X} non risponde.", "Qualcun altro ha errori con {X}?"],
    money=["Truffa: chiedono {X} su WhatsApp.", "Non condividete {X} qui."],
    price=["Prezzo: {X}", "Quota: {X}"], when=["Scadenza: {X}.", "Ci vediamo il {X}."],
    ref=["Ancora in attesa per {X}.", "Riferimento: {X}"], link=["Iscriviti: {X}", "Documentazione: {X}"],
    org=["Entro in {X}!", "Ex colleghi di {X}, scrivetemi."], place=["Mi trasferisco a {X}.", "Evento a {X}."],
    words=["Che [[gioia]] vedere il team crescere!", "Una giornata [[serena]] in ufficio.",
           "Spiegazione molto [[chiara]], grazie.", "Sono [[felice]] di annunciarlo.", "Con [[speranza]] per il futuro."],
    order="ordine", ticket="ticket",
)
L["nl"] = dict(
    greet=["Hoi {F},", "Goedemorgen {F},", "Gefeliciteerd {F}!"],
    thanks=["Dank je, {F}!", "Bedankt {F}!"],
    fill=["We groeien in Amsterdam en Utrecht.", "Hybride, twee dagen op kantoor.", "Slides volgen."],
    email=["Stuur je cv naar {X}.", "Mail me via {X}", "Contact: {X}"],
    phone=["Bel me op {X}.", "Tel: {X}"], url=["Mijn profiel: {X}", "Plan een call: {X}"],
    person=["Gefeliciteerd {P} met de nieuwe rol!", "Ik werkte twee jaar met {P}.", "Welkom in het team, {P}."],
    handle=["cc {H}", "Dank {H} voor de tip!"],
    tech=["Let op: {X} hapert weer.", "Ziet iemand anders fouten bij {X}?"],
    money=["Oplichting: ze vragen om {X}.", "Deel nooit {X} hier."],
    price=["Prijs: {X}", "Budget: {X}"], when=["Deadline: {X}.", "Tot {X}!"],
    ref=["Wacht nog steeds op {X}.", "Kenmerk: {X}"], link=["Aanmelden: {X}", "Docs: {X}"],
    org=["Ik begin bij {X}!", "Oud-collega's van {X}, laat van je horen."], place=["Verhuizing naar {X}.", "Meetup in {X}."],
    words=["De [[roos]] op ons logo is nieuw.", "Ik [[wil]] dit graag delen."],
    order="bestelling", ticket="ticket",
)
L["pl"] = dict(
    greet=["Cześć {F},", "Dzień dobry, {F}!", "Gratulacje, {F}!"],
    thanks=["Dzięki, {F}!", "Dziękuję, {F}!"],
    fill=["Rekrutujemy w Warszawie i Krakowie.", "Praca hybrydowa.", "Slajdy udostępnię później."],
    email=["CV prosimy wysyłać na {X}.", "Napisz do mnie: {X}"], phone=["Zadzwoń: {X}", "Tel. {X}"],
    url=["Mój profil: {X}", "Umów rozmowę: {X}"],
    person=["Gratulacje dla {P} z okazji nowej roli!", "Polecam współpracę: {P}.", "Witamy w zespole: {P}."],
    handle=["cc {H}", "Dzięki {H} za polecenie!"],
    tech=["Uwaga: {X} znowu nie działa.", "Ktoś jeszcze ma błędy z {X}?"],
    money=["Oszustwo: proszą o {X}.", "Nie udostępniajcie {X} tutaj."],
    price=["Cena: {X}", "Budżet: {X}"], when=["Termin: {X}.", "Do zobaczenia {X}."],
    ref=["Nadal czekam na {X}.", "Numer sprawy: {X}"], link=["Zapisy: {X}", "Dokumentacja: {X}"],
    org=["Dołączam do {X}!"], place=["Przeprowadzam się do {X}."],
    words=["Na stole stała [[róża]].", "[[Jagoda]] to mój ulubiony smak."],
    order="zamówienie", ticket="zgłoszenie",
)
L["tr"] = dict(
    greet=["Merhaba {F},", "Selam {F},", "Tebrikler {F}!"],
    thanks=["Teşekkürler {F}!", "Çok teşekkür ederim, {F}."],
    fill=["İstanbul ofisimiz için işe alım yapıyoruz.", "Hibrit çalışma modeli.", "Sunumu paylaşacağım."],
    email=["CV'nizi {X} adresine gönderin.", "İletişim: {X}"], phone=["Bana {X} numarasından ulaşabilirsiniz.", "Tel: {X}"],
    url=["Profilim: {X}", "Görüşme için: {X}"],
    person=["Yeni görevinde {P} başarılar!", "{P} ile üç yıl çalıştım.", "Ekibe hoş geldin {P}."],
    handle=["cc {H}", "Teşekkürler {H}!"],
    tech=["Dikkat: {X} yine sorunlu.", "{X} ile hata alan var mı?"],
    money=["Dolandırıcılık: {X} istiyorlar.", "{X} gibi bilgileri paylaşmayın."],
    price=["Fiyat: {X}", "Bütçe: {X}"], when=["Son tarih: {X}.", "{X} tarihinde görüşürüz."],
    ref=["Hâlâ {X} için bekliyorum.", "Kayıt no: {X}"], link=["Başvuru: {X}", "Doküman: {X}"],
    org=["{X} ailesine katıldım!"], place=["{X} şehrine taşınıyorum."],
    words=["[[Umut]] verici bir çeyrek geçirdik.", "[[Deniz]] kenarında ekip toplantısı yaptık.",
           "[[Barış]] içinde bir ekip kültürü.", "[[Güneş]] enerjisi projemiz başladı.", "[[Bahar]] dönemi staj programı açıldı."],
    order="sipariş", ticket="talep",
)
L["ru"] = dict(
    greet=["Привет, {F}!", "Добрый день, {F}!", "Поздравляю, {F}!"],
    thanks=["Спасибо, {F}!", "Большое спасибо, {F}."],
    fill=["Мы расширяем команду.", "Гибридный формат работы.", "Слайды пришлю позже."],
    email=["Резюме присылайте на {X}.", "Почта: {X}", "Пишите:{X}"], phone=["Звоните: {X}", "Тел.: {X}"],
    url=["Мой профиль: {X}", "Записаться на звонок: {X}"],
    person=["Рекомендую: {P} — отличный аналитик.", "Поздравляем {P} с повышением!", "В команду пришла {P}."],
    handle=["cc {H}", "Спасибо {H} за рекомендацию!"],
    tech=["Внимание: {X} снова лежит.", "У кого-то ещё ошибки с {X}?"],
    money=["Мошенники просят {X}.", "Не публикуйте {X}!"],
    price=["Цена: {X}", "Бюджет: {X}"], when=["Дедлайн: {X}.", "Встречаемся {X}."],
    ref=["До сих пор жду по {X}.", "Номер обращения: {X}"], link=["Регистрация: {X}", "Документация: {X}"],
    org=["Я присоединился к {X}!"], place=["Переезжаю в {X}."],
    words=["[[Вера]] в продукт — половина успеха.", "[[Надежда]] умирает последней.", "Читаю [[роман]] Толстого в отпуске.",
           "[[Любовь]] к делу видна сразу."],
    order="заказ", ticket="заявка",
)
L["uk"] = dict(
    greet=["Привіт, {F}!", "Доброго дня, {F}!", "Вітаю, {F}!"],
    thanks=["Дякую, {F}!", "Щиро дякую, {F}."],
    fill=["Ми шукаємо людей у команду.", "Гібридний формат.", "Слайди надішлю пізніше."],
    email=["Резюме надсилайте на {X}.", "Пошта: {X}"], phone=["Телефонуйте: {X}", "Тел.: {X}"],
    url=["Мій профіль: {X}", "Запис на дзвінок: {X}"],
    person=["Вітаємо {P} з новою посадою!", "Рекомендую: {P}.", "До команди приєдналася {P}."],
    handle=["cc {H}", "Дякую {H} за рекомендацію!"],
    tech=["Увага: {X} знову не працює.", "У когось ще помилки з {X}?"],
    money=["Шахраї просять {X}.", "Не публікуйте {X}!"],
    price=["Ціна: {X}", "Бюджет: {X}"], when=["Дедлайн: {X}.", "Зустрічаємось {X}."],
    ref=["Досі чекаю на {X}.", "Номер звернення: {X}"], link=["Реєстрація: {X}", "Документація: {X}"],
    org=["Я приєднався до {X}!"], place=["Переїжджаю до {X}."],
    words=["[[Віра]] в команду — це все.", "Є [[надія]] на реліз у п'ятницю.", "Дочитала [[роман]] за вихідні.",
           "[[Любов]] до своєї справи."],
    order="замовлення", ticket="заявка",
)
L["ar"] = dict(
    greet=["مرحباً {F}،", "أهلاً {F}،", "مبروك يا {F}!"],
    thanks=["شكراً يا {F}!", "شكراً جزيلاً {F}."],
    fill=["نحن نوظف في دبي والرياض.", "العمل هجين.", "سأشارك العرض لاحقاً."],
    email=["أرسل سيرتك الذاتية إلى {X}", "للتواصل: {X}", "البريد:{X}"], phone=["اتصل على {X}", "واتساب: {X}"],
    url=["ملفي الشخصي: {X}", "احجز موعداً: {X}"],
    person=["تهانينا إلى {P} على المنصب الجديد!", "عملت مع {P} لمدة ثلاث سنوات.", "نرحب بـ {P} في الفريق."],
    handle=["cc {H}", "شكراً {H} على التوصية!"],
    tech=["تنبيه: {X} متوقف مجدداً.", "هل يواجه أحد مشاكل مع {X}؟"],
    money=["احتيال: يطلبون {X}.", "لا تنشروا {X} هنا."],
    price=["السعر: {X}", "الميزانية: {X}"], when=["آخر موعد: {X}.", "نلتقي يوم {X}."],
    ref=["ما زلت أنتظر {X}.", "رقم المرجع: {X}"], link=["سجل هنا: {X}", "التوثيق: {X}"],
    org=["انضممت إلى {X}!"], place=["سأنتقل إلى {X}."],
    words=["لدينا [[أمل]] كبير في المرحلة القادمة.", "[[نور]] المعرفة أهم من أي شهادة.", "كان يوم [[فرح]] للفريق كله."],
    order="الطلب", ticket="التذكرة",
)
L["he"] = dict(
    greet=["היי {F},", "שלום {F},", "מזל טוב {F}!"],
    thanks=["תודה, {F}!", "תודה רבה {F}."],
    fill=["אנחנו מגייסים בתל אביב.", "עבודה היברידית.", "אשתף את המצגת אחר כך."],
    email=["קורות חיים ל-{X}", "ליצירת קשר: {X}"], phone=["התקשרו: {X}", "טלפון: {X}"],
    url=["הפרופיל שלי: {X}", "קביעת פגישה: {X}"],
    person=["מזל טוב {P} על התפקיד החדש!", "עבדתי עם {P} שלוש שנים.", "ברוכה הבאה {P}."],
    handle=["cc {H}", "תודה {H}!"],
    tech=["שימו לב: {X} שוב נופל.", "למישהו עוד יש שגיאות עם {X}?"],
    money=["הונאה: מבקשים {X}.", "אל תפרסמו {X} כאן."],
    price=["מחיר: {X}", "תקציב: {X}"], when=["דדליין: {X}.", "נתראה ב-{X}."],
    ref=["עדיין מחכה ל-{X}.", "מספר פנייה: {X}"], link=["הרשמה: {X}", "תיעוד: {X}"],
    org=["הצטרפתי ל-{X}!"], place=["עוברת ל-{X}."],
    words=["יש [[אור]] בקצה המנהרה.", "[[גל]] חדש של גיוסים בהייטק.", "קמנו עם [[שחר]] לפני ההשקה."],
    order="הזמנה", ticket="קריאה",
)
L["hi"] = dict(
    greet=["नमस्ते {F} जी,", "Hi {F},", "बधाई हो {F}!"],
    thanks=["धन्यवाद {F}!", "शुक्रिया {F} जी!", "Thanks {F} ji!"],
    fill=["हम बेंगलुरु में hiring कर रहे हैं।", "Hybrid role है।", "Slides बाद में share करूँगा।"],
    email=["अपना CV {X} पर भेजें।", "Email करें: {X}"], phone=["संपर्क करें: {X}", "WhatsApp: {X}"],
    url=["मेरा profile: {X}", "Call book करें: {X}"],
    person=["{P} को नई भूमिका की बधाई!", "मैंने {P} के साथ तीन साल काम किया।", "Team में स्वागत है {P}।"],
    handle=["cc {H}", "Thanks {H} referral के लिए!"],
    tech=["ध्यान दें: {X} फिर से down है।", "क्या किसी और को {X} में error आ रहा है?"],
    money=["धोखा: वो {X} माँग रहे हैं।", "{X} जैसी जानकारी यहाँ मत डालें।"],
    price=["कीमत: {X}", "Budget: {X}"], when=["Deadline: {X}.", "मिलते हैं {X} को।"],
    ref=["अभी भी {X} का इंतज़ार है।", "Ref: {X}"], link=["Register करें: {X}", "Docs: {X}"],
    org=["मैंने {X} join किया!"], place=["{X} shift हो रहा हूँ।"],
    words=["[[आशा]] है यह पोस्ट मदद करेगी।", "सूरज की [[किरण]] की तरह नई शुरुआत।", "आज ऑफिस में [[पूजा]] थी।",
           "[[दीपक]] जलाकर नया ऑफिस शुरू किया।"],
    order="order", ticket="ticket",
)
L["bn"] = dict(
    greet=["নমস্কার {F},", "হাই {F},", "অভিনন্দন {F}!"],
    thanks=["ধন্যবাদ {F}!", "অনেক ধন্যবাদ, {F}।"],
    fill=["আমরা ঢাকায় নিয়োগ দিচ্ছি।", "হাইব্রিড কাজের সুযোগ।", "স্লাইড পরে শেয়ার করব।"],
    email=["সিভি পাঠান {X} ঠিকানায়।", "ইমেইল: {X}"], phone=["যোগাযোগ: {X}", "ফোন: {X}"],
    url=["আমার প্রোফাইল: {X}"],
    person=["নতুন দায়িত্বের জন্য {P} কে অভিনন্দন!", "{P} এর সাথে তিন বছর কাজ করেছি।"],
    handle=["cc {H}", "ধন্যবাদ {H}!"],
    tech=["সতর্কতা: {X} আবার বন্ধ।", "{X} নিয়ে কারও সমস্যা হচ্ছে?"],
    money=["প্রতারণা: তারা {X} চাইছে।"], price=["মূল্য: {X}"], when=["শেষ তারিখ: {X}।"],
    ref=["এখনও {X} এর অপেক্ষায়।"], link=["রেজিস্টার করুন: {X}"], org=["আমি {X} এ যোগ দিয়েছি!"],
    place=["{X} যাচ্ছি।"],
    words=["[[আশা]] করি সবাই ভালো আছেন।", "নতুন অফিসে প্রচুর [[আলো]]।", "[[শান্তি]] ও সাফল্য কামনা করি।"],
    order="অর্ডার", ticket="টিকিট",
)
L["zh"] = dict(
    greet=["{F}，你好！", "{F}总，辛苦了！", "恭喜{F}！"],
    thanks=["谢谢{F}老师！", "感谢{F}！"],
    fill=["我们在上海和深圳招人。", "支持远程办公。", "会后分享课件。"],
    email=["简历请发送至{X}，谢谢", "邮箱：{X}", "有意者请联系{X}"], phone=["电话：{X}", "微信同号{X}"],
    url=["我的主页：{X} ", "预约沟通：{X} "],
    person=["恭喜{P}升任总监！", "和{P}共事三年，强烈推荐。", "欢迎{P}加入团队。"],
    handle=["{H} 你看看这个。", "感谢 {H} 的推荐！"],
    tech=["注意：{X} 又挂了。", "有人遇到 {X} 的问题吗？"],
    money=["骗局：对方索要{X}。", "不要在这里发{X}。"],
    price=["价格：{X}", "预算：{X}"], when=["截止日期：{X}。", "{X}见。"],
    ref=["还在等{X}的处理。", "工单号：{X}"], link=["报名：{X} ", "文档：{X} "],
    org=["加入{X}啦！"], place=["搬到{X}了。"],
    words=["今年业绩创下历史[[高峰]]。", "[[黎明]]前最黑暗，坚持就是胜利。", "[[江山]]代有才人出。", "蓝天[[白云]]，团建天气不错。"],
    order="订单号", ticket="工单",
)
L["ja"] = dict(
    greet=["{F}さん、お疲れ様です。", "{F}様", "{F}さん、おめでとうございます！"],
    thanks=["{F}さん、ありがとうございます！", "{F}さん、感謝です。"],
    fill=["東京オフィスで採用中です。", "リモート可。", "資料は後ほど共有します。"],
    email=["履歴書は{X}までお送りください。", "連絡先：{X}"], phone=["電話：{X}", "お問い合わせ：{X}"],
    url=["プロフィール：{X} ", "面談予約：{X} "],
    person=["{P}さんの登壇、素晴らしかったです。", "{P}さんと3年間一緒に働きました。", "{P}さんがチームに加わりました。"],
    handle=["{H} 見てください。", "{H} さん、ありがとう！"],
    tech=["注意：{X} がまた落ちています。", "{X} でエラーが出る人いますか？"],
    money=["詐欺注意：{X} を聞かれました。", "{X} をここに書かないで。"],
    price=["価格：{X}", "予算：{X}"], when=["締切：{X}。", "{X}にお会いしましょう。"],
    ref=["まだ{X}の返事待ち。", "問い合わせ番号：{X}"], link=["申込：{X} ", "ドキュメント：{X} "],
    org=["{X}に入社しました！"], place=["{X}に引っ越します。"],
    words=["[[さくら]]が満開の中、入社式を行いました。", "東京から[[ひかり]]で出張です。", "[[あおい]]空の下でチームBBQ。"],
    order="注文番号", ticket="チケット",
)
L["ko"] = dict(
    greet=["{F}님, 안녕하세요.", "{F}님 축하드려요!"],
    thanks=["{F}님, 감사합니다!", "감사합니다, {F}님!"],
    fill=["서울 오피스 채용 중입니다.", "하이브리드 근무.", "자료는 나중에 공유할게요."],
    email=["이력서는 {X}로 보내주세요.", "문의: {X}"], phone=["연락처: {X}", "전화: {X}"],
    url=["제 프로필: {X}", "미팅 예약: {X}"],
    person=["{P}님의 발표 정말 좋았습니다.", "{P}님과 3년간 함께 일했습니다.", "{P}님이 팀에 합류했습니다."],
    handle=["cc {H}", "{H} 님 감사해요!"],
    tech=["주의: {X} 또 장애입니다.", "{X} 에러 나는 분 계신가요?"],
    money=["사기 주의: {X}를 요구합니다.", "{X} 같은 정보는 올리지 마세요."],
    price=["가격: {X}", "예산: {X}"], when=["마감: {X}.", "{X}에 뵙겠습니다."],
    ref=["아직 {X} 답변 대기 중.", "문의 번호: {X}"], link=["신청: {X}", "문서: {X}"],
    org=["{X}에 입사했습니다!"], place=["{X}로 이사합니다."],
    words=["이번 프로젝트는 정말 [[보람]] 있었습니다.", "맑은 [[하늘]] 아래 팀 워크숍!", "[[슬기]]롭게 위기를 넘겼습니다."],
    order="주문번호", ticket="티켓",
)
L["vi"] = dict(
    greet=["Chào chị {F},", "Chào anh {F},", "Chúc mừng em {F}!"],
    thanks=["Cảm ơn anh {F}!", "Cảm ơn {F} nhiều!", "Cảm ơn chị {F} ạ."],
    fill=["Chúng tôi đang tuyển dụng tại Hà Nội và TP.HCM.", "Làm việc hybrid.", "Slide sẽ được chia sẻ sau."],
    email=["Gửi CV về {X}.", "Liên hệ: {X}"], phone=["Gọi cho mình: {X}", "Zalo: {X}"],
    url=["Hồ sơ của mình: {X}", "Đặt lịch: {X}"],
    person=["Chúc mừng {P} với vị trí mới!", "Mình đã làm việc với {P} ba năm.", "Chào mừng {P} gia nhập đội."],
    handle=["cc {H}", "Cảm ơn {H}!"],
    tech=["Lưu ý: {X} lại lỗi.", "Có ai gặp lỗi với {X} không?"],
    money=["Lừa đảo: họ đòi {X}.", "Đừng đăng {X} lên đây."],
    price=["Giá: {X}", "Ngân sách: {X}"], when=["Hạn chót: {X}.", "Hẹn gặp ngày {X}."],
    ref=["Vẫn đang chờ {X}.", "Mã yêu cầu: {X}"], link=["Đăng ký: {X}", "Tài liệu: {X}"],
    org=["Mình vừa gia nhập {X}!"], place=["Mình chuyển đến {X}."],
    words=["Hẹn gặp lại vào ngày [[mai]]!", "Chúc mọi người [[bình]] an.", "[[An]] toàn là trên hết.",
           "Mùa [[xuân]] năm nay thật đẹp."],
    order="đơn hàng", ticket="phiếu",
)
L["id"] = dict(
    greet=["Halo {F},", "Selamat pagi Pak {F},", "Selamat ya {F}!"],
    thanks=["Terima kasih, {F}!", "Makasih {F}!", "Terima kasih Bu {F}."],
    fill=["Kami sedang merekrut di Jakarta.", "Kerja hybrid.", "Slide akan dibagikan nanti."],
    email=["Kirim CV ke {X}.", "Kontak: {X}"], phone=["Hubungi {X}", "WA: {X}"],
    url=["Profil saya: {X}", "Jadwalkan panggilan: {X}"],
    person=["Selamat untuk {P} atas posisi barunya!", "Saya bekerja dengan {P} selama tiga tahun.", "Selamat bergabung, {P}."],
    handle=["cc {H}", "Makasih {H}!"],
    tech=["Perhatian: {X} down lagi.", "Ada yang error dengan {X}?"],
    money=["Penipuan: mereka minta {X}.", "Jangan posting {X} di sini."],
    price=["Harga: {X}", "Anggaran: {X}"], when=["Batas waktu: {X}.", "Sampai jumpa {X}."],
    ref=["Masih menunggu {X}.", "No. tiket: {X}"], link=["Daftar: {X}", "Dokumentasi: {X}"],
    org=["Saya bergabung dengan {X}!"], place=["Pindah ke {X}."],
    words=["Pemandangan [[indah]] dari kantor baru.", "[[Bunga]] untuk tim yang ulang tahun.",
           "Semoga [[cahaya]] keberhasilan menyertai kita."],
    order="pesanan", ticket="tiket",
)
L["sw"] = dict(
    greet=["Habari {F},", "Hongera {F}!", "Habari za asubuhi {F},"],
    thanks=["Asante sana, {F}!", "Asante {F}!"],
    fill=["Tunaajiri Nairobi na Dar es Salaam.", "Kazi ya mseto.", "Nitashiriki slaidi baadaye."],
    email=["Tuma CV kwa {X}.", "Barua pepe: {X}"], phone=["Piga simu {X}", "WhatsApp: {X}"],
    url=["Wasifu wangu: {X}", "Panga mazungumzo: {X}"],
    person=["Hongera {P} kwa nafasi mpya!", "Nimefanya kazi na {P} miaka mitatu.", "Karibu kwenye timu, {P}."],
    handle=["cc {H}", "Asante {H}!"],
    tech=["Tahadhari: {X} imekwama tena.", "Kuna mtu mwingine ana tatizo na {X}?"],
    money=["Utapeli: wanaomba {X}.", "Usiweke {X} hapa."],
    price=["Bei: {X}", "Bajeti: {X}"], when=["Mwisho: {X}.", "Tuonane {X}."],
    ref=["Bado nasubiri {X}.", "Kumbukumbu: {X}"], link=["Jisajili: {X}", "Nyaraka: {X}"],
    org=["Nimejiunga na {X}!"], place=["Nahamia {X}."],
    words=["Tuna [[imani]] kubwa na timu hii.", "[[Baraka]] tele kwa wote!", "[[Amani]] na upendo kazini.",
           "[[Furaha]] yangu ni kubwa leo.", "Mungu awape [[neema]]."],
    order="oda", ticket="tiketi",
)
LANGS = list(L)
LANG_W = {"en": 14, "en-NG": 4, "es": 6, "pt": 6, "fr": 5, "de": 6, "it": 4, "nl": 3, "pl": 3, "tr": 3,
          "ru": 3, "uk": 3, "ar": 3, "he": 2, "hi": 4, "bn": 2, "zh": 4, "ja": 4, "ko": 3, "vi": 3, "id": 3,
          "sw": 2}
KINDS = ["post", "comment", "reply", "headline", "about", "job_post", "event", "recommendation"]
KIND_W = [30, 22, 10, 6, 8, 10, 7, 7]
SLOTS = [("EMAIL", 10), ("PHONE", 12), ("URL", 8), ("PERSON", 12), ("POSS", 3), ("HANDLE", 6), ("IPV4", 4),
         ("IPV6", 3), ("CREDIT_CARD", 3), ("IBAN", 3), ("US_SSN", 7), ("date", 3), ("time", 2), ("price", 3),
         ("order_number", 2), ("ticket_number", 2), ("isbn", 1), ("version", 3), ("patent", 1),
         ("ip_neg", 4), ("ipv6_nonglobal", 2), ("ip_version", 2), ("card_luhn_invalid", 2),
         ("iban_bad_check", 2), ("ssn_invalid", 4), ("url_neg", 5), ("at_not_handle", 2), ("org_name", 3),
         ("place_name", 2), ("eponym", 2), ("name_word", 4)]


# ---------------------------------------------------------------- record assembly
class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []

    def add(self, s, label=None):
        st = len(self.text)
        self.text += s
        if label:
            kind, t = label
            (self.spans if kind == "S" else self.negs).append([st, len(self.text), t])


def fill_frame(b, frame, parts):
    """frame with {X}/{P}/{F}/{H}; parts maps key -> list of (str, label)."""
    pos = 0
    for m in re.finditer(r"\{([XPFH])\}", frame):
        b.add(frame[pos:m.start()])
        for s, lab in parts[m.group(1)]:
            b.add(s, lab)
        pos = m.end()
    b.add(frame[pos:])


def add_marked(b, s, cat):
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", s):
        b.add(s[pos:m.start()])
        b.add(m.group(1), ("N", cat))
        pos = m.end()
    b.add(s[pos:])


def name_variant(rng, name, lang):
    r = rng.random()
    if lang in CJK_LANGS:
        return name
    if r < 0.06:
        return name.lower()
    if r < 0.10:
        return name.upper()
    if r < 0.18 and strip_marks(name) != name:
        return strip_marks(name)
    return name


class Gen:
    def __init__(self, seed, members):
        self.rng = random.Random(seed * 7919 + 13)
        self.members = members
        self.by_lang = {}
        for m in members[len(SPECIAL):]:
            self.by_lang.setdefault(m.lang, []).append(m)
        self.latin = {}
        self.cjk = set()
        self.handles = {m.handle for m in members}
        self.first_words = set()
        for m in members:
            if m.lang in CJK_LANGS:
                self.cjk.add(m.name)
            else:
                self.latin.setdefault(" ".join(tokens_norm(m.name)), m)
        self.slot_names = [s for s, _ in SLOTS]
        self.slot_w = [w for _, w in SLOTS]

    def member(self, lang):
        rng = self.rng
        if rng.random() < 0.85:
            pool = self.by_lang[lang if lang != "hi" or rng.random() < 0.8 else "en"]
        else:
            pool = self.by_lang[rng.choice(["en", "de", "es", "fr", "hi", "pt", "zh"]) if lang not in CJK_LANGS
                                else lang]
        # the collision members (first len(SPECIAL)) appear only through the negatives
        return rng.choice(pool)

    def slot(self, b, lang, slot):
        rng = self.rng
        F = L[lang]
        en = L["en"]

        def frame(key):
            lst = F.get(key) or en[key]
            return rng.choice(lst)

        if slot == "EMAIL":
            m = self.member(lang)
            e = gen_email(rng, lang, m)
            r = rng.random()
            if r < 0.07:
                parts = [("mailto:", ("N", "mailto")), (e, ("S", "EMAIL"))]
            elif r < 0.12:
                parts = [("<", None), (e, ("S", "EMAIL")), (">", None)]
            elif r < 0.16:
                parts = [("(", None), (e, ("S", "EMAIL")), (")", None)]
            else:
                parts = [(e, ("S", "EMAIL"))]
            fill_frame(b, frame("email"), {"X": parts})
        elif slot == "PHONE":
            p = gen_phone(rng, lang)
            parts = [(p, ("S", "PHONE"))]
            if rng.random() < 0.06:
                parts = [("tel:", None)] + parts
            fill_frame(b, frame("phone"), {"X": parts})
        elif slot == "URL":
            m = self.member(lang)
            u = gen_person_url(rng, m)
            parts = [(u, ("S", "URL"))]
            if rng.random() < 0.08:
                parts = [("(", None)] + parts + [(")", None)]
            fill_frame(b, frame("url"), {"X": parts})
        elif slot in ("PERSON", "POSS"):
            m = self.member(lang)
            nm = name_variant(rng, m.name, lang)
            at = lang not in CJK_LANGS and rng.random() < 0.1
            P_ = ([("@", None)] if at else []) + [(nm, ("S", "PERSON"))]
            if slot == "POSS" and "poss" in F:
                fr = rng.choice(F["poss"])
                if rng.random() < 0.4:
                    fr = fr.replace("'s", "\u2019s")
                fill_frame(b, fr, {"P": [(m.name, ("S", "PERSON"))], "F": [(m.first, ("S", "PERSON"))]})
            else:
                fill_frame(b, frame("person"), {"P": P_})
        elif slot == "HANDLE":
            m = self.member(lang)
            fill_frame(b, frame("handle"), {"H": [("@" + m.handle, ("S", "HANDLE"))]})
        elif slot == "IPV4":
            ip = gen_ipv4(rng)
            k = rng.randint(0, 4)
            parts = [(rng.choice(["server ", "IP ", "host ", "origin ", ""]), None), (ip, ("S", "IPV4"))]
            if k == 0:
                parts.append((":" + rng.choice(["8080", "443", "22", "8443", "3306"]), None))
            elif k == 1:
                parts.append(("/" + rng.choice(["32", "24", "29"]), None))
            fill_frame(b, frame("tech"), {"X": parts})
        elif slot == "IPV6":
            ip = gen_ipv6(rng)
            k = rng.randint(0, 3)
            if k == 0:
                parts = [("[", None), (ip, ("S", "IPV6")), ("]:" + rng.choice(["8080", "443", "51820"]), None)]
            elif k == 1:
                parts = [("prefix ", None), (ip, ("S", "IPV6")), ("/64", None)]
            else:
                parts = [(rng.choice(["IPv6 ", "AAAA ", "host "]), None), (ip, ("S", "IPV6"))]
            fill_frame(b, frame("tech"), {"X": parts})
        elif slot in ("CREDIT_CARD", "card_luhn_invalid"):
            ok = slot == "CREDIT_CARD"
            brand, num = gen_card(rng, ok)
            fill_frame(b, frame("money"), {"X": [(brand + " ", None), (num, ("S", "CREDIT_CARD") if ok else
                                                                       ("N", "card_luhn_invalid"))]})
        elif slot in ("IBAN", "iban_bad_check"):
            ok = slot == "IBAN"
            cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR", "pt": "BR",
                  "uk": "UA", "ar": rng.choice(["SA", "AE"]), "he": "IL", "en": "GB"}.get(lang)
            if rng.random() < 0.3:
                cc = None
            iban = gen_iban(rng, ok, cc)
            fill_frame(b, frame("money"), {"X": [("IBAN ", None), (iban, ("S", "IBAN") if ok else ("N", "iban_bad_check"))]})
        elif slot in ("US_SSN", "ssn_invalid"):
            ok = slot == "US_SSN"
            s = gen_ssn(rng, ok)
            fill_frame(b, rng.choice(F.get("ssn") or en["ssn"]), {"X": [(s, ("S", "US_SSN") if ok else ("N", "ssn_invalid"))]})
        elif slot in ("date", "time"):
            v = gen_date(rng, lang) if slot == "date" else gen_time(rng)
            fill_frame(b, frame("when"), {"X": [(v, ("N", slot))]})
        elif slot == "price":
            fill_frame(b, frame("price"), {"X": [(gen_price(rng, lang), ("N", "price"))]})
        elif slot in ("order_number", "ticket_number", "isbn", "patent"):
            if slot == "order_number":
                parts = [(F["order"] + " ", None), (gen_order(rng), ("N", slot))]
            elif slot == "ticket_number":
                parts = [(F["ticket"] + " ", None), (gen_ticket(rng), ("N", slot))]
            elif slot == "isbn":
                parts = [("ISBN ", None), (gen_isbn(rng), ("N", slot))]
            else:
                parts = [(gen_patent(rng), ("N", slot))]
            fill_frame(b, frame("ref"), {"X": parts})
        elif slot == "version":
            name, vs = rng.choice(VERSIONS)
            fill_frame(b, frame("tech"), {"X": [(name + " ", None), (rng.choice(vs), ("N", "version"))]})
        elif slot == "ip_version":
            name, v = gen_ipver(rng)
            fill_frame(b, frame("tech"), {"X": [(name + " ", None), (v, ("N", "ip_version"))]})
        elif slot == "ip_neg":
            cat = rng.choice(sorted(IP_NEG))
            ip = IP_NEG[cat](rng)
            parts = [(rng.choice(["server ", "gateway ", "IP ", ""]), None), (ip, ("N", cat))]
            if rng.random() < 0.3:
                parts.append((rng.choice([":8080", ":5432", "/24", "/16"]), None))
            fill_frame(b, frame("tech"), {"X": parts})
        elif slot == "ipv6_nonglobal":
            ip = rng.choice(IPV6_NEG)
            fill_frame(b, frame("tech"), {"X": [("IPv6 ", None), (ip, ("N", "ipv6_nonglobal"))]})
        elif slot == "url_neg":
            cat = rng.choice(sorted(NONPERSON_URLS))
            u = rng.choice(NONPERSON_URLS[cat])
            fill_frame(b, frame("link"), {"X": [(u, ("N", cat))]})
        elif slot == "at_not_handle":
            fill_frame(b, frame("tech"), {"X": [(rng.choice(AT_NOT), ("N", "at_not_handle"))]})
        elif slot == "org_name":
            o = rng.choice(ORGS)
            fill_frame(b, frame("org"), {"X": [(o, ("N", "org_name")), (ORG_SUFFIX.get(o, ""), None)]})
        elif slot == "place_name":
            b2 = Builder()
            add_marked(b2, rng.choice(PLACES), "place_name")
            s0, e0, _ = b2.negs[0]
            fill_frame(b, frame("place"), {"X": [(b2.text[:s0], None), (b2.text[s0:e0], ("N", "place_name")),
                                                 (b2.text[e0:], None)]})
        elif slot == "eponym":
            if lang == "de" and rng.random() < 0.5:
                nm = rng.choice(["Max-Planck", "Fraunhofer", "Helmholtz", "Leibniz"])
                fill_frame(b, rng.choice(F["eponym"]), {"X": [(nm, ("N", "eponym"))]})
            elif lang in ("en", "en-NG") and rng.random() < 0.6:
                b2 = Builder()
                add_marked(b2, rng.choice(EPONYM_EN), "eponym")
                s0, e0, _ = b2.negs[0]
                fill_frame(b, rng.choice(en["eponym"]), {"X": [(b2.text[:s0], None), (b2.text[s0:e0], ("N", "eponym")),
                                                               (b2.text[e0:], None)]})
            else:
                nm, suf = rng.choice(EPONYM_FULL)
                fill_frame(b, frame("org"), {"X": [("the " if lang in ("en", "en-NG") else "", None),
                                                   (nm, ("N", "eponym")), (suf, None)]})
        elif slot == "name_word":
            add_marked(b, rng.choice(F["words"]), "name_word")
        else:
            raise ValueError(slot)

    def record(self, rid):
        rng = self.rng
        lang = rng.choices(LANGS, [LANG_W[x] for x in LANGS])[0]
        kind = rng.choices(KINDS, KIND_W)[0]
        for _ in range(200):
            b = Builder()
            sp = " " if lang not in ("zh", "ja") else ""
            greet = None
            if kind in ("comment", "reply", "recommendation", "post") and rng.random() < 0.3:
                m = self.member(lang)
                greet = (m, rng.random() < 0.55)
            if greet and greet[1]:
                first = greet[0].first
                if rng.random() < 0.06 and lang not in CJK_LANGS:
                    first = first.lower()
                fill_frame(b, rng.choice(L[lang]["greet"]), {"F": [(first, ("S", "PERSON"))]})
                b.add(sp)
            n = 1 if kind == "headline" else rng.choice([1, 2, 2, 3, 3, 4])
            for i in range(n):
                if i and rng.random() < 0.25:
                    b.add(rng.choice(L[lang]["fill"]) + sp)
                while True:
                    s = rng.choices(self.slot_names, self.slot_w)[0]
                    if s in ("US_SSN", "ssn_invalid") and lang not in ("en", "es"):
                        continue
                    if s == "POSS" and "poss" not in L[lang]:
                        continue
                    break
                self.slot(b, lang, s)
                if i < n - 1:
                    b.add(" | " if kind == "headline" else ("\n" if rng.random() < 0.2 else sp))
            if rng.random() < 0.2:
                b.add(sp + rng.choice(L[lang]["fill"]))
            if greet and not greet[1]:
                b.add(sp)
                fill_frame(b, rng.choice(L[lang]["thanks"]), {"F": [(greet[0].first, ("S", "PERSON"))]})
            if self.check(b):
                return {"id": "b3-%d" % rid, "lang": lang, "kind": kind, "text": b.text,
                        "spans": [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.spans)],
                        "negatives": [{"start": s, "end": e, "category": c} for s, e, c in sorted(b.negs)]}
            self.redraws += 1
        raise RuntimeError("could not draw a clean record")

    redraws = 0

    def check(self, b):
        t = b.text
        spans = sorted(b.spans)
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                return False
        for s, e, ty in spans:
            v = t[s:e]
            assert v and v == v.strip(), (v, ty)
            if ty == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                assert luhn_ok(d) and card_brand(d), v
            elif ty == "IBAN":
                assert iban_ok(v), v
            elif ty == "US_SSN":
                assert ssn_valid(v), v
            elif ty == "IPV4":
                a = ipaddress.IPv4Address(v)
                assert a.is_global and not a.is_multicast, v
            elif ty == "IPV6":
                assert ipaddress.IPv6Address(v).is_global, v
            elif ty == "HANDLE":
                assert v[0] == "@" and v[1:] in self.handles, v
            elif ty == "EMAIL":
                assert re.fullmatch(r"[\w.+-]+(@|\s?[\[(]at[\])]\s?)[\w.\-\[\]() ]+", v), v
            elif ty == "PHONE":
                assert re.fullmatch(r"[+(0-9][0-9 ()./\-\u00a0]*[0-9]", v), v
                assert 8 <= len(re.sub(r"\D", "", v)) <= 15, v
            elif ty == "URL":
                assert not v.endswith((".", ",", ")", "!")), v
            elif ty == "PERSON":
                if v not in self.cjk and " ".join(tokens_norm(v)) not in self.latin:
                    # first name (greeting / possessive): must be some member's first name
                    assert len(v.split()) <= 2, v
        for s, e, c in b.negs:
            v = t[s:e]
            assert v, c
            if c == "card_luhn_invalid":
                assert not luhn_ok(re.sub(r"[ -]", "", v)), v
            elif c == "iban_bad_check":
                assert iban_mod97(v.replace(" ", "")) != 1, v
            elif c == "ssn_invalid":
                assert not ssn_valid(v), v
            elif c.startswith("ip_") and c != "ip_version":
                assert not ipaddress.IPv4Address(v).is_global, v
            elif c == "ipv6_nonglobal":
                assert not ipaddress.IPv6Address(v).is_global, v
        cover = spans + [tuple(x) for x in b.negs]

        def covered(s, e):
            return any(a <= s and e <= z for a, z, _ in cover)

        # every member full name / @handle in the text is labelled (or a negative)
        toks = [(m.start(), m.end(), fold(m.group())) for m in TOK.finditer(t)]
        for i in range(len(toks)):
            for n in (2, 3, 4):
                if i + n <= len(toks):
                    key = " ".join(x[2] for x in toks[i:i + n])
                    if key in self.latin and not covered(toks[i][0], toks[i + n - 1][1]):
                        return False
        for m in CJKRUN.finditer(t):
            run = m.group()
            for i in range(len(run)):
                for n in (2, 3, 4, 5):
                    if run[i:i + n] in self.cjk and len(run[i:i + n]) == n:
                        s = m.start() + i
                        if not covered(s, s + n):
                            return False
        for m in re.finditer(r"(?<![\w.@/])@([A-Za-z0-9_.\-]+)", t):
            h = m.group(1).rstrip(".").lower()
            if h in self.handles and not covered(m.start(), m.start() + 1 + len(h)):
                return False
        return True


TOK = re.compile(r"[\w\u0900-\u09ff\u0591-\u05c7\u064b-\u065f\u0670\u0300-\u036f]+")
CJKRUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af々]+")


def tokens_norm(s):
    return [fold(m.group()) for m in TOK.finditer(s)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    members = build_members(rng, max(a.members, len(SPECIAL) + 2000))
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    g = Gen(a.seed, members)
    counts, negc = {}, {}
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1, a.records + 1):
            r = g.record(i)
            for s in r["spans"]:
                counts[s["type"]] = counts.get(s["type"], 0) + 1
            for s in r["negatives"]:
                negc[s["category"]] = negc.get(s["category"], 0) + 1
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps({"records": a.records, "members": len(members), "redraws": g.redraws, "spans": counts,
                      "negatives": negc}, sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()
