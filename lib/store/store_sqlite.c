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
 * Schema (docs/formats.md, "SQLite schema"), version 1 in PRAGMA user_version:
 *
 *   events(seq INTEGER PRIMARY KEY, recorded_at INTEGER, at INTEGER,
 *          id TEXT UNIQUE, type TEXT, user TEXT, body TEXT, hash BLOB)
 *   index events_user_at(user, at, id); partial indexes events_policy(seq)
 *   WHERE type = 'policy' and events_account_deleted(user, at) over account
 *   deletions, so the ledger loads its in-memory deletion set (and policy
 *   cache) from tiny indexes; appends never probe them.
 *
 * TEXT columns compare with the BINARY collation (memcmp), which is the
 * bytewise order the fold's tie-break rule is defined in.
 */
#include "store.h"

#include "common/alloc.h"
#include "common/err.h"

#include <sqlite3.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

enum {
    ST_BEGIN,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_SAVEPOINT,
    ST_RELEASE,
    ST_ROLLBACK_TO,
    ST_HEAD,
    ST_GET_BY_ID,
    ST_INSERT,
    ST_DELETED_AT,
    ST_DELETIONS,
    ST_DATA_VERSION,
    ST_SCAN_SEQ,
    ST_SCAN_USER,
    ST_SCAN_USER_SEQ,
    ST_SCAN_POLICIES,
    ST_SCAN_MEMBERS,
    ST_COUNT
};

#define COLS "seq, recorded_at, at, id, type, user, body, hash"

static const char *const stmt_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT askf_batch",
    [ST_RELEASE] = "RELEASE askf_batch",
    [ST_ROLLBACK_TO] = "ROLLBACK TO askf_batch",
    [ST_HEAD] = "SELECT seq, recorded_at, hash FROM events ORDER BY seq DESC LIMIT 1",
    [ST_GET_BY_ID] = "SELECT " COLS " FROM events WHERE id = ?1",
    [ST_INSERT] = "INSERT INTO events(" COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_DELETED_AT] = "SELECT min(at) FROM events INDEXED BY events_account_deleted"
                      " WHERE user = ?1 AND type = 'delete'"
                      " AND json_extract(body, '$.content') IS NULL",
    [ST_DELETIONS] = "SELECT seq, at, user FROM events INDEXED BY events_account_deleted"
                     " WHERE type = 'delete' AND json_extract(body, '$.content') IS NULL"
                     " AND seq > ?1",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    [ST_SCAN_SEQ] = "SELECT " COLS " FROM events WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq",
    [ST_SCAN_USER] = "SELECT " COLS " FROM events INDEXED BY events_user_at"
                     " WHERE user = ?1 AND seq <= ?2 AND at <= ?3 ORDER BY at, id",
    [ST_SCAN_USER_SEQ] = "SELECT " COLS " FROM events WHERE user = ?1 ORDER BY seq",
    [ST_SCAN_POLICIES] = "SELECT " COLS " FROM events INDEXED BY events_policy"
                         " WHERE type = 'policy' AND seq > ?1 ORDER BY seq",
    [ST_SCAN_MEMBERS] = "SELECT " COLS " FROM events INDEXED BY events_user_at"
                        " WHERE user > '' AND seq <= ?1 AND at <= ?2 AND type <> 'policy'"
                        " ORDER BY user, at, id",
};

static const char schema_sql[] =
    "CREATE TABLE events ("
    " seq INTEGER PRIMARY KEY,"
    " recorded_at INTEGER NOT NULL,"
    " at INTEGER NOT NULL,"
    " id TEXT NOT NULL UNIQUE,"
    " type TEXT NOT NULL,"
    " user TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " hash BLOB NOT NULL);"
    "CREATE INDEX events_user_at ON events(user, at, id);"
    "CREATE INDEX events_policy ON events(seq) WHERE type = 'policy';"
    "CREATE INDEX events_account_deleted ON events(user, at) WHERE type = 'delete'"
    " AND json_extract(body, '$.content') IS NULL;"
    "PRAGMA user_version = 1;";

typedef struct sqlite_store {
    askf_store base;
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[ST_COUNT];
    int wal_fd; /* the -wal file, opened at the first commit; -1 before */
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

static askf_status sq_begin(askf_store *b, askf_error *err)
{
    return run((sqlite_store *)b, ST_BEGIN, err, "starting a write transaction");
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

static askf_status sq_commit(askf_store *b, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    askf_status st = run(s, ST_COMMIT, err, "committing");
    if (st != ASKF_OK && !sqlite3_get_autocommit(s->db))
        run(s, ST_ROLLBACK, NULL, "rolling back");
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
}

static askf_status sq_savepoint(askf_store *b, askf_error *err)
{
    return run((sqlite_store *)b, ST_SAVEPOINT, err, "opening a savepoint");
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

static int bind_text(sqlite3_stmt *q, int i, askf_slice v)
{
    return sqlite3_bind_text(q, i, v.ptr ? v.ptr : "", (int)v.len, SQLITE_STATIC);
}

static askf_status sq_get_by_id(askf_store *b, askf_slice id, askf_store_row *out,
                                askf_buf *scratch, int *found, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_GET_BY_ID];
    askf_status st = ASKF_OK;
    *found = 0;
    if (bind_text(q, 1, id) != SQLITE_OK) {
        st = db_err(s, err, "binding an id");
        goto cleanup;
    }
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        askf_store_row r;
        fill_row(q, &r);
        /* Copy out of SQLite's memory: the row outlives the statement reset. */
        askf__buf_reset(scratch);
        askf__buf_reserve(scratch, r.id.len + r.type.len + r.user.len + r.body.len + 1);
        if (scratch->oom) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory reading an event");
            goto cleanup;
        }
        *out = r;
        askf_slice *parts[4] = {&out->id, &out->type, &out->user, &out->body};
        for (int k = 0; k < 4; k++) {
            char *dst = scratch->ptr + scratch->len;
            askf__buf_put(scratch, parts[k]->ptr, parts[k]->len);
            parts[k]->ptr = dst;
        }
        *found = 1;
    } else if (rc != SQLITE_DONE) {
        st = db_err(s, err, "looking up an event id");
    }
cleanup:
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
}

static askf_status sq_insert(askf_store *b, const askf_store_row *r, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_INSERT];
    askf_status st = ASKF_OK;
    if (sqlite3_bind_int64(q, 1, r->seq) || sqlite3_bind_int64(q, 2, r->recorded_at) ||
        sqlite3_bind_int64(q, 3, r->at) || bind_text(q, 4, r->id) || bind_text(q, 5, r->type) ||
        bind_text(q, 6, r->user) || bind_text(q, 7, r->body) ||
        sqlite3_bind_blob(q, 8, r->hash, ASKF_HASH_SIZE, SQLITE_STATIC)) {
        st = db_err(s, err, "binding an event");
        goto cleanup;
    }
    int rc = sqlite3_step(q);
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY ||
        (rc & 0xff) == SQLITE_CONSTRAINT) {
        st = askf__err(err, ASKF_ERR_CONFLICT, 0, 0, "id", "event id '%.*s' is already recorded",
                       (int)(r->id.len > 200 ? 200 : r->id.len), r->id.ptr);
    } else if (rc != SQLITE_DONE) {
        st = db_err(s, err, "inserting an event");
    }
cleanup:
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return st;
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

/* Step a bound statement, handing each row to cb. */
static askf_status stream(sqlite_store *s, sqlite3_stmt *q, askf_store_cb cb, void *ud,
                          askf_error *err, const char *what)
{
    askf_status st = ASKF_OK;
    for (;;) {
        int rc = sqlite3_step(q);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            st = db_err(s, err, what);
            break;
        }
        askf_store_row r;
        fill_row(q, &r);
        if (cb(&r, ud) != 0)
            break;
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
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

static askf_status sq_scan_user(askf_store *b, askf_slice user, int64_t max_seq, askf_time max_at,
                                askf_store_cb cb, void *ud, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_USER];
    if (bind_text(q, 1, user) != SQLITE_OK) {
        askf_status st = db_err(s, err, "binding a user");
        sqlite3_clear_bindings(q);
        return st;
    }
    sqlite3_bind_int64(q, 2, max_seq);
    sqlite3_bind_int64(q, 3, max_at);
    return stream(s, q, cb, ud, err, "reading a member's events");
}

static askf_status sq_scan_user_seq(askf_store *b, askf_slice user, askf_store_cb cb, void *ud,
                                    askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_USER_SEQ];
    if (bind_text(q, 1, user) != SQLITE_OK) {
        askf_status st = db_err(s, err, "binding a user");
        sqlite3_clear_bindings(q);
        return st;
    }
    return stream(s, q, cb, ud, err, "reading a member's history");
}

static askf_status sq_scan_policies(askf_store *b, int64_t after_seq, askf_store_cb cb, void *ud,
                                    askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_POLICIES];
    sqlite3_bind_int64(q, 1, after_seq);
    return stream(s, q, cb, ud, err, "reading policy events");
}

static askf_status sq_scan_members(askf_store *b, int64_t max_seq, askf_time max_at,
                                   askf_store_cb cb, void *ud, askf_error *err)
{
    sqlite_store *s = (sqlite_store *)b;
    sqlite3_stmt *q = s->st[ST_SCAN_MEMBERS];
    sqlite3_bind_int64(q, 1, max_seq);
    sqlite3_bind_int64(q, 2, max_at);
    return stream(s, q, cb, ud, err, "folding member events");
}

static const askf_store_ops sqlite_ops = {
    .name = "sqlite",
    .close = sq_close,
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

/* Check (and, when allowed, create) the schema. */
static askf_status ensure_schema(sqlite_store *s, int create, int read_only, askf_error *err)
{
    int64_t version = 0, tables = 0;
    askf_status st = pragma_int(s, "PRAGMA user_version", &version, err);
    if (st != ASKF_OK)
        return st;
    if (version == 0 && create && !read_only) {
        /* Re-check under the write lock: another process may be creating it too. */
        if ((st = exec(s, "BEGIN IMMEDIATE", err, "creating the schema")) != ASKF_OK)
            return st;
        if ((st = pragma_int(s, "PRAGMA user_version", &version, err)) == ASKF_OK &&
            (st = pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables, err)) == ASKF_OK) {
            if (version == 0 && tables == 0) {
                st = exec(s, schema_sql, err, "creating the schema");
                version = ASKF_STORE_SCHEMA_VERSION;
            }
        }
        if (st == ASKF_OK)
            st = exec(s, "COMMIT", err, "creating the schema");
        if (st != ASKF_OK) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return st;
        }
    }
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

askf_status askf__store_sqlite_open(const char *path, int create, int read_only, askf_store **out,
                                    askf_error *err)
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
    s->wal_fd = -1;
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
