/*
 * buf.h - a growable byte buffer used for building JSON, canonical event bytes
 * and output records. Growth is geometric; a failed growth leaves the buffer
 * unchanged and sets `oom`, so a sequence of appends can be checked once.
 */
#ifndef ASKF_BUF_H
#define ASKF_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct askf_buf {
    char *ptr;
    size_t len;
    size_t cap;
    int oom; /* sticky: an append failed */
} askf_buf;

void askf__buf_init(askf_buf *b);
void askf__buf_free(askf_buf *b);
void askf__buf_reset(askf_buf *b);
/* Ensure room for `extra` more bytes; 0 on success, -1 (and oom set) on failure. */
int askf__buf_reserve(askf_buf *b, size_t extra);
void askf__buf_put(askf_buf *b, const void *p, size_t n);
void askf__buf_putc(askf_buf *b, char c);
void askf__buf_puts(askf_buf *b, const char *s);
void askf__buf_put_i64(askf_buf *b, int64_t v);
void askf__buf_put_u64(askf_buf *b, uint64_t v);
/* Lowercase hex of n bytes. */
void askf__buf_put_hex(askf_buf *b, const uint8_t *p, size_t n);
/* A JSON string literal (quotes included), escaping per RFC 8259. Bytes are
 * copied as they are; callers validate UTF-8 where it matters. */
void askf__buf_put_json_str(askf_buf *b, const char *s, size_t n);
/* NUL-terminate without counting the NUL in len. */
void askf__buf_nul(askf_buf *b);
/* Hand the memory to the caller (askf__free it); the buffer is reset. */
char *askf__buf_take(askf_buf *b, size_t *len);

#endif
