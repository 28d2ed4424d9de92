/*
 * fold.c - turning a member's events into the askf_member view the decision
 * function reads. Events arrive in fold order ((at, id), see docs/formats.md);
 * the builder keeps growable scratch arrays and, when the member is complete,
 * packs everything into one block: a single allocation for an
 * askf_member_state, or a chunk of the fold's arena for a full fold, so a fold
 * of a million events costs a handful of allocations per thousand members.
 */
#include "ledger_int.h"

#include "common/alloc.h"

#include <stdlib.h>
#include <string.h>

/* Strings live in the builder's buffer and are addressed by offset until packing. */
typedef struct ref {
    size_t off, len;
} ref;

typedef struct b_choice {
    ref purpose;
    uint8_t choice;
    uint8_t notice[ASKF_HASH_SIZE];
    askf_time at;
} b_choice;

typedef struct b_objection {
    ref id, purpose;
    uint8_t kind, state;
    askf_time at, resolved_at;
} b_objection;

typedef struct b_deleted {
    ref id;
    askf_time at;
} b_deleted;

/* A resolution seen before its objection (same `at`, smaller id). */
typedef struct b_resolution {
    ref objection;
    uint8_t outcome;
    askf_time at;
} b_resolution;

struct askf__fold_builder {
    askf_buf str;
    ref user;
    askf_member m; /* scalar fields */
    b_choice *ch;
    size_t n_ch, cap_ch;
    b_objection *ob;
    size_t n_ob, cap_ob;
    b_deleted *del;
    size_t n_del, cap_del;
    b_resolution *res;
    size_t n_res, cap_res;
};

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 8;
    void *q = askf__realloc(*p, nc * size);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
    return 0;
}

static ref put(askf__fold_builder *b, askf_slice s)
{
    ref r = {b->str.len, s.len};
    askf__buf_put(&b->str, s.ptr, s.len);
    return r;
}

static int ref_eq(const askf__fold_builder *b, ref r, askf_slice s)
{
    return r.len == s.len && memcmp(b->str.ptr + r.off, s.ptr, s.len) == 0;
}

askf__fold_builder *askf__fold_builder_new(void)
{
    askf__fold_builder *b = askf__calloc(1, sizeof *b);
    if (b)
        askf__buf_init(&b->str);
    return b;
}

void askf__fold_builder_free(askf__fold_builder *b)
{
    if (!b)
        return;
    askf__buf_free(&b->str);
    askf__free(b->ch);
    askf__free(b->ob);
    askf__free(b->del);
    askf__free(b->res);
    askf__free(b);
}

int askf__fold_builder_reset(askf__fold_builder *b, askf_slice user)
{
    askf__buf_reset(&b->str);
    b->str.oom = 0;
    b->n_ch = b->n_ob = b->n_del = b->n_res = 0;
    memset(&b->m, 0, sizeof b->m);
    b->m.birth_days = INT32_MIN;
    b->m.deleted_at = ASKF_TIME_NONE;
    b->m.gpc_at = ASKF_TIME_NONE;
    b->m.profile_at = ASKF_TIME_NONE;
    b->user = put(b, user);
    return b->str.oom ? -1 : 0;
}

int askf__fold_builder_user_differs(const askf__fold_builder *b, askf_slice user)
{
    return !ref_eq(b, b->user, user);
}

static void resolve(b_objection *o, uint8_t outcome, askf_time at)
{
    o->state = outcome;
    o->resolved_at = at;
}

int askf__fold_builder_apply(askf__fold_builder *b, const askf__event *ev)
{
    b->m.known = 1;
    switch (ev->type) {
    case ASKF__EV_PROFILE:
        if (ev->has_region)
            memcpy(b->m.region, ev->region, 2);
        if (ev->has_birth)
            b->m.birth_days = ev->birth_days;
        b->m.profile_at = ev->at;
        break;
    case ASKF__EV_CONSENT: {
        b_choice *c = NULL;
        for (size_t i = 0; i < b->n_ch && !c; i++)
            if (ref_eq(b, b->ch[i].purpose, ev->purpose))
                c = &b->ch[i];
        if (!c) {
            if (grow((void **)&b->ch, &b->cap_ch, b->n_ch, sizeof *b->ch))
                return -1;
            c = &b->ch[b->n_ch++];
            c->purpose = put(b, ev->purpose);
        }
        c->choice = ev->choice;
        /* Every stored consent carries its notice (ledger.c binds the one in
         * force when the member did not name one). */
        memcpy(c->notice, ev->notice, ASKF_HASH_SIZE);
        c->at = ev->at;
        break;
    }
    case ASKF__EV_OBJECTION: {
        if (grow((void **)&b->ob, &b->cap_ob, b->n_ob, sizeof *b->ob))
            return -1;
        b_objection *o = &b->ob[b->n_ob++];
        o->id = put(b, ev->id);
        o->purpose = put(b, ev->purpose);
        o->kind = ev->kind;
        o->state = ASKF_OBJECTION_OPEN;
        o->at = ev->at;
        o->resolved_at = ASKF_TIME_NONE;
        for (size_t i = 0; i < b->n_res; i++)
            if (b->res[i].objection.len == ev->id.len &&
                memcmp(b->str.ptr + b->res[i].objection.off, ev->id.ptr, ev->id.len) == 0)
                resolve(o, b->res[i].outcome, b->res[i].at);
        break;
    }
    case ASKF__EV_OBJECTION_RESOLVED: {
        int found = 0;
        for (size_t i = 0; i < b->n_ob; i++)
            if (ref_eq(b, b->ob[i].id, ev->objection)) {
                resolve(&b->ob[i], ev->outcome, ev->at);
                found = 1;
            }
        if (!found) {
            if (grow((void **)&b->res, &b->cap_res, b->n_res, sizeof *b->res))
                return -1;
            b_resolution *r = &b->res[b->n_res++];
            r->objection = put(b, ev->objection);
            r->outcome = ev->outcome;
            r->at = ev->at;
        }
        break;
    }
    case ASKF__EV_DELETE:
        if (ev->content.len) {
            if (grow((void **)&b->del, &b->cap_del, b->n_del, sizeof *b->del))
                return -1;
            b->del[b->n_del].id = put(b, ev->content);
            b->del[b->n_del].at = ev->at;
            b->n_del++;
        } else if (b->m.deleted_at == ASKF_TIME_NONE) {
            b->m.deleted_at = ev->at;
        }
        break;
    case ASKF__EV_GPC:
        if (b->m.gpc_at == ASKF_TIME_NONE)
            b->m.gpc_at = ev->at;
        break;
    default: break;
    }
    return b->str.oom ? -1 : 0;
}

/* qsort context: the builder's string buffer (qsort has no user pointer). */
static _Thread_local const char *sort_str;

static int cmp_deleted(const void *a, const void *b)
{
    const b_deleted *x = a, *y = b;
    size_t n = x->id.len < y->id.len ? x->id.len : y->id.len;
    int c = memcmp(sort_str + x->id.off, sort_str + y->id.off, n);
    if (c)
        return c;
    if (x->id.len != y->id.len)
        return x->id.len < y->id.len ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Sort deleted content by id and keep the earliest deletion of each id. */
static void finish_deleted(askf__fold_builder *b)
{
    if (b->n_del < 2)
        return;
    sort_str = b->str.ptr;
    qsort(b->del, b->n_del, sizeof *b->del, cmp_deleted);
    size_t w = 1;
    for (size_t i = 1; i < b->n_del; i++) {
        const b_deleted *p = &b->del[w - 1], *c = &b->del[i];
        if (p->id.len == c->id.len &&
            memcmp(b->str.ptr + p->id.off, b->str.ptr + c->id.off, c->id.len) == 0)
            continue;
        b->del[w++] = *c;
    }
    b->n_del = w;
}

static size_t packed_size(const askf__fold_builder *b)
{
    return b->n_ch * sizeof(askf_choice) + b->n_ob * sizeof(askf_objection) +
           b->n_del * sizeof(askf_deleted_content) + ((b->str.len + 7) & ~(size_t)7);
}

/* Lay the member out in mem (packed_size bytes, 8-aligned). */
static void pack(askf__fold_builder *b, char *mem, askf_member *m)
{
    askf_choice *ch = (askf_choice *)mem;
    askf_objection *ob = (askf_objection *)(ch + b->n_ch);
    askf_deleted_content *del = (askf_deleted_content *)(ob + b->n_ob);
    char *str = (char *)(del + b->n_del);
    if (b->str.len)
        memcpy(str, b->str.ptr, b->str.len);
#define S(r) ((askf_slice){str + (r).off, (r).len})
    *m = b->m;
    m->user = S(b->user);
    for (size_t i = 0; i < b->n_ch; i++) {
        ch[i].purpose = S(b->ch[i].purpose);
        ch[i].choice = b->ch[i].choice;
        memcpy(ch[i].notice_hash, b->ch[i].notice, ASKF_HASH_SIZE);
        ch[i].at = b->ch[i].at;
    }
    for (size_t i = 0; i < b->n_ob; i++) {
        ob[i].id = S(b->ob[i].id);
        ob[i].purpose = S(b->ob[i].purpose);
        ob[i].kind = b->ob[i].kind;
        ob[i].state = b->ob[i].state;
        ob[i].at = b->ob[i].at;
        ob[i].resolved_at = b->ob[i].resolved_at;
    }
    for (size_t i = 0; i < b->n_del; i++) {
        del[i].id = S(b->del[i].id);
        del[i].at = b->del[i].at;
    }
#undef S
    m->choices = b->n_ch ? ch : NULL;
    m->n_choices = b->n_ch;
    m->objections = b->n_ob ? ob : NULL;
    m->n_objections = b->n_ob;
    m->deleted_content = b->n_del ? del : NULL;
    m->n_deleted_content = b->n_del;
}

struct askf_member_state {
    askf_member view;
    _Alignas(8) char data[];
};

askf_status askf__member_state_build(askf__fold_builder *b, askf_member_state **out)
{
    finish_deleted(b);
    askf_member_state *s = askf__malloc(sizeof *s + packed_size(b));
    if (!s)
        return ASKF_ERR_NOMEM;
    pack(b, s->data, &s->view);
    *out = s;
    return ASKF_OK;
}

const askf_member *askf_member_state_view(const askf_member_state *s)
{
    return s ? &s->view : NULL;
}

void askf_member_state_free(askf_member_state *s)
{
    askf__free(s);
}

/* --- the full fold --------------------------------------------------------- */

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    _Alignas(8) char data[];
} chunk;

#define CHUNK_SIZE ((size_t)1 << 20)

struct askf_fold {
    int64_t seq;
    askf_time t;
    askf_member *members;
    size_t n, cap;
    chunk *chunks;
};

askf_fold *askf__fold_new(int64_t seq, askf_time t)
{
    askf_fold *f = askf__calloc(1, sizeof *f);
    if (f) {
        f->seq = seq;
        f->t = t;
    }
    return f;
}

static void *arena_alloc(askf_fold *f, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (!f->chunks || f->chunks->cap - f->chunks->used < n) {
        size_t cap = n > CHUNK_SIZE ? n : CHUNK_SIZE;
        chunk *c = askf__malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = f->chunks;
        c->used = 0;
        c->cap = cap;
        f->chunks = c;
    }
    void *p = f->chunks->data + f->chunks->used;
    f->chunks->used += n;
    return p;
}

int askf__fold_add(askf_fold *f, askf__fold_builder *b)
{
    finish_deleted(b);
    if (grow((void **)&f->members, &f->cap, f->n, sizeof *f->members))
        return -1;
    char *mem = arena_alloc(f, packed_size(b));
    if (!mem)
        return -1;
    pack(b, mem, &f->members[f->n++]);
    return 0;
}

size_t askf_fold_count(const askf_fold *f)
{
    return f ? f->n : 0;
}

const askf_member *askf_fold_member(const askf_fold *f, size_t i)
{
    return f && i < f->n ? &f->members[i] : NULL;
}

const askf_member *askf_fold_find(const askf_fold *f, const char *user, size_t len)
{
    if (!f || !user)
        return NULL;
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        askf_slice u = f->members[mid].user;
        size_t n = u.len < len ? u.len : len;
        int c = memcmp(u.ptr, user, n);
        if (c == 0)
            c = u.len < len ? -1 : u.len > len;
        if (c == 0)
            return &f->members[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int64_t askf_fold_seq(const askf_fold *f)
{
    return f ? f->seq : 0;
}
askf_time askf_fold_time(const askf_fold *f)
{
    return f ? f->t : ASKF_TIME_NONE;
}

void askf_fold_free(askf_fold *f)
{
    if (!f)
        return;
    chunk *c = f->chunks;
    while (c) {
        chunk *n = c->next;
        askf__free(c);
        c = n;
    }
    askf__free(f->members);
    askf__free(f);
}
