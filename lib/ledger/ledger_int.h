/*
 * ledger_int.h - shared by the ledger's own files: the parsed form of one
 * event (event.c), the canonical body, and the member-state builder used by
 * both the one-member fold and the full fold (fold.c). ledger.c holds the
 * handle, the policy cache and group commit.
 */
#ifndef ASKF_LEDGER_INT_H
#define ASKF_LEDGER_INT_H

#include "askfirst/ledger.h"
#include "common/buf.h"
#include "common/json.h"

enum {
    ASKF__EV_CONSENT = 1,
    ASKF__EV_PROFILE,
    ASKF__EV_OBJECTION,
    ASKF__EV_OBJECTION_RESOLVED,
    ASKF__EV_DELETE,
    ASKF__EV_GPC,
    ASKF__EV_POLICY
};

/* Longest id (event, user, content, objection reference, purpose) in bytes. */
#define ASKF__ID_MAX 128
/* Longest free-text `reason`. */
#define ASKF__REASON_MAX 4096
/* How far `at` may lie after `now`. */
#define ASKF__FUTURE_SLACK ((askf_time)5 * 60 * 1000000)

/* One event, parsed and checked for shape (not yet against the ledger or the
 * policy). Slices point into the source text or the `strings` buffer given to
 * askf__event_parse(). */
typedef struct askf__event {
    int type;
    askf_time at;
    askf_slice id, user, purpose, objection, content, reason, source;
    askf_slice name, version, text; /* policy */
    uint8_t choice;                 /* askf_choice_kind */
    uint8_t kind;                   /* askf_objection_kind */
    uint8_t outcome;                /* ASKF_OBJECTION_UPHELD / _REJECTED */
    uint8_t has_notice, has_region, has_birth;
    char region[2];
    int32_t birth_days;
    uint8_t notice[ASKF_HASH_SIZE];
    uint8_t policy_hash[ASKF_HASH_SIZE];
} askf__event;

#define ASKF__PARSE_ALLOW_POLICY 1u

/* Name of an event type ("consent"), "?" when out of range. */
const char *askf__event_type_name(int type);

/*
 * Parse one event. Decoded copies of escaped strings are appended to
 * `strings` after reserving len + 1 bytes once; a caller that reserved room
 * for several events up front keeps every slice valid until it resets it. `j` is a reusable parser.
 * On error `err` names the field.
 */
askf_status askf__event_parse(askf_json *j, const char *src, size_t len, unsigned flags,
                              askf__event *ev, askf_buf *strings, askf_error *err);

/* Append the canonical body (docs/formats.md) of ev to out. */
void askf__event_canon(const askf__event *ev, askf_buf *out);

/* Chain hash: SHA-256(prev || seq BE64 || recorded_at BE64 || body). A
 * chainer holds a reusable libcrypto context; it is used by one thread at a
 * time (the leader, or one verify). NULL hashes with libsodium. */
typedef struct askf__chainer askf__chainer;
askf__chainer *askf__chainer_new(void);
void askf__chainer_free(askf__chainer *c);
void askf__chain_hash(askf__chainer *c, const uint8_t prev[ASKF_HASH_SIZE], int64_t seq,
                      askf_time recorded_at, const char *body, size_t len,
                      uint8_t out[ASKF_HASH_SIZE]);

/* --- member-state builder (fold.c) -------------------------------------- */

typedef struct askf__fold_builder askf__fold_builder;

askf__fold_builder *askf__fold_builder_new(void);
void askf__fold_builder_free(askf__fold_builder *b);
/* Start a new member (copies user). */
int askf__fold_builder_reset(askf__fold_builder *b, askf_slice user);
/* Whether `user` differs from the member being built. */
int askf__fold_builder_user_differs(const askf__fold_builder *b, askf_slice user);
/* Apply one event in fold order. 0, or -1 when memory ran out. */
int askf__fold_builder_apply(askf__fold_builder *b, const askf__event *ev);

/* The full-fold result and the one-member state. */
askf_status askf__member_state_build(askf__fold_builder *b, askf_member_state **out);
askf_fold *askf__fold_new(int64_t seq, askf_time t);
/* Append the builder's member to the fold (members must come in user order). */
int askf__fold_add(askf_fold *f, askf__fold_builder *b);

#endif
