/*
 * json.h - a strict RFC 8259 JSON parser producing a flat token array (no tree
 * of allocations), and readers for its tokens. Made for the hot path: one pass,
 * no per-value allocation, string values borrowed from the input unless they
 * hold escapes. jansson parses under 100 MB/s here; this is several times that.
 *
 * An askf_json is reusable: parse again into the same struct to reuse its
 * token array. Not thread-safe; one per thread.
 */
#ifndef ASKF_JSON_H
#define ASKF_JSON_H

#include "askfirst/common.h"
#include "buf.h"

#include <stddef.h>
#include <stdint.h>

typedef enum askf_json_type {
    ASKF_JSON_NULL = 1,
    ASKF_JSON_FALSE,
    ASKF_JSON_TRUE,
    ASKF_JSON_NUMBER,
    ASKF_JSON_STRING,
    ASKF_JSON_ARRAY,
    ASKF_JSON_OBJECT
} askf_json_type;

typedef struct askf_json_tok {
    uint8_t type;
    uint8_t escaped;  /* STRING: holds backslash escapes */
    uint8_t bad_utf8; /* STRING: holds bytes that are not valid UTF-8 */
    uint32_t start;   /* STRING: first byte after the opening quote; else first byte */
    uint32_t len;     /* STRING: raw bytes between the quotes; else bytes of the value */
    uint32_t count;   /* ARRAY: elements; OBJECT: members (key/value pairs) */
    uint32_t end;     /* index of the first token after this value's subtree */
} askf_json_tok;

typedef struct askf_json {
    const char *src;
    size_t src_len;
    askf_json_tok *toks;
    uint32_t n;
    uint32_t cap;
    uint32_t max_depth; /* 0 = default (64) */
    uint32_t max_tokens; /* 0 = unlimited */
} askf_json;

#define ASKF_JSON_STRICT_UTF8 1u /* invalid UTF-8 inside strings is a parse error */

void askf__json_init(askf_json *j);
void askf__json_free(askf_json *j);
/*
 * Parse exactly one JSON value spanning s[0..len) (surrounding whitespace
 * allowed). s is borrowed and must outlive the tokens. On error err names the
 * byte column (1-based) and what was expected. Token 0 is the root.
 */
askf_status askf__json_parse(askf_json *j, const char *s, size_t len, unsigned flags,
                             askf_error *err);

/* Index of the value for `key` in object token `obj`, or -1. Keys with
 * escapes are compared after decoding. First match wins (duplicate keys are
 * reported by askf__json_dup_key). */
int askf__json_get(const askf_json *j, uint32_t obj, const char *key, size_t key_len);
/* Index of the first duplicate key token in object `obj` or -1. */
int askf__json_dup_key(const askf_json *j, uint32_t obj);
/* Child iteration: first child of a container, then askf__json_next(). */
static inline uint32_t askf__json_first(uint32_t i) { return i + 1; }
static inline uint32_t askf__json_next(const askf_json *j, uint32_t i) { return j->toks[i].end; }

/* String value: borrowed from the source when it holds no escapes, else decoded
 * into scratch (overwritten). Returns 0, or -1 if the token is not a string or
 * memory ran out. */
int askf__json_str(const askf_json *j, uint32_t i, askf_buf *scratch, askf_slice *out);
/* Whether string token i equals s (after decoding). */
int askf__json_str_eq(const askf_json *j, uint32_t i, const char *s, size_t len);
/* Integer value (no fraction/exponent) into *out; -1 if not such a number or out of range. */
int askf__json_i64(const askf_json *j, uint32_t i, int64_t *out);
/* Raw bytes of a value as it appears in the source (strings include quotes). */
askf_slice askf__json_raw(const askf_json *j, uint32_t i);

/*
 * The flat-object fast path, for readers of one-line records (JSONL) that want
 * a few fields. Most records are one object whose member values are all
 * strings, numbers, true, false or null; askf__json_flat checks those in one
 * pass without building tokens, the other members only skipped. It returns 1
 * and, for each keys[k], the value of its first occurrence (as askf__json_get)
 * in out->v[k]; or 0 for anything else (nested values, \u escapes, control
 * characters, errors, an escaped key while a wanted one is still missing,
 * more than ASKF_JSON_FLAT_MAX keys), and then the caller runs
 * askf__json_parse, which gives the same answer or the exact error. What it
 * accepts, askf__json_parse accepts (without ASKF_JSON_STRICT_UTF8) with
 * out->members members, the same values, and token 0 ending at out->close.
 */
#define ASKF_JSON_FLAT_MAX 8

typedef struct askf_json_flat_val {
    uint32_t q0, q1;  /* STRING: offsets of the opening and closing quote */
    uint8_t found;    /* the key is present */
    uint8_t is_string;
    uint8_t escaped;  /* STRING: holds (simple) backslash escapes */
    uint8_t high;     /* STRING: holds bytes >= 0x80 (so it may not be valid UTF-8) */
} askf_json_flat_val;

typedef struct askf_json_flat {
    uint32_t close;   /* offset of the object's '}' */
    uint32_t members; /* key/value pairs */
    askf_json_flat_val v[ASKF_JSON_FLAT_MAX];
} askf_json_flat;

int askf__json_flat(const char *s, size_t len, const askf_slice *keys, size_t nkeys,
                    askf_json_flat *out);
/* A string value found by askf__json_flat in s: borrowed from s when it holds
 * no escapes, else decoded into scratch (overwritten). 0, or -1 (no memory). */
int askf__json_flat_str(const char *s, const askf_json_flat_val *v, askf_buf *scratch,
                        askf_slice *out);

/* Validate UTF-8; returns the byte offset of the first bad sequence or len. */
size_t askf__utf8_check(const uint8_t *s, size_t len);

#endif
