/*
 * buf.c - growable byte buffer (see buf.h).
 */
#include "buf.h"

#include "alloc.h"

#include <string.h>

void askf__buf_init(askf_buf *b) { memset(b, 0, sizeof *b); }

void askf__buf_free(askf_buf *b)
{
    askf__free(b->ptr);
    askf__buf_init(b);
}

void askf__buf_reset(askf_buf *b)
{
    b->len = 0;
    b->oom = 0;
}

int askf__buf_reserve(askf_buf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (extra <= b->cap - b->len)
        return 0;
    size_t need = b->len + extra;
    if (need < b->len) {
        b->oom = 1;
        return -1;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        size_t next = cap * 2;
        if (next < cap) {
            cap = need;
            break;
        }
        cap = next;
    }
    char *p = askf__realloc(b->ptr, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->ptr = p;
    b->cap = cap;
    return 0;
}

void askf__buf_put(askf_buf *b, const void *p, size_t n)
{
    if (n == 0 || askf__buf_reserve(b, n) != 0)
        return;
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
}

void askf__buf_putc(askf_buf *b, char c)
{
    if (askf__buf_reserve(b, 1) != 0)
        return;
    b->ptr[b->len++] = c;
}

void askf__buf_puts(askf_buf *b, const char *s) { askf__buf_put(b, s, strlen(s)); }

void askf__buf_put_u64(askf_buf *b, uint64_t v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    askf__buf_put(b, tmp + i, sizeof tmp - i);
}

void askf__buf_put_i64(askf_buf *b, int64_t v)
{
    if (v < 0) {
        askf__buf_putc(b, '-');
        askf__buf_put_u64(b, (uint64_t)0 - (uint64_t)v);
    } else {
        askf__buf_put_u64(b, (uint64_t)v);
    }
}

void askf__buf_put_hex(askf_buf *b, const uint8_t *p, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    if (askf__buf_reserve(b, n * 2) != 0)
        return;
    char *o = b->ptr + b->len;
    for (size_t i = 0; i < n; i++) {
        o[2 * i] = hx[p[i] >> 4];
        o[2 * i + 1] = hx[p[i] & 15];
    }
    b->len += n * 2;
}

/* Bytes that need escaping in a JSON string: quote, backslash, controls. */
static const uint8_t json_esc[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

void askf__buf_put_json_str(askf_buf *b, const char *s, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    /* Worst case every byte becomes \u00XX. */
    if (askf__buf_reserve(b, n * 6 + 2) != 0)
        return;
    char *o = b->ptr + b->len;
    *o++ = '"';
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && !json_esc[(uint8_t)s[run]])
            run++;
        memcpy(o, s + i, run - i);
        o += run - i;
        i = run;
        if (i >= n)
            break;
        uint8_t c = (uint8_t)s[i++];
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hx[c >> 4];
            *o++ = hx[c & 15];
        }
    }
    *o++ = '"';
    b->len = (size_t)(o - b->ptr);
}

void askf__buf_nul(askf_buf *b)
{
    if (askf__buf_reserve(b, 1) != 0)
        return;
    b->ptr[b->len] = 0;
}

char *askf__buf_take(askf_buf *b, size_t *len)
{
    askf__buf_nul(b);
    if (b->oom) {
        askf__buf_free(b);
        return NULL;
    }
    char *p = b->ptr;
    if (len)
        *len = b->len;
    askf__buf_init(b);
    return p;
}
