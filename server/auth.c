/*
 * auth.c - who is asking. Members present a bearer JWT issued by the platform:
 * HS256 (verified by libjwt with the shared secret) or EdDSA/Ed25519 (libjwt
 * 1.10, Debian 12's version, has no EdDSA, so those tokens are verified here
 * with libsodium). `sub` is the member id; `exp` is required and enforced.
 * Services and admins present an API key in X-API-Key; only its SHA-256 is
 * stored, and every comparison is constant-time (sodium_memcmp) over all
 * configured keys, so timing says nothing about which key came close.
 */
#include "server_int.h"

#include <errno.h>
#include <jwt.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEEWAY_S 60

unsigned auth_parse_scopes(const char *s, size_t n)
{
    unsigned m = 0;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        size_t l = j - i;
        if (l == 6 && !memcmp(s + i, "decide", 6))
            m |= SCOPE_DECIDE;
        else if (l == 6 && !memcmp(s + i, "import", 6))
            m |= SCOPE_IMPORT;
        else if (l == 6 && !memcmp(s + i, "delete", 6))
            m |= SCOPE_DELETE;
        else if (l == 5 && !memcmp(s + i, "admin", 5))
            m |= SCOPE_ADMIN;
        else if (l == 1 && s[i] == '*')
            m |= SCOPE_DECIDE | SCOPE_IMPORT | SCOPE_DELETE | SCOPE_ADMIN;
        else if (l)
            return ~0u; /* unknown scope */
        i = j + 1;
    }
    return m;
}

int auth_load_keys(auth_cfg *c, const char *text, size_t len, char *msg, size_t cap)
{
    size_t line = 0, i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        line++;
        const char *f[4];
        size_t fl[4], nf = 0;
        size_t k = i;
        while (k < e && nf < 4) {
            while (k < e && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
                k++;
            if (k >= e || text[k] == '#')
                break;
            size_t st = k;
            while (k < e && text[k] != ' ' && text[k] != '\t' && text[k] != '\r')
                k++;
            f[nf] = text + st;
            fl[nf++] = k - st;
        }
        i = e + 1;
        if (nf == 0)
            continue;
        if (nf != 3) {
            snprintf(msg, cap, "line %zu: expected NAME SCOPES SHA256HEX", line);
            return -1;
        }
        api_key key;
        memset(&key, 0, sizeof key);
        if (fl[0] >= sizeof key.name) {
            snprintf(msg, cap, "line %zu: key name longer than %zu bytes", line,
                     sizeof key.name - 1);
            return -1;
        }
        memcpy(key.name, f[0], fl[0]);
        key.scopes = auth_parse_scopes(f[1], fl[1]);
        if (key.scopes == ~0u || key.scopes == 0) {
            snprintf(msg, cap,
                     "line %zu: scopes must be a comma-separated list of decide, "
                     "import, delete, admin",
                     line);
            return -1;
        }
        size_t bl = 0;
        if (fl[2] != 64 || sodium_hex2bin(key.hash, 32, f[2], 64, NULL, &bl, NULL) != 0 ||
            bl != 32) {
            snprintf(msg, cap,
                     "line %zu: the third field must be the key's SHA-256, 64 hex "
                     "characters",
                     line);
            return -1;
        }
        api_key *nk = realloc(c->keys, (c->n_keys + 1) * sizeof *nk);
        if (!nk) {
            snprintf(msg, cap, "out of memory");
            return -1;
        }
        c->keys = nk;
        c->keys[c->n_keys++] = key;
    }
    return 0;
}

int auth_load_ed_pk(auth_cfg *c, const char *text, size_t len, char *msg, size_t cap)
{
    /* SubjectPublicKeyInfo for Ed25519 is a fixed 12-byte prefix + 32 bytes. */
    static const uint8_t spki[12] = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03,
                                     0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    const char *b = memmem(text, len, "-----BEGIN PUBLIC KEY-----", 26);
    if (b) {
        const char *s = b + 26;
        const char *e = memmem(s, len - (size_t)(s - text), "-----END PUBLIC KEY-----", 24);
        uint8_t der[64];
        size_t dl = 0;
        if (!e ||
            sodium_base642bin(der, sizeof der, s, (size_t)(e - s), " \r\n\t", &dl, NULL,
                              sodium_base64_VARIANT_ORIGINAL) != 0 ||
            dl != 44 || memcmp(der, spki, 12) != 0) {
            snprintf(msg, cap, "not an Ed25519 public key in PEM (SubjectPublicKeyInfo) form");
            return -1;
        }
        memcpy(c->ed_pk, der + 12, 32);
        c->has_ed_pk = 1;
        return 0;
    }
    while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' '))
        len--;
    size_t bl = 0;
    if (len != 64 || sodium_hex2bin(c->ed_pk, 32, text, 64, NULL, &bl, NULL) != 0 || bl != 32) {
        snprintf(msg, cap, "expected an Ed25519 public key: PEM, or 64 hex characters");
        return -1;
    }
    c->has_ed_pk = 1;
    return 0;
}

static void fail(principal *p, const char *code, const char *msg)
{
    p->kind = P_ANON;
    p->bad_code = code;
    p->bad_msg = msg;
}

/* fail() for the verifiers, which answer -1. */
static int reject(principal *p, const char *code, const char *msg)
{
    fail(p, code, msg);
    return -1;
}

/* Base64url (no padding) into an arena buffer; NULL when malformed. */
static uint8_t *b64url(arena *a, const char *s, size_t n, size_t *out_len)
{
    uint8_t *o = arena_alloc(a, n + 1);
    if (!o || sodium_base642bin(o, n, s, n, NULL, out_len, NULL,
                                sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return NULL;
    o[*out_len] = 0;
    return o;
}

static int valid_sub(const char *s, size_t n)
{
    if (n < 1 || n > 128)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x21 || (unsigned char)s[i] > 0x7e)
            return 0;
    return 1;
}

/* Read `alg` from the JWT header. */
static int header_alg(arena *a, const char *tok, size_t hlen, char alg[16])
{
    size_t n = 0;
    uint8_t *h = b64url(a, tok, hlen, &n);
    if (!h)
        return -1;
    askf_json j;
    askf__json_init(&j);
    j.max_depth = 4;
    int rc = -1;
    if (askf__json_parse(&j, (const char *)h, n, ASKF_JSON_STRICT_UTF8, NULL) == ASKF_OK &&
        j.toks[0].type == ASKF_JSON_OBJECT) {
        int v = askf__json_get(&j, 0, "alg", 3);
        if (v >= 0 && j.toks[v].type == ASKF_JSON_STRING && !j.toks[v].escaped &&
            j.toks[v].len < 16) {
            memcpy(alg, (const char *)h + j.toks[v].start, j.toks[v].len);
            alg[j.toks[v].len] = 0;
            rc = 0;
        }
    }
    askf__json_free(&j);
    return rc;
}

/* What a token with a good signature says; checked against the clock on every use. */
typedef struct token_claims {
    char sub[129]; /* valid_sub allows at most 128 bytes */
    size_t sub_len;
    int has_sub, has_exp, has_nbf;
    int64_t exp, nbf;
} token_claims;

static void set_sub(token_claims *t, const char *sub, size_t len)
{
    t->has_sub = sub && valid_sub(sub, len);
    if (t->has_sub) {
        memcpy(t->sub, sub, len);
        t->sub[len] = 0;
        t->sub_len = len;
    }
}

static void check_claims(principal *p, arena *a, const token_claims *t, askf_time now)
{
    int64_t now_s = now / 1000000;
    if (!t->has_sub)
        return fail(p, "invalid_token", "the token's sub claim is missing or not a member id");
    if (!t->has_exp)
        return fail(p, "invalid_token", "the token has no exp claim");
    if (now_s > t->exp + LEEWAY_S)
        return fail(p, "token_expired", "the token has expired");
    if (t->has_nbf && now_s + LEEWAY_S < t->nbf)
        return fail(p, "invalid_token", "the token is not valid yet (nbf)");
    p->kind = P_MEMBER;
    p->sub = arena_strndup(a, t->sub, t->sub_len);
    if (!p->sub)
        fail(p, "invalid_token", "out of memory");
}

/* Verify an EdDSA token's signature and read its claims: 0 ok, else p says why. */
static int verify_eddsa(const auth_cfg *c, arena *a, const char *tok, size_t len, const char *d1,
                        const char *d2, principal *p, token_claims *t)
{
    size_t sl = 0, pl = 0;
    uint8_t *sig = b64url(a, d2 + 1, len - (size_t)(d2 + 1 - tok), &sl);
    if (!sig || sl != crypto_sign_BYTES)
        return reject(p, "invalid_token", "the token's signature is malformed");
    if (crypto_sign_verify_detached(sig, (const unsigned char *)tok, (size_t)(d2 - tok),
                                    c->ed_pk) != 0)
        return reject(p, "invalid_token", "the token's signature does not verify");
    uint8_t *pay = b64url(a, d1 + 1, (size_t)(d2 - d1 - 1), &pl);
    if (!pay)
        return reject(p, "invalid_token", "the token's payload is malformed");
    askf_json j;
    askf__json_init(&j);
    j.max_depth = 8;
    if (askf__json_parse(&j, (const char *)pay, pl, ASKF_JSON_STRICT_UTF8, NULL) != ASKF_OK ||
        j.toks[0].type != ASKF_JSON_OBJECT) {
        askf__json_free(&j);
        return reject(p, "invalid_token", "the token's payload is not a JSON object");
    }
    int v = askf__json_get(&j, 0, "sub", 3);
    if (v >= 0 && j.toks[v].type == ASKF_JSON_STRING && !j.toks[v].escaped)
        set_sub(t, (const char *)pay + j.toks[v].start, j.toks[v].len);
    v = askf__json_get(&j, 0, "exp", 3);
    t->has_exp = v >= 0 && askf__json_i64(&j, (uint32_t)v, &t->exp) == 0;
    v = askf__json_get(&j, 0, "nbf", 3);
    t->has_nbf = v >= 0 && askf__json_i64(&j, (uint32_t)v, &t->nbf) == 0;
    askf__json_free(&j);
    return 0;
}

/* Verify an HS256 token's signature (libjwt) and read its claims: 0 ok, else p says why. */
static int verify_hs256(const auth_cfg *c, const char *tok, principal *p, token_claims *t)
{
    jwt_t *jwt = NULL;
    if (jwt_decode(&jwt, tok, c->hs_secret, (int)c->hs_secret_len) != 0 || !jwt)
        return reject(p, "invalid_token", "the token's signature does not verify");
    if (jwt_get_alg(jwt) != JWT_ALG_HS256) {
        jwt_free(jwt);
        return reject(p, "invalid_token", "the token is not HS256");
    }
    const char *sub = jwt_get_grant(jwt, "sub");
    set_sub(t, sub, sub ? strlen(sub) : 0);
    errno = 0;
    t->exp = jwt_get_grant_int(jwt, "exp");
    t->has_exp = errno == 0;
    errno = 0;
    t->nbf = jwt_get_grant_int(jwt, "nbf");
    t->has_nbf = errno == 0;
    jwt_free(jwt);
    return 0;
}

/* Tokens whose signature verified, by SHA-256 of the whole token: a member's
 * next request with the same token skips the JWT library (the claims are
 * still checked against the clock every time). Direct-mapped; a collision
 * just replaces the slot. */
#define TOKEN_SLOTS 4096u

typedef struct token_slot {
    uint8_t hash[32];
    int used;
    token_claims claims;
} token_slot;

struct token_cache {
    pthread_mutex_t mu;
    token_slot slot[TOKEN_SLOTS];
};

int auth_cache_tokens(auth_cfg *c)
{
    c->tokens = calloc(1, sizeof *c->tokens);
    if (!c->tokens)
        return -1;
    pthread_mutex_init(&c->tokens->mu, NULL);
    return 0;
}

static token_slot *token_slot_of(token_cache *tc, const uint8_t hash[32])
{
    uint32_t i;
    memcpy(&i, hash, sizeof i);
    return &tc->slot[i % TOKEN_SLOTS];
}

static int token_lookup(token_cache *tc, const uint8_t hash[32], token_claims *out)
{
    if (!tc)
        return 0;
    token_slot *s = token_slot_of(tc, hash);
    pthread_mutex_lock(&tc->mu);
    int hit = s->used && !memcmp(s->hash, hash, 32);
    if (hit)
        *out = s->claims;
    pthread_mutex_unlock(&tc->mu);
    return hit;
}

static void token_remember(token_cache *tc, const uint8_t hash[32], const token_claims *t)
{
    if (!tc)
        return;
    token_slot *s = token_slot_of(tc, hash);
    pthread_mutex_lock(&tc->mu);
    memcpy(s->hash, hash, 32);
    s->claims = *t;
    s->used = 1;
    pthread_mutex_unlock(&tc->mu);
}

void auth_free(auth_cfg *c)
{
    if (c->hs_secret) {
        sodium_memzero(c->hs_secret, c->hs_secret_len);
        free(c->hs_secret);
    }
    free(c->keys);
    if (c->tokens) {
        pthread_mutex_destroy(&c->tokens->mu);
        free(c->tokens);
    }
    memset(c, 0, sizeof *c);
}

void auth_check(const auth_cfg *c, arena *a, const char *authorization, const char *key_hdr,
                askf_time now, principal *p)
{
    memset(p, 0, sizeof *p);
    if (key_hdr) {
        uint8_t h[32];
        crypto_hash_sha256(h, (const unsigned char *)key_hdr, strlen(key_hdr));
        const api_key *hit = NULL;
        for (size_t i = 0; i < c->n_keys; i++) {
            /* No early exit: every configured key is compared. */
            int eq = sodium_memcmp(h, c->keys[i].hash, 32) == 0;
            hit = eq ? &c->keys[i] : hit;
        }
        if (!hit)
            return fail(p, "invalid_api_key", "the API key is not valid");
        p->kind = P_KEY;
        p->scopes = hit->scopes;
        p->key_name = hit->name;
        return;
    }
    if (!authorization)
        return;
    if (strncasecmp(authorization, "Bearer ", 7) != 0)
        return fail(p, "invalid_token", "use Authorization: Bearer <token>");
    const char *tok = authorization + 7;
    while (*tok == ' ')
        tok++;
    size_t len = strlen(tok);
    const char *d1 = memchr(tok, '.', len);
    const char *d2 = d1 ? memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - tok)) : NULL;
    if (!d1 || !d2 || len > 8192)
        return fail(p, "invalid_token", "the bearer token is not a JWT");
    uint8_t hash[32];
    token_claims t;
    crypto_hash_sha256(hash, (const unsigned char *)tok, len);
    if (token_lookup(c->tokens, hash, &t))
        return check_claims(p, a, &t, now);
    memset(&t, 0, sizeof t);
    char alg[16];
    if (header_alg(a, tok, (size_t)(d1 - tok), alg) != 0)
        return fail(p, "invalid_token", "the token's header is malformed");
    int bad;
    if (!strcmp(alg, "HS256") && c->hs_secret)
        bad = verify_hs256(c, tok, p, &t);
    else if (!strcmp(alg, "EdDSA") && c->has_ed_pk)
        bad = verify_eddsa(c, a, tok, len, d1, d2, p, &t);
    else
        return fail(p, "invalid_token", "the token's algorithm is not accepted by this server");
    if (bad)
        return;
    token_remember(c->tokens, hash, &t);
    check_claims(p, a, &t, now);
}

char *auth_mint_hs256(const auth_cfg *c, const char *sub, long ttl_seconds)
{
    if (!c->hs_secret)
        return NULL;
    jwt_t *jwt = NULL;
    char *out = NULL;
    if (jwt_new(&jwt) != 0)
        return NULL;
    long now = (long)(askf_time_now() / 1000000);
    if (jwt_add_grant(jwt, "sub", sub) == 0 && jwt_add_grant_int(jwt, "iat", now) == 0 &&
        jwt_add_grant_int(jwt, "exp", now + ttl_seconds) == 0 &&
        jwt_set_alg(jwt, JWT_ALG_HS256, c->hs_secret, (int)c->hs_secret_len) == 0)
        out = jwt_encode_str(jwt);
    jwt_free(jwt);
    return out;
}
