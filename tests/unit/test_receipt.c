/*
 * test_receipt.c - signed consent receipts: key files, sign/verify round trip,
 * canonical form (re-indenting keeps the signature valid), tamper detection
 * with a clear reason, key rotation (a receipt names its key id), and
 * allocation failures.
 */
#include "check.h"

#include "askfirst/receipt.h"
#include "common/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const askf_policy *policy(void)
{
    static askf_policy *p;
    if (!p) {
        char path[1024];
        const char *src = getenv("ASKF_SRCDIR");
        snprintf(path, sizeof path, "%s/policies/askfirst.yaml", src ? src : ".");
        askf_error err = {0};
        if (askf_policy_load_file(path, &p, &err) != ASKF_OK)
            printf("# cannot load %s: %s\n", path, err.msg);
    }
    return p;
}

static askf_event_view view(const char *body, int64_t seq)
{
    static uint8_t hash[ASKF_HASH_SIZE];
    for (int i = 0; i < ASKF_HASH_SIZE; i++)
        hash[i] = (uint8_t)(i * 7 + seq);
    askf_event_view v = {0};
    v.seq = seq;
    v.body.ptr = body;
    v.body.len = strlen(body);
    v.hash = hash;
    return v;
}

static const char CONSENT[] =
    "{\"id\":\"c1\",\"type\":\"consent\",\"user\":\"alice\",\"purpose\":\"train.generative\","
    "\"choice\":\"grant\",\"at\":\"2026-11-02T10:00:00Z\",\"source\":\"settings\"}";

static char *sign(const askf_receipt_key *k, const char *body, int64_t seq)
{
    askf_event_view v = view(body, seq);
    char *out = NULL;
    size_t len = 0;
    askf_error err = {0};
    askf_status st =
        askf_receipt_build(&v, policy(), NULL, 1793613600000000LL, k, &out, &len, &err);
    if (st != ASKF_OK)
        printf("# build: %s\n", err.msg);
    return out;
}

static askf_status verify(const askf_receipt_key *k, const char *doc, askf_receipt_info *info,
                          askf_error *err)
{
    const askf_receipt_key *keys[1] = {k};
    return askf_receipt_verify(doc, strlen(doc), keys, 1, info, err);
}

/* Replace the first occurrence of `from` by `to` (same or different length). */
static char *replace(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    if (!at)
        return NULL;
    size_t n = strlen(s) - strlen(from) + strlen(to) + 1;
    char *o = malloc(n);
    size_t pre = (size_t)(at - s);
    memcpy(o, s, pre);
    strcpy(o + pre, to);
    strcat(o, at + strlen(from));
    return o;
}

TEST(key_file_round_trip_keeps_the_key_id)
{
    askf_receipt_key *k = NULL, *k2 = NULL, *pub = NULL;
    CHECK_EQ_INT(askf_receipt_key_generate(&k), ASKF_OK);
    CHECK_EQ_INT(strlen(askf_receipt_key_id(k)), 16);
    char sec[ASKF_RECEIPT_KEY_TEXT_MAX], pubt[ASKF_RECEIPT_KEY_TEXT_MAX];
    size_t sl = askf_receipt_key_format(k, 1, sec, sizeof sec);
    size_t pl = askf_receipt_key_format(k, 0, pubt, sizeof pubt);
    CHECK(sl > 0 && pl > 0);
    CHECK(strncmp(sec, "askfirst-receipt-key/1 ed25519-secret ", 38) == 0);
    CHECK(strncmp(pubt, "askfirst-receipt-key/1 ed25519-public ", 38) == 0);
    CHECK_EQ_INT(askf_receipt_key_parse(sec, sl, &k2, NULL), ASKF_OK);
    CHECK_EQ_INT(askf_receipt_key_parse(pubt, pl, &pub, NULL), ASKF_OK);
    CHECK_EQ_STR(askf_receipt_key_id(k2), askf_receipt_key_id(k));
    CHECK_EQ_STR(askf_receipt_key_id(pub), askf_receipt_key_id(k));
    CHECK_EQ_STR(askf_receipt_key_public_hex(pub), askf_receipt_key_public_hex(k));
    CHECK(askf_receipt_key_has_secret(k2));
    CHECK(!askf_receipt_key_has_secret(pub));
    CHECK_EQ_INT(askf_receipt_key_format(pub, 1, sec, sizeof sec), 0);
    askf_receipt_key_free(k);
    askf_receipt_key_free(k2);
    askf_receipt_key_free(pub);
    askf_receipt_key_free(NULL);
}

TEST(key_parse_rejects_bad_files_with_a_reason)
{
    askf_receipt_key *k = NULL;
    askf_error err = {0};
    const char *bad[] = {"", "hello", "askfirst-receipt-key/1 rsa-secret 00",
                         "askfirst-receipt-key/1 ed25519-public 00ff",
                         "askfirst-receipt-key/1 ed25519-public "
                         "zz00000000000000000000000000000000000000000000000000000000000000"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_EQ_INT(askf_receipt_key_parse(bad[i], strlen(bad[i]), &k, &err), ASKF_ERR_PARSE);
        CHECK(k == NULL);
        CHECK(err.msg[0] != 0);
    }
}

TEST(consent_receipt_signs_and_verifies)
{
    askf_receipt_key *k = NULL, *pub = NULL;
    askf_receipt_key_generate(&k);
    char pt[ASKF_RECEIPT_KEY_TEXT_MAX];
    size_t pl = askf_receipt_key_format(k, 0, pt, sizeof pt);
    askf_receipt_key_parse(pt, pl, &pub, NULL);
    char *doc = sign(k, CONSENT, 42);
    CHECK(doc != NULL);
    if (doc) {
        CHECK(strstr(doc, "\"choice\":\"grant\"") != NULL);
        CHECK(strstr(doc, "\"version\":\"" ASKF_RECEIPT_VERSION "\"") != NULL);
        CHECK(strstr(doc, "\"controller\":{\"name\":\"Example Platform Ltd\"}") != NULL);
        CHECK(strstr(doc, askf_purpose_notice_hash_hex(askf_policy_purpose(policy(), 0))));
        CHECK(strstr(doc, "\"text_version\":\"askfirst@2026-11-01\"") != NULL);
        CHECK(strstr(doc, "\"seq\":42") != NULL);
        askf_receipt_info info;
        askf_error err = {0};
        CHECK_EQ_INT(verify(pub, doc, &info, &err), ASKF_OK);
        CHECK_EQ_STR(info.user, "alice");
        CHECK_EQ_STR(info.event_id, "c1");
        CHECK_EQ_STR(info.event_type, "consent");
        CHECK_EQ_INT(info.seq, 42);
        CHECK_EQ_STR(info.key_id, askf_receipt_key_id(k));
        askf_event_view v = view(CONSENT, 42);
        CHECK_MEM(info.event_hash, ASKF_HASH_SIZE, v.hash);
        /* The same inputs give the same bytes. */
        char *again = sign(k, CONSENT, 42);
        CHECK(again && strcmp(again, doc) == 0);
        askf_receipt_text_free(again);
    }
    askf_receipt_text_free(doc);
    askf_receipt_key_free(k);
    askf_receipt_key_free(pub);
}

TEST(reindented_receipt_still_verifies)
{
    askf_receipt_key *k = NULL;
    askf_receipt_key_generate(&k);
    char *doc = sign(k, CONSENT, 7);
    /* Pretty-print by hand: whitespace after every comma and colon, and keys
     * of the signature object moved around. */
    size_t n = strlen(doc);
    char *pretty = malloc(3 * n + 1), *o = pretty;
    int in_str = 0;
    for (size_t i = 0; i < n; i++) {
        char c = doc[i];
        *o++ = c;
        if (c == '"' && (i == 0 || doc[i - 1] != '\\'))
            in_str = !in_str;
        if (!in_str && (c == ',' || c == '{'))
            *o++ = '\n';
        if (!in_str && c == ':')
            *o++ = ' ';
    }
    *o = 0;
    askf_error err = {0};
    CHECK_EQ_INT(verify(k, pretty, NULL, &err), ASKF_OK);
    free(pretty);
    askf_receipt_text_free(doc);
    askf_receipt_key_free(k);
}

TEST(tampered_receipt_fails_with_a_clear_reason)
{
    askf_receipt_key *k = NULL;
    askf_receipt_key_generate(&k);
    char *doc = sign(k, CONSENT, 9);
    askf_error err = {0};
    char *t1 = replace(doc, "\"choice\":\"grant\"", "\"choice\":\"refuse\"");
    CHECK_EQ_INT(verify(k, t1, NULL, &err), ASKF_ERR_CORRUPT);
    CHECK(strstr(err.msg, "altered") != NULL);
    char *t2 = replace(doc, "\"seq\":9", "\"seq\":10");
    CHECK_EQ_INT(verify(k, t2, NULL, &err), ASKF_ERR_CORRUPT);
    char *t3 = replace(doc, "\"id\":\"alice\"", "\"id\":\"mallory\"");
    CHECK_EQ_INT(verify(k, t3, NULL, &err), ASKF_ERR_CORRUPT);
    /* A flipped signature character. */
    char *t4 = strdup(doc);
    char *val = strstr(t4, "\"value\":\"") + 9;
    *val = *val == 'A' ? 'B' : 'A';
    CHECK_EQ_INT(verify(k, t4, NULL, &err), ASKF_ERR_CORRUPT);
    /* A key id swapped in the signature only. */
    char *t5 = replace(doc, ",\"key_id\":\"", ",\"key_id\":\"0");
    CHECK(verify(k, t5, NULL, &err) != ASKF_OK);
    /* An added field is a change too. */
    char *t6 = replace(doc, "{\"receipt\":{", "{\"receipt\":{\"extra\":1,");
    CHECK_EQ_INT(verify(k, t6, NULL, &err), ASKF_ERR_CORRUPT);
    /* Not a receipt at all. */
    CHECK_EQ_INT(verify(k, "{\"a\":1}", NULL, &err), ASKF_ERR_PARSE);
    CHECK_EQ_INT(verify(k, "not json", NULL, &err), ASKF_ERR_PARSE);
    CHECK(strstr(err.msg, "not a receipt") != NULL);
    free(t1);
    free(t2);
    free(t3);
    free(t4);
    free(t5);
    free(t6);
    askf_receipt_text_free(doc);
    askf_receipt_key_free(k);
}

TEST(rotated_key_is_found_by_key_id)
{
    askf_receipt_key *old = NULL, *cur = NULL;
    askf_receipt_key_generate(&old);
    askf_receipt_key_generate(&cur);
    CHECK(strcmp(askf_receipt_key_id(old), askf_receipt_key_id(cur)) != 0);
    char *doc = sign(old, CONSENT, 3);
    askf_error err = {0};
    /* Only the new key: the receipt names a key we do not have. */
    CHECK_EQ_INT(verify(cur, doc, NULL, &err), ASKF_ERR_NOT_FOUND);
    CHECK(strstr(err.msg, askf_receipt_key_id(old)) != NULL);
    const askf_receipt_key *both[2] = {cur, old};
    CHECK_EQ_INT(askf_receipt_verify(doc, strlen(doc), both, 2, NULL, &err), ASKF_OK);
    askf_receipt_text_free(doc);
    askf_receipt_key_free(old);
    askf_receipt_key_free(cur);
}

TEST(objection_and_resolution_receipts_carry_their_fields)
{
    askf_receipt_key *k = NULL;
    askf_receipt_key_generate(&k);
    const char *obj = "{\"id\":\"o1\",\"type\":\"objection\",\"user\":\"bob\",\"purpose\":"
                      "\"train.other\",\"kind\":\"object\",\"reason\":\"no \\\"thanks\\\"\\n\","
                      "\"at\":\"2026-11-02T10:00:00Z\",\"source\":\"objection_form\"}";
    const char *res = "{\"id\":\"r1\",\"type\":\"objection_resolved\",\"user\":\"bob\","
                      "\"objection\":\"o1\",\"outcome\":\"upheld\",\"at\":"
                      "\"2026-11-03T10:00:00Z\",\"source\":\"admin\"}";
    char *d1 = sign(k, obj, 5), *d2 = sign(k, res, 6);
    CHECK(d1 &&
          strstr(d1, "\"objection\":{\"kind\":\"object\",\"reason\":\"no \\\"thanks\\\"\\n\"}"));
    CHECK(d2 && strstr(d2, "\"resolution\":{\"objection\":\"o1\",\"outcome\":\"upheld\"}"));
    askf_receipt_info info;
    CHECK_EQ_INT(verify(k, d1, &info, NULL), ASKF_OK);
    CHECK_EQ_STR(info.event_type, "objection");
    CHECK_EQ_INT(verify(k, d2, &info, NULL), ASKF_OK);
    CHECK_EQ_STR(info.event_type, "objection_resolved");
    askf_receipt_text_free(d1);
    askf_receipt_text_free(d2);
    askf_receipt_key_free(k);
}

TEST(other_event_types_get_no_receipt)
{
    askf_receipt_key *k = NULL, *pub = NULL;
    askf_receipt_key_generate(&k);
    askf_event_view v = view("{\"id\":\"p1\",\"type\":\"profile\",\"user\":\"u\",\"region\":"
                             "\"DE\",\"at\":\"2026-01-01T00:00:00Z\"}",
                             1);
    char *out = NULL;
    askf_error err = {0};
    CHECK_EQ_INT(askf_receipt_build(&v, policy(), NULL, 0, k, &out, NULL, &err),
                 ASKF_ERR_UNSUPPORTED);
    CHECK(out == NULL);
    /* A public key cannot sign. */
    char pt[ASKF_RECEIPT_KEY_TEXT_MAX];
    size_t pl = askf_receipt_key_format(k, 0, pt, sizeof pt);
    askf_receipt_key_parse(pt, pl, &pub, NULL);
    askf_event_view c = view(CONSENT, 1);
    CHECK_EQ_INT(askf_receipt_build(&c, policy(), NULL, 0, pub, &out, NULL, &err),
                 ASKF_ERR_INVALID);
    askf_receipt_key_free(k);
    askf_receipt_key_free(pub);
}

TEST(allocation_failures_are_reported_not_crashed)
{
    askf_receipt_key *k = NULL;
    askf_receipt_key_generate(&k);
    int ok_seen = 0;
    for (long n = 0; n < 200 && !ok_seen; n++) {
        askf_event_view v = view(CONSENT, 2);
        char *out = NULL;
        askf__alloc_fail_after(n);
        askf_status st = askf_receipt_build(&v, policy(), NULL, 0, k, &out, NULL, NULL);
        askf_status vs = ASKF_OK;
        if (st == ASKF_OK) {
            const askf_receipt_key *keys[1] = {k};
            vs = askf_receipt_verify(out, strlen(out), keys, 1, NULL, NULL);
        }
        askf__alloc_fail_after(-1);
        CHECK(st == ASKF_OK || st == ASKF_ERR_NOMEM);
        CHECK(vs == ASKF_OK || vs == ASKF_ERR_NOMEM);
        if (st == ASKF_OK && vs == ASKF_OK)
            ok_seen = 1;
        askf_receipt_text_free(out);
    }
    CHECK(ok_seen);
    askf_receipt_key_free(k);
}

int main(void)
{
    RUN(key_file_round_trip_keeps_the_key_id);
    RUN(key_parse_rejects_bad_files_with_a_reason);
    RUN(consent_receipt_signs_and_verifies);
    RUN(reindented_receipt_still_verifies);
    RUN(tampered_receipt_fails_with_a_clear_reason);
    RUN(rotated_key_is_found_by_key_id);
    RUN(objection_and_resolution_receipts_carry_their_fields);
    RUN(other_event_types_get_no_receipt);
    RUN(allocation_failures_are_reported_not_crashed);
    return check_done();
}
