/*
 * askfirst/decide.h - the one decision function. Both the online API and the
 * batch builder call askf_decide(), so the two can never disagree about a
 * member.
 *
 * askf_decide() is pure: no I/O, no clock, no allocation, no global state. It
 * is safe to call from any number of threads at once on shared inputs. It
 * fails closed: missing or malformed facts deny with a reason.
 */
#ifndef ASKFIRST_DECIDE_H
#define ASKFIRST_DECIDE_H

#include "common.h"
#include "policy.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reason codes, in the order askf_decide() checks them. Numbers and names are
 * pinned and never reused. A reason is data, not an error.
 */
#define ASKF_REASON_MAP(X)                                                        \
    X(DELETED, 1, "deleted")                                                      \
    X(UNKNOWN_USER, 2, "unknown_user")                                            \
    X(REGION_UNKNOWN, 3, "region_unknown")                                        \
    X(REGION_EXCLUDED, 4, "region_excluded")                                      \
    X(MINOR, 5, "minor")                                                          \
    X(KIND_EXCLUDED, 6, "kind_excluded")                                          \
    X(RECIPIENT_EXCLUDED, 7, "recipient_excluded")                                \
    X(NOT_USER_INITIATED, 8, "not_user_initiated")                                \
    X(OBJECTED, 9, "objected")                                                    \
    X(RESTRICTED, 10, "restricted")                                               \
    X(CONSENTED, 11, "consented")                                                 \
    X(REFUSED, 12, "refused")                                                     \
    X(STALE_CONSENT, 13, "stale_consent")                                         \
    X(DEFAULT_DENY, 14, "default_deny")                                           \
    X(DEFAULT_ALLOW, 15, "default_allow")                                         \
    X(UNKNOWN_PURPOSE, 16, "unknown_purpose")                                     \
    X(AGE_UNKNOWN, 17, "age_unknown")                                             \
    X(NO_POLICY, 18, "no_policy")

typedef enum askf_reason {
#define ASKF__REASON_ENUM(name, num, text) ASKF_REASON_##name = num,
    ASKF_REASON_MAP(ASKF__REASON_ENUM)
#undef ASKF__REASON_ENUM
} askf_reason;

/* Stable name ("consented"); "invalid" for numbers outside the map. Static storage. */
ASKF_API const char *askf_reason_name(askf_reason r);
/* Reason for a name, 0 when unknown. */
ASKF_API askf_reason askf_reason_from_name(const char *name, size_t len);

typedef enum askf_choice_kind { ASKF_CHOICE_GRANT = 1, ASKF_CHOICE_REFUSE = 2 } askf_choice_kind;
typedef enum askf_objection_kind { ASKF_OBJECT = 1, ASKF_RESTRICT = 2 } askf_objection_kind;
typedef enum askf_objection_state {
    ASKF_OBJECTION_OPEN = 1,
    ASKF_OBJECTION_UPHELD = 2,
    ASKF_OBJECTION_REJECTED = 3
} askf_objection_state;

/* A member's latest explicit choice for one purpose. */
typedef struct askf_choice {
    askf_slice purpose;
    uint8_t choice;                      /* askf_choice_kind */
    uint8_t notice_hash[ASKF_HASH_SIZE]; /* the notice the choice was made under */
    askf_time at;
} askf_choice;

typedef struct askf_objection {
    askf_slice id; /* the objection event's id */
    askf_slice purpose;
    uint8_t kind;  /* askf_objection_kind */
    uint8_t state; /* askf_objection_state */
    askf_time at;
    askf_time resolved_at; /* ASKF_TIME_NONE while open */
} askf_objection;

typedef struct askf_deleted_content {
    askf_slice id;
    askf_time at;
} askf_deleted_content;

/*
 * Everything the decision needs to know about one member at one (seq, time):
 * the fold of the ledger. A plain view: every pointer is borrowed from whoever
 * built it (an askf_member_state from the ledger, or a snapshot) and valid as
 * long as that owner is. `deleted_content` is sorted by id (bytewise) so a
 * decision finds a content id by binary search.
 */
typedef struct askf_member {
    askf_slice user;
    int known;             /* at least one event about this member */
    char region[2];        /* ISO 3166-1 alpha-2, or {0,0} when unknown */
    int32_t birth_days;    /* days since 1970-01-01, INT32_MIN when unknown */
    askf_time deleted_at;  /* account deletion, ASKF_TIME_NONE if none */
    askf_time gpc_at;      /* first Global Privacy Control signal, ASKF_TIME_NONE if none */
    askf_time profile_at;  /* last profile change */
    const askf_choice *choices;
    size_t n_choices;
    const askf_objection *objections;
    size_t n_objections;
    const askf_deleted_content *deleted_content;
    size_t n_deleted_content;
} askf_member;

/*
 * What is being decided beyond "this member, this purpose". NULL / 0 fields
 * mean "not part of the question": a NULL kind skips the content-kind rule, a
 * NULL recipient skips the recipient rule, a NULL content_id skips the
 * content-deletion rule. user_initiated matters only for purposes with
 * user_initiated_only.
 */
typedef struct askf_context {
    const char *recipient;
    size_t recipient_len;
    const char *kind;
    size_t kind_len;
    const char *content_id;
    size_t content_id_len;
    int user_initiated;
} askf_context;

typedef struct askf_decision {
    int allow;          /* 1 allow, 0 deny */
    askf_reason reason;
    askf_time since;    /* when the deciding fact took effect; ASKF_TIME_NONE if it has no time */
} askf_decision;

/*
 * Decide whether `purpose` (from policy `p`, NULL = no policy in force) may
 * process content of member `m` in context `ctx` (NULL = member-level) at time
 * `at`. Pure; never fails; every denial carries a reason.
 */
ASKF_API askf_decision askf_decide(const askf_policy *p, const askf_purpose *purpose,
                                   const askf_member *m, const askf_context *ctx, askf_time at);

/* 1 when two member views say the same thing (user, facts, choices,
 * objections and deleted content, in order), else 0. Pure. For caches that
 * must prove an entry equals a fresh fold, and for tests. */
ASKF_API int askf_member_equal(const askf_member *a, const askf_member *b);

#ifdef __cplusplus
}
#endif
#endif
