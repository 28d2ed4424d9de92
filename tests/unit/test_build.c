/*
 * test_build.c - lib/io and lib/build: the block reader keeps lines whole
 * across blocks (also 10 MB lines, CRLF, no final newline), mapped, read with
 * read(2) or decompressed it cuts the same blocks, and it reads plain,
 * zstd and gzip the same; corrupt compressed input is an error, not an early
 * end; the record reader names why a line is rejected, and its one-pass fast
 * path agrees with the tokenizer; the libcrypto SHA-256 and HMAC give
 * libsodium's digests; a build's output does not depend on the number of
 * workers and a failed build leaves no manifest.
 */
#include "check.h"

#include "build/build_int.h"
#include "io/io.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *path_in(const char *name)
{
    static char p[8][512];
    static int k;
    char *r = p[k++ & 7];
    snprintf(r, 512, "%s/%s", check_tmpdir(), name);
    return r;
}

static int write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(p, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

/* Read every line of path; returns the concatenation "line\n..." and the count. */
static char *read_lines(const char *path, size_t target, uint64_t *count, askf_status *st_out)
{
    askf__reader *r = NULL;
    askf_error err;
    askf_status st = askf__reader_open(path, target, 0, &r, &err);
    *st_out = st;
    if (st != ASKF_OK)
        return NULL;
    size_t cap = 1 << 20, len = 0;
    char *out = malloc(cap);
    askf__block b = {0};
    *count = 0;
    uint64_t expect = 1;
    while ((st = askf__reader_next(r, &b, &err)) == ASKF_OK && b.len) {
        CHECK_EQ_INT(b.first_line, expect);
        size_t pos = 0;
        askf_slice line;
        while (askf__line_next(&b, &pos, &line) == 0) {
            while (len + line.len + 2 > cap)
                out = realloc(out, cap *= 2);
            memcpy(out + len, line.ptr, line.len);
            len += line.len;
            out[len++] = '\n';
            (*count)++;
        }
        expect += b.lines;
    }
    *st_out = st;
    out[len] = 0;
    askf__block_free(&b);
    askf__reader_close(r);
    return out;
}

TEST(reader_keeps_lines_whole_across_small_blocks_and_long_lines)
{
    size_t big = 10u << 20;
    char *text = malloc(big + 1000);
    CHECK(text != NULL);
    if (!text)
        return;
    size_t n = 0;
    n += (size_t)sprintf(text + n, "first\r\nsecond\n");
    memset(text + n, 'x', big);
    n += big;
    n += (size_t)sprintf(text + n, "\nthird\n\nlast-no-newline");
    const char *p = path_in("lines.jsonl");
    CHECK(write_file(p, text, n) == 0);
    uint64_t count = 0;
    askf_status st;
    char *got = read_lines(p, 4096, &count, &st);
    CHECK_EQ_INT(st, ASKF_OK);
    CHECK_EQ_INT(count, 6);
    CHECK(got && strncmp(got, "first\nsecond\nxxx", 16) == 0);
    CHECK(got && strlen(got) == 5 + 1 + 6 + 1 + big + 1 + 5 + 1 + 1 + 15 + 1);
    CHECK(got && strcmp(got + strlen(got) - 24, "\nthird\n\nlast-no-newline\n") == 0);
    free(got);
    free(text);
}

/* Blocks of one file as (len, first_line, lines, FNV of the bytes), the
 * file's SHA-256 and bytes read; mapped or with read(2). */
typedef struct blocks_seen {
    uint64_t v[4096][4];
    size_t n;
    uint8_t sha[32];
    uint64_t bytes;
    askf_status st;
} blocks_seen;

static void blocks_of(const char *path, size_t target, int no_map, blocks_seen *o)
{
    memset(o, 0, sizeof *o);
    askf__reader *r = NULL;
    askf_error err;
    if ((o->st = askf__reader_open(path, target, 0, &r, &err)) != ASKF_OK)
        return;
    if (no_map)
        askf__reader_no_map(r);
    askf__block b = {0};
    while ((o->st = askf__reader_next(r, &b, &err)) == ASKF_OK && b.len && o->n < 4096) {
        uint64_t h = 1469598103934665603ull;
        for (size_t i = 0; i < b.len; i++)
            h = (h ^ (uint8_t)b.ptr[i]) * 1099511628211ull;
        uint64_t *e = o->v[o->n++];
        e[0] = b.len;
        e[1] = b.first_line;
        e[2] = b.lines;
        e[3] = h;
    }
    askf__reader_sha256(r, o->sha);
    o->bytes = askf__reader_bytes_in(r);
    askf__block_free(&b);
    askf__reader_close(r);
}

TEST(reader_mapped_blocks_are_the_read_blocks)
{
    /* Lines of 0..~9000 bytes, a few longer than the small targets, and sizes
     * that end on a page boundary, with and without a final newline. */
    size_t cap = 3u << 20;
    char *text = malloc(cap);
    CHECK(text != NULL);
    if (!text)
        return;
    size_t n = 0;
    uint32_t x = 12345;
    while (n < cap - 20000) {
        x = x * 1103515245u + 12345u;
        size_t len = (x >> 8) % 300;
        if ((x >> 20) % 50 == 0)
            len = 3000 + (x >> 4) % 6000;
        memset(text + n, 'a' + (int)(x % 26), len);
        n += len;
        text[n++] = '\n';
    }
    size_t sizes[] = {n, n - 1, 8192, 8191, 65536, 65537, 1, 2 * 1048576};
    size_t targets[] = {0, 1, 100, 1000, 4096, 5000, 65535, 65536, 70000, 1u << 20};
    blocks_seen *a = malloc(sizeof *a), *c = malloc(sizeof *c);
    CHECK(a && c);
    for (size_t si = 0; a && c && si < sizeof sizes / sizeof *sizes; si++) {
        const char *p = path_in("map.jsonl");
        CHECK(write_file(p, text, sizes[si]) == 0);
        for (size_t ti = 0; ti < sizeof targets / sizeof *targets; ti++) {
            blocks_of(p, targets[ti], 0, a);
            blocks_of(p, targets[ti], 1, c);
            int same = a->st == ASKF_OK && c->st == ASKF_OK && a->n == c->n &&
                       memcmp(a->v, c->v, a->n * sizeof a->v[0]) == 0 &&
                       memcmp(a->sha, c->sha, 32) == 0 && a->bytes == c->bytes &&
                       a->bytes == sizes[si];
            if (!same)
                printf("# size %zu target %zu: %zu vs %zu blocks\n", sizes[si], targets[ti], a->n,
                       c->n);
            CHECK(same);
        }
    }
    /* Compressed, the same bytes are cut into the same blocks. */
    const char *p = path_in("map.jsonl");
    CHECK(write_file(p, text, n) == 0);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "zstd -q -f %s -o %s.zst && gzip -c %s > %s.gz", p, p, p, p);
    CHECK(system(cmd) == 0);
    char zp[600], gp[600];
    snprintf(zp, sizeof zp, "%s.zst", p);
    snprintf(gp, sizeof gp, "%s.gz", p);
    size_t ctargets[] = {0, 100, 5000, 65536, 1u << 20};
    for (size_t ti = 0; a && c && ti < sizeof ctargets / sizeof *ctargets; ti++) {
        blocks_of(p, ctargets[ti], 0, a);
        for (int k = 0; k < 2; k++) {
            blocks_of(k ? gp : zp, ctargets[ti], 0, c);
            int same = a->st == ASKF_OK && c->st == ASKF_OK && a->n == c->n &&
                       memcmp(a->v, c->v, a->n * sizeof a->v[0]) == 0;
            if (!same)
                printf("# %s target %zu: %zu vs %zu blocks\n", k ? "gzip" : "zstd", ctargets[ti],
                       a->n, c->n);
            CHECK(same);
        }
    }
    free(a);
    free(c);
    free(text);
}

TEST(zstd_and_gzip_read_like_plain_and_corruption_is_an_error)
{
    const char *plain = path_in("c.jsonl");
    char text[20000];
    size_t n = 0;
    for (int i = 0; i < 500; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "{\"id\":\"c%d\",\"text\":\"hello %d\"}\n", i, i);
    write_file(plain, text, n);
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "zstd -q -f %s -o %s.zst && gzip -c %s > %s.gz && cat %s.gz %s.gz > %s.2.gz",
             plain, plain, plain, plain, plain, plain, plain);
    if (system(cmd) != 0) {
        printf("# skipped: zstd/gzip tools missing\n");
        return;
    }
    uint64_t c0, c1, c2, c3;
    askf_status st;
    char *a = read_lines(plain, 256, &c0, &st);
    char zp[600], gp[600], g2[600];
    snprintf(zp, sizeof zp, "%s.zst", plain);
    snprintf(gp, sizeof gp, "%s.gz", plain);
    snprintf(g2, sizeof g2, "%s.2.gz", plain);
    char *b = read_lines(zp, 256, &c1, &st);
    CHECK_EQ_INT(st, ASKF_OK);
    char *c = read_lines(gp, 256, &c2, &st);
    CHECK_EQ_INT(st, ASKF_OK);
    char *d = read_lines(g2, 256, &c3, &st);
    CHECK_EQ_INT(st, ASKF_OK);
    CHECK_EQ_INT(c0, 500);
    CHECK(a && b && c && strcmp(a, b) == 0 && strcmp(a, c) == 0);
    CHECK_EQ_INT(c3, 1000); /* concatenated gzip members are all read */
    free(a);
    free(b);
    free(c);
    free(d);
    /* A zstd file cut short is corrupt, not a clean end. */
    snprintf(cmd, sizeof cmd, "head -c 300 %s.zst > %s.cut.zst", plain, plain);
    CHECK(system(cmd) == 0);
    snprintf(zp, sizeof zp, "%s.cut.zst", plain);
    uint64_t cc;
    char *e = read_lines(zp, 256, &cc, &st);
    CHECK_EQ_INT(st, ASKF_ERR_CORRUPT);
    free(e);
}

TEST(writer_hashes_what_it_stores)
{
    const char *p = path_in("w.jsonl.zst");
    askf__writer *w = NULL;
    askf_error err;
    CHECK_EQ_INT(askf__writer_open(p, ASKF_IO_ZSTD, 3, &w, &err), ASKF_OK);
    for (int i = 0; i < 1000; i++)
        askf__writer_write(w, "{\"a\":1}\n", 8, &err);
    uint64_t bytes = 0;
    uint8_t sha[32], want[32];
    CHECK_EQ_INT(askf__writer_close(w, &bytes, sha, &err), ASKF_OK);
    struct stat sb;
    CHECK(stat(p, &sb) == 0 && (uint64_t)sb.st_size == bytes);
    FILE *f = fopen(p, "rb");
    char *buf = malloc(bytes);
    CHECK(f && fread(buf, 1, bytes, f) == bytes);
    fclose(f);
    askf__sha256(buf, bytes, want);
    CHECK_MEM(sha, 32, want);
    free(buf);
    uint64_t count;
    askf_status st;
    char *lines = read_lines(p, 0, &count, &st);
    CHECK_EQ_INT(count, 1000);
    free(lines);
}

TEST(record_reader_names_the_reason)
{
    static char fkey[NFIELDS][128] = {"post_id", "author", "kind", "body", "created_at"};
    static const size_t fkey_len[NFIELDS] = {7, 6, 4, 4, 10};
    askf__record_reader rr;
    askf__record_reader_init(&rr, fkey, fkey_len);
    struct {
        const char *line, *reason;
    } cases[] = {
        {"{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"caf\\u00e9\"}", NULL},
        {"  ", "empty_line"},
        {"{\"post_id\":\"p\"", "malformed_json"},
        {"[1]", "not_an_object"},
        {"{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\"}", "missing_field"},
        {"{\"post_id\":\"p\",\"author\":7,\"kind\":\"post\",\"body\":\"b\"}", "bad_field"},
        {"{\"post_id\":\"\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"b\"}", "missing_field"},
        {"{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"\\ud800\"}", "malformed_json"},
        {"{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"b\",\"created_at\":\"soon\"}",
         "bad_field"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        askf__record rec;
        askf_slice l = {cases[i].line, strlen(cases[i].line)};
        CHECK_EQ_INT(askf__record_parse(&rr, l, &rec), ASKF_OK);
        if (cases[i].reason)
            CHECK_EQ_STR(rec.reason, cases[i].reason);
        else
            CHECK(rec.reason == NULL && rec.f[F_TEXT].len == 5 &&
                  memcmp(rec.f[F_TEXT].ptr, "caf\xc3\xa9", 5) == 0);
    }
    /* A raw invalid byte too. */
    askf__record rec;
    const char bad[] = "{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"\xff\"}";
    askf_slice l = {bad, sizeof bad - 1};
    askf__record_parse(&rr, l, &rec);
    CHECK_EQ_STR(rec.reason, "bad_utf8");
    askf__record_reader_free(&rr);
}

/* An empty id or user is named as the input spells it (--map), not by role. */
TEST(record_reader_names_the_mapped_field_when_empty)
{
    static char fkey[NFIELDS][128] = {"post_id", "author", "kind", "body", "posted"};
    static const size_t fkey_len[NFIELDS] = {7, 6, 4, 4, 6};
    askf__record_reader rr;
    askf__record_reader_init(&rr, fkey, fkey_len);
    struct {
        const char *line, *detail;
    } cases[] = {
        {"{\"post_id\":\"\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"b\"}",
         "field 'post_id' is empty"},
        {"{\"post_id\":\"p\",\"author\":\"\",\"kind\":\"post\",\"body\":\"b\"}",
         "field 'author' is empty"},
        {"{\"post_id\":\"p\",\"author\":\"u\",\"kind\":\"post\",\"body\":\"b\",\"posted\":\"x\"}",
         "field 'posted' is not an RFC 3339 time"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        askf__record rec;
        askf_slice l = {cases[i].line, strlen(cases[i].line)};
        CHECK_EQ_INT(askf__record_parse(&rr, l, &rec), ASKF_OK);
        CHECK_EQ_STR(rec.detail, cases[i].detail);
    }
    askf__record_reader_free(&rr);
}

/* The one-pass flat reader and the tokenizer give the same fields and reasons. */
TEST(record_reader_fast_path_agrees_with_the_tokenizer)
{
    static char fkey[NFIELDS][128] = {"id", "user", "kind", "text", "created_at"};
    static const size_t fkey_len[NFIELDS] = {2, 4, 4, 4, 10};
    const char *lines[] = {
        "{\"id\":\"p1\",\"user\":\"u1\",\"kind\":\"post\",\"text\":\"hello\",\"created_at\":\"2024-01-02T03:04:05Z\"}",
        " { \"text\" : \"a\\\"b\\\\c\\/d\\n\" , \"id\":\"p\", \"user\":\"u\",\"kind\":\"k\",\"n\":-1.5e3,"
        "\"t\":true,\"f\":false,\"z\":null } ",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"caf\xc3\xa9 \xe2\x82\xac\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"bad \xc3\x28\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"\\\\\xff\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"id\":\"second\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"created_at\":7}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"created_at\":\"\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"\\u0069d\":\"q\"}",
        "{\"\\u0069d\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\"}",
        "{\"i\\\\d\":\"p\",\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"\\u00e9\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"meta\":{\"a\":[1,2]}}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"tab\there\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"n\":01}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",\"n\":tru}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\"} x",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\",}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\"\"text\":\"x\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"unterminated",
        "{\"id\":\"\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\"}",
        "{\"id\":\"p\",\"user\":\"u\",\"kind\":\"k\",\"text\":\"x\\q\"}",
        "{}",
        "[\"id\"]",
        "\"id\"",
    };
    askf__record_reader fast, slow;
    askf__record_reader_init(&fast, fkey, fkey_len);
    askf__record_reader_init(&slow, fkey, fkey_len);
    slow.no_flat = 1;
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        askf__record a, b;
        askf_slice l = {lines[i], strlen(lines[i])};
        CHECK_EQ_INT(askf__record_parse(&fast, l, &a), ASKF_OK);
        CHECK_EQ_INT(askf__record_parse(&slow, l, &b), ASKF_OK);
        CHECK((a.reason == NULL) == (b.reason == NULL));
        if (a.reason && b.reason) {
            CHECK_EQ_STR(a.reason, b.reason);
            CHECK_EQ_STR(a.detail, b.detail);
            continue;
        }
        CHECK(a.created == b.created);
        for (int f = 0; f < NFIELDS; f++)
            CHECK(a.f[f].len == b.f[f].len &&
                  (!a.f[f].len || memcmp(a.f[f].ptr, b.f[f].ptr, a.f[f].len) == 0));
    }
    askf__record_reader_free(&fast);
    askf__record_reader_free(&slow);
}

static int cmp32(const void *a, const void *b) { return memcmp(a, b, 32); }

/* The lineage sort (radix) orders like qsort+memcmp: random keys, members with
 * many pairs (16 shared bytes), duplicates, and small inputs. */
TEST(lineage_pairs_sort_like_memcmp)
{
    const size_t sizes[] = {0, 1, 2, 23, 25, 300, 20000};
    uint64_t x = 88172645463325252ull;
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        uint8_t *a = malloc(n * 32 + 1), *b = malloc(n * 32 + 1);
        for (size_t i = 0; i < n * 32; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            a[i] = (uint8_t)x;
        }
        for (size_t i = 0; i + 1 < n; i += 3) { /* shared member keys, duplicates */
            memcpy(a + (i + 1) * 32, a + i * 32, i % 2 ? 32 : 16);
            if (i % 5 == 0)
                a[(i + 1) * 32 + 20] = 0;
        }
        for (size_t i = 1; n > 10000 && i < 5000; i++) /* one member, 5000 records */
            memcpy(a + i * 32, a, 16);
        memcpy(b, a, n * 32);
        askf__pairs_sort(a, n);
        if (n)
            qsort(b, n, 32, cmp32);
        CHECK(n == 0 || memcmp(a, b, n * 32) == 0);
        free(a);
        free(b);
    }
}

/* lib/io's libcrypto SHA-256 and HMAC give libsodium's digests. */
TEST(fast_sha256_and_hmac_match_libsodium)
{
    uint8_t msg[300], key[100], got[32], want[32];
    for (size_t i = 0; i < sizeof msg; i++)
        msg[i] = (uint8_t)(i * 7 + 1);
    for (size_t i = 0; i < sizeof key; i++)
        key[i] = (uint8_t)(i * 13 + 5);
    askf__fsha *h = askf__fsha_new();
    CHECK(h != NULL);
    askf__fsha_update(h, msg, 100);
    askf__fsha_peek(h, got);
    askf__sha256(msg, 100, want);
    CHECK_MEM(got, 32, want);
    askf__fsha_update(h, msg + 100, 200);
    askf__fsha_final(h, got);
    askf__sha256(msg, 300, want);
    CHECK_MEM(got, 32, want);
    askf__fsha_update(h, msg, 3); /* final restarts */
    askf__fsha_final(h, got);
    askf__sha256(msg, 3, want);
    CHECK_MEM(got, 32, want);
    askf__fsha_free(h);
    const size_t klens[] = {0, 16, 32, 64, 65, 100};
    for (size_t k = 0; k < sizeof klens / sizeof *klens; k++) {
        askf__hmac *m = askf__hmac_new(key, klens[k]);
        CHECK(m != NULL);
        for (size_t n = 0; n < 200; n += 37) {
            askf__hmac2(m, "content\n", 8, msg, n, got);
            crypto_auth_hmacsha256_state st;
            crypto_auth_hmacsha256_init(&st, key, klens[k]);
            crypto_auth_hmacsha256_update(&st, (const unsigned char *)"content\n", 8);
            crypto_auth_hmacsha256_update(&st, msg, n);
            crypto_auth_hmacsha256_final(&st, want);
            CHECK_MEM(got, 32, want);
        }
        askf__hmac_free(m);
    }
}

static uint64_t spill_pairs;

static int build_into(const char *out, unsigned workers, uint64_t fail_after, askf_build_summary *s)
{
    const char *src = getenv("ASKF_SRCDIR");
    char in[1024], snap[1024];
    snprintf(in, sizeof in, "%s/tests/data/build/content.jsonl", src ? src : ".");
    snprintf(snap, sizeof snap, "%s/tests/data/build/consent.snap", src ? src : ".");
    const char *inputs[1] = {in};
    uint8_t key[32];
    for (int i = 0; i < 32; i++)
        key[i] = (uint8_t)i;
    askf_build_opts o;
    memset(&o, 0, sizeof o);
    o.purpose = "train.generative";
    o.inputs = inputs;
    o.n_inputs = 1;
    o.out_dir = out;
    o.snapshot = snap;
    o.key = key;
    o.key_len = 32;
    o.shards = 3;
    o.workers = workers;
    o.max_rejects = 20;
    o.block_bytes = 2048;
    o.fail_after_chunks = fail_after;
    o.lineage_spill_pairs = spill_pairs;
    askf_error err;
    askf_status st = askf_build_run(&o, s, &err);
    if (st != ASKF_OK && !fail_after)
        printf("# build: %s\n", err.msg);
    return (int)st;
}

static int same_file(const char *a, const char *b)
{
    char cmd[1600];
    snprintf(cmd, sizeof cmd, "cmp -s %.700s %.700s", a, b);
    return system(cmd) == 0;
}

TEST(build_output_is_independent_of_workers_and_failure_leaves_no_manifest)
{
    askf_build_summary s1, s4, sf;
    char *d1 = path_in("b1"), *d4 = path_in("b4"), *df = path_in("bf");
    CHECK_EQ_INT(build_into(d1, 1, 0, &s1), ASKF_OK);
    CHECK_EQ_INT(build_into(d4, 4, 0, &s4), ASKF_OK);
    CHECK_EQ_STR(s1.manifest_sha256, s4.manifest_sha256);
    CHECK(s1.written > 0 && s1.written == s4.written && s1.rejected == 7);
    CHECK_EQ_INT(s1.records, s1.allowed + s1.denied + s1.rejected - s1.by_reason[2]);
    for (int s = 0; s < 3; s++) {
        char a[700], b[700];
        snprintf(a, sizeof a, "%s/shard-%05d.jsonl.zst", d1, s);
        snprintf(b, sizeof b, "%s/shard-%05d.jsonl.zst", d4, s);
        CHECK(same_file(a, b));
        snprintf(a, sizeof a, "%s/lineage/shard-%05d.idx", d1, s);
        snprintf(b, sizeof b, "%s/lineage/shard-%05d.idx", d4, s);
        CHECK(same_file(a, b));
    }
    /* Lineage spilled to sorted runs every few pairs: the same index, no runs left. */
    askf_build_summary ss;
    char *ds = path_in("bs");
    spill_pairs = 5;
    CHECK_EQ_INT(build_into(ds, 2, 0, &ss), ASKF_OK);
    spill_pairs = 0;
    CHECK_EQ_STR(s1.manifest_sha256, ss.manifest_sha256);
    for (int s = 0; s < 3; s++) {
        char a[700], b[700];
        snprintf(a, sizeof a, "%s/lineage/shard-%05d.idx", d1, s);
        snprintf(b, sizeof b, "%s/lineage/shard-%05d.idx", ds, s);
        CHECK(same_file(a, b));
        snprintf(b, sizeof b, "%s/lineage/.shard-%05d.run-0", ds, s);
        struct stat rs;
        CHECK(stat(b, &rs) != 0);
    }
    /* Fails after two chunks: shards may exist, the manifest must not. */
    CHECK_EQ_INT(build_into(df, 2, 2, &sf), ASKF_ERR_ABORTED);
    char m[700];
    snprintf(m, sizeof m, "%s/manifest.json", df);
    struct stat sb;
    CHECK(stat(m, &sb) != 0);
}

int main(void)
{
    RUN(reader_keeps_lines_whole_across_small_blocks_and_long_lines);
    RUN(reader_mapped_blocks_are_the_read_blocks);
    RUN(zstd_and_gzip_read_like_plain_and_corruption_is_an_error);
    RUN(writer_hashes_what_it_stores);
    RUN(record_reader_names_the_reason);
    RUN(record_reader_names_the_mapped_field_when_empty);
    RUN(record_reader_fast_path_agrees_with_the_tokenizer);
    RUN(fast_sha256_and_hmac_match_libsodium);
    RUN(lineage_pairs_sort_like_memcmp);
    RUN(build_output_is_independent_of_workers_and_failure_leaves_no_manifest);
    return check_done();
}
