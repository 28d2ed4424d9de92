/*
 * io.h - streaming input and output for builds: read JSONL that is plain,
 * zstd- or gzip-compressed, in large blocks of whole lines; write shards,
 * plain or zstd-compressed, hashing the bytes that reach the disk.
 *
 * A plain regular file is mapped, window by window, rather than read: the
 * blocks point into the page cache (no kernel copy on the reading thread).
 * As with any mapped file, the input must not be truncated while mapped, so
 * builds map only on request (askf_build_opts.map_inputs) and otherwise call
 * askf__reader_no_map(); both paths cut the same blocks.
 *
 * The reader hands out blocks, not lines, so one thread can feed many
 * workers: each block ends at a line boundary and the workers split it into
 * lines themselves (askf__line_next). A line longer than the block target
 * grows the block, up to the reader's max_line.
 *
 * Neither handle is thread-safe; one thread each.
 */
#ifndef ASKF_IO_H
#define ASKF_IO_H

#include "askfirst/common.h"
#include "common/hash.h"

#include <stdint.h>

typedef enum askf_io_format { ASKF_IO_PLAIN = 0, ASKF_IO_ZSTD = 1, ASKF_IO_GZIP = 2 } askf_io_format;

/* The format a path's name says: ".zst"/".zstd" -> ZSTD, ".gz" -> GZIP, else PLAIN. */
askf_io_format askf__io_format_of(const char *path);

/* SHA-256 on the CPU's SHA extensions (libcrypto), for bulk data (sha.c). */
typedef struct askf__fsha askf__fsha;
askf__fsha *askf__fsha_new(void);
void askf__fsha_update(askf__fsha *h, const void *p, size_t n);
/* Digest and restart. */
void askf__fsha_final(askf__fsha *h, uint8_t out[32]);
/* Digest so far, without ending the hash. */
void askf__fsha_peek(const askf__fsha *h, uint8_t out[32]);
void askf__fsha_free(askf__fsha *h);

/* Keyed HMAC-SHA-256 with the key blocks precomputed; one per thread. */
typedef struct askf__hmac askf__hmac;
askf__hmac *askf__hmac_new(const uint8_t *key, size_t len);
/* HMAC(key, a || b). */
void askf__hmac2(askf__hmac *h, const void *a, size_t alen, const void *b, size_t blen,
                 uint8_t out[32]);
void askf__hmac_free(askf__hmac *h);

typedef struct askf__reader askf__reader;

/* A block of whole lines; caller-owned memory, grown by the reader. */
typedef struct askf__block {
    char *ptr;
    size_t len, cap;
    uint64_t first_line; /* 1-based number of the block's first line in its file */
    uint64_t lines;      /* newline-terminated lines (+1 if the last has no newline) */
    /* When map is set, ptr points into a read-only mapping of the input
     * (plain regular files: no copy) and heap keeps the block's own buffer
     * of cap bytes until the next askf__reader_next or askf__block_free. */
    void *map;
    size_t map_len;
    char *heap;
} askf__block;

void askf__block_free(askf__block *b);

/*
 * Open `path` ("-" = stdin; plain only) for block reading. `target` is the
 * block size the reader aims for (0 = 4 MiB); `max_line` the longest line it
 * accepts (0 = 1 GiB); a longer line is an ERR_LIMIT at that line.
 */
askf_status askf__reader_open(const char *path, size_t target, size_t max_line,
                              askf__reader **out, askf_error *err);
/* Read a plain regular file with read(2) rather than mapping it (builds
 * without map_inputs, and tests); call before the first askf__reader_next.
 * Both give the same blocks. */
void askf__reader_no_map(askf__reader *r);
/* Fill `b` with the next whole lines. ASKF_OK with b->len > 0, or ASKF_OK
 * with b->len == 0 at the end. ERR_IO / ERR_CORRUPT (bad compressed data) /
 * ERR_LIMIT / ERR_NOMEM with err naming the file and line. */
askf_status askf__reader_next(askf__reader *r, askf__block *b, askf_error *err);
/* Bytes read from the file so far (compressed bytes for .zst/.gz). */
uint64_t askf__reader_bytes_in(const askf__reader *r);
/* SHA-256 of every byte of the file as stored (valid after the end is reached). */
void askf__reader_sha256(const askf__reader *r, uint8_t out[ASKF__SHA256_SIZE]);
void askf__reader_close(askf__reader *r);

/* The next line of b starting at *pos: without its '\n' (and without a
 * trailing '\r'). Returns 0, or -1 when the block is exhausted. */
static inline int askf__line_next(const askf__block *b, size_t *pos, askf_slice *line)
{
    if (*pos >= b->len)
        return -1;
    const char *s = b->ptr + *pos;
    size_t left = b->len - *pos;
    const char *nl = (const char *)__builtin_memchr(s, '\n', left);
    size_t n = nl ? (size_t)(nl - s) : left;
    *pos += n + (nl ? 1 : 0);
    if (n && s[n - 1] == '\r')
        n--;
    line->ptr = s;
    line->len = n;
    return 0;
}

typedef struct askf__writer askf__writer;

/* Create `path` (truncating) for writing; level is the zstd level for ZSTD. */
askf_status askf__writer_open(const char *path, askf_io_format fmt, int level,
                              askf__writer **out, askf_error *err);
askf_status askf__writer_write(askf__writer *w, const void *p, size_t n, askf_error *err);
/* Flush, fsync and close. *bytes and sha256 (either may be NULL) describe the file
 * as stored. The writer is freed even on error. */
askf_status askf__writer_close(askf__writer *w, uint64_t *bytes,
                               uint8_t sha256[ASKF__SHA256_SIZE], askf_error *err);
/* Close and delete the file (a failed build). */
void askf__writer_abandon(askf__writer *w);

#endif
