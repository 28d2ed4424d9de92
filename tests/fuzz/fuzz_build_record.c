/*
 * fuzz_build_record.c - the build's JSONL input path: the block reader
 * (lib/io, with a tiny block size so lines straddle blocks) splits any bytes
 * into lines, and the record reader (lib/build) turns each into fields or a
 * reject reason. Never a crash; every field slice lies inside its line or the
 * reader's decode buffer; every line is accounted for; the one-pass fast
 * path and the tokenizer give the same reason, detail and fields.
 */
#include "build/build_int.h"
#include "io/io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The tokenizer-only reader on the same line gives what the fast path gave. */
static void check_agrees(askf__record_reader *slow, askf_slice line, const askf__record *a)
{
    askf__record b;
    if (askf__record_parse(slow, line, &b) != ASKF_OK)
        return; /* out of memory */
    if ((a->reason == NULL) != (b.reason == NULL))
        abort();
    if (a->reason) {
        if (strcmp(a->reason, b.reason) || strcmp(a->detail, b.detail))
            abort();
        return;
    }
    if (a->created != b.created)
        abort();
    for (int i = 0; i < NFIELDS; i++)
        if (a->f[i].len != b.f[i].len ||
            (a->f[i].len && memcmp(a->f[i].ptr, b.f[i].ptr, a->f[i].len) != 0))
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/askf-fuzz-rec-%ld.jsonl", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    static char fkey[NFIELDS][128] = {"id", "user", "kind", "text", "created_at"};
    static const size_t fkey_len[NFIELDS] = {2, 4, 4, 4, 10};
    askf__record_reader rr;
    askf__record_reader_init(&rr, fkey, fkey_len);
    rr.j.max_tokens = 1 << 16;
    askf__record_reader slow;
    askf__record_reader_init(&slow, fkey, fkey_len);
    slow.j.max_tokens = rr.j.max_tokens;
    slow.no_flat = 1;
    askf__reader *r = NULL;
    askf_error err;
    uint64_t lines = 0, expect_next = 1;
    if (askf__reader_open(path, 64, 1 << 20, &r, &err) == ASKF_OK) {
        askf__block b = {0};
        while (askf__reader_next(r, &b, &err) == ASKF_OK && b.len) {
            if (b.first_line != expect_next)
                abort();
            size_t pos = 0;
            askf_slice line;
            uint64_t n = 0;
            while (askf__line_next(&b, &pos, &line) == 0) {
                if (line.ptr < b.ptr || line.ptr + line.len > b.ptr + b.len)
                    abort();
                askf__record rec;
                askf_status rs = askf__record_parse(&rr, line, &rec);
                if (rs == ASKF_OK && !rec.reason) {
                    for (int i = 0; i < NFIELDS; i++) {
                        /* (an empty field may have no pointer at all, nor its decode buffer:
                         * no arithmetic on those) */
                        const char *p = rec.f[i].ptr;
                        if (!rec.f[i].len)
                            continue;
                        int in_line = p >= line.ptr && p + rec.f[i].len <= line.ptr + line.len;
                        int in_dec = rr.dec[i].ptr && p >= rr.dec[i].ptr &&
                                     p + rec.f[i].len <= rr.dec[i].ptr + rr.dec[i].len;
                        if (!in_line && !in_dec)
                            abort();
                    }
                    if (!rec.f[F_ID].len || !rec.f[F_USER].len)
                        abort();
                }
                if (rs == ASKF_OK)
                    check_agrees(&slow, line, &rec);
                n++;
            }
            if (n != b.lines)
                abort();
            lines += n;
            expect_next += n;
        }
        askf__block_free(&b);
        askf__reader_close(r);
    }
    (void)lines;
    askf__record_reader_free(&rr);
    askf__record_reader_free(&slow);
    unlink(path);
    return 0;
}
