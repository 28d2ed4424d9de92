/*
 * io.c - block reader (plain / zstd / gzip) and shard writer (plain / zstd)
 * for lib/build. The reader decompresses straight into the caller's block
 * and carries the partial last line over to the next block; it hashes the
 * file's stored bytes on the way, so a manifest can name each input by its
 * SHA-256 without a second pass.
 */
#include "io.h"

#include "common/alloc.h"
#include "common/err.h"

#include <errno.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#define RAW_CAP (1u << 20)
#define BIG_WRITE ((size_t)64 << 10)

struct askf__reader {
    int fd;
    askf_io_format fmt;
    char *path;
    size_t target, max_line;
    uint64_t bytes_in;
    uint64_t next_line; /* number of the first line of the next block */
    int eof;            /* the source is exhausted */
    askf__fsha *sha;
    /* compressed input */
    uint8_t *raw;
    size_t raw_len, raw_pos;
    int raw_eof;
    ZSTD_DStream *zd;
    z_stream gz;
    int gz_init, gz_end; /* gz_end: the last member ended */
    size_t zstd_pending; /* ZSTD_decompressStream's hint; 0 = frame complete */
    /* the partial line left over from the previous block */
    char *carry;
    size_t carry_len, carry_cap;
    /* plain regular file, mapped: size, start of the next block, page size;
     * carry_len is then the length of that virtual carry (not copied) */
    int mapped;
    uint64_t size, off;
    size_t page;
};

askf_io_format askf__io_format_of(const char *path)
{
    size_t n = strlen(path);
    if ((n > 4 && !strcmp(path + n - 4, ".zst")) || (n > 5 && !strcmp(path + n - 5, ".zstd")))
        return ASKF_IO_ZSTD;
    if (n > 3 && !strcmp(path + n - 3, ".gz"))
        return ASKF_IO_GZIP;
    return ASKF_IO_PLAIN;
}

/* Drop a block's mapping; ptr is its own buffer again. */
static void block_unmap(askf__block *b)
{
    if (b->map) {
        munmap(b->map, b->map_len);
        b->map = NULL;
        b->map_len = 0;
        b->ptr = b->heap;
        b->heap = NULL;
    }
}

void askf__block_free(askf__block *b)
{
    if (b) {
        block_unmap(b);
        askf__free(b->ptr);
        b->ptr = NULL;
        b->len = b->cap = 0;
    }
}

askf_status askf__reader_open(const char *path, size_t target, size_t max_line,
                              askf__reader **out, askf_error *err)
{
    askf_status st = ASKF_OK;
    *out = NULL;
    askf__crypto_init();
    askf__reader *r = askf__calloc(1, sizeof *r);
    if (!r || !(r->path = askf__strdup(path)))
        goto nomem;
    r->fd = -1;
    r->target = target ? target : (4u << 20);
    r->max_line = max_line ? max_line : ((size_t)1 << 30);
    r->next_line = 1;
    r->fmt = strcmp(path, "-") ? askf__io_format_of(path) : ASKF_IO_PLAIN;
    if (!(r->sha = askf__fsha_new()))
        goto nomem;
    r->fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : 0;
    if (r->fd < 0) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot open %s: %s", path, strerror(errno));
        goto fail;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(r->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    struct stat sb;
    long pg = sysconf(_SC_PAGESIZE);
    if (r->fmt == ASKF_IO_PLAIN && r->fd > 0 && pg > 0 && fstat(r->fd, &sb) == 0 &&
        S_ISREG(sb.st_mode) && sb.st_size > 0) {
        r->mapped = 1;
        r->size = (uint64_t)sb.st_size;
        r->page = (size_t)pg;
    }
    if (r->fmt != ASKF_IO_PLAIN && !(r->raw = askf__malloc(RAW_CAP)))
        goto nomem;
    if (r->fmt == ASKF_IO_ZSTD) {
        if (!(r->zd = ZSTD_createDStream()))
            goto nomem;
        ZSTD_initDStream(r->zd);
    } else if (r->fmt == ASKF_IO_GZIP) {
        /* 15 + 32: zlib or gzip header, detected. */
        if (inflateInit2(&r->gz, 15 + 32) != Z_OK)
            goto nomem;
        r->gz_init = 1;
    }
    *out = r;
    return ASKF_OK;
nomem:
    st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory opening %s", path);
fail:
    askf__reader_close(r);
    return st;
}

void askf__reader_close(askf__reader *r)
{
    if (!r)
        return;
    if (r->fd > 0)
        close(r->fd);
    if (r->zd)
        ZSTD_freeDStream(r->zd);
    if (r->gz_init)
        inflateEnd(&r->gz);
    askf__free(r->raw);
    askf__free(r->carry);
    askf__fsha_free(r->sha);
    askf__free(r->path);
    askf__free(r);
}

uint64_t askf__reader_bytes_in(const askf__reader *r) { return r ? r->bytes_in : 0; }

void askf__reader_no_map(askf__reader *r) { r->mapped = 0; }

void askf__reader_sha256(const askf__reader *r, uint8_t out[ASKF__SHA256_SIZE])
{
    askf__fsha_peek(r->sha, out);
}

/* read(2) into p, hashing; bytes read, 0 at end, -1 on error. */
static ssize_t raw_read(askf__reader *r, void *p, size_t cap)
{
    for (;;) {
        ssize_t n = read(r->fd, p, cap);
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0) {
            askf__fsha_update(r->sha, p, (size_t)n);
            r->bytes_in += (uint64_t)n;
        }
        return n;
    }
}

static int refill_raw(askf__reader *r)
{
    if (r->raw_pos < r->raw_len || r->raw_eof)
        return 0;
    ssize_t n = raw_read(r, r->raw, RAW_CAP);
    if (n < 0)
        return -1;
    r->raw_pos = 0;
    r->raw_len = (size_t)n;
    if (n == 0)
        r->raw_eof = 1;
    return 0;
}

/* Produce up to cap decompressed bytes into dst: >0 bytes, 0 at the end,
 * -1 I/O error (errno), -2 corrupt data. */
static ssize_t src_read(askf__reader *r, char *dst, size_t cap)
{
    if (r->fmt == ASKF_IO_PLAIN) {
        ssize_t n = raw_read(r, dst, cap);
        return n;
    }
    for (;;) {
        if (refill_raw(r))
            return -1;
        if (r->fmt == ASKF_IO_ZSTD) {
            if (r->raw_eof && r->raw_pos >= r->raw_len) {
                /* A frame cut short is corrupt, not a clean end. */
                return r->zstd_pending ? -2 : 0;
            }
            ZSTD_inBuffer in = {r->raw, r->raw_len, r->raw_pos};
            ZSTD_outBuffer o = {dst, cap, 0};
            size_t ret = ZSTD_decompressStream(r->zd, &o, &in);
            r->raw_pos = in.pos;
            if (ZSTD_isError(ret))
                return -2;
            r->zstd_pending = ret;
            if (o.pos)
                return (ssize_t)o.pos;
        } else {
            if (r->raw_eof && r->raw_pos >= r->raw_len)
                return r->gz_end ? 0 : -2;
            if (r->gz_end) {
                /* Another gzip member follows (concatenated .gz files). */
                if (inflateReset(&r->gz) != Z_OK)
                    return -2;
                r->gz_end = 0;
            }
            r->gz.next_in = r->raw + r->raw_pos;
            r->gz.avail_in = (uInt)(r->raw_len - r->raw_pos);
            r->gz.next_out = (Bytef *)dst;
            r->gz.avail_out = (uInt)(cap > UINT32_MAX ? UINT32_MAX : cap);
            int zr = inflate(&r->gz, Z_NO_FLUSH);
            r->raw_pos = r->raw_len - r->gz.avail_in;
            size_t made = (size_t)((char *)r->gz.next_out - dst);
            if (zr == Z_STREAM_END)
                r->gz_end = 1;
            else if (zr != Z_OK && zr != Z_BUF_ERROR)
                return -2;
            if (made)
                return (ssize_t)made;
            if (zr == Z_BUF_ERROR && r->raw_eof && r->raw_pos >= r->raw_len)
                return -2;
        }
    }
}

static int block_grow(askf__block *b, size_t need)
{
    if (need <= b->cap)
        return 0;
    size_t nc = b->cap ? b->cap : 1 << 16;
    while (nc < need)
        nc *= 2;
    char *p = askf__realloc(b->ptr, nc + 1);
    if (!p)
        return -1;
    b->ptr = p;
    b->cap = nc;
    return 0;
}

/* Lines in p[0..n): newlines, plus one for a last line without its newline.
 * 16 bytes per step (SSE2) rather than a memchr call per line: per-byte
 * counters (a match is -1, subtracted) summed every 255 steps. */
static uint64_t count_newlines(const char *p, size_t n)
{
    uint64_t c = 0;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (n - i >= 16) {
        __m128i acc = zero;
        for (int k = 0; k < 255 && n - i >= 16; k++, i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(x, nl));
        }
        __m128i sum = _mm_sad_epu8(acc, zero);
        c += (uint64_t)_mm_extract_epi16(sum, 0) + (uint64_t)_mm_extract_epi16(sum, 4);
    }
#endif
    for (; i < n; i++)
        c += p[i] == '\n';
    return c;
}

static uint64_t count_lines(const char *p, size_t n)
{
    return count_newlines(p, n) + (n && p[n - 1] != '\n');
}

/* Hash and count the lines of a block in pieces that stay in the L2 cache
 * between the two passes (a block is several MiB). */
#define HASH_PIECE ((size_t)64 << 10)
static uint64_t hash_count_lines(askf__fsha *h, const char *p, size_t n)
{
    uint64_t c = 0;
    for (size_t i = 0; i < n; i += HASH_PIECE) {
        size_t k = n - i < HASH_PIECE ? n - i : HASH_PIECE;
        askf__fsha_update(h, p + i, k);
        c += count_newlines(p + i, k);
    }
    return c + (n && p[n - 1] != '\n');
}

/* The block size the read path below reaches for a block that starts with
 * `carry` bytes: its buffer, grown by doubling from 64 KiB past the target. */
static size_t read_cap(size_t target, size_t carry)
{
    size_t need = (target > carry ? target : carry) + 1, nc = 1 << 16;
    while (nc < need)
        nc *= 2;
    return nc;
}

/* Bytes a scanner may read past a block's end (SIMD loads) that must stay
 * inside the mapping; a block ending closer to the mapping's end is copied. */
#define MAP_SLACK 64

/* askf__reader_next for a mapped file. The blocks are the ones the read
 * path cuts from a regular file (whose reads return all they are asked for):
 * the next read_cap() bytes, cut after their last newline; at the end of
 * the file, everything left. So the output, which depends on block
 * boundaries when shards are compressed, does not depend on the path. */
static askf_status map_next(askf__reader *r, askf__block *b, askf_error *err)
{
    uint64_t start = r->off, left = r->size - r->off;
    if (!left)
        return ASKF_OK;
    size_t cap = read_cap(r->target, r->carry_len), want = r->target, scanned = 0;
    size_t delta = (size_t)(start % r->page);
    uint64_t span = r->size - (start - delta); /* mappable bytes from the window's page */
    size_t keep = 0;
    size_t len = (size_t)(left < cap ? left : cap);
    for (;;) {
        if (len < want) {
            keep = (size_t)left; /* the end of the file: everything left */
            break;
        }
        uint64_t ml = delta + len + r->page; /* a page of slack when the file has one */
        size_t map_len = (size_t)(ml < span ? ml : span);
        void *m = mmap(NULL, map_len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, r->fd,
                       (off_t)(start - delta));
        if (m == MAP_FAILED)
            return askf__err(err, ASKF_ERR_IO, (uint32_t)r->next_line, 0, NULL,
                             "cannot map %s: %s", r->path, strerror(errno));
        const char *p = (const char *)m + delta;
        const char *last = memrchr(p + scanned, '\n', len - scanned);
        if (last) {
            keep = (size_t)(last - p) + 1;
            r->carry_len = len - keep;
            if (map_len - delta - keep >= MAP_SLACK) {
                b->heap = b->ptr;
                b->map = m;
                b->map_len = map_len;
                b->ptr = (char *)m + delta;
                b->len = keep;
                goto have;
            }
            munmap(m, map_len);
            break;
        }
        munmap(m, map_len);
        /* One line fills the whole window: widen it, as the read path grows
         * its block (or, at the end of the file, take everything). */
        scanned = len;
        if (len >= r->max_line)
            return askf__err(err, ASKF_ERR_LIMIT, (uint32_t)r->next_line, 0, NULL,
                             "%s line %llu: longer than %zu bytes", r->path,
                             (unsigned long long)r->next_line, r->max_line);
        if (len == left) {
            keep = (size_t)left;
            break;
        }
        cap *= 2;
        want = cap;
        len = (size_t)(left < cap ? left : cap);
    }
    /* The last block of the file (or one ending too near its mapping's end): copied. */
    if (keep == left)
        r->carry_len = 0;
    if (block_grow(b, keep + 1))
        return askf__err(err, ASKF_ERR_NOMEM, (uint32_t)r->next_line, 0, NULL,
                         "out of memory reading %s", r->path);
    for (size_t got = 0; got < keep;) {
        ssize_t n = pread(r->fd, b->ptr + got, keep - got, (off_t)(start + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return askf__err(err, ASKF_ERR_IO, (uint32_t)r->next_line, 0, NULL,
                             "cannot read %s: %s", r->path,
                             n < 0 ? strerror(errno) : "file shrank while being read");
        got += (size_t)n;
    }
    b->len = keep;
have:
    b->lines = hash_count_lines(r->sha, b->ptr, b->len);
    r->off += b->len;
    r->bytes_in = r->off;
    r->next_line += b->lines;
    return ASKF_OK;
}

askf_status askf__reader_next(askf__reader *r, askf__block *b, askf_error *err)
{
    block_unmap(b);
    if (r->mapped) {
        b->len = 0;
        b->lines = 0;
        b->first_line = r->next_line;
        return map_next(r, b, err);
    }
    b->len = 0;
    b->lines = 0;
    b->first_line = r->next_line;
    /* How much to read depends only on the target and the carry, never on
     * how large this block struct grew for an earlier long line: a build
     * hands blocks out from a pool, so a struct's history depends on timing,
     * and compressed output depends on block boundaries. */
    size_t lim = read_cap(r->target, r->carry_len);
    if (block_grow(b, lim))
        goto nomem;
    if (r->carry_len) {
        memcpy(b->ptr, r->carry, r->carry_len);
        b->len = r->carry_len;
        r->carry_len = 0;
    }
    size_t scanned = 0; /* bytes of b known to hold no '\n' */
    size_t want = r->target;
    for (;;) {
        /* Fill the whole window, however the source hands out its bytes (a
         * pipe, a decompressor), so the cut below falls where it falls for
         * the same bytes in a plain file. */
        while (!r->eof && b->len < lim) {
            ssize_t n = src_read(r, b->ptr + b->len, lim - b->len);
            if (n == 0) {
                r->eof = 1;
            } else if (n == -1) {
                return askf__err(err, ASKF_ERR_IO, (uint32_t)r->next_line, 0, NULL,
                                 "cannot read %s: %s", r->path, strerror(errno));
            } else if (n < 0) {
                return askf__err(err, ASKF_ERR_CORRUPT, (uint32_t)r->next_line, 0, NULL,
                                 "%s: compressed data is corrupt or truncated (near line %llu)",
                                 r->path, (unsigned long long)r->next_line);
            } else {
                b->len += (size_t)n;
            }
        }
        if (r->eof && b->len < want)
            break; /* the end: everything left is the last block */
        /* Cut at the last newline; the rest waits for the next block. */
        const char *last = memrchr(b->ptr + scanned, '\n', b->len - scanned);
        if (last) {
            size_t keep = (size_t)(last - b->ptr) + 1;
            size_t rest = b->len - keep;
            if (rest > r->carry_cap) {
                char *c = askf__realloc(r->carry, rest);
                if (!c)
                    goto nomem;
                r->carry = c;
                r->carry_cap = rest;
            }
            if (rest) /* carry may still be NULL when nothing is left over */
                memcpy(r->carry, b->ptr + keep, rest);
            r->carry_len = rest;
            b->len = keep;
            break;
        }
        /* One line fills the whole block: grow it (or, at the end, take it). */
        scanned = b->len;
        if (b->len >= r->max_line)
            return askf__err(err, ASKF_ERR_LIMIT, (uint32_t)r->next_line, 0, NULL,
                             "%s line %llu: longer than %zu bytes", r->path,
                             (unsigned long long)r->next_line, r->max_line);
        if (r->eof)
            break;
        lim *= 2;
        if (block_grow(b, lim))
            goto nomem;
        want = lim;
    }
    b->lines = count_lines(b->ptr, b->len);
    r->next_line += b->lines;
    return ASKF_OK;
nomem:
    return askf__err(err, ASKF_ERR_NOMEM, (uint32_t)r->next_line, 0, NULL,
                     "out of memory reading %s", r->path);
}

/* ---- writer ------------------------------------------------------------ */

struct askf__writer {
    int fd;
    askf_io_format fmt;
    char *path;
    ZSTD_CCtx *zc;
    char *out;
    size_t out_cap, out_len;
    uint64_t bytes;
    uint64_t wb_from; /* bytes before this offset have been handed to writeback */
    askf__fsha *sha;
};

/* Start writeback every WB_STEP bytes, so the fsync at close finds little
 * dirty data: otherwise a build's whole output (hundreds of MB, below the
 * kernel's background threshold) is written to disk only by that fsync,
 * serially, after the last record. */
#define WB_STEP ((uint64_t)8 << 20)

static int fd_write(askf__writer *w, const void *p, size_t n)
{
    const char *c = p;
    askf__fsha_update(w->sha, p, n);
    w->bytes += n;
    while (n) {
        ssize_t k = write(w->fd, c, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += k;
        n -= (size_t)k;
    }
#ifdef SYNC_FILE_RANGE_WRITE
    if (w->bytes - w->wb_from >= WB_STEP) {
        /* Advisory: a failure here shows up at fsync. */
        (void)sync_file_range(w->fd, (off_t)w->wb_from, (off_t)(w->bytes - w->wb_from),
                              SYNC_FILE_RANGE_WRITE);
        w->wb_from = w->bytes;
    }
#endif
    return 0;
}

askf_status askf__writer_open(const char *path, askf_io_format fmt, int level,
                              askf__writer **out, askf_error *err)
{
    *out = NULL;
    askf__crypto_init();
    askf__writer *w = askf__calloc(1, sizeof *w);
    if (!w || !(w->path = askf__strdup(path)))
        goto nomem;
    w->fd = -1;
    w->fmt = fmt;
    if (!(w->sha = askf__fsha_new()))
        goto nomem;
    w->out_cap = ZSTD_CStreamOutSize() > (1u << 20) ? ZSTD_CStreamOutSize() : (1u << 20);
    if (!(w->out = askf__malloc(w->out_cap)))
        goto nomem;
    if (fmt == ASKF_IO_ZSTD) {
        if (!(w->zc = ZSTD_createCCtx()))
            goto nomem;
        ZSTD_CCtx_setParameter(w->zc, ZSTD_c_compressionLevel, level);
        ZSTD_CCtx_setParameter(w->zc, ZSTD_c_checksumFlag, 1);
    } else if (fmt != ASKF_IO_PLAIN) {
        askf__writer_abandon(w);
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "%s: only plain or zstd output",
                         path);
    }
    w->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (w->fd < 0) {
        askf_status st =
            askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot create %s: %s", path, strerror(errno));
        askf__writer_abandon(w);
        return st;
    }
    *out = w;
    return ASKF_OK;
nomem:
    askf__writer_abandon(w);
    return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory creating %s", path);
}

static askf_status zpump(askf__writer *w, const void *p, size_t n, ZSTD_EndDirective mode,
                         askf_error *err)
{
    ZSTD_inBuffer in = {p, n, 0};
    for (;;) {
        ZSTD_outBuffer o = {w->out, w->out_cap, 0};
        size_t left = ZSTD_compressStream2(w->zc, &o, &in, mode);
        if (ZSTD_isError(left))
            return askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "%s: zstd: %s", w->path,
                             ZSTD_getErrorName(left));
        if (o.pos && fd_write(w, w->out, o.pos))
            return askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot write %s: %s", w->path,
                             strerror(errno));
        if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
            return ASKF_OK;
    }
}

askf_status askf__writer_write(askf__writer *w, const void *p, size_t n, askf_error *err)
{
    if (w->fmt == ASKF_IO_ZSTD)
        return zpump(w, p, n, ZSTD_e_continue, err);
    /* Plain: coalesce small writes into the output buffer; large ones (a
     * chunk's part of a shard) go straight to write(2), without the copy. */
    if (n >= BIG_WRITE) {
        if ((w->out_len && fd_write(w, w->out, w->out_len)) || fd_write(w, p, n))
            goto ioerr;
        w->out_len = 0;
        return ASKF_OK;
    }
    if (w->out_len + n > w->out_cap) {
        if (w->out_len && fd_write(w, w->out, w->out_len))
            goto ioerr;
        w->out_len = 0;
        if (n >= w->out_cap) {
            if (fd_write(w, p, n))
                goto ioerr;
            return ASKF_OK;
        }
    }
    if (n)
        memcpy(w->out + w->out_len, p, n);
    w->out_len += n;
    return ASKF_OK;
ioerr:
    return askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot write %s: %s", w->path,
                     strerror(errno));
}

askf_status askf__writer_close(askf__writer *w, uint64_t *bytes, uint8_t sha256[ASKF__SHA256_SIZE],
                               askf_error *err)
{
    askf_status st = ASKF_OK;
    if (w->fmt == ASKF_IO_ZSTD)
        st = zpump(w, NULL, 0, ZSTD_e_end, err);
    else if (w->out_len && fd_write(w, w->out, w->out_len))
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot write %s: %s", w->path,
                       strerror(errno));
    if (st == ASKF_OK && (fsync(w->fd) != 0 || close(w->fd) != 0))
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot write %s: %s", w->path,
                       strerror(errno));
    else if (st != ASKF_OK)
        close(w->fd);
    w->fd = -1;
    if (bytes)
        *bytes = w->bytes;
    if (sha256)
        askf__fsha_final(w->sha, sha256);
    if (st != ASKF_OK)
        unlink(w->path);
    askf__writer_abandon(w);
    return st;
}

void askf__writer_abandon(askf__writer *w)
{
    if (!w)
        return;
    if (w->fd >= 0) {
        close(w->fd);
        unlink(w->path);
    }
    if (w->zc)
        ZSTD_freeCCtx(w->zc);
    askf__free(w->out);
    askf__free(w->path);
    askf__fsha_free(w->sha);
    askf__free(w);
}
