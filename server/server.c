/*
 * server.c - `askfirst serve`: the HTTP/1.1 server on libmicrohttpd (a thread
 * pool sized to the cores, keep-alive, connection and header limits), the
 * request lifecycle (one arena per request, body limit, dispatch to the route
 * files, metrics on completion), the small fixed endpoints (/healthz,
 * /metrics, the receipt key, the settings page), option parsing and the
 * --demo seeding. Only this file includes microhttpd.h.
 */
#include "server_int.h"

#include "cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <microhttpd.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

const char *req_query(req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

/* --- fixed endpoints ----------------------------------------------------- */

/*
 * After a failed fsync the ledger refuses appends, and what it reads may hold
 * events that never became durable (a grant answered with 503 would still be
 * visible). So the server answers nothing from it until it is restarted, as a
 * database that panics on a failed fsync does: decisions fail closed, and
 * /healthz tells the orchestrator to restart it.
 */
static int ledger_failed(req *r)
{
    if (askf_ledger_writable(r->s->ledger) != ASKF_ERR_IO)
        return 0;
    res_error(r, 503, "ledger_failed",
              "an fsync of the ledger failed, so its last writes may not be durable; the server "
              "answers nothing from it until it is restarted (appends are idempotent: retry "
              "them then)");
    return 1;
}

static void get_healthz(req *r)
{
    int64_t seq = 0;
    uint8_t h[ASKF_HASH_SIZE];
    if (ledger_failed(r))
        return;
    askf_status st = askf_ledger_head(r->s->ledger, &seq, h);
    if (st != ASKF_OK) {
        res_error(r, 503, "store_unavailable", "the ledger cannot be read: %s", askf_strerror(st));
        return;
    }
    sb_init(&r->out, &r->a);
    sb_puts(&r->out, "{\"status\":\"ok\",\"version\":");
    sb_jcstr(&r->out, askf_version_string());
    sb_puts(&r->out, ",\"ledger_seq\":");
    sb_i64(&r->out, seq);
    sb_puts(&r->out, "}\n");
    res_json(r, 200);
}

static void put_key_fields(sbuf *o, const askf_receipt_key *k)
{
    char pub[ASKF_RECEIPT_KEY_TEXT_MAX];
    size_t n = askf_receipt_key_format(k, 0, pub, sizeof pub);
    while (n && pub[n - 1] == '\n')
        pub[--n] = 0;
    sb_puts(o, "\"alg\":\"Ed25519\",\"key_id\":");
    sb_jcstr(o, askf_receipt_key_id(k));
    sb_puts(o, ",\"public_key\":");
    sb_jcstr(o, askf_receipt_key_public_hex(k));
    sb_puts(o, ",\"key_file\":");
    sb_jcstr(o, pub);
}

static void get_receipt_key(req *r)
{
    sb_init(&r->out, &r->a);
    sb_putc(&r->out, '{');
    put_key_fields(&r->out, r->s->rkey);
    /* Keys from before a rotation: receipts name the key that signed them. */
    sb_puts(&r->out, ",\"previous\":[");
    for (size_t i = 0; i < r->s->n_prev_keys; i++) {
        sb_puts(&r->out, i ? ",{" : "{");
        put_key_fields(&r->out, r->s->prev_keys[i]);
        sb_putc(&r->out, '}');
    }
    sb_puts(&r->out, "]}\n");
    res_json(r, 200);
    r->cache_control = "public, max-age=300";
}

static const web_asset *find_asset(const char *name)
{
    for (size_t i = 0; i < web_assets_count; i++)
        if (!strcmp(web_assets[i].path, name))
            return &web_assets[i];
    return NULL;
}

static void dispatch(req *r)
{
    const char *p = r->path;
    int get = !strcmp(r->method, "GET") || !strcmp(r->method, "HEAD");
    if (!strcmp(p, "/healthz")) {
        r->route = R_HEALTHZ;
        get ? get_healthz(r) : res_error(r, 405, "method_not_allowed", "use GET");
    } else if (!strcmp(p, "/metrics")) {
        r->route = R_METRICS;
        if (!get) {
            res_error(r, 405, "method_not_allowed", "use GET");
            return;
        }
        sb_init(&r->out, &r->a);
        metrics_render(r->s, &r->out);
        r->status = 200;
        r->ctype = "text/plain; version=0.0.4; charset=utf-8";
    } else if (!strcmp(p, "/.well-known/askfirst/receipt-key")) {
        r->route = R_RECEIPT_KEY;
        get ? get_receipt_key(r) : res_error(r, 405, "method_not_allowed", "use GET");
    } else if (!strncmp(p, "/v1/me/", 7) || !strcmp(p, "/v1/me")) {
        if (!ledger_failed(r))
            route_member(r);
    } else if (!strcmp(p, "/v1/decide") || !strcmp(p, "/v1/events") ||
               !strncmp(p, "/v1/users/", 10)) {
        if (!ledger_failed(r))
            route_service(r);
    } else if (!strcmp(p, "/v1/objections") || !strncmp(p, "/v1/objections/", 15) ||
               !strcmp(p, "/v1/policy")) {
        if (!ledger_failed(r))
            route_admin(r);
    } else if (!strcmp(p, "/") || !strcmp(p, "/settings") || !strncmp(p, "/settings/", 10)) {
        r->route = R_SETTINGS;
        if (!get) {
            res_error(r, 405, "method_not_allowed", "use GET");
            return;
        }
        const char *name = !strcmp(p, "/") || !strcmp(p, "/settings") || !strcmp(p, "/settings/")
                               ? "index.html"
                               : p + 10;
        const web_asset *w = find_asset(name);
        if (!w) {
            res_error(r, 404, "not_found", "no such file");
            return;
        }
        r->status = 200;
        r->ctype = w->ctype;
        r->out.p = (char *)w->data;
        r->out.len = w->len;
        r->out.a = NULL; /* static storage */
        r->cache_control = "no-cache";
    } else {
        res_error(r, 404, "not_found", "no such endpoint");
    }
}

/* --- the HTTP library ---------------------------------------------------- */

static enum MHD_Result send_response(req *r, struct MHD_Connection *c)
{
    int persistent = r->out.a == NULL; /* static storage: a web asset or res_overloaded */
    struct MHD_Response *res = MHD_create_response_from_buffer(
        r->out.len, r->out.p ? r->out.p : (char *)"",
        persistent ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_COPY);
    if (!res)
        return MHD_NO;
    MHD_add_response_header(res, "Content-Type", r->ctype ? r->ctype : "application/json");
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(res, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(res, "Cache-Control", r->cache_control ? r->cache_control : "no-store");
    if (r->route == R_SETTINGS)
        MHD_add_response_header(res, "Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                                "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    if (r->extra_hdr_name)
        MHD_add_response_header(res, r->extra_hdr_name, r->extra_hdr_val);
    if (r->status == 401)
        MHD_add_response_header(res, "WWW-Authenticate", "Bearer realm=\"askfirst\"");
    enum MHD_Result ok = MHD_queue_response(c, r->status, res);
    MHD_destroy_response(res);
    return ok;
}

static enum MHD_Result finish_request(req *r, struct MHD_Connection *c)
{
    if (r->out.oom)
        res_overloaded(r);
    return send_response(r, c);
}

static void body_too_large(req *r)
{
    r->route = R_UNKNOWN;
    res_error(r, 413, "body_too_large", "the request body is larger than %u bytes", SRV_MAX_BODY);
}

/* A route that queued a write waits for the append without holding this
 * thread (writer.c): the connection is resumed by write_done. Suspend before
 * queueing, so the resume cannot come first. Otherwise answer now. */
static enum MHD_Result queue_or_finish(srv *s, req *r, struct MHD_Connection *c)
{
    if (r->write_state == WRITE_QUEUED) {
        MHD_suspend_connection(c);
        writer_submit(s->writer, &r->job);
        return MHD_YES;
    }
    return finish_request(r, c);
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *c, const char *url,
                                 const char *method, const char *version, const char *upload,
                                 size_t *upload_size, void **con_cls)
{
    (void)version;
    srv *s = cls;
    req *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        r->s = s;
        r->conn = c;
        r->start_us = mono_us();
        r->now = askf_time_now();
        r->status = 500;
        askf__json_init(&r->json);
        sb_init(&r->out, &r->a);
        *con_cls = r;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(cl, &end, 10);
            if (errno || *end || n > SRV_MAX_BODY) {
                /* Answer before reading the body; the library closes the
                 * connection afterwards. */
                r->too_large = 1;
                body_too_large(r);
                return send_response(r, c);
            }
        }
        return MHD_YES;
    }
    if (*upload_size) {
        if (!r->too_large && !r->body_oom) {
            if (r->body_len + *upload_size > SRV_MAX_BODY) {
                r->too_large = 1;
            } else {
                sbuf *b = &r->out; /* the body shares the arena; out is reset later */
                sb_put(b, upload, *upload_size);
                r->body_oom = b->oom; /* read the rest and answer 503 */
                r->body_len = b->len;
            }
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->body_oom) {
        r->route = R_UNKNOWN;
        res_overloaded(r);
        return send_response(r, c);
    }
    if (r->too_large) {
        if (r->status == 413)
            return MHD_YES; /* already answered on the first call */
        body_too_large(r);
        return send_response(r, c);
    }
    if (r->write_state == WRITE_DONE) {
        /* Resumed: the route's event is durable (or failed); answer now, or
         * queue the route's own write (a GPC signal went first). */
        r->write_state = WRITE_NONE;
        r->after_write(r);
        return queue_or_finish(s, r, c);
    }
    r->body = r->body_len ? r->out.p : (char *)"";
    sb_init(&r->out, &r->a);
    r->method = method;
    r->path = url;
    r->gpc = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Sec-GPC");
    auth_check(&s->auth, &r->a, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization"),
               MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-API-Key"), r->now, &r->who);
    dispatch(r);
    return queue_or_finish(s, r, c);
}

/* Called by the writer when a job is durable or failed (on its thread). */
static void write_done(write_job *j)
{
    req *r = j->owner;
    r->write_state = WRITE_DONE;
    MHD_resume_connection(r->conn);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)c;
    (void)toe;
    srv *s = cls;
    req *r = *con_cls;
    if (!r)
        return;
    metrics_observe(&s->m, r->route, r->status, mono_us() - r->start_us);
    askf__json_free(&r->json);
    arena_free_all(&r->a);
    free(r);
    *con_cls = NULL;
}

/* --- option parsing and setup -------------------------------------------- */

static const char serve_usage[] =
    "usage: askfirst serve [--listen ADDR:PORT] [--ledger L] [--jwt-secret-file F]\n"
    "                      [--jwt-public-key F] [--api-key-file F] [--receipt-key F]\n"
    "                      [--receipt-key-previous F.pub]... [--threads N] [--timeout S]\n"
    "                      [--no-member-cache] [--demo]\n"
    "\n"
    "Serve the consent API (/v1, docs/api/openapi.yaml), the member's settings page\n"
    "(/settings), /healthz, /metrics and /.well-known/askfirst/receipt-key.\n"
    "\n"
    "  --listen ADDR:PORT      where to listen (default 127.0.0.1:8080; port 0 = any free port)\n"
    "  --jwt-secret-file F     HS256 secret for member tokens (the file's bytes, trailing\n"
    "                          newline removed)\n"
    "  --jwt-public-key F      Ed25519 public key (PEM or 64 hex) for EdDSA member tokens\n"
    "  --api-key-file F        service and admin keys, one a line: NAME SCOPES SHA256HEX\n"
    "                          (scopes: decide,import,delete,admin)\n"
    "  --receipt-key F         Ed25519 secret key signing receipts (askfirst keygen)\n"
    "  --receipt-key-previous F.pub  a public key used before a rotation; published with\n"
    "                          the current one at /.well-known/askfirst/receipt-key (repeat)\n"
    "  --threads N             HTTP threads (default: the number of cores); a write waits\n"
    "                          for its fsync off these threads, so every write in flight\n"
    "                          shares one group commit whatever N is\n"
    "  --timeout S             close a connection idle or stalled for S seconds (default 15)\n"
    "  --no-member-cache       fold every decision's member from the ledger (the cache keeps\n"
    "                          folded members and drops one when any event about it arrives)\n"
    "  --demo                  seed a demo platform if the ledger is empty, and print\n"
    "                          login links for demo members and an admin API key\n"
    "\n"
    "Prints `askfirst: listening on http://ADDR:PORT` once ready. Stops on SIGINT/SIGTERM.\n"
    "If an fsync of the ledger fails, every ledger endpoint and /healthz answer 503\n"
    "(ledger_failed) until the server is restarted.\n";

static char *slurp(const char *path, size_t *len)
{
    char *t = cli_read_file(path, len);
    return t;
}

/* Read `path` and hand it to one of auth.c's loaders; 0 ok, else the error is printed. */
static int load_auth_file(auth_cfg *a, const char *path,
                          int (*load)(auth_cfg *, const char *, size_t, char *, size_t))
{
    size_t len = 0;
    char msg[256];
    char *t = slurp(path, &len);
    if (!t)
        return -1;
    int bad = load(a, t, len, msg, sizeof msg);
    free(t);
    if (bad)
        cli_errorf("%s: %s", path, msg);
    return bad ? -1 : 0;
}

static int parse_listen(const char *s, struct sockaddr_storage *ss, socklen_t *sl, char *host,
                        size_t hcap)
{
    memset(ss, 0, sizeof *ss);
    const char *colon = strrchr(s, ':');
    if (!colon)
        return -1;
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535 || colon == s)
        return -1;
    size_t hl = (size_t)(colon - s);
    if (hl + 1 > hcap)
        return -1;
    memcpy(host, s, hl);
    host[hl] = 0;
    if (host[0] == '[' && host[hl - 1] == ']') {
        struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
        char h6[64];
        if (hl - 2 >= sizeof h6)
            return -1;
        memcpy(h6, host + 1, hl - 2);
        h6[hl - 2] = 0;
        if (inet_pton(AF_INET6, h6, &a6->sin6_addr) != 1)
            return -1;
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        *sl = sizeof *a6;
        return 0;
    }
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    if (!strcmp(host, "localhost"))
        memcpy(host, "127.0.0.1", 10);
    if (inet_pton(AF_INET, host, &a4->sin_addr) != 1)
        return -1;
    a4->sin_family = AF_INET;
    a4->sin_port = htons((uint16_t)port);
    *sl = sizeof *a4;
    return 0;
}

/* Demo members: region and birth date; chloe is a minor. */
static const struct {
    const char *user, *region, *birth;
} demo_members[] = {
    {"alice", "DE", "1990-04-01"},
    {"bob", "US", "1985-09-12"},
    {"chloe", "FR", "2012-02-03"},
    {"dev", "IN", "1995-07-30"},
};

static int seed_demo(srv *s)
{
    int64_t seq = 0;
    uint8_t h[ASKF_HASH_SIZE];
    if (askf_ledger_head(s->ledger, &seq, h) != ASKF_OK)
        return -1;
    if (seq > 0) {
        fprintf(stderr, "askfirst: --demo: the ledger already holds %lld events; not seeding\n",
                (long long)seq);
        return 0;
    }
    char pb[4096];
    const char *path = cli_find_policy("askfirst.yaml", pb, sizeof pb);
    if (!path) {
        cli_errorf("--demo: policies/askfirst.yaml not found (set ASKFIRST_DATADIR)");
        return -1;
    }
    size_t len = 0;
    char *text = cli_read_file(path, &len);
    if (!text)
        return -1;
    askf_time now = askf_time_now();
    askf_append_result res;
    askf_error err = {0};
    /* In force from a minute ago, so the demo members' profiles fall under it. */
    askf_status st =
        askf_ledger_publish_policy(s->ledger, text, len, path, now - 60000000, now, &res, &err);
    free(text);
    if (st != ASKF_OK) {
        cli_errorf("--demo: publishing %s: %s", path, err.msg);
        return -1;
    }
    char tb[40];
    askf_time_format(now - 30000000, tb, sizeof tb);
    for (size_t i = 0; i < sizeof demo_members / sizeof *demo_members; i++) {
        char ev[512];
        int n = snprintf(ev, sizeof ev,
                         "{\"id\":\"demo-profile-%s\",\"type\":\"profile\",\"user\":\"%s\","
                         "\"region\":\"%s\",\"birth_date\":\"%s\",\"at\":\"%s\","
                         "\"source\":\"import\"}",
                         demo_members[i].user, demo_members[i].user, demo_members[i].region,
                         demo_members[i].birth, tb);
        askf_slice sl = {ev, (size_t)n};
        askf_error e = {0};
        if (askf_ledger_append(s->ledger, &sl, 1, 0, now, &res, &e) != ASKF_OK) {
            cli_errorf("--demo: seeding %s: %s", demo_members[i].user, e.msg);
            return -1;
        }
    }
    fprintf(stderr, "askfirst: --demo: published %s and created %zu demo members\n", path,
            sizeof demo_members / sizeof *demo_members);
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, serve_usage))
        return CLI_OK;
    static const struct option opts[] = {{"listen", required_argument, 0, 'L'},
                                         {"ledger", required_argument, 0, 'l'},
                                         {"jwt-secret-file", required_argument, 0, 's'},
                                         {"jwt-public-key", required_argument, 0, 'p'},
                                         {"api-key-file", required_argument, 0, 'k'},
                                         {"receipt-key", required_argument, 0, 'r'},
                                         {"threads", required_argument, 0, 't'},
                                         {"demo", no_argument, 0, 'd'},
                                         {"no-member-cache", no_argument, 0, 'n'},
                                         {"timeout", required_argument, 0, 'T'},
                                         {"receipt-key-previous", required_argument, 0, 'P'},
                                         {0, 0, 0, 0}};
    const char *listen_s = "127.0.0.1:8080", *ledger = NULL, *secret_f = NULL, *pub_f = NULL,
               *keys_f = NULL, *rkey_f = NULL;
    const char *prev_f[16];
    size_t n_prev = 0;
    int demo = 0, use_cache = 1;
    unsigned conn_timeout = SRV_CONN_TIMEOUT;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    long long number;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'L': listen_s = optarg; break;
        case 'l': ledger = optarg; break;
        case 's': secret_f = optarg; break;
        case 'p': pub_f = optarg; break;
        case 'k': keys_f = optarg; break;
        case 'r': rkey_f = optarg; break;
        case 'd': demo = 1; break;
        case 'n': use_cache = 0; break;
        case 'P':
            if (n_prev == sizeof prev_f / sizeof *prev_f) {
                cli_errorf("--receipt-key-previous: at most 16 keys");
                return CLI_USAGE;
            }
            prev_f[n_prev++] = optarg;
            break;
        case 'T':
            if (cli_parse_number("--timeout", optarg, 1, 3600, &number))
                return CLI_USAGE;
            conn_timeout = (unsigned)number;
            break;
        case 't':
            if (cli_parse_number("--threads", optarg, 1, 256, &number))
                return CLI_USAGE;
            threads = number;
            break;
        default: fputs(serve_usage, stderr); return CLI_USAGE;
        }
    }
    if (optind != argc) {
        fputs(serve_usage, stderr);
        return CLI_USAGE;
    }
    if (threads < 1)
        threads = 1;
    struct sockaddr_storage ss;
    socklen_t sl = 0;
    char host[128];
    if (parse_listen(listen_s, &ss, &sl, host, sizeof host)) {
        cli_errorf("--listen: '%s' is not ADDR:PORT (e.g. 127.0.0.1:8080)", listen_s);
        return CLI_USAGE;
    }
    if (sodium_init() < 0) {
        cli_errorf("libsodium failed to initialise");
        return CLI_STORE;
    }

    int rc = CLI_INPUT;
    srv *s = calloc(1, sizeof *s);
    struct MHD_Daemon *d = NULL;
    if (!s)
        return CLI_STORE;
    pthread_mutex_init(&s->pol_mu, NULL);
    s->pol_checked = ASKF_TIME_NONE;
    s->started = askf_time_now();
    size_t len = 0;
    if (secret_f) {
        char *t = slurp(secret_f, &len);
        if (!t)
            goto done;
        while (len && (t[len - 1] == '\n' || t[len - 1] == '\r'))
            len--;
        if (len < 32) {
            cli_errorf("%s: an HS256 secret must be at least 32 bytes", secret_f);
            free(t);
            goto done;
        }
        s->auth.hs_secret = (uint8_t *)t;
        s->auth.hs_secret_len = len;
    }
    if ((pub_f && load_auth_file(&s->auth, pub_f, auth_load_ed_pk)) ||
        (keys_f && load_auth_file(&s->auth, keys_f, auth_load_keys)))
        goto done;
    if (rkey_f) {
        char *t = slurp(rkey_f, &len);
        if (!t)
            goto done;
        askf_error err = {0};
        askf_status st = askf_receipt_key_parse(t, len, &s->rkey, &err);
        sodium_memzero(t, len);
        free(t);
        if (st != ASKF_OK || !askf_receipt_key_has_secret(s->rkey)) {
            cli_errorf("%s: %s", rkey_f,
                       st != ASKF_OK ? err.msg : "a receipt key must be the secret key file");
            goto done;
        }
    } else {
        askf_receipt_key_generate(&s->rkey);
        fprintf(stderr,
                "askfirst: no --receipt-key: receipts are signed with an ephemeral key %s that "
                "is lost on exit (create one with `askfirst keygen -o FILE`)\n",
                askf_receipt_key_id(s->rkey));
    }
    for (size_t i = 0; i < n_prev; i++) {
        char *t = slurp(prev_f[i], &len);
        if (!t)
            goto done;
        askf_error err = {0};
        askf_status st = askf_receipt_key_parse(t, len, &s->prev_keys[s->n_prev_keys], &err);
        sodium_memzero(t, len);
        free(t);
        if (st != ASKF_OK) {
            cli_errorf("%s: %s", prev_f[i], err.msg);
            goto done;
        }
        s->n_prev_keys++;
    }
    char admin_key[80] = "";
    if (demo) {
        if (!s->auth.hs_secret) {
            s->auth.hs_secret = malloc(32);
            if (!s->auth.hs_secret)
                goto done;
            randombytes_buf(s->auth.hs_secret, 32);
            s->auth.hs_secret_len = 32;
        }
        uint8_t raw[24];
        char hex[49];
        randombytes_buf(raw, sizeof raw);
        sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
        snprintf(admin_key, sizeof admin_key, "askf_demo_%s", hex);
        api_key *nk = realloc(s->auth.keys, (s->auth.n_keys + 1) * sizeof *nk);
        if (!nk)
            goto done;
        s->auth.keys = nk;
        api_key *k = &nk[s->auth.n_keys++];
        memset(k, 0, sizeof *k);
        snprintf(k->name, sizeof k->name, "demo-admin");
        k->scopes = SCOPE_DECIDE | SCOPE_IMPORT | SCOPE_DELETE | SCOPE_ADMIN;
        crypto_hash_sha256(k->hash, (const unsigned char *)admin_key, strlen(admin_key));
    }
    if (auth_cache_tokens(&s->auth))
        goto done;
    s->ledger = cli_open_ledger(ledger, demo);
    if (!s->ledger) {
        rc = CLI_STORE;
        goto done;
    }
    if (demo && seed_demo(s)) {
        rc = CLI_STORE;
        goto done;
    }
    if (use_cache && !(s->mcache = mcache_new(1000000))) {
        rc = CLI_STORE;
        goto done;
    }

    /* Block the stop signals in every thread; the main thread waits for them. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    s->writer = writer_start(s->ledger, s->mcache, write_done, SRV_WRITER_THREADS);
    if (!s->writer) {
        cli_errorf("cannot start the writer threads");
        rc = CLI_STORE;
        goto done;
    }
    d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG |
            MHD_ALLOW_SUSPEND_RESUME | (ss.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0),
        0, NULL, NULL, on_access, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads, MHD_OPTION_CONNECTION_TIMEOUT, conn_timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SRV_MAX_HEADER_BYTES,
        MHD_OPTION_CONNECTION_LIMIT, 4096u, MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_END);
    if (!d) {
        cli_errorf("cannot listen on %s: %s", listen_s, strerror(errno));
        rc = CLI_STORE;
        goto done;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = di ? di->port : 0;
    printf("askfirst: listening on http://%s:%u\n", host, port);
    printf("askfirst: receipt key %s\n", askf_receipt_key_id(s->rkey));
    if (demo) {
        for (size_t i = 0; i < 2; i++) {
            char *tok = auth_mint_hs256(&s->auth, demo_members[i].user, 12 * 3600);
            if (tok)
                printf("askfirst: demo login (%s): http://%s:%u/settings#token=%s\n",
                       demo_members[i].user, host, port, tok);
            free(tok);
        }
        printf("askfirst: demo admin key (all scopes; send as X-API-Key): %s\n", admin_key);
    }
    fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "askfirst: stopping (signal %d)\n", sig);
    rc = CLI_OK;
done:
    /* Finish the queued writes first: their connections are suspended. */
    writer_stop(s->writer);
    if (d)
        MHD_stop_daemon(d);
    writer_free(s->writer);
    mcache_free(s->mcache);
    askf_ledger_close(s->ledger);
    askf_receipt_key_free(s->rkey);
    for (size_t i = 0; i < s->n_prev_keys; i++)
        askf_receipt_key_free(s->prev_keys[i]);
    auth_free(&s->auth);
    pthread_mutex_destroy(&s->pol_mu);
    free(s);
    return rc;
}
