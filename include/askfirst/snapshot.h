/*
 * askfirst/snapshot.h - the fold of the ledger at one (seq S, time T), written
 * as one compact, versioned, checksummed file (docs/formats.md, "Snapshot")
 * that any number of threads and processes map read-only and share. Builds
 * read consent from a snapshot instead of the ledger, so a batch job sees one
 * frozen, reproducible state: the same (S, T) gives a byte-identical file.
 *
 * Usage:
 *
 *   askf_snapshot_write_ledger(l, seq, t, "consent.snap", &info, &err);   -- once
 *   askf_snapshot *s;          askf_snapshot_open("consent.snap", 0, &s, &err);
 *   askf_snapshot_scratch *sc; askf_snapshot_scratch_new(&sc);        -- per thread
 *   const askf_member *m;      askf_snapshot_lookup(s, sc, "u1", 2, &m);
 *   askf_decide(policy, purpose, m, &ctx, askf_snapshot_info(s)->t);
 *
 * Thread safety: an open askf_snapshot is immutable and may be shared by any
 * number of threads. An askf_snapshot_scratch belongs to one thread at a time.
 */
#ifndef ASKFIRST_SNAPSHOT_H
#define ASKFIRST_SNAPSHOT_H

#include "common.h"
#include "decide.h"
#include "ledger.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ASKF_SNAPSHOT_VERSION 1

typedef struct askf_snapshot askf_snapshot;
typedef struct askf_snapshot_scratch askf_snapshot_scratch;

/* What a snapshot holds; read from its header. */
typedef struct askf_snapshot_info {
    uint32_t version;
    int64_t seq;                          /* ledger position S the fold includes */
    askf_time t;                          /* effective time T of the fold */
    uint8_t head_hash[ASKF_HASH_SIZE];    /* chain hash of the event at S (zeros if S = 0) */
    uint8_t body_sha256[ASKF_HASH_SIZE];  /* SHA-256 of every byte after the header */
    uint64_t file_bytes;
    uint64_t members, choices, objections, deleted_content, purposes, notices;
    uint64_t policy_bytes;                /* 0: no policy was in force at (S, T) */
} askf_snapshot_info;

/* Inputs of askf_snapshot_write(); everything is borrowed for the call. */
typedef struct askf_snapshot_src {
    const askf_fold *fold;       /* members in user order (askf_ledger_fold) */
    int64_t seq;                 /* S as resolved (askf_fold_seq) */
    askf_time t;                 /* T */
    const uint8_t *head_hash;    /* ASKF_HASH_SIZE bytes, or NULL for zeros */
    const char *policy_text;     /* policy in force at (S, T), or NULL */
    size_t policy_len;
} askf_snapshot_src;

/*
 * Write `src` to `path` atomically (a temporary file in the same directory,
 * fsync, rename): a reader never sees a half-written snapshot. *info (may be
 * NULL) receives the header written. ERR_LIMIT if a section outgrows the
 * format's 32-bit offsets (more than 4 GiB of ids or strings).
 */
ASKF_API askf_status askf_snapshot_write(const askf_snapshot_src *src, const char *path,
                                         askf_snapshot_info *info, askf_error *err);

/* Fold the ledger at (seq, t) (seq 0 = head) and write it as above, with the
 * chain hash of the event at S and the policy in force at (S, t). */
ASKF_API askf_status askf_snapshot_write_ledger(askf_ledger *l, int64_t seq, askf_time t,
                                                const char *path, askf_snapshot_info *info,
                                                askf_error *err);

/* Also check the body checksum while opening (reads the whole file). */
#define ASKF_SNAPSHOT_VERIFY 1u

/*
 * Map `path` read-only and validate its header: magic, version, header
 * checksum, and that every section lies inside the file, is aligned and has
 * the size its counts imply. This reads only the header and the small purpose
 * table, so it takes the same time for 10 members as for 10 million; the body
 * checksum is checked only with ASKF_SNAPSHOT_VERIFY or askf_snapshot_verify().
 * Without it, lookups still bounds-check every offset they follow, so a
 * corrupt body yields ERR_CORRUPT, never a read outside the mapping.
 * ERR_IO: cannot open or map; ERR_CORRUPT: not a valid snapshot (err says why);
 * ERR_UNSUPPORTED: a newer format version.
 */
ASKF_API askf_status askf_snapshot_open(const char *path, unsigned flags, askf_snapshot **out,
                                        askf_error *err);
ASKF_API void askf_snapshot_close(askf_snapshot *s);

/* The header facts; owned by the snapshot, valid until close. */
ASKF_API const askf_snapshot_info *askf_snapshot_get_info(const askf_snapshot *s);

/*
 * Hash the whole body and compare with the header (ERR_CORRUPT on mismatch).
 * file_sha256 (may be NULL) receives the SHA-256 of the entire file, the
 * value a manifest records and `sha256sum` prints.
 */
ASKF_API askf_status askf_snapshot_verify(const askf_snapshot *s,
                                          uint8_t file_sha256[ASKF_HASH_SIZE], askf_error *err);

/* The policy text in force at (S, T), as published; {NULL, 0} if none. Points
 * into the mapping; valid until close. */
ASKF_API askf_slice askf_snapshot_policy_text(const askf_snapshot *s);

ASKF_API askf_status askf_snapshot_scratch_new(askf_snapshot_scratch **out);
ASKF_API void askf_snapshot_scratch_free(askf_snapshot_scratch *sc);

/*
 * Find a member by user id (binary search over the sorted id table). On
 * ASKF_OK *out is a view owned by `sc`, valid until sc's next use or the
 * snapshot's close; its slices point into the mapping (zero-copy), its small
 * choice/objection/deletion arrays live in sc (grown, never per call, once sc
 * has seen the largest member). ERR_NOT_FOUND (*out NULL): no events about
 * this member at (S, T); pass NULL to askf_decide() to get unknown_user.
 * ERR_CORRUPT: an offset in the file points outside its section.
 */
ASKF_API askf_status askf_snapshot_lookup(const askf_snapshot *s, askf_snapshot_scratch *sc,
                                          const char *user, size_t len, const askf_member **out);
/* Member by position in user order (0 <= i < members). */
ASKF_API askf_status askf_snapshot_member(const askf_snapshot *s, askf_snapshot_scratch *sc,
                                          uint64_t i, const askf_member **out);

#ifdef __cplusplus
}
#endif
#endif
