/*
 * test_snapshot.c - lib/snapshot: a snapshot answers exactly what the fold it
 * was written from answers (every member, every field, every decision), the
 * same (S, T) gives the same bytes, and damaged files are refused with a
 * clear error instead of being read past their end.
 */
#include "check.h"

#include "askfirst/askfirst.h"
#include "askfirst/snapshot.h"
#include "snapshot/snapshot_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static askf_time T(const char *s)
{
    askf_time t = 0;
    askf_time_parse(s, strlen(s), &t);
    return t;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[n] = 0;
        *len = (size_t)n;
    }
    return p;
}

static int spit(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(p, 1, n, f);
    return fclose(f) == 0 && w == n ? 0 : -1;
}

static const char *NOW_S = "2026-11-01T00:00:00Z";

/* A ledger with every kind of fact: profiles with and without region and
 * birth date, grants, refusals, objections (open, upheld, rejected), GPC,
 * deleted content and deleted accounts. */
static askf_ledger *make_ledger(const char *path, size_t members)
{
    char pbuf[4096];
    const char *src = getenv("ASKF_SRCDIR");
    snprintf(pbuf, sizeof pbuf, "%s/policies/askfirst.yaml", src ? src : ".");
    size_t plen;
    char *ptext = slurp(pbuf, &plen);
    if (!ptext)
        return NULL;
    unlink(path);
    askf_ledger_opts o = {.uri = path, .create = 1};
    askf_ledger *l = NULL;
    askf_error e = {0};
    if (askf_ledger_open(&o, &l, &e) != ASKF_OK) {
        free(ptext);
        return NULL;
    }
    askf_append_result r;
    askf_time now = T(NOW_S);
    askf_ledger_publish_policy(l, ptext, plen, "askfirst.yaml", T("2024-01-01"), now, &r, &e);
    free(ptext);
    static const char *regions[] = {"US", "DE", "FR", "IN", "BR", "CH", "GB", "JP"};
    char ev[1024];
    for (size_t i = 0; i < members; i++) {
        char u[32];
        snprintf(u, sizeof u, "m%04zu", (i * 7919) % members);
        size_t k = 0;
        askf_slice s[12];
        char *bufs[12];
#define ADD(...)                                                                              \
    do {                                                                                      \
        snprintf(ev, sizeof ev, __VA_ARGS__);                                                 \
        bufs[k] = strdup(ev);                                                                 \
        s[k].ptr = bufs[k];                                                                   \
        s[k].len = strlen(bufs[k]);                                                           \
        k++;                                                                                  \
    } while (0)
        if (i % 13)
            ADD("{\"id\":\"%s-p\",\"type\":\"profile\",\"user\":\"%s\",\"at\":\"2024-02-01T00:00:00Z\""
                ",\"region\":\"%s\",\"birth_date\":\"%d-03-04\"}",
                u, u, regions[i % 8], 1950 + (int)(i % 60));
        else
            ADD("{\"id\":\"%s-p\",\"type\":\"profile\",\"user\":\"%s\",\"at\":\"2024-02-01T00:00:00Z\""
                ",\"birth_date\":\"2001-02-03\"}",
                u, u);
        if (i % 3 == 0)
            ADD("{\"id\":\"%s-c1\",\"type\":\"consent\",\"user\":\"%s\",\"at\":\"2025-03-01T00:00:00Z\","
                "\"purpose\":\"train.generative\",\"choice\":\"%s\",\"source\":\"settings\"}",
                u, u, i % 2 ? "grant" : "refuse");
        if (i % 5 == 0)
            ADD("{\"id\":\"%s-c2\",\"type\":\"consent\",\"user\":\"%s\",\"at\":\"2025-04-01T00:00:00Z\","
                "\"purpose\":\"train.other\",\"choice\":\"grant\",\"source\":\"settings\"}",
                u, u);
        if (i % 7 == 0) {
            ADD("{\"id\":\"%s-o\",\"type\":\"objection\",\"user\":\"%s\",\"at\":\"2025-05-01T00:00:00Z\","
                "\"purpose\":\"train.other\",\"kind\":\"%s\",\"reason\":\"no\"}",
                u, u, i % 2 ? "object" : "restrict");
            if (i % 14 == 0)
                ADD("{\"id\":\"%s-or\",\"type\":\"objection_resolved\",\"user\":\"%s\","
                    "\"at\":\"2025-06-01T00:00:00Z\",\"objection\":\"%s-o\",\"outcome\":\"%s\","
                    "\"reason\":\"r\"}",
                    u, u, u, i % 4 ? "upheld" : "rejected");
        }
        if (i % 11 == 0)
            ADD("{\"id\":\"%s-g\",\"type\":\"gpc\",\"user\":\"%s\",\"at\":\"2025-07-01T00:00:00Z\"}", u, u);
        if (i % 4 == 0) {
            ADD("{\"id\":\"%s-d1\",\"type\":\"delete\",\"user\":\"%s\",\"at\":\"2025-08-01T00:00:00Z\","
                "\"content\":\"%s-post-2\"}",
                u, u, u);
            ADD("{\"id\":\"%s-d2\",\"type\":\"delete\",\"user\":\"%s\",\"at\":\"2025-08-02T00:00:00Z\","
                "\"content\":\"%s-post-1\"}",
                u, u, u);
        }
        if (i % 17 == 0)
            ADD("{\"id\":\"%s-da\",\"type\":\"delete\",\"user\":\"%s\",\"at\":\"2026-01-01T00:00:00Z\"}",
                u, u);
#undef ADD
        askf_error errs[12];
        askf_ledger_append(l, s, k, 0, now, NULL, errs);
        static int shown;
        for (size_t j = 0; j < k; j++) {
            if (errs[j].status != ASKF_OK && shown++ < 3)
                printf("# event rejected: %s: %s\n", bufs[j], errs[j].msg);
            free(bufs[j]);
        }
    }
    return l;
}



static char snap_path[512], db_path[512];
static askf_ledger *ledger;

static void setup(void)
{
    if (ledger)
        return;
    snprintf(db_path, sizeof db_path, "%s/snap.db", check_tmpdir());
    snprintf(snap_path, sizeof snap_path, "%s/a.snap", check_tmpdir());
    ledger = make_ledger(db_path, 400);
}

TEST(snapshot_matches_the_fold_member_by_member)
{
    setup();
    CHECK(ledger != NULL);
    if (!ledger)
        return;
    askf_error e = {0};
    askf_snapshot_info wi;
    CHECK_EQ_INT(askf_snapshot_write_ledger(ledger, 0, T(NOW_S), snap_path, &wi, &e), ASKF_OK);
    askf_fold *f = NULL;
    CHECK_EQ_INT(askf_ledger_fold(ledger, 0, T(NOW_S), &f, &e), ASKF_OK);
    askf_snapshot *s = NULL;
    CHECK_EQ_INT(askf_snapshot_open(snap_path, ASKF_SNAPSHOT_VERIFY, &s, &e), ASKF_OK);
    if (!s || !f)
        return;
    const askf_snapshot_info *in = askf_snapshot_get_info(s);
    CHECK_EQ_INT(in->members, askf_fold_count(f));
    CHECK_EQ_INT(in->members, 400);
    CHECK(in->choices > 0 && in->objections > 0 && in->deleted_content > 0);
    CHECK(in->policy_bytes > 0);
    CHECK_EQ_INT(in->seq, askf_fold_seq(f));
    /* At most 32 bytes per member plus the id bytes, for the fixed part. */
    CHECK(sizeof(snap_record) <= 32);

    const askf_policy *p = NULL;
    CHECK_EQ_INT(askf_ledger_policy_at(ledger, 0, T(NOW_S), &p), ASKF_OK);
    askf_snapshot_scratch *sc = NULL;
    CHECK_EQ_INT(askf_snapshot_scratch_new(&sc), ASKF_OK);
    size_t mismatches = 0, decisions = 0;
    static const char *kinds[] = {"post", "message", "profile"};
    for (size_t i = 0; i < askf_fold_count(f); i++) {
        const askf_member *fm = askf_fold_member(f, i), *sm = NULL;
        if (askf_snapshot_lookup(s, sc, fm->user.ptr, fm->user.len, &sm) != ASKF_OK ||
            !askf_member_equal(fm, sm)) {
            mismatches++;
            continue;
        }
        for (size_t u = 0; u < askf_policy_purpose_count(p); u++) {
            const askf_purpose *pu = askf_policy_purpose(p, u);
            for (int k = 0; k < 3; k++) {
                char cid[64];
                snprintf(cid, sizeof cid, "%.*s-post-%d", (int)fm->user.len, fm->user.ptr, k);
                askf_context ctx = {.recipient = "first_party", .recipient_len = 11,
                                    .kind = kinds[k], .kind_len = strlen(kinds[k]),
                                    .content_id = cid, .content_id_len = strlen(cid)};
                askf_decision a = askf_decide(p, pu, fm, &ctx, T(NOW_S));
                askf_decision b = askf_decide(p, pu, sm, &ctx, T(NOW_S));
                decisions++;
                if (a.allow != b.allow || a.reason != b.reason || a.since != b.since)
                    mismatches++;
            }
        }
        const askf_member *bi = NULL;
        if (askf_snapshot_member(s, sc, i, &bi) != ASKF_OK || !askf_member_equal(fm, bi))
            mismatches++;
    }
    CHECK_EQ_INT(mismatches, 0);
    CHECK(decisions > 1000);
    const askf_member *none = (const askf_member *)1;
    CHECK_EQ_INT(askf_snapshot_lookup(s, sc, "nobody", 6, &none), ASKF_ERR_NOT_FOUND);
    CHECK(none == NULL);
    CHECK_EQ_INT(askf_snapshot_lookup(s, sc, "", 0, &none), ASKF_ERR_NOT_FOUND);
    CHECK_EQ_INT(askf_snapshot_member(s, sc, 400, &none), ASKF_ERR_NOT_FOUND);
    askf_slice pt = askf_snapshot_policy_text(s);
    size_t plen;
    const char *ptext = askf_policy_text(p, &plen);
    CHECK(pt.len == plen && memcmp(pt.ptr, ptext, plen) == 0);
    askf_snapshot_scratch_free(sc);
    askf_snapshot_close(s);
    askf_fold_free(f);
}

TEST(same_seq_and_time_give_identical_bytes)
{
    setup();
    if (!ledger)
        return;
    char b[600];
    snprintf(b, sizeof b, "%s/b.snap", check_tmpdir());
    askf_error e = {0};
    CHECK_EQ_INT(askf_snapshot_write_ledger(ledger, 0, T(NOW_S), b, NULL, &e), ASKF_OK);
    size_t la = 0, lb = 0;
    char *x = slurp(snap_path, &la), *y = slurp(b, &lb);
    CHECK(x && y && la == lb && memcmp(x, y, la) == 0);
    free(x);
    free(y);
    /* An earlier T is a different state and a different file. */
    CHECK_EQ_INT(askf_snapshot_write_ledger(ledger, 0, T("2025-01-01"), b, NULL, &e), ASKF_OK);
    y = slurp(b, &lb);
    x = slurp(snap_path, &la);
    CHECK(x && y && !(la == lb && memcmp(x, y, la) == 0));
    free(x);
    free(y);
}

TEST(truncated_file_is_refused_at_every_length)
{
    setup();
    size_t len = 0;
    char *x = slurp(snap_path, &len);
    CHECK(x != NULL);
    if (!x)
        return;
    char p[600];
    snprintf(p, sizeof p, "%s/trunc.snap", check_tmpdir());
    size_t cuts[] = {0, 1, 8, 100, 319, 320, 321, len / 2, len - 8, len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        spit(p, x, cuts[i]);
        askf_snapshot *s = NULL;
        askf_error e = {0};
        askf_status st = askf_snapshot_open(p, 0, &s, &e);
        CHECK_EQ_INT(st, ASKF_ERR_CORRUPT);
        CHECK(s == NULL);
        CHECK(strstr(e.msg, "not a valid snapshot") != NULL);
    }
    free(x);
}

TEST(corrupt_header_is_refused_and_corrupt_body_fails_verify)
{
    setup();
    size_t len = 0;
    char *x = slurp(snap_path, &len);
    if (!x)
        return;
    char p[600];
    snprintf(p, sizeof p, "%s/bad.snap", check_tmpdir());
    askf_error e = {0};
    askf_snapshot *s = NULL;
    /* Any header byte flipped: refused at open. */
    for (size_t off = 0; off < ASKF__SNAP_HEADER_SIZE; off += 7) {
        x[off] ^= 0x40;
        spit(p, x, len);
        x[off] ^= 0x40;
        CHECK(askf_snapshot_open(p, 0, &s, &e) != ASKF_OK);
        CHECK(s == NULL);
    }
    /* A body byte flipped: open without VERIFY succeeds, verify names it. */
    x[len / 2] ^= 1;
    spit(p, x, len);
    CHECK_EQ_INT(askf_snapshot_open(p, 0, &s, &e), ASKF_OK);
    CHECK_EQ_INT(askf_snapshot_verify(s, NULL, &e), ASKF_ERR_CORRUPT);
    CHECK(strstr(e.msg, "checksum") != NULL);
    askf_snapshot_close(s);
    s = NULL;
    CHECK_EQ_INT(askf_snapshot_open(p, ASKF_SNAPSHOT_VERIFY, &s, &e), ASKF_ERR_CORRUPT);
    CHECK(s == NULL);
    /* Not a snapshot at all. */
    spit(p, "hello", 5);
    CHECK_EQ_INT(askf_snapshot_open(p, 0, &s, &e), ASKF_ERR_CORRUPT);
    snprintf(p, sizeof p, "%s/missing.snap", check_tmpdir());
    CHECK_EQ_INT(askf_snapshot_open(p, 0, &s, &e), ASKF_ERR_IO);
    free(x);
}

TEST(body_offsets_out_of_range_are_reported_not_followed)
{
    setup();
    size_t len = 0;
    char *x = slurp(snap_path, &len);
    if (!x)
        return;
    snap_header hd;
    memcpy(&hd, x, sizeof hd);
    /* Point every record's ext and id offset far outside; the header stays
     * valid, so open succeeds and lookups must refuse. */
    for (uint64_t i = 0; i < hd.n_members; i++) {
        snap_record *r = (snap_record *)(x + hd.sec[ASKF__SEC_RECORDS].off) + i;
        if (r->ext != ASKF__SNAP_NONE)
            r->ext = 0x7ffffff0u;
        if (i % 2)
            r->id_off = 0xfffffff0u;
    }
    char p[600];
    snprintf(p, sizeof p, "%s/offs.snap", check_tmpdir());
    spit(p, x, len);
    askf_snapshot *s = NULL;
    askf_error e = {0};
    CHECK_EQ_INT(askf_snapshot_open(p, 0, &s, &e), ASKF_OK);
    askf_snapshot_scratch *sc = NULL;
    askf_snapshot_scratch_new(&sc);
    size_t corrupt = 0;
    for (uint64_t i = 0; s && i < hd.n_members; i++) {
        const askf_member *m;
        askf_status st = askf_snapshot_member(s, sc, i, &m);
        corrupt += st == ASKF_ERR_CORRUPT;
        (void)askf_snapshot_lookup(s, sc, "m0001", 5, &m);
    }
    CHECK(corrupt > hd.n_members / 2);
    askf_snapshot_scratch_free(sc);
    askf_snapshot_close(s);
    free(x);
}

int main(void)
{
    RUN(snapshot_matches_the_fold_member_by_member);
    RUN(same_seq_and_time_give_identical_bytes);
    RUN(truncated_file_is_refused_at_every_length);
    RUN(corrupt_header_is_refused_and_corrupt_body_fails_verify);
    RUN(body_offsets_out_of_range_are_reported_not_followed);
    askf_ledger_close(ledger);
    return check_done();
}
