#!/usr/bin/env python3
"""gen_blind22.py - the twenty-sixth labelled PII corpus (blind), for issue 3's redactor.

  gen_blind22.py --out DIR [--records 5000] [--members 100000] [--seed 1]

Writes DIR/members.jsonl (exactly --members lines {"user","name","handle"}) and DIR/corpus.jsonl
(records {"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,category}]},
offsets in Unicode code points, end-exclusive - the format bench/pii/score.py reads).  Python 3
standard library only; the output is a pure function of (--records, --members, --seed).

How it was written
------------------
Blind: from the text of issue 3 (what counts as personal data, and the "not this" column) and
bench/pii/score.py (label format, metrics) only.  The engine's sources, its tests, its docs, the
other corpus generators and the git history were not read, and the redactor was not run on this
corpus.  The labelling conventions decided by the project (given in the brief) are followed.

Genres (field "kind")
---------------------
chat_thread (comment threads with replies, nicknames, typos, lowercase names), recruiter_dm
(cold messages and replies), conf_qa (conference Q&A transcripts with timestamps), show_notes
(podcast notes with chapter times and guest links), certificate (course/certificate posts),
mentoring (mentoring programme matches, markdown tables), notifications ("people you may know",
endorsements, mentions), group_rules (community rules and moderator notes), expense_chat
(travel/expense coordination among colleagues), oss_issue (open-source issue threads pasted into
posts: logs, code, annotations), job_congrats (multilingual job-change congratulation threads),
anniversary (birthday / work-anniversary threads), checkin (event check-in lists), reference
(reference letters), testimonial (customer testimonials in several quote styles), relocation
(apartment/relocation help threads), pitch (startup pitch posts with founder contacts), tender
(government/NGO tender notices), translated (translated posts quoting the original).

Languages (field "lang", 24): en de fr es it pt nl pl tr sv vi id (Latin), ru uk (Cyrillic),
el (Greek), ar (Arabic), he (Hebrew), hi (Devanagari), bn (Bengali), ta (Tamil), th (Thai),
ko (Hangul), ja (Kanji/Kana), zh (Han).

Gold types: EMAIL PHONE IPV4 IPV6 CREDIT_CARD IBAN US_SSN URL HANDLE PERSON.

Negative categories: example_domain, date, time, price, order_number, ticket_number, isbn,
version, patent (phone look-alikes); ip_private, ip_loopback, ip_link_local, ip_documentation,
ip_reserved, ip_shared (non-global IPv4/IPv6); luhn_invalid; iban_bad_check; ssn_invalid;
company_page, careers_page, docs_url, paper_url, ticket_url, form_url, org_repo_url (links that do
not identify a person); at_not_member (code annotations, npm scopes, @here/@channel);
company, place, eponym, word_name (name look-alikes); non_member_name (names of famous people
who are not in the member directory).

Doubtful labelling choices
--------------------------
- First names alone are gold only directly after a greeting/thanks/welcome word ("Hi Anja,",
  "Danke, Anja!", "Welcome aboard, Anja!", Thai "ขอบคุณครับคุณสมชาย" with the honorific
  คุณ glued and outside the span, Hindi "प्रिया जी" with जी outside).  Congratulations and
  birthday wishes always use the full name or an @handle.  Korean, Japanese, Chinese and
  Vietnamese members are always greeted by full name.  Vocative inflection is avoided (the
  nominative is written, e.g. Ukrainian "Дякую, Оксана!").
- A first-name possessive ("Anja's") is gold only after the member's full name occurred earlier
  in the same record.
- Case and diacritic variants of member full names in chat ("anja weber", "Jurgen Muller",
  "Étienne ROUSSEAU") are gold PERSON (the issue says matching is case/diacritic-insensitive);
  likewise an @handle written with capitals ("@AnjaWeber") is gold HANDLE.
- Members whose full names are company, place or eponym names (Morgan Stanley, Calvin Klein,
  Jack Daniel, Ted Baker, Paul Smith, Alice Springs, Grace Hopper, Max Planck, ...) exist in the
  directory; in company/place/eponym use the name is a negative, in person use it is gold.  The
  negative span covers the name-like part only ("Max Planck" in "Max Planck Institute",
  "Jack Daniel's" for the whiskey, "Charlotte" in "Charlotte, NC").
- Profile URLs are gold also with a path below the profile (github.com/<user>/<repo>,
  x.com/<user>/status/<id>, medium.com/@<user>/<post>, calendly.com/<user>/30min), with query
  strings and fragments included in the span; a trailing ".,;:!?)" or closing quote is outside.
- Repository/issue links under an organisation (github.com/kubernetes/kubernetes/issues/1) are
  negatives (org_repo_url), as are medium.com/<publication>/... links; the engine cannot know
  from the URL alone that the first path segment is an organisation.
- Obfuscated e-mails with localised words ("ana [arroba] gmail [punto] com",
  "ivan [собака] mail [точка] ru", "jan(at)firma.de", full-width "＠" in Japanese) are gold EMAIL,
  the whole obfuscated form being one span.
- Role addresses of organisations (procurement@..., founders@..., mentoring@...) and IBANs /
  phone numbers of organisations (tender notices) are gold, since the issue's types are defined
  by form, not by owner.
- Phone numbers written without any country prefix or trunk zero in a phone context
  ("98765 43210" after "Mob:") are gold; digit runs of the same shape in order/ticket/patent
  contexts are negatives.
- Names of famous non-members (e.g. "Daniel Kahneman") are labelled non_member_name negatives.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

# --------------------------------------------------------------------------------------------
# name data: "native|roman" (roman is used for handles / e-mail locals)
# --------------------------------------------------------------------------------------------

def _split(s):
    return [x for x in s.split() if x]


NAMES = {
    "en": dict(f=_split("James Emily Olivia Daniel Ethan Sarah Michael Jessica Will Grace Rose Mark "
                        "Bill Hope June Summer Frank Joy Dawn Faith Amber Ruby Jade Iris Chase Hunter "
                        "Morgan Austin Jordan Charlotte Victoria Georgia Florence Adelaide Lincoln "
                        "Jackson Alice Regina Nathan Chloe Ryan Megan"),
               l=_split("Smith Baker Cook Young King Brown White Green Stone Wood Hill Fox Long Little "
                        "Sharp Bright Walker Hughes O'Brien McAllister Murphy Pearson Bloom Turner "
                        "Carter Reed Hayes Brooks Evans Okafor Patel Nguyen")),
    "de": dict(f=_split("Anja Jürgen Sören Björn Käthe Lukas Mia Sophie Felix Jonas Lea Frank Heike "
                        "Uwe Dörte Maximilian Annika Tobias"),
               l=_split("Weber Müller Schröder Groß Zimmermann Hoffmann Schäfer Sommer Winter Wolf "
                        "Koch Fuchs Vogel Klein Lange Schwarz Braun Meyer-Lindt Krüger")),
    "fr": dict(f=_split("Étienne Hélène Chloé Benoît François Amélie Léa Mathis Zoé Noël Margaux "
                        "Thibault Océane"),
               l=_split("Dubois Lefèvre Moreau Girard Rousseau Blanc Petit Leroy Mercier Fontaine "
                        "Roux Chevalier Gauthier")),
    "es": dict(f=_split("José María Lucía Álvaro Sofía Pilar Dolores Esperanza Luz Paz Mercedes "
                        "Blanca Rosa Iñigo Javier Carmen"),
               l=_split("García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Muñoz Ortega "
                        "Núñez Castillo")),
    "it": dict(f=_split("Giulia Lorenzo Chiara Matteo Francesca Alessandro Bianca Serena Felice "
                        "Niccolò Elisa Davide"),
               l=_split("Rossi Bianchi Ricci Esposito Romano Colombo Gallo Conti D'Angelo Marino "
                        "Greco Ferri")),
    "pt": dict(f=_split("João Ana Gonçalo Inês Tiago Beatriz Conceição Thiago Luíza Rafaela Caio"),
               l=_split("Silva Santos Oliveira Pereira Costa Rodrigues Ferreira Almeida Gonçalves "
                        "Carvalho Araújo")),
    "nl": dict(f=_split("Daan Sanne Bram Femke Joost Lotte Sem Maartje Ruben Floor"),
               l=["de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "Smit", "Mulder",
                  "de Jong", "van den Berg", "Dijkstra", "Hendriks"]),
    "tr": dict(f=_split("Can Deniz Umut Ayşe Mehmet Elif Emre Zeynep Barış Gökhan İpek Onur"),
               l=_split("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan")),
    "sv": dict(f=_split("Åsa Björn Linnea Oskar Maja Erik Ingrid Sven Elsa"),
               l=_split("Andersson Johansson Lindqvist Nyström Åberg Sjöberg Lindgren Holm")),
    "id": dict(f=_split("Budi Siti Dewi Agus Rina Eko Putri Fajar Wahyu Ayu"),
               l=_split("Santoso Rahmawati Lestari Pratama Wijaya Hidayat Saputra Kusuma Nugroho")),
    # gendered surname languages: fm / ff first names, lm / lf surnames (same order)
    "pl": dict(fm=_split("Łukasz Paweł Wojciech Tomasz Krzysztof Michał"),
               ff=_split("Agnieszka Małgorzata Katarzyna Zofia Joanna Ewa"),
               lm=_split("Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński "
                         "Szymański Dąbrowski"),
               lf=_split("Kowalska Nowak Wiśniewska Wójcik Kamińska Lewandowska Zielińska "
                         "Szymańska Dąbrowska")),
    "ru": dict(fm=_split("Иван|ivan Дмитрий|dmitry Сергей|sergey Михаил|mikhail Алексей|alexey "
                         "Андрей|andrey Павел|pavel"),
               ff=_split("Анна|anna Екатерина|ekaterina Ольга|olga Вера|vera Надежда|nadezhda "
                         "Любовь|lyubov Юлия|yulia Татьяна|tatiana"),
               lm=_split("Иванов|ivanov Смирнов|smirnov Кузнецов|kuznetsov Попов|popov "
                         "Соколов|sokolov Волков|volkov Морозов|morozov Лебедев|lebedev "
                         "Орлов|orlov"),
               lf=_split("Иванова|ivanova Смирнова|smirnova Кузнецова|kuznetsova Попова|popova "
                         "Соколова|sokolova Волкова|volkova Морозова|morozova Лебедева|lebedeva "
                         "Орлова|orlova")),
    "uk": dict(fm=_split("Тарас|taras Богдан|bohdan Андрій|andrii Юрій|yurii Олег|oleh Максим|maksym"),
               ff=_split("Олена|olena Оксана|oksana Ірина|iryna Наталія|nataliia Софія|sofiia "
                         "Надія|nadiia"),
               lm=_split("Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko "
                         "Ткаченко|tkachenko Кравчук|kravchuk Мельник|melnyk Лисенко|lysenko"),
               lf=_split("Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko "
                         "Ткаченко|tkachenko Кравчук|kravchuk Мельник|melnyk Лисенко|lysenko")),
    "el": dict(fm=_split("Γιώργος|giorgos Νίκος|nikos Δημήτρης|dimitris Κώστας|kostas Γιάννης|giannis"),
               ff=_split("Μαρία|maria Ελένη|eleni Κατερίνα|katerina Σοφία|sofia Δέσποινα|despoina"),
               lm=_split("Παπαδόπουλος|papadopoulos Γεωργίου|georgiou Νικολάου|nikolaou "
                         "Οικονόμου|oikonomou Καραγιάννης|karagiannis Βλάχος|vlachos"),
               lf=_split("Παπαδοπούλου|papadopoulou Γεωργίου|georgiou Νικολάου|nikolaou "
                         "Οικονόμου|oikonomou Καραγιάννη|karagianni Βλάχου|vlachou")),
    "ar": dict(f=_split("محمد|mohammed أحمد|ahmed فاطمة|fatima ليلى|layla نور|nour أمل|amal "
                        "يوسف|youssef عمر|omar سارة|sara خالد|khaled مريم|mariam هدى|huda رامي|rami"),
               l=["العلي|alali", "حداد|haddad", "الخطيب|alkhatib", "منصور|mansour",
                  "الشامي|alshami", "النجار|alnajjar", "القاسم|alqasim", "عبد الله|abdullah",
                  "الزعبي|alzoubi", "صالح|saleh"]),
    "he": dict(f=_split("נועה|noa יוסי|yossi מיכל|michal אורי|uri תמר|tamar דוד|david שירה|shira "
                        "איתי|itai רונית|ronit"),
               l=_split("כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton אברהם|avraham "
                        "פרידמן|friedman שפירא|shapira")),
    "hi": dict(f=_split("प्रिया|priya राहुल|rahul अनिल|anil सुनीता|sunita अमित|amit नेहा|neha "
                        "विकास|vikas पूजा|pooja अंकित|ankit दीपिका|deepika"),
               l=_split("शर्मा|sharma वर्मा|verma गुप्ता|gupta सिंह|singh पटेल|patel मिश्रा|mishra "
                        "जोशी|joshi अग्रवाल|agarwal")),
    "bn": dict(f=_split("অনিক|anik তানিয়া|tania রাফি|rafi সুমাইয়া|sumaiya অর্পিতা|arpita "
                        "সৌরভ|sourav নুসরাত|nusrat"),
               l=_split("রহমান|rahman চৌধুরী|chowdhury হোসেন|hossain দাস|das বসু|basu সেন|sen "
                        "ইসলাম|islam")),
    "ta": dict(f=_split("அருண்|arun கவிதா|kavitha செல்வம்|selvam பிரியா|priya கார்த்திக்|karthik "
                        "மீனா|meena விஜய்|vijay லட்சுமி|lakshmi"),
               l=_split("சுப்பிரமணியன்|subramanian ராஜேந்திரன்|rajendran கிருஷ்ணன்|krishnan "
                        "வேலு|velu முருகன்|murugan சுந்தரம்|sundaram")),
    "th": dict(f=_split("สมชาย|somchai สุดา|suda ณัฐพล|nattapon พิมพ์ชนก|pimchanok วิชัย|wichai "
                        "อรุณี|arunee ธนากร|thanakorn กมลชนก|kamonchanok"),
               l=_split("ใจดี|jaidee ศรีสุข|srisuk วงศ์สวัสดิ์|wongsawat บุญมา|boonma "
                        "แก้วมณี|kaewmanee รัตนพงษ์|rattanapong")),
    # family name first, written without a space
    "ko": dict(l=_split("김|kim 이|lee 박|park 최|choi 정|jung 강|kang 조|cho 윤|yoon"),
               f=_split("민준|minjun 서연|seoyeon 지훈|jihoon 하은|haeun 도윤|doyoon 수빈|subin "
                        "예린|yerin 현우|hyunwoo")),
    "ja": dict(l=_split("佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 渡辺|watanabe 伊藤|ito "
                        "山本|yamamoto 中村|nakamura"),
               f=_split("陽菜|hina 翔太|shota 美咲|misaki 大輝|daiki 結衣|yui 健一|kenichi "
                        "由美|yumi 拓海|takumi")),
    "zh": dict(l=_split("王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao"),
               f=_split("伟|wei 芳|fang 娜|na 秀英|xiuying 敏|min 静|jing 磊|lei 艳|yan 勇|yong "
                        "杰|jie 婷|ting")),
    # Vietnamese: family middle given
    "vi": dict(l=_split("Nguyễn Trần Lê Phạm Hoàng Võ Đặng"),
               m=_split("Văn Thị Minh Thu Quốc Ngọc"),
               f=_split("An Mai Trang Hùng Linh Dũng Hương Khoa")),
}
LANG_WEIGHT = dict(en=14, de=8, fr=6, es=6, it=4, pt=5, nl=4, pl=4, tr=4, sv=3, id=3, ru=5, uk=3,
                   el=2, ar=5, he=3, hi=5, bn=2, ta=2, th=3, ko=4, ja=5, zh=6, vi=3)
CJK_LANGS = ("ko", "ja", "zh")

# members whose full names are also companies, places or eponyms
SPECIAL = ["Morgan Stanley", "Calvin Klein", "Hugo Boss", "Ralph Lauren", "Tommy Hilfiger",
           "Roland Berger", "Charles Schwab", "John Deere", "Jack Daniel", "Kate Spade",
           "Carl Zeiss", "Robert Bosch", "Ted Baker", "Paul Smith", "Estée Lauder",
           "Louis Vuitton", "Walt Disney", "Grace Hopper", "Ada Lovelace", "Alan Turing",
           "Max Planck", "Marie Curie", "Johns Hopkins", "Florence Nightingale", "Alice Springs"]

COMPANY_NEG = [  # (surface, name-like part)
    ("Morgan Stanley", "Morgan Stanley"), ("Calvin Klein", "Calvin Klein"),
    ("Hugo Boss", "Hugo Boss"), ("Ralph Lauren", "Ralph Lauren"),
    ("Tommy Hilfiger", "Tommy Hilfiger"), ("Roland Berger", "Roland Berger"),
    ("Charles Schwab", "Charles Schwab"), ("John Deere", "John Deere"),
    ("Jack Daniel's", "Jack Daniel's"), ("Kate Spade", "Kate Spade"),
    ("Carl Zeiss", "Carl Zeiss"), ("Robert Bosch", "Robert Bosch"), ("Ted Baker", "Ted Baker"),
    ("Paul Smith", "Paul Smith"), ("Estée Lauder", "Estée Lauder"),
    ("Louis Vuitton", "Louis Vuitton"), ("Walt Disney", "Walt Disney"),
    ("Mercedes-Benz", "Mercedes"), ("Johnson & Johnson", "Johnson & Johnson"),
    ("Marks & Spencer", "Marks & Spencer"), ("Wells Fargo", "Wells Fargo"),
    ("Ben & Jerry's", "Ben & Jerry's")]
COMPANY_CTX = {
    "Morgan Stanley": ["spent six years in the {c} graduate programme", "{c} research note says rates stay high"],
    "Calvin Klein": ["the {c} outlet in Metzingen", "{c} jeans on sale"],
    "Hugo Boss": ["wore a {c} suit to the interview 😂", "{c} store at the airport"],
    "Ralph Lauren": ["{c} polo dress code lol", "the {c} flagship on Madison Ave"],
    "Tommy Hilfiger": ["{c} is hiring merchandisers", "a {c} jacket"],
    "Roland Berger": ["a {c} study on supply chains", "ex-{c} consultant"],
    "Charles Schwab": ["my {c} brokerage account", "{c} raised fees"],
    "John Deere": ["{c} tractors run on Linux now", "the {c} right-to-repair case"],
    "Jack Daniel's": ["a bottle of {c} as a farewell gift", "{c} and coke at the afterparty"],
    "Kate Spade": ["a {c} laptop bag", "{c} tote"],
    "Carl Zeiss": ["{c} lenses for the microscope", "the {c} plant in Jena"],
    "Robert Bosch": ["{c} GmbH, Stuttgart", "the {c} Stiftung grant"],
    "Ted Baker": ["{c} went into administration", "a {c} shirt"],
    "Paul Smith": ["a {c} scarf", "the {c} shop in Covent Garden"],
    "Estée Lauder": ["{c} layoffs hit marketing", "the {c} campaign"],
    "Louis Vuitton": ["{c} is a LVMH brand", "a {c} trunk"],
    "Walt Disney": ["{c} Studios", "the {c} Concert Hall"],
    "Mercedes-Benz": ["{c} plant in Sindelfingen", "a used {c}"],
    "Johnson & Johnson": ["{c} spun off Kenvue", "audit at {c}"],
    "Marks & Spencer": ["{c} meal deal", "{c} food hall"],
    "Wells Fargo": ["{c} closed my account", "ex-{c} analyst"],
    "Ben & Jerry's": ["{c} in the office freezer", "free {c} at the booth"],
}
EPONYM_NEG = [("{e}'s algorithm", "Dijkstra"), ("{e}'s law strikes again", "Murphy"),
              ("{e} correlation of 0.82", "Pearson"), ("a {e} filter for dedup", "Bloom"),
              ("the {e} Celebration in Orlando", "Grace Hopper"), ("{e} Day talk", "Ada Lovelace"),
              ("fellow at the {e} Institute", "Alan Turing"),
              ("postdoc at the {e} Institute for Informatics", "Max Planck"),
              ("{e} fellowship (MSCA)", "Marie Curie"), ("{e} University", "Johns Hopkins"),
              ("the {e} Foundation scholarship", "Florence Nightingale"),
              ("{e}'s law: work expands", "Parkinson"), ("passed the {e} test?", "Turing"),
              ("{e} chart for the roadmap", "Gantt"), ("a {e} chain model", "Markov")]
PLACE_NEG = [("{p}, NC", "Charlotte"), ("{p}, TX", "Austin"), ("{p}, Italy", "Florence"),
             ("{p}, BC", "Victoria"), ("{p}, South Australia", "Adelaide"), ("{p} (the state)", "Georgia"),
             ("Amman, {p}", "Jordan"), ("{p}, Bulgaria", "Sofia"), ("{p}, SK", "Regina"),
             ("{p}, NE", "Lincoln"), ("{p} Hole", "Jackson"), ("{p}, NT", "Alice Springs"),
             ("{p}", "São Paulo"), ("{p}", "Santa Clara"), ("{p}", "Saint-Étienne"),
             ("La {p}, Bolivia", "Paz"), ("{p}, SP", "Santos")]
WORD_NEG = {
    "en": [("Will", "{w} do, see you Tuesday."), ("Grace", "{w} period for the fee ends Friday."),
           ("Rose", "Revenue {w} 12% QoQ."), ("Mark", "{w} your calendars!"),
           ("Bill", "{w} me later, in a hurry 😅"), ("Hope", "{w} this helps!"),
           ("June", "{w} cohort starts soon."), ("Summer", "{w} internship apps are open."),
           ("Frank", "{w} feedback welcome."), ("Ruby", "{w} on Rails still pays the bills."),
           ("Iris", "Trained on the {w} dataset, 97% acc."), ("Chase", "{w} the craft, not the title."),
           ("Amber", "{w} alert on the dashboard again."), ("Dawn", "{w} deploys are a bad idea."),
           ("Young", "{w} professionals meetup tonight."), ("Green", "{w} energy startups are hiring."),
           ("Brown", "{w} bag lunch on Thursday."), ("White", "{w} paper attached."),
           ("Long", "{w} story short: we shipped."), ("Little", "{w} update from the team:"),
           ("King", "Cash is {w}."), ("Can", "{w} anyone recommend a coworking space?"),
           ("Joy", "{w} of shipping on a Friday 🙃"), ("Hunter", "Bug bounty {w}s welcome"),
           ("Faith", "{w} in the process, I guess.")],
    "de": [("Sommer", "Im {w} ziehen wir um."), ("Winter", "Der {w} kommt, die Heizkosten auch."),
           ("Wolf", "Ein einsamer {w} im Büro heute 🐺"), ("Klein", "{w} aber fein: unser Team."),
           ("Lange", "{w} nichts gehört!"), ("Vogel", "Der frühe {w} fängt den Wurm."),
           ("Schwarz", "{w} auf weiß: der Vertrag ist da."), ("Fuchs", "Schlauer {w}!")],
    "fr": [("Rose", "La vie en {w} 🌹"), ("Blanc", "Chèque en {w}, vraiment ?"),
           ("Petit", "{w} rappel : réunion demain."), ("Noël", "Joyeux {w} à tous !")],
    "es": [("Paz", "Queremos {w} y tranquilidad."), ("Luz", "Se fue la {w} en la oficina 😂"),
           ("Esperanza", "Con la {w} de que salga bien."), ("Dolores", "{w} de cabeza con este deploy"),
           ("Rosa", "La camiseta {w} del equipo.")],
    "it": [("Felice", "{w} anno nuovo!"), ("Serena", "Serata {w} a tutti."),
           ("Chiara", "Risposta {w} e concisa, grazie.")],
    "tr": [("Deniz", "{w} kenarında toplantı 🌊"), ("Umut", "{w} ediyorum ki olur."),
           ("Barış", "{w} ve huzur dolu bir yıl.")],
    "ru": [("Вера", "{w} в успех проекта есть."), ("Надежда", "{w} умирает последней 😅"),
           ("Любовь", "{w} к коду не купишь.")],
    "uk": [("Надія", "{w} є завжди!")],
    "el": [("Σοφία", "Η {w} του πλήθους.")],
    "ar": [("أمل", "لدينا {w} كبير في المشروع"), ("نور", "{w} الصباح في المكتب")],
    "he": [("שירה", "ערב {w} בציבור"), ("תמר", "עץ {w} בחצר")],
    "hi": [("पूजा", "{w} के बाद मीटिंग होगी")],
    "ta": [("செல்வம்", "{w} பெருகட்டும்")],
}
NON_MEMBER = ["Daniel Kahneman", "Brené Brown", "Simon Sinek", "Adam Grant", "Cal Newport",
              "Yuval Noah Harari", "Marie Kondo", "Satya Nadella", "Hans Rosling", "Kai-Fu Lee",
              "Reid Hoffman", "Esther Perel"]

COMPANIES = [("Pixelfarm", "pixelfarm.nl"), ("Nordwind Logistik", "nordwind-logistik.de"),
             ("Brightlane", "brightlane.co.uk"), ("Tecnova", "tecnova.es"),
             ("Kumo Labs", "kumolabs.jp"), ("Sahara Tech", "saharatech.ae"),
             ("Helix Bio", "helixbio.com"), ("Quantix", "quantix.io"), ("Lumen Health", "lumenhealth.fr"),
             ("Orbital Foods", "orbitalfoods.com.br"), ("Vektor Systems", "vektor.pl"),
             ("Acme", "acme.io"), ("Bluefjord", "bluefjord.se"), ("Ostrava Robotics", "ostrava-robotics.cz"),
             ("Tamarind Pay", "tamarindpay.in"), ("Seoul Mobility", "seoulmobility.kr"),
             ("Dragonfly Cloud", "dragonflycloud.cn"), ("Anatolia Soft", "anatoliasoft.com.tr"),
             ("Kiwi Ledger", "kiwiledger.co.nz"), ("Zalando", "zalando.de"), ("Infosys", "infosys.com"),
             ("Nubank", "nubank.com.br"), ("Rakuten", "rakuten.co.jp"), ("Careem", "careem.com")]
ROLES = ["Senior Product Manager", "Data Engineer", "Head of Growth", "Staff SRE", "UX Researcher",
         "Backend Developer", "Sales Lead DACH", "CFO", "ML Engineer", "Talent Partner"]
FREEMAIL = {"en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "protonmail.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
            "es": ["gmail.com", "hotmail.es", "telefonica.net"], "it": ["libero.it", "virgilio.it"],
            "pt": ["sapo.pt", "uol.com.br", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl"],
            "pl": ["wp.pl", "onet.pl", "o2.pl"], "tr": ["gmail.com", "yandex.com.tr"],
            "sv": ["telia.com", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"], "vi": ["gmail.com"],
            "ru": ["mail.ru", "yandex.ru"], "uk": ["ukr.net", "i.ua"], "el": ["otenet.gr", "gmail.com"],
            "ar": ["gmail.com", "hotmail.com"], "he": ["walla.co.il", "gmail.com"],
            "hi": ["rediffmail.com", "gmail.com"], "bn": ["gmail.com", "yahoo.com"],
            "ta": ["gmail.com", "rediffmail.com"], "th": ["hotmail.co.th", "gmail.com"],
            "ko": ["naver.com", "daum.net"], "ja": ["yahoo.co.jp", "docomo.ne.jp"],
            "zh": ["qq.com", "163.com", "126.com"]}


def fold(s):
    """lowercase, strip combining marks; one output char per input char (same length)"""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c)) or ch
        base = base[0] if len(base) >= 1 else ch
        lo = base.lower()
        out.append(lo if len(lo) == 1 else base)
    return "".join(out)


def ascii_slug(s):
    d = unicodedata.normalize("NFKD", s)
    d = "".join(c for c in d if not unicodedata.combining(c))
    d = d.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[^a-z0-9]", "", d.lower())


def is_cjk(s):
    for ch in s:
        o = ord(ch)
        if 0x3040 <= o <= 0x30ff or 0x4e00 <= o <= 0x9fff or 0xac00 <= o <= 0xd7af:
            return True
    return False


class Member:
    __slots__ = ("uid", "name", "handle", "first", "lang", "rf", "rl", "greet")


def nat(x):
    return x.split("|")[0]


def rom(x):
    p = x.split("|")
    return p[1] if len(p) > 1 else ascii_slug(p[0])


RESERVED_HANDLES = {"override", "param", "media", "types", "babel", "here", "channel", "everyone",
                    "dataclass", "import", "keyframes", "property", "staticmethod", "pytest", "angular",
                    "return", "deprecated", "test", "all", "admin", "mods", "team"}


def make_members(n, rng):
    langs = list(LANG_WEIGHT)
    weights = [LANG_WEIGHT[l] for l in langs]
    out = []
    used = set(RESERVED_HANDLES)
    firsts = set()  # a handle must not equal a first name ("@Sarah King" would become ambiguous)
    for d in NAMES.values():
        for key in ("f", "fm", "ff", "m"):
            for x in d.get(key, []):
                firsts.add(ascii_slug(rom(x)))
                firsts.add(ascii_slug(nat(x)))
    for full in SPECIAL:
        firsts.add(ascii_slug(full.split()[0]))

    def mkhandle(rf, rl):
        rf, rl = ascii_slug(rf) or "user", ascii_slug(rl) or "x"
        forms = [rf + rl, rf + "_" + rl, rf[0] + rl, rl + rf, rf + rl[0], rf + "." + rl]
        h = forms[rng.randrange(len(forms))].replace(".", "_")
        if rng.random() < 0.3 or h in used or h in firsts or len(h) < 5:
            h = h + str(rng.randrange(1, 999))
        while h in used:
            h = h + str(rng.randrange(10))
        used.add(h)
        return h

    for full in SPECIAL:
        m = Member()
        m.name = full
        m.first = full.split()[0]
        m.lang = "en"
        m.rf, m.rl = ascii_slug(full.split()[0]), ascii_slug(full.split()[-1])
        m.handle = mkhandle(m.rf, m.rl)
        m.greet = m.first
        out.append(m)
    while len(out) < n:
        lang = rng.choices(langs, weights)[0]
        d = NAMES[lang]
        m = Member()
        m.lang = lang
        if "fm" in d:
            if rng.random() < 0.5:
                f = rng.choice(d["fm"]); i = rng.randrange(len(d["lm"])); l = d["lm"][i]
            else:
                f = rng.choice(d["ff"]); i = rng.randrange(len(d["lf"])); l = d["lf"][i]
            m.name = nat(f) + " " + nat(l); m.first = nat(f); m.rf, m.rl = rom(f), rom(l)
        elif lang in CJK_LANGS:
            l, f = rng.choice(d["l"]), rng.choice(d["f"])
            m.name = nat(l) + nat(f); m.first = m.name; m.rf, m.rl = rom(f), rom(l)
        elif lang == "vi":
            l, mid, f = rng.choice(d["l"]), rng.choice(d["m"]), rng.choice(d["f"])
            m.name = "%s %s %s" % (l, mid, f); m.first = m.name; m.rf, m.rl = ascii_slug(f), ascii_slug(l)
        else:
            f, l = rng.choice(d["f"]), rng.choice(d["l"])
            if lang == "es" and rng.random() < 0.3:
                l2 = rng.choice(d["l"])
                if l2 != l:
                    l = l + " " + l2
            m.name = nat(f) + " " + nat(l); m.first = nat(f); m.rf, m.rl = rom(f), rom(l.split()[0] if lang == "es" else l)
        if m.name in SPECIAL:
            continue
        m.handle = mkhandle(m.rf, m.rl)
        m.greet = m.first
        out.append(m)
    rng.shuffle(out)
    for i, m in enumerate(out):
        m.uid = "u%d" % (i + 1)
    return out


# --------------------------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------------------------

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


IBAN_SPEC = {"DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c",
             "NL": "4a10n", "GB": "4a14n", "BE": "12n", "PL": "24n", "PT": "21n", "SE": "20n",
             "NO": "11n", "DK": "14n", "FI": "14n", "IE": "4a14n", "LU": "3n13c", "TR": "6n16c",
             "SA": "2n18c", "AE": "19n", "IL": "19n", "GR": "7n16c", "CZ": "20n", "RO": "4a16c",
             "HU": "24n", "BR": "23n1a1c"}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16,
            "PL": 28, "PT": 25, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "IE": 22, "LU": 20, "TR": 26,
            "SA": 24, "AE": 23, "IL": 23, "GR": 27, "CZ": 24, "RO": 24, "HU": 28, "BR": 29}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").replace("\u00a0", "")
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit():
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ip_global(s, v):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.version == v and a.is_global and not a.is_multicast and not a.is_reserved


# --------------------------------------------------------------------------------------------
# text builder
# --------------------------------------------------------------------------------------------

class G:  # gold span
    __slots__ = ("s", "t")

    def __init__(self, s, t):
        self.s, self.t = s, t


class N:  # hard negative
    __slots__ = ("s", "c")

    def __init__(self, s, c):
        self.s, self.c = s, c


class B:
    def __init__(self):
        self.parts, self.n, self.spans, self.negs = [], 0, [], []

    def add(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.parts.append(x); self.n += len(x)
        elif isinstance(x, G):
            s = self.n; self.add(x.s); self.spans.append((s, self.n, x.t))
        elif isinstance(x, N):
            s = self.n; self.add(x.s); self.negs.append((s, self.n, x.c))
        else:
            for y in x:
                self.add(y)

    def f(self, fmt, **kw):
        pos = 0
        for mo in re.finditer(r"\{(\w+)\}", fmt):
            self.add(fmt[pos:mo.start()])
            self.add(kw[mo.group(1)])
            pos = mo.end()
        self.add(fmt[pos:])
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# structured values
# --------------------------------------------------------------------------------------------

class Gen:
    def __init__(self, rng, members):
        self.r = rng
        self.members = members
        self.by_lang = {}
        for m in members:
            self.by_lang.setdefault(m.lang, []).append(m)
        self.special = [m for m in members if m.name in SPECIAL]

    # ---- helpers
    def d(self, k):
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def nz(self, k):  # first digit non-zero
        return self.r.choice("123456789") + self.d(k - 1)

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def member(self, lang=None, p_local=0.7):
        r = self.r
        if r.random() < 0.02 and self.special:
            return self.ch(self.special)
        if lang and lang in self.by_lang and r.random() < p_local:
            return self.ch(self.by_lang[lang])
        return self.ch(self.members)

    def members_distinct(self, k, lang=None):
        out, seen = [], set()
        while len(out) < k:
            m = self.member(lang)
            if m.name in seen:
                continue
            seen.add(m.name)
            out.append(m)
        return out

    # ---- people
    def full(self, m, noisy=False):
        """gold full name, sometimes in a case / diacritic variant when noisy"""
        s = m.name
        r = self.r
        if noisy and not is_cjk(s):
            x = r.random()
            if x < 0.25:
                s = s.replace("İ", "i").lower()
            elif x < 0.4:
                a = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
                if a.isascii() and len(a) == len(s):
                    s = a
            elif x < 0.5 and " " in s and m.lang in ("fr", "de", "it", "en"):
                p = s.split(" ")
                if fold(p[-1].upper()) == fold(p[-1]):
                    s = " ".join(p[:-1] + [p[-1].upper()])
        return G(s, "PERSON")

    def greet(self, m):
        return G(m.greet, "PERSON")

    def poss(self, m, first=False):
        ap = self.ch(["'s", "'s", "’s"])
        return [G(m.first if first else m.name, "PERSON"), ap]

    def handle(self, m, caps=False):
        h = m.handle
        if caps and "_" not in h:
            h = m.rf.capitalize() + h[len(m.rf):].capitalize() if h.startswith(m.rf) else h
        return G("@" + h, "HANDLE")

    def atname(self, m):
        return ["@", G(m.name, "PERSON")]

    # ---- e-mail
    def local(self, m):
        rf, rl = ascii_slug(m.rf) or "info", ascii_slug(m.rl) or "mail"
        return self.ch([rf + "." + rl, rf[0] + rl, rf + "_" + rl, rl + "." + rf, rf + rl + self.d(2),
                        rf + "-" + rl, m.handle.replace("_", ".")])

    def email_addr(self, m, lang=None, work=None):
        dom = work or self.ch(FREEMAIL.get(lang or m.lang, FREEMAIL["en"]))
        return self.local(m) + "@" + dom

    def role_email(self, dom):
        return self.ch(["jobs", "careers", "hr", "press", "founders", "hello", "procurement",
                        "mentoring", "talent", "office", "events"]) + "@" + dom

    def email(self, m=None, lang=None, addr=None, wrap=True, obf_lang=None):
        r = self.r
        addr = addr or self.email_addr(m, lang)
        x = r.random()
        if obf_lang is not None and x < 0.45:
            return G(self.obfuscate(addr, obf_lang), "EMAIL")
        if obf_lang is None and x < 0.06:
            return G(self.obfuscate(addr, self.ch(["en", "en", m.lang if m else "en"])), "EMAIL")
        if not wrap:
            return G(addr, "EMAIL")
        y = r.random()
        if y < 0.12:
            return ["<", G(addr, "EMAIL"), ">"]
        if y < 0.22:
            return ["mailto:", G(addr, "EMAIL")]
        if y < 0.28:
            return ["(", G(addr, "EMAIL"), ")"]
        if y < 0.32:
            return ["[", G(addr, "EMAIL"), "](mailto:" , G(addr, "EMAIL"), ")"]
        return G(addr, "EMAIL")

    OBF = {"en": [("[at]", "[dot]"), ("(at)", "(dot)"), (" [at] ", " [dot] "), ("{at}", "{dot}"),
                  (" (at) ", "."), ("[@]", "[.]")],
           "de": [("(at)", "."), (" [at] ", " [punkt] "), ("(ät)", "(punkt)")],
           "fr": [(" [arobase] ", " [point] "), ("(at)", ".")],
           "es": [(" [arroba] ", " [punto] "), ("(arroba)", ".")],
           "it": [(" [chiocciola] ", " [punto] ")], "pt": [(" [arroba] ", " [ponto] ")],
           "nl": [(" [apenstaartje] ", " [punt] "), ("(at)", ".")], "pl": [(" [małpa] ", " [kropka] ")],
           "ru": [(" [собака] ", " [точка] "), ("(at)", ".")], "tr": [(" [at] ", " [nokta] ")],
           "ja": [("＠", "."), ("(アット)", ".")], "zh": [("#", "."), ("(at)", ".")]}

    def obfuscate(self, addr, lang):
        at, dot = self.ch(self.OBF.get(lang, self.OBF["en"]))
        loc, dom = addr.split("@")
        if dot != ".":
            parts = dom.split(".")
            dom = dot.join(parts) if self.r.random() < 0.7 else dot.join(parts[:-1]) + "." + parts[-1]
            if "." not in dom and dot.strip() == "":
                dom = dot.join(parts)
        return loc + at + dom

    # ---- phones
    def phone(self, cc=None):
        r = self.r
        cc = cc or self.ch(["US", "CA", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "CN", "ES", "IT", "NL",
                            "NG", "E164"])
        d, nz = self.d, self.nz
        if cc in ("US", "CA"):
            area = self.ch(["212", "415", "646", "312", "617", "206", "512", "303", "404", "713"] if cc == "US"
                           else ["416", "604", "514", "778", "403", "613"])
            while True:
                ex = self.ch("23456789") + d(2)
                if ex[1:] != "11" and ex != "555":
                    break
            ln = d(4)
            s = self.ch(["+1 {a} {e} {l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1-{a}-{e}-{l}",
                         "+1 ({a}) {e}-{l}", "+1.{a}.{e}.{l}", "1-{a}-{e}-{l}", "{a}/{e}-{l}"])
            s = s.format(a=area, e=ex, l=ln)
        elif cc == "UK":
            k = r.randrange(4)
            if k == 0:
                a, b = self.ch("38") + d(3), d(4)
                s = self.ch(["+44 20 {a} {b}", "020 {a} {b}", "+44 (0)20 {a} {b}", "(020) {a} {b}", "020-{a}-{b}"]).format(a=a, b=b)
            elif k == 1:
                m = "7" + self.ch("1234589") + d(2)
                s = self.ch(["0{m} {x}", "+44 {m} {x}", "+44 (0){m} {x}", "0{m}-{x}", "+44 {m} {y} {z}"]).format(
                    m=m, x=d(6), y=d(3), z=d(3))
            else:
                s = self.ch(["0161 {a} {b}", "+44 161 {a} {b}", "0131 {a} {b}", "+44 (0)131 {a} {b}",
                             "0117 {a} {b}"]).format(a=nz(3), b=d(4))
        elif cc == "DE":
            if r.random() < 0.5:
                a = self.ch(["30", "89", "40", "69", "221", "711", "341"])
                loc = nz(8 - len(a) + 1) if len(a) == 3 else nz(8)
                s = self.ch(["+49 {a} {l}", "0{a} {l}", "+49 (0){a} {l}", "0{a}/{l}", "0{a}-{l}",
                             "+49 {a} {l1} {l2}", "0{a} / {l}", "+49-{a}-{l}"]).format(a=a, l=loc, l1=loc[:3], l2=loc[3:])
            else:
                a = self.ch(["151", "152", "160", "170", "171", "172", "176", "177", "178", "179"])
                loc = d(8 if a != "160" else 7)
                s = self.ch(["0{a} {l}", "+49 {a} {l}", "+49 (0){a} {l1} {l2}", "0{a}/{l}", "0{a}-{l}",
                             "0{a} {l1} {l2}", "+49{a}{l}"]).format(a=a, l=loc, l1=loc[:4], l2=loc[4:])
        elif cc == "FR":
            first = self.ch("1234567")
            g = [d(2) for _ in range(4)]
            sep = self.ch([" ", " ", ".", "-", "\u00a0"])
            body = sep.join(g)
            s = self.ch(["0{f}{s}{b}", "+33 {f} {b2}", "+33 (0){f} {b2}", "+33{f}{b3}"]).format(
                f=first, s=sep, b=body, b2=" ".join(g), b3="".join(g))
        elif cc == "IN":
            if r.random() < 0.7:
                m = self.ch("9876") + d(4)
                x = d(5)
                s = self.ch(["+91 {m} {x}", "+91-{m}-{x}", "0{m} {x}", "{m} {x}", "+91 {m}{x}", "+91{m}{x}"]).format(m=m, x=x)
            else:
                a = self.ch(["22", "11", "80", "44", "33", "40"])
                s = self.ch(["+91 {a} {b} {c}", "0{a}-{b} {c}", "0{a} {b}{c}", "(0{a}) {b} {c}"]).format(a=a, b=nz(4), c=d(4))
        elif cc == "BR":
            a = self.ch(["11", "21", "31", "41", "51", "61", "71", "81"])
            if r.random() < 0.7:
                b, c = "9" + self.ch("6789") + d(3), d(4)
            else:
                b, c = self.ch("2345") + d(3), d(4)
            s = self.ch(["+55 {a} {b}-{c}", "({a}) {b}-{c}", "+55 ({a}) {b}-{c}", "+55 {a} {b} {c}",
                         "{a} {b}-{c}", "+55{a}{b}{c}"]).format(a=a, b=b, c=c)
        elif cc == "JP":
            if r.random() < 0.5:
                p = self.ch(["90", "80", "70"])
                b, c = nz(4), d(4)
                s = self.ch(["0{p}-{b}-{c}", "+81 {p}-{b}-{c}", "+81 {p} {b} {c}", "0{p} {b} {c}",
                             "+81-{p}-{b}-{c}"]).format(p=p, b=b, c=c)
            else:
                a = self.ch(["3", "6"])
                b, c = nz(4), d(4)
                s = self.ch(["0{a}-{b}-{c}", "+81 {a}-{b}-{c}", "(0{a}) {b}-{c}", "+81 {a} {b} {c}"]).format(a=a, b=b, c=c)
        elif cc == "AU":
            if r.random() < 0.5:
                a, b, c = "4" + d(2), d(3), d(3)
                s = self.ch(["0{a} {b} {c}", "+61 {a} {b} {c}", "+61 (0){a} {b} {c}", "0{a}-{b}-{c}",
                             "+61{a}{b}{c}"]).format(a=a, b=b, c=c)
            else:
                a = self.ch("2378")
                b, c = nz(4), d(4)
                s = self.ch(["(0{a}) {b} {c}", "+61 {a} {b} {c}", "0{a} {b} {c}", "+61 (0){a} {b} {c}"]).format(a=a, b=b, c=c)
        elif cc == "CN":
            if r.random() < 0.6:
                p = "1" + self.ch(["38", "39", "35", "86", "88", "58", "77", "50"])
                b, c = d(4), d(4)
                s = self.ch(["+86 {p} {b} {c}", "{p} {b} {c}", "{p}{b}{c}", "+86-{p}-{b}-{c}", "{p}-{b}-{c}",
                             "+86 {p}{b}{c}"]).format(p=p, b=b, c=c)
            else:
                a = self.ch(["10", "21", "20", "755"])
                b, c = nz(4), d(4)
                s = self.ch(["+86 {a} {b} {c}", "0{a}-{b} {c}", "(0{a}) {b} {c}", "0{a}-{b}{c}"]).format(a=a, b=b, c=c)
        elif cc == "ES":
            if r.random() < 0.6:
                m = self.ch("67") + d(2)
                s = self.ch(["+34 {m} {a} {b}", "{m} {a} {b}", "{m}-{a}-{b}", "{m} {c} {e} {f}"]).format(
                    m=m, a=d(3), b=d(3), c=d(2), e=d(2), f=d(2))
            else:
                a = self.ch(["91", "93", "95", "96"])
                s = self.ch(["{a} {b} {c} {e}", "+34 {a} {b} {c} {e}", "+34 {a}{b}{c}{e}"]).format(
                    a=a, b=nz(3), c=d(2), e=d(2))
        elif cc == "IT":
            if r.random() < 0.5:
                m = "3" + self.ch("234789") + d(1)
                s = self.ch(["+39 {m} {a} {b}", "{m} {a}{b}", "{m}/{a}{b}", "{m}-{a}{b}", "+39 {m}{a}{b}"]).format(
                    m=m, a=d(3), b=d(4))
            else:
                a = self.ch(["02", "06", "011", "055", "081"])
                s = self.ch(["+39 {a} {b} {c}", "{a} {b} {c}", "{a}/{b}{c}", "{a}-{b}{c}"]).format(a=a, b=nz(4), c=d(4))
        elif cc == "NL":
            if r.random() < 0.5:
                x = d(8)
                s = self.ch(["06-{x}", "06 {x}", "+31 6 {x}", "+31 (0)6 {a} {b}", "+316{x}", "06 {a} {b}"]).format(
                    x=x, a=x[:4], b=x[4:])
            else:
                a = self.ch(["20", "10", "30", "70"])
                x = nz(7)
                s = self.ch(["0{a}-{x}", "+31 {a} {p} {q}", "0{a} {p} {q}", "+31 (0){a} {p} {q}"]).format(
                    a=a, x=x, p=x[:3], q=x[3:])
        elif cc == "NG":
            p = self.ch(["803", "806", "813", "816", "703", "706", "805", "807", "809", "818", "909"])
            b, c = d(3), d(4)
            s = self.ch(["+234 {p} {b} {c}", "0{p} {b} {c}", "0{p}-{b}-{c}", "+234 (0){p} {b} {c}",
                         "+234{p}{b}{c}", "0{p}{b}{c}"]).format(p=p, b=b, c=c)
        else:  # bare E.164
            s = self.ch(["+49176" + d(8), "+1" + self.ch(["415", "646", "312"]) + self.ch("2346789") + d(6),
                         "+447" + self.ch("1234589") + d(8), "+336" + d(8), "+919" + d(9), "+5511" + "9" + d(8),
                         "+8190" + d(8), "+614" + d(8), "+86138" + d(8), "+346" + d(8), "+393" + d(9),
                         "+316" + d(8), "+234803" + d(7), "+9715" + d(8), "+9725" + d(8), "+8210" + d(8),
                         "+6681" + d(7), "+79" + d(9), "+380" + "67" + d(7)])
        if " " in s and r.random() < 0.07:
            s = s.replace(" ", "\u00a0")
        return G(s, "PHONE")

    # ---- cards
    def card(self, valid=True, kind=None):
        r = self.r
        kind = kind or self.ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            p, L = "4" + self.d(5), 16
        elif kind == "mc":
            p, L = "5" + self.ch("12345") + self.d(4), 16
        elif kind == "mc2":
            p, L = str(r.randrange(2221, 2721)) + self.d(2), 16
        elif kind == "amex":
            p, L = self.ch(["34", "37"]) + self.d(4), 15
        else:
            p, L = self.ch(["6011", "65" + self.d(2), str(r.randrange(644, 650)) + self.d(1)]) + self.d(2), 16
        body = p + self.d(L - len(p) - 1)
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + r.randrange(1, 10)) % 10)
        num = body + c
        sep = self.ch([" ", " ", "-", "", "\u00a0"])
        if L == 15:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(g) if sep else num

    def cc(self):
        return G(self.card(True), "CREDIT_CARD")

    def cc_bad(self):
        return N(self.card(False), "luhn_invalid")

    # ---- IBAN
    def iban_raw(self, cc=None):
        cc = cc or self.ch(list(IBAN_SPEC))
        bban = ""
        for num, t in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
            for _ in range(int(num)):
                if t == "n":
                    bban += self.r.choice("0123456789")
                elif t == "a":
                    bban += self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                else:
                    bban += self.r.choice("0123456789" * 4 + "ABCDEFGHJKLMNPRSTUVWXYZ")
        cd = 98 - iban_num(bban + cc + "00") % 97
        return cc, bban, "%02d" % cd

    def iban_fmt(self, s):
        if self.r.random() < 0.55:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def iban(self, cc=None):
        c, b, cd = self.iban_raw(cc)
        return G(self.iban_fmt(c + cd + b), "IBAN")

    def iban_bad(self, cc=None):
        c, b, cd = self.iban_raw(cc)
        while True:
            bad = "%02d" % self.r.randrange(2, 99)
            if bad != cd and not iban_ok(c + bad + b):
                break
        return N(self.iban_fmt(c + bad + b), "iban_bad_check")

    # ---- SSN
    def ssn(self):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        s = "%03d%s%02d%s%04d" % (a, "{}", r.randrange(1, 100), "{}", r.randrange(1, 10000))
        sep = self.ch(["-", "-", " "])
        return G(s.format(sep, sep), "US_SSN")

    def ssn_bad(self):
        r = self.r
        k = r.randrange(5)
        a, g, n = r.randrange(1, 900), r.randrange(1, 100), r.randrange(1, 10000)
        if a == 666:
            a = 667
        if k == 0:
            a = 0
        elif k == 1:
            a = 666
        elif k == 2:
            a = r.randrange(900, 1000)
        elif k == 3:
            g = 0
        else:
            n = 0
        sep = self.ch(["-", " "])
        return N("%03d%s%02d%s%04d" % (a, sep, g, sep, n), "ssn_invalid")

    # ---- IPs
    def ipv4(self):
        r = self.r
        while True:
            a = self.ch([5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94,
                         95, 109, 141, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 66, 73,
                         98, 104, 117, 121, 139, 180, 201, 49, 58, 103])
            s = "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randrange(1, 255))
            if ip_global(s, 4):
                return G(s, "IPV4")

    def ipv4_bad(self):
        r = self.r
        k = r.randrange(8)
        if k == 0:
            return N("10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)), "ip_private")
        if k == 1:
            return N("192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)), "ip_private")
        if k == 2:
            return N("172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255)), "ip_private")
        if k == 3:
            return N(self.ch(["127.0.0.1", "127.0.1.1", "127.%d.0.1" % r.randrange(256)]), "ip_loopback")
        if k == 4:
            return N("169.254.%d.%d" % (r.randrange(256), r.randrange(1, 255)), "ip_link_local")
        if k == 5:
            return N(self.ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255)), "ip_documentation")
        if k == 6:
            return N(self.ch(["240.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(256)),
                              "0.0.0.0", "255.255.255.255", "250.1.%d.%d" % (r.randrange(256), r.randrange(256))]),
                     "ip_reserved")
        return N("100.%d.%d.%d" % (r.randrange(64, 128), r.randrange(256), r.randrange(1, 255)), "ip_shared")

    def ipv6(self):
        r = self.r
        while True:
            p = self.ch(["2a01:4f8", "2a02:8108", "2a00:1450", "2606:4700", "2001:4860", "2a03:2880",
                         "2400:cb00", "2c0f:f248", "2804:14c", "2401:4900", "2a0a:a541", "2600:1f18",
                         "240e:3b7", "2001:67c", "2a05:d014"])
            h = lambda: "%x" % r.randrange(1, 0x10000)
            k = r.randrange(4)
            if k == 0:
                s = "%s:%s:%s::%s" % (p, h(), h(), h())
            elif k == 1:
                s = "%s:%s:%s:%s:%s:%s:%s" % (p, h(), h(), h(), h(), h(), h())
            elif k == 2:  # full, zero padded
                full = ipaddress.ip_address("%s:%s::%s" % (p, h(), h())).exploded
                s = full
            else:
                s = "%s::%s" % (p, h())
            if ip_global(s, 6):
                if r.random() < 0.15:
                    s = s.upper()
                return G(s, "IPV6")

    def ipv6_bad(self):
        r = self.r
        h = lambda: "%x" % r.randrange(1, 0x10000)
        k = r.randrange(4)
        if k == 0:
            return N("::1", "ip_loopback")
        if k == 1:
            return N("fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "ip_link_local")
        if k == 2:
            return N("fd%02x:%s:%s::%s" % (r.randrange(256), h(), h(), h()), "ip_private")
        return N("2001:db8:%s::%s" % (h(), h()), "ip_documentation")

    # ---- URLs
    def profile_url(self, m, site=None):
        r = self.r
        h = m.handle
        site = site or self.ch(["li", "li", "gh", "x", "medium", "bsky", "substack", "calendly", "askfirst",
                                "askfirst", "tw"])
        sch = self.ch(["https://", "https://", "", "http://", "https://www.", "www."])
        if site == "li":
            slug = self.ch([h.replace("_", "-"), (ascii_slug(m.rf) + "-" + ascii_slug(m.rl) + "-" +
                                                  "%x" % r.randrange(16 ** 6, 16 ** 8))])
            pre = self.ch(["linkedin.com", "linkedin.com", "de.linkedin.com", "fr.linkedin.com", "br.linkedin.com"])
            if pre != "linkedin.com" and sch.endswith("www."):
                sch = "https://"
            u = sch + pre + "/in/" + slug + self.ch(["", "/", "/", "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app",
                                                     "/?locale=de_DE", "/details/experience/", "#experience"])
        elif site == "gh":
            u = sch.replace("www.", "") + "github.com/" + h.replace("_", "-") + self.ch(["", "", "/dotfiles", "?tab=repositories",
                                                                       "/" + self.ch(["blog", "thesis-code", "advent-of-code-2024"])])
        elif site in ("x", "tw"):
            dom = "x.com" if site == "x" else "twitter.com"
            u = sch.replace("www.", "") + dom + "/" + h + self.ch(["", "", "/status/17%016d" % r.randrange(10 ** 15),
                                                                   "?s=21&t=Ab3xYz"])
        elif site == "medium":
            u = sch.replace("www.", "") + "medium.com/@" + h + self.ch(["", "/why-we-rewrote-our-scheduler-4f2a9c1b7e3d",
                                                                       "?source=post_page"])
        elif site == "bsky":
            u = sch.replace("www.", "") + "bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"
        elif site == "substack":
            u = self.ch(["https://", ""]) + h.replace("_", "") + ".substack.com" + self.ch(["", "/", "/p/notes-from-the-field"])
        elif site == "calendly":
            u = sch.replace("www.", "") + "calendly.com/" + h.replace("_", "-") + self.ch(["", "/30min", "/intro-call?month=2025-04"])
        else:
            u = sch.replace("www.", "") + "askfirst.example/u/" + h + self.ch(["", "", "?tab=posts", "#about"])
        return G(u, "URL")

    def url_neg(self, cat=None):
        r = self.r
        cat = cat or self.ch(["company_page", "careers_page", "docs_url", "paper_url", "ticket_url", "form_url",
                              "org_repo_url"])
        co = self.ch(COMPANIES)
        slug = ascii_slug(co[0])
        sch = self.ch(["https://", "", "https://www."])
        if cat == "company_page":
            u = self.ch([sch + "linkedin.com/company/" + slug + self.ch(["", "/", "/people/", "/jobs/"]),
                         "https://" + co[1] + "/about", "askfirst.example/company/" + slug,
                         "https://" + co[1]])
        elif cat == "careers_page":
            u = self.ch(["https://" + co[1] + "/careers", co[1] + "/jobs/" + str(r.randrange(100, 9999)),
                         "https://jobs.lever.co/" + slug + "/%08x-%04x" % (r.randrange(16 ** 8), r.randrange(16 ** 4)),
                         "boards.greenhouse.io/" + slug + "/jobs/" + str(r.randrange(10 ** 6, 10 ** 7)),
                         "https://www.linkedin.com/jobs/view/" + str(r.randrange(3 * 10 ** 9, 4 * 10 ** 9))])
        elif cat == "docs_url":
            u = self.ch(["https://docs.python.org/3/library/ipaddress.html#ipaddress.ip_address",
                         "developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy",
                         "https://kubernetes.io/docs/concepts/services-networking/dual-stack/",
                         "https://www.rfc-editor.org/rfc/rfc5737", "docs.github.com/en/authentication",
                         "https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/",
                         "https://medium.com/towards-data-science/a-gentle-intro-to-bloom-filters-9f1c2a",
                         "https://gdpr-info.eu/art-17-gdpr/"])
        elif cat == "paper_url":
            u = self.ch(["https://arxiv.org/abs/%d.%05d" % (self.ch([2301, 2310, 2403, 2407, 2502]), r.randrange(100000)),
                         "doi.org/10.1145/%d.%d" % (r.randrange(3500000, 3700000), r.randrange(3500000, 3700000)),
                         "https://aclanthology.org/2024.acl-long.%d.pdf" % r.randrange(1, 900),
                         "https://openreview.net/forum?id=%s" % "".join(r.choice("abcdefghijkXYZ0123") for _ in range(10))])
        elif cat == "ticket_url":
            u = self.ch(["https://www.eventbrite.com/e/devops-night-tickets-%d" % r.randrange(10 ** 11, 10 ** 12),
                         "lu.ma/" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)),
                         "https://www.meetup.com/berlin-python/events/%d/" % r.randrange(300000000, 310000000),
                         "https://tickets.webconf.dev/order?ref=%d&seat=B%d" % (r.randrange(10 ** 6), r.randrange(40))])
        elif cat == "form_url":
            u = self.ch(["https://forms.gle/" + "".join(r.choice("AbCdEfGhJkLmNpQrStUvWxYz23456789") for _ in range(17)),
                         "docs.google.com/forms/d/e/1FAIpQLSf%s/viewform?usp=sf_link" % "".join(r.choice("abcdefXYZ0123456789") for _ in range(20)),
                         "https://tally.so/r/" + "".join(r.choice("abcdXYZ12345") for _ in range(6)),
                         "https://typeform.com/to/" + "".join(r.choice("AbCdEfXyZ") for _ in range(8))])
        else:
            u = self.ch(["https://github.com/kubernetes/kubernetes/issues/%d" % r.randrange(100000, 130000),
                         "github.com/python/cpython/pull/%d" % r.randrange(100000, 130000),
                         "https://github.com/rust-lang/rust/issues/%d" % r.randrange(100000, 140000),
                         "https://github.com/%s/%s-sdk/blob/main/README.md#install" % (slug, slug),
                         "gitlab.com/gitlab-org/gitlab/-/issues/%d" % r.randrange(300000, 500000)])
        return N(u, cat)

    def ex_neg(self, m=None):
        m = m or self.member()
        loc = self.local(m)
        u = self.ch([loc + "@example.com", loc + "@example.org", "jobs@acme.example", loc + "@mail.test",
                     "noreply@notifications.invalid", "https://example.com/u/" + m.handle,
                     "www.example.net/profile/" + m.handle, "firstname.lastname@example.com",
                     "https://portal.example/login?next=%2Fprofile", "name@company.example",
                     loc + "@test.example.org"])
        return N(u, "example_domain")

    # ---- phone look-alike negatives
    def date(self):
        r = self.r
        y, mo, dd = r.randrange(2023, 2027), r.randrange(1, 13), r.randrange(1, 29)
        s = self.ch(["%04d-%02d-%02d", "%02d.%02d.%04d", "%02d/%02d/%04d", "%04d/%02d/%02d", "%02d-%02d-%04d",
                     "%d.%d.%04d"])
        if s.startswith("%04d"):
            v = s % (y, mo, dd)
        elif s == "%02d/%02d/%04d" and r.random() < 0.5:
            v = s % (mo, dd, y)
        else:
            v = s % (dd, mo, y)
        return N(v, "date")

    def time(self):
        r = self.r
        h, m = r.randrange(7, 22), self.ch([0, 15, 30, 45, 5, 10])
        return N(self.ch(["%02d:%02d" % (h, m), "%02d:%02d–%02d:%02d" % (h, m, h + 1, (m + 30) % 60),
                          "%d:%02d PM" % (h % 12 or 12, m), "%02d.%02d Uhr" % (h, m), "%02dh%02d" % (h, m),
                          "%02d:%02d:%02d" % (h, m, r.randrange(60))]), "time")

    def ts(self):
        r = self.r
        return N("%02d:%02d:%02d" % (r.randrange(0, 2), r.randrange(60), r.randrange(60)), "time")

    def price(self):
        r = self.r
        a = r.randrange(10, 5000)
        c = r.randrange(100)
        return N(self.ch(["€%s,%02d" % ("{:,}".format(a).replace(",", "."), c), "$%s.%02d" % ("{:,}".format(a), c),
                          "%s €" % "{:,}".format(a).replace(",", "\u00a0"), "₹%s" % "{:,}".format(a * 100),
                          "R$ %s,%02d" % ("{:,}".format(a).replace(",", "."), c), "¥%s" % "{:,}".format(a * 100),
                          "£%s pcm" % "{:,}".format(a), "CHF %s.–" % "{:,}".format(a).replace(",", "'"),
                          "%s zł" % "{:,}".format(a).replace(",", " "), "USD 1,%03d,%03d" % (r.randrange(1000), r.randrange(1000))]),
                 "price")

    def order(self):
        r, d = self.r, self.d
        return N(self.ch(["#%s-%s-%s" % (d(3), d(7), d(7)), "PO-%d-%s" % (r.randrange(2023, 2026), d(6)),
                          "%s %s %s" % (d(3), d(4), d(4)), "%s-%s" % (d(4), d(6)), "4%s" % d(9),
                          "%s/%s/%s" % (d(2), d(4), d(3))]), "order_number")

    def ticket(self):
        r, d = self.r, self.d
        return N(self.ch(["INC%s" % d(7), "#%s" % d(5), "PAY-%s" % d(5), "Case %s" % d(8),
                          "%d-%s-%s" % (r.randrange(2023, 2026), d(4), d(3)), "TKT-%d-%s" % (r.randrange(2024, 2026), d(5)),
                          "%s %s %s" % (d(3), d(3), d(4)), "%d/S %s-%s" % (r.randrange(2024, 2026), d(3), d(6))]),
                 "ticket_number")

    def isbn(self):
        body = "978" + self.ch("0123") + self.d(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        c = str((10 - s % 10) % 10)
        full = body + c
        return N(self.ch([full, "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12]),
                          "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])]), "isbn")

    def version(self):
        r = self.r
        return N(self.ch(["v%d.%d.%d" % (r.randrange(1, 20), r.randrange(30), r.randrange(30)),
                          "%d.%d.%d.%d" % (r.randrange(1, 12), r.randrange(10), r.randrange(10), r.randrange(1, 200)),
                          "%d.%d.%d-rc.%d" % (r.randrange(1, 5), r.randrange(40), r.randrange(10), r.randrange(1, 5)),
                          "10.0.%d.%d" % (r.randrange(19000, 26000), r.randrange(4000)),
                          "%d.%d.%d.%d" % (r.randrange(100, 140), 0, r.randrange(6000, 7000), r.randrange(200))]),
                 "version")

    def version_ip_like(self):
        r = self.r
        return N("%d.%d.%d.%d" % (r.randrange(1, 12), r.randrange(10), r.randrange(10), r.randrange(1, 200)), "version")

    def patent(self):
        r, d = self.r, self.d
        return N(self.ch(["US %d,%s,%s B2" % (r.randrange(9, 12), d(3), d(3)), "EP %s %s %s A1" % (self.nz(1), d(3), d(3)),
                          "US %d/%s A1" % (r.randrange(2018, 2025), "0" + d(6)), "WO %d/%s" % (r.randrange(2018, 2025), d(6)),
                          "DE 10 %d %s %s.%s" % (r.randrange(2015, 2024), d(3), d(3), d(1)),
                          "CN %s A" % (self.nz(9)), "JP %d-%s A" % (r.randrange(2018, 2024), d(6))]), "patent")

    def phone_like_neg(self):
        return self.ch([self.date, self.time, self.price, self.order, self.ticket, self.isbn, self.version,
                        self.patent])()

    # ---- name negatives
    def company_neg(self):
        surf, part = self.ch(COMPANY_NEG)
        ctx = self.ch(COMPANY_CTX[surf])
        i = ctx.index("{c}")
        pre, post = ctx[:i], ctx[i + 3:]
        if part == surf:
            return [pre, N(surf, "company"), post]
        j = surf.index(part)
        return [pre, N(part, "company"), surf[len(part):], post] if j == 0 else [pre, surf, post]

    def eponym_neg(self):
        ctx, e = self.ch(EPONYM_NEG)
        i = ctx.index("{e}")
        return [ctx[:i], N(e, "eponym"), ctx[i + 3:]]

    def place_neg(self):
        ctx, p = self.ch(PLACE_NEG)
        i = ctx.index("{p}")
        return [ctx[:i], N(p, "place"), ctx[i + 3:]]

    def word_neg(self, lang):
        lst = WORD_NEG.get(lang) or WORD_NEG["en"]
        w, ctx = self.ch(lst)
        i = ctx.index("{w}")
        return [ctx[:i], N(w, "word_name"), ctx[i + 3:]]

    def famous(self):
        return N(self.ch(NON_MEMBER), "non_member_name")

    def at_neg(self):
        return N(self.ch(["@Override", "@here", "@channel", "@everyone", "@types/node", "@babel/core",
                          "@pytest.fixture", "@dataclass", "@media", "@Deprecated", "@angular/core",
                          "@staticmethod", "@keyframes", "@param"]), "at_not_member")


# --------------------------------------------------------------------------------------------
# per-language phrases.  {n} greeting name (gold), {N} full name (gold), {x} PII item,
# {c} company, {r} role, {k} number, {p} place, {d} date
# --------------------------------------------------------------------------------------------
P = {
    "en": dict(hi="Hi {n},", thanks="Thanks, {n}!", welcome="Welcome aboard, {n}!",
               congrats="Congrats {N}!! 🎉", bday="Happy birthday {N} 🎂🥳",
               anniv="Happy {k}-year work anniversary at {c}, {N}!", newjob="{N} started a new position as {r} at {c}.",
               reach="You can reach me at {x}", call="Call/WhatsApp: {x}", profile="My profile: {x}",
               moving="Moving to {p} on {d} — any tips?"),
    "de": dict(hi="Hallo {n},", thanks="Danke, {n}!", welcome="Willkommen in der Gruppe, {n}!",
               congrats="Herzlichen Glückwunsch, {N}! 🎉", bday="Alles Gute zum Geburtstag, {N}! 🎂",
               anniv="Glückwunsch zum {k}. Jubiläum bei {c}, {N}!", newjob="{N} hat eine neue Position als {r} bei {c} angetreten.",
               reach="Erreichbar unter {x}", call="Tel./WhatsApp: {x}", profile="Mein Profil: {x}",
               moving="Ich ziehe am {d} nach {p} – hat jemand Tipps?"),
    "fr": dict(hi="Bonjour {n},", thanks="Merci {n} !", welcome="Bienvenue dans le groupe, {n} !",
               congrats="Félicitations {N} ! 🎉", bday="Joyeux anniversaire {N} ! 🎂",
               anniv="Bravo pour tes {k} ans chez {c}, {N} !", newjob="{N} a rejoint {c} en tant que {r}.",
               reach="Vous pouvez me joindre à {x}", call="Tél. : {x}", profile="Mon profil : {x}",
               moving="Je déménage à {p} le {d}, des conseils ?"),
    "es": dict(hi="Hola {n}:", thanks="¡Gracias, {n}!", welcome="¡Bienvenida al grupo, {n}!",
               congrats="¡Enhorabuena, {N}! 🎉", bday="¡Feliz cumpleaños, {N}! 🎂",
               anniv="¡Felicidades por tus {k} años en {c}, {N}!", newjob="{N} empieza como {r} en {c}.",
               reach="Puedes escribirme a {x}", call="Móvil: {x}", profile="Mi perfil: {x}",
               moving="Me mudo a {p} el {d}, ¿algún consejo?"),
    "it": dict(hi="Ciao {n},", thanks="Grazie {n}!", welcome="Benvenuta nel gruppo, {n}!",
               congrats="Complimenti {N}! 🎉", bday="Buon compleanno {N}! 🎂",
               anniv="Auguri per i {k} anni in {c}, {N}!", newjob="{N} è entrato in {c} come {r}.",
               reach="Potete contattarmi a {x}", call="Cell.: {x}", profile="Il mio profilo: {x}",
               moving="Mi trasferisco a {p} il {d}, consigli?"),
    "pt": dict(hi="Olá {n},", thanks="Obrigado, {n}!", welcome="Bem-vinda ao grupo, {n}!",
               congrats="Parabéns, {N}! 🎉", bday="Feliz aniversário, {N}! 🎂",
               anniv="Parabéns pelos {k} anos na {c}, {N}!", newjob="{N} começou como {r} na {c}.",
               reach="Fale comigo em {x}", call="Celular/WhatsApp: {x}", profile="Meu perfil: {x}",
               moving="Vou me mudar para {p} em {d}, alguma dica?"),
    "nl": dict(hi="Hoi {n},", thanks="Bedankt, {n}!", welcome="Welkom in de groep, {n}!",
               congrats="Gefeliciteerd {N}! 🎉", bday="Gefeliciteerd met je verjaardag, {N}! 🎂",
               anniv="Proficiat met {k} jaar bij {c}, {N}!", newjob="{N} is begonnen als {r} bij {c}.",
               reach="Je kunt me bereiken via {x}", call="Tel: {x}", profile="Mijn profiel: {x}",
               moving="Ik verhuis op {d} naar {p}, tips?"),
    "pl": dict(hi="Cześć {n},", thanks="Dzięki, {n}!", welcome="Witamy w grupie, {n}!",
               congrats="Gratulacje, {N}! 🎉", bday="Wszystkiego najlepszego, {N}! 🎂",
               anniv="Gratulacje z okazji {k} lat w {c}, {N}!", newjob="{N} rozpoczyna pracę jako {r} w {c}.",
               reach="Kontakt: {x}", call="Tel. kom.: {x}", profile="Mój profil: {x}",
               moving="Przeprowadzka ({p}, {d}) — jakieś rady?"),
    "tr": dict(hi="Merhaba {n},", thanks="Teşekkürler {n}!", welcome="Gruba hoş geldin {n}!",
               congrats="Tebrikler {N}! 🎉", bday="İyi ki doğdun {N}! 🎂",
               anniv="{c} bünyesinde {k}. yılın kutlu olsun, {N}!", newjob="{N}, {c} şirketinde {r} olarak başladı.",
               reach="Bana şuradan ulaşabilirsiniz: {x}", call="Tel: {x}", profile="Profilim: {x}",
               moving="{d} tarihinde {p} şehrine taşınıyorum, önerisi olan?"),
    "sv": dict(hi="Hej {n},", thanks="Tack {n}!", welcome="Välkommen till gruppen, {n}!",
               congrats="Grattis {N}! 🎉", bday="Grattis på födelsedagen {N}! 🎂",
               anniv="Grattis till {k} år på {c}, {N}!", newjob="{N} har börjat som {r} på {c}.",
               reach="Nå mig på {x}", call="Mobil: {x}", profile="Min profil: {x}",
               moving="Jag flyttar till {p} den {d}, några tips?"),
    "id": dict(hi="Halo {n},", thanks="Terima kasih, {n}!", welcome="Selamat datang di grup, {n}!",
               congrats="Selamat, {N}! 🎉", bday="Selamat ulang tahun, {N}! 🎂",
               anniv="Selamat {k} tahun di {c}, {N}!", newjob="{N} bergabung dengan {c} sebagai {r}.",
               reach="Hubungi saya di {x}", call="HP/WA: {x}", profile="Profil saya: {x}",
               moving="Saya pindah ke {p} tanggal {d}, ada saran?"),
    "vi": dict(hi="Chào {n},", thanks="Cảm ơn {n}!", welcome="Chào mừng {n} đến với nhóm!",
               congrats="Chúc mừng {N}! 🎉", bday="Chúc mừng sinh nhật {N}! 🎂",
               anniv="Chúc mừng {k} năm gắn bó với {c}, {N}!", newjob="{N} vừa gia nhập {c} với vai trò {r}.",
               reach="Liên hệ: {x}", call="ĐT: {x}", profile="Hồ sơ của tôi: {x}",
               moving="Ngày {d} mình chuyển đến {p}, có ai góp ý không?"),
    "ru": dict(hi="Привет, {n}!", thanks="Спасибо, {n}!", welcome="Добро пожаловать в группу, {n}!",
               congrats="Поздравляю, {N}! 🎉", bday="С днём рождения, {N}! 🎂",
               anniv="{N}, с {k}-летием работы в {c}!", newjob="{N} теперь {r} в {c}.",
               reach="Пишите мне: {x}", call="Тел.: {x}", profile="Мой профиль: {x}",
               moving="Переезжаю ({p}) {d} — посоветуете что-нибудь?"),
    "uk": dict(hi="Привіт, {n}!", thanks="Дякую, {n}!", welcome="Ласкаво просимо до групи, {n}!",
               congrats="Вітаю, {N}! 🎉", bday="З днем народження, {N}! 🎂",
               anniv="{N}, вітаю з {k}-річчям роботи в {c}!", newjob="{N} тепер {r} у {c}.",
               reach="Пишіть мені: {x}", call="Тел.: {x}", profile="Мій профіль: {x}",
               moving="Переїжджаю ({p}) {d}, поради?"),
    "el": dict(hi="Γεια σου {n},", thanks="Ευχαριστώ, {n}!", welcome="Καλώς ήρθες στην ομάδα, {n}!",
               congrats="Συγχαρητήρια, {N}! 🎉", bday="Χρόνια πολλά, {N}! 🎂",
               anniv="Συγχαρητήρια για τα {k} χρόνια στην {c}, {N}!", newjob="{N}: νέα θέση ως {r} στην {c}.",
               reach="Επικοινωνία: {x}", call="Τηλ.: {x}", profile="Το προφίλ μου: {x}",
               moving="Μετακομίζω ({p}) στις {d}, καμιά συμβουλή;"),
    "ar": dict(hi="مرحبا {n}،", thanks="شكرًا يا {n}!", welcome="أهلاً بك في المجموعة يا {n}!",
               congrats="مبروك يا {N}! 🎉", bday="كل عام وأنت بخير يا {N}! 🎂",
               anniv="مبروك {k} سنوات في {c} يا {N}!", newjob="انضم {N} إلى {c} بمنصب {r}.",
               reach="يمكنكم التواصل معي عبر {x}", call="هاتف/واتساب: {x}", profile="ملفي الشخصي: {x}",
               moving="سأنتقل إلى {p} في {d}، أي نصائح؟"),
    "he": dict(hi="היי {n},", thanks="תודה, {n}!", welcome="ברוכה הבאה לקבוצה, {n}!",
               congrats="מזל טוב {N}! 🎉", bday="יום הולדת שמח {N}! 🎂",
               anniv="מזל טוב על {k} שנים ב-{c}, {N}!", newjob="{N} הצטרפה ל-{c} בתור {r}.",
               reach="אפשר לפנות אליי ב-{x}", call="טל': {x}", profile="הפרופיל שלי: {x}",
               moving="עוברת ל-{p} ב-{d}, יש טיפים?"),
    "hi": dict(hi="नमस्ते {n} जी,", thanks="धन्यवाद {n} जी!", welcome="ग्रुप में स्वागत है, {n}!",
               congrats="बधाई हो {N}! 🎉", bday="जन्मदिन की शुभकामनाएँ {N}! 🎂",
               anniv="{c} में {k} साल पूरे होने पर बधाई, {N}!", newjob="{N} ने {c} में {r} के रूप में जॉइन किया।",
               reach="मुझसे {x} पर संपर्क करें", call="फ़ोन: {x}", profile="मेरी प्रोफ़ाइल: {x}",
               moving="मैं {d} को {p} शिफ्ट हो रही हूँ, कोई सुझाव?"),
    "bn": dict(hi="নমস্কার {n},", thanks="ধন্যবাদ {n}!", welcome="গ্রুপে স্বাগতম, {n}!",
               congrats="অভিনন্দন {N}! 🎉", bday="শুভ জন্মদিন {N}! 🎂",
               anniv="{c}-এ {k} বছর পূর্ণ হওয়ায় অভিনন্দন, {N}!", newjob="{N} {c}-এ {r} হিসেবে যোগ দিয়েছেন।",
               reach="যোগাযোগ: {x}", call="ফোন: {x}", profile="আমার প্রোফাইল: {x}",
               moving="{d} তারিখে {p} যাচ্ছি, কোনো পরামর্শ?"),
    "ta": dict(hi="வணக்கம் {n},", thanks="நன்றி {n}!", welcome="குழுவிற்கு வரவேற்கிறோம், {n}!",
               congrats="வாழ்த்துகள் {N}! 🎉", bday="பிறந்தநாள் வாழ்த்துகள் {N}! 🎂",
               anniv="{c} நிறுவனத்தில் {k} ஆண்டுகள் நிறைவு, வாழ்த்துகள் {N}!", newjob="{N} {c} நிறுவனத்தில் {r} ஆக சேர்ந்துள்ளார்.",
               reach="தொடர்புக்கு: {x}", call="தொலைபேசி: {x}", profile="என் சுயவிவரம்: {x}",
               moving="{d} அன்று {p} செல்கிறேன், ஆலோசனை?"),
    "th": dict(hi="สวัสดีค่ะคุณ{n}", thanks="ขอบคุณครับคุณ{n}!", welcome="ยินดีต้อนรับเข้ากลุ่มค่ะคุณ{n}",
               congrats="ยินดีด้วยนะคุณ{N} 🎉", bday="สุขสันต์วันเกิดคุณ{N} 🎂",
               anniv="ยินดีด้วยกับ {k} ปีที่ {c} นะคุณ{N}!", newjob="คุณ{N} เริ่มงานใหม่ในตำแหน่ง {r} ที่ {c}",
               reach="ติดต่อได้ที่ {x}", call="โทร {x}", profile="โปรไฟล์ของฉัน: {x}",
               moving="จะย้ายไป{p}วันที่ {d} มีคำแนะนำไหมคะ"),
    "ko": dict(hi="{n}님 안녕하세요,", thanks="{n}님 감사합니다!", welcome="{n}님, 그룹에 오신 것을 환영합니다!",
               congrats="{N}님 축하드려요! 🎉", bday="{N}님 생일 축하해요! 🎂",
               anniv="{N}님 {c} 입사 {k}주년 축하드립니다!", newjob="{N}님이 {c}에 {r}(으)로 합류했습니다.",
               reach="연락은 {x} 로 주세요", call="전화: {x}", profile="제 프로필: {x}",
               moving="{d}에 {p}(으)로 이사 가요, 팁 있을까요?"),
    "ja": dict(hi="{n}さん、こんにちは。", thanks="{n}さん、ありがとうございます！", welcome="{n}さん、グループへようこそ！",
               congrats="{N}さん、おめでとうございます！🎉", bday="{N}さん、お誕生日おめでとうございます🎂",
               anniv="{N}さん、{c}で{k}周年おめでとうございます！", newjob="{N}さんが{c}に{r}として入社しました。",
               reach="連絡先：{x}", call="電話：{x}", profile="プロフィール：{x}",
               moving="{d}に{p}へ引っ越します。アドバイスください！"),
    "zh": dict(hi="{n}你好，", thanks="谢谢{n}老师！", welcome="欢迎{n}加入本群！",
               congrats="恭喜{N}！🎉", bday="{N}生日快乐！🎂",
               anniv="恭喜{N}在{c}工作满{k}周年！", newjob="{N}已加入{c}，担任{r}。",
               reach="联系方式：{x}", call="电话/微信：{x}", profile="我的主页：{x}",
               moving="{d}搬去{p}，求推荐！"),
}
LANGS = list(P)
CITIES = {"ru": ["Берлин", "Лиссабон", "Дубай", "Тбилиси"], "uk": ["Варшава", "Краків", "Берлін"],
          "el": ["Αθήνα", "Θεσσαλονίκη", "Βερολίνο"], "ar": ["دبي", "الرياض", "برلين"],
          "he": ["ברלין", "תל אביב", "לונדון"], "hi": ["बेंगलुरु", "पुणे", "हैदराबाद"],
          "bn": ["ঢাকা", "কলকাতা"], "ta": ["சென்னை", "கோயம்புத்தூர்"], "th": ["เชียงใหม่", "กรุงเทพฯ"],
          "ko": ["판교", "부산", "베를린"], "ja": ["福岡", "大阪", "ベルリン"], "zh": ["深圳", "杭州", "新加坡"]}
LATIN_CITIES = ["Berlin", "Lisbon", "Barcelona", "Amsterdam", "Munich", "Warsaw", "Toronto", "Dublin",
                "Melbourne", "Istanbul", "Stockholm", "Milano", "Jakarta", "Da Nang"]
EMOJI = ["🎉", "👏", "🙌", "🔥", "💪", "🚀", "❤️", "😊", "🥳", "👍", "🙏", "✨", "😂", "🤝"]
CJK_TIGHT = ("ja", "zh", "th")
GLUE = {"zh": ["有问题发邮件{x}谢谢", "电话{p}微信同号", "主页{u}欢迎关注", "感谢{h}的分享"],
        "ja": ["詳細は{x}まで", "携帯{p}までお電話ください", "ブログ{u}も見てね", "{h}さんに感謝"],
        "ko": ["문의는{x}으로", "전화{p}로 연락주세요", "{h}님 감사해요"],
        "th": ["ส่งมาที่{x}นะคะ", "โทร{p}ได้เลยค่ะ", "ขอบคุณ{h}มากค่ะ"],
        "ru": ["Пишите на почту{x}", "звоните{p}после 18", "профиль тут{u}"],
        "uk": ["Пишіть на{x}", "дзвоніть{p}"],
        "ar": ["راسلوني على{x}شكرا", "اتصل{p}مساءً"],
        "he": ["מייל{x}תודה", "טלפון{p}בערב"]}


def sp(lang):
    """separator after a sentence"""
    return "" if lang in ("ja", "zh") else " "


# --------------------------------------------------------------------------------------------
# genres
# --------------------------------------------------------------------------------------------

class W:
    """record writer: builder + generator + light typing noise on plain text"""

    def __init__(self, g, lang, noise=0.0):
        self.g, self.r, self.lang, self.noise = g, g.r, lang, noise
        self.b = B()

    def _noisy(self, s):
        r = self.r
        if self.noise <= 0 or len(s) < 6 or r.random() > self.noise:
            return s
        k = r.randrange(4)
        if k == 0:  # missing space after punctuation
            s = re.sub(r"([,.!?]) (?=\w)", r"\1", s, count=1)
        elif k == 1:  # swapped letters
            words = [mo for mo in re.finditer(r"[a-z]{5,}", s)]
            if words:
                mo = r.choice(words)
                w = mo.group(0)
                i = r.randrange(1, len(w) - 2)
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                s = s[:mo.start()] + w + s[mo.end():]
        elif k == 2:
            s = s.replace("!", "!!", 1)
        else:
            s = re.sub(r"(?<=\w)\.( |$)", r"..\1", s, count=1)
        return s

    def t(self, s):
        self.b.add(self._noisy(s))
        return self

    def f(self, fmt, **kw):
        pos = 0
        for mo in re.finditer(r"\{(\w+)\}", fmt):
            self.t(fmt[pos:mo.start()])
            self.b.add(kw[mo.group(1)])
            pos = mo.end()
        self.t(fmt[pos:])
        return self

    def a(self, *xs):
        for x in xs:
            if isinstance(x, str):
                self.t(x)
            else:
                self.b.add(x)
        return self

    def ph(self, key, lang=None, **kw):
        lang = lang or self.lang
        fmt = P[lang][key]
        kw.setdefault("c", self.g.ch(COMPANIES)[0])
        kw.setdefault("r", self.g.ch(ROLES))
        kw.setdefault("k", str(self.r.randrange(2, 26)))
        return self.f(fmt, **kw)

    def city(self, lang=None):
        lang = lang or self.lang
        if lang in CITIES and self.r.random() < 0.7:
            return self.g.ch(CITIES[lang])
        return self.g.ch(LATIN_CITIES)

    def contact(self, m, lang=None):
        """one random contact item of member m"""
        g, r = self.g, self.r
        lang = lang or self.lang
        k = r.random()
        if k < 0.4:
            return g.email(m, obf_lang=lang if r.random() < 0.4 else None)
        if k < 0.75:
            return g.phone(self.country(m.lang))
        return g.profile_url(m)

    def glued(self, m):
        """contact glued to non-Latin text on both sides"""
        g = self.g
        tpl = g.ch(GLUE[self.lang])
        return self.f(tpl, x=G(g.email_addr(m), "EMAIL"), p=g.phone(self.country(m.lang)),
                      u=g.profile_url(m, g.ch(["x", "gh", "askfirst", "li"])), h=g.handle(m))

    def country(self, lang):
        cm = {"en": ["US", "CA", "UK", "AU", "NG", "IN"], "de": ["DE"], "fr": ["FR"], "es": ["ES"], "it": ["IT"],
              "pt": ["BR"], "nl": ["NL"], "hi": ["IN"], "bn": ["IN"], "ta": ["IN"], "ja": ["JP"], "zh": ["CN"],
              "id": ["E164"], "ar": ["E164"], "he": ["E164"], "ko": ["E164"], "ru": ["E164"], "uk": ["E164"]}
        if self.r.random() < 0.2:
            return None
        return self.g.ch(cm.get(lang, [None]))


def gen_chat_thread(g, lang):
    w = W(g, lang, noise=0.35)
    r = g.r
    op = g.member(lang)
    w.a("**", g.full(op), "** · ", g.ch(ROLES), " @ ", g.ch(COMPANIES)[0], " · ", str(r.randrange(1, 23)), "h\n")
    topic = r.randrange(4)
    if topic == 0:
        w.a(*g.word_neg("en" if lang not in WORD_NEG else lang), " ", g.ch(["#remote #coworking", "#help", ""]), "\n")
    elif topic == 1:
        w.a("Looking for a freelance designer for a 3-week gig (", g.price(), "/day). Ping me or write to ",
            g.email(op, obf_lang=lang), " 🙏\n")
    elif topic == 2:
        w.a("Anyone else getting logged out every 5 min since the ", g.version(), " update? my home IP ",
            g.ipv4() if r.random() < 0.6 else g.ipv6(), " gets flagged as ‘suspicious’ lol\n")
    else:
        w.a("Reading ", g.famous(), "'s new book (ISBN ", g.isbn(), ") — thoughts?\n")
    n = r.randrange(3, 8)
    people = g.members_distinct(n, lang)
    for i, m in enumerate(people):
        w.t(g.ch(["\n↳ ", "\n  ↪ ", "\n> ", "\n— ", "\n"]))
        hdr = r.random()
        if hdr < 0.5:
            w.a(g.full(m, noisy=True), ": ")
        elif hdr < 0.75:
            w.a(g.handle(m, caps=r.random() < 0.15), " ", g.ch(["", "(mod)", "· 1st", "· 2nd"]), ": ")
        else:
            w.t(g.ch(["Anon: ", "nick_" + str(r.randrange(99)) + ": ", "guest: "]))
        k = r.randrange(12)
        L = g.ch([lang, lang, "en"])
        if k == 0:
            w.ph("hi", L, n=g.greet(op)).a(" ", g.ch(["dm'd you", "check your inbox", "sent you a msg"]), " ", g.ch(EMOJI))
        elif k == 1:
            o = g.member(lang)
            w.a(g.handle(o), " ", g.ch(["knows this stuff", "did exactly this last year", "👀", "can help"]))
        elif k == 2:
            o = g.member(lang)
            w.a(g.ch(["ask ", "cc ", "ping "]), "@", g.full(o), g.ch([" 👆", "", " pls"]))
        elif k == 3:
            o = g.member(lang)
            w.a(g.ch(["talk to ", "pretty sure ", "try "]), g.full(o, noisy=True), g.ch([", she's great", " — he did the same", " ;)", ""]))
        elif k == 4:
            w.ph("thanks", L, n=g.greet(people[i - 1] if i else op)).a(" ", g.ch(EMOJI))
        elif k == 5:
            w.ph("call", L, x=g.phone(w.country(m.lang)))
        elif k == 6:
            w.ph("profile", L, x=g.profile_url(m))
        elif k == 7:
            w.t(g.ch(EMOJI) + g.ch(EMOJI))
        elif k == 8:
            w.a(*g.word_neg(L if L in WORD_NEG else "en"))
        elif k == 9:
            w.a(g.at_neg(), " ", g.ch(["anyone?", "pls read the pinned post", "🙃"]))
        elif k == 10:
            w.a("placeholder in the template says ", g.ex_neg(m), ", don't use that lol")
        elif k == 11 and lang in GLUE:
            w.glued(m)
        else:
            w.ph("reach", L, x=w.contact(m, L))
    return w.b


def gen_recruiter(g, lang):
    w = W(g, lang, noise=0.1)
    r = g.r
    cand, rec = g.member(lang), g.member(lang)
    co, dom = g.ch(COMPANIES)
    L = lang if r.random() < 0.6 else "en"
    w.t("Subject: " + g.ch(ROLES) + " opportunity at " + co + " " + g.ch(["🚀", "", "(remote)"]) + "\n\n")
    w.ph("hi", L, n=g.greet(cand)).t("\n\n")
    w.a("I came across your profile (", g.profile_url(cand, g.ch(["li", "gh", "askfirst"])), ") and your work on ",
        g.ch(["payments infra", "search ranking", "data platform", "design systems"]), " caught my eye. ")
    w.a("We're hiring in ", w.city(), " (hybrid, ", g.price(), " + equity). JD: ", g.url_neg("careers_page"), "\n\n")
    w.a("Would you have 15 min this week? Grab a slot: ", g.profile_url(rec, "calendly"),
        g.ch([" or call me on ", " — or WhatsApp "]), g.phone(w.country(rec.lang)), ".\n\n")
    w.a(g.ch(["Best,", "Cheers,", "Kind regards,", "Beste Grüße,"]), "\n", g.full(rec), "\n", g.ch(ROLES), " | ", co, "\n",
        g.email(addr=g.local(rec) + "@" + dom, wrap=False))
    if r.random() < 0.5:
        w.a(" · ", G(g.role_email(dom), "EMAIL"))
    w.t("\n\n———\n")
    k = r.randrange(3)
    if k == 0:
        w.ph("thanks", L, n=g.greet(rec)).a(" I'm happy where I am for now, maybe ping me again after ", g.date(),
                                          ". Private mail: ", g.email(cand, obf_lang=L), "\n")
    elif k == 1:
        w.ph("thanks", L, n=g.greet(rec)).a(" Sounds interesting! Booked the ", g.time(), " slot. In case the link breaks: ",
                                          g.phone(w.country(cand.lang)), "\n")
    elif r.random() < 0.4:
        w.a("Before the first call they asked for my SSN (", g.ssn(), ") and a card number for a 'background fee' (",
            g.cc(), "). Red flag?? ", g.ch(["🚩", "😬", ""]), "\n")
    else:
        w.a("Not interested, and please don't message me via ", g.url_neg("company_page"), " again. ",
            g.ch(["🙄", "", "Thx."]), "\n")
    return w.b


def gen_conf_qa(g, lang):
    w = W(g, lang)
    r = g.r
    mod, spk = g.member(lang), g.member(lang)
    w.a("Transcript — ", g.ch(["DevOps Days", "PyData", "ProductCon", "Women in Data Summit", "FinTech Week"]), " ",
        str(r.randrange(2023, 2026)), ", Track ", g.ch("ABC"), "\n(auto-generated, lightly edited)\n\n")
    w.a("[", g.ts(), "] MODERATOR (", g.full(mod), "): Let's open the floor. ", *g.poss(spk), " talk covered a lot today.\n")
    qs = g.members_distinct(r.randrange(2, 5), lang)
    for q in qs:
        w.a("[", g.ts(), "] Q — ", g.full(q), " (", g.ch(COMPANIES)[0], "): ")
        k = r.randrange(6)
        if k == 0:
            w.a("You mentioned ", *g.eponym_neg(), " — does that scale to your graph size?\n")
        elif k == 1:
            w.a("Which version did you benchmark, ", g.version(), " or the LTS?\n")
        elif k == 2:
            w.a("Could you share the slides? Mine from last year: ", g.url_neg("docs_url"), "\n")
        elif k == 3:
            w.a("How do you handle customers behind CGNAT like ", g.ipv4_bad(), "?\n")
        elif k == 4:
            w.a("Coming from ", *g.company_neg(), ", how do you think about compliance?\n")
        else:
            w.a("Not a question, more a comment: great work. ", g.ch(EMOJI), "\n")
        w.a("[", g.ts(), "] ", g.full(spk), ": ")
        w.ph("thanks", g.ch([lang, "en"]), n=g.greet(q))
        w.a(" ", g.ch(["Short answer: yes.", "Good question, it depends.", "We tried, it failed twice."]))
        if r.random() < 0.4:
            w.a(" The paper is here: ", g.url_neg(g.ch(["docs_url", "paper_url"])))
        w.t("\n")
    w.a("[", g.ts(), "] MODERATOR: ", g.ch(["That's time!", "We're out of time."]), " Reach ", g.full(spk), " at ",
        w.contact(spk), " or ", g.handle(spk), ".\n")
    return w.b


def gen_show_notes(g, lang):
    w = W(g, lang)
    r = g.r
    host, guest = g.member(lang), g.member(lang)
    w.a("🎙️ Ep. ", str(r.randrange(12, 240)), " — ", g.ch(["Scaling teams without losing your mind", "From IC to manager",
                                                         "Privacy by design", "Bootstrapping to €1M ARR"]),
        " with ", g.full(guest), "\n\n")
    w.a("Hosted by ", g.full(host), " (", g.handle(host), "). ", g.ch(["Recorded live in ", "Recorded in "]), w.city(), ".\n\n⏱ Chapters\n")
    chapters = [["Intro"], ["How ", G(guest.name, "PERSON"), " got into tech"],
                ["Why ", *g.eponym_neg(), " matters"], ["The ", *g.company_neg(), " years"],
                ["Pricing: ", g.price()], ["Book: ", g.famous(), " (ISBN ", g.isbn(), ")"],
                ["Patents, ", g.patent(), " and other fun"], ["Listener Q&A"], ["Where to find ", G(guest.name, "PERSON")]]
    sel = [chapters[0]] + r.sample(chapters[1:-1], 4) + [chapters[-1]]
    t = 0
    for c in sel:
        w.a(N("%02d:%02d" % (t // 60, t % 60), "time"), g.ch([" ", " – ", " - "]), *c, "\n")
        t += r.randrange(90, 900)
    w.t("\n🔗 Links\n")
    links = [[g.full(guest), ": ", g.profile_url(guest, g.ch(["x", "li", "bsky"]))],
             ["Newsletter: ", g.profile_url(guest, "substack")],
             ["Paper we discussed: ", g.url_neg("paper_url")], ["Live show tickets: ", g.url_neg("ticket_url")],
             ["Sponsor — ", g.ch(COMPANIES)[0], " is hiring: ", g.url_neg("careers_page")],
             ["Feedback form: ", g.url_neg("form_url")],
             ["Write in: ", g.email(host)], ["Voicemail: ", g.phone("US")]]
    for l in r.sample(links, r.randrange(4, 8)):
        w.a("• ", *l, "\n")
    w.a("\n#podcast #", g.ch(["leadership", "privacy", "startups", "engineering"]))
    return w.b


def gen_certificate(g, lang):
    w = W(g, lang)
    r = g.r
    me = g.member(lang)
    inst, mentor = g.member(lang), g.member(lang)
    intro = {"en": "I'm happy to share that I've obtained a new certification: ",
             "de": "Ich freue mich, mein neues Zertifikat zu teilen: ", "fr": "Je suis heureuse de partager ma nouvelle certification : ",
             "es": "¡Feliz de compartir mi nueva certificación: ", "pt": "Feliz em compartilhar minha nova certificação: ",
             "ja": "新しい資格を取得しました：", "zh": "很高兴获得新证书：", "ko": "새 자격증을 취득했습니다: ",
             "ru": "Рада поделиться новым сертификатом: ", "ar": "يسعدني أن أشارككم شهادتي الجديدة: ",
             "hi": "मुझे नया सर्टिफिकेट मिला: ", "tr": "Yeni sertifikamı paylaşmaktan mutluluk duyuyorum: "}
    w.t("🎓 " + intro.get(lang, intro["en"]))
    w.t(g.ch(["AWS Certified Solutions Architect – Associate", "Google Data Analytics", "PMP®", "CKA: Certified Kubernetes Administrator",
              "Scrum Master PSM I", "IAPP CIPP/E"]) + "\n\n")
    w.a("Credential ID: ", g.ticket(), " · issued ", g.date(), " · valid until ", g.date(), "\n")
    w.a("Course by ", g.full(inst), " (", g.profile_url(inst, g.ch(["medium", "x", "li"])), ")", g.ch([". ", "! "]))
    w.a("Huge thanks to my mentor ", g.handle(mentor), g.ch([" 🙏", " for the mock exams", ""]), " and to ", g.full(g.member(lang)),
        ".\n")
    if r.random() < 0.5:
        w.t("\n")
        w.ph("thanks", lang, n=g.greet(inst))
        w.t(" " + g.ch(EMOJI) + "\n")
    w.a("\nStudy group starts ", g.date(), " at ", g.time(), " — sign up: ", g.url_neg("form_url"), " ",
        g.ch(["(free)", "(", ""]), "\n")
    w.a("Exam voucher was ", g.price(), " (order ", g.order(), ").\n")
    w.a("#", g.ch(["learning", "certification", "lifelonglearning", "cloud"]), " #", g.ch(["aws", "k8s", "privacy", "agile"]))
    return w.b


def gen_mentoring(g, lang):
    w = W(g, lang)
    r = g.r
    org = g.ch(COMPANIES)
    w.a("## ", g.ch(["Mentoring Circle", "Women in Tech Mentorship", "Newcomer Buddy Program", "Mentoria Tech"]), " — ",
        g.ch(["Spring", "Autumn", "Cohort"]), " ", str(r.randrange(2024, 2027)), " matches 🎉\n\n")
    w.t("| Mentor | Mentee | First session | Contact |\n|---|---|---|---|\n")
    for _ in range(r.randrange(3, 7)):
        a, b = g.members_distinct(2, lang)
        w.a("| ", g.full(a), " (", g.handle(a), ") | ", g.full(b), " | ", g.date(), " ", g.time(), " | ")
        k = r.randrange(3)
        if k == 0:
            w.a(g.profile_url(a, "calendly"))
        elif k == 1:
            w.a(g.email(a, wrap=False))
        else:
            w.a(g.phone(w.country(a.lang)))
        w.t(" |\n")
    w.a("\nQuestions → ", G(g.role_email(org[1]), "EMAIL"), " or the intake form ", g.url_neg("form_url"), ".\n")
    if r.random() < 0.5:
        m = g.member(lang)
        w.ph("thanks", lang, n=g.greet(m)).t(" for organising this round! " + g.ch(EMOJI) + "\n")
    return w.b


NOTIF = {
    "en": ["{N} endorsed you for {s}", "People you may know: {N} · {r} at {c} · {k} mutual connections",
           "{H} mentioned you in a comment", "{N} viewed your profile", "Wish {N} a happy work anniversary ({k} yrs)",
           "{N} and {k} others reacted to your post", "{N} is hiring: {r} → {U}"],
    "de": ["{N} hat Ihre Kenntnisse in {s} bestätigt", "Personen, die Sie kennen könnten: {N} · {r} bei {c}",
           "{H} hat Sie in einem Kommentar erwähnt", "{N} hat Ihr Profil angesehen", "{N} stellt ein: {r} → {U}"],
    "fr": ["{N} a recommandé votre compétence {s}", "Vous connaissez peut-être : {N} · {r} chez {c}",
           "{H} vous a mentionné dans un commentaire", "{N} a consulté votre profil"],
    "es": ["{N} validó tu aptitud {s}", "Personas que quizá conozcas: {N} · {r} en {c}",
           "{H} te mencionó en un comentario"],
    "pt": ["{N} recomendou você em {s}", "Pessoas que talvez você conheça: {N} · {r} na {c}",
           "{H} mencionou você em um comentário"],
    "ja": ["{N}さんがあなたの{s}スキルを推薦しました", "知り合いかも：{N} · {c} {r}", "{H}さんがコメントであなたをメンションしました"],
    "zh": ["{N}认可了你的{s}技能", "你可能认识：{N} · {c} {r}", "{H} 在评论中提到了你"],
    "ko": ["{N}님이 회원님의 {s} 기술을 추천했습니다", "알 수도 있는 사람: {N} · {c} {r}"],
    "ru": ["{N} подтвердил(а) ваш навык {s}", "Возможно, вы знакомы: {N} · {r} в {c}", "{H} упомянул(а) вас в комментарии"],
    "ar": ["أوصى {N} بمهارتك في {s}", "أشخاص قد تعرفهم: {N} · {r} في {c}"],
    "he": ["{N} המליץ/ה על המיומנות {s} שלך", "אנשים שאולי את/ה מכיר/ה: {N} · {r} ב-{c}"],
    "tr": ["{N}, {s} yetkinliğinizi onayladı", "Tanıyor olabileceğiniz kişiler: {N} · {c} {r}"],
}


def gen_notifications(g, lang):
    w = W(g, lang)
    r = g.r
    L = lang if lang in NOTIF else "en"
    w.t(g.ch(["🔔 Notifications", "Benachrichtigungen" if L == "de" else "🔔 Activity", "🔔"]) + "\n")
    for _ in range(r.randrange(4, 9)):
        LL = L if r.random() < 0.8 else "en"
        tpl = g.ch(NOTIF[LL])
        m = g.member(lang)
        w.t(g.ch(["• ", "- ", "▸ ", ""]))
        w.f(tpl, N=g.full(m), H=g.handle(m), s=g.ch(["Python", "Kubernetes", "Negotiation", "SQL", "UX"]),
            r=g.ch(ROLES), c=g.ch(COMPANIES)[0], k=str(r.randrange(2, 60)), U=g.url_neg("careers_page"))
        w.a(" · ", g.ch(["2h", "1d", "3w", "now", "5m"]), "\n")
    if r.random() < 0.4:
        w.a("Upcoming: ", g.date(), " ", g.time(), " — ", g.ch(["Webinar", "AMA", "Town hall"]), " (", g.url_neg("ticket_url"), ")\n")
    return w.b


def gen_group_rules(g, lang):
    w = W(g, lang)
    r = g.r
    grp = g.ch(["Remote Jobs DACH", "Data Folks Lisboa", "Product People NL", "Frontend Türkiye", "Expats in Tokyo",
                "Founders Circle MENA"])
    w.a("📌 Rules of ", grp, " (updated ", g.date(), ")\n\n")
    rules = [["Be kind. No hate, no spam."],
             ["Job posts only on Fridays (#FridayJobs), with salary range, e.g. ", g.price(), "–", g.price(), "."],
             ["Never post card numbers, IBANs or SSNs — not even fake-looking ones like ", g.cc_bad(), " or ", g.ssn_bad(), "."],
             ["Use placeholders such as ", g.ex_neg(), " in templates."],
             ["Bugs in the group bot: ", g.url_neg("org_repo_url"), ", not here."],
             ["Don't @-mention everyone (", g.at_neg(), " is for mods)."],
             ["Event links must be official (", g.url_neg("ticket_url"), ")."]]
    for i, rl in enumerate(r.sample(rules, r.randrange(3, 7)), 1):
        w.a(str(i), ". ", *rl, "\n")
    mods = g.members_distinct(r.randrange(2, 4), lang)
    w.t("\nMods: ")
    for i, m in enumerate(mods):
        w.a(", " if i else "", g.full(m), " (", g.handle(m), ")")
    w.a(" · contact: ", G(g.role_email(g.ch(COMPANIES)[1]), "EMAIL"), "\n\n")
    m = g.ch(mods)
    w.a("🛡️ Mod note (", g.full(m), ", ", g.date(), "): ")
    k = r.randrange(4)
    if k == 0:
        w.a("removed a post that contained someone's card ", g.cc(), " and IBAN ", g.iban(), ". Please don't.\n")
    elif k == 1:
        w.a("banned a spam ring posting from ", g.ipv4(), " and ", g.ipv6(), " (not ", g.ipv4_bad(), ", that was our own proxy).\n")
    elif k == 2:
        w.a("a member shared their SSN ", g.ssn(), " in a job thread; post hidden, user informed.\n")
    else:
        w.a("warned ", g.handle(g.member(lang)), " for sharing a private number (", g.phone(), ").\n")
    if r.random() < 0.4:
        w.ph("welcome", lang, n=g.greet(g.member(lang))).t("\n")
    return w.b


def gen_expense_chat(g, lang):
    w = W(g, lang, noise=0.25)
    r = g.r
    ppl = g.members_distinct(r.randrange(2, 4), lang)
    w.t("#" + g.ch(["team-offsite", "travel-q3", "expenses", "berlin-trip", "customer-visit"]) + "\n")
    msgs = []
    msgs.append(["Booked ", g.ch(["LH 2034", "FR 1882", "BA 0982", "TK 1724", "NH 204"]), " for ", g.date(), ", dep ", g.time(),
                 ". Total ", g.price(), ", booking ref ", g.order(), "."])
    msgs.append(["Hotel is ", g.price(), "/night, conf. no ", g.order(), ". Reimburse to my IBAN pls: ", g.iban(), " 🙏"])
    msgs.append(["corp card declined again 🙄 used my own: ", g.cc(), " exp ", N("%02d/%02d" % (r.randrange(1, 13), r.randrange(25, 31)), "date"),
                 " — finance pls don't kill me"])
    msgs.append(["if anything goes wrong call me: ", g.phone(w.country(ppl[0].lang))])
    msgs.append(["ticket for the reimbursement is ", g.ticket(), ", status 'pending'"])
    msgs.append(["HR needs your SSN for the W-9, mine is ", g.ssn(), " if you need an example of the format lol (don't)"])
    msgs.append(["the form rejects ", g.iban_bad(), " — typo in the check digits?"])
    msgs.append(["vpn only allows the office range ", g.ipv4(), "/", str(r.choice([24, 28, 29, 32])), ", not ", g.ipv4_bad()])
    msgs.append(["Taxi receipt ", g.price(), " at ", g.time(), ", Uber trip id ", g.ticket()])
    msgs.append(["pls send receipts to ", G(g.role_email(g.ch(COMPANIES)[1]), "EMAIL"), " not to me"])
    msgs.append(["test card from the docs ", g.cc_bad(), " obviously doesn't work 😅"])
    order = r.sample(msgs, r.randrange(4, 8))
    hh = r.randrange(8, 17)
    for i, msg in enumerate(order):
        m = ppl[i % len(ppl)]
        hdr = r.random()
        if hdr < 0.6:
            w.a("\n**", g.full(m), "** ", N("%02d:%02d" % (hh, r.randrange(60)), "time"), "\n")
        else:
            w.a("\n", g.handle(m), " ", N("%d:%02d %s" % (hh % 12 or 12, r.randrange(60), g.ch(["AM", "PM"])), "time"), "\n")
        hh = min(hh + r.randrange(2), 22)
        if r.random() < 0.25 and i:
            prev = ppl[(i - 1) % len(ppl)]
            if prev is not m:
                w.ph("thanks", g.ch([lang, "en"]), n=g.greet(prev)).t(" ")
        w.a(*msg)
        w.t("\n")
    return w.b


def gen_oss_issue(g, lang):
    w = W(g, lang)
    r = g.r
    rep, maint = g.members_distinct(2, lang)
    w.a(g.ch(["Hit this at work today, pasting the issue here in case anyone has seen it:", "Upstream bug, FYI 👇",
              "Anyone? Issue pasted below."]), "\n\n")
    w.a("> ### ", g.ch(["Connection reset when binding to IPv6", "Crash on startup after upgrade", "Rate limiter blocks our office IP"]),
        " #", str(r.randrange(100, 9999)), "\n")
    w.a("> opened by ", g.handle(rep), " · ", g.url_neg("org_repo_url"), "\n>\n")
    w.a("> **Environment**: version ", g.version_ip_like(), ", build ", g.version(), ", OS ", g.ch(["Ubuntu 24.04", "macOS 14.4", "Debian 12"]), "\n")
    w.t("> ```\n")
    for _ in range(r.randrange(2, 5)):
        k = r.randrange(5)
        w.a("> ", N("%04d-%02d-%02d" % (r.randrange(2023, 2026), r.randrange(1, 13), r.randrange(1, 29)), "date"), "T", N("%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60)), "time"), " ")
        if k == 0:
            w.a("WARN conn from ", g.ipv4(), ":", str(r.randrange(1024, 65535)), " reset\n")
        elif k == 1:
            w.a("INFO listening on [", g.ipv6(), "]:", str(r.choice([443, 8443, 8080])), "\n")
        elif k == 2:
            w.a("DEBUG upstream ", g.ipv4_bad(), ":", str(r.choice([5432, 6379, 9200])), " ok\n")
        elif k == 3:
            w.a("INFO bind ", g.ipv6_bad(), " port 8080\n")
        else:
            w.a("ERROR peer ", g.ipv4(), " blocked by rule ", g.ticket(), "\n")
    w.t("> ```\n>\n")
    if r.random() < 0.6:
        w.a("> ```java\n> ", g.at_neg(), "\n> public void run() { ... }\n> ```\n>\n")
    w.a("> **", g.full(maint), "** commented: ", g.ch(["Can't reproduce on main.", "Looks like a regression in the last release.", "Thanks for the report!"]))
    if r.random() < 0.5:
        w.a(" cc ", g.handle(g.member(lang)), " ", g.handle(g.member(lang)))
    w.t("\n>\n")
    w.a("> Signed-off-by: ", g.full(rep), " <", G(g.email_addr(rep), "EMAIL"), ">\n\n")
    w.a(g.ch(["My fork with a workaround: ", "Patched version on my GitHub: "]), g.profile_url(rep, "gh"), "\n")
    if r.random() < 0.4:
        w.a("Docs: ", g.url_neg("docs_url"), "\n")
    return w.b


def gen_job_congrats(g, lang):
    w = W(g, lang, noise=0.2)
    r = g.r
    m = g.member(lang)
    w.t("💼 ")
    w.ph("newjob", lang, N=g.full(m))
    w.a(" ", g.ch(EMOJI), "\n", g.profile_url(m, "askfirst") if r.random() < 0.3 else "", "\n")
    repl = g.members_distinct(r.randrange(3, 8), lang)
    for x in repl:
        L = g.ch([lang, lang, g.ch(LANGS)])
        w.t("\n" + g.ch(["", "💬 ", "· "]))
        w.a(g.full(x) if r.random() < 0.6 else g.handle(x), ": ")
        k = r.randrange(5)
        if k == 0:
            w.ph("congrats", L, N=g.full(m, noisy=True))
        elif k == 1:
            w.a(g.handle(m), " ", g.ch(EMOJI), g.ch(EMOJI))
        elif k == 2:
            w.a(g.ch(["Well deserved, ", "So happy for you ", "Big move, "]), "@", G(m.name, "PERSON"), g.ch(["!", " 🙌", "!!"]))
        elif k == 3:
            w.ph("congrats", L, N=g.full(m)).a(" ", g.ch(["Let's grab coffee when you're in ", "See you in "]), w.city("en"), "!")
        else:
            w.a(g.ch(["Great news! ", "Wow! "]), *g.company_neg()) if r.random() < 0.3 else w.ph("congrats", L, N=g.full(m))
    w.a("\n\n", g.full(m), ": ")
    w.ph("thanks", lang, n=g.greet(g.ch(repl))).a(" ", g.ch(["Thanks everyone ❤️", "Appreciate it!", "🙏"]))
    return w.b


def gen_anniversary(g, lang):
    w = W(g, lang, noise=0.2)
    r = g.r
    m = g.member(lang)
    bday = r.random() < 0.5
    w.a("🎂 " if bday else "🏅 ")
    if bday:
        w.ph("bday", lang, N=g.full(m))
    else:
        w.ph("anniv", lang, N=g.full(m))
    w.t("\n")
    for x in g.members_distinct(r.randrange(3, 7), lang):
        L = g.ch([lang, lang, g.ch(LANGS)])
        w.a("\n", g.full(x) if r.random() < 0.5 else g.handle(x), ": ")
        k = r.randrange(4)
        if k == 0:
            w.ph("bday" if bday else "anniv", L, N=g.full(m, noisy=True))
        elif k == 1:
            w.a(g.handle(m), " ", g.ch(EMOJI) * 2)
        elif k == 2:
            w.a(g.ch(["Cake at ", "Drinks at "]), g.time(), g.ch(["! Bring ", "? Ask "]), g.full(g.member(lang)), g.ch([" 🍰", ""]))
        else:
            w.a(*g.word_neg(L if L in WORD_NEG else "en"))
    w.a("\n\n", g.full(m), ": ")
    w.ph("thanks", lang, n=g.greet(g.member(lang))).t(" " + g.ch(["❤️", "🥲", "🙏", ""]))
    return w.b


def gen_checkin(g, lang):
    w = W(g, lang)
    r = g.r
    w.a("✅ Check-in — ", g.ch(["Data Night", "Founders Breakfast", "Hack & Tell", "Career Fair"]), " · ", g.date(), " · doors ",
        g.time(), "\n\n")
    w.t("#   Name                      Ticket            In\n")
    for i in range(r.randrange(4, 10)):
        m = g.member(lang)
        w.a("%02d  " % (i + 1), g.full(m), "  ", g.ticket(), "  ",
            N("%02d:%02d" % (r.randrange(17, 20), r.randrange(60)), "time") if r.random() < 0.7 else "—", "\n")
    w.a("\nWalk-ins: ", g.full(g.member(lang)), " (", g.ch(COMPANIES)[0], "), ", g.handle(g.member(lang)), "\n")
    w.a("Lost your badge? Call the desk: ", g.phone(), " · Tickets: ", g.url_neg("ticket_url"), "\n")
    if r.random() < 0.4:
        w.a("Wi-Fi gateway ", g.ipv4_bad(), " / ", g.ipv6_bad(), " — please don't run scanners 😅 Our public IP is ",
            g.ipv4() if r.random() < 0.5 else g.ipv6(), " if you need it for a VPN allowlist.\n")
    return w.b


REF = {
    "en": ("To whom it may concern,\n\n", "I am pleased to recommend {N}, who worked with me at {c} for {k} years as {r}. ",
           "Please feel free to contact me at {x} or {y}.\n\nSincerely,\n"),
    "de": ("Sehr geehrte Damen und Herren,\n\n", "gerne empfehle ich {N}, die/der {k} Jahre als {r} bei {c} in meinem Team tätig war. ",
           "Für Rückfragen erreichen Sie mich unter {x} oder {y}.\n\nMit freundlichen Grüßen\n"),
    "fr": ("Madame, Monsieur,\n\n", "Je recommande vivement {N}, qui a travaillé {k} ans chez {c} comme {r}. ",
           "Je reste joignable au {x} ou par courriel : {y}.\n\nCordialement,\n"),
    "es": ("A quien corresponda:\n\n", "Recomiendo a {N}, que trabajó {k} años en {c} como {r}. ",
           "Pueden contactarme en {x} o {y}.\n\nAtentamente,\n"),
    "pt": ("A quem possa interessar,\n\n", "Recomendo {N}, que trabalhou {k} anos na {c} como {r}. ",
           "Contato: {x} / {y}.\n\nAtenciosamente,\n"),
    "it": ("Alla cortese attenzione,\n\n", "Raccomando {N}, che ha lavorato {k} anni in {c} come {r}. ",
           "Resto a disposizione al {x} o via e-mail {y}.\n\nCordiali saluti,\n"),
}


def gen_reference(g, lang):
    L = lang if lang in REF else "en"
    w = W(g, L)
    r = g.r
    cand, ref = g.members_distinct(2, lang)
    head, body, close = REF[L]
    w.a(g.date(), "\n\n", head)
    w.f(body, N=g.full(cand), c=g.ch(COMPANIES)[0], k=str(r.randrange(2, 9)), r=g.ch(ROLES))
    if L == "en":
        w.a(*g.poss(cand, first=True), " work on our ", g.ch(["billing migration", "data platform", "EU launch"]),
            " was outstanding. ")
        if r.random() < 0.35:
            w.a("(For the background check you asked for: SSN ", g.ssn(), ", confirmed with the candidate.) ")
    if r.random() < 0.3:
        w.a("As ", g.famous(), " puts it, great people make others better. ")
    w.f(close, x=g.phone(w.country(ref.lang)), y=g.email(ref, wrap=False))
    w.a(g.full(ref), "\n", g.ch(ROLES), ", ", g.ch(COMPANIES)[0], "\n", g.profile_url(ref, "li"), "\n")
    if r.random() < 0.3:
        w.a("Ref. ", g.ticket(), "\n")
    return w.b, L


QUOTES = [("„", "“"), ("“", "”"), ("«\u00a0", "\u00a0»"), ("«", "»"), ("「", "」"), ("\"", "\""), ("‘", "’"), ("‹", "›"), ("『", "』")]


def gen_testimonial(g, lang):
    w = W(g, lang)
    r = g.r
    w.t(g.ch(["⭐⭐⭐⭐⭐ What our customers say\n\n", "Testimonials\n\n", "Kind words 💬\n\n"]))
    for _ in range(r.randrange(2, 5)):
        who, about = g.members_distinct(2, lang)
        q1, q2 = g.ch(QUOTES)
        k = r.randrange(4)
        w.t(q1)
        if k == 0:
            w.a("Working with ", g.full(about), " was the best decision we made this year", g.ch([".", "!"]))
        elif k == 1:
            w.a(g.ch(["They migrated 40k users in a weekend", "Our churn dropped by a third", "Support answered at 2am"]), ".")
        elif k == 2:
            w.a(*g.poss(about), " team delivered on time and under budget (", g.price(), ")!")
        else:
            w.a("Better than ", *g.company_neg(), ", honestly.")
        w.a(q2, " — ", g.full(who), ", ", g.ch(["CTO", "Founder", "Head of Ops", "COO"]), " at ", g.ch(COMPANIES)[0])
        if r.random() < 0.4:
            w.a(" (", g.handle(who) if r.random() < 0.5 else g.profile_url(who, g.ch(["x", "li", "bsky"])), ")")
        w.t("\n\n")
    w.a(g.ch(["Want results like these? Book a demo: ", "Demo: "]), g.url_neg("form_url"))
    return w.b


def gen_relocation(g, lang):
    w = W(g, lang, noise=0.2)
    r = g.r
    op = g.member(lang)
    w.a(g.full(op), "\n")
    w.ph("moving", lang, p=w.city() if r.random() < 0.6 else g.place_neg(), d=g.date())
    w.a(" ", g.ch(["Found a flat but the landlord wants the deposit (", "Landlord asks for a deposit ("]), g.price(),
        ") before the viewing, to IBAN ", g.iban(), ". Legit?? Contact: ", g.phone(w.country(lang)), "\n")
    for x in g.members_distinct(r.randrange(2, 6), lang):
        w.a("\n↳ ", g.full(x, noisy=True), ": ")
        k = r.randrange(7)
        if k == 0:
            w.ph("hi", g.ch([lang, "en"]), n=g.greet(op)).a(" that's a classic scam, never pay before viewing. Report: ", g.url_neg("form_url"))
        elif k == 1:
            w.a("my friend ", g.full(g.member(lang)), " rents out a room, ", g.phone(w.country(lang)))
        elif k == 2:
            w.a("We moved from ", *g.place_neg(), " last year, happy to chat: ", g.profile_url(x, "calendly"))
        elif k == 3:
            w.a("Check the official guide ", g.url_neg("docs_url"), " first")
        elif k == 4:
            w.a("rent is ~", g.price(), " now, insane 😩 I paid the agency fee by card (", g.cc(), ") and never saw them again")
        elif k == 5:
            w.a("DM me or mail ", g.email(x, obf_lang=lang if r.random() < 0.6 else "en"))
        else:
            w.a(g.handle(g.member(lang)), " moved there in ", g.date(), ", ask her")
    w.a("\n\n", g.full(op), ": ")
    w.ph("thanks", lang, n=g.greet(g.member(lang))).t(" " + g.ch(["Will report back.", "🙏", "lifesaver!"]))
    return w.b


def gen_pitch(g, lang):
    w = W(g, lang)
    r = g.r
    name = g.ch(["Cartly", "Voltwise", "MediQueue", "Farmlink", "Ledgerly", "Tidepool AI", "Kiraku"])
    dom = name.lower().replace(" ", "") + g.ch([".io", ".ai", ".app", ".co"])
    f1, f2 = g.members_distinct(2, lang)
    w.a("🚀 ", g.ch(["We're live on Product Hunt!", "We just closed our pre-seed!", "Launching today:"]), " ", name, " — ",
        g.ch(["scheduling for clinics", "B2B payments for SMEs in LATAM", "carbon accounting for logistics", "AI bookkeeping"]), "\n\n")
    w.a("We raised ", g.price(), " from ", g.ch(["angels", "Seedcamp", "Antler", "friends & family"]), ". ")
    w.a("Founders: ", g.full(f1), " (CEO, ", g.profile_url(f1, g.ch(["x", "li"])), ") & ", g.full(f2), " (CTO, ",
        g.profile_url(f2, "gh"), ").\n\n")
    w.a("📩 ", G(g.role_email(dom), "EMAIL"), " · ☎️ ", g.phone(w.country(f1.lang)), "\n")
    w.a("Deck: ", g.url_neg("form_url"), " · Jobs: ", g.url_neg("careers_page"), "\n")
    if r.random() < 0.5:
        w.a("Patent pending (", g.patent(), ").\n")
    if r.random() < 0.5:
        w.a("Also on LinkedIn: ", g.url_neg("company_page"), "\n")
    w.a("\n", g.ch(["Huge thanks to ", "Shout-out to "]), g.handle(g.member(lang)), " and ", g.full(g.member(lang)), " ", g.ch(EMOJI))
    return w.b


TENDER = {
    "en": ("TENDER NOTICE", "Ref.", "Submission deadline", "Contact person", "Bank details for the bid bond", "Documents"),
    "fr": ("AVIS D'APPEL D'OFFRES", "Réf.", "Date limite de dépôt", "Personne de contact", "Coordonnées bancaires (caution)", "Dossier"),
    "es": ("ANUNCIO DE LICITACIÓN", "Expediente", "Plazo de presentación", "Persona de contacto", "Datos bancarios (garantía)", "Pliegos"),
    "pt": ("AVISO DE LICITAÇÃO", "Processo", "Prazo de entrega", "Contato", "Dados bancários (caução)", "Edital"),
    "ar": ("إعلان مناقصة", "رقم", "آخر موعد للتقديم", "جهة الاتصال", "البيانات المصرفية", "الوثائق"),
    "de": ("AUSSCHREIBUNG", "Az.", "Angebotsfrist", "Ansprechperson", "Bankverbindung (Bietersicherheit)", "Unterlagen"),
}


def gen_tender(g, lang):
    L = lang if lang in TENDER else g.ch(list(TENDER))
    w = W(g, L)
    r = g.r
    T = TENDER[L]
    org = g.ch(["Ministry of Digital Affairs", "Sahel Water Initiative", "Municipality of Braga", "UNDP Country Office",
                "Red Cross Regional Hub", "Agencia de Innovación"])
    odom = g.ch(["sahelwater.org", "cm-braga.pt", "digital-affairs.gov.ng", "redcross-hub.ch", "innovacion.gob.es"])
    w.a("📢 ", T[0], " — ", org, "\n", T[1], " ", g.ticket(), "\n\n")
    w.a(g.ch(["Supply of ", "Provision of ", "Framework agreement for "]),
        g.ch(["200 laptops", "cloud hosting services", "solar pumps", "translation services"]), ". ")
    w.a("Budget: ", g.price(), ".\n", T[2], ": ", g.date(), ", ", g.time(), ".\n")
    c = g.member(lang)
    w.a(T[3], ": ", g.full(c), ", ", g.phone(), ", ", G(g.role_email(odom), "EMAIL"), "\n")
    w.a(T[4], ": IBAN ", g.iban(g.ch(["FR", "ES", "PT", "DE", "CH", "SA", "AE", "BE", "IT", "NL"])), "\n")
    w.a(T[5], ": ", g.url_neg(g.ch(["docs_url", "form_url"])), "\n")
    if r.random() < 0.4:
        w.a("Corrigendum ", g.date(), ": the IBAN in v1 (", g.iban_bad(), ") was wrong.\n")
    if r.random() < 0.3:
        w.a("Questions via ", g.ex_neg(), " will not be answered.\n")
    return w.b, L


def gen_translated(g, lang):
    r = g.r
    src = lang if lang != "en" else g.ch([l for l in LANGS if l != "en"])
    w = W(g, "en")
    m = g.member(src)
    o = g.member(src)
    items = [w.contact(m, src), g.handle(o)]
    names = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
             "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "id": "Indonesian", "vi": "Vietnamese", "ru": "Russian",
             "uk": "Ukrainian", "el": "Greek", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "bn": "Bengali",
             "ta": "Tamil", "th": "Thai", "ko": "Korean", "ja": "Japanese", "zh": "Chinese"}
    w.a("🌐 Translated from ", names[src], " · See original\n\n")
    k = r.randrange(3)
    cr = dict(c=g.ch(COMPANIES)[0], r=g.ch(ROLES))
    if k == 0:
        w.ph("newjob", "en", N=G(m.name, "PERSON"), **cr).a(" ").ph("reach", "en", x=items[0]).a(" (cc ", items[1], ")\n\n")
    elif k == 1:
        w.ph("hi", "en", n=G(m.greet, "PERSON")).a(" ").ph("call", "en", x=items[0]).a(" — ", items[1], "\n\n")
    else:
        w.ph("bday", "en", N=G(m.name, "PERSON")).a(" ", items[1], " ").ph("profile", "en", x=items[0]).t("\n\n")
    q1, q2 = g.ch(QUOTES)
    w.a("Original: ", q1)
    it0 = G(items[0].s, items[0].t) if isinstance(items[0], G) else items[0]
    if k == 0:
        w.ph("newjob", src, N=G(m.name, "PERSON"), **cr).a(sp(src)).ph("reach", src, x=it0).a(" (cc ", items[1], ")")
    elif k == 1:
        w.ph("hi", src, n=G(m.greet, "PERSON")).a(sp(src)).ph("call", src, x=it0).a(" — ", items[1])
    else:
        w.ph("bday", src, N=G(m.name, "PERSON")).a(" ", items[1], " ").ph("profile", src, x=it0)
    w.a(q2, "\n")
    return w.b, src


GENRES = [("chat_thread", gen_chat_thread, 9), ("recruiter_dm", gen_recruiter, 6), ("conf_qa", gen_conf_qa, 5),
          ("show_notes", gen_show_notes, 5), ("certificate", gen_certificate, 5), ("mentoring", gen_mentoring, 5),
          ("notifications", gen_notifications, 6), ("group_rules", gen_group_rules, 5), ("expense_chat", gen_expense_chat, 7),
          ("oss_issue", gen_oss_issue, 6), ("job_congrats", gen_job_congrats, 6), ("anniversary", gen_anniversary, 5),
          ("checkin", gen_checkin, 4), ("reference", gen_reference, 4), ("testimonial", gen_testimonial, 4),
          ("relocation", gen_relocation, 5), ("pitch", gen_pitch, 5), ("tender", gen_tender, 4),
          ("translated", gen_translated, 5)]


# --------------------------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------------------------

PROFILE_HOSTS = ("linkedin.com/in/", "github.com/", "x.com/", "twitter.com/", "medium.com/@", "bsky.app/profile/",
                 ".substack.com", "calendly.com/", "askfirst.example/u/")
EXAMPLE_RE = re.compile(r"(example\.(com|net|org)|\.example\b|\.test\b|\.invalid\b)", re.I)
OBF_AT = re.compile(r"(\[at\]|\(at\)|\{at\}|\[@\]|\(ät\)|\[arobase\]|\[arroba\]|\(arroba\)|\[chiocciola\]|"
                    r"\[apenstaartje\]|\[małpa\]|\[собака\]|＠|\(アット\)|#)")


def latin_alnum(ch):
    return ch.isalnum() and ord(ch) < 0x250


def tokens(s):
    out, i, n = [], 0, len(s)
    while i < n:
        if unicodedata.category(s[i])[0] in "LMN":
            j = i
            while j < n and unicodedata.category(s[j])[0] in "LMN":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def check_record(rec, ctx, errs):
    text = rec["text"]
    n = len(text)
    rid = rec["id"]
    spans = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
    negs = [(s["start"], s["end"], s["category"]) for s in rec["negatives"]]

    def err(msg):
        if len(errs) < 60:
            errs.append("%s: %s" % (rid, msg))
        else:
            errs.append(None)

    for s, e, t in spans + negs:
        if not (0 <= s < e <= n):
            err("span out of range %r" % ((s, e, t),))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err("overlapping gold %r %r" % (a, b))
    for s, e, c in negs:
        for gs, ge, gt in spans:
            if s < ge and gs < e:
                err("negative %s «%s» overlaps gold %s «%s»" % (c, text[s:e], gt, text[gs:ge]))
    for s, e, t in spans:
        v = text[s:e]
        if v != v.strip() or not v:
            err("untrimmed %s «%s»" % (t, v))
        if (s > 0 and latin_alnum(text[s - 1])) or (e < n and latin_alnum(text[e]) and t != "PERSON"):
            err("%s «%s» glued to Latin text" % (t, text[max(0, s - 3):e + 3]))
        if t == "PERSON" and e < n and latin_alnum(text[e]):
            err("PERSON «%s» glued" % text[s:e + 3])
        ok = True
        if t == "EMAIL":
            ok = (re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", v) is not None or
                  OBF_AT.search(v) is not None) and not EXAMPLE_RE.search(v)
        elif t == "PHONE":
            dg = re.sub(r"\D", "", v)
            ok = v.isascii() or "\u00a0" in v
            ok = ok and re.fullmatch(r"[+0-9() \-./\u00a0]+", v) is not None and 8 <= len(dg) <= 15 and v[-1].isdigit()
        elif t == "IPV4":
            ok = ip_global(v, 4)
        elif t == "IPV6":
            ok = ip_global(v, 6)
        elif t == "CREDIT_CARD":
            dg = re.sub(r"\D", "", v)
            ok = luhn_ok(dg) and (len(dg) == 16 and (dg[0] == "4" or 51 <= int(dg[:2]) <= 55 or 2221 <= int(dg[:4]) <= 2720
                                                     or dg[:4] == "6011" or dg[:2] == "65" or 644 <= int(dg[:3]) <= 649)
                                  or len(dg) == 15 and dg[:2] in ("34", "37"))
        elif t == "IBAN":
            ok = iban_ok(v)
        elif t == "US_SSN":
            ok = ssn_ok(v) and re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", v) is not None
        elif t == "URL":
            ok = any(h in v for h in PROFILE_HOSTS) and v[-1] not in ".,;:!?)" and \
                (not EXAMPLE_RE.search(v) or "askfirst.example/u/" in v)
        elif t == "HANDLE":
            ok = v.startswith("@") and v[1:].lower() in ctx["handles"]
        elif t == "PERSON":
            ok = fold(v) in ctx["full"] or fold(v) in ctx["greet"] or v in ctx["cjk"]
        if not ok:
            err("invalid gold %s «%s»" % (t, v))
    for s, e, c in negs:
        v = text[s:e]
        ok = True
        if c == "luhn_invalid":
            ok = not luhn_ok(re.sub(r"\D", "", v))
        elif c == "iban_bad_check":
            ok = not iban_ok(v)
        elif c == "ssn_invalid":
            ok = not ssn_ok(v)
        elif c.startswith("ip_"):
            vv = v.split("%")[0]
            try:
                a = ipaddress.ip_address(vv)
                ok = not a.is_global or a.is_reserved
            except ValueError:
                ok = False
        elif c == "example_domain":
            ok = EXAMPLE_RE.search(v) is not None and "askfirst.example/u/" not in v
        if not ok:
            err("invalid negative %s «%s»" % (c, v))

    def covered(s, e):
        for gs, ge, gt in spans:
            if gs <= s and e <= ge:
                return True
        for ns, ne, nc in negs:
            if ns < e and s < ne:
                return True
        return False

    ft = fold(text)
    toks = tokens(ft)
    full = ctx["full"]
    for i in range(len(toks)):
        for j in range(i + 1, min(i + 6, len(toks))):
            s, e = toks[i][0], toks[j][1]
            if e - s > 40:
                break
            if ft[s:e] in full and not covered(s, e):
                err("unlabelled member name «%s»" % text[s:e])
    if ctx["cjk_lens"]:
        for i, ch in enumerate(text):
            if ord(ch) >= 0x0e00:
                for L in ctx["cjk_lens"]:
                    sub = text[i:i + L]
                    if len(sub) == L and sub in ctx["cjk"] and not covered(i, i + L):
                        err("unlabelled CJK/Thai member name «%s»" % sub)
    for mo in re.finditer(r"@([A-Za-z0-9_]+)", text):
        if mo.group(1).lower() in ctx["handles"] and not covered(mo.start(), mo.end()):
            err("unlabelled member handle «%s»" % mo.group(0))


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-check", action="store_true", help="skip the self-check")
    a = ap.parse_args()
    if a.members < len(SPECIAL) + 100:
        ap.error("--members must be at least %d" % (len(SPECIAL) + 100))
    rng = random.Random("gen_blind22:%d" % a.seed)
    members = make_members(a.members, rng)
    g = Gen(rng, members)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle}, ensure_ascii=False) + "\n")
    names = [x[0] for x in GENRES]
    funcs = {x[0]: x[1] for x in GENRES}
    gw = [x[2] for x in GENRES]
    langs = list(LANG_WEIGHT)
    lw = [LANG_WEIGHT[l] for l in langs]
    recs = []
    for i in range(a.records):
        kind = rng.choices(names, gw)[0]
        lang = rng.choices(langs, lw)[0]
        res = funcs[kind](g, lang)
        if isinstance(res, tuple):
            b, lang = res
        else:
            b = res
        text = b.text()
        rec = {"id": "b22-%05d" % (i + 1), "lang": lang, "kind": kind, "text": text,
               "spans": [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.spans)],
               "negatives": [{"start": s, "end": e, "category": c} for s, e, c in sorted(b.negs)]}
        recs.append(rec)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # statistics
    types, cats, kinds, lset = {}, {}, {}, {}
    for rec in recs:
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
        lset[rec["lang"]] = lset.get(rec["lang"], 0) + 1
        for s in rec["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
        for s in rec["negatives"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
    print("records %d, members %d" % (len(recs), len(members)), file=sys.stderr)
    print("gold: " + ", ".join("%s %d" % kv for kv in sorted(types.items())), file=sys.stderr)
    print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())), file=sys.stderr)
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())), file=sys.stderr)
    print("langs: " + ", ".join("%s %d" % kv for kv in sorted(lset.items())), file=sys.stderr)
    if a.no_check:
        return
    ctx = {"handles": set(), "full": set(), "greet": set(), "cjk": set()}
    for m in members:
        ctx["handles"].add(m.handle.lower())
        if is_cjk(m.name) or re.search(r"[\u0e00-\u0e7f]", m.name):
            ctx["cjk"].add(m.name)
        ctx["full"].add(fold(m.name))
        ctx["greet"].add(fold(m.greet))
    ctx["cjk_lens"] = sorted({len(x) for x in ctx["cjk"]})
    errs = []
    for rec in recs:
        check_record(rec, ctx, errs)
    missing_types = [t for t in ("EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "HANDLE",
                                 "PERSON") if not types.get(t)]
    if missing_types and a.records >= 1000:
        errs.append("types never generated: %s" % missing_types)
    if errs:
        shown = [e for e in errs if e]
        for e in shown[:60]:
            print("SELF-CHECK: " + e, file=sys.stderr)
        print("SELF-CHECK FAILED: %d problems" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
