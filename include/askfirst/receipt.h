/*
 * askfirst/receipt.h - signed consent receipts: a JSON record of one consent,
 * refusal, objection or objection resolution, shaped after ISO/IEC TS 27560 and
 * the Kantara consent receipt, signed with the operator's Ed25519 key
 * (libsodium, detached signature over the canonical JSON). A member keeps the
 * receipt and anyone can verify it offline with the public key; with the
 * ledger at hand, that the ledger really holds the event (seq + chain hash).
 * The file formats are in docs/formats.md, "Receipts".
 *
 * Thread safety: a loaded askf_receipt_key is immutable and may be shared by
 * any number of threads. Every other function is reentrant.
 */
#ifndef ASKFIRST_RECEIPT_H
#define ASKFIRST_RECEIPT_H

#include "common.h"
#include "ledger.h"
#include "policy.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct askf_receipt_key askf_receipt_key;

/* Version tag of the receipt document ("askfirst-receipt/1"). */
#define ASKF_RECEIPT_VERSION "askfirst-receipt/1"
/* Key id: the first 16 lowercase hex chars of SHA-256(public key), plus NUL. */
#define ASKF_RECEIPT_KEY_ID_SIZE 17
/* Longest text askf_receipt_key_format() writes, plus NUL. */
#define ASKF_RECEIPT_KEY_TEXT_MAX 256

/* A fresh Ed25519 key pair from the OS random source. *out owned by the caller. */
ASKF_API askf_status askf_receipt_key_generate(askf_receipt_key **out);
/*
 * Parse a key file's text: a secret key file (can sign and verify) or a public
 * key file (can verify). `text` is borrowed for the call. On failure *out is
 * NULL and err says what is wrong.
 */
ASKF_API askf_status askf_receipt_key_parse(const char *text, size_t len, askf_receipt_key **out,
                                            askf_error *err);
ASKF_API void askf_receipt_key_free(askf_receipt_key *k);
ASKF_API int askf_receipt_key_has_secret(const askf_receipt_key *k);
/* 16 hex chars; owned by the key, valid until askf_receipt_key_free(). */
ASKF_API const char *askf_receipt_key_id(const askf_receipt_key *k);
/* The 32-byte public key as 64 lowercase hex chars; owned by the key. */
ASKF_API const char *askf_receipt_key_public_hex(const askf_receipt_key *k);
/*
 * Write the key file text (one line, newline-terminated, NUL-terminated) into
 * buf: the secret form when `secret` is non-zero (the key must have one), else
 * the public form. Returns the length, 0 if buf is too small or no secret.
 */
ASKF_API size_t askf_receipt_key_format(const askf_receipt_key *k, int secret, char *buf,
                                        size_t cap);

/*
 * Build and sign the receipt for one ledger event (consent, objection or
 * objection_resolved; other types answer ASKF_ERR_UNSUPPORTED). `ev` is the
 * event as the ledger hands it out (askf_ledger_scan / _history); `p` is the
 * policy in force at the event's time (may be NULL: purpose details are then
 * omitted); `controller` overrides the policy's controller (NULL = the
 * policy's). `k` must hold a secret key. On success *out is a NUL-terminated
 * JSON document owned by the caller (free with askf_receipt_text_free) and
 * *out_len its length. The same inputs always give the same bytes.
 */
ASKF_API askf_status askf_receipt_build(const askf_event_view *ev, const askf_policy *p,
                                        const char *controller, askf_time issued_at,
                                        const askf_receipt_key *k, char **out, size_t *out_len,
                                        askf_error *err);
ASKF_API void askf_receipt_text_free(char *text);

/* What a verified receipt says, for checks beyond the signature. */
typedef struct askf_receipt_info {
    char key_id[ASKF_RECEIPT_KEY_ID_SIZE];
    char user[129];
    char event_id[129];
    char event_type[32];
    int64_t seq;
    uint8_t event_hash[ASKF_HASH_SIZE];
} askf_receipt_info;

/*
 * Verify a receipt document against any of `keys` (public or secret keys; the
 * receipt's key id picks one). Returns ASKF_OK when the signature holds;
 * ASKF_ERR_PARSE for a document that is not a receipt; ASKF_ERR_NOT_FOUND when
 * no key has the receipt's key id; ASKF_ERR_CORRUPT when the signature does
 * not match (the receipt was altered) - err->msg says which. `info` (may be
 * NULL) is filled on ASKF_OK.
 */
ASKF_API askf_status askf_receipt_verify(const char *text, size_t len,
                                         const askf_receipt_key *const *keys, size_t n_keys,
                                         askf_receipt_info *info, askf_error *err);

#ifdef __cplusplus
}
#endif
#endif
