#!/usr/bin/env python3
"""gen_blind18.py - the twenty-second labelled PII corpus: community and professional life.

Written blind: the only inputs were the text of issue 3 (what counts as personal data and the
"not this" column) and bench/pii/score.py (label format and scoring).  No other file of the
project (detectors, docs, tests, other generators) was read.

  python3 bench/pii/gen_blind18.py --out DIR --records 5000 --members 100000 --seed 1

Writes DIR/members.jsonl ({"user","name","handle"} per line, exactly --members lines) and
DIR/corpus.jsonl ({"id","lang","kind","text","spans":[{start,end,type}],
"negatives":[{start,end,category}]}); offsets are Unicode code points, end-exclusive, computed
while the text is built.  Deterministic for a given seed.  Python 3 standard library only.
A self-check runs at the end (spans inside the text, gold spans non-overlapping, no negative
overlapping a gold span, Luhn / mod-97 + country length / SSN ranges / IP global-ness with the
ipaddress module, every member full name and every @member-handle in the text labelled or
covered by a negative); it exits 1 when something is wrong.

Setting: a professional community's group discussions, alumni newsletters, mentoring Q&A,
freelance gig posts, volunteer organisations, academic lab pages, meetup recaps, public
support escalations, "about" sections and forwarded messages, with greetings, signatures,
quotes, lists, emoji, typos and mixed languages.

Languages (25): en de fr es it pt nl pl sv tr ru uk el ar he fa hi th id sw pcm (Nigerian
Pidgin) vi ja zh ko.  Member names come from ~25 naming cultures in Latin, Cyrillic, Greek,
Arabic, Hebrew, Devanagari, Thai, Han, Kana/Kanji and Hangul scripts, plus members whose names
collide with hard negatives (Morgan Stanley, Paul Smith, Max Planck, Grace Hopper, 李宁, first
names that are ordinary words: Will, Grace, Rose, Hope, Luz, Paz, Deniz, Вера, Baraka, ...).

Hard-negative categories: date, time, price, order_number, ticket_number, isbn, version,
patent_number (PHONE); ip_like_version, ipv4_private, ipv4_loopback, ipv4_link_local,
ipv4_documentation, ipv4_reserved, ipv6_nonglobal, ip_port_cidr (IPs); mailto_prefix (EMAIL);
luhn_invalid; iban_bad_check; ssn_invalid; url_company, url_careers, url_docs, url_paper,
url_event, url_form (URL); doc_domain (addresses/links under RFC 2606 domains); at_keyword
(@here, @Override, pkg@latest ...: HANDLE); company, place, eponym, name_word (PERSON).

Labelling choices where the issue is silent or doubtful:
- HANDLE spans include the "@" ("@anjaweber"); a possessive after a handle stays outside.
- An @-mention of a full name ("@Anja Weber") is PERSON and the span is the name without "@".
- Possessives: "Anja Weber's" / "Anja Weber’s" -> the name only; "James'" -> "James".
- Greetings/thanks with a first name alone are PERSON (also when the first name is an ordinary
  word: "Thanks, Will!"); honorifics stay outside ("{name}さん", "{name}님", "{name} Bey",
  "{name} जी", Thai "คุณ{name}" glued).  For Han/Kana/Hangul/Vietnamese names the full name is
  used, never the given name alone.  First names alone outside greetings/thanks are not written.
- Names written lowercase or without diacritics ("jose garcia" for member "José García") are
  PERSON (matching is case- and diacritic-insensitive per the issue).
- Institutions, prizes and laws named after a person whose full name is a member name
  ("Max Planck Society", "Alan Turing Institute", "Grace Hopper Celebration") are eponym
  negatives; brands named like members ("Paul Smith store", "Hugo Boss suit") are company
  negatives.
- Obfuscated e-mails: the whole "maria [at] gmail [dot] com" is the EMAIL span; "mailto:" is a
  negative (mailto_prefix) right before the span.  ":port" and "/cidr" after an IP are
  ip_port_cidr negatives; "[ ]" around IPv6 are plain text.
- Non-global IPv6 (ULA fd00::/8, link-local fe80::/10, loopback, 2001:db8::/32) are negatives
  (ipv6_nonglobal), by analogy with IPv4; the issue names no IPv6 ranges.
- Profile URLs include the scheme and "www." when written, and a trailing "/" that belongs to
  the URL; a trailing "." or ")" stays outside.  LinkedIn slugs may carry a suffix
  (linkedin.com/in/anja-weber-4b2a1c).  Only the sites the issue lists are used for URL gold.
  github.com/orgs/..., linkedin.com/company/..., medium.com/<publication> are url_company.
- Platform paths under askfirst.example other than /u/<handle> are doc_domain negatives.
- Luhn-invalid numbers, IBANs with bad check digits and SSNs with invalid ranges are negatives
  even when the context says "card", "IBAN" or "SSN".
- Versions shaped like a dotted quad ("firmware 4.2.1.15") are ip_like_version negatives even
  when the quad would be a global address.
- Toll-free and premium numbers count as PHONE; the SSN-shaped "123 45 6789" with spaces is
  US_SSN, never PHONE.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------- helpers

TRANS = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'"})


def strip_dia(s):
    s = s.translate(TRANS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    s = strip_dia(s).lower()
    s = re.sub(r"[^\w\u0900-\u097f\u0e00-\u0e7f]+", " ", s)
    return " ".join(s.split())


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def mod97(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


IBAN_SPEC = {  # country: (length, bban pattern: n digit, a letter, c alnum)
    "DE": (22, "n" * 18), "AT": (20, "n" * 16), "CH": (21, "n" * 5 + "c" * 12),
    "FR": (27, "n" * 10 + "c" * 11 + "nn"), "GB": (22, "aaaa" + "n" * 14),
    "IE": (22, "aaaa" + "n" * 14), "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "c" * 12),
    "NL": (18, "aaaa" + "n" * 10), "BE": (16, "n" * 12), "PL": (28, "n" * 24),
    "PT": (25, "n" * 21), "SE": (24, "n" * 20), "DK": (18, "n" * 14), "NO": (15, "n" * 11),
    "FI": (18, "n" * 14), "TR": (26, "n" * 5 + "0" + "c" * 16), "GR": (27, "n" * 7 + "c" * 16),
    "SA": (24, "nn" + "c" * 18), "AE": (23, "n" * 19), "LU": (20, "nnn" + "c" * 13),
    "CZ": (24, "n" * 20), "HU": (28, "n" * 24), "RO": (24, "aaaa" + "c" * 16),
    "BR": (29, "n" * 23 + "ac"),
}


def ssn_valid(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a != 0 and a != 666 and a < 900 and g != 0 and n != 0


# ----------------------------------------------------------------------------- names

def pairs(s):
    out = []
    for x in s.split(","):
        x = x.strip()
        if not x:
            continue
        if "|" in x:
            a, b = x.split("|")
            out.append((a.strip(), b.strip()))
        else:
            out.append((x, strip_dia(x)))
    return out


CULTURES = {
    "en": dict(w=16, order="fl", first=pairs(
        "James, Mary, John, Patricia, Robert, Jennifer, Michael, Linda, David, Elizabeth, William,"
        " Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Daniel, Nancy,"
        " Matthew, Lisa, Anthony, Betty, Mark, Margaret, Will, Grace, Rose, Hope, Faith, Joy,"
        " June, April, Summer, Frank, Bill, Art, Pat, Holly, Ivy, Ruby, Amber, Jade, Dawn, Drew,"
        " Chase, Hunter, Sandy, Penny, Sunny, Autumn, Iris, Crystal, Charlotte, Georgia, Florence,"
        " Victoria, Madison, Austin, Jackson, Morgan, Max, Alan, Alice, Sydney, Adelaide, Regina,"
        " Eugene, Lincoln, Ross, Chloe, Ethan, Olivia, Liam, Emily, Noah, Harper, Zoe, Ryan"),
        last=pairs(
        "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Moore,"
        " Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King,"
        " Wright, Scott, Green, Baker, Adams, Nelson, Hill, Campbell, Mitchell, Roberts, Carter,"
        " Phillips, Evans, Turner, Parker, Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers,"
        " Reed, Hughes, Price, Bennett, Wood, Barnes, Henderson, Coleman, Jenkins, Perry, Powell,"
        " Long, Patterson, O'Brien, McCarthy, Fitzgerald, Sullivan, Gallagher, Whitfield")),
    "de": dict(w=7, order="fl", first=pairs(
        "Anja, Lukas, Leon, Finn, Jonas, Paul, Felix, Lena, Hannah, Lea, Sophie, Marie, Emma,"
        " Julia, Laura, Katharina, Jürgen, Klaus, Uwe, Dieter, Sabine, Petra, Monika, Ursula,"
        " Stefan, Tobias, Maximilian, Jörg, Björn, Ernst, Heide, Rosa, Till, Kai, Augustin, Clara,"
        " Frank, Günther, Änne"),
        last=pairs(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,"
        " Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann,"
        " Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann,"
        " Köhler, Herrmann, Kühn, Walter, Peters, Groß, Weiß, Jäger, Vogel, Fuchs, Bergmann")),
    "fr": dict(w=6, order="fl", first=pairs(
        "Camille, Léa, Manon, Chloé, Inès, Louise, Lucas, Hugo, Louis, Gabriel, Arthur, Raphaël,"
        " Théo, Nathan, Jules, Élodie, Amélie, Hélène, Aurélien, Benoît, François, Céline,"
        " Stéphane, Sébastien, Gaëlle, Noël, Constance, Prudence, Aimé, Désiré, Rose, Denis,"
        " Jean-Luc, Marie-Claire"),
        last=pairs(
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon,"
        " Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel,"
        " Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, Fontaine, Chevalier, Gauthier,"
        " Légaré, N'Diaye")),
    "es": dict(w=6, order="fl", first=pairs(
        "María, José, Antonio, Carmen, Manuel, Lucía, Javier, Sofía, Alejandro, Paula, Pablo,"
        " Marta, Sergio, Dolores, Consuelo, Pilar, Luz, Paz, Rosario, Soledad, Amparo, Socorro,"
        " Ángel, Jesús, Iñaki, Begoña, Nerea, Íker, Mar, Sol, Santiago, Salvador, Sebastián,"
        " Lourdes, Clara"),
        last=pairs(
        "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín,"
        " Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez,"
        " Navarro, Torres, Domínguez, Vázquez, Ramos, Ramírez, Serrano, Blanco, Molina, Castillo,"
        " Ortega, Núñez, Ibáñez, Echeverría")),
    "it": dict(w=4, order="fl", first=pairs(
        "Giulia, Francesca, Chiara, Sara, Martina, Alessandro, Lorenzo, Matteo, Leonardo, Andrea,"
        " Davide, Federico, Giorgia, Felice, Serena, Speranza, Niccolò, Giorgio, Salvatore"),
        last=pairs(
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno,"
        " Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri,"
        " Fontana, Santoro, Mariani, Rinaldi, Caruso, D'Angelo")),
    "pt": dict(w=5, order="fl", first=pairs(
        "João, Ana, Maria, Pedro, Lucas, Gabriel, Beatriz, Larissa, Thiago, Rafael, Graça, Glória,"
        " Luz, Conceição, Fernanda, Camila, Gonçalo, Inês, Paulo, Vitória"),
        last=pairs(
        "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa,"
        " Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha,"
        " Dias, Nascimento, Araújo, Gonçalves, Magalhães")),
    "nl": dict(w=3, order="fl", first=pairs(
        "Daan, Sem, Levi, Noah, Emma, Julia, Mila, Sophie, Tess, Roos, Sanne, Anouk, Bram, Joris,"
        " Femke, Wouter, Maarten, Geert"),
        last=pairs(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer,"
        " de Boer, Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit,"
        " Dijkstra")),
    "pl": dict(w=3, order="fl", fem=pairs(
        "Anna, Katarzyna, Małgorzata, Agnieszka, Krystyna, Barbara, Ewa, Zofia"), first=pairs(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Łukasz, Grzegorz, Wiesław,"
        " Wojciech, Jakub"),
        last=pairs(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,"
        " Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk")),
    "sv": dict(w=2, order="fl", first=pairs(
        "Erik, Lars, Karl, Anders, Johan, Per, Nils, Maria, Karin, Kristina, Elin, Sofia, Ingrid,"
        " Åsa, Björn, Sören, Linnéa, Märta"),
        last=pairs(
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,"
        " Gustafsson, Pettersson, Jonsson, Lindberg, Lindström, Öberg, Åberg, Ström, Sjöberg")),
    "tr": dict(w=3, order="fl", first=pairs(
        "Mehmet, Mustafa, Ahmet, Hüseyin, Hasan, İbrahim, Fatma, Ayşe, Emine, Hatice, Zeynep,"
        " Elif, Deniz, Can, Umut, Barış, Ay, Özge, Çağla, Gökhan, Şule"),
        last=pairs(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,"
        " Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Özkan, Şimşek")),
    "ru": dict(w=4, order="fl", fem=pairs(
        "Ольга|Olga, Анна|Anna, Мария|Maria, Екатерина|Ekaterina, Наталья|Natalya, Вера|Vera,"
        " Надежда|Nadezhda, Любовь|Lyubov, Татьяна|Tatyana, Юлия|Yulia"), first=pairs(
        "Александр|Aleksandr, Дмитрий|Dmitry, Максим|Maksim, Сергей|Sergey, Андрей|Andrey,"
        " Алексей|Aleksey, Иван|Ivan, Павел|Pavel"),
        last=pairs(
        "Иванов|Ivanov, Смирнов|Smirnov, Кузнецов|Kuznetsov, Попов|Popov, Васильев|Vasilyev,"
        " Петров|Petrov, Соколов|Sokolov, Михайлов|Mikhaylov, Новиков|Novikov, Фёдоров|Fyodorov,"
        " Морозов|Morozov, Волков|Volkov, Лебедев|Lebedev, Семёнов|Semyonov, Егоров|Egorov")),
    "uk": dict(w=2, order="fl", first=pairs(
        "Олександр|Oleksandr, Андрій|Andrii, Тарас|Taras, Богдан|Bohdan, Оксана|Oksana,"
        " Олена|Olena, Ірина|Iryna, Наталія|Nataliia, Юлія|Yuliia, Дмитро|Dmytro, Віра|Vira,"
        " Надія|Nadiia"),
        last=pairs(
        "Шевченко|Shevchenko, Бондаренко|Bondarenko, Коваленко|Kovalenko, Ткаченко|Tkachenko,"
        " Кравченко|Kravchenko, Мельник|Melnyk, Бойко|Boiko, Коваль|Koval, Олійник|Oliinyk,"
        " Лисенко|Lysenko")),
    "el": dict(w=2, order="fl", first=pairs(
        "Γιώργος|Giorgos, Δημήτρης|Dimitris, Κώστας|Kostas, Νίκος|Nikos, Μαρία|Maria,"
        " Ελένη|Eleni, Αικατερίνη|Aikaterini, Σοφία|Sofia, Ειρήνη|Eirini"),
        last=pairs(
        "Γεωργίου|Georgiou, Οικονόμου|Oikonomou, Νικολάου|Nikolaou, Βασιλείου|Vasileiou,"
        " Ιωάννου|Ioannou, Αντωνίου|Antoniou, Δημητρίου|Dimitriou, Κωνσταντίνου|Konstantinou,"
        " Αθανασίου|Athanasiou, Χριστοδούλου|Christodoulou")),
    "ar": dict(w=3, order="fl", first=pairs(
        "محمد|Mohammed, أحمد|Ahmed, علي|Ali, عمر|Omar, يوسف|Youssef, خالد|Khaled, فاطمة|Fatima,"
        " مريم|Maryam, نور|Noor, أمل|Amal, سلمى|Salma, ليلى|Layla, هدى|Huda"),
        last=pairs(
        "العلي|Alali, الحسن|Alhassan, حداد|Haddad, منصور|Mansour, خليل|Khalil, سعيد|Saeed,"
        " عبدالله|Abdullah, الشمري|Alshammari, ناصر|Nasser, القحطاني|Alqahtani")),
    "he": dict(w=2, order="fl", first=pairs(
        "נועה|Noa, יעל|Yael, תמר|Tamar, מאיה|Maya, אורי|Uri, דוד|David, יוסי|Yossi, איתי|Itai,"
        " שירה|Shira"),
        last=pairs(
        "כהן|Cohen, לוי|Levi, מזרחי|Mizrahi, פרץ|Peretz, ביטון|Biton, אברהם|Avraham,"
        " פרידמן|Friedman, שפירא|Shapira")),
    "fa": dict(w=2, order="fl", first=pairs(
        "علی|Ali, رضا|Reza, مهدی|Mehdi, سارا|Sara, مریم|Maryam, زهرا|Zahra, نیلوفر|Niloufar,"
        " امید|Omid, آرش|Arash"),
        last=pairs(
        "محمدی|Mohammadi, حسینی|Hosseini, رضایی|Rezaei, کریمی|Karimi, احمدی|Ahmadi,"
        " موسوی|Mousavi, جعفری|Jafari")),
    "in": dict(w=5, order="fl", first=pairs(
        "प्रिया|Priya, राहुल|Rahul, अमित|Amit, अनिल|Anil, सुनीता|Sunita, आशा|Asha, किरण|Kiran,"
        " दीपक|Deepak, नेहा|Neha, अंजलि|Anjali, विक्रम|Vikram, पूजा|Pooja"),
        last=pairs(
        "शर्मा|Sharma, वर्मा|Verma, गुप्ता|Gupta, सिंह|Singh, पटेल|Patel, कुमार|Kumar,"
        " रेड्डी|Reddy, अय्यर|Iyer, जोशी|Joshi, मेहता|Mehta")),
    "th": dict(w=2, order="fl", first=pairs(
        "สมชาย|Somchai, สมศรี|Somsri, ประเสริฐ|Prasert, วิไล|Wilai, อนันต์|Anan, นภา|Napa,"
        " ธนากร|Thanakorn"),
        last=pairs(
        "ใจดี|Jaidee, แสงทอง|Saengthong, วงศ์สวัสดิ์|Wongsawat, ศรีสุข|Srisuk, บุญมา|Boonma")),
    "id": dict(w=3, order="fl", first=pairs(
        "Budi, Siti, Agus, Dewi, Ahmad, Putri, Rizky, Wahyu, Sri, Indah, Eko, Ayu"),
        last=pairs(
        "Santoso, Wijaya, Hidayat, Saputra, Pratama, Nugroho, Kusuma, Setiawan, Lestari, Wibowo,"
        " Halim")),
    "sw": dict(w=2, order="fl", first=pairs(
        "Baraka, Imani, Amani, Neema, Furaha, Zawadi, Juma, Wanjiru, Achieng, Wambui"),
        last=pairs(
        "Mwangi, Otieno, Kamau, Njoroge, Wanjiku, Ochieng, Kiprono, Mutua, Odhiambo")),
    "ng": dict(w=3, order="fl", first=pairs(
        "Chinedu, Ngozi, Oluwaseun, Adebayo, Blessing, Precious, Goodluck, Emeka, Funmilayo,"
        " Aisha, Tunde, Chioma"),
        last=pairs(
        "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Abubakar, Bello, Adeleke, Obi")),
    "vi": dict(w=2, order="lf", sep=" ", first=pairs(
        "Văn An, Thị Mai, Minh Tuấn, Thu Hà, Quốc Bảo, Ngọc Lan, Đức Anh, Thanh Hương"),
        last=pairs("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng")),
    "ja": dict(w=3, order="lf", sep="", first=pairs(
        "太郎|Taro, 翔太|Shota, 陽菜|Hina, 結衣|Yui, 大輔|Daisuke, 健太|Kenta, 美咲|Misaki,"
        " 花子|Hanako, 蓮|Ren, 葵|Aoi, 翼|Tsubasa, 由美|Yumi, 直樹|Naoki"),
        last=pairs(
        "佐藤|Sato, 鈴木|Suzuki, 高橋|Takahashi, 田中|Tanaka, 伊藤|Ito, 渡辺|Watanabe,"
        " 山本|Yamamoto, 中村|Nakamura, 小林|Kobayashi, 加藤|Kato, 吉田|Yoshida, 山田|Yamada,"
        " 松本|Matsumoto, 井上|Inoue, 木村|Kimura, 本田|Honda")),
    "zh": dict(w=4, order="lf", sep="", first=pairs(
        "伟|Wei, 芳|Fang, 娜|Na, 敏|Min, 静|Jing, 丽|Li, 强|Qiang, 磊|Lei, 军|Jun, 洋|Yang,"
        " 勇|Yong, 艳|Yan, 杰|Jie, 娟|Juan, 涛|Tao, 超|Chao, 秀英|Xiuying, 宁|Ning, 江|Jiang,"
        " 志明|Zhiming, 晓红|Xiaohong, 建国|Jianguo, 海燕|Haiyan"),
        last=pairs(
        "王|Wang, 李|Li, 张|Zhang, 刘|Liu, 陈|Chen, 杨|Yang, 黄|Huang, 赵|Zhao, 吴|Wu, 徐|Xu,"
        " 孙|Sun, 马|Ma, 朱|Zhu, 胡|Hu, 郭|Guo, 林|Lin")),
    "ko": dict(w=2, order="lf", sep="", first=pairs(
        "민준|Minjun, 서연|Seoyeon, 지훈|Jihoon, 하은|Haeun, 도윤|Doyun, 지은|Jieun, 현우|Hyunwoo,"
        " 수빈|Subin, 예준|Yejun, 지민|Jimin"),
        last=pairs(
        "김|Kim, 이|Lee, 박|Park, 최|Choi, 정|Jung, 강|Kang, 조|Cho, 윤|Yoon, 장|Jang, 임|Lim")),
}

# members whose full names collide with brands, institutions or places (hard negatives)
SPECIAL = [("en", "Morgan", "Stanley"), ("en", "Paul", "Smith"), ("de", "Hugo", "Boss"),
           ("en", "Ted", "Baker"), ("en", "John", "Lewis"), ("en", "Calvin", "Klein"),
           ("en", "Charles", "Schwab"), ("en", "Edward", "Jones"), ("de", "Ernst", "Young"),
           ("fr", "Louis", "Vuitton"), ("fr", "Christian", "Dior"), ("it", "Giorgio", "Armani"),
           ("en", "Philip", "Morris"), ("en", "John", "Deere"), ("en", "Ralph", "Lauren"),
           ("en", "Jack", "Daniel"), ("de", "Max", "Planck"), ("fr", "Marie", "Curie"),
           ("en", "Alan", "Turing"), ("en", "Grace", "Hopper"), ("en", "Ada", "Lovelace"),
           ("en", "Johns", "Hopkins"), ("en", "Isaac", "Newton"), ("en", "Rosalind", "Franklin"),
           ("en", "Francis", "Crick"), ("en", "Adam", "Smith"), ("en", "Charles", "Darwin"),
           ("en", "Tim", "Horton"), ("en", "Alice", "Springs"), ("it", "Salvatore", "Ferragamo"),
           ("zh", "李", "宁"), ("zh", "张", "江"), ("ja", "本田", "宗一郎")]
SPECIAL_ROMAN = {"李": "li", "宁": "ning", "张": "zhang", "江": "jiang", "本田": "honda",
                 "宗一郎": "soichiro"}


class Member:
    __slots__ = ("user", "name", "handle", "first", "culture", "lf", "roman")


def make_members(n, rng):
    cults = list(CULTURES)
    weights = [CULTURES[c]["w"] for c in cults]
    used = set()
    out = []

    def handle_for(rf, rl):
        rf = re.sub(r"[^a-z0-9]", "", strip_dia(rf).lower())
        rl = re.sub(r"[^a-z0-9]", "", strip_dia(rl).lower())
        k = rng.random()
        if k < 0.45:
            h = rf + rl
        elif k < 0.6:
            h = rf + "_" + rl
        elif k < 0.72:
            h = rf[0] + rl
        elif k < 0.82:
            h = rf + rl[0]
        elif k < 0.9:
            h = rl + rf
        else:
            h = rf + "_" + rl[:3]
        base = h
        while h in used or len(h) < 4:
            h = base + str(rng.randint(1, 9999))
        used.add(h)
        return h

    def mk(cult, f, l):
        c = CULTURES[cult]
        m = Member()
        m.culture = cult
        m.lf = c["order"] == "lf"
        if m.lf:
            m.name = l[0] + c.get("sep", " ") + f[0]
        else:
            m.name = f[0] + " " + l[0]
        m.first = f[0]
        m.roman = (f[1], l[1])
        m.handle = handle_for(f[1], l[1])
        return m

    specials = []
    for cult, f, l in SPECIAL:
        specials.append(mk(cult, (f, SPECIAL_ROMAN.get(f, f)), (l, SPECIAL_ROMAN.get(l, l))))
    while len(out) < n - len(specials):
        cult = rng.choices(cults, weights)[0]
        c = CULTURES[cult]
        fem = c.get("fem")
        if fem and rng.random() < 0.5:
            f = rng.choice(fem)
            l = rng.choice(c["last"])
            if cult == "ru":
                l = (l[0] + "а", l[1] + "a")
            elif cult == "pl":
                l = (re.sub(r"ki$", "ka", l[0]), re.sub(r"ki$", "ka", l[1]))
        else:
            f = rng.choice(c["first"] + (fem or []) if fem else c["first"])
            l = rng.choice(c["last"])
        if cult == "es" and rng.random() < 0.25:
            l2 = rng.choice(c["last"])
            if l2 != l:
                l = (l[0] + " " + l2[0], l[1] + " " + l2[1])
        out.append(mk(cult, f, l))
    for m in specials:
        out.insert(rng.randint(0, len(out)), m)
    for i, m in enumerate(out, 1):
        m.user = "u%d" % i
    return out


# ----------------------------------------------------------------------------- languages

L = {}
L["en"] = dict(
    hi=["Hi {F},", "Hey {F}!", "Hello {F},", "Dear {F},", "Morning {F} 👋", "Hi {F} -"],
    thx=["Thanks, {F}!", "Thank you {F}!", "Thx {F} 🙏", "Huge thanks to {F}.", "Cheers {F}!",
         "Thanks so much {F}!!", "ty {F}"],
    mail=["Email me at", "reach me at", "drop a line to", "my email:", "contact:",
          "send your CV to", "write to"],
    call=["Call me on", "phone:", "text me at", "reach me by phone:", "mobile:", "WhatsApp"],
    prof=["My profile:", "more about me:", "portfolio:", "find me at", "connect with me:",
          "book a slot:"],
    pay=["Please transfer the fee to", "bank details: IBAN", "Donations to",
         "refund to my account"],
    card=["They charged my card", "card number", "the payment went on card"],
    ip=["The suspicious login came from", "our VPS is at", "please allowlist",
        "the webhook calls come from", "server IP:"],
    ssn=["For the W-9 I need your SSN, mine is", "SSN:", "social security no."],
    talk=["Great talk by", "Shout-out to", "Congrats to", "Welcome our new mentor",
          "Session led by", "Kudos to", "Meet"],
    on=["on", "next session:", "deadline:", "we meet on"],
    at=["starts at", "doors open", "from"],
    price=["budget:", "fee is", "tickets cost", "rate:"],
    order=["order", "my order no.", "PO"],
    ticket=["ticket", "see", "case"],
    upd=["after upgrading to", "runs on", "pinned to", "broke in"],
    see=["see", "details:", "link:", "apply here:", "slides:", "RSVP:"],
    patent=["see patent", "prior art:", "our patent"],
    fill=["Quick recap of last night's meetup.", "We still need volunteers for Saturday's food drive.",
          "Anyone here switched from teaching to UX research?", "Short freelance gig, 3 weeks, fully remote.",
          "Please reply by Friday.", "Forwarding this for visibility.", "Posting on behalf of the alumni board.",
          "The venue has step-free access.", "Coffee and snacks provided ☕", "Happy to answer questions in the thread.",
          "Sharing in case it helps someone.", "This is my first post here, be gentle 😅",
          "Looking for a mentor in data engineering.", "Our lab is hiring two research assistants.",
          "Escalating this publicly because support has ignored me for two weeks.",
          "Background: 8 yrs in logistics, now learning Python.", "Recording will be shared later."],
    bye=["Best,", "Cheers,", "Thanks,", "Kind regards,", "Best regards,", "—"])
L["de"] = dict(
    hi=["Hallo {F},", "Hi {F}!", "Moin {F}!", "Servus {F},"],
    thx=["Danke, {F}!", "Vielen Dank {F}!", "Danke dir, {F} 🙂", "Merci {F}!"],
    mail=["Schreibt mir an", "E-Mail:", "Mail an", "Bewerbungen bitte an"],
    call=["Tel.", "Ruft mich an:", "Handy:", "mobil erreichbar unter"],
    prof=["Mein Profil:", "mehr über mich:", "Termin buchen:"],
    pay=["Überweisung bitte an", "Spenden an IBAN", "Kontoverbindung:"],
    card=["Abgebucht wurde von Karte", "Kartennummer"],
    ip=["Der Login kam von", "Server-IP:"],
    talk=["Toller Vortrag von", "Willkommen an", "Danke an"],
    on=["am", "Termin:"], at=["um", "ab"], price=["Budget:", "kostet", "Honorar:"],
    order=["Bestellung", "Bestellnr."], ticket=["Ticket", "Vorgang"],
    upd=["seit dem Update auf", "läuft auf"], see=["siehe", "Link:", "Anmeldung:"],
    patent=["vgl. Patent"],
    fill=["Wir suchen noch Freiwillige für den Infostand am Samstag.", "Kurzes Update aus der Alumni-Gruppe:",
          "Hat jemand Erfahrung mit Mentoring-Programmen im öffentlichen Dienst?",
          "Das Treffen war super, danke an alle fürs Kommen!", "Suche Freelancer:in für ein kleines Datenprojekt (remote).",
          "Bitte meldet euch bis Freitag.", "Ich leite das gerne weiter.", "Getränke gibt's vor Ort 🍻"],
    bye=["Viele Grüße,", "VG", "Liebe Grüße,", "Beste Grüße"])
L["fr"] = dict(
    hi=["Bonjour {F},", "Salut {F} !", "Coucou {F},"],
    thx=["Merci {F} !", "Merci beaucoup, {F}.", "Un grand merci à {F} !"],
    mail=["Écrivez-moi à", "mail :", "contact :", "CV à envoyer à"],
    call=["Tél. :", "Appelez-moi au", "portable :"],
    prof=["Mon profil :", "plus d'infos :", "prenez rendez-vous :"],
    pay=["Virement à l'IBAN", "RIB / IBAN :"], card=["Ma carte", "débité sur la carte"],
    ip=["Connexion suspecte depuis", "IP du serveur :"],
    talk=["Bravo à", "Super présentation de", "Bienvenue à"],
    on=["le", "date :"], at=["à", "dès"], price=["budget :", "tarif :"],
    order=["commande n°", "commande"], ticket=["ticket", "dossier"],
    upd=["depuis la mise à jour", "tourne sous"], see=["voir", "lien :", "inscription :"],
    fill=["Petit compte-rendu du meetup d'hier soir.", "On cherche des bénévoles pour la collecte de dimanche.",
          "Je débute en UX, des conseils ?", "Mission freelance de 3 semaines, full remote.",
          "N'hésitez pas à partager autour de vous.", "Voici le message transféré :"],
    bye=["Bien à vous,", "Cordialement,", "À bientôt,", "Bises,"])
L["es"] = dict(
    hi=["Hola {F},", "¡Hola, {F}!", "Buenas {F}!"],
    thx=["¡Gracias, {F}!", "Gracias {F} 🙌", "Mil gracias, {F}."],
    mail=["Escríbeme a", "correo:", "CV a"], call=["Tel.:", "Llámame al", "móvil:"],
    prof=["Mi perfil:", "más sobre mí:"], pay=["Transferencia a", "IBAN para donaciones:"],
    card=["Me cobraron en la tarjeta", "tarjeta"], ip=["El acceso vino de", "IP del servidor:"],
    talk=["Gran charla de", "Bienvenida a", "Enhorabuena a"],
    on=["el", "fecha:"], at=["a las", "desde las"], price=["presupuesto:", "cuesta"],
    order=["pedido", "pedido n.º"], ticket=["incidencia", "ticket"], see=["ver", "enlace:"],
    fill=["Resumen del encuentro de ayer:", "Buscamos voluntarios para el banco de alimentos.",
          "¿Alguien sabe si la beca sigue abierta?", "Proyecto freelance de diseño, 2 semanas.",
          "Gracias a todos por venir!!", "Os paso el contacto:"],
    bye=["Un saludo,", "Saludos,", "Abrazo,"])
L["it"] = dict(
    hi=["Ciao {F},", "Buongiorno {F},"], thx=["Grazie {F}!", "Grazie mille, {F}."],
    mail=["Scrivetemi a", "email:"], call=["Tel.", "chiamatemi al", "cell."],
    prof=["Il mio profilo:"], pay=["Bonifico a", "IBAN:"], card=["Addebitato sulla carta"],
    ip=["Accesso da"], talk=["Grande talk di", "Benvenuta a", "Complimenti a"],
    fill=["Resoconto del meetup di giovedì.", "Cerchiamo volontari per la raccolta alimentare.",
          "Qualcuno ha esperienza con il mentoring?", "Progetto freelance, circa 20 ore.",
          "Fatemi sapere entro venerdì."],
    bye=["Un saluto,", "Ciao,", "Cordiali saluti,"])
L["pt"] = dict(
    hi=["Olá {F},", "Oi {F}!"], thx=["Obrigado, {F}!", "Valeu {F}!", "Obrigada {F} 😊"],
    mail=["Me escreve em", "e-mail:"], call=["Tel.:", "Liga pra mim:", "celular:", "zap:"],
    prof=["Meu perfil:"], pay=["Transferência para", "IBAN:"], card=["Cobraram no cartão"],
    ip=["O acesso veio de"], talk=["Palestra incrível de", "Parabéns,"],
    fill=["Resumo do encontro de ontem:", "Procuramos voluntários para o mutirão de sábado.",
          "Alguém pode me indicar um mentor de dados?", "Freela de 2 semanas, remoto.",
          "Segue o contato abaixo:"],
    bye=["Abraços,", "Att.,", "Valeu,"])
L["nl"] = dict(
    hi=["Hoi {F},", "Hallo {F}!", "Beste {F},"], thx=["Bedankt {F}!", "Dank je wel, {F}."],
    mail=["Mail me op", "e-mail:"], call=["Tel.", "bel me op", "mobiel:"], prof=["Mijn profiel:"],
    pay=["Overmaken naar", "IBAN:"], card=["Afgeschreven van kaart"], ip=["De login kwam van"],
    talk=["Mooie talk van", "Welkom aan"],
    fill=["Kort verslag van de meetup van gisteren.", "We zoeken nog vrijwilligers voor zaterdag.",
          "Heeft iemand ervaring met mentoring?", "Freelance klus, 3 weken, remote.", "Laat het even weten!"],
    bye=["Groet,", "Met vriendelijke groet,", "Gr."])
L["pl"] = dict(
    hi=["Cześć {F},", "Hej {F}!"], thx=["Dzięki {F}!", "Dziękuję, {F}."],
    mail=["Napisz na", "mail:"], call=["Tel.", "zadzwoń:", "kom."], prof=["Mój profil:"],
    pay=["Przelew na", "IBAN:"], card=["Obciążono kartę"], ip=["Logowanie z"],
    talk=["Świetna prezentacja:", "Witamy"],
    fill=["Krótka relacja z wczorajszego meetupu.", "Szukamy wolontariuszy na sobotę.",
          "Czy ktoś ma doświadczenie z mentoringiem?", "Zlecenie freelance na 2 tygodnie.",
          "Dajcie znać do piątku."],
    bye=["Pozdrawiam,", "Pozdro,"])
L["sv"] = dict(
    hi=["Hej {F}!", "Hallå {F},"], thx=["Tack {F}!", "Tack så mycket, {F}."],
    mail=["Mejla mig på", "e-post:"], call=["Tel.", "ring mig på", "mobil:"], prof=["Min profil:"],
    pay=["Betala till", "IBAN:"], card=["Dragit från kort"], ip=["Inloggningen kom från"],
    talk=["Grymt föredrag av", "Välkommen"],
    fill=["Kort sammanfattning från träffen i går.", "Vi söker volontärer till lördag.",
          "Har någon erfarenhet av mentorprogram?", "Frilansuppdrag, ca 3 veckor.", "Hör av er!"],
    bye=["Mvh,", "Hälsningar,"])
L["tr"] = dict(
    hi=["Merhaba {F},", "Selam {F}!"], thx=["Teşekkürler {F}!", "Çok teşekkürler {F} Bey.",
                                              "Teşekkürler {F} Hanım 🙏"],
    mail=["Bana yazın:", "e-posta:"], call=["Tel:", "arayın:", "cep:"], prof=["Profilim:"],
    pay=["Havale için IBAN:", "Bağış hesabı:"], card=["Kartımdan çekildi:"],
    ip=["Giriş şu IP'den:"], talk=["Harika sunum:", "Aramıza hoş geldin"],
    fill=["Dünkü buluşmanın kısa özeti:", "Cumartesi için gönüllü arıyoruz.",
          "Mentorluk konusunda deneyimi olan var mı?", "2 haftalık freelance iş, uzaktan.",
          "Cumaya kadar haber verin lütfen."],
    bye=["Saygılarımla,", "Sevgiler,"])
L["ru"] = dict(
    hi=["Привет, {F}!", "Здравствуйте, {F}!"], thx=["Спасибо, {F}!", "Большое спасибо, {F}."],
    mail=["Пишите на", "почта:", "резюме на"], call=["Тел.:", "звоните:", "моб.:"],
    prof=["Мой профиль:"], pay=["Перевод на IBAN", "реквизиты:"], card=["Списали с карты"],
    ip=["Вход был с"], talk=["Отличный доклад:", "Добро пожаловать,"],
    on=["дата:", "встреча"], price=["бюджет:", "стоимость"], order=["заказ №"],
    fill=["Краткий отчёт о вчерашней встрече.", "Ищем волонтёров на субботу.",
          "Кто-нибудь участвовал в программе наставничества?", "Фриланс-проект на две недели, удалённо.",
          "Пишите до пятницы."],
    bye=["С уважением,", "Всем пока!"])
L["uk"] = dict(
    hi=["Привіт, {F}!", "Вітаю, {F}!"], thx=["Дякую, {F}!", "Щиро дякую, {F}."],
    mail=["Пишіть на", "пошта:"], call=["Тел.:", "телефонуйте:"], prof=["Мій профіль:"],
    pay=["Переказ на IBAN", "реквізити:"], card=["Списали з картки"], ip=["Вхід був з"],
    talk=["Чудова доповідь:", "Вітаємо"],
    fill=["Короткий звіт про вчорашню зустріч.", "Шукаємо волонтерів на суботу.",
          "Хтось має досвід менторства?", "Фриланс-проєкт на два тижні."],
    bye=["З повагою,", "Гарного дня!"])
L["el"] = dict(
    hi=["Γεια σου {F},", "Καλημέρα {F}!"], thx=["Ευχαριστώ {F}!", "Ευχαριστώ πολύ, {F}."],
    mail=["Στείλτε μου στο", "email:"], call=["Τηλ.:", "καλέστε με:"], prof=["Το προφίλ μου:"],
    pay=["Κατάθεση στο IBAN"], card=["Χρεώθηκε η κάρτα"], ip=["Η σύνδεση ήρθε από"],
    talk=["Εξαιρετική ομιλία:", "Καλώς ήρθες"],
    fill=["Σύντομη αναφορά από τη χθεσινή συνάντηση.", "Ψάχνουμε εθελοντές για το Σάββατο.",
          "Έχει κανείς εμπειρία με mentoring;", "Freelance έργο δύο εβδομάδων."],
    bye=["Φιλικά,", "Με εκτίμηση,"])
L["ar"] = dict(
    hi=["مرحبا {F}،", "أهلاً {F}!"], thx=["شكراً {F}!", "شكرا جزيلا يا {F}."],
    mail=["راسلوني على", "البريد:"], call=["هاتف:", "اتصلوا بي على"], prof=["ملفي الشخصي:"],
    pay=["التحويل إلى IBAN"], card=["تم الخصم من البطاقة"], ip=["جاء الدخول من"],
    talk=["محاضرة رائعة من", "نرحب بالزميلة"],
    fill=["ملخص سريع للقاء الأمس.", "نبحث عن متطوعين ليوم السبت.",
          "هل لدى أحدكم خبرة في برامج الإرشاد؟", "مشروع عمل حر لمدة أسبوعين."],
    bye=["مع التحية،", "تحياتي،"])
L["he"] = dict(
    hi=["היי {F},", "שלום {F}!"], thx=["תודה {F}!", "תודה רבה, {F}."],
    mail=["מייל:", "כתבו לי:"], call=["טל׳:", "נייד:"], prof=["הפרופיל שלי:"],
    pay=["העברה לחשבון IBAN"], card=["חייבו את הכרטיס"], ip=["הכניסה הגיעה מכתובת"],
    talk=["הרצאה מצוינת של", "ברוכים הבאים ל"],
    fill=["סיכום קצר של המפגש אתמול.", "אנחנו מחפשים מתנדבים לשבת.", "למישהו יש ניסיון עם מנטורינג?",
          "פרויקט פרילנס לשבועיים."],
    bye=["בברכה,", "להתראות,"])
L["he"]["talk"] = ["הרצאה מצוינת של", "ברוכים הבאים"]
L["fa"] = dict(
    hi=["سلام {F}،", "درود {F}!"], thx=["ممنون {F}!", "خیلی ممنون {F} جان."],
    mail=["ایمیل:", "به این آدرس بنویسید:"], call=["تلفن:", "موبایل:"], prof=["پروفایل من:"],
    pay=["واریز به IBAN"], card=["از کارت کسر شد"], ip=["ورود از"],
    talk=["ارائه عالی", "خوش آمدی"],
    fill=["خلاصه‌ای از دورهمی دیروز.", "برای شنبه دنبال داوطلب هستیم.", "کسی تجربه منتورینگ دارد؟",
          "پروژه فریلنس دو هفته‌ای."],
    bye=["با احترام،", "ارادتمند،"])
L["hi"] = dict(
    hi=["नमस्ते {F} जी,", "हाय {F},"], thx=["धन्यवाद {F}!", "शुक्रिया {F} जी।", "Thanks {F} ji!"],
    mail=["ईमेल:", "मुझे लिखें:", "mail karo:"], call=["फ़ोन:", "कॉल करें:", "WhatsApp:"],
    prof=["मेरी प्रोफ़ाइल:"], pay=["IBAN में ट्रांसफ़र करें:"], card=["कार्ड से पैसे कटे:"],
    ip=["लॉगिन इस IP से आया:"], talk=["शानदार टॉक:", "स्वागत है"],
    fill=["कल की मीटअप का छोटा सा सारांश।", "शनिवार के लिए स्वयंसेवक चाहिए।",
          "क्या किसी को मेंटरिंग का अनुभव है?", "दो हफ़्ते का फ्रीलांस प्रोजेक्ट, रिमोट।",
          "Koi help kar sakta hai? 🙏"],
    bye=["सादर,", "आपका,"])
L["th"] = dict(
    glue=True,
    hi=["สวัสดีค่ะคุณ{F}", "สวัสดีครับคุณ{F}"], thx=["ขอบคุณคุณ{F}มากครับ", "ขอบคุณค่ะคุณ{F}"],
    mail=["อีเมล", "ติดต่อได้ที่"], call=["โทร", "เบอร์"], prof=["โปรไฟล์:"],
    pay=["โอนเข้า IBAN"], card=["ตัดบัตร"], ip=["ล็อกอินจาก"], talk=["ยินดีต้อนรับ"],
    tail=["ค่ะ", "ครับ", "นะคะ"],
    fill=["สรุปมีตอัปเมื่อวานค่ะ", "กำลังหาอาสาสมัครสำหรับวันเสาร์", "มีใครเคยเป็นเมนเทอร์บ้างไหมครับ",
          "งานฟรีแลนซ์ 2 สัปดาห์ ทำงานทางไกล"],
    bye=["ด้วยความเคารพ", "ขอบคุณค่ะ"])
L["id"] = dict(
    hi=["Halo {F},", "Hai {F}!", "Selamat pagi Pak {F},"],
    thx=["Terima kasih, {F}!", "Makasih {F} 🙏", "Terima kasih Bu {F}."],
    mail=["Email:", "Kirim CV ke"], call=["Telp.", "Hubungi", "WA:"], prof=["Profil saya:"],
    pay=["Transfer ke IBAN"], card=["Kartu saya kena tagih"], ip=["Login dari"],
    talk=["Materi keren dari", "Selamat datang"],
    fill=["Ringkasan meetup kemarin:", "Kami mencari relawan untuk hari Sabtu.",
          "Ada yang punya pengalaman jadi mentor?", "Proyek freelance 2 minggu, remote.",
          "Kabari ya sebelum Jumat."],
    bye=["Salam,", "Hormat saya,"])
L["sw"] = dict(
    hi=["Habari {F},", "Jambo {F}!", "Mambo {F}!"], thx=["Asante {F}!", "Asante sana, {F}."],
    mail=["Niandikie:", "barua pepe:"], call=["Simu:", "nipigie:"], prof=["Wasifu wangu:"],
    pay=["Tuma kwa IBAN"], card=["Kadi yangu ilikatwa"], ip=["Kuingia kulitoka"],
    talk=["Wasilisho zuri kutoka kwa", "Karibu"],
    fill=["Muhtasari wa mkutano wa jana.", "Tunatafuta wajitolea kwa Jumamosi.",
          "Kuna mtu mwenye uzoefu wa ushauri?", "Kazi ya freelance ya wiki mbili."],
    bye=["Wako,", "Kila la heri,"])
L["pcm"] = dict(
    hi=["How far {F},", "Good morning {F},"], thx=["Thank you {F}!", "Tanks well well {F}!"],
    mail=["Email me for", "send am to"], call=["Call me for", "WhatsApp:"], prof=["My profile:"],
    pay=["Send the money to"], card=["Dem charge my card"], ip=["The login come from"],
    talk=["Big ups to", "Welcome"],
    fill=["Small gist from yesterday meetup:", "We dey find volunteers for Saturday.",
          "Who don do mentorship before?", "Freelance work for two weeks, remote o.",
          "Abeg una reply before Friday."],
    bye=["Cheers,", "Regards,"])
L["vi"] = dict(
    hi=["Chào anh {N},", "Chào chị {N}!"], thx=["Cảm ơn {N}!", "Cảm ơn chị {N} nhiều."],
    mail=["Email:", "Gửi CV về"], call=["ĐT:", "Gọi cho mình:"], prof=["Hồ sơ của mình:"],
    pay=["Chuyển khoản IBAN"], card=["Thẻ bị trừ tiền"], ip=["Đăng nhập từ"],
    talk=["Cảm ơn diễn giả", "Chào mừng"],
    fill=["Tóm tắt buổi gặp mặt hôm qua.", "Chúng tôi đang tìm tình nguyện viên cho thứ Bảy.",
          "Có ai có kinh nghiệm làm mentor không?", "Dự án freelance 2 tuần, làm từ xa."],
    bye=["Trân trọng,", "Thân,"])
L["ja"] = dict(
    glue=True,
    hi=["{N}さん、こんにちは。", "{N}様", "{N}さん、お疲れさまです。"],
    thx=["{N}さん、ありがとうございます！", "{N}様、ありがとうございました。"],
    mail=["メール：", "連絡先は"], call=["電話：", "携帯"], prof=["プロフィール：", "詳しくは"],
    pay=["振込先IBAN：", "口座"], card=["カード番号"], ip=["不正ログイン元"],
    talk=["登壇者：", "ご登壇いただいた"], tail=["まで", "までお願いします", "へ"],
    fill=["昨日の勉強会のまとめです。", "土曜日のボランティアを募集しています。",
          "メンタリングの経験がある方いますか？", "2週間のフリーランス案件（リモート）です。"],
    bye=["よろしくお願いします。", "以上です。"])
L["zh"] = dict(
    glue=True,
    hi=["{N}你好，", "{N}老师好！", "{N}同学："], thx=["谢谢{N}！", "感谢{N}老师的分享。"],
    mail=["邮箱：", "请发邮件到", "简历投递"], call=["电话：", "手机", "联系电话"],
    prof=["个人主页：", "我的主页"], pay=["汇款至IBAN", "账户："], card=["扣款的卡号", "信用卡"],
    ip=["异常登录IP：", "来源"], talk=["主讲人：", "欢迎新导师"], tail=["，谢谢", "。", "哦"],
    fill=["昨天聚会的简单回顾。", "志愿者活动还缺人。", "有没有人做过导师项目？",
          "两周的远程外包项目。", "请在截止前回复。"],
    bye=["谢谢大家！", "此致"])
L["ko"] = dict(
    glue=True,
    hi=["{N}님 안녕하세요,", "안녕하세요 {N} 님!"], thx=["{N}님 감사합니다!", "감사해요 {N} 씨~"],
    mail=["메일:", "이메일로"], call=["전화:", "연락처"], prof=["프로필:"], pay=["입금 IBAN"],
    card=["결제된 카드"], ip=["로그인 IP"], talk=["발표자:", "새 멘토"],
    tail=["로 보내주세요", "으로 연락 주세요", " 입니다"],
    fill=["어제 모임 간단 후기입니다.", "토요일 봉사자를 모집합니다.", "멘토링 경험 있으신 분 계신가요?",
          "2주짜리 원격 프리랜스 프로젝트입니다."],
    bye=["감사합니다.", "좋은 하루 되세요!"])

LANG_W = {"en": 14, "de": 6, "fr": 5, "es": 5, "it": 3, "pt": 4, "nl": 3, "pl": 3, "sv": 2,
          "tr": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3, "he": 2, "fa": 2, "hi": 4, "th": 2,
          "id": 3, "sw": 2, "pcm": 2, "vi": 2, "ja": 4, "zh": 4, "ko": 3}
LANG_CULT = {"en": ["en", "en", "en", "ng", "in", "any"], "de": ["de", "de", "tr", "pl", "any"],
             "fr": ["fr", "fr", "ng", "any"], "es": ["es"], "it": ["it"], "pt": ["pt"],
             "nl": ["nl"], "pl": ["pl"], "sv": ["sv"], "tr": ["tr"], "ru": ["ru"], "uk": ["uk"],
             "el": ["el"], "ar": ["ar"], "he": ["he"], "fa": ["fa"], "hi": ["in"], "th": ["th"],
             "id": ["id"], "sw": ["sw"], "pcm": ["ng"], "vi": ["vi"], "ja": ["ja"], "zh": ["zh"],
             "ko": ["ko"]}

# ----------------------------------------------------------------------------- negative banks
# «…» marks the negative span inside the sentence.

COMPANY = [
    "After six years at «Morgan Stanley» I'm moving into data engineering.",
    "Ex-«Goldman Sachs», now freelancing as a quant dev.", "Grant money came from the «Wells Fargo» Foundation.",
    "Anyone interviewed at «Johnson & Johnson» recently?", "Meet at the «Paul Smith» shop on Floral Street.",
    "Wearing a «Hugo Boss» suit to the gala 😅", "«Ted Baker» closed most of its stores.",
    "Raffle vouchers were donated by «John Lewis».", "«Calvin Klein» is hiring merch planners in NYC.",
    "I moved my IRA to «Charles Schwab» last year.", "My advisor at «Edward Jones» said the same.",
    "Audit season at «Ernst & Young» is brutal.", "Praktikum bei «Louis Vuitton» in Paris, jemand Tipps?",
    "Stage chez «Christian Dior» couture, ça vaut le coup ?", "Lavoro da «Giorgio Armani» a Milano da due anni.",
    "«Philip Morris» wants to sponsor the hackathon? Hard pass.", "A «John Deere» tractor at the farm volunteer day 🚜",
    "Old «Ralph Lauren» polo as the meetup dress code lol", "«Jack Daniel's» tasting after the talks.",
    "She leads brand at «Procter & Gamble».", "Sandwiches from «Marks & Spencer» again.",
    "Werkstudent bei «Mercedes-Benz» in Sindelfingen.", "我刚买了«李宁»的跑鞋。", "现在在«张江高科»上班。",
    "«本田技研工業»のエンジニアと話しました。", "Backmischung von «Dr. Oetker» für den Kuchenbasar.",
    "Coffee from «Tim Hortons» for the early shift.", "Retail internship at «Salvatore Ferragamo».",
    "Their new CFO came from «Morgan Stanley» Wealth Management.", "Referral at «Deloitte» anyone?",
    "We use «Dell» laptops in the lab.", "Summer job at «Ben & Jerry's» 🍦"]
PLACE = [
    "We're relocating to «Charlotte, NC» in spring.", "Remote, but based in «Victoria, BC».",
    "The summer school is in «Florence» this year.", "Anyone from «Adelaide» want to co-host?",
    "Meetup moved to «Austin, TX».", "Alumni dinner in «Madison, WI».", "Flights via «Jackson, MS» are cheap.",
    "The lab has an outpost in «Eugene, OR».", "Volunteering drive in «Regina, SK».",
    "Conference hotel in «Lincoln, NE».", "Warehouse job near «Elizabeth, NJ».",
    "Encontro em «São Paulo» no sábado.", "Vivo en «Santiago de Chile» desde 2019.",
    "Evento em «Salvador» na próxima semana.", "Nos vemos en «San Sebastián».",
    "Rendez-vous à «Saint-Denis», métro ligne 13.", "Wir treffen uns in «Sankt Augustin».",
    "Road trip to «Alice Springs» 🐪", "Hike at «Lake Louise» after the offsite.",
    "Our Australian office is in «Sydney».", "Company retreat in «Georgia» (the US state).",
    "Startups in «Santa Clara» are hiring.", "Moving from «Port Elizabeth» to Cape Town.",
    "Satellite office in «Victoria» (Seychelles)."]
EPONYM = [
    "We implemented «Dijkstra's algorithm» for the routing demo.", "«Bayes' theorem» explained with cookies 🍪",
    "Apply a «Gaussian blur» before thresholding.", "Intro workshop on the «Fourier transform».",
    "Still tuning the «Kalman filter».", "Does it pass the «Turing test»? No.", "Winner of the «Turing Award».",
    "Postdoc position at the «Alan Turing Institute».", "Bewerbung am «Max-Planck-Institut für Informatik».",
    "Funded by the «Max Planck Society».", "Applied for a «Marie Curie Fellowship».",
    "«Marie Skłodowska-Curie Actions» deadline is close.", "Scholarships for the «Grace Hopper Celebration».",
    "Panel for «Ada Lovelace Day».", "PhD offer from «Johns Hopkins University».",
    "Programme at the «Isaac Newton Institute».", "Visit to the «Rosalind Franklin Institute».",
    "Lab tour at the «Francis Crick Institute».", "New report by the «Adam Smith Institute».",
    "Exchange semester at «Charles Darwin University».", "Walk for «Parkinson's disease» research.",
    "«Alzheimer's» awareness month.", "Using «Levenshtein distance» for fuzzy matching.",
    "Classic «Nash equilibrium».", "The «Pareto principle» applies here.", "«Murphy's law» hit the live demo.",
    "«Occam's razor», people.", "Approximately «Euler's number».", "«Newton's laws» for PMs, lol.",
    "Fundraiser for «Hodgkin lymphoma» research.", "der «Satz des Pythagoras» 📐", "la «loi de Murphy» 😩",
    "«теорема Пифагора» на собеседовании", "Der «Dijkstra-Algorithmus» ist Prüfungsstoff.",
    "用«高斯模糊»预处理。", "«ベイズ推定»の勉強会", "Nominated for the «Nobel Prize»? 😂",
    "Work on «Hilbert spaces».", "«Boolean» logic basics.", "«Pearson correlation» of 0.8.",
    "A «Student's t-test» is enough.", "Ran «Fisher's exact test».", "Plotted «Kaplan-Meier» curves.",
    "«Wilson score» interval for the ratings."]
NAME_WORD = {
    "en": ["I «will» send the slides tonight.", "«Will» you be at the next meetup?",
           "There's a 14-day «grace» period for dues.", "Membership «rose» 12% this quarter.",
           "«Mark» your calendars!", "«Hope» to see you all there.", "Our «June» cohort is full.",
           "«Summer» school registration is open.", "«Frank» feedback is welcome.",
           "Who pays the «bill» for the venue?", "Street «art» walk after the meetup.",
           "Our backend is «Ruby» on Rails.", "«Amber» alert on the dashboard again.",
           "She «drew» a great diagram.", "We'll «chase» the sponsors.", "It was «sunny» for once.",
           "«Autumn» term starts soon.", "The «Iris» dataset is a classic.",
           "«Crystal» clear instructions, thx.", "Worth every «penny».", "«Can» someone share the deck?",
           "Keep the «faith» 🙃", "The «joy» of debugging.", "«Dawn» patrol run at 6 am.",
           "A «pat» on the back for the volunteers.", "The «April» newsletter is late.",
           "We «will» «will» fix the typo, sorry."],
    "de": ["Das meine ich «ernst».", "Ein Hemd in «Rosa».", "«Frank» und frei gesagt: zu teuer."],
    "fr": ["Une «rose» des sables pour la tombola.", "Avec «prudence», svp.", "Il est très «aimé» dans l'asso."],
    "es": ["Tenemos «luz» verde para el proyecto.", "«Paz» y amor, equipo.", "Vista al «mar» 🌊",
           "Mucho «sol» en la terraza.", "Tengo «dolores» de cabeza con el deploy.",
           "¡«Socorro»! No arranca el servidor.", "Es el «pilar» del equipo.", "Un poco de «consuelo» tras la derrota 😂"],
    "it": ["Sono molto «felice» del risultato.", "Una serata «serena».", "C'è ancora «speranza»."],
    "pt": ["Entrada de «graça»!", "Que «luz» boa nessa sala.", "Foi uma «glória»."],
    "nl": ["Een «roos» voor elke vrijwilliger."],
    "tr": ["«Deniz» kenarında buluşalım.", "«Umut» ediyorum ki gelirsiniz.", "Dünyada «barış» istiyoruz.",
           "«Ay» sonunda toplantı var."],
    "ru": ["Главное — «вера» в себя.", "«Надежда» ещё есть.", "«Любовь» к данным не купишь."],
    "uk": ["Головне — «віра» в команду.", "«Надія» є!"],
    "el": ["Θέλουμε «ειρήνη».", "Η «σοφία» των πλήθων."],
    "ar": ["لدينا «أمل» كبير.", "«نور» الشمس في القاعة رائع."],
    "fa": ["«امید» داریم همه بیایند."],
    "hi": ["«आशा» है आप आएँगे।", "सूरज की «किरण»"],
    "sw": ["«Baraka» tele kwa wote!", "Tunataka «amani».", "Ni «furaha» kubwa.", "«Zawadi» kwa washindi.",
           "«Imani» ni muhimu.", "Kwa «neema» ya Mungu."],
    "pcm": ["God «blessing» dey.", "«Precious» metals price don rise.", "«Goodluck» with the exam o!"],
    "id": ["Pemandangan yang «indah»."],
    "he": ["ערב «שירה» בקהילה."],
}

AT_KW = ["«@here» meeting moved!", "«@channel» please vote", "«@everyone» doors open 18:00",
         "add «@Override» on the method", "in CSS use «@media» queries", "put «@import» at the top",
         "document it with «@param»", "decorate it with «@dataclass»", "npm i «react@latest»",
         "npm i «typescript@5.4»", "the «@todo» list",
         "«@all» reminder: RSVP", "use «@supports» for fallbacks"]

DOC_DOMAIN_MAIL = ["jane.doe@example.com", "user@example.org", "name@example.net", "you@mail.example",
                   "test@askfirst.example", "contact@example.com", "firstname.lastname@example.org"]
DOC_DOMAIN_URL = ["https://example.com/profile/jane", "www.example.org/team", "example.net/u/someone",
                  "https://askfirst.example/groups/data-engineers", "askfirst.example/events/42",
                  "https://docs.askfirst.example/privacy", "https://www.example.com/in/yourname",
                  "askfirst.example/settings/notifications"]

URL_NEG = {
    "url_company": ["linkedin.com/company/{co}", "https://www.linkedin.com/company/{co}/",
                    "github.com/orgs/{co}", "https://{co}.io/about", "www.{co}.com", "medium.com/{co}-engineering",
                    "https://www.{co}.de/ueber-uns"],
    "url_careers": ["{co}.io/careers", "https://jobs.lever.co/{co}", "boards.greenhouse.io/{co}/jobs/{n7}",
                    "https://www.linkedin.com/jobs/view/{n10}", "careers.{co}.com/openings",
                    "https://www.stepstone.de/stellenangebote--Data-Engineer--{n7}-inline.html"],
    "url_docs": ["docs.python.org/3/library/re.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP",
                 "kubernetes.io/docs/concepts/", "https://docs.github.com/en/actions",
                 "man7.org/linux/man-pages/man7/ip.7.html", "https://learn.microsoft.com/en-us/azure/",
                 "https://pandas.pydata.org/docs/user_guide/", "postgresql.org/docs/16/"],
    "url_paper": ["arxiv.org/abs/{a4}.{a5}", "https://doi.org/10.1145/{n7}.{n7}", "aclanthology.org/2023.acl-long.{n3}/",
                  "https://openreview.net/forum?id=Xy{n5}Qz", "https://arxiv.org/pdf/{a4}.{a5}v2"],
    "url_event": ["https://www.eventbrite.com/e/{ev}-tickets-{n12}", "meetup.com/{ev}/events/{n9}/",
                  "https://ti.to/{ev}/2024", "https://lu.ma/{ev}", "connpass.com/event/{n6}/"],
    "url_form": ["forms.gle/{rnd}", "https://docs.google.com/forms/d/e/1FAIpQL{rnd}{rnd}/viewform",
                 "https://tally.so/r/{rnd}", "https://form.typeform.com/to/{rnd}"],
}
COMPANIES = ["acme-robotics", "nordlicht", "bluefin", "datawise", "lumenstudio", "tecnored", "kaizenlabs",
             "greenleaf", "pixelforge", "orbitpay", "hanse-logistik", "solarpeak"]
EVENTS = ["pydata-berlin", "women-in-ml-lisbon", "devfest-lagos", "ux-meetup-madrid", "rust-tokyo",
          "alumni-gala-2024", "js-wroclaw", "foodbank-volunteers"]

PERSONAL_DOMAINS = ["gmail.com", "googlemail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.jp", "web.de",
                    "gmx.de", "posteo.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "libero.it",
                    "mail.ru", "yandex.ru", "ukr.net", "naver.com", "daum.net", "qq.com", "163.com", "wp.pl",
                    "o2.pl", "uol.com.br", "terra.com.br", "rediffmail.com", "proton.me", "icloud.com",
                    "fastmail.com", "yahoo.com", "seznam.cz", "bigpond.com", "hotmail.es"]
WORK_DOMAINS = ["acme.io", "nordlicht-consulting.de", "bluefin.co.uk", "studio-lumen.fr", "tecnored.es",
                "datawise.in", "kaizen-labs.jp", "greenleaf.org.au", "tum.de", "ethz.ch", "ox.ac.uk",
                "u-tokyo.ac.jp", "tsinghua.edu.cn", "iitb.ac.in", "usp.br", "uva.nl", "kth.se",
                "boun.edu.tr", "msu.ru", "uoa.gr", "tau.ac.il", "ut.ac.ir", "chula.ac.th", "ui.ac.id",
                "uonbi.ac.ke", "unilag.edu.ng", "snu.ac.kr", "pixelforge.studio", "orbitpay.com.br"]
ROLES = ["jobs", "info", "kontakt", "hr", "volunteer", "hello", "careers", "support", "alumni",
         "mentoring", "lab", "recrutement", "empleo", "team", "office"]
EMOJI = ["🙂", "🙏", "🎉", "👍", "🚀", "✨", "😅", "❤️", "🔥", "👋", "😊", "💡", "📌", "✅"]

# ----------------------------------------------------------------------------- phone formats
# X any digit, N 2-9, Z 1-9; everything else literal.  Spaces become NBSP sometimes.
PHONES = {
    "US": ["(NXX) NXX-XXXX", "NXX-NXX-XXXX", "NXX.NXX.XXXX", "+1 NXX NXX XXXX", "+1-NXX-NXX-XXXX",
           "1 (NXX) NXX-XXXX", "+1 (NXX) NXX-XXXX", "1-800-NXX-XXXX", "NXX/NXX-XXXX"],
    "CA": ["(416) NXX-XXXX", "+1 604 NXX XXXX", "514.NXX.XXXX", "+1-403-NXX-XXXX"],
    "UK": ["020 NXXX XXXX", "+44 20 NXXX XXXX", "+44 (0)20 NXXX XXXX", "07NXX XXXXXX", "+44 7NXX XXXXXX",
           "0161 NXX XXXX", "+44 (0)161 NXX XXXX", "020-NXXX-XXXX", "07NXX-XXX-XXX", "0131 NXX XXXX"],
    "DE": ["030 NXXXXXXX", "030/NXXXXXX", "+49 30 NXXXXXXX", "+49 (0)30 NXXXXXX", "0151 XXXXXXXX",
           "+49 151 XXXXXXXX", "089/NXXXXXX", "+49 89 NXXXX-XX", "0221 NXXXXXX", "0171-XXXXXXX",
           "+49-171-XXXXXXX", "0176 XXX XXX XX", "+49 (0) 40 NXX XX XX", "0711/NX XX XX-X"],
    "FR": ["01 XX XX XX XX", "06 XX XX XX XX", "07.XX.XX.XX.XX", "06-XX-XX-XX-XX", "+33 6 XX XX XX XX",
           "+33 (0)1 XX XX XX XX", "+33 1 XX XX XX XX", "04 XX XX XX XX", "+33 7 XX XX XX XX"],
    "IN": ["+91 9XXXX XXXXX", "+91-9XXXXXXXXX", "98XXX XXXXX", "+91 22 NXXX XXXX", "022-NXXXXXXX",
           "+91 80 NXXX XXXX", "07XXX-XXXXX", "+91 (0)80 NXXX XXXX"],
    "BR": ["+55 11 9XXXX-XXXX", "(11) 9XXXX-XXXX", "(21) NXXX-XXXX", "+55 (21) 9XXXX-XXXX", "11 9XXXX XXXX",
           "+55 31 NXXX XXXX"],
    "JP": ["03-NXXX-XXXX", "090-XXXX-XXXX", "080-XXXX-XXXX", "+81 3-NXXX-XXXX", "+81 90 XXXX XXXX",
           "06-NXXX-XXXX", "(03) NXXX-XXXX", "+81-80-XXXX-XXXX", "+81 (0)3 NXXX XXXX"],
    "AU": ["(02) NXXX XXXX", "04XX XXX XXX", "+61 4XX XXX XXX", "+61 2 NXXX XXXX", "03 NXXX XXXX",
           "04XX-XXX-XXX", "+61 (0)3 NXXX XXXX"],
    "CN": ["13X XXXX XXXX", "13XXXXXXXXX", "+86 13X XXXX XXXX", "+86 138-XXXX-XXXX", "010-NXXX XXXX",
           "010-NXXXXXXX", "+86 10 NXXX XXXX", "021-NXXXXXXX", "+86 21 NXXX XXXX", "18X-XXXX-XXXX"],
    "ES": ["6XX XXX XXX", "+34 6XX XXX XXX", "91 NXX XX XX", "+34 91 NXX XX XX", "93 NXX XX XX",
           "6XX XX XX XX", "+34 6XX-XXX-XXX"],
    "IT": ["+39 06 NXXX XXXX", "06 NXXXXXXX", "3XX XXX XXXX", "+39 3XX XXX XXXX", "02 NXXX XXXX",
           "+39 02 NXXXXXXX", "3XX/XXXXXXX", "+39 3XX.XXX.XXXX"],
    "NL": ["06-XXXXXXXX", "06 XX XX XX XX", "+31 6 XXXXXXXX", "+31 (0)20 NXX XXXX", "020-NXXXXXX",
           "+31 20 NXX XXXX", "010 NXX XX XX", "+31 (0)6 XXXX XXXX"],
    "NG": ["080X XXX XXXX", "+234 80X XXX XXXX", "+234 (0)80X XXX XXXX", "070X-XXX-XXXX",
           "+234 1 NXX XXXX", "0803.XXX.XXXX", "+234-90X-XXX-XXXX"],
    "E164": ["+1NXXNXXXXXX", "+447NXXXXXXXX", "+4915XXXXXXXXX", "+336XXXXXXXX", "+9198XXXXXXXX",
             "+55119XXXXXXXX", "+8190XXXXXXXX", "+614XXXXXXXX", "+8613XXXXXXXXX", "+346XXXXXXXX",
             "+393XXXXXXXXX", "+316XXXXXXXX", "+23480XXXXXXXX"],
}
LANG_PHONE = {"en": ["US", "UK", "CA", "AU", "IN", "NG"], "de": ["DE"], "fr": ["FR"], "es": ["ES"],
              "it": ["IT"], "pt": ["BR"], "nl": ["NL"], "hi": ["IN"], "ja": ["JP"], "zh": ["CN"],
              "pcm": ["NG"]}


# ----------------------------------------------------------------------------- generator

class Gen:
    def __init__(self, rng, members):
        self.rng = rng
        self.members = members
        self.by_cult = {}
        for m in members:
            self.by_cult.setdefault(m.culture, []).append(m)
        self.word_first = {}
        for lang, sents in NAME_WORD.items():
            for s in sents:
                for w in re.findall("«(.*?)»", s):
                    self.word_first.setdefault(norm(w), None)
        self.word_members = [m for m in members if norm(m.first) in self.word_first]

    # -- people
    def person(self, lang, first_ok=False):
        r = self.rng
        if first_ok and r.random() < 0.25 and self.word_members:
            ms = [m for m in self.word_members[:4000] if m.culture in LANG_CULT[lang]]
            if ms:
                return r.choice(ms)
        c = r.choice(LANG_CULT[lang])
        if c == "any":
            c = r.choice(list(CULTURES))
        return r.choice(self.by_cult[c])

    def name_variant(self, m):
        r = self.rng
        n = m.name
        if m.lf and m.culture != "vi":
            return n
        k = r.random()
        if k < 0.07:
            return n.lower()
        if k < 0.16 and strip_dia(n) != n:
            return strip_dia(n)
        if k < 0.18:
            return n.upper()
        return n

    # -- structured values
    def digits(self, pat):
        r = self.rng
        out = []
        for ch in pat:
            if ch == "X":
                out.append(str(r.randint(0, 9)))
            elif ch == "N":
                out.append(str(r.randint(2, 9)))
            elif ch == "Z":
                out.append(str(r.randint(1, 9)))
            else:
                out.append(ch)
        return "".join(out)

    def phone(self, lang):
        r = self.rng
        cs = LANG_PHONE.get(lang)
        if not cs or r.random() < 0.3:
            cs = list(PHONES)
        c = r.choice(cs)
        p = self.digits(r.choice(PHONES[c]))
        if " " in p and r.random() < 0.12:
            p = p.replace(" ", "\u00a0")
        return p

    def email(self, m=None, kind=None):
        r = self.rng
        if m is None or kind == "role":
            local = r.choice(ROLES)
            dom = r.choice(WORK_DOMAINS)
        else:
            f, l = [re.sub(r"[^a-z0-9]", "", strip_dia(x).lower()) for x in m.roman]
            local = r.choice([f + "." + l, f + l, f[0] + l, f + "_" + l, l + "." + f, f + "." + l + "+askfirst",
                              f + str(r.randint(70, 99)), m.handle, f + "-" + l])
            dom = r.choice(PERSONAL_DOMAINS + WORK_DOMAINS[:8])
        return local, dom

    def email_obf(self, local, dom):
        r = self.rng
        parts = dom.split(".")
        k = r.randint(0, 4)
        if k == 0:
            return local + " [at] " + " [dot] ".join(parts)
        if k == 1:
            return local + "(at)" + dom
        if k == 2:
            return local + " (at) " + " (dot) ".join(parts)
        if k == 3:
            return local + "[at]" + dom
        return local + " [at] " + dom

    def ipv4(self):
        r = self.rng
        while True:
            a = r.choice([5, 31, 37, 46, 62, 78, 81, 85, 91, 93, 104, 142, 151, 176, 185, 188, 195, 212,
                          213, 217, 8, 1, 45, 66, 72, 98, 173, 23, 52, 34, 216, 200, 41, 103, 119, 222])
            s = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            if ipaddress.ip_address(s).is_global:
                return s

    def ipv4_neg(self, cat):
        r = self.rng
        while True:
            if cat == "ipv4_private":
                s = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                              "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                              "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])
            elif cat == "ipv4_loopback":
                s = r.choice(["127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255),
                                                                          r.randint(1, 254))])
            elif cat == "ipv4_link_local":
                s = "169.254.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
            elif cat == "ipv4_documentation":
                s = r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
            else:
                s = r.choice(["%d.%d.%d.%d" % (r.randint(240, 254), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                              "0.0.0.0", "255.255.255.255",
                              "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                              "198.%d.%d.%d" % (r.randint(18, 19), r.randint(0, 255), r.randint(1, 254))])
            if not ipaddress.ip_address(s).is_global:
                return s

    def ipv6(self):
        r = self.rng
        while True:
            pre = r.choice(["2a00:1450", "2a02:908", "2001:4860", "2606:4700", "2400:cb00", "2a03:2880",
                            "2604:a880", "2001:41d0", "2a01:4f8", "240e:3b0", "2408:8756", "2c0f:fb50",
                            "2803:f800", "2a0a:e5c0"])
            groups = pre.split(":") + ["%x" % r.randint(0, 0xffff) for _ in range(6)]
            if r.random() < 0.5:
                for i in range(r.randint(2, 5), 7):
                    groups[i] = "0"
            a = ipaddress.IPv6Address(":".join(groups))
            if not a.is_global:
                continue
            k = r.random()
            if k < 0.6:
                s = a.compressed
            elif k < 0.85:
                s = a.exploded
            else:
                s = a.compressed.upper()
            return s

    def ipv6_neg(self):
        r = self.rng
        while True:
            s = r.choice(["fe80::%x:%x:%x:%x" % tuple(r.randint(1, 0xffff) for _ in range(4)), "::1",
                          "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff),
                                                r.randint(1, 0xffff)),
                          "2001:db8::%x" % r.randint(1, 0xffff),
                          "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))])
            if not ipaddress.ip_address(s).is_global:
                return s

    def card(self, valid=True):
        r = self.rng
        brand = r.choice(["visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            pre, ln = "4", 16
        elif brand == "mc":
            pre, ln = str(r.randint(51, 55)), 16
        elif brand == "mc2":
            pre, ln = str(r.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, ln = r.choice(["34", "37"]), 15
        else:
            pre, ln = r.choice(["6011", "65", str(r.randint(644, 649))]), 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - 1 - len(pre)))
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + r.randint(1, 9)) % 10)
        num = body + c
        sep = r.choice(["", " ", " ", "-"])
        if ln == 15:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(g) if sep or r.random() < 0.5 else num

    def iban(self, valid=True):
        r = self.rng
        cc = r.choice(list(IBAN_SPEC))
        ln, pat = IBAN_SPEC[cc]
        b = []
        for ch in pat:
            if ch == "n":
                b.append(str(r.randint(0, 9)))
            elif ch == "a":
                b.append(chr(65 + r.randint(0, 25)))
            elif ch == "c":
                b.append(chr(65 + r.randint(0, 25)) if r.random() < 0.15 else str(r.randint(0, 9)))
            else:
                b.append(ch)
        bban = "".join(b)
        chk = 98 - mod97(cc + "00" + bban)
        if not valid:
            chk = (chk + r.randint(1, 96)) % 97 + 2
            while mod97(cc + "%02d" % chk + bban) == 1:
                chk = (chk + 1) % 97 + 2
        s = cc + "%02d" % chk + bban
        assert len(s) == ln
        if r.random() < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, valid=True):
        r = self.rng
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 665
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
        sep = r.choice(["-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def profile_url(self, m):
        r = self.rng
        h = m.handle
        site = r.randint(0, 8)
        if site == 0:
            slug = r.choice([h, h.replace("_", "-"), "-".join(x.lower() for x in re.findall(r"[A-Za-z0-9]+", strip_dia(" ".join(m.roman)))) + "-%x" % r.randint(0x1000, 0xffffff)])
            u = r.choice(["linkedin.com/in/", "www.linkedin.com/in/", "de.linkedin.com/in/"]) + slug + r.choice(["", "/"])
        elif site == 1:
            u = r.choice(["github.com/", "www.github.com/"]) + h
        elif site == 2:
            u = "x.com/" + h
        elif site == 3:
            u = "medium.com/@" + h
        elif site == 4:
            u = "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
        elif site == 5:
            u = h.replace("_", "") + ".substack.com" + r.choice(["", "/"])
        elif site == 6:
            u = "calendly.com/" + h + r.choice(["", "/30min", "/intro-call"])
        else:
            u = "askfirst.example/u/" + h
        if r.random() < 0.55:
            u = "https://" + u
        return u

    def date(self, lang):
        r = self.rng
        y, mo, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        en_m = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
        de_m = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"]
        fr_m = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"]
        es_m = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"]
        opts = ["%d-%02d-%02d" % (y, mo, d), "%02d.%02d.%d" % (d, mo, y), "%02d/%02d/%d" % (mo, d, y),
                "%02d/%02d/%d" % (d, mo, y), "%d.%02d.%02d" % (y, mo, d), "%02d/%02d/%02d" % (d, mo, y % 100),
                "%d%02d%02d" % (y, mo, d), "%d-%d-%d" % (d, mo, y)]
        if lang in ("ja", "zh"):
            opts.append("%d年%d月%d日" % (y, mo, d))
        if lang == "ko":
            opts.append("%d년 %d월 %d일" % (y, mo, d))
        if lang == "de":
            opts.append("%d. %s %d" % (d, de_m[mo - 1], y))
        if lang == "fr":
            opts.append("%d %s %d" % (d, fr_m[mo - 1], y))
        if lang == "es":
            opts.append("%d de %s de %d" % (d, es_m[mo - 1], y))
        opts += ["%s %d, %d" % (en_m[mo - 1], d, y), "%d %s %d" % (d, en_m[mo - 1][:3], y)]
        return r.choice(opts)

    def time(self):
        r = self.rng
        h, m = r.randint(0, 23), r.choice([0, 5, 15, 30, 45, r.randint(0, 59)])
        return r.choice(["%02d:%02d" % (h, m), "%d:%02d %s" % (h % 12 or 12, m, r.choice(["am", "pm", "PM"])),
                         "%dh%02d" % (h, m), "%d.%02d Uhr" % (h, m), "%02d:%02d–%02d:%02d" % (h, m, (h + 2) % 24, m),
                         "%02d:%02d:%02d" % (h, m, r.randint(0, 59)), "%d時%02d分" % (h, m), "下午%d:%02d" % (h % 12 or 12, m)])

    def price(self):
        r = self.rng
        a, c = r.randint(5, 99999), r.randint(0, 99)
        return r.choice(["$%s.%02d" % ("{:,}".format(a), c), "€ %s,%02d" % ("{:,}".format(a).replace(",", "."), c),
                         "%s,%02d €" % ("{:,}".format(a).replace(",", " "), c), "¥%s" % "{:,}".format(a * 10),
                         "₹%s" % "{:,}".format(a), "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), c),
                         "£%d.%02d" % (a, c), "%s ₽" % "{:,}".format(a).replace(",", " "),
                         "CHF %s.–" % "{:,}".format(a).replace(",", "'"), "%s zł" % "{:,}".format(a).replace(",", " "),
                         "₦%s" % "{:,}".format(a * 100), "US$ %s/month" % "{:,}".format(a), "%d EUR" % a,
                         "₺%s" % "{:,}".format(a).replace(",", ".")])

    def order(self):
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return r.choice(["#%s-%s-%s" % (d(3), d(7), d(7)), d(10), "PO-%d-%s" % (r.randint(2019, 2026), d(6)),
                         "n° %s" % d(10), d(18), "%s %s %s" % (d(4), d(4), d(4)), "A%s" % d(9), "%s/%s" % (d(6), d(2))])

    def ticket(self):
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return r.choice(["INC%s" % d(7), "#%s" % d(6), "ASKF-%s" % d(4), "case %s" % d(8), "%d-%s-%s" % (r.randint(2019, 2026), d(3), d(4)),
                         "SR-%s" % d(7), "CS%s%s" % (d(8), d(3)), "T-%s" % d(9), "Ticket-Nr. %s" % d(8)])

    def isbn(self):
        r = self.rng
        if r.random() < 0.7:
            body = r.choice(["978", "979"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
            full = body + str((10 - s % 10) % 10)
            if r.random() < 0.3:
                return full
            a = r.randint(1, 5)
            b = r.randint(1, 9 - a - 1)
            return "-".join([full[:3], full[3:3 + a], full[3 + a:3 + a + b], full[3 + a + b:12], full[12]])
        body = "".join(str(r.randint(0, 9)) for _ in range(9))
        s = sum((10 - i) * int(c) for i, c in enumerate(body))
        ck = (11 - s % 11) % 11
        full = body + ("X" if ck == 10 else str(ck))
        return r.choice([full, "-".join([full[0], full[1:4], full[4:9], full[9]])])

    def version(self):
        r = self.rng
        a, b, c = r.randint(0, 30), r.randint(0, 40), r.randint(0, 200)
        return r.choice(["v%d.%d.%d" % (a, b, c), "%d.%d.%d-rc.%d" % (a, b, c, r.randint(1, 9)), "%d.%d" % (a, b),
                         "10.0.%d.%d" % (r.randint(17000, 26000), r.randint(1000, 5000)), "%d.%d.%d" % (a, b, c),
                         "%d.%d.%d-beta" % (a, b, c), "v%d" % r.randint(2, 30), "%d.%d.%d.%d" % (a, b, c, r.randint(256, 9999))])

    def ip_like_version(self):
        r = self.rng
        return "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 20), r.randint(0, 30), r.randint(0, 250))

    def patent(self):
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return r.choice(["US %d,%s,%s B2" % (r.randint(7, 11), d(3), d(3)), "US 20%d/%s A1" % (r.randint(10, 24), d(7)),
                         "EP %s %s %s B1" % (d(1), d(3), d(3)), "DE 10 20%d %s %s A1" % (r.randint(10, 23), d(3), d(3)),
                         "WO 20%d/%s" % (r.randint(10, 24), d(6)), "CN %s A" % d(9), "JP 20%d-%s A" % (r.randint(10, 24), d(6)),
                         "US%s" % d(8), "EP%sA1" % d(7)])


def marked(sentence, cat):
    """«…» markup to segments."""
    segs = []
    pos = 0
    for m in re.finditer("«(.*?)»", sentence):
        if m.start() > pos:
            segs.append((sentence[pos:m.start()], None, None))
        segs.append((m.group(1), None, cat))
        pos = m.end()
    if pos < len(sentence):
        segs.append((sentence[pos:], None, None))
    return segs


def T(s):
    return [(s, None, None)]


def S(s, t):
    return [(s, t, None)]


def NG(s, c):
    return [(s, None, c)]


# clause templates per type; {L:key} language phrase, other {X} placeholders expanded by Record
PII_CLAUSES = {
    "EMAIL": ["{L:mail} {EMAIL}", "{L:mail} {EMAIL}.", "📧 {EMAIL}", "{L:mail} {EMAIL_OBF}",
              "{L:mail} {EMAIL_OBF} (no spam pls)", "[{L:mail}]({MAILTO}{EMAIL})", "{MAILTO}{EMAIL}", "<a href=\"{MAILTO}{EMAIL}\">{L:mail}</a>",
              "{NAME} <{EMAIL}>", "{L:mail} {EMAIL_ROLE}", "{L:mail} <{EMAIL}>", "({L:mail} {EMAIL})",
              "{L:mail} {EMAIL}, {EMAIL_ROLE}", "{L:mail}{EMAIL}{L:tail}", "{L:mail} {EMAIL}!"],
    "PHONE": ["{L:call} {PHONE}", "☎️ {PHONE}", "Tel.: {PHONE}", "WhatsApp: {PHONE}", "({L:call} {PHONE})",
              "mobile {PHONE} / office {PHONE}", "{L:call} {PHONE}.", "{NAME}: {PHONE}", "📱{PHONE}",
              "{L:call}{PHONE}{L:tail}"],
    "IPV4": ["{L:ip} {IPV4}", "{L:ip} {IPV4_PORT}", "{L:ip} {IPV4_CIDR}", "X-Forwarded-For: {IPV4}, {IPV4}",
             "ping {IPV4} (timeout)", "{L:ip} {IPV4}.", "nmap {IPV4}",
             "{L:ip}{IPV4}{L:tail}"],
    "IPV6": ["{L:ip} {IPV6}", "{L:ip} [{IPV6}]{PORT}", "AAAA → {IPV6}", "{L:ip} {IPV6_CIDR}", "({IPV6})"],
    "CREDIT_CARD": ["{L:card} {CARD}", "{L:card} {CARD} twice!!", "card: {CARD} exp. soon", "💳 {CARD}",
                    "{L:card}{CARD}{L:tail}", "\"{CARD}\""],
    "IBAN": ["{L:pay} {IBAN}", "IBAN: {IBAN}", "{L:pay} {IBAN} (BIC on request)", "{NAME}, {IBAN}",
             "Kontoinhaber/account holder: {NAME} · IBAN {IBAN}", "{L:pay}{IBAN}{L:tail}"],
    "US_SSN": ["{L:ssn} {SSN}", "SSN {SSN}", "my ssn is {SSN} (please DM instead next time)", "SSN: {SSN}."],
    "URL": ["{L:prof} {URL}", "({URL})", "<{URL}>", "{L:prof} {URL}.", "🔗 {URL}", "{NAME} — {URL}",
            "{L:prof}{URL}{L:tail}", "[{L:prof}]({URL})"],
    "HANDLE": ["cc {HANDLE}", "{HANDLE} {L:ask}", "h/t {HANDLE}", "ping {HANDLE} and {HANDLE2}", "({HANDLE} here)",
               "{HANDLE}'s thread", "{HANDLE}: +1", "/cc {HANDLE} {HANDLE2}"],
    "PERSON": ["{L:talk} {NAME}", "{L:talk} {NAME}!", "{NAME_POSS}", "cc @{NAMEAT}", "{NAME} ({HANDLE})",
               "{L:talk} {NAME} 👏", "{NAME}, {NAME2}", "{L:talk}{NAME}{L:tail}", "— {NAME}"],
}
PII_W = {"EMAIL": 14, "PHONE": 14, "IPV4": 7, "IPV6": 5, "CREDIT_CARD": 7, "IBAN": 7, "US_SSN": 5,
         "URL": 11, "HANDLE": 9, "PERSON": 14}

NEG_CLAUSES = {
    "date": ["📅 {N}", "{L:on} {N}", "deadline {N}", "({N})", "Stand: {N}"],
    "time": ["🕒 {N}", "{L:at} {N}", "{N} CET", "call at {N}"],
    "price": ["💰 {N}", "{L:price} {N}", "{N} per hour", "only {N}!"],
    "order_number": ["{L:order} {N}", "order {N}", "Bestellung {N}", "注文番号{N}", "订单号{N}"],
    "ticket_number": ["{L:ticket} {N}", "ref {N}", "({N})", "工单{N}"],
    "isbn": ["ISBN {N}", "ISBN: {N}", "(ISBN {N})", "ISBN-13 {N}"],
    "version": ["{L:upd} {N}", "version {N}", "Python {N}", "build {N}", "firmware {N}"],
    "patent_number": ["{L:patent} {N}", "patent {N}", "({N})", "cf. {N}"],
    "ip_like_version": ["firmware {N}", "version {N}", "Version {N}", "build {N}", "driver v{N}", "SDK {N}"],
    "ipv4_private": ["router at {N}", "NAS: {N}", "{N} (LAN)", "gateway {N}"],
    "ipv4_loopback": ["localhost ({N})", "bind to {N}", "curl http://{N}:8000"],
    "ipv4_link_local": ["APIPA {N}", "self-assigned {N}", "got {N} instead of DHCP"],
    "ipv4_documentation": ["e.g. {N}", "example IP {N}", "replace {N} with yours"],
    "ipv4_reserved": ["reserved {N}", "CGNAT {N}", "bogus {N}", "weird address {N}"],
    "ipv6_nonglobal": ["link-local {N}", "ULA {N}", "doc prefix {N}", "loopback {N}"],
    "luhn_invalid": ["{L:card} {N}", "card {N} (typo?)", "tracking {N}", "{N}"],
    "iban_bad_check": ["IBAN {N}", "{L:pay} {N}", "IBAN: {N} (rejected as invalid)"],
    "ssn_invalid": ["SSN {N}", "{L:ssn} {N}", "sample SSN {N}"],
    "url_company": ["{L:see} {N}", "company page: {N}", "{N}"],
    "url_careers": ["{L:see} {N}", "apply: {N}", "jobs → {N}"],
    "url_docs": ["{L:see} {N}", "docs: {N}", "RTFM {N} 😉"],
    "url_paper": ["paper: {N}", "{L:see} {N}", "preprint {N}"],
    "url_event": ["tickets: {N}", "RSVP {N}", "{L:see} {N}"],
    "url_form": ["form: {N}", "sign up: {N}", "{L:see} {N}"],
    "doc_domain": ["{N}"], "at_keyword": ["{N}"], "company": ["{N}"], "place": ["{N}"],
    "eponym": ["{N}"], "name_word": ["{N}"],
}

KINDS = ["group_post", "newsletter", "mentoring_q", "mentoring_a", "gig", "volunteer", "lab_page",
         "meetup_recap", "support_escalation", "about", "forwarded"]
HEADERS = {
    "group_post": ["[Data Engineers DACH]", "📌 Women in Product — weekly thread", "#career-switchers",
                   "Group: Remote Work Europe", "[UX Research Guild]"],
    "newsletter": ["Alumni Newsletter · Class of {YR}", "🎓 Alumni update #{NUM}", "CLASS NOTES", "Alumni-Rundbrief {YR}"],
    "mentoring_q": ["Q:", "Question for the mentors:", "Mentoring Q&A —", "❓"],
    "mentoring_a": ["A:", "Answer from a mentor:", "Re: Mentoring Q&A", "💬"],
    "gig": ["[GIG]", "[Freelance]", "Auftrag:", "Mission :", "[Hiring · contract]"],
    "volunteer": ["🤝 Volunteers needed", "Foodbank rota", "Ehrenamt gesucht", "Bénévolat"],
    "lab_page": ["People — Computational Biology Lab", "Team", "Lab members", "Our group"],
    "meetup_recap": ["Meetup recap 📸", "Recap:", "Rückblick", "Compte-rendu"],
    "support_escalation": ["@support this is unacceptable.", "PUBLIC ESCALATION", "Still no answer from support 😡",
                           "Support escalation"],
    "about": ["About", "About me", "Über mich", "À propos", "Sobre mí", "自己紹介", "关于我"],
    "forwarded": [],
}
LAB_ROLES = ["PI", "postdoc", "PhD student", "lab manager", "MSc student", "research engineer", "visiting scholar"]


class Record:
    def __init__(self, gen, lang):
        self.g = gen
        self.r = gen.rng
        self.lang = lang
        self.ld = L[lang]
        self.segs = []
        self.cur = None
        self.cur2 = None
        self.used_fill = set()

    def phrase(self, key):
        v = self.ld.get(key) or L["en"].get(key) or [""]
        return self.r.choice(v)

    def add(self, segs):
        self.segs.extend(segs)

    def expand(self, tpl, neg=None, negcat=None):
        r = self.r
        g = self.g
        if self.ld.get("glue") and r.random() < 0.6:
            tpl = re.sub(r"(\{L:\w+\}) (?=\{)", r"\1", tpl)
        if "{L:tail}" in tpl and not self.ld.get("glue"):
            tpl = tpl.replace("{L:tail}", "").replace("}{", "} {")
        self.cur = None
        self.cur2 = None
        out = []
        pos = 0
        for m in re.finditer(r"\{([A-Z0-9_]+|L:\w+)\}", tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], None, None))
            pos = m.end()
            k = m.group(1)
            if k.startswith("L:"):
                ph = self.phrase(k[2:])
                if tpl[m.end():m.end() + 1] == "{" and re.search(r"[A-Za-z0-9.]$", ph) and k != "L:tail":
                    ph += " "  # no Latin word glued to a value
                out.append((ph, None, None))
            elif k == "N":
                out.extend(neg)
            else:
                out.extend(self.fill(k))
        if pos < len(tpl):
            out.append((tpl[pos:], None, None))
        return out

    def who(self, second=False):
        if second:
            if self.cur2 is None:
                self.cur2 = self.g.person(self.lang)
            return self.cur2
        if self.cur is None:
            self.cur = self.g.person(self.lang)
        return self.cur

    def fill(self, k):
        r = self.r
        g = self.g
        if k == "EMAIL":
            if self.cur is not None or r.random() < 0.8:
                lo, dom = g.email(self.who())
            else:
                lo, dom = g.email(None, "role")
            return S(lo + "@" + dom, "EMAIL")
        if k == "EMAIL_ROLE":
            lo, dom = g.email(None, "role")
            return S(lo + "@" + dom, "EMAIL")
        if k == "EMAIL_OBF":
            lo, dom = g.email(self.who())
            return S(g.email_obf(lo, dom), "EMAIL")
        if k == "PHONE":
            return S(g.phone(self.lang), "PHONE")
        if k == "IPV4":
            return S(g.ipv4(), "IPV4")
        if k == "IPV4_PORT":
            return S(g.ipv4(), "IPV4") + NG(":" + str(r.choice([22, 80, 443, 8080, 8443, 3389, 5432, 25565])), "ip_port_cidr")
        if k == "IPV4_CIDR":
            return S(g.ipv4(), "IPV4") + NG("/" + str(r.choice([8, 16, 22, 24, 28, 29, 32])), "ip_port_cidr")
        if k == "IPV6":
            return S(g.ipv6(), "IPV6")
        if k == "IPV6_CIDR":
            return S(g.ipv6(), "IPV6") + NG("/" + str(r.choice([48, 56, 64, 128])), "ip_port_cidr")
        if k == "PORT":
            return NG(":" + str(r.choice([443, 8443, 22, 853])), "ip_port_cidr")
        if k == "CARD":
            return S(g.card(), "CREDIT_CARD")
        if k == "IBAN":
            return S(g.iban(), "IBAN")
        if k == "SSN":
            return S(g.ssn(), "US_SSN")
        if k == "URL":
            return S(g.profile_url(self.who()), "URL")
        if k == "HANDLE":
            return S("@" + self.who().handle, "HANDLE")
        if k == "HANDLE2":
            return S("@" + self.who(True).handle, "HANDLE")
        if k == "NAME":
            return S(g.name_variant(self.who()), "PERSON")
        if k == "NAME2":
            return S(g.name_variant(self.who(True)), "PERSON")
        if k == "NAMEAT":
            return S(self.who().name, "PERSON")
        if k == "NAME_POSS":
            m = self.who()
            if m.lf:
                suf = {"ja": "さんの発表", "zh": "的分享很精彩", "ko": "님의 발표"}.get(self.lang, "'s talk was great")
                return S(g.name_variant(m), "PERSON") + T(suf)
            n = g.name_variant(m)
            if n.endswith("s") and r.random() < 0.5:
                poss = "'"
            else:
                poss = r.choice(["'s", "'s", "’s"])
            return S(n, "PERSON") + T(poss + " " + r.choice(["talk was the highlight", "slides are up",
                                                                   "mentoring circle is full", "team is hiring",
                                                                   "recap below", "lab won the grant"]))
        if k == "MAILTO":
            return NG(r.choice(["mailto:", "mailto:", "MAILTO:"]), "mailto_prefix")
        if k in ("YR", "NUM"):
            return T(str(r.randint(1995, 2022)) if k == "YR" else str(r.randint(2, 140)))
        raise KeyError(k)

    # -- pieces
    def pii_clause(self, typ):
        return self.expand(self.r.choice(PII_CLAUSES[typ]))

    def neg_clause(self, cat):
        r = self.r
        g = self.g
        lang = self.lang
        if cat in ("company", "place", "eponym", "name_word", "at_keyword"):
            if cat == "name_word":
                pool = NAME_WORD.get(lang) if r.random() < 0.7 else None
                pool = pool or NAME_WORD[r.choice(list(NAME_WORD))]
            else:
                pool = {"company": COMPANY, "place": PLACE, "eponym": EPONYM, "at_keyword": AT_KW}[cat]
            return marked(r.choice(pool), cat)
        if cat == "doc_domain":
            s = r.choice(DOC_DOMAIN_MAIL + DOC_DOMAIN_URL)
            pre = r.choice(["e.g. ", "placeholder: ", "template says ", "(", "like "])
            segs = T(pre) + NG(s, cat)
            if pre == "(":
                segs += T(")")
            return segs
        fn = {"date": lambda: g.date(lang), "time": g.time, "price": g.price, "order_number": g.order,
              "ticket_number": g.ticket, "isbn": g.isbn, "version": g.version, "patent_number": g.patent,
              "ip_like_version": g.ip_like_version, "ipv6_nonglobal": g.ipv6_neg,
              "luhn_invalid": lambda: g.card(False), "iban_bad_check": lambda: g.iban(False),
              "ssn_invalid": lambda: g.ssn(False)}.get(cat)
        if cat.startswith("ipv4_"):
            val = g.ipv4_neg(cat)
        elif cat.startswith("url_"):
            val = r.choice(URL_NEG[cat])
            dd = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
            val = (val.replace("{co}", r.choice(COMPANIES)).replace("{ev}", r.choice(EVENTS))
                   .replace("{n3}", dd(3)).replace("{n5}", dd(5)).replace("{n6}", dd(6)).replace("{n7}", dd(7))
                   .replace("{n9}", dd(9)).replace("{n10}", dd(10)).replace("{n12}", dd(12))
                   .replace("{a4}", "%02d%02d" % (r.randint(15, 25), r.randint(1, 12))).replace("{a5}", dd(5))
                   .replace("{rnd}", "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))))
        else:
            val = fn()
        return self.expand(r.choice(NEG_CLAUSES[cat]), NG(val, cat))

    def greet(self, thanks=False):
        r = self.r
        tpl = self.phrase("thx" if thanks else "hi")
        m = self.g.person(self.lang, first_ok=True)
        if "{N}" in tpl or m.lf:
            nm = self.g.name_variant(m)
            tpl = tpl.replace("{F}", "{N}")
        else:
            nm = m.first
            if r.random() < 0.06:
                nm = nm.lower()
        a, b = tpl.split("{N}" if "{N}" in tpl else "{F}")
        return T(a) + S(nm, "PERSON") + T(b)

    def filler(self):
        r = self.r
        ld = self.ld if r.random() < 0.8 else L["en"]
        cand = [x for x in ld["fill"] if x not in self.used_fill] or ld["fill"]
        s = r.choice(cand)
        self.used_fill.add(s)
        if r.random() < 0.12:
            words = [w for w in re.finditer(r"[a-z]{5,}", s)]
            if words:
                w = r.choice(words)
                i = w.start() + r.randint(1, len(w.group()) - 2)
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if r.random() < 0.15:
            s += " " + r.choice(EMOJI)
        return T(s)


def join(lines, sep="\n"):
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append((sep, None, None))
        out.extend(l)
    return out


NEG_CATS = [c for c in NEG_CLAUSES]


def make_record(gen, idx):
    r = gen.rng
    langs = list(LANG_W)
    lang = r.choices(langs, [LANG_W[x] for x in langs])[0]
    kind = r.choice(KINDS)
    rec = Record(gen, lang)
    lines = []
    # body clauses
    body = []
    for _ in range(r.randint(2, 4)):
        typ = r.choices(list(PII_W), [PII_W[t] for t in PII_W])[0]
        body.append(rec.pii_clause(typ))
    for _ in range(r.choice([2, 2, 3])):
        body.append(rec.neg_clause(r.choice(NEG_CATS)))
    for _ in range(r.randint(1, 3)):
        body.append(rec.filler())
    r.shuffle(body)
    if kind != "forwarded" and r.random() < 0.5:
        lines.append(rec.greet())
    if kind == "forwarded":
        hdr = [T(r.choice(["---------- Forwarded message ---------", "-----Original Message-----",
                           "Begin forwarded message:", "-------- Weitergeleitete Nachricht --------"]))]
        m = gen.person(lang)
        rec.cur = m
        lo, dom = gen.email(m)
        hdr.append(T("From: ") + S(gen.name_variant(m), "PERSON") + T(" <") + S(lo + "@" + dom, "EMAIL") + T(">"))
        hdr.append(T("Date: ") + NG(gen.date(lang), "date") + T(" ") + NG(gen.time(), "time"))
        hdr.append(T("Subject: " + r.choice(["Re: volunteer rota", "Fwd: mentoring intro", "Gig follow-up",
                                             "Alumni dinner", "Lab visit"])))
        q = r.random() < 0.5
        lines.append(T(r.choice(["FYI, see below.", "Forwarding with permission.", "Zur Info:", "Pour info :"])))
        lines.extend(hdr)
        for b in body:
            lines.append((T("> ") if q else []) + b)
    elif kind == "lab_page":
        lines.append(T(r.choice(HEADERS[kind])))
        for _ in range(r.randint(1, 3)):
            m = gen.person(lang)
            lo, dom = gen.email(m)
            role = r.choice(LAB_ROLES)
            bullet = r.choice(["- ", "• ", "* ", ""])
            item = T(bullet) + S(gen.name_variant(m), "PERSON") + T(", " + role + " — ")
            k = r.random()
            if k < 0.5:
                item += S(lo + "@" + dom, "EMAIL")
            elif k < 0.75:
                item += S(gen.email_obf(lo, dom), "EMAIL")
            else:
                item += S(gen.profile_url(m), "URL")
            lines.append(item)
        lines.extend(body)
    else:
        h = r.choice(HEADERS[kind])
        h = h.replace("{YR}", str(r.randint(1995, 2022))).replace("{NUM}", str(r.randint(2, 140)))
        lines.append(T(h))
        style = r.random()
        for i, b in enumerate(body):
            if style < 0.25:
                lines.append(T(r.choice(["- ", "• ", "%d) " % (i + 1)])) + b)
            else:
                lines.append(b)
        if style >= 0.25 and r.random() < 0.5:
            # paragraph mode: merge lines with spaces
            merged = []
            for b in lines:
                if merged:
                    # glue only between two non-Latin characters (CJK/Thai writing without spaces)
                    a, z = merged[-1][0][-1:], b[0][0][:1]
                    both = lang in ("ja", "zh", "th") and a and z and ord(a) > 0x2e80 and ord(z) > 0x2e80
                    merged.append(("" if both else " ", None, None))
                merged.extend(b)
            lines = [merged]
    if r.random() < 0.35:
        lines.append(rec.greet(thanks=True))
    if r.random() < 0.4:
        m = gen.person(lang)
        rec.cur = m
        sig = [T(rec.phrase("bye")), S(gen.name_variant(m), "PERSON")]
        extra = []
        k = r.random()
        if k < 0.35:
            lo, dom = gen.email(m)
            extra = S(gen.phone(lang), "PHONE") + T(r.choice([" · ", " | ", "\n"])) + S(lo + "@" + dom, "EMAIL")
        elif k < 0.6:
            extra = S(gen.profile_url(m), "URL")
        elif k < 0.75:
            extra = S("@" + m.handle, "HANDLE") + T(r.choice([" on here", "", " (askfirst)"]))
        if extra:
            sig.append(extra)
        lines.append(T("--") if r.random() < 0.3 else [])
        lines.extend(sig)
    lines = [l for l in lines if l]
    segs = join(lines)
    text = []
    spans = []
    negs = []
    pos = 0
    for s, t, c in segs:
        if t:
            spans.append({"start": pos, "end": pos + len(s), "type": t})
        if c:
            negs.append({"start": pos, "end": pos + len(s), "category": c})
        text.append(s)
        pos += len(s)
    return {"id": "r%d" % idx, "lang": lang, "kind": kind, "text": "".join(text), "spans": spans,
            "negatives": negs}


# ----------------------------------------------------------------------------- self-check

CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
TOK = re.compile(r"[\w\u0900-\u097f\u0e00-\u0e7f\u0300-\u036f]+")


def self_check(records, members):
    errs = []
    full = {}
    cjk = set()
    handles = set(m.handle.lower() for m in members)
    for m in members:
        if m.lf and m.culture != "vi":
            cjk.add(m.name)
        else:
            full[norm(m.name)] = 1
    firsts = set(norm(m.first) for m in members)
    maxn = max(len(k.split()) for k in full)
    ok_val = {
        "CREDIT_CARD": lambda s: luhn_ok(s) and re.fullmatch(r"[\d -]+", s) and len(re.sub(r"\D", "", s)) in (15, 16),
        "IBAN": lambda s: (lambda c: c[:2] in IBAN_SPEC and len(c) == IBAN_SPEC[c[:2]][0] and mod97(c) == 1)(s.replace(" ", "")),
        "US_SSN": ssn_valid,
        "IPV4": lambda s: ipaddress.IPv4Address(s).is_global,
        "IPV6": lambda s: ipaddress.IPv6Address(s).is_global,
    }
    bad_val = {
        "luhn_invalid": lambda s: not luhn_ok(s),
        "iban_bad_check": lambda s: mod97(s.replace(" ", "")) != 1,
        "ssn_invalid": lambda s: not ssn_valid(s),
        "ipv6_nonglobal": lambda s: not ipaddress.ip_address(s).is_global,
    }
    for rec in records:
        t = rec["text"]
        n = len(t)
        sp = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
        for s, e, ty in sp:
            if not (0 <= s < e <= n):
                errs.append("%s: span out of range" % rec["id"])
                continue
            v = t[s:e]
            if v != v.strip():
                errs.append("%s: span with outer whitespace %r" % (rec["id"], v))
            if ty in ok_val and not ok_val[ty](v):
                errs.append("%s: %s fails validator: %r" % (rec["id"], ty, v))
            if ty == "PERSON" and norm(v) not in full and v not in cjk and norm(v) not in firsts:
                errs.append("%s: PERSON not a member name: %r" % (rec["id"], v))
            if ty == "HANDLE" and (not v.startswith("@") or v[1:].lower() not in handles):
                errs.append("%s: HANDLE not a member handle: %r" % (rec["id"], v))
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlapping gold spans %r %r" % (rec["id"], a, b))
        ng = [(x["start"], x["end"], x["category"]) for x in rec["negatives"]]
        for s, e, c in ng:
            if not (0 <= s < e <= n):
                errs.append("%s: negative out of range" % rec["id"])
            if any(s < ge and gs < e for gs, ge, _ in sp):
                errs.append("%s: negative %s overlaps gold" % (rec["id"], c))
            v = t[s:e]
            if c in bad_val and not bad_val[c](v):
                errs.append("%s: negative %s passes the validator: %r" % (rec["id"], c, v))
            if c.startswith("ipv4_") and ipaddress.IPv4Address(v).is_global:
                errs.append("%s: negative %s is global: %r" % (rec["id"], c, v))
        cover = sp + ng

        def covered(s, e):
            return any(s < ce and cs < e for cs, ce, _ in cover)
        toks = [(m.start(), m.end(), norm(m.group())) for m in TOK.finditer(t)]
        for i in range(len(toks)):
            for k in range(2, maxn + 1):
                if i + k > len(toks):
                    break
                key = " ".join(x[2] for x in toks[i:i + k])
                if key in full and not covered(toks[i][0], toks[i + k - 1][1]):
                    errs.append("%s: unlabelled member name %r" % (rec["id"], t[toks[i][0]:toks[i + k - 1][1]]))
        for m in CJK_RUN.finditer(t):
            run = m.group()
            for i in range(len(run)):
                for k in range(2, min(6, len(run) - i + 1)):
                    if run[i:i + k] in cjk and not covered(m.start() + i, m.start() + i + k):
                        errs.append("%s: unlabelled CJK member name %r" % (rec["id"], run[i:i + k]))
        for m in re.finditer(r"@(\w+)", t):
            if m.group(1).lower() in handles and not covered(m.start(), m.end()):
                errs.append("%s: unlabelled handle %r" % (rec["id"], m.group()))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random("gen_blind18:%d" % a.seed)
    members = make_members(a.members, rng)
    gen = Gen(random.Random("gen_blind18-text:%d" % a.seed), members)
    gen.word_members.sort(key=lambda m: int(m.user[1:]))
    records = [make_record(gen, i) for i in range(1, a.records + 1)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    errs = self_check(records, members)
    types = {}
    cats = {}
    for rec in records:
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in rec["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d, languages %d" % (len(records), len(members), len({r["lang"] for r in records})),
          file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())), file=sys.stderr)
    if errs:
        for e in errs[:40]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        print("self-check FAILED (%d problems)" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
