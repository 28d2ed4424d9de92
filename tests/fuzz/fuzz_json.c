/*
 * fuzz_json.c - the JSON tokenizer (lib/common/json.c): any bytes in, never a
 * crash; on success every token lies inside the input and subtrees nest.
 * Whatever the flat-object reader (askf__json_flat) takes, the tokenizer
 * takes too, with the same members, end and field values.
 */
#include "common/buf.h"
#include "common/json.h"

#include <stdlib.h>
#include <string.h>

/* askf__json_flat agrees with the tokenizer (flags 0) on s. */
static void check_flat(askf_json *j, const char *s, size_t n)
{
    static const askf_slice keys[4] = {{"id", 2}, {"text", 4}, {"a", 1}, {"id", 2}};
    askf_json_flat f;
    if (!askf__json_flat(s, n, keys, 4, &f))
        return;
    askf_error err;
    if (askf__json_parse(j, s, n, 0, &err) != ASKF_OK || j->toks[0].type != ASKF_JSON_OBJECT ||
        j->toks[0].start + j->toks[0].len - 1 != f.close || j->toks[0].count != f.members)
        abort();
    askf_buf a, b;
    askf__buf_init(&a);
    askf__buf_init(&b);
    for (int k = 0; k < 4; k++) {
        int t = askf__json_get(j, 0, keys[k].ptr, keys[k].len);
        if ((t >= 0) != f.v[k].found)
            abort();
        if (t < 0)
            continue;
        if ((j->toks[t].type == ASKF_JSON_STRING) != f.v[k].is_string)
            abort();
        if (!f.v[k].is_string)
            continue;
        askf_slice x, y;
        if (j->toks[t].start != f.v[k].q0 + 1 || j->toks[t].escaped != f.v[k].escaped ||
            (j->toks[t].bad_utf8 && !f.v[k].high))
            abort();
        if (askf__json_str(j, (uint32_t)t, &a, &x) == 0 && askf__json_flat_str(s, &f.v[k], &b, &y) == 0 &&
            (x.len != y.len || (x.len && memcmp(x.ptr, y.ptr, x.len) != 0)))
            abort();
    }
    askf__buf_free(&a);
    askf__buf_free(&b);
}

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
    check_flat(&j, (const char *)data, size);
    askf__json_free(&j);
    return 0;
}
