/*
 * json.c - strict single-pass JSON parser into a flat token array (json.h).
 *
 * The parser is iterative with an explicit container stack so that nesting
 * depth is bounded by max_depth, not by the C stack. Offsets are 32-bit: one
 * value may be at most 4 GiB.
 */
#include "json.h"

#include "alloc.h"
#include "err.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_STR 1
#endif

#define DEFAULT_DEPTH 64
#define MAX_STACK 1024

void askf__json_init(askf_json *j) { memset(j, 0, sizeof *j); }

void askf__json_free(askf_json *j)
{
    askf__free(j->toks);
    askf__json_init(j);
}

static int push_tok(askf_json *j, uint8_t type, uint32_t start)
{
    if (j->max_tokens && j->n >= j->max_tokens)
        return -2;
    if (j->n == j->cap) {
        uint32_t cap = j->cap ? j->cap * 2 : 64;
        if (cap < j->cap)
            return -1;
        askf_json_tok *t = askf__realloc(j->toks, (size_t)cap * sizeof *t);
        if (!t)
            return -1;
        j->toks = t;
        j->cap = cap;
    }
    askf_json_tok *t = &j->toks[j->n];
    t->type = type;
    t->escaped = 0;
    t->bad_utf8 = 0;
    t->start = start;
    t->len = 0;
    t->count = 0;
    t->end = 0;
    return (int)j->n++;
}

size_t askf__utf8_check(const uint8_t *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* Fast path over ASCII, eight bytes at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (len - i <= need)
            return i;
        for (size_t k = 1; k <= need; k++) {
            uint8_t cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += need + 1;
    }
    return len;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[k]);
        if (h < 0)
            return -1;
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return 0;
}

/* The one fast scanner for string bodies (the tokenizer and the flat-object
 * reader below both use it): from s[i], the index of the first byte that is
 * '"', '\\' or a control character (< 0x20), or len. Bytes >= 0x80 passed
 * over set *high, so ASCII strings skip UTF-8 validation. SSE2 (every x86-64)
 * looks at 16 bytes per step; elsewhere a byte loop. */
#ifdef HAVE_AVX2_STR
/* The 32-byte steps of str_plain, with AVX2: from s[i], the index of the first stop byte
 * while 32 bytes are left, else where fewer are (a stop byte may be there: the caller's
 * next step finds it at once); high bytes passed over go to *high, which callers read only
 * as zero or not. */
__attribute__((target("avx2"))) static size_t str_plain_avx2(const char *s, size_t len, size_t i,
                                                             unsigned *high)
{
    const __m256i q = _mm256_set1_epi8('"'), bs = _mm256_set1_epi8('\\'),
                  c1f = _mm256_set1_epi8(0x1F);
    unsigned hi = 0;
    while (len - i >= 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
        __m256i ctl = _mm256_cmpeq_epi8(_mm256_max_epu8(x, c1f), c1f); /* x <= 0x1F */
        unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(x, q), _mm256_cmpeq_epi8(x, bs)), ctl));
        unsigned h = (unsigned)_mm256_movemask_epi8(x);
        if (m) {
            unsigned k = (unsigned)__builtin_ctz(m);
            *high |= hi | (h & ((1u << k) - 1));
            return i + k;
        }
        hi |= h;
        i += 32;
    }
    *high |= hi;
    return i;
}
#endif

static inline size_t str_plain(const char *s, size_t len, size_t i, unsigned *high)
{
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), c1f = _mm_set1_epi8(0x1F);
    unsigned hi = 0;
    for (int first = 1; len - i >= 16; first = 0) {
#ifdef HAVE_AVX2_STR
        /* a string longer than the first step (keys and short values end in it) goes on
         * 32 bytes a step when the CPU has AVX2 (a load of what libgcc found at startup) */
        if (!first && len - i >= 32 && __builtin_cpu_supports("avx2")) {
            *high |= hi;
            hi = 0;
            i = str_plain_avx2(s, len, i, high);
            if (len - i >= 32)
                return i; /* a stop byte */
            if (len - i < 16)
                break; /* the rest byte by byte */
        }
#endif
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i ctl = _mm_cmpeq_epi8(_mm_max_epu8(x, c1f), c1f); /* x <= 0x1F */
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)), ctl));
        unsigned h = (unsigned)_mm_movemask_epi8(x);
        if (m) {
            unsigned k = (unsigned)__builtin_ctz(m);
            *high |= hi | (h & ((1u << k) - 1));
            return i + k;
        }
        hi |= h;
        i += 16;
    }
    *high |= hi;
#endif
    unsigned hb = 0;
    while (i < len) {
        uint8_t c = (uint8_t)s[i];
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        hb |= c & 0x80;
        i++;
    }
    *high |= hb;
    return i;
}

/* Scan a string body starting after the opening quote. Returns the index of
 * the closing quote, or (size_t)-1 with *why set. */
static size_t scan_string(const char *s, size_t len, size_t i, askf_json_tok *t,
                          const char **why)
{
    size_t start = i;
    unsigned high_bytes = 0;
    for (;;) {
        i = str_plain(s, len, i, &high_bytes);
        if (i >= len) {
            *why = "unterminated string";
            return (size_t)-1;
        }
        uint8_t c = (uint8_t)s[i];
        if (c == '"')
            break;
        if (c < 0x20) {
            *why = "control character in string (must be escaped)";
            return i | ((size_t)1 << 63);
        }
        /* backslash */
        t->escaped = 1;
        if (i + 1 >= len) {
            *why = "unterminated escape";
            return (size_t)-1;
        }
        char e = s[i + 1];
        switch (e) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            i += 2;
            break;
        case 'u': {
            uint32_t u;
            if (i + 6 > len || hex4(s + i + 2, &u) != 0) {
                *why = "bad \\u escape";
                return i | ((size_t)1 << 63);
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                uint32_t lo;
                if (i + 12 > len || s[i + 6] != '\\' || s[i + 7] != 'u' ||
                    hex4(s + i + 8, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF) {
                    *why = "unpaired surrogate in \\u escape";
                    return i | ((size_t)1 << 63);
                }
                i += 12;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                *why = "unpaired surrogate in \\u escape";
                return i | ((size_t)1 << 63);
            } else {
                i += 6;
            }
            break;
        }
        default:
            *why = "unknown escape";
            return i | ((size_t)1 << 63);
        }
    }
    t->start = (uint32_t)start;
    t->len = (uint32_t)(i - start);
    if (high_bytes && askf__utf8_check((const uint8_t *)s + start, i - start) != i - start)
        t->bad_utf8 = 1;
    return i;
}

static size_t scan_number(const char *s, size_t len, size_t i)
{
    size_t st = i;
    if (i < len && s[i] == '-')
        i++;
    if (i >= len)
        return st;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return st;
    }
    if (i < len && s[i] == '.') {
        i++;
        size_t d = i;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return st;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t d = i;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return st;
    }
    return i;
}

static inline size_t skip_ws(const char *s, size_t len, size_t i)
{
    if (i < len && (unsigned char)s[i] > ' ')
        return i; /* (the usual case: every white-space byte is at most ' ') */
    if (i + 1 < len && s[i] == ' ' && (unsigned char)s[i + 1] > ' ')
        return i + 1; /* (one space, as after ", " and ": ") */
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static askf_status fail(askf_error *err, size_t at, const char *what)
{
    return askf__err(err, ASKF_ERR_PARSE, 0, (uint32_t)(at + 1), NULL,
                     "invalid JSON at byte %zu: %s", at + 1, what);
}

/* push_tok failed: the token limit, or memory. */
static askf_status no_token(const askf_json *j, askf_error *err)
{
    if (j->max_tokens && j->n >= j->max_tokens)
        return askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL, "JSON has more than %u values",
                         j->max_tokens);
    return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory parsing JSON");
}

/* The string token (value or key) whose opening quote is s[*i]; *i moves past
 * the closing quote. bad_utf8: the message for invalid UTF-8 under STRICT_UTF8. */
static askf_status string_tok(askf_json *j, const char *s, size_t len, size_t *i, unsigned flags,
                              const char *bad_utf8, askf_error *err)
{
    int idx = push_tok(j, ASKF_JSON_STRING, (uint32_t)*i);
    if (idx < 0)
        return no_token(j, err);
    const char *why = NULL;
    size_t q = scan_string(s, len, *i + 1, &j->toks[idx], &why);
    if (q == (size_t)-1)
        return fail(err, len, why);
    if (q >> 63)
        return fail(err, q & ~((size_t)1 << 63), why);
    if ((flags & ASKF_JSON_STRICT_UTF8) && j->toks[idx].bad_utf8)
        return fail(err, *i, bad_utf8);
    j->toks[idx].end = j->n;
    *i = q + 1;
    return ASKF_OK;
}

askf_status askf__json_parse(askf_json *j, const char *s, size_t len, unsigned flags,
                             askf_error *err)
{
    uint32_t stack[MAX_STACK];
    uint32_t depth = 0;
    uint32_t max_depth = j->max_depth ? j->max_depth : DEFAULT_DEPTH;
    if (max_depth > MAX_STACK)
        max_depth = MAX_STACK;
    j->src = s;
    j->src_len = len;
    j->n = 0;
    if (len > UINT32_MAX - 1)
        return askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL, "JSON value larger than 4 GiB");

    size_t i = skip_ws(s, len, 0);
    /* expect: 0 value, 1 key or '}' (after '{'), 2 key (after ','),
     * 3 ':' , 4 ',' or close, 5 value or ']' (after '[') */
    int expect = 0;
    for (;;) {
        if (expect == 0 || expect == 5) {
            if (i >= len)
                return fail(err, i, "unexpected end of input, expected a value");
            char c = s[i];
            if (expect == 5 && c == ']')
                goto close_container;
            int idx;
            if (depth && j->toks[stack[depth - 1]].type == ASKF_JSON_ARRAY)
                j->toks[stack[depth - 1]].count++;
            switch (c) {
            case '{':
            case '[':
                if (depth >= max_depth)
                    return fail(err, i, "nesting too deep");
                idx = push_tok(j, c == '{' ? ASKF_JSON_OBJECT : ASKF_JSON_ARRAY, (uint32_t)i);
                if (idx < 0)
                    goto oom;
                stack[depth++] = (uint32_t)idx;
                i = skip_ws(s, len, i + 1);
                expect = c == '{' ? 1 : 5;
                continue;
            case '"': {
                askf_status st = string_tok(j, s, len, &i, flags, "string is not valid UTF-8", err);
                if (st != ASKF_OK)
                    return st;
                break;
            }
            case 't':
            case 'f':
            case 'n': {
                const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
                size_t wl = strlen(word);
                if (len - i < wl || memcmp(s + i, word, wl) != 0)
                    return fail(err, i, "unexpected character, expected a value");
                idx = push_tok(j, c == 't' ? ASKF_JSON_TRUE : c == 'f' ? ASKF_JSON_FALSE : ASKF_JSON_NULL,
                               (uint32_t)i);
                if (idx < 0)
                    goto oom;
                j->toks[idx].len = (uint32_t)wl;
                j->toks[idx].end = j->n;
                i += wl;
                break;
            }
            default: {
                size_t e = scan_number(s, len, i);
                if (e == i)
                    return fail(err, i, "unexpected character, expected a value");
                idx = push_tok(j, ASKF_JSON_NUMBER, (uint32_t)i);
                if (idx < 0)
                    goto oom;
                j->toks[idx].len = (uint32_t)(e - i);
                j->toks[idx].end = j->n;
                i = e;
            }
            }
            i = skip_ws(s, len, i);
            if (!depth)
                break;
            expect = 4;
            continue;
        }
        if (expect == 1 || expect == 2) {
            if (i < len && s[i] == '}' && expect == 1)
                goto close_container;
            if (i >= len || s[i] != '"')
                return fail(err, i, "expected a string key");
            askf_status st = string_tok(j, s, len, &i, flags, "key is not valid UTF-8", err);
            if (st != ASKF_OK)
                return st;
            i = skip_ws(s, len, i);
            if (i >= len || s[i] != ':')
                return fail(err, i, "expected ':' after key");
            i = skip_ws(s, len, i + 1);
            j->toks[stack[depth - 1]].count++;
            expect = 0;
            continue;
        }
        /* expect == 4: ',' or close */
        if (i >= len)
            return fail(err, i, "unexpected end of input inside a container");
        {
            askf_json_tok *top = &j->toks[stack[depth - 1]];
            if (s[i] == ',') {
                i = skip_ws(s, len, i + 1);
                expect = top->type == ASKF_JSON_OBJECT ? 2 : 0;
                continue;
            }
            if ((top->type == ASKF_JSON_OBJECT && s[i] == '}') ||
                (top->type == ASKF_JSON_ARRAY && s[i] == ']'))
                goto close_container;
            return fail(err, i, top->type == ASKF_JSON_OBJECT ? "expected ',' or '}'"
                                                             : "expected ',' or ']'");
        }
    close_container: {
        askf_json_tok *top = &j->toks[stack[--depth]];
        top->len = (uint32_t)(i + 1 - top->start);
        top->end = j->n;
        i = skip_ws(s, len, i + 1);
        if (!depth)
            break;
        expect = 4;
    }
    }
    if (i != len)
        return fail(err, i, "trailing characters after the JSON value");
    return ASKF_OK;
oom:
    return no_token(j, err);
}

static size_t utf8_put(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode an escaped string body (validated by the parser). */
static int decode(const char *s, size_t n, askf_buf *b)
{
    askf__buf_reset(b);
    if (askf__buf_reserve(b, n + 1) != 0)
        return -1;
    char *o = b->ptr;
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            *o++ = s[i++];
            continue;
        }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            uint32_t u = 0, lo = 0;
            hex4(s + i, &u);
            i += 4;
            if (u >= 0xD800 && u <= 0xDBFF) {
                hex4(s + i + 2, &lo);
                i += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            o += utf8_put(o, u);
            break;
        }
        default: *o++ = e;
        }
    }
    b->len = (size_t)(o - b->ptr);
    return 0;
}

int askf__json_str(const askf_json *j, uint32_t i, askf_buf *scratch, askf_slice *out)
{
    if (i >= j->n || j->toks[i].type != ASKF_JSON_STRING)
        return -1;
    const askf_json_tok *t = &j->toks[i];
    if (!t->escaped) {
        out->ptr = j->src + t->start;
        out->len = t->len;
        return 0;
    }
    if (decode(j->src + t->start, t->len, scratch) != 0)
        return -1;
    out->ptr = scratch->ptr;
    out->len = scratch->len;
    return 0;
}

/* ---- the flat-object fast path (json.h) ---- */

/* From just after an opening quote to its closing quote, with only the simple
 * escapes; SIZE_MAX for anything else (the tokenizer's job). */
static inline __attribute__((always_inline)) size_t flat_str(const char *s, size_t len, size_t i,
                                                           askf_json_flat_val *v)
{
    unsigned high = 0;
    for (;;) {
        i = str_plain(s, len, i, &high);
        if (i >= len || (uint8_t)s[i] < 0x20)
            return SIZE_MAX;
        if (s[i] == '"')
            break;
        if (i + 1 >= len)
            return SIZE_MAX;
        switch (s[i + 1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            v->escaped = 1;
            i += 2;
            break;
        default: return SIZE_MAX;
        }
    }
    v->high = high != 0;
    return i;
}

/* The end of the scalar value at s[i] (string, number, true, false, null) into
 * *v; SIZE_MAX when it is anything else. */
static size_t flat_value(const char *s, size_t len, size_t i, askf_json_flat_val *v)
{
    char c = s[i];
    if (c == '"') {
        size_t e = flat_str(s, len, i + 1, v);
        if (e == SIZE_MAX)
            return SIZE_MAX;
        v->is_string = 1;
        v->q0 = (uint32_t)i;
        v->q1 = (uint32_t)e;
        return e + 1;
    }
    if (c == 't' || c == 'f' || c == 'n') {
        const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        size_t wl = c == 'f' ? 5 : 4;
        return len - i >= wl && memcmp(s + i, word, wl) == 0 ? i + wl : SIZE_MAX;
    }
    size_t e = scan_number(s, len, i);
    return e == i ? SIZE_MAX : e;
}

/* Which of the still-missing keys (bit k of `missing` for keys[k]) the
 * unescaped key s[0..n) is: a bit set per match. */
static unsigned flat_key(const char *s, size_t n, const askf_slice *keys, unsigned missing)
{
    unsigned hit = 0;
    for (unsigned m = missing; m; m &= m - 1) {
        unsigned k = (unsigned)__builtin_ctz(m);
        if (keys[k].len == n && (!n || (keys[k].ptr[0] == s[0] && memcmp(keys[k].ptr, s, n) == 0)))
            hit |= 1u << k;
    }
    return hit;
}

int askf__json_flat(const char *s, size_t len, const askf_slice *keys, size_t nkeys,
                    askf_json_flat *out)
{
    memset(out, 0, sizeof *out);
    if (len > UINT32_MAX - 1 || nkeys > ASKF_JSON_FLAT_MAX)
        return 0;
    unsigned missing = (1u << nkeys) - 1;
    size_t i = skip_ws(s, len, 0);
    if (i >= len || s[i] != '{')
        return 0;
    i = skip_ws(s, len, i + 1);
    if (i < len && s[i] == '}') {
        out->close = (uint32_t)i;
        return skip_ws(s, len, i + 1) == len;
    }
    for (;;) {
        askf_json_flat_val key = {0}, other;
        if (i >= len || s[i] != '"')
            return 0;
        size_t ke = flat_str(s, len, i + 1, &key);
        if (ke == SIZE_MAX || (key.escaped && missing))
            return 0; /* decoded keys are compared by the tokenizer */
        unsigned hit = missing ? flat_key(s + i + 1, ke - i - 1, keys, missing) : 0;
        i = skip_ws(s, len, ke + 1);
        if (i >= len || s[i] != ':')
            return 0;
        i = skip_ws(s, len, i + 1);
        /* The value goes straight to the first key it answers (no copy of a
         * just-written struct: a store-forwarding stall per field). */
        askf_json_flat_val *v = hit ? &out->v[__builtin_ctz(hit)] : &other;
        memset(v, 0, sizeof *v);
        if (i >= len || (i = flat_value(s, len, i, v)) == SIZE_MAX)
            return 0;
        v->found = 1;
        out->members++;
        missing &= ~hit;
        for (hit &= hit - 1; hit; hit &= hit - 1) /* the same key asked for twice */
            out->v[__builtin_ctz(hit)] = *v;
        i = skip_ws(s, len, i);
        if (i < len && s[i] == ',') {
            i = skip_ws(s, len, i + 1);
            continue;
        }
        if (i >= len || s[i] != '}')
            return 0;
        out->close = (uint32_t)i;
        return skip_ws(s, len, i + 1) == len;
    }
}

int askf__json_flat_str(const char *s, const askf_json_flat_val *v, askf_buf *scratch,
                        askf_slice *out)
{
    const char *body = s + v->q0 + 1;
    size_t n = v->q1 - v->q0 - 1;
    if (!v->escaped) {
        out->ptr = body;
        out->len = n;
        return 0;
    }
    if (decode(body, n, scratch) != 0)
        return -1;
    out->ptr = scratch->ptr;
    out->len = scratch->len;
    return 0;
}

int askf__json_str_eq(const askf_json *j, uint32_t i, const char *s, size_t len)
{
    if (i >= j->n || j->toks[i].type != ASKF_JSON_STRING)
        return 0;
    const askf_json_tok *t = &j->toks[i];
    if (!t->escaped)
        return t->len == len && memcmp(j->src + t->start, s, len) == 0;
    askf_buf b;
    askf__buf_init(&b);
    int eq = decode(j->src + t->start, t->len, &b) == 0 && b.len == len &&
             memcmp(b.ptr, s, len) == 0;
    askf__buf_free(&b);
    return eq;
}

int askf__json_get(const askf_json *j, uint32_t obj, const char *key, size_t key_len)
{
    if (obj >= j->n || j->toks[obj].type != ASKF_JSON_OBJECT)
        return -1;
    uint32_t k = obj + 1;
    for (uint32_t m = 0; m < j->toks[obj].count; m++) {
        uint32_t v = k + 1;
        if (askf__json_str_eq(j, k, key, key_len))
            return (int)v;
        k = j->toks[v].end;
    }
    return -1;
}

int askf__json_dup_key(const askf_json *j, uint32_t obj)
{
    if (obj >= j->n || j->toks[obj].type != ASKF_JSON_OBJECT)
        return -1;
    askf_buf scratch;
    askf__buf_init(&scratch);
    int dup = -1;
    uint32_t k = obj + 1;
    for (uint32_t m = 0; m < j->toks[obj].count && dup < 0; m++) {
        askf_slice key;
        if (askf__json_str(j, k, &scratch, &key) != 0)
            break;
        /* Copy: scratch is reused by the comparisons below. */
        char *kc = askf__strndup(key.ptr, key.len);
        if (!kc)
            break;
        uint32_t k2 = j->toks[k + 1].end;
        for (uint32_t m2 = m + 1; m2 < j->toks[obj].count; m2++) {
            if (askf__json_str_eq(j, k2, kc, key.len)) {
                dup = (int)k2;
                break;
            }
            k2 = j->toks[k2 + 1].end;
        }
        askf__free(kc);
        k = j->toks[k + 1].end;
    }
    askf__buf_free(&scratch);
    return dup;
}

int askf__json_i64(const askf_json *j, uint32_t i, int64_t *out)
{
    if (i >= j->n || j->toks[i].type != ASKF_JSON_NUMBER)
        return -1;
    const char *p = j->src + j->toks[i].start;
    size_t n = j->toks[i].len, k = 0;
    int neg = 0;
    if (p[0] == '-') {
        neg = 1;
        k = 1;
    }
    uint64_t v = 0;
    for (; k < n; k++) {
        if (p[k] < '0' || p[k] > '9')
            return -1;
        uint64_t d = (uint64_t)(p[k] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1)
            return -1;
        *out = (int64_t)(0 - v);
    } else {
        if (v > (uint64_t)INT64_MAX)
            return -1;
        *out = (int64_t)v;
    }
    return 0;
}

askf_slice askf__json_raw(const askf_json *j, uint32_t i)
{
    askf_slice s = {0, 0};
    if (i >= j->n)
        return s;
    const askf_json_tok *t = &j->toks[i];
    if (t->type == ASKF_JSON_STRING) {
        s.ptr = j->src + t->start - 1;
        s.len = (size_t)t->len + 2;
    } else {
        s.ptr = j->src + t->start;
        s.len = t->len;
    }
    return s;
}
