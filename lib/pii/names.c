/*
 * names.c - PERSON and HANDLE: the member directory compiled into hash tables
 * of normalised name-token sequences, its on-disk cache (mmap-able, versioned,
 * checksummed; docs/pii.md "Compiled directory cache"), and the word scanner
 * that finds member names in text.
 *
 * Text is split into words on the same rules the directory is: letters,
 * digits, marks and '_' form words in any script; CJK (Han, kana, Hangul) runs
 * have no spaces and are matched as substrings against CJK full names.
 * Normalisation case-folds ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic and strips Latin diacritics ("Müller" = "muller").
 *
 * Tables are open-addressed arrays of 64-bit keys (hash with 3 flag bits in
 * the low bits, 0 = empty); a 64-bit hash is the whole identity, so a false
 * match needs a 2^-61 collision.
 */
#include "pii_int.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/json.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_PATH 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define F_GIVEN 1u     /* first: first token of a member's name */
#define F_ORD 2u       /* first: an ordinary word ("will", "grace") */
#define F_SURNAME 4u   /* first: the last token of a member's name (the family name) */
#define F_PREFIX 1u    /* full: a proper prefix of a longer name (the scan may go on) */
#define F_NAME 2u      /* full: a whole name, or first + last token of a longer one */
#define F_NEEDCAP 4u   /* full: a token is an ordinary word: every token must be capitalised */
#define FLAGS 7u
#define MAX_NAME_TOKS 6
#define CJK_MAX 8 /* code points */

#define CACHE_MAGIC "ASKFPII"
#define CACHE_VERSION 16u /* 2: Arabic marks ignored; 3: name-prefix entries; 4: raw-hash bloom;
                          * 5: script punctuation (Arabic comma, danda, ...) separates words;
                          * 6: CJK iteration marks (々) are letters; 7: hyphenated given names;
                          * 8: Greek accents and final sigma, Cyrillic ё folded;
                          * 9: Latin Extended-B and Extended Additional (Vietnamese) folded;
                          * 10: Vietnamese given names (the last token) are first names too;
                          * 11: Chinese and Korean given names of two characters (F_GIVEN in
                          * the CJK table, full names F_NAME); 12: Japanese given names;
                          * 13: a word ends where Thai and another script meet;
                          * 14: й, ї, ў folded to и, і, у;
                          * 15: askf__pii_sum checksums instead of BLAKE2b-256 digests;
                          * 16: family names (F_SURNAME) in the first-name and CJK tables,
                          * titles in the bloom filter */
/* full-name table: seq(first, second, HYPH_KEY) (flag F_PREFIX, so it counts as no name)
 * marks a given name written with a hyphen ("Hans-Peter Müller"): "Hi Hans-Peter" takes the
 * whole of it */
#define HYPH_KEY 0x48595048454e4f00ull
#define CACHE_ENDIAN 0x01020304u

typedef struct tab {
    const uint64_t *s;
    uint64_t mask; /* slots - 1 */
    uint64_t n;
} tab;

enum { T_FIRST, T_FULL, T_HANDLE, T_CJK, T_N };

/* A phrase of the lists any_phrase_before reads, with its length in bytes. */
typedef struct phrase {
    const char *s;
    size_t n;
} phrase;

/* The phrase lists read at one position per name (employer_before, place_before, …), each
 * with the hashed last letters of its phrases (phrase_tail), so that a name is compared only
 * with the phrases that end as the text before it does. Built by askf__names_open. */
enum { PL_EMPLOYER, PL_PLACE, PL_PRODUCT, PL_NEAR, PL_COLLEAGUE, PL_PERSON_CUE, PL_N };
/* How many code points at the end of a phrase and of the text before a name tail_at hashes:
 * enough that the phrases of a list sharing a tail are few ("d at " of "worked at " and
 * "employed at "), few enough that reading them is cheap. */
#define TAIL_CPS 5
typedef struct phrase_tail {
    uint32_t h;   /* tail_at's h[cps] of the phrase */
    uint16_t cps; /* its last code points hashed: all of them, at most TAIL_CPS */
    uint16_t k;   /* the phrase's index in its list */
} phrase_tail;
typedef struct phrase_ix {
    const phrase *list;
    phrase_tail *tail;           /* owned, one per phrase, sorted by cps, then h */
    size_t from[TAIL_CPS + 2]; /* tail[from[c], from[c + 1]) are those of c code points */
} phrase_ix;

#define N_WORD_LISTS 28 /* entries of word_lists[] */
#define GREET_LAST_BITS 4096u

struct askf__names {
    tab t[T_N];
    const uint64_t *bloom; /* first-token filter, BLOOM_BITS bits */
    uint32_t cjk_min, cjk_max;
    /* small built-in word lists */
    tab greet, greet2, follow_neg, epo, stop, ord, precede_neg, place_prep, place_first, adjunct,
        city_prep, greet_pair, firm_conj, firm_tail, follow_org, greet_phr, name_conj, follow_np,
        of_w, family_first, vn_short, join_w, join_phr, colleague, collective, award_mid,
        strong_place, title;
    uint64_t the_key, you_key, from_key; /* keys of the words "the", "you", "from" */
    uint64_t greet_last[GREET_LAST_BITS / 64]; /* greeting_before's filter on its last word */
    phrase_ix ix[PL_N];
    uint64_t *owned[T_N + 1];
    uint64_t *lists[N_WORD_LISTS]; /* owned sets of the tabs above, one per word_lists[] */
    void *map;
    size_t map_len;
};

#define BLOOM_BITS (1u << 22)

typedef struct cache_hdr {
    char magic[8];
    uint32_t version, endian, hdr_size, cjk_min;
    uint64_t src_size;
    int64_t src_mtime_sec, src_mtime_nsec;
    uint8_t src_sum[32];  /* askf__pii_sum of the directory */
    uint8_t body_sum[32]; /* askf__pii_sum of the body */
    uint64_t members, names, handles;
    uint32_t cjk_max, rules; /* rules: compile_rules_digest() of the engine that wrote it */
    uint64_t off[T_N + 1], slots[T_N + 1], count[T_N + 1]; /* [T_N] = bloom */
    uint64_t body_size;
} cache_hdr;

/* ---------- hashing ---------- */

static inline uint64_t fmix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}
#define FNV_OFF 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull
static inline uint64_t key_of(uint64_t h)
{
    h = fmix(h) & ~(uint64_t)FLAGS;
    return h ? h : 8;
}
static inline uint64_t seq_next(uint64_t seq, uint64_t tokkey)
{
    return key_of(seq * 0x9E3779B97F4A7C15ull ^ tokkey);
}

static inline uint64_t tab_get(const tab *t, uint64_t key)
{
    if (!t->s)
        return 0;
    uint64_t i = (key >> 3) & t->mask;
    for (;;) {
        uint64_t v = t->s[i];
        if (!v)
            return 0;
        if ((v & ~(uint64_t)FLAGS) == key)
            return v | 0x8000000000000000ull; /* nonzero even if flags are 0 */
        i = (i + 1) & t->mask;
    }
}

/* The T_FIRST flags of key when a member's name starts with it (or, written family name
 * first, ends with it); 0 for a family name only (F_SURNAME alone), which only a title
 * before it makes a name (title_surname). */
#define first_get(nm, key) first_flags(tab_get(&(nm)->t[T_FIRST], (key)))
static inline uint64_t first_flags(uint64_t f) { return (f & F_GIVEN) ? f : 0; }

/* Indexed by the raw word hash (before key_of), so a word that is no first name
 * costs the hash and one bit test, not the finaliser too. */
static inline int bloom_has_bits(const uint64_t *bloom, uint64_t raw)
{
    uint64_t b = (raw >> 40) & (BLOOM_BITS - 1);
    return (int)((bloom[b >> 6] >> (b & 63)) & 1);
}
static inline int bloom_has(const askf__names *n, uint64_t raw)
{
    return bloom_has_bits(n->bloom, raw);
}

/* ---------- UTF-8 and normalisation ---------- */

size_t askf__utf8_decode(const uint8_t *s, size_t len, size_t i, uint32_t *cp)
{
    uint8_t c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k <= need; k++) {
        if (i + k >= len || (s[i + k] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = v << 6 | (s[i + k] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need + 1;
}

/* askf__utf8_decode with the well-formed two- and three-byte sequences (Latin, Greek,
 * Cyrillic, Arabic, Hebrew; CJK, Thai, Devanagari) decoded inline: the scanner decodes every
 * non-ASCII letter, most of them several times, and the call was most of the cost. A lead
 * byte C2..DF never makes an overlong form; E1..EC, EE and EF never an overlong one or a
 * surrogate (E0 and ED can: they take the call). */
static inline size_t utf8_at(const uint8_t *s, size_t len, size_t i, uint32_t *cp)
{
    uint8_t c = s[i];
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
        return 2;
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
        *cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        return 3;
    }
    return askf__utf8_decode(s, len, i, cp);
}

/* Latin-1 0xC0..0xFF and Latin Extended-A 0x100..0x17F to base letters;
 * '1' = "ae", '2' = "th", '3' = "ss", '4' = "ij", '5' = "oe", ' ' = not a letter */
static const char latin1_base[64] = "aaaaaa1ceeeeiiiidnooooo ouuuuy23aaaaaa1ceeeeiiiidnooooo ouuuuy2y";
static const char latinA_base[128] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkkllllllllllnnnnnnnnnoooooo55rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
/* Latin Extended-B 0x180..0x24F (Vietnamese ơ ư, pinyin ǎ ǐ ǒ ǔ, Romanian ș ț) and Latin
 * Extended Additional 0x1E00..0x1EFF (Vietnamese ầ ạ ố ả, Welsh ŵ ẁ, ...) to base letters:
 * a capital letter marks a capital, ' ' = kept as it is */
static const char latinB_base[208] = "                                Oo             Uu                            AaIiOoUuUuUuUuUu AaAa    GgKkOoOo  j   Gg  NnAa    AaAaEeEeIiIiOoOoRrRrUuUuSsTt  Hh      AaEeOoOoOoOoYy                            ";
static const char latinX_base[256] = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy      AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy      ";

enum { CL_SEP = 0, CL_WORD = 1, CL_CJK = 2, CL_MARK = 3 };

/* Punctuation of the scripts below U+2000 (which are otherwise letters here): Greek, Armenian,
 * Hebrew, Arabic, Devanagari, Thai, Ethiopic, Khmer. */
static inline int script_punct(uint32_t cp)
{
    if (cp < 0x55A) /* Greek and Cyrillic: one test for the common letters */
        return cp == 0x37E || cp == 0x387;
    if (cp < 0x600)
        return cp <= 0x55F || cp == 0x589 || cp == 0x58A || cp == 0x5BE || cp == 0x5C0 ||
               cp == 0x5C3 || cp == 0x5C6 || cp == 0x5F3 || cp == 0x5F4;
    if (cp < 0x700)
        return cp <= 0x60F || (cp >= 0x61B && cp <= 0x61F) || (cp >= 0x66A && cp <= 0x66D) ||
               cp == 0x6D4 || cp == 0x6DD || cp == 0x6DE || cp == 0x6E9;
    if (cp < 0xE00)
        return cp == 0x964 || cp == 0x965 || cp == 0x970;
    return cp == 0xE4F || cp == 0xE5A || cp == 0xE5B || (cp >= 0x1360 && cp <= 0x1368) ||
           (cp >= 0x17D4 && cp <= 0x17DA);
}

static inline int cp_class(uint32_t cp)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
            cp == '_')
            return CL_WORD;
        return CL_SEP;
    }
    if (cp < 0xC0)
        return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ? CL_WORD : CL_SEP;
    if (cp == 0xD7 || cp == 0xF7)
        return CL_SEP;
    if (cp >= 0x300 && cp <= 0x36F)
        return CL_MARK;
    if ((cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x640)
        return CL_MARK; /* Arabic harakat, superscript alef, tatweel: ignored like accents */
    if (cp >= 0x37E && cp < 0x1800 && script_punct(cp))
        return CL_SEP; /* "Marco Lombardi،" "राहुल।": the comma or full stop is not a letter */
    if (cp < 0x2000)
        return (cp >= 0x1100 && cp <= 0x11FF) ? CL_CJK : CL_WORD;
    if (cp < 0x2C00)
        return CL_SEP; /* general punctuation, symbols, arrows, math, dingbats */
    if (cp >= 0x2E00 && cp <= 0x2E7F)
        return CL_SEP;
    if (cp >= 0x3000 && cp <= 0x303F)
        /* CJK punctuation, except the iteration marks and ideographic zero that are
         * part of names: 佐々木 (々), 〆 and 〇 */
        return (cp >= 0x3005 && cp <= 0x3007) || cp == 0x303B ? CL_CJK : CL_SEP;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0x20000 && cp <= 0x2FFFF))
        return CL_CJK;
    if ((cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFE00 && cp <= 0xFE6F) ||
        (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp >= 0xFFF0 ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFEFF)
        return (cp >= 0x20000 && cp <= 0x2FFFF) ? CL_CJK : CL_SEP;
    return CL_WORD;
}

/* Fold one code point into normalised UTF-8 bytes; returns the byte count (0 for marks).
 * The one folding of lib/pii: the directory, the text's words and detect.c's keyword labels
 * all go through it. ASCII and the Latin letters with diacritics (Latin-1, Extended-A and -B,
 * Extended Additional: Vietnamese "PHẠM QUỐC" is "pham quoc") lose case and diacritics; Greek
 * loses case, its accents (tonos, dialytika: Greeks often write without them, and capitals
 * never carry them) and the final-sigma form; Cyrillic loses case, ё is е (Russian writes
 * "Семенова" for "Семёнова"), й is и, ї is і and ў is у; combining marks and Arabic harakat
 * disappear. */
size_t askf__pii_fold_cp(uint32_t cp, char out[4], int *upper)
{
    *upper = 0;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *upper = 1;
            cp += 32;
        }
        out[0] = (char)cp;
        return 1;
    }
    if (cp >= 0xC0 && cp <= 0x17F) {
        char b;
        if (cp < 0x100) {
            b = latin1_base[cp - 0xC0];
            *upper = cp < 0xDF;
        } else {
            b = latinA_base[cp - 0x100];
            *upper = (cp & 1) == 0 && cp != 0x138;
            if (cp >= 0x139 && cp <= 0x148)
                *upper = (cp & 1) == 1;
            if (cp >= 0x179 && cp <= 0x17E)
                *upper = (cp & 1) == 1;
            if (cp == 0x178)
                *upper = 1;
        }
        switch (b) {
        case '1': out[0] = 'a', out[1] = 'e'; return 2;
        case '2': out[0] = 't', out[1] = 'h'; return 2;
        case '3': out[0] = 's', out[1] = 's'; return 2;
        case '4': out[0] = 'i', out[1] = 'j'; return 2;
        case '5': out[0] = 'o', out[1] = 'e'; return 2;
        case ' ': break;
        default: out[0] = b; return 1;
        }
    }
    if ((cp >= 0x180 && cp < 0x250) || (cp >= 0x1E00 && cp < 0x1F00)) {
        char b = cp < 0x250 ? latinB_base[cp - 0x180] : latinX_base[cp - 0x1E00];
        if (b != ' ') {
            *upper = b < 'a';
            out[0] = (char)(b | 0x20);
            return 1;
        }
    }
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 ||
        cp == 0x640)
        return 0;
    if (cp >= 0x386 && cp <= 0x3CE) {
        /* Greek: accented letters to their base, then capitals to small letters */
        static const uint8_t greek_base[0x3CF - 0x386] = {
            [0x386 - 0x386] = 0x91, [0x388 - 0x386] = 0x95, [0x389 - 0x386] = 0x97,
            [0x38A - 0x386] = 0x99, [0x38C - 0x386] = 0x9F, [0x38E - 0x386] = 0xA5,
            [0x38F - 0x386] = 0xA9, [0x390 - 0x386] = 0xB9, [0x3AA - 0x386] = 0x99,
            [0x3AB - 0x386] = 0xA5, [0x3AC - 0x386] = 0xB1, [0x3AD - 0x386] = 0xB5,
            [0x3AE - 0x386] = 0xB7, [0x3AF - 0x386] = 0xB9, [0x3B0 - 0x386] = 0xC5,
            [0x3C2 - 0x386] = 0xC3, [0x3CA - 0x386] = 0xB9, [0x3CB - 0x386] = 0xC5,
            [0x3CC - 0x386] = 0xBF, [0x3CD - 0x386] = 0xC5, [0x3CE - 0x386] = 0xC9};
        uint8_t gb = greek_base[cp - 0x386];
        if (gb)
            cp = 0x300u + gb;
        if (cp >= 0x391 && cp <= 0x3A9) {
            cp += 0x20;
            *upper = 1;
        }
    } else if (cp >= 0x400 && cp <= 0x451) {
        if (cp >= 0x410 && cp <= 0x42F) {
            cp += 0x20;
            *upper = 1;
        } else if (cp <= 0x40F) {
            cp += 0x50;
            *upper = 1;
        }
        if (cp == 0x451) /* ё */
            cp = 0x435;
    }
    /* й is и with a breve, ї is і with a diaeresis, ў is у with a breve: writers drop them as
     * Latin accents are dropped ("Сергеи" for "Сергей") */
    if (cp == 0x439)
        cp = 0x438;
    else if (cp == 0x457)
        cp = 0x456;
    else if (cp == 0x45E)
        cp = 0x443;
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Word hash over normalised bytes, 8 at a time; ASCII case is folded by OR 0x20
 * (the same on both sides: directory and text go through tok_next). */
static inline uint64_t word_hash_step(uint64_t h, const uint8_t *p, size_t n)
{
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ (w | 0x2020202020202020ull)) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        w |= 0x2020202020202020ull & ((1ull << (8 * n)) - 1);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return h;
}
static inline uint64_t word_hash(const uint8_t *p, size_t n)
{
    return word_hash_step(0x243F6A8885A308D3ull ^ n, p, n) + n;
}

/* One whole 8-byte chunk (folded) into the hash, as word_hash_step takes it. */
static inline uint64_t hash_chunk(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

/* word_hash of a word longer than 8 bytes. Its last partial chunk is read as the word's last 8
 * bytes, shifted down: one load instead of a copy of a variable length, same value. The whole
 * chunks of a word of up to 16 bytes (most long words) are taken without the loop. */
static inline uint64_t word_hash_long(const uint8_t *p, size_t n)
{
    uint64_t h = 0x243F6A8885A308D3ull ^ n, c;
    size_t r = n & 7;
    memcpy(&c, p, 8);
    h = hash_chunk(h, c | 0x2020202020202020ull);
    if (n - r == 16) {
        memcpy(&c, p + 8, 8);
        h = hash_chunk(h, c | 0x2020202020202020ull);
    } else if (n - r > 16) {
        h = word_hash_step(h, p + 8, n - r - 8);
    }
    if (r) {
        uint64_t w;
        memcpy(&w, p + n - 8, 8);
        w >>= 8 * (8 - r);
        w |= 0x2020202020202020ull & ((1ull << (8 * r)) - 1);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return h + n;
}

/* word_hash of the n bytes at p, 1 <= n <= 8, once they are read as w (8 bytes, folded) and
 * cut to n. */
static inline uint64_t word_hash_cut(uint64_t w, size_t n)
{
    uint64_t h = ((0x243F6A8885A308D3ull ^ n) ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    return h + n;
}

/* word_hash of 1 to 8 bytes at p, where 8 bytes can be read. */
static inline uint64_t word_hash_8(const uint8_t *p, size_t n)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return word_hash_cut((w | 0x2020202020202020ull) & (~0ull >> (64 - 8 * n)), n);
}

/* word_hash of an ASCII word; reads 8 bytes at once when that stays inside the text. */
static inline uint64_t word_hash_ascii(const uint8_t *p, size_t n, int safe8)
{
    if (n <= 8 && safe8)
        return word_hash_8(p, n);
    if (n > 8)
        return word_hash_long(p, n);
    return word_hash(p, n);
}

typedef struct tok {
    uint32_t start, end;
    uint64_t key; /* WORD: key_of(raw); 0 until needed on the text's fast path (tok_key) */
    uint64_t raw; /* WORD: word_hash of the normalised word */
    uint8_t kind; /* 0 none, CL_WORD, CL_CJK */
    uint8_t cap;  /* first letter is uppercase */
} tok;

static const uint8_t ascii_cls[256] = {
    ['0' ... '9'] = 1, ['A' ... 'Z'] = 2, ['_'] = 1, ['a' ... 'z'] = 1, [0x80 ... 0xFF] = 3,
};

/* The next token at or after i; returns the position after it (tok.kind 0 at the end). */
static size_t tok_next(const uint8_t *t, size_t len, size_t i, tok *k)
{
    k->kind = 0;
    /* skip separators */
    for (;;) {
        while (i < len && ascii_cls[t[i]] == 0)
            i++;
        if (i >= len)
            return len;
        if (t[i] < 0x80)
            break;
        uint32_t cp;
        size_t n = utf8_at(t, len, i, &cp);
        int cl = cp == 0xFFFD && n == 1 ? CL_SEP : cp_class(cp);
        if (cl == CL_WORD || cl == CL_CJK)
            break;
        i += n;
    }
    k->start = (uint32_t)i;
    uint32_t cp0;
    size_t n0 = t[i] < 0x80 ? 1 : utf8_at(t, len, i, &cp0);
    if (t[i] >= 0x80 && cp_class(cp0) == CL_CJK) {
        i += n0;
        while (i < len && t[i] >= 0x80) {
            uint32_t cp;
            size_t n = utf8_at(t, len, i, &cp);
            if (cp_class(cp) != CL_CJK || (cp == 0xFFFD && n == 1))
                break;
            i += n;
        }
        k->end = (uint32_t)i;
        k->kind = CL_CJK;
        return i;
    }
    /* ASCII fast path: the whole word is ASCII letters/digits/'_' */
    size_t ws = i;
    while (i < len && (ascii_cls[t[i]] & 3) && ascii_cls[t[i]] != 3)
        i++;
    if (i >= len || t[i] < 0x80) {
        k->cap = ascii_cls[t[ws]] == 2;
        k->end = (uint32_t)i;
        k->raw = word_hash_ascii(t + ws, i - ws, ws + 8 <= len);
        k->key = key_of(k->raw);
        k->kind = CL_WORD;
        return i;
    }
    /* general path: fold code points into a small buffer, hashed in chunks */
    uint8_t fbuf[128];
    size_t fl = 0;
    uint64_t h = 0x243F6A8885A308D3ull;
    int first = 1, thai = -1;
    k->cap = 0;
    i = ws;
    while (i < len) {
        uint8_t c = t[i];
        uint8_t cl = ascii_cls[c];
        char fb[4];
        size_t fn, n;
        int up;
        if (cl == 1 || cl == 2) {
            fb[0] = (char)c;
            fn = 1;
            n = 1;
            up = cl == 2;
        } else {
            if (cl == 0)
                break;
            uint32_t cp;
            n = utf8_at(t, len, i, &cp);
            if (cp == 0xFFFD && n == 1)
                break;
            int ccl = cp_class(cp);
            if (ccl == CL_SEP || ccl == CL_CJK)
                break;
            fn = askf__pii_fold_cp(cp, fb, &up);
        }
        /* Thai is written without spaces, so a word of another script glued to it is a word
         * of its own ("ติดต่อMatteo Vries", "ขอบคุณנועהมากครับ"); a mark belongs to its letter */
        if (fn) {
            int th = c == 0xE0 && (t[i + 1] == 0xB8 || t[i + 1] == 0xB9);
            if (thai >= 0 && th != thai)
                break;
            thai = th;
        }
        if (first && fn) {
            k->cap = (uint8_t)up;
            first = 0;
        }
        if (fl + fn > sizeof fbuf) { /* very long word: fold the buffer in */
            h = word_hash_step(h, fbuf, fl);
            fl = 0;
        }
        memcpy(fbuf + fl, fb, fn);
        fl += fn;
        i += n;
    }
    h = h == 0x243F6A8885A308D3ull ? word_hash(fbuf, fl) : word_hash_step(h, fbuf, fl);
    k->end = (uint32_t)i;
    k->raw = h;
    k->key = key_of(h);
    k->kind = CL_WORD;
    return i;
}

/* ---------- fast word scanning of text ---------- */

/* The text is classified 64 bytes at a time into two bit masks: ASCII word
 * bytes [0-9A-Za-z_] and bytes >= 0x80. A pure-ASCII word (the common case) is
 * cut and hashed straight from the masks; anything touching a non-ASCII byte
 * goes through tok_next, so both give the same tokens and the same keys. */
typedef struct wscan {
    const uint8_t *t;
    size_t len;
    size_t base;       /* the block: [base, base + 64) */
    uint64_t w, h, at; /* word-byte, high-byte and '@' masks of the block; 0 past len */
} wscan;

#ifdef HAVE_AVX2_PATH
/* A full block with AVX2 (32 bytes a step, half the instructions of SSE2), when the CPU
 * has it: the same masks. */
__attribute__((target("avx2"))) static void wscan_block_avx2(wscan *c, const uint8_t *p)
{
    const __m256i k20 = _mm256_set1_epi8(0x20), k31 = _mm256_set1_epi8(31),
                  kl = _mm256_set1_epi8(-102), k80 = _mm256_set1_epi8(80),
                  kd = _mm256_set1_epi8(-118), ku = _mm256_set1_epi8('_'),
                  ka = _mm256_set1_epi8('@');
    uint64_t w = 0, h = 0, at = 0;
    for (int k = 0; k < 64; k += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + k));
        __m256i let = _mm256_cmpgt_epi8(kl, _mm256_add_epi8(_mm256_or_si256(x, k20), k31));
        __m256i dig = _mm256_cmpgt_epi8(kd, _mm256_add_epi8(x, k80));
        __m256i wm = _mm256_or_si256(_mm256_or_si256(let, dig), _mm256_cmpeq_epi8(x, ku));
        w |= (uint64_t)(uint32_t)_mm256_movemask_epi8(wm) << k;
        h |= (uint64_t)(uint32_t)_mm256_movemask_epi8(x) << k;
        at |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, ka)) << k;
    }
    c->w = w;
    c->h = h;
    c->at = at;
}
#endif

static void wscan_block(wscan *c, size_t base)
{
#ifdef HAVE_AVX2_PATH
    /* __builtin_cpu_supports reads what libgcc found at startup: a load, no race */
    if (c->len >= 64 && base < c->len && __builtin_cpu_supports("avx2")) {
        if (c->len - base >= 64) {
            c->base = base;
            wscan_block_avx2(c, c->t + base);
            return;
        }
        /* the text's last bytes: the 64 that end it, the bytes before base shifted out */
        unsigned drop = (unsigned)(base - (c->len - 64));
        wscan_block_avx2(c, c->t + c->len - 64);
        c->base = base;
        c->w >>= drop;
        c->h >>= drop;
        c->at >>= drop;
        return;
    }
#endif
    const uint8_t *p = c->t + base;
    size_t n = c->len - base, k = 0;
    uint64_t w = 0, h = 0, at = 0;
    c->base = base;
    if (n > 64)
        n = 64;
#if defined(__SSE2__)
    /* 16 bytes at a time while they are inside the text; the tail of a short last block byte
     * by byte */
    const __m128i k20 = _mm_set1_epi8(0x20), k31 = _mm_set1_epi8(31), kl = _mm_set1_epi8(-102),
                  k80 = _mm_set1_epi8(80), kd = _mm_set1_epi8(-118), ku = _mm_set1_epi8('_'),
                  ka = _mm_set1_epi8('@');
    for (; k + 16 <= n; k += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + k));
        /* letters: (x | 0x20) in 'a'..'z'; digits: x in '0'..'9' (signed-compare trick) */
        __m128i let = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, k20), k31), kl);
        __m128i dig = _mm_cmplt_epi8(_mm_add_epi8(x, k80), kd);
        __m128i wm = _mm_or_si128(_mm_or_si128(let, dig), _mm_cmpeq_epi8(x, ku));
        w |= (uint64_t)(uint16_t)_mm_movemask_epi8(wm) << k;
        h |= (uint64_t)(uint16_t)_mm_movemask_epi8(x) << k;
        at |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, ka)) << k;
    }
    if (k < n && n >= 16) {
        /* the last 1..15 bytes from the 16 that end the text, the bytes before k shifted out */
        unsigned drop = 16 - (unsigned)(n - k);
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
        __m128i let = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, k20), k31), kl);
        __m128i dig = _mm_cmplt_epi8(_mm_add_epi8(x, k80), kd);
        __m128i wm = _mm_or_si128(_mm_or_si128(let, dig), _mm_cmpeq_epi8(x, ku));
        w |= (uint64_t)((unsigned)(uint16_t)_mm_movemask_epi8(wm) >> drop) << k;
        h |= (uint64_t)((unsigned)(uint16_t)_mm_movemask_epi8(x) >> drop) << k;
        at |= (uint64_t)((unsigned)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, ka)) >> drop) << k;
        k = n;
    }
#endif
    for (; k < n; k++) {
        uint8_t cl = ascii_cls[p[k]];
        w |= (uint64_t)(cl == 1 || cl == 2) << k;
        h |= (uint64_t)(cl == 3) << k;
        at |= (uint64_t)(p[k] == '@') << k;
    }
    c->w = w;
    c->h = h;
    c->at = at;
}

/* tok_next over the text, from the masks. Inlined into both of its callers (a word and the
 * next word of a full name), which GCC otherwise calls out of line. */
__attribute__((always_inline)) static inline size_t wscan_next(wscan *c, size_t i, tok *k)
{
    const uint8_t *t = c->t;
    for (;;) {
        if (i >= c->len) {
            k->kind = 0;
            return c->len;
        }
        if (i < c->base || i >= c->base + 64)
            wscan_block(c, i);
        unsigned off = (unsigned)(i - c->base);
        uint64_t any = (c->w | c->h) >> off;
        if (!any) {
            i = c->base + 64;
            continue;
        }
        unsigned z = (unsigned)__builtin_ctzll(any);
        i += z;
        off += z;
        if ((c->h >> off) & 1)
            return tok_next(t, c->len, i, k);
        uint64_t run = c->w >> off;
        unsigned e = ~run ? (unsigned)__builtin_ctzll(~run) : 64;
        if (off + e >= 64) {
            if (off) { /* the word may go on past the block: restart the block at it */
                wscan_block(c, i);
                continue;
            }
            return tok_next(t, c->len, i, k); /* a word of 64+ bytes */
        }
        if ((c->h >> (off + e)) & 1)
            return tok_next(t, c->len, i, k); /* goes on with non-ASCII letters */
        k->start = (uint32_t)i;
        k->end = (uint32_t)(i + e);
        k->kind = CL_WORD;
        k->cap = t[i] >= 'A' && t[i] <= 'Z';
        k->raw = word_hash_ascii(t + i, e, i + 8 <= c->len);
        k->key = 0; /* key_of(raw) only for words that pass the bloom filter */
        return i + e;
    }
}

/* tok_next(c->t, c->len, i, k) from the masks, key included: the next word of a full name,
 * cut without tok_next's byte loop. */
static inline size_t wscan_tok(wscan *c, size_t i, tok *k)
{
    size_t e = wscan_next(c, i, k);
    if (k->kind == CL_WORD && !k->key)
        k->key = key_of(k->raw);
    return e;
}

/* A word before the current one: what the greeting and place rules look at. */
typedef struct prevw {
    uint64_t raw; /* the word's raw hash; 0: none */
    uint32_t end;
    uint8_t cap;
} prevw;

/* A plain word's entry of the previous-word window, from its position (start << 32 | end). */
static inline prevw plain_prev(const uint8_t *t, size_t len, uint64_t r)
{
    size_t ws = (size_t)(r >> 32), we = (uint32_t)r;
    return (prevw){word_hash_ascii(t + ws, we - ws, ws + 8 <= len), (uint32_t)we,
                   t[ws] >= 'A' && t[ws] <= 'Z'};
}

/* The last three plain words cut by the fast path, as start << 32 | end (their hashes are
 * recomputed once at its end); ~0: none. A block's words, when there are three or more, are
 * kept as the block's masks, and one word after them (a block's last word, cut with the next
 * block) as it is; they are cut out only when needed (ring_settle): usually the next block
 * replaces them unread. */
typedef struct ring3 {
    uint64_t r1, r2, r3;
    uint64_t pst, pen; /* start and end bits of the pending block's words; pst 0: none */
    size_t pbase;      /* the pending block */
    uint64_t x;        /* the word after them; ~0: none */
} ring3;

/* Shift the previous-word window: w becomes the word right before the next one. */
static inline void prev_push(prevw *p1, prevw *p2, prevw *p3, prevw w)
{
    *p3 = *p2;
    *p2 = *p1;
    *p1 = w;
}

/* The pending words into r1..r3: the block's last three, or its last two and the word after
 * them. */
static inline void ring_settle(ring3 *rg)
{
    if (!rg->pst)
        return;
    uint64_t st = rg->pst, en = rg->pen, r[3];
    int n = rg->x != ~0ull ? 2 : 3;
    for (int k = 0; k < n; k++) {
        unsigned ws = 63 - (unsigned)__builtin_clzll(st), we = 64 - (unsigned)__builtin_clzll(en);
        r[k] = (uint64_t)(rg->pbase + ws) << 32 | (rg->pbase + we);
        st ^= 1ull << ws;
        en ^= 1ull << (we - 1);
    }
    if (n == 3) {
        rg->r3 = r[2];
        rg->r2 = r[1];
        rg->r1 = r[0];
    } else {
        rg->r3 = r[1];
        rg->r2 = r[0];
        rg->r1 = rg->x;
    }
    rg->pst = 0;
    rg->x = ~0ull;
}

/* One word, start << 32 | end, into the window. */
static inline void ring_push_one(ring3 *rg, uint64_t r)
{
    if (rg->pst && rg->x == ~0ull) {
        rg->x = r;
        return;
    }
    ring_settle(rg);
    rg->r3 = rg->r2;
    rg->r2 = rg->r1;
    rg->r1 = r;
}

/* Shift the words passed in a block (start and end bits, paired in order) into the window:
 * only the last three matter, so three or more are kept as the masks (whatever came before
 * no longer counts), fewer are shifted in one by one. */
static inline void ring_push_last(ring3 *rg, size_t base, uint64_t st, uint64_t en)
{
    uint64_t but_first = st & (st - 1);
    if (but_first & (but_first - 1)) { /* three words or more: the usual case */
        rg->pst = st;
        rg->pen = en;
        rg->pbase = base;
        rg->x = ~0ull;
        return;
    }
    for (; st; st &= st - 1, en &= en - 1) /* one or two, first to last */
        ring_push_one(rg, (uint64_t)(base + (unsigned)__builtin_ctzll(st)) << 32 |
                              (base + 1 + (unsigned)__builtin_ctzll(en)));
}

/* The plain words of one pure-ASCII block at base (64 bytes, or the text's last 1 to 63: its
 * masks have no bits past the end), from bit off on: word starts and
 * last bytes as bit masks, paired in order (a word byte at off starts a word whatever is
 * before it, as in wscan_next). Returns 64 when every word was plain; else the bit where the
 * first word that needs a closer look starts: one after an '@' (atm: the block's '@' bits
 * shifted to the next byte), one running into the next block, one hitting the bloom filter
 * (then with PLAIN_BLOOM_HIT set: that word is whole, in the block and after no '@').
 * whole8: the text goes on for 8 bytes past the block, so that every word can be read 8 bytes
 * at once (a constant: the loop has one test and one live value less). */
#define PLAIN_BLOOM_HIT 0x100u
typedef uint64_t (*hash8_fn)(const uint8_t *p, size_t n); /* word_hash_8 or its BMI2 form */
__attribute__((always_inline)) static inline unsigned
plain_block_body(const uint8_t *t, size_t len, const uint64_t *bloom, size_t base, uint64_t w,
                 uint64_t atm, unsigned off, ring3 *rg, hash8_fn hash8, int whole8)
{
    w &= ~0ull << off;
    uint64_t st = w & ~(w << 1), en = w & ~(w >> 1);
    uint64_t stop = st & atm;
    if (en >> 63)
        stop |= 1ull << (63 - __builtin_clzll(st)); /* the last word may go on */
    unsigned lim = stop ? (unsigned)__builtin_ctzll(stop) : 64;
    if (stop)
        st &= (1ull << lim) - 1;
    /* positions relative to the block, so that few values stay live in the loop; a word
     * starting 8 bytes or more before the end of the text (`room` bytes after base) can be
     * read 8 bytes at once (always, when the block is whole) */
    const uint8_t *b = t + base;
    size_t room = whole8 ? 72 : len - base;
    uint64_t left = st, lend = en;
    while (left) {
        unsigned ws = (unsigned)__builtin_ctzll(left), we = 1 + (unsigned)__builtin_ctzll(lend);
        uint64_t raw = we - ws <= 8 && ws + 8 <= room ? hash8(b + ws, we - ws)
                                                  : word_hash_ascii(b + ws, we - ws, 0);
        if (bloom_has_bits(bloom, raw)) {
            lim = ws | PLAIN_BLOOM_HIT; /* may be a first name */
            break;
        }
        left &= left - 1;
        lend &= lend - 1;
    }
    ring_push_last(rg, base, st & ~left, en & ~lend);
    return lim;
}

/* How a run of plain blocks (plain_run) ended. */
enum {
    RUN_ON,   /* at a block that is not plain: go on one word at a time; or at the text's end */
    RUN_STOP, /* at a word that needs a closer look (after an '@', going on with non-ASCII
               * letters or past 64 bytes, hitting the bloom filter after a block's end) */
    RUN_HIT   /* at a word of the block that hits the bloom filter (whole, after no '@') */
};

typedef void (*block_fn)(wscan *c, size_t base); /* wscan_block or its AVX2 form */

/* The words of consecutive pure-ASCII blocks from c's block (base c->base) and bit off on, up to
 * the text's end (its last block may be short, so that a text's last words skip the
 * word-at-a-time path too), as skip_plain_words would cut them one block at a time:
 * plain_block_body's words, and the
 * last word of a block that runs into the next one, cut with the next block's masks. Returns
 * where it ended (*how says why), with c at the block that holds that position. One
 * function for the whole run, so that a block costs no call and its last word no trip
 * through the word-at-a-time path. */
__attribute__((always_inline)) static inline size_t
plain_run_body(const uint64_t *bloom, wscan *c, unsigned off, ring3 *rg, int *how,
               hash8_fn hash8, block_fn block)
{
    const uint8_t *t = c->t;
    size_t len = c->len, base = c->base;
    while (!c->h && base < len) {
        uint64_t atm = (c->at << 1) | (base && t[base - 1] == '@');
        unsigned lim = base + 72 <= len
                           ? plain_block_body(t, len, bloom, base, c->w, atm, off, rg, hash8, 1)
                           : plain_block_body(t, len, bloom, base, c->w, atm, off, rg, hash8, 0);
        if (lim & PLAIN_BLOOM_HIT) {
            *how = RUN_HIT;
            return base + (lim & 63);
        }
        if (lim < 64 && ((atm >> lim) & 1)) {
            *how = RUN_STOP; /* a mention or an address */
            return base + lim;
        }
        size_t ws = base + lim; /* the block's last word, when it goes on; else the block end */
        base += 64;
        if (lim == 64 && base >= len) {
            *how = RUN_ON;
            return base;
        }
        block(c, base); /* (at the text's end: no word bytes, the last word ends there) */
        off = 0;
        if (lim == 64)
            continue;
        if (!~c->w || ((c->h >> __builtin_ctzll(~c->w)) & 1)) {
            *how = RUN_STOP; /* 64+ bytes, or non-ASCII letters after it */
            return ws;
        }
        off = (unsigned)__builtin_ctzll(~c->w);
        size_t we = base + off;
        if (bloom_has_bits(bloom, word_hash_ascii(t + ws, we - ws, ws + 8 <= len))) {
            *how = RUN_STOP; /* may be a first name */
            return ws;
        }
        ring_push_one(rg, (uint64_t)ws << 32 | we);
    }
    *how = RUN_ON;
    return base + off;
}

__attribute__((noinline)) static size_t plain_run(const uint64_t *bloom, wscan *c, unsigned off,
                                                   ring3 *rg, int *how)
{
    return plain_run_body(bloom, c, off, rg, how, word_hash_8, wscan_block);
}

#ifdef HAVE_AVX2_PATH
/* word_hash_8 with BMI2: the word's bytes kept by one bzhi, where the mask took five
 * instructions */
__attribute__((target("bmi2"))) static inline uint64_t word_hash_8_bmi2(const uint8_t *p,
                                                                        size_t n)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return word_hash_cut(_bzhi_u64(w | 0x2020202020202020ull, (unsigned)(8 * n)), n);
}

/* wscan_block with the AVX2 classification inlined (a whole block; the text's last bytes
 * through wscan_block) */
__attribute__((target("avx2"))) static inline void wscan_block_inl_avx2(wscan *c, size_t base)
{
    if (c->len - base >= 64) {
        c->base = base;
        wscan_block_avx2(c, c->t + base);
    } else {
        wscan_block(c, base);
    }
}

/* The same with AVX2 and BMI1/BMI2, when the CPU has them: shifts by a register without a move
 * to cl, bit scans and masks in one instruction each (about 6 % fewer instructions per word),
 * and the next block's masks without a call */
__attribute__((noinline, target("avx2,bmi,bmi2"))) static size_t
plain_run_avx2(const uint64_t *bloom, wscan *c, unsigned off, ring3 *rg, int *how)
{
    return plain_run_body(bloom, c, off, rg, how, word_hash_8_bmi2, wscan_block_inl_avx2);
}
#endif

static inline int name_gap_ok(const uint8_t *t, size_t a, size_t b);
static int greet_gap(const uint8_t *t, size_t a, size_t b);
static inline int cjk_around(const uint8_t *t, size_t len, size_t a, size_t e);
static inline uint64_t greet_last_bit(uint64_t raw);
static uint64_t genitive_s_form(const askf__names *nm, const uint8_t *t, size_t len, tok *k,
                                uint64_t seq);

static int lower_title_at(const uint8_t *t, size_t a, size_t e);

/* Whether no member's full name starts with the first name f_key at [ws, we) of the pure-ASCII
 * block at base, as askf__names_scan's first probe would find: the next word is not joined to it
 * as a name's words are, or the pair (or its German genitive) is no full name's start. Only
 * a next word whole inside the block is looked at; -1 for any other (the caller decides). */
static int no_full_name_after(const askf__names *nm, const wscan *c, size_t base, size_t we,
                              uint64_t f_key)
{
    const uint8_t *t = c->t;
    uint64_t rest = c->w & (~0ull << (we - base));
    if (!rest)
        return -1;
    unsigned ns = (unsigned)__builtin_ctzll(rest);
    uint64_t after = ~c->w >> ns;
    if (!after)
        return -1;
    unsigned ne = ns + (unsigned)__builtin_ctzll(after);
    if (ne >= 64)
        return -1; /* the word may go on in the next block */
    size_t s = base + ns, e = base + ne;
    if (!name_gap_ok(t, we, s))
        return 1;
    tok nx = {(uint32_t)s, (uint32_t)e, 0, word_hash_ascii(t + s, e - s, s + 8 <= c->len), CL_WORD,
              t[s] >= 'A' && t[s] <= 'Z'};
    nx.key = key_of(nx.raw);
    return !tab_get(&nm->t[T_FULL], seq_next(f_key, nx.key)) &&
           !genitive_s_form(nm, t, c->len, &nx, f_key);
}

/* Whether the bloom hit at [ws, we), a plain word of a pure-ASCII block at base after the word
 * prev, is only the previous word of the next one for askf__names_scan, so that the fast path
 * can go on past it: no first name after all, or one in lowercase ("remote", which three
 * members have as first name) or a token that starts no name alone, that no full name goes on
 * from and that has none of the single first name's cues around it: no ',', '!', '-' or
 * apostrophe after it (a vocative, a hyphenated given name, a possessive), no non-ASCII text
 * around it, no word before it that may end a greeting. */
static int first_name_inert(const askf__names *nm, const wscan *c, size_t base, size_t ws,
                            size_t we, prevw prev)
{
    const uint8_t *t = c->t;
    uint64_t key = key_of(word_hash_ascii(t + ws, we - ws, ws + 8 <= c->len));
    uint64_t f = first_get(nm, key);
    if (!f)
        return !(tab_get(&nm->title, key) &&
                 ((t[ws] >= 'A' && t[ws] <= 'Z') || (we < c->len && t[we] == '.') ||
                  lower_title_at(t, ws, we))); /* title_surname */
    if ((f & F_GIVEN) && t[ws] >= 'A' && t[ws] <= 'Z')
        return 0;
    /* (a word of the text's short last block may end the text) */
    if ((we < c->len && (t[we] == ',' || t[we] == '!' || t[we] == '-' || t[we] == '\'' ||
                         t[we] == ':' ||
                         (we + 9 <= c->len && !memcmp(t + we, " reacted ", 9)))) ||
        cjk_around(t, c->len, ws, we))
        return 0; /* (':' a chat's speaker label: "charlotte: lol") */
    if (prev.raw && greet_gap(t, prev.end, ws)) {
        uint64_t b = greet_last_bit(prev.raw);
        if ((nm->greet_last[b >> 6] >> (b & 63)) & 1)
            return 0;
    }
    return no_full_name_after(nm, c, base, we, key) == 1;
}

/* The scanner's fast path. Most words of a text are pure ASCII, follow no '@' and miss the
 * first-name bloom filter: such a word only becomes the previous word of the next one. This
 * loop cuts them from 64-byte block masks (blocks aligned to the text), hashes them and shifts
 * the previous-word window, and stops at the first word that may matter (non-ASCII bytes in
 * or around it, an '@' before it, a bloom hit, a word of 64+ bytes), returning its start:
 * wscan_next cuts the same word there. Runs of blocks without non-ASCII bytes (the last one may
 * be short) go through plain_run; otherwise the words are cut one at a time. Returns len at the
 * end of the text. */
static size_t skip_plain_words(const askf__names *nm, wscan *c, size_t i, prevw *p1, prevw *p2,
                               prevw *p3)
{
    const uint8_t *t = c->t;
    size_t len = c->len;
    ring3 rg = {~0ull, ~0ull, ~0ull, 0, 0, 0, ~0ull};
    size_t base = i & ~(size_t)63;
#ifdef HAVE_AVX2_PATH
    /* what libgcc found at startup: loads */
    int fast = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
               __builtin_cpu_supports("bmi2");
#endif
    if (i < len && c->base != base)
        wscan_block(c, base);
    while (i < len) {
        unsigned off = (unsigned)(i - base);
        if (!c->h && base < len) {
            int how;
#ifdef HAVE_AVX2_PATH
            i = fast ? plain_run_avx2(nm->bloom, c, off, &rg, &how)
                     : plain_run(nm->bloom, c, off, &rg, &how);
#else
            i = plain_run(nm->bloom, c, off, &rg, &how);
#endif
            base = c->base;
            if (how == RUN_STOP)
                break;
            if (how == RUN_HIT) {
                size_t we = i + (unsigned)__builtin_ctzll(~c->w >> (i - base));
                ring_settle(&rg);
                prevw prev = rg.r1 != ~0ull ? plain_prev(t, len, rg.r1) : *p1;
                if (!first_name_inert(nm, c, base, i, we, prev))
                    break; /* (the loop below would cut and test the same word again) */
                ring_push_one(&rg, (uint64_t)i << 32 | we);
                i = we; /* on in the same block */
                continue;
            }
            if (i >= len)
                break;
            off = (unsigned)(i - base);
        }
        uint64_t m = (c->w | c->h) & (~0ull << off);
        if (!m) {
            base += 64;
            i = base;
            if (i < len)
                wscan_block(c, base);
            continue;
        }
        unsigned st = (unsigned)__builtin_ctzll(m);
        size_t ws = base + st;
        i = ws;
        if ((c->h >> st) & 1)
            break; /* a non-ASCII letter or separator: the general path */
        if (ws > 0 && t[ws - 1] == '@')
            break; /* a mention or an address */
        uint64_t run = ~c->w & (~0ull << st);
        size_t we;
        if (run) {
            unsigned e = (unsigned)__builtin_ctzll(run);
            if ((c->h >> e) & 1)
                break; /* the word goes on with non-ASCII letters */
            we = base + e;
        } else {
            /* the word reaches the block's end: it goes on in the next block */
            base += 64;
            wscan_block(c, base);
            if (!~c->w)
                break; /* 64+ bytes */
            unsigned e = (unsigned)__builtin_ctzll(~c->w);
            if ((c->h >> e) & 1)
                break;
            we = base + e;
        }
        uint64_t raw = word_hash_ascii(t + ws, we - ws, ws + 8 <= len);
        if (bloom_has(nm, raw))
            break; /* may be a first name */
        ring_push_one(&rg, (uint64_t)ws << 32 | we);
        i = we;
    }
    ring_settle(&rg);
    if (rg.r1 != ~0ull) {
        prevw o1 = *p1, o2 = *p2;
        *p3 = rg.r3 != ~0ull ? plain_prev(t, len, rg.r3) : rg.r2 != ~0ull ? o1 : o2;
        *p2 = rg.r2 != ~0ull ? plain_prev(t, len, rg.r2) : o1;
        *p1 = plain_prev(t, len, rg.r1);
    }
    return i < len ? i : len;
}

void askf__pii_normalize(askf_buf *out, const char *s, size_t n)
{
    const uint8_t *t = (const uint8_t *)s;
    size_t i = 0;
    int need_space = 0;
    while (i < n) {
        uint32_t cp;
        size_t w = utf8_at(t, n, i, &cp);
        int cl = (cp == 0xFFFD && w == 1) ? CL_SEP : cp_class(cp);
        if (cl == CL_SEP) {
            need_space = out->len > 0;
            i += w;
            continue;
        }
        if (need_space && cl != CL_MARK)
            askf__buf_putc(out, ' ');
        need_space = 0;
        char fb[4];
        int up;
        size_t fn = askf__pii_fold_cp(cp, fb, &up);
        askf__buf_put(out, fb, fn);
        i += w;
    }
}

static uint64_t word_key(const char *w)
{
    tok k;
    tok_next((const uint8_t *)w, strlen(w), 0, &k);
    return k.key;
}

/* ---------- built-in word lists ---------- */

static const char *const greet_words[] = {
    "hi", "hello", "hey", "dear", "thanks", "thx", "thank", "ty", "cheers", "congrats",
    "congratulations", "welcome", "kudos", "hallo", "danke", "liebe", "lieber", "servus", "moin",
    "merci", "bonjour", "salut", "cher", "chère", "gracias", "hola", "querida", "querido",
    "grazie", "ciao", "caro", "cara", "obrigado", "obrigada", "olá", "oi", "bedankt", "hoi",
    "dank", "tack", "hej", "cc", "yo", "morning", "evening", "afternoon", "bye", "great",
    "nice", "good", "well", "sorry", "gratulation", "felicidades", "bravo", "shoutout",
    "howdy", "greetings", "regards", "love", "namaste", "dhanyavaad", "birthday", "bday",
    "glückwunsch", "gluckwunsch", "gratuliere", "félicitations", "felicitations",
    "gefeliciteerd", "proficiat", "parabéns", "parabens", "complimenti", "auguri",
    "felicitaciones", "enhorabuena", "gracies", "спасибо", "привет", "здравствуйте",
    "поздравляю", "поздравляем", "благодарю", "дорогой", "дорогая", "شكرا", "مبروك", "مرحبا",
    "أهلا", "عزيزي", "عزيزتي", "धन्यवाद", "शुक्रिया", "नमस्ते", "बधाई", "teşekkürler",
    "tebrikler", "dziękuję", "gratulacje",
    /* romanised Japanese thanks in chats ("oke arigato owen!") */
    "arigato", "arigatou",
    /* good luck ("Good luck, Grace!", "Viel Glück Anja", "Mucha suerte, Ana", "Boa sorte,
     * João", Turkish "Başarılar Deniz!") */
    "luck", "glück", "suerte", "sorte", "başarılar", "basarilar",
    /* Polish "Cześć", "Dzień dobry" (its "dobry" is "good", as "good morning"), Turkish
     * "Merhaba", "Selam", Thai "ขอบคุณ" (thanks), "สวัสดี" (hello), Hebrew "היי" (hi),
     * "שלום" (hello), "תודה" (thanks) */
    "cześć", "dobry", "merhaba", "selam", "ขอบคุณ", "สวัสดี", "היי", "שלום", "תודה",
    /* romanised thanks (Hindi/Urdu, Arabic) and the Arabic vocative particle "yā" ("يا حسن",
     * "O Hassan"), which always addresses someone */
    "shukriya", "shukria", "dhanyavad", "dhanyawad", "shukran", "يا",
    /* Greek: "Γεια σου/σας" (hello; σου/σας are second words), "Χαίρετε", "Καλημέρα",
     * "Καλησπέρα", "Ευχαριστώ (πολύ)" (thanks), "Συγχαρητήρια" (congratulations), "Αγαπητέ/ή"
     * (dear); accents are folded away, so "ΓΕΙΑ" and "Γειά" are the same word */
    "γεια", "χαίρετε", "καλημέρα", "καλησπέρα", "ευχαριστώ", "ευχαριστούμε", "συγχαρητήρια",
    "αγαπητέ", "αγαπητή",
    /* good morning / good day in Italian, Dutch, Portuguese, Spanish, German ("Bom dia",
     * "Buenos días", "Guten Morgen": the second word is in greet2), Brazilian "Valeu"
     * (thanks), Russian "Здравствуй", "Уважаемый/ая" (dear, formal) */
    "buongiorno", "buonasera", "goedemorgen", "goedemiddag", "goedenavond", "valeu", "bom",
    "boa", "buenos", "buenas", "guten", "здравствуй", "уважаемый", "уважаемая",
    /* French "Coucou", "Bonsoir"; Swedish "Grattis" (congratulations); Indonesian "Halo",
     * "Makasih" (thanks), "Selamat" (congratulations; "Selamat ya X") */
    "coucou", "bonsoir", "grattis", "halo", "makasih", "selamat",
    /* thanks in Danish/Norwegian ("Tak"), Finnish, Croatian/Serbian, Hungarian, Czech,
     * Romanian */
    "tak", "kiitos", "hvala", "köszönöm", "děkuji", "mulțumesc", "multumesc",
    /* Swahili "Asante" (thanks), "Hongera" (congratulations), "Habari" (hello; "Habari za
     * asubuhi" good morning), "Karibu" (welcome); Bengali "ধন্যবাদ" (thanks), "অভিনন্দন"
     * (congratulations), "হাই" (hi), "নমস্কার" (hello), "স্বাগতম" (welcome); Vietnamese "Chào"
     * (hello; "Chào anh/chị X"); "God bless you X" */
    "asante", "hongera", "habari", "karibu", "ধন্যবাদ", "অভিনন্দন", "হাই", "নমস্কার", "স্বাগতম",
    "chào", "bless",
    /* welcome in Spanish, French, Italian, German, Dutch, Polish, Portuguese ("Bem-vindo":
     * the hyphen splits it), Hindi ("स्वागत है X"); thanks and greetings in Ukrainian ("Дякую",
     * "Вітаю", "Привіт"), Russian and Ukrainian "Добрый/Доброго день/утро/вечер" (good day:
     * the second word is in greet2), Polish "Dzięki", Turkish "Günaydın" (good morning),
     * Arabic "تهانينا" (congratulations), Swahili "Pongezi" (congratulations), Indonesian "Hai" */
    "bienvenido", "bienvenida", "bienvenidos", "bienvenue", "benvenuto", "benvenuta",
    "willkommen", "welkom", "witaj", "witamy", "vindo", "vinda", "स्वागत", "дякую", "вітаю",
    "вітаємо", "привіт", "добрый", "доброе", "доброго", "добрий", "dzięki", "günaydın",
    "تهانينا", "pongezi", "hai",
    /* Tamil "நன்றி" (thanks), "வணக்கம்" (hello); Bengali "হ্যালো" (hello); Persian "ممنون",
     * "مرسی" (thanks), "سلام" (hello), "تبریک" (congratulations; "تبریک به X"); Dutch "Beste"
     * (dear, a letter's salutation); Filipino "Salamat" (thanks; "Salamat kay X") */
    "நன்றி", "வணக்கம்", "হ্যালো", "ممنون", "مرسی", "سلام", "تبریک", "beste", "salamat",
    /* Romanian "Mersi" (thanks), Czech/Slovak "Ahoj" (hi), Swahili "Mambo" (hi), Swedish
     * "Hejsan" (hi), Hindi "हाय" (hi), German "Grüße"/"Grüsse" (greetings: "Liebe Grüße an
     * X", the "an" is in greet2) */
    "mersi", "ahoj", "mambo", "hejsan", "हाय", "grüße", "grüsse",
    /* Thai "หวัดดี" (hi, informal); Hausa "Sannu" (hello); Amharic "አመሰግናለሁ" (thank you);
     * "Grateful to X" (the "to" is in greet2) */
    "หวัดดี", "sannu", "አመሰግናለሁ", "grateful",
    /* Swedish "Hallå" (hello), Dutch "Dankjewel"/"Dankuwel" (thanks, written as one word),
     * Turkish "Sevgili" (dear); Thai thanks and hello with the polite particle or "มาก" (a
     * lot) glued on, as Thai writes them without spaces ("ขอบคุณมากครับ X") */
    "hallå", "dankjewel", "dankuwel", "sevgili", "ขอบคุณครับ", "ขอบคุณค่ะ", "ขอบคุณมาก",
    "ขอบคุณมากครับ", "ขอบคุณมากค่ะ", "สวัสดีครับ", "สวัสดีค่ะ",
    /* Persian "درود" (hello), Italian "Gentile" (dear, formal), Swahili "Jambo", "Hujambo"
     * (hello) */
    "درود", "gentile", "jambo", "hujambo",
    /* Hungarian "Kedves" (dear), "Szia"/"Sziasztok" (hi), "Köszönjük"/"Köszi" (thanks);
     * Finnish "Moikka", "Hei" (hi; not "Moi", the French "me": "Écrivez-moi à …") */
    "kedves", "szia", "sziasztok", "köszönjük", "köszi", "moikka", "hei",
    /* hello and thanks of more languages: Armenian "Բարև", "Շնորհակալություն" (Armenian
     * keeps its case in the folding: both forms), Georgian "გამარჯობა", "მადლობა", Kazakh
     * "Сәлем", "Рахмет", Khmer "សួស្តី", "អរគុណ", Lao "ສະບາຍດີ", "ຂອບໃຈ", Burmese
     * "မင်္ဂလာပါ", "ကျေးဇူးတင်ပါတယ်", "ဂုဏ်ယူပါတယ်" (congratulations), Sinhala "ආයුබෝවන්",
     * "ස්තූතියි", Telugu "నమస్కారం", "ధన్యవాదాలు", Marathi and Nepali "नमस्कार", Persian
     * "ممنونم", Urdu "شکریہ", Amharic "ሰላም", Somali "Mahadsanid", "Salaan", Azerbaijani
     * "Salam", "Təşəkkürlər", Norwegian "Takk", Tagalog "Kumusta" */
    "բարև", "Բարև", "շնորհակալություն", "Շնորհակալություն", "გამარჯობა", "მადლობა", "сәлем",
    "рахмет", "សួស្តី", "អរគុណ", "ສະບາຍດີ", "ຂອບໃຈ", "မင်္ဂလာပါ", "ကျေးဇူးတင်ပါတယ်",
    "ဂုဏ်ယူပါတယ်", "ආයුබෝවන්", "ස්තූතියි", "నమస్కారం", "ధన్యవాదాలు", "नमस्कार", "ممنونم",
    "شکریہ", "ሰላም", "mahadsanid", "salaan", "salam", "təşəkkürlər", "takk", "kumusta", NULL};
/* second word of a two-word greeting: "thank you, X", "thanks to X", "shout-out to X" */
static const char *const greet2_words[] = {"you", "to", "so", "much", "again", "done", "job",
                                           /* Tagalog "salamat po X" (po: politeness) */
                                           "po",
                                           "work", "day", "night",
                                           /* "merci beaucoup X", "grazie mille X" */
                                           "beaucoup", "mille", "tante", "vielmals",
                                           /* "Γεια σου X", "Ευχαριστώ πολύ X" */
                                           "σου", "σας", "πολύ",
                                           /* "Bom dia X", "Buenos días X", "Guten Morgen X" */
                                           "dia", "tarde", "noite", "días", "tardes", "noches",
                                           "morgen", "tag", "abend",
                                           /* Hindi "बधाई हो X" (congratulations); Dutch "dank
                                            * je X", "dank u X" */
                                           "हो", "je", "u",
                                           /* Indonesian "Selamat ya X", "Makasih Kak X";
                                            * Vietnamese "Cảm ơn bạn/anh/chị/em X" */
                                           "ya", "kak", "bạn", "anh", "chị", "em",
                                           /* Indonesian honorifics "Terima kasih Bu X",
                                            * "Selamat pagi Pak X"; Hebrew "תודה רבה X",
                                            * Arabic "شكراً جزيلاً X" (thanks a lot) */
                                           "bu", "pak", "רבה", "جزيلا",
                                           /* "Добрый день X", "स्वागत है X" */
                                           "день", "утро", "вечер", "дня", "ранку", "है",
                                           /* "Salamat kay X", "تبریک به X" */
                                           "kay", "به",
                                           /* "Danke dir, X", "Merci à X", "Gracias a X",
                                            * "Tack till X", "Grüße an X", "Asante sana X"
                                            * (thanks a lot), Greek "Ευχαριστώ στη(ν)/στον
                                            * X" (thanks to) */
                                           "dir", "à", "a", "till", "an", "sana", "στη",
                                           "στην", "στον",
                                           /* Vietnamese "Cảm ơn nhiều X" (thanks a lot);
                                            * Indonesian honorifics "Halo Mbak X", "Mas X";
                                            * "Welcome aboard X" */
                                           "nhiều", "mbak", "mas", "aboard",
                                           /* Indonesian "Thanks banget X", "Makasih banget
                                            * X" (so much), "Terima kasih banyak X" (a lot) */
                                           "banget", "banyak", NULL};
/* two words after a greeting word or "you": "thanks so much X", "thank you so much X", "dank
 * je wel X" */
static const char *const greet_pair_phrases[] = {"so much", "very much", "a lot", "je wel", "u wel",
                                                 /* Swedish "tack så mycket X" */
                                                 "så mycket",
                                                 /* French "merci à toi, X", "merci à vous";
                                                  * Swahili "Habari za asubuhi X" (good
                                                  * morning), "za mchana", "za jioni" */
                                                 "à toi", "à vous", "za asubuhi", "za mchana",
                                                 "za jioni",
                                                 /* "Grazie mille a X", "Merci beaucoup à X",
                                                  * "Danke vielmals an X" */
                                                 "mille a", "beaucoup à", "vielmals an",
                                                 /* "(Big) thank you to X" */
                                                 "you to", NULL};
/* greetings of two words neither of which greets alone: Vietnamese "Cảm ơn X" (thanks),
 * "Chúc mừng X" (congratulations), "Xin chào X" (hello); Indonesian "Terima kasih X";
 * Turkish "(Çok) teşekkür ederim X" (thank you) */
static const char *const greet_phrases[] = {"cảm ơn", "chúc mừng", "xin chào", "terima kasih",
                                            /* "miss u jasmine 🥺" */
                                            "miss you", "miss u",
                                            "teşekkür ederim",
                                            /* Hebrew "מזל טוב X" (congratulations) */
                                            "מזל טוב",
                                            /* Indonesian "Selamat pagi/siang/sore/malam X"
                                             * (good morning, …), "Selamat datang" (welcome) */
                                            "selamat pagi", "selamat siang", "selamat sore",
                                            "selamat malam", "selamat datang",
                                            /* Yoruba "Ẹ n lẹ́ X" (hello) */
                                            "n lẹ́",
                                            /* Turkish "Sağ ol X" (thanks), "Eline sağlık X"
                                             * (well done); Arabic "صباح الخير X" (good
                                             * morning), "مساء الخير X" (good evening) */
                                            "sağ ol", "eline sağlık", "صباح الخير",
                                            "مساء الخير",
                                            /* Hausa "Na gode X" (thanks), Vietnamese "Chào
                                             * mừng X" (welcome) */
                                            "na gode", "chào mừng",
                                            /* Sinhala "සුබ පැතුම්" (best wishes), Urdu
                                             * "السلام علیکم" (peace be upon you), Yoruba "Ẹ ṣé"
                                             * (thanks) */
                                            "සුබ පැතුම්", "السلام علیکم", "ẹ ṣé", NULL};
/* "and" between two first names: "Thanks Brianna and Adaeze!" greets both */
static const char *const name_conj_words[] = {"and", "und", "et", "y", "e", "en", "och", "og",
                                              "ve", "dan", "và", "i", "и", NULL};
/* after a full name: company, place, institution */
static const char *const follow_neg_words[] = {
    "inc", "llc", "ltd", "gmbh", "ag", "sa", "plc", "corp", "co", "company", "group", "bank",
    "capital", "partners", "foundation", "university", "college", "institute", "street", "st",
    "avenue", "ave", "road", "rd", "boulevard", "blvd", "hall", "center", "centre", "airport",
    "station", "park", "lake", "county", "hospital", "school", "museum", "hotel", "stadium",
    "bridge", "tower", "award", "prize", "fellowship", "scholarship", "lecture", "building",
    "library", "trust", "fund", "associates", "brothers", "bros", "holdings", "ventures",
    "labs", "studio", "studios", "consulting", "law", "clinic", "pharmacy",
    /* a brand: its shops and what it sells ("Ted Baker stores", "a Tom Ford suit") */
    "store", "stores", "shop", "shops", "boutique", "boutiques", "outlet", "brand", "label",
    "flagship", "collection", "shirt", "shirts", "jacket", "jackets", "suit", "suits", "dress",
    "dresses", "coat", "shoes", "sneakers", "boots", "sunglasses", "glasses", "eyewear",
    "perfume", "fragrance", "cologne", "handbag", "handbags", "bag", "bags", "menswear",
    "womenswear", "jeans", "watches", "cosmetics", "makeup", "blazer", "blazers", "showroom",
    "showrooms",
    /* more places named after people */
    "field", "square", "plaza", "beach", "river", "island", "mountain", "valley", "falls",
    "gardens", "garden", "terminal", "arena", "memorial", "monument", "boulevard", "highway",
    "freeway", "tunnel", "dam", "reservoir", "canal", "harbour", "harbor", "pier",
    "place", "bay", "hills", "springs", "heights", "islands", "cove", "creek", "village", "hole",
    "quay", "wharf", "docks", "crescent", "reserve", "city",
    /* German and Dutch compounds name institutions and places after people, joined with a
     * hyphen ("Max-Planck-Gesellschaft", "Alexander Humboldt-Stiftung") */
    "gesellschaft", "stiftung", "institut", "universität", "hochschule", "schule", "gymnasium",
    "preis", "medaille", "straße", "platz", "allee", "ring", "brücke", "bahnhof",
    "haus", "halle", "saal", "klinik", "klinikum", "krankenhaus", "zentrum", "bibliothek",
    "archiv", "verlag", "werke", "orchester", "kirche", "denkmal", "stadion", "ufer", "damm",
    "garten", "turm", "gasse", "plein", "straat", "laan", "kade", "gracht", "stichting",
    "instituut", "ziekenhuis", NULL};
/* the same right after a full name, but not after its possessive ("Anja Weber's health",
 * "Anja Weber's grant" are hers): research groups and programmes named after people ("Emmy
 * Noether-Gruppe"), airports ("Indira Gandhi International"), grants ("the Emmy Noether
 * grant"), health systems ("Henry Ford Health"), houses and grounds ("Anne Frank Huis",
 * "Ludwig-Erhard-Anlage"; not "house" and "weg", a person's: "Ist Anja Weber weg?") */
static const char *const follow_np_words[] = {
    "gruppe", "programm", "professur", "lehrstuhl", "kolleg", "international", "grant",
    "grants", "health", "huis", "anlage", "programme", "program", "module", "modul", NULL};
/* after a full name, capitalised and one space after it: legal forms of more countries and
 * organisations, firms and venues named after people, in several languages ("John Smith
 * LLP", "Anna Park Gallery"); not after a comma, not lowercase ("Anna Park, gallery owner") */
static const char *const follow_org_words[] = {
    "llp", "lp", "pllc", "limited", "incorporated", "corporation", "sas", "sarl", "bv", "nv",
    "srl", "spa", "kg", "ohg", "gbr", "ug", "pty", "pvt", "lda", "ltda", "oy", "kgaa", "ev",
    "vzw", "asbl", "fundación", "fundação", "fondation", "fondazione", "fundacja",
    "universidad", "universidade", "université", "università", "universiteit", "uniwersytet",
    "instituto", "istituto", "institution", "society", "academy", "akademie", "academia",
    "observatory", "laboratory", "gallery", "galerie", "theatre", "theater", "records",
    "productions", "pictures", "films", "enterprises", "industries", "motors", "foods",
    "solicitors", "attorneys", "architects", "chambers", "agency", "winery", "brewery",
    "distillery", "lectures", "professorship", "chair", "medal", "trophy", "cup", "auditorium",
    "pavilion", "campus", "estate", "lab", "partnership", "consultancy", "capital", "fund",
    "funds", "investments", "management", "advisors", "advisers",
    /* law firms and advisers named after their partners, in several languages */
    "advisory", "abogados", "advogados", "avocats", "avvocati", "advocaten", "rechtsanwälte",
    "anwälte", "asset", "wealth", "holding", "legal",
    /* foundations and trusts; Turkish institutions and places named after people ("Vehbi
     * Koç Vakfı", "Sabiha Gökçen Havalimanı": foundation, university, high school, hospital,
     * association, museum, street, park, square, airport, bridge, college) */
    "foundation", "stiftung", "stichting", "trust", "vakfı", "üniversitesi", "lisesi",
    "hastanesi", "derneği", "müzesi", "caddesi", "sokağı", "parkı", "meydanı", "havalimanı",
    "köprüsü", "koleji", NULL};
/* "John Smith & Co", "Smith and Sons", "Müller & Söhne": a conjunction (or '&') after a full
 * name and one of these words make a firm */
static const char *const firm_conj_words[] = {"and", "und", "en", "et", "e", "y", "i", "och", "og",
                                              NULL};
static const char *const firm_tail_words[] = {
    "co", "company", "cie", "cia", "sons", "son", "daughters", "partners", "associates", "söhne",
    "sohn", "fils", "hijos", "figli", "filhos", "zonen", "zn", "brothers", "bros", "partenaires",
    "socios", "soci", NULL};
/* right before a full name: a place named after a person ("place Victor Hugo", "station
 * Jean Jaurès", "Avenida Paulista" is not a name but "Avenida Getúlio Vargas" is a street) */
static const char *const precede_neg_words[] = {
    "place", "rue", "avenue", "av", "avenida", "boulevard", "bd", "quai", "gare", "station",
    "métro", "metro", "calle", "plaza", "paseo", "via", "viale", "piazza", "corso", "largo",
    "rua", "praça", "praca", "straße", "strasse", "platz", "allee", "lake", "mount", "mt",
    "fort", "cape", "port", "lago", "monte", "isla", "colegio", "escola", "école", "ecole",
    "lycée", "lycee", "collège", "gymnasium", "universidad", "università", "universität",
    "aeropuerto", "aeroporto", "aéroport", "aeroport", "hospital", "hôpital", "ospedale",
    "stadion", "estadio", "stade", "parque", "parc", "jardín", "jardim", "giardino", "barrio",
    /* institutions named after a person, the org word first (Romance and other languages) */
    "fundación", "fundação", "fondation", "fondazione", "fundacja", "stiftung", "stichting",
    "université", "universidade", "universiteit", "uniwersytet", "instituto", "istituto",
    "institut", "musée", "museo", "museu", "prix", "premio", "prémio", "prêmio", "cátedra",
    "clinique", "clínica", "centro", "centre", "teatro", "théâtre", "biblioteca",
    "bibliothèque", "collegio", "liceo", "lyceum", "escuela", "scuola",
    /* streets in Indonesian and Malay ("Jl. Gatot Subroto", "Jalan …"), Vietnamese ("đường
     * Nguyễn Huệ", "phố …") */
    "jl", "jln", "jalan", "đường", "phố",
    /* a shop, a brand's products ("Le magasin Yves Rocher", "Produits Pierre Fabre", "Nieuwe
     * winkel van Albert Heijn": also with "of" between) */
    "magasin", "winkel", "tienda", "loja", "negozio", "filiale", "produits", "produkte",
    "productos", "produtos", "prodotti", "marque", "marca", "merk",
    /* a brand's shop or collection ("Nouvelle boutique …", "Neue Kollektion von …") */
    "boutique", "kollektion", "collection", "colección", "coleção", "collezione", "collectie",
    /* a kind of firm as the apposition's head ("Fintech vendor Jack Henry", "Dental
     * distributor Henry Schein") */
    "vendor", "supplier", "distributor", "retailer", "manufacturer", "automaker", "carmaker",
    "chipmaker", "insurer", "lender", "brokerage", "conglomerate", NULL};
/* Joining an employer, the verb right before the name ("Just joined Albert Heijn!", "Je
 * rejoins …", "Dołączam do …", "Я присоединился к …", "انضممت إلى …"): a firm named after its
 * founder, when the sentence ends right after the name or goes on with the role ("as a senior
 * analyst"); "Join Anja Weber on stage", "joined Anja Weber's team" stay persons. */
static const char *const join_words[] = {"join", "joined", "joining", "joins", "rejoins",
                                         "rejoint", "rejoindre", "intègre", NULL};
static const char *const join_phrases[] = {
    "nimejiunga na", "присоединился к", "присоединилась к", "присоединяюсь к",
    "приєднався до", "приєдналася до", "приєднуюся до", "dołączam do", "dołączyłem do",
    "dołączyłam do", "انضممت إلى", "انضممت الى", "gia nhập", "comecei na", "comecei no",
    "entrei na", "entrei no", "fange bei", "starte bei", "begin bij", "start bij", "begonnen bij",
    "me uno a", "entro in", "me incorporo a", "empiezo en", "mi unisco a", "entrato in", "entrata in",
    "wechsle zu", "перешёл в", "перешла в", "перешел в", "bergabung dengan", "bergabung di",
    "bergabung ke", NULL};
/* a group greeted before a name joined by "and", the name ending the salutation (':', ',' or
 * '!' after it): "Querido equipo y Ximena:", "Hi all and Anja!" (not "great team and Anja
 * said") */
static const char *const collective_words[] = {
    "team", "all", "everyone", "everybody", "folks", "friends", "equipo", "equipe", "équipe",
    "squadra", "zespole", "ekip", "команда", "команде", "todos", "tous", "tutti", "alle", NULL};
/* "Ex compañeros de …", "Ehemalige von …", "ex colleghi di …": the colleagues of a firm */
static const char *const colleague_words[] = {
    "colleagues", "coworkers", "compañeros", "companeros", "colegas", "colleghi", "collègues",
    "kollegen", "ehemalige", "collega", "współpracownicy", "коллеги", "колеги", "alumni",
    "anciens", "anciennes", NULL};
/* Vietnamese family names (about nine in ten Vietnamese have one of these), folded; the short
 * ones are also words or names of other languages and count only in names of three tokens */
/* Family names of the languages that write them first, so that a member's given name is the
 * last token: Vietnamese, and Hungarian ("Nagy Anna", "Tóth Gábor"; only surnames that are no
 * given names) */
static const char *const family_first_words[] = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đinh", "trịnh", "trương", "lương", "mai", "hà", "đoàn", "cao",
    "lâm", "tạ", "quách", "kiều", "thái", "tô", "văn",
    "nagy", "kovács", "tóth", "szabó", "horváth", "varga", "kiss", "molnár", "németh", "farkas",
    "balogh", "papp", "takács", "juhász", "lakatos", "mészáros", "oláh", "rácz", "fekete",
    "szilágyi", "török", "fehér", "balázs", "szűcs", "kocsis", "pintér", "fodor", "szalai",
    "sipos", "gulyás", "bíró", "boros", "fazekas", "kelemen", "somogyi", "veres", "vincze",
    "hegedűs", "deák", "illés", "vass", "szőke", "fábián", "vörös", "lengyel", "bognár",
    "bodnár", "hajdu", "halász", "kozma", "székely", "pásztor", "bakos", "dudás", "orbán",
    "soós", "nemes", "pataki", "balla", "csizmadia", "szekeres", NULL};
static const char *const vn_short_words[] = {"lê", "vũ", "võ", "đỗ", "hồ", "ngô", "lý", "mai",
                                             "hà", "cao", "lâm", "tạ", "thái", "tô", "văn",
                                             "đinh", NULL};
/* "of" between a place or shop word and the name ("winkel van …", "tienda de …") */
static const char *const of_words[] = {"van", "de", "di", "von", "of", "du", "des", "da", "do",
                                       "del", "della", NULL};
/* after a possessive: eponyms ("Dijkstra's algorithm"); not "code" and "point", which after a
 * possessive are a person's ("Kirsty's code reviews", "Fiona Clark's point about hiring") */
static const char *const eponym_words[] = {
    "algorithm", "law", "theorem", "principle", "constant", "equation", "syndrome", "disease",
    "conjecture", "lemma", "paradox", "razor", "number", "distribution", "transform", "test",
    "method", "effect", "rule", "inequality", "formula", "problem", "machine", "curve",
    "series", "hypothesis", "scale", "index", "sequence", "triangle", "circle", "coefficient",
    "function", "operator", "identity", "criterion", "model", "notation", "sign", "reflex",
    "ratio", "space", "graph", "filter", "cipher", "constant", "process",
    "list", "pyramid", "hierarchy", "dilemma", "wager", "cat", "demon", "box", "diner",
    "equilibrium", "correlation", "matrix", "manifold", "integral", "bound", "limit",
    /* a brand's works ("the Jack Daniel's distillery") */
    "distillery", "brewery", "winery", "tasting", NULL};
/* the words of an award, a chair or a prize between the name it honours and its last word
 * ("the Max Planck Research Award", "Simon Fraser Alumni Award", "Anja Weber Memorial
 * Lecture"); not verbs, so a headline's "Anja Weber Wins Nobel Prize" keeps its person */
static const char *const award_mid_words[] = {
    "research", "alumni", "memorial", "science", "sciences", "innovation", "teaching",
    "leadership", "excellence", "achievement", "lifetime", "career", "young", "early",
    "distinguished", "international", "national", "graduate", "medical", "business", "design",
    "visiting", "doctoral", "postdoctoral", "travel", "student", "community", "service",
    "public", "humanitarian", "peace", "book", "poetry", "film", "music", "art", "arts",
    "engineering", "mathematics", "physics", "chemistry", "economics", "medal", "prize",
    "fellowship", "scholarship", "chair", "professorship", NULL};
/* companies and places that are made of name-like words */
static const char *const stop_phrases[] = {
    "morgan stanley", "goldman sachs", "wells fargo", "charles schwab", "john deere",
    "johnson johnson", "dow jones", "marks spencer", "ernst young", "lehman brothers",
    "jack daniels", "ben jerry", "tim hortons", "paul smith", "hugo boss", "tommy hilfiger",
    "calvin klein", "ralph lauren", "louis vuitton", "coco chanel", "estee lauder",
    "victoria secret", "kate spade", "ray ban", "warren buffett", "grace hopper", "ada lovelace",
    "alan turing", "san jose", "santa clara", "santa monica", "santa barbara", "fort worth",
    "st louis", "san francisco", "san diego", "los angeles", "new york", "george washington",
    "abraham lincoln", "walt disney", "philip morris", "procter gamble", "arthur andersen",
    "mary kay", "harley davidson", "rolls royce", "mercedes benz", "van cleef", "hewlett packard",
    "dr martens", "john lewis", "marie curie", "isaac newton", "albert einstein", "elon musk",
    "jeff bezos", "bill gates", "steve jobs", "mark zuckerberg", "taylor swift",
    /* fashion houses and department stores named after their founders */
    "harvey nichols", "jimmy choo", "ted baker", "tom ford", "ben sherman", "karl lagerfeld",
    "vivienne westwood", "stella mccartney", "alexander mcqueen", "christian dior",
    "giorgio armani", "michael kors", "tory burch", "marc jacobs", "kenneth cole",
    "oscar de la renta", "carolina herrera", "christian louboutin", "yves saint laurent",
    "brooks brothers", "john varvatos", "kurt geiger",
    "charlotte tilbury", "bobbi brown", "max mara", "emilio pucci", "salvatore ferragamo",
    /* banks, brokers, law and accounting firms, travel, food, cosmetics and publishing houses
     * named after their founders, used as plain firm names ("Grant Thornton signed off",
     * "advised by Clifford Chance", "Thomas Cook collapsed") */
    "merrill lynch", "grant thornton", "clifford chance", "thomas cook", "robert bosch",
    "price waterhouse", "edward jones", "raymond james", "smith barney", "dean witter",
    "baker mckenzie", "allen overy", "herbert smith", "norton rose", "kirkland ellis",
    "latham watkins", "sullivan cromwell", "davis polk", "hogan lovells", "cushman wakefield",
    "knight frank", "sara lee", "betty crocker", "carl zeiss", "paul mitchell",
    "elizabeth arden", "helena rubinstein", "max factor", "john wiley", "simon schuster",
    "william morris",
    /* executive search and staffing firms, consultancies and brands named after their
     * founders ("Placed by Robert Walters", "Exec search with Russell Reynolds", "Vestidos de
     * Rosa Clará") */
    "spencer stuart", "egon zehnder", "russell reynolds", "heidrick struggles", "korn ferry",
    "robert walters", "michael page", "robert half", "roland berger", "oliver wyman",
    "booz allen", "yves rocher", "karl storz", "rosa clara", "adolfo dominguez", "pierre fabre",
    "pierre cardin", "paco rabanne", "dolce gabbana",
    /* furniture, dental supply, grocery, food and coffee brands named after their founders
     * ("chairs from Herman Miller", "Boodschappen bij Albert Heijn", "Café Juan Valdez") */
    "herman miller", "henry schein", "albert heijn", "jan linders", "giovanni rana",
    "juan valdez", "pierre herme", "sherwin williams", "black decker", "liz claiborne",
    "anne klein", "vera wang", "donna karan", "oscar mayer", "jimmy dean", "bob evans",
    "john hancock", "charles tyrwhitt", "thomas pink", "paul bocuse", "dr oetker",
    "thomas sabo", "adam opel", "jack wolfskin", "tom tailor", "ermenegildo zegna",
    /* apparel brands of India and Germany named like people ("Allen Solly ka showroom",
     * "Die Jacke von Jil Sander"; not Peter England and Louis Philippe, common names) */
    "allen solly", "van heusen", "jil sander",
    /* places named like people ("Milton Keynes roundabouts", "nära Stanley Park") */
    "milton keynes", "stanley park",
    /* a fashion house, a coffee brand */
    "luisa spagnoli", "douwe egberts", NULL};
/* the place words of follow_neg_words that are no surnames (unlike "Park", "Field", "Hill",
 * "Beach"): a name ending in one is a place before ", City" */
static const char *const strong_place_words[] = {"island", "islands", "heights", "springs",
                                                 "falls", "city", "village", "valley", "creek",
                                                 "cove", "quay", "wharf", NULL};
/* titles before a family name alone ("Thank you, Dr. Adams", "Prof. Rogers from our
 * office", "Frau Schäfer", "Mme Laurent", "Sr. García"); capitalised, with or without the
 * abbreviation's dot */
static const char *const title_words[] = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx",
                                          "herr", "frau", "mme", "mlle", "monsieur", "madame",
                                          "sr", "sra", "srta", "dra", "dott", "ing",
                                          "dhr", "mevr", "sig", "signor", "signora", "doctor",
                                          "doktor", "meneer", "mevrouw", "señor", "señora",
                                          /* French "M." (monsieur), only so written */
                                          "m",
                                          "senhor", "senhora", "dottoressa", "professoressa",
                                          NULL};
/* the titles also written in lowercase without a dot, as words of running text ("In het
 * Nederlands: mevrouw Afolabi", "meneer Öztürk"); the abbreviations need their dot in
 * lowercase ("dr. Haugland", "il prof. Öztürk", "la dott.ssa Ricci") */
static const char *const lower_titles[] = {"meneer", "mevrouw", "monsieur", "madame", "signor",
                                           "signora", "señor", "señora", "senhor", "senhora",
                                           "herr", "frau", "professor", "doctor", "doktor",
                                           "dottoressa", "professoressa", NULL};
static int word_is(const uint8_t *t, size_t a, size_t b, const char *const *list);
/* Whether t[a, e) is a title also written in lowercase without its dot. */
static int lower_title_at(const uint8_t *t, size_t a, size_t e)
{
    return word_is(t, a, e, lower_titles);
}
/* before a name whose last word is a place word: "kayaking on Jordan Lake", "lunch in Grant
 * Park", "Grüße aus Victoria Island" ("from"), "en", "em", "dans", "nel" ("in") */
static const char *const place_prep_words[] = {"on", "at", "near", "around", "across", "along",
                                               "in", "into", "inside", "through", "aus", "im",
                                               "en", "em", "dans", "nel", "nella",
                                               /* Swedish "near" */
                                               "nära", NULL};
/* "in" (and German "aus", "im") before a name and ", City" after it: a place whatever its
 * words ("the startup scene in Queen Anne, Seattle") */
static const char *const city_prep_words[] = {"in", "into", "aus", "im", NULL};
/* a name whose first word is one of these is a place ("Mount Vernon", "Lake Placid", "Fort
 * Worth", "Cape Coral") */
static const char *const place_first_words[] = {"mount", "mt", "lake", "fort", "port", "cape",
                                                "puerto", "lago", "monte", "mont", NULL};
/* (not Spanish "isla": Isla is also a common given name, and "Isla Harris" is a person) */
/* a lowercase noun right after a full name makes the name a modifier: the employer of an
 * "analyst", the brand of a "cheesecake" ("Ex-Merrill Lynch analyst", "a Sara Lee
 * cheesecake") */
static const char *const adjunct_words[] = {
    "analyst", "analysts", "banker", "bankers", "consultant", "consultants", "auditor",
    "auditors", "trader", "traders", "employee", "employees", "alumni", "alumnus", "alumna",
    "internship", "staff", "shareholders", "cheesecake", "cheesecakes", "cake",
    "cakes", "dessert", "desserts", "chocolate", "chocolates", "coffee", "tea", "beer", "wine",
    "whisky", "whiskey", "vodka", "cereal", "sauce", "holidays", "flights", "products",
    "franchise", "colleagues", "coworkers", "prime", "primes", NULL};
/* first names that are ordinary words: only as names when capitalised */
static const char *const ord_words[] = {
    "will", "grace", "rose", "may", "june", "april", "august", "hope", "faith", "joy", "mark",
    "bill", "art", "sandy", "summer", "dawn", "amber", "ruby", "jack", "frank", "guy", "pat",
    "rob", "don", "ray", "gene", "lane", "page", "sky", "iris", "ivy", "holly", "lily", "daisy",
    "heather", "jasmine", "olive", "violet", "hazel", "crystal", "pearl", "melody", "harmony",
    "destiny", "chance", "drew", "chase", "hunter", "bishop", "king", "young", "long", "brown",
    "white", "black", "green", "baker", "cook", "wood", "hill", "stone", "price", "bell", "rich",
    "sharp", "rice", "story", "hall", "little", "moss", "fox", "wolf", "lamb", "bird", "swift",
    "strong", "best", "love", "day", "noble", "sterling", "major", "penny", "sunny", "honey",
    "cherry", "ginger", "candy", "misty", "storm", "river", "forest", "willow", "sage", "basil",
    "clay", "reed", "gray", "grey", "wade", "miles", "bob", "sue", "dean", "marsh", "frost",
    "snow", "winter", "spring", "north", "west", "east", "south", "rain", "ocean", "angel",
    "star", "sun", "sonny", "buck", "cliff", "dale", "glen", "heath", "brook", "brooks", "carol",
    "norman", "victor", "max", "sam", "pen", "kit", "bo", "ed", "les", "val",
    "liberty", "justice", "trinity", "patience", "charity", "merry", "happy", "christian",
    "major", "earl", "duke", "prince", "royal", "sonic", "page", "booker", "porter", "mason",
    "taylor", "carpenter", "turner", "walker", "fisher", "miller", "parker", "cooper", "hunt",
    "park", "lee", "kim", "son", "so", "an", "ha", "do", "ma", "li", "he", "hu", "yu", "in",
    "mo", "jo", "eve", "job", "ty", "moon",
    "sky", "say", "sing", "long", "young", "mai", "sung", "song", "rock", "ivory", "scarlett",
    "august", "joy", "emerald", "jade", "coral", "dove", "wren", "robin", "finch", "crow",
    "sparrow", "rosemary", "clementine", "poppy", "primrose", "marigold", "cole", "bay", "haven",
    "blue", "gold", "silver", "case", "link", "lincoln", "ford", "banks", "golden", "sable", NULL};

static uint64_t *build_list(const char *const *w, tab *t, int phrases)
{
    size_t n = 0;
    while (w[n])
        n++;
    uint64_t slots = 16;
    while (slots < 2 * n)
        slots <<= 1;
    uint64_t *s = askf__calloc(slots, sizeof *s);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        uint64_t key;
        if (phrases) {
            const uint8_t *p = (const uint8_t *)w[i];
            size_t len = strlen(w[i]), pos = 0;
            tok k;
            key = 0;
            int first = 1;
            while ((pos = tok_next(p, len, pos, &k)), k.kind) {
                key = first ? k.key : seq_next(key, k.key);
                first = 0;
            }
        } else {
            key = word_key(w[i]);
        }
        uint64_t j = (key >> 3) & (slots - 1);
        while (s[j] && s[j] != key)
            j = (j + 1) & (slots - 1);
        s[j] = key;
    }
    t->s = s;
    t->mask = slots - 1;
    t->n = n;
    return s;
}

/* The small built-in word lists and the tab of askf__names each is looked up in. */
static const struct {
    const char *const *words;
    size_t tab_off; /* offsetof(askf__names, the tab) */
    int phrases;
} word_lists[] = {
    {greet_words, offsetof(askf__names, greet), 0},
    {greet2_words, offsetof(askf__names, greet2), 0},
    {follow_neg_words, offsetof(askf__names, follow_neg), 0},
    {eponym_words, offsetof(askf__names, epo), 0},
    {stop_phrases, offsetof(askf__names, stop), 1},
    {ord_words, offsetof(askf__names, ord), 0},
    {precede_neg_words, offsetof(askf__names, precede_neg), 0},
    {place_prep_words, offsetof(askf__names, place_prep), 0},
    {place_first_words, offsetof(askf__names, place_first), 0},
    {adjunct_words, offsetof(askf__names, adjunct), 0},
    {city_prep_words, offsetof(askf__names, city_prep), 0},
    {greet_pair_phrases, offsetof(askf__names, greet_pair), 1},
    {firm_conj_words, offsetof(askf__names, firm_conj), 0},
    {firm_tail_words, offsetof(askf__names, firm_tail), 0},
    {follow_org_words, offsetof(askf__names, follow_org), 0},
    {greet_phrases, offsetof(askf__names, greet_phr), 1},
    {name_conj_words, offsetof(askf__names, name_conj), 0},
    {follow_np_words, offsetof(askf__names, follow_np), 0},
    {of_words, offsetof(askf__names, of_w), 0},
    {family_first_words, offsetof(askf__names, family_first), 0},
    {vn_short_words, offsetof(askf__names, vn_short), 0},
    {join_words, offsetof(askf__names, join_w), 0},
    {join_phrases, offsetof(askf__names, join_phr), 1},
    {colleague_words, offsetof(askf__names, colleague), 0},
    {collective_words, offsetof(askf__names, collective), 0},
    {award_mid_words, offsetof(askf__names, award_mid), 0},
    {strong_place_words, offsetof(askf__names, strong_place), 0},
    {title_words, offsetof(askf__names, title), 0},
};
_Static_assert(sizeof word_lists / sizeof *word_lists == N_WORD_LISTS, "N_WORD_LISTS");

/* greeting_before's first test: a bit per raw word hash of every word that can be the one
 * right before a greeted name (a greeting word, its second word, "and", a token of a greeting
 * phrase). Most words before a first name are none of these, and then the rules' seven
 * lookups are skipped. */
static inline uint64_t greet_last_bit(uint64_t raw) { return (raw >> 52) & (GREET_LAST_BITS - 1); }

static void mark_words(askf__names *nm, const char *const *w, int every_token)
{
    for (size_t i = 0; w[i]; i++) {
        size_t len = strlen(w[i]), pos = 0;
        tok k;
        while ((pos = tok_next((const uint8_t *)w[i], len, pos, &k)), k.kind) {
            uint64_t b = greet_last_bit(k.raw);
            nm->greet_last[b >> 6] |= 1ull << (b & 63);
            if (!every_token)
                break; /* a word list's key is its first token's */
        }
    }
}

static void mark_greet_last(askf__names *nm)
{
    mark_words(nm, greet_words, 0);
    mark_words(nm, greet2_words, 0);
    mark_words(nm, name_conj_words, 0);
    mark_words(nm, greet_phrases, 1);
    mark_words(nm, greet_pair_phrases, 1);
}

/* ---------- compiling the directory ---------- */

typedef struct mtab {
    uint64_t *s;
    uint64_t mask, n;
} mtab;

static int mtab_init(mtab *t, uint64_t expect)
{
    uint64_t slots = 16;
    while (slots < 2 * expect + 2)
        slots <<= 1;
    t->s = askf__calloc(slots, sizeof *t->s);
    t->mask = slots - 1;
    t->n = 0;
    return t->s ? 0 : -1;
}

static void mtab_put(mtab *t, uint64_t key, unsigned flags)
{
    uint64_t i = (key >> 3) & t->mask;
    while (t->s[i]) {
        if ((t->s[i] & ~(uint64_t)FLAGS) == key) {
            t->s[i] |= flags;
            return;
        }
        i = (i + 1) & t->mask;
    }
    t->s[i] = key | flags;
    t->n++;
}

/* Rehash into a table sized for its real count (load <= 0.5). */
static int mtab_shrink(mtab *t)
{
    mtab u;
    if (mtab_init(&u, t->n) != 0)
        return -1;
    for (uint64_t i = 0; i <= t->mask; i++)
        if (t->s[i])
            mtab_put(&u, t->s[i] & ~(uint64_t)FLAGS, (unsigned)(t->s[i] & FLAGS));
    askf__free(t->s);
    *t = u;
    return 0;
}

static uint64_t handle_key(const char *h, size_t n)
{
    uint64_t x = FNV_OFF;
    size_t i = 0;
    while (i < n && h[i] == '@')
        i++;
    for (; i < n; i++) {
        uint8_t c = (uint8_t)h[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        x = (x ^ c) * FNV_PRIME;
    }
    return key_of(x ^ 0x5bd1e995u);
}

static size_t cjk_count_cp(const uint8_t *p, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += (p[i] & 0xC0) != 0x80;
    return c;
}

static int word_is(const uint8_t *t, size_t a, size_t b, const char *const *list);

/* Chinese family names of two characters (the rest are one) */
static const char *const cjk_double_family[] = {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
    "上官", "东方", "東方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
    "夏侯", "南宫", "端木", "澹台", "남궁", "황보", "제갈", "선우", "독고", NULL};

static void cjk_given_key_put(mtab *cjk, const uint8_t *n, size_t from, size_t len)
{
    uint64_t h = FNV_OFF;
    for (size_t z = from; z < len; z++)
        h = (h ^ n[z]) * FNV_PRIME;
    mtab_put(cjk, key_of(h), F_GIVEN);
}

/* The family name n[0, to) of a CJK full name, into the CJK table with F_SURNAME: only an
 * honorific right after makes it a name ("中村さん", "高橋様"; scan_cjk). */
static void cjk_family_key_put(mtab *cjk, const uint8_t *n, size_t to)
{
    uint64_t h = FNV_OFF;
    for (size_t z = 0; z < to; z++)
        h = (h ^ n[z]) * FNV_PRIME;
    mtab_put(cjk, key_of(h), F_SURNAME);
}

static int cp_kana(uint32_t cp)
{
    return cp >= 0x3041 && cp <= 0x30FF && cp != 0x30FB; /* (not the middle dot) */
}

/* The given name of a CJK full name n[0, len) of ncp characters, written family name first,
 * put into the CJK table with F_GIVEN; 1 if one was. Chinese and Korean: the last two of three
 * characters, or of four after a family name of two (欧阳, 남궁); Japanese: the last two of four
 * kanji (渡辺美咲: family names have one to three, two is the common case), the last two and
 * the last three of five (長谷川健太, 佐藤由美子), or the kana after a kanji family name
 * (高橋さくら). Only a greeting or an honorific makes such a name count (scan_cjk). */
static int cjk_given_put(mtab *cjk, const uint8_t *n, size_t len, size_t ncp)
{
    size_t off[9], k = 0, q = 0, kana_from = SIZE_MAX;
    int han = 0, hangul = 0, kana = 0;
    if (ncp < 3 || ncp > 8)
        return 0;
    while (q < len && k < 9) {
        uint32_t cp;
        off[k++] = q;
        q += utf8_at(n, len, q, &cp);
        int is_kana = cp_kana(cp);
        han += (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
        hangul += cp >= 0xAC00 && cp <= 0xD7A3;
        kana += is_kana;
        if (is_kana && kana_from == SIZE_MAX)
            kana_from = k - 1;
        if (!is_kana && kana_from != SIZE_MAX)
            return 0; /* kana, then kanji again: no family-then-given split */
    }
    if (k != ncp)
        return 0;
    if (kana && han && kana_from > 0 && ncp - kana_from >= 2 && han + kana == (int)ncp) {
        cjk_given_key_put(cjk, n, off[kana_from], len); /* 高橋さくら */
        if (kana_from >= 2)
            cjk_family_key_put(cjk, n, off[kana_from]); /* 高橋 */
        return 1;
    }
    if (hangul == (int)ncp && (ncp == 3 || (ncp == 4 && word_is(n, 0, off[2], cjk_double_family)))) {
        cjk_given_key_put(cjk, n, off[ncp - 2], len);
        return 1;
    }
    if (han != (int)ncp || ncp > 5)
        return 0;
    cjk_given_key_put(cjk, n, off[ncp - 2], len); /* 王秀英, 渡辺美咲, 欧阳娜娜 */
    if (ncp == 5)
        cjk_given_key_put(cjk, n, off[2], len); /* 佐藤由美子 */
    /* a family name of two characters or more (渡辺, 欧阳; one alone, 王, is too short to
     * tell from the words it is in) */
    if (ncp >= 4)
        cjk_family_key_put(cjk, n, off[ncp - 2]);
    if (ncp == 5)
        cjk_family_key_put(cjk, n, off[2]);
    return 1;
}

/* A digest of the built-in lists that compiling a directory reads (ordinary words,
 * Vietnamese family names, two-character Chinese and Korean family names): a cache written by
 * an engine whose lists differ is rebuilt, even when CACHE_VERSION was not bumped. */
static uint32_t compile_rules_digest(void)
{
    const char *const *lists[] = {ord_words, family_first_words, vn_short_words, cjk_double_family,
                                  title_words};
    uint32_t h = 2166136261u ^ CACHE_VERSION;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (size_t k = 0; lists[l][k]; k++)
            for (const char *c = lists[l][k];; c++) {
                h = (h ^ (uint8_t)*c) * 16777619u; /* the terminating 0 too */
                if (!*c)
                    break;
            }
    return h | 1; /* never 0, the pad of caches written before the field */
}

/* Whether the word p[a, b) is a single letter (one code point). */
static int one_letter(const char *p, size_t a, size_t b)
{
    uint32_t cp;
    return utf8_at((const uint8_t *)p, b, a, &cp) == b - a;
}

static askf_status compile_dir(askf__names *nm, const char *path, const uint8_t *src, size_t len,
                               askf_pii_info *info, askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_json j;
    askf_buf sc1, sc2, cjk;
    mtab m[T_N];
    uint64_t *bloom = NULL;
    memset(m, 0, sizeof m);
    askf__json_init(&j);
    askf__buf_init(&sc1);
    askf__buf_init(&sc2);
    askf__buf_init(&cjk);
    uint64_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += src[i] == '\n';
    lines++;
    for (int t = 0; t < T_N; t++)
        if (mtab_init(&m[t], t == T_FIRST ? 3 * lines : t == T_FULL ? 2 * lines : lines) != 0) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
            goto done;
        }
    bloom = askf__calloc(BLOOM_BITS / 64, sizeof *bloom);
    if (!bloom) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
        goto done;
    }
    /* a title stops the scanner's fast path as a first name does (title_surname) */
    for (size_t q = 0; title_words[q]; q++) {
        tok tk;
        tok_next((const uint8_t *)title_words[q], strlen(title_words[q]), 0, &tk);
        uint64_t b = (tk.raw >> 40) & (BLOOM_BITS - 1);
        bloom[b >> 6] |= 1ull << (b & 63);
    }
    uint32_t cjk_min = CJK_MAX + 1, cjk_max = 0;
    uint64_t members = 0, lineno = 0;
    size_t pos = 0;
    while (pos < len) {
        const uint8_t *nl = memchr(src + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - src) : len;
        size_t ls = pos;
        pos = e + 1;
        lineno++;
        while (ls < e && (src[ls] == ' ' || src[ls] == '\t' || src[ls] == '\r'))
            ls++;
        if (ls == e)
            continue;
        askf_error je;
        if (askf__json_parse(&j, (const char *)src + ls, e - ls, 0, &je) != ASKF_OK ||
            j.toks[0].type != ASKF_JSON_OBJECT) {
            st = askf__err(err, ASKF_ERR_PARSE, (uint32_t)lineno, je.column, NULL,
                           "%s:%llu: not a JSON object: %s", path, (unsigned long long)lineno,
                           je.msg);
            goto done;
        }
        members++;
        int ni = askf__json_get(&j, 0, "name", 4);
        int hi = askf__json_get(&j, 0, "handle", 6);
        askf_slice name = {0}, handle = {0};
        if (ni >= 0 && j.toks[ni].type == ASKF_JSON_STRING)
            askf__json_str(&j, (uint32_t)ni, &sc1, &name);
        if (hi >= 0 && j.toks[hi].type == ASKF_JSON_STRING)
            askf__json_str(&j, (uint32_t)hi, &sc2, &handle);
        if (handle.len && handle.len < 256)
            mtab_put(&m[T_HANDLE], handle_key(handle.ptr, handle.len), 0);
        if (!name.len || name.len > 1024)
            continue;
        uint64_t keys[MAX_NAME_TOKS], raw0 = 0, rawl = 0;
        int ord[MAX_NAME_TOKS], capt[MAX_NAME_TOKS];
        size_t nt = 0, p = 0, end0 = 0;
        int hyph = 0; /* the first two tokens are joined by '-' */
        tok k;
        askf__buf_reset(&cjk);
        while ((p = tok_next((const uint8_t *)name.ptr, name.len, p, &k)), k.kind) {
            if (k.kind == CL_CJK) {
                askf__buf_put(&cjk, name.ptr + k.start, k.end - k.start);
                continue;
            }
            if (nt < MAX_NAME_TOKS) {
                if (!nt)
                    raw0 = k.raw;
                if (nt == 1)
                    hyph = k.start == end0 + 1 && name.ptr[end0] == '-';
                end0 = k.end;
                rawl = k.raw;
                keys[nt] = k.key;
                ord[nt] = tab_get(&nm->ord, k.key) != 0;
                capt[nt] = k.cap;
                nt++;
            }
        }
        if (cjk.len) {
            size_t ncp = cjk_count_cp((const uint8_t *)cjk.ptr, cjk.len);
            if (ncp >= 2 && ncp <= CJK_MAX) {
                uint64_t h = FNV_OFF;
                for (size_t q = 0; q < cjk.len; q++)
                    h = (h ^ (uint8_t)cjk.ptr[q]) * FNV_PRIME;
                mtab_put(&m[T_CJK], key_of(h), F_NAME);
                if (cjk_given_put(&m[T_CJK], (const uint8_t *)cjk.ptr, cjk.len, ncp))
                    cjk_min = 2;
                if (ncp < cjk_min)
                    cjk_min = (uint32_t)ncp;
                if (ncp > cjk_max)
                    cjk_max = (uint32_t)ncp;
            }
            continue;
        }
        if (!nt)
            continue;
        mtab_put(&m[T_FIRST], keys[0], F_GIVEN | (ord[0] ? F_ORD : 0));
        {
            uint64_t b = (raw0 >> 40) & (BLOOM_BITS - 1);
            bloom[b >> 6] |= 1ull << (b & 63);
        }
        /* Vietnamese and Hungarian names are written family name first ("Nguyễn Thị Linh",
         * "Tóth Gábor"): the given name, the one a greeting uses ("Cảm ơn Linh", "Szia
         * Gábor"), is the last token. A common family name first, and three tokens or more
         * for the short ones that are also other languages' words or names ("Lê", "Đỗ", "Hà",
         * "Mai") */
        if (nt >= 2 && tab_get(&nm->family_first, keys[0]) &&
            (nt >= 3 || !tab_get(&nm->vn_short, keys[0])) && !hyph) {
            mtab_put(&m[T_FIRST], keys[nt - 1], F_GIVEN | (ord[nt - 1] ? F_ORD : 0));
            uint64_t b = (rawl >> 40) & (BLOOM_BITS - 1);
            bloom[b >> 6] |= 1ull << (b & 63);
        }
        /* the family name, for a title before it ("Dr. Adams", "Prof. Rogers"): the last
         * token, or the first of a name written family name first; not in the bloom filter
         * (a title stops the fast path, not the family name) */
        if (nt >= 2) {
            /* (the same test as for the given name above: "Mai Tanaka" is no Vietnamese name
             * written family name first) */
            int fam_first = tab_get(&nm->family_first, keys[0]) &&
                            (nt >= 3 || !tab_get(&nm->vn_short, keys[0])) && !hyph;
            mtab_put(&m[T_FIRST], fam_first ? keys[0] : keys[nt - 1], F_SURNAME);
            /* the first of two family names ("Ana García López": "García"), capitalised */
            if (!fam_first && nt >= 3 && capt[nt - 2])
                mtab_put(&m[T_FIRST], keys[nt - 2], F_SURNAME);
        }
        if (nt >= 2) {
            int anyord = ord[0] | ord[nt - 1];
            uint64_t seq = keys[0];
            for (size_t q = 1; q < nt; q++)
                seq = seq_next(seq, keys[q]);
            mtab_put(&m[T_FULL], seq, F_NAME | (anyord ? F_NEEDCAP : 0));
            if (nt >= 3 && hyph)
                mtab_put(&m[T_FULL], seq_next(seq_next(keys[0], keys[1]), HYPH_KEY), F_PREFIX);
            if (nt >= 3) {
                seq = seq_next(keys[0], keys[nt - 1]);
                mtab_put(&m[T_FULL], seq, F_NAME | ((ord[0] | ord[nt - 1]) ? F_NEEDCAP : 0));
                seq = keys[0];
                for (size_t q = 1; q + 1 < nt; q++) {
                    seq = seq_next(seq, keys[q]);
                    mtab_put(&m[T_FULL], seq, F_PREFIX);
                }
            }
        }
    }
    for (int t = 0; t < T_N; t++)
        if (mtab_shrink(&m[t]) != 0) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
            goto done;
        }
    for (int t = 0; t < T_N; t++) {
        nm->owned[t] = m[t].s;
        nm->t[t] = (tab){m[t].s, m[t].mask, m[t].n};
        m[t].s = NULL;
    }
    nm->owned[T_N] = bloom;
    nm->bloom = bloom;
    bloom = NULL;
    nm->cjk_min = cjk_max ? cjk_min : 0;
    nm->cjk_max = cjk_max;
    info->members = members;
    info->names = 0;
    for (uint64_t i = 0; i <= nm->t[T_FULL].mask; i++)
        info->names += (nm->t[T_FULL].s[i] & F_NAME) != 0;
    info->handles = nm->t[T_HANDLE].n;
done:
    askf__free(bloom);
    for (int t = 0; t < T_N; t++)
        askf__free(m[t].s);
    askf__json_free(&j);
    askf__buf_free(&sc1);
    askf__buf_free(&sc2);
    askf__buf_free(&cjk);
    return st;
}

/* ---------- the cache's checksum ---------- */

#define SUM_K1 0x9E3779B97F4A7C15ull /* odd: multiplying by it is a bijection */
#define SUM_K2 0xC2B2AE3D27D4EB4Full

static inline uint64_t rotl64(uint64_t x, unsigned r) { return x << r | x >> (64 - r); }

/* One 64-byte block into the lanes, one 8-byte word each. A lane's step, rotl((lane ^ w) * K1),
 * is a bijection of the word for a given lane and of the lane for a given word: a word that
 * differs makes its lane differ, and no later step undoes that by itself; two differences in one
 * lane cancel by a chance of about 2^-64 when they are random (corruption; a deliberate pair of
 * changes can be made to cancel: no defence, as the docs say). The lanes are independent, so
 * that their multiplications overlap: about 0.5 instructions a byte, where BLAKE2b took about 5. */
static inline void sum_block(uint64_t lane[8], const uint8_t *p)
{
    for (int k = 0; k < 8; k++) {
        uint64_t w;
        memcpy(&w, p + 8 * k, 8);
        lane[k] = rotl64((lane[k] ^ w) * SUM_K1, 31);
    }
}

void askf__pii_sum_init(askf__pii_sum_state *h)
{
    for (int k = 0; k < 8; k++)
        h->lane[k] = SUM_K2 * (uint64_t)(k + 1);
    h->total = 0;
}

void askf__pii_sum_update(askf__pii_sum_state *h, const void *p, size_t n)
{
    const uint8_t *b = p;
    size_t have = (size_t)(h->total & 63);
    h->total += n;
    if (have) { /* complete the unfinished block first */
        size_t k = 64 - have < n ? 64 - have : n;
        memcpy(h->buf + have, b, k);
        b += k;
        n -= k;
        if (have + k < 64)
            return;
        sum_block(h->lane, h->buf);
    }
    for (; n >= 64; b += 64, n -= 64)
        sum_block(h->lane, b);
    memcpy(h->buf, b, n);
}

/* The last block zero-padded, then four 8-byte words, each a chain over all lanes from the
 * length: h = fmix(h ^ lane), a bijection of h for a given lane and of the lane for a given h,
 * so that strings whose lanes or lengths differ in any one place give four different words. */
void askf__pii_sum_final(askf__pii_sum_state *h, uint8_t out[32])
{
    size_t have = (size_t)(h->total & 63);
    if (have) {
        memset(h->buf + have, 0, 64 - have);
        sum_block(h->lane, h->buf);
    }
    for (unsigned j = 0; j < 4; j++) {
        uint64_t x = h->total * SUM_K1 ^ SUM_K2 * (j + 1);
        for (unsigned i = 0; i < 8; i++)
            x = fmix(x ^ h->lane[(i + 2 * j) & 7]);
        memcpy(out + 8 * j, &x, 8);
    }
}

void askf__pii_sum(const void *p, size_t n, uint8_t out[32])
{
    askf__pii_sum_state h;
    askf__pii_sum_init(&h);
    askf__pii_sum_update(&h, p, n);
    askf__pii_sum_final(&h, out);
}

/* ---------- the cache file ---------- */

static uint64_t align64(uint64_t x) { return (x + 63) & ~(uint64_t)63; }

static void body_layout(const askf__names *nm, cache_hdr *h)
{
    uint64_t off = align64(sizeof *h);
    for (int t = 0; t < T_N; t++) {
        h->off[t] = off;
        h->slots[t] = nm->t[t].mask + 1;
        h->count[t] = nm->t[t].n;
        off = align64(off + h->slots[t] * 8);
    }
    h->off[T_N] = off;
    h->slots[T_N] = BLOOM_BITS / 64;
    h->count[T_N] = 0;
    off += BLOOM_BITS / 8;
    h->body_size = off - align64(sizeof *h);
}

static int write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

static int write_cache(const askf__names *nm, const char *cpath, const cache_hdr *src_info)
{
    cache_hdr h = *src_info;
    memcpy(h.magic, CACHE_MAGIC, 8);
    h.version = CACHE_VERSION;
    h.endian = CACHE_ENDIAN;
    h.hdr_size = sizeof h;
    h.cjk_min = nm->cjk_min;
    h.cjk_max = nm->cjk_max;
    h.rules = compile_rules_digest();
    body_layout(nm, &h);
    static const char zeros[64];
    askf__pii_sum_state gs;
    askf__pii_sum_init(&gs);
    uint64_t at = align64(sizeof h);
    for (int t = 0; t <= T_N; t++) {
        if (h.off[t] > at) {
            askf__pii_sum_update(&gs, zeros, h.off[t] - at);
            at = h.off[t];
        }
        const void *p = t < T_N ? (const void *)nm->t[t].s : (const void *)nm->bloom;
        askf__pii_sum_update(&gs, p, h.slots[t] * 8);
        at += h.slots[t] * 8;
    }
    askf__pii_sum_final(&gs, h.body_sum);
    char tmp[4096];
    int tn = snprintf(tmp, sizeof tmp, "%s.tmp.%ld", cpath, (long)getpid());
    if (tn < 0 || (size_t)tn >= sizeof tmp)
        return -1;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    int ok = write_all(fd, &h, sizeof h) == 0;
    at = sizeof h;
    for (int t = 0; ok && t <= T_N; t++) {
        while (ok && at < h.off[t]) {
            size_t z = h.off[t] - at < 64 ? (size_t)(h.off[t] - at) : 64;
            ok = write_all(fd, zeros, z) == 0;
            at += z;
        }
        const void *p = t < T_N ? (const void *)nm->t[t].s : (const void *)nm->bloom;
        ok = ok && write_all(fd, p, h.slots[t] * 8) == 0;
        at += h.slots[t] * 8;
    }
    ok = ok && fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, cpath) != 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

/* Map and verify a cache; 0 and tables pointed into the mapping, or -1 (stale/corrupt). */
static int load_cache(askf__names *nm, const char *cpath, const cache_hdr *want,
                      askf_pii_info *info)
{
    int fd = open(cpath, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat sb;
    void *map = MAP_FAILED;
    if (fstat(fd, &sb) == 0 && (size_t)sb.st_size >= sizeof(cache_hdr))
        map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return -1;
    const cache_hdr *h = map;
    size_t flen = (size_t)sb.st_size;
    cache_hdr lay;
    int ok = memcmp(h->magic, CACHE_MAGIC, 8) == 0 && h->version == CACHE_VERSION &&
             h->endian == CACHE_ENDIAN && h->hdr_size == sizeof *h &&
             h->src_size == want->src_size && h->src_mtime_sec == want->src_mtime_sec &&
             h->src_mtime_nsec == want->src_mtime_nsec &&
             memcmp(h->src_sum, want->src_sum, 32) == 0 && h->cjk_max <= CJK_MAX &&
             h->rules == compile_rules_digest();
    if (ok) {
        for (int t = 0; t <= T_N && ok; t++) {
            uint64_t sl = h->slots[t];
            ok = sl >= 1 && (sl & (sl - 1)) == 0 && h->off[t] % 64 == 0 &&
                 h->off[t] >= sizeof *h && h->off[t] <= flen && sl <= (flen - h->off[t]) / 8;
        }
        ok = ok && h->slots[T_N] == BLOOM_BITS / 64;
        ok = ok && align64(sizeof *h) + h->body_size == flen;
    }
    if (ok) {
        uint8_t d[32];
        askf__pii_sum((const char *)map + align64(sizeof *h), h->body_size, d);
        ok = memcmp(d, h->body_sum, 32) == 0;
    }
    (void)lay;
    if (!ok) {
        munmap(map, flen);
        return -1;
    }
    for (int t = 0; t < T_N; t++)
        nm->t[t] = (tab){(const uint64_t *)((const char *)map + h->off[t]), h->slots[t] - 1,
                         h->count[t]};
    nm->bloom = (const uint64_t *)((const char *)map + h->off[T_N]);
    nm->cjk_min = h->cjk_min;
    nm->cjk_max = h->cjk_max;
    nm->map = map;
    nm->map_len = flen;
    info->members = h->members;
    info->names = h->names;
    info->handles = h->handles;
    info->from_cache = 1;
    return 0;
}

static int build_phrase_ix(askf__names *nm);

askf_status askf__names_open(const askf_pii_opts *o, askf__names **out, askf_pii_info *info,
                             askf_error *err)
{
    askf_status st = ASKF_OK;
    askf__names *nm = askf__calloc(1, sizeof *nm);
    char cpath[4096];
    void *src = MAP_FAILED;
    size_t slen = 0;
    int fd = -1;
    *out = NULL;
    if (!nm)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
    for (size_t i = 0; i < N_WORD_LISTS; i++)
        if (!(nm->lists[i] = build_list(word_lists[i].words,
                                        (tab *)((char *)nm + word_lists[i].tab_off),
                                        word_lists[i].phrases))) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
            goto fail;
        }
    mark_greet_last(nm);
    if (build_phrase_ix(nm) != 0) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
        goto fail;
    }
    nm->the_key = word_key("the");
    nm->you_key = word_key("you");
    nm->from_key = word_key("from");
    int n = snprintf(cpath, sizeof cpath, "%s", o->cache_path ? o->cache_path : o->members_path);
    if (!o->cache_path && n > 0 && (size_t)n < sizeof cpath)
        n = snprintf(cpath + n, sizeof cpath - (size_t)n, ".askfpii") + n;
    if (n < 0 || (size_t)n >= sizeof cpath - 32) {
        st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, "members", "member directory path too long");
        goto fail;
    }
    fd = open(o->members_path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, "members", "cannot open member directory %s: %s",
                       o->members_path, strerror(errno));
        goto fail;
    }
    slen = (size_t)sb.st_size;
    if (slen) {
        src = mmap(NULL, slen, PROT_READ, MAP_PRIVATE, fd, 0);
        if (src == MAP_FAILED) {
            st = askf__err(err, ASKF_ERR_IO, 0, 0, "members", "cannot map %s: %s",
                           o->members_path, strerror(errno));
            goto fail;
        }
    }
    cache_hdr want;
    memset(&want, 0, sizeof want);
    want.src_size = slen;
    want.src_mtime_sec = sb.st_mtim.tv_sec;
    want.src_mtime_nsec = sb.st_mtim.tv_nsec;
    askf__pii_sum(slen ? src : (const void *)"", slen, want.src_sum);
    if (o->no_cache || load_cache(nm, cpath, &want, info) != 0) {
        st = compile_dir(nm, o->members_path, slen ? src : (const void *)"", slen, info, err);
        if (st != ASKF_OK)
            goto fail;
        want.members = info->members;
        want.names = info->names;
        want.handles = info->handles;
        if (!o->no_cache && write_cache(nm, cpath, &want) == 0)
            info->cache_written = 1;
    }
    info->directory_bytes = BLOOM_BITS / 8;
    for (int t = 0; t < T_N; t++)
        info->directory_bytes += (nm->t[t].mask + 1) * 8;
    *out = nm;
    nm = NULL;
fail:
    if (src != MAP_FAILED)
        munmap(src, slen);
    if (fd >= 0)
        close(fd);
    askf__names_close(nm);
    return st;
}

int askf__names_has_handle(const askf__names *nm, const char *h, size_t n)
{
    return nm && n && tab_get(&nm->t[T_HANDLE], handle_key(h, n)) != 0;
}

void askf__names_close(askf__names *nm)
{
    if (!nm)
        return;
    for (int t = 0; t <= T_N; t++)
        askf__free(nm->owned[t]);
    for (size_t i = 0; i < N_WORD_LISTS; i++)
        askf__free(nm->lists[i]);
    for (int l = 0; l < PL_N; l++)
        askf__free(nm->ix[l].tail);
    if (nm->map)
        munmap(nm->map, nm->map_len);
    askf__free(nm);
}

/* ---------- scanning text ---------- */

static inline int name_gap_ok(const uint8_t *t, size_t a, size_t b)
{
    /* between two tokens of one name: one space/NBSP/hyphen/apostrophe (or "- ") */
    size_t n = b - a;
    if (n == 1)
        return t[a] == ' ' || t[a] == '-' || t[a] == '\'';
    if (n == 2)
        return (t[a] == 0xC2 && t[a + 1] == 0xA0) || (t[a] == ' ' && t[a + 1] == ' ');
    if (n == 3)
        return t[a] == 0xE2 && t[a + 1] == 0x80 && (t[a + 2] == 0x99 || t[a + 2] == 0x90);
    return 0;
}

/* Possessive right after a word: "'s", "’s" or "s'" ending; returns its length. */
static size_t possessive_at(const uint8_t *t, size_t len, size_t i)
{
    size_t n = 0;
    if (i + 1 < len && t[i] == '\'' && (t[i + 1] == 's' || t[i + 1] == 'S'))
        n = 2;
    else if (i + 3 < len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99 &&
             (t[i + 3] == 's' || t[i + 3] == 'S'))
        n = 4;
    if (n && i + n < len && ascii_cls[t[i + n]] != 0 && t[i + n] < 0x80)
        return 0;
    return n;
}

static inline int local_char(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Whether t[a, b) is one of the words of list, byte for byte. (The first byte is compared
 * before the length: most words of a list differ there, and strlen is a call.) */
static int word_is(const uint8_t *t, size_t a, size_t b, const char *const *list)
{
    size_t n = b - a;
    for (size_t k = 0; list[k]; k++)
        if ((n ? (uint8_t)list[k][0] == t[a] : !list[k][0]) && strlen(list[k]) == n &&
            memcmp(t + a, list[k], n) == 0)
            return 1;
    return 0;
}

/* Whether "@word" (the '@' at t[a], the word t[a + 1, e)) is code, not a mention: an npm
 * scope ("@types/node"), a CSS at-rule ("@media (", "@import"), a Java annotation or a
 * decorator ("@Override", "@Test", "@staticmethod", or any capitalised "@Word" alone at a
 * line start followed by a newline or '('), a JSDoc/Javadoc tag after " * " ("@param", at a
 * line start or quoted in running text). The
 * words are compared case-sensitively: code spells them one way. */
static int code_at(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const css[] = {"import", "font-face", "keyframes", "supports",
                                      "charset", "namespace", "tailwind", NULL};
    static const char *const css_cond[] = {"media", "page", "layer", "container", NULL};
    static const char *const annot[] = {
        "Override", "Test", "Deprecated", "Component", "Autowired", "SuppressWarnings",
        "FunctionalInterface", "Inject", "Bean", "Service", "Repository", "Controller",
        "RestController", "Entity", "Transactional", "Configuration", "BeforeEach",
        "AfterEach", "BeforeAll", "AfterAll", "ParameterizedTest", "Nullable", "NonNull",
        "Injectable", "NgModule", "SpringBootApplication", "SpringBootTest", "Mock",
        "staticmethod", "classmethod", "property", "dataclass", "abstractmethod",
        "cached_property", "contextmanager", NULL};
    static const char *const doc[] = {"param", "return", "returns", "throws", "exception",
                                      "deprecated", "see", "since", "author", "version",
                                      "type", "typedef", "example", NULL};
    size_t w = a + 1;
    if (e < len && t[e] == '/' && e + 1 < len && t[e + 1] < 0x80 && (ascii_cls[t[e + 1]] & 3))
        return 1; /* "@types/node", "@angular/core" */
    if (word_is(t, w, e, css))
        return 1;
    if (word_is(t, w, e, css_cond)) {
        size_t q = e;
        while (q < len && t[q] == ' ')
            q++;
        if (q < len && (t[q] == '(' || t[q] == '{'))
            return 1;
        static const char *const media[] = {"screen", "print", "only", "all", "not", NULL};
        size_t r = q;
        while (r < len && t[r] >= 'a' && t[r] <= 'z')
            r++;
        if (q > e && word_is(t, q, r, media))
            return 1;
    }
    if (word_is(t, w, e, annot))
        return 1;
    /* what is before the '@' on its line: only blanks, or blanks and a comment's '*' */
    size_t b = a;
    int star = 0;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '*' ||
                     (t[b - 1] == '/' && star))) {
        star |= t[b - 1] == '*';
        b--;
    }
    int line_start = b == 0 || t[b - 1] == '\n';
    /* " * @param" of a doc comment: at a line start, or a comment line quoted in running
     * text (a '*' alone between blanks right before) */
    int doc_star = line_start ? star
                              : a >= 3 && t[a - 1] == ' ' && t[a - 2] == '*' &&
                                    (t[a - 3] == ' ' || t[a - 3] == '\t');
    if (doc_star && word_is(t, w, e, doc))
        return 1;
    if (line_start && !star && t[w] >= 'A' && t[w] <= 'Z' &&
        (e == len || t[e] == '\n' || t[e] == '\r' || t[e] == '('))
        return 1; /* an annotation on its own line: "@Component\n", "@Entity(" */
    return 0;
}

/* Only spaces, commas, ':' or '@' between two words (a greeting's gap). */
static int greet_gap(const uint8_t *t, size_t a, size_t b)
{
    if (b - a > 4)
        return 0;
    for (size_t i = a; i < b; i++)
        if (t[i] != ' ' && t[i] != ',' && t[i] != '@' && t[i] != ':')
            return 0;
    return 1;
}

/* Right after a name: ", XX" with a two-letter region code ("Charlotte, NC"): the states of
 * the US, Canada's provinces and Brazil's states, as the postal codes write them ("Hi
 * Margaux, CV attached": CV is no region). */
static int place_after(const uint8_t *t, size_t len, size_t e)
{
    static const char regions[] =
        "ALAKAZARCACOCTDEDCFLGAHIIDILINIAKSKYLAMEMDMAMIMNMSMOMTNENVNHNJNMNYNCNDOHOKORPARISCSD"
        "TNTXUTVTVAWAWVWIWYPRGUVI"   /* US */
        "ABBCMBNBNLNSNTNUONPEQCSKYT" /* Canada */
        "ACAPAMBACEDFESGOMGPBPIRJRNRSRORRSPSETO"; /* Brazil (the others are US codes too) */
    if (!(e + 4 <= len && t[e] == ',' && t[e + 1] == ' ' && t[e + 2] >= 'A' && t[e + 2] <= 'Z' &&
          t[e + 3] >= 'A' && t[e + 3] <= 'Z' && (e + 4 == len || !(ascii_cls[t[e + 4]] & 3))))
        return 0;
    for (size_t k = 0; regions[k]; k += 2)
        if (regions[k] == t[e + 2] && regions[k + 1] == t[e + 3])
            return 1;
    return 0;
}

static inline size_t cjk_space(const uint8_t *t, size_t b, size_t q)
{
    if (t[q] == ' ')
        return 1;
    if (q + 2 < b && t[q] == 0xE3 && t[q + 1] == 0x80 && t[q + 2] == 0x80)
        return 3;
    return 0;
}

/* CJK organisation and place words that make the name before them part of the name of an
 * institution, firm or place ("王伟基金会", "佐藤花子記念館"): foundation, institute, memorial
 * hall, museum, group, firm, building, stadium, square, bridge, airport, park, and in Korean
 * foundation, memorial hall, group. Words that also start other phrases after a person's
 * name are left out ("王伟站起来": stood up, "王伟路过": passed by, "王伟医院工作"); the
 * university (大学, 大學, 대학교) only at the end of the CJK run ("在王伟大学。", not "王伟大学毕业后",
 * after graduating). */
static const char *const cjk_org_words[] = {
    "基金会", "基金會", "财团", "財團", "財団", "研究所", "研究院", "纪念馆", "紀念館", "記念館",
    "博物馆", "博物館", "美术馆", "美術館", "集团", "集團", "事務所", "商事", "大厦", "大廈",
    "大楼", "体育馆", "體育館", "广场", "廣場", "大桥", "大橋", "机场", "機場", "空港", "公园",
    "公園", "재단", "기념관", "그룹", "高科", "有限公司", NULL};
static const char *const cjk_univ_words[] = {"大学", "大學", "대학교", NULL};

/* Whether a word of list (raw bytes, any script) ends right before t[b] (before) or starts
 * at t[a], inside t[a, b). */
static int cjk_is(const uint8_t *t, size_t a, size_t b, const char *const *list, int before)
{
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]);
        if (before ? (b >= a + n && memcmp(t + b - n, list[k], n) == 0)
                   : (a + n <= b && memcmp(t + a, list[k], n) == 0))
            return 1;
    }
    return 0;
}

/* Before a CJK name candidate at t[i] (the run starts at t[a]): a Chinese degree adverb
 * (很, 太, 挺, 最, 更, 真, 非常 ends in 常, 确实, 十分, 相当, 特别, 比较, 极其, 格外), which
 * modifies an adjective, never a name ("很高明", "确实高明", "太高兴"); or, in Korean, a
 * counter glued to a number and a space ("3년 이상": "or more"). */
static const char *const cjk_adverbs[] = {"很",   "太",   "挺",   "最",   "更",   "真",
                                          "常",   "确实", "十分", "相当", "特别", "比较",
                                          "极其", "格外", NULL};

static int cjk_not_name_before(const uint8_t *t, size_t a, size_t i)
{
    if (cjk_is(t, a, i, cjk_adverbs, 1))
        return 1;
    return i == a + 4 && a > 0 && t[a - 1] >= '0' && t[a - 1] <= '9' && t[i - 1] == ' ' &&
           t[a] >= 0xEA && t[a] <= 0xED;
}

/* Chinese two-character names that are also common words (a family name and a given name
 * that together spell "peak", "dawn", "white clouds", "peace", "gold", "weekend", …) or
 * brands (周大福, 王老吉): as the
 * Latin names that are ordinary words need capitals, these need a person's context — a
 * greeting, thanks or welcome right before (感谢, 谢谢, 恭喜, 欢迎, 祝贺), a preposition that
 * takes a person (和, 与, 跟, 同, 向, 给, 请, 让, 找, 叫), a title or honorific right after (老师,
 * 先生, 女士, 同学, 经理, 总, 教授, 博士, 医生, さん, 様, 님, 씨), a role that names a person
 * right before (联系人 contact, 负责人 in charge, 作者 author, …; a full-width colon between
 * allowed), or no other CJK text in the run ("Thanks 高峰!"). ("高明", brilliant, is no entry: as
 * an adjective it follows a degree adverb, cjk_not_name_before.) */
static const char *const cjk_word_names[] = {
    "高峰", "高山", "高原", "高潮", "高兴", "高手", "高速", "高级", "高度", "高飞", "林立",
    "高雅", "高超", "高远", "高尚", "高温", "高效", "高清", "黎明", "江山", "江河", "江湖",
    "白云", "白雪", "白天", "白银", "黄金", "黄昏", "黄河", "长江", "长城", "海燕", "海洋",
    "海涛", "金山", "金星", "金融", "金牌", "金秋", "明月", "文明", "文化", "光明", "和平",
    "平安", "安静", "安全", "方向", "方法", "方案", "方便", "方面", "方圆", "任务", "任何", "程序",
    "周末", "周年", "周期", "马上", "马路", "石头", "雷鸣", "夏天", "春天", "秋天", "向前",
    "林海", "田园", "严格", "杨柳", "丁香", "梅花", "兰花", "朝阳", "东方", "钱包", "牛奶",
    "于是", "温暖", "温柔", "温度", "龙飞", "云飞", "常青", "万里", "孙子", "胡同", "陆地",
    "江南", "华夏", "宋体", "梁山", "程度", "易经", "季节", "关心", "关键", "关系", "曾经",
    "许多", "何必", "谷雨", "冬至", "夏至", "立春",
    /* brands named like a person ("在周大福挑了礼物", "王老吉凉茶", "李宁跑鞋"): jewellers, drinks,
     * sportswear, scissors, spices, food chains */
    "周大福", "周生生", "王老吉", "李宁", "李寧", "张小泉", "張小泉", "王守义", "王守義", "马应龙",
    "馬應龍", "杨国福", "楊國福", "周黑鸭", "周黑鴨", "王致和", "李锦记", "李錦記", "徐福记", "徐福記",
    /* Korean: a family name's syllable and a given name that spell a word ("이미지" image,
     * "이야기" story, "정보" information, "지원" support, "서비스" service, …) */
    "이미지", "이야기", "이메일", "이상", "정상", "유리", "이슬", "나라", "한국", "조선", "강남",
    "이동", "이전", "이후", "최고", "최신", "최대", "최소", "정보", "정말", "공유", "공지", "안내",
    "지원", "지금", "주요", "주문", "진행", "진짜", "성공", "성장", "문제", "전문", "전체", "안전",
    "신청", "방문", "방법", "우수", "우리", "소개", "마감", "조사", "조건", "서비스", "마케팅",
    "유튜브", "하나", "하루", "이번", "오늘", "오류", "한번", "이름", "이용", "이유", "이해", "장비",
    "장점", "고객", "고급", "고려", "구조", "구매", "기간", "기능", "도움", "모델", "모든", "배포",
    "변경", "사용", "설정", "연구", "연락", "유지", "인기", "임시", "제품", "차이", "추가", "표준",
    "홍보", "황금", NULL};
static const char *const cjk_person_before[] = {
    "感谢", "谢谢", "多谢", "恭喜", "欢迎", "祝贺", "感謝", "謝謝", "歡迎", "祝賀", "和", "与",
    "與", "跟", "同", "向", "给", "給", "请", "請", "让", "讓", "找", "叫", "致",
    /* contact (a verb that takes a person: "请联系李宁") */
    "联系", "聯繫", "联络", "聯絡",
    /* a role that names a person: contact, person in charge, addressee, author, speaker */
    "联系人", "聯絡人", "联络人", "负责人", "負責人", "收件人", "姓名", "作者", "主讲人", "讲者",
    "担当者", "担当",
    /* Korean thanks, congratulations, welcome; "담당(자)" in charge */
    "감사", "축하", "환영", "담당", "담당자", NULL};
static const char *const cjk_person_after[] = {
    "老师", "老師", "先生", "女士", "小姐", "同学", "同學", "经理", "經理", "总", "總", "教授",
    "博士", "医生", "醫生", "律师", "律師", "主任", "さん", "様", "さま", "君", "ちゃん", "氏",
    "님", "씨", "선생님", "대표", "팀장", "교수", "박사", "과장", "부장", "매니저",
    /* "Anja你好", "秀英您好" (hello after the name) */
    "你好", "您好", NULL};

/* A name t[i, q) of two or three characters (the CJK run is t[a, b), single spaces joined)
 * that is a common word and has no person's context around it (a space, a colon or a
 * full-width colon between allowed: "담당: 이상", "이상 님"). */
static int cjk_word_not_name(const uint8_t *t, size_t a, size_t b, size_t i, size_t q)
{
    if (q - i != 6 && q - i != 9)
        return 0;
    if (!word_is(t, i, q, cjk_word_names))
        return 0;
    if (i == a && q == b)
        return 0; /* alone between non-CJK text: "Thanks 高峰!" */
    size_t pb = i;
    if (pb > a && t[pb - 1] == ' ')
        pb--;
    if (pb >= a + 3 && !memcmp(t + pb - 3, "\xef\xbc\x9a", 3))
        pb -= 3; /* ： */
    size_t qa = q < b && t[q] == ' ' ? q + 1 : q;
    return !cjk_is(t, a, pb, cjk_person_before, 1) && !cjk_is(t, qa, b, cjk_person_after, 0);
}

/* A Latin first name t[a, e) in CJK text: an honorific or title glued right after it (or
 * after one space, as Korean writes "Anja 님"), or a greeting, thanks or congratulation right
 * before it (glued, or with one space, "、" or "，" between): "谢谢Anja！", "Anjaさん",
 * "감사합니다 Anja님". Chinese and Japanese write no spaces, so the greeting words of the
 * Latin rules never reach such a name. */
/* What cjk_greeted needs to say yes: a byte of CJK, kana or hangul (lead 0xE0 and up) after the
 * word t[a, e) and one space, or a non-ASCII byte before it and one space. A test in the
 * caller, as Latin text around a first name answers no. */
static inline int cjk_around(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t q = e < len && t[e] == ' ' ? e + 1 : e;
    size_t p = a > 0 && t[a - 1] == ' ' ? a - 1 : a;
    if (p > 0 && t[p - 1] == ',')
        p--; /* "你好, Neema!": code-switched writers put a Latin comma after CJK */
    return (q < len && t[q] >= 0xE0) || (p > 0 && t[p - 1] >= 0x80);
}

static int cjk_greeted(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const greet_before[] = {
        "谢谢", "感谢", "多谢", "恭喜", "欢迎", "祝贺", "謝謝", "感謝", "歡迎", "祝賀", "ありがとう",
        "おめでとう", "感謝します", "감사합니다", "감사해요", "고마워요", "고마워", "축하해요",
        "축하합니다", "축하해", "환영합니다", "안녕하세요",
        /* hi, hello: "嗨Anja！", "你好秀英" */
        "嗨", "哈喽", "你好", "您好",
        /* Japanese greetings and thanks in full: "ありがとうございます, Wojciech!" */
        "ありがとうございます", "ありがとうございました", "こんにちは", "こんばんは",
        "おはようございます", "お疲れ様です", NULL};
    size_t q = e < len && t[e] == ' ' ? e + 1 : e;
    if (q < len && t[q] >= 0xE0 && cjk_is(t, q, len, cjk_person_after, 0))
        return 1;
    size_t b = a;
    if (b > 0 && t[b - 1] == ' ')
        b--;
    if (b > 0 && t[b - 1] == ',')
        b--; /* "你好, Neema!" */
    else if (b == a && b >= 3 &&
             (!memcmp(t + b - 3, "\xe3\x80\x81", 3) || !memcmp(t + b - 3, "\xef\xbc\x8c", 3)))
        b -= 3; /* 、 ， */
    return b >= 3 && t[b - 1] >= 0x80 && cjk_is(t, b >= 36 ? b - 36 : 0, b, greet_before, 1);
}

/* a statue after a name, also with a title between ("王伟铜像", "이순신 장군 동상": the statue of
 * Admiral Yi) */
static const char *const cjk_title_words[] = {"장군", "대왕", "将军", "將軍", NULL};
static const char *const cjk_statue_words[] = {"동상", "铜像", "銅像", NULL};

/* The length of the word of list that starts at t[a] inside t[a, b) (0: none). */
static size_t cjk_word_at(const uint8_t *t, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]);
        if (a + n <= b && memcmp(t + a, list[k], n) == 0)
            return n;
    }
    return 0;
}

/* How many bytes after a CJK name t[.., q) (the run ends at b) make it an institution, a firm,
 * a place or a statue (0: none); a statue with a title makes the rest of the run no name. */
static size_t cjk_org_after(const uint8_t *t, size_t q, size_t b, size_t len)
{
    size_t r = q + (q < len && t[q] == ' '), n = cjk_word_at(t, r, len, cjk_title_words);
    if (n) { /* (past the run: Korean writes spaces) */
        r += n;
        r += r < len && t[r] == ' ';
        if (cjk_word_at(t, r, len, cjk_statue_words))
            return b - q;
    }
    if ((n = cjk_word_at(t, q, b, cjk_org_words)) || (n = cjk_word_at(t, q, b, cjk_statue_words)))
        return n;
    n = cjk_word_at(t, q, b, cjk_univ_words);
    return q + n == b ? n : 0;
}

/*
 * A Chinese name t[i, q) (the CJK run is t[a, b)) used as a brand or a place:
 * - counted as goods ("买了一双李宁跑鞋": a pair of; 一瓶, 一杯, 一款, …): people are counted
 *   with 位 and 个, never with these;
 * - followed by a shop or product word ("…门店", "…旗舰店", "…新品");
 * - gone to for a trip or an errand ("去金华出差", "到黄山旅游"), or holding a branch ("在金华
 *   有分公司"): a person is visited at a place, not gone to for a business trip.
 */
static int cjk_brand_or_place(const uint8_t *t, size_t a, size_t b, size_t i, size_t q)
{
    static const char *const measure[] = {"一双", "一瓶", "一杯", "一盒", "一件", "一台", "一款",
                                          "一袋", "一包", "一套", "一罐", "这款", "那款", NULL};
    static const char *const goods_after[] = {"门店", "專賣店", "专卖店", "旗舰店", "旗艦店",
                                              "新品", "产品", "產品", "品牌", NULL};
    static const char *const go[] = {"去", "到", "飞", "飛", NULL};
    static const char *const trip[] = {"出差", "旅游", "旅遊", "旅行", "爬山", "度假", "出游",
                                       "开会", "開會", NULL};
    static const char *const branch[] = {"有分公司", "有办公室", "有辦公室", "有办事处",
                                         "的分公司", NULL};
    if (cjk_is(t, a, i, measure, 1) || cjk_is(t, q, b, goods_after, 0))
        return 1;
    if (cjk_is(t, a, i, go, 1) && cjk_is(t, q, b, trip, 0))
        return 1;
    return i >= a + 3 && !memcmp(t + i - 3, "\xe5\x9c\xa8", 3) && cjk_is(t, q, b, branch, 0);
}

/* Whether a Japanese or Chinese honorific stands right after a family name ending at e in the
 * CJK run ending at b: さん, 様, さま, 先生, 氏, 君, くん, ちゃん, 部長, 課長, 社長, 老师, 老師,
 * 女士, 经理, 經理. */
static int cjk_honorific_after(const uint8_t *t, size_t e, size_t b)
{
    static const char *const hon[] = {"さん", "様", "さま", "先生", "氏", "君", "くん", "ちゃん",
                                      "部長", "課長", "社長", "老师", "老師", "女士", "经理",
                                      "經理", NULL};
    return cjk_is(t, e, b, hon, 0);
}

/* A given name alone t[i, e) in the CJK run t[a, b): only as a greeting or thanks names
 * someone, as a Latin first name alone: a Latin-script greeting right before the run, the
 * name being all of it ("Thanks, 승민!", "Děkuji 秀英 za pomoc"), or a CJK greeting or an
 * honorific around it ("嗨浩然！", "谢谢秀英", "秀英你好", "승민님"). */
static int cjk_given_greeted(const uint8_t *t, size_t a, size_t b, size_t i, size_t e,
                             int latin_greeted)
{
    if (latin_greeted && i == a && e == b)
        return 1;
    return cjk_greeted(t, b, i, e);
}

static void scan_cjk(const askf__names *nm, askf_pii_scratch *s, const uint8_t *t, size_t a,
                     size_t b, int latin_greeted)
{
    if (!nm->cjk_max)
        return;
    size_t i = a;
    while (i < b) {
        size_t w0 = cjk_space(t, b, i);
        if (w0) {
            i += w0;
            continue;
        }
        /* hashes of the next 1..CJK_MAX code points from i (spaces skipped) */
        size_t off[CJK_MAX + 1];
        uint64_t hs[CJK_MAX + 1];
        size_t q = i, ncp = 0;
        uint64_t h = FNV_OFF;
        off[0] = i;
        while (ncp < nm->cjk_max && q < b) {
            size_t sp = cjk_space(t, b, q);
            if (sp) {
                q += sp;
                continue;
            }
            uint32_t cp;
            size_t w = utf8_at(t, b, q, &cp);
            for (size_t z = 0; z < w; z++)
                h = (h ^ t[q + z]) * FNV_PRIME;
            q += w;
            ncp++;
            off[ncp] = q;
            hs[ncp] = h;
        }
        size_t hit = 0;
        for (size_t L = ncp; L >= nm->cjk_min && L >= 2; L--) {
            uint64_t f = tab_get(&nm->t[T_CJK], key_of(hs[L]));
            if (!f)
                continue;
            /* a family name only: with an honorific right after it only ("中村さんが") */
            if (!(f & (F_GIVEN | F_NAME))) {
                if (cjk_honorific_after(t, off[L], b))
                    hit = L;
                else
                    continue;
                break;
            }
            /* a given name only (no member's full name): in a greeting only */
            if (!(f & F_GIVEN) || (f & F_NAME) ||
                cjk_given_greeted(t, a, b, i, off[L], latin_greeted))
                hit = L;
            break;
        }
        if (hit) {
            size_t org = cjk_org_after(t, off[hit], b, s->len);
            if (!org && !cjk_not_name_before(t, a, i) &&
                !cjk_word_not_name(t, a, b, i, off[hit]) &&
                !cjk_brand_or_place(t, a, b, i, off[hit]))
                askf__pii_emit(s, i, off[hit], ASKF_PII_PERSON);
            i = off[hit] + org;
        } else {
            i = off[1] > i ? off[1] : i + 1;
        }
    }
}

/* ---------- affixes: prefixes written joined to a name, Russian case endings ---------- */

/* One-letter prefixes written joined to the next word: Hebrew ו (and), ה (the), ב (in), ל (to),
 * מ (from), ש (that), כ (as), up to two of them ("ולדניאל", "לWouter"); Arabic و (and), ف (so),
 * ب (with), ل (for), ك (like), one, optionally followed by a tatweel ("لـفاطمة"). Returns the
 * prefix length in bytes at t[a, b) (0: none). */
static size_t joined_prefix(const uint8_t *t, size_t a, size_t b, size_t n)
{
    if (b - a <= 2 + n)
        return 0;
    uint8_t c0 = t[a + n], c1 = t[a + n + 1];
    if (c0 == 0xD7)
        return (c1 == 0x95 || c1 == 0x94 || c1 == 0x91 || c1 == 0x9C || c1 == 0x9E ||
                c1 == 0xA9 || c1 == 0x9B)
                   ? 2
                   : 0;
    if (n == 0 && ((c0 == 0xD9 && (c1 == 0x88 || c1 == 0x81 || c1 == 0x84 || c1 == 0x83)) ||
                   (c0 == 0xD8 && c1 == 0xA8)))
        return b - a > 4 && t[a + 2] == 0xD9 && t[a + 3] == 0x80 ? 4 : 2; /* tatweel */
    return 0;
}

/* Russian first names and surnames change their endings with the case: "Спасибо Анне" (Анна),
 * "с Ольгой Лебедевой" (Ольга Лебедева), "у Сергея Морозова" (Сергей Морозов), "с Павлом"
 * (Павел). From the folded word w (lowercase Cyrillic), writes the raw hashes of the
 * nominatives it can be a case form of into out (at most 8) and returns their number. */
static size_t cyr_nominatives(const uint8_t *w, size_t n, uint64_t out[8])
{
    /* ending -> nominative endings ("" = none), longest ending first */
    static const struct {
        const char *end;
        const char *nom[4];
    } rules[] = {
        {"\xd0\xbe\xd0\xb3\xd0\xbe", {"\xd0\xb8\xd0\xb8", "\xd0\xbe\xd0\xb8", NULL}}, /* ого: ии ои (ий ой, folded) */
        {"\xd0\xbe\xd0\xbc\xd1\x83", {"\xd0\xb8\xd0\xb8", "\xd0\xbe\xd0\xb8", NULL}}, /* ому: ии ои */
        {"\xd1\x8b\xd0\xbc", {"", NULL}},                                             /* ым */
        {"\xd0\xb8\xd0\xbc", {"\xd0\xb8\xd0\xb8", NULL}},                             /* им: ии */
        {"\xd0\xbe\xd0\xb8", {"\xd0\xb0", "\xd0\xb8\xd0\xb8", "\xd0\xb0\xd1\x8f", NULL}}, /* ои (ой): а ии ая */
        {"\xd0\xb5\xd0\xb8", {"\xd1\x8f", "\xd1\x8c", NULL}},                         /* еи (ей): я ь */
        {"\xd0\xbe\xd0\xbc", {"", NULL}},                                             /* ом */
        {"\xd0\xb5\xd0\xbc", {"\xd0\xb8", "\xd1\x8c", NULL}},                         /* ем: и (й) ь */
        {"\xd1\x83\xd1\x8e", {"\xd0\xb0\xd1\x8f", NULL}},                             /* ую: ая */
        {"\xd1\x8b", {"\xd0\xb0", NULL}},                                             /* ы: а */
        {"\xd0\xb8", {"\xd0\xb0", "\xd1\x8f", NULL}},                                 /* и: а я */
        {"\xd0\xb5", {"\xd0\xb0", "\xd1\x8f", "", "\xd0\xb8"}},                       /* е: а я - и (й) */
        {"\xd1\x83", {"\xd0\xb0", "", NULL}},                                         /* у: а - */
        {"\xd1\x8e", {"\xd1\x8f", "\xd0\xb8", "\xd1\x8c", NULL}},                     /* ю: я и (й) ь */
        {"\xd0\xb0", {"", NULL}},                                                     /* а: - */
        {"\xd1\x8f", {"\xd0\xb8", "\xd1\x8c", NULL}},                                 /* я: и (й) ь */
    };
    size_t k = 0;
    uint8_t c[72];
    if (n < 6 || n > 64 || (w[n - 2] != 0xD0 && w[n - 2] != 0xD1))
        return 0;
    for (size_t r = 0; r < sizeof rules / sizeof *rules && k < 8; r++) {
        size_t el = strlen(rules[r].end);
        if (n < el + 4 || memcmp(w + n - el, rules[r].end, el) != 0)
            continue;
        size_t sl = n - el;
        for (size_t q = 0; q < 4 && rules[r].nom[q] && k < 8; q++) {
            size_t nl = strlen(rules[r].nom[q]);
            memcpy(c, w, sl);
            memcpy(c + sl, rules[r].nom[q], nl);
            out[k++] = word_hash(c, sl + nl);
            /* a fleeting е before the last consonant: "Павла", "Павлом" (Павел) */
            if (!nl && k < 8 && sl >= 4 && w[sl - 2] == 0xD0 && w[sl - 1] >= 0xB1 &&
                w[sl - 1] <= 0xBF && w[sl - 4] == 0xD0) {
                memcpy(c, w, sl - 2);
                memcpy(c + sl - 2, "\xd0\xb5", 2);
                memcpy(c + sl, w + sl - 2, 2);
                out[k++] = word_hash(c, sl + 2);
            }
        }
        break;
    }
    return k;
}

/* The folded bytes of the word t[a, b) into w (cap bytes); returns the length (0: too long). */
static size_t fold_word(const uint8_t *t, size_t a, size_t b, uint8_t *w, size_t cap)
{
    size_t n = 0;
    while (a < b) {
        uint32_t cp;
        char fb[4];
        int up;
        a += utf8_at(t, b, a, &cp);
        size_t fn = askf__pii_fold_cp(cp, fb, &up);
        if (n + fn > cap)
            return 0;
        memcpy(w + n, fb, fn);
        n += fn;
    }
    return n;
}

/* A capitalised Cyrillic word read as a case form of a name: each nominative it may stand for
 * is looked up, alone in the first-name table (first), or after the tokens hashed into seq in
 * the full-name table. Returns the entry (0: none) and the token key in *key. */
static uint64_t cyr_case_form(const askf__names *nm, const uint8_t *t, const tok *k, int first,
                              uint64_t seq, uint64_t *key)
{
    uint8_t w[64];
    uint64_t raw[8];
    if (!k->cap || (t[k->start] != 0xD0 && t[k->start] != 0xD1))
        return 0;
    size_t n = fold_word(t, k->start, k->end, w, sizeof w);
    size_t m = cyr_nominatives(w, n, raw);
    for (size_t q = 0; q < m; q++) {
        uint64_t kq = key_of(raw[q]);
        uint64_t v = first ? (bloom_has(nm, raw[q]) ? first_get(nm, kq) : 0)
                           : tab_get(&nm->t[T_FULL], seq_next(seq, kq));
        if (v) {
            *key = kq;
            return v;
        }
    }
    return 0;
}

/* Thai writes no spaces between words, but one between a given name and a surname. */

/* The longest run of Thai letters (2 to 12) from q inside t[q, b) that is a member's first
 * name: its end (0: none), its key in *key. */
/* The letters from q inside t[q, b) up to the first Thai one or the word's end (a Latin name
 * glued to Thai, "IOANA NOVÁKสำหรับ"): where they end. */
static size_t latin_letters_end(const uint8_t *t, size_t q, size_t b)
{
    while (q < b) {
        uint32_t cp;
        size_t w = utf8_at(t, b, q, &cp);
        if ((cp >= 0x0E00 && cp <= 0x0E7F) || cp_class(cp) != CL_WORD)
            break;
        q += w;
    }
    return q;
}

/* The word t[q, e) as one token, if it is a member's first name: its key (0: none). */
static uint64_t first_name_key(const askf__names *nm, const uint8_t *t, size_t q, size_t e)
{
    tok k2;
    tok_next(t, e, q, &k2);
    if (k2.kind != CL_WORD || k2.start != q || k2.end != e || !bloom_has(nm, k2.raw) ||
        !(first_get(nm, key_of(k2.raw)) & F_GIVEN))
        return 0;
    return key_of(k2.raw);
}

static size_t thai_first_at(const askf__names *nm, const uint8_t *t, size_t q, size_t b,
                            uint64_t *key)
{
    size_t best = 0;
    if (q < b && t[q] < 0x80) {
        /* a Latin name glued after Thai ("หวัดดีAnja", "ขอบคุณPatriciaนะ") */
        size_t e = latin_letters_end(t, q, b);
        return e > q && (*key = first_name_key(nm, t, q, e)) != 0 ? e : 0;
    }
    for (size_t n = 2; n <= 12 && q + 3 * n <= b; n++) {
        /* (no key when the cut falls before a combining vowel) */
        uint64_t kk = first_name_key(nm, t, q, q + 3 * n);
        if (kk) {
            best = q + 3 * n;
            *key = kk;
        }
    }
    return best;
}

/* Whether t[s, e), one token, is the surname that makes a member's full name after the first
 * name key. */
static int surname_completes(const askf__names *nm, const uint8_t *t, size_t s, size_t e,
                             uint64_t key)
{
    tok k3;
    tok_next(t, e, s, &k3);
    return k3.kind == CL_WORD && k3.start == s && k3.end == e &&
           (tab_get(&nm->t[T_FULL], seq_next(key, key_of(k3.raw))) & F_NAME);
}

/* After a first name (key) ending at b: the member's surname after one space, also glued to
 * the next words ("แสงทองสู่ทีม"); the end of the longest that makes a member's full name (0:
 * none). */
static size_t thai_surname_end(const askf__names *nm, const uint8_t *t, size_t len, size_t b,
                               uint64_t key)
{
    size_t e = 0;
    if (b + 1 >= len || t[b] != ' ')
        return 0;
    if (t[b + 1] < 0x80) { /* a Latin surname, also glued to Thai after it */
        size_t le = latin_letters_end(t, b + 1, len);
        return le > b + 1 && surname_completes(nm, t, b + 1, le, key) ? le : 0;
    }
    for (size_t n = 2; n <= 16 && b + 1 + 3 * n <= len; n++)
        if (surname_completes(nm, t, b + 1, b + 1 + 3 * n, key))
            e = b + 1 + 3 * n;
    return e;
}

/* Thai words after which a name follows, glued: the honorific คุณ ("Khun": "ขอบคุณคุณกิตติ",
 * and ขอบคุณ, thanks, ends in it), hi and hello (หวัดดี, สวัสดี), welcome (ยินดีต้อนรับ), glad to
 * work with (ยินดีที่ได้ร่วมงานกับ), congratulations to (ขอแสดงความยินดีกับ). */
static const char *const thai_markers[] = {"คุณ", "หวัดดี", "สวัสดี", "ยินดีต้อนรับ",
                                           "ยินดีที่ได้ร่วมงานกับ", "ขอแสดงความยินดีกับ", NULL};

static size_t thai_marker_at(const uint8_t *t, size_t p, size_t b)
{
    for (size_t k = 0; thai_markers[k]; k++) {
        size_t n = strlen(thai_markers[k]);
        if (p + n <= b && memcmp(t + p, thai_markers[k], n) == 0)
            return n;
    }
    return 0;
}

/* Whether a Thai marker ends right at a, glued to the word of another script there (a Thai
 * word ends where another script starts): "สวัสดีคุณMichael", "ขอบคุณคุณElinมากครับ". */
static int thai_marker_before(const uint8_t *t, size_t a)
{
    if (a < 9 || t[a - 3] != 0xE0)
        return 0;
    for (size_t k = 0; thai_markers[k]; k++) {
        size_t n = strlen(thai_markers[k]);
        if (a >= n && memcmp(t + a - n, thai_markers[k], n) == 0)
            return 1;
    }
    return 0;
}

/* Names inside the Thai word t[a, b): after each marker, the longest first name (and the
 * surname after one space: "ยินดีต้อนรับคุณสุดา แสงทอง"); and a full name glued to the words
 * before it, the longest end of the word that is a first name with the next word, or its
 * start, the surname ("ยินดีที่ได้ร่วมงานกับประเสริฐ รัตนพันธ์"). Returns where the last name
 * found ends (a, none). */
static size_t thai_names(const askf__names *nm, askf_pii_scratch *s, const uint8_t *t,
                         size_t len, size_t a, size_t b)
{
    size_t p = a, done = a;
    while (p + 6 <= b && t[p] == 0xE0) {
        size_t m = thai_marker_at(t, p, b);
        if (!m) {
            p += 3; /* Thai letters are 3 bytes */
            continue;
        }
        size_t q = p + m;
        uint64_t key = 0;
        /* (a marker that ends the word has a name of another script glued after it, the next
         * word: the caller's, "สวัสดีคุณMichael", "…กับGary O'Connor") */
        size_t best = thai_first_at(nm, t, q, b, &key);
        if (!best) {
            p = q;
            continue;
        }
        size_t e = best == b ? thai_surname_end(nm, t, len, b, key) : 0;
        askf__pii_emit(s, q, e ? e : best, ASKF_PII_PERSON);
        p = best;
        done = e ? e : best;
    }
    if (done >= b || b + 4 > len || t[b] != ' ' || t[b + 1] != 0xE0)
        return done;
    tok next;
    tok_next(t, len, b + 1, &next);
    /* a first name has at most 12 letters: only the word's last 12 are tried, so a long
     * Thai run without spaces costs no more than a short one */
    size_t q0 = b - a > 36 ? b - 36 : a;
    while (q0 < b && (t[q0] & 0xC0) == 0x80)
        q0++;
    for (size_t q = q0; q + 6 <= b && t[q] == 0xE0; q += 3) {
        uint64_t kk = first_name_key(nm, t, q, b);
        size_t e = kk ? thai_surname_end(nm, t, len, b, kk) : 0;
        if (!e)
            continue;
        /* a whole first word and a whole surname are the ordinary full-name rule's */
        if (q == a && e == next.end)
            break;
        askf__pii_emit(s, q, e, ASKF_PII_PERSON);
        return e;
    }
    return done;
}

/* A word that is no first name as written, but is one with a joined prefix taken off
 * (Hebrew, Arabic) or read as a Russian case form: the first-name table's entry (0: none);
 * *k becomes the name's token (without the prefix; with the nominative's key). */
static uint64_t first_affixed(const askf__names *nm, const uint8_t *t, size_t len, tok *k)
{
    uint64_t f = 0;
    size_t p = 0, q;
    while (p < 4 && (q = joined_prefix(t, k->start, k->end, p)) != 0) {
        p += q;
        tok k2;
        tok_next(t, len, k->start + p, &k2);
        if (k2.kind == CL_WORD && k2.start == k->start + p && k2.end == k->end &&
            bloom_has(nm, k2.raw) && (f = first_get(nm, k2.key)) != 0) {
            *k = k2;
            return f;
        }
        if (q == 4)
            break;
    }
    uint64_t key;
    if ((f = cyr_case_form(nm, t, k, 1, 0, &key)) != 0)
        k->key = key;
    return f;
}

/* Whether the ASCII word ending at t[e] has at most 3 letters: an abbreviation ("Jl.", "Av."),
 * not a sentence's last word ("… Stiftung. Roland Haas"). */
static int short_word_before(const uint8_t *t, size_t e)
{
    size_t n = 0;
    while (e > 0 && n < 4 && ((t[e - 1] | 32) >= 'a' && (t[e - 1] | 32) <= 'z')) {
        e--;
        n++;
    }
    return n >= 1 && n <= 3 && (e == 0 || t[e - 1] < 0x80);
}

/* After a name joined as an employer: the sentence ends (a space allowed before its mark, as in
 * French), or goes on with the role ("as a senior analyst", "as Head of Data"), or German
 * closes its separable verb ("Ich fange bei … an!"). */
static int join_end(const uint8_t *t, size_t len, size_t e)
{
    size_t q = e < len && t[e] == ' ' ? e + 1 : e;
    if (q >= len || t[q] == '!' || t[q] == '.' || t[q] == '?' || t[q] == '\n')
        return 1;
    if (q + 3 <= len && t[q] == 0xEF && t[q + 1] == 0xBC && (t[q + 2] == 0x81 || t[q + 2] == 0x9F))
        return 1; /* full-width ！ ？ */
    if (q + 3 <= len && t[q] == 0xE3 && t[q + 1] == 0x80 && t[q + 2] == 0x82)
        return 1; /* 。 */
    if (q != e + 1)
        return 0;
    /* the role in other languages: "comme consultante", "como analista", "als Analyst",
     * "som analytiker", "jako analityk", "как аналитик", Arabic "كمحللة", Hebrew "כאנליסטית" */
    static const char *const as_words[] = {"comme ", "como ", "come ", "als ", "som ", "jako ",
                                           "\xd0\xba\xd0\xb0\xd0\xba ", NULL};
    for (size_t k = 0; as_words[k]; k++) {
        size_t n = strlen(as_words[k]);
        if (q + n < len && !memcmp(t + q, as_words[k], n))
            return 1;
    }
    if (q + 4 <= len && ((t[q] == 0xD9 && t[q + 1] == 0x83 && t[q + 2] >= 0xD8 && t[q + 2] <= 0xD9) ||
                         (t[q] == 0xD7 && t[q + 1] == 0x9B && t[q + 2] == 0xD7)))
        return 1; /* ك or כ glued to the next word */
    if (q + 4 < len && !memcmp(t + q, "as ", 3)) {
        const uint8_t *r = t + q + 3;
        size_t rn = len - q - 3;
        return (*r >= 'A' && *r <= 'Z') || (rn > 2 && !memcmp(r, "a ", 2)) ||
               (rn > 3 && (!memcmp(r, "an ", 3) || !memcmp(r, "my ", 3))) ||
               (rn > 4 && (!memcmp(r, "the ", 4) || !memcmp(r, "our ", 4)));
    }
    return q + 2 <= len && t[q] == 'a' && t[q + 1] == 'n' &&
           (q + 2 == len || t[q + 2] == '!' || t[q + 2] == '.' || t[q + 2] == ' ');
}

/* The code point that ends right before t[e] (e > 0), and where it starts. */
static uint32_t cp_ending_at(const uint8_t *t, size_t e, size_t *start)
{
    size_t s = e - 1;
    while (s > 0 && (t[s] & 0xC0) == 0x80 && e - s < 4)
        s--;
    uint32_t cp;
    if (utf8_at(t, e, s, &cp) != e - s) {
        *start = e - 1;
        return 0xFFFD;
    }
    *start = s;
    return cp;
}

static int same_letter(uint32_t a, uint32_t b)
{
    char fa[4], fb[4];
    int ua, ub;
    if (a == b)
        return 1;
    size_t na = askf__pii_fold_cp(a, fa, &ua), nb = askf__pii_fold_cp(b, fb, &ub);
    return na == nb && memcmp(fa, fb, na) == 0;
}

static inline uint8_t ascii_lower(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
}

/* The first byte of the code point that ends right before s[e] (e > 0), found as
 * cp_ending_at finds its start. */
static inline uint8_t lead_ending_at(const uint8_t *s, size_t e)
{
    size_t k = e - 1;
    while (k > 0 && (s[k] & 0xC0) == 0x80 && e - k < 4)
        k--;
    return s[k];
}

/* Whether a code point starting with byte c may fold to ASCII: askf__pii_fold_cp gives ASCII
 * only for ASCII and the Latin letters below U+0250 and in U+1E00..U+1EFF; code points from
 * lead byte 0xCA on (U+0280 and up) other than 0xE1, and U+FFFD for bad bytes, fold to
 * non-ASCII bytes or to nothing. */
static inline int may_fold_to_ascii(uint8_t c)
{
    return c < 0xCA || c == 0xE1;
}

/* Whether one of the code points ending at q[pe] and t[e] is ASCII and the other cannot fold
 * to ASCII, so same_letter would say no: the phrase and the text are in different scripts. */
static inline int ascii_against_non_latin(const uint8_t *q, size_t pe, const uint8_t *t, size_t e)
{
    if (t[e - 1] < 0x80)
        return !may_fold_to_ascii(lead_ending_at(q, pe));
    if (q[pe - 1] < 0x80)
        return !may_fold_to_ascii(lead_ending_at(t, e));
    return 0;
}

/* Whether phrase p (lowercase UTF-8) ends right before t[a], in any case and with or without
 * accents, and starts a word: nothing, a space or punctuation before it (a phrase of a script
 * written without spaces, CJK, starts anywhere). */
static int phrase_before(const uint8_t *t, size_t a, const char *p, size_t n)
{
    const uint8_t *q = (const uint8_t *)p;
    size_t pe = n, e = a;
    while (pe > 0) {
        if (e == 0)
            return 0;
        if (q[pe - 1] < 0x80 && t[e - 1] < 0x80) {
            /* two ASCII bytes are the same letter when they are equal after lowercasing
             * (same_letter's answer without decoding and folding) */
            if (ascii_lower(q[pe - 1]) != ascii_lower(t[e - 1]))
                return 0;
            pe--;
            e--;
            continue;
        }
        if (ascii_against_non_latin(q, pe, t, e))
            return 0;
        size_t ps, ts;
        if (!same_letter(cp_ending_at(q, pe, &ps), cp_ending_at(t, e, &ts)))
            return 0;
        pe = ps;
        e = ts;
    }
    if (e == 0 || q[0] >= 0xE2 || (q[0] == 0xE0 && (q[1] == 0xB8 || q[1] == 0xB9)))
        return 1; /* CJK, Thai and other scripts written without spaces need no boundary */
    if (t[e - 1] < 0x80)
        return !(ascii_cls[t[e - 1]] & 3);
    size_t s0;
    uint32_t prev = cp_ending_at(t, e, &s0);
    /* after punctuation and spaces of other scripts ("。", "！", "—", NBSP) */
    return (prev >= 0x2000 && prev <= 0x206F) || (prev >= 0x3000 && prev <= 0x303F) ||
           (prev >= 0xFF00 && prev <= 0xFF20) || prev == 0xA0 || prev == 0xFFFD;
}

#define PH(lit) {lit, sizeof(lit) - 1}

/* Whether phrase_before would say no within its first two steps back from the ends of p and
 * of the text before t[a], where it only compares ASCII bytes or tells an ASCII byte from a
 * non-Latin code point. Most phrases of a list end in a letter and a space that the text does
 * not have, so this saves the call. */
static inline int tail_differs(const uint8_t *t, size_t a, const phrase *p)
{
    const uint8_t *q = (const uint8_t *)p->s;
    size_t pe = p->n, e = a;
    for (int k = 0; k < 2 && pe > 0 && e > 0; k++) {
        if (q[pe - 1] >= 0x80 || t[e - 1] >= 0x80)
            return ascii_against_non_latin(q, pe, t, e);
        if (ascii_lower(q[pe - 1]) != ascii_lower(t[e - 1]))
            return 1;
        pe--;
        e--;
    }
    return 0;
}

/* tail_differs for a text whose last two bytes before the phrase are ASCII, y1 the last and
 * y2 the one before it, lowercased: only the phrase's bytes are left to read. */
static inline int tail_differs_ascii(uint8_t y1, uint8_t y2, const phrase *p)
{
    const uint8_t *q = (const uint8_t *)p->s;
    size_t n = p->n;
    if (q[n - 1] >= 0x80)
        return !may_fold_to_ascii(lead_ending_at(q, n));
    if (ascii_lower(q[n - 1]) != y1)
        return 1;
    if (n < 2)
        return 0;
    if (q[n - 2] >= 0x80)
        return !may_fold_to_ascii(lead_ending_at(q, n - 1));
    return ascii_lower(q[n - 2]) != y2;
}

static int any_phrase_before(const uint8_t *t, size_t a, const phrase *list)
{
    if (a >= 2 && t[a - 1] < 0x80 && t[a - 2] < 0x80) {
        /* the usual case, a space and an ASCII letter before the name: read them once */
        uint8_t y1 = ascii_lower(t[a - 1]), y2 = ascii_lower(t[a - 2]);
        for (size_t k = 0; list[k].s; k++)
            if (!tail_differs_ascii(y1, y2, &list[k]) &&
                phrase_before(t, a, list[k].s, list[k].n))
                return 1;
        return 0;
    }
    for (size_t k = 0; list[k].s; k++)
        if (!tail_differs(t, a, &list[k]) && phrase_before(t, a, list[k].s, list[k].n))
            return 1;
    return 0;
}

/* The code points ending right before t[a], folded as same_letter compares them, hashed from
 * the last one back: h[L] covers the last L of them, 0 where t has fewer than L (a phrase's
 * hash is never 0). phrase_before can only say yes to a phrase whose last L code points are
 * the same letters as the text's, that is whose h[L] is the text's, so a different hash
 * saves the call; an equal one (rarely a collision) still makes it. */
typedef struct tail {
    uint32_t h[TAIL_CPS + 1];
} tail;

static size_t tail_at(const uint8_t *t, size_t a, tail *tl)
{
    uint64_t h = FNV_OFF;
    size_t e = a, L = 1;
    for (; L <= TAIL_CPS && e > 0; L++) {
        uint64_t f; /* the folding's length, then its bytes */
        if (t[e - 1] < 0x80) {
            f = 1 | (uint64_t)ascii_lower(t[e - 1]) << 8; /* what askf__pii_fold_cp gives */
            e--;
        } else {
            char fb[4];
            int up;
            size_t s;
            size_t nb = askf__pii_fold_cp(cp_ending_at(t, e, &s), fb, &up);
            f = nb;
            for (size_t i = 0; i < nb; i++)
                f |= (uint64_t)(uint8_t)fb[i] << (8 * (i + 1));
            e = s;
        }
        h = (h ^ f) * 0x9E3779B97F4A7C15ull;
        tl->h[L] = (uint32_t)(h >> 32) | 1;
    }
    size_t got = L - 1;
    for (; L <= TAIL_CPS; L++)
        tl->h[L] = 0;
    return got;
}

/* any_phrase_before for a list indexed by askf__names_open, with the text's tail before t[a]
 * (tail_at) computed once by the caller for all the lists it reads there. */
static int in_list_before(const uint8_t *t, size_t a, const tail *tl, const phrase_ix *ix)
{
    for (size_t c = 1; c <= TAIL_CPS; c++) {
        size_t lo = ix->from[c], hi = ix->from[c + 1];
        uint32_t h = tl->h[c];
        if (lo == hi || !h)
            continue;
        while (lo < hi) { /* the first phrase hashed h, if any */
            size_t mid = lo + (hi - lo) / 2;
            if (ix->tail[mid].h < h)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < ix->from[c + 1] && ix->tail[lo].h == h; lo++) {
            const phrase *p = &ix->list[ix->tail[lo].k];
            if (phrase_before(t, a, p->s, p->n))
                return 1;
        }
    }
    return 0;
}

/* Whether marker m starts at t[e] and word w follows it within `win` bytes, in the same
 * sentence ("… 에서 4년간 근무했습니다", "… में चार साल काम किया"). */
static int marker_then_word(const uint8_t *t, size_t len, size_t e, const char *m, const char *w,
                            size_t win)
{
    /* (the first byte before the lengths: most calls find another byte there) */
    if (m[0] && (e >= len || t[e] != (uint8_t)m[0]))
        return 0;
    size_t mn = strlen(m), wn = strlen(w);
    if (e + mn > len || memcmp(t + e, m, mn) != 0)
        return 0;
    if (!wn)
        return 1; /* the marker alone: a sentence may end right after it ("… went public.") */
    size_t end = e + mn + win + wn < len ? e + mn + win + wn : len;
    for (size_t q = e + mn; q + wn <= end; q++) {
        if (t[q] == '.' || t[q] == '!' || t[q] == '?' || t[q] == '\n')
            return 0;
        if (memcmp(t + q, w, wn) == 0)
            return 1;
    }
    return 0;
}

/* Working at an employer, the phrase right before the name: "worked at …", "J'ai travaillé
 * chez …", "Pracowałem w …", "Працювала в …", "عملت في …", "Tôi làm việc tại …". People are
 * worked *with* or *for*, so those stay persons. */
static const phrase employer_before[] = {
    PH("worked at "), PH("work at "), PH("working at "), PH("works at "), PH("job at "),
    PH("role at "), PH("years at "), PH("internship at "), PH("employed at "), PH("associate at "),
    PH("analyst at "), PH("engineer at "), PH("consultant at "), PH("intern at "), PH("worked "),
    PH("starting at "), PH("interviewing at "), PH("interview at "), PH("früher bei "),
    PH("ξεκίνησα στη "), PH("ξεκίνησα στην "), PH("ξεκίνησα στο "), PH("sono entrata in "),
    PH("sono entrato in "), PH("lumipat ako sa "), PH("бывший сотрудник "),
    PH("бывшая сотрудница "), PH("började på "), PH("började hos "), PH("jobbar hos "),
    PH("перешла в "), PH("перешёл в "), PH("перешел в "), PH("ancien de "), PH("ancienne de "),
    PH("job bei "), PH("jahre bei "), PH("jahren bei "), PH("arbeite bei "), PH("arbeitete bei "),
    PH("tätig bei "), PH("stelle bei "), PH("angestellt bei "), PH("praktikum bei "),
    PH("werkte bij "), PH("werk bij "), PH("jaar bij "), PH("werkzaam bij "), PH("baan bij "),
    PH("travaillé chez "), PH("travaille chez "), PH("travaillais chez "), PH("stage chez "),
    PH("poste chez "), PH("trabajé en "), PH("trabajo en "), PH("trabajaba en "),
    PH("trabajando en "), PH("trabalhei na "), PH("trabalhei no "), PH("trabalhei em "),
    PH("trabalho na "), PH("trabalho no "), PH("trabalhando na "), PH("trabalhando no "),
    PH("lavorato in "), PH("lavorato presso "), PH("lavoro in "), PH("lavoro presso "),
    PH("pracowałem w "), PH("pracowałam w "), PH("pracuję w "), PH("работал в "),
    PH("работала в "), PH("работаю в "), PH("працював в "), PH("працювала в "), PH("працюю в "),
    PH("працював у "), PH("працювала у "), PH("працюю у "), PH("δούλεψα στην "),
    PH("δούλεψα στη "), PH("δούλεψα στο "), PH("δουλεύω στην "), PH("δουλεύω στη "),
    PH("δουλεύω στο "), PH("εργάστηκα στην "), PH("εργάστηκα στη "), PH("εργάστηκα στο "),
    PH("jobbade på "), PH("jobbar på "), PH("arbetade på "), PH("arbetar på "),
    PH("arbejdede hos "), PH("arbejder hos "), PH("bekerja di "), PH("kerja di "),
    PH("làm việc tại "), PH("làm việc ở "), PH("عملت في "), PH("أعمل في "), PH("اعمل في "),
    PH("عملت لدى "), PH("أعمل لدى "), PH("עבדתי ב-"), PH("עובד ב-"), PH("עובדת ב-"), PH("在"),
    /* interning is working too */
    PH("interned at "), PH("interning at "), PH("prácticas en "), PH("estágio na "),
    PH("estágio no "), PH("estágio em "), PH("stage da "), PH("stage presso "),
    PH("war ich bei "),
    /* Dutch "stage (gelopen) bij" (interned at); a headline's "Prev." (previously at) */
    PH("stage gelopen bij "), PH("stage bij "), PH("prev. "), PH("previously at "),
    PH("formerly at "), PH("previously @ "),
    /* Thai "(เคย)ทำงานที่…" ((used to) work at), "ฝึกงานที่…" (intern at), glued */
    PH("ทำงานที่"), PH("ฝึกงานที่"),
    /* the people of a firm: "recommended the team at Marcus Evans" (people are met *with*) */
    PH("team at "), PH("folks at "), PH("colleagues at "), PH("everyone at "),
    PH("people at "), PH("friends at "), PH("crew at "), PH("staff at "),
    PH("recruiters at "), {NULL, 0}};

/* Moving to or staying in a place, right before the name: "Moving to …", "Nos mudamos a …",
 * "Flyttar till …", "Переезжаю в …", "Installée à …", and location labels ("Standort: …"). */
static const phrase place_before[] = {
    /* a journey's end ("Road trip to Alice Springs", "Flight to …", "Heading to …") */
    PH("trip to "), PH("flight to "), PH("flew to "), PH("flying to "), PH("drive to "),
    PH("drove to "), PH("travelling to "), PH("traveling to "), PH("heading to "),
    PH("headed to "),
    /* a ship's or a journey's stop ("cruise stopped at Charlotte Amalie for a day";
     * "stopped at Anja Weber's desk" keeps its person: a possessive) */
    PH("stopped at "), PH("docked at "), PH("docked in "), PH("layover in "),
    PH("stopover in "), PH("port of call "),
    /* a login alert's place ("Login from Adelaide Hills, not me") */
    PH("login from "), PH("log-in from "), PH("sign-in from "), PH("signed in from "),
    PH("logged in from "),
    /* where one writes from ("Writing from Victoria Island, Lagos this time"; not "greetings
     * from", a sign-off's person) */
    PH("writing from "), PH("posting from "), PH("reporting from "), PH("live from "),
    PH("streaming from "), PH("tweeting from "),
    PH("moving to "), PH("moved to "), PH("move to "), PH("relocating to "), PH("relocated to "),
    PH("relocate to "), PH("landed in "), PH("based in "), PH("location: "), PH("standort: "),
    PH("wohnort: "), PH("ubicación: "), PH("localização: "), PH("lieu : "), PH("lieu: "),
    PH("sede: "),
    /* an event's place ("Venue: Lincoln Park, Chicago") */
    PH("venue: "), PH("veranstaltungsort: "), PH("local do evento: "), PH("lugar: "),
    PH("nos mudamos a "), PH("me mudo a "), PH("me mudé a "), PH("mudándome a "),
    PH("mudando para "), PH("mudança para "), PH("me mudei para "), PH("flyttar till "),
    PH("flyttade till "), PH("flytter til "), PH("flyttet til "), PH("переезжаю в "),
    PH("переехал в "), PH("переехала в "), PH("переїжджаю до "), PH("переїхав до "),
    PH("переїхала до "), PH("przeprowadzka do "), PH("przeprowadzam się do "),
    PH("przeprowadziłem się do "), PH("przeprowadziłam się do "), PH("trasferito a "),
    PH("trasferita a "), PH("mi trasferisco a "), PH("verhuisd naar "), PH("verhuizen naar "),
    PH("verhuis naar "), PH("umzug nach "), PH("ziehe nach "), PH("umgezogen nach "),
    PH("μετακόμισα στο "), PH("μετακόμισα στη "), PH("μετακόμισα στην "), PH("μετακομίζω στο "),
    PH("μετακομίζω στη "), PH("μετακομίζω στην "), PH("installée à "), PH("installé à "),
    PH("de passage à "), PH("je déménage à "), PH("déménagement à "), PH("pindah ke "),
    PH("chuyển đến "), PH("انتقلت إلى "), PH("lilipat kami sa "), PH("lumipat kami sa "),
    PH("mo ń lọ sí "), PH("wir ziehen nach "), PH("arrivée à "), PH("עוברת ל"), PH("עובר ל"),
    PH("עברתי ל"), PH("搬到"),
    /* Thai "ย้ายไป…" (moved to), "บินไป…" (flew to), glued */
    PH("ย้ายไป"), PH("บินไป"),
    /* an office is somewhere, never someone ("Our new office in Charlotte Amalie"); a
     * location pin; "now in" after a move ("Ex-Hugo Boss, now in Glen Ellyn") */
    PH("office in "), PH("offices in "), PH("office to "), PH("\xf0\x9f\x93\x8d "),
    PH("\xf0\x9f\x93\x8d"), PH("now in "),
    /* a firm is in a place: "a role at a fintech in Charlotte Amalie" */
    PH("fintech in "), PH("startup in "), PH("start-up in "), PH("scale-up in "),
    PH("company in "), PH("firm in "), PH("agency in "), PH("bank in "), {NULL, 0}};

/* "Moving from Tokyo to …": "to" after a verb of moving and "from" in the same sentence. */
static int moving_to_before(const uint8_t *t, size_t a)
{
    if (!phrase_before(t, a, "to ", 3))
        return 0;
    static const phrase verbs[] = {PH("moving from "), PH("moved from "),
                                   PH("relocating from "), PH("relocated from "),
                                   /* a journey's end: "Road trip from Darwin to …" */
                                   PH("trip from "), PH("flight from "), PH("flew from "),
                                   PH("drive from "), PH("drove from "), PH("journey from "),
                                   PH("train from "), {NULL, 0}};
    size_t lo = a > 80 ? a - 80 : 0;
    for (size_t q = a - 3; q > lo; q--) {
        if (t[q - 1] == '.' || t[q - 1] == '!' || t[q - 1] == '?' || t[q - 1] == '\n')
            break;
        if (any_phrase_before(t, q, verbs))
            return 1;
    }
    return 0;
}

/* A legal form written with dots right after the name: "… S.A.", "… S.p.A.", "… B.V.". */
static int dotted_legal_form_after(const uint8_t *t, size_t len, size_t e)
{
    static const char *const forms[] = {" S.A.", " S.L.", " S.p.A.", " B.V.", " N.V.",
                                        " S.r.l.", " S.A.S.", " A.G.", " S.C.", " L.L.C.",
                                        " L.L.P.", NULL};
    return cjk_is(t, e, len, forms, 0);
}

/*
 * A full name the sentence uses as an employer or a place, not a person: a phrase of working
 * at or moving to right before it, an employer's marker after it (Turkish "… bünyesinde",
 * Korean "…에서 … 근무", Hindi "… में … काम", Japanese "…で…働", Chinese "在…工作"), a place's
 * (Turkish "… şehrine"), what only a firm does ("… just announced layoffs"), or a dotted
 * legal form. Not before a possessive ("worked at Anja
 * Weber's studio" may be hers).
 */
/* A measure of something before a name makes it a product or brand, never a person ("a glass
 * of Jack Daniel's", "a bottle of Johnnie Walker"). */
static const phrase product_before[] = {
    PH("a glass of "), PH("a bottle of "), PH("a cup of "), PH("a pint of "), PH("a shot of "),
    PH("a can of "), PH("a sip of "), PH("a dram of "), PH("a box of "), PH("a pack of "),
    PH("glass of "), PH("bottle of "), {NULL, 0}};

/* Where " other " starts in t[q, lim), within one clause (SIZE_MAX: not there). */
static size_t other_in_clause(const uint8_t *t, size_t q, size_t lim)
{
    for (; q + 7 <= lim; q++) {
        if (t[q] == '.' || t[q] == '!' || t[q] == '?' || t[q] == '\n' || t[q] == ',')
            break;
        if (memcmp(t + q, " other ", 7) == 0)
            return q;
    }
    return SIZE_MAX;
}

/* "<name> and (two) other (tier-one) firms": the name is one of the firms. Within one clause,
 * " and ", " other " within 24 bytes, then a plural of firms within 24 more, a whole word
 * (not a possessive: "and the other firms' lawyers"). */
static int one_of_other_firms(const uint8_t *t, size_t len, size_t e)
{
    static const char *const firms[] = {"firms", "companies", "banks", "brands", "retailers",
                                        "startups", "agencies", "insurers", "airlines",
                                        "manufacturers", "vendors", "suppliers", "publishers",
                                        "studios", "employers", NULL};
    if (e + 5 > len || memcmp(t + e, " and ", 5) != 0)
        return 0;
    size_t o = other_in_clause(t, e + 4, e + 4 + 24 < len ? e + 4 + 24 : len);
    if (o == SIZE_MAX)
        return 0;
    size_t q = o + 7, lim = q + 24 < len ? q + 24 : len;
    for (; q < lim && t[q] != '.' && t[q] != ',' && t[q] != '\n'; q++) {
        if (t[q - 1] != ' ' && t[q - 1] != '-')
            continue;
        for (size_t k = 0; firms[k]; k++) {
            size_t n = strlen(firms[k]);
            if (q + n <= len && memcmp(t + q, firms[k], n) == 0 &&
                (q + n == len || t[q + n] == ' ' || t[q + n] == '.' || t[q + n] == ',' ||
                 t[q + n] == '!' || t[q + n] == '\n'))
                return 1;
        }
    }
    return 0;
}

/* Whether what follows a possessive ending at pe is no noun it could possess: the end, a
 * punctuation mark, CJK text glued to it, or a preposition or conjunction. */
static int possessive_of_nothing(const uint8_t *t, size_t len, size_t pe)
{
    static const char *const next[] = {"before", "after", "until", "during", "for", "as",
                                       "in", "im", "and", "und", NULL};
    if (pe >= len || t[pe] >= 0xE0 || t[pe] == '.' || t[pe] == ',' || t[pe] == ';' ||
        t[pe] == ':' || t[pe] == '!' || t[pe] == '?' || t[pe] == ')' || t[pe] == '\n')
        return 1;
    if (t[pe] != ' ')
        return 0;
    size_t q = pe + 1, w = q;
    while (w < len && t[w] >= 'a' && t[w] <= 'z')
        w++;
    return w > q && (w == len || !(t[w] >= 'A' && t[w] <= 'Z')) && word_is(t, q, w, next);
}

/* A period of work right after the name: " from 2007", " since 2019" (a year 1900–2099 as a
 * whole number). */
static int work_period_after(const uint8_t *t, size_t len, size_t e)
{
    size_t q = e;
    if (q + 6 <= len && !memcmp(t + q, " from ", 6))
        q += 6;
    else if (q + 7 <= len && !memcmp(t + q, " since ", 7))
        q += 7;
    else
        return 0;
    return q + 4 <= len && ((t[q] == '1' && t[q + 1] == '9') || (t[q] == '2' && t[q + 1] == '0')) &&
           t[q + 2] >= '0' && t[q + 2] <= '9' && t[q + 3] >= '0' && t[q + 3] <= '9' &&
           (q + 4 == len || t[q + 4] < '0' || t[q + 4] > '9');
}

static int employer_or_place(const askf__names *nm, const uint8_t *t, size_t len, size_t a,
                             const tail *ta, size_t e)
{
    if (one_of_other_firms(t, len, e))
        return 1;
    /* "I worked with Asha Reddy at Marcus Evans from 2014 to 2017": a person is with someone
     * for a time, at a firm */
    if (phrase_before(t, a, "at ", 3) && work_period_after(t, len, e))
        return 1;
    if (in_list_before(t, a, ta, &nm->ix[PL_EMPLOYER]) ||
        in_list_before(t, a, ta, &nm->ix[PL_PLACE]) || moving_to_before(t, a))
        return !(a >= 3 && !memcmp(t + a - 3, "\xe5\x9c\xa8", 3)) || /* 在 … 工作/实习 */
               marker_then_word(t, len, e, "", "\xe5\xb7\xa5\xe4\xbd\x9c", 12) ||
               marker_then_word(t, len, e, "", "\xe5\xae\x9e\xe4\xb9\xa0", 12) ||
               marker_then_word(t, len, e, "", "\xe4\xb8\x8a\xe7\x8f\xad", 12); /* 上班 */
    /* the name as the end of a longer firm name after a phrase of working at ("Interviewing
     * at Booz Allen Hamilton", the member being Allen Hamilton): one capitalised word of
     * letters between (not a title: "worked at Dr …" has a dot) */
    size_t w = a >= 2 && t[a - 1] == ' ' ? a - 1 : 0;
    while (w > 0 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
        w--;
    if (w + 1 < a - 1 && t[w] >= 'A' && t[w] <= 'Z') {
        tail tw;
        tail_at(t, w, &tw);
        if (in_list_before(t, w, &tw, &nm->ix[PL_EMPLOYER]))
            return 1;
    }
    static const char *const firm_acts[] = {" just announced layoffs", " announced layoffs",
                                            " laid off ", " lays off ", " went public",
                                            " filed for bankruptcy", " was acquired", NULL};
    for (size_t k = 0; firm_acts[k]; k++)
        if (marker_then_word(t, len, e, firm_acts[k], "", 0))
            return 1;
    if (a >= 5 && !memcmp(t + a - 5, "\xd8\xa8\xd9\x87 ", 5) && /* به … پیوستم (fa: joined) */
        marker_then_word(t, len, e, " ", "\xd9\xbe\xdb\x8c\xd9\x88\xd8\xb3\xd8\xaa\xd9\x85", 2))
        return 1;
    return dotted_legal_form_after(t, len, e) ||
           marker_then_word(t, len, e, " b\xc3\xbc" "nyesinde", "", 0) ||
           marker_then_word(t, len, e, " b\xc3\xbc" "nyesine", "", 0) ||
           /* Tamil "… நிறுவனத்தில்" (at the company …), Hindi "… में … जॉइन" (joined) */
           marker_then_word(t, len, e, " \xe0\xae\xa8\xe0\xae\xbf\xe0\xae\xb1\xe0\xaf\x81"
                                       "\xe0\xae\xb5\xe0\xae\xa9", "", 0) ||
           marker_then_word(t, len, e, " \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82 ",
                            "\xe0\xa4\x9c\xe0\xa5\x89\xe0\xa4\x87\xe0\xa4\xa8", 80) ||
           marker_then_word(t, len, e, " \xc5\x9f" "ehrine", "", 0) ||
           marker_then_word(t, len, e, "\xec\x97\x90\xec\x84\x9c ", "\xea\xb7\xbc\xeb\xac\xb4", 24) ||
           marker_then_word(t, len, e, " \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82 ",
                            "\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xae", 40) ||
           marker_then_word(t, len, e, "\xe3\x81\xa7", "\xe5\x83\x8d", 15);
}

/* Joining written around the name in languages that put the verb after it or glue it: Chinese
 * "加入…啦", "入职…" (joined; not "加入…的团队", a person's team), Japanese "…に入社", "…に転職",
 * Korean "…에 입사" / "에 합류", Bengali "… এ যোগ দিয়েছি", Turkish "… ailesine katıldım" (joined
 * the … family) and "…'e katıldım", Hindi-English "… join किया". */
static int joined_around(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (!(a >= 6 && (t[a - 1] >= 0x80 || t[a - 1] == '-')) &&
        !(e < len && (t[e] >= 0x80 || t[e] == ' ' || t[e] == '\'' || t[e] == '-')))
        return 0;
    if (a >= 6 && !memcmp(t + a - 6, "\xe5\x8a\xa0\xe5\x85\xa5", 6) && /* 加入 */
        !(e + 3 <= len && !memcmp(t + e, "\xe7\x9a\x84", 3)))                /* 的 */
        return 1;
    /* Hebrew "הצטרפתי ל-…" (I joined), the preposition joined by a hyphen */
    if (a >= 18 && !memcmp(t + a - 18, "\xd7\x94\xd7\xa6\xd7\x98\xd7\xa8\xd7\xa4\xd7\xaa\xd7\x99 \xd7\x9c-", 18) &&
        join_end(t, len, e))
        return 1;
    if (a >= 6 && !memcmp(t + a - 6, "\xe5\x85\xa5\xe8\x81\x8c", 6) && /* 入职 */
        !(e + 3 <= len && !memcmp(t + e, "\xe7\x9a\x84", 3)))
        return 1;
    /* Turkish: the dative suffix after an apostrophe, "…'e/'a/'ye/'ya katıldım" */
    if (e + 2 < len && (t[e] == '\'' || (e + 4 < len && t[e] == 0xE2 && t[e + 1] == 0x80 &&
                                         t[e + 2] == 0x99))) {
        size_t q = e + (t[e] == '\'' ? 1 : 3);
        if (q < len && t[q] == 'y')
            q++;
        if (q + 8 <= len && (t[q] == 'e' || t[q] == 'a') && !memcmp(t + q + 1, " kat\xc4\xb1l", 7))
            return 1;
    }
    static const char *const glued[] = {"\xe3\x81\xab\xe5\x85\xa5\xe7\xa4\xbe", /* に入社 */
                                        "\xe3\x81\xab\xe8\xbb\xa2\xe8\x81\xb7", /* に転職 */
                                        " \xe0\xa6\x8f \xe0\xa6\xaf\xe0\xa7\x8b\xe0\xa6\x97", /* এ যোগ (bn) */
                                        "-\xe0\xa6\x8f \xe0\xa6\xaf\xe0\xa7\x8b\xe0\xa6\x97", /* -এ যোগ */
                                        "\xec\x97\x90 \xec\x9e\x85\xec\x82\xac", /* 에 입사 */
                                        "\xec\x97\x90 \xed\x95\xa9\xeb\xa5\x98", /* 에 합류 */
                                        NULL};
    if (cjk_is(t, e, len, glued, 0))
        return 1;
    return marker_then_word(t, len, e, " ailesine ", "kat\xc4\xb1l", 0) || /* katıl… */
           marker_then_word(t, len, e, " join ", "\xe0\xa4\x95\xe0\xa4\xbf", 0) || /* कि… */
           marker_then_word(t, len, e, " join ", "ki", 0);
}

/* Whether the ASCII word ending at e is a salutation that addresses someone by name ("hi",
 * "dear", "thanks", ...), not a greeting word that is also an adjective ("Good job!", "Nice
 * work!", "Well done!"). */
/* Whether a vocative ends at e: ',' or '!', the end of the text or line, or after one space a
 * dash or an emoji ("Hello penny — congrats", "Makasih amber 🙏"). */
static int vocative_end(const uint8_t *t, size_t len, size_t e)
{
    if (e == len || t[e] == ',' || t[e] == '!' || t[e] == '\n')
        return 1;
    if (t[e] != ' ' || e + 3 >= len)
        return 0;
    const uint8_t *q = t + e + 1;
    return (q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x93 || q[2] == 0x94)) ||
           (q[0] == 0xF0 && q[1] == 0x9F);
}

static int salutation_before(const uint8_t *t, size_t e)
{
    static const char *const words[] = {"hi", "hey", "hello", "dear", "thanks", "thx", "cheers",
                                        "congrats", "welcome", "hallo", "hola", "ciao", "oi",
                                        "salut", "bonjour", "merci", "danke", "gracias", "grazie",
                                        "obrigado", "obrigada", "hej", "hoi", "yo", "tack",
                                        "makasih", "dankjewel", "dankuwel", "sevgili", NULL};
    size_t b = e;
    while (b > 0 && e - b < 9 && ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z'))
        b--;
    if (b > 0 && (ascii_cls[t[b - 1]] & 3))
        return 0;
    uint8_t w[9];
    for (size_t k = b; k < e; k++)
        w[k - b] = (uint8_t)(t[k] | 32);
    return word_is(w, 0, e - b, words);
}

/* Right after a name: ", City" (a comma, a space, a capitalised word). */
static int city_after(const uint8_t *t, size_t len, size_t e)
{
    return e + 3 < len && t[e] == ',' && t[e + 1] == ' ' &&
           ((t[e + 2] >= 'A' && t[e + 2] <= 'Z') || (t[e + 2] >= 0xC3 && t[e + 2] <= 0xD4));
}

/* Whether the name at t[a] is the path segment of a firm's page: right after a segment
 * "company", "companies", "organization(s)", "employer(s)", or first in the path of a jobs
 * board's host ("jobs.lever.co/…", "boards.greenhouse.io/…", "careers.…"). */
static int company_slug(const uint8_t *t, size_t a)
{
    if (a < 2 || t[a - 1] != '/')
        return 0;
    size_t s = a - 1;
    while (s > 0 && t[s - 1] != '/' && t[s - 1] != ' ' && a - s < 64)
        s--;
    size_t n = a - 1 - s;
    static const char *const segs[] = {"company", "companies", "organization", "organizations",
                                       "organisation", "organisations", "employer",
                                       "employers", NULL};
    if (word_is(t, s, a - 1, segs))
        return 1;
    static const char *const boards[] = {"jobs.", "careers.", "boards.", "apply.", NULL};
    int host = memchr(t + s, '.', n) != NULL && (s == 0 || t[s - 1] != '/' ||
                                                  (s >= 2 && t[s - 2] == '/'));
    for (size_t k = 0; host && boards[k]; k++)
        if (n > strlen(boards[k]) && memcmp(t + s, boards[k], strlen(boards[k])) == 0)
            return 1;
    return 0;
}

/* A name in the path of a link on a documentation host (RFC 2606: example.com, .net, .org,
 * the .example name and their subdomains): a placeholder ("linkedin.example/in/anja-weber",
 * "https://www.example.org/team/anja-weber"). */
static int doc_host_path(const uint8_t *t, size_t a)
{
    if (a < 2 || t[a - 1] != '/')
        return 0;
    size_t b = a;
    while (b > 0 && a - b < 256 && t[b - 1] > ' ' && t[b - 1] < 0x7F && t[b - 1] != '<' &&
           t[b - 1] != '(' && t[b - 1] != '"')
        b--;
    size_t h = b;
    for (size_t i = b; i + 3 <= a; i++)
        if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/') {
            h = i + 3;
            break;
        }
    size_t he = h;
    while (he < a && t[he] != '/')
        he++;
    return askf__pii_doc_host((const char *)t + h, he - h);
}

/* A colleague, named right before a person ("my colleague …", "meine Kollegin …"). */
static const phrase colleague_before[] = {
    PH("colleague "), PH("coworker "), PH("co-worker "), PH("teammate "), PH("mentor "),
    PH("manager "), PH("boss "), PH("kollegin "), PH("kollege "), PH("collègue "), PH("colega "),
    PH("collega "), PH("collega's "), PH("mr "), PH("mr. "), PH("mrs "), PH("mrs. "), PH("ms "),
    PH("ms. "), PH("dr "), PH("dr. "), PH("prof. "), PH("herr "), PH("frau "), PH("señor "),
    PH("señora "), PH("monsieur "), PH("madame "), {NULL, 0}};

/* Phrases that speak to or of a person right before a name: thanks, congratulations, a
 * shout-out, time spent with someone ("Congrats to Tom Tailor on the promotion", "Had coffee
 * with Jack Wolfskin", "Shout-out to Thomas Sabo's team"). A firm is thanked too, so these
 * count only against the stop list, whose names are people as often as firms. */
static const phrase person_cue_before[] = {
    PH("congrats to "), PH("congratulations to "), PH("thanks to "), PH("thank you to "),
    PH("shout-out to "), PH("shoutout to "), PH("shout out to "), PH("kudos to "),
    PH("coffee with "), PH("lunch with "), PH("dinner with "), PH("chat with "),
    PH("chatted with "), PH("met with "), PH("catching up with "), PH("caught up with "),
    PH("danke an "), PH("glückwunsch an "), PH("merci à "), PH("gracias a "), PH("grazie a "),
    PH("obrigado a "), PH("obrigada a "), {NULL, 0}};

/* Near a place, the phrase right before a name that ends in a place word ("Team offsite near
 * Lincoln Park", "Encontro perto de …", "Büro in der Nähe von …"); not "to", "a" or "sa",
 * which also thank a person ("Thanks to Jiwoo Park", "Gracias a …", "Salamat sa …"). */
static const phrase near_before[] = {
    PH("near "), PH("right by "), PH("close to "), PH("cerca de "), PH("cerca del "),
    PH("perto de "), PH("perto do "), PH("perto da "), PH("vicino a "), PH("vicino al "),
    PH("in der nähe von "), PH("junto al "), PH("junto a "), PH("bij "), PH("nach "), PH("naar "),
    PH("à côté de "), PH("près de "), PH("meets at "), {NULL, 0}};

/* The lists of phrase_ix, in the order of PL_*. */
static const phrase *const indexed_lists[PL_N] = {
    [PL_EMPLOYER] = employer_before, [PL_PLACE] = place_before, [PL_PRODUCT] = product_before,
    [PL_NEAR] = near_before, [PL_COLLEAGUE] = colleague_before,
    [PL_PERSON_CUE] = person_cue_before};

static int tail_cmp(const void *x, const void *y)
{
    const phrase_tail *a = x, *b = y;
    if (a->cps != b->cps)
        return a->cps < b->cps ? -1 : 1;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->k < b->k ? -1 : a->k > b->k;
}

/* Hash every indexed list's phrases as tail_at hashes the text before a name, and sort them
 * so in_list_before finds those of a hash by bisection. */
static int build_phrase_ix(askf__names *nm)
{
    for (int l = 0; l < PL_N; l++) {
        phrase_ix *ix = &nm->ix[l];
        size_t n = 0;
        ix->list = indexed_lists[l];
        while (ix->list[n].s)
            n++;
        ix->tail = askf__calloc(n, sizeof *ix->tail);
        if (!ix->tail)
            return -1;
        for (size_t k = 0; k < n; k++) {
            tail tl;
            size_t cps = tail_at((const uint8_t *)ix->list[k].s, ix->list[k].n, &tl);
            ix->tail[k] = (phrase_tail){tl.h[cps], (uint16_t)cps, (uint16_t)k};
        }
        qsort(ix->tail, n, sizeof *ix->tail, tail_cmp);
        size_t k = 0;
        for (size_t c = 0; c <= TAIL_CPS + 1; c++) {
            while (k < n && ix->tail[k].cps < c)
                k++;
            ix->from[c] = k;
        }
    }
    return 0;
}

/* Past a place's qualifier after its name: " (NT)", ", Chicago", ", CA", " in East London"
 * (capitalised words), so that what follows the whole place can be read. */
static size_t past_place_qualifier(const uint8_t *t, size_t len, size_t e)
{
    if (e + 5 <= len && t[e] == ' ' && t[e + 1] == '(' && t[e + 2] >= 'A' && t[e + 2] <= 'Z' &&
        t[e + 3] >= 'A' && t[e + 3] <= 'Z' && t[e + 4] == ')')
        return e + 5;
    size_t q;
    if (e + 2 < len && t[e] == ',' && t[e + 1] == ' ')
        q = e + 2;
    else if (e + 4 < len && !memcmp(t + e, " in ", 4))
        q = e + 4;
    else
        return e;
    size_t end = q;
    for (int words = 0; words < 3 && end < len && t[end] >= 'A' && t[end] <= 'Z'; words++) {
        size_t w = end;
        while (w < len && ((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z'))
            w++;
        end = w;
        if (!(end + 1 < len && t[end] == ' ' && t[end + 1] >= 'A' && t[end + 1] <= 'Z'))
            break;
        end++;
    }
    return end > q ? end : e;
}

/* Going or moving to the place before: Korean "…로 이사", Japanese "…に引っ越", Turkish
 * "… bölgesine", Hindi "… जा रही/रहा", Bengali "… যাচ্ছি", Tamil "… செல்கிறேன்", Persian
 * "… نقل مکان", Chinese "…了" after "搬到" (the phrase list has "搬到"). */
static int moving_marker_at(const uint8_t *t, size_t len, size_t q)
{
    static const char *const m[] = {
        "\xeb\xa1\x9c \xec\x9d\xb4\xec\x82\xac", "\xec\x9c\xbc\xeb\xa1\x9c \xec\x9d\xb4\xec\x82\xac",
        "\xe3\x81\xab\xe5\xbc\x95\xe3\x81\xa3\xe8\xb6\x8a", " b\xc3\xb6lgesine",
        " \xe0\xa4\x9c\xe0\xa4\xbe \xe0\xa4\xb0\xe0\xa4\xb9",
        " \xe0\xa6\xaf\xe0\xa6\xbe\xe0\xa6\x9a\xe0\xa7\x8d\xe0\xa6\x9b\xe0\xa6\xbf",
        " \xe0\xae\x9a\xe0\xaf\x86\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xbf\xe0\xae\xb1\xe0\xaf\x87\xe0\xae\xa9\xe0\xaf\x8d",
        " \xd9\x86\xd9\x82\xd9\x84 \xd9\x85\xda\xa9\xd8\xa7\xd9\x86", NULL};
    return cjk_is(t, q, len, m, 0);
}

/* Lowercase words that may follow "the <name>" when the name is a person's ("the Anja Weber
 * who…", "the Anja Weber of…", "the Anja Weber and…"). */
static int relative_word(const uint8_t *w, size_t n)
{
    static const char *const words[] = {"who", "whom", "whose", "that", "of", "from", "and",
                                        "or", "i", "we", "you", NULL};
    return word_is(w, 0, n, words);
}

/* Vietnamese addresses put the house number before the street, which is often named after a
 * person: "số 12 Lê Lợi", "số 5A Nguyễn Huệ". */
static int house_number_before(const uint8_t *t, size_t a)
{
    if (a < 2 || t[a - 1] != ' ')
        return 0;
    size_t q = a - 1;
    if (q > 0 && ((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z'))
        q--; /* a letter after the number: "5A" */
    size_t d = q;
    while (q > 0 && t[q - 1] >= '0' && t[q - 1] <= '9' && d - q < 4)
        q--;
    if (q == d || q < 5)
        return 0;
    return !memcmp(t + q - 5, "s\xe1\xbb\x91 ", 5) && (q == 5 || !(ascii_cls[t[q - 6]] & 3));
}

/* Whether word w is one space before word v, v being at most max bytes long with the space
 * ("winkel van", "dołączam do"). */
static int word_then_space(const uint8_t *t, prevw w, prevw v, size_t max)
{
    return w.raw && t[w.end] == ' ' && v.end - w.end <= max &&
           !memchr(t + w.end + 1, ' ', v.end - w.end - 1);
}

/* Whether the word of key k is a verb of joining ("joined"), or ends one of two words with
 * the word before it, w ("dołączam do"; two: w is one space before it). */
static int join_verb(const askf__names *nm, uint64_t k, int two, prevw w)
{
    return tab_get(&nm->join_w, k) || tab_get(&nm->join_phr, k) ||
           (two && tab_get(&nm->join_phr, seq_next(key_of(w.raw), k)));
}

/* A year ("2021"), with a month before it ("02.2018", "05/2019", "May 2024"), from t[*i];
 * *i moves past it. */
static int year_at(const uint8_t *t, size_t len, size_t *i)
{
    size_t q = *i, a = q;
    while (q < len && q - a < 10 && ((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z'))
        q++;
    if (q > a && q - a >= 3 && q < len && t[q] == ' ')
        q++; /* a month's name */
    else if (q == a && q + 2 < len && t[q] >= '0' && t[q] <= '9' &&
             (t[q + 1] == '.' || t[q + 1] == '/' ||
              (t[q + 1] >= '0' && t[q + 1] <= '9' && (t[q + 2] == '.' || t[q + 2] == '/'))))
        q += t[q + 1] == '.' || t[q + 1] == '/' ? 2 : 3; /* a month's number */
    else
        q = a;
    if (q + 4 > len || !((t[q] == '1' && t[q + 1] == '9') || (t[q] == '2' && t[q + 1] == '0')) ||
        t[q + 2] < '0' || t[q + 2] > '9' || t[q + 3] < '0' || t[q + 3] > '9' ||
        (q + 4 < len && t[q + 4] >= '0' && t[q + 4] <= '9'))
        return 0;
    *i = q + 4;
    return 1;
}

/* A line of a profile's experience: a separator before the name ('·', '|', '｜', '—', '–'
 * and a space, or glued) and a range of dates right after it, or on the next line ("product
 * manager · Thomas Sabo 02.2018 – 10.2022 · Λάρισα"): the name is the employer's. */
static int experience_slot(const uint8_t *t, size_t len, size_t s, size_t e)
{
    size_t b = s > 0 && t[s - 1] == ' ' ? s - 1 : s;
    int sep = (b >= 1 && t[b - 1] == '|') ||
              (b >= 2 && t[b - 2] == 0xC2 && t[b - 1] == 0xB7) ||
              (b >= 3 && t[b - 3] == 0xEF && t[b - 2] == 0xBD && t[b - 1] == 0x9C) ||
              (b >= 3 && t[b - 3] == 0xE2 && t[b - 2] == 0x80 &&
               (t[b - 1] == 0x93 || t[b - 1] == 0x94));
    if (!sep || e >= len || (t[e] != ' ' && t[e] != '\n'))
        return 0; /* (the dates often on the next line) */
    size_t i = e + 1;
    if (!year_at(t, len, &i))
        return 0;
    while (i < len && t[i] == ' ')
        i++;
    if (i < len && t[i] == '-')
        i++;
    else if (i + 3 <= len && t[i] == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x93 || t[i + 2] == 0x94))
        i += 3;
    else
        return 0;
    while (i < len && t[i] == ' ')
        i++;
    return year_at(t, len, &i) || (i < len && ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z'));
}

/*
 * Whether a full name t[k->start, e) (its tokens k and nx[0, best); p1..p3 the words
 * before it) is a firm, a place or an institution by its context, not a person: the words
 * around it, or a phrase of the stop list without a person's cue before it. Runs only after
 * a full-name match.
 */
/* Whether a time stands before a, then ", ": the venue's slot of an event line ("Memorial:
 * 2021/10/12, 09:15-11:00, Sydney.", "…, 1:15 PM, Virginia Beach", "…, 13h30, Florence"). */
static int time_then_comma_before(const uint8_t *t, size_t a)
{
    if (a < 6 || t[a - 1] != ' ' || t[a - 2] != ',')
        return 0;
    size_t e = a - 2, b = e;
    if (e >= 3 && (t[e - 1] | 32) == 'm' && ((t[e - 2] | 32) == 'a' || (t[e - 2] | 32) == 'p') &&
        t[e - 3] == ' ')
        e -= 3, b = e; /* " AM", " PM" */
    int sep = 0, digits = 0;
    while (b > 0 && e - b < 16) {
        uint8_t c = t[b - 1];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c == ':' || c == 'h')
            sep++;
        else if (!(c == '-' || c == '.' || c == 0x80 || c == 0x93 || c == 0xE2))
            break; /* (also the en dash of a range, E2 80 93) */
        b--;
    }
    return sep && digits >= 3 && (b == 0 || t[b - 1] == ' ');
}

/* Whether the field at a stands in a text table's or CSV export's column whose header word is
 * one of cols. */
static int table_column_in(askf_pii_scratch *s, size_t a, const char *const *cols)
{
    char w[16];
    size_t n = askf__pii_table_column(s, a, w, sizeof w);
    return n && word_is((const uint8_t *)w, 0, n, cols);
}

/* A name in a table's column of places or firms ("name,city,order" over "…,\"Alice
 * Springs\",886 880 5558"): the header names what the column holds. */
static int place_or_firm_column(askf_pii_scratch *s, size_t a)
{
    static const char *const cols[] = {"city", "town", "location", "place", "venue", "region",
                                       "country", "ciudad", "cidade", "ville", "stadt", "ort",
                                       "citta", "company", "employer", "organization", "org",
                                       "firma", "empresa", "entreprise", "azienda", NULL};
    return table_column_in(s, a, cols);
}

/* A name where only a person's name stands, whatever its words: a vCard's FN property
 * ("FN:Peter England"), a table's column of names ("Name\tRole\tPhone" over "Stanley
 * Park\t…"). */
static int name_field(askf_pii_scratch *s, const uint8_t *t, size_t a)
{
    static const char *const cols[] = {"name", "fullname", "nombre", "nom", "nome", "naam",
                                       "contact", "member", "employee", NULL};
    if (a >= 3 && t[a - 1] == ':' && t[a - 2] == 'N' && t[a - 3] == 'F' &&
        (a == 3 || t[a - 4] == '\n'))
        return 1; /* (N: holds "Family;Given", no full name as written) */
    return table_column_in(s, a, cols);
}

/* A name written as an address's display name, "<…@…>" right after it ("Me escreve em Jack
 * Mensah <jackmensah@hotmail.co.uk>"): a person, whatever the words before. */
static int display_name(const uint8_t *t, size_t len, size_t e)
{
    if (!(e + 4 < len && t[e] == ' ' && t[e + 1] == '<'))
        return 0;
    for (size_t q = e + 2; q < len && q - e < 80 && t[q] != '>' && t[q] != ' '; q++)
        if (t[q] == '@')
            return 1;
    return 0;
}

/* The length of a dash ('-', '–' or '—') ending right before p, 0 for none. */
static size_t dash_ending_at(const uint8_t *t, size_t p)
{
    if (p >= 1 && t[p - 1] == '-')
        return 1;
    if (p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 && (t[p - 1] == 0x93 || t[p - 1] == 0x94))
        return 3;
    return 0;
}

/* The place of a profile's experience line: the name after a range of dates and a '·', and
 * ending its segment ("jul. de 2011 – o momento · João Pessoa (PB)", "Jan 2008 – Jul 2011 ·
 * Lincoln Park, Chicago"). Only letters, digits, dots and spaces between the range's dash and
 * the '·', 32 bytes at most; a year right before the dash. */
static int period_then_place(const uint8_t *t, size_t len, size_t s, size_t e)
{
    size_t b = s > 0 && t[s - 1] == ' ' ? s - 1 : s;
    if (b < 2 || t[b - 2] != 0xC2 || t[b - 1] != 0xB7)
        return 0;
    if (!(e == len || t[e] == '\n' || t[e] == ',' || (e + 1 < len && t[e] == ' ' &&
                                                      (t[e + 1] == '(' || t[e + 1] == 0xC2))))
        return 0; /* (a segment goes on to ',', '(' or the next '·') */
    /* the range's end: a year ("Jul 2011", "2022") or a word of now ("o momento", "present") */
    static const char *const now[] = {"present", "current", "now", "today", "heute", "jetzt",
                                      "hoy", "ahora", "actualidad", "presente", "atual", "agora",
                                      "o momento", "momento", "oggi", "nu", "heden", "teraz",
                                      "obecnie", NULL};
    size_t q = b - 2, lo = q > 32 ? q - 32 : 0;
    while (q > lo && t[q - 1] == ' ')
        q--;
    size_t qend = q;
    while (q > lo && (t[q - 1] == ' ' || t[q - 1] == '.' ||
                      ((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z') ||
                      (t[q - 1] >= '0' && t[q - 1] <= '9')))
        q--;
    size_t i = q;
    while (i < qend && t[i] == ' ')
        i++;
    size_t j = i;
    if (!(year_at(t, len, &j) && j == qend)) {
        char w[12];
        size_t n = qend - i;
        if (n == 0 || n >= sizeof w)
            return 0;
        for (size_t z = 0; z < n; z++)
            w[z] = (char)(t[i + z] | 32);
        if (!word_is((const uint8_t *)w, 0, n, now))
            return 0;
    }
    /* the range's dash */
    size_t dl = dash_ending_at(t, q);
    if (!dl)
        return 0;
    size_t d = q - dl;
    while (d > 0 && t[d - 1] == ' ' && q - d < 40)
        d--;
    return d >= 4 && ((t[d - 4] == '1' && t[d - 3] == '9') || (t[d - 4] == '2' && t[d - 3] == '0')) &&
           t[d - 2] >= '0' && t[d - 2] <= '9' && t[d - 1] >= '0' && t[d - 1] <= '9' &&
           (d == 4 || t[d - 5] < '0' || t[d - 5] > '9');
}

/* A profile header's location: the segment right before its count of connections ("Nikhil
 * Kapoor · Technical Recruiter at Halden · Lincoln Park, Chicago · 500+ connections"): after
 * the name, a region or city after a comma, then " · ", a number and the word. */
static int header_location(const uint8_t *t, size_t len, size_t e)
{
    static const char *const conn[] = {"connections", "connection", "conex\xc3\xb5" "es",
                                       "conexiones", "Kontakte", "relations", "contactos",
                                       "collegamenti", "connexions", NULL};
    size_t q = e;
    if (q + 2 < len && t[q] == ',' && t[q + 1] == ' ' && t[q + 2] >= 'A' && t[q + 2] <= 'Z') {
        q += 2;
        while (q < len && q - e < 40 && (ascii_cls[t[q]] || t[q] >= 0x80 || t[q] == ' ') &&
               !(t[q] == ' ' && q + 1 < len && t[q + 1] == 0xC2))
            q++;
    }
    if (q + 4 > len || t[q] != ' ' || t[q + 1] != 0xC2 || t[q + 2] != 0xB7 || t[q + 3] != ' ')
        return 0;
    q += 4;
    size_t d = q;
    while (q < len && q - d < 6 && t[q] >= '0' && t[q] <= '9')
        q++;
    if (q == d)
        return 0;
    if (q < len && t[q] == '+')
        q++;
    if (q >= len || t[q] != ' ')
        return 0;
    size_t w = ++q;
    while (q < len && q - w < 16 && (ascii_cls[t[q]] || t[q] >= 0x80))
        q++;
    return word_is(t, w, q, conn);
}

static int full_name_not_person(const askf__names *nm, const uint8_t *t, size_t len, const tok *k,
                                const tok *nx, size_t best, prevw p1, prevw p2, prevw p3)
{
    size_t e = nx[best - 1].end;
    /* the phrase itself is a company/place, or a company word follows */
    uint64_t ps = k->key;
    for (size_t z = 0; z < best; z++)
        ps = seq_next(ps, nx[z].key);
    int stop = tab_get(&nm->stop, ps) != 0;
    int adj = p1.raw && k->start == p1.end + 1 && t[p1.end] == ' '; /* p1, one space, the name */
    if (experience_slot(t, len, k->start, e) || period_then_place(t, len, k->start, e) ||
        header_location(t, len, e))
        return 1;
    /* the name is the tail of a firm's name: the capitalised word before and its first
     * word are a phrase of the stop list ("Booz Allen Hamilton", the member Allen Hamilton) */
    if (adj && p1.cap && tab_get(&nm->stop, seq_next(key_of(p1.raw), k->key)))
        return 1;
    /* or its head: its last word, " & " and the next word are one ("Stanley Black &
     * Decker", the member Stanley Black; the list writes "Black & Decker" without '&') */
    if (e + 3 < len && t[e] == ' ' && t[e + 1] == '&' && t[e + 2] == ' ') {
        tok a;
        tok_next(t, len, e + 3, &a);
        if (a.kind == CL_WORD && a.cap && a.start == e + 3 &&
            tab_get(&nm->stop, seq_next(nx[best - 1].key, a.key)))
            return 1;
    }
    size_t pe = e + possessive_at(t, len, e); /* past a possessive ("Anja Weber's") */
    /* the local part of an address ("ayu-rahmawati@example.org", a placeholder the e-mail
     * rule leaves alone; a name with a space is none: "Joël André@nhoang" is a mention glued
     * on) */
    if (e < len && t[e] == '@' && !memchr(t + k->start, ' ', e - k->start))
        return 1;
    /* a drink: "Jack Daniel's and coke" */
    static const char *const drinks[] = {" and coke", " and Coke", " & coke", " on the rocks", NULL};
    for (size_t d = 0; pe > e && drinks[d]; d++)
        if (marker_then_word(t, len, pe, drinks[d], "", 0))
            return 1;
    /* "place Victor Hugo": a place word right before the name */
    if ((adj || (p1.raw && k->start == p1.end + 2 && t[p1.end] == '.' && t[p1.end + 1] == ' ' &&
                 short_word_before(t, p1.end))) &&
        tab_get(&nm->precede_neg, key_of(p1.raw)) &&
        !(adj && !p1.cap && p1.end >= 2 && (p1.end == 2 || !(ascii_cls[t[p1.end - 3]] & 3))))
        return 1; /* (also abbreviated: "Jl. Gatot Subroto", "Av. Paulista"; an abbreviation
                   * of two letters without its dot only capitalised: Swedish "föredrag av
                   * Sören Larsson" is "a talk by") */
    if (adj && word_then_space(t, p2, p1, 6) && tab_get(&nm->of_w, key_of(p1.raw)) &&
        tab_get(&nm->precede_neg, key_of(p2.raw)))
        return 1; /* "Nieuwe winkel van Albert Heijn", "calle de …" */
    /* an employer joined: "Just joined Albert Heijn!", "Dołączam do Albert Heijn!";
     * its former colleagues: "Ex compañeros de Albert Heijn" */
    if (adj && pe == e) {
        int two = word_then_space(t, p2, p1, 40);
        uint64_t k1 = key_of(p1.raw);
        /* (the byte tests of join_end first: most names go on with a word) */
        if (join_end(t, len, e) && join_verb(nm, k1, two, p2))
            return 1;
        /* (a Dutch plural in "'s" is two tokens: "Oud-collega's van …") */
        uint64_t kc = p2.end >= 3 && t[p2.end - 2] == '\'' && (t[p2.end - 1] | 32) == 's' && p3.raw
                          ? key_of(p3.raw)
                          : key_of(p2.raw);
        if (two && tab_get(&nm->of_w, k1) && tab_get(&nm->colleague, kc))
            return 1;
        /* or a longer firm name that ends in the member's name, joined: "Joined Booz
         * Allen Hamilton as an analyst" (the member being Allen Hamilton) */
        if (two && p1.cap && join_end(t, len, e)) {
            int three = word_then_space(t, p3, p2, 40);
            if (join_verb(nm, key_of(p2.raw), three, p3))
                return 1;
        }
    }
    if (joined_around(t, len, k->start, e))
        return 1;
    /* the letters before the name, for the phrase lists read there */
    tail tk;
    tail_at(t, k->start, &tk);
    /* (also with a possessive: "a glass of Jack Daniel's") */
    if (in_list_before(t, k->start, &tk, &nm->ix[PL_PRODUCT]))
        return 1;
    if (pe == e && employer_or_place(nm, t, len, k->start, &tk, e))
        return 1;
    /* a possessive that possesses nothing after a phrase of working at: a brand written so
     * ("I interned at Jack Daniel's before grad school", "我之前在Jack Daniel's实习"); "worked
     * at Anja Weber's side" goes on with a noun */
    if (pe > e && possessive_of_nothing(t, len, pe) && employer_or_place(nm, t, len, k->start, &tk, pe))
        return 1;
    /* a place: the name ends in a place word ("Grant Park", "Beverly Hills") after a
     * place preposition ("on Jordan Lake", "lunch in Grant Park", "aus Victoria
     * Island") or "the" ("The Regent Park community centre"); or it starts with one
     * ("Mount Vernon", "Lake Placid"); or "in" before and ", City" after ("in Queen
     * Anne, Seattle") */
    int place_end = tab_get(&nm->follow_neg, nx[best - 1].key) != 0;
    /* an event line's venue after its time ("…, 09:15-11:00, Alice Springs.") */
    if (place_end && time_then_comma_before(t, k->start))
        return 1;
    /* (not before a possessive: "in Jiwoo Park's team" is a person's) */
    int before = adj && pe == e;
    uint64_t pk = before ? key_of(p1.raw) : 0;
    if (before && place_end && (tab_get(&nm->place_prep, pk) || pk == nm->the_key))
        return 1;
    /* greetings sent from a place: "Greetings from Lincoln Park!", "Love from Victoria Falls"
     * (a greeting word, "from", a name ending in a place word) */
    if (before && place_end && pk == nm->from_key && word_then_space(t, p2, p1, 8) &&
        tab_get(&nm->greet, key_of(p2.raw)))
        return 1;
    if (before && tab_get(&nm->city_prep, pk) && city_after(t, len, e))
        return 1;
    if (tab_get(&nm->place_first, k->key))
        return 1;
    /* "Ex-Merrill Lynch": a former employer */
    if (k->start >= 3 && t[k->start - 1] == '-' && (t[k->start - 2] | 0x20) == 'x' &&
        (t[k->start - 3] | 0x20) == 'e' && (k->start == 3 || !(ascii_cls[t[k->start - 4]] & 3)))
        return 1;
    tok after;
    tok_next(t, len, pe, &after);
    /* (an affiliation in parentheses is the person's: "Prof. Stephen Little (University
     * of Lagos)") */
    int paren = after.kind == CL_WORD && after.start > pe && after.start - pe <= 2 &&
                memchr(t + pe, '(', after.start - pe) != NULL;
    /* (nor across a sentence's end: "Grazie a Bruna Gonçalves. Company page: …") */
    int ends = 0;
    for (size_t q = pe; after.kind == CL_WORD && q < after.start && after.start - pe <= 2; q++)
        ends |= t[q] == '.' || t[q] == '!' || t[q] == '?' || t[q] == '\n';
    if (after.kind == CL_WORD && after.start - pe <= 2 && !paren && !ends &&
        /* (a word of one or two letters only capitalised: "Anja Weber SA" is a firm,
         * Filipino "… sa imbitasyon" is "for the invitation") */
        ((tab_get(&nm->follow_neg, after.key) && (after.end - after.start > 2 || after.cap)) ||
         (pe == e && tab_get(&nm->follow_np, after.key)) ||
         (pe > e && tab_get(&nm->epo, after.key))))
        return 1;
    /* an organisation word, capitalised, one space after the name */
    if (after.kind == CL_WORD && pe == e && after.start == e + 1 && t[e] == ' ' && after.cap &&
        tab_get(&nm->follow_org, after.key))
        return 1;
    /* Hindi's possessive particle between the name and its shop or product: "Peter England
     * ki shirt", "Allen Solly ka showroom" ("Anja Weber ki profile" stays hers) */
    if (after.kind == CL_WORD && pe == e && after.start == e + 1 && t[e] == ' ' &&
        after.end - after.start == 2 && t[after.start] == 'k' &&
        (t[after.start + 1] == 'i' || t[after.start + 1] == 'a' || t[after.start + 1] == 'e')) {
        tok nw;
        tok_next(t, len, after.end, &nw);
        if (nw.kind == CL_WORD && nw.start == after.end + 1 && t[after.end] == ' ' &&
            nw.end - nw.start > 2 && tab_get(&nm->follow_neg, nw.key))
            return 1;
    }
    /* or one or two capitalised words of an award (award_mid_words) and then an
     * institution, an award or a place word, also capitalised: "the Max Planck Research
     * Award", "Simon Fraser Alumni Award" */
    if (after.kind == CL_WORD && pe == e && after.start == e + 1 && t[e] == ' ' && after.cap) {
        tok w = after;
        for (int n = 0; n < 2; n++) {
            tok nw;
            tok_next(t, len, w.end, &nw);
            if (!tab_get(&nm->award_mid, w.key) || nw.kind != CL_WORD || !nw.cap ||
                nw.start != w.end + 1 || t[w.end] != ' ')
                break;
            if (tab_get(&nm->follow_neg, nw.key))
                return 1;
            w = nw;
        }
    }
    /* a firm: "John Smith & Co", "Smith and Sons", "Müller & Söhne": '&' and any of
     * the firm words, or a conjunction and a capitalised one (one space around) */
    if (pe == e) {
        size_t q = e < len && t[e] == ' ' ? e + 1 : e, qn = 0;
        int amp = q < len && t[q] == '&';
        if (amp)
            qn = q + 1;
        else if (after.kind == CL_WORD && after.start == e + 1 && t[e] == ' ' &&
                 tab_get(&nm->firm_conj, after.key))
            qn = after.end;
        if (qn) {
            tok a2;
            tok_next(t, len, qn, &a2);
            if (a2.kind == CL_WORD && a2.start - qn <= 1 && (amp || a2.cap) &&
                tab_get(&nm->firm_tail, a2.key))
                return 1;
        }
    }
    /* a lowercase noun right after: "Merrill Lynch analyst", "Sara Lee cheesecake" */
    if (after.kind == CL_WORD && pe == e && after.start == e + 1 && t[e] == ' ' &&
        t[after.start] >= 'a' && t[after.start] <= 'z' && tab_get(&nm->adjunct, after.key))
        return 1;
    /* a route: "Alice Springs to Darwin" */
    if (place_end && pe == e && e + 5 < len && !memcmp(t + e, " to ", 4) && t[e + 4] >= 'A' &&
        t[e + 4] <= 'Z')
        return 1;
    /* a place: near it ("Team offsite near Lincoln Park"), with its region code
     * ("Alice Springs (NT)", "Alice Springs, NT"), or gone or moved to ("Alice Springs로
     * 이사했어요") */
    if (pe == e && place_end &&
        (in_list_before(t, k->start, &tk, &nm->ix[PL_NEAR]) ||
         (e + 5 <= len && t[e] == ' ' && past_place_qualifier(t, len, e) == e + 5) ||
         place_after(t, len, e)))
        return 1;
    if (pe == e && moving_marker_at(t, len, past_place_qualifier(t, len, e)))
        return 1;
    /* a place word that is no surname ending the name, and ", City" after it ("Victoria
     * Island, Lagos", "Jackson Heights, Queens"; "Jiwoo Park, Seoul" may be a byline) */
    if (pe == e && place_end && e + 3 < len && t[e] == ',' && t[e + 1] == ' ' && t[e + 2] >= 'A' &&
        t[e + 2] <= 'Z' && tab_get(&nm->strong_place, nx[best - 1].key)) {        /* the city one word that ends the segment ("Victoria Island, Lagos · 500+";
         * "Victoria Island, Research Scientist at …" and "Alice Springs, Chicago office lead"
         * are a person and a title) */
        size_t q = e + 2;
        while (q < len && (ascii_cls[t[q]] & 3))
            q++;
        int city_ends = q == len || (t[q] != ' ' && t[q] != '-' && t[q] != '\'') ||
                        (q + 1 < len && (t[q + 1] == 0xC2 || t[q + 1] == '|' || t[q + 1] == '(' ||
                                         t[q + 1] == 0xE2));
        if (city_ends && t[e + 3] >= 'a' && t[e + 3] <= 'z')
            return 1;
    }
    /* a name of the stop list is a firm or place unless a person's cue stands right
     * before it: a greeting, a colleague, thanks or time together ("Congrats Michael Kors
     * on the promotion", "meine Kollegin Robert Bosch", "Had coffee with Jack Wolfskin") */
    if (stop && !(adj && (tab_get(&nm->greet, key_of(p1.raw)) ||
                          in_list_before(t, k->start, &tk, &nm->ix[PL_COLLEAGUE]) ||
                          in_list_before(t, k->start, &tk, &nm->ix[PL_PERSON_CUE]))) &&
        !thai_marker_before(t, k->start))
        return 1; /* (also a Thai greeting or honorific glued before: "ขอบคุณคุณTed Baker") */
    /* a firm's page named after its founder ("/company/robert-walters/", "jobs.lever.co/
     * robert-walters/") */
    if (company_slug(t, k->start) || doc_host_path(t, k->start))
        return 1;
    /* "the" before and a lowercase word after: the name is a modifier ("the Michael
     * Page salary guide", "Congrats to the Morgan Lewis team") */
    if (before && pk == nm->the_key && after.kind == CL_WORD && after.start == e + 1 &&
        t[e] == ' ' && t[after.start] >= 'a' && t[after.start] <= 'z' &&
        !relative_word(t + after.start, after.end - after.start))
        return 1;
    /* a Vietnamese street after its house number ("tại số 12 Lê Lợi") */
    if (house_number_before(t, k->start))
        return 1;
    return 0;
}

/* A greeting right before a first name t[ws0, end) (p1..p3 the words before it, the first
 * one greet_gap before the name): "Hi", "Thank you", "Cảm ơn", "Thanks so much", a name
 * greeted just before and "and" ("Thanks Brianna and Adaeze"), a group greeted and "and"
 * ("Hi all and Anja!"). */
/* The key of an ASCII word with an "s" added ("Daniel" -> "daniels"), 0 for another word. */
static uint64_t plural_s_key(const uint8_t *t, const tok *k)
{
    uint8_t b[32];
    size_t n = k->end - k->start;
    if (n + 1 > sizeof b)
        return 0;
    for (size_t q = 0; q < n; q++) {
        uint8_t c = t[k->start + q];
        if (c >= 0x80)
            return 0;
        b[q] = (uint8_t)(c | 32);
    }
    b[n] = 's';
    return key_of(word_hash(b, n + 1));
}

/* A first name right after another capitalised given name, "Jack Daniel's", "Tom Daniel's":
 * the surname of someone else, a member only when the two together are a member's name. */
static int surname_of_other(const askf__names *nm, const uint8_t *t, size_t ws0, prevw p1)
{
    return p1.raw && p1.cap && p1.end + 1 == ws0 && t[p1.end] == ' ' &&
           (first_get(nm, key_of(p1.raw)) & F_GIVEN);
}

/* A lowercase word with a letter of Latin Extended Additional (U+1E00-U+1EFF: Vietnamese
 * "lần", "thảo") that no vocative mark follows: Vietnamese writes names capitalised, so it is
 * a word that folds to a name ("hai lần" is "twice", "Hội thảo" a workshop; "Спасибо, tuấn!"
 * is still a name). */
static int vietnamese_word(const uint8_t *t, size_t len, const tok *k)
{
    if (k->cap || (k->end < len && (t[k->end] == ',' || t[k->end] == '!' || t[k->end] == '?')))
        return 0;
    for (size_t i = k->start; i + 1 < k->end; i++)
        if (t[i] == 0xE1 && t[i + 1] >= 0xB8 && t[i + 1] <= 0xBB)
            return 1;
    return 0;
}

/* Introducing oneself right before a name: "Hi, I'm Noah!", "My name is Anja", "Je
 * m'appelle …", "Me llamo …", "Ich heiße …", "Mi chiamo …", "Меня зовут …". (Not "I am", "ich
 * bin", "soy": those also stand before what one is, "I am Head of Sales"; nor "Im", German "in
 * the".) */
static const phrase self_intro_before[] = {
    PH("i'm "), PH("i\xe2\x80\x99m "), PH("my name is "), PH("my name's "),
    PH("je m'appelle "), PH("je m\xe2\x80\x99" "appelle "), PH("me llamo "), PH("mi nombre es "),
    PH("meu nome é "), PH("me chamo "), PH("mi chiamo "), PH("ich heiße "), PH("ich heisse "),
    PH("mein name ist "), PH("mijn naam is "), PH("ik heet "), PH("nazywam się "),
    PH("mam na imię "), PH("меня зовут "), PH("benim adım "), PH("nama saya "), {NULL, 0}};

/* A name introduced so, or signing on at the start of a text or line: "Owen here. Big week",
 * "Grace here 👋" ("here" and a mark or a dash). */
static int introduced(const uint8_t *t, size_t len, size_t ws0, size_t e)
{
    if (any_phrase_before(t, ws0, self_intro_before))
        return 1;
    if (!(ws0 == 0 || t[ws0 - 1] == '\n') || e + 5 > len || memcmp(t + e, " here", 5) != 0)
        return 0;
    size_t q = e + 5;
    return q == len || t[q] == '.' || t[q] == '!' || t[q] == ',' || t[q] == ':' ||
           t[q] == '\n' || (q + 1 < len && t[q] == ' ' && (t[q + 1] == '-' || t[q + 1] >= 0xE2));
}

/* Whether a waving hand or a word that opens a reply ("ok", "okay", Finnish "Moi", Nigerian
 * Pidgin "How far"), at the text's or a line's start or after a space, stands right before a
 * (the vocative after it is checked by the caller). */
static int opener_before(const uint8_t *t, size_t a)
{
    static const char *const openers[] = {"\xf0\x9f\x91\x8b ", "ok ", "okay ", "how far ", NULL};
    for (size_t k = 0; openers[k]; k++)
        if (phrase_before(t, a, openers[k], strlen(openers[k])))
            return 1;
    /* Finnish "Moi" (hi) only capitalised, as a greeting opens a line: "Moi Päivi!" (lowercase
     * "moi" is French "me": "Écrivez-moi à …") */
    return a >= 4 && memcmp(t + a - 4, "Moi ", 4) == 0 &&
           (a == 4 || t[a - 5] == ' ' || t[a - 5] == '\n');
}

/* The Hindi honorific after a name, "जी" or "ji" after one space, then no letter: only a
 * person is called so ("Vikram जी, धन्यवाद", "Thanks Vikram ji!"). */
static int ji_after(const uint8_t *t, size_t len, size_t e)
{
    if (e + 1 >= len || t[e] != ' ')
        return 0;
    size_t q = e + 1, n;
    if (q + 6 <= len && !memcmp(t + q, "\xe0\xa4\x9c\xe0\xa5\x80", 6))
        n = 6; /* जी */
    else if (q + 2 <= len && t[q] == 'j' && t[q + 1] == 'i')
        n = 2;
    else if (q + 6 <= len && !memcmp(t + q, "bhaiya", 6))
        n = 6; /* (kin words of address: "Rodel bhai ek min", "Priya didi") */
    else if (q + 4 <= len && (!memcmp(t + q, "bhai", 4) || !memcmp(t + q, "didi", 4)))
        n = 4;
    else
        return 0;
    q += n;
    if (q == len)
        return 1;
    if (t[q] < 0x80)
        return !(ascii_cls[t[q]] & 3);
    /* (a Devanagari letter or sign after "जी" goes on with the word: "जीवन", life) */
    return n == 6 && !(q + 1 < len && t[q] == 0xE0 && (t[q + 1] == 0xA4 || t[q + 1] == 0xA5));
}

/* Turkish thanks a person in the dative, the suffix after an apostrophe and the thanks
 * after the name: "Ahmet'e (ve …) teşekkürler", "Tolga'ya çok teşekkür ederim". Whether such a
 * suffix follows e and "teşekkür" comes later in the same sentence (64 bytes at most). */
static int turkish_thanks_after(const uint8_t *t, size_t len, size_t e)
{
    size_t q = e;
    if (q < len && t[q] == '\'')
        q++;
    else if (q + 2 < len && t[q] == 0xE2 && t[q + 1] == 0x80 && t[q + 2] == 0x99)
        q += 3; /* ’ */
    else
        return 0;
    if (q + 1 < len && t[q] == 'y' && (t[q + 1] == 'a' || t[q + 1] == 'e'))
        q += 2;
    else if (q < len && (t[q] == 'a' || t[q] == 'e'))
        q++;
    else
        return 0;
    if (q >= len || t[q] != ' ')
        return 0;
    static const char thanks[] = "te\xc5\x9f" "ekk\xc3\xbc" "r"; /* teşekkür */
    size_t n = sizeof thanks - 1;
    for (size_t i = q; i + n <= len && i - q < 64; i++) {
        if (t[i] == '.' || t[i] == '!' || t[i] == '?' || t[i] == '\n')
            return 0;
        if ((t[i] == 't' || t[i] == 'T') && memcmp(t + i + 1, thanks + 1, n - 1) == 0)
            return 1;
    }
    return 0;
}

/* Whether a list of names goes on after e: ", ", " & " or a word of name_conj_words ("and",
 * "und", "et", "y", "và", …) between spaces. */
static int list_goes_on(const askf__names *nm, const uint8_t *t, size_t len, size_t e)
{
    if (e + 2 < len && t[e] == ',' && t[e + 1] == ' ')
        return 1;
    if (e + 2 >= len || t[e] != ' ')
        return 0;
    if (t[e + 1] == '&')
        return t[e + 2] == ' ';
    tok k;
    size_t q = tok_next(t, len, e + 1, &k);
    return k.kind == CL_WORD && k.start == e + 1 && q < len && t[q] == ' ' &&
           tab_get(&nm->name_conj, k.key);
}

/* A name particle before a family name ("van", "de", "van den", "De" of "De Luca"), in any
 * case. */
static int name_particle(const uint8_t *t, size_t a, size_t e)
{
    static const char *const particles[] = {"van", "von", "de", "der", "den", "da", "di", "del",
                                            "della", "du", "dos", "das", "ter", "ten", "le",
                                            "la", NULL};
    char w[8] = {0};
    if (e <= a || e - a >= sizeof w)
        return 0;
    for (size_t q = a; q < e; q++)
        w[q - a] = (char)(t[q] | 32);
    return word_is((const uint8_t *)w, 0, e - a, particles);
}

/* A member's family name alone after a title, k the title ("Thank you, Dr. Adams, for …",
 * "Prof. Rogers from our office", "Frau Schäfer", "Ms. de Souza", "Dr. De Luca", "Prof.
 * García López"): the title capitalised, or in lowercase with its dot or written out ("dr.
 * Haugland", "la dott.ssa Ricci", "mevrouw Afolabi"), one space, then the family name
 * capitalised, with up to two particles before it or a first family name of two, and no
 * capitalised word right after it (a full name, "Dr. Grace Lee", is the full-name path's),
 * and title and name no phrase of the stop list ("Dr. Oetker"). Emits the span; returns its
 * end, or 0. */
static size_t title_surname(const askf__names *nm, askf_pii_scratch *s, const uint8_t *t,
                            size_t len, const tok *k)
{
    if (k->kind != CL_WORD || !tab_get(&nm->title, k->key))
        return 0;
    size_t q = k->end;
    int dot = q < len && t[q] == '.';
    if (!k->cap && !dot && !word_is(t, k->start, k->end, lower_titles))
        return 0;
    if (k->end - k->start >= 2 && t[k->start + 1] >= 'A' && t[k->start + 1] <= 'Z')
        return 0; /* in capitals, an abbreviation of something else: "Jackson, MS." */
    if (k->end - k->start == 1 && !(k->cap && dot))
        return 0; /* "M. Haugland", not an "m" */
    if (dot)
        q++;
    /* the feminine ending of an Italian abbreviation: "dott.ssa", "prof.ssa" */
    if (dot && q + 4 < len && !memcmp(t + q, "ssa", 3) && (t[q + 3] == ' ' || t[q + 3] == '.'))
        q += t[q + 3] == '.' ? 4 : 3;
    if (q + 1 >= len || t[q] != ' ')
        return 0;
    size_t from = q + 1;
    tok n;
    size_t ne = tok_next(t, len, from, &n);
    size_t sp = n.start;
    int parts = 0;
    while (parts < 2 && n.kind == CL_WORD && n.start == from && ne + 1 < len && t[ne] == ' ' &&
           name_particle(t, n.start, n.end)) {
        from = ne + 1;
        ne = tok_next(t, len, from, &n);
        parts++;
    }
    if (n.kind != CL_WORD || n.start != from || !n.cap)
        return 0;
    uint64_t fs = tab_get(&nm->t[T_FIRST], n.key);
    /* a family name joined by a hyphen is one ("Ms. Okonkwo-Reid") */
    size_t fe = n.end;
    if (fe + 1 < len && t[fe] == '-') {
        tok h;
        size_t he = tok_next(t, len, fe + 1, &h);
        if (h.kind == CL_WORD && h.start == fe + 1 && h.cap) {
            fe = h.end;
            ne = he;
        }
    }
    tok after;
    tok_next(t, len, ne, &after);
    int after_cap = after.kind == CL_WORD && after.cap && after.start == ne + 1 && t[ne] == ' ';
    if (!parts && after_cap && (fs & F_SURNAME) && !(fs & F_GIVEN) &&
        (tab_get(&nm->t[T_FIRST], after.key) & F_SURNAME)) {
        /* two family names, both members' ("García López"), nothing capitalised after */
        size_t ae = after.end;
        tok a2;
        tok_next(t, len, ae, &a2);
        if (a2.kind == CL_WORD && a2.cap && a2.start == ae + 1 && t[ae] == ' ')
            return 0;
        askf__pii_emit(s, sp, ae, ASKF_PII_PERSON);
        return ae;
    }
    if (!(fs & F_SURNAME) || after_cap || tab_get(&nm->stop, seq_next(k->key, n.key)))
        return 0;
    askf__pii_emit(s, sp, fe, ASKF_PII_PERSON);
    return fe;
}

static int sentence_start(const uint8_t *t, size_t ws0, int colon);

/* Where the ASCII word ending at e starts (16 letters at most: the words these rules read are
 * short, and a long run of letters is no such word). */
static size_t ascii_word_start(const uint8_t *t, size_t e)
{
    size_t b = e;
    while (b > 0 && e - b < 16 && ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z'))
        b--;
    return b;
}

/* Whether t[e, …) starts with one of the phrases (marker_then_word's test, for a list). */
static int phrase_after_in(const uint8_t *t, size_t len, size_t e, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (marker_then_word(t, len, e, list[k], "", 0))
            return 1;
    return 0;
}

/* Verbs of saying right after a name: only a person says, even one named by an ordinary word
 * ("Grace laughs when I ask", "Mark says the hardest part …"). */
static const char *const say_after[] = {" says ", " said ", " laughs ", " argues ", " explains ",
                                        " writes ", NULL};

/* Whether a verb of saying follows the name at a sentence's start. */
static int speech_verb_after(const uint8_t *t, size_t len, size_t ws0, size_t e)
{
    return sentence_start(t, ws0, 0) && phrase_after_in(t, len, e, say_after);
}

/* A verb only a person is the object or the subject of, around a capitalised first name:
 * right before it, "hire", "hired", "mentor(ed)", "promote(d)" ("I would hire Tariq again");
 * right after it, at a sentence's start or after "and", "reported to", "later led" or a verb
 * of saying ("Priya reported to me", "…, and Hope later led our move"). */
static int person_verb_around(const uint8_t *t, size_t len, prevw p1, size_t ws0, size_t e)
{
    static const char *const obj[] = {"hire", "hired", "mentor", "mentored", "promote",
                                      "promoted", NULL};
    static const char *const subj[] = {" reported to ", " later led ", " reports to ",
                                       " mentored me", " hired me", " adds ", " notes ",
                                       " mentored ", NULL};
    if (p1.raw && p1.end + 1 == ws0 && t[p1.end] == ' ' &&
        word_is(t, ascii_word_start(t, p1.end), p1.end, obj))
        return 1;
    if (!sentence_start(t, ws0, 0) &&
        !(p1.raw && p1.end + 1 == ws0 && ws0 >= 4 && !memcmp(t + ws0 - 4, "and ", 4) &&
          (ws0 == 4 || !(ascii_cls[t[ws0 - 5]] || t[ws0 - 5] >= 0x80))))
        return 0; /* ("and", not "band" or "brand") */
    return phrase_after_in(t, len, e, subj) || phrase_after_in(t, len, e, say_after);
}

/* "Contact" right before a name and its colon: whom to reach ("Contact Tariq: …", "Kontakt
 * Jonas: …"). */
static int contact_before(const uint8_t *t, size_t ws0)
{
    static const phrase contact[] = {PH("contact "), PH("kontakt "), PH("contacto "),
                                     PH("contato "), PH("contatto "), PH("contactez "),
                                     {NULL, 0}};
    return any_phrase_before(t, ws0, contact);
}

/* Whether the word t[ws0, e) is a clause's subject: a conjunction right before it (p1) and a
 * lowercase word after it ("…, and Bill explains it"). */
static int clause_subject(const uint8_t *t, size_t len, prevw p1, size_t ws0, size_t e)
{
    static const char *const conj[] = {"and", "but", "so", "while", "because", "when", "then",
                                       NULL};
    if (!p1.raw || p1.end + 1 != ws0 || t[p1.end] != ' ' || e + 2 >= len || t[e] != ' ' ||
        t[e + 1] < 'a' || t[e + 1] > 'z')
        return 0;
    return word_is(t, ascii_word_start(t, p1.end), p1.end, conj);
}

/* Where a line's text starts after what chats and transcripts put before the speaker: spaces,
 * a time in brackets ("[14:02] "), quote markers ("> > "), a reply's arrow ("↳ ", "↪ ") or a
 * dash ("— ", "- "). */
static size_t past_line_prefix(const uint8_t *t, size_t len, size_t i)
{
    while (i < len && t[i] == ' ')
        i++;
    if (i + 8 <= len && t[i] == '[') {
        size_t q = i + 1;
        while (q < len && q - i < 12 && ((t[q] >= '0' && t[q] <= '9') || t[q] == ':' ||
                                         t[q] == ' ' || (t[q] | 32) == 'a' || (t[q] | 32) == 'p' ||
                                         (t[q] | 32) == 'm'))
            q++;
        if (q + 1 < len && t[q] == ']' && t[q + 1] == ' ')
            i = q + 2;
    }
    while (i + 1 < len && t[i] == '>' && t[i + 1] == ' ') {
        i += 2;
        while (i < len && t[i] == ' ')
            i++;
    }
    if (i + 4 <= len && t[i] == 0xE2 && ((t[i + 1] == 0x86 && (t[i + 2] == 0xB3 || t[i + 2] == 0xAA)) ||
                                         (t[i + 1] == 0x80 && t[i + 2] == 0x94)) &&
        t[i + 3] == ' ')
        i += 4;
    else if (i + 2 <= len && (t[i] == '-' || t[i] == '*') && t[i + 1] == ' ')
        i += 2;
    return i;
}

/* The start of the line that holds a, when it is at most 48 bytes before a (the prefixes
 * past_line_prefix skips are short); SIZE_MAX when it is farther (a long line's middle: no
 * line start, and no walk over the whole line for every name). */
static size_t line_start_near(const uint8_t *t, size_t a)
{
    size_t ls = a, lo = a > 48 ? a - 48 : 0;
    while (ls > lo && t[ls - 1] != '\n')
        ls--;
    return ls == 0 || t[ls - 1] == '\n' ? ls : SIZE_MAX;
}

/* Whether words follow a label's ": " at e: a letter, a quote or a mark of another script
 * (what someone says), not a number, a sign or an address (a field's value: "LAN: 10.2.3.4",
 * "Milan: +39 02 …", "An: Lena <lena@…>" is the header's). */
static int says_after(const uint8_t *t, size_t len, size_t e)
{
    if (e + 2 >= len)
        return 0;
    if (t[e + 1] == '\n')
        return t[e + 2] == '>'; /* what is quoted on the next line ("José:⏎> fedex …") */
    uint8_t c = t[e + 2];
    if (c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '"' || c == '>' || c == '(' ||
        c == '@') {
        /* (not a header's address after a name: "<lena@…>" within the line) */
        for (size_t q = e + 2; q < len && t[q] != '\n' && q < e + 2 + 80; q++)
            if (t[q] == '<' && q + 1 < len && memchr(t + q, '@', len - q > 64 ? 64 : len - q))
                return 0;
        return 1;
    }
    return 0;
}

/* Whether the text is a chat or a transcript: two lines or more whose text starts with a
 * member's first name, or a handle, then up to three more words and ": " and words after it.
 * Looked at once per text, when a first name stands so. */
static int transcript(const askf__names *nm, const uint8_t *t, size_t len)
{
    size_t n = 0, i = 0;
    while (i < len && n < 2) {
        size_t w = past_line_prefix(t, len, i);
        tok k;
        size_t ke = tok_next(t, len, w, &k);
        if (w < len && t[w] == '@' && k.kind == CL_WORD && k.start == w + 1) {
            /* a handle as the label ("@thiagor11: tudo bem?") */
            while (ke < len && (ascii_cls[t[ke]] || t[ke] == '.'))
                ke++;
            if (ke + 1 < len && t[ke] == ':' && (t[ke + 1] == ' ' || t[ke + 1] == '\n') &&
                says_after(t, len, ke))
                n++;
        } else if (k.kind == CL_WORD && k.start == w && first_get(nm, k.key)) {
            /* the label ends at ": ", after up to three more words (a full name) */
            for (int more = 0; more < 3 && ke + 1 < len && t[ke] == ' '; more++) {
                tok x;
                size_t xe = tok_next(t, len, ke + 1, &x);
                if (x.kind != CL_WORD || x.start != ke + 1)
                    break;
                ke = xe;
            }
            if (ke + 1 < len && t[ke] == ':' && (t[ke + 1] == ' ' || t[ke + 1] == '\n') &&
                says_after(t, len, ke))
                n++;
        }
        const uint8_t *nl = memchr(t + i, '\n', len - i);
        if (!nl)
            break;
        i = (size_t)(nl - t) + 1;
    }
    return n >= 2;
}

/* Whether the first name t[ws0, e) is a chat's or transcript's speaker label: the first word
 * of its line's text, ": " and words after it, and the text a transcript (*tr caches
 * transcript(): -1 not known yet). */
static int speaker_label(const askf__names *nm, const uint8_t *t, size_t len, size_t ws0,
                         size_t e, int *tr)
{
    if (*tr == 0 || e + 1 >= len || t[e] != ':' || (t[e + 1] != ' ' && t[e + 1] != '\n') ||
        !says_after(t, len, e))
        return 0;
    size_t ls = line_start_near(t, ws0);
    if (ls == SIZE_MAX || past_line_prefix(t, len, ls) != ws0)
        return 0;
    if (*tr < 0)
        *tr = transcript(nm, t, len);
    return *tr;
}

/* Whether a closing quotation mark ends right before b (", ”, »), a comma or full stop
 * allowed inside it. */
static int quote_closes_before(const uint8_t *t, size_t b)
{
    return (b >= 1 && t[b - 1] == '"') ||
           (b >= 3 && t[b - 3] == 0xE2 && t[b - 2] == 0x80 && t[b - 1] == 0x9D) ||
           (b >= 2 && t[b - 2] == 0xC2 && t[b - 1] == 0xBB);
}

/* The speaker of a quotation: '"…," said Anouk', '"…," Anouk told the room', '"…" — Élodie'
 * (a verb of saying between the closing quote and the name, or right after the name, or a
 * dash and the name ending the line). */
static int quoted_speaker(const uint8_t *t, size_t len, size_t ws0, size_t e)
{
    static const char *const verbs[] = {"said", "says", "asked", "added", "wrote", "replied",
                                        "explained", "noted", "told", "laughed", NULL};
    if (ws0 < 2 || t[ws0 - 1] != ' ')
        return 0;
    /* the verb before: '," said Anouk' */
    size_t b = ascii_word_start(t, ws0 - 1);
    if (b < ws0 - 1 && word_is(t, b, ws0 - 1, verbs) && b >= 2 && t[b - 1] == ' ' &&
        quote_closes_before(t, b - 1))
        return 1;
    /* the verb after: '," Anouk told the room' */
    if (quote_closes_before(t, ws0 - 1) && e + 1 < len && t[e] == ' ') {
        size_t w = e + 1;
        while (w < len && t[w] >= 'a' && t[w] <= 'z')
            w++;
        if (word_is(t, e + 1, w, verbs))
            return 1;
    }
    /* a dash after the quote: '"…" - Élodie' ending the line */
    size_t d = ws0 - 1, dl = dash_ending_at(t, d);
    if (!dl)
        return 0;
    d -= dl;
    return d >= 2 && t[d - 1] == ' ' && quote_closes_before(t, d - 1) &&
           (e == len || t[e] == '\n' || t[e] == '.' || t[e] == ',');
}

/* A signature line: a dash and the first name alone on the last line or a line of its own
 * ("…\n— Jackson", "-- Iris"). */
static int signoff_line(const uint8_t *t, size_t len, size_t ws0, size_t e)
{
    size_t q = e;
    while (q < len && q - e < 8 && t[q] == ' ')
        q++;
    if (q < len && t[q] != '\n')
        return 0;
    size_t d = ws0;
    while (d > 0 && ws0 - d < 4 && t[d - 1] == ' ')
        d--;
    if (d == ws0)
        return 0;
    size_t dl = dash_ending_at(t, d);
    if (!dl)
        return 0;
    d -= dl;
    if (dl == 1 && d >= 1 && t[d - 1] == '-')
        d--; /* "-- Iris" */
    size_t dd = d;
    while (d > 0 && dd - d < 8 && t[d - 1] == ' ')
        d--;
    return d == 0 || t[d - 1] == '\n';
}

/* A chat's reaction line: the first name first on its line (or after '('), " reacted " after
 * it ("Sneha reacted 👍", "(aditya reacted ❤️)"). */
static int reaction_line(const uint8_t *t, size_t len, size_t ws0, size_t e)
{
    if (e + 9 > len || memcmp(t + e, " reacted ", 9) != 0)
        return 0;
    size_t ls = line_start_near(t, ws0);
    if (ls == SIZE_MAX)
        return 0;
    size_t p = past_line_prefix(t, len, ls);
    return p == ws0 || (p + 1 == ws0 && t[p] == '(');
}

/* Where a list of two or more capitalised first names, the first ending at e, ends when it
 * addresses them: a greeting word after its comma, "!", or ':' and a lowercase word ("Amber,
 * Rachel and Santiago, thank you for organising!", "Amara, Rich: cake is on the 5th floor");
 * 0 when it does not. */
static size_t vocative_list_end(const askf__names *nm, const uint8_t *t, size_t len, size_t e)
{
    size_t n = 1;
    while (n < 8) {
        size_t q;
        if (e + 2 < len && t[e] == ',' && t[e + 1] == ' ')
            q = e + 2;
        else if (e + 5 < len && !memcmp(t + e, " and ", 5))
            q = e + 5;
        else if (e + 3 < len && !memcmp(t + e, " & ", 3))
            q = e + 3;
        else
            break;
        if (t[e] == ',' && q + 4 < len && !memcmp(t + q, "and ", 4))
            q += 4; /* the serial comma */
        tok k;
        size_t ke = tok_next(t, len, q, &k);
        if (k.kind != CL_WORD || k.start != q || !k.cap ||
            !(first_get(nm, k.key) & F_GIVEN))
            break;
        e = ke;
        n++;
    }
    if (n < 2 || e >= len)
        return 0;
    if (t[e] == '!' || (e + 2 < len && t[e] == ':' && t[e + 1] == ' ' && t[e + 2] >= 'a' &&
                        t[e + 2] <= 'z'))
        return e;
    if (e + 2 < len && t[e] == ',' && t[e + 1] == ' ') {
        tok g;
        tok_next(t, len, e + 2, &g);
        if (g.kind == CL_WORD && g.start == e + 2 && tab_get(&nm->greet, g.key))
            return e;
    }
    return 0;
}

/* Turkish honorifics after a first name ("Emine Hanım", "Ali Bey", "Ayşe Hocam"). */
static const char *const tr_honorifics[] = {"Bey", "Han\xc4\xb1m", "Hanim", "Hoca", "Hocam", NULL};

/* First names that are also abbreviations before a number ("Max. 20", "Min. 5"). */
static const char *const abbrev_names[] = {"Max", "Min", "max", "min", NULL};

static int greeting_before(const askf__names *nm, const uint8_t *t, size_t len, size_t ws0,
                           size_t end, prevw p1, prevw p2, prevw p3, size_t gname_end)
{
    /* the next name of a greeted list, capitalised: "Thanks Tunde, Precious and Ahmad" (a
     * comma after the greeted name, and a comma or "and" after this one; the last name is
     * the "and" rule's below) */
    if (p1.end == gname_end && ws0 == p1.end + 2 && t[p1.end] == ',' && t[p1.end + 1] == ' ' &&
        ((t[ws0] >= 'A' && t[ws0] <= 'Z') || t[ws0] >= 0x80) && list_goes_on(nm, t, len, end))
        return 1;
    uint64_t b = greet_last_bit(p1.raw);
    if (!((nm->greet_last[b >> 6] >> (b & 63)) & 1))
        return 0;
    /* each word's key once: the rules share them (every test is pure, so the order is free) */
    uint64_t k1 = key_of(p1.raw);
    if (tab_get(&nm->greet, k1))
        return 1;
    if (!p2.raw)
        return 0; /* every other rule needs the word before */
    uint64_t k2 = key_of(p2.raw), k3 = p3.raw ? key_of(p3.raw) : 0;
    if (tab_get(&nm->greet_phr, seq_next(k2, k1)))
        return 1;
    /* (the second word in the same sentence: "thanks.\n> You can call me" is no "thank
     * you, Can") */
    int g2 = tab_get(&nm->greet2, k1) != 0 && t[p2.end] != '.' && t[p2.end] != '\n' &&
             t[p2.end] != '!' && t[p2.end] != '?';
    if (g2 && (tab_get(&nm->greet, k2) || (p3.raw && tab_get(&nm->greet_phr, seq_next(k3, k2)))))
        return 1;
    int conj_before = t[p2.end] == ' ' && p1.end + 1 == ws0 && tab_get(&nm->name_conj, k1);
    if (conj_before && p2.end == gname_end)
        return 1;
    if (!p3.raw)
        return 0;
    if (conj_before && end < len && (t[end] == ':' || t[end] == ',' || t[end] == '!') &&
        tab_get(&nm->collective, k2) && tab_get(&nm->greet, k3))
        return 1;
    return tab_get(&nm->greet_pair, seq_next(k2, k1)) &&
           (tab_get(&nm->greet, k3) || k3 == nm->you_key);
}

/* Whether the word at ws0 starts a text, a line or a sentence (spaces before it skipped),
 * or, with colon set, follows a label's colon. */
static int sentence_start(const uint8_t *t, size_t ws0, int colon)
{
    size_t b = ws0;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
    return b == 0 || t[b - 1] == '\n' || t[b - 1] == '.' || t[b - 1] == '!' || t[b - 1] == '?' ||
           t[b - 1] == '"' || (colon && t[b - 1] == ':');
}

/* The first letters of a list of lowercase phrases, as bits ('a' is bit 1, as 'a' | 0x20 is
 * 0x61): for may_start_one. */
static uint32_t first_letters(const phrase *list)
{
    uint32_t m = 0;
    for (size_t k = 0; list[k].s; k++)
        m |= 1u << ((uint8_t)list[k].s[0] & 31);
    return m;
}

/* Whether a phrase of first_letters' list may start with c, in either case. */
static inline int may_start_one(uint32_t first, uint8_t c)
{
    uint8_t l = c | 0x20;
    return l >= 'a' && l <= 'z' && ((first >> (l & 31)) & 1);
}

/* A job post's location: a job-post marker ("Job post:", "Hiring:", "We're hiring",
 * "Vacancy:", "Wir suchen", …) within 48 bytes before, a role, ", " and the name ending the
 * clause ("Job post: ML engineer, Florence. Stack: …"). A vocative or an apposition ("Meet
 * our new ML engineer, Anja Weber.") has no such marker. */
static int job_post_place(const uint8_t *t, size_t len, size_t s, size_t e)
{
    static const phrase markers[] = {
        PH("job post:"), PH("job:"), PH("we're hiring"), PH("we are hiring"),
        PH("now hiring"), PH("hiring:"), PH("open role:"), PH("opening:"), PH("vacancy:"),
        PH("position:"), PH("new role:"), PH("role:"), PH("stellenangebot:"), PH("wir suchen"),
        PH("vaga:"), PH("oferta:"), PH("offre:"), PH("poste:"), PH("vacature:"), {NULL, 0}};
    /* "Hiring engineers in Charlotte Amalie and remote": "hiring" in the clause, then "in"
     * (not before a possessive: "hiring in Anja Weber's team") */
    int poss = e < len && (t[e] == '\'' || (e + 2 < len && t[e] == 0xE2 && t[e + 1] == 0x80 &&
                                            t[e + 2] == 0x99));
    if (!poss && s >= 4 && t[s - 1] == ' ' && (t[s - 2] | 0x20) == 'n' && (t[s - 3] | 0x20) == 'i' &&
        !((t[s - 4] | 0x20) >= 'a' && (t[s - 4] | 0x20) <= 'z')) {
        size_t lo = s > 52 ? s - 52 : 0;
        for (size_t p = s - 3; p > lo; p--) {
            uint8_t ch = t[p - 1];
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n')
                break;
            if (p + 6 <= s && (p - 1 == 0 || !((t[p - 2] | 0x20) >= 'a' && (t[p - 2] | 0x20) <= 'z')) &&
                (t[p - 1] | 0x20) == 'h' && !memcmp(t + p, "iring", 5))
                return 1;
        }
        return 0;
    }
    if (s < 2 || t[s - 1] != ' ' || t[s - 2] != ',')
        return 0;
    if (e < len && t[e] != '.' && t[e] != '!' && t[e] != '\n' && t[e] != ' ' && t[e] != '|')
        return 0;
    if (e + 1 < len && t[e] == ' ' && t[e + 1] != '(' && t[e + 1] != '|')
        return 0;
    /* the marker at a word start within the 48 bytes before the comma, in the same clause
     * and with no hashtag between ("Wir suchen Verstärkung #career Hallo, Anja!" greets) */
    size_t c = s - 2, lo = c > 48 ? c - 48 : 0;
    uint32_t first = first_letters(markers);
    for (size_t b = c; b > lo; b--) {
        uint8_t ch = t[b - 1];
        if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '#')
            break;
        size_t p = b - 1;
        if (p > 0 && ((t[p - 1] | 0x20) >= 'a' && (t[p - 1] | 0x20) <= 'z'))
            continue; /* a word start (digits, punctuation or non-Latin text may be glued on) */
        if (!may_start_one(first, t[p]))
            continue; /* (most word starts: one test, not one per marker) */
        for (size_t k = 0; markers[k].s; k++) {
            size_t n = markers[k].n, j = 0;
            if (p + n > c)
                continue;
            while (j < n && (t[p + j] | (t[p + j] >= 'A' && t[p + j] <= 'Z' ? 0x20 : 0)) ==
                                (uint8_t)markers[k].s[j])
                j++;
            if (j == n)
                return 1;
        }
    }
    return 0;
}

/* German writes the genitive of a name with a bare "s" ("Friederike Schäfers Vortrag"): a
 * capitalised last token ending in "s", followed by one space and a capitalised word, whose
 * form without the "s" completes a member's name after seq. The full-name entry (0: none);
 * *k then ends before the "s", which stays outside the span. */
static uint64_t genitive_s_form(const askf__names *nm, const uint8_t *t, size_t len, tok *k,
                                uint64_t seq)
{
    size_t e = k->end;
    if (!k->cap || e - k->start < 4 || t[e - 1] != 's' || e + 2 > len || t[e] != ' ' ||
        !(t[e + 1] >= 'A' && t[e + 1] <= 'Z'))
        return 0;
    tok k2;
    tok_next(t, e - 1, k->start, &k2);
    if (k2.kind != CL_WORD || k2.start != k->start || k2.end != e - 1)
        return 0;
    uint64_t fv = tab_get(&nm->t[T_FULL], seq_next(seq, k2.key));
    if (fv & F_NAME) {
        k->key = k2.key;
        k->end = e - 1;
        return fv;
    }
    return 0;
}

/* Countries and states that are also given names, as written after their city ("in Amman,
 * Jordan.") */
static const char *const country_first_names[] = {"Jordan", "Georgia", "Chad", "Israel",
                                                   "India", "Virginia", "Kenya", NULL};

/* A byte of a link's slug or a path between words: / - . _ = # ? & + (a test, not a
 * memchr call: it runs for every lowercase first name) */
static inline int slug_punct(uint8_t c)
{
    return c == '/' || c == '-' || c == '.' || c == '_' || c == '=' || c == '#' || c == '?' ||
           c == '&' || c == '+';
}

static int key_listed(const uint64_t *keys, size_t n, uint64_t key)
{
    for (size_t i = 0; i < n; i++)
        if (keys[i] == key)
            return 1;
    return 0;
}

/* A word of a member's full name as the text wrote it, t[s, e), or a first name found alone
 * by its cue, to look for again anywhere in the text (a long text may name her before it
 * names her in full). */
typedef struct name_ref {
    uint32_t s, e, family; /* family: a family name, whose possessive may start a sentence */
} name_ref;

/* Places that are also given names (the countries are country_first_names): found again
 * after "to" or "of", or before a place's noun, they are the place ("to Paris", "Victoria
 * station"). */
static const char *const place_first_names[] = {
    "Charlotte", "Paris", "Sydney", "Victoria", "Florence", "Austin", "Dallas", "Adelaide",
    "Lincoln", "Madison", "Jackson", "Houston", "Santiago", "Chelsea", "Orlando", "Phoenix",
    "Savannah", "Aurora", "Eugene", "Tyler", "Regina", "Alexandria", "Brooklyn", "Denver",
    "Lourdes", "Sofia", "Dakota", "Carolina", "Vienna", "Florida", "Montana", "Cheyenne", NULL};

static int place_first_name(const uint8_t *t, size_t a, size_t e)
{
    return word_is(t, a, e, place_first_names) || word_is(t, a, e, country_first_names);
}

/* Whether the word t[a, e), a copy of a name's word found again, stands alone as that name,
 * as a careful reader would take it:
 * - a word of its own, not inside an address, a link, a handle or a longer word;
 * - inside a sentence: at a sentence's or a line's start, or after a label's colon, a
 *   capital says nothing ("Paz y tranquilidad", "Felice anno nuovo");
 * - no capitalised word or name particle right before or after it: part of a longer name, a
 *   firm's or a place's ("Michael Dell", "São Paulo", "van Dijk", "Paul Smith suit"), or
 *   "&" ("Johnson & Johnson");
 * - no article, preposition of place or joining verb right before it, no phrase of moving to
 *   or working at, no place after it ("the Ford plant", "in Florence", "joined Siemens",
 *   "moving to Florence, Italy");
 * - no eponym after its possessive ("Euler's number"). */
static int named_again_ok(const askf__names *nm, const uint8_t *t, size_t len, size_t a,
                          size_t e, int family)
{
    static const char *const before[] = {"on", "at", "near", "in", "into", "from", "the", "a",
                                         "an", "aus", "im", "en", "em", "dans", "nel", "nella",
                                         "via", "visit", "visiting", "joined", "join",
                                         "joining", "downtown", "uptown", "greater", NULL};
    if (a > 0) {
        uint8_t c = t[a - 1];
        if (c >= 0x80 || ascii_cls[c] || c == '@' || c == '.' || c == '/' || c == '-' ||
            c == '#' || c == '_' || c == '+' || c == '=')
            return 0;
    }
    if (e < len) {
        uint8_t c = t[e];
        if (c >= 0x80 || ascii_cls[c] || c == '@' || c == '-' || c == '/' ||
            ((c == '.' || c == '_') && e + 1 < len && ascii_cls[t[e + 1]]))
            return 0;
        if (c == ' ' && e + 1 < len && ((t[e + 1] >= 'A' && t[e + 1] <= 'Z') ||
                                        (t[e + 1] >= 0xC3 && t[e + 1] < 0xE0) || t[e + 1] == '&'))
            return 0;
        /* a name particle after it ("Maarten van 't Hof", "Rosa del equipo"), a route's
         * arrow ("Charlotte → Raleigh") */
        if (c == ' ' && e + 1 < len) {
            static const char *const place_nouns[] = {"station", "street", "road", "airport",
                                                      "square", "bridge", "avenue", "harbour",
                                                      "harbor", "bay", "beach", "county", NULL};
            size_t w = e + 1;
            while (w < len && w - e < 16 && t[w] >= 'a' && t[w] <= 'z')
                w++;
            if (w > e + 1 && w < len && t[w] == ' ' && name_particle(t, e + 1, w))
                return 0;
            if (w > e + 1 && word_is(t, e + 1, w, place_nouns) &&
                place_first_name(t, a, e))
                return 0;
            if (e + 4 <= len && t[e + 1] == 0xE2 && t[e + 2] == 0x86 && t[e + 3] == 0x92)
                return 0;
        }
    }
    /* (a family name's possessive may start a sentence: "Holt's nomination came from …") */
    int sent = sentence_start(t, a, 1);
    if ((sent && !(family && possessive_at(t, len, e))) || place_after(t, len, e) ||
        time_then_comma_before(t, a))
        return 0;
    /* the mark before the gap: a word, a comma, a bracket or a quote; not a number ("1.2
     * Ångström", "2019–2024  Dell"), a list's bullet, a quote marker or an emoji */
    size_t g = a;
    while (g > 0 && a - g < 16 && t[g - 1] == ' ')
        g--;
    if (g > 0 && g < a && !sent) {
        uint8_t c = t[g - 1];
        if (!((c | 32) >= 'a' && (c | 32) <= 'z') && c != ',' && c != ';' && c != '(' &&
            c != '"' && c != '\'')
            return 0;
    }
    if (a >= 2 && t[a - 1] == ' ') {
        size_t b = a - 1;
        while (b > 0 && a - 1 - b < 32 && (ascii_cls[t[b - 1]] || t[b - 1] >= 0x80))
            b--;
        if (b < a - 1 && ((t[b] >= 'A' && t[b] <= 'Z') || (t[b] >= 0xC3 && t[b] < 0xE0) ||
                          t[b] == '&'))
            return 0; /* (a capitalised word before) */
        if (a >= 3 && t[a - 2] == '&')
            return 0;
        /* a country named like a person after a city and its comma ("Amman, Jordan") */
        if (a >= 4 && t[a - 2] == ',' && word_is(t, a, e, country_first_names))
            return 0;
        char w[12];
        size_t n = a - 1 - b;
        if (n && n < sizeof w) {
            for (size_t q = 0; q < n; q++)
                w[q] = (char)(t[b + q] | 32);
            if (word_is((const uint8_t *)w, 0, n, before) || name_particle(t, b, a - 1))
                return 0; /* (a preposition, an article, a verb of joining, a particle) */
            /* a place named like a person after "to" or "of" ("Flights to Charlotte are
             * cheap"; "and to Luana for the charts" keeps her) */
            static const char *const to_of[] = {"to", "of", "love", "loves", NULL};
            if (word_is((const uint8_t *)w, 0, n, to_of) && place_first_name(t, a, e))
                return 0;
        }
        tail tl;
        tail_at(t, a, &tl);
        if (in_list_before(t, a, &tl, &nm->ix[PL_PLACE]) ||
            in_list_before(t, a, &tl, &nm->ix[PL_EMPLOYER]))
            return 0;
    }
    /* an eponym's word after it, with or without the possessive ("Euler's number", "Bayes'
     * theorem", "Nash equilibrium") */
    size_t ps = possessive_at(t, len, e);
    if (ps || (e < len && (t[e] == ' ' || t[e] == '\''))) {
        tok after;
        tok_next(t, len, e + (ps ? ps : 1), &after);
        if (after.kind == CL_WORD && after.start <= e + (ps ? ps : 1) + 1 &&
            tab_get(&nm->epo, after.key))
            return 0;
    }
    return 1;
}

/* The words of members named in full, found again later in the text, alone and capitalised
 * ("Luana Ferreira gave the talk. … Luana said afterwards", "Thaís Nogueira traced it, and
 * Nogueira's fix shipped"): a careful reader knows whom they name. */
static void named_again(const askf__names *nm, askf_pii_scratch *s, const uint8_t *t, size_t len,
                        const name_ref *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t wl = r[i].e - r[i].s;
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++)
            dup = r[j].e - r[j].s == wl && !memcmp(t + r[j].s, t + r[i].s, wl);
        if (dup || wl < 2)
            continue;
        for (size_t q = 0; q + wl <= len;) {
            const uint8_t *m = memchr(t + q, t[r[i].s], len - q - wl + 1);
            if (!m)
                break;
            size_t a = (size_t)(m - t);
            q = a + 1;
            if (memcmp(t + a, t + r[i].s, wl) != 0 ||
                !named_again_ok(nm, t, len, a, a + wl, r[i].family))
                continue;
            askf__pii_emit(s, a, a + wl, ASKF_PII_PERSON);
            q = a + wl;
        }
    }
}

void askf__names_scan(const askf__names *nm, askf_pii_scratch *s, const char *text, size_t len,
                      int want_person, int want_handle)
{
    const uint8_t *t = (const uint8_t *)text;
    prevw p1 = {0, 0, 0}, p2 = {0, 0, 0}, p3 = {0, 0, 0};
    size_t i = 0, gname_end = SIZE_MAX; /* end of the last first name found by a greeting */
    size_t vlist_end = 0; /* end of a list of first names that addresses them */
    int tr = -1;          /* whether the text is a chat or transcript: speaker_label */
    /* first names of the members named in full so far in this text: "… with Anja Weber for
     * two years. Anja is thoughtful" names her again (not ordinary words: "Will Baker … Will
     * you?") */
    uint64_t named[8];
    size_t n_named = 0;
    uint64_t poss[4]; /* first names found with a possessive so far ("Bill's grasp") */
    size_t n_poss = 0;
    name_ref refs[16]; /* words of the full names found, to look for again (named_again) */
    size_t n_refs = 0;
    tok k;
    wscan ws = {t, len, SIZE_MAX, 0, 0, 0};
    for (;;) {
        if (want_person)
            i = skip_plain_words(nm, &ws, i, &p1, &p2, &p3);
        i = wscan_next(&ws, i, &k);
        if (!k.kind)
            break;
        if (k.kind == CL_CJK) {
            size_t ce = k.end;
            for (;;) { /* join CJK runs separated by one space or ideographic space */
                size_t sp = ce < len && t[ce] == ' '                               ? 1
                             : ce + 2 < len && t[ce] == 0xE3 && t[ce + 1] == 0x80 &&
                                       t[ce + 2] == 0x80                             ? 3
                                                                                     : 0;
                tok k2;
                if (!sp || tok_next(t, len, ce + sp, &k2) != k2.end || k2.kind != CL_CJK ||
                    k2.start != ce + sp)
                    break;
                ce = k2.end;
            }
            i = ce;
            if (want_person)
                scan_cjk(nm, s, t, k.start, ce,
                         p1.raw && greet_gap(t, p1.end, k.start) &&
                             greeting_before(nm, t, len, k.start, ce, p1, p2, p3, gname_end));
            p1.raw = p2.raw = p3.raw = 0;
            continue;
        }
        /* (a Hebrew one-letter prefix and a hyphen before the '@' are no e-mail's local
         * part: "שאלות ל-@shira" is "questions to @shira") */
        int at = k.start > 0 && t[k.start - 1] == '@' &&
                 !(k.start > 1 && local_char(t[k.start - 2]) &&
                   !(k.start > 3 && t[k.start - 2] == '-' && t[k.start - 4] == 0xD7));
        /* an '@' right after a digit: a number's end glued to a mention, as text without
         * spaces writes it ("…8136@zhang.hua70 你看看这个"); a member's handle there only,
         * ending at a space or non-Latin text (not "pkg1@beta.2", not an e-mail's domain) */
        int at_digit = !at && want_handle && k.start > 1 && t[k.start - 1] == '@' &&
                       t[k.start - 2] >= '0' && t[k.start - 2] <= '9';
        size_t he = k.start;
        if (at || at_digit) {
            while (he < len && he - k.start < 64 &&
                   (local_char(t[he]) && t[he] != '%' && t[he] != '+'))
                he++;
            while (he > k.start && (t[he - 1] == '.' || t[he - 1] == '-'))
                he--;
            if (code_at(t, len, k.start - 1, he))
                at = at_digit = 0; /* "@types/node", "@media (", "@Override", " * @param" */
            if (at && doc_host_path(t, k.start - 1))
                at = 0; /* a placeholder's path: "https://example.org/@anja" */
            if (at_digit && !(he == len || t[he] == ' ' || t[he] == '\n' || t[he] >= 0x80))
                at_digit = 0;
        }
        if ((at || at_digit) && want_handle) {
            if (tab_get(&nm->t[T_HANDLE], handle_key(text + k.start, he - k.start))) {
                askf__pii_emit(s, k.start - 1, he, ASKF_PII_HANDLE);
                if (he > i)
                    i = he;
                prev_push(&p1, &p2, &p3, (prevw){k.raw, k.end, k.cap});
                continue;
            }
        }
        uint64_t f = 0;
        if (want_person && bloom_has(nm, k.raw)) {
            if (!k.key)
                k.key = key_of(k.raw);
            f = first_get(nm, k.key);
        }
        size_t ws0 = k.start; /* where the word starts as written, a joined prefix included */
        if (!f && want_person && t[k.start] >= 0xD0 && t[k.start] <= 0xD9)
            /* Hebrew and Arabic prefixes joined to a name ("לדניאל", "وفاطمة" is "and
             * Fatima"), Russian case endings ("Анне", "Сергеем") */
            f = first_affixed(nm, t, len, &k);
        if (want_person && t[k.start] == 0xE0 && (t[k.start + 1] == 0xB8 || t[k.start + 1] == 0xB9) &&
            k.end - k.start >= 6) {
            size_t te = thai_names(nm, s, t, len, k.start, k.end);
            if (te > k.end) {
                i = te; /* (a surname glued to the words after it is taken) */
                prev_push(&p1, &p2, &p3, (prevw){k.raw, k.end, k.cap});
                continue;
            }
        }
        if (!f) {
            if (want_person && bloom_has(nm, k.raw)) {
                size_t se = title_surname(nm, s, t, len, &k);
                if (se > i)
                    i = se; /* (the family name is not read again as a first name) */
            }
            prev_push(&p1, &p2, &p3, (prevw){k.raw, k.end, k.cap});
            continue;
        }
        /* full names: the longest run of following tokens that is a member name */
        tok nx[MAX_NAME_TOKS];
        size_t nn = 0, best = 0, q = k.end;
        uint64_t seq = k.key, fv0 = 0;
        int allcap = k.cap;
        /* all-lowercase names only as words of running text: spaces between the tokens,
         * not in a link's slug or a path ("linkedin.com/company/michael-page") */
        int spaced = !(f & F_ORD) && t[k.start] >= 'a' && t[k.start] <= 'z' &&
                     (k.start == 0 || !slug_punct(t[k.start - 1]));
        nx[0].kind = 0;
        while (nn + 1 < MAX_NAME_TOKS) {
            size_t qq = wscan_tok(&ws, q, &nx[nn]);
            if (nx[nn].kind != CL_WORD || !name_gap_ok(t, q, nx[nn].start))
                break;
            uint64_t fv = tab_get(&nm->t[T_FULL], seq_next(seq, nx[nn].key)), key;
            if (!fv && t[nx[nn].start] >= 0xD0 && t[nx[nn].start] <= 0xD1 &&
                (fv = cyr_case_form(nm, t, &nx[nn], 0, seq, &key)) != 0)
                nx[nn].key = key; /* "с Ольгой Лебедевой": the surname's case form too */
            if (!fv && (fv = genitive_s_form(nm, t, len, &nx[nn], seq)) != 0)
                fv &= ~(uint64_t)F_PREFIX; /* the genitive ends the name */
            if (!fv)
                break; /* no member's name goes on like this: one probe, not five */
            spaced &= nx[nn].start == q + 1 && t[q] == ' ';
            seq = seq_next(seq, nx[nn].key);
            if (!nn)
                fv0 = fv;
            /* (a name written all in lowercase, "michael miller", whose first token is no
             * ordinary word: the whole sequence being a member's name is the evidence) */
            if ((fv & F_NAME) &&
                (!(fv & F_NEEDCAP) || (allcap && nx[nn].cap) ||
                 (spaced && t[nx[nn].start] >= 'a' && t[nx[nn].start] <= 'z')))
                best = nn + 1;
            q = qq;
            nn++;
        }
        if (best) {
            size_t e = nx[best - 1].end;
            int neg = !name_field(s, t, k.start) && !display_name(t, len, e) &&
                      (full_name_not_person(nm, t, len, &k, nx, best, p1, p2, p3) ||
                       job_post_place(t, len, k.start, e) || place_or_firm_column(s, k.start));
            if (!neg) {
                askf__pii_emit(s, k.start, e, ASKF_PII_PERSON);
                /* (a Vietnamese or Hungarian name's first word is the family name: "Hồ Văn
                 * Hương") */
                if (n_named < sizeof named / sizeof *named && (f & F_GIVEN) && !(f & F_ORD) &&
                    !tab_get(&nm->family_first, k.key))
                    named[n_named++] = k.key;
                /* its first and last words, capitalised and no ordinary words */
                const tok *l = &nx[best - 1];
                if (k.cap && !(f & F_ORD) && n_refs < 16)
                    refs[n_refs++] = (name_ref){k.start, k.end, 0};
                if (l->cap && l->kind == CL_WORD && !tab_get(&nm->ord, l->key) && n_refs < 16) {
                    /* the family name with its particles ("Sanne van den Berg": "van den
                     * Berg") */
                    size_t z = best - 1, fs0 = l->start;
                    while (z > 0 && !nx[z - 1].cap && nx[z - 1].kind == CL_WORD &&
                           name_particle(t, nx[z - 1].start, nx[z - 1].end)) {
                        fs0 = nx[z - 1].start;
                        z--;
                    }
                    refs[n_refs++] = (name_ref){(uint32_t)fs0, l->end, 1};
                }
            }
            /* a firm or place named like a member is not read again word by word ("a glass
             * of Jack Daniel's" is no "Daniel's") */
            i = e;
            prev_push(&p1, &p2, &p3, (prevw){nx[best - 1].raw, (uint32_t)e, nx[best - 1].cap});
            continue;
        }
        /* a hyphenated given name ("Hans-Peter", "Jean-Baptiste") is one first name */
        if (k.end < len && t[k.end] == '-' && nx[0].kind == CL_WORD &&
            nx[0].start == k.end + 1 &&
            tab_get(&nm->t[T_FULL], seq_next(seq_next(k.key, nx[0].key), HYPH_KEY)))
            k.end = nx[0].end;
        /* a first name alone: only in a name context */
        int ok = 0;
        /* an ordinary word as a first name: capitalised, or as a vocative in lowercase right
         * after a greeting word and before ',' or '!' ("Hi ruby,", "Hey will!") */
        int ord_voc = (f & F_ORD) && !k.cap && p1.raw && vocative_end(t, len, k.end) &&
                      greet_gap(t, p1.end, ws0) && salutation_before(t, p1.end);
        /* a chat's speaker ("charlotte: lol", "[14:02] Leah: the sample …") */
        int speaker = (f & F_GIVEN) && (speaker_label(nm, t, len, ws0, k.end, &tr) ||
                                        reaction_line(t, len, ws0, k.end));
        /* (an initial is no first name alone: a member "A. P. Menon" does not make the
         * article "a" or "à" a name) */
        /* (first_name_inert keeps a lowercase first name in the fast path when none of the cues
         * below can hold: a new cue for one in lowercase belongs there too) */
        if ((f & F_GIVEN) && (!(f & F_ORD) || k.cap || ord_voc || speaker) &&
            !one_letter((const char *)t, k.start, k.end)) {
            size_t ps = possessive_at(t, len, k.end);
            if (at || speaker) {
                ok = 1;
            } else if (k.cap && ws0 < vlist_end) {
                ok = 1; /* a later name of a list that addresses them */
            } else if (ps) {
                tok after;
                tok_next(t, len, k.end + ps, &after);
                ok = !surname_of_other(nm, t, ws0, p1) &&
                     /* a firm's name written with the possessive, "Jack Daniel's" for the
                      * list's "jack daniels" (no member called Jack needed) */
                     !(p1.raw && p1.cap && p1.end + 1 == ws0 && t[p1.end] == ' ' &&
                       tab_get(&nm->stop, seq_next(key_of(p1.raw), plural_s_key(t, &k)))) &&
                     !(after.kind == CL_WORD && tab_get(&nm->epo, after.key)) &&
                     !(after.kind == CL_WORD && tab_get(&nm->follow_neg, after.key)) &&
                     /* a firm written with the possessive: "Victoria's Secret" */
                     !(after.kind == CL_WORD && after.cap && after.start == k.end + ps + 1 &&
                       tab_get(&nm->stop, seq_next(k.key, after.key)));
                if (ok && k.cap && n_poss < sizeof poss / sizeof *poss)
                    poss[n_poss++] = k.key;
            } else if (k.cap && key_listed(poss, n_poss, k.key) && !sentence_start(t, ws0, 1) &&
                       !place_after(t, len, k.end) &&
                       (!(f & F_ORD) || clause_subject(t, len, p1, ws0, k.end))) {
                /* named before with a possessive, now again inside a sentence ("Bill's grasp
                 * of … is rare, and Bill explains it"); an ordinary word only as a clause's
                 * subject ("Loved June's demo. We launch in June.") */
                ok = 1;
            } else if (p1.raw && greet_gap(t, p1.end, ws0) &&
                       greeting_before(nm, t, len, ws0, k.end, p1, p2, p3, gname_end)) {
                /* "Hi Anja", "Thank you Anja", "Thanks so much Anja", "Dank je wel Anja" */
                ok = !place_after(t, len, k.end) && !vietnamese_word(t, len, &k);
                /* an ordinary word after an adjective of the greetings, in a title's
                 * capitals: "the classic Good Will Hunting" (a member's full name is the
                 * full-name path's; "Moin Frank LG", "Merhaba Joy Bey" greet) */
                static const char *const adj_greet[] = {"Good", "Great", "Nice", "Well",
                                                        "Love", NULL};
                if (ok && (f & F_ORD) && p1.cap && nx[0].kind == CL_WORD && nx[0].cap &&
                    nx[0].start == k.end + 1 && t[k.end] == ' ' &&
                    word_is(t, ascii_word_start(t, p1.end), p1.end, adj_greet))
                    ok = 0;
                /* a lowercase word before a capitalised name is a pronoun or honorific of the
                 * greeting, even when a member is called so ("Cảm ơn anh Nam", "Chào anh Anh":
                 * the first "anh" is "you, elder brother"; Turkish "Merhaba, ben Zeynep", "I
                 * am"; a lowercase name before a Turkish honorific stays one: "teşekkürler
                 * emine Hanım") */
                if (ok && !k.cap && nx[0].kind && nx[0].start == k.end + 1 && t[k.end] == ' ' &&
                    (tab_get(&nm->greet2, k.key) ||
                     (t[k.start] >= 'a' && t[k.start] <= 'z' &&
                      !word_is(t, nx[0].start, nx[0].end, tr_honorifics))) &&
                    (nx[0].kind == CL_CJK || (nx[0].kind == CL_WORD && nx[0].cap)))
                    ok = 0;
                /* a given name of two words ("Hola María José", "Hey Juan Carlos"): the first
                 * two words of a longer member name, the second capitalised */
                if (ok && (fv0 & F_PREFIX) && nx[0].kind == CL_WORD && nx[0].cap &&
                    nx[0].start == k.end + 1 && t[k.end] == ' ' && k.cap)
                    k.end = nx[0].end;
                if (ok)
                    gname_end = k.end;
            } else if (k.cap && !(f & F_ORD) && key_listed(named, n_named, k.key) &&
                       sentence_start(t, ws0, 0)) {
                ok = 1; /* named in full earlier in the text, now the sentence's subject */
            } else if (t[k.start] < 0x80 && cjk_around(t, len, ws0, k.end) &&
                       cjk_greeted(t, len, ws0, k.end)) {
                ok = 1; /* "谢谢Anja！", "Anjaさん", "감사합니다 Anja님" */
            } else if (thai_marker_before(t, ws0)) {
                ok = 1; /* "สวัสดีคุณMichael", "ขอบคุณคุณElinมากครับ" */
            } else if (k.cap && introduced(t, len, ws0, k.end) &&
                       (!(f & F_ORD) || k.end == len || t[k.end] == '!' || t[k.end] == ',' ||
                        t[k.end] == '.' || t[k.end] == ' ')) {
                ok = 1; /* "Hi, I'm Noah!", "Owen here." */
            } else if (k.cap && (!(f & F_ORD) || speech_verb_after(t, len, ws0, k.end)) &&
                       person_verb_around(t, len, p1, ws0, k.end)) {
                ok = 1; /* "I would hire Tariq again", "Priya reported to me" */
            } else if (k.cap && k.end + 1 < len && t[k.end] == ':' && t[k.end + 1] == ' ' &&
                       contact_before(t, ws0)) {
                ok = 1; /* "Contact Tariq: tariq_collins@naver.com" */
            } else if (k.cap && signoff_line(t, len, ws0, k.end)) {
                ok = 1; /* "Thanks, Ryan! Great point.\n— Amber" */
            } else if (k.cap && quoted_speaker(t, len, ws0, k.end)) {
                ok = 1; /* '"…," said Anouk', '"…," Anouk told the room' */
            } else if (k.cap && ji_after(t, len, k.end)) {
                ok = 1; /* "Vikram जी, बहुत-बहुत धन्यवाद!", "Thanks Vikram ji" */
            } else if (k.cap && turkish_thanks_after(t, len, k.end)) {
                ok = 1; /* "Her şey için Ahmet'e teşekkürler", "Tolga'ya çok teşekkürler" */
            } else if (k.cap && k.end < len && (t[k.end] == ',' || t[k.end] == '!') &&
                       opener_before(t, ws0)) {
                ok = 1; /* "Recruiter here 👋 Kevin,", "ok Joy, sending the wire now" */
            } else if (ws0 >= 2 && t[ws0 - 1] == ' ' && t[ws0 - 2] == ',' &&
                       (k.cap || t[k.start] >= 0xD7) && k.end < len &&
                       (t[k.end] == '.' || t[k.end] == '!' || t[k.end] == '?') &&
                       (k.end + 1 == len || t[k.end + 1] == ' ' || t[k.end + 1] == '\n' ||
                        t[k.end + 1] >= 0x80)) {
                /* vocative at the end of a sentence: "thanks for the feedback, Anja." (not a
                 * country after its city: "an office in Amman, Jordan."; not a name that is
                 * an abbreviation, before a number: ", Max. 20 Teilnehmende") */
                ok = !time_then_comma_before(t, ws0) &&
                     !(t[k.end] == '.' && word_is(t, k.start, k.end, country_first_names) &&
                       p1.raw && p1.cap && p1.end + 2 == ws0 && p2.raw &&
                       tab_get(&nm->place_prep, key_of(p2.raw))) &&
                     !(t[k.end] == '.' && k.end + 2 < len && t[k.end + 1] == ' ' &&
                       t[k.end + 2] >= '0' && t[k.end + 2] <= '9' &&
                       word_is(t, k.start, k.end, abbrev_names));
            } else {
                /* "Anja, thanks!" at the start of a text or line, also after a label's colon
                 * ("Offsite in Georgetown: Sjoerd, can you …") */
                if (sentence_start(t, ws0, 1)) {
                    size_t vl = k.cap ? vocative_list_end(nm, t, len, k.end) : 0;
                    if (vl) {
                        ok = 1; /* "Amber, Rachel and Santiago, thank you" */
                        vlist_end = vl;
                    } else if (k.end < len && (t[k.end] == ',' || t[k.end] == '!')) {
                        tok after;
                        tok_next(t, len, k.end + 1, &after);
                        /* (Spanish opens the exclamation: "Rocío, ¡gracias!") */
                        ok = after.kind == CL_WORD &&
                             (after.start - k.end <= 2 ||
                              (after.start - k.end == 4 && t[after.start - 2] == 0xC2 &&
                               t[after.start - 1] == 0xA1)) &&
                             tab_get(&nm->greet, after.key);
                        if (!ok && t[k.end] == ',' && k.end + 2 <= len &&
                            (k.end + 1 == len || t[k.end + 1] == '\n'))
                            ok = 1;
                        /* a request to the one named: "Sjoerd, can you book the bus?",
                         * or words to her: "Rich, you recommended it" */
                        static const char *const asks[] = {"can", "could", "would", "please",
                                                           "do", "did", "are", "have", "you",
                                                           NULL};
                        if (!ok && t[k.end] == ',' && after.kind == CL_WORD &&
                            after.start == k.end + 2 && word_is(t, after.start, after.end, asks))
                            ok = 1;
                    }
                }
            }
        }
        if (ok && !job_post_place(t, len, k.start, k.end)) {
            askf__pii_emit(s, k.start, k.end, ASKF_PII_PERSON);
            /* a first name found alone by its cue names her elsewhere in the text too */
            if (k.cap && !(f & F_ORD) && n_refs < 16)
                refs[n_refs++] = (name_ref){k.start, k.end, 0};
        }
        prev_push(&p1, &p2, &p3, (prevw){k.raw, k.end, k.cap});
    }
    if (n_refs)
        named_again(nm, s, t, len, refs, n_refs);
}
