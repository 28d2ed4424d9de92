/*
 * record.c - one JSONL record (or plain-text line) through the redactor: parse
 * with the flat tokenizer, decode the field, replace invalid UTF-8, redact,
 * and splice the new string back so every other byte of the record is
 * untouched; optionally append the spans in code points. Linear in the record
 * size; no allocation once the scratch buffers have grown.
 */
#include "pii_int.h"

#include "common/err.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdint.h>
#include <string.h>

/* Copy text replacing each invalid UTF-8 byte with U+FFFD. */
static void sanitize(askf_buf *out, const uint8_t *t, size_t n)
{
    askf__buf_reset(out);
    askf__buf_reserve(out, n + n / 2 + 8);
    size_t i = 0;
    while (i < n) {
        size_t ok = askf__utf8_check(t + i, n - i);
        askf__buf_put(out, t + i, ok);
        i += ok;
        if (i < n) {
            askf__buf_put(out, "\xEF\xBF\xBD", 3);
            i++;
        }
    }
}

/* ,"pii":[...] with code-point offsets into text (sorted spans: one pass). */
static void put_spans(askf_buf *b, const char *text, const askf_pii_span *sp, size_t n)
{
    askf__buf_puts(b, "\"pii\":[");
    size_t pos = 0, cp = 0;
    for (size_t i = 0; i < n; i++) {
        for (; pos < sp[i].start; pos++)
            cp += ((unsigned char)text[pos] & 0xC0) != 0x80;
        size_t cs = cp;
        for (; pos < sp[i].end; pos++)
            cp += ((unsigned char)text[pos] & 0xC0) != 0x80;
        if (i)
            askf__buf_putc(b, ',');
        askf__buf_puts(b, "{\"start\":");
        askf__buf_put_u64(b, cs);
        askf__buf_puts(b, ",\"end\":");
        askf__buf_put_u64(b, cp);
        askf__buf_puts(b, ",\"type\":\"");
        askf__buf_puts(b, askf_pii_type_name((askf_pii_type)sp[i].type));
        askf__buf_puts(b, "\"}");
    }
    askf__buf_putc(b, ']');
}

/* ---------- the flat-record fast path ---------- */

/* Most records are one flat JSON object whose values are strings, numbers,
 * true, false or null. Those are checked here in one pass, 16 bytes at a time
 * inside strings, without building tokens: the other fields are only skipped.
 * Anything else (nested values, \u escapes, control characters, errors, a
 * first matching key with escapes) returns 0, and the caller runs the full
 * tokenizer, which gives the same answer or the exact error message. What is
 * accepted here is accepted by askf__json_parse with the same field (the first
 * key equal to it, as askf__json_get). */
typedef struct flat {
    size_t q0, q1;   /* the field's string value: opening and closing quote */
    size_t close;    /* the root's '}' */
    size_t members;  /* number of members */
    int found;       /* the field is present */
    int is_string;   /* ... and a string */
    int escaped;     /* ... with (simple) escapes */
} flat;

static inline size_t ws_skip(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* From just after an opening quote to its closing quote; SIZE_MAX to fall back. */
static size_t flat_str_end(const char *s, size_t len, size_t i, int *esc)
{
    for (;;) {
#if defined(__SSE2__)
        const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\'), c1f = _mm_set1_epi8(0x1F);
        while (i + 16 <= len) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i ctl = _mm_cmpeq_epi8(_mm_max_epu8(x, c1f), c1f); /* x <= 0x1F */
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, b)), ctl));
            if (m) {
                i += (unsigned)__builtin_ctz(m);
                break;
            }
            i += 16;
        }
#endif
        while (i < len && s[i] != '"' && s[i] != '\\' && (unsigned char)s[i] >= 0x20)
            i++;
        if (i >= len || (unsigned char)s[i] < 0x20)
            return SIZE_MAX;
        if (s[i] == '"')
            return i;
        if (i + 1 >= len)
            return SIZE_MAX;
        switch (s[i + 1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            *esc = 1;
            i += 2;
            break;
        default: return SIZE_MAX; /* \u and errors: the full tokenizer */
        }
    }
}

/* The JSON number grammar, as the tokenizer; returns i when there is none. */
static size_t flat_number(const char *s, size_t len, size_t i)
{
    size_t st = i;
    if (i < len && s[i] == '-')
        i++;
    if (i >= len)
        return st;
    if (s[i] == '0')
        i++;
    else if (s[i] >= '1' && s[i] <= '9')
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
    else
        return st;
    if (i < len && s[i] == '.') {
        size_t d = ++i;
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

static int flat_record(const char *s, size_t len, const char *field, size_t flen, flat *f)
{
    memset(f, 0, sizeof *f);
    size_t i = ws_skip(s, len, 0);
    if (i >= len || s[i] != '{')
        return 0;
    i = ws_skip(s, len, i + 1);
    if (i < len && s[i] == '}') {
        f->close = i;
    } else {
        for (;;) {
            if (i >= len || s[i] != '"')
                return 0;
            int kesc = 0;
            size_t ke = flat_str_end(s, len, i + 1, &kesc);
            if (ke == SIZE_MAX)
                return 0;
            int is_field = 0;
            if (!f->found) {
                if (kesc)
                    return 0; /* compare decoded keys: the tokenizer's job */
                is_field = ke - (i + 1) == flen && memcmp(s + i + 1, field, flen) == 0;
            }
            i = ws_skip(s, len, ke + 1);
            if (i >= len || s[i] != ':')
                return 0;
            i = ws_skip(s, len, i + 1);
            if (i >= len)
                return 0;
            f->members++;
            char c = s[i];
            size_t e;
            if (c == '"') {
                int esc = 0;
                e = flat_str_end(s, len, i + 1, &esc);
                if (e == SIZE_MAX)
                    return 0;
                if (is_field) {
                    f->is_string = 1;
                    f->escaped = esc;
                    f->q0 = i;
                    f->q1 = e;
                }
                e++;
            } else if (c == 't' && len - i >= 4 && memcmp(s + i, "true", 4) == 0) {
                e = i + 4;
            } else if (c == 'f' && len - i >= 5 && memcmp(s + i, "false", 5) == 0) {
                e = i + 5;
            } else if (c == 'n' && len - i >= 4 && memcmp(s + i, "null", 4) == 0) {
                e = i + 4;
            } else {
                e = flat_number(s, len, i);
                if (e == i)
                    return 0; /* nested value or an error */
            }
            if (is_field)
                f->found = 1;
            i = ws_skip(s, len, e);
            if (i >= len)
                return 0;
            if (s[i] == ',') {
                i = ws_skip(s, len, i + 1);
                continue;
            }
            if (s[i] != '}')
                return 0;
            f->close = i;
            break;
        }
    }
    return ws_skip(s, len, f->close + 1) == len;
}

/* Decode a string body that has only the simple escapes (flat_str_end checked them). */
static void flat_unescape(askf_buf *out, const char *s, size_t n)
{
    askf__buf_reset(out);
    askf__buf_reserve(out, n);
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        askf__buf_put(out, s + i, run);
        i += run;
        if (i >= n)
            break;
        char c = s[i + 1];
        askf__buf_putc(out, c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r'
                            : c == 't' ? '\t' : c);
        i += 2;
    }
}

int askf__pii_flat_agrees(askf_pii_scratch *s, const char *rec, size_t len, const char *field)
{
    flat fl;
    if (!flat_record(rec, len, field, strlen(field), &fl))
        return 1; /* not taken: nothing to compare */
    askf_error je;
    if (askf__json_parse(&s->json, rec, len, 0, &je) != ASKF_OK ||
        s->json.toks[0].type != ASKF_JSON_OBJECT)
        return 0;
    const askf_json_tok *root = &s->json.toks[0];
    if (root->start + root->len - 1 != fl.close || (root->count > 0) != (fl.members > 0))
        return 0;
    int fi = askf__json_get(&s->json, 0, field, strlen(field));
    int is_string = fi >= 0 && s->json.toks[fi].type == ASKF_JSON_STRING;
    if (is_string != fl.is_string)
        return 0;
    if (is_string) {
        askf_slice raw = askf__json_raw(&s->json, (uint32_t)fi);
        if ((size_t)(raw.ptr - rec) != fl.q0 || raw.len != fl.q1 + 1 - fl.q0 ||
            !s->json.toks[fi].escaped != !fl.escaped)
            return 0;
        askf_slice v;
        if (askf__json_str(&s->json, (uint32_t)fi, &s->dec, &v) != 0)
            return 1;
        askf_buf u;
        askf__buf_init(&u);
        flat_unescape(&u, rec + fl.q0 + 1, fl.q1 - fl.q0 - 1);
        int same = fl.escaped ? (u.len == v.len && (!v.len || memcmp(u.ptr, v.ptr, v.len) == 0))
                              : (v.len == fl.q1 - fl.q0 - 1);
        askf__buf_free(&u);
        return same;
    }
    return 1;
}

askf_status askf_pii_redact_record(const askf_pii *pii, askf_pii_scratch *s, const char *rec,
                                   size_t len, const char *field, unsigned flags,
                                   askf_pii_record *out, askf_error *err)
{
    if (!pii || !s || !out || (!rec && len))
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "askf_pii_redact_record: NULL argument");
    memset(out, 0, sizeof *out);
    if (!field)
        field = "text";
    const char *text;
    size_t tlen;
    int verbatim = 0; /* text bytes are the raw JSON string content */
    int checked = 0;  /* the JSON tokenizer already validated the string's UTF-8 */
    askf_slice raw = {0};
    size_t close = 0;  /* the root's '}' */
    int members = 0;   /* the root has members */
    flat fl;
    if (flags & ASKF_REC_TEXT) {
        text = rec;
        tlen = len;
    } else if (flat_record(rec, len, field, strlen(field), &fl)) {
        close = fl.close;
        members = fl.members > 0;
        if (!fl.is_string) {
            out->no_field = 1;
            if (!(flags & ASKF_REC_SPANS)) {
                out->out = rec;
                out->out_len = len;
                return ASKF_OK;
            }
            text = "";
            tlen = 0;
        } else {
            raw = (askf_slice){rec + fl.q0, fl.q1 + 1 - fl.q0};
            verbatim = !fl.escaped;
            text = rec + fl.q0 + 1;
            tlen = fl.q1 - fl.q0 - 1;
            if (fl.escaped) {
                flat_unescape(&s->dec, text, tlen);
                if (s->dec.oom)
                    return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
                text = s->dec.ptr ? s->dec.ptr : "";
                tlen = s->dec.len;
            }
        }
    } else {
        askf_error je;
        if (askf__json_parse(&s->json, rec, len, 0, &je) != ASKF_OK)
            return askf__err(err, ASKF_ERR_PARSE, 0, je.column, NULL, "%s", je.msg);
        if (s->json.toks[0].type != ASKF_JSON_OBJECT)
            return askf__err(err, ASKF_ERR_PARSE, 0, 1, NULL, "a record must be a JSON object");
        close = s->json.toks[0].start + s->json.toks[0].len - 1;
        members = s->json.toks[0].count > 0;
        int fi = askf__json_get(&s->json, 0, field, strlen(field));
        if (fi < 0 || s->json.toks[fi].type != ASKF_JSON_STRING) {
            out->no_field = 1;
            if (!(flags & ASKF_REC_SPANS)) {
                out->out = rec;
                out->out_len = len;
                return ASKF_OK;
            }
            text = "";
            tlen = 0;
        } else {
            askf_slice v;
            raw = askf__json_raw(&s->json, (uint32_t)fi);
            verbatim = !s->json.toks[fi].escaped;
            checked = !s->json.toks[fi].bad_utf8;
            if (askf__json_str(&s->json, (uint32_t)fi, &s->dec, &v) != 0)
                return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
            text = v.ptr;
            tlen = v.len;
        }
    }
    size_t bad = checked ? tlen : askf__utf8_check((const uint8_t *)text, tlen);
    if (bad != tlen) {
        out->bad_utf8 = 1;
        out->bad_offset = bad;
        if (flags & ASKF_REC_REJECT_BAD_UTF8)
            return askf__err(err, ASKF_ERR_REJECTED, 0, 0, field,
                             "invalid UTF-8 at byte %zu of the text", bad);
        sanitize(&s->san, (const uint8_t *)text, tlen);
        if (s->san.oom)
            return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
        text = s->san.ptr;
        tlen = s->san.len;
        verbatim = 0;
    }
    askf_pii_result r;
    askf_status st = askf_pii_redact(pii, s, text, tlen, &r);
    if (st != ASKF_OK)
        return askf__err(err, st, 0, 0, field, "redaction failed: %s", askf_strerror(st));
    out->n_spans = r.n_spans;
    out->drop = r.drop;
    askf_buf *b = &s->rec;
    askf__buf_reset(b);
    if (flags & ASKF_REC_TEXT) {
        if (!(flags & ASKF_REC_SPANS)) {
            out->out = r.text;
            out->out_len = r.len;
            return ASKF_OK;
        }
        askf__buf_puts(b, "{\"text\":");
        askf__buf_put_json_str(b, r.text, r.len);
        askf__buf_putc(b, ',');
        put_spans(b, text, r.spans, r.n_spans);
        askf__buf_putc(b, '}');
    } else {
        if (!r.n_spans && !(flags & ASKF_REC_SPANS) && !out->bad_utf8) {
            out->out = rec;
            out->out_len = len;
            return ASKF_OK;
        }
        if (raw.ptr) {
            size_t rs = (size_t)(raw.ptr - rec), re = rs + raw.len;
            askf__buf_put(b, rec, rs);
            if (verbatim) {
                askf__buf_putc(b, '"');
                askf__buf_put(b, r.text, r.len);
                askf__buf_putc(b, '"');
            } else {
                askf__buf_put_json_str(b, r.text, r.len);
            }
            askf__buf_put(b, rec + re, close - re);
        } else {
            askf__buf_put(b, rec, close);
        }
        if (flags & ASKF_REC_SPANS) {
            if (members)
                askf__buf_putc(b, ',');
            put_spans(b, text, r.spans, r.n_spans);
        }
        askf__buf_put(b, rec + close, len - close);
    }
    if (b->oom)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
    out->out = b->ptr;
    out->out_len = b->len;
    return ASKF_OK;
}
