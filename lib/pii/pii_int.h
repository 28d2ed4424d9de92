/*
 * pii_int.h - shared between the files of lib/pii: the compiled detector, the
 * per-thread scratch, the structured recognizers (detect.c), the member
 * directory (names.c) and the validators the unit tests call directly.
 */
#ifndef ASKF_PII_INT_H
#define ASKF_PII_INT_H

#include "askfirst/pii.h"
#include "common/buf.h"
#include "common/json.h"

#include <hs/hs.h>
/* The low-level SHA-256 calls (deprecated in OpenSSL 3, still supported) run on the
 * CPU's SHA extensions with a plain struct as state: about 5x faster than
 * libsodium's portable code for a pseudonym, and no allocation (EVP would copy a
 * provider context per call). */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
#include <openssl/sha.h>
#include <sodium.h>
#include <stddef.h>
#include <stdint.h>

/* HANDLE spans include the leading '@'; PERSON spans never do. */
#define ASKF__PII_MAX_PREFIXES 16

typedef struct askf__names askf__names;

struct askf_pii {
    unsigned types;
    askf_pii_action actions[ASKF_PII_NTYPES];
    hs_database_t *db;
    /* per Hyperscan pattern id: which recognizer runs at a match end */
    uint8_t *pat_kind;
    uint16_t *pat_arg;
    unsigned n_pats;
    char *prefixes[ASKF__PII_MAX_PREFIXES]; /* lowercased platform profile prefixes */
    size_t prefix_len[ASKF__PII_MAX_PREFIXES];
    unsigned n_prefixes;
    int hs_filter; /* texts without askf__pii_hs_may_match's bytes skip Hyperscan */
    askf__names *names; /* NULL without a directory */
    /* HMAC-SHA-256 keyed once: the hash states after the key^ipad and key^opad
     * blocks, copied per pseudonym (pii.c put_pseudonym) */
    SHA256_CTX hm_in, hm_out;
    askf_pii_info info;
};

/* A scratch's memo of pseudonyms (pii.c put_pseudonym): the tag of a value it has seen
 * recently, so that a name repeated across records costs a lookup instead of normalising it
 * and an HMAC. Keyed by the type and the value's exact bytes, so a hit is what the HMAC would
 * give; a set of the value's SipHash under a random per-scratch key (no input can be written
 * to crowd one set), two ways, the least recently used one replaced. Bounded: 4096 entries of
 * 64 bytes, allocated on the first pseudonym, wiped when the scratch is freed. */
#define ASKF__PII_MEMO_SETS 2048u
#define ASKF__PII_MEMO_WAYS 2
#define ASKF__PII_MEMO_VMAX 59 /* longer values are not kept */
typedef struct askf__pii_memo_ent {
    uint8_t type;   /* the askf_pii_type + 1; 0: empty */
    uint8_t n;      /* the value's length */
    uint8_t tag[3]; /* the pseudonym: the first bytes of its HMAC */
    char v[ASKF__PII_MEMO_VMAX];
} askf__pii_memo_ent;
typedef struct askf__pii_memo {
    uint8_t key[16]; /* crypto_shorthash key */
    uint64_t hits, misses;
    askf__pii_memo_ent e[ASKF__PII_MEMO_SETS][ASKF__PII_MEMO_WAYS]; /* [0]: most recent */
} askf__pii_memo;

/* The memo set that value v of type t maps to (for tests). */
size_t askf__pii_memo_set(const askf__pii_memo *m, askf_pii_type t, const char *v, size_t n);

struct askf_pii_scratch {
    const askf_pii *pii;
    hs_scratch_t *hs;
    const char *text;
    size_t len;
    askf_pii_span *cand;
    size_t ncand, capcand;
    askf_pii_span *spans;
    size_t nspans, capspans;
    uint32_t covered[ASKF_PII_NTYPES + 4]; /* per recognizer: input consumed up to here */
    askf_buf out;
    askf_buf norm; /* normalised value for pseudonyms */
    askf__pii_memo *memo; /* NULL until the first pseudonym, or if it could not be had */
    askf_json json; /* records */
    askf_buf dec, san, rec;
    int oom;
    uint64_t counts[ASKF_PII_NTYPES];
    /* the text table header last found, for the numbers of one row (table_column_neg): the
     * row's line start and separator, and the header line [hdr_s, hdr_e) (hdr_e 0: none) */
    size_t tab_row, tab_hdr_s, tab_hdr_e;
    char tab_sep;
    /* the text with the digits of other scripts as ASCII (askf__pii_fold_digit) and, per
     * byte of it, the offset of its character in the text (pii.c scan_folded_digits) */
    askf_buf fold;
    uint32_t *fold_map;
    size_t capfold;
    /* the text with markdown's emphasis underscores as spaces, for the name scan
     * (pii.c without_emphasis) */
    askf_buf plain;
};

/* Recognizer kinds a Hyperscan pattern can trigger. */
enum {
    ASKF__K_EMAIL = 0,
    ASKF__K_EMAIL_OBF,
    ASKF__K_EMAIL_OBFW, /* a literal at-word ("arroba"): its end, not the marker's */
    ASKF__K_EMAIL_SIGN, /* a sign or word standing for '@': "#qq.com", "★", "(アット)" */
    ASKF__K_PHONE,
    ASKF__K_CARD,
    ASKF__K_IBAN,
    ASKF__K_SSN,
    ASKF__K_IPV4,
    ASKF__K_IPV6,
    ASKF__K_URL,
    ASKF__K_COUNT
};

/* Record a candidate span (any order, may overlap). */
void askf__pii_emit(askf_pii_scratch *s, size_t start, size_t end, askf_pii_type t);

/* detect.c: build the pattern list; run a recognizer at a Hyperscan match end. */
typedef struct askf__pii_pattern {
    const char *expr;
    unsigned flags;
    uint8_t kind;
    uint16_t arg;
} askf__pii_pattern;
/* Fills up to cap patterns (platform prefixes included); returns the count. */
size_t askf__pii_patterns(const askf_pii *pii, askf__pii_pattern *out, size_t cap,
                          char **owned, size_t *n_owned);
void askf__pii_recognize(askf_pii_scratch *s, unsigned kind, unsigned arg, size_t end);
/* The directory cache's checksum (names.c; docs/pii.md): 32 bytes over a byte string, fed in
 * pieces of any size. Not cryptographic: it tells a stale, truncated, corrupted or foreign
 * cache from the right one, at a memory-speed pass over the directory and the cache at every
 * start. */
typedef struct askf__pii_sum_state {
    uint64_t lane[8]; /* lane k takes the words 8i + k of the string (8 bytes, little-endian) */
    uint64_t total;   /* bytes fed */
    uint8_t buf[64];  /* the bytes of an unfinished block */
} askf__pii_sum_state;
void askf__pii_sum_init(askf__pii_sum_state *h);
void askf__pii_sum_update(askf__pii_sum_state *h, const void *p, size_t n);
void askf__pii_sum_final(askf__pii_sum_state *h, uint8_t out[32]);
void askf__pii_sum(const void *p, size_t n, uint8_t out[32]);

/* Whether a Hyperscan pattern may match in t (pii.c): 0 only when none can; the
 * byte-at-a-time form is the reference the vector form is tested against. */
int askf__pii_hs_may_match(const char *t, size_t len);
int askf__pii_hs_may_match_ref(const char *t, size_t len);

/* The hand-written digit pass: PHONE, CREDIT_CARD, US_SSN, IPV4 and IBAN triggers. */
void askf__pii_digits(askf_pii_scratch *s);
/* The IPV6 trigger pass (colons). */
void askf__pii_ipv6(askf_pii_scratch *s);
#define ASKF__PII_DIGIT_TYPES                                                                   \
    ((1u << ASKF_PII_PHONE) | (1u << ASKF_PII_CREDIT_CARD) | (1u << ASKF_PII_US_SSN) |          \
     (1u << ASKF_PII_IPV4) | (1u << ASKF_PII_IBAN))

/* A digit or a number's separator of another script at t[i] (Arabic-Indic, Persian,
 * Devanagari, Bengali and Thai digits; fullwidth digits, '+', '-', '(', ')' and the
 * ideographic space): its ASCII byte in *c and its length in bytes; 0 when there is none. */
unsigned askf__pii_fold_digit(const char *t, size_t len, size_t i, char *c);

/* Validators (exposed for unit tests). */
int askf__luhn_ok(const char *digits, size_t n);
/* Card brand check on digits: Visa, Mastercard, Amex, Discover with their lengths. */
int askf__card_brand_ok(const char *digits, size_t n);
/* s: compact IBAN (uppercase letters and digits). */
int askf__iban_ok(const char *s, size_t n);
/* Expected IBAN length for a country code, 0 if unknown. */
int askf__iban_length(const char cc[2]);
int askf__ssn_ok(int area, int group, int serial);
/* Public (globally routable) IPv4 / IPv6. */
int askf__ipv4_public(const uint8_t a[4]);
int askf__ipv6_global(const uint8_t a[16]);
/* A documentation host (RFC 2606): example.com, example.net, example.org, the .example
 * name and their subdomains, case-insensitive. No person's address or page is there. */
int askf__pii_doc_host(const char *h, size_t n);
/* Phone plausibility of a candidate (digits and separators) with the bytes
 * around it for context. */
int askf__phone_ok(askf_pii_scratch *s, size_t start, size_t end);
/* The id phrases askf__phone_ok matches as written before a number (detect.c), NULL-ended. */
extern const char *const askf__pii_id_phrases[];
/* The lowercased header word of the text-table or CSV column whose field starts at start
 * (detect.c): its length, 0 for none. */
size_t askf__pii_table_column(askf_pii_scratch *s, size_t start, char *w, size_t cap);

/* pii.c: the text with the spans sp[0, n) replaced per action, appended to out; *drop set
 * for a drop_record action. */
void askf__pii_replace(const askf_pii *p, askf_pii_scratch *s, const char *text, size_t len,
                       const askf_pii_span *sp, size_t n, askf_buf *out, int *drop);

/* record.c: whether the flat-record fast path agrees with the full JSON tokenizer on
 * rec (1 also when the fast path does not take it); for tests and the fuzz target. */
int askf__pii_flat_agrees(askf_pii_scratch *s, const char *rec, size_t len, const char *field);

/* names.c */
askf_status askf__names_open(const askf_pii_opts *o, askf__names **out, askf_pii_info *info,
                             askf_error *err);
void askf__names_close(askf__names *n);
/* Whether h[0, n) (a leading '@' ignored, any case) is a member's handle; 0 without a
 * directory. */
int askf__names_has_handle(const askf__names *n, const char *h, size_t len);
void askf__names_scan(const askf__names *n, askf_pii_scratch *s, const char *text, size_t len,
                      int want_person, int want_handle);
/* Normalise a name or word: case-fold, strip Latin diacritics and Greek accents, collapse
 * separators to one space. */
void askf__pii_normalize(askf_buf *out, const char *s, size_t n);
/* Fold one code point (case, Latin diacritics, Greek accents and final sigma, Cyrillic ё):
 * its normalised UTF-8 bytes in out, the byte count returned (0 for combining marks), *upper
 * set for a capital. The only case folding of lib/pii (names.c and detect.c's labels). */
size_t askf__pii_fold_cp(uint32_t cp, char out[4], int *upper);
/* Decode one UTF-8 code point at s[i..len); returns bytes used (1 for an
 * invalid byte, with *cp = 0xFFFD). */
size_t askf__utf8_decode(const uint8_t *s, size_t len, size_t i, uint32_t *cp);

#endif
