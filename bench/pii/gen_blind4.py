#!/usr/bin/env python3
"""gen_blind4.py - eighth labelled PII corpus for bench/pii, written blind on 2026-11-29.

Written blind from issue 3 alone (its definition of personal data, its hard negatives and its
targets) plus the input format of score.py; the engine, its tests, docs and the other corpus
generators were not read.  Python 3 standard library only, deterministic per seed.

  gen_blind4.py --out DIR [--records 5000] [--members 100000] [--seed 1] [--selfcheck]

DIR/members.jsonl  {"user","name","handle"}: names from many cultures and scripts (German, French,
  Spanish, Italian, Brazilian, Dutch, Polish, Turkish, Nordic, Czech/Romanian, Nigerian, Indian in
  Latin and Devanagari, Vietnamese, Filipino/Indonesian, Anglo/Irish, Russian, Ukrainian, Greek,
  Arabic, Hebrew, Chinese, Japanese, Korean, Thai), plus members whose names collide with hard
  negatives: two-person-name firm names, places, eponyms, first names that are ordinary words.
DIR/corpus.jsonl   {"id","lang","kind","text","spans","negatives"}: posts, comments, headlines,
  about texts, experience entries and messages in 22 languages with mixed-script text and PII glued
  to CJK/Thai/Arabic characters.  Types EMAIL (also [at]/(at) obfuscations; mailto: outside), PHONE
  (US/CA UK DE FR IN BR JP AU CN ES IT NL NG and bare E.164, several separators, NBSP, (0)), IPV4/IPV6
  (global only; ports, cidr and brackets outside), CREDIT_CARD (Luhn), IBAN (mod 97, 36 countries),
  US_SSN, URL (person profile links), HANDLE (@handle of a member, @ inside), PERSON (full names in
  any case and without diacritics, @Full Name, possessives, first name in greetings/thanks, CJK
  names with honorifics outside).  Hard negatives in 30 categories (dates, times, prices, order and
  ticket numbers, ISBNs, versions, patents, non-global IPs, 4-part versions, bad-check cards, IBANs
  and SSNs, company/careers/docs/paper/ticket/form URLs, mailto:, @ that is no handle, firm, place
  and eponym names and member first names used as ordinary words).
--selfcheck asserts on the written files: offsets land on the exact substrings, spans and
negatives do not overlap, validators hold (Luhn, mod 97, IBAN lengths, SSN ranges, IP ranges) for
positives and fail for the bad-check negatives, no unlabelled member full name or stray @ occurs
outside labelled spans; then it generates again into a temporary directory and asserts
byte-identical output for the same seed.  Every record is also checked for unlabelled member names
while it is built (and rebuilt if one slipped in).
"""
import argparse
import json
import os
import random
import re
import sys
import tempfile
import unicodedata

# ----------------------------------------------------------------------------- names

LATIN = {
    "de": ("Anja Lukas Jonas Lea Hannah Felix Maximilian Sophie Katrin Jürgen Björn Sören Jörg Dörte "
           "Günter Uwe Heike Birgit Torsten Wiebke Malte Fenja Till Janne Lasse Mareike Ulrike Henrik "
           "Annika Tobias Ole Frauke Ernst Heide Wolfgang Rosa",
           "Weber Müller Schröder Köhler Krüger Hoffmann Schäfer Weiß Bäcker Görlitz Brückner "
           "Hüttenrauch Lindemann Vogt Steinbach Zöllner Kühn Böhm Voß Fuchs Eckhardt Großmann Albrecht "
           "Wendt Jäger Roth Franke Thiele Pohl Kessler Dietrich Oberländer Faßbender"),
    "fr": ("Camille Léa Chloé Théo Noé Clément Aurélien Anaïs Maëlle Gaëlle Hélène Étienne François "
           "Jérôme Benoît Céline Manon Océane Loïc Yannick Raphaël Inès Solène Mathéo Amélie Thibault "
           "Margaux Quentin Aurore Blanche Prosper Désiré",
           "Dubois Lefèvre Mercier Girard Rousseau Faure Lefebvre Chevalier Leroy Moreau Bérenger "
           "Fontaine Lemaître Delacroix Garnier Perrin Boucher Marchand Caron Dupré Théron Lacroix "
           "Gauthier Roussel Vasseur Ménard Courtois"),
    "es": ("Lucía Martín Álvaro Inés Sofía Íñigo Begoña Nuria Javier Marta Sergio Pilar Jesús Ainhoa "
           "Aitor Rocío Gonzalo Carmen Ramón Elena Dolores Consuelo Esperanza Soledad Amparo Xavier "
           "Maite Ángel Paz Luz",
           "García Fernández López Martínez Sánchez Pérez Gómez Muñoz Jiménez Díaz Ruiz Hernández "
           "Álvarez Moreno Romero Ortega Castaño Ibáñez Núñez Herrera Villanueva Echeverría "
           "Zubizarreta Aguirre Ríos Peña Olmedo Quiroga"),
    "it": ("Giulia Francesca Matteo Lorenzo Niccolò Chiara Alessandro Federica Gianluca Beatrice "
           "Tommaso Ilaria Davide Martina Serena Fortunato Felice Bianca Raffaele Carmela Salvatore "
           "Ludovica Pietro Edoardo",
           "Rossi Bianchi Romano Colombo Ricci Marino Greco Bruno Galli Conti Esposito Russo Costa "
           "Fontana Rinaldi Caruso Ferrara Mancini Lombardi Moretti Barbieri Santoro Gentile Cattaneo "
           "Fabbri Pellegrini Sartori"),
    "pt": ("João Gabriel Ana Beatriz Luíza Thiago Letícia Mariana Caio Vitória Glória Graça Conceição "
           "Fernanda Rafael Bruna Leandro Juliana Gustavo Camila Rodrigo Larissa Vinícius Otávio "
           "Tânia Sebastião Madalena",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho "
           "Araújo Barbosa Cardoso Rocha Nascimento Monteiro Mendes Azevedo Teixeira Brandão "
           "Magalhães Gonçalves Assunção Falcão Quintela"),
    "nl": ("Sanne Daan Bram Femke Joost Maaike Sem Lotte Thijs Anouk Roos Pieter Ruud Eline Jeroen "
           "Marieke Floor Wouter Lieke Gijs Noor Koen Ilse Bloem",
           "Jansen Bakker Visser Smit Meijer Mulder Bos Vos Dekker Dijkstra Kuipers Hendriks Brouwer "
           "Postma Veenstra Hoekstra Kramer Willemsen Verhoeven Schouten Vermeulen van_Dijk de_Jong "
           "van_den_Berg"),
    "pl": ("Łukasz Małgorzata Paweł Katarzyna Wojciech Agnieszka Michał Zofia Bartosz Joanna "
           "Grzegorz Magdalena Krzysztof Żaneta Jędrzej Bożena Przemysław Dorota Tomasz Róża "
           "Wiktoria Szymon Ewa Mikołaj",
           "Kowalski Nowak Wiśniewska Wójcik Kowalczyk Kamińska Lewandowski Zieliński Szymańska "
           "Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piątek Grabowska Zając Król Wróbel "
           "Sikorski Błaszczyk Górecka Stępień"),
    "tr": ("Elif Mehmet Ayşe Mustafa Zeynep Emre Büşra Oğuz Gökhan Şule Çağla İlker Özge Barış Umut "
           "Deniz Can Sevgi Yıldız Güneş Cem Tuğba Burak Selin Ömer Hülya Kaan Ece Yılmaz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
           "Çetin Kara Koç Kurt Özkan Şimşek Polat Güler Korkmaz Aksoy Tekin Uçar"),
    "nordic": ("Astrid Sigrid Linnea Björn Åsa Mattias Øystein Sølvi Ingrid Magnus Freja Mikkel Sofie "
               "Eero Aino Päivi Jussi Kristín Þóra Halldór",
               "Lindqvist Johansson Andersson Nyström Bergström Åkesson Sjöberg Lindgren Hansen "
               "Pedersen Nørgaard Sørensen Haugen Løvås Virtanen Mäkinen Korhonen Jónsdóttir "
               "Sigurðsson Halvorsen"),
    "cz": ("Jiří Tereza Lucie Ondřej Vojtěch Radka Ștefan Ioana Mihai Andreea Bogdan Irina",
           "Novák Dvořák Černá Procházka Kučera Svoboda Popescu Ionescu Munteanu Stănescu "
           "Dumitrescu Țurcanu"),
    "ng": ("Chidinma Oluwaseun Adaeze Emeka Ngozi Babatunde Folake Chukwuemeka Aisha Ibrahim Yetunde "
           "Tunde Obinna Amaka Ifeoma Kelechi Temitope Funmilayo Segun Zainab Uche Nnamdi Bisola "
           "Damilola Blessing Godwin Favour Precious Goodluck Patience Comfort Mercy",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Obi Chukwu Abubakar Bello Okoro "
           "Afolabi Onyekachi Adekunle Ibekwe Olawale Nwachukwu Ogundipe Danjuma Oyelaran Akinola"),
    "in": ("Priya Rahul Ananya Arjun Sneha Vikram Deepika Karthik Aishwarya Rohan Lakshmi Sanjay "
           "Kavya Aditya Meera Suresh Pooja Nikhil Divya Harpreet Gurpreet Asha Kiran Vijay Deepak "
           "Sunil Anjali Shreya",
           "Sharma Patel Iyer Reddy Nair Gupta Kumar Singh Menon Rao Chatterjee Banerjee Mukherjee "
           "Desai Joshi Kulkarni Pillai Agarwal Mehta Krishnan Bhattacharya Venkatesan Subramanian "
           "Chaudhary Malhotra Kapoor"),
    "ph": ("Clarisse Jericho Rizalino Ligaya Dimas Sari Putri Budi Agus Wahyu Dewi Rina Bayu Ayu "
           "Fitri Joko Mayumi Rhea",
           "Bautista Mendoza Aquino Pangilinan Saputra Wijaya Kusuma Hidayat Nugroho Setiawan "
           "Pratama Halim Macaraeg Dimaculangan"),
    "en": ("James Oliver Emily Charlotte Jack Amelia Harry Isla Thomas Olivia George Freya Sarah "
           "Michael Jessica Daniel Laura Ryan Megan Connor Siobhan Aoife Niamh Ciarán Declan Eoin "
           "Caoimhe Tadhg Austin Victoria Florence Adelaide Sydney Lincoln Jackson Madison Eugene "
           "Regina Aurora Troy Tyler Marion Elizabeth William Helena Georgia Dakota Savannah Phoenix "
           "Dallas Jordan Chelsea Brooklyn Alice",
           "Turner Hughes Bennett Fletcher Whitaker Ashworth Brennan Gallagher Doyle O'Connor MacLeod "
           "Campbell Sinclair Pritchard Holloway Barnes Hargreaves Collins Watts Marsh Nolan Reyes "
           "Foster Kemp Blackwood Thornton Okoye-Grant Fairweather"),
}
VI = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý",
      "Văn Thị Đức Minh Thanh Ngọc Hữu Quang Thu Bảo",
      "Anh Hùng Lan Hương Tuấn Trang Dũng Thảo Phương Khoa Linh Hiếu Mai Nam Hà Quỳnh Long Vy Xuân Hòa")

NATIVE = {  # (firsts, lasts, joiner) with "native:roman" items
    "ru": ("Ольга:olga Анна:anna Екатерина:ekaterina Наталья:natalya Мария:maria Татьяна:tatyana "
           "Юлия:yulia Ксения:ksenia Вера:vera Надежда:nadezhda Любовь:lyubov Дарья:darya Софья:sofya "
           "Алёна:alyona",
           "Дмитрий:dmitry Сергей:sergey Алексей:alexey Иван:ivan Павел:pavel Михаил:mikhail "
           "Андрей:andrey Артём:artyom Никита:nikita Глеб:gleb",
           "Иванов:ivanov Смирнов:smirnov Кузнецов:kuznetsov Попов:popov Соколов:sokolov "
           "Лебедев:lebedev Козлов:kozlov Новиков:novikov Морозов:morozov Волков:volkov "
           "Соловьёв:solovyov Васильев:vasiliev Зайцев:zaitsev Павлов:pavlov Семёнов:semyonov "
           "Голубев:golubev Виноградов:vinogradov Богданов:bogdanov Фёдоров:fedorov Белов:belov "
           "Орлов:orlov Киселёв:kiselyov Макаров:makarov Щербаков:shcherbakov Жуков:zhukov Марков:markov"),
    "uk": ("Олена:olena Оксана:oksana Іванна:ivanna Мирослава:myroslava Юлія:yuliia Соломія:solomiia "
           "Христина:khrystyna Галина:halyna",
           "Тарас:taras Богдан:bohdan Ярослав:yaroslav Андрій:andriy Віталій:vitaliy Остап:ostap "
           "Мирон:myron Назар:nazar",
           "Шевченко:shevchenko Коваленко:kovalenko Бондаренко:bondarenko Ткаченко:tkachenko "
           "Кравчук:kravchuk Олійник:oliinyk Мельник:melnyk Поліщук:polishchuk Лисенко:lysenko "
           "Гнатюк:hnatiuk Савчук:savchuk Марченко:marchenko Ющенко:yushchenko Гончарук:honcharuk"),
    "el": ("Μαρία:maria Ελένη:eleni Κατερίνα:katerina Σοφία:sofia Δήμητρα:dimitra Αθηνά:athina "
           "Βασιλική:vasiliki Χριστίνα:christina Ευαγγελία:evangelia Ιωάννα:ioanna Φωτεινή:foteini "
           "Δέσποινα:despoina",
           "Γιώργος:giorgos Νίκος:nikos Κώστας:kostas Δημήτρης:dimitris Γιάννης:giannis "
           "Παναγιώτης:panagiotis Αλέξανδρος:alexandros Σπύρος:spyros Θανάσης:thanasis",
           "Παπαδόπουλος:papadopoulos Παπαδάκης:papadakis Βλάχος:vlachos Καραγιάννης:karagiannis "
           "Μαυρίδης:mavridis Γεωργίου:georgiou Νικολάου:nikolaou Οικονόμου:oikonomou "
           "Αντωνίου:antoniou Ιωάννου:ioannou Δημητρίου:dimitriou Κωνσταντίνου:konstantinou"),
    "ar": ("فاطمة:fatima عائشة:aisha مريم:maryam نور:nour ليلى:layla سارة:sara أمل:amal رنا:rana "
           "هدى:huda سلمى:salma ياسمين:yasmine",
           "محمد:mohammed أحمد:ahmed يوسف:youssef خالد:khaled عمر:omar حسن:hassan طارق:tarek "
           "كريم:karim عبدالله:abdullah",
           "العتيبي:alotaibi الحربي:alharbi الشمري:alshammari القحطاني:alqahtani المصري:elmasry "
           "الخطيب:alkhatib حداد:haddad منصور:mansour الزهراني:alzahrani الهاشمي:alhashimi نصار:nassar "
           "السيد:elsayed الدوسري:aldosari العلي:alali"),
    "he": ("נועה:noa יעל:yael תמר:tamar מיכל:michal שירה:shira אביגיל:avigail רוני:roni מאיה:maya "
           "טל:tal חן:chen",
           "אורי:ori דניאל:daniel איתי:itai יונתן:yonatan עומר:omer נדב:nadav אור:or",
           "כהן:cohen לוי:levi מזרחי:mizrahi פרץ:peretz ביטון:biton אברהם:avraham פרידמן:friedman "
           "שפירא:shapira אזולאי:azoulay גולדברג:goldberg רוזנברג:rosenberg קפלן:kaplan אשכנזי:ashkenazi"),
    "hi": ("प्रिया:priya अनन्या:ananya स्नेहा:sneha आशा:asha किरण:kiran पूजा:pooja नेहा:neha "
           "सुनीता:sunita कविता:kavita",
           "राहुल:rahul अर्जुन:arjun विक्रम:vikram विजय:vijay दीपक:deepak सूरज:suraj अमित:amit "
           "रोहित:rohit मनोज:manoj",
           "शर्मा:sharma वर्मा:verma गुप्ता:gupta सिंह:singh पटेल:patel जोशी:joshi मिश्रा:mishra "
           "यादव:yadav अग्रवाल:agarwal चौहान:chauhan त्रिपाठी:tripathi पांडे:pandey श्रीवास्तव:srivastava"),
    "th": ("สมศรี:somsri ปรียา:preeya กาญจนา:kanchana ธนพร:thanaporn พิมพ์ชนก:pimchanok อรุณี:arunee "
           "จิราพร:jiraporn",
           "สมชาย:somchai วิชัย:wichai อนุชา:anucha ณัฐพล:nattapon ศุภชัย:supachai ธีรวัฒน์:teerawat",
           "ใจดี:jaidee ศรีสุข:srisuk วงศ์สวัสดิ์:wongsawat แก้วมณี:kaewmanee บุญมา:boonma "
           "สุขสวัสดิ์:suksawat ทองดี:thongdee พงษ์ไพบูลย์:pongpaiboon รัตนพันธ์:rattanapan "
           "ชัยมงคล:chaimongkol"),
}
CJK = {  # (surnames, given names)
    "zh": ("王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun "
           "马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang "
           "韩:han 冯:feng 邓:deng 曹:cao 彭:peng 欧阳:ouyang 司马:sima 诸葛:zhuge",
           "小明:xiaoming 静怡:jingyi 子涵:zihan 浩然:haoran 雨桐:yutong 梓萱:zixuan 思远:siyuan "
           "嘉怡:jiayi 俊杰:junjie 欣妍:xinyan 宇轩:yuxuan 晓峰:xiaofeng 丽娟:lijuan 建华:jianhua "
           "志强:zhiqiang 海燕:haiyan 婷婷:tingting 文博:wenbo 一鸣:yiming 诗琪:shiqi 泽宇:zeyu "
           "佳琪:jiaqi 明哲:mingzhe 若曦:ruoxi 伟:wei 静:jing 磊:lei 敏:min"),
    "ja": ("田中:tanaka 鈴木:suzuki 佐藤:sato 高橋:takahashi 伊藤:ito 渡辺:watanabe 山本:yamamoto "
           "中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 松本:matsumoto "
           "井上:inoue 木村:kimura 清水:shimizu 山口:yamaguchi 池田:ikeda 橋本:hashimoto 石川:ishikawa "
           "前田:maeda 藤原:fujiwara",
           "太郎:taro 花子:hanako 健太:kenta 美咲:misaki 翔太:shota 陽菜:hina 大輔:daisuke 由美:yumi "
           "拓也:takuya 直樹:naoki 真由美:mayumi 結衣:yui 悠斗:yuto さくら:sakura 恵子:keiko "
           "智子:tomoko 和也:kazuya 光:hikari 葵:aoi"),
    "ko": ("김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han 오:oh "
           "서:seo 신:shin 권:kwon 황:hwang 안:ahn 송:song 류:ryu 홍:hong",
           "민준:minjun 서연:seoyeon 지훈:jihoon 하은:haeun 도윤:doyoon 수빈:subin 예준:yejun "
           "지민:jimin 현우:hyunwoo 유진:yujin 성민:sungmin 은지:eunji 준호:junho 다은:daeun "
           "태현:taehyun 하늘:haneul 보람:boram 소연:soyeon 재원:jaewon"),
}


def pairs(s):
    return [tuple(x.split(":")) for x in s.split()]


# first names that are ordinary words (name_word negatives); each is also a member's first name
WORD_NAMES = ("Will Grace Rose June Mark Bill Hope Faith Dawn Summer Joy Iris Ivy Hunter Chase Drew "
              "Pat Frank Ray Penny Holly Heather Daisy Lily Olive Pearl Amber Ruby Jade Sky Robin Max "
              "Sue Dean Reed Miles Gene Art Crystal Sandy Sunny Autumn Brooke River Sterling Cash Guy "
              "Rusty Jack Bob Nick Don Rob Carol Ernst Frank Heide Rosa Aurore Blanche Pierre "
              "Esperanza Soledad Dolores Consuelo Pilar Paz Luz Felice Serena Fortunato Graça Vitória "
              "Glória Roos Bloem Floor Umut Deniz Can Sevgi Yıldız Güneş Barış Róża Mai Lan Xuân Hòa").split()
# firm names made of two person names; each name is also a member's full name
FIRMS = ["Harlow Pennington", "Marlowe Quist", "Brandt Hollis", "Castellanos Ibarra", "Okafor Adeyemi",
         "Mendes Lacerda", "Lindqvist Mørk", "Reinholt Sauer", "Duval Marchetti", "Whitcombe Ferris",
         "Ashby Kincaid", "Halvorsen Brandt", "Moreau Lindholm", "Tavares Quintela", "Yılmaz Kaya",
         "Sinclair Oduya", "Vance Okonkwo", "Bishop Ellery", "Carver Dunmore", "Hale Ransome",
         "Fitzgerald Amaechi", "Kessler Vogt", "Bauer Lindner", "Serrano Vidal", "Moretti Galli",
         "Jansen Dekker", "Ferreira Lobo", "Whitaker Lowe", "Nakamura Hale", "Ortega Brandão"]
FIRM_SUFFIX = ["LLP", "& Co.", "Capital", "Partners", "Advisory", "GmbH", "AG", "S.A.", "Group",
               "Ventures", "Associates", "Holding", "Consulting", "Rechtsanwälte", "Abogados",
               "Advogados", "Asset Management", "Labs", "Stiftung", "& Söhne"]
# places that look like names; (place text, member full name it collides with or None)
PLACES = [("Charlotte, NC", None), ("Austin, TX", None), ("Victoria, BC", None), ("Florence", None),
          ("Adelaide", None), ("Sydney", None), ("Lincoln, Nebraska", None), ("Jackson, MS", None),
          ("Madison, WI", None), ("Alice Springs", "Alice Springs"), ("Charlotte Amalie", "Charlotte Amalie"),
          ("Lincoln Park", "Lincoln Park"), ("Jackson Heights", "Jackson Heights"),
          ("Eugene, OR", None), ("Regina, Saskatchewan", None), ("Aurora, IL", None), ("Troy, NY", None),
          ("Tyler, TX", None), ("Marion, Ohio", None), ("Elizabeth, NJ", None), ("Prince George", "Prince George"),
          ("Port Elizabeth", None), ("Fort William", None), ("St. Helena", None), ("Georgia", None),
          ("Jordan", None), ("Chelsea", None), ("Brooklyn", None), ("Savannah", None), ("Phoenix", None),
          ("Dallas", None), ("Saint-Étienne", None), ("San Sebastián", None), ("Villa María", "Villa María"),
          ("Sankt Augustin", None), ("Saint-Denis", None), ("Vila Madalena", None), ("Santa Teresa", None),
          ("South Dakota", None), ("Mount Isa", None), ("Victoria Island, Lagos", "Victoria Island")]
# eponyms; (phrase, member full name that collides or None)
EPONYMS = [("Dijkstra's algorithm", None), ("Bayes' theorem", None), ("Kalman filter", None),
           ("Gantt chart", None), ("Pareto principle", None), ("Levenshtein distance", None),
           ("Turing test", None), ("Turing Award", None), ("Markov chains", None), ("Nash equilibrium", None),
           ("Bloom filter", None), ("Hamming distance", None), ("Huffman coding", None),
           ("Conway's law", None), ("Brooks's law", None), ("Goodhart's law", None),
           ("Parkinson's law", None), ("Occam's razor", None), ("Hanlon's razor", None),
           ("Maslow's hierarchy of needs", None), ("Dunning-Kruger effect", None),
           ("Fourier transform", None), ("Murphy's law", None), ("Moore's law", None),
           ("Peter principle", None), ("Gini coefficient", None), ("Porter's five forces", None),
           ("Eisenhower matrix", None), ("Kelly criterion", None), ("Taylor series", None),
           ("Newton's method", None), ("Doppler effect", None), ("Amdahl's law", None),
           ("Lamport clocks", None), ("Ada Lovelace Day", "Ada Lovelace"),
           ("Max Planck Institute", "Max Planck"), ("Alan Turing Institute", "Alan Turing"),
           ("Grace Hopper Celebration", "Grace Hopper"), ("Florence Nightingale Medal", "Florence Nightingale"),
           ("Marie Curie fellowship", "Marie Curie"), ("Kurt Gödel Prize", "Kurt Gödel"),
           ("Nobel Prize", None), ("Fulbright scholarship", None), ("Fields Medal", None)]
EPONYMS_L = {
    "de": ["Dijkstra-Algorithmus", "Max-Planck-Institut", "Kalman-Filter", "Pareto-Prinzip",
           "Peter-Prinzip", "Gauß-Verteilung", "Fraunhofer-Institut", "Murphys Gesetz"],
    "fr": ["loi de Murphy", "principe de Pareto", "théorème de Bayes", "diagramme de Gantt",
           "prix Nobel", "transformée de Fourier", "effet Dunning-Kruger"],
    "es": ["diagrama de Gantt", "ley de Murphy", "principio de Pareto", "teorema de Bayes",
           "efecto Dunning-Kruger", "premio Nobel"],
    "pt": ["lei de Murphy", "diagrama de Gantt", "efeito Dunning-Kruger", "princípio de Pareto",
           "teorema de Bayes"],
    "it": ["diagramma di Gantt", "legge di Murphy", "principio di Pareto", "filtro di Kalman"],
    "nl": ["algoritme van Dijkstra", "wet van Murphy", "Gantt-diagram", "Pareto-principe"],
    "ru": ["закон Мура", "цепи Маркова", "диаграмма Ганта", "премия Тьюринга", "принцип Парето"],
    "pl": ["prawo Murphy'ego", "wykres Gantta", "zasada Pareto", "algorytm Dijkstry"],
    "tr": ["Pareto ilkesi", "Murphy kanunu", "Gantt şeması"],
}
EPONYM_SURNAMES = ["Dijkstra", "Kalman", "Pareto", "Nash", "Bloom", "Huffman", "Conway", "Brooks",
                   "Parkinson", "Maslow", "Fourier", "Taylor", "Newton", "Doppler", "Lamport", "Amdahl",
                   "Kelly", "Porter", "Murphy", "Moore", "Turing", "Levenshtein", "Gantt", "Hamming"]
RESERVED_AT = ["here", "channel", "everyone", "home", "media", "import", "mixin", "property", "param",
               "dataclass", "override", "autowired", "latest", "angular", "types", "vue", "babel",
               "gmail", "outlook", "scale", "work", "office", "returns", "deprecated", "keyframes",
               "staticmethod", "test", "next", "all", "team", "admin", "support"]


def fold_name(s):
    """Diacritic-free spelling as people type it (ü->u, ł->l, ø->o, đ->d); ß, æ stay."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.translate(str.maketrans("łŁøØđĐ", "lLoOdD")))


def romanize_latin(s):
    s = s.replace("ß", "ss").replace("æ", "ae").replace("þ", "th").replace("ð", "d").replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", fold_name(s).lower())


# ----------------------------------------------------------------------------- members

class Directory:
    def __init__(self, n, rng):
        self.members = []          # (name, handle, culture)
        self.handles = set()
        self.by_culture = {}
        self.by_first = {}         # first token -> list of member idx
        self.rng = rng
        reserved = set(RESERVED_AT)
        self.reserved = reserved
        lat = {k: (v[0].split(), [x.replace("_", " ") for x in v[1].split()]) for k, v in LATIN.items()}
        self.lat = lat
        nat = {k: (pairs(v[0]), pairs(v[1]), pairs(v[2])) for k, v in NATIVE.items()}
        cjk = {k: (pairs(v[0]), pairs(v[1])) for k, v in CJK.items()}
        alllast = [l for k in sorted(lat) for l in lat[k][1]]
        # collision members first
        for w in WORD_NAMES:
            for _ in range(3):
                self.add(w + " " + rng.choice(alllast), None, "word")
        for f in FIRMS:
            self.add(f, None, "firm")
        for p, m in PLACES:
            if m:
                self.add(m, None, "place")
        for p, m in EPONYMS:
            if m:
                self.add(m, None, "eponym")
        for s in EPONYM_SURNAMES:
            self.add(rng.choice(lat[rng.choice(sorted(lat))][0]) + " " + s, None, "eponym")
        self.add("Андрей Марков", "andrey.markov", "ru")
        cultures = [("de", 8), ("fr", 6), ("es", 6), ("it", 5), ("pt", 6), ("nl", 4), ("pl", 4),
                    ("tr", 4), ("nordic", 3), ("cz", 2), ("ng", 5), ("in", 6), ("ph", 2), ("en", 9),
                    ("vi", 3), ("ru", 4), ("uk", 2), ("el", 2), ("ar", 4), ("he", 2), ("hi", 2),
                    ("th", 2), ("zh", 5), ("ja", 4), ("ko", 3)]
        names = [c for c, _ in cultures]
        weights = [w for _, w in cultures]
        while len(self.members) < n:
            c = rng.choices(names, weights)[0]
            if c in lat:
                f, l = rng.choice(lat[c][0]), rng.choice(lat[c][1])
                if rng.random() < 0.05:
                    f = f + "-" + rng.choice(lat[c][0])
                name, rom = f + " " + l, (romanize_latin(f), romanize_latin(l))
            elif c == "vi":
                fam, mid, giv = (x.split() for x in VI)
                a, b, g = rng.choice(fam), rng.choice(mid), rng.choice(giv)
                name, rom = "%s %s %s" % (a, b, g), (romanize_latin(g), romanize_latin(a))
            elif c in nat:
                fem, mal, last = nat[c]
                female = rng.random() < 0.5
                f = rng.choice(fem if female else mal)
                l = rng.choice(last)
                ln, lr = l
                if c == "ru" and female:
                    ln, lr = ln + "а", lr + "a"
                if c == "el" and female:
                    ln, lr = {"Παπαδόπουλος": ("Παπαδοπούλου", "papadopoulou"),
                              "Παπαδάκης": ("Παπαδάκη", "papadaki"), "Βλάχος": ("Βλάχου", "vlachou"),
                              "Καραγιάννης": ("Καραγιάννη", "karagianni"),
                              "Μαυρίδης": ("Μαυρίδου", "mavridou")}.get(ln, (ln, lr))
                name, rom = f[0] + " " + ln, (f[1], lr)
            else:
                sur, giv = cjk[c]
                s, g = rng.choice(sur), rng.choice(giv)
                name, rom = s[0] + g[0], (g[1], s[1])
            self.add(name, rom, c)

    def add(self, name, rom, culture):
        rng = self.rng
        if isinstance(rom, str):
            h = rom
        else:
            if rom is None:
                toks = name.split()
                rom = (romanize_latin(toks[0]), romanize_latin(toks[-1]))
            f, l = rom
            shape = rng.random()
            if shape < 0.3:
                h = f + l
            elif shape < 0.45:
                h = f + "." + l
            elif shape < 0.6:
                h = f + "_" + l
            elif shape < 0.75:
                h = f[0] + l
            elif shape < 0.85:
                h = f + l[:1]
            else:
                h = l + f[:3]
            h = h[:20].strip("._")
            if len(h) < 3 or h in self.reserved:
                h = h + "x" + str(rng.randint(1, 99))
        base = h
        while h in self.handles or h in self.reserved:
            h = base[:16] + str(rng.randint(2, 9999))
        self.handles.add(h)
        i = len(self.members)
        self.members.append((name, h, culture))
        self.by_culture.setdefault(culture, []).append(i)
        self.by_first.setdefault(name.split()[0], []).append(i)

    def write(self, path):
        order = list(range(len(self.members)))
        random.Random(len(order) * 31 + 7).shuffle(order)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for i, j in enumerate(order):
                name, h, _ = self.members[j]
                f.write(json.dumps({"user": "u%d" % (i + 1), "name": name, "handle": h},
                                   ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- validators

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    return iban_mod(s) == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return not (a == 0 or a == 666 or a >= 900 or g == 0 or n == 0)


def ip4_class(ip):
    a, b, c, d = (int(x) for x in ip.split("."))
    if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return "ip_private"
    if a == 127:
        return "ip_loopback"
    if a == 169 and b == 254:
        return "ip_link_local"
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return "ip_documentation"
    if a == 0 or a >= 224 or (a == 100 and 64 <= b <= 127) or (a, b, c) in ((192, 0, 0), (192, 88, 99)) \
            or (a == 198 and b in (18, 19)):
        return "ip_reserved"
    return "global"


def ip6_global(s):
    h = s.lower().split("::")[0].split(":")[0]
    if not h:
        return False
    v = int(h, 16) if s.lower().split(":")[0] else 0
    if not (0x2000 <= v <= 0x3fff) or v in (0x2002, 0x3fff):
        return False
    parts = s.lower().split(":")
    if v == 0x2001 and len(parts) > 1 and parts[1] != "":
        w = int(parts[1], 16)
        if w == 0xdb8 or w < 0x200:
            return False
    return True


# ----------------------------------------------------------------------------- value generators

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def dig1(rng, n):  # no leading zero
    return rng.choice("123456789") + digits(rng, n - 1)


US_NPA = [201, 212, 213, 305, 312, 404, 415, 425, 503, 512, 617, 646, 702, 713, 718, 773, 805, 818,
          858, 917, 929, 206, 303, 480, 615, 720, 971, 416, 604, 514, 403, 613, 647, 778, 469, 602]
NG_PFX = "803 806 813 816 703 706 810 814 903 802 808 812 701 902 907 805 807 815 811 705 905 809 817 818 909".split()
BR_DDD = [11, 21, 31, 41, 51, 61, 71, 81, 85, 19, 27, 48, 62, 92]


def us_exch(rng):
    while True:
        e = rng.choice("23456789") + digits(rng, 2)
        if e[1:] != "11" and e != "555":
            return e


def phone(rng, cc):
    """A numbering-plan-valid phone number for country cc, in a local or international shape."""
    r = rng.random()
    if cc == "US":
        a, e, l = str(rng.choice(US_NPA)), us_exch(rng), digits(rng, 4)
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                           "+1 (%s) %s-%s", "+1 %s-%s-%s", "+1%s%s%s", "%s %s %s"]) % (a, e, l)
    if cc == "UK":
        k = rng.random()
        if k < 0.35:
            n = ("20", rng.choice("378") + digits(rng, 3), digits(rng, 4))
        elif k < 0.55:
            n = (rng.choice(["161", "121", "131", "141", "117", "113"]), dig1(rng, 3), digits(rng, 4))
        else:
            n = ("7" + rng.choice("123456789") + digits(rng, 2), digits(rng, 6))
        if len(n) == 3:
            return rng.choice(["0%s %s %s", "+44 %s %s %s", "+44 (0)%s %s %s", "0044 %s %s %s",
                               "(0%s) %s %s"]) % n
        return rng.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s-%s"]) % n
    if cc == "DE":
        if r < 0.5:
            a = rng.choice(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911"])
            sub = dig1(rng, 8 if len(a) == 2 else 7)
        else:
            a = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174",
                            "175", "176", "177", "178", "179", "1512", "1520"])
            sub = dig1(rng, 7)
        sp = rng.random()
        if sp < 0.3:
            s2 = sub
        elif sp < 0.6:
            s2 = sub[:3] + " " + sub[3:]
        else:
            s2 = sub[:-4] + " " + sub[-4:]
        return rng.choice(["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49 (0)%s %s", "0049 %s %s",
                           "+49 %s-%s", "(0%s) %s", "0%s / %s"]) % (a, s2)
    if cc == "FR":
        d = rng.choice("1234567796") + "".join(digits(rng, 2) for _ in range(4))
        g = [d[0], d[1:3], d[3:5], d[5:7], d[7:9]]
        k = rng.random()
        if k < 0.3:
            return "0" + g[0] + " " + " ".join(g[1:])
        if k < 0.45:
            return "0" + g[0] + "." + ".".join(g[1:])
        if k < 0.7:
            return "+33 " + " ".join(g)
        if k < 0.85:
            return "+33 (0)" + " ".join(g)
        if k < 0.93:
            return "0033 " + " ".join(g)
        return "+33" + "".join(g)
    if cc == "IN":
        if r < 0.7:
            m = rng.choice("6789") + digits(rng, 9)
            return rng.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "+91 %s%s", "%s %s", "+91%s%s"]) % (m[:5], m[5:])
        a = rng.choice(["22", "11", "80", "44", "40", "33"])
        s = rng.choice("2345678") + digits(rng, 7)
        return rng.choice(["+91 %s %s %s", "0%s-%s-%s", "0%s %s %s", "+91-%s-%s-%s"]) % (a, s[:4], s[4:])
    if cc == "BR":
        ddd = str(rng.choice(BR_DDD))
        if r < 0.65:
            m = "9" + dig1(rng, 4) + digits(rng, 4) if False else "9" + rng.choice("6789") + digits(rng, 7)
            return rng.choice(["+55 %s %s-%s", "(%s) %s-%s", "+55 (%s) %s-%s", "%s %s %s", "+55 %s %s %s",
                               "+55%s%s%s"]) % (ddd, m[:5], m[5:])
        f = rng.choice("2345") + digits(rng, 7)
        return rng.choice(["(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s"]) % (ddd, f[:4], f[4:])
    if cc == "JP":
        if r < 0.5:
            m = rng.choice(["90", "80", "70"])
            a, b = dig1(rng, 4), digits(rng, 4)
            return rng.choice(["0%s-%s-%s", "+81 %s-%s-%s", "+81 %s %s %s", "0%s %s %s", "+81%s%s%s"]) % (m, a, b)
        k = rng.choice([("3", 4), ("6", 4), ("45", 3), ("52", 3), ("92", 3), ("75", 3), ("11", 3)])
        a = rng.choice("23456789") + digits(rng, k[1] - 1)
        b = digits(rng, 4)
        return rng.choice(["0%s-%s-%s", "+81 %s-%s-%s", "(0%s) %s-%s", "+81 %s %s %s", "+81 (0)%s %s %s"]) % (k[0], a, b)
    if cc == "AU":
        if r < 0.5:
            m = "4" + digits(rng, 8)
            return rng.choice(["0%s %s %s", "+61 %s %s %s", "+61 (0)%s %s %s", "0%s-%s-%s", "+61%s%s%s"]) % (m[:3], m[3:6], m[6:])
        a = rng.choice("2378")
        s = rng.choice("3456789") + digits(rng, 7)
        return rng.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s", "+61 (0)%s %s %s"]) % (a, s[:4], s[4:])
    if cc == "CN":
        if r < 0.6:
            m = "1" + rng.choice(["38", "39", "58", "59", "86", "87", "88", "36", "37", "77", "99", "35"]) + digits(rng, 8)
            return rng.choice(["%s %s %s", "%s%s%s", "%s-%s-%s", "+86 %s %s %s", "+86-%s-%s-%s", "+86%s%s%s",
                               "0086 %s %s %s"]) % (m[:3], m[3:7], m[7:])
        a, n = rng.choice([("10", 8), ("21", 8), ("20", 8), ("755", 8), ("571", 8), ("28", 8)])
        s = rng.choice("2345678") + digits(rng, n - 1)
        return rng.choice(["0%s-%s %s", "0%s-%s%s", "(0%s) %s%s", "+86 %s %s %s", "+86-%s-%s-%s"]) % (a, s[:4], s[4:])
    if cc == "ES":
        if r < 0.6:
            m = (rng.choice(["6", "6", "6", "71", "72", "73", "74"]) + digits(rng, 8))[:9]
            k = rng.random()
            if k < 0.5:
                return rng.choice(["", "+34 ", "0034 "]) + "%s %s %s" % (m[:3], m[3:6], m[6:])
            return rng.choice(["", "+34 "]) + "%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])
        a = rng.choice(["91", "93", "96", "95", "94"])
        s = digits(rng, 7)
        return rng.choice(["", "+34 "]) + "%s %s %s %s" % (a, s[:3], s[3:5], s[5:])
    if cc == "IT":
        if r < 0.55:
            p = str(rng.choice(list(range(320, 350)) + [366, 380, 388, 391, 392]))
            s = digits(rng, 7)
            return rng.choice(["%s %s %s", "+39 %s %s %s", "+39 %s %s%s", "%s %s%s", "+39%s%s%s",
                               "0039 %s %s %s"]) % (p, s[:3], s[3:])
        a = rng.choice(["06", "02", "011", "055", "081", "051"])
        s = digits(rng, 8 if len(a) == 2 else 7)
        return rng.choice(["%s %s %s", "+39 %s %s %s", "%s/%s%s", "+39 %s %s%s"]) % (a, s[:4 if len(a) == 2 else 3], s[4 if len(a) == 2 else 3:])
    if cc == "NL":
        if r < 0.5:
            s = dig1(rng, 8)
            return rng.choice(["06-%s", "06 %s %s", "+31 6 %s", "+31 (0)6 %s %s", "0031 6 %s", "+316%s"]).replace(
                "%s %s", s[:4] + " " + s[4:]).replace("%s", s)
        a = rng.choice(["20", "10", "30", "70", "40", "50"])
        s = dig1(rng, 7)
        return rng.choice(["0%s-%s", "0%s %s %s", "+31 %s %s %s", "+31 (0)%s %s", "0%s-%s %s"]).replace(
            "%s %s %s", a + " " + s[:3] + " " + s[3:]).replace("%s-%s %s", a + "-" + s[:3] + " " + s[3:]).replace(
            "%s-%s", a + "-" + s).replace("%s %s", a + " " + s)
    if cc == "NG":
        p = rng.choice(NG_PFX)
        s = digits(rng, 7)
        return rng.choice(["0%s %s %s", "+234 %s %s %s", "+234 (0)%s %s %s", "0%s%s%s", "+234%s%s%s",
                           "0%s-%s-%s", "+234-%s-%s-%s"]) % (p, s[:3], s[3:])
    raise ValueError(cc)


E164 = {"US": "1", "UK": "44", "DE": "49", "FR": "33", "IN": "91", "BR": "55", "JP": "81", "AU": "61",
        "CN": "86", "ES": "34", "IT": "39", "NL": "31", "NG": "234"}
COUNTRIES = sorted(E164)


def e164(rng):
    cc = rng.choice(COUNTRIES)
    n = {"US": lambda: str(rng.choice(US_NPA)) + us_exch(rng) + digits(rng, 4),
         "UK": lambda: "7" + rng.choice("3456789") + digits(rng, 8),
         "DE": lambda: "1" + rng.choice(["51", "52", "60", "70", "71", "76", "79"]) + dig1(rng, 8),
         "FR": lambda: rng.choice("67") + digits(rng, 8),
         "IN": lambda: rng.choice("6789") + digits(rng, 9),
         "BR": lambda: str(rng.choice(BR_DDD)) + "9" + rng.choice("6789") + digits(rng, 7),
         "JP": lambda: rng.choice(["90", "80", "70"]) + dig1(rng, 8),
         "AU": lambda: "4" + digits(rng, 8),
         "CN": lambda: "13" + rng.choice("89") + digits(rng, 8),
         "ES": lambda: "6" + digits(rng, 8),
         "IT": lambda: "3" + rng.choice("2345") + digits(rng, 8),
         "NL": lambda: "6" + dig1(rng, 8),
         "NG": lambda: rng.choice(NG_PFX) + digits(rng, 7)}[cc]()
    return "+" + E164[cc] + n


def ipv4_global(rng):
    while True:
        a = rng.choice([rng.randint(1, 223), rng.choice([31, 37, 46, 51, 62, 78, 80, 85, 91, 95, 104, 139,
                                                        141, 151, 176, 185, 188, 193, 194, 212, 213, 217])])
        ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ip4_class(ip) == "global":
            return ip


def ipv4_neg(rng, cat):
    if cat == "ip_private":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 10, 178, 100]), rng.randint(1, 254))])
    if cat == "ip_loopback":
        return rng.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])
    if cat == "ip_link_local":
        return "169.254.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if cat == "ip_documentation":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % rng.randint(1, 254)
    return rng.choice(["0.0.0.0", "255.255.255.255", "240.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
                       "198.18.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "224.0.0.%d" % rng.randint(1, 251), "239.255.255.250", "192.0.0.%d" % rng.randint(1, 254),
                       "0.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])


V6_FIRST = [0x2001, 0x2400, 0x2401, 0x2404, 0x2406, 0x2408, 0x240e, 0x2600, 0x2601, 0x2602, 0x2603,
            0x2604, 0x2605, 0x2606, 0x2607, 0x2610, 0x2620, 0x2800, 0x2803, 0x2804, 0x2a00, 0x2a01,
            0x2a02, 0x2a03, 0x2a04, 0x2a05, 0x2a06, 0x2a0e, 0x2c0f]


def v6_render(rng, groups, upper=False):
    k = rng.random()
    if k < 0.25:
        s = ":".join("%04x" % g for g in groups)
    elif k < 0.45:
        s = ":".join("%x" % g for g in groups)
    else:
        # compress the longest zero run (make one if needed)
        best, cur, bs, cs = 0, 0, -1, -1
        for i, g in enumerate(groups):
            if g == 0:
                if cur == 0:
                    cs = i
                cur += 1
                if cur > best:
                    best, bs = cur, cs
            else:
                cur = 0
        if best >= 2:
            left = ":".join("%x" % g for g in groups[:bs])
            right = ":".join("%x" % g for g in groups[bs + best:])
            s = left + "::" + right
        else:
            s = ":".join("%x" % g for g in groups)
    return s.upper() if upper else s


def ipv6_global(rng):
    f = rng.choice(V6_FIRST)
    g = [f, rng.randint(0x200 if f == 0x2001 else 0, 0xffff)]
    if f == 0x2001 and g[1] == 0xdb8:
        g[1] = 0x4860
    k = rng.random()
    if k < 0.5:
        g += [rng.randint(0, 0xffff), rng.randint(0, 0xffff), 0, 0, 0, rng.randint(1, 0xffff)]
    elif k < 0.75:
        g += [rng.randint(0, 0xffff) for _ in range(6)]
    else:
        g += [rng.randint(0, 0xfff), 0, 0, 0, 0, rng.randint(1, 0xff)]
    return v6_render(rng, g, rng.random() < 0.08)


def ipv6_nonglobal(rng):
    k = rng.random()
    if k < 0.3:
        return v6_render(rng, [0xfe80, 0, 0, 0] + [rng.randint(0, 0xffff) for _ in range(4)])
    if k < 0.5:
        return v6_render(rng, [rng.choice([0xfd00, 0xfd12, 0xfdab, 0xfc00]) + rng.randint(0, 0xff), rng.randint(0, 0xffff),
                               rng.randint(0, 0xffff), 0, 0, 0, 0, rng.randint(1, 0xffff)])
    if k < 0.7:
        return v6_render(rng, [0x2001, 0xdb8, rng.randint(0, 0xffff), 0, 0, 0, 0, rng.randint(1, 0xffff)])
    if k < 0.8:
        return "::1"
    if k < 0.9:
        return rng.choice(["ff02::1", "ff02::2", "ff05::1:3", "ff02::fb"])
    return rng.choice(["::", "::ffff:10.0.0.%d" % rng.randint(1, 254), "64:ff9b::c000:221", "3fff::%x" % rng.randint(1, 0xfff)])


def card(rng, valid=True):
    k = rng.random()
    if k < 0.35:
        body, n = "4" + digits(rng, 14), 16
    elif k < 0.55:
        body, n = str(rng.randint(51, 55)) + digits(rng, 13), 16
    elif k < 0.65:
        body, n = str(rng.randint(2221, 2720)) + digits(rng, 11), 16
    elif k < 0.82:
        body, n = rng.choice(["34", "37"]) + digits(rng, 12), 15
    else:
        body = rng.choice(["6011", "65" + digits(rng, 2), str(rng.randint(644, 649)) + digits(rng, 1)]) + digits(rng, 11)
        n = 16
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + rng.randint(1, 9)) % 10)
    d = body + c
    sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


IBAN_FMT = {"DE": "18n", "GB": "4a14n", "NL": "4a10n", "FR": "10n11c2n", "IT": "1a10n12c", "ES": "20n",
            "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "PT": "21n", "IE": "4a14n", "SE": "20n",
            "DK": "14n", "NO": "11n", "FI": "14n", "LU": "3n13c", "CZ": "20n", "HU": "24n", "RO": "4a16c",
            "TR": "6n16c", "SA": "2n18c", "AE": "19n", "BR": "23n1a1c", "GR": "7n16c", "HR": "17n",
            "SK": "20n", "SI": "15n", "LT": "16n", "EE": "16n", "BG": "4a6n8c", "IL": "19n",
            "MT": "4a5n18c", "CY": "8n16c", "LV": "4a13c", "QA": "4a21c"}
IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "FR": 27, "IT": 27, "ES": 24, "BE": 16, "AT": 20, "CH": 21,
            "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "CZ": 24,
            "HU": 28, "RO": 24, "TR": 26, "SA": 24, "AE": 23, "BR": 29, "GR": 27, "HR": 21, "SK": 24,
            "SI": 19, "LT": 20, "EE": 20, "BG": 22, "IL": 23, "MT": 31, "CY": 28, "LV": 21, "QA": 29}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ"],
         "RO": ["BTRL", "RNCB", "INGB"], "BG": ["BNBG", "UNCR"], "MT": ["MALT", "VALL"], "LV": ["HABA", "UNLA"],
         "QA": ["DOHB", "QNBA"]}


def iban(rng, cc=None, valid=True):
    cc = cc or rng.choice(sorted(IBAN_FMT))
    bban = ""
    first = True
    for n, t in re.findall(r"(\d+)([anc])", IBAN_FMT[cc]):
        n = int(n)
        if t == "a" and first and n == 4 and cc in BANKS:
            bban += rng.choice(BANKS[cc])
        elif t == "a":
            bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        elif t == "n":
            bban += digits(rng, n)
        else:
            bban += "".join(rng.choice("0123456789012345678901234567ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        first = False
    chk = 98 - iban_mod(cc + "00" + bban)
    if not valid:
        chk = (chk + rng.randint(1, 95) - 2) % 97 + 2
        if chk == 98 - iban_mod(cc + "00" + bban):
            chk = chk + 1 if chk < 98 else 2
    s = cc + "%02d" % chk + bban
    assert len(s) == IBAN_LEN[cc]
    if rng.random() < 0.55:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, valid=True):
    if valid:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        k = rng.randint(0, 4)
        a = [0, 666, rng.randint(900, 999), rng.randint(1, 665), rng.randint(1, 665)][k]
        g = [rng.randint(1, 99), rng.randint(1, 99), rng.randint(1, 49), 0, rng.randint(1, 99)][k]
        s = [rng.randint(1, 9999)] * 3 + [rng.randint(1, 9999), 0]
        s = s[k]
    sep = rng.choice(["-", "-", "-", " "])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


# ----------------------------------------------------------------------------- templates
# {SLOT} is filled by a generator; [[word]] is a member first name used as an ordinary word
# (name_word negative).  One template per line.

T = {}
T["en"] = r"""
Thrilled to share that I've joined the data platform team! If you want to chat, drop me a line at {EMAIL}.
Recruiters: please reach me at {EMAIL} or {PHONE} (weekdays after {time}).
Applications close {date}. Questions? {EMAIL} — we reply within 48h.
Huge thanks to {NAME} for the mentoring this year, couldn't have done it without you.
Congrats to {NAME} on the promotion 🎉
{POSS} keynote on observability was the highlight of the conference.
Shoutout to @{ATNAME} for organizing the hackathon!
cc @{ATNAME} — can you take a look at this before {date}?
Great thread, {HANDLE}. Agree with every point.
Looping in {HANDLE} and {HANDLE}, they ran the pilot.
Hi {GREET}, thanks for connecting! Happy to share the deck.
Thanks, {GREET}! Really appreciate the referral.
Dear {GREET}, I hope this message finds you well.
Hey {GREET} — quick question about the role you posted.
Thank you {GREETW}! Means a lot.
Hi {GREETW}, are you still hiring for the SRE position?
Portfolio: {URL} | Code: {URL}
More of my writing at {URL}.
Find me on {URL} (mostly rust and coffee).
Book a slot: {URL}
Old profile was hacked, new one is {URL}, please reconnect there.
Our mail relay at {IP4} was blocklisted again, anyone know a good contact at Spamhaus?
Postmortem: traffic from {IP4} spiked at {time} UTC and took down the API.
Reminder that {ip_private} is just your router, it's not "your IP" in any meaningful way.
If you see {ip_loopback} in the logs, that's the health check, ignore it.
Docs use {ip_documentation} for examples — please don't put real customer IPs in slides.
Got a {ip_link_local} address again, DHCP is broken on the 3rd floor.
Blocklisting {ip_reserved} made no difference, obviously.
Firmware {ip_version} fixed the Wi-Fi drops for us.
The IPv6 rollout is done: our edge answers on {IP6} now.
Someone keeps probing us from {IP6}, filed an abuse report.
Local dev binds to {ipv6_nonglobal}, so nothing is exposed.
Scam alert: a fake recruiter asked me for my card {CARD} "to verify identity". Never do this.
I accidentally pasted my card number {CARD} in a group chat once. Cancelled it in minutes.
The number in the phishing mail, {card_bad}, doesn't even pass a checksum.
Please wire the deposit to IBAN {IBAN} before the workshop.
Invoice attached, bank details: {IBAN} (reference {order}).
The IBAN in that scam message, {iban_bad}, has wrong check digits, so the transfer would bounce anyway.
PSA: the "onboarding" form asked for my SSN {SSN}. Real HR never asks in a DM.
Employee ID vs. SSN confusion: my SSN is {SSN}, not my badge number.
Training data had fake numbers like {ssn_bad} — obviously invalid, area codes never issued.
Ordered 40 copies for the team, order {order}, arriving {date}.
Support closed ticket {ticket} without fixing anything.
Our incident {ticket} is finally resolved after {time} of downtime.
Reading recommendation: ISBN {isbn}, best book on distributed systems I know.
We just shipped {version} with a rewritten scheduler.
Upgrade to {version} before {date}, the old API goes away.
Proud that our patent {patent} was granted this week!
Price went from {price} to {price} per seat. Time to look at alternatives.
Salary range for the role: {price}–{price} plus equity.
Our company page is {url_company} — follow for updates.
We're hiring! All open roles: {url_careers}
Apply here: {url_careers} (deadline {date}).
The official guide is at {url_docs}, start there.
Our paper is out: {url_paper}
Preprint: {url_paper} — feedback welcome.
Tickets for the meetup: {url_ticket}
Sign up here: {url_form}
Fill in the survey before {date}: {url_form}
Send CVs to {MAILTO} (PDF please).
Contact: {MAILTO}
Meet me {at} the career fair, booth 14.
Remember to tag {atchan} in the #incidents channel.
Use the {atdeco} decorator instead of a getter.
Install with npm i {atpkg} and you're done.
Worked {org} for six years before going independent.
Excited to start as an associate at {org}!
{org} just announced layoffs in the London office.
Relocating to {place} next month, any tips?
Our new hub in {place} opens on {date}.
Spent the weekend hiking near {place}.
Still the best explanation of {eponym} I've seen.
Interview prep: know {eponym} cold.
Every roadmap meeting proves {eponym} again.
I [[will]] be at the summit next week, ping me.
By the [[grace]] of good monitoring, nobody noticed the outage.
Revenue [[rose]] 14% quarter over quarter.
We launch in [[June]], stay tuned.
Hit a new [[mark]]: 10k users.
Congress passed the [[bill]] yesterday and compliance teams are scrambling.
I [[hope]] the new policy sticks.
Keeping [[faith]] in the process even when sprints go sideways.
Shipping before [[dawn]] again. Send coffee.
Looking for a [[summer]] intern with Python skills.
Pure [[joy]] seeing the team present today.
She's a natural [[hunter]] of flaky tests.
Don't [[chase]] vanity metrics.
The conversation [[drew]] a lot of comments.
A [[frank]] conversation about burnout in tech.
Ray tracing on a phone? A [[ray]] of hope for mobile gaming.
Not a [[penny]] of budget left for conferences.
A [[daisy]] chain of USB hubs is not infrastructure.
Our new office has an [[olive]] tree in the lobby.
Shipping the [[ruby]] upgrade this sprint.
[[Jade]] and emerald are the accent colours of the new brand.
The [[sky]] is not the limit, the budget is.
Round-[[robin]] scheduling wasn't enough, we added weights.
Max out your 401k match, seriously. Don't leave [[max]] value on the table.
You can't [[sue]] your way out of a bad contract.
Made the [[dean]]'s list twice while working part-time.
We drove [[miles]] for that offsite.
[[Gene]] therapy startups are hiring aggressively.
The [[art]] of saying no to stakeholders.
[[Crystal]] clear requirements are a myth.
A [[sunny]] day in the office means everyone is outside.
[[Autumn]] hiring freeze is real.
A [[river]] of alerts all night.
[[Sterling]] work by the whole team.
[[Cash]] flow positive for the first time!
Some [[guy]] on the train asked if I was "the Kubernetes person".
A [[jack]] of all trades is still useful on small teams.
Caught it in the [[nick]] of time.
Decorated the office with [[holly]] for the party.
Back on the office [[floor]] after two years remote.
Wearing an [[amber]] badge means you're a visitor.
The [[pearl]] of this release is the new search.
Our mascot is a [[robin]].
{NAME} and I co-founded the company in {date}.
Welcome aboard, {NAME}! Excited to build with you.
Working with {NAME} on the migration was a masterclass.
So proud of {NAME}, who just finished the marathon.
Reference available from {NAME}, former manager.
Lesson learned from {NAME}: write the runbook first.
Senior Data Engineer | ex-{org} | {URL}
Product Designer • {place} • {EMAIL}
Tech Lead at a fintech · Speaker · {URL}
Software engineer. Opinions my own. {HANDLE}
Hiring managers: {PHONEI} (WhatsApp) or {EMAIL}
Call me: tel:{PHONEI}
Text me at {PHONE} if the link doesn't work.
My contact: {EMAILO}
DM me or write to {EMAILO} (anti-spam spelling).
Reach out: {EMAILO}
Staff Engineer, {date} – present. Led the migration of 40 services.
Head of Sales ({date} – {date}). Grew ARR from {price} to {price}.
Please ignore the old number, the new one is {PHONE}.
Webinar at {time} on {date}. Register: {url_ticket}
Event page: {url_ticket} — early bird ends {date}.
Patents: {patent}, {patent}.
Co-inventor on {patent} (wireless power transfer).
ISBN {isbn}, 2nd edition.
Our new release notes: {url_docs}
Our SDK is now at {version}, see {url_docs}.
Server {IP4P} is the new bastion host.
Driver version {ip_version} is the last one that works.
Running build {ip_version} on all kiosks.
Update to v{ip_version}, breaking changes inside.
My talk recording is up (slides on {URL}).
Tag {atchan} in Slack if prod is down.
{atchan} standup moved to {time}.
Annotate the handler with {atdeco} and you're done.
In Python, {atdeco} is underrated.
npm install {atpkg} fixed it.
Bumped {atpkg} across all repos.
SSH bastion: {IP6P}
US payroll onboarding wanted SSN {SSN} typed into a Google Doc. No.
whitelist {IP4} please, VPN exit node
Replace {ip_private} with the public address in the config.
Our mailing list asks for your email, the form is at {url_form}.
"""
T["de"] = r"""
Ich freue mich, meine neue Position bekanntzugeben! Erreichbar unter {EMAIL} oder {PHONE}.
Bewerbungen bitte bis {date} an {EMAIL}.
Rückfragen gerne telefonisch: {PHONE} (Mo–Fr ab {time} Uhr).
Vielen Dank an {NAME} für die großartige Zusammenarbeit!
Herzlichen Glückwunsch, {NAME}, zum neuen Job!
Hallo {GREET}, danke für die Vernetzung!
Danke {GREET}! Das hilft mir sehr.
Liebe {GREET}, vielen Dank für die Empfehlung.
Moin {GREET}, kurze Frage zu eurer Stellenanzeige.
Servus {GREETW}, bist du nächste Woche in München?
Mein Profil: {URL}
Mehr Projekte auf {URL}.
Termin buchen: {URL}
Bankverbindung für die Workshop-Gebühr: {IBAN}
Bitte überweisen an IBAN {IBAN}, Verwendungszweck {order}.
Die IBAN {iban_bad} in der Phishing-Mail hat eine falsche Prüfziffer.
Unser Server {IP4} war heute Nacht nicht erreichbar.
Angriffe von {IP4} und {IP6} geblockt.
{ip_private} ist nur die interne Adresse vom Router.
Firmware-Version {ip_version} behebt den Bug.
Das Release {version} ist ab {date} verfügbar.
Preis: {price} netto pro Lizenz.
Bestellnummer {order} – Lieferung am {date}.
Ticket {ticket} wurde ohne Lösung geschlossen.
Unser Patent {patent} wurde erteilt!
Lesetipp: ISBN {isbn}.
Ich war sechs Jahre bei {org} und wechsle jetzt in die Industrie.
Neuer Job bei {org} ab {date}!
Umzug nach {place} steht an.
Super Erklärung zum {eponym}!
Im Studium habe ich den {eponym} gehasst, heute nutze ich ihn täglich.
Das war [[ernst]] gemeint, kein Witz.
Loopback {ip_loopback} reicht für lokale Tests.
APIPA-Adresse {ip_link_local} heißt: kein DHCP.
{ip_reserved} ist reserviert und nicht routbar.
Intern nutzen wir {ipv6_nonglobal}.
Beispieladresse {ip_documentation} aus der Doku.
Patentschrift {patent}, erteilt am {date}.
Die Karte {card_bad} aus der Phishing-SMS ist ungültig.
Ganz [[frank]] und frei: das Meeting hätte eine Mail sein können.
Die [[Heide]] blüht, perfekte Zeit für einen Teamausflug.
Das neue Logo ist [[rosa]], mutige Wahl.
Kontakt: {EMAILO}
Schreib mir: {EMAILO}
E-Mail: {MAILTO}
Treffen {at} Konferenz, Stand B12?
@{ATNAME} danke für den Vortrag!
Großes Lob an {HANDLE} für das Tooling.
Vortrag von {NAME} am {date} um {time} Uhr.
Senior Backend Engineer | {place} | {URL}
Karriereseite: {url_careers}
Dokumentation: {url_docs}
Unser Paper: {url_paper}
Tickets: {url_ticket}
Anmeldung über {url_form}
Firmenseite: {url_company}
Kreditkarte {CARD} gesperrt, nachdem sie in einem Leak auftauchte.
Die Nummer {card_bad} aus dem Spam ist nicht mal Luhn-gültig.
Tel.: {PHONE} · Fax: {PHONE}
Mobil {PHONE}, Büro {PHONE}
"""
T["fr"] = r"""
Ravi d'annoncer que je rejoins une nouvelle équipe ! Contact : {EMAIL} ou {PHONE}.
Envoyez vos candidatures à {EMAIL} avant le {date}.
Merci {GREET} pour ton aide précieuse !
Bonjour {GREET}, merci pour la mise en relation.
Merci beaucoup, {GREET} !
Salut {GREETW}, tu seras au salon la semaine prochaine ?
Un grand merci à {NAME} pour ces trois années.
Félicitations à {NAME} pour sa nomination !
Mon profil : {URL}
Réservez un créneau : {URL}
Coordonnées bancaires : {IBAN}
RIB / IBAN : {IBAN} (référence {order})
L'IBAN {iban_bad} du mail frauduleux a une clé invalide.
Notre serveur {IP4} est tombé à {time}.
L'adresse {ip_documentation} sert uniquement d'exemple.
{ip_loopback}, c'est localhost.
Le firmware {ip_version} corrige les coupures.
Le numéro {card_bad} du SMS frauduleux est invalide.
Adresse lien-local {ipv6_nonglobal}.
{ip_reserved} n'est pas routable.
Page de l'événement : {url_ticket}, à {time}.
Version {version} disponible dès le {date}.
Tarif : {price} HT par mois.
Commande n° {order}, livraison le {date}.
Ticket {ticket} toujours ouvert.
Brevet {patent} délivré !
ISBN {isbn}, à lire absolument.
J'ai travaillé chez {org} pendant cinq ans.
Installée à {place} depuis {date}.
Une belle explication de la {eponym}.
Le logo en [[blanche]] est plus lisible.
Lever à l'[[aurore]] pour un vol à {time}.
Le mur en [[pierre]] du nouveau bureau est superbe.
Écrivez-moi : {EMAILO}
Contact : {MAILTO}
Rendez-vous {at} la conférence, stand 42.
Merci à {HANDLE} pour la relecture !
@{ATNAME} bravo pour la conf !
Tél. : {PHONE} / Portable : {PHONE}
Carte {CARD} bloquée après une fraude.
Candidatures : {url_careers}
Documentation : {url_docs}
Article : {url_paper}
Billetterie : {url_ticket}
Formulaire : {url_form}
Page entreprise : {url_company}
"""
T["es"] = r"""
¡Feliz de anunciar mi nuevo puesto! Escríbeme a {EMAIL} o llama al {PHONE}.
Envía tu CV a {EMAIL} antes del {date}.
¡Gracias, {GREET}!
Hola {GREET}, gracias por conectar.
Muchas gracias {GREETW} por la recomendación.
Enhorabuena a {NAME} por el ascenso.
Gracias a {NAME} por la mentoría.
Mi perfil: {URL}
Agenda una llamada: {URL}
IBAN para la inscripción: {IBAN}
Transferencia a {IBAN}, concepto {order}.
El IBAN {iban_bad} del correo falso tiene dígitos de control incorrectos.
Nuestro servidor {IP4} recibió un ataque a las {time}.
Dirección interna {ip_private}, no es pública.
Firmware {ip_version} corrige el fallo.
Número de seguro social {SSN}, nunca lo compartas así.
El número {ssn_bad} del ejemplo no es válido.
La tarjeta {card_bad} del SMS falso ni pasa Luhn.
{ip_link_local} significa que falló el DHCP.
{ip_documentation} es de documentación.
Lanzamos la versión {version} el {date}.
Precio: {price} al mes.
Pedido {order} entregado el {date}.
Incidencia {ticket} cerrada.
Patente {patent} concedida.
ISBN {isbn}.
Trabajé en {org} durante cuatro años.
Me mudo a {place} en {date}.
Gran charla sobre el {eponym}.
Con [[esperanza]] de que el mercado mejore pronto.
Trabajar en [[soledad]] no es para mí.
Los [[dolores]] de crecimiento de una startup.
Un poco de [[paz]] después del lanzamiento.
Por fin hay [[luz]] al final del túnel.
El [[pilar]] de nuestra cultura es la confianza.
Escríbeme: {EMAILO}
Contacto: {MAILTO}
Nos vemos {at} el evento.
Gracias {HANDLE} por compartir.
@{ATNAME} ¡qué buena charla!
Tel. {PHONE} · Móvil {PHONE}
Tarjeta {CARD} cancelada tras el fraude.
Ofertas de empleo: {url_careers}
Documentación: {url_docs}
Artículo: {url_paper}
Entradas: {url_ticket}
Formulario: {url_form}
Página de la empresa: {url_company}
"""
T["it"] = r"""
Felice di annunciare il mio nuovo ruolo! Contatti: {EMAIL}, {PHONE}.
Candidature a {EMAIL} entro il {date}.
Grazie {GREET}!
Ciao {GREET}, grazie per il collegamento.
Grazie mille, {GREETW}!
Complimenti a {NAME} per la promozione!
Un grazie speciale a {NAME}.
Profilo: {URL}
IBAN per il bonifico: {IBAN}
L'IBAN {iban_bad} nella mail di phishing ha il codice di controllo sbagliato.
Server {IP4} irraggiungibile dalle {time}.
Versione {version} rilasciata il {date}.
Prezzo: {price} + IVA.
Ordine n. {order}, consegna {date}.
Ticket {ticket} ancora aperto.
Brevetto {patent} concesso.
Ho lavorato in {org} per tre anni.
Trasferito a {place}.
Ottima spiegazione del {eponym}.
Sono [[felice]] di questo traguardo.
Una [[serena]] giornata di lavoro da remoto.
Un colpo [[fortunato]] al primo colloquio.
Scrivimi: {EMAILO}
Contatto: {MAILTO}
Ci vediamo {at} fiera.
Grazie {HANDLE}!
Tel. {PHONE} – Cell. {PHONE}
Carta {CARD} bloccata.
Lavora con noi: {url_careers}
Documentazione: {url_docs}
Biglietti: {url_ticket}
Modulo: {url_form}
"""
T["pt"] = r"""
Feliz em anunciar minha nova posição! Contato: {EMAIL} ou {PHONE}.
Currículos para {EMAIL} até {date}.
Obrigada, {GREET}!
Oi {GREET}, obrigado pela conexão!
Valeu {GREETW}, ajudou muito!
Parabéns, {NAME}, pela promoção!
Agradeço a {NAME} pela mentoria.
Meu perfil: {URL}
Agende uma conversa: {URL}
Chave PIX é o e-mail {EMAIL}; IBAN para o exterior: {IBAN}
O IBAN {iban_bad} do golpe tem dígito verificador errado.
Servidor {IP4} fora do ar desde {time}.
Versão {version} lançada em {date}.
Firmware versão {ip_version} instalado.
O IP {ip_private} é da rede interna.
{ip_loopback} é o localhost.
O cartão {card_bad} do golpe é inválido.
Artigo: {url_paper}
Preço: {price} por mês.
Pedido {order} entregue em {date}.
Chamado {ticket} encerrado sem solução.
Patente {patent} concedida!
ISBN {isbn}.
Trabalhei na {org} por cinco anos.
Mudando para {place}!
Ótima explicação sobre o {eponym}.
Pela [[graça]] de Deus, aprovado!
Uma [[vitória]] do time inteiro.
Toda [[glória]] ao time de plantão.
Me escreva: {EMAILO}
Contato: {MAILTO}
Te vejo {at} evento.
Valeu {HANDLE}!
@{ATNAME} arrasou na palestra!
Tel.: {PHONE} / WhatsApp: {PHONE}
Cartão {CARD} clonado, cuidado.
Vagas: {url_careers}
Documentação: {url_docs}
Ingressos: {url_ticket}
Formulário: {url_form}
Página da empresa: {url_company}
CPF não, mas meu e-mail é {EMAIL}.
"""
T["nl"] = r"""
Blij te melden dat ik een nieuwe baan heb! Mail: {EMAIL}, tel: {PHONE}.
Sollicitaties vóór {date} naar {EMAIL}.
Hoi {GREET}, bedankt voor het connecten!
Dank je wel, {GREET}!
Bedankt {GREETW}!
Gefeliciteerd, {NAME}!
Dank aan {NAME} voor de begeleiding.
Mijn profiel: {URL}
IBAN voor de bijdrage: {IBAN}
Het IBAN {iban_bad} uit de nepmail klopt niet.
Server {IP4} lag eruit om {time}.
Versie {version} staat live sinds {date}.
Prijs: {price} per maand.
Bestelling {order}, levering {date}.
Ticket {ticket} nog steeds open.
Ik werkte vijf jaar bij {org}.
Verhuisd naar {place}.
Mooie uitleg over het {eponym}.
Een [[roos]] op het bureau van de nieuwe collega.
Een [[bloem]] voor iedereen die de release haalde.
Mail me: {EMAILO}
Contact: {MAILTO}
Dank {HANDLE}!
Tel. {PHONE} / Mob. {PHONE}
Vacatures: {url_careers}
Aanmelden: {url_form}
Tickets: {url_ticket}
"""
T["pl"] = r"""
Z radością ogłaszam nową pracę! Kontakt: {EMAIL}, tel. {PHONE}.
CV proszę wysyłać na {EMAIL} do {date}.
Cześć {GREET}, dzięki za kontakt!
Dziękuję, {GREET}!
Gratulacje, {NAME}!
Podziękowania za mentoring: {NAME}.
Mój profil: {URL}
Numer IBAN do wpłaty: {IBAN}
IBAN {iban_bad} z maila phishingowego ma złą sumę kontrolną.
Serwer {IP4} nie odpowiada od {time}.
Wersja {version} wydana {date}.
Cena: {price} brutto.
Zamówienie {order}, dostawa {date}.
Zgłoszenie {ticket} zamknięte.
Pracowałem w {org} przez cztery lata.
Przeprowadzka do {place}.
Świetne wyjaśnienie: {eponym}.
Czerwona [[róża]] dla każdej z koleżanek.
Napisz: {EMAILO}
Dzięki {HANDLE}!
Tel. {PHONE}
Oferty pracy: {url_careers}
Formularz: {url_form}
"""
T["tr"] = r"""
Yeni pozisyonumu duyurmaktan mutluluk duyuyorum! İletişim: {EMAIL}, {PHONE}.
CV'nizi {date} tarihine kadar {EMAIL} adresine gönderin.
Merhaba {GREET}, bağlantı için teşekkürler!
Teşekkürler {GREET}!
Tebrikler {NAME}!
{NAME} hocama teşekkürler.
Profilim: {URL}
IBAN: {IBAN}
Sahte e-postadaki {iban_bad} IBAN'ının kontrol basamağı yanlış.
Sunucu {IP4} saat {time} itibarıyla çöktü.
Sürüm {version} {date} tarihinde yayında.
Fiyat: {price}.
Sipariş {order}, teslimat {date}.
Destek talebi {ticket} kapatıldı.
{org} bünyesinde dört yıl çalıştım.
{place} şehrine taşınıyorum.
Zor günlerde [[umut]] kaybetmemek lazım.
[[Deniz]] kenarında bir ofis hayal ediyorum.
I [[can]] do this, dedim ve başvurdum.
Ekipte [[sevgi]] ve saygı var.
Bugün [[güneş]] var, herkes terasta.
Ekipler arasında [[barış]] sağlandı.
Yeni ürün bir [[yıldız]] gibi parladı.
Bana yaz: {EMAILO}
Teşekkürler {HANDLE}!
Tel: {PHONE}
Kariyer: {url_careers}
Başvuru formu: {url_form}
"""
T["ru"] = r"""
Рада сообщить о новой работе! Пишите на {EMAIL} или звоните {PHONEI}.
Резюме присылайте на {EMAIL} до {date}.
Привет, {GREET}! Спасибо за контакт.
Спасибо, {GREET}!
Поздравляю, {NAME}!
Огромное спасибо за наставничество: {NAME}.
Мой профиль: {URL}
IBAN для оплаты: {IBAN}
IBAN {iban_bad} из фишингового письма с неверной контрольной суммой.
Сервер {IP4} недоступен с {time}.
Версия {version} вышла {date}.
Цена: {price}.
Заказ {order}, доставка {date}.
Заявка {ticket} закрыта.
Патент {patent} получен!
Работала в {org} пять лет.
Переезжаю в {place}.
Отличное объяснение: {eponym}.
[[Вера]] в продукт — главное.
Есть [[надежда]], что рынок оживёт.
[[Любовь]] к своему делу — лучший мотиватор.
Пишите: {EMAILO}
Спасибо {HANDLE}!
Тел.: {PHONEI}
Вакансии: {url_careers}
Документация: {url_docs}
Регистрация: {url_form}
Адрес {ip_private} — это внутренняя сеть.
{ip_documentation} — адрес из документации.
{ip_loopback} — это localhost.
Прошивка {ip_version} решила проблему.
{ipv6_nonglobal} — локальный адрес.
Статья: {url_paper}
Билеты: {url_ticket}
"""
T["uk"] = r"""
Радію новій роботі! Пишіть на {EMAIL} або телефонуйте {PHONEI}.
Дякую, {GREET}!
Привіт, {GREET}!
Вітаю, {NAME}!
Дякую за підтримку, {NAME}!
Мій профіль: {URL}
IBAN: {IBAN}
Сервер {IP4} недоступний.
Версія {version} вийшла {date}.
Ціна: {price}.
Заявка {ticket} закрита.
Працювала в {org} три роки.
Дякую {HANDLE}!
"""
T["el"] = r"""
Χαίρομαι να ανακοινώσω τη νέα μου θέση! Email: {EMAIL}, τηλ. {PHONEI}.
Ευχαριστώ {GREET}!
Γεια σου {GREET}, ευχαριστώ για τη σύνδεση.
Συγχαρητήρια {NAME}!
Ευχαριστώ πολύ για την καθοδήγηση, {NAME}.
Το προφίλ μου: {URL}
IBAN: {IBAN}
Ο server {IP4} έπεσε στις {time}.
Έκδοση {version} από {date}.
Τιμή: {price}.
Αίτημα {ticket} έκλεισε.
Δούλεψα στην {org} για τέσσερα χρόνια.
Μετακόμισα στο {place}.
Ευχαριστώ {HANDLE}!
"""
T["ar"] = r"""
يسعدني الإعلان عن انضمامي لفريق جديد! للتواصل: {EMAIL} أو {PHONEI}
أرسلوا السير الذاتية إلى {EMAIL} قبل {date}
للتواصل:{EMAIL}
البريد الإلكتروني:{EMAIL}شكراً
اتصل على{PHONEI}
شكراً {GREET}!
مرحباً {GREET}، شكراً على التواصل.
تهانينا لـ {NAME} على الترقية!
شكر خاص إلى {NAME}
ملفي الشخصي: {URL}
رقم الآيبان: {IBAN}
الآيبان {iban_bad} في الرسالة الاحتيالية غير صحيح.
الخادم {IP4} متوقف منذ {time}
الإصدار {version} متاح من {date}
السعر: {price}
رقم الطلب {order}
التذكرة {ticket} مغلقة
عملت في {org} لمدة خمس سنوات.
لدي [[أمل]] كبير في هذا المشروع.
[[نور]] الشمس في المكتب الجديد رائع.
شكراً {HANDLE}!
راسلني: {EMAILO}
الوظائف: {url_careers}
التسجيل: {url_form}
"""
T["he"] = r"""
שמחה לבשר על תפקיד חדש! ליצירת קשר: {EMAIL} או {PHONEI}.
קורות חיים ל-{EMAIL} עד {date}.
תודה {GREET}!
היי {GREET}, תודה על החיבור.
מזל טוב ל{NAME} על הקידום!
תודה רבה ל-{NAME}.
הפרופיל שלי: {URL}
IBAN: {IBAN}
השרת {IP4} נפל ב-{time}.
גרסה {version} זמינה מ-{date}.
מחיר: {price}.
עבדתי ב-{org} חמש שנים.
[[אור]] בקצה המנהרה אחרי ההשקה.
תודה {HANDLE}!
משרות: {url_careers}
"""
T["hi"] = r"""
नई भूमिका की घोषणा करते हुए खुशी हो रही है! संपर्क: {EMAIL}, {PHONE}
अपना बायोडाटा {date} तक {EMAIL} पर भेजें।
धन्यवाद {GREET}!
नमस्ते {GREET} जी, जुड़ने के लिए शुक्रिया।
बधाई हो {NAME}!
{NAME} जी का विशेष धन्यवाद।
मेरी प्रोफ़ाइल: {URL}
IBAN: {IBAN}
सर्वर {IP4} {time} से बंद है।
संस्करण {version} {date} को जारी।
कीमत: {price}
ऑर्डर {order}
टिकट {ticket} बंद।
मैंने {org} में चार साल काम किया।
नए सफ़र में बहुत [[आशा]] है।
सुबह की पहली [[किरण]] के साथ लॉन्च।
यह टीम की [[विजय]] है।
धन्यवाद {HANDLE}!
मुझे लिखें: {EMAILO}
Thanks {GREET}! आपकी मदद से interview clear हो गया।
Call me at {PHONE}, ya email {EMAIL} pe bhejo.
"""
T["ja"] = r"""
新しいチームに参加しました！連絡先は{EMAIL}まで。
お問い合わせは{EMAIL}または{PHONE}へどうぞ。
電話{PHONE}（平日{time}〜）
応募締切は{date}です。詳細は{EMAIL}へ。
{NAME}さん、いつもありがとうございます！
{NAME}様にご登壇いただきました。
{NAME}先生の講演、とても勉強になりました。
{NAME}氏が新CTOに就任しました。
{NAME}さんと{NAME}さんに感謝。
プロフィール：{URL}
ポートフォリオ→{URL}
振込先IBAN：{IBAN}
サーバー{IP4}が{time}に停止しました。
IPv6アドレス{IP6}からの攻撃を遮断。
社内ネットワーク{ip_private}は外部から見えません。
{ip_loopback}はローカルホストです。
ファームウェア{ip_version}に更新しました。
リンクローカル{ipv6_nonglobal}のみ。
{ip_reserved}は予約済みアドレスです。
例示用アドレス{ip_documentation}を使ってください。
不正なカード番号{card_bad}に注意。
バージョン{version}を{date}にリリース。
価格は{price}（税込）です。
注文番号{order}の件で問い合わせ中。
チケット{ticket}は解決済み。
特許{patent}を取得しました！
ISBN {isbn}
{org}で5年間働きました。
{HANDLE}さん、ありがとう！
メール：{EMAILO}
採用情報：{url_careers}
ドキュメント：{url_docs}
論文：{url_paper}
申込フォーム：{url_form}
勉強会のチケット：{url_ticket}
カード番号{CARD}が不正利用されました。
"""
T["zh"] = r"""
很高兴加入新团队！邮箱{EMAIL}，欢迎联系。
简历请发送至{EMAIL}，截止{date}。
联系电话{PHONE}，工作日{time}后。
电话：{PHONE}；微信同号。
感谢{NAME}老师的指导！
恭喜{NAME}升职！
和{NAME}、{NAME}一起完成了这个项目。
{NAME}先生的分享非常精彩。
个人主页：{URL}
作品集见{URL}
收款IBAN：{IBAN}
服务器{IP4}在{time}宕机。
来自{IP6}的异常流量已封禁。
内网地址{ip_private}，外网无法访问。
固件版本{ip_version}修复了该问题。
{ip_link_local}说明DHCP失败了。
{ip_loopback}是本机回环地址。
{ipv6_nonglobal}是内网IPv6地址。
示例地址{ip_documentation}仅用于文档。
{ip_reserved}是保留地址。
{at}所有人：会议改到{time}。
版本{version}已于{date}发布。
价格：{price}
订单号{order}已发货。
工单{ticket}已关闭。
专利{patent}获得授权！
ISBN {isbn}
在{org}工作了四年。
感谢{HANDLE}的分享！
邮箱：{EMAILO}
招聘：{url_careers}
文档：{url_docs}
论文：{url_paper}
报名表：{url_form}
门票：{url_ticket}
"""
T["ko"] = r"""
새로운 팀에 합류했습니다! 연락은 {EMAIL}로 부탁드립니다.
문의: {EMAIL} / {PHONEI}
{NAME}님 감사합니다!
{NAME} 님의 발표가 정말 좋았어요.
{NAME} 씨와 함께 프로젝트를 마쳤습니다.
{NAME}님, 축하드려요!
프로필: {URL}
IBAN: {IBAN}
서버 {IP4}가 {time}에 다운됐습니다.
버전 {version}을 {date}에 출시했습니다.
가격: {price}
주문번호 {order}
티켓 {ticket} 처리 완료.
{org}에서 4년간 근무했습니다.
{HANDLE}님 감사합니다!
이메일: {EMAILO}
채용: {url_careers}
신청서: {url_form}
"""
T["th"] = r"""
ยินดีที่ได้ร่วมทีมใหม่ ติดต่อได้ที่{EMAIL}ค่ะ
สอบถามโทร{PHONEI}ครับ
ส่งเรซูเม่มาที่{EMAIL}ภายใน{date}
ขอบคุณมากครับ คุณ{GREET} 
ขอบคุณคุณ{NAME} สำหรับคำแนะนำ
ยินดีด้วยกับคุณ{NAME} ที่ได้เลื่อนตำแหน่ง
โปรไฟล์: {URL}
IBAN: {IBAN}
เซิร์ฟเวอร์{IP4}ล่มเมื่อ{time}
เวอร์ชัน{version}ออกแล้ว
ราคา {price}
เคยทำงานที่{org} 3 ปี
ขอบคุณ{HANDLE}ครับ
อีเมล: {EMAILO}
สมัครงาน: {url_careers}
"""
T["vi"] = r"""
Rất vui được gia nhập đội mới! Liên hệ: {EMAIL} hoặc {PHONEI}.
Gửi CV về {EMAIL} trước ngày {date}.
Cảm ơn anh {NAME} đã hỗ trợ!
Chúc mừng chị {NAME}!
Cảm ơn {NAME} rất nhiều.
Hồ sơ: {URL}
IBAN: {IBAN}
Máy chủ {IP4} bị sập lúc {time}.
Phiên bản {version} ra mắt ngày {date}.
Giá: {price}
Đơn hàng {order}
Tôi làm việc tại {org} 4 năm.
Hoa [[mai]] nở rộ ngoài văn phòng.
Mùa [[xuân]] là mùa tuyển dụng.
Hoa [[lan]] trên bàn làm việc mới.
Giữ [[hòa]] khí trong nhóm là quan trọng.
Cảm ơn {HANDLE}!
Email: {EMAILO}
Tuyển dụng: {url_careers}
"""
T["sv"] = r"""
Glad att berätta att jag börjar på ett nytt jobb! Mejl: {EMAIL}, tel: {PHONEI}.
Hej {GREET}, tack för kontakten!
Tack {GREET}!
Grattis {NAME}!
Stort tack till {NAME}.
Min profil: {URL}
IBAN: {IBAN}
Servern {IP4} gick ner kl. {time}.
Version {version} släpptes {date}.
Pris: {price}.
Jobbade på {org} i fem år.
Flyttar till {place}.
Tack {HANDLE}!
Lediga jobb: {url_careers}
"""
T["id"] = r"""
Senang bergabung dengan tim baru! Hubungi {EMAIL} atau {PHONEI}.
Halo {GREET}, terima kasih sudah terhubung!
Terima kasih, {GREET}!
Selamat, {NAME}!
Profil saya: {URL}
IBAN: {IBAN}
Server {IP4} mati sejak {time}.
Versi {version} rilis {date}.
Harga: {price}.
Pernah bekerja di {org} selama tiga tahun.
Terima kasih {HANDLE}!
Lowongan: {url_careers}
"""
T["mix"] = r"""
Moving from 東京 to {place}! New number {PHONEI}, email {EMAIL}.
東京オフィス→{EMAIL}、London office→{EMAIL}
感谢{NAME}和{NAME}的帮助！Thanks a lot, really.
Kudos to {NAME} and {NAME} 🙌 本当にありがとう！
{NAME}さん & {NAME} — great panel at the summit.
Shanghai team: 联系{PHONE}或邮件{EMAIL}
Berlin / Москва / 北京 — reach me at {EMAIL}.
سلام! My work email is {EMAIL} and my cell {PHONEI}.
Привет всем! New profile: {URL}
शुक्रिया {GREET}! Thanks for the referral 🙏
Merci {GREET} ! And thanks to {NAME} too.
Hola {GREET}! 你好！Great to connect.
Servidor {IP4} down again 😩 サーバーが落ちた
""".replace("{PHONE}", "{PHONEZH}")

T["en"] += r"""
Our new egress IPs are {IP6} and {IP4}, please update your allowlists.
Anyone else seeing SYN floods from {IP6P}? Started around {time}.
Set AAAA for the blog to {IP6} and it finally works over IPv6.
ping6 {IP6} answers, so the tunnel is up.
The router hands out {ipv6_nonglobal} addresses, which is fine for the LAN.
Why does my laptop show {ipv6_nonglobal} and no global address? Ticket {ticket}.
Fraud team caught a reused card: {CARD}. Already reported to the issuer.
Lost my wallet; if anyone finds a card ending like {CARD}, it's blocked anyway.
A candidate emailed their card {CARD} to pay the "application fee" — this is a scam pattern.
Our QA data uses numbers like {card_bad} that fail the Luhn check on purpose.
{card_bad} was rejected instantly by the payment form. Good.
I-9 paperwork had my SSN {SSN} printed in clear text on the envelope.
Identity theft is real: my SSN {SSN} was in the breach dump. Freeze your credit.
Recruiter wanted SSN {SSN} before the first interview. Walked away.
Forms with {ssn_bad} as a placeholder confuse people, use XXX-XX-XXXX.
{ssn_bad} is not a real SSN, that area number is never assigned.
The SSN in the sample file, {ssn_bad}, fails validation, so the import breaks.
Grab the book, ISBN {isbn}, chapter 7 changed how I run retros.
My first book is out (ISBN {isbn}) — thank you all.
The VPN gives you {ip_private}, the office Wi-Fi {ip_private}.
Kubernetes pods get {ip_private} by default, don't expose them.
Grafana is on {ip_loopback}:3000 only, tunnel in.
Your service listens on {ip_loopback}, that's why nobody can reach it.
Printer fell back to {ip_link_local} again, it lost DHCP.
Only {ip_documentation} and friends belong in blog posts.
Example config: upstream {ip_documentation}, replace before deploying.
{ip_reserved} showed up in the headers, someone's proxy is broken.
Multicast on {ip_reserved} is blocked by our cloud provider.
Follow us: {url_company}
Read about us at {url_company}.
API reference: {url_docs}
RTFM, kindly: {url_docs}
Our ICML paper ({url_paper}) is finally public.
Cited {url_paper} in my thesis, great work.
Questions about the role: {MAILTO}.
Press: {MAILTO} · Partnerships: {MAILTO}
Our team's patent {patent} is now licensed to three OEMs.
Filed as {patent}; grant expected {date}.
I explain {eponym} to every new hire.
Yes, {eponym} applies to hiring too.
Landed in {place} for the offsite 🛬
Remote from {place} this month.
"""
T["de"] += r"""
Neue IPv6-Adresse vom Mailserver: {IP6}.
Zugriff nur über {IP6P}.
Die Karte {CARD} wurde nach dem Leak gesperrt, bitte keine Zahlungen mehr darauf.
Testkarte {card_bad} besteht die Prüfsumme absichtlich nicht.
Buchtipp: {isbn} – lohnt sich.
Das NAS hängt unter {ip_private}, der Drucker unter {ip_link_local}.
Unsere Firmenseite: {url_company}
Die Doku unter {url_docs} ist leider veraltet.
Paper zum Vortrag: {url_paper}
Fragen an {MAILTO}.
Erklärt mal einem Vorstand das {eponym}.
Standort: {place}.
"""
T["fr"] += r"""
Nouvelle adresse IPv6 du serveur : {IP6}.
Numéro de carte {CARD} compromis, opposition faite.
Le livre (ISBN {isbn}) est enfin sorti !
Le NAS est en {ip_private}, rien d'exposé.
Site de l'entreprise : {url_company}
Notre article : {url_paper}
Écrivez à {MAILTO}.
La {eponym} s'applique aussi au recrutement.
De passage à {place} cette semaine.
"""
T["es"] += r"""
Nueva IPv6 del servidor: {IP6}.
Mi tarjeta {CARD} apareció en una filtración, ya está cancelada.
Número de seguro social {SSN} filtrado en el correo de onboarding, cuidado.
Libro recomendado: ISBN {isbn}.
El servidor local escucha en {ip_loopback}.
Web de la empresa: {url_company}
Documentación oficial: {url_docs}
Escribid a {MAILTO}.
Nos mudamos a {place}.
"""
T["ja"] += r"""
IPv6アドレスは{IP6}です。
社内DNSは{ip_private}、テスト用は{ip_documentation}。
{ip_link_local}になるのはDHCPの失敗です。
会社のページ：{url_company}
お問い合わせ：{MAILTO}
書籍（ISBN {isbn}）を出版しました。
特許{patent}が登録されました。
"""
T["zh"] += r"""
新的IPv6地址{IP6}已生效。
信用卡{CARD}被盗刷，已挂失。
书号ISBN {isbn}，推荐阅读。
公司主页：{url_company}
联系邮箱：{MAILTO}
专利{patent}已公开。
"""
T["pt"] += r"""
Servidor novo em {IP6}.
Meu cartão {CARD} vazou, já cancelei.
Livro: ISBN {isbn}.
Página da empresa: {url_company}
Fale com {MAILTO}.
Patente {patent} publicada.
De mudança para {place}.
"""
T["ru"] += r"""
Новый IPv6 сервера: {IP6}.
Карта {CARD} скомпрометирована, заблокировала.
Книга: ISBN {isbn}.
Сайт компании: {url_company}
Пишите на {MAILTO}.
Документация: {url_docs}
"""
T["it"] += r"""
Nuovo indirizzo IPv6: {IP6}.
La mia carta {CARD} è finita in un leak.
Libro: ISBN {isbn}.
Sito aziendale: {url_company}
Scrivete a {MAILTO}.
Articolo: {url_paper}
"""
T["ko"] += r"""
새 IPv6 주소: {IP6}
카드 {CARD} 도용 피해, 정지했습니다.
내부망 {ip_private}, 루프백 {ip_loopback}.
회사 페이지: {url_company}
"""

FILLER = {
    "en": ["Lots to learn still.", "Grateful for this community.", "Onwards!", "What do you think?",
           "Hiring is hard right now.", "Comments welcome.", "Long week, good outcome.",
           "#hiring #engineering", "Details below.", "Happy Friday, everyone.", "Bring snacks.",
           "#opentowork", "Agree or disagree?", "Posting this for visibility."],
    "de": ["Ich freue mich auf die neuen Aufgaben.", "Feedback willkommen.", "Schönes Wochenende!",
           "#karriere #hiring", "Mehr dazu bald."],
    "fr": ["Hâte de commencer !", "Vos retours sont les bienvenus.", "#recrutement", "Bonne semaine à tous."],
    "es": ["¡Qué ganas de empezar!", "Se agradecen comentarios.", "#empleo", "Buen finde a todos."],
    "it": ["Non vedo l'ora di iniziare!", "Commenti benvenuti.", "#lavoro"],
    "pt": ["Bora!", "Comentários são bem-vindos.", "#vagas", "Que semana!"],
    "nl": ["Zin in!", "Reacties welkom.", "#vacature"],
    "pl": ["Nie mogę się doczekać!", "#praca"],
    "tr": ["Heyecanlıyım!", "#kariyer"],
    "ru": ["Впереди много работы.", "#карьера"],
    "uk": ["Дякую всім!"],
    "el": ["Ανυπομονώ!"],
    "ar": ["بالتوفيق للجميع."],
    "he": ["בהצלחה לכולם!"],
    "hi": ["सभी का आभार।"],
    "ja": ["よろしくお願いします。", "#転職"],
    "zh": ["欢迎交流。", "#招聘"],
    "ko": ["잘 부탁드립니다."],
    "th": ["ขอบคุณทุกคนค่ะ"],
    "vi": ["Rất mong được hợp tác."],
    "sv": ["Ser fram emot det!"],
    "id": ["Sampai jumpa!"],
    "mix": ["Thanks all / 谢谢大家", "ありがとう & see you soon"],
}
LANG_WEIGHT = {"en": 30, "de": 8, "fr": 6, "es": 6, "it": 4, "pt": 5, "nl": 3, "pl": 3, "tr": 3,
               "ru": 4, "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 3, "ja": 5, "zh": 5, "ko": 3,
               "th": 2, "vi": 2, "sv": 2, "id": 2, "mix": 6}


# ----------------------------------------------------------------------------- slot fillers

SLOT_CAT = {"EMAIL": "EMAIL", "EMAILO": "EMAIL", "MAILTO": "EMAIL", "PHONE": "PHONE", "PHONEI": "PHONE",
            "PHONEZH": "PHONE", "IP4": "IPV4", "IP4P": "IPV4", "IP6": "IPV6", "IP6P": "IPV6",
            "CARD": "CREDIT_CARD", "IBAN": "IBAN", "SSN": "US_SSN", "URL": "URL", "HANDLE": "HANDLE",
            "NAME": "PERSON", "ATNAME": "PERSON", "POSS": "PERSON", "GREET": "PERSON", "GREETW": "PERSON",
            "date": "date", "time": "time", "price": "price", "order": "order_number",
            "ticket": "ticket_number", "isbn": "isbn", "version": "version", "patent": "patent",
            "ip_private": "ip_private", "ip_loopback": "ip_loopback", "ip_link_local": "ip_link_local",
            "ip_documentation": "ip_documentation", "ip_reserved": "ip_reserved",
            "ip_version": "ip_version", "ipv6_nonglobal": "ipv6_nonglobal", "card_bad": "card_luhn_invalid",
            "iban_bad": "iban_bad_check", "ssn_bad": "ssn_invalid", "url_company": "url_company",
            "url_careers": "url_careers", "url_docs": "url_docs", "url_paper": "url_paper",
            "url_ticket": "url_ticket", "url_form": "url_form", "at": "at_not_handle",
            "atchan": "at_not_handle", "atdeco": "at_not_handle", "atpkg": "at_not_handle",
            "org": "org_name", "place": "place_name", "eponym": "eponym"}
TYPES = ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]
NEG_CATS = ["date", "time", "price", "order_number", "ticket_number", "isbn", "version", "patent",
            "ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved", "ip_version",
            "ipv6_nonglobal", "card_luhn_invalid", "iban_bad_check", "ssn_invalid", "url_company",
            "url_careers", "url_docs", "url_paper", "url_ticket", "url_form", "mailto", "at_not_handle",
            "org_name", "place_name", "eponym", "name_word"]
LANG_PHONE = {"de": ["DE"], "fr": ["FR"], "es": ["ES"], "it": ["IT"], "pt": ["BR"], "nl": ["NL"],
              "ja": ["JP"], "zh": ["CN"], "hi": ["IN"], "en": ["US", "US", "UK", "AU", "IN", "NG", "US"]}
LANG_CULT = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "tr": "tr",
             "sv": "nordic", "id": "ph"}
LATIN_CULTS = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "nordic", "cz", "ng", "in", "ph", "en", "word"]
DOMAINS = {"any": ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
                   "acme-robotics.io", "northwind.dev", "fjordlabs.no", "brightpath.co", "helioscale.com",
                   "veridian-ai.com", "lumenhealth.org", "oakridge-data.net", "pixelforge.studio"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "tum.de", "zentrum-analytics.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "sorbonne-universite.fr"],
           "es": ["yahoo.es", "telefonica.net", "uc3m.es"], "it": ["libero.it", "virgilio.it", "polimi.it"],
           "pt": ["uol.com.br", "bol.com.br", "usp.br"], "nl": ["ziggo.nl", "kpnmail.nl", "tudelft.nl"],
           "pl": ["wp.pl", "o2.pl", "onet.pl"], "tr": ["yandex.com.tr", "boun.edu.tr"],
           "ru": ["yandex.ru", "mail.ru", "bk.ru"], "uk": ["ukr.net", "i.ua"], "el": ["otenet.gr", "auth.gr"],
           "ar": ["kaust.edu.sa", "yahoo.com"], "he": ["walla.co.il", "technion.ac.il"],
           "hi": ["rediffmail.com", "iitb.ac.in"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "kumo-systems.jp"],
           "zh": ["qq.com", "163.com", "126.com", "tsinghua.edu.cn"], "ko": ["naver.com", "daum.net", "kakao.com"],
           "th": ["hotmail.co.th", "chula.ac.th"], "vi": ["fpt.vn", "vnu.edu.vn"], "sv": ["telia.com", "kth.se"],
           "id": ["yahoo.co.id", "ui.ac.id"]}
ROLES = ["jobs", "careers", "hr", "info", "hello", "recruiting", "talent", "bewerbung", "kontakt",
         "contact", "rh", "empleo", "lavora", "vagas", "sollicitaties", "team", "press", "partners"]
COS = ["acme-robotics", "northwind", "fjordlabs", "kumo-systems", "brightpath", "helioscale", "quantra",
       "veridian-ai", "lumenhealth", "oakridge-data", "pixelforge", "tidewater", "zentrum-analytics",
       "sakura-tech", "andes-cloud", "baobab-pay", "nordlicht-energie", "marisol-foods"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Ctx:
    def __init__(self, d, rng, lang):
        self.d, self.rng, self.lang = d, rng, lang


def pick_member(c, cult=None):
    d, rng, lang = c.d, c.rng, c.lang
    if cult is None:
        if lang in ("ja", "zh", "ko", "th", "ar", "he", "ru", "uk", "vi") and rng.random() < 0.85:
            cult = lang
        elif lang == "el" and rng.random() < 0.85:
            cult = "el_f"
        elif lang == "hi":
            cult = "hi" if rng.random() < 0.6 else "in"
        elif lang in LANG_CULT and rng.random() < 0.5:
            cult = LANG_CULT[lang]
        elif lang == "mix" and rng.random() < 0.3:
            cult = rng.choice(["ja", "zh", "ko", "ru", "ar"])
        else:
            cult = rng.choice(LATIN_CULTS)
    if cult == "el_f":
        pool = d.el_f
    else:
        pool = d.by_culture[cult]
    return d.members[rng.choice(pool)]


def name_variant(rng, name, cult):
    r = rng.random()
    if cult in ("ja", "zh", "ko", "th", "ar", "he", "hi"):
        return name
    if cult in ("el", "el_f"):
        return fold_name(name).upper() if r < 0.15 else name
    if r < 0.72:
        return name
    if r < 0.86:
        f = fold_name(name)
        return f if f != name else name.lower()
    low, up = name.lower(), name.upper()
    if r < 0.93:
        return low if len(low) == len(name) else name
    # plain upper case only where it round-trips (no ß -> SS, no Turkish dotless i)
    return up if len(up) == len(name) and up.lower() == low else name


def s_name(c):
    name, h, cult = pick_member(c)
    return [(name_variant(c.rng, name, cult), "PERSON")]


def s_atname(c):
    name, h, cult = pick_member(c, c.rng.choice(LATIN_CULTS) if c.lang not in ("ja", "zh", "ko") else None)
    return [("@", "ok"), (name, "PERSON")]


def s_poss(c):
    name, h, cult = pick_member(c, c.rng.choice(LATIN_CULTS))
    return [(name_variant(c.rng, name, cult), "PERSON"), (c.rng.choice(["'s", "'s", "’s"]), None)]


def s_greet(c):
    lang = c.lang
    cult = {"ru": "ru", "uk": "uk", "el": "el_f", "ar": "ar", "he": "he", "hi": "hi", "th": "th"}.get(lang)
    if cult is None:
        cult = LANG_CULT.get(lang) if c.rng.random() < 0.5 and lang in LANG_CULT else c.rng.choice(
            [x for x in LATIN_CULTS if x != "word"])
    name, h, _ = pick_member(c, cult)
    return [(name.split()[0], "PERSON")]


def s_greetw(c):
    w = c.rng.choice(c.d.word_en)
    return [(w, "PERSON")]


def email_local(c):
    rng = c.rng
    if rng.random() < 0.15:
        return rng.choice(ROLES)
    name, h, cult = pick_member(c, rng.choice(LATIN_CULTS) if rng.random() < 0.5 else None)
    toks = [romanize_latin(t) for t in name.split()]
    toks = [t for t in toks if t]
    if len(toks) < 2:
        return h.replace(".", "_") if rng.random() < 0.5 else h
    f, l = toks[0], toks[-1]
    return rng.choice([f + "." + l, f + l, f[0] + l, f + "_" + l, f + "." + l + str(rng.randint(1, 99)),
                       f + str(rng.randint(70, 99)), l + "." + f, f[0] + "." + l, f + "-" + l, h.replace(".", "")])


def email_domain(c):
    rng = c.rng
    if rng.random() < 0.45 and c.lang in DOMAINS:
        return rng.choice(DOMAINS[c.lang])
    return rng.choice(DOMAINS["any"])


def s_email(c):
    l, d = email_local(c), email_domain(c)
    if c.rng.random() < 0.04:
        l = l.capitalize()
    return [(l + "@" + d, "EMAIL")]


def s_emailo(c):
    rng = c.rng
    l, d = email_local(c), email_domain(c)
    k = rng.randint(0, 6)
    if k == 0:
        s = l + " [at] " + d.replace(".", " [dot] ")
    elif k == 1:
        s = l + "(at)" + d
    elif k == 2:
        s = l + " (at) " + d
    elif k == 3:
        s = l + "[at]" + d
    elif k == 4:
        s = l + " [AT] " + d.replace(".", " [DOT] ")
    elif k == 5:
        s = l + "(at)" + d.replace(".", "(dot)")
    else:
        s = l + " (at) " + d.replace(".", " (dot) ")
    return [(s, "EMAIL")]


def s_mailto(c):
    return [("mailto:", "N:mailto")] + s_email(c)


def nbsp(rng, s):
    if rng.random() < 0.08:
        return s.replace(" ", "\u00a0")
    return s


def s_phone(c):
    cc = c.rng.choice(LANG_PHONE.get(c.lang, COUNTRIES))
    return [(nbsp(c.rng, phone(c.rng, cc)), "PHONE")]


def s_phonei(c):
    rng = c.rng
    if rng.random() < 0.3:
        return [(e164(rng), "PHONE")]
    return [(nbsp(rng, phone(rng, rng.choice(COUNTRIES))), "PHONE")]


def s_phonezh(c):
    return [(phone(c.rng, "CN"), "PHONE")]


def port_suffix(rng):
    return rng.choice([":443", ":8080", ":22", ":3389", "/24", "/32", ":25", "/28"])


def s_ip4(c, force=False):
    ip = ipv4_global(c.rng)
    if force or c.rng.random() < 0.15:
        return [(ip, "IPV4"), (port_suffix(c.rng), None)]
    return [(ip, "IPV4")]


def s_ip6(c, force=False):
    ip = ipv6_global(c.rng)
    if force or c.rng.random() < 0.12:
        return [("[", None), (ip, "IPV6"), ("]:" + c.rng.choice(["443", "8443", "22", "51820"]), None)]
    if c.rng.random() < 0.05:
        return [(ip, "IPV6"), ("/" + c.rng.choice(["48", "56", "64"]), None)]
    return [(ip, "IPV6")]


def profile_url(c):
    rng = c.rng
    name, h, cult = pick_member(c, rng.choice(LATIN_CULTS) if rng.random() < 0.6 else None)
    slug = "-".join(t for t in (romanize_latin(x) for x in name.split()) if t) or h.replace(".", "-")
    hs = h.replace(".", "-").replace("_", "-")
    scheme = rng.choice(["https://", "https://", "https://www.", "", "www.", "http://"])
    k = rng.random()
    if k < 0.3:
        sub = rng.choice(["", "", "", "de.", "fr.", "br.", "uk.", "in.", "es.", "it.", "nl.", "jp."])
        host = "www.linkedin.com" if scheme.endswith("www.") or (scheme and not sub and rng.random() < 0.6) else sub + "linkedin.com"
        if scheme.endswith("www."):
            scheme = scheme[:-4]
        tail = rng.choice(["", "", "/", "-" + "".join(rng.choice("0123456789abcdef") for _ in range(8))])
        u = scheme + host + "/in/" + slug + tail
        if rng.random() < 0.05:
            u += "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=android_app"
        return u
    sch = scheme.replace("www.", "")
    if k < 0.45:
        return sch + "github.com/" + hs.strip("-")
    if k < 0.55:
        return sch + rng.choice(["x.com/", "x.com/", "twitter.com/"]) + h.replace(".", "_")
    if k < 0.65:
        return sch + "medium.com/@" + h
    if k < 0.72:
        return sch + "bsky.app/profile/" + hs + ".bsky.social"
    if k < 0.79:
        return sch + romanize_latin(h) + ".substack.com"
    if k < 0.87:
        return sch + "calendly.com/" + hs + rng.choice(["", "/30min", "/intro-call", "/15min"])
    return sch + "askfirst.example/u/" + h


def s_url(c):
    return [(profile_url(c), "URL")]


def s_handle(c):
    name, h, cult = pick_member(c, None if c.rng.random() < 0.5 else c.rng.choice(LATIN_CULTS))
    return [("@" + h, "HANDLE")]


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS = {"de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
          "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}


def n_date(c):
    rng = c.rng
    y, m, d = rng.randint(2015, 2027), rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randint(0, 9)
    if c.lang in ("ja", "zh") and k < 5:
        s = "%d年%d月%d日" % (y, m, d)
    elif c.lang == "ko" and k < 5:
        s = "%d년 %d월 %d일" % (y, m, d)
    elif c.lang in MONTHS and k < 4:
        s = "%d. %s %d" % (d, MONTHS[c.lang][m - 1], y) if c.lang == "de" else "%d %s %d" % (d, MONTHS[c.lang][m - 1], y)
        if c.lang in ("es", "pt"):
            s = "%d de %s de %d" % (d, MONTHS[c.lang][m - 1], y)
    elif k == 0:
        s = "%d-%02d-%02d" % (y, m, d)
    elif k == 1:
        s = "%02d.%02d.%d" % (d, m, y)
    elif k == 2:
        s = "%02d/%02d/%d" % (m, d, y)
    elif k == 3:
        s = "%02d/%02d/%d" % (d, m, y)
    elif k == 4:
        s = "%s %d, %d" % (MONTHS_EN[m - 1], d, y)
    elif k == 5:
        s = "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y)
    elif k == 6:
        s = "%d-%02d-%02dT%02d:%02d:00Z" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59))
    elif k == 7:
        s = "%s %d" % (MONTHS_EN[m - 1], y)
    elif k == 8:
        s = "%d.%d.%d" % (d, m, y)
    else:
        s = "%02d/%d" % (m, y)
    return [(s, "N:date")]


def n_time(c):
    rng = c.rng
    h, mi = rng.randint(0, 23), rng.choice([0, 15, 30, 45, 5, 50])
    s = rng.choice(["%02d:%02d" % (h, mi), "%d:%02d %s" % (h % 12 or 12, mi, rng.choice(["AM", "PM", "am", "pm"])),
                    "%dh%02d" % (h, mi), "%02d.%02d" % (h, mi), "%02d:%02d:%02d" % (h, mi, rng.randint(0, 59)),
                    "%d:%02d–%d:%02d" % (h, mi, (h + 1) % 24, mi), "%dpm" % rng.randint(1, 11),
                    "%02d:%02d CET" % (h, mi)])
    return [(s, "N:time")]


def money(rng, lo, hi):
    return rng.randint(lo, hi)


def n_price(c):
    rng = c.rng
    v = money(rng, 5, 250000)
    k = rng.randint(0, 13)
    s = ["$%s.%02d" % ("{:,}".format(v), rng.randint(0, 99)), "€%s" % "{:,}".format(v).replace(",", "."),
         "%s €" % "{:,}".format(v).replace(",", "."), "%s,%02d €" % ("{:,}".format(v).replace(",", "."), rng.randint(0, 99)),
         "¥%s" % "{:,}".format(v * 10), "R$ %s,%02d" % ("{:,}".format(v).replace(",", "."), rng.randint(0, 99)),
         "₹%s" % "{:,}".format(v), "£%d.%02d" % (v % 1000, rng.randint(0, 99)), "CHF %s.–" % "{:,}".format(v).replace(",", "’"),
         "US$ %dk" % (v % 400 + 40), "$%d/hr" % (v % 200 + 20), "%s ₽" % "{:,}".format(v).replace(",", " "),
         "₩%s" % "{:,}".format(v * 100), "%d.%02d USD" % (v, rng.randint(0, 99))][k]
    return [(s, "N:price")]


def n_order(c):
    rng = c.rng
    s = rng.choice(["%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)), "PO-%d-%s" % (rng.randint(2019, 2026), digits(rng, 6)),
                    "#%s" % digits(rng, 9), "45%s" % digits(rng, 8), "SO-%s" % digits(rng, 5),
                    "%s-%s-%s" % (digits(rng, 6), digits(rng, 4), digits(rng, 4)), "ORD-%s" % rs(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                    "W%s" % digits(rng, 10)])
    return [(s, "N:order_number")]


def n_ticket(c):
    rng = c.rng
    s = rng.choice(["INC%s" % digits(rng, 7), "%s-%d" % (rng.choice(["JIRA", "PROJ", "OPS", "SEC", "PLAT", "DATA"]), rng.randint(10, 99999)),
                    "#%s" % digits(rng, 6), "Case %s" % digits(rng, 8), "CS-%d-%02d-%s" % (rng.randint(2020, 2026), rng.randint(1, 12), digits(rng, 4)),
                    "SR %s-%s" % (rng.randint(1, 3), digits(rng, 10)), "RITM%s" % digits(rng, 7), "CHG%s" % digits(rng, 7)])
    return [(s, "N:ticket_number")]


def isbn13(rng):
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_isbn(c):
    rng = c.rng
    if rng.random() < 0.25:
        b = digits(rng, 9)
        cs = sum((10 - i) * int(x) for i, x in enumerate(b)) % 11
        ch = (11 - cs) % 11
        s = b + ("X" if ch == 10 else str(ch))
        s = "%s-%s-%s-%s" % (s[0], s[1:4], s[4:9], s[9]) if rng.random() < 0.7 else s
    else:
        s = isbn13(rng)
        if rng.random() < 0.7:
            g = rng.choice([1, 1, 2])
            p = rng.randint(2, 5)
            s = "%s-%s-%s-%s-%s" % (s[:3], s[3:3 + g], s[3 + g:3 + g + p], s[3 + g + p:12], s[12])
    return [(s, "N:isbn")]


def n_version(c):
    rng = c.rng
    s = rng.choice(["v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 40)),
                    "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 200)),
                    "%d.%d.%d-rc.%d" % (rng.randint(0, 5), rng.randint(0, 20), 0, rng.randint(1, 5)),
                    "%d.%d" % (rng.randint(2019, 2026), rng.randint(1, 4)), "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)),
                    "%d.%d.%d-%d-generic" % (rng.randint(4, 6), rng.randint(0, 19), 0, rng.randint(10, 120))])
    return [(s, "N:version")]


def n_patent(c):
    rng = c.rng
    s = rng.choice(["US %s,%s,%s B2" % (rng.randint(9, 12), digits(rng, 3), digits(rng, 3)),
                    "US %d/%s A1" % (rng.randint(2015, 2025), "0" + digits(rng, 6)),
                    "EP %s %s %s B1" % (rng.randint(2, 4), digits(rng, 3), digits(rng, 3)),
                    "WO %d/%s" % (rng.randint(2015, 2025), digits(rng, 6)),
                    "DE 10 %d %s %s.%d" % (rng.randint(2015, 2024), digits(rng, 3), digits(rng, 3), rng.randint(0, 9)),
                    "CN %s A" % (dig1(rng, 9)), "JP %d-%s A" % (rng.randint(2015, 2024), digits(rng, 6)),
                    "US%s,%s,%s" % (rng.randint(10, 12), digits(rng, 3), digits(rng, 3))])
    return [(s, "N:patent")]


def n_ip(cat):
    def f(c):
        ip = ipv4_neg(c.rng, cat)
        if c.rng.random() < 0.15:
            return [(ip, "N:" + cat), (port_suffix(c.rng), None)]
        return [(ip, "N:" + cat)]
    return f


def n_ipversion(c):
    rng = c.rng
    return [("%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 255)), "N:ip_version")]


def n_v6(c):
    return [(ipv6_nonglobal(c.rng), "N:ipv6_nonglobal")]


def n_card(c):
    return [(card(c.rng, False), "N:card_luhn_invalid")]


def n_iban(c):
    return [(iban(c.rng, None, False), "N:iban_bad_check")]


def n_ssn(c):
    return [(ssn(c.rng, False), "N:ssn_invalid")]


def n_url(cat):
    def f(c):
        rng = c.rng
        co = rng.choice(COS)
        sch = rng.choice(["https://", "https://", "", "http://"])
        www = "www." if rng.random() < 0.5 else ""
        if cat == "url_company":
            u = rng.choice([sch + www + "linkedin.com/company/" + co + rng.choice(["", "/", "/about/"]),
                            sch + www + co + rng.choice([".com", ".io", ".de", ".co"]) + rng.choice(["", "/about", "/en/company"]),
                            sch + www + "crunchbase.com/organization/" + co,
                            sch + www + co + ".com/en/about-us"])
        elif cat == "url_careers":
            u = rng.choice([sch + "careers." + co + ".com/jobs/" + digits(rng, 5),
                            sch + www + "linkedin.com/jobs/view/" + digits(rng, 10) + rng.choice(["", "/"]),
                            sch + "boards.greenhouse.io/" + co.replace("-", "") + "/jobs/" + digits(rng, 7),
                            sch + "jobs.lever.co/" + co + "/" + "-".join(rs(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
                            sch + co + ".wd3.myworkdayjobs.com/en-US/External/job/Berlin/Data-Engineer_R" + digits(rng, 6),
                            sch + www + co + ".com/careers" + rng.choice(["", "/engineering", "/open-roles"])])
        elif cat == "url_docs":
            u = rng.choice([sch + "docs.python.org/3/library/" + rng.choice(["re", "asyncio", "json", "typing"]) + ".html",
                            sch + "developer.mozilla.org/en-US/docs/Web/HTTP/Headers/" + rng.choice(["Cache-Control", "ETag", "Vary"]),
                            sch + "kubernetes.io/docs/concepts/" + rng.choice(["workloads/pods/", "services-networking/service/"]),
                            sch + "learn.microsoft.com/en-us/azure/" + rng.choice(["aks/", "storage/blobs/"]),
                            sch + "docs." + co + ".io/v" + str(rng.randint(1, 4)) + "/getting-started",
                            sch + "docs.github.com/en/actions/" + rng.choice(["quickstart", "using-workflows"]),
                            sch + "www.postgresql.org/docs/16/" + rng.choice(["indexes.html", "sql-vacuum.html"])])
        elif cat == "url_paper":
            u = rng.choice([sch + "arxiv.org/abs/%02d%02d.%s" % (rng.randint(18, 25), rng.randint(1, 12), digits(rng, 5)),
                            sch + "arxiv.org/pdf/%02d%02d.%sv%d" % (rng.randint(18, 25), rng.randint(1, 12), digits(rng, 5), rng.randint(1, 3)),
                            sch + "doi.org/10.%s/%s" % (rng.choice(["1145", "1038", "1109", "1016"]), rs(rng, 10, "0123456789.abcdefs-")),
                            sch + "aclanthology.org/20%d.%s.%d/" % (rng.randint(19, 25), rng.choice(["acl-long", "emnlp-main", "findings-acl"]), rng.randint(1, 900)),
                            sch + "openreview.net/forum?id=" + rs(rng, 10),
                            sch + "dl.acm.org/doi/10.1145/%s.%s" % (digits(rng, 7), digits(rng, 7))])
        elif cat == "url_ticket":
            u = rng.choice([sch + www + "eventbrite.com/e/" + rng.choice(["data-summit", "women-in-tech-breakfast", "founders-night"]) + "-tickets-" + digits(rng, 12),
                            sch + "ti.to/" + rng.choice(["pyconde", "rustfest", "leadingeng"]) + "/20" + str(rng.randint(23, 27)),
                            sch + "lu.ma/" + rs(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"),
                            sch + www + "meetup.com/" + rng.choice(["berlin-python", "lagos-devs", "tokyo-ml"]) + "/events/" + digits(rng, 9) + "/",
                            sch + www + "eventim.de/event/tech-konferenz-" + digits(rng, 7) + "/",
                            sch + www + "ticketmaster.com/event/" + rs(rng, 16, "0123456789ABCDEF")])
        else:
            u = rng.choice([sch + "forms.gle/" + rs(rng, 17), sch + "docs.google.com/forms/d/e/1FAIpQL" + rs(rng, 50) + "/viewform",
                            sch + co + ".typeform.com/to/" + rs(rng, 8), sch + "tally.so/r/" + rs(rng, 6),
                            sch + www + "surveymonkey.com/r/" + rs(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                            sch + "forms.office.com/r/" + rs(rng, 10)])
        return [(u, "N:" + cat)]
    return f


def n_at(c):
    return [("@", "N:at_not_handle")]


def n_atchan(c):
    return [(c.rng.choice(["@here", "@channel", "@everyone", "@all", "@team", "@home", "@office"]), "N:at_not_handle")]


def n_atdeco(c):
    return [(c.rng.choice(["@property", "@dataclass", "@staticmethod", "@Override", "@Autowired", "@media",
                           "@import", "@mixin", "@keyframes", "@param", "@returns", "@deprecated", "@Test"]), "N:at_not_handle")]


def n_atpkg(c):
    return [(c.rng.choice(["@angular/core", "@types/node", "@vue/cli", "@babel/preset-env", "@next/font",
                           "@scale/sdk", "react@latest", "typescript@5.4"]), "N:at_not_handle")]


def n_org(c):
    rng = c.rng
    f = rng.choice(FIRMS)
    r = rng.random()
    if r < 0.35:
        s = f
    elif r < 0.5:
        s = f.replace(" ", " & ", 1)
    else:
        s = f + " " + rng.choice(FIRM_SUFFIX)
    return [(s, "N:org_name")]


def n_place(c):
    return [(c.rng.choice(PLACES)[0], "N:place_name")]


def n_eponym(c):
    rng = c.rng
    if c.lang in EPONYMS_L and rng.random() < 0.8:
        return [(rng.choice(EPONYMS_L[c.lang]), "N:eponym")]
    return [(rng.choice(EPONYMS)[0], "N:eponym")]


GEN = {"EMAIL": s_email, "EMAILO": s_emailo, "MAILTO": s_mailto, "PHONE": s_phone, "PHONEI": s_phonei,
       "PHONEZH": s_phonezh, "IP4": s_ip4, "IP4P": lambda c: s_ip4(c, True), "IP6": s_ip6,
       "IP6P": lambda c: s_ip6(c, True), "CARD": lambda c: [(card(c.rng), "CREDIT_CARD")],
       "IBAN": lambda c: [(iban(c.rng), "IBAN")], "SSN": lambda c: [(ssn(c.rng), "US_SSN")],
       "URL": s_url, "HANDLE": s_handle, "NAME": s_name, "ATNAME": s_atname, "POSS": s_poss,
       "GREET": s_greet, "GREETW": s_greetw, "date": n_date, "time": n_time, "price": n_price,
       "order": n_order, "ticket": n_ticket, "isbn": n_isbn, "version": n_version, "patent": n_patent,
       "ip_private": n_ip("ip_private"), "ip_loopback": n_ip("ip_loopback"),
       "ip_link_local": n_ip("ip_link_local"), "ip_documentation": n_ip("ip_documentation"),
       "ip_reserved": n_ip("ip_reserved"), "ip_version": n_ipversion, "ipv6_nonglobal": n_v6,
       "card_bad": n_card, "iban_bad": n_iban, "ssn_bad": n_ssn,
       "url_company": n_url("url_company"), "url_careers": n_url("url_careers"), "url_docs": n_url("url_docs"),
       "url_paper": n_url("url_paper"), "url_ticket": n_url("url_ticket"), "url_form": n_url("url_form"),
       "at": n_at, "atchan": n_atchan, "atdeco": n_atdeco, "atpkg": n_atpkg, "org": n_org,
       "place": n_place, "eponym": n_eponym}


# ----------------------------------------------------------------------------- records

SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)\}|\[\[([^\]]+)\]\]")
LATIN_CULTS += ["firm", "eponym", "place"]
WORD_EN = ("Will Grace Rose June Mark Bill Hope Faith Dawn Summer Joy Iris Ivy Hunter Chase Drew Pat "
           "Frank Ray Penny Holly Heather Daisy Lily Olive Pearl Amber Ruby Jade Sky Robin Max Sue Dean "
           "Reed Miles Gene Art Crystal Sandy Sunny Autumn Brooke River Sterling Cash Guy Rusty Jack Bob "
           "Nick Don Rob Carol").split()


def parse_templates():
    pools = {}
    for lang, block in T.items():
        lst = []
        for line in block.strip("\n").split("\n"):
            if not line.strip():
                continue
            cats = set()
            for m in SLOT_RE.finditer(line):
                if m.group(1):
                    slot = m.group(1)
                    if slot not in GEN:
                        raise SystemExit("unknown slot %s in %r" % (slot, line))
                    cats.add(SLOT_CAT[slot])
                    if slot == "MAILTO":
                        cats.add("mailto")
                else:
                    cats.add("name_word")
            lst.append((line, sorted(cats)))
        pools[lang] = lst
    return pools


def fill(tpl, c):
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            pieces.append((tpl[pos:m.start()], None))
        if m.group(1):
            pieces.extend(GEN[m.group(1)](c))
        else:
            pieces.append((m.group(2), "N:name_word"))
        pos = m.end()
    if pos < len(tpl):
        pieces.append((tpl[pos:], None))
    return pieces


CAT_WEIGHT = {"PERSON": 8.0, "EMAIL": 2.5, "PHONE": 3.0, "HANDLE": 2.5, "URL": 2.0, "IPV4": 1.3}
KINDS = [("post", 30), ("comment", 24), ("headline", 10), ("about", 12), ("experience", 10), ("message", 14)]


class Builder:
    def __init__(self, d, rng):
        self.d, self.rng = d, rng
        self.pools = parse_templates()
        self.count = {k: 0 for k in TYPES + NEG_CATS}
        self.langs = sorted(LANG_WEIGHT)
        self.lw = [LANG_WEIGHT[l] for l in self.langs]
        self.by_cat = {}
        for lang in self.langs:
            for i, (tpl, cats) in enumerate(self.pools[lang]):
                for cat in cats:
                    self.by_cat.setdefault((lang, cat), []).append(i)
        self.greet = {lang: [i for i, (t, cats) in enumerate(self.pools[lang])
                             if "{GREET" in t] for lang in self.langs}

    def choose(self, lang):
        rng = self.rng
        if rng.random() < 0.12:
            lang = rng.choice(self.langs)
        pool = self.pools[lang]
        if rng.random() < 0.8:
            avail = sorted({cat for (l, cat) in self.by_cat if l == lang},
                           key=lambda k: (self.count[k] / CAT_WEIGHT.get(k, 1.0), k))
            cat = rng.choice(avail[:3])
            return lang, pool[rng.choice(self.by_cat[(lang, cat)])][0]
        return lang, rng.choice(pool)[0]

    def record(self, rid):
        rng = self.rng
        lang = rng.choices(self.langs, self.lw)[0]
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        n = {"post": rng.randint(1, 4), "comment": rng.randint(1, 2), "headline": rng.randint(1, 2),
             "about": rng.randint(2, 4), "experience": rng.randint(1, 3), "message": rng.randint(2, 3)}[kind]
        for attempt in range(60):
            parts = []
            nsp = nneg = 0
            if kind == "message" and self.greet[lang] and rng.random() < 0.8:
                t = self.pools[lang][rng.choice(self.greet[lang])][0]
                p = fill(t, Ctx(self.d, rng, lang))
                parts.append(p)
                nsp += sum(1 for _, lab in p if lab and not lab.startswith("N:") and lab != "ok")
                nneg += sum(1 for _, lab in p if lab and lab.startswith("N:"))
            tries = 0
            used = set()
            while len(parts) < n and tries < 12:
                tries += 1
                tl, t = self.choose(lang)
                if t in used:
                    continue
                used.add(t)
                p = fill(t, Ctx(self.d, rng, tl))
                a = sum(1 for _, lab in p if lab and not lab.startswith("N:") and lab != "ok")
                b = sum(1 for _, lab in p if lab and lab.startswith("N:"))
                if nsp + a > 6 or nneg + b > 4:
                    continue
                parts.append(p)
                nsp, nneg = nsp + a, nneg + b
            if rng.random() < 0.35:
                parts.insert(rng.randint(0, len(parts)), [(rng.choice(FILLER[lang]), None)])
            sep = " | " if kind == "headline" else rng.choice([" ", " ", "\n", "\n\n", " "])
            pieces = []
            for i, p in enumerate(parts):
                if i:
                    pieces.append((sep, None))
                pieces.extend(p)
            text, spans, negs, ok = "", [], [], []
            for s, lab in pieces:
                st = len(text)
                text += s
                if lab is None:
                    continue
                if lab == "ok":
                    ok.append((st, len(text)))
                elif lab.startswith("N:"):
                    negs.append({"start": st, "end": len(text), "category": lab[2:]})
                else:
                    spans.append({"start": st, "end": len(text), "type": lab})
            if self.d.clean(text, spans, negs, ok):
                for s in spans:
                    self.count[s["type"]] += 1
                for s in negs:
                    self.count[s["category"]] += 1
                return {"id": "r%d" % rid, "lang": lang, "kind": kind, "text": text, "spans": spans,
                        "negatives": negs}
        raise SystemExit("could not build a clean record %d" % rid)


TOK_RE = re.compile(r"\w+(?:['’\-]\w+)*")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def setup_clean(d):
    d.fullnames = set()
    d.cjknames = set()
    for name, h, cult in d.members:
        if cult in ("zh", "ja", "ko"):
            d.cjknames.add(name)
        else:
            d.fullnames.add(fold_name(name).lower())
    d.firsts = set(fold_name(n.split()[0]).lower() for n, _, _ in d.members)
    d.handle_set = d.handles

    def clean(text, spans, negs, ok):
        m = list(text)
        for s in spans + negs:
            for i in range(s["start"], s["end"]):
                m[i] = "\0"
        for a, b in ok:
            for i in range(a, b):
                m[i] = "\0"
        masked = "".join(m)
        if "@" in masked:
            return False
        toks = [fold_name(t).lower() for t in TOK_RE.findall(masked)]
        for i in range(len(toks)):
            for n in (2, 3, 4):
                if i + n <= len(toks) and " ".join(toks[i:i + n]) in d.fullnames:
                    return False
        for run in CJK_RE.findall(masked):
            for n in (2, 3, 4):
                for i in range(len(run) - n + 1):
                    if run[i:i + n] in d.cjknames:
                        return False
        return True
    d.clean = clean


def finish_directory(d):
    fem = set(x[0] for x in pairs(NATIVE["el"][0]))
    d.el_f = [i for i in d.by_culture["el"] if d.members[i][0].split()[0] in fem]
    d.word_en = WORD_EN
    setup_clean(d)
    firsts = set(fold_name(n.split()[0]).lower() for n, _, _ in d.members)
    for lang, block in T.items():
        for m in SLOT_RE.finditer(block):
            if m.group(2) and fold_name(m.group(2)).lower() not in firsts:
                raise SystemExit("name_word %r is no member's first name" % m.group(2))


def generate(out, nrec, nmem, seed):
    rng = random.Random(seed)
    d = Directory(nmem, random.Random(seed * 7919 + 1))
    finish_directory(d)
    os.makedirs(out, exist_ok=True)
    d.write(os.path.join(out, "members.jsonl"))
    b = Builder(d, rng)
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i in range(1, nrec + 1):
            f.write(json.dumps(b.record(i), ensure_ascii=False) + "\n")
    return d, b


# ----------------------------------------------------------------------------- self-check

PROFILE_RE = re.compile(r"^(https?://)?(www\.|[a-z]{2}\.)?(linkedin\.com/in/|github\.com/|x\.com/|twitter\.com/|"
                        r"medium\.com/@|bsky\.app/profile/|calendly\.com/|askfirst\.example/u/|[a-z0-9]+\.substack\.com)")


def selfcheck(out, d):
    members = {}
    names = set()
    handles = set()
    firsts = set()
    with open(os.path.join(out, "members.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            names.add(fold_name(r["name"]).lower())
            firsts.add(fold_name(r["name"].split()[0]).lower())
            assert r["handle"] not in handles, r
            handles.add(r["handle"])
    cnt = {}
    nrec = 0
    langs = set()
    kinds = set()
    with open(os.path.join(out, "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            nrec += 1
            langs.add(r["lang"])
            kinds.add(r["kind"])
            t = r["text"]
            allsp = sorted([(s["start"], s["end"], s.get("type") or s.get("category")) for s in r["spans"] + r["negatives"]])
            for a, b in zip(allsp, allsp[1:]):
                assert a[1] <= b[0], (r["id"], a, b)
            assert [(s["start"], s["end"]) for s in r["spans"]] == sorted((s["start"], s["end"]) for s in r["spans"])
            assert len(r["spans"]) <= 6 and len(r["negatives"]) <= 4, r["id"]
            for s in r["spans"]:
                v = t[s["start"]:s["end"]]
                assert 0 <= s["start"] < s["end"] <= len(t) and v == v.strip() and v, (r["id"], v)
                ty = s["type"]
                cnt[ty] = cnt.get(ty, 0) + 1
                dg = re.sub(r"\D", "", v)
                if ty == "EMAIL":
                    assert re.search(r"@|\[at\]|\(at\)|\[AT\]", v) and not v.startswith("mailto"), v
                elif ty == "PHONE":
                    assert 8 <= len(dg) <= 15 and v[-1].isdigit() and (v[0] in "+(" or v[0].isdigit()), v
                elif ty == "IPV4":
                    assert ip4_class(v) == "global", v
                elif ty == "IPV6":
                    assert ip6_global(v), v
                elif ty == "CREDIT_CARD":
                    assert luhn_ok(dg) and len(dg) in (15, 16) and re.match(r"^(4|5[1-5]|2[2-7]|3[47]|6011|64[4-9]|65)", dg), v
                    if dg[:4].isdigit() and dg[0] == "2":
                        assert 2221 <= int(dg[:4]) <= 2720, v
                elif ty == "IBAN":
                    c = v.replace(" ", "")
                    assert iban_ok(c) and len(c) == IBAN_LEN[c[:2]], v
                elif ty == "US_SSN":
                    assert re.match(r"^\d{3}([- ])\d{2}\1\d{4}$", v) and ssn_ok(v), v
                elif ty == "URL":
                    assert PROFILE_RE.match(v) and v[-1] not in ".,)", v
                elif ty == "HANDLE":
                    assert v[0] == "@" and v[1:] in handles, v
                elif ty == "PERSON":
                    fv = fold_name(v).lower()
                    assert fv in names or fv in firsts, v
            for s in r["negatives"]:
                v = t[s["start"]:s["end"]]
                cat = s["category"]
                assert v and cat in NEG_CATS, (r["id"], cat)
                cnt[cat] = cnt.get(cat, 0) + 1
                dg = re.sub(r"\D", "", v)
                if cat == "card_luhn_invalid":
                    assert not luhn_ok(dg), v
                elif cat == "iban_bad_check":
                    c = v.replace(" ", "")
                    assert not iban_ok(c) and len(c) == IBAN_LEN[c[:2]], v
                elif cat == "ssn_invalid":
                    assert not ssn_ok(v), v
                elif cat in ("ip_private", "ip_loopback", "ip_link_local", "ip_documentation", "ip_reserved"):
                    assert ip4_class(v) == cat, (v, cat)
                elif cat == "ipv6_nonglobal":
                    assert not ip6_global(v), v
                elif cat == "ip_version":
                    assert re.match(r"^\d+\.\d+\.\d+\.\d+$", v) and all(int(x) <= 255 for x in v.split(".")), v
                elif cat == "mailto":
                    assert v == "mailto:", v
                elif cat == "at_not_handle":
                    assert "@" in v and v.lstrip("@").split("/")[0] not in handles, v
                elif cat == "name_word":
                    assert fold_name(v).lower() in firsts, v
                elif cat == "place_name" or cat == "eponym":
                    pass
            if not d.clean(t, r["spans"], r["negatives"], [(i, i + 1) for i, ch in enumerate(t) if ch == "@" and any(s["start"] == i + 1 and s["type"] == "PERSON" for s in r["spans"])]):
                raise AssertionError("unlabelled member name or stray @ in %s" % r["id"])
    return nrec, cnt, langs, kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true",
                    help="also generate a second time into a temporary directory and run all assertions")
    a = ap.parse_args()
    d, b = generate(a.out, a.records, a.members, a.seed)
    if not a.selfcheck:
        return
    nrec, cnt, langs, kinds = selfcheck(a.out, d)
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp, a.records, a.members, a.seed)
        for fn in ("members.jsonl", "corpus.jsonl"):
            with open(os.path.join(a.out, fn), "rb") as x, open(os.path.join(tmp, fn), "rb") as y:
                assert x.read() == y.read(), "not deterministic: " + fn
    print("selfcheck ok: %d records, %d languages, kinds %s" % (nrec, len(langs), ",".join(sorted(kinds))))
    for k in TYPES + NEG_CATS:
        print("  %-18s %d" % (k, cnt.get(k, 0)))
    low = [k for k in TYPES + NEG_CATS if cnt.get(k, 0) < 150 * nrec / 5000]
    if low:
        print("WARNING: under-represented: " + ", ".join(low))


if __name__ == "__main__":
    main()
