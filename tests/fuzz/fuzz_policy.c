/*
 * fuzz_policy.c - libFuzzer target for the policy loader: any bytes must load
 * or fail with a status and a message, never crash, hang or leak. Seeds live
 * in tests/fuzz/corpus/policy/ (the shipped policies and small invalid
 * variants); the regression driver replays them in every test run.
 */
#include "askfirst/policy.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    askf_policy *p = NULL;
    askf_error err;
    askf_status st = askf_policy_load((const char *)data, size, "<fuzz>", &p, &err);
    if (st == ASKF_OK) {
        /* Touch what decisions read, so the region tables and strings are exercised. */
        size_t n = askf_policy_purpose_count(p);
        for (size_t i = 0; i < n; i++) {
            const askf_purpose *u = askf_policy_purpose(p, i);
            const char *id = askf_purpose_id(u);
            if (askf_policy_purpose_index(p, id, strlen(id)) != (int)i)
                __builtin_trap();
            (void)askf_purpose_region_excluded(u, "DE");
            (void)askf_purpose_default_allow(u, "US");
            (void)askf_purpose_notice_hash_hex(u);
        }
    } else if (p != NULL || err.msg[0] == 0) {
        __builtin_trap(); /* a failure must leave *out NULL and say why */
    }
    askf_policy_free(p);
    return 0;
}
