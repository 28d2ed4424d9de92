/*
 * build.c - askf_build_run(): the dataset builder (build.h).
 *
 * Pipeline, with memory bounded by a fixed pool of chunks:
 *
 *   reader (calling thread) --blocks--> workers (N threads) --results--> sequencer (1 thread)
 *
 * The reader cuts the inputs into blocks of whole lines (lib/io) and numbers
 * them. A worker turns one block into a chunk result: per shard, the output
 * records (compressed into one zstd frame per shard per chunk, so
 * compression runs in parallel), the lineage pairs, the rejects, and counts.
 * The sequencer writes chunk results strictly in block order. Block
 * boundaries depend only on the input bytes and block_bytes, so the shards,
 * the lineage and the manifest body are the same for any number of workers.
 *
 * Each record is decided by askf_decide() against the snapshot - the same
 * function the online API calls - then minimised by the PII engine behind
 * pii_stage(), then written in the Dolma layout with keyed pseudonyms.
 */
#include "build_int.h"

#include "askfirst/pii.h"
#include "askfirst/policy.h"
#include "askfirst/snapshot.h"
#include "common/alloc.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/hash.h"
#include "common/json.h"
#include "io/io.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>

static const char *const field_names[NFIELDS] = {"id", "user", "kind", "text", "created_at"};

void askf__record_reader_init(askf__record_reader *rr, char (*fkey)[128], const size_t *fkey_len)
{
    memset(rr, 0, sizeof *rr);
    askf__json_init(&rr->j);
    for (int i = 0; i < NFIELDS; i++)
        askf__buf_init(&rr->dec[i]);
    rr->fkey = fkey;
    rr->fkey_len = fkey_len;
    for (int i = 0; i < NFIELDS; i++)
        rr->keys[i] = (askf_slice){fkey[i], fkey_len[i]};
}

void askf__record_reader_free(askf__record_reader *rr)
{
    askf__json_free(&rr->j);
    for (int i = 0; i < NFIELDS; i++)
        askf__buf_free(&rr->dec[i]);
}

#define MAX_KINDS 64
#define KIND_MAX_LEN 32
#define REGION_UNKNOWN (26 * 26)
#define REGION_NO_USER (26 * 26 + 1)
#define NREGIONS (26 * 26 + 2)
#define PSEUDO_BYTES 16
#define PAIR_BYTES (2 * PSEUDO_BYTES)
/* Lineage pairs held in memory before they are sorted and spilled to run
 * files (64 MiB), so memory stays flat however large the input. */
#define LINEAGE_SPILL_PAIRS ((uint64_t)1 << 21)

typedef struct kind_count {
    char name[KIND_MAX_LEN];
    size_t len;
    uint64_t n[2]; /* [0] allowed, [1] denied */
} kind_count;

typedef struct counts {
    uint64_t records, allowed, written, denied, rejected, pii_dropped;
    uint64_t by_reason[ASKF_BUILD_REASONS];
    uint64_t region[NREGIONS][2];
    kind_count kinds[MAX_KINDS];
    size_t n_kinds;
    uint64_t kinds_other[2];
    uint64_t pii[ASKF_PII_NTYPES];
} counts;

typedef struct pairs {
    uint8_t *p;
    size_t n, cap;
} pairs;

typedef struct chunk {
    uint64_t seq;
    uint32_t input;
    askf__block blk;
    askf_buf *out; /* [shards]: bytes to append to each shard file */
    uint64_t *out_records;
    pairs *pr;     /* [shards] */
    askf_buf rejects;
    counts c;
    struct chunk *next;
} chunk;

typedef struct shard_info {
    char path[64], lpath[64];
    uint64_t bytes, records, pairs;
    uint8_t sha[32], lsha[32];
} shard_info;

typedef struct input_info {
    const char *path;
    uint64_t bytes, records;
    uint8_t sha[32];
} input_info;

typedef struct build {
    const askf_build_opts *o;
    askf_snapshot *snap;
    askf_policy *policy;
    const askf_purpose *purpose;
    askf_pii *pii;
    askf_time t;
    char fkey[NFIELDS][128];
    size_t fkey_len[NFIELDS];
    unsigned shards, workers;
    const char *recipient, *source;
    size_t recipient_len, source_len;
    char added[40];
    askf_buf fixed; /* ,"source":...,"added":"..." : the same in every output record */
    int level; /* zstd level, < 0 plain */

    pthread_mutex_t mu;
    pthread_cond_t cv;
    chunk *pool;
    size_t pool_n;
    chunk *free_list, *work_head, *work_tail, *done_list;
    int reading_done, failed, seq_done;
    uint64_t chunks_read, workers_live;
    askf_status fail_st;
    askf_error fail_err;

    /* sequencer state */
    shard_info *si;
    askf__writer **shard_w;
    uint64_t *shard_records;
    pairs *lineage;
    unsigned *lineage_runs;  /* per shard: sorted runs spilled to lineage/.shard-N.run-K */
    uint64_t lineage_pairs;  /* pairs held in memory, all shards */
    askf__writer *rejects_w;
    counts total;
    uint64_t bytes_in_done; /* bytes of finished inputs */
    uint64_t bytes_in_cur;  /* atomic: bytes of the input being read */
    uint64_t bytes_total;
    uint64_t chunks_written;
    uint64_t bytes_done;
    struct timespec start;
    input_info *inputs;
} build;

static double since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Record the first fatal error and wake everyone. Call with mu held. */
static void fail_locked(build *b, askf_status st, const askf_error *e)
{
    if (!b->failed) {
        b->failed = 1;
        b->fail_st = st;
        if (e)
            b->fail_err = *e;
        else
            askf__err(&b->fail_err, st, 0, 0, NULL, "build: %s", askf_strerror(st));
    }
    pthread_cond_broadcast(&b->cv);
}

static void fail(build *b, askf_status st, const askf_error *e)
{
    pthread_mutex_lock(&b->mu);
    fail_locked(b, st, e);
    pthread_mutex_unlock(&b->mu);
}

/* Threads carry their role in their name (askf-worker, askf-seq,
 * askf-finish), so per-thread CPU (perf, top -H) shows what is serial. */
static void name_thread(const char *name)
{
#if defined(__linux__) && defined(_GNU_SOURCE)
    pthread_setname_np(pthread_self(), name);
#else
    (void)name;
#endif
}

/* ---- pseudonyms ------------------------------------------------------- */

/* HMAC-SHA-256(key, domain || id), truncated to 128 bits. */
static void pseudo(askf__hmac *h, const char *domain, size_t dlen, const char *id, size_t len,
                   uint8_t out[PSEUDO_BYTES])
{
    uint8_t mac[32];
    askf__hmac2(h, domain, dlen, id, len, mac);
    memcpy(out, mac, PSEUDO_BYTES);
}

static void hex_into(char *dst, const uint8_t *p, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        dst[2 * i] = hx[p[i] >> 4];
        dst[2 * i + 1] = hx[p[i] & 15];
    }
}

/* ---- worker ------------------------------------------------------------ */

/* A string literal into a buffer without a strlen per output record. */
#define PUT_LIT(o, lit) askf__buf_put((o), (lit), sizeof(lit) - 1)

/* The part of every output record that depends only on the build. */
static int fixed_fields(build *b)
{
    askf_buf *f = &b->fixed;
    PUT_LIT(f, ",\"source\":");
    askf__buf_put_json_str(f, b->source, b->source_len);
    PUT_LIT(f, ",\"added\":\"");
    askf__buf_puts(f, b->added);
    askf__buf_putc(f, '"');
    return f->oom ? -1 : 0;
}

typedef struct worker {
    build *b;
    askf__record_reader rr;
    askf__hmac *hm;
    askf_snapshot_scratch *ss;
    askf_pii_scratch *ps;
    ZSTD_CCtx *zc;
    askf_buf *plain; /* [shards] */
    /* last member looked up (records of one member tend to be adjacent) */
    char last_user[256];
    size_t last_len;
    int last_valid;
    askf_status last_st;
    const askf_member *last_m;
    uint8_t last_key[PSEUDO_BYTES];
    int last_key_valid;
} worker;

/* The PII stage: one call, so the build's use of lib/pii is in one place. */
static askf_status pii_stage(const build *b, worker *w, const char *text, size_t len,
                             askf_pii_result *r)
{
    return askf_pii_redact(b->pii, w->ps, text, len, r);
}

static void reject(chunk *c, const build *b, uint64_t line, const char *reason, const char *detail)
{
    askf_buf *r = &c->rejects;
    askf__buf_puts(r, "{\"file\":");
    const char *path = b->o->inputs[c->input];
    askf__buf_put_json_str(r, path, strlen(path));
    askf__buf_puts(r, ",\"line\":");
    askf__buf_put_u64(r, line);
    askf__buf_puts(r, ",\"reason\":\"");
    askf__buf_puts(r, reason);
    askf__buf_putc(r, '"');
    if (detail && *detail) {
        askf__buf_puts(r, ",\"detail\":");
        askf__buf_put_json_str(r, detail, strlen(detail));
    }
    askf__buf_puts(r, "}\n");
    c->c.rejected++;
}

static void add_kind(counts *c, askf_slice k, int denied, uint64_t n)
{
    for (size_t i = 0; i < c->n_kinds; i++)
        if (c->kinds[i].len == k.len && memcmp(c->kinds[i].name, k.ptr, k.len) == 0) {
            c->kinds[i].n[denied] += n;
            return;
        }
    if (c->n_kinds < MAX_KINDS && k.len <= KIND_MAX_LEN) {
        kind_count *kc = &c->kinds[c->n_kinds++];
        memcpy(kc->name, k.ptr, k.len);
        kc->len = k.len;
        kc->n[0] = kc->n[1] = 0;
        kc->n[denied] += n;
        return;
    }
    c->kinds_other[denied] += n;
}

static void count_kind(counts *c, askf_slice k, int denied) { add_kind(c, k, denied, 1); }

static unsigned region_index(const askf_member *m)
{
    if (!m)
        return REGION_NO_USER;
    unsigned a = (unsigned char)m->region[0], z = (unsigned char)m->region[1];
    if (a < 'A' || a > 'Z' || z < 'A' || z > 'Z')
        return REGION_UNKNOWN;
    return (a - 'A') * 26 + (z - 'A');
}

static int pairs_push(pairs *p, const uint8_t *m, const uint8_t *c)
{
    if (p->n == p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 1024;
        uint8_t *q = askf__realloc(p->p, nc * PAIR_BYTES);
        if (!q)
            return -1;
        p->p = q;
        p->cap = nc;
    }
    memcpy(p->p + p->n * PAIR_BYTES, m, PSEUDO_BYTES);
    memcpy(p->p + p->n * PAIR_BYTES + PSEUDO_BYTES, c, PSEUDO_BYTES);
    p->n++;
    return 0;
}

/* One wanted field as either reader found it. */
typedef struct field_val {
    int found, is_string, escaped, bad_utf8; /* bad_utf8: of the raw bytes */
} field_val;

/* The per-field rules, the same for both readers: present (created_at may be
 * absent), a string, valid UTF-8 raw and decoded. Returns 1 when rec->reason
 * is set. The decoded value is already in rec->f[i]. */
static int field_check(askf__record_reader *rr, int i, const field_val *v, askf__record *rec)
{
    if (!v->found) {
        if (i == F_CREATED)
            return 0;
        rec->reason = "missing_field";
        snprintf(rec->detail, sizeof rec->detail, "missing field '%.120s'", rr->fkey[i]);
        return 1;
    }
    if (!v->is_string) {
        rec->reason = "bad_field";
        snprintf(rec->detail, sizeof rec->detail, "field '%.120s' is not a string", rr->fkey[i]);
        return 1;
    }
    if (v->bad_utf8 || (v->escaped && askf__utf8_check((const uint8_t *)rec->f[i].ptr,
                                                       rec->f[i].len) != rec->f[i].len)) {
        rec->reason = "bad_utf8";
        snprintf(rec->detail, sizeof rec->detail, "field '%.120s' is not valid UTF-8", rr->fkey[i]);
        return 1;
    }
    return 0;
}

/* Field i from the one-pass flat reader. 0, 1 (rec->reason set) or -1 (no memory). */
static int flat_field(askf__record_reader *rr, askf_slice line, const askf_json_flat_val *fv,
                      int i, askf__record *rec)
{
    field_val v = {fv->found, fv->is_string, fv->escaped, 0};
    if (fv->is_string) {
        askf__buf_reset(&rr->dec[i]);
        if (askf__json_flat_str(line.ptr, fv, &rr->dec[i], &rec->f[i]) != 0)
            return -1;
        v.bad_utf8 = fv->high && askf__utf8_check((const uint8_t *)line.ptr + fv->q0 + 1,
                                                  fv->q1 - fv->q0 - 1) != fv->q1 - fv->q0 - 1;
    }
    return field_check(rr, i, &v, rec);
}

/* Field i from the tokenizer's tokens. 0, 1 (rec->reason set) or -1 (no memory). */
static int tok_field(askf__record_reader *rr, int i, askf__record *rec)
{
    int t = askf__json_get(&rr->j, 0, rr->fkey[i], rr->fkey_len[i]);
    const askf_json_tok *tk = t >= 0 ? &rr->j.toks[t] : NULL;
    field_val v = {tk != NULL, tk && tk->type == ASKF_JSON_STRING, tk && tk->escaped,
                   tk && tk->bad_utf8};
    if (v.is_string) {
        askf__buf_reset(&rr->dec[i]);
        if (askf__json_str(&rr->j, (uint32_t)t, &rr->dec[i], &rec->f[i]) != 0)
            return -1;
    }
    return field_check(rr, i, &v, rec);
}

/* The fields, from the flat reader when it takes the line (and the token
 * limit, if any, would not have stopped the tokenizer), else the tokenizer.
 * 0, 1 (rec->reason set) or -1 (no memory). */
static int record_fields(askf__record_reader *rr, askf_slice line, askf__record *rec)
{
    askf_json_flat fl;
    if (!rr->no_flat && askf__json_flat(line.ptr, line.len, rr->keys, NFIELDS, &fl) &&
        (!rr->j.max_tokens || (uint64_t)fl.members * 2 + 1 <= rr->j.max_tokens)) {
        for (int i = 0; i < NFIELDS; i++) {
            int rc = flat_field(rr, line, &fl.v[i], i, rec);
            if (rc)
                return rc;
        }
        return 0;
    }
    askf_error perr;
    askf_status st = askf__json_parse(&rr->j, line.ptr, line.len, 0, &perr);
    if (st != ASKF_OK) {
        if (st == ASKF_ERR_NOMEM)
            return -1;
        rec->reason = "malformed_json";
        snprintf(rec->detail, sizeof rec->detail, "%.180s", perr.msg);
        return 1;
    }
    if (rr->j.toks[0].type != ASKF_JSON_OBJECT) {
        rec->reason = "not_an_object";
        return 1;
    }
    for (int i = 0; i < NFIELDS; i++) {
        int rc = tok_field(rr, i, rec);
        if (rc)
            return rc;
    }
    return 0;
}

askf_status askf__record_parse(askf__record_reader *rr, askf_slice line, askf__record *rec)
{
    rec->reason = NULL;
    rec->detail[0] = 0;
    rec->created = ASKF_TIME_NONE;
    for (int i = 0; i < NFIELDS; i++)
        rec->f[i] = (askf_slice){NULL, 0};
    size_t k = 0;
    while (k < line.len && (line.ptr[k] == ' ' || line.ptr[k] == '\t'))
        k++;
    if (k == line.len) {
        rec->reason = "empty_line";
        return ASKF_OK;
    }
    if (line.len > UINT32_MAX) {
        rec->reason = "too_long";
        return ASKF_OK;
    }
    int rc = record_fields(rr, line, rec);
    if (rc < 0)
        return ASKF_ERR_NOMEM;
    if (rc)
        return ASKF_OK;
    if (!rec->f[F_ID].len || !rec->f[F_USER].len) {
        /* The name as mapped (--map), the one the user can find in the input. */
        rec->reason = "missing_field";
        snprintf(rec->detail, sizeof rec->detail, "field '%.120s' is empty",
                 rr->fkey[rec->f[F_ID].len ? F_USER : F_ID]);
        return ASKF_OK;
    }
    if (rec->f[F_CREATED].ptr &&
        askf_time_parse(rec->f[F_CREATED].ptr, rec->f[F_CREATED].len, &rec->created) != ASKF_OK) {
        rec->reason = "bad_field";
        snprintf(rec->detail, sizeof rec->detail, "field '%.120s' is not an RFC 3339 time",
                 rr->fkey[F_CREATED]);
        return ASKF_OK;
    }
    return ASKF_OK;
}

/* One record. Returns 0, or -1 on a fatal error (out of memory). */
static int do_record(build *b, worker *w, chunk *c, askf_slice line, uint64_t lineno)
{
    c->c.records++;
    askf__record rec;
    askf_status st = askf__record_parse(&w->rr, line, &rec);
    if (st != ASKF_OK)
        return -1;
    if (rec.reason) {
        reject(c, b, lineno, rec.reason, rec.detail);
        return 0;
    }
    askf_slice *f = rec.f;
    askf_time created = rec.created;

    /* The member, from the snapshot (cached across adjacent records). */
    if (!(w->last_valid && w->last_len == f[F_USER].len &&
          memcmp(w->last_user, f[F_USER].ptr, f[F_USER].len) == 0)) {
        w->last_st = askf_snapshot_lookup(b->snap, w->ss, f[F_USER].ptr, f[F_USER].len, &w->last_m);
        if (w->last_st == ASKF_ERR_NOMEM)
            return -1;
        w->last_key_valid = 0;
        w->last_valid = f[F_USER].len <= sizeof w->last_user;
        if (w->last_valid) {
            memcpy(w->last_user, f[F_USER].ptr, f[F_USER].len);
            w->last_len = f[F_USER].len;
        }
        if (w->last_st == ASKF_ERR_CORRUPT) {
            askf_error e;
            askf__err(&e, ASKF_ERR_CORRUPT, 0, 0, NULL, "snapshot is corrupt (lookup of a member)");
            fail(b, ASKF_ERR_CORRUPT, &e);
            return -1;
        }
    }
    const askf_member *m = w->last_st == ASKF_OK ? w->last_m : NULL;
    askf_context ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.recipient = b->recipient;
    ctx.recipient_len = b->recipient_len;
    ctx.kind = f[F_KIND].ptr;
    ctx.kind_len = f[F_KIND].len;
    ctx.content_id = f[F_ID].ptr;
    ctx.content_id_len = f[F_ID].len;
    askf_decision d = askf_decide(b->policy, b->purpose, m, &ctx, b->t);
    unsigned reason = (unsigned)d.reason < ASKF_BUILD_REASONS ? (unsigned)d.reason : 0;
    c->c.by_reason[reason]++;
    c->c.region[region_index(m)][d.allow ? 0 : 1]++;
    count_kind(&c->c, f[F_KIND], !d.allow);
    if (!m)
        reject(c, b, lineno, "unknown_user", "no events about this member in the snapshot");
    if (!d.allow) {
        c->c.denied++;
        return 0;
    }
    c->c.allowed++;

    askf_pii_result r;
    st = pii_stage(b, w, f[F_TEXT].ptr, f[F_TEXT].len, &r);
    if (st != ASKF_OK) {
        askf_error e;
        askf__err(&e, st, 0, 0, NULL, "PII engine failed on %s line %llu",
                  b->o->inputs[c->input], (unsigned long long)lineno);
        fail(b, st, &e);
        return -1;
    }
    if (r.drop) {
        c->c.pii_dropped++;
        return 0;
    }
    c->c.written++;
    uint32_t per[ASKF_PII_NTYPES] = {0};
    for (size_t i = 0; i < r.n_spans; i++)
        if (r.spans[i].type < ASKF_PII_NTYPES)
            per[r.spans[i].type]++;

    if (!w->last_key_valid || !w->last_valid) {
        pseudo(w->hm, "member\n", 7, f[F_USER].ptr, f[F_USER].len, w->last_key);
        w->last_key_valid = 1;
    }
    uint8_t ckey[PSEUDO_BYTES];
    pseudo(w->hm, "content\n", 8, f[F_ID].ptr, f[F_ID].len, ckey);
    const uint8_t *skey = b->o->shard_by == ASKF_SHARD_BY_CONTENT ? ckey : w->last_key;
    uint64_t h = 0;
    memcpy(&h, skey, 8);
    unsigned s = (unsigned)(h % b->shards);

    askf_buf *o = &w->plain[s];
    if (askf__buf_reserve(o, r.len * 6 + 512 + f[F_KIND].len * 6 + b->fixed.len))
        return -1;
    char hexbuf[2 * PSEUDO_BYTES];
    PUT_LIT(o, "{\"id\":\"");
    hex_into(hexbuf, ckey, PSEUDO_BYTES);
    askf__buf_put(o, hexbuf, sizeof hexbuf);
    PUT_LIT(o, "\",\"text\":");
    askf__buf_put_json_str(o, r.text, r.len);
    askf__buf_put(o, b->fixed.ptr, b->fixed.len); /* ,"source":...,"added":"..." */
    if (created != ASKF_TIME_NONE) {
        char ts[40];
        size_t tl = askf_time_format(created, ts, sizeof ts);
        PUT_LIT(o, ",\"created\":\"");
        askf__buf_put(o, ts, tl);
        askf__buf_putc(o, '"');
    }
    PUT_LIT(o, ",\"metadata\":{\"kind\":");
    askf__buf_put_json_str(o, f[F_KIND].ptr, f[F_KIND].len);
    PUT_LIT(o, ",\"author\":\"");
    hex_into(hexbuf, w->last_key, PSEUDO_BYTES);
    askf__buf_put(o, hexbuf, sizeof hexbuf);
    PUT_LIT(o, "\",\"pii\":{");
    int first = 1;
    for (int t = 0; t < ASKF_PII_NTYPES; t++) {
        if (!per[t])
            continue;
        c->c.pii[t] += per[t];
        if (!first)
            askf__buf_putc(o, ',');
        first = 0;
        askf__buf_putc(o, '"');
        askf__buf_puts(o, askf_pii_type_name((askf_pii_type)t));
        askf__buf_puts(o, "\":");
        askf__buf_put_u64(o, per[t]);
    }
    PUT_LIT(o, "}}}\n");
    if (o->oom)
        return -1;
    c->out_records[s]++;
    return pairs_push(&c->pr[s], w->last_key, ckey);
}

static int process_chunk(build *b, worker *w, chunk *c)
{
    memset(&c->c, 0, sizeof c->c);
    askf__buf_reset(&c->rejects);
    /* A shard's output is at most about its share of the block: sized once,
     * not grown by doubling (a copy and fresh pages per step) record by record. */
    size_t share = c->blk.len / b->shards + 4096;
    for (unsigned s = 0; s < b->shards; s++) {
        askf__buf_reset(&w->plain[s]);
        askf__buf_reset(&c->out[s]);
        if (askf__buf_reserve(&w->plain[s], share))
            return -1;
        c->pr[s].n = 0;
        c->out_records[s] = 0;
    }
    size_t pos = 0;
    askf_slice line;
    uint64_t lineno = c->blk.first_line;
    while (askf__line_next(&c->blk, &pos, &line) == 0) {
        if (do_record(b, w, c, line, lineno++))
            return -1;
    }
    /* Close each shard's part as one zstd frame (frames concatenate). */
    for (unsigned s = 0; s < b->shards; s++) {
        askf_buf *p = &w->plain[s];
        if (!p->len)
            continue;
        if (b->level < 0) {
            askf_buf t = c->out[s];
            c->out[s] = *p;
            *p = t;
            continue;
        }
        size_t bound = ZSTD_compressBound(p->len);
        if (askf__buf_reserve(&c->out[s], bound))
            return -1;
        size_t n = ZSTD_compress2(w->zc, c->out[s].ptr, bound, p->ptr, p->len);
        if (ZSTD_isError(n)) {
            askf_error e;
            askf__err(&e, ASKF_ERR_IO, 0, 0, NULL, "zstd: %s", ZSTD_getErrorName(n));
            fail(b, ASKF_ERR_IO, &e);
            return -1;
        }
        c->out[s].len = n;
    }
    if (c->rejects.oom)
        return -1;
    return 0;
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    build *b = w->b;
    name_thread("askf-worker");
    for (;;) {
        pthread_mutex_lock(&b->mu);
        while (!b->work_head && !b->reading_done && !b->failed)
            pthread_cond_wait(&b->cv, &b->mu);
        chunk *c = b->failed ? NULL : b->work_head;
        if (c) {
            b->work_head = c->next;
            if (!b->work_head)
                b->work_tail = NULL;
        }
        pthread_mutex_unlock(&b->mu);
        if (!c)
            break;
        if (process_chunk(b, w, c)) {
            fail(b, ASKF_ERR_NOMEM, NULL);
            break;
        }
        pthread_mutex_lock(&b->mu);
        c->next = b->done_list;
        b->done_list = c;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
    }
    pthread_mutex_lock(&b->mu);
    b->workers_live--;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* ---- sequencer ----------------------------------------------------------- */

static void merge_counts(counts *t, const counts *c)
{
    t->records += c->records;
    t->allowed += c->allowed;
    t->written += c->written;
    t->denied += c->denied;
    t->rejected += c->rejected;
    t->pii_dropped += c->pii_dropped;
    for (int i = 0; i < ASKF_BUILD_REASONS; i++)
        t->by_reason[i] += c->by_reason[i];
    for (int i = 0; i < NREGIONS; i++) {
        t->region[i][0] += c->region[i][0];
        t->region[i][1] += c->region[i][1];
    }
    for (size_t i = 0; i < c->n_kinds; i++) {
        askf_slice k = {c->kinds[i].name, c->kinds[i].len};
        for (int d = 0; d < 2; d++)
            add_kind(t, k, d, c->kinds[i].n[d]);
    }
    t->kinds_other[0] += c->kinds_other[0];
    t->kinds_other[1] += c->kinds_other[1];
    for (int i = 0; i < ASKF_PII_NTYPES; i++)
        t->pii[i] += c->pii[i];
}

static void report(build *b)
{
    if (!b->o->progress)
        return;
    askf_build_progress p;
    p.bytes_in = b->bytes_in_done + __atomic_load_n(&b->bytes_in_cur, __ATOMIC_RELAXED);
    p.bytes_total = b->bytes_total;
    p.bytes_done = b->bytes_done;
    p.records = b->total.records;
    p.allowed = b->total.allowed;
    p.denied = b->total.denied;
    p.rejected = b->total.rejected;
    p.seconds = since(&b->start);
    b->o->progress(&p, b->o->progress_ud);
}

/* Pairs in bytewise order, bytes [0, d) already equal: insertion sort (small n). */
static void pair_insertion(uint8_t *p, size_t n, size_t d)
{
    for (size_t i = 1; i < n; i++) {
        uint8_t t[PAIR_BYTES];
        memcpy(t, p + i * PAIR_BYTES, PAIR_BYTES);
        size_t j = i;
        for (; j > 0 && memcmp(p + (j - 1) * PAIR_BYTES + d, t + d, PAIR_BYTES - d) > 0; j--)
            memcpy(p + j * PAIR_BYTES, p + (j - 1) * PAIR_BYTES, PAIR_BYTES);
        memcpy(p + j * PAIR_BYTES, t, PAIR_BYTES);
    }
}

/* Pairs in bytewise order, bytes [0, d) already equal, in place: MSD radix
 * sort by byte d (American flag sort), then each bucket by byte d + 1. Keys
 * are HMAC outputs, so buckets split evenly: about two passes instead of
 * qsort's log2(n) rounds of memcmp calls. A member's pairs share 16 bytes;
 * a one-bucket byte costs one counting pass. Depth <= PAIR_BYTES, 4 KiB each. */
static void pair_sort(uint8_t *p, size_t n, size_t d)
{
    for (; d < PAIR_BYTES && n > 24; d++) {
        size_t cnt[256] = {0}, next[256];
        for (size_t i = 0; i < n; i++)
            cnt[p[i * PAIR_BYTES + d]]++;
        if (cnt[p[d]] == n)
            continue; /* all share byte d */
        for (size_t b = 0, at = 0; b < 256; b++) {
            next[b] = at;
            at += cnt[b];
        }
        for (size_t b = 0, end = 0; b < 256; b++) {
            end += cnt[b]; /* buckets before b are complete: strays go up */
            while (next[b] < end) {
                uint8_t *x = p + next[b] * PAIR_BYTES;
                unsigned v = x[d];
                if (v != b) {
                    uint8_t t[PAIR_BYTES];
                    uint8_t *y = p + next[v]++ * PAIR_BYTES;
                    memcpy(t, y, PAIR_BYTES);
                    memcpy(y, x, PAIR_BYTES);
                    memcpy(x, t, PAIR_BYTES);
                } else {
                    next[b]++;
                }
            }
        }
        for (size_t b = 0, at = 0; b < 256; at += cnt[b++])
            if (cnt[b] > 1)
                pair_sort(p + at * PAIR_BYTES, cnt[b], d + 1);
        return;
    }
    if (d < PAIR_BYTES)
        pair_insertion(p, n, d);
}

void askf__pairs_sort(uint8_t *p, size_t n) { pair_sort(p, n, 0); }

static void sort_unique(pairs *l)
{
    askf__pairs_sort(l->p, l->n);
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++)
        if (!w || memcmp(l->p + (w - 1) * PAIR_BYTES, l->p + i * PAIR_BYTES, PAIR_BYTES))
            memmove(l->p + w++ * PAIR_BYTES, l->p + i * PAIR_BYTES, PAIR_BYTES);
    l->n = w;
}

static void run_path(const build *b, unsigned s, unsigned k, char *out, size_t cap)
{
    snprintf(out, cap, "%s/lineage/.shard-%05u.run-%u", b->o->out_dir, s, k);
}

/* Sort every shard's pairs and write them out as one more run each. */
static int spill_lineage(build *b)
{
    for (unsigned s = 0; s < b->shards; s++) {
        pairs *l = &b->lineage[s];
        if (!l->n)
            continue;
        sort_unique(l);
        char path[4200];
        run_path(b, s, b->lineage_runs[s], path, sizeof path);
        askf__writer *w = NULL;
        askf_error e;
        askf_status st = askf__writer_open(path, ASKF_IO_PLAIN, 0, &w, &e);
        if (st == ASKF_OK)
            st = askf__writer_write(w, l->p, l->n * PAIR_BYTES, &e);
        if (w)
            st = st == ASKF_OK ? askf__writer_close(w, NULL, NULL, &e) : (askf__writer_abandon(w), st);
        if (st != ASKF_OK) {
            fail(b, st, &e);
            return -1;
        }
        b->lineage_runs[s]++;
        l->n = 0;
    }
    b->lineage_pairs = 0;
    return 0;
}

static int write_chunk(build *b, chunk *c)
{
    askf_error e;
    for (unsigned s = 0; s < b->shards; s++) {
        if (c->out[s].len &&
            askf__writer_write(b->shard_w[s], c->out[s].ptr, c->out[s].len, &e) != ASKF_OK) {
            fail(b, e.status, &e);
            return -1;
        }
        b->shard_records[s] += c->out_records[s];
        pairs *l = &b->lineage[s];
        if (c->pr[s].n) {
            if (l->n + c->pr[s].n > l->cap) {
                size_t nc = l->cap ? l->cap : 1024;
                while (nc < l->n + c->pr[s].n)
                    nc *= 2;
                uint8_t *q = askf__realloc(l->p, nc * PAIR_BYTES);
                if (!q) {
                    fail(b, ASKF_ERR_NOMEM, NULL);
                    return -1;
                }
                l->p = q;
                l->cap = nc;
            }
            memcpy(l->p + l->n * PAIR_BYTES, c->pr[s].p, c->pr[s].n * PAIR_BYTES);
            l->n += c->pr[s].n;
            b->lineage_pairs += c->pr[s].n;
        }
    }
    if (b->lineage_pairs > (b->o->lineage_spill_pairs ? b->o->lineage_spill_pairs : LINEAGE_SPILL_PAIRS) &&
        spill_lineage(b))
        return -1;
    if (c->rejects.len &&
        askf__writer_write(b->rejects_w, c->rejects.ptr, c->rejects.len, &e) != ASKF_OK) {
        fail(b, e.status, &e);
        return -1;
    }
    b->inputs[c->input].records += c->c.records;
    b->bytes_done += c->blk.len;
    merge_counts(&b->total, &c->c);
    return 0;
}

/* Create (truncate) the shard files. On the sequencer, not before the
 * threads start: truncating a previous build's shards frees their blocks,
 * ~20 ms per 70 MB shard, which now overlaps the workers' first chunks
 * instead of delaying them. */
static int open_shards(build *b)
{
    for (unsigned s = 0; s < b->shards; s++) {
        char path[4200];
        askf_error e;
        snprintf(path, sizeof path, "%s/%s", b->o->out_dir, b->si[s].path);
        askf__writer *w = NULL;
        if (askf__writer_open(path, ASKF_IO_PLAIN, 0, &w, &e) != ASKF_OK) {
            fail(b, e.status, &e);
            return -1;
        }
        b->shard_w[s] = w; /* read by the calling thread after it joins this one */
    }
    return 0;
}

static void *sequencer_main(void *arg)
{
    build *b = arg;
    uint64_t next = 0;
    struct timespec last;
    name_thread("askf-seq");
    if (open_shards(b))
        goto out;
    clock_gettime(CLOCK_MONOTONIC, &last);
    for (;;) {
        pthread_mutex_lock(&b->mu);
        chunk *c = NULL;
        for (;;) {
            if (b->failed)
                break;
            chunk **pp = &b->done_list;
            while (*pp && (*pp)->seq != next)
                pp = &(*pp)->next;
            if (*pp) {
                c = *pp;
                *pp = c->next;
                break;
            }
            if (b->reading_done && next == b->chunks_read)
                break;
            struct timespec dl;
            clock_gettime(CLOCK_REALTIME, &dl);
            dl.tv_nsec += 250000000;
            if (dl.tv_nsec >= 1000000000) {
                dl.tv_sec++;
                dl.tv_nsec -= 1000000000;
            }
            pthread_cond_timedwait(&b->cv, &b->mu, &dl);
            pthread_mutex_unlock(&b->mu);
            if (since(&last) >= 0.25) {
                report(b);
                clock_gettime(CLOCK_MONOTONIC, &last);
            }
            pthread_mutex_lock(&b->mu);
        }
        pthread_mutex_unlock(&b->mu);
        if (!c)
            break;
        int rc = write_chunk(b, c);
        next++;
        b->chunks_written++;
        pthread_mutex_lock(&b->mu);
        c->next = b->free_list;
        b->free_list = c;
        if (!rc && b->o->fail_after_chunks && b->chunks_written >= b->o->fail_after_chunks) {
            askf_error e;
            askf__err(&e, ASKF_ERR_ABORTED, 0, 0, NULL,
                      "build interrupted after %llu chunks (test hook)",
                      (unsigned long long)b->chunks_written);
            fail_locked(b, ASKF_ERR_ABORTED, &e);
        }
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
        if (since(&last) >= 0.25) {
            report(b);
            clock_gettime(CLOCK_MONOTONIC, &last);
        }
    }
out:
    pthread_mutex_lock(&b->mu);
    b->seq_done = 1;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* ---- setup, lineage, manifest ----------------------------------------------- */

static askf_status parse_map(build *b, const char *map, askf_error *err)
{
    for (int i = 0; i < NFIELDS; i++) {
        b->fkey_len[i] = strlen(field_names[i]);
        memcpy(b->fkey[i], field_names[i], b->fkey_len[i] + 1);
    }
    const char *p = map;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        int idx = -1;
        if (eq)
            for (int i = 0; i < NFIELDS; i++)
                if ((size_t)(eq - p) == strlen(field_names[i]) &&
                    !memcmp(p, field_names[i], (size_t)(eq - p)))
                    idx = i;
        size_t vl = eq ? n - (size_t)(eq - p) - 1 : 0;
        if (idx < 0 || !vl || vl >= sizeof b->fkey[0])
            return askf__err(err, ASKF_ERR_INVALID, 0, 0, "map",
                             "--map: '%.*s' is not FIELD=NAME with FIELD one of id, user, kind, "
                             "text, created_at",
                             (int)n, p);
        memcpy(b->fkey[idx], eq + 1, vl);
        b->fkey[idx][vl] = 0;
        b->fkey_len[idx] = vl;
        p = comma ? comma + 1 : NULL;
    }
    return ASKF_OK;
}

/* The merge of a shard's spilled runs and its in-memory pairs, unique, in order. */
typedef struct run_src {
    int fd;
    uint8_t *buf;
    size_t n, pos;
} run_src;

typedef int (*pair_fn)(void *ud, const uint8_t *pair);

static askf_status merge_lineage(build *b, unsigned s, pair_fn fn, void *ud, askf_error *err)
{
    pairs *l = &b->lineage[s];
    unsigned nr = b->lineage_runs[s];
    askf_status st = ASKF_OK;
    run_src *src = askf__calloc(nr + 1, sizeof *src);
    if (!src)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "build: out of memory");
    enum { RUN_BUF = 2048 };
    for (unsigned k = 0; k < nr; k++) {
        char path[4200];
        run_path(b, s, k, path, sizeof path);
        src[k].fd = open(path, O_RDONLY | O_CLOEXEC);
        src[k].buf = askf__malloc(RUN_BUF * PAIR_BYTES);
        if (src[k].fd < 0 || !src[k].buf) {
            st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot read %s: %s", path, strerror(errno));
            nr = k + 1;
            goto done;
        }
    }
    src[nr].fd = -1;
    src[nr].buf = l->p;
    src[nr].n = l->n;
    uint8_t last[PAIR_BYTES];
    int have_last = 0;
    for (;;) {
        int best = -1;
        for (unsigned k = 0; k <= nr; k++) {
            run_src *r = &src[k];
            if (r->pos == r->n && r->fd >= 0) {
                size_t got = 0;
                while (got < RUN_BUF * PAIR_BYTES) {
                    ssize_t m = read(r->fd, r->buf + got, RUN_BUF * PAIR_BYTES - got);
                    if (m <= 0)
                        break;
                    got += (size_t)m;
                }
                r->n = got / PAIR_BYTES;
                r->pos = 0;
                if (!r->n) {
                    close(r->fd);
                    r->fd = -2;
                }
            }
            if (r->pos < r->n &&
                (best < 0 || memcmp(r->buf + r->pos * PAIR_BYTES,
                                    src[best].buf + src[best].pos * PAIR_BYTES, PAIR_BYTES) < 0))
                best = (int)k;
        }
        if (best < 0)
            break;
        const uint8_t *p = src[best].buf + src[best].pos++ * PAIR_BYTES;
        if (have_last && memcmp(last, p, PAIR_BYTES) == 0)
            continue;
        memcpy(last, p, PAIR_BYTES);
        have_last = 1;
        if (fn(ud, p)) {
            st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "build: cannot write the lineage index");
            break;
        }
    }
done:
    for (unsigned k = 0; k < nr; k++) {
        if (src[k].fd >= 0)
            close(src[k].fd);
        askf__free(src[k].buf);
    }
    askf__free(src);
    return st;
}

typedef struct lin_count {
    uint64_t n;
    askf__fsha *h;
} lin_count;

static int count_pair(void *ud, const uint8_t *p)
{
    lin_count *c = ud;
    c->n++;
    askf__fsha_update(c->h, p, PAIR_BYTES);
    return 0;
}

typedef struct lin_write {
    askf__writer *w;
    uint8_t buf[4096 * PAIR_BYTES];
    size_t n;
    askf_error *err;
} lin_write;

static int write_pair(void *ud, const uint8_t *p)
{
    lin_write *lw = ud;
    memcpy(lw->buf + lw->n * PAIR_BYTES, p, PAIR_BYTES);
    if (++lw->n == 4096) {
        lw->n = 0;
        return askf__writer_write(lw->w, lw->buf, sizeof lw->buf, lw->err) != ASKF_OK;
    }
    return 0;
}

/* lineage/shard-NNNNN.idx: header then sorted, unique (member key, content key)
 * pairs. Two passes over the merge: the header holds the count and hash. */
static askf_status write_lineage(build *b, unsigned s, const char *path, uint8_t sha[32],
                                 uint64_t *count, askf_error *err)
{
    pairs *l = &b->lineage[s];
    sort_unique(l);
    lin_count lc = {0, askf__fsha_new()};
    lin_write *lw = askf__calloc(1, sizeof *lw);
    askf_status st = ASKF_OK;
    if (!lc.h || !lw) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "build: out of memory");
        goto done;
    }
    if ((st = merge_lineage(b, s, count_pair, &lc, err)) != ASKF_OK)
        goto done;
    uint8_t hd[64];
    memset(hd, 0, sizeof hd);
    memcpy(hd, "ASKFLIN1", 8);
    uint32_t ver = 1, key_bytes = PSEUDO_BYTES;
    memcpy(hd + 8, &ver, 4);
    memcpy(hd + 12, &key_bytes, 4);
    memcpy(hd + 16, &lc.n, 8);
    askf__fsha_final(lc.h, hd + 24); /* entries' SHA-256 at [24, 56) */
    lw->err = err;
    st = askf__writer_open(path, ASKF_IO_PLAIN, 0, &lw->w, err);
    if (st == ASKF_OK)
        st = askf__writer_write(lw->w, hd, sizeof hd, err);
    if (st == ASKF_OK)
        st = merge_lineage(b, s, write_pair, lw, err);
    if (st == ASKF_OK && lw->n)
        st = askf__writer_write(lw->w, lw->buf, lw->n * PAIR_BYTES, err);
    if (lw->w)
        st = st == ASKF_OK ? askf__writer_close(lw->w, NULL, sha, err)
                           : (askf__writer_abandon(lw->w), st);
    *count = lc.n;
    for (unsigned k = 0; st == ASKF_OK && k < b->lineage_runs[s]; k++) {
        char rp[4200];
        run_path(b, s, k, rp, sizeof rp);
        unlink(rp);
    }
done:
    askf__fsha_free(lc.h);
    askf__free(lw);
    return st;
}

static void put_hex(askf_buf *o, const uint8_t *p, size_t n)
{
    askf__buf_putc(o, '"');
    askf__buf_put_hex(o, p, n);
    askf__buf_putc(o, '"');
}

static void put_key(askf_buf *o, const char *k)
{
    askf__buf_putc(o, '"');
    askf__buf_puts(o, k);
    askf__buf_puts(o, "\":");
}


static void manifest_body(build *b, askf_buf *o, const shard_info *si, const uint8_t snap_sha[32],
                          uint64_t rej_bytes, const uint8_t rej_sha[32], const uint8_t *dir_sha)
{
    const askf_build_opts *op = b->o;
    askf__buf_puts(o, "{\"format\":\"askfirst.dataset/1\",\"askfirst\":\"");
    askf__buf_puts(o, askf_version_string());
    askf__buf_puts(o, "\",\"purpose\":");
    askf__buf_put_json_str(o, op->purpose, strlen(op->purpose));
    askf__buf_puts(o, ",\"recipient\":");
    askf__buf_put_json_str(o, b->recipient, strlen(b->recipient));
    askf__buf_puts(o, ",\"policy\":{\"name\":");
    const char *pn = askf_policy_name(b->policy), *pv = askf_policy_version(b->policy);
    askf__buf_put_json_str(o, pn ? pn : "", pn ? strlen(pn) : 0);
    askf__buf_puts(o, ",\"version\":");
    askf__buf_put_json_str(o, pv ? pv : "", pv ? strlen(pv) : 0);
    askf__buf_puts(o, ",\"sha256\":");
    put_hex(o, askf_policy_hash(b->policy), 32);
    askf__buf_puts(o, ",\"notice_sha256\":");
    put_hex(o, askf_purpose_notice_hash(b->purpose), 32);
    const askf_snapshot_info *in = askf_snapshot_get_info(b->snap);
    askf__buf_puts(o, "},\"snapshot\":{\"seq\":");
    askf__buf_put_i64(o, in->seq);
    askf__buf_puts(o, ",\"at\":\"");
    askf__buf_puts(o, b->added);
    askf__buf_puts(o, "\",\"head_hash\":");
    put_hex(o, in->head_hash, 32);
    askf__buf_puts(o, ",\"members\":");
    askf__buf_put_u64(o, in->members);
    askf__buf_puts(o, ",\"sha256\":");
    put_hex(o, snap_sha, 32);
    uint8_t kid[PSEUDO_BYTES];
    askf__hmac *kh = askf__hmac_new(op->key, op->key_len);
    if (kh)
        pseudo(kh, "key-id\n", 7, "", 0, kid);
    else
        o->oom = 1;
    askf__hmac_free(kh);
    askf__buf_puts(o, "},\"key_id\":");
    put_hex(o, kid, 8);
    askf__buf_puts(o, ",\"options\":{\"shards\":");
    askf__buf_put_u64(o, b->shards);
    askf__buf_puts(o, ",\"shard_by\":\"");
    askf__buf_puts(o, op->shard_by == ASKF_SHARD_BY_CONTENT ? "content" : "user");
    askf__buf_puts(o, "\",\"compression\":\"");
    if (b->level < 0)
        askf__buf_puts(o, "none");
    else {
        askf__buf_puts(o, "zstd-");
        askf__buf_put_i64(o, b->level);
    }
    askf__buf_puts(o, "\",\"block_bytes\":");
    askf__buf_put_u64(o, op->block_bytes ? op->block_bytes : (4u << 20));
    askf__buf_puts(o, ",\"source\":");
    askf__buf_put_json_str(o, b->source, strlen(b->source));
    askf__buf_puts(o, ",\"map\":{");
    for (int i = 0; i < NFIELDS; i++) {
        if (i)
            askf__buf_putc(o, ',');
        put_key(o, field_names[i]);
        askf__buf_put_json_str(o, b->fkey[i], b->fkey_len[i]);
    }
    askf__buf_puts(o, "}},\"minimise\":{");
    for (int t = 0; t < ASKF_PII_NTYPES; t++) {
        if (t)
            askf__buf_putc(o, ',');
        put_key(o, askf_pii_type_name((askf_pii_type)t));
        askf__buf_putc(o, '"');
        askf__buf_puts(o, askf_pii_action_name(askf_pii_action_of(b->pii, (askf_pii_type)t)));
        askf__buf_putc(o, '"');
    }
    askf__buf_puts(o, "},\"member_directory\":");
    if (dir_sha)
        put_hex(o, dir_sha, 32);
    else
        askf__buf_puts(o, "null");
    askf__buf_puts(o, ",\"inputs\":[");
    for (size_t i = 0; i < op->n_inputs; i++) {
        if (i)
            askf__buf_putc(o, ',');
        askf__buf_puts(o, "{\"path\":");
        askf__buf_put_json_str(o, op->inputs[i], strlen(op->inputs[i]));
        askf__buf_puts(o, ",\"bytes\":");
        askf__buf_put_u64(o, b->inputs[i].bytes);
        askf__buf_puts(o, ",\"records\":");
        askf__buf_put_u64(o, b->inputs[i].records);
        askf__buf_puts(o, ",\"sha256\":");
        put_hex(o, b->inputs[i].sha, 32);
        askf__buf_putc(o, '}');
    }
    askf__buf_puts(o, "],\"shards\":[");
    for (unsigned s = 0; s < b->shards; s++) {
        if (s)
            askf__buf_putc(o, ',');
        askf__buf_puts(o, "{\"path\":\"");
        askf__buf_puts(o, si[s].path);
        askf__buf_puts(o, "\",\"records\":");
        askf__buf_put_u64(o, si[s].records);
        askf__buf_puts(o, ",\"bytes\":");
        askf__buf_put_u64(o, si[s].bytes);
        askf__buf_puts(o, ",\"sha256\":");
        put_hex(o, si[s].sha, 32);
        askf__buf_puts(o, ",\"lineage\":{\"path\":\"");
        askf__buf_puts(o, si[s].lpath);
        askf__buf_puts(o, "\",\"pairs\":");
        askf__buf_put_u64(o, si[s].pairs);
        askf__buf_puts(o, ",\"sha256\":");
        put_hex(o, si[s].lsha, 32);
        askf__buf_puts(o, "}}");
    }
    const counts *t = &b->total;
    askf__buf_puts(o, "],\"counts\":{\"records\":");
    askf__buf_put_u64(o, t->records);
    askf__buf_puts(o, ",\"allowed\":");
    askf__buf_put_u64(o, t->allowed);
    askf__buf_puts(o, ",\"written\":");
    askf__buf_put_u64(o, t->written);
    askf__buf_puts(o, ",\"denied\":");
    askf__buf_put_u64(o, t->denied);
    askf__buf_puts(o, ",\"rejected\":");
    askf__buf_put_u64(o, t->rejected);
    askf__buf_puts(o, ",\"pii_dropped\":");
    askf__buf_put_u64(o, t->pii_dropped);
    askf__buf_puts(o, ",\"by_reason\":{");
    int first = 1;
    for (int r = 1; r < ASKF_BUILD_REASONS; r++) {
        if (!t->by_reason[r])
            continue;
        if (!first)
            askf__buf_putc(o, ',');
        first = 0;
        put_key(o, askf_reason_name((askf_reason)r));
        askf__buf_put_u64(o, t->by_reason[r]);
    }
    askf__buf_puts(o, "},\"by_region\":{");
    first = 1;
    for (int r = 0; r < NREGIONS; r++) {
        if (!t->region[r][0] && !t->region[r][1])
            continue;
        if (!first)
            askf__buf_putc(o, ',');
        first = 0;
        char code[3] = {(char)('A' + r / 26), (char)('A' + r % 26), 0};
        put_key(o, r == REGION_UNKNOWN ? "unknown" : r == REGION_NO_USER ? "unknown_user" : code);
        askf__buf_puts(o, "{\"allowed\":");
        askf__buf_put_u64(o, t->region[r][0]);
        askf__buf_puts(o, ",\"denied\":");
        askf__buf_put_u64(o, t->region[r][1]);
        askf__buf_putc(o, '}');
    }
    askf__buf_puts(o, "},\"by_kind\":{");
    /* Kinds in name order, so the body does not depend on arrival order. */
    size_t order[MAX_KINDS];
    for (size_t i = 0; i < t->n_kinds; i++)
        order[i] = i;
    for (size_t i = 1; i < t->n_kinds; i++)
        for (size_t j = i; j > 0; j--) {
            const kind_count *x = &t->kinds[order[j - 1]], *y = &t->kinds[order[j]];
            size_t n = x->len < y->len ? x->len : y->len;
            int c = memcmp(x->name, y->name, n);
            if (c < 0 || (c == 0 && x->len <= y->len))
                break;
            size_t tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    for (size_t i = 0; i < t->n_kinds; i++) {
        const kind_count *k = &t->kinds[order[i]];
        if (i)
            askf__buf_putc(o, ',');
        askf__buf_put_json_str(o, k->name, k->len);
        askf__buf_puts(o, ":{\"allowed\":");
        askf__buf_put_u64(o, k->n[0]);
        askf__buf_puts(o, ",\"denied\":");
        askf__buf_put_u64(o, k->n[1]);
        askf__buf_putc(o, '}');
    }
    if (t->kinds_other[0] || t->kinds_other[1]) {
        if (t->n_kinds)
            askf__buf_putc(o, ',');
        askf__buf_puts(o, "\"(other)\":{\"allowed\":");
        askf__buf_put_u64(o, t->kinds_other[0]);
        askf__buf_puts(o, ",\"denied\":");
        askf__buf_put_u64(o, t->kinds_other[1]);
        askf__buf_putc(o, '}');
    }
    askf__buf_puts(o, "}},\"pii\":{");
    for (int p = 0; p < ASKF_PII_NTYPES; p++) {
        if (p)
            askf__buf_putc(o, ',');
        put_key(o, askf_pii_type_name((askf_pii_type)p));
        askf__buf_put_u64(o, t->pii[p]);
    }
    askf__buf_puts(o, "},\"rejects\":{\"path\":\"rejects.jsonl\",\"count\":");
    askf__buf_put_u64(o, t->rejected);
    askf__buf_puts(o, ",\"bytes\":");
    askf__buf_put_u64(o, rej_bytes);
    askf__buf_puts(o, ",\"sha256\":");
    put_hex(o, rej_sha, 32);
    askf__buf_puts(o, "}}");
}

/* The end of a build, per shard: close the shard (its last bytes, fsync,
 * SHA-256) and sort, merge and write its lineage index. Shards are
 * independent, so min(workers, shards) threads take them in turn: this runs
 * after the last chunk, when nothing else is left to overlap it with. */
typedef struct finish_ctx {
    build *b;
    shard_info *si;
    unsigned next;
    pthread_mutex_t mu;
    askf_status st;
    askf_error err;
} finish_ctx;

static void *finish_main(void *arg)
{
    finish_ctx *f = arg;
    build *b = f->b;
    for (;;) {
        unsigned s = __atomic_fetch_add(&f->next, 1, __ATOMIC_RELAXED);
        if (s >= b->shards)
            break;
        askf_error e;
        askf_status st;
        char path[4200];
        askf__writer *w = b->shard_w[s];
        b->shard_w[s] = NULL;
        shard_info *si = &f->si[s];
        st = askf__writer_close(w, &si->bytes, si->sha, &e);
        if (st == ASKF_OK) {
            si->records = b->shard_records[s];
            snprintf(path, sizeof path, "%s/%s", b->o->out_dir, si->lpath);
            st = write_lineage(b, s, path, si->lsha, &si->pairs, &e);
            askf__free(b->lineage[s].p);
            b->lineage[s].p = NULL;
        }
        if (st != ASKF_OK) {
            pthread_mutex_lock(&f->mu);
            if (f->st == ASKF_OK) {
                f->st = st;
                f->err = e;
            }
            pthread_mutex_unlock(&f->mu);
            __atomic_store_n(&f->next, b->shards, __ATOMIC_RELAXED);
            break;
        }
    }
    return NULL;
}

static void *finish_helper(void *arg)
{
    name_thread("askf-finish");
    return finish_main(arg);
}

static askf_status finish_shards(build *b, shard_info *si, askf_error *err)
{
    finish_ctx f;
    memset(&f, 0, sizeof f);
    f.b = b;
    f.si = si;
    pthread_mutex_init(&f.mu, NULL);
    unsigned nt = b->workers < b->shards ? b->workers : b->shards;
    pthread_t tids[16];
    unsigned started = 0;
    for (; started + 1 < nt && started < 16; started++)
        if (pthread_create(&tids[started], NULL, finish_helper, &f) != 0)
            break; /* fewer helpers; the calling thread does the rest */
    finish_main(&f);
    for (unsigned i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    pthread_mutex_destroy(&f.mu);
    if (f.st != ASKF_OK && err)
        *err = f.err;
    return f.st;
}

static askf_status write_file_atomic(const char *dir, const char *name, const char *p, size_t n,
                                     askf_error *err)
{
    char tmp[4096], dst[4096];
    snprintf(tmp, sizeof tmp, "%s/.%s.tmp", dir, name);
    snprintf(dst, sizeof dst, "%s/%s", dir, name);
    askf__writer *w = NULL;
    askf_status st = askf__writer_open(tmp, ASKF_IO_PLAIN, 0, &w, err);
    if (st == ASKF_OK)
        st = askf__writer_write(w, p, n, err);
    if (w)
        st = st == ASKF_OK ? askf__writer_close(w, NULL, NULL, err) : (askf__writer_abandon(w), st);
    if (st == ASKF_OK && rename(tmp, dst) != 0)
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot rename %s: %s", tmp, strerror(errno));
    if (st == ASKF_OK) {
        int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    return st;
}

static askf_status hash_file(const char *path, uint8_t out[32], askf_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot open %s: %s", path, strerror(errno));
    askf__fsha *h = askf__fsha_new();
    char *buf = askf__malloc(1 << 20);
    askf_status st = buf && h ? ASKF_OK : ASKF_ERR_NOMEM;
    ssize_t n;
    while (st == ASKF_OK && (n = read(fd, buf, 1 << 20)) > 0)
        askf__fsha_update(h, buf, (size_t)n);
    if (h)
        askf__fsha_final(h, out);
    askf__fsha_free(h);
    askf__free(buf);
    close(fd);
    return st == ASKF_OK ? st : askf__err(err, st, 0, 0, NULL, "build: out of memory");
}

static void fmt_time(askf_time t, char *out, size_t cap) { askf_time_format(t, out, cap); }

askf_status askf_build_run(const askf_build_opts *o, askf_build_summary *sum, askf_error *err)
{
    askf_status st = ASKF_OK;
    build B;
    build *b = &B;
    memset(b, 0, sizeof *b);
    worker *ws = NULL;
    pthread_t *tids = NULL, seq_tid;
    int seq_started = 0;
    size_t started = 0;
    shard_info *si = NULL;
    askf_buf body;
    askf__buf_init(&body);
    askf_time started_at = askf_time_now();
    clock_gettime(CLOCK_MONOTONIC, &b->start);
    pthread_mutex_init(&b->mu, NULL);
    pthread_cond_init(&b->cv, NULL);
    if (sum)
        memset(sum, 0, sizeof *sum);

    if (!o || !o->purpose || !o->out_dir || !o->snapshot || !o->inputs || !o->n_inputs) {
        st = askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL,
                       "build: a purpose, a snapshot, inputs and an output directory are required");
        goto cleanup;
    }
    if (!o->key || o->key_len < 16) {
        st = askf__err(err, ASKF_ERR_INVALID, 0, 0, "key",
                       "build: a pseudonym key of at least 16 bytes is required");
        goto cleanup;
    }
    b->o = o;
    if (sodium_init() < 0) {
        st = askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "build: libsodium failed to start");
        goto cleanup;
    }
    if ((st = parse_map(b, o->map, err)) != ASKF_OK)
        goto cleanup;
    b->recipient = o->recipient ? o->recipient : "first_party";
    b->source = o->source ? o->source : "askfirst";
    b->recipient_len = strlen(b->recipient);
    b->source_len = strlen(b->source);
    b->shards = o->shards ? o->shards : 8;
    if (b->shards > 100000) {
        st = askf__err(err, ASKF_ERR_INVALID, 0, 0, "shards", "build: at most 100000 shards");
        goto cleanup;
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    b->workers = o->workers ? o->workers : (unsigned)(ncpu > 0 ? ncpu : 1);
    if (b->workers > 256)
        b->workers = 256;
    b->level = o->zstd_level < 0 ? -1 : o->zstd_level ? o->zstd_level : 3;

    /* The snapshot, and the policy it carries. */
    if ((st = askf_snapshot_open(o->snapshot, 0, &b->snap, err)) != ASKF_OK)
        goto cleanup;
    uint8_t snap_sha[32];
    if ((st = askf_snapshot_verify(b->snap, snap_sha, err)) != ASKF_OK)
        goto cleanup;
    b->t = askf_snapshot_get_info(b->snap)->t;
    fmt_time(b->t, b->added, sizeof b->added);
    if (fixed_fields(b)) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "build: out of memory");
        goto cleanup;
    }
    askf_slice ptext = askf_snapshot_policy_text(b->snap);
    if (!ptext.len) {
        st = askf__err(err, ASKF_ERR_NO_POLICY, 0, 0, NULL,
                       "%s: no policy was in force at the snapshot's (seq, time)", o->snapshot);
        goto cleanup;
    }
    if ((st = askf_policy_load(ptext.ptr, ptext.len, o->snapshot, &b->policy, err)) != ASKF_OK)
        goto cleanup;
    int pi = askf_policy_purpose_index(b->policy, o->purpose, strlen(o->purpose));
    if (pi < 0) {
        st = askf__err(err, ASKF_ERR_NOT_FOUND, 0, 0, "purpose",
                       "build: the policy in the snapshot has no purpose '%s'", o->purpose);
        goto cleanup;
    }
    b->purpose = askf_policy_purpose(b->policy, (size_t)pi);

    /* The PII engine, with the policy's minimise settings. */
    askf_pii_opts po;
    memset(&po, 0, sizeof po);
    po.types = o->pii_types;
    po.members_path = o->members;
    po.key = o->key;
    po.key_len = o->key_len;
    for (int t = 0; t < ASKF_PII_NTYPES; t++) {
        const char *a = askf_policy_minimise(b->policy, askf_pii_type_name((askf_pii_type)t));
        askf_pii_action act = ASKF_PII_DEFAULT;
        if (askf_pii_action_parse(a, strlen(a), &act) == 0)
            po.actions[t] = act;
    }
    if ((st = askf_pii_new(&po, &b->pii, err)) != ASKF_OK)
        goto cleanup;
    uint8_t dir_sha[32];
    if (o->members && (st = hash_file(o->members, dir_sha, err)) != ASKF_OK)
        goto cleanup;

    /* Output directory: no manifest until the very end. */
    if (mkdir(o->out_dir, 0755) != 0 && errno != EEXIST) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot create %s: %s", o->out_dir,
                       strerror(errno));
        goto cleanup;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.json", o->out_dir);
    if (unlink(path) != 0 && errno != ENOENT) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot remove the old %s: %s", path,
                       strerror(errno));
        goto cleanup;
    }
    snprintf(path, sizeof path, "%s/lineage", o->out_dir);
    if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot create %s: %s", path, strerror(errno));
        goto cleanup;
    }
    si = askf__calloc(b->shards, sizeof *si);
    b->shard_w = askf__calloc(b->shards, sizeof *b->shard_w);
    b->shard_records = askf__calloc(b->shards, sizeof *b->shard_records);
    b->lineage = askf__calloc(b->shards, sizeof *b->lineage);
    b->lineage_runs = askf__calloc(b->shards, sizeof *b->lineage_runs);
    b->inputs = askf__calloc(o->n_inputs, sizeof *b->inputs);
    if (!si || !b->shard_w || !b->shard_records || !b->lineage || !b->lineage_runs || !b->inputs)
        goto nomem;
    for (unsigned s = 0; s < b->shards; s++) {
        snprintf(si[s].path, sizeof si[s].path, "shard-%05u.jsonl%s", s, b->level < 0 ? "" : ".zst");
        snprintf(si[s].lpath, sizeof si[s].lpath, "lineage/shard-%05u.idx", s);
    }
    b->si = si; /* the sequencer creates the shard files (open_shards) */
    snprintf(path, sizeof path, "%s/rejects.jsonl", o->out_dir);
    if ((st = askf__writer_open(path, ASKF_IO_PLAIN, 0, &b->rejects_w, err)) != ASKF_OK)
        goto cleanup;
    for (size_t i = 0; i < o->n_inputs; i++) {
        struct stat sb;
        if (strcmp(o->inputs[i], "-") && stat(o->inputs[i], &sb) == 0)
            b->bytes_total += (uint64_t)sb.st_size;
    }

    /* The chunk pool bounds memory: two chunks per worker plus two in flight. */
    b->pool_n = 2 * (size_t)b->workers + 2;
    b->pool = askf__calloc(b->pool_n, sizeof *b->pool);
    if (!b->pool)
        goto nomem;
    for (size_t i = 0; i < b->pool_n; i++) {
        chunk *c = &b->pool[i];
        c->out = askf__calloc(b->shards, sizeof *c->out);
        c->out_records = askf__calloc(b->shards, sizeof *c->out_records);
        c->pr = askf__calloc(b->shards, sizeof *c->pr);
        if (!c->out || !c->out_records || !c->pr)
            goto nomem;
        askf__buf_init(&c->rejects);
        c->next = b->free_list;
        b->free_list = c;
    }
    ws = askf__calloc(b->workers, sizeof *ws);
    tids = askf__calloc(b->workers, sizeof *tids);
    if (!ws || !tids)
        goto nomem;
    for (unsigned i = 0; i < b->workers; i++) {
        worker *w = &ws[i];
        w->b = b;
        askf__record_reader_init(&w->rr, b->fkey, b->fkey_len);
        w->plain = askf__calloc(b->shards, sizeof *w->plain);
        w->hm = askf__hmac_new(o->key, o->key_len);
        if (!w->plain || !w->hm || askf_snapshot_scratch_new(&w->ss) != ASKF_OK ||
            askf_pii_scratch_new(b->pii, &w->ps) != ASKF_OK || !(w->zc = ZSTD_createCCtx()))
            goto nomem;
        if (b->level >= 0) {
            ZSTD_CCtx_setParameter(w->zc, ZSTD_c_compressionLevel, b->level);
            ZSTD_CCtx_setParameter(w->zc, ZSTD_c_checksumFlag, 1);
        }
    }
    b->workers_live = b->workers;
    for (unsigned i = 0; i < b->workers; i++) {
        if (pthread_create(&tids[i], NULL, worker_main, &ws[i]) != 0) {
            pthread_mutex_lock(&b->mu);
            b->workers_live -= b->workers - i;
            pthread_mutex_unlock(&b->mu);
            fail(b, ASKF_ERR_NOMEM, NULL);
            break;
        }
        started++;
    }
    if (pthread_create(&seq_tid, NULL, sequencer_main, b) == 0)
        seq_started = 1;
    else
        fail(b, ASKF_ERR_NOMEM, NULL);

    /* Read: this thread feeds the workers. */
    for (size_t i = 0; i < o->n_inputs && !b->failed; i++) {
        askf__reader *rd = NULL;
        askf_error re;
        askf_status rs = askf__reader_open(o->inputs[i], o->block_bytes, 0, &rd, &re);
        if (rs != ASKF_OK) {
            fail(b, rs, &re);
            break;
        }
        if (!o->map_inputs)
            askf__reader_no_map(rd);
        for (;;) {
            pthread_mutex_lock(&b->mu);
            while (!b->free_list && !b->failed)
                pthread_cond_wait(&b->cv, &b->mu);
            chunk *c = b->failed ? NULL : b->free_list;
            if (c)
                b->free_list = c->next;
            pthread_mutex_unlock(&b->mu);
            if (!c)
                break;
            rs = askf__reader_next(rd, &c->blk, &re);
            __atomic_store_n(&b->bytes_in_cur, askf__reader_bytes_in(rd), __ATOMIC_RELAXED);
            pthread_mutex_lock(&b->mu);
            if (rs != ASKF_OK || c->blk.len == 0) {
                c->next = b->free_list;
                b->free_list = c;
                if (rs != ASKF_OK)
                    fail_locked(b, rs, &re);
                pthread_mutex_unlock(&b->mu);
                break;
            }
            c->seq = b->chunks_read++;
            c->input = (uint32_t)i;
            c->next = NULL;
            if (b->work_tail)
                b->work_tail->next = c;
            else
                b->work_head = c;
            b->work_tail = c;
            pthread_cond_broadcast(&b->cv);
            pthread_mutex_unlock(&b->mu);
        }
        b->inputs[i].path = o->inputs[i];
        b->inputs[i].bytes = askf__reader_bytes_in(rd);
        askf__reader_sha256(rd, b->inputs[i].sha);
        pthread_mutex_lock(&b->mu);
        b->bytes_in_done += b->inputs[i].bytes;
        __atomic_store_n(&b->bytes_in_cur, 0, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&b->mu);
        askf__reader_close(rd);
    }
    pthread_mutex_lock(&b->mu);
    b->reading_done = 1;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    for (size_t i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    started = 0;
    if (seq_started)
        pthread_join(seq_tid, NULL);
    seq_started = 0;
    report(b);
    if (b->failed) {
        st = b->fail_st;
        if (err)
            *err = b->fail_err;
        goto cleanup;
    }

    /* Close the shards and write the lineage (in parallel), check the reject
     * budget, then the manifest. */
    if ((st = finish_shards(b, si, err)) != ASKF_OK)
        goto cleanup;
    uint64_t rej_bytes = 0;
    uint8_t rej_sha[32];
    askf__writer *rw = b->rejects_w;
    b->rejects_w = NULL;
    if ((st = askf__writer_close(rw, &rej_bytes, rej_sha, err)) != ASKF_OK)
        goto cleanup;
    uint64_t max_rej = o->max_rejects >= 0 ? (uint64_t)o->max_rejects : b->total.records / 1000;
    if (b->total.rejected > max_rej) {
        st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, "max-rejects",
                       "%llu of %llu records rejected, more than the %llu allowed; see "
                       "%s/rejects.jsonl (no manifest written)",
                       (unsigned long long)b->total.rejected, (unsigned long long)b->total.records,
                       (unsigned long long)max_rej, o->out_dir);
        goto cleanup;
    }
    manifest_body(b, &body, si, snap_sha, rej_bytes, rej_sha, o->members ? dir_sha : NULL);
    if (body.oom)
        goto nomem;
    uint8_t bsha[32];
    askf__sha256(body.ptr, body.len, bsha);
    char bhex[65];
    askf__hex(bsha, 32, bhex);
    char dataset[40];
    snprintf(dataset, sizeof dataset, "ds-%.32s", bhex);
    {
        askf_buf m;
        askf__buf_init(&m);
        askf__buf_puts(&m, "{\"dataset\":\"");
        askf__buf_puts(&m, dataset);
        askf__buf_puts(&m, "\",\"body_sha256\":\"");
        askf__buf_puts(&m, bhex);
        askf__buf_puts(&m, "\",\"body\":");
        askf__buf_put(&m, body.ptr, body.len);
        char ts[40], tf[40];
        fmt_time(started_at, ts, sizeof ts);
        fmt_time(askf_time_now(), tf, sizeof tf);
        askf__buf_puts(&m, ",\"build\":{\"started\":\"");
        askf__buf_puts(&m, ts);
        askf__buf_puts(&m, "\",\"finished\":\"");
        askf__buf_puts(&m, tf);
        askf__buf_puts(&m, "\",\"seconds\":");
        char secs[32];
        snprintf(secs, sizeof secs, "%.3f", since(&b->start));
        askf__buf_puts(&m, secs);
        askf__buf_puts(&m, ",\"workers\":");
        askf__buf_put_u64(&m, b->workers);
        askf__buf_puts(&m, "}}\n");
        if (m.oom)
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "build: out of memory");
        else
            st = write_file_atomic(o->out_dir, "manifest.json", m.ptr, m.len, err);
        askf__buf_free(&m);
    }
    if (st == ASKF_OK && sum) {
        memcpy(sum->dataset, dataset, sizeof dataset);
        memcpy(sum->manifest_sha256, bhex, sizeof bhex);
    }
    goto cleanup;

nomem:
    st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "build: out of memory");
cleanup:
    if (started || seq_started) {
        fail(b, ASKF_ERR_ABORTED, NULL);
        for (size_t i = 0; i < started; i++)
            pthread_join(tids[i], NULL);
        if (seq_started)
            pthread_join(seq_tid, NULL);
    }
    if (sum) {
        const counts *t = &b->total;
        sum->records = t->records;
        sum->allowed = t->allowed;
        sum->written = t->written;
        sum->denied = t->denied;
        sum->rejected = t->rejected;
        sum->pii_dropped = t->pii_dropped;
        memcpy(sum->by_reason, t->by_reason, sizeof sum->by_reason);
        for (int i = 0; i < ASKF_BUILD_PII_TYPES && i < ASKF_PII_NTYPES; i++)
            sum->pii[i] = t->pii[i];
        sum->bytes_in = b->bytes_in_done;
        for (unsigned s = 0; si && s < b->shards; s++)
            sum->bytes_out += si[s].bytes;
        sum->shards = b->shards;
        sum->workers = b->workers;
        sum->seconds = since(&b->start);
    }
    for (unsigned s = 0; b->shard_w && s < b->shards; s++)
        if (b->shard_w[s])
            askf__writer_close(b->shard_w[s], NULL, NULL, NULL);
    if (b->rejects_w)
        askf__writer_close(b->rejects_w, NULL, NULL, NULL);
    for (unsigned i = 0; ws && i < b->workers; i++) {
        worker *w = &ws[i];
        askf__record_reader_free(&w->rr);
        askf__hmac_free(w->hm);
        for (unsigned s = 0; w->plain && s < b->shards; s++)
            askf__buf_free(&w->plain[s]);
        askf__free(w->plain);
        askf_snapshot_scratch_free(w->ss);
        askf_pii_scratch_free(w->ps);
        ZSTD_freeCCtx(w->zc);
    }
    for (size_t i = 0; b->pool && i < b->pool_n; i++) {
        chunk *c = &b->pool[i];
        askf__block_free(&c->blk);
        for (unsigned s = 0; s < b->shards; s++) {
            if (c->out)
                askf__buf_free(&c->out[s]);
            if (c->pr)
                askf__free(c->pr[s].p);
        }
        askf__free(c->out);
        askf__free(c->out_records);
        askf__free(c->pr);
        askf__buf_free(&c->rejects);
    }
    for (unsigned s = 0; b->lineage && s < b->shards; s++)
        askf__free(b->lineage[s].p);
    askf__free(b->pool);
    askf__free(ws);
    askf__free(tids);
    askf__free(si);
    askf__free(b->shard_w);
    askf__free(b->shard_records);
    askf__free(b->lineage);
    askf__free(b->lineage_runs);
    askf__free(b->inputs);
    askf__buf_free(&b->fixed);
    askf__buf_free(&body);
    askf_pii_free(b->pii);
    askf_policy_free(b->policy);
    askf_snapshot_close(b->snap);
    pthread_cond_destroy(&b->cv);
    pthread_mutex_destroy(&b->mu);
    return st;
}
