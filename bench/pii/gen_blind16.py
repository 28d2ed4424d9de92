#!/usr/bin/env python3
"""gen_blind16.py - the twentieth labelled PII corpus: an independent, adversarial test set.

Written blind: its author read only the text of issue 3 (what counts as personal data and what
does not) and score.py (the label format and how it is scored), never the redactor, its docs, its
tests or the other corpus generators.  Its templates, name lists and formats are therefore not
what the redactor was tuned on, so scores on it measure the redactor honestly.

  python3 bench/pii/gen_blind16.py --out DIR --records 5000 --members 100000 --seed 1

writes DIR/members.jsonl (exactly --members lines {"user","name","handle"}) and DIR/corpus.jsonl
(records {"id","lang","kind","text","spans":[{start,end,type}],"negatives":[{start,end,
category}]}; offsets in Unicode code points into text, end-exclusive), deterministic for a seed
(also across PYTHONHASHSEED).  About 980 templates (@kinds header + body with typed slots, see
the TEMPLATE section) are filled with generated values; every offset is computed while the text
is assembled.  A balancer steers template choice so every category reaches a few hundred
instances at 5000 records.  Self-check at the end (exit 1 on failure): every slice lies inside
its text, gold spans do not overlap each other, no negative overlaps a gold span, every gold
value is valid (Luhn and brand length, mod-97 and country length, SSN ranges, globally routable
IPs, member handles, directory names) and every negative of a validated kind is invalid, and no
member full name (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, CJK, Hangul) or
member @handle occurs anywhere in a text without a label.  Python 3 standard library only.

Languages (25): en, de, fr, es, it, pt, nl, pl, sv, cs, tr, ru, uk, el, ar, fa, he, hi, zh, ja,
ko, th, vi, id, sw; records mix in English phrases, emoji, hashtags, lists, code, logs, configs
and e-mail signatures.  Kinds: post, comment, headline, about, experience, message, job_post,
recommendation, event.  The directory holds names of ~30 cultures in their scripts (Latin with
diacritics, Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari, Han without spaces, kana,
Hangul, Thai, Vietnamese), gendered surname forms where the language has them, and members whose
names collide with the hard negatives: companies ("Morgan Stanley", "Hugo Boss", "Carolina
Herrera"), eponyms and institutions ("Grace Hopper", "Max Planck", "Simon Fraser", surnames
Dijkstra, Taylor, Cohen, Brooks, Kafka), places ("Charlotte Brooks", "Sydney Park", "Dolores",
"João") and ordinary words (Will, Grace, Rose, June, May, Mark, Hope, Ernst, Dolores, Luz, Вера,
Надежда, Deniz, Umut, نور, أمل, אור, आशा, पूजा, Baraka).

Gold types (issue 3): EMAIL (personal, work, role; [at]/(at)/[dot]/(dot) obfuscated; glued to
Han, kana, Hangul and Thai text), PHONE (US/CA, UK, DE, FR, IN, BR, JP, AU, CN, ES, IT, NL, NG in
national and international formats with space, dash, dot, slash, NBSP and (0), bare E.164, and
some other countries' numbers in posts of their languages), IPV4 and IPV6 (globally routable;
:port, /cidr and [ ] outside the span), CREDIT_CARD (Luhn-valid Visa, Mastercard 51-55 and
2221-2720, Amex, Discover; grouped by space or dash, or compact), IBAN (mod-97-valid, right
length, 20 countries, compact or grouped by four), US_SSN (valid ranges, dash or space), URL
(profile links of LinkedIn, GitHub, X and twitter.com, Medium, Bluesky, Substack, Calendly,
askfirst.example/u/, GitLab, Mastodon, Instagram; with or without scheme; trailing . ) , and
quotes outside), HANDLE (@handle of a member), PERSON (member full names, also diacritics
stripped or lower case; @-mentions of full names, span without the @; possessives, span without
's / ' ; Turkish case suffixes after an apostrophe outside; a first name alone in greetings and
thanks in 19 languages; CJK, Hangul and Thai names with honorifics outside the span).

Hard-negative categories: date, time, price, order_number, ticket_number, tracking_number, isbn,
version, patent, postcode, signed_number (phone look-alikes); ip_private, ip_loopback,
ip_link_local, ip_documentation, ip_reserved, ip_version, ipv6_loopback, ipv6_link_local,
ipv6_ula, ipv6_documentation, mac_address; card_luhn_invalid, iban_bad_check, iban_bad_length
(mod-97 valid, wrong length), bic, ssn_invalid (area 000/666/9xx, group 00, serial 0000);
url_company, url_careers, url_docs, url_paper, url_ticket, url_form, url_hashtag (x.com/hashtag,
linkedin.com/feed/hashtag, ...), url_site_page (github.com/settings, x.com/explore, ...),
url_platform_page (askfirst.example pages that are not /u/ profiles), url_example_domain,
email_example_domain (RFC 2606 domains); at_not_handle (@here, @channel, @Override, @media,
@types/node, "Engineer @ Company"); org_name, place_name, eponym, eponym_institution,
product_name (Julia, Ruby, Jenkins, Kafka, Claude, Alexa, ...), name_word; and boundary
characters that must stay outside a gold span: mailto, angle_bracket, trailing_punct, port,
cidr, ipv6_bracket, possessive_suffix, honorific.

Labelling decisions a reader may want to know: a member first name is labelled only in a
greeting or thanks or as a possessive, never alone elsewhere; names in Slavic and Greek texts
appear only in the nominative (greetings only where the vocative equals it); Hebrew names glued
to the one-letter prefix ל ("to") and Thai names after คุณ are labelled without the prefix; company
and role addresses, company hotlines and company IBANs are personal data by the issue's
definitions; values in code, logs and test fixtures are labelled when they are valid.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import sys
import time
import unicodedata

NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------------
# validators and check digits
# ---------------------------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_make(country, bban):
    chk = 98 - iban_mod(country + "00" + bban)
    return "%s%02d%s" % (country, chk, bban)


IBAN_SPEC = {  # country: (length, BBAN pattern: n digit, a upper letter, c alnum; bank codes)
    "DE": (22, "8n10n", None), "FR": (27, "5n5n11c2n", None), "GB": (22, "4a6n8n",
                                                                        ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ", "REVO"]),
    "ES": (24, "4n4n2n10n", None), "IT": (27, "1a5n5n12c", None),
    "NL": (18, "4a10n", ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"]),
    "BE": (16, "3n7n2n", None), "AT": (20, "5n11n", None), "CH": (21, "5n12c", None),
    "PL": (28, "8n16n", None), "PT": (25, "4n4n11n2n", None), "SE": (24, "3n16n1n", None),
    "IE": (22, "4a6n8n", ["AIBK", "BOFI", "IPBS", "ULSB"]), "NO": (15, "4n6n1n", None),
    "DK": (18, "4n9n1n", None), "FI": (18, "3n11n", None), "LU": (20, "3n13c", None),
    "CZ": (24, "4n6n10n", None), "GR": (27, "3n4n16c", None), "TR": (26, "5n1n16c", None),
}


def iban_valid(s):
    s = s.replace(" ", "")
    spec = IBAN_SPEC.get(s[:2])
    return bool(spec) and len(s) == spec[0] and iban_mod(s) == 1


def ssn_valid(a, g, s):
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def isbn13(body12):
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return body12 + str((10 - t % 10) % 10)


def isbn10(body9):
    t = sum(int(c) * (10 - i) for i, c in enumerate(body9))
    c = (11 - t % 11) % 11
    return body9 + ("X" if c == 10 else str(c))


def strip_marks(s):
    """Drop diacritics of Latin, Greek and Cyrillic letters; other scripts keep their signs."""
    s = (s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
         .replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("đ", "d")
         .replace("Đ", "D").replace("ı", "i").replace("œ", "oe"))
    out = []
    base = ""
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            if base and base < "\u0530":
                continue
        else:
            base = c
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def norm(s):
    return strip_marks(s).casefold()


def asciify(s):
    s = strip_marks(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


# ---------------------------------------------------------------------------------------------
# member directory: name pools per culture ("_" joins a multi-word part; "native:roman" gives
# the romanisation used for handles and e-mail addresses of non-Latin names)
# ---------------------------------------------------------------------------------------------

POOLS = {
    "en": dict(script="latin", weight=16, first="""
        James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara
        Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Emily Daniel Lisa
        Matthew Nancy Anthony Betty Steven Ashley Andrew Kimberly Joshua Donna Kevin Michelle Brian
        Laura Ryan Rachel Jacob Olivia Emma Sophia Liam Noah Ethan Chloe Hannah Megan Tyler Kayla
        Brandon Lauren Nathan Abigail Owen Zoe Caleb Natalie Connor Leah Aiden Hailey Gavin Morgan
        Simon Alan Marie Edith Rosalind Ted Tom Kate Arthur Tim Ben Paul Dean Carolina Sean Siobhan
        Niamh Declan Callum Fiona Alistair Eilidh Rhys Cerys Will Grace Rose June May April August
        Bill Faith Hope Joy Summer Dawn Jack Frank Miles Chase Hunter Pat Drew Amber Ruby Jade Ivy
        Iris Lily Holly Pearl Glen Gene Carol Robin Max Nick Ray Sky Brooke Charlotte Victoria
        Austin Dallas Sydney Georgia Madison Florence Adelaide Regina Lincoln Eugene Chelsea
        Jackson Savannah Virginia Paris Brooklyn Aurora Helena Jordan Chad Alexa Claude Devin
        Jasper Oscar Harvey Cassandra Julia Ada Pascal Hugo Mark Rich Art Lorraine Israel
        """, last="""
        Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
        Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott
        Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans
        Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell
        Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers
        Long Ross Foster Hartley O'Brien O'Connor McDonald Fisher Nash Porter Pearson Hamilton
        Cohen Jenkins Fraser Gallagher Doyle Kennedy Lynch MacLeod Sinclair Pritchard Llewellyn
        Okafor Brennan Whitfield Ashworth Thornton Blackwood Fairbanks Holloway Kowalczyk Nguyen
        Patel Chen Garcia Lopez Rivera Kim Singh Ali Hassan Dubois Rossi Novak Schmidt
        """),
    "de": dict(script="latin", weight=9, first="""
        Anja Lukas Jonas Leon Finn Paul Felix Maximilian Elias Noah Luis Ben Emil Anton Jakob Moritz
        Tobias Florian Sebastian Stefan Andreas Michael Thomas Markus Jürgen Jörg Uwe Dieter Klaus
        Hans-Peter Karl-Heinz Mia Emma Hannah Sophie Lea Lena Marie Johanna Clara Leonie Laura
        Julia Katharina Sabine Petra Ute Birgit Susanne Ulrike Heike Anke Silke Kerstin Franziska
        Theresa Annika Svenja Janina Ernst Frank Kai Rosa Heide Jan Max Hugo Ludwig Till Ole
        Malte Jannik Sönke Björn Gesine Wiebke Friederike Lotte Greta Ida Frieda Carl Robert Adam
        """, last="""
        Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
        Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
        Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann
        König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel
        Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht
        Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto
        Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl
        Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Großmann von_Bülow
        von_der_Heyde zu_Stolberg Oetker Bosch Planck Humboldt Zeiss Opel Kafka Hopper
        """),
    "fr": dict(script="latin", weight=6, first="""
        Camille Léa Manon Chloé Inès Jade Louise Zoé Lucie Juliette Mathilde Émilie Céline Aurélie
        Sandrine Nathalie Isabelle Sophie Hélène Élodie Margaux Clémence Gabriel Louis Raphaël
        Arthur Hugo Jules Lucas Adam Mathis Nathan Théo Thomas Nicolas Julien Guillaume Antoine
        Mathieu Sébastien Pierre Jean-Pierre Jean-Luc François Benoît Stéphane Jérôme Cédric
        Anne-Sophie Marie-Claire Pascal Claude Rose Lorraine Denis Florence Yves Christian Gaël
        Loïc Maëlle Océane Noémie Anaïs Bérénice Héloïse Grégoire Thibault Baptiste Amélie
        """, last="""
        Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre
        Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier
        Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller
        Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier
        Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy
        Noël Meyer Lucas Meunier Jean Pérez Marchand Dufour Blanchard Barbier Brun Dumas Brunet
        Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc
        Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis
        Olivier Rodriguez Da_Silva Hubert Louis Charles Guillot Rivière Le_Gall Guillaume Adam Rey
        Moulin Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoît Paris
        Maillard Marchal Aubry Vasseur Le_Roux Renault Jacquet Collet Prévost Poirier Charpentier
        Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Perrot Guyot Barre
        Marty Cousin Curie Cardin Dior Vuitton
        """),
    "es": dict(script="latin", weight=6, first="""
        Lucía María Martina Sofía Paula Julia Valeria Alba Daniela Carmen Ana Laura Marta Elena
        Cristina Isabel Pilar Dolores Mercedes Luz Paz Rocío Amparo Soledad Consuelo Victoria
        Alejandro Pablo Hugo Daniel Álvaro Adrián David Javier Diego Jorge Sergio Carlos Manuel
        Antonio José Francisco Juan Luis Miguel Rafael Fernando Raúl Iñigo Jesús Santiago Mateo
        Leire Ainhoa Nerea Itziar Aitor Iker Xabier Núria Jordi Montserrat Guillermo Ignacio
        Carolina Lourdes Adolfo Beatriz Inmaculada Begoña Rosa Ximena Valentina Camila
        """, last="""
        García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz
        Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez
        Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz
        Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano
        Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos
        Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo
        Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Arias Vargas
        Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas
        García_López Martín_Sanz de_la_Fuente Echeverría Goikoetxea Puig Herrera Domínguez_Ruiz
        """),
    "it": dict(script="latin", weight=4, first="""
        Giulia Francesca Chiara Sara Martina Alessia Valentina Federica Elisa Silvia Giorgia Aurora
        Beatrice Ginevra Alice Sofia Rosa Speranza Marco Luca Giuseppe Francesco Alessandro Andrea
        Matteo Lorenzo Davide Simone Federico Riccardo Stefano Paolo Giovanni Antonio Roberto
        Salvatore Vincenzo Gianluca Pierluigi Giorgio Brunello Ermenegildo Enzo Niccolò Mattia
        Domenico Carmela Raffaella Lucia Ilaria Caterina Benedetta Tommaso Emanuele Edoardo
        """, last="""
        Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
        Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra
        Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini
        Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi
        Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani
        Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore
        Armani Zegna Cucinelli Ferragamo
        """),
    "pt": dict(script="latin", weight=5, first="""
        João Maria Ana Beatriz Mariana Gabriela Larissa Fernanda Juliana Camila Letícia Bruna
        Amanda Aline Patrícia Graça Conceição Luz Rafaela Isabela Luana Thaís Vitória Lourdes
        Pedro Lucas Gabriel Matheus Rafael Gustavo Felipe Bruno Thiago Rodrigo Eduardo Leonardo
        Vinícius Diego Guilherme André Paulo José Antônio Francisco Carlos Luís Miguel Tiago
        Henrique Caio Murilo Otávio Sebastião Joaquim Rui Nuno Inês Leonor Francisca
        """, last="""
        Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro
        Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento
        Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana
        Teixeira Araújo Pinto Correia Cavalcanti Monteiro Moura Batista Campos Castro Azevedo
        Fonseca Sampaio Magalhães Figueiredo Coelho Tavares Brandão Quintela Siqueira
        de_Souza da_Silva dos_Santos de_Oliveira Albuquerque Bragança Conceição
        """),
    "nl": dict(script="latin", weight=3, first="""
        Sanne Lotte Eva Anouk Femke Fleur Iris Lieke Roos Sophie Julia Emma Tess Noor Maud Anne
        Marieke Inge Esther Ilse Daan Sem Lucas Levi Thijs Jesse Bram Ruben Lars Niels Joost
        Pieter Sjoerd Wouter Maarten Bas Koen Jeroen Hendrik Jan Willem Gijs Stijn Floris Mees
        Teun Hidde Job Rutger Jasper Wim Kees Henk
        """, last="""
        de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer
        Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits
        de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel
        van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden Schouten van_Beek Willems
        van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman
        Kuipers Veenstra Postma Wiersma Zwart Timmermans Groen Schipper Verbeek
        """),
    "pl": dict(script="latin", weight=3, first_f="""
        Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Zofia
        Aleksandra Natalia Julia Marta Monika Dorota Beata Karolina Paulina Weronika Zuzanna
        """, first_m="""
        Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Mateusz Grzegorz
        Wojciech Kamil Maciej Bartosz Szymon Dawid Przemysław Jarosław Sławomir Zbigniew Jan
        """, last="""
        Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska
        Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak
        Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur
        Wojciechowski/Wojciechowska Kwiatkowski/Kwiatkowska Krawczyk Kaczmarek
        Piotrowski/Piotrowska Grabowski/Grabowska Zając Pawłowski/Pawłowska Michalski/Michalska
        Król Wieczorek Jabłoński/Jabłońska Wróbel Majewski/Majewska Olszewski/Olszewska Stępień
        Malinowski/Malinowska Jaworski/Jaworska Adamczyk Dudek Nowicki/Nowicka Pawlak
        Górecki/Górecka Walczak Sikora Baran Rutkowski/Rutkowska Michalak Szewczyk
        Ostrowski/Ostrowska Pietrzak Marciniak Zalewski/Zalewska Sadowski/Sadowska Bąk Wilk
        Czarnecki/Czarnecka Sokołowski/Sokołowska Kubiak Lis Mazurek Sobczak
        """),
    "sv": dict(script="latin", weight=3, first="""
        Elsa Alice Maja Astrid Wilma Freja Ebba Ella Saga Agnes Linnea Klara Ingrid Karin Kerstin
        Birgitta Annika Sofie Mette Ingeborg Sigrid Solveig Liv Oscar William Lucas Hugo Elias
        Alexander Liam Oliver Axel Olle Erik Lars Anders Johan Nils Magnus Henrik Mikael Björn
        Gustav Fredrik Sven Per Jonas Rasmus Mads Søren Frederik Kasper Ole Knut Håkon Sindre
        """, last="""
        Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
        Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström
        Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
        Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund
        Danielsson Håkansson Lundin Björk Nyström Holm Bergman Samuelsson Fransson Wikström Isaksson
        Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
        Johansen Olsen Haugen Halvorsen Kristiansen Solberg Bakken Dahl Lie Strand
        """),
    "cs": dict(script="latin", weight=2, first_f="""
        Jana Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Martina Jitka Tereza
        Michaela Zuzana Markéta Barbora Kristýna
        """, first_m="""
        Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František
        Karel Milan Vojtěch Lukáš Ondřej Radek Jakub Štěpán Matěj Vít Marek
        """, last="""
        Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá
        Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová
        Pokorný/Pokorná Pospíšil/Pospíšilová Hájek/Hájková Jelínek/Jelínková Král/Králová
        Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková Doležal/Doležalová
        Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková Urban/Urbanová
        Vaněk/Vaňková Blažek/Blažková Kříž/Křížová Kovář/Kovářová Bartoš/Bartošová Vlček/Vlčková
        """),
    "tr": dict(script="latin", weight=3, first="""
        Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hanife Merve Büşra Esra Özge
        Gizem Ece Derya Deniz Yıldız Ay Su Selin Dilara İrem Mehmet Mustafa Ahmet Ali Hüseyin
        Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Can Barış Umut Kerem Onur Serkan
        Oğuz Tolga Cem Kaan Arda Efe Berk Ege Tuğba Gökhan Çağla Şule
        """, last="""
        Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
        Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Erdoğan Yavuz Can Acar Aktaş
        Kalkan Güler Tekin Bozkurt Keskin Ünal Tunç Aksoy Uysal Avcı Turan Sarı Bulut Güneş
        Erdem Altun Işık Karaca Bayram Akın Ateş Özer Sönmez Cengiz Akgül Uçar Toprak
        """),
    "ru": dict(script="cyrillic", weight=4, first_f="""
        Анна:anna Мария:maria Елена:elena Ольга:olga Наталья:natalya Татьяна:tatyana Ирина:irina
        Екатерина:ekaterina Светлана:svetlana Юлия:yulia Анастасия:anastasia Дарья:darya
        Ксения:ksenia Вера:vera Надежда:nadezhda Любовь:lyubov Полина:polina Алина:alina
        Виктория:viktoria София:sofia
        """, first_m="""
        Александр:alexander Дмитрий:dmitry Сергей:sergey Андрей:andrey Алексей:alexey Иван:ivan
        Михаил:mikhail Никита:nikita Артём:artem Максим:maxim Павел:pavel Николай:nikolay
        Владимир:vladimir Евгений:evgeny Илья:ilya Кирилл:kirill Роман:roman Олег:oleg
        Тимур:timur Глеб:gleb Денис:denis Егор:egor
        """, last="""
        Иванов/Иванова:ivanov/ivanova Смирнов/Смирнова:smirnov/smirnova
        Кузнецов/Кузнецова:kuznetsov/kuznetsova Попов/Попова:popov/popova
        Васильев/Васильева:vasilyev/vasilyeva Петров/Петрова:petrov/petrova
        Соколов/Соколова:sokolov/sokolova Михайлов/Михайлова:mikhailov/mikhailova
        Новиков/Новикова:novikov/novikova Фёдоров/Фёдорова:fedorov/fedorova
        Морозов/Морозова:morozov/morozova Волков/Волкова:volkov/volkova
        Алексеев/Алексеева:alekseev/alekseeva Лебедев/Лебедева:lebedev/lebedeva
        Семёнов/Семёнова:semenov/semenova Егоров/Егорова:egorov/egorova
        Павлов/Павлова:pavlov/pavlova Козлов/Козлова:kozlov/kozlova
        Степанов/Степанова:stepanov/stepanova Николаев/Николаева:nikolaev/nikolaeva
        Орлов/Орлова:orlov/orlova Андреев/Андреева:andreev/andreeva
        Макаров/Макарова:makarov/makarova Никитин/Никитина:nikitin/nikitina
        Захаров/Захарова:zakharov/zakharova Зайцев/Зайцева:zaitsev/zaitseva
        Борисов/Борисова:borisov/borisova Яковлев/Яковлева:yakovlev/yakovleva
        Романов/Романова:romanov/romanova Сергеев/Сергеева:sergeev/sergeeva
        Кузьмин/Кузьмина:kuzmin/kuzmina Фролов/Фролова:frolov/frolova
        Марков/Маркова:markov/markova Белов/Белова:belov/belova Тарасов/Тарасова:tarasov/tarasova
        """),
    "uk": dict(script="cyrillic", weight=2, first="""
        Олена:olena Оксана:oksana Ірина:iryna Наталія:natalia Тетяна:tetiana Юлія:yulia
        Марія:mariia Ганна:hanna Катерина:kateryna Софія:sofiia Дарина:daryna Соломія:solomiia
        Христина:khrystyna Олександр:oleksandr Андрій:andrii Дмитро:dmytro Сергій:serhii
        Володимир:volodymyr Микола:mykola Тарас:taras Богдан:bohdan Остап:ostap Юрій:yurii
        Максим:maksym Іван:ivan Віталій:vitalii Ярослав:yaroslav Назар:nazar
        """, last="""
        Шевченко:shevchenko Коваленко:kovalenko Бондаренко:bondarenko Ткаченко:tkachenko
        Кравченко:kravchenko Олійник:oliinyk Шевчук:shevchuk Поліщук:polishchuk Бойко:boiko
        Ковальчук:kovalchuk Мельник:melnyk Лисенко:lysenko Марченко:marchenko Руденко:rudenko
        Савченко:savchenko Петренко:petrenko Гончаренко:honcharenko Мороз:moroz Коваль:koval
        Павленко:pavlenko Левченко:levchenko Харченко:kharchenko Кузьменко:kuzmenko
        Романенко:romanenko Климченко:klymchenko Яковенко:yakovenko Гнатюк:hnatiuk
        """),
    "el": dict(script="greek", weight=2, first_f="""
        Μαρία:maria Ελένη:eleni Αικατερίνη:aikaterini Βασιλική:vasiliki Σοφία:sofia
        Αναστασία:anastasia Δήμητρα:dimitra Γεωργία:georgia Ευαγγελία:evangelia Ιωάννα:ioanna
        Χριστίνα:christina Αθηνά:athina Ειρήνη:eirini Κατερίνα:katerina Φωτεινή:foteini
        """, first_m="""
        Γιώργος:giorgos Δημήτρης:dimitris Κωνσταντίνος:konstantinos Γιάννης:giannis
        Νίκος:nikos Παναγιώτης:panagiotis Βασίλης:vasilis Χρήστος:christos Αλέξανδρος:alexandros
        Στέλιος:stelios Θανάσης:thanasis Μιχάλης:michalis Σπύρος:spyros
        """, last="""
        Παπαδόπουλος/Παπαδοπούλου:papadopoulos/papadopoulou Βασιλείου:vasileiou
        Γεωργίου:georgiou Νικολάου:nikolaou Ιωάννου:ioannou Παπαγεωργίου:papageorgiou
        Οικονόμου:oikonomou Δημητρίου:dimitriou Αντωνίου:antoniou Μακρής/Μακρή:makris/makri Κωνσταντίνου:konstantinou
        Αλεξίου:alexiou Χριστοδούλου:christodoulou Θεοδωρίδης/Θεοδωρίδου:theodoridis/theodoridou
        Καραγιάννης/Καραγιάννη:karagiannis/karagianni Παππάς/Παππά:pappas/pappa
        Μαυρίδης/Μαυρίδου:mavridis/mavridou Αθανασίου:athanasiou
        Πετρόπουλος/Πετροπούλου:petropoulos/petropoulou Σταματίου:stamatiou
        """),
    "ar": dict(script="arabic", weight=3, first="""
        محمد:mohamed أحمد:ahmed علي:ali عمر:omar يوسف:youssef خالد:khaled حسن:hassan
        إبراهيم:ibrahim مصطفى:mostafa طارق:tarek كريم:karim سامي:sami رامي:rami زياد:ziad
        فاطمة:fatima مريم:mariam نور:nour أمل:amal سارة:sara ليلى:layla هدى:huda ياسمين:yasmine
        رنا:rana دينا:dina سلمى:salma منى:mona هبة:heba لينا:lina ريم:reem
        """, last="""
        الخطيب:alkhatib حداد:haddad منصور:mansour العلي:alali الأحمد:alahmad عبدالله:abdullah
        الحسن:alhassan سليمان:suleiman النجار:alnajjar الشامي:alshami المصري:almasri
        الزهراني:alzahrani القحطاني:alqahtani العتيبي:alotaibi الدوسري:aldosari صالح:saleh
        يوسف:youssef خليل:khalil عثمان:othman البدوي:albadawi الفارس:alfares حمدان:hamdan
        """),
    "ar_lat": dict(script="latin", weight=2, first="""
        Mohamed Ahmed Omar Youssef Khaled Hassan Ibrahim Tarek Karim Sami Rami Ziad Fatima Mariam
        Nour Amal Sara Layla Huda Yasmine Rana Dina Salma Mona Lina Reem Hamza Bilal Nadia Samira
        """, last="""
        El-Khatib Haddad Mansour Al-Ali Abdullah Al-Hassan Suleiman Al-Najjar El-Masri
        Al-Zahrani Al-Qahtani Saleh Khalil Othman Hamdan Benali Bouzid Haddadi El_Amrani
        Benjelloun Cherkaoui Ben_Salah Trabelsi Jaziri Nasser
        """),
    "fa": dict(script="arabic", weight=1, first="""
        مریم:maryam زهرا:zahra فاطمه:fatemeh سارا:sara نازنین:nazanin شیرین:shirin الهام:elham
        نگار:negar پریسا:parisa ستاره:setareh علی:ali رضا:reza حسین:hossein امیر:amir
        مهدی:mehdi محمدرضا:mohammadreza بهروز:behrouz آرش:arash کاوه:kaveh سعید:saeed
        """, last="""
        محمدی:mohammadi حسینی:hosseini احمدی:ahmadi رضایی:rezaei کریمی:karimi موسوی:mousavi
        جعفری:jafari صادقی:sadeghi رحیمی:rahimi تهرانی:tehrani شریفی:sharifi نوری:nouri
        کاظمی:kazemi فراهانی:farahani
        """),
    "he": dict(script="hebrew", weight=2, first="""
        נועה:noa תמר:tamar מאיה:maya שירה:shira יעל:yael מיכל:michal רונית:ronit טל:tal
        אור:or הילה:hila דנה:dana ליאת:liat אביגיל:avigail יונתן:yonatan איתי:itai
        אורי:uri דניאל:daniel עומר:omer נועם:noam אריאל:ariel יוסף:yosef דוד:david
        משה:moshe אבי:avi גיא:guy עידו:ido רון:ron
        """, last="""
        כהן:cohen לוי:levi מזרחי:mizrahi פרץ:peretz ביטון:biton דהן:dahan אברהם:avraham
        פרידמן:friedman אזולאי:azoulay מלכה:malka גבאי:gabay שפירא:shapira אוחיון:ohayon
        בן_דוד:ben-david רוזנברג:rosenberg גולדברג:goldberg קליין:klein שטרן:stern
        """),
    "hi": dict(script="devanagari", weight=2, first="""
        राहुल:rahul अमित:amit विकास:vikas संजय:sanjay अनिल:anil सुनील:sunil राजेश:rajesh
        अर्जुन:arjun रोहन:rohan आदित्य:aditya विनोद:vinod प्रिया:priya पूजा:pooja नेहा:neha
        अंजलि:anjali आशा:asha ज्योति:jyoti सुनीता:sunita कविता:kavita दीपिका:deepika
        श्रुति:shruti स्नेहा:sneha रश्मि:rashmi मीनाक्षी:meenakshi
        """, last="""
        शर्मा:sharma वर्मा:verma गुप्ता:gupta सिंह:singh कुमार:kumar यादव:yadav मिश्रा:mishra
        पांडे:pandey जोशी:joshi त्रिपाठी:tripathi श्रीवास्तव:srivastava चौहान:chauhan
        अग्रवाल:agarwal मेहता:mehta पटेल:patel देशपांडे:deshpande कुलकर्णी:kulkarni
        """),
    "in_lat": dict(script="latin", weight=4, first="""
        Rahul Amit Vikas Sanjay Anil Sunil Rajesh Arjun Rohan Aditya Vinod Priya Pooja Neha
        Anjali Asha Jyoti Sunita Kavita Deepika Shruti Sneha Rashmi Meenakshi Karthik Srinivas
        Venkatesh Lakshmi Divya Ananya Ishaan Vivek Harpreet Gurpreet Manpreet Aarav Aditi
        Siddharth Nikhil Tanvi Ritika Abhishek Saurabh Varun Kiran
        """, last="""
        Sharma Verma Gupta Singh Kumar Yadav Mishra Pandey Joshi Tripathi Srivastava Chauhan
        Agarwal Mehta Patel Deshpande Kulkarni Iyer Iyengar Reddy Nair Menon Pillai Rao Naidu
        Krishnan Subramanian Banerjee Chatterjee Mukherjee Bose Das Sen Ghosh Kapoor Malhotra
        Khanna Bhatia Gill Sandhu Desai Shah Jain
        """),
    "zh": dict(script="han", weight=5, order="fg", first="""
        伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 艳:yan
        杰:jie 涛:tao 明:ming 超:chao 秀英:xiuying 霞:xia 平:ping 刚:gang 桂英:guiying
        小明:xiaoming 晓燕:xiaoyan 子涵:zihan 浩然:haoran 梓萱:zixuan 宇轩:yuxuan 欣怡:xinyi
        俊杰:junjie 雨桐:yutong 思远:siyuan 嘉怡:jiayi 志强:zhiqiang 建华:jianhua 海燕:haiyan
        婷婷:tingting 文博:wenbo 一鸣:yiming 佳琪:jiaqi
        """, last="""
        王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu
        孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao 郑:zheng 梁:liang 谢:xie
        宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 萧:xiao 田:tian
        董:dong 潘:pan 袁:yuan 蔡:cai 蒋:jiang 余:yu 欧阳:ouyang 司马:sima
        """),
    "zh_lat": dict(script="latin", weight=2, first="""
        Wei Fang Na Min Jing Li Qiang Lei Jun Yang Jie Tao Ming Xiaoming Xiaoyan Zihan Haoran
        Yuxuan Xinyi Junjie Yutong Siyuan Jiayi Zhiqiang Jianhua Tingting Wenbo Yiming Jiaqi
        """, last="""
        Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao
        Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Tian Dong Pan Yuan Cai Jiang Yu
        """),
    "ja": dict(script="han", weight=4, order="fg", first="""
        太郎:taro 健太:kenta 翔太:shota 大輔:daisuke 拓也:takuya 直樹:naoki 浩二:koji 誠:makoto
        隆:takashi 聡:satoshi 亮:ryo 蓮:ren 悠真:yuma 湊:minato 陽翔:haruto 大和:yamato
        花子:hanako 美咲:misaki 陽菜:hina 結衣:yui さくら:sakura 愛:ai 恵:megumi 由美:yumi
        真由美:mayumi 彩:aya 葵:aoi 凛:rin 芽衣:mei 千尋:chihiro 智子:tomoko 優子:yuko
        """, last="""
        佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto
        中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki
        山口:yamaguchi 松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 斎藤:saito 清水:shimizu
        山崎:yamazaki 森:mori 池田:ikeda 橋本:hashimoto 阿部:abe 石川:ishikawa 前田:maeda
        藤田:fujita 岡田:okada 後藤:goto 長谷川:hasegawa 村上:murakami 近藤:kondo 坂本:sakamoto
        """),
    "ja_lat": dict(script="latin", weight=1, first="""
        Taro Kenta Shota Daisuke Takuya Naoki Koji Makoto Takashi Satoshi Ryo Ren Yuma Haruto
        Hanako Misaki Hina Yui Sakura Ai Megumi Yumi Aya Aoi Rin Mei Chihiro Tomoko Yuko
        """, last="""
        Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida
        Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Saito Shimizu Mori Ikeda
        """),
    "ko": dict(script="hangul", weight=3, order="fg", first="""
        민준:minjun 서준:seojun 도윤:doyun 예준:yejun 시우:siwoo 하준:hajun 지호:jiho
        주원:juwon 지훈:jihoon 현우:hyunwoo 성민:sungmin 동현:donghyun 서연:seoyeon
        서윤:seoyun 지우:jiwoo 하은:haeun 민서:minseo 지민:jimin 수아:sua 지유:jiyu
        예은:yeeun 수빈:subin 지현:jihyun 은지:eunji 혜진:hyejin 유진:yujin
        """, last="""
        김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han
        오:oh 서:seo 신:shin 권:kwon 황:hwang 안:ahn 송:song 류:ryu 홍:hong
        """),
    "ko_lat": dict(script="latin", weight=1, first="""
        Minjun Seojun Doyun Jiho Jihoon Hyunwoo Sungmin Donghyun Seoyeon Jiwoo Haeun Minseo
        Jimin Subin Jihyun Eunji Hyejin Yujin
        """, last="""
        Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Hong
        """),
    "th": dict(script="thai", weight=2, first="""
        สมชาย:somchai สมศักดิ์:somsak ประเสริฐ:prasert วิชัย:wichai สุรชัย:surachai
        ธนากร:thanakorn ณัฐพล:nattapon กิตติพงษ์:kittipong อนุชา:anucha ปิยะ:piya
        สมหญิง:somying สุดารัตน์:sudarat วราภรณ์:waraporn กัญญา:kanya นภา:napa
        ศิริพร:siriporn พิมพ์ชนก:pimchanok ปราณี:pranee อรทัย:orathai ชนิดา:chanida
        """, last="""
        ใจดี:jaidee สุขสวัสดิ์:suksawat ศรีสุข:srisuk รัตนวงศ์:rattanawong แสงทอง:saengthong
        วงศ์สวัสดิ์:wongsawat ทองดี:thongdee บุญมา:boonma พรหมมา:promma จันทร์เพ็ญ:chanpen
        ศักดิ์ดี:sakdee มีสุข:meesuk สมบูรณ์:somboon เกียรติศักดิ์:kiattisak
        """),
    "vi": dict(script="latin", weight=2, order="fg", first="""
        Văn_An Thị_Mai Minh_Anh Thu_Hà Quốc_Bảo Đức_Minh Thanh_Hương Hoàng_Nam Ngọc_Lan
        Văn_Hùng Thị_Lan Minh_Tuấn Thùy_Linh Phương_Thảo Gia_Huy Bảo_Ngọc Đức_Anh Khánh_Linh
        Tuấn_Kiệt Hải_Yến Quang_Vinh Thị_Hồng Hữu_Phước Kim_Ngân
        """, last="""
        Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý
        """),
    "id": dict(script="latin", weight=2, first="""
        Budi Agus Dewi Siti Sri Putri Rina Wahyu Eko Joko Bambang Hendra Rizky Fajar Dian Indah
        Ayu Nurul Fitri Rahmat Yusuf Arief Bayu Citra Intan Kartika Lestari Made Ketut Wayan
        Gede Komang Adi Teguh Andi
        """, last="""
        Santoso Wijaya Saputra Pratama Hidayat Kusuma Setiawan Nugroho Wibowo Susanto Gunawan
        Halim Siregar Nasution Lubis Simanjuntak Harahap Sitompul Hutapea Sembiring Tanjung
        Suharto Purnomo Rahman Hakim Permana Sudirman Utomo Maulana
        """),
    "ng": dict(script="latin", weight=2, first="""
        Chinedu Chiamaka Ngozi Emeka Obinna Ifeoma Adaeze Chukwuemeka Nneka Uchenna Oluwaseun
        Olumide Adebayo Ayodele Funmilayo Folake Tunde Kehinde Taiwo Yetunde Bisi Segun Femi
        Aisha Abubakar Ibrahim Musa Halima Zainab Usman Amina Fatima Blessing Precious Godwin
        Favour Gift Goodluck Patience
        """, last="""
        Okafor Okonkwo Eze Nwosu Obi Okeke Nwachukwu Onyeka Chukwu Adeyemi Adebayo Ogunleye
        Olawale Balogun Adeleke Bakare Oyelaran Afolabi Bello Abubakar Ibrahim Mohammed Usman
        Lawal Danjuma Yakubu Musa Aliyu Okoro Uzor Ejiofor Akinwande
        """),
    "sw": dict(script="latin", weight=2, first="""
        Wanjiru Wanjiku Njeri Akinyi Atieno Achieng Nyambura Wambui Muthoni Zawadi Neema Amani
        Baraka Juma Otieno Ochieng Kamau Mwangi Kipchoge Kiprono Omondi Odhiambo Mutua Kariuki
        Halima Rehema Imani Furaha Bahati Jabari Tumaini
        """, last="""
        Kamau Mwangi Otieno Ochieng Wanjiru Njoroge Kariuki Mutua Omondi Odhiambo Kiprotich
        Chebet Kipchoge Onyango Wafula Wekesa Mohamed Mwakilema Mushi Massawe Kimaro Lyimo
        Shirima Mrema Nyerere Mbwana Salim
        """),
}

# members whose names collide with hard negatives (companies, places, eponyms, products);
# each is added a few times to the directory (several members can share a name)
COLLIDE_ORG = """Morgan Stanley|Charles Schwab|Dean Witter|Hugo Boss|Ralph Lauren|Tommy Hilfiger|
Calvin Klein|Marc Jacobs|Ted Baker|Paul Smith|Kate Spade|Tory Burch|Tom Ford|Michael Kors|
Jimmy Choo|Arthur Andersen|Thomas Cook|John Lewis|Mary Kay|Laura Ashley|Ben Sherman|John Deere|
Walt Disney|Carl Zeiss|Robert Bosch|Adam Opel|Tom Tailor|Thomas Sabo|Karl Lagerfeld|
Charles Tyrwhitt|Giorgio Armani|Brunello Cucinelli|Salvatore Ferragamo|Ermenegildo Zegna|
Christian Dior|Pierre Cardin|Louis Vuitton|Pierre Fabre|Carolina Herrera|Adolfo Domínguez|
Jack Wolfskin|Tim Horton"""
COLLIDE_EPONYM = """Pieter Dijkstra|Grace Hopper|Ada Lovelace|Alan Turing|Max Planck|Marie Curie|
Simon Fraser|James Cook|Edith Cowan|Charles Darwin|Charles Sturt|Rosalind Franklin|
George Washington|Julia Kafka|Anna Kafka|Oscar Watson|Emma Thornton|Ruby Jenkins|Mark Jenkins|
Tom Murphy|Sarah Murphy|Gordon Moore|Rachel Moore|John Nash|Laura Nash|Michael Porter|
Lucy Porter|Karl Pearson|Grace Pearson|William Hamilton|Jacob Cohen|Noa Cohen|Ronald Fisher|
Kate Fisher|Brook Taylor|Hannah Taylor|Frederick Brooks|Charlotte Brooks|Andrey Markov|
Rudolf Kalman|David Huffman|Henry Gantt|Vilfredo Pareto|Ada Peterson|Julia Brennan|
Pascal Dubois|Hugo Martin|Claude Bernard|Alexa Schmidt|Devin Harris|Cassandra Price|
Jasper Green|Harvey Doyle|Ludwig Meyer|Ada Müller|Sofia Petrova|Jordan Miller|Chad Wilson|
Israel Gómez|Lorraine Dupont|Virginia Moore|Paris Green|Brooklyn Harris|Aurora Bianchi|
Helena Nowak|Victoria Hughes|Austin Reed|Dallas Cole|Sydney Park|Georgia Lewis|Madison Clark|
Florence Martin|Adelaide Wu|Regina King|Lincoln Hayes|Eugene Park|Chelsea Moore|Jackson Lee|
Savannah Scott|Paulo Santos|José Ramírez|Monica Rossi|Diego Torres|Santiago López|
Antonio Molina|Lourdes Pérez|Denis Laurent|Augustin Weber|Will Hartley|Will Turner|
Grace Kim|Rose Taylor|June Park|May Chen|April Jones|August Becker|Mark Evans|Bill Foster|
Faith Okafor|Hope Adams|Joy Nwosu|Summer Reed|Dawn Fisher|Jack Thornton|Frank Meyer|
Miles Turner|Chase Morgan|Hunter Brooks|Pat Doyle|Drew Carter|Amber Hill|Ivy Chen|Iris Weber|
Lily Gallagher|Holly Brennan|Pearl Jackson|Dean Ashworth|Glen Scott|Art Kowalczyk|Gene Foster|
Carol Whitfield|Robin Hayes|Max Bauer|Nick Holloway|Ray Collins|Sky Patel|Ernst Young|
Ernst Meyer|Rosa Fischer|Dolores López|Mercedes Benz|Luz García|Paz Vega|Graça Silva|
Deniz Yılmaz|Umut Kaya|Barış Demir|Can Öztürk|Jan Kowalski|Jan de_Vries"""


def collide_names():
    out = []
    for block in (COLLIDE_ORG, COLLIDE_EPONYM):
        for n in block.replace("\n", "").split("|"):
            n = n.strip()
            if n:
                out.append(n.replace("_", " "))
    return out


def parse_pool(spec):
    """Tokens "Name", "Native:roman", "Masc/Fem" or "Masc/Fem:masc/fem" ->
    [(native_m, roman_m, native_f, roman_f)]."""
    out = []
    for tok in spec.split():
        if ":" in tok:
            nat, rom = tok.split(":", 1)
        else:
            nat, rom = tok, None
        nm, _, nf = nat.partition("/")
        nf = nf or nm
        if rom is None:
            rm, rf = asciify(nm.replace("_", " ")), asciify(nf.replace("_", " "))
        else:
            rm, _, rf = rom.partition("/")
            rf = rf or rm
        out.append((nm.replace("_", " "), rm.replace("_", ""), nf.replace("_", " "),
                    rf.replace("_", "")))
    return out


class Member:
    __slots__ = ("user", "name", "handle", "given", "family", "culture", "script", "roman")

    def __init__(self, user, name, handle, given, family, culture, script, roman):
        self.user, self.name, self.handle = user, name, handle
        self.given, self.family, self.culture, self.script = given, family, culture, script
        self.roman = roman  # (given, family) romanised, lower case ascii

    def call(self):
        """The name a greeting uses: the given name (Vietnamese: its last syllable)."""
        if self.culture == "vi":
            return self.given.split()[-1]
        return self.given.split()[0] if self.script == "latin" else self.given


HANDLE_AVOID = {"here", "channel", "everyone", "all", "override", "dataclass", "property", "media",
                "import", "types", "angular", "param", "returns", "home", "office", "work",
                "staticmethod", "deprecated", "test", "keyframes", "apply", "tailwind", "font",
                "babel", "vue", "nestjs", "emotion", "mui", "supports", "charset", "layer",
                "aws", "google", "scope", "2x", "3x", "mention", "admin", "support", "team"}


def make_handle(rng, given_r, family_r, used):
    g = re.sub(r"[^a-z0-9]", "", given_r) or "user"
    f = re.sub(r"[^a-z0-9]", "", family_r) or "x"
    pats = [g + f, g + "_" + f, g[0] + f, g + f[0], f + g, g + "." + f if False else g + f + "_",
            g + "_" + f[:3], f + "_" + g[0], g + f + str(rng.randint(1, 99)),
            g + str(rng.randint(70, 99)), g + "_" + f + str(rng.randint(1, 9)),
            "the" + g + f, g + "codes", f + g[:2]]
    rng.shuffle(pats)
    for p in pats:
        if len(p) >= 5 and p not in used and p not in HANDLE_AVOID:
            used.add(p)
            return p
    while True:
        p = "%s%s%d" % (g, f[:4], rng.randint(100, 99999))
        if p not in used:
            used.add(p)
            return p


def build_members(rng, n):
    pools = {}
    for k, v in POOLS.items():
        if "first" in v:
            fm = [(x[0], x[1], "m") for x in parse_pool(v["first"])]
        else:
            fm = ([(x[0], x[1], "m") for x in parse_pool(v["first_m"])] +
                  [(x[0], x[1], "f") for x in parse_pool(v["first_f"])])
        pools[k] = (v, fm, parse_pool(v["last"]))
    keys = sorted(pools)
    cum = []
    t = 0
    for k in keys:
        t += POOLS[k]["weight"]
        cum.append(t)
    used = set()
    members = []
    specials = collide_names()
    # specials first (each 1-3 times), then the rest drawn from the pools
    for name in specials:
        for _ in range(rng.randint(1, 3)):
            if len(members) >= n:
                break
            given, family = name.split(" ", 1)
            h = make_handle(rng, asciify(given), asciify(family), used)
            members.append(Member("", name, h, given, family, "special", "latin",
                                  (asciify(given), asciify(family))))
    while len(members) < n:
        k = rng.choices(keys, cum_weights=cum)[0]
        spec, firsts, lasts = pools[k]
        gn, gr, sex = rng.choice(firsts)
        lm, lrm, lf, lrf = rng.choice(lasts)
        fn, fr = (lf, lrf) if sex == "f" else (lm, lrm)
        script = spec["script"]
        if spec.get("order") == "fg":
            if script in ("han", "hangul"):
                name = fn + gn
            else:
                name = fn + " " + gn
        else:
            if script == "latin" and k in ("en", "de", "fr", "es", "pt", "it", "nl") \
                    and rng.random() < 0.04:
                g2 = rng.choice(firsts)[0]
                if g2 != gn and " " not in g2 and " " not in gn:
                    if k in ("fr",) and rng.random() < 0.5:
                        gn = gn + "-" + g2
                    else:
                        gn = gn + " " + g2
            name = gn + " " + fn
        h = make_handle(rng, gr, fr, used)
        members.append(Member("", name, h, gn, fn, k, script, (gr, fr)))
    rng.shuffle(members)
    for i, m in enumerate(members, 1):
        m.user = "u%d" % i
    return members


# ---------------------------------------------------------------------------------------------
# value generators (PII)
# ---------------------------------------------------------------------------------------------

FREEMAIL = {
    "en": "gmail.com outlook.com hotmail.com yahoo.com icloud.com proton.me hotmail.co.uk "
          "btinternet.com aol.com me.com fastmail.com",
    "de": "gmx.de web.de t-online.de gmail.com posteo.de mailbox.org gmx.net freenet.de",
    "fr": "orange.fr free.fr laposte.net gmail.com sfr.fr wanadoo.fr hotmail.fr",
    "es": "gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    "it": "libero.it gmail.com virgilio.it alice.it tiscali.it",
    "pt": "gmail.com uol.com.br bol.com.br terra.com.br sapo.pt hotmail.com",
    "nl": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl",
    "pl": "wp.pl o2.pl onet.pl interia.pl gmail.com",
    "sv": "telia.com gmail.com hotmail.se outlook.com",
    "cs": "seznam.cz email.cz centrum.cz gmail.com",
    "tr": "gmail.com hotmail.com yandex.com.tr outlook.com.tr",
    "ru": "yandex.ru mail.ru gmail.com rambler.ru bk.ru list.ru inbox.ru",
    "uk": "ukr.net gmail.com i.ua meta.ua",
    "el": "gmail.com yahoo.gr otenet.gr",
    "ar": "gmail.com hotmail.com yahoo.com outlook.sa",
    "fa": "gmail.com yahoo.com chmail.ir",
    "he": "gmail.com walla.co.il 012.net.il",
    "hi": "gmail.com rediffmail.com yahoo.co.in outlook.in",
    "zh": "qq.com 163.com 126.com sina.com foxmail.com gmail.com aliyun.com",
    "ja": "gmail.com yahoo.co.jp docomo.ne.jp ezweb.ne.jp icloud.com",
    "ko": "naver.com daum.net hanmail.net gmail.com kakao.com",
    "th": "gmail.com hotmail.com outlook.co.th",
    "vi": "gmail.com yahoo.com.vn",
    "id": "gmail.com yahoo.co.id",
    "sw": "gmail.com yahoo.com",
}
CULT_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl",
             "pl": "pl", "sv": "sv", "cs": "cs", "tr": "tr", "ru": "ru", "uk": "uk", "el": "el",
             "ar": "ar", "ar_lat": "ar", "fa": "fa", "he": "he", "hi": "hi", "in_lat": "hi",
             "zh": "zh", "zh_lat": "zh", "ja": "ja", "ja_lat": "ja", "ko": "ko", "ko_lat": "ko",
             "th": "th", "vi": "vi", "id": "id", "ng": "en", "sw": "sw", "special": "en"}
WORKMAIL = """siemens.com sap.com zalando.de n26.com bosch.com bmw.de allianz.com otto.de
delivery-hero.com personio.de celonis.com ing.com adyen.com philips.com asml.com spotify.com
klarna.com ericsson.com nokia.com capgemini.com ovhcloud.com doctolib.fr blablacar.com criteo.com
mercadolibre.com nubank.com.br globant.com telefonica.com inditex.com unicredit.eu enel.com
infosys.com tcs.com wipro.com flipkart.com zomato.com alibaba-inc.com tencent.com rakuten.com
mercari.com navercorp.com kakaocorp.com samsung.com grab.com tokopedia.com gojek.com
safaricom.co.ke andela.com flutterwave.com paystack.com careem.com wix.com yandex-team.ru
kaspersky.com allegro.pl cdprojektred.com avast.com jetbrains.com trendyol.com getir.com
skroutz.gr digikala.com shopify.com stripe.com atlassian.com canva.com deepl.com mistral.ai
huggingface.co revolut.com monzo.com wolt.com bolt.eu tum.de ethz.ch ox.ac.uk cam.ac.uk mit.edu
stanford.edu tsinghua.edu.cn u-tokyo.ac.jp kaist.ac.kr iitb.ac.in usp.br uva.nl kth.se cvut.cz
uw.edu.pl metu.edu.tr msu.ru knu.ua uoa.gr aub.edu.lb technion.ac.il chula.ac.th hust.edu.vn
ui.ac.id uonbi.ac.ke unilag.edu.ng ut.ac.ir lumenlabs.ai fjordtech.no tidepool.dev kiln.studio
brightpath.health northwind-logistics.com acme.io""".split()
ROLEMAIL = """jobs careers hr recruiting hello info kontakt bewerbung contact recrutement rrhh
lavoraconnoi vagas vacatures rekrutacja jobb kariera ik talent people press office team
karriere empleo""".split()

PROFILE_SITES = ["linkedin", "github", "x", "twitter", "medium", "bsky", "substack", "calendly",
                 "askfirst", "gitlab", "mastodon", "instagram"]
PROFILE_W = [18, 14, 10, 3, 8, 6, 8, 6, 12, 3, 3, 3]


def d(rng, n, first=None):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first:
        s = rng.choice(first) + s[1:]
    return s


class Values:
    """Random structured values; rng is the corpus generator's."""

    def __init__(self, rng):
        self.rng = rng

    # ---------------------------------------------------------------- e-mail
    def local(self, m):
        r = self.rng
        g, f = m.roman if m else (r.choice(["alex", "sam", "kim", "lena", "omar"]),
                                   r.choice(["meyer", "khan", "silva", "ito", "berg"]))
        g = re.sub(r"[^a-z0-9]", "", g) or "x"
        f = re.sub(r"[^a-z0-9]", "", f) or "x"
        pats = [g + "." + f, g + f, g + "_" + f, g[0] + "." + f, g[0] + f, f + "." + g,
                g + "." + f + str(r.randint(1, 99)), g + str(r.randint(1975, 2004)), g + "-" + f,
                f + g[0], g + "." + f[0]]
        return r.choice(pats)

    def email(self, m, lang, style=""):
        r = self.rng
        if style == "role":
            dom = r.choice(WORKMAIL)
            return r.choice(ROLEMAIL) + "@" + dom
        loc = self.local(m)
        cl = CULT_LANG.get(m.culture, lang) if m else lang
        if style == "work" or (style == "" and r.random() < 0.35):
            dom = r.choice(WORKMAIL)
        else:
            dom = r.choice(FREEMAIL.get(cl, FREEMAIL["en"]).split())
            if dom == "qq.com" and r.random() < 0.4:
                loc = d(r, r.randint(8, 10), "123456789")
        if r.random() < 0.05:
            loc = loc.capitalize()
        return loc + "@" + dom

    def email_obf(self, m, lang):
        r = self.rng
        addr = self.email(m, lang)
        loc, dom = addr.split("@")
        parts = dom.split(".")
        k = r.randrange(7)
        if k == 0:
            return "%s [at] %s" % (loc, " [dot] ".join(parts))
        if k == 1:
            return "%s(at)%s" % (loc, dom)
        if k == 2:
            return "%s [at] %s" % (loc, dom)
        if k == 3:
            return "%s(at)%s" % (loc, "(dot)".join(parts))
        if k == 4:
            return "%s[at]%s" % (loc, "[dot]".join(parts))
        if k == 5:
            return "%s (at) %s" % (loc, " (dot) ".join(parts))
        return "%s [at] %s" % (loc.replace(".", " [dot] "), " [dot] ".join(parts))

    # ---------------------------------------------------------------- phone
    def phone(self, cc):
        r = self.rng
        f = getattr(self, "ph_" + cc)
        s = f(r)
        if r.random() < 0.07 and " " in s:
            s = s.replace(" ", NBSP) if r.random() < 0.5 else s.replace(" ", NBSP, 1)
        return s

    @staticmethod
    def ph_us(r):
        a = r.choice("212 213 312 415 617 646 702 713 206 303 305 404 480 512 571 469 917 201 "
                     "202 310 408 503 602 615 720 773 858 919 604 416 514 647 778 403".split())
        while True:
            e = d(r, 3, "23456789")
            if e != "555" and e[1:] != "11":
                break
        l4 = d(r, 4)
        fm = r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}",
                       "+1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}", "1-{a}-{e}-{l}", "{a} {e} {l}",
                       "+1 {a}-{e}-{l}", "+1.{a}.{e}.{l}", "({a}) {e} {l}"])
        if r.random() < 0.05:
            a = r.choice(["800", "888", "877"])
            fm = r.choice(["1-{a}-{e}-{l}", "+1 {a} {e} {l}", "({a}) {e}-{l}"])
        return fm.format(a=a, e=e, l=l4)

    @staticmethod
    def ph_uk(r):
        k = r.randrange(3)
        if k == 0:
            nsn = ("20", r.choice("73") + d(r, 3), d(r, 4))
        elif k == 1:
            nsn = (r.choice(["161", "121", "113", "131", "117", "141", "151"]), d(r, 3, "2345678"),
                   d(r, 4))
        else:
            nsn = ("7" + r.choice("1345789") + d(r, 2), d(r, 6))
        if len(nsn) == 3:
            fm = r.choice(["0{0} {1} {2}", "+44 {0} {1} {2}", "+44 (0){0} {1} {2}",
                           "+44 (0) {0} {1} {2}", "(0{0}) {1} {2}", "0{0}-{1}-{2}"])
        else:
            fm = r.choice(["0{0} {1}", "+44 {0} {1}", "+44 (0){0} {1}", "+44 (0) {0} {1}",
                           "0{0} {1[0]}{1[1]}{1[2]} {1[3]}{1[4]}{1[5]}", "+44 {0} {1[0]}{1[1]}{1[2]} {1[3]}{1[4]}{1[5]}",
                           "0{0}-{1}"])
        return fm.format(*nsn)

    @staticmethod
    def ph_de(r):
        if r.random() < 0.5:
            a = r.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173",
                          "174", "175", "176", "177", "178", "179"])
            sub = d(r, r.choice([7, 8]), "123456789")
        else:
            a = r.choice(["30", "40", "89", "69", "221", "711", "211", "341", "351", "511",
                          "911", "421", "228", "621", "761"])
            sub = d(r, 8 if len(a) == 2 else 7, "123456789")
        half = len(sub) // 2
        sp = sub[:half] + " " + sub[half:]
        fm = r.choice(["0{a} {s}", "0{a}/{s}", "0{a}-{s}", "(0{a}) {s}", "+49 {a} {s}",
                       "+49 (0){a} {s}", "+49 (0) {a} {sp}", "+49-{a}-{s}", "0{a} {sp}",
                       "0{a}/{sp}", "+49 {a} {sp}", "0049 {a} {s}", "+49 (0){a}/{s}",
                       "0{a} / {sp}"])
        return fm.format(a=a, s=sub, sp=sp)

    @staticmethod
    def ph_fr(r):
        first = r.choice("1234567996")
        g = [d(r, 2) for _ in range(4)]
        sep = r.choice([" ", " ", " ", ".", "-"])
        nat = "0" + first + sep + sep.join(g)
        intl = first + " " + " ".join(g)
        return r.choice([nat, nat, "+33 " + intl, "+33 (0)" + intl, "+33" + first + " " + " ".join(g),
                         "0033 " + intl, "+33 (0) " + intl])

    @staticmethod
    def ph_in(r):
        if r.random() < 0.7:
            m = d(r, 10, "6789")
            return r.choice(["+91 {0} {1}", "+91-{0}-{1}", "+91 {2}", "0{0} {1}", "{0} {1}",
                             "{0}-{1}", "+91 {0}-{1}", "(+91) {0} {1}"]).format(m[:5], m[5:], m)
        a = r.choice(["22", "11", "80", "44", "40", "33", "20"])
        s = d(r, 8, "23456789")
        return r.choice(["+91 {a} {x} {y}", "0{a}-{x} {y}", "0{a}-{x}-{y}", "0{a} {x} {y}",
                         "+91-{a}-{x}{y}"]).format(a=a, x=s[:4], y=s[4:])

    @staticmethod
    def ph_br(r):
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "27"])
        if r.random() < 0.7:
            x, y = "9" + d(r, 4, "6789"), d(r, 4)
            fm = r.choice(["+55 {a} {x}-{y}", "({a}) {x}-{y}", "+55 ({a}) {x}-{y}", "{a} {x}-{y}",
                           "+55 {a} {x0} {x1}-{y}", "({a}) {x0} {x1}-{y}", "+55-{a}-{x}-{y}",
                           "0{a} {x}-{y}"])
            return fm.format(a=ddd, x=x, y=y, x0=x[0], x1=x[1:])
        x, y = d(r, 4, "2345"), d(r, 4)
        return r.choice(["({a}) {x}-{y}", "+55 {a} {x}-{y}", "+55 ({a}) {x}-{y}",
                         "{a} {x}-{y}"]).format(a=ddd, x=x, y=y)

    @staticmethod
    def ph_jp(r):
        k = r.randrange(4)
        if k == 0:
            a, x, y = r.choice(["90", "80", "70"]), d(r, 4, "123456789"), d(r, 4)
        elif k == 1:
            a, x, y = r.choice(["3", "6"]), d(r, 4, "123456789"), d(r, 4)
        elif k == 2:
            a, x, y = r.choice(["45", "52", "92", "75", "11", "22"]), d(r, 3, "23456789"), d(r, 4)
        else:
            return r.choice(["0120-{x}-{y}", "0120 {x} {y}"]).format(x=d(r, 3, "123456789"),
                                                                      y=d(r, 3))
        return r.choice(["0{a}-{x}-{y}", "0{a}-{x}-{y}", "+81 {a}-{x}-{y}", "+81 {a} {x} {y}",
                         "+81 (0){a}-{x}-{y}", "0{a} {x} {y}", "(0{a}) {x}-{y}",
                         "+81-{a}-{x}-{y}"]).format(a=a, x=x, y=y)

    @staticmethod
    def ph_au(r):
        if r.random() < 0.6:
            m = "4" + d(r, 8)
            return r.choice(["0{0} {1} {2}", "+61 {0} {1} {2}", "+61 (0){0} {1} {2}",
                             "0{0}-{1}-{2}", "0{0}{1}{2}", "+61{0}{1}{2}"]).format(
                m[:3], m[3:6], m[6:])
        a = r.choice("2378")
        s = d(r, 8, "3456789")
        return r.choice(["(0{a}) {x} {y}", "0{a} {x} {y}", "+61 {a} {x} {y}",
                         "+61 (0){a} {x} {y}", "(0{a}) {x}-{y}"]).format(a=a, x=s[:4], y=s[4:])

    @staticmethod
    def ph_cn(r):
        if r.random() < 0.65:
            m = "1" + r.choice("3456789") + d(r, 9)
            return r.choice(["{0} {1} {2}", "{m}", "{m}", "{0}-{1}-{2}", "+86 {0} {1} {2}",
                             "+86-{0}-{1}-{2}", "+86 {m}", "(+86) {0} {1} {2}"]).format(
                m[:3], m[3:7], m[7:], m=m)
        if r.random() < 0.2:
            return r.choice(["400-{0}-{1}", "400 {0} {1}"]).format(d(r, 3), d(r, 4))
        a = r.choice(["10", "21", "20", "755", "571", "28", "27", "25"])
        s = d(r, 8 if len(a) == 2 else 8, "2345678")
        return r.choice(["0{a}-{x} {y}", "(0{a}) {x} {y}", "+86 {a} {x} {y}", "0{a}-{x}{y}",
                         "+86-{a}-{x}-{y}"]).format(a=a, x=s[:4], y=s[4:])

    @staticmethod
    def ph_es(r):
        if r.random() < 0.6:
            m = r.choice("67") + d(r, 8)
            return r.choice(["{0}{1}{2} {3}{4} {5}{6} {7}{8}", "{0}{1}{2} {3}{4}{5} {6}{7}{8}",
                             "+34 {0}{1}{2} {3}{4}{5} {6}{7}{8}", "+34 {0}{1}{2} {3}{4} {5}{6} {7}{8}",
                             "+34-{0}{1}{2}-{3}{4}{5}-{6}{7}{8}", "(+34) {0}{1}{2} {3}{4}{5} {6}{7}{8}",
                             "0034 {0}{1}{2} {3}{4}{5} {6}{7}{8}"]).format(*m)
        a = r.choice(["91", "93", "95", "96", "94", "98"])
        s = d(r, 7, "2345678")
        return r.choice(["{a} {x} {y} {z}", "+34 {a} {x} {y} {z}", "{a}-{x}-{y}-{z}",
                         "+34 {a}{x0} {x12}{y} {z}"]).format(a=a, x=s[:3], y=s[3:5], z=s[5:],
                                                                x0=s[0], x12=s[1:3])

    @staticmethod
    def ph_it(r):
        if r.random() < 0.6:
            m = "3" + r.choice("234456789") + d(r, 8)
            return r.choice(["{0} {1} {2}", "+39 {0} {1} {2}", "+39 {0}{1}{2}", "{0}-{1}-{2}",
                             "{0}.{1}.{2}", "{0} {1}{2}", "+39 {0} {1}{2}"]).format(
                m[:3], m[3:6], m[6:])
        a = r.choice(["06", "02", "011", "055", "081", "051", "041"])
        s = d(r, 8 if len(a) == 2 else 7, "2345678")
        return r.choice(["{a} {x} {y}", "+39 {a} {x} {y}", "{a}-{x}-{y}", "{a}/{x}{y}",
                         "+39 {a}{x}{y}"]).format(a=a, x=s[:4] if len(a) == 2 else s[:3],
                                                  y=s[4:] if len(a) == 2 else s[3:])

    @staticmethod
    def ph_nl(r):
        if r.random() < 0.6:
            m = d(r, 8, "123456789")
            return r.choice(["06-{m}", "06 {m}", "06 {x} {y}", "+31 6 {m}", "+31 (0)6 {x} {y}",
                             "+31 6 {x} {y}", "06-{x} {y}", "+31 (0)6-{m}", "0031 6 {m}"]).format(
                m=m, x=m[:4], y=m[4:])
        a = r.choice(["20", "10", "30", "70", "40", "50"])
        s = d(r, 7, "2345678")
        return r.choice(["0{a} {x} {y}", "0{a}-{s}", "+31 {a} {x} {y}", "+31 (0){a} {x} {y}",
                         "0{a}-{x} {y1} {y2}"]).format(a=a, s=s, x=s[:3], y=s[3:], y1=s[3:5],
                                                        y2=s[5:])

    @staticmethod
    def ph_ng(r):
        p = r.choice(["803", "806", "703", "706", "813", "816", "810", "814", "903", "802", "808",
                      "812", "701", "902", "805", "807", "815", "905"])
        x, y = d(r, 3), d(r, 4)
        return r.choice(["0{p} {x} {y}", "0{p}-{x}-{y}", "+234 {p} {x} {y}", "+234 (0){p} {x} {y}",
                         "+234-{p}-{x}-{y}", "0{p}{x}{y}", "+234 {p}{x}{y}"]).format(p=p, x=x, y=y)

    @staticmethod
    def ph_e164(r):
        cc, nsn = r.choice([
            ("49", lambda: r.choice(["151", "176", "160", "30"]) + d(r, 8)),
            ("1", lambda: r.choice(["415", "212", "646", "617", "416"]) + d(r, 3, "23456789") + d(r, 4)),
            ("44", lambda: "7" + r.choice("4579") + d(r, 8)), ("33", lambda: r.choice("67") + d(r, 8)),
            ("91", lambda: d(r, 10, "6789")), ("55", lambda: "11" + "9" + d(r, 8, "6789")),
            ("81", lambda: r.choice(["90", "80"]) + d(r, 8)), ("61", lambda: "4" + d(r, 8)),
            ("86", lambda: "1" + r.choice("3589") + d(r, 9)), ("34", lambda: "6" + d(r, 8)),
            ("39", lambda: "3" + r.choice("2479") + d(r, 8)), ("31", lambda: "6" + d(r, 8)),
            ("234", lambda: r.choice(["803", "806", "813"]) + d(r, 7)),
            ("48", lambda: r.choice("5678") + d(r, 8)), ("90", lambda: "5" + d(r, 9)),
            ("971", lambda: "5" + r.choice("0256") + d(r, 7)), ("254", lambda: "7" + d(r, 8)),
        ])
        return "+" + cc + nsn()

    # countries beyond the issue's list: international and common national formats
    @staticmethod
    def ph_pl(r):
        x = d(r, 9, "5678")
        return r.choice(["+48 {0} {1} {2}", "{0} {1} {2}", "+48 {0}-{1}-{2}", "(+48) {0} {1} {2}"]
                        ).format(x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_se(r):
        x = "7" + r.choice("0236") + d(r, 7)
        return r.choice(["+46 {0} {1} {2} {3}", "0{0}-{1} {2} {3}", "0{0} {1} {2} {3}"]).format(
            x[:2], x[2:5], x[5:7], x[7:])

    @staticmethod
    def ph_cz(r):
        x = r.choice("67") + d(r, 8)
        return r.choice(["+420 {0} {1} {2}", "{0} {1} {2}", "+420 {0}{1}{2}"]).format(
            x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_tr(r):
        x = "5" + r.choice("0345") + d(r, 8)
        return r.choice(["+90 {0} {1} {2} {3}", "0{0} {1} {2} {3}", "0 ({0}) {1} {2} {3}",
                         "+90 ({0}) {1} {2} {3}"]).format(x[:3], x[3:6], x[6:8], x[8:])

    @staticmethod
    def ph_ru(r):
        x = "9" + d(r, 9)
        return r.choice(["+7 {0} {1}-{2}-{3}", "8 ({0}) {1}-{2}-{3}", "+7 ({0}) {1}-{2}-{3}",
                         "8 {0} {1} {2} {3}", "+7-{0}-{1}-{2}-{3}"]).format(x[:3], x[3:6], x[6:8], x[8:])

    @staticmethod
    def ph_ua(r):
        op = r.choice(["67", "50", "63", "66", "68", "73", "93", "95", "96", "97", "98", "99"])
        x = d(r, 7)
        return r.choice(["+380 {o} {a} {b}", "0{o} {a} {b1} {b2}", "+380 ({o}) {a}-{b1}-{b2}",
                         "0{o}-{a}-{b1}-{b2}"]).format(o=op, a=x[:3], b=x[3:], b1=x[3:5], b2=x[5:])

    @staticmethod
    def ph_gr(r):
        if r.random() < 0.6:
            x = "69" + d(r, 8)
            return r.choice(["+30 {0} {1} {2}", "{0} {1} {2}", "+30 {0}{1}{2}"]).format(
                x[:3], x[3:6], x[6:])
        x = "21" + d(r, 8, "0123456789")
        return r.choice(["+30 {0} {1}", "{0} {1}", "{0}-{1}"]).format(x[:3], x[3:])

    @staticmethod
    def ph_ae(r):
        x = "5" + r.choice("0245") + d(r, 7)
        return r.choice(["+971 {0} {1} {2}", "0{0} {1} {2}", "+971-{0}-{1}-{2}", "+971 {0}{1}{2}"]
                        ).format(x[:2], x[2:5], x[5:])

    @staticmethod
    def ph_sa(r):
        x = "5" + r.choice("03456") + d(r, 7)
        return r.choice(["+966 {0} {1} {2}", "0{0} {1} {2}", "+966{0}{1}{2}"]).format(
            x[:2], x[2:5], x[5:])

    @staticmethod
    def ph_eg(r):
        x = "1" + r.choice("0125") + d(r, 8)
        return r.choice(["+20 {0} {1} {2}", "0{0} {1} {2}", "+20-{0}-{1}-{2}"]).format(
            x[:2], x[2:6], x[6:])

    @staticmethod
    def ph_ir(r):
        x = "9" + r.choice("0123") + d(r, 8)
        return r.choice(["+98 {0} {1} {2}", "0{0} {1} {2}", "0{0}-{1}-{2}"]).format(
            x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_il(r):
        x = "5" + r.choice("0234589") + d(r, 7)
        return r.choice(["+972 {0}-{1}-{2}", "0{0}-{1}-{2}", "+972 {0} {1} {2}", "0{0}-{1}{2}"]
                        ).format(x[:2], x[2:5], x[5:])

    @staticmethod
    def ph_kr(r):
        x, y = d(r, 4, "23456789"), d(r, 4)
        return r.choice(["010-{x}-{y}", "+82 10-{x}-{y}", "010 {x} {y}", "+82 10 {x} {y}",
                         "02-{x}-{y}", "+82 2-{x}-{y}"]).format(x=x, y=y)

    @staticmethod
    def ph_th(r):
        x = r.choice("689") + d(r, 8)
        return r.choice(["0{0}-{1}-{2}", "+66 {0} {1} {2}", "0{0} {1} {2}", "+66 {0}-{1}-{2}"]
                        ).format(x[:2], x[2:5], x[5:])

    @staticmethod
    def ph_vn(r):
        x = r.choice(["9", "8", "3", "7"]) + d(r, 8)
        return r.choice(["0{0} {1} {2}", "+84 {0} {1} {2}", "0{0}.{1}.{2}", "(+84) {0} {1} {2}"]
                        ).format(x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_id(r):
        x = "8" + r.choice("1125789") + d(r, 9)
        return r.choice(["0{0}-{1}-{2}", "+62 {0}-{1}-{2}", "+62 {0} {1} {2}", "0{0} {1} {2}"]
                        ).format(x[:3], x[3:7], x[7:])

    @staticmethod
    def ph_ke(r):
        x = "7" + r.choice("0129") + d(r, 7)
        return r.choice(["+254 {0} {1} {2}", "0{0} {1}{2}", "+254-{0}-{1}-{2}", "0{0} {1} {2}",
                         "+254 {0}{1}{2}"]).format(x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_tz(r):
        x = "7" + r.choice("1234568") + d(r, 7)
        return r.choice(["+255 {0} {1} {2}", "0{0} {1} {2}"]).format(x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_pt(r):
        x = "9" + r.choice("1236") + d(r, 7)
        return r.choice(["+351 {0} {1} {2}", "{0} {1} {2}"]).format(x[:3], x[3:6], x[6:])

    @staticmethod
    def ph_ch(r):
        x = "7" + r.choice("5689") + d(r, 7)
        return r.choice(["+41 {0} {1} {2} {3}", "0{0} {1} {2} {3}", "+41 (0){0} {1} {2} {3}"]
                        ).format(x[:2], x[2:5], x[5:7], x[7:])

    @staticmethod
    def ph_at(r):
        x = "6" + r.choice(["64", "60", "76", "50", "99"]) + d(r, 7)
        return r.choice(["+43 {0} {1}", "0{0} {1}", "+43 (0){0} {1}", "0{0}/{1}"]).format(
            x[:3], x[3:])

    # ---------------------------------------------------------------- cards
    def card(self, brand=None, grouped=None):
        r = self.rng
        brand = brand or r.choices(["visa", "mc", "mc2", "amex", "disc"], [35, 22, 10, 16, 17])[0]
        if brand == "visa":
            body = "4" + d(r, 14)
        elif brand == "mc":
            body = "5" + r.choice("12345") + d(r, 13)
        elif brand == "mc2":
            body = str(r.randint(2221, 2720)) + d(r, 11)
        elif brand == "amex":
            body = r.choice(["34", "37"]) + d(r, 12)
        else:
            body = r.choice(["6011", "65" + d(r, 2), "64" + r.choice("456789") + d(r, 1)]) + d(r, 11)
        num = luhn_complete(body)
        return self.group_card(num, grouped)

    def group_card(self, num, grouped=None):
        r = self.rng
        if grouped is None:
            grouped = r.random() < 0.75
        if not grouped:
            return num
        sep = r.choice([" ", " ", "-"])
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def card_invalid(self):
        r = self.rng
        s = self.card(grouped=False)
        last = int(s[-1])
        s = s[:-1] + str((last + r.randint(1, 9)) % 10)
        assert not luhn_ok(s)
        return self.group_card(s)

    # ---------------------------------------------------------------- IBAN
    def bban(self, cc):
        r = self.rng
        length, pat, banks = IBAN_SPEC[cc]
        out = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", pat):
            cnt = int(cnt)
            if kind == "n":
                out += d(r, cnt)
            elif kind == "a":
                if banks and cnt == 4:
                    out += r.choice(banks)
                else:
                    out += "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(cnt))
            else:
                out += "".join(r.choice("0123456789") if r.random() < 0.9 else
                               r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(cnt))
        assert len(out) + 4 == length, cc
        return out

    def iban_fmt(self, s, grouped=None):
        r = self.rng
        if grouped is None:
            grouped = r.random() < 0.6
        if grouped:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def iban(self, cc=None):
        cc = cc or self.rng.choice(sorted(IBAN_SPEC))
        s = iban_make(cc, self.bban(cc))
        assert iban_valid(s)
        return self.iban_fmt(s)

    def iban_bad(self, cc=None):
        r = self.rng
        cc = cc or r.choice(sorted(IBAN_SPEC))
        s = iban_make(cc, self.bban(cc))
        while True:
            t = s[:2] + "%02d" % r.randint(2, 98) + s[4:]
            if t != s and iban_mod(t) != 1:
                break
        return self.iban_fmt(t)

    def iban_badlen(self, cc=None):
        r = self.rng
        cc = cc or r.choice(sorted(IBAN_SPEC))
        b = self.bban(cc)
        b = b[:-1] if r.random() < 0.5 else b + d(r, 1)
        s = iban_make(cc, b)
        assert not iban_valid(s) and iban_mod(s) == 1
        return self.iban_fmt(s)

    # ---------------------------------------------------------------- SSN
    def ssn(self, sep=None):
        r = self.rng
        while True:
            a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            if ssn_valid(a, g, s) and (a, g, s) != (123, 45, 6789):
                break
        sep = sep if sep is not None else r.choice(["-", "-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    def ssn_bad(self):
        r = self.rng
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
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
        sep = r.choice(["-", "-", " "])
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)

    # ---------------------------------------------------------------- IP
    def ipv4(self):
        r = self.rng
        while True:
            a = r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                continue
            ip = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast and not o.is_reserved:
                return ip

    def ipv6(self, full=False):
        r = self.rng
        while True:
            pre = r.choice(["2a00", "2a01", "2a02", "2a03:2880", "2a05", "2a0a", "2600", "2601",
                            "2603", "2604", "2605", "2606:4700", "2607:f8b0", "2620:fe", "2400",
                            "2401", "2403", "2404:6800", "2405", "2406", "2408", "2409", "240e",
                            "2800", "2801", "2803", "2c0f", "2001:4860", "2001:67c", "2a00:1450"])
            groups = pre.split(":")
            while len(groups) < 8:
                x = r.random()
                if len(groups) >= 4 and x < 0.35:
                    groups.append("0")
                elif x < 0.55:
                    groups.append("%x" % r.randint(1, 0xff))
                else:
                    groups.append("%x" % r.randint(0x100, 0xffff))
            ip = ipaddress.ip_address(":".join(groups))
            if ip.is_global:
                break
        k = r.random()
        if full or k < 0.15:
            s = ip.exploded
        elif k < 0.35:
            s = ":".join("%x" % int(g, 16) for g in ip.exploded.split(":"))
        else:
            s = ip.compressed
        if r.random() < 0.08:
            s = s.upper()
        return s

    # ---------------------------------------------------------------- URL
    def li_slug(self, m):
        r = self.rng
        g, f = m.roman
        k = r.randrange(4)
        if k == 0:
            return m.handle
        if k == 1:
            return "%s-%s" % (g, f)
        if k == 2:
            return "%s-%s-%s" % (g, f, "".join(r.choice("0123456789abcdef") for _ in range(r.choice([6, 7, 8]))))
        return "%s%s" % (g, f)

    def profile_url(self, m, site=None, scheme=None):
        r = self.rng
        site = site or r.choices(PROFILE_SITES, PROFILE_W)[0]
        h = m.handle
        if scheme is None:
            scheme = r.random() < 0.5
        pre = r.choice(["https://", "https://", "http://"]) if scheme else ""
        www = "www." if (scheme and r.random() < 0.5) else ""
        if site == "linkedin":
            sub = r.choice(["www.", "", "de.", "fr.", "es.", "uk.", "br.", "in.", "nl."]) if scheme else r.choice(["", "www."])
            u = "%s%slinkedin.com/in/%s" % (pre, sub, self.li_slug(m))
            x = r.random()
            if x < 0.25:
                u += "/"
            elif x < 0.32:
                u += "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=%s" % r.choice(["ios_app", "android_app"])
            return u
        if site == "github":
            return "%s%sgithub.com/%s" % (pre, www if r.random() < 0.3 else "", h)
        if site == "x":
            return "%sx.com/%s" % (pre, h)
        if site == "twitter":
            return "%s%stwitter.com/%s" % (pre, www, h)
        if site == "medium":
            return "%smedium.com/@%s" % (pre, h)
        if site == "bsky":
            return "%sbsky.app/profile/%s.bsky.social" % (pre, h.replace("_", "-"))
        if site == "substack":
            return r.choice(["%s%s.substack.com" % (pre, h.replace("_", "")),
                             "%ssubstack.com/@%s" % (pre, h)])
        if site == "calendly":
            return r.choice(["%scalendly.com/%s" % (pre, h), "%scalendly.com/%s/%s" % (
                pre, h, r.choice(["30min", "15min", "intro-call", "coffee-chat", "60min"]))])
        if site == "askfirst":
            return "%saskfirst.example/u/%s" % (pre, h)
        if site == "gitlab":
            return "%sgitlab.com/%s" % (pre, h)
        if site == "mastodon":
            return "%s%s/@%s" % (pre, r.choice(["mastodon.social", "hachyderm.io", "fosstodon.org",
                                                "chaos.social"]), h)
        return "%s%sinstagram.com/%s" % (pre, www, h)


# ---------------------------------------------------------------------------------------------
# value generators (hard negatives)
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}
MON_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TO_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

ORG_EXTRA = ["Ernst & Young", "Mercedes-Benz", "Johnson & Johnson", "Procter & Gamble",
             "Marks & Spencer", "Dolce & Gabbana", "Yves Saint Laurent", "Jean Paul Gaultier",
             "Baker McKenzie", "Morgan Stanley Capital International", "John Lewis & Partners",
             "The Walt Disney Company", "Charles Schwab Corporation", "Hugo Boss AG",
             "Robert Bosch GmbH", "Carl Zeiss AG", "Carl Zeiss Meditec", "Adam Opel AG",
             "Tommy Hilfiger Europe", "Calvin Klein Jeans", "Ralph Lauren Corporation",
             "Giorgio Armani S.p.A.", "Salvatore Ferragamo S.p.A.", "Brunello Cucinelli S.p.A.",
             "Christian Dior Couture", "Pierre Fabre Laboratories", "Laboratoires Pierre Fabre",
             "Louis Vuitton Malletier", "Carolina Herrera New York", "Thomas Cook Group",
             "Arthur Andersen LLP", "Mary Kay Inc.", "Jack Wolfskin GmbH", "Tom Tailor Group",
             "Thomas Sabo GmbH", "John Deere Walldorf", "Tim Hortons", "Ted Baker London",
             "Paul Smith Ltd", "Charles Tyrwhitt Shirts", "Karl Lagerfeld Paris"]


def org_names():
    return [n.strip() for n in COLLIDE_ORG.replace("\n", "").split("|")] + ORG_EXTRA


PLACES = {
    "en": ["Charlotte, NC", "Victoria, BC", "Austin, TX", "Dallas", "Sydney", "Adelaide",
           "Florence", "Madison, WI", "Lincoln, Nebraska", "Eugene, Oregon", "Regina, Saskatchewan",
           "Elizabeth, NJ", "Jackson, Mississippi", "Alexandria, VA", "Savannah, GA",
           "Tbilisi, Georgia", "Chelsea", "St. Louis", "San Diego", "San Antonio", "San Jose",
           "Santa Monica", "São Paulo", "Santiago", "Victoria Island, Lagos", "Port Harcourt",
           "Sofia", "Amman, Jordan", "N'Djamena, Chad", "Tel Aviv, Israel", "Northern Virginia",
           "Paris", "Brooklyn", "Aurora, Colorado", "Helena, Montana", "Lourdes", "Alice Springs",
           "Port Elizabeth", "Fort Collins", "Kingston", "Austin", "Charlotte", "Victoria",
           "Jackson Hole", "Lake Charles", "Mount Isa", "Augusta, Georgia"],
    "de": ["Sankt Augustin", "Sankt Peter-Ording", "Charlotte (North Carolina)", "Sydney", "Austin",
           "Dallas", "Adelaide", "São Paulo", "San Diego", "Santiago de Chile", "Sofia",
           "Victoria (Kanada)", "Madison", "Sankt Georgen", "Sankt Florian", "Brooklyn"],
    "fr": ["Saint-Denis", "Saint-Étienne", "Saint-Malo", "Florence", "Adélaïde", "Lourdes",
           "Sofia", "Victoria", "Charlotte", "Sydney", "Sainte-Geneviève-des-Bois", "San Diego",
           "Saint-Louis", "Saint-Laurent-du-Var"],
    "es": ["San Diego", "San Antonio", "Santiago de Chile", "Santiago de Compostela", "San José",
           "Santa Mónica", "Santa Cruz de Tenerife", "Lourdes", "Florencia", "Sídney",
           "Dolores Hidalgo", "Ciudad Victoria", "San Sebastián", "Santa Lucía"],
    "it": ["San Marino", "Santa Margherita Ligure", "San Giovanni Rotondo", "Sofia", "San Diego",
           "Santa Teresa Gallura", "San Francesco al Campo", "Sydney"],
    "pt": ["São Paulo", "São José dos Campos", "São Luís", "Santa Catarina", "Vitória", "Lourdes",
           "Santiago", "João Pessoa", "Santo André", "São Caetano do Sul", "Teresópolis"],
    "nl": ["Sint-Niklaas", "Sint Maarten", "Sydney", "San Diego", "Sint-Truiden", "Sint-Oedenrode"],
    "pl": ["Sydney", "Victoria (Kanada)", "San Diego", "Santiago", "Sofia"],
    "sv": ["Sankt Petersburg", "Sydney", "San Diego", "Santiago", "Sofia", "Victoria"],
    "cs": ["Sydney", "San Diego", "Santiago", "Sofie", "Victoria"],
    "tr": ["Yıldız Sarayı", "Barış Manço Caddesi", "Sydney", "San Diego", "Sofya"],
    "ru": ["София", "Сидней", "Александров", "Сан-Диего", "Сантьяго"],
    "uk": ["Олександрія", "Софіївка", "Сідней", "Сан-Дієго"],
    "el": ["Αθήνα", "Αγία Σοφία", "Άγιος Νικόλαος", "Άγιος Δημήτριος", "Σίδνεϊ"],
    "ar": ["جبل علي", "شارع الملك عبدالله", "مدينة الشيخ زايد", "الإسكندرية", "سيدني"],
    "fa": ["بندر عباس", "خیابان کریم‌خان", "سیدنی"],
    "he": ["גבעת שמואל", "רמת ישי", "קריית אונו", "סידני"],
    "hi": ["राजीव चौक", "लक्ष्मी नगर", "सरोजिनी नगर", "इंदिरा नगर"],
    "zh": ["中山路", "维多利亚港", "悉尼", "圣地亚哥"],
    "ja": ["シドニー", "ジョージア州", "サンディエゴ"],
    "ko": ["시드니", "조지아주", "샌디에이고"],
    "th": ["ซิดนีย์", "ซานดิเอโก"],
    "vi": ["TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hà Nội", "Cần Thơ", "Hồ Gươm", "đường Nguyễn Huệ", "đường Lê Lợi",
           "đường Trần Hưng Đạo"],
    "id": ["Jalan Sudirman", "Jalan Gatot Subroto", "Bandara Soekarno-Hatta", "Jalan M.H. Thamrin"],
    "sw": ["Moi Avenue", "Kenyatta Avenue", "Jomo Kenyatta International Airport", "Uhuru Park"],
}

EPONYMS = {
    "en": ["Dijkstra's algorithm", "Bayes' theorem", "Taylor series", "Cohen's kappa",
           "Brooks' law", "Brooks's law", "Conway's law", "Murphy's law", "Moore's law",
           "Nash equilibrium", "Porter's five forces", "Parkinson's law", "Pearson correlation",
           "Hamiltonian path", "Kelly criterion", "Fisher information", "Markov chain",
           "Kalman filter", "Turing test", "Gantt chart", "Pareto principle", "Occam's razor",
           "Huffman coding", "Levenshtein distance", "Maslow's hierarchy of needs",
           "Dunning-Kruger effect", "Peter principle", "Fourier transform", "Newton's method",
           "Venn diagram", "Fibonacci sequence", "Parkinson's disease", "Bloom's taxonomy",
           "Elo rating", "Likert scale", "Student's t-test", "Kaplan-Meier curve",
           "Monte Carlo simulation", "Hofstadter's law", "Goodhart's law", "Amdahl's law",
           "Metcalfe's law", "Hick's law", "Fitts's law", "Jakob's law", "Bellman equation",
           "Kruskal's algorithm", "Prim's algorithm", "Bloom filter", "Merkle tree",
           "Lamport clock", "Hamming distance", "Shannon entropy", "Gini coefficient",
           "Sharpe ratio", "Black-Scholes model", "Phillips curve", "Fisher's exact test",
           "Taylor rule", "Kelly formula", "Markov decision process", "Brooks' law of software"],
    "de": ["Dijkstra-Algorithmus", "Satz von Bayes", "Taylor-Reihe", "Murphys Gesetz",
           "Mooresches Gesetz", "Nash-Gleichgewicht", "Gantt-Diagramm", "Pareto-Prinzip",
           "Markow-Kette", "Kalman-Filter", "Turing-Test", "Parkinson-Krankheit", "Gauß-Verteilung",
           "Fourier-Transformation", "Peter-Prinzip", "Cohens Kappa", "Pearson-Korrelation",
           "Huffman-Kodierung", "Conways Gesetz", "Brookssches Gesetz"],
    "fr": ["l'algorithme de Dijkstra", "le théorème de Bayes", "la série de Taylor",
           "la loi de Murphy", "la loi de Moore", "l'équilibre de Nash", "le diagramme de Gantt",
           "le principe de Pareto", "les chaînes de Markov", "le filtre de Kalman",
           "le test de Turing", "la maladie de Parkinson", "la loi de Brooks",
           "le kappa de Cohen", "la corrélation de Pearson", "le principe de Peter"],
    "es": ["el algoritmo de Dijkstra", "el teorema de Bayes", "la serie de Taylor",
           "la ley de Murphy", "la ley de Moore", "el equilibrio de Nash", "el diagrama de Gantt",
           "el principio de Pareto", "las cadenas de Markov", "el filtro de Kalman",
           "la prueba de Turing", "las cinco fuerzas de Porter", "la ley de Brooks"],
    "it": ["l'algoritmo di Dijkstra", "il teorema di Bayes", "la serie di Taylor",
           "la legge di Murphy", "la legge di Moore", "l'equilibrio di Nash",
           "il diagramma di Gantt", "il principio di Pareto", "le catene di Markov",
           "il filtro di Kalman", "il test di Turing", "le cinque forze di Porter"],
    "pt": ["o algoritmo de Dijkstra", "o teorema de Bayes", "a lei de Murphy", "a lei de Moore",
           "o equilíbrio de Nash", "o gráfico de Gantt", "o princípio de Pareto",
           "as cadeias de Markov", "o filtro de Kalman", "o teste de Turing",
           "as cinco forças de Porter"],
    "nl": ["het algoritme van Dijkstra", "de wet van Murphy", "de wet van Moore",
           "het Nash-evenwicht", "het Gantt-diagram", "het Pareto-principe", "de stelling van Bayes",
           "de wet van Brooks"],
    "pl": ["algorytm Dijkstry", "prawo Murphy'ego", "prawo Moore'a", "równowaga Nasha",
           "wykres Gantta", "zasada Pareto", "łańcuch Markowa", "filtr Kalmana", "test Turinga"],
    "sv": ["Dijkstras algoritm", "Murphys lag", "Moores lag", "Nashjämvikt", "Gantt-schema",
           "Paretoprincipen", "Turingtest", "Brooks lag"],
    "cs": ["Dijkstrův algoritmus", "Murphyho zákon", "Mooreův zákon", "Nashova rovnováha",
           "Ganttův diagram", "Paretovo pravidlo", "Turingův test"],
    "tr": ["Dijkstra algoritması", "Murphy kanunu", "Moore yasası", "Nash dengesi",
           "Gantt şeması", "Pareto ilkesi", "Markov zinciri", "Turing testi"],
    "ru": ["алгоритм Дейкстры", "закон Мерфи", "закон Мура", "равновесие Нэша", "диаграмма Ганта",
           "принцип Парето", "цепь Маркова", "фильтр Калмана", "тест Тьюринга", "теорема Байеса"],
    "uk": ["алгоритм Дейкстри", "закон Мерфі", "закон Мура", "рівновага Неша", "діаграма Ганта",
           "принцип Парето", "ланцюг Маркова"],
    "el": ["ο αλγόριθμος του Dijkstra", "ο νόμος του Murphy", "ο νόμος του Moore",
           "η ισορροπία Nash", "το διάγραμμα Gantt", "η αρχή του Pareto"],
    "ar": ["خوارزمية ديكسترا", "قانون مورفي", "قانون مور", "توازن ناش", "مخطط جانت",
           "مبدأ باريتو", "سلاسل ماركوف", "اختبار تورينغ"],
    "fa": ["الگوریتم دایکسترا", "قانون مورفی", "قانون مور", "تعادل نش", "نمودار گانت", "اصل پارتو"],
    "he": ["האלגוריתם של דייקסטרה", "חוק מרפי", "חוק מור", "שיווי משקל נאש", "תרשים גאנט",
           "עקרון פארטו"],
    "hi": ["डाइक्स्ट्रा एल्गोरिद्म", "मर्फी का नियम", "मूर का नियम", "नैश संतुलन", "गैंट चार्ट",
           "पैरेटो सिद्धांत"],
    "zh": ["Dijkstra算法", "墨菲定律", "摩尔定律", "纳什均衡", "甘特图", "帕累托法则", "马尔可夫链",
           "卡尔曼滤波", "图灵测试", "贝叶斯定理"],
    "ja": ["ダイクストラ法", "マーフィーの法則", "ムーアの法則", "ナッシュ均衡", "ガントチャート",
           "パレートの法則", "マルコフ連鎖", "カルマンフィルタ", "チューリングテスト", "ベイズの定理"],
    "ko": ["다익스트라 알고리즘", "머피의 법칙", "무어의 법칙", "내시 균형", "간트 차트",
           "파레토 법칙", "마르코프 체인", "튜링 테스트"],
    "th": ["อัลกอริทึมของไดค์สตรา", "กฎของเมอร์ฟี", "กฎของมัวร์", "ดุลยภาพของแนช", "แผนภูมิแกนต์",
           "หลักการพาเรโต"],
    "vi": ["thuật toán Dijkstra", "định luật Murphy", "định luật Moore", "cân bằng Nash",
           "biểu đồ Gantt", "nguyên lý Pareto", "chuỗi Markov"],
    "id": ["algoritma Dijkstra", "hukum Murphy", "hukum Moore", "keseimbangan Nash",
           "diagram Gantt", "prinsip Pareto", "rantai Markov"],
    "sw": ["algorithm ya Dijkstra", "sheria ya Murphy", "sheria ya Moore", "chati ya Gantt",
           "kanuni ya Pareto"],
}

EPONYM_INST = {
    "place": ["Alan Turing Institute", "Max Planck Institute for Informatics", "Max Planck Institute",
              "Simon Fraser University", "James Cook University", "Edith Cowan University",
              "Charles Darwin University", "Charles Sturt University", "Rosalind Franklin University",
              "George Washington University", "Johns Hopkins University", "Karolinska Institutet",
              "Nelson Mandela University", "Institut Pasteur", "Institut Curie", "Sun Yat-sen University",
              "Ada Lovelace Institute", "Alan Turing Building", "Max Planck Society",
              "Grace Hopper Academy"],
    "award": ["Turing Award", "Grace Hopper Award", "Ada Lovelace Award", "Max Planck Research Award",
              "Simon Fraser Alumni Award", "Alan Turing Prize"],
    "program": ["Marie Curie fellowship", "Marie Skłodowska-Curie Actions", "Fulbright scholarship",
                "Rhodes Scholarship", "Erasmus+ programme", "Alexander von Humboldt fellowship",
                "Max Planck fellowship", "Grace Hopper Celebration scholarship"],
    "event": ["Grace Hopper Celebration", "Ada Lovelace Day", "Alan Turing Lecture",
              "Max Planck Day", "Marie Curie Night"],
    "de": ["Max-Planck-Institut für Informatik", "Humboldt-Universität zu Berlin",
           "Goethe-Universität Frankfurt", "Heinrich-Heine-Universität Düsseldorf",
           "Ludwig-Maximilians-Universität München", "Fraunhofer-Institut",
           "Alexander von Humboldt-Stiftung", "Max-Planck-Gesellschaft", "Robert Koch-Institut",
           "Carl von Ossietzky Universität Oldenburg"],
    "uk": ["Київський національний університет імені Тараса Шевченка",
           "КНУ імені Тараса Шевченка"],
    "ru": ["МГУ имени М. В. Ломоносова", "Институт Макса Планка"],
    "zh": ["中山大学", "图灵奖"],
    "ja": ["マックス・プランク研究所", "チューリング賞"],
    "tr": ["Yıldız Teknik Üniversitesi"],
}

PRODUCTS = {
    "lang": ["Ruby", "Julia", "Ada", "Pascal", "Ruby on Rails", "Object Pascal", "Julia 1.10",
             "Ruby 3.3", "Ada/SPARK"],
    "ci": ["Jenkins", "Jenkins X", "a self-hosted Jenkins"],
    "data": ["Apache Kafka", "Kafka", "Apache Cassandra", "Cassandra", "Kafka Streams",
             "Kafka Connect"],
    "site": ["Hugo", "Jekyll and Hugo", "Hugo (the static site generator)"],
    "ai": ["Alexa", "Claude", "Devin", "IBM Watson", "Siri", "Jasper", "Harvey", "Claude 3.5 Sonnet",
           "Alexa+", "Watson Assistant"],
}

BICS = ["COBADEFFXXX", "DEUTDEFF", "DEUTDEDBBER", "BNPAFRPP", "SOGEFRPP", "INGBNL2A", "ABNANL2A",
        "RABONL2U", "NWBKGB2L", "BARCGB22", "BSCHESMM", "CAIXESBB", "UNCRITMM", "BCITITMM",
        "GENODEF1S04", "BYLADEM1001", "PBNKDEFF", "SWEDSESS", "ESSESESS", "DABADKKK", "OKOYFIHH",
        "UBSWCHZH80A", "RZBAATWW", "PKOPPLPW", "BPKOPLPW", "CEKOCZPP", "TGBATRIS", "AIBKIE2D",
        "BOFIIE2D", "GEBABEBB", "KREDBEBB", "BCEELULL", "DNBANOKK", "ETHNGRAA", "CGDIPTPL"]

URL_TOPICS = ["opentowork", "hiring", "MachineLearning", "GenAI", "DevOps", "100DaysOfCode",
              "WomenInTech", "dataengineering", "Kubernetes", "remotework", "startup", "UXDesign",
              "cybersecurity", "python", "rustlang", "fintech", "sustainability"]
ORG_SLUGS = ["siemens", "zalando-se", "sap", "n26", "personio", "celonis", "delivery-hero",
             "spotify", "klarna", "adyen", "doctolib", "blablacar", "nubank", "mercadolibre",
             "infosys", "flipkart", "rakuten", "naver", "grab", "gojek", "andela", "flutterwave",
             "careem", "wix-com", "allegro-pl", "jetbrains", "trendyol", "skroutz", "shopify",
             "stripe", "atlassian", "canva", "deepl", "mistralai", "huggingface", "revolut"]


def alnum(r, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(chars) for _ in range(n))


class Negs:
    def __init__(self, rng, vals):
        self.rng = rng
        self.v = vals

    def gen(self, cat, lang, style=None):
        f = getattr(self, "n_" + cat)
        return f(lang, style)

    # ----- phone look-alikes
    def n_date(self, lang, style):
        r = self.rng
        y, m, dd = r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)
        if style == "clf":
            return "%02d/%s/%d:%02d:%02d:%02d +0000" % (dd, MON_ABBR[m - 1], y, r.randint(0, 23),
                                                        r.randint(0, 59), r.randint(0, 59))
        if style == "log":
            return "%s %2d" % (MON_ABBR[m - 1], dd)
        if style == "range":
            y, y2 = min(y, 2025), min(y + r.randint(0, 5), 2026)
            m2 = r.randint(1, 12) if y2 > y else r.randint(m, 12)
            if lang == "en" or lang not in MONTHS:
                return r.choice(["%s %d – %s %d" % (MON_ABBR[m - 1], y, MON_ABBR[m2 - 1], y2),
                                 "%d – %d" % (y, y2), "%02d/%d – %02d/%d" % (m, y, m2, y2),
                                 "%s %d – Present" % (MON_ABBR[m - 1], y)])
            return r.choice(["%02d/%d – %02d/%d" % (m, y, m2, y2), "%d – %d" % (y, y2),
                             "%02d.%d – %02d.%d" % (m, y, m2, y2), "%d–%d" % (y, y2)])
        mn = MONTHS.get(lang, MONTHS["en"]).split()
        if lang == "th":
            mn = MONTHS["th"].split()
        cands = ["%d-%02d-%02d" % (y, m, dd)]
        if lang == "en":
            cands += ["%s %d, %d" % (mn[m - 1], dd, y), "%d %s %d" % (dd, mn[m - 1], y),
                      "%02d/%02d/%d" % (m, dd, y), "%s %d" % (MON_ABBR[m - 1], dd),
                      "%d/%d/%d" % (m, dd, y % 100), "%s %dth" % (mn[m - 1], dd if dd > 3 and dd < 21 else 4),
                      "%d %s" % (dd, MON_ABBR[m - 1])]
        elif lang in ("de", "pl", "cs", "tr", "ru", "uk"):
            cands += ["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, mn[m - 1], y) if lang in ("de", "cs")
                      else "%d %s %d" % (dd, mn[m - 1], y), "%d.%d." % (dd, m), "%02d.%02d." % (dd, m)]
            if lang == "cs":
                cands.append("%d. %d. %d" % (dd, m, y))
        elif lang in ("fr", "es", "it", "pt", "el", "hi", "vi", "id", "sw", "ar"):
            cands += ["%02d/%02d/%d" % (dd, m, y), "%d/%d" % (dd, m)]
            if lang in ("es", "pt"):
                cands.append("%d de %s de %d" % (dd, mn[m - 1], y))
            elif lang in ("fr", "it", "el", "hi", "id", "sw", "ar"):
                cands.append("%d %s %d" % (dd, mn[m - 1], y))
            if lang == "ar":
                cands.append(("%d/%d/%d" % (dd, m, y)).translate(TO_ARABIC_DIGITS))
            if lang == "vi":
                cands.append("ngày %d/%d/%d" % (dd, m, y))
        elif lang in ("nl",):
            cands += ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, mn[m - 1], y)]
        elif lang == "sv":
            cands += ["%d %s %d" % (dd, mn[m - 1], y), "%d/%d" % (dd, m)]
        elif lang == "he":
            cands += ["%d.%d.%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)]
        elif lang == "fa":
            cands += [("%d/%02d/%02d" % (y - 621, m, dd)).translate(TO_PERSIAN_DIGITS),
                      "%d/%02d/%02d" % (y, m, dd)]
        elif lang in ("zh", "ja"):
            cands += ["%d年%d月%d日" % (y, m, dd), "%d/%02d/%02d" % (y, m, dd), "%d月%d日" % (m, dd)]
        elif lang == "ko":
            cands += ["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd), "%d월 %d일" % (m, dd)]
        elif lang == "th":
            cands += ["%d/%02d/%d" % (dd, m, y + 543), "%d %s %d" % (dd, mn[m - 1], y + 543)]
        return r.choice(cands)

    def n_time(self, lang, style):
        r = self.rng
        if style == "log":
            return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        h, mi = r.randint(7, 21), r.choice([0, 0, 15, 30, 30, 45, 10, 20])
        h2 = min(h + r.randint(1, 3), 23)
        c = ["%02d:%02d" % (h, mi), "%d:%02d–%d:%02d" % (h, mi, h2, mi)]
        if lang == "en":
            c += ["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM"),
                  "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm"),
                  "%d:%02d pm CET" % ((h - 1) % 12 + 1, mi), "%02d:%02d UTC" % (h, mi)]
        elif lang == "de":
            c += ["%d:%02d Uhr" % (h, mi), "%d.%02d Uhr" % (h, mi), "%d Uhr" % h]
        elif lang == "fr":
            c += ["%dh%02d" % (h, mi), "%dh" % h]
        elif lang in ("zh",):
            c += ["下午%d点" % (h - 12 if h > 12 else h), "%d:%02d" % (h, mi)]
        elif lang == "ja":
            c += ["%d時%02d分" % (h, mi), "%d時" % h]
        elif lang == "ko":
            c += ["오후 %d시 %d분" % (h - 12 if h > 12 else h, mi), "%d시" % h]
        elif lang == "th":
            c += ["%d.%02d น." % (h, mi)]
        elif lang in ("sv", "nl", "pl", "cs"):
            c += ["%d.%02d" % (h, mi), "kl. %d.%02d" % (h, mi) if lang == "sv" else "%d:%02d" % (h, mi)]
        return r.choice(c)

    def n_price(self, lang, style):
        r = self.rng
        big = r.choice([r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999),
                        r.randint(10000, 250000)])
        cents = r.choice(["00", "90", "99", "50", "95"])
        if style == "salary":
            k = r.randint(38, 160)
            return r.choice({"en": ["$%d,000" % k, "£%d,000" % k, "$%dk" % k, "€%dk" % k],
                             "de": ["%d.000 €" % k, "%d k€" % k, "%d.000 EUR brutto" % k],
                             "es": ["%d.000 €" % k, "%d.000 € brutos/año" % k],
                             "pl": ["%d 000 zł" % (k // 2), "%d 000 PLN brutto" % (k // 2)]}.get(
                lang, ["%d,000" % k]))

        def grp(n, sep):
            s = str(n)
            out = []
            while len(s) > 3:
                out.insert(0, s[-3:])
                s = s[:-3]
            out.insert(0, s)
            return sep.join(out)
        P = {
            "en": ["$%s.%s" % (grp(big, ","), cents), "£%s" % grp(big, ","), "USD %s" % grp(big, ","),
                   "$%s/month" % grp(big, ","), "€%s" % grp(big, ","), "$%sk" % r.randint(80, 240)],
            "de": ["%s,%s €" % (grp(big, "."), cents), "€ %s,-" % grp(big, "."), "ab %s €" % big,
                   "%s EUR" % grp(big, "."), "CHF %s.–" % grp(big, "'")],
            "fr": ["%s,%s €" % (grp(big, " "), cents), "%s € HT" % grp(big, " "), "%s €" % big],
            "es": ["%s,%s €" % (grp(big, "."), cents), "%s €" % big, "MXN $%s" % grp(big, ",")],
            "it": ["€ %s,%s" % (grp(big, "."), cents), "%s euro" % grp(big, ".")],
            "pt": ["R$ %s,%s" % (grp(big, "."), cents), "R$%s" % grp(big, "."), "%s €" % big],
            "nl": ["€ %s,-" % grp(big, "."), "€%s,%s" % (grp(big, "."), cents)],
            "pl": ["%s zł" % grp(big, " "), "%s,%s zł" % (big, cents), "%s PLN" % grp(big, " ")],
            "sv": ["%s kr" % grp(big, " "), "%s:-" % big, "%s SEK" % grp(big, " ")],
            "cs": ["%s Kč" % grp(big, " "), "%s,- Kč" % big],
            "tr": ["₺%s" % grp(big, "."), "%s TL" % grp(big, ".")],
            "ru": ["%s ₽" % grp(big, " "), "%s руб." % grp(big, " ")],
            "uk": ["%s грн" % grp(big, " "), "₴%s" % grp(big, " ")],
            "el": ["%s,%s €" % (grp(big, "."), cents), "€%s" % big],
            "ar": ["%s درهم" % grp(big, ","), "SAR %s" % grp(big, ","), "%s جنيه" % grp(big, ",")],
            "fa": ["%s تومان" % grp(big * 1000, ","), "%s ریال" % grp(big * 10000, ",")],
            "he": ["₪%s" % grp(big, ","), "%s ש\"ח" % grp(big, ",")],
            "hi": ["₹%s" % grp(big, ","), "₹ %s" % big, "Rs. %s" % grp(big, ",")],
            "zh": ["¥%s" % grp(big, ","), "%s元" % big, "￥%s" % big],
            "ja": ["¥%s" % grp(big * 10, ","), "%s円" % grp(big * 10, ","), "%s円（税込）" % grp(big * 10, ",")],
            "ko": ["%s원" % grp(big * 100, ","), "₩%s" % grp(big * 100, ",")],
            "th": ["฿%s" % grp(big, ","), "%s บาท" % grp(big, ",")],
            "vi": ["%s ₫" % grp(big * 1000, "."), "%sk" % big, "%s đồng" % grp(big * 1000, ".")],
            "id": ["Rp %s" % grp(big * 1000, "."), "Rp%s" % grp(big * 1000, ".")],
            "sw": ["KSh %s" % grp(big, ","), "TSh %s" % grp(big * 10, ",")],
        }
        return r.choice(P.get(lang, P["en"]))

    def n_order_number(self, lang, style):
        r = self.rng
        return r.choice([
            "%s-%s-%s" % (d(r, 3, "123456789"), d(r, 7), d(r, 7)),
            "#%s" % d(r, r.randint(5, 8), "123456789"),
            d(r, 10, "4579"),
            "AB-%d-%s" % (r.randint(2019, 2026), d(r, 6)),
            "INV-%d-%s" % (r.randint(2019, 2026), d(r, 5)),
            "RE-%d-%s" % (r.randint(2019, 2026), d(r, 4)),
            "%d%s" % (r.randint(2020, 2026), d(r, r.choice([12, 14, 15]))),
            "SO-%s" % d(r, 7),
            "%s/%d" % (d(r, 5, "123456789"), r.randint(2020, 2026)),
            "PO %s" % d(r, 10, "45"),
            "%s %s %s" % (d(r, 4, "4579"), d(r, 4), d(r, 4)),
        ])

    def n_ticket_number(self, lang, style):
        r = self.rng
        return r.choice([
            "#%s" % d(r, r.randint(4, 7), "123456789"), "INC%s" % d(r, 7), "REQ%s" % d(r, 7),
            "%s-%d" % (r.choice(["PROJ", "OPS", "DATA", "WEB", "PAY", "SEC", "INFRA", "APP"]),
                       r.randint(12, 9999)),
            "Case #%s" % d(r, 8), "SR 3-%s" % d(r, 10, "123456789"),
            "%s-%s-%s" % (d(r, 3), d(r, 4), d(r, 2)), "CS-%d-%s" % (r.randint(2020, 2026), d(r, 6)),
            "T%d%02d%02d%s" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28), d(r, 3)),
            "BUG-%s" % d(r, 5), "#%s-%s" % (d(r, 4), d(r, 4)),
        ])

    def n_tracking_number(self, lang, style):
        r = self.rng
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        x = r.randrange(8)
        if x == 0:
            return "1Z%s%s%s" % (alnum(r, 3, A + "0123456789"), alnum(r, 3, A), d(r, 10))
        if x == 1:
            s = "1Z%s%s" % (alnum(r, 6, A + "0123456789"), d(r, 10))
            return " ".join([s[:2], s[2:5], s[5:8], s[8:10], s[10:14], s[14:]])
        if x == 2:
            return "00340434%s" % d(r, 12)
        if x == 3:
            s = "94" + d(r, 20)
            return " ".join(s[i:i + 4] for i in range(0, 22, 4))
        if x == 4:
            return "%s%s%s" % (r.choice(["LX", "RR", "CP", "EE", "LY", "UA"]), d(r, 9),
                               r.choice(["CN", "DE", "GB", "NL", "BR", "PL", "JP"]))
        if x == 5:
            return "JJD%s" % d(r, 18)
        if x == 6:
            return "%s %s %s" % (d(r, 4, "7"), d(r, 4), d(r, 4))
        return "H%s" % d(r, 19)

    def n_isbn(self, lang, style):
        r = self.rng
        if r.random() < 0.7:
            body = r.choice(["978", "979"]) + d(r, 9)
            s = isbn13(body)
            if r.random() < 0.35:
                return r.choice(["", "ISBN ", "ISBN-13: "]) + s
            g = r.choice([1, 1, 2])
            p = r.randint(2, 5)
            t = 9 - g - p
            parts = [s[:3], s[3:3 + g], s[3 + g:3 + g + p], s[3 + g + p:12], s[12]]
            assert len(parts[3]) == t
            return r.choice(["", "ISBN ", "ISBN: "]) + "-".join(parts)
        s = isbn10(d(r, 9))
        if r.random() < 0.5:
            return "ISBN " + s
        g, p = 1, r.randint(2, 5)
        return r.choice(["ISBN ", "ISBN-10 ", ""]) + "-".join([s[:1], s[1:1 + p], s[1 + p:9], s[9]])

    def n_version(self, lang, style):
        r = self.rng
        a, b, c = r.randint(0, 25), r.randint(0, 30), r.randint(0, 40)
        return r.choice([
            "v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "%d.%d.%d-rc.%d" % (a, b, c, r.randint(1, 5)),
            "%d.%d.%d-beta.%d" % (a, b, c, r.randint(1, 9)), "Node %d.%d.%d" % (r.choice([18, 20, 22]), b, c),
            "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)),
            "Python 3.%d.%d" % (r.randint(8, 13), r.randint(0, 12)),
            "Ubuntu %d.04 LTS" % r.choice([18, 20, 22, 24]), "Kubernetes 1.%d.%d" % (r.randint(24, 31), c),
            "kernel 6.%d.0-%d-generic" % (r.randint(1, 11), r.randint(10, 120)),
            "Chrome %d.0.%d.%d" % (r.randint(110, 130), r.randint(5000, 6999), r.randint(40, 200)),
            "%d.%d" % (r.randint(2019, 2026), r.randint(1, 12)), "build %d.%d" % (r.randint(19041, 26100), r.randint(100, 4000)),
            "Java %d" % r.choice([17, 21, 23]), "PostgreSQL %d.%d" % (r.randint(12, 17), r.randint(1, 9)),
        ])

    def n_ip_version(self, lang, style):
        r = self.rng
        while True:
            v = "%d.%d.%d.%d" % (r.randint(1, 25), r.randint(0, 20), r.randint(0, 60), r.randint(1, 250))
            # a version-looking quad that would also parse as an address
            break
        if style == "bare":
            return v
        ctx = r.choice(["firmware ", "Firmware ", "FW ", "version ", "Version ", "v", "build ",
                        "release ", "BIOS ", "driver ", "SDK ", "agent ", "Firmware-Version ",
                        "versión ", "versione ", "версия ", "バージョン", "版本", "firmware v"])
        return [(ctx, None), (v, "N")]

    def n_patent(self, lang, style):
        r = self.rng
        return r.choice([
            "US %s,%s,%s B2" % (r.randint(9, 12), d(r, 3), d(r, 3)),
            "US Patent %s,%s,%s" % (r.randint(7, 12), d(r, 3), d(r, 3)),
            "EP %s %s %s B1" % (d(r, 1, "1234"), d(r, 3), d(r, 3)),
            "EP%s%s A1" % (d(r, 1, "34"), d(r, 6)),
            "WO %d/%s" % (r.randint(2015, 2025), d(r, 6)),
            "WO%d%s" % (r.randint(2015, 2025), d(r, 6)),
            "DE 10 %d %s %s.%s" % (r.randint(2015, 2024), d(r, 3), d(r, 3), d(r, 1)),
            "DE 10 %d %s %s A1" % (r.randint(2015, 2024), d(r, 3), d(r, 3)),
            "US %d/%s A1" % (r.randint(2015, 2025), d(r, 7, "0")),
            "US%d%s A1" % (r.randint(2015, 2025), d(r, 7, "0")),
            "CN %s A" % d(r, 9, "1"), "JP %d-%s A" % (r.randint(2015, 2024), d(r, 6)),
            "GB %s %s %s" % (d(r, 1, "2"), d(r, 3), d(r, 3)),
        ])

    def n_postcode(self, lang, style):
        r = self.rng
        P = {
            "de": lambda: d(r, 5, "1234567890"), "fr": lambda: "75%03d" % r.randint(1, 20),
            "en": lambda: r.choice(["SW1A 1AA", "EC2A 4NE", "M1 1AE", "N1 9GU", "%s" % d(r, 5, "12349"),
                                    "%s-%s" % (d(r, 5, "129"), d(r, 4)), "2000", "3000", "D02 X285"]),
            "ja": lambda: "〒%s-%s" % (d(r, 3, "1234567"), d(r, 4)), "pt": lambda: "%s-%s" % (d(r, 5, "0123"), d(r, 3)),
            "hi": lambda: d(r, 6, "1234567"), "nl": lambda: "%s %s" % (d(r, 4, "123456789"), alnum(r, 2, "ABCDEFGHJKLMNPRSTUVWXZ")),
            "pl": lambda: "%s-%s" % (d(r, 2, "0123456789"), d(r, 3)), "cs": lambda: "%s %s" % (d(r, 3, "1234567"), d(r, 2)),
            "sv": lambda: "%s %s" % (d(r, 3, "1234"), d(r, 2)), "es": lambda: "%02d%03d" % (r.randint(1, 52), r.randint(0, 999)),
            "it": lambda: "%05d" % r.randint(100, 98168), "tr": lambda: "34%s" % d(r, 3), "ru": lambda: "1%s" % d(r, 5),
            "ko": lambda: d(r, 5, "0123456"), "zh": lambda: "%s00" % d(r, 4, "12345"),
        }
        return P.get(lang, P["en"])()

    def n_signed_number(self, lang, style):
        r = self.rng
        a, b = r.randint(1, 80), r.randint(0, 9)
        return r.choice(["+%d,%d %%" % (a, b), "+%d%% YoY" % a, "+%d.%d%%" % (a, b),
                         "+%s" % "{:,}".format(r.randint(1000, 90000)), "−%d,%d %%" % (a, b),
                         "+%d.%d pp" % (r.randint(0, 9), b), "+%dk" % r.randint(2, 900),
                         "+%d.%d Mio." % (r.randint(1, 9), b), "-%d.%d%%" % (a, b)])

    # ----- IP look-alikes
    def n_ip_private(self, lang, style):
        r = self.rng
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.choice([0, 1, 1, 2, 10, 100, 178, 188]), r.randint(1, 254))])

    def n_ip_loopback(self, lang, style):
        r = self.rng
        return r.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.0.0.53",
                         "127.%d.%d.%d" % (r.randint(0, 9), r.randint(0, 9), r.randint(1, 9))])

    def n_ip_link_local(self, lang, style):
        r = self.rng
        if style == "meta":
            return "169.254.169.254"
        return r.choice(["169.254.169.254", "169.254.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])

    def n_ip_documentation(self, lang, style):
        r = self.rng
        return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % r.randint(1, 254)

    def n_ip_reserved(self, lang, style):
        r = self.rng
        if style == "bind":
            return "0.0.0.0"
        return r.choice(["0.0.0.0", "255.255.255.255", "240.0.0.%d" % r.randint(1, 254),
                         "%d.%d.%d.%d" % (r.randint(240, 254), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "0.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])

    def n_ipv6_loopback(self, lang, style):
        return self.rng.choice(["::1", "::1", "0:0:0:0:0:0:0:1", "0000:0000:0000:0000:0000:0000:0000:0001"])

    def n_ipv6_link_local(self, lang, style):
        r = self.rng
        return r.choice(["fe80::1", "fe80::%x:%x:%x:%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff),
                                                          r.randint(0, 0xffff), r.randint(1, 0xffff)),
                         "fe80::%x:%xff:fe%x:%x" % (r.randint(0x200, 0xfff), r.randint(0x10, 0xff),
                                                    r.randint(0x10, 0xff), r.randint(0x1000, 0xffff))])

    def n_ipv6_ula(self, lang, style):
        r = self.rng
        return "fd%02x:%x:%x:%x::%x" % (r.randint(0, 255), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
                                         r.randint(0, 0xff), r.randint(1, 0xfff))

    def n_ipv6_documentation(self, lang, style):
        r = self.rng
        return r.choice(["2001:db8::%x" % r.randint(1, 0xffff), "2001:db8:85a3::8a2e:370:7334",
                         "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff)),
                         "2001:0db8:0000:0000:0000:ff00:0042:8329"])

    def n_mac_address(self, lang, style):
        r = self.rng
        b = ["%02x" % r.randint(0, 255) for _ in range(6)]
        x = r.random()
        if x < 0.5:
            return ":".join(b)
        if x < 0.8:
            return "-".join(b).upper()
        return "%s.%s.%s" % ("".join(b[:2]), "".join(b[2:4]), "".join(b[4:]))

    # ----- validated look-alikes
    def n_card_luhn_invalid(self, lang, style):
        return self.v.card_invalid()

    def n_iban_bad_check(self, lang, style):
        return self.v.iban_bad(style.upper() if style else None)

    def n_iban_bad_length(self, lang, style):
        return self.v.iban_badlen(style.upper() if style else None)

    def n_ssn_invalid(self, lang, style):
        return self.v.ssn_bad()

    def n_bic(self, lang, style):
        return self.rng.choice(BICS)

    # ----- URLs and addresses that do not identify a person
    def n_url_company(self, lang, style):
        r = self.rng
        slug = r.choice(ORG_SLUGS)
        sch = r.choice(["https://", "https://www.", "", "www."])
        return r.choice([
            "%slinkedin.com/company/%s" % (sch, slug), "%slinkedin.com/company/%s/" % (sch, slug),
            "https://www.linkedin.com/company/%s/about/" % slug,
            "%s%s.com" % (r.choice(["https://", "www.", "https://www."]), slug.split("-")[0]),
            "%s.de/ueber-uns" % slug.split("-")[0], "https://about.gitlab.com",
            "www.%s.com/%s/about" % (slug.split("-")[0], r.choice(["en", "de", "fr", "es"])),
            "https://www.xing.com/pages/%s" % slug, "%slinkedin.com/school/%s" % (sch, r.choice(
                ["tum", "eth-zurich", "university-of-oxford", "mit", "usp", "iit-bombay"])),
        ])

    def n_url_careers(self, lang, style):
        r = self.rng
        slug = r.choice(ORG_SLUGS).split("-")[0]
        return r.choice([
            "https://careers.google.com/jobs/results/%s" % d(r, 18, "1"),
            "https://jobs.sap.com/job/Walldorf-Senior-Developer-69190/%s/" % d(r, 10, "1"),
            "https://www.linkedin.com/jobs/view/%s" % d(r, 10, "34"),
            "linkedin.com/jobs/view/%s/" % d(r, 10, "34"),
            "boards.greenhouse.io/%s/jobs/%s" % (slug, d(r, 7, "456")),
            "https://jobs.lever.co/%s/%s-%s-%s" % (slug, alnum(r, 8, "0123456789abcdef"),
                                                   alnum(r, 4, "0123456789abcdef"), alnum(r, 12, "0123456789abcdef")),
            "https://%s.jobs.personio.de/job/%s" % (slug, d(r, 7, "1")),
            "apply.workable.com/%s/j/%s/" % (slug, alnum(r, 10, "0123456789ABCDEF")),
            "https://www.stepstone.de/stellenangebote--Data-Engineer-Berlin--%s-inline.html" % d(r, 8, "1"),
            "https://careers.%s.com" % slug, "careers.%s.com/open-positions" % slug,
            "https://www.indeed.com/viewjob?jk=%s" % alnum(r, 16, "0123456789abcdef"),
            "%s.com/careers" % slug, "https://www.welcometothejungle.com/fr/companies/%s/jobs" % slug,
        ])

    def n_url_docs(self, lang, style):
        r = self.rng
        return r.choice([
            "https://docs.python.org/3/library/%s.html" % r.choice(["re", "asyncio", "json", "ipaddress", "typing"]),
            "kubernetes.io/docs/concepts/%s/" % r.choice(["workloads/pods", "services-networking/service", "configuration/secret"]),
            "https://developer.mozilla.org/en-US/docs/Web/%s" % r.choice(["HTTP/CORS", "API/Fetch_API", "CSS/grid"]),
            "learn.microsoft.com/en-us/azure/%s" % r.choice(["aks/", "storage/", "active-directory/"]),
            "https://docs.github.com/en/actions/%s" % r.choice(["quickstart", "using-workflows", "security-guides"]),
            "https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.%s.html" % r.choice(["merge", "groupby", "pivot"]),
            "https://www.postgresql.org/docs/16/%s.html" % r.choice(["indexes", "sql-copy", "ddl-partitioning"]),
            "docs.docker.com/compose/%s/" % r.choice(["networking", "environment-variables", "production"]),
            "https://nginx.org/en/docs/http/ngx_http_%s_module.html" % r.choice(["proxy", "realip", "limit_req"]),
            "https://doc.rust-lang.org/book/ch%02d-%02d-%s.html" % (r.randint(1, 20), r.randint(0, 5), r.choice(["ownership", "closures", "traits"])),
            "react.dev/reference/react/%s" % r.choice(["useEffect", "useState", "Suspense"]),
            "https://docs.askfirst.example/pii",
        ])

    def n_url_paper(self, lang, style):
        r = self.rng
        return r.choice([
            "https://arxiv.org/abs/%02d%02d.%s" % (r.randint(17, 25), r.randint(1, 12), d(r, 5)),
            "arxiv.org/pdf/%02d%02d.%sv%d" % (r.randint(17, 25), r.randint(1, 12), d(r, 5), r.randint(1, 4)),
            "https://doi.org/10.%s/%s" % (r.choice(["1145", "1038", "1109", "1016", "18653"]),
                                          r.choice(["3290605.3300233", "s41586-021-03819-2", "TPAMI.2023.%s" % d(r, 7),
                                                    "j.neunet.2024.%s" % d(r, 6), "v1/2023.acl-long.%d" % r.randint(1, 900)])),
            "https://dl.acm.org/doi/10.1145/%s.%s" % (d(r, 7, "3"), d(r, 7, "3")),
            "aclanthology.org/%d.%s.%d/" % (r.randint(2019, 2025), r.choice(["acl-long", "emnlp-main", "findings-acl", "naacl-main"]), r.randint(1, 600)),
            "https://openreview.net/forum?id=%s" % alnum(r, 10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "https://www.nature.com/articles/s41586-0%d-0%s-%d" % (r.randint(20, 25), d(r, 4), r.randint(0, 9)),
            "papers.ssrn.com/sol3/papers.cfm?abstract_id=%s" % d(r, 7, "34"),
            "https://proceedings.neurips.cc/paper/%d/hash/%s-Abstract-Conference.html" % (r.randint(2020, 2024), alnum(r, 32, "0123456789abcdef")),
        ])

    def n_url_ticket(self, lang, style):
        r = self.rng
        ev = r.choice(["pycon-de-2025", "data-council-berlin", "kubecon-eu", "ai-summit-london",
                       "devfest-lagos", "women-in-data-science", "product-camp-madrid", "rustfest"])
        return r.choice([
            "https://www.eventbrite.com/e/%s-tickets-%s" % (ev, d(r, 12, "789")),
            "eventbrite.de/e/%s-tickets-%s" % (ev, d(r, 12, "789")),
            "https://pretix.eu/%s/%d/" % (ev.split("-")[0], r.randint(2024, 2026)),
            "lu.ma/%s" % alnum(r, 8), "https://lu.ma/%s" % ev,
            "https://www.meetup.com/%s/events/%s/" % (r.choice(["berlin-python", "london-ml", "ai-tinkerers-paris", "kubernetes-sp"]), d(r, 9, "23")),
            "ti.to/%s/%d" % (ev.split("-")[0], r.randint(2024, 2026)),
            "https://www.ticketmaster.de/event/%s-tickets/%s" % (ev, d(r, 6, "4")),
            "tickets.%s.io/%d" % (ev.split("-")[0], r.randint(2024, 2026)),
        ])

    def n_url_form(self, lang, style):
        r = self.rng
        A = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return r.choice([
            "https://forms.gle/%s" % alnum(r, 17, A), "forms.gle/%s" % alnum(r, 17, A),
            "https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform" % alnum(r, 48, A + "_-"),
            "https://form.typeform.com/to/%s" % alnum(r, 8, A), "tally.so/r/%s" % alnum(r, 6, A),
            "https://forms.office.com/r/%s" % alnum(r, 10, A), "www.surveymonkey.com/r/%s" % alnum(r, 7, A.upper()),
            "https://airtable.com/app%s/shr%s" % (alnum(r, 14, A), alnum(r, 14, A)),
            "https://form.jotform.com/%s" % d(r, 15, "2"),
        ])

    def n_url_hashtag(self, lang, style):
        r = self.rng
        t = r.choice(URL_TOPICS)
        return r.choice(["https://www.linkedin.com/feed/hashtag/%s" % t.lower(),
                         "linkedin.com/feed/hashtag/?keywords=%s" % t.lower(),
                         "https://x.com/hashtag/%s" % t, "x.com/hashtag/%s" % t,
                         "twitter.com/hashtag/%s" % t, "https://www.instagram.com/explore/tags/%s/" % t.lower(),
                         "mastodon.social/tags/%s" % t.lower(), "https://medium.com/tag/%s" % t.lower(),
                         "bsky.app/hashtag/%s" % t])

    def n_url_site_page(self, lang, style):
        r = self.rng
        return r.choice(["https://github.com/features/copilot", "github.com/settings/tokens",
                         "https://github.com/marketplace", "github.com/pricing", "https://github.com/login",
                         "github.com/notifications", "x.com/settings/account", "https://x.com/i/bookmarks",
                         "x.com/explore", "https://www.linkedin.com/feed/", "linkedin.com/learning/",
                         "https://www.linkedin.com/help/linkedin", "linkedin.com/premium",
                         "https://medium.com/membership", "calendly.com/pricing",
                         "https://calendly.com/integrations", "bsky.app/settings",
                         "https://www.instagram.com/accounts/login/", "gitlab.com/explore",
                         "https://substack.com/about", "github.com/sponsors",
                         "https://github.com/security/advisories", "x.com/compose/post",
                         "linkedin.com/mynetwork/", "https://www.linkedin.com/messaging/"])

    def n_url_platform_page(self, lang, style):
        r = self.rng
        return r.choice(["askfirst.example/jobs/%s" % d(r, 6, "1"), "https://askfirst.example/help/privacy",
                         "askfirst.example/company/%s" % r.choice(ORG_SLUGS),
                         "https://askfirst.example/events/%s" % d(r, 5, "1"),
                         "askfirst.example/settings/data-export", "https://askfirst.example/groups/%s" % r.choice(
                             ["python-berlin", "women-in-ml", "product-managers", "devrel"]),
                         "askfirst.example/feed?tag=%s" % r.choice(URL_TOPICS).lower(),
                         "https://askfirst.example/learning/%s" % r.choice(["sql-basics", "negotiation-101"])])

    def n_url_example_domain(self, lang, style):
        r = self.rng
        return r.choice(["https://example.com/profile/jane", "www.example.org/in/maxmuster",
                         "https://example.net/u/test-user", "https://shop.example/checkout",
                         "https://intranet.firma.example/wiki", "https://api.example.com/v1/users/42",
                         "example.com/in/your-name", "https://www.example.com/@handle",
                         "http://app.example/u/demo", "https://example.org/~jdoe/"])

    def n_email_example_domain(self, lang, style):
        r = self.rng
        return r.choice(["max.mustermann@example.com", "jane.doe@example.org", "user@example.net",
                         "vorname.nachname@firma.example", "test@mail.example", "you@example.com",
                         "noreply@example.com", "alice@example.com", "bob@example.org",
                         "prenom.nom@example.fr.example", "name@company.example", "admin@example.net"])

    # ----- names that are not member references
    def n_org_name(self, lang, style):
        return self.rng.choice(org_names())

    def n_place_name(self, lang, style):
        return self.rng.choice(PLACES.get(lang, PLACES["en"]))

    def n_eponym(self, lang, style):
        r = self.rng
        lst = EPONYMS.get(style or lang) or EPONYMS["en"]
        return r.choice(lst)

    def n_eponym_institution(self, lang, style):
        r = self.rng
        loc = EPONYM_INST.get(lang)
        if style in ("place", None) and loc and r.random() < 0.5:
            return r.choice(loc)
        return r.choice(EPONYM_INST[style or "place"])

    def n_product_name(self, lang, style):
        r = self.rng
        return r.choice(PRODUCTS[style or r.choice(sorted(PRODUCTS))])


# ---------------------------------------------------------------------------------------------
# fillers (never personal data)
# ---------------------------------------------------------------------------------------------

COMPANIES = """SAP|Siemens|Zalando|N26|Delivery Hero|Personio|Celonis|Spotify|Klarna|Adyen|ASML|Philips|
Ericsson|Nokia|Doctolib|BlaBlaCar|Criteo|Mercado Libre|Nubank|Globant|Telefónica|Inditex|UniCredit|
Infosys|Flipkart|Zomato|Alibaba|Tencent|ByteDance|Rakuten|Mercari|Naver|Kakao|Samsung|Grab|
Tokopedia|Gojek|Safaricom|Andela|Flutterwave|Paystack|Careem|Wix|Allegro|CD Projekt|Avast|JetBrains|
Trendyol|Getir|Skroutz|Digikala|Shopify|Stripe|Atlassian|Canva|Google|Microsoft|Amazon|Meta|Apple|
Netflix|Datadog|GitLab|Mistral AI|Hugging Face|DeepL|Aleph Alpha|Revolut|Monzo|Wolt|Ocado|Arm""".replace(
    "\n", "").split("|")
CITIES = {
    "en": "London|Manchester|New York|Seattle|Boston|Toronto|Chicago|Leeds|Bristol|Dublin|Edinburgh|"
          "Melbourne|Brisbane|Lagos|Nairobi|Bangalore|Singapore|Denver|Atlanta",
    "de": "Berlin|München|Hamburg|Köln|Frankfurt|Stuttgart|Leipzig|Wien|Zürich|Düsseldorf|Bremen",
    "fr": "Lyon|Toulouse|Nantes|Bordeaux|Lille|Montréal|Bruxelles|Genève|Rennes",
    "es": "Madrid|Barcelona|Sevilla|Bilbao|Málaga|Valencia|Ciudad de México|Buenos Aires|Bogotá",
    "it": "Milano|Roma|Torino|Bologna|Napoli|Padova",
    "pt": "Lisboa|Porto|Rio de Janeiro|Belo Horizonte|Recife|Curitiba|Campinas",
    "nl": "Amsterdam|Rotterdam|Utrecht|Eindhoven|Den Haag|Groningen",
    "pl": "Warszawa|Kraków|Wrocław|Gdańsk|Poznań|Łódź",
    "sv": "Stockholm|Göteborg|Malmö|Uppsala|Oslo|Köpenhamn",
    "cs": "Praha|Brno|Ostrava|Plzeň",
    "tr": "İstanbul|Ankara|İzmir|Bursa|Eskişehir",
    "ru": "Москва|Санкт-Петербург|Казань|Новосибирск|Екатеринбург",
    "uk": "Київ|Львів|Харків|Одеса|Дніпро",
    "el": "Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα",
    "ar": "دبي|الرياض|القاهرة|عمّان|الدار البيضاء|الدوحة",
    "fa": "تهران|اصفهان|شیراز|تبریز",
    "he": "תל אביב|ירושלים|חיפה|באר שבע",
    "hi": "दिल्ली|मुंबई|बेंगलुरु|पुणे|हैदराबाद",
    "zh": "北京|上海|深圳|杭州|成都",
    "ja": "東京|大阪|福岡|名古屋|札幌",
    "ko": "서울|부산|판교|대전",
    "th": "กรุงเทพฯ|เชียงใหม่|ขอนแก่น|ภูเก็ต",
    "vi": "TP.HCM|Đà Nẵng|Hải Phòng|Nha Trang",
    "id": "Jakarta|Bandung|Surabaya|Yogyakarta|Medan",
    "sw": "Nairobi|Mombasa|Dar es Salaam|Kisumu|Arusha",
}
ROLES = {
    "en": "Senior Data Engineer|Product Manager|Staff Software Engineer|UX Researcher|Head of Talent|"
          "ML Engineer|Engineering Manager|DevRel Lead|Security Analyst|Frontend Developer|"
          "Data Scientist|Recruiter|Platform Engineer|CTO|Solutions Architect",
    "de": "Senior Data Engineer|Produktmanagerin|Softwareentwickler|Teamleiterin IT|Werkstudent|"
          "Data Scientist|Projektleiter|Personalreferentin|Backend-Entwickler",
    "fr": "cheffe de projet|développeur backend|Data Scientist|Product Owner|ingénieure DevOps|"
          "responsable RH|consultant SAP",
    "es": "ingeniera de datos|desarrollador backend|Product Manager|responsable de RR. HH.|"
          "analista de datos|diseñadora UX",
    "it": "sviluppatore backend|Data Engineer|Product Manager|responsabile HR|UX designer",
    "pt": "engenheira de dados|desenvolvedor backend|Product Manager|analista de RH|Tech Lead",
    "nl": "data engineer|productmanager|backend developer|recruiter|teamlead",
    "pl": "programista backend|Data Engineer|Product Manager|rekruterka|kierownik projektu",
    "sv": "utvecklare|dataingenjör|produktchef|rekryterare",
    "cs": "vývojář|datová analytička|produktový manažer|HR specialistka",
    "tr": "yazılım mühendisi|veri bilimci|ürün yöneticisi|İK uzmanı",
    "ru": "бэкенд-разработчик|дата-инженер|продакт-менеджер|HR-специалист|тимлид",
    "uk": "розробник|дата-інженерка|продакт-менеджер|рекрутерка",
    "el": "προγραμματιστής|μηχανικός δεδομένων|υπεύθυνη HR|product manager",
    "ar": "مهندس برمجيات|عالمة بيانات|مدير منتج|أخصائي موارد بشرية",
    "fa": "برنامه‌نویس|دانشمند داده|مدیر محصول",
    "he": "מפתח בקאנד|מדענית נתונים|מנהל מוצר|מגייסת",
    "hi": "सॉफ्टवेयर इंजीनियर|डेटा साइंटिस्ट|प्रोडक्ट मैनेजर|HR मैनेजर",
    "zh": "后端工程师|数据科学家|产品经理|HR|算法工程师",
    "ja": "バックエンドエンジニア|データサイエンティスト|プロダクトマネージャー|人事",
    "ko": "백엔드 개발자|데이터 사이언티스트|프로덕트 매니저|인사 담당자",
    "th": "วิศวกรซอฟต์แวร์|นักวิทยาศาสตร์ข้อมูล|ผู้จัดการผลิตภัณฑ์",
    "vi": "kỹ sư phần mềm|chuyên viên dữ liệu|quản lý sản phẩm|chuyên viên nhân sự",
    "id": "software engineer|data analyst|product manager|HR specialist",
    "sw": "mhandisi wa programu|mchambuzi wa data|meneja wa bidhaa",
}
TOPICS = ("MLOps|Kubernetes|data engineering|LLM evals|product design|FinOps|observability|payments|"
          "privacy engineering|GDPR compliance|recruiting|supply chain|B2B sales|UX research|"
          "developer relations|computer vision|platform engineering|Rust|TypeScript").split("|")
EVENTS = ("PyCon DE|KubeCon EU|re:Invent|Web Summit|DevFest|NeurIPS|FOSDEM|VivaTech|GITEX|JSConf|"
          "RustConf|Data Council|SaaStr|Slush|TechBBQ|WeAreDevelopers|Config|SREcon").split("|")
EMOJI = "🙏 🎉 🚀 🙌 👏 💪 ✨ 🔥 👇 ✅ 😅 😂 🤝 💡 📣 ❤️ 🙂 👀 🤔 ☕".split()
TAGS = {
    "en": "#hiring #OpenToWork #careers #tech #AI #leadership #networking #datascience #python #remote",
    "de": "#Karriere #Jobs #Digitalisierung #KI #Berlin #Networking #NewWork #Weiterbildung",
    "fr": "#recrutement #emploi #IA #tech #startup #carrière",
    "es": "#empleo #tecnología #IA #talento #emprendimiento",
    "pt": "#vagas #tecnologia #carreira #IA #dados",
    "it": "#lavoro #tecnologia #carriera #IA",
    "zh": "#招聘 #人工智能 #程序员",
    "ja": "#エンジニア採用 #転職 #AI",
    "ko": "#채용 #개발자 #AI",
}



# ---------------------------------------------------------------------------------------------
# templates: "@kinds" header lines (p post, c comment, h headline, a about, e experience,
# m message, j job_post, r recommendation, v event), then the body until the next header.
# Slots: {FULL} {FIRST} {MENTION} {POSS} {TRDAT} (PERSON), {EMAIL[:role|obf|work]}, {PHONE[:cc]},
# {IPV4[:port|cidr]}, {IPV6[:port|full]}, {CARD}, {IBAN[:cc]}, {SSN}, {URL[:site]}, {HANDLE};
# a ",pN" argument ties slots to one person.  {N:category[,style]} is a generated hard negative,
# [[text|category]] a literal one.  {CO} {CITY} {ROLE} {TOPIC} {EVENT} {EMO} {TAGS} are fillers.
# ---------------------------------------------------------------------------------------------

KIND_LETTERS = {"p": "post", "c": "comment", "h": "headline", "a": "about", "e": "experience",
                "m": "message", "j": "job_post", "r": "recommendation", "v": "event"}
SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([A-Za-z0-9_,]+))?\}|\[\[(.+?)\|([a-z0-9_]+)\]\]")
SLOT_TYPE = {"FULL": "PERSON", "FIRST": "PERSON", "MENTION": "PERSON", "POSS": "PERSON",
             "TRDAT": "PERSON", "EMAIL": "EMAIL", "PHONE": "PHONE", "IPV4": "IPV4", "IPV6": "IPV6",
             "CARD": "CREDIT_CARD", "IBAN": "IBAN", "SSN": "US_SSN", "URL": "URL",
             "HANDLE": "HANDLE"}
FILLERS = {"CO", "CITY", "ROLE", "TOPIC", "EVENT", "EMO", "TAGS"}
TEMPLATE_SOURCES = {}   # lang -> template text (filled in below)


class Template:
    __slots__ = ("lang", "kinds", "text", "parts", "labels", "tid")

    def __init__(self, lang, kinds, text, tid):
        self.lang, self.kinds, self.text, self.tid = lang, kinds, text, tid
        self.parts = []
        self.labels = set()
        pos = 0
        for m in SLOT_RE.finditer(text):
            if m.start() > pos:
                self.parts.append(("lit", text[pos:m.start()]))
            if m.group(1):
                name, args = m.group(1), (m.group(2) or "").split(",") if m.group(2) else []
                if name == "N":
                    self.labels.add(args[0])
                elif name in SLOT_TYPE:
                    self.labels.add(SLOT_TYPE[name])
                    if name == "IPV4" and args and args[0] in ("port", "cidr"):
                        self.labels.add(args[0])
                    if name == "IPV6" and args and args[0] == "port":
                        self.labels.update(("port", "ipv6_bracket"))
                    if name == "EMAIL" and "mailto" in args:
                        self.labels.add("mailto")
                    if name in ("POSS", "TRDAT"):
                        self.labels.add("possessive_suffix")
                elif name not in FILLERS:
                    raise ValueError("unknown slot %s in %r" % (name, text))
                self.parts.append(("slot", name, args))
            else:
                self.labels.add(m.group(4))
                self.parts.append(("neg", m.group(3), m.group(4)))
            pos = m.end()
        if pos < len(text):
            self.parts.append(("lit", text[pos:]))
        if re.search(r"\[\{IPV6[^}]*\}\]", text):
            self.labels.update(("ipv6_bracket", "port"))
        if re.search(r"mailto:\{EMAIL", text):
            self.labels.add("mailto")
        if re.search(r"<\{EMAIL[^}]*\}>", text):
            self.labels.add("angle_bracket")
        for i, p in enumerate(self.parts):
            if p[0] == "slot" and p[1] in ("FULL", "FIRST"):
                nxt = self.parts[i + 1][1] if i + 1 < len(self.parts) and self.parts[i + 1][0] == "lit" else ""
                prv = self.parts[i - 1][1] if i > 0 and self.parts[i - 1][0] == "lit" else ""
                if any(nxt.startswith(h) for h in HONORIFICS_AFTER) or \
                        any(prv.endswith(h) for h in HONORIFICS_BEFORE):
                    self.labels.add("honorific")


def parse_templates(lang, src):
    out = []
    cur_kinds, buf = None, []

    def flush():
        if cur_kinds is not None:
            body = "\n".join(buf).strip("\n")
            if body.strip():
                out.append(Template(lang, cur_kinds, body, "%s%d" % (lang, len(out) + 1)))
    for line in src.split("\n"):
        m = re.match(r"^@([a-z]+)\s*$", line)
        if m and all(c in KIND_LETTERS for c in m.group(1)):
            flush()
            cur_kinds, buf = m.group(1), []
        else:
            buf.append(line)
    flush()
    return out


# ---------------------------------------------------------------------------------------------
# the generator
# ---------------------------------------------------------------------------------------------

LANG_W = {"en": 20, "de": 9, "fr": 6, "es": 6, "pt": 5, "it": 4, "nl": 3, "pl": 3, "sv": 2.5,
          "cs": 2, "tr": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3, "fa": 1.5, "he": 2, "hi": 3,
          "zh": 5, "ja": 4, "ko": 3, "th": 2, "vi": 2, "id": 2, "sw": 2}
KIND_W = {"post": 35, "comment": 25, "about": 10, "headline": 6, "experience": 8, "message": 6,
          "job_post": 5, "recommendation": 3, "event": 4}
LANG_CULT = {
    "en": {"en": 10, "in_lat": 2, "ng": 1.5, "zh_lat": 1, "ar_lat": 1, "ko_lat": .5, "ja_lat": .5,
           "de": 1, "fr": .7, "es": .7, "it": .5, "pt": .5, "nl": .5, "sv": .5, "pl": .5, "tr": .4,
           "sw": .5, "id": .3, "vi": .3, "special": 1.5},
    "de": {"de": 10, "tr": 1.5, "pl": 1, "en": 1.5, "it": .5, "fr": .5, "ar_lat": .5, "special": .6},
    "fr": {"fr": 10, "ar_lat": 2, "en": 1, "es": .5, "pt": .5, "it": .5, "vi": .3, "special": .5},
    "es": {"es": 10, "en": 1, "pt": .5, "fr": .3, "it": .3, "special": .3},
    "it": {"it": 10, "en": 1, "fr": .3, "es": .3, "special": .3},
    "pt": {"pt": 10, "en": 1, "es": .5, "ja_lat": .3, "it": .3, "special": .2},
    "nl": {"nl": 10, "en": 1, "de": .5, "tr": .5, "ar_lat": .5},
    "pl": {"pl": 10, "en": 1, "de": .3},
    "sv": {"sv": 10, "en": 1, "ar_lat": .3},
    "cs": {"cs": 10, "en": 1, "pl": .3, "de": .3},
    "tr": {"tr": 10, "en": 1, "de": .3},
    "ru": {"ru": 10, "uk": 2},
    "uk": {"uk": 10, "ru": 1},
    "el": {"el": 10, "en": 1},
    "ar": {"ar": 10},
    "fa": {"fa": 10},
    "he": {"he": 10},
    "hi": {"hi": 8, "in_lat": 3},
    "zh": {"zh": 10},
    "ja": {"ja": 10},
    "ko": {"ko": 10},
    "th": {"th": 10},
    "vi": {"vi": 10},
    "id": {"id": 10, "en": .5},
    "sw": {"sw": 10, "en": 1, "ng": .5},
}
LANG_PHONE = {
    "en": {"us": 6, "uk": 4, "au": 2, "in": 1.5, "ng": 1.5, "e164": 1.5, "de": .5, "fr": .3},
    "de": {"de": 9, "at": 1, "ch": 1, "e164": 1, "uk": .3, "us": .3},
    "fr": {"fr": 9, "e164": 1, "ch": .5, "de": .3},
    "es": {"es": 9, "e164": 1, "us": .3, "fr": .3},
    "it": {"it": 9, "e164": 1, "ch": .3},
    "pt": {"br": 8, "pt": 1, "e164": 1},
    "nl": {"nl": 9, "e164": 1, "de": .3},
    "pl": {"pl": 5, "de": 2, "uk": 1, "e164": 1.5},
    "sv": {"se": 5, "de": 1, "uk": 1, "e164": 1.5},
    "cs": {"cz": 5, "de": 2, "e164": 1.5},
    "tr": {"tr": 5, "de": 2, "e164": 1.5, "nl": .5},
    "ru": {"ru": 5, "de": 1, "e164": 1.5},
    "uk": {"ua": 5, "de": 1, "e164": 1.5, "pl": .5},
    "el": {"gr": 5, "de": 1, "uk": 1, "e164": 1.5},
    "ar": {"ae": 3, "sa": 2, "eg": 2, "fr": 1, "de": 1, "uk": 1, "e164": 1.5},
    "fa": {"ir": 5, "de": 1, "us": 1, "e164": 1.5},
    "he": {"il": 5, "us": 1.5, "e164": 1.5},
    "hi": {"in": 9, "e164": 1},
    "zh": {"cn": 9, "e164": 1},
    "ja": {"jp": 9, "e164": 1},
    "ko": {"kr": 5, "us": 1, "e164": 1.5},
    "th": {"th": 5, "au": 1, "e164": 1.5},
    "vi": {"vn": 5, "au": 1, "e164": 1.5},
    "id": {"id": 5, "au": 1, "nl": .5, "e164": 1.5},
    "sw": {"ke": 4, "tz": 2, "uk": 1, "e164": 1.5, "ng": 1},
}
LANG_IBAN = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"], "it": ["IT"],
             "pt": ["PT"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "NO", "DK", "FI"],
             "cs": ["CZ"], "tr": ["TR", "DE"], "el": ["GR"], "en": ["GB", "IE", "DE", "NL"]}
NAMEWORDS = {
    "en": ["Will", "Grace", "Rose", "June", "May", "April", "August", "Mark", "Bill", "Faith",
           "Hope", "Joy", "Summer", "Dawn", "Jack", "Frank", "Miles", "Chase", "Hunter", "Pat",
           "Drew", "Amber", "Ruby", "Jade", "Ivy", "Iris", "Lily", "Holly", "Pearl", "Glen", "Art",
           "Gene", "Carol", "Robin", "Max", "Nick", "Ray", "Sky", "Rich", "Dean", "Brooke"],
    "de": ["Ernst", "Max", "Frank", "Rosa", "Kai", "Heide"],
    "es": ["Dolores", "Mercedes", "Luz", "Paz", "Victoria", "Rosa", "Pilar", "Soledad", "Consuelo"],
    "pt": ["Graça", "Luz", "Vitória"],
    "it": ["Rosa", "Speranza"],
    "tr": ["Deniz", "Umut", "Barış", "Can", "Yıldız"],
    "ru": ["Вера", "Надежда", "Любовь"],
    "ar": ["نور", "أمل"],
    "he": ["אור", "טל"],
    "hi": ["आशा", "ज्योति", "पूजा"],
    "sw": ["Baraka", "Amani", "Neema", "Imani", "Furaha"],
}
HONORIFICS_AFTER = ["さん", "様", "先生", "氏", "くん", "ちゃん", "老师", "先生", "女士", "同学", "总",
                    "博士", " 님", "님", " 씨", "씨", " 교수님", "교수님", " 대표님", "대표님", " जी", " जान",
                    " Hanım", " Bey", " Hocam", " Hoca", " san", "-san", " ji"]
HONORIFICS_BEFORE = ["คุณ"]
WORD_RE = re.compile("[\\w\u0900-\u0963\u0966-\u097f\u0e00-\u0e7f\u0610-\u061a\u064b-\u065f"
                     "\u0591-\u05c7\u200c\u200d]+")
CJK_RUN_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
TRAIL_PUNCT = ".,;:!?)]}»\"'，。、）！？；："


def wchoice(rng, d):
    keys = sorted(d)
    return rng.choices(keys, [d[k] for k in keys])[0]


class Corpus:
    def __init__(self, seed, n_members, n_records):
        self.rng = random.Random(seed)
        self.mrng = random.Random(seed * 7919 + 17)
        self.members = build_members(self.mrng, n_members)
        self.vals = Values(self.rng)
        self.negs = Negs(self.rng, self.vals)
        self.n_records = n_records
        self.by_cult = {}
        self.by_call = {}
        self.by_name = {}
        for m in self.members:
            self.by_cult.setdefault(m.culture, []).append(m)
            self.by_call.setdefault(m.call(), []).append(m)
            self.by_name.setdefault(m.name, []).append(m)
        org = {n.strip() for n in COLLIDE_ORG.replace("\n", "").split("|")}
        self.org_members = [m for m in self.members if m.name in org]
        self.handles = {m.handle for m in self.members}
        self.templates = {}
        for lang, src in sorted(TEMPLATE_SOURCES.items()):
            self.templates[lang] = parse_templates(lang, src)
        self.neutral = self.templates.pop("any", [])
        self.all_templates = [self.templates[k] for k in sorted(self.templates)] + [self.neutral]
        self.counts = {}
        self.targets = {}
        self.build_scanner()

    # ------------------------------------------------------------------ people
    def person(self, ctx, args, reuse=False):
        ref = next((a for a in args if re.match(r"^p\d$", a)), None)
        if ref and ref in ctx["people"]:
            return ctx["people"][ref]
        r = self.rng
        if reuse and not ref and ctx["last"] is not None and r.random() < 0.6:
            return ctx["last"]
        lang = ctx["lang"]
        m = None
        if "nw" in args:
            names = NAMEWORDS.get(lang) or NAMEWORDS["en"]
            for _ in range(20):
                cands = self.by_call.get(r.choice(names))
                if cands:
                    m = r.choice(cands)
                    break
        elif "org" in args:
            m = r.choice(self.org_members)
        forced = next((a[2:] for a in args if a.startswith("c_")), None)
        if m is None and forced:
            m = r.choice(self.by_cult[forced])
        if m is None:
            cult = wchoice(r, LANG_CULT[lang])
            if cult not in self.by_cult:
                cult = "en"
            while True:
                m = r.choice(self.by_cult[cult])
                if lang == "el" and "voc" in args and m.culture == "el" and not m.given.endswith(("α", "η")):
                    continue
                break
        if ref:
            ctx["people"][ref] = m
        ctx["last"] = m
        return m

    def render_name(self, m, lang):
        r = self.rng
        n = m.name
        if m.script == "latin":
            x = r.random()
            if x < 0.08 and strip_marks(n) != n:
                return strip_marks(n)
            if x > 0.98 and lang in ("en", "de", "fr", "es", "pt", "nl", "id", "sw"):
                return n.lower()
        return n

    # ------------------------------------------------------------------ slots
    def slot(self, ctx, name, args):
        r = self.rng
        lang = ctx["lang"]
        S = lambda t, typ: [(t, ("S", typ))]
        if name == "FULL":
            m = self.person(ctx, args)
            return S(self.render_name(m, lang), "PERSON")
        if name == "FIRST":
            m = self.person(ctx, args + ["voc"])
            if m.script in ("han", "hangul"):
                return S(m.name, "PERSON")
            return S(m.call(), "PERSON")
        if name == "MENTION":
            m = self.person(ctx, args)
            return [("@", None), (m.name, ("S", "PERSON"))]
        if name == "POSS":
            m = self.person(ctx, args)
            nm = m.name if (r.random() < 0.6 or m.script != "latin") else m.call()
            if nm.endswith("s") and r.random() < 0.5:
                suf = r.choice(["'", "’"])
            else:
                suf = r.choice(["'s", "'s", "’s"])
            return [(nm, ("S", "PERSON")), (suf, None)]
        if name == "TRDAT":
            m = self.person(ctx, args)
            nm = m.name if r.random() < 0.6 else m.call()
            vow = [c for c in nm.lower() if c in "aıoueiöü"]
            back = (vow[-1] in "aıou") if vow else True
            if nm[-1].lower() in "aıoueiöü":
                suf = "'ya" if back else "'ye"
            else:
                suf = "'a" if back else "'e"
            return [(nm, ("S", "PERSON")), (suf, None)]
        if name == "EMAIL":
            style = next((a for a in args if a in ("role", "obf", "work")), "")
            m = None if style == "role" else self.person(ctx, args, reuse=True)
            if style == "obf":
                return S(self.vals.email_obf(m, lang), "EMAIL")
            return S(self.vals.email(m, lang, style), "EMAIL")
        if name == "PHONE":
            cc = next((a for a in args if not re.match(r"^p\d$", a)), None)
            cc = cc or wchoice(r, LANG_PHONE[lang])
            return S(self.vals.phone(cc), "PHONE")
        if name == "IPV4":
            ip = self.vals.ipv4()
            out = S(ip, "IPV4")
            if "port" in args:
                out.append((":" + str(r.choice([22, 80, 443, 8080, 8443, 3389, 5432, 6379, 9200,
                                                 r.randint(1024, 65535)])), None))
            elif "cidr" in args:
                out.append(("/" + str(r.choice([8, 16, 20, 22, 24, 24, 28, 29, 32])), None))
            return out
        if name == "IPV6":
            ip = self.vals.ipv6(full="full" in args)
            if "port" in args:
                return [("[", None), (ip, ("S", "IPV6")), ("]:" + str(r.choice(
                    [443, 8443, 22, 80, 51820, r.randint(1024, 65535)])), None)]
            return S(ip, "IPV6")
        if name == "CARD":
            return S(self.vals.card(), "CREDIT_CARD")
        if name == "IBAN":
            cc = next((a for a in args if len(a) == 2 and a.isalpha()), None)
            if cc:
                cc = cc.upper()
            elif lang in LANG_IBAN and r.random() < 0.8:
                cc = r.choice(LANG_IBAN[lang])
            return S(self.vals.iban(cc), "IBAN")
        if name == "SSN":
            return S(self.vals.ssn(" " if "space" in args else None), "US_SSN")
        if name == "URL":
            site = next((a for a in args if a in PROFILE_SITES), None)
            m = self.person(ctx, args, reuse=True)
            sch = True if "scheme" in args else (False if "noscheme" in args else None)
            return S(self.vals.profile_url(m, site, sch), "URL")
        if name == "HANDLE":
            m = self.person(ctx, args)
            return S("@" + m.handle, "HANDLE")
        if name == "N":
            cat = args[0]
            style = args[1] if len(args) > 1 else None
            v = self.negs.gen(cat, lang, style)
            if isinstance(v, list):
                return [(t, ("N", cat) if lab else None) for t, lab in v]
            return [(v, ("N", cat))]
        # fillers
        if name == "CO":
            return [(r.choice(COMPANIES), None)]
        if name == "CITY":
            return [(r.choice(CITIES.get(lang, CITIES["en"]).split("|")), None)]
        if name == "ROLE":
            return [(r.choice(ROLES.get(lang, ROLES["en"]).split("|")), None)]
        if name == "TOPIC":
            return [(r.choice(TOPICS), None)]
        if name == "EVENT":
            return [(r.choice(EVENTS), None)]
        if name == "EMO":
            return [(r.choice(EMOJI), None)]
        if name == "TAGS":
            tags = TAGS.get(lang, TAGS["en"]).split()
            return [(" ".join(r.sample(tags, min(len(tags), r.randint(2, 4)))), None)]
        raise ValueError(name)

    def render(self, t, ctx):
        out = []
        for p in t.parts:
            if p[0] == "lit":
                out.append((p[1], None))
            elif p[0] == "neg":
                out.append((p[1], ("N", p[2])))
            else:
                out.extend(self.slot(ctx, p[1], p[2]))
        return out

    # ------------------------------------------------------------------ choosing templates
    def deficit(self, t):
        s = 0.0
        for lab in sorted(t.labels):
            tgt = self.targets.get(lab)
            if tgt:
                s += max(0.0, 1.0 - self.counts.get(lab, 0) / tgt)
        return s

    def weight(self, t):
        return 1.0 + 20.0 * self.deficit(t)

    def pick(self, lang, kind, exclude):
        letter = next(k for k, v in KIND_LETTERS.items() if v == kind)
        cands = [t for t in self.templates.get(lang, []) if letter in t.kinds and t not in exclude]
        neutral = [t for t in self.neutral if letter in t.kinds and t not in exclude]
        nf = 0.6 if lang == "en" else 0.25
        pool = cands + neutral
        if not pool:
            return None
        ws = [self.weight(t) * (nf if t.lang == "any" else 1.0) for t in pool]
        return self.rng.choices(pool, ws)[0]

    def kinds_for(self, lang):
        have = set()
        for t in self.templates.get(lang, []):
            have.update(KIND_LETTERS[c] for c in t.kinds)
        return {k: w for k, w in KIND_W.items() if k in have}

    def focus(self):
        """A template carrying the label furthest below its target (None when all are met)."""
        r = self.rng
        worst = sorted(((self.counts.get(lab, 0) / tgt, lab) for lab, tgt in self.targets.items()
                        if self.counts.get(lab, 0) < tgt))
        if not worst:
            return None
        lab = r.choice(worst[:3])[1]
        cands = [t for lst in self.all_templates for t in lst if lab in t.labels]
        if not cands:
            return None
        return r.choices(cands, [1.0 + 3.0 * self.deficit(t) for t in cands])[0]

    def make_record(self, n):
        r = self.rng
        first = self.focus() if r.random() < 0.65 else None
        if first is not None:
            lang = first.lang if first.lang != "any" else wchoice(
                r, {k: w for k, w in LANG_W.items() if k in self.templates})
            kind = KIND_LETTERS[r.choice(first.kinds)]
        else:
            lang = wchoice(r, {k: w for k, w in LANG_W.items() if k in self.templates})
            kind = wchoice(r, self.kinds_for(lang))
        nunits = {"post": r.choice([1, 2, 2, 3, 3]), "comment": r.choice([1, 1, 2]),
                  "headline": 1, "about": r.choice([1, 1, 2]), "experience": r.choice([1, 2]),
                  "message": r.choice([1, 2]), "job_post": r.choice([1, 2]),
                  "recommendation": r.choice([1, 2]), "event": r.choice([1, 2])}[kind]
        ctx = {"lang": lang, "people": {}, "last": None}
        pieces = []
        used = []
        for i in range(nunits):
            t = first if (i == 0 and first is not None) else self.pick(lang, kind, used)
            if t is None:
                break
            used.append(t)
            if i:
                j = r.choice(["\n\n", "\n", " "]) if kind in ("post", "about", "job_post", "event") \
                    else (" " if kind in ("comment", "headline") else "\n")
                pieces.append((j, None))
            pieces.extend(self.render(t, ctx))
            ctx["people"] = {}
        if kind == "post" and r.random() < 0.25:
            pieces.append(("\n\n", None))
            pieces.append(self.slot(ctx, "TAGS", [])[0])
        text = ""
        spans, negs = [], []
        for s, lab in pieces:
            a = len(text)
            text += s
            if lab and s:
                (spans if lab[0] == "S" else negs).append((a, len(text), lab[1]))
        self.auto_negatives(text, spans, negs, lang)
        rec = {"id": "r%d" % n, "lang": lang, "kind": kind, "text": text,
               "spans": [{"start": a, "end": b, "type": t} for a, b, t in spans],
               "negatives": [{"start": a, "end": b, "category": c} for a, b, c in negs],
               "_tids": [t.tid for t in used]}
        for a, b, t in spans:
            self.counts[t] = self.counts.get(t, 0) + 1
        for a, b, c in negs:
            self.counts[c] = self.counts.get(c, 0) + 1
        return rec

    # ------------------------------------------------------------------ boundary negatives
    def auto_negatives(self, text, spans, negs, lang):
        add = []
        n = len(text)
        for a, b, t in spans:
            if t in ("URL", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "US_SSN", "HANDLE") and b < n \
                    and text[b] in TRAIL_PUNCT:
                add.append((b, b + 1, "trailing_punct"))
            if t in ("IPV4", "IPV6") and b < n and text[b] in TRAIL_PUNCT and text[b] not in ":]":
                add.append((b, b + 1, "trailing_punct"))
            if t == "EMAIL":
                if text[max(0, a - 7):a] == "mailto:":
                    add.append((a - 7, a, "mailto"))
                if a > 0 and text[a - 1] == "<" and b < n and text[b] == ">":
                    add.append((a - 1, a, "angle_bracket"))
                    add.append((b, b + 1, "angle_bracket"))
            if t == "IPV4" and b < n:
                m = re.match(r":\d{1,5}", text[b:])
                if m:
                    add.append((b, b + m.end(), "port"))
                m = re.match(r"/\d{1,2}\b", text[b:])
                if m:
                    add.append((b, b + m.end(), "cidr"))
            if t == "IPV6" and a > 0 and text[a - 1] == "[" and b < n and text[b] == "]":
                add.append((a - 1, a, "ipv6_bracket"))
                add.append((b, b + 1, "ipv6_bracket"))
                m = re.match(r":\d{1,5}", text[b + 1:])
                if m:
                    add.append((b + 1, b + 1 + m.end(), "port"))
            if t == "IPV6" and b < n:
                m = re.match(r"/\d{1,3}\b", text[b:])
                if m:
                    add.append((b, b + m.end(), "cidr"))
            if t == "PERSON":
                m = re.match(r"(?:['’](?:s|ya|ye|a|e|nın|nin|un|ün|ın|in|dan|den|la|le)?)(?!\w)",
                             text[b:])
                if m and m.end() > 0:
                    add.append((b, b + m.end(), "possessive_suffix"))
                for h in HONORIFICS_AFTER:
                    if text.startswith(h, b) and not (h[-1].isascii() and h[-1].isalpha() and
                                                      b + len(h) < n and text[b + len(h)].isalnum()):
                        hs = b + (1 if h[0] == " " else 0)
                        add.append((hs, b + len(h), "honorific"))
                        break
                for h in HONORIFICS_BEFORE:
                    if text[max(0, a - len(h)):a] == h:
                        add.append((a - len(h), a, "honorific"))
        for x in add:
            if x[1] > x[0] and not any(x[0] < s[1] and s[0] < x[1] for s in spans) and \
                    not any(x[0] < s[1] and s[0] < x[1] for s in negs):
                negs.append(x)
        negs.sort()

    # ------------------------------------------------------------------ checks
    def build_scanner(self):
        self.name_idx = {}
        self.cjk_names = set()
        self.thai_names = set()
        self.first_names = set()
        self.full_norm = set()
        for m in self.members:
            self.full_norm.add(norm(m.name))
            if m.script in ("han", "hangul"):
                self.cjk_names.add(m.name)
                continue
            if m.script == "thai":
                self.thai_names.add(m.name)
                self.first_names.add(m.call())
                continue
            toks = tuple(norm(x) for x in WORD_RE.findall(m.name))
            if len(toks) >= 2:
                self.name_idx.setdefault(toks[0], set()).add(toks)
            self.first_names.add(norm(m.call()))

    def find_names(self, text):
        """(start, end, name) of every member full name in text."""
        out = []
        toks = [(mm.start(), mm.end(), norm(mm.group())) for mm in WORD_RE.finditer(text)]
        for i, (s, e, w) in enumerate(toks):
            for cand in self.name_idx.get(w, ()):
                k = len(cand)
                if i + k > len(toks):
                    continue
                ok = True
                for j in range(1, k):
                    if toks[i + j][2] != cand[j] or not re.fullmatch(r"[ \u00a0\-'’]+", text[toks[i + j - 1][1]:toks[i + j][0]]):
                        ok = False
                        break
                if ok:
                    out.append((s, toks[i + k - 1][1], " ".join(cand)))
        for mm in CJK_RUN_RE.finditer(text):
            run = mm.group()
            for i in range(len(run)):
                for k in range(2, 6):
                    if i + k <= len(run) and run[i:i + k] in self.cjk_names:
                        out.append((mm.start() + i, mm.start() + i + k, run[i:i + k]))
        if re.search("[\u0e00-\u0e7f]", text):
            for nm in self.thai_names:
                p = text.find(nm)
                while p >= 0:
                    out.append((p, p + len(nm), nm))
                    p = text.find(nm, p + 1)
        return out

    def check(self, rec, errors, warns):
        text = rec["text"]
        n = len(text)
        sp = sorted((s["start"], s["end"], s["type"]) for s in rec["spans"])
        ng = sorted((s["start"], s["end"], s["category"]) for s in rec["negatives"])
        rid = rec["id"]

        def err(msg):
            errors.append("%s: %s" % (rid, msg))
        for a, b, t in sp:
            if not (0 <= a < b <= n):
                err("span out of range %r" % ((a, b, t),))
            if text[a:b] != text[a:b].strip():
                err("span with outer whitespace %r" % text[a:b])
        for a, b, c in ng:
            if not (0 <= a < b <= n):
                err("negative out of range %r" % ((a, b, c),))
        for x, y in zip(sp, sp[1:]):
            if y[0] < x[1]:
                err("overlapping spans %r %r" % (x, y))
        for a, b, c in ng:
            for s in sp:
                if a < s[1] and s[0] < b:
                    err("negative %s %r overlaps gold %s %r" % (c, text[a:b], s[2], text[s[0]:s[1]]))
        # validity of every structured gold value and invalidity of its look-alikes
        for a, b, t in sp:
            v = text[a:b]
            dg = re.sub(r"\D", "", v)
            if t == "CREDIT_CARD" and not (luhn_ok(dg) and len(dg) in (15, 16)):
                err("bad card %r" % v)
            elif t == "IBAN" and not iban_valid(v):
                err("bad IBAN %r" % v)
            elif t == "US_SSN":
                ar, gr, se = int(dg[:3]), int(dg[3:5]), int(dg[5:])
                if len(dg) != 9 or not ssn_valid(ar, gr, se):
                    err("bad SSN %r" % v)
            elif t == "IPV4" or t == "IPV6":
                ip = ipaddress.ip_address(v)
                if not ip.is_global or ip.is_multicast or ip.version != int(t[-1]):
                    err("non-global %s %r" % (t, v))
            elif t == "EMAIL":
                if "example" in v.lower() or not re.search(r"@|\[at\]|\(at\)", v):
                    err("bad email %r" % v)
            elif t == "PHONE" and not 7 <= len(dg) <= 15:
                err("bad phone %r" % v)
            elif t == "HANDLE" and v[1:] not in self.handles:
                err("handle not a member %r" % v)
            elif t == "PERSON" and norm(v) not in self.full_norm and norm(v) not in self.first_names:
                err("person not in directory %r" % v)
            elif t == "URL" and (".example" in v and "askfirst.example/u/" not in v):
                err("example-domain URL labelled %r" % v)
        for a, b, c in ng:
            v = text[a:b]
            dg = re.sub(r"\D", "", v)
            if c == "card_luhn_invalid" and luhn_ok(dg):
                err("Luhn-valid negative %r" % v)
            elif c in ("iban_bad_check", "iban_bad_length") and iban_valid(v):
                err("valid IBAN negative %r" % v)
            elif c == "ssn_invalid" and ssn_valid(int(dg[:3]), int(dg[3:5]), int(dg[5:])):
                err("valid SSN negative %r" % v)
            elif c.startswith("ip_") and c != "ip_version" or c.startswith("ipv6_") and c != "ipv6_bracket":
                if ipaddress.ip_address(v).is_global:
                    err("global address as negative %r" % v)
        # every member name / member handle in the text is labelled (or is a negative)
        covered = [(a, b) for a, b, _ in sp] + [(a, b) for a, b, _ in ng]
        cov = lambda s, e: any(s < y and x < e for x, y in covered)
        for s, e, nm in self.find_names(text):
            if not cov(s, e):
                err("unlabelled member name %r in …%s…" % (text[s:e], text[max(0, s - 25):e + 25]))
        for mm in re.finditer(r"(?<![\w.@/])@([A-Za-z0-9_]+)", text):
            if mm.group(1).lower() in self.handles and not cov(mm.start(), mm.end()):
                err("unlabelled member handle %r" % mm.group())
        for mm in WORD_RE.finditer(text):
            w = mm.group()
            if (w[:1].isupper() and w[1:].islower() or not w.lower() != w.upper()) and \
                    norm(w) in self.first_names and not cov(mm.start(), mm.end()):
                warns.append((w, text[max(0, mm.start() - 30):mm.end() + 30].replace("\n", " "),
                              rec["_tids"]))


TEMPLATE_SOURCES["any"] = r"""
@p
Finally got git configured on the new laptop 😅
```
$ git config --global user.name "{FULL:p1}"
$ git config --global user.email "{EMAIL:p1}"
```
@p
sshd is noisy today:
```
{N:date,log} {N:time,log} web1 sshd[2314]: Failed password for root from {IPV4} port 51234 ssh2
{N:date,log} {N:time,log} web1 sshd[2316]: Accepted publickey for deploy from {IPV6} port 22 ssh2
{N:date,log} {N:time,log} web1 sshd[2320]: Connection closed by {N:ip_private} port 40022
```
@p
nginx access log from last night 🔥
{IPV4} - - [{N:date,clf}] "GET /wp-login.php HTTP/1.1" 404 153
{IPV4} - - [{N:date,clf}] "POST /xmlrpc.php HTTP/1.1" 403 199
{N:ip_loopback} - - [{N:date,clf}] "GET /healthz HTTP/1.1" 200 2
@p
```yaml
services:
  api:
    image: ghcr.io/acme/api:{N:version}
    ports:
      - "{N:ip_loopback}:8080:8080"
    environment:
      SMTP_FROM: "{EMAIL:role}"
      TEST_RECIPIENT: "{N:email_example_domain}"
      DB_HOST: {N:ip_private}
```
@p
```nginx
server {
    listen {IPV4}:443 ssl;
    listen [{IPV6}]:443 ssl;
    set_real_ip_from {N:ip_private}/8;
    allow {IPV4:cidr};
    deny all;
}
```
@p
```python
[[@dataclass|at_not_handle]]
class Contact:
    name: str
    email: str

ADMINS = [Contact("{FULL:p1}", "{EMAIL:p1}")]
FIXTURE = Contact("Jane Doe", "{N:email_example_domain}")
```
@p
```js
// package.json excerpt
"devDependencies": { "[[@types/node|at_not_handle]]": "^20.11.0", "[[@angular/core|at_not_handle]]": "17.3.1" }
```
Author field still says "{FULL} <{EMAIL}>" from the template, oops.
@p
```css
[[@media|at_not_handle]] (max-width: 600px) { .card { padding: 8px; } }
[[@import|at_not_handle]] url("theme.css");
```
Design review with {FULL} tomorrow at {N:time}.
@p
```java
[[@Override|at_not_handle]]
public String toString() { return "Account[" + iban + "]"; }
```
Test fixture uses {N:iban_bad_check} on purpose so the validator rejects it.
@p
```
$ curl -s http://{IPV4:port}/health
{"status":"ok","version":"{N:version}"}
$ curl -s http://{N:ip_loopback}:9090/metrics | head
```
@p
```
$ ping -c1 {N:ip_documentation}
$ traceroute {IPV4}
 1  {N:ip_private}  0.412 ms
 2  {IPV4}  8.113 ms
```
@p
Firewall rule of the day:
```
iptables -A INPUT -s {IPV4:cidr} -j DROP
ip6tables -A INPUT -s {N:ipv6_link_local} -j ACCEPT
ip6tables -A INPUT -s {IPV6} -j DROP
```
@p
```
$ ip -6 addr
    inet6 {N:ipv6_loopback}/128 scope host
    inet6 {N:ipv6_link_local}/64 scope link
    inet6 {N:ipv6_ula}/64 scope global
    inet6 {IPV6}/64 scope global dynamic
    link/ether {N:mac_address}
```
@p
```sql
SELECT * FROM payments WHERE iban = '{IBAN}';
-- test row, invalid on purpose: {N:iban_bad_length}
```
@p
```json
{"customer": "{FULL:p1}", "phone": "{PHONE}", "card": "{CARD}", "order": "{N:order_number}"}
```
This is what our logging library printed in PROD. We have a bug ticket now: {N:ticket_number}
@p
Stack trace from the support tool (redact before sharing, people!):
```
PaymentError: card {CARD} declined (issuer timeout)
    at charge (billing.js:88)
    customer={EMAIL} ip={IPV4}
```
@p
```
# /etc/hosts
{N:ip_loopback}   localhost
{N:ip_private}    nas.home
{N:ip_reserved}   blocked.tracker.net
```
@p
```
From: {FULL:p1} <{EMAIL:p1}>
To: {N:email_example_domain}
Subject: Re: {N:ticket_number}
```
Mail headers in a bug report, again 🙃
@p
```
# .mailmap
{FULL:p1} <{EMAIL:p1}>
{FULL:p2} <{EMAIL:p2}> <{EMAIL:p2}>
```
@p
```bash
docker run -p {N:ip_reserved,bind}:5432:5432 postgres:{N:version}
kubectl port-forward svc/api 8080:80 --address {N:ip_loopback}
```
@p
```
ISBN check: {N:isbn} ✓
Version: {N:version}
Build: {N:ip_version,bare}
Patent: {N:patent}
```
@p
```
Tracking: {N:tracking_number}
Order: {N:order_number}
Ticket: {N:ticket_number}
```
@pm
--
{FULL:p1}
{ROLE} | {CO}
M: {PHONE} | {EMAIL:p1}
{URL:linkedin,p1}
@pm
Best,
{FULL:p1}
{ROLE}, {CO}
{PHONE} · {URL:askfirst,p1}
@pm
—
{FULL:p1} · {EMAIL:obf,p1} · {PHONE:e164}
@pam
🔗 {URL:linkedin,p1}
🐙 {URL:github,p1}
🦋 {URL:bsky,p1}
✉️ {EMAIL:p1}
@pc
<a href="mailto:{EMAIL}">{FULL}</a>
@pc
[Mail me](mailto:{EMAIL}) · [GitHub]({URL:github}) · [Calendly]({URL:calendly})
@pc
{FULL:p1} <{EMAIL:p1}>
@p
Wire details (please double-check before sending):
IBAN: {IBAN}
BIC: {N:bic}
Reference: {N:order_number}
@m
IBAN {IBAN} · BIC {N:bic}
@p
Bluesky: {URL:bsky}
Mastodon: {URL:mastodon}
GitLab: {URL:gitlab}
Instagram: {URL:instagram}
@p
Old: {URL:twitter,p1}
New: {URL:x,p1}
@pc
[[@here|at_not_handle]] {URL}
@h
{ROLE} | {URL:github,noscheme} | {URL:medium,noscheme}
@h
{TOPIC} · {TOPIC} · {EMAIL}
"""

TEMPLATE_SOURCES["de"] = r"""
@p
Ich freue mich riesig: Ab {N:date} bin ich {ROLE} bei {CO}! {EMO}
Danke an {FULL} und {FULL} für das Vertrauen.
@p
Nach 7 Jahren verabschiede ich mich von {CO}. Erreichbar bleibe ich unter {EMAIL:p1} oder {PHONE:de}. — {FULL:p1}
@p
Wir suchen Verstärkung! {ROLE} (m/w/d) in {CITY}, gerne auch remote.
Bewerbungen bitte an {EMAIL:role}. Ansprechpartnerin: {FULL}, Tel. {PHONE:de}
Alle Infos: {N:url_careers}
@p
Impressum
{CO} GmbH · {N:postcode} {CITY}
Telefon: {PHONE:de}
E-Mail: {EMAIL:obf}
@p
Achtung Phishing! Angeblich von der Sparkasse: „Bitte bestätigen Sie Ihre IBAN {N:iban_bad_check}“. Die Prüfziffer stimmt nicht mal. Einfach löschen.
@p
Mein Homelab-Setup: Pi-hole auf {N:ip_private}, Fritzbox auf {N:ip_private}, Proxmox auf {N:ip_private}, und der VPS hängt an {IPV4}. Fragen? Gern in die Kommentare.
@p
Neues Buch auf dem Stapel: „Team Topologies“, {N:isbn}. Wer hat's gelesen?
@p
Unser Patent {N:patent} ist erteilt! Großer Dank an {FULL} und {FULL} aus dem Entwicklungsteam.
@p
Termin vormerken: {N:date} um {N:time}, {CO}, {N:postcode} {CITY}. Anmeldung über {N:url_form}
@p
Gestern beim {EVENT}: der Vortrag von {FULL} zum Thema {N:eponym,de} war das Highlight.
@p
Kleiner Reminder: {N:eponym,de} gilt auch für Recruiting-Prozesse 😅
@p
Praktikum bei {N:org_name} abgeschlossen. Danke an mein Team, besonders an {FULL}!
@p
Zusage von {N:org_name}! Ich starte am {N:date} in {CITY}.
@p
Spannender Besuch: {N:eponym_institution,de} — danke, {FIRST}, für die Führung!
@p
Umzug nach {N:place_name,de} ist durch 🎉 Wer aus der {TOPIC}-Szene ist auch dort?
@p
Grüße aus {N:place_name}! Ab {N:date} bin ich wieder im Büro.
@p
Release {N:version} ist draußen. Changelog: {N:url_docs}
@p
Bestellung {N:order_number} seit drei Wochen unterwegs, Sendungsnummer {N:tracking_number}. Hat jemand Tipps?
@p
Support-Ticket {N:ticket_number} ist seit 30 Tagen offen. Hab's jetzt an {FULL} eskaliert.
@p
Preis fürs Ticket: {N:price} (Frühbucher bis {N:date}).
@p
Unsere Reichweite ist um {N:signed_number} gewachsen – danke an alle, die kommentieren!
@p
Wir haben Jenkins rausgeworfen. Naja, fast: {N:product_name,ci} läuft noch für zwei Legacy-Builds.
@p
Die Firmware {N:ip_version} hat unser WLAN endlich stabil gemacht.
@p
Falls jemand die Zahlungsdaten braucht: IBAN {IBAN:de}, BIC {N:bic}, Verwendungszweck: Rechnung {N:order_number}.
@p
Zum Vergleich: {N:iban_bad_length} ist eine Stelle zu kurz, deshalb hat das Formular sie abgelehnt.
@p
Schaut euch die neue Folge vom Podcast an, Gast war {MENTION}. Link in den Kommentaren 👇
@p
Heute ging es um {TOPIC}. Meine Notizen: {URL:medium}
@p
Das ist mein [[Ernst|name_word]]: ohne Doku kein Merge.
@p
Workshop für [[max|name_word]]. 12 Personen, Anmeldung unter {N:url_form}.
@p
Ich sag's mal [[frank|name_word]] und frei: Remote funktioniert bei uns besser.
@p
Das Team-Offsite war am [[Kai|name_word]] in Hamburg, Wetter perfekt.
@p
Wandern in der Lüneburger [[Heide|name_word]] statt Slack 🌿
@p
Die neue Präsentationsvorlage ist komplett in [[rosa|name_word]] gehalten. Mutig.
@p
Kick-off im [[Mai|name_word]], Go-live im Herbst.
@p
Server-Migration: alte Kiste {IPV4}, neue Kiste {IPV4}, interne Adresse {N:ip_private}. Downtime am {N:date} ab {N:time}.
@p
IPv6 läuft! Extern {IPV6}, intern {N:ipv6_ula}.
@p
In der Doku nutzen wir konsequent {N:ip_documentation} als Beispieladresse.
@p
Mein Profil auf der Plattform: {URL:askfirst}
@c
Danke, {FIRST}! 🙏
@c
Glückwunsch {FIRST}, hast du dir verdient!
@c
Hallo {FIRST}, schreib mir gern an {EMAIL} – ich melde mich!
@c
Herzlichen Dank, {FIRST}!
@c
{MENTION} schau mal, das passt zu unserem Projekt!
@c
{HANDLE} guter Punkt 👍
@c
Danke {FIRST} und {FIRST} für die tolle Zusammenarbeit!
@c
Ruf mich einfach an: {PHONE:de}
@c
Ist das nicht einfach {N:eponym,de} in Aktion?
@c
Klassischer Fall von {N:eponym,de} 😂
@c
War auch bei {N:org_name}, schöne Zeit!
@c
Mail an {EMAIL:obf} reicht.
@c
Frohes neues Jahr, {FIRST}! 🎆
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name} | {TOPIC}
@h
{ROLE} bei {CO} · Speaker · {URL:github,noscheme}
@a
Ich bin {FULL:p1}, {ROLE} in {CITY}. Erreichbar unter {PHONE:de} oder {EMAIL:p1}.
@a
Kontakt:
📧 {EMAIL}
📱 {PHONE:de}
🔗 {URL:linkedin}
@a
Studium: {N:eponym_institution,de}, danach {TOPIC} bei {N:org_name}. Heute {ROLE} bei {CO}.
@a
Ursprünglich aus {N:place_name,de}, seit 2015 in {CITY}.
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Aufbau der Datenplattform gemeinsam mit {FULL}.
@e
Werkstudent · {CO}
{N:date,range}
Betreuer: {FULL}
@e
Doktorand · {N:eponym_institution,de}
{N:date,range}
@m
Hallo {FIRST}, anbei meine Bankverbindung: IBAN {IBAN:de}, BIC {N:bic}. Rechnungsnummer {N:order_number}. Viele Grüße
@m
Hi {FIRST}, meine neue Handynummer ist {PHONE:de}. Die alte bitte löschen.
@m
Hallo {FIRST}, kannst du mir den Vertrag an {EMAIL} schicken? Danke!
@j
Stellenangebot: {ROLE} (m/w/d)
Standort: {CITY} oder remote
Gehalt: bis {N:price,salary}
Bewerbung an {EMAIL:role} – Fragen an {FULL:p1}, {PHONE:de}
@r
Ich habe drei Jahre mit {FULL:p1} bei {CO} gearbeitet – strukturiert, hilfsbereit, immer gut vorbereitet. Danke, {FIRST:p1}!
@v
📅 {N:date} · 🕖 {N:time}
📍 {CO}, {N:postcode} {CITY}
Vortrag: {FULL} über {TOPIC}
Tickets: {N:url_ticket}
"""

TEMPLATE_SOURCES["en"] = r"""
@p
Excited to share that I've joined {CO} as {ROLE}! {EMO}
Huge thanks to {FULL} and {FULL} for believing in me through the whole process.
@p
After 6 amazing years I'm leaving {CO}. — {FULL:p1}
If you want to stay in touch: {EMAIL:p1} or {URL:p1}
@p
We're hiring a {ROLE} in {CITY} (hybrid). DM me or send your CV to {EMAIL:role} 👇
Apply here: {N:url_careers}
@p
Had the pleasure of presenting at {EVENT} with {MENTION}. Slides are on my profile: {URL:askfirst}
@p
Shout-out to {POSS} team for shipping the new onboarding flow in two weeks {EMO}
@p
{POSS} keynote on {TOPIC} was the best 40 minutes of {EVENT}. Recording: {N:url_ticket}
@p
Lessons learned after 3 years of {TOPIC}:
1. Measure first
2. Write things down
3. Talk to {FULL} before you touch the billing code 😅
@p
Looking for a mentor in {TOPIC}? {FULL:p1} runs free office hours every Friday — book via {URL:calendly,p1}
@p
Reminder: our meetup is on {N:date} at {N:time}. Venue: {CO} office, {CITY}. RSVP: {N:url_form}
@p
New paper out with {FULL} and {FULL}! We show that {N:eponym} still beats fancy heuristics on sparse graphs.
Preprint: {N:url_paper}
@p
Finally read "{TOPIC} in Practice" ({N:isbn}). Worth it, especially chapter 7.
@p
Our patent {N:patent} was granted today 🎉 Thanks to co-inventors {FULL} and {FULL}.
@p
PSA: the "security team" is texting people asking them to confirm card numbers. I got one with {N:card_luhn_invalid} — not even a valid number, but still. Don't reply.
@p
Friendly reminder that {N:signed_number} engagement means nothing if nobody replies to your DMs.
@p
Moving to {N:place_name} next month! Any {TOPIC} folks there who want to grab coffee? ☕
@p
Greetings from {N:place_name} 🌴 Back at my desk on {N:date}.
@p
Just finished my internship at {N:org_name}. Grateful for the mentoring from {FULL}.
@p
Thrilled to announce I've accepted an offer from {N:org_name}! Starting {N:date}.
@p
{N:org_name} just opened a new tech hub in {CITY} — 200 roles in {TOPIC}. {N:url_careers}
@p
Spoke at {N:eponym_institution,place} last week about {TOPIC}. Thank you {FIRST} for the invite!
@p
Got accepted to the {N:eponym_institution,program} 🥹 Can't believe it.
@p
Hot take: {N:eponym} is the most underrated idea in engineering management.
@p
Every project plan eventually meets {N:eponym}.
@p
We migrated our CI from {N:product_name,ci} to GitHub Actions and cut build times by {N:signed_number}.
@p
Anyone else writing production code in {N:product_name,lang}? Looking for war stories.
@p
Asked {N:product_name,ai} to summarise our quarterly report. It invented three KPIs 🙃
@p
[[Will|name_word]] the new EU rules change how we label training data? Genuinely asking.
@p
Heads-up: the [[grace|name_word]] period for early-bird tickets ends on {N:date}.
@p
Revenue [[rose|name_word]] {N:signed_number} this quarter, and the team did it without a single all-nighter.
@p
[[Mark|name_word]] your calendars: {EVENT}, {N:date}, doors at {N:time}.
@p
We are looking for a [[Jack|name_word]]-of-all-trades ops person. Apply: {N:url_careers}
@p
[[Ray|name_word]] tracing demo: a single [[ray|name_word]] per pixel is enough for a preview, but please don't ship that.
@p
Daily standup moved: [[@here|at_not_handle]] we start at {N:time} from tomorrow.
@p
Headline tip: write "Data Engineer [[@|at_not_handle]] {CO}" instead of a wall of buzzwords.
@p
If you install [[@types/node|at_not_handle]] globally, you're going to have a bad time.
@p
Home lab update: Pi-hole on {N:ip_private}, NAS on {N:ip_private}, the router still answers on {N:ip_private} and the VPS sits at {IPV4}.
@p
Blocked {IPV4:cidr} at the firewall after 40k failed SSH logins from {IPV4} in one night.
@p
Our docs now use {N:ip_documentation} and {N:ipv6_documentation} in every example, as they should.
@p
If your app binds to {N:ip_reserved,bind}:8080 in production, it is listening on every interface. Use {N:ip_loopback} for local dev.
@p
The cloud metadata endpoint {N:ip_link_local,meta} is the first thing attackers try after an SSRF.
@p
Upgraded the printer to {N:ip_version} and it finally stopped dropping jobs.
@p
Wi-Fi debugging 101: check the MAC ({N:mac_address}), the DHCP lease and whether you got a {N:ip_link_local} address.
@p
IPv6 finally works at home: my server answers on {IPV6} and locally on {N:ipv6_link_local}.
@p
New version {N:version} is out! Changelog: {N:url_docs}
@p
Heads-up: {N:version} breaks the old config format. Migration guide: {N:url_docs}
@p
My order {N:order_number} has been "in transit" for 19 days. Tracking: {N:tracking_number}. Anyone else?
@p
Support ticket {N:ticket_number} is still open after a month. Escalated to {FULL} today.
@p
Follow the conversation: {N:url_hashtag}
@p
Turn on two-factor now: {N:url_site_page}
@p
Our team page is live: {N:url_company}
@p
Job alert on the platform: {N:url_platform_page}
@p
Example profile links in our style guide use {N:url_example_domain} — never a real person's page.
@p
Test data tip: always use addresses like {N:email_example_domain}, never real customers.
@p
Invoice paid, thanks! For the record, our bank details are {IBAN} (BIC {N:bic}).
@p
Careful: a fake supplier sent us "new bank details" {N:iban_bad_check}. The check digits don't even match. Always call back on a known number.
@p
Someone pasted an account number {N:iban_bad_length} into the payment form — one digit short, so the bank rejected it. Validation works!
@p
HR reminder: someone just posted their SSN ({SSN}) in the #general channel. Please use the secure upload form instead.
@p
Sample value on the IRS form is {N:ssn_invalid} — that's deliberately invalid, not a real number.
@p
Big thanks to {FULL:p1} ({HANDLE:p1}) for the incredible review of my thesis. Follow their work: {URL:github,p1}
@p
Congrats to {FULL:org} on the promotion to Head of Sales! Well deserved.
@p
My colleague {FULL:org} gave a great talk about pricing today. Worth watching.
@p
Proud moment: {FULL} from our team just won the {N:eponym_institution,award}.
@p
Reading group this week: "{N:eponym}" explained by {FULL}. Join us on {N:date} at {N:time}.
@p
Best thing I learned this year came from a 15-min call with {FULL:p1}. Book one yourself: {URL:calendly,p1}
@p
"Data is a team sport." — {FULL}, {ROLE} at {CO}
@p
This post by {MENTION} on {TOPIC} deserves way more attention. 👇
@p
Welcoming {FULL}, {FULL} and {FULL} to the team this week! 🎉
@p
Our Discord bot now handles [[@everyone|at_not_handle]] pings politely. Config lives in {N:url_docs}
@p
Conference season! Meet us at {EVENT}, booth B12 on {N:date}. Tickets from {N:price}.
@p
Pricing update: the Pro plan is now {N:price}/month, Team stays at {N:price}.
@p
Just shipped our first {N:product_name,lang} service to prod. Ask me anything.
@p
Things I wish I knew earlier:
• {N:eponym} is real
• {N:eponym} applies to hiring too
• Most problems are people problems
@p
Quick poll for data folks: Pulsar, Redpanda or {N:product_name,data}? Survey: {N:url_form}
@p
Writing about {TOPIC} every week on my newsletter: {URL:substack}
@p
I post the long version on {URL:medium} and the short version here.
@p
Find me on Bluesky: {URL:bsky}
@p
Code's on GitHub ({URL:github}). PRs welcome!
@p
New blog post on {TOPIC}. Also on X: {URL:x}
@p
Visiting {N:place_name} on {N:date}. If you're around, ping me: {PHONE}
@p
Our blog runs on {N:product_name,site}, deployed from a single repo. Zero regrets.
@p
I'm in {N:place_name} until {N:date}, then back to {CITY}.
@p
Two years ago I couldn't write SQL. Today I led the data migration at {N:org_name}. Thanks {FIRST} for the push!
@p
If anyone is hiring in {N:place_name}, my friend {FULL:p1} is looking. Reach out: {EMAIL:p1}.
@c
Thanks, {FIRST}! 🙏
@c
Thank you {FIRST}, means a lot!
@c
Congrats {FIRST}!! Well deserved 🎉
@c
Hi {FIRST}, just sent you a connection request.
@c
Hey {FIRST} — happy to chat, my number is {PHONE}.
@c
Great point, {FIRST}. {N:eponym} strikes again.
@c
{MENTION} you should see this!
@c
{HANDLE} {HANDLE} this is what we talked about on {N:date}
@c
cc {HANDLE}
@c
Agree with {HANDLE} here. Also see {N:url_paper}
@c
+1 to {POSS} point about hiring juniors.
@c
Love this. {POSS} approach to onboarding is the gold standard.
@c
Thanks! [[Will|name_word]] share the deck with the team tomorrow.
@c
Thanks, [[will|name_word]] do!
@c
[[May|name_word]] I ask which stack you used?
@c
See you in [[June|name_word]] then!
@c
To be [[frank|name_word]], this is the best write-up on {TOPIC} I've read.
@c
[[Hope|name_word]] to see you all at {EVENT}!
@c
That's a [[rich|name_word]] dataset, nice.
@c
[[Summer|name_word]] internships are open again — {N:url_careers}
@c
Can't join live — [[will|name_word]] there be a recording?
@c
We're [[miles|name_word]] ahead of where we were last year.
@c
Round-[[robin|name_word]] scheduling would fix that.
@c
This is pure [[joy|name_word]] to read.
@c
Need a [[max|name_word]] of 8 people for the workshop.
@c
Please send the invoice to {EMAIL:role}, not to me directly.
@c
My email is {EMAIL}, happy to share the template.
@c
Mail me: {EMAIL:obf} (spam bots, go away)
@c
DM'd you, {FIRST}. Or just call: {PHONE}
@c
Thanks {FIRST} and {FIRST}! 🙌
@c
Is this the same as {N:eponym}?
@c
I interned at {N:org_name} too!
@c
{N:org_name} is a great place to start, enjoy!
@c
This reminds me of {N:eponym}.
@c
Lol, classic {N:eponym} 😂
@c
The link {N:url_hashtag} is full of spam now.
@c
[[@channel|at_not_handle]] please vote before Friday!
@c
Send it to {EMAIL:p1}, thanks {FIRST:p1}!
@c
Happy birthday {FIRST}! 🎂
@c
Welcome aboard, {FIRST}!
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name} | {TOPIC}
@h
{ROLE} · {TOPIC} · Speaker at {EVENT} · {URL:github,noscheme}
@h
{ROLE} at {CO} — writing at {URL:substack,noscheme}
@h
Helping teams ship {TOPIC} | Prev. {N:org_name} | {N:eponym_institution,place} alum
@h
{ROLE} | Open to work | {EMAIL}
@a
I'm {FULL:p1}, a {ROLE} with 10+ years in {TOPIC}. Previously at {N:org_name} and {CO}.
📧 {EMAIL:p1} | 📞 {PHONE} | 🔗 {URL:linkedin,p1}
@a
Hi, I'm {FULL:p1} 👋
Currently {ROLE} at {CO}. Reach me at {EMAIL:p1} or {PHONE}.
@a
Builder, mentor, occasional speaker. Book a slot: {URL:calendly}
Office: {PHONE}
@a
Contact
{EMAIL}
{PHONE}
{URL}
@a
Based in {CITY} (originally from {N:place_name}). Fluent in English, Spanish and SQL.
@a
I care about {TOPIC}, {TOPIC} and good documentation. Portfolio: {URL:github,p1} — personal site coming soon.
@a
US payroll only: my SSN on file should be {SSN:space}, please double-check before the W-2 goes out.
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Built the payments platform together with {FULL}; reduced latency by {N:signed_number}.
@e
{ROLE}
{CO} · Full-time
{N:date,range}
• Led a team of 6 • Upgraded the fleet to {N:version} • Mentored {FULL}
@e
Senior Analyst — {N:org_name}, {N:place_name}
{N:date,range}
@e
Research Intern, {N:eponym_institution,place}
{N:date,range} · Supervisor: {FULL}
@e
Co-founder & CTO · {CO}
{N:date,range}
Raised a seed round, hired the first 12 engineers (including {FULL}).
@m
Hi {FIRST}, here are my bank details for the invoice: {IBAN} ({N:bic}). Reference: {N:order_number}. Thanks!
@m
Hey {FIRST}, my new number is {PHONE}. Old one is dead.
@m
Hi {FIRST}! Could you send me the contract? My private email is {EMAIL}.
@m
Hi {FIRST}, the payment was declined. The card I used was {CARD} — can you check on your side?
@m
Hi {FIRST}, for the background check HR needs your SSN: {SSN} — is that still correct?
@m
Hi {FIRST}, the VPN gateway is {IPV4} and the backup is [{IPV6}]:51820. Internal DNS is {N:ip_private}.
@j
We're hiring! {ROLE} ({CITY} or remote).
Send your CV to {EMAIL:role} or apply via {N:url_careers}.
Questions? Call {FULL} on {PHONE}.
@j
Join {CO}! We're looking for: {ROLE}. Salary up to {N:price,salary}. Hiring manager: {FULL:p1} ({URL:linkedin,p1}).
@j
Open role: {ROLE}. Application form: {N:url_form}. No recruiters please — contact {EMAIL:role} for questions.
@r
I had the pleasure of working with {FULL:p1} for three years at {CO}. Rare engineer who writes docs first. Thank you, {FIRST:p1}!
@r
{FULL} managed me at {N:org_name}. Best manager I've had — patient, direct, and always prepared.
@r
Recommending {FULL:p1} without hesitation. Reach out to them via {URL:askfirst,p1} if you're hiring.
@v
{EVENT} side event 🎟️
📅 {N:date} · 🕖 {N:time}
📍 {CO}, {CITY}
Speakers: {FULL}, {FULL}, {FULL}
Tickets: {N:url_ticket}
@v
Workshop: "{N:eponym} in practice" with {FULL}. {N:date}, {N:time}. Free, register at {N:url_form}
@v
Meetup #42 🎈 {N:date} at {CO}. Host: {FULL:p1} ({HANDLE:p1}). Bug bash ticket for the venue Wi-Fi: {N:ticket_number}
"""

TEMPLATE_SOURCES["pl"] = r"""
@p
Z radością ogłaszam, że od {N:date} dołączam do {CO} jako {ROLE}! {EMO}
@p
Po 4 latach odchodzę z {CO}. Kontakt: {EMAIL:p1}, tel. {PHONE}. — {FULL:p1}
@p
Szukamy: {ROLE}. CV prosimy przesyłać na {EMAIL:role}. Szczegóły: {N:url_careers}
@p
Autorka wpisu: {FULL}. Premiera {N:date}, cena {N:price}.
@p
{FULL} prowadzi dziś warsztaty z {TOPIC}. Zapisy: {N:url_form}
@p
Znowu {N:eponym,pl} w praktyce 😅
@p
Zamówienie {N:order_number} utknęło, numer przesyłki {N:tracking_number}. Ktoś ma kontakt do supportu?
@p
Nowa wersja {N:version} już dostępna: {N:url_docs}
@p
Uwaga na SMS-y „z banku”: proszą o potwierdzenie rachunku {N:iban_bad_check}. Suma kontrolna się nie zgadza!
@p
Pozdrowienia z {N:place_name}! Wracam {N:date}.
@c
{HANDLE} dzięki za polecenie!
@c
{MENTION} zobacz to!
@c
Napisz do mnie: {EMAIL}
@c
Mój numer: {PHONE}
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name}
@a
{FULL:p1} – {ROLE}, {CITY}. Kontakt: {EMAIL:p1}, tel. {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Przełożona: {FULL}
@m
Cześć! Numer konta do przelewu: {IBAN:pl}. Tytuł: faktura {N:order_number}.
@j
Oferta pracy: {ROLE}, {CITY}. Wynagrodzenie do {N:price,salary}. Rekruterka: {FULL:p1}, {EMAIL:p1}
@v
📅 {N:date}, {N:time}
Prelegenci: {FULL}, {FULL}
Bilety: {N:url_ticket}
"""

TEMPLATE_SOURCES["sv"] = r"""
@p
Glad att berätta att jag börjar som {ROLE} på {CO}! {EMO} Tack {FIRST} för tipset!
@p
Efter 5 år lämnar jag {CO}. Hör av er på {EMAIL:p1} eller {PHONE}. — {FULL:p1}
@p
Vi söker en {ROLE} i {CITY}! Ansök via {N:url_careers} eller mejla {EMAIL:role}.
@p
Dagens påminnelse: {N:eponym,sv} gäller även i HR.
@p
Hälsningar från {N:place_name}! Tillbaka {N:date}.
@p
Beställning {N:order_number} har inte kommit, kollinummer {N:tracking_number}.
@p
Version {N:version} är släppt: {N:url_docs}
@p
Meetup {N:date} kl. {N:time}. Anmälan: {N:url_form}. Talare: {FULL}
@c
Tack, {FIRST}!
@c
Grattis {FIRST}! 🎉
@c
{MENTION} kolla här!
@c
{HANDLE} håller med.
@c
Mejla mig på {EMAIL}
@a
Jag heter {FULL:p1} och jobbar som {ROLE} i {CITY}. Nå mig på {EMAIL:p1} eller {PHONE}.
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@m
Hej {FIRST}! Här är mitt IBAN: {IBAN}. Tack!
@j
Vi anställer: {ROLE}. Kontakt: {FULL:p1}, {PHONE}, {EMAIL:p1}
"""

TEMPLATE_SOURCES["cs"] = r"""
@p
S radostí oznamuji, že od {N:date} nastupuji do {CO} jako {ROLE}! {EMO}
@p
Po 6 letech odcházím z {CO}. Kontakt: {EMAIL:p1}, tel. {PHONE}. — {FULL:p1}
@p
Hledáme {ROLE}! Životopisy posílejte na {EMAIL:role}. Více na {N:url_careers}
@p
Přednáška: {FULL} — téma {TOPIC}, {N:date} v {N:time}.
@p
Zase {N:eponym,cs} v praxi 😅
@p
Objednávka {N:order_number} pořád nedorazila, sledovací číslo {N:tracking_number}.
@p
Pozor na podvodné SMS: chtějí potvrdit účet {N:iban_bad_check}. Kontrolní číslice nesedí.
@c
{HANDLE} díky!
@c
{MENTION} mrkni na to!
@c
Napište mi na {EMAIL}
@a
{FULL:p1} · {ROLE} · {CITY}. E-mail: {EMAIL:p1}, tel.: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@m
Dobrý den, posílám číslo účtu: {IBAN:cz}. Děkuji!
@j
Pozice: {ROLE}, {CITY}. Kontaktní osoba: {FULL:p1}, {EMAIL:p1}, {PHONE}
"""

TEMPLATE_SOURCES["tr"] = r"""
@p
{CO} ailesine {ROLE} olarak katıldığımı duyurmaktan mutluluk duyuyorum! {EMO}
Her şey için {TRDAT} ve {TRDAT} teşekkürler.
@p
Bu güzel yolculukta bana destek olan {TRDAT} çok teşekkürler 🙏
@p
5 yılın ardından {CO}'dan ayrılıyorum. İletişim: {EMAIL:p1} · {PHONE}. — {FULL:p1}
@p
{ROLE} arıyoruz! CV'nizi {EMAIL:role} adresine gönderin. Detaylar: {N:url_careers}
@p
Bugün yine {N:eponym,tr} ile karşılaştık 😅
@p
{N:place_name} fotoğrafları geliyor! {N:date} tarihinde ofisteyim.
@p
Sipariş {N:order_number} hâlâ gelmedi, takip numarası {N:tracking_number}.
@p
Yeni sürüm {N:version} yayında: {N:url_docs}
@p
[[Deniz|name_word]] kenarında çalışmak da bir ayrıcalık 🌊
@p
[[Umut|name_word]] ediyorum ki bu sprint son sprint olur 😂
@p
Gökyüzünde tek bir [[yıldız|name_word]] bile yoktu, ama deploy başarılı ✨
@p
Dolandırıcılık uyarısı: {N:iban_bad_check} numaralı "yeni IBAN" sahte, kontrol basamağı bile tutmuyor.
@p
Etkinlik {N:date}, saat {N:time}. Kayıt: {N:url_form}. Konuşmacı: {FULL}
@c
Teşekkürler {FIRST}!
@c
Tebrikler {FIRST}! 🎉
@c
{MENTION} buna bir bak!
@c
{HANDLE} kesinlikle katılıyorum.
@c
Mail at: {EMAIL}
@c
Beni {PHONE} numarasından arayabilirsin.
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name}
@a
Merhaba, ben {FULL:p1}. {CITY}'da {ROLE} olarak çalışıyorum. İletişim: {EMAIL:p1} / {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@m
Merhaba {FIRST}, IBAN'ım: {IBAN:tr}. Teşekkürler!
@j
{ROLE} pozisyonu için başvurular açık. İletişim: {FULL:p1}, {EMAIL:p1}
@r
{TRDAT} her şey için teşekkür ederim; üç yıl boyunca harika bir ekip arkadaşıydı.
"""

TEMPLATE_SOURCES["ru"] = r"""
@p
Рада сообщить: с {N:date} я {ROLE} в {CO}! {EMO} Спасибо, {FIRST}, за поддержку.
@p
После 5 лет ухожу из {CO}. Связь: {EMAIL:p1}, {PHONE}. — {FULL:p1}
@p
Ищем {ROLE}! Резюме присылайте на {EMAIL:role}. Подробнее: {N:url_careers}
@p
Докладчик: {FULL}. Тема: {N:eponym,ru}. {N:date}, {N:time}.
@p
{FULL} рассказывает сегодня про {TOPIC} — подключайтесь: {N:url_ticket}
@p
Опять {N:eponym,ru} в действии 😅
@p
Заказ {N:order_number} до сих пор не пришёл, трек-номер {N:tracking_number}.
@p
Вышла версия {N:version}: {N:url_docs}
@p
[[Вера|name_word]] в команду — это всё 💪
@p
[[Надежда|name_word]] умирает последней, особенно на релизе 😅
@p
[[Любовь|name_word]] к чистому коду не купишь.
@p
Внимание, мошенники: просят перевести деньги на {N:iban_bad_check}. Контрольные цифры даже не сходятся.
@p
Привет из {N:place_name}! Вернусь {N:date}.
@p
Реквизиты для оплаты: IBAN {IBAN}, получатель {FULL}.
@c
Спасибо, {FIRST}!
@c
Поздравляю, {FIRST}! 🎉
@c
{MENTION} посмотри!
@c
{HANDLE} согласен.
@c
Пишите на {EMAIL}
@c
Мой номер: {PHONE}
@a
Меня зовут {FULL:p1}. {ROLE}, {CITY}. Почта: {EMAIL:p1}, телефон: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Руководитель: {FULL}
@m
Привет, {FIRST}! Мой новый номер: {PHONE}.
@j
Вакансия: {ROLE}. Контакт: {FULL:p1}, {EMAIL:p1}, {PHONE}
"""

TEMPLATE_SOURCES["uk"] = r"""
@p
Радію повідомити, що з {N:date} працюю в {CO} як {ROLE}! {EMO}
@p
Після 4 років іду з {CO}. Контакти: {EMAIL:p1}, {PHONE}. — {FULL:p1}
@p
Шукаємо {ROLE}! Резюме надсилайте на {EMAIL:role}. Деталі: {N:url_careers}
@p
{FULL} розповідає про {TOPIC} сьогодні о {N:time}. Реєстрація: {N:url_form}
@p
Автор: {FULL}. Дата: {N:date}.
@p
Знову {N:eponym,uk} на практиці 😅
@p
Закінчила {N:eponym_institution,uk}, тепер {ROLE} у {CO}.
@p
Замовлення {N:order_number} досі не прийшло, трек-номер {N:tracking_number}.
@p
Привіт з {N:place_name}! Повернуся {N:date}.
@c
{MENTION} глянь!
@c
{HANDLE} згоден.
@c
Пишіть на {EMAIL}
@a
{FULL:p1} — {ROLE}, {CITY}. Пошта: {EMAIL:p1}, тел.: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@j
Вакансія: {ROLE}. Контакт: {FULL:p1}, {PHONE}
"""

TEMPLATE_SOURCES["el"] = r"""
@p
Χαίρομαι πολύ που ξεκινώ ως {ROLE} στην {CO}! {EMO} Ευχαριστώ πολύ, {FIRST}!
@p
Μετά από 5 χρόνια αποχωρώ από την {CO}. Επικοινωνία: {EMAIL:p1}, {PHONE}. — {FULL:p1}
@p
Ζητείται {ROLE}! Βιογραφικά στο {EMAIL:role}. Πληροφορίες: {N:url_careers}
@p
Εκδήλωση: {N:place_name}, {N:date}, ώρα {N:time}. Ομιλία: {FULL}
@p
Πάλι {N:eponym,el} στην πράξη 😅
@p
Η παραγγελία {N:order_number} δεν έχει έρθει ακόμα, αριθμός αποστολής {N:tracking_number}.
@c
Ευχαριστώ, {FIRST}!
@c
Συγχαρητήρια, {FIRST}! 🎉
@c
{MENTION} δες αυτό!
@c
{HANDLE} ακριβώς!
@c
Στείλε μου στο {EMAIL}
@a
{FULL:p1} · {ROLE} · {CITY}. Email: {EMAIL:p1}, τηλ. {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@m
Γεια σου {FIRST}! Το IBAN μου: {IBAN:gr}. Ευχαριστώ!
@j
Θέση εργασίας: {ROLE}. Επικοινωνία: {FULL:p1}, {PHONE}
"""

TEMPLATE_SOURCES["fr"] = r"""
@p
Ravie d'annoncer que je rejoins {CO} en tant que {ROLE} ! {EMO}
Merci à {FULL} et {FULL} pour leur confiance.
@p
Après 5 belles années, je quitte {CO}. Pour garder le contact : {EMAIL:p1} ou {PHONE:fr}. — {FULL:p1}
@p
On recrute ! {ROLE} en CDI à {CITY}. Envoyez votre CV à {EMAIL:role} ou postulez ici : {N:url_careers}
@p
Conférence le {N:date} à {N:time} — billets : {N:url_ticket}. Tarif : {N:price}.
@p
J'ai enfin implémenté {N:eponym,fr} from scratch 😅 Le code : {URL:github}
@p
Rappel : {N:eponym,fr} s'applique aussi aux recrutements.
@p
Commande n° {N:order_number} toujours pas livrée… numéro de suivi : {N:tracking_number}. Quelqu'un a eu le même souci ?
@p
Ticket {N:ticket_number} ouvert depuis trois semaines. J'ai relancé {FULL} ce matin.
@p
En direct de {N:place_name} pour VivaTech 🚀 Retour au bureau le {N:date}.
@p
Je déménage à {N:place_name} ! Des contacts {TOPIC} sur place ?
@p
Stage terminé chez {N:org_name}. Merci à toute l'équipe, et surtout à {FULL}.
@p
Belle visite à l'{N:eponym_institution,place} avec {FULL}. Merci {FIRST} pour l'accueil !
@p
Nouvelle version {N:version} disponible. Notes de version : {N:url_docs}
@p
Attention arnaque : un faux fournisseur nous a envoyé un « nouveau RIB » {N:iban_bad_check}. La clé ne correspond même pas.
@p
Pour info, notre adresse de test dans la doc reste {N:email_example_domain}.
@p
Mon serveur perso : {IPV4}. En local : {N:ip_private}. Le reste derrière le NAT.
@p
Joyeux [[Noël|name_word]] à toutes et à tous 🎄
@p
La communication produit est passée en [[rose|name_word]] bonbon, on en parle ?
@p
La documentation, c'est la [[pierre|name_word]] angulaire de tout projet.
@p
Notre patent… pardon, notre brevet {N:patent} est publié ! Bravo à {FULL}.
@p
Lecture du moment : {N:isbn}. Recommandé par {FULL}.
@p
Inscription à l'atelier : {N:url_form} (places limitées, {N:date}).
@c
Merci {FIRST} !
@c
Bravo {FIRST}, c'est mérité 👏
@c
Félicitations {FIRST} !! 🎉
@c
{MENTION} tu avais posé la question la semaine dernière !
@c
{HANDLE} exactement ça.
@c
Écris-moi à {EMAIL}, je t'envoie le modèle.
@c
Contact : {EMAIL:obf}
@c
Merci {FIRST} et {FIRST} pour l'organisation !
@c
C'est {N:eponym,fr} en action 😂
@c
Appelle-moi au {PHONE:fr} si besoin.
@h
{ROLE} [[@|at_not_handle]] {CO} · ex-{N:org_name} · {TOPIC}
@a
Je suis {FULL:p1}, {ROLE} basée à {CITY}. Contact : {EMAIL:p1} / {PHONE:fr}
@a
📍 {CITY} · 📧 {EMAIL} · 📞 {PHONE:fr} · 🔗 {URL:linkedin}
@a
Originaire de {N:place_name}, installée à {CITY} depuis 2018.
@e
{ROLE} — {N:org_name}
{N:date,range} · {CITY}
Refonte du back-office avec {FULL}.
@m
Bonjour {FIRST}, voici mon RIB : {IBAN:fr} (BIC {N:bic}). Merci !
@m
Salut {FIRST}, mon nouveau numéro : {PHONE:fr}.
@j
Offre d'emploi : {ROLE} (H/F) – {CITY}
Candidatures : {EMAIL:role}
Contact RH : {FULL:p1}, {PHONE:fr}
@r
J'ai travaillé deux ans avec {FULL:p1} chez {CO} : rigueur, bienveillance et humour. Merci {FIRST:p1} !
@v
🗓 {N:date} à {N:time}
📍 {CO}, {N:postcode,fr} {CITY}
Intervenants : {FULL}, {FULL}
Billetterie : {N:url_ticket}
"""

TEMPLATE_SOURCES["es"] = r"""
@p
¡Feliz de contaros que empiezo como {ROLE} en {CO}! {EMO} Gracias a {FULL} por todo.
@p
Después de 4 años dejo {CO}. Podéis escribirme a {EMAIL:p1} o llamarme al {PHONE:es}. — {FULL:p1}
@p
Buscamos {ROLE} para nuestro equipo en {CITY}. CV a {EMAIL:role}. Más info: {N:url_careers}
@p
Precio early bird: {N:price} hasta el {N:date}. Entradas: {N:url_ticket}
@p
Hoy toca repasar {N:eponym,es} con el equipo de datos.
@p
Confirmado: {N:eponym,es} también aplica a los proyectos de marketing 😅
@p
Nos vemos en {N:place_name} para la conferencia {EVENT} 🌎
@p
Me mudo a {N:place_name} el {N:date}. ¿Alguien de {TOPIC} por allí?
@p
Terminé mis prácticas en {N:org_name}. ¡Gracias, {FIRST}, por la mentoría!
@p
Pedido {N:order_number} sin llegar y el número de seguimiento {N:tracking_number} no funciona. ¿Os ha pasado?
@p
Nueva versión {N:version} publicada: {N:url_docs}
@p
Tengo unos [[dolores|name_word]] de cabeza tremendos después del hackathon 😂
@p
Qué [[victoria|name_word]] tan merecida del equipo de producto 🏆
@p
Necesitamos [[paz|name_word]] y silencio para el sprint final.
@p
Por fin veo la [[luz|name_word]] al final del túnel con la migración.
@p
La documentación es un [[pilar|name_word]] del proyecto.
@p
Ojo con los SMS falsos del "banco": piden confirmar la cuenta {N:iban_bad_check}. ¡Ni siquiera es válida!
@p
Nuestro servidor de pruebas está en {IPV4}, y la red interna en {N:ip_private}.
@c
¡Gracias, {FIRST}!
@c
¡Enhorabuena, {FIRST}! 🎉
@c
¡Muchas gracias {FIRST} y {FIRST}!
@c
{MENTION} mira esto, te va a gustar.
@c
{HANDLE} totalmente de acuerdo.
@c
Escríbeme a {EMAIL} y te paso la plantilla.
@c
Mi correo: {EMAIL:obf}
@c
Llámame al {PHONE:es} cuando puedas.
@c
Eso es {N:eponym,es} de libro 😂
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name} | {TOPIC}
@a
Soy {FULL:p1}, {ROLE} en {CITY}. Escríbeme a {EMAIL:p1} o llámame al {PHONE:es}.
@a
Contacto: {EMAIL} · {PHONE} · {URL:linkedin}
@e
{ROLE} · {N:org_name}
{N:date,range} · {N:place_name}
Proyecto de datos con {FULL}.
@m
Hola {FIRST}, te paso mi IBAN para la transferencia: {IBAN:es}. Concepto: factura {N:order_number}.
@m
Hola {FIRST}, mi número nuevo es {PHONE}.
@j
Oferta: {ROLE} en {CITY}
Salario: hasta {N:price,salary}
Envía tu CV a {EMAIL:role} o contacta con {FULL:p1} ({URL:linkedin,p1})
@r
Trabajé con {FULL:p1} en {CO} durante tres años. ¡Gracias, {FIRST:p1}, por todo lo que aprendí!
@v
📅 {N:date} · {N:time}
📍 {CO}, {N:postcode,es} {CITY}
Ponentes: {FULL}, {FULL}
Inscripción: {N:url_form}
"""

TEMPLATE_SOURCES["it"] = r"""
@p
Felice di annunciare che dal {N:date} lavoro come {ROLE} in {CO}! {EMO} Grazie a {FULL}.
@p
Dopo 6 anni lascio {CO}. Restiamo in contatto: {EMAIL:p1} · {PHONE:it}. — {FULL:p1}
@p
Cerchiamo un/una {ROLE}! Invia il CV a {EMAIL:role}. Candidature su {N:url_careers}
@p
Esperienza bellissima al {N:eponym_institution,place}. Grazie {FIRST} per l'invito!
@p
Oggi abbiamo riscoperto {N:eponym,it}. Sempre attuale.
@p
In viaggio verso {N:place_name} per {EVENT}.
@p
Stage concluso presso {N:org_name}. Grazie a {FULL} per la pazienza.
@p
Ordine {N:order_number} ancora fermo, tracking {N:tracking_number}. Qualcuno sa come sbloccarlo?
@p
Rilasciata la versione {N:version}! Documentazione: {N:url_docs}
@p
La [[speranza|name_word]] è l'ultima a morire, anche con il legacy code.
@p
Slide tutte in [[rosa|name_word]] per il lancio. Coraggio 😂
@p
Truffa in corso: SMS che chiedono di confermare l'IBAN {N:iban_bad_check}. Il codice di controllo è sbagliato, ignorate.
@p
Evento il {N:date} alle {N:time}. Biglietti: {N:url_ticket} — prezzo {N:price}.
@c
Grazie {FIRST}!
@c
Complimenti {FIRST}! 👏
@c
{MENTION} guarda qui!
@c
{HANDLE} esatto!
@c
Scrivimi a {EMAIL}, ti mando il file.
@c
Chiamami pure al {PHONE:it}.
@h
{ROLE} [[@|at_not_handle]] {CO} · ex-{N:org_name}
@a
Sono {FULL:p1}, {ROLE} a {CITY}. Contatti: {EMAIL:p1}, cell. {PHONE:it}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Progetto di migrazione con {FULL}.
@m
Ciao {FIRST}, ecco il mio IBAN: {IBAN:it}. Grazie mille!
@j
Posizione aperta: {ROLE} a {CITY}. Candidature a {EMAIL:role}. Referente: {FULL:p1}, {PHONE:it}
@r
Ho lavorato con {FULL:p1} per due anni in {CO}: precisione e gentilezza. Grazie {FIRST:p1}!
"""

TEMPLATE_SOURCES["pt"] = r"""
@p
Muito feliz em compartilhar que comecei como {ROLE} na {CO}! {EMO} Obrigado, {FULL}, pela indicação.
@p
Depois de 5 anos, me despeço da {CO}. Contato: {EMAIL:p1} · WhatsApp {PHONE:br}. — {FULL:p1}
@p
Vaga aberta: {ROLE} (remoto). Currículos para {EMAIL:role}. Detalhes: {N:url_careers}
@p
Direto de {N:place_name} para o {EVENT} 🇧🇷
@p
Me mudando para {N:place_name} em {N:date}! Alguém da área de {TOPIC} por lá?
@p
Encerrei meu estágio na {N:org_name}. Valeu, {FIRST}!
@p
Estudando {N:eponym,pt} de novo. Nunca sai de moda.
@p
Pedido {N:order_number} atrasado e o rastreio {N:tracking_number} não atualiza há 10 dias 😤
@p
Curso online e de [[graça|name_word]]! Inscrições: {N:url_form}
@p
Que [[vitória|name_word]] do time de produto 🏆
@p
Finalmente uma [[luz|name_word]] no fim do túnel com a migração.
@p
Preço: {N:price} em até 10x sem juros.
@p
Golpe do falso boleto: pedem transferência para {N:iban_bad_check}. O dígito verificador nem confere!
@p
Nova versão {N:version} no ar. Docs: {N:url_docs}
@c
Valeu, {FIRST}!
@c
Obrigada, {FIRST}! 💚
@c
Parabéns, {FIRST}! 🎉
@c
{MENTION} olha isso!
@c
{HANDLE} concordo demais.
@c
Me chama no {PHONE:br}.
@c
Meu e-mail: {EMAIL}
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name}
@a
Sou {FULL:p1}, {ROLE} em {CITY}. WhatsApp: {PHONE:br} · E-mail: {EMAIL:p1}
@a
Portfólio: {URL:github} · Agenda: {URL:calendly}
@e
{ROLE} · {N:org_name}
{N:date,range} · {N:place_name}
@m
Olá {FIRST}, segue o meu IBAN para a transferência: {IBAN:pt}. Obrigado!
@m
Oi {FIRST}, meu número novo é {PHONE:br}.
@j
Estamos contratando: {ROLE}. Envie seu currículo para {EMAIL:role} ou fale com {FULL:p1} ({PHONE:br}).
@r
Trabalhei com {FULL:p1} por três anos na {CO}. Obrigado por tudo, {FIRST:p1}!
"""

TEMPLATE_SOURCES["nl"] = r"""
@p
Trots om te melden dat ik begin als {ROLE} bij {CO}! {EMO} Dank aan {FULL}.
@p
Na 6 jaar neem ik afscheid van {CO}. Bereikbaar via {EMAIL:p1} of {PHONE:nl}. — {FULL:p1}
@p
Vacature: {ROLE} in {CITY}. Solliciteren via {EMAIL:role} of {N:url_careers}
@p
Wie kent {N:eponym,nl}? Vandaag weer helemaal van toepassing.
@p
Groeten uit {N:place_name}! Vanaf {N:date} weer op kantoor.
@p
Stage afgerond bij {N:org_name}. Bedankt {FIRST} voor de begeleiding!
@p
Bestelling {N:order_number} nog steeds niet binnen, track & trace {N:tracking_number}.
@p
Versie {N:version} is uit: {N:url_docs}
@p
Nieuwe [[job|name_word]] gevonden in {CITY}! Meer in de comments.
@p
Een [[roos|name_word]] voor iedereen die vandaag deployt 🌹
@p
Pas op: nepmail met "nieuw rekeningnummer" {N:iban_bad_check}. Controlegetal klopt niet.
@p
Meetup op {N:date} om {N:time}. Aanmelden: {N:url_form}
@c
Dank je, {FIRST}!
@c
Gefeliciteerd {FIRST}! 🎉
@c
{MENTION} dit is voor jou!
@c
{HANDLE} precies dit.
@c
Mail me even op {EMAIL}.
@c
Bel gerust: {PHONE:nl}
@h
{ROLE} [[@|at_not_handle]] {CO} | ex-{N:org_name}
@a
Ik ben {FULL:p1}, {ROLE} in {CITY}. Bel {PHONE:nl} of mail {EMAIL:p1}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
Samen met {FULL} het dataplatform gebouwd.
@m
Hoi {FIRST}, mijn rekeningnummer: {IBAN:nl}. Alvast bedankt!
@j
Wij zoeken een {ROLE}! Stuur je cv naar {EMAIL:role}. Vragen? {FULL:p1}, {PHONE:nl}
@r
Drie jaar samengewerkt met {FULL:p1} bij {CO}. Dank je wel, {FIRST:p1}!
"""

TEMPLATE_SOURCES["ar"] = r"""
@p
يسعدني أن أعلن انضمامي إلى {CO} بصفة {ROLE}! {EMO} شكرًا جزيلًا لـ {FULL} على الدعم.
@p
بعد خمس سنوات أغادر {CO}. للتواصل: {EMAIL:p1} أو {PHONE}. — {FULL:p1}
@p
نبحث عن {ROLE} في {CITY}! أرسل سيرتك الذاتية إلى {EMAIL:role}. التفاصيل: {N:url_careers}
@p
ورشة عمل يوم {N:date} الساعة {N:time}. التسجيل: {N:url_form}. المتحدث: {FULL}
@p
مرة أخرى {N:eponym,ar} في الواقع العملي 😅
@p
لدينا [[أمل|name_word]] كبير في الفريق الجديد 🌱
@p
[[نور|name_word]] الشمس يملأ المكتب الجديد ☀️
@p
تحياتي من {N:place_name}! أعود إلى المكتب في {N:date}.
@p
الطلب رقم {N:order_number} لم يصل بعد، رقم التتبع {N:tracking_number}.
@p
تحذير: رسالة احتيال تطلب التحويل إلى {N:iban_bad_check} — رقم التحقق غير صحيح.
@p
الإصدار {N:version} متاح الآن: {N:url_docs}
@c
شكرًا يا {FIRST}! 🙏
@c
مبروك يا {FIRST}! 🎉
@c
{MENTION} شوف هذا!
@c
{HANDLE} بالضبط.
@c
راسلني على {EMAIL}
@c
اتصل بي على {PHONE}
@a
أنا {FULL:p1}، {ROLE} في {CITY}. البريد: {EMAIL:p1} – الهاتف: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@m
مرحبًا {FIRST}، هذا رقم الآيبان الخاص بي: {IBAN}. شكرًا!
@j
مطلوب {ROLE}. للتقديم: {EMAIL:role}. للاستفسار: {FULL:p1}، {PHONE}
"""

TEMPLATE_SOURCES["fa"] = r"""
@p
خوشحالم که به عنوان {ROLE} به {CO} پیوستم! {EMO}
@p
بعد از چهار سال از {CO} جدا می‌شوم. راه ارتباطی: {EMAIL:p1} — {PHONE}. {FULL:p1}
@p
استخدام {ROLE} در {CITY}؛ رزومه را به {EMAIL:role} بفرستید.
@p
کارگاه {N:date} ساعت {N:time}. ثبت‌نام: {N:url_form}. سخنران: {FULL}
@p
باز هم {N:eponym,fa} 😅
@p
سلام از {N:place_name}! {N:date} برمی‌گردم.
@c
ممنون {FIRST} جان! 🙏
@c
تبریک {FIRST} جان! 🎉
@c
{MENTION} اینو ببین!
@c
{HANDLE} دقیقاً.
@c
ایمیل من: {EMAIL}
@a
من {FULL:p1} هستم، {ROLE} در {CITY}. ایمیل: {EMAIL:p1} — تلفن: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
"""

TEMPLATE_SOURCES["he"] = r"""
@p
שמחה לבשר שהצטרפתי ל{CO} בתור {ROLE}! {EMO} תודה ענקית ל{FULL} על הליווי.
@p
אחרי חמש שנים אני עוזב את {CO}. ליצירת קשר: {EMAIL:p1} או {PHONE}. — {FULL:p1}
@p
דרוש/ה {ROLE} ב{CITY}! קורות חיים ל-{EMAIL:role}. פרטים: {N:url_careers}
@p
מיטאפ ב-{N:date} בשעה {N:time}. הרשמה: {N:url_form}. מרצה: {FULL}
@p
שוב {N:eponym,he} בפעולה 😅
@p
יש [[אור|name_word]] בקצה המנהרה של המיגרציה 🙂
@p
ד"ש מ{N:place_name}! חוזר ב-{N:date}.
@p
הזמנה {N:order_number} עדיין לא הגיעה, מספר מעקב {N:tracking_number}.
@c
תודה, {FIRST}!
@c
מזל טוב {FIRST}! 🎉
@c
{MENTION} תראה את זה!
@c
{HANDLE} בדיוק.
@c
כתבו לי: {EMAIL}
@a
אני {FULL:p1}, {ROLE} ב{CITY}. מייל: {EMAIL:p1}, טלפון: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@j
דרושים: {ROLE}. איש קשר: {FULL:p1}, {PHONE}
"""

TEMPLATE_SOURCES["hi"] = r"""
@p
बहुत खुशी के साथ बताना चाहता हूँ कि मैंने {CO} में {ROLE} के रूप में जॉइन किया है! {EMO} {FULL} जी का बहुत धन्यवाद।
@p
Super excited to share: आज से मैं {CO} में {ROLE} हूँ! Thanks {FIRST} for the referral 🙏
@p
5 साल बाद {CO} छोड़ रहा हूँ। संपर्क: {EMAIL:p1}, {PHONE}. — {FULL:p1}
@p
हमें {ROLE} की ज़रूरत है! अपना CV {EMAIL:role} पर भेजें। Details: {N:url_careers}
@p
वर्कशॉप {N:date} को {N:time} बजे। रजिस्ट्रेशन: {N:url_form}। स्पीकर: {FULL}
@p
फिर से {N:eponym,hi} 😅
@p
आज [[पूजा|name_word]] के बाद ऑफिस पहुँचे, नई शुरुआत 🙏
@p
[[आशा|name_word]] है कि आप सब ठीक होंगे।
@p
दीवाली पर [[ज्योति|name_word]] जलाएँ, बग नहीं 😄
@p
Order {N:order_number} अभी तक नहीं आया, tracking {N:tracking_number}. कोई help?
@p
Price सिर्फ {N:price}! Offer {N:date} तक।
@p
{N:place_name} से नमस्ते! {N:date} को वापस।
@c
धन्यवाद, {FIRST} जी! 🙏
@c
बधाई हो {FIRST}! 🎉
@c
Thank you {FIRST} ji!
@c
{MENTION} ये देखिए!
@c
{HANDLE} बिल्कुल सही।
@c
मुझे {EMAIL} पर मेल करें।
@c
Call me on {PHONE:in}
@a
मैं {FULL:p1} हूँ, {CITY} में {ROLE}। संपर्क: {EMAIL:p1}, {PHONE}
@a
I'm {FULL:p1}, {ROLE} from {CITY}. WhatsApp: {PHONE:in} · {URL:linkedin,p1}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@j
Hiring: {ROLE} ({CITY}). CV भेजें {EMAIL:role} पर। Contact: {FULL:p1}, {PHONE:in}
"""

TEMPLATE_SOURCES["zh"] = r"""
@p
很高兴加入{CO}，担任{ROLE}！{EMO}感谢{FULL}老师一路以来的指导。
@p
在{CO}工作五年后，我决定开启新的旅程。联系方式：{EMAIL:p1}，电话{PHONE}。——{FULL:p1}
@p
招聘{ROLE}，简历请发至{EMAIL:role}，详情见{N:url_careers}
@p
{N:date} {N:time}在{CITY}见！报名：{N:url_form}。嘉宾：{FULL}、{FULL}
@p
今天又一次见证了{N:eponym,zh}😅
@p
有问题可以发邮件{EMAIL}谢谢
@p
我的主页{URL:github}欢迎关注
@p
订单{N:order_number}还没到，快递单号{N:tracking_number}。
@p
新版本{N:version}已发布：{N:url_docs}
@p
防骗提醒：有人冒充银行要求转账到{N:iban_bad_check}，校验位都不对！
@p
价格{N:price}，{N:date}截止。
@p
在{N:eponym_institution,zh}做了一场分享，感谢{FULL}同学的邀请。
@c
谢谢{FULL}！
@c
感谢{FULL}老师！🙏
@c
恭喜{FULL}！🎉
@c
{MENTION} 快来看
@c
{HANDLE} 同意
@c
邮箱{EMAIL}，欢迎交流
@c
电话：{PHONE}
@a
我是{FULL:p1}，{CITY}的{ROLE}。邮箱{EMAIL:p1}，电话{PHONE}
@a
个人主页：{URL:p1}｜邮箱：{EMAIL:p1}
@e
{ROLE}｜{N:org_name}
{N:date,range}｜{CITY}
与{FULL}一起搭建数据平台。
@m
{FULL}先生您好，我的银行账号（IBAN）：{IBAN}，请查收。
@j
【招聘】{ROLE}
地点：{CITY}
简历投递：{EMAIL:role}
联系人：{FULL:p1}，{PHONE}
"""

TEMPLATE_SOURCES["ja"] = r"""
@p
{CO}に{ROLE}として入社しました！{EMO}{FULL}さん、本当にありがとうございました。
@p
5年間お世話になった{CO}を退職します。連絡先：{EMAIL:p1}／{PHONE}　{FULL:p1}
@p
{ROLE}募集中！履歴書は{EMAIL:role}まで。詳細：{N:url_careers}
@p
{N:date} {N:time}から勉強会やります。申込：{N:url_ticket}　登壇：{FULL}さん、{FULL}さん
@p
今日もまた{N:eponym,ja}を実感しました😅
@p
メールは{EMAIL}までお願いします
@p
ブログ更新しました→{URL:medium}
@p
注文番号{N:order_number}の荷物がまだ届きません。追跡番号{N:tracking_number}。
@p
バージョン{N:version}をリリースしました：{N:url_docs}
@p
{N:eponym_institution,ja}で講演しました。{FULL}先生、ありがとうございました！
@p
価格は{N:price}です。締切は{N:date}。
@c
{FULL}さん、お疲れさまでした！
@c
{FULL}先生の講演、最高でした！
@c
ありがとうございます、{FULL}様！
@c
{MENTION} これ見て！
@c
{HANDLE} 同感です
@c
電話番号：{PHONE}
@a
{FULL:p1}です。{CITY}で{ROLE}をしています。連絡先：{EMAIL:p1}／{PHONE}
@e
{ROLE}｜{N:org_name}
{N:date,range}｜{CITY}
@m
{FULL}様　お振込先（IBAN）：{IBAN}　よろしくお願いいたします。
@j
【採用】{ROLE}
勤務地：{CITY}
応募：{EMAIL:role}
担当：{FULL:p1}（{PHONE}）
"""

TEMPLATE_SOURCES["ko"] = r"""
@p
{CO}에 {ROLE}로 합류했습니다! {EMO} {FULL}님 감사합니다.
@p
5년간 함께한 {CO}를 떠납니다. 연락처: {EMAIL:p1} / {PHONE}. — {FULL:p1}
@p
{ROLE} 채용 중! 이력서는 {EMAIL:role}로 보내주세요. 자세히: {N:url_careers}
@p
{N:date} {N:time} 밋업 합니다. 신청: {N:url_form}. 발표: {FULL} 님
@p
오늘도 {N:eponym,ko}을 체감했습니다 😅
@p
이메일{EMAIL}으로 보내주세요
@p
주문번호 {N:order_number} 아직 안 왔어요. 운송장 {N:tracking_number}.
@p
{N:version} 버전 출시! 문서: {N:url_docs}
@c
{FULL} 님 축하드려요! 🎉
@c
감사합니다 {FULL}님!
@c
{FULL} 씨 고생 많으셨어요
@c
{MENTION} 이거 봐요!
@c
{HANDLE} 동의합니다
@c
전화: {PHONE}
@a
안녕하세요, {FULL:p1}입니다. {CITY}에서 {ROLE}로 일하고 있어요. 연락처: {EMAIL:p1} / {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
@j
[채용] {ROLE} / {CITY} / 지원: {EMAIL:role} / 담당: {FULL:p1} {PHONE}
"""

TEMPLATE_SOURCES["th"] = r"""
@p
ดีใจมากที่ได้เข้าร่วม {CO} ในตำแหน่ง {ROLE} {EMO} ขอบคุณคุณ{FIRST}มากครับ
@p
หลังจาก 5 ปีที่ {CO} ถึงเวลาเริ่มต้นใหม่ ติดต่อ: {EMAIL:p1} หรือ {PHONE} — {FULL:p1}
@p
รับสมัคร {ROLE} ส่งเรซูเม่มาที่{EMAIL:role}ได้เลยครับ รายละเอียด: {N:url_careers}
@p
งานสัมมนา {N:date} เวลา {N:time} ลงทะเบียน: {N:url_form} วิทยากร: {FULL}
@p
เจอ{N:eponym,th}อีกแล้ว 😅
@p
ราคา {N:price} ถึง {N:date} เท่านั้น
@c
ขอบคุณครับคุณ{FIRST} 🙏
@c
ยินดีด้วยค่ะคุณ{FIRST} 🎉
@c
{MENTION} ดูนี่สิ
@c
ส่งอีเมลมาที่{EMAIL}ได้เลยครับ
@c
โทร {PHONE}
@a
สวัสดีค่ะ ดิฉันชื่อ {FULL:p1} ทำงานเป็น {ROLE} ที่{CITY} ติดต่อ: {EMAIL:p1} หรือ {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
"""

TEMPLATE_SOURCES["vi"] = r"""
@p
Rất vui được gia nhập {CO} với vai trò {ROLE}! {EMO} Cảm ơn chị {FIRST} đã giới thiệu.
@p
Sau 5 năm gắn bó, [[mình|name_word]] rời {CO}. Liên hệ: {EMAIL:p1} – {PHONE}. — {FULL:p1}
@p
Tuyển {ROLE} tại {CITY}! Gửi CV về {EMAIL:role}. Chi tiết: {N:url_careers}
@p
Hội thảo ngày {N:date} lúc {N:time} tại {N:place_name}. Đăng ký: {N:url_form}. Diễn giả: {FULL}
@p
Lại là {N:eponym,vi} 😅
@p
Văn phòng mới ở {N:place_name}, mời mọi người ghé chơi!
@p
Đơn hàng {N:order_number} chưa tới, mã vận đơn {N:tracking_number}.
@c
Cảm ơn anh {FIRST}!
@c
Chúc mừng em {FIRST} nhé! 🎉
@c
{MENTION} xem cái này nè!
@c
{HANDLE} chuẩn luôn.
@c
Email [[mình|name_word]]: {EMAIL}
@a
[[Mình|name_word]] là {FULL:p1}, {ROLE} tại {CITY}. Email: {EMAIL:p1} – SĐT: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
"""

TEMPLATE_SOURCES["id"] = r"""
@p
Senang sekali bisa bergabung dengan {CO} sebagai {ROLE}! {EMO} Terima kasih, {FIRST}!
@p
Setelah 4 tahun, saya pamit dari {CO}. Kontak: {EMAIL:p1} · WA {PHONE}. — {FULL:p1}
@p
Lowongan {ROLE} di {CITY}! Kirim CV ke {EMAIL:role}. Info: {N:url_careers}
@p
Kantor baru kami di {N:place_name}, mampir ya!
@p
Workshop {N:date} pukul {N:time}. Daftar: {N:url_form}. Pembicara: {FULL}
@p
Lagi-lagi {N:eponym,id} 😅
@p
Pesanan {N:order_number} belum sampai, resi {N:tracking_number}.
@p
Harga cuma {N:price} sampai {N:date}!
@c
Terima kasih, {FIRST}!
@c
Selamat ya {FIRST}! 🎉
@c
{MENTION} coba lihat ini!
@c
{HANDLE} setuju banget.
@c
Email saya: {EMAIL}
@a
Halo, saya {FULL:p1}, {ROLE} di {CITY}. Email: {EMAIL:p1}, WA: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
"""

TEMPLATE_SOURCES["sw"] = r"""
@p
Nina furaha kujiunga na {CO} kama {ROLE}! {EMO} Asante sana, {FIRST}!
@p
Baada ya miaka 5, naondoka {CO}. Mawasiliano: {EMAIL:p1}, simu {PHONE}. — {FULL:p1}
@p
Tunatafuta {ROLE}! Tuma CV kwa {EMAIL:role}. Maelezo: {N:url_careers}
@p
Warsha tarehe {N:date} saa {N:time}, {N:place_name}. Jisajili: {N:url_form}. Mzungumzaji: {FULL}
@p
[[Baraka|name_word]] tele kwenu nyote 🙏
@p
[[Amani|name_word]] iwe nanyi wiki hii ✨
@p
Oda {N:order_number} bado haijafika, namba ya ufuatiliaji {N:tracking_number}.
@c
Asante sana, {FIRST}!
@c
Hongera {FIRST}! 🎉
@c
{MENTION} angalia hii!
@c
{HANDLE} kweli kabisa.
@c
Nitumie barua pepe: {EMAIL}
@a
Jina langu ni {FULL:p1}, {ROLE} jijini {CITY}. Barua pepe: {EMAIL:p1}, simu: {PHONE}
@e
{ROLE} · {N:org_name}
{N:date,range} · {CITY}
"""

TEMPLATE_SOURCES["en"] += r"""
@p
Identity theft is real. Someone opened a credit line with my SSN ({SSN}). Freeze your credit today — it takes 10 minutes.
@p
Tax season tip: the W-2 box "a" should show your SSN, e.g. mine came back as {SSN} — double-check it matches your card.
@m
Hi {FIRST}, for the payroll setup I need the SSN again. I have {SSN} on file — correct?
@m
{FIRST}, the accountant asked for my SSN, it's {SSN:space}. Please don't forward this message.
@p
Our onboarding form rejected {N:ssn_invalid} — good, numbers starting like that are never issued.
@p
The demo data in our HR tool still shows {N:ssn_invalid} as the sample SSN. It's invalid by design.
@p
If you're filing with an ITIN, it looks like {N:ssn_invalid} — it's not an SSN, so don't put it in that box.
@c
Fun fact: {N:ssn_invalid} can't be a real SSN, that range is never assigned.
@p
My card was skimmed at a gas station. The bank says {CARD} was used in three countries within an hour 😤
@m
Hi {FIRST}, use the team card for the conference tickets: {CARD}. Receipt to {EMAIL:role} please.
@p
Lesson learned: don't screenshot your card. A friend posted {CARD} in a story "by accident" and it was used within minutes.
@p
I typo'd my card number as {N:card_luhn_invalid} and the checkout caught it instantly. Luhn check working as intended ✅
@p
Scammer sent me a "refund card" {N:card_luhn_invalid}. Doesn't even pass the checksum.
@c
That number ({N:card_luhn_invalid}) fails the Luhn check, so it's definitely fake.
@p
Our company page: {N:url_company} — follow for updates!
@c
Their company page {N:url_company} has the full list of open roles.
@p
Example links in our docs look like {N:url_example_domain} or {N:email_example_domain}. Please don't replace them with real ones.
@c
Placeholder in the template is {N:url_example_domain}, just swap in your own link.
@p
Our group on the platform: {N:url_platform_page}
@c
Saved this to {N:url_platform_page} so we don't lose it.
@p
PSA: {N:url_site_page} is where you revoke old tokens. Do it today.
@c
Under {N:url_site_page}, third option.
@p
Tracking the discussion under {N:url_hashtag} — lots of good takes.
@p
Paper of the week: {N:url_paper} — {FULL} and team show it again.
@c
Here's the DOI: {N:url_paper}
@p
Cloud tip: {N:ip_link_local,meta} is the metadata service on most clouds. Block it from your containers.
@p
Docs should use {N:ipv6_documentation}, not random real prefixes.
@c
Your example uses {N:ipv6_documentation} — perfect, that's the documentation prefix.
@p
Audience grew {N:signed_number} since we started posting weekly.
@p
Q3 numbers: revenue {N:signed_number}, churn {N:signed_number}, NPS up again.
@p
Our office moved: {CO}, {N:postcode} {CITY}. Same phone: {PHONE}
@p
Loving {N:product_name,lang} for data work. Multiple dispatch just makes sense.
@p
Our assistant is built on {N:product_name,ai}. Ask it anything about our docs.
@p
Event streaming 101: {N:product_name,data} topics, partitions and consumer groups explained.
@r
{POSS:p1} feedback on my first design doc changed how I write. Thank you, {FIRST:p1}!
@c
{POSS} demo was the highlight of the sprint review.
@p
Can't stop thinking about {POSS} talk on {TOPIC}.
@c
Loved {POSS} comment on this. Spot on.
@c
Congrats on the new role, {FULL:nw}! 🎉
@c
Thanks, {FIRST:nw}! See you at {EVENT}.
@c
Great write-up, {FIRST:nw}.
@p
Welcome to the team, {FULL:nw}! Ask {FULL} anything about our setup.
"""

TEMPLATE_SOURCES["es"] += r"""
@m
Hola {FIRST}, para la nómina en EE. UU. necesito tu número de Seguro Social. ¿Sigue siendo {SSN}?
@p
Me robaron la identidad: alguien usó mi SSN {SSN} para abrir una tarjeta. ¡Congelen su crédito!
@p
El formulario rechazó {N:ssn_invalid}, y con razón: ese rango nunca se asigna.
@p
Me clonaron la tarjeta {CARD} en un cajero. El banco ya la bloqueó.
@p
Escribí mal mi tarjeta ({N:card_luhn_invalid}) y la web lo detectó al instante ✅
@p
Página de la empresa: {N:url_company}
@c
Ejemplo del manual: {N:email_example_domain}
"""

TEMPLATE_SOURCES["de"] += r"""
@p
Karte beim Tanken geskimmt: Laut Bank wurde {CARD} innerhalb einer Stunde in drei Ländern belastet 😤
@p
Tippfehler bei der Kartennummer ({N:card_luhn_invalid}) – der Checkout hat's sofort gemerkt. Luhn-Prüfung sei Dank.
@p
Unsere Unternehmensseite: {N:url_company}
@p
In unseren Beispielen steht immer {N:email_example_domain} oder {N:url_example_domain} – bitte nicht durch echte Adressen ersetzen.
@p
Für unser US-Team: Die SSN {SSN} im Lohnsystem war falsch zugeordnet, ist jetzt korrigiert.
@p
Das Formular lehnt {N:ssn_invalid} ab – richtig so, dieser Bereich wird nie vergeben.
@p
Unsere Gruppe auf der Plattform: {N:url_platform_page}
@p
Reichweite {N:signed_number} seit Januar, danke euch!
"""

TEMPLATE_SOURCES["fr"] += r"""
@p
Carte bancaire piratée : la banque m'annonce que {CARD} a servi dans trois pays en une heure.
@p
Faute de frappe sur ma carte ({N:card_luhn_invalid}), le site l'a refusée tout de suite. Merci Luhn ✅
@p
Notre page entreprise : {N:url_company}
@c
Exemple dans la doc : {N:email_example_domain}
"""

TEMPLATE_SOURCES["zh"] += r"""
@p
在美国报税，SSN填错了：应该是{SSN}，现在已经改好了。
@p
表格拒绝了{N:ssn_invalid}，这个号段本来就不会分配。
@p
信用卡被盗刷：{CARD}，一小时内在三个国家消费😤
@p
卡号输错了（{N:card_luhn_invalid}），网站立刻提示无效 ✅
"""

TEMPLATE_SOURCES["ko"] += r"""
@p
미국 급여 등록할 때 SSN {SSN} 입력 완료. 다들 개인정보 조심하세요!
@p
카드 {CARD} 해외에서 도용당했어요 😤 바로 정지했습니다.
@p
카드번호 오타({N:card_luhn_invalid})는 결제창에서 바로 걸러지네요.
"""

TEMPLATE_SOURCES["hi"] += r"""
@p
US में job join करते समय SSN {SSN} गलत टाइप हो गया था, अब ठीक है।
@p
मेरा कार्ड {CARD} clone हो गया 😤 Bank ने block कर दिया।
@p
Form ने {N:ssn_invalid} reject कर दिया — ये range कभी issue नहीं होती।
"""

TEMPLATE_SOURCES["ja"] += r"""
@p
カード{CARD}が海外で不正利用されました😤すぐ止めました。
@p
カード番号を打ち間違えたら（{N:card_luhn_invalid}）、決済画面ですぐエラーになった✅
"""

TEMPLATE_SOURCES["pt"] += r"""
@p
Meu cartão {CARD} foi clonado, o banco já bloqueou. Cuidado com maquininhas!
@p
Digitei o cartão errado ({N:card_luhn_invalid}) e o site recusou na hora ✅
"""

TEMPLATE_SOURCES["it"] += r"""
@p
Carta clonata: la banca dice che {CARD} è stata usata in tre paesi in un'ora 😤
@p
Ho sbagliato a digitare la carta ({N:card_luhn_invalid}) e il sito l'ha rifiutata subito ✅
"""

TEMPLATE_SOURCES["ru"] += r"""
@p
Карту {CARD} скопировали в банкомате, банк уже заблокировал.
@p
Ошибся в номере карты ({N:card_luhn_invalid}) — сайт сразу отклонил ✅
"""

TEMPLATE_SOURCES["tr"] += r"""
@p
Kartım {CARD} kopyalanmış, banka hemen bloke etti 😤
@p
Kart numarasını yanlış yazdım ({N:card_luhn_invalid}), site anında reddetti ✅
"""

TEMPLATE_SOURCES["nl"] += r"""
@p
Mijn pas {CARD} is geskimd bij een tankstation. Bank heeft hem geblokkeerd.
@p
Tikfout in mijn kaartnummer ({N:card_luhn_invalid}) en de checkout ving het meteen op ✅
"""

TEMPLATE_SOURCES["any"] += r"""
@p
```
card_valid   = "{CARD}"
card_invalid = "{N:card_luhn_invalid}"   # fails Luhn
ssn_valid    = "{SSN}"
ssn_invalid  = "{N:ssn_invalid}"        # never issued
```
Test vectors for the validator PR.
@p
```
>>> luhn("{N:card_luhn_invalid}")
False
>>> iban_ok("{N:iban_bad_check}")
False
```
@p
```
WARN  payment  card={CARD} ip={IPV4} user={EMAIL}
WARN  payment  card={N:card_luhn_invalid} rejected: checksum
```
"""

TEMPLATE_SOURCES["any"] += r"""
@pc
📚 {N:url_paper}
📝 {N:url_form}
🎟 {N:url_ticket}
@pc
🔗 {N:url_docs}
🔗 {N:url_careers}
@pc
👉 {N:url_company}
👉 {N:url_hashtag}
@pc
➡️ {N:url_platform_page}
➡️ {N:url_site_page}
@pc
{URL} · {N:url_hashtag}
@pc
{URL:linkedin} | {N:url_company}
@p
```
$ whois {IPV4}
$ whois {N:ip_documentation}   # documentation range, no owner
$ dig -x {IPV6}
```
@p
```
dhcpd: DHCPACK on {N:ip_private} to {N:mac_address} via eth0
dhcpd: no free leases, client got {N:ip_link_local}
```
@p
```
firmware: {N:ip_version,bare}
mac:      {N:mac_address}
wan:      {IPV4}
lan:      {N:ip_private}
```
@p
```
inet6 {N:ipv6_documentation}/64   # from the RFC example
inet6 {N:ipv6_ula}/48
inet6 {IPV6}/64
```
@p
```
127.0.0.1 → {N:ip_loopback}
::1       → {N:ipv6_loopback}
bind      → {N:ip_reserved,bind}
```
@p
```
ISBN     {N:isbn}
Patent   {N:patent}
Version  {N:version}
Order    {N:order_number}
Price    {N:price}
```
@p
```
- {N:signed_number} MAU
- {N:signed_number} revenue
- {N:signed_number} NPS
```
@m
IBAN: {IBAN}
(not {N:iban_bad_check} — that one had a typo)
@m
IBAN {IBAN} — BIC {N:bic} — {FULL}
@p
```
test("rejects short IBAN", () => expect(isIban("{N:iban_bad_length}")).toBe(false));
test("accepts IBAN", () => expect(isIban("{IBAN}")).toBe(true));
```
@p
```
$ ssh -p 2222 ops@{N:ip_documentation}    # example from the runbook
$ ssh {N:ip_private}
```
"""

TEMPLATE_SOURCES["de"] += r"""
@p
Links zum Vortrag:
• Paper: {N:url_paper}
• Doku: {N:url_docs}
• Feedback: {N:url_form}
@p
Unser Router hat jetzt Firmware {N:ip_version}; LAN {N:ip_private}, Gast-WLAN {N:ip_private}.
@p
IPv6-Doku-Präfix ist {N:ipv6_documentation} – bitte keine echten Adressen in Folien!
@p
Das Buch dazu: {N:isbn}. Das Patent dazu: {N:patent}.
@p
Karrieren-Seite: {N:url_careers} · Firmenprofil: {N:url_company}
@p
Mehr unter {N:url_hashtag}
@p
Plattform-Gruppe: {N:url_platform_page}
@p
Token widerrufen: {N:url_site_page}
@p
Die Cloud-Metadaten liegen unter {N:ip_link_local,meta} – in Containern blockieren!
"""

TEMPLATE_SOURCES["fr"] += r"""
@p
Les liens de la conf :
– article : {N:url_paper}
– doc : {N:url_docs}
– sondage : {N:url_form}
@p
Le routeur est passé en firmware {N:ip_version}. LAN : {N:ip_private}.
@p
Le livre : {N:isbn} — et le brevet : {N:patent}.
@p
Page carrières : {N:url_careers}
@p
À suivre sur {N:url_hashtag}
@p
Notre groupe sur la plateforme : {N:url_platform_page}
@p
Adresse MAC du portable : {N:mac_address}, IP locale {N:ip_private}.
"""

TEMPLATE_SOURCES["es"] += r"""
@p
Enlaces de la charla:
• Paper: {N:url_paper}
• Docs: {N:url_docs}
• Encuesta: {N:url_form}
@p
El router ya tiene el firmware {N:ip_version}. LAN: {N:ip_private}.
@p
El libro: {N:isbn}. La patente: {N:patent}.
@p
Ofertas: {N:url_careers}
@p
Síguelo en {N:url_hashtag}
@p
Nuestro grupo en la plataforma: {N:url_platform_page}
"""

TEMPLATE_SOURCES["pt"] += r"""
@p
Links da palestra:
• Artigo: {N:url_paper}
• Docs: {N:url_docs}
• Formulário: {N:url_form}
@p
Roteador atualizado para o firmware {N:ip_version}. Rede local: {N:ip_private}.
@p
Vagas: {N:url_careers} · Página da empresa: {N:url_company}
@p
Acompanhe em {N:url_hashtag}
"""

TEMPLATE_SOURCES["it"] += r"""
@p
Link del talk:
• Paper: {N:url_paper}
• Documentazione: {N:url_docs}
@p
Router aggiornato al firmware {N:ip_version}. LAN: {N:ip_private}.
@p
Posizioni aperte: {N:url_careers}
"""

TEMPLATE_SOURCES["ja"] += r"""
@p
発表資料まとめ：
・論文 {N:url_paper}
・ドキュメント {N:url_docs}
・アンケート {N:url_form}
@p
ルーターのファームウェアを{N:ip_version}に更新。LANは{N:ip_private}です。
@p
採用ページ：{N:url_careers}
@p
書籍：{N:isbn}／特許：{N:patent}
"""

TEMPLATE_SOURCES["zh"] += r"""
@p
分享资料：
论文 {N:url_paper}
文档 {N:url_docs}
问卷 {N:url_form}
@p
路由器固件升级到{N:ip_version}，内网地址{N:ip_private}。
@p
招聘页面：{N:url_careers}
@p
书号：{N:isbn}，专利号：{N:patent}
"""

TEMPLATE_SOURCES["ru"] += r"""
@p
Материалы доклада:
• статья: {N:url_paper}
• документация: {N:url_docs}
• анкета: {N:url_form}
@p
Обновил роутер до прошивки {N:ip_version}. Локалка: {N:ip_private}.
@p
Вакансии: {N:url_careers}
@p
Книга: {N:isbn}. Патент: {N:patent}.
"""

TEMPLATE_SOURCES["ko"] += r"""
@p
발표 자료: 논문 {N:url_paper} / 문서 {N:url_docs} / 설문 {N:url_form}
@p
공유기 펌웨어 {N:ip_version}로 업데이트. 내부망 {N:ip_private}.
"""

TEMPLATE_SOURCES["tr"] += r"""
@p
Sunum linkleri: makale {N:url_paper}, doküman {N:url_docs}, anket {N:url_form}
@p
Modem yazılımı {N:ip_version} sürümüne güncellendi. Yerel ağ: {N:ip_private}
"""

TEMPLATE_SOURCES["pl"] += r"""
@p
Linki z prezentacji: artykuł {N:url_paper}, dokumentacja {N:url_docs}, ankieta {N:url_form}
@p
Router zaktualizowany do firmware {N:ip_version}. LAN: {N:ip_private}.
"""

TEMPLATE_SOURCES["nl"] += r"""
@p
Links van de talk: paper {N:url_paper}, docs {N:url_docs}, enquête {N:url_form}
@p
Router bijgewerkt naar firmware {N:ip_version}. LAN: {N:ip_private}.
"""

TEMPLATE_SOURCES["hi"] += r"""
@p
Talk के links: paper {N:url_paper}, docs {N:url_docs}, feedback form {N:url_form}
@p
Router का firmware {N:ip_version} पर update किया। LAN IP: {N:ip_private}
"""

TEMPLATE_SOURCES["ar"] += r"""
@p
روابط المحاضرة: الورقة {N:url_paper} — التوثيق {N:url_docs} — الاستبيان {N:url_form}
@p
حدّثت البرنامج الثابت للراوتر إلى {N:ip_version}. الشبكة المحلية: {N:ip_private}
"""

TEMPLATE_SOURCES["en"] += r"""
@pc
Questions? <a href="mailto:{EMAIL:role}">Email us</a> or ping {HANDLE}.
@pc
Reach me: mailto:{EMAIL}
@pc
[Contact me](mailto:{EMAIL}) — I reply within a day.
@m
mailto:{EMAIL:p1}?subject=Coffee%20chat — or just reply here, {FIRST:p1}!
@c
Thanks {FULL:c_ja_lat}-san! 🙏
@c
Arigato, {FIRST:c_ja_lat}-san!
@c
Thank you {FULL:c_in_lat} ji for the guidance 🙏
@p
Huge thanks to {FULL:c_ja_lat} san for hosting us in Tokyo!
"""

TEMPLATE_SOURCES["de"] += r"""
@pc
[Kontakt](mailto:{EMAIL}) · {URL:linkedin}
@pc
Fragen? mailto:{EMAIL:role}
"""

TEMPLATE_SOURCES["fr"] += r"""
@pc
Écrivez-nous : mailto:{EMAIL:role}
@pc
<a href="mailto:{EMAIL}">Me contacter</a>
"""

TEMPLATE_SOURCES["es"] += r"""
@pc
Escríbenos: <a href="mailto:{EMAIL:role}">{EMAIL:role}</a>
"""

TEMPLATE_SOURCES["ja"] += r"""
@pc
<a href="mailto:{EMAIL}">お問い合わせ</a>
@c
{FULL}さんありがとう！
@m
{FULL}様
いつもお世話になっております。資料をお送りします。
@c
{FULL}くん、おめでとう🎉
@c
{FULL}ちゃん、お疲れさま！
@p
{FULL}氏による基調講演は{N:time}から。
"""

TEMPLATE_SOURCES["zh"] += r"""
@pc
<a href="mailto:{EMAIL}">联系我们</a>
@m
{FULL}女士您好，合同已发您邮箱{EMAIL}，请查收。
@c
{FULL}同学加油！
@p
{FULL}博士的报告非常精彩，推荐大家看回放：{N:url_ticket}
@c
谢谢{FULL}总的支持！
"""

TEMPLATE_SOURCES["ko"] += r"""
@c
{FULL} 교수님 감사합니다!
@c
{FULL} 대표님 축하드립니다 🎉
@m
{FULL}님, 자료 보내드립니다. 확인 부탁드려요.
"""

TEMPLATE_SOURCES["th"] += r"""
@c
ขอบคุณคุณ{FULL}มากค่ะ
@p
วันนี้คุณ{FULL}มาแชร์เรื่อง {TOPIC} สนุกมาก
"""

TEMPLATE_SOURCES["hi"] += r"""
@p
{FULL} जी का talk शानदार था! 🙏
@c
शुक्रिया {FIRST} जी!
"""

TEMPLATE_SOURCES["fa"] += r"""
@c
مرسی {FIRST} جان، عالی بود!
"""

TEMPLATE_SOURCES["tr"] += r"""
@c
Teşekkürler {FIRST} Hocam!
@c
Eline sağlık {FIRST} Hocam 👏
"""

TEMPLATE_SOURCES["en"] += r"""
@p
Our WireGuard endpoint moved to {IPV6:port}. Update your configs before Friday.
@c
Works for me over IPv6: curl -6 https://{IPV6:port}/health returns 200.
@m
Hi {FIRST}, the staging box is reachable at {IPV6:port} (IPv6 only for now).
"""

TEMPLATE_SOURCES["de"] += r"""
@p
Der Server lauscht jetzt auch auf {IPV6:port} – IPv4 folgt.
"""

TEMPLATE_SOURCES["ja"] += r"""
@p
IPv6なら{IPV6:port}で接続できます。
"""

TEMPLATE_SOURCES["zh"] += r"""
@p
IPv6地址：{IPV6:port}，端口已开放。
"""

TEMPLATE_SOURCES["any"] += r"""
@p
```
$ nc -vz {IPV6:port}
Connection succeeded!
$ curl -g "http://{IPV6:port}/status"
```
@p
```
upstream backend {
    server {IPV6:port};
    server {IPV4:port};
}
```
"""

TEMPLATE_SOURCES["de"] += r"""
@c
Danke, {FIRST:nw}! 🙏
@c
Glückwunsch zum neuen Job, {FIRST:nw}!
@p
Willkommen im Team, {FULL:nw}! Fragen zum Setup gern an {FULL}.
@p
Meine Kollegin {FULL:org} hat heute einen super Vortrag über Pricing gehalten.
"""

TEMPLATE_SOURCES["es"] += r"""
@c
¡Gracias, {FIRST:nw}! 🙏
@c
¡Enhorabuena por el nuevo puesto, {FIRST:nw}!
@p
Bienvenida al equipo, {FULL:nw} 🎉
"""

TEMPLATE_SOURCES["pt"] += r"""
@c
Obrigado, {FIRST:nw}! 🙏
@c
Parabéns pela nova fase, {FIRST:nw}!
"""

TEMPLATE_SOURCES["it"] += r"""
@c
Grazie {FIRST:nw}! 🙏
"""

TEMPLATE_SOURCES["tr"] += r"""
@c
Teşekkürler {FIRST:nw}! 🙏
@c
Tebrikler {FULL:nw}, yeni görevinde başarılar!
"""

TEMPLATE_SOURCES["ru"] += r"""
@c
Спасибо, {FIRST:nw}! 🙏
@c
Поздравляю, {FULL:nw}!
"""

TEMPLATE_SOURCES["ar"] += r"""
@c
شكرًا يا {FIRST:nw}! 🙏
@c
مبروك يا {FULL:nw}!
"""

TEMPLATE_SOURCES["he"] += r"""
@c
תודה, {FIRST:nw}! 🙏
"""

TEMPLATE_SOURCES["hi"] += r"""
@c
धन्यवाद, {FIRST:nw} जी! 🙏
"""

TEMPLATE_SOURCES["sw"] += r"""
@c
Asante sana, {FIRST:nw}! 🙏
@c
Hongera {FULL:nw}!
"""

TEMPLATE_SOURCES["zh"] += r"""
@c
简历发我邮箱{EMAIL}就行
@c
合作请联系{EMAIL:role}或私信
@p
有兴趣的同学把作品集发到{EMAIL:role}，标题写“实习申请”
@c
我的邮箱是{EMAIL}，欢迎交流
@m
{FULL}你好，报价单已发到{EMAIL}了，请查收
"""

TEMPLATE_SOURCES["ja"] += r"""
@c
詳細は{EMAIL}宛にご連絡ください
@p
取材のご依頼は{EMAIL:role}までお願いいたします
@c
資料は{EMAIL}に送ってもらえますか？
@m
{FULL}さん、{EMAIL}宛に招待を送りました
"""

TEMPLATE_SOURCES["ko"] += r"""
@c
포트폴리오는 {EMAIL}로 보내주세요
@c
문의는{EMAIL}으로 부탁드립니다
@p
채용 관련 문의: {EMAIL:role}로 연락 주세요
"""

TEMPLATE_SOURCES["th"] += r"""
@c
สนใจส่งอีเมลมาที่{EMAIL:role}ได้เลยค่ะ
@c
อีเมล{EMAIL}ครับ
"""

TEMPLATE_SOURCES["en"] += r"""
@c
Email: {EMAIL:obf} (no spam please 🙏)
@a
Say hi: {EMAIL:obf}
@pc
Write to {EMAIL:obf} — I read everything, eventually.
"""

TEMPLATE_SOURCES["de"] += r"""
@a
E-Mail: {EMAIL:obf} · Tel.: {PHONE:de}
@c
Schreib mir an {EMAIL:obf} 🙂
"""

TEMPLATE_SOURCES["fr"] += r"""
@a
Mail : {EMAIL:obf}
"""

TEMPLATE_SOURCES["es"] += r"""
@a
Correo: {EMAIL:obf}
"""

TEMPLATE_SOURCES["it"] += r"""
@a
Email: {EMAIL:obf}
"""

TEMPLATE_SOURCES["pt"] += r"""
@a
E-mail: {EMAIL:obf}
"""

TEMPLATE_SOURCES["nl"] += r"""
@a
Mail: {EMAIL:obf}
"""

TEMPLATE_SOURCES["pl"] += r"""
@a
E-mail: {EMAIL:obf}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--members", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    if a.members < 2000:
        ap.error("--members must be at least 2000 (the directory holds the collision names)")
    t0 = time.time()
    c = Corpus(a.seed, a.members, a.records)
    labels = set()
    for lst in list(c.templates.values()) + [c.neutral]:
        for t in lst:
            labels |= t.labels
    for lab in labels:
        if lab in SLOT_TYPE.values():
            c.targets[lab] = a.records * (0.06 if lab in ("CREDIT_CARD", "IBAN", "US_SSN", "IPV6")
                                          else 0.12)
        else:
            c.targets[lab] = max(40, a.records * 0.065)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "members.jsonl"), "w", encoding="utf-8") as f:
        for m in c.members:
            f.write(json.dumps({"user": m.user, "name": m.name, "handle": m.handle},
                               ensure_ascii=False) + "\n")
    errors, warns = [], []
    recs = []
    for i in range(1, a.records + 1):
        rec = c.make_record(i)
        c.check(rec, errors, warns)
        recs.append(rec)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            del rec["_tids"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ntempl = sum(len(v) for v in c.templates.values()) + len(c.neutral)
    if not a.quiet:
        types, cats, langs = {}, {}, {}
        for rec in recs:
            langs[rec["lang"]] = langs.get(rec["lang"], 0) + 1
            for s in rec["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
            for s in rec["negatives"]:
                cats[s["category"]] = cats.get(s["category"], 0) + 1
        print("templates: %d (%s)" % (ntempl, ", ".join("%s %d" % (k, len(v)) for k, v in sorted(
            c.templates.items())) + ", any %d" % len(c.neutral)))
        print("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
        print("gold spans: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
        print("unlabelled capitalised first-name tokens (not errors, listed for review): %d" % len(warns))
        print("time %.1fs" % (time.time() - t0))
    if errors:
        for e in errors[:50]:
            print("SELF-CHECK FAILED: " + e, file=sys.stderr)
        print("%d self-check errors" % len(errors), file=sys.stderr)
        sys.exit(1)
    if not a.quiet:
        print("self-check passed: %d records, %d members" % (len(recs), len(c.members)))


if __name__ == "__main__":
    main()
