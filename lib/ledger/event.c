/*
 * event.c - one ledger event: parse its JSON, check every field's shape, and
 * write its canonical body. Checks that need the ledger or the policy (purpose
 * known, notice published, objection exists, account not deleted) are in
 * ledger.c; everything here depends only on the event's own bytes, so it runs
 * in the appending thread before the group-commit leader sees the event.
 *
 * The canonical body is what is stored, hashed and compared for idempotency:
 * keys in one fixed order (KEYS below), absent optional keys omitted, times in
 * askf_time_format form, hashes in lowercase hex, regions in upper case, no
 * whitespace (docs/formats.md, "Canonical form").
 */
#include "ledger_int.h"

#include "common/alloc.h"
#include "common/err.h"
#include "common/hash.h"
#include "common/timeutil.h"

#include <openssl/evp.h>
#include <string.h>

/* Keys in canonical order. The bit of a key is 1 << its index. */
enum {
    K_ID,
    K_TYPE,
    K_USER,
    K_PURPOSE,
    K_CHOICE,
    K_NOTICE,
    K_REGION,
    K_BIRTH,
    K_OBJECTION,
    K_KIND,
    K_OUTCOME,
    K_CONTENT,
    K_REASON,
    K_AT,
    K_SOURCE,
    K_NAME,
    K_VERSION,
    K_HASH,
    K_TEXT,
    K_COUNT
};

static const char *const KEYS[K_COUNT] = {
    "id",         "type",      "user",    "purpose", "choice",  "notice", "region",
    "birth_date", "objection", "kind",    "outcome", "content", "reason", "at",
    "source",     "name",      "version", "hash",    "text",
};

#define B(k) (1u << (k))
#define COMMON (B(K_ID) | B(K_TYPE) | B(K_USER) | B(K_AT))

static const struct {
    const char *name;
    unsigned allowed, required;
} TYPES[] = {
    [ASKF__EV_CONSENT] = {"consent",
                          COMMON | B(K_PURPOSE) | B(K_CHOICE) | B(K_NOTICE) | B(K_SOURCE),
                          COMMON | B(K_PURPOSE) | B(K_CHOICE) | B(K_SOURCE)},
    [ASKF__EV_PROFILE] = {"profile", COMMON | B(K_REGION) | B(K_BIRTH) | B(K_SOURCE), COMMON},
    [ASKF__EV_OBJECTION] = {"objection",
                            COMMON | B(K_PURPOSE) | B(K_KIND) | B(K_REASON) | B(K_SOURCE),
                            COMMON | B(K_PURPOSE) | B(K_KIND)},
    [ASKF__EV_OBJECTION_RESOLVED] = {"objection_resolved",
                                     COMMON | B(K_OBJECTION) | B(K_OUTCOME) | B(K_REASON) |
                                         B(K_SOURCE),
                                     COMMON | B(K_OBJECTION) | B(K_OUTCOME)},
    [ASKF__EV_DELETE] = {"delete", COMMON | B(K_CONTENT) | B(K_SOURCE), COMMON},
    [ASKF__EV_GPC] = {"gpc", COMMON | B(K_SOURCE), COMMON},
    [ASKF__EV_POLICY] =
        {"policy", B(K_ID) | B(K_TYPE) | B(K_AT) | B(K_NAME) | B(K_VERSION) | B(K_HASH) | B(K_TEXT),
         B(K_ID) | B(K_TYPE) | B(K_AT) | B(K_NAME) | B(K_VERSION) | B(K_HASH) | B(K_TEXT)},
};
#define N_TYPES ((int)(sizeof TYPES / sizeof *TYPES))

static const char *const SOURCES[] = {"settings", "objection_form", "api", "import",
                                      "gpc",      "admin"};

const char *askf__event_type_name(int type)
{
    return type >= 1 && type < N_TYPES ? TYPES[type].name : "?";
}

static int eq(askf_slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.len == n && memcmp(s.ptr, lit, n) == 0;
}

/* Printable ASCII without space, 1..ASKF__ID_MAX bytes. */
static int valid_id(askf_slice s)
{
    if (s.len < 1 || s.len > ASKF__ID_MAX)
        return 0;
    for (size_t i = 0; i < s.len; i++)
        if ((unsigned char)s.ptr[i] < 0x21 || (unsigned char)s.ptr[i] > 0x7e)
            return 0;
    return 1;
}

/* At most 40 bytes of a value for messages; non-printable bytes stop it. */
static int shown(askf_slice s)
{
    size_t n = 0;
    while (n < s.len && n < 40 && (unsigned char)s.ptr[n] >= 0x20)
        n++;
    return (int)n;
}

static askf_status bad(askf_error *err, askf_status st, int key, const char *fmt_why, askf_slice v)
{
    return askf__err(err, st, 0, 0, KEYS[key], "field '%s': %s (got \"%.*s%s\")", KEYS[key],
                     fmt_why, shown(v), v.ptr, (size_t)shown(v) < v.len ? "..." : "");
}

askf_status askf__event_parse(askf_json *j, const char *src, size_t len, unsigned flags,
                              askf__event *ev, askf_buf *strings, askf_error *err)
{
    askf_status st;
    askf_slice val[K_COUNT];
    unsigned seen = 0;
    memset(ev, 0, sizeof *ev);
    ev->at = ASKF_TIME_NONE;
    ev->birth_days = INT32_MIN;

    if ((st = askf__json_parse(j, src, len, ASKF_JSON_STRICT_UTF8, err)) != ASKF_OK) {
        if (err)
            err->field[0] = 0;
        return st;
    }
    if (j->toks[0].type != ASKF_JSON_OBJECT)
        return askf__err(err, ASKF_ERR_PARSE, 0, 1, NULL,
                         "an event must be a JSON object, one per line");
    int dup = askf__json_dup_key(j, 0);
    if (dup >= 0) {
        const askf_json_tok *t = &j->toks[dup];
        return askf__err(err, ASKF_ERR_PARSE, 0, t->start, NULL,
                         "duplicate key \"%.*s\" at byte %u", (int)(t->len > 60 ? 60 : t->len),
                         src + t->start, t->start);
    }
    if (askf__buf_reserve(strings, len + 1) != 0)
        return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory parsing an event");

    /* One pass over the members: known key, string value, decoded. */
    uint32_t k = 1;
    for (uint32_t m = 0; m < j->toks[0].count; m++) {
        uint32_t v = k + 1;
        int key = -1;
        for (int i = 0; i < K_COUNT && key < 0; i++)
            if (askf__json_str_eq(j, k, KEYS[i], strlen(KEYS[i])))
                key = i;
        if (key < 0) {
            const askf_json_tok *t = &j->toks[k];
            int n = (int)(t->len > 60 ? 60 : t->len);
            askf__err(err, ASKF_ERR_PARSE, 0, t->start, NULL, "unknown field \"%.*s\"", n,
                      src + t->start);
            if (err) {
                size_t fn = (size_t)n < sizeof err->field ? (size_t)n : sizeof err->field - 1;
                memcpy(err->field, src + t->start, fn);
                err->field[fn] = 0;
            }
            return ASKF_ERR_PARSE;
        }
        if (j->toks[v].type != ASKF_JSON_STRING)
            return askf__err(err, ASKF_ERR_PARSE, 0, j->toks[v].start + 1, KEYS[key],
                             "field '%s': must be a string", KEYS[key]);
        const askf_json_tok *t = &j->toks[v];
        if (!t->escaped) {
            val[key].ptr = src + t->start;
            val[key].len = t->len;
        } else {
            askf_buf tmp;
            askf_slice s;
            askf__buf_init(&tmp);
            if (askf__json_str(j, v, &tmp, &s) != 0) {
                askf__buf_free(&tmp);
                return askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "out of memory parsing an event");
            }
            /* strings was reserved for the whole source; decoding never grows a string. */
            char *dst = strings->ptr + strings->len;
            askf__buf_put(strings, s.ptr, s.len);
            askf__buf_free(&tmp);
            val[key].ptr = dst;
            val[key].len = s.len;
        }
        seen |= B(key);
        k = j->toks[v].end;
    }

    if (!(seen & B(K_TYPE)))
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, "type", "missing field 'type'");
    for (int t = 1; t < N_TYPES; t++)
        if (eq(val[K_TYPE], TYPES[t].name))
            ev->type = t;
    if (!ev->type)
        return bad(err, ASKF_ERR_PARSE, K_TYPE,
                   "unknown event type; expected consent, profile, objection, "
                   "objection_resolved, delete or gpc",
                   val[K_TYPE]);
    if (ev->type == ASKF__EV_POLICY && !(flags & ASKF__PARSE_ALLOW_POLICY))
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, "type",
                         "field 'type': policy events are recorded only by publishing a policy "
                         "(askfirst policy publish)");
    const char *tn = TYPES[ev->type].name;
    unsigned extra = seen & ~TYPES[ev->type].allowed;
    if (extra) {
        int key = __builtin_ctz(extra);
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, KEYS[key],
                         "field '%s' is not part of a %s event", KEYS[key], tn);
    }
    unsigned missing = TYPES[ev->type].required & ~seen;
    if (missing) {
        int key = __builtin_ctz(missing);
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, KEYS[key],
                         "missing field '%s' (required in a %s event)", KEYS[key], tn);
    }

    ev->id = val[K_ID];
    if (!valid_id(ev->id))
        return bad(err, ASKF_ERR_PARSE, K_ID,
                   "must be 1 to 128 bytes of printable ASCII without spaces", ev->id);
    if (seen & B(K_USER)) {
        ev->user = val[K_USER];
        if (!valid_id(ev->user))
            return bad(err, ASKF_ERR_PARSE, K_USER,
                       "must be 1 to 128 bytes of printable ASCII without spaces", ev->user);
    }
    if (askf_time_parse(val[K_AT].ptr, val[K_AT].len, &ev->at) != ASKF_OK)
        return bad(err, ASKF_ERR_PARSE, K_AT,
                   "not a valid RFC 3339 time such as 2026-01-05T10:00:00Z", val[K_AT]);
    {
        char tb[40];
        if (askf_time_format(ev->at, tb, sizeof tb) == 0)
            return bad(err, ASKF_ERR_PARSE, K_AT, "time out of range (years 1 to 9999)", val[K_AT]);
    }
    if (seen & B(K_SOURCE)) {
        ev->source = val[K_SOURCE];
        int ok = 0;
        for (size_t i = 0; i < sizeof SOURCES / sizeof *SOURCES; i++)
            ok |= eq(ev->source, SOURCES[i]);
        if (!ok)
            return bad(err, ASKF_ERR_PARSE, K_SOURCE,
                       "unknown source; expected settings, objection_form, api, import, gpc "
                       "or admin",
                       ev->source);
    }
    if (seen & B(K_PURPOSE)) {
        ev->purpose = val[K_PURPOSE];
        if (!valid_id(ev->purpose))
            return bad(err, ASKF_ERR_PARSE, K_PURPOSE, "not a purpose id", ev->purpose);
    }
    if (seen & B(K_CHOICE)) {
        if (eq(val[K_CHOICE], "grant"))
            ev->choice = ASKF_CHOICE_GRANT;
        else if (eq(val[K_CHOICE], "refuse"))
            ev->choice = ASKF_CHOICE_REFUSE;
        else
            return bad(err, ASKF_ERR_PARSE, K_CHOICE, "must be \"grant\" or \"refuse\"",
                       val[K_CHOICE]);
    }
    if (seen & B(K_NOTICE)) {
        if (val[K_NOTICE].len != 2 * ASKF_HASH_SIZE ||
            askf__unhex(val[K_NOTICE].ptr, val[K_NOTICE].len, ev->notice, ASKF_HASH_SIZE) != 0)
            return bad(err, ASKF_ERR_PARSE, K_NOTICE,
                       "must be a notice hash: 64 hexadecimal characters", val[K_NOTICE]);
        ev->has_notice = 1;
    }
    if (seen & B(K_REGION)) {
        askf_slice r = val[K_REGION];
        char up[2];
        if (r.len == 2) {
            for (int i = 0; i < 2; i++)
                up[i] = (r.ptr[i] >= 'a' && r.ptr[i] <= 'z') ? (char)(r.ptr[i] - 32) : r.ptr[i];
        }
        if (r.len != 2 || !askf_region_valid(up, 2))
            return bad(err, ASKF_ERR_PARSE, K_REGION,
                       "not an assigned ISO 3166-1 alpha-2 country code", r);
        memcpy(ev->region, up, 2);
        ev->has_region = 1;
    }
    if (seen & B(K_BIRTH)) {
        if (askf__date_parse(val[K_BIRTH].ptr, val[K_BIRTH].len, &ev->birth_days) != ASKF_OK)
            return bad(err, ASKF_ERR_PARSE, K_BIRTH, "not a valid date YYYY-MM-DD", val[K_BIRTH]);
        int64_t at_day = ev->at >= 0 ? ev->at / 86400000000LL : -1;
        if ((int64_t)ev->birth_days > at_day)
            return bad(err, ASKF_ERR_PARSE, K_BIRTH, "birth date is after the event's time",
                       val[K_BIRTH]);
        ev->has_birth = 1;
    }
    if (ev->type == ASKF__EV_PROFILE && !ev->has_region && !ev->has_birth)
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, "region",
                         "a profile event needs 'region' or 'birth_date' (or both)");
    if (seen & B(K_OBJECTION)) {
        ev->objection = val[K_OBJECTION];
        if (!valid_id(ev->objection))
            return bad(err, ASKF_ERR_PARSE, K_OBJECTION, "not an event id", ev->objection);
    }
    if (seen & B(K_KIND)) {
        if (eq(val[K_KIND], "object"))
            ev->kind = ASKF_OBJECT;
        else if (eq(val[K_KIND], "restrict"))
            ev->kind = ASKF_RESTRICT;
        else
            return bad(err, ASKF_ERR_PARSE, K_KIND, "must be \"object\" or \"restrict\"",
                       val[K_KIND]);
    }
    if (seen & B(K_OUTCOME)) {
        if (eq(val[K_OUTCOME], "upheld"))
            ev->outcome = ASKF_OBJECTION_UPHELD;
        else if (eq(val[K_OUTCOME], "rejected"))
            ev->outcome = ASKF_OBJECTION_REJECTED;
        else
            return bad(err, ASKF_ERR_PARSE, K_OUTCOME, "must be \"upheld\" or \"rejected\"",
                       val[K_OUTCOME]);
    }
    if (seen & B(K_CONTENT)) {
        ev->content = val[K_CONTENT];
        if (!valid_id(ev->content))
            return bad(err, ASKF_ERR_PARSE, K_CONTENT,
                       "must be a content id: 1 to 128 bytes of printable ASCII without spaces",
                       ev->content);
    }
    if (seen & B(K_REASON)) {
        ev->reason = val[K_REASON];
        if (ev->reason.len > ASKF__REASON_MAX)
            return bad(err, ASKF_ERR_LIMIT, K_REASON, "longer than 4096 bytes", ev->reason);
    }
    if (ev->type == ASKF__EV_POLICY) {
        ev->name = val[K_NAME];
        ev->version = val[K_VERSION];
        ev->text = val[K_TEXT];
        if (val[K_HASH].len != 2 * ASKF_HASH_SIZE ||
            askf__unhex(val[K_HASH].ptr, val[K_HASH].len, ev->policy_hash, ASKF_HASH_SIZE) != 0)
            return bad(err, ASKF_ERR_PARSE, K_HASH, "must be 64 hexadecimal characters",
                       val[K_HASH]);
    }
    askf__err_clear(err);
    return ASKF_OK;
}

static void put_key(askf_buf *o, int key, int *first)
{
    if (!*first)
        askf__buf_putc(o, ',');
    *first = 0;
    askf__buf_putc(o, '"');
    askf__buf_puts(o, KEYS[key]);
    askf__buf_puts(o, "\":");
}

static void put_str(askf_buf *o, int key, askf_slice v, int *first)
{
    put_key(o, key, first);
    askf__buf_put_json_str(o, v.ptr, v.len);
}

static void put_lit(askf_buf *o, int key, const char *v, int *first)
{
    put_key(o, key, first);
    askf__buf_putc(o, '"');
    askf__buf_puts(o, v);
    askf__buf_putc(o, '"');
}

static void put_hex(askf_buf *o, int key, const uint8_t *h, int *first)
{
    put_key(o, key, first);
    askf__buf_putc(o, '"');
    askf__buf_put_hex(o, h, ASKF_HASH_SIZE);
    askf__buf_putc(o, '"');
}

void askf__event_canon(const askf__event *ev, askf_buf *o)
{
    int first = 1;
    char tb[40];
    askf__buf_putc(o, '{');
    put_str(o, K_ID, ev->id, &first);
    put_lit(o, K_TYPE, askf__event_type_name(ev->type), &first);
    if (ev->type != ASKF__EV_POLICY)
        put_str(o, K_USER, ev->user, &first);
    if (ev->purpose.len)
        put_str(o, K_PURPOSE, ev->purpose, &first);
    if (ev->choice)
        put_lit(o, K_CHOICE, ev->choice == ASKF_CHOICE_GRANT ? "grant" : "refuse", &first);
    if (ev->has_notice)
        put_hex(o, K_NOTICE, ev->notice, &first);
    if (ev->has_region) {
        askf_slice r = {ev->region, 2};
        put_str(o, K_REGION, r, &first);
    }
    if (ev->has_birth) {
        int y;
        unsigned m, d;
        askf__civil_from_days(ev->birth_days, &y, &m, &d);
        char db[11] = {(char)('0' + y / 1000 % 10),
                       (char)('0' + y / 100 % 10),
                       (char)('0' + y / 10 % 10),
                       (char)('0' + y % 10),
                       '-',
                       (char)('0' + m / 10),
                       (char)('0' + m % 10),
                       '-',
                       (char)('0' + d / 10),
                       (char)('0' + d % 10),
                       0};
        put_lit(o, K_BIRTH, db, &first);
    }
    if (ev->objection.len)
        put_str(o, K_OBJECTION, ev->objection, &first);
    if (ev->kind)
        put_lit(o, K_KIND, ev->kind == ASKF_OBJECT ? "object" : "restrict", &first);
    if (ev->outcome)
        put_lit(o, K_OUTCOME, ev->outcome == ASKF_OBJECTION_UPHELD ? "upheld" : "rejected", &first);
    if (ev->content.len)
        put_str(o, K_CONTENT, ev->content, &first);
    if (ev->reason.ptr)
        put_str(o, K_REASON, ev->reason, &first);
    askf_time_format(ev->at, tb, sizeof tb);
    put_lit(o, K_AT, tb, &first);
    if (ev->source.len)
        put_str(o, K_SOURCE, ev->source, &first);
    if (ev->type == ASKF__EV_POLICY) {
        put_str(o, K_NAME, ev->name, &first);
        put_str(o, K_VERSION, ev->version, &first);
        put_hex(o, K_HASH, ev->policy_hash, &first);
        put_str(o, K_TEXT, ev->text, &first);
    }
    askf__buf_putc(o, '}');
}

/* The chain hash runs once per appended event on the group-commit leader,
 * the one serial step of an append, so it uses libcrypto's SHA-256 (the CPU's
 * SHA extensions; about 10x libsodium's portable code on 300-byte bodies).
 * The digest is the same SHA-256; without a hasher (or if libcrypto fails)
 * libsodium computes it. */
struct askf__chainer {
    EVP_MD *md;
    EVP_MD_CTX *ctx;
};

askf__chainer *askf__chainer_new(void)
{
    askf__chainer *c = askf__calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->md = EVP_MD_fetch(NULL, "SHA256", NULL);
    c->ctx = EVP_MD_CTX_new();
    if (!c->md || !c->ctx) {
        /* Still usable: askf__chain_hash falls back to libsodium. */
        EVP_MD_free(c->md);
        EVP_MD_CTX_free(c->ctx);
        c->md = NULL;
        c->ctx = NULL;
    }
    return c;
}

void askf__chainer_free(askf__chainer *c)
{
    if (!c)
        return;
    EVP_MD_free(c->md);
    EVP_MD_CTX_free(c->ctx);
    askf__free(c);
}

void askf__chain_hash(askf__chainer *c, const uint8_t prev[ASKF_HASH_SIZE], int64_t seq,
                      askf_time recorded_at, const char *body, size_t len,
                      uint8_t out[ASKF_HASH_SIZE])
{
    uint8_t be[16];
    for (int i = 0; i < 8; i++) {
        be[i] = (uint8_t)((uint64_t)seq >> (56 - 8 * i));
        be[8 + i] = (uint8_t)((uint64_t)recorded_at >> (56 - 8 * i));
    }
    if (c && c->ctx) {
        unsigned n = ASKF_HASH_SIZE;
        if (EVP_DigestInit_ex(c->ctx, c->md, NULL) == 1 &&
            EVP_DigestUpdate(c->ctx, prev, ASKF_HASH_SIZE) == 1 &&
            EVP_DigestUpdate(c->ctx, be, sizeof be) == 1 &&
            (len == 0 || EVP_DigestUpdate(c->ctx, body, len) == 1) &&
            EVP_DigestFinal_ex(c->ctx, out, &n) == 1 && n == ASKF_HASH_SIZE)
            return;
    }
    askf_sha256 h;
    askf__sha256_init(&h);
    askf__sha256_update(&h, prev, ASKF_HASH_SIZE);
    askf__sha256_update(&h, be, sizeof be);
    askf__sha256_update(&h, body, len);
    askf__sha256_final(&h, out);
}
