/*
 * policy.c - load, validate and query a policy file (docs/policy.md). libyaml
 * builds the document tree; this file walks it against the schema, reports the
 * first problem with file, line, column and key path, and turns each purpose
 * into the form the decision function reads: strings, a notice hash, and a
 * 26x26 region table so region questions cost one array load.
 *
 * Depends on lib/common only. A loaded policy is immutable, so it may be
 * shared between threads without locking.
 */
#include "policy_int.h"

#include "common/alloc.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/hash.h"

#include <yaml.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct loader {
    yaml_document_t *doc;
    const char *source;
    askf_error *err;
} loader;

static const char *const basis_names[] = {NULL, "consent", "legitimate_interest", "contract",
                                          "legal_obligation"};

static const char *const known_kinds[] = {"post",    "comment",  "article",  "profile",
                                          "message", "ai_input", "reaction", "media_caption"};
#define N_KINDS (sizeof known_kinds / sizeof *known_kinds)

static const char *const default_kinds[] = {"post", "comment", "article", "profile"};

/* Build a key path ("purposes[0].default.US"). A path longer than the buffer is cut, which
 * only shortens the message; vsnprintf keeps the compiler's truncation warnings out of it. */
static void path_fmt(char *dst, size_t cap, const char *fmt, ...) ASKF_PRINTF(3, 4);
static void path_fmt(char *dst, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst, cap, fmt, ap);
    va_end(ap);
}

/* ---- error reporting ------------------------------------------------------------------- */

static askf_status failv(loader *L, askf_status st, yaml_mark_t m, const char *path,
                         const char *fmt, va_list ap)
{
    char detail[400];
    vsnprintf(detail, sizeof detail, fmt, ap);
    uint32_t line = (uint32_t)m.line + 1, col = (uint32_t)m.column + 1;
    if (path && *path)
        return askf__err(L->err, st, line, col, path, "%s:%u:%u: %s: %s", L->source, (unsigned)line,
                         (unsigned)col, path, detail);
    return askf__err(L->err, st, line, col, NULL, "%s:%u:%u: %s", L->source, (unsigned)line,
                     (unsigned)col, detail);
}

static askf_status fail(loader *L, yaml_mark_t m, const char *path, const char *fmt, ...)
    ASKF_PRINTF(4, 5);
static askf_status fail(loader *L, yaml_mark_t m, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    askf_status st = failv(L, ASKF_ERR_PARSE, m, path, fmt, ap);
    va_end(ap);
    return st;
}

static askf_status fail_st(loader *L, askf_status st, yaml_mark_t m, const char *path,
                           const char *fmt, ...) ASKF_PRINTF(5, 6);
static askf_status fail_st(loader *L, askf_status st, yaml_mark_t m, const char *path,
                           const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    st = failv(L, st, m, path, fmt, ap);
    va_end(ap);
    return st;
}

static askf_status oom(loader *L)
{
    return askf__err(L->err, ASKF_ERR_NOMEM, 0, 0, NULL,
                     "%s: out of memory while loading the policy", L->source);
}

/* A scalar's value made safe to quote in a message: control bytes become '?', long
 * values are cut at 40 bytes. */
static const char *show(const yaml_node_t *n, char *buf, size_t cap)
{
    if (!n || n->type != YAML_SCALAR_NODE) {
        snprintf(buf, cap, "%s", n && n->type == YAML_MAPPING_NODE ? "{...}" : "[...]");
        return buf;
    }
    size_t len = n->data.scalar.length, k = 0;
    const unsigned char *v = n->data.scalar.value;
    for (size_t i = 0; i < len && k + 4 < cap && i < 40; i++)
        buf[k++] = (v[i] < 0x20 || v[i] == 0x7f) ? '?' : (char)v[i];
    if (len > 40 && k + 4 < cap) {
        memcpy(buf + k, "...", 3);
        k += 3;
    }
    buf[k] = 0;
    return buf;
}

/* ---- node helpers ---------------------------------------------------------------------- */

static yaml_node_t *node_at(loader *L, int i)
{
    return yaml_document_get_node(L->doc, i);
}

static int is_scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE;
}

static int scalar_is(const yaml_node_t *n, const char *s)
{
    size_t len = strlen(s);
    return is_scalar(n) && n->data.scalar.length == len &&
           memcmp(n->data.scalar.value, s, len) == 0;
}

/* YAML's null: an empty plain value, "~" or null/Null/NULL. Quoted strings are never null. */
static int is_null(const yaml_node_t *n)
{
    if (!is_scalar(n) || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return 0;
    return n->data.scalar.length == 0 || scalar_is(n, "~") || scalar_is(n, "null") ||
           scalar_is(n, "Null") || scalar_is(n, "NULL");
}

static const char *sv(const yaml_node_t *n)
{
    return (const char *)n->data.scalar.value;
}

static const char *type_name(const yaml_node_t *n)
{
    if (!n)
        return "nothing";
    return n->type == YAML_MAPPING_NODE    ? "a mapping"
           : n->type == YAML_SEQUENCE_NODE ? "a list"
                                           : "a scalar";
}

/* A required, non-empty string without NUL bytes, copied into *out. */
static askf_status get_str(loader *L, const yaml_node_t *n, const char *path, char **out)
{
    if (!is_scalar(n))
        return fail(L, n->start_mark, path, "expected a string, found %s", type_name(n));
    if (is_null(n) || n->data.scalar.length == 0)
        return fail(L, n->start_mark, path, "must not be empty");
    if (memchr(n->data.scalar.value, 0, n->data.scalar.length))
        return fail(L, n->start_mark, path, "contains a NUL byte");
    *out = askf__strndup(sv(n), n->data.scalar.length);
    return *out ? ASKF_OK : oom(L);
}

static askf_status get_bool(loader *L, const yaml_node_t *n, const char *path, int *out)
{
    char b[64];
    if (is_scalar(n) && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
        if (scalar_is(n, "true") || scalar_is(n, "True") || scalar_is(n, "TRUE")) {
            *out = 1;
            return ASKF_OK;
        }
        if (scalar_is(n, "false") || scalar_is(n, "False") || scalar_is(n, "FALSE")) {
            *out = 0;
            return ASKF_OK;
        }
    }
    return fail(L, n->start_mark, path, "expected true or false, found '%s'", show(n, b, sizeof b));
}

static askf_status get_age(loader *L, const yaml_node_t *n, const char *path, unsigned *out)
{
    char b[64];
    if (is_scalar(n) && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        n->data.scalar.length > 0 && n->data.scalar.length <= 3) {
        unsigned v = 0;
        size_t i;
        for (i = 0; i < n->data.scalar.length; i++) {
            unsigned char c = n->data.scalar.value[i];
            if (c < '0' || c > '9')
                break;
            v = v * 10 + (unsigned)(c - '0');
        }
        if (i == n->data.scalar.length && v <= ASKF__POLICY_MAX_AGE) {
            *out = v;
            return ASKF_OK;
        }
    }
    return fail(L, n->start_mark, path, "expected a whole number of years from 0 to %d, found '%s'",
                ASKF__POLICY_MAX_AGE, show(n, b, sizeof b));
}

/* Look a mapping key up in a table of known keys. Reports non-scalar keys, unknown keys
 * (listing the expected ones) and duplicates (naming the first occurrence). */
static askf_status key_index(loader *L, const yaml_node_t *key, const char *const *keys, size_t n,
                             const char *prefix, yaml_mark_t *first, unsigned *seen, size_t *out)
{
    char b[64], path[96];
    if (!is_scalar(key))
        return fail(L, key->start_mark, prefix, "keys must be strings, found %s", type_name(key));
    for (size_t i = 0; i < n; i++) {
        if (!scalar_is(key, keys[i]))
            continue;
        path_fmt(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", keys[i]);
        if (*seen & (1u << i))
            return fail(L, key->start_mark, path, "duplicate key '%s' (first at line %u)", keys[i],
                        (unsigned)first[i].line + 1);
        *seen |= 1u << i;
        first[i] = key->start_mark;
        *out = i;
        return ASKF_OK;
    }
    char expected[300];
    size_t k = 0;
    expected[0] = 0;
    for (size_t i = 0; i < n && k < sizeof expected; i++)
        k += (size_t)snprintf(expected + k, sizeof expected - k, "%s%s", i ? ", " : "", keys[i]);
    show(key, b, sizeof b);
    path_fmt(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", b);
    return fail(L, key->start_mark, path, "unknown key '%s' (expected %s)", b, expected);
}

/* ---- regions --------------------------------------------------------------------------- */

/* Parse a region token: an assigned country code (*slot >= 0) or a group (*group >= 0). */
static askf_status region_token(loader *L, const yaml_node_t *n, const char *path, int *slot,
                                int *group)
{
    char b[64];
    *slot = -1;
    *group = -1;
    if (!is_scalar(n))
        return fail(L, n->start_mark, path, "expected a region code or group, found %s",
                    type_name(n));
    const char *v = sv(n);
    size_t len = n->data.scalar.length;
    *group = askf__region_group(v, len);
    if (*group >= 0)
        return ASKF_OK;
    if (len == 2) {
        int s = askf__region_slot(v);
        if (s >= 0 && askf__region_assigned(s)) {
            *slot = s;
            return ASKF_OK;
        }
        if (s >= 0)
            return fail(L, n->start_mark, path,
                        "'%s' is not an assigned ISO 3166-1 alpha-2 country code", v);
        char up[3] = {(char)(v[0] & ~0x20), (char)(v[1] & ~0x20), 0};
        int letters = 1;
        for (int i = 0; i < 2; i++)
            letters &= (v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z');
        if (letters)
            return fail(L, n->start_mark, path, "region codes are upper case: write '%s', not '%s'",
                        up, show(n, b, sizeof b));
    }
    return fail(L, n->start_mark, path,
                "unknown region '%s' (expected an ISO 3166-1 alpha-2 country code such as DE, or "
                "a group: EU, EEA, EFTA, UK)",
                show(n, b, sizeof b));
}

static askf_status load_exclude(loader *L, askf_purpose *u, const yaml_node_t *n,
                                const char *prefix)
{
    char path[96];
    askf_status st = ASKF_OK;
    uint8_t listed[ASKF__REGION_SLOTS] = {0};
    unsigned groups = 0;
    if (is_null(n))
        return ASKF_OK;
    if (n->type != YAML_SEQUENCE_NODE)
        return fail(L, n->start_mark, prefix, "expected a list of region codes or groups, found %s",
                    type_name(n));
    size_t count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    u->exclude = askf__calloc(count ? count : 1, sizeof *u->exclude);
    if (!u->exclude)
        return oom(L);
    for (size_t i = 0; i < count; i++) {
        const yaml_node_t *it = node_at(L, n->data.sequence.items.start[i]);
        int slot, group;
        path_fmt(path, sizeof path, "%s[%zu]", prefix, i);
        if ((st = region_token(L, it, path, &slot, &group)) != ASKF_OK)
            return st;
        if ((slot >= 0 && listed[slot]) || (group >= 0 && (groups & (1u << group))))
            return fail(L, it->start_mark, path, "region '%s' is listed twice", sv(it));
        if (slot >= 0) {
            listed[slot] = 1;
            u->region[slot] |= ASKF__REGION_EXCLUDED;
        } else {
            groups |= 1u << group;
            for (int s = 0; s < ASKF__REGION_SLOTS; s++)
                if (askf__region_group_has(group, s))
                    u->region[s] |= ASKF__REGION_EXCLUDED;
        }
        if (!(u->exclude[u->n_exclude] = askf__strndup(sv(it), it->data.scalar.length)))
            return oom(L);
        u->n_exclude++;
    }
    return ASKF_OK;
}

static askf_status default_value(loader *L, const yaml_node_t *n, const char *path, int *allow)
{
    char b[64];
    if (scalar_is(n, "deny"))
        *allow = 0;
    else if (scalar_is(n, "allow"))
        *allow = 1;
    else if (is_scalar(n))
        return fail(L, n->start_mark, path, "unknown default '%s' (expected deny or allow)",
                    show(n, b, sizeof b));
    else
        return fail(L, n->start_mark, path, "expected deny or allow, found %s", type_name(n));
    return ASKF_OK;
}

/*
 * `default`: deny, allow, or a mapping from "*", country codes and groups to deny/allow.
 * Resolution per code: an explicit code beats a group, a group beats "*"; when a code is
 * in several listed groups the first listed group wins.
 */
static askf_status load_default(loader *L, askf_purpose *u, const yaml_node_t *n,
                                const char *prefix)
{
    char path[96];
    askf_status st;
    int allow;
    if (n->type == YAML_SCALAR_NODE) {
        if ((st = default_value(L, n, prefix, &allow)) != ASKF_OK)
            return st;
        for (int s = 0; s < ASKF__REGION_SLOTS; s++)
            u->region[s] =
                (uint8_t)((u->region[s] & ~ASKF__REGION_ALLOW) | (allow ? ASKF__REGION_ALLOW : 0));
        return ASKF_OK;
    }
    if (n->type != YAML_MAPPING_NODE)
        return fail(L, n->start_mark, prefix,
                    "expected deny, allow or a mapping of regions to deny/allow, found %s",
                    type_name(n));
    int8_t code_val[ASKF__REGION_SLOTS];
    memset(code_val, -1, sizeof code_val);
    int group_order[ASKF__GROUP_COUNT], group_val[ASKF__GROUP_COUNT], n_groups = 0;
    int star = -1;
    for (const yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top;
         pr++) {
        const yaml_node_t *k = node_at(L, pr->key), *v = node_at(L, pr->value);
        char b[64];
        if (!is_scalar(k))
            return fail(L, k->start_mark, prefix, "keys must be strings, found %s", type_name(k));
        path_fmt(path, sizeof path, "%s.%s", prefix, show(k, b, sizeof b));
        if (scalar_is(k, "*")) {
            if (star >= 0)
                return fail(L, k->start_mark, path, "duplicate key '*'");
            if ((st = default_value(L, v, path, &star)) != ASKF_OK)
                return st;
            continue;
        }
        int slot, group;
        if ((st = region_token(L, k, path, &slot, &group)) != ASKF_OK)
            return st;
        int dup = slot >= 0 ? code_val[slot] >= 0 : 0;
        for (int g = 0; g < n_groups; g++)
            dup |= group_order[g] == group;
        if (dup)
            return fail(L, k->start_mark, path, "duplicate key '%s'", sv(k));
        if ((st = default_value(L, v, path, &allow)) != ASKF_OK)
            return st;
        if (slot >= 0) {
            code_val[slot] = (int8_t)allow;
        } else {
            group_order[n_groups] = group;
            group_val[n_groups++] = allow;
        }
    }
    if (star < 0)
        return fail(L, n->start_mark, prefix,
                    "a default mapping needs a \"*\" entry for the regions it does not list "
                    "(e.g. \"*\": deny)");
    for (int s = 0; s < ASKF__REGION_SLOTS; s++) {
        int v = star;
        for (int g = 0; g < n_groups; g++)
            if (askf__region_group_has(group_order[g], s)) {
                v = group_val[g];
                break;
            }
        if (code_val[s] >= 0)
            v = code_val[s];
        u->region[s] =
            (uint8_t)((u->region[s] & ~ASKF__REGION_ALLOW) | (v ? ASKF__REGION_ALLOW : 0));
    }
    return ASKF_OK;
}

/* ---- lists ----------------------------------------------------------------------------- */

static int name_ok(const char *s, size_t n)
{
    if (n == 0 || n > ASKF__POLICY_MAX_ID)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

static int recipient_ok(const char *s, size_t n)
{
    static const char *const prefixes[] = {"affiliates:", "third_party:", "processor:"};
    if (n == 11 && memcmp(s, "first_party", 11) == 0)
        return 1;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t pl = strlen(prefixes[i]);
        if (n > pl && memcmp(s, prefixes[i], pl) == 0)
            return name_ok(s + pl, n - pl);
    }
    return 0;
}

static askf_status load_recipients(loader *L, askf_purpose *u, const yaml_node_t *n,
                                   const char *prefix)
{
    char path[96], b[64];
    if (n->type != YAML_SEQUENCE_NODE)
        return fail(L, n->start_mark, prefix, "expected a list of recipients, found %s",
                    type_name(n));
    size_t count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    if (count == 0)
        return fail(L, n->start_mark, prefix,
                    "must name at least one recipient (first_party for the platform itself)");
    if (count > ASKF__POLICY_MAX_RECIPIENTS)
        return fail_st(L, ASKF_ERR_LIMIT, n->start_mark, prefix,
                       "lists %zu recipients; the limit is %d", count, ASKF__POLICY_MAX_RECIPIENTS);
    u->recipients = askf__calloc(count, sizeof *u->recipients);
    if (!u->recipients)
        return oom(L);
    for (size_t i = 0; i < count; i++) {
        const yaml_node_t *it = node_at(L, n->data.sequence.items.start[i]);
        path_fmt(path, sizeof path, "%s[%zu]", prefix, i);
        if (!is_scalar(it))
            return fail(L, it->start_mark, path, "expected a recipient, found %s", type_name(it));
        if (!recipient_ok(sv(it), it->data.scalar.length))
            return fail(L, it->start_mark, path,
                        "invalid recipient '%s' (expected first_party, affiliates:<name>, "
                        "third_party:<name> or processor:<name>; names use a-z 0-9 . _ -)",
                        show(it, b, sizeof b));
        for (size_t j = 0; j < u->n_recipients; j++)
            if (strcmp(u->recipients[j], sv(it)) == 0)
                return fail(L, it->start_mark, path, "recipient '%s' is listed twice", sv(it));
        if (!(u->recipients[u->n_recipients] = askf__strndup(sv(it), it->data.scalar.length)))
            return oom(L);
        u->n_recipients++;
    }
    return ASKF_OK;
}

static askf_status load_kinds(loader *L, askf_purpose *u, const yaml_node_t *n, const char *prefix,
                              yaml_mark_t *message_mark, size_t *message_at)
{
    char path[96], b[64];
    if (n->type != YAML_SEQUENCE_NODE)
        return fail(L, n->start_mark, prefix, "expected a list of content kinds, found %s",
                    type_name(n));
    size_t count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    if (count == 0)
        return fail(L, n->start_mark, prefix, "must name at least one content kind");
    u->kinds = askf__calloc(count < N_KINDS ? count : N_KINDS, sizeof *u->kinds);
    if (!u->kinds)
        return oom(L);
    for (size_t i = 0; i < count; i++) {
        const yaml_node_t *it = node_at(L, n->data.sequence.items.start[i]);
        path_fmt(path, sizeof path, "%s[%zu]", prefix, i);
        size_t k;
        for (k = 0; k < N_KINDS; k++)
            if (scalar_is(it, known_kinds[k]))
                break;
        if (k == N_KINDS)
            return fail(L, it->start_mark, path,
                        "unknown content kind '%s' (expected post, comment, article, profile, "
                        "message, ai_input, reaction, media_caption)",
                        show(it, b, sizeof b));
        for (size_t j = 0; j < u->n_kinds; j++)
            if (strcmp(u->kinds[j], known_kinds[k]) == 0)
                return fail(L, it->start_mark, path, "content kind '%s' is listed twice",
                            known_kinds[k]);
        if (strcmp(known_kinds[k], "message") == 0) {
            *message_mark = it->start_mark;
            *message_at = i;
        }
        if (!(u->kinds[u->n_kinds] = askf__strdup(known_kinds[k])))
            return oom(L);
        u->n_kinds++;
    }
    return ASKF_OK;
}

static askf_status set_defaults(loader *L, askf_purpose *u)
{
    if (!u->recipients) {
        if (!(u->recipients = askf__calloc(1, sizeof *u->recipients)))
            return oom(L);
        if (!(u->recipients[0] = askf__strdup("first_party")))
            return oom(L);
        u->n_recipients = 1;
    }
    if (!u->kinds) {
        size_t n = sizeof default_kinds / sizeof *default_kinds;
        if (!(u->kinds = askf__calloc(n, sizeof *u->kinds)))
            return oom(L);
        for (; u->n_kinds < n; u->n_kinds++)
            if (!(u->kinds[u->n_kinds] = askf__strdup(default_kinds[u->n_kinds])))
                return oom(L);
    }
    return ASKF_OK;
}

/* ---- purposes -------------------------------------------------------------------------- */

enum {
    PK_ID,
    PK_TITLE,
    PK_NOTICE,
    PK_BASIS,
    PK_DEFAULT,
    PK_RECIPIENTS,
    PK_KINDS,
    PK_EXCLUDE,
    PK_MIN_AGE,
    PK_OBJECTABLE,
    PK_USER_INITIATED,
    PK_COUNT
};
static const char *const purpose_keys[PK_COUNT] = {"id",
                                                   "title",
                                                   "notice",
                                                   "basis",
                                                   "default",
                                                   "recipients",
                                                   "content_kinds",
                                                   "exclude_regions",
                                                   "min_age",
                                                   "objectable",
                                                   "user_initiated_only"};

static askf_status load_purpose(loader *L, askf_policy *p, size_t idx, const yaml_node_t *n)
{
    askf_purpose *u = &p->purposes[idx];
    char prefix[48], path[96], b[64];
    askf_status st = ASKF_OK;
    yaml_mark_t first[PK_COUNT] = {{0, 0, 0}}, id_mark = n->start_mark, default_mark = n->start_mark,
                message_mark = n->start_mark;
    size_t message_at = (size_t)-1;
    unsigned seen = 0;
    path_fmt(prefix, sizeof prefix, "purposes[%zu]", idx);
    if (n->type != YAML_MAPPING_NODE)
        return fail(L, n->start_mark, prefix,
                    "expected a mapping with id, title, notice and basis, found %s", type_name(n));
    for (const yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top;
         pr++) {
        const yaml_node_t *k = node_at(L, pr->key), *v = node_at(L, pr->value);
        size_t key = 0; /* (set by key_index on success; -O3 cannot see it) */
        if ((st = key_index(L, k, purpose_keys, PK_COUNT, prefix, first, &seen, &key)) != ASKF_OK)
            return st;
        path_fmt(path, sizeof path, "%s.%s", prefix, purpose_keys[key]);
        switch (key) {
        case PK_ID:
            if ((st = get_str(L, v, path, &u->id)) != ASKF_OK)
                return st;
            u->id_len = strlen(u->id);
            id_mark = v->start_mark;
            if (!name_ok(u->id, u->id_len))
                return fail(L, v->start_mark, path,
                            "invalid purpose id '%s' (use 1 to %d of a-z 0-9 . _ -)",
                            show(v, b, sizeof b), ASKF__POLICY_MAX_ID);
            break;
        case PK_TITLE: st = get_str(L, v, path, &u->title); break;
        case PK_NOTICE: st = get_str(L, v, path, &u->notice); break;
        case PK_BASIS: {
            int bi;
            for (bi = 1; bi <= 4; bi++)
                if (scalar_is(v, basis_names[bi]))
                    break;
            if (bi > 4)
                return fail(L, v->start_mark, path,
                            "unknown basis '%s' (expected consent, legitimate_interest, contract, "
                            "legal_obligation)",
                            show(v, b, sizeof b));
            u->basis = (askf_basis)bi;
            break;
        }
        case PK_DEFAULT:
            default_mark = v->start_mark;
            st = load_default(L, u, v, path);
            break;
        case PK_RECIPIENTS: st = load_recipients(L, u, v, path); break;
        case PK_KINDS: st = load_kinds(L, u, v, path, &message_mark, &message_at); break;
        case PK_EXCLUDE: st = load_exclude(L, u, v, path); break;
        case PK_MIN_AGE: st = get_age(L, v, path, &u->min_age); break;
        case PK_OBJECTABLE: st = get_bool(L, v, path, &u->objectable); break;
        case PK_USER_INITIATED: st = get_bool(L, v, path, &u->user_initiated_only); break;
        }
        if (st != ASKF_OK)
            return st;
    }
    for (size_t k = PK_ID; k <= PK_BASIS; k++) {
        if (seen & (1u << k))
            continue;
        path_fmt(path, sizeof path, "%s.%s", prefix, purpose_keys[k]);
        return fail(L, n->start_mark, path, "missing required key '%s'", purpose_keys[k]);
    }
    for (size_t j = 0; j < idx; j++)
        if (strcmp(p->purposes[j].id, u->id) == 0) {
            path_fmt(path, sizeof path, "%s.id", prefix);
            return fail(L, id_mark, path, "duplicate purpose id '%s' (also purposes[%zu])", u->id,
                        j);
        }
    if (message_at != (size_t)-1 && strncmp(u->id, "train.", 6) == 0) {
        path_fmt(path, sizeof path, "%s.content_kinds[%zu]", prefix, message_at);
        return fail(L, message_mark, path,
                    "a training purpose ('%s') may not use content kind 'message': private "
                    "messages are never training data",
                    u->id);
    }
    if ((st = set_defaults(L, u)) != ASKF_OK)
        return st;
    /* Consent is opt-in: a consent purpose that is on without a choice is not consent. */
    if (u->basis == ASKF_BASIS_CONSENT)
        for (size_t r = 0; r < ASKF__REGION_SLOTS; r++)
            if (u->region[r] & ASKF__REGION_ALLOW) {
                path_fmt(path, sizeof path, "%s.default", prefix);
                return fail(L, default_mark, path,
                            "purpose '%s' has basis consent, so it must default to deny in every "
                            "region (consent is given, never presumed); use basis "
                            "legitimate_interest for an opt-out purpose",
                            u->id);
            }
    for (size_t j = 0; j < u->n_recipients; j++)
        if (strcmp(u->recipients[j], "first_party") != 0)
            u->shares = 1;
    askf__purpose_notice_hash(u);
    return ASKF_OK;
}

/* ---- top level ------------------------------------------------------------------------- */

static askf_status load_minimise(loader *L, askf_policy *p, const yaml_node_t *n)
{
    char path[96], b[64];
    unsigned seen = 0;
    if (is_null(n))
        return ASKF_OK;
    if (n->type != YAML_MAPPING_NODE)
        return fail(L, n->start_mark, "minimise",
                    "expected a mapping of PII types to actions, found %s", type_name(n));
    for (const yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top;
         pr++) {
        const yaml_node_t *k = node_at(L, pr->key), *v = node_at(L, pr->value);
        if (!is_scalar(k))
            return fail(L, k->start_mark, "minimise", "keys must be strings, found %s",
                        type_name(k));
        path_fmt(path, sizeof path, "minimise.%s", show(k, b, sizeof b));
        int t = askf__pii_type_index(sv(k), k->data.scalar.length);
        if (t < 0)
            return fail(L, k->start_mark, path,
                        "unknown PII type '%s' (expected EMAIL, PHONE, IPV4, IPV6, CREDIT_CARD, "
                        "IBAN, US_SSN, URL, HANDLE, PERSON)",
                        b);
        if (seen & (1u << t))
            return fail(L, k->start_mark, path, "duplicate key '%s'", b);
        seen |= 1u << t;
        int a = is_scalar(v) ? askf__pii_action_index(sv(v), v->data.scalar.length) : -1;
        if (a < 0)
            return fail(L, v->start_mark, path,
                        "unknown action '%s' (expected tag, mask, pseudonym, drop_record, keep)",
                        show(v, b, sizeof b));
        p->minimise[t] = (uint8_t)a;
    }
    return ASKF_OK;
}

enum { TK_NAME, TK_VERSION, TK_CONTROLLER, TK_PURPOSES, TK_MINIMISE, TK_COUNT };
static const char *const top_keys[TK_COUNT] = {"name", "version", "controller", "purposes",
                                               "minimise"};

static askf_status load_root(loader *L, askf_policy *p, const yaml_node_t *root)
{
    askf_status st = ASKF_OK;
    yaml_mark_t first[TK_COUNT] = {{0, 0, 0}};
    unsigned seen = 0;
    if (root->type != YAML_MAPPING_NODE)
        return fail(L, root->start_mark, NULL,
                    "a policy is a mapping with keys name, version and purposes, found %s",
                    type_name(root));
    for (const yaml_node_pair_t *pr = root->data.mapping.pairs.start;
         pr < root->data.mapping.pairs.top; pr++) {
        const yaml_node_t *k = node_at(L, pr->key), *v = node_at(L, pr->value);
        size_t key = 0; /* (set by key_index on success; -O3 cannot see it) */
        if ((st = key_index(L, k, top_keys, TK_COUNT, "", first, &seen, &key)) != ASKF_OK)
            return st;
        switch (key) {
        case TK_NAME: st = get_str(L, v, "name", &p->name); break;
        case TK_VERSION: st = get_str(L, v, "version", &p->version); break;
        case TK_CONTROLLER:
            if (!is_null(v))
                st = get_str(L, v, "controller", &p->controller);
            break;
        case TK_MINIMISE: st = load_minimise(L, p, v); break;
        case TK_PURPOSES: {
            if (v->type != YAML_SEQUENCE_NODE)
                return fail(L, v->start_mark, "purposes", "expected a list of purposes, found %s",
                            type_name(v));
            size_t count = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
            if (count == 0)
                return fail(L, v->start_mark, "purposes", "must list at least one purpose");
            if (count > ASKF__POLICY_MAX_PURPOSES)
                return fail_st(L, ASKF_ERR_LIMIT, v->start_mark, "purposes",
                               "lists %zu purposes; the limit is %d", count,
                               ASKF__POLICY_MAX_PURPOSES);
            if (!(p->purposes = askf__calloc(count, sizeof *p->purposes)))
                return oom(L);
            p->n_purposes = count;
            for (size_t i = 0; i < count && st == ASKF_OK; i++)
                st = load_purpose(L, p, i, node_at(L, v->data.sequence.items.start[i]));
            break;
        }
        }
        if (st != ASKF_OK)
            return st;
    }
    static const int required[] = {TK_NAME, TK_VERSION, TK_PURPOSES};
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!(seen & (1u << required[i])))
            return fail(L, root->start_mark, top_keys[required[i]], "missing required key '%s'",
                        top_keys[required[i]]);
    return ASKF_OK;
}

/* Line and column (1-based) of a byte offset, for reader errors that carry only the offset. */
static yaml_mark_t mark_of_offset(const char *text, size_t len, size_t off)
{
    yaml_mark_t m = {0, 0, 0};
    if (off > len)
        off = len;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n') {
            m.line++;
            m.column = 0;
        } else if (((unsigned char)text[i] & 0xc0) != 0x80) {
            m.column++;
        }
    }
    m.index = off;
    return m;
}

static askf_status syntax_error(loader *L, const yaml_parser_t *ps, const char *text, size_t len)
{
    if (ps->error == YAML_MEMORY_ERROR)
        return oom(L);
    if (ps->error == YAML_READER_ERROR)
        return fail(L, mark_of_offset(text, len, ps->problem_offset), NULL,
                    "not a readable YAML text: %s (byte offset %zu)",
                    ps->problem ? ps->problem : "invalid input", ps->problem_offset);
    if (ps->context)
        return fail(L, ps->problem_mark, NULL,
                    "invalid YAML: %s (%s that started at line %u, column %u)",
                    ps->problem ? ps->problem : "syntax error", ps->context,
                    (unsigned)ps->context_mark.line + 1, (unsigned)ps->context_mark.column + 1);
    return fail(L, ps->problem_mark, NULL, "invalid YAML: %s",
                ps->problem ? ps->problem : "syntax error");
}

askf_status askf_policy_load(const char *text, size_t len, const char *source, askf_policy **out,
                             askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_policy *p = NULL;
    yaml_parser_t parser;
    yaml_document_t doc, extra;
    int have_parser = 0, have_doc = 0, have_extra = 0;
    loader L = {&doc, source ? source : "<policy>", err};

    askf__err_clear(err);
    if (out)
        *out = NULL;
    if (!out || (!text && len))
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL,
                         "askf_policy_load: text and out are required");
    if (len > ASKF__POLICY_MAX_BYTES)
        return askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL,
                         "%s: the policy is %zu bytes; the limit is %u bytes", L.source, len,
                         ASKF__POLICY_MAX_BYTES);
    if (askf__crypto_init() != 0)
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, NULL,
                         "%s: the hashing library failed to initialise", L.source);
    if (!(p = askf__calloc(1, sizeof *p)) || !(p->source = askf__strdup(L.source)) ||
        !(p->text = askf__strndup(text ? text : "", len))) {
        st = oom(&L);
        goto cleanup;
    }
    p->len = len;
    for (int t = 0; t < ASKF__PII_TYPE_COUNT; t++)
        p->minimise[t] = (uint8_t)askf__pii_default_action(t);
    askf__sha256(p->text, len, p->hash);
    askf__hex(p->hash, ASKF_HASH_SIZE, p->hash_hex);

    if (!yaml_parser_initialize(&parser)) {
        st = oom(&L);
        goto cleanup;
    }
    have_parser = 1;
    yaml_parser_set_input_string(&parser, (const unsigned char *)p->text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        st = syntax_error(&L, &parser, p->text, len);
        goto cleanup;
    }
    have_doc = 1;
    const yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        yaml_mark_t start = {0, 0, 0};
        st = fail(&L, start, NULL,
                  "the policy is empty (expected a mapping with name, version and purposes)");
        goto cleanup;
    }
    if (!yaml_parser_load(&parser, &extra)) {
        st = syntax_error(&L, &parser, p->text, len);
        goto cleanup;
    }
    have_extra = 1;
    const yaml_node_t *second = yaml_document_get_root_node(&extra);
    if (second) {
        st = fail(&L, extra.start_mark, NULL,
                  "a policy file holds one YAML document; a second one starts here");
        goto cleanup;
    }
    st = load_root(&L, p, root);

cleanup:
    if (have_extra)
        yaml_document_delete(&extra);
    if (have_doc)
        yaml_document_delete(&doc);
    if (have_parser)
        yaml_parser_delete(&parser);
    if (st != ASKF_OK)
        askf_policy_free(p);
    else
        *out = p;
    return st;
}

askf_status askf_policy_load_file(const char *path, askf_policy **out, askf_error *err)
{
    askf_status st = ASKF_OK;
    askf_buf b;
    char eb[128];
    FILE *f = NULL;

    askf__buf_init(&b);
    askf__err_clear(err);
    if (out)
        *out = NULL;
    if (!path || !out)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL,
                         "askf_policy_load_file: path and out are required");
    if (!(f = fopen(path, "rb"))) {
        int e = errno;
        st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot open policy file '%s': %s", path,
                       strerror_r(e, eb, sizeof eb));
        goto cleanup;
    }
    for (;;) {
        if (askf__buf_reserve(&b, 65536) != 0) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL,
                           "%s: out of memory while reading the policy", path);
            goto cleanup;
        }
        size_t got = fread(b.ptr + b.len, 1, b.cap - b.len, f);
        b.len += got;
        if (b.len > ASKF__POLICY_MAX_BYTES) {
            st = askf__err(err, ASKF_ERR_LIMIT, 0, 0, NULL,
                           "%s: the policy file is larger than the limit of %u bytes", path,
                           ASKF__POLICY_MAX_BYTES);
            goto cleanup;
        }
        if (got == 0) {
            if (ferror(f)) {
                int e = errno;
                st = askf__err(err, ASKF_ERR_IO, 0, 0, NULL, "cannot read policy file '%s': %s",
                               path, strerror_r(e, eb, sizeof eb));
                goto cleanup;
            }
            break;
        }
    }
    st = askf_policy_load(b.ptr, b.len, path, out, err);

cleanup:
    if (f)
        fclose(f);
    askf__buf_free(&b);
    return st;
}

static void free_strs(char **v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        askf__free(v[i]);
    askf__free(v);
}

void askf_policy_free(askf_policy *p)
{
    if (!p)
        return;
    for (size_t i = 0; p->purposes && i < p->n_purposes; i++) {
        askf_purpose *u = &p->purposes[i];
        askf__free(u->id);
        askf__free(u->title);
        askf__free(u->notice);
        free_strs(u->recipients, u->n_recipients);
        free_strs(u->kinds, u->n_kinds);
        free_strs(u->exclude, u->n_exclude);
    }
    askf__free(p->purposes);
    askf__free(p->text);
    askf__free(p->source);
    askf__free(p->name);
    askf__free(p->version);
    askf__free(p->controller);
    askf__free(p);
}

/* ---- notice hash (docs/policy.md, "Notice hash") --------------------------------------- */

static void put_u64(askf_sha256 *h, uint64_t v)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(v >> (56 - 8 * i));
    askf__sha256_update(h, b, sizeof b);
}

static void put_field(askf_sha256 *h, const char *s)
{
    size_t n = strlen(s);
    put_u64(h, n);
    askf__sha256_update(h, s, n);
}

/* Hash a list in bytewise order, independent of the order the file lists it in. */
static void put_sorted(askf_sha256 *h, char *const *v, size_t n)
{
    const char *tmp[ASKF__POLICY_MAX_RECIPIENTS];
    size_t k = n < ASKF__POLICY_MAX_RECIPIENTS ? n : ASKF__POLICY_MAX_RECIPIENTS;
    for (size_t i = 0; i < k; i++) {
        const char *x = v[i];
        size_t j = i;
        for (; j > 0 && strcmp(tmp[j - 1], x) > 0; j--)
            tmp[j] = tmp[j - 1];
        tmp[j] = x;
    }
    put_u64(h, k);
    for (size_t i = 0; i < k; i++)
        put_field(h, tmp[i]);
}

void askf__purpose_notice_hash(askf_purpose *u)
{
    askf_sha256 h;
    askf__sha256_init(&h);
    put_field(&h, "askfirst-notice-v1");
    put_field(&h, u->id);
    put_field(&h, u->title);
    put_field(&h, u->notice);
    put_field(&h, askf_basis_name(u->basis));
    put_sorted(&h, u->recipients, u->n_recipients);
    put_sorted(&h, u->kinds, u->n_kinds);
    put_field(&h, u->user_initiated_only ? "true" : "false");
    askf__sha256_final(&h, u->notice_hash);
    askf__hex(u->notice_hash, ASKF_HASH_SIZE, u->notice_hash_hex);
}

/* ---- accessors ------------------------------------------------------------------------- */

const char *askf_policy_name(const askf_policy *p)
{
    return p ? p->name : NULL;
}
const char *askf_policy_version(const askf_policy *p)
{
    return p ? p->version : NULL;
}
const char *askf_policy_controller(const askf_policy *p)
{
    return p ? p->controller : NULL;
}
const uint8_t *askf_policy_hash(const askf_policy *p)
{
    return p ? p->hash : NULL;
}
const char *askf_policy_hash_hex(const askf_policy *p)
{
    return p ? p->hash_hex : NULL;
}

const char *askf_policy_text(const askf_policy *p, size_t *len)
{
    if (len)
        *len = p ? p->len : 0;
    return p ? p->text : NULL;
}

size_t askf_policy_purpose_count(const askf_policy *p)
{
    return p ? p->n_purposes : 0;
}

int askf_policy_purpose_index(const askf_policy *p, const char *id, size_t id_len)
{
    if (!p || !id)
        return -1;
    for (size_t i = 0; i < p->n_purposes; i++)
        if (p->purposes[i].id_len == id_len && memcmp(p->purposes[i].id, id, id_len) == 0)
            return (int)i;
    return -1;
}

const askf_purpose *askf_policy_purpose(const askf_policy *p, size_t i)
{
    return (p && i < p->n_purposes) ? &p->purposes[i] : NULL;
}

const char *askf_policy_minimise(const askf_policy *p, const char *type)
{
    int t = type ? askf__pii_type_index(type, strlen(type)) : -1;
    if (t < 0)
        return askf__pii_action_name(0);
    return askf__pii_action_name(p ? p->minimise[t] : askf__pii_default_action(t));
}

const char *askf_purpose_id(const askf_purpose *u)
{
    return u ? u->id : NULL;
}
const char *askf_purpose_title(const askf_purpose *u)
{
    return u ? u->title : NULL;
}
const char *askf_purpose_notice(const askf_purpose *u)
{
    return u ? u->notice : NULL;
}
askf_basis askf_purpose_basis(const askf_purpose *u)
{
    return u ? u->basis : (askf_basis)0;
}

const char *askf_basis_name(askf_basis b)
{
    return (b >= ASKF_BASIS_CONSENT && b <= ASKF_BASIS_LEGAL_OBLIGATION) ? basis_names[b]
                                                                         : "invalid";
}

const uint8_t *askf_purpose_notice_hash(const askf_purpose *u)
{
    return u ? u->notice_hash : NULL;
}
const char *askf_purpose_notice_hash_hex(const askf_purpose *u)
{
    return u ? u->notice_hash_hex : NULL;
}
int askf_purpose_objectable(const askf_purpose *u)
{
    return u ? u->objectable : 0;
}
int askf_purpose_user_initiated_only(const askf_purpose *u)
{
    return u ? u->user_initiated_only : 0;
}
unsigned askf_purpose_min_age(const askf_purpose *u)
{
    return u ? u->min_age : 0;
}

int askf_purpose_choosable(const askf_purpose *u)
{
    return u && (u->basis == ASKF_BASIS_CONSENT || u->basis == ASKF_BASIS_LEGITIMATE_INTEREST);
}

size_t askf_purpose_recipient_count(const askf_purpose *u)
{
    return u ? u->n_recipients : 0;
}
const char *askf_purpose_recipient(const askf_purpose *u, size_t i)
{
    return (u && i < u->n_recipients) ? u->recipients[i] : NULL;
}
int askf_purpose_shares(const askf_purpose *u)
{
    return u ? u->shares : 0;
}

static int has_str(char *const *v, size_t n, const char *s, size_t len)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strlen(v[i]) == len && memcmp(v[i], s, len) == 0)
            return 1;
    return 0;
}

int askf_purpose_has_recipient(const askf_purpose *u, const char *r, size_t len)
{
    return u ? has_str(u->recipients, u->n_recipients, r, len) : 0;
}

size_t askf_purpose_kind_count(const askf_purpose *u)
{
    return u ? u->n_kinds : 0;
}
const char *askf_purpose_kind(const askf_purpose *u, size_t i)
{
    return (u && i < u->n_kinds) ? u->kinds[i] : NULL;
}
int askf_purpose_has_kind(const askf_purpose *u, const char *k, size_t len)
{
    return u ? has_str(u->kinds, u->n_kinds, k, len) : 0;
}

size_t askf_purpose_exclude_region_count(const askf_purpose *u)
{
    return u ? u->n_exclude : 0;
}
const char *askf_purpose_exclude_region(const askf_purpose *u, size_t i)
{
    return (u && i < u->n_exclude) ? u->exclude[i] : NULL;
}

int askf_purpose_region_excluded(const askf_purpose *u, const char region[2])
{
    int s = (u && region) ? askf__region_slot(region) : -1;
    return s < 0 ? 1 : (u->region[s] & ASKF__REGION_EXCLUDED) != 0;
}

int askf_purpose_default_allow(const askf_purpose *u, const char region[2])
{
    int s = (u && region) ? askf__region_slot(region) : -1;
    return s < 0 ? 0 : (u->region[s] & ASKF__REGION_ALLOW) != 0;
}
