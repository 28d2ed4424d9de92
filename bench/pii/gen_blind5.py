#!/usr/bin/env python3
"""gen_blind5.py - ninth labelled PII corpus, written blind from issue 3 alone on 2026-11-29.

  gen_blind5.py --out DIR [--records N (5000)] [--members N (100000)] [--seed S (1)] [--selfcheck]

Written without reading the engine, its tests, its docs or the other corpus generators; the only
inputs were the text of issue 3 and the input format of bench/pii/score.py.

Writes DIR/members.jsonl (a member directory: {"user","name","handle"}) and DIR/corpus.jsonl
(records {"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive).

Covers: posts, comments, headlines, about sections, experience entries, recommendations,
message-like replies and job ads in ~25 languages (en de fr es pt it nl pl sv tr ru uk el ar he fa
hi bn ta zh ja ko th vi id tl yo), with PII glued to CJK / Thai / Arabic text.
Positives: EMAIL (plain, in <>, after mailto:, obfuscated with at/dot words in several
languages), PHONE (US/CA UK DE FR IN BR JP AU CN ES IT NL NG and bare E.164, separators space,
dash, dot, slash, NBSP, (0)), IPV4 (global unicast, :port and /cidr outside), IPV6 (global,
compressed and full, [..]:port outside), CREDIT_CARD (Luhn-valid Visa, MC 51-55 and 2221-2720,
Amex, Discover, grouped or not), IBAN (mod-97 valid, ~25 countries, compact or grouped),
US_SSN, URL (profile links only), HANDLE (@handle of a member, span includes @), PERSON (full
names in any case, without diacritics, @Full Name, possessives, first names in greetings and
thanks, CJK full names with honorifics outside).
Hard negatives: dates, times, prices, order and ticket numbers, ISBNs, versions, patents,
non-global IPv4/IPv6, 4-part version strings, Luhn-invalid card numbers, IBANs with bad check
digits, invalid SSNs, company/careers/docs/paper/ticket/form URLs, mailto:, @words that are not
member handles, and firm, place and eponym names and ordinary words that collide with names in
the member directory (the directory contains members named e.g. "Morgan Stanley", "Lincoln
Park", "Grace Hopper", and first names such as Will, Hope, Umut, Luz, Вера).

--selfcheck: offsets land on the labelled substrings, spans/negatives do not overlap, validators
hold for positives and fail for the bad-check negatives, handles and names are in the directory,
no unlabelled member full name occurs outside a negative, two runs with the same seed are
identical.  Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

NBSP = "\u00a0"

# ---------------------------------------------------------------- names ----------------------

def _w(s):
    return s.split()


def _pairs(s):
    out = []
    for tok in s.split():
        a, b = tok.split("|")
        out.append((a, b))
    return out


LATIN = {
    "en": (_w("James Mary Robert Patricia Michael Jennifer David Linda Sarah Daniel Emily Matthew "
              "Ashley Joshua Megan Ryan Lauren Brandon Rachel Tyler Hannah Will Grace Rose Hope Joy "
              "Faith June April Mark Frank Dawn Summer Hunter Miles Chase Drew Ray Iris Ruby Ivy "
              "Holly Penny Gene Sandy Bethany Colin Siobhan Declan Fiona Nigel Imogen Rhys Callum"),
           _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
              "Martin Jackson Thompson Harris Clark Lewis Robinson Walker Allen Wright Scott Adams "
              "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins "
              "Stewart Morris Murphy Rogers Bailey Cooper Richardson Howard Peterson Ramirez Watson "
              "Brooks Kelly Sanders Bennett Barnes Henderson Coleman Jenkins Perry Powell Patterson "
              "Hughes Butler Simmons Foster Bryant Russell Griffin Hayes Myers Hamilton Graham "
              "Sullivan Wallace Reynolds Fisher Ellis Harrison Gibson McDonald Marshall Owens Conway "
              "O'Brien O'Neill MacLeod Nash Pearson Fitzgerald Gallagher Whitfield Okoro")),
    "de": (_w("Anja Jürgen Lukas Lena Felix Sophie Maximilian Marie Jonas Lea Tobias Katrin "
              "Sebastian Julia Stefan Sabine Matthias Petra Uwe Heike Jörg Björn Ernst Frieda Wolf "
              "Günther Dörte Ursula Kai Timo Henrike Malte Wiebke Till Annika Jannik"),
           _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
              "Koch Bauer Richter Schröder Neumann Schwarz Zimmermann Krüger Hofmann Hartmann "
              "Schmitt Werner Krause Lehmann Köhler Böhm Weiß Jäger Vogel Förster Kühn Brückner "
              "Dreßler Ostermann Quast Eggers Thiele Reuter Brandt")),
    "fr": (_w("Camille Léa Chloé Manon Inès Hugo Louis Gabriel Raphaël Théo Élodie Céline Aurélien "
              "Maëlle François Hélène Noé Pierre Claire Rose Aimé Prosper Constance Pascal Joël Zoé "
              "Solène Gaëtan Ludivine Yannick"),
           _w("Bernard Dubois Petit Durand Leroy Moreau Laurent Lefèvre Michel Bertrand Roux "
              "Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet Legrand Gauthier "
              "Perrin Rousseau Faure Chevalier Lemaître Delacroix Marchand Benoît Barbier Guérin")),
    "es": (_w("José María Lucía Alejandro Sofía Martina Pablo Álvaro Javier Carmen Begoña Íñigo "
              "Nuria Pilar Dolores Consuelo Soledad Esperanza Luz Paz Rocío Jesús Ángel Blanca "
              "Ramón Joaquín Ximena Valentina Santiago Camila Mateo"),
           _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
              "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
              "Vázquez Ramos Ramírez Serrano Molina Ortega Castro Ortiz Rubio Marín Sanz Núñez "
              "Iglesias Medina Garrido Peña Villalobos Echeverría Zúñiga")),
    "pt": (_w("João Ana Luiz Gabriela Thiago Larissa Letícia Gonçalo Inês Graça Conceição Rafael "
              "Bruna Caio Vinícius Fernanda Juliana Rodrigo Marcelo Beatriz Sebastião Antônio "
              "Raíssa Tainá Wellington"),
           _w("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro "
              "Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento "
              "Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Araújo Magalhães "
              "Gonçalves Assunção Brandão")),
    "it": (_w("Giulia Francesco Alessandro Chiara Matteo Lorenzo Federica Niccolò Serena Bianca "
              "Felice Fortunato Allegra Speranza Gianluca Tommaso Beatrice Ilaria Raffaele "
              "Salvatore Ludovica Gaetano"),
           _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti "
              "Mancini Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi "
              "Caruso Ferrara Galli Martini Leone Gentile Martinelli Vitale Lombardo Coppola "
              "D'Angelo Cattaneo Pellegrini")),
    "nl": (_w("Sanne Daan Bram Femke Joost Maarten Eline Thijs Roos Lieke Sven Jeroen Anouk Pieter "
              "Willemijn Niels Floor Sterre Mees Ruud"),
           _w("Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker "
              "Brouwer Dijkstra Smits Kok Vermeulen Hoekstra Kuipers Prins Postma Verhoeven")),
    "pl": (_w("Łukasz Małgorzata Agnieszka Krzysztof Paweł Katarzyna Michał Zofia Wojciech "
              "Tomasz Joanna Grzegorz Magdalena Bartłomiej Jędrzej Ewa Piotr Dorota Wiesław Żaneta"),
           _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
              "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski "
              "Grabowski Pawłowski Michalski Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień")),
    "tr": (_w("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Deniz Umut Barış Sevgi Bahar "
              "Yıldız Güneş Özge Çağlar Şule İbrahim Gökhan Ebru Oğuz Tuğba Cem Ozan"),
           _w("Yılmaz Kaya Demir Şahin Çelik Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
              "Aslan Çetin Koç Kurt Özkan Şimşek Polat Korkmaz Güler Aktaş Bulut Karaca")),
    "sv": (_w("Åsa Björn Ingrid Linnéa Oskar Freja Søren Mette Kjersti Pål Tove Sigrid Henrik"),
           _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Sjöberg "
              "Jørgensen Nørgaard Halvorsen Sæther Østergaard Lindgren")),
    "yo": (_w("Adebayo Oluwaseun Chiamaka Chinedu Ngozi Emeka Funmilayo Olumide Tolulope Ifeoma "
              "Obinna Adaeze Babatunde Yetunde Chukwuemeka Ayọdẹji Ifẹ Ayo Ife Kelechi"),
           _w("Adeyemi Okafor Okonkwo Balogun Eze Nwosu Ogunleye Afolabi Obi Nnamdi Olawale "
              "Oyelaran Adéṣínà Àjàyí Onyekachi Uchenna")),
    "tl": (_w("Juan Ligaya Tala Mahal Maricel Jericho Kristine Jhun Marivic Rowena Gerardo Analyn "
              "Jomar Rizaldy"),
           _w("Reyes Bautista Ocampo Mendoza Villanueva Aquino Pascual Manalo Castillo Tolentino "
              "Macapagal Dimaculangan Magsaysay")),
    "id": (_w("Putri Budi Siti Agus Dewi Eko Rina Wahyu Sri Bayu Intan Rizky"),
           _w("Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Hartono Siregar")),
    "inl": (_w("Rahul Priya Aditya Sneha Karthik Ananya Vikram Deepika Arjun Kavya Rohan Ishaan "
               "Meera Anand Kiran Asha Prem"),
            _w("Sharma Nair Iyer Reddy Subramanian Krishnan Malhotra Menon Rao Pillai Banerjee "
               "Chatterjee Kulkarni Deshpande Bhattacharya")),
}

SPACED = {
    "ru": (_pairs("Анна|anna Иван|ivan Дмитрий|dmitry Мария|maria Сергей|sergey Ольга|olga "
                  "Алексей|alexey Наталья|natalia Екатерина|ekaterina Михаил|mikhail "
                  "Татьяна|tatiana Андрей|andrey Юлия|yulia Вера|vera Надежда|nadezhda "
                  "Любовь|lyubov Артём|artyom Ксения|ksenia Олена|olena Тарас|taras"),
           _pairs("Иванова|ivanova Смирнов|smirnov Кузнецов|kuznetsov Попова|popova "
                  "Васильев|vasiliev Петров|petrov Соколова|sokolova Михайлов|mikhailov "
                  "Новиков|novikov Фёдоров|fedorov Морозова|morozova Волков|volkov "
                  "Лебедев|lebedev Семёнова|semenova Егоров|egorov Козлов|kozlov "
                  "Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko")),
    "el": (_pairs("Γιώργος|giorgos Μαρία|maria Νίκος|nikos Ελένη|eleni Δημήτρης|dimitris "
                  "Κατερίνα|katerina Κώστας|kostas Σοφία|sofia Ειρήνη|eirini Ελπίδα|elpida "
                  "Γιάννης|giannis Αθηνά|athina"),
           _pairs("Παπαδόπουλος|papadopoulos Γεωργίου|georgiou Οικονόμου|oikonomou "
                  "Νικολάου|nikolaou Παπαδημητρίου|papadimitriou Καραγιάννης|karagiannis "
                  "Βασιλείου|vasileiou Αντωνίου|antoniou Μακρής|makris Ιωάννου|ioannou")),
    "ar": (_pairs("محمد|mohammed أحمد|ahmed فاطمة|fatima مريم|maryam يوسف|youssef نور|nour "
                  "أمل|amal كريم|karim جميل|jamil فرح|farah ليلى|layla خالد|khaled سارة|sara "
                  "عمر|omar هدى|huda رنا|rana"),
           _pairs("العلي|alali الحسن|alhassan الخطيب|alkhatib حداد|haddad منصور|mansour "
                  "السيد|elsayed عبدالله|abdullah الشمري|alshammari القحطاني|alqahtani "
                  "النجار|alnajjar إبراهيم|ibrahim الزهراني|alzahrani سليمان|suleiman")),
    "he": (_pairs("נועה|noa יוסף|yosef תמר|tamar דוד|david מיכל|michal אורי|ori שירה|shira "
                  "איתי|itai יעל|yael אבי|avi רותם|rotem"),
           _pairs("כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton אברהם|avraham "
                  "פרידמן|friedman שפירא|shapira גולן|golan אזולאי|azoulay")),
    "fa": (_pairs("علی|ali زهرا|zahra مریم|maryam حسین|hossein سارا|sara رضا|reza نیلوفر|niloufar "
                  "امید|omid پریسا|parisa مهدی|mahdi شیرین|shirin آرش|arash"),
           _pairs("محمدی|mohammadi حسینی|hosseini رضایی|rezaei احمدی|ahmadi کریمی|karimi "
                  "موسوی|mousavi جعفری|jafari صادقی|sadeghi رحیمی|rahimi تهرانی|tehrani")),
    "hi": (_pairs("राहुल|rahul प्रिया|priya अमित|amit नेहा|neha विकास|vikas आशा|asha किरण|kiran "
                  "प्रेम|prem दीपक|deepak आनंद|anand पूजा|pooja सुनीता|sunita अर्जुन|arjun"),
           _pairs("शर्मा|sharma वर्मा|verma गुप्ता|gupta सिंह|singh कुमार|kumar पटेल|patel "
                  "जोशी|joshi मिश्रा|mishra अग्रवाल|agarwal चौधरी|chaudhary")),
    "bn": (_pairs("রাহুল|rahul সুমাইয়া|sumaiya তানভীর|tanvir নুসরাত|nusrat আরিফ|arif "
                  "ফারহানা|farhana সৌরভ|sourav মৌমিতা|moumita"),
           _pairs("চৌধুরী|chowdhury রহমান|rahman হোসেন|hossain ইসলাম|islam "
                  "বন্দ্যোপাধ্যায়|bandyopadhyay দাস|das সরকার|sarkar আহমেদ|ahmed")),
    "ta": (_pairs("அருண்|arun பிரியா|priya கார்த்திக்|karthik மீனா|meena செல்வம்|selvam "
                  "லட்சுமி|lakshmi விஜய்|vijay கவிதா|kavitha"),
           _pairs("சுப்பிரமணியன்|subramanian ராஜா|raja கிருஷ்ணன்|krishnan முருகன்|murugan "
                  "வேலு|velu சண்முகம்|shanmugam")),
    "th": (_pairs("สมชาย|somchai สมศรี|somsri ณัฐพล|nattapon กมลชนก|kamonchanok ปิยะ|piya "
                  "อารีรัตน์|areerat วรวุฒิ|worawut พิมพ์ชนก|pimchanok ธนากร|thanakorn"),
           _pairs("ใจดี|jaidee ศรีสุข|srisuk วงศ์สวัสดิ์|wongsawat ทองดี|thongdee "
                  "แสงทอง|saengthong รัตนพันธ์|rattanaphan บุญมา|boonma")),
}

# (family, given) no space
CJK = {
    "zh": (_pairs("王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao 吴|wu 周|zhou "
                  "徐|xu 孙|sun 朱|zhu 胡|hu 郭|guo 罗|luo 郑|zheng 梁|liang 谢|xie 宋|song "
                  "唐|tang 韩|han 冯|feng 邓|deng 曹|cao 彭|peng 曾|zeng 萧|xiao 欧阳|ouyang "
                  "司马|sima 陳|chen 黃|huang 張|zhang"),
           _pairs("伟|wei 芳|fang 娜|na 秀英|xiuying 敏|min 静|jing 丽|li 强|qiang 磊|lei 军|jun "
                  "洋|yang 勇|yong 艳|yan 杰|jie 娟|juan 涛|tao 明轩|mingxuan 超|chao 秀兰|xiulan "
                  "霞|xia 刚|gang 桂英|guiying 子涵|zihan 浩然|haoran 欣怡|xinyi 梓萱|zixuan "
                  "宇航|yuhang 思远|siyuan 嘉怡|jiayi 俊杰|junjie 雨桐|yutong 志明|zhiming "
                  "淑芬|shufen 家豪|jiahao 怡君|yijun")),
    "ja": (_pairs("佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 伊藤|ito 渡辺|watanabe "
                  "山本|yamamoto 中村|nakamura 小林|kobayashi 加藤|kato 吉田|yoshida 山田|yamada "
                  "佐々木|sasaki 山口|yamaguchi 松本|matsumoto 井上|inoue 木村|kimura 清水|shimizu"),
           _pairs("翔太|shota 陽菜|hina 大翔|hiroto 結衣|yui 蓮|ren 美咲|misaki 拓海|takumi "
                  "さくら|sakura 健一|kenichi 由美子|yumiko 太郎|taro 花子|hanako 春香|haruka "
                  "直樹|naoki 恵|megumi 誠|makoto 優斗|yuto 愛莉|airi")),
    "ko": (_pairs("김|kim 이|lee 박|park 최|choi 정|jung 강|kang 조|cho 윤|yoon 장|jang 임|lim "
                  "한|han 오|oh 서|seo 신|shin 권|kwon 황|hwang 안|ahn 송|song"),
           _pairs("민준|minjun 서연|seoyeon 도윤|doyoon 지우|jiwoo 하은|haeun 서준|seojun "
                  "예준|yejun 수아|sua 지호|jiho 민서|minseo 현우|hyunwoo 지민|jimin 유진|yujin "
                  "태현|taehyun 소연|soyeon 하늘|haneul")),
}

VI_FAM = _w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
VI_MID = _w("Văn Thị Minh Thanh Quốc Ngọc Đức Hồng Gia Bảo")
VI_GIV = _w("An Anh Bình Chi Dũng Hà Hải Hạnh Hiếu Hoa Hùng Hương Khoa Lan Linh Mai Nam Ngân "
            "Phúc Quân Quang Sơn Thảo Trang Trung Tuấn Vy Yến")

# members whose names collide with firm, place and eponym names (used as hard negatives)
ORG_NAMES = ["Morgan Stanley", "Charles Schwab", "Arthur Andersen", "Clifford Chance",
             "Roland Berger", "Oliver Wyman", "Herbert Smith", "Norton Rose", "Hugo Boss",
             "Tom Tailor", "Paul Smith", "Ted Baker", "Fred Perry", "Calvin Klein",
             "Tommy Hilfiger", "Ralph Lauren", "John Lewis", "Estée Lauder", "Robert Bosch",
             "Carl Zeiss", "Walt Disney", "Levi Strauss", "Marc Jacobs", "John Deere",
             "Ben Sherman", "Jack Wolfskin", "Michael Kors", "Tory Burch", "Kate Spade",
             "Henry Ford", "Johns Hopkins", "Max Planck", "Allen Hamilton", "Giorgio Armani",
             "Christian Dior", "Ferdinand Porsche"]
# frames that make clear a person is meant (used when a member's name is also a firm or place)
HUMAN_FRAMES = ["Congrats {} on the promotion to engineering manager!",
                "Had coffee with {} yesterday and she told me about her new role",
                "{} just shipped the new billing flow with her team",
                "Shout-out to my former colleague {} who mentored me through my first on-call",
                "My manager {} is hiring two backend engineers",
                "Glückwunsch an meine Kollegin {} zur Beförderung!",
                "Merci à mon collègue {} pour son mentorat"]
BRANDS = {"Hugo Boss", "Tom Tailor", "Paul Smith", "Ted Baker", "Fred Perry", "Calvin Klein",
          "Tommy Hilfiger", "Ralph Lauren", "Estée Lauder", "Marc Jacobs", "Ben Sherman",
          "Jack Wolfskin", "Michael Kors", "Tory Burch", "Kate Spade", "Giorgio Armani",
          "Christian Dior"}
# (text as written in a firm context, the member name it contains)
ORG_FORMS = {"Herbert Smith": "Herbert Smith Freehills", "Norton Rose": "Norton Rose Fulbright",
             "Allen Hamilton": "Booz Allen Hamilton", "Henry Ford": "Henry Ford Health",
             "Johns Hopkins": "Johns Hopkins University", "Max Planck": "Max Planck Institute",
             "Robert Bosch": "Robert Bosch GmbH", "Carl Zeiss": "Carl Zeiss AG",
             "Levi Strauss": "Levi Strauss & Co.", "Ferdinand Porsche": "Ferdinand Porsche AG",
             "Walt Disney": "Walt Disney Company"}
PLACE_NAMES = ["Lincoln Park", "Victoria Park", "Sydney Park", "Jackson Park", "Madison Park",
               "Preston Park", "Morgan Hill", "Beverly Hills", "Virginia Beach", "Alice Springs",
               "Charlotte Amalie", "Jackson Hole", "Victoria Falls", "Logan Square",
               "Marina Bay", "Rosa Parks", "Nelson Mandela", "Jan Smuts", "Simón Bolívar",
               "Indira Gandhi", "John Lennon", "Frederick Douglass", "George Washington",
               "Karl Marx", "Charles de Gaulle"]
PLACE_FORMS = {"Rosa Parks": "Rosa Parks Boulevard", "Nelson Mandela": "Nelson Mandela Square",
               "Jan Smuts": "Jan Smuts Avenue", "Simón Bolívar": "Parque Simón Bolívar",
               "Indira Gandhi": "Indira Gandhi International Airport",
               "John Lennon": "Liverpool John Lennon Airport",
               "Frederick Douglass": "Frederick Douglass Boulevard",
               "George Washington": "George Washington Bridge", "Karl Marx": "Karl-Marx-Allee",
               "Charles de Gaulle": "aéroport Charles de Gaulle"}
PLACE_CONTEXT = {"Lincoln Park": ", Chicago", "Victoria Park": " in East London",
                 "Sydney Park": " in St Peters", "Jackson Park": " on the South Side",
                 "Madison Park": " in Seattle", "Preston Park": " in Brighton",
                 "Morgan Hill": ", California", "Beverly Hills": ", CA",
                 "Virginia Beach": ", VA", "Alice Springs": " (NT)",
                 "Charlotte Amalie": ", St. Thomas", "Jackson Hole": ", Wyoming",
                 "Victoria Falls": ", Zimbabwe", "Logan Square": ", Chicago",
                 "Marina Bay": ", Singapore"}
EPONYM_PEOPLE = ["Grace Hopper", "Ada Lovelace", "Emmy Noether", "Marie Curie", "Sophie Germain",
                 "Jean Monnet", "Robert Koch", "Rosalind Franklin", "Francis Crick",
                 "Alexander von Humboldt", "Alan Turing", "Hans Christian Andersen"]
EPONYM_FULL = {"Grace Hopper": ["Grace Hopper Celebration", "Grace Hopper Conference"],
               "Ada Lovelace": ["Ada Lovelace Day"],
               "Emmy Noether": ["Emmy Noether Programme", "Emmy Noether-Programm"],
               "Marie Curie": ["Marie Curie fellowship", "Marie Curie Actions"],
               "Sophie Germain": ["Sophie Germain prime"],
               "Jean Monnet": ["Jean Monnet Chair", "Jean Monnet Module"],
               "Robert Koch": ["Robert Koch Institute", "Robert Koch-Institut"],
               "Rosalind Franklin": ["Rosalind Franklin Institute"],
               "Francis Crick": ["Francis Crick Institute"],
               "Alexander von Humboldt": ["Alexander von Humboldt Foundation",
                                          "Alexander von Humboldt fellowship"],
               "Alan Turing": ["Alan Turing Institute"],
               "Hans Christian Andersen": ["Hans Christian Andersen Award"]}
EPONYM_SURNAME = {"en": ["Dijkstra's algorithm", "Moore's law", "Conway's law", "Murphy's law",
                         "Bloom filter", "Kalman filter", "Huffman coding", "Levenshtein distance",
                         "Fisher-Yates shuffle", "Bayes' theorem", "Kruskal's algorithm",
                         "Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease",
                         "Hashimoto's thyroiditis", "Brooks's law", "Little's law",
                         "Nash equilibrium", "Pearson correlation", "Taylor series",
                         "Hamming distance", "Gantt chart", "Peter principle",
                         "Dunning-Kruger effect", "Nobel Prize", "Turing Award",
                         "Fields Medal", "Pulitzer Prize"],
                  "de": ["Dijkstra-Algorithmus", "Mooresches Gesetz", "Satz von Bayes",
                         "Morbus Crohn", "Kalman-Filter", "Leibniz-Preis", "Gantt-Diagramm"],
                  "fr": ["algorithme de Dijkstra", "loi de Moore", "théorème de Bayes",
                         "maladie de Parkinson", "filtre de Kalman", "prix Nobel"],
                  "es": ["algoritmo de Dijkstra", "ley de Moore", "teorema de Bayes",
                         "enfermedad de Parkinson", "premio Nobel", "ley de Murphy"],
                  "it": ["algoritmo di Dijkstra", "legge di Moore", "teorema di Bayes",
                         "morbo di Parkinson", "premio Nobel"],
                  "pt": ["algoritmo de Dijkstra", "lei de Moore", "doença de Parkinson",
                         "prêmio Nobel", "lei de Murphy"],
                  "nl": ["algoritme van Dijkstra", "wet van Moore", "ziekte van Parkinson"],
                  "ru": ["алгоритм Дейкстры", "закон Мура", "теорема Байеса"],
                  "tr": ["Dijkstra algoritması", "Moore yasası", "Parkinson hastalığı"],
                  "pl": ["algorytm Dijkstry", "prawo Moore'a", "choroba Parkinsona"]}
EPONYM_MEMBERS = ["Lena Dijkstra", "Gordon Moore", "Melvin Conway", "Aoife Murphy",
                  "Burton Bloom", "Rudolf Kalman", "David Huffman", "Joseph Kruskal",
                  "Sarah Hodgkin", "Emma Parkinson", "Kenji Hashimoto", "Fred Brooks",
                  "Nora Nash", "Karl Pearson", "Henry Gantt", "Thomas Bayes"]
OTHER_COLLIDE = ["Charlotte Weber", "Florence Dupont", "Virginia Smith", "Georgia Papadopoulou",
                 "Chelsea Adams", "Brooklyn Hayes", "Paris Martin", "Sydney Clark",
                 "Mercedes Benz", "Porsche Leone"]

# first names that are ordinary words; sentences use them as words (name_word negatives)
NAME_WORDS = {
    "en": [("Will", "[Will] share the deck after the call."), ("will", "We [will] publish the results next week."),
           ("Grace", "She handled the outage with [grace] under pressure."),
           ("hope", "I [hope] this helps anyone preparing for the exam."),
           ("Hope", "[Hope] to see many of you there."),
           ("joy", "It was a [joy] to build this team."),
           ("faith", "Keeping the [faith] after 200 rejections."),
           ("mark", "Please [mark] your calendars."), ("Mark", "[Mark] the ticket as blocked."),
           ("frank", "Thanks for the [frank] feedback in the retro."),
           ("dawn", "Shipping at [dawn] again, apparently."),
           ("summer", "Our [summer] internship cohort starts soon."),
           ("miles", "We drove 300 [miles] for this meetup."),
           ("chase", "Stop trying to [chase] every trend."),
           ("ray", "A [ray] of sunshine in a grey quarter."),
           ("ivy", "Ivy League is not a requirement; the [ivy] on our office wall is."),
           ("ruby", "Our backend is still [ruby] on rails, and proudly so."),
           ("penny", "Every [penny] of the grant went into hardware."),
           ("rose", "Revenue [rose] 12% quarter over quarter."),
           ("June", "The launch slipped to [June]."), ("April", "Closing the round in [April]."),
           ("holly", "Office party with [holly] on every desk."),
           ("sandy", "Remote week from a [sandy] beach, no regrets."),
           ("drew", "The panel [drew] a bigger crowd than the keynote."),
           ("hunter", "Bug [hunter] by night, PM by day.")],
    "de": [("ernst", "Die Lage ist [ernst], aber lösbar."), ("Ernst", "[Ernst] gemeint: danke an alle."),
           ("Wolf", "Der [Wolf] im Schafspelz war am Ende die Legacy-Datenbank."),
           ("frank", "Ich sage es [frank] und frei: das war unser bestes Quartal."),
           ("Mark", "Das geht uns durch [Mark] und Bein.")],
    "fr": [("pierre", "Première [pierre] posée pour notre nouveau campus."),
           ("claire", "La consigne est [claire] : on livre vendredi."),
           ("rose", "Tout n'est pas [rose] dans une startup."),
           ("constance", "La [constance] paie toujours sur le long terme.")],
    "es": [("luz", "Por fin vemos la [luz] al final del túnel."),
           ("paz", "Trabajar en [paz] es un lujo."),
           ("pilar", "La confianza es el [pilar] de cualquier equipo."),
           ("esperanza", "Con mucha [esperanza] empezamos este proyecto."),
           ("soledad", "La [soledad] del fundador es real."),
           ("blanca", "Página en [blanca] y mil ideas."),
           ("dolores", "Los [dolores] de crecimiento son normales.")],
    "it": [("serena", "Una giornata [serena] dopo il rilascio."),
           ("felice", "Sono [felice] di annunciare il mio nuovo ruolo."),
           ("bianca", "Settimana [bianca] per tutto il team!")],
    "pt": [("graça", "Foi de [graça] o workshop, aproveitem."),
           ("luz", "Finalmente uma [luz] no fim do túnel.")],
    "nl": [("roos", "Geen rozengeur en maneschijn, maar wel een [roos] op mijn bureau."),
           ("floor", "We stonden met het hele team op de [floor] van de beurs.")],
    "tr": [("umut", "Yeni yılda [umut] dolu projeler bizi bekliyor."),
           ("deniz", "Ofisimiz [deniz] manzaralı."),
           ("can", "Bu proje için [can] kulağıyla dinledik."),
           ("barış", "Ekipte [barış] ve uyum var."),
           ("bahar", "[bahar] gelince ekip pikniği yapacağız.")],
    "ru": [("вера", "Главное — [вера] в команду."), ("надежда", "Есть [надежда], что релиз выйдет вовремя."),
           ("любовь", "Наша [любовь] к open source не угасает.")],
    "el": [("ελπίδα", "Υπάρχει [ελπίδα] για την αγορά εργασίας."),
           ("ειρήνη", "Χρειαζόμαστε [ειρήνη] στην ομάδα.")],
    "ar": [("أمل", "لدينا [أمل] كبير في هذا المشروع."), ("نور", "المكتب الجديد مليء بال[نور] الطبيعي.")],
    "hi": [("आशा", "हमें [आशा] है कि यह प्रोजेक्ट सफल होगा।"),
           ("प्रेम", "कोडिंग से [प्रेम] ही असली प्रेरणा है।")],
    "fa": [("امید", "با [امید] به آینده کار را شروع کردیم.")],
    "yo": [("ayo", "Ọjọ́ [ayo] ni fún gbogbo ẹgbẹ́ wa.")],
    "tl": [("ligaya", "Malaking [ligaya] ang makasama kayo sa proyektong ito."),
           ("mahal", "Ang [mahal] ng renta sa Makati ngayon.")],
}

# ---------------------------------------------------------------- language frames -------------
# "{}" is the slot; "{L}" a language noun.  Frames are deliberately informal.

F = {}
F["en"] = dict(
    contact=["Reach me at {}", "Drop a line to {} if you want the slides", "DMs are slow, use {} instead",
             "Send your CV to {} with the subject 'Backend'", "Questions? {}", "I'm on {} for anything urgent",
             "Text me on {} after 6", "Hiring manager hotline: {}", "Or just email {} and mention this post",
             "contact: {}", "For the beta list write to {}", "(best way to reach me is {})",
             "Recruiters, please go through {} and not my inbox here", "Mobile: {}", "ping me on {}",
             "Happy to chat, my number is {}"],
    person=["Huge thanks to {} for the intro", "Had coffee with {} yesterday and we talked hiring",
            "cc {}", "{} just shipped the new billing flow", "Congrats {} on the promotion!",
            "Worked with {} for three years at a fintech", "If you know {}, you know",
            "Tagging {} because she asked about this last week", "Reposting what {} wrote",
            "Big shout-out to {} for mentoring me through my first year",
            "Still can't believe {} and I pulled this migration off in 6 weeks",
            "Welcome aboard, {}!", "{} - would love your take on this",
            "Interviewed by {} today, genuinely the best interview experience I've had",
            "Recommended by {}"],
    poss=["{}'s talk was the highlight of the day", "Loved {}’s write-up on incident reviews",
          "Read {}'s thread before you apply"],
    greet=["Thanks, {}!", "Hi {},", "Thank you {}!", "Hey {} -", "Cheers {}!", "Dear {},",
           "Thanks so much {}, really appreciated."],
    link=["Portfolio: {}", "My code lives at {}", "more at {}", "Book a slot: {}", "(profile: {})",
          "Profile here -> {}", "I write about this on {}", "Connect with me: {}"],
    tech=["Our edge node {} keeps timing out", "whitelist {} please", "The scraper came from {}",
          "Firewall logs show hits from {} all night", "Try curl against {} and see"],
    pay=["{L}: {}", "Please wire the deposit to {L} {}", "Refund goes to {L} {}",
         "The {L} on file is {}"],
    ssn=["my {L} is {}", "{L}: {} (sent by mistake, please delete)", "Form asked for {L} {}"],
    org=["Joined {} as an analyst in 2016", "Ex-{}, now building my own thing",
         "Interviewing at {} next week", "Spent six years at {} in Frankfurt",
         "Proud to announce I'm starting at {} on Monday"],
    brand=["Bought a {} jacket in 2014 and it still looks new", "The new {} flagship store opens downtown",
           "Ran the e-commerce replatforming for {} as a client"],
    place=["Relocating to {} this spring", "Team offsite near {}", "Running club meets at {}",
           "Our new office is right by {}"],
    epo=["Quick refresher on {} for interviews", "Gave a talk about {} today",
         "Everyone cites {} but few read the original", "Can't stop thinking about {} lately"],
    neg=["{L} {}", "{L}: {}", "({L} {})", "Note the {L} {}"],
    N=dict(date="deadline", time="starts at", price="budget is", order_number="order",
           ticket_number="ticket", isbn="ISBN", version="version", patent="patent",
           url_careers="open roles", url_docs="docs", url_paper="paper", url_ticket="tickets",
           url_form="sign-up form", url_company="website", ip_version="firmware",
           iban="IBAN", card="card", ssn="SSN"),
    at=["Engineer {} with a focus on infra", "Ping {} in the thread", "meet {} 6pm at the lobby"],
)
F["de"] = dict(
    contact=["Erreichbar unter {}", "Schreibt mir gerne an {}", "Bewerbungen bitte an {}",
             "Kontakt: {}", "Telefonisch unter {} (Mo–Fr)", "Mobil {}", "Fragen gern per Mail an {}"],
    person=["Danke an {} für die Einladung", "Großartiger Vortrag von {} heute",
            "Ich habe mit {} das Projekt aufgesetzt", "Glückwunsch an {} zur neuen Rolle!",
            "{} hat das Team zwei Jahre lang geführt"],
    greet=["Hallo {},", "Danke, {}!", "Liebe Grüße und danke {}!", "Moin {},", "Servus {},"],
    link=["Mein Profil: {}", "Code gibt es unter {}", "Termin buchen: {}", "Mehr von mir auf {}"],
    tech=["Der Server {} antwortet nicht", "Bitte {} in die Allowlist aufnehmen",
          "Zugriffe von {} im Log gesehen"],
    pay=["{L}: {}", "Bitte überweist an {L} {}", "Unsere {L} lautet {}"],
    ssn=["{L} {}"],
    org=["Ich starte bei {} als Associate", "Früher bei {}, jetzt selbstständig",
         "Neue Kollektion von {} im Laden gesehen"],
    place=["Wir ziehen nach {}", "Teamausflug nach {}", "Büro in der Nähe von {}"],
    epo=["Kurze Auffrischung: {}", "Vortrag über {} gehalten", "Stichwort {}"],
    neg=["{L} {}", "{L}: {}", "({L} {})"],
    N=dict(date="Frist", time="Beginn", price="Preis", order_number="Bestellnummer",
           ticket_number="Ticket", isbn="ISBN", version="Version", patent="Patent",
           url_careers="Stellen", url_docs="Doku", url_paper="Paper", url_ticket="Tickets",
           url_form="Anmeldung", url_company="Website", ip_version="Firmware-Version",
           iban="IBAN", card="Kreditkarte", ssn="SSN"),
    at=["Entwicklerin {} in Berlin", "Treffen {} 18 Uhr"],
)
F["fr"] = dict(
    contact=["Écrivez-moi à {}", "Contact : {}", "Candidatures à envoyer à {}", "Tél. {}",
             "Joignable au {} en semaine"],
    person=["Merci à {} pour l'invitation", "Super échange avec {} ce matin",
            "Bravo {} pour cette belle réussite !", "J'ai travaillé avec {} chez un éditeur SaaS"],
    greet=["Bonjour {},", "Merci {} !", "Salut {},", "Merci beaucoup {}."],
    link=["Mon profil : {}", "Mon code : {}", "Prenez rendez-vous ici : {}"],
    tech=["Le serveur {} ne répond plus", "Ajoutez {} à la liste blanche"],
    pay=["{L} : {}", "Virement sur l'{L} {}"],
    ssn=["{L} {}"],
    org=["J'ai rejoint {} comme consultante", "Ancien de {}", "Nouvelle boutique {} à Lyon"],
    place=["Je déménage à {}", "Séminaire près de {}", "Arrivée à {} demain"],
    epo=["Petit rappel : {}", "Conférence autour de « {} »", "Mot-clé du jour : {}"],
    neg=["{L} {}", "{L} : {}"],
    N=dict(date="échéance", time="début à", price="prix", order_number="commande n°",
           ticket_number="ticket", isbn="ISBN", version="version", patent="brevet",
           url_careers="offres", url_docs="doc", url_paper="article", url_ticket="billets",
           url_form="formulaire", url_company="site", ip_version="firmware",
           iban="IBAN", card="carte", ssn="SSN"),
    at=["Ingénieure {} à Paris", "RDV {} 18h"],
)
F["es"] = dict(
    contact=["Escríbeme a {}", "Contacto: {}", "Envía tu CV a {}", "Llámame al {}",
             "WhatsApp: {}"],
    person=["Gracias a {} por la invitación", "Gran charla de {} hoy",
            "¡Enhorabuena {} por el nuevo puesto!", "Trabajé con {} durante dos años"],
    greet=["Hola {},", "¡Gracias, {}!", "Muchas gracias {}.", "Buenas {},"],
    link=["Mi perfil: {}", "Mi código: {}", "Agenda una llamada: {}"],
    tech=["El servidor {} no responde", "Añadid {} a la lista blanca"],
    pay=["{L}: {}", "Transferencia a la cuenta {L} {}"],
    ssn=["mi {L} es {}", "{L}: {}"],
    org=["Me incorporo a {} como analista", "Ex {}", "Compré unas botas de {} en Madrid"],
    place=["Me mudo a {}", "Reunión cerca de {}", "Oficina junto al {}"],
    epo=["Repaso rápido del {}", "Hablamos de la {}", "Postulando al {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="fecha límite", time="empieza a las", price="precio", order_number="pedido",
           ticket_number="incidencia", isbn="ISBN", version="versión", patent="patente",
           url_careers="vacantes", url_docs="documentación", url_paper="artículo",
           url_ticket="entradas", url_form="formulario", url_company="web",
           ip_version="firmware", iban="IBAN", card="tarjeta", ssn="SSN"),
    at=["Ingeniera {} en Madrid", "Nos vemos {} las 6"],
)
F["pt"] = dict(
    contact=["Me chama no {}", "Contato: {}", "Currículos para {}", "Fale comigo: {}"],
    person=["Obrigado a {} pelo convite", "Que palestra incrível de {}",
            "Parabéns {} pela conquista!", "Trabalhei com {} por três anos"],
    greet=["Olá {},", "Obrigado, {}!", "Valeu {}!", "Oi {},"],
    link=["Meu perfil: {}", "Meus projetos: {}", "Agende aqui: {}"],
    tech=["O servidor {} caiu", "Libera o {} no firewall"],
    pay=["{L}: {}", "Pagamento para {L} {}"],
    ssn=["{L} {}"],
    org=["Entrei na {} como analista", "Ex-{}", "Loja da {} no shopping"],
    place=["Me mudando para {}", "Encontro perto de {}"],
    epo=["Revisão rápida do {}", "Palestra sobre a {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="prazo", time="início às", price="preço", order_number="pedido",
           ticket_number="chamado", isbn="ISBN", version="versão", patent="patente",
           url_careers="vagas", url_docs="documentação", url_paper="artigo",
           url_ticket="ingressos", url_form="formulário", url_company="site",
           ip_version="firmware", iban="IBAN", card="cartão", ssn="SSN"),
    at=["Dev {} em São Paulo"],
)
F["it"] = dict(
    contact=["Scrivetemi a {}", "Contatti: {}", "Cellulare {}", "CV a {}"],
    person=["Grazie a {} per l'invito", "Bellissimo intervento di {}",
            "Complimenti {} per il nuovo ruolo!"],
    greet=["Ciao {},", "Grazie {}!", "Buongiorno {},"],
    link=["Il mio profilo: {}", "Codice su {}"],
    tech=["Il server {} non risponde", "Aggiungete {} alla whitelist"],
    pay=["{L}: {}", "Bonifico su {L} {}"],
    ssn=["{L} {}"],
    org=["Sono entrata in {} come analista", "Ex {}", "Nuovo negozio {} a Milano"],
    place=["Mi trasferisco a {}", "Ritrovo vicino a {}"],
    epo=["Ripasso veloce: {}", "Talk sul {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="scadenza", time="inizio alle", price="prezzo", order_number="ordine n.",
           ticket_number="ticket", isbn="ISBN", version="versione", patent="brevetto",
           url_careers="posizioni aperte", url_docs="documentazione", url_paper="paper",
           url_ticket="biglietti", url_form="modulo", url_company="sito",
           ip_version="firmware", iban="IBAN", card="carta", ssn="SSN"),
    at=["Sviluppatrice {} a Torino"],
)
F["nl"] = dict(
    contact=["Mail me op {}", "Bel gerust: {}", "Sollicitaties naar {}", "Contact: {}"],
    person=["Dank aan {} voor de uitnodiging", "Mooie sessie van {} vandaag",
            "Gefeliciteerd {} met de nieuwe baan!"],
    poss=["{}'s presentatie was top", "Lees {}'s blog eens"],
    greet=["Hoi {},", "Bedankt, {}!", "Dank je {}!", "Beste {},"],
    link=["Mijn profiel: {}", "Code op {}"],
    tech=["Server {} reageert niet", "Zet {} op de allowlist"],
    pay=["{L}: {}", "Overmaken naar {L} {}"],
    ssn=["{L} {}"],
    org=["Begonnen bij {} als analist", "Ex-{}"],
    place=["Verhuizen naar {}", "Teamuitje bij {}"],
    epo=["Opfrissen: {}", "Talk over het {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="deadline", time="begint om", price="prijs", order_number="bestelling",
           ticket_number="ticket", isbn="ISBN", version="versie", patent="octrooi",
           url_careers="vacatures", url_docs="docs", url_paper="paper", url_ticket="tickets",
           url_form="aanmeldformulier", url_company="website", ip_version="firmware",
           iban="IBAN", card="creditcard", ssn="SSN"),
    at=["Developer {} in Utrecht"],
)
F["pl"] = dict(
    contact=["Piszcie na {}", "Kontakt: {}", "Tel. {}", "CV proszę wysyłać na {}"],
    person=["Dzięki dla {} za zaproszenie", "Świetna prezentacja {}", "Gratulacje {}!"],
    greet=["Cześć {},", "Dzięki, {}!", "Dzień dobry {},"],
    link=["Mój profil: {}", "Kod: {}"],
    tech=["Serwer {} nie odpowiada", "Dodajcie {} do whitelisty"],
    pay=["{L}: {}", "Przelew na {L} {}"],
    ssn=["{L} {}"],
    org=["Dołączyłam do {} jako analityk", "Ex-{}"],
    place=["Przeprowadzam się do {}"],
    epo=["Szybka powtórka: {}", "Wykład o {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="termin", time="start o", price="cena", order_number="zamówienie nr",
           ticket_number="zgłoszenie", isbn="ISBN", version="wersja", patent="patent",
           url_careers="oferty pracy", url_docs="dokumentacja", url_paper="artykuł",
           url_ticket="bilety", url_form="formularz", url_company="strona",
           ip_version="firmware", iban="IBAN", card="karta", ssn="SSN"),
    at=["Programistka {} w Krakowie"],
)
F["tr"] = dict(
    contact=["Bana {} adresinden ulaşabilirsiniz", "İletişim: {}", "CV'nizi {} adresine gönderin",
             "Tel: {}"],
    person=["Davet için {} teşekkürler", "{} harika bir sunum yaptı", "Tebrikler {}!"],
    greet=["Merhaba {},", "Teşekkürler {}!", "Selam {},"],
    link=["Profilim: {}", "Kodlarım: {}"],
    tech=["{} sunucusu yanıt vermiyor", "{} adresini beyaz listeye ekleyin"],
    pay=["{L}: {}", "Ödeme için {L} {}"],
    ssn=["{L} {}"],
    org=["{} bünyesine analist olarak katıldım", "Eski {} çalışanı"],
    place=["{} bölgesine taşınıyorum"],
    epo=["Hızlı tekrar: {}", "{} üzerine konuşma"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="son tarih", time="başlangıç", price="fiyat", order_number="sipariş no",
           ticket_number="talep no", isbn="ISBN", version="sürüm", patent="patent",
           url_careers="açık pozisyonlar", url_docs="dokümantasyon", url_paper="makale",
           url_ticket="biletler", url_form="başvuru formu", url_company="web sitesi",
           ip_version="firmware", iban="IBAN", card="kart", ssn="SSN"),
    at=["Yazılımcı {} İstanbul"],
)
F["ru"] = dict(
    contact=["Пишите на {}", "Контакты: {}", "Резюме присылайте на {}", "Тел.: {}"],
    person=["Спасибо {} за приглашение", "Отличный доклад {}", "Поздравляю, {}!",
            "Работал с {} два года"],
    greet=["Привет, {}!", "Спасибо, {}!", "Здравствуйте, {}!"],
    link=["Мой профиль: {}", "Код: {}"],
    tech=["Сервер {} не отвечает", "Добавьте {} в белый список"],
    pay=["{L}: {}", "Перевод на {L} {}"],
    ssn=["{L} {}"],
    org=["Перешла в {} аналитиком", "Бывший сотрудник {}"],
    place=["Переезжаю в {}"],
    epo=["Повторим {}", "Доклад про {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="дедлайн", time="начало в", price="цена", order_number="заказ №",
           ticket_number="тикет", isbn="ISBN", version="версия", patent="патент",
           url_careers="вакансии", url_docs="документация", url_paper="статья",
           url_ticket="билеты", url_form="форма", url_company="сайт",
           ip_version="прошивка", iban="IBAN", card="карта", ssn="SSN"),
    at=["Разработчица {} в Москве"],
)
F["el"] = dict(
    contact=["Στείλτε μου στο {}", "Επικοινωνία: {}", "Τηλ. {}"],
    person=["Ευχαριστώ τον/την {} για την πρόσκληση", "Συγχαρητήρια {}!"],
    greet=["Γεια σου {},", "Ευχαριστώ, {}!"],
    link=["Το προφίλ μου: {}"],
    tech=["Ο server {} δεν απαντά"],
    pay=["{L}: {}"], ssn=["{L} {}"], org=["Ξεκίνησα στη {}"], place=["Μετακομίζω στο {}"],
    epo=["Ομιλία για {}"], neg=["{L} {}", "{L}: {}"],
    N=dict(date="προθεσμία", time="ώρα", price="τιμή", order_number="παραγγελία",
           ticket_number="αίτημα", isbn="ISBN", version="έκδοση", patent="δίπλωμα ευρεσιτεχνίας",
           url_careers="θέσεις", url_docs="τεκμηρίωση", url_paper="δημοσίευση",
           url_ticket="εισιτήρια", url_form="φόρμα", url_company="ιστοσελίδα",
           ip_version="firmware", iban="IBAN", card="κάρτα", ssn="SSN"),
    at=["Μηχανικός {} στην Αθήνα"],
)
F["ar"] = dict(
    contact=["راسلوني على {}", "للتواصل:{}", "أرسل سيرتك الذاتية إلى{}", "هاتف: {}", "رقمي{}"],
    person=["شكراً لـ {} على الدعوة", "محاضرة رائعة من {}", "مبروك {}!"],
    greet=["مرحباً {}،", "شكراً يا {}!", "أهلاً {}،"],
    link=["ملفي الشخصي: {}", "حسابي:{}"],
    tech=["الخادم {} لا يستجيب", "أضيفوا {} إلى القائمة البيضاء"],
    pay=["{L}: {}", "التحويل إلى {L} {}"],
    ssn=["{L} {}"], org=["انضممت إلى {} كمحللة"], place=["انتقلت إلى {}"],
    epo=["مراجعة سريعة: {}"], neg=["{L} {}", "{L}: {}"],
    N=dict(date="الموعد النهائي", time="الساعة", price="السعر", order_number="رقم الطلب",
           ticket_number="رقم التذكرة", isbn="ISBN", version="الإصدار", patent="براءة اختراع",
           url_careers="الوظائف", url_docs="التوثيق", url_paper="الورقة", url_ticket="التذاكر",
           url_form="الاستمارة", url_company="الموقع", ip_version="إصدار البرنامج الثابت",
           iban="الآيبان", card="البطاقة", ssn="SSN"),
    at=["مهندسة {} في دبي"],
)
F["he"] = dict(
    contact=["כתבו לי ל-{}", "טלפון: {}", "קורות חיים ל{}"],
    person=["תודה ל{} על ההזמנה", "הרצאה מעולה של {}", "מזל טוב {}!"],
    greet=["היי {},", "תודה, {}!", "שלום {},"],
    link=["הפרופיל שלי: {}"], tech=["השרת {} לא מגיב"], pay=["{L}: {}"], ssn=["{L} {}"],
    org=["הצטרפתי ל-{} כאנליסטית"], place=["עוברת ל{}"], epo=["הרצאה על {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="מועד אחרון", time="בשעה", price="מחיר", order_number="הזמנה מס'",
           ticket_number="קריאה", isbn="ISBN", version="גרסה", patent="פטנט",
           url_careers="משרות", url_docs="תיעוד", url_paper="מאמר", url_ticket="כרטיסים",
           url_form="טופס", url_company="אתר", ip_version="קושחה", iban="IBAN",
           card="כרטיס", ssn="SSN"),
    at=["מפתחת {} בתל אביב"],
)
F["fa"] = dict(
    contact=["ایمیل من: {}", "تماس:{}", "رزومه را به {} بفرستید"],
    person=["ممنون از {} برای دعوت", "تبریک به {}!"],
    greet=["سلام {}،", "ممنون {}!"],
    link=["پروفایل من: {}"], tech=["سرور {} پاسخ نمی‌دهد"], pay=["{L}: {}"], ssn=["{L} {}"],
    org=["به {} پیوستم"], place=["به {} نقل مکان کردم"], epo=["درباره {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="مهلت", time="ساعت", price="قیمت", order_number="شماره سفارش",
           ticket_number="شماره تیکت", isbn="ISBN", version="نسخه", patent="پتنت",
           url_careers="فرصت‌های شغلی", url_docs="مستندات", url_paper="مقاله",
           url_ticket="بلیت‌ها", url_form="فرم", url_company="وب‌سایت", ip_version="فریم‌ور",
           iban="شبا", card="کارت", ssn="SSN"),
    at=["برنامه‌نویس {} در تهران"],
)
F["hi"] = dict(
    contact=["मुझे {} पर लिखें", "संपर्क: {}", "फ़ोन {}", "रिज़्यूमे {} पर भेजें"],
    person=["{} को निमंत्रण के लिए धन्यवाद", "{} का शानदार सत्र", "बधाई हो {}!"],
    greet=["नमस्ते {},", "धन्यवाद {}!", "शुक्रिया {}!"],
    link=["मेरी प्रोफ़ाइल: {}"], tech=["सर्वर {} जवाब नहीं दे रहा"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["मैंने {} में विश्लेषक के रूप में जॉइन किया"], place=["{} जा रही हूँ"],
    epo=["{} पर चर्चा"], neg=["{L} {}", "{L}: {}"],
    N=dict(date="अंतिम तिथि", time="समय", price="कीमत", order_number="ऑर्डर नंबर",
           ticket_number="टिकट", isbn="ISBN", version="संस्करण", patent="पेटेंट",
           url_careers="नौकरियाँ", url_docs="डॉक्स", url_paper="शोधपत्र", url_ticket="टिकट",
           url_form="फ़ॉर्म", url_company="वेबसाइट", ip_version="फ़र्मवेयर", iban="IBAN",
           card="कार्ड", ssn="SSN"),
    at=["इंजीनियर {} बेंगलुरु"],
)
F["bn"] = dict(
    contact=["আমাকে লিখুন {}", "যোগাযোগ: {}"],
    person=["{}-কে ধন্যবাদ", "অভিনন্দন {}!"], greet=["হ্যালো {},", "ধন্যবাদ {}!"],
    link=["আমার প্রোফাইল: {}"], tech=["সার্ভার {} সাড়া দিচ্ছে না"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["{}-এ যোগ দিলাম"], place=["{} যাচ্ছি"], epo=["{} নিয়ে আলোচনা"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="শেষ তারিখ", time="সময়", price="দাম", order_number="অর্ডার নম্বর",
           ticket_number="টিকিট", isbn="ISBN", version="সংস্করণ", patent="পেটেন্ট",
           url_careers="চাকরি", url_docs="ডকস", url_paper="গবেষণাপত্র", url_ticket="টিকিট",
           url_form="ফর্ম", url_company="ওয়েবসাইট", ip_version="ফার্মওয়্যার", iban="IBAN",
           card="কার্ড", ssn="SSN"),
    at=["ডেভেলপার {} ঢাকা"],
)
F["ta"] = dict(
    contact=["தொடர்புக்கு: {}", "மின்னஞ்சல் {}"],
    person=["{} அவர்களுக்கு நன்றி", "வாழ்த்துகள் {}!"], greet=["வணக்கம் {},", "நன்றி {}!"],
    link=["என் சுயவிவரம்: {}"], tech=["சர்வர் {} பதிலளிக்கவில்லை"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["{} நிறுவனத்தில் சேர்ந்தேன்"], place=["{} செல்கிறேன்"],
    epo=["{} பற்றிய உரை"], neg=["{L} {}", "{L}: {}"],
    N=dict(date="கடைசி தேதி", time="நேரம்", price="விலை", order_number="ஆர்டர் எண்",
           ticket_number="டிக்கெட்", isbn="ISBN", version="பதிப்பு", patent="காப்புரிமை",
           url_careers="வேலைகள்", url_docs="ஆவணங்கள்", url_paper="ஆய்வுக் கட்டுரை",
           url_ticket="டிக்கெட்டுகள்", url_form="படிவம்", url_company="இணையதளம்",
           ip_version="ஃபர்ம்வேர்", iban="IBAN", card="அட்டை", ssn="SSN"),
    at=["டெவலப்பர் {} சென்னை"],
)
F["zh"] = dict(
    contact=["请发邮件到{}", "联系方式：{}", "简历请投递至{}谢谢", "电话{}", "微信同号{}"],
    person=["感谢{}的邀请", "今天和{}一起做了分享", "恭喜{}升职！", "{}老师的课太棒了"],
    greet=["谢谢{}！", "{}你好，", "{}，辛苦了！"],
    link=["我的主页：{}", "代码在{}"],
    tech=["服务器{}连不上了", "请把{}加入白名单"],
    pay=["{L}：{}", "请汇款至{L}{}"],
    ssn=["{L} {}"], org=["加入{}担任分析师"], place=["搬到{}了"], epo=["复习一下{}"],
    neg=["{L}{}", "{L}：{}"],
    N=dict(date="截止日期", time="时间", price="价格", order_number="订单号",
           ticket_number="工单号", isbn="ISBN", version="版本", patent="专利号",
           url_careers="招聘页面", url_docs="文档", url_paper="论文", url_ticket="门票",
           url_form="报名表", url_company="官网", ip_version="固件版本", iban="IBAN",
           card="卡号", ssn="SSN"),
    at=["工程师{}上海"],
)
F["ja"] = dict(
    contact=["連絡先：{}", "{}までご連絡ください", "お問い合わせは{}へ", "電話{}まで"],
    person=["{}さん、ありがとうございました", "{}様より紹介いただきました",
            "今日は{}先生の講演でした", "{}さんと登壇しました"],
    greet=["{}さん、お疲れさまです。", "{}さん、ありがとうございます！"],
    link=["プロフィール：{}", "コードは{}にあります"],
    tech=["サーバー{}が応答しません", "{}を許可リストに追加してください"],
    pay=["{L}：{}"], ssn=["{L} {}"], org=["{}に入社しました"], place=["{}に引っ越しました"],
    epo=["{}の復習"], neg=["{L}{}", "{L}：{}"],
    N=dict(date="締切", time="開始", price="価格", order_number="注文番号",
           ticket_number="チケット番号", isbn="ISBN", version="バージョン", patent="特許",
           url_careers="採用ページ", url_docs="ドキュメント", url_paper="論文",
           url_ticket="チケット", url_form="申込フォーム", url_company="公式サイト",
           ip_version="ファームウェア", iban="IBAN", card="カード番号", ssn="SSN"),
    at=["エンジニア{}東京"],
)
F["ko"] = dict(
    contact=["연락처: {}", "{}로 메일 주세요", "이력서는 {}으로 보내주세요", "전화 {}"],
    person=["{}님 초대해 주셔서 감사합니다", "{} 씨와 함께 발표했어요", "{}님 축하드려요!"],
    greet=["{}님, 감사합니다!", "{}님 안녕하세요,"],
    link=["제 프로필: {}", "코드: {}"],
    tech=["서버 {} 응답 없음", "{} 화이트리스트 추가 부탁드립니다"],
    pay=["{L}: {}"], ssn=["{L} {}"], org=["{}에 입사했습니다"], place=["{}로 이사했어요"],
    epo=["{} 복습"], neg=["{L} {}", "{L}: {}"],
    N=dict(date="마감", time="시작", price="가격", order_number="주문번호",
           ticket_number="티켓 번호", isbn="ISBN", version="버전", patent="특허",
           url_careers="채용", url_docs="문서", url_paper="논문", url_ticket="티켓",
           url_form="신청서", url_company="홈페이지", ip_version="펌웨어", iban="IBAN",
           card="카드", ssn="SSN"),
    at=["개발자 {} 서울"],
)
F["th"] = dict(
    contact=["ติดต่อ{}", "อีเมล{}ได้เลยครับ", "โทร{}ค่ะ"],
    person=["ขอบคุณคุณ{}มากครับ", "ยินดีด้วยกับคุณ{}"],
    greet=["สวัสดีคุณ{}", "ขอบคุณ{}ค่ะ"],
    link=["โปรไฟล์ของผม{}"], tech=["เซิร์ฟเวอร์{}ล่ม"], pay=["{L}{}"], ssn=["{L} {}"],
    org=["เข้าร่วม{}แล้ว"], place=["ย้ายไป{}"], epo=["ทบทวน{}"], neg=["{L}{}", "{L} {}"],
    N=dict(date="กำหนดส่ง", time="เวลา", price="ราคา", order_number="เลขคำสั่งซื้อ",
           ticket_number="เลขทิกเก็ต", isbn="ISBN", version="เวอร์ชัน", patent="สิทธิบัตร",
           url_careers="ตำแหน่งงาน", url_docs="เอกสาร", url_paper="งานวิจัย", url_ticket="บัตร",
           url_form="แบบฟอร์ม", url_company="เว็บไซต์", ip_version="เฟิร์มแวร์", iban="IBAN",
           card="บัตร", ssn="SSN"),
    at=["วิศวกร {} กรุงเทพ"],
)
F["vi"] = dict(
    contact=["Liên hệ: {}", "Gửi CV về {}", "SĐT {}"],
    person=["Cảm ơn {} đã mời mình", "Chúc mừng {}!", "Buổi chia sẻ của {} rất hay"],
    greet=["Chào {},", "Cảm ơn {}!"],
    link=["Hồ sơ của mình: {}"], tech=["Máy chủ {} không phản hồi"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["Mình vừa gia nhập {}"], place=["Chuyển đến {}"], epo=["Ôn lại {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="hạn chót", time="lúc", price="giá", order_number="mã đơn hàng",
           ticket_number="mã yêu cầu", isbn="ISBN", version="phiên bản", patent="bằng sáng chế",
           url_careers="tuyển dụng", url_docs="tài liệu", url_paper="bài báo", url_ticket="vé",
           url_form="biểu mẫu", url_company="trang web", ip_version="firmware", iban="IBAN",
           card="thẻ", ssn="SSN"),
    at=["Kỹ sư {} Hà Nội"],
)
F["id"] = dict(
    contact=["Hubungi saya di {}", "Kirim CV ke {}", "WA {}"],
    person=["Terima kasih {} atas undangannya", "Selamat {}!"],
    greet=["Halo {},", "Makasih {}!"],
    link=["Profil saya: {}"], tech=["Server {} tidak merespons"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["Bergabung dengan {}"], place=["Pindah ke {}"], epo=["Belajar {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="tenggat", time="jam", price="harga", order_number="nomor pesanan",
           ticket_number="tiket", isbn="ISBN", version="versi", patent="paten",
           url_careers="lowongan", url_docs="dokumentasi", url_paper="makalah", url_ticket="tiket",
           url_form="formulir", url_company="situs", ip_version="firmware", iban="IBAN",
           card="kartu", ssn="SSN"),
    at=["Engineer {} Jakarta"],
)
F["tl"] = dict(
    contact=["I-message ako sa {}", "Tawagan lang ako sa {}"],
    person=["Salamat kay {} sa imbitasyon", "Congrats {}!"],
    greet=["Hi {},", "Salamat, {}!"],
    link=["Profile ko: {}"], tech=["Hindi sumasagot ang server {}"], pay=["{L}: {}"],
    ssn=["{L} {}"], org=["Lumipat ako sa {}"], place=["Lilipat kami sa {}"], epo=["Review ng {}"],
    neg=["{L} {}", "{L}: {}"], N=dict(F["en"]["N"]), at=["Dev {} Makati"],
)
F["yo"] = dict(
    contact=["Ẹ kàn sí mi ní {}", "Contact me on {}"],
    person=["Ẹ ṣé gan {}", "Congrats {}!"], greet=["Ẹ kú iṣẹ́ {},", "Ẹ ṣé, {}!", "Thank you {}!"],
    link=["Profile mi: {}"], tech=["Server {} kò dáhùn"], pay=["{L}: {}"], ssn=["{L} {}"],
    org=["Mo darapọ̀ mọ́ {}"], place=["Mo ń lọ sí {}"], epo=["Ìjíròrò lórí {}"],
    neg=["{L} {}", "{L}: {}"], N=dict(F["en"]["N"]), at=["Engineer {} Lagos"],
)
F["sv"] = dict(
    contact=["Maila mig på {}", "Ring {}", "Kontakt: {}"],
    person=["Tack {} för inbjudan", "Grattis {}!"], greet=["Hej {},", "Tack, {}!"],
    link=["Min profil: {}"], tech=["Servern {} svarar inte"], pay=["{L}: {}"], ssn=["{L} {}"],
    org=["Började på {} som analytiker"], place=["Flyttar till {}"], epo=["Föredrag om {}"],
    neg=["{L} {}", "{L}: {}"],
    N=dict(date="deadline", time="start", price="pris", order_number="ordernummer",
           ticket_number="ärende", isbn="ISBN", version="version", patent="patent",
           url_careers="lediga jobb", url_docs="dokumentation", url_paper="artikel",
           url_ticket="biljetter", url_form="formulär", url_company="webbplats",
           ip_version="firmware", iban="IBAN", card="kort", ssn="SSN"),
    at=["Utvecklare {} Stockholm"],
)
F["uk"] = dict(
    contact=["Пишіть на {}", "Контакти: {}", "Тел. {}"],
    person=["Дякую {} за запрошення", "Вітаю, {}!"], greet=["Привіт, {}!", "Дякую, {}!"],
    link=["Мій профіль: {}"], tech=["Сервер {} не відповідає"], pay=["{L}: {}"], ssn=["{L} {}"],
    org=["Приєдналася до {}"], place=["Переїжджаю до {}"], epo=["Доповідь про {}"],
    neg=["{L} {}", "{L}: {}"], N=dict(F["ru"]["N"]), at=["Розробниця {} Київ"],
)
LANGS = list(F)
COLLIDING = set(ORG_NAMES) | set(PLACE_NAMES) | set(EPONYM_PEOPLE)
# which name cultures fit a language (for greetings and native-language mentions)
LANG_CULT = {"en": ["en", "inl", "yo", "tl"], "de": ["de"], "fr": ["fr"], "es": ["es"],
             "pt": ["pt"], "it": ["it"], "nl": ["nl"], "pl": ["pl"], "tr": ["tr"], "ru": ["ru"],
             "uk": ["ru"], "el": ["el"], "ar": ["ar"], "he": ["he"], "fa": ["fa"],
             "hi": ["hi", "inl"], "bn": ["bn"], "ta": ["ta"], "zh": ["zh"], "ja": ["ja"],
             "ko": ["ko"], "th": ["th"], "vi": ["vi"], "id": ["id"], "tl": ["tl"], "yo": ["yo"],
             "sv": ["sv"]}
LANG_W = {"en": 16, "de": 7, "fr": 6, "es": 6, "pt": 5, "it": 4, "nl": 3, "pl": 3, "tr": 3,
          "ru": 3, "uk": 2, "el": 2, "ar": 3, "he": 2, "fa": 2, "hi": 3, "bn": 2, "ta": 2,
          "zh": 4, "ja": 4, "ko": 3, "th": 2, "vi": 2, "id": 2, "tl": 2, "yo": 2, "sv": 2}
GLUE_LANGS = {"zh", "ja", "th"}

# ---------------------------------------------------------------- helpers ----------------------

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    return unicodedata.normalize("NFC", strip_acc(s).casefold())


def ascii_slug(s):
    s = strip_acc(s).lower()
    s = s.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_SPEC = {  # country: BBAN pattern (n digit, a upper letter, c alnum)
    "DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n",
    "NO": "11n", "FI": "14n", "IE": "4a14n", "LU": "3n13c", "TR": "5n1n16c", "SA": "2n18c",
    "AE": "3n16n", "BR": "23n1a1c", "GR": "7n16c", "CZ": "20n", "RO": "4a16c", "HU": "24n",
}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "IE": 22,
            "LU": 20, "TR": 26, "SA": 24, "AE": 23, "BR": 29, "GR": 27, "CZ": 24, "RO": 24,
            "HU": 28}


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ipv4_class(s):
    o = [int(x) for x in s.split(".")]
    a, b, c = o[0], o[1], o[2]
    if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return "private"
    if a == 127:
        return "loopback"
    if a == 169 and b == 254:
        return "link_local"
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return "documentation"
    if a >= 224 or a == 0 or (a == 100 and 64 <= b <= 127) or (a == 198 and b in (18, 19)) \
            or (a == 192 and b == 0 and c == 0):
        return "reserved"
    return "global"


# ---------------------------------------------------------------- directory --------------------

def build_members(n, rnd):
    members = []
    seen_handles = set()
    first_names = set()

    def add(name, roman_first, roman_last):
        base = ascii_slug(roman_first) + ascii_slug(roman_last)
        r = rnd.random()
        if r < 0.3:
            cand = [ascii_slug(roman_first) + "_" + ascii_slug(roman_last)]
        elif r < 0.5:
            cand = [ascii_slug(roman_first)[:1] + ascii_slug(roman_last)]
        elif r < 0.6:
            cand = [ascii_slug(roman_first) + ascii_slug(roman_last)[:3]]
        else:
            cand = [base]
        h = cand[0][:24] or "member"
        if h in seen_handles or len(h) < 4:
            k = rnd.randint(2, 99)
            while h + str(k) in seen_handles:
                k = rnd.randint(2, 99999)
            h = h + str(k)
        seen_handles.add(h)
        members.append({"user": "u%d" % (len(members) + 1), "name": name, "handle": h})

    special = ORG_NAMES + PLACE_NAMES + EPONYM_PEOPLE + EPONYM_MEMBERS + OTHER_COLLIDE
    for nm in special:
        p = nm.split()
        add(nm, p[0], p[-1])
    cults = list(LATIN) + list(SPACED) + list(CJK) + ["vi"]
    cw = [6 if c == "en" else 3 for c in LATIN] + [2] * len(SPACED) + [3, 3, 3] + [2]
    while len(members) < n:
        c = rnd.choices(cults, cw)[0]
        if c in LATIN:
            fn, ln = rnd.choice(LATIN[c][0]), rnd.choice(LATIN[c][1])
            if c == "es" and rnd.random() < 0.35:
                ln = ln + " " + rnd.choice(LATIN[c][1])
            if c == "pt" and rnd.random() < 0.25:
                ln = rnd.choice(LATIN[c][1]) + " " + ln
            if c == "nl" and rnd.random() < 0.3:
                ln = rnd.choice(["de", "van", "van der", "van den", "de"]) + " " + ln
            add(fn + " " + ln, fn, ln.split()[-1])
        elif c in SPACED:
            f, l = rnd.choice(SPACED[c][0]), rnd.choice(SPACED[c][1])
            add(f[0] + " " + l[0], f[1], l[1])
        elif c in CJK:
            f, g = rnd.choice(CJK[c][0]), rnd.choice(CJK[c][1])
            add(f[0] + g[0], g[1], f[1])
        else:
            fam, mid, giv = rnd.choice(VI_FAM), rnd.choice(VI_MID), rnd.choice(VI_GIV)
            add("%s %s %s" % (fam, mid, giv), giv, fam)
    return members[:n]


def culture_of(name):
    ch = [c for c in name if c.isalpha()]
    if not ch:
        return "en"
    c0 = ch[0]
    o = ord(c0)
    if 0x3040 <= o <= 0x30ff:
        return "ja"
    if 0xac00 <= o <= 0xd7af:
        return "ko"
    if 0x4e00 <= o <= 0x9fff:
        return "cjk"
    if " " not in name:
        return "cjk"
    return "sp"


# ---------------------------------------------------------------- record builder ---------------

class Rec:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.negs = []
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def seg(self, segs):
        for txt, lab in segs:
            if lab is None:
                self.t(txt)
            else:
                st = self.n
                self.t(txt)
                if lab[0] == "S":
                    self.spans.append({"start": st, "end": self.n, "type": lab[1]})
                else:
                    self.negs.append({"start": st, "end": self.n, "category": lab[1]})

    def last(self):
        for p in reversed(self.parts):
            if p:
                return p[-1]
        return ""

    def text(self):
        return "".join(self.parts)


def S(t, typ):
    return (t, ("S", typ))


def N(t, cat):
    return (t, ("N", cat))


class Gen:
    def __init__(self, rnd, members):
        self.r = rnd
        self.m = members
        self.by_cult = {}
        for mm in members:
            self.by_cult.setdefault(self.cult_key(mm["name"]), []).append(mm)
        self.firsts = {}

    def cult_key(self, name):
        c = culture_of(name)
        if c == "sp":
            ch = [x for x in name if x.isalpha()][0]
            o = ord(ch)
            if 0x400 <= o < 0x530:
                return "ru"
            if 0x370 <= o < 0x400:
                return "el"
            if 0x5d0 <= o < 0x600:
                return "he"
            if 0x600 <= o < 0x700:
                return "ar"   # ar and fa together
            if 0x900 <= o < 0x980:
                return "hi"
            if 0x980 <= o < 0xa00:
                return "bn"
            if 0xb80 <= o < 0xc00:
                return "ta"
            if 0xe00 <= o < 0xe80:
                return "th"
            return "latin"
        return c

    def member(self, lang=None, p=0.6):
        r = self.r
        if lang and r.random() < p:
            key = {"ru": "ru", "uk": "ru", "el": "el", "he": "he", "ar": "ar", "fa": "ar",
                   "hi": "hi", "bn": "bn", "ta": "ta", "th": "th", "zh": "cjk", "ja": "ja",
                   "ko": "ko"}.get(lang, "latin")
            lst = self.by_cult.get(key)
            if lang == "ja" and r.random() < 0.5:
                lst = self.by_cult.get("cjk")
            if lst:
                return r.choice(lst)
        return r.choice(self.m)

    # ---- positives
    def email(self, lang):
        r = self.r
        m = self.member()
        fn = m["handle"]
        dom = r.choice(["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.net", "orange.fr",
                        "libero.it", "proton.me", "nordlicht-labs.de", "bluefin.io", "kestrel.ai",
                        "mail.ru", "qq.com", "163.com", "naver.com", "hotmail.com", "uol.com.br",
                        "tranviadigital.es", "umbra-consulting.co.uk", "univ-lyon2.fr",
                        "tu-dresden.de", "iitb.ac.in", "unilag.edu.ng", "fastmail.fm"])
        local = r.choice([fn, fn.replace("_", "."), fn + str(r.randint(1, 99)),
                          r.choice(["jobs", "hr", "careers", "hello", "bewerbung", "recrutement",
                                    "talent", "info", "kontakt", "press"]),
                          (fn.split("_")[0][:1] + "." + fn.split("_")[-1]) if "_" in fn else fn])
        x = r.random()
        if x < 0.14:
            at, dot = r.choice([(" [at] ", " [dot] "), ("(at)", "."), (" (at) ", " (dot) "),
                                (" [ät] ", " [punkt] "), (" [arobase] ", " [point] "),
                                (" [arroba] ", " [punto] "), (" [chiocciola] ", " [punto] "),
                                (" [собака] ", " [точка] "), (" at ", " dot "), ("[at]", "[dot]"),
                                (" {at} ", " {dot} ")])
            return [S(local + at + dom.replace(".", dot), "EMAIL")]
        e = local + "@" + dom
        if x < 0.24:
            return [("<", None), S(e, "EMAIL"), (">", None)]
        if x < 0.40:
            return [N("mailto:", "mailto"), S(e, "EMAIL")]
        if x < 0.46:
            return [("(", None), S(e, "EMAIL"), (")", None)]
        return [S(e, "EMAIL")]

    def phone_str(self):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        nz = lambda: str(r.randint(2, 9))
        c = r.choice(["US", "US", "UK", "DE", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT",
                      "NL", "NG", "E164"])
        if c == "US":
            while True:
                npa = nz() + str(r.randint(0, 8)) + d(1)
                if npa[1:] != "11":
                    break
            while True:
                nxx = nz() + d(2)
                if nxx[1:] != "11" and nxx != "555":
                    break
            ln = d(4)
            return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                             "+1 (%s) %s-%s", "1-%s-%s-%s"]) % (npa, nxx, ln)
        if c == "UK":
            x = r.random()
            mob = "7" + str(r.randint(4, 9)) + d(2)
            if x < 0.35:
                return r.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (mob, d(6))
            if x < 0.7:
                return r.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s"]) % (
                    str(r.choice([3, 7, 8])) + d(3), d(4))
            return r.choice(["0161 %s %s", "0131 %s %s", "+44 113 %s %s"]) % (nz() + d(2), d(4))
        if c == "DE":
            mob = "1" + r.choice(["51", "52", "60", "62", "70", "71", "72", "75", "76", "77"])
            city = r.choice(["30", "40", "89", "69", "221", "211", "711", "351", "341"])
            return r.choice(["+49 %s %s" % (mob, d(8)), "0%s %s" % (mob, d(8)),
                             "0%s/%s" % (mob, d(7)), "+49 (0)%s %s" % (city, nz() + d(6)),
                             "0%s %s-%s" % (city, nz() + d(4), d(2)), "0%s/%s" % (city, nz() + d(6)),
                             "+49 %s %s %s" % (mob, d(4), d(4)), "0049 %s %s" % (city, nz() + d(6))])
        if c == "FR":
            p = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))
            g = [d(2) for _ in range(4)]
            return r.choice(["0%s %s %s %s %s", "+33 %s %s %s %s %s", "0%s.%s.%s.%s.%s",
                             "+33 (0)%s %s %s %s %s", "0%s-%s-%s-%s-%s"]) % tuple([p] + g)
        if c == "IN":
            m = str(r.choice([6, 7, 8, 9])) + d(4)
            return r.choice(["+91 %s %s" % (m, d(5)), "0%s %s" % (m, d(5)), "+91-%s-%s" % (m, d(5)),
                             "+91 22 %s %s" % (nz() + d(3), d(4)), "+91-80-%s-%s" % (nz() + d(3), d(4))])
        if c == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            return r.choice(["+55 %s 9%s-%s" % (ddd, d(4), d(4)), "(%s) 9%s-%s" % (ddd, d(4), d(4)),
                             "+55 (%s) %s-%s" % (ddd, str(r.randint(2, 5)) + d(3), d(4)),
                             "(%s) %s-%s" % (ddd, str(r.randint(2, 5)) + d(3), d(4))])
        if c == "JP":
            return r.choice(["03-%s-%s" % (d(4), d(4)), "+81 3-%s-%s" % (d(4), d(4)),
                             "0%s0-%s-%s" % (r.choice("789"), d(4), d(4)),
                             "+81 %s0 %s %s" % (r.choice("789"), d(4), d(4)),
                             "06-%s-%s" % (d(4), d(4))])
        if c == "AU":
            return r.choice(["04%s %s %s" % (d(2), d(3), d(3)), "+61 4%s %s %s" % (d(2), d(3), d(3)),
                             "(02) %s %s" % (str(r.randint(8, 9)) + d(3), d(4)),
                             "+61 2 %s %s" % (str(r.randint(8, 9)) + d(3), d(4)),
                             "(03) 9%s %s" % (d(3), d(4))])
        if c == "CN":
            m = "1" + r.choice(["38", "39", "50", "58", "86", "88", "35", "36"])
            return r.choice(["+86 %s %s %s" % (m, d(4), d(4)), "%s-%s-%s" % (m, d(4), d(4)),
                             "%s%s" % (m, d(8)), "010-%s" % (nz() + d(7)), "+86 21 %s %s" % (nz() + d(3), d(4))])
        if c == "ES":
            m = str(r.choice([6, 7])) + d(2)
            return r.choice(["+34 %s %s %s %s" % (m, d(2), d(2), d(2)), "%s %s %s" % (m, d(3), d(3)),
                             "91 %s %s %s" % (d(3), d(2), d(2)), "+34 93 %s %s %s" % (d(3), d(2), d(2))])
        if c == "IT":
            return r.choice(["+39 3%s %s %s" % (d(2), d(3), d(4)), "3%s %s" % (d(2), d(7)),
                             "02 %s %s" % (d(4), d(4)), "+39 06 %s %s" % (d(4), d(4)),
                             "+39 3%s/%s" % (d(2), d(7))])
        if c == "NL":
            return r.choice(["+31 6 %s" % d(8), "06-%s" % d(8), "06 %s %s" % (d(4), d(4)),
                             "020-%s" % (nz() + d(6)), "+31 (0)20 %s %s" % (nz() + d(2), d(4)),
                             "+31 10 %s %s" % (nz() + d(2), d(4))])
        if c == "NG":
            p = r.choice(["803", "806", "813", "816", "703", "706", "805", "807", "802", "808", "809"])
            return r.choice(["+234 %s %s %s" % (p, d(3), d(4)), "0%s %s %s" % (p, d(3), d(4)),
                             "+234-%s-%s-%s" % (p, d(3), d(4)), "0%s%s" % (p, d(7))])
        return r.choice(["+4915%s" % d(9), "+1%s%s%s" % (r.randint(2, 9), d(2), nz() + d(6)),
                         "+4420%s" % (r.choice("378") + d(7)), "+33%s%s" % (r.choice("67"), d(8)),
                         "+81%s0%s" % (r.choice("789"), d(8)), "+2348%s%s" % (r.choice("01"), d(8)),
                         "+55119%s" % d(8), "+61%s%s" % (4, d(8))])

    def phone(self, lang):
        p = self.phone_str()
        if self.r.random() < 0.12 and " " in p:
            p = p.replace(" ", NBSP)
        x = self.r.random()
        if x < 0.08:
            return [("tel:", None), S(p, "PHONE")]
        return [S(p, "PHONE")]

    def card(self, valid=True):
        r = self.r
        k = r.random()
        if k < 0.4:
            body, ln, grp = "4" + "".join(str(r.randint(0, 9)) for _ in range(14)), 16, (4, 4, 4, 4)
        elif k < 0.6:
            body, ln, grp = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13)), 16, (4, 4, 4, 4)
        elif k < 0.7:
            body, ln, grp = str(r.randint(2221, 2720)) + "".join(str(r.randint(0, 9)) for _ in range(11)), 16, (4, 4, 4, 4)
        elif k < 0.85:
            body, ln, grp = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12)), 15, (4, 6, 5)
        else:
            pre = r.choice(["6011", "65" + str(r.randint(10, 99)), "64" + str(r.randint(4, 9)) + str(r.randint(0, 9))])
            body, ln, grp = pre + "".join(str(r.randint(0, 9)) for _ in range(11)), 16, (4, 4, 4, 4)
        cd = luhn_digit(body)
        if not valid:
            cd = str((int(cd) + r.randint(1, 9)) % 10)
        num = body + cd
        sep = r.choice(["", " ", " ", "-"])
        if sep:
            out, i = [], 0
            for g in grp:
                out.append(num[i:i + g])
                i += g
            num = sep.join(out)
        return num

    def iban(self, valid=True):
        r = self.r
        cc = r.choice(list(IBAN_SPEC))
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
            for _ in range(int(cnt)):
                if kind == "n":
                    bban += str(r.randint(0, 9))
                elif kind == "a":
                    bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                else:
                    bban += r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        ck = 98 - num % 97
        if not valid:
            ck = (ck + r.randint(1, 96) - 2) % 97 + 2
            if ck == 98 - num % 97:
                ck = ck + 1 if ck < 98 else 2
        s = cc + "%02d" % ck + bban
        if r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, valid=True):
        r = self.r
        while True:
            a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            if a != 666:
                break
        if not valid:
            k = r.randint(0, 4)
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
        sep = "-" if r.random() < 0.8 else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def ipv4(self, cls="global"):
        r = self.r
        o = lambda: r.randint(1, 254)
        if cls == "global":
            a = r.choice([5, 8, 13, 23, 31, 37, 45, 46, 51, 52, 62, 77, 78, 80, 81, 85, 88, 91, 94,
                          95, 104, 109, 128, 130, 134, 141, 145, 151, 152, 157, 162, 176, 178, 185,
                          188, 193, 194, 195, 212, 213, 217])
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), o())
        if cls == "ip_private":
            return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), o()),
                             "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), o()),
                             "192.168.%d.%d" % (r.randint(0, 255), o())])
        if cls == "ip_loopback":
            return r.choice(["127.0.0.1", "127.0.0.1", "127.0.%d.%d" % (r.randint(0, 9), o())])
        if cls == "ip_link_local":
            return "169.254.%d.%d" % (r.randint(0, 255), o())
        if cls == "ip_documentation":
            return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % o()
        if cls == "ip_reserved":
            return r.choice(["%d.%d.%d.%d" % (r.randint(240, 254), r.randint(0, 255), r.randint(0, 255), o()),
                             "0.0.0.0", "255.255.255.255",
                             "%d.%d.%d.%d" % (r.randint(240, 254), o(), o(), o())])

    def ipv6(self, glob=True):
        r = self.r
        h = lambda: "%x" % r.randint(0, 0xffff)
        if glob:
            first = r.choice(["2a00", "2a01", "2a02", "2a03", "2a05", "2406", "2600", "2604", "2607",
                              "2620", "2803", "2c0f", "2405", "2409", "240e", "2a0c", "2001:4860",
                              "2606:4700", "2001:67c"])
            n = 8 - first.count(":") - 1
            if r.random() < 0.3:
                s = first + ":" + ":".join(r.choice([h(), "%04x" % r.randint(0, 0xffff)]) for _ in range(n))
            else:
                k = r.randint(1, n - 2)
                tail = r.randint(1, 2)
                s = first + ":" + ":".join(h() for _ in range(k)) + "::" + ":".join(h() for _ in range(tail))
            return s.upper() if r.random() < 0.1 else s
        return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "fe80::1", "::1",
                         "fd%02x:%s:%s::%s" % (r.randint(0, 255), h(), h(), h()),
                         "fc00::%s" % h(), "2001:db8::%s" % h(), "2001:db8:%s::%s" % (h(), h()),
                         "ff02::1", "ff02::%s" % h(), "::ffff:192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])

    def profile_url(self):
        r = self.r
        m = self.member()
        hd = m["handle"]
        slug = hd.replace("_", "-")
        scheme = r.choice(["https://", "https://", "", "http://", "https://www.", "www."])
        k = r.randint(0, 9)
        if k <= 2:
            u = "linkedin.com/in/" + r.choice([slug, slug + "-%x" % r.randint(0x10000, 0xfffffff),
                                               slug + "/"])
            if scheme in ("https://", "http://") and r.random() < 0.5:
                scheme += r.choice(["www.", "de.", "fr.", "br."])
        elif k == 3:
            u = "github.com/" + hd
        elif k == 4:
            u = r.choice(["x.com/", "twitter.com/"]) + hd
        elif k == 5:
            u = "medium.com/@" + hd
        elif k == 6:
            u = "bsky.app/profile/" + hd.replace("_", "") + r.choice([".bsky.social", ".com", ".dev"])
        elif k == 7:
            u = hd.replace("_", "") + ".substack.com"
        elif k == 8:
            u = "calendly.com/" + slug + r.choice(["", "/30min", "/intro-call"])
        else:
            u = "askfirst.example/u/" + hd
        if scheme.endswith("www.") and not u.startswith(("linkedin", "github", "x.com", "twitter", "medium")):
            scheme = "https://"
        return scheme + u

    def person_segs(self, lang, form=None, allow_coll=False):
        """a member name in one of its written forms; returns (segs, member)"""
        r = self.r
        m = self.member(lang)
        if allow_coll and r.random() < 0.03:
            # a member whose name is also a firm, place or eponym, here used as a person
            want = r.choice(ORG_NAMES + PLACE_NAMES + EPONYM_PEOPLE)
            m = next(x for x in self.m[:200] if x["name"] == want)
        nm = m["name"]
        c = culture_of(nm)
        if c in ("cjk", "ja", "ko"):
            return [S(nm, "PERSON")], m
        x = r.random() if form is None else form
        shown = nm
        if "ı" in nm or "İ" in nm:
            x = max(x, 0.13)  # Turkish dotted/dotless i does not survive case mapping
        if x < 0.08:
            shown = nm.lower()
        elif x < 0.13:
            shown = nm.upper()
        elif x < 0.25 and strip_acc(nm) != nm and all(ord(c) < 0x530 or 0x1e00 <= ord(c) < 0x1f00 for c in nm):
            shown = unicodedata.normalize("NFC", strip_acc(nm))
        if 0.25 <= x < 0.40:
            return [("@", None), S(nm, "PERSON")], m
        return [S(shown, "PERSON")], m

    def handle_segs(self):
        m = self.r.choice(self.m)
        return [S("@" + m["handle"], "HANDLE")]

    # ---- negatives
    def neg_value(self, cat, lang):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if cat == "date":
            y, mo, da = r.randint(2015, 2027), r.randint(1, 12), r.randint(1, 28)
            mn = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"][mo - 1]
            return r.choice(["%d-%02d-%02d" % (y, mo, da), "%02d.%02d.%d" % (da, mo, y),
                             "%02d/%02d/%d" % (mo, da, y), "%02d/%02d/%d" % (da, mo, y),
                             "%s %d, %d" % (mn, da, y), "%d %s %d" % (da, mn, y),
                             "%d年%d月%d日" % (y, mo, da), "%d. %d. %d." % (y, mo, da),
                             "%d.%d.%d" % (da, mo, y)])
        if cat == "time":
            hh, mm = r.randint(7, 21), r.choice([0, 15, 30, 45])
            return r.choice(["%02d:%02d" % (hh, mm), "%d:%02d am" % (hh % 12 or 12, mm),
                             "%dh%02d" % (hh, mm), "%02d:%02d–%02d:%02d" % (hh, mm, hh + 2, mm),
                             "%02d:%02d:%02d" % (hh, mm, r.randint(0, 59)),
                             "%d:%02d pm CET" % (hh % 12 or 12, mm)])
        if cat == "price":
            a = r.randint(10, 99999)
            return r.choice(["€%d,%02d" % (a, r.randint(0, 99)), "$%s.99" % format(a, ","),
                             "%s €" % format(a, ",").replace(",", " "), "£%d" % a, "¥%s" % format(a * 10, ","),
                             "₹%s" % format(a, ","), "R$ %s,00" % format(a, ",").replace(",", "."),
                             "CHF %d.–" % a, "%s TL" % format(a, ",").replace(",", "."),
                             "USD %s" % format(a * 100, ","), "%d,%02d zł" % (a, r.randint(0, 99))])
        if cat == "order_number":
            return r.choice(["#%s" % d(8), "%s-%s-%s" % (d(3), d(7), d(7)), "PO-%d-%s" % (r.randint(2019, 2026), d(6)),
                             "A-%s-%s" % (d(4), d(4)), d(16), "SO%s" % d(10), "%s/%s" % (d(6), d(2))])
        if cat == "ticket_number":
            return r.choice(["INC%s" % d(7), "%s-%d" % (r.choice(["PLAT", "OPS", "WEB", "DATA", "SEC"]), r.randint(10, 99999)),
                             "#%s" % d(6), "CS-%s-%s" % (d(4), d(6)), "%d-%s" % (r.randint(2020, 2026), d(7)),
                             "SR %s %s" % (d(3), d(4))])
        if cat == "isbn":
            if r.random() < 0.7:
                body = "978" + d(9)
                s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
                full = body + str((10 - s % 10) % 10)
                return r.choice([full, "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])])
            body = d(9)
            s = sum(int(c) * (10 - i) for i, c in enumerate(body))
            ck = (11 - s % 11) % 11
            full = body + ("X" if ck == 10 else str(ck))
            return "%s-%s-%s-%s" % (full[0], full[1:4], full[4:9], full[9])
        if cat == "version":
            return r.choice(["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 40), r.randint(0, 30)),
                             "%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 200)),
                             "%d.%d" % (r.randint(1, 30), r.randint(0, 9)),
                             "v%d.%d.%d-rc.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9), r.randint(1, 5))])
        if cat == "patent":
            return r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 12), r.randint(0, 999), r.randint(0, 999)),
                             "US 20%d/0%s A1" % (r.randint(18, 25), d(6)),
                             "EP %s %s %s B1" % (r.randint(1, 4), d(3), d(3)),
                             "DE 10 20%d %s %s A1" % (r.randint(15, 24), d(3), d(3)),
                             "WO 20%d/%s" % (r.randint(15, 25), d(6)),
                             "CN %s A" % d(9), "JP 20%d-%s A" % (r.randint(15, 24), d(6))])
        if cat == "ip_version":
            return "%d.%d.%d.%d" % (r.choice([2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 23, 24]),
                                    r.randint(0, 30), r.randint(0, 30), r.randint(1, 250))
        if cat.startswith("ip_"):
            return self.ipv4(cat)
        if cat == "ipv6_nonglobal":
            return self.ipv6(False)
        if cat == "card_luhn_invalid":
            return self.card(False)
        if cat == "iban_bad_check":
            return self.iban(False)
        if cat == "ssn_invalid":
            return self.ssn(False)
        co = r.choice(["nordlicht-labs", "bluefin", "kestrel", "tranvia", "umbra", "papaya-pay",
                       "holzwerk", "sakura-robotics", "baobab-health", "fjordline", "cobalt-grid"])
        tld = r.choice([".com", ".io", ".de", ".fr", ".co.uk", ".ai", ".com.br", ".jp"])
        sch = r.choice(["https://", "", "https://www.", "http://"])
        if cat == "url_company":
            return sch + r.choice([co + tld, co + tld + "/about", "linkedin.com/company/" + co,
                                   co + tld + "/en/products"])
        if cat == "url_careers":
            return r.choice([sch.replace("www.", "") + co + tld + r.choice(["/careers", "/jobs", "/karriere", "/carrieres"]),
                             "https://jobs.lever.co/%s/%08x-%04x" % (co, r.getrandbits(32), r.getrandbits(16)),
                             "boards.greenhouse.io/%s/jobs/%s" % (co.replace("-", ""), d(7)),
                             "https://www.linkedin.com/jobs/view/%s" % d(10),
                             "careers.%s%s/open-positions" % (co, tld)])
        if cat == "url_docs":
            return r.choice(["https://docs.python.org/3/library/%s.html" % r.choice(["re", "json", "asyncio", "unicodedata"]),
                             "developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
                             "https://kubernetes.io/docs/concepts/services-networking/",
                             "learn.microsoft.com/en-us/azure/aks/",
                             "https://docs.%s%s/api/v2" % (co, tld), "readthedocs.io/en/latest/",
                             "https://www.postgresql.org/docs/16/indexes.html"])
        if cat == "url_paper":
            return r.choice(["https://arxiv.org/abs/%d%02d.%05d" % (r.randint(18, 25), r.randint(1, 12), r.randint(0, 29999)),
                             "doi.org/10.1145/%d.%d" % (r.randint(3000000, 3700000), r.randint(1000000, 3700000)),
                             "https://aclanthology.org/20%d.acl-long.%d" % (r.randint(18, 25), r.randint(1, 800)),
                             "openreview.net/forum?id=%s" % "".join(r.choice("abcdefghijkLMNOPQ0123456789") for _ in range(10)),
                             "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=%s" % d(7)])
        if cat == "url_ticket":
            return r.choice(["https://www.eventbrite.com/e/%s-tickets-%s" % (r.choice(["data-summit", "devfest", "women-in-tech-night"]), d(12)),
                             "ti.to/%s/20%d" % (r.choice(["rustfest", "pycon-de", "jsconf"]), r.randint(23, 27)),
                             "lu.ma/%s" % "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)),
                             "https://www.meetup.com/%s/events/%s/" % (r.choice(["berlin-rust", "lagos-devs", "tokyo-ml"]), d(9)),
                             "pretix.eu/%s/%s/" % (co.replace("-", ""), r.choice(["conf26", "summit"]))])
        if cat == "url_form":
            return r.choice(["https://forms.gle/%s" % "".join(r.choice("ABCDEFGHJKabcdefghjk123456789") for _ in range(17)),
                             "docs.google.com/forms/d/e/1FAIpQL%s/viewform" % "".join(r.choice("abcdefXYZ0123456789") for _ in range(20)),
                             "https://%s.typeform.com/to/%s" % (co.replace("-", ""), "".join(r.choice("AbCdEfGh12") for _ in range(8))),
                             "tally.so/r/%s" % "".join(r.choice("wmnA1b2c3") for _ in range(6)),
                             "https://forms.office.com/r/%s" % "".join(r.choice("ABCxyz0123") for _ in range(10))])
        raise ValueError(cat)


POS_TYPES = ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE",
             "PERSON", "PERSON", "GREET"]
NEG_CATS = ["date", "time", "price", "order_number", "ticket_number", "isbn", "version", "patent",
            "ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved",
            "ip_version", "ipv6_nonglobal", "card_luhn_invalid", "iban_bad_check", "ssn_invalid",
            "url_company", "url_careers", "url_docs", "url_paper", "url_ticket", "url_form",
            "mailto", "at_not_handle", "org_name", "place_name", "eponym", "name_word"]
AT_WORDS = ["@home", "@everyone", "@here", "@channel", "@all", "@team", "@work", "@office",
            "@scale", "@Google", "@Siemens", "@Infosys", "@Nubank", "@Zalando", "@", "@Mercado"]
KINDS = ["post", "post", "post", "comment", "comment", "headline", "about", "experience",
         "recommendation", "message", "job_ad"]


PHONE_HINT = re.compile(r"(?i)text me|hotline|tel|mobil|phone|call|número|номер|电话|電話|전화|โทร|SĐT|WA |WhatsApp|ring |bel |llám|"
                        r"cellulare|هاتف|رقمي|טלפון|फ़ोन|number|Tawagan|Me chama|微信")


def contact_frames(fr, phone):
    lst = [f for f in fr["contact"] if bool(PHONE_HINT.search(f)) == phone]
    return lst or (["{}", "({})"] if phone else ["{}"])


def fill(rec, frame, segs, L=""):
    if L and L[-1].isascii() and "{L}{}" in frame:
        frame = frame.replace("{L}{}", "{L} {}")
    frame = frame.replace("{L}", L)
    a, b = frame.split("{}", 1)
    nxt = (a or segs[0][0] or " ")[:1]
    last = rec.last()
    if last and not last.isascii() and unicodedata.category(last)[0] in "LM" and nxt.isascii() and nxt.isalnum():
        rec.t(" ")  # only frames glue PII to CJK/Thai text, never two sentences
    rec.t(a)
    rec.seg(segs)
    rec.t(b)


def end_punct(rec, r, lang):
    last = rec.last()
    if last in (".", "!", "?", ",", ":", ";", "。", "！", "、", "，", "-", "—", "·") or last == "\u060c":
        rec.t(r.choice([" ", " ", "\n"]))
        return
    if lang in ("zh", "ja"):
        rec.t(r.choice(["。", "。", "！", "\n"]))
    elif lang == "th":
        rec.t(r.choice(["  ", " ", "\n"]) if last.isascii() else r.choice(["", " ", "\n"]))
    else:
        rec.t(r.choice([". ", ". ", "! ", "\n", " — ", ". ", " · "]))


def sentence(g, rec, lang, item):
    r = g.r
    fr = F[lang]
    if r.random() < 0.12 and lang != "en":
        fr_alt = F["en"]  # code switching: English sentence inside another language's record
    else:
        fr_alt = fr
    glue = lang in GLUE_LANGS
    kind, val = item
    if kind == "EMAIL":
        fill(rec, r.choice(contact_frames(fr_alt, False)), g.email(lang))
    elif kind == "PHONE":
        fill(rec, r.choice(contact_frames(fr_alt, True)), g.phone(lang))
    elif kind in ("IPV4", "IPV6"):
        ip = g.ipv4() if kind == "IPV4" else g.ipv6()
        x = r.random()
        if kind == "IPV4":
            segs = [S(ip, "IPV4")]
            if x < 0.2:
                segs.append((":" + str(r.choice([22, 443, 8080, 8443, 5432, 3000])), None))
            elif x < 0.3:
                segs.append(("/" + str(r.choice([24, 32, 29, 16])), None))
        else:
            if x < 0.2:
                segs = [("[", None), S(ip, "IPV6"), ("]:" + str(r.choice([443, 8443, 22])), None)]
            elif x < 0.3:
                segs = [S(ip, "IPV6"), ("/" + str(r.choice([48, 64, 128])), None)]
            else:
                segs = [S(ip, "IPV6")]
        fill(rec, r.choice(fr_alt["tech"]), segs)
    elif kind == "CREDIT_CARD":
        fill(rec, r.choice(fr_alt["pay"]), [S(g.card(), "CREDIT_CARD")], fr_alt["N"]["card"])
    elif kind == "IBAN":
        fill(rec, r.choice(fr_alt["pay"]), [S(g.iban(), "IBAN")], fr_alt["N"]["iban"])
    elif kind == "US_SSN":
        f2 = F["en"] if r.random() < 0.6 else fr_alt
        fill(rec, r.choice(f2["ssn"]), [S(g.ssn(), "US_SSN")], r.choice(["SSN", "SSN", "Social Security number", "SSN#"]))
    elif kind == "URL":
        u = g.profile_url()
        fill(rec, r.choice(fr_alt["link"]), [S(u, "URL")])
    elif kind == "HANDLE":
        fr_p = fr_alt["person"]
        fill(rec, r.choice(fr_p), g.handle_segs())
    elif kind == "PERSON":
        segs, m = g.person_segs(lang, allow_coll=True)
        if m["name"] in COLLIDING:
            fill(rec, r.choice(HUMAN_FRAMES), segs)
        elif "poss" in fr_alt and r.random() < 0.3 and segs[0][0] != "@" and culture_of(m["name"]) == "sp":
            fill(rec, r.choice(fr_alt["poss"]), segs)
        else:
            fill(rec, r.choice(fr_alt["person"]), segs)
    elif kind == "GREET":
        greet(g, rec, lang)
    elif kind == "NEG":
        neg_sentence(g, rec, lang, fr_alt, val)


def greet(g, rec, lang):
    r = g.r
    fr = F[lang]
    m = g.member(lang, 0.85)
    nm = m["name"]
    c = culture_of(nm)
    if c in ("cjk", "ja", "ko") or re.match(r"^(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý) ", nm):
        frames = fr["greet"] if lang in ("zh", "ja", "ko", "vi") else F["en"]["greet"]
        fill(rec, r.choice(frames), [S(nm, "PERSON")])
        return
    first = nm.split()[0]
    if nm in ORG_NAMES or nm in PLACE_NAMES or nm in EPONYM_PEOPLE:
        first = nm.split()[0]
    fill(rec, r.choice(fr["greet"]), [S(first, "PERSON")])


def neg_sentence(g, rec, lang, fr, cat):
    r = g.r
    if cat == "mailto":
        fill(rec, r.choice(contact_frames(fr, False)),
             [N("mailto:", "mailto"), S(g.r.choice(g.m)["handle"] + "@" + r.choice(["gmail.com", "bluefin.io", "web.de", "kestrel.ai"]), "EMAIL")])
        return
    if cat == "at_not_handle":
        w = r.choice(AT_WORDS)
        fill(rec, r.choice(fr["at"]), [N(w, "at_not_handle")])
        return
    if cat == "org_name":
        nm = r.choice(ORG_NAMES)
        frames = fr["brand"] if nm in BRANDS and "brand" in fr and r.random() < 0.5 else fr["org"]
        fill(rec, r.choice(frames), [N(ORG_FORMS.get(nm, nm), "org_name")])
        return
    if cat == "place_name":
        x = r.random()
        if x < 0.15:
            pl, ctx = r.choice([("Charlotte", ", NC"), ("Victoria", ", BC"), ("Florence", ", Italy"),
                                ("Austin", ", TX"), ("Georgia", " (the country, not the state)"),
                                ("Jackson", ", Mississippi"), ("Savannah", ", GA")])
        else:
            nm = r.choice(PLACE_NAMES)
            pl, ctx = PLACE_FORMS.get(nm, nm), PLACE_CONTEXT.get(nm, "")
        fill(rec, r.choice(fr["place"]), [N(pl, "place_name"), (ctx, None)])
        return
    if cat == "eponym":
        if r.random() < 0.4:
            nm = r.choice(EPONYM_PEOPLE)
            e = r.choice(EPONYM_FULL[nm])
        else:
            l2 = lang if lang in EPONYM_SURNAME and r.random() < 0.6 else "en"
            e = r.choice(EPONYM_SURNAME[l2])
        fill(rec, r.choice(fr["epo"]), [N(e, "eponym")])
        return
    if cat == "name_word":
        l2 = lang if lang in NAME_WORDS and r.random() < 0.8 else "en"
        _, sent = r.choice(NAME_WORDS[l2])
        a, rest = sent.split("[", 1)
        w, b = rest.split("]", 1)
        rec.t(a)
        rec.seg([N(w, "name_word")])
        rec.t(b)
        return
    val = g.neg_value(cat, lang)
    key = cat if cat in fr["N"] else None
    if cat.startswith("ip_") and cat != "ip_version" or cat == "ipv6_nonglobal":
        segs = [N(val, cat)]
        if r.random() < 0.2 and cat != "ipv6_nonglobal":
            segs.append((":" + str(r.choice([22, 80, 8080])), None))
        fill(rec, r.choice(fr["tech"]), segs)
        return
    if cat == "ip_version":
        lab = fr["N"]["ip_version"]
        pre = r.choice(["", "", "v", "build "])
        fill(rec, r.choice(fr["neg"]), [(pre, None), N(val, cat)], lab)
        return
    if cat == "card_luhn_invalid":
        fill(rec, r.choice(fr["pay"]), [N(val, cat)], fr["N"]["card"])
        return
    if cat == "iban_bad_check":
        fill(rec, r.choice(fr["pay"]), [N(val, cat)], fr["N"]["iban"])
        return
    if cat == "ssn_invalid":
        fill(rec, r.choice(F["en"]["ssn"]), [N(val, cat)], "SSN")
        return
    fill(rec, r.choice(fr["neg"]), [N(val, cat)], fr["N"][key])


def make_record(g, idx, want_pos, want_neg):
    r = g.r
    lang = r.choices(LANGS, [LANG_W[l] for l in LANGS])[0]
    kind = r.choice(KINDS)
    items = [(t, None) for t in want_pos] + [("NEG", c) for c in want_neg]
    r.shuffle(items)
    rec = Rec()
    fr = F[lang]
    if kind == "message":
        greet(g, rec, lang)
        rec.t(r.choice(["\n", " "]))
    elif kind == "recommendation":
        segs, _ = g.person_segs(lang)
        fill(rec, r.choice(fr["person"]), segs)
        end_punct(rec, r, lang)
    elif kind == "headline":
        rec.t(r.choice(["Senior Data Engineer", "Product Designer", "Head of Talent", "CTO & co-founder",
                        "Backend-Entwicklerin", "Chef de projet", "Ingeniera de datos", "数据科学家",
                        "プロダクトマネージャー", "백엔드 개발자", "Engenheiro de Software", "Avukat",
                        "Recruiter", "ML Researcher", "Staff SRE"]) + r.choice([" | ", " · ", " – "]))
    elif kind == "experience":
        rec.t(r.choice(["Software Engineer", "Consultant", "Analyst", "Team Lead", "Praktikant",
                        "Stagiaire", "Becario", "Tech Lead", "Research Assistant"]) +
              r.choice([" at Fjordline", " — Kestrel AI", ", Holzwerk GmbH", " @ Bluefin", " | Umbra"]) +
              r.choice(["\n", " · ", " (remote)\n"]))
    elif kind == "job_ad":
        rec.t(r.choice(["We're hiring! ", "Wir stellen ein: ", "On recrute ! ", "¡Estamos contratando! ",
                        "急募：", "Vaga aberta: ", "Cerchiamo persone! ", "채용 중: ", "#hiring "]))
    for i, it in enumerate(items):
        sentence(g, rec, lang, it)
        if kind == "headline" and i < len(items) - 1:
            rec.t(r.choice([" | ", " · ", " / "]))
        elif lang in GLUE_LANGS and r.random() < 0.5 and not rec.text()[-1:].isascii():
            pass
        else:
            end_punct(rec, r, lang)
    if kind == "message" and r.random() < 0.5:
        rec.t(r.choice(["Best, ", "VG, ", "Cordialement, ", "Saludos, ", "— ", "Abraço, ", "Pozdrawiam\n"]))
        if r.random() < 0.5:
            segs, _ = g.person_segs(lang, form=0.9)
            rec.seg(segs)
    if kind == "job_ad" and r.random() < 0.5:
        rec.t(r.choice(["#hiring #remote", "Bewerbung bis Ende des Monats.", "Postulez vite !", ""]))
    text = rec.text()
    # normalise a trailing whitespace only
    while text and text[-1] in " \n":
        text = text[:-1]
    # drop spans beyond trimmed end (never happens: spans end before separators)
    return {"id": "r%d" % idx, "lang": lang, "kind": kind, "text": text,
            "spans": sorted(rec.spans, key=lambda s: s["start"]),
            "negatives": sorted(rec.negs, key=lambda s: s["start"])}


# ---------------------------------------------------------------- stray-name check -------------

TOK = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def word_tokens(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        cat = unicodedata.category(c)
        if cat[0] in "LMN":
            j = i
            while j < n and unicodedata.category(text[j])[0] in "LMN":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


class NameIndex:
    def __init__(self, members):
        self.spaced = set()
        self.nospace = set()
        self.maxlen = 1
        for m in members:
            nm = norm(m["name"])
            if " " in nm:
                toks = nm.split()
                self.spaced.add(tuple(toks))
                self.maxlen = max(self.maxlen, len(toks))
            else:
                self.nospace.add(nm)
        self.nslens = sorted({len(x) for x in self.nospace})

    def stray(self, rec):
        """member names in the text not covered by a PERSON span (exactly) or a negative"""
        text = rec["text"]
        covers = [(s["start"], s["end"]) for s in rec["spans"] if s["type"] != "PERSON"] + \
                 [(s["start"], s["end"]) for s in rec["negatives"]]
        persons = {(s["start"], s["end"]) for s in rec["spans"] if s["type"] == "PERSON"}
        pers_list = list(persons)

        def ok(a, b):
            if (a, b) in persons:
                return True
            for s, e in covers:
                if s <= a and b <= e:
                    return True
            for s, e in pers_list:
                if s <= a and b <= e:
                    return True
            return False

        toks = word_tokens(text)
        nt = [norm(text[a:b]) for a, b in toks]
        for i in range(len(toks)):
            for k in range(2, self.maxlen + 1):
                if i + k > len(toks):
                    break
                if tuple(nt[i:i + k]) in self.spaced:
                    a, b = toks[i][0], toks[i + k - 1][1]
                    if not ok(a, b):
                        return text[a:b]
        # names without spaces: substring anywhere
        low = norm(text)
        if len(low) == len(text):
            for L in self.nslens:
                for a in range(0, len(low) - L + 1):
                    if low[a:a + L] in self.nospace:
                        b = a + L
                        # Latin-script single-token names need word boundaries
                        if low[a].isascii() and ((a > 0 and low[a - 1].isalnum()) or (b < len(low) and low[b].isalnum())):
                            continue
                        if not ok(a, b):
                            return text[a:b]
        return None


# ---------------------------------------------------------------- main -------------------------

def generate(out, nrec, nmem, seed):
    rnd = random.Random(seed)
    members = build_members(nmem, random.Random(seed * 7919 + 1))
    g = Gen(rnd, members)
    idx = NameIndex(members)
    recs = []
    # balanced schedules: cycle through types and categories so each is well represented
    pos_cycle, neg_cycle = [], []
    rejected = 0
    for i in range(1, nrec + 1):
        npos = rnd.choices([0, 1, 2, 3, 4, 5], [5, 20, 30, 25, 14, 6])[0]
        nneg = rnd.choices([0, 1, 2, 3, 4], [12, 30, 30, 18, 10])[0]
        if npos + nneg == 0:
            nneg = 1 if rnd.random() < 0.5 else 0
        want_pos, want_neg = [], []
        for _ in range(npos):
            if not pos_cycle:
                pos_cycle = POS_TYPES[:]
                rnd.shuffle(pos_cycle)
            want_pos.append(pos_cycle.pop())
        for _ in range(nneg):
            if not neg_cycle:
                neg_cycle = NEG_CATS[:]
                rnd.shuffle(neg_cycle)
            want_neg.append(neg_cycle.pop())
        for attempt in range(50):
            rec = make_record(g, i, want_pos, want_neg)
            if len(rec["spans"]) <= 6 and len(rec["negatives"]) <= 4 and idx.stray(rec) is None:
                break
            rejected += 1
        else:
            raise SystemExit("could not build record %d without a stray member name" % i)
        recs.append(rec)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return members, recs, rejected


def selfcheck(members, recs):
    errs = []
    handles = {m["handle"] for m in members}
    names = {norm(m["name"]) for m in members}
    firsts = {norm(m["name"].split()[0]) for m in members if " " in m["name"]}
    idx = NameIndex(members)
    assert len(handles) == len(members), "duplicate handles"
    for rec in recs:
        t = rec["text"]
        allsp = [(s["start"], s["end"], "S") for s in rec["spans"]] + \
                [(s["start"], s["end"], "N") for s in rec["negatives"]]
        allsp.sort()
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                errs.append("%s overlap %s %s" % (rec["id"], a, b))
        for s, e, _ in allsp:
            if not (0 <= s < e <= len(t)):
                errs.append("%s out of range" % rec["id"])
        for sp in rec["spans"]:
            v = t[sp["start"]:sp["end"]]
            ty = sp["type"]
            if v != v.strip():
                errs.append("%s whitespace in span %r" % (rec["id"], v))
            if ty == "CREDIT_CARD" and not luhn_ok(re.sub(r"[ -]", "", v)):
                errs.append("%s bad card %s" % (rec["id"], v))
            if ty == "IBAN" and not iban_ok(v):
                errs.append("%s bad iban %s" % (rec["id"], v))
            if ty == "US_SSN" and not ssn_ok(v):
                errs.append("%s bad ssn %s" % (rec["id"], v))
            if ty == "IPV4" and ipv4_class(v) != "global":
                errs.append("%s non-global ipv4 %s" % (rec["id"], v))
            if ty == "IPV6":
                lv = v.lower()
                if not re.match(r"^2[0-9a-f]{3}:", lv) or lv.startswith("2001:db8"):
                    errs.append("%s non-global ipv6 %s" % (rec["id"], v))
            if ty == "HANDLE" and (v[0] != "@" or v[1:] not in handles):
                errs.append("%s unknown handle %s" % (rec["id"], v))
            if ty == "PERSON" and norm(v) not in names and norm(v) not in firsts:
                errs.append("%s unknown person %s" % (rec["id"], v))
            if ty == "PHONE" and not (v[0] in "+(0123456789" and v[-1].isdigit()):
                errs.append("%s phone shape %s" % (rec["id"], v))
            if ty == "EMAIL" and v[-1] in ".,;)>":
                errs.append("%s email trailing %s" % (rec["id"], v))
            if ty == "URL" and v[-1] in ".,)":
                errs.append("%s url trailing %s" % (rec["id"], v))
        for ng in rec["negatives"]:
            v = t[ng["start"]:ng["end"]]
            c = ng["category"]
            if c == "card_luhn_invalid" and luhn_ok(re.sub(r"[ -]", "", v)):
                errs.append("%s luhn-valid negative %s" % (rec["id"], v))
            if c == "iban_bad_check" and iban_ok(v):
                errs.append("%s valid iban negative %s" % (rec["id"], v))
            if c == "ssn_invalid" and ssn_ok(v):
                errs.append("%s valid ssn negative %s" % (rec["id"], v))
            if c.startswith("ip_") and c != "ip_version" and ipv4_class(v) != c[3:]:
                errs.append("%s ip class %s %s" % (rec["id"], c, v))
            if c == "ip_version" and ipv4_class(v) != "global":
                errs.append("%s ip_version not ip-like %s" % (rec["id"], v))
            if c == "ipv6_nonglobal" and re.match(r"^2[0-9a-f]{3}:", v.lower()) and not v.lower().startswith("2001:db8"):
                errs.append("%s global ipv6 negative %s" % (rec["id"], v))
            if c == "at_not_handle" and v[1:].lower() in handles:
                errs.append("%s @word is a handle %s" % (rec["id"], v))
            if c == "name_word" and norm(v) not in firsts:
                errs.append("%s name_word not a member first name %s" % (rec["id"], v))
            if c == "mailto" and v != "mailto:":
                errs.append("%s mailto %s" % (rec["id"], v))
        s = idx.stray(rec)
        if s:
            errs.append("%s stray member name %r" % (rec["id"], s))
    return errs


def counts(recs):
    ct, cn = {}, {}
    for r in recs:
        for s in r["spans"]:
            ct[s["type"]] = ct.get(s["type"], 0) + 1
        for s in r["negatives"]:
            cn[s["category"]] = cn.get(s["category"], 0) + 1
    return ct, cn


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    members, recs, rej = generate(a.out, a.records, a.members, a.seed)
    if a.selfcheck:
        errs = selfcheck(members, recs)
        tmp = a.out.rstrip("/") + ".selfcheck-rerun"
        m2, r2, _ = generate(tmp, a.records, a.members, a.seed)
        h = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()
        for fn in ("members.jsonl", "corpus.jsonl"):
            if h(os.path.join(a.out, fn)) != h(os.path.join(tmp, fn)):
                errs.append("output differs between two runs with the same seed: " + fn)
            os.remove(os.path.join(tmp, fn))
        os.rmdir(tmp)
        ct, cn = counts(recs)
        langs = {r["lang"] for r in recs}
        print("records %d, members %d, languages %d, regenerated %d" % (len(recs), len(members), len(langs), rej))
        print("spans:", json.dumps(dict(sorted(ct.items()))))
        print("negatives:", json.dumps(dict(sorted(cn.items()))))
        for e in errs[:40]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("selfcheck ok")


if __name__ == "__main__":
    main()
