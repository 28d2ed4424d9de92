/*
 * ledger.c - the ledger handle: opening the store, the policy cache, durable
 * group commit, the hash chain, verification, and the read paths (member
 * fold, full fold, history, scan).
 *
 * Group commit: an appending thread first parses and shape-checks its own
 * events (event.c), then queues its batch. Whoever finds no leader becomes
 * the leader, takes every queued batch, and runs one write transaction: for
 * each batch a SAVEPOINT, each event validated against the policy and the
 * ledger (from the leader's in-memory cache of head, policies and account
 * deletions, refreshed only when another connection committed), given the
 * next seq and chain hash and inserted; a batch that must not be stored
 * (atomic with a rejected event, or hit by a storage error) is rolled back to
 * its savepoint without touching the others. After COMMIT the leader role is
 * free at once; an appending thread in the syncer role (no dedicated threads)
 * fdatasyncs the WAL, making the group durable while the next group is built,
 * and only then are its callers acknowledged
 * (submit(), docs/formats.md "SQLite schema").
 *
 * Reads use a small pool of read connections, so a callback may call back
 * into the ledger and readers never wait for the writer (SQLite WAL).
 */
#include "ledger_int.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/hash.h"
#include "store/store.h"

#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct pol_entry {
    int64_t seq;
    askf_time at;
    char *id;
    askf_policy *p;
} pol_entry;

typedef struct pol_list {
    pol_entry *v;
    size_t n, cap;
} pol_list;

typedef struct chain {
    int64_t seq;
    askf_time recorded_at;
    uint8_t hash[ASKF_HASH_SIZE];
} chain;

/*
 * The account-deletion set: user -> earliest `at` of an account deletion.
 * Checked for every appended event, so it lives in memory (open addressing,
 * linear probing); loaded from the store by the leader and kept current by
 * it. Changes made inside a transaction are logged so a rolled-back batch or
 * group can undo them.
 */
typedef struct del_slot {
    char *user; /* owned; NULL = empty slot */
    size_t len;
    uint64_t h;
    askf_time at; /* ASKF_TIME_NONE: inserted by a batch that was rolled back */
} del_slot;

typedef struct del_undo {
    const char *user; /* the slot's key: keys never move or leave the table */
    size_t len;
    uint64_t h;
    askf_time old;
} del_undo;

typedef struct delset {
    del_slot *v;
    size_t cap, n; /* cap is 0 or a power of two */
    del_undo *undo;
    size_t n_undo, cap_undo;
    char *spare; /* a key copied before the INSERT, so noting it cannot fail */
    size_t spare_len;
} delset;

static void del_free(delset *d);

#define ASKF__READERS_MAX 256

/* One queued append (a caller's batch). Owned by the caller's stack frame. */
typedef struct req {
    size_t n;
    unsigned flags;
    askf__event *ev;
    askf_status *st;         /* per event */
    askf_append_result *res; /* per event, internal */
    askf_error *errors;      /* caller's, may be NULL */
    askf_policy *policy;     /* publish: the parsed policy, handed to the cache on commit */
    askf_slice *canon;       /* per event: body encoded by the caller; ptr NULL if none */
    size_t canon_gen;        /* policies cached when the bound ones were encoded */
    size_t inserted;         /* events newly stored */
    askf_status status;      /* batch-level outcome */
    int taken;               /* in a group being run */
    uint64_t group;          /* number of the committed group it belongs to; 0 before */
    /* This batch's thread sleeps on its own futex word (not on q_mu), so an
     * acknowledgement is one FUTEX_WAKE that never makes the woken thread
     * contend for a lock; acknowledgements are sent after q_mu is released.
     * WAKE_DONE: results are final, the thread may return. WAKE_POKE: look at
     * the roles again, one may be free. */
    atomic_uint wake;
    struct req *next;  /* in the queue, then in its group */
    struct req *wnext; /* in the list of committed batches awaiting the fsync */
} req;

struct askf_ledger {
    char *uri;
    int read_only;
    askf_store *w;  /* write connection: used only by the group-commit leader */
    askf_store *ro; /* read-only handle: the first reader, and the one peers are opened from */
    int ro_lent;    /* ro is in use by a reader (guarded by pool_mu) */

    /* Idle read connections. Opening one costs a file open and SQLite's
     * mmap set-up, so the pool keeps as many as were ever busy at once, up
     * to ASKF__READERS_MAX (a server thread pool plus nested callbacks). */
    pthread_mutex_t pool_mu;
    askf_store *idle[ASKF__READERS_MAX];
    size_t n_idle;

    /* Group commit (see submit()). Everything below is guarded by q_mu. */
    pthread_mutex_t q_mu;
    atomic_int broken;    /* an fsync failed: refuse further appends */
    req *q_head, *q_tail; /* queued, not yet taken by a leader */
    int leader;           /* a thread is running a group's transaction */
    int syncing;          /* threads running the fsync loop (at most ASKF__SYNCERS) */
    int uncovered;        /* a committed group waits for an fsync not yet started */
    uint64_t committed;   /* groups committed so far (numbers 1..committed) */
    uint64_t counted;     /* last group counted in the stats */
    req *w_head, *w_tail; /* committed batches awaiting durability, in commit order */
    uint64_t events_appended, commits;

    pthread_mutex_t pol_mu;
    pol_list pols;   /* committed policy events, any order */
    int64_t pol_seq; /* every policy event with seq <= pol_seq is in pols */

    /* Leader-only scratch. */
    size_t group_gen;   /* policies cached when the current group began */
    pol_list pending; /* policies inserted by the current group (borrowed) */
    askf_buf canon, scratch;
    askf_json json;
    askf__chainer *chainer; /* NULL after an allocation failure: libsodium hashes */

    /* What the leader knows of the store between groups, valid while the
     * store's data_version is unchanged (no other connection committed). */
    int cache_valid;
    int64_t data_version;
    chain head;  /* seq, recorded_at and hash of the last event */
    delset dels; /* account deletions with seq <= dels_seq */
    int64_t dels_seq;
};

static askf_error *E(const req *r, size_t i)
{
    return r->errors ? &r->errors[i] : NULL;
}

/* --- connections --------------------------------------------------------- */

static askf_status reader_get(askf_ledger *l, askf_store **out, askf_error *err)
{
    *out = NULL;
    pthread_mutex_lock(&l->pool_mu);
    if (l->n_idle) {
        *out = l->idle[--l->n_idle];
    } else if (l->ro && !l->ro_lent) {
        /* The connection the open checked the file with: no idle second one. */
        *out = l->ro;
        l->ro_lent = 1;
    }
    pthread_mutex_unlock(&l->pool_mu);
    if (*out)
        return ASKF_OK;
    /* Peers share the store's in-memory state (its index of unmerged events). */
    askf_store *base = l->w ? l->w : l->ro;
    return base->ops->open_peer(base, l->read_only, out, err);
}

static void reader_put(askf_ledger *l, askf_store *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&l->pool_mu);
    if (s == l->ro) {
        l->ro_lent = 0; /* not pooled: it lives until askf_ledger_close */
        s = NULL;
    } else if (l->n_idle < sizeof l->idle / sizeof *l->idle) {
        l->idle[l->n_idle++] = s;
        s = NULL;
    }
    pthread_mutex_unlock(&l->pool_mu);
    askf__store_close(s);
}

/* --- policy cache -------------------------------------------------------- */

static int pol_push(pol_list *pl, int64_t seq, askf_time at, char *id, askf_policy *p)
{
    if (askf__grow((void **)&pl->v, &pl->cap, pl->n, sizeof *pl->v, 8) != 0)
        return -1;
    pl->v[pl->n++] = (pol_entry){seq, at, id, p};
    return 0;
}

static int id_cmp(const char *a, const char *b)
{
    return strcmp(a, b);
}

/* Latest (at, id) with at <= t and seq <= max_seq over the given lists. */
static const pol_entry *pol_find(const pol_list *a, const pol_list *b, int64_t max_seq, askf_time t)
{
    const pol_entry *best = NULL;
    const pol_list *lists[2] = {a, b};
    for (int k = 0; k < 2; k++) {
        if (!lists[k])
            continue;
        for (size_t i = 0; i < lists[k]->n; i++) {
            const pol_entry *e = &lists[k]->v[i];
            if (e->at > t || (max_seq > 0 && e->seq > max_seq))
                continue;
            if (!best || e->at > best->at || (e->at == best->at && id_cmp(e->id, best->id) > 0))
                best = e;
        }
    }
    return best;
}

typedef struct refresh_ctx {
    askf_ledger *l;
    askf_json json;
    askf_buf strings;
    askf_status st;
    askf_error *err;
} refresh_ctx;

static int refresh_row(const askf_store_row *row, void *ud)
{
    refresh_ctx *c = ud;
    askf__event ev;
    askf_policy *p = NULL;
    char *id = NULL;
    askf__buf_reset(&c->strings);
    askf_error e;
    if (askf__event_parse(&c->json, row->body.ptr, row->body.len, ASKF__PARSE_ALLOW_POLICY, &ev,
                          &c->strings, &e) != ASKF_OK) {
        c->st =
            askf__err(c->err, ASKF_ERR_CORRUPT, 0, 0, NULL,
                      "policy event at seq %lld does not parse: %s", (long long)row->seq, e.msg);
        return 1;
    }
    askf_status st = askf_policy_load(ev.text.ptr, ev.text.len, "<ledger>", &p, &e);
    if (st != ASKF_OK) {
        c->st = askf__err(c->err, st == ASKF_ERR_NOMEM ? st : ASKF_ERR_CORRUPT, 0, 0, NULL,
                          "policy event at seq %lld does not load: %s", (long long)row->seq, e.msg);
        return 1;
    }
    id = askf__strndup(row->id.ptr, row->id.len);
    if (!id || pol_push(&c->l->pols, row->seq, row->at, id, p) != 0) {
        askf__free(id);
        askf_policy_free(p);
        c->st = askf__err(c->err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory caching a policy");
        return 1;
    }
    c->l->pol_seq = row->seq;
    return 0;
}

/* Load policy events newer than the cache. Caller holds pol_mu. */
static askf_status pol_refresh(askf_ledger *l, askf_store *s, askf_error *err)
{
    refresh_ctx c = {.l = l, .st = ASKF_OK, .err = err};
    askf__json_init(&c.json);
    askf__buf_init(&c.strings);
    askf_status st = s->ops->scan_policies(s, l->pol_seq, refresh_row, &c, err);
    if (st == ASKF_OK)
        st = c.st;
    askf__json_free(&c.json);
    askf__buf_free(&c.strings);
    return st;
}

askf_status askf_ledger_policy_at(askf_ledger *l, int64_t seq, askf_time t, const askf_policy **out)
{
    askf_store *r = NULL;
    *out = NULL;
    if (!l)
        return ASKF_ERR_INVALID;
    askf_status st = reader_get(l, &r, NULL);
    if (st != ASKF_OK)
        return st;
    pthread_mutex_lock(&l->pol_mu);
    st = pol_refresh(l, r, NULL);
    if (st == ASKF_OK) {
        const pol_entry *e = pol_find(&l->pols, NULL, seq, t);
        if (e)
            *out = e->p;
        else
            st = ASKF_ERR_NO_POLICY;
    }
    pthread_mutex_unlock(&l->pol_mu);
    reader_put(l, r);
    return st;
}

/* --- open / close -------------------------------------------------------- */

askf_status askf_ledger_open(const askf_ledger_opts *o, askf_ledger **out, askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_ledger *l = NULL;
    *out = NULL;
    askf__err_clear(err);
    if (!o || !o->uri)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, "uri", "no ledger location given");
    if (askf__crypto_init() != 0)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "the hashing library failed to start");
    l = askf__calloc(1, sizeof *l);
    if (!l || !(l->uri = askf__strdup(o->uri))) {
        askf__free(l);
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory opening a ledger");
    }
    pthread_mutex_init(&l->pool_mu, NULL);
    pthread_mutex_init(&l->q_mu, NULL);

    pthread_mutex_init(&l->pol_mu, NULL);
    askf__buf_init(&l->canon);
    askf__buf_init(&l->scratch);
    askf__json_init(&l->json);
    l->chainer = askf__chainer_new();
    l->read_only = o->read_only != 0;
    if (!l->read_only) {
        if ((st = askf__store_open(o->uri, o->create, 0, &l->w, err)) != ASKF_OK)
            goto cleanup;
    } else {
        if ((st = askf__store_open(o->uri, 0, 1, &l->ro, err)) != ASKF_OK)
            goto cleanup;
    }
    *out = l;
    l = NULL;
cleanup:
    askf_ledger_close(l);
    return st;
}

void askf_ledger_close(askf_ledger *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n_idle; i++)
        askf__store_close(l->idle[i]);
    askf__store_close(l->w);
    askf__store_close(l->ro);
    for (size_t i = 0; i < l->pols.n; i++) {
        askf_policy_free(l->pols.v[i].p);
        askf__free(l->pols.v[i].id);
    }
    askf__free(l->pols.v);
    askf__free(l->pending.v);
    askf__buf_free(&l->canon);
    askf__buf_free(&l->scratch);
    askf__json_free(&l->json);
    askf__chainer_free(l->chainer);
    del_free(&l->dels);
    pthread_mutex_destroy(&l->pool_mu);
    pthread_mutex_destroy(&l->q_mu);

    pthread_mutex_destroy(&l->pol_mu);
    askf__free(l->uri);
    askf__free(l);
}

/* --- account-deletion set (leader) ---------------------------------------- */

static uint64_t del_hash(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)p[i]) * 1099511628211ull;
    return h;
}

static size_t del_find(const delset *d, const char *p, size_t n, uint64_t h)
{
    size_t m = d->cap - 1, i = (size_t)h & m;
    while (d->v[i].user && !(d->v[i].h == h && d->v[i].len == n && memcmp(d->v[i].user, p, n) == 0))
        i = (i + 1) & m;
    return i;
}

/* Room for one more key: table at most half full. 0 or -1 (no memory). */
static int del_grow(delset *d)
{
    if (d->cap && (d->n + 1) * 2 <= d->cap)
        return 0;
    size_t nc = d->cap ? d->cap * 2 : 64;
    del_slot *v = askf__calloc(nc, sizeof *v);
    if (!v)
        return -1;
    delset nd = *d;
    nd.v = v;
    nd.cap = nc;
    for (size_t i = 0; i < d->cap; i++)
        if (d->v[i].user)
            v[del_find(&nd, d->v[i].user, d->v[i].len, d->v[i].h)] = d->v[i];
    askf__free(d->v);
    d->v = v;
    d->cap = nc;
    return 0;
}

static askf_time del_lookup(const delset *d, askf_slice user)
{
    if (!d->cap)
        return ASKF_TIME_NONE;
    size_t i = del_find(d, user.ptr, user.len, del_hash(user.ptr, user.len));
    return d->v[i].user ? d->v[i].at : ASKF_TIME_NONE;
}

/* Make del_note() for `user` infallible: table room, undo room, key copy. */
static int del_prepare(delset *d, askf_slice user)
{
    if (del_grow(d) != 0)
        return -1;
    if (askf__grow((void **)&d->undo, &d->cap_undo, d->n_undo, sizeof *d->undo, 16) != 0)
        return -1;
    if (!d->spare || d->spare_len < user.len) {
        askf__free(d->spare);
        d->spare = askf__malloc(user.len + 1);
        d->spare_len = d->spare ? user.len : 0;
        if (!d->spare)
            return -1;
    }
    return 0;
}

/* Record an account deletion (earliest at wins). `logged`: undoable. Needs a
 * successful del_prepare() (logged) or del_grow() before. */
static void del_note(delset *d, askf_slice user, askf_time at, int logged)
{
    uint64_t h = del_hash(user.ptr, user.len);
    size_t i = del_find(d, user.ptr, user.len, h);
    del_slot *sl = &d->v[i];
    if (!sl->user) {
        memcpy(d->spare, user.ptr, user.len);
        d->spare[user.len] = 0;
        sl->user = d->spare;
        sl->len = user.len;
        sl->h = h;
        sl->at = ASKF_TIME_NONE;
        d->spare = NULL;
        d->spare_len = 0;
        d->n++;
    }
    if (sl->at != ASKF_TIME_NONE && sl->at <= at)
        return;
    if (logged)
        d->undo[d->n_undo++] = (del_undo){sl->user, sl->len, sl->h, sl->at};
    sl->at = at;
}

/* Undo logged changes back to `mark` entries. */
static void del_undo_to(delset *d, size_t mark)
{
    while (d->n_undo > mark) {
        del_undo *u = &d->undo[--d->n_undo];
        d->v[del_find(d, u->user, u->len, u->h)].at = u->old;
    }
}

static void del_free(delset *d)
{
    for (size_t i = 0; i < d->cap; i++)
        askf__free(d->v[i].user);
    askf__free(d->v);
    askf__free(d->undo);
    askf__free(d->spare);
    memset(d, 0, sizeof *d);
}

typedef struct del_load_ctx {
    askf_ledger *l;
    int oom;
} del_load_ctx;

static int del_load_row(const askf_store_row *row, void *ud)
{
    del_load_ctx *c = ud;
    delset *d = &c->l->dels;
    if (del_grow(d) != 0 || del_prepare(d, row->user) != 0) {
        c->oom = 1;
        return 1;
    }
    del_note(d, row->user, row->at, 0);
    return 0;
}

/*
 * Bring the leader's cache (head, policies, deletions) up to date inside the
 * group's write transaction. The store's data_version tells whether another
 * connection committed since our last commit; only then is anything read.
 */
static askf_status cache_refresh(askf_ledger *l, askf_error *err)
{
    askf_store *w = l->w;
    int64_t dv = 0;
    askf_status st = w->ops->data_version(w, &dv, err);
    if (st != ASKF_OK || (l->cache_valid && dv == l->data_version))
        return st;
    l->cache_valid = 0;
    pthread_mutex_lock(&l->pol_mu);
    st = pol_refresh(l, w, err);
    pthread_mutex_unlock(&l->pol_mu);
    if (st == ASKF_OK)
        st = w->ops->head(w, &l->head.seq, &l->head.recorded_at, l->head.hash, err);
    if (st == ASKF_OK) {
        /* Another writer only appends: deletions after our last known seq. */
        del_load_ctx c = {l, 0};
        st = w->ops->scan_account_deletions(w, l->dels_seq, del_load_row, &c, err);
        if (st == ASKF_OK && c.oom)
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL,
                           "out of memory loading account deletions");
    }
    if (st == ASKF_OK) {
        l->dels_seq = l->head.seq;
        l->data_version = dv;
        l->cache_valid = 1;
    }
    return st;
}

/* --- validation against the ledger (leader) ------------------------------ */

static int shown(askf_slice s)
{
    return (int)(s.len > 60 ? 60 : s.len);
}

static const char *fmt_time(askf_time t, char buf[40])
{
    if (askf_time_format(t, buf, 40) == 0) {
        buf[0] = '?';
        buf[1] = 0;
    }
    return buf;
}

/* Whether any published policy (in pols, or in `pending` if not NULL) has
 * `purpose` with this notice hash. */
static int notice_published(const askf_ledger *l, const pol_list *pending, askf_slice purpose,
                            const uint8_t *h)
{
    const pol_list *lists[2] = {&l->pols, pending};
    for (int k = 0; k < 2 && lists[k]; k++)
        for (size_t i = 0; i < lists[k]->n; i++) {
            const askf_policy *p = lists[k]->v[i].p;
            int idx = askf_policy_purpose_index(p, purpose.ptr, purpose.len);
            if (idx >= 0 && memcmp(askf_purpose_notice_hash(askf_policy_purpose(p, (size_t)idx)), h,
                                   ASKF_HASH_SIZE) == 0)
                return 1;
        }
    return 0;
}

/* Purpose checks for consent and objection events against the cached
 * policies (and `pending`, if not NULL); binds the default notice. Caller
 * holds pol_mu. */
static askf_status purpose_rules(const askf_ledger *l, const pol_list *pending, askf__event *ev,
                                 askf_error *err)
{
    char tb[40];
    askf_status st = ASKF_OK;
    const pol_entry *pe = pol_find(&l->pols, pending, 0, ev->at);
    if (!pe) {
        st = askf__err(err, ASKF_ERR_NO_POLICY, 0, 0, "at",
                       "field 'at': no policy is in force at %s; publish one first "
                       "(askfirst policy publish)",
                       fmt_time(ev->at, tb));
        goto cleanup;
    }
    const askf_policy *p = pe->p;
    int idx = askf_policy_purpose_index(p, ev->purpose.ptr, ev->purpose.len);
    if (idx < 0) {
        st = askf__err(err, ASKF_ERR_REJECTED, 0, 0, "purpose",
                       "field 'purpose': unknown purpose \"%.*s\" in policy %s@%s (in force at "
                       "%s)",
                       shown(ev->purpose), ev->purpose.ptr, askf_policy_name(p),
                       askf_policy_version(p), fmt_time(ev->at, tb));
        goto cleanup;
    }
    const askf_purpose *u = askf_policy_purpose(p, (size_t)idx);
    if (ev->type == ASKF__EV_CONSENT) {
        if (!askf_purpose_choosable(u)) {
            st = askf__err(err, ASKF_ERR_REJECTED, 0, 0, "purpose",
                           "field 'purpose': members cannot grant or refuse \"%.*s\": its legal "
                           "basis is %s",
                           shown(ev->purpose), ev->purpose.ptr,
                           askf_basis_name(askf_purpose_basis(u)));
            goto cleanup;
        }
        if (ev->has_notice) {
            if (!notice_published(l, pending, ev->purpose, ev->notice)) {
                char hx[2 * ASKF_HASH_SIZE + 1];
                askf__hex(ev->notice, ASKF_HASH_SIZE, hx);
                st = askf__err(err, ASKF_ERR_REJECTED, 0, 0, "notice",
                               "field 'notice': %s is not the notice hash of purpose \"%.*s\" in "
                               "any published policy",
                               hx, shown(ev->purpose), ev->purpose.ptr);
                goto cleanup;
            }
        } else {
            memcpy(ev->notice, askf_purpose_notice_hash(u), ASKF_HASH_SIZE);
            ev->has_notice = 1;
        }
    } else if (ev->type == ASKF__EV_OBJECTION && !askf_purpose_objectable(u)) {
        st = askf__err(err, ASKF_ERR_REJECTED, 0, 0, "purpose",
                       "field 'purpose': purpose \"%.*s\" is not objectable in policy %s@%s",
                       shown(ev->purpose), ev->purpose.ptr, askf_policy_name(p),
                       askf_policy_version(p));
    }
cleanup:
    return st;
}

/* The leader's purpose checks, against committed and pending policies. */
static askf_status check_purpose(askf_ledger *l, askf__event *ev, askf_error *err)
{
    pthread_mutex_lock(&l->pol_mu);
    askf_status st = purpose_rules(l, &l->pending, ev, err);
    pthread_mutex_unlock(&l->pol_mu);
    return st;
}

static int needs_purpose(const askf__event *ev)
{
    return ev->type == ASKF__EV_CONSENT || ev->type == ASKF__EV_OBJECTION;
}

/*
 * In the caller's thread, before queueing: each valid event's canonical body
 * (with the default notice bound), against the policies cached now. The
 * leader takes it as is when its group sees the same policies (the cache
 * only grows, so the same count is the same list) and no policy is published
 * earlier in the group; otherwise it validates and encodes again. A check
 * that fails here leaves the event to the leader, which reports it.
 */
static int precompute_canon(askf_ledger *l, req *r, askf_buf *out)
{
    size_t gen = 0;
    int have_gen = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (r->st[i] != ASKF_OK || r->ev[i].type == ASKF__EV_POLICY)
            continue;
        askf__event ev = r->ev[i]; /* the leader may need the unbound original */
        if (needs_purpose(&ev)) {
            askf_error ignored;
            pthread_mutex_lock(&l->pol_mu);
            size_t now_gen = l->pols.n;
            int ok = (!have_gen || now_gen == gen) &&
                     purpose_rules(l, NULL, &ev, &ignored) == ASKF_OK;
            pthread_mutex_unlock(&l->pol_mu);
            if (!ok)
                continue;
            gen = now_gen;
            have_gen = 1;
        }
        size_t start = out->len;
        askf__event_canon(&ev, out);
        r->canon[i].len = out->len - start; /* never 0: a body is a JSON object */
    }
    if (out->oom)
        return -1;
    /* Pointers only now: the buffer may have moved while it grew. The bodies
     * lie back to back in event order; len 0 marks an event left out. */
    size_t off = 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->canon[i].len) {
            r->canon[i].ptr = out->ptr + off;
            off += r->canon[i].len;
        }
    r->canon_gen = have_gen ? gen : SIZE_MAX;
    return 0;
}

static int is_store_failure(askf_status st)
{
    return st == ASKF_ERR_STORE || st == ASKF_ERR_NOMEM || st == ASKF_ERR_IO;
}

/* Checks that read the ledger: account deletion, referenced objection. */
static askf_status check_ledger(askf_ledger *l, const askf__event *ev, askf_error *err)
{
    char tb[40], tb2[40];
    askf_status st;
    askf_store *w = l->w;
    if (ev->type == ASKF__EV_POLICY)
        return ASKF_OK;
    askf_time del = del_lookup(&l->dels, ev->user);
    if (del != ASKF_TIME_NONE && del <= ev->at)
        return askf__err(err, ASKF_ERR_REJECTED, 0, 0, "user",
                         "field 'user': the account of \"%.*s\" was deleted at %s; no events "
                         "at or after that time are accepted",
                         shown(ev->user), ev->user.ptr, fmt_time(del, tb));
    if (ev->type != ASKF__EV_OBJECTION_RESOLVED)
        return ASKF_OK;
    askf_store_row row;
    int found = 0;
    askf__buf_reset(&l->scratch);
    if ((st = w->ops->get_by_id(w, ev->objection, &row, &l->scratch, &found, err)) != ASKF_OK)
        return st;
    if (!found || row.type.len != 9 || memcmp(row.type.ptr, "objection", 9) != 0)
        return askf__err(err, ASKF_ERR_REJECTED, 0, 0, "objection",
                         "field 'objection': no objection with id \"%.*s\" is recorded",
                         shown(ev->objection), ev->objection.ptr);
    if (row.user.len != ev->user.len || memcmp(row.user.ptr, ev->user.ptr, ev->user.len) != 0)
        return askf__err(err, ASKF_ERR_REJECTED, 0, 0, "objection",
                         "field 'objection': objection \"%.*s\" belongs to another member",
                         shown(ev->objection), ev->objection.ptr);
    if (row.at > ev->at)
        return askf__err(err, ASKF_ERR_REJECTED, 0, 0, "at",
                         "field 'at': the resolution (%s) is earlier than objection \"%.*s\" "
                         "(%s)",
                         fmt_time(ev->at, tb), shown(ev->objection), ev->objection.ptr,
                         fmt_time(row.at, tb2));
    return ASKF_OK;
}

/* Same id already stored: duplicate (same body) or conflict. *found = 0 if not stored. */
static askf_status check_existing(askf_ledger *l, const askf__event *ev, askf_slice body,
                                  askf_append_result *res, int *found, askf_error *err)
{
    askf_store_row row;
    askf_store *w = l->w;
    askf__buf_reset(&l->scratch);
    askf_status st = w->ops->get_by_id(w, ev->id, &row, &l->scratch, found, err);
    if (st != ASKF_OK || !*found)
        return st;
    if (row.body.len == body.len && memcmp(row.body.ptr, body.ptr, body.len) == 0) {
        res->seq = row.seq;
        res->duplicate = 1;
        memcpy(res->hash, row.hash, ASKF_HASH_SIZE);
        askf__err_clear(err);
        return ASKF_OK;
    }
    return askf__err(err, ASKF_ERR_CONFLICT, 0, 0, "id",
                     "field 'id': event \"%.*s\" is already recorded at seq %lld with a "
                     "different body",
                     shown(ev->id), ev->id.ptr, (long long)row.seq);
}

/* The event's canonical body: the caller's, if still valid (see
 * precompute_canon()), else validated and encoded here. */
static askf_status event_body(askf_ledger *l, askf_slice pre, size_t pre_gen, askf__event *ev,
                             askf_slice *body, askf_error *err)
{
    if (pre.ptr && (!needs_purpose(ev) || (pre_gen == l->group_gen && l->pending.n == 0))) {
        *body = pre;
        return ASKF_OK;
    }
    askf_status st;
    if (needs_purpose(ev) && (st = check_purpose(l, ev, err)) != ASKF_OK)
        return st;
    askf__buf_reset(&l->canon);
    askf__event_canon(ev, &l->canon);
    if (l->canon.oom)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory encoding an event");
    *body = (askf_slice){l->canon.ptr, l->canon.len};
    return ASKF_OK;
}

/* Validate, hash and insert the batch's event i; advances *c when stored. */
static askf_status process_event(askf_ledger *l, req *r, size_t i, chain *c,
                                 askf_append_result *res, askf_error *err)
{
    askf_status st = ASKF_OK;
    int found = 0;
    askf__event *ev = &r->ev[i];
    askf_slice body;
    if ((st = event_body(l, r->canon ? r->canon[i] : (askf_slice){NULL, 0}, r->canon_gen, ev,
                         &body, err)) != ASKF_OK)
        return st;
    st = check_ledger(l, ev, err);
    if (st != ASKF_OK) {
        /* A replay of an event stored earlier stays a no-op even if it would
         * not be accepted today. */
        askf_error e2;
        if (!is_store_failure(st) && check_existing(l, ev, body, res, &found, &e2) == ASKF_OK &&
            found) {
            askf__err_clear(err);
            return ASKF_OK;
        }
        return st;
    }
    askf_store_row row = {0};
    row.seq = c->seq + 1;
    row.recorded_at = c->recorded_at;
    row.at = ev->at;
    row.id = ev->id;
    row.type.ptr = askf__event_type_name(ev->type);
    row.type.len = strlen(row.type.ptr);
    row.user = ev->user;
    row.body = body;
    askf__chain_hash(l->chainer, c->hash, row.seq, row.recorded_at, body.ptr, body.len, row.hash);
    int account_deletion = ev->type == ASKF__EV_DELETE && ev->content.len == 0;
    if (account_deletion && del_prepare(&l->dels, ev->user) != 0)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory noting a deletion");
    st = l->w->ops->insert(l->w, &row, err);
    if (st == ASKF_ERR_CONFLICT) {
        st = check_existing(l, ev, body, res, &found, err);
        if (st == ASKF_OK && !found)
            st = askf__err(err, ASKF_ERR_STORE, 0, 0, NULL, "event id vanished during insert");
        return st;
    }
    if (st != ASKF_OK)
        return st;
    if (ev->type == ASKF__EV_POLICY) {
        /* The id string is owned by the request's event strings until commit. */
        if (pol_push(&l->pending, row.seq, row.at, NULL, r->policy) != 0)
            return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory caching a policy");
    }
    if (account_deletion)
        del_note(&l->dels, ev->user, ev->at, 1);
    c->seq = row.seq;
    memcpy(c->hash, row.hash, ASKF_HASH_SIZE);
    res->seq = row.seq;
    res->duplicate = 0;
    memcpy(res->hash, row.hash, ASKF_HASH_SIZE);
    r->inserted++;
    askf__err_clear(err);
    return ASKF_OK;
}

static void fail_batch(req *r, askf_status st, const askf_error *cause)
{
    for (size_t i = 0; i < r->n; i++) {
        r->st[i] = st;
        memset(&r->res[i], 0, sizeof r->res[i]);
        if (r->errors) {
            if (cause)
                r->errors[i] = *cause;
            else
                askf__err(&r->errors[i], st, 0, 0, NULL, "%s", askf_strerror(st));
        }
    }
    r->inserted = 0;
    r->status = st;
}

static void abort_others(req *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->st[i] == ASKF_OK) {
            r->st[i] = ASKF_ERR_ABORTED;
            memset(&r->res[i], 0, sizeof r->res[i]);
            askf__err(E(r, i), ASKF_ERR_ABORTED, 0, 0, NULL,
                      "not stored: another event of this atomic batch was rejected");
        }
    r->inserted = 0;
    r->status = ASKF_ERR_REJECTED;
}

/* One batch inside the group's transaction, in its own savepoint. */
static void process_req(askf_ledger *l, req *r, chain *c)
{
    askf_store *w = l->w;
    chain saved = *c;
    size_t saved_pending = l->pending.n;
    size_t saved_dels = l->dels.n_undo;
    askf_error e;
    /* A single event needs no savepoint: validation precedes its one INSERT,
     * and a failed statement leaves nothing behind. */
    int sp = r->n > 1 || r->policy;
    askf_status st = sp ? w->ops->savepoint(w, &e) : ASKF_OK;
    if (st != ASKF_OK) {
        fail_batch(r, st, &e);
        return;
    }
    int rejected = 0;
    r->inserted = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (r->st[i] != ASKF_OK) {
            rejected = 1;
            continue;
        }
        askf_error *ei = E(r, i);
        st = process_event(l, r, i, c, &r->res[i], ei ? ei : &e);
        if (is_store_failure(st)) {
            askf_error cause = ei ? *ei : e;
            if (sp)
                w->ops->rollback_to(w);
            *c = saved;
            l->pending.n = saved_pending;
            del_undo_to(&l->dels, saved_dels);
            fail_batch(r, st, &cause);
            return;
        }
        r->st[i] = st;
        if (st != ASKF_OK)
            rejected = 1;
    }
    if (rejected && (r->flags & ASKF_APPEND_ATOMIC)) {
        if (sp)
            w->ops->rollback_to(w);
        *c = saved;
        l->pending.n = saved_pending;
        del_undo_to(&l->dels, saved_dels);
        abort_others(r);
        return;
    }
    if (sp && (st = w->ops->release(w, &e)) != ASKF_OK) {
        w->ops->rollback_to(w);
        *c = saved;
        l->pending.n = saved_pending;
        del_undo_to(&l->dels, saved_dels);
        fail_batch(r, st, &e);
        return;
    }
    r->status = rejected ? ASKF_ERR_REJECTED : ASKF_OK;
}

/* The leader's work for one group: one transaction, one commit (not yet
 * synced). Returns 0 when the group must still be made durable. */
static int run_group(askf_ledger *l, req *group)
{
    askf_store *w = l->w;
    askf_error e;
    chain c;
    l->pending.n = 0;
    l->dels.n_undo = 0;
    askf_status st = w->ops->begin_write(w, &e);
    if (st == ASKF_OK)
        st = cache_refresh(l, &e);
    if (st == ASKF_OK) {
        pthread_mutex_lock(&l->pol_mu);
        l->group_gen = l->pols.n;
        pthread_mutex_unlock(&l->pol_mu);
        c = l->head;
        askf_time now = askf_time_now();
        /* recorded_at never goes backwards, even if the clock does. */
        if (now > c.recorded_at)
            c.recorded_at = now;
        for (req *r = group; r; r = r->next)
            process_req(l, r, &c);
        st = w->ops->commit(w, &e);
    }
    if (st != ASKF_OK) {
        w->ops->rollback(w);
        for (req *r = group; r; r = r->next)
            fail_batch(r, st, &e);
        l->pending.n = 0;
        del_undo_to(&l->dels, 0);
        l->cache_valid = 0; /* re-read everything under the next transaction */
        return -1;
    }
    /* Committed: the cache now describes the store as this connection left it. */
    l->head = c;
    l->dels_seq = c.seq;
    l->dels.n_undo = 0;
    /* Committed: hand newly stored policies to the cache. */
    pthread_mutex_lock(&l->pol_mu);
    for (size_t i = 0; i < l->pending.n; i++) {
        pol_entry *pe = &l->pending.v[i];
        req *owner = NULL;
        for (req *r = group; r && !owner; r = r->next)
            if (r->policy == pe->p)
                owner = r;
        char *id = owner ? askf__strndup(owner->ev[0].id.ptr, owner->ev[0].id.len) : NULL;
        if (owner && id && pol_push(&l->pols, pe->seq, pe->at, id, pe->p) == 0) {
            owner->policy = NULL; /* the cache owns it now */
            if (pe->seq > l->pol_seq)
                l->pol_seq = pe->seq;
        } else {
            /* Out of memory: forget it; the next refresh reloads it from the store. */
            askf__free(id);
        }
    }
    pthread_mutex_unlock(&l->pol_mu);
    l->pending.n = 0;
    return 0;
}

enum { WAKE_POKE = 1u, WAKE_DONE = 2u };

static void futex_wake_one(atomic_uint *word)
{
    syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Sleep until a bit of `bits` is set in *word; returns the bits seen. */
static unsigned futex_wait_bits(atomic_uint *word, unsigned bits)
{
    for (;;) {
        unsigned v = atomic_load(word);
        if (v & bits)
            return v;
        /* Returns at once if *word is no longer v (EAGAIN); EINTR and
         * spurious wakeups loop. */
        syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, v, NULL, NULL, 0);
    }
}

/* Wake a batch's thread to look at the roles again (caller holds q_mu). */
static void poke(req *g)
{
    atomic_fetch_or(&g->wake, WAKE_POKE);
    futex_wake_one(&g->wake);
}

/* Final acknowledgement. g may return (and its stack frame be reused) as soon
 * as the bit is set; the FUTEX_WAKE that follows then at worst wakes another
 * waiter spuriously, which re-checks its word and sleeps again. */
static void finish(req *g)
{
    atomic_fetch_or(&g->wake, WAKE_DONE);
    futex_wake_one(&g->wake);
}

/* Acknowledge a list of batches linked by wnext (read before each finish). */
static void finish_list(req *g, req *self)
{
    for (req *next; g; g = next) {
        next = g->wnext;
        if (g == self)
            atomic_fetch_or(&g->wake, WAKE_DONE);
        else
            finish(g);
    }
}

/* fsyncs in flight at once. A second one starts as soon as a group commits
 * while the first runs, so a batch waits about one fsync, not one and a
 * half; any fsync that returns makes durable every group committed before it
 * started, so acknowledgements never depend on which one returns first. */
#ifndef ASKF__SYNCERS
#define ASKF__SYNCERS 2
#endif

/* Signal the thread at the head of the queue when it may lead: no leader,
 * and no committed group still waiting for an fsync to start (a group built
 * now could not be made durable sooner, so it waits and grows instead). */
static void wake_leader(askf_ledger *l)
{
    if (l->q_head && !l->leader && !(l->syncing >= ASKF__SYNCERS && l->uncovered))
        poke(l->q_head);
}

/* Rounds a syncer runs for others after its own batch is durable: handing
 * the role on costs a wakeup on the critical path, keeping it delays only
 * this thread's return, by at most this many fsyncs. */
#define ASKF__SYNC_EXTRA_ROUNDS 8

/*
 * The fsync loop, entered with q_mu held by a thread whose batch is committed
 * and not yet covered by an fsync in flight. Each round fdatasync()s the log
 * once, covering every group committed before it started, then acknowledges
 * those groups' batches. Groups committed meanwhile are covered by the next
 * round or by a second syncer (ASKF__SYNCERS); fsyncs overlap the next
 * group's transaction. The loop ends when no committed group is uncovered, or
 * a few rounds after this thread's own batch is durable; if groups are still
 * uncovered then, the oldest waiting batch's thread takes over (poked).
 */
static void sync_loop(askf_ledger *l, req *self)
{
    int extra = 0;
    l->syncing++;
    while (l->uncovered &&
           (!(atomic_load(&self->wake) & WAKE_DONE) || extra++ < ASKF__SYNC_EXTRA_ROUNDS)) {
        uint64_t target = l->committed;
        l->uncovered = 0;
        wake_leader(l);
        pthread_mutex_unlock(&l->q_mu);
        askf_error e, out;
        askf_status st = ASKF_ERR_IO;
        if (!atomic_load(&l->broken))
            st = l->w->ops->sync(l->w, &e);
        /* Another syncer's failure while ours ran taints our result too. */
        if (st == ASKF_OK && atomic_load(&l->broken))
            st = ASKF_ERR_IO;
        if (st != ASKF_OK && atomic_load(&l->broken))
            askf__err(&e, ASKF_ERR_IO, 0, 0, NULL, "an earlier fsync failed");
        if (st != ASKF_OK) {
            /* After a failed fsync the page cache cannot be trusted to hold
             * what was written: stop appending through this handle. */
            atomic_store(&l->broken, 1);
            askf__err(&out, ASKF_ERR_IO, 0, 0, NULL,
                      "%s; the events may or may not be stored: reopen the ledger and append "
                      "them again (appends are idempotent)",
                      e.msg);
        }
        pthread_mutex_lock(&l->q_mu);
        req *acked = NULL, **tail = &acked;
        while (l->w_head && l->w_head->group <= target) {
            req *g = l->w_head;
            l->w_head = g->wnext;
            if (!l->w_head)
                l->w_tail = NULL;
            if (st != ASKF_OK && g->inserted)
                fail_batch(g, ASKF_ERR_IO, &out);
            if (g->inserted) {
                l->events_appended += g->inserted;
                if (g->group != l->counted) {
                    l->counted = g->group;
                    l->commits++;
                }
            }
            g->wnext = NULL;
            *tail = g;
            tail = &g->wnext;
        }
        /* Acknowledge without holding q_mu: the woken threads return
         * straight away and never touch it. */
        pthread_mutex_unlock(&l->q_mu);
        finish_list(acked, self);
        pthread_mutex_lock(&l->q_mu);
    }
    l->syncing--;
    if (l->w_head && l->uncovered)
        poke(l->w_head);
    wake_leader(l);
}

/*
 * Queue a parsed batch and wait until it is durable. Three roles, taken by
 * whichever waiting thread finds one free (no dedicated threads; every thread
 * sleeps on its own futex word, so a wakeup is one futex call, never a herd,
 * and an acknowledged thread returns without touching q_mu):
 *  - leader: at most one; takes every queued batch and runs one transaction
 *    for them (run_group), then gives up the role at once;
 *  - syncer: at most ASKF__SYNCERS; the fsync loop above;
 *  - follower: waits to be acknowledged.
 * While group N's fsync runs, the next leader builds and commits group N+1 on
 * the write connection; N+1 is acknowledged only after a later fsync, so an
 * acknowledged event is durable and so is every event before it in the chain.
 */
static void submit(askf_ledger *l, req *r)
{
    atomic_store(&r->wake, 0);
    pthread_mutex_lock(&l->q_mu);
    r->next = r->wnext = NULL;
    r->taken = 0;
    r->group = 0;
    if (l->q_tail)
        l->q_tail->next = r;
    else
        l->q_head = r;
    l->q_tail = r;
    int locked = 1; /* whether this thread holds q_mu */
    while (!(atomic_load(&r->wake) & WAKE_DONE)) {
        if (r->group && l->uncovered && l->syncing < ASKF__SYNCERS) {
            sync_loop(l, r);
            continue;
        }
        if (r->taken || l->leader || l->q_head != r ||
            (l->syncing >= ASKF__SYNCERS && l->uncovered)) {
            /* Sleep on our own word; a poke or the acknowledgement wakes us. */
            pthread_mutex_unlock(&l->q_mu);
            unsigned seen = futex_wait_bits(&r->wake, WAKE_POKE | WAKE_DONE);
            if (seen & WAKE_DONE) {
                locked = 0;
                break;
            }
            atomic_fetch_and(&r->wake, ~WAKE_POKE);
            pthread_mutex_lock(&l->q_mu);
            continue;
        }
        /* Lead: everything queued becomes one group. */
        l->leader = 1;
        req *group = l->q_head;
        l->q_head = l->q_tail = NULL;
        for (req *g = group; g; g = g->next)
            g->taken = 1;
        pthread_mutex_unlock(&l->q_mu);
        int committed = run_group(l, group) == 0;
        pthread_mutex_lock(&l->q_mu);
        l->leader = 0;
        if (committed) {
            uint64_t n = ++l->committed;
            for (req *g = group; g; g = g->next) {
                g->group = n;
                if (l->w_tail)
                    l->w_tail->wnext = g;
                else
                    l->w_head = g;
                l->w_tail = g;
            }
            l->uncovered = 1;
        } else {
            /* Nothing of the group was stored; run_group failed every batch. */
            for (req *g = group; g; g = g->next)
                g->wnext = g->next;
            finish_list(group, r);
        }
        wake_leader(l);
    }
    if (locked)
        pthread_mutex_unlock(&l->q_mu);
}

static void req_finish(req *r, askf_append_result *results)
{
    for (size_t i = 0; i < r->n; i++) {
        if (results)
            results[i] = r->res[i];
        if (r->errors && r->st[i] == ASKF_OK)
            askf__err_clear(&r->errors[i]);
    }
}

askf_status askf_ledger_append(askf_ledger *l, const askf_slice *events, size_t n, unsigned flags,
                               askf_time now, askf_append_result *results, askf_error *errors)
{
    askf_status st = ASKF_OK;
    req r;
    askf_buf strings, canon;
    int parsed = 0;
    memset(&r, 0, sizeof r);
    askf__buf_init(&strings);
    askf__buf_init(&canon);
    if (results)
        memset(results, 0, n * sizeof *results);
    if (!l || (n && !events)) {
        st = ASKF_ERR_INVALID;
        goto cleanup;
    }
    if (n == 0)
        goto cleanup;
    if (l->read_only || atomic_load(&l->broken)) {
        st = l->read_only ? ASKF_ERR_INVALID : ASKF_ERR_IO;
        for (size_t i = 0; errors && i < n; i++)
            askf__err(&errors[i], st, 0, 0, NULL,
                      l->read_only ? "the ledger was opened read-only"
                                   : "an earlier fsync of this ledger failed; reopen it");
        goto cleanup;
    }
    r.n = n;
    r.flags = flags & ASKF_APPEND_ATOMIC;
    r.errors = errors;
    r.ev = askf__calloc(n, sizeof *r.ev);
    r.st = askf__calloc(n, sizeof *r.st);
    r.res = askf__calloc(n, sizeof *r.res);
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += events[i].len + 1;
    if (!r.ev || !r.st || !r.res || askf__buf_reserve(&strings, total) != 0) {
        st = ASKF_ERR_NOMEM;
        for (size_t i = 0; errors && i < n; i++)
            askf__err(&errors[i], st, 0, 0, NULL, "out of memory reading the batch");
        goto cleanup;
    }

    /* Shape checks in this thread, before the leader sees the batch. */
    askf_json j;
    askf__json_init(&j);
    int rejected = 0;
    for (size_t i = 0; i < n; i++) {
        askf_error *ei = errors ? &errors[i] : NULL;
        askf__event *ev = &r.ev[i];
        r.st[i] = askf__event_parse(&j, events[i].ptr, events[i].len, 0, ev, &strings, ei);
        if (r.st[i] == ASKF_OK && ev->at > now + ASKF__FUTURE_SLACK) {
            char tb[40], tb2[40];
            r.st[i] = askf__err(ei, ASKF_ERR_REJECTED, 0, 0, "at",
                                "field 'at': %s is more than 5 minutes after now (%s)",
                                fmt_time(ev->at, tb), fmt_time(now, tb2));
        }
        if (r.st[i] != ASKF_OK)
            rejected = 1;
    }
    askf__json_free(&j);
    parsed = 1;
    if (rejected && (r.flags & ASKF_APPEND_ATOMIC)) {
        abort_others(&r);
        st = ASKF_ERR_REJECTED;
        goto cleanup;
    }
    int any_valid = 0;
    for (size_t i = 0; i < n; i++)
        any_valid |= r.st[i] == ASKF_OK;
    if (!any_valid) {
        st = ASKF_ERR_REJECTED;
        goto cleanup;
    }
    /* Out of memory here only means the leader encodes everything itself. */
    r.canon = askf__calloc(n, sizeof *r.canon);
    if (!r.canon || precompute_canon(l, &r, &canon) != 0) {
        askf__free(r.canon);
        r.canon = NULL;
    }
    submit(l, &r);
    st = r.status;
cleanup:
    if (parsed)
        req_finish(&r, results);
    askf__free(r.ev);
    askf__free(r.st);
    askf__free(r.res);
    askf__free(r.canon);
    askf__buf_free(&canon);
    askf__buf_free(&strings);
    return st;
}

askf_status askf_ledger_publish_policy(askf_ledger *l, const char *text, size_t len,
                                       const char *source, askf_time effective, askf_time now,
                                       askf_append_result *result, askf_error *err)
{
    askf_status st;
    askf_policy *p = NULL;
    askf__event ev;
    askf_status est = ASKF_OK;
    askf_append_result res;
    char id[80], tb[40];
    req r;
    memset(&r, 0, sizeof r);
    memset(&res, 0, sizeof res);
    askf__err_clear(err);
    if (result)
        memset(result, 0, sizeof *result);
    if (!l || !text)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "no ledger or policy text");
    if (l->read_only)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "the ledger was opened read-only");
    if (atomic_load(&l->broken))
        return askf__err(err, ASKF_ERR_IO, 0, 0, NULL,
                         "an earlier fsync of this ledger failed; reopen it");
    if (askf__utf8_check((const uint8_t *)text, len) != len)
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, NULL, "%s: the policy text is not UTF-8",
                         source ? source : "policy");
    if ((st = askf_policy_load(text, len, source ? source : "<policy>", &p, err)) != ASKF_OK)
        return st;
    if (effective == ASKF_TIME_NONE)
        effective = now;
    if (askf_time_format(effective, tb, sizeof tb) == 0) {
        st = askf__err(err, ASKF_ERR_INVALID, 0, 0, "effective", "effective time out of range");
        goto cleanup;
    }
    const char *hex = askf_policy_hash_hex(p);
    snprintf(id, sizeof id, "policy-%.16s-%s", hex, tb);
    memset(&ev, 0, sizeof ev);
    ev.type = ASKF__EV_POLICY;
    ev.at = effective;
    ev.id.ptr = id;
    ev.id.len = strlen(id);
    ev.name.ptr = askf_policy_name(p);
    ev.name.len = strlen(ev.name.ptr);
    ev.version.ptr = askf_policy_version(p);
    ev.version.len = strlen(ev.version.ptr);
    memcpy(ev.policy_hash, askf_policy_hash(p), ASKF_HASH_SIZE);
    ev.text.ptr = text;
    ev.text.len = len;
    r.n = 1;
    r.ev = &ev;
    r.st = &est;
    r.res = &res;
    r.errors = err;
    r.policy = p;
    submit(l, &r);
    p = r.policy; /* NULL when the cache took it */
    st = r.status == ASKF_ERR_REJECTED ? est : r.status;
    if (result)
        *result = res;
cleanup:
    askf_policy_free(p);
    return st;
}

/* --- reads --------------------------------------------------------------- */

askf_status askf_ledger_head(askf_ledger *l, int64_t *seq, uint8_t hash[ASKF_HASH_SIZE])
{
    askf_store *r = NULL;
    uint8_t h[ASKF_HASH_SIZE];
    int64_t s = 0;
    if (!l)
        return ASKF_ERR_INVALID;
    askf_status st = reader_get(l, &r, NULL);
    if (st == ASKF_OK)
        st = r->ops->head(r, &s, NULL, h, NULL);
    reader_put(l, r);
    if (st == ASKF_OK) {
        if (seq)
            *seq = s;
        if (hash)
            memcpy(hash, h, ASKF_HASH_SIZE);
    }
    return st;
}

typedef struct fold_ctx {
    askf__fold_builder *b;
    askf_fold *fold; /* full fold only */
    int have_user;
    askf_json json;
    askf_buf strings;
    askf_status st;
    askf_error *err;
} fold_ctx;

static int fold_parse_apply(fold_ctx *c, const askf_store_row *row)
{
    askf__event ev;
    askf_error e;
    askf__buf_reset(&c->strings);
    askf_status st =
        askf__event_parse(&c->json, row->body.ptr, row->body.len, 0, &ev, &c->strings, &e);
    if (st != ASKF_OK) {
        c->st =
            askf__err(c->err, st == ASKF_ERR_NOMEM ? st : ASKF_ERR_CORRUPT, 0, 0, NULL,
                      "stored event at seq %lld does not parse: %s", (long long)row->seq, e.msg);
        return 1;
    }
    if (askf__fold_builder_apply(c->b, &ev) != 0) {
        c->st = askf__err(c->err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding events");
        return 1;
    }
    return 0;
}

static int member_row(const askf_store_row *row, void *ud)
{
    return fold_parse_apply(ud, row);
}

static void fold_ctx_init(fold_ctx *c, askf_error *err)
{
    memset(c, 0, sizeof *c);
    askf__json_init(&c->json);
    askf__buf_init(&c->strings);
    c->err = err;
    c->st = ASKF_OK;
}

static void fold_ctx_free(fold_ctx *c)
{
    askf__json_free(&c->json);
    askf__buf_free(&c->strings);
    askf__fold_builder_free(c->b);
}

static int64_t seq_limit(int64_t seq)
{
    return seq > 0 ? seq : INT64_MAX;
}

askf_status askf_ledger_member(askf_ledger *l, const char *user, size_t user_len, int64_t seq,
                               askf_time t, askf_member_state **out, askf_error *err)
{
    askf_store *r = NULL;
    fold_ctx c;
    askf_slice u = {user, user_len};
    *out = NULL;
    askf__err_clear(err);
    if (!l || !user || user_len == 0)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, "user", "no user id given");
    fold_ctx_init(&c, err);
    askf_status st = ASKF_OK;
    if (!(c.b = askf__fold_builder_new()) || askf__fold_builder_reset(c.b, u) != 0) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding a member");
        goto cleanup;
    }
    if ((st = reader_get(l, &r, err)) != ASKF_OK)
        goto cleanup;
    st = r->ops->scan_user(r, u, seq_limit(seq), t, member_row, &c, err);
    if (st == ASKF_OK)
        st = c.st;
    if (st == ASKF_OK && (st = askf__member_state_build(c.b, out)) != ASKF_OK)
        askf__err(err, st, 0, 0, NULL, "out of memory folding a member");
cleanup:
    reader_put(l, r);
    fold_ctx_free(&c);
    return st;
}

static int fold_row(const askf_store_row *row, void *ud)
{
    fold_ctx *c = ud;
    if (!c->have_user || askf__fold_builder_user_differs(c->b, row->user)) {
        if (c->have_user && askf__fold_add(c->fold, c->b) != 0) {
            c->st = askf__err(c->err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding");
            return 1;
        }
        if (askf__fold_builder_reset(c->b, row->user) != 0) {
            c->st = askf__err(c->err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding");
            return 1;
        }
        c->have_user = 1;
    }
    return fold_parse_apply(c, row);
}

askf_status askf_ledger_fold(askf_ledger *l, int64_t seq, askf_time t, askf_fold **out,
                             askf_error *err)
{
    askf_store *r = NULL;
    fold_ctx c;
    int64_t head = 0;
    uint8_t h[ASKF_HASH_SIZE];
    *out = NULL;
    askf__err_clear(err);
    if (!l)
        return ASKF_ERR_INVALID;
    fold_ctx_init(&c, err);
    askf_status st = reader_get(l, &r, err);
    if (st != ASKF_OK)
        goto cleanup;
    if ((st = r->ops->head(r, &head, NULL, h, err)) != ASKF_OK)
        goto cleanup;
    if (seq <= 0 || seq > head)
        seq = head;
    c.b = askf__fold_builder_new();
    c.fold = askf__fold_new(seq, t);
    if (!c.b || !c.fold) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding");
        goto cleanup;
    }
    st = r->ops->scan_members(r, seq, t, fold_row, &c, err);
    if (st == ASKF_OK)
        st = c.st;
    if (st == ASKF_OK && c.have_user && askf__fold_add(c.fold, c.b) != 0)
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory folding");
    if (st == ASKF_OK) {
        *out = c.fold;
        c.fold = NULL;
    }
cleanup:
    reader_put(l, r);
    askf_fold_free(c.fold);
    fold_ctx_free(&c);
    return st;
}

typedef struct view_ctx {
    askf_event_cb cb;
    void *ud;
} view_ctx;

static int view_row(const askf_store_row *row, void *ud)
{
    view_ctx *c = ud;
    askf_event_view v;
    v.seq = row->seq;
    v.recorded_at = row->recorded_at;
    v.at = row->at;
    v.id = row->id;
    v.type = row->type;
    v.user = row->user;
    v.body = row->body;
    v.hash = row->hash;
    return c->cb(&v, c->ud);
}

askf_status askf_ledger_history(askf_ledger *l, const char *user, size_t user_len, askf_event_cb cb,
                                void *ud, askf_error *err)
{
    askf_store *r = NULL;
    askf__err_clear(err);
    if (!l || !user || !user_len || !cb)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, "user", "no user id or callback given");
    askf_status st = reader_get(l, &r, err);
    if (st == ASKF_OK) {
        view_ctx c = {cb, ud};
        askf_slice u = {user, user_len};
        st = r->ops->scan_user_seq(r, u, view_row, &c, err);
    }
    reader_put(l, r);
    return st;
}

askf_status askf_ledger_scan(askf_ledger *l, int64_t from_seq, int64_t to_seq, askf_event_cb cb,
                             void *ud, askf_error *err)
{
    askf_store *r = NULL;
    askf__err_clear(err);
    if (!l || !cb)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "no ledger or callback given");
    askf_status st = reader_get(l, &r, err);
    if (st == ASKF_OK) {
        view_ctx c = {cb, ud};
        st = r->ops->scan_seq(r, from_seq, seq_limit(to_seq), view_row, &c, err);
    }
    reader_put(l, r);
    return st;
}

typedef struct verify_ctx {
    int64_t expect;
    uint8_t prev[ASKF_HASH_SIZE];
    int64_t bad_seq;
    askf_json json;
    askf_buf strings, canon;
    askf__chainer *chainer;
    askf_status st;
    askf_error *err;
} verify_ctx;

static int slice_eq(askf_slice a, const char *b, size_t n)
{
    return a.len == n && memcmp(a.ptr, b, n) == 0;
}

static int verify_row(const askf_store_row *row, void *ud)
{
    verify_ctx *c = ud;
    uint8_t h[ASKF_HASH_SIZE];
    long long seq = (long long)row->seq;
    if (row->seq != c->expect) {
        c->bad_seq = c->expect;
        c->st = askf__err(c->err, ASKF_ERR_CORRUPT, 0, 0, NULL,
                          "ledger chain broken at seq %lld: that event is missing (next stored "
                          "seq is %lld)",
                          (long long)c->expect, seq);
        return 1;
    }
    askf__chain_hash(c->chainer, c->prev, row->seq, row->recorded_at, row->body.ptr, row->body.len,
                     h);
    if (memcmp(h, row->hash, ASKF_HASH_SIZE) != 0) {
        c->bad_seq = row->seq;
        c->st = askf__err(c->err, ASKF_ERR_CORRUPT, 0, 0, NULL,
                          "ledger chain broken at seq %lld: the stored hash does not match the "
                          "event's body and the previous hash",
                          seq);
        return 1;
    }
    /* The indexed columns must say what the hashed body says, since the fold
     * selects rows by them. */
    askf__event ev;
    askf_error e;
    askf__buf_reset(&c->strings);
    askf__buf_reset(&c->canon);
    const char *why = NULL;
    if (askf__event_parse(&c->json, row->body.ptr, row->body.len, ASKF__PARSE_ALLOW_POLICY, &ev,
                          &c->strings, &e) != ASKF_OK) {
        why = e.msg;
    } else {
        const char *tn = askf__event_type_name(ev.type);
        askf__event_canon(&ev, &c->canon);
        if (!slice_eq(row->id, ev.id.ptr, ev.id.len) || !slice_eq(row->type, tn, strlen(tn)) ||
            !slice_eq(row->user, ev.user.ptr ? ev.user.ptr : "", ev.user.len) || row->at != ev.at)
            why = "its id, type, user or time columns differ from its body";
        else if (!c->canon.oom && !slice_eq(row->body, c->canon.ptr, c->canon.len))
            why = "its body is not in canonical form";
        else if (ev.type == ASKF__EV_CONSENT && !ev.has_notice)
            why = "a consent event without a bound notice hash";
    }
    if (why) {
        c->bad_seq = row->seq;
        c->st = askf__err(c->err, ASKF_ERR_CORRUPT, 0, 0, NULL, "ledger corrupt at seq %lld: %s",
                          seq, why);
        return 1;
    }
    memcpy(c->prev, row->hash, ASKF_HASH_SIZE);
    c->expect++;
    return 0;
}

askf_status askf_ledger_verify(askf_ledger *l, int64_t *bad_seq, askf_error *err)
{
    askf_store *r = NULL;
    verify_ctx c;
    memset(&c, 0, sizeof c);
    c.expect = 1;
    c.err = err;
    askf__json_init(&c.json);
    askf__buf_init(&c.strings);
    askf__buf_init(&c.canon);
    c.chainer = askf__chainer_new();
    askf__err_clear(err);
    if (bad_seq)
        *bad_seq = 0;
    askf_status st = l ? reader_get(l, &r, err) : ASKF_ERR_INVALID;
    if (st == ASKF_OK)
        st = r->ops->scan_seq(r, 1, INT64_MAX, verify_row, &c, err);
    if (st == ASKF_OK)
        st = c.st;
    if (bad_seq)
        *bad_seq = c.bad_seq;
    reader_put(l, r);
    askf__json_free(&c.json);
    askf__buf_free(&c.strings);
    askf__buf_free(&c.canon);
    askf__chainer_free(c.chainer);
    return st;
}

askf_status askf_ledger_writable(const askf_ledger *l)
{
    if (!l || l->read_only)
        return ASKF_ERR_INVALID;
    return atomic_load(&l->broken) ? ASKF_ERR_IO : ASKF_OK;
}

void askf_ledger_get_stats(askf_ledger *l, askf_ledger_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!l)
        return;
    pthread_mutex_lock(&l->q_mu);
    out->events_appended = l->events_appended;
    out->commits = l->commits;
    pthread_mutex_unlock(&l->q_mu);
}
