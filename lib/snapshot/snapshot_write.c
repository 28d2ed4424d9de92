/*
 * snapshot_write.c - turn a fold (askf_ledger_fold) into a snapshot file.
 * Two passes over the members: the first collects the purpose ids and notice
 * hashes into small sorted tables, the second lays out the fixed-size records,
 * the id bytes, and the overflow entries that only members with choices,
 * objections, deletions or a GPC signal need. Every table is ordered by
 * content, never by arrival, so the same (S, T) gives the same bytes.
 */
#include "snapshot_int.h"

#include "common/alloc.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/hash.h"
#include "common/slice.h"
#include "io/io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct wtables {
    askf_slice *purposes;
    size_t n_purposes, cap_purposes;
    uint8_t (*notices)[ASKF_HASH_SIZE];
    size_t n_notices, cap_notices;
} wtables;

/* Index of s in the sorted table, or -(insertion point) - 1. */
static long purpose_find(const wtables *w, askf_slice s)
{
    size_t lo = 0, hi = w->n_purposes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = askf__slice_cmp(w->purposes[mid], s);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -(long)lo - 1;
}

static long notice_find(const wtables *w, const uint8_t *h)
{
    size_t lo = 0, hi = w->n_notices;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = memcmp(w->notices[mid], h, ASKF_HASH_SIZE);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -(long)lo - 1;
}

static int add_purpose(wtables *w, askf_slice s)
{
    long i = purpose_find(w, s);
    if (i >= 0)
        return 0;
    size_t at = (size_t)(-i - 1);
    if (w->n_purposes == w->cap_purposes) {
        size_t nc = w->cap_purposes ? w->cap_purposes * 2 : 16;
        void *p = askf__realloc(w->purposes, nc * sizeof *w->purposes);
        if (!p)
            return -1;
        w->purposes = p;
        w->cap_purposes = nc;
    }
    memmove(&w->purposes[at + 1], &w->purposes[at], (w->n_purposes - at) * sizeof *w->purposes);
    w->purposes[at] = s;
    w->n_purposes++;
    return 0;
}

static int add_notice(wtables *w, const uint8_t *h)
{
    long i = notice_find(w, h);
    if (i >= 0)
        return 0;
    size_t at = (size_t)(-i - 1);
    if (w->n_notices == w->cap_notices) {
        size_t nc = w->cap_notices ? w->cap_notices * 2 : 16;
        void *p = askf__realloc(w->notices, nc * sizeof *w->notices);
        if (!p)
            return -1;
        w->notices = p;
        w->cap_notices = nc;
    }
    memmove(&w->notices[at + 1], &w->notices[at], (w->n_notices - at) * sizeof *w->notices);
    memcpy(w->notices[at], h, ASKF_HASH_SIZE);
    w->n_notices++;
    return 0;
}

static int write_all(int fd, const void *p, size_t n, askf__fsha *h)
{
    const char *c = p;
    if (h)
        askf__fsha_update(h, p, n);
    while (n) {
        ssize_t w = write(fd, c, n > (1u << 30) ? (1u << 30) : n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Append s to strings, returning its offset; sets *lim when past 4 GiB. */
static uint32_t put_string(askf_buf *strings, askf_slice s, int *lim)
{
    size_t off = strings->len;
    if (off + s.len > UINT32_MAX) {
        *lim = 1;
        return 0;
    }
    askf__buf_put(strings, s.ptr, s.len);
    return (uint32_t)off;
}

askf_status askf_snapshot_write(const askf_snapshot_src *src, const char *path,
                                askf_snapshot_info *info, askf_error *err)
{
    askf_status st = ASKF_OK;
    wtables w = {0};
    askf_buf recs, ids, ext, purposes, strings;
    uint32_t *index = NULL;
    size_t index_slots = 0;
    askf__buf_init(&recs);
    askf__buf_init(&ids);
    askf__buf_init(&ext);
    askf__buf_init(&purposes);
    askf__buf_init(&strings);
    char *tmp = NULL;
    int fd = -1, lim = 0;
    snap_header hd;
    memset(&hd, 0, sizeof hd);

    if (!src || !src->fold || !path)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "snapshot: no fold or no path");
    askf__crypto_init();
    size_t n = askf_fold_count(src->fold);
    uint64_t n_ch = 0, n_ob = 0, n_del = 0;

    /* Pass 1: the purpose and notice tables. */
    for (size_t i = 0; i < n; i++) {
        const askf_member *m = askf_fold_member(src->fold, i);
        for (size_t k = 0; k < m->n_choices; k++)
            if (add_purpose(&w, m->choices[k].purpose) || add_notice(&w, m->choices[k].notice_hash))
                goto nomem;
        for (size_t k = 0; k < m->n_objections; k++)
            if (add_purpose(&w, m->objections[k].purpose))
                goto nomem;
    }
    if (w.n_purposes > 0xffff) {
        st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL,
                       "snapshot: %zu distinct purposes, the format holds 65535", w.n_purposes);
        goto cleanup;
    }
    for (size_t i = 0; i < w.n_purposes; i++) {
        snap_str ps;
        ps.len = (uint32_t)w.purposes[i].len;
        ps.off = put_string(&strings, w.purposes[i], &lim);
        askf__buf_put(&purposes, &ps, sizeof ps);
    }

    /* Pass 2: records, ids, overflow entries. */
    if (askf__buf_reserve(&recs, n * sizeof(snap_record)))
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        const askf_member *m = askf_fold_member(src->fold, i);
        snap_record r;
        memset(&r, 0, sizeof r);
        r.profile_at = m->profile_at;
        if (ids.len + m->user.len > UINT32_MAX)
            lim = 1;
        r.id_off = (uint32_t)ids.len;
        askf__buf_put(&ids, m->user.ptr, m->user.len);
        r.birth_days = m->birth_days;
        memcpy(r.region, m->region, 2);
        r.flags = m->known ? 1 : 0;
        r.ext = ASKF__SNAP_NONE;
        if (m->n_choices || m->n_objections || m->n_deleted_content ||
            m->deleted_at != ASKF_TIME_NONE || m->gpc_at != ASKF_TIME_NONE) {
            if (ext.len / 8 >= ASKF__SNAP_NONE || m->n_choices > UINT32_MAX ||
                m->n_objections > UINT32_MAX || m->n_deleted_content > UINT32_MAX)
                lim = 1;
            r.ext = (uint32_t)(ext.len / 8);
            snap_ext e;
            memset(&e, 0, sizeof e);
            e.n_choices = (uint32_t)m->n_choices;
            e.n_objections = (uint32_t)m->n_objections;
            e.n_deleted = (uint32_t)m->n_deleted_content;
            e.deleted_at = m->deleted_at;
            e.gpc_at = m->gpc_at;
            askf__buf_put(&ext, &e, sizeof e);
            for (size_t k = 0; k < m->n_choices; k++) {
                snap_choice c;
                memset(&c, 0, sizeof c);
                c.at = m->choices[k].at;
                c.purpose = (uint16_t)purpose_find(&w, m->choices[k].purpose);
                c.notice = (uint32_t)notice_find(&w, m->choices[k].notice_hash);
                c.choice = m->choices[k].choice;
                askf__buf_put(&ext, &c, sizeof c);
            }
            for (size_t k = 0; k < m->n_objections; k++) {
                const askf_objection *o = &m->objections[k];
                snap_objection so;
                memset(&so, 0, sizeof so);
                so.at = o->at;
                so.resolved_at = o->resolved_at;
                so.id_off = put_string(&strings, o->id, &lim);
                so.id_len = (uint32_t)o->id.len;
                so.purpose = (uint16_t)purpose_find(&w, o->purpose);
                so.kind = o->kind;
                so.state = o->state;
                askf__buf_put(&ext, &so, sizeof so);
            }
            for (size_t k = 0; k < m->n_deleted_content; k++) {
                const askf_deleted_content *d = &m->deleted_content[k];
                snap_deleted sd;
                sd.at = d->at;
                sd.id_off = put_string(&strings, d->id, &lim);
                sd.id_len = (uint32_t)d->id.len;
                askf__buf_put(&ext, &sd, sizeof sd);
            }
            n_ch += m->n_choices;
            n_ob += m->n_objections;
            n_del += m->n_deleted_content;
        }
        askf__buf_put(&recs, &r, sizeof r);
    }
    if (recs.oom || ids.oom || ext.oom || purposes.oom || strings.oom)
        goto nomem;
    if (lim || n >= UINT32_MAX) {
        st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL,
                       "snapshot: ids or strings exceed the format's 4 GiB section limit");
        goto cleanup;
    }
    /* Hash index: a power of two >= 1.25 n slots, linear probing, filled in
     * record order (deterministic). About 4-7 bytes per member; a lookup costs
     * one or two cache misses instead of a binary search's twenty. */
    index_slots = 16;
    while (index_slots < n + n / 4)
        index_slots *= 2;
    if (!(index = askf__calloc(index_slots, sizeof *index)))
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        const askf_member *m = askf_fold_member(src->fold, i);
        size_t slot = (size_t)askf__snap_hash(m->user.ptr, m->user.len) & (index_slots - 1);
        while (index[slot])
            slot = (slot + 1) & (index_slots - 1);
        index[slot] = (uint32_t)(i + 1);
    }

    /* Header. */
    memcpy(hd.magic, ASKF__SNAP_MAGIC, 8);
    hd.version = ASKF_SNAPSHOT_VERSION;
    hd.header_size = ASKF__SNAP_HEADER_SIZE;
    hd.seq = src->seq;
    hd.t = src->t;
    if (src->head_hash)
        memcpy(hd.head_hash, src->head_hash, ASKF_HASH_SIZE);
    hd.n_members = n;
    hd.n_purposes = w.n_purposes;
    hd.n_notices = w.n_notices;
    hd.n_choices = n_ch;
    hd.n_objections = n_ob;
    hd.n_deleted = n_del;
    const void *body[ASKF__SEC_COUNT] = {recs.ptr, ids.ptr, ext.ptr, purposes.ptr,
                                         w.notices, strings.ptr, src->policy_text, index};
    size_t lens[ASKF__SEC_COUNT] = {recs.len, ids.len, ext.len, purposes.len,
                                    w.n_notices * ASKF_HASH_SIZE, strings.len,
                                    src->policy_text ? src->policy_len : 0,
                                    index_slots * sizeof *index};
    uint64_t off = ASKF__SNAP_HEADER_SIZE;
    for (int s = 0; s < ASKF__SEC_COUNT; s++) {
        hd.sec[s].off = off;
        hd.sec[s].len = lens[s];
        off = (off + lens[s] + 7) & ~(uint64_t)7;
    }
    hd.file_size = off;

    /* Body into a temporary file next to the target, hashing as it goes. */
    size_t plen = strlen(path);
    tmp = askf__malloc(plen + 32);
    if (!tmp)
        goto nomem;
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp", 5);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot create %s: %s", tmp, strerror(errno));
        goto cleanup;
    }
    askf__fsha *h = askf__fsha_new();
    if (!h)
        goto nomem;
    static const char zeros[8];
    if (write_all(fd, &hd, sizeof hd, NULL))
        goto ioerr;
    for (int s = 0; s < ASKF__SEC_COUNT; s++) {
        if ((lens[s] && write_all(fd, body[s], lens[s], h)) ||
            ((lens[s] & 7) && write_all(fd, zeros, 8 - (lens[s] & 7), h))) {
            askf__fsha_free(h);
            goto ioerr;
        }
    }
    askf__fsha_final(h, hd.body_sha256);
    askf__fsha_free(h);
    askf__sha256(&hd, offsetof(snap_header, header_sha256), hd.header_sha256);
    if (pwrite(fd, &hd, sizeof hd, 0) != (ssize_t)sizeof hd || fsync(fd) != 0)
        goto ioerr;
    if (close(fd) != 0) {
        fd = -1;
        goto ioerr;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto ioerr;
    if (info) {
        memset(info, 0, sizeof *info);
        info->version = hd.version;
        info->seq = hd.seq;
        info->t = hd.t;
        memcpy(info->head_hash, hd.head_hash, ASKF_HASH_SIZE);
        memcpy(info->body_sha256, hd.body_sha256, ASKF_HASH_SIZE);
        info->file_bytes = hd.file_size;
        info->members = n;
        info->choices = n_ch;
        info->objections = n_ob;
        info->deleted_content = n_del;
        info->purposes = w.n_purposes;
        info->notices = w.n_notices;
        info->policy_bytes = lens[ASKF__SEC_POLICY];
    }
    goto cleanup;

ioerr:
    st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot write %s: %s", tmp, strerror(errno));
    goto cleanup;
nomem:
    st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "snapshot: out of memory");
cleanup:
    if (fd >= 0)
        close(fd);
    if (st != ASKF_OK && tmp)
        unlink(tmp);
    askf__free(tmp);
    askf__free(index);
    askf__free(w.purposes);
    askf__free(w.notices);
    askf__buf_free(&recs);
    askf__buf_free(&ids);
    askf__buf_free(&ext);
    askf__buf_free(&purposes);
    askf__buf_free(&strings);
    return st;
}

typedef struct head_at {
    uint8_t hash[ASKF_HASH_SIZE];
    int found;
} head_at;

static int take_hash(const askf_event_view *ev, void *ud)
{
    head_at *h = ud;
    memcpy(h->hash, ev->hash, ASKF_HASH_SIZE);
    h->found = 1;
    return 1;
}

askf_status askf_snapshot_write_ledger(askf_ledger *l, int64_t seq, askf_time t, const char *path,
                                       askf_snapshot_info *info, askf_error *err)
{
    askf_fold *f = NULL;
    askf_status st = askf_ledger_fold(l, seq, t, &f, err);
    if (st != ASKF_OK)
        return st;
    askf_snapshot_src src;
    memset(&src, 0, sizeof src);
    src.fold = f;
    src.seq = askf_fold_seq(f);
    src.t = t;
    head_at h;
    memset(&h, 0, sizeof h);
    if (src.seq > 0) {
        st = askf_ledger_scan(l, src.seq, src.seq, take_hash, &h, err);
        if (st != ASKF_OK)
            goto done;
        src.head_hash = h.hash;
    }
    const askf_policy *p = NULL;
    if (askf_ledger_policy_at(l, src.seq, t, &p) == ASKF_OK && p)
        src.policy_text = askf_policy_text(p, &src.policy_len);
    st = askf_snapshot_write(&src, path, info, err);
done:
    askf_fold_free(f);
    return st;
}
