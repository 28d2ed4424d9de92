/*
 * askfirst/pii.h - find personal data in member text and replace it before the
 * text reaches a training set (docs/pii.md defines what counts as personal
 * data, the overlap rule and the member directory cache format).
 *
 * Usage:
 *
 *   askf_pii_opts o = {.members_path = "members.jsonl", .key = k, .key_len = 32};
 *   askf_pii *pii;          askf_pii_new(&o, &pii, &err);        -- once per process
 *   askf_pii_scratch *s;    askf_pii_scratch_new(pii, &s);       -- once per thread
 *   askf_pii_result r;      askf_pii_redact(pii, s, text, len, &r);  -- per record
 *
 * Thread safety: a built askf_pii is immutable and may be shared by any number
 * of threads. An askf_pii_scratch belongs to one thread at a time. Scanning
 * and redacting allocate nothing once a scratch has grown to the largest
 * record seen.
 */
#ifndef ASKFIRST_PII_H
#define ASKFIRST_PII_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Types, in specificity order (lower number = more specific; see docs/pii.md).
 * Numbers are pinned. */
#define ASKF_PII_TYPE_MAP(X)                                                                  \
    X(CREDIT_CARD, 0)                                                                         \
    X(IBAN, 1)                                                                                \
    X(US_SSN, 2)                                                                              \
    X(EMAIL, 3)                                                                               \
    X(URL, 4)                                                                                 \
    X(IPV6, 5)                                                                                \
    X(IPV4, 6)                                                                                \
    X(PHONE, 7)                                                                               \
    X(HANDLE, 8)                                                                              \
    X(PERSON, 9)

typedef enum askf_pii_type {
#define ASKF__PII_TYPE_ENUM(name, num) ASKF_PII_##name = num,
    ASKF_PII_TYPE_MAP(ASKF__PII_TYPE_ENUM)
#undef ASKF__PII_TYPE_ENUM
    ASKF_PII_NTYPES = 10
} askf_pii_type;

#define ASKF_PII_ALL_TYPES ((1u << ASKF_PII_NTYPES) - 1u)

/* What to do with a detected span. ASKF_PII_DEFAULT (0) means the built-in
 * default: pseudonym for PERSON and HANDLE, tag for everything else. */
typedef enum askf_pii_action {
    ASKF_PII_DEFAULT = 0,
    ASKF_PII_TAG = 1,         /* "[EMAIL]" */
    ASKF_PII_MASK = 2,        /* one '*' per code point */
    ASKF_PII_PSEUDONYM = 3,   /* "[PERSON_3f2a9c]": HMAC-SHA-256(key, normalised value) */
    ASKF_PII_DROP_RECORD = 4, /* the whole record must not be used */
    ASKF_PII_KEEP = 5         /* detected and counted, left in place */
} askf_pii_action;

/* Stable names: "EMAIL", "tag". Static storage; "?" when out of range. */
ASKF_API const char *askf_pii_type_name(askf_pii_type t);
ASKF_API const char *askf_pii_action_name(askf_pii_action a);
/* Parse a name (case-insensitive) into *out; 0 on success, -1 if unknown. */
ASKF_API int askf_pii_type_parse(const char *s, size_t len, askf_pii_type *out);
ASKF_API int askf_pii_action_parse(const char *s, size_t len, askf_pii_action *out);

typedef struct askf_pii_opts {
    /* Bit (1u << type) per enabled type; 0 = all types. */
    unsigned types;
    /* Member directory JSONL ({"user","name","handle"} per line), or NULL for
     * none (PERSON and HANDLE then find nothing). Borrowed for the call. */
    const char *members_path;
    /* Compiled directory cache: NULL = members_path + ".askfpii". */
    const char *cache_path;
    /* 0: read a valid cache or compile and write one; 1: never read or write it. */
    int no_cache;
    /* Pseudonym key, borrowed for the call (copied). NULL: a random key is made
     * for this handle, so pseudonyms are stable only within it. */
    const uint8_t *key;
    size_t key_len;
    /* Per type action; ASKF_PII_DEFAULT entries take the default. */
    askf_pii_action actions[ASKF_PII_NTYPES];
    /* Extra profile URL prefixes of the platform itself, e.g.
     * "social.example/u/" (no scheme); NULL-terminated, may be NULL. */
    const char *const *profile_prefixes;
} askf_pii_opts;

typedef struct askf_pii askf_pii;
typedef struct askf_pii_scratch askf_pii_scratch;

/* A detected span: byte offsets into the scanned text, end-exclusive. */
typedef struct askf_pii_span {
    uint32_t start;
    uint32_t end;
    uint32_t type; /* askf_pii_type */
} askf_pii_span;

/* Facts about a built detector (for manifests and benchmarks). */
typedef struct askf_pii_info {
    uint64_t members;         /* directory lines loaded */
    uint64_t names;           /* distinct full names indexed */
    uint64_t handles;         /* distinct handles indexed */
    int from_cache;           /* 1 if the directory came from a valid cache file */
    int cache_written;        /* 1 if this build wrote a fresh cache file */
    uint64_t directory_bytes; /* bytes of compiled directory in memory or mapped */
} askf_pii_info;

/*
 * Build a detector: compile the patterns, load or compile the member
 * directory. On failure *out is NULL and err names the file/line at fault.
 * ERR_IO: directory unreadable; ERR_PARSE: a directory line is malformed.
 * A stale or corrupt cache is not an error: it is rebuilt.
 */
ASKF_API askf_status askf_pii_new(const askf_pii_opts *opts, askf_pii **out, askf_error *err);
ASKF_API void askf_pii_free(askf_pii *pii);
ASKF_API void askf_pii_info_get(const askf_pii *pii, askf_pii_info *out);
/* The action in force for a type after defaults are applied. */
ASKF_API askf_pii_action askf_pii_action_of(const askf_pii *pii, askf_pii_type t);

ASKF_API askf_status askf_pii_scratch_new(const askf_pii *pii, askf_pii_scratch **out);
ASKF_API void askf_pii_scratch_free(askf_pii_scratch *s);

/*
 * Detect personal data in text[0..len) (any bytes; invalid UTF-8 is treated as
 * a separator). *spans points into the scratch, valid until its next use:
 * sorted by start, non-overlapping, every end <= len.
 */
ASKF_API askf_status askf_pii_scan(const askf_pii *pii, askf_pii_scratch *s, const char *text,
                                   size_t len, const askf_pii_span **spans, size_t *n);

typedef struct askf_pii_result {
    const char *text;           /* the redacted text; owned by the scratch */
    size_t len;
    const askf_pii_span *spans; /* detected spans in the ORIGINAL text (bytes) */
    size_t n_spans;
    int drop;                   /* 1: a span's action was drop_record */
} askf_pii_result;

/* Scan and replace. Everything in *out is owned by the scratch and valid until
 * its next use. Bytes outside spans are copied unchanged. */
ASKF_API askf_status askf_pii_redact(const askf_pii *pii, askf_pii_scratch *s, const char *text,
                                     size_t len, askf_pii_result *out);

/*
 * Records: redact one JSONL record (or one line of plain text) the way
 * `askfirst redact` does. Only the string value of `field` is rewritten; every
 * other byte of the record is copied unchanged. Invalid UTF-8 in the text is
 * replaced by U+FFFD (one per bad byte) before scanning, or the record is
 * rejected with ASKF_REC_REJECT_BAD_UTF8.
 */
#define ASKF_REC_SPANS 1u           /* append "pii":[{"start","end","type"}] (code points) */
#define ASKF_REC_TEXT 2u            /* the input is plain text, not JSON */
#define ASKF_REC_REJECT_BAD_UTF8 4u /* invalid UTF-8 in the text: ASKF_ERR_REJECTED */

typedef struct askf_pii_record {
    const char *out; /* the output record without a newline; owned by the scratch
                        (or pointing into the input when nothing changed) */
    size_t out_len;
    size_t n_spans;
    int drop;          /* a drop_record action fired: do not use the record */
    int bad_utf8;      /* the text held invalid UTF-8 (replaced or rejected) */
    size_t bad_offset; /* byte offset of the first invalid byte in the text */
    int no_field;      /* JSON: the field is absent or not a string (record copied) */
} askf_pii_record;

/* ASKF_ERR_PARSE: not a JSON object (err->column says where);
 * ASKF_ERR_REJECTED: invalid UTF-8 with ASKF_REC_REJECT_BAD_UTF8. */
ASKF_API askf_status askf_pii_redact_record(const askf_pii *pii, askf_pii_scratch *s,
                                            const char *rec, size_t len, const char *field,
                                            unsigned flags, askf_pii_record *out,
                                            askf_error *err);

/* Spans found per type since the scratch was made (sum scratches across
 * threads for a build's manifest). */
ASKF_API void askf_pii_counts(const askf_pii_scratch *s, uint64_t counts[ASKF_PII_NTYPES]);

#ifdef __cplusplus
}
#endif
#endif
