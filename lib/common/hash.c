/*
 * hash.c - thin wrapper over libsodium's SHA-256, so the rest of the library
 * names one hashing interface.
 */
#include "hash.h"

#include <sodium.h>
#include <string.h>

_Static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(askf_sha256),
               "askf_sha256 too small for crypto_hash_sha256_state");

int askf__crypto_init(void) { return sodium_init() < 0 ? -1 : 0; }

void askf__sha256_init(askf_sha256 *h)
{
    crypto_hash_sha256_init((crypto_hash_sha256_state *)(void *)h->opaque);
}

void askf__sha256_update(askf_sha256 *h, const void *p, size_t n)
{
    crypto_hash_sha256_update((crypto_hash_sha256_state *)(void *)h->opaque, p, n);
}

void askf__sha256_final(askf_sha256 *h, uint8_t out[ASKF__SHA256_SIZE])
{
    crypto_hash_sha256_final((crypto_hash_sha256_state *)(void *)h->opaque, out);
}

void askf__sha256(const void *p, size_t n, uint8_t out[ASKF__SHA256_SIZE])
{
    crypto_hash_sha256(out, p, n);
}

void askf__hex(const uint8_t *p, size_t n, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[p[i] >> 4];
        out[2 * i + 1] = hx[p[i] & 15];
    }
    out[2 * n] = 0;
}

int askf__unhex(const char *s, size_t slen, uint8_t *out, size_t n)
{
    if (slen != 2 * n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int v = 0;
        for (int k = 0; k < 2; k++) {
            char c = s[2 * i + (size_t)k];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return -1;
            v = v * 16 + d;
        }
        out[i] = (uint8_t)v;
    }
    return 0;
}
