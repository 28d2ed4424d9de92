/*
 * routes_admin.c - endpoints behind an API key with the `admin` scope: the
 * objection queue, resolving an objection (with a receipt for the member),
 * and publishing a policy.
 *
 * The ledger API has no "objections across members" or "event by id" query,
 * so both are answered here with one askf_ledger_scan over the ledger. That is
 * linear in the ledger's size; fine for an admin queue, and the first thing to
 * move into the ledger (an index on type/id) when it is not.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct obj_rec {
    int64_t seq;
    askf_time at, resolved_at;
    char *id, *user, *purpose, *kind, *reason, *outcome, *res_reason;
} obj_rec;

typedef struct scan_ctx {
    req *r;
    obj_rec *v;
    size_t n, cap;
    /* resolutions, matched after the scan */
    obj_rec *res;
    size_t nres, rescap;
    const char *want_id; /* stop collecting unrelated objections when set */
    askf_json j;
    int oom;
} scan_ctx;

static char *field(scan_ctx *c, const char *key)
{
    int v = askf__json_get(&c->j, 0, key, strlen(key));
    if (v < 0 || c->j.toks[v].type != ASKF_JSON_STRING)
        return NULL;
    askf_buf tmp;
    askf_slice s;
    askf__buf_init(&tmp);
    char *o = NULL;
    if (askf__json_str(&c->j, (uint32_t)v, &tmp, &s) == 0)
        o = arena_strndup(&c->r->a, s.ptr, s.len);
    askf__buf_free(&tmp);
    return o;
}

static int push(scan_ctx *c, obj_rec **v, size_t *n, size_t *cap, const obj_rec *x)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        obj_rec *nv = arena_alloc(&c->r->a, nc * sizeof *nv);
        if (!nv)
            return -1;
        if (*n)
            memcpy(nv, *v, *n * sizeof *nv);
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = *x;
    return 0;
}

static int scan_cb(const askf_event_view *ev, void *ud)
{
    scan_ctx *c = ud;
    int is_obj = ev->type.len == 9 && !memcmp(ev->type.ptr, "objection", 9);
    int is_res = ev->type.len == 18 && !memcmp(ev->type.ptr, "objection_resolved", 18);
    if (!is_obj && !is_res)
        return 0;
    if (is_obj && c->want_id &&
        (ev->id.len != strlen(c->want_id) || memcmp(ev->id.ptr, c->want_id, ev->id.len)))
        return 0;
    if (askf__json_parse(&c->j, ev->body.ptr, ev->body.len, 0, NULL) != ASKF_OK)
        return 0;
    obj_rec x;
    memset(&x, 0, sizeof x);
    x.seq = ev->seq;
    x.at = ev->at;
    x.resolved_at = ASKF_TIME_NONE;
    if (is_obj) {
        x.id = arena_strndup(&c->r->a, ev->id.ptr, ev->id.len);
        x.user = field(c, "user");
        x.purpose = field(c, "purpose");
        x.kind = field(c, "kind");
        x.reason = field(c, "reason");
        if (!x.id || push(c, &c->v, &c->n, &c->cap, &x))
            c->oom = 1;
    } else {
        x.id = field(c, "objection"); /* the objection it resolves */
        x.outcome = field(c, "outcome");
        x.res_reason = field(c, "reason");
        if (c->want_id && (!x.id || strcmp(x.id, c->want_id)))
            return 0;
        if (!x.id || push(c, &c->res, &c->nres, &c->rescap, &x))
            c->oom = 1;
    }
    return c->oom;
}

static int by_id(const void *a, const void *b)
{
    return strcmp(((const obj_rec *)a)->id, ((const obj_rec *)b)->id);
}

/* Collect objections (all, or the one with want_id) with their resolutions. */
static int collect(req *r, scan_ctx *c, const char *want_id)
{
    memset(c, 0, sizeof *c);
    c->r = r;
    c->want_id = want_id;
    askf__json_init(&c->j);
    askf_error e = {0};
    askf_status st = askf_ledger_scan(r->s->ledger, 1, 0, scan_cb, c, &e);
    askf__json_free(&c->j);
    if (st != ASKF_OK || c->oom) {
        res_error(r, 503, "store_unavailable", "scanning the ledger failed: %s",
                  c->oom     ? "out of memory"
                  : e.msg[0] ? e.msg
                             : askf_strerror(st));
        return -1;
    }
    if (c->n)
        qsort(c->v, c->n, sizeof *c->v, by_id);
    for (size_t i = 0; i < c->nres; i++) {
        obj_rec *o = c->n ? bsearch(&c->res[i], c->v, c->n, sizeof *c->v, by_id) : NULL;
        if (o && !o->outcome) {
            o->outcome = c->res[i].outcome;
            o->res_reason = c->res[i].res_reason;
            o->resolved_at = c->res[i].at;
        }
    }
    return 0;
}

static const char *state_of(const obj_rec *o)
{
    if (!o->outcome)
        return "open";
    return !strcmp(o->outcome, "upheld") ? "upheld" : "rejected";
}

static int by_seq(const void *a, const void *b)
{
    int64_t x = ((const obj_rec *)a)->seq, y = ((const obj_rec *)b)->seq;
    return x < y ? -1 : x > y;
}

static void list_objections(req *r)
{
    const char *want = req_query(r, "state");
    if (!want || !*want)
        want = "open";
    if (strcmp(want, "open") && strcmp(want, "upheld") && strcmp(want, "rejected") &&
        strcmp(want, "all")) {
        res_error(r, 400, "bad_request", "state must be open, upheld, rejected or all");
        return;
    }
    scan_ctx c;
    if (collect(r, &c, NULL))
        return;
    if (c.n)
        qsort(c.v, c.n, sizeof *c.v, by_seq);
    sbuf *o = &r->out;
    sb_init(o, &r->a);
    sb_puts(o, "{\"state\":");
    sb_jcstr(o, want);
    sb_puts(o, ",\"objections\":[");
    int first = 1;
    for (size_t i = 0; i < c.n; i++) {
        const obj_rec *x = &c.v[i];
        const char *s = state_of(x);
        if (strcmp(want, "all") && strcmp(want, s))
            continue;
        if (!first)
            sb_putc(o, ',');
        first = 0;
        sb_puts(o, "{\"id\":");
        sb_jcstr(o, x->id);
        sb_puts(o, ",\"seq\":");
        sb_i64(o, x->seq);
        sb_puts(o, ",\"user\":");
        sb_jcstr(o, x->user);
        sb_puts(o, ",\"purpose\":");
        sb_jcstr(o, x->purpose);
        sb_puts(o, ",\"kind\":");
        sb_jcstr(o, x->kind);
        sb_puts(o, ",\"reason\":");
        sb_jcstr(o, x->reason);
        sb_puts(o, ",\"at\":");
        sb_time(o, x->at);
        sb_puts(o, ",\"state\":");
        sb_jcstr(o, s);
        sb_puts(o, ",\"resolved_at\":");
        sb_time(o, x->resolved_at);
        sb_puts(o, ",\"resolution_reason\":");
        sb_jcstr(o, x->res_reason);
        sb_putc(o, '}');
    }
    sb_puts(o, "]}\n");
    if (o->oom)
        res_error(r, 503, "overloaded", "out of memory");
    else
        res_json(r, 200);
}

/* What resolve hands to finish_resolve across the durable append. */
typedef struct resolve_write {
    char event_id[80];
    const char *user;   /* the objecting member */
    const char *fields; /* the response's "objection" and "state" */
} resolve_write;

/* The resolution is durable: answer with it and the member's receipt. */
static void finish_resolve(req *r)
{
    resolve_write *rw = r->write_ctx;
    if (!append_failed(r))
        respond_with_receipt(r, 200, rw->event_id, "objection_resolved", rw->user, rw->fields);
}

static void resolve(req *r, const char *id)
{
    if (req_parse_json(r))
        return;
    if (r->json.toks[0].type != ASKF_JSON_OBJECT) {
        res_error(r, 400, "bad_request", "the body must be a JSON object");
        return;
    }
    askf_slice outcome = {0}, reason = {0};
    int ho = jstr(r, 0, "outcome", &outcome), hr = jstr(r, 0, "reason", &reason);
    int upheld = ho == 1 && outcome.len == 6 && !memcmp(outcome.ptr, "upheld", 6);
    int rejected = ho == 1 && outcome.len == 8 && !memcmp(outcome.ptr, "rejected", 8);
    if ((!upheld && !rejected) || hr < 0) {
        res_error(r, 400, "bad_request",
                  "\"outcome\" must be \"upheld\" or \"rejected\"; \"reason\" is text");
        return;
    }
    scan_ctx c;
    if (collect(r, &c, id))
        return;
    if (!c.n) {
        res_error(r, 404, "not_found", "no objection with id '%.128s'", id);
        return;
    }
    if (c.v[0].outcome) {
        res_error(r, 409, "already_resolved", "objection '%.128s' was already %s", id,
                  c.v[0].outcome);
        return;
    }
    resolve_write *rw = arena_alloc(&r->a, sizeof *rw);
    if (out_of_memory(r, !rw))
        return;
    const char *eid = rw->event_id;
    new_event_id(r, "r", rw->event_id);
    rw->user = c.v[0].user;
    sbuf b;
    event_begin(r, &b, eid, "objection_resolved", rw->user, strlen(rw->user));
    sb_puts(&b, ",\"objection\":");
    sb_jcstr(&b, id);
    sb_puts(&b, upheld ? ",\"outcome\":\"upheld\"" : ",\"outcome\":\"rejected\"");
    if (hr == 1) {
        sb_puts(&b, ",\"reason\":");
        sb_jstr(&b, reason.ptr, reason.len);
    }
    if (event_end(r, &b, "admin"))
        return;
    sbuf f;
    sb_init(&f, &r->a);
    sb_puts(&f, "\"objection\":");
    sb_jcstr(&f, id);
    sb_puts(&f, upheld ? ",\"state\":\"upheld\"" : ",\"state\":\"rejected\"");
    if (out_of_memory(r, f.oom))
        return;
    rw->fields = f.p;
    r->write_ctx = rw;
    append_then(r, b.p, b.len, finish_resolve);
}

static void publish(req *r)
{
    if (!r->body_len) {
        res_error(r, 400, "bad_request", "send the policy YAML as the request body");
        return;
    }
    askf_time eff = ASKF_TIME_NONE;
    const char *e = req_query(r, "effective");
    if (e && *e && askf_time_parse(e, strlen(e), &eff) != ASKF_OK) {
        res_error(r, 400, "bad_request", "effective must be an RFC 3339 time");
        return;
    }
    askf_policy *p = NULL;
    askf_error err = {0};
    if (askf_policy_load(r->body, r->body_len, "<request>", &p, &err) != ASKF_OK) {
        sb_init(&r->out, &r->a);
        sb_puts(&r->out, "{\"error\":{\"code\":\"invalid_policy\",\"message\":");
        sb_jcstr(&r->out, err.msg);
        sb_puts(&r->out, ",\"status\":422,\"line\":");
        sb_i64(&r->out, err.line);
        sb_puts(&r->out, ",\"column\":");
        sb_i64(&r->out, err.column);
        sb_puts(&r->out, ",\"field\":");
        sb_jcstr(&r->out, err.field[0] ? err.field : NULL);
        sb_puts(&r->out, "}}\n");
        res_json(r, 422);
        return;
    }
    askf_append_result res;
    askf_status st = askf_ledger_publish_policy(r->s->ledger, r->body, r->body_len, "<request>",
                                                eff, r->now, &res, &err);
    if (st != ASKF_OK) {
        askf_policy_free(p);
        res_error(r, st == ASKF_ERR_STORE || st == ASKF_ERR_IO ? 503 : 422,
                  st == ASKF_ERR_STORE || st == ASKF_ERR_IO ? "store_unavailable" : "rejected",
                  "%s", err.msg[0] ? err.msg : askf_strerror(st));
        return;
    }
    /* The next request re-reads the policy in force. */
    pthread_mutex_lock(&r->s->pol_mu);
    r->s->pol_checked = ASKF_TIME_NONE;
    pthread_mutex_unlock(&r->s->pol_mu);
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"seq\":");
    sb_i64(&r->out, res.seq);
    sb_puts(&r->out, ",\"duplicate\":");
    sb_puts(&r->out, res.duplicate ? "true" : "false");
    sb_puts(&r->out, ",\"name\":");
    sb_jcstr(&r->out, askf_policy_name(p));
    sb_puts(&r->out, ",\"version\":");
    sb_jcstr(&r->out, askf_policy_version(p));
    sb_puts(&r->out, ",\"hash\":");
    sb_jcstr(&r->out, askf_policy_hash_hex(p));
    sb_puts(&r->out, "}\n");
    askf_policy_free(p);
    res_json(r, res.duplicate ? 200 : 201);
}

void route_admin(req *r)
{
    const char *p = r->path;
    if (!strcmp(p, "/v1/objections")) {
        serve_scoped(r, R_OBJECTIONS, SCOPE_ADMIN, "GET", list_objections);
        return;
    }
    if (!strcmp(p, "/v1/policy")) {
        serve_scoped(r, R_POLICY, SCOPE_ADMIN, "POST", publish);
        return;
    }
    const char *id = p + strlen("/v1/objections/");
    const char *slash = strchr(id, '/');
    if (!slash || strcmp(slash, "/resolve") != 0 || slash == id) {
        res_error(r, 404, "not_found", "no such endpoint");
        return;
    }
    r->route = R_RESOLVE;
    if (need_scope(r, SCOPE_ADMIN))
        return;
    if (strcmp(r->method, "POST") != 0) {
        res_error(r, 405, "method_not_allowed", "use POST");
        return;
    }
    char *oid = arena_strndup(&r->a, id, (size_t)(slash - id));
    if (out_of_memory(r, !oid))
        return;
    resolve(r, oid);
}
