/*
 * sha.c - SHA-256 and keyed HMAC-SHA-256 for the bulk paths of builds and
 * snapshots (file digests, per-record pseudonyms), through OpenSSL's
 * libcrypto, which uses the CPU's SHA extensions: measured 4x libsodium's
 * portable SHA-256 on the build machine (docs/benchmarks.md). The digests are
 * the same SHA-256; lib/common/hash.h stays the small-input default.
 */
#include "io.h"

#include "common/alloc.h"

#include <openssl/evp.h>
#include <string.h>

struct askf__fsha {
    EVP_MD_CTX *c;
};

askf__fsha *askf__fsha_new(void)
{
    askf__fsha *h = askf__calloc(1, sizeof *h);
    if (h && (!(h->c = EVP_MD_CTX_new()) || EVP_DigestInit_ex(h->c, EVP_sha256(), NULL) != 1)) {
        EVP_MD_CTX_free(h->c);
        askf__free(h);
        h = NULL;
    }
    return h;
}

void askf__fsha_update(askf__fsha *h, const void *p, size_t n)
{
    if (h && n)
        EVP_DigestUpdate(h->c, p, n);
}

void askf__fsha_final(askf__fsha *h, uint8_t out[32])
{
    unsigned len = 32;
    EVP_DigestFinal_ex(h->c, out, &len);
    EVP_DigestInit_ex(h->c, EVP_sha256(), NULL);
}

void askf__fsha_peek(const askf__fsha *h, uint8_t out[32])
{
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    unsigned len = 32;
    if (c && EVP_MD_CTX_copy_ex(c, h->c) == 1)
        EVP_DigestFinal_ex(c, out, &len);
    else
        memset(out, 0, 32);
    EVP_MD_CTX_free(c);
}

void askf__fsha_free(askf__fsha *h)
{
    if (h) {
        EVP_MD_CTX_free(h->c);
        askf__free(h);
    }
}

/* HMAC by its definition, H((K^opad) || H((K^ipad) || m)), with both padded
 * key blocks hashed once: per call only the message and one block are hashed. */
struct askf__hmac {
    EVP_MD_CTX *inner, *outer, *work;
};

askf__hmac *askf__hmac_new(const uint8_t *key, size_t len)
{
    askf__hmac *h = askf__calloc(1, sizeof *h);
    if (!h)
        return NULL;
    uint8_t k[64], pad[64];
    memset(k, 0, sizeof k);
    if (len > 64) {
        unsigned n = 32;
        EVP_Digest(key, len, k, &n, EVP_sha256(), NULL);
    } else if (len) {
        memcpy(k, key, len);
    }
    h->inner = EVP_MD_CTX_new();
    h->outer = EVP_MD_CTX_new();
    h->work = EVP_MD_CTX_new();
    int ok = h->inner && h->outer && h->work;
    for (int i = 0; i < 64; i++)
        pad[i] = k[i] ^ 0x36;
    ok = ok && EVP_DigestInit_ex(h->inner, EVP_sha256(), NULL) == 1 &&
         EVP_DigestUpdate(h->inner, pad, 64) == 1;
    for (int i = 0; i < 64; i++)
        pad[i] = k[i] ^ 0x5c;
    ok = ok && EVP_DigestInit_ex(h->outer, EVP_sha256(), NULL) == 1 &&
         EVP_DigestUpdate(h->outer, pad, 64) == 1;
    memset(k, 0, sizeof k);
    memset(pad, 0, sizeof pad);
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
    unsigned n = 32;
    EVP_MD_CTX_copy_ex(h->work, h->inner);
    EVP_DigestUpdate(h->work, a, alen);
    if (blen)
        EVP_DigestUpdate(h->work, b, blen);
    EVP_DigestFinal_ex(h->work, in, &n);
    EVP_MD_CTX_copy_ex(h->work, h->outer);
    EVP_DigestUpdate(h->work, in, 32);
    EVP_DigestFinal_ex(h->work, out, &n);
}

void askf__hmac_free(askf__hmac *h)
{
    if (!h)
        return;
    EVP_MD_CTX_free(h->inner);
    EVP_MD_CTX_free(h->outer);
    EVP_MD_CTX_free(h->work);
    askf__free(h);
}
