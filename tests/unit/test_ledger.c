/*
 * test_ledger.c - lib/ledger: append, seq and idempotency, every validation
 * error naming its field, the 5-minute rule, atomic and non-atomic batches,
 * the hash chain and its verification against a tampered row, fold semantics
 * (choices, notices, objections and their resolution, deletions, GPC), policy
 * versions, persistence, concurrent group commit, a property test (shuffled
 * imports fold to the same state), and allocation failure during append.
 */
#include "check.h"

#include "askfirst/ledger.h"
#include "common/alloc.h"
#include "common/hash.h"
#include "store/store.h"

#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define POLICY_V1                                                                                  \
    "name: t\nversion: \"1\"\npurposes:\n"                                                         \
    "  - id: gen\n    title: Generate\n    notice: Notice one\n    basis: consent\n"               \
    "    objectable: true\n"                                                                       \
    "  - id: other\n    title: Other\n    notice: Other notice\n"                                  \
    "    basis: legitimate_interest\n    objectable: true\n"                                       \
    "  - id: sec\n    title: Security\n    notice: Required\n    basis: legal_obligation\n"        \
    "    objectable: false\n"

/* Same purposes; the notice of `gen` changed, so v1 grants are stale. */
#define POLICY_V2                                                                                  \
    "name: t\nversion: \"2\"\npurposes:\n"                                                         \
    "  - id: gen\n    title: Generate\n    notice: Notice two\n    basis: consent\n"               \
    "    objectable: true\n"                                                                       \
    "  - id: other\n    title: Other\n    notice: Other notice\n"                                  \
    "    basis: legitimate_interest\n    objectable: true\n"                                       \
    "  - id: sec\n    title: Security\n    notice: Required\n    basis: legal_obligation\n"        \
    "    objectable: false\n"

static askf_time T(const char *s)
{
    askf_time t = 0;
    askf_time_parse(s, strlen(s), &t);
    return t;
}

#define NOW T("2026-06-01T00:00:00Z")

static const char *path_for(const char *name)
{
    static char p[512];
    snprintf(p, sizeof p, "%s/%s", check_tmpdir(), name);
    return p;
}

static askf_ledger *open_at(const char *path, int create)
{
    askf_ledger_opts o = {path, create, 0};
    askf_ledger *l = NULL;
    askf_error e;
    if (askf_ledger_open(&o, &l, &e) != ASKF_OK)
        printf("#   open %s: %s\n", path, e.msg);
    return l;
}

static askf_status publish(askf_ledger *l, const char *text, const char *eff)
{
    askf_error e;
    askf_append_result r;
    askf_status st =
        askf_ledger_publish_policy(l, text, strlen(text), "t.yaml", T(eff), NOW, &r, &e);
    if (st != ASKF_OK)
        printf("#   publish: %s\n", e.msg);
    return st;
}

/* A fresh ledger with POLICY_V1 in force from 2026-01-01. */
static askf_ledger *fresh(const char *name)
{
    askf_ledger *l = open_at(path_for(name), 1);
    if (l)
        publish(l, POLICY_V1, "2026-01-01T00:00:00Z");
    return l;
}

static askf_status add1(askf_ledger *l, const char *json, askf_append_result *res, askf_error *err)
{
    askf_slice s = {json, strlen(json)};
    askf_append_result r;
    askf_error e;
    return askf_ledger_append(l, &s, 1, 0, NOW, res ? res : &r, err ? err : &e);
}

static int64_t add_ok(askf_ledger *l, const char *json)
{
    askf_append_result r;
    askf_error e;
    askf_status st = add1(l, json, &r, &e);
    if (st != ASKF_OK)
        printf("#   append %s: %s\n", json, e.msg);
    return st == ASKF_OK ? r.seq : -1;
}

static askf_member_state *member(askf_ledger *l, const char *user, askf_time t)
{
    askf_member_state *s = NULL;
    askf_error e;
    if (askf_ledger_member(l, user, strlen(user), 0, t, &s, &e) != ASKF_OK)
        printf("#   member: %s\n", e.msg);
    return s;
}

static const askf_choice *choice_for(const askf_member *m, const char *purpose)
{
    for (size_t i = 0; i < m->n_choices; i++)
        if (m->choices[i].purpose.len == strlen(purpose) &&
            memcmp(m->choices[i].purpose.ptr, purpose, m->choices[i].purpose.len) == 0)
            return &m->choices[i];
    return NULL;
}

static const uint8_t *notice_of(const askf_policy *p, const char *purpose)
{
    int i = askf_policy_purpose_index(p, purpose, strlen(purpose));
    return i < 0 ? NULL : askf_purpose_notice_hash(askf_policy_purpose(p, (size_t)i));
}

TEST(open_missing_ledger_is_not_found)
{
    askf_ledger_opts o = {path_for("nope.db"), 0, 0};
    askf_ledger *l = NULL;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_open(&o, &l, &e), ASKF_ERR_NOT_FOUND);
    CHECK(l == NULL);
    CHECK(strstr(e.msg, "nope.db") != NULL);
    askf_ledger_close(NULL);
}

TEST(append_assigns_seq_and_is_idempotent)
{
    askf_ledger *l = fresh("seq.db");
    const char *ev =
        "{\"id\":\"e1\",\"type\":\"consent\",\"user\":\"u1\",\"purpose\":\"gen\","
        "\"choice\":\"grant\",\"at\":\"2026-01-05T10:00:00Z\",\"source\":\"settings\"}";
    askf_append_result r;
    askf_error e;
    CHECK_EQ_INT(add1(l, ev, &r, &e), ASKF_OK);
    CHECK_EQ_INT(r.seq, 2); /* the policy is seq 1 */
    CHECK_EQ_INT(r.duplicate, 0);
    uint8_t h1[32];
    memcpy(h1, r.hash, 32);

    /* Same event again, with different key order and spacing: same canonical body. */
    const char *same = "{ \"type\":\"consent\", \"id\":\"e1\",\"user\":\"u1\",\"choice\":\"grant\","
                       "\"purpose\":\"gen\",\"at\":\"2026-01-05T11:00:00+01:00\",\"source\":"
                       "\"settings\"}";
    CHECK_EQ_INT(add1(l, same, &r, &e), ASKF_OK);
    CHECK_EQ_INT(r.seq, 2);
    CHECK_EQ_INT(r.duplicate, 1);
    CHECK_MEM(r.hash, 32, h1);

    const char *other = "{\"id\":\"e1\",\"type\":\"consent\",\"user\":\"u1\",\"purpose\":\"gen\","
                        "\"choice\":\"refuse\",\"at\":\"2026-01-05T10:00:00Z\",\"source\":"
                        "\"settings\"}";
    CHECK_EQ_INT(add1(l, other, &r, &e), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(e.status, ASKF_ERR_CONFLICT);
    CHECK_EQ_STR(e.field, "id");
    CHECK(strstr(e.msg, "e1") != NULL);
    CHECK(strstr(e.msg, "seq 2") != NULL);

    /* Duplicates inside one batch. */
    const char *b3 =
        "{\"id\":\"e3\",\"type\":\"gpc\",\"user\":\"u1\",\"at\":\"2026-01-06T00:00:00Z\"}";
    const char *b3x =
        "{\"id\":\"e3\",\"type\":\"gpc\",\"user\":\"u2\",\"at\":\"2026-01-06T00:00:00Z\"}";
    askf_slice batch[3] = {{b3, strlen(b3)}, {b3, strlen(b3)}, {b3x, strlen(b3x)}};
    askf_append_result rs[3];
    askf_error es[3];
    CHECK_EQ_INT(askf_ledger_append(l, batch, 3, 0, NOW, rs, es), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(es[0].status, ASKF_OK);
    CHECK_EQ_INT(rs[0].seq, 3);
    CHECK_EQ_INT(rs[0].duplicate, 0);
    CHECK_EQ_INT(es[1].status, ASKF_OK);
    CHECK_EQ_INT(rs[1].seq, 3);
    CHECK_EQ_INT(rs[1].duplicate, 1);
    CHECK_EQ_INT(es[2].status, ASKF_ERR_CONFLICT);

    int64_t head;
    uint8_t hh[32];
    CHECK_EQ_INT(askf_ledger_head(l, &head, hh), ASKF_OK);
    CHECK_EQ_INT(head, 3);
    CHECK_MEM(hh, 32, rs[0].hash);
    askf_ledger_stats stats;
    askf_ledger_get_stats(l, &stats);
    CHECK_EQ_INT(stats.events_appended, 3);
    askf_ledger_close(l);
}

typedef struct bad_case {
    const char *json;
    const char *field;
    askf_status status;
    const char *needle;
} bad_case;

TEST(every_validation_error_names_its_field)
{
    askf_ledger *l = fresh("bad.db");
    CHECK(add_ok(l, "{\"id\":\"obj1\",\"type\":\"objection\",\"user\":\"u1\",\"purpose\":\"other\","
                    "\"kind\":\"object\",\"at\":\"2026-02-01T00:00:00Z\"}") > 0);
    CHECK(add_ok(l, "{\"id\":\"del9\",\"type\":\"delete\",\"user\":\"gone\","
                    "\"at\":\"2026-02-01T00:00:00Z\"}") > 0);
    static const bad_case cases[] = {
        {"{\"id\":\"x\",", "", ASKF_ERR_PARSE, "invalid JSON"},
        {"[1,2]", "", ASKF_ERR_PARSE, "JSON object"},
        {"{\"id\":\"x\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}", "type", ASKF_ERR_PARSE,
         "missing field 'type'"},
        {"{\"id\":\"x\",\"type\":\"consnet\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "type", ASKF_ERR_PARSE, "unknown event type"},
        {"{\"id\":\"x\",\"type\":\"policy\",\"at\":\"2026-01-05T00:00:00Z\"}", "type",
         ASKF_ERR_PARSE, "publish"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\","
         "\"colour\":\"red\"}",
         "colour", ASKF_ERR_PARSE, "unknown field"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\","
         "\"purpose\":\"gen\"}",
         "purpose", ASKF_ERR_PARSE, "not part of a gpc event"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\","
         "\"at\":\"2026-01-05T00:00:00Z\"}",
         "", ASKF_ERR_PARSE, "duplicate key"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"at\":\"2026-01-05T00:00:00Z\"}", "user", ASKF_ERR_PARSE,
         "missing field 'user'"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\"}", "at", ASKF_ERR_PARSE,
         "missing field 'at'"},
        {"{\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}", "id", ASKF_ERR_PARSE,
         "missing field 'id'"},
        {"{\"id\":\"\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}", "id",
         ASKF_ERR_PARSE, "printable ASCII"},
        {"{\"id\":\"a b\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}", "id",
         ASKF_ERR_PARSE, "printable ASCII"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"\\u00e9\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "user", ASKF_ERR_PARSE, "printable ASCII"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":7,\"at\":\"2026-01-05T00:00:00Z\"}", "user",
         ASKF_ERR_PARSE, "must be a string"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-13-05T00:00:00Z\"}", "at",
         ASKF_ERR_PARSE, "RFC 3339"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"yesterday\"}", "at",
         ASKF_ERR_PARSE, "RFC 3339"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\","
         "\"source\":\"fax\"}",
         "source", ASKF_ERR_PARSE, "unknown source"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
         "\"grant\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "source", ASKF_ERR_PARSE, "missing field 'source'"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
         "\"maybe\",\"at\":\"2026-01-05T00:00:00Z\",\"source\":\"api\"}",
         "choice", ASKF_ERR_PARSE, "grant"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"nosuch\",\"choice\":"
         "\"grant\",\"at\":\"2026-01-05T00:00:00Z\",\"source\":\"api\"}",
         "purpose", ASKF_ERR_REJECTED, "unknown purpose \"nosuch\" in policy t@1"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"sec\",\"choice\":"
         "\"refuse\",\"at\":\"2026-01-05T00:00:00Z\",\"source\":\"api\"}",
         "purpose", ASKF_ERR_REJECTED, "legal_obligation"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
         "\"grant\",\"at\":\"2026-01-05T00:00:00Z\",\"source\":\"api\",\"notice\":\"abc\"}",
         "notice", ASKF_ERR_PARSE, "64 hexadecimal"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
         "\"grant\",\"at\":\"2026-01-05T00:00:00Z\",\"source\":\"api\",\"notice\":"
         "\"00000000000000000000000000000000000000000000000000000000000000ff\"}",
         "notice", ASKF_ERR_REJECTED, "not the notice hash"},
        {"{\"id\":\"x\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
         "\"grant\",\"at\":\"2025-01-05T00:00:00Z\",\"source\":\"api\"}",
         "at", ASKF_ERR_NO_POLICY, "no policy is in force"},
        {"{\"id\":\"x\",\"type\":\"objection\",\"user\":\"u\",\"purpose\":\"sec\",\"kind\":"
         "\"object\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "purpose", ASKF_ERR_REJECTED, "not objectable"},
        {"{\"id\":\"x\",\"type\":\"objection\",\"user\":\"u\",\"purpose\":\"other\",\"kind\":"
         "\"complain\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "kind", ASKF_ERR_PARSE, "restrict"},
        {"{\"id\":\"x\",\"type\":\"profile\",\"user\":\"u\",\"at\":\"2026-01-05T00:00:00Z\"}",
         "region", ASKF_ERR_PARSE, "needs 'region' or 'birth_date'"},
        {"{\"id\":\"x\",\"type\":\"profile\",\"user\":\"u\",\"region\":\"XX\","
         "\"at\":\"2026-01-05T00:00:00Z\"}",
         "region", ASKF_ERR_PARSE, "ISO 3166-1"},
        {"{\"id\":\"x\",\"type\":\"profile\",\"user\":\"u\",\"region\":\"DEU\","
         "\"at\":\"2026-01-05T00:00:00Z\"}",
         "region", ASKF_ERR_PARSE, "ISO 3166-1"},
        {"{\"id\":\"x\",\"type\":\"profile\",\"user\":\"u\",\"birth_date\":\"1990-02-30\","
         "\"at\":\"2026-01-05T00:00:00Z\"}",
         "birth_date", ASKF_ERR_PARSE, "YYYY-MM-DD"},
        {"{\"id\":\"x\",\"type\":\"profile\",\"user\":\"u\",\"birth_date\":\"2030-01-01\","
         "\"at\":\"2026-01-05T00:00:00Z\"}",
         "birth_date", ASKF_ERR_PARSE, "after the event"},
        {"{\"id\":\"x\",\"type\":\"objection_resolved\",\"user\":\"u1\",\"objection\":\"nope\","
         "\"outcome\":\"upheld\",\"at\":\"2026-03-01T00:00:00Z\"}",
         "objection", ASKF_ERR_REJECTED, "no objection"},
        {"{\"id\":\"x\",\"type\":\"objection_resolved\",\"user\":\"u1\",\"objection\":\"del9\","
         "\"outcome\":\"upheld\",\"at\":\"2026-03-01T00:00:00Z\"}",
         "objection", ASKF_ERR_REJECTED, "no objection"},
        {"{\"id\":\"x\",\"type\":\"objection_resolved\",\"user\":\"u2\",\"objection\":\"obj1\","
         "\"outcome\":\"upheld\",\"at\":\"2026-03-01T00:00:00Z\"}",
         "objection", ASKF_ERR_REJECTED, "another member"},
        {"{\"id\":\"x\",\"type\":\"objection_resolved\",\"user\":\"u1\",\"objection\":\"obj1\","
         "\"outcome\":\"upheld\",\"at\":\"2026-01-15T00:00:00Z\"}",
         "at", ASKF_ERR_REJECTED, "earlier than objection"},
        {"{\"id\":\"x\",\"type\":\"objection_resolved\",\"user\":\"u1\",\"objection\":\"obj1\","
         "\"outcome\":\"ignored\",\"at\":\"2026-03-01T00:00:00Z\"}",
         "outcome", ASKF_ERR_PARSE, "upheld"},
        {"{\"id\":\"x\",\"type\":\"gpc\",\"user\":\"gone\",\"at\":\"2026-03-01T00:00:00Z\"}",
         "user", ASKF_ERR_REJECTED, "was deleted"},
        {"{\"id\":\"x\",\"type\":\"delete\",\"user\":\"u\",\"content\":\"\","
         "\"at\":\"2026-03-01T00:00:00Z\"}",
         "content", ASKF_ERR_PARSE, "content id"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        askf_append_result r;
        askf_error e;
        memset(&e, 0, sizeof e);
        askf_status st = add1(l, cases[i].json, &r, &e);
        int ok = st == ASKF_ERR_REJECTED && e.status == cases[i].status &&
                 strcmp(e.field, cases[i].field) == 0 && strstr(e.msg, cases[i].needle);
        if (!ok)
            printf("#   case %zu: status %s field '%s' msg: %s\n", i, askf_status_name(e.status),
                   e.field, e.msg);
        CHECK(ok);
        CHECK_EQ_INT(r.seq, 0);
    }
    /* Nothing of it was stored; the earlier account deletion allows earlier facts. */
    int64_t head;
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 3);
    CHECK(add_ok(l, "{\"id\":\"late\",\"type\":\"profile\",\"user\":\"gone\",\"region\":\"fr\","
                    "\"at\":\"2026-01-20T00:00:00Z\"}") == 4);
    askf_ledger_close(l);
}

TEST(at_more_than_five_minutes_ahead_is_rejected)
{
    askf_ledger *l = fresh("future.db");
    char ok[256], bad[256], fb[40], fb2[40];
    askf_time_format(NOW + 4 * 60 * 1000000LL, fb, sizeof fb);
    askf_time_format(NOW + 5 * 60 * 1000000LL + 1000000, fb2, sizeof fb2);
    snprintf(ok, sizeof ok, "{\"id\":\"f1\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"%s\"}", fb);
    snprintf(bad, sizeof bad, "{\"id\":\"f2\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"%s\"}", fb2);
    CHECK(add_ok(l, ok) > 0);
    askf_error e;
    askf_append_result r;
    CHECK_EQ_INT(add1(l, bad, &r, &e), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(e.status, ASKF_ERR_REJECTED);
    CHECK_EQ_STR(e.field, "at");
    CHECK(strstr(e.msg, "5 minutes") != NULL);
    askf_ledger_close(l);
}

TEST(atomic_batch_is_all_or_nothing_and_non_atomic_stores_the_valid)
{
    askf_ledger *l = fresh("atomic.db");
    const char *good1 =
        "{\"id\":\"a1\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-02-01T00:00:00Z\"}";
    const char *good2 = "{\"id\":\"a2\",\"type\":\"profile\",\"user\":\"u\",\"region\":\"DE\","
                        "\"at\":\"2026-02-01T00:00:00Z\"}";
    const char *bad_shape = "{\"id\":\"a3\",\"type\":\"gpc\"}";
    const char *bad_ledger = "{\"id\":\"a4\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":"
                             "\"nosuch\",\"choice\":\"grant\",\"at\":\"2026-02-01T00:00:00Z\","
                             "\"source\":\"api\"}";
    const char *evs[] = {good1, bad_shape, good2};
    askf_slice b[3];
    for (int i = 0; i < 3; i++)
        b[i] = (askf_slice){evs[i], strlen(evs[i])};
    askf_append_result rs[3];
    askf_error es[3];
    int64_t head;

    CHECK_EQ_INT(askf_ledger_append(l, b, 3, ASKF_APPEND_ATOMIC, NOW, rs, es), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(es[0].status, ASKF_ERR_ABORTED);
    CHECK_EQ_INT(es[1].status, ASKF_ERR_PARSE);
    CHECK_EQ_INT(es[2].status, ASKF_ERR_ABORTED);
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 1);

    /* A rejection found only inside the transaction rolls the batch back too. */
    b[1] = (askf_slice){bad_ledger, strlen(bad_ledger)};
    CHECK_EQ_INT(askf_ledger_append(l, b, 3, ASKF_APPEND_ATOMIC, NOW, rs, es), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(es[0].status, ASKF_ERR_ABORTED);
    CHECK_EQ_INT(es[1].status, ASKF_ERR_REJECTED);
    CHECK_EQ_STR(es[1].field, "purpose");
    CHECK_EQ_INT(es[2].status, ASKF_ERR_ABORTED);
    CHECK_EQ_INT(rs[0].seq, 0);
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 1);

    CHECK_EQ_INT(askf_ledger_append(l, b, 3, 0, NOW, rs, es), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(es[0].status, ASKF_OK);
    CHECK_EQ_INT(rs[0].seq, 2);
    CHECK_EQ_INT(es[1].status, ASKF_ERR_REJECTED);
    CHECK_EQ_INT(es[2].status, ASKF_OK);
    CHECK_EQ_INT(rs[2].seq, 3);

    /* An all-valid atomic batch is stored; with NULL results/errors too. */
    const char *g3 =
        "{\"id\":\"a5\",\"type\":\"gpc\",\"user\":\"v\",\"at\":\"2026-02-01T00:00:00Z\"}";
    askf_slice one = {g3, strlen(g3)};
    CHECK_EQ_INT(askf_ledger_append(l, &one, 1, ASKF_APPEND_ATOMIC, NOW, NULL, NULL), ASKF_OK);
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 4);
    CHECK_EQ_INT(askf_ledger_append(l, NULL, 0, 0, NOW, NULL, NULL), ASKF_OK);
    int64_t bad = -1;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_OK);
    askf_ledger_close(l);
}

static void tamper(const char *path, const char *sql)
{
    sqlite3 *db;
    CHECK_EQ_INT(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        printf("#   tamper: %s\n", msg);
    sqlite3_free(msg);
    sqlite3_close(db);
}

TEST(verify_names_the_first_tampered_seq)
{
    const char *p = path_for("chain.db");
    askf_ledger *l = fresh("chain.db");
    for (int i = 0; i < 6; i++) {
        char ev[200];
        snprintf(ev, sizeof ev,
                 "{\"id\":\"c%d\",\"type\":\"consent\",\"user\":\"u%d\",\"purpose\":\"gen\","
                 "\"choice\":\"grant\",\"at\":\"2026-02-0%dT00:00:00Z\",\"source\":\"api\"}",
                 i, i % 2, i + 1);
        CHECK(add_ok(l, ev) == i + 2);
    }
    int64_t bad = -1;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_OK);
    CHECK_EQ_INT(bad, 0);
    askf_ledger_close(l);

    /* Change a grant into a refusal behind the ledger's back. */
    tamper(p, "UPDATE events SET body = replace(body, 'grant', 'refuse') WHERE seq = 4");
    l = open_at(p, 0);
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_ERR_CORRUPT);
    CHECK_EQ_INT(bad, 4);
    CHECK(strstr(e.msg, "seq 4") != NULL);
    askf_ledger_close(l);

    /* Rewriting the hash too is caught at the next link. */
    tamper(p, "UPDATE events SET hash = zeroblob(32) WHERE seq = 4");
    l = open_at(p, 0);
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_ERR_CORRUPT);
    CHECK_EQ_INT(bad, 4);
    askf_ledger_close(l);

    /* A row moved to another member without touching its body. */
    const char *p2 = path_for("chain2.db");
    l = open_at(p2, 1);
    publish(l, POLICY_V1, "2026-01-01T00:00:00Z");
    add_ok(l, "{\"id\":\"g\",\"type\":\"gpc\",\"user\":\"a\",\"at\":\"2026-02-01T00:00:00Z\"}");
    askf_ledger_close(l);
    tamper(p2, "UPDATE events SET user = 'b' WHERE seq = 2");
    l = open_at(p2, 0);
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_ERR_CORRUPT);
    CHECK_EQ_INT(bad, 2);
    CHECK(strstr(e.msg, "columns") != NULL);
    askf_ledger_close(l);

    /* A deleted row is a gap. */
    l = fresh("chain3.db");
    add_ok(l, "{\"id\":\"g1\",\"type\":\"gpc\",\"user\":\"a\",\"at\":\"2026-02-01T00:00:00Z\"}");
    add_ok(l, "{\"id\":\"g2\",\"type\":\"gpc\",\"user\":\"a\",\"at\":\"2026-02-01T00:00:00Z\"}");
    askf_ledger_close(l);
    tamper(path_for("chain3.db"), "DELETE FROM events WHERE seq = 2");
    l = open_at(path_for("chain3.db"), 0);
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_ERR_CORRUPT);
    CHECK_EQ_INT(bad, 2);
    CHECK(strstr(e.msg, "missing") != NULL);
    askf_ledger_close(l);
}

TEST(chain_hash_follows_the_documented_formula)
{
    askf_ledger *l = fresh("formula.db");
    const char *ev =
        "{\"id\":\"h1\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-02-01T00:00:00Z\"}";
    int64_t seq = add_ok(l, ev);
    CHECK_EQ_INT(seq, 2);
    typedef struct {
        uint8_t prev[32];
        int ok;
    } ctx_t;
    ctx_t ctx = {{0}, 1};
    int check_cb(const askf_event_view *v, void *ud);
    CHECK_EQ_INT(askf_ledger_scan(l, 1, 0, check_cb, &ctx, NULL), ASKF_OK);
    CHECK(ctx.ok == 3); /* two events checked */
    askf_ledger_close(l);
}

int check_cb(const askf_event_view *v, void *ud)
{
    struct {
        uint8_t prev[32];
        int ok;
    } *c = ud;
    uint8_t buf[16 + 4096], out[32];
    memcpy(buf, c->prev, 32);
    askf_sha256 h;
    askf__sha256_init(&h);
    askf__sha256_update(&h, c->prev, 32);
    for (int i = 0; i < 8; i++) {
        buf[i] = (uint8_t)((uint64_t)v->seq >> (56 - 8 * i));
        buf[8 + i] = (uint8_t)((uint64_t)v->recorded_at >> (56 - 8 * i));
    }
    askf__sha256_update(&h, buf, 16);
    askf__sha256_update(&h, v->body.ptr, v->body.len);
    askf__sha256_final(&h, out);
    if (memcmp(out, v->hash, 32) == 0)
        c->ok++;
    memcpy(c->prev, v->hash, 32);
    if (v->seq == 2) {
        const char *want = "{\"id\":\"h1\",\"type\":\"gpc\",\"user\":\"u\","
                           "\"at\":\"2026-02-01T00:00:00Z\"}";
        if (v->body.len != strlen(want) || memcmp(v->body.ptr, want, v->body.len) != 0)
            c->ok = -100;
    }
    return 0;
}

TEST(fold_applies_choices_objections_deletions_and_gpc)
{
    askf_ledger *l = fresh("fold.db");
    const char *evs[] = {
        "{\"id\":\"p1\",\"type\":\"profile\",\"user\":\"u1\",\"region\":\"de\","
        "\"birth_date\":\"1990-04-01\",\"at\":\"2026-01-02T00:00:00Z\"}",
        "{\"id\":\"c1\",\"type\":\"consent\",\"user\":\"u1\",\"purpose\":\"gen\",\"choice\":"
        "\"grant\",\"at\":\"2026-01-05T10:00:00Z\",\"source\":\"settings\"}",
        "{\"id\":\"c2\",\"type\":\"consent\",\"user\":\"u1\",\"purpose\":\"gen\",\"choice\":"
        "\"refuse\",\"at\":\"2026-02-05T10:00:00Z\",\"source\":\"settings\"}",
        "{\"id\":\"o1\",\"type\":\"objection\",\"user\":\"u1\",\"purpose\":\"other\",\"kind\":"
        "\"object\",\"reason\":\"no thanks\",\"at\":\"2026-01-10T00:00:00Z\","
        "\"source\":\"objection_form\"}",
        "{\"id\":\"o2\",\"type\":\"objection\",\"user\":\"u1\",\"purpose\":\"other\",\"kind\":"
        "\"restrict\",\"at\":\"2026-01-11T00:00:00Z\"}",
        "{\"id\":\"r1\",\"type\":\"objection_resolved\",\"user\":\"u1\",\"objection\":\"o1\","
        "\"outcome\":\"rejected\",\"at\":\"2026-01-20T00:00:00Z\",\"source\":\"admin\"}",
        "{\"id\":\"d2\",\"type\":\"delete\",\"user\":\"u1\",\"content\":\"post-9\","
        "\"at\":\"2026-01-12T00:00:00Z\"}",
        "{\"id\":\"d1\",\"type\":\"delete\",\"user\":\"u1\",\"content\":\"post-10\","
        "\"at\":\"2026-01-13T00:00:00Z\"}",
        "{\"id\":\"d3\",\"type\":\"delete\",\"user\":\"u1\",\"content\":\"post-1\","
        "\"at\":\"2026-01-14T00:00:00Z\"}",
        "{\"id\":\"g1\",\"type\":\"gpc\",\"user\":\"u1\",\"at\":\"2026-01-15T00:00:00Z\"}",
        "{\"id\":\"g2\",\"type\":\"gpc\",\"user\":\"u1\",\"at\":\"2026-01-16T00:00:00Z\"}",
        "{\"id\":\"x1\",\"type\":\"delete\",\"user\":\"u1\",\"at\":\"2026-03-01T00:00:00Z\"}",
    };
    for (size_t i = 0; i < sizeof evs / sizeof *evs; i++)
        CHECK(add_ok(l, evs[i]) > 0);
    const askf_policy *pol = NULL;
    CHECK_EQ_INT(askf_ledger_policy_at(l, 0, T("2026-01-05T10:00:00Z"), &pol), ASKF_OK);

    /* Before anything: unknown member. */
    askf_member_state *s = member(l, "u1", T("2026-01-01T00:00:00Z"));
    CHECK_EQ_INT(askf_member_state_view(s)->known, 0);
    CHECK(askf_member_state_view(s)->region[0] == 0);
    CHECK_EQ_INT(askf_member_state_view(s)->birth_days, INT32_MIN);
    askf_member_state_free(s);
    s = member(l, "nobody", T("2027-01-01T00:00:00Z"));
    CHECK_EQ_INT(askf_member_state_view(s)->known, 0);
    CHECK_EQ_INT(askf_member_state_view(s)->n_choices, 0);
    askf_member_state_free(s);

    /* 2026-01-18: granted, o1 open, o2 open, three deletions, gpc once. */
    s = member(l, "u1", T("2026-01-18T00:00:00Z"));
    const askf_member *m = askf_member_state_view(s);
    CHECK_EQ_INT(m->known, 1);
    CHECK(m->region[0] == 'D' && m->region[1] == 'E');
    CHECK_EQ_INT(m->birth_days, 7395); /* 1990-04-01 */
    CHECK_EQ_INT(m->profile_at, T("2026-01-02T00:00:00Z"));
    CHECK_EQ_INT(m->n_choices, 1);
    const askf_choice *c = choice_for(m, "gen");
    CHECK(c && c->choice == ASKF_CHOICE_GRANT);
    CHECK(c && c->at == T("2026-01-05T10:00:00Z"));
    CHECK(c && memcmp(c->notice_hash, notice_of(pol, "gen"), 32) == 0);
    CHECK_EQ_INT(m->n_objections, 2);
    CHECK(m->objections[0].state == ASKF_OBJECTION_OPEN);
    CHECK(m->objections[0].kind == ASKF_OBJECT);
    CHECK(m->objections[0].resolved_at == ASKF_TIME_NONE);
    CHECK(m->objections[1].kind == ASKF_RESTRICT);
    CHECK_EQ_INT(m->n_deleted_content, 3);
    CHECK(m->deleted_content[0].id.len == 6 && !memcmp(m->deleted_content[0].id.ptr, "post-1", 6));
    CHECK(m->deleted_content[1].id.len == 7 && !memcmp(m->deleted_content[1].id.ptr, "post-10", 7));
    CHECK(m->deleted_content[2].id.len == 6 && !memcmp(m->deleted_content[2].id.ptr, "post-9", 6));
    CHECK_EQ_INT(m->deleted_content[2].at, T("2026-01-12T00:00:00Z"));
    CHECK_EQ_INT(m->gpc_at, T("2026-01-15T00:00:00Z"));
    CHECK(m->deleted_at == ASKF_TIME_NONE);
    askf_member_state_free(s);

    /* Later: refused, o1 rejected, account deleted. */
    s = member(l, "u1", T("2026-06-01T00:00:00Z"));
    m = askf_member_state_view(s);
    c = choice_for(m, "gen");
    CHECK(c && c->choice == ASKF_CHOICE_REFUSE);
    CHECK(m->objections[0].state == ASKF_OBJECTION_REJECTED);
    CHECK_EQ_INT(m->objections[0].resolved_at, T("2026-01-20T00:00:00Z"));
    CHECK(m->objections[0].id.len == 2 && !memcmp(m->objections[0].id.ptr, "o1", 2));
    CHECK(m->objections[0].purpose.len == 5 && !memcmp(m->objections[0].purpose.ptr, "other", 5));
    CHECK(m->objections[1].state == ASKF_OBJECTION_OPEN);
    CHECK_EQ_INT(m->deleted_at, T("2026-03-01T00:00:00Z"));
    askf_member_state_free(s);

    /* seq bound: only the first two member events (seq 2, 3). */
    askf_member_state *s2 = NULL;
    CHECK_EQ_INT(askf_ledger_member(l, "u1", 2, 3, T("2027-01-01T00:00:00Z"), &s2, NULL), ASKF_OK);
    m = askf_member_state_view(s2);
    c = choice_for(m, "gen");
    CHECK(c && c->choice == ASKF_CHOICE_GRANT);
    CHECK_EQ_INT(m->n_objections, 0);
    askf_member_state_free(s2);

    /* Full fold agrees with the single-member fold. */
    add_ok(l, "{\"id\":\"z1\",\"type\":\"gpc\",\"user\":\"a0\",\"at\":\"2026-01-03T00:00:00Z\"}");
    askf_fold *f = NULL;
    CHECK_EQ_INT(askf_ledger_fold(l, 0, T("2026-06-01T00:00:00Z"), &f, NULL), ASKF_OK);
    CHECK_EQ_INT(askf_fold_count(f), 2);
    CHECK(askf_fold_member(f, 0)->user.len == 2 &&
          !memcmp(askf_fold_member(f, 0)->user.ptr, "a0", 2));
    const askf_member *fm = askf_fold_find(f, "u1", 2);
    CHECK(fm && fm->n_deleted_content == 3 && fm->n_objections == 2);
    CHECK(askf_fold_find(f, "zz", 2) == NULL);
    CHECK_EQ_INT(askf_fold_seq(f), 14);
    CHECK_EQ_INT(askf_fold_time(f), T("2026-06-01T00:00:00Z"));
    askf_fold_free(f);
    askf_ledger_close(l);
}

TEST(objection_resolved_in_the_same_batch_and_at_the_same_time)
{
    askf_ledger *l = fresh("samebatch.db");
    /* The resolution's id sorts before the objection's at the same `at`. */
    const char *o = "{\"id\":\"zz-obj\",\"type\":\"objection\",\"user\":\"u\",\"purpose\":\"gen\","
                    "\"kind\":\"object\",\"at\":\"2026-02-01T00:00:00Z\"}";
    const char *r =
        "{\"id\":\"aa-res\",\"type\":\"objection_resolved\",\"user\":\"u\","
        "\"objection\":\"zz-obj\",\"outcome\":\"upheld\",\"at\":\"2026-02-01T00:00:00Z\"}";
    askf_slice b[2] = {{o, strlen(o)}, {r, strlen(r)}};
    askf_error es[2];
    CHECK_EQ_INT(askf_ledger_append(l, b, 2, ASKF_APPEND_ATOMIC, NOW, NULL, es), ASKF_OK);
    askf_member_state *s = member(l, "u", NOW);
    const askf_member *m = askf_member_state_view(s);
    CHECK_EQ_INT(m->n_objections, 1);
    CHECK(m->objections[0].state == ASKF_OBJECTION_UPHELD);
    askf_member_state_free(s);
    askf_ledger_close(l);
}

TEST(consent_binds_the_notice_in_force_and_policy_versions_apply_by_time)
{
    const char *p = path_for("notice.db");
    askf_ledger *l = fresh("notice.db");
    CHECK_EQ_INT(publish(l, POLICY_V2, "2026-03-01T00:00:00Z"), ASKF_OK);
    /* Publishing the same text at the same time again is a no-op. */
    askf_append_result pr;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_publish_policy(l, POLICY_V2, strlen(POLICY_V2), "t.yaml",
                                            T("2026-03-01T00:00:00Z"), NOW, &pr, &e),
                 ASKF_OK);
    CHECK_EQ_INT(pr.duplicate, 1);
    CHECK_EQ_INT(pr.seq, 2);
    /* A bad policy names its problem and stores nothing. */
    CHECK(askf_ledger_publish_policy(l, "name: x\n", 8, "bad.yaml", ASKF_TIME_NONE, NOW, &pr, &e) !=
          ASKF_OK);

    const askf_policy *p1 = NULL, *p2 = NULL, *px = NULL;
    CHECK_EQ_INT(askf_ledger_policy_at(l, 0, T("2026-02-01T00:00:00Z"), &p1), ASKF_OK);
    CHECK_EQ_INT(askf_ledger_policy_at(l, 0, T("2026-03-01T00:00:00Z"), &p2), ASKF_OK);
    CHECK_EQ_STR(askf_policy_version(p1), "1");
    CHECK_EQ_STR(askf_policy_version(p2), "2");
    CHECK_EQ_INT(askf_ledger_policy_at(l, 1, T("2026-04-01T00:00:00Z"), &px), ASKF_OK);
    CHECK_EQ_STR(askf_policy_version(px), "1"); /* seq 2 not visible at seq 1 */
    CHECK_EQ_INT(askf_ledger_policy_at(l, 0, T("2025-12-31T00:00:00Z"), &px), ASKF_ERR_NO_POLICY);

    add_ok(l, "{\"id\":\"k1\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\",\"choice\":"
              "\"grant\",\"at\":\"2026-02-01T00:00:00Z\",\"source\":\"settings\"}");
    add_ok(l, "{\"id\":\"k2\",\"type\":\"consent\",\"user\":\"v\",\"purpose\":\"gen\",\"choice\":"
              "\"grant\",\"at\":\"2026-03-02T00:00:00Z\",\"source\":\"settings\"}");
    /* An explicit older (but published) notice is accepted and kept. */
    char ev[400];
    char hx[65];
    askf__hex(notice_of(p1, "gen"), 32, hx);
    snprintf(ev, sizeof ev,
             "{\"id\":\"k3\",\"type\":\"consent\",\"user\":\"w\",\"purpose\":\"gen\",\"choice\":"
             "\"grant\",\"at\":\"2026-03-02T00:00:00Z\",\"source\":\"settings\",\"notice\":\"%s\"}",
             hx);
    CHECK(add_ok(l, ev) > 0);
    CHECK(memcmp(notice_of(p1, "gen"), notice_of(p2, "gen"), 32) != 0);

    askf_member_state *s = member(l, "u", NOW);
    const askf_choice *c = choice_for(askf_member_state_view(s), "gen");
    CHECK(c && memcmp(c->notice_hash, notice_of(p1, "gen"), 32) == 0); /* stale under v2 */
    askf_member_state_free(s);
    s = member(l, "v", NOW);
    c = choice_for(askf_member_state_view(s), "gen");
    CHECK(c && memcmp(c->notice_hash, notice_of(p2, "gen"), 32) == 0);
    askf_member_state_free(s);
    s = member(l, "w", NOW);
    c = choice_for(askf_member_state_view(s), "gen");
    CHECK(c && memcmp(c->notice_hash, notice_of(p1, "gen"), 32) == 0);
    askf_member_state_free(s);

    /* The bound notice is in the stored body. */
    char needle[80];
    askf__hex(notice_of(p2, "gen"), 32, hx);
    snprintf(needle, sizeof needle, "\"notice\":\"%s\"", hx);
    struct {
        const char *needle;
        int hits;
    } ctx = {needle, 0};
    int find_cb(const askf_event_view *v, void *ud);
    CHECK_EQ_INT(askf_ledger_history(l, "v", 1, find_cb, &ctx, NULL), ASKF_OK);
    CHECK_EQ_INT(ctx.hits, 1);
    askf_ledger_close(l);

    /* Reopen: everything persisted, the cache is rebuilt from the ledger. */
    l = open_at(p, 0);
    CHECK_EQ_INT(askf_ledger_policy_at(l, 0, T("2026-03-05T00:00:00Z"), &px), ASKF_OK);
    CHECK_EQ_STR(askf_policy_version(px), "2");
    int64_t head;
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 5);
    s = member(l, "v", NOW);
    CHECK_EQ_INT(askf_member_state_view(s)->n_choices, 1);
    askf_member_state_free(s);
    int64_t bad;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, NULL), ASKF_OK);
    askf_ledger_close(l);

    /* Read-only handles read but do not write. */
    askf_ledger_opts ro = {p, 0, 1};
    CHECK_EQ_INT(askf_ledger_open(&ro, &l, &e), ASKF_OK);
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 5);
    CHECK_EQ_INT(
        add1(l, "{\"id\":\"q\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-02-01T00:00:00Z\"}",
             NULL, &e),
        ASKF_ERR_INVALID);
    askf_ledger_close(l);
}

int find_cb(const askf_event_view *v, void *ud)
{
    struct {
        const char *needle;
        int hits;
    } *c = ud;
    char body[1024];
    snprintf(body, sizeof body, "%.*s", (int)v->body.len, v->body.ptr);
    if (strstr(body, c->needle))
        c->hits++;
    return 0;
}

/* --- concurrency ---------------------------------------------------------- */

typedef struct writer {
    askf_ledger *l;
    int id, n;
    int64_t seqs[200];
    int failures;
} writer;

/* Event i of writer `id`: a consent of member u<id>. */
static void writer_event(char *ev, size_t cap, int id, int i)
{
    snprintf(ev, cap,
             "{\"id\":\"t%d-%d\",\"type\":\"consent\",\"user\":\"u%d\",\"purpose\":\"gen\","
             "\"choice\":\"%s\",\"at\":\"2026-02-01T00:00:%02dZ\",\"source\":\"api\"}",
             id, i, id, i % 2 ? "refuse" : "grant", i % 60);
}

static void *writer_main(void *arg)
{
    writer *w = arg;
    for (int i = 0; i < w->n; i++) {
        char ev[200];
        writer_event(ev, sizeof ev, w->id, i);
        askf_slice s = {ev, strlen(ev)};
        askf_append_result r;
        askf_error e;
        if (askf_ledger_append(w->l, &s, 1, 0, NOW, &r, &e) != ASKF_OK || r.duplicate)
            w->failures++;
        w->seqs[i] = r.seq;
    }
    return NULL;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct seqs_seen {
    int64_t v[400];
    int n;
} seqs_seen;

static int collect_seq(const askf_event_view *ev, void *ud)
{
    seqs_seen *s = ud;
    if (s->n < 400)
        s->v[s->n] = ev->seq;
    s->n++;
    return 0;
}

/* nt writers of `per` events each, all at once; returns their failures. */
static int run_writers(askf_ledger *l, writer *ws, int nt, int per)
{
    pthread_t th[32];
    int failures = 0;
    for (int i = 0; i < nt; i++) {
        ws[i] = (writer){.l = l, .id = i, .n = per};
        pthread_create(&th[i], NULL, writer_main, &ws[i]);
    }
    for (int i = 0; i < nt; i++) {
        pthread_join(th[i], NULL);
        failures += ws[i].failures;
    }
    return failures;
}

TEST(eight_threads_append_concurrently_with_group_commit)
{
    askf_ledger *l = fresh("threads.db");
    enum { NT = 8, PER = 150 };
    static writer ws[NT];
    int failures = run_writers(l, ws, NT, PER);
    static int64_t all[NT * PER];
    for (int i = 0; i < NT; i++) {
        memcpy(all + i * PER, ws[i].seqs, sizeof ws[i].seqs[0] * PER);
        for (int k = 1; k < PER; k++)
            CHECK(ws[i].seqs[k] > ws[i].seqs[k - 1]); /* one thread's appends stay in order */
    }
    CHECK_EQ_INT(failures, 0);
    qsort(all, NT * PER, sizeof *all, cmp_i64);
    for (int i = 0; i < NT * PER; i++)
        CHECK_EQ_INT(all[i], i + 2);
    askf_ledger_stats st;
    askf_ledger_get_stats(l, &st);
    CHECK_EQ_INT(st.events_appended, NT * PER + 1);
    CHECK(st.commits < st.events_appended);
    printf("#   %llu events in %llu commits\n", (unsigned long long)st.events_appended,
           (unsigned long long)st.commits);
    int64_t bad;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_OK);
    askf_member_state *s = member(l, "u3", NOW);
    CHECK_EQ_INT(askf_member_state_view(s)->n_choices, 1);
    askf_member_state_free(s);
    askf_ledger_close(l);
}

/* Sixteen writers contend while the store merges its indexes every few
 * events (this suite's tuning): every event must then still be found by its
 * id and in its member's history, at the seq its append returned. */
TEST(sixteen_threads_append_and_every_event_is_found_again)
{
    askf_ledger *l = fresh("sixteen.db");
    enum { NT = 16, PER = 120 };
    static writer ws[NT];
    CHECK_EQ_INT(run_writers(l, ws, NT, PER), 0);
    /* Appending every event again finds each at its seq: by id, merged or not. */
    int wrong = 0;
    for (int i = 0; i < NT; i++)
        for (int k = 0; k < PER; k++) {
            char ev[200];
            writer_event(ev, sizeof ev, i, k);
            askf_slice s = {ev, strlen(ev)};
            askf_append_result r;
            askf_error e;
            if (askf_ledger_append(l, &s, 1, 0, NOW, &r, &e) != ASKF_OK || !r.duplicate ||
                r.seq != ws[i].seqs[k])
                wrong++;
        }
    CHECK_EQ_INT(wrong, 0);
    /* And each member's history holds its writer's events in seq order. */
    for (int i = 0; i < NT; i++) {
        char user[8];
        snprintf(user, sizeof user, "u%d", i);
        seqs_seen seen = {0};
        askf_error e;
        CHECK_EQ_INT(askf_ledger_history(l, user, strlen(user), collect_seq, &seen, &e), ASKF_OK);
        CHECK_EQ_INT(seen.n, PER);
        for (int k = 0; k < PER && k < seen.n; k++)
            if (seen.v[k] != ws[i].seqs[k])
                wrong++;
    }
    CHECK_EQ_INT(wrong, 0);
    int64_t bad;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_OK);
    askf_ledger_close(l);
}

TEST(two_handles_on_one_file_share_the_chain)
{
    const char *p = path_for("twohandles.db");
    askf_ledger *a = open_at(p, 1);
    askf_ledger *b = open_at(p, 0);
    publish(a, POLICY_V1, "2026-01-01T00:00:00Z");
    CHECK_EQ_INT(add_ok(b,
                        "{\"id\":\"b1\",\"type\":\"consent\",\"user\":\"u\",\"purpose\":\"gen\","
                        "\"choice\":\"grant\",\"at\":\"2026-02-01T00:00:00Z\",\"source\":\"api\"}"),
                 2);
    CHECK_EQ_INT(
        add_ok(a,
               "{\"id\":\"a1\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-02-01T00:00:00Z\"}"),
        3);
    CHECK_EQ_INT(
        add_ok(b,
               "{\"id\":\"b2\",\"type\":\"gpc\",\"user\":\"v\",\"at\":\"2026-02-01T00:00:00Z\"}"),
        4);
    int64_t bad;
    CHECK_EQ_INT(askf_ledger_verify(a, &bad, NULL), ASKF_OK);
    askf_ledger_close(a);
    askf_ledger_close(b);
}

/* File descriptors this process holds on `path` itself (one per SQLite
 * connection); -1 without /proc. */
static int fds_on(const char *path)
{
    char want[PATH_MAX], link[300], got[PATH_MAX];
    DIR *d = opendir("/proc/self/fd");
    if (!d || !realpath(path, want)) {
        if (d)
            closedir(d);
        return -1;
    }
    int n = 0;
    for (struct dirent *de; (de = readdir(d));) {
        snprintf(link, sizeof link, "/proc/self/fd/%s", de->d_name);
        ssize_t k = readlink(link, got, sizeof got - 1);
        if (k > 0) {
            got[k] = 0;
            n += strcmp(got, want) == 0;
        }
    }
    closedir(d);
    return n;
}

typedef struct nested_read {
    askf_ledger *l;
    int folds;
} nested_read;

static int fold_inside_scan(const askf_event_view *ev, void *ud)
{
    nested_read *nr = ud;
    (void)ev;
    askf_member_state *s = member(nr->l, "u", NOW);
    nr->folds += s != NULL;
    askf_member_state_free(s);
    return 0;
}

/* A read-only handle reads through the connection it opened to check the
 * file, rather than keeping that one idle beside a reader. */
TEST(read_only_handle_reads_through_its_one_connection)
{
    const char *p = path_for("readonly.db");
    askf_ledger *w = fresh("readonly.db");
    add_ok(w, "{\"id\":\"g1\",\"type\":\"gpc\",\"user\":\"u\",\"at\":\"2026-02-01T00:00:00Z\"}");
    CHECK_EQ_INT(askf_ledger_writable(w), ASKF_OK);
    askf_ledger_close(w);
    askf_ledger_opts o = {p, 0, 1};
    askf_ledger *l = NULL;
    CHECK_EQ_INT(askf_ledger_open(&o, &l, NULL), ASKF_OK);
    if (!l)
        return;
    int64_t head = 0;
    uint8_t h[ASKF_HASH_SIZE];
    CHECK_EQ_INT(askf_ledger_head(l, &head, h), ASKF_OK);
    /* (a failed fsync, ASKF_ERR_IO, is tested through the server: test_faults.py) */
    CHECK_EQ_INT(askf_ledger_writable(l), ASKF_ERR_INVALID);
    CHECK_EQ_INT(askf_ledger_writable(NULL), ASKF_ERR_INVALID);
    askf_member_state_free(member(l, "u", NOW));
    int fds = fds_on(p);
    if (fds >= 0)
        CHECK_EQ_INT(fds, 1);
    /* A read inside a read's callback still gets a connection of its own. */
    nested_read nr = {l, 0};
    CHECK_EQ_INT(askf_ledger_scan(l, 1, head, fold_inside_scan, &nr, NULL), ASKF_OK);
    CHECK_EQ_INT(nr.folds, 2);
    askf_ledger_close(l);
}

/* The leader keeps account deletions, the head and the policies in memory;
 * another handle's (or process's) commits must still be seen by it. */
TEST(another_handles_account_deletion_and_policy_are_seen)
{
    const char *p = path_for("deleted_elsewhere.db");
    askf_ledger *a = open_at(p, 1);
    askf_ledger *b = open_at(p, 0);
    askf_error e;
    publish(a, POLICY_V1, "2026-01-01T00:00:00Z");
    /* a's cache is loaded and current after its own appends. */
    CHECK_EQ_INT(add_ok(a, "{\"id\":\"a1\",\"type\":\"gpc\",\"user\":\"x\","
                           "\"at\":\"2026-02-01T00:00:00Z\"}"),
                 2);
    CHECK_EQ_INT(add_ok(b, "{\"id\":\"b1\",\"type\":\"delete\",\"user\":\"x\","
                           "\"at\":\"2026-03-01T00:00:00Z\"}"),
                 3);
    CHECK_EQ_INT(add1(a,
                      "{\"id\":\"a2\",\"type\":\"gpc\",\"user\":\"x\","
                      "\"at\":\"2026-03-02T00:00:00Z\"}",
                      NULL, &e),
                 ASKF_ERR_REJECTED);
    CHECK_EQ_STR(e.field, "user");
    CHECK(strstr(e.msg, "deleted") != NULL);
    /* Before the deletion is still accepted, after b's event in the chain. */
    CHECK_EQ_INT(add_ok(a, "{\"id\":\"a3\",\"type\":\"gpc\",\"user\":\"x\","
                           "\"at\":\"2026-02-15T00:00:00Z\"}"),
                 4);
    /* A policy published through b binds a's next consent to its notice. */
    CHECK_EQ_INT(publish(b, POLICY_V2, "2026-04-01T00:00:00Z"), ASKF_OK);
    askf_append_result r;
    CHECK_EQ_INT(add1(a,
                      "{\"id\":\"a4\",\"type\":\"consent\",\"user\":\"y\",\"purpose\":\"gen\","
                      "\"choice\":\"grant\",\"at\":\"2026-04-02T00:00:00Z\",\"source\":\"api\"}",
                      &r, &e),
                 ASKF_OK);
    CHECK_EQ_INT(r.seq, 6);
    const askf_policy *v2 = NULL;
    CHECK_EQ_INT(askf_ledger_policy_at(a, 0, T("2026-04-02T00:00:00Z"), &v2), ASKF_OK);
    askf_member_state *m = member(a, "y", T("2026-05-01T00:00:00Z"));
    CHECK(m != NULL);
    if (m && v2) {
        const askf_choice *c = choice_for(askf_member_state_view(m), "gen");
        CHECK(c != NULL && memcmp(c->notice_hash, notice_of(v2, "gen"), ASKF_HASH_SIZE) == 0);
    }
    askf_member_state_free(m);
    int64_t bad;
    CHECK_EQ_INT(askf_ledger_verify(a, &bad, NULL), ASKF_OK);
    askf_ledger_close(a);
    askf_ledger_close(b);
}

/* A deletion noted in memory by a batch that is then rolled back is forgotten;
 * one in an earlier batch of the same group or call applies at once. */
TEST(rolled_back_account_deletion_is_forgotten)
{
    askf_ledger *l = fresh("del_rollback.db");
    askf_slice ev[2];
    askf_append_result res[2];
    askf_error errs[2];
    const char *del = "{\"id\":\"d1\",\"type\":\"delete\",\"user\":\"z\","
                      "\"at\":\"2026-03-01T00:00:00Z\"}";
    const char *bad = "{\"id\":\"d2\",\"type\":\"consent\",\"user\":\"z\",\"purpose\":\"nope\","
                      "\"choice\":\"grant\",\"at\":\"2026-03-02T00:00:00Z\",\"source\":\"api\"}";
    ev[0] = (askf_slice){del, strlen(del)};
    ev[1] = (askf_slice){bad, strlen(bad)};
    CHECK_EQ_INT(askf_ledger_append(l, ev, 2, ASKF_APPEND_ATOMIC, NOW, res, errs),
                 ASKF_ERR_REJECTED);
    CHECK_EQ_INT(add_ok(l, "{\"id\":\"z1\",\"type\":\"gpc\",\"user\":\"z\","
                           "\"at\":\"2026-03-05T00:00:00Z\"}"),
                 2);
    /* Deletion then a later event in one non-atomic call: the second is refused. */
    const char *late = "{\"id\":\"z2\",\"type\":\"gpc\",\"user\":\"z\","
                       "\"at\":\"2026-03-06T00:00:00Z\"}";
    ev[1] = (askf_slice){late, strlen(late)};
    CHECK_EQ_INT(askf_ledger_append(l, ev, 2, 0, NOW, res, errs), ASKF_ERR_REJECTED);
    CHECK_EQ_INT(errs[0].status, ASKF_OK);
    CHECK_EQ_INT(res[0].seq, 3);
    CHECK_EQ_INT(errs[1].status, ASKF_ERR_REJECTED);
    /* A reopened handle loads the deletion from the store. */
    askf_ledger_close(l);
    l = open_at(path_for("del_rollback.db"), 0);
    askf_error e;
    CHECK_EQ_INT(add1(l, late, NULL, &e), ASKF_ERR_REJECTED);
    CHECK_EQ_STR(e.field, "user");
    CHECK_EQ_INT(add_ok(l, "{\"id\":\"z3\",\"type\":\"gpc\",\"user\":\"z\","
                           "\"at\":\"2026-02-06T00:00:00Z\"}"),
                 4);
    askf_ledger_close(l);
}

/* --- property: import order does not matter -------------------------------- */

static uint64_t rng_state;
static uint32_t rnd(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33);
}

typedef struct gen_ev {
    char json[400];
    askf_time at;
} gen_ev;

/* A random but valid stream: objections before their resolutions in time,
 * nothing after an account deletion. */
static int gen_stream(gen_ev *out, int max)
{
    static const char *regions[] = {"DE", "FR", "US", "CH", "IN", "BR", "GB", "NO"};
    static const char *purposes[] = {"gen", "other"};
    int n = 0;
    askf_time base = T("2026-01-02T00:00:00Z");
    for (int u = 0; u < 30 && n < max; u++) {
        int k = 8 + (int)(rnd() % 20);
        askf_time t = base + (askf_time)(rnd() % 1000) * 60000000LL;
        int n_obj = 0;
        char objs[8][32];
        askf_time obj_at[8];
        for (int i = 0; i < k && n < max - 1; i++) {
            /* Coarse times so that ties in `at` happen often. */
            t += (askf_time)(rnd() % 3) * 3600000000LL;
            gen_ev *e = &out[n];
            e->at = t;
            char tb[40];
            askf_time_format(t, tb, sizeof tb);
            char id[32];
            snprintf(id, sizeof id, "u%d-e%d-%u", u, i, rnd() % 1000);
            int kind = (int)(rnd() % 10);
            if (i == k - 1 && u % 7 == 0)
                kind = 10; /* account deletion last */
            switch (kind) {
            case 0:
            case 1:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"profile\",\"user\":\"u%d\",\"region\":\"%s\","
                         "\"birth_date\":\"19%02u-0%u-1%u\",\"at\":\"%s\"}",
                         id, u, regions[rnd() % 8], 50 + rnd() % 50, 1 + rnd() % 9, rnd() % 9, tb);
                break;
            case 2:
            case 3:
            case 4:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"consent\",\"user\":\"u%d\",\"purpose\":\"%s\","
                         "\"choice\":\"%s\",\"at\":\"%s\",\"source\":\"settings\"}",
                         id, u, purposes[rnd() % 2], rnd() % 2 ? "grant" : "refuse", tb);
                break;
            case 5:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"objection\",\"user\":\"u%d\",\"purpose\":"
                         "\"%s\",\"kind\":\"%s\",\"at\":\"%s\"}",
                         id, u, purposes[rnd() % 2], rnd() % 2 ? "object" : "restrict", tb);
                if (n_obj < 8) {
                    snprintf(objs[n_obj], sizeof objs[0], "%s", id);
                    obj_at[n_obj++] = t;
                }
                break;
            case 6:
                if (n_obj) {
                    int o = (int)(rnd() % (unsigned)n_obj);
                    (void)obj_at;
                    snprintf(e->json, sizeof e->json,
                             "{\"id\":\"%s\",\"type\":\"objection_resolved\",\"user\":\"u%d\","
                             "\"objection\":\"%s\",\"outcome\":\"%s\",\"at\":\"%s\"}",
                             id, u, objs[o], rnd() % 2 ? "upheld" : "rejected", tb);
                    break;
                }
                /* fall through */
            case 7:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"delete\",\"user\":\"u%d\","
                         "\"content\":\"post-%u\",\"at\":\"%s\"}",
                         id, u, rnd() % 12, tb);
                break;
            case 8:
            case 9:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"gpc\",\"user\":\"u%d\",\"at\":\"%s\"}", id, u,
                         tb);
                break;
            default:
                snprintf(e->json, sizeof e->json,
                         "{\"id\":\"%s\",\"type\":\"delete\",\"user\":\"u%d\",\"at\":\"%s\"}", id,
                         u, tb);
                break;
            }
            n++;
        }
    }
    return n;
}


/* Import in an order that keeps each objection before its resolution (a
 * resolution needs its objection recorded first) but is otherwise shuffled. */
static int import(askf_ledger *l, gen_ev *evs, int n, int *order)
{
    int stored = 0;
    for (int i = 0; i < n; i++) {
        askf_slice s = {evs[order[i]].json, strlen(evs[order[i]].json)};
        askf_append_result r;
        askf_error e;
        askf_status st = askf_ledger_append(l, &s, 1, 0, NOW, &r, &e);
        if (st != ASKF_OK) {
            printf("#   import failed: %s: %s\n", evs[order[i]].json, e.msg);
            return -1;
        }
        stored++;
    }
    return stored;
}

static void shuffle_respecting(gen_ev *evs, int n, int *order)
{
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(rnd() % (unsigned)(i + 1));
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    /* Objections (and account deletions, which must come after the member's
     * other events are allowed in) first: move every objection ahead of
     * resolutions, and deletions of accounts to the end. */
    int w = 0;
    int *tmp = malloc(sizeof(int) * (size_t)n);
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < n; i++) {
            const char *j = evs[order[i]].json;
            int is_obj = strstr(j, "\"type\":\"objection\"") != NULL;
            int is_acct = strstr(j, "\"type\":\"delete\"") && !strstr(j, "\"content\"");
            int cls = is_obj ? 0 : is_acct ? 2 : 1;
            if (cls == pass)
                tmp[w++] = order[i];
        }
    memcpy(order, tmp, sizeof(int) * (size_t)n);
    free(tmp);
}

TEST(property_shuffled_imports_fold_to_the_same_state)
{
    enum { MAXEV = 900 };
    static gen_ev evs[MAXEV];
    static int order_a[MAXEV], order_b[MAXEV];
    for (int round = 0; round < 3; round++) {
        rng_state = 0x5eed0000ULL + (uint64_t)round;
        int n = gen_stream(evs, MAXEV);
        CHECK(n >= 300);
        shuffle_respecting(evs, n, order_a);
        shuffle_respecting(evs, n, order_b);
        char na[64], nb[64];
        snprintf(na, sizeof na, "prop-a-%d.db", round);
        snprintf(nb, sizeof nb, "prop-b-%d.db", round);
        askf_ledger *a = fresh(na), *b = fresh(nb);
        int sa = import(a, evs, n, order_a), sb = import(b, evs, n, order_b);
        CHECK_EQ_INT(sa, n);
        CHECK_EQ_INT(sb, n);
        const char *times[] = {"2026-01-03T00:00:00Z", "2026-01-10T12:00:00Z",
                               "2026-01-20T00:00:00Z", "2026-03-01T00:00:00Z",
                               "2027-01-01T00:00:00Z"};
        for (int ti = 0; ti < 5; ti++) {
            askf_fold *fa = NULL, *fb = NULL;
            CHECK_EQ_INT(askf_ledger_fold(a, 0, T(times[ti]), &fa, NULL), ASKF_OK);
            CHECK_EQ_INT(askf_ledger_fold(b, 0, T(times[ti]), &fb, NULL), ASKF_OK);
            CHECK_EQ_INT(askf_fold_count(fa), askf_fold_count(fb));
            int diff = 0;
            for (size_t i = 0; i < askf_fold_count(fa) && i < askf_fold_count(fb); i++)
                diff += !askf_member_equal(askf_fold_member(fa, i), askf_fold_member(fb, i));
            CHECK_EQ_INT(diff, 0);
            /* And the single-member fold agrees with the full fold. */
            for (size_t i = 0; i < askf_fold_count(fa); i += 7) {
                const askf_member *fm = askf_fold_member(fa, i);
                askf_member_state *s = NULL;
                askf_ledger_member(b, fm->user.ptr, fm->user.len, 0, T(times[ti]), &s, NULL);
                CHECK(s && askf_member_equal(fm, askf_member_state_view(s)));
                askf_member_state_free(s);
            }
            askf_fold_free(fa);
            askf_fold_free(fb);
        }
        int64_t bad;
        CHECK_EQ_INT(askf_ledger_verify(a, &bad, NULL), ASKF_OK);
        askf_ledger_close(a);
        askf_ledger_close(b);
    }
}

/* --- allocation failure ----------------------------------------------------- */

TEST(allocation_failure_during_append_never_corrupts)
{
    askf_ledger *l = fresh("oom.db");
    int stored = 0, failed = 0;
    for (long n = 0; n < 400; n++) {
        char a[200], b[200];
        snprintf(a, sizeof a,
                 "{\"id\":\"m%ld\",\"type\":\"consent\",\"user\":\"u%ld\",\"purpose\":\"gen\","
                 "\"choice\":\"grant\",\"at\":\"2026-02-01T00:00:00Z\",\"source\":\"api\"}",
                 n, n % 5);
        snprintf(b, sizeof b,
                 "{\"id\":\"n%ld\",\"type\":\"delete\",\"user\":\"u%ld\",\"content\":\"c\\u0031\","
                 "\"at\":\"2026-02-01T00:00:00Z\"}",
                 n, n % 5);
        askf_slice batch[2] = {{a, strlen(a)}, {b, strlen(b)}};
        askf_append_result rs[2];
        askf_error es[2];
        askf__alloc_fail_after(n % 40);
        askf_status st = askf_ledger_append(l, batch, 2, ASKF_APPEND_ATOMIC, NOW, rs, es);
        askf__alloc_fail_after(-1);
        if (st == ASKF_OK)
            stored++;
        else {
            failed++;
            CHECK(st == ASKF_ERR_NOMEM || st == ASKF_ERR_REJECTED || st == ASKF_ERR_STORE);
        }
    }
    CHECK(stored > 0);
    CHECK(failed > 0);
    int64_t bad = -1, head = 0;
    askf_error e;
    CHECK_EQ_INT(askf_ledger_verify(l, &bad, &e), ASKF_OK);
    askf_ledger_head(l, &head, NULL);
    CHECK_EQ_INT(head, 1 + 2 * stored); /* atomic: both or neither */
    /* Reads under allocation failure fail cleanly too. */
    for (long n = 0; n < 30; n++) {
        askf_member_state *s = NULL;
        askf_fold *f = NULL;
        askf__alloc_fail_after(n);
        askf_status st1 = askf_ledger_member(l, "u1", 2, 0, NOW, &s, NULL);
        askf_status st2 = askf_ledger_fold(l, 0, NOW, &f, NULL);
        askf__alloc_fail_after(-1);
        CHECK(st1 == ASKF_OK || s == NULL);
        CHECK(st2 == ASKF_OK || f == NULL);
        askf_member_state_free(s);
        askf_fold_free(f);
    }
    askf_ledger_close(l);
}

int main(void)
{
    /* Merge the store's tail every few events, so that every ledger path
     * runs over merged and unmerged rows alike (test_store.c checks the
     * store on its own in both states). */
    askf__store_sqlite_tuning(7, 3);
    RUN(open_missing_ledger_is_not_found);
    RUN(append_assigns_seq_and_is_idempotent);
    RUN(every_validation_error_names_its_field);
    RUN(at_more_than_five_minutes_ahead_is_rejected);
    RUN(atomic_batch_is_all_or_nothing_and_non_atomic_stores_the_valid);
    RUN(verify_names_the_first_tampered_seq);
    RUN(chain_hash_follows_the_documented_formula);
    RUN(fold_applies_choices_objections_deletions_and_gpc);
    RUN(objection_resolved_in_the_same_batch_and_at_the_same_time);
    RUN(consent_binds_the_notice_in_force_and_policy_versions_apply_by_time);
    RUN(eight_threads_append_concurrently_with_group_commit);
    RUN(sixteen_threads_append_and_every_event_is_found_again);
    RUN(two_handles_on_one_file_share_the_chain);
    RUN(read_only_handle_reads_through_its_one_connection);
    RUN(another_handles_account_deletion_and_policy_are_seen);
    RUN(rolled_back_account_deletion_is_forgotten);
    RUN(property_shuffled_imports_fold_to_the_same_state);
    RUN(allocation_failure_during_append_never_corrupts);
    return check_done();
}
