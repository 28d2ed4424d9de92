/*
 * policy_int.h - the policy module's own internals: the loaded structures
 * behind the opaque askf_policy / askf_purpose handles and the region tables
 * shared by policy.c (the loader) and regions.c (codes and groups).
 * Nothing outside lib/policy/ includes this header except the policy unit test.
 */
#ifndef ASKF_POLICY_INT_H
#define ASKF_POLICY_INT_H

#include "askfirst/policy.h"

#include <stdint.h>

/* One slot per two-letter code AA..ZZ; index = (c0-'A')*26 + (c1-'A'). */
#define ASKF__REGION_SLOTS (26 * 26)
/* Bits of a purpose's region table. */
#define ASKF__REGION_EXCLUDED 1u
#define ASKF__REGION_ALLOW 2u

/* Limits that keep a hostile policy file from costing more than a normal one. */
#define ASKF__POLICY_MAX_BYTES (16u << 20)
#define ASKF__POLICY_MAX_PURPOSES 256
#define ASKF__POLICY_MAX_RECIPIENTS 64
#define ASKF__POLICY_MAX_ID 64
#define ASKF__POLICY_MAX_AGE 150

/* PII types the `minimise` mapping may name, and the actions it may choose. */
#define ASKF__PII_TYPE_COUNT 10
#define ASKF__PII_ACTION_COUNT 5

/* Region groups of the policy language, in a fixed order. */
enum { ASKF__GROUP_EU, ASKF__GROUP_EEA, ASKF__GROUP_EFTA, ASKF__GROUP_UK, ASKF__GROUP_COUNT };

struct askf_purpose {
    char *id;
    size_t id_len;
    char *title;
    char *notice;
    askf_basis basis;
    char **recipients; /* as listed */
    size_t n_recipients;
    char **kinds; /* as listed */
    size_t n_kinds;
    char **exclude; /* exclude_regions entries as listed (codes and group names) */
    size_t n_exclude;
    unsigned min_age;
    int objectable;
    int user_initiated_only;
    int shares;
    uint8_t notice_hash[ASKF_HASH_SIZE];
    char notice_hash_hex[2 * ASKF_HASH_SIZE + 1];
    /* ASKF__REGION_EXCLUDED | ASKF__REGION_ALLOW per code: the O(1) answer decide needs. */
    uint8_t region[ASKF__REGION_SLOTS];
};

struct askf_policy {
    char *text; /* exact source, NUL-terminated */
    size_t len;
    char *source;
    char *name;
    char *version;
    char *controller; /* NULL when absent */
    uint8_t hash[ASKF_HASH_SIZE];
    char hash_hex[2 * ASKF_HASH_SIZE + 1];
    askf_purpose *purposes;
    size_t n_purposes;
    uint8_t minimise[ASKF__PII_TYPE_COUNT]; /* index into the action names */
};

/* Slot of a two-letter code, or -1 when either byte is outside A-Z. */
static inline int askf__region_slot(const char *r)
{
    unsigned a = (unsigned char)r[0] - 'A', b = (unsigned char)r[1] - 'A';
    return (a < 26 && b < 26) ? (int)(a * 26 + b) : -1;
}

/* Group index for a name ("EU", "EEA", "EFTA", "UK"), or -1. */
int askf__region_group(const char *name, size_t len);
const char *askf__region_group_name(int group);
/* Whether the code at `slot` is a member of `group`. */
int askf__region_group_has(int group, int slot);
/* Whether the code at `slot` is an assigned ISO 3166-1 alpha-2 code. */
int askf__region_assigned(int slot);

/* PII type / action names (static storage); index lookups return -1 when unknown. */
const char *askf__pii_type_name(int i);
int askf__pii_type_index(const char *s, size_t len);
const char *askf__pii_action_name(int i);
int askf__pii_action_index(const char *s, size_t len);
/* The action a PII type gets when the policy does not say. */
int askf__pii_default_action(int type);

/* Compute a purpose's notice hash into u->notice_hash / notice_hash_hex (docs/policy.md). */
void askf__purpose_notice_hash(askf_purpose *u);

#endif
