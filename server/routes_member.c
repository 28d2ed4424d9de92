/*
 * routes_member.c - /v1/me/...: what a signed-in member may see and do about
 * themselves. The member id comes from the token's `sub` and nowhere else, so
 * no request can name another member. Every write is appended durably and
 * answered with a signed receipt.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

/* The policy in force and the member's state now, for the read endpoints; 0 ok. */
static int policy_and_state(req *r, const askf_policy **p, mc_ref *ref)
{
    *p = req_policy(r);
    return *p ? member_now(r, ref) : -1;
}

static void get_consent(req *r, const char *rest)
{
    (void)rest;
    const askf_policy *p;
    mc_ref ref;
    if (policy_and_state(r, &p, &ref))
        return;
    sb_init(&r->out, &r->a);
    write_consent_state(r, p, ref.m);
    sb_putc(&r->out, '\n');
    mcache_put(&ref);
    res_json(r, 200);
}

/* Respond {"seq","event_id","duplicate",<key>:<json>,"receipt"} for r->job's event. */
static void respond_member_write(req *r, unsigned status, const char *event_id, const char *type,
                                 const char *key, const char *json)
{
    sbuf f;
    sb_init(&f, &r->a);
    sb_puts(&f, "\"event_id\":");
    sb_jcstr(&f, event_id);
    sb_puts(&f, r->job.res.duplicate ? ",\"duplicate\":true" : ",\"duplicate\":false");
    sb_key(&f, key);
    sb_puts(&f, json);
    if (!out_of_memory(r, f.oom))
        respond_with_receipt(r, status, event_id, type, r->who.sub, f.p);
}

/* What put_consent hands to finish_consent across the durable append. */
typedef struct consent_write {
    const askf_policy *policy;
    const askf_purpose *purpose;
    char event_id[80];
} consent_write;

/* Announce the new choice to the member cache, so the write's response (and
 * later decisions) need no fold of the member (mcache_expect). */
static void expect_choice(req *r, const char *event_id, const char *purpose, int grant,
                          const uint8_t notice[ASKF_HASH_SIZE])
{
    mc_intent *i = &r->job.intent;
    i->event_id.ptr = event_id;
    i->event_id.len = strlen(event_id);
    i->user.ptr = r->who.sub;
    i->user.len = strlen(r->who.sub);
    i->choice.purpose.ptr = purpose;
    i->choice.purpose.len = strlen(purpose);
    i->choice.choice = grant ? ASKF_CHOICE_GRANT : ASKF_CHOICE_REFUSE;
    memcpy(i->choice.notice_hash, notice, ASKF_HASH_SIZE);
    i->choice.at = r->now;
}

/* The consent is durable: answer with the purpose's new state and the receipt. */
static void finish_consent(req *r)
{
    consent_write *cw = r->write_ctx;
    mc_ref ref = {0};
    int from_cache = mcache_take(&r->job.intent, &ref) == 0;
    if (append_failed(r)) {
        mcache_put(&ref);
        return;
    }
    if (!from_cache && member_now(r, &ref))
        return;
    askf_decision d = askf_decide(cw->policy, cw->purpose, ref.m, NULL, r->now);
    mcache_put(&ref);
    sbuf st;
    sb_init(&st, &r->a);
    sb_puts(&st, "{\"purpose\":");
    sb_jcstr(&st, askf_purpose_id(cw->purpose));
    sb_puts(&st, ",\"allow\":");
    sb_puts(&st, d.allow ? "true" : "false");
    sb_puts(&st, ",\"reason\":");
    sb_jcstr(&st, askf_reason_name(d.reason));
    sb_puts(&st, ",\"since\":");
    sb_time(&st, d.since);
    sb_putc(&st, '}');
    if (!out_of_memory(r, st.oom))
        respond_member_write(r, 200, cw->event_id, "consent", "state", st.p);
}

static void put_consent(req *r, const char *purpose)
{
    const askf_policy *p = req_policy(r);
    if (!p || req_parse_json(r))
        return;
    if (r->json.toks[0].type != ASKF_JSON_OBJECT) {
        res_error(r, 400, "bad_request", "the body must be a JSON object");
        return;
    }
    int pi = askf_policy_purpose_index(p, purpose, strlen(purpose));
    if (pi < 0) {
        res_error(r, 404, "unknown_purpose", "the policy in force has no purpose '%.128s'",
                  purpose);
        return;
    }
    const askf_purpose *u = askf_policy_purpose(p, (size_t)pi);
    if (!askf_purpose_choosable(u)) {
        res_error(r, 409, "not_choosable",
                  "'%s' is not based on consent or legitimate interest; it has no choice", purpose);
        return;
    }
    askf_slice choice = {0}, notice = {0};
    int hc = jstr(r, 0, "choice", &choice), hn = jstr(r, 0, "notice", &notice);
    int grant = hc == 1 && choice.len == 5 && !memcmp(choice.ptr, "grant", 5);
    int refuse = hc == 1 && choice.len == 6 && !memcmp(choice.ptr, "refuse", 6);
    if (!grant && !refuse) {
        res_error(r, 400, "bad_request", "\"choice\" must be \"grant\" or \"refuse\"");
        return;
    }
    if (hn < 0 || (grant && hn == 0)) {
        res_error(r, 400, "bad_request",
                  "\"notice\" must be the notice hash the member was shown (a grant needs it)");
        return;
    }
    const char *cur = askf_purpose_notice_hash_hex(u);
    if (grant && (notice.len != 64 || memcmp(notice.ptr, cur, 64) != 0)) {
        /* The member agreed to text that is no longer the notice: ask again. */
        sb_init(&r->out, &r->a);
        sb_puts(&r->out, "{\"error\":{\"code\":\"stale_notice\",\"message\":");
        sb_jcstr(&r->out, "the notice you agreed to is not the current one; read the current "
                          "notice and choose again");
        sb_puts(&r->out, ",\"status\":409},\"purpose\":");
        sb_jcstr(&r->out, purpose);
        sb_puts(&r->out, ",\"notice\":");
        sb_jcstr(&r->out, askf_purpose_notice(u));
        sb_puts(&r->out, ",\"notice_hash\":");
        sb_jcstr(&r->out, cur);
        sb_puts(&r->out, "}\n");
        res_json(r, 409);
        return;
    }
    consent_write *cw = arena_alloc(&r->a, sizeof *cw);
    if (out_of_memory(r, !cw))
        return;
    cw->policy = p;
    cw->purpose = u;
    r->write_ctx = cw;
    new_event_id(r, "c", cw->event_id);
    sbuf b;
    event_begin(r, &b, cw->event_id, "consent", r->who.sub, strlen(r->who.sub));
    sb_puts(&b, ",\"purpose\":");
    sb_jcstr(&b, purpose);
    sb_puts(&b, grant ? ",\"choice\":\"grant\"" : ",\"choice\":\"refuse\"");
    /* A refusal is recorded against the notice in force, whatever was shown. */
    sb_puts(&b, ",\"notice\":");
    sb_jcstr(&b, cur);
    if (event_end(r, &b, "settings"))
        return;
    if (r->s->mcache)
        expect_choice(r, cw->event_id, askf_purpose_id(u), grant, askf_purpose_notice_hash(u));
    append_then(r, b.p, b.len, finish_consent);
}

typedef struct hist_ctx {
    req *r;
    int n;
    int full; /* export: include the hash and recorded time */
} hist_ctx;

static int receiptable(askf_slice type)
{
    return (type.len == 7 && !memcmp(type.ptr, "consent", 7)) ||
           (type.len == 9 && !memcmp(type.ptr, "objection", 9)) ||
           (type.len == 18 && !memcmp(type.ptr, "objection_resolved", 18));
}

static int hist_cb(const askf_event_view *ev, void *ud)
{
    hist_ctx *c = ud;
    sbuf *o = &c->r->out;
    if (c->n++)
        sb_putc(o, ',');
    sb_puts(o, "{\"seq\":");
    sb_i64(o, ev->seq);
    sb_puts(o, ",\"type\":");
    sb_jstr(o, ev->type.ptr, ev->type.len);
    sb_puts(o, ",\"id\":");
    sb_jstr(o, ev->id.ptr, ev->id.len);
    sb_puts(o, ",\"at\":");
    sb_time(o, ev->at);
    sb_puts(o, ",\"recorded_at\":");
    sb_time(o, ev->recorded_at);
    sb_puts(o, ",\"hash\":\"");
    sb_hex(o, ev->hash, ASKF_HASH_SIZE);
    sb_puts(o, "\",\"receipt\":");
    if (receiptable(ev->type)) {
        sb_puts(o, "\"/v1/me/receipts/");
        sb_i64(o, ev->seq);
        sb_putc(o, '"');
    } else {
        sb_puts(o, "null");
    }
    sb_puts(o, ",\"event\":");
    sb_put(o, ev->body.ptr, ev->body.len);
    sb_putc(o, '}');
    return o->oom ? 1 : 0;
}

static int write_history(req *r, int full)
{
    hist_ctx c = {r, 0, full};
    askf_error e = {0};
    const char *u = r->who.sub;
    sb_putc(&r->out, '[');
    askf_status st = askf_ledger_history(r->s->ledger, u, strlen(u), hist_cb, &c, &e);
    sb_putc(&r->out, ']');
    if (st != ASKF_OK) {
        res_error(r, 503, "store_unavailable", "reading the ledger failed: %s",
                  e.msg[0] ? e.msg : askf_strerror(st));
        return -1;
    }
    if (r->out.oom) {
        res_error(r, 503, "overloaded", "out of memory");
        return -1;
    }
    return 0;
}

static void get_history(req *r, const char *rest)
{
    (void)rest;
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"user\":");
    sb_jcstr(&r->out, r->who.sub);
    sb_puts(&r->out, ",\"events\":");
    if (write_history(r, 0))
        return;
    sb_puts(&r->out, "}\n");
    res_json(r, 200);
}

/* What post_objection hands to finish_objection across the durable append. */
typedef struct objection_write {
    char event_id[80];
    const char *objection; /* the response's "objection" object */
} objection_write;

/* The objection is durable: answer 201 with it and its receipt. */
static void finish_objection(req *r)
{
    objection_write *ow = r->write_ctx;
    if (!append_failed(r))
        respond_member_write(r, 201, ow->event_id, "objection", "objection", ow->objection);
}

static void post_objection(req *r, const char *rest)
{
    (void)rest;
    const askf_policy *p = req_policy(r);
    if (!p || req_parse_json(r))
        return;
    if (r->json.toks[0].type != ASKF_JSON_OBJECT) {
        res_error(r, 400, "bad_request", "the body must be a JSON object");
        return;
    }
    askf_slice purpose = {0}, kind = {0}, reason = {0};
    int hp = jstr(r, 0, "purpose", &purpose), hk = jstr(r, 0, "kind", &kind),
        hr = jstr(r, 0, "reason", &reason);
    if (hp != 1 || hr < 0) {
        res_error(r, 400, "bad_request", "\"purpose\" (string) is required; \"reason\" is text");
        return;
    }
    int object = hk == 0 || (hk == 1 && kind.len == 6 && !memcmp(kind.ptr, "object", 6));
    int restrict_ = hk == 1 && kind.len == 8 && !memcmp(kind.ptr, "restrict", 8);
    if (!object && !restrict_) {
        res_error(r, 400, "bad_request", "\"kind\" must be \"object\" or \"restrict\"");
        return;
    }
    int pi = askf_policy_purpose_index(p, purpose.ptr, purpose.len);
    if (pi < 0) {
        res_error(r, 404, "unknown_purpose", "the policy in force has no purpose '%.*s'",
                  (int)(purpose.len > 128 ? 128 : purpose.len), purpose.ptr);
        return;
    }
    if (!askf_purpose_objectable(askf_policy_purpose(p, (size_t)pi))) {
        res_error(r, 409, "not_objectable", "'%.*s' cannot be objected to under this policy",
                  (int)(purpose.len > 128 ? 128 : purpose.len), purpose.ptr);
        return;
    }
    objection_write *ow = arena_alloc(&r->a, sizeof *ow);
    if (out_of_memory(r, !ow))
        return;
    const char *id = ow->event_id;
    new_event_id(r, "o", ow->event_id);
    sbuf b;
    event_begin(r, &b, id, "objection", r->who.sub, strlen(r->who.sub));
    sb_puts(&b, ",\"purpose\":");
    sb_jstr(&b, purpose.ptr, purpose.len);
    sb_puts(&b, object ? ",\"kind\":\"object\"" : ",\"kind\":\"restrict\"");
    if (hr == 1) {
        sb_puts(&b, ",\"reason\":");
        sb_jstr(&b, reason.ptr, reason.len);
    }
    if (event_end(r, &b, "objection_form"))
        return;
    sbuf ob;
    sb_init(&ob, &r->a);
    sb_puts(&ob, "{\"id\":");
    sb_jcstr(&ob, id);
    sb_puts(&ob, ",\"purpose\":");
    sb_jstr(&ob, purpose.ptr, purpose.len);
    sb_puts(&ob, object ? ",\"kind\":\"object\"" : ",\"kind\":\"restrict\"");
    sb_puts(&ob, ",\"state\":\"open\"}");
    if (out_of_memory(r, ob.oom))
        return;
    ow->objection = ob.p;
    r->write_ctx = ow;
    append_then(r, b.p, b.len, finish_objection);
}

static void get_export(req *r, const char *rest)
{
    (void)rest;
    const askf_policy *p;
    mc_ref ref;
    if (policy_and_state(r, &p, &ref))
        return;
    const askf_member *m = ref.m;
    sbuf *o = &r->out;
    sb_init(o, &r->a);
    sb_puts(o, "{\"format\":\"askfirst-export/1\",\"user\":");
    sb_jcstr(o, r->who.sub);
    sb_puts(o, ",\"generated_at\":");
    sb_time(o, r->now);
    sb_puts(o, ",\"profile\":{\"region\":");
    if (m->region[0])
        sb_jstr(o, m->region, 2);
    else
        sb_puts(o, "null");
    sb_puts(o, ",\"birth_date\":");
    if (m->birth_days != INT32_MIN) {
        askf_time t = (askf_time)m->birth_days * 86400 * 1000000;
        char tb[40];
        askf_time_format(t, tb, sizeof tb);
        sb_jstr(o, tb, 10);
    } else {
        sb_puts(o, "null");
    }
    sb_puts(o, ",\"deleted_at\":");
    sb_time(o, m->deleted_at);
    sb_puts(o, ",\"gpc_at\":");
    sb_time(o, m->gpc_at);
    sb_puts(o, "},\"deleted_content\":[");
    for (size_t i = 0; i < m->n_deleted_content; i++) {
        if (i)
            sb_putc(o, ',');
        sb_puts(o, "{\"id\":");
        sb_jstr(o, m->deleted_content[i].id.ptr, m->deleted_content[i].id.len);
        sb_puts(o, ",\"at\":");
        sb_time(o, m->deleted_content[i].at);
        sb_putc(o, '}');
    }
    sb_puts(o, "],\"consent\":");
    write_consent_state(r, p, m);
    mcache_put(&ref);
    sb_puts(o, ",\"events\":");
    if (write_history(r, 1))
        return;
    sb_puts(o, "}\n");
    r->extra_hdr_name = "Content-Disposition";
    r->extra_hdr_val = "attachment; filename=\"askfirst-export.json\"";
    res_json(r, 200);
}

static void get_receipt(req *r, const char *seq_s)
{
    char *end = NULL;
    long long seq = strtoll(seq_s, &end, 10);
    if (!*seq_s || *end || seq <= 0) {
        res_error(r, 400, "bad_request", "a receipt is addressed by its ledger seq, a number");
        return;
    }
    ev_copy e;
    int rc = fetch_event(r, seq, &e);
    if (rc < 0)
        return;
    /* Another member's event is answered exactly like a missing one. */
    if (rc > 0 || strcmp(e.user, r->who.sub) != 0) {
        res_error(r, 404, "not_found", "you have no event at seq %lld", seq);
        return;
    }
    size_t len = 0;
    char *rec = receipt_for(r, &e, NULL, &len);
    if (!rec)
        return;
    sb_init(&r->out, &r->a);
    sb_put(&r->out, rec, len);
    sb_putc(&r->out, '\n');
    res_json(r, 200);
}

/* One /v1/me endpoint: the path after /v1/me (a prefix when it ends in '/',
 * followed by a non-empty rest unless rest_may_be_empty), its method, and
 * whether a Sec-GPC signal is recorded on the way. */
typedef struct member_route {
    const char *path;
    route_id route;
    const char *method;
    int records_gpc;
    int rest_may_be_empty; /* an empty receipt seq is answered as a bad seq */
    void (*handler)(req *r, const char *rest);
} member_route;

static const member_route member_routes[] = {
    {"/consent", R_ME_CONSENT, "GET", 1, 0, get_consent},
    {"/consent/", R_ME_CONSENT_PUT, "PUT", 1, 0, put_consent},
    {"/history", R_ME_HISTORY, "GET", 1, 0, get_history},
    {"/objections", R_ME_OBJECTIONS, "POST", 1, 0, post_objection},
    {"/export", R_ME_EXPORT, "GET", 1, 0, get_export},
    {"/receipts/", R_ME_RECEIPT, "GET", 0, 1, get_receipt},
};

static const char *match_member_route(const member_route *m, const char *p)
{
    size_t n = strlen(m->path);
    if (m->path[n - 1] != '/')
        return strcmp(p, m->path) ? NULL : p + n;
    if (strncmp(p, m->path, n))
        return NULL;
    return p[n] || m->rest_may_be_empty ? p + n : NULL;
}

static int method_is(const req *r, const char *method)
{
    return !strcmp(r->method, method) || (!strcmp(method, "GET") && !strcmp(r->method, "HEAD"));
}

static void run_member_route(req *r, const member_route *m, const char *rest)
{
    if (method_is(r, m->method))
        m->handler(r, rest);
    else
        res_error(r, 405, "method_not_allowed", "use %s", m->method);
}

/* A route waiting for the member's first GPC signal to be durable. */
typedef struct gpc_pending {
    const member_route *m;
    const char *rest;
} gpc_pending;

static void route_after_gpc(req *r)
{
    const gpc_pending *g = r->write_ctx;
    gpc_recorded(r);
    /* (a failed signal is not the route's error: it is recorded on a later request) */
    memset(&r->job, 0, sizeof r->job);
    r->write_ctx = NULL;
    run_member_route(r, g->m, g->rest);
}

void route_member(req *r)
{
    const char *p = r->path + strlen("/v1/me");
    for (size_t i = 0; i < sizeof member_routes / sizeof *member_routes; i++) {
        const member_route *m = &member_routes[i];
        const char *rest = match_member_route(m, p);
        if (!rest)
            continue;
        r->route = m->route;
        if (need_member(r))
            return;
        askf_slice gpc;
        gpc_pending *g;
        if (m->records_gpc && gpc_to_record(r, &gpc) &&
            (g = arena_alloc(&r->a, sizeof *g)) != NULL) {
            /* the route runs once the signal is durable, so it answers with it */
            *g = (gpc_pending){m, rest};
            r->write_ctx = g;
            append_then(r, gpc.ptr, gpc.len, route_after_gpc);
            return;
        }
        run_member_route(r, m, rest);
        return;
    }
    res_error(r, 404, "not_found", "no such endpoint");
}
