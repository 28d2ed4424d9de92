/*
 * store.h - the ledger's storage, behind one small interface (the way curl
 * reaches TLS backends through lib/vtls/vtls.h). The ledger is the only
 * caller; nothing else includes this header. A backend stores rows of the
 * event table and answers a handful of ordered range queries; it knows
 * nothing about validation, hashing or folding.
 *
 * One askf_store is one connection: it must not be used by two threads at
 * once. The ledger keeps one write connection (used only by the group-commit
 * leader) and a pool of read connections.
 *
 * Every slice in an askf_store_row handed to a callback is valid only during
 * the callback. Errors carry the backend's own message in err->msg.
 */
#ifndef ASKF_STORE_H
#define ASKF_STORE_H

#include "askfirst/common.h"
#include "askfirst/policy.h"
#include "common/buf.h"

#include <stddef.h>
#include <stdint.h>

typedef struct askf_store askf_store;

/* One stored event. `user` is empty for policy events. */
typedef struct askf_store_row {
    int64_t seq;
    askf_time recorded_at;
    askf_time at;
    askf_slice id;
    askf_slice type;
    askf_slice user;
    askf_slice body; /* canonical JSON, exactly the bytes that were hashed */
    uint8_t hash[ASKF_HASH_SIZE];
} askf_store_row;

/* Return 0 to continue, non-zero to stop (the scan then returns ASKF_OK). */
typedef int (*askf_store_cb)(const askf_store_row *row, void *ud);

typedef struct askf_store_ops {
    const char *name; /* "sqlite" */
    void (*close)(askf_store *s);
    /* Another connection to the same store that shares s's in-memory state
     * (the SQLite backend's index of unmerged events), for a pool of readers.
     * Callable while s is in use by another thread. */
    askf_status (*open_peer)(askf_store *s, int read_only, askf_store **out, askf_error *err);

    /* Write transactions. begin_write takes the database write lock at once
     * (SQLite: BEGIN IMMEDIATE), so a head read inside it is the real head
     * even when other processes append. commit makes the transaction
     * visible and releases the lock; it is durable only once a later sync()
     * returns. */
    askf_status (*begin_write)(askf_store *s, askf_error *err);
    askf_status (*commit)(askf_store *s, askf_error *err);
    /* Make every transaction committed so far durable (one fsync of the
     * log). Unlike every other op it may run on another thread while the
     * connection is used for the next transaction: that is what lets the
     * next group's transaction overlap this group's fsync. */
    askf_status (*sync)(askf_store *s, askf_error *err);
    void (*rollback)(askf_store *s);
    /* Nested savepoint inside a write transaction (one level is enough). */
    askf_status (*savepoint)(askf_store *s, askf_error *err);
    askf_status (*release)(askf_store *s, askf_error *err);
    void (*rollback_to)(askf_store *s);

    /* Last row: seq (0 if empty), its recorded_at and hash (zeros if empty). */
    askf_status (*head)(askf_store *s, int64_t *seq, askf_time *recorded_at,
                        uint8_t hash[ASKF_HASH_SIZE], askf_error *err);
    /* The row with this id; *found = 0 if none. Slices of *out point into
     * `scratch` (overwritten by the next call with the same buffer). */
    askf_status (*get_by_id)(askf_store *s, askf_slice id, askf_store_row *out, askf_buf *scratch,
                             int *found, askf_error *err);
    /* Insert one row, inside a write transaction. An id already present
     * returns ASKF_ERR_CONFLICT and changes nothing. */
    askf_status (*insert)(askf_store *s, const askf_store_row *row, askf_error *err);
    /* Earliest `at` of an account deletion (a "delete" event without
     * "content") for this user, ASKF_TIME_NONE if none. */
    askf_status (*account_deleted_at)(askf_store *s, askf_slice user, askf_time *at,
                                      askf_error *err);
    /* Every account deletion with seq > after_seq (any order); only seq, at
     * and user of the row are filled. Loads the ledger's in-memory deletion
     * set, so appends never query the store for it. */
    askf_status (*scan_account_deletions)(askf_store *s, int64_t after_seq, askf_store_cb cb,
                                          void *ud, askf_error *err);
    /* A number that changes whenever another connection (this process or
     * another) commits to the store; our own commits leave it unchanged.
     * Read inside a write transaction, an unchanged value means the head,
     * policies and deletions cached since our last commit are still exact. */
    askf_status (*data_version)(askf_store *s, int64_t *version, askf_error *err);

    /* from <= seq <= to, in seq order. */
    askf_status (*scan_seq)(askf_store *s, int64_t from, int64_t to, askf_store_cb cb, void *ud,
                            askf_error *err);
    /* One user's events with seq <= max_seq and at <= max_at, in (at, id) order. */
    askf_status (*scan_user)(askf_store *s, askf_slice user, int64_t max_seq, askf_time max_at,
                             askf_store_cb cb, void *ud, askf_error *err);
    /* One user's events in seq order (history). */
    askf_status (*scan_user_seq)(askf_store *s, askf_slice user, askf_store_cb cb, void *ud,
                                 askf_error *err);
    /* Policy events with seq > after_seq, in seq order. */
    askf_status (*scan_policies)(askf_store *s, int64_t after_seq, askf_store_cb cb, void *ud,
                                 askf_error *err);
    /* Every member event (not policy) with seq <= max_seq and at <= max_at, in
     * (user, at, id) order: the input of the full fold, streamed. */
    askf_status (*scan_members)(askf_store *s, int64_t max_seq, askf_time max_at, askf_store_cb cb,
                                void *ud, askf_error *err);
} askf_store_ops;

/* Every backend's handle starts with this. */
struct askf_store {
    const askf_store_ops *ops;
};

/*
 * Open a store. `uri` is a file path or "sqlite:PATH" for the embedded
 * backend; "postgres://..." / "postgresql://..." are reserved for the
 * PostgreSQL backend (ASKF_ERR_UNSUPPORTED in this build). Without `create`
 * a missing store is ASKF_ERR_NOT_FOUND.
 */
askf_status askf__store_open(const char *uri, int create, int read_only, askf_store **out,
                             askf_error *err);
static inline void askf__store_close(askf_store *s)
{
    if (s)
        s->ops->close(s);
}

/* The SQLite backend (store_sqlite.c). */
askf_status askf__store_sqlite_open(const char *path, int create, int read_only, askf_store **out,
                                    askf_error *err);

/* The SQLite backend starts a merge round once this many events are unmerged
 * (default 65536) and merges at least `slice` index entries per write
 * transaction while a round runs (default 256). Process-wide; for tests. */
void askf__store_sqlite_tuning(size_t every, size_t slice);

/* Schema version this build reads and writes (PRAGMA user_version for SQLite).
 * Version 1 files are upgraded when opened for writing. */
#define ASKF_STORE_SCHEMA_VERSION 2

#endif
