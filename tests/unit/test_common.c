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

int main(void)
{
    RUN(json_parses_nested_object_and_counts_members);
    RUN(json_decodes_escapes_and_surrogates);
    RUN(json_rejects_malformed_input_with_column);
    RUN(json_depth_limit_is_enforced);
    RUN(json_marks_bad_utf8_when_lenient);
    RUN(json_finds_duplicate_keys_and_integers);
    RUN(buf_escapes_json_strings);
    RUN(time_parses_rfc3339_and_formats_back);
    RUN(age_counts_full_years);
    RUN(sha256_matches_known_vector);
    RUN(alloc_fault_injection_fails_the_nth_allocation);
    RUN(status_names_come_from_the_pinned_map);
    return check_done();
}
