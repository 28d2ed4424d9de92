/*
 * store_sqlite.c - the embedded default store: one SQLite file in WAL mode.
 * Every statement is prepared once per connection. This is the only file in
 * the tree that includes sqlite3.h.
 *
 * Durability: the write connection runs with synchronous=NORMAL, so COMMIT
 * appends the transaction's frames to the WAL without an fsync, and sync()
 * then fdatasync()s the WAL file itself. The ledger acknowledges an append
 * only after sync() returns, so acknowledged = durable exactly as with
 * synchronous=FULL, but the fsync runs outside the write lock and overlaps
 * the next group's transaction (the way PostgreSQL flushes its WAL outside
 * the commit critical section). A crash before the fsync loses only
 * unacknowledged frames: WAL frame checksums are cumulative, so recovery
 * stops at the last intact commit. NORMAL still syncs the WAL before every
 * checkpoint and the database after it, so checkpoints never lose frames.
 *
 * Schema (docs/formats.md, "SQLite schema"), version 2 in PRAGMA user_version:
 *
 *   events(seq INTEGER PRIMARY KEY, recorded_at, at, id, type, user, body, hash)
 *   event_ids(id PRIMARY KEY, seq) WITHOUT ROWID
 *   member_events(user, at, id, seq, PRIMARY KEY (user, at, id)) WITHOUT ROWID
 *   merged(upto, round_to, id_cursor, user_cursor): events with seq <= upto
 *   are in event_ids and member_events; the rest describe a running merge
 *   round (see "merge rounds" below)
 *   partial indexes events_policy(seq) WHERE type = 'policy' and
 *   events_account_deleted(user, at) over account deletions (tiny, so the
 *   ledger loads its policy cache and deletion set cheaply).
 *
 * Deferred indexing: an append writes only the events table, whose keys
 * only grow, so a group of appends dirties a page or two instead of one
 * random leaf of each index per event (measured: that was the 64-writer
 * limit, docs/benchmarks.md). Once merge_every events are unmerged, the
 * write connection merges them into event_ids and member_events in key
 * order, one slice per group transaction (merge rounds, below). Lookups by
 * id and by member consult the indexes for merged rows and the in-memory
 * tail index (sqlite_tail.c) for the others, within one read transaction so
 * both parts come from the same snapshot.
 *
 * TEXT columns compare with the BINARY collation (memcmp), which is the
 * bytewise order the fold's tie-break rule is defined in; the in-memory
 * sorts below use the same order.
 */
#include "store.h"
#include "sqlite_tail.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/slice.h"

#include <sqlite3.h>
#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

enum {
    ST_BEGIN,
    ST_BEGIN_READ,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_SAVEPOINT,
    ST_RELEASE,
    ST_ROLLBACK_TO,
    ST_HEAD,
    ST_SNAP,
    ST_ID_SEQ,
    ST_BY_SEQ,
    ST_INSERT,
    ST_DELETED_AT,
    ST_DELETIONS,
    ST_DATA_VERSION,
    ST_TAIL_LOAD,
    ST_MERGE_IDS,
    ST_MERGE_MEMBERS,
    ST_MERGE_MARK,
    ST_SCAN_SEQ,
    ST_SCAN_USER,
    ST_SCAN_USER_SEQ,
    ST_SCAN_POLICIES,
    ST_SCAN_MEMBERS,
    ST_TAIL_MEMBERS,
    ST_COUNT
};

#define COLS "seq, recorded_at, at, id, type, user, body, hash"
#define E_COLS "e.seq, e.recorded_at, e.at, e.id, e.type, e.user, e.body, e.hash"
/* Index rows joined to their events; CROSS JOIN fixes the index as the outer loop. */
#define MEMBER_JOIN " FROM member_events AS m CROSS JOIN events AS e ON e.seq = m.seq"

static const char *const stmt_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_BEGIN_READ] = "BEGIN",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT askf_batch",
    [ST_RELEASE] = "RELEASE askf_batch",
    [ST_ROLLBACK_TO] = "ROLLBACK TO askf_batch",
    [ST_HEAD] = "SELECT seq, recorded_at, hash FROM events ORDER BY seq DESC LIMIT 1",
    [ST_SNAP] = "SELECT upto, round_to, id_cursor, user_cursor, (SELECT max(seq) FROM events)"
                " FROM merged",
    [ST_ID_SEQ] = "SELECT seq FROM event_ids WHERE id = ?1",
    [ST_BY_SEQ] = "SELECT " COLS " FROM events WHERE seq = ?1",
    [ST_INSERT] = "INSERT INTO events(" COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_DELETED_AT] = "SELECT min(at) FROM events INDEXED BY events_account_deleted"
                      " WHERE user = ?1 AND type = 'delete'"
                      " AND json_extract(body, '$.content') IS NULL",
    [ST_DELETIONS] = "SELECT seq, at, user FROM events INDEXED BY events_account_deleted"
                     " WHERE type = 'delete' AND json_extract(body, '$.content') IS NULL"
                     " AND seq > ?1",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    [ST_TAIL_LOAD] = "SELECT seq, at, id, user FROM events WHERE seq > ?1 AND seq <= ?2"
                     " ORDER BY seq",
    [ST_MERGE_IDS] = "INSERT INTO event_ids(id, seq) VALUES (?1, ?2)",
    [ST_MERGE_MEMBERS] = "INSERT INTO member_events(user, at, id, seq) VALUES (?1, ?2, ?3, ?4)",
    [ST_MERGE_MARK] = "UPDATE merged SET upto = ?1, round_to = ?2, id_cursor = ?3,"
                      " user_cursor = ?4",
    [ST_SCAN_SEQ] = "SELECT " COLS " FROM events WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq",
    [ST_SCAN_USER] = "SELECT " E_COLS MEMBER_JOIN
                     " WHERE m.user = ?1 AND m.seq <= ?2 AND m.at <= ?3 ORDER BY m.at, m.id",
    [ST_SCAN_USER_SEQ] = "SELECT " E_COLS MEMBER_JOIN " WHERE m.user = ?1 ORDER BY m.seq",
    [ST_SCAN_POLICIES] = "SELECT " COLS " FROM events INDEXED BY events_policy"
                         " WHERE type = 'policy' AND seq > ?1 ORDER BY seq",
    [ST_SCAN_MEMBERS] = "SELECT " E_COLS MEMBER_JOIN
                        " WHERE m.seq <= ?1 AND m.at <= ?2 AND e.type <> 'policy'"
                        " ORDER BY m.user, m.at, m.id",
    [ST_TAIL_MEMBERS] = "SELECT " COLS " FROM events WHERE seq > ?1 AND seq <= ?2"
                        " AND at <= ?3 AND user > '' AND type <> 'policy'",
};

/* Tables of schema version 2 besides events (shared by create and upgrade). */
#define AUX_SCHEMA                                                                               \
    "CREATE TABLE event_ids (id TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;"         \
    "CREATE TABLE member_events (user TEXT NOT NULL, at INTEGER NOT NULL, id TEXT NOT NULL,"     \
    " seq INTEGER NOT NULL, PRIMARY KEY (user, at, id)) WITHOUT ROWID;"                         \
    "CREATE TABLE merged (upto INTEGER NOT NULL, round_to INTEGER NOT NULL,"                    \
    " id_cursor TEXT NOT NULL, user_cursor TEXT NOT NULL);"                                     \
    "CREATE INDEX events_policy ON events(seq) WHERE type = 'policy';"                          \
    "CREATE INDEX events_account_deleted ON events(user, at) WHERE type = 'delete'"             \
    " AND json_extract(body, '$.content') IS NULL;"

#define EVENTS_TABLE(name)                                                                       \
    "CREATE TABLE " name " ("                                                                    \
    " seq INTEGER PRIMARY KEY,"                                                                  \
    " recorded_at INTEGER NOT NULL,"                                                             \
    " at INTEGER NOT NULL,"                                                                      \
    " id TEXT NOT NULL,"                                                                         \
    " type TEXT NOT NULL,"                                                                       \
    " user TEXT NOT NULL,"                                                                       \
    " body TEXT NOT NULL,"                                                                       \
    " hash BLOB NOT NULL);"

static const char schema_sql[] = EVENTS_TABLE("events") AUX_SCHEMA
    "INSERT INTO merged VALUES (0, 0, '', '');"
    "PRAGMA user_version = 2;";

/* Version 1 kept a UNIQUE id and the (user, at, id) index on events itself:
 * rebuild the table without them and fill the merged indexes. */
static const char upgrade_v1_sql[] =
    EVENTS_TABLE("events_v2")
    "INSERT INTO events_v2 SELECT seq, recorded_at, at, id, type, user, body, hash"
    " FROM events ORDER BY seq;"
    "DROP TABLE events;"
    "ALTER TABLE events_v2 RENAME TO events;" AUX_SCHEMA
    "INSERT INTO merged SELECT coalesce(max(seq), 0), coalesce(max(seq), 0), '', '' FROM events;"
    "INSERT INTO event_ids(id, seq) SELECT id, seq FROM events ORDER BY id;"
    "INSERT INTO member_events(user, at, id, seq) SELECT user, at, id, seq FROM events"
    " WHERE user <> '' ORDER BY user, at, id;"
    "PRAGMA user_version = 2;";

/* Unmerged events that start a merge round, and the least number of index
 * entries each write transaction merges while a round runs. */
static size_t merge_every = 65536, merge_slice = 256;

void askf__store_sqlite_tuning(size_t every, size_t slice)
{
    merge_every = every ? every : 1;
    merge_slice = slice ? slice : 1;
}

/* Ids and users are printable ASCII (docs/formats.md), so a cursor of one
 * 0x7F byte sorts after every key: "this index has the whole round". */
#define KEY_MAX 255
#define CURSOR_END "\x7f"

/*
 * A read snapshot of the merge marks. Every row with seq <= k is in both
 * indexes. While a merge round runs (k2 > k), rows k < seq <= k2 are in
 * event_ids too when their id sorts below id_cur, and in member_events when
 * their user sorts below user_cur; k2 == k otherwise. h is the last row.
 */
typedef struct snap {
    int64_t k, k2, h;
    char id_cur[KEY_MAX + 1], user_cur[KEY_MAX + 1];
    int own_tx; /* the snapshot's read transaction is ours to end */
} snap;

/* A merge round's order of work: tail entry indexes sorted by id, and by
 * (user, at, id); entries before the positions are merged. */
typedef struct round {
    int valid; /* matches the marks this connection last wrote */
    int64_t k, k2;
    uint32_t *ids, *members;
    size_t n_ids, n_members, id_pos, member_pos;
} round;

typedef struct sqlite_store {
    askf_store base;
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[ST_COUNT];
    int wal_fd;        /* the -wal file, opened at the first commit; -1 before */
    askf__tail *tail;  /* shared with this connection's peers */
    int read_only;
    /* The write transaction, while one is open on this connection. */
    int in_write;
    snap w;              /* its marks; w.h counts this transaction's rows */
    int64_t merged_to;   /* a merge round this transaction completed, 0 if none */
    size_t begin_mark;   /* tail entries at BEGIN */
    size_t sp_mark;      /* tail entries at the savepoint */
    int64_t sp_wh;
    int64_t last_h;      /* head at the previous BEGIN: the last group's size sets the slice */
    round rd;            /* the merge round, as this connection last left it */
} sqlite_store;

static askf_status db_err(sqlite_store *s, askf_error *err, const char *what)
{
    int code = s->db ? sqlite3_extended_errcode(s->db) : SQLITE_ERROR;
    askf_status st = (code & 0xff) == SQLITE_NOMEM ? ASKF_ERR_NOMEM : ASKF_ERR_STORE;
    return askf__err(err, st, 0, 0, NULL, "ledger '%s': SQLite error while %s: %s (code %d)",
                     s->path ? s->path : "?", what, s->db ? sqlite3_errmsg(s->db) : "no handle",
                     code);
}

static void sq_close(askf_store *base)
{
    sqlite_store *s = (sqlite_store *)base;
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    if (s->db)
        sqlite3_close_v2(s->db);
    if (s->wal_fd >= 0)
        close(s->wal_fd);
    askf__tail_unref(s->tail);
    askf__free(s->rd.ids);
    askf__free(s->rd.members);
    askf__free(s->path);
    askf__free(s);
}

/* Run a statement that returns no rows we need. */
static askf_status run(sqlite_store *s, int which, askf_error *err, const char *what)
{
    sqlite3_stmt *q = s->st[which];
    int rc = sqlite3_step(q);
    askf_status st = ASKF_OK;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        st = db_err(s, err, what);
    sqlite3_reset(q);
    return st;
}

/* fsync the directory so a newly created file's name is durable too. */
static int sync_dir(const char *path)
{
    char dir[4096];
    size_t n = strlen(path);
    while (n > 0 && path[n - 1] != '/')
        n--;
    if (n == 0) {
        dir[0] = '.';
        n = 1;
    } else {
        if (n >= sizeof dir)
            return -1;
        memcpy(dir, path, n);
    }
    dir[n] = 0;
    int fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

static askf_status nomem(askf_error *err, const char *what)
{
    return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory %s", what);
}

static int bind_text(sqlite3_stmt *q, int i, askf_slice v)
{
    return sqlite3_bind_text(q, i, v.ptr ? v.ptr : "", (int)v.len, SQLITE_STATIC);
}

static void copy_hash(sqlite3_stmt *q, int col, uint8_t out[ASKF_HASH_SIZE])
{
    const void *h = sqlite3_column_blob(q, col);
    int n = sqlite3_column_bytes(q, col);
    memset(out, 0, ASKF_HASH_SIZE);
    if (h && n > 0)
        memcpy(out, h, n < ASKF_HASH_SIZE ? (size_t)n : ASKF_HASH_SIZE);
}

static askf_slice col_text(sqlite3_stmt *q, int col)
{
    askf_slice sl;
    sl.ptr = (const char *)sqlite3_column_text(q, col);
    sl.len = (size_t)sqlite3_column_bytes(q, col);
    if (!sl.ptr) {
        sl.ptr = "";
        sl.len = 0;
    }
    return sl;
}

static void fill_row(sqlite3_stmt *q, askf_store_row *r)
{
    r->seq = sqlite3_column_int64(q, 0);
    r->recorded_at = sqlite3_column_int64(q, 1);
    r->at = sqlite3_column_int64(q, 2);
    r->id = col_text(q, 3);
    r->type = col_text(q, 4);
    r->user = col_text(q, 5);
    r->body = col_text(q, 6);
    copy_hash(q, 7, r->hash);
}

/* --- snapshots and the in-memory tail ------------------------------------ */

static askf_slice cstr(const char *s)
{
    return (askf_slice){s, strlen(s)};
}

/* The rows of snapshot sn above this seq are not in the index for `key`
 * (an id for event_ids with cur = sn->id_cur, a user for member_events with
 * cur = sn->user_cur): below the round's cursor, the round's rows are in. */
static int64_t unmerged_after(const snap *sn, const char *cur, askf_slice key)
{
    return askf__slice_cmp(key, cstr(cur)) < 0 ? sn->k2 : sn->k;
}

static void copy_cursor(char dst[KEY_MAX + 1], askf_slice v)
{
    size_t n = v.len > KEY_MAX ? KEY_MAX : v.len;
    memcpy(dst, v.ptr, n);
    dst[n] = 0;
}

/* The merge marks and last seq, as the current transaction sees them. */
static askf_status read_marks(sqlite_store *s, snap *sn, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_SNAP];
    askf_status st = ASKF_OK;
    if (sqlite3_step(q) == SQLITE_ROW) {
        sn->k = sqlite3_column_int64(q, 0);
        sn->k2 = sqlite3_column_int64(q, 1);
        copy_cursor(sn->id_cur, col_text(q, 2));
        copy_cursor(sn->user_cur, col_text(q, 3));
        sn->h = sqlite3_column_int64(q, 4); /* NULL (empty) reads as 0 */
    } else {
        st = db_err(s, err, "reading the merge marks");
    }
    sqlite3_reset(q);
    return st;
}

/* Open a read snapshot; inside this connection's write transaction, that
 * transaction is the snapshot. */
static askf_status read_begin(sqlite_store *s, snap *sn, askf_error *err)
{
    if (s->in_write) {
        *sn = s->w;
        sn->own_tx = 0;
        return ASKF_OK;
    }
    askf_status st = run(s, ST_BEGIN_READ, err, "starting a read transaction");
    if (st != ASKF_OK)
        return st;
    sn->own_tx = 1;
    if ((st = read_marks(s, sn, err)) != ASKF_OK)
        run(s, ST_ROLLBACK, NULL, "ending a read transaction");
    return st;
}

static void read_end(sqlite_store *s, const snap *sn)
{
    if (sn->own_tx && run(s, ST_COMMIT, NULL, "ending a read transaction") != ASKF_OK)
        run(s, ST_ROLLBACK, NULL, "ending a read transaction");
}

/* Load rows (t->top, sn->h] into the tail. Caller holds the lock exclusively. */
static askf_status tail_load(sqlite_store *s, const snap *sn, askf_error *err)
{
    askf__tail *t = s->tail;
    sqlite3_stmt *q = s->st[ST_TAIL_LOAD];
    askf_status st = ASKF_OK;
    sqlite3_bind_int64(q, 1, t->top);
    sqlite3_bind_int64(q, 2, sn->h);
    for (;;) {
        int rc = sqlite3_step(q);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            st = db_err(s, err, "loading the unmerged tail");
            break;
        }
        if (askf__tail_add(t, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1),
                           col_text(q, 2), col_text(q, 3)) != 0) {
            st = nomem(err, "indexing the unmerged tail");
            break;
        }
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

/* Make the tail cover (sn->k, sn->h]. Caller holds the lock exclusively.
 * *restart: a round completed after the snapshot began and its rows are gone
 * from the tail; the caller must take a new snapshot. */
static askf_status tail_fix(sqlite_store *s, const snap *sn, int *restart, askf_error *err)
{
    askf__tail *t = s->tail;
    *restart = 0;
    if (!t->loaded) {
        t->base = t->top = sn->k;
        t->loaded = 1;
    }
    if (t->base > sn->k) {
        *restart = 1;
        return ASKF_OK;
    }
    /* A round completed since we loaded (by any connection): drop its rows. */
    if (t->base < sn->k && askf__tail_prune(t, sn->k) != 0)
        return nomem(err, "pruning the unmerged tail");
    if (t->top < sn->h)
        return tail_load(s, sn, err);
    return ASKF_OK;
}

static int tail_current(const askf__tail *t, const snap *sn)
{
    return t->loaded && t->base == sn->k && t->top >= sn->h;
}

/* Lock the tail for lookups in snapshot sn (shared when it is already
 * current, else exclusive after bringing it up to date). On ASKF_OK without
 * *restart the caller holds the lock and releases it with tail_leave(). */
static askf_status tail_enter(sqlite_store *s, const snap *sn, int *restart, askf_error *err)
{
    askf__tail *t = s->tail;
    *restart = 0;
    pthread_rwlock_rdlock(&t->lock);
    /* In our own write transaction the tail is exact: it was brought up to
     * date under the write lock and only this transaction changes it (a
     * round it completes is pruned from the tail only once committed). */
    if (s->in_write || tail_current(t, sn))
        return ASKF_OK;
    pthread_rwlock_unlock(&t->lock);
    pthread_rwlock_wrlock(&t->lock);
    askf_status st = tail_fix(s, sn, restart, err);
    if (st != ASKF_OK || *restart)
        pthread_rwlock_unlock(&t->lock);
    return st;
}

static void tail_leave(sqlite_store *s)
{
    pthread_rwlock_unlock(&s->tail->lock);
}

/* --- merge rounds -----------------------------------------------------------
 *
 * When the tail (rows above k) reaches merge_every rows, a round starts for
 * (k, k2 = head]: its entries are sorted by each index's key, and every
 * write transaction then inserts the next slice of each order (about twice
 * as many entries as the previous group appended), so the tail shrinks while
 * appends go on and no single transaction stalls the group-commit pipeline.
 * Slices are consecutive keys, so each index page is written about once per
 * round, as in one big sorted merge. A cursor per index, stored with the
 * marks, says which keys are done; when both orders are done, k = k2.
 */

static askf__tail *sort_tail; /* qsort has no context argument; guarded by sort_mu */
static pthread_mutex_t sort_mu = PTHREAD_MUTEX_INITIALIZER;

static askf_slice ent_id(const askf__tail *t, const askf__tail_ent *e)
{
    return (askf_slice){t->arena + e->id_off, e->id_len};
}

static askf_slice ent_user(const askf__tail *t, const askf__tail_ent *e)
{
    return (askf_slice){t->arena + e->user_off, e->user_len};
}

static int by_id(const void *a, const void *b)
{
    const askf__tail *t = sort_tail;
    return askf__slice_cmp(ent_id(t, &t->v[*(const uint32_t *)a]),
                     ent_id(t, &t->v[*(const uint32_t *)b]));
}

static int by_member(const void *a, const void *b)
{
    const askf__tail *t = sort_tail;
    const askf__tail_ent *x = &t->v[*(const uint32_t *)a], *y = &t->v[*(const uint32_t *)b];
    int c = askf__slice_cmp(ent_user(t, x), ent_user(t, y));
    if (c)
        return c;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return askf__slice_cmp(ent_id(t, x), ent_id(t, y));
}

static void round_reset(round *rd)
{
    askf__free(rd->ids);
    askf__free(rd->members);
    memset(rd, 0, sizeof *rd);
}

/* Build the round's orders from the tail: entries k < seq <= k2 whose key is
 * at or above the cursor. Caller holds the tail lock. */
static askf_status round_build(sqlite_store *s, const snap *sn, askf_error *err)
{
    askf__tail *t = s->tail;
    round *rd = &s->rd;
    round_reset(rd);
    rd->ids = askf__calloc(t->n ? t->n : 1, sizeof *rd->ids);
    rd->members = askf__calloc(t->n ? t->n : 1, sizeof *rd->members);
    if (!rd->ids || !rd->members) {
        round_reset(rd);
        return nomem(err, "sorting a merge round");
    }
    for (size_t i = 0; i < t->n; i++) {
        const askf__tail_ent *e = &t->v[i];
        if (e->seq <= sn->k || e->seq > sn->k2)
            continue;
        if (askf__slice_cmp(ent_id(t, e), cstr(sn->id_cur)) >= 0)
            rd->ids[rd->n_ids++] = (uint32_t)i;
        if (e->user_len && askf__slice_cmp(ent_user(t, e), cstr(sn->user_cur)) >= 0)
            rd->members[rd->n_members++] = (uint32_t)i;
    }
    pthread_mutex_lock(&sort_mu);
    sort_tail = t;
    qsort(rd->ids, rd->n_ids, sizeof *rd->ids, by_id);
    qsort(rd->members, rd->n_members, sizeof *rd->members, by_member);
    sort_tail = NULL;
    pthread_mutex_unlock(&sort_mu);
    rd->k = sn->k;
    rd->k2 = sn->k2;
    rd->valid = 1;
    return ASKF_OK;
}

/* Insert the next slice of each order and advance the cursors in s->w. */
static askf_status round_step(sqlite_store *s, size_t budget, askf_error *err)
{
    askf__tail *t = s->tail;
    round *rd = &s->rd;
    sqlite3_stmt *qi = s->st[ST_MERGE_IDS], *qm = s->st[ST_MERGE_MEMBERS];
    askf_status st = ASKF_OK;
    for (size_t n = 0; st == ASKF_OK && n < budget && rd->id_pos < rd->n_ids; n++) {
        const askf__tail_ent *e = &t->v[rd->ids[rd->id_pos++]];
        bind_text(qi, 1, ent_id(t, e));
        sqlite3_bind_int64(qi, 2, e->seq);
        st = run(s, ST_MERGE_IDS, err, "merging the event id index");
    }
    if (st == ASKF_OK)
        copy_cursor(s->w.id_cur, rd->id_pos < rd->n_ids
                                     ? ent_id(t, &t->v[rd->ids[rd->id_pos]])
                                     : cstr(CURSOR_END));
    /* A member's rows move together: the cursor is a user. */
    askf_slice last = {"", 0};
    for (size_t n = 0; st == ASKF_OK && rd->member_pos < rd->n_members; n++) {
        const askf__tail_ent *e = &t->v[rd->members[rd->member_pos]];
        if (n >= budget && askf__slice_cmp(ent_user(t, e), last) != 0)
            break;
        last = ent_user(t, e);
        bind_text(qm, 1, last);
        sqlite3_bind_int64(qm, 2, e->at);
        bind_text(qm, 3, ent_id(t, e));
        sqlite3_bind_int64(qm, 4, e->seq);
        st = run(s, ST_MERGE_MEMBERS, err, "merging the member index");
        rd->member_pos++;
    }
    if (st == ASKF_OK)
        copy_cursor(s->w.user_cur, rd->member_pos < rd->n_members
                                       ? ent_user(t, &t->v[rd->members[rd->member_pos]])
                                       : cstr(CURSOR_END));
    sqlite3_clear_bindings(qi);
    sqlite3_clear_bindings(qm);
    return st;
}

static askf_status write_marks(sqlite_store *s, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_MERGE_MARK];
    sqlite3_bind_int64(q, 1, s->w.k);
    sqlite3_bind_int64(q, 2, s->w.k2);
    bind_text(q, 3, cstr(s->w.id_cur));
    bind_text(q, 4, cstr(s->w.user_cur));
    askf_status st = run(s, ST_MERGE_MARK, err, "writing the merge marks");
    sqlite3_clear_bindings(q);
    return st;
}

/* The cursor an order's position stands for: the next key, or the end. */
static int cursor_is(askf_slice next_key, int at_end, const char *cursor)
{
    return at_end ? strcmp(cursor, CURSOR_END) == 0
                  : askf__slice_cmp(next_key, cstr(cursor)) == 0;
}

/* Whether our orders still describe the round in the marks: they do only if
 * the marks are the ones we wrote last (another process may have merged, or
 * our last transaction rolled back). */
static int round_matches(const sqlite_store *s)
{
    const round *rd = &s->rd;
    const snap *w = &s->w;
    const askf__tail *t = s->tail;
    if (!rd->valid || rd->k != w->k || rd->k2 != w->k2)
        return 0;
    int ids_end = rd->id_pos == rd->n_ids, members_end = rd->member_pos == rd->n_members;
    askf_slice next_id = ids_end ? cstr("") : ent_id(t, &t->v[rd->ids[rd->id_pos]]);
    askf_slice next_user =
        members_end ? cstr("") : ent_user(t, &t->v[rd->members[rd->member_pos]]);
    return cursor_is(next_id, ids_end, w->id_cur) && cursor_is(next_user, members_end, w->user_cur);
}

/* Inside BEGIN, with the tail exact: start a round when the tail is long
 * enough, and merge one slice of the running round. */
static askf_status merge_some(sqlite_store *s, askf_error *err)
{
    snap *w = &s->w;
    round *rd = &s->rd;
    askf_status st = ASKF_OK;
    if (w->k2 == w->k && (uint64_t)(w->h - w->k) >= merge_every) {
        w->k2 = w->h;
        w->id_cur[0] = w->user_cur[0] = 0;
        rd->valid = 0;
    }
    if (w->k2 == w->k)
        return ASKF_OK;
    if (!round_matches(s) && (st = round_build(s, w, err)) != ASKF_OK)
        return st;
    size_t grown = s->last_h && w->h > s->last_h ? (size_t)(w->h - s->last_h) : 0;
    if ((st = round_step(s, 2 * grown + merge_slice, err)) != ASKF_OK)
        return st;
    if (!strcmp(w->id_cur, CURSOR_END) && !strcmp(w->user_cur, CURSOR_END)) {
        s->merged_to = w->k2;
        w->k = w->k2;
        w->id_cur[0] = w->user_cur[0] = 0;
        round_reset(rd);
    }
    return write_marks(s, err);
}

/* --- transactions -------------------------------------------------------- */

static askf_status sq_begin(askf_store *b, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf_status st = run(s, ST_BEGIN, err, "starting a write transaction");
    if (st != ASKF_OK)
        return st;
    int restart = 0;
    s->merged_to = 0;
    if ((st = read_marks(s, &s->w, err)) == ASKF_OK) {
        /* Under the write lock nothing commits but us: the tail becomes
         * exact here and only this transaction changes it until COMMIT. */
        pthread_rwlock_wrlock(&s->tail->lock);
        st = tail_fix(s, &s->w, &restart, err);
        s->begin_mark = s->tail->n;
        if (st == ASKF_OK && restart)
            st = askf__err(err, ASKF_ERR_STORE, 0, 0, NULL,
                           "ledger '%s': the merge mark went backwards", s->path);
        if (st == ASKF_OK)
            st = merge_some(s, err);
        pthread_rwlock_unlock(&s->tail->lock);
    }
    if (st != ASKF_OK) {
        run(s, ST_ROLLBACK, NULL, "rolling back");
        s->rd.valid = 0;
        s->merged_to = 0;
        return st;
    }
    s->last_h = s->w.h;
    s->in_write = 1;
    return ASKF_OK;
}

/* The transaction is over; undo its tail entries unless it committed. */
static void write_end(sqlite_store *s, int committed)
{
    askf__tail *t = s->tail;
    pthread_rwlock_wrlock(&t->lock);
    if (!committed) {
        askf__tail_truncate(t, s->begin_mark);
        s->rd.valid = 0; /* its slice is undone: rebuild from the marks */
    } else if (s->merged_to) {
        askf__tail_prune(t, s->merged_to); /* on failure it reloads lazily */
    }
    pthread_rwlock_unlock(&t->lock);
    s->in_write = 0;
    s->merged_to = 0;
}

static askf_status sq_commit(askf_store *b, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf_status st = run(s, ST_COMMIT, err, "committing");
    if (st != ASKF_OK && !sqlite3_get_autocommit(s->db))
        run(s, ST_ROLLBACK, NULL, "rolling back");
    if (s->in_write)
        write_end(s, st == ASKF_OK);
    if (st == ASKF_OK && s->wal_fd < 0) {
        /* The WAL exists now (this connection just wrote to it) and lives as
         * long as this connection: SQLite removes it only when the last
         * connection closes. */
        char wal[4200];
        snprintf(wal, sizeof wal, "%s-wal", s->path);
        int fd = open(wal, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || sync_dir(s->path) != 0) {
            if (fd >= 0)
                close(fd);
            return askf__err(err, ASKF_ERR_IO, 0, 0, NULL,
                             "ledger '%s': cannot open its write-ahead log '%s' for syncing: %s",
                             s->path, wal, strerror(errno));
        }
        s->wal_fd = fd;
    }
    return st;
}

static askf_status sq_sync(askf_store *b, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    if (s->wal_fd < 0)
        return ASKF_OK; /* nothing committed through this connection */
    if (fdatasync(s->wal_fd) != 0)
        return askf__err(err, ASKF_ERR_IO, 0, 0, NULL,
                         "ledger '%s': fdatasync of the write-ahead log failed: %s", s->path,
                         strerror(errno));
    return ASKF_OK;
}

static void sq_rollback(askf_store *b)
{
    sqlite_store *s = (sqlite_store *)b;
    if (!sqlite3_get_autocommit(s->db))
        run(s, ST_ROLLBACK, NULL, "rolling back");
    if (s->in_write)
        write_end(s, 0);
}

static askf_status sq_savepoint(askf_store *b, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf_status st = run(s, ST_SAVEPOINT, err, "opening a savepoint");
    pthread_rwlock_rdlock(&s->tail->lock);
    s->sp_mark = s->tail->n;
    pthread_rwlock_unlock(&s->tail->lock);
    s->sp_wh = s->w.h;
    return st;
}

static askf_status sq_release(askf_store *b, askf_error *err)
{
    return run((sqlite_store *)b, ST_RELEASE, err, "releasing a savepoint");
}

static void sq_rollback_to(askf_store *b)
{
    sqlite_store *s = (sqlite_store *)b;
    run(s, ST_ROLLBACK_TO, NULL, "rolling back to a savepoint");
    run(s, ST_RELEASE, NULL, "releasing a savepoint");
    pthread_rwlock_wrlock(&s->tail->lock);
    askf__tail_truncate(s->tail, s->sp_mark);
    pthread_rwlock_unlock(&s->tail->lock);
    s->w.h = s->sp_wh;
}

/* --- point reads --------------------------------------------------------- */

static askf_status sq_head(askf_store *b, int64_t *seq, askf_time *recorded_at,
                           uint8_t hash[ASKF_HASH_SIZE], askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_HEAD];
    askf_status st = ASKF_OK;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *seq = sqlite3_column_int64(q, 0);
        if (recorded_at)
            *recorded_at = sqlite3_column_int64(q, 1);
        copy_hash(q, 2, hash);
    } else if (rc == SQLITE_DONE) {
        *seq = 0;
        if (recorded_at)
            *recorded_at = 0;
        memset(hash, 0, ASKF_HASH_SIZE);
    } else {
        st = db_err(s, err, "reading the head");
    }
    sqlite3_reset(q);
    return st;
}

/* Seq of the merged event with this id, 0 if none. */
static askf_status merged_seq_of(sqlite_store *s, askf_slice id, int64_t *seq, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_ID_SEQ];
    askf_status st = ASKF_OK;
    *seq = 0;
    if (bind_text(q, 1, id) != SQLITE_OK) {
        st = db_err(s, err, "binding an id");
    } else {
        int rc = sqlite3_step(q);
        if (rc == SQLITE_ROW)
            *seq = sqlite3_column_int64(q, 0);
        else if (rc != SQLITE_DONE)
            st = db_err(s, err, "looking up an event id");
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

/* Seq of the event with this id in snapshot sn (merged or in the tail), 0 if
 * none; *restart as for tail_enter(). */
static askf_status seq_of(sqlite_store *s, const snap *sn, askf_slice id, int64_t *seq,
                          int *restart, askf_error *err)
{
    *restart = 0;
    askf_status st = merged_seq_of(s, id, seq, err);
    if (st != ASKF_OK || *seq)
        return st;
    if ((st = tail_enter(s, sn, restart, err)) != ASKF_OK || *restart)
        return st;
    *seq = askf__tail_find_id(s->tail, id, unmerged_after(sn, sn->id_cur, id), sn->h);
    tail_leave(s);
    return ASKF_OK;
}

/* Copy the row at seq into scratch (*found = 0 if there is none). */
static askf_status row_at(sqlite_store *s, int64_t seq, askf_store_row *out, askf_buf *scratch,
                          int *found, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_BY_SEQ];
    askf_status st = ASKF_OK;
    *found = 0;
    sqlite3_bind_int64(q, 1, seq);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        askf_store_row r;
        fill_row(q, &r);
        /* Copy out of SQLite's memory: the row outlives the statement reset. */
        askf__buf_reset(scratch);
        askf__buf_reserve(scratch, r.id.len + r.type.len + r.user.len + r.body.len + 1);
        if (scratch->oom) {
            st = nomem(err, "reading an event");
        } else {
            *out = r;
            askf_slice *parts[4] = {&out->id, &out->type, &out->user, &out->body};
            for (int k = 0; k < 4; k++) {
                char *dst = scratch->ptr + scratch->len;
                askf__buf_put(scratch, parts[k]->ptr, parts[k]->len);
                parts[k]->ptr = dst;
            }
            *found = 1;
        }
    } else if (rc != SQLITE_DONE) {
        st = db_err(s, err, "reading an event");
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

static askf_status sq_get_by_id(askf_store *b, askf_slice id, askf_store_row *out,
                                askf_buf *scratch, int *found, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf_status st;
    int restart;
    *found = 0;
    do {
        snap sn;
        int64_t seq = 0;
        if ((st = read_begin(s, &sn, err)) != ASKF_OK)
            return st;
        st = seq_of(s, &sn, id, &seq, &restart, err);
        if (st == ASKF_OK && !restart && seq)
            st = row_at(s, seq, out, scratch, found, err);
        read_end(s, &sn);
    } while (st == ASKF_OK && restart);
    return st;
}

static askf_status sq_insert(askf_store *b, const askf_store_row *r, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf__tail *t = s->tail;
    if (!s->in_write)
        return askf__err(err, ASKF_ERR_STORE, 0, 0, NULL, "insert outside a write transaction");
    if (r->id.len > KEY_MAX || r->user.len > KEY_MAX)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, r->id.len > KEY_MAX ? "id" : "user",
                         "field '%s': longer than %d bytes", r->id.len > KEY_MAX ? "id" : "user",
                         KEY_MAX);
    snap sn = s->w;
    int64_t seq = 0;
    int restart = 0;
    askf_status st = seq_of(s, &sn, r->id, &seq, &restart, err);
    if (st != ASKF_OK)
        return st;
    if (seq || restart)
        return askf__err(err, ASKF_ERR_CONFLICT, 0, 0, "id", "event id '%.*s' is already recorded",
                         (int)(r->id.len > 200 ? 200 : r->id.len), r->id.ptr);
    /* Room in the tail first, so that noting the row cannot fail after it
     * is inserted. */
    pthread_rwlock_wrlock(&t->lock);
    int room = askf__tail_reserve(t, r->id.len + r->user.len);
    pthread_rwlock_unlock(&t->lock);
    if (room != 0)
        return nomem(err, "indexing an event");
    sqlite3_stmt *q = s->st[ST_INSERT];
    if (sqlite3_bind_int64(q, 1, r->seq) || sqlite3_bind_int64(q, 2, r->recorded_at) ||
        sqlite3_bind_int64(q, 3, r->at) || bind_text(q, 4, r->id) || bind_text(q, 5, r->type) ||
        bind_text(q, 6, r->user) || bind_text(q, 7, r->body) ||
        sqlite3_bind_blob(q, 8, r->hash, ASKF_HASH_SIZE, SQLITE_STATIC)) {
        st = db_err(s, err, "binding an event");
    } else {
        int rc = sqlite3_step(q);
        if ((rc & 0xff) == SQLITE_CONSTRAINT)
            st = askf__err(err, ASKF_ERR_CONFLICT, 0, 0, "seq", "seq %lld is already recorded",
                           (long long)r->seq);
        else if (rc != SQLITE_DONE)
            st = db_err(s, err, "inserting an event");
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (st != ASKF_OK)
        return st;
    pthread_rwlock_wrlock(&t->lock);
    askf__tail_add(t, r->seq, r->at, r->id, r->user); /* cannot fail after the reserve */
    pthread_rwlock_unlock(&t->lock);
    s->w.h = r->seq;
    return ASKF_OK;
}

static askf_status sq_deleted_at(askf_store *b, askf_slice user, askf_time *at, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_DELETED_AT];
    askf_status st = ASKF_OK;
    *at = ASKF_TIME_NONE;
    if (bind_text(q, 1, user) != SQLITE_OK) {
        st = db_err(s, err, "binding a user");
        goto cleanup;
    }
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        if (sqlite3_column_type(q, 0) != SQLITE_NULL)
            *at = sqlite3_column_int64(q, 0);
    } else if (rc != SQLITE_DONE) {
        st = db_err(s, err, "looking up an account deletion");
    }
cleanup:
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

static askf_status sq_scan_deletions(askf_store *b, int64_t after_seq, askf_store_cb cb, void *ud,
                                     askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_DELETIONS];
    askf_status st = ASKF_OK;
    sqlite3_bind_int64(q, 1, after_seq);
    for (;;) {
        int rc = sqlite3_step(q);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            st = db_err(s, err, "reading account deletions");
            break;
        }
        askf_store_row r;
        memset(&r, 0, sizeof r);
        r.seq = sqlite3_column_int64(q, 0);
        r.at = sqlite3_column_int64(q, 1);
        r.user = col_text(q, 2);
        if (cb(&r, ud) != 0)
            break;
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

static askf_status sq_data_version(askf_store *b, int64_t *version, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_DATA_VERSION];
    askf_status st = ASKF_OK;
    if (sqlite3_step(q) == SQLITE_ROW)
        *version = sqlite3_column_int64(q, 0);
    else
        st = db_err(s, err, "reading the data version");
    sqlite3_reset(q);
    return st;
}

/* --- scans --------------------------------------------------------------- */

/* Rows copied out of SQLite; slices point into mem once rowset_seal() ran
 * (until then they hold offsets, since mem may move while it grows). */
typedef struct rowset {
    askf_store_row *v;
    size_t n, cap;
    askf_buf mem;
} rowset;

static void rowset_init(rowset *rs)
{
    memset(rs, 0, sizeof *rs);
    askf__buf_init(&rs->mem);
}

static void rowset_free(rowset *rs)
{
    askf__free(rs->v);
    askf__buf_free(&rs->mem);
}

static int rowset_add(rowset *rs, sqlite3_stmt *q)
{
    if (askf__grow((void **)&rs->v, &rs->cap, rs->n, sizeof *rs->v, 16) != 0)
        return -1;
    askf_store_row *r = &rs->v[rs->n];
    fill_row(q, r);
    askf_slice *parts[4] = {&r->id, &r->type, &r->user, &r->body};
    for (int k = 0; k < 4; k++) {
        size_t off = rs->mem.len;
        askf__buf_put(&rs->mem, parts[k]->ptr, parts[k]->len);
        parts[k]->ptr = (const char *)(uintptr_t)off;
    }
    if (rs->mem.oom)
        return -1;
    rs->n++;
    return 0;
}

static void rowset_seal(rowset *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        askf_slice *parts[4] = {&rs->v[i].id, &rs->v[i].type, &rs->v[i].user, &rs->v[i].body};
        for (int k = 0; k < 4; k++)
            parts[k]->ptr = rs->mem.ptr + (uintptr_t)parts[k]->ptr;
    }
}

/* Add the rows at these seqs that have at <= max_at. */
static askf_status rowset_load_seqs(sqlite_store *s, rowset *rs, const int64_t *seqs, size_t n,
                                    askf_time max_at, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_BY_SEQ];
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(q, 1, seqs[i]);
        int rc = sqlite3_step(q);
        askf_status st = ASKF_OK;
        if (rc == SQLITE_ROW && sqlite3_column_int64(q, 2) <= max_at && rowset_add(rs, q) != 0)
            st = nomem(err, "reading unmerged events");
        else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            st = db_err(s, err, "reading unmerged events");
        sqlite3_reset(q);
        if (st != ASKF_OK)
            return st;
    }
    return ASKF_OK;
}

static int cmp_at_id(const askf_store_row *a, const askf_store_row *b)
{
    if (a->at != b->at)
        return a->at < b->at ? -1 : 1;
    return askf__slice_cmp(a->id, b->id);
}

static int cmp_user_at_id(const askf_store_row *a, const askf_store_row *b)
{
    int c = askf__slice_cmp(a->user, b->user);
    return c ? c : cmp_at_id(a, b);
}

static int cmp_seq(const askf_store_row *a, const askf_store_row *b)
{
    return (a->seq > b->seq) - (a->seq < b->seq);
}

static int qs_at_id(const void *a, const void *b)
{
    return cmp_at_id(a, b);
}

static int qs_user_at_id(const void *a, const void *b)
{
    return cmp_user_at_id(a, b);
}

static int qs_seq(const void *a, const void *b)
{
    return cmp_seq(a, b);
}

/*
 * Step a bound statement over merged rows and hand the union of its rows and
 * the (sorted) unmerged rows to cb, in the order `cmp` defines (the
 * statement's ORDER BY). The two sets never share a row.
 */
static askf_status merge_stream(sqlite_store *s, sqlite3_stmt *q, const rowset *tail,
                                int (*cmp)(const askf_store_row *, const askf_store_row *),
                                askf_store_cb cb, void *ud, askf_error *err, const char *what)
{
    askf_status st = ASKF_OK;
    size_t i = 0;
    int rc = sqlite3_step(q);
    askf_store_row r;
    for (;;) {
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            st = db_err(s, err, what);
            break;
        }
        int have = rc == SQLITE_ROW;
        if (have)
            fill_row(q, &r);
        if (i < tail->n && (!have || cmp(&tail->v[i], &r) < 0)) {
            if (cb(&tail->v[i++], ud) != 0)
                break;
            continue;
        }
        if (!have || cb(&r, ud) != 0)
            break;
        rc = sqlite3_step(q);
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

/* Step a bound statement, handing each row to cb. */
static askf_status stream(sqlite_store *s, sqlite3_stmt *q, askf_store_cb cb, void *ud,
                          askf_error *err, const char *what)
{
    rowset none;
    rowset_init(&none);
    askf_status st = merge_stream(s, q, &none, cmp_seq, cb, ud, err, what);
    rowset_free(&none);
    return st;
}

static askf_status sq_scan_seq(askf_store *b, int64_t from, int64_t to, askf_store_cb cb, void *ud,
                               askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_SEQ];
    sqlite3_bind_int64(q, 1, from);
    sqlite3_bind_int64(q, 2, to);
    return stream(s, q, cb, ud, err, "scanning events by seq");
}

/* One member's unmerged rows with seq <= max_seq and at <= max_at, in a
 * snapshot this opens (sn; the caller ends it with read_end()). */
static askf_status member_tail(sqlite_store *s, askf_slice user, int64_t max_seq,
                               askf_time max_at, snap *sn, rowset *rs, askf_error *err)
{
    int64_t *seqs = NULL;
    size_t n = 0, cap = 0;
    askf_status st;
    int restart;
    do {
        if ((st = read_begin(s, sn, err)) != ASKF_OK)
            break;
        st = tail_enter(s, sn, &restart, err);
        if (st == ASKF_OK && !restart) {
            n = 0;
            int64_t hi = sn->h < max_seq ? sn->h : max_seq;
            int64_t lo = unmerged_after(sn, sn->user_cur, user);
            if (askf__tail_user_seqs(s->tail, user, lo, hi, &seqs, &n, &cap) != 0)
                st = nomem(err, "collecting a member's unmerged events");
            tail_leave(s);
        }
        if (st != ASKF_OK || restart)
            read_end(s, sn);
    } while (st == ASKF_OK && restart);
    if (st == ASKF_OK && (st = rowset_load_seqs(s, rs, seqs, n, max_at, err)) != ASKF_OK)
        read_end(s, sn);
    askf__free(seqs);
    return st;
}

static askf_status scan_member(sqlite_store *s, askf_slice user, int64_t max_seq,
                               askf_time max_at, int by_seq, askf_store_cb cb, void *ud,
                               askf_error *err)
{
    snap sn;
    rowset rs;
    rowset_init(&rs);
    askf_status st = member_tail(s, user, max_seq, max_at, &sn, &rs, err);
    if (st != ASKF_OK) {
        rowset_free(&rs);
        return st;
    }
    rowset_seal(&rs);
    if (rs.n > 1)
        qsort(rs.v, rs.n, sizeof *rs.v, by_seq ? qs_seq : qs_at_id);
    sqlite3_stmt *q = s->st[by_seq ? ST_SCAN_USER_SEQ : ST_SCAN_USER];
    if (bind_text(q, 1, user) != SQLITE_OK) {
        st = db_err(s, err, "binding a user");
        sqlite3_clear_bindings(q);
    } else {
        if (!by_seq) {
            sqlite3_bind_int64(q, 2, max_seq);
            sqlite3_bind_int64(q, 3, max_at);
        }
        st = merge_stream(s, q, &rs, by_seq ? cmp_seq : cmp_at_id, cb, ud, err,
                          by_seq ? "reading a member's history" : "reading a member's events");
    }
    read_end(s, &sn);
    rowset_free(&rs);
    return st;
}

static askf_status sq_scan_user(askf_store *b, askf_slice user, int64_t max_seq, askf_time max_at,
                                askf_store_cb cb, void *ud, askf_error *err)
{
    return scan_member((sqlite_store *)b, user, max_seq, max_at, 0, cb, ud, err);
}

static askf_status sq_scan_user_seq(askf_store *b, askf_slice user, askf_store_cb cb, void *ud,
                                    askf_error *err)
{
    return scan_member((sqlite_store *)b, user, INT64_MAX, INT64_MAX, 1, cb, ud, err);
}

static askf_status sq_scan_policies(askf_store *b, int64_t after_seq, askf_store_cb cb, void *ud,
                                    askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_POLICIES];
    sqlite3_bind_int64(q, 1, after_seq);
    return stream(s, q, cb, ud, err, "reading policy events");
}

/* Every unmerged member event of snapshot sn within the bounds: a range of
 * the table itself, no index needed. */
static askf_status members_tail(sqlite_store *s, const snap *sn, int64_t max_seq,
                                askf_time max_at, rowset *rs, askf_error *err)
{
    sqlite3_stmt *q = s->st[ST_TAIL_MEMBERS];
    askf_status st = ASKF_OK;
    sqlite3_bind_int64(q, 1, sn->k);
    sqlite3_bind_int64(q, 2, max_seq);
    sqlite3_bind_int64(q, 3, max_at);
    for (;;) {
        int rc = sqlite3_step(q);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            st = db_err(s, err, "reading unmerged events");
            break;
        }
        /* Rows of a running round whose member is already merged come
         * from the index. */
        if (sqlite3_column_int64(q, 0) <= sn->k2 &&
            unmerged_after(sn, sn->user_cur, col_text(q, 5)) == sn->k2)
            continue;
        if (rowset_add(rs, q) != 0) {
            st = nomem(err, "reading unmerged events");
            break;
        }
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

static askf_status sq_scan_members(askf_store *b, int64_t max_seq, askf_time max_at,
                                   askf_store_cb cb, void *ud, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    snap sn;
    rowset rs;
    rowset_init(&rs);
    askf_status st = read_begin(s, &sn, err);
    if (st != ASKF_OK)
        return st;
    if ((st = members_tail(s, &sn, max_seq, max_at, &rs, err)) == ASKF_OK) {
        rowset_seal(&rs);
        if (rs.n > 1)
            qsort(rs.v, rs.n, sizeof *rs.v, qs_user_at_id);
        sqlite3_stmt *q = s->st[ST_SCAN_MEMBERS];
        sqlite3_bind_int64(q, 1, max_seq);
        sqlite3_bind_int64(q, 2, max_at);
        st = merge_stream(s, q, &rs, cmp_user_at_id, cb, ud, err, "folding member events");
    }
    read_end(s, &sn);
    rowset_free(&rs);
    return st;
}

static askf_status sq_open_peer(askf_store *b, int read_only, askf_store **out,
                                askf_error *err);

static const askf_store_ops sqlite_ops = {
    .name = "sqlite",
    .close = sq_close,
    .open_peer = sq_open_peer,
    .begin_write = sq_begin,
    .commit = sq_commit,
    .sync = sq_sync,
    .rollback = sq_rollback,
    .savepoint = sq_savepoint,
    .release = sq_release,
    .rollback_to = sq_rollback_to,
    .head = sq_head,
    .get_by_id = sq_get_by_id,
    .insert = sq_insert,
    .account_deleted_at = sq_deleted_at,
    .scan_account_deletions = sq_scan_deletions,
    .data_version = sq_data_version,
    .scan_seq = sq_scan_seq,
    .scan_user = sq_scan_user,
    .scan_user_seq = sq_scan_user_seq,
    .scan_policies = sq_scan_policies,
    .scan_members = sq_scan_members,
};

static askf_status exec(sqlite_store *s, const char *sql, askf_error *err, const char *what)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_err(s, err, what);
    return ASKF_OK;
}

static askf_status pragma_int(sqlite_store *s, const char *sql, int64_t *out, askf_error *err)
{
    sqlite3_stmt *q = NULL;
    askf_status st = ASKF_OK;
    *out = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_err(s, err, "reading the schema version");
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(q, 0);
    else if (rc != SQLITE_DONE)
        st = db_err(s, err, "reading the schema version");
    sqlite3_finalize(q);
    return st;
}

/* Run `sql` in one write transaction if user_version still equals `from`
 * under the write lock (another process may be doing the same). */
static askf_status migrate(sqlite_store *s, int64_t from, const char *sql, int64_t *version,
                           askf_error *err, const char *what)
{
    int64_t tables = 0;
    askf_status st = exec(s, "BEGIN IMMEDIATE", err, what);
    if (st != ASKF_OK)
        return st;
    if ((st = pragma_int(s, "PRAGMA user_version", version, err)) == ASKF_OK &&
        (st = pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables, err)) == ASKF_OK &&
        *version == from && (from != 0 || tables == 0)) {
        if ((st = exec(s, sql, err, what)) == ASKF_OK)
            *version = ASKF_STORE_SCHEMA_VERSION;
    }
    if (st == ASKF_OK)
        st = exec(s, "COMMIT", err, what);
    if (st != ASKF_OK)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return st;
}

/* Check (and, when allowed, create or upgrade) the schema. */
static askf_status ensure_schema(sqlite_store *s, int create, int read_only, askf_error *err)
{
    int64_t version = 0;
    askf_status st = pragma_int(s, "PRAGMA user_version", &version, err);
    if (st != ASKF_OK)
        return st;
    if (version == 0 && create && !read_only &&
        (st = migrate(s, 0, schema_sql, &version, err, "creating the schema")) != ASKF_OK)
        return st;
    if (version == 1 && !read_only &&
        (st = migrate(s, 1, upgrade_v1_sql, &version, err, "upgrading the schema from version 1")) !=
            ASKF_OK)
        return st;
    if (version == 1)
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL,
                         "ledger '%s' has schema version 1; open it once for writing (any "
                         "command that appends) to upgrade it to version %d",
                         s->path, ASKF_STORE_SCHEMA_VERSION);
    if (version == 0)
        return askf__err(err, ASKF_ERR_CORRUPT, 0, 0, NULL,
                         "'%s' is not an askfirst ledger (no schema version); create a new "
                         "ledger with `askfirst init`",
                         s->path);
    if (version != ASKF_STORE_SCHEMA_VERSION)
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL,
                         "ledger '%s' has schema version %lld; this build reads version %d",
                         s->path, (long long)version, ASKF_STORE_SCHEMA_VERSION);
    return ASKF_OK;
}

/* Open one connection; `tail` is a peer's (a new reference is taken) or NULL
 * for a new one. */
static askf_status open_conn(const char *path, int create, int read_only, askf__tail *tail,
                             askf_store **out, askf_error *err)
{
    askf_status st = ASKF_OK;
    sqlite_store *s = NULL;
    *out = NULL;
    struct stat sb;
    if ((!create || read_only) && stat(path, &sb) != 0)
        return askf__err(err, ASKF_ERR_NOT_FOUND, 0, 0, NULL,
                         "ledger '%s' does not exist (create it with `askfirst init`)", path);
    s = askf__calloc(1, sizeof *s);
    if (!s || !(s->path = askf__strdup(path))) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory opening a ledger");
        goto cleanup;
    }
    s->wal_fd = -1;
    s->base.ops = &sqlite_ops;
    s->read_only = read_only;
    if (tail) {
        askf__tail_ref(tail);
        s->tail = tail;
    } else if (!(s->tail = askf__tail_new())) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory opening a ledger");
        goto cleanup;
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !read_only)
        flags |= SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        st = db_err(s, err, "opening the file");
        goto cleanup;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, 30000);
    if (!read_only) {
        sqlite3_stmt *q = NULL;
        int ok = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode=WAL", -1, &q, NULL) == SQLITE_OK &&
                 sqlite3_step(q) == SQLITE_ROW &&
                 sqlite3_stricmp((const char *)sqlite3_column_text(q, 0), "wal") == 0;
        sqlite3_finalize(q);
        if (!ok) {
            st = db_err(s, err, "switching to WAL mode");
            if (st == ASKF_OK || !err || !err->msg[0])
                st = askf__err(err, ASKF_ERR_STORE, 0, 0, NULL,
                               "ledger '%s': could not switch to WAL mode", path);
            goto cleanup;
        }
    }
    if ((st = exec(s, "PRAGMA synchronous=FULL", err, "setting synchronous=FULL")) != ASKF_OK)
        goto cleanup;
    exec(s, "PRAGMA mmap_size=268435456", NULL, "enabling mmap");
    /* The schema is created durably (FULL); afterwards sync() does the fsyncs. */
    if ((st = ensure_schema(s, create, read_only, err)) != ASKF_OK)
        goto cleanup;
    if (!read_only &&
        (st = exec(s, "PRAGMA synchronous=NORMAL", err, "setting synchronous=NORMAL")) != ASKF_OK)
        goto cleanup;
    for (int i = 0; i < ST_COUNT; i++) {
        if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
                               NULL) != SQLITE_OK) {
            st = db_err(s, err, "preparing statements");
            goto cleanup;
        }
    }
    *out = &s->base;
    s = NULL;
cleanup:
    if (s)
        sq_close(&s->base);
    return st;
}

askf_status askf__store_sqlite_open(const char *path, int create, int read_only, askf_store **out,
                                    askf_error *err)
{
    return open_conn(path, create, read_only, NULL, out, err);
}

static askf_status sq_open_peer(askf_store *b, int read_only, askf_store **out, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    return open_conn(s->path, 0, read_only || s->read_only, s->tail, out, err);
}
