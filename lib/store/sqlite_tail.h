/*
 * sqlite_tail.h - the SQLite ledger's unindexed tail, indexed in memory.
 *
 * Appends go to the events table only (sequential rowid pages); the two
 * random-keyed indexes (event id, and member + time) are brought up to date
 * in merge rounds of sorted slices (store_sqlite.c). Events above the merge
 * mark (merged.upto, which a round moves only when it ends) form the tail.
 * This structure finds them by id and by member, so that idempotency checks
 * and member reads never scan the table.
 *
 * One tail is shared by every connection of a ledger handle in a process
 * (askf_store_ops.open_peer) and guarded by its read-write lock: a reader
 * takes it shared to look up, and exclusively to load rows other processes
 * appended or to drop merged entries; the write connection takes it
 * exclusively to add the rows of its transaction (which are undone on
 * rollback by truncating back to a mark).
 *
 * Entries hold seqs in increasing order, so the merged part is a prefix and
 * uncommitted rows (only ever the write connection's) are a suffix.
 */
#ifndef ASKF_SQLITE_TAIL_H
#define ASKF_SQLITE_TAIL_H

#include "askfirst/common.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

typedef struct askf__tail_ent {
    int64_t seq;
    askf_time at;
    uint32_t id_off, id_len;     /* in the arena */
    uint32_t user_off, user_len; /* in the arena */
    uint32_t id_hash, user_hash;
    uint32_t next_id, next_user; /* older entry in the same bucket + 1; 0 = none */
} askf__tail_ent;

typedef struct askf__tail {
    pthread_rwlock_t lock;
    pthread_mutex_t ref_mu;
    int refs;
    int loaded;   /* base and top are known */
    int64_t base; /* every entry has seq > base; rows <= base are merged */
    int64_t top;  /* rows base < seq <= top are all here (top = base if none) */
    askf__tail_ent *v;
    size_t n, cap;
    char *arena;
    size_t alen, acap;
    uint32_t *id_b, *user_b; /* bucket heads: entry index + 1; 0 = empty */
    size_t nb;               /* buckets, a power of two (0 before the first add) */
} askf__tail;

/* A new tail with one reference; NULL when out of memory. */
askf__tail *askf__tail_new(void);
void askf__tail_ref(askf__tail *t);
/* Drop a reference; frees the tail with the last one. Accepts NULL. */
void askf__tail_unref(askf__tail *t);

/* The functions below require the caller to hold t->lock: exclusively for
 * those that change the tail, at least shared for lookups. */

/* Room for one more entry with `bytes` of id and user, so that the next
 * askf__tail_add() of at most that size cannot fail. 0 or -1 (no memory). */
int askf__tail_reserve(askf__tail *t, size_t bytes);
/* Append the row with this seq (greater than every entry's). 0, or -1 when
 * out of memory (the tail is unchanged). */
int askf__tail_add(askf__tail *t, int64_t seq, askf_time at, askf_slice id, askf_slice user);
/* Remove the newest entries so that `n` remain. */
void askf__tail_truncate(askf__tail *t, size_t n);
/* Forget every entry with seq <= upto and set base = upto (top too, if it
 * was lower). 0, or -1 when out of memory (the tail is then emptied and
 * marked not loaded, so the next user reloads it). */
int askf__tail_prune(askf__tail *t, int64_t upto);
/* Seq of the entry with this id and lo < seq <= hi; 0 if none. */
int64_t askf__tail_find_id(const askf__tail *t, askf_slice id, int64_t lo, int64_t hi);
/* Append to out[] the seqs (lo, hi] of this member's entries, newest first.
 * 0, or -1 when out[] cannot grow. *out is an askf__realloc'd array the
 * caller frees; *n and *cap are its length and capacity. */
int askf__tail_user_seqs(const askf__tail *t, askf_slice user, int64_t lo, int64_t hi,
                         int64_t **out, size_t *n, size_t *cap);

#endif
