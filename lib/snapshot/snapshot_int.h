/*
 * snapshot_int.h - the on-disk layout of a snapshot file (docs/formats.md,
 * "Snapshot"), shared by the writer (snapshot_write.c) and the reader
 * (snapshot_read.c). All integers are little-endian; the structs below are
 * the exact byte layout (no implicit padding) and are read in place from the
 * mapping, which is why the format refuses to build on big-endian hosts.
 */
#ifndef ASKF_SNAPSHOT_INT_H
#define ASKF_SNAPSHOT_INT_H

#include "askfirst/snapshot.h"

#include <stdint.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the snapshot format is read in place and assumes a little-endian host"
#endif

#define ASKF__SNAP_MAGIC "ASKFSNAP"
#define ASKF__SNAP_HEADER_SIZE 320
#define ASKF__SNAP_NONE 0xffffffffu

enum {
    ASKF__SEC_RECORDS = 0, /* n_members x snap_record, sorted by user id */
    ASKF__SEC_IDS,         /* user id bytes, concatenated in record order */
    ASKF__SEC_EXT,         /* per-member overflow entries, 8-aligned */
    ASKF__SEC_PURPOSES,    /* n_purposes x snap_str, sorted by id */
    ASKF__SEC_NOTICES,     /* n_notices x 32-byte hashes, sorted */
    ASKF__SEC_STRINGS,     /* purpose ids, objection ids, deleted content ids */
    ASKF__SEC_POLICY,      /* policy text in force at (S, T) */
    ASKF__SEC_INDEX,       /* hash index: 2^k x u32 (record + 1, 0 empty), or empty */
    ASKF__SEC_COUNT
};

typedef struct snap_section {
    uint64_t off, len;
} snap_section;

typedef struct snap_header {
    char magic[8];
    uint32_t version;
    uint32_t header_size;
    int64_t seq;
    int64_t t;
    uint8_t head_hash[32];
    uint64_t file_size;
    uint64_t n_members;
    uint64_t n_purposes;
    uint64_t n_notices;
    uint64_t n_choices;
    uint64_t n_objections;
    uint64_t n_deleted;
    uint64_t reserved;
    snap_section sec[ASKF__SEC_COUNT];
    uint8_t body_sha256[32];
    uint8_t header_sha256[32]; /* over bytes [0, 288) */
} snap_header;

/* 24 bytes per member, plus its id bytes. */
typedef struct snap_record {
    int64_t profile_at;
    uint32_t id_off;  /* into IDS; the id ends where the next record's begins */
    uint32_t ext;     /* offset / 8 into EXT, or ASKF__SNAP_NONE */
    int32_t birth_days;
    char region[2];
    uint16_t flags;   /* bit 0: known */
} snap_record;

/* Overflow entry header, followed by the choices, objections, deletions. */
typedef struct snap_ext {
    uint32_t n_choices;
    uint32_t n_objections;
    uint32_t n_deleted;
    uint32_t reserved;
    int64_t deleted_at;
    int64_t gpc_at;
} snap_ext;

typedef struct snap_choice {
    int64_t at;
    uint32_t notice; /* index into NOTICES */
    uint16_t purpose; /* index into PURPOSES */
    uint8_t choice;
    uint8_t reserved;
} snap_choice;

typedef struct snap_objection {
    int64_t at;
    int64_t resolved_at;
    uint32_t id_off; /* into STRINGS */
    uint32_t id_len;
    uint16_t purpose;
    uint8_t kind;
    uint8_t state;
    uint32_t reserved;
} snap_objection;

typedef struct snap_deleted {
    int64_t at;
    uint32_t id_off; /* into STRINGS */
    uint32_t id_len;
} snap_deleted;

typedef struct snap_str {
    uint32_t off, len; /* into STRINGS */
} snap_str;

/* The hash of a user id for the index: 64-bit, over 8-byte words (ids are
 * short), finished with a murmur-style mix. Part of the format. */
static inline uint64_t askf__snap_hash(const char *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n;
    while (n >= 8) {
        uint64_t w;
        __builtin_memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    __builtin_memcpy(&w, p, n);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    return h;
}

_Static_assert(sizeof(snap_header) == ASKF__SNAP_HEADER_SIZE, "snapshot header layout");
_Static_assert(sizeof(snap_record) == 24, "snapshot record layout");
_Static_assert(sizeof(snap_ext) == 32, "snapshot ext layout");
_Static_assert(sizeof(snap_choice) == 16, "snapshot choice layout");
_Static_assert(sizeof(snap_objection) == 32, "snapshot objection layout");
_Static_assert(sizeof(snap_deleted) == 16, "snapshot deletion layout");

#endif
