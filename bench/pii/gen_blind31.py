#!/usr/bin/env python3
"""gen_blind31.py - the 35th labelled PII test corpus: "is it a name?".

Written BLIND on 2026-11-30 from two sources only: issue 3 (the product's definition of personal
data, its "not this" column and the targets) and bench/pii/score.py (the label format and how it
is scored).  Nothing else in the repository was read, and no redactor was run on the output: it
is an independent test set that nobody tuned the engine on.

Theme: posts, comments, recommendations, congratulations, event recaps, job-change announcements
and profile "about" sections in which member names (PERSON) sit next to things that look like
names but are not personal data: companies named after people (Morgan Stanley, Ernst & Young,
Ford, Siemens, Philips, Hermès, ...), places named like people (Charlotte, NC; Austin, TX;
São Paulo; St. Louis; 豊田市), eponyms (Dijkstra's algorithm, Bayes' theorem, Parkinson's
disease), awards and buildings named after people (Turing Award, Fulbright scholarship, Carnegie
Hall), famous people who are not members, brands, and member first names that are ordinary
words (Will, Grace, Rose, Hope, May, Mark, Can, ...) used both as names and as words.  Names are
written as full names, first names in greetings and thanks, possessives (Anja's -> Anja),
@Full Name mentions (the @ outside the span), @handle mentions (HANDLE, @ inside), in English,
German, French, Spanish, Portuguese, Dutch, Polish, Turkish, Russian, Arabic, Hindi, Chinese,
Japanese and Korean.  A few EMAIL, PHONE, URL and HANDLE items give every such type some gold.

Labelling (a careful human reader's judgement, per issue 3): a member's name used as a name is
PERSON; the same word used as a word is a negative "word_not_name"; a company, place, eponym,
award, building, brand or famous non-member containing a name is a negative, even when a member
carries that name.  Links and addresses at documentation domains are negatives ("doc_domain"),
except the platform's profile path askfirst.example/u/<handle>, which is a URL span.

Interface:
  python3 bench/pii/gen_blind31.py --out DIR [--records 5000] [--members 100000] [--seed 1]
                                   [--selfcheck]
writes DIR/members.jsonl ({"user","name","handle"} per line, exactly --members lines) and
DIR/corpus.jsonl ({"id","kind","text","spans":[{start,end,type}],"negatives":[{start,end,
category}],"pii":[...same as spans...]}); offsets are Unicode code points, end-exclusive.  The
"pii" copy lets `score.py DIR/corpus.jsonl DIR/corpus.jsonl` check the gold against itself.
--selfcheck verifies spans are inside the text and do not overlap (nor overlap a negative),
every PERSON span is a member's full name, first name or surname, and the structured gold
passes its validator.  Deterministic for a seed; Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------------------------
# name pools: (first names, surnames, order) per culture; "native:roman" where the script is
# not Latin (the roman form only builds handles and e-mail local parts)

WORD_FIRSTS = ["Will", "Grace", "Rose", "Hope", "Joy", "Mark", "Bill", "May", "June", "Summer",
               "Faith", "Sky", "Hunter", "Chase", "Dean", "Amber", "Ivy", "Crystal", "Rich",
               "Can"]
PLACE_FIRSTS = ["Charlotte", "Austin", "Victoria", "Florence", "Jackson", "Lincoln", "Morgan",
                "Louis", "Santiago", "Paulo", "Mercedes", "Dallas", "Sydney", "Madison"]
EN_FIRSTS = ["Emma", "Olivia", "James", "Michael", "Sarah", "David", "Emily", "Daniel", "Laura",
             "Thomas", "Anna", "Rachel", "Nathan", "Megan", "Ryan", "Hannah", "Ethan", "Chloe",
             "Owen", "Priya", "Tariq", "Kofi", "Amara", "Liam", "Noah", "Zoe", "Isaac", "Leah"]
WORD_SURNAMES = ["Lee", "Long", "King", "Young", "Park", "Rich", "Page", "Hunter", "Chase",
                 "Dean", "Wang", "Gay"]
COMPANY_SURNAMES = ["Ford", "Dell", "Johnson", "Philips", "Hilton", "Boeing", "Marriott"]
EN_SURNAMES = ["Smith", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Harris",
               "Clark", "Lewis", "Robinson", "Wright", "Hall", "Green", "Baker", "Adams",
               "Mitchell", "Carter", "Turner", "Parker", "Collins", "Edwards", "Stewart",
               "Morris", "Murphy", "Cook", "Rogers", "Bennett", "Gray", "Hughes", "Price",
               "Foster", "Reed", "Sanders", "Ross", "Powell", "Sullivan", "Russell", "Ortiz",
               "Fisher", "Okafor", "Mensah", "Nguyen", "Khan"]

CULTURES = {
    "en": (EN_FIRSTS + WORD_FIRSTS + PLACE_FIRSTS, EN_SURNAMES + WORD_SURNAMES + COMPANY_SURNAMES,
           "fl"),
    "de": (["Anja", "Lukas", "Jonas", "Lena", "Mia", "Felix", "Katrin", "Jürgen", "Sabine", "Uwe",
            "Jörg", "Birgit"],
           ["Weber", "Müller", "Schmidt", "Schneider", "Fischer", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Bauer", "Richter", "Wolf", "Neumann", "Krüger", "Siemens"], "fl"),
    "fr": (["Camille", "Léa", "Chloé", "Manon", "Hugo", "Louis", "Jules", "Théo", "Élodie",
            "Margaux", "Benoît", "Hélène"],
           ["Martin", "Bernard", "Dubois", "Robert", "Petit", "Durand", "Leroy", "Moreau",
            "Lefèvre", "Girard", "Mercier", "Faure", "Gay"], "fl"),
    "es": (["Lucía", "Sofía", "Martina", "Alejandro", "Pablo", "Javier", "Carmen", "Mercedes",
            "Santiago", "Dolores", "Pilar", "Iñigo"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno", "Álvarez"], "fl"),
    "pt": (["João", "Maria", "Ana", "Pedro", "Luíza", "Gabriel", "Beatriz", "Tiago", "Paulo",
            "Conceição"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
            "Nascimento", "Carvalho"], "fl"),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Femke", "Jeroen", "Anouk", "Thijs"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "Philips"], "fl"),
    "pl": (["Anna", "Katarzyna", "Piotr", "Tomasz", "Agnieszka", "Marek", "Magdalena", "Paweł"],
           ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski",
            "Zieliński", "Szymańska"], "fl"),
    "tr": (["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Fatma", "Can", "Deniz"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Koç",
            "Arslan"], "fl"),
    "ru": (["Анна:anna", "Мария:maria", "Ольга:olga", "Елена:elena", "Иван:ivan",
            "Дмитрий:dmitry", "Сергей:sergey", "Алексей:alexey"],
           ["Смирнова:smirnova", "Иванова:ivanova", "Кузнецова:kuznetsova", "Попова:popova",
            "Смирнов:smirnov", "Иванов:ivanov", "Кузнецов:kuznetsov", "Попов:popov"], "fl"),
    "ar": (["أحمد:ahmed", "محمد:mohamed", "فاطمة:fatima", "ليلى:layla", "يوسف:youssef",
            "مريم:maryam", "عمر:omar"],
           ["الحسن:alhassan", "العلي:alali", "الخطيب:alkhatib", "حداد:haddad", "منصور:mansour",
            "الشامي:alshami"], "fl"),
    "hi": (["राहुल:rahul", "प्रिया:priya", "अमित:amit", "अंजलि:anjali", "विकास:vikas",
            "पूजा:pooja"],
           ["शर्मा:sharma", "वर्मा:verma", "गुप्ता:gupta", "पटेल:patel", "सिंह:singh",
            "जोशी:joshi"], "fl"),
    "zh": (["伟:wei", "芳:fang", "娜:na", "秀英:xiuying", "敏:min", "静:jing", "强:qiang", "磊:lei",
            "洋:yang", "婷:ting", "杰:jie"],
           ["王:wang", "李:li", "张:zhang", "刘:liu", "陈:chen", "杨:yang", "黄:huang", "赵:zhao",
            "吴:wu", "周:zhou"], "lf"),
    "ja": (["翔太:shota", "陽菜:hina", "結衣:yui", "蓮:ren", "大翔:hiroto", "美咲:misaki",
            "健太:kenta", "さくら:sakura"],
           ["佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka", "伊藤:ito",
            "渡辺:watanabe", "山本:yamamoto", "中村:nakamura", "本田:honda", "豊田:toyoda"], "lf "),
    "ko": (["민준:minjun", "서연:seoyeon", "지훈:jihoon", "하은:haeun", "도윤:doyun", "수빈:subin",
            "지우:jiwoo"],
           ["김:kim", "이:lee", "박:park", "최:choi", "정:jung", "강:kang", "윤:yoon"], "lf"),
}
CULTURE_WEIGHTS = {"en": 40, "de": 6, "fr": 6, "es": 6, "pt": 5, "nl": 4, "pl": 4, "tr": 4,
                   "ru": 4, "ar": 4, "hi": 4, "zh": 5, "ja": 4, "ko": 4}

# ---------------------------------------------------------------------------------------------
# hard negatives

COMPANIES = ["Morgan Stanley", "Johnson & Johnson", "Ernst & Young", "Ford", "Dell", "Siemens",
             "Philips", "Toyota", "Louis Vuitton", "Hermès", "JPMorgan Chase", "Goldman Sachs",
             "McKinsey", "Deloitte", "Porsche", "Boeing", "Hewlett-Packard", "Procter & Gamble",
             "Walt Disney", "Marriott", "Hilton", "Bosch", "Wells Fargo", "Charles Schwab",
             "Merrill Lynch", "Lazard", "Rothschild & Co"]
PLACES = ["Charlotte, NC", "Austin, TX", "Victoria, BC", "Florence", "Santiago", "São Paulo",
          "Jackson, MS", "Lincoln, NE", "St. Louis", "Washington, DC", "Houston", "Dallas",
          "Sydney", "Madison, WI", "San Francisco", "Alexandria", "Elizabeth, NJ", "Eugene, OR",
          "Tyler, TX", "Kingston", "Vancouver", "Bogotá"]
EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "Gaussian processes", "Parkinson's disease",
           "the Fibonacci sequence", "Hodgkin lymphoma", "Alzheimer's research", "Newton's method",
           "Markov chains", "a Kalman filter", "Euler's formula", "the Pareto principle",
           "Boolean logic", "Murphy's law", "Occam's razor", "the Turing test",
           "Hamming distance", "Levenshtein distance", "the Fourier transform",
           "Poisson regression", "a Venn diagram", "a Gantt chart", "Gay-Lussac's law"]
AWARDS = ["Nobel Prize", "Fulbright scholarship", "Turing Award", "Pulitzer Prize",
          "Rhodes Scholarship", "Fields Medal", "Marie Curie fellowship", "Humboldt fellowship",
          "Gordon Bell Prize", "Darwin Medal"]
BUILDINGS = ["Carnegie Hall", "Rockefeller Center", "Lincoln Center", "the Kennedy Center",
             "the Guggenheim Museum", "Johns Hopkins University", "Stanford University",
             "the Royal Albert Hall", "the Getty Center", "Charles de Gaulle airport"]
FAMOUS = ["Grace Hopper", "Ada Lovelace", "Alan Turing", "Marie Curie", "Albert Einstein",
          "Steve Jobs", "Henry Ford", "Michael Dell", "Bill Gates", "Larry Page",
          "Nelson Mandela", "Frida Kahlo", "Abraham Lincoln", "Winston Churchill",
          "Florence Nightingale", "Martin Luther King Jr.", "Rosa Parks", "Jane Austen",
          "Isaac Newton", "Coco Chanel", "Peter Drucker", "Warren Buffett", "Simone de Beauvoir"]
BRANDS = ["Ben & Jerry's", "Burger King", "McDonald's", "Tesla", "Chanel", "Dior", "Gucci",
          "Levi's", "Heinz", "Cadbury", "Johnnie Walker", "Mercedes-Benz", "Ralph Lauren",
          "Calvin Klein", "Tommy Hilfiger", "Wendy's"]

# members whose name collides with a company / place / brand: name part -> (category, text,
# verb phrase that makes the reading unambiguous)
COLLIDE_FIRST = {
    "Charlotte": ("place", "Charlotte, NC"), "Austin": ("place", "Austin, TX"),
    "Victoria": ("place", "Victoria, BC"), "Florence": ("place", "Florence, Italy"),
    "Jackson": ("place", "Jackson, MS"), "Lincoln": ("place", "Lincoln, NE"),
    "Louis": ("place", "St. Louis"), "Santiago": ("place", "Santiago de Chile"),
    "Paulo": ("place", "São Paulo"), "Dallas": ("place", "Dallas, TX"),
    "Sydney": ("place", "Sydney, Australia"), "Madison": ("place", "Madison, WI"),
    "Morgan": ("company_eponym", "Morgan Stanley"), "Mercedes": ("brand", "Mercedes-Benz"),
}
COLLIDE_LAST = {
    "Ford": ("company_eponym", "Ford"), "Dell": ("company_eponym", "Dell"),
    "Johnson": ("company_eponym", "Johnson & Johnson"), "Philips": ("company_eponym", "Philips"),
    "Hilton": ("company_eponym", "Hilton"), "Boeing": ("company_eponym", "Boeing"),
    "Marriott": ("company_eponym", "Marriott"), "Young": ("company_eponym", "Ernst & Young"),
    "Chase": ("company_eponym", "JPMorgan Chase"), "King": ("brand", "Burger King"),
    "Siemens": ("company_eponym", "Siemens"), "Koç": ("company_eponym", "Koç Holding"),
}
CURATED = ["Charlotte Ford", "Austin Young", "Victoria Chase", "Florence King", "Jackson Lee",
           "Lincoln Dell", "Louis Martin", "Santiago López", "Paulo Santos", "Mercedes García",
           "Morgan Hilton", "Dallas Young", "Sydney Ford", "Madison Chase", "Will Young",
           "Grace Park", "Rose Long", "Hope King", "Joy Wang", "Mark Rich", "Bill Page",
           "May Lee", "June Park", "Summer Young", "Faith Hunter", "Sky Dean", "Hunter Long",
           "Chase King", "Dean Young", "Amber Ford", "Ivy Chase", "Crystal Page", "Rich Dean",
           "Can Koç", "Femke Philips", "Jonas Siemens", "Camille Gay", "Grace Johnson",
           "Will Marriott", "Hope Boeing"]

# ordinary-word uses of the word first names (<w:...> marks the word)
WORD_USES = {
    "Will": ["I <w:will> send the deck tonight.", "<w:Will> you join the call on Friday?",
             "We <w:will> ship the beta next week."],
    "Grace": ["We got a two-week <w:grace> period on the invoice.",
              "She handled the outage with real <w:grace>.",
              "By the <w:grace> of a good backup, nothing was lost."],
    "Rose": ["Revenue <w:rose> 12% this quarter.", "Attendance <w:rose> sharply after lunch.",
             "The new office has a <w:rose> garden on the roof."],
    "Hope": ["<w:Hope> you had a good weekend.", "I <w:hope> the launch goes well.",
             "There is still <w:hope> for the Q3 roadmap."],
    "Joy": ["It was a <w:joy> to build this together.", "Pure <w:joy> to see the demo work."],
    "Mark": ["<w:Mark> your calendars for the 12th.", "The pitch hit the <w:mark>.",
             "We passed the halfway <w:mark> today."],
    "Bill": ["The client paid the <w:bill> on time.", "Dinner was great and we split the <w:bill>."],
    "May": ["The conference is in <w:May>.", "This <w:may> take a few days.",
            "<w:May> I suggest a quick sync?"],
    "June": ["We launch in <w:June>.", "Applications close at the end of <w:June>."],
    "Summer": ["Our <w:summer> internship is open.", "See you after the <w:summer> break."],
    "Faith": ["We negotiated in good <w:faith>.", "Thanks for the leap of <w:faith>."],
    "Sky": ["The <w:sky> is the limit for this team.", "Clear <w:sky> for the rooftop meetup."],
    "Hunter": ["I am a bargain <w:hunter> at heart.", "Our talent <w:hunter> found great people."],
    "Chase": ["No need to <w:chase> the invoice.", "Let's cut to the <w:chase>."],
    "Dean": ["The <w:dean> of the faculty opened the ceremony."],
    "Amber": ["The build status is <w:amber> again.", "The traffic light turned <w:amber>."],
    "Ivy": ["The old campus is covered in <w:ivy>."],
    "Crystal": ["The brief was <w:crystal> clear."],
    "Rich": ["The dashboard has <w:rich> filters now.", "It was a <w:rich> discussion."],
    "Can": ["We <w:can> ship on Monday.", "<w:Can> you review the draft?"],
}
# the word next to the very member it names (rendered through {X})
WITH_NAME = {
    "Will": "{N} <w:will> present the roadmap on Friday.",
    "May": "{N} <w:may> join us later, so save a seat for {F}.",
    "Rose": "{N}'s team <w:rose> to the challenge. Thanks, {F}!",
    "Can": "{N} <w:can> help with the migration; ask {F} directly.",
    "Mark": "{N} set a new <w:mark> for the team. Congrats {F}!",
    "Hope": "{N} gave us <w:hope> when the deal stalled. Thank you, {F}!",
    "Grace": "{N} presented with <w:grace> under pressure. Bravo {F}!",
    "Joy": "Working with {N} is a <w:joy>. Thanks, {F}!",
    "Bill": "{N} paid the <w:bill> for the whole team. Thanks, {F}!",
    "Faith": "{N} kept the <w:faith> through three pivots. Respect, {F}.",
}
SURNAME_USES = {
    "Young": "We are a <w:young> team.", "Long": "It was a <w:long> week.",
    "King": "Cash is <w:king> in this market.", "Park": "Let's <w:park> that idea for now.",
    "Page": "The landing <w:page> is live.", "Rich": "The report is <w:rich> in detail.",
    "Hunter": "He is a born deal <w:hunter>.", "Chase": "Stop the paper <w:chase>.",
    "Dean": "The <w:dean> signed the diplomas.",
}

# ---------------------------------------------------------------------------------------------
# templates: {N} full name, {F} first name, {L} surname, {AN} @Full Name, {H} @handle, {E}
# e-mail, {U} profile URL, {PH} phone (suffix 1/2 = second/third member); {CO} {PL} {EP} {AW}
# {BL} {FA} {BR} random negatives; {DOC} doc-domain link, {CP} company page; {CX} the
# collision negative of member 0; {W} a word use of member 0's first name; {WL} a word use of
# member 0's surname; <category:text> a literal negative.

T = {
    "job_change": [
        "Some news: after six years at {CO} I am joining {CO} in {PL}. Thank you {AN1} and {AN2} for the references!",
        "{N} has started a new position as Head of Data at {CO}. The team in {PL} is lucky to have you, {F}!",
        "Personal update from {N}: I left {CO} and moved to {PL} to build tools around {EP}.",
        "Happy to share that {N} joins us from {CO}. {F}'s work on {EP} won a {AW} nomination last year.",
        "{F1} here. Big week: new role at {CO}, new city ({PL}), same love for {EP}.",
    ],
    "congrats": [
        "Congrats {F}! From {CO} to {CO} in one year is impressive.",
        "Congratulations, {F}! Well deserved. {FA} would have loved your talk on {EP}.",
        "Huge congrats {F} on the {AW}! Drinks at {BR} on me when you are back in {PL}.",
        "Thanks, {F}! And thank you {F1} for the intro to the folks at {CO}.",
        "Well done {N}! The whole office in {PL} is cheering. {F1}, {F2}: cake is on the 5th floor.",
        "Bravo {F}! Next stop: {BL}.",
    ],
    "recommendation": [
        "I worked with {N} at {CO} for three years. {F}'s grasp of {EP} is rare, and {F} explains it better than any textbook.",
        "Thank you, Dr. {L}, for supervising my thesis on {EP} at {BL}.",
        "Prof. {L} from our {PL} office is the best mentor I had at {CO}.",
        "{N} managed our {PL} office. Calm under pressure; I would hire {F} again tomorrow.",
        "I recommend {N} without reservation. We met at {BL}, and {F} later led our move to {EP}.",
        "{F} reported to me at {CO}. Think {FA}, but with better slide decks. Ask {N1} about {F}'s launch in {PL}.",
    ],
    "event_recap": [
        "Great panel at {BL} with {AN} and {AN1}. We argued about {EP} and quoted {FA} twice.",
        "Recap of the {PL} meetup: {N} opened with {EP}, {H2} ran the workshop, {N1} closed with a story about {FA}.",
        "Thanks to everyone who came to {BL}! Special thanks to {AN} for the keynote and {H1} for the photos.",
        "Day two in {PL}: {N} and {N1} won the hackathon with {EP}. Tickets for next year: {DOC}",
        "Our {CO} alumni dinner in {PL}: {F}, {F1} and {F2}, thank you for organising!",
    ],
    "about": [
        "About: I'm {N}, a data engineer based in {PL}. Formerly at {CO}. {AW} alumna. Profile: {U}",
        "About me: {N}. I help teams at companies like {CO} and {CO} apply {EP}. Reach me at {E}.",
        "{N} | Strategy | ex-{CO} | {AW} | based in {PL} | {U}",
        "Hi, I'm {F}! Product designer. Big fan of {FA} and of {BR}. Contact: {E}",
    ],
    "famous": [
        "{FA} once said that planning is everything. {N} proved it at {CO} this quarter.",
        "Reading about {FA} this weekend. {F}, you recommended it, thank you!",
        "As {FA} put it, simplicity wins. Congrats {N} on shipping {EP} into production.",
        "{N} reminds me of {FA}: curious, patient, and always asking why.",
    ],
    "contact": [
        "Please reach out to {N} at {E} or call {PH}. Company page: {CP}",
        "Contact {F}: {E}, {PH}, or message {H}. Our docs live at {DOC}",
        "New profile link for {N}: {U} (the old one at {DOC} is gone).",
        "Recruiters, ping {H} or write to {E}. Not {DOC}, please.",
        "{N} | {PH} | {E} | {U}",
    ],
    "word_name": [
        "Hi {F}! {W} Thanks!",
        "{W} Thanks again, {F}!",
        "Hey {F}! {W} Cheers, {N1}",
        "{W} Congrats {F}, you earned it.",
        "Thank you, {F}. {W}",
        "@{N} {W}",
        "Loved {F}'s demo today. {W}",
    ],
    "word_with_name": ["{X}"],
    "word_surname": [
        "Great talk by {N}. {WL}",
        "{WL} Shout-out to {N} for pushing us.",
        "Congrats {N}! {WL}",
    ],
    "collision_place": [
        "Welcome {N}! {F} is moving to {CX} next month.",
        "{N} flew in from {CX} for the offsite. Thanks, {F}!",
        "Quick intro: {N}, based in {CX}. {F}, meet {N1}.",
    ],
    "collision_company": [
        "{N} just joined {CX}. Congrats, {F}!",
        "Before {CX}, {N} built payment systems in {PL}.",
        "Fun fact: {N} has never worked at {CX}, despite the name. Thanks for the laugh, {F}!",
    ],
    "collision_brand": [
        "{N} brought {CX} merch to the offsite. Thanks, {F}!",
        "Team lunch at {CX}, organised by {N}.",
    ],
}

I18N = {
    "de": [
        "Herzlichen Glückwunsch, {F}! Der Wechsel von <company_eponym:Siemens> zu <company_eponym:Porsche> ist mutig.",
        "Danke an {N} für den Vortrag über <eponym:den Dijkstra-Algorithmus>. Ein Abend wie an der <building:Humboldt-Universität>!",
        "{N} arbeitet jetzt bei <company_eponym:Bosch> in Stuttgart. Viel Erfolg, {F}!",
        "Tolles Treffen in der <place:Bismarckstraße> mit {AN} und {H1}.",
    ],
    "fr": [
        "Bravo {F} ! Passer de <company_eponym:Louis Vuitton> à <company_eponym:Hermès>, quel parcours.",
        "Merci {N} pour la présentation sur <eponym:la loi de Gay-Lussac>, digne d'un <award:prix Nobel>.",
        "{N} rejoint <company_eponym:Peugeot> à <place:Saint-Étienne>. Félicitations, {F} !",
        "Rencontre à l'<building:Institut Pasteur> avec {AN} et {H1}.",
    ],
    "es": [
        "¡Felicidades, {F}! Te mudas a <place:Santiago de Chile> para trabajar con <company_eponym:Mercedes-Benz>.",
        "Gracias a {N} por explicar <eponym:el teorema de Bayes> en el encuentro de <place:San Sebastián>.",
        "{N} ganó la beca <award:Fulbright>. ¡Enhorabuena, {F}!",
        "Charla en el <building:Museo Reina Sofía> con {AN} y {H1}.",
    ],
    "pt": [
        "Parabéns, {F}! Nova fase em <place:São Paulo>, depois de anos na <company_eponym:Philips>.",
        "Obrigado {N} pela palestra sobre <eponym:a sequência de Fibonacci>.",
        "{N} agora trabalha na <company_eponym:Odebrecht> em <place:Santa Catarina>. Boa sorte, {F}!",
        "Encontro no <building:Estádio Mané Garrincha> com {AN} e {H1}.",
    ],
    "nl": [
        "Gefeliciteerd, {F}! Van <company_eponym:Philips> naar <company_eponym:Heineken>, mooie stap.",
        "Dank aan {N} voor de uitleg van <eponym:het algoritme van Dijkstra>.",
        "{N} verhuist naar <place:Den Helder>. Succes, {F}!",
        "Borrel in het <building:Van Gogh Museum> met {AN} en {H1}.",
    ],
    "pl": [
        "Gratulacje, {F}! Stypendium <award:Fulbrighta> to wielka sprawa.",
        "Dzięki za wykład, {F}! Temat: <eponym:łańcuchy Markowa>, sala na <building:Uniwersytecie Jagiellońskim>.",
        "{N} dołącza do <company_eponym:Boscha> w <place:Wrocławiu>. Powodzenia, {F}!",
        "Spotkanie na <building:Lotnisku Chopina> z {AN} i {H1}.",
    ],
    "tr": [
        "Tebrikler {F}! <company_eponym:Koç Holding> çok şanslı.",
        "Teşekkürler {F}, <eponym:Bayes teoremi> sunumu harikaydı.",
        "{N} artık <building:Sabancı Üniversitesi>'nde. Başarılar {F}!",
        "<building:Atatürk Havalimanı>'nda {AN} ve {H1} ile buluştuk.",
    ],
    "ru": [
        "Поздравляю, {F}! Переезд в <place:Санкт-Петербург> — отличная новость.",
        "Спасибо, {F}, за доклад про <eponym:алгоритм Дейкстры>.",
        "Автор доклада: {N}. Тема: <award:Нобелевская премия> по экономике. Браво, {F}!",
        "Встреча в <building:Третьяковской галерее> с {AN} и {H1}.",
    ],
    "ar": [
        "مبروك يا {F}! الانتقال إلى <place:شارع الملك فهد> خطوة رائعة.",
        "شكراً {F} على المحاضرة عن <eponym:خوارزمية دايكسترا>.",
        "انضم {N} إلى الفريق بعد الفوز بـ<award:جائزة نوبل> للمسابقة الداخلية. تهانينا!",
        "لقاء في <building:مكتبة الملك عبدالعزيز> مع {AN} و {H1}.",
    ],
    "hi": [
        "बधाई हो, {F}! <company_eponym:टाटा मोटर्स> में नई भूमिका के लिए शुभकामनाएँ।",
        "धन्यवाद {N}, <eponym:बेज़ प्रमेय> पर शानदार सत्र के लिए।",
        "{N} अब <place:इंदिरा नगर> में हैं। शुभकामनाएँ, {F}!",
        "<building:नेहरू प्लेस> में {AN} और {H1} के साथ मुलाकात।",
    ],
    "zh": [
        "恭喜{N}加入<company_eponym:摩根士丹利>！",
        "感谢{N}在<place:中山路>的分享，讲解<eponym:贝叶斯定理>非常清楚。",
        "{N}获得了<award:诺贝尔奖>级别的好评，团队为你骄傲！联系：{E}",
        "今天和{N}、{N1}在<building:中山纪念堂>参加活动。",
    ],
    "ja": [
        "{N}さん、<company_eponym:本田技研工業>への転職おめでとうございます！",
        "{L}さんが<place:豊田市>に引っ越しました。お疲れさまでした。",
        "{N}さんの<eponym:ダイクストラ法>の発表、とても分かりやすかったです。",
        "<company_eponym:トヨタ自動車>の勉強会で{N}さんと{N1}さんに会いました。",
    ],
    "ko": [
        "{N}님, <company_eponym:현대자동차> 입사를 축하드려요!",
        "{N}님 덕분에 <eponym:베이즈 정리>를 이해했어요.",
        "{N}님이 <place:세종대로>로 이사했어요. 축하해요!",
        "<award:노벨상> 이야기로 시작한 {N}님의 발표가 최고였어요.",
    ],
}

KIND_WEIGHTS = [("job_change", 8), ("congrats", 10), ("recommendation", 7), ("event_recap", 8),
                ("about", 6), ("famous", 6), ("contact", 5), ("word_name", 16),
                ("word_surname", 5), ("collision", 12), ("i18n", 17)]

DOC = ["https://docs.example.com/events/2026", "tickets.example.org/meetup", "jobs@example.com",
       "https://example.net/brochure.pdf", "press@acme.test", "https://forms.example.com/rsvp",
       "help@support.invalid"]
CP = ["https://www.linkedin.com/company/siemens", "https://www.linkedin.com/company/morgan-stanley",
      "https://careers.philips.com/jobs", "https://www.dell.com/en-us/careers",
      "linkedin.com/company/ernst-young"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "web.de", "acme.io", "yahoo.fr",
                "mail.ru", "qq.com", "naver.com"]

# ---------------------------------------------------------------------------------------------


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "l").replace("ß", "ss")
    return re.sub(r"[^a-z]", "", s.lower())


def split_pool(item):
    if ":" in item:
        n, r = item.split(":", 1)
        return n, r
    return item, fold(item)


def norm_key(s):
    return re.sub(r"[^a-z ]", "", re.sub(r"[-&]", " ", fold_keep_space(s))).split()


def fold_keep_space(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


FORBIDDEN = set()
for _x in COMPANIES + BRANDS + FAMOUS + PLACES + BUILDINGS + AWARDS:
    FORBIDDEN.add(" ".join(norm_key(_x)))
    FORBIDDEN.add(" ".join(norm_key(_x.replace("Jr.", ""))))


class Member:
    __slots__ = ("uid", "first", "last", "name", "handle", "culture", "rfirst", "rlast")


def make_members(n, rng):
    cultures = list(CULTURE_WEIGHTS)
    weights = [CULTURE_WEIGHTS[c] for c in cultures]
    pools = {c: ([split_pool(x) for x in CULTURES[c][0]], [split_pool(x) for x in CULTURES[c][1]])
             for c in cultures}
    members = []
    handles = set()
    curated_pos = set(rng.sample(range(n), min(n, len(CURATED))))
    curated = iter(CURATED)
    for i in range(n):
        m = Member()
        m.uid = "u%d" % (i + 1)
        if i in curated_pos:
            nm = next(curated)
            first, last = nm.split(" ", 1)
            m.culture = "tr" if first == "Can" else ("nl" if last == "Philips" else
                                                     ("de" if last == "Siemens" else "en"))
            m.first, m.last, m.rfirst, m.rlast = first, last, fold(first), fold(last)
        else:
            c = rng.choices(cultures, weights)[0]
            fs, ls = pools[c]
            while True:
                (f, rf), (l, rl) = rng.choice(fs), rng.choice(ls)
                if c == "en" and rng.random() < 0.3:
                    # extra weight for the word and place first names and colliding surnames
                    f = rng.choice(WORD_FIRSTS + PLACE_FIRSTS)
                    rf = fold(f)
                if c == "ru" and (f in ("Анна", "Мария", "Ольга", "Елена")) != l.endswith("а"):
                    continue
                full = "%s %s" % (f, l)
                if " ".join(norm_key(full)) in FORBIDDEN:
                    continue
                break
            m.culture, m.first, m.last, m.rfirst, m.rlast = c, f, l, rf, rl
        order = CULTURES[m.culture][2]
        if order == "lf":
            m.name = m.last + m.first
        elif order == "lf ":
            m.name = m.last + " " + m.first
        else:
            m.name = m.first + " " + m.last
        base = (m.rfirst + m.rlast) if order == "fl" else (m.rlast + m.rfirst)
        h = base
        k = 1
        while h in handles or len(h) < 3:
            k += 1
            h = "%s%d" % (base, k) if rng.random() < 0.7 else "%s_%s%d" % (m.rfirst, m.rlast, k)
        handles.add(h)
        m.handle = h
        members.append(m)
    return members


class Rec:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.negs = []
        self.used = set()
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, s, typ):
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.t(s)

    def neg(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "category": cat})
        self.t(s)

    def text(self):
        return "".join(self.parts)


TOK = re.compile(r"\{([A-Z]+)(\d?)\}|<(\w+):([^>]*)>")


class Gen:
    def __init__(self, members, rng):
        self.m = members
        self.rng = rng
        self.by_culture = {}
        self.by_first = {}
        self.by_last = {}
        for x in members:
            self.by_culture.setdefault(x.culture, []).append(x)
            self.by_first.setdefault(x.first, []).append(x)
            self.by_last.setdefault(x.last, []).append(x)
        self.latin = [x for x in members if CULTURES[x.culture][2] == "fl"
                      and x.culture not in ("ru", "ar", "hi")]

    def pick(self, pool, avoid):
        for _ in range(50):
            x = self.rng.choice(pool)
            if x.first not in {a.first for a in avoid} and x.last not in {a.last for a in avoid}:
                return x
        return self.rng.choice(pool)

    def email(self, m):
        r = self.rng
        local = r.choice(["%s.%s" % (m.rfirst, m.rlast), "%s%s" % (m.rfirst[:1], m.rlast),
                          m.handle, "%s_%s" % (m.rfirst, m.rlast)])
        return "%s@%s" % (local, r.choice(MAIL_DOMAINS))

    def url(self, m):
        return self.rng.choice(["askfirst.example/u/%s", "https://askfirst.example/u/%s",
                                "https://www.linkedin.com/in/%s", "linkedin.com/in/%s",
                                "github.com/%s", "https://x.com/%s", "https://medium.com/@%s",
                                "https://bsky.app/profile/%s"]) % m.handle

    def phone(self):
        r = self.rng
        d = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        return r.choice([
            lambda: "+1 (%d%s) %d%s-%s" % (r.randint(2, 9), d(2), r.randint(2, 9), d(2), d(4)),
            lambda: "+44 20 %s %s" % (d(4), d(4)),
            lambda: "+49 30 %s" % d(8),
            lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
            lambda: "+55 11 9%s-%s" % (d(4), d(4)),
            lambda: "+91 98%s %s" % (d(3), d(5)),
            lambda: "+81 3-%s-%s" % (d(4), d(4)),
            lambda: "(0%d) %s %s" % (r.randint(2, 9), d(4), d(4)),
        ])()

    def distinct(self, rec, pool):
        """a negative not yet used in this record (two different companies, not Ford twice)"""
        for _ in range(20):
            x = self.rng.choice(pool)
            if x not in rec.used:
                break
        rec.used.add(x)
        return x

    def render(self, rec, tpl, ms, extra):
        pos = 0
        for mo in TOK.finditer(tpl):
            rec.t(tpl[pos:mo.start()])
            pos = mo.end()
            if mo.group(3):
                cat = mo.group(3)
                rec.neg(mo.group(4), "word_not_name" if cat == "w" else cat)
                continue
            key, idx = mo.group(1), int(mo.group(2) or 0)
            m = ms[idx] if idx < len(ms) else None
            r = self.rng
            if key == "N":
                rec.span(m.name, "PERSON")
            elif key == "F":
                rec.span(m.first, "PERSON")
            elif key == "L":
                rec.span(m.last, "PERSON")
            elif key == "AN":
                rec.t("@")
                rec.span(m.name, "PERSON")
            elif key == "H":
                rec.span("@" + m.handle, "HANDLE")
            elif key == "E":
                rec.span(self.email(m), "EMAIL")
            elif key == "U":
                rec.span(self.url(m), "URL")
            elif key == "PH":
                rec.span(self.phone(), "PHONE")
            elif key == "CO":
                rec.neg(self.distinct(rec, COMPANIES), "company_eponym")
            elif key == "PL":
                rec.neg(self.distinct(rec, PLACES), "place")
            elif key == "EP":
                rec.neg(self.distinct(rec, EPONYMS), "eponym")
            elif key == "AW":
                rec.neg(r.choice(AWARDS), "award")
            elif key == "BL":
                rec.neg(r.choice(BUILDINGS), "building")
            elif key == "FA":
                rec.neg(self.distinct(rec, FAMOUS), "famous_nonmember")
            elif key == "BR":
                rec.neg(r.choice(BRANDS), "brand")
            elif key == "DOC":
                rec.neg(r.choice(DOC), "doc_domain")
            elif key == "CP":
                rec.neg(r.choice(CP), "company_page")
            elif key in ("CX", "W", "WL", "X"):
                self.render(rec, extra[key], ms, extra)
            else:
                raise KeyError(key)
        rec.t(tpl[pos:])

    def record(self, i):
        r = self.rng
        kinds, w = zip(*KIND_WEIGHTS)
        kind = r.choices(kinds, w)[0]
        extra = {}
        ms = []
        sub = kind
        if kind == "word_name":
            first = r.choice([f for f in WORD_FIRSTS if f in self.by_first] or [None])
            if first is None:
                kind = sub = "congrats"
            else:
                ms = [r.choice(self.by_first[first])]
                extra["W"] = r.choice(WORD_USES[first])
                if first in WITH_NAME and r.random() < 0.3:
                    sub = "word_with_name"
                    extra["X"] = WITH_NAME[first]
        elif kind == "word_surname":
            last = r.choice([s for s in SURNAME_USES if s in self.by_last] or [None])
            if last is None:
                kind = sub = "congrats"
            else:
                ms = [r.choice(self.by_last[last])]
                extra["WL"] = SURNAME_USES[last]
        elif kind == "collision":
            opts = [("f", k) for k in COLLIDE_FIRST if k in self.by_first] + \
                   [("l", k) for k in COLLIDE_LAST if k in self.by_last]
            if not opts:
                kind = sub = "congrats"
            else:
                which, k = r.choice(opts)
                ms = [r.choice((self.by_first if which == "f" else self.by_last)[k])]
                cat, txt = (COLLIDE_FIRST if which == "f" else COLLIDE_LAST)[k]
                extra["CX"] = "<%s:%s>" % (cat, txt)
                sub = {"place": "collision_place", "company_eponym": "collision_company",
                       "brand": "collision_brand"}[cat]
        if kind == "i18n":
            langs = [c for c in I18N if c in self.by_culture] or list(self.by_culture)
            lang = r.choice(langs)
            tpl = r.choice(I18N.get(lang) or T["congrats"])
            pool = self.by_culture[lang]
            ms = [r.choice(pool)]
            kind = "i18n_" + lang
        else:
            tpl = r.choice(T[sub])
        while len(ms) < 3:
            pool = self.by_culture.get(ms[0].culture if ms and kind.startswith("i18n_") else "en")
            ms.append(self.pick(pool or self.latin or self.m, ms))
        rec = Rec()
        self.render(rec, tpl, ms, extra)
        text = rec.text()
        spans = sorted(rec.spans, key=lambda s: s["start"])
        return {"id": "b31-%05d" % (i + 1), "kind": kind, "text": text, "spans": spans,
                "negatives": rec.negs, "pii": spans}


# ---------------------------------------------------------------------------------------------
# validators for --selfcheck

RX = {
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
    "PHONE": re.compile(r"^\+?[0-9][0-9 ()./-]{6,20}[0-9]$|^\([0-9]+\)[0-9 ./-]+[0-9]$"),
    "URL": re.compile(r"^(https?://)?(www\.)?(askfirst\.example/u/[a-z0-9_]+|linkedin\.com/in/"
                      r"[a-z0-9_]+|github\.com/[a-z0-9_]+|x\.com/[a-z0-9_]+|medium\.com/@"
                      r"[a-z0-9_]+|bsky\.app/profile/[a-z0-9_]+)$"),
}
DOCDOM = re.compile(r"(example\.(com|org|net)|\.test|\.invalid)(/|$)")


def selfcheck(members, records):
    names = set()
    handles = set()
    for m in members:
        names.update([m.name, m.first, m.last])
        handles.add(m.handle)
    errors = 0
    for rec in records:
        t = rec["text"]
        n = len(t)
        prev = 0
        problems = []
        for s in rec["spans"]:
            a, b, typ = s["start"], s["end"], s["type"]
            if not (0 <= a < b <= n):
                problems.append("span out of range %r" % s)
                continue
            if a < prev:
                problems.append("overlapping spans at %d" % a)
            prev = b
            v = t[a:b]
            if v != v.strip():
                problems.append("span with outer space %r" % v)
            if typ == "PERSON" and v not in names:
                problems.append("PERSON %r is no member name" % v)
            elif typ == "HANDLE" and not (v.startswith("@") and v[1:] in handles):
                problems.append("HANDLE %r is no member handle" % v)
            elif typ in RX and not RX[typ].match(v):
                problems.append("%s %r fails its validator" % (typ, v))
            if typ == "PHONE" and not 8 <= sum(c.isdigit() for c in v) <= 15:
                problems.append("PHONE %r digit count" % v)
            if typ in ("EMAIL", "URL") and DOCDOM.search(v):
                problems.append("%s %r at a documentation domain" % (typ, v))
            if typ in ("EMAIL", "URL", "HANDLE") and a > 0 and t[a - 1].isalnum() \
                    and t[a - 1].isascii():
                problems.append("%s %r glued to Latin text" % (typ, v))
            if typ == "PERSON":
                before = t[a - 1] if a else " "
                after = t[b] if b < n else " "
                if (before.isalpha() and before.isascii()) or (after.isalpha() and after.isascii()):
                    problems.append("PERSON %r not on a word boundary" % v)
        for g in rec["negatives"]:
            a, b = g["start"], g["end"]
            if not (0 <= a < b <= n):
                problems.append("negative out of range %r" % g)
            if any(a < s["end"] and s["start"] < b for s in rec["spans"]):
                problems.append("negative %r overlaps a span" % t[a:b])
        if problems:
            errors += 1
            if errors <= 20:
                print("selfcheck %s: %s | %s" % (rec["id"], "; ".join(problems), t),
                      file=sys.stderr)
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    if a.members < 1:
        ap.error("--members must be at least 1")
    rng = random.Random(a.seed)
    members = make_members(a.members, rng)
    gen = Gen(members, random.Random(a.seed * 7919 + 31))
    records = [gen.record(i) for i in range(a.records)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in members:
            f.write(json.dumps({"user": m.uid, "name": m.name, "handle": m.handle},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.selfcheck:
        bad = selfcheck(members, records)
        counts = {}
        for rec in records:
            for s in rec["spans"]:
                counts[s["type"]] = counts.get(s["type"], 0) + 1
            for g in rec["negatives"]:
                k = "neg:" + g["category"]
                counts[k] = counts.get(k, 0) + 1
        print("selfcheck: %d records, %d with problems; %s" % (
            len(records), bad, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
        if bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
