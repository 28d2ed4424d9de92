/*
 * detect.c - the structured PII types (EMAIL, PHONE, CREDIT_CARD, IBAN,
 * US_SSN, IPV4, IPV6, URL). Hyperscan finds match ENDS of cheap trigger
 * patterns (no HS_FLAG_SOM_LEFTMOST, which costs about 3x); the recognizers
 * here then recover the start with small bounded backward scans, take the
 * maximal token forward, and validate it (Luhn, mod-97, SSN ranges, routable
 * address ranges, phone plausibility and hard negatives).
 *
 * Every backward scan is bounded and every forward scan records how far it
 * consumed (scratch->covered), so a 100 MB line is processed in linear time.
 */
#include "pii_int.h"

#include "common/alloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_DIGITS 1
#endif
#include <arpa/inet.h>
#include <string.h>

#define U8(p) ((const uint8_t *)(p))

static inline int is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline int is_alnum(int c) { return is_digit(c) || is_alpha(c); }
static inline int is_hex(int c) { return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static inline int is_upper_alnum(int c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); }

/* Whether t[i, i + 2) is a no-break space (U+00A0). */
static inline int nbsp_at(const char *t, size_t i)
{
    return (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0;
}
static inline int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

typedef struct kw {
    const char *w;
    size_t n;
} kw;
#define KW(s) {s, sizeof s - 1}

/* ---------- validators ---------- */

int askf__luhn_ok(const char *d, size_t n)
{
    int sum = 0, dbl = 0;
    for (size_t i = n; i-- > 0;) {
        int v = d[i] - '0';
        if (v < 0 || v > 9)
            return 0;
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return n > 0 && sum % 10 == 0;
}

int askf__card_brand_ok(const char *d, size_t n)
{
    int p2 = (d[0] - '0') * 10 + (d[1] - '0');
    int p3 = p2 * 10 + (d[2] - '0');
    int p4 = p3 * 10 + (d[3] - '0');
    int p6 = p4 * 100 + (d[4] - '0') * 10 + (d[5] - '0');
    if (d[0] == '4')
        return n == 13 || n == 16 || n == 19; /* Visa */
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return n == 16; /* Mastercard */
    if (p2 == 34 || p2 == 37)
        return n == 15; /* Amex */
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925))
        return n >= 16 && n <= 19; /* Discover */
    return 0;
}

static const struct {
    char cc[3];
    uint8_t len;
} iban_len[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
    {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24},
    {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18},
    {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23},
    {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
    {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24},
    {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
    {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22},
    {"VG", 24}, {"XK", 20},
};

int askf__iban_length(const char cc[2])
{
    for (size_t i = 0; i < sizeof iban_len / sizeof *iban_len; i++)
        if (iban_len[i].cc[0] == cc[0] && iban_len[i].cc[1] == cc[1])
            return iban_len[i].len;
    return 0;
}

int askf__iban_ok(const char *s, size_t n)
{
    if (n < 15 || n > 34 || !is_alpha(s[0]) || !is_alpha(s[1]) || !is_digit(s[2]) ||
        !is_digit(s[3]))
        return 0;
    char cc[2] = {(char)(s[0] & ~32), (char)(s[1] & ~32)};
    if ((size_t)askf__iban_length(cc) != n)
        return 0;
    unsigned rem = 0;
    for (size_t k = 0; k < n; k++) {
        int c = (unsigned char)s[(k + 4) % n];
        if (is_digit(c)) {
            rem = (rem * 10 + (unsigned)(c - '0')) % 97;
        } else if (is_alpha(c)) {
            unsigned v = (unsigned)((c & ~32) - 'A' + 10);
            rem = (rem * 100 + v) % 97;
        } else {
            return 0;
        }
    }
    return rem == 1;
}

int askf__ssn_ok(int area, int group, int serial)
{
    return area > 0 && area != 666 && area < 900 && group > 0 && group <= 99 && serial > 0 &&
           serial <= 9999;
}

int askf__ipv4_public(const uint8_t a[4])
{
    uint32_t v = (uint32_t)a[0] << 24 | (uint32_t)a[1] << 16 | (uint32_t)a[2] << 8 | a[3];
    static const struct {
        uint32_t net, mask;
    } blocked[] = {
        {0x00000000, 0xFF000000}, /* 0/8 this network */
        {0x0A000000, 0xFF000000}, /* 10/8 private */
        {0x64400000, 0xFFC00000}, /* 100.64/10 shared CGN */
        {0x7F000000, 0xFF000000}, /* 127/8 loopback */
        {0xA9FE0000, 0xFFFF0000}, /* 169.254/16 link-local */
        {0xAC100000, 0xFFF00000}, /* 172.16/12 private */
        {0xC0000000, 0xFFFFFF00}, /* 192.0.0/24 IETF */
        {0xC0000200, 0xFFFFFF00}, /* 192.0.2/24 TEST-NET-1 */
        {0xC0586300, 0xFFFFFF00}, /* 192.88.99/24 6to4 relay */
        {0xC0A80000, 0xFFFF0000}, /* 192.168/16 private */
        {0xC6120000, 0xFFFE0000}, /* 198.18/15 benchmarking */
        {0xC6336400, 0xFFFFFF00}, /* 198.51.100/24 TEST-NET-2 */
        {0xCB007100, 0xFFFFFF00}, /* 203.0.113/24 TEST-NET-3 */
        {0xE0000000, 0xF0000000}, /* 224/4 multicast */
        {0xF0000000, 0xF0000000}, /* 240/4 reserved + broadcast */
    };
    for (size_t i = 0; i < sizeof blocked / sizeof *blocked; i++)
        if ((v & blocked[i].mask) == blocked[i].net)
            return 0;
    return 1;
}

int askf__pii_doc_host(const char *h, size_t n)
{
    static const kw docs[] = {KW("example.com"), KW("example.net"), KW("example.org"), KW("example"), {NULL, 0}};
    for (size_t k = 0; docs[k].w; k++) {
        size_t m = docs[k].n, j = 0;
        if (n < m || (n > m && h[n - m - 1] != '.'))
            continue;
        while (j < m && lower((unsigned char)h[n - m + j]) == (unsigned char)docs[k].w[j])
            j++;
        if (j == m)
            return 1;
    }
    return 0;
}

int askf__ipv6_global(const uint8_t a[16])
{
    if ((a[0] & 0xE0) != 0x20) /* 2000::/3 global unicast */
        return 0;
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) /* 2001:db8::/32 docs */
        return 0;
    if (a[0] == 0x3f && a[1] == 0xff && (a[2] & 0xF0) == 0) /* 3fff::/20 docs */
        return 0;
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0x02 && a[4] == 0 && a[5] == 0)
        return 0; /* 2001:2::/48 benchmarking */
    return 1;
}

/* ---------- context helpers ---------- */

/* Whether the code point ending at `p` (a multi-byte one) is a Latin letter with a diacritic
 * (U+00C0-U+024F but the signs x and /): then a Latin word right after it is no whole word;
 * after CJK text or punctuation, Cyrillic, Arabic, ... it is. */
static int latin_letter_before(const char *t, size_t p)
{
    size_t q = p;
    while (q > 0 && p - q < 4 && ((unsigned char)t[q - 1] & 0xC0) == 0x80)
        q--;
    if (q == 0)
        return 0;
    uint32_t cp;
    askf__utf8_decode(U8(t), p, q - 1, &cp);
    return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

/* Whether the text right before `i` is non-Latin text glued on: a multi-byte character that is
 * no Latin letter (CJK text or punctuation such as "：", Cyrillic, Arabic, …). Such text is
 * written without spaces, so what follows a token may be glued to it as well. */
static int glued_nonlatin_before(const char *t, size_t i)
{
    return i > 0 && (unsigned char)t[i - 1] >= 0x80 && !latin_letter_before(t, i);
}

/* The word (ASCII letters) ending just before position `at`, skipping up to
 * `gap` bytes of spaces and punctuation; lowercased into w (cap 16). */
static size_t word_before(const char *t, size_t at, size_t gap, char *w, size_t cap)
{
    size_t i = at, skipped = 0;
    while (i > 0 && skipped < gap && !is_alnum((unsigned char)t[i - 1])) {
        i--;
        skipped++;
    }
    size_t e = i;
    while (i > 0 && e - i < cap && is_alpha((unsigned char)t[i - 1]))
        i--;
    if (i > 0 && is_alpha((unsigned char)t[i - 1]))
        return 0; /* longer than cap: not a keyword */
    size_t n = e - i;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)lower((unsigned char)t[i + k]);
    return n;
}

/* A Hebrew one-letter prefix joined by a hyphen right before t[i] ("מ-193.201.144.14", from;
 * "ל-020-88601394", to): the hyphen starts no longer token. */
static int hebrew_prefix_hyphen(const char *t, size_t i)
{
    return i >= 3 && t[i - 1] == '-' && (unsigned char)t[i - 3] == 0xD7 &&
           (unsigned char)t[i - 2] >= 0x90 && (unsigned char)t[i - 2] <= 0xAA;
}

static int word_in(const char *w, size_t n, const kw *list)
{
    if (!n)
        return 0;
    for (size_t i = 0; list[i].w; i++)
        if (list[i].n == n && list[i].w[0] == w[0] && memcmp(list[i].w, w, n) == 0)
            return 1;
    return 0;
}

/* Whether one of `list` occurs (case-insensitive, as a word start) in the
 * `win` bytes before `at`. */
static int keyword_near(const char *t, size_t at, size_t win, const kw *list)
{
    size_t from = at > win ? at - win : 0;
    for (size_t i = from; i < at; i++) {
        if (!is_alpha((unsigned char)t[i]) || (i > 0 && is_alpha((unsigned char)t[i - 1])))
            continue;
        char w[16];
        size_t n = 0;
        while (i + n < at && n < sizeof w && is_alpha((unsigned char)t[i + n])) {
            w[n] = (char)lower((unsigned char)t[i + n]);
            n++;
        }
        if (n < sizeof w && word_in(w, n, list))
            return 1;
    }
    return 0;
}

static const kw version_words[] = {KW("version"), KW("ver"), KW("v"), KW("release"), KW("build"), KW("firmware"), KW("rev"), KW("revision"), KW("update"), KW("patch"), KW("kernel"), KW("versao"), {NULL, 0}};
/* (no "versión": word_before reads ASCII letters only, label_word folds it to "version") */

/* ---------- EMAIL ---------- */

static int local_char(int c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
static int domain_char(int c) { return is_alnum(c) || c == '.' || c == '-'; }
static int word_eq(const char *t, size_t i, size_t n, const kw *w);

/* The run of domain characters from i (at most 253), without a trailing '.' or '-'; *last
 * gets where its last label starts (i when it has no dot). */
static size_t domain_run(const char *t, size_t len, size_t i, size_t *last)
{
    size_t e = i, lim = i + 253 < len ? i + 253 : len;
    while (e < lim && domain_char((unsigned char)t[e]))
        e++;
    while (e > i && (t[e - 1] == '.' || t[e - 1] == '-'))
        e--;
    size_t d = e;
    while (d > i && t[d - 1] != '.')
        d--;
    *last = d;
    return e;
}

/* Domain starting at i: labels of [A-Za-z0-9-] joined by '.', at least one
 * dot, alphabetic TLD of 2+ letters. Returns the end or 0. */
static size_t domain_end(const char *t, size_t len, size_t i)
{
    size_t d, e = domain_run(t, len, i, &d);
    /* last label must be letters only, >= 2 */
    if (d <= i + 1 || e - d < 2)
        return 0;
    for (size_t k = d; k < e; k++)
        if (!is_alpha((unsigned char)t[k]))
            return 0;
    /* file extensions that are not top-level domains: "logo@2x.png" is an image (the
     * @2x/@3x screen-density suffix), "deps@1.2.tgz" an archive, not an address */
    static const kw not_tld[] = {KW("png"), KW("jpg"), KW("jpeg"), KW("gif"), KW("svg"), KW("webp"), KW("bmp"), KW("ico"), KW("tif"), KW("tiff"), KW("heic"), KW("avif"), KW("pdf"), KW("txt"), KW("csv"), KW("json"), KW("xml"), KW("yml"), KW("yaml"), KW("toml"), KW("html"), KW("htm"), KW("css"), KW("js"), KW("mjs"), KW("jsx"), KW("tsx"), KW("psd"), KW("exe"), KW("dll"), KW("gz"), KW("tgz"), KW("xz"), KW("rar"), KW("jar"), KW("wasm"), KW("ttf"), KW("otf"), KW("woff"), {NULL, 0}};
    /* names that are not on the public Internet (RFC 6761/6762 special-use names, the
     * .internal and home/corporate network suffixes): no mailbox of a person is there */
    static const kw private_tld[] = {KW("local"), KW("localhost"), KW("localdomain"), KW("internal"), KW("intranet"), KW("lan"), KW("home"), KW("corp"), KW("example"), KW("invalid"), KW("test"), KW("arpa"), {NULL, 0}};
    char tld[16]; /* (longer than every word of both lists) */
    size_t tn = e - d;
    if (tn <= sizeof tld) {
        for (size_t k = 0; k < tn; k++)
            tld[k] = (char)lower((unsigned char)t[d + k]);
        if (word_in(tld, tn, not_tld) || word_in(tld, tn, private_tld))
            return 0;
    }
    if (askf__pii_doc_host(t + i, e - i))
        return 0; /* example.com, .net, .org and their subdomains (RFC 2606) */
    if (t[i] == '.' || t[i] == '-')
        return 0;
    return e;
}

/* Whether the UTF-8 character ending at t[i - 1] is a letter of a script other than Latin
 * (Greek, Cyrillic, Hebrew, Arabic, ... and the three-byte scripts): "ל-ilse@…" is the
 * Hebrew preposition "to" joined by a hyphen, not part of the address. */
static int nonlatin_letter_before(const char *t, size_t i)
{
    if (i < 2 || ((unsigned char)t[i - 1] & 0xC0) != 0x80)
        return 0;
    size_t b = i - 1;
    while (b > 0 && i - b < 4 && ((unsigned char)t[b] & 0xC0) == 0x80)
        b--;
    uint32_t cp;
    if (askf__utf8_decode((const uint8_t *)t, i, b, &cp) != i - b)
        return 0;
    if (cp < 0x370 || (cp >= 0x1E00 && cp < 0x2000)) /* Latin, IPA, Latin Extended Additional */
        return 0;
    if (cp >= 0x2000 && cp < 0x3040)
        return 0; /* punctuation, symbols, CJK punctuation */
    if (cp >= 0xFF00 && cp < 0xFF66)
        return 0; /* full-width forms */
    return 1;
}

static size_t obf_dot(const char *t, size_t len, size_t i, int *wi);
static int real_tld(const char *t, size_t s, size_t e);
static int word_eq_in(const char *t, size_t i, size_t n, const kw *list);

/* The labels of a domain from i whose dots may be written obfuscated ("gmail [dot] com",
 * "gmail(dot)com", "gmail.com"): at most 9 labels of letters, digits and '-', joined by
 * obf_dot()s. */
typedef struct obf_labels {
    size_t labels, first_end, last_start, last_end;
    size_t obf; /* dots not written as '.' */
} obf_labels;

/* A spaced " . " after a label [st, i) that already ends a domain of two labels or more in a
 * real top-level domain is the sentence's full stop, unless a lowercase top-level domain
 * follows it too ("maria at gmail dot com . Budget…" ends at "com"; "mail . co . uk" goes
 * on). */
static int spaced_period_ends(const char *t, size_t len, size_t st, size_t i, size_t d,
                              size_t labels)
{
    if (!(d == 3 && t[i] == ' ' && t[i + 1] == '.') || labels < 2 || !real_tld(t, st, i))
        return 0;
    size_t j = i + d;
    if (t[j] >= 'A' && t[j] <= 'Z')
        return 1; /* a capital starts the next sentence ("… dot pl . CG …") */
    while (j < len && j - (i + d) < 63 && (is_alnum((unsigned char)t[j]) || t[j] == '-'))
        j++;
    return !real_tld(t, i + d, j);
}

/* Reads them into *r; returns whether they make a domain: two labels or more, the last of two
 * letters or more. `weak`: only "dot" and "punkt" join labels (after the English "at").
 * `ninth_dot`: a dot after the ninth label still counts in r->obf (the obfuscated-marker
 * reading; after a real '@' the labels end at the ninth one, its dot unread). */
static int read_obf_labels(const char *t, size_t len, size_t i, int weak, int ninth_dot,
                           obf_labels *r)
{
    memset(r, 0, sizeof *r);
    for (;;) {
        size_t st = i;
        while (i < len && i - st < 63 && (is_alnum((unsigned char)t[i]) || t[i] == '-'))
            i++;
        if (i == st)
            break;
        if (!r->labels)
            r->first_end = i;
        r->labels++;
        r->last_start = st;
        r->last_end = i;
        int wi;
        size_t d = obf_dot(t, len, i, &wi);
        if (!d || i + d >= len || !is_alnum((unsigned char)t[i + d]) ||
            (!ninth_dot && r->labels > 8))
            break;
        if (weak && wi > 1)
            break; /* after the English "at" only "dot" and the German "punkt" */
        if (spaced_period_ends(t, len, st, i, d, r->labels))
            break;
        if (t[i] != '.')
            r->obf++;
        i += d;
        if (r->labels > 8)
            break;
    }
    if (r->labels < 2 || r->last_end - r->last_start < 2)
        return 0;
    for (size_t k = r->last_start; k < r->last_end; k++)
        if (!is_alpha((unsigned char)t[k]))
            return 0;
    return 1;
}

/* A domain whose dots are written obfuscated, after a real at sign: "gmail[.]com",
 * "gmail(dot)com" (at least one dot not written as '.'; a real top-level domain at the end).
 * Returns the end or 0. */
static size_t obf_domain_end(const char *t, size_t len, size_t i)
{
    obf_labels r;
    if (!read_obf_labels(t, len, i, 0, 0, &r) || !r.obf)
        return 0;
    return real_tld(t, r.last_start, r.last_end) ? r.last_end : 0;
}

/* Whether a bracketed dot "[.]", "(.)" or "{.}" ends at t[e - 1]. */
static int bracket_dot_before(const char *t, size_t e)
{
    return e >= 3 && t[e - 2] == '.' &&
           ((t[e - 3] == '[' && t[e - 1] == ']') || (t[e - 3] == '(' && t[e - 1] == ')') ||
            (t[e - 3] == '{' && t[e - 1] == '}'));
}

/* Code hosts whose SSH user is "git" (compared case-insensitively). */
static int git_host(const char *d, size_t n)
{
    static const kw hosts[] = {KW("github.com"), KW("gitlab.com"), KW("bitbucket.org"),
                               KW("codeberg.org"), KW("gitea.com"), KW("ssh.dev.azure.com"),
                               KW("git.sr.ht"), KW("heroku.com"), KW("gitee.com"), {NULL, 0}};
    return word_eq_in(d, 0, n, hosts) >= 0;
}

/* Where a domain starting at i ends when its last label runs into the next word: a capital
 * right after the dot of a real top-level domain ("gmx.de.Congrats"), digits after
 * the letters ("co.jp2019年": a top-level domain has no digits), a capital after lowercase
 * ("icloud.comIBAN"), or, for an address glued to non-Latin text before it (Japanese and
 * Chinese are written without spaces), any letters ("co.jphost"): the label is cut after its
 * longest prefix that is a real top-level domain. Returns the cut (the end to read the domain
 * to) or 0 when the label is a real top-level domain as it is, or no cut applies. */
static size_t glued_domain_cut(const char *t, size_t len, size_t i, int glued)
{
    size_t d, e = domain_run(t, len, i, &d);
    if (d <= i + 1)
        return 0;
    /* the next sentence glued after the full stop: a capital starts a last label that follows
     * a real top-level domain ("gmx.de.Congrats", "co.ke.Cartão") */
    if (t[d] >= 'A' && t[d] <= 'Z' && d >= i + 4) {
        size_t p = d - 1; /* the dot */
        while (p > i && t[p - 1] != '.')
            p--;
        if (p > i + 1 && real_tld(t, p, d - 1) && !(t[p] >= 'A' && t[p] <= 'Z'))
            return d - 1;
    }
    size_t k = d;
    while (k < e && is_alpha((unsigned char)t[k]))
        k++;
    if (k - d < 2 || (k == e && real_tld(t, d, e)))
        return 0;
    if (k < e && is_digit((unsigned char)t[k]) && real_tld(t, d, k))
        return k;
    for (size_t j = d + 2; j < k; j++)
        if (t[j - 1] >= 'a' && t[j - 1] <= 'z' && t[j] >= 'A' && t[j] <= 'Z')
            return real_tld(t, d, j) ? j : 0;
    if (!glued)
        return 0;
    /* (a word of three letters or more after the domain: "icon@3x.png" is a file name) */
    for (size_t j = k - 3; j >= d + 2 && j < k; j--)
        if (real_tld(t, d, j))
            return j;
    return 0;
}

static void rec_email(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    /* find the at-marker within the trigger (it ends after two TLD letters): '@', the
     * full-width '＠' (U+FF20, EF BC A0: CJK text), or a bracketed "(@)", "[@]", "{@}" */
    size_t at = end, lim = end > 256 ? end - 256 : 0;
    while (at > lim && t[at - 1] != '@' &&
           !((unsigned char)t[at - 1] == 0xA0 && at >= 3 && (unsigned char)t[at - 2] == 0xBC &&
             (unsigned char)t[at - 3] == 0xEF))
        at--;
    if (at == lim)
        return;
    size_t le, ds; /* end of the local part, start of the domain */
    if (t[at - 1] == '@') {
        le = at - 1;
        ds = at;
        if (le > 0 && at < len &&
            ((t[le - 1] == '(' && t[at] == ')') || (t[le - 1] == '[' && t[at] == ']') ||
             (t[le - 1] == '{' && t[at] == '}'))) {
            le--;
            ds++;
        }
    } else {
        le = at - 3;
        ds = at;
    }
    if (le < s->covered[ASKF__K_EMAIL])
        return;
    size_t ls = le, llim = le > 64 ? le - 64 : 0;
    for (;;) {
        while (ls > llim && local_char((unsigned char)t[ls - 1]))
            ls--;
        /* a defanged dot in the local part: "maria[.]lopez[@]…" */
        if (ls < le && ls >= llim + 4 && bracket_dot_before(t, ls) &&
            local_char((unsigned char)t[ls - 4]) && t[ls - 4] != '.') {
            ls -= 3;
            continue;
        }
        break;
    }
    while (ls < le && t[ls] == '.')
        ls++;
    /* "ל-ilse@…": a hyphen right after a non-Latin letter joins a prefix, it starts no
     * address */
    if (ls < le && t[ls] == '-' && nonlatin_letter_before(t, ls))
        while (ls < le && (t[ls] == '-' || t[ls] == '.'))
            ls++;
    if (ls == le)
        return;
    size_t cut = glued_domain_cut(t, len, ds, glued_nonlatin_before(t, ls));
    size_t de = domain_end(t, cut ? cut : len, ds);
    int wi;
    if (!de || (de < len && t[de] != '.' && obf_dot(t, len, de, &wi))) {
        size_t oe = obf_domain_end(t, len, ds);
        if (oe)
            de = oe;
    }
    if (!de)
        return;
    s->covered[ASKF__K_EMAIL] = (uint32_t)de;
    /* not mailboxes: an SSH/scp remote "git@github.com:org/repo.git", "deploy@host:/srv",
     * and the user part of a URL "ssh://git@host/…" */
    if (de + 1 < len && t[de] == ':' &&
        (is_alnum((unsigned char)t[de + 1]) || t[de + 1] == '/' || t[de + 1] == '~' ||
         t[de + 1] == '_'))
        return;
    if (ls >= 3 && t[ls - 1] == '/' && t[ls - 2] == '/' && t[ls - 3] == ':')
        return;
    /* the SSH user of a code host, also alone ("ssh -T git@github.com", "your remote isn't
     * git@gitlab.com"): a remote, never a mailbox */
    if (le - ls == 3 && memcmp(t + ls, "git", 3) == 0 && git_host(t + ds, de - ds))
        return;
    askf__pii_emit(s, ls, de, ASKF_PII_EMAIL);
}

/* Obfuscated addresses: the at sign and the dots written as words, in brackets or between
 * spaces: "maria [at] gmail [dot] com", "maria(at)gmail.com", "maria at gmail dot com",
 * German "maria [ät] gmx [punkt] de", Spanish and Portuguese "maria arroba gmail punto com"
 * ("ponto"), French "arobase … point", Italian "chiocciola … punto", Dutch "apenstaartje …
 * punt", Polish "małpa … kropka", Russian "собака … точка". The trigger ends just after the
 * at-marker.
 *
 * How sure the marker is decides what else must hold: a bracketed marker ("[at]", "(ät)",
 * "{arroba}") is an obfuscation by itself; the bare word "at" is English, so "at" between
 * spaces needs an obfuscated dot too and a top-level domain that is no English word ("look
 * at this dot in" is no address); the other bare words ("arroba", "arobase", …) name the
 * at sign and nothing else. A bare marker always needs a real top-level domain
 * (real_tld). */

/* The obfuscated-dot words, lowercase ASCII except "точка" (Russian "dot"); "dot" and "punkt"
 * first (the only ones after the English "at"); Turkish "nokta". */
static const kw dot_words[] = {KW("dot"), KW("punkt"), KW("punto"), KW("ponto"), KW("point"), KW("punt"), KW("kropka"), KW("\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0"), KW("nokta"), {NULL, 0}};

/* Whether t[i, i + n) is the word w (lowercase), ASCII and Latin-1 letters compared
 * case-insensitively ("ÄT" is "ät"). */
static int word_eq(const char *t, size_t i, size_t n, const kw *w)
{
    if (n != w->n)
        return 0;
    for (size_t j = 0; j < n; j++) {
        unsigned c = (unsigned char)t[i + j];
        if (j && (unsigned char)t[i + j - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
            c += 0x20; /* Latin-1 capital (second byte) */
        if ((unsigned)lower((int)c) != (unsigned char)w->w[j])
            return 0;
    }
    return 1;
}

/* The index in `list` of the first word t[i, i + n) is (word_eq), or -1. */
static int word_eq_in(const char *t, size_t i, size_t n, const kw *list)
{
    for (int k = 0; list[k].w; k++)
        if (word_eq(t, i, n, &list[k]))
            return k;
    return -1;
}

/* An obfuscated dot at i: "[dot]", " (dot) ", " dot ", " punto ", "[punkt]", " . " or a
 * plain '.'; returns its length (0: none) and in *wi the index of its word in dot_words (-1:
 * no word). */
static size_t obf_dot(const char *t, size_t len, size_t i, int *wi)
{
    *wi = -1;
    if (i < len && t[i] == '.')
        return 1;
    size_t k = i;
    while (k < len && k - i < 1 && t[k] == ' ')
        k++;
    if (k + 1 < len && t[k] == '.' && t[k + 1] == ' ' && k > i)
        return k + 2 - i; /* " . " */
    char open = k < len ? t[k] : 0, close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    size_t ws = close ? k + 1 : k;
    if (!close && k == i)
        return 0; /* a bare dot word needs spaces around it */
    if (close) {
        /* the dot itself in brackets, as defanged addresses write it: "[.]", "( . )" */
        size_t q = ws;
        while (q < len && q - ws < 1 && t[q] == ' ')
            q++;
        if (q < len && t[q] == '.') {
            q++;
            while (q < len && t[q] == ' ' && q - ws < 3)
                q++;
            if (q < len && t[q] == close) {
                q++;
                if (q < len && t[q] == ' ')
                    q++;
                *wi = 0;
                return q - i;
            }
        }
    }
    size_t we = ws;
    while (we < len && we - ws < 12 && (is_alpha((unsigned char)t[we]) || (unsigned char)t[we] >= 0x80))
        we++;
    int hit = word_eq_in(t, ws, we - ws, dot_words);
    if (hit < 0)
        return 0;
    size_t e = we;
    if (close) {
        if (e >= len || t[e] != close)
            return 0;
        e++;
    }
    if (e < len && t[e] == ' ')
        e++;
    else if (!close)
        return 0;
    *wi = hit;
    return e - i;
}

/* Top-level domains a bare-word obfuscation must end in: the two-letter country codes and the
 * common generic ones. */
static int real_tld(const char *t, size_t s, size_t e)
{
    static const char cc[] =
        "acadaeafagaialamaoaqarasatauawaxazbabbbdbebfbgbhbibjbmbnbobrbsbtbwbybzcacccdcfcgchcick"
        "clcmcncocrcucvcwcxcyczdedjdkdmdodzeceeegereseteufifjfkfmfofrgagdgegfggghgiglgmgngpgqgr"
        "gsgtgugwgyhkhmhnhrhthuidieilimininioiqirisitjejmjojpkekgkhkikmknkpkrkwkykzlalblclilklr"
        "lsltlulvlymamcmdmemgmhmkmlmmmnmompmqmrmsmtmumvmwmxmymznancnenfngninlnonpnrnunzompapepf"
        "pgphpkplpmpnprpsptpwpyqarerorsrurwsasbscsdsesgshsiskslsmsnsosrssstsusvsxsyszadtctdtftg"
        "ththtjtktltmtntotrtttvtwtzuaugukusuyuzvavcvevgvivnvuwfwsyeytzazmzw";
    static const kw gen[] = {KW("com"), KW("net"), KW("org"), KW("edu"), KW("gov"), KW("mil"), KW("int"), KW("info"), KW("biz"), KW("name"), KW("pro"), KW("mobi"), KW("aero"), KW("asia"), KW("cat"), KW("coop"), KW("jobs"), KW("museum"), KW("tel"), KW("travel"), KW("app"), KW("dev"), KW("tech"), KW("online"), KW("site"), KW("website"), KW("store"), KW("shop"), KW("blog"), KW("cloud"), KW("email"), KW("energy"), KW("solutions"), KW("agency"), KW("digital"), KW("studio"), KW("design"), KW("media"), KW("news"), KW("live"), KW("life"), KW("world"), KW("space"), KW("systems"), KW("network"), KW("group"), KW("company"), KW("global"), KW("today"), KW("work"), KW("works"), KW("club"), KW("xyz"), KW("page"), KW("art"), KW("health"), KW("law"), KW("bank"), KW("finance"), KW("capital"), KW("consulting"), KW("ventures"), KW("partners"), KW("academy"), KW("school"), KW("university"), KW("education"), KW("engineering"), KW("software"), KW("host"), KW("web"), KW("social"), KW("team"), KW("center"), KW("city"), KW("berlin"), KW("london"), KW("paris"), KW("nyc"), KW("tokyo"), KW("africa"), KW("eus"), KW("cymru"), KW("scot"), KW("bayern"), {NULL, 0}};
    char w[16];
    size_t n = e - s;
    if (n < 2 || n > sizeof w)
        return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)lower((unsigned char)t[s + k]);
    if (n == 2) {
        for (size_t k = 0; cc[k]; k += 2)
            if (cc[k] == w[0] && cc[k + 1] == w[1])
                return 1;
        return 0;
    }
    return word_in(w, n, gen);
}

/* The local part of an obfuscated address may hide its dots too ("glen [dot] price [at]
 * gmail [dot] com"): from its start ls, go back over bracketed dot words ("[dot]", "(dot)",
 * "{punkt}", with a space or none around them) and the words before them, up to four. */
static size_t obf_local_start(const char *t, size_t len, size_t ls)
{
    for (int n = 0; n < 4; n++) {
        size_t found = 0;
        for (size_t j = ls > 12 ? ls - 12 : 0; j + 1 < ls && !found; j++) {
            int wi;
            size_t k = t[j] == ' ' ? j + 1 : j;
            if ((t[k] == '[' || t[k] == '(' || t[k] == '{') && obf_dot(t, len, j, &wi) == ls - j &&
                wi >= 0 && j > 0 && local_char((unsigned char)t[j - 1]) && t[j - 1] != '.')
                found = j;
        }
        if (!found)
            break;
        size_t b = found, lim = found > 64 ? found - 64 : 0;
        while (b > lim && local_char((unsigned char)t[b - 1]))
            b--;
        while (b < found && t[b] == '.')
            b++;
        ls = b;
    }
    return ls;
}

static void rec_email_obf(askf_pii_scratch *s, size_t end)
{
    /* the at-words: "at" (weak: also English), then the words that only name the sign */
    static const kw at_words[] = {KW("at"), KW("\xc3\xa4t"), KW("arroba"), KW("arobase"), KW("chiocciola"), KW("klammeraffe"), KW("apenstaartje"), KW("ma\xc5\x82pa"), KW("\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0"), {NULL, 0}};
    /* French "chez" ("at someone's") names the sign only in brackets: "chez Google" is a firm */
    static const kw chez = KW("chez");
    /* "look at this dot in the picture": after the English "at", a determiner or pronoun is
     * no host name */
    static const kw english_words[] = {KW("the"), KW("this"), KW("that"), KW("these"), KW("those"), KW("a"), KW("an"), KW("my"), KW("your"), KW("his"), KW("her"), KW("our"), KW("their"), KW("its"), KW("it"), KW("me"), KW("you"), KW("him"), KW("them"), KW("us"), KW("some"), KW("any"), KW("each"), KW("every"), KW("no"), KW("one"), {NULL, 0}};
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_EMAIL] || end < 3)
        return;
    size_t m = end, ws, we; /* the marker word is t[ws, we); m: where the marker starts */
    int bracket = 0;
    if (t[m - 1] == ']' || t[m - 1] == ')' || t[m - 1] == '}' || t[m - 1] == '>') {
        size_t k = m - 1, lim = m > 18 ? m - 18 : 0;
        while (k > lim && t[k] != '[' && t[k] != '(' && t[k] != '{' && t[k] != '<')
            k--;
        if (t[k] != '[' && t[k] != '(' && t[k] != '{' && t[k] != '<')
            return;
        m = k;
        ws = k + 1;
        we = end - 1;
        while (ws < we && t[ws] == ' ')
            ws++;
        while (we > ws && t[we - 1] == ' ')
            we--;
        bracket = 1;
    } else {
        we = m - 1; /* the trigger ends in a space */
        ws = we;
        while (ws > 0 && we - ws < 16 && t[ws - 1] != ' ')
            ws--;
        if (ws < 2 || t[ws - 1] != ' ')
            return;
        m = ws - 1;
    }
    int marker = word_eq_in(t, ws, we - ws, at_words);
    if (marker < 0 && bracket && word_eq(t, ws, we - ws, &chez))
        marker = INT_MAX; /* a strong marker, as any but the English "at" */
    if (marker < 0)
        return;
    int weak = !bracket && marker == 0;
    while (m > 0 && t[m - 1] == ' ')
        m--;
    size_t ls = m, llim = m > 64 ? m - 64 : 0;
    while (ls > llim && local_char((unsigned char)t[ls - 1]))
        ls--;
    while (ls < m && t[ls] == '.')
        ls++;
    /* "ל-yael [at] …": the hyphen of a joined non-Latin prefix starts no address */
    if (ls < m && t[ls] == '-' && nonlatin_letter_before(t, ls))
        while (ls < m && (t[ls] == '-' || t[ls] == '.'))
            ls++;
    if (ls == m)
        return;
    ls = obf_local_start(t, len, ls);
    size_t i = end;
    while (i < len && t[i] == ' ')
        i++;
    obf_labels r;
    if (!read_obf_labels(t, len, i, weak, 1, &r))
        return;
    if (weak && !r.obf)
        return; /* "me at gmail.com" is too ambiguous without an obfuscated dot */
    if (!bracket && !real_tld(t, r.last_start, r.last_end))
        return;
    if (weak && word_eq_in(t, end, r.first_end - end, english_words) >= 0)
        return;
    s->covered[ASKF__K_EMAIL] = (uint32_t)r.last_end;
    askf__pii_emit(s, ls, r.last_end, ASKF_PII_EMAIL);
}

/* A literal at-word ("arroba", "ät", …) ends at `end`: a closing bracket after it (one space
 * allowed) or a space makes it the end of an at-marker as rec_email_obf reads one. */
static void rec_email_obf_word(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t q = end < s->len && t[end] == ' ' ? end + 1 : end;
    if (q < s->len && (t[q] == ']' || t[q] == ')' || t[q] == '}' || t[q] == '>'))
        rec_email_obf(s, q + 1);
    else if (q > end)
        rec_email_obf(s, q);
}

/*
 * Signs and words written for the at sign, glued or in brackets, as East Asian posts write
 * them to keep crawlers away: Chinese "jieliu93#qq.com" (only before a webmail host: '#' is
 * also a page anchor, "page.html#intro.md"), Japanese "yamada★gmail.com", "☆", and the word
 * "アット" ("at", also in brackets, ASCII or fullwidth: "yamada(アット)yahoo.co.jp"). The
 * trigger ends in the first byte of the host; the address is the local part, the marker and
 * a host of two labels or more ending in a real top-level domain.
 */
enum { SIGN_HASH, SIGN_STAR, SIGN_ATTO };

/* The first labels of webmail hosts: '#' stands for '@' only before one of these (the
 * Hyperscan pattern of '#' is built from this list, askf__pii_patterns). */
static const kw webmail_hosts[] = {KW("qq"), KW("163"), KW("126"), KW("yeah"), KW("sina"), KW("sohu"), KW("aliyun"), KW("foxmail"), KW("139"), KW("gmail"), KW("googlemail"), KW("yahoo"), KW("hotmail"), KW("outlook"), KW("live"), KW("icloud"), KW("naver"), KW("daum"), KW("hanmail"), KW("docomo"), KW("ezweb"), KW("softbank"), {NULL, 0}};

static size_t email_sign_back(const char *t, size_t m, size_t *open)
{
    /* an opening bracket before the marker, one space around it allowed: '(', '[', '（', '［';
     * or one space alone */
    size_t b = m;
    if (b > 0 && t[b - 1] == ' ')
        b--;
    *open = 1;
    if (b > 0 && (t[b - 1] == '(' || t[b - 1] == '['))
        b--;
    else if (b >= 3 && (!memcmp(t + b - 3, "\xef\xbc\x88", 3) || !memcmp(t + b - 3, "\xef\xbc\xbb", 3)))
        b -= 3;
    else
        *open = 0;
    if (*open && b > 0 && t[b - 1] == ' ')
        b--;
    return b;
}

/* Whether the host t[hs, de) starts with a label of the list ("qq" of "qq.com") */
static int webmail_host(const char *t, size_t hs, size_t de, const kw *list)
{
    size_t fe = hs;
    while (fe < de && t[fe] != '.')
        fe++;
    char w[16];
    size_t n = fe - hs;
    if (n >= sizeof w)
        return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)lower((unsigned char)t[hs + k]);
    return word_in(w, n, list);
}

static int has_lower(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 1;
    return 0;
}

static void rec_email_sign(askf_pii_scratch *s, size_t end, unsigned arg)
{
    const kw *webmail = webmail_hosts;
    static const char *const atto[] = {"\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x88" /* アット */, NULL};
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_EMAIL] || end < 3)
        return;
    size_t hs = end - 1; /* the host's first byte */
    if (arg == SIGN_HASH) { /* (its trigger ends after the webmail host's first label) */
        size_t k = end, lim = end > 14 ? end - 14 : 0;
        while (k > lim && t[k - 1] != '#')
            k--;
        if (k == lim || t[k - 1] != '#')
            return;
        hs = k;
    }
    /* the marker right before the host, a closing bracket and a space allowed between */
    size_t m = hs;
    if (m > 0 && t[m - 1] == ' ')
        m--;
    int close = 0;
    if (m > 0 && (t[m - 1] == ')' || t[m - 1] == ']'))
        m--, close = 1;
    else if (m >= 3 && (!memcmp(t + m - 3, "\xef\xbc\x89", 3) || !memcmp(t + m - 3, "\xef\xbc\xbd", 3)))
        m -= 3, close = 1;
    if (close && m > 0 && t[m - 1] == ' ')
        m--;
    size_t ms;
    if (arg == SIGN_HASH) {
        if (m == 0 || t[m - 1] != '#' || close || m != hs)
            return;
        ms = m - 1;
    } else if (arg == SIGN_STAR) {
        if (m < 3 || memcmp(t + m - 3, "\xe2\x98", 2) != 0 ||
            ((unsigned char)t[m - 1] != 0x85 && (unsigned char)t[m - 1] != 0x86))
            return;
        ms = m - 3;
    } else {
        size_t n = strlen(atto[0]);
        if (m < n || memcmp(t + m - n, atto[0], n) != 0)
            return;
        ms = m - n;
    }
    size_t open, le = email_sign_back(t, ms, &open);
    if (open != (size_t)close)
        return; /* brackets come in pairs */
    if (arg == SIGN_HASH && le != ms)
        return; /* '#' only glued on both sides */
    if (!open && (le < ms) != (t[hs - 1] == ' '))
        return; /* without brackets, spaces on both sides or none: "yamada ★gmail.com" */
    size_t ls = le, llim = le > 64 ? le - 64 : 0;
    while (ls > llim && local_char((unsigned char)t[ls - 1]))
        ls--;
    while (ls < le && t[ls] == '.')
        ls++;
    if (ls == le || (ls > 0 && (t[ls - 1] == '/' || t[ls - 1] == '#' || t[ls - 1] == '@')))
        return; /* none, or a path or an anchor of a link */
    if (arg != SIGN_HASH) { /* a rating is no mailbox: "4.5 ★ Booking.com" (QQ's numbers are) */
        size_t k = ls;
        while (k < le && !is_alpha((unsigned char)t[k]))
            k++;
        if (k == le)
            return;
    }
    size_t last, de = domain_run(t, len, hs, &last);
    if (last == hs || !real_tld(t, last, de))
        return;
    /* '#' only before a webmail host; a star spaced on both sides too ("Follow us ★
     * instagram.com", "Rated ★ booking.com" are no addresses), glued only with a lowercase
     * letter in the local part ("SALE★Amazon.co.jp" is an advert) */
    if (arg == SIGN_STAR && !open) {
        if (le == ms ? !has_lower(t, ls, le) : !webmail_host(t, hs, de, webmail))
            return;
    } else if (arg == SIGN_HASH && !webmail_host(t, hs, de, webmail)) {
        return;
    }
    s->covered[ASKF__K_EMAIL] = (uint32_t)de;
    askf__pii_emit(s, ls, de, ASKF_PII_EMAIL);
}

/* ---------- digit-group runs shared by PHONE and CREDIT_CARD ---------- */

typedef struct dgroup {
    uint32_t s, e; /* byte range of the digits */
} dgroup;

#define MAX_GROUPS 64

/* A separator between two digit groups starting at i: returns its length or 0.
 * Accepts one of " - . /", NBSP, ") ", " (", "(", ")", "-(", ") -". */
static size_t sep_len(const char *t, size_t len, size_t i, int allow_paren)
{
    size_t k = i, n = 0;
    while (k < len && n < 4) {
        unsigned char c = (unsigned char)t[k];
        /* a full stop and a space end a sentence, not a group: "… +61 490 745 995. 2001:db8::1" */
        if (c == '.' && k + 1 < len && (t[k + 1] == ' ' || t[k + 1] == '\n'))
            break;
        if (c == ' ' || c == '-' || c == '.' || c == '/' || (allow_paren && (c == '(' || c == ')')))
            k++;
        else if (k + 1 < len && nbsp_at(t, k))
            k += 2;
        else
            break;
        n++;
    }
    if (k == i || k >= len || !is_digit((unsigned char)t[k]))
        return 0;
    return k - i;
}

/* ---------- PHONE ---------- */

/* Whether the ':' at t[c] ends a telephone URI scheme: "tel:", "sms:", "callto:". */
static int tel_uri_before(const char *t, size_t c)
{
    static const kw schemes[] = {KW("tel"), KW("sms"), KW("callto"), {NULL, 0}};
    char w[16];
    size_t wn = word_before(t, c + 1, 1, w, sizeof w);
    return wn && word_in(w, wn, schemes);
}

/* Whether the colon at c ends a vCard's TEL property, its parameters between
 * ("TEL;TYPE=CELL:+34-717-495-668", "item1.TEL;type=WORK,VOICE:…"): the line starts with
 * "TEL" (a group name and a dot before it allowed) and a ';' follows it. */
static int vcard_tel_before(const char *t, size_t c)
{
    size_t lim = c > 64 ? c - 64 : 0, ls = c, semi = SIZE_MAX;
    while (ls > lim && t[ls - 1] != '\n') {
        if (t[ls - 1] == ';')
            semi = ls - 1; /* the line's first ';' ends the property name */
        ls--;
    }
    if (semi == SIZE_MAX || (ls > 0 && t[ls - 1] != '\n') || semi - ls < 3)
        return 0; /* no parameters ("TEL:" is a tel_uri_before scheme), or a line too long */
    return (t[semi - 3] | 32) == 't' && (t[semi - 2] | 32) == 'e' && (t[semi - 1] | 32) == 'l' &&
           (semi - 3 == ls || t[semi - 4] == '.');
}

/* Whether the gap between the word before `at` and `at` has an abbreviation mark
 * ('.', ':', '#', 'º' or '°'), as in "No. 123", "no: 123", "Nº 123". */
static int abbrev_mark(const char *t, size_t at)
{
    for (size_t i = at, k = 0; i > 0 && k < 4 && !is_alnum((unsigned char)t[i - 1]); i--, k++) {
        unsigned char c = (unsigned char)t[i - 1];
        if (c == '.' || c == ':' || c == '#' || c == 0xBA || c == 0xB0)
            return 1;
    }
    return 0;
}

/* ---------- the label before a number: "Bestellnummer:", "Commande n°", "Заказ №" ---------- */

/* Bytes of one label-gap symbol ending at t[i - 1]: ASCII space or punctuation, NBSP, '°',
 * 'º', '№', en and em dash; 0 if t[i - 1] ends a letter, a digit or another character. */
static size_t gap_sym_back(const char *t, size_t i)
{
    unsigned char c = (unsigned char)t[i - 1];
    if (c < 0x80)
        return is_alnum(c) ? 0 : 1;
    if (i >= 2 && (unsigned char)t[i - 2] == 0xC2 && (c == 0xA0 || c == 0xB0 || c == 0xBA))
        return 2;
    if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 &&
        (((unsigned char)t[i - 2] == 0x84 && c == 0x96) ||
         ((unsigned char)t[i - 2] == 0x80 && (c == 0x93 || c == 0x94))))
        return 3;
    return 0;
}

/* Back from `at` over at most `max` bytes of gap symbols; returns where the gap starts. */
static size_t gap_back(const char *t, size_t at, size_t max)
{
    size_t i = at, n;
    while (i > 0 && at - i < max && (n = gap_sym_back(t, i)) != 0)
        i -= n;
    return i;
}

/* The word ending at `e` (ASCII letters and two-byte UTF-8 letters: Latin with diacritics,
 * Greek, Cyrillic, Hebrew, Arabic, ...), folded into w by askf__pii_fold_cp (the names'
 * folding: case, Latin diacritics, Greek accents, ё), so the keyword lists below are written
 * folded. Returns its length in bytes and its start in *ws; 0 when there is none or it is
 * longer than cap (then it is no keyword). */
static size_t label_word(const char *t, size_t e, char *w, size_t cap, size_t *ws)
{
    size_t i = e;
    while (i > 0) {
        unsigned char c = (unsigned char)t[i - 1];
        size_t j = i - 1;
        if (c >= 0x80) {
            /* two-byte letters only (U+00C0-U+07FF: Latin with diacritics, Greek,
             * Cyrillic, ...); CJK and other three-byte characters, glued on without a
             * space ("。Заказ", "，Commande"), end the word like punctuation */
            if (j == 0 || (unsigned char)t[j - 1] < 0xC3 || (unsigned char)t[j - 1] > 0xDF ||
                (c & 0xC0) != 0x80)
                break;
            j--;
        } else if (!is_alpha(c)) {
            break;
        }
        if (e - j > cap)
            return 0;
        i = j;
    }
    /* folding never lengthens a one- or two-byte letter, so n <= e - i <= cap */
    size_t n = 0;
    for (size_t k = i; k < e;) {
        if ((unsigned char)t[k] < 0x80) {
            w[n++] = (char)lower((unsigned char)t[k++]); /* what askf__pii_fold_cp gives a
                                                           * letter (a test checks), inline */
            continue;
        }
        uint32_t cp;
        char fb[4];
        int up;
        k += askf__utf8_decode(U8(t), e, k, &cp);
        size_t fn = askf__pii_fold_cp(cp, fb, &up);
        memcpy(w + n, fb, fn);
        n += fn;
    }
    *ws = i;
    return n;
}

static int starts_with(const char *w, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n >= m && memcmp(w, p, m) == 0;
}

static int ends_with(const char *w, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n >= m && memcmp(w + n - m, p, m) == 0;
}

static const kw phone_neg_words[] = {
    /* a firewall rule, a case file in Spanish and Portuguese, a case in Swedish ("ärende",
     * folded), a protocol number in Portuguese and Spanish */
    KW("rule"), KW("expediente"), KW("processo"), KW("arende"), KW("protocolo"),
    KW("order"), KW("ticket"), KW("invoice"), KW("ref"), KW("no"), KW("nr"), KW("case"), KW("tracking"), KW("id"), KW("account"), KW("acct"), KW("patent"), KW("isbn"), KW("sku"), KW("serial"), KW("po"), KW("issue"), KW("pr"), KW("bug"), KW("build"), KW("version"), KW("release"), KW("model"), KW("part"), KW("item"), KW("booking"), KW("flight"), KW("receipt"), KW("txn"), KW("transaction"), KW("confirmation"), KW("bestellung"), KW("commande"), KW("pedido"), KW("ordine"), KW("rechnung"), KW("facture"), KW("factura"), KW("kundennummer"), KW("bestelling"), KW("factuur"), KW("fattura"), KW("reference"), KW("referencia"), KW("riferimento"), KW("referenz"), KW("reserva"), KW("customer"), KW("member"), KW("employee"), KW("route"), KW("zip"), KW("postcode"),
    /* order and invoice in Polish, Turkish, Greek, Arabic, Hebrew, folded as label_word folds
     * them: zamówienie, zamówienia, sipariş, siparişi, siparişiniz, faturası, παραγγελία,
     * παραγγελίας, τιμολόγιο */
    KW("zamowienie"), KW("zamowienia"), KW("faktura"), KW("faktury"), KW("siparis"), KW("siparisi"), KW("siparisiniz"), KW("fatura"), KW("faturasi"), KW("παραγγελια"), KW("παραγγελιασ"), KW("τιμολογιο"), KW("الطلب"), KW("طلب"), KW("طلبك"), KW("فاتورة"), KW("الفاتورة"), KW("הזמנה"), KW("ההזמנה"), KW("חשבונית"),
    /* order, invoice, ticket in Swedish, Danish/Norwegian, Finnish, Czech, Romanian,
     * Hungarian, Indonesian, Polish, Turkish (folded: "Beställning", "objednávka",
     * "rendelés", "számla", "zgłoszenie") */
    KW("bestallning"), KW("bestilling"), KW("tilaus"), KW("objednavka"), KW("comanda"), KW("rendeles"), KW("szamla"), KW("pesanan"), KW("faktur"), KW("tiket"), KW("zgloszenie"), KW("talep"),
    /* service-desk request prefixes ("SR 1-8821249302", "REQ 4471-2290") */
    KW("sr"), KW("req"), KW("ritm"), KW("chg"), KW("tkt"),
    /* an incident or a ticket in English, Spanish, Italian, Portuguese; a reply's subject
     * ("Re: 280 822 0228"); the title of a Polish bank transfer ("tytuł 0122-1528-03",
     * folded) */
    KW("incident"), KW("incidencia"), KW("incidente"), KW("segnalazione"), KW("chamado"), KW("re"),
    KW("tytul"),
    /* flight in Italian, Spanish, Portuguese, German, French; German abbreviated numbers
     * ("Bestellnr. 9558-440890": order, invoice, customer, job number) */
    KW("volo"), KW("vuelo"), KW("voo"), KW("flug"), KW("vol"), KW("bestellnr"), KW("rechnungsnr"),
    KW("kundennr"), KW("auftragsnr"),
    /* a case or file number: German "Vorgang", French "dossier" */
    KW("vorgang"), KW("dossier"),
    /* Brazil's invoice, "Nota fiscal nº 3949 209 040" (the word before the abbreviation) */
    KW("fiscal"),
    /* Polish shipment, parcel and order ("Numer przesyłki", "numer zamówienia", folded) */
    KW("przesylki"), KW("paczki"), KW("zamowienia"),
    /* a booking, a parcel's tracking, a service protocol in Italian, French, German, Dutch,
     * Turkish, Polish, Portuguese, Spanish ("Codice prenotazione", "Référence de réservation",
     * "Numéro de suivi", "Kargo takip no", "Código de rastreio", "Protocolo de atendimento") */
    KW("prenotazione"), KW("reservation"), KW("reservierung"), KW("buchung"), KW("boeking"),
    KW("rezervasyon"), KW("rezerwacji"), KW("suivi"), KW("rastreio"), KW("rastreamento"),
    KW("seguimiento"), KW("takip"), KW("sendungsverfolgung"), KW("tracciamento"),
    KW("atendimento"), KW("trace"), {NULL, 0}};

static const kw phone_ctx_words[] = {KW("tel"), KW("phone"), KW("call"), KW("text"), KW("mobile"), KW("cell"), KW("whatsapp"), KW("fax"), KW("ring"), KW("reach"), KW("contact"), KW("telefon"), KW("handy"), KW("telephone"), KW("portable"), KW("telefono"), KW("telefone"), KW("celular"), KW("movil"), KW("cellulare"), KW("bel"), KW("sms"), KW("dial"), KW("number"), KW("nummer"), KW("numero"), KW("mob"), KW("ph"),
    /* call, mobile, phone in Polish (folded: "Zadzwoń", "komórka"), Indonesian ("Hubungi"
     * contact, "telepon", "telp"), Swahili ("simu" phone, "piga" call) */
    KW("zadzwon"), KW("komorka"), KW("hubungi"), KW("telepon"), KW("telp"), KW("simu"), KW("piga"),
    /* Polish "Kontakt", "numer" (my number), "telefonicznie" (by phone) */
    KW("kontakt"), KW("numer"), KW("telefonicznie"),
    /* Dutch, Turkish ("Cep" mobile), Portuguese, Spanish, French, Italian "call" verbs,
     * Vietnamese ("SĐT", Zalo) as folded labels, Russian and Ukrainian labels
     * (folded: "Телефон", "Тел.", "Моб.", "Мобильный", "Позвоните", "Звоніть") */
    KW("mobiel"), KW("cep"), KW("ligue"), KW("ligar"), KW("llama"), KW("llamar"), KW("llamanos"),
    KW("appelez"), KW("appeler"), KW("appelle"), KW("chiama"), KW("chiamare"), KW("chiamami"),
    KW("sdt"), KW("zalo"), KW("телефон"), KW("тел"), KW("моб"), KW("мобильныи"),
    KW("мобільнии"), KW("позвоните"), KW("звоните"), KW("звоніть"), KW("телефону"),
    /* the office line and the landline ("Office: 6917696952 · Mobile: …") */
    KW("office"), KW("landline"), KW("oficina"), KW("ufficio"),
    /* the verbs as inflected ("someone called from …", "texted me from …"); Portuguese
     * "me chama no …", "liga pra …" */
    KW("called"), KW("calling"), KW("calls"), KW("texted"), KW("texting"), KW("rang"),
    KW("chama"), KW("liga"), {NULL, 0}};

/* -1 when the (folded) word names an order, ticket, invoice or other non-phone number;
 * +1 when it names a phone; 0 otherwise.
 * - German (and Dutch) compounds in "-nummer" name what is numbered: "Bestellnummer",
 *   "Vorgangsnummer", "Rechnungsnummer", "Kundennummer" are not phones, unless the stem is
 *   a phone word: "Telefonnummer", "Handynummer", "Rufnummer", "Faxnummer", ...
 * - Cyrillic (case-folded above): "заказ" (order, any ending: "заказа" as in "Номер
 *   заказа"), "счёт"/"счет" (invoice, account), "билет" (ticket). */
static int label_class(const char *w, size_t n)
{
    static const char *const phone_stems[] = {
        "telefon", "telefoon", "handy", "ruf", "mobil", "mobiel", "funk", "fax", "festnetz",
        "durchwahl", "kontakt", "service", "hotline", "whatsapp", "sms", "gsm", "notfall", NULL};
    static const char *const cyr_neg[] = {"\xd0\xb7\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb7" /* заказ */,
                                          "\xd1\x81\xd1\x87\xd0\xb5\xd1\x82" /* счет, счёт */,
                                          "\xd0\xb1\xd0\xb8\xd0\xbb\xd0\xb5\xd1\x82" /* билет */,
                                          "\xd0\xb7\xd0\xb0\xd0\xbc\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd" /* замовлен (uk order) */,
                                          "\xd1\x80\xd0\xb0\xd1\x85\xd1\x83\xd0\xbd\xd0\xbe\xd0\xba" /* рахунок (uk invoice) */,
                                          "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xba" /* заявк (request, ticket) */,
                                          "\xd0\xbe\xd0\xb1\xd1\x80\xd0\xb0\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8" /* обращени */,
                                          "\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbd\xd0\xb5\xd0\xbd" /* звернен (uk) */,
                                          "\xd1\x82\xd1\x80\xd0\xb5\xd0\xba" /* трек (трек-номер, tracking) */,
                                          NULL};
    if (n == 2 && (memcmp(w, "no", 2) == 0 || memcmp(w, "nr", 2) == 0))
        return 0; /* an abbreviation itself, or the word "no": the caller's rule */
    if (word_in(w, n, phone_neg_words) || word_in(w, n, version_words))
        return -1;
    if (word_in(w, n, phone_ctx_words))
        return 1;
    if (n > 6 && ends_with(w, n, "nummer")) {
        size_t sn = n - 6;
        if (sn == 3 && memcmp(w, "tel", 3) == 0)
            return 1;
        for (size_t k = 0; phone_stems[k]; k++)
            if (ends_with(w, sn, phone_stems[k]))
                return 1;
        return -1;
    }
    if ((unsigned char)w[0] == 0xD0 || (unsigned char)w[0] == 0xD1)
        for (size_t k = 0; cyr_neg[k]; k++)
            if (starts_with(w, n, cyr_neg[k]))
                return -1;
    return 0;
}

/* Company and tax identifiers: the number after such a label is no phone and no SSN. The
 * label is the word right before the number (separators ':', '.', '#', '-', '/', '(' and
 * spaces between), looking through a two-letter country code as written ("USt-IdNr. DE
 * 123456789", "TVA FR 40 303 265 045") and an abbreviation of "number" ("Company no.",
 * "registration number", "KvK-nummer"). Letters only, folded: "USt-IdNr." reads "ustidnr",
 * "Reg.-Nr." "regnr". The weak labels (company, registration, registered, reg) count only
 * with the abbreviation ("call the company: 0203 …" stays a phone). A data table. */
static const kw company_labels[] = {KW("vat"), KW("vatin"), KW("vatno"), KW("vatnr"), KW("vatreg"), KW("ust"), KW("ustid"), KW("ustidnr"), KW("ustnr"), KW("steuernr"), KW("steuernummer"), KW("stnr"), KW("mwst"), KW("mwstnr"), KW("uid"), KW("uidnr"), KW("tva"), KW("iva"), KW("piva"), KW("btw"), KW("btwnr"), KW("ein"), KW("fein"), KW("tin"), KW("itin"), KW("abn"), KW("acn"), KW("arbn"), KW("kvk"), KW("kvknr"), KW("kvknummer"), KW("hrb"), KW("hra"), KW("siren"), KW("siret"), KW("rcs"), KW("cin"), KW("cnpj"), KW("cpf"), KW("gstin"), KW("gst"), KW("uen"), KW("duns"), KW("crn"), KW("nzbn"), KW("kbo"), KW("nip"), KW("regon"), KW("krs"), KW("ico"), KW("dic"), KW("inn"), KW("ogrn"), KW("kpp"), KW("nif"), KW("cif"), KW("regnr"), KW("registernr"), KW("handelsregister"), KW("registergericht"), KW("amtsgericht"), KW("firmenbuch"), KW("fn"), KW("ondernemingsnummer"), KW("rsin"), KW("orgnr"), KW("cvr"), KW("ytunnus"), KW("lei"), KW("intracom"), KW("intracommunautaire"), {NULL, 0}};
static const kw company_weak[] = {KW("company"), KW("registration"), KW("registered"), KW("reg"), KW("companies"), KW("business"), KW("firm"), KW("tax"), {NULL, 0}};
static const kw number_abbrevs[] = {KW("no"), KW("nr"), KW("n"), KW("num"), KW("number"), KW("nummer"), KW("numero"), KW("numer"), KW("id"), KW("code"), {NULL, 0}};

static size_t idlabel_gap_back(const char *t, size_t p)
{
    size_t k = 0;
    while (p > 0 && k < 5) {
        unsigned char c = (unsigned char)t[p - 1];
        if (c == ' ' || c == ':' || c == '.' || c == '#' || c == '-' || c == '/' || c == '(')
            p--;
        else if (p >= 2 && (unsigned char)t[p - 2] == 0xC2 && (c == 0xA0 || c == 0xB0 || c == 0xBA))
            p -= 2; /* NBSP, n°, nº */
        else
            break;
        k++;
    }
    return p;
}

/* The letters of the word ending at p (with '.' and '-' inside it), folded, into w. */
static size_t idlabel_word_back(const char *t, size_t p, char *w, size_t cap, size_t *ws)
{
    size_t i = p, n = 0;
    while (i > 0 && p - i < 24 && (is_alpha((unsigned char)t[i - 1]) ||
                                   ((t[i - 1] == '.' || t[i - 1] == '-') && i >= 2 &&
                                    is_alpha((unsigned char)t[i - 2]))))
        i--;
    if (i > 0 && (is_alnum((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80))
        return 0;
    for (size_t k = i; k < p && n < cap; k++)
        if (is_alpha((unsigned char)t[k]))
            w[n++] = (char)lower((unsigned char)t[k]);
    *ws = i;
    return n;
}

/* Whether the n letters at t[ws] are all capitals: a label of three letters or fewer names a
 * company identifier only so written ("TIN", "EIN", "CIN"; "Thông tin" is "information",
 * "fn" a function) or with a dot or hyphen inside ("USt-IdNr.", read as one word). */
static int upper_word(const char *t, size_t ws, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(t[ws + i] >= 'A' && t[ws + i] <= 'Z'))
            return 0;
    return 1;
}

static int company_label_before(const char *t, size_t at)
{
    size_t p = idlabel_gap_back(t, at);
    int abbrev = 0;
    for (int round = 0; round < 3 && p < at + 1; round++) {
        char w[24];
        size_t ws, n = idlabel_word_back(t, p, w, sizeof w, &ws);
        if (!n || n >= sizeof w)
            return 0;
        if (word_in(w, n, company_labels))
            return n > 3 || p - ws > n || upper_word(t, ws, n);
        if (abbrev && word_in(w, n, company_weak))
            return 1;
        if (n == 5 && memcmp(w, "house", 5) == 0) { /* "Companies House" */
            size_t ws2, n2 = idlabel_word_back(t, idlabel_gap_back(t, ws), w, sizeof w, &ws2);
            return n2 == 9 && memcmp(w, "companies", 9) == 0;
        }
        if (word_in(w, n, number_abbrevs))
            abbrev = 1;
        else if (!(n == 2 && p - ws == 2 && t[ws] >= 'A' && t[ws] <= 'Z' && t[ws + 1] >= 'A' &&
                   t[ws + 1] <= 'Z'))
            return 0; /* neither a country code nor "number" */
        p = idlabel_gap_back(t, ws);
    }
    return 0;
}

/* The label right before a number at `at`, looking through one abbreviation of "number"
 * between them: "Commande n° …", "Ordine n. …", "Pedido nº …", "Bestellung Nr. …",
 * "Order No. …", "Заказ № …", "Order # …", and also "Tel. Nr. …", "Telefon-Nr. …". The
 * abbreviations are the words "nr", "nro", "num" (with or without a mark), "n" and "no"
 * with a mark after them ('.', ':', '°', 'º'; bare "no" is a word), and the symbols '№' and
 * '#' in the gap. Returns label_class() of the word before the abbreviation (or of the word
 * right before, when there is none). */
static int number_label(const char *t, size_t at)
{
    char w[64];
    size_t ws, e = gap_back(t, at, 8);
    size_t n = label_word(t, e, w, sizeof w, &ws);
    if (!n)
        return 0;
    int mark = 0;
    for (size_t i = e; i < at; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '.' || c == ':' || c == '#' || c == 0xB0 || c == 0xBA)
            mark = 1;
    }
    int abbrev = (n == 2 && memcmp(w, "nr", 2) == 0) || (n == 3 && memcmp(w, "nro", 3) == 0) ||
                 (n == 3 && memcmp(w, "num", 3) == 0) ||
                 (mark && ((n == 1 && w[0] == 'n') || (n == 2 && memcmp(w, "no", 2) == 0)));
    if (abbrev) {
        e = gap_back(t, ws, 4);
        if (e == ws)
            return 0;
        n = label_word(t, e, w, sizeof w, &ws);
        if (!n)
            return 0;
        /* "my number": a possessive before the abbreviation names one's own phone ("meine nr:
         * 030 …", "my no. 0171 …", "mi núm. …"); nobody writes "my order no." so in chat */
        static const kw mine[] = {KW("my"), KW("mein"), KW("meine"), KW("meiner"), KW("unsere"),
                                  KW("unser"), KW("mi"), KW("mio"), KW("mia"), KW("meu"),
                                  KW("minha"), KW("mon"), KW("mijn"), KW("moj"), KW("moje"),
                                  {NULL, 0}};
        if (word_in(w, n, mine))
            return 1;
    }
    if (n == 4 && memcmp(w, "hang", 4) == 0 && ws >= 2 && t[ws - 1] == ' ') {
        /* Vietnamese "Đơn hàng" (order), "Mã đơn hàng" (order number) */
        char w2[8];
        size_t ws2, n2 = label_word(t, ws - 1, w2, sizeof w2, &ws2);
        if (n2 == 3 && memcmp(w2, "don", 3) == 0)
            return -1;
    }
    if (n == 3 && memcmp(w, "don", 3) == 0 && ws >= 2 && t[ws - 1] == ' ') {
        /* Vietnamese "Mã đơn" (order code) */
        char w2[8];
        size_t ws2, n2 = label_word(t, ws - 1, w2, sizeof w2, &ws2);
        if (n2 == 2 && memcmp(w2, "ma", 2) == 0)
            return -1;
    }
    int cls = label_class(w, n);
    if (cls == 0 && ws >= 2 && t[ws - 1] == '-') {
        /* a compound joined by a hyphen names its number by its first word ("Track &
         * trace-code 556.904.4026", "Трек-номер 0959572069") */
        char w2[64];
        size_t ws2, n2 = label_word(t, ws - 1, w2, sizeof w2, &ws2);
        if (n2)
            cls = label_class(w2, n2);
    }
    return cls;
}

/* Whether text of another script right before `at` (an optional ':', '：' or space between,
 * and a word for "number" before that) names an order, invoice, reference, patent, ticket or
 * case number: "订单号" (order no.), "单号", "编号" (serial no.), "发票" (invoice), "注文"
 * (order, ja), Korean "주문", "주문번호", Hindi "ऑर्डर", "टिकट नंबर", Arabic "التذكرة رقم", …
 * (the list below). These are words keyword_near and label_word cannot read (no spaces, or
 * three-byte letters, or a script's own number word). "手机号" (mobile no.) and "電話番号"
 * (phone no.) are not in the list. Identifier labels of such scripts are
 * askf__pii_id_phrases. */
static int cjk_order_before(const char *t, size_t at)
{
    static const char *const words[] = {"\xe5\x8d\x95\xe5\x8f\xb7" /* 单号 */,
                                        "\xe7\xbc\x96\xe5\x8f\xb7" /* 编号 */,
                                        "\xe8\xae\xa2\xe5\x8d\x95" /* 订单 */,
                                        "\xe5\x8f\x91\xe7\xa5\xa8" /* 发票 */,
                                        /* an invoice number: Chinese 发票号, 發票, Japanese
                                         * 請求書, 請求書番号, Hindi इनवॉइस (also "इनवॉइस नंबर") */
                                        "\xe5\x8f\x91\xe7\xa5\xa8\xe5\x8f\xb7" /* 发票号 */,
                                        "\xe7\x99\xbc\xe7\xa5\xa8" /* 發票 */,
                                        "\xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8" /* 請求書 */,
                                        "\xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8\xe7\x95\xaa\xe5\x8f\xb7" /* 請求書番号 */,
                                        "\xe0\xa4\x87\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa5\x89\xe0\xa4\x87\xe0\xa4\xb8" /* इनवॉइस */,
                                        "\xe6\xb3\xa8\xe6\x96\x87" /* 注文 */,
                                        "\xe6\xb3\xa8\xe6\x96\x87\xe7\x95\xaa\xe5\x8f\xb7" /* 注文番号 */,
                                        "\xec\xa3\xbc\xeb\xac\xb8" /* 주문 (order, ko) */,
                                        "\xec\xa3\xbc\xeb\xac\xb8\xeb\xb2\x88\xed\x98\xb8" /* 주문번호 */,
                                        "\xe0\xa4\x91\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa1\xe0\xa4\xb0" /* ऑर्डर (hi) */,
                                        "\xe0\xa6\x85\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa1\xe0\xa6\xbe\xe0\xa6\xb0" /* অর্ডার (bn) */,
                                        "\xe5\xb7\xa5\xe5\x8d\x95" /* 工单 (work order, ticket) */,
                                        /* a booking, a waybill, an invoice's number: Korean
                                         * 예약번호, 송장번호, Japanese 予約番号, 追跡番号,
                                         * Chinese 发票号码 */
                                        "\xec\x98\x88\xec\x95\xbd\xeb\xb2\x88\xed\x98\xb8" /* 예약번호 */,
                                        "\xec\x86\xa1\xec\x9e\xa5\xeb\xb2\x88\xed\x98\xb8" /* 송장번호 */,
                                        "\xe4\xba\x88\xe7\xb4\x84\xe7\x95\xaa\xe5\x8f\xb7" /* 予約番号 */,
                                        "\xe8\xbf\xbd\xe8\xb7\xa1\xe7\x95\xaa\xe5\x8f\xb7" /* 追跡番号 */,
                                        "\xe5\x8f\x91\xe7\xa5\xa8\xe5\x8f\xb7\xe7\xa0\x81" /* 发票号码 */,
                                        /* patent publications and applications: Japanese 特開 (laid open),
                                         * 特表, 特公, 特許, 特願, 実開, 再表; Chinese 专利, 專利; Korean 특허 */
                                        "\xe7\x89\xb9\xe9\x96\x8b" /* 特開 */,
                                        "\xe7\x89\xb9\xe8\xa1\xa8" /* 特表 */,
                                        "\xe7\x89\xb9\xe5\x85\xac" /* 特公 */,
                                        "\xe7\x89\xb9\xe8\xa8\xb1" /* 特許 */,
                                        "\xe7\x89\xb9\xe9\xa1\x98" /* 特願 */,
                                        "\xe5\xae\x9f\xe9\x96\x8b" /* 実開 */,
                                        "\xe5\x86\x8d\xe8\xa1\xa8" /* 再表 */,
                                        "\xe4\xb8\x93\xe5\x88\xa9" /* 专利 */,
                                        "\xe5\xb0\x88\xe5\x88\xa9" /* 專利 */,
                                        "\xed\x8a\xb9\xed\x97\x88" /* 특허 */,
                                        "\xe0\xb8\x84\xe0\xb8\xb3\xe0\xb8\xaa\xe0\xb8\xb1\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x8b\xe0\xb8\xb7\xe0\xb9\x89\xe0\xb8\xad" /* คำสั่งซื้อ (th order) */,
                                        /* a support case or inquiry number: Korean 문의번호,
                                         * Japanese 問い合わせ番号, Thai เลขที่เรื่อง, Arabic
                                         * التذكرة (the ticket), Hindi टिकट */
                                        "\xeb\xac\xb8\xec\x9d\x98\xeb\xb2\x88\xed\x98\xb8",
                                        "\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88\xe3\x82\x8f\xe3\x81\x9b\xe7\x95\xaa\xe5\x8f\xb7",
                                        "\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82\xe0\xb8\x97\xe0\xb8\xb5\xe0\xb9\x88\xe0\xb9\x80\xe0\xb8\xa3\xe0\xb8\xb7\xe0\xb9\x88\xe0\xb8\xad\xe0\xb8\x87",
                                        "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb0\xd9\x83\xd8\xb1\xd8\xa9",
                                        "\xe0\xa4\x9f\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa4\x9f",
                                        /* Bengali টিকিট, Tamil டிக்கெட் (ticket), Hebrew
                                         * פנייה (inquiry), Greek αίτημα (request) */
                                        "\xe0\xa6\x9f\xe0\xa6\xbf\xe0\xa6\x95\xe0\xa6\xbf\xe0\xa6\x9f",
                                        "\xe0\xae\x9f\xe0\xae\xbf\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xaf\x86\xe0\xae\x9f\xe0\xaf\x8d",
                                        "\xd7\xa4\xd7\xa0\xd7\x99\xd7\x99\xd7\x94",
                                        "\xce\xb1\xce\xaf\xcf\x84\xce\xb7\xce\xbc\xce\xb1",
                                        /* a case: Hindi केस (also "केस नंबर"), Japanese
                                         * ケース番号 */
                                        "\xe0\xa4\x95\xe0\xa5\x87\xe0\xa4\xb8",
                                        "\xe3\x82\xb1\xe3\x83\xbc\xe3\x82\xb9\xe7\x95\xaa\xe5\x8f\xb7",
                                        /* an order: Arabic الطلب, Hebrew הזמנה (also with a
                                         * prefix: "להזמנה") */
                                        "\xd8\xa7\xd9\x84\xd8\xb7\xd9\x84\xd8\xa8",
                                        "\xd7\x94\xd7\x96\xd7\x9e\xd7\xa0\xd7\x94",
                                        NULL};
    /* a word for "number" between the label and the number: Arabic رقم, Hindi नंबर,
     * Bengali নম্বর, Tamil எண், Hebrew מס' and מס׳ ("التذكرة رقم …", "टिकट नंबर …") */
    static const char *const num_words[] = {"\xd8\xb1\xd9\x82\xd9\x85",
                                            "\xe0\xa4\xa8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0",
                                            "\xe0\xa6\xa8\xe0\xa6\xae\xe0\xa7\x8d\xe0\xa6\xac\xe0\xa6\xb0",
                                            "\xe0\xae\x8e\xe0\xae\xa3\xe0\xaf\x8d",
                                            "\xd7\x9e\xd7\xa1'", "\xd7\x9e\xd7\xa1\xd7\xb3",
                                            "\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8" /* מספר */, NULL};
    size_t e = at;
    if (e >= 3 && memcmp(t + e - 3, "\xef\xbc\x9a", 3) == 0) /* fullwidth colon */
        e -= 3;
    else
        while (e > 0 && at - e < 2 && (t[e - 1] == ':' || t[e - 1] == ' ' || t[e - 1] == '#'))
            e--;
    /* Vietnamese "Mã yêu cầu" (request code): its last letter is ASCII */
    static const char yeu_cau[] = "y\xc3\xaau c\xe1\xba\xa7u";
    /* and "đơn hàng số" (order number) */
    static const char hang_so[] = "h\xc3\xa0ng s\xe1\xbb\x91";
    if (e >= sizeof yeu_cau - 1 && memcmp(t + e - (sizeof yeu_cau - 1), yeu_cau, sizeof yeu_cau - 1) == 0)
        return 1;
    if (e >= sizeof hang_so - 1 && memcmp(t + e - (sizeof hang_so - 1), hang_so, sizeof hang_so - 1) == 0)
        return 1;
    if (e < 6 || ((unsigned char)t[e - 1] < 0x80 && t[e - 1] != '\''))
        return 0;
    for (size_t k = 0; num_words[k]; k++) {
        size_t n = strlen(num_words[k]);
        if (e > n && memcmp(t + e - n, num_words[k], n) == 0 && t[e - n - 1] == ' ') {
            e -= n + 1;
            break;
        }
    }
    if (e < 6 || (unsigned char)t[e - 1] < 0x80)
        return 0;
    for (size_t k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (e >= n && memcmp(t + e - n, words[k], n) == 0)
            return 1;
    }
    return 0;
}

static int email_before(const char *t, size_t start, int need_sep);

/* The groups before the number go back to "1Z" (a UPS tracking number written in groups:
 * "1Z Y2M S8E 66 3404 0412"), each a run of up to six letters and digits after one space. */
static int ups_tracking_before(const char *t, size_t start)
{
    size_t i = start;
    for (int g = 0; g < 5; g++) {
        if (i < 3 || t[i - 1] != ' ')
            return 0;
        size_t e = i - 1, b = e;
        while (b > 0 && is_alnum((unsigned char)t[b - 1]) && e - b < 7)
            b--;
        if (b == e || e - b > 6 || (b > 0 && is_alnum((unsigned char)t[b - 1])))
            return 0;
        if (e - b == 2 && t[b] == '1' && (t[b + 1] | 32) == 'z')
            return 1;
        i = b;
    }
    return 0;
}

/* A '|' (spaces around it) right before the number: a field separator in a contact
 * line ("… (dot) co (dot) id | +62 21 …"), so the word before it labels another field. */
/* A complete, valid IBAN ending right before the space at t[p] ("IBAN ES09 4722 … 1644 (416)
 * 867-1162"): the digits before a number are then another field's, not its first groups. */
static int iban_ends_before(const char *t, size_t p)
{
    size_t k = p;
    while (k > 0 && p - k < 42 && (is_upper_alnum((unsigned char)t[k - 1]) || t[k - 1] == ' '))
        k--;
    for (size_t j = k; j + 4 < p; j++) {
        if (!(t[j] >= 'A' && t[j] <= 'Z' && t[j + 1] >= 'A' && t[j + 1] <= 'Z' &&
              is_digit((unsigned char)t[j + 2]) && is_digit((unsigned char)t[j + 3])) ||
            (j > 0 && is_alnum((unsigned char)t[j - 1])))
            continue;
        char c[34];
        size_t n = 0;
        for (size_t i = j; i < p && n < sizeof c; i++)
            if (t[i] != ' ')
                c[n++] = t[i];
        if (askf__iban_ok(c, n))
            return 1;
    }
    return 0;
}

/* An IPv6 address at t[q] (a group of up to four hex digits and its colon): the next token
 * after a number, not more of its digits ("+55 (61) 98206-7878 2804:7716:…"). */
static int ipv6_at(const char *t, size_t len, size_t q)
{
    size_t h = q;
    while (h < len && h - q < 5 && is_hex((unsigned char)t[h]))
        h++;
    return h > q && h - q <= 4 && h + 1 < len && t[h] == ':' &&
           (is_hex((unsigned char)t[h + 1]) || t[h + 1] == ':');
}

static int pipe_before(const char *t, size_t start)
{
    size_t i = start;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    /* (also a slash spaced on both sides: "… [dot] co [dot] id / +62 …") */
    return i > 0 && (t[i - 1] == '|' || (t[i - 1] == '/' && i < start && i >= 2 && t[i - 2] == ' '));
}

/* A phone word of a non-Latin script in the 40 bytes before a number (keyword_near reads ASCII
 * words only, label_word only the word right before and no three-byte letters): Hindi "फ़ोन", "फोन", "मोबाइल", "संपर्क" (contact),
 * "कॉल", Bengali "ফোন", "মোবাইল", "যোগাযোগ", Thai "โทร", Chinese "电话", "電話", "手机",
 * "手機", "联系", "聯繫", "微信", Japanese "携帯", "連絡先", "問い合わせ", Korean "전화", "연락처",
 * "휴대폰" ("संपर्क करें: 9850594001", "电话 0755 1234 5678"). */
static int script_phone_before(const char *t, size_t at)
{
    static const char *const words[] = {
        "फ़ोन", "फोन", "मोबाइल", "संपर्क", "कॉल", "ফোন", "মোবাইল", "যোগাযোগ", "โทร", "电话", "電話",
        "手机", "手機", "联系", "聯繫", "微信", "携帯", "連絡先", "問い合わせ", "전화", "연락처",
        "휴대폰",
        /* two-byte scripts, in the window too (the label path reads only the word right
         * before): Arabic "اتصل" (call), "هاتف", "جوال", "واتساب", Hebrew "טלפון", "נייד",
         * "התקשר" (call), Russian/Ukrainian "звон" (звоните, позвоните, звоніть) */
        "اتصل", "هاتف", "جوال", "واتساب", "טלפון", "נייד", "התקשר", "звон", "Звон",
        /* Vietnamese "(Điện) thoại" (telephone), "Liên hệ" (contact), "Gọi" (call), a
         * three-byte letter in each; Polish "Dzwoń" (call), which keyword_near reads as
         * "dzwo" */
        "thoại", "Thoại", "Liên hệ", "liên hệ", "LIÊN HỆ", "Gọi", "gọi", "Dzwoń", "dzwoń", NULL};
    size_t from = at > 40 ? at - 40 : 0, i = from;
    while (i < at && (unsigned char)t[i] < 0xC0)
        i++;
    if (i == at)
        return 0; /* no non-ASCII character in the window: the common case, at once */
    for (size_t k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        for (size_t i = from; i + n <= at; i++)
            if ((unsigned char)t[i] == (unsigned char)words[k][0] && !memcmp(t + i, words[k], n))
                return 1;
    }
    return 0;
}

/* "WA: 0812…" (WhatsApp), "HP: 0812…" (Indonesian and Malay "handphone"): labels of a phone
 * only as written, in capitals, right before the number (a colon and spaces between); the
 * lowercase words are others ("wa" is Swahili "of"). */
static int upper_label_before(const char *t, size_t at)
{
    size_t p = at;
    while (p > 0 && at - p < 3 && (t[p - 1] == ' ' || t[p - 1] == ':'))
        p--;
    if (p == at || p < 2 ||
        (p > 2 && (is_alnum((unsigned char)t[p - 3]) || (unsigned char)t[p - 3] >= 0x80)))
        return 0;
    return (t[p - 2] == 'W' && t[p - 1] == 'A') || (t[p - 2] == 'H' && t[p - 1] == 'P');
}

/* A call word right after the number, one short word (a postposition or preposition of two
 * or three letters) allowed between: Hindi-English "9876543210 pe call karein", "… par call
 * karo", "… on WhatsApp", "0123456789 call me". */
static int call_word_after(const char *t, size_t len, size_t end)
{
    static const kw words[] = {KW("call"), KW("whatsapp"), KW("sms"), KW("text"), KW("ring"), {NULL, 0}};
    size_t q = end;
    for (int pass = 0; pass < 2; pass++) {
        if (q >= len || t[q] != ' ')
            return 0;
        q++;
        size_t w0 = q;
        while (q < len && is_alpha((unsigned char)t[q]) && q - w0 < 12)
            q++;
        size_t n = q - w0;
        if (n == 0 || (q < len && is_alnum((unsigned char)t[q])))
            return 0;
        char w[12];
        for (size_t k = 0; k < n; k++)
            w[k] = (char)lower((unsigned char)t[w0 + k]);
        if (word_in(w, n, words))
            return 1;
        if (n > 3)
            return 0;
    }
    return 0;
}

/* "2024/S " right before: the series S of the EU's tender notices, after the year. */
static int ted_notice_before(const char *t, size_t start)
{
    return start >= 7 && t[start - 1] == ' ' && t[start - 2] == 'S' && t[start - 3] == '/' &&
           is_digit((unsigned char)t[start - 4]) && is_digit((unsigned char)t[start - 5]) &&
           is_digit((unsigned char)t[start - 6]) && is_digit((unsigned char)t[start - 7]);
}

/* "conf. no ", "Conf. No. ", "conf no " right before: a booking's confirmation number; also
 * an order, ticket or case word and a bare "no" ("talep no …"; the bare "no" alone is a word,
 * "me chama no …"). */
static int conf_no_before(const char *t, size_t start)
{
    char w[16];
    size_t ws, p = start;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p > 0 && t[p - 1] == '.')
        p--;
    if (label_word(t, p, w, sizeof w, &ws) != 2 || memcmp(w, "no", 2) != 0 || ws == 0 ||
        t[ws - 1] != ' ')
        return 0;
    p = ws;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '.'))
        p--;
    size_t n = label_word(t, p, w, sizeof w, &ws);
    return (n == 4 && memcmp(w, "conf", 4) == 0) || (n && word_in(w, n, phone_neg_words));
}

/* Whether t[i] ends a field of a table row: sep (',', ';' or a tab, outside double quotes
 * when *q tracks them), or with sep ' ' the first of two spaces or more. */
static int field_sep_at(const char *t, size_t ls, size_t i, size_t le, char sep, int *q)
{
    if (sep != ' ') {
        if (t[i] == '"')
            *q = !*q;
        return !*q && t[i] == sep;
    }
    return t[i] == ' ' && i + 1 < le && t[i + 1] == ' ' && (i == ls || t[i - 1] != ' ');
}

/* The field of line position p in a table row [ls, p): how many separators come before p
 * (the row's indentation is no separator, as the header's is not). */
static size_t table_field(const char *t, size_t ls, size_t p, char sep)
{
    size_t f = 0;
    int q = 0;
    while (ls < p && t[ls] == ' ')
        ls++;
    for (size_t i = ls; i < p; i++)
        f += field_sep_at(t, ls, i, p, sep, &q) != 0;
    return f;
}

/* Whether the line [hs, le) can be a table's header: no digit, no sentence end (". ", '!',
 * '?': prose is no header), and two field separators or more (three columns). */
static int header_line(const char *t, size_t hs, size_t le, char sep)
{
    size_t seps = 0;
    int q = 0;
    for (size_t i = hs; i < le; i++) {
        if (is_digit((unsigned char)t[i]) || t[i] == '!' || t[i] == '?' ||
            (t[i] == '.' && i + 1 < le && t[i + 1] == ' '))
            return 0;
        seps += (i > hs || sep != ' ') && field_sep_at(t, hs, i, le, sep, &q);
    }
    return seps >= 2;
}

/* The header of the table whose row starts at ls: the nearest line above without digits (30
 * lines back at most, 2 KB at most, no blank line between), if it can be a header; [*hs, *le)
 * (0: none). The scratch keeps the last answer: every number of a row asks the same. */
static void table_header(askf_pii_scratch *s, size_t ls, char sep, size_t *hs, size_t *le)
{
    const char *t = s->text;
    if (s->tab_row == ls && s->tab_sep == sep) {
        *hs = s->tab_hdr_s;
        *le = s->tab_hdr_e;
        return;
    }
    *hs = *le = 0;
    size_t p = ls;
    for (int lines = 0; p > 0 && lines < 30 && ls - p < 2048; lines++) {
        size_t e = p - 1, b = e; /* the line above: [b, e) */
        while (b > 0 && t[b - 1] != '\n' && ls - b < 2048)
            b--;
        if (b == e || (b > 0 && t[b - 1] != '\n'))
            break; /* a blank line ends the table; so does the 2 KB cap */
        int digits = 0;
        for (size_t i = b; i < e && !digits; i++)
            digits = is_digit((unsigned char)t[i]);
        if (!digits) {
            if (header_line(t, b, e, sep))
                *hs = b, *le = e;
            break;
        }
        p = b;
    }
    s->tab_row = ls;
    s->tab_sep = sep;
    s->tab_hdr_s = *hs;
    s->tab_hdr_e = *le;
}

/* The field separator of the row starting at ls, read after its first field: a tab, else a
 * comma or semicolon outside quotes; 0 when the line has none. */
static char row_sep(const char *t, size_t len, size_t ls)
{
    int q = 0;
    char other = 0;
    for (size_t i = ls; i < len && i - ls < 512 && t[i] != '\n'; i++) {
        if (t[i] == '"')
            q = !q;
        else if (t[i] == '\t')
            return '\t';
        else if (!q && !other && (t[i] == ',' || t[i] == ';'))
            other = t[i];
    }
    return other;
}

/* The header word of the text-table column whose field starts at t[start] (a quoted CSV
 * field at its quote: t[start - 1] == '"'), lowercased into w: a table of fields apart by two
 * spaces or more ("#   Name   Ticket   In" over "01  Caio Oliveira  821 479 8985  19:54") or a
 * CSV export ("name;profile;ticket;ip" over "Elif Aydın;…;2026-154433;…"), the header found by
 * table_header. Returns its length (0: no table, no header or no word). */
size_t askf__pii_table_column(askf_pii_scratch *s, size_t start, char *w, size_t cap)
{
    const char *t = s->text;
    if (start >= 3 && t[start - 1] == '"' && (t[start - 2] == ',' || t[start - 2] == ';' ||
                                              t[start - 2] == '\t'))
        start--; /* a quoted field: "\"Alice Springs\"" */
    if (start >= 1 && t[start - 1] == '"' && (start == 1 || t[start - 2] == '\n'))
        start--; /* the same in a row's first field */
    char sep;
    size_t ls = start;
    if (start == 0 || t[start - 1] == '\n') {
        sep = row_sep(t, s->len, start); /* a row's first field: the separator after it */
        if (!sep)
            return 0;
    } else {
        if (start < 2)
            return 0;
        sep = t[start - 1];
        if (sep == ' ' ? t[start - 2] != ' ' : sep != ',' && sep != ';' && sep != '\t')
            return 0;
        while (ls > 0 && t[ls - 1] != '\n' && start - ls < 512)
            ls--;
        if (ls > 0 && t[ls - 1] != '\n')
            return 0;
    }
    size_t hs, le;
    table_header(s, ls, sep, &hs, &le);
    if (!le)
        return 0;
    size_t field = table_field(t, ls, start, sep), f = 0, i = hs;
    int q = 0;
    while (i < le && t[i] == ' ')
        i++;
    for (; i < le && f < field; i++)
        if (field_sep_at(t, hs, i, le, sep, &q)) {
            f++;
            while (i + 1 < le && t[i + 1] == ' ')
                i++;
        }
    size_t ws = i;
    while (i < le && is_alpha((unsigned char)t[i]))
        i++;
    size_t n = i - ws;
    if (f < field || !n || n >= cap)
        return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)lower((unsigned char)t[ws + k]);
    return n;
}

/* A number under a column header that names no phone: an order, ticket, case or reference
 * word. */
static int table_column_neg(askf_pii_scratch *s, size_t start)
{
    char w[16];
    size_t n = askf__pii_table_column(s, start, w, sizeof w);
    return n && word_in(w, n, phone_neg_words);
}

/* Whether t[start, end) fills a whole field of a CSV row: after it the separator that stands
 * before it, a line end or the text's end; and no thousands' group (a digit before the comma
 * and three digits after it: "1,234 567"). */
static int csv_field(const char *t, size_t len, size_t start, size_t end)
{
    char sep = t[start - 1];
    if (start >= 2 && is_digit((unsigned char)t[start - 2]) && start + 3 < end &&
        is_digit((unsigned char)t[start]) && is_digit((unsigned char)t[start + 1]) &&
        is_digit((unsigned char)t[start + 2]) && !is_digit((unsigned char)t[start + 3]))
        return 0;
    return end == len || t[end] == sep || t[end] == '\n' || t[end] == '\r';
}

/*
 * The label of an identifier right before a number, in any of its last four words: an ID, a
 * code or a reference of a credential, a meeting, a job posting or a ticket ("Credential ID
 * 964 639 4179", "ID de reunión 929 528 5878", "Código da vaga: 7604-7940-15", "Numéro de
 * billet : 427 662 0310", "Номер вакансии: …"), in the languages and scripts a profile is
 * written in. Such numbers are shaped like phones (a meeting ID has a US number's ten
 * digits), and their label is the only sign. The words are folded (label_word); three-byte
 * scripts, which label_word does not read, are matched as written in the phrase.
 */
static const kw id_words[] = {
    KW("id"), KW("ids"), KW("identifier"), KW("identifiant"), KW("identificador"), KW("identificativo"),
    KW("идентификатор"), KW("ідентифікатор"), KW("kimlik"), KW("kimligi"),
    /* credentials and certificates */
    KW("credential"), KW("credencial"), KW("credenziale"), KW("certificate"), KW("certificat"),
    KW("certificado"), KW("certificato"), KW("zertifikat"), KW("sertifika"), KW("sertifikat"),
    KW("license"), KW("licence"), KW("licencia"), KW("licenca"), KW("lizenz"),
    /* meetings */
    KW("meeting"), KW("reunion"), KW("riunione"), KW("rapat"), KW("spotkania"), KW("συναντησης"),
    KW("зустрічі"), KW("встречи"), KW("konferenz"), KW("webinar"), KW("toplanti"),
    /* job postings */
    KW("vaga"), KW("vacante"), KW("vacancy"), KW("oferta"), KW("offre"), KW("annuncio"), KW("lowongan"),
    KW("вакансии"), KW("вакансії"), KW("requisition"), KW("posting"), KW("stellenangebot"),
    KW("vacature"),
    /* event tickets */
    KW("billet"), KW("biglietto"), KW("ingresso"), KW("entrada"), KW("billete"), KW("boleto"),
    KW("bilet"), KW("eintrittskarte"),
    /* more languages: Polish, German ("Kennziffer" of a job ad), English; Arabic certificate,
     * job, meeting ("رقم الشهادة"); Hebrew identifier, meeting, position ("מזהה פגישה",
     * "מספר משרה") */
    KW("identyfikator"), KW("poswiadczenia"), KW("referencyjny"), KW("kennziffer"),
    KW("certification"), KW("الشهادة"), KW("الوظيفة"), KW("الاجتماع"), KW("מזהה"), KW("פגישה"),
    KW("משרה"),
    /* a support case: Italian "Numero pratica", Polish "Numer sprawy" */
    KW("pratica"), KW("sprawy"), {NULL, 0}};

/* the words for "number" and the articles that may stand between an identifier's label and
 * its number */
static const kw id_filler_words[] = {KW("no"), KW("nr"), KW("n"), KW("num"), KW("number"), KW("numero"), KW("nummer"), KW("numer"), KW("de"), KW("da"), KW("do"), KW("del"), KW("la"), KW("le"), KW("of"), KW("the"), KW("di"), KW("du"), {NULL, 0}};

/* the words that name a phone and nothing else, as the label right before a number (unlike
 * phone_ctx_words, whose "number", "contact", "call" only make a bare number a phone's) */
static const kw phone_label_words[] = {KW("tel"), KW("phone"), KW("mobile"), KW("cell"), KW("whatsapp"), KW("fax"), KW("mob"), KW("ph"), KW("telephone"), KW("telefono"), KW("telefone"), KW("celular"), KW("movil"), KW("cellulare"), KW("handy"), KW("sms"), KW("hotline"), KW("телефон"), KW("тел"), {NULL, 0}};

/* The id phrases of scripts label_word does not read, matched as written by id_phrase_before.
 * Each holds a byte of 0x80 or more (a test checks): a window without one holds none of them.
 * (Labels of orders, tickets and cases that end right before the number, a word for "number"
 * between, are cjk_order_before's list; these may have more letters of their script between,
 * "รหัสใบรับรอง 774 …", and are read only for numbers without a '+'.) */
const char *const askf__pii_id_phrases[] = {
    "\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa" /* รหัส (th code) */,
    "\xe0\xa4\x86\xe0\xa4\x88\xe0\xa4\xa1\xe0\xa5\x80" /* आईडी (hi ID) */,
    "\xe0\xa6\x86\xe0\xa6\x87\xe0\xa6\xa1\xe0\xa6\xbf" /* আইডি (bn ID) */,
    "ch\xe1\xbb\xa9ng ch\xe1\xbb\x89" /* chứng chỉ (vi certificate) */,
    "cu\xe1\xbb\x99\x63 h\xe1\xbb\x8dp" /* cuộc họp (vi meeting) */,
    "\xe4\xbc\x9a\xe8\xae\xae\xe5\x8f\xb7" /* 会议号 (zh meeting no.) */,
    "\xe8\xaa\x8d\xe5\xae\x9a\xe7\x95\xaa\xe5\x8f\xb7" /* 認定番号 (ja certification no.) */,
    "\xec\x9e\x90\xea\xb2\xa9\xeb\xb2\x88\xed\x98\xb8" /* 자격번호 (ko qualification no.) */,
    "\xea\xb3\xb5\xea\xb3\xa0" /* 공고 (ko job posting) */,
    "\xe4\xbc\x9a\xe8\xad\xb0ID" /* 会議ID */, "\xed\x9a\x8c\xec\x9d\x98 ID" /* 회의 ID */,
    /* a support case: Spanish "Número de caso", Greek Αριθμός υπόθεσης, Arabic رقم الحالة,
     * Hebrew מספר תיק, Korean 사건 번호, Thai หมายเลขเคส (English "case" and Spanish "caso"
     * alone are words: "in case you need it, 415 …", "en caso de urgencia: 612 …") */
    "\xc3\xbamero de caso" /* úmero de caso */,
    "\xcf\x85\xcf\x80\xcf\x8c\xce\xb8\xce\xb5\xcf\x83\xce\xb7\xcf\x82" /* υπόθεσης */,
    "\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xad\xd8\xa7\xd9\x84\xd8\xa9" /* رقم الحالة */,
    "\xd7\x9e\xd7\xa1\xd7\xa4\xd7\xa8 \xd7\xaa\xd7\x99\xd7\xa7" /* מספר תיק */,
    "\xec\x82\xac\xea\xb1\xb4 \xeb\xb2\x88\xed\x98\xb8" /* 사건 번호 */,
    "\xe0\xb9\x80\xe0\xb8\x84\xe0\xb8\xaa" /* เคส */,
    /* Vietnamese "Mã tin" (a job post's code) */
    "M\xc3\xa3 tin", "m\xc3\xa3 tin", NULL};

/* Whether t[from, to) has a byte of 0x80 or more. */
static int high_byte_in(const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if ((unsigned char)t[i] >= 0x80)
            return 1;
    return 0;
}

/* Whether only gap bytes and non-ASCII letters stand in t[from, start): a phrase matched as
 * written ends there and labels the number at start. */
static int raw_label_reaches(const char *t, size_t from, size_t start)
{
    for (size_t i = from; i < start; i++) {
        unsigned char c = (unsigned char)t[i];
        if (!(c >= 0x80 || c == ' ' || c == ':' || c == '#' || c == '.'))
            return 0;
    }
    return 1;
}

static int id_phrase_before(const char *t, size_t start)
{
    const char *const *raw = askf__pii_id_phrases;
    size_t p = start, from = start > 48 ? start - 48 : 0;
    for (int word = 0; word < 4; word++) {
        size_t g = p;
        while (g > from && p - g < 6 &&
               (t[g - 1] == ' ' || t[g - 1] == ':' || t[g - 1] == '#' || t[g - 1] == '.' ||
                t[g - 1] == '\'' || (unsigned char)t[g - 1] == 0xBA || (unsigned char)t[g - 1] == 0xB0 ||
                ((unsigned char)t[g - 1] == 0xC2 && g < p)))
            g--;
        if (g == from || is_digit((unsigned char)t[g - 1]) || t[g - 1] == ',' || t[g - 1] == ';' ||
            t[g - 1] == '(' || t[g - 1] == ')' || t[g - 1] == '|' || t[g - 1] == '\n')
            break;
        char w[32];
        size_t ws, n = label_word(t, g, w, sizeof w, &ws);
        if (!n) {
            from = g; /* a three-byte script: its words are matched as written below */
            break;
        }
        size_t b = ws;
        while (b > 0 && ws - b < 2 && t[b - 1] == ' ')
            b--;
        if ((ws > 0 && (t[ws - 1] == '.' || t[ws - 1] == '@' || t[ws - 1] == '/')) ||
            (b > 0 && (t[b - 1] == ']' || t[b - 1] == ')')))
            break; /* a host's label ("…@ui.ac.id atau +31…", "… [dot] id Bel me"), no word */
        if (word == 0 && (word_in(w, n, phone_label_words) ||
                          (n > 6 && ends_with(w, n, "nummer") && label_class(w, n) > 0)))
            return 0; /* a phone's label right before: "Vaga aberta: Tel: …" */
        if (memchr(t + g, '.', p - g) && p > g && n > 4)
            break; /* a dot after a long word ends a sentence ("… in the posting. Office
                    * line: …"); after a short one it abbreviates ("No.", "Ref.") */
        if (word_in(w, n, id_words))
            return 1;
        if (word_in(w, n, phone_ctx_words) && !word_in(w, n, id_filler_words))
            break; /* a phone's word ends the label: "Send your ID and call 0171 …", "For the
                    * webinar call 212 …" ("certification number 0023 …" goes on: a word for
                    * "number" is the label's) */
        p = ws;
    }
    /* the phrase as written, up to the number: only gap bytes and letters of a script written
     * without spaces between ("รหัสใบรับรอง 774 …"), no Latin word or digit ("사건 번호: 12;
     * tel. 600 700 800" names the first number only). Each phrase has a byte of 0x80 or more:
     * in an ASCII window, most of them, the search would find none. */
    if (!high_byte_in(t, start > 48 ? start - 48 : 0, start))
        return 0;
    for (size_t k = 0; raw[k]; k++) {
        size_t n = strlen(raw[k]);
        for (size_t i = start > 48 ? start - 48 : 0; i + n <= start; i++)
            if (t[i] == raw[k][0] && !memcmp(t + i, raw[k], n) && raw_label_reaches(t, i + n, start))
                return 1;
    }
    return 0;
}

/* An ISO 4217 currency code written in capitals right before a number, one space between: an
 * amount ("IDR 501.485.000", "KES 2 500 000"), never a phone. */
static int currency_code_before(const char *t, size_t start)
{
    static const char codes[] =
        "USDEURGBPJPYCNYINRIDRBRLMXNARSCLPCOPPENVNDTHBPHPMYRSGDHKDKRWTWDAUDNZDCADCHFSEKNOKDKKPLN"
        "CZKHUFRONBGNTRYRUBUAHKZTGELAMDAZNILSAEDSARQARKWDEGPMADNGNKESTZSUGXETBGHSZARPKRBDTLKRNPR"
        "MMKKHRLAKIRRSOSRWFXOFXAF";
    if (start < 4 || t[start - 1] != ' ')
        return 0;
    const char *w = t + start - 4;
    if (!(w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z') ||
        (start > 4 && ((t[start - 5] | 32) >= 'a' && (t[start - 5] | 32) <= 'z')))
        return 0;
    for (size_t k = 0; codes[k]; k += 3)
        if (codes[k] == w[0] && codes[k + 1] == w[1] && codes[k + 2] == w[2])
            return 1;
    return 0;
}

/* Whether the token holding `at` (no space between) started with a DOI, "10.NNNN/…" (a
 * registrant code of four to nine digits and a slash; also after "doi:" or in a doi.org link):
 * its suffix may hold digits and dots, "10.1016/j.cell.2021.10.183", but never a phone. */
static int doi_token_before(const char *t, size_t at)
{
    size_t lim = at > 160 ? at - 160 : 0;
    for (size_t p = at; p > lim; p--) {
        unsigned char c = (unsigned char)t[p - 1];
        if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' || c == '<')
            return 0;
        if (c != '/' || p < 8)
            continue;
        size_t q = p - 1, nd = 0;
        while (q > 0 && is_digit((unsigned char)t[q - 1]) && nd < 10)
            q--, nd++;
        if (nd >= 4 && nd <= 9 && q >= 3 && t[q - 1] == '.' && t[q - 2] == '0' &&
            t[q - 3] == '1' && (q == 3 || !is_digit((unsigned char)t[q - 4])))
            return 1;
    }
    return 0;
}

/* Whether the number at `at` is the value of a configuration key that names a phone, glued
 * by '=' (an environment file, "SUPPORT_PHONE=020 7849 4229", "contact.tel=…"): a part of
 * the key between '_', '-' and '.' is a phone word. */
static int phone_key_before(const char *t, size_t at)
{
    static const kw parts[] = {KW("phone"), KW("tel"), KW("telephone"), KW("mobile"), KW("cell"), KW("fax"), KW("whatsapp"), KW("sms"), KW("msisdn"), KW("telefon"), KW("telefono"), KW("handy"), {NULL, 0}};
    if (at < 2 || t[at - 1] != '=')
        return 0;
    size_t e = at - 1, p = e;
    while (p > 0 && e - p < 48 && (is_alnum((unsigned char)t[p - 1]) || t[p - 1] == '_' ||
                                    t[p - 1] == '-' || t[p - 1] == '.'))
        p--;
    if (p == e || (p > 0 && (unsigned char)t[p - 1] >= 0x80))
        return 0;
    while (p < e) {
        size_t q = p;
        char w[16];
        size_t wn = 0;
        while (q < e && is_alnum((unsigned char)t[q])) {
            if (wn < sizeof w)
                w[wn] = (char)lower((unsigned char)t[q]);
            wn++, q++;
        }
        if (wn && wn < sizeof w && word_in(w, wn, parts))
            return 1;
        p = q + 1;
    }
    return 0;
}

int askf__phone_ok(askf_pii_scratch *s, size_t start, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    char d[24];
    size_t nd = 0, groups = 0, seps = 0, first_group = 0, cur = 0, short_groups = 0;
    /* "+CC" or "(+CC)": an international number */
    int plus = t[start] == '+' || (t[start] == '(' && start + 1 < end && t[start + 1] == '+');
    /* Every check returns 0 but the last, so their order does not change the answer. The
     * context checks, what comes right before and after, read only a few bytes, so they come
     * first: most candidates fail there (a digit run goes on, or a group of a longer one). */
    unsigned char before = start > 0 ? (unsigned char)t[start - 1] : ' ';
    unsigned char after = end < len ? (unsigned char)t[end] : ' ';
    if (before == ':' && (tel_uri_before(t, start - 1) || vcard_tel_before(t, start - 1)))
        before = ' '; /* "tel:+33…", "TEL;TYPE=CELL:+34…": the scheme stays outside */
    else if (before == ':' && start >= 2 && (unsigned char)t[start - 2] >= 0x80)
        before = ' '; /* a label of another script and its colon, glued: "전화:070-…" (a time
                       * or a port has a digit or a Latin host before its colon) */
    if (before == '=' && phone_key_before(t, start))
        before = ' '; /* "SUPPORT_PHONE=020 7849 4229": the key names the value */
    if (before == '-' && hebrew_prefix_hyphen(t, start))
        before = ' '; /* "כתבו לי ל-020-88601394" */
    else if (before == '.' && start >= 2 && (is_alpha((unsigned char)t[start - 2]) ||
                                             (unsigned char)t[start - 2] >= 0x80) &&
             (t[start] == '+' || number_label(t, start) > 0) && !doi_token_before(t, start))
        before = ' '; /* an abbreviated label and the number glued on: "тел.+380679247441",
                       * "Tel.0171 …" (a word and a dot before other digits end a sentence
                       * or a host name) */
    /* a CSV export's field: "Klaus Müller,(030) 5894 7774,05.05.2025" */
    int csv = (before == ',' || before == ';' || before == '\t') && csv_field(t, len, start, end);
    if (is_alnum(before) || before == '#' || before == '$' || before == '.' || (before == ',' && !csv) ||
        before == '-' || before == '/' || before == '_' || before == ':' || before == '=')
        return 0;
    /* continues into more digits ("3442 797407 41513"), or IP-shaped; but a date, time or
     * decimal after a space is the next token ("Tel: 0 557 933 09 38 25.12.2026 …") */
    if ((after == ' ' || after == '-') && end + 1 < len && is_digit((unsigned char)t[end + 1])) {
        size_t q = end + 1;
        while (q < len && q - end <= 4 && is_digit((unsigned char)t[q]))
            q++;
        int next_token = after == ' ' && q + 1 < len && q - end <= 4 &&
                         (t[q] == '.' || t[q] == '/' || t[q] == ':') &&
                         is_digit((unsigned char)t[q + 1]) && !memchr(t + start, t[q], end - start);
        /* a count with its unit glued on is the next token too ("☎️ 020 7070 9403 2주짜리",
         * "… 2x"), and after an international number a count and a word ("+55 (21)
         * 93381-9510 2 haftalık"). (digits_start_other_token asks the same after an SSN or a
         * card; a phone's own separators make the question narrower here: "0 557 933 09 38
         * 25.12.2026" but not "030 1234.5678 9.1".) */
        if (after == ' ' && q < len && q - end <= 3 &&
            (is_alpha((unsigned char)t[q]) || (unsigned char)t[q] >= 0xC0 ||
             (plus && t[q] == ' ' && q + 1 < len &&
              ((t[q + 1] >= 'a' && t[q + 1] <= 'z') || (unsigned char)t[q + 1] >= 0xC0))))
            next_token = 1;
        if (!next_token && !(after == ' ' && ipv6_at(t, len, end + 1)))
            return 0;
    }
    if (start >= 5 && t[start - 1] == ' ' && t[start] != '(' && t[start] != '+' &&
        t[start - 2] >= 'A' && t[start - 2] <= 'Z' && is_alnum((unsigned char)t[start - 3]) &&
        is_alnum((unsigned char)t[start - 4]) && is_alnum((unsigned char)t[start - 5]) &&
        (start == 5 || !(is_alnum((unsigned char)t[start - 6]) || (unsigned char)t[start - 6] >= 0x80)))
        return 0; /* a group of an IBAN-like code: four capitals or digits (which has no
                   * parentheses or '+': "WILSON (010-5080-9114)", "ROSE JOHNSON +44 (0)7319
                   * 619839" and "KATRIN MÜLLER 040 706 1710" are a name in capitals and a
                   * number) */
    /* part of a longer spaced digit run ("DE89 3704 0044 ...") */
    if ((before == ' ' || before == 0xA0) && start >= 2 && is_digit((unsigned char)t[start - 2]) &&
        !(before == ' ' && iban_ends_before(t, start - 1)))
        return 0;
    /* the same with no-break spaces ("5351\u00a00588\u00a03969\u00a00914": a card's groups) */
    if ((start >= 3 && nbsp_at(t, start - 2) && is_digit((unsigned char)t[start - 3])) ||
        (end + 2 < len && nbsp_at(t, end) && is_digit((unsigned char)t[end + 2])))
        return 0;
    int paren = 0, close_paren = 0, trunk_paren = 0;
    /* what the checks below look for, noted in this one pass: a '/' (month/year pairs), a
     * byte other than a digit or '.' (a dotted quad; a '(' in front does not count) */
    int slash = 0, undotted = 0;
    size_t glen[16];
    for (size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)t[i];
        if (is_digit(c)) {
            if (nd >= sizeof d)
                return 0;
            d[nd++] = (char)c;
            cur++;
        } else {
            if (c == '(')
                paren = 1;
            if (c == ')')
                close_paren = 1;
            if (c == '/')
                slash = 1;
            if (c != '.' && !(c == '(' && i == start))
                undotted = 1;
            if (cur) {
                if (groups < 16)
                    glen[groups] = cur;
                if (!groups)
                    first_group = cur;
                groups++;
                seps++;
            }
            cur = 0;
        }
    }
    if (cur) {
        if (groups < 16)
            glen[groups] = cur;
        if (!groups)
            first_group = cur;
        groups++;
    }
    (void)first_group;
    /* "+44 (0)20 ..." the (0) trunk digit is not part of the number */
    for (size_t i = start; paren && i + 2 < end; i++)
        if (t[i] == '(' && t[i + 1] == '0' && t[i + 2] == ')')
            trunk_paren = 1;
    if (groups > 16)
        return 0;
    /* "00CC": the international prefix written with digits */
    int intl = plus || (nd >= 4 && d[0] == '0' && d[1] == '0');
    /* groups of one digit are versions and enumerations, except in an international number:
     * one right after the country code ("+33 6 12 34 56 78", "0031 6 1234 5678") or after
     * the area code ("+55 11 9 1234-5678", BR mobiles), and the "(0)" trunk digit */
    size_t intl_short = 0;
    /* national BR mobile with the 9 apart: "(11) 9 1234-5678" */
    int br9 = !intl && close_paren && nd == 11 && groups == 4 && glen[0] == 2 && glen[1] == 1 &&
              d[2] == '9';
    for (size_t g = 1; g < groups; g++) {
        if (glen[g] >= 2 || (trunk_paren && glen[g] == 1))
            continue;
        if ((intl && (g == 1 || g == 2) && !intl_short) || (br9 && g == 1))
            intl_short++;
        else if ((intl || (d[0] == '0' && glen[0] >= 3)) && g >= 3 && g == groups - 1 &&
                 t[end - 2] == '-')
            continue; /* the switchboard's extension: "+49 511 31542-0", "0711/76 09 70-7"
                       * (a national number's first group holds its area code: an ISBN-10
                       * such as "0-756-30877-1" starts with one digit) */
        else
            short_groups++;
    }
    if (short_groups)
        return 0;
    /* an arXiv identifier, "YYMM.NNNNN" (a month 01-12): four digits and five joined by a
     * single '.', which no country writes ("New preprint 1703.96307") */
    if (!plus && groups == 2 && nd == 9 && glen[0] == 4 && t[start + 4] == '.' &&
        ((d[2] == '0' && d[3] >= '1') || (d[2] == '1' && d[3] <= '2')) &&
        !keyword_near(t, start, 24, phone_ctx_words) && number_label(t, start) <= 0)
        return 0; /* (after a phone word it is one: "Tel. 0612.34567") */
    /* a list's enumerator, its ')' with no '(' before: "2) (06/07/2021)" */
    if (t[start] != '(' && t[start] != '+' && start + glen[0] < end && t[start + glen[0]] == ')')
        return 0;
    /* two months and years "MM/YYYY": a date range ("06/2014 - 01/2023"; one alone may be a
     * phone's area code and number, Vienna's "01/2034 567") */
    size_t monyears = 0;
    for (size_t i = start; slash && i + 5 <= end; i++) {
        if (t[i] != '/' || i == start || !is_digit((unsigned char)t[i - 1]))
            continue;
        size_t m0 = i - 1;
        if (m0 > start && is_digit((unsigned char)t[m0 - 1]))
            m0--;
        if (m0 > start && is_digit((unsigned char)t[m0 - 1]))
            continue; /* three digits before: an area code */
        unsigned mo = (unsigned)(t[i - 1] - '0') + (m0 < i - 1 ? 10u * (unsigned)(t[m0] - '0') : 0);
        const char *y = t + i + 1;
        if (mo >= 1 && mo <= 12 && i + 5 <= end && is_digit((unsigned char)y[0]) &&
            is_digit((unsigned char)y[1]) && is_digit((unsigned char)y[2]) &&
            is_digit((unsigned char)y[3]) && (i + 5 == end || !is_digit((unsigned char)y[4])) &&
            ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')))
            monyears++;
    }
    if (monyears >= 2)
        return 0;
    {
        int dots = !undotted; /* (a '(' before it: "(198.18.214.96)") */
        /* (but ES writes its nine digits 3.2.2.2, "902.39.67.75": a first group of 600 or
         * more is no IP address) */
        int es_dotted = nd == 9 && groups == 4 && glen[0] == 3 && glen[1] == 2 && glen[2] == 2 &&
                        glen[3] == 2 && d[0] >= '6';
        if (dots && groups == 4 && !es_dotted)
            return 0; /* dotted quad: an IP address or a version, never a phone */
        /* a dotted quad with a CIDR suffix ("81.2.3.4/32"): an address */
        size_t i = start, q = 0;
        while (q < 4) {
            size_t g0 = i;
            while (i < end && is_digit((unsigned char)t[i]) && i - g0 < 4)
                i++;
            if (i == g0 || i - g0 > 3)
                break;
            q++;
            if (q < 4 && (i >= end || t[i] != '.'))
                break;
            if (q < 4)
                i++;
        }
        if (q == 4 && i < end && t[i] == '/')
            return 0;
        /* ending in a dotted quad after a space, one of its groups of three digits and no
         * '+' in front: a hop number or a count and an address ("2  189.89.80.49  8.113 ms"
         * in a traceroute) */
        size_t j = end, dq = 0, wide = 0;
        while (dq < 4) {
            size_t g1 = j;
            while (j > start && is_digit((unsigned char)t[j - 1]) && g1 - j < 4)
                j--;
            if (j == g1 || g1 - j > 3)
                break;
            wide += g1 - j == 3;
            dq++;
            if (dq < 4 && (j == start || t[j - 1] != '.'))
                break;
            if (dq < 4)
                j--;
        }
        if (dq == 4 && j > start && t[j - 1] == ' ' && wide && !plus)
            return 0; /* (French numbers write pairs: "+33 (0) 6 76.27.63.20") */
    }
    /* text written without spaces (Japanese, Chinese) glues the next Latin word on: a grouped
     * or international number right after such text ends at the letters ("電話：03-8226-1756
     * Christian…" written together) */
    int glued = is_alpha(after) && (plus || groups >= 2) && glued_nonlatin_before(t, start);
    if (glued) { /* a word of two letters or more, not a unit before digits ("23h50") */
        size_t q = end;
        while (q < len && is_alpha((unsigned char)t[q]))
            q++;
        glued = q - end >= 2 && !(q < len && is_digit((unsigned char)t[q]));
    }
    if ((is_alnum(after) && !glued) || after == '%' || after == '_' || after == '/' ||
        ((after == '.' || (after == ',' && !csv) || after == ':') && end + 1 < len &&
         is_digit((unsigned char)t[end + 1])) ||
        (after == '-' && end + 1 < len && is_alnum((unsigned char)t[end + 1])))
        return 0; /* continues: "…-7", an ISBN-10's "-X" check character, "-B2" */
    /* a patent number after its office's code: "JP 2014-410688", "WO 2005/453473", the
     * five large offices (also CN, KR); any two-letter code when a kind code follows the
     * number ("DE 102019123456 A1", "CN 114787622 A": a capital A, B, C, U or Y and at most
     * one digit) */
    if (!plus && start >= 3 && before == ' ' &&
        (start == 3 || !is_alnum((unsigned char)t[start - 4]))) {
        const char *cc = t + start - 3;
        if (!memcmp(cc, "JP", 2) || !memcmp(cc, "WO", 2) || !memcmp(cc, "EP", 2) ||
            !memcmp(cc, "US", 2) || !memcmp(cc, "CN", 2) || !memcmp(cc, "KR", 2))
            return 0;
        /* a German application, "DE 10 2021 235 759.7" ("Tel. DE 030 …" is a phone) */
        if (!memcmp(cc, "DE", 2) && end - start > 3 && !memcmp(t + start, "10 ", 3))
            return 0;
        if (cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z' && after == ' ' &&
            end + 1 < len && strchr("ABCUY", t[end + 1]) && t[end + 1]) {
            size_t q = end + 2;
            if (q < len && is_digit((unsigned char)t[q]))
                q++;
            if (q == len || !is_alnum((unsigned char)t[q]))
                return 0;
        }
    }
    /* an hour: a short last group before a time word, "2006/02/13 22時5分", "13 22 Uhr" */
    if (groups >= 2 && glen[groups < 16 ? groups - 1 : 15] <= 2 && !plus) {
        size_t q = end + (after == ' ');
        static const char *const hour[] = {"\xe6\x99\x82" /* 時 */, "\xe6\x97\xb6" /* 时 */,
                                           "\xe7\x82\xb9" /* 点 */, "\xec\x8b\x9c" /* 시 */,
                                           "Uhr", NULL};
        for (size_t k = 0; hour[k]; k++)
            if (q + strlen(hour[k]) <= len && !memcmp(t + q, hour[k], strlen(hour[k])))
                return 0;
    }
    /* currency right before (UTF-8 euro, pound, yen, rupee) */
    if (start >= 2 && ((unsigned char)t[start - 2] == 0xC2 &&
                       ((unsigned char)t[start - 1] == 0xA3 || (unsigned char)t[start - 1] == 0xA5)))
        return 0;
    if (start >= 3 && (unsigned char)t[start - 3] == 0xE2 && (unsigned char)t[start - 2] == 0x82)
        return 0;
    if (!plus && currency_code_before(t, start))
        return 0; /* "Price: IDR 501.485.000", "KES 2 500 000" */
    static const kw far_neg[] = {KW("isbn"),    KW("patent"),   KW("order"),
                                 KW("ticket"),  KW("invoice"),  KW("tracking"), {NULL, 0}};
    if (nd >= 12 && (memcmp(d, "978", 3) == 0 || memcmp(d, "979", 3) == 0) && !plus)
        return 0; /* ISBN-13 */
    /* a reference that starts with a year and a hyphen: "(2026-531-0758)", "2024-977-8957" */
    if (!intl && groups >= 3 && glen[0] == 4 && t[start + (t[start] == '(') + 4] == '-' &&
        ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0')))
        return 0;
    /* date-shaped: 4-2-2, 2-2-4, with plausible values */
    if (groups == 3 && !plus) {
        if (glen[0] == 3 && glen[1] == 2 && glen[2] == 4 && !close_paren)
            return 0; /* US SSN shape, also "(123-45-6789)" (but "(123) 45-6789" has an area
                       * code in parentheses) */
        if (glen[0] == 4 && glen[1] == 2 && glen[2] == 2)
            return 0;
        if (glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4)
            return 0;
    }
    int ok = 0, need_ctx = 0;
    /* BR without parentheses: 2-digit area code (11-99), then 4 or 5 (mobile: 9xxxx) + 4 */
    int br = !plus && groups == 3 && glen[0] == 2 && d[0] != '0' && glen[2] == 4 &&
             (glen[1] == 4 || (glen[1] == 5 && d[2] == '9'));
    /* BR: the area code and the 9-digit mobile written together, "31 989405923" (area codes
     * have no digit 0) */
    if (!plus && groups == 2 && glen[0] == 2 && glen[1] == 9 && d[0] != '0' && d[1] != '0' &&
        d[2] == '9' && t[start + 2] == ' ')
        br = 1;
    if (plus) {
        ok = nd >= 8 && nd <= 15 && d[0] != '0' && (d[0] != '1' || nd == 11);
    } else if (intl) { /* 00 international prefix */
        ok = nd >= 10 && nd <= 17 && d[2] != '0';
    } else if (d[0] == '0') {
        ok = nd >= 9 && nd <= 12 && d[1] != '0';
    } else if (nd == 10) {
        /* US/CA NPA-NXX, IN mobile [6-9], IT mobile 3, BR area (11-99) */
        ok = (d[0] >= '2' && d[3] >= '2') || d[0] >= '6' || d[0] == '3' || paren || br ||
             /* AU 1300/1800 and CN 400/800 service numbers, written in groups */
             (groups >= 3 && (!memcmp(d, "1300", 4) || !memcmp(d, "1800", 4) ||
                              !memcmp(d, "400", 3) || !memcmp(d, "800", 3)));
        /* none of these is written in three groups ending in two digits (US and IN end in
         * four or three, IT writes 3-3-2-2): a reference, "求人番号：8195-1656-03" */
        if (groups == 3 && glen[2] == 2 && !paren)
            ok = 0;
    } else if (nd == 11) {
        /* 1-NPA-NXX-XXXX, CN mobile, BR (11) 91234-5678 */
        ok = (d[0] == '1' && d[1] >= '2' && d[4] >= '2') || (d[0] == '1' && d[1] >= '3') || paren ||
             br ||
             /* RU/KZ/BY national with the trunk 8 and a 3-digit code: "8-950-801-76-03" */
             (d[0] == '8' && d[1] >= '3' && groups >= 4 && glen[0] == 1 && glen[1] == 3);
    } else if (nd == 9) {
        /* ES mobiles and landlines start 6-9; five digits and four not after a 9 (a BR
         * mobile without its area code) are a US ZIP+4 code ("15612-1588 Brisbane") */
        ok = !(groups == 2 && glen[0] == 5 && glen[1] == 4 && d[0] != '9');
        need_ctx = d[0] < '6';
    }
    if (groups == 1 && !paren && !plus && !(nd >= 4 && d[0] == '0' && d[1] == '0') &&
        !((nd == 10 || nd == 11) && d[0] == '0' && d[1] != '0') &&
        !(nd == 11 && d[0] == '1' && d[1] >= '3'))
        need_ctx = 1; /* bare digits: only with a phone word nearby, except a national number
                       * with its trunk 0 (FR, UK, NG: 10-11 digits) or a CN mobile 1[3-9] */
    if (!ok)
        return 0;
    /* the context words last: they are the slow part */
    /* an EU tender notice's number after its year and series, "2024/S 233-019815"; a booking
     * confirmation, "conf. no 8534-285322" */
    if (ted_notice_before(t, start) || conf_no_before(t, start) || table_column_neg(s, start) ||
        (!plus && id_phrase_before(t, start)))
        return 0;
    /* right after an e-mail address, or a field separator, the word before is no label
     * of this number ("a@b.co.id +62 …", "b [at] c (dot) id | +62 …") */
    int em = email_before(t, start, 0) || pipe_before(t, start);
    int label = em ? 0 : number_label(t, start);
    if (label < 0)
        return 0; /* "Bestellnummer: …", "Commande n° …", "Заказ № …" */
    if (!em && company_label_before(t, start))
        return 0; /* "USt-IdNr. DE 123456789", "CPF 123.456.789-09", "Company no. …" */
    char w[16];
    size_t wn = word_before(t, start, 3, w, sizeof w);
    if (label == 0 && wn && (word_in(w, wn, phone_neg_words) || word_in(w, wn, version_words)) &&
        !em &&
        !(wn == 2 && w[0] == 'n' && w[1] == 'o' && !abbrev_mark(t, start)))
        return 0; /* "no" is "number" only as "No. 123" / "no: 123" / "No #123"; bare it is a
                   * word ("me chama no 0055 …", pt/it "in the", "at"); after a phone word
                   * ("Tel. Nr. …") "Nr." is the phone's number */
    /* (a CSV field's column is named by its header, not by the words near it: "name,phone,
     * joined,ticket" right above a row) */
    if ((!csv && keyword_near(t, start, 24, far_neg)) || cjk_order_before(t, start) ||
        ups_tracking_before(t, start))
        return 0;
    /* a phone word: in the 32 bytes before, or the label right before in any script and
     * spelling ("Móvil:", "ТЕЛЕФОН", read folded by number_label) */
    if (need_ctx && label <= 0 && !keyword_near(t, start, 32, phone_ctx_words) &&
        !email_before(t, start, 1) && !upper_label_before(t, start) &&
        !script_phone_before(t, start) && !call_word_after(t, len, end))
        return 0;
    return 1;
}

/* A contact line: the number right after an e-mail address and one separator ("a@b.pl ·
 * 559 205 670", "… | 0812 …", "…, 22 802 85 55", "… or 1800 953 894"), a phone's place. */
static int email_before(const char *t, size_t start, int need_sep)
{
    size_t p = start;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (!need_sep && p < start && p > 0 && is_alpha((unsigned char)t[p - 1]))
        ;
    else if (p >= 2 && (unsigned char)t[p - 2] == 0xC2 && (unsigned char)t[p - 1] == 0xB7)
        p -= 2; /* · */
    else if (p >= 1 && (t[p - 1] == '|' || t[p - 1] == ',' || t[p - 1] == '/' || t[p - 1] == ';'))
        p--;
    else if (p >= 3 && (t[p - 1] | 32) == 'r' && (t[p - 2] | 32) == 'o' && t[p - 3] == ' ')
        p -= 2; /* "or" */
    else
        return 0;
    if (p == start)
        return 0;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == 0 || !is_alpha((unsigned char)t[p - 1]))
        return 0;
    int dot = 0;
    for (size_t q = p, n = 0; q > 0 && n < 120; q--, n++) {
        unsigned char c = (unsigned char)t[q - 1];
        if (c == '@')
            return dot && q >= 2 && local_char((unsigned char)t[q - 2]);
        if (c == '.')
            dot = 1;
        else if (!(is_alnum(c) || c == '-'))
            return 0;
    }
    return 0;
}

static int phone_sep(const char *t, size_t len, size_t k)
{
    unsigned char c = (unsigned char)t[k];
    if (c == ' ' || c == '-' || c == '.' || c == '/' || c == ')' || c == '(')
        return 1;
    if (k + 1 < len && nbsp_at(t, k))
        return 2;
    return 0;
}

/* Whether the '(' at t[a] is closed before t[b], counting nested pairs. */
static int paren_closed_within(const char *t, size_t a, size_t b)
{
    int depth = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] == '(')
            depth++;
        else if (t[i] == ')' && --depth == 0)
            return 1;
    }
    return 0;
}

static void rec_phone(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_PHONE])
        return;
    /* back to the start of the run of phone characters (bounded) */
    size_t lim = s->covered[ASKF__K_PHONE];
    if (end > 40 && end - 40 > lim)
        lim = end - 40;
    size_t b = end;
    while (b > lim) {
        unsigned char c = (unsigned char)t[b - 1];
        if (is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' ||
            c == '+')
            b--;
        else if (b >= 2 && nbsp_at(t, b - 2))
            b -= 2;
        else
            break;
    }
    size_t i = b;
    while (i < end && !is_digit((unsigned char)t[i]) && t[i] != '+' && t[i] != '(')
        i++;
    /* left to right over the run: at each group start try the longest valid
     * number (at most 17 digits), else move to the next group */
    while (i < len) {
        size_t st = i, e = i, nd = 0, best = 0;
        while (e < len && (t[e] == '+' || t[e] == '(') && e - st < 2)
            e++;
        while (e < len && is_digit((unsigned char)t[e])) {
            while (e < len && is_digit((unsigned char)t[e])) {
                e++;
                nd++;
            }
            if (nd > 17)
                break;
            if (nd >= 7 && askf__phone_ok(s, st, e))
                best = e;
            size_t sl = sep_len(t, len, e, 1);
            if (!sl)
                break;
            /* after a complete number, a parenthesised group is part of it only if it holds
             * nothing but digits up to its ')': "(9-5)", "(9–17)" (office hours, a range)
             * are not digits of "+44 (0)20 8949 3998" */
            const char *op = best ? memchr(t + e, '(', sl) : NULL;
            if (op) {
                size_t q = (size_t)(op - t) + 1, o = q;
                while (q < len && q - o < 8 && is_digit((unsigned char)t[q]))
                    q++;
                if (q >= len || t[q] != ')')
                    break;
            }
            e += sl;
        }
        if (best) {
            /* a '(' that wraps the whole number ("(02-824-2183)", "(+31 43 229 3400)", also
             * around inner parentheses, "(+55 (21) 5890-1967)") and is not closed inside it
             * stays outside, as the ')' does */
            size_t so = st;
            if (t[so] == '(' && !paren_closed_within(t, so, best))
                so++;
            askf__pii_emit(s, so, best, ASKF_PII_PHONE);
            i = best;
        } else {
            i = st;
            while (i < len && (t[i] == '+' || t[i] == '(') && i - st < 2)
                i++;
            if (i < len && is_digit((unsigned char)t[i]))
                while (i < len && is_digit((unsigned char)t[i]))
                    i++;
            else if (i == st)
                i++;
        }
        /* next group start within the run (at most 3 separator characters) */
        size_t k = i, ns = 0, w;
        while (k < len && ns <= 3 && (w = (size_t)phone_sep(t, len, k)) != 0) {
            if (t[k] == '(')
                break;
            k += w;
            ns++;
        }
        if (ns > 3 || k >= len || !(is_digit((unsigned char)t[k]) || t[k] == '+' || t[k] == '('))
            break;
        i = k;
    }
    if (i > s->covered[ASKF__K_PHONE])
        s->covered[ASKF__K_PHONE] = (uint32_t)i;
}

/* ---------- CREDIT_CARD ---------- */

static int digits_start_other_token(const char *t, size_t len, size_t q);

/* Whether the groups after a card's last group [a, found) go on with the same separator into a
 * longer number that is no second card: a parcel's tracking number of 26 digits in groups of
 * four ("5316 9848 2391 2079 5050 49") holds a Luhn-valid 16 at its start one time in ten. */
static int card_continues(const char *t, size_t len, const dgroup *g, const char *sepc, size_t ng,
                          size_t a, size_t found)
{
    if (found - a < 2 || found >= ng || sepc[found - 1] != sepc[a])
        return 0; /* (an ungrouped card, or nothing after it in its grouping) */
    size_t gl = g[found].e - g[found].s;
    if (gl < 2 || gl > 4 || digits_start_other_token(t, len, g[found].s))
        return 0; /* the next token: a date, a time, an address, a count, a number of its own
                   * ("4111 1111 1111 1111 12/27", "… 13h30", "… 2001:db8::1", "… 2 weeks") */
    char d[20];
    size_t nd = 0;
    for (size_t z = found; z < ng; z++) {
        size_t gl = g[z].e - g[z].s;
        if (nd + gl > 19 || (z > found && sepc[z - 1] != sepc[a]))
            break;
        memcpy(d + nd, t + g[z].s, gl);
        nd += gl;
        if (nd >= 13 && askf__card_brand_ok(d, nd) && askf__luhn_ok(d, nd))
            return 0; /* a second card right after it */
    }
    return 1;
}

static void rec_card(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_CARD])
        return;
    size_t lim = s->covered[ASKF__K_CARD];
    if (end > 30 && end - 30 > lim)
        lim = end - 30;
    size_t b = end;
    while (b > lim && (is_digit((unsigned char)t[b - 1]) ||
                       ((t[b - 1] == ' ' || t[b - 1] == '-') && b >= 2 &&
                        is_digit((unsigned char)t[b - 2])) ||
                       (b >= 3 && nbsp_at(t, b - 2) && is_digit((unsigned char)t[b - 3]))))
        b -= is_digit((unsigned char)t[b - 1]) || t[b - 1] == ' ' || t[b - 1] == '-' ? 1 : 2;
    while (b < end && !is_digit((unsigned char)t[b]))
        b++;
    /* groups in the run */
    dgroup g[MAX_GROUPS];
    size_t ng = 0, i = b;
    char sepc[MAX_GROUPS];
    while (i < len && ng < MAX_GROUPS) {
        size_t st = i;
        while (i < len && is_digit((unsigned char)t[i]))
            i++;
        g[ng].s = (uint32_t)st;
        g[ng].e = (uint32_t)i;
        sepc[ng] = 0;
        ng++;
        if (i + 1 < len && (t[i] == ' ' || t[i] == '-') && is_digit((unsigned char)t[i + 1])) {
            sepc[ng - 1] = t[i];
            i++;
        } else if (i + 2 < len && nbsp_at(t, i) && is_digit((unsigned char)t[i + 2])) {
            sepc[ng - 1] = (char)0xA0; /* a no-break space, as French text groups numbers */
            i += 2;
        } else {
            break;
        }
    }
    size_t consumed = g[ng - 1].e, done = 0;
    for (size_t a = 0; a < ng;) {
        size_t found = 0;
        char d[20];
        size_t nd = 0;
        for (size_t z = a; z < ng; z++) {
            size_t gl = g[z].e - g[z].s;
            if (nd + gl > 19)
                break;
            if (z > a && sepc[z - 1] != sepc[a])
                break; /* mixed separators */
            memcpy(d + nd, t + g[z].s, gl);
            nd += gl;
            if (nd >= 13 && askf__card_brand_ok(d, nd) && askf__luhn_ok(d, nd))
                found = z + 1;
        }
        if (found) {
            size_t st = g[a].s, en = g[found - 1].e;
            unsigned char before = st > 0 ? (unsigned char)t[st - 1] : ' ';
            unsigned char after = en < len ? (unsigned char)t[en] : ' ';
            /* a grouped card does not start in the middle of a longer grouped number: not
             * after another 4-digit group joined the same way, nor after the "CCdd" group of
             * an IBAN ("SE39 2302 5155 6867 6982 2022" with a bad check is no card) */
            int inner = 0;
            if (a > done && found - a > 1 && sepc[a - 1] == sepc[a]) {
                size_t pl = g[a - 1].e - g[a - 1].s;
                inner = pl == 4 || (a == 1 && pl == 2 && g[0].s >= 2 &&
                                    t[g[0].s - 1] >= 'A' && t[g[0].s - 1] <= 'Z' &&
                                    t[g[0].s - 2] >= 'A' && t[g[0].s - 2] <= 'Z') ||
                        /* (or after a group of letters and digits: "IT88 H501 4500 4979 …",
                         * a bad-check IBAN's bank code) */
                        (g[0].s > 0 && t[g[0].s - 1] >= 'A' && t[g[0].s - 1] <= 'Z');
            }
            if (!inner && !is_alnum(before) && !is_alnum(after) && before != '.' && before != '+' &&
                !card_continues(t, len, g, sepc, ng, a, found)) {
                askf__pii_emit(s, st, en, ASKF_PII_CREDIT_CARD);
                done = found; /* a card right after it is a second card */
            }
            a = found;
        } else {
            a++;
        }
    }
    s->covered[ASKF__K_CARD] = (uint32_t)consumed;
}

/* ---------- IBAN ---------- */


/* An IBAN starting at st: "CCdd", then an optional space and 4 of [A-Z0-9]. */
static void rec_iban(askf_pii_scratch *s, size_t st)
{
    const char *t = s->text;
    size_t len = s->len;
    if (st < s->covered[ASKF__K_IBAN] || st + 8 > len)
        return;
    {
        size_t g = st + 4 + (t[st + 4] == ' ');
        if (g + 4 > len || !is_upper_alnum((unsigned char)t[g]) ||
            !is_upper_alnum((unsigned char)t[g + 1]) || !is_upper_alnum((unsigned char)t[g + 2]) ||
            !is_upper_alnum((unsigned char)t[g + 3]))
            return;
        if (st > 0 && is_alnum((unsigned char)t[st - 1]))
            return;
        int want = askf__iban_length(t + st);
        if (!want)
            return;
        char c[34];
        size_t n = 0, i = st;
        int grouped = t[st + 4] == ' ';
        while (i < len && n < (size_t)want) {
            unsigned char ch = (unsigned char)t[i];
            if (is_digit(ch) || (ch >= 'A' && ch <= 'Z')) {
                c[n++] = (char)ch;
                i++;
            } else if (ch == ' ' && grouped && n % 4 == 0 && n > 0 && i + 1 < len &&
                       is_alnum((unsigned char)t[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        if (n != (size_t)want || (i < len && is_alnum((unsigned char)t[i])))
            return;
        if (!askf__iban_ok(c, n))
            return;
        s->covered[ASKF__K_IBAN] = (uint32_t)i;
        askf__pii_emit(s, st, i, ASKF_PII_IBAN);
        return;
    }
}

/* ---------- US_SSN ---------- */

/* Whether the digits at q (after a space that follows a number) start a token of their own
 * rather than another group of the number: a time, a date, an IPv6 address or a card's
 * group (up to four digits and ':', '.', '/' or '-' before a letter or digit: "14:45",
 * "2001:db8::1", "6011-6698-…"), or a count with its unit glued on ("2주짜리", "3x"). */
static int digits_start_other_token(const char *t, size_t len, size_t q)
{
    size_t r = q;
    while (r < len && r - q <= 4 && is_digit((unsigned char)t[r]))
        r++;
    if (r >= len || r - q > 4)
        return 0;
    unsigned char c = (unsigned char)t[r];
    if ((c == ':' || c == '.' || c == '/' || c == '-') && r + 1 < len)
        return is_alnum((unsigned char)t[r + 1]);
    return is_alpha(c) || c >= 0xC0;
}

static void rec_ssn(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end < 11)
        return;
    size_t st = end - 11;
    char sep = t[st + 3];
    if (t[st + 6] != sep)
        return;
    unsigned char before = st > 0 ? (unsigned char)t[st - 1] : ' ';
    unsigned char after = end < len ? (unsigned char)t[end] : ' ';
    if (is_alnum(before) || before == '-' || before == '+' || before == '.' || before == '/' ||
        is_alnum(after) || after == '/' ||
        ((after == '-' || after == '.') && end + 1 < len && is_digit((unsigned char)t[end + 1])))
        return;
    if (st >= 2 && (t[st - 1] == ' ') && is_digit((unsigned char)t[st - 2]))
        return; /* part of a longer spaced digit run */
    if (sep == ' ' && end + 1 < len && t[end] == ' ' && is_digit((unsigned char)t[end + 1]) &&
        !digits_start_other_token(t, len, end + 1))
        return; /* a fourth group: a longer spaced run */
    int area = (t[st] - '0') * 100 + (t[st + 1] - '0') * 10 + (t[st + 2] - '0');
    int group = (t[st + 4] - '0') * 10 + (t[st + 5] - '0');
    int serial = (t[st + 7] - '0') * 1000 + (t[st + 8] - '0') * 100 + (t[st + 9] - '0') * 10 +
                 (t[st + 10] - '0');
    if (!askf__ssn_ok(area, group, serial))
        return;
    if (company_label_before(t, st))
        return; /* "EIN: 123-45-6789": a company's tax number */
    askf__pii_emit(s, st, end, ASKF_PII_US_SSN);
}

/* ---------- IPV4 ---------- */

/* Version context before a dotted quad, beyond the ASCII keyword right before it
 * (version_words; not "vers", the French "towards": "renvoie vers 81.2.3.4"): the version
 * word in other languages and scripts (UTF-8, compared with
 * ASCII case folded; Cyrillic and Greek capitals listed as written), "update/upgrade/bump(ed)
 * to", and the name of a product or runtime that is followed by its version ("Python 3.11.4.2",
 * "Android 14.0.0.1", "Firefox (81.2.3.4)", user-agent style "Chrome/81.2.3.4"). Data tables. */
static const kw ip_version_words[] = {
    KW("version"), KW("versions"), KW("ver"), KW("v"), KW("release"), KW("rel"), KW("build"), KW("firmware"), KW("fw"), KW("rev"),
    KW("revision"), KW("update"), KW("patch"), KW("kernel"), KW("versi\xc3\xb3n"), KW("versao"), KW("vers\xc3\xa3o"), KW("versione"),
    KW("versie"), KW("wersja"), KW("wersji"), KW("s\xc3\xbcr\xc3\xbcm"), KW("surum"), KW("verze"), KW("versiune"), KW("versio"),
    KW("verzi\xc3\xb3"), KW("\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3"), /* バージョン */
    KW("\xe7\x89\x88\xe6\x9c\xac"), /* 版本 */ KW("\xe7\x89\x88"), /* 版 */
    KW("\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f"), KW("\xd0\x92\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f"), /* версия */
    KW("\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd0\xb8"), KW("\xd0\x92\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd0\xb8"), /* версии */
    KW("\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd1\x96\xd1\x8f"), KW("\xd0\x92\xd0\xb5\xd1\x80\xd1\x81\xd1\x96\xd1\x8f"), /* версія */
    KW("versi"), KW("toleo"), /* Indonesian, Swahili */
    /* a numbered part of a document: "see section 7.4.6.65 of the spec" */
    KW("section"), KW("sections"), KW("sec"), KW("clause"), KW("chapter"), KW("paragraph"),
    KW("abschnitt"), KW("kapitel"), /* (not "para", Spanish and Portuguese "for") */
    KW("\xe0\xa6\xb8\xe0\xa6\x82\xe0\xa6\xb8\xe0\xa7\x8d\xe0\xa6\x95\xe0\xa6\xb0\xe0\xa6\xa3"), /* সংস্করণ (bn) */
    KW("\xe7\x89\x88\xe6\x9c\xac\xe5\x8f\xb7"), KW("\xe7\x89\x88\xe6\x9c\xac\xe8\x99\x9f"), /* 版本号, 版本號 */
    KW("\xeb\xb2\x84\xec\xa0\x84"), /* 버전 */
    KW("\xce\xad\xce\xba\xce\xb4\xce\xbf\xcf\x83\xce\xb7"), KW("\xce\x88\xce\xba\xce\xb4\xce\xbf\xcf\x83\xce\xb7"), /* έκδοση */
    KW("\xd7\x92\xd7\xa8\xd7\xa1\xd7\x94"), /* גרסה */ KW("\xd8\xa5\xd8\xb5\xd8\xaf\xd8\xa7\xd8\xb1"), /* إصدار */
    KW("\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa4\xa3"), /* संस्करण */
    KW("phi\xc3\xaan b\xe1\xba\xa3n"), /* phiên bản */ KW("\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb8\xad\xe0\xb8\xa3\xe0\xb9\x8c\xe0\xb8\x8a\xe0\xb8\xb1\xe0\xb8\x99"), /* เวอร์ชัน */
    KW("update to"), KW("updated to"), KW("upgrade to"), KW("upgraded to"), KW("bump to"), KW("bumped to"), KW("updating to"),
    KW("upgrading to"), KW("downgrade to"), KW("downgraded to"), KW("rollback to"), KW("roll back to"), KW("rolled back to"),
    KW("aktualisiert auf"), KW("update auf"), KW("actualizado a"), KW("mis \xc3\xa0 jour vers"),
    KW("atualizado para"), KW("atualizada para"), KW("atualizar para"), KW("aggiornato a"), KW("aggiornata a"),
    KW("aggiornamento a"), KW("bijgewerkt naar"), KW("ge\xc3\xbcpdatet naar"), KW("zaktualizowano do"),
    KW("\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xb4\xd0\xbe"), /* обновлена до */
    KW("\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd \xd0\xb4\xd0\xbe"), /* обновлен до */
    KW("\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb4\xd0\xbe"), /* обновили до */
    KW("\xe5\x8d\x87\xe7\xba\xa7\xe5\x88\xb0"), /* 升级到 */ KW("\xe6\x9b\xb4\xe6\x96\xb0\xe5\x88\xb0"), /* 更新到 */
    KW("\xe5\x8d\x87\xe7\xb4\x9a\xe5\x88\xb0"), /* 升級到 */
    /* software parts named with their version, never with an address */
    KW("plugin"), KW("extension"), KW("addon"), KW("package"), KW("pkg"),
    KW("module"), KW("runtime"), KW("toolkit"), KW("framework"), KW("library"), KW("apk"), KW("hotfix"),
    KW("graphics"),
    /* a device driver is named with its version, never with an address */
    KW("driver"), KW("drivers"), KW("treiber"), KW("pilote"), KW("controlador"), KW("stuurprogramma"),
    KW("sterownik"), KW("\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb9\xd0\xb2\xd0\xb5\xd1\x80"), /* драйвер */
    KW("\xe9\xa9\xb1\xe5\x8a\xa8"), /* 驱动 */ KW("\xe9\xa9\x85\xe5\x8b\x95"), /* 驅動 */
    KW("\xe3\x83\x89\xe3\x83\xa9\xe3\x82\xa4\xe3\x83\x90"), /* ドライバ */
    KW("\xe3\x83\x89\xe3\x83\xa9\xe3\x82\xa4\xe3\x83\x90\xe3\x83\xbc"), /* ドライバー */
    KW("\xeb\x93\x9c\xeb\x9d\xbc\xec\x9d\xb4\xeb\xb2\x84"), /* 드라이버 */ {NULL, 0}};
static const kw ip_product_words[] = {
    /* clients, runtimes, OSes of devices and libraries, which are named with their version;
     * not servers and services (nginx, mysql, a game server), which are named with their
     * address */
    KW("python"), KW("java"), KW("node.js"), KW("nodejs"), KW("ruby"), KW("perl"), KW("php"), KW("rust"), KW("golang"), KW("dotnet"),
    KW(".net"), KW("jdk"), KW("jre"), KW("openjdk"), KW("chrome"), KW("chromium"), KW("firefox"), KW("safari"), KW("opera"), KW("vivaldi"),
    KW("brave"), KW("webview"), KW("android"), KW("ios"), KW("ipados"), KW("macos"), KW("os x"), KW("chromeos"), KW("harmonyos"),
    KW("miui"), KW("emui"), KW("one ui"), KW("oxygenos"), KW("tvos"), KW("watchos"), KW("visionos"), KW("xcode"), KW("photoshop"),
    KW("acrobat"), KW("openssl"), KW("electron"), KW("django"), KW("rails"), KW("laravel"), KW("wordpress"), KW("drupal"),
    KW("intellij"), KW("thunderbird"), KW("vlc"), KW("cuda"), KW("tensorflow"), KW("pytorch"), KW("numpy"), KW("sdk"), KW("bios"),
    KW("uefi"), KW("visual studio"), KW("vs code"), KW("vscode"), KW("mozilla"), KW("gecko"), KW("applewebkit"), KW("webkit"),
    KW("gradle"), KW("maven"), KW("npm"), KW("pip"), KW("kotlin"), KW("swift"), KW("scala"),
    KW("nvidia"), KW("geforce"), KW("radeon"), KW("ubuntu"), KW("debian"), KW("fedora"), KW("kubernetes"),
    KW("flutter"), KW("angular"), KW("typescript"), KW("webpack"), {NULL, 0}};

/* Client applications whose name is also a common word or a host's role: only as written,
 * capitalised ("Zoom 5.16.10.26", "Teams 1.6.0.1"; "edge 81.2.3.4" may be a router). */
static const kw ip_product_cased[] = {
    KW("Zoom"), KW("Slack"), KW("Teams"), KW("Skype"), KW("Office"), KW("Outlook"), KW("Excel"), KW("PowerPoint"), KW("OneDrive"),
    KW("Edge"), KW("Windows"), KW("Linux"), KW("Git"), KW("Spotify"), KW("Discord"), KW("WhatsApp"), KW("Telegram"), KW("Signal"),
    KW("Dropbox"), KW("Notion"), KW("Figma"), KW("Postman"), KW("Unity"), KW("Blender"), KW("GIMP"), KW("Audacity"), KW("Kodi"),
    KW("Plex"), KW("Thunderbird"), KW("Oracle"), {NULL, 0}};

/* Whether the text before `b` (after at most one separator: a space, NBSP, ':' or '(' with a
 * space) ends with `w` as a whole word (a Latin word needs a non-letter before it). */
static int ends_with_word(const char *t, size_t b, const kw *kwd)
{
    const char *w = kwd->w;
    size_t n = kwd->n;
    if (b < n || lower((unsigned char)t[b - 1]) != (unsigned char)w[n - 1])
        return 0;
    const char *p = t + b - n;
    for (size_t k = 0; k < n; k++)
        if (lower((unsigned char)p[k]) != (unsigned char)w[k])
            return 0;
    if (b == n || !((unsigned char)w[0] < 0x80))
        return 1;
    unsigned char c = (unsigned char)t[b - n - 1];
    if (c >= 0x80)
        return !latin_letter_before(t, b - n); /* "注意：BIOS 1.21.8.2": CJK punctuation */
    return !(is_alnum(c) || c == '_' || c == '-');
}

/* Firmware is only ever followed by its version, a few words later ("firmware to 16.8.0.85",
 * "Firmware atualizado para 6.7.1.169", "Прошивка обновлена до …", "固件升级到…",
 * "ファームウェアを…に更新"): the firmware word anywhere in the same clause, up to 48 bytes
 * back (stopping at a clause end). Stems, so inflections match (прошивка/прошивку/прошивки). */
static const kw ip_firmware_words[] = {
    KW("firmware"), KW("micrologiciel"),
    /* a question or a note about a version: "which version did you benchmark, 9.6.7.25 or the
     * LTS?" */
    KW("version"), KW("\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb2\xd0\xba"), /* прошивк */
    KW("\xd0\x9f\xd1\x80\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb2\xd0\xba"),                                     /* Прошивк */
    KW("\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb2\xd1\x86\xd1\x96"),                             /* прошивці */
    KW("\xe5\x9b\xba\xe4\xbb\xb6"),                                                                     /* 固件 */
    KW("\xe3\x83\x95\xe3\x82\xa1\xe3\x83\xbc\xe3\x83\xa0\xe3\x82\xa6\xe3\x82\xa7\xe3\x82\xa2"),         /* ファームウェア */
    KW("\xed\x8e\x8c\xec\x9b\xa8\xec\x96\xb4"),                                                         /* 펌웨어 */
    /* Tamil, Bengali, Hebrew, Arabic ("the fixed program"), Thai, Hindi, Persian */
    KW("\xe0\xae\x83\xe0\xae\xaa\xe0\xae\xb0\xe0\xaf\x8d\xe0\xae\xae\xe0\xaf\x8d\xe0\xae\xb5\xe0\xaf\x87\xe0\xae\xb0\xe0\xaf\x8d"), /* ஃபர்ம்வேர் (Tamil) */
    KW("\xe0\xa6\xab\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xae\xe0\xa6\x93\xe0\xa6\xaf\xe0\xa6\xbc\xe0\xa7\x8d\xe0\xa6\xaf\xe0\xa6\xbe\xe0\xa6\xb0"), /* ফার্মওয়্যার (Bengali) */
    KW("\xd7\xa7\xd7\x95\xd7\xa9\xd7\x97\xd7\x94"), /* קושחה (Hebrew) */
    KW("\xd8\xa7\xd9\x84\xd8\xa8\xd8\xb1\xd9\x86\xd8\xa7\xd9\x85\xd8\xac\x20\xd8\xa7\xd9\x84\xd8\xab\xd8\xa7\xd8\xa8\xd8\xaa"), /* البرنامج الثابت (Arabic) */
    KW("\xe0\xb9\x80\xe0\xb8\x9f\xe0\xb8\xb4\xe0\xb8\xa3\xe0\xb9\x8c\xe0\xb8\xa1\xe0\xb9\x81\xe0\xb8\xa7\xe0\xb8\xa3\xe0\xb9\x8c"), /* เฟิร์มแวร์ (Thai) */
    KW("\xe0\xa4\xab\xe0\xa4\xbc\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xae\xe0\xa4\xb5\xe0\xa5\x87\xe0\xa4\xaf\xe0\xa4\xb0"), /* फ़र्मवेयर (Hindi) */
    KW("\xd9\x81\xd8\xb1\xdb\x8c\xd9\x85\xe2\x80\x8c\xd9\x88\xd8\xb1"), /* فریم‌ور (Persian) */
    {NULL, 0}};

/* ... unless the word right before the number names an address ("firmware server 81.2.3.4") */
static const kw ip_address_words[] = {KW("server"), KW("host"),    KW("ip"),    KW("address"),
                                      KW("addr"),   KW("at"),      KW("from"),  KW("via"),
                                      KW("mirror"), KW("proxy"),   KW("gateway"), KW("origin"),
                                      {NULL, 0}};

/* Whether a firmware word starts at q and ends by b (a Latin one not inside a word). */
static int firmware_word_at(const char *t, size_t q, size_t b)
{
    for (size_t k = 0; ip_firmware_words[k].w; k++) {
        const kw *e = &ip_firmware_words[k];
        if (q + e->n > b)
            continue;
        size_t j = 0;
        while (j < e->n && lower((unsigned char)t[q + j]) == (unsigned char)e->w[j])
            j++;
        if (j < e->n)
            continue;
        if ((unsigned char)e->w[0] < 0x80 && q > 0 &&
            (is_alnum((unsigned char)t[q - 1]) || (unsigned char)t[q - 1] >= 0x80))
            continue;
        /* "version" is a whole word (or "versions"): not "versioning" */
        if (e->w[0] == 'v' && q + e->n < b && is_alpha((unsigned char)t[q + e->n]) &&
            !(t[q + e->n] == 's' && (q + e->n + 1 >= b || !is_alpha((unsigned char)t[q + e->n + 1]))))
            continue;
        return 1;
    }
    return 0;
}

/* Whether t[q, b) holds a number with two dots or more ("9.12.2.39"): firmware has one
 * version, so a second dotted number after it ("firmware 9.12.2.39, and it phones home to
 * 112.204.179.209") is no longer its version. */
static int dotted_number_in(const char *t, size_t q, size_t b)
{
    int dots = 0, digits = 0;
    for (; q < b; q++) {
        if (is_digit((unsigned char)t[q])) {
            digits++;
        } else if (t[q] == '.' && digits && q + 1 < b && is_digit((unsigned char)t[q + 1])) {
            if (++dots >= 2)
                return 1;
        } else {
            dots = digits = 0;
        }
    }
    return 0;
}

/* Where the clause that ends at b starts, looking back at most `window` bytes: after a line
 * end, '!', '?', ';', a full stop before a space, the ideographic full stop 。, the Arabic
 * question mark ؟ or the full-width ！ ； ？. */
static size_t clause_start(const char *t, size_t b, size_t window)
{
    size_t lim = b > window ? b - window : 0;
    size_t p = b;
    while (p > lim) {
        unsigned char c = (unsigned char)t[p - 1];
        if (c == '\n' || c == '!' || c == '?' || c == ';' ||
            (c == '.' && p < b && t[p] == ' ') ||
            (c == 0x82 && p >= 3 && (unsigned char)t[p - 2] == 0x80 &&
             (unsigned char)t[p - 3] == 0xE3) ||
            (c == 0x9F && p >= 2 && (unsigned char)t[p - 2] == 0xD8) ||
            ((c == 0x81 || c == 0x9B || c == 0x9F) && p >= 3 && (unsigned char)t[p - 2] == 0xBC &&
             (unsigned char)t[p - 3] == 0xEF))
            break;
        p--;
    }
    return p;
}

/* Whether t[q, b) holds a digit. */
static int digit_in(const char *t, size_t q, size_t b)
{
    for (; q < b; q++)
        if (is_digit((unsigned char)t[q]))
            return 1;
    return 0;
}

static int ip_firmware_before(const char *t, size_t b)
{
    char aw[16];
    size_t an = word_before(t, b, 2, aw, sizeof aw);
    if (an && word_in(aw, an, ip_address_words))
        return 0;
    size_t p = clause_start(t, b, 48);
    /* Every public address runs this window search, so the words are tried only where the
     * text's byte is the first byte of one of them (about 10 distinct first bytes): one pass
     * over the window instead of one per word. */
    uint64_t first[4] = {0, 0, 0, 0};
    for (size_t k = 0; ip_firmware_words[k].w; k++) {
        unsigned char c0 = (unsigned char)ip_firmware_words[k].w[0];
        first[c0 >> 6] |= 1ull << (c0 & 63);
    }
    for (size_t q = p; q < b; q++) {
        unsigned char c = (unsigned char)lower((unsigned char)t[q]);
        if ((first[c >> 6] >> (c & 63)) & 1 && firmware_word_at(t, q, b))
            /* (a version word is only the quad's when no number comes between: "(version
             * 12.8) — Try curl against 162.215.140.35" names an address) */
            return (lower((unsigned char)t[q]) == 'v' ? !digit_in(t, q, b)
                                                      : !dotted_number_in(t, q, b));
    }
    return 0;
}

/* Whether an entry of `list` ends the text before p, the last word before being t[p - wl, p):
 * an entry is that word, or ends in it after a space, or is of a non-Latin script. */
static int last_word_listed(const char *t, size_t p, size_t wl, const kw *list)
{
    unsigned char last = (unsigned char)lower((unsigned char)t[p - 1]);
    /* (each entry's last byte first: it rules out nearly all of them at once) */
    for (size_t k = 0; list[k].w; k++) {
        const kw *e = &list[k];
        if ((unsigned char)e->w[e->n - 1] != last)
            continue;
        if ((e->n == wl || (e->n > wl && e->w[e->n - wl - 1] == ' ') ||
             (unsigned char)e->w[0] >= 0x80 ||
             (e->n < wl && (unsigned char)t[p - e->n - 1] >= 0x80)) &&
            ends_with_word(t, p, e))
            return 1;
    }
    return 0;
}

/* Verbs of changing a software version: "Bumped the controller from 4.23.25.189 to
 * 1.28.14.120". (Not "updated", "moved", "changed": "Updated the A record from … to …" changes
 * an address.) */
static const kw ip_bump_verbs[] = {KW("bumped"), KW("bump"), KW("bumping"), KW("upgraded"), KW("upgrade"), KW("upgrading"), KW("downgraded"), KW("downgrade"), KW("downgrading"), {NULL, 0}};

/* Whether a verb of ip_bump_verbs starts a word in the clause before t[f] (64 bytes at
 * most). */
static int ip_bump_verb_before(const char *t, size_t f)
{
    size_t lo = clause_start(t, f, 64);
    for (size_t q = f; q > lo; q--) {
        char c = t[q - 1];
        if (!is_alpha((unsigned char)c) || (q - 1 > 0 && is_alpha((unsigned char)t[q - 2])))
            continue; /* q - 1 must start a word */
        size_t e = q - 1;
        while (e < f && is_alpha((unsigned char)t[e]))
            e++;
        char w[16];
        size_t n = e - (q - 1);
        if (n >= sizeof w)
            continue;
        for (size_t k = 0; k < n; k++)
            w[k] = (char)lower((unsigned char)t[q - 1 + k]);
        if (word_in(w, n, ip_bump_verbs))
            return 1;
    }
    return 0;
}

/* Both numbers of "from A to B" after a verb of changing a version in the same clause. */
static int ip_bump_from_to(const char *t, size_t b)
{
    if (b >= 5 && memcmp(t + b - 5, "from ", 5) == 0)
        return ip_bump_verb_before(t, b - 5);
    if (b < 4 || memcmp(t + b - 4, " to ", 4) != 0)
        return 0;
    size_t q = b - 4; /* A ends here */
    while (q > 0 && b - 4 - q < 16 && (is_digit((unsigned char)t[q - 1]) || t[q - 1] == '.'))
        q--;
    /* A: a version of two parts or more ("from 2.6.15 to 6.8.4.32"; the verb is the cue) */
    int dot = 0;
    for (size_t k = q; k + 1 < b - 4; k++)
        if (t[k] == '.' && k > q && is_digit((unsigned char)t[k - 1]) && is_digit((unsigned char)t[k + 1]))
            dot = 1;
    return dot && q >= 5 && memcmp(t + q - 5, "from ", 5) == 0 && ip_bump_verb_before(t, q - 5);
}

/* Whether the ':' at c ends a container image's name, "ghcr.io/acme/payments:7.0.6.11": the
 * token before it is a registry host (a dot in it), two '/' or more and a last part without a
 * dot (a file's name has one: "access.log:203.0.113.5" is grep's output); what follows is
 * the image's tag, a version. */
static int image_ref_before(const char *t, size_t c)
{
    size_t p = c, slashes = 0, last = c;
    while (p > 0 && c - p < 200) {
        unsigned char ch = (unsigned char)t[p - 1];
        if (ch == '/') {
            if (!slashes)
                last = p;
            slashes++;
        } else if (!(is_alnum(ch) || ch == '.' || ch == '-' || ch == '_')) {
            break;
        }
        p--;
    }
    if (slashes < 2 || last == c || (p > 0 && !(t[p - 1] == ' ' || t[p - 1] == '"' ||
                                                t[p - 1] == '\'' || t[p - 1] == '=' ||
                                                t[p - 1] == '\t')))
        return 0;
    if (memchr(t + last, '.', c - last))
        return 0;
    const char *sl = memchr(t + p, '/', c - p);
    return sl && sl > t + p && memchr(t + p, '.', (size_t)(sl - (t + p))) != NULL;
}

static int ip_version_context(const char *t, size_t b)
{
    if (ip_firmware_before(t, b) || ip_bump_from_to(t, b) ||
        (b > 0 && t[b - 1] == ':' && image_ref_before(t, b - 1)))
        return 1;
    size_t p = b, seps = 0;
    int slash = 0;
    while (p > 0 && seps < 3) {
        unsigned char c = (unsigned char)t[p - 1];
        if (c == ' ' || c == ':' || c == '(') {
            p--;
        } else if (c == 0xA0 && p >= 2 && (unsigned char)t[p - 2] == 0xC2) {
            p -= 2;
        } else if (c == '/' && seps == 0 && p >= 2 && is_alpha((unsigned char)t[p - 2])) {
            slash = 1; /* user agent "Chrome/81.2.3.4" */
            p--;
        } else {
            break;
        }
        seps++;
    }
    /* every listed word ends in a letter or a byte of a multi-byte character */
    if (p == 0 || !(is_alpha((unsigned char)t[p - 1]) || (unsigned char)t[p - 1] >= 0x80))
        return 0;
    if (p == b && !slash) {
        /* glued to CJK or other non-Latin text: "版本81.2.3.4" */
        for (size_t k = 0; ip_version_words[k].w; k++)
            if ((unsigned char)ip_version_words[k].w[0] >= 0x80 &&
                ends_with_word(t, p, &ip_version_words[k]))
                return 1;
        return 0;
    }
    /* the last word before (letters, '.', bytes of multi-byte characters): an entry is that
     * word, or ends in it after a space; most entries are ruled out by length alone */
    size_t ws = p;
    while (ws > 0 && p - ws < 32 &&
           (is_alpha((unsigned char)t[ws - 1]) || (unsigned char)t[ws - 1] >= 0x80 ||
            t[ws - 1] == '.'))
        ws--;
    size_t wl = p - ws;
    /* (CJK has no spaces: "新版本 …" ends in "版本"; a Latin word right after CJK text or
     * punctuation, "注意：BIOS …", is a word too) */
    if (last_word_listed(t, p, wl, ip_version_words) ||
        last_word_listed(t, p, wl, ip_product_words)) /* (all ASCII) */
        return 1;
    /* the word "version" and one lowercase word of what it versions ("Wersja oprogramowania
     * 8.7.1.208", "Version logiciel …"; not "firmware server 81.2.3.4": a firmware, an update
     * or a build names other things too) */
    static const kw version_nouns[] = {
        KW("version"), KW("versions"), KW("ver"), KW("versi\xc3\xb3n"), KW("versao"),
        KW("vers\xc3\xa3o"), KW("versione"), KW("versie"), KW("wersja"), KW("wersji"),
        KW("s\xc3\xbcr\xc3\xbcm"), KW("surum"), KW("verze"), KW("versiune"), KW("versio"),
        KW("verzi\xc3\xb3"), KW("\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f"),
        KW("\xd0\x92\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f"), {NULL, 0}};
    if (wl >= 4 && ws >= 2 && t[ws - 1] == ' ' && t[ws] >= 'a' && t[ws] <= 'z') {
        size_t p2 = ws - 1, ws2 = p2;
        while (ws2 > 0 && p2 - ws2 < 32 &&
               (is_alpha((unsigned char)t[ws2 - 1]) || (unsigned char)t[ws2 - 1] >= 0x80))
            ws2--;
        if (ws2 < p2 && last_word_listed(t, p2, p2 - ws2, version_nouns))
            return 1;
    }
    if (wl >= 9 && t[ws] >= 'A' && t[ws] <= 'Z' && memcmp(t + p - 7, "version", 7) == 0)
        return 1; /* a German compound, capitalised: "Softwareversion", "Treiberversion" */
    if (wl >= 3 && lower((unsigned char)t[p - 3]) == 'w' && lower((unsigned char)t[p - 2]) == 'r' &&
        lower((unsigned char)t[p - 1]) == 't')
        return 1; /* router firmware of the WRT family (OpenWrt, DD-WRT, AsusWRT) */
    if (wl >= 3 && t[p - 2] == 'O' && t[p - 1] == 'S' && t[p - 3] >= 'a' && t[p - 3] <= 'z')
        return 1; /* an operating system's name, "OS" after a lowercase letter: RouterOS,
                   * FortiOS, EdgeOS, CentOS (not an acronym such as SOS) */
    for (size_t k = 0; ip_product_cased[k].w; k++) {
        size_t n = ip_product_cased[k].n;
        if (p >= n && t[p - 1] == ip_product_cased[k].w[n - 1] &&
            memcmp(t + p - n, ip_product_cased[k].w, n) == 0 &&
            (p == n || !(is_alnum((unsigned char)t[p - n - 1]) || (unsigned char)t[p - n - 1] >= 0x80)))
            return 1;
    }
    return 0;
}

/* An amount with '.' thousands separators ("2.146.080.000 VND", "1.250.000.000 ₫"): a currency
 * right after, as an ISO code or a sign. */
static int ip_amount_after(const char *t, size_t len, size_t e)
{
    static const char *const cur[] = {"VND", "IDR", "Rp", "EUR", "USD", "BRL", "COP", "CLP", "ARS",
                                      "TRY", "\xe2\x82\xab" /* ₫ */, "\xc4\x91" /* đ */,
                                      "\xe2\x82\xac" /* € */, NULL};
    size_t q = e + (e < len && t[e] == ' ');
    for (size_t k = 0; cur[k]; k++) {
        size_t n = strlen(cur[k]);
        if (q + n <= len && memcmp(t + q, cur[k], n) == 0 &&
            (q + n == len || !is_alpha((unsigned char)t[q + n])))
            return 1;
    }
    return 0;
}

/* A version's word right after the quad [b, e), not followed by a number of its own:
 * "Oracle Database 1.14.11.42 patch set", "… build", "… hotfix"; "update", "upgrade",
 * "release" only with "the" before the quad ("since the 4.0.2.82 update"; "Server 81.2.3.4
 * update failed" names an address). */
static int ip_version_after(const char *t, size_t len, size_t b, size_t e)
{
    static const kw after[] = {KW("patch"),  KW("hotfix"),  KW("build"),
                               KW("update"), KW("upgrade"), KW("release"), {NULL, 0}};
    size_t q = e + (e < len && t[e] == ' '), w = q;
    if (q == e)
        return 0;
    while (w < len && w - q < 8 && is_alpha((unsigned char)t[w]))
        w++;
    int k = (w < len && is_alpha((unsigned char)t[w])) ? -1 : word_eq_in(t, q, w - q, after);
    if (k < 0)
        return 0;
    if (k >= 3 && !(b >= 4 && (t[b - 4] | 32) == 't' && (t[b - 3] | 32) == 'h' &&
                    (t[b - 2] | 32) == 'e' && t[b - 1] == ' '))
        return 0;
    /* not when the word names the next number: "host 81.2.3.4 build 7.5.0.230" */
    size_t d = w;
    while (d < len && d - w < 3 && (t[d] == ' ' || t[d] == ':'))
        d++;
    return !(d < len && is_digit((unsigned char)t[d]));
}

static void rec_ipv4(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_IPV4])
        return;
    size_t b = end, lim = end > 64 ? end - 64 : 0;
    if (lim < s->covered[ASKF__K_IPV4])
        lim = s->covered[ASKF__K_IPV4];
    while (b > lim && (is_digit((unsigned char)t[b - 1]) || t[b - 1] == '.'))
        b--;
    size_t e = end;
    while (e < len && (is_digit((unsigned char)t[e]) || t[e] == '.'))
        e++;
    s->covered[ASKF__K_IPV4] = (uint32_t)e;
    while (e > b && t[e - 1] == '.')
        e--; /* sentence full stop */
    while (b < e && t[b] == '.')
        return; /* ".1.2.3.4": part of something longer */
    /* exactly four octets */
    uint8_t a[4];
    size_t i = b;
    for (int k = 0; k < 4; k++) {
        unsigned v = 0, nd = 0;
        while (i < e && is_digit((unsigned char)t[i]) && nd < 4) {
            v = v * 10 + (unsigned)(t[i] - '0');
            i++;
            nd++;
        }
        if (!nd || nd > 3 || v > 255)
            return;
        a[k] = (uint8_t)v;
        if (k < 3) {
            if (i >= e || t[i] != '.')
                return;
            i++;
        }
    }
    if (i != e)
        return;
    unsigned char before = b > 0 ? (unsigned char)t[b - 1] : ' ';
    unsigned char after = e < len ? (unsigned char)t[e] : ' ';
    if (before == '-' && hebrew_prefix_hyphen(t, b))
        before = ' ';
    if (is_alnum(before) || before == '-' || before == '_' || is_alnum(after) || after == '-' ||
        after == '_')
        return;
    char w[16];
    size_t wn = word_before(t, b, 2, w, sizeof w);
    if (wn && word_in(w, wn, version_words))
        return;
    if (!askf__ipv4_public(a))
        return; /* (first: the context checks below scan the text around) */
    if (ip_version_context(t, b))
        return;
    if (ip_amount_after(t, len, e) || ip_version_after(t, len, b, e))
        return;
    askf__pii_emit(s, b, e, ASKF_PII_IPV4);
}

/* ---------- IPV6 ---------- */

/* Eight groups written out and a "::" among them ("2803:f659:3599:426b:e5b0:f7f::9528:5066"):
 * the "::" stands for nothing, so the run is no valid address, but it is one mistyped, not an
 * address and a port (a tool writes a port after brackets, and never uses "::" for a single
 * zero group). Taken whole when the eight groups make a global address, so no piece of it is
 * left in the text. */
static int ipv6_full_with_gap(askf_pii_scratch *s, size_t b, size_t e)
{
    const char *t = s->text;
    char buf[64];
    if (e - b >= sizeof buf)
        return 0;
    size_t groups = 0, gaps = 0, run = 0;
    for (size_t i = b; i < e; i++) {
        if (t[i] != ':') {
            if (!is_hex((unsigned char)t[i]) || run == 4)
                return 0;
            groups += run++ == 0;
            continue;
        }
        if (!run)
            return 0; /* a leading ':' or ":::" */
        run = 0;
        if (i + 1 < e && t[i + 1] == ':') {
            gaps++;
            i++;
        }
    }
    if (gaps != 1 || groups != 8 || !run)
        return 0;
    memcpy(buf, t + b, e - b);
    buf[e - b] = 0;
    char *gap = strstr(buf, "::");
    memmove(gap + 1, gap + 2, strlen(gap + 2) + 1); /* "::" -> ":" */
    uint8_t a[16];
    unsigned char after = e < s->len ? (unsigned char)t[e] : ' ';
    if (inet_pton(AF_INET6, buf, a) != 1 || is_alnum(after) || after == '_')
        return 0;
    if (askf__ipv6_global(a))
        askf__pii_emit(s, b, e, ASKF_PII_IPV6);
    return 1;
}

static void rec_ipv6(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end <= s->covered[ASKF__K_IPV6])
        return;
    size_t lim = end > 64 ? end - 64 : 0;
    if (lim < s->covered[ASKF__K_IPV6])
        lim = s->covered[ASKF__K_IPV6];
    size_t b = end;
    while (b > lim && (is_hex((unsigned char)t[b - 1]) || t[b - 1] == ':' || t[b - 1] == '.'))
        b--;
    size_t e = end, elim = end + 64 < len ? end + 64 : len;
    while (e < elim && (is_hex((unsigned char)t[e]) || t[e] == ':' || t[e] == '.'))
        e++;
    s->covered[ASKF__K_IPV6] = (uint32_t)e;
    while (e > b && (t[e - 1] == '.' || (t[e - 1] == ':' && !(e >= 2 && t[e - 2] == ':'))))
        e--;
    while (b < e && t[b] == '.')
        b++;
    unsigned char before = b > 0 ? (unsigned char)t[b - 1] : ' ';
    if (before == '-' && hebrew_prefix_hyphen(t, b))
        before = ' ';
    if (is_alnum(before) || before == '_' || before == '-')
        return;
    if (ipv6_full_with_gap(s, b, e))
        return;
    /* try the whole run, then without a trailing ":port"-like group */
    for (int attempt = 0; attempt < 2 && e > b; attempt++) {
        char buf[64];
        size_t n = e - b;
        if (n >= sizeof buf || n < 3)
            return;
        memcpy(buf, t + b, n);
        buf[n] = 0;
        uint8_t a[16];
        if (inet_pton(AF_INET6, buf, a) == 1) {
            unsigned char after = e < len ? (unsigned char)t[e] : ' ';
            if (is_alnum(after) || after == '_')
                return;
            if (askf__ipv6_global(a))
                askf__pii_emit(s, b, e, ASKF_PII_IPV6);
            return;
        }
        size_t k = e;
        while (k > b && t[k - 1] != ':')
            k--;
        if (k <= b + 1)
            return;
        e = k - 1;
    }
}

/* The IPV6 trigger by hand, as the digit pass does for the digit types: every end of a
 * match of hex{1,4} ':' hex{0,4} ':' (hex{0,4} ':'? hex | ':') (also a compressed address
 * ending in "::", "2a02:96ce::"), in increasing order, as Hyperscan reported them. A match
 * whose first ':' is at p needs a hex digit before p; its second ':' is the first byte after
 * at most four hex digits; the shortest match then ends one byte later, at a hex digit or
 * ':'. Colons are rare in text, so memchr finds them; the Hyperscan pattern cost about a
 * quarter of the whole scan, since ':' is in every time of day and URL. */
void askf__pii_ipv6(askf_pii_scratch *s)
{
    const char *t = s->text;
    size_t len = s->len, i = 0;
    while (i < len) {
        const char *c = memchr(t + i, ':', len - i);
        if (!c)
            break;
        size_t p = (size_t)(c - t), k = p + 1;
        i = k;
        if (!p || !is_hex((unsigned char)t[p - 1]))
            continue;
        while (k < len && k - p <= 4 && is_hex((unsigned char)t[k]))
            k++;
        if (k + 1 >= len || t[k] != ':' || !(is_hex((unsigned char)t[k + 1]) || t[k + 1] == ':'))
            continue;
        rec_ipv6(s, k + 2);
    }
}

/* ---------- URL (profile links) ---------- */

enum {
    SITE_LINKEDIN,
    SITE_GITHUB,
    SITE_X,
    SITE_TWITTER,
    SITE_MEDIUM,
    SITE_BSKY,
    SITE_SUBSTACK,
    SITE_CALENDLY,
    SITE_INSTAGRAM,
    SITE_FACEBOOK,
    SITE_YOUTUBE,
    SITE_TME,
    SITE_TIKTOK,
    SITE_GITLAB,
    SITE_MASTODON,
    SITE_THREADS,
    /* professional, developer, creator and social sites: the literal ends where the handle
     * starts (the profile path is part of it where the site has one) */
    SITE_XING,
    SITE_BITBUCKET,
    SITE_DRIBBBLE,
    SITE_BEHANCE,
    SITE_STACKOVERFLOW,
    SITE_KAGGLE,
    SITE_HUGGINGFACE,
    SITE_DEVTO,
    SITE_HASHNODE, /* <user>.hashnode.dev: the handle before the literal, as substack */
    SITE_WAME,
    SITE_LINKTREE,
    SITE_ABOUTME,
    SITE_RESEARCHGATE,
    SITE_ORCID,
    SITE_SCHOLAR,
    SITE_QIITA,
    SITE_ZHIHU,
    SITE_NOTE,
    SITE_VK,
    SITE_OK,
    SITE_TOPMATE,
    SITE_ZENN,
    SITE_WEIBO,
    SITE_CALCOM,
    /* more profile sites of people (communities, code, talks, creators, sports, reading) */
    SITE_LI_PUB,
    SITE_REDDIT_USER,
    SITE_REDDIT_U,
    SITE_PINTEREST,
    SITE_SOUNDCLOUD,
    SITE_FLICKR_PEOPLE,
    SITE_FLICKR_PHOTOS,
    SITE_CODEPEN,
    SITE_LEETCODE,
    SITE_HACKERRANK,
    SITE_CODEFORCES,
    SITE_NPM,
    SITE_PYPI,
    SITE_GRAVATAR,
    SITE_KEYBASE,
    SITE_WELLFOUND,
    SITE_ANGELLIST,
    SITE_PATREON,
    SITE_KOFI,
    SITE_BMAC,
    SITE_CODEBERG,
    SITE_GITEE,
    SITE_HN,
    SITE_SPEAKERDECK,
    SITE_SLIDESHARE,
    SITE_SESSIONIZE,
    SITE_DEVPOST,
    SITE_ARTSTATION,
    SITE_DEVIANTART,
    SITE_LETTERBOXD,
    SITE_GOODREADS,
    SITE_STRAVA,
    SITE_PEERLIST,
    SITE_BENTO,
    SITE_TUMBLR,
    SITE_HABR,
    SITE_VCRU,
    SITE_BILIBILI,
    SITE_DOUYIN,
    SITE_XHS,
    SITE_SNAPCHAT,
    SITE_LAUNCHPAD,
    SITE_DISCORD,
    SITE_VIMEO,
    SITE_TWITCH,
    SITE_POLYWORK,
    SITE_CONTRA,
    SITE_LAYERS,
    SITE_PX500,
    SITE_VSCO,
    SITE_TOPTAL,
    SITE_SEMSCHOLAR,
    SITE_DBLP,
    SITE_MENDELEY,
    SITE_PHILPAPERS,
    SITE_FRONTIERS,
    SITE_OPENREVIEW,
    SITE_ARXIV,
    SITE_FBCOM,
    SITE_MME,
    SITE_LI_VIEW,
    SITE_TELEGRAM,
    /* the handle before the literal, as substack; one trigger for all (SITE_BY_SUFFIX) */
    SITE_MEDIUM_SUB, /* <user>.medium.com */
    SITE_GHIO,       /* <user>.github.io (GitHub Pages of a user or an organisation) */
    SITE_GLIO,       /* <user>.gitlab.io (GitLab Pages) */
    SITE_WORDPRESS,  /* <blog>.wordpress.com */
    SITE_BLOGSPOT,   /* <blog>.blogspot.com */
    SITE_TUMBLR_SUB, /* <blog>.tumblr.com */
    SITE_FEDI, /* any host's "/@user" (Mastodon and other fediverse instances) */
    SITE_N,
    /* the pattern arguments past the sites (a pattern's arg is 16 bits) */
    SITE_BY_SUFFIX = 1000, /* one trigger for the subdomain-handle sites from SITE_MEDIUM_SUB on */
    SITE_BY_TLD = 1001, /* one trigger for the sites from SITE_XING on: ".com/", ".net/", ... */
    SITE_PREFIX = 1024 /* + index into pii->prefixes */
};
_Static_assert(SITE_N < SITE_BY_SUFFIX, "the site numbers run into the pattern arguments");

/* SITE(host up to its first '/', the path after it, expression): the lengths are constants, so
 * the shared top-level-domain trigger tests each site without strlen or strchr */
#define SITE(host, path, expr) {host path, expr, sizeof(host) - 1, sizeof(host path) - 1}
static const struct {
    const char *lit; /* the host part matched by Hyperscan (lowercase) */
    const char *expr;
    unsigned char hostlen; /* bytes of lit up to and including its first '/' (all if none) */
    unsigned char len;     /* strlen(lit) */
} sites[SITE_N] = {
    SITE("linkedin.com/", "in/", "linkedin\\.com/in/[A-Za-z0-9%\\-_]"),
    SITE("github.com/", "", "github\\.com/[A-Za-z0-9\\-]"),
    SITE("x.com/", "", "x\\.com/[A-Za-z0-9_]"),
    SITE("twitter.com/", "", "twitter\\.com/[A-Za-z0-9_]"),
    SITE("medium.com/", "@", "medium\\.com/@[A-Za-z0-9_.\\-]"),
    SITE("bsky.app/", "profile/", "bsky\\.app/profile/[A-Za-z0-9]"),
    SITE(".substack.com", "", "[A-Za-z0-9]\\.substack\\.com"),
    SITE("calendly.com/", "", "calendly\\.com/[A-Za-z0-9]"),
    SITE("instagram.com/", "", "instagram\\.com/[A-Za-z0-9_.]"),
    SITE("facebook.com/", "", "facebook\\.com/[A-Za-z0-9.]"),
    SITE("youtube.com/", "@", "youtube\\.com/@[A-Za-z0-9_.\\-]"),
    SITE("t.me/", "", "t\\.me/[A-Za-z0-9_]"),
    SITE("tiktok.com/", "@", "tiktok\\.com/@[A-Za-z0-9_.]"),
    SITE("gitlab.com/", "", "gitlab\\.com/[A-Za-z0-9]"),
    SITE("mastodon.social/", "@", "mastodon\\.social/@[A-Za-z0-9_]"),
    SITE("threads.net/", "@", "threads\\.net/@[A-Za-z0-9_.]"),
    SITE("xing.com/", "profile/", "xing\\.com/profile/[A-Za-z0-9_\\-]"),
    SITE("bitbucket.org/", "", "bitbucket\\.org/[A-Za-z0-9_\\-]"),
    SITE("dribbble.com/", "", "dribbble\\.com/[A-Za-z0-9_\\-]"),
    SITE("behance.net/", "", "behance\\.net/[A-Za-z0-9_\\-]"),
    SITE("stackoverflow.com/", "users/", "stackoverflow\\.com/users/[0-9]"),
    SITE("kaggle.com/", "", "kaggle\\.com/[A-Za-z0-9_\\-]"),
    SITE("huggingface.co/", "", "huggingface\\.co/[A-Za-z0-9_\\-]"),
    SITE("dev.to/", "", "dev\\.to/[A-Za-z0-9_]"),
    SITE(".hashnode.dev", "", "[A-Za-z0-9]\\.hashnode\\.dev"),
    SITE("wa.me/", "", "wa\\.me/[0-9+]"),
    SITE("linktr.ee/", "", "linktr\\.ee/[A-Za-z0-9_.]"),
    SITE("about.me/", "", "about\\.me/[A-Za-z0-9_\\-]"),
    SITE("researchgate.net/", "profile/", "researchgate\\.net/profile/[A-Za-z0-9_\\-]"),
    SITE("orcid.org/", "", "orcid\\.org/[0-9]"),
    SITE("scholar.google.com/", "citations?user=", "scholar\\.google\\.com/citations\\?user=[A-Za-z0-9_\\-]"),
    SITE("qiita.com/", "", "qiita\\.com/[A-Za-z0-9_\\-]"),
    SITE("zhihu.com/", "people/", "zhihu\\.com/people/[A-Za-z0-9_\\-]"),
    SITE("note.com/", "", "note\\.com/[A-Za-z0-9_]"),
    SITE("vk.com/", "", "vk\\.com/[A-Za-z0-9_.]"),
    SITE("ok.ru/", "profile/", "ok\\.ru/profile/[0-9]"),
    SITE("topmate.io/", "", "topmate\\.io/[A-Za-z0-9_\\-]"),
    SITE("zenn.dev/", "", "zenn\\.dev/[A-Za-z0-9_]"),
    SITE("weibo.com/", "u/", "weibo\\.com/u/[0-9]"),
    SITE("cal.com/", "", "cal\\.com/[A-Za-z0-9_\\-]"),
    SITE("linkedin.com/", "pub/", "linkedin\\.com/pub/[A-Za-z0-9%\\-_]"),
    SITE("reddit.com/", "user/", "reddit\\.com/user/[A-Za-z0-9_\\-]"),
    SITE("reddit.com/", "u/", "reddit\\.com/u/[A-Za-z0-9_\\-]"),
    SITE("pinterest.com/", "", "pinterest\\.com/[A-Za-z0-9_]"),
    SITE("soundcloud.com/", "", "soundcloud\\.com/[A-Za-z0-9_\\-]"),
    SITE("flickr.com/", "people/", "flickr\\.com/people/[A-Za-z0-9_@\\-]"),
    SITE("flickr.com/", "photos/", "flickr\\.com/photos/[A-Za-z0-9_@\\-]"),
    SITE("codepen.io/", "", "codepen\\.io/[A-Za-z0-9_\\-]"),
    SITE("leetcode.com/", "u/", "leetcode\\.com/u/[A-Za-z0-9_\\-]"),
    SITE("hackerrank.com/", "profile/", "hackerrank\\.com/profile/[A-Za-z0-9_\\-]"),
    SITE("codeforces.com/", "profile/", "codeforces\\.com/profile/[A-Za-z0-9_\\-]"),
    SITE("npmjs.com/", "~", "npmjs\\.com/~[A-Za-z0-9_\\-]"),
    SITE("pypi.org/", "user/", "pypi\\.org/user/[A-Za-z0-9_\\-]"),
    SITE("gravatar.com/", "", "gravatar\\.com/[A-Za-z0-9_]"),
    SITE("keybase.io/", "", "keybase\\.io/[A-Za-z0-9_]"),
    SITE("wellfound.com/", "u/", "wellfound\\.com/u/[A-Za-z0-9_\\-]"),
    SITE("angel.co/", "u/", "angel\\.co/u/[A-Za-z0-9_\\-]"),
    SITE("patreon.com/", "", "patreon\\.com/[A-Za-z0-9_]"),
    SITE("ko-fi.com/", "", "ko-fi\\.com/[A-Za-z0-9_]"),
    SITE("buymeacoffee.com/", "", "buymeacoffee\\.com/[A-Za-z0-9_]"),
    SITE("codeberg.org/", "", "codeberg\\.org/[A-Za-z0-9_\\-]"),
    SITE("gitee.com/", "", "gitee\\.com/[A-Za-z0-9_\\-]"),
    SITE("news.ycombinator.com/", "user?id=", "news\\.ycombinator\\.com/user\\?id=[A-Za-z0-9_\\-]"),
    SITE("speakerdeck.com/", "", "speakerdeck\\.com/[A-Za-z0-9_\\-]"),
    SITE("slideshare.net/", "", "slideshare\\.net/[A-Za-z0-9_\\-]"),
    SITE("sessionize.com/", "", "sessionize\\.com/[A-Za-z0-9_\\-]"),
    SITE("devpost.com/", "", "devpost\\.com/[A-Za-z0-9_\\-]"),
    SITE("artstation.com/", "", "artstation\\.com/[A-Za-z0-9_\\-]"),
    SITE("deviantart.com/", "", "deviantart\\.com/[A-Za-z0-9_\\-]"),
    SITE("letterboxd.com/", "", "letterboxd\\.com/[A-Za-z0-9_]"),
    SITE("goodreads.com/", "user/show/", "goodreads\\.com/user/show/[0-9]"),
    SITE("strava.com/", "athletes/", "strava\\.com/athletes/[0-9]"),
    SITE("peerlist.io/", "", "peerlist\\.io/[A-Za-z0-9_]"),
    SITE("bento.me/", "", "bento\\.me/[A-Za-z0-9_]"),
    SITE("tumblr.com/", "", "tumblr\\.com/[A-Za-z0-9_\\-]"),
    SITE("habr.com/", "ru/users/", "habr\\.com/ru/users/[A-Za-z0-9_\\-]"),
    SITE("vc.ru/", "u/", "vc\\.ru/u/[0-9]"),
    SITE("space.bilibili.com/", "", "space\\.bilibili\\.com/[0-9]"),
    SITE("douyin.com/", "user/", "douyin\\.com/user/[A-Za-z0-9_\\-]"),
    SITE("xiaohongshu.com/", "user/profile/", "xiaohongshu\\.com/user/profile/[A-Za-z0-9]"),
    SITE("snapchat.com/", "add/", "snapchat\\.com/add/[A-Za-z0-9_.\\-]"),
    SITE("launchpad.net/", "~", "launchpad\\.net/~[A-Za-z0-9_\\-]"),
    SITE("discord.com/", "users/", "discord\\.com/users/[0-9]"),
    SITE("vimeo.com/", "", "vimeo\\.com/[A-Za-z]"),
    SITE("twitch.tv/", "", "twitch\\.tv/[A-Za-z0-9_]"),
    SITE("polywork.com/", "", "polywork\\.com/[A-Za-z0-9_]"),
    SITE("contra.com/", "", "contra\\.com/[A-Za-z0-9_]"),
    SITE("layers.to/", "", "layers\\.to/[A-Za-z0-9_]"),
    SITE("500px.com/", "p/", "500px\\.com/p/[A-Za-z0-9_]"),
    SITE("vsco.co/", "", "vsco\\.co/[A-Za-z0-9_]"),
    SITE("toptal.com/", "resume/", "toptal\\.com/resume/[A-Za-z0-9_]"),
    SITE("semanticscholar.org/", "author/", "semanticscholar\\.org/author/[A-Za-z0-9_]"),
    SITE("dblp.org/", "pid/", "dblp\\.org/pid/[0-9]"),
    SITE("mendeley.com/", "profiles/", "mendeley\\.com/profiles/[A-Za-z0-9_]"),
    SITE("philpapers.org/", "profile/", "philpapers\\.org/profile/[0-9]"),
    SITE("loop.frontiersin.org/", "people/", "loop\\.frontiersin\\.org/people/[0-9]"),
    SITE("openreview.net/", "profile?id=~", "openreview\\.net/profile\\?id=~[A-Za-z]"),
    SITE("arxiv.org/", "a/", "arxiv\\.org/a/[A-Za-z]"),
    SITE("fb.com/", "", "fb\\.com/[A-Za-z0-9.]"),
    SITE("m.me/", "", "m\\.me/[A-Za-z0-9.]"),
    SITE("linkedin.com/", "profile/view?id=", "linkedin\\.com/profile/view\\?id=[A-Za-z0-9_\\-]"),
    SITE("telegram.me/", "", "telegram\\.me/[A-Za-z0-9_]"),
    SITE(".medium.com", "", "[A-Za-z0-9]\\.medium\\.com"),
    SITE(".github.io", "", "[A-Za-z0-9]\\.github\\.io"),
    SITE(".gitlab.io", "", "[A-Za-z0-9]\\.gitlab\\.io"),
    SITE(".wordpress.com", "", "[A-Za-z0-9]\\.wordpress\\.com"),
    SITE(".blogspot.com", "", "[A-Za-z0-9]\\.blogspot\\.com"),
    SITE(".tumblr.com", "", "[A-Za-z0-9]\\.tumblr\\.com"),
    SITE("/", "@", "/@[A-Za-z0-9_]"),
};
#undef SITE

/* First path segments that are the site's own pages, not a person. */
static const kw reserved_github[] = {KW("about"), KW("features"), KW("pricing"), KW("enterprise"), KW("orgs"), KW("topics"), KW("marketplace"), KW("login"), KW("join"), KW("settings"), KW("explore"), KW("sponsors"), KW("site"), KW("security"), KW("collections"), KW("events"), KW("trending"), KW("apps"), KW("contact"), KW("customer-stories"), KW("team"), KW("solutions"), KW("resources"), KW("readme"), KW("new"), KW("notifications"), KW("issues"), KW("pulls"), KW("search"), KW("organizations"), KW("home"), KW("signup"), KW("careers"), KW("blog"), KW("docs"), KW("community"), KW("codespaces"), KW("copilot"), KW("premium-support"), KW("github"), KW("why-github"), KW("partners"), {NULL, 0}};
static const kw reserved_x[] = {KW("home"), KW("explore"), KW("i"), KW("search"), KW("settings"), KW("hashtag"), KW("intent"), KW("share"), KW("login"), KW("tos"), KW("privacy"), KW("messages"), KW("notifications"), KW("compose"), KW("jobs"), KW("about"), KW("signup"), KW("download"), KW("help"), KW("en"), KW("rules"), {NULL, 0}};
static const kw reserved_generic[] = {KW("about"), KW("pricing"), KW("login"), KW("signup"), KW("help"), KW("privacy"), KW("terms"), KW("legal"), KW("careers"), KW("jobs"), KW("blog"), KW("press"), KW("features"), KW("enterprise"), KW("business"), KW("pages"), KW("groups"), KW("events"), KW("watch"), KW("marketplace"), KW("policies"), KW("gaming"), KW("explore"), KW("accounts"), KW("developers"), KW("integrations"), KW("resources"), KW("customers"), KW("solutions"), KW("docs"), KW("support"), KW("company"), KW("reel"), KW("p"), KW("stories"), KW("tv"), KW("direct"), KW("hashtag"), KW("share"), KW("sharer"), KW("dialog"), KW("ads"), KW("results"), KW("feed"), KW("channel"), KW("c"), KW("user"), KW("playlist"), KW("embed"), {NULL, 0}};

/* First path segments of the developer, creator and social sites added later that name the
 * site's own sections or organisations rather than a person (checked with reserved_generic). */
static const kw reserved_more[] = {KW("orgs"), KW("org"), KW("organizations"), KW("organization"), KW("school"), KW("schools"), KW("showcase"), KW("models"), KW("datasets"), KW("spaces"), KW("competitions"), KW("code"), KW("learn"), KW("discussions"), KW("discussion"), KW("t"), KW("tags"), KW("tag"), KW("shots"), KW("designers"), KW("galleries"), KW("search"), KW("joblist"), KW("product"), KW("account"), KW("settings"), KW("club"), KW("public"), KW("topics"), KW("questions"), KW("tour"), KW("home"), KW("new"), KW("latest"), KW("top"), KW("trending"), KW("papers"), KW("contact"), KW("team"), KW("signin"), KW("register"), KW("api"), KW("download"), KW("apps"), KW("faq"), KW("articles"), KW("books"), KW("scraps"), KW("publications"), KW("templates"), KW("scheduling"),
    /* Pinterest pins and ideas, SoundCloud, CodePen, Patreon, Slideshare, Devpost, ArtStation,
     * DeviantArt, Letterboxd and Tumblr sections */
    KW("pin"), KW("ideas"), KW("today"), KW("categories"), KW("discover"), KW("charts"), KW("stream"), KW("upload"), KW("you"), KW("pro"), KW("pen"), KW("challenges"), KW("spark"), KW("posts"), KW("slideshow"), KW("software"), KW("hackathons"), KW("artwork"), KW("learning"), KW("popular"), KW("topic"), KW("film"), KW("films"), KW("lists"), KW("tagged"), KW("dashboard"), KW("policy"), KW("browse"), KW("collections"), KW("dir"),
    /* Vimeo's and Twitch's own pages */
    KW("channels"), KW("ondemand"), KW("join"), KW("log_in"), KW("manage"), KW("directory"), KW("downloads"), KW("videos"), {NULL, 0}};

/* Organisation accounts on GitHub (and their GitHub Pages, <org>.github.io) of well-known
 * companies, foundations and open-source projects: github.com/<org>/<repo> is a project, not
 * a person. A person's repository (github.com/<user>/<repo>) stays a profile link. */
static const kw code_orgs[] = {KW("google"), KW("google-research"), KW("googleapis"), KW("googlecloudplatform"), KW("microsoft"), KW("azure"), KW("dotnet"), KW("facebook"), KW("facebookresearch"), KW("meta-llama"), KW("apple"), KW("swiftlang"), KW("amazon"), KW("aws"), KW("awslabs"), KW("aws-samples"), KW("netflix"), KW("vercel"), KW("openai"), KW("anthropics"), KW("apache"), KW("kubernetes"), KW("kubernetes-sigs"), KW("nodejs"), KW("golang"), KW("rust-lang"), KW("python"), KW("django"), KW("pallets"), KW("pytorch"), KW("tensorflow"), KW("keras-team"), KW("huggingface"), KW("langchain-ai"), KW("dbt-labs"), KW("docker"), KW("moby"), KW("hashicorp"), KW("elastic"), KW("grafana"), KW("prometheus"), KW("cncf"), KW("jetbrains"), KW("github"), KW("gitlab-org"), KW("mozilla"), KW("nvidia"), KW("intel"), KW("ibm"), KW("oracle"), KW("redhat"), KW("alibaba"), KW("tencent"), KW("baidu"), KW("bytedance"), KW("uber"), KW("airbnb"), KW("shopify"), KW("stripe"), KW("cloudflare"), KW("mongodb"), KW("redis"), KW("postgres"), KW("angular"), KW("vuejs"), KW("sveltejs"), KW("denoland"), KW("twitter"), KW("spotify"), KW("linkedin"), KW("dropbox"), KW("atlassian"), KW("sap"), KW("salesforce"), KW("adobe"), KW("jupyter"), KW("numpy"), KW("pandas-dev"), KW("scikit-learn"), KW("scipy"), KW("matplotlib"), KW("ansible"), KW("helm"), KW("istio"), KW("envoyproxy"), KW("etcd-io"), KW("containerd"), KW("flutter"), KW("dart-lang"), KW("openjdk"), KW("eclipse"), KW("spring-projects"), KW("rails"), KW("laravel"), KW("symfony"), KW("wordpress"), KW("expressjs"), KW("webpack"), KW("babel"), KW("vitejs"), KW("tailwindlabs"), KW("prisma"), KW("supabase"), KW("firebase"), KW("ray-project"), KW("mlflow"), KW("databricks"), KW("duckdb"), KW("pola-rs"), KW("astral-sh"), KW("home-assistant"), KW("nextcloud"), KW("electron"), KW("microsoftdocs"), KW("openstack"), KW("torch"), {NULL, 0}};

/* The endings of an organisation's account named after its project: github.com/rust-lang/rust,
 * golang/go, nodejs/node, dbt-labs/dbt-core, langchain-ai/langchain, gitlab-org/gitlab. */
static const kw org_suffixes[] = {KW("-lang"), KW("lang"), KW("-labs"), KW("labs"), KW("js"), KW("-js"), KW("-ai"), KW("-org"), KW("-hq"), KW("hq"), KW("-project"), KW("-inc"), KW("-io"), KW("-foundation"), KW("-community"), KW("-team"), {NULL, 0}};

/* github.com/<owner>/<repo> of an organisation: a well-known organisation, or an account
 * named after its project (the repository's first word and an organisation ending). The
 * repository equal to the account ("<user>/<user>", a profile README) and "<user>.github.io"
 * stay a person's. */
/* Endings of an organisation's or a team's account name on its own (without a repository):
 * github.com/kestrel-engineering, gitlab.com/acme-labs, github.com/acme-oss */
static const kw org_account_endings[] = {KW("-engineering"), KW("-labs"), KW("-hq"), KW("-inc"), KW("-org"), KW("-official"), KW("-foundation"), KW("-opensource"), KW("-oss"), {NULL, 0}};

static int org_account(const char *w, size_t wn)
{
    for (size_t k = 0; org_account_endings[k].w; k++) {
        size_t n = org_account_endings[k].n;
        if (wn > n + 1 && memcmp(w + wn - n, org_account_endings[k].w, n) == 0)
            return 1;
    }
    return 0;
}

/* Product words a project's repository adds to its account's name: "acme/acme-sdk". */
static const kw repo_products[] = {KW("sdk"), KW("cli"), KW("api"), KW("client"), KW("server"), KW("docs"), KW("examples"), KW("plugin"), KW("app"), KW("core"), {NULL, 0}};

/* Whether the repository t[r, e) is the account's name w, a '-' or '_', and a product word. */
static int repo_is_account_product(const char *w, size_t wn, const char *t, size_t r, size_t e)
{
    if (r + wn + 2 > e)
        return 0;
    for (size_t k = 0; k < wn; k++)
        if (lower((unsigned char)t[r + k]) != w[k])
            return 0;
    size_t p = r + wn;
    if (t[p] != '-' && t[p] != '_')
        return 0;
    char pw[16];
    size_t pn = 0;
    for (p++; p < e && pn < sizeof pw && is_alnum((unsigned char)t[p]); p++)
        pw[pn++] = (char)lower((unsigned char)t[p]);
    return pn < sizeof pw && (p == e || !is_alnum((unsigned char)t[p])) &&
           word_in(pw, pn, repo_products);
}

static int code_org_repo(const char *w, size_t wn, const char *t, size_t r, size_t e)
{
    if (word_in(w, wn, code_orgs) || org_account(w, wn))
        return 1;
    if (r < e && t[r - 1] == '/' && repo_is_account_product(w, wn, t, r, e))
        return 1;
    if (r >= e || t[r - 1] != '/')
        return 0;
    size_t rn = 0;
    while (r + rn < e && rn < 32 && (is_alnum((unsigned char)t[r + rn])))
        rn++;
    if (rn < 2 || rn >= wn)
        return 0;
    for (size_t k = 0; k < rn; k++)
        if (lower((unsigned char)t[r + k]) != w[k])
            return 0;
    return word_in(w + rn, wn - rn, org_suffixes);
}

/* Pages of a repository below github.com/<owner>/<repo>/ (and GitLab's, also after its "-"):
 * an issue, a pull request, a release, a file... A link to one is a project's page, not a
 * profile, unless its owner is a member (checked against the directory's handles). */
static const kw repo_pages[] = {KW("issues"), KW("issue"), KW("pull"), KW("pulls"), KW("releases"), KW("release"), KW("tree"), KW("blob"), KW("raw"), KW("commit"), KW("commits"), KW("wiki"), KW("wikis"), KW("actions"), KW("discussions"), KW("milestone"), KW("milestones"), KW("projects"), KW("compare"), KW("tags"), KW("branches"), KW("merge_requests"), KW("pipelines"), KW("jobs"), KW("packages"), KW("archive"), KW("security"), KW("network"), KW("graphs"), KW("-"), {NULL, 0}};

/* Whether t[r, e), the path after "<owner>/", is "<repo>/<page>" with <page> in repo_pages. */
static int repo_page_path(const char *t, size_t r, size_t e)
{
    while (r < e && t[r] != '/' && t[r] != '?' && t[r] != '#')
        r++;
    if (r >= e || t[r] != '/')
        return 0;
    size_t p = ++r;
    char w[16];
    size_t wn = 0;
    while (p < e && t[p] != '/' && t[p] != '?' && t[p] != '#' && wn < sizeof w)
        w[wn++] = (char)lower((unsigned char)t[p++]);
    return wn < sizeof w && word_in(w, wn, repo_pages);
}

/* Whether the link starting at b is the value of a package manifest's repository field: the
 * project's own repository, as a manifest names it ("repository = \"https://github.com/…\"" in
 * Cargo.toml or pyproject.toml, package.json's "url": "git+https://…", the container label
 * org.opencontainers.image.source="…"). The value is quoted, as manifests write it: "My repo:
 * https://github.com/jdoe/thesis" in prose is someone's. */
static int manifest_repo_field(const char *t, size_t b)
{
    static const kw keys[] = {KW("repository"), KW("repo"), KW("repository_url"), KW("repo_url"), KW("source"), {NULL, 0}};
    if (b >= 4 && t[b - 1] == '+' && lower(t[b - 2]) == 't' && lower(t[b - 3]) == 'i' &&
        lower(t[b - 4]) == 'g' && (b == 4 || !is_alnum((unsigned char)t[b - 5])))
        return 1; /* npm's "git+https://" */
    size_t p = b;
    if (!(p > 0 && (t[p - 1] == '"' || t[p - 1] == '\'')))
        return 0;
    p--;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == 0 || (t[p - 1] != '=' && t[p - 1] != ':'))
        return 0;
    p--;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p > 0 && (t[p - 1] == '"' || t[p - 1] == '\''))
        p--;
    size_t e = p;
    while (p > 0 && e - p < 48 && (is_alnum((unsigned char)t[p - 1]) || t[p - 1] == '_' ||
                                    t[p - 1] == '-' || t[p - 1] == '.'))
        p--;
    if (p == e || e - p >= 48)
        return 0;
    /* the key's last part after '.': "org.opencontainers.image.source" reads "source", which
     * counts only so ("source = …" alone may be anything) */
    size_t k = e;
    while (k > p && t[k - 1] != '.')
        k--;
    char w[16];
    size_t wn = 0;
    for (size_t q = k; q < e && wn < sizeof w; q++)
        w[wn++] = (char)lower((unsigned char)t[q]);
    if (e - k >= sizeof w || !word_in(w, wn, keys))
        return 0;
    if (wn == 6 && memcmp(w, "source", 6) == 0)
        return k - p >= 6 && memcmp(t + k - 6, "image.", 6) == 0;
    return 1;
}

/* Subdomains of the hosts whose handle is a subdomain (<user>.substack.com, .hashnode.dev,
 * .medium.com, .github.io, .gitlab.io, .wordpress.com, .blogspot.com, .tumblr.com) that are the
 * site's own (help centre, policies, status, CDN, developer pages). */
static const kw reserved_sub[] = {KW("www"), KW("on"), KW("blog"), KW("docs"), KW("help"), KW("policy"), KW("about"), KW("api"), KW("status"), KW("cdn"), KW("miro"), KW("link"), KW("email"), KW("pages"), KW("support"), KW("developer"), KW("developers"), KW("public-api"), KW("apps"), KW("subscribe"), KW("dashboard"), KW("assets"), KW("static"), KW("media"), KW("wordpress"), KW("gitlab"), KW("github"), {NULL, 0}};

/* Hosts whose "/@" is a package scope, not a person (npm CDNs). */
static const kw fedi_not_hosts[] = {KW("unpkg.com"), KW("esm.sh"), KW("cdn.jsdelivr.net"), KW("cdn.skypack.dev"), KW("jspm.dev"), KW("ga.jspm.io"), KW("esm.run"), KW("npmjs.com"), KW("www.npmjs.com"), KW("deno.land"), KW("jsr.io"), {NULL, 0}};

/* A character of a profile link. Not ',' or ';', which URLs allow but no profile path uses:
 * they end the link at a field separator ("https://github.com/anja,BR72 4219 …" in a CSV
 * export, "…/about;anja@gmail.com"). */
static int url_char(int c)
{
    return is_alnum(c) || (c && strchr("-._~:/?#[]@!$&'()*+=%", c) != NULL);
}

/* In a handle t[seg, se) of lowercase letters, digits, '_', '-' and '.', where a digit
 * followed by a capital and a lowercase letter starts a glued word ("kenta93Site"): that
 * capital (se: none; a handle with capitals of its own, "AnjaWeber93X", is left whole). */
static size_t glued_word_in_handle(const char *t, size_t seg, size_t se)
{
    for (size_t p = seg; p < se; p++) {
        unsigned char c = (unsigned char)t[p];
        if (c >= 'A' && c <= 'Z')
            return p > seg && is_digit((unsigned char)t[p - 1]) && p + 1 < se &&
                           t[p + 1] >= 'a' && t[p + 1] <= 'z'
                       ? p
                       : se;
    }
    return se;
}

static void rec_url(askf_pii_scratch *s, unsigned site, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    const askf_pii *pii = s->pii;
    if (end <= s->covered[ASKF__K_URL])
        return;
    size_t litlen;
    if (site >= SITE_PREFIX) {
        litlen = pii->prefix_len[site - SITE_PREFIX];
    } else {
        litlen = sites[site].len;
    }
    /* the trigger ends one byte after the literal (a handle character),
     * except substack whose literal is preceded by the handle */
    size_t ls, hs;
    int suffix = site == SITE_SUBSTACK || site == SITE_HASHNODE ||
                 (site >= SITE_MEDIUM_SUB && site <= SITE_TUMBLR_SUB);
    if (site == SITE_FEDI) {
        /* "host.tld/@user": the host is every domain label before "/@"; the dedicated
         * sites (medium, youtube, tiktok, threads, mastodon.social) keep their own rules */
        if (end < 4)
            return;
        ls = end - 3;
        hs = ls;
        while (hs > 0 && (is_alnum((unsigned char)t[hs - 1]) || t[hs - 1] == '-' ||
                          t[hs - 1] == '.') &&
               ls - hs < 128)
            hs--;
        while (hs < ls && t[hs] == '.')
            hs++;
        char h[32];
        size_t hn = ls - hs < sizeof h ? ls - hs : sizeof h;
        for (size_t k = 0; k < hn; k++)
            h[k] = (char)lower((unsigned char)t[hs + k]);
        if (ls - hs >= sizeof h || word_in(h, hn, fedi_not_hosts) || askf__pii_doc_host(h, hn))
            return;
        /* a host name: a dot, a top-level label of letters */
        size_t dl = hn;
        while (dl > 0 && h[dl - 1] != '.')
            dl--;
        if (dl < 2 || hn - dl < 2)
            return;
        for (size_t k = dl; k < hn; k++)
            if (!is_alpha((unsigned char)h[k]))
                return;
        for (unsigned k = 0; k < SITE_FEDI; k++) {
            size_t kl = sites[k].len;
            if (kl > 2 && sites[k].lit[kl - 1] == '@' && kl - 2 <= hn &&
                memcmp(h + hn - (kl - 2), sites[k].lit, kl - 2) == 0 &&
                (hn == kl - 2 || h[hn - (kl - 2) - 1] == '.'))
                return;
        }
        litlen = 2;
    } else if (suffix) {
        ls = end - litlen;
        hs = ls;
        /* (an underscore is no host name character, but people write it in a handle's
         * subdomain, "maria_lopez.substack.com", and browsers accept it) */
        while (hs > 0 && (is_alnum((unsigned char)t[hs - 1]) || t[hs - 1] == '-' ||
                          t[hs - 1] == '_') &&
               ls - hs < 64)
            hs--;
        /* the site's own subdomains (www., help., …) are no handle: leave before the span is
         * taken as covered, so "www.medium.com/@user" still reaches the "/@" rule */
        char sw[32];
        size_t sn = ls - hs < sizeof sw ? ls - hs : sizeof sw;
        for (size_t k = 0; k < sn; k++)
            sw[k] = (char)lower((unsigned char)t[hs + k]);
        if (sn == 0 || word_in(sw, sn, reserved_sub) || (site >= SITE_GLIO && sn <= 2))
            return; /* (the blog hosts' two-letter labels are their language sites) */
    } else {
        if (end < litlen + 1)
            return;
        ls = end - 1 - litlen;
        hs = ls;
    }
    /* host start: optional subdomain labels and scheme */
    size_t b = hs;
    if (site == SITE_FEDI) {
        /* the whole host was taken above */
    } else if (b > 0 && t[b - 1] == '.') {
        size_t k = b - 1;
        while (k > 0 && (is_alnum((unsigned char)t[k - 1]) || t[k - 1] == '-' || t[k - 1] == '.') &&
               b - k < 64)
            k--;
        /* allow www., m., mobile., two-letter language labels */
        size_t sl = b - 1 - k;
        const char *sub = t + k;
        int ok = (sl == 3 && lower(sub[0]) == 'w' && lower(sub[1]) == 'w' && lower(sub[2]) == 'w') ||
                 (sl == 1 && lower(sub[0]) == 'm') || (sl == 2 && is_alpha((unsigned char)sub[0]) &&
                                                       is_alpha((unsigned char)sub[1])) ||
                 (sl == 6 && strncmp(sub, "mobile", 6) == 0);
        if (suffix || site >= SITE_PREFIX)
            ok = 1;
        if (!ok)
            return;
        b = k;
    } else if (b > 0 && (is_alnum((unsigned char)t[b - 1]) ||
                         (t[b - 1] == '-' && !hebrew_prefix_hyphen(t, b)) || t[b - 1] == '@' ||
                         t[b - 1] == '_')) {
        return; /* "dropbox.com/" is not "x.com/" ("ל-x.com/…" is: to x.com/…) */
    }
    if (b >= 3 && t[b - 1] == '/' && t[b - 2] == '/' && t[b - 3] == ':') {
        size_t k = b - 3;
        while (k > 0 && is_alpha((unsigned char)t[k - 1]) && b - k < 12)
            k--;
        b = k;
    }
    if (b > 0 && (is_alnum((unsigned char)t[b - 1]) || t[b - 1] == '/' || t[b - 1] == '.'))
        return;
    /* forward over URL characters, then trim trailing punctuation; a closing ')' or ']' is
     * trimmed while the span has more of them than opening ones. The two balances of
     * t[b, e) are counted once, at the first closing bracket, and kept as the end moves back
     * (counting again at each step cost the square of the run: 2 KB of ')' after a link) */
    size_t e = end, elim = end + 2048 < len ? end + 2048 : len;
    while (e < elim && url_char((unsigned char)t[e]))
        e++;
    int counted = 0, paren = 0, brack = 0;
    for (;;) {
        if (e <= end)
            break;
        char c = t[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '"' || c == '*') {
            e--;
            continue;
        }
        if (c == ')' || c == ']') {
            if (!counted) {
                for (size_t k = b; k < e; k++) {
                    paren += t[k] == '(' ? 1 : (t[k] == ')' ? -1 : 0);
                    brack += t[k] == '[' ? 1 : (t[k] == ']' ? -1 : 0);
                }
                counted = 1;
            }
            int *bal = c == ')' ? &paren : &brack;
            if (*bal < 0) {
                ++*bal; /* t[e - 1], one closing bracket, leaves the span */
                e--;
                continue;
            }
        }
        break;
    }
    /* a link glued to the next word, as text without spaces writes it ("プロフィール：
     * x.substack.comSupply Chain Lead募集中"): a capital right after a handle host's name, or
     * after a digit ending a lowercase handle ("x.com/kenta93Site"), or an '@' after the handle
     * (a mention glued to it) starts the next word */
    if (suffix && e > end && t[end] >= 'A' && t[end] <= 'Z')
        e = end;
    /* the handle segment */
    size_t seg = suffix ? hs : ls + litlen;
    size_t se = seg;
    while (se < e && t[se] != '/' && t[se] != '?' && t[se] != '#' && t[se] != '&' &&
           !(suffix && t[se] == '.') && !(t[se] == '@' && se > seg))
        se++;
    if (!suffix) {
        size_t g = glued_word_in_handle(t, seg, se);
        if (g < se || (se < e && t[se] == '@'))
            e = se = g;
    }
    s->covered[ASKF__K_URL] = (uint32_t)e;
    if (se == seg && !suffix)
        return;
    /* "host/@scope/package" is an npm scope; a fediverse post is "/@user/<digits>" */
    if (site == SITE_FEDI && se + 1 < e && t[se] == '/' && !is_digit((unsigned char)t[se + 1]))
        return;
    /* the reserved-word checks look at the segment's first 32 bytes; no reserved page name
     * is that long, so a longer segment ("first-middle-last.bsky.social") is a handle */
    char w[32];
    size_t wn = se - seg < sizeof w ? se - seg : sizeof w;
    for (size_t k = 0; k < wn; k++)
        w[k] = (char)lower((unsigned char)t[seg + k]);
    if (site == SITE_GITHUB || site == SITE_GITLAB) {
        if (word_in(w, wn, reserved_github))
            return;
        if (wn < sizeof w && code_org_repo(w, wn, t, se + 1, e))
            return;
        if (se < e && t[se] == '/' && repo_page_path(t, se + 1, e) &&
            !askf__names_has_handle(s->pii->names, t + seg, se - seg))
            return;
        /* a manifest's repository field names a project's repository, not a person, unless
         * its owner is a member */
        if (se + 1 < e && t[se] == '/' && manifest_repo_field(t, b) &&
            !askf__names_has_handle(s->pii->names, t + seg, se - seg))
            return;
        if (hs > 0 && t[hs - 1] == '.' && !(hs >= 4 && lower(t[hs - 4]) == 'w'))
            return; /* docs.github.com, gist.github.com... */
    } else if (site == SITE_X || site == SITE_TWITTER) {
        if (word_in(w, wn, reserved_x))
            return;
    } else if (suffix) {
        /* the subdomain was checked above; GitHub Pages of an organisation */
        if ((site == SITE_GHIO || site == SITE_GLIO) && wn < sizeof w && word_in(w, wn, code_orgs))
            return;
    } else if (site > SITE_THREADS && site < SITE_FEDI) {
        if (word_in(w, wn, reserved_generic) || word_in(w, wn, reserved_more))
            return;
        /* VK communities: club<id>, public<id>, event<id> */
        if (site == SITE_VK && ((wn > 4 && memcmp(w, "club", 4) == 0 && is_digit((unsigned char)w[4])) ||
                                (wn > 6 && memcmp(w, "public", 6) == 0 && is_digit((unsigned char)w[6])) ||
                                (wn > 5 && memcmp(w, "event", 5) == 0 && is_digit((unsigned char)w[5]))))
            return;
    } else if (site != SITE_LINKEDIN && site != SITE_MEDIUM && site != SITE_BSKY &&
               site != SITE_FEDI && site < SITE_PREFIX) {
        if (word_in(w, wn, reserved_generic))
            return;
    }
    askf__pii_emit(s, b, e, ASKF_PII_URL);
}

/* The sites from SITE_XING to SITE_TELEGRAM (not hashnode) share one trigger, the top-level
 * domain and the slash of their host (".com/", ".net/", ".org/", ".co/", ".to/", ".me/",
 * ".ee/", ".ru/", ".io/", ".dev/", ".tv/"): each as a literal of its own cost about 20 % more Hyperscan scan
 * time (the literal matcher slows down with more literals). The trigger ends after the slash;
 * the site whose literal is written around it is found here. */
static void rec_url_by_tld(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    size_t len = s->len;
    if (end < 4 || end <= s->covered[ASKF__K_URL])
        return;
    size_t d = end - 1;
    while (d > 0 && t[d - 1] != '.' && end - d < 6)
        d--;
    if (d == 0 || t[d - 1] != '.')
        return;
    d--;
    size_t tl = end - d;
    /* the host's last letter before the top-level domain rejects most sites at once */
    unsigned char last = d > 0 ? (unsigned char)lower((unsigned char)t[d - 1]) : 0;
    for (unsigned k = SITE_XING; k <= SITE_TELEGRAM; k++) {
        if (k == SITE_HASHNODE)
            continue;
        const char *lit = sites[k].lit;
        size_t hl = sites[k].hostlen, ll = sites[k].len;
        if (hl <= tl || (unsigned char)lit[hl - tl - 1] != last || hl - tl > d ||
            d - (hl - tl) + ll >= len)
            continue;
        size_t off = hl - tl;
        size_t cs = d - off, q = 0;
        while (q < ll && lower((unsigned char)t[cs + q]) == (unsigned char)lit[q])
            q++;
        if (q < ll)
            continue;
        unsigned char h = (unsigned char)t[cs + ll];
        int ok;
        if (k == SITE_STACKOVERFLOW || k == SITE_OK || k == SITE_ORCID || k == SITE_WEIBO ||
            k == SITE_GOODREADS || k == SITE_STRAVA || k == SITE_VCRU || k == SITE_BILIBILI ||
            k == SITE_DISCORD || k == SITE_DBLP || k == SITE_PHILPAPERS || k == SITE_FRONTIERS)
            ok = is_digit(h);
        else if (k == SITE_VIMEO)
            ok = is_alpha(h); /* vimeo.com/<digits> is a video */
        else if (k == SITE_WAME)
            ok = is_digit(h) || h == '+';
        else
            ok = is_alnum(h) || h == '_' || h == '-' || h == '.';
        if (ok)
            rec_url(s, k, cs + ll + 1);
        return;
    }
}

/* The subdomain-handle sites from SITE_MEDIUM_SUB to SITE_TUMBLR_SUB share one trigger, the
 * handle's last character and the host; the site is the host that ends at the trigger's end. */
static void rec_url_by_suffix(askf_pii_scratch *s, size_t end)
{
    const char *t = s->text;
    if (end < s->len && (is_alnum((unsigned char)t[end]) || t[end] == '-'))
        return; /* the host goes on: "x.medium.community" */
    for (unsigned k = SITE_MEDIUM_SUB; k <= SITE_TUMBLR_SUB; k++) {
        size_t ll = sites[k].len, q = 0;
        if (end < ll + 1)
            continue;
        while (q < ll && lower((unsigned char)t[end - ll + q]) == (unsigned char)sites[k].lit[q])
            q++;
        if (q == ll) {
            rec_url(s, k, end);
            return;
        }
    }
}

/* ---------- the digit pass: PHONE, CREDIT_CARD, US_SSN, IPV4, IBAN ---------- */

/* These triggers have no literal to anchor on, and in Hyperscan they cost most
 * of the compile time and force slow scanning paths. They all involve digits,
 * so one pass finds the digits (16 bytes at a time) and, at each digit, tests
 * by hand whether a trigger match ends there, exactly as Hyperscan would report
 * it (every match end, in order). Digits are a few percent of social text. */

static inline int phone_mid(const char *t, size_t q)
{
    unsigned char c = (unsigned char)t[q];
    return is_digit(c) || c == '(' || c == ')' || c == ' ' || c == '-' || c == '.' || c == '/';
}

/* PHONE trigger "[+(0-9](?:[0-9() \-./]|NBSP){6,24}[0-9]" ending at p + 1 (t[p] a digit). */
static int phone_trig(const char *t, size_t p)
{
    size_t q = p, units = 0;
    for (;;) {
        if (q == 0)
            return 0;
        unsigned char c = (unsigned char)t[q - 1];
        if (units >= 6 && (is_digit(c) || c == '+' || c == '('))
            return 1;
        if (units == 24)
            return 0;
        if (phone_mid(t, q - 1))
            q--;
        else if (c == 0xA0 && q >= 2 && (unsigned char)t[q - 2] == 0xC2)
            q -= 2;
        else
            return 0;
        units++;
    }
}

/* Digit groups of the given sizes, last first, each pair joined by an optional
 * [ -], ending at e. A loop, not a search: the byte before a group is either a digit (the
 * next group joined without a separator) or a separator, never both, so there is one way
 * to read them. */
static int groups_back(const char *t, size_t lo, size_t e, const uint8_t *g, size_t ng)
{
    for (size_t i = 0; i < ng; i++) {
        if (i && e > lo && (t[e - 1] == ' ' || t[e - 1] == '-'))
            e--;
        size_t n = g[i];
        if (e < lo + n)
            return 0;
        for (size_t k = e - n; k < e; k++)
            if (!is_digit((unsigned char)t[k]))
                return 0;
        e -= n;
    }
    return 1;
}

static int card_trig(const char *t, size_t e)
{
    static const uint8_t g1[] = {1, 4, 4, 4}, g2[] = {5, 6, 4};
    /* both shapes have digits 3, 4 and 5 bytes before the end: most digits stop here */
    if (e < 13 || !is_digit((unsigned char)t[e - 3]) || !is_digit((unsigned char)t[e - 4]) ||
        !is_digit((unsigned char)t[e - 5]))
        return 0;
    return groups_back(t, 0, e, g1, 4) || groups_back(t, 0, e, g2, 3);
}

/* Whether card_trig can hold at e, where `run` digits in a row end. Its shapes, last group
 * first, are 1 digit then 4, 4, 4 (it needs digits 3, 4 and 5 bytes back) and 5 then 6, 4,
 * each joined by an optional separator: so the run is the 1 after a separator, or 5 (a
 * separator before it, then a group of 4 or 6), 9, 11, or 13 and more. */
static inline int card_run(const char *t, size_t e, size_t run)
{
    if (run == 1)
        return e >= 6 && (t[e - 2] == ' ' || t[e - 2] == '-') && is_digit((unsigned char)t[e - 6]);
    if (run == 5)
        return e >= 7 && (t[e - 6] == ' ' || t[e - 6] == '-') && is_digit((unsigned char)t[e - 7]);
    return run == 9 || run == 11 || run >= 13;
}

/* "[0-9]{3}[ -][0-9]{2}[ -][0-9]{4}" ending at e */
static int ssn_trig(const char *t, size_t e)
{
    if (e < 11)
        return 0;
    const char *m = t + e - 11;
    return (m[6] == ' ' || m[6] == '-') && (m[3] == ' ' || m[3] == '-') && is_digit((unsigned char)m[0]) && is_digit((unsigned char)m[1]) &&
           is_digit((unsigned char)m[2]) && (m[3] == ' ' || m[3] == '-') &&
           is_digit((unsigned char)m[4]) && is_digit((unsigned char)m[5]) &&
           (m[6] == ' ' || m[6] == '-') && is_digit((unsigned char)m[7]) &&
           is_digit((unsigned char)m[8]) && is_digit((unsigned char)m[9]) &&
           is_digit((unsigned char)m[10]);
}

/* "[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]" ending at p + 1 */
static int ipv4_trig(const char *t, size_t p)
{
    size_t q = p;
    for (int dots = 0; dots < 3; dots++) {
        if (q == 0 || t[q - 1] != '.')
            return 0;
        q--;
        size_t d = 0;
        while (q > 0 && is_digit((unsigned char)t[q - 1]) && d < 3) {
            q--;
            d++;
        }
        if (!d)
            return 0;
        /* inner octets are bounded by dots; the first may be the tail of a longer run */
        if (dots < 2 && q > 0 && is_digit((unsigned char)t[q - 1]))
            return 0;
    }
    return 1;
}

/* The first digit at or after i, or len. */
static size_t next_digit(const char *t, size_t len, size_t i)
{
#if defined(__SSE2__)
    while (i + 16 <= len) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(80)), _mm_set1_epi8(-118)));
        if (m)
            return i + (unsigned)__builtin_ctz(m);
        i += 16;
    }
#endif
    while (i < len && !is_digit((unsigned char)t[i]))
        i++;
    return i;
}

#ifdef HAVE_AVX2_DIGITS
/* next_digit 32 bytes a step, when the CPU has AVX2 (digits are a few percent of a text, so
 * this search is most of the pass's steps) */
__attribute__((target("avx2"))) static size_t next_digit_avx2(const char *t, size_t len, size_t i)
{
    while (i + 32 <= len) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
        unsigned m = (unsigned)_mm256_movemask_epi8(
            _mm256_cmpgt_epi8(_mm256_set1_epi8(-118), _mm256_add_epi8(x, _mm256_set1_epi8(80))));
        if (m)
            return i + (unsigned)__builtin_ctz(m);
        i += 32;
    }
    return next_digit(t, len, i);
}
#endif

void askf__pii_digits(askf_pii_scratch *s)
{
    const char *t = s->text;
    size_t len = s->len;
    unsigned ty = s->pii->types;
    int phone = !!(ty & (1u << ASKF_PII_PHONE)), card = !!(ty & (1u << ASKF_PII_CREDIT_CARD)),
        ssn = !!(ty & (1u << ASKF_PII_US_SSN)), ipv4 = !!(ty & (1u << ASKF_PII_IPV4)),
        iban = !!(ty & (1u << ASKF_PII_IBAN));
    size_t i = 0, pd = SIZE_MAX, rs = 0; /* previous digit; start of its run of phone bytes */
    size_t run = 0; /* digits in a row ending at the current one */
#ifdef HAVE_AVX2_DIGITS
    /* (__builtin_cpu_supports reads what libgcc found at startup: a load, no race) */
    int avx2 = __builtin_cpu_supports("avx2");
#endif
    while (i < len) {
        /* (the next byte of a run is tested here: the search is a call) */
        if (!is_digit((unsigned char)t[i])) {
#ifdef HAVE_AVX2_DIGITS
            i = avx2 ? next_digit_avx2(t, len, i) : next_digit(t, len, i);
#else
            i = next_digit(t, len, i);
#endif
            if (i >= len)
                break;
        }
        size_t p = i++, e = p + 1;
        /* rs: where the run of phone bytes (digits, separators, '+', NBSP) that ends at p
         * starts, or at most 8 bytes back: a PHONE trigger needs 7 bytes before p */
        if (pd == SIZE_MAX || pd + 1 != p) {
            size_t q = p, lim = p > 8 ? p - 8 : 0;
            while (q > lim && (phone_mid(t, q - 1) || t[q - 1] == '+' ||
                               (unsigned char)t[q - 1] == 0xA0 || (unsigned char)t[q - 1] == 0xC2))
                q--;
            rs = (pd != SIZE_MAX && q <= pd + 1 && pd + 1 >= lim) ? (rs < q ? rs : q) : q;
        }
        run = pd != SIZE_MAX && pd + 1 == p ? run + 1 : 1;
        pd = p;
        /* Each trigger fixes how many digits in a row end at its last byte, so the run length
         * rules most of them out before they look back: the IBAN and IPV4 triggers begin the
         * run (a letter or a dot before it), SSN's last group is 4 digits after a separator,
         * and a card trigger ends where its groups allow (card_run). */
        if (run == 1) {
            if (iban && p >= 2 && p + 1 < len && is_digit((unsigned char)t[p + 1]) &&
                t[p - 1] >= 'A' && t[p - 1] <= 'Z' && t[p - 2] >= 'A' && t[p - 2] <= 'Z')
                rec_iban(s, p - 2);
            if (ipv4 && e > s->covered[ASKF__K_IPV4] && ipv4_trig(t, p))
                rec_ipv4(s, e);
        }
        if (ssn && run == 4 && ssn_trig(t, e))
            rec_ssn(s, e);
        if (card && card_run(t, e, run) && e > s->covered[ASKF__K_CARD] && card_trig(t, e))
            rec_card(s, e);
        /* a card grouped with no-break spaces ("5248\u00a08243\u00a01632\u00a02563"): its last
         * group, 4 digits (5 for Amex) after one; rec_card checks the rest */
        else if (card && (run == 4 || run == 5) && e >= 7 + run && nbsp_at(t, e - run - 2) &&
                 e > s->covered[ASKF__K_CARD])
            rec_card(s, e);
        if (phone && p - rs >= 7 && e > s->covered[ASKF__K_PHONE] && phone_trig(t, p))
            rec_phone(s, e);
    }
}

/* ---------- pattern table ---------- */

/* (a pattern added here must need a byte or word that askf__pii_hs_may_match, pii.c, looks for:
 * texts without one are not scanned) */
/* "#(?:qq|163|…)\\.": '#' before a webmail host's first label and its dot, from webmail_hosts
 * (the labels are letters and digits: no escaping). Owned by the caller; NULL without memory. */
static char *hash_sign_pattern(void)
{
    size_t n = 8;
    for (size_t k = 0; webmail_hosts[k].w; k++)
        n += webmail_hosts[k].n + 1;
    char *e = askf__malloc(n);
    if (!e)
        return NULL;
    size_t o = 0;
    memcpy(e, "#(?:", 4);
    o = 4;
    for (size_t k = 0; webmail_hosts[k].w; k++) {
        if (k)
            e[o++] = '|';
        memcpy(e + o, webmail_hosts[k].w, webmail_hosts[k].n);
        o += webmail_hosts[k].n;
    }
    memcpy(e + o, ")\\.", 4); /* ")\." and its NUL */
    return e;
}

size_t askf__pii_patterns(const askf_pii *pii, askf__pii_pattern *out, size_t cap, char **owned,
                          size_t *n_owned)
{
    size_t n = 0;
    unsigned ty = pii->types;
#define ADD(e, f, k, a)                                                                         \
    do {                                                                                        \
        if (n < cap) {                                                                          \
            out[n].expr = (e);                                                                  \
            out[n].flags = (f);                                                                 \
            out[n].kind = (k);                                                                  \
            out[n].arg = (a);                                                                   \
            n++;                                                                                \
        }                                                                                       \
    } while (0)
    if (ty & (1u << ASKF_PII_EMAIL)) {
        /* '@', full-width '＠' (U+FF20) or a bracketed "(@)", "[@]", "{@}": one pattern */
        ADD("[A-Za-z0-9_%+\\-](?:@|\\xEF\\xBC\\xA0|\\(@\\)|\\[@\\]|\\{@\\})[A-Za-z0-9\\-]+\\.[A-Za-z]{2}",
            0, ASKF__K_EMAIL, 0);
        /* the obfuscated at sign as a word: the English "at" bracketed or bare, with a local
         * part before it; the words that only name the sign as bare literals (rec_email_obf
         * has the list), which Hyperscan's literal matcher finds at no measurable cost (an
         * alternation with a class around it cost about 15 % more scan time) */
        /* a real at sign with a dot written in brackets: "maria@gmail[.]com", "[@]…(dot)":
         * the bracketed dot as plain literals (rare in text; rec_email looks back for the at
         * sign), where one pattern from the at sign cost about 20 % more scan time */
        ADD("\\[\\.\\]", 0, ASKF__K_EMAIL, 0);
        ADD("\\(\\.\\)", 0, ASKF__K_EMAIL, 0);
        ADD("\\{\\.\\}", 0, ASKF__K_EMAIL, 0);
        ADD("\\[dot\\]", HS_FLAG_CASELESS, ASKF__K_EMAIL, 0);
        ADD("\\(dot\\)", HS_FLAG_CASELESS, ASKF__K_EMAIL, 0);
        ADD("\\{dot\\}", HS_FLAG_CASELESS, ASKF__K_EMAIL, 0);
        /* the at sign as a word in brackets: "[at]", "(at)", French "[chez]". The bracket is
         * written with each word, so that Hyperscan looks for "[at", "( at", …: with "at" as
         * its literal (in "that", "data", "update") the pattern was 40 % of the scan */
        ADD("[A-Za-z0-9_%+\\-] ?(?:[\\[\\(\\{<]at|[\\[\\(\\{<] at|[\\[\\(\\{<]chez|[\\[\\(\\{<] chez) ?"
            "[\\]\\)\\}>]",
            HS_FLAG_CASELESS, ASKF__K_EMAIL_OBF, 0);
        ADD("[A-Za-z0-9_%+\\-] at ", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBF, 0);
        ADD("\\xc3[\\xa4\\x84]t", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("arroba", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("arobase", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("chiocciola", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("klammeraffe", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("apenstaartje", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("ma\\xc5\\x82pa", HS_FLAG_CASELESS, ASKF__K_EMAIL_OBFW, 0);
        ADD("\\xd1\\x81\\xd0\\xbe\\xd0\\xb1\\xd0\\xb0\\xd0\\xba\\xd0\\xb0", 0, ASKF__K_EMAIL_OBFW, 0);
        /* signs and words for the at sign (rec_email_sign): the trigger ends in the host's
         * first byte */
        char *hash = hash_sign_pattern();
        if (hash) {
            owned[(*n_owned)++] = hash;
            ADD(hash, HS_FLAG_CASELESS, ASKF__K_EMAIL_SIGN, SIGN_HASH);
        }
        ADD("\\xe2\\x98[\\x85\\x86][\\)\\] ]?[A-Za-z0-9]", 0, ASKF__K_EMAIL_SIGN, SIGN_STAR);
        ADD("\\xe3\\x82\\xa2\\xe3\\x83\\x83\\xe3\\x83\\x88(?:[\\)\\]]|\\xef\\xbc[\\x89\\xbd])? ?[A-Za-z0-9]", 0,
            ASKF__K_EMAIL_SIGN, SIGN_ATTO);
    }
    /* PHONE, CREDIT_CARD, IBAN, US_SSN, IPV4: askf__pii_digits, not Hyperscan */
    /* IPV6: askf__pii_ipv6, not Hyperscan */
    if (ty & (1u << ASKF_PII_URL)) {
        for (unsigned k = 0; k < SITE_N; k++)
            if ((k < SITE_XING || k > SITE_TELEGRAM || k == SITE_HASHNODE) &&
                (k < SITE_MEDIUM_SUB || k > SITE_TUMBLR_SUB))
                ADD(sites[k].expr, HS_FLAG_CASELESS, ASKF__K_URL, (uint16_t)k);
        ADD("[A-Za-z0-9]\\.(?:medium\\.com|github\\.io|gitlab\\.io|wordpress\\.com|blogspot\\.com|tumblr\\.com)",
            HS_FLAG_CASELESS, ASKF__K_URL, SITE_BY_SUFFIX);
        ADD("\\.(?:com|net|org|co|to|me|ee|ru|io|dev|tv)/", HS_FLAG_CASELESS, ASKF__K_URL, SITE_BY_TLD);
        for (unsigned k = 0; k < pii->n_prefixes; k++) {
            /* escape the literal */
            const char *p = pii->prefixes[k];
            size_t pl = pii->prefix_len[k];
            char *e = askf__malloc(pl * 4 + 32);
            if (!e)
                break;
            size_t o = 0;
            for (size_t i = 0; i < pl; i++)
                o += (size_t)snprintf(e + o, 5, "\\x%02x", (unsigned char)p[i]);
            memcpy(e + o, "[A-Za-z0-9_]", 13);
            owned[(*n_owned)++] = e;
            ADD(e, HS_FLAG_CASELESS, ASKF__K_URL, (uint16_t)(SITE_PREFIX + k));
        }
    }
#undef ADD
    return n;
}

void askf__pii_recognize(askf_pii_scratch *s, unsigned kind, unsigned arg, size_t end)
{
    switch (kind) {
    case ASKF__K_EMAIL: rec_email(s, end); break;
    case ASKF__K_EMAIL_OBF: rec_email_obf(s, end); break;
    case ASKF__K_EMAIL_OBFW: rec_email_obf_word(s, end); break;
    case ASKF__K_EMAIL_SIGN: rec_email_sign(s, end, arg); break;
    case ASKF__K_URL:
        if (arg == SITE_BY_TLD)
            rec_url_by_tld(s, end);
        else if (arg == SITE_BY_SUFFIX)
            rec_url_by_suffix(s, end);
        else
            rec_url(s, arg, end);
        break;
    default: break;
    }
}
