/*
 * routes_common.c - what every route uses: error and JSON responses, body
 * parsing with the nesting limit, query parameters, the cached policy in
 * force, authorisation gates, appending one event durably, fetching an event
 * by seq, building its receipt, and the member's consent view.
 */
#include "server_int.h"

#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void res_json(req *r, unsigned status)
{
    r->status = status;
    r->ctype = "application/json";
}

void res_overloaded(req *r)
{
    static const char body[] =
        "{\"error\":{\"code\":\"overloaded\",\"message\":\"out of memory\",\"status\":503}}\n";
    r->out.p = (char *)body;
    r->out.len = sizeof body - 1;
    r->out.a = NULL; /* static storage */
    r->out.oom = 0;
    res_json(r, 503);
}

void res_error(req *r, unsigned status, const char *code, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"error\":{\"code\":");
    sb_jcstr(&r->out, code);
    sb_puts(&r->out, ",\"message\":");
    sb_jcstr(&r->out, msg);
    sb_puts(&r->out, ",\"status\":");
    sb_i64(&r->out, status);
    sb_puts(&r->out, "}}\n");
    res_json(r, status);
}

int out_of_memory(req *r, int failed)
{
    if (failed)
        res_error(r, 503, "overloaded", "out of memory");
    return failed;
}

int req_parse_json(req *r)
{
    if (!r->body_len) {
        res_error(r, 400, "bad_json", "the request needs a JSON body");
        return -1;
    }
    askf_error err = {0};
    r->json.max_depth = SRV_MAX_JSON_DEPTH;
    askf_status st = askf__json_parse(&r->json, r->body, r->body_len, ASKF_JSON_STRICT_UTF8, &err);
    if (st == ASKF_OK)
        return 0;
    if (strstr(err.msg, "nesting too deep"))
        res_error(r, 400, "too_deep", "JSON nesting deeper than %u levels", SRV_MAX_JSON_DEPTH);
    else if (st == ASKF_ERR_NOMEM)
        res_error(r, 503, "overloaded", "out of memory parsing the request");
    else
        res_error(r, 400, "bad_json", "%s", err.msg);
    return -1;
}

const askf_policy *req_policy(req *r)
{
    srv *s = r->s;
    pthread_mutex_lock(&s->pol_mu);
    if (s->pol_checked == ASKF_TIME_NONE || r->now - s->pol_checked > 1000000 ||
        r->now < s->pol_checked) {
        const askf_policy *p = NULL;
        s->pol_status = askf_ledger_policy_at(s->ledger, 0, r->now, &p);
        s->pol = s->pol_status == ASKF_OK ? p : NULL;
        s->pol_checked = r->now;
    }
    const askf_policy *p = s->pol;
    askf_status st = s->pol_status;
    pthread_mutex_unlock(&s->pol_mu);
    if (!p) {
        if (st == ASKF_ERR_NO_POLICY)
            res_error(r, 503, "no_policy", "no policy is in force; publish one first");
        else
            res_error(r, 503, "store_unavailable", "reading the policy failed: %s",
                      askf_strerror(st));
    }
    return p;
}

static int deny_bad_credentials(req *r)
{
    if (r->who.bad_code) {
        res_error(r, 401, r->who.bad_code, "%s", r->who.bad_msg);
        return -1;
    }
    return 0;
}

int need_member(req *r)
{
    if (deny_bad_credentials(r))
        return -1;
    if (r->who.kind == P_MEMBER)
        return 0;
    if (r->who.kind == P_KEY)
        res_error(r, 403, "forbidden", "this endpoint is for members (bearer token), not API keys");
    else
        res_error(r, 401, "unauthorized", "sign in: send Authorization: Bearer <token>");
    return -1;
}

void serve_scoped(req *r, route_id route, unsigned scope, const char *method,
                  void (*handler)(req *r))
{
    r->route = route;
    if (need_scope(r, scope))
        return;
    if (!strcmp(r->method, method))
        handler(r);
    else
        res_error(r, 405, "method_not_allowed", "use %s", method);
}

int need_scope(req *r, unsigned scope)
{
    if (deny_bad_credentials(r))
        return -1;
    if (r->who.kind == P_KEY && (r->who.scopes & scope) == scope)
        return 0;
    const char *sn = scope == SCOPE_DECIDE   ? "decide"
                     : scope == SCOPE_IMPORT ? "import"
                     : scope == SCOPE_DELETE ? "delete"
                                             : "admin";
    if (r->who.kind == P_KEY)
        res_error(r, 403, "missing_scope", "this API key lacks the '%s' scope", sn);
    else if (r->who.kind == P_MEMBER)
        res_error(r, 403, "forbidden", "this endpoint needs an API key with the '%s' scope", sn);
    else
        res_error(r, 401, "unauthorized", "send X-API-Key: <key> with the '%s' scope", sn);
    return -1;
}

int jstr(req *r, uint32_t obj, const char *key, askf_slice *out)
{
    int v = askf__json_get(&r->json, obj, key, strlen(key));
    if (v < 0)
        return 0;
    if (r->json.toks[v].type != ASKF_JSON_STRING)
        return -1;
    const askf_json_tok *t = &r->json.toks[v];
    if (!t->escaped) {
        out->ptr = r->json.src + t->start;
        out->len = t->len;
        return 1;
    }
    askf_buf tmp;
    askf_slice s;
    askf__buf_init(&tmp);
    int rc = -1;
    if (askf__json_str(&r->json, (uint32_t)v, &tmp, &s) == 0) {
        char *c = arena_strndup(&r->a, s.ptr, s.len);
        if (c) {
            out->ptr = c;
            out->len = s.len;
            rc = 1;
        }
    }
    askf__buf_free(&tmp);
    return rc;
}

void new_event_id(req *r, const char *kind, char out[80])
{
    (void)r;
    uint8_t rnd[16];
    char hex[33];
    randombytes_buf(rnd, sizeof rnd);
    sodium_bin2hex(hex, sizeof hex, rnd, sizeof rnd);
    snprintf(out, 80, "%s-%s", kind, hex);
}

static void append_error(req *r, askf_status st, const askf_error *e)
{
    const char *m = e && e->msg[0] ? e->msg : askf_strerror(st);
    switch (st) {
    case ASKF_ERR_CONFLICT: res_error(r, 409, "conflict", "%s", m); break;
    case ASKF_ERR_NO_POLICY: res_error(r, 409, "no_policy", "%s", m); break;
    case ASKF_ERR_LIMIT: res_error(r, 413, "too_large", "%s", m); break;
    case ASKF_ERR_PARSE: res_error(r, 400, "invalid_event", "%s", m); break;
    case ASKF_ERR_NOMEM: res_error(r, 503, "overloaded", "%s", m); break;
    case ASKF_ERR_IO:
    case ASKF_ERR_STORE:
    case ASKF_ERR_CORRUPT: res_error(r, 503, "store_unavailable", "%s", m); break;
    default: res_error(r, 422, "rejected", "%s", m); break;
    }
}

void event_begin(req *r, sbuf *b, const char *id, const char *type, const char *user,
                 size_t user_len)
{
    sb_init(b, &r->a);
    sb_puts(b, "{\"id\":");
    sb_jcstr(b, id);
    sb_puts(b, ",\"type\":");
    sb_jcstr(b, type);
    sb_puts(b, ",\"user\":");
    sb_jstr(b, user, user_len);
}

int event_end(req *r, sbuf *b, const char *source)
{
    char tb[40];
    askf_time_format(r->now, tb, sizeof tb);
    sb_puts(b, ",\"at\":");
    sb_jcstr(b, tb);
    sb_puts(b, ",\"source\":");
    sb_jcstr(b, source);
    sb_putc(b, '}');
    return out_of_memory(r, b->oom) ? -1 : 0;
}

void append_then(req *r, const char *json, size_t len, void (*then)(req *r))
{
    r->job.event.ptr = json;
    r->job.event.len = len;
    r->job.at = r->now;
    r->job.owner = r;
    r->after_write = then;
    r->write_state = WRITE_QUEUED;
}

int append_failed(req *r)
{
    if (r->job.err.status == ASKF_OK)
        return 0;
    append_error(r, r->job.err.status, &r->job.err);
    return -1;
}

void respond_with_receipt(req *r, unsigned status, const char *id, const char *type,
                          const char *user, const char *fields)
{
    ev_copy e;
    appended_event(r, &r->job.res, id, type, user, r->job.event.ptr, r->job.event.len, &e);
    char *rec = receipt_for(r, &e, r->job.policy, NULL);
    if (!rec)
        return;
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"seq\":");
    sb_i64(&r->out, r->job.res.seq);
    sb_putc(&r->out, ',');
    sb_puts(&r->out, fields);
    sb_puts(&r->out, ",\"receipt\":");
    sb_puts(&r->out, rec);
    sb_puts(&r->out, "}\n");
    res_json(r, status);
}

typedef struct fetch_ctx {
    req *r;
    ev_copy *out;
    int found;
} fetch_ctx;

static int fetch_cb(const askf_event_view *ev, void *ud)
{
    fetch_ctx *c = ud;
    arena *a = &c->r->a;
    c->out->seq = ev->seq;
    c->out->recorded_at = ev->recorded_at;
    c->out->at = ev->at;
    c->out->id = arena_strndup(a, ev->id.ptr, ev->id.len);
    c->out->type = arena_strndup(a, ev->type.ptr, ev->type.len);
    c->out->user = arena_strndup(a, ev->user.ptr ? ev->user.ptr : "", ev->user.len);
    c->out->body = arena_strndup(a, ev->body.ptr, ev->body.len);
    c->out->body_len = ev->body.len;
    memcpy(c->out->hash, ev->hash, ASKF_HASH_SIZE);
    c->found = c->out->id && c->out->type && c->out->user && c->out->body ? 1 : -1;
    return 1;
}

int fetch_event(req *r, int64_t seq, ev_copy *out)
{
    memset(out, 0, sizeof *out);
    if (seq <= 0)
        return 1;
    fetch_ctx c = {r, out, 0};
    askf_error e = {0};
    askf_status st = askf_ledger_scan(r->s->ledger, seq, seq, fetch_cb, &c, &e);
    if (st != ASKF_OK || c.found < 0) {
        res_error(r, 503, "store_unavailable", "reading the ledger failed: %s",
                  e.msg[0] ? e.msg : askf_strerror(st));
        return -1;
    }
    return c.found ? 0 : 1;
}

void appended_event(req *r, const askf_append_result *res, const char *id, const char *type,
                    const char *user, const char *body, size_t len, ev_copy *out)
{
    memset(out, 0, sizeof *out);
    out->seq = res->seq;
    out->at = r->now; /* every event the server writes has at = the request's clock */
    out->recorded_at = r->now;
    out->id = (char *)id;
    out->type = (char *)type;
    out->user = (char *)user;
    out->body = (char *)body;
    out->body_len = len;
    memcpy(out->hash, res->hash, ASKF_HASH_SIZE);
}

char *receipt_for(req *r, const ev_copy *e, const askf_policy *p, size_t *len)
{
    if (!p)
        askf_ledger_policy_at(r->s->ledger, e->seq, e->at, &p);
    askf_event_view v;
    memset(&v, 0, sizeof v);
    v.seq = e->seq;
    v.recorded_at = e->recorded_at;
    v.at = e->at;
    v.id.ptr = e->id;
    v.id.len = strlen(e->id);
    v.type.ptr = e->type;
    v.type.len = strlen(e->type);
    v.user.ptr = e->user;
    v.user.len = strlen(e->user);
    v.body.ptr = e->body;
    v.body.len = e->body_len;
    v.hash = e->hash;
    char *doc = NULL;
    size_t dl = 0;
    askf_error err = {0};
    /* issued_at = the event's effective time (when the choice was made): the
     * same receipt every time, whether built on the write or fetched later. */
    askf_status st =
        askf_receipt_build(&v, p, r->s->controller, e->at, r->s->rkey, &doc, &dl, &err);
    if (st != ASKF_OK) {
        if (st == ASKF_ERR_UNSUPPORTED)
            res_error(r, 404, "no_receipt", "%s", err.msg);
        else
            res_error(r, 500, "receipt_failed", "%s", err.msg[0] ? err.msg : askf_strerror(st));
        return NULL;
    }
    /* Drop the trailing newline so it embeds cleanly. */
    while (dl && doc[dl - 1] == '\n')
        dl--;
    char *o = arena_strndup(&r->a, doc, dl);
    askf_receipt_text_free(doc);
    if (!o)
        res_error(r, 503, "overloaded", "out of memory");
    if (len)
        *len = dl;
    return o;
}

int member_now(req *r, mc_ref *ref)
{
    const char *u = r->who.sub;
    member_cache *c = r->s->mcache;
    int64_t seq = c ? mcache_sync(c, r->s->ledger) : -1;
    askf_status st;
    askf_error e = {0};
    if (seq >= 0) {
        st = mcache_get(c, r->s->ledger, seq, u, strlen(u), r->now, r->now, ref);
    } else {
        memset(ref, 0, sizeof *ref);
        st = askf_ledger_member(r->s->ledger, u, strlen(u), 0, r->now, &ref->owned, &e);
        if (st == ASKF_OK)
            ref->m = askf_member_state_view(ref->owned);
    }
    if (st == ASKF_OK)
        return 0;
    res_error(r, 503, "store_unavailable", "reading the ledger failed: %s",
              e.msg[0] ? e.msg : askf_strerror(st));
    return -1;
}

int gpc_to_record(req *r, askf_slice *ev)
{
    if (!r->gpc || strcmp(r->gpc, "1") != 0 || r->who.kind != P_MEMBER)
        return 0;
    const char *u = r->who.sub;
    mc_ref ref;
    if (member_now(r, &ref))
        return 0; /* the route answers; the signal is recorded on a later request */
    int need = ref.m->gpc_at == ASKF_TIME_NONE && ref.m->deleted_at == ASKF_TIME_NONE;
    mcache_put(&ref);
    if (!need)
        return 0;
    /* A deterministic id: a second request racing this one is a duplicate or a
     * conflict, never a second signal. */
    uint8_t h[32];
    char hex[65];
    crypto_hash_sha256(h, (const unsigned char *)u, strlen(u));
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    hex[32] = 0;
    char id[sizeof "gpc-" + 32];
    snprintf(id, sizeof id, "gpc-%.32s", hex);
    sbuf b;
    event_begin(r, &b, id, "gpc", u, strlen(u));
    if (event_end(r, &b, "gpc"))
        return 0;
    *ev = (askf_slice){b.p, b.len};
    return 1;
}

void gpc_recorded(req *r)
{
    if (r->job.err.status == ASKF_OK && !r->job.res.duplicate)
        atomic_fetch_add(&r->s->m.gpc_recorded, 1);
}

static const char *objection_state_name(uint8_t s)
{
    return s == ASKF_OBJECTION_OPEN ? "open" : s == ASKF_OBJECTION_UPHELD ? "upheld" : "rejected";
}

static int slice_eq(askf_slice a, const char *b)
{
    size_t n = strlen(b);
    return a.len == n && memcmp(a.ptr, b, n) == 0;
}

void write_consent_state(req *r, const askf_policy *p, const askf_member *m)
{
    sbuf *o = &r->out;
    sb_putc(o, '{');
    sb_key(o, "user");
    sb_jstr(o, m->user.ptr, m->user.len);
    sb_key(o, "at");
    sb_time(o, r->now);
    sb_key(o, "policy");
    sb_putc(o, '{');
    sb_key(o, "name");
    sb_jcstr(o, askf_policy_name(p));
    sb_key(o, "version");
    sb_jcstr(o, askf_policy_version(p));
    sb_key(o, "hash");
    sb_jcstr(o, askf_policy_hash_hex(p));
    sb_key(o, "controller");
    sb_jcstr(o, r->s->controller ? r->s->controller : askf_policy_controller(p));
    sb_putc(o, '}');
    sb_key(o, "gpc");
    sb_puts(o, m->gpc_at != ASKF_TIME_NONE ? "true" : "false");
    sb_key(o, "deleted");
    sb_puts(o, m->deleted_at != ASKF_TIME_NONE ? "true" : "false");
    sb_key(o, "purposes");
    sb_putc(o, '[');
    size_t n = askf_policy_purpose_count(p);
    for (size_t i = 0; i < n; i++) {
        const askf_purpose *u = askf_policy_purpose(p, i);
        askf_decision d = askf_decide(p, u, m, NULL, r->now);
        if (i)
            sb_putc(o, ',');
        sb_putc(o, '{');
        sb_key(o, "id");
        sb_jcstr(o, askf_purpose_id(u));
        sb_key(o, "title");
        sb_jcstr(o, askf_purpose_title(u));
        sb_key(o, "notice");
        sb_jcstr(o, askf_purpose_notice(u));
        sb_key(o, "notice_hash");
        sb_jcstr(o, askf_purpose_notice_hash_hex(u));
        sb_key(o, "basis");
        sb_jcstr(o, askf_basis_name(askf_purpose_basis(u)));
        sb_key(o, "choosable");
        sb_puts(o, askf_purpose_choosable(u) ? "true" : "false");
        sb_key(o, "objectable");
        sb_puts(o, askf_purpose_objectable(u) ? "true" : "false");
        sb_key(o, "recipients");
        sb_putc(o, '[');
        for (size_t k = 0; k < askf_purpose_recipient_count(u); k++) {
            if (k)
                sb_putc(o, ',');
            sb_jcstr(o, askf_purpose_recipient(u, k));
        }
        sb_putc(o, ']');
        sb_key(o, "allow");
        sb_puts(o, d.allow ? "true" : "false");
        sb_key(o, "reason");
        sb_jcstr(o, askf_reason_name(d.reason));
        sb_key(o, "since");
        sb_time(o, d.since);
        sb_key(o, "choice");
        const askf_choice *c = NULL;
        for (size_t k = 0; k < m->n_choices; k++)
            if (slice_eq(m->choices[k].purpose, askf_purpose_id(u)))
                c = &m->choices[k];
        if (!c) {
            sb_puts(o, "null");
        } else {
            sb_putc(o, '{');
            sb_key(o, "choice");
            sb_jcstr(o, c->choice == ASKF_CHOICE_GRANT ? "grant" : "refuse");
            sb_key(o, "at");
            sb_time(o, c->at);
            sb_key(o, "notice_hash");
            sb_putc(o, '"');
            sb_hex(o, c->notice_hash, ASKF_HASH_SIZE);
            sb_putc(o, '"');
            sb_key(o, "current");
            sb_puts(o, memcmp(c->notice_hash, askf_purpose_notice_hash(u), ASKF_HASH_SIZE) == 0
                           ? "true"
                           : "false");
            sb_putc(o, '}');
        }
        sb_putc(o, '}');
    }
    sb_putc(o, ']');
    sb_key(o, "objections");
    sb_putc(o, '[');
    for (size_t k = 0; k < m->n_objections; k++) {
        const askf_objection *ob = &m->objections[k];
        if (k)
            sb_putc(o, ',');
        sb_putc(o, '{');
        sb_key(o, "id");
        sb_jstr(o, ob->id.ptr, ob->id.len);
        sb_key(o, "purpose");
        sb_jstr(o, ob->purpose.ptr, ob->purpose.len);
        sb_key(o, "kind");
        sb_jcstr(o, ob->kind == ASKF_OBJECT ? "object" : "restrict");
        sb_key(o, "state");
        sb_jcstr(o, objection_state_name(ob->state));
        sb_key(o, "at");
        sb_time(o, ob->at);
        sb_key(o, "resolved_at");
        sb_time(o, ob->resolved_at);
        sb_putc(o, '}');
    }
    sb_putc(o, ']');
    sb_putc(o, '}');
}
