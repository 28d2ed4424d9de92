/*
 * fuzz_pii.c - any bytes through the PII detector and replacer: never a
 * crash, spans always inside the text, sorted and non-overlapping; the
 * record path (JSON and plain text) never fails on anything but bad JSON.
 * The first input byte selects flags so one corpus covers both paths. The
 * flat-record fast path must agree with the full JSON tokenizer.
 */
#include "askfirst/pii.h"
#include "pii/pii_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static askf_pii *pii;
static askf_pii_scratch *scratch;

static void setup(void)
{
    char path[512];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/fuzz-pii-members-%ld.jsonl", tmp && *tmp ? tmp : "/tmp",
             (long)getpid());
    FILE *f = fopen(path, "w");
    if (f) {
        fputs("{\"user\":\"u1\",\"name\":\"Anja Weber\",\"handle\":\"anjaweber\"}\n"
              "{\"user\":\"u2\",\"name\":\"Will Baker\",\"handle\":\"wb\"}\n"
              "{\"user\":\"u3\",\"name\":\"王伟\",\"handle\":\"ww\"}\n"
              "{\"user\":\"u4\",\"name\":\"Jürgen Müller\",\"handle\":\"jm\"}\n"
              /* a family name with particles, a CJK name with a family name of two
               * characters, an ordinary word as a first name (the rules that read them) */
              "{\"user\":\"u5\",\"name\":\"Joost van Dijk\",\"handle\":\"jvd\"}\n"
              "{\"user\":\"u6\",\"name\":\"中村健太\",\"handle\":\"nk\"}\n"
              "{\"user\":\"u7\",\"name\":\"Grace Lee\",\"handle\":\"gl\"}\n",
              f);
        fclose(f);
    }
    static const char *const pre[] = {"social.example/u/", NULL};
    askf_pii_opts o = {0};
    o.members_path = path;
    o.no_cache = 1;
    o.profile_prefixes = pre;
    o.key = (const uint8_t *)"fuzz-key-0123456789";
    o.key_len = 19;
    o.actions[ASKF_PII_PHONE] = ASKF_PII_MASK;
    if (askf_pii_new(&o, &pii, NULL) != ASKF_OK || askf_pii_scratch_new(pii, &scratch) != ASKF_OK)
        abort();
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!pii)
        setup();
    const askf_pii_span *sp;
    size_t n;
    if (askf_pii_scan(pii, scratch, (const char *)data, size, &sp, &n) != ASKF_OK)
        abort();
    for (size_t i = 0; i < n; i++) {
        if (sp[i].start >= sp[i].end || sp[i].end > size || sp[i].type >= ASKF_PII_NTYPES)
            abort();
        if (i && sp[i].start < sp[i - 1].end)
            abort();
    }
    askf_pii_result r;
    if (askf_pii_redact(pii, scratch, (const char *)data, size, &r) != ASKF_OK || !r.text)
        abort();
    if (size) {
        unsigned flags = data[0] & 7u;
        askf_pii_record rec;
        askf_status st = askf_pii_redact_record(pii, scratch, (const char *)data + 1, size - 1,
                                                "text", flags, &rec, NULL);
        if (st != ASKF_OK && st != ASKF_ERR_PARSE && st != ASKF_ERR_REJECTED)
            abort();
        if ((flags & ASKF_REC_TEXT) && st == ASKF_ERR_PARSE)
            abort();
        /* the flat-record fast path says what the full tokenizer says */
        if (!askf__pii_flat_agrees(scratch, (const char *)data + 1, size - 1, "text"))
            abort();
    }
    return 0;
}
