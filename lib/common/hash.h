/*
 * hash.h - SHA-256 and HMAC-SHA-256 (libsodium) plus hex helpers. Every hash
 * in askfirst (notice hashes, the ledger chain, file digests, pseudonyms) is
 * SHA-256 based.
 */
#ifndef ASKF_HASH_H
#define ASKF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define ASKF__SHA256_SIZE 32

typedef struct askf_sha256 {
    _Alignas(64) unsigned char opaque[128]; /* crypto_hash_sha256_state fits */
} askf_sha256;

/* Must be called once before hashing; idempotent and thread-safe (sodium_init). */
int askf__crypto_init(void);
void askf__sha256_init(askf_sha256 *h);
void askf__sha256_update(askf_sha256 *h, const void *p, size_t n);
void askf__sha256_final(askf_sha256 *h, uint8_t out[ASKF__SHA256_SIZE]);
void askf__sha256(const void *p, size_t n, uint8_t out[ASKF__SHA256_SIZE]);
/* Write 2n lowercase hex chars plus NUL into out (>= 2n+1 bytes). */
void askf__hex(const uint8_t *p, size_t n, char *out);
/* Parse exactly 2n hex chars into n bytes; 0 or -1. */
int askf__unhex(const char *s, size_t slen, uint8_t *out, size_t n);

#endif
