/*
 * test_mcache.c - server/mcache.c with thousands of pending consents (intents)
 * over a real ledger: each announced consent is installed in its member's
 * entry and equals a fresh fold; an intent with the event's id but another
 * user, or an id no event has, gets nothing; of two intents with one id the
 * newest gets the entry; forgotten intents are never met by a later sync.
 */
#include "check.h"

#include "server_int.h"

#include <stdlib.h>

#define POLICY                                                                                     \
    "name: t\nversion: \"1\"\npurposes:\n"                                                         \
    "  - id: gen\n    title: Generate\n    notice: Notice one\n    basis: consent\n"               \
    "    objectable: true\n"

#define N 3000        /* members, one pending consent each */
#define DUP_EVERY 300 /* of which every 300th has two intents for its one consent */
#define NDUP (N / DUP_EVERY)
#define NWRONG 90
#define NABSENT 100

static askf_time T(const char *s)
{
    askf_time t = 0;
    askf_time_parse(s, strlen(s), &t);
    return t;
}

#define NOW T("2026-06-01T00:00:00Z")

static char users[N][16], ids[N][16], absent_ids[NABSENT][16];

/* One event per member, `fmt` taking the member's index twice (id, user). */
static askf_status append_all(askf_ledger *l, const char *fmt)
{
    static char text[N][256];
    static askf_slice evs[N];
    static askf_append_result res[N];
    static askf_error errs[N];
    for (int k = 0; k < N; k++) {
        int n = snprintf(text[k], sizeof text[k], fmt, k, k);
        evs[k] = (askf_slice){text[k], (size_t)n};
    }
    return askf_ledger_append(l, evs, N, 0, NOW, res, errs);
}

static askf_ledger *ledger_with_members(const char *name, const uint8_t **notice)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", check_tmpdir(), name);
    askf_ledger_opts o = {path, 1, 0};
    askf_ledger *l = NULL;
    askf_append_result r;
    const askf_policy *p = NULL;
    if (askf_ledger_open(&o, &l, NULL) != ASKF_OK ||
        askf_ledger_publish_policy(l, POLICY, strlen(POLICY), "t.yaml", T("2026-01-01T00:00:00Z"),
                                   NOW, &r, NULL) != ASKF_OK ||
        append_all(l, "{\"id\":\"r%05d\",\"type\":\"consent\",\"user\":\"u%05d\",\"purpose\":"
                      "\"gen\",\"choice\":\"refuse\",\"at\":\"2026-02-01T00:00:00Z\","
                      "\"source\":\"api\"}") != ASKF_OK ||
        askf_ledger_policy_at(l, 0, NOW, &p) != ASKF_OK) {
        askf_ledger_close(l);
        return NULL;
    }
    *notice = askf_purpose_notice_hash(askf_policy_purpose(p, 0));
    return l;
}

/* Every member's entry in the cache, as a decision would leave it. */
static void warm(member_cache *c, askf_ledger *l)
{
    int64_t head = mcache_sync(c, l);
    for (int k = 0; k < N; k++) {
        mc_ref ref;
        mcache_get(c, l, head, users[k], strlen(users[k]), NOW, NOW, &ref);
        mcache_put(&ref);
    }
}

static void intent_init(mc_intent *i, const char *id, const char *user, const uint8_t *notice)
{
    memset(i, 0, sizeof *i);
    i->event_id = (askf_slice){id, strlen(id)};
    i->user = (askf_slice){user, strlen(user)};
    i->choice.purpose = (askf_slice){"gen", 3};
    i->choice.choice = ASKF_CHOICE_GRANT;
    memcpy(i->choice.notice_hash, notice, ASKF_HASH_SIZE);
    i->choice.at = NOW;
}

#define CONSENT_FMT                                                                                \
    "{\"id\":\"c%05d\",\"type\":\"consent\",\"user\":\"u%05d\",\"purpose\":\"gen\","               \
    "\"choice\":\"grant\",\"at\":\"2026-06-01T00:00:00Z\",\"source\":\"api\"}"

/* Whether the intent's result equals a fresh fold of its member at the head. */
static int installed_and_exact(mc_intent *i, askf_ledger *l)
{
    mc_ref ref;
    if (mcache_take(i, &ref) != 0)
        return 0;
    askf_member_state *st = NULL;
    int same = askf_ledger_member(l, i->user.ptr, i->user.len, 0, NOW, &st, NULL) == ASKF_OK &&
               askf_member_equal(ref.m, askf_member_state_view(st));
    askf_member_state_free(st);
    mcache_put(&ref);
    return same;
}

static int not_installed(mc_intent *i)
{
    mc_ref ref;
    int none = mcache_take(i, &ref) != 0;
    mcache_put(&ref);
    return none;
}

/* Append the consents and sync the cache: how many entries the sync dropped
 * (invalidated), and the entries left; *synced is mcache_sync's answer. */
static uint64_t append_and_sync(member_cache *c, askf_ledger *l, size_t *entries, int64_t *synced)
{
    uint64_t inval0, inval1, hits, misses;
    CHECK_EQ_INT(append_all(l, CONSENT_FMT), ASKF_OK);
    mcache_stats(c, &hits, &misses, &inval0, entries);
    *synced = mcache_sync(c, l);
    mcache_stats(c, &hits, &misses, &inval1, entries);
    return inval1 - inval0;
}

TEST(thousands_of_pending_consents_are_each_installed_or_not_as_before)
{
    static mc_intent real[N], dup_old[NDUP], wrong[NWRONG], absent[NABSENT];
    const uint8_t *notice = NULL;
    askf_ledger *l = ledger_with_members("mcache_many.db", &notice);
    member_cache *c = mcache_new(1u << 20);
    CHECK(l && c);
    if (!l || !c)
        goto done;
    warm(c, l);
    /* Every DUP_EVERY-th consent has an older twin, registered just before
     * it: the index grows an odd or even number of times with both in it. */
    for (int k = 0; k < N; k++) {
        intent_init(&real[k], ids[k], users[k], notice);
        if (k % DUP_EVERY == 0) {
            intent_init(&dup_old[k / DUP_EVERY], ids[k], users[k], notice);
            mcache_expect(c, &dup_old[k / DUP_EVERY]);
        }
        mcache_expect(c, &real[k]);
    }
    for (int k = 0; k < NWRONG; k++) {
        intent_init(&wrong[k], ids[k * 7 + 1], "nobody", notice);
        mcache_expect(c, &wrong[k]);
    }
    for (int k = 0; k < NABSENT; k++) {
        intent_init(&absent[k], absent_ids[k], users[k], notice);
        mcache_expect(c, &absent[k]);
    }
    size_t entries;
    int64_t synced;
    CHECK_EQ_INT(append_and_sync(c, l, &entries, &synced), 0); /* every one installed */
    CHECK(synced > 0);
    CHECK_EQ_INT(entries, N);
    int bad_real = 0, bad_other = 0;
    for (int k = 0; k < N; k++)
        mcache_forget(c, &real[k]);
    for (int k = 0; k < NDUP; k++)
        mcache_forget(c, &dup_old[k]);
    for (int k = 0; k < NWRONG; k++)
        mcache_forget(c, &wrong[k]);
    for (int k = 0; k < NABSENT; k++)
        mcache_forget(c, &absent[k]);
    for (int k = 0; k < N; k++)
        bad_real += !installed_and_exact(&real[k], l);
    for (int k = 0; k < NDUP; k++)
        bad_other += !not_installed(&dup_old[k]);
    for (int k = 0; k < NWRONG; k++)
        bad_other += !not_installed(&wrong[k]);
    for (int k = 0; k < NABSENT; k++)
        bad_other += !not_installed(&absent[k]);
    CHECK_EQ_INT(bad_real, 0);
    CHECK_EQ_INT(bad_other, 0);
done:
    mcache_free(c);
    askf_ledger_close(l);
}

/* Intents registered and forgotten before their events are synced: the sync
 * drops the entries (as for any event) and touches none of the intents. */
TEST(forgotten_intents_are_not_met_by_a_later_sync)
{
    static mc_intent in[N];
    const uint8_t *notice = NULL;
    askf_ledger *l = ledger_with_members("mcache_forgotten.db", &notice);
    member_cache *c = mcache_new(1u << 20);
    CHECK(l && c);
    if (!l || !c)
        goto done;
    warm(c, l);
    for (int k = 0; k < N; k++) {
        intent_init(&in[k], ids[k], users[k], notice);
        mcache_expect(c, &in[k]);
    }
    for (int k = N - 1; k >= 0; k--)
        mcache_forget(c, &in[k]);
    size_t entries;
    int64_t synced;
    CHECK_EQ_INT(append_and_sync(c, l, &entries, &synced), N);
    CHECK_EQ_INT(entries, 0);
    int touched = 0;
    for (int k = 0; k < N; k++)
        touched += in[k].result != NULL;
    CHECK_EQ_INT(touched, 0);
done:
    mcache_free(c);
    askf_ledger_close(l);
}

int main(void)
{
    for (int k = 0; k < N; k++) {
        snprintf(users[k], sizeof users[k], "u%05d", k);
        snprintf(ids[k], sizeof ids[k], "c%05d", k);
    }
    for (int k = 0; k < NABSENT; k++)
        snprintf(absent_ids[k], sizeof absent_ids[k], "x%05d", k);
    RUN(thousands_of_pending_consents_are_each_installed_or_not_as_before);
    RUN(forgotten_intents_are_not_met_by_a_later_sync);
    return check_done();
}
