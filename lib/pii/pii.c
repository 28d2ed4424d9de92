/*
 * pii.c - the public face of lib/pii: building a detector (Hyperscan database
 * compiled once, member directory loaded once), per-thread scratch, scanning
 * (Hyperscan triggers + the name scanner -> candidates -> overlap resolution)
 * and replacing (tag, mask, keyed pseudonym, drop_record, keep).
 */
#include "pii_int.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_FILTER 1
#endif

static const char *const type_names[ASKF_PII_NTYPES] = {
#define ASKF__PII_TYPE_STR(name, num) [num] = #name,
    ASKF_PII_TYPE_MAP(ASKF__PII_TYPE_STR)
#undef ASKF__PII_TYPE_STR
};

static const char *const action_names[] = {"default", "tag", "mask", "pseudonym", "drop_record",
                                           "keep"};

const char *askf_pii_type_name(askf_pii_type t)
{
    return (unsigned)t < ASKF_PII_NTYPES ? type_names[t] : "?";
}

const char *askf_pii_action_name(askf_pii_action a)
{
    return (unsigned)a < sizeof action_names / sizeof *action_names ? action_names[a] : "?";
}

static int ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'a' && x <= 'z')
            x -= 32;
        if (y >= 'a' && y <= 'z')
            y -= 32;
        if (x != y)
            return 0;
    }
    return 1;
}

int askf_pii_type_parse(const char *s, size_t len, askf_pii_type *out)
{
    for (unsigned i = 0; i < ASKF_PII_NTYPES; i++)
        if (ieq(s, len, type_names[i])) {
            *out = (askf_pii_type)i;
            return 0;
        }
    return -1;
}

int askf_pii_action_parse(const char *s, size_t len, askf_pii_action *out)
{
    for (unsigned i = 1; i < sizeof action_names / sizeof *action_names; i++)
        if (ieq(s, len, action_names[i])) {
            *out = (askf_pii_action)i;
            return 0;
        }
    return -1;
}

/* ---------- build ---------- */

/* The compiled Hyperscan database is cached next to the member directory's
 * cache (<cache>.hs): compiling costs tens of milliseconds per process, loading
 * well under one. The file is a header (magic, version, byte order, a BLAKE2b
 * key over the Hyperscan version, the host platform and every pattern, a
 * BLAKE2b digest of the body) and hs_serialize_database bytes. Anything that
 * does not match is ignored and rewritten (temp file + rename). */
#define HS_CACHE_MAGIC "ASKFPHS"
#define HS_CACHE_VERSION 1u

typedef struct hs_cache_hdr {
    char magic[8];
    uint32_t version, endian;
    uint64_t body_size;
    uint8_t key[32], body_digest[32];
} hs_cache_hdr;

static void hs_cache_key(uint8_t key[32], const char *const *exprs, const unsigned *flags,
                         unsigned n)
{
    crypto_generichash_state g;
    hs_platform_info_t plat;
    memset(&plat, 0, sizeof plat);
    hs_populate_platform(&plat);
    const char *ver = hs_version();
    crypto_generichash_init(&g, NULL, 0, 32);
    crypto_generichash_update(&g, (const unsigned char *)ver, strlen(ver) + 1);
    crypto_generichash_update(&g, (const unsigned char *)&plat, sizeof plat);
    for (unsigned i = 0; i < n; i++) {
        crypto_generichash_update(&g, (const unsigned char *)exprs[i], strlen(exprs[i]) + 1);
        crypto_generichash_update(&g, (const unsigned char *)&flags[i], sizeof flags[i]);
    }
    crypto_generichash_final(&g, key, 32);
}

static hs_database_t *hs_cache_load(const char *path, const uint8_t key[32])
{
    hs_database_t *db = NULL;
    char *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    hs_cache_hdr h;
    if (fread(&h, sizeof h, 1, f) != 1 || memcmp(h.magic, HS_CACHE_MAGIC, 8) != 0 ||
        h.version != HS_CACHE_VERSION || h.endian != 0x01020304u ||
        memcmp(h.key, key, 32) != 0 || h.body_size == 0 || h.body_size > (64u << 20))
        goto done;
    buf = askf__malloc((size_t)h.body_size);
    if (!buf || fread(buf, 1, (size_t)h.body_size, f) != h.body_size || fgetc(f) != EOF)
        goto done;
    uint8_t d[32];
    crypto_generichash(d, 32, (const unsigned char *)buf, (size_t)h.body_size, NULL, 0);
    if (memcmp(d, h.body_digest, 32) != 0 ||
        hs_deserialize_database(buf, (size_t)h.body_size, &db) != HS_SUCCESS)
        db = NULL;
done:
    askf__free(buf);
    fclose(f);
    return db;
}

static void hs_cache_write(const char *path, const hs_database_t *db, const uint8_t key[32])
{
    char *bytes = NULL;
    size_t n = 0;
    char tmp[4200];
    if (hs_serialize_database(db, &bytes, &n) != HS_SUCCESS || !bytes)
        return;
    hs_cache_hdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, HS_CACHE_MAGIC, 8);
    h.version = HS_CACHE_VERSION;
    h.endian = 0x01020304u;
    h.body_size = n;
    memcpy(h.key, key, 32);
    crypto_generichash(h.body_digest, 32, (const unsigned char *)bytes, n, NULL, 0);
    int tn = snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    if (tn > 0 && (size_t)tn < sizeof tmp) {
        FILE *f = fopen(tmp, "wb");
        if (f) {
            int ok = fwrite(&h, sizeof h, 1, f) == 1 && fwrite(bytes, 1, n, f) == n;
            ok = fflush(f) == 0 && fsync(fileno(f)) == 0 && ok;
            ok = fclose(f) == 0 && ok;
            if (!ok || rename(tmp, path) != 0)
                unlink(tmp);
        }
    }
    /* Hyperscan allocated it with its default allocator, libc malloc, which is what
     * askf__free releases (lib/common/alloc.c adds no header) */
    askf__free(bytes);
}

askf_status askf_pii_new(const askf_pii_opts *o, askf_pii **out, askf_error *err)
{
    askf_status st = ASKF_OK;
    askf__pii_pattern pats[64];
    const char *exprs[64];
    unsigned flags[64], ids[64];
    char *owned[ASKF__PII_MAX_PREFIXES + 1]; /* the prefixes' patterns and the '#' sign's */
    size_t n_owned = 0;
    hs_compile_error_t *cerr = NULL;
    askf_pii *p = NULL;

    askf__err_clear(err);
    if (!o || !out)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "askf_pii_new: NULL argument");
    *out = NULL;
    if (askf__crypto_init() != 0)
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "libsodium failed to initialise");
    p = askf__calloc(1, sizeof *p);
    if (!p)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
    p->types = o->types ? (o->types & ASKF_PII_ALL_TYPES) : ASKF_PII_ALL_TYPES;
    for (unsigned t = 0; t < ASKF_PII_NTYPES; t++) {
        askf_pii_action a = o->actions[t];
        if ((unsigned)a > ASKF_PII_KEEP) {
            st = askf__err(err, ASKF_ERR_INVALID, 0, 0, type_names[t], "unknown action %d for %s",
                           (int)a, type_names[t]);
            goto fail;
        }
        if (a == ASKF_PII_DEFAULT)
            a = (t == ASKF_PII_PERSON || t == ASKF_PII_HANDLE) ? ASKF_PII_PSEUDONYM : ASKF_PII_TAG;
        p->actions[t] = a;
    }
    /* pseudonym key: the caller's, else a random one for this handle */
    {
        uint8_t rnd[32];
        const uint8_t *key = o->key;
        size_t klen = o->key_len;
        if (!key || !klen) {
            randombytes_buf(rnd, sizeof rnd);
            key = rnd;
            klen = sizeof rnd;
        }
        /* HMAC (RFC 2104): a key longer than the block is hashed first */
        uint8_t kb[64], pad[64];
        memset(kb, 0, sizeof kb);
        if (klen > 64)
            SHA256(key, klen, kb);
        else
            memcpy(kb, key, klen);
        for (int i = 0; i < 64; i++)
            pad[i] = (uint8_t)(kb[i] ^ 0x36);
        SHA256_Init(&p->hm_in);
        SHA256_Update(&p->hm_in, pad, 64);
        for (int i = 0; i < 64; i++)
            pad[i] = (uint8_t)(kb[i] ^ 0x5c);
        SHA256_Init(&p->hm_out);
        SHA256_Update(&p->hm_out, pad, 64);
        sodium_memzero(kb, sizeof kb);
        sodium_memzero(pad, sizeof pad);
        sodium_memzero(rnd, sizeof rnd);
    }
    if (o->profile_prefixes) {
        for (size_t i = 0; o->profile_prefixes[i]; i++) {
            if (p->n_prefixes >= ASKF__PII_MAX_PREFIXES) {
                st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, "profile_prefixes",
                               "at most %d profile prefixes", ASKF__PII_MAX_PREFIXES);
                goto fail;
            }
            const char *src = o->profile_prefixes[i];
            size_t l = strlen(src);
            if (l == 0 || l > 200) {
                st = askf__err(err, ASKF_ERR_INVALID, 0, 0, "profile_prefixes",
                               "profile prefix %zu is empty or too long", i + 1);
                goto fail;
            }
            char *c = askf__strndup(src, l);
            if (!c) {
                st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
                goto fail;
            }
            for (size_t k = 0; k < l; k++)
                if (c[k] >= 'A' && c[k] <= 'Z')
                    c[k] = (char)(c[k] + 32);
            p->prefixes[p->n_prefixes] = c;
            p->prefix_len[p->n_prefixes++] = l;
        }
    }
    /* (a prefix in which askf__pii_hs_may_match finds nothing would be a literal it misses) */
    p->hs_filter = 1;
    for (unsigned k = 0; k < p->n_prefixes; k++)
        if (!askf__pii_hs_may_match_ref(p->prefixes[k], p->prefix_len[k]))
            p->hs_filter = 0;
    size_t np = askf__pii_patterns(p, pats, 64, owned, &n_owned);
    if (np) {
        p->pat_kind = askf__calloc(np, 1);
        p->pat_arg = askf__calloc(np, sizeof *p->pat_arg);
        if (!p->pat_kind || !p->pat_arg) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory");
            goto fail;
        }
        for (size_t i = 0; i < np; i++) {
            exprs[i] = pats[i].expr;
            flags[i] = pats[i].flags;
            ids[i] = (unsigned)i;
            p->pat_kind[i] = pats[i].kind;
            p->pat_arg[i] = pats[i].arg;
        }
        p->n_pats = (unsigned)np;
        char hpath[4200];
        uint8_t hkey[32];
        int cache = 0;
        if (o->members_path && !o->no_cache) {
            int hn = o->cache_path ? snprintf(hpath, sizeof hpath, "%s.hs", o->cache_path)
                                   : snprintf(hpath, sizeof hpath, "%s.askfpii.hs", o->members_path);
            cache = hn > 0 && (size_t)hn < sizeof hpath;
        }
        int loaded = 0;
        if (cache) {
            hs_cache_key(hkey, exprs, flags, (unsigned)np);
            p->db = hs_cache_load(hpath, hkey);
            loaded = p->db != NULL;
        }
        if (!p->db && hs_compile_multi(exprs, flags, ids, (unsigned)np, HS_MODE_BLOCK, NULL, &p->db, &cerr) !=
            HS_SUCCESS) {
            int bad = cerr ? cerr->expression : -1;
            st = askf__err(err, ASKF_ERR_INVALID, 0, 0, "pattern",
                           "PII pattern %d (%s) does not compile: %s", bad,
                           bad >= 0 ? exprs[bad] : "?", cerr ? cerr->message : "?");
            goto fail;
        } else if (cache && !loaded) {
            hs_cache_write(hpath, p->db, hkey);
        }
    }
    if (o->members_path && (p->types & ((1u << ASKF_PII_PERSON) | (1u << ASKF_PII_HANDLE)))) {
        st = askf__names_open(o, &p->names, &p->info, err);
        if (st != ASKF_OK)
            goto fail;
    }
    *out = p;
    p = NULL;
fail:
    if (cerr)
        hs_free_compile_error(cerr);
    for (size_t i = 0; i < n_owned; i++)
        askf__free(owned[i]);
    askf_pii_free(p);
    return st;
}

void askf_pii_free(askf_pii *p)
{
    if (!p)
        return;
    if (p->db)
        hs_free_database(p->db);
    askf__names_close(p->names);
    for (unsigned i = 0; i < p->n_prefixes; i++)
        askf__free(p->prefixes[i]);
    askf__free(p->pat_kind);
    askf__free(p->pat_arg);
    sodium_memzero(&p->hm_in, sizeof p->hm_in);
    sodium_memzero(&p->hm_out, sizeof p->hm_out);
    askf__free(p);
}

void askf_pii_info_get(const askf_pii *p, askf_pii_info *out)
{
    if (p && out)
        *out = p->info;
}

askf_pii_action askf_pii_action_of(const askf_pii *p, askf_pii_type t)
{
    return (p && (unsigned)t < ASKF_PII_NTYPES) ? p->actions[t] : ASKF_PII_TAG;
}

askf_status askf_pii_scratch_new(const askf_pii *p, askf_pii_scratch **out)
{
    if (!p || !out)
        return ASKF_ERR_INVALID;
    *out = NULL;
    askf_pii_scratch *s = askf__calloc(1, sizeof *s);
    if (!s)
        return ASKF_ERR_NOMEM;
    s->pii = p;
    askf__buf_init(&s->out);
    askf__buf_init(&s->norm);
    askf__json_init(&s->json);
    askf__buf_init(&s->dec);
    askf__buf_init(&s->san);
    askf__buf_init(&s->rec);
    askf__buf_init(&s->fold);
    askf__buf_init(&s->plain);
    if (p->db && hs_alloc_scratch(p->db, &s->hs) != HS_SUCCESS) {
        askf__free(s);
        return ASKF_ERR_NOMEM;
    }
    *out = s;
    return ASKF_OK;
}

void askf_pii_scratch_free(askf_pii_scratch *s)
{
    if (!s)
        return;
    if (s->hs)
        hs_free_scratch(s->hs);
    askf__free(s->cand);
    askf__free(s->spans);
    askf__buf_free(&s->out);
    askf__buf_free(&s->norm);
    if (s->memo) {
        sodium_memzero(s->memo, sizeof *s->memo); /* it holds values of the text */
        askf__free(s->memo);
    }
    askf__json_free(&s->json);
    askf__buf_free(&s->dec);
    askf__buf_free(&s->san);
    askf__buf_free(&s->rec);
    /* (the copies hold the text, as the memo does) */
    if (s->fold.ptr)
        sodium_memzero(s->fold.ptr, s->fold.cap);
    if (s->plain.ptr)
        sodium_memzero(s->plain.ptr, s->plain.cap);
    askf__buf_free(&s->fold);
    askf__free(s->fold_map);
    askf__buf_free(&s->plain);
    askf__free(s);
}

void askf_pii_counts(const askf_pii_scratch *s, uint64_t counts[ASKF_PII_NTYPES])
{
    for (unsigned i = 0; i < ASKF_PII_NTYPES; i++)
        counts[i] = s ? s->counts[i] : 0;
}

/* ---------- scan ---------- */

void askf__pii_emit(askf_pii_scratch *s, size_t start, size_t end, askf_pii_type t)
{
    if (!(s->pii->types & (1u << t)) || end <= start || end > s->len)
        return;
    if (s->ncand == s->capcand) {
        size_t cap = s->capcand ? s->capcand * 2 : 64;
        askf_pii_span *c = askf__realloc(s->cand, cap * sizeof *c);
        if (!c) {
            s->oom = 1;
            return;
        }
        s->cand = c;
        s->capcand = cap;
    }
    s->cand[s->ncand++] = (askf_pii_span){(uint32_t)start, (uint32_t)end, (uint32_t)t};
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to,
                    unsigned int flags, void *ctx)
{
    (void)from;
    (void)flags;
    askf_pii_scratch *s = ctx;
    askf__pii_recognize(s, s->pii->pat_kind[id], s->pii->pat_arg[id], (size_t)to);
    return 0;
}

static int cand_cmp(const void *a, const void *b)
{
    const askf_pii_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return (int)x->type - (int)y->type;
}

/* Whether x beats y: longer wins, then the more specific type (lower number). */
static int better(const askf_pii_span *x, const askf_pii_span *y)
{
    uint32_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx > ly;
    return x->type < y->type;
}

unsigned askf__pii_fold_digit(const char *text, size_t len, size_t i, char *c)
{
    const unsigned char *t = (const unsigned char *)text;
    unsigned char b = t[i];
    if (b < 0xD9 || i + 1 >= len)
        return 0;
    unsigned char b1 = t[i + 1], b2 = i + 2 < len ? t[i + 2] : 0;
    if (b == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) { /* Arabic-Indic U+0660-0669 */
        *c = (char)('0' + b1 - 0xA0);
        return 2;
    }
    if (b == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) { /* Persian, Urdu U+06F0-06F9 */
        *c = (char)('0' + b1 - 0xB0);
        return 2;
    }
    if (b == 0xE0 && (b1 == 0xA5 || b1 == 0xA7) && b2 >= 0xA6 && b2 <= 0xAF) {
        *c = (char)('0' + b2 - 0xA6); /* Devanagari U+0966, Bengali U+09E6 */
        return 3;
    }
    if (b == 0xE0 && b1 == 0xB9 && b2 >= 0x90 && b2 <= 0x99) { /* Thai U+0E50-0E59 */
        *c = (char)('0' + b2 - 0x90);
        return 3;
    }
    if (b == 0xEF && b1 == 0xBC) { /* fullwidth forms, U+FF08-FF19 */
        static const char fw[] = "()*+,-./0123456789";
        if (b2 >= 0x88 && b2 <= 0x99 && b2 != 0x8A && b2 != 0x8C && b2 != 0x8E && b2 != 0x8F) {
            *c = fw[b2 - 0x88];
            return 3;
        }
    }
    if (b == 0xE3 && b1 == 0x80 && b2 == 0x80) { /* ideographic space */
        *c = ' ';
        return 3;
    }
    return 0;
}

/* Whether the text holds a digit of another script, or a fullwidth separator of a number next
 * to an ASCII digit: most texts have none, and the test skips every byte below the lead bytes
 * of such characters. */
static int has_folded_digit_in(const char *text, size_t len, size_t i, size_t e)
{
    char c;
    for (; i < e; i++) {
        unsigned k = (unsigned char)text[i] >= 0xD9 ? askf__pii_fold_digit(text, len, i, &c) : 0;
        if (!k)
            continue;
        if (c >= '0' && c <= '9')
            return 1;
        /* a fullwidth separator next to an ASCII digit: "090－1234－5678", "＋44 20 …" */
        if ((i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') ||
            (i + k < len && text[i + k] >= '0' && text[i + k] <= '9'))
            return 1;
    }
    return 0;
}

static int has_folded_digit(const char *text, size_t len)
{
#ifdef __SSE2__
    /* 16 bytes at a time, four at once: a byte of 0xD9 or more survives the saturating
     * subtraction, and only a block where one does is looked at byte by byte. The last
     * block overlaps the one before, so no tail is read a byte at a time. */
    if (len >= 16) {
        const unsigned char *t = (const unsigned char *)text;
        const __m128i d8 = _mm_set1_epi8((char)0xD8), zero = _mm_setzero_si128();
        size_t i = 0;
        for (; i + 64 <= len; i += 64) {
            const __m128i *v = (const __m128i *)(const void *)(t + i);
            __m128i a = _mm_or_si128(_mm_subs_epu8(_mm_loadu_si128(v), d8),
                                     _mm_subs_epu8(_mm_loadu_si128(v + 1), d8));
            __m128i b = _mm_or_si128(_mm_subs_epu8(_mm_loadu_si128(v + 2), d8),
                                     _mm_subs_epu8(_mm_loadu_si128(v + 3), d8));
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(a, b), zero)) != 0xFFFF &&
                has_folded_digit_in(text, len, i, i + 64))
                return 1;
        }
        while (i < len) {
            size_t j = i + 16 <= len ? i : len - 16;
            __m128i v = _mm_subs_epu8(_mm_loadu_si128((const __m128i *)(const void *)(t + j)), d8);
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, zero)) != 0xFFFF &&
                has_folded_digit_in(text, len, j, j + 16))
                return 1;
            i = j + 16;
        }
        return 0;
    }
#endif
    return has_folded_digit_in(text, len, 0, len);
}

/*
 * Numbers written with the digits of other scripts ("٠٥٥ ٧٨٨ ٢٢٣٧", "０９０－１２３４－５６７８"):
 * the digit pass reads ASCII, so it runs once more on a copy with those characters folded to
 * ASCII, and keeps the spans that hold a folded character, mapped back to the text's bytes
 * (the others it found the first time). Its per-recognizer progress and the table cache are
 * the copy's, so they are set aside and restored.
 */
static void scan_folded_digits(askf_pii_scratch *s)
{
    const char *text = s->text;
    size_t len = s->len;
    askf__buf_reset(&s->fold);
    if (askf__buf_reserve(&s->fold, len + 1) != 0) {
        s->oom = 1;
        return;
    }
    if (s->capfold < len + 1) {
        uint32_t *m = askf__realloc(s->fold_map, (len + 1) * sizeof *m);
        if (!m) {
            s->oom = 1;
            return;
        }
        s->fold_map = m;
        s->capfold = len + 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        char c = text[i];
        unsigned k = (unsigned char)c >= 0xD9 ? askf__pii_fold_digit(text, len, i, &c) : 0;
        s->fold.ptr[n] = c;
        s->fold_map[n++] = (uint32_t)i;
        i += k ? k : 1;
    }
    s->fold_map[n] = (uint32_t)len;
    s->fold.len = n;
    uint32_t covered[sizeof s->covered / sizeof s->covered[0]];
    memcpy(covered, s->covered, sizeof covered);
    memset(s->covered, 0, sizeof s->covered);
    size_t first = s->ncand;
    s->text = s->fold.ptr;
    s->len = n;
    s->tab_row = SIZE_MAX;
    askf__pii_digits(s);
    s->text = text;
    s->len = len;
    s->tab_row = SIZE_MAX;
    memcpy(s->covered, covered, sizeof covered);
    size_t kept = first;
    for (size_t i = first; i < s->ncand; i++) {
        askf_pii_span c = s->cand[i];
        int folded = 0;
        for (size_t j = c.start; j < c.end && !folded; j++)
            folded = s->fold_map[j + 1] - s->fold_map[j] != 1;
        if (!folded)
            continue; /* found in the text itself */
        c.start = s->fold_map[c.start];
        c.end = s->fold_map[c.end];
        s->cand[kept++] = c;
    }
    s->ncand = kept;
}

/* Whether the underscore at t[i] is markdown's emphasis: at the start of a word or at its end,
 * only punctuation between it and a space ("_By Bill Ford_ · 2019", "__Anja Weber__,"). */
static int emphasis_at(const char *t, size_t ws, size_t we, size_t i)
{
    size_t a = i, b = i + 1;
    while (a > ws && t[a - 1] == '_')
        a--;
    while (b < we && t[b] == '_')
        b++;
    while (a > ws && t[a - 1] && strchr("([{\"'*", t[a - 1]))
        a--; /* "(_Anja Weber_)", "**_Anja Weber_**" */
    if (a == ws)
        return 1;
    while (b < we && t[b] && strchr(".,;:!?)]}\"'*", t[b]))
        b++;
    return b == we;
}

static inline int token_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Markdown's emphasis underscores glue onto the words they wrap ("_By Bill Ford_"): the name
 * scan, whose words may hold '_', would read "Ford_". It reads a copy with those underscores
 * as spaces instead (same length, so the offsets hold). A space-delimited token with an '@'
 * or a '/' in it (a handle, an address, a link, a path) keeps its underscores. Returns the
 * text to scan: the copy, or the text itself when nothing changed.
 */
static const char *without_emphasis(askf_pii_scratch *s, const char *text, size_t len)
{
    if (!memchr(text, '_', len))
        return text;
    int copied = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && token_space(text[i]))
            i++;
        size_t ws = i;
        int keep = 0, us = 0;
        while (i < len && !token_space(text[i])) {
            keep |= text[i] == '@' || text[i] == '/';
            us |= text[i] == '_';
            i++;
        }
        if (!us || keep)
            continue;
        for (size_t j = ws; j < i; j++) {
            if (text[j] != '_' || !emphasis_at(text, ws, i, j))
                continue;
            if (!copied) {
                askf__buf_reset(&s->plain);
                askf__buf_put(&s->plain, text, len);
                if (s->plain.oom) {
                    s->oom = 1;
                    return text;
                }
                copied = 1;
            }
            s->plain.ptr[j] = ' ';
        }
    }
    return copied ? s->plain.ptr : text;
}

/* ---------- texts Hyperscan cannot match ---------- */

/* Every Hyperscan pattern (askf__pii_patterns) needs one of the bytes @ . / [ ( { < or a byte
 * of 0x80 or more (the at sign and its bracketed forms, the host names and paths of the sites,
 * the bracketed dots, every non-ASCII literal), or is one of the ASCII literals " at " and the
 * at-sign words "arroba", "arobase", "chiocciola", "klammeraffe", "apenstaartje", matched
 * without case: they begin with " at ", "arro", "arob", "chio", "klam" or "apen" once ASCII
 * case is folded (by OR 0x20, which also takes a NUL for a space: more texts scanned, never
 * fewer). A profile prefix is a literal of its own: askf_pii_new uses this test only when
 * every prefix has a byte of the first kind. Social text that has none of them (no
 * punctuation but commas and the like, no address, no "at") is common enough that a
 * Hyperscan call and scan per text were a tenth of the time on such a corpus. */
static inline int hs_trigger_byte(unsigned char c)
{
    return c >= 0x80 || c == '@' || c == '.' || c == '/' || c == '[' || c == '(' || c == '{' ||
           c == '<';
}

static inline int hs_trigger_word(const char *t)
{
    uint32_t w;
    memcpy(&w, t, 4);
    w |= 0x20202020u;
    static const char words[][5] = {" at ", "arro", "arob", "chio", "klam", "apen"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        uint32_t x;
        memcpy(&x, words[k], 4);
        if (w == x)
            return 1;
    }
    return 0;
}

int askf__pii_hs_may_match_ref(const char *t, size_t len)
{
    /* the bytes first: a text that has one mostly has it early */
    for (size_t i = 0; i < len; i++)
        if (hs_trigger_byte((unsigned char)t[i]))
            return 1;
    for (size_t i = 0; i + 4 <= len; i++)
        if (hs_trigger_word(t + i))
            return 1;
    return 0;
}

#ifdef HAVE_AVX2_FILTER
/* The same, 32 positions a step: the bytes first (most texts that have one have it early),
 * then the four-byte words. The last step of each pass is the 32 (35) bytes that end the text,
 * so that no position is read one at a time; a text too short for a step goes through the
 * reference. */
__attribute__((target("avx2"))) static int hs_may_match_avx2(const char *t, size_t len)
{
#define EQ(v, c) _mm256_cmpeq_epi8((v), _mm256_set1_epi8(c))
#define LOAD(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
    if (len < 35)
        return askf__pii_hs_may_match_ref(t, len);
    /* hs_trigger_byte by the byte's two halves: a bit for each (high, low) pair of ( . / < @ [
     * {, looked up by half (bit 0: high 2, low 8, E or F; 1: 3, C; 2: 4, 0; 3: 5 or 7, B); a
     * byte of 0x80 or more by its sign */
    const __m256i lo_bits = _mm256_setr_epi8(4, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 8, 2, 0, 1, 1, 4, 0,
                                             0, 0, 0, 0, 0, 0, 1, 0, 0, 8, 2, 0, 1, 1),
                  hi_bits = _mm256_setr_epi8(0, 0, 1, 2, 4, 8, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                             1, 2, 4, 8, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0),
                  k0f = _mm256_set1_epi8(0x0F);
    for (size_t i = 0;; i += 32) {
        __m256i x = LOAD(t + (i + 32 <= len ? i : len - 32));
        __m256i lo = _mm256_shuffle_epi8(lo_bits, _mm256_and_si256(x, k0f));
        __m256i hi = _mm256_shuffle_epi8(hi_bits, _mm256_and_si256(_mm256_srli_epi16(x, 4), k0f));
        __m256i b = _mm256_andnot_si256(EQ(_mm256_and_si256(lo, hi), 0), _mm256_set1_epi8(-1));
        if (_mm256_movemask_epi8(_mm256_or_si256(b, x)))
            return 1;
        if (i + 32 >= len)
            break;
    }
    const __m256i k20 = _mm256_set1_epi8(0x20);
    for (size_t i = 0;; i += 32) {
        const char *p = t + (i + 35 <= len ? i : len - 35);
        __m256i y0 = _mm256_or_si256(LOAD(p), k20), y1 = _mm256_or_si256(LOAD(p + 1), k20);
        __m256i y2 = _mm256_or_si256(LOAD(p + 2), k20), y3 = _mm256_or_si256(LOAD(p + 3), k20);
        /* " at ", "arro", "arob", "chio", "klam", "apen" */
        __m256i a0 = EQ(y0, 'a');
        __m256i w = _mm256_or_si256(
            _mm256_or_si256(
                _mm256_and_si256(_mm256_and_si256(EQ(y0, ' '), EQ(y1, 'a')),
                                 _mm256_and_si256(EQ(y2, 't'), EQ(y3, ' '))),
                _mm256_and_si256(_mm256_and_si256(a0, EQ(y1, 'r')),
                                 _mm256_or_si256(_mm256_and_si256(EQ(y2, 'r'), EQ(y3, 'o')),
                                                 _mm256_and_si256(EQ(y2, 'o'), EQ(y3, 'b'))))),
            _mm256_or_si256(
                _mm256_or_si256(_mm256_and_si256(_mm256_and_si256(EQ(y0, 'c'), EQ(y1, 'h')),
                                                 _mm256_and_si256(EQ(y2, 'i'), EQ(y3, 'o'))),
                                _mm256_and_si256(_mm256_and_si256(EQ(y0, 'k'), EQ(y1, 'l')),
                                                 _mm256_and_si256(EQ(y2, 'a'), EQ(y3, 'm')))),
                _mm256_and_si256(_mm256_and_si256(a0, EQ(y1, 'p')),
                                 _mm256_and_si256(EQ(y2, 'e'), EQ(y3, 'n')))));
        if (_mm256_movemask_epi8(w))
            return 1;
        if (i + 35 >= len)
            break;
    }
    return 0;
#undef LOAD
#undef EQ
}
#endif

int askf__pii_hs_may_match(const char *t, size_t len)
{
#ifdef HAVE_AVX2_FILTER
    /* (__builtin_cpu_supports reads what libgcc found at startup: a load, no race) */
    if (__builtin_cpu_supports("avx2"))
        return hs_may_match_avx2(t, len);
#endif
    return askf__pii_hs_may_match_ref(t, len);
}

askf_status askf_pii_scan(const askf_pii *p, askf_pii_scratch *s, const char *text, size_t len,
                          const askf_pii_span **spans, size_t *n)
{
    if (!p || !s || (!text && len) || !spans || !n || s->pii != p)
        return ASKF_ERR_INVALID;
    *spans = NULL;
    *n = 0;
    if (len >= UINT32_MAX)
        return ASKF_ERR_LIMIT;
    s->text = text ? text : "";
    s->len = len;
    s->ncand = 0;
    s->nspans = 0;
    s->oom = 0;
    memset(s->covered, 0, sizeof s->covered);
    s->tab_row = SIZE_MAX; /* no table header known for this text yet */
    if (p->db && len && (!p->hs_filter || askf__pii_hs_may_match(text, len))) {
        hs_error_t he = hs_scan(p->db, text, (unsigned)len, 0, s->hs, on_match, s);
        if (he != HS_SUCCESS)
            return he == HS_NOMEM ? ASKF_ERR_NOMEM : ASKF_ERR_INVALID;
    }
    if ((p->types & ASKF__PII_DIGIT_TYPES) && len) {
        askf__pii_digits(s);
        if (has_folded_digit(text, len))
            scan_folded_digits(s);
    }
    if ((p->types & (1u << ASKF_PII_IPV6)) && len)
        askf__pii_ipv6(s);
    if (p->names && len)
        askf__names_scan(p->names, s, without_emphasis(s, text, len), len,
                         !!(p->types & (1u << ASKF_PII_PERSON)),
                         !!(p->types & (1u << ASKF_PII_HANDLE)));
    if (s->oom)
        return ASKF_ERR_NOMEM;
    if (s->ncand > 1)
        qsort(s->cand, s->ncand, sizeof *s->cand, cand_cmp);
    if (s->capspans < s->ncand) {
        askf_pii_span *c = askf__realloc(s->spans, s->ncand * sizeof *c);
        if (!c)
            return ASKF_ERR_NOMEM;
        s->spans = c;
        s->capspans = s->ncand;
    }
    /* sweep: keep a chain of non-overlapping spans, replacing the last kept
     * one when a better span overlaps it */
    size_t k = 0;
    for (size_t i = 0; i < s->ncand; i++) {
        const askf_pii_span *c = &s->cand[i];
        if (k && c->start < s->spans[k - 1].end) {
            if (better(c, &s->spans[k - 1])) {
                /* the new one may also overlap earlier kept spans */
                while (k && c->start < s->spans[k - 1].end && better(c, &s->spans[k - 1]))
                    k--;
                if (k && c->start < s->spans[k - 1].end)
                    continue;
                s->spans[k++] = *c;
            }
            continue;
        }
        s->spans[k++] = *c;
    }
    s->nspans = k;
    for (size_t i = 0; i < k; i++)
        s->counts[s->spans[i].type]++;
    *spans = s->spans;
    *n = k;
    return ASKF_OK;
}

/* ---------- replace ---------- */

size_t askf__pii_memo_set(const askf__pii_memo *m, askf_pii_type t, const char *v, size_t n)
{
    uint8_t h[crypto_shorthash_BYTES];
    uint64_t x;
    crypto_shorthash(h, (const unsigned char *)v, n, m->key);
    memcpy(&x, h, sizeof x);
    x += (uint64_t)t * 0x9E3779B97F4A7C15ull; /* the same value as two types: two sets */
    return (size_t)(x >> 32) % ASKF__PII_MEMO_SETS;
}

/* The memo entry of value v of type t, or NULL; a hit becomes its set's most recent. */
static const askf__pii_memo_ent *memo_find(askf__pii_memo *m, askf_pii_type t, const char *v,
                                           size_t n, size_t set)
{
    askf__pii_memo_ent *e = m->e[set];
    for (int w = 0; w < ASKF__PII_MEMO_WAYS; w++)
        if (e[w].type == t + 1 && e[w].n == n && memcmp(e[w].v, v, n) == 0) {
            for (; w > 0; w--) { /* move it to the front */
                askf__pii_memo_ent x = e[w];
                e[w] = e[w - 1];
                e[w - 1] = x;
            }
            m->hits++;
            return &e[0];
        }
    m->misses++;
    return NULL;
}

/* Keep the tag of v in its set as the most recent, dropping the least recent. */
static void memo_keep(askf__pii_memo *m, askf_pii_type t, const char *v, size_t n, size_t set,
                      const uint8_t tag[3])
{
    askf__pii_memo_ent *e = m->e[set];
    memmove(&e[1], &e[0], (ASKF__PII_MEMO_WAYS - 1) * sizeof *e);
    e[0].type = (uint8_t)(t + 1);
    e[0].n = (uint8_t)n;
    memcpy(e[0].tag, tag, 3);
    memcpy(e[0].v, v, n);
}

static void put_tag(askf_buf *out, askf_pii_type t, const uint8_t tag[3])
{
    askf__buf_putc(out, '[');
    askf__buf_puts(out, type_names[t]);
    askf__buf_putc(out, '_');
    askf__buf_put_hex(out, tag, 3);
    askf__buf_putc(out, ']');
}

/* The memo, allocated on first use with its random key (NULL if it cannot be had: every
 * pseudonym is then computed, as without it). */
static askf__pii_memo *memo_of(askf_pii_scratch *s)
{
    if (!s->memo && (s->memo = askf__calloc(1, sizeof *s->memo)) != NULL)
        crypto_shorthash_keygen(s->memo->key);
    return s->memo;
}

static void put_pseudonym(askf_pii_scratch *s, const askf_pii *p, askf_pii_type t, const char *v,
                          size_t n, askf_buf *out)
{
    askf__pii_memo *m = n <= ASKF__PII_MEMO_VMAX ? memo_of(s) : NULL;
    size_t set = 0;
    if (m) {
        set = askf__pii_memo_set(m, t, v, n);
        const askf__pii_memo_ent *e = memo_find(m, t, v, n, set);
        if (e) {
            put_tag(out, t, e->tag);
            return;
        }
    }
    askf__buf_reset(&s->norm);
    if (t == ASKF_PII_PERSON || t == ASKF_PII_HANDLE) {
        size_t i = 0;
        if (t == ASKF_PII_HANDLE && n && v[0] == '@')
            i = 1;
        askf__pii_normalize(&s->norm, v + i, n - i);
    } else {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)v[i];
            char f;
            unsigned k = c >= 0xD9 ? askf__pii_fold_digit(v, n, i, &f) : 0;
            if (k) { /* "٠٥٥…" and "055…" are one number */
                c = (unsigned char)f;
                i += k - 1;
            }
            if (t == ASKF_PII_PHONE || t == ASKF_PII_CREDIT_CARD || t == ASKF_PII_IBAN ||
                t == ASKF_PII_US_SSN) {
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      c == '+'))
                    continue;
            }
            if (c >= 'A' && c <= 'Z' && t != ASKF_PII_URL)
                c = (unsigned char)(c + 32);
            askf__buf_putc(&s->norm, (char)c);
        }
    }
    SHA256_CTX st = p->hm_in;
    uint8_t inner[32], mac[32];
    SHA256_Update(&st, type_names[t], strlen(type_names[t]) + 1); /* the name and its NUL */
    SHA256_Update(&st, s->norm.ptr ? s->norm.ptr : "", s->norm.len);
    SHA256_Final(inner, &st);
    st = p->hm_out;
    SHA256_Update(&st, inner, sizeof inner);
    SHA256_Final(mac, &st);
    sodium_memzero(&st, sizeof st);
    if (m)
        memo_keep(m, t, v, n, set, mac);
    put_tag(out, t, mac);
}

/* The replaced text: text with the spans sp[0, n) replaced per action, appended to out (the
 * scratch's own buffer for askf_pii_redact; the record being written for the record path,
 * which saves a copy). Sets *drop for a drop_record action. */
void askf__pii_replace(const askf_pii *p, askf_pii_scratch *s, const char *text, size_t len,
                       const askf_pii_span *sp, size_t n, askf_buf *out, int *drop)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        askf_pii_type t = (askf_pii_type)sp[i].type;
        askf_pii_action a = p->actions[t];
        askf__buf_put(out, text + at, sp[i].start - at);
        const char *v = text + sp[i].start;
        size_t vn = sp[i].end - sp[i].start;
        switch (a) {
        case ASKF_PII_KEEP: askf__buf_put(out, v, vn); break;
        case ASKF_PII_MASK:
            for (size_t k = 0; k < vn; k++)
                if (((unsigned char)v[k] & 0xC0) != 0x80)
                    askf__buf_putc(out, '*');
            break;
        case ASKF_PII_PSEUDONYM: put_pseudonym(s, p, t, v, vn, out); break;
        case ASKF_PII_DROP_RECORD:
            *drop = 1; /* the text is still tagged in case it is kept */
            /* fall through */
        default:
            askf__buf_putc(out, '[');
            askf__buf_puts(out, type_names[t]);
            askf__buf_putc(out, ']');
            break;
        }
        at = sp[i].end;
    }
    askf__buf_put(out, text + at, len - at);
}

askf_status askf_pii_redact(const askf_pii *p, askf_pii_scratch *s, const char *text, size_t len,
                            askf_pii_result *out)
{
    const askf_pii_span *sp;
    size_t n;
    if (!out)
        return ASKF_ERR_INVALID;
    memset(out, 0, sizeof *out);
    askf_status st = askf_pii_scan(p, s, text, len, &sp, &n);
    if (st != ASKF_OK)
        return st;
    askf__buf_reset(&s->out);
    if (askf__buf_reserve(&s->out, len + 16) != 0)
        return ASKF_ERR_NOMEM;
    int drop = 0;
    askf__pii_replace(p, s, text, len, sp, n, &s->out, &drop);
    if (s->out.oom)
        return ASKF_ERR_NOMEM;
    out->text = s->out.ptr;
    out->len = s->out.len;
    out->spans = sp;
    out->n_spans = n;
    out->drop = drop;
    return ASKF_OK;
}
