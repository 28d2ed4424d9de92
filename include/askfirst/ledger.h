/*
 * askfirst/ledger.h - the consent ledger: every consent choice, objection,
 * profile fact, GPC signal, deletion and policy publication, append-only,
 * durable, hash-chained; and the fold of those events into member state.
 *
 * Thread safety: an askf_ledger handle may be shared by any number of threads.
 * Concurrent appends are batched into one transaction and one fsync (group
 * commit); each append returns only once its events are durable. Objects
 * returned by the ledger (member states, folds) are owned by the caller, are
 * immutable, and may be read from any thread.
 *
 * Storage is reached through a backend (see docs/architecture.md): the
 * embedded default is one SQLite file.
 */
#ifndef ASKFIRST_LEDGER_H
#define ASKFIRST_LEDGER_H

#include "common.h"
#include "decide.h"
#include "policy.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct askf_ledger askf_ledger;
typedef struct askf_member_state askf_member_state;
typedef struct askf_fold askf_fold;

/* Default location of the embedded store when neither --ledger nor
 * ASKFIRST_LEDGER says otherwise. */
#define ASKF_LEDGER_DEFAULT "askfirst.db"

typedef struct askf_ledger_opts {
    const char *uri; /* a file path (SQLite); borrowed for the call */
    int create;      /* create the store if it does not exist */
    int read_only;   /* open without write access */
} askf_ledger_opts;

ASKF_API askf_status askf_ledger_open(const askf_ledger_opts *o, askf_ledger **out,
                                      askf_error *err);
ASKF_API void askf_ledger_close(askf_ledger *l);

typedef struct askf_append_result {
    int64_t seq;                    /* ledger position assigned (or already held) */
    int duplicate;                  /* 1: same id and body were already recorded */
    uint8_t hash[ASKF_HASH_SIZE];   /* chain hash of the event */
} askf_append_result;

/* All or nothing: if any event of the batch is rejected, none is stored. */
#define ASKF_APPEND_ATOMIC 1u

/*
 * Append `n` events, each one JSON object (see docs/formats.md). Events are
 * validated against the policy in force at their `at`; `now` is the clock used
 * for the "not more than 5 minutes in the future" rule.
 *
 * results and errors are arrays of n owned by the caller (either may be NULL).
 * errors[i].status is ASKF_OK for stored or duplicate events. Without
 * ASKF_APPEND_ATOMIC every valid event is stored and the call returns
 * ASKF_ERR_REJECTED if some were not; with it, a single rejected event makes
 * the call store nothing (the others get ASKF_ERR_ABORTED). A storage failure
 * returns its status and stores nothing of the batch.
 */
ASKF_API askf_status askf_ledger_append(askf_ledger *l, const askf_slice *events, size_t n,
                                        unsigned flags, askf_time now,
                                        askf_append_result *results, askf_error *errors);

/*
 * Record a policy publication: validates `text` as a policy, and appends a
 * "policy" event holding the full text and its hash, in force from
 * `effective` (ASKF_TIME_NONE = now). Publishing the same text with the same
 * effective time again is a no-op.
 */
ASKF_API askf_status askf_ledger_publish_policy(askf_ledger *l, const char *text, size_t len,
                                                const char *source, askf_time effective,
                                                askf_time now, askf_append_result *result,
                                                askf_error *err);

/*
 * The policy in force at time t considering events with seq <= seq (0 = whole
 * ledger). *out is owned by the ledger and valid until askf_ledger_close().
 * ASKF_ERR_NO_POLICY if none was in force.
 */
ASKF_API askf_status askf_ledger_policy_at(askf_ledger *l, int64_t seq, askf_time t,
                                           const askf_policy **out);

/*
 * Whether appends through this handle can proceed: ASKF_OK; ASKF_ERR_INVALID
 * for a read-only handle; ASKF_ERR_IO once an fsync of the store failed. After
 * a failed fsync the handle refuses every append, and what it reads may hold
 * events that were never made durable (the kernel may have dropped the failed
 * pages): a long-running caller should stop answering from it and reopen.
 */
ASKF_API askf_status askf_ledger_writable(const askf_ledger *l);

/* The current head: last seq (0 for an empty ledger) and its chain hash. */
ASKF_API askf_status askf_ledger_head(askf_ledger *l, int64_t *seq,
                                      uint8_t hash[ASKF_HASH_SIZE]);

/*
 * Fold one member's events with seq <= seq (0 = whole ledger) and at <= t, in
 * `at` order, ties broken by event id (bytewise). *out is owned by the caller.
 * A member without events folds to known = 0 (not an error).
 */
ASKF_API askf_status askf_ledger_member(askf_ledger *l, const char *user, size_t user_len,
                                        int64_t seq, askf_time t, askf_member_state **out,
                                        askf_error *err);
/* The view inside a state; valid until askf_member_state_free(). */
ASKF_API const askf_member *askf_member_state_view(const askf_member_state *s);
ASKF_API void askf_member_state_free(askf_member_state *s);

/* Fold every member at (seq, t). */
ASKF_API askf_status askf_ledger_fold(askf_ledger *l, int64_t seq, askf_time t,
                                      askf_fold **out, askf_error *err);
ASKF_API size_t askf_fold_count(const askf_fold *f);
/* Members are ordered by user id (bytewise). Valid until askf_fold_free(). */
ASKF_API const askf_member *askf_fold_member(const askf_fold *f, size_t i);
ASKF_API const askf_member *askf_fold_find(const askf_fold *f, const char *user, size_t len);
/* The (seq, t) the fold was taken at; seq resolved to the actual head used. */
ASKF_API int64_t askf_fold_seq(const askf_fold *f);
ASKF_API askf_time askf_fold_time(const askf_fold *f);
ASKF_API void askf_fold_free(askf_fold *f);

/* One stored event, as handed to callbacks. Every pointer is valid only
 * during the callback. */
typedef struct askf_event_view {
    int64_t seq;
    askf_time recorded_at;
    askf_time at;
    askf_slice id;
    askf_slice type;
    askf_slice user;  /* empty for policy events */
    askf_slice body;  /* canonical JSON of the event, as hashed */
    const uint8_t *hash; /* ASKF_HASH_SIZE bytes */
} askf_event_view;

/* Return 0 to continue, non-zero to stop early (the call then returns ASKF_OK). */
typedef int (*askf_event_cb)(const askf_event_view *ev, void *ud);

/* Every event about one member, in seq order. */
ASKF_API askf_status askf_ledger_history(askf_ledger *l, const char *user, size_t user_len,
                                         askf_event_cb cb, void *ud, askf_error *err);
/* Events with from_seq <= seq <= to_seq (to_seq 0 = head), in seq order. */
ASKF_API askf_status askf_ledger_scan(askf_ledger *l, int64_t from_seq, int64_t to_seq,
                                      askf_event_cb cb, void *ud, askf_error *err);

/*
 * Recompute the hash chain from the first event. On a mismatch returns
 * ASKF_ERR_CORRUPT with *bad_seq the first bad position and err naming it.
 */
ASKF_API askf_status askf_ledger_verify(askf_ledger *l, int64_t *bad_seq, askf_error *err);

typedef struct askf_ledger_stats {
    uint64_t events_appended; /* new events made durable by this handle */
    uint64_t commits;         /* transactions (= fsync batches) */
} askf_ledger_stats;
ASKF_API void askf_ledger_get_stats(askf_ledger *l, askf_ledger_stats *out);

#ifdef __cplusplus
}
#endif
#endif
