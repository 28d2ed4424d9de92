/*
 * server_int.h - shared by the files of `askfirst serve`: the server handle,
 * the per-request state and arena, authentication, JSON output, routes and
 * metrics. Only server/ includes microhttpd.h and jwt.h; this header does not,
 * so route files stay independent of the HTTP library.
 *
 * server/ uses the public headers plus two leaf utilities of lib/common: the
 * JSON parser (json.h) and the byte buffer (buf.h). They hold no state and
 * allocate only through the library's wrapper; see CONTRIBUTING.md.
 */
#ifndef ASKF_SERVER_INT_H
#define ASKF_SERVER_INT_H

#include "askfirst/askfirst.h"
#include "common/json.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* --- limits (docs/api/README in openapi.yaml `info.description`) -------- */
#define SRV_MAX_BODY (16u << 20)         /* request body bytes */
#define SRV_MAX_JSON_DEPTH 32u           /* nesting of request JSON */
#define SRV_MAX_BATCH 10000u             /* decisions per /v1/decide, events per /v1/events */
#define SRV_MAX_HEADER_BYTES (32u << 10) /* per-connection memory for the request head */
#define SRV_CONN_TIMEOUT 15u             /* seconds a connection may stay idle or slow */
#define SRV_WRITER_THREADS 2u            /* appenders: one commits while one waits for its fsync */

/* --- arena: one per request, freed when the response is done ------------ */
typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;
    size_t used_total;
} arena;

void *arena_alloc(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
void arena_free_all(arena *a);

/* A growable string inside an arena (old blocks are left to the arena). */
typedef struct sbuf {
    arena *a;
    char *p;
    size_t len, cap;
    int oom;
} sbuf;

void sb_init(sbuf *b, arena *a);
void sb_reserve(sbuf *b, size_t extra);
void sb_put(sbuf *b, const void *p, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_putc(sbuf *b, char c);
void sb_i64(sbuf *b, int64_t v);
void sb_hex(sbuf *b, const uint8_t *p, size_t n);
void sb_jstr(sbuf *b, const char *s, size_t n);
void sb_jcstr(sbuf *b, const char *s); /* NULL -> null */
void sb_time(sbuf *b, askf_time t);    /* JSON string or null */
void sb_key(sbuf *b, const char *k);   /* "k": with a leading comma unless after { or [ */

/* --- auth ---------------------------------------------------------------- */
enum { SCOPE_DECIDE = 1u, SCOPE_IMPORT = 2u, SCOPE_DELETE = 4u, SCOPE_ADMIN = 8u };

typedef struct api_key {
    char name[64];
    unsigned scopes;
    uint8_t hash[32];
} api_key;

typedef struct token_cache token_cache;

typedef struct auth_cfg {
    uint8_t *hs_secret; /* HS256 secret, NULL when not configured */
    size_t hs_secret_len;
    int has_ed_pk;
    uint8_t ed_pk[32]; /* EdDSA (Ed25519) public key of the platform */
    api_key *keys;
    size_t n_keys;
    token_cache *tokens; /* verified member tokens (auth_cache_tokens), or NULL */
} auth_cfg;

typedef enum { P_ANON = 0, P_MEMBER, P_KEY } principal_kind;

typedef struct principal {
    principal_kind kind;
    const char *sub; /* member id (arena) */
    unsigned scopes;
    const char *key_name;
    /* Set when credentials were presented and failed; the route answers 401. */
    const char *bad_code, *bad_msg;
} principal;

/* Load "NAME SCOPES SHA256HEX" lines. 0 ok; -1 with msg filled. */
int auth_load_keys(auth_cfg *c, const char *text, size_t len, char *msg, size_t cap);
/* Parse an EdDSA public key: PEM SubjectPublicKeyInfo or 64 hex chars. */
int auth_load_ed_pk(auth_cfg *c, const char *text, size_t len, char *msg, size_t cap);
/* Remember tokens whose signature verified, so a repeated token skips the JWT
 * library (claims are still checked on every request). 0 ok. */
int auth_cache_tokens(auth_cfg *c);
void auth_free(auth_cfg *c);
/* Fill p from the Authorization / X-API-Key header values (either may be NULL). */
void auth_check(const auth_cfg *c, arena *a, const char *authorization, const char *key_hdr,
                askf_time now, principal *p);
/* Mint an HS256 member token (demo login links). Caller frees with free(). */
char *auth_mint_hs256(const auth_cfg *c, const char *sub, long ttl_seconds);
unsigned auth_parse_scopes(const char *s, size_t n);

/* --- metrics ------------------------------------------------------------- */
#define ROUTES(X)                                                                                  \
    X(R_UNKNOWN, "unknown")                                                                        \
    X(R_HEALTHZ, "/healthz")                                                                       \
    X(R_METRICS, "/metrics")                                                                       \
    X(R_RECEIPT_KEY, "/.well-known/askfirst/receipt-key")                                          \
    X(R_SETTINGS, "/settings")                                                                     \
    X(R_ME_CONSENT, "/v1/me/consent")                                                              \
    X(R_ME_CONSENT_PUT, "/v1/me/consent/{purpose}")                                                \
    X(R_ME_HISTORY, "/v1/me/history")                                                              \
    X(R_ME_OBJECTIONS, "/v1/me/objections")                                                        \
    X(R_ME_EXPORT, "/v1/me/export")                                                                \
    X(R_ME_RECEIPT, "/v1/me/receipts/{seq}")                                                       \
    X(R_DECIDE, "/v1/decide")                                                                      \
    X(R_EVENTS, "/v1/events")                                                                      \
    X(R_DEL_CONTENT, "/v1/users/{id}/content/{cid}")                                               \
    X(R_DEL_USER, "/v1/users/{id}")                                                                \
    X(R_OBJECTIONS, "/v1/objections")                                                              \
    X(R_RESOLVE, "/v1/objections/{id}/resolve")                                                    \
    X(R_POLICY, "/v1/policy")

typedef enum {
#define X_ENUM(e, s) e,
    ROUTES(X_ENUM)
#undef X_ENUM
        R_COUNT
} route_id;

extern const char *const route_names[R_COUNT];

#define METRIC_STATUSES 16
#define METRIC_BUCKETS 12

typedef struct metrics {
    _Atomic uint64_t req[R_COUNT][METRIC_STATUSES];
    _Atomic uint64_t lat_bucket[R_COUNT][METRIC_BUCKETS]; /* cumulative at export */
    _Atomic uint64_t lat_sum_us[R_COUNT];
    _Atomic uint64_t lat_count[R_COUNT];
    _Atomic uint64_t decisions;
    _Atomic uint64_t gpc_recorded;
} metrics;

void metrics_observe(metrics *m, route_id r, unsigned status, uint64_t micros);
struct srv;
void metrics_render(struct srv *s, sbuf *out);

/* --- member-state cache for decisions (mcache.c) ------------------------- */
typedef struct member_cache member_cache;
typedef struct mc_ref {
    struct mc_entry *entry;   /* a cache entry held by this request, or NULL */
    askf_member_state *owned; /* or a state folded for this request alone */
    const askf_member *m;     /* the view to decide on */
} mc_ref;

member_cache *mcache_new(size_t max_entries);
void mcache_free(member_cache *c);
/* Bring the cache up to the ledger head; returns the head (-1 on error). */
int64_t mcache_sync(member_cache *c, askf_ledger *l);
/* The member's state as of ledger position seq (from mcache_sync) and time `at`
 * (`now` = the request's clock). Release with mcache_put. */
askf_status mcache_get(member_cache *c, askf_ledger *l, int64_t seq, const char *u, size_t ul,
                       askf_time now, askf_time at, mc_ref *out);
void mcache_put(mc_ref *r);

/* A consent a request is about to append. While it is registered, the sync
 * that meets the event (by id) replaces the member's entry with that entry
 * plus this choice, instead of dropping it - when the entry is exact up to
 * the event and the choice is the member's latest for the purpose; else the
 * entry is dropped as for any event. The write's response then needs no fold. */
typedef struct mc_intent {
    askf_slice event_id, user;
    askf_choice choice;
    struct mc_entry *result; /* the installed entry (a reference), or NULL */
    struct mc_intent *next;  /* in the cache's index while registered */
} mc_intent;
void mcache_expect(member_cache *c, mc_intent *i);
/* Unregister; the result, if any, stays with the intent (release: mcache_take). */
void mcache_forget(member_cache *c, mc_intent *i);
/* The installed state as a reference (0), or 1 when the sync did not install it. */
int mcache_take(mc_intent *i, mc_ref *out);
void mcache_stats(member_cache *c, uint64_t *hits, uint64_t *misses, uint64_t *inval,
                  size_t *entries);

/* --- durable writes off the HTTP threads (writer.c) --------------------- */
typedef struct write_job {
    askf_slice event;          /* the event JSON (in the request's arena) */
    askf_time at;              /* the event's effective time (the request's clock) */
    mc_intent intent;          /* a consent's new member state; intent.user.ptr NULL = none */
    askf_append_result res;    /* results, filled by the writer */
    askf_error err;            /* err.status: ASKF_OK when stored or a duplicate */
    const askf_policy *policy; /* in force at the event, for its receipt; NULL: look it up */
    void *owner;               /* the request */
    struct write_job *next;
} write_job;

typedef struct writer writer;
/* Start n_threads writer threads; `done` is called (on a writer thread, or in
 * writer_submit's caller once stopping) when a job's event is durable or failed. */
writer *writer_start(askf_ledger *l, member_cache *cache, void (*done)(write_job *j),
                     size_t n_threads);
void writer_submit(writer *w, write_job *j);
/* Finish every queued job and stop the threads; later jobs run in the submitter. */
void writer_stop(writer *w);
void writer_free(writer *w);

/* --- the server ---------------------------------------------------------- */
typedef struct srv {
    writer *writer;
    askf_ledger *ledger;
    member_cache *mcache; /* NULL with --no-member-cache */
    auth_cfg auth;
    askf_receipt_key *rkey;
    askf_receipt_key *prev_keys[16]; /* --receipt-key-previous: published for old receipts */
    size_t n_prev_keys;
    char *controller; /* NULL = the policy's */
    metrics m;
    askf_time started;
    /* Policy in force, refreshed at most once a second (pointer owned by the ledger). */
    pthread_mutex_t pol_mu;
    const askf_policy *pol;
    askf_time pol_checked;
    askf_status pol_status;
} srv;

/* The per-request state handed to routes. */
typedef struct req {
    srv *s;
    arena a;
    route_id route;
    const char *method;
    const char *path;  /* URL path, no query */
    void *conn;        /* the HTTP library's connection (server.c only) */
    uint64_t start_us; /* monotonic clock at the first byte */
    char *body;        /* NUL-terminated, in the arena */
    size_t body_len;
    int too_large;
    int body_oom; /* the body could not be stored: the rest is read and dropped */
    principal who;
    askf_time now;
    const char *gpc;  /* Sec-GPC header */
    const char *idem; /* Idempotency-Key header */
    askf_json json;
    /* response */
    unsigned status;
    const char *ctype;
    sbuf out;
    const char *extra_hdr_name, *extra_hdr_val;
    const char *cache_control;
    /* A write in flight: the route queued job and `after_write` builds the
     * response once the event is durable (see append_then). */
    int write_state; /* WRITE_NONE, WRITE_QUEUED, WRITE_DONE */
    write_job job;
    void (*after_write)(struct req *r);
    void *write_ctx; /* the route's state for after_write (arena) */
} req;

enum { WRITE_NONE = 0, WRITE_QUEUED, WRITE_DONE };

/* Responses. */
void res_json(req *r, unsigned status); /* r->out already holds the body */
/* 503 overloaded from static storage: the answer when memory ran out, which
 * must not need memory itself. */
void res_overloaded(req *r);
void res_error(req *r, unsigned status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* When `failed` (an allocation came back empty), answer 503; returns `failed`. */
int out_of_memory(req *r, int failed);
/* Parse the request body as JSON into r->json: 0 ok, else an error response is set. */
int req_parse_json(req *r);
/* A query parameter's value (URL-decoded by the HTTP library) or NULL. */
const char *req_query(req *r, const char *name);
/* The policy in force now (cached); NULL -> an error response is set. */
const askf_policy *req_policy(req *r);

/* Authorisation gates: 0 allowed, else an error response is set. */
int need_member(req *r);
int need_scope(req *r, unsigned scope);
/* An endpoint with one path, one scope and one method: sets the route, checks the
 * scope, then runs `handler` or answers 405 naming `method`. */
void serve_scoped(req *r, route_id route, unsigned scope, const char *method,
                  void (*handler)(req *r));

/* JSON helpers over r->json. */
int jstr(req *r, uint32_t obj, const char *key, askf_slice *out); /* 1 present, 0 absent, -1 bad */

/* Generate a fresh event id "srv-<32 hex>" (or from Idempotency-Key). */
void new_event_id(req *r, const char *kind, char out[80]);
/* Start an event's JSON, {"id":..,"type":..,"user":.. (the route adds its
 * fields), and end it with "at" (the request's clock) and "source"; event_end
 * answers 0, or -1 with a 503 set when memory ran out. */
void event_begin(req *r, sbuf *b, const char *id, const char *type, const char *user,
                 size_t user_len);
int event_end(req *r, sbuf *b, const char *source);
/* Queue one event for a durable append; once it is durable (or failed),
 * `then` runs on an HTTP thread with r->job filled. The connection waits. */
void append_then(req *r, const char *json, size_t len, void (*then)(req *r));
/* After append_then: 0 when the event is stored, else the error response is set. */
int append_failed(req *r);
/* Respond {"seq":N,<fields>,"receipt":{..}} for the event r->job appended
 * (id, type, user as given; `fields` is JSON members without braces). */
void respond_with_receipt(req *r, unsigned status, const char *id, const char *type,
                          const char *user, const char *fields);
/* Write a member's fold-based consent view / a receipt for seq. */
void write_consent_state(req *r, const askf_policy *p, const askf_member *m);
/* Fetch the event at seq into the arena: 0 ok, 1 not found, -1 error (response set). */
typedef struct ev_copy {
    int64_t seq;
    askf_time recorded_at, at;
    char *id, *type, *user, *body;
    size_t body_len;
    uint8_t hash[ASKF_HASH_SIZE];
} ev_copy;
int fetch_event(req *r, int64_t seq, ev_copy *out);
/* The ev_copy of an event this request just appended (no ledger read). */
void appended_event(req *r, const askf_append_result *res, const char *id, const char *type,
                    const char *user, const char *body, size_t len, ev_copy *out);
/* Build the signed receipt for an event into the arena (NUL-terminated); NULL on error.
 * p: the policy in force at the event, or NULL to look it up. */
char *receipt_for(req *r, const ev_copy *e, const askf_policy *p, size_t *len);
/* The signed-in member's state now: from the member cache when there is one
 * (synced to the ledger head first, so exact), else folded. 0 ok; else a 503
 * is set. Release with mcache_put. */
int member_now(req *r, mc_ref *ref);
/* The signed-in member's first Sec-GPC signal: 1 and the event (in the arena)
 * when it is to be recorded, else 0. The route queues it like a write
 * (append_then), so the HTTP thread never waits for its fsync, and calls
 * gpc_recorded once it is durable. */
int gpc_to_record(req *r, askf_slice *ev);
void gpc_recorded(req *r);

/* Routes. */
void route_member(req *r);
void route_service(req *r);
void route_admin(req *r);

/* Embedded web assets (web_assets.c, generated). */
typedef struct web_asset {
    const char *path;
    const char *ctype;
    const unsigned char *data;
    size_t len;
} web_asset;
extern const web_asset web_assets[];
extern const size_t web_assets_count;

#endif
