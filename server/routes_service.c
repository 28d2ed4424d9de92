/*
 * routes_service.c - endpoints for the platform's services, behind API keys
 * with scopes: decisions (one, or a batch of up to 10,000), bulk event import
 * (the rules and errors of `askfirst event add`), and deletions.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

/* Member states for one request: the server-wide cache (mcache.c), or a
 * per-request fold when the cache is off. */
typedef struct mstates {
    int64_t seq; /* ledger position every decision of the request is taken at */
} mstates;

static askf_status member_at(req *r, const mstates *ms, askf_slice user, askf_time at, mc_ref *ref)
{
    if (r->s->mcache)
        return mcache_get(r->s->mcache, r->s->ledger, ms->seq, user.ptr, user.len, r->now, at, ref);
    memset(ref, 0, sizeof *ref);
    askf_status st =
        askf_ledger_member(r->s->ledger, user.ptr, user.len, ms->seq, at, &ref->owned, NULL);
    if (st == ASKF_OK)
        ref->m = askf_member_state_view(ref->owned);
    return st;
}

/* One decision request object at token `o`; writes the result object. */
static int decide_one(req *r, const mstates *mc, const askf_policy *p, uint32_t o,
                      askf_time default_at, sbuf *out, int index)
{
    askf_json *j = &r->json;
    if (j->toks[o].type != ASKF_JSON_OBJECT) {
        res_error(r, 400, "bad_request", "decision %d: must be an object", index);
        return -1;
    }
    askf_slice user = {0}, purpose = {0}, at_s = {0}, rec = {0}, kind = {0}, content = {0};
    int hu = jstr(r, o, "user", &user), hp = jstr(r, o, "purpose", &purpose);
    int ha = jstr(r, o, "at", &at_s), hr = jstr(r, o, "recipient", &rec),
        hk = jstr(r, o, "kind", &kind), hc = jstr(r, o, "content", &content);
    if (hu != 1 || hp != 1 || ha < 0 || hr < 0 || hk < 0 || hc < 0 || !user.len || user.len > 128) {
        res_error(r, 400, "bad_request",
                  "decision %d: \"user\" and \"purpose\" are required strings; \"at\", "
                  "\"recipient\", \"kind\", \"content\" are optional strings",
                  index);
        return -1;
    }
    askf_time at = default_at;
    if (ha == 1 && askf_time_parse(at_s.ptr, at_s.len, &at) != ASKF_OK) {
        res_error(r, 400, "bad_request", "decision %d: \"at\" is not an RFC 3339 time", index);
        return -1;
    }
    askf_context ctx;
    memset(&ctx, 0, sizeof ctx);
    if (hr == 1) {
        ctx.recipient = rec.ptr;
        ctx.recipient_len = rec.len;
    }
    if (hk == 1) {
        ctx.kind = kind.ptr;
        ctx.kind_len = kind.len;
    }
    if (hc == 1) {
        ctx.content_id = content.ptr;
        ctx.content_id_len = content.len;
    }
    int ui = askf__json_get(j, o, "user_initiated", 14);
    if (ui >= 0) {
        if (j->toks[ui].type != ASKF_JSON_TRUE && j->toks[ui].type != ASKF_JSON_FALSE) {
            res_error(r, 400, "bad_request", "decision %d: \"user_initiated\" is a boolean", index);
            return -1;
        }
        ctx.user_initiated = j->toks[ui].type == ASKF_JSON_TRUE;
    }
    mc_ref ref;
    askf_status st = member_at(r, mc, user, at, &ref);
    if (st != ASKF_OK) {
        res_error(r, 503, "store_unavailable", "reading the ledger failed: %s", askf_strerror(st));
        return -1;
    }
    int pi = askf_policy_purpose_index(p, purpose.ptr, purpose.len);
    const askf_purpose *u = pi >= 0 ? askf_policy_purpose(p, (size_t)pi) : NULL;
    askf_decision d = askf_decide(p, u, ref.m, &ctx, at);
    mcache_put(&ref);
    sb_puts(out, "{\"user\":");
    sb_jstr(out, user.ptr, user.len);
    sb_puts(out, ",\"purpose\":");
    sb_jstr(out, purpose.ptr, purpose.len);
    sb_puts(out, d.allow ? ",\"allow\":true,\"reason\":\"" : ",\"allow\":false,\"reason\":\"");
    sb_puts(out, askf_reason_name(d.reason));
    sb_puts(out, "\",\"since\":");
    sb_time(out, d.since);
    sb_putc(out, '}');
    return 0;
}

static void post_decide(req *r)
{
    const askf_policy *p = req_policy(r);
    if (!p || req_parse_json(r))
        return;
    askf_json *j = &r->json;
    if (j->toks[0].type != ASKF_JSON_OBJECT) {
        res_error(r, 400, "bad_request", "the body must be a JSON object");
        return;
    }
    mstates mc = {0};
    if (r->s->mcache && (mc.seq = mcache_sync(r->s->mcache, r->s->ledger)) < 0) {
        res_error(r, 503, "store_unavailable", "reading the ledger head failed");
        return;
    }
    sbuf *o = &r->out;
    sb_init(o, &r->a);
    int batch = askf__json_get(j, 0, "requests", 8);
    if (batch < 0) {
        if (decide_one(r, &mc, p, 0, r->now, o, 0) == 0) {
            sb_putc(o, '\n');
            atomic_fetch_add(&r->s->m.decisions, 1);
            res_json(r, 200);
        }
        return;
    }
    if (j->toks[batch].type != ASKF_JSON_ARRAY) {
        res_error(r, 400, "bad_request", "\"requests\" must be an array of decision requests");
        return;
    }
    uint32_t n = j->toks[batch].count;
    if (n > SRV_MAX_BATCH) {
        res_error(r, 413, "batch_too_large", "a batch holds at most %u decisions, not %u",
                  SRV_MAX_BATCH, n);
        return;
    }
    sb_reserve(o, (size_t)n * 112 + 256); /* one block instead of doubling */
    sb_puts(o, "{\"policy\":");
    sb_putc(o, '"');
    sb_puts(o, askf_policy_name(p));
    sb_putc(o, '@');
    sb_puts(o, askf_policy_version(p));
    sb_puts(o, "\",\"results\":[");
    uint32_t c = askf__json_first((uint32_t)batch);
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            sb_putc(o, ',');
        if (decide_one(r, &mc, p, c, r->now, o, (int)i) != 0)
            return;
        c = askf__json_next(j, c);
    }
    sb_puts(o, "]}\n");
    atomic_fetch_add(&r->s->m.decisions, n);
    if (o->oom)
        res_error(r, 503, "overloaded", "out of memory");
    else
        res_json(r, 200);
}

/* The events of a /v1/events body: a JSON array of objects, or JSONL. */
static int split_events(req *r, askf_slice **out, size_t **lines, size_t *n)
{
    const char *s = r->body;
    size_t len = r->body_len, i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i < len && s[i] == '[') {
        if (req_parse_json(r))
            return -1;
        uint32_t cnt = r->json.toks[0].count;
        if (cnt > SRV_MAX_BATCH) {
            res_error(r, 413, "batch_too_large", "a batch holds at most %u events, not %u",
                      SRV_MAX_BATCH, cnt);
            return -1;
        }
        *out = arena_alloc(&r->a, (cnt + 1) * sizeof **out);
        *lines = arena_alloc(&r->a, (cnt + 1) * sizeof **lines);
        if (!*out || !*lines)
            goto oom;
        uint32_t c = 1;
        for (uint32_t k = 0; k < cnt; k++) {
            (*out)[k] = askf__json_raw(&r->json, c);
            (*lines)[k] = k + 1;
            c = askf__json_next(&r->json, c);
        }
        *n = cnt;
        return 0;
    }
    size_t cap = 64, cnt = 0, lineno = 0, start = 0;
    *out = arena_alloc(&r->a, cap * sizeof **out);
    *lines = arena_alloc(&r->a, cap * sizeof **lines);
    if (!*out || !*lines)
        goto oom;
    for (size_t k = 0; k <= len; k++) {
        if (k < len && s[k] != '\n')
            continue;
        lineno++;
        size_t b = start, e = k;
        while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
            b++;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
            e--;
        start = k + 1;
        if (e == b)
            continue;
        if (cnt == SRV_MAX_BATCH) {
            res_error(r, 413, "batch_too_large", "a batch holds at most %u events", SRV_MAX_BATCH);
            return -1;
        }
        if (cnt == cap) {
            askf_slice *no = arena_alloc(&r->a, 2 * cap * sizeof *no);
            size_t *nl = arena_alloc(&r->a, 2 * cap * sizeof *nl);
            if (!no || !nl)
                goto oom;
            memcpy(no, *out, cap * sizeof *no);
            memcpy(nl, *lines, cap * sizeof *nl);
            *out = no;
            *lines = nl;
            cap *= 2;
        }
        (*out)[cnt].ptr = s + b;
        (*out)[cnt].len = e - b;
        (*lines)[cnt] = lineno;
        cnt++;
    }
    *n = cnt;
    return 0;
oom:
    res_error(r, 503, "overloaded", "out of memory");
    return -1;
}

static void post_events(req *r)
{
    askf_slice *evs = NULL;
    size_t *lines = NULL, n = 0;
    if (!r->body_len) {
        res_error(r, 400, "bad_request", "send events as JSONL or a JSON array");
        return;
    }
    if (split_events(r, &evs, &lines, &n))
        return;
    if (!n) {
        res_error(r, 400, "bad_request", "no events in the body");
        return;
    }
    const char *atomic = req_query(r, "atomic");
    unsigned flags =
        atomic && (!strcmp(atomic, "1") || !strcmp(atomic, "true")) ? ASKF_APPEND_ATOMIC : 0;
    askf_append_result *res = arena_alloc(&r->a, n * sizeof *res);
    askf_error *errs = arena_alloc(&r->a, n * sizeof *errs);
    if (out_of_memory(r, !res || !errs))
        return;
    memset(errs, 0, n * sizeof *errs);
    askf_status st = askf_ledger_append(r->s->ledger, evs, n, flags, r->now, res, errs);
    if (st != ASKF_OK && st != ASKF_ERR_REJECTED) {
        res_error(r, 503, "store_unavailable", "storing the events failed: %s",
                  errs[0].msg[0] ? errs[0].msg : askf_strerror(st));
        return;
    }
    size_t stored = 0, dup = 0, rejected = 0;
    sbuf *o = &r->out;
    sb_init(o, &r->a);
    sb_puts(o, "{\"results\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(o, ',');
        sb_puts(o, "{\"line\":");
        sb_i64(o, (int64_t)lines[i]);
        if (errs[i].status == ASKF_OK) {
            sb_puts(o, ",\"seq\":");
            sb_i64(o, res[i].seq);
            sb_puts(o, res[i].duplicate ? ",\"duplicate\":true" : ",\"duplicate\":false");
            if (res[i].duplicate)
                dup++;
            else
                stored++;
        } else {
            rejected++;
            sb_puts(o, ",\"error\":{\"code\":");
            sb_jcstr(o, errs[i].status == ASKF_ERR_ABORTED    ? "aborted"
                        : errs[i].status == ASKF_ERR_CONFLICT ? "conflict"
                        : errs[i].status == ASKF_ERR_PARSE    ? "invalid_event"
                                                              : "rejected");
            sb_puts(o, ",\"field\":");
            sb_jcstr(o, errs[i].field[0] ? errs[i].field : NULL);
            sb_puts(o, ",\"message\":");
            sb_jcstr(o, errs[i].msg[0] ? errs[i].msg : askf_strerror(errs[i].status));
            sb_puts(o, "}");
        }
        sb_putc(o, '}');
    }
    sb_puts(o, "],\"stored\":");
    sb_i64(o, (int64_t)stored);
    sb_puts(o, ",\"duplicate\":");
    sb_i64(o, (int64_t)dup);
    sb_puts(o, ",\"rejected\":");
    sb_i64(o, (int64_t)rejected);
    sb_puts(o, "}\n");
    if (o->oom)
        res_error(r, 503, "overloaded", "out of memory");
    else
        res_json(r, rejected ? 422 : 200);
}

/* What delete_event hands to finish_delete across the durable append. */
typedef struct delete_write {
    char event_id[80];
    const char *user;
    size_t user_len;
    const char *content; /* NULL: the whole account */
} delete_write;

static void finish_delete(req *r)
{
    delete_write *dw = r->write_ctx;
    if (append_failed(r))
        return;
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"seq\":");
    sb_i64(&r->out, r->job.res.seq);
    sb_puts(&r->out, ",\"event_id\":");
    sb_jcstr(&r->out, dw->event_id);
    sb_puts(&r->out, ",\"user\":");
    sb_jstr(&r->out, dw->user, dw->user_len);
    sb_puts(&r->out, ",\"content\":");
    sb_jcstr(&r->out, dw->content);
    sb_puts(&r->out, "}\n");
    res_json(r, 200);
}

static void delete_event(req *r, const char *user, size_t ulen, const char *content)
{
    delete_write *dw = arena_alloc(&r->a, sizeof *dw);
    if (out_of_memory(r, !dw))
        return;
    *dw = (delete_write){.user = user, .user_len = ulen, .content = content};
    new_event_id(r, "d", dw->event_id);
    sbuf b;
    event_begin(r, &b, dw->event_id, "delete", user, ulen);
    if (content) {
        sb_puts(&b, ",\"content\":");
        sb_jcstr(&b, content);
    }
    if (event_end(r, &b, "api"))
        return;
    r->write_ctx = dw;
    append_then(r, b.p, b.len, finish_delete);
}

void route_service(req *r)
{
    const char *p = r->path;
    if (!strcmp(p, "/v1/decide")) {
        serve_scoped(r, R_DECIDE, SCOPE_DECIDE, "POST", post_decide);
        return;
    }
    if (!strcmp(p, "/v1/events")) {
        serve_scoped(r, R_EVENTS, SCOPE_IMPORT, "POST", post_events);
        return;
    }
    /* /v1/users/{id} and /v1/users/{id}/content/{cid} */
    const char *u = p + strlen("/v1/users/");
    const char *slash = strchr(u, '/');
    size_t ulen = slash ? (size_t)(slash - u) : strlen(u);
    const char *content = NULL;
    if (slash) {
        if (strncmp(slash, "/content/", 9) != 0 || !slash[9] || strchr(slash + 9, '/')) {
            res_error(r, 404, "not_found", "no such endpoint");
            return;
        }
        content = slash + 9;
        r->route = R_DEL_CONTENT;
    } else {
        r->route = R_DEL_USER;
    }
    if (need_scope(r, SCOPE_DELETE))
        return;
    if (!ulen) {
        res_error(r, 404, "not_found", "no such endpoint");
        return;
    }
    if (strcmp(r->method, "DELETE") != 0) {
        res_error(r, 405, "method_not_allowed", "use DELETE");
        return;
    }
    delete_event(r, u, ulen, content);
}
