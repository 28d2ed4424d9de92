/*
 * snapshot_read.c - open a snapshot file with mmap and answer lookups from it
 * without copying: the askf_member view's slices point into the mapping and
 * only the small per-member arrays (choices, objections, deletions) are
 * filled into the caller's scratch.
 *
 * Open checks the header and the section table in O(1) plus the purpose
 * table; the body checksum is left to askf_snapshot_verify() (or the VERIFY
 * flag) so that opening a 10-million-member file costs no more than opening a
 * small one. Because the body may then be unverified, every offset a lookup
 * follows is bounds-checked against its section.
 */
#include "snapshot_int.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/hash.h"
#include "io/io.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct askf_snapshot {
    const uint8_t *map;
    size_t size;
    const snap_header *hd;
    const snap_record *recs;
    const char *ids;
    uint64_t ids_len;
    const uint8_t *ext;
    uint64_t ext_len;
    const snap_str *purposes;
    const uint8_t *notices;
    const char *strings;
    uint64_t strings_len;
    const uint32_t *index; /* NULL: binary search */
    uint64_t index_mask;
    askf_snapshot_info info;
    char *path;
};

struct askf_snapshot_scratch {
    askf_member m;
    askf_choice *ch;
    size_t cap_ch;
    askf_objection *ob;
    size_t cap_ob;
    askf_deleted_content *del;
    size_t cap_del;
};

static askf_status bad(askf_error *err, const char *path, const char *why)
{
    return askf__err(err, ASKF_ERR_CORRUPT, 0, 0, NULL, "%s is not a valid snapshot: %s", path,
                     why);
}

static askf_status check_header(askf_snapshot *s, const char *path, askf_error *err)
{
    if (s->size < ASKF__SNAP_HEADER_SIZE)
        return bad(err, path, "shorter than its header (truncated?)");
    const snap_header *hd = (const snap_header *)s->map;
    if (memcmp(hd->magic, ASKF__SNAP_MAGIC, 8) != 0)
        return bad(err, path, "wrong magic");
    if (hd->version > ASKF_SNAPSHOT_VERSION || hd->version == 0)
        return askf__err(err, hd->version ? ASKF_ERR_UNSUPPORTED : ASKF_ERR_CORRUPT, 0, 0, NULL,
                         "%s: snapshot format version %u (this build reads %d)", path,
                         (unsigned)hd->version, ASKF_SNAPSHOT_VERSION);
    uint8_t h[ASKF_HASH_SIZE];
    askf__sha256(hd, offsetof(snap_header, header_sha256), h);
    if (memcmp(h, hd->header_sha256, ASKF_HASH_SIZE) != 0)
        return bad(err, path, "header checksum mismatch");
    if (hd->header_size != ASKF__SNAP_HEADER_SIZE)
        return bad(err, path, "unexpected header size");
    if (hd->file_size != s->size)
        return askf__err(err, ASKF_ERR_CORRUPT, 0, 0, NULL,
                         "%s is not a valid snapshot: %zu bytes, header says %llu (truncated?)",
                         path, s->size, (unsigned long long)hd->file_size);
    uint64_t prev_end = ASKF__SNAP_HEADER_SIZE;
    for (int i = 0; i < ASKF__SEC_COUNT; i++) {
        const snap_section *sec = &hd->sec[i];
        if (sec->off % 8 || sec->off < prev_end || sec->off > s->size ||
            sec->len > s->size - sec->off)
            return bad(err, path, "a section lies outside the file");
        prev_end = sec->off + sec->len;
    }
    /* Sizes the counts imply; overflow-safe because each count is checked
     * against the file size first. */
    if (hd->n_members > s->size / sizeof(snap_record) ||
        hd->sec[ASKF__SEC_RECORDS].len != hd->n_members * sizeof(snap_record) ||
        hd->n_purposes > 0xffff ||
        hd->sec[ASKF__SEC_PURPOSES].len != hd->n_purposes * sizeof(snap_str) ||
        hd->n_notices > s->size / ASKF_HASH_SIZE ||
        hd->sec[ASKF__SEC_NOTICES].len != hd->n_notices * ASKF_HASH_SIZE ||
        hd->sec[ASKF__SEC_IDS].len > UINT32_MAX || hd->sec[ASKF__SEC_STRINGS].len > UINT32_MAX ||
        hd->sec[ASKF__SEC_EXT].len % 8)
        return bad(err, path, "section sizes disagree with the counts");
    uint64_t islots = hd->sec[ASKF__SEC_INDEX].len / 4;
    if (hd->sec[ASKF__SEC_INDEX].len % 4 || (islots & (islots - 1)) ||
        (islots && islots < hd->n_members + 1))
        return bad(err, path, "the hash index has a bad size");
    s->hd = hd;
    s->recs = (const snap_record *)(s->map + hd->sec[ASKF__SEC_RECORDS].off);
    s->ids = (const char *)s->map + hd->sec[ASKF__SEC_IDS].off;
    s->ids_len = hd->sec[ASKF__SEC_IDS].len;
    s->ext = s->map + hd->sec[ASKF__SEC_EXT].off;
    s->ext_len = hd->sec[ASKF__SEC_EXT].len;
    s->purposes = (const snap_str *)(s->map + hd->sec[ASKF__SEC_PURPOSES].off);
    s->notices = s->map + hd->sec[ASKF__SEC_NOTICES].off;
    s->strings = (const char *)s->map + hd->sec[ASKF__SEC_STRINGS].off;
    s->strings_len = hd->sec[ASKF__SEC_STRINGS].len;
    if (islots) {
        s->index = (const uint32_t *)(s->map + hd->sec[ASKF__SEC_INDEX].off);
        s->index_mask = islots - 1;
    }
    for (uint64_t i = 0; i < hd->n_purposes; i++)
        if (s->purposes[i].off > s->strings_len ||
            s->purposes[i].len > s->strings_len - s->purposes[i].off)
            return bad(err, path, "a purpose id lies outside the string table");
    askf_snapshot_info *in = &s->info;
    in->version = hd->version;
    in->seq = hd->seq;
    in->t = hd->t;
    memcpy(in->head_hash, hd->head_hash, ASKF_HASH_SIZE);
    memcpy(in->body_sha256, hd->body_sha256, ASKF_HASH_SIZE);
    in->file_bytes = hd->file_size;
    in->members = hd->n_members;
    in->choices = hd->n_choices;
    in->objections = hd->n_objections;
    in->deleted_content = hd->n_deleted;
    in->purposes = hd->n_purposes;
    in->notices = hd->n_notices;
    in->policy_bytes = hd->sec[ASKF__SEC_POLICY].len;
    return ASKF_OK;
}

askf_status askf_snapshot_open(const char *path, unsigned flags, askf_snapshot **out,
                               askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_snapshot *s = NULL;
    int fd = -1;
    if (!out || !path)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "snapshot: no path");
    *out = NULL;
    askf__crypto_init();
    s = askf__calloc(1, sizeof *s);
    if (!s || !(s->path = askf__strdup(path))) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "snapshot: out of memory");
        goto cleanup;
    }
    fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot open %s: %s", path, strerror(errno));
        goto cleanup;
    }
    if (!S_ISREG(sb.st_mode)) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "%s is not a regular file", path);
        goto cleanup;
    }
    s->size = (size_t)sb.st_size;
    if (s->size < ASKF__SNAP_HEADER_SIZE) {
        st = bad(err, path, "shorter than its header (truncated?)");
        goto cleanup;
    }
    void *m = mmap(NULL, s->size, PROT_READ, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot map %s: %s", path, strerror(errno));
        goto cleanup;
    }
    s->map = m;
    st = check_header(s, path, err);
    if (st == ASKF_OK && (flags & ASKF_SNAPSHOT_VERIFY))
        st = askf_snapshot_verify(s, NULL, err);
cleanup:
    if (fd >= 0)
        close(fd);
    if (st != ASKF_OK) {
        askf_snapshot_close(s);
        s = NULL;
    }
    *out = s;
    return st;
}

void askf_snapshot_close(askf_snapshot *s)
{
    if (!s)
        return;
    if (s->map)
        munmap((void *)s->map, s->size);
    askf__free(s->path);
    askf__free(s);
}

const askf_snapshot_info *askf_snapshot_get_info(const askf_snapshot *s)
{
    return s ? &s->info : NULL;
}

askf_status askf_snapshot_verify(const askf_snapshot *s, uint8_t file_sha256[ASKF_HASH_SIZE],
                                 askf_error *err)
{
    if (!s)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "snapshot: NULL handle");
    /* libcrypto's SHA-256 (CPU SHA extensions, lib/io/sha.c): 4x libsodium's on
     * a 500 MB snapshot. */
    askf__fsha *body = askf__fsha_new(), *file = file_sha256 ? askf__fsha_new() : NULL;
    if (!body || (file_sha256 && !file)) {
        askf__fsha_free(body);
        askf__fsha_free(file);
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "snapshot: out of memory");
    }
    askf__fsha_update(file, s->map, ASKF__SNAP_HEADER_SIZE);
    /* In 1 MiB steps so both hashes work on cached bytes. */
    for (size_t off = ASKF__SNAP_HEADER_SIZE; off < s->size;) {
        size_t n = s->size - off < (1u << 20) ? s->size - off : (1u << 20);
        askf__fsha_update(body, s->map + off, n);
        askf__fsha_update(file, s->map + off, n);
        off += n;
    }
    uint8_t h[ASKF_HASH_SIZE];
    askf__fsha_final(body, h);
    if (file_sha256)
        askf__fsha_final(file, file_sha256);
    askf__fsha_free(body);
    askf__fsha_free(file);
    if (memcmp(h, s->hd->body_sha256, ASKF_HASH_SIZE) != 0)
        return bad(err, s->path, "body checksum mismatch (the file was changed or damaged)");
    return ASKF_OK;
}

askf_slice askf_snapshot_policy_text(const askf_snapshot *s)
{
    askf_slice r = {NULL, 0};
    if (s && s->hd->sec[ASKF__SEC_POLICY].len) {
        r.ptr = (const char *)s->map + s->hd->sec[ASKF__SEC_POLICY].off;
        r.len = s->hd->sec[ASKF__SEC_POLICY].len;
    }
    return r;
}

askf_status askf_snapshot_scratch_new(askf_snapshot_scratch **out)
{
    if (!out)
        return ASKF_ERR_INVALID;
    *out = askf__calloc(1, sizeof **out);
    return *out ? ASKF_OK : ASKF_ERR_NOMEM;
}

void askf_snapshot_scratch_free(askf_snapshot_scratch *sc)
{
    if (!sc)
        return;
    askf__free(sc->ch);
    askf__free(sc->ob);
    askf__free(sc->del);
    askf__free(sc);
}

static int ensure(void **p, size_t *cap, size_t n, size_t size)
{
    if (n <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 8;
    while (nc < n)
        nc *= 2;
    void *q = askf__realloc(*p, nc * size);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
    return 0;
}

/* The id of record i, bounds-checked; -1 when the offsets are corrupt. */
static int record_id(const askf_snapshot *s, uint64_t i, askf_slice *out)
{
    uint64_t a = s->recs[i].id_off;
    uint64_t b = i + 1 < s->hd->n_members ? s->recs[i + 1].id_off : s->ids_len;
    if (a > b || b > s->ids_len)
        return -1;
    out->ptr = s->ids + a;
    out->len = (size_t)(b - a);
    return 0;
}

static int string_at(const askf_snapshot *s, uint32_t off, uint32_t len, askf_slice *out)
{
    if (off > s->strings_len || len > s->strings_len - off)
        return -1;
    out->ptr = s->strings + off;
    out->len = len;
    return 0;
}

static int purpose_at(const askf_snapshot *s, uint16_t i, askf_slice *out)
{
    if (i >= s->hd->n_purposes)
        return -1;
    out->ptr = s->strings + s->purposes[i].off;
    out->len = s->purposes[i].len;
    return 0;
}

static askf_status fill(const askf_snapshot *s, askf_snapshot_scratch *sc, uint64_t i,
                        askf_slice id, const askf_member **out)
{
    const snap_record *r = &s->recs[i];
    askf_member *m = &sc->m;
    memset(m, 0, sizeof *m);
    m->user = id;
    m->known = r->flags & 1;
    memcpy(m->region, r->region, 2);
    m->birth_days = r->birth_days;
    m->profile_at = r->profile_at;
    m->deleted_at = ASKF_TIME_NONE;
    m->gpc_at = ASKF_TIME_NONE;
    if (r->ext != ASKF__SNAP_NONE) {
        uint64_t off = (uint64_t)r->ext * 8;
        if (off > s->ext_len || s->ext_len - off < sizeof(snap_ext))
            return ASKF_ERR_CORRUPT;
        const snap_ext *e = (const snap_ext *)(s->ext + off);
        uint64_t need = (uint64_t)e->n_choices * sizeof(snap_choice) +
                        (uint64_t)e->n_objections * sizeof(snap_objection) +
                        (uint64_t)e->n_deleted * sizeof(snap_deleted);
        if (need > s->ext_len - off - sizeof(snap_ext))
            return ASKF_ERR_CORRUPT;
        m->deleted_at = e->deleted_at;
        m->gpc_at = e->gpc_at;
        if (ensure((void **)&sc->ch, &sc->cap_ch, e->n_choices, sizeof *sc->ch) ||
            ensure((void **)&sc->ob, &sc->cap_ob, e->n_objections, sizeof *sc->ob) ||
            ensure((void **)&sc->del, &sc->cap_del, e->n_deleted, sizeof *sc->del))
            return ASKF_ERR_NOMEM;
        const snap_choice *c = (const snap_choice *)(e + 1);
        for (uint32_t k = 0; k < e->n_choices; k++) {
            askf_choice *d = &sc->ch[k];
            if (purpose_at(s, c[k].purpose, &d->purpose) || c[k].notice >= s->hd->n_notices)
                return ASKF_ERR_CORRUPT;
            d->choice = c[k].choice;
            memcpy(d->notice_hash, s->notices + (size_t)c[k].notice * ASKF_HASH_SIZE,
                   ASKF_HASH_SIZE);
            d->at = c[k].at;
        }
        const snap_objection *o = (const snap_objection *)(c + e->n_choices);
        for (uint32_t k = 0; k < e->n_objections; k++) {
            askf_objection *d = &sc->ob[k];
            if (purpose_at(s, o[k].purpose, &d->purpose) ||
                string_at(s, o[k].id_off, o[k].id_len, &d->id))
                return ASKF_ERR_CORRUPT;
            d->kind = o[k].kind;
            d->state = o[k].state;
            d->at = o[k].at;
            d->resolved_at = o[k].resolved_at;
        }
        const snap_deleted *dl = (const snap_deleted *)(o + e->n_objections);
        for (uint32_t k = 0; k < e->n_deleted; k++) {
            if (string_at(s, dl[k].id_off, dl[k].id_len, &sc->del[k].id))
                return ASKF_ERR_CORRUPT;
            sc->del[k].at = dl[k].at;
        }
        m->choices = e->n_choices ? sc->ch : NULL;
        m->n_choices = e->n_choices;
        m->objections = e->n_objections ? sc->ob : NULL;
        m->n_objections = e->n_objections;
        m->deleted_content = e->n_deleted ? sc->del : NULL;
        m->n_deleted_content = e->n_deleted;
    }
    *out = m;
    return ASKF_OK;
}

askf_status askf_snapshot_lookup(const askf_snapshot *s, askf_snapshot_scratch *sc,
                                 const char *user, size_t len, const askf_member **out)
{
    if (!out)
        return ASKF_ERR_INVALID;
    *out = NULL;
    if (!s || !sc || (!user && len))
        return ASKF_ERR_INVALID;
    if (s->index) {
        uint64_t slot = askf__snap_hash(user, len) & s->index_mask;
        for (uint64_t probes = 0; probes <= s->index_mask; probes++) {
            uint32_t e = s->index[slot];
            if (!e)
                return ASKF_ERR_NOT_FOUND;
            if ((uint64_t)e > s->hd->n_members)
                return ASKF_ERR_CORRUPT;
            askf_slice id;
            if (record_id(s, e - 1, &id))
                return ASKF_ERR_CORRUPT;
            if (id.len == len && (len == 0 || memcmp(id.ptr, user, len) == 0))
                return fill(s, sc, e - 1, id, out);
            slot = (slot + 1) & s->index_mask;
        }
        return ASKF_ERR_NOT_FOUND;
    }
    uint64_t lo = 0, hi = s->hd->n_members;
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        askf_slice id;
        if (record_id(s, mid, &id))
            return ASKF_ERR_CORRUPT;
        size_t n = id.len < len ? id.len : len;
        int c = n ? memcmp(id.ptr, user, n) : 0;
        if (c == 0)
            c = id.len < len ? -1 : id.len > len ? 1 : 0;
        if (c == 0)
            return fill(s, sc, mid, id, out);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return ASKF_ERR_NOT_FOUND;
}

askf_status askf_snapshot_member(const askf_snapshot *s, askf_snapshot_scratch *sc, uint64_t i,
                                 const askf_member **out)
{
    if (!out)
        return ASKF_ERR_INVALID;
    *out = NULL;
    if (!s || !sc)
        return ASKF_ERR_INVALID;
    if (i >= s->hd->n_members)
        return ASKF_ERR_NOT_FOUND;
    askf_slice id;
    if (record_id(s, i, &id))
        return ASKF_ERR_CORRUPT;
    return fill(s, sc, i, id, out);
}
