/*
 * test_store.c - lib/store through store.h: opening (missing file, schema
 * creation, unknown schema version), WAL and synchronous settings, insert and
 * unique ids, head, lookups, every ordered scan, account deletions (lookup
 * and the deletion-set loader), savepoint rollback, data_version, deferred
 * indexing (random histories checked against a model whether rows are merged
 * or not, read by the writer, a peer and an unrelated connection) and the
 * upgrade of version-1 files.
 */
#include "check.h"

#include "common/buf.h"
#include "store/store.h"

#include <sqlite3.h>

static const char *path_for(const char *name)
{
    static char p[512];
    snprintf(p, sizeof p, "%s/%s", check_tmpdir(), name);
    return p;
}

static askf_slice S(const char *s)
{
    return (askf_slice){s, strlen(s)};
}

/* The error of the last put(). */
static askf_error put_err;

static askf_status put(askf_store *s, int64_t seq, askf_time at, const char *id, const char *type,
                       const char *user, const char *body)
{
    askf_store_row r;
    memset(&r, 0, sizeof r);
    r.seq = seq;
    r.recorded_at = 1000 + seq;
    r.at = at;
    r.id = S(id);
    r.type = S(type);
    r.user = S(user);
    r.body = S(body);
    r.hash[0] = (uint8_t)seq;
    return s->ops->insert(s, &r, &put_err);
}

TEST(open_missing_without_create_is_not_found)
{
    askf_store *s = NULL;
    askf_error e;
    CHECK_EQ_INT(askf__store_open(path_for("missing.db"), 0, 0, &s, &e), ASKF_ERR_NOT_FOUND);
    CHECK(s == NULL);
    CHECK(strstr(e.msg, "does not exist") != NULL);
    CHECK_EQ_INT(askf__store_open("postgres://x/y", 1, 0, &s, &e), ASKF_ERR_UNSUPPORTED);
    CHECK_EQ_INT(askf__store_open("", 1, 0, &s, &e), ASKF_ERR_INVALID);
}

TEST(create_sets_schema_wal_and_reopens)
{
    const char *p = path_for("create.db");
    askf_store *s = NULL;
    askf_error e;
    CHECK_EQ_INT(askf__store_open(p, 1, 0, &s, &e), ASKF_OK);
    CHECK_EQ_STR(s->ops->name, "sqlite");
    askf__store_close(s);
    sqlite3 *db;
    CHECK_EQ_INT(sqlite3_open(p, &db), SQLITE_OK);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, NULL);
    CHECK_EQ_INT(sqlite3_step(q), SQLITE_ROW);
    CHECK_EQ_INT(sqlite3_column_int(q, 0), ASKF_STORE_SCHEMA_VERSION);
    sqlite3_finalize(q);
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &q, NULL);
    CHECK_EQ_INT(sqlite3_step(q), SQLITE_ROW);
    CHECK_EQ_STR((const char *)sqlite3_column_text(q, 0), "wal");
    sqlite3_finalize(q);
    sqlite3_close(db);
    CHECK_EQ_INT(askf__store_open(p, 0, 0, &s, &e), ASKF_OK);
    askf__store_close(s);
    CHECK_EQ_INT(askf__store_open(p, 0, 1, &s, &e), ASKF_OK);
    askf__store_close(s);
    CHECK_EQ_INT(askf__store_open(path_for("sq.db"), 1, 0, &s, &e), ASKF_OK);
    askf__store_close(s);
    CHECK_EQ_INT(askf__store_open("sqlite:does/not/exist.db", 0, 0, &s, &e), ASKF_ERR_NOT_FOUND);
}

TEST(unknown_schema_version_and_foreign_file_are_refused)
{
    const char *p = path_for("future.db");
    askf_store *s = NULL;
    askf_error e;
    CHECK_EQ_INT(askf__store_open(p, 1, 0, &s, &e), ASKF_OK);
    askf__store_close(s);
    sqlite3 *db;
    sqlite3_open(p, &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_EQ_INT(askf__store_open(p, 0, 0, &s, &e), ASKF_ERR_UNSUPPORTED);
    CHECK(strstr(e.msg, "99") != NULL);
    CHECK(s == NULL);

    const char *f = path_for("foreign.db");
    sqlite3_open(f, &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_EQ_INT(askf__store_open(f, 1, 0, &s, &e), ASKF_ERR_CORRUPT);
    CHECK(strstr(e.msg, "not an askfirst ledger") != NULL);
}

typedef struct collect {
    char ids[64][16];
    int n;
    int stop_after;
} collect;

static int collect_cb(const askf_store_row *r, void *ud)
{
    collect *c = ud;
    if (c->n < 64)
        snprintf(c->ids[c->n], sizeof c->ids[0], "%.*s", (int)r->id.len, r->id.ptr);
    c->n++;
    return c->stop_after && c->n >= c->stop_after;
}

typedef struct dels {
    int64_t seq[8];
    askf_time at[8];
    char user[8][16];
    int n;
} dels;

static int dels_cb(const askf_store_row *r, void *ud)
{
    dels *d = ud;
    if (d->n < 8) {
        d->seq[d->n] = r->seq;
        d->at[d->n] = r->at;
        snprintf(d->user[d->n], sizeof d->user[0], "%.*s", (int)r->user.len, r->user.ptr);
    }
    d->n++;
    return 0;
}

static askf_store *fresh(const char *name)
{
    askf_store *s = NULL;
    askf_error e;
    if (askf__store_open(path_for(name), 1, 0, &s, &e) != ASKF_OK)
        printf("#   open: %s\n", e.msg);
    return s;
}

TEST(insert_head_lookup_and_unique_ids)
{
    askf_store *s = fresh("rows.db");
    askf_error e;
    int64_t seq;
    askf_time rec;
    uint8_t h[32];
    CHECK_EQ_INT(s->ops->head(s, &seq, &rec, h, &e), ASKF_OK);
    CHECK_EQ_INT(seq, 0);
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    CHECK_EQ_INT(put(s, 1, 50, "a", "consent", "u1", "{\"id\":\"a\"}"), ASKF_OK);
    CHECK_EQ_INT(put(s, 2, 40, "b", "consent", "u1", "{\"id\":\"b\"}"), ASKF_OK);
    CHECK_EQ_INT(put(s, 3, 40, "a", "consent", "u1", "{}"), ASKF_ERR_CONFLICT);
    /* Keys longer than the merge cursors can hold are refused, not truncated. */
    char longid[300];
    memset(longid, 'x', sizeof longid - 1);
    longid[sizeof longid - 1] = 0;
    CHECK_EQ_INT(put(s, 3, 40, longid, "consent", "u1", "{}"), ASKF_ERR_INVALID);
    CHECK(strcmp(put_err.field, "id") == 0);
    CHECK(strstr(put_err.msg, "field 'id': longer than 255 bytes") != NULL);
    CHECK_EQ_INT(put(s, 3, 40, "c", "consent", longid, "{}"), ASKF_ERR_INVALID);
    CHECK(strcmp(put_err.field, "user") == 0);
    CHECK(strstr(put_err.msg, "field 'user': longer than 255 bytes") != NULL);
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);
    CHECK_EQ_INT(s->ops->sync(s, &e), ASKF_OK);
    CHECK_EQ_INT(s->ops->head(s, &seq, &rec, h, &e), ASKF_OK);
    CHECK_EQ_INT(seq, 2);
    CHECK_EQ_INT(rec, 1002);
    CHECK_EQ_INT(h[0], 2);

    askf_buf b;
    askf__buf_init(&b);
    askf_store_row r;
    int found = 0;
    CHECK_EQ_INT(s->ops->get_by_id(s, S("b"), &r, &b, &found, &e), ASKF_OK);
    CHECK_EQ_INT(found, 1);
    CHECK_EQ_INT(r.seq, 2);
    CHECK_EQ_INT(r.at, 40);
    CHECK(r.body.len == 10 && memcmp(r.body.ptr, "{\"id\":\"b\"}", 10) == 0);
    CHECK(r.user.len == 2 && memcmp(r.user.ptr, "u1", 2) == 0);
    CHECK_EQ_INT(s->ops->get_by_id(s, S("zz"), &r, &b, &found, &e), ASKF_OK);
    CHECK_EQ_INT(found, 0);
    askf__buf_free(&b);
    askf__store_close(s);
}

TEST(scans_follow_their_documented_orders)
{
    askf_store *s = fresh("scan.db");
    askf_error e;
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    put(s, 1, 30, "p1", "policy", "", "{}");
    put(s, 2, 20, "x2", "consent", "u2", "{}");
    put(s, 3, 10, "x3", "consent", "u1", "{}");
    put(s, 4, 10, "x1", "consent", "u1", "{}");
    put(s, 5, 5, "x5", "delete", "u1", "{\"id\":\"x5\",\"content\":\"c1\"}");
    put(s, 6, 50, "x6", "delete", "u2", "{\"id\":\"x6\"}");
    put(s, 7, 40, "x7", "delete", "u2", "{\"id\":\"x7\"}");
    put(s, 8, 60, "p2", "policy", "", "{}");
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);

    collect c = {0};
    CHECK_EQ_INT(s->ops->scan_seq(s, 2, 4, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 3);
    CHECK_EQ_STR(c.ids[0], "x2");
    CHECK_EQ_STR(c.ids[2], "x1");

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_user(s, S("u1"), INT64_MAX, INT64_MAX, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 3); /* (at, id): x5@5, x1@10, x3@10 */
    CHECK_EQ_STR(c.ids[0], "x5");
    CHECK_EQ_STR(c.ids[1], "x1");
    CHECK_EQ_STR(c.ids[2], "x3");

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_user(s, S("u1"), 3, 10, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 1);
    CHECK_EQ_STR(c.ids[0], "x3");

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_user_seq(s, S("u1"), collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 3);
    CHECK_EQ_STR(c.ids[0], "x3");

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_policies(s, 0, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 2);
    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_policies(s, 1, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 1);
    CHECK_EQ_STR(c.ids[0], "p2");

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_members(s, INT64_MAX, INT64_MAX, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 6);
    const char *want[] = {"x5", "x1", "x3", "x2", "x7", "x6"};
    for (int i = 0; i < 6; i++)
        CHECK_EQ_STR(c.ids[i], want[i]);

    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(s->ops->scan_members(s, 6, 20, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 4);

    memset(&c, 0, sizeof c);
    c.stop_after = 2;
    CHECK_EQ_INT(s->ops->scan_members(s, INT64_MAX, INT64_MAX, collect_cb, &c, &e), ASKF_OK);
    CHECK_EQ_INT(c.n, 2);

    askf_time del;
    CHECK_EQ_INT(s->ops->account_deleted_at(s, S("u2"), &del, &e), ASKF_OK);
    CHECK_EQ_INT(del, 40);
    CHECK_EQ_INT(s->ops->account_deleted_at(s, S("u1"), &del, &e), ASKF_OK);
    CHECK(del == ASKF_TIME_NONE); /* only a content deletion */

    /* The deletion set's loader: account deletions only, after a seq. */
    dels d = {0};
    CHECK_EQ_INT(s->ops->scan_account_deletions(s, 0, dels_cb, &d, &e), ASKF_OK);
    CHECK_EQ_INT(d.n, 2);
    d.n = 0;
    CHECK_EQ_INT(s->ops->scan_account_deletions(s, 6, dels_cb, &d, &e), ASKF_OK);
    CHECK_EQ_INT(d.n, 1);
    CHECK_EQ_INT(d.seq[0], 7);
    CHECK_EQ_INT(d.at[0], 40);
    CHECK_EQ_STR(d.user[0], "u2");
    askf__store_close(s);
}

TEST(data_version_changes_only_for_other_connections_commits)
{
    const char *p = path_for("dv.db");
    askf_store *a = NULL, *b = NULL;
    askf_error e;
    int64_t v0 = 0, v1 = 0, v2 = 0;
    CHECK_EQ_INT(askf__store_open(p, 1, 0, &a, &e), ASKF_OK);
    CHECK_EQ_INT(askf__store_open(p, 0, 0, &b, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->data_version(a, &v0, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->begin_write(a, &e), ASKF_OK);
    CHECK_EQ_INT(put(a, 1, 1, "a", "gpc", "u", "{}"), ASKF_OK);
    CHECK_EQ_INT(a->ops->commit(a, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->begin_write(a, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->data_version(a, &v1, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->commit(a, &e), ASKF_OK);
    CHECK_EQ_INT(v1, v0); /* its own commit */
    CHECK_EQ_INT(b->ops->begin_write(b, &e), ASKF_OK);
    CHECK_EQ_INT(put(b, 2, 1, "b", "gpc", "u", "{}"), ASKF_OK);
    CHECK_EQ_INT(b->ops->commit(b, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->begin_write(a, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->data_version(a, &v2, &e), ASKF_OK);
    a->ops->rollback(a);
    CHECK(v2 != v1);
    askf__store_close(a);
    askf__store_close(b);
}

TEST(savepoint_rollback_keeps_the_rest_of_the_transaction)
{
    askf_store *s = fresh("sp.db");
    askf_error e;
    int64_t seq;
    uint8_t h[32];
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    CHECK_EQ_INT(put(s, 1, 1, "a", "gpc", "u", "{}"), ASKF_OK);
    CHECK_EQ_INT(s->ops->savepoint(s, &e), ASKF_OK);
    CHECK_EQ_INT(put(s, 2, 1, "b", "gpc", "u", "{}"), ASKF_OK);
    s->ops->rollback_to(s);
    CHECK_EQ_INT(s->ops->savepoint(s, &e), ASKF_OK);
    CHECK_EQ_INT(put(s, 2, 1, "c", "gpc", "u", "{}"), ASKF_OK);
    CHECK_EQ_INT(s->ops->release(s, &e), ASKF_OK);
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);
    CHECK_EQ_INT(s->ops->head(s, &seq, NULL, h, &e), ASKF_OK);
    CHECK_EQ_INT(seq, 2);
    askf_buf b;
    askf__buf_init(&b);
    askf_store_row r;
    int found = 1;
    s->ops->get_by_id(s, S("b"), &r, &b, &found, &e);
    CHECK_EQ_INT(found, 0);
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    put(s, 3, 1, "d", "gpc", "u", "{}");
    s->ops->rollback(s);
    s->ops->get_by_id(s, S("d"), &r, &b, &found, &e);
    CHECK_EQ_INT(found, 0);
    askf__buf_free(&b);
    askf__store_close(s);
}

TEST(write_lock_is_exclusive_between_connections)
{
    const char *p = path_for("lock.db");
    askf_store *a = NULL, *b = NULL;
    askf_error e;
    CHECK_EQ_INT(askf__store_open(p, 1, 0, &a, &e), ASKF_OK);
    CHECK_EQ_INT(askf__store_open(p, 0, 0, &b, &e), ASKF_OK);
    CHECK_EQ_INT(a->ops->begin_write(a, &e), ASKF_OK);
    CHECK_EQ_INT(put(a, 1, 1, "a", "gpc", "u", "{}"), ASKF_OK);
    /* A reader on another connection does not see the uncommitted row. */
    int64_t seq = -1;
    uint8_t h[32];
    CHECK_EQ_INT(b->ops->head(b, &seq, NULL, h, &e), ASKF_OK);
    CHECK_EQ_INT(seq, 0);
    CHECK_EQ_INT(a->ops->commit(a, &e), ASKF_OK);
    CHECK_EQ_INT(b->ops->head(b, &seq, NULL, h, &e), ASKF_OK);
    CHECK_EQ_INT(seq, 1);
    askf__store_close(a);
    askf__store_close(b);
}

/* --- deferred indexing: merged and unmerged rows answer alike ------------- */

typedef struct mrow {
    int64_t seq;
    askf_time at;
    char id[16], user[8], type[8];
} mrow;

typedef struct model {
    mrow v[400];
    int n;
} model;

static int mrow_cmp_user_at_id(const void *pa, const void *pb)
{
    const mrow *a = pa, *b = pb;
    int c = strcmp(a->user, b->user);
    if (c)
        return c;
    if (a->at != b->at)
        return a->at < b->at ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* Expected ids, comma-joined, of the rows passing the filter in `order`:
 * 0 (user, at, id), 1 seq. */
static void expect(const model *m, const char *user, int64_t max_seq, askf_time max_at,
                   int members_only, int by_seq, char *out, size_t cap)
{
    mrow sel[400];
    int n = 0;
    for (int i = 0; i < m->n; i++) {
        const mrow *r = &m->v[i];
        if (r->seq > max_seq || r->at > max_at)
            continue;
        if (user && strcmp(r->user, user) != 0)
            continue;
        if (members_only && (!r->user[0] || strcmp(r->type, "policy") == 0))
            continue;
        sel[n++] = *r;
    }
    if (!by_seq)
        qsort(sel, (size_t)n, sizeof *sel, mrow_cmp_user_at_id);
    out[0] = 0;
    for (int i = 0; i < n; i++) {
        strncat(out, sel[i].id, cap - strlen(out) - 1);
        strncat(out, ",", cap - strlen(out) - 1);
    }
}

typedef struct joined {
    char s[8192];
} joined;

static int join_cb(const askf_store_row *r, void *ud)
{
    joined *j = ud;
    size_t n = strlen(j->s);
    snprintf(j->s + n, sizeof j->s - n, "%.*s,", (int)r->id.len, r->id.ptr);
    return 0;
}

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

/* Every read of `r` agrees with the model. */
static int reads_agree(askf_store *r, const model *m)
{
    askf_error e;
    joined j;
    static char want[8192];
    int ok = 1;
    for (int u = 0; u < 5; u++) {
        char user[8];
        snprintf(user, sizeof user, "u%d", u);
        int64_t max_seq = u == 0 ? INT64_MAX : (int64_t)(next_rand() % (unsigned)(m->n + 2));
        askf_time max_at = u == 1 ? INT64_MAX : (askf_time)(next_rand() % 60);
        j.s[0] = 0;
        ok &= r->ops->scan_user(r, S(user), max_seq, max_at, join_cb, &j, &e) == ASKF_OK;
        expect(m, user, max_seq, max_at, 0, 0, want, sizeof want);
        ok &= strcmp(j.s, want) == 0;
        j.s[0] = 0;
        ok &= r->ops->scan_user_seq(r, S(user), join_cb, &j, &e) == ASKF_OK;
        expect(m, user, INT64_MAX, INT64_MAX, 0, 1, want, sizeof want);
        ok &= strcmp(j.s, want) == 0;
    }
    int64_t max_seq = (int64_t)(next_rand() % (unsigned)(m->n + 2));
    j.s[0] = 0;
    ok &= r->ops->scan_members(r, max_seq, 40, join_cb, &j, &e) == ASKF_OK;
    expect(m, NULL, max_seq, 40, 1, 0, want, sizeof want);
    ok &= strcmp(j.s, want) == 0;
    askf_buf b;
    askf__buf_init(&b);
    for (int k = 0; k < 4 && m->n; k++) {
        const mrow *x = &m->v[next_rand() % (unsigned)m->n];
        askf_store_row row;
        int found = 0;
        ok &= r->ops->get_by_id(r, S(x->id), &row, &b, &found, &e) == ASKF_OK;
        ok &= found && row.seq == x->seq && row.at == x->at;
    }
    int found = 1;
    askf_store_row row;
    ok &= r->ops->get_by_id(r, S("never"), &row, &b, &found, &e) == ASKF_OK && !found;
    askf__buf_free(&b);
    if (!ok)
        printf("#   reads disagree with the model at %d rows\n", m->n);
    return ok;
}

/* Random transactions (some rolled back, some with a savepoint rolled back)
 * through writer w (and, with two_writers, through a second, unrelated
 * writer too: another process, with its own tail and merge round), checking
 * reads through a peer of w and through an unrelated reader (another
 * process's view: its own tail, loaded and pruned). */
static void random_history(const char *name, size_t merge_every, size_t slice, int two_writers)
{
    askf__store_sqlite_tuning(merge_every, slice);
    askf_store *w1 = fresh(name), *w2 = NULL, *peer = NULL, *other = NULL;
    askf_error e;
    CHECK(w1 != NULL);
    if (!w1)
        return;
    CHECK_EQ_INT(w1->ops->open_peer(w1, 1, &peer, &e), ASKF_OK);
    CHECK_EQ_INT(askf__store_open(path_for(name), 0, 1, &other, &e), ASKF_OK);
    if (two_writers)
        CHECK_EQ_INT(askf__store_open(path_for(name), 0, 0, &w2, &e), ASKF_OK);
    model m = {.n = 0};
    int next_id = 0, bad = 0, mid_round = 0;
    sqlite3 *raw = NULL;
    sqlite3_open(path_for(name), &raw);
    for (int tx = 0; tx < 60 && m.n < 300; tx++) {
        askf_store *w = w2 && next_rand() % 3 == 0 ? w2 : w1;
        CHECK_EQ_INT(w->ops->begin_write(w, &e), ASKF_OK);
        model saved = m;
        int n = 1 + (int)(next_rand() % 8), sp_at = (int)(next_rand() % 10);
        model at_sp = m;
        for (int i = 0; i < n; i++) {
            if (i == sp_at) {
                CHECK_EQ_INT(w->ops->savepoint(w, &e), ASKF_OK);
                at_sp = m;
            }
            mrow *r = &m.v[m.n];
            r->seq = m.n + 1;
            r->at = (askf_time)(next_rand() % 50);
            snprintf(r->id, sizeof r->id, "e%04d", (int)(next_rand() % 7919) * 10 + next_id++ % 10);
            int policy = next_rand() % 13 == 0;
            snprintf(r->user, sizeof r->user, policy ? "" : "u%d", (int)(next_rand() % 5));
            snprintf(r->type, sizeof r->type, "%s", policy ? "policy" : "consent");
            if (put(w, r->seq, r->at, r->id, r->type, r->user, "{}") == ASKF_OK)
                m.n++;
            /* A duplicate id is refused whether its first copy is merged or not. */
            if (m.n > 1 && put(w, m.n + 1, 1, m.v[next_rand() % (unsigned)m.n].id, "gpc", "u0",
                               "{}") != ASKF_ERR_CONFLICT)
                bad++;
        }
        if (sp_at < n && next_rand() % 3 == 0) {
            w->ops->rollback_to(w);
            m = at_sp;
        } else if (sp_at < n) {
            CHECK_EQ_INT(w->ops->release(w, &e), ASKF_OK);
        }
        if (next_rand() % 5 == 0) {
            w->ops->rollback(w);
            m = saved;
        } else {
            CHECK_EQ_INT(w->ops->commit(w, &e), ASKF_OK);
        }
        sqlite3_stmt *q = NULL;
        sqlite3_prepare_v2(raw, "SELECT round_to > upto FROM merged", -1, &q, NULL);
        if (sqlite3_step(q) == SQLITE_ROW)
            mid_round += sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        if (tx % 7 == 0)
            bad += !reads_agree(w1, &m);
        if (w2 && tx % 5 == 0)
            bad += !reads_agree(w2, &m);
        bad += !reads_agree(peer, &m);
        bad += !reads_agree(other, &m);
    }
    CHECK_EQ_INT(bad, 0);
    CHECK(m.n > 100);
    /* Small slices leave rounds open across transactions: reads met them. */
    if (slice == 1)
        CHECK(mid_round > 5);
    sqlite3_close(raw);
    askf__store_close(peer);
    askf__store_close(other);
    askf__store_close(w1);
    askf__store_close(w2);
    askf__store_sqlite_tuning(65536, 256);
}

TEST(merged_and_unmerged_rows_answer_alike_merging_every_event)
{
    random_history("merge1.db", 1, 256, 0);
}

TEST(merged_and_unmerged_rows_answer_alike_in_rounds_spanning_transactions)
{
    random_history("merge5.db", 5, 1, 0);
}

TEST(merged_and_unmerged_rows_answer_alike_with_two_writers_sharing_rounds)
{
    random_history("merge2w.db", 4, 1, 1);
}

TEST(merged_and_unmerged_rows_answer_alike_never_merging)
{
    random_history("merge0.db", 1000000, 256, 0);
}

TEST(merge_writes_the_indexes_and_advances_the_mark)
{
    askf__store_sqlite_tuning(3, 256);
    const char *p = path_for("mark.db");
    askf_store *s = fresh("mark.db");
    askf_error e;
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    put(s, 1, 1, "a", "consent", "u1", "{}");
    put(s, 2, 2, "b", "consent", "u2", "{}");
    put(s, 3, 3, "p", "policy", "", "{}");
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);
    /* The next transaction merges the three before its own rows. */
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    put(s, 4, 4, "c", "consent", "u1", "{}");
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);
    askf__store_close(s);
    sqlite3 *db;
    sqlite3_open(p, &db);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT upto FROM merged), (SELECT count(*) FROM event_ids),"
                       " (SELECT count(*) FROM member_events)",
                       -1, &q, NULL);
    CHECK_EQ_INT(sqlite3_step(q), SQLITE_ROW);
    CHECK_EQ_INT(sqlite3_column_int(q, 0), 3);
    CHECK_EQ_INT(sqlite3_column_int(q, 1), 3);
    CHECK_EQ_INT(sqlite3_column_int(q, 2), 2); /* the policy has no member */
    sqlite3_finalize(q);
    sqlite3_close(db);
    askf__store_sqlite_tuning(65536, 256);
}

TEST(version_1_ledger_is_upgraded_when_opened_for_writing)
{
    const char *p = path_for("v1.db");
    sqlite3 *db;
    CHECK_EQ_INT(sqlite3_open(p, &db), SQLITE_OK);
    CHECK_EQ_INT(sqlite3_exec(db,
                              "PRAGMA journal_mode=WAL;"
                              "CREATE TABLE events (seq INTEGER PRIMARY KEY, recorded_at INTEGER"
                              " NOT NULL, at INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, type TEXT"
                              " NOT NULL, user TEXT NOT NULL, body TEXT NOT NULL, hash BLOB NOT"
                              " NULL);"
                              "CREATE INDEX events_user_at ON events(user, at, id);"
                              "INSERT INTO events VALUES (1, 1, 20, 'x1', 'consent', 'u1', '{}',"
                              " x'00'), (2, 2, 10, 'x2', 'consent', 'u1', '{}', x'00'),"
                              " (3, 3, 5, 'p1', 'policy', '', '{}', x'00');"
                              "PRAGMA user_version = 1;",
                              NULL, NULL, NULL),
                 SQLITE_OK);
    sqlite3_close(db);
    askf_store *s = NULL;
    askf_error e;
    CHECK_EQ_INT(askf__store_open(p, 0, 1, &s, &e), ASKF_ERR_UNSUPPORTED);
    CHECK(strstr(e.msg, "version 1") != NULL);
    CHECK_EQ_INT(askf__store_open(p, 0, 0, &s, &e), ASKF_OK);
    joined j = {{0}};
    CHECK_EQ_INT(s->ops->scan_user(s, S("u1"), INT64_MAX, INT64_MAX, join_cb, &j, &e), ASKF_OK);
    CHECK_EQ_STR(j.s, "x2,x1,");
    CHECK_EQ_INT(s->ops->begin_write(s, &e), ASKF_OK);
    CHECK_EQ_INT(put(s, 4, 1, "x1", "consent", "u2", "{}"), ASKF_ERR_CONFLICT);
    CHECK_EQ_INT(put(s, 4, 1, "x4", "consent", "u1", "{}"), ASKF_OK);
    CHECK_EQ_INT(s->ops->commit(s, &e), ASKF_OK);
    j.s[0] = 0;
    CHECK_EQ_INT(s->ops->scan_user(s, S("u1"), INT64_MAX, INT64_MAX, join_cb, &j, &e), ASKF_OK);
    CHECK_EQ_STR(j.s, "x4,x2,x1,");
    askf__store_close(s);
    CHECK_EQ_INT(askf__store_open(p, 0, 1, &s, &e), ASKF_OK);
    askf__store_close(s);
}

int main(void)
{
    RUN(open_missing_without_create_is_not_found);
    RUN(create_sets_schema_wal_and_reopens);
    RUN(unknown_schema_version_and_foreign_file_are_refused);
    RUN(insert_head_lookup_and_unique_ids);
    RUN(scans_follow_their_documented_orders);
    RUN(savepoint_rollback_keeps_the_rest_of_the_transaction);
    RUN(write_lock_is_exclusive_between_connections);
    RUN(data_version_changes_only_for_other_connections_commits);
    RUN(merged_and_unmerged_rows_answer_alike_merging_every_event);
    RUN(merged_and_unmerged_rows_answer_alike_in_rounds_spanning_transactions);
    RUN(merged_and_unmerged_rows_answer_alike_with_two_writers_sharing_rounds);
    RUN(merged_and_unmerged_rows_answer_alike_never_merging);
    RUN(merge_writes_the_indexes_and_advances_the_mark);
    RUN(version_1_ledger_is_upgraded_when_opened_for_writing);
    return check_done();
}
