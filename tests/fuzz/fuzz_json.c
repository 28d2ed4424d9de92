/*
 * fuzz_json.c - the JSON tokenizer (lib/common/json.c): any bytes in, never a
 * crash; on success every token lies inside the input and subtrees nest.
 */
#include "common/buf.h"
#include "common/json.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    askf_json j;
    askf__json_init(&j);
    j.max_tokens = 1 << 16;
    askf_error err;
    if (askf__json_parse(&j, (const char *)data, size, size & 1 ? ASKF_JSON_STRICT_UTF8 : 0, &err) ==
        ASKF_OK) {
        askf_buf scratch;
        askf__buf_init(&scratch);
        for (uint32_t i = 0; i < j.n; i++) {
            const askf_json_tok *t = &j.toks[i];
            if ((size_t)t->start + t->len > size || t->end > j.n || t->end <= i)
                abort();
            askf_slice s;
            if (t->type == ASKF_JSON_STRING && askf__json_str(&j, i, &scratch, &s) != 0 && !scratch.oom)
                abort();
            int64_t v;
            (void)askf__json_i64(&j, i, &v);
            if (t->type == ASKF_JSON_OBJECT)
                (void)askf__json_dup_key(&j, i);
        }
        askf__buf_free(&scratch);
    }
    askf__json_free(&j);
    return 0;
}
