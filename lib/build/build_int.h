/*
 * build_int.h - lib/build's own pieces shared with its tests and fuzz
 * target: the JSONL record reader that turns one input line into the fields
 * a build needs, or a reject reason.
 */
#ifndef ASKF_BUILD_INT_H
#define ASKF_BUILD_INT_H

#include "askfirst/build.h"
#include "common/buf.h"
#include "common/json.h"

enum { F_ID, F_USER, F_KIND, F_TEXT, F_CREATED, NFIELDS };

typedef struct askf__record_reader {
    askf_json j;
    askf_buf dec[NFIELDS];
    char (*fkey)[128];       /* input field name per F_*, borrowed */
    const size_t *fkey_len;
    askf_slice keys[NFIELDS]; /* the same names as slices, for askf__json_flat */
    int no_flat;             /* tests: always take the full tokenizer */
} askf__record_reader;

typedef struct askf__record {
    askf_slice f[NFIELDS];   /* valid until the reader's next use; created_at may be empty */
    askf_time created;       /* ASKF_TIME_NONE when absent */
    const char *reason;      /* NULL: a usable record; else the reject reason (static) */
    char detail[192];
} askf__record;

void askf__record_reader_init(askf__record_reader *rr, char (*fkey)[128], const size_t *fkey_len);
void askf__record_reader_free(askf__record_reader *rr);
/* ASKF_OK (check rec->reason), or ERR_NOMEM. Flat objects take the one-pass
 * reader (askf__json_flat), everything else the tokenizer; same answers. */
askf_status askf__record_parse(askf__record_reader *rr, askf_slice line, askf__record *rec);

/* Sort n lineage pairs (32 bytes each) bytewise, in place (build.c). */
void askf__pairs_sort(uint8_t *p, size_t n);

#endif
