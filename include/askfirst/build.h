/*
 * askfirst/build.h - turn a content export into a training dataset: every
 * record is decided with askf_decide() against a consent snapshot, allowed
 * records are minimised by the PII engine under the policy's `minimise`
 * settings and written, with keyed pseudonyms instead of raw ids, into
 * deterministic shards; a manifest and a lineage index say exactly how the
 * dataset was made (docs/formats.md, "Build output").
 *
 * The output depends only on the inputs, the snapshot (and its policy), the
 * options and the key; never on the number of workers or on timing. The
 * manifest is written last and atomically: a directory without manifest.json
 * is not a dataset.
 *
 * Thread safety: askf_build_run() starts and joins its own threads; any
 * number of builds may run at once on different output directories.
 */
#ifndef ASKFIRST_BUILD_H
#define ASKFIRST_BUILD_H

#include "common.h"
#include "decide.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum askf_shard_by { ASKF_SHARD_BY_USER = 0, ASKF_SHARD_BY_CONTENT = 1 } askf_shard_by;

/* Progress, reported from a build thread about four times a second. */
typedef struct askf_build_progress {
    uint64_t bytes_in;    /* input bytes read so far (as stored) */
    uint64_t bytes_total; /* sum of the input file sizes (0 if unknown, e.g. stdin) */
    uint64_t bytes_done;  /* uncompressed input bytes whose records are written */
    uint64_t records, allowed, denied, rejected;
    double seconds;
} askf_build_progress;
typedef void (*askf_build_progress_cb)(const askf_build_progress *p, void *ud);

typedef struct askf_build_opts {
    const char *purpose;              /* required: a purpose id of the snapshot's policy */
    const char *recipient;            /* NULL = "first_party" */
    const char *const *inputs;        /* JSONL files (.zst / .gz by name); "-" = stdin */
    size_t n_inputs;
    const char *out_dir;              /* created if missing */
    const char *snapshot;             /* snapshot file (askfirst snapshot); required */
    const char *members;              /* member directory for PERSON/HANDLE detection, or NULL */
    const uint8_t *key;               /* pseudonym key (>= 16 bytes); required */
    size_t key_len;
    unsigned shards;                  /* 0 = 8 */
    askf_shard_by shard_by;
    unsigned workers;                 /* 0 = one per online CPU */
    int64_t max_rejects;              /* < 0: 0.1% of records */
    /* Field mapping "id=post_id,user=author_id,..." for fields id, user, kind,
     * text, created_at; NULL = the names themselves. */
    const char *map;
    const char *source;               /* the Dolma "source" value; NULL = "askfirst" */
    int zstd_level;                   /* shard compression: 0 = 3; < 0 = write plain .jsonl */
    unsigned pii_types;               /* 0 = all PII types */
    size_t block_bytes;               /* input chunk size; 0 = 4 MiB (part of the output's identity) */
    /* 1: map plain input files instead of reading them (no kernel copy on the
     * reading thread). The files must then not be truncated during the build:
     * touching a mapped page past the new end faults the process. 0 (default):
     * read(2), which reports a file that shrank as an error. Same output. */
    int map_inputs;
    askf_build_progress_cb progress;  /* may be NULL */
    void *progress_ud;
    /* Lineage pairs kept in memory before sorted runs are spilled to disk
     * (0 = 2^21, 64 MiB); the output does not depend on it. */
    uint64_t lineage_spill_pairs;
    /* Test hook: fail as if interrupted after this many chunks are written (0 = off). */
    uint64_t fail_after_chunks;
} askf_build_opts;

#define ASKF_BUILD_REASONS 32
#define ASKF_BUILD_PII_TYPES 10

typedef struct askf_build_summary {
    uint64_t records;     /* input lines */
    uint64_t allowed;     /* decided allow */
    uint64_t written;     /* allowed and written (allowed - dropped by PII) */
    uint64_t denied;
    uint64_t rejected;    /* malformed lines, missing fields, unknown users, bad UTF-8 */
    uint64_t pii_dropped; /* allowed but dropped by a drop_record minimise action */
    uint64_t by_reason[ASKF_BUILD_REASONS]; /* indexed by askf_reason */
    uint64_t pii[ASKF_BUILD_PII_TYPES];     /* spans found in written records, by askf_pii_type */
    uint64_t bytes_in, bytes_out;
    unsigned shards, workers;
    double seconds;
    char dataset[40];     /* "ds-" + 32 hex chars of the manifest body's SHA-256 */
    char manifest_sha256[65]; /* of the manifest body */
} askf_build_summary;

/*
 * Run a build. ASKF_OK: the dataset is complete and DIR/manifest.json
 * written. ERR_LIMIT: more rejects than max_rejects (no manifest; rejects.jsonl
 * says which). ERR_INVALID / ERR_NOT_FOUND (unknown purpose) / ERR_IO /
 * ERR_CORRUPT (snapshot) / ERR_NOMEM with err saying why. `sum` (may be NULL)
 * is filled in every case with what was counted.
 */
ASKF_API askf_status askf_build_run(const askf_build_opts *o, askf_build_summary *sum,
                                    askf_error *err);

typedef enum askf_report_format {
    ASKF_REPORT_TEXT = 0, /* a plain-text table, datasets side by side */
    ASKF_REPORT_JSON = 1, /* {"datasets":[{...counts...}]} */
    ASKF_REPORT_HTML = 2  /* one self-contained page; charts drawn by inline script into SVG */
} askf_report_format;

/*
 * Render what one or more builds (1..16 manifest.json texts, borrowed for the
 * call) let through and why not: by reason, region, content kind and PII
 * type. *out is NUL-terminated, owned by the caller: askf_report_free() it.
 */
ASKF_API askf_status askf_report_render(const char *const *manifests, const size_t *lens, size_t n,
                                        askf_report_format fmt, char **out, size_t *out_len,
                                        askf_error *err);
ASKF_API void askf_report_free(char *p);

#ifdef __cplusplus
}
#endif
#endif
