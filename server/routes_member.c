/*
 * routes_member.c - /v1/me/...: what a signed-in member may see and do about
 * themselves. The member id comes from the token's `sub` and nowhere else, so
 * no request can name another member. Every write is appended durably and
 * answered with a signed receipt.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

static askf_member_state *fold_me(req *r)
{
    askf_member_state *ms = NULL;
    askf_error e = {0};
    const char *u = r->who.sub;
    askf_status st = askf_ledger_member(r->s->ledger, u, strlen(u), 0, r->now, &ms, &e);
    if (st != ASKF_OK) {
        res_error(r, 503, "store_unavailable", "reading the ledger failed: %s",
                  e.msg[0] ? e.msg : askf_strerror(st));
        return NULL;
    }
    return ms;
}

static void get_consent(req *r)
{
    const askf_policy *p = req_policy(r);
    if (!p)
        return;
    askf_member_state *ms = fold_me(r);
    if (!ms)
        return;
    sb_init(&r->out, &r->a);
    write_consent_state(r, p, askf_member_state_view(ms));
    sb_putc(&r->out, '\n');
    askf_member_state_free(ms);
    res_json(r, 200);
}

/* Respond {"seq":..,"duplicate":..,"receipt":{..}, <extra>} for a stored event. */
static void respond_with_receipt(req *r, unsigned status, const askf_append_result *res,
                                 const char *type, const sbuf *body, const char *extra_key,
                                 const char *extra_json)
{
    ev_copy e;
    /* The event id is the first string of the body we built: {"id":"<id>",... */
    const char *id0 = body->p + 7;
    const char *id1 = strchr(id0, '"');
    char *id = arena_strndup(&r->a, id0, id1 ? (size_t)(id1 - id0) : 0);
    if (!id) {
        res_error(r, 503, "overloaded", "out of memory");
        return;
    }
    appended_event(r, res, id, type, r->who.sub, body->p, body->len, &e);
    char *rec = receipt_for(r, &e, NULL);
    if (!rec)
        return;
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"seq\":");
    sb_i64(&r->out, res->seq);
    sb_puts(&r->out, ",\"event_id\":");
    sb_jcstr(&r->out, e.id);
    sb_puts(&r->out, ",\"duplicate\":");
    sb_puts(&r->out, res->duplicate ? "true" : "false");
    if (extra_key) {
        sb_key(&r->out, extra_key);
        sb_puts(&r->out, extra_json);
    }
    sb_puts(&r->out, ",\"receipt\":");
    sb_puts(&r->out, rec);
    sb_puts(&r->out, "}\n");
    res_json(r, status);
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
    char id[80], tb[40];
    new_event_id(r, "c", id);
    askf_time_format(r->now, tb, sizeof tb);
    sbuf b;
    sb_init(&b, &r->a);
    sb_puts(&b, "{\"id\":");
    sb_jcstr(&b, id);
    sb_puts(&b, ",\"type\":\"consent\",\"user\":");
    sb_jcstr(&b, r->who.sub);
    sb_puts(&b, ",\"purpose\":");
    sb_jcstr(&b, purpose);
    sb_puts(&b, grant ? ",\"choice\":\"grant\"" : ",\"choice\":\"refuse\"");
    /* A refusal is recorded against the notice in force, whatever was shown. */
    sb_puts(&b, ",\"notice\":");
    sb_jcstr(&b, cur);
    sb_puts(&b, ",\"at\":");
    sb_jcstr(&b, tb);
    sb_puts(&b, ",\"source\":\"settings\"}");
    askf_append_result res;
    if (b.oom) {
        res_error(r, 503, "overloaded", "out of memory");
        return;
    }
    if (append_one(r, b.p, b.len, &res))
        return;
    /* The new state of this purpose. */
    askf_member_state *ms = fold_me(r);
    if (!ms)
        return;
    askf_decision d = askf_decide(p, u, askf_member_state_view(ms), NULL, r->now);
    askf_member_state_free(ms);
    sbuf st;
    sb_init(&st, &r->a);
    sb_puts(&st, "{\"purpose\":");
    sb_jcstr(&st, purpose);
    sb_puts(&st, ",\"allow\":");
    sb_puts(&st, d.allow ? "true" : "false");
    sb_puts(&st, ",\"reason\":");
    sb_jcstr(&st, askf_reason_name(d.reason));
    sb_puts(&st, ",\"since\":");
    sb_time(&st, d.since);
    sb_putc(&st, '}');
    respond_with_receipt(r, 200, &res, "consent", &b, "state", st.p);
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

static void get_history(req *r)
{
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"user\":");
    sb_jcstr(&r->out, r->who.sub);
    sb_puts(&r->out, ",\"events\":");
    if (write_history(r, 0))
        return;
    sb_puts(&r->out, "}\n");
    res_json(r, 200);
}

static void post_objection(req *r)
{
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
    char id[80], tb[40];
    new_event_id(r, "o", id);
    askf_time_format(r->now, tb, sizeof tb);
    sbuf b;
    sb_init(&b, &r->a);
    sb_puts(&b, "{\"id\":");
    sb_jcstr(&b, id);
    sb_puts(&b, ",\"type\":\"objection\",\"user\":");
    sb_jcstr(&b, r->who.sub);
    sb_puts(&b, ",\"purpose\":");
    sb_jstr(&b, purpose.ptr, purpose.len);
    sb_puts(&b, object ? ",\"kind\":\"object\"" : ",\"kind\":\"restrict\"");
    if (hr == 1) {
        sb_puts(&b, ",\"reason\":");
        sb_jstr(&b, reason.ptr, reason.len);
    }
    sb_puts(&b, ",\"at\":");
    sb_jcstr(&b, tb);
    sb_puts(&b, ",\"source\":\"objection_form\"}");
    if (b.oom) {
        res_error(r, 503, "overloaded", "out of memory");
        return;
    }
    askf_append_result res;
    if (append_one(r, b.p, b.len, &res))
        return;
    sbuf ob;
    sb_init(&ob, &r->a);
    sb_puts(&ob, "{\"id\":");
    sb_jcstr(&ob, id);
    sb_puts(&ob, ",\"purpose\":");
    sb_jstr(&ob, purpose.ptr, purpose.len);
    sb_puts(&ob, object ? ",\"kind\":\"object\"" : ",\"kind\":\"restrict\"");
    sb_puts(&ob, ",\"state\":\"open\"}");
    respond_with_receipt(r, 201, &res, "objection", &b, "objection", ob.p);
}

static void get_export(req *r)
{
    const askf_policy *p = req_policy(r);
    if (!p)
        return;
    askf_member_state *ms = fold_me(r);
    if (!ms)
        return;
    const askf_member *m = askf_member_state_view(ms);
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
    askf_member_state_free(ms);
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
    char *rec = receipt_for(r, &e, &len);
    if (!rec)
        return;
    sb_init(&r->out, &r->a);
    sb_put(&r->out, rec, len);
    sb_putc(&r->out, '\n');
    res_json(r, 200);
}

void route_member(req *r)
{
    const char *p = r->path + strlen("/v1/me");
    int get = !strcmp(r->method, "GET") || !strcmp(r->method, "HEAD");
    if (!strcmp(p, "/consent")) {
        r->route = R_ME_CONSENT;
        if (need_member(r))
            return;
        maybe_record_gpc(r);
        if (get)
            get_consent(r);
        else
            res_error(r, 405, "method_not_allowed", "use GET");
    } else if (!strncmp(p, "/consent/", 9) && p[9]) {
        r->route = R_ME_CONSENT_PUT;
        if (need_member(r))
            return;
        maybe_record_gpc(r);
        if (!strcmp(r->method, "PUT"))
            put_consent(r, p + 9);
        else
            res_error(r, 405, "method_not_allowed", "use PUT");
    } else if (!strcmp(p, "/history")) {
        r->route = R_ME_HISTORY;
        if (need_member(r))
            return;
        maybe_record_gpc(r);
        if (get)
            get_history(r);
        else
            res_error(r, 405, "method_not_allowed", "use GET");
    } else if (!strcmp(p, "/objections")) {
        r->route = R_ME_OBJECTIONS;
        if (need_member(r))
            return;
        maybe_record_gpc(r);
        if (!strcmp(r->method, "POST"))
            post_objection(r);
        else
            res_error(r, 405, "method_not_allowed", "use POST");
    } else if (!strcmp(p, "/export")) {
        r->route = R_ME_EXPORT;
        if (need_member(r))
            return;
        maybe_record_gpc(r);
        if (get)
            get_export(r);
        else
            res_error(r, 405, "method_not_allowed", "use GET");
    } else if (!strncmp(p, "/receipts/", 10)) {
        r->route = R_ME_RECEIPT;
        if (need_member(r))
            return;
        if (get)
            get_receipt(r, p + 10);
        else
            res_error(r, 405, "method_not_allowed", "use GET");
    } else {
        res_error(r, 404, "not_found", "no such endpoint");
    }
}
