/*
 * test_common.c - lib/common: JSON parser, buffers, time, hashing, allocation
 * fault injection, status names.
 */
#include "check.h"

#include "common/alloc.h"
#include "common/buf.h"
#include "common/hash.h"
#include "common/json.h"
#include "common/timeutil.h"

static askf_status parse(askf_json *j, const char *s)
{
    askf_error e;
    return askf__json_parse(j, s, strlen(s), ASKF_JSON_STRICT_UTF8, &e);
}

TEST(json_parses_nested_object_and_counts_members)
{
    askf_json j;
    askf__json_init(&j);
    CHECK_EQ_INT(parse(&j, " {\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"x\"}} "), ASKF_OK);
    CHECK_EQ_INT(j.toks[0].type, ASKF_JSON_OBJECT);
    CHECK_EQ_INT(j.toks[0].count, 3);
    int b = askf__json_get(&j, 0, "b", 1);
    CHECK(b > 0);
    CHECK_EQ_INT(j.toks[b].type, ASKF_JSON_ARRAY);
    CHECK_EQ_INT(j.toks[b].count, 3);
    int c = askf__json_get(&j, 0, "c", 1);
    int d = askf__json_get(&j, (uint32_t)c, "d", 1);
    CHECK(askf__json_str_eq(&j, (uint32_t)d, "x", 1));
    CHECK_EQ_INT(askf__json_get(&j, 0, "zz", 2), -1);
    CHECK_EQ_INT(j.toks[0].end, j.n);
    askf__json_free(&j);
}

TEST(json_decodes_escapes_and_surrogates)
{
    askf_json j;
    askf__json_init(&j);
    CHECK_EQ_INT(parse(&j, "\"a\\n\\u00e9\\ud83d\\ude00\\\"\""), ASKF_OK);
    askf_buf b;
    askf__buf_init(&b);
    askf_slice s;
    CHECK_EQ_INT(askf__json_str(&j, 0, &b, &s), 0);
    CHECK_EQ_INT(s.len, 1 + 1 + 2 + 4 + 1);
    CHECK(memcmp(s.ptr, "a\n\xc3\xa9\xf0\x9f\x98\x80\"", s.len) == 0);
    askf__buf_free(&b);
    askf__json_free(&j);
}

TEST(json_rejects_malformed_input_with_column)
{
    const char *bad[] = {"{", "{\"a\"}", "{\"a\":}", "[1,]", "{\"a\":1,}", "01", "1.", "\"\\x\"",
                         "\"\\ud800\"", "tru", "{} x", "\"a\x01\"", "", "[1 2]", "\"\xff\"",
                         "{\"a\" 1}", "-", "1e"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        askf_json j;
        askf__json_init(&j);
        askf_error e;
        askf_status st = askf__json_parse(&j, bad[i], strlen(bad[i]), ASKF_JSON_STRICT_UTF8, &e);
        if (st != ASKF_ERR_PARSE)
            printf("#   accepted: %s\n", bad[i]);
        CHECK_EQ_INT(st, ASKF_ERR_PARSE);
        CHECK(e.column >= 1);
        askf__json_free(&j);
    }
}

TEST(json_depth_limit_is_enforced)
{
    char deep[300];
    memset(deep, '[', 200);
    deep[200] = 0;
    askf_json j;
    askf__json_init(&j);
    askf_error e;
    CHECK_EQ_INT(askf__json_parse(&j, deep, 200, 0, &e), ASKF_ERR_PARSE);
    CHECK(strstr(e.msg, "deep") != NULL);
    askf__json_free(&j);
}

TEST(json_marks_bad_utf8_when_lenient)
{
    askf_json j;
    askf__json_init(&j);
    askf_error e;
    const char *s = "{\"t\":\"ok \xc3\x28 bad\"}";
    CHECK_EQ_INT(askf__json_parse(&j, s, strlen(s), 0, &e), ASKF_OK);
    int t = askf__json_get(&j, 0, "t", 1);
    CHECK(j.toks[t].bad_utf8);
    askf__json_free(&j);
}

TEST(json_finds_duplicate_keys_and_integers)
{
    askf_json j;
    askf__json_init(&j);
    CHECK_EQ_INT(parse(&j, "{\"a\":1,\"b\":-9223372036854775808,\"a\":2}"), ASKF_OK);
    CHECK(askf__json_dup_key(&j, 0) > 0);
    int64_t v = 0;
    CHECK_EQ_INT(askf__json_i64(&j, (uint32_t)askf__json_get(&j, 0, "b", 1), &v), 0);
    CHECK(v == INT64_MIN);
    askf__json_free(&j);
}

/* The string scanner at every position of a 16-byte step: a quote, backslash,
 * control character or high byte anywhere is found, and its column named. */
TEST(json_string_scanner_finds_every_special_byte)
{
    askf_json j;
    askf__json_init(&j);
    askf_error e;
    char s[64];
    for (size_t n = 0; n < 40; n++) {
        for (size_t at = 0; at < n; at++) {
            const char specials[] = {'"', '\\', 0x01, (char)0xC3, (char)0xFF};
            for (size_t k = 0; k < sizeof specials; k++) {
                s[0] = '"';
                memset(s + 1, 'a', n);
                s[1 + at] = specials[k];
                s[1 + n] = '"';
                askf_status st = askf__json_parse(&j, s, n + 2, 0, &e);
                if (k == 0) { /* a quote ends the string early: trailing bytes */
                    CHECK_EQ_INT(st, ASKF_ERR_PARSE);
                    CHECK_EQ_INT(e.column, at + 3);
                } else if (k == 1) { /* "\a" is an unknown escape; "\"" at the end runs on */
                    CHECK_EQ_INT(st, ASKF_ERR_PARSE);
                    if (at + 1 < n)
                        CHECK_EQ_INT(e.column, at + 2);
                } else if (k == 2) {
                    CHECK_EQ_INT(st, ASKF_ERR_PARSE);
                    CHECK_EQ_INT(e.column, at + 2);
                } else {
                    CHECK_EQ_INT(st, ASKF_OK);
                    CHECK(j.toks[0].bad_utf8); /* a lone lead byte or 0xFF */
                    CHECK_EQ_INT(j.toks[0].len, n);
                }
            }
        }
        /* plain ASCII of length n: no escape, no bad UTF-8 */
        s[0] = '"';
        memset(s + 1, 'b', n);
        s[1 + n] = '"';
        CHECK_EQ_INT(askf__json_parse(&j, s, n + 2, ASKF_JSON_STRICT_UTF8, &e), ASKF_OK);
        CHECK(!j.toks[0].bad_utf8 && !j.toks[0].escaped && j.toks[0].len == n);
    }
    askf__json_free(&j);
}

/* askf__json_flat takes flat objects only, and then says what the tokenizer says. */
TEST(json_flat_reader_agrees_with_the_tokenizer)
{
    const askf_slice keys[3] = {{"id", 2}, {"text", 4}, {"id", 2}};
    struct {
        const char *s;
        int taken;
    } cases[] = {
        {"{\"id\":\"a\",\"text\":\"hi \\\"you\\\"\\n\",\"n\":1.5,\"t\":true,\"z\":null}", 1},
        {" {} ", 1},
        {"{\"x\":1,\"id\":\"first\",\"id\":\"second\"}", 1},
        {"{\"id\":7}", 1},
        {"{\"id\":\"caf\xc3\xa9\",\"text\":\"\xff\"}", 1},
        {"{\"text\":\"a\",\"id\":\"b\",\"k\\\"ey\":1}", 1},     /* escaped key once all found */
        {"{\"k\\\"ey\":1,\"text\":\"a\",\"id\":\"b\"}", 0},     /* escaped key before */
        {"{\"id\":\"\\u0041\"}", 0},
        {"{\"id\":[1]}", 0},
        {"{\"id\":\"a\"}x", 0},
        {"{\"id\":\"a\",}", 0},
        {"{\"id\":-}", 0},
        {"{\"id\":\"a\tb\"}", 0},
        {"[1]", 0},
    };
    askf_json j;
    askf__json_init(&j);
    askf_buf a, b;
    askf__buf_init(&a);
    askf__buf_init(&b);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *s = cases[i].s;
        size_t n = strlen(s);
        askf_json_flat f;
        int taken = askf__json_flat(s, n, keys, 3, &f);
        CHECK_EQ_INT(taken, cases[i].taken);
        if (!taken)
            continue;
        askf_error e;
        CHECK_EQ_INT(askf__json_parse(&j, s, n, 0, &e), ASKF_OK);
        CHECK_EQ_INT(j.toks[0].start + j.toks[0].len - 1, f.close);
        CHECK_EQ_INT(j.toks[0].count, f.members);
        for (int k = 0; k < 3; k++) {
            int t = askf__json_get(&j, 0, keys[k].ptr, keys[k].len);
            CHECK_EQ_INT(t >= 0, f.v[k].found);
            if (t < 0)
                continue;
            int is_str = j.toks[t].type == ASKF_JSON_STRING;
            CHECK_EQ_INT(is_str, f.v[k].is_string);
            if (!is_str)
                continue;
            CHECK_EQ_INT(j.toks[t].start, f.v[k].q0 + 1);
            CHECK_EQ_INT(j.toks[t].escaped, f.v[k].escaped);
            CHECK(!j.toks[t].bad_utf8 || f.v[k].high);
            askf_slice x, y;
            CHECK_EQ_INT(askf__json_str(&j, (uint32_t)t, &a, &x), 0);
            CHECK_EQ_INT(askf__json_flat_str(s, &f.v[k], &b, &y), 0);
            CHECK(x.len == y.len && (!x.len || memcmp(x.ptr, y.ptr, x.len) == 0));
        }
    }
    askf__buf_free(&a);
    askf__buf_free(&b);
    askf__json_free(&j);
}

TEST(buf_escapes_json_strings)
{
    askf_buf b;
    askf__buf_init(&b);
    askf__buf_put_json_str(&b, "a\"\\\n\x01z", 6);
    askf__buf_nul(&b);
    CHECK_EQ_STR(b.ptr, "\"a\\\"\\\\\\n\\u0001z\"");
    askf__buf_reset(&b);
    askf__buf_put_i64(&b, -42);
    askf__buf_nul(&b);
    CHECK_EQ_STR(b.ptr, "-42");
    askf__buf_free(&b);
}

TEST(time_parses_rfc3339_and_formats_back)
{
    askf_time t;
    CHECK_EQ_INT(askf_time_parse("2026-01-05T10:00:00Z", 20, &t), ASKF_OK);
    char out[32];
    askf_time_format(t, out, sizeof out);
    CHECK_EQ_STR(out, "2026-01-05T10:00:00Z");
    CHECK_EQ_INT(askf_time_parse("2026-01-05T12:00:00+02:00", 25, &t), ASKF_OK);
    askf_time_format(t, out, sizeof out);
    CHECK_EQ_STR(out, "2026-01-05T10:00:00Z");
    CHECK_EQ_INT(askf_time_parse("2026-01-05T10:00:00.25Z", 23, &t), ASKF_OK);
    askf_time_format(t, out, sizeof out);
    CHECK_EQ_STR(out, "2026-01-05T10:00:00.25Z");
    CHECK_EQ_INT(askf_time_parse("1970-01-01", 10, &t), ASKF_OK);
    CHECK(t == 0);
    CHECK_EQ_INT(askf_time_parse("2026-02-30T00:00:00Z", 20, &t), ASKF_ERR_PARSE);
    CHECK_EQ_INT(askf_time_parse("2026-01-05 10:00:00Z", 20, &t), ASKF_ERR_PARSE);
    CHECK_EQ_INT(askf_time_parse("2026-01-05T10:00:00", 19, &t), ASKF_ERR_PARSE);
    CHECK_EQ_INT(askf_time_parse("2024-02-29T23:59:59Z", 20, &t), ASKF_OK);
}

TEST(age_counts_full_years)
{
    int32_t b;
    CHECK_EQ_INT(askf__date_parse("2008-06-15", 10, &b), ASKF_OK);
    CHECK_EQ_INT(askf__age_years(b, askf__days_from_civil(2026, 6, 14)), 17);
    CHECK_EQ_INT(askf__age_years(b, askf__days_from_civil(2026, 6, 15)), 18);
}

TEST(sha256_matches_known_vector)
{
    CHECK_EQ_INT(askf__crypto_init(), 0);
    uint8_t h[32];
    char hex[65];
    askf__sha256("abc", 3, h);
    askf__hex(h, 32, hex);
    CHECK_EQ_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    uint8_t back[32];
    CHECK_EQ_INT(askf__unhex(hex, 64, back, 32), 0);
    CHECK_MEM(back, 32, h);
}

TEST(alloc_fault_injection_fails_the_nth_allocation)
{
    askf__alloc_fail_after(1);
    void *a = askf__malloc(8);
    void *b = askf__malloc(8);
    askf__alloc_fail_after(-1);
    CHECK(a != NULL);
    CHECK(b == NULL);
    askf__free(a);
}

TEST(status_names_come_from_the_pinned_map)
{
    CHECK_EQ_STR(askf_status_name(ASKF_ERR_CONFLICT), "ERR_CONFLICT");
    CHECK_EQ_INT(ASKF_ERR_CONFLICT, 6);
    CHECK_EQ_STR(askf_strerror(ASKF_OK), "success");
    CHECK_EQ_STR(askf_version_string(), ASKF_VERSION_STRING);
}

TEST(grow_doubles_and_leaves_the_array_unchanged_on_failure)
{
    int *v = NULL;
    size_t cap = 0;
    CHECK_EQ_INT(askf__grow((void **)&v, &cap, 0, sizeof *v, 4), 0);
    CHECK_EQ_INT((int)cap, 4);
    for (int i = 0; i < 4; i++)
        v[i] = i;
    CHECK_EQ_INT(askf__grow((void **)&v, &cap, 3, sizeof *v, 4), 0);
    CHECK_EQ_INT((int)cap, 4); /* room left: nothing to do */
    CHECK_EQ_INT(askf__grow((void **)&v, &cap, 4, sizeof *v, 4), 0);
    CHECK_EQ_INT((int)cap, 8);
    CHECK_EQ_INT(v[3], 3);
    askf__alloc_fail_after(0);
    int *before = v;
    CHECK_EQ_INT(askf__grow((void **)&v, &cap, 8, sizeof *v, 4), -1);
    askf__alloc_fail_after(-1);
    CHECK(v == before);
    CHECK_EQ_INT((int)cap, 8);
    size_t huge = SIZE_MAX / 2 + 1;
    CHECK_EQ_INT(askf__grow((void **)&v, &huge, huge, 8, 4), -1); /* size overflow */
    askf__free(v);
}

int main(void)
{
    RUN(json_parses_nested_object_and_counts_members);
    RUN(json_decodes_escapes_and_surrogates);
    RUN(json_rejects_malformed_input_with_column);
    RUN(json_depth_limit_is_enforced);
    RUN(json_marks_bad_utf8_when_lenient);
    RUN(json_finds_duplicate_keys_and_integers);
    RUN(json_string_scanner_finds_every_special_byte);
    RUN(json_flat_reader_agrees_with_the_tokenizer);
    RUN(buf_escapes_json_strings);
    RUN(time_parses_rfc3339_and_formats_back);
    RUN(age_counts_full_years);
    RUN(sha256_matches_known_vector);
    RUN(alloc_fault_injection_fails_the_nth_allocation);
    RUN(grow_doubles_and_leaves_the_array_unchanged_on_failure);
    RUN(status_names_come_from_the_pinned_map);
    return check_done();
}
