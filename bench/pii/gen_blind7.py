#!/usr/bin/env python3
"""gen_blind7.py - an independent, labelled PII test corpus for askfirst's `lib/pii` engine.

Written BLIND on 2026-11-29 from two sources only: the product's definition of personal data in
issue 3 (`issues show 3`: the type table, its "not this" column and the targets) and
bench/pii/score.py (for the input format).  No engine source, test, doc or other generator was
read, and the engine was not run on this corpus while writing it.

  gen_blind7.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl (the member directory, {"user","name","handle"} per line) and
DIR/corpus.jsonl ({"id","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive), plus DIR/gold_as_pred.jsonl (the gold spans
under the key "pii", so that `score.py corpus.jsonl gold_as_pred.jsonl` is a 100% sanity check).
Python 3 standard library only; deterministic for a given seed.

Covers: social-network text (posts, comments, profile headlines and about sections, job posts,
recommendations, event notices, DMs turned into posts) in 25 languages (en de fr es pt it nl pl
sv cs ro tr ru uk el ar he hi zh ja ko th vi id sw) and their scripts (Latin, Cyrillic, Greek,
Arabic, Hebrew, Devanagari, Han, Kana, Hangul, Thai), with PII glued to CJK/Thai text.
Types and how spans are labelled (issue 3's table):
  EMAIL        personal, work and role addresses, lightly obfuscated ([at], (at), {at}, [dot]);
               mailto:, <>, quotes and trailing punctuation outside the span
  PHONE        US/CA UK DE FR IN BR JP AU CN ES IT NL NG national and international formats,
               bare E.164, separators space - . / NBSP and (0); a few KR/RU/TR international ones
  IPV4 / IPV6  globally routable only (checked with ipaddress.is_global); :port, /cidr and
               [ ]:port outside
  CREDIT_CARD  Luhn-valid Visa, Mastercard 51-55 and 2221-2720, Amex, Discover; compact,
               space or dash grouped
  IBAN         mod-97 valid, right length per country, compact or grouped by four
  US_SSN       valid area/group/serial, dashes or spaces
  URL          profile links carrying a handle (linkedin.com/in, github, x/twitter, medium @,
               bsky, substack, calendly) with or without scheme; trailing . and ) outside
  HANDLE       @handle of a member (the span includes the @)
  PERSON       member names from members.jsonl: full names in any case, without diacritics,
               possessive (`Anja Weber's` -> `Anja Weber`), `@Full Name` mentions (span = the
               name without @), first name alone in greetings/thanks, CJK/Hangul full names
               glued to text, names in Cyrillic, Greek, Arabic, Hebrew, Devanagari and Thai
Hard negatives (category names): date, time, price, order_number, ticket_number, isbn, version,
version_ip, patent, tracking_number, private_ip, loopback_ip, link_local_ip, doc_ip, reserved_ip,
cgnat_ip, nonglobal_ipv6, luhn_invalid, bad_iban, bad_ssn, company_url, careers_url, docs_url,
paper_url, event_url, form_url, repo_url, at_not_handle, org_name, place_name, eponym,
ordinary_word.  Member names deliberately include firm names (Morgan Stanley, Charles Schwab,
Hugo Boss...), place names (Alice Springs, Victoria Falls, Charlotte...), eponyms (Grace Hopper,
Ada Lovelace, Max Planck, ... Dijkstra, Parkinson) and ordinary words (Will, Grace, Rose, Hope,
Mark, May; Rosa, Luz, Paz; Ernst; Pierre; Graça; Вера, Надежда), so those negatives are real.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

# ----------------------------------------------------------------------------- name pools


def W(s):
    return s.split()


def P(s):
    """'native:roman native:roman ...' -> list of (native, roman)."""
    return [tuple(x.split(":")) for x in s.split()]


LATIN = {
    "en": (W("James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara "
             "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy "
             "Anthony Betty Steven Ashley Andrew Emily Joshua Kimberly Kevin Donna Brian Michelle Ryan "
             "Amanda Jacob Melissa Gary Stephanie Nicole Tyler Olivia Ethan Chloe Liam Ava Noah Mia "
             "Owen Zoe Caleb Hannah Dylan Abigail Siobhan Niamh Declan Aoife Eilidh Callum"),
           W("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson "
             "Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Adams Baker "
             "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins "
             "Stewart Morris Murphy Cook Rogers Reed Bailey Cooper Richardson Howard Ward Peterson "
             "Hughes Bennett Barnes Henderson Coleman Jenkins Perry Powell Patterson Foster Sanders "
             "O'Brien O'Connor McAllister MacLeod Fitzgerald Kowalczyk-Reid")),
    "de": (W("Anja Lukas Leon Finn Jonas Paul Felix Maximilian Lena Hannah Lea Sophie Marie Katharina "
             "Julia Sabine Stefan Andreas Jürgen Uwe Birgit Ute Jörg Björn Günter Matthias Tobias "
             "Niklas Jannik Greta Frieda Emilia Wiebke Hauke Dörte Sönke"),
           W("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
             "Bauer Richter Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange "
             "Schmitt Werner Krause Lehmann Köhler Herrmann König Huber Kaiser Fuchs Scholz Möller "
             "Vogel Friedrich Keller Günther Berger Winkler Lorenz Baumann Albrecht Schuster Böhm "
             "Kraus Schumacher Krämer Vogt Jäger Seidel Brandt Haas Schreiber Dietrich Ziegler Kühn "
             "Pohl Engel Bergmann Voigt Sauer Arnold Hansen-Petersen")),
    "fr": (W("Camille Léa Manon Chloé Inès Jade Louise Emma Zoé Lucas Hugo Louis Gabriel Arthur Jules "
             "Théo Raphaël Maël Élodie Sébastien Frédéric Stéphane Hélène Amélie Aurélie Benoît "
             "Clément Jérôme Grégoire Margaux Océane Anaïs Noémie François"),
           W("Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent Lefèvre Michel "
             "Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet "
             "Garnier Faure Rousseau Guérin Roussel Perrin Morin Gauthier Chevalier Masson Boyer "
             "Lemaire Duval Meunier Marchand Dufour Blanchard Barbier Brunet Leclerc Rivière Ménard "
             "Carré Prévost Lacroix Bourgeois Delacroix")),
    "es": (W("María José Lucía Carmen Sofía Martina Paula Valentina Alejandro Javier Sergio Diego Pablo "
             "Álvaro Adrián Andrés Iñaki Nuria Begoña Ainhoa Raúl Ramón Jesús Ángel Víctor Mónica "
             "Verónica Inés Ximena Camilo Joaquín"),
           W("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
             "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
             "Vázquez Ramos Ramírez Serrano Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio "
             "Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Prieto Méndez "
             "Calvo Gallego Márquez Herrera Peña Cabrera Fuentes Carrasco Ibáñez Benítez Echeverría")),
    "pt": (W("João Maria Ana Beatriz Luísa Gabriela Mariana Larissa Thiago Lucas Matheus Gustavo Rafael "
             "Felipe Bruno Leandro Fernanda Juliana Camila Letícia Vinícius Caio Conceição Antônio "
             "Sebastião Tânia"),
           W("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
             "Martins Carvalho Almeida Lopes Sousa Fernandes Vieira Barbosa Rocha Dias Nascimento "
             "Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Gonçalves Teixeira Araújo "
             "Correia Azevedo Cavalcanti Monteiro Magalhães Brandão")),
    "it": (W("Giulia Francesca Chiara Sara Martina Alessia Federica Giorgia Marco Alessandro Lorenzo "
             "Matteo Andrea Davide Riccardo Niccolò Tommaso Gianluca Pierluigi Lucrezia Benedetta "
             "Ludovica"),
           W("Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti Mancini "
             "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
             "Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola D'Angelo Cavalli")),
    "nl": (W("Daan Sem Levi Bram Thijs Jesse Sanne Femke Lotte Fleur Anouk Eva Noor Maarten Joris "
             "Pieter Willem Hendrik Ingrid Marijke"),
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "van der Meer", "Kok", "de Haan", "Vermeulen", "Hoekstra", "Verhoeven",
            "Koster", "Prins", "Huisman", "Kuipers", "Postma", "Veenstra"]),
    "pl": (W("Anna Katarzyna Małgorzata Agnieszka Zofia Zuzanna Maja Piotr Krzysztof Tomasz Paweł "
             "Michał Łukasz Grzegorz Wojciech Jakub Szymon Bartłomiej Jędrzej"),
           W("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
             "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski "
             "Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Majewski Stępień")),
    "sv": (W("Erik Lars Karl Anders Johan Per Nils Sven Oskar Elsa Maja Astrid Sofia Linnéa Saga Ebba "
             "Wilma Åsa"),
           W("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
             "Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg Magnusson Lindström Lindqvist "
             "Lindgren Axelsson Bergström Lundgren Åberg Öberg Sjöberg Nyström")),
    "cs": (W("Jiří Jan Petr Tomáš Martin Lukáš Ondřej Jakub Tereza Eliška Kateřina Lucie Barbora "
             "Markéta Zdeněk"),
           W("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek "
             "Růžička Beneš Fiala Sedláček Doležal Zeman")),
    "ro": (W("Andrei Alexandru Ștefan Mihai Ionuț Cristian Elena Ioana Andreea Mihaela Alexandra "
             "Bianca Răzvan Sorina"),
           W("Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin "
             "Țurcanu Mărginean Vlădescu")),
    "tr": (W("Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim İsmail Yusuf Emre Burak Zeynep Elif Ayşe "
             "Fatma Emine Hatice Merve Büşra Şule Gökçe Özge Çağla Deniz"),
           W("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
             "Aslan Çetin Koç Özkan Şimşek Polat Korkmaz Erdoğan Güneş")),
    "vi": (W("Anh Bình Châu Dũng Giang Hà Hải Hương Khánh Linh Minh Ngọc Phương Quân Thảo Trang Tuấn "
             "Vy Thu Lan"),
           W("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")),
    "id": (W("Budi Agus Dewi Siti Sri Putri Rizky Andi Wahyu Fitri Ayu Eko Joko Indah Rina Bayu "
             "Kadek Ketut"),
           W("Santoso Wijaya Saputra Hidayat Pratama Kusuma Susanto Setiawan Nugroho Halim Gunawan "
             "Purnomo Lestari Wibowo Siregar Simanjuntak")),
    "sw": (W("Wanjiru Achieng Akinyi Njeri Amani Baraka Juma Otieno Kamau Mwangi Neema Zawadi Imani "
             "Wairimu Kiprono"),
           W("Mwangi Otieno Kamau Njoroge Ochieng Wambui Kariuki Odhiambo Mutua Kipchoge Mushi "
             "Chepkoech Omondi Kimani")),
    "ng": (W("Chinedu Ngozi Chiamaka Emeka Oluwaseun Adebayo Funmilayo Tunde Ifeoma Obinna Yetunde "
             "Babatunde Kelechi Amaka Tolulope Temitope Ọlámidé Adéọlá"),
           W("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Bello Abubakar Olawale Chukwu "
             "Afolabi Ibekwe Ojo Adébáyọ̀ Olúwaṣẹ́un")),
    "in": (W("Aarav Vihaan Ananya Diya Saanvi Ishaan Kabir Lakshmi Venkatesh Priya Rahul Arjun Sneha "
             "Karthik Deepa Suresh Meenakshi Harpreet Gurpreet"),
           W("Sharma Verma Gupta Singh Kumar Patel Mehta Joshi Reddy Nair Menon Pillai Banerjee "
             "Chatterjee Mukherjee Iyer Srinivasan Rao Bhattacharya Krishnamurthy")),
    "ar": (W("Mohammed Ahmed Omar Youssef Khaled Hassan Fatima Aisha Maryam Nour Layla Reem Huda "
             "Karim Tariq Rania"),
           W("Haddad Mansour Saeed Abdullah Nasser Khoury Al-Ali Al-Hassan Al-Khatib Al-Shammari "
             "Al-Qahtani El-Sayed Farouk Hamdan")),
    "ru": (W("Aleksandr Dmitry Maxim Sergey Andrey Alexey Ilya Kirill Mikhail Nikita Anna Maria Elena "
             "Olga Natalia Tatiana Ekaterina Irina Yulia Daria"),
           W("Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
             "Morozov Volkov Lebedev Egorov Pavlov Kozlov Orlov")),
    "zh": (W("Wei Fang Na Min Jing Lei Jun Yang Yong Yan Jie Tao Ming Chao Xia Haoran Yutong Xinyi "
             "Zixuan Siyuan Jiayi"),
           W("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao")),
    "ja": (W("Shota Daisuke Kenta Takuya Hina Yui Sakura Misaki Aoi Ren Yuma Naoki Megumi Haruto"),
           W("Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida "
             "Yamada")),
    "ko": (W("Minjun Seoyeon Jihoon Subin Doyun Haeun Hyunwoo Jimin Seojun Yujin Jiwoo"),
           W("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han")),
}

NATIVE = {
    # (firsts, lasts, joiner, order)  order "fl" first+last, "lf" last+first
    "zh": (P("伟:Wei 芳:Fang 娜:Na 秀英:Xiuying 敏:Min 静:Jing 磊:Lei 军:Jun 洋:Yang 勇:Yong 艳:Yan "
             "杰:Jie 娟:Juan 涛:Tao 秀兰:Xiulan 霞:Xia 桂英:Guiying 子涵:Zihan 浩然:Haoran 雨桐:Yutong "
             "欣怡:Xinyi 梓轩:Zixuan 思远:Siyuan 嘉怡:Jiayi 宇航:Yuhang 晓燕:Xiaoyan"),
           P("王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 徐:Xu 孙:Sun "
             "朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin 罗:Luo 梁:Liang 宋:Song 郑:Zheng 谢:Xie 韩:Han 唐:Tang "
             "冯:Feng 欧阳:Ouyang 司马:Sima"), "", "lf"),
    "ja": (P("翔太:Shota 大輔:Daisuke 健太:Kenta 拓也:Takuya 陽菜:Hina 結衣:Yui さくら:Sakura "
             "美咲:Misaki 葵:Aoi 蓮:Ren 悠真:Yuma 花子:Hanako 直樹:Naoki 恵:Megumi 陽翔:Haruto "
             "由美子:Yumiko"),
           P("佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 田中:Tanaka 伊藤:Ito 渡辺:Watanabe 山本:Yamamoto "
             "中村:Nakamura 小林:Kobayashi 加藤:Kato 吉田:Yoshida 山田:Yamada 松本:Matsumoto "
             "井上:Inoue 木村:Kimura"), "", "lf"),
    "ko": (P("민준:Minjun 서연:Seoyeon 지훈:Jihoon 수빈:Subin 예은:Yeeun 도윤:Doyun 하은:Haeun "
             "현우:Hyunwoo 지민:Jimin 서준:Seojun 유진:Yujin 지우:Jiwoo 승민:Seungmin 다은:Daeun"),
           P("김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim 한:Han "
             "신:Shin 권:Kwon 황:Hwang"), "", "lf"),
    "ru": (P("Александр:Aleksandr Дмитрий:Dmitry Максим:Maxim Сергей:Sergey Андрей:Andrey "
             "Алексей:Alexey Артём:Artyom Илья:Ilya Кирилл:Kirill Михаил:Mikhail Никита:Nikita "
             "Анна:Anna Мария:Maria Елена:Elena Ольга:Olga Наталья:Natalia Татьяна:Tatiana "
             "Екатерина:Ekaterina Ирина:Irina Юлия:Yulia Дарья:Daria"),
           P("Иванов:Ivanov Смирнов:Smirnov Кузнецов:Kuznetsov Попов:Popov Васильев:Vasiliev "
             "Петров:Petrov Соколов:Sokolov Михайлов:Mikhailov Новиков:Novikov Фёдоров:Fedorov "
             "Морозов:Morozov Волков:Volkov Лебедев:Lebedev Семёнов:Semyonov Егоров:Egorov "
             "Козлов:Kozlov Орлов:Orlov"), " ", "fl"),
    "uk": (P("Олександр:Oleksandr Андрій:Andrii Тарас:Taras Богдан:Bohdan Остап:Ostap Дмитро:Dmytro "
             "Василь:Vasyl Микола:Mykola Оксана:Oksana Олена:Olena Ірина:Iryna Наталія:Nataliia "
             "Світлана:Svitlana Юлія:Yuliia Софія:Sofiia Ганна:Hanna"),
           P("Шевченко:Shevchenko Коваленко:Kovalenko Бондаренко:Bondarenko Ткаченко:Tkachenko "
             "Кравченко:Kravchenko Олійник:Oliinyk Шевчук:Shevchuk Коваль:Koval Поліщук:Polishchuk "
             "Бойко:Boiko Мельник:Melnyk Лисенко:Lysenko Руденко:Rudenko Савченко:Savchenko "
             "Марченко:Marchenko"), " ", "fl"),
    "el": (P("Γιώργος:Giorgos Γιάννης:Giannis Κώστας:Kostas Δημήτρης:Dimitris Νίκος:Nikos "
             "Παναγιώτης:Panagiotis Βασίλης:Vasilis Χρήστος:Christos Μαρία:Maria Ελένη:Eleni "
             "Κατερίνα:Katerina Σοφία:Sofia Αγγελική:Angeliki Δέσποινα:Despoina Ειρήνη:Eirini"),
           P("Παπαδόπουλος:Papadopoulos Παπαδάκης:Papadakis Οικονόμου:Oikonomou Νικολάου:Nikolaou "
             "Καραγιάννης:Karagiannis Βλάχος:Vlachos Αντωνίου:Antoniou Ιωάννου:Ioannou "
             "Μακρής:Makris Γεωργίου:Georgiou"), " ", "fl"),
    "ar": (P("محمد:Mohammed أحمد:Ahmed علي:Ali عمر:Omar يوسف:Youssef خالد:Khaled حسن:Hassan "
             "فاطمة:Fatima عائشة:Aisha مريم:Maryam نور:Nour ليلى:Layla سارة:Sara هدى:Huda ريم:Reem "
             "كريم:Karim"),
           P("حداد:Haddad منصور:Mansour سعيد:Saeed عبدالله:Abdullah ناصر:Nasser خوري:Khoury "
             "العلي:Alali الخطيب:Alkhatib الشمري:Alshammari القحطاني:Alqahtani الزعبي:Alzoubi "
             "حمدان:Hamdan"), " ", "fl"),
    "he": (P("נועה:Noa תמר:Tamar מיכל:Michal יעל:Yael שירה:Shira אביגיל:Avigail דוד:David "
             "יוסף:Yosef משה:Moshe אורי:Uri איתי:Itai נועם:Noam יונתן:Yonatan עומר:Omer"),
           P("כהן:Cohen לוי:Levi מזרחי:Mizrahi פרץ:Peretz ביטון:Biton אברהם:Avraham פרידמן:Friedman "
             "שפירא:Shapira אזולאי:Azoulay גולן:Golan רוזן:Rosen"), " ", "fl"),
    "hi": (P("राहुल:Rahul अमित:Amit विकास:Vikas अर्जुन:Arjun रोहित:Rohit संजय:Sanjay प्रिया:Priya "
             "अनीता:Anita पूजा:Pooja नेहा:Neha दीपिका:Deepika कविता:Kavita आदित्य:Aditya ईशा:Isha"),
           P("शर्मा:Sharma वर्मा:Verma गुप्ता:Gupta सिंह:Singh कुमार:Kumar पटेल:Patel मेहता:Mehta "
             "जोशी:Joshi अग्रवाल:Agarwal यादव:Yadav मिश्रा:Mishra चौधरी:Chaudhary"), " ", "fl"),
    "th": (P("สมชาย:Somchai สมศักดิ์:Somsak ประเสริฐ:Prasert วิชัย:Wichai นภา:Napa สุดา:Suda "
             "มาลี:Malee กาญจนา:Kanchana ธนพล:Thanaphon ณัฐวุฒิ:Nattawut พิมพ์ชนก:Pimchanok "
             "ปิยะ:Piya"),
           P("ใจดี:Jaidee ศรีสุข:Srisuk วงศ์สวัสดิ์:Wongsawat สุขสันต์:Suksan ทองดี:Thongdee "
             "แก้วมณี:Kaewmanee บุญมา:Boonma รัตนพันธ์:Rattanaphan"), " ", "fl"),
}

CULTURE_WEIGHTS = [
    ("en", 16), ("de", 7), ("fr", 6), ("es", 7), ("pt", 5), ("it", 4), ("nl", 3), ("pl", 3),
    ("sv", 2), ("cs", 2), ("ro", 2), ("tr", 3), ("vi", 2), ("id", 2), ("sw", 2), ("ng", 3),
    ("in", 5), ("ar", 2), ("ru", 1), ("zh", 2), ("ja", 1), ("ko", 1),
    ("n:zh", 5), ("n:ja", 3), ("n:ko", 3), ("n:ru", 3), ("n:uk", 2), ("n:el", 2), ("n:ar", 2),
    ("n:he", 2), ("n:hi", 2), ("n:th", 2),
]

# Members whose names are also firms, places, eponyms or ordinary words (hard negatives).
SPECIAL_MEMBERS = [
    "Morgan Stanley", "Charles Schwab", "John Lewis", "Hugo Boss", "Calvin Klein", "Ralph Lauren",
    "Ted Baker", "Paul Hastings", "Arthur Andersen", "Jack Daniel", "Dean Witter", "Tory Burch",
    "Michael Kors", "Kate Spade", "Tommy Hilfiger", "Marcus Goldman", "Enzo Ferrari",
    "Alice Springs", "Victoria Falls", "Lincoln Park", "Charlotte Amalie", "Santa Clara",
    "Grace Hopper", "Ada Lovelace", "Alan Turing", "Marie Curie", "Max Planck", "Francis Crick",
    "Nelson Mandela", "Edsger Dijkstra", "James Parkinson", "Rudolf Kalman", "Burton Bloom",
    "Henry Gantt", "Gordon Moore", "Vladimir Levenshtein", "Thomas Bayes", "Joseph Fourier",
    "Charlotte Weber", "Austin Carter", "Florence Martin", "Sydney Young", "Madison Clark",
    "Eugene Park", "Regina Novak", "Victoria Lewis", "Jackson Reed", "Georgia Evans",
    "Will Turner", "Will Power", "Grace Miller", "Rose Campbell", "Hope Jenkins", "Mark Foster",
    "May Collins", "Frank Wright", "Joy Adams", "Summer Hughes", "Dawn Perry", "Bill Howard",
    "Faith Coleman", "Rich Sanders", "Art Powell", "Sunny Patel", "Rosa Jiménez", "Luz Romero",
    "Paz Ortega", "Dolores Fuentes", "Mercedes Navarro", "Pilar Serrano", "Ernst Becker",
    "Pierre Lambert", "Graça Ribeiro", "Vitória Nunes", "Вера Соколова", "Надежда Петрова",
    "Любовь Орлова",
]
RESERVED_HANDLES = set(W("everyone here channel all team admin google microsoft openai github nasa "
                          "who un home office support siemens spotify nvidia aws apple"))

# ----------------------------------------------------------------------------- helpers


def fold(s):
    """Lower case and strip combining marks (diacritic-insensitive comparison key)."""
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def strip_marks(s):
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))


def ascii_slug(s):
    s = strip_marks(s).replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ß", "ss").replace("ı", "i")
    return re.sub(r"[^a-z0-9]", "", s.lower())


def is_cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0xF900 <= o <= 0xFAFF)


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


IBAN_SPEC = {  # country: (length, bban pattern: n digit, a upper letter, c alnum)
    "DE": (22, "18n"), "FR": (27, "10n11n2n"), "GB": (22, "4a14n"), "ES": (24, "20n"),
    "IT": (27, "1a10n12n"), "NL": (18, "4a10n"), "BE": (16, "12n"), "AT": (20, "16n"),
    "CH": (21, "5n12n"), "PL": (28, "24n"), "PT": (25, "21n"), "IE": (22, "4a14n"),
    "SE": (24, "20n"), "NO": (15, "11n"), "DK": (18, "14n"), "FI": (18, "14n"), "LU": (20, "3n13n"),
    "TR": (26, "5n1n16n"), "SA": (24, "2n18n"), "AE": (23, "3n16n"), "IL": (23, "19n"),
    "GR": (27, "7n16n"), "CZ": (24, "20n"), "HU": (28, "24n"), "RO": (24, "4a16n"),
    "BR": (29, "23n1a1n"),
}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_make(rng, cc):
    ln, pat = IBAN_SPEC[cc]
    bban = ""
    for n, k in re.findall(r"(\d+)([nac])", pat):
        for _ in range(int(n)):
            bban += rng.choice("0123456789" if k == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    chk = 98 - iban_mod(cc + "00" + bban)
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == ln and iban_mod(s) == 1
    return s


def iban_valid(s):
    s = s.replace(" ", "")
    return (s[:2] in IBAN_SPEC and len(s) == IBAN_SPEC[s[:2]][0] and s[2:4].isdigit()
            and iban_mod(s) == 1)


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


def ip_global(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


# ----------------------------------------------------------------------------- members


class Member:
    __slots__ = ("user", "name", "handle", "first", "roman", "script", "cul", "glued")


def build_members(n, rng):
    members = []
    handles = set(RESERVED_HANDLES)
    cul_names = [c for c, _ in CULTURE_WEIGHTS]
    cul_w = [w for _, w in CULTURE_WEIGHTS]

    def mk_handle(rf, rl):
        f, l = ascii_slug(rf), ascii_slug(rl)
        if not f:
            f = "user"
        styles = [f + l, f + "_" + l, f[0] + l, l + f, f + l[:1], f + "." + l]
        base = rng.choice(styles)[:24]
        h = base
        while h in handles or len(h) < 3:
            h = base + str(rng.randint(1, 9999))
        handles.add(h)
        return h

    def add(name, first, roman, rf, rl, script, cul, glued=False):
        m = Member()
        m.user = "u%d" % (len(members) + 1)
        m.name, m.first, m.roman, m.script, m.cul, m.glued = name, first, roman, script, cul, glued
        m.handle = mk_handle(rf, rl)
        members.append(m)

    specials = list(SPECIAL_MEMBERS)
    while len(members) < n:
        if specials and rng.random() < 0.01 + (len(specials) / max(1, n - len(members))):
            nm = specials.pop(0)
            f, l = nm.split(" ", 1)
            cyr = not nm.isascii() and "\u0400" <= nm[0] <= "\u04ff"
            rf = {"Вера": "Vera", "Надежда": "Nadezhda", "Любовь": "Lyubov"}.get(f, f)
            rl = {"Соколова": "Sokolova", "Петрова": "Petrova", "Орлова": "Orlova"}.get(l, l)
            add(nm, f, rf + " " + rl, rf, rl, "cyr" if cyr else "latin", "ru" if cyr else "en")
            continue
        cul = rng.choices(cul_names, cul_w)[0]
        if cul.startswith("n:"):
            c = cul[2:]
            firsts, lasts, joiner, order = NATIVE[c]
            f, l = rng.choice(firsts), rng.choice(lasts)
            if c in ("ru",) and f[0][-1] in "ая":  # female: surname ending
                l = (l[0] + "а", l[1] + "a")
            if c == "el" and f[0][-1] in "αηή":
                fem = {"Παπαδόπουλος": ("Παπαδοπούλου", "Papadopoulou"), "Παπαδάκης":
                       ("Παπαδάκη", "Papadaki"), "Καραγιάννης": ("Καραγιάννη", "Karagianni"),
                       "Βλάχος": ("Βλάχου", "Vlachou"), "Μακρής": ("Μακρή", "Makri")}
                l = fem.get(l[0], l)
            name = (l[0] + joiner + f[0]) if order == "lf" else (f[0] + joiner + l[0])
            roman = f[1] + " " + l[1]
            script = {"zh": "cjk", "ja": "cjk", "ko": "cjk", "ru": "cyr", "uk": "cyr", "el": "greek",
                      "ar": "arab", "he": "hebr", "hi": "deva", "th": "thai"}[c]
            add(name, f[0], roman, f[1], l[1], script, c, glued=(joiner == ""))
        else:
            firsts, lasts = LATIN[cul]
            f, l = rng.choice(firsts), rng.choice(lasts)
            if cul == "pl" and f.endswith("a") and l.endswith("ki"):
                l = l[:-1] + "a"
            if cul == "ru" and f.endswith("a") and l.endswith(("ov", "ev", "in")):
                l = l + "a"
            if cul == "cs" and f in ("Tereza", "Eliška", "Kateřina", "Lucie", "Barbora", "Markéta"):
                l = l[:-1] + "á" if l.endswith("ý") else (l[:-1] + "ová" if l.endswith("a") else l + "ová")
            if cul == "vi":
                mid = rng.choice(["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh"])
                name, first = "%s %s %s" % (l, mid, f), f
            elif cul in ("zh", "ja", "ko") and rng.random() < 0.3:
                name, first = l + " " + f, f  # family-name-first romanisation
            else:
                name, first = f + " " + l, f
            add(name, first, name, f, l, "latin", cul)
    return members


# ----------------------------------------------------------------------------- value generators

EMAIL_DOMAINS = {
    "en": W("gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me aol.com btinternet.com "
            "hotmail.co.uk bigpond.com shaw.ca"),
    "de": W("gmx.de web.de t-online.de posteo.de gmail.com mailbox.org"),
    "fr": W("orange.fr free.fr laposte.net gmail.com sfr.fr"),
    "es": W("gmail.com hotmail.es yahoo.es telefonica.net outlook.es"),
    "pt": W("uol.com.br bol.com.br gmail.com terra.com.br sapo.pt"),
    "it": W("libero.it alice.it gmail.com virgilio.it tiscali.it"),
    "nl": W("ziggo.nl kpnmail.nl gmail.com hetnet.nl"),
    "pl": W("wp.pl onet.pl o2.pl interia.pl gmail.com"),
    "sv": W("telia.com bredband.net gmail.com"), "cs": W("seznam.cz centrum.cz email.cz"),
    "ro": W("yahoo.ro gmail.com"), "tr": W("yandex.com.tr hotmail.com gmail.com"),
    "ru": W("mail.ru yandex.ru rambler.ru gmail.com"), "uk": W("ukr.net i.ua gmail.com"),
    "el": W("otenet.gr yahoo.gr gmail.com"), "ar": W("gmail.com hotmail.com outlook.sa"),
    "he": W("walla.co.il gmail.com bezeqint.net"), "hi": W("rediffmail.com gmail.com yahoo.co.in"),
    "zh": W("qq.com 163.com 126.com sina.com aliyun.com"),
    "ja": W("yahoo.co.jp docomo.ne.jp gmail.com ezweb.ne.jp"),
    "ko": W("naver.com daum.net kakao.com gmail.com"), "th": W("hotmail.co.th gmail.com"),
    "vi": W("gmail.com yahoo.com.vn"), "id": W("yahoo.co.id gmail.com"),
    "sw": W("gmail.com yahoo.co.ke"),
}
COMPANIES = [("acme", "io"), ("northwind-labs", "com"), ("brightpath", "ai"),
             ("kontor-nord", "de"), ("lumenworks", "co.uk"), ("atelier-sauvage", "fr"),
             ("tecnored", "es"), ("nuvem-azul", "com.br"), ("fabbrica-digitale", "it"),
             ("tulpdata", "nl"), ("mostek", "pl"), ("fjordsoft", "se"), ("deepharbor", "ai"),
             ("sakura-works", "jp"), ("hanbit-lab", "kr"), ("jinshan-cloud", "cn"),
             ("pixelforge", "dev"), ("quantfold", "com"), ("greenloop", "org"),
             ("lagos-fintech", "ng"), ("mumbai-mobility", "in"), ("kiwi-analytics", "co.nz"),
             ("savanna-pay", "co.ke"), ("orbitale", "eu")]
ROLE_LOCALS = W("jobs careers hr recruiting talent hello info contact press hiring people bewerbung "
                "recrutement empleo vagas lavora sollicitatie")


def g_email(rng, m, lang, role=False):
    if role:
        co, tld = rng.choice(COMPANIES)
        return "%s@%s.%s" % (rng.choice(ROLE_LOCALS), co, tld)
    parts = m.roman.split()
    f, l = ascii_slug(parts[0]), ascii_slug(parts[-1])
    if not f:
        f = "mail"
    loc = rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, l + "." + f, f + l[:1],
                      f + "." + l + str(rng.randint(1, 99)), f + str(rng.randint(70, 2005)),
                      f + "+jobs", f + "-" + l])
    loc = loc.strip(".") or "mail"
    if rng.random() < 0.25:
        co, tld = rng.choice(COMPANIES)
        dom = co + "." + tld
    else:
        dom = rng.choice(EMAIL_DOMAINS.get(lang, EMAIL_DOMAINS["en"]))
    if rng.random() < 0.05:
        loc = loc[0].upper() + loc[1:]
    return loc + "@" + dom


def obfuscate(rng, e):
    loc, dom = e.split("@")
    k = rng.randrange(6)
    if k == 0:
        return "%s [at] %s" % (loc, dom.replace(".", " [dot] "))
    if k == 1:
        return "%s(at)%s" % (loc, dom)
    if k == 2:
        return "%s [at] %s" % (loc, dom)
    if k == 3:
        return "%s(at)%s" % (loc, dom.replace(".", "(dot)"))
    if k == 4:
        return "%s {at} %s" % (loc, dom.replace(".", " {dot} "))
    return "%s[at]%s" % (loc, dom)


def deobfuscate(s):
    s = re.sub(r"\s*[\[\(\{]at[\]\)\}]\s*", "@", s)
    return re.sub(r"\s*[\[\(\{]dot[\]\)\}]\s*", ".", s)


EMAIL_RE = re.compile(r"[A-Za-z0-9_+\-][A-Za-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}")


def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng, n):
    return rng.choice("23456789") + D(rng, n - 1)


def phone_for(rng, cc):
    r = rng.random
    if cc in ("US", "CA"):
        area = rng.choice(W("212 213 206 303 305 312 404 415 503 512 617 646 702 713 718 773 808 917 "
                            "919 972" if cc == "US" else "416 604 514 403 613 780 902 647"))
        ex = nz(rng, 3)
        while ex in ("555",) or ex[1:] == "11":
            ex = nz(rng, 3)
        ln = D(rng, 4)
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                           "+1 (%s) %s-%s", "1-%s-%s-%s", "%s %s %s"]) % (area, ex, ln)
    if cc == "UK":
        k = rng.randrange(3)
        if k == 0:
            mob = "7" + rng.choice("45789") + D(rng, 2)
            rest = D(rng, 6)
            return rng.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s-%s"]) % (mob, rest)
        if k == 1:
            a, b = rng.choice("378") + D(rng, 3), D(rng, 4)
            return rng.choice(["020 %s %s", "+44 20 %s %s", "+44 (0)20 %s %s", "(020) %s %s"]) % (a, b)
        area = rng.choice(W("161 121 131 141 113 117 151 191"))
        return rng.choice(["0%s %s %s", "+44 %s %s %s", "+44 (0)%s %s %s"]) % (area, nz(rng, 3), D(rng, 4))
    if cc == "DE":
        if r() < 0.5:
            pre = rng.choice(W("151 152 157 160 162 170 171 172 173 175 176 177 178 179"))
            num = nz(rng, rng.choice([7, 8]))
            return rng.choice(["0%s %s", "0%s-%s", "0%s/%s", "+49 %s %s", "+49 (0)%s %s",
                               "+49 %s %s"]) % (pre, num if r() < .7 else num[:4] + " " + num[4:])
        area = rng.choice(W("30 89 40 221 69 711 211 341 351 511"))
        num = nz(rng, 10 - len(area) if len(area) == 2 else 7)
        return rng.choice(["0%s %s", "0%s/%s", "0%s-%s", "+49 %s %s", "+49-%s-%s", "+49 (0)%s %s",
                           "(0%s) %s"]) % (area, num)
    if cc == "FR":
        d = rng.choice("1234567") + D(rng, 8)
        pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
        sep = rng.choice([" ", ".", "-", " "])
        k = rng.randrange(4)
        if k == 0:
            return "0" + d[0] + sep + sep.join(pairs)
        if k == 1:
            return "+33 " + d[0] + " " + " ".join(pairs)
        if k == 2:
            return "+33 (0)" + d[0] + " " + " ".join(pairs)
        return "+33" + d
    if cc == "IN":
        if r() < 0.75:
            m = rng.choice("6789") + D(rng, 9)
            return rng.choice(["+91 %s %s", "+91-%s-%s", "0%s %s", "%s %s", "+91 %s%s"]) % (m[:5], m[5:])
        return rng.choice(["+91 22 %s %s", "022-%s %s", "+91 80 %s %s", "080-%s%s"]) % (nz(rng, 4), D(rng, 4))
    if cc == "BR":
        ddd = rng.choice(W("11 21 31 41 51 61 71 81 85 19"))
        if r() < 0.6:
            a, b = "9" + D(rng, 4), D(rng, 4)
        else:
            a, b = rng.choice("2345") + D(rng, 3), D(rng, 4)
        return rng.choice(["(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s", "%s %s-%s"]) % (ddd, a, b)
    if cc == "JP":
        if r() < 0.5:
            p, a, b = rng.choice(["090", "080", "070"]), D(rng, 4), D(rng, 4)
            return rng.choice(["%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p[1:], a, b),
                               "+81 %s %s %s" % (p[1:], a, b), "%s %s %s" % (p, a, b)])
        if r() < 0.5:
            a, b = nz(rng, 4), D(rng, 4)
            return rng.choice(["03-%s-%s", "+81 3-%s-%s", "+81 3 %s %s", "(03) %s-%s"]) % (a, b)
        return rng.choice(["06-%s-%s", "+81 6-%s-%s"]) % (nz(rng, 4), D(rng, 4))
    if cc == "AU":
        if r() < 0.6:
            m = "4" + D(rng, 8)
            return rng.choice(["0%s %s %s" % (m[:3], m[3:6], m[6:]), "+61 %s %s %s" % (m[:3], m[3:6], m[6:]),
                               "04%s %s" % (m[1:3], m[3:6] + " " + m[6:]), "+61%s" % m])
        a = rng.choice("2378")
        return rng.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s"]) % (a, nz(rng, 4), D(rng, 4))
    if cc == "CN":
        if r() < 0.65:
            m = "1" + rng.choice("3589") + D(rng, 9)
            return rng.choice(["%s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s %s %s" % (m[:3], m[3:7], m[7:]),
                               "+86 %s" % m, m, "%s-%s-%s" % (m[:3], m[3:7], m[7:])])
        area = rng.choice(["10", "21", "20", "755", "571"])
        num = nz(rng, 8 if len(area) == 2 else 7)
        return rng.choice(["0%s-%s", "(0%s) %s", "+86 %s %s", "0%s %s"]) % (area, num)
    if cc == "ES":
        if r() < 0.6:
            m = rng.choice("67") + D(rng, 8)
            return rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]),
                               "+34 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]),
                               "+34 %s %s %s" % (m[:3], m[3:6], m[6:]), "+34%s" % m])
        m = "9" + rng.choice("1345") + D(rng, 7)
        return rng.choice(["%s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "+34 %s %s %s" % (m[:3], m[3:6], m[6:])])
    if cc == "IT":
        if r() < 0.6:
            m = "3" + rng.choice("234589") + D(rng, 8)
            return rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]), "+39 %s %s %s" % (m[:3], m[3:6], m[6:]),
                               "%s-%s" % (m[:3], m[3:]), "+39 %s" % m])
        a = rng.choice(["06", "02", "055", "011"])
        num = nz(rng, 8 if len(a) == 2 else 7)
        return rng.choice(["%s %s %s", "+39 %s %s %s"]) % (a, num[:4], num[4:])
    if cc == "NL":
        if r() < 0.6:
            m = nz(rng, 8)
            return rng.choice(["06-%s" % m, "06 %s %s" % (m[:4], m[4:]), "+31 6 %s" % m,
                               "+31 (0)6 %s %s" % (m[:4], m[4:]), "+316%s" % m])
        a = rng.choice(["20", "10", "30", "70"])
        m = nz(rng, 7)
        return rng.choice(["0%s-%s %s", "+31 %s %s %s", "0%s %s %s"]) % (a, m[:3], m[3:])
    if cc == "NG":
        p = rng.choice(W("803 805 806 807 703 706 813 816 902 901 810"))
        a, b = D(rng, 3), D(rng, 4)
        return rng.choice(["0%s %s %s", "+234 %s %s %s", "+234 (0)%s %s %s", "0%s-%s-%s", "0%s%s%s"]) % (p, a, b)
    if cc == "KR":
        a, b = nz(rng, 4), D(rng, 4)
        return rng.choice(["+82 10-%s-%s", "+82 10 %s %s"]) % (a, b)
    if cc == "RU":
        p, a, b, c = "9" + D(rng, 2), D(rng, 3), D(rng, 2), D(rng, 2)
        return rng.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"]) % (p, a, b, c)
    if cc == "TR":
        p, a, b, c = "5" + D(rng, 2), D(rng, 3), D(rng, 2), D(rng, 2)
        return rng.choice(["+90 %s %s %s %s", "+90 (%s) %s %s %s"]) % (p, a, b, c)
    raise KeyError(cc)


def g_phone(rng, countries):
    if rng.random() < 0.07:  # bare E.164
        cc = rng.choice(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL", "NG"])
        s = phone_for(rng, cc)
        while not s.startswith("+"):
            s = phone_for(rng, cc)
        return "+" + re.sub(r"\D", "", s.replace("(0)", ""))
    s = phone_for(rng, rng.choice(countries))
    if rng.random() < 0.08:
        s = s.replace(" ", "\u00a0")
    return s


def g_ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ip_global(s):
            return s


V6_PREFIXES = ["2001:4860", "2a00:1450", "2606:4700", "2a03:2880", "2400:cb00", "2a01:4f8",
               "2604:a880", "2001:67c", "2a02:26f0", "2c0f:fb50", "2405:200", "2800:3f0",
               "2620:fe", "2a0a:e5c0", "2409:8a1e", "240e:3b4"]


def g_ipv6(rng, full=False):
    while True:
        p = rng.choice(V6_PREFIXES).split(":")
        groups = p + ["%x" % rng.randrange(0x10000) for _ in range(8 - len(p))]
        if rng.random() < 0.5:  # typical zero runs
            k = rng.randint(2, 5)
            for i in range(k, min(8, k + rng.randint(1, 3))):
                groups[i] = "0"
        ip = ipaddress.IPv6Address(":".join(groups))
        if not ip_global(str(ip)):
            continue
        return ip.exploded if full else str(ip)


CARD_KINDS = [("visa", 16), ("mc", 16), ("mc2", 16), ("amex", 15), ("disc", 16)]


def card_digits(rng):
    k, ln = rng.choice(CARD_KINDS)
    if k == "visa":
        pre = "4"
    elif k == "mc":
        pre = str(rng.randint(51, 55))
    elif k == "mc2":
        pre = str(rng.randint(2221, 2720))
    elif k == "amex":
        pre = rng.choice(["34", "37"])
    else:
        pre = rng.choice(["6011", "65", str(rng.randint(644, 649))])
    return luhn_complete(pre + D(rng, ln - len(pre) - 1))


def fmt_card(rng, d):
    sep = rng.choice(["", " ", " ", "-"])
    if len(d) == 15:
        return group(d, [4, 6, 5], sep)
    return group(d, [4, 4, 4, 4], sep)


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
            or d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649)


def g_ssn(rng, valid=True):
    a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    while a == 666:
        a = rng.randint(1, 899)
    if not valid:
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
    sep = "-" if rng.random() < 0.8 else " "
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def g_profile_url(rng, m):
    h = m.handle.replace(".", "")
    host = rng.randrange(9)
    if host == 0:
        slug = rng.choice([h, ascii_slug(m.roman.split()[0]) + "-" + ascii_slug(m.roman.split()[-1]),
                           h + "-" + "%x" % rng.randrange(0x10000, 0xfffff)])
        u = "linkedin.com/in/" + slug + rng.choice(["", "", "/"])
        pre = rng.choice(["https://www.", "https://", "www.", "", "https://de.", "http://www."])
    elif host == 1:
        u, pre = "github.com/" + h, rng.choice(["https://", "", "https://www."])
    elif host == 2:
        u, pre = "x.com/" + h, rng.choice(["https://", "", "https://www."])
    elif host == 3:
        u, pre = "twitter.com/" + h, rng.choice(["https://", "", "https://www.", "https://mobile."])
    elif host == 4:
        u, pre = "medium.com/@" + h, rng.choice(["https://", ""])
    elif host == 5:
        u, pre = "bsky.app/profile/" + h + ".bsky.social", rng.choice(["https://", ""])
    elif host == 6:
        u, pre = h + ".substack.com", rng.choice(["https://", ""])
    elif host == 7:
        u = "calendly.com/" + h + rng.choice(["", "/30min", "/intro-call", "/15min"])
        pre = rng.choice(["https://", ""])
    else:
        u, pre = "github.com/" + h + rng.choice(["", "/"]), "https://"
    return pre + u


# ----------------------------------------------------------------------------- negatives

MONTHS_EN = W("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")


def n_date(rng, lang):
    y, mo, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    iso = "%d-%02d-%02d" % (y, mo, d)
    if rng.random() < 0.2:
        return iso
    if lang == "en":
        return rng.choice(["%d/%d/%d" % (mo, d, y), "%s %d, %d" % (MONTHS_EN[mo - 1], d, y),
                           "%d %s %d" % (d, MONTHS_EN[mo - 1], y), "%02d/%02d/%d" % (mo, d, y)])
    if lang in ("de", "pl", "ru", "uk", "tr", "cs", "ro"):
        return rng.choice(["%02d.%02d.%d" % (d, mo, y), "%d.%d.%d" % (d, mo, y), "%02d.%02d." % (d, mo)])
    if lang in ("zh", "ja"):
        return rng.choice(["%d年%d月%d日" % (y, mo, d), "%d/%02d/%02d" % (y, mo, d)])
    if lang == "ko":
        return rng.choice(["%d년 %d월 %d일" % (y, mo, d), "%d.%02d.%02d" % (y, mo, d)])
    if lang == "nl":
        return "%d-%d-%d" % (d, mo, y)
    if lang == "sv":
        return iso
    return rng.choice(["%02d/%02d/%d" % (d, mo, y), "%d/%d/%d" % (d, mo, y)])


def n_time(rng, lang):
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45])
    if lang == "en":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM"),
                           "%02d:%02d" % (h, m), "%d:%02d–%d:%02d" % (h, m, h + 2, m)])
    if lang == "fr":
        return rng.choice(["%dh%02d" % (h, m), "%dh" % h])
    if lang == "de":
        return rng.choice(["%d:%02d Uhr" % (h, m), "%d.%02d Uhr" % (h, m)])
    return rng.choice(["%02d:%02d" % (h, m), "%d:%02d–%d:%02d" % (h, m, h + 1, m)])


def n_price(rng, lang):
    a = rng.randint(5, 250000)
    c = rng.randint(0, 99)
    en = "{:,}".format(a)
    eu = en.replace(",", ".")
    return rng.choice({
        "en": ["$%s" % en, "$%s.%02d" % (en, c), "£%s" % en, "USD %s" % en, "$%dk" % rng.randint(60, 250)],
        "de": ["%s,%02d €" % (eu, c), "%s €" % eu, "EUR %s" % eu, "CHF %s.–" % en.replace(",", "'")],
        "fr": ["%s €" % en.replace(",", "\u202f"), "%s,%02d €" % (en.replace(",", " "), c)],
        "es": ["%s €" % eu, "%s,%02d €" % (eu, c), "MXN $%s" % en],
        "pt": ["R$ %s,%02d" % (eu, c), "R$ %s" % eu], "it": ["€ %s,%02d" % (eu, c), "%s €" % eu],
        "nl": ["€ %s,-" % eu, "€%s" % eu], "pl": ["%s zł" % en.replace(",", " ")],
        "sv": ["%s kr" % en.replace(",", " ")], "cs": ["%s Kč" % en.replace(",", " ")],
        "ro": ["%s lei" % eu], "tr": ["₺%s" % eu, "%s TL" % eu], "ru": ["%s ₽" % en.replace(",", " ")],
        "uk": ["%s грн" % en.replace(",", " ")], "el": ["%s €" % eu], "ar": ["%s ر.س" % en, "AED %s" % en],
        "he": ["₪%s" % en], "hi": ["₹%s" % en, "₹ %s/-" % en], "zh": ["¥%s" % en, "%s元" % a],
        "ja": ["¥%s" % en, "%s円" % en], "ko": ["₩%s" % en, "%s원" % en], "th": ["฿%s" % en, "%s บาท" % en],
        "vi": ["%s ₫" % eu, "%sđ" % eu], "id": ["Rp %s" % eu], "sw": ["KSh %s" % en],
    }.get(lang, ["$%s" % en]))


def n_order(rng, lang):
    return rng.choice(["%s-%s-%s" % (D(rng, 3), D(rng, 7), D(rng, 7)),
                       "%d%s" % (rng.randint(2024, 2026), D(rng, 10)), "#" + D(rng, 8), "A" + D(rng, 9),
                       "%s-%s" % (rng.choice(W("WEB DE FR ES")), D(rng, 8)), "#%d-%s" % (rng.randint(2024, 2026), D(rng, 6))])


def n_ticket(rng, lang):
    return rng.choice(["INC%07d" % rng.randint(1, 9999999), "%s-%d" % (rng.choice(W("PROJ OPS SEC WEB INFRA")), rng.randint(10, 9999)),
                       "#" + D(rng, 8), "%d-%07d" % (rng.randint(2024, 2026), rng.randint(1, 9999999)),
                       "SR-%s" % D(rng, 6), "CS" + D(rng, 8)])


def n_isbn(rng, lang):
    if rng.random() < 0.7:
        b = "978" + rng.choice("0123") + D(rng, 8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
        d = b + str((10 - s % 10) % 10)
        return rng.choice(["%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12]), d,
                           "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])])
    b = rng.choice("0123") + D(rng, 8)
    s = sum(int(c) * (10 - i) for i, c in enumerate(b))
    c = (11 - s % 11) % 11
    d = b + ("X" if c == 10 else str(c))
    return "%s-%s-%s-%s" % (d[0], d[1:4], d[4:9], d[9])


def n_version(rng, lang):
    a, b, c = rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 30)
    return rng.choice(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "%d.%d" % (a, b),
                       "%d.%d.%d-rc.%d" % (a, b, c, rng.randint(1, 4)), "%d.%d.%d" % (rng.randint(2023, 2026), rng.randint(1, 12), c)])


def n_version_ip(rng, lang):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1, 200))


def n_patent(rng, lang):
    return rng.choice(["US %d,%03d,%03d B2" % (rng.randint(10, 12), rng.randrange(1000), rng.randrange(1000)),
                       "EP %d %03d %03d A1" % (rng.randint(3, 4), rng.randrange(1000), rng.randrange(1000)),
                       "US %d/%07d A1" % (rng.randint(2019, 2025), rng.randrange(10 ** 7)),
                       "DE 10 %d %03d %03d.%d" % (rng.randint(2018, 2024), rng.randrange(1000), rng.randrange(1000), rng.randrange(10)),
                       "WO %d/%06d" % (rng.randint(2019, 2025), rng.randrange(10 ** 6)),
                       "CN %s A" % D(rng, 9)])


def n_tracking(rng, lang):
    return rng.choice(["1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), D(rng, 10)),
                       "JJD%s" % D(rng, 18), "JD%s" % D(rng, 16),
                       "00340434%s" % D(rng, 12), "RR%sDE" % D(rng, 9)])


def n_ip(rng, cat):
    if cat == "private_ip":
        return rng.choice(["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randrange(256), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randrange(256), rng.randint(1, 254))])
    if cat == "loopback_ip":
        return rng.choice(["127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randint(1, 254))])
    if cat == "link_local_ip":
        return "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    if cat == "doc_ip":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if cat == "cgnat_ip":
        return "100.%d.%d.%d" % (rng.randint(64, 127), rng.randrange(256), rng.randint(1, 254))
    if cat == "reserved_ip":
        return rng.choice(["%d.%d.%d.%d" % (rng.randint(240, 254), rng.randrange(256), rng.randrange(256), rng.randint(1, 254)),
                           "0.0.0.0", "255.255.255.255", "198.%d.%d.%d" % (rng.randint(18, 19), rng.randrange(256), rng.randint(1, 254))])
    if cat == "nonglobal_ipv6":
        return rng.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(rng.randrange(0x10000) for _ in range(4)),
                           "fd%02x:%x:%x::%x" % (rng.randrange(256), rng.randrange(0x10000), rng.randrange(0x10000), rng.randint(1, 0xffff)),
                           "2001:db8:%x::%x" % (rng.randrange(0x10000), rng.randint(1, 0xffff))])
    raise KeyError(cat)


def n_luhn_invalid(rng, lang):
    while True:
        d = card_digits(rng)
        d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
        if not luhn_ok(d):
            return fmt_card(rng, d)


def n_bad_iban(rng, lang):
    s = iban_make(rng, rng.choice(list(IBAN_SPEC)))
    while True:
        ck = "%02d" % rng.randint(2, 98)
        t = s[:2] + ck + s[4:]
        if iban_mod(t) != 1:
            break
    return group(t, [4] * 8, " ").strip() if rng.random() < 0.5 else t


COMPANY_URLS = ["{s}://www.{c}.{t}/about", "{c}.{t}", "www.{c}.{t}/en/company", "linkedin.com/company/{c}",
                "{s}://{c}.{t}/team", "{s}://www.linkedin.com/company/{c}/", "{c}.{t}/press"]
CAREERS_URLS = ["{c}.{t}/careers", "{s}://jobs.lever.co/{c}/{u}", "{s}://boards.greenhouse.io/{c}/jobs/{n7}",
                "{s}://www.linkedin.com/jobs/view/{n10}/", "{c}.{t}/jobs/{n5}-senior-engineer",
                "{s}://{c}.recruitee.com/o/backend-developer", "{s}://apply.workable.com/{c}/j/{hx}/"]
DOCS_URLS = ["{s}://docs.python.org/3/library/ipaddress.html", "developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
             "{s}://learn.microsoft.com/en-us/azure/virtual-network/ip-services/", "kubernetes.io/docs/concepts/services-networking/",
             "{s}://docs.{c}.{t}/api/v{n1}/auth", "{s}://www.postgresql.org/docs/16/datatype-net-types.html",
             "{s}://{c}.readthedocs.io/en/latest/quickstart.html"]
PAPER_URLS = ["arxiv.org/abs/{ax}", "{s}://arxiv.org/pdf/{ax}v{n1}", "{s}://doi.org/10.1145/{n7}.{n7}",
              "{s}://aclanthology.org/2024.acl-long.{n3}/", "{s}://openreview.net/forum?id={hx}",
              "{s}://www.nature.com/articles/s41586-024-{n5}-{n1}", "doi.org/10.48550/arXiv.{ax}"]
EVENT_URLS = ["{s}://www.eventbrite.com/e/{slug}-tickets-{n12}", "{s}://www.meetup.com/{slug}/events/{n9}/",
              "lu.ma/{slug}", "{s}://tickets.{c}.{t}/2026", "{s}://www.{c}.{t}/events/{slug}-2026",
              "{s}://www.ticketmaster.de/event/{n9}"]
FORM_URLS = ["forms.gle/{rnd}", "{s}://docs.google.com/forms/d/e/1FAIpQL{rnd}{rnd}/viewform",
             "{s}://{c}.typeform.com/to/{rnd}", "tally.so/r/{rnd6}", "{s}://forms.office.com/r/{rnd}",
             "{s}://www.surveymonkey.com/r/{rnd6}"]
REPO_URLS = ["{s}://github.com/{c}/{slug}", "github.com/{c}/{slug}/issues/{n3}", "{s}://gitlab.com/{c}/{slug}",
             "{s}://github.com/{c}/{slug}/releases/tag/v{n1}.{n1}.{n1}"]
SLUGS = W("pydata-berlin ai-tinkerers devops-days-paris women-in-tech-lagos rust-meetup-tokyo "
          "product-camp data-summit kube-community design-systems-night fintech-forum")


def n_url(rng, cat):
    tpl = rng.choice({"company_url": COMPANY_URLS, "careers_url": CAREERS_URLS, "docs_url": DOCS_URLS,
                      "paper_url": PAPER_URLS, "event_url": EVENT_URLS, "form_url": FORM_URLS,
                      "repo_url": REPO_URLS}[cat])
    c, t = rng.choice(COMPANIES)
    rnd = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return tpl.format(s=rng.choice(["https", "https", "http"]), c=c, t=t, u="%08x-%04x-%04x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16)),
                      n7=D(rng, 7), n10=nz(rng, 10), n5=D(rng, 5), n1=rng.randint(1, 9), n3=rng.randint(100, 999),
                      n9=nz(rng, 9), n12=nz(rng, 12), hx="%x" % rng.getrandbits(40), slug=rng.choice(SLUGS),
                      ax="%02d%02d.%05d" % (rng.randint(20, 25), rng.randint(1, 12), rng.randrange(100000)),
                      rnd=rnd, rnd6=rnd[:6])


AT_NOT_HANDLE = ["@everyone", "@here", "@channel", "@all", "@Google", "@Microsoft", "@NASA", "@home",
                 "@ the office", "@ the venue", "@ 5pm", "@ 18:30", "@Siemens", "@OpenAI", "@team"]

ORG_SENTENCES = [  # (template, member-name-that-is-a-firm)
    "Five years as an analyst at {O}, now moving into climate finance.",
    "Just moved my retirement savings to a {O} account.",
    "Interview tomorrow at {O} in Canary Wharf — wish me luck!",
    "The {O} flagship store had the new collection on display.",
    "Our client list includes {O} and two other tier-one firms.",
]
ORG_NAMES = {"Morgan Stanley": 0, "Charles Schwab": 1, "John Lewis": 3, "Hugo Boss": 3, "Calvin Klein": 3,
             "Ralph Lauren": 3, "Ted Baker": 3, "Paul Hastings": 4, "Arthur Andersen": 4, "Dean Witter": 0,
             "Tory Burch": 3, "Michael Kors": 3, "Kate Spade": 3, "Tommy Hilfiger": 3}
EPONYMS = ["Dijkstra's algorithm", "Parkinson's disease", "a Kalman filter", "a Bloom filter", "a Gantt chart",
           "Moore's law", "Bayes' theorem", "the Fourier transform", "the Levenshtein distance",
           "the Grace Hopper Celebration", "Ada Lovelace Day", "the Alan Turing Institute",
           "a Marie Curie fellowship", "the Max Planck Institute", "the Francis Crick Institute",
           "the Enzo Ferrari Museum", "Nelson Mandela Bay", "Murphy's law"]
EPONYM_SENTENCES = ["Spent the weekend implementing {E} from scratch.", "Great talk on {E} at the meetup.",
                    "Excited to share that I'll be joining {E} in January.", "Our routing layer is basically {E} with caching.",
                    "Raising awareness for {E} this month.", "Anyone else still explaining {E} in interviews?"]
PLACES = ["Alice Springs", "Victoria Falls", "Lincoln Park", "Charlotte Amalie", "Santa Clara", "Charlotte, NC",
          "Austin, TX", "Florence", "Sydney", "Madison, WI", "Eugene, OR", "Regina, SK", "Victoria, BC",
          "Jackson, MS", "Georgia"]
PLACE_SENTENCES = ["Relocating to {L} next spring — any tips?", "Our new office in {L} opens on Monday.",
                   "Road trip from Darwin to {L} was unforgettable.", "Hiring engineers in {L} and remote.",
                   "Greetings from {L}!"]
ORDINARY = [  # (sentence, word that is also a member first name)
    ("Thanks, will do!", "will"), ("Thanks! Will share the slides tomorrow.", "Will"),
    ("Will this work on Windows too?", "Will"), ("Hope you're all doing well.", "Hope"),
    ("Mark your calendars.", "Mark"), ("May I ask for some feedback on this?", "May"),
    ("Frank feedback is always welcome here.", "Frank"), ("Summer internships are open again.", "Summer"),
    ("The grace period ends this week.", "grace"), ("Revenue rose 12% in Q3.", "rose"),
    ("Dawn raids on the market, again.", "Dawn"), ("Rich text support finally landed.", "Rich"),
    ("Art direction by our whole team.", "Art"), ("Joy is shipping on a Friday and going home on time.", "Joy"),
    ("Faith in the process, as always.", "Faith"), ("Sunny weekend ahead, laptops closed.", "Sunny"),
]
ORDINARY_OTHER = {
    "es": [("Gracias por la luz en este tema.", "luz"), ("Siempre en paz con el código legado.", "paz"),
           ("Menos dolores de cabeza con el nuevo deploy.", "dolores"), ("Vestido color rosa para la gala.", "rosa")],
    "de": [("Im Ernst, das neue Release ist richtig gut.", "Ernst")],
    "fr": [("Une pierre après l'autre, on construit l'équipe.", "pierre")],
    "pt": [("O workshop é de graça para estudantes!", "graça")],
    "ru": [("Вера в команду — это всё.", "Вера"), ("Надежда умирает последней, но релиз вышел.", "Надежда")],
}

# ----------------------------------------------------------------------------- language phrases
# Keys: hi thx reco mail tel link men job evt pay tech card fill neg.  '|' separates alternatives.

L = {}
L["en"] = dict(
    hi="Hi {FIRST}, quick question about the project.|Hey {FIRST}!|Dear {FIRST},|Morning {FIRST} —|Hello {FIRST}, hope the move went well.",
    thx="Thanks, {FIRST}!|Thank you {FIRST} for the warm welcome.|Huge thanks to {FIRST} for the intro.|Cheers {FIRST}!|Thanks {FIRST}, appreciate it.|Big shout-out and thanks to {FIRST}'s team.",
    reco="I had the pleasure of working with {NAME} for three years.|Congrats to {NAME} on the promotion!|{NAME} is one of the sharpest product people I know.|So proud of {NAME} and the whole crew.|Loved {POSS} keynote at the summit.|Please welcome {NAME} to the data team!|Kudos to {ATNAME} for shipping this.|Met {NAME} at the career fair today.",
    mail="Send your CV to {EMAIL}.|Reach me at {EMAIL} for collaborations.|Email: {EMAIL}|DM me or write to {EMAIL}|Drop a line at {EMAIL} (I reply within a day).|Contact: {EMAIL}",
    tel="Call or WhatsApp me at {PHONE}.|Phone: {PHONE}|Text {PHONE} if you are interested.|You can reach the front desk on {PHONE}.|Cell {PHONE}, office hours only.",
    link="More about my work: {URL}|Connect with me on {URL}|Portfolio and code: {URL}.|Book a slot: {URL}|Newsletter: {URL}|(my profile: {URL})",
    men="Great panel with {HANDLE} and {HANDLE2} today.|cc {HANDLE}|h/t {HANDLE} for the link.|{HANDLE} can you take a look?|Thanks {HANDLE}!|Congrats {HANDLE} 🎉",
    job="We're hiring a Senior Backend Engineer (remote, {N:price} + equity). Details: {N:careers_url}|Open role: Data Analyst, start {N:date}. Apply at {N:careers_url} or email {EMAIL}.|Our team is growing! Salary band {N:price}–{N:price}. {N:careers_url}",
    evt="Join us on {N:date} at {N:time} for the community meetup. Tickets: {N:event_url}|Save the date: {N:date}, doors open {N:time}. RSVP {N:form_url}|Workshop on {N:date} ({N:time}), free tickets at {N:event_url}",
    pay="Refund went to IBAN {IBAN}, please check.|For the charity run, donations to {IBAN}.|Our club account: {IBAN} (ref: spring fees)",
    tech="Our server at {IPV4} keeps timing out.|Seeing brute-force attempts from {IPV4} again.|Whitelisted {IPV4} for the demo.|Traffic from {IPV6} looks suspicious.|The CDN node {IPV6} answers fine.",
    card="Someone posted my card number {CARD} in a group chat, blocked it now.|Can you charge {CARD} for the workshop seat?",
    ssn="My SSN is {SSN}, can HR update the W-2?|They asked for my social security number ({SSN}) on a job form. Legit?|SSN: {SSN}",
    fill="Excited to share a new chapter!|Lessons from ten years in product.|Shipping beats perfect.|What a week.|Grateful for this community.|Hot take: most meetings should be emails.|Throwback to our first office.",
    neg="Order {N:order_number} still hasn't arrived.|Support ticket {N:ticket_number} closed without a fix.|Just upgraded to {N:version} — so far so good.|Reading ISBN {N:isbn} this week.|Our patent {N:patent} was granted!|Tracking number {N:tracking_number}, stuck in customs.|Docs: {N:docs_url}|Paper: {N:paper_url}|Our homepage: {N:company_url}|Code at {N:repo_url}|Firmware {N:version_ip} fixes the Wi-Fi drop.|Price dropped to {N:price} today.|The router is at {N:private_ip}, not the public one.|Localhost is {N:loopback_ip} as always.|Got {N:link_local_ip} again, DHCP is broken.|Use {N:doc_ip} in the slides as a placeholder.|Gift card {N:luhn_invalid} didn't work.|The IBAN {N:bad_iban} was rejected as invalid.|The sample form shows {N:bad_ssn} as a placeholder SSN.|Ping me {N:at_not_handle} when you are ready.",
    title="Senior Software Engineer at Northwind|Product Designer · Speaker · Mentor|Head of Data|Recruiter (Tech)|PhD candidate, NLP|Founder & CEO",
)
L["de"] = dict(
    hi="Hallo {FIRST}, kurze Frage zum Projekt.|Hi {FIRST}!|Liebe Grüße an {FIRST}!|Moin {FIRST},",
    thx="Danke, {FIRST}!|Vielen Dank {FIRST} für die Einladung.|Danke dir, {FIRST}, für das Feedback.",
    reco="Ich hatte das Vergnügen, drei Jahre mit {NAME} zu arbeiten.|Glückwunsch an {NAME} zur Beförderung!|{NAME} hat unser Team großartig unterstützt.|Heute mit {NAME} auf der Messe gesprochen.",
    mail="Bewerbungen bitte an {EMAIL}.|Schreibt mir: {EMAIL}|E-Mail: {EMAIL}|Kontakt: {EMAIL}",
    tel="Ruf mich an: {PHONE}|Tel. {PHONE}|Mobil: {PHONE} (auch WhatsApp)|Telefon {PHONE}, Mo–Fr",
    link="Mein Profil: {URL}|Mehr Infos auf {URL}|Termin buchen: {URL}",
    men="Danke {HANDLE} für den Tipp!|cc {HANDLE}|Tolles Panel mit {HANDLE} heute.",
    job="Wir stellen ein: Backend-Entwickler:in (m/w/d), {N:price} brutto. {N:careers_url}|Neue Stelle ab {N:date}: {N:careers_url}",
    evt="Meetup am {N:date} um {N:time}, Tickets: {N:event_url}|Save the date: {N:date}, Anmeldung {N:form_url}",
    pay="Spenden bitte an IBAN {IBAN}.|Mitgliedsbeitrag auf {IBAN} überweisen.|Kontoverbindung: {IBAN}",
    tech="Unser Server {IPV4} ist down.|Angriffe von {IPV4} im Log.|Die Adresse {IPV6} antwortet nicht.",
    card="Meine Kreditkarte {CARD} wurde gesperrt.",
    fill="Neues Kapitel!|Was für eine Woche.|Dankbar für dieses Netzwerk.|Spannende Zeiten in der Branche.",
    neg="Bestellung {N:order_number} ist immer noch nicht da.|Ticket {N:ticket_number} wurde geschlossen.|Update auf {N:version} ist live.|Patent {N:patent} erteilt!|Sendungsnummer {N:tracking_number}.|Doku: {N:docs_url}|Der Router hat {N:private_ip}.|Preis: {N:price}|Firmware {N:version_ip} behebt den Fehler.|Die IBAN {N:bad_iban} ist ungültig.",
    title="Softwareentwickler bei Kontor Nord|Head of Marketing|Werkstudentin Data Science",
)
L["fr"] = dict(
    hi="Bonjour {FIRST}, une petite question.|Salut {FIRST} !|Coucou {FIRST},",
    thx="Merci, {FIRST} !|Un grand merci à {FIRST} pour l'accueil.|Merci {FIRST} pour ton aide.",
    reco="J'ai eu le plaisir de travailler avec {NAME} pendant deux ans.|Bravo à {NAME} pour cette promotion !|{NAME} est une collègue exceptionnelle.|Rencontré {NAME} au salon VivaTech.",
    mail="Envoyez votre CV à {EMAIL}.|Écrivez-moi : {EMAIL}|Courriel : {EMAIL}|Contact : {EMAIL}",
    tel="Appelez-moi au {PHONE}.|Tél. : {PHONE}|Portable : {PHONE}",
    link="Mon profil : {URL}|Prenez rendez-vous : {URL}",
    men="Merci {HANDLE} pour le lien !|cc {HANDLE}",
    job="On recrute un·e développeur·se full-stack, {N:price}/an. {N:careers_url}|Poste ouvert dès le {N:date} : {N:careers_url}",
    evt="Rendez-vous le {N:date} à {N:time}, billets : {N:event_url}|Atelier le {N:date}, inscription {N:form_url}",
    pay="Dons sur l'IBAN {IBAN}.|RIB : {IBAN}",
    tech="Notre serveur {IPV4} ne répond plus.|Tentatives de connexion depuis {IPV4}.|L'adresse {IPV6} est bloquée.",
    card="Ma carte {CARD} a été débitée deux fois.",
    fill="Nouveau chapitre !|Quelle semaine.|Fier de cette équipe.|Petite réflexion du vendredi.",
    neg="Commande {N:order_number} toujours pas livrée.|Ticket {N:ticket_number} fermé.|Mise à jour {N:version} disponible.|Brevet {N:patent} accordé.|Prix : {N:price}|Doc : {N:docs_url}|Article : {N:paper_url}",
    title="Développeuse chez Atelier Sauvage|Chef de projet digital|Consultant data",
)
L["es"] = dict(
    hi="Hola {FIRST}, una consulta rápida.|¡Buenas, {FIRST}!|Querida {FIRST}:",
    thx="¡Gracias, {FIRST}!|Mil gracias a {FIRST} por la ayuda.|Gracias {FIRST} por compartir.",
    reco="Tuve el placer de trabajar con {NAME} en Madrid.|¡Enhorabuena a {NAME} por el nuevo puesto!|{NAME} es una líder increíble.|Hoy conocí a {NAME} en el evento.",
    mail="Envía tu CV a {EMAIL}.|Escríbeme a {EMAIL}|Correo: {EMAIL}",
    tel="Llámame al {PHONE}.|Tel.: {PHONE}|WhatsApp: {PHONE}",
    link="Mi perfil: {URL}|Agenda una llamada: {URL}",
    men="¡Gracias {HANDLE} por el dato!|cc {HANDLE}",
    job="Buscamos desarrollador/a backend, {N:price} brutos/año. {N:careers_url}|Vacante desde el {N:date}: {N:careers_url}",
    evt="Nos vemos el {N:date} a las {N:time}. Entradas: {N:event_url}|Taller el {N:date}, inscripción {N:form_url}",
    pay="Donaciones a la cuenta {IBAN}.|IBAN: {IBAN}",
    tech="El servidor {IPV4} no responde.|Ataques desde {IPV4} otra vez.",
    card="Me cobraron dos veces en la tarjeta {CARD}.",
    ssn="Me pidieron mi número de seguro social ({SSN}) por WhatsApp. ¿Es estafa?",
    fill="¡Nueva etapa!|Qué semana.|Orgullosa de este equipo.",
    neg="Pedido {N:order_number} sin llegar.|Incidencia {N:ticket_number} cerrada.|Versión {N:version} publicada.|Precio: {N:price}|Patente {N:patent} concedida.",
    title="Ingeniera de datos en Tecnored|Diseñador UX|Responsable de RR. HH.",
)
L["pt"] = dict(
    hi="Olá {FIRST}, tudo bem?|Oi {FIRST}!|Bom dia, {FIRST}!",
    thx="Obrigado, {FIRST}!|Valeu, {FIRST}!|Muito obrigada {FIRST} pela indicação.",
    reco="Tive o prazer de trabalhar com {NAME} por dois anos.|Parabéns a {NAME} pela conquista!|{NAME} é uma profissional incrível.",
    mail="Envie seu currículo para {EMAIL}.|Meu e-mail: {EMAIL}|Contato: {EMAIL}",
    tel="Me liga: {PHONE}|WhatsApp {PHONE}|Tel.: {PHONE}",
    link="Meu perfil: {URL}|Agende aqui: {URL}",
    men="Valeu {HANDLE} pela dica!|cc {HANDLE}",
    job="Vaga: Dev Backend Pleno, {N:price}/mês. {N:careers_url}|Vaga aberta a partir de {N:date}: {N:careers_url}",
    evt="Encontro dia {N:date} às {N:time}. Ingressos: {N:event_url}|Inscrições: {N:form_url}",
    pay="Doações para o IBAN {IBAN}.|Conta: {IBAN}",
    tech="O servidor {IPV4} caiu de novo.|Tentativas de login de {IPV4}.",
    card="Clonaram meu cartão {CARD}, cuidado!",
    fill="Novo ciclo!|Que semana.|Gratidão a essa rede.",
    neg="Pedido {N:order_number} ainda não chegou.|Chamado {N:ticket_number} encerrado.|Atualizei para {N:version}.|Preço: {N:price}",
    title="Engenheira de Software na Nuvem Azul|Analista de Dados|Tech Recruiter",
)
L["it"] = dict(
    hi="Ciao {FIRST}, una domanda veloce.|Buongiorno {FIRST}!|Cara {FIRST},",
    thx="Grazie, {FIRST}!|Grazie mille a {FIRST} per il supporto.",
    reco="Ho avuto il piacere di lavorare con {NAME} a Milano.|Complimenti a {NAME} per il nuovo ruolo!|{NAME} è un collega straordinario.",
    mail="Inviate il CV a {EMAIL}.|Scrivimi: {EMAIL}|E-mail: {EMAIL}",
    tel="Chiamami al {PHONE}.|Cell. {PHONE}|Tel. {PHONE}",
    link="Il mio profilo: {URL}|Prenota una call: {URL}",
    men="Grazie {HANDLE} per il link!|cc {HANDLE}",
    job="Cerchiamo sviluppatore Java, RAL {N:price}. {N:careers_url}|Posizione aperta dal {N:date}: {N:careers_url}",
    evt="Ci vediamo il {N:date} alle {N:time}. Biglietti: {N:event_url}|Iscrizioni: {N:form_url}",
    pay="Donazioni sull'IBAN {IBAN}.|IBAN: {IBAN}",
    tech="Il server {IPV4} non risponde.|Accessi sospetti da {IPV4}.",
    card="Addebito doppio sulla carta {CARD}.",
    fill="Nuovo capitolo!|Che settimana.|Orgoglioso del team.",
    neg="Ordine {N:order_number} non ancora arrivato.|Ticket {N:ticket_number} chiuso.|Versione {N:version} rilasciata.|Prezzo: {N:price}",
    title="Sviluppatrice presso Fabbrica Digitale|Product Manager|Data Scientist",
)
L["nl"] = dict(
    hi="Hoi {FIRST}, korte vraag.|Hallo {FIRST}!|Beste {FIRST},",
    thx="Dank je, {FIRST}!|Bedankt {FIRST} voor de hulp.",
    reco="Ik heb met veel plezier met {NAME} samengewerkt.|Gefeliciteerd {NAME} met de nieuwe rol!|{NAME} is een topcollega.",
    mail="Stuur je cv naar {EMAIL}.|Mail me: {EMAIL}|E-mail: {EMAIL}",
    tel="Bel me op {PHONE}.|Tel: {PHONE}|Mobiel {PHONE}",
    link="Mijn profiel: {URL}|Plan een gesprek: {URL}",
    men="Dank {HANDLE} voor de tip!|cc {HANDLE}",
    job="Vacature: backend developer, {N:price} per maand. {N:careers_url}|Start per {N:date}: {N:careers_url}",
    evt="Meetup op {N:date} om {N:time}. Tickets: {N:event_url}|Aanmelden: {N:form_url}",
    pay="Donaties naar {IBAN}.|Rekeningnummer: {IBAN}",
    tech="Server {IPV4} ligt eruit.|Aanvallen vanaf {IPV4}.",
    card="Mijn creditcard {CARD} is geblokkeerd.",
    fill="Nieuw hoofdstuk!|Wat een week.|Trots op het team.",
    neg="Bestelling {N:order_number} nog niet binnen.|Ticket {N:ticket_number} gesloten.|Versie {N:version} is uit.|Prijs: {N:price}",
    title="Developer bij Tulpdata|Teamlead Data|Recruiter",
)
L["pl"] = dict(
    hi="Cześć {FIRST}, szybkie pytanie.|Hej {FIRST}!|Dzień dobry, {FIRST}!",
    thx="Dzięki, {FIRST}!|Dziękuję {FIRST} za pomoc.",
    reco="Miałem przyjemność pracować z {NAME} przez trzy lata.|Gratulacje dla {NAME}!|{NAME} to świetny mentor.",
    mail="CV prosimy wysyłać na {EMAIL}.|Napisz do mnie: {EMAIL}|E-mail: {EMAIL}",
    tel="Zadzwoń: {PHONE}|Tel. {PHONE}",
    link="Mój profil: {URL}",
    men="Dzięki {HANDLE} za link!|cc {HANDLE}",
    job="Szukamy programisty Python, {N:price} netto. {N:careers_url}",
    evt="Meetup {N:date} o {N:time}. Bilety: {N:event_url}",
    pay="Wpłaty na konto {IBAN}.|Numer konta: {IBAN}",
    tech="Serwer {IPV4} nie odpowiada.",
    card="Ktoś użył mojej karty {CARD}.",
    fill="Nowy rozdział!|Co za tydzień.",
    neg="Zamówienie {N:order_number} wciąż w drodze.|Zgłoszenie {N:ticket_number} zamknięte.|Wersja {N:version} już jest.|Cena: {N:price}",
    title="Programistka w Mostek|Analityk danych",
)
L["sv"] = dict(
    hi="Hej {FIRST}, en snabb fråga.|Hejsan {FIRST}!",
    thx="Tack, {FIRST}!|Stort tack till {FIRST} för hjälpen.",
    reco="Jag har haft förmånen att jobba med {NAME}.|Grattis {NAME} till nya jobbet!",
    mail="Skicka CV till {EMAIL}.|Maila mig: {EMAIL}",
    tel="Ring mig på {PHONE}.|Tel: {PHONE}",
    link="Min profil: {URL}",
    men="Tack {HANDLE}!|cc {HANDLE}",
    job="Vi söker en utvecklare, lön {N:price}/mån. {N:careers_url}",
    evt="Träff den {N:date} kl. {N:time}. Biljetter: {N:event_url}",
    pay="Swisha eller betala till {IBAN}.",
    tech="Servern {IPV4} svarar inte.",
    card="Mitt kort {CARD} spärrades.",
    fill="Nytt kapitel!|Vilken vecka.",
    neg="Order {N:order_number} har inte kommit.|Version {N:version} släppt.|Pris: {N:price}",
    title="Utvecklare på Fjordsoft|UX-designer",
)
L["cs"] = dict(
    hi="Ahoj {FIRST}, rychlý dotaz.|Dobrý den, {FIRST}!",
    thx="Díky, {FIRST}!|Děkuji {FIRST} za pomoc.",
    reco="Měl jsem tu čest pracovat s {NAME}.|Gratulace pro {NAME}!",
    mail="Životopisy posílejte na {EMAIL}.|Napište mi: {EMAIL}",
    tel="Volejte {PHONE}.", link="Můj profil: {URL}", men="Díky {HANDLE}!",
    job="Hledáme vývojáře, {N:price} měsíčně. {N:careers_url}",
    evt="Sraz {N:date} v {N:time}. Vstupenky: {N:event_url}",
    pay="Příspěvky na účet {IBAN}.", tech="Server {IPV4} nejede.", card="Moje karta {CARD} byla zablokována.",
    fill="Nová kapitola!|To byl týden.",
    neg="Objednávka {N:order_number} nedorazila.|Verze {N:version} venku.|Cena: {N:price}",
    title="Vývojářka ve firmě Orbitale|Datový analytik",
)
L["ro"] = dict(
    hi="Salut {FIRST}, o întrebare rapidă.|Bună, {FIRST}!",
    thx="Mulțumesc, {FIRST}!|Mersi {FIRST} pentru ajutor.",
    reco="Am avut plăcerea să lucrez cu {NAME}.|Felicitări lui {NAME} pentru noul rol!",
    mail="Trimiteți CV-ul la {EMAIL}.|Scrie-mi la {EMAIL}",
    tel="Sună-mă la {PHONE}.", link="Profilul meu: {URL}", men="Mersi {HANDLE}!",
    job="Angajăm programator backend, {N:price} net. {N:careers_url}",
    evt="Ne vedem pe {N:date} la {N:time}. Bilete: {N:event_url}",
    pay="Donații în contul {IBAN}.", tech="Serverul {IPV4} nu răspunde.", card="Cardul meu {CARD} a fost clonat.",
    fill="Un nou capitol!|Ce săptămână.",
    neg="Comanda {N:order_number} nu a sosit.|Versiunea {N:version} e disponibilă.|Preț: {N:price}",
    title="Inginer software la Orbitale|Recruiter IT",
)
L["tr"] = dict(
    hi="Merhaba {FIRST}, kısa bir sorum var.|Selam {FIRST}!",
    thx="Teşekkürler, {FIRST}!|Çok teşekkür ederim {FIRST}.",
    reco="{NAME} ile çalışmak büyük bir keyifti.|Tebrikler {NAME}!|Bugün {NAME} ile tanıştım.",
    mail="CV'nizi {EMAIL} adresine gönderin.|E-posta: {EMAIL}",
    tel="Beni arayın: {PHONE}|Tel: {PHONE}", link="Profilim: {URL}", men="Teşekkürler {HANDLE}!|cc {HANDLE}",
    job="Backend geliştirici arıyoruz, maaş {N:price}. {N:careers_url}",
    evt="{N:date} tarihinde saat {N:time}'da buluşuyoruz. Bilet: {N:event_url}",
    pay="Bağışlar için IBAN: {IBAN}", tech="Sunucu {IPV4} yanıt vermiyor.", card="Kartım {CARD} kopyalandı.",
    fill="Yeni bir başlangıç!|Ne hafta ama.",
    neg="Sipariş {N:order_number} hâlâ gelmedi.|Sürüm {N:version} yayında.|Fiyat: {N:price}",
    title="Yazılım Mühendisi|Veri Analisti",
)
L["ru"] = dict(
    hi="Привет, {FIRST}! Вопрос по проекту.|Здравствуйте, {FIRST}!|Добрый день, {FIRST}!",
    thx="Спасибо, {FIRST}!|Огромное спасибо, {FIRST}, за помощь.",
    reco="{NAME} — лучший руководитель, с которым я работал.|Поздравляю, {NAME}, с повышением!|Сегодня выступала {NAME}, очень рекомендую.",
    mail="Резюме присылайте на {EMAIL}.|Пишите: {EMAIL}|Почта: {EMAIL}",
    tel="Звоните: {PHONE}|Тел.: {PHONE}", link="Мой профиль: {URL}", men="Спасибо {HANDLE}!|cc {HANDLE}",
    job="Ищем бэкенд-разработчика, зарплата {N:price}. {N:careers_url}",
    evt="Встреча {N:date} в {N:time}. Билеты: {N:event_url}",
    pay="Реквизиты для пожертвований: {IBAN}", tech="Сервер {IPV4} не отвечает.|Атака с {IPV4}.", card="С моей карты {CARD} списали деньги.",
    fill="Новая глава!|Вот это неделя.|Благодарен команде.",
    neg="Заказ {N:order_number} ещё не пришёл.|Версия {N:version} вышла.|Цена: {N:price}|Тикет {N:ticket_number} закрыт.",
    title="Разработчик в Яндексе|Аналитик данных",
)
L["uk"] = dict(
    hi="Привіт, {FIRST}! Коротке питання.|Добрий день, {FIRST}!",
    thx="Дякую, {FIRST}!|Щиро дякую, {FIRST}, за підтримку.",
    reco="{NAME} — чудовий інженер.|Вітаю, {NAME}, з новою роллю!",
    mail="Резюме надсилайте на {EMAIL}.|Пишіть: {EMAIL}",
    tel="Телефон: {PHONE}", link="Мій профіль: {URL}", men="Дякую {HANDLE}!",
    job="Шукаємо розробника, {N:price}. {N:careers_url}",
    evt="Зустріч {N:date} о {N:time}. Квитки: {N:event_url}",
    pay="Збір на ЗСУ, рахунок {IBAN}", tech="Сервер {IPV4} не відповідає.", card="Моя картка {CARD} заблокована.",
    fill="Новий розділ!|Оце тиждень.",
    neg="Замовлення {N:order_number} ще в дорозі.|Версія {N:version} вийшла.|Ціна: {N:price}",
    title="Розробниця|Аналітик даних",
)
L["el"] = dict(
    hi="Γεια σου {FIRST}, μια ερώτηση.|Καλημέρα {FIRST}!",
    thx="Ευχαριστώ, {FIRST}!|Ένα μεγάλο ευχαριστώ στη {FIRST}.",
    reco="Είχα τη χαρά να δουλέψω με τον {NAME}.|Συγχαρητήρια στην {NAME}!|Η {NAME} είναι εξαιρετική μηχανικός.",
    mail="Στείλτε βιογραφικό στο {EMAIL}.|Email: {EMAIL}",
    tel="Τηλ.: {PHONE}", link="Το προφίλ μου: {URL}", men="Ευχαριστώ {HANDLE}!",
    job="Ζητείται προγραμματιστής, {N:price} μικτά. {N:careers_url}",
    evt="Συνάντηση στις {N:date}, ώρα {N:time}. Εισιτήρια: {N:event_url}",
    pay="Δωρεές στο IBAN {IBAN}", tech="Ο διακομιστής {IPV4} δεν απαντά.", card="Η κάρτα μου {CARD} χρεώθηκε δύο φορές.",
    fill="Νέο κεφάλαιο!|Τι εβδομάδα.",
    neg="Η παραγγελία {N:order_number} δεν ήρθε.|Έκδοση {N:version}.|Τιμή: {N:price}",
    title="Μηχανικός Λογισμικού|Αναλύτρια Δεδομένων",
)
L["ar"] = dict(
    hi="مرحباً {FIRST}، لدي سؤال سريع.|أهلاً {FIRST}!",
    thx="شكراً {FIRST}!|شكراً جزيلاً يا {FIRST} على الدعم.",
    reco="سعدت بالعمل مع {NAME} لمدة عامين.|مبروك لـ {NAME} على المنصب الجديد!|التقيت اليوم بـ {NAME} في المؤتمر.",
    mail="أرسل سيرتك الذاتية إلى {EMAIL}|البريد: {EMAIL}",
    tel="للتواصل: {PHONE}|هاتف: {PHONE}", link="ملفي الشخصي: {URL}", men="شكراً {HANDLE}!",
    job="نبحث عن مطور برمجيات، الراتب {N:price}. {N:careers_url}",
    evt="اللقاء يوم {N:date} الساعة {N:time}. التذاكر: {N:event_url}",
    pay="للتبرع: {IBAN}", tech="الخادم {IPV4} لا يستجيب.", card="تم خصم مبلغ من بطاقتي {CARD} مرتين.",
    fill="بداية جديدة!|أسبوع حافل.",
    neg="الطلب {N:order_number} لم يصل بعد.|الإصدار {N:version} متاح.|السعر: {N:price}",
    title="مهندسة برمجيات|محلل بيانات",
)
L["he"] = dict(
    hi="היי {FIRST}, שאלה קצרה.|שלום {FIRST}!",
    thx="תודה, {FIRST}!|תודה רבה ל{FIRST} על העזרה.",
    reco="היה לי העונג לעבוד עם {NAME}.|מזל טוב ל{NAME} על התפקיד החדש!",
    mail="שלחו קורות חיים: {EMAIL}|מייל: {EMAIL}",
    tel="טלפון: {PHONE}", link="הפרופיל שלי: {URL}", men="תודה {HANDLE}!",
    job="דרוש/ה מפתח/ת, שכר {N:price}. {N:careers_url}",
    evt="נפגשים ב-{N:date} בשעה {N:time}. כרטיסים: {N:event_url}",
    pay="תרומות לחשבון {IBAN}", tech="השרת {IPV4} לא מגיב.", card="חייבו את הכרטיס שלי {CARD} פעמיים.",
    fill="פרק חדש!|איזה שבוע.",
    neg="הזמנה {N:order_number} עוד לא הגיעה.|גרסה {N:version} שוחררה.|מחיר: {N:price}",
    title="מפתחת תוכנה|מנהל מוצר",
)
L["hi"] = dict(
    hi="नमस्ते {FIRST}, एक छोटा सा सवाल।|हाय {FIRST}!",
    thx="धन्यवाद, {FIRST}!|बहुत-बहुत शुक्रिया {FIRST} जी।",
    reco="{NAME} के साथ काम करना शानदार अनुभव रहा।|बधाई हो {NAME}!|आज {NAME} से मुलाकात हुई।",
    mail="अपना सीवी {EMAIL} पर भेजें।|ईमेल: {EMAIL}",
    tel="फ़ोन: {PHONE}|कॉल करें {PHONE}", link="मेरी प्रोफ़ाइल: {URL}", men="धन्यवाद {HANDLE}!",
    job="हमें डेवलपर चाहिए, वेतन {N:price}. {N:careers_url}",
    evt="मीटअप {N:date} को {N:time} बजे। टिकट: {N:event_url}",
    pay="दान के लिए IBAN: {IBAN}", tech="सर्वर {IPV4} जवाब नहीं दे रहा।", card="मेरे कार्ड {CARD} से दो बार पैसे कटे।",
    fill="नया अध्याय!|क्या हफ़्ता रहा।",
    neg="ऑर्डर {N:order_number} अभी तक नहीं आया।|संस्करण {N:version} जारी।|कीमत: {N:price}",
    title="सॉफ़्टवेयर इंजीनियर|डेटा एनालिस्ट",
)
L["zh"] = dict(  # glued: no spaces around PII
    hi="{FIRST}你好，想请教一个问题。|嗨{FIRST}！",
    thx="谢谢{NAME}！|感谢{NAME}的帮助。|特别感谢{NAME}老师的指导！",
    reco="和{NAME}共事三年，收获很大。|恭喜{NAME}升职！|今天在大会上见到了{NAME}。|推荐{NAME}，非常靠谱的产品经理。",
    mail="简历请发送至{EMAIL}谢谢|请联系{EMAIL}获取详情。|邮箱：{EMAIL}",
    tel="电话：{PHONE}|手机{PHONE}（微信同号）|联系电话{PHONE}",
    link="我的主页：{URL}|个人链接{URL}", men="感谢{HANDLE}的分享！|抄送{HANDLE}",
    job="招聘后端工程师，月薪{N:price}。{N:careers_url}|{N:date}起入职，投递：{N:careers_url}",
    evt="{N:date}{N:time}线下交流会，报名：{N:event_url}|活动报名表：{N:form_url}",
    pay="捐款账户：{IBAN}", tech="服务器{IPV4}又挂了。|来自{IPV4}的异常访问。|节点{IPV6}正常。", card="我的信用卡{CARD}被盗刷了。",
    fill="新的开始！|这一周太忙了。|感恩遇见。",
    neg="订单号{N:order_number}还没发货。|工单{N:ticket_number}已关闭。|已升级到{N:version}。|价格{N:price}。|快递单号{N:tracking_number}。",
    title="高级工程师|产品经理|数据分析师",
)
L["ja"] = dict(
    hi="{NAME}さん、こんにちは。|{NAME}さん、お疲れさまです。",
    thx="{NAME}さん、ありがとうございました！|{NAME}さんに感謝です。",
    reco="{NAME}さんと一緒に働けて光栄でした。|{NAME}さん、昇進おめでとうございます！|今日は{NAME}さんの講演を聞きました。",
    mail="応募は{EMAIL}まで。|連絡先：{EMAIL}|メール：{EMAIL}",
    tel="電話：{PHONE}|携帯{PHONE}までご連絡ください。", link="プロフィール：{URL}", men="{HANDLE}さん、ありがとう！",
    job="バックエンドエンジニア募集、年収{N:price}。{N:careers_url}",
    evt="{N:date}{N:time}から勉強会、申込：{N:event_url}",
    pay="寄付先：{IBAN}", tech="サーバー{IPV4}が落ちています。", card="カード{CARD}が不正利用されました。",
    fill="新しいスタート！|今週も忙しかった。",
    neg="注文番号{N:order_number}がまだ届かない。|バージョン{N:version}をリリース。|価格は{N:price}です。",
    title="ソフトウェアエンジニア|プロダクトマネージャー",
)
L["ko"] = dict(
    hi="{NAME}님, 안녕하세요.|{NAME}님 질문 하나 드려도 될까요?",
    thx="{NAME}님 감사합니다!|도와주신 {NAME}님께 감사드려요.",
    reco="{NAME}님과 함께 일할 수 있어서 영광이었습니다.|{NAME}님 승진 축하드려요!|오늘 {NAME} 씨를 만났어요.",
    mail="이력서는 {EMAIL}로 보내주세요.|이메일: {EMAIL}",
    tel="전화: {PHONE}|연락처 {PHONE}", link="제 프로필: {URL}", men="{HANDLE}님 감사합니다!",
    job="백엔드 개발자 채용, 연봉 {N:price}. {N:careers_url}",
    evt="{N:date} {N:time} 밋업, 신청: {N:event_url}",
    pay="후원 계좌: {IBAN}", tech="서버 {IPV4} 응답 없음.", card="카드 {CARD}가 도용되었습니다.",
    fill="새로운 시작!|정신없는 한 주.",
    neg="주문번호 {N:order_number} 아직 배송 전.|버전 {N:version} 배포.|가격 {N:price}",
    title="소프트웨어 엔지니어|데이터 분석가",
)
L["th"] = dict(
    hi="สวัสดีคุณ{FIRST}ค่ะ|หวัดดี{FIRST}",
    thx="ขอบคุณคุณ{FIRST}มากครับ|ขอบคุณ{FIRST}นะ",
    reco="ยินดีที่ได้ร่วมงานกับ{NAME}|ขอแสดงความยินดีกับ{NAME}ด้วยครับ",
    mail="ส่งเรซูเม่มาที่{EMAIL}ได้เลย|อีเมล{EMAIL}",
    tel="โทร{PHONE}|ติดต่อ {PHONE}", link="โปรไฟล์ของฉัน{URL}", men="ขอบคุณ{HANDLE}",
    job="รับสมัครนักพัฒนา เงินเดือน{N:price} {N:careers_url}",
    evt="พบกันวันที่ {N:date} เวลา {N:time} ตั๋ว {N:event_url}",
    pay="บริจาคได้ที่ {IBAN}", tech="เซิร์ฟเวอร์{IPV4}ล่มอีกแล้ว", card="บัตร{CARD}ถูกแฮก",
    fill="เริ่มต้นใหม่!|สัปดาห์นี้ยุ่งมาก",
    neg="คำสั่งซื้อ{N:order_number}ยังไม่มา|เวอร์ชัน{N:version}ออกแล้ว|ราคา{N:price}",
    title="วิศวกรซอฟต์แวร์|นักวิเคราะห์ข้อมูล",
)
L["vi"] = dict(
    hi="Chào {FIRST}, mình hỏi chút nhé.|Xin chào {FIRST}!",
    thx="Cảm ơn {FIRST}!|Cảm ơn {FIRST} rất nhiều.",
    reco="Rất vui được làm việc cùng {NAME}.|Chúc mừng {NAME} nhé!",
    mail="Gửi CV về {EMAIL}.|Email: {EMAIL}",
    tel="Gọi mình: {PHONE}", link="Hồ sơ của mình: {URL}", men="Cảm ơn {HANDLE}!",
    job="Tuyển lập trình viên, lương {N:price}. {N:careers_url}",
    evt="Gặp nhau ngày {N:date} lúc {N:time}. Vé: {N:event_url}",
    pay="Ủng hộ qua {IBAN}", tech="Máy chủ {IPV4} không phản hồi.", card="Thẻ {CARD} của mình bị trừ tiền hai lần.",
    fill="Chương mới!|Tuần này bận quá.",
    neg="Đơn hàng {N:order_number} chưa tới.|Phiên bản {N:version} đã ra.|Giá: {N:price}",
    title="Kỹ sư phần mềm|Chuyên viên dữ liệu",
)
L["id"] = dict(
    hi="Halo {FIRST}, mau tanya sedikit.|Hai {FIRST}!",
    thx="Terima kasih, {FIRST}!|Makasih {FIRST}!",
    reco="Senang bekerja bersama {NAME}.|Selamat untuk {NAME}!",
    mail="Kirim CV ke {EMAIL}.|Email: {EMAIL}",
    tel="Hubungi {PHONE}", link="Profil saya: {URL}", men="Makasih {HANDLE}!",
    job="Lowongan backend developer, gaji {N:price}. {N:careers_url}",
    evt="Ketemu tanggal {N:date} jam {N:time}. Tiket: {N:event_url}",
    pay="Donasi ke {IBAN}", tech="Server {IPV4} mati lagi.", card="Kartu {CARD} saya dibobol.",
    fill="Babak baru!|Minggu yang sibuk.",
    neg="Pesanan {N:order_number} belum sampai.|Versi {N:version} rilis.|Harga: {N:price}",
    title="Software Engineer|Analis Data",
)
L["sw"] = dict(
    hi="Habari {FIRST}, swali fupi.|Mambo {FIRST}!",
    thx="Asante, {FIRST}!|Asante sana {FIRST}.",
    reco="Nimefurahi kufanya kazi na {NAME}.|Hongera {NAME}!",
    mail="Tuma CV kwa {EMAIL}.|Barua pepe: {EMAIL}",
    tel="Piga simu {PHONE}", link="Wasifu wangu: {URL}", men="Asante {HANDLE}!",
    job="Tunaajiri msanidi programu, mshahara {N:price}. {N:careers_url}",
    evt="Tukutane tarehe {N:date} saa {N:time}. Tiketi: {N:event_url}",
    pay="Michango kwa {IBAN}", tech="Seva {IPV4} haifanyi kazi.", card="Kadi yangu {CARD} imeibiwa.",
    fill="Sura mpya!|Wiki yenye shughuli.",
    neg="Agizo {N:order_number} bado halijafika.|Toleo {N:version} limetoka.|Bei: {N:price}",
    title="Mhandisi wa Programu|Mchambuzi wa Data",
)

LANG_WEIGHTS = [("en", 20), ("de", 6), ("fr", 5), ("es", 5), ("pt", 4), ("it", 3), ("nl", 3), ("pl", 2),
                ("sv", 2), ("cs", 2), ("ro", 2), ("tr", 3), ("ru", 4), ("uk", 2), ("el", 2), ("ar", 3),
                ("he", 2), ("hi", 3), ("zh", 6), ("ja", 4), ("ko", 4), ("th", 3), ("vi", 2), ("id", 2),
                ("sw", 2)]
LANG_COUNTRIES = {
    "en": ["US", "US", "CA", "UK", "UK", "AU", "IN", "NG", "US"], "de": ["DE", "DE", "DE", "NL"],
    "fr": ["FR", "FR", "FR", "CA"], "es": ["ES", "ES", "US"], "pt": ["BR", "BR", "BR"], "it": ["IT", "IT"],
    "nl": ["NL", "NL", "DE"], "pl": ["DE", "UK", "US"], "sv": ["UK", "DE", "US"], "cs": ["DE", "UK"],
    "ro": ["IT", "ES", "UK"], "tr": ["TR", "DE", "DE"], "ru": ["RU", "DE", "US"], "uk": ["DE", "UK", "US"],
    "el": ["UK", "DE", "IT"], "ar": ["UK", "FR", "US"], "he": ["US", "UK"], "hi": ["IN", "IN", "IN"],
    "zh": ["CN", "CN", "CN", "US"], "ja": ["JP", "JP", "JP"], "ko": ["KR", "US", "JP"], "th": ["AU", "US", "UK"],
    "vi": ["AU", "US", "FR"], "id": ["AU", "NL", "IN"], "sw": ["UK", "IN", "NG"],
}
LANG_NATIVE = {"zh": "zh", "ja": "ja", "ko": "ko", "ru": "ru", "uk": "uk", "el": "el", "ar": "ar", "he": "he",
               "hi": "hi", "th": "th"}
LANG_LATIN = {"en": ["en", "in", "ng", "zh", "ko", "ar"], "de": ["de", "tr", "pl"], "fr": ["fr", "ar"],
              "es": ["es"], "pt": ["pt"], "it": ["it"], "nl": ["nl"], "pl": ["pl"], "sv": ["sv"],
              "cs": ["cs"], "ro": ["ro"], "tr": ["tr"], "ru": ["ru"], "uk": ["ru"], "el": ["en"],
              "ar": ["ar"], "he": ["en"], "hi": ["in"], "zh": ["zh"], "ja": ["ja"], "ko": ["ko"],
              "th": ["en"], "vi": ["vi"], "id": ["id"], "sw": ["sw"]}
GLUED = {"zh", "ja", "th"}
IBAN_BY_LANG = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"], "pt": ["PT", "BR"],
                "it": ["IT"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "NO", "DK", "FI"], "cs": ["CZ"],
                "ro": ["RO"], "tr": ["TR"], "el": ["GR"], "ar": ["SA", "AE"], "he": ["IL"], "uk": ["PL", "DE"],
                "hu": ["HU"], "en": ["GB", "IE", "DE", "NL"]}

# ----------------------------------------------------------------------------- record builder

PH = re.compile(r"\{(NAME|FIRST|POSS|ATNAME|HANDLE2|HANDLE|EMAIL|PHONE|URL|IPV4|IPV6|CARD|IBAN|SSN|N:[a-z_0-9]+)\}")


class Rec:
    def __init__(self):
        self.text = []
        self.n = 0
        self.last = ""
        self.spans = []      # (start, end, type, inserted)
        self.negs = []       # (start, end, category, inserted)

    def add(self, s):
        self.text.append(s)
        self.n += len(s)
        if s:
            self.last = s[-1]

    def span(self, s, typ):
        self.spans.append((self.n, self.n + len(s), typ, s))
        self.add(s)

    def neg(self, s, cat):
        self.negs.append((self.n, self.n + len(s), cat, s))
        self.add(s)


class Gen:
    def __init__(self, members, rng):
        self.members = members
        self.rng = rng
        self.by_cul = {}
        for m in members:
            self.by_cul.setdefault(m.cul if m.script == "latin" else "n:" + m.cul, []).append(m)
            if m.script == "latin" and m.cul == "en" and m.name in SPECIAL_MEMBERS:
                self.by_cul.setdefault("special", []).append(m)
        self.by_name = {}
        for m in members:
            self.by_name.setdefault(m.name, m)

    def member(self, lang):
        rng = self.rng
        r = rng.random()
        if lang in LANG_NATIVE and r < 0.7:
            pool = self.by_cul.get("n:" + LANG_NATIVE[lang])
            if pool:
                return rng.choice(pool)
        if r < 0.85:
            pool = self.by_cul.get(rng.choice(LANG_LATIN[lang]))
            if pool:
                return rng.choice(pool)
        if r < 0.88 and "special" in self.by_cul:
            return rng.choice(self.by_cul["special"])
        return rng.choice(self.members)

    def name_variant(self, m):
        rng = self.rng
        nm = m.name
        if m.script != "latin":
            return nm
        r = rng.random()
        folded = strip_marks(nm)
        if r < 0.12 and folded != nm and folded.isascii():
            return folded
        turkish = any(c in nm for c in "İıŞşĞğ")
        if r < 0.17 and "ß" not in nm and not turkish:
            return nm.upper()
        if r < 0.22 and not turkish:
            return (folded if folded.isascii() and rng.random() < 0.5 else nm).lower()
        return nm

    def render(self, rec, tpl, lang, ctx):
        rng = self.rng
        pos = 0
        for mo in PH.finditer(tpl):
            rec.add(tpl[pos:mo.start()])
            pos = mo.end()
            k = mo.group(1)
            m = ctx["m"]
            if k in ("NAME", "POSS", "ATNAME"):
                if k == "ATNAME":
                    rec.add("@")
                rec.span(self.name_variant(m), "PERSON")
                if k == "POSS":
                    rec.add(rng.choice(["'s", "’s"]))
            elif k == "FIRST":
                rec.span(m.first, "PERSON")
            elif k in ("HANDLE", "HANDLE2"):
                mm = m if k == "HANDLE" else self.member(lang)
                rec.span("@" + mm.handle, "HANDLE")
            elif k == "EMAIL":
                e = g_email(rng, m, lang, role=ctx.get("role", False) or rng.random() < 0.15)
                dec = rng.random()
                if dec < 0.1:
                    e = obfuscate(rng, e)
                if dec > 0.93:
                    rec.add("<")
                    rec.span(e, "EMAIL")
                    rec.add(">")
                elif dec > 0.87:
                    rec.add("mailto:")
                    rec.span(e, "EMAIL")
                else:
                    rec.span(e, "EMAIL")
            elif k == "PHONE":
                rec.span(g_phone(rng, LANG_COUNTRIES[lang]), "PHONE")
            elif k == "URL":
                rec.span(g_profile_url(rng, m), "URL")
            elif k == "IPV4" and rng.random() < 0.3:
                rec.span(g_ipv6(rng, rng.random() < 0.2), "IPV6")
            elif k == "IPV4":
                rec.span(g_ipv4(rng), "IPV4")
                x = rng.random()
                if x < 0.2:
                    rec.add(":" + rng.choice(["443", "8080", "22", "3389", "8443", "25565"]))
                elif x < 0.3:
                    rec.add("/" + rng.choice(["32", "24", "28"]))
            elif k == "IPV6":
                full = rng.random() < 0.2
                if rng.random() < 0.25:
                    rec.add("[")
                    rec.span(g_ipv6(rng, full), "IPV6")
                    rec.add("]:" + rng.choice(["443", "8443", "22", "80"]))
                else:
                    rec.span(g_ipv6(rng, full), "IPV6")
            elif k == "CARD":
                rec.span(fmt_card(rng, card_digits(rng)), "CREDIT_CARD")
            elif k == "IBAN":
                cc = rng.choice(IBAN_BY_LANG.get(lang, list(IBAN_SPEC)))
                if rng.random() < 0.2:
                    cc = rng.choice(list(IBAN_SPEC))
                s = iban_make(rng, cc)
                rec.span(group(s, [4] * 9, " ").strip() if rng.random() < 0.55 else s, "IBAN")
            elif k == "SSN":
                rec.span(g_ssn(rng), "US_SSN")
            else:
                self.negative(rec, k[2:], lang)
        rec.add(tpl[pos:])

    def negative(self, rec, cat, lang):
        rng = self.rng
        f = {"date": n_date, "time": n_time, "price": n_price, "order_number": n_order,
             "ticket_number": n_ticket, "isbn": n_isbn, "version": n_version, "version_ip": n_version_ip,
             "patent": n_patent, "tracking_number": n_tracking, "luhn_invalid": n_luhn_invalid,
             "bad_iban": n_bad_iban}.get(cat)
        if f:
            rec.neg(f(rng, lang), cat)
        elif cat.endswith("_ip") or cat == "nonglobal_ipv6":
            rec.neg(n_ip(rng, cat), cat)
        elif cat.endswith("_url"):
            rec.neg(n_url(rng, cat), cat)
        elif cat == "bad_ssn":
            rec.neg(g_ssn(rng, valid=False), cat)
        elif cat == "at_not_handle":
            rec.neg(rng.choice(AT_NOT_HANDLE), cat)
        else:
            raise KeyError(cat)

    # -- English-only hard-negative sentences with member names that are not used as names
    def en_hard(self, rec):
        rng = self.rng
        k = rng.randrange(5)
        if k == 0:
            o = rng.choice(list(ORG_NAMES))
            a, b = ORG_SENTENCES[ORG_NAMES[o]].split("{O}")
            if o in ("Hugo Boss", "Calvin Klein", "Ralph Lauren", "Ted Baker", "Tory Burch", "Michael Kors",
                     "Kate Spade", "Tommy Hilfiger", "John Lewis") and rng.random() < 0.5:
                a, b = rng.choice([("Picked up a ", " suit for the wedding."), ("Got my dad a ", " bag.")]) \
                    if o != "John Lewis" else ("Shopping at ", " for the new flat.")
            rec.add(a)
            rec.neg(o, "org_name")
            rec.add(b)
        elif k == 1:
            if rng.random() < 0.3:
                rec.add("Celebrating with a glass of ")
                rec.neg("Jack Daniel's", "org_name")
                rec.add(" tonight.")
                return
            a, b = rng.choice(EPONYM_SENTENCES).split("{E}")
            rec.add(a)
            rec.neg(rng.choice(EPONYMS), "eponym")
            rec.add(b)
        elif k == 2:
            a, b = rng.choice(PLACE_SENTENCES).split("{L}")
            rec.add(a)
            rec.neg(rng.choice(PLACES), "place_name")
            rec.add(b)
        else:
            s, w = rng.choice(ORDINARY)
            i = s.index(w)
            rec.add(s[:i])
            rec.neg(w, "ordinary_word")
            rec.add(s[i + len(w):])

    def record(self, rid):
        rng = self.rng
        lang = rng.choices([l for l, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]
        ph = L[lang]
        glued = lang in GLUED
        sep = "" if glued else " "
        rec = Rec()
        kind = rng.choice(["post", "post", "comment", "headline", "about", "job", "reco", "event", "dm"])

        def pick(key):
            return rng.choice(ph[key].split("|"))

        def say(key, **ctx):
            c = {"m": self.member(lang)}
            c.update(ctx)
            self.render(rec, pick(key), lang, c)

        def gap():
            last = rec.last
            if last and last.isascii() and (last.isalnum() or last in "/@._-"):
                rec.add(rng.choice([" ", "\n"]))  # never glue two ASCII tokens
            else:
                rec.add(rng.choice([sep, sep, "\n"] if not glued else ["", "", "\n"]))

        pii_keys = ["reco", "mail", "tel", "link", "men", "thx", "pay", "tech", "card"]
        if "ssn" in ph and lang != "en":
            pii_keys.append("ssn")
        if lang == "en":
            pii_keys += ["ssn", "ssn", "reco", "thx", "tech"]
        if kind == "headline":
            m = self.member(lang)
            rec.add(pick("title"))
            for part in rng.sample(["mail", "tel", "link"], rng.randint(1, 3)):
                rec.add(rng.choice([" | ", " · ", " • ", " — "]))
                tpl = {"mail": rng.choice(["✉ {EMAIL}", "{EMAIL}"]), "tel": rng.choice(["☎ {PHONE}", "{PHONE}"]),
                       "link": "{URL}"}[part]
                self.render(rec, tpl, lang, {"m": m})
        elif kind == "job":
            self.render(rec, pick("job"), lang, {"m": self.member(lang), "role": True})
            gap()
            say("mail", role=True)
            if rng.random() < 0.5:
                gap()
                say("tel")
        elif kind == "event":
            say("evt")
            gap()
            say(rng.choice(["tel", "mail", "men", "link"]))
        elif kind == "reco":
            m = self.member(lang)
            self.render(rec, pick("reco"), lang, {"m": m})
            gap()
            self.render(rec, pick(rng.choice(["thx", "link", "men"])), lang, {"m": m})
        elif kind == "dm":
            m = self.member(lang)
            if lang == "en":
                rec.add(rng.choice(["Screenshot of a DM I got:\n\"", "Got this message today: \"", "DM → post: \""]))
                self.render(rec, pick("hi"), lang, {"m": m})
                rec.add(" ")
                say(rng.choice(["mail", "tel", "link", "card", "ssn"]))
                rec.add("\" — be careful out there.")
            else:
                self.render(rec, pick("hi"), lang, {"m": m})
                gap()
                say(rng.choice(["mail", "tel", "link"]))
        else:
            if kind != "comment":
                rec.add(pick("fill"))
                gap()
            for key in rng.sample(pii_keys, rng.randint(1, 3 if kind != "comment" else 2)):
                say(key)
                gap()
            if kind == "about":
                say(rng.choice(["mail", "link", "tel"]))
        # hard negatives
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            gap()
            if lang == "en" and rng.random() < 0.45:
                self.en_hard(rec)
            elif lang in ORDINARY_OTHER and rng.random() < 0.2:
                s, w = rng.choice(ORDINARY_OTHER[lang])
                i = s.index(w)
                rec.add(s[:i])
                rec.neg(w, "ordinary_word")
                rec.add(s[i + len(w):])
            else:
                self.render(rec, pick("neg") if rng.random() < 0.7 or lang != "en" else
                            rng.choice(L["en"]["neg"].split("|")), lang, {"m": self.member(lang)})
        if lang != "en" and rng.random() < 0.15:  # extra universal negatives in any language
            gap()
            cat = rng.choice(["private_ip", "doc_ip", "cgnat_ip", "reserved_ip", "nonglobal_ipv6", "loopback_ip",
                              "luhn_invalid", "bad_iban", "isbn", "patent", "paper_url", "docs_url",
                              "form_url", "company_url", "repo_url", "at_not_handle", "version_ip"])
            rec.add({"private_ip": "LAN: ", "doc_ip": "IP ", "cgnat_ip": "WAN ", "reserved_ip": "IP ",
                     "nonglobal_ipv6": "IPv6 ", "loopback_ip": "", "luhn_invalid": "№ ", "bad_iban": "IBAN ",
                     "isbn": "ISBN ", "patent": "", "version_ip": "FW ", "at_not_handle": ""}.get(cat, "→ "))
            self.negative(rec, cat, lang)
        if rng.random() < 0.25 and not glued:
            rec.add(rng.choice([" #hiring", " #opentowork", " 🚀", " #networking", " 🙏"]))
        return lang, kind, rec


# ----------------------------------------------------------------------------- checks

PROFILE_URL_RE = re.compile(r"^(https?://)?([a-z]+\.)?(linkedin\.com/in/[\w\-]+/?|github\.com/\w+/?|x\.com/\w+|"
                            r"twitter\.com/\w+|medium\.com/@\w+|bsky\.app/profile/[\w.\-]+|"
                            r"[\w\-]+\.substack\.com|calendly\.com/[\w\-]+(/[\w\-]+)?)$")


def is_word(c):
    return unicodedata.category(c)[0] in "LMN"


class Checker:
    def __init__(self, members):
        self.full = set()
        self.firsts = set()
        self.cjk = set()
        self.thai = set()
        self.handles = set()
        for m in members:
            self.handles.add(m.handle)
            self.firsts.add(fold(m.first))
            if m.glued:
                self.cjk.add(m.name)
            elif m.script == "thai":
                self.thai.add(m.name)
            else:
                self.full.add(fold(m.name))
        self.maxw = max(len(n.split()) for n in self.full)

    def problems(self, text, spans, negs):
        p = []
        allsp = sorted([(s, e, t) for s, e, t, _ in spans] + [(s, e, "neg:" + c) for s, e, c, _ in negs])
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1] and not (a[2].startswith("neg:") and b[2].startswith("neg:")):
                p.append("overlap %r %r" % (a, b))
        for s, e, t, v in spans:
            if text[s:e] != v:
                p.append("extract %s %r != %r" % (t, text[s:e], v))
            pre = text[s - 1] if s > 0 else " "
            post = text[e] if e < len(text) else " "
            if t == "PERSON":
                if v.isascii() or not any(is_cjk(c) for c in v):
                    if (pre.isascii() and pre.isalnum()) or (post.isascii() and post.isalnum()):
                        if not any(is_cjk(c) or "\u0e00" <= c <= "\u0e7f" for c in v):
                            p.append("PERSON boundary %r" % text[max(0, s - 3):e + 3])
            else:
                if (pre.isascii() and (pre.isalnum() or pre in "._-+")) or (post.isascii() and post.isalnum()):
                    p.append("%s boundary %r" % (t, text[max(0, s - 3):e + 3]))
            err = validate(t, v, self)
            if err:
                p.append("%s invalid %r: %s" % (t, v, err))
        for s, e, c, v in negs:
            if text[s:e] != v:
                p.append("neg extract %s" % c)
            err = validate_neg(c, v)
            if err:
                p.append("negative %s %r: %s" % (c, v, err))
        # unlabelled member names
        covered = bytearray(len(text))
        for s, e, _t, _v in spans:
            covered[s:e] = b"\1" * (e - s)
        for s, e, _c, _v in negs:
            covered[s:e] = b"\1" * (e - s)
        words = []
        i, n = 0, len(text)
        while i < n:
            if is_word(text[i]) and not is_cjk(text[i]):
                j = i
                while j < n and (is_word(text[j]) or (text[j] in "'’-" and j + 1 < n and is_word(text[j + 1]))) \
                        and not is_cjk(text[j]):
                    j += 1
                words.append((i, j, fold(text[i:j])))
                i = j
            else:
                i += 1
        for a in range(len(words)):
            for k in range(2, self.maxw + 1):
                if a + k > len(words):
                    break
                s, e = words[a][0], words[a + k - 1][1]
                if any(text[words[x][1]:words[x + 1][0]].strip() for x in range(a, a + k - 1)):
                    break
                if fold(text[s:e]) in self.full or " ".join(w for _, _, w in words[a:a + k]) in self.full:
                    if not all(covered[s:e]):
                        p.append("unlabelled member name %r" % text[s:e])
        for a in range(n):
            if is_cjk(text[a]):
                for k in (2, 3, 4):
                    if text[a:a + k] in self.cjk and not all(covered[a:a + k]):
                        p.append("unlabelled CJK member name %r" % text[a:a + k])
        for nm in self.thai:
            st = text.find(nm)
            while st >= 0:
                if not all(covered[st:st + len(nm)]):
                    p.append("unlabelled Thai member name %r" % nm)
                st = text.find(nm, st + 1)
        return p


def validate(t, v, ck):
    if t == "EMAIL":
        e = deobfuscate(v)
        if not EMAIL_RE.fullmatch(e) or e.startswith(".") or ".." in e or e.split("@")[0].endswith("."):
            return "syntax"
        dom = e.split("@")[1]
        if dom.split(".")[-1] in ("example", "test", "invalid", "localhost") or dom.endswith("example.com"):
            return "reserved domain"
    elif t == "PHONE":
        nd = len(re.sub(r"\D", "", v.replace("(0)", "")))
        if not 7 <= nd <= 15 or re.search(r"[^\d +\-./()\u00a0]", v):
            return "digits %d" % nd
    elif t == "IPV4" or t == "IPV6":
        if not ip_global(v) or (":" in v) != (t == "IPV6"):
            return "not global"
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", v)
        if not d.isdigit() or not luhn_ok(d) or not card_prefix_ok(d):
            return "luhn/prefix"
    elif t == "IBAN":
        if not iban_valid(v):
            return "mod97/length"
    elif t == "US_SSN":
        if not ssn_valid(v):
            return "range"
    elif t == "URL":
        if not PROFILE_URL_RE.match(v) or v[-1] in ".)":
            return "not a profile url"
    elif t == "HANDLE":
        if not v.startswith("@") or v[1:] not in ck.handles:
            return "not a member handle"
    elif t == "PERSON":
        if fold(v) not in ck.full and v not in ck.cjk and v not in ck.thai and fold(v) not in ck.firsts:
            return "not a member name"
    return None


def validate_neg(c, v):
    if c == "luhn_invalid":
        d = re.sub(r"[ \-]", "", v)
        return "luhn valid" if luhn_ok(d) else None
    if c == "bad_iban":
        return "valid iban" if iban_valid(v) else None
    if c == "bad_ssn":
        return "valid ssn" if ssn_valid(v) else None
    if c.endswith("_ip") and c != "version_ip" or c == "nonglobal_ipv6":
        return "global ip" if ip_global(v) else None
    return None


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
    members = build_members(a.members, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    gen = Gen(members, rng)
    ck = Checker(members)
    recs = []
    rejected = Counter()
    langs, kinds = Counter(), Counter()
    while len(recs) < a.records:
        lang, kind, rec = gen.record(len(recs))
        text = "".join(rec.text)
        probs = ck.problems(text, rec.spans, rec.negs)
        if probs:
            rejected[probs[0].split(" ")[0] + " " + probs[0].split(" ")[1]] += 1
            if a.selfcheck and sum(rejected.values()) <= 5:
                print("regenerated record (%s)" % probs[0], file=sys.stderr)
            continue
        langs[lang] += 1
        kinds[kind] += 1
        recs.append((text, rec.spans, rec.negs, lang, kind))
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(a.out, "gold_as_pred.jsonl"), "w", encoding="utf-8") as g:
        for i, (text, spans, negs, lang, kind) in enumerate(recs):
            rid = "b7-%d-%05d" % (a.seed, i + 1)
            sp = [{"start": s, "end": e, "type": t} for s, e, t, _ in sorted(spans)]
            f.write(json.dumps({"id": rid, "lang": lang, "kind": kind, "text": text, "spans": sp,
                                "negatives": [{"start": s, "end": e, "category": c}
                                              for s, e, c, _ in sorted(negs)]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": rid, "pii": sp}, ensure_ascii=False) + "\n")
    print("wrote %d records, %d members to %s" % (len(recs), len(members), a.out))
    if not a.selfcheck:
        return
    # re-read from disk and check everything again
    bad = 0
    types, cats = Counter(), Counter()
    with open(os.path.join(a.out, "corpus.jsonl"), encoding="utf-8") as f:
        for line, (text, spans, negs, _l, _k) in zip(f, recs):
            r = json.loads(line)
            if r["text"] != text:
                bad += 1
                continue
            sp = sorted(spans)
            if [(s["start"], s["end"], s["type"]) for s in r["spans"]] != [(s, e, t) for s, e, t, _ in sp]:
                bad += 1
            for s in r["spans"]:
                types[s["type"]] += 1
            for s in r["negatives"]:
                cats[s["category"]] += 1
            probs = ck.problems(r["text"], spans, negs)
            if probs:
                bad += 1
                print("PROBLEM %s: %s" % (r["id"], "; ".join(probs)), file=sys.stderr)
    nm = len({m.name for m in members})
    print("members: %d, distinct names %d, special members %d" % (len(members), nm,
                                                                  sum(1 for m in members if m.name in SPECIAL_MEMBERS)))
    print("languages (%d): %s" % (len(langs), ", ".join("%s %d" % kv for kv in sorted(langs.items()))))
    print("kinds: %s" % ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("spans per type:")
    for t in ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE", "PERSON"]:
        print("  %-12s %6d" % (t, types[t]))
    print("negatives per category:")
    for c, k in sorted(cats.items()):
        print("  %-18s %6d" % (c, k))
    print("records regenerated during generation: %d %s" % (sum(rejected.values()), dict(rejected)))
    print("selfcheck: %s" % ("OK" if not bad else "%d BAD records" % bad))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
