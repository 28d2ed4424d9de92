/*
 * arena.c - the per-request arena of `askfirst serve` and a string builder on
 * top of it. Everything a request allocates (body, decoded strings, response)
 * lives here and goes away in one call when the response is done, so a route
 * never frees and never leaks.
 */
#include "server_int.h"

#include <pthread.h>

#include <stdlib.h>
#include <string.h>

#define CHUNK_MIN (16u << 10)

struct arena_chunk {
    arena_chunk *next;
    size_t cap, used;
    _Alignas(16) unsigned char data[];
};

/* One spare chunk per thread (the HTTP library's threads live as long as the
 * server): a request that needs a big block reuses the last one instead of
 * mapping and unmapping fresh memory every time. */
#define SPARE_MAX (8u << 20)
static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;

static void spare_init(void)
{
    pthread_key_create(&spare_key, free);
}

static arena_chunk *spare_get(void)
{
    pthread_once(&spare_once, spare_init);
    return pthread_getspecific(spare_key);
}

static void spare_set(arena_chunk *c)
{
    pthread_setspecific(spare_key, c);
}

void *arena_alloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    arena_chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > CHUNK_MIN ? n : CHUNK_MIN;
        /* Grow chunk sizes with the request so big bodies need few chunks. */
        if (a->used_total > cap && a->used_total < (64u << 20))
            cap = n > a->used_total ? n : a->used_total;
        arena_chunk *sp = spare_get();
        if (sp && sp->cap >= cap) {
            c = sp;
            spare_set(NULL);
            cap = c->cap;
        } else {
            c = malloc(sizeof *c + cap);
            if (!c)
                return NULL;
        }
        c->cap = cap;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->used_total += n;
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

void arena_free_all(arena *a)
{
    arena_chunk *c = a->head;
    while (c) {
        arena_chunk *n = c->next;
        arena_chunk *sp = spare_get();
        if (c->cap <= SPARE_MAX && (!sp || sp->cap < c->cap)) {
            free(sp);
            spare_set(c);
        } else {
            free(c);
        }
        c = n;
    }
    a->head = NULL;
    a->used_total = 0;
}

void sb_init(sbuf *b, arena *a)
{
    memset(b, 0, sizeof *b);
    b->a = a;
}

static int sb_grow(sbuf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (b->cap - b->len > extra)
        return 0;
    size_t cap = b->cap ? b->cap * 2 : 1024;
    while (cap - b->len <= extra)
        cap *= 2;
    char *p = arena_alloc(b->a, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    if (b->len)
        memcpy(p, b->p, b->len);
    b->p = p;
    b->cap = cap;
    return 0;
}

void sb_reserve(sbuf *b, size_t extra)
{
    sb_grow(b, extra);
}

void sb_put(sbuf *b, const void *p, size_t n)
{
    if (sb_grow(b, n))
        return;
    memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = 0;
}

void sb_puts(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}
void sb_putc(sbuf *b, char c)
{
    sb_put(b, &c, 1);
}

void sb_i64(sbuf *b, int64_t v)
{
    char t[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        t[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        t[n++] = '-';
    char o[24];
    for (int i = 0; i < n; i++)
        o[i] = t[n - 1 - i];
    sb_put(b, o, (size_t)n);
}

void sb_hex(sbuf *b, const uint8_t *p, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    if (sb_grow(b, 2 * n))
        return;
    for (size_t i = 0; i < n; i++) {
        b->p[b->len++] = hx[p[i] >> 4];
        b->p[b->len++] = hx[p[i] & 15];
    }
    b->p[b->len] = 0;
}

void sb_jstr(sbuf *b, const char *s, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    if (sb_grow(b, 6 * n + 2))
        return;
    char *o = b->p + b->len;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        } else if (c == '\r') {
            *o++ = '\\';
            *o++ = 'r';
        } else if (c == '\t') {
            *o++ = '\\';
            *o++ = 't';
        } else if (c < 0x20 || c == 0x7f) {
            memcpy(o, "\\u00", 4);
            o += 4;
            *o++ = hx[c >> 4];
            *o++ = hx[c & 15];
        } else if (c == '<') {
            /* Keep "</script>" and friends inert if a body is ever inlined in HTML. */
            memcpy(o, "\\u003c", 6);
            o += 6;
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = '"';
    b->len = (size_t)(o - b->p);
    b->p[b->len] = 0;
}

void sb_jcstr(sbuf *b, const char *s)
{
    if (!s)
        sb_puts(b, "null");
    else
        sb_jstr(b, s, strlen(s));
}

void sb_time(sbuf *b, askf_time t)
{
    if (t == ASKF_TIME_NONE) {
        sb_puts(b, "null");
        return;
    }
    char tb[40];
    size_t n = askf_time_format(t, tb, sizeof tb);
    sb_jstr(b, tb, n);
}

void sb_key(sbuf *b, const char *k)
{
    if (b->len && b->p[b->len - 1] != '{' && b->p[b->len - 1] != '[')
        sb_putc(b, ',');
    sb_jstr(b, k, strlen(k));
    sb_putc(b, ':');
}
