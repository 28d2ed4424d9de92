/*
 * sqlite_tail.c - the in-memory index of an SQLite ledger's unmerged tail
 * (see sqlite_tail.h). Two chained hash tables over one array of entries:
 * each bucket points at its newest entry and every entry at the next older
 * one in its bucket, so removing the newest entries (a rolled-back
 * transaction) only moves bucket heads back.
 */
#include "sqlite_tail.h"

#include "common/alloc.h"
#include "common/slice.h"

#include <string.h>

static uint32_t hash_bytes(const char *p, size_t n)
{
    /* FNV-1a: the keys are short and not attacker-chosen in bulk (a hostile
     * choice of ids only lengthens chains of at most a merge's worth). */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)p[i];
        h *= 16777619u;
    }
    return h;
}

askf__tail *askf__tail_new(void)
{
    askf__tail *t = askf__calloc(1, sizeof *t);
    if (!t)
        return NULL;
    pthread_rwlockattr_t a;
    pthread_rwlockattr_init(&a);
    /* A merge's prune must not wait behind an endless stream of readers. */
    pthread_rwlockattr_setkind_np(&a, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&t->lock, &a);
    pthread_rwlockattr_destroy(&a);
    pthread_mutex_init(&t->ref_mu, NULL);
    t->refs = 1;
    return t;
}

void askf__tail_ref(askf__tail *t)
{
    pthread_mutex_lock(&t->ref_mu);
    t->refs++;
    pthread_mutex_unlock(&t->ref_mu);
}

static void tail_clear(askf__tail *t)
{
    askf__free(t->v);
    askf__free(t->arena);
    askf__free(t->id_b);
    askf__free(t->user_b);
    t->v = NULL;
    t->arena = NULL;
    t->id_b = t->user_b = NULL;
    t->n = t->cap = t->alen = t->acap = t->nb = 0;
}

void askf__tail_unref(askf__tail *t)
{
    if (!t)
        return;
    pthread_mutex_lock(&t->ref_mu);
    int last = --t->refs == 0;
    pthread_mutex_unlock(&t->ref_mu);
    if (!last)
        return;
    tail_clear(t);
    pthread_rwlock_destroy(&t->lock);
    pthread_mutex_destroy(&t->ref_mu);
    askf__free(t);
}

/* Link entry i at the head of its two buckets. */
static void link_entry(askf__tail *t, size_t i)
{
    askf__tail_ent *e = &t->v[i];
    size_t bi = e->id_hash & (t->nb - 1), bu = e->user_hash & (t->nb - 1);
    e->next_id = t->id_b[bi];
    t->id_b[bi] = (uint32_t)(i + 1);
    e->next_user = t->user_b[bu];
    t->user_b[bu] = (uint32_t)(i + 1);
}

/* Rebuild both tables with nb buckets. 0 or -1 (unchanged). */
static int rehash(askf__tail *t, size_t nb)
{
    uint32_t *ib = askf__calloc(nb, sizeof *ib), *ub = askf__calloc(nb, sizeof *ub);
    if (!ib || !ub) {
        askf__free(ib);
        askf__free(ub);
        return -1;
    }
    askf__free(t->id_b);
    askf__free(t->user_b);
    t->id_b = ib;
    t->user_b = ub;
    t->nb = nb;
    for (size_t i = 0; i < t->n; i++)
        link_entry(t, i);
    return 0;
}

int askf__tail_reserve(askf__tail *t, size_t bytes)
{
    if (t->n + 1 > UINT32_MAX - 1 || t->alen + bytes > UINT32_MAX)
        return -1;
    if (askf__grow((void **)&t->v, &t->cap, t->n, sizeof *t->v, 1024) != 0)
        return -1;
    if (t->alen + bytes > t->acap) {
        size_t cap = t->acap ? t->acap * 2 : 65536;
        while (cap < t->alen + bytes)
            cap *= 2;
        char *a = askf__realloc(t->arena, cap);
        if (!a)
            return -1;
        t->arena = a;
        t->acap = cap;
    }
    if ((t->n + 1) * 2 > t->nb && rehash(t, t->nb ? t->nb * 2 : 2048) != 0)
        return -1;
    return 0;
}

static uint32_t put_bytes(askf__tail *t, askf_slice s)
{
    uint32_t off = (uint32_t)t->alen;
    if (s.len)
        memcpy(t->arena + t->alen, s.ptr, s.len);
    t->alen += s.len;
    return off;
}

int askf__tail_add(askf__tail *t, int64_t seq, askf_time at, askf_slice id, askf_slice user)
{
    if (askf__tail_reserve(t, id.len + user.len) != 0)
        return -1;
    askf__tail_ent *e = &t->v[t->n];
    e->seq = seq;
    e->at = at;
    e->id_len = (uint32_t)id.len;
    e->id_off = put_bytes(t, id);
    e->user_len = (uint32_t)user.len;
    e->user_off = put_bytes(t, user);
    e->id_hash = hash_bytes(id.ptr, id.len);
    e->user_hash = hash_bytes(user.ptr, user.len);
    link_entry(t, t->n);
    t->n++;
    if (seq > t->top)
        t->top = seq;
    return 0;
}

void askf__tail_truncate(askf__tail *t, size_t n)
{
    while (t->n > n) {
        size_t i = --t->n;
        askf__tail_ent *e = &t->v[i];
        /* The newest entry heads both of its buckets. */
        t->id_b[e->id_hash & (t->nb - 1)] = e->next_id;
        t->user_b[e->user_hash & (t->nb - 1)] = e->next_user;
        t->alen = e->id_off;
    }
    t->top = t->n ? t->v[t->n - 1].seq : t->base;
}

int askf__tail_prune(askf__tail *t, int64_t upto)
{
    if (upto <= t->base)
        return 0;
    size_t k = 0;
    while (k < t->n && t->v[k].seq <= upto)
        k++;
    if (k > 0) {
        uint32_t shift = k < t->n ? t->v[k].id_off : (uint32_t)t->alen;
        memmove(t->v, t->v + k, (t->n - k) * sizeof *t->v);
        t->n -= k;
        memmove(t->arena, t->arena + shift, t->alen - shift);
        t->alen -= shift;
        for (size_t i = 0; i < t->n; i++) {
            t->v[i].id_off -= shift;
            t->v[i].user_off -= shift;
        }
    }
    t->base = upto;
    if (t->top < upto)
        t->top = upto;
    if (t->nb && rehash(t, t->nb) != 0) {
        tail_clear(t);
        t->loaded = 0;
        return -1;
    }
    return 0;
}

static int same(const askf__tail *t, uint32_t off, uint32_t len, askf_slice s)
{
    return askf__slice_eq((askf_slice){t->arena + off, len}, s);
}

int64_t askf__tail_find_id(const askf__tail *t, askf_slice id, int64_t lo, int64_t hi)
{
    if (!t->nb)
        return 0;
    uint32_t h = hash_bytes(id.ptr, id.len);
    for (uint32_t i = t->id_b[h & (t->nb - 1)]; i; i = t->v[i - 1].next_id) {
        const askf__tail_ent *e = &t->v[i - 1];
        if (e->id_hash == h && e->seq > lo && e->seq <= hi && same(t, e->id_off, e->id_len, id))
            return e->seq;
    }
    return 0;
}

int askf__tail_user_seqs(const askf__tail *t, askf_slice user, int64_t lo, int64_t hi,
                         int64_t **out, size_t *n, size_t *cap)
{
    if (!t->nb)
        return 0;
    uint32_t h = hash_bytes(user.ptr, user.len);
    for (uint32_t i = t->user_b[h & (t->nb - 1)]; i; i = t->v[i - 1].next_user) {
        const askf__tail_ent *e = &t->v[i - 1];
        if (e->user_hash != h || e->seq <= lo || e->seq > hi ||
            !same(t, e->user_off, e->user_len, user))
            continue;
        if (askf__grow((void **)out, cap, *n, sizeof **out, 16) != 0)
            return -1;
        (*out)[(*n)++] = e->seq;
    }
    return 0;
}
