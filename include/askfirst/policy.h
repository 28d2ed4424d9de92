/*
 * askfirst/policy.h - load and query a policy: the purposes a platform wants to
 * process member content for, their legal basis, defaults, recipients, content
 * kinds, region and age rules, and the notice a member is shown.
 *
 * A loaded askf_policy is immutable and may be shared by any number of threads.
 * Every const pointer returned by an accessor is owned by the policy and valid
 * until askf_policy_free().
 */
#ifndef ASKFIRST_POLICY_H
#define ASKFIRST_POLICY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct askf_policy askf_policy;
typedef struct askf_purpose askf_purpose;

typedef enum askf_basis {
    ASKF_BASIS_CONSENT = 1,
    ASKF_BASIS_LEGITIMATE_INTEREST = 2,
    ASKF_BASIS_CONTRACT = 3,
    ASKF_BASIS_LEGAL_OBLIGATION = 4
} askf_basis;

#define ASKF_HASH_SIZE 32

/*
 * Parse and validate a policy from memory. `source` names the text in error
 * messages (a file path, or "<request>"); it is copied. On failure *out is
 * NULL and `err` (may be NULL) names the line, column and key at fault.
 */
ASKF_API askf_status askf_policy_load(const char *text, size_t len, const char *source,
                                      askf_policy **out, askf_error *err);
/* Same, reading the file at `path`. */
ASKF_API askf_status askf_policy_load_file(const char *path, askf_policy **out, askf_error *err);
ASKF_API void askf_policy_free(askf_policy *p);

ASKF_API const char *askf_policy_name(const askf_policy *p);
ASKF_API const char *askf_policy_version(const askf_policy *p);
/* SHA-256 of the policy's exact source text, 32 bytes / 64 lowercase hex chars + NUL. */
ASKF_API const uint8_t *askf_policy_hash(const askf_policy *p);
ASKF_API const char *askf_policy_hash_hex(const askf_policy *p);
/* The exact source text (NUL-terminated) and its length. */
ASKF_API const char *askf_policy_text(const askf_policy *p, size_t *len);

ASKF_API size_t askf_policy_purpose_count(const askf_policy *p);
/* Index of the purpose with this id, or -1. */
ASKF_API int askf_policy_purpose_index(const askf_policy *p, const char *id, size_t id_len);
/* Purpose by index (0 <= i < count), NULL when out of range. */
ASKF_API const askf_purpose *askf_policy_purpose(const askf_policy *p, size_t i);

ASKF_API const char *askf_purpose_id(const askf_purpose *u);
ASKF_API const char *askf_purpose_title(const askf_purpose *u);
ASKF_API const char *askf_purpose_notice(const askf_purpose *u);
ASKF_API askf_basis askf_purpose_basis(const askf_purpose *u);
ASKF_API const char *askf_basis_name(askf_basis b);
/* Notice hash: SHA-256 over everything a member consents to (see docs/policy.md). */
ASKF_API const uint8_t *askf_purpose_notice_hash(const askf_purpose *u);
ASKF_API const char *askf_purpose_notice_hash_hex(const askf_purpose *u);
ASKF_API int askf_purpose_objectable(const askf_purpose *u);
ASKF_API int askf_purpose_user_initiated_only(const askf_purpose *u);
/* Minimum age in years; 0 = no age rule. */
ASKF_API unsigned askf_purpose_min_age(const askf_purpose *u);
/* Whether members may record grant/refuse choices for it (consent or legitimate interest). */
ASKF_API int askf_purpose_choosable(const askf_purpose *u);
ASKF_API size_t askf_purpose_recipient_count(const askf_purpose *u);
ASKF_API const char *askf_purpose_recipient(const askf_purpose *u, size_t i);
/* Whether a recipient other than first_party is listed (GPC counts as refusal then). */
ASKF_API int askf_purpose_shares(const askf_purpose *u);
ASKF_API int askf_purpose_has_recipient(const askf_purpose *u, const char *r, size_t len);
ASKF_API size_t askf_purpose_kind_count(const askf_purpose *u);
ASKF_API const char *askf_purpose_kind(const askf_purpose *u, size_t i);
ASKF_API int askf_purpose_has_kind(const askf_purpose *u, const char *k, size_t len);
/* Region rules for an ISO 3166-1 alpha-2 code ("DE"); codes outside A-Z answer
 * excluded=1 and default deny (fail closed). */
ASKF_API int askf_purpose_region_excluded(const askf_purpose *u, const char region[2]);
ASKF_API int askf_purpose_default_allow(const askf_purpose *u, const char region[2]);

/* The optional free-text `controller` of the policy, or NULL when the file has none. */
ASKF_API const char *askf_policy_controller(const askf_policy *p);
/*
 * The PII minimisation action the policy's `minimise` mapping chooses for a PII
 * type name ("EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN",
 * "URL", "HANDLE", "PERSON"): one of "tag", "mask", "pseudonym", "drop_record",
 * "keep". Types the policy does not list answer "pseudonym" for PERSON and
 * HANDLE and "tag" otherwise; so do unknown type names and p == NULL. Static
 * storage; never NULL.
 */
ASKF_API const char *askf_policy_minimise(const askf_policy *p, const char *type);
/* The purpose's `exclude_regions` entries as written (country codes and group
 * names), for display; the region table behind askf_purpose_region_excluded()
 * is what decisions use. */
ASKF_API size_t askf_purpose_exclude_region_count(const askf_purpose *u);
ASKF_API const char *askf_purpose_exclude_region(const askf_purpose *u, size_t i);

/* Region groups known to the policy language: "EU", "EEA", "EFTA", "UK". */
/* Whether `code` (2 letters) is an assigned ISO 3166-1 alpha-2 country code. */
ASKF_API int askf_region_valid(const char *code, size_t len);
/* Whether `region` is in `group` ("EU", "EEA", "EFTA", "UK") or equals it. */
ASKF_API int askf_region_in_group(const char region[2], const char *group);

#ifdef __cplusplus
}
#endif
#endif
