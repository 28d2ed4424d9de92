/*
 * mcache.c - a server-wide cache of folded member states for /v1/decide, so a
 * decision does not read SQLite for a member whose events have not changed.
 *
 * Exactness, not a TTL:
 * - Before its lookups a request syncs the cache to the ledger head: every
 *   event appended since (by this server or any other writer) is scanned and
 *   its member's entry dropped; a policy event drops everything.
 * - An entry is the fold at a known ledger position S. It is inserted only if
 *   no event of its member was synced after S (the members of the last few
 *   thousand synced events are remembered), so a fold that raced with a write
 *   of its member is used for its own request and never kept.
 * - A consent this server appends announces itself (mcache_expect): the sync
 *   that meets it replaces the member's entry with the entry plus the new
 *   choice instead of dropping it, so a write needs no fold for its response
 *   and the member's next decision stays a hit. Announcements are indexed by
 *   event id: the sync looks one up per event under the write lock, with up
 *   to two writer batches of them pending.
 * - Folds are taken "as of now" (t_f). An entry is kept only when the fold at
 *   t_f equals the fold over all of the member's events (no event of that
 *   member takes effect after t_f), so it stays right for every later time;
 *   a request asking about a time before t_f folds directly.
 * Entries are reference-counted so an invalidation never frees a state a
 * request is still reading.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

#define MC_RECENT 4096
#define MC_INTENT_BUCKETS 64 /* initial; doubled when they average one intent */

typedef struct mc_entry {
    char *user;
    size_t ulen;
    uint64_t hash;
    askf_time t_f;
    askf_member view;      /* points into st, or into own */
    askf_member_state *st; /* a fold from the ledger, or NULL */
    void *own;             /* or a state this cache derived (entry_with_choice) */
    _Atomic int refs;
} mc_entry;

struct member_cache {
    pthread_rwlock_t lock;
    mc_entry **slot;
    size_t cap, n, max;
    pthread_mutex_t sync_mu; /* one sync at a time; guards the intents */
    /* Pending intents by event id, chained through `next`, the newest first
     * in each chain (as in the one list they replace, so a repeated id finds
     * the same intent). */
    mc_intent **intent;
    size_t intent_nb, n_intents;
    /* The members of the last MC_RECENT synced events (hash_user, 0 = every
     * member), so a fold taken at an older position can still be kept when
     * nothing of its member arrived since. Guarded by the write lock. */
    uint64_t recent_user[MC_RECENT];
    int64_t recent_seq[MC_RECENT];
    int64_t floor_seq;   /* folds before this position are never kept (cleared) */
    _Atomic int64_t seq; /* ledger head the entries are synced to */
    _Atomic uint64_t hits, misses, invalidations;
};

static uint64_t hash_user(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
    return h | 1; /* never 0 */
}

static void entry_release(mc_entry *e)
{
    if (e && atomic_fetch_sub(&e->refs, 1) == 1) {
        askf_member_state_free(e->st);
        free(e->own);
        free(e->user);
        free(e);
    }
}

member_cache *mcache_new(size_t max_entries)
{
    member_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->cap = 1024;
    c->max = max_entries;
    c->slot = calloc(c->cap, sizeof *c->slot);
    c->intent_nb = MC_INTENT_BUCKETS;
    c->intent = calloc(c->intent_nb, sizeof *c->intent);
    if (!c->slot || !c->intent) {
        free(c->slot);
        free(c->intent);
        free(c);
        return NULL;
    }
    pthread_rwlock_init(&c->lock, NULL);
    pthread_mutex_init(&c->sync_mu, NULL);
    atomic_store(&c->seq, -1); /* not synced yet */
    return c;
}

static void clear_locked(member_cache *c)
{
    for (size_t i = 0; i < c->cap; i++) {
        entry_release(c->slot[i]);
        c->slot[i] = NULL;
    }
    c->n = 0;
}

void mcache_free(member_cache *c)
{
    if (!c)
        return;
    clear_locked(c);
    free(c->slot);
    free(c->intent);
    pthread_rwlock_destroy(&c->lock);
    pthread_mutex_destroy(&c->sync_mu);
    free(c);
}

/* Slot index of user, or of the empty slot where it would go. Caller holds the lock. */
static size_t find_slot(const member_cache *c, const char *u, size_t ul, uint64_t h)
{
    size_t i = h & (c->cap - 1);
    while (c->slot[i] &&
           !(c->slot[i]->hash == h && c->slot[i]->ulen == ul && !memcmp(c->slot[i]->user, u, ul)))
        i = (i + 1) & (c->cap - 1);
    return i;
}

/* Remove user (linear probing: re-insert the run after it). Caller holds the write lock. */
static void remove_locked(member_cache *c, const char *u, size_t ul, uint64_t h)
{
    size_t i = find_slot(c, u, ul, h);
    if (!c->slot[i])
        return;
    entry_release(c->slot[i]);
    c->slot[i] = NULL;
    c->n--;
    for (size_t j = (i + 1) & (c->cap - 1); c->slot[j]; j = (j + 1) & (c->cap - 1)) {
        mc_entry *e = c->slot[j];
        c->slot[j] = NULL;
        c->slot[find_slot(c, e->user, e->ulen, e->hash)] = e;
    }
}

static void note_recent(member_cache *c, int64_t seq, uint64_t user_hash)
{
    c->recent_seq[seq % MC_RECENT] = seq;
    c->recent_user[seq % MC_RECENT] = user_hash;
}

/* Whether no event of the member (hash h) was synced after position seq, so
 * a fold taken at seq is still exact at the cache's position. Conservative:
 * a hash collision or a position no longer remembered answers no. Caller
 * holds the write lock. */
static int unchanged_since(const member_cache *c, uint64_t h, int64_t seq)
{
    int64_t head = atomic_load(&c->seq);
    if (seq < c->floor_seq || seq > head || head - seq > MC_RECENT)
        return 0;
    for (int64_t s = seq + 1; s <= head; s++) {
        size_t i = (size_t)(s % MC_RECENT);
        if (c->recent_seq[i] != s || c->recent_user[i] == h || c->recent_user[i] == 0)
            return 0;
    }
    return 1;
}

typedef struct sync_ctx {
    member_cache *c;
    int all;
} sync_ctx;

static int slice_same(askf_slice a, askf_slice b)
{
    return a.len == b.len && (a.len == 0 || !memcmp(a.ptr, b.ptr, a.len));
}

/* Bytes of the strings a member view points to (user excluded). */
static size_t member_strings_size(const askf_member *m)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n_choices; i++)
        n += m->choices[i].purpose.len;
    for (size_t i = 0; i < m->n_objections; i++)
        n += m->objections[i].id.len + m->objections[i].purpose.len;
    for (size_t i = 0; i < m->n_deleted_content; i++)
        n += m->deleted_content[i].id.len;
    return n;
}

static askf_slice copy_slice(char **at, askf_slice s)
{
    askf_slice out = {*at, s.len};
    if (s.len)
        memcpy(*at, s.ptr, s.len);
    *at += s.len;
    return out;
}

/* A new entry: base's member with `c` as its choice for c->purpose (replaced
 * in place, or added last, as the fold does), in one block it owns. */
static mc_entry *entry_with_choice(const mc_entry *base, const askf_choice *c)
{
    const askf_member *m = &base->view;
    size_t k = m->n_choices, n_ch = m->n_choices;
    for (size_t i = 0; i < m->n_choices; i++)
        if (slice_same(m->choices[i].purpose, c->purpose))
            k = i;
    if (k == n_ch)
        n_ch++;
    size_t arrays = n_ch * sizeof(askf_choice) + m->n_objections * sizeof(askf_objection) +
                    m->n_deleted_content * sizeof(askf_deleted_content);
    mc_entry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->user = malloc(base->ulen + 1);
    e->own = malloc(arrays + member_strings_size(m) + c->purpose.len + 1);
    if (!e->user || !e->own) {
        free(e->user);
        free(e->own);
        free(e);
        return NULL;
    }
    memcpy(e->user, base->user, base->ulen + 1);
    e->ulen = base->ulen;
    e->hash = base->hash;
    e->t_f = c->at;
    askf_choice *ch = e->own;
    askf_objection *ob = (askf_objection *)(ch + n_ch);
    askf_deleted_content *dc = (askf_deleted_content *)(ob + m->n_objections);
    char *str = (char *)(dc + m->n_deleted_content);
    for (size_t i = 0; i < n_ch; i++) {
        ch[i] = i == k ? *c : m->choices[i];
        ch[i].purpose = copy_slice(&str, ch[i].purpose);
    }
    for (size_t i = 0; i < m->n_objections; i++) {
        ob[i] = m->objections[i];
        ob[i].id = copy_slice(&str, ob[i].id);
        ob[i].purpose = copy_slice(&str, ob[i].purpose);
    }
    for (size_t i = 0; i < m->n_deleted_content; i++) {
        dc[i] = m->deleted_content[i];
        dc[i].id = copy_slice(&str, dc[i].id);
    }
    e->view = *m;
    e->view.known = 1;
    e->view.user.ptr = e->user;
    e->view.user.len = e->ulen;
    e->view.choices = ch;
    e->view.n_choices = n_ch;
    e->view.objections = ob;
    e->view.deleted_content = dc;
    return e;
}

/* The chain of intents whose event id is `id`. Caller holds sync_mu. */
static mc_intent **intent_chain(const member_cache *c, askf_slice id)
{
    return &c->intent[hash_user(id.ptr, id.len) & (c->intent_nb - 1)];
}

static mc_intent *find_intent(member_cache *c, const askf_event_view *ev)
{
    for (mc_intent *i = *intent_chain(c, ev->id); i; i = i->next)
        if (slice_same(i->event_id, ev->id) && slice_same(i->user, ev->user))
            return i;
    return NULL;
}

/* Room for one more intent at about one per chain. Without memory the chains
 * only grow longer. Caller holds sync_mu. */
static void intents_grow(member_cache *c)
{
    if (c->n_intents < c->intent_nb)
        return;
    mc_intent **old = c->intent;
    size_t onb = c->intent_nb;
    if (!(c->intent = calloc(onb * 2, sizeof *c->intent))) {
        c->intent = old;
        return;
    }
    c->intent_nb = onb * 2;
    for (size_t b = 0; b < onb; b++) {
        mc_intent *rev = NULL; /* reversed, so pushing each in front keeps the order */
        while (old[b]) {
            mc_intent *i = old[b];
            old[b] = i->next;
            i->next = rev;
            rev = i;
        }
        while (rev) {
            mc_intent *i = rev, **chain = intent_chain(c, i->event_id);
            rev = i->next;
            i->next = *chain;
            *chain = i;
        }
    }
    free(old);
}

/* The event is a consent an intent announced: replace the member's entry with
 * entry + choice. Only when the entry is still there (so it is exact up to
 * this event), was folded no later than the choice, and holds no choice for
 * the purpose at or after it (the fold orders by time, then id). h: hash_user
 * of the member. 1 done. */
static int install_choice(member_cache *c, mc_intent *in, uint64_t h)
{
    size_t i = find_slot(c, in->user.ptr, in->user.len, h);
    mc_entry *old = c->slot[i];
    if (!old || old->t_f > in->choice.at)
        return 0;
    for (size_t k = 0; k < old->view.n_choices; k++)
        if (slice_same(old->view.choices[k].purpose, in->choice.purpose) &&
            old->view.choices[k].at >= in->choice.at)
            return 0;
    mc_entry *e = entry_with_choice(old, &in->choice);
    if (!e)
        return 0;
    atomic_store(&e->refs, 2); /* the cache's and the intent's */
    entry_release(in->result);
    in->result = e;
    c->slot[i] = e;
    entry_release(old);
    return 1;
}

static int sync_cb(const askf_event_view *ev, void *ud)
{
    sync_ctx *s = ud;
    if (!ev->user.len) { /* a policy publication */
        s->all = 1;
        return 0;
    }
    if (s->all)
        return 0;
    uint64_t h = hash_user(ev->user.ptr, ev->user.len); /* once, under the write lock */
    note_recent(s->c, ev->seq, h);
    mc_intent *in = find_intent(s->c, ev); /* its user is ev's */
    if (!in || !install_choice(s->c, in, h)) {
        remove_locked(s->c, ev->user.ptr, ev->user.len, h);
        atomic_fetch_add(&s->c->invalidations, 1);
    }
    return 0;
}

void mcache_expect(member_cache *c, mc_intent *i)
{
    i->result = NULL;
    pthread_mutex_lock(&c->sync_mu);
    intents_grow(c);
    mc_intent **chain = intent_chain(c, i->event_id);
    i->next = *chain;
    *chain = i;
    c->n_intents++;
    pthread_mutex_unlock(&c->sync_mu);
}

void mcache_forget(member_cache *c, mc_intent *i)
{
    pthread_mutex_lock(&c->sync_mu);
    for (mc_intent **p = intent_chain(c, i->event_id); *p; p = &(*p)->next)
        if (*p == i) {
            *p = i->next;
            c->n_intents--;
            break;
        }
    pthread_mutex_unlock(&c->sync_mu);
}

int mcache_take(mc_intent *i, mc_ref *out)
{
    memset(out, 0, sizeof *out);
    if (!i->result)
        return 1;
    out->entry = i->result;
    out->m = &i->result->view;
    i->result = NULL;
    return 0;
}

int64_t mcache_sync(member_cache *c, askf_ledger *l)
{
    int64_t head = 0;
    uint8_t h[ASKF_HASH_SIZE];
    if (askf_ledger_head(l, &head, h) != ASKF_OK)
        return -1;
    int64_t synced = atomic_load(&c->seq);
    if (synced >= head)
        return synced;
    pthread_mutex_lock(&c->sync_mu);
    int64_t from = atomic_load(&c->seq);
    if (head < from) {
        /* Another request synced past the head this one read: the cache is
         * already at least as new as the request. */
        pthread_mutex_unlock(&c->sync_mu);
        return from;
    }
    if (from != head) {
        pthread_rwlock_wrlock(&c->lock);
        sync_ctx s = {c, from < 0};
        if (!s.all && askf_ledger_scan(l, from + 1, head, sync_cb, &s, NULL) != ASKF_OK)
            s.all = 1;
        if (s.all) {
            clear_locked(c);
            c->floor_seq = head;
        }
        atomic_store(&c->seq, head);
        pthread_rwlock_unlock(&c->lock);
    }
    pthread_mutex_unlock(&c->sync_mu);
    return head;
}

static void grow_locked(member_cache *c)
{
    size_t ncap = c->cap * 2;
    mc_entry **ns = calloc(ncap, sizeof *ns);
    if (!ns)
        return;
    mc_entry **old = c->slot;
    size_t ocap = c->cap;
    c->slot = ns;
    c->cap = ncap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i])
            c->slot[find_slot(c, old[i]->user, old[i]->ulen, old[i]->hash)] = old[i];
    free(old);
}

askf_status mcache_get(member_cache *c, askf_ledger *l, int64_t seq, const char *u, size_t ul,
                       askf_time now, askf_time at, mc_ref *out)
{
    memset(out, 0, sizeof *out);
    uint64_t h = hash_user(u, ul);
    pthread_rwlock_rdlock(&c->lock);
    mc_entry *hit = c->slot[find_slot(c, u, ul, h)];
    if (hit && at >= hit->t_f) {
        atomic_fetch_add(&hit->refs, 1);
        pthread_rwlock_unlock(&c->lock);
        atomic_fetch_add(&c->hits, 1);
        out->entry = hit;
        out->m = &hit->view;
        return ASKF_OK;
    }
    pthread_rwlock_unlock(&c->lock);
    atomic_fetch_add(&c->misses, 1);
    askf_member_state *now_st = NULL, *all_st = NULL;
    askf_status st = askf_ledger_member(l, u, ul, seq, now, &now_st, NULL);
    if (st != ASKF_OK)
        return st;
    if (at < now) {
        /* A question about the past: answer it from its own fold, keep nothing. */
        askf_member_state *past = NULL;
        st = askf_ledger_member(l, u, ul, seq, at, &past, NULL);
        askf_member_state_free(now_st);
        if (st != ASKF_OK)
            return st;
        out->owned = past;
        out->m = askf_member_state_view(past);
        return ASKF_OK;
    }
    int cacheable =
        askf_ledger_member(l, u, ul, seq, INT64_MAX, &all_st, NULL) == ASKF_OK &&
        askf_member_equal(askf_member_state_view(now_st), askf_member_state_view(all_st));
    askf_member_state_free(all_st);
    mc_entry *e = cacheable ? calloc(1, sizeof *e) : NULL;
    if (e)
        e->user = malloc(ul + 1);
    if (!e || !e->user) {
        free(e);
        if (at != now) {
            /* Something of this member takes effect later: fold at the time asked. */
            askf_member_state_free(now_st);
            now_st = NULL;
            st = askf_ledger_member(l, u, ul, seq, at, &now_st, NULL);
            if (st != ASKF_OK)
                return st;
        }
        out->owned = now_st;
        out->m = askf_member_state_view(now_st);
        return ASKF_OK;
    }
    memcpy(e->user, u, ul);
    e->user[ul] = 0;
    e->ulen = ul;
    e->hash = h;
    e->t_f = now;
    e->st = now_st;
    e->view = *askf_member_state_view(now_st);
    atomic_store(&e->refs, 2); /* the cache's and this request's */
    pthread_rwlock_wrlock(&c->lock);
    int kept = 0;
    if (unchanged_since(c, h, seq)) {
        if (c->n >= c->max)
            clear_locked(c);
        if ((c->n + 1) * 2 > c->cap)
            grow_locked(c);
        size_t i = find_slot(c, u, ul, h);
        if (c->slot[i]) {
            entry_release(c->slot[i]);
            c->n--;
        }
        c->slot[i] = e;
        c->n++;
        kept = 1;
    }
    pthread_rwlock_unlock(&c->lock);
    if (!kept)
        atomic_store(&e->refs, 1);
    out->entry = e;
    out->m = &e->view;
    return ASKF_OK;
}

void mcache_put(mc_ref *r)
{
    entry_release(r->entry);
    askf_member_state_free(r->owned);
    memset(r, 0, sizeof *r);
}

void mcache_stats(member_cache *c, uint64_t *hits, uint64_t *misses, uint64_t *inval,
                  size_t *entries)
{
    *hits = atomic_load(&c->hits);
    *misses = atomic_load(&c->misses);
    *inval = atomic_load(&c->invalidations);
    pthread_rwlock_rdlock(&c->lock);
    *entries = c->n;
    pthread_rwlock_unlock(&c->lock);
}
