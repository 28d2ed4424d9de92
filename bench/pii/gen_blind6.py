#!/usr/bin/env python3
"""gen_blind6.py - tenth labelled PII corpus, written blind from issue 3 alone on 2026-11-29.

Written without reading the engine, its tests, docs or the other bench generators: only the
issue text and the scorer's input format were consulted.  Covers posts, comments, headlines,
about sections, experience entries, recommendations, event announcements and job ads in 21
languages (en de fr es it nl pt pl tr ru el ar he hi zh ja ko th vi id sw), with PII glued to
CJK/Thai/Arabic/Hangul text without spaces and mixed-script records.  Positives: EMAIL (plain,
role, mailto:/<>-wrapped, obfuscated in several languages), PHONE (US/CA UK DE FR IN BR JP AU CN
ES IT NL NG + bare E.164; space, dash, dot, slash, NBSP, (0) separators, tel: and wrapping
parentheses outside), IPV4/IPV6 (global only; ports, cidr, brackets outside), CREDIT_CARD (Luhn,
Visa/MC/Amex/Discover), IBAN (mod-97, 17 countries), US_SSN, URL (profile links only), HANDLE
(@handle of members, span with @), PERSON (directory full names in any case / without
diacritics, @Full Name, possessives, first names in greetings and thanks, CJK names with
honorifics outside).  Hard negatives in 30 categories (dates, times, prices, order/ticket
numbers, ISBNs, versions, patents, non-global IPs, 4-part versions, Luhn/mod-97/SSN-invalid
numbers, non-profile URLs, mailto:, @ that is no handle, firms/places/eponyms named like
members, member first names used as ordinary words).

  gen_blind6.py --out DIR [--records N] [--members N] [--seed S] [--selfcheck]

Writes DIR/members.jsonl and DIR/corpus.jsonl.  Python 3 standard library only; deterministic.
"""
import argparse
import hashlib
import ipaddress
import json
import os
import random
import sys
import unicodedata

NBSP = "\u00a0"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def nfc(s):
    return unicodedata.normalize("NFC", s)


CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "yu", "ya"]))
GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o"]))


def latinise(s):
    out = []
    for c in s.lower():
        if c in CYR:
            out.append(CYR[c])
        elif c in GRK:
            out.append(GRK[c])
        else:
            out.append(c)
    s = strip_accents("".join(out)).replace("ł", "l").replace("ı", "i").replace("ø", "o")
    s = s.replace("đ", "d").replace("ß", "ss").replace("æ", "ae")
    return "".join(c for c in s if c.isascii() and c.isalnum())


# ---------------------------------------------------------------- names (culture, first, last)
WORD_FIRST = ["Will", "Grace", "Rose", "Hope", "Faith", "Mark", "Amber", "Sunny", "Frank",
              "Ernst", "Rosa", "Luz", "Paz", "Deniz", "Umut", "Imani", "Baraka", "Amani",
              "Indah", "Putri", "Bunga", "Dolores"]
PLACE_FIRST = ["Charlotte", "Florence", "Victoria", "Austin", "Madison", "Sydney", "Jackson",
               "Savannah", "Eugene", "Regina", "Paris", "Georgia", "Adelaide", "Lincoln",
               "Alexandria"]
EPONYM_LAST = ["Dijkstra", "Bézier", "Kalman", "Fourier", "Diesel", "Nobel", "Bayes", "Gauss",
               "Turing", "Hopper", "Lovelace", "Pulitzer", "Ferrari", "Porsche", "Philips",
               "Siemens", "Bosch", "Dell", "Ford", "Tesla", "Kellogg", "Boeing"]
FIRM_PEOPLE = ["Morgan Stanley", "Charles Schwab", "John Deere", "Hugo Boss", "Ted Baker",
               "Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Louis Vuitton", "Estée Lauder",
               "Dean Witter", "Paul Smith", "Karl Lagerfeld", "Walt Disney"]
LATIN = {
    "de": (["Anja", "Jürgen", "Lukas", "Mareike", "Sören", "Käthe", "Björn", "Henrike", "Till",
            "Wiebke", "Ernst", "Frank"],
           ["Weber", "Müller", "Schäfer", "Krüger", "Hoffmann", "Brandt", "Voß", "Köhler",
            "Lindemann", "Bosch", "Siemens"]),
    "fr": (["Étienne", "Chloé", "Héloïse", "Benoît", "Amélie", "Grégoire", "Océane", "Loïc",
            "Maëlle", "Rose"],
           ["Lefèvre", "Dubois", "Mercier", "Giraud", "Fontaine", "Rousseau", "Chevalier",
            "Bézier", "Fourier", "Garnier"]),
    "es": (["José", "María", "Íñigo", "Lucía", "Begoña", "Álvaro", "Nuria", "Sofía", "Luz", "Paz",
            "Dolores"],
           ["García", "Fernández", "Núñez", "Ibáñez", "Castaño", "Ortega", "Peña", "Gutiérrez",
            "Zubiría"]),
    "it": (["Giulia", "Lorenzo", "Niccolò", "Chiara", "Matteo", "Federica", "Gianluca"],
           ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marchetti", "Ferrari", "De Luca"]),
    "pt": (["João", "Thiago", "Luíza", "Gonçalo", "Fernanda", "Caio", "Letícia", "Rosa"],
           ["Conceição", "Araújo", "Gonçalves", "Magalhães", "Brandão", "Lima", "Pereira",
            "dos Santos"]),
    "nl": (["Sanne", "Joris", "Maarten", "Femke", "Daan", "Lieke", "Sjoerd"],
           ["de Vries", "van Dijk", "Bakker", "Jansen", "van den Berg", "Visser", "Dijkstra",
            "Philips"]),
    "pl": (["Łukasz", "Małgorzata", "Wojciech", "Zofia", "Paweł", "Agnieszka", "Grzegorz"],
           ["Kowalski", "Wiśniewska", "Wójcik", "Zieliński", "Szymańska", "Dąbrowski",
            "Krzyżanowski"]),
    "tr": (["Çağrı", "Şule", "Gökhan", "Elif", "Barış", "Zeynep", "Deniz", "Umut", "İlkay"],
           ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Doğan", "Kılıç", "Güneş"]),
    "nordic": (["Åsa", "Søren", "Ingrid", "Magnús", "Sigríður"],
               ["Ødegård", "Åberg", "Lindqvist", "Nobel", "Þórsdóttir"]),
    "en": (["Will", "Grace", "Rose", "Hope", "Faith", "Mark", "Amber", "Sunny", "Emily", "Liam",
            "Olivia", "Noah", "Siobhán", "Aoife", "Declan"] + PLACE_FIRST,
           ["Turner", "Bennett", "Hughes", "O'Connor", "Whitfield", "Ashworth", "Pemberton",
            "Carter", "Hopper", "Lovelace", "Ford", "Dell", "Kellogg", "Turing", "Boeing"]),
    "id": (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Indah", "Bayu", "Bunga"],
           ["Santoso", "Rahmawati", "Setiawan", "Lestari", "Pratama", "Wulandari", "Hidayat",
            "Nugroho"]),
    "ng": (["Chinedu", "Oluwaseun", "Ngozi", "Adebayo", "Funmilayo", "Emeka", "Chiamaka",
            "Babatunde"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Okonkwo", "Eze", "Adebisi", "Obi"]),
    "sw": (["Imani", "Baraka", "Amani", "Zawadi", "Juma", "Neema", "Wanjiru", "Otieno"],
           ["Mwangi", "Kamau", "Njoroge", "Wambui", "Mutua", "Achieng", "Odhiambo"]),
    "in": (["Rahul", "Priya", "Arjun", "Kavya", "Sanjay", "Deepika", "Harpreet"],
           ["Sharma", "Nair", "Reddy", "Iyer", "Mehta", "Chatterjee", "Kaur"]),
}
RU = (["Дмитрий", "Алексей", "Сергей", "Игорь", "Тарас"], ["Смирнов", "Кузнецов", "Попов", "Соколов", "Шевченко"],
      ["Ольга", "Наталья", "Екатерина", "Вера", "Надежда", "Любовь"], ["Смирнова", "Кузнецова", "Попова", "Соколова", "Шевченко"])
GR = (["Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Δημήτρης", "Κατερίνα"],
      ["Οικονόμου", "Γεωργίου", "Νικολάου", "Κωνσταντίνου", "Αλεξίου"])
PAIRS = {
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("يوسف", "youssef"), ("ليلى", "layla"),
            ("عمر", "omar"), ("نور", "nour"), ("خالد", "khaled"), ("سارة", "sara")],
           [("العلي", "alali"), ("الحسن", "alhassan"), ("منصور", "mansour"), ("حداد", "haddad"),
            ("الشمري", "alshammari"), ("عبد الله", "abdullah")], " "),
    "he": ([("נועה", "noa"), ("יוסי", "yossi"), ("תמר", "tamar"), ("אורי", "ori"),
            ("מיכל", "michal"), ("דניאל", "daniel")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"),
            ("ביטון", "biton"), ("אברהם", "avraham")], " "),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("सुनीता", "sunita"),
            ("विकास", "vikas"), ("अनन्या", "ananya")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"),
            ("पटेल", "patel"), ("जोशी", "joshi")], " "),
    "th": ([("สมชาย", "somchai"), ("สุภาพร", "supaporn"), ("ณัฐพล", "nattapon"),
            ("กมลวรรณ", "kamonwan"), ("ธนากร", "thanakorn"), ("พิมพ์ชนก", "pimchanok")],
           [("ศรีสวัสดิ์", "srisawat"), ("วงศ์ไทย", "wongthai"), ("รัตนพงศ์", "rattanapong"),
            ("จันทร์เพ็ญ", "chanpen"), ("สุขประเสริฐ", "sukprasert")], " "),
}
CJK = {  # family first, no space
    "zh": ([("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("周", "zhou"), ("欧阳", "ouyang"), ("诸葛", "zhuge")],
           [("子涵", "zihan"), ("浩然", "haoran"), ("雨桐", "yutong"), ("思远", "siyuan"),
            ("俊杰", "junjie"), ("梓萱", "zixuan"), ("嘉怡", "jiayi"), ("明轩", "mingxuan")]),
    "ja": ([("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
            ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura")],
           [("美咲", "misaki"), ("翔太", "shota"), ("陽菜", "hina"), ("大輔", "daisuke"),
            ("結衣", "yui"), ("健一", "kenichi"), ("さくら", "sakura"), ("蒼", "aoi")]),
    "ko": ([("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
            ("강", "kang"), ("윤", "yoon")],
           [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
            ("도윤", "doyun"), ("수아", "sua"), ("예린", "yerin")]),
}
VI = (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"], ["Văn", "Thị", "Minh", "Đức", "Ngọc"],
      ["Hoa", "Tuấn", "Linh", "Dũng", "Thảo", "Quang", "Hương"])
RESERVED_HANDLES = {"here", "channel", "everyone", "home", "work", "scale", "all", "team"}


def make_name(r):
    k = r.random()
    if k < 0.50:
        cul = r.choice(list(LATIN))
        f, l = LATIN[cul]
        first = r.choice(f)
        if r.random() < 0.04:
            first = r.choice(WORD_FIRST)
        last = r.choice(l)
        if r.random() < 0.03:
            last = r.choice(EPONYM_LAST)
        if r.random() < 0.08:
            first = first + "-" + r.choice(f) if cul in ("de", "fr") else first
        return ("latin", first, first + " " + last, latinise(first) + latinise(last))
    if k < 0.58:
        m = r.random() < 0.5
        first = r.choice(RU[0] if m else RU[2])
        last = r.choice(RU[1] if m else RU[3])
        return ("ru", first, first + " " + last, latinise(first) + latinise(last))
    if k < 0.62:
        first, last = r.choice(GR[0]), r.choice(GR[1])
        return ("el", first, first + " " + last, latinise(first) + latinise(last))
    if k < 0.74:
        c = r.choice(list(PAIRS))
        f, l, sp = PAIRS[c]
        a, b = r.choice(f), r.choice(l)
        return (c, a[0], a[0] + sp + b[0], a[1] + b[1])
    if k < 0.92:
        c = r.choice(list(CJK))
        f, g = CJK[c]
        a, b = r.choice(f), r.choice(g)
        return (c, None, a[0] + b[0], a[1] + b[1])
    a, b, c = r.choice(VI[0]), r.choice(VI[1]), r.choice(VI[2])
    return ("vi", None, " ".join((a, b, c)), latinise(c) + latinise(a))


def build_members(n, r):
    out, seen = [], set()
    fixed = FIRM_PEOPLE + ["Grace Hopper", "Sanne Dijkstra", "Rudolf Kalman", "Giulia Ferrari",
                           "Emily Ford", "Charlotte Lincoln", "Will Turner", "Rose Bennett"]
    for i in range(n):
        if i < len(fixed):
            nm = fixed[i]
            cul, first, full, base = "latin", nm.split()[0], nm, latinise(nm)
        else:
            cul, first, full, base = make_name(r)
        sty = r.random()
        if sty < 0.3:
            h = base
        elif sty < 0.6:
            h = base[: max(3, len(base) // 2)] + str(r.randint(1, 999))
        elif sty < 0.8:
            h = base + "_" + r.choice(["dev", "ux", "data", "hr", "pm", "cfo", "ml", "ops"])
        else:
            h = base + str(r.randint(70, 2009))
        h = h.lower()[:24] or "member"
        while h in seen or h in RESERVED_HANDLES:
            h = h[:20] + str(r.randint(0, 9999))
        seen.add(h)
        out.append({"user": "u%d" % (i + 1), "name": full, "handle": h, "_cul": cul,
                    "_first": first})
    return out


# ---------------------------------------------------------------- languages
L = {
    "en": dict(hi="Hi", th="Thanks", mail="Email me at", tel="Call me on", con="Contact:",
               prof="My profile:", sep=" ", end=".", fill=["Excited to share some news with my network",
               "Big week for the whole team", "Lessons learned after ten years in product",
               "Honoured to have been part of this journey", "We are growing again"]),
    "de": dict(hi="Hallo", th="Danke", mail="Schreibt mir an", tel="Erreichbar unter", con="Kontakt:",
               prof="Mein Profil:", sep=" ", end=".", fill=["Ich freue mich, euch etwas Neues zu erzählen",
               "Was für eine spannende Woche im Team", "Wir suchen Verstärkung für unser Büro",
               "Ein herzliches Dankeschön an alle Beteiligten"]),
    "fr": dict(hi="Bonjour", th="Merci", mail="Écrivez-moi à", tel="Joignable au", con="Contact :",
               prof="Mon profil :", sep=" ", end=".", fill=["Ravie de partager une belle nouvelle",
               "Une semaine intense pour toute l'équipe", "Nous recrutons à nouveau",
               "Retour sur trois années passionnantes"]),
    "es": dict(hi="Hola", th="Gracias", mail="Escríbeme a", tel="Llámame al", con="Contacto:",
               prof="Mi perfil:", sep=" ", end=".", fill=["Feliz de compartir una gran noticia",
               "Una semana intensa para todo el equipo", "Seguimos creciendo en Madrid y Bogotá"]),
    "it": dict(hi="Ciao", th="Grazie", mail="Scrivetemi a", tel="Chiamatemi al", con="Contatti:",
               prof="Il mio profilo:", sep=" ", end=".", fill=["Felice di condividere una novità",
               "Settimana intensa per tutto il team", "Stiamo cercando nuovi colleghi"]),
    "nl": dict(hi="Hoi", th="Bedankt", mail="Mail me op", tel="Bel me op", con="Contact:",
               prof="Mijn profiel:", sep=" ", end=".", fill=["Trots om dit te mogen delen",
               "Wat een week voor het hele team", "We groeien weer"]),
    "pt": dict(hi="Olá", th="Obrigado", mail="Me escreve em", tel="Liga pra mim no", con="Contato:",
               prof="Meu perfil:", sep=" ", end=".", fill=["Muito feliz em compartilhar essa conquista",
               "Semana intensa para todo o time", "Estamos contratando de novo"]),
    "pl": dict(hi="Cześć", th="Dziękuję", mail="Napisz do mnie na", tel="Zadzwoń pod", con="Kontakt:",
               prof="Mój profil:", sep=" ", end=".", fill=["Z radością dzielę się nowiną",
               "Intensywny tydzień dla całego zespołu", "Szukamy nowych osób do zespołu"]),
    "tr": dict(hi="Merhaba", th="Teşekkürler", mail="Bana yazın:", tel="Telefon:", con="İletişim:",
               prof="Profilim:", sep=" ", end=".", fill=["Güzel bir haberi paylaşmaktan mutluluk duyuyorum",
               "Ekip için yoğun bir hafta oldu", "Yeni arkadaşlar arıyoruz"]),
    "ru": dict(hi="Привет", th="Спасибо", mail="Пишите на", tel="Звоните:", con="Контакты:",
               prof="Мой профиль:", sep=" ", end=".", fill=["Рада поделиться новостью",
               "Насыщенная неделя для всей команды", "Мы снова расширяем команду"]),
    "el": dict(hi="Γεια σου", th="Ευχαριστώ", mail="Στείλτε μου στο", tel="Τηλέφωνο:", con="Επικοινωνία:",
               prof="Το προφίλ μου:", sep=" ", end=".", fill=["Χαίρομαι να μοιραστώ ένα νέο",
               "Μια γεμάτη εβδομάδα για την ομάδα"]),
    "ar": dict(hi="مرحبا", th="شكرا", mail="راسلوني على", tel="للتواصل هاتفيا:", con="للتواصل:",
               prof="ملفي:", sep=" ", end=".", fill=["يسعدني أن أشارككم خبرا جميلا",
               "أسبوع حافل للفريق بأكمله", "نحن نوظف من جديد"]),
    "he": dict(hi="היי", th="תודה", mail="כתבו לי ל", tel="טלפון:", con="ליצירת קשר:",
               prof="הפרופיל שלי:", sep=" ", end=".", fill=["שמחה לשתף חדשות טובות",
               "שבוע עמוס לכל הצוות"]),
    "hi": dict(hi="नमस्ते", th="धन्यवाद", mail="मुझे ईमेल करें", tel="फ़ोन करें", con="संपर्क:",
               prof="मेरी प्रोफ़ाइल:", sep=" ", end="।", fill=["आप सभी के साथ एक खुशखबरी साझा कर रहा हूँ",
               "टीम के लिए बहुत व्यस्त सप्ताह रहा"]),
    "zh": dict(hi="你好", th="谢谢", mail="邮箱：", tel="电话：", con="联系方式：", prof="我的主页：",
               sep="", end="。", fill=["很高兴和大家分享一个好消息", "团队这周非常忙碌", "我们正在招聘"]),
    "ja": dict(hi="こんにちは", th="ありがとうございます", mail="メール：", tel="電話：", con="連絡先：",
               prof="プロフィール：", sep="", end="。", fill=["嬉しいお知らせがあります",
               "チーム全員にとって忙しい一週間でした", "現在、仲間を募集しています"]),
    "ko": dict(hi="안녕하세요", th="감사합니다", mail="이메일:", tel="전화:", con="연락처:",
               prof="프로필:", sep="", end=".", fill=["좋은 소식을 전하게 되어 기쁩니다",
               "팀 모두에게 바쁜 한 주였습니다"]),
    "th": dict(hi="สวัสดี", th="ขอบคุณ", mail="อีเมล", tel="โทร", con="ติดต่อ", prof="โปรไฟล์",
               sep="", end=" ", fill=["ยินดีที่ได้แบ่งปันข่าวดี", "สัปดาห์นี้ทีมงานยุ่งมาก"]),
    "vi": dict(hi="Chào", th="Cảm ơn", mail="Email:", tel="Điện thoại:", con="Liên hệ:",
               prof="Hồ sơ của tôi:", sep=" ", end=".", fill=["Rất vui được chia sẻ tin tốt",
               "Một tuần bận rộn của cả đội"]),
    "id": dict(hi="Halo", th="Terima kasih", mail="Email saya di", tel="Hubungi", con="Kontak:",
               prof="Profil saya:", sep=" ", end=".", fill=["Senang bisa berbagi kabar baik",
               "Minggu yang sibuk untuk seluruh tim", "Kami sedang membuka lowongan"]),
    "sw": dict(hi="Habari", th="Asante", mail="Niandikie kwa", tel="Nipigie", con="Mawasiliano:",
               prof="Wasifu wangu:", sep=" ", end=".", fill=["Nina furaha kushiriki habari njema",
               "Wiki yenye shughuli nyingi kwa timu"]),
}
LANG_W = {"en": 8, "de": 5, "fr": 4, "es": 4, "zh": 4, "ja": 4}
KINDS = ["post", "comment", "headline", "about", "experience", "recommendation",
         "event announcement", "job ad"]
SPACELESS = {"zh", "ja", "th"}

S = lambda t, ty: (t, ("S", ty))
N = lambda t, c: (t, ("N", c))
P = lambda t: (t, None)


def sp(lang):
    return L[lang]["sep"]


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "PL": 28, "PT": 25, "TR": 26, "SE": 24, "IE": 22, "NO": 15, "DK": 18,
            "FI": 18}


def iban_mod(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97


def iban_make(r, cc, bad=False):
    n = IBAN_LEN[cc] - 4
    if cc in ("NL", "GB", "IE"):
        bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + \
            "".join(r.choice("0123456789") for _ in range(n - 4))
    elif cc == "IT":
        bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(r.choice("0123456789") for _ in range(n - 1))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(n))
    chk = 98 - iban_mod(cc + "00" + bban)
    if bad:
        chk = (chk + r.randint(1, 96) - 1) % 97 + 2
        if chk == 98 - iban_mod(cc + "00" + bban):
            chk = chk + 1 if chk < 98 else 2
    s = "%s%02d%s" % (cc, chk, bban)
    if r.random() < 0.6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, x = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and x != 0


# ---------------------------------------------------------------- generators
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.de", "orange.fr",
            "libero.it", "mail.ru", "yandex.ru", "qq.com", "163.com", "naver.com", "hotmail.es",
            "uol.com.br", "proton.me", "icloud.com", "wp.pl", "yahoo.co.id"]
FIRMS = ["nordlicht-labs.de", "quintavera.io", "brightmoor.co.uk", "kasumi-tech.jp",
         "solanda.com.br", "fjordbyte.no", "tamarind-analytics.in", "lumenforge.ai",
         "okapi-logistics.co.ke", "ziegelwerk.at", "maréa.example", "vela-health.es",
         "citrine.nl", "baobab-fintech.ng", "hanok.kr", "arcadia-studio.fr"]
ROLES = ["jobs", "careers", "hr", "recruiting", "talent", "hello", "info", "bewerbung",
         "emplois", "rh", "saiyo"]
OBF = [(" [at] ", " [dot] "), ("(at)", "."), (" (at) ", " (dot) "), (" [ät] ", " [punkt] "),
       (" (arroba) ", " (punto) "), (" [chez] ", " [point] "), (" собака ", " точка "),
       ("[at]", "[.]"), (" at ", " dot "), (" {at} ", " {dot} ")]


def local_of(r, m):
    h = m["handle"]
    st = r.random()
    if st < 0.4:
        return h
    base = latinise(m["name"]) or h
    if st < 0.7 and m["_first"]:
        return latinise(m["_first"]) + "." + base[len(latinise(m["_first"])):] if \
            base.startswith(latinise(m["_first"])) and len(base) > len(latinise(m["_first"])) else base
    return base[:1] + "." + base[1:8] + str(r.randint(1, 99))


def g_email(r, lang, ctx, mailto=False):
    m = ctx.member()
    if r.random() < 0.2:
        addr = r.choice(ROLES) + "@" + r.choice(FIRMS).replace("é", "e")
    else:
        addr = local_of(r, m) + "@" + (r.choice(FREEMAIL) if r.random() < 0.6 else r.choice(FIRMS).replace("é", "e"))
    lab = L[lang]["mail"]
    s = sp(lang)
    if mailto:
        segs = [P(r.choice([lab + s, "(", "<a href=\"", "→ ", ""])), N("mailto:", "mailto"), S(addr, "EMAIL")]
        if segs[0][0] == "<a href=\"":
            segs.append(P("\">" + r.choice(["mail", "E-Mail", "contact"]) + "</a>"))
        elif segs[0][0] == "(":
            segs.append(P(")"))
        return segs
    if r.random() < 0.18:
        a, d = r.choice(OBF)
        loc, dom = addr.split("@")
        parts = dom.split(".")
        if d == ".":
            ob = loc + a + dom
        else:
            ob = loc + a + d.join(parts)
        return [P(lab + s), S(ob, "EMAIL"), P(r.choice(["", " ", " ;)", " (anti-spam)"]))]
    shape = r.random()
    if shape < 0.15:
        return [P(lab + s + "<"), S(addr, "EMAIL"), P(">")]
    if shape < 0.25:
        return [P("("), S(addr, "EMAIL"), P(")")]
    if lang in SPACELESS or lang in ("ko",):
        return [P(lab), S(addr, "EMAIL"), P(r.choice(["联系", "まで", "로 연락", "ค่ะ", "", "。"]))]
    if lang in ("ar", "he") and r.random() < 0.5:
        return [P(lab), S(addr, "EMAIL"), P(r.choice(["", "،", " "]))]
    return [P(r.choice([lab + " ", "✉ ", "CV → ", lab + " "])), S(addr, "EMAIL"),
            P(r.choice(["", ".", "!", ",", " 🙂"]))]


def dg(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone_num(r):
    c = r.randrange(15)
    if c == 0:  # US/CA
        a = dg(r, 1, "23456789") + r.choice("012345678") + dg(r, 1)
        while a[1:] == "11":
            a = a[0] + "20"
        e = dg(r, 1, "23456789") + dg(r, 2)
        if e[1:] == "11":
            e = e[0] + "55"
        x = dg(r, 4)
        return r.choice(["+1 %s %s %s", "(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1-%s-%s-%s",
                         "+1 (%s) %s-%s", "001 %s %s %s"]) % (a, e, x)
    if c == 1:  # UK
        return r.choice(["+44 20 %s %s" % (dg(r, 4, "378"), dg(r, 4)), "020 %s %s" % (dg(r, 4, "378"), dg(r, 4)),
                         "+44 (0)20 %s %s" % (dg(r, 4, "378"), dg(r, 4)), "07%s %s" % (dg(r, 3, "456789"), dg(r, 6)),
                         "+44 7%s %s" % (dg(r, 3, "456789"), dg(r, 6)), "0161 %s %s" % (dg(r, 3, "2-9".replace("-", "345678")), dg(r, 4))])
    if c == 2:  # DE
        return r.choice(["+49 30 %s" % dg(r, 8, "2-9".replace("-", "345678")), "030 %s %s" % (dg(r, 4, "23456789"), dg(r, 4)),
                         "+49 (0)30 %s %s" % (dg(r, 4, "23456789"), dg(r, 4)), "01%s %s" % (r.choice(["51", "52", "60", "70", "76"]), dg(r, 8)),
                         "+49 1%s %s" % (r.choice(["51", "52", "60", "70", "76"]), dg(r, 8)), "089/%s" % dg(r, 7, "23456789"),
                         "0049 89 %s" % dg(r, 7, "23456789"), "+49 221 %s-%s" % (dg(r, 4, "23456789"), dg(r, 3))])
    if c == 3:  # FR
        g = [dg(r, 2) for _ in range(4)]
        p = r.choice("123456789")
        return r.choice(["+33 %s %s %s %s %s", "0%s %s %s %s %s", "0%s.%s.%s.%s.%s", "+33 (0)%s %s %s %s %s"]) % (p, *g)
    if c == 4:  # IN
        m = dg(r, 5, "6789")
        return r.choice(["+91 %s %s" % (m, dg(r, 5)), "0%s %s" % (m, dg(r, 5)), "+91-%s-%s" % (m, dg(r, 5)),
                         "+91 22 %s %s" % (dg(r, 4, "2-6".replace("-", "345")), dg(r, 4))])
    if c == 5:  # BR
        dd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        return r.choice(["+55 %s 9%s-%s" % (dd, dg(r, 4), dg(r, 4)), "(%s) 9%s-%s" % (dd, dg(r, 4), dg(r, 4)),
                         "+55 (%s) %s-%s" % (dd, dg(r, 4, "2345"), dg(r, 4))])
    if c == 6:  # JP
        return r.choice(["+81 3-%s-%s" % (dg(r, 4), dg(r, 4)), "03-%s-%s" % (dg(r, 4), dg(r, 4)),
                         "0%s0-%s-%s" % (r.choice("789"), dg(r, 4), dg(r, 4)),
                         "+81 %s0 %s %s" % (r.choice("789"), dg(r, 4), dg(r, 4)), "06-%s-%s" % (dg(r, 4), dg(r, 4))])
    if c == 7:  # AU
        return r.choice(["+61 2 %s %s" % (dg(r, 4, "89"), dg(r, 4)), "(02) %s %s" % (dg(r, 4, "89"), dg(r, 4)),
                         "04%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)), "+61 4%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))])
    if c == 8:  # CN
        mp = "1" + r.choice(["38", "39", "50", "86", "58", "77", "35"])
        return r.choice(["+86 %s %s %s" % (mp, dg(r, 4), dg(r, 4)), "%s %s %s" % (mp, dg(r, 4), dg(r, 4)),
                         "%s%s%s" % (mp, dg(r, 4), dg(r, 4)), "010-%s %s" % (dg(r, 4, "6-8".replace("-", "7")), dg(r, 4)),
                         "+86 10 %s %s" % (dg(r, 4, "68"), dg(r, 4)), "+86-21-%s%s" % (dg(r, 4, "56"), dg(r, 4))])
    if c == 9:  # ES
        return r.choice(["+34 6%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)), "91%s %s %s" % (dg(r, 1), dg(r, 3), dg(r, 3)),
                         "6%s %s %s %s" % (dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)), "+34 93 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2))])
    if c == 10:  # IT
        return r.choice(["+39 02 %s %s" % (dg(r, 4), dg(r, 4)), "02 %s %s" % (dg(r, 4), dg(r, 4)),
                         "+39 3%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 4)), "3%s %s" % (dg(r, 2), dg(r, 7)),
                         "06 %s %s" % (dg(r, 4), dg(r, 4))])
    if c == 11:  # NL
        return r.choice(["+31 20 %s %s" % (dg(r, 3, "2-8".replace("-", "34567")), dg(r, 4)), "020-%s" % dg(r, 7, "2345678"),
                         "06-%s" % dg(r, 8), "+31 6 %s" % dg(r, 8), "+31 (0)6 %s %s" % (dg(r, 4), dg(r, 4)),
                         "010 %s %s" % (dg(r, 3, "2345"), dg(r, 4))])
    if c == 12:  # NG
        op = r.choice(["803", "806", "813", "703", "705", "802", "809", "905", "816"])
        return r.choice(["+234 %s %s %s" % (op, dg(r, 3), dg(r, 4)), "0%s %s %s" % (op, dg(r, 3), dg(r, 4)),
                         "+234 (0)%s %s %s" % (op, dg(r, 3), dg(r, 4)), "0%s-%s-%s" % (op, dg(r, 3), dg(r, 4))])
    return r.choice(["+4915%s%s" % (dg(r, 1, "12"), dg(r, 8)), "+1%s%s" % (dg(r, 3, "2-9".replace("-", "345678")), dg(r, 7, "23456789")),
                     "+447%s" % dg(r, 9), "+33%s%s" % (r.choice("67"), dg(r, 8)), "+8613%s" % dg(r, 9),
                     "+2348%s" % dg(r, 9), "+6141%s" % dg(r, 7), "+31%s" % ("6" + dg(r, 8))])


def g_phone(r, lang, ctx):
    p = phone_num(r)
    if r.random() < 0.12 and " " in p:
        p = p.replace(" ", NBSP)
    lab = L[lang]["tel"]
    s = sp(lang)
    if lang in SPACELESS or lang == "ko":
        return [P(lab), S(p, "PHONE"), P(r.choice(["", "まで", "（微信同号）", "로 연락주세요", "ครับ", "。"]))]
    k = r.random()
    if k < 0.15:
        return [P(lab + s + "tel:"), S(p, "PHONE")]
    if k < 0.27 and not p.startswith("("):
        return [P(r.choice(["Office ", "Mobile ", "WhatsApp ", "Büro ", "Cel. ", ""]) + "("), S(p, "PHONE"), P(")")]
    if k < 0.35:
        return [P(r.choice(["📞", "☎ ", "Tel.: ", "Tel/WhatsApp: "])), S(p, "PHONE")]
    return [P(lab + s), S(p, "PHONE"), P(r.choice(["", ".", " (WhatsApp)", ",", " anytime"]))]


def rand_global_v4(r):
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not a.is_multicast and int(str(a).split(".")[0]) < 224:
            return str(a)


def g_ipv4(r, lang, ctx):
    ip = rand_global_v4(r)
    suf = r.choice(["", "", "", ":8443", ":22", "/24", "/32", ":3389"])
    pre = r.choice(["Our outbound IP is ", "Whitelist ", "My home server sits at ", "Login attempts from ",
                    "Meine feste IP: ", "IP del VPS: ", "服务器IP：", "サーバーのIP:", "Адрес сервера ",
                    "IP-adres thuis: ", "IP publik saya "])
    return [P(pre), S(ip, "IPV4"), P(suf + r.choice(["", ".", " — please allow it", " 🙏"]))]


V6P = ["2a00:1450", "2606:4700", "2600:1f18", "2a03:2880", "2001:4860", "2a02:26f0", "2400:cb00",
       "2c0f:fb50", "2804:14c", "240e:3a1", "2a01:4f8", "2605:a140", "2001:67c", "2a0a:e5c0"]


def rand_global_v6(r):
    while True:
        pre = r.choice(V6P).split(":")
        groups = [int(x, 16) for x in pre] + [r.choice([0, 0, r.getrandbits(16), r.getrandbits(12)])
                                               for _ in range(8 - len(pre))]
        a = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if not a.is_global:
            continue
        k = r.random()
        if k < 0.55:
            s = a.compressed
        elif k < 0.75:
            s = a.exploded
        else:
            s = ":".join("%x" % g for g in groups)
        if r.random() < 0.15:
            s = s.upper()
        ipaddress.IPv6Address(s)
        return s


def g_ipv6(r, lang, ctx):
    ip = rand_global_v6(r)
    pre = r.choice(["Reach the node at ", "IPv6 of my homelab: ", "AAAA record points to ", "Server-IPv6: ",
                    "IPv6：", "Meu IPv6 fixo é ", "Adresse IPv6 : "])
    if r.random() < 0.25:
        return [P(pre + "["), S(ip, "IPV6"), P("]:" + str(r.choice([443, 8080, 22, 51820])))]
    return [P(pre), S(ip, "IPV6"), P(r.choice(["", ".", "/64", " ", ","]))]


def card(r, bad=False):
    t = r.randrange(5)
    if t == 0:
        body = "4" + dg(r, 14)
        n = 16
    elif t == 1:
        body = str(r.randint(51, 55)) + dg(r, 13)
    elif t == 2:
        body = str(r.randint(2221, 2720)) + dg(r, 11)
    elif t == 3:
        body = r.choice(["34", "37"]) + dg(r, 12)
    else:
        body = r.choice(["6011", "65" + dg(r, 2), "64" + str(r.randint(4, 9)) + dg(r, 1)]) + dg(r, 11)
    full = luhn_fix(body)
    if bad:
        last = (int(full[-1]) + r.randint(1, 9)) % 10
        full = full[:-1] + str(last)
    sep = r.choice([" ", "-", "", " "])
    if len(full) == 15:
        return full[:4] + sep + full[4:10] + sep + full[10:]
    return sep.join(full[i:i + 4] for i in range(0, 16, 4))


def g_card(r, lang, ctx):
    c = card(r)
    pre = r.choice(["Scam alert: a fake recruiter asked me to send my card ", "They charged my card ",
                    "Visa: ", "Kreditkarte ", "Carte bancaire ", "Tarjeta ", "卡号：", "カード番号:",
                    "Someone just posted their full card number in the group chat: ", "Cartão "])
    return [P(pre), S(c, "CREDIT_CARD"), P(r.choice(["", ".", " — never do this!", " exp 09/27"]))]


def g_iban(r, lang, ctx):
    cc = r.choice(list(IBAN_LEN))
    pre = r.choice(["Donations for the meetup go to IBAN ", "IBAN: ", "Spenden bitte an ", "Virement sur ",
                    "Mi IBAN es ", "Rekening: ", "Bonifico su ", "IBAN：", "Konto: ", "Hesap (IBAN): "])
    return [P(pre), S(iban_make(r, cc), "IBAN"), P(r.choice(["", ".", " (Verwendungszweck: Ticket)", ","]))]


def g_ssn(r, lang, ctx):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    s = "%03d%s%02d%s%04d" % (a, "-", r.randint(1, 99), "-", r.randint(1, 9999))
    if r.random() < 0.25:
        s = s.replace("-", " ")
    pre = r.choice(["The HR portal emailed my SSN ", "SSN: ", "Social Security number ", "my SSN is ",
                    "W-2 shows SSN "])
    return [P(pre), S(s, "US_SSN"), P(r.choice(["", ".", " in plain text!", ","]))]


def g_url(r, lang, ctx):
    m = ctx.member()
    h = m["handle"]
    k = r.randrange(9)
    u = [("linkedin.com/in/" + h + r.choice(["", "-" + dg(r, 6, "123456789"), "/"])),
         ("github.com/" + h.replace("_", "-")), ("x.com/" + h[:15]), ("medium.com/@" + h),
         ("bsky.app/profile/" + h.replace("_", "-") + ".bsky.social"), (h.replace("_", "") + ".substack.com"),
         ("calendly.com/" + h.replace("_", "-") + r.choice(["", "/30min", "/intro-call"])),
         ("askfirst.example/u/" + h), ("twitter.com/" + h[:15])][k]
    sch = r.choice(["https://", "https://www.", "", "http://", "https://"])
    if k in (5, 7) or u.startswith("www"):
        sch = sch.replace("www.", "")
    if k == 8:
        u = "x.com/" + h[:15]
    u = sch + u
    lab = L[lang]["prof"]
    s = sp(lang)
    if lang in SPACELESS or lang == "ko":
        return [P(lab), S(u, "URL"), P(r.choice(["", "欢迎关注", "をフォロー", "에서 확인", "ครับ"]))]
    k2 = r.random()
    if k2 < 0.2:
        return [P(r.choice(["More in my portfolio (", "Book a slot (", "Code here ("])), S(u, "URL"), P(")")]
    return [P(r.choice([lab + s, "👉 ", "Follow me: ", "Slides + code: ", "Agenda a call: "])), S(u, "URL"),
            P(r.choice(["", ".", ",", " 🚀"]))]


def g_handle(r, lang, ctx):
    m = ctx.member()
    h = "@" + m["handle"]
    if lang in SPACELESS or lang == "ko":
        return [P(r.choice(["感谢", "", "抄送 ", "お疲れ様です", "함께한 "])), S(h, "HANDLE"),
                P(r.choice(["的分享", "さん、ありがとう", "님 감사합니다", "ขอบคุณครับ", "！"]))]
    if lang in ("ar", "he"):
        return [P(r.choice(["شكرا ", "בזכות ", "مع "])), S(h, "HANDLE"), P(r.choice(["", " 🙏", "!"]))]
    return [P(r.choice(["cc ", "h/t ", "Shoutout to ", "Kudos ", "Mit ", "Grazie a ", "Bravo ", "with "])),
            S(h, "HANDLE"), P(r.choice(["", "!", ".", ",", " 👏", " and the team"]))]


def name_variant(r, m):
    n = m["name"]
    k = r.random()
    if m["_cul"] in ("latin", "vi", "el", "ru") and not any(c in n for c in "ıİßς"):
        if k < 0.08:
            return n.lower()
        if k < 0.13:
            return n.upper()
        if k < 0.25 and strip_accents(n) != n:
            return strip_accents(n)
    return n


HON = {"ja": ["さん", "様", "先生", "氏"], "zh": ["先生", "女士", "老师", "总"], "ko": ["씨", "님", " 대표님", " 팀장님"]}


def g_person(r, lang, ctx):
    m = ctx.member(person=True)
    nm = name_variant(r, m)
    cul = m["_cul"]
    if cul in HON:
        hon = r.choice(HON[cul])
        return [P(r.choice(["感谢", "", "Congrats to ", "お世話になった", "축하합니다 ", "和"])), S(nm, "PERSON"),
                P(hon + r.choice(["！", "の発表", "的推荐", "께 감사드립니다", " on the new role", "。"]))]
    k = r.random()
    if k < 0.18:
        return [P(r.choice(["Huge thanks to ", "Shoutout ", "cc ", "Danke "]) + "@"), S(nm, "PERSON"),
                P(r.choice(["", "!", " 🙌", "."]))]
    if k < 0.36:
        ap = r.choice(["'s", "’s"])
        return [P(r.choice(["Loved ", "Worth reading: ", "Great to see ", "Don't miss "])), S(nm, "PERSON"),
                P(ap + r.choice([" talk", " new book", " keynote", " take on hiring", " promotion"]) + ".")]
    if k < 0.5:
        return [S(nm, "PERSON"), P(r.choice([" joins us as Head of Data", " hat das Projekt geleitet",
                                              " a rejoint l'équipe", " se une al equipo", " ha guidato il progetto",
                                              " — один из лучших инженеров", " انضم إلى فريقنا", " הצטרפה לצוות",
                                              " बहुत शानदार सहकर्मी हैं", " ได้รับรางวัล", " vừa gia nhập nhóm",
                                              " bergabung dengan tim kami", " amejiunga na timu yetu"]))]
    return [P(r.choice(["I had the pleasure of working with ", "Recommended by ", "Mentored by ",
                         "Welcome aboard, ", "Panel with ", "Zusammen mit ", "Avec ", "Con ", "Met ",
                         "Wspólnie z ", "Birlikte: ", "Вместе с ", "مع ", "עם ", "के साथ "])),
            S(nm, "PERSON"), P(r.choice(["", ".", "!", " and others", ","]))]


def g_greet(r, lang, ctx):
    m = ctx.member(person=True, greet=True)
    f = m["_first"]
    if r.random() < 0.08 and m["_cul"] == "latin" and not any(c in f for c in "ıİß") \
            and f not in WORD_FIRST and f not in PLACE_FIRST:
        f = f.lower()
    L_ = L[lang]
    w = r.choice([L_["hi"], L_["th"]])
    if lang in ("ar", "he", "hi", "ru", "el") or r.random() < 0.6:
        return [P(w + r.choice([", ", " "])), S(f, "PERSON"), P(r.choice(["!", ",", " 🙏", "!!", " —"]))]
    return [P(r.choice(["Thanks, ", "Thank you ", "Hey ", "Dear ", "Cheers ", "Lieber ", "Chère ", "Querida "])),
            S(f, "PERSON"), P(r.choice(["!", ",", ":", " :)"]))]


# ---------------------------------------------------------------- negatives
MONTHS = ["January", "März", "avril", "mayo", "giugno", "juli", "setembro", "listopada", "Ekim", "декабря"]


def n_date(r, lang, ctx):
    y, mo, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    s = r.choice(["%d-%02d-%02d" % (y, mo, d), "%02d.%02d.%d" % (d, mo, y), "%02d/%02d/%d" % (mo, d, y),
                  "%d %s %d" % (d, r.choice(MONTHS), y), "%d年%d月%d日" % (y, mo, d), "%d/%d/%d" % (d, mo, y)])
    return [P(r.choice(["Save the date: ", "Am ", "Le ", "El ", "Deadline ", "日期：", "Posted on ", "Starts "])),
            N(s, "date")]


def n_time(r, lang, ctx):
    h, mi = r.randint(0, 23), r.choice([0, 15, 30, 45, 5, 50])
    s = r.choice(["%02d:%02d" % (h, mi), "%d:%02d %s" % (h % 12 + 1, mi, r.choice(["AM", "pm"])),
                  "%dh%02d" % (h, mi), "%02d.%02d Uhr" % (h, mi), "%d時%d分" % (h, mi)])
    return [P(r.choice(["Doors open at ", "Beginn: ", "à ", "a las ", "時間：", "Call at ", "kl. "])),
            N(s, "time"), P(r.choice(["", " CET", " (UTC+1)", " IST"]))]


def n_price(r, lang, ctx):
    v = r.randint(5, 99999)
    s = r.choice(["€%d" % v, "$%s" % format(v, ","), "%s €" % format(v, ",").replace(",", "."),
                  "¥%s" % format(v * 10, ","), "₹ %s" % format(v, ","), "R$ %s,00" % format(v, ",").replace(",", "."),
                  "CHF %d.-" % v, "£%d.99" % (v % 999), "%d TL" % v, "%d zł" % v])
    return [P(r.choice(["Early bird ", "Preis: ", "Tarif : ", "Only ", "价格：", "Budget up to ", "Cena "])),
            N(s, "price")]


def n_order(r, lang, ctx):
    s = r.choice(["%s-%s-%s" % (dg(r, 3), dg(r, 7), dg(r, 7)), dg(r, 10, "123456789"),
                  "A%s" % dg(r, 8), "%d-%s" % (r.randint(2019, 2026), dg(r, 6)), "#" + dg(r, 9)])
    return [P(r.choice(["Order ", "Bestellnummer ", "commande n° ", "pedido nº ", "订单号：", "注文番号:",
                        "My order number is ", "Zamówienie nr "])), N(s, "order_number"),
            P(r.choice([" still hasn't shipped", "", " wurde storniert", "."]))]


def n_ticket(r, lang, ctx):
    s = r.choice(["INC%s" % dg(r, 7), "SR-%d-%s" % (r.randint(2020, 2026), dg(r, 6)), "#%s" % dg(r, 5),
                  "%s-%d" % (r.choice(["ASK", "OPS", "DATA", "PLAT"]), r.randint(10, 9999)), dg(r, 8, "123456789")])
    return [P(r.choice(["Support ticket ", "Ticket-Nr. ", "case ", "工单 ", "Jira ", "See issue "])),
            N(s, "ticket_number")]


def isbn(r):
    core = "978" + r.choice(["3", "0", "1", "2", "84", "88", "4", "7"])
    body = core + dg(r, 12 - len(core))
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    d = body + str((10 - t % 10) % 10)
    if r.random() < 0.5:
        return d
    return "%s-%s-%s-%s-%s" % (d[:3], d[3:4], d[4:7], d[7:12], d[12])


def n_isbn(r, lang, ctx):
    return [P(r.choice(["Just finished it (ISBN ", "ISBN: ", "Buchtipp, ISBN ", "ISBN "])), N(isbn(r), "isbn"),
            P(r.choice([")", "", "."]))]


def n_version(r, lang, ctx):
    s = r.choice(["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 99)),
                  "%d.%d.%d-rc%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4)),
                  "%d.%d" % (r.randint(1, 20), r.randint(0, 9)), "%d.%d.%d" % (r.randint(1, 3), r.randint(10, 99), r.randint(0, 9))])
    return [P(r.choice(["Upgraded to ", "Release ", "Version ", "now on Python ", "版本 ", "バージョン"])),
            N(s, "version")]


def n_patent(r, lang, ctx):
    s = r.choice(["US %d,%03d,%03d B2" % (r.randint(9, 11), r.randint(0, 999), r.randint(0, 999)),
                  "EP %d %03d %03d A1" % (r.randint(1, 4), r.randint(0, 999), r.randint(0, 999)),
                  "US%dB2" % r.randint(10000000, 11999999), "WO %d/%06d" % (r.randint(2015, 2024), r.randint(0, 999999)),
                  "DE 10 %d %03d %03d A1" % (r.randint(2015, 2023), r.randint(0, 999), r.randint(0, 999))])
    return [P(r.choice(["Our patent ", "granted: ", "Patent ", "特許 ", "see patent "])), N(s, "patent"),
            P(r.choice(["", " is granted!", "."]))]


def n_ip(cat):
    def f(r, lang, ctx):
        if cat == "ip_private":
            s = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                          "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
            pre = r.choice(["router admin page at ", "the printer is on ", "NAS: ", "internal DNS "])
        elif cat == "ip_loopback":
            s = "127.%d.%d.%d" % (r.choice([0, 0, 0, 1]), r.choice([0, 0, 1]), r.randint(1, 254))
            pre = r.choice(["works on localhost (", "bind to ", "curl http://"])
        elif cat == "ip_link_local":
            s = "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
            pre = r.choice(["DHCP failed, got ", "APIPA address ", "self-assigned "])
        elif cat == "ip_documentation":
            s = r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
            pre = r.choice(["e.g. ", "example: ", "in the docs we use ", "z. B. "])
        elif cat == "ip_reserved":
            s = r.choice(["240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                          "0.0.0.0", "255.255.255.255", "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254)),
                          "198.%d.%d.%d" % (r.randint(18, 19), r.randint(0, 255), r.randint(1, 254))])
            pre = r.choice(["reserved range ", "listening on ", "CGNAT gave me ", "broadcast "])
        else:
            s = "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 40), r.randint(1, 250))
            pre = r.choice(["Firmware version ", "upgraded the controller to version ", "build ", "Version ",
                            "Release notes for v"])
        out = [P(pre), N(s, cat)]
        if pre.endswith("("):
            out.append(P(":%d)" % r.choice([3000, 8080, 5432])))
        elif cat != "ip_version" and r.random() < 0.3:
            out.append(P(r.choice([":8080", "/24", ":443"])))
        return out
    return f


def n_v6(r, lang, ctx):
    k = r.randrange(6)
    s = ["::1", "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4)),
         "fd%02x:%x:%x::%x" % (r.getrandbits(8), r.getrandbits(16), r.getrandbits(16), r.randint(1, 255)),
         "2001:db8::%x" % r.getrandbits(16), "2001:db8:%x:%x::1" % (r.getrandbits(16), r.getrandbits(16)),
         "ff02::%x" % r.randint(1, 255)][k]
    pre = [["loopback ", "ping6 "], ["link-local ", "my fe80 address is "], ["ULA prefix ", "internal v6 "],
           ["docs use ", "example: "], ["e.g. ", "Beispiel: "], ["multicast group ", "all-nodes "]][k]
    return [P(r.choice(pre)), N(s, "ipv6_nonglobal")]


def n_card(r, lang, ctx):
    return [P(r.choice(["Tracking no. ", "Member ID ", "Sendungsnummer ", "Ref. ", "Gift code "])),
            N(card(r, bad=True), "card_luhn_invalid")]


def n_iban(r, lang, ctx):
    return [P(r.choice(["The phishing mail used a fake IBAN ", "Typo'd IBAN (bounced): ", "Falsche IBAN: "])),
            N(iban_make(r, r.choice(list(IBAN_LEN)), bad=True), "iban_bad_check")]


def n_ssn(r, lang, ctx):
    k = r.randrange(4)
    a = r.choice([0, 666, r.randint(900, 999)]) if k == 0 else r.randint(1, 665)
    g = 0 if k == 1 else r.randint(1, 99)
    x = 0 if k == 2 else r.randint(1, 9999)
    if k == 3:
        a = r.randint(900, 999)
    s = "%03d-%02d-%04d" % (a, g, x)
    return [P(r.choice(["Sample SSN in the form template: ", "placeholder ", "test SSN "])), N(s, "ssn_invalid")]


def n_url(cat):
    def f(r, lang, ctx):
        firm = r.choice(FIRMS).replace("é", "e")
        name = firm.split(".")[0]
        if cat == "url_company":
            s = r.choice(["linkedin.com/company/" + name, "https://www." + firm, firm, "https://" + firm + "/about",
                          "www.linkedin.com/company/" + name + "/"])
            pre = r.choice(["Company page: ", "Learn more at ", "Visit "])
        elif cat == "url_careers":
            s = r.choice(["https://" + firm + "/careers", "careers." + firm + "/jobs/" + dg(r, 5),
                          "https://www.linkedin.com/jobs/view/" + dg(r, 10, "3"), "jobs." + firm + "/de/stellen"])
            pre = r.choice(["Apply here: ", "Bewerbung: ", "Postuler : ", "Open roles: "])
        elif cat == "url_docs":
            s = r.choice(["https://docs.python.org/3/library/ipaddress.html", "docs." + firm + "/api/v2/auth",
                          "https://developer.mozilla.org/en-US/docs/Web/HTTP", name + ".readthedocs.io/en/latest/"])
            pre = r.choice(["Docs: ", "See ", "Reference: "])
        elif cat == "url_paper":
            s = r.choice(["https://arxiv.org/abs/%d.%05d" % (r.randint(2001, 2412), r.randint(0, 99999)),
                          "doi.org/10.1145/%d.%d" % (r.randint(3000000, 3700000), r.randint(3000000, 3700000)),
                          "https://aclanthology.org/2024.acl-long.%d" % r.randint(1, 900)])
            pre = r.choice(["Paper: ", "Preprint ", "Our paper "])
        elif cat == "url_ticket":
            s = r.choice(["https://www.eventbrite.com/e/%s-tickets-%s" % (name, dg(r, 12)),
                          "meetup.com/%s-berlin/events/%s" % (name, dg(r, 9)), "tickets." + firm + "/summit"])
            pre = r.choice(["Tickets: ", "Register: ", "Anmeldung: "])
        else:
            s = r.choice(["https://forms.gle/" + "".join(r.choice("abcdefghijkLMNOPQRS23456789") for _ in range(17)),
                          "docs.google.com/forms/d/e/1FAIpQL%s/viewform" % dg(r, 10),
                          "https://typeform.com/to/" + "".join(r.choice("aBcDeFgH") for _ in range(8))])
            pre = r.choice(["Feedback form: ", "Fill in ", "Umfrage: "])
        return [P(pre), N(s, cat), P(r.choice(["", ".", " 🙏", ","]))]
    return f


def n_at(r, lang, ctx):
    k = r.randrange(5)
    if k == 0:
        return [P("See you "), N("@", "at_not_handle"), P(r.choice([" the booth", " Hall 3", " lunch"]))]
    if k == 1:
        return [P(r.choice(["Pinging ", "FYI "])), N("@" + r.choice(["here", "channel", "everyone", "all"]), "at_not_handle")]
    if k == 2:
        return [P("Working "), N("@home", "at_not_handle"), P(" today")]
    if k == 3:
        return [P("3 seats "), N("@", "at_not_handle"), P(" €40 each")]
    return [P("Meetup "), N("@", "at_not_handle"), P(r.choice([" Zeche Zollverein", " the Hub", " Campus Nord"]))]


FIRM_T = ["joined %s as VP", "Seven years at %s, now moving on", "%s is hiring analysts in Frankfurt",
          "Neue Rolle bei %s", "Stage chez %s à Paris", "Our %s flagship store reopens", "%s의 신규 캠페인",
          "%s (the company) just posted record results", "ex-%s, now freelance"]
ORGS = [(f, t) for f in FIRM_PEOPLE for t in FIRM_T] + [
    ("Bosch", "Ausbildung bei %s"), ("Siemens", "20 years at %s"), ("Philips", "%s Healthcare is hiring"),
    ("Ferrari", "internship at %s in Maranello"), ("Ford", "%s Motor Company"), ("Dell", "%s Technologies"),
    ("Kellogg", "MBA from %s School of Management"), ("Boeing", "%s 787 supply chain"),
    ("Porsche", "%s Digital"), ("Tesla", "ex-%s battery team"), ("Johnson & Johnson", "regulatory at %s"),
    ("Ernst & Young", "audit at %s"), ("Marks & Spencer", "%s store ops"), ("Hugo Boss", "%s AG, Metzingen")]
PLACES = ["Charlotte, NC", "Victoria, BC", "Florence, Italy", "Austin, TX", "Madison, WI", "Sydney",
          "Jackson, MS", "Savannah, GA", "Eugene, OR", "Regina, SK", "Paris", "Georgia", "Adelaide",
          "Lincoln, NE", "Alexandria, VA", "São Paulo", "Victoria Island, Lagos"]
EPON = ["Dijkstra's algorithm", "Kalman filter", "Bézier curves", "Fourier transform", "Bayesian inference",
        "Gaussian processes", "Turing test", "Nobel Prize", "Diesel engines", "Pulitzer", "Hopper GPUs",
        "Lovelace architecture", "Tesla coil", "Boolean logic", "Markov chains", "Kalman-Filter",
        "Nobelpreis", "transformée de Fourier", "algoritmo de Dijkstra"]
WORDS = [("We ", "will", " ship the beta next week"), ("She handled it with ", "grace", ""),
         ("Revenue ", "rose", " sharply this quarter"), ("I ", "hope", " to see you there"),
         ("A leap of ", "faith", " that paid off"), ("", "Mark", " your calendars"),
         ("Traffic light was ", "amber", ""), ("A ", "sunny", " day in the office"),
         ("Thanks for the ", "frank", " feedback"), ("Das ist mein voller ", "Ernst", ""),
         ("la ", "luz", " del día"), ("trabajamos en ", "paz", ""), ("", "Deniz", " kenarında toplantı"),
         ("Çok ", "umut", " verici bir sonuç"), ("kwa ", "imani", " na bidii"), ("", "Baraka", " tele kwa timu"),
         ("", "amani", " na upendo"), ("pemandangan yang ", "indah", ""), ("", "вера", " в команду"),
         ("", "Надежда", " есть всегда"), ("", "любовь", " к своему делу"), ("rosa", "", ""),
         ("", "Will", " this scale?"), ("", "Hope", " this helps"), ("ada ", "bunga", " mawar di meja kantor")]
WORDS[21] = ("eine ", "Rosa", " Farbe für das Logo")


def n_org(r, lang, ctx):
    o, t = r.choice(ORGS)
    a, b = t.split("%s")
    return [P(a), N(o, "org_name"), P(b)]


def n_place(r, lang, ctx):
    return [P(r.choice(["Relocating to ", "Our new office in ", "Based in ", "Meetup in ", "Standort: "])),
            N(r.choice(PLACES), "place_name")]


def n_epon(r, lang, ctx):
    return [P(r.choice(["Explaining ", "A gentle intro to ", "Why ", "Implemented "])), N(r.choice(EPON), "eponym"),
            P(r.choice(["", " in 5 minutes", " still matters"]))]


def n_word(r, lang, ctx):
    a, w, b = r.choice(WORDS)
    return [P(a), N(w, "name_word"), P(b)]


POS = {"EMAIL": (g_email, 12), "PHONE": (g_phone, 14), "IPV4": (g_ipv4, 6), "IPV6": (g_ipv6, 6),
       "CREDIT_CARD": (g_card, 6), "IBAN": (g_iban, 6), "US_SSN": (g_ssn, 6), "URL": (g_url, 10),
       "HANDLE": (g_handle, 10), "PERSON": (g_person, 14), "GREET": (g_greet, 6)}
NEG = {"date": n_date, "time": n_time, "price": n_price, "order_number": n_order,
       "ticket_number": n_ticket, "isbn": n_isbn, "version": n_version, "patent": n_patent,
       "ip_private": n_ip("ip_private"), "ip_loopback": n_ip("ip_loopback"),
       "ip_link_local": n_ip("ip_link_local"), "ip_documentation": n_ip("ip_documentation"),
       "ip_reserved": n_ip("ip_reserved"), "ip_version": n_ip("ip_version"), "ipv6_nonglobal": n_v6,
       "card_luhn_invalid": n_card, "iban_bad_check": n_iban, "ssn_invalid": n_ssn,
       "url_company": n_url("url_company"), "url_careers": n_url("url_careers"),
       "url_docs": n_url("url_docs"), "url_paper": n_url("url_paper"), "url_ticket": n_url("url_ticket"),
       "url_form": n_url("url_form"), "mailto": None, "at_not_handle": n_at, "org_name": n_org,
       "place_name": n_place, "eponym": n_epon, "name_word": n_word}
KIND_OPEN = {
    "headline": ["Senior Data Engineer | ", "Head of Talent at ", "Founder & CEO · ", "UX Researcher | "],
    "about": ["About me: ", "Über mich: ", "À propos : ", "自己紹介：", "关于我：", ""],
    "experience": ["2019–2023 · Platform Lead. ", "Product Manager (Vollzeit). ", ""],
    "recommendation": ["I managed this person directly. ", "Recommendation: ", ""],
    "event announcement": ["📣 Event: ", "Meetup announcement! ", "Save your seat. ", ""],
    "job ad": ["We're hiring! ", "Wir stellen ein: ", "On recrute ! ", "招聘：", ""],
    "post": [""], "comment": ["", "+1 ", "Agree. "],
}


class Ctx:
    def __init__(self, r, members):
        self.r = r
        self.m = members
        self.person_pool = [x for x in members if x["name"] not in FIRM_PEOPLE]
        self.greet_pool = [x for x in self.person_pool if x["_first"] and x["_cul"] not in ("vi",)]
        self.used = []

    def member(self, person=False, greet=False):
        pool = self.greet_pool if greet else self.person_pool if person else self.m
        x = self.r.choice(pool)
        self.used.append(x)
        return x


def gen_record(i, r, ctx):
    langs = list(L)
    lang = r.choices(langs, [LANG_W.get(x, 2) for x in langs])[0]
    kind = r.choice(KINDS)
    npos = r.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 5])
    nneg = r.choice([0, 1, 1, 2, 2, 3, 4])
    items = []
    ptypes = list(POS)
    for _ in range(npos):
        t = r.choices(ptypes, [POS[t][1] for t in ptypes])[0]
        items.append(("P", t))
    for _ in range(nneg):
        items.append(("N", r.choice(list(NEG))))
    r.shuffle(items)
    # mailto adds one span; cap spans at 6
    nsp = sum(1 for k, _ in items if k == "P" or _ == "mailto")
    while nsp > 6:
        items.pop()
        nsp = sum(1 for k, _ in items if k == "P" or _ == "mailto")
    Lg = L[lang]
    s = sp(lang)
    segs = [P(r.choice(KIND_OPEN[kind]))]
    greet_first = [it for it in items if it == ("P", "GREET")]
    rest = [it for it in items if it != ("P", "GREET")]
    greet_end = bool(greet_first) and r.random() < 0.3
    if greet_first and not greet_end:
        segs += g_greet(r, lang, ctx)
        segs.append(P(s if s else ""))
    if r.random() < 0.6:
        segs.append(P(r.choice(Lg["fill"]) + Lg["end"] + s))
    for j, (k, t) in enumerate(rest):
        if k == "P":
            segs += POS[t][0](r, lang, ctx)
        elif t == "mailto":
            segs += g_email(r, lang, ctx, mailto=True)
        else:
            segs += NEG[t](r, lang, ctx)
        segs.append(P(r.choice([Lg["end"] + s, s + "·" + s, "\n", s + "|" + s, Lg["end"] + s, "; " if s else "，"])))
    if len(greet_first) > 1 and r.random() < 0.5:
        segs += [P(r.choice(["PS ", "P.S. "]))] + g_greet(r, lang, ctx)
    if r.random() < 0.5:
        segs.append(P(r.choice(Lg["fill"]) + r.choice(["!", Lg["end"], " #hiring", " #career"])))
    if greet_end:
        segs.append(P(r.choice(["\n", s, "\n\n"])))
        segs += g_greet(r, lang, ctx)
    text, spans, negs = "", [], []
    for t, lab in segs:
        if lab:
            d = {"start": len(text), "end": len(text) + len(t)}
            if lab[0] == "S":
                d["type"] = lab[1]
                spans.append(d)
            else:
                d["category"] = lab[1]
                negs.append(d)
        text += t
    # text is already NFC since all pieces are NFC
    return {"id": "r%d" % i, "lang": lang, "kind": kind, "text": text, "spans": spans, "negatives": negs}


def generate(records, nmembers, seed):
    r = random.Random(seed)
    members = build_members(nmembers, random.Random(seed * 7919 + 1))
    ctx = Ctx(r, members)
    recs = [gen_record(i + 1, r, ctx) for i in range(records)]
    return members, recs


def selfcheck(members, recs):
    errs = []
    names = {nfc(m["name"]).lower() for m in members}
    names |= {strip_accents(m["name"]).lower() for m in members}
    firsts = {m["_first"].lower() for m in members if m["_first"]}
    handles = {m["handle"] for m in members}
    hosts = ("linkedin.com/in/", "github.com/", "x.com/", "twitter.com/", "medium.com/@", "bsky.app/profile/",
             ".substack.com", "calendly.com/", "askfirst.example/u/")
    for rec in recs:
        t = rec["text"]
        allsp = sorted([(s["start"], s["end"]) for s in rec["spans"] + rec["negatives"]])
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                errs.append((rec["id"], "overlap"))
        for s in rec["spans"]:
            v = t[s["start"]:s["end"]]
            ty = s["type"]
            if not v or v != v.strip():
                errs.append((rec["id"], "blank", v))
            ok = True
            if ty == "EMAIL":
                ok = "@" in v or "at" in v.lower() or "ät" in v or "arroba" in v or "chez" in v or "собака" in v
            elif ty == "PHONE":
                nd = sum(c.isdigit() for c in v)
                ok = 8 <= nd <= 15 and v[-1].isdigit() and (v[0] in "+(0" or v[0].isdigit())
            elif ty == "IPV4":
                ok = ipaddress.IPv4Address(v).is_global
            elif ty == "IPV6":
                ok = ipaddress.IPv6Address(v).is_global
            elif ty == "CREDIT_CARD":
                d = v.replace(" ", "").replace("-", "")
                ok = luhn_ok(d) and len(d) in (15, 16)
            elif ty == "IBAN":
                ok = iban_mod(v) == 1 and len(v.replace(" ", "")) == IBAN_LEN[v[:2]]
            elif ty == "US_SSN":
                ok = ssn_ok(v)
            elif ty == "URL":
                ok = any(h in v for h in hosts) and v[-1] not in ".,)"
            elif ty == "HANDLE":
                ok = v[0] == "@" and v[1:] in handles
            elif ty == "PERSON":
                ok = v.lower() in names or v.lower() in firsts or strip_accents(v).lower() in names
            if not ok:
                errs.append((rec["id"], ty, v))
        for n in rec["negatives"]:
            v = t[n["start"]:n["end"]]
            c = n["category"]
            ok = True
            if c == "card_luhn_invalid":
                ok = not luhn_ok(v.replace(" ", "").replace("-", ""))
            elif c == "iban_bad_check":
                ok = iban_mod(v) != 1
            elif c == "ssn_invalid":
                ok = not ssn_ok(v)
            elif c == "mailto":
                ok = v == "mailto:"
            elif c.startswith("ip_") and c != "ip_version":
                a = ipaddress.IPv4Address(v)
                ok = not a.is_global and {"ip_private": a.is_private and not a.is_loopback and not a.is_link_local,
                                          "ip_loopback": a.is_loopback, "ip_link_local": a.is_link_local,
                                          "ip_documentation": str(a).startswith(("192.0.2.", "198.51.100.", "203.0.113.")),
                                          "ip_reserved": True}[c]
            elif c == "ipv6_nonglobal":
                a6 = ipaddress.IPv6Address(v)
                ok = not a6.is_global or (a6.is_multicast and v.startswith("ff02"))
            elif c == "isbn":
                d = v.replace("-", "")
                ok = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0
            if not ok:
                errs.append((rec["id"], c, v))
    return errs


def dump(members, recs):
    ml = "".join(json.dumps({"user": m["user"], "name": m["name"], "handle": m["handle"]},
                            ensure_ascii=False) + "\n" for m in members)
    cl = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
    return ml, cl


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--selfcheck", action="store_true")
    a = ap.parse_args()
    members, recs = generate(a.records, a.members, a.seed)
    ml, cl = dump(members, recs)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        f.write(ml)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write(cl)
    if a.selfcheck:
        errs = selfcheck(members, recs)
        m2, r2 = generate(a.records, a.members, a.seed)
        same = dump(m2, r2) == (ml, cl)
        cnt, neg = {}, {}
        for x in recs:
            for s in x["spans"]:
                cnt[s["type"]] = cnt.get(s["type"], 0) + 1
            for s in x["negatives"]:
                neg[s["category"]] = neg.get(s["category"], 0) + 1
        print("types:", json.dumps(dict(sorted(cnt.items()))))
        print("negatives:", json.dumps(dict(sorted(neg.items()))))
        print("languages:", len({x["lang"] for x in recs}), "deterministic:", same, "errors:", len(errs))
        for e in errs[:20]:
            print("  ", e)
        if errs or not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
