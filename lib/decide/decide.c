/*
 * decide.c - the decision function (decide.h). Pure: it reads the policy's
 * precomputed purpose tables and a member view, and nothing else. No I/O, no
 * clock, no allocation, so the online API and the batch builder share it and
 * it runs at tens of millions of calls per second.
 *
 * The order of checks is the documented order of reason codes; the first rule
 * that applies decides. See docs/decisions.md for a worked example per reason.
 */
#include "askfirst/decide.h"
#include "common/slice.h"
#include "common/timeutil.h"

#include <string.h>

const char *askf_reason_name(askf_reason r)
{
    switch (r) {
#define X(name, num, text)                                                                    \
    case ASKF_REASON_##name:                                                                  \
        return text;
        ASKF_REASON_MAP(X)
#undef X
    }
    return "invalid";
}

askf_reason askf_reason_from_name(const char *name, size_t len)
{
#define X(nm, num, text)                                                                      \
    if (len == sizeof(text) - 1 && memcmp(name, text, len) == 0)                              \
        return ASKF_REASON_##nm;
    ASKF_REASON_MAP(X)
#undef X
    return (askf_reason)0;
}

static inline askf_decision verdict(int allow, askf_reason r, askf_time since)
{
    askf_decision d = {allow, r, since};
    return d;
}

static inline int slice_eq(askf_slice s, const char *p, size_t n)
{
    return s.len == n && memcmp(s.ptr, p, n) == 0;
}

/* Binary search in the member's sorted deleted-content list. */
static const askf_deleted_content *find_deleted(const askf_member *m, const char *id, size_t len)
{
    size_t lo = 0, hi = m->n_deleted_content;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        askf_slice s = m->deleted_content[mid].id;
        size_t n = s.len < len ? s.len : len;
        int c = memcmp(s.ptr, id, n);
        if (c == 0)
            c = s.len < len ? -1 : s.len > len ? 1 : 0;
        if (c == 0)
            return &m->deleted_content[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const askf_choice *find_choice(const askf_member *m, const char *pid, size_t plen)
{
    for (size_t i = 0; i < m->n_choices; i++)
        if (slice_eq(m->choices[i].purpose, pid, plen))
            return &m->choices[i];
    return NULL;
}

/* The objection or restriction in force for this purpose, if any. An open
 * objection restricts at once; an upheld one keeps denying; a rejected one
 * has no effect. An objection outranks a restriction. */
static const askf_objection *active_objection(const askf_member *m, const char *pid, size_t plen,
                                              askf_time at)
{
    const askf_objection *found = NULL;
    for (size_t i = 0; i < m->n_objections; i++) {
        const askf_objection *o = &m->objections[i];
        if (o->at > at || !slice_eq(o->purpose, pid, plen))
            continue;
        int rejected = o->state == ASKF_OBJECTION_REJECTED && o->resolved_at <= at;
        if (rejected)
            continue;
        if (!found || (o->kind == ASKF_OBJECT && found->kind != ASKF_OBJECT))
            found = o;
    }
    return found;
}

static askf_decision by_default(const askf_purpose *u, const askf_member *m, askf_reason stale,
                                askf_time since)
{
    int allow = askf_purpose_default_allow(u, m->region);
    if (stale)
        return verdict(allow, stale, since);
    return verdict(allow, allow ? ASKF_REASON_DEFAULT_ALLOW : ASKF_REASON_DEFAULT_DENY, ASKF_TIME_NONE);
}

askf_decision askf_decide(const askf_policy *p, const askf_purpose *u, const askf_member *m,
                          const askf_context *ctx, askf_time at)
{
    if (!p)
        return verdict(0, ASKF_REASON_NO_POLICY, ASKF_TIME_NONE);
    if (!u)
        return verdict(0, ASKF_REASON_UNKNOWN_PURPOSE, ASKF_TIME_NONE);
    if (!m)
        return verdict(0, ASKF_REASON_UNKNOWN_USER, ASKF_TIME_NONE);

    /* 1. Deleted account or deleted content. */
    if (m->deleted_at != ASKF_TIME_NONE && m->deleted_at <= at)
        return verdict(0, ASKF_REASON_DELETED, m->deleted_at);
    if (ctx && ctx->content_id && m->n_deleted_content) {
        const askf_deleted_content *d = find_deleted(m, ctx->content_id, ctx->content_id_len);
        if (d && d->at <= at)
            return verdict(0, ASKF_REASON_DELETED, d->at);
    }
    /* 2. Nothing recorded about this member: fail closed. */
    if (!m->known)
        return verdict(0, ASKF_REASON_UNKNOWN_USER, ASKF_TIME_NONE);

    /* 3. Region. */
    if (!m->region[0])
        return verdict(0, ASKF_REASON_REGION_UNKNOWN, ASKF_TIME_NONE);
    if (askf_purpose_region_excluded(u, m->region))
        return verdict(0, ASKF_REASON_REGION_EXCLUDED, m->profile_at);

    /* 4. Age. */
    unsigned min_age = askf_purpose_min_age(u);
    if (min_age) {
        if (m->birth_days == INT32_MIN)
            return verdict(0, ASKF_REASON_AGE_UNKNOWN, ASKF_TIME_NONE);
        int64_t today = at >= 0 ? at / 86400000000LL : (at + 1) / 86400000000LL - 1;
        if (askf__age_years(m->birth_days, today) < (int)min_age)
            return verdict(0, ASKF_REASON_MINOR, m->profile_at);
    }

    /* 5-7. What is asked for: content kind, recipient, who started it. */
    if (ctx && ctx->kind && !askf_purpose_has_kind(u, ctx->kind, ctx->kind_len))
        return verdict(0, ASKF_REASON_KIND_EXCLUDED, ASKF_TIME_NONE);
    if (ctx && ctx->recipient && !askf_purpose_has_recipient(u, ctx->recipient, ctx->recipient_len))
        return verdict(0, ASKF_REASON_RECIPIENT_EXCLUDED, ASKF_TIME_NONE);
    if (askf_purpose_user_initiated_only(u) && !(ctx && ctx->user_initiated))
        return verdict(0, ASKF_REASON_NOT_USER_INITIATED, ASKF_TIME_NONE);

    const char *pid = askf_purpose_id(u);
    size_t plen = strlen(pid);

    /* 8. Objections and restrictions. */
    if (askf_purpose_objectable(u)) {
        const askf_objection *o = active_objection(m, pid, plen, at);
        if (o)
            return verdict(0, o->kind == ASKF_OBJECT ? ASKF_REASON_OBJECTED : ASKF_REASON_RESTRICTED,
                           o->at);
    }

    /* 9. The member's own choice; a GPC signal is a refusal for purposes that
     * share with affiliates or third parties. The later of the two wins; on a
     * tie the refusal wins. */
    if (askf_purpose_choosable(u)) {
        const askf_choice *c = find_choice(m, pid, plen);
        if (c && c->at > at)
            c = NULL;
        int gpc = m->gpc_at != ASKF_TIME_NONE && m->gpc_at <= at && askf_purpose_shares(u);
        if (gpc && (!c || m->gpc_at >= c->at))
            return verdict(0, ASKF_REASON_REFUSED, m->gpc_at);
        if (c && c->choice == ASKF_CHOICE_REFUSE)
            return verdict(0, ASKF_REASON_REFUSED, c->at);
        if (c && c->choice == ASKF_CHOICE_GRANT) {
            if (memcmp(c->notice_hash, askf_purpose_notice_hash(u), ASKF_HASH_SIZE) == 0)
                return verdict(1, ASKF_REASON_CONSENTED, c->at);
            return by_default(u, m, ASKF_REASON_STALE_CONSENT, c->at);
        }
    }

    /* 10. No valid choice: the purpose's default for the member's region. */
    return by_default(u, m, (askf_reason)0, ASKF_TIME_NONE);
}

static int choice_equal(const askf_choice *x, const askf_choice *y)
{
    return askf__slice_eq(x->purpose, y->purpose) && x->choice == y->choice && x->at == y->at &&
           memcmp(x->notice_hash, y->notice_hash, ASKF_HASH_SIZE) == 0;
}

static int objection_equal(const askf_objection *x, const askf_objection *y)
{
    return askf__slice_eq(x->id, y->id) && askf__slice_eq(x->purpose, y->purpose) &&
           x->kind == y->kind && x->state == y->state && x->at == y->at &&
           x->resolved_at == y->resolved_at;
}

int askf_member_equal(const askf_member *a, const askf_member *b)
{
    if (!askf__slice_eq(a->user, b->user) || a->known != b->known ||
        memcmp(a->region, b->region, 2) || a->birth_days != b->birth_days ||
        a->deleted_at != b->deleted_at || a->gpc_at != b->gpc_at ||
        a->profile_at != b->profile_at || a->n_choices != b->n_choices ||
        a->n_objections != b->n_objections || a->n_deleted_content != b->n_deleted_content)
        return 0;
    for (size_t i = 0; i < a->n_choices; i++)
        if (!choice_equal(&a->choices[i], &b->choices[i]))
            return 0;
    for (size_t i = 0; i < a->n_objections; i++)
        if (!objection_equal(&a->objections[i], &b->objections[i]))
            return 0;
    for (size_t i = 0; i < a->n_deleted_content; i++)
        if (!askf__slice_eq(a->deleted_content[i].id, b->deleted_content[i].id) ||
            a->deleted_content[i].at != b->deleted_content[i].at)
            return 0;
    return 1;
}
