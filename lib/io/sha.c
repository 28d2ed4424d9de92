/*
 * sha.c - SHA-256 and keyed HMAC-SHA-256 for the bulk paths of builds and
 * snapshots (file digests, per-record pseudonyms), through OpenSSL's
 * libcrypto, which uses the CPU's SHA extensions: measured 4x libsodium's
 * portable SHA-256 on the build machine (docs/benchmarks.md). The digests are
 * the same SHA-256; lib/common/hash.h stays the small-input default.
 */
#include "io.h"

#include "common/alloc.h"

/* The low-level SHA-256 calls (deprecated in OpenSSL 3, still supported) with
 * a plain struct as state: same code path (the SHA extensions) as EVP, but a
 * copy of a keyed HMAC state is a struct assignment where EVP_MD_CTX_copy_ex
 * frees and allocates a provider context per call (lib/pii does the same). */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <string.h>

struct askf__fsha {
    SHA256_CTX c;
};

askf__fsha *askf__fsha_new(void)
{
    askf__fsha *h = askf__calloc(1, sizeof *h);
    if (h && SHA256_Init(&h->c) != 1) {
        askf__free(h);
        h = NULL;
    }
    return h;
}

void askf__fsha_update(askf__fsha *h, const void *p, size_t n)
{
    if (h && n)
        SHA256_Update(&h->c, p, n);
}

void askf__fsha_final(askf__fsha *h, uint8_t out[32])
{
    SHA256_Final(out, &h->c);
    SHA256_Init(&h->c);
}

void askf__fsha_peek(const askf__fsha *h, uint8_t out[32])
{
    SHA256_CTX c = h->c;
    SHA256_Final(out, &c);
}

void askf__fsha_free(askf__fsha *h)
{
    askf__free(h);
}

/* HMAC by its definition, H((K^opad) || H((K^ipad) || m)), with both padded
 * key blocks hashed once: per call only the message and one block are hashed. */
struct askf__hmac {
    SHA256_CTX inner, outer;
};

askf__hmac *askf__hmac_new(const uint8_t *key, size_t len)
{
    askf__hmac *h = askf__calloc(1, sizeof *h);
    if (!h)
        return NULL;
    uint8_t k[64], pad[64];
    memset(k, 0, sizeof k);
    if (len > 64)
        SHA256(key, len, k);
    else if (len)
        memcpy(k, key, len);
    for (int i = 0; i < 64; i++)
        pad[i] = k[i] ^ 0x36;
    int ok = SHA256_Init(&h->inner) == 1 && SHA256_Update(&h->inner, pad, 64) == 1;
    for (int i = 0; i < 64; i++)
        pad[i] = k[i] ^ 0x5c;
    ok = ok && SHA256_Init(&h->outer) == 1 && SHA256_Update(&h->outer, pad, 64) == 1;
    OPENSSL_cleanse(k, sizeof k);
    OPENSSL_cleanse(pad, sizeof pad);
    if (!ok) {
        askf__hmac_free(h);
        return NULL;
    }
    return h;
}

void askf__hmac2(askf__hmac *h, const void *a, size_t alen, const void *b, size_t blen,
                 uint8_t out[32])
{
    uint8_t in[32];
    SHA256_CTX c = h->inner;
    SHA256_Update(&c, a, alen);
    if (blen)
        SHA256_Update(&c, b, blen);
    SHA256_Final(in, &c);
    c = h->outer;
    SHA256_Update(&c, in, 32);
    SHA256_Final(out, &c);
}

void askf__hmac_free(askf__hmac *h)
{
    if (!h)
        return;
    OPENSSL_cleanse(h, sizeof *h);
    askf__free(h);
}
