/*
 * receipt.c - signed consent receipts (askfirst/receipt.h). A receipt is built
 * from one ledger event and the policy in force at its time, canonicalised
 * (RFC 8785 JCS restricted to what receipts hold: objects, arrays, strings,
 * integers, no floats) and signed with Ed25519 (libsodium, detached). The
 * verifier canonicalises the received `receipt` object again, so a receipt
 * that was re-indented still verifies and any change to a value does not.
 *
 * Depends on lib/common only (JSON parser, buffers, hashing, allocation).
 */
#include "askfirst/receipt.h"

#include "common/alloc.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/hash.h"
#include "common/json.h"

#include <sodium.h>
#include <string.h>

#define KEY_MAGIC "askfirst-receipt-key/1"
#define SIG_ALG "Ed25519"
#define MAX_DEPTH 16

struct askf_receipt_key {
    int has_secret;
    uint8_t pk[crypto_sign_PUBLICKEYBYTES];
    uint8_t sk[crypto_sign_SECRETKEYBYTES]; /* seed || pk, zero without a secret */
    uint8_t seed[crypto_sign_SEEDBYTES];
    char id[ASKF_RECEIPT_KEY_ID_SIZE];
    char pk_hex[2 * crypto_sign_PUBLICKEYBYTES + 1];
};

static void key_finish(askf_receipt_key *k)
{
    uint8_t h[ASKF__SHA256_SIZE];
    askf__sha256(k->pk, sizeof k->pk, h);
    char hex[2 * ASKF__SHA256_SIZE + 1];
    askf__hex(h, sizeof h, hex);
    memcpy(k->id, hex, ASKF_RECEIPT_KEY_ID_SIZE - 1);
    k->id[ASKF_RECEIPT_KEY_ID_SIZE - 1] = 0;
    askf__hex(k->pk, sizeof k->pk, k->pk_hex);
}

askf_status askf_receipt_key_generate(askf_receipt_key **out)
{
    *out = NULL;
    if (askf__crypto_init() != 0)
        return ASKF_ERR_UNSUPPORTED;
    askf_receipt_key *k = askf__calloc(1, sizeof *k);
    if (!k)
        return ASKF_ERR_NOMEM;
    randombytes_buf(k->seed, sizeof k->seed);
    crypto_sign_seed_keypair(k->pk, k->sk, k->seed);
    k->has_secret = 1;
    key_finish(k);
    *out = k;
    return ASKF_OK;
}

askf_status askf_receipt_key_parse(const char *text, size_t len, askf_receipt_key **out,
                                   askf_error *err)
{
    *out = NULL;
    if (askf__crypto_init() != 0)
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "libsodium failed to start");
    /* One line: MAGIC SP KIND SP HEX64 [LF]. */
    while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' '))
        len--;
    size_t ml = strlen(KEY_MAGIC);
    if (len < ml + 1 || memcmp(text, KEY_MAGIC, ml) != 0 || text[ml] != ' ')
        return askf__err(err, ASKF_ERR_PARSE, 1, 1, NULL,
                         "not an askfirst receipt key: the file must start with \"%s\"", KEY_MAGIC);
    const char *p = text + ml + 1;
    size_t rest = len - ml - 1;
    int secret;
    if (rest > 15 && memcmp(p, "ed25519-secret ", 15) == 0)
        secret = 1;
    else if (rest > 15 && memcmp(p, "ed25519-public ", 15) == 0)
        secret = 0;
    else
        return askf__err(err, ASKF_ERR_PARSE, 1, (uint32_t)ml + 2, NULL,
                         "unknown key kind: expected \"ed25519-secret\" or \"ed25519-public\"");
    p += 15;
    rest -= 15;
    askf_receipt_key *k = askf__calloc(1, sizeof *k);
    if (!k)
        return ASKF_ERR_NOMEM;
    uint8_t raw[32];
    if (rest != 64 || askf__unhex(p, rest, raw, sizeof raw) != 0) {
        askf__free(k);
        return askf__err(err, ASKF_ERR_PARSE, 1, (uint32_t)ml + 17, NULL,
                         "the key must be 64 hexadecimal characters");
    }
    if (secret) {
        memcpy(k->seed, raw, sizeof raw);
        crypto_sign_seed_keypair(k->pk, k->sk, k->seed);
        k->has_secret = 1;
    } else {
        memcpy(k->pk, raw, sizeof raw);
    }
    sodium_memzero(raw, sizeof raw);
    key_finish(k);
    *out = k;
    askf__err_clear(err);
    return ASKF_OK;
}

void askf_receipt_key_free(askf_receipt_key *k)
{
    if (!k)
        return;
    sodium_memzero(k, sizeof *k);
    askf__free(k);
}

int askf_receipt_key_has_secret(const askf_receipt_key *k)
{
    return k && k->has_secret;
}
const char *askf_receipt_key_id(const askf_receipt_key *k)
{
    return k->id;
}
const char *askf_receipt_key_public_hex(const askf_receipt_key *k)
{
    return k->pk_hex;
}

size_t askf_receipt_key_format(const askf_receipt_key *k, int secret, char *buf, size_t cap)
{
    if (secret && !k->has_secret)
        return 0;
    char hex[65];
    if (secret)
        askf__hex(k->seed, sizeof k->seed, hex);
    else
        memcpy(hex, k->pk_hex, sizeof hex);
    size_t ml = strlen(KEY_MAGIC), need = ml + 1 + 15 + 64 + 1;
    if (cap < need + 1)
        return 0;
    char *o = buf;
    memcpy(o, KEY_MAGIC, ml);
    o += ml;
    *o++ = ' ';
    memcpy(o, secret ? "ed25519-secret " : "ed25519-public ", 15);
    o += 15;
    memcpy(o, hex, 64);
    o += 64;
    *o++ = '\n';
    *o = 0;
    sodium_memzero(hex, sizeof hex);
    return need;
}

/* --- canonical JSON ------------------------------------------------------ */

typedef struct key_ref {
    askf_slice key; /* decoded */
    uint32_t val;
} key_ref;

static int key_cmp(const key_ref *a, const key_ref *b)
{
    size_t n = a->key.len < b->key.len ? a->key.len : b->key.len;
    int c = memcmp(a->key.ptr, b->key.ptr, n);
    if (c)
        return c;
    return a->key.len < b->key.len ? -1 : a->key.len > b->key.len;
}

/* Emit token i of j canonically into o. Decoded strings live in `strings` (never
 * reallocated: reserved for the whole source up front). 0 ok, -1 not canonical-
 * isable (float, bad string), -2 out of memory. */
static int canon_value(const askf_json *j, uint32_t i, askf_buf *strings, askf_buf *o, int depth)
{
    const askf_json_tok *t = &j->toks[i];
    if (depth > MAX_DEPTH)
        return -1;
    switch (t->type) {
    case ASKF_JSON_NULL: askf__buf_puts(o, "null"); return 0;
    case ASKF_JSON_TRUE: askf__buf_puts(o, "true"); return 0;
    case ASKF_JSON_FALSE: askf__buf_puts(o, "false"); return 0;
    case ASKF_JSON_NUMBER: {
        int64_t v;
        if (askf__json_i64(j, i, &v) != 0)
            return -1;
        askf__buf_put_i64(o, v);
        return 0;
    }
    case ASKF_JSON_STRING: {
        askf_buf tmp;
        askf_slice s;
        askf__buf_init(&tmp);
        if (askf__json_str(j, i, &tmp, &s) != 0) {
            askf__buf_free(&tmp);
            return -2;
        }
        askf__buf_put_json_str(o, s.ptr, s.len);
        askf__buf_free(&tmp);
        return 0;
    }
    case ASKF_JSON_ARRAY: {
        askf__buf_putc(o, '[');
        uint32_t c = askf__json_first(i);
        for (uint32_t n = 0; n < t->count; n++) {
            if (n)
                askf__buf_putc(o, ',');
            int rc = canon_value(j, c, strings, o, depth + 1);
            if (rc)
                return rc;
            c = askf__json_next(j, c);
        }
        askf__buf_putc(o, ']');
        return 0;
    }
    case ASKF_JSON_OBJECT: {
        if (askf__json_dup_key(j, i) >= 0)
            return -1;
        key_ref *ks = t->count ? askf__calloc(t->count, sizeof *ks) : NULL;
        if (t->count && !ks)
            return -2;
        uint32_t c = askf__json_first(i);
        for (uint32_t n = 0; n < t->count; n++) {
            askf_buf tmp;
            askf_slice s;
            askf__buf_init(&tmp);
            if (askf__json_str(j, c, &tmp, &s) != 0) {
                askf__buf_free(&tmp);
                askf__free(ks);
                return -2;
            }
            ks[n].key.ptr = strings->ptr + strings->len;
            ks[n].key.len = s.len;
            askf__buf_put(strings, s.ptr, s.len);
            askf__buf_free(&tmp);
            ks[n].val = c + 1;
            c = askf__json_next(j, c + 1);
        }
        /* Insertion sort: receipts have a dozen keys per object. */
        for (uint32_t a = 1; a < t->count; a++) {
            key_ref x = ks[a];
            uint32_t b = a;
            while (b > 0 && key_cmp(&ks[b - 1], &x) > 0) {
                ks[b] = ks[b - 1];
                b--;
            }
            ks[b] = x;
        }
        askf__buf_putc(o, '{');
        int rc = 0;
        for (uint32_t n = 0; n < t->count && !rc; n++) {
            if (n)
                askf__buf_putc(o, ',');
            askf__buf_put_json_str(o, ks[n].key.ptr, ks[n].key.len);
            askf__buf_putc(o, ':');
            rc = canon_value(j, ks[n].val, strings, o, depth + 1);
        }
        askf__buf_putc(o, '}');
        askf__free(ks);
        return rc;
    }
    default: return -1;
    }
}

/* Canonical bytes of token i into o. */
static askf_status canon(const askf_json *j, uint32_t i, askf_buf *o)
{
    askf_buf strings;
    askf__buf_init(&strings);
    if (askf__buf_reserve(&strings, j->src_len + 1) != 0)
        return ASKF_ERR_NOMEM;
    int rc = canon_value(j, i, &strings, o, 0);
    askf__buf_free(&strings);
    if (rc == -2 || o->oom)
        return ASKF_ERR_NOMEM;
    return rc ? ASKF_ERR_PARSE : ASKF_OK;
}

/* --- building ------------------------------------------------------------ */

typedef struct ev_fields {
    askf_slice id, type, user, purpose, choice, notice, kind, reason, objection, outcome, at,
        source;
    int has_reason;
} ev_fields;

static void get_field(const askf_json *j, const char *key, askf_slice *out, askf_buf *scratch,
                      int *present)
{
    int v = askf__json_get(j, 0, key, strlen(key));
    if (v < 0 || j->toks[v].type != ASKF_JSON_STRING)
        return;
    askf_slice s;
    if (!j->toks[v].escaped) {
        if (askf__json_str(j, (uint32_t)v, scratch, &s) != 0)
            return;
    } else {
        /* Decode into a temporary, then keep a copy in scratch, which was
         * reserved for the whole body up front and so never moves. */
        askf_buf tmp;
        askf__buf_init(&tmp);
        if (askf__json_str(j, (uint32_t)v, &tmp, &s) != 0) {
            askf__buf_free(&tmp);
            scratch->oom = 1;
            return;
        }
        char *dst = scratch->ptr + scratch->len;
        askf__buf_put(scratch, s.ptr, s.len);
        askf__buf_free(&tmp);
        s.ptr = dst;
    }
    *out = s;
    if (present)
        *present = 1;
}

static void put_kv_str(askf_buf *o, const char *key, askf_slice v, int *first)
{
    if (!*first)
        askf__buf_putc(o, ',');
    *first = 0;
    askf__buf_put_json_str(o, key, strlen(key));
    askf__buf_putc(o, ':');
    askf__buf_put_json_str(o, v.ptr, v.len);
}

static void put_kv_cstr(askf_buf *o, const char *key, const char *v, int *first)
{
    askf_slice s = {v, strlen(v)};
    put_kv_str(o, key, s, first);
}

static void put_key(askf_buf *o, const char *key, int *first)
{
    if (!*first)
        askf__buf_putc(o, ',');
    *first = 0;
    askf__buf_put_json_str(o, key, strlen(key));
    askf__buf_putc(o, ':');
}

static int slice_is(askf_slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.len == n && memcmp(s.ptr, lit, n) == 0;
}

askf_status askf_receipt_build(const askf_event_view *ev, const askf_policy *p,
                               const char *controller, askf_time issued_at,
                               const askf_receipt_key *k, char **out, size_t *out_len,
                               askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_json j;
    askf_json jr;
    askf_buf scratch, body, c14n, doc;
    ev_fields f;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    askf__json_init(&j);
    askf__json_init(&jr);
    askf__buf_init(&scratch);
    askf__buf_init(&body);
    askf__buf_init(&c14n);
    askf__buf_init(&doc);
    memset(&f, 0, sizeof f);

    if (!k || !k->has_secret) {
        st = askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "signing a receipt needs a secret key");
        goto cleanup;
    }
    if (askf__crypto_init() != 0) {
        st = askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "libsodium failed to start");
        goto cleanup;
    }
    if ((st = askf__json_parse(&j, ev->body.ptr, ev->body.len, ASKF_JSON_STRICT_UTF8, err)) !=
        ASKF_OK)
        goto cleanup;
    if (j.toks[0].type != ASKF_JSON_OBJECT) {
        st = askf__err(err, ASKF_ERR_PARSE, 0, 0, NULL, "event body is not a JSON object");
        goto cleanup;
    }
    if (askf__buf_reserve(&scratch, 2 * ev->body.len + 64) != 0) {
        st = ASKF_ERR_NOMEM;
        goto cleanup;
    }
    get_field(&j, "id", &f.id, &scratch, NULL);
    get_field(&j, "type", &f.type, &scratch, NULL);
    get_field(&j, "user", &f.user, &scratch, NULL);
    get_field(&j, "purpose", &f.purpose, &scratch, NULL);
    get_field(&j, "choice", &f.choice, &scratch, NULL);
    get_field(&j, "notice", &f.notice, &scratch, NULL);
    get_field(&j, "kind", &f.kind, &scratch, NULL);
    get_field(&j, "reason", &f.reason, &scratch, &f.has_reason);
    get_field(&j, "objection", &f.objection, &scratch, NULL);
    get_field(&j, "outcome", &f.outcome, &scratch, NULL);
    get_field(&j, "at", &f.at, &scratch, NULL);
    get_field(&j, "source", &f.source, &scratch, NULL);
    if (scratch.oom) {
        st = ASKF_ERR_NOMEM;
        goto cleanup;
    }
    int is_consent = slice_is(f.type, "consent"), is_obj = slice_is(f.type, "objection"),
        is_res = slice_is(f.type, "objection_resolved");
    if (!is_consent && !is_obj && !is_res) {
        st = askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, "type",
                       "receipts are issued for consent, objection and objection_resolved "
                       "events, not for %.*s events",
                       (int)(f.type.len > 40 ? 40 : f.type.len), f.type.ptr);
        goto cleanup;
    }

    const askf_purpose *u = NULL;
    if (p && f.purpose.len) {
        int pi = askf_policy_purpose_index(p, f.purpose.ptr, f.purpose.len);
        if (pi >= 0)
            u = askf_policy_purpose(p, (size_t)pi);
    }
    if (!controller && p)
        controller = askf_policy_controller(p);

    char tb[40], hex[2 * ASKF_HASH_SIZE + 1], rid[64];
    int first = 1;
    askf__buf_putc(&body, '{');
    if (is_consent)
        put_kv_str(&body, "choice", f.choice, &first);
    put_key(&body, "controller", &first);
    {
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_cstr(&body, "name", controller ? controller : "", &f2);
        askf__buf_putc(&body, '}');
    }
    put_key(&body, "event", &first);
    {
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_str(&body, "at", f.at, &f2);
        put_kv_str(&body, "id", f.id, &f2);
        if (f.source.len)
            put_kv_str(&body, "source", f.source, &f2);
        put_kv_str(&body, "type", f.type, &f2);
        askf__buf_putc(&body, '}');
    }
    askf_time_format(issued_at, tb, sizeof tb);
    put_kv_cstr(&body, "issued_at", tb, &first);
    put_kv_cstr(&body, "key_id", k->id, &first);
    put_key(&body, "ledger", &first);
    {
        int f2 = 1;
        askf__buf_putc(&body, '{');
        askf__hex(ev->hash, ASKF_HASH_SIZE, hex);
        put_kv_cstr(&body, "event_hash", hex, &f2);
        put_key(&body, "seq", &f2);
        askf__buf_put_i64(&body, ev->seq);
        askf__buf_putc(&body, '}');
    }
    if (is_consent) {
        /* The notice the member chose under: the event's, else the purpose's
         * notice in force (a refusal may be recorded without one). */
        const char *nh = NULL;
        char nbuf[2 * ASKF_HASH_SIZE + 1];
        if (f.notice.len == 2 * ASKF_HASH_SIZE) {
            memcpy(nbuf, f.notice.ptr, f.notice.len);
            nbuf[f.notice.len] = 0;
            nh = nbuf;
        } else if (u) {
            nh = askf_purpose_notice_hash_hex(u);
        }
        put_key(&body, "notice", &first);
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_cstr(&body, "hash", nh ? nh : "", &f2);
        if (p) {
            askf_buf tv;
            askf__buf_init(&tv);
            askf__buf_puts(&tv, askf_policy_name(p));
            askf__buf_putc(&tv, '@');
            askf__buf_puts(&tv, askf_policy_version(p));
            askf_slice s = {tv.ptr ? tv.ptr : "", tv.len};
            put_kv_str(&body, "text_version", s, &f2);
            askf__buf_free(&tv);
        }
        askf__buf_putc(&body, '}');
    }
    if (is_obj) {
        put_key(&body, "objection", &first);
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_str(&body, "kind", f.kind, &f2);
        if (f.has_reason)
            put_kv_str(&body, "reason", f.reason, &f2);
        askf__buf_putc(&body, '}');
    }
    if (p) {
        put_key(&body, "policy", &first);
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_cstr(&body, "hash", askf_policy_hash_hex(p), &f2);
        put_kv_cstr(&body, "name", askf_policy_name(p), &f2);
        put_kv_cstr(&body, "version", askf_policy_version(p), &f2);
        askf__buf_putc(&body, '}');
    }
    if (f.purpose.len) {
        put_key(&body, "purpose", &first);
        int f2 = 1;
        askf__buf_putc(&body, '{');
        if (u)
            put_kv_cstr(&body, "basis", askf_basis_name(askf_purpose_basis(u)), &f2);
        put_kv_str(&body, "id", f.purpose, &f2);
        if (u) {
            put_key(&body, "recipients", &f2);
            askf__buf_putc(&body, '[');
            for (size_t r = 0; r < askf_purpose_recipient_count(u); r++) {
                if (r)
                    askf__buf_putc(&body, ',');
                const char *rn = askf_purpose_recipient(u, r);
                askf__buf_put_json_str(&body, rn, strlen(rn));
            }
            askf__buf_putc(&body, ']');
            put_kv_cstr(&body, "title", askf_purpose_title(u), &f2);
        }
        askf__buf_putc(&body, '}');
    }
    {
        char h16[17];
        memcpy(h16, hex, 16);
        h16[16] = 0;
        askf_buf rb;
        askf__buf_init(&rb);
        askf__buf_puts(&rb, "rcpt-");
        askf__buf_put_i64(&rb, ev->seq);
        askf__buf_putc(&rb, '-');
        askf__buf_puts(&rb, h16);
        size_t rl = rb.len < sizeof rid - 1 ? rb.len : sizeof rid - 1;
        memcpy(rid, rb.ptr ? rb.ptr : "", rl);
        rid[rl] = 0;
        askf__buf_free(&rb);
        put_kv_cstr(&body, "receipt_id", rid, &first);
    }
    if (is_res) {
        put_key(&body, "resolution", &first);
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_str(&body, "objection", f.objection, &f2);
        put_kv_str(&body, "outcome", f.outcome, &f2);
        if (f.has_reason)
            put_kv_str(&body, "reason", f.reason, &f2);
        askf__buf_putc(&body, '}');
    }
    put_key(&body, "subject", &first);
    {
        int f2 = 1;
        askf__buf_putc(&body, '{');
        put_kv_str(&body, "id", f.user, &f2);
        askf__buf_putc(&body, '}');
    }
    put_kv_cstr(&body, "version", ASKF_RECEIPT_VERSION, &first);
    askf__buf_putc(&body, '}');
    if (body.oom) {
        st = ASKF_ERR_NOMEM;
        goto cleanup;
    }
    /* Canonicalise what was built (keys were written in order already; this
     * makes the signed bytes exactly what a verifier recomputes). */
    if ((st = askf__json_parse(&jr, body.ptr, body.len, ASKF_JSON_STRICT_UTF8, err)) != ASKF_OK)
        goto cleanup;
    if ((st = canon(&jr, 0, &c14n)) != ASKF_OK) {
        st = askf__err(err, st, 0, 0, NULL, "receipt could not be canonicalised");
        goto cleanup;
    }
    uint8_t sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, NULL, (const unsigned char *)c14n.ptr, c14n.len, k->sk);
    char b64[sodium_base64_ENCODED_LEN(crypto_sign_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(b64, sizeof b64, sig, sizeof sig, sodium_base64_VARIANT_ORIGINAL);

    askf__buf_puts(&doc, "{\"receipt\":");
    askf__buf_put(&doc, c14n.ptr, c14n.len);
    askf__buf_puts(&doc, ",\"signature\":{\"alg\":\"" SIG_ALG "\",\"key_id\":\"");
    askf__buf_puts(&doc, k->id);
    askf__buf_puts(&doc, "\",\"value\":\"");
    askf__buf_puts(&doc, b64);
    askf__buf_puts(&doc, "\"}}\n");
    askf__buf_nul(&doc);
    if (doc.oom) {
        st = ASKF_ERR_NOMEM;
        goto cleanup;
    }
    *out = askf__buf_take(&doc, out_len);
    askf__err_clear(err);
cleanup:
    askf__json_free(&j);
    askf__json_free(&jr);
    askf__buf_free(&scratch);
    askf__buf_free(&body);
    askf__buf_free(&c14n);
    askf__buf_free(&doc);
    return st;
}

void askf_receipt_text_free(char *text)
{
    askf__free(text);
}

/* --- verifying ----------------------------------------------------------- */

/* Copy string member `key` of object `obj` into dst (NUL-terminated). 0 ok. */
static int copy_str(const askf_json *j, int obj, const char *key, char *dst, size_t cap)
{
    if (obj < 0 || j->toks[obj].type != ASKF_JSON_OBJECT)
        return -1;
    int v = askf__json_get(j, (uint32_t)obj, key, strlen(key));
    if (v < 0 || j->toks[v].type != ASKF_JSON_STRING)
        return -1;
    askf_buf tmp;
    askf_slice s;
    askf__buf_init(&tmp);
    int rc = -1;
    if (askf__json_str(j, (uint32_t)v, &tmp, &s) == 0 && s.len < cap) {
        memcpy(dst, s.ptr, s.len);
        dst[s.len] = 0;
        rc = 0;
    }
    askf__buf_free(&tmp);
    return rc;
}

static int get_obj(const askf_json *j, int obj, const char *key)
{
    if (obj < 0 || j->toks[obj].type != ASKF_JSON_OBJECT)
        return -1;
    int v = askf__json_get(j, (uint32_t)obj, key, strlen(key));
    return v >= 0 && j->toks[v].type == ASKF_JSON_OBJECT ? v : -1;
}

askf_status askf_receipt_verify(const char *text, size_t len, const askf_receipt_key *const *keys,
                                size_t n_keys, askf_receipt_info *info, askf_error *err)
{
    askf_status st;
    askf_json j;
    askf_buf c14n;
    askf_receipt_info ri;
    char alg[16], sig_kid[32], sig_b64[128], version[64], hex[80];
    askf__json_init(&j);
    askf__buf_init(&c14n);
    memset(&ri, 0, sizeof ri);

    if (askf__crypto_init() != 0) {
        st = askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL, "libsodium failed to start");
        goto cleanup;
    }
    j.max_depth = MAX_DEPTH;
    if ((st = askf__json_parse(&j, text, len, ASKF_JSON_STRICT_UTF8, err)) != ASKF_OK) {
        char why[256];
        size_t wl = err ? strnlen(err->msg, sizeof why - 1) : 0;
        memcpy(why, err ? err->msg : "", wl);
        why[wl] = 0;
        askf__err(err, st, 0, err ? err->column : 0, NULL, "not a receipt: %s",
                  wl ? why : "malformed JSON");
        goto cleanup;
    }
    int rec = get_obj(&j, 0, "receipt"), sig = get_obj(&j, 0, "signature");
    if (rec < 0 || sig < 0) {
        st = askf__err(err, ASKF_ERR_PARSE, 0, 0, NULL,
                       "not a receipt: expected an object with \"receipt\" and \"signature\"");
        goto cleanup;
    }
    if (copy_str(&j, rec, "version", version, sizeof version) ||
        strcmp(version, ASKF_RECEIPT_VERSION) != 0) {
        st = askf__err(err, ASKF_ERR_PARSE, 0, 0, "version",
                       "unsupported receipt version (this program reads \"%s\")",
                       ASKF_RECEIPT_VERSION);
        goto cleanup;
    }
    if (copy_str(&j, sig, "alg", alg, sizeof alg) || strcmp(alg, SIG_ALG) != 0) {
        st = askf__err(err, ASKF_ERR_PARSE, 0, 0, "alg",
                       "unsupported signature algorithm (expected \"%s\")", SIG_ALG);
        goto cleanup;
    }
    if (copy_str(&j, sig, "key_id", sig_kid, sizeof sig_kid) ||
        copy_str(&j, rec, "key_id", ri.key_id, sizeof ri.key_id)) {
        st = askf__err(err, ASKF_ERR_PARSE, 0, 0, "key_id", "the receipt names no key id");
        goto cleanup;
    }
    if (strcmp(sig_kid, ri.key_id) != 0) {
        st = askf__err(err, ASKF_ERR_CORRUPT, 0, 0, "key_id",
                       "the key id in the signature (%s) differs from the one in the receipt "
                       "(%s): the receipt was altered",
                       sig_kid, ri.key_id);
        goto cleanup;
    }
    uint8_t sigbin[crypto_sign_BYTES];
    size_t siglen = 0;
    if (copy_str(&j, sig, "value", sig_b64, sizeof sig_b64) ||
        sodium_base642bin(sigbin, sizeof sigbin, sig_b64, strlen(sig_b64), NULL, &siglen, NULL,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        siglen != sizeof sigbin) {
        st = askf__err(err, ASKF_ERR_CORRUPT, 0, 0, "value",
                       "the signature value is not a base64 Ed25519 signature (64 bytes)");
        goto cleanup;
    }
    const askf_receipt_key *k = NULL;
    for (size_t i = 0; i < n_keys && !k; i++)
        if (keys[i] && strcmp(keys[i]->id, ri.key_id) == 0)
            k = keys[i];
    if (!k) {
        st = askf__err(err, ASKF_ERR_NOT_FOUND, 0, 0, "key_id",
                       "the receipt was signed by key %s, which is not among the keys given "
                       "(after a key rotation, pass the older public key)",
                       ri.key_id);
        goto cleanup;
    }
    if ((st = canon(&j, (uint32_t)rec, &c14n)) != ASKF_OK) {
        st = askf__err(err, st, 0, 0, NULL,
                       "the receipt holds values a receipt never has (fractions, deep nesting "
                       "or duplicate keys)");
        goto cleanup;
    }
    if (crypto_sign_verify_detached(sigbin, (const unsigned char *)c14n.ptr, c14n.len, k->pk) !=
        0) {
        st = askf__err(err, ASKF_ERR_CORRUPT, 0, 0, "signature",
                       "the signature does not match the receipt's contents: the receipt was "
                       "altered after it was signed by key %s",
                       ri.key_id);
        goto cleanup;
    }
    /* Signed: now read what callers check against the ledger. */
    int subj = get_obj(&j, rec, "subject"), evo = get_obj(&j, rec, "event"),
        led = get_obj(&j, rec, "ledger");
    copy_str(&j, subj, "id", ri.user, sizeof ri.user);
    copy_str(&j, evo, "id", ri.event_id, sizeof ri.event_id);
    copy_str(&j, evo, "type", ri.event_type, sizeof ri.event_type);
    if (led >= 0) {
        int sv = askf__json_get(&j, (uint32_t)led, "seq", 3);
        if (sv >= 0)
            askf__json_i64(&j, (uint32_t)sv, &ri.seq);
        if (copy_str(&j, led, "event_hash", hex, sizeof hex) == 0)
            askf__unhex(hex, strlen(hex), ri.event_hash, ASKF_HASH_SIZE);
    }
    if (info)
        *info = ri;
    askf__err_clear(err);
    st = ASKF_OK;
cleanup:
    askf__json_free(&j);
    askf__buf_free(&c14n);
    return st;
}
