/*
 * test_policy.c - lib/policy: the shipped policies, region tables and groups,
 * default-mapping resolution, notice hashes, one case per validation error
 * class (with line, column and key path), unreadable files, and allocation
 * failure at every allocation of a load.
 */
#include "check.h"

#include "askfirst/policy.h"
#include "common/alloc.h"
#include "common/hash.h"

#include <stdint.h>

#define HEAD "name: t\nversion: \"1\"\npurposes:\n"
#define P0 "  - id: train.generative\n    title: T\n    notice: N\n    basis: consent\n"

static char *shipped_path(const char *name)
{
    static char path[4096];
    const char *root = getenv("ASKF_SRCDIR");
    snprintf(path, sizeof path, "%s/policies/%s", root && *root ? root : ".", name);
    return path;
}

static askf_policy *load_shipped(const char *name)
{
    askf_policy *p = NULL;
    askf_error e;
    askf_status st = askf_policy_load_file(shipped_path(name), &p, &e);
    if (st != ASKF_OK)
        printf("#   %s: %s\n", name, e.msg);
    return p;
}

static askf_status load_str(const char *yaml, askf_policy **p, askf_error *e)
{
    return askf_policy_load(yaml, strlen(yaml), "t.yaml", p, e);
}

static const askf_purpose *purpose(const askf_policy *p, const char *id)
{
    int i = askf_policy_purpose_index(p, id, strlen(id));
    return i < 0 ? NULL : askf_policy_purpose(p, (size_t)i);
}

/* Load `yaml`, expect ERR_PARSE at line/col with key path `field` and `needle` in msg. */
static void expect_error(const char *yaml, unsigned line, unsigned col, const char *field,
                         const char *needle)
{
    askf_policy *p = (askf_policy *)1;
    askf_error e;
    askf_status st = load_str(yaml, &p, &e);
    CHECK_EQ_INT(st, ASKF_ERR_PARSE);
    CHECK(p == NULL);
    CHECK_EQ_INT(e.status, ASKF_ERR_PARSE);
    CHECK_EQ_INT(e.line, line);
    CHECK_EQ_INT(e.column, col);
    CHECK_EQ_STR(e.field, field);
    CHECK(strncmp(e.msg, "t.yaml:", 7) == 0);
    if (!strstr(e.msg, needle))
        printf("#   message \"%s\" lacks \"%s\"\n", e.msg, needle);
    CHECK(strstr(e.msg, needle) != NULL);
    char prefix[128];
    snprintf(prefix, sizeof prefix, "t.yaml:%u:%u: %s%s", line, col, field, *field ? ": " : "");
    CHECK(strncmp(e.msg, prefix, strlen(prefix)) == 0);
}

TEST(askfirst_policy_asks_first_for_training)
{
    askf_policy *p = load_shipped("askfirst.yaml");
    CHECK(p != NULL);
    if (!p)
        return;
    CHECK_EQ_STR(askf_policy_name(p), "askfirst");
    CHECK_EQ_STR(askf_policy_version(p), "2026-11-01");
    CHECK_EQ_STR(askf_policy_controller(p), "Example Platform Ltd");
    CHECK_EQ_INT(askf_policy_purpose_count(p), 5);
    const char *ids[] = {"train.generative", "train.other", "personalization", "security",
                         "inference"};
    for (size_t i = 0; i < 5; i++)
        CHECK(purpose(p, ids[i]) != NULL);
    const askf_purpose *g = purpose(p, "train.generative");
    CHECK_EQ_INT(askf_purpose_basis(g), ASKF_BASIS_CONSENT);
    CHECK_EQ_INT(askf_purpose_min_age(g), 18);
    CHECK_EQ_INT(askf_purpose_recipient_count(g), 1);
    CHECK_EQ_STR(askf_purpose_recipient(g, 0), "first_party");
    CHECK_EQ_INT(askf_purpose_shares(g), 0);
    CHECK_EQ_INT(askf_purpose_choosable(g), 1);
    CHECK_EQ_INT(askf_purpose_has_kind(g, "message", 7), 0);
    const char *regions[] = {"DE", "US", "GB", "CH", "IN", "BR", "NO"};
    for (size_t i = 0; i < 7; i++) {
        CHECK_EQ_INT(askf_purpose_region_excluded(g, regions[i]), 0);
        CHECK_EQ_INT(askf_purpose_default_allow(g, regions[i]), 0);
    }
    const askf_purpose *o = purpose(p, "train.other");
    CHECK_EQ_INT(askf_purpose_basis(o), ASKF_BASIS_CONSENT);
    CHECK_EQ_INT(askf_purpose_default_allow(o, "US"), 0);
    CHECK_EQ_INT(askf_purpose_min_age(o), 18);
    const askf_purpose *s = purpose(p, "security");
    CHECK_EQ_INT(askf_purpose_basis(s), ASKF_BASIS_LEGAL_OBLIGATION);
    CHECK_EQ_INT(askf_purpose_objectable(s), 0);
    CHECK_EQ_INT(askf_purpose_choosable(s), 0);
    CHECK_EQ_INT(askf_purpose_has_kind(s, "message", 7), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(s, "DE"), 1);
    const askf_purpose *n = purpose(p, "inference");
    CHECK_EQ_INT(askf_purpose_basis(n), ASKF_BASIS_CONTRACT);
    CHECK_EQ_INT(askf_purpose_user_initiated_only(n), 1);
    CHECK_EQ_INT(askf_purpose_has_kind(n, "ai_input", 8), 1);
    const askf_purpose *z = purpose(p, "personalization");
    CHECK_EQ_INT(askf_purpose_basis(z), ASKF_BASIS_LEGITIMATE_INTEREST);
    CHECK_EQ_INT(askf_purpose_objectable(z), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(z, "FR"), 1);
    for (size_t i = 0; i < askf_policy_purpose_count(p); i++) {
        const askf_purpose *u = askf_policy_purpose(p, i);
        if (strncmp(askf_purpose_id(u), "train.", 6) == 0)
            CHECK_EQ_INT(askf_purpose_has_kind(u, "message", 7), 0);
    }
    CHECK_EQ_STR(askf_policy_minimise(p, "CREDIT_CARD"), "drop_record");
    CHECK_EQ_STR(askf_policy_minimise(p, "PERSON"), "pseudonym");
    askf_policy_free(p);
}

TEST(linkedin_policy_reproduces_september_2024)
{
    askf_policy *p = load_shipped("linkedin-2024.yaml");
    CHECK(p != NULL);
    if (!p)
        return;
    CHECK_EQ_STR(askf_policy_name(p), "linkedin-2024");
    CHECK_EQ_INT(askf_policy_purpose_count(p), 5);
    const askf_purpose *g = purpose(p, "train.generative");
    CHECK(g != NULL);
    CHECK_EQ_INT(askf_purpose_basis(g), ASKF_BASIS_LEGITIMATE_INTEREST);
    CHECK_EQ_INT(askf_purpose_choosable(g), 1);
    CHECK_EQ_INT(askf_purpose_shares(g), 1);
    CHECK_EQ_INT(askf_purpose_has_recipient(g, "affiliates:microsoft", 20), 1);
    CHECK_EQ_INT(askf_purpose_has_recipient(g, "affiliates:microsof", 19), 0);
    CHECK_EQ_INT(askf_purpose_has_recipient(g, "first_party", 11), 1);
    CHECK_EQ_INT(askf_purpose_min_age(g), 18);
    CHECK_EQ_INT(askf_purpose_kind_count(g), 4);
    CHECK_EQ_INT(askf_purpose_has_kind(g, "message", 7), 0);
    CHECK_EQ_INT(askf_purpose_has_kind(g, "post", 4), 1);
    CHECK_EQ_INT(askf_purpose_has_kind(g, "pos", 3), 0);
    /* EU, EEA and Switzerland are left out; the UK and the US are not. */
    const char *out[] = {"DE", "FR", "GR", "IE", "IS", "LI", "NO", "CH"};
    for (size_t i = 0; i < sizeof out / sizeof *out; i++)
        CHECK_EQ_INT(askf_purpose_region_excluded(g, out[i]), 1);
    const char *in[] = {"US", "GB", "IN", "BR", "CA", "JP"};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        CHECK_EQ_INT(askf_purpose_region_excluded(g, in[i]), 0);
        CHECK_EQ_INT(askf_purpose_default_allow(g, in[i]), 1);
    }
    CHECK_EQ_INT(askf_purpose_exclude_region_count(g), 3);
    CHECK_EQ_STR(askf_purpose_exclude_region(g, 2), "CH");
    const askf_purpose *o = purpose(p, "train.other");
    CHECK_EQ_INT(askf_purpose_basis(o), ASKF_BASIS_LEGITIMATE_INTEREST);
    CHECK_EQ_INT(askf_purpose_objectable(o), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(o, "DE"), 1);
    CHECK_EQ_INT(askf_purpose_user_initiated_only(purpose(p, "inference")), 1);
    CHECK_EQ_INT(askf_purpose_objectable(purpose(p, "security")), 0);
    CHECK_EQ_STR(askf_policy_minimise(p, "EMAIL"), "tag");
    CHECK_EQ_STR(askf_policy_minimise(p, "HANDLE"), "pseudonym");
    /* The same purposes, so one ledger can be decided under both policies. */
    askf_policy *a = load_shipped("askfirst.yaml");
    CHECK(a != NULL);
    for (size_t i = 0; a && i < askf_policy_purpose_count(p); i++) {
        const char *id = askf_purpose_id(askf_policy_purpose(p, i));
        CHECK(askf_policy_purpose_index(a, id, strlen(id)) >= 0);
    }
    askf_policy_free(a);
    askf_policy_free(p);
}

TEST(policy_hash_is_sha256_of_exact_text)
{
    askf_policy *p = load_shipped("askfirst.yaml");
    CHECK(p != NULL);
    if (!p)
        return;
    size_t len = 0;
    const char *text = askf_policy_text(p, &len);
    CHECK(len > 100);
    CHECK_EQ_INT(strlen(text), len);
    uint8_t h[32];
    char hex[65];
    askf__sha256(text, len, h);
    CHECK_MEM(askf_policy_hash(p), 32, h);
    askf__hex(h, 32, hex);
    CHECK_EQ_STR(askf_policy_hash_hex(p), hex);
    CHECK_EQ_INT(askf_policy_purpose_index(p, "train", 5), -1);
    CHECK(askf_policy_purpose(p, 5) == NULL);
    askf_policy_free(p);
}

TEST(region_codes_are_the_249_assigned_ones)
{
    int n = 0;
    char c[2];
    for (c[0] = 'A'; c[0] <= 'Z'; c[0]++)
        for (c[1] = 'A'; c[1] <= 'Z'; c[1]++)
            n += askf_region_valid(c, 2);
    CHECK_EQ_INT(n, 249);
    CHECK(askf_region_valid("GB", 2));
    CHECK(askf_region_valid("GR", 2));
    CHECK(askf_region_valid("SS", 2));
    CHECK(!askf_region_valid("UK", 2));
    CHECK(!askf_region_valid("EU", 2));
    CHECK(!askf_region_valid("EL", 2));
    CHECK(!askf_region_valid("XK", 2));
    CHECK(!askf_region_valid("de", 2));
    CHECK(!askf_region_valid("DEU", 3));
    CHECK(!askf_region_valid("D", 1));
}

TEST(region_groups_have_their_2026_members)
{
    int eu = 0, eea = 0, efta = 0, uk = 0;
    char c[2];
    for (c[0] = 'A'; c[0] <= 'Z'; c[0]++)
        for (c[1] = 'A'; c[1] <= 'Z'; c[1]++) {
            eu += askf_region_in_group(c, "EU");
            eea += askf_region_in_group(c, "EEA");
            efta += askf_region_in_group(c, "EFTA");
            uk += askf_region_in_group(c, "UK");
        }
    /* EU and UK also "equal" themselves as two-letter tokens. */
    CHECK_EQ_INT(eu, 27 + 1);
    CHECK_EQ_INT(eea, 30);
    CHECK_EQ_INT(efta, 4);
    CHECK_EQ_INT(uk, 1 + 1);
    CHECK(askf_region_in_group("GR", "EU"));
    CHECK(askf_region_in_group("HR", "EU"));
    CHECK(askf_region_in_group("HU", "EU"));
    CHECK(!askf_region_in_group("GB", "EU"));
    CHECK(askf_region_in_group("GB", "UK"));
    CHECK(askf_region_in_group("NO", "EEA"));
    CHECK(!askf_region_in_group("NO", "EU"));
    CHECK(askf_region_in_group("CH", "EFTA"));
    CHECK(!askf_region_in_group("CH", "EEA"));
    CHECK(askf_region_in_group("DE", "DE"));
    CHECK(!askf_region_in_group("DE", "APAC"));
    CHECK(!askf_region_in_group("de", "EU"));
}

TEST(region_questions_fail_closed_outside_a_to_z)
{
    askf_policy *p = load_shipped("linkedin-2024.yaml");
    CHECK(p != NULL);
    if (!p)
        return;
    const askf_purpose *g = purpose(p, "train.generative");
    const char *bad[] = {"us", "\0\0", "U1", "@A", "Z[", "\xc3\x84"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_EQ_INT(askf_purpose_region_excluded(g, bad[i]), 1);
        CHECK_EQ_INT(askf_purpose_default_allow(g, bad[i]), 0);
    }
    /* A-Z but unassigned: not excluded by a list, takes the "*" default. */
    CHECK_EQ_INT(askf_purpose_region_excluded(g, "ZZ"), 0);
    CHECK_EQ_INT(askf_purpose_default_allow(g, "ZZ"), 1);
    askf_policy_free(p);
}

TEST(default_mapping_code_beats_group_beats_star_first_group_wins)
{
    askf_policy *p = NULL;
    askf_error e;
    const char *y = HEAD "  - id: a\n    title: T\n    notice: N\n    basis: legitimate_interest\n"
                         "    default: {\"*\": deny, EEA: allow, EU: deny, FR: deny, US: allow}\n"
                         "  - id: b\n    title: T\n    notice: N\n    basis: legitimate_interest\n"
                         "    default: {EU: deny, EEA: allow, \"*\": allow, UK: deny}\n"
                         "    exclude_regions: [EFTA]\n";
    CHECK_EQ_INT(load_str(y, &p, &e), ASKF_OK);
    if (!p) {
        printf("#   %s\n", e.msg);
        return;
    }
    const askf_purpose *a = purpose(p, "a"), *b = purpose(p, "b");
    CHECK_EQ_INT(askf_purpose_default_allow(a, "DE"), 1); /* EEA listed first */
    CHECK_EQ_INT(askf_purpose_default_allow(a, "FR"), 0); /* explicit code */
    CHECK_EQ_INT(askf_purpose_default_allow(a, "NO"), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(a, "US"), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(a, "JP"), 0); /* "*" */
    CHECK_EQ_INT(askf_purpose_default_allow(b, "DE"), 0); /* EU listed first */
    CHECK_EQ_INT(askf_purpose_default_allow(b, "NO"), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(b, "GB"), 0);
    CHECK_EQ_INT(askf_purpose_default_allow(b, "US"), 1);
    CHECK_EQ_INT(askf_purpose_region_excluded(b, "CH"), 1);
    CHECK_EQ_INT(askf_purpose_region_excluded(b, "NO"), 1);
    CHECK_EQ_INT(askf_purpose_region_excluded(b, "DE"), 0);
    CHECK_EQ_INT(askf_purpose_region_excluded(a, "CH"), 0);
    askf_policy_free(p);
}

TEST(omitted_keys_take_their_documented_defaults)
{
    askf_policy *p = NULL;
    askf_error e;
    CHECK_EQ_INT(load_str(HEAD P0, &p, &e), ASKF_OK);
    if (!p)
        return;
    const askf_purpose *u = askf_policy_purpose(p, 0);
    CHECK(askf_policy_controller(p) == NULL);
    CHECK_EQ_INT(askf_purpose_recipient_count(u), 1);
    CHECK_EQ_STR(askf_purpose_recipient(u, 0), "first_party");
    CHECK_EQ_INT(askf_purpose_kind_count(u), 4);
    CHECK_EQ_STR(askf_purpose_kind(u, 3), "profile");
    CHECK_EQ_INT(askf_purpose_exclude_region_count(u), 0);
    CHECK_EQ_INT(askf_purpose_min_age(u), 0);
    CHECK_EQ_INT(askf_purpose_objectable(u), 0);
    CHECK_EQ_INT(askf_purpose_user_initiated_only(u), 0);
    CHECK_EQ_INT(askf_purpose_default_allow(u, "US"), 0);
    CHECK_EQ_INT(askf_purpose_region_excluded(u, "US"), 0);
    CHECK_EQ_STR(askf_basis_name(askf_purpose_basis(u)), "consent");
    CHECK_EQ_STR(askf_policy_minimise(p, "EMAIL"), "tag");
    CHECK_EQ_STR(askf_policy_minimise(p, "PERSON"), "pseudonym");
    CHECK_EQ_STR(askf_policy_minimise(p, "NOT_A_TYPE"), "tag");
    CHECK_EQ_STR(askf_policy_minimise(NULL, "HANDLE"), "pseudonym");
    askf_policy_free(p);
}

static void notice_hash_of(const char *purpose_yaml, uint8_t out[32])
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", HEAD, purpose_yaml);
    askf_policy *p = NULL;
    askf_error e;
    memset(out, 0, 32);
    if (load_str(buf, &p, &e) != ASKF_OK) {
        printf("#   %s\n", e.msg);
        CHECK(0);
        return;
    }
    memcpy(out, askf_purpose_notice_hash(askf_policy_purpose(p, 0)), 32);
    askf_policy_free(p);
}

static void put_field(askf_sha256 *h, const char *s)
{
    uint64_t n = strlen(s);
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(n >> (56 - 8 * i));
    askf__sha256_update(h, b, 8);
    askf__sha256_update(h, s, (size_t)n);
}

static void put_count(askf_sha256 *h, uint64_t n)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(n >> (56 - 8 * i));
    askf__sha256_update(h, b, 8);
}

TEST(notice_hash_follows_the_documented_encoding)
{
    uint8_t got[32], want[32];
    askf__crypto_init();
    notice_hash_of("  - id: x.y\n    title: T\n    notice: |\n      Hello\n    basis: consent\n"
                   "    recipients: [processor:acme, first_party]\n"
                   "    content_kinds: [profile, ai_input]\n    user_initiated_only: true\n",
                   got);
    askf_sha256 h;
    askf__sha256_init(&h);
    put_field(&h, "askfirst-notice-v1");
    put_field(&h, "x.y");
    put_field(&h, "T");
    put_field(&h, "Hello\n");
    put_field(&h, "consent");
    put_count(&h, 2);
    put_field(&h, "first_party");
    put_field(&h, "processor:acme");
    put_count(&h, 2);
    put_field(&h, "ai_input");
    put_field(&h, "profile");
    put_field(&h, "true");
    askf__sha256_final(&h, want);
    CHECK_MEM(got, 32, want);
}

TEST(notice_hash_changes_with_what_the_member_agreed_to)
{
    uint8_t base[32], same[32], h[32];
    const char *b = "  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
                    "    recipients: [first_party, \"affiliates:x\"]\n"
                    "    content_kinds: [post, comment]\n";
    notice_hash_of(b, base);
    notice_hash_of(b, same);
    CHECK_MEM(base, 32, same);
    /* Listing order, region rules, age and objectability are not part of the notice. */
    notice_hash_of("  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
                   "    recipients: [\"affiliates:x\", first_party]\n"
                   "    content_kinds: [comment, post]\n    min_age: 18\n    objectable: true\n"
                   "    default: {\"*\": deny, US: deny}\n    exclude_regions: [EU]\n",
                   h);
    CHECK_MEM(base, 32, h);
    const char *changed[] = {
        /* the notice text */
        "  - id: a\n    title: T\n    notice: N2\n    basis: consent\n"
        "    recipients: [first_party, \"affiliates:x\"]\n    content_kinds: [post, comment]\n",
        /* a recipient added */
        "  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
        "    recipients: [first_party, \"affiliates:x\", \"third_party:y\"]\n"
        "    content_kinds: [post, comment]\n",
        /* a content kind added */
        "  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
        "    recipients: [first_party, \"affiliates:x\"]\n    content_kinds: [post, comment, "
        "article]\n",
        /* the title */
        "  - id: a\n    title: T.\n    notice: N\n    basis: consent\n"
        "    recipients: [first_party, \"affiliates:x\"]\n    content_kinds: [post, comment]\n",
        /* the basis */
        "  - id: a\n    title: T\n    notice: N\n    basis: legitimate_interest\n"
        "    recipients: [first_party, \"affiliates:x\"]\n    content_kinds: [post, comment]\n",
        /* user_initiated_only */
        "  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
        "    recipients: [first_party, \"affiliates:x\"]\n    content_kinds: [post, comment]\n"
        "    user_initiated_only: true\n",
    };
    for (size_t i = 0; i < sizeof changed / sizeof *changed; i++) {
        notice_hash_of(changed[i], h);
        if (memcmp(base, h, 32) == 0)
            printf("#   variant %zu kept the hash\n", i);
        CHECK(memcmp(base, h, 32) != 0);
    }
}

TEST(notice_hash_of_shipped_policy_is_stable_across_loads)
{
    askf_policy *a = load_shipped("linkedin-2024.yaml"), *b = load_shipped("linkedin-2024.yaml");
    CHECK(a && b);
    if (a && b)
        for (size_t i = 0; i < askf_policy_purpose_count(a); i++) {
            const askf_purpose *x = askf_policy_purpose(a, i), *y = askf_policy_purpose(b, i);
            CHECK_MEM(askf_purpose_notice_hash(x), 32, askf_purpose_notice_hash(y));
            CHECK_EQ_INT(strlen(askf_purpose_notice_hash_hex(x)), 64);
        }
    askf_policy_free(a);
    askf_policy_free(b);
}

TEST(error_unknown_key)
{
    expect_error(HEAD P0 "    colour: red\n", 8, 5, "purposes[0].colour", "unknown key 'colour'");
    expect_error("nme: t\n", 1, 1, "nme", "unknown key 'nme' (expected name, version");
}

TEST(error_bad_basis)
{
    expect_error(HEAD "  - id: a\n    title: T\n    notice: N\n    basis: maybe\n", 7, 12,
                 "purposes[0].basis",
                 "unknown basis 'maybe' (expected consent, legitimate_interest, contract, "
                 "legal_obligation)");
}

TEST(error_consent_purpose_on_by_default)
{
    expect_error(HEAD "  - id: a\n    title: T\n    notice: N\n    basis: consent\n"
                      "    default: {\"*\": deny, US: allow}\n",
                 8, 14, "purposes[0].default",
                 "purpose 'a' has basis consent, so it must default to deny in every region");
}

TEST(error_missing_id)
{
    expect_error(HEAD "  - title: T\n    notice: N\n    basis: consent\n", 4, 5, "purposes[0].id",
                 "missing required key 'id'");
    expect_error("version: \"1\"\npurposes:\n" P0, 1, 1, "name", "missing required key 'name'");
}

TEST(error_duplicate_purpose_id)
{
    expect_error(HEAD P0 P0, 8, 9, "purposes[1].id",
                 "duplicate purpose id 'train.generative' (also purposes[0])");
}

TEST(error_duplicate_key)
{
    expect_error(HEAD P0 "    basis: contract\n", 8, 5, "purposes[0].basis",
                 "duplicate key 'basis' (first at line 7)");
}

TEST(error_message_kind_in_training_purpose)
{
    expect_error(HEAD P0 "    content_kinds: [post, message]\n", 8, 27,
                 "purposes[0].content_kinds[1]", "private messages are never training data");
    /* Allowed for purposes that do not train. */
    askf_policy *p = NULL;
    askf_error e;
    CHECK_EQ_INT(load_str(HEAD "  - id: security\n    title: T\n    notice: N\n"
                               "    basis: legal_obligation\n    content_kinds: [message]\n",
                          &p, &e),
                 ASKF_OK);
    askf_policy_free(p);
    expect_error(HEAD P0 "    content_kinds: [post, letter]\n", 8, 27,
                 "purposes[0].content_kinds[1]", "unknown content kind 'letter'");
}

TEST(error_bad_region)
{
    expect_error(HEAD P0 "    exclude_regions: [DE, XX]\n", 8, 27, "purposes[0].exclude_regions[1]",
                 "'XX' is not an assigned ISO 3166-1 alpha-2 country code");
    expect_error(HEAD P0 "    exclude_regions: [de]\n", 8, 23, "purposes[0].exclude_regions[0]",
                 "region codes are upper case: write 'DE'");
}

TEST(error_unknown_group)
{
    expect_error(HEAD P0 "    exclude_regions: [EU, APAC]\n", 8, 27,
                 "purposes[0].exclude_regions[1]", "unknown region 'APAC'");
    expect_error(HEAD P0 "    default: {\"*\": deny, LATAM: allow}\n", 8, 26,
                 "purposes[0].default.LATAM", "unknown region 'LATAM'");
}

TEST(error_default_mapping_without_star)
{
    expect_error(HEAD P0 "    default: {US: allow, EU: deny}\n", 8, 14, "purposes[0].default",
                 "needs a \"*\" entry");
    expect_error(HEAD P0 "    default: sometimes\n", 8, 14, "purposes[0].default",
                 "unknown default 'sometimes' (expected deny or allow)");
}

TEST(error_bad_recipient_and_values)
{
    expect_error(HEAD P0 "    recipients: [first_party, \"partners:x\"]\n", 8, 31,
                 "purposes[0].recipients[1]", "invalid recipient 'partners:x'");
    expect_error(HEAD P0 "    min_age: eighteen\n", 8, 14, "purposes[0].min_age",
                 "expected a whole number of years");
    expect_error(HEAD P0 "    objectable: yes\n", 8, 17, "purposes[0].objectable",
                 "expected true or false");
    expect_error(HEAD "  - id: Train!\n", 4, 9, "purposes[0].id", "invalid purpose id 'Train!'");
    expect_error("name: t\nversion: \"1\"\npurposes: []\n", 3, 11, "purposes",
                 "must list at least one purpose");
    expect_error(HEAD P0 "minimise: {EMAIL: hide}\n", 8, 19, "minimise.EMAIL",
                 "unknown action 'hide'");
    expect_error(HEAD P0 "minimise: {NAME: tag}\n", 8, 12, "minimise.NAME",
                 "unknown PII type 'NAME'");
}

TEST(error_not_yaml)
{
    expect_error("name: [unclosed\nversion: {\n", 2, 8, "", "invalid YAML");
    expect_error("\t- :\n  \x01", 2, 3, "", "");
    expect_error("- just\n- a list\n", 1, 1, "", "a policy is a mapping");
    expect_error(HEAD P0 "---\nname: second\n", 8, 1, "", "one YAML document");
}

TEST(error_empty_file)
{
    expect_error("", 1, 1, "", "the policy is empty");
    expect_error("# only a comment\n", 1, 1, "", "the policy is empty");
    askf_policy *p = (askf_policy *)1;
    askf_error e;
    CHECK_EQ_INT(askf_policy_load(NULL, 0, NULL, &p, &e), ASKF_ERR_PARSE);
    CHECK(p == NULL);
    CHECK(strstr(e.msg, "<policy>") != NULL);
}

TEST(unreadable_file_is_reported_with_its_path)
{
    askf_policy *p = (askf_policy *)1;
    askf_error e;
    char path[512];
    snprintf(path, sizeof path, "%s/no-such-policy.yaml", check_tmpdir());
    CHECK_EQ_INT(askf_policy_load_file(path, &p, &e), ASKF_ERR_IO);
    CHECK(p == NULL);
    CHECK(strstr(e.msg, path) != NULL);
    CHECK(strstr(e.msg, "cannot open") != NULL);
    CHECK_EQ_INT(askf_policy_load_file(check_tmpdir(), &p, &e), ASKF_ERR_IO);
    CHECK(strstr(e.msg, "cannot read") != NULL);
    /* Errors from a file name the file. */
    snprintf(path, sizeof path, "%s/bad.yaml", check_tmpdir());
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs(HEAD "  - id: a\n    title: T\n    notice: N\n    basis: maybe\n", f);
    fclose(f);
    CHECK_EQ_INT(askf_policy_load_file(path, &p, &e), ASKF_ERR_PARSE);
    char want[600];
    snprintf(want, sizeof want, "%s:7:12: purposes[0].basis: unknown basis 'maybe'", path);
    CHECK(strncmp(e.msg, want, strlen(want)) == 0);
}

TEST(allocation_failure_at_every_step_is_clean)
{
    size_t len = 0;
    askf_policy *ref = load_shipped("linkedin-2024.yaml");
    CHECK(ref != NULL);
    if (!ref)
        return;
    const char *text = askf_policy_text(ref, &len);
    long n;
    int ok = 0;
    for (n = 0; n < 100000 && !ok; n++) {
        askf_policy *p = NULL;
        askf_error e;
        askf__alloc_fail_after(n);
        askf_status st = askf_policy_load(text, len, "linkedin-2024.yaml", &p, &e);
        askf__alloc_fail_after(-1);
        if (st == ASKF_OK) {
            ok = 1;
            CHECK(p != NULL);
            CHECK_MEM(askf_policy_hash(p), 32, askf_policy_hash(ref));
        } else {
            CHECK_EQ_INT(st, ASKF_ERR_NOMEM);
            CHECK(p == NULL);
        }
        askf_policy_free(p);
    }
    CHECK(ok);
    CHECK(n > 20);
    /* The file loader too. */
    ok = 0;
    for (n = 0; n < 100000 && !ok; n++) {
        askf_policy *p = NULL;
        askf_error e;
        askf__alloc_fail_after(n);
        askf_status st = askf_policy_load_file(shipped_path("askfirst.yaml"), &p, &e);
        askf__alloc_fail_after(-1);
        ok = st == ASKF_OK;
        if (!ok)
            CHECK_EQ_INT(st, ASKF_ERR_NOMEM);
        askf_policy_free(p);
    }
    CHECK(ok);
    askf_policy_free(ref);
}

TEST(free_accepts_null_and_accessors_tolerate_null)
{
    askf_policy_free(NULL);
    CHECK(askf_policy_name(NULL) == NULL);
    CHECK_EQ_INT(askf_policy_purpose_count(NULL), 0);
    CHECK_EQ_INT(askf_purpose_region_excluded(NULL, "US"), 1);
    CHECK_EQ_INT(askf_purpose_default_allow(NULL, "US"), 0);
    CHECK_EQ_STR(askf_basis_name((askf_basis)9), "invalid");
}

int main(void)
{
    RUN(askfirst_policy_asks_first_for_training);
    RUN(linkedin_policy_reproduces_september_2024);
    RUN(policy_hash_is_sha256_of_exact_text);
    RUN(region_codes_are_the_249_assigned_ones);
    RUN(region_groups_have_their_2026_members);
    RUN(region_questions_fail_closed_outside_a_to_z);
    RUN(default_mapping_code_beats_group_beats_star_first_group_wins);
    RUN(omitted_keys_take_their_documented_defaults);
    RUN(notice_hash_follows_the_documented_encoding);
    RUN(notice_hash_changes_with_what_the_member_agreed_to);
    RUN(notice_hash_of_shipped_policy_is_stable_across_loads);
    RUN(error_unknown_key);
    RUN(error_bad_basis);
    RUN(error_consent_purpose_on_by_default);
    RUN(error_missing_id);
    RUN(error_duplicate_purpose_id);
    RUN(error_duplicate_key);
    RUN(error_message_kind_in_training_purpose);
    RUN(error_bad_region);
    RUN(error_unknown_group);
    RUN(error_default_mapping_without_star);
    RUN(error_bad_recipient_and_values);
    RUN(error_not_yaml);
    RUN(error_empty_file);
    RUN(unreadable_file_is_reported_with_its_path);
    RUN(allocation_failure_at_every_step_is_clean);
    RUN(free_accepts_null_and_accessors_tolerate_null);
    return check_done();
}
