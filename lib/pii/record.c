/*
 * record.c - one JSONL record (or plain-text line) through the redactor: parse
 * with the flat tokenizer, decode the field, replace invalid UTF-8, redact,
 * and splice the new string back so every other byte of the record is
 * untouched; optionally append the spans in code points. Linear in the record
 * size; no allocation once the scratch buffers have grown.
 */
#include "pii_int.h"

#include "common/err.h"

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

/* v in decimal at o; returns the end. */
static char *put_dec(char *o, size_t v)
{
    if (v < 1000) { /* (the offsets in most texts: no loop, no reversal) */
        if (v >= 100)
            *o++ = (char)('0' + v / 100);
        if (v >= 10)
            *o++ = (char)('0' + v / 10 % 10);
        *o++ = (char)('0' + v % 10);
        return o;
    }
    char tmp[20];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *o++ = tmp[--n];
    return o;
}

/* ,"pii":[...] with code-point offsets into text (sorted spans: one pass; an ASCII text's
 * byte offsets are its code-point offsets). Written straight into room reserved once: at
 * most 80 bytes a span. */
static void put_spans(askf_buf *b, const char *text, int ascii, const askf_pii_span *sp,
                      size_t n)
{
#define LIT(o, s) (memcpy((o), (s), sizeof(s) - 1), (o) + sizeof(s) - 1)
    if (n > (SIZE_MAX - 16) / 80) {
        b->oom = 1; /* never leave the list out silently */
        return;
    }
    if (askf__buf_reserve(b, 16 + 80 * n) != 0)
        return; /* (the buffer notes its own failure) */
    char *o = LIT(b->ptr + b->len, "\"pii\":[");
    size_t pos = 0, cp = 0;
    for (size_t i = 0; i < n; i++) {
        size_t cs;
        if (ascii) {
            cs = sp[i].start;
            cp = sp[i].end;
        } else {
            for (; pos < sp[i].start; pos++)
                cp += ((unsigned char)text[pos] & 0xC0) != 0x80;
            cs = cp;
            for (; pos < sp[i].end; pos++)
                cp += ((unsigned char)text[pos] & 0xC0) != 0x80;
        }
        if (i)
            *o++ = ',';
        o = put_dec(LIT(o, "{\"start\":"), cs);
        o = put_dec(LIT(o, ",\"end\":"), cp);
        o = LIT(o, ",\"type\":\"");
        const char *tn = askf_pii_type_name((askf_pii_type)sp[i].type);
        size_t tl = strlen(tn); /* at most 11 ("CREDIT_CARD") */
        memcpy(o, tn, tl);
        o = LIT(o + tl, "\"}");
    }
    *o++ = ']';
    b->len = (size_t)(o - b->ptr);
#undef LIT
}

/* ---------- the flat-record fast path ---------- */

/* Most records are one flat JSON object; askf__json_flat (lib/common) reads
 * the field from those in one pass without tokens, and anything else falls
 * back to the full tokenizer, which gives the same answer or the exact error
 * message. */
static int flat_record(const char *s, size_t len, const char *field, askf_json_flat *f)
{
    askf_slice key = {field, strlen(field)};
    return askf__json_flat(s, len, &key, 1, f);
}

int askf__pii_flat_agrees(askf_pii_scratch *s, const char *rec, size_t len, const char *field)
{
    askf_json_flat fl;
    if (!flat_record(rec, len, field, &fl))
        return 1; /* not taken: nothing to compare */
    const askf_json_flat_val *fv = &fl.v[0];
    askf_error je;
    if (askf__json_parse(&s->json, rec, len, 0, &je) != ASKF_OK ||
        s->json.toks[0].type != ASKF_JSON_OBJECT)
        return 0;
    const askf_json_tok *root = &s->json.toks[0];
    if (root->start + root->len - 1 != fl.close || root->count != fl.members)
        return 0;
    int fi = askf__json_get(&s->json, 0, field, strlen(field));
    int is_string = fi >= 0 && s->json.toks[fi].type == ASKF_JSON_STRING;
    if ((fi >= 0) != fv->found || is_string != fv->is_string)
        return 0;
    if (is_string) {
        const askf_json_tok *t = &s->json.toks[fi];
        askf_slice raw = askf__json_raw(&s->json, (uint32_t)fi);
        if ((size_t)(raw.ptr - rec) != fv->q0 || raw.len != fv->q1 + 1 - fv->q0 ||
            !t->escaped != !fv->escaped || (t->bad_utf8 && !fv->high))
            return 0;
        askf_slice v, u;
        if (askf__json_str(&s->json, (uint32_t)fi, &s->dec, &v) != 0)
            return 1;
        askf_buf ub;
        askf__buf_init(&ub);
        int same = askf__json_flat_str(rec, fv, &ub, &u) == 0 && u.len == v.len &&
                   (!v.len || memcmp(u.ptr, v.ptr, v.len) == 0);
        askf__buf_free(&ub);
        return same;
    }
    return 1;
}

/* The record's text field: where it is and what is known of its bytes. */
typedef struct rec_field {
    int found;        /* the field is there and is a string */
    const char *text; /* decoded value */
    size_t tlen;
    int verbatim;     /* text bytes are the raw JSON string content */
    int checked;      /* the string's UTF-8 is known to be valid */
    int ascii;        /* the decoded text is known to be ASCII */
    askf_slice raw;   /* the value as written, quotes included */
    size_t close;     /* the root's '}' */
    int members;      /* the root has members */
} rec_field;

/* The field from the one-pass reader's answer. */
static askf_status field_flat(askf_pii_scratch *s, const char *rec, const askf_json_flat *fl,
                              const char *field, rec_field *f, askf_error *err)
{
    const askf_json_flat_val *fv = &fl->v[0];
    f->close = fl->close;
    f->members = fl->members > 0;
    if (!fv->is_string)
        return ASKF_OK;
    askf_slice v;
    f->raw = (askf_slice){rec + fv->q0, fv->q1 + 1 - fv->q0};
    f->verbatim = !fv->escaped;
    f->checked = !fv->high; /* ASCII, escapes decoded or not */
    f->ascii = !fv->high;   /* a flat record has no \u escapes */
    if (askf__json_flat_str(rec, fv, &s->dec, &v) != 0)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
    f->found = 1;
    f->text = v.ptr ? v.ptr : "";
    f->tlen = v.len;
    return ASKF_OK;
}

/* The field through the full tokenizer (nested records, or the exact error). */
static askf_status field_tokens(askf_pii_scratch *s, const char *rec, size_t len,
                                const char *field, rec_field *f, askf_error *err)
{
    askf_error je;
    if (askf__json_parse(&s->json, rec, len, 0, &je) != ASKF_OK)
        return askf__err(err, ASKF_ERR_PARSE, 0, je.column, NULL, "%s", je.msg);
    if (s->json.toks[0].type != ASKF_JSON_OBJECT)
        return askf__err(err, ASKF_ERR_PARSE, 0, 1, NULL, "a record must be a JSON object");
    f->close = s->json.toks[0].start + s->json.toks[0].len - 1;
    f->members = s->json.toks[0].count > 0;
    int fi = askf__json_get(&s->json, 0, field, strlen(field));
    if (fi < 0 || s->json.toks[fi].type != ASKF_JSON_STRING)
        return ASKF_OK;
    askf_slice v;
    f->raw = askf__json_raw(&s->json, (uint32_t)fi);
    f->verbatim = !s->json.toks[fi].escaped;
    f->checked = !s->json.toks[fi].bad_utf8;
    if (askf__json_str(&s->json, (uint32_t)fi, &s->dec, &v) != 0)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
    f->found = 1;
    f->text = v.ptr ? v.ptr : "";
    f->tlen = v.len;
    return ASKF_OK;
}

/* The end of an output record whose fields up to `close` (the object's closing brace) are in
 * b: the "pii" list when asked for, then the rest of the input record. */
static askf_status close_record(askf_buf *b, const char *rec, size_t close, size_t len,
                                unsigned flags, int members, const char *text, int ascii,
                                const askf_pii_span *sp, size_t n, askf_pii_record *out,
                                const char *field, askf_error *err)
{
    if (flags & ASKF_REC_SPANS) {
        if (members)
            askf__buf_putc(b, ',');
        put_spans(b, text, ascii, sp, n);
    }
    askf__buf_put(b, rec + close, len - close);
    if (b->oom)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
    out->out = b->ptr;
    out->out_len = b->len;
    return ASKF_OK;
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
    rec_field f = {0};
    askf_json_flat fl;
    askf_status fst = ASKF_OK;
    if (flags & ASKF_REC_TEXT)
        f = (rec_field){.found = 1, .text = rec, .tlen = len};
    else if (flat_record(rec, len, field, &fl))
        fst = field_flat(s, rec, &fl, field, &f, err);
    else
        fst = field_tokens(s, rec, len, field, &f, err);
    if (fst != ASKF_OK)
        return fst;
    if (!f.found) {
        out->no_field = 1;
        if (!(flags & ASKF_REC_SPANS)) {
            out->out = rec;
            out->out_len = len;
            return ASKF_OK;
        }
        f.text = "";
        f.tlen = 0;
    }
    const char *text = f.text;
    size_t tlen = f.tlen;
    int verbatim = f.verbatim, checked = f.checked, members = f.members, ascii = f.ascii;
    askf_slice raw = f.raw;
    size_t close = f.close;
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
    askf_buf *b = &s->rec;
    askf_status st;
    if (!(flags & ASKF_REC_TEXT) && verbatim && raw.ptr) {
        /* the field's bytes are its text: the replaced text goes straight into the record
         * (askf_pii_redact would build it in its own buffer first, one copy more) */
        const askf_pii_span *sp;
        size_t n;
        st = askf_pii_scan(pii, s, text, tlen, &sp, &n);
        if (st != ASKF_OK)
            return askf__err(err, st, 0, 0, field, "redaction failed: %s", askf_strerror(st));
        out->n_spans = n;
        if (!n && !(flags & ASKF_REC_SPANS) && !out->bad_utf8) {
            out->out = rec;
            out->out_len = len;
            return ASKF_OK;
        }
        size_t rs = (size_t)(raw.ptr - rec), re = rs + raw.len;
        askf__buf_reset(b);
        askf__buf_reserve(b, len + 64);
        askf__buf_put(b, rec, rs);
        askf__buf_putc(b, '"');
        askf__pii_replace(pii, s, text, tlen, sp, n, b, &out->drop);
        askf__buf_putc(b, '"');
        askf__buf_put(b, rec + re, close - re);
        return close_record(b, rec, close, len, flags, members, text, ascii, sp, n, out, field,
                            err);
    }
    askf_pii_result r;
    st = askf_pii_redact(pii, s, text, tlen, &r);
    if (st != ASKF_OK)
        return askf__err(err, st, 0, 0, field, "redaction failed: %s", askf_strerror(st));
    out->n_spans = r.n_spans;
    out->drop = r.drop;
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
        put_spans(b, text, 0, r.spans, r.n_spans);
        askf__buf_putc(b, '}');
    } else {
        if (!r.n_spans && !(flags & ASKF_REC_SPANS) && !out->bad_utf8) {
            out->out = rec;
            out->out_len = len;
            return ASKF_OK;
        }
        if (raw.ptr) { /* (not verbatim: the verbatim field took the path above) */
            size_t rs = (size_t)(raw.ptr - rec), re = rs + raw.len;
            askf__buf_put(b, rec, rs);
            askf__buf_put_json_str(b, r.text, r.len);
            askf__buf_put(b, rec + re, close - re);
        } else {
            askf__buf_put(b, rec, close);
        }
        return close_record(b, rec, close, len, flags, members, text, ascii, r.spans,
                            r.n_spans, out, field, err);
    }
    if (b->oom)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, field, "out of memory");
    out->out = b->ptr;
    out->out_len = b->len;
    return ASKF_OK;
}
