/*
 * fuzz_snapshot.c - the snapshot reader (lib/snapshot): any bytes as a
 * snapshot file are refused at open or answer every lookup without reading
 * outside the mapping (ASan checks the reads), with slices inside the file.
 * Inputs whose size is not a multiple of 3 get their header checksum
 * recomputed (and, for size % 3 == 2, the header's file size set to the
 * input's), so the fuzzer gets past them into the section table and body.
 */
#include "askfirst/snapshot.h"
#include "common/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/askf-fuzz-snap-%ld.snap", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    if (size % 3 && size >= 320) {
        uint8_t *copy = malloc(size);
        memcpy(copy, data, size);
        if (size % 3 == 2) {
            uint64_t fs = size;
            memcpy(copy + 64, &fs, 8);
        }
        askf__crypto_init();
        askf__sha256(copy, 288, copy + 288);
        fwrite(copy, 1, size, f);
        free(copy);
    } else {
        fwrite(data, 1, size, f);
    }
    fclose(f);
    askf_snapshot *s = NULL;
    askf_error err;
    if (askf_snapshot_open(path, 0, &s, &err) == ASKF_OK) {
        askf_snapshot_scratch *sc = NULL;
        askf_snapshot_scratch_new(&sc);
        const askf_snapshot_info *in = askf_snapshot_get_info(s);
        uint64_t n = in->members < 4096 ? in->members : 4096;
        for (uint64_t i = 0; i < n; i++) {
            const askf_member *m = NULL;
            if (askf_snapshot_member(s, sc, i, &m) == ASKF_OK) {
                volatile size_t sum = 0;
                for (size_t k = 0; k < m->user.len; k++)
                    sum += (unsigned char)m->user.ptr[k];
                for (size_t k = 0; k < m->n_deleted_content; k++)
                    for (size_t q = 0; q < m->deleted_content[k].id.len; q++)
                        sum += (unsigned char)m->deleted_content[k].id.ptr[q];
                for (size_t k = 0; k < m->n_choices; k++)
                    sum += m->choices[k].purpose.len ? (unsigned char)m->choices[k].purpose.ptr[0] : 0;
                const askf_member *again = NULL;
                (void)askf_snapshot_lookup(s, sc, m->user.ptr, m->user.len, &again);
            }
        }
        const askf_member *m = NULL;
        (void)askf_snapshot_lookup(s, sc, "u00001", 6, &m);
        (void)askf_snapshot_verify(s, NULL, &err);
        (void)askf_snapshot_policy_text(s);
        askf_snapshot_scratch_free(sc);
        askf_snapshot_close(s);
    }
    unlink(path);
    return 0;
}
