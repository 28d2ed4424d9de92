/*
 * test_decide.c - the decision table: every reason code, under both shipped
 * policies, from hand-built member views (docs/decisions.md has the same
 * table in prose). Also: order of rules, GPC and choice timing, objection
 * resolution, staleness, fail-closed inputs.
 */
#include "check.h"

#include "askfirst/decide.h"
#include "askfirst/policy.h"
#include "common/timeutil.h"

static askf_policy *af, *li;

static askf_policy *load(const char *name)
{
    char path[1024];
    const char *src = getenv("ASKF_SRCDIR");
    snprintf(path, sizeof path, "%s/policies/%s", src ? src : ".", name);
    askf_policy *p = NULL;
    askf_error e;
    if (askf_policy_load_file(path, &p, &e) != ASKF_OK) {
        printf("# cannot load %s: %s\n", path, e.msg);
        exit(2);
    }
    return p;
}

static askf_time T(const char *s)
{
    askf_time t = 0;
    askf_time_parse(s, strlen(s), &t);
    return t;
}

static const askf_purpose *P(const askf_policy *p, const char *id)
{
    int i = askf_policy_purpose_index(p, id, strlen(id));
    return i < 0 ? NULL : askf_policy_purpose(p, (size_t)i);
}

/* A known adult member in `region` with no choices. */
static askf_member adult(const char *region)
{
    askf_member m;
    memset(&m, 0, sizeof m);
    m.user = (askf_slice){"u1", 2};
    m.known = 1;
    if (region)
        memcpy(m.region, region, 2);
    m.birth_days = (int32_t)askf__days_from_civil(1990, 4, 1);
    m.deleted_at = ASKF_TIME_NONE;
    m.gpc_at = ASKF_TIME_NONE;
    m.profile_at = T("2025-01-01T00:00:00Z");
    return m;
}

static askf_choice choice(const askf_purpose *u, int grant, const char *at)
{
    askf_choice c;
    memset(&c, 0, sizeof c);
    c.purpose = (askf_slice){askf_purpose_id(u), strlen(askf_purpose_id(u))};
    c.choice = grant ? ASKF_CHOICE_GRANT : ASKF_CHOICE_REFUSE;
    memcpy(c.notice_hash, askf_purpose_notice_hash(u), ASKF_HASH_SIZE);
    c.at = T(at);
    return c;
}

#define NOW T("2026-06-01T00:00:00Z")

static void expect(askf_decision d, int allow, askf_reason r, const char *what)
{
    if (d.allow != allow || d.reason != r) {
        printf("#   %s: got %s %s, want %s %s\n", what, d.allow ? "allow" : "deny",
               askf_reason_name(d.reason), allow ? "allow" : "deny", askf_reason_name(r));
        check_current_failed = 1;
    }
}

TEST(fail_closed_without_policy_purpose_or_member)
{
    askf_member m = adult("US");
    expect(askf_decide(NULL, NULL, &m, NULL, NOW), 0, ASKF_REASON_NO_POLICY, "no policy");
    expect(askf_decide(af, NULL, &m, NULL, NOW), 0, ASKF_REASON_UNKNOWN_PURPOSE, "no purpose");
    expect(askf_decide(af, P(af, "train.generative"), NULL, NULL, NOW), 0,
           ASKF_REASON_UNKNOWN_USER, "null member");
}

TEST(deleted_account_and_deleted_content)
{
    askf_policy *ps[2] = {af, li};
    for (int k = 0; k < 2; k++) {
        const askf_purpose *g = P(ps[k], "train.generative");
        askf_member m = adult("US");
        m.deleted_at = T("2026-05-01T00:00:00Z");
        expect(askf_decide(ps[k], g, &m, NULL, NOW), 0, ASKF_REASON_DELETED, "account");
        /* Before the deletion it was not deleted. */
        askf_decision d = askf_decide(ps[k], g, &m, NULL, T("2026-04-01T00:00:00Z"));
        CHECK(d.reason != ASKF_REASON_DELETED);

        askf_member c = adult("US");
        askf_deleted_content dc[3] = {{{"post-1", 6}, T("2026-02-01T00:00:00Z")},
                                      {{"post-9", 6}, T("2026-02-01T00:00:00Z")},
                                      {{"post-90", 7}, T("2026-02-01T00:00:00Z")}};
        c.deleted_content = dc;
        c.n_deleted_content = 3;
        askf_context ctx = {.content_id = "post-9", .content_id_len = 6};
        expect(askf_decide(ps[k], g, &c, &ctx, NOW), 0, ASKF_REASON_DELETED, "content");
        askf_context other = {.content_id = "post-2", .content_id_len = 6};
        d = askf_decide(ps[k], g, &c, &other, NOW);
        CHECK(d.reason != ASKF_REASON_DELETED);
    }
}

TEST(unknown_user_and_unknown_region)
{
    askf_member m = adult("US");
    m.known = 0;
    expect(askf_decide(af, P(af, "train.generative"), &m, NULL, NOW), 0, ASKF_REASON_UNKNOWN_USER,
           "af unknown");
    expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 0, ASKF_REASON_UNKNOWN_USER,
           "li unknown");
    askf_member r = adult(NULL);
    expect(askf_decide(af, P(af, "train.generative"), &r, NULL, NOW), 0, ASKF_REASON_REGION_UNKNOWN,
           "af region");
    expect(askf_decide(li, P(li, "personalization"), &r, NULL, NOW), 0, ASKF_REASON_REGION_UNKNOWN,
           "li region");
}

TEST(region_exclusions_of_the_2024_policy)
{
    const char *out[] = {"DE", "FR", "IE", "PL", "NO", "IS", "LI", "CH"};
    for (size_t i = 0; i < sizeof out / sizeof *out; i++) {
        askf_member m = adult(out[i]);
        expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 0,
               ASKF_REASON_REGION_EXCLUDED, out[i]);
        /* askfirst excludes no region: the default (deny) applies everywhere. */
        expect(askf_decide(af, P(af, "train.generative"), &m, NULL, NOW), 0,
               ASKF_REASON_DEFAULT_DENY, out[i]);
    }
    const char *in[] = {"US", "GB", "IN", "BR", "CA", "NG", "JP"};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        askf_member m = adult(in[i]);
        expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 1,
               ASKF_REASON_DEFAULT_ALLOW, in[i]);
    }
}

TEST(minors_and_unknown_ages)
{
    askf_policy *ps[2] = {af, li};
    for (int k = 0; k < 2; k++) {
        askf_member m = adult("US");
        m.birth_days = (int32_t)askf__days_from_civil(2010, 6, 2);
        expect(askf_decide(ps[k], P(ps[k], "train.generative"), &m, NULL, NOW), 0,
               ASKF_REASON_MINOR, "minor");
        /* Eighteen on the day: no longer a minor. */
        m.birth_days = (int32_t)askf__days_from_civil(2008, 6, 1);
        askf_decision d = askf_decide(ps[k], P(ps[k], "train.generative"), &m, NULL, NOW);
        CHECK(d.reason != ASKF_REASON_MINOR);
        m.birth_days = INT32_MIN;
        expect(askf_decide(ps[k], P(ps[k], "train.generative"), &m, NULL, NOW), 0,
               ASKF_REASON_AGE_UNKNOWN, "age unknown");
        /* Purposes without an age rule do not need a birth date. */
        expect(askf_decide(ps[k], P(ps[k], "personalization"), &m, NULL, NOW), 1,
               ASKF_REASON_DEFAULT_ALLOW, "no age rule");
    }
}

TEST(kind_recipient_and_user_initiated_rules)
{
    askf_policy *ps[2] = {af, li};
    for (int k = 0; k < 2; k++) {
        const askf_purpose *g = P(ps[k], "train.generative");
        askf_member m = adult("US");
        askf_choice c = choice(g, 1, "2026-01-01T00:00:00Z");
        m.choices = &c;
        m.n_choices = 1;
        askf_context msg = {.kind = "message", .kind_len = 7};
        expect(askf_decide(ps[k], g, &m, &msg, NOW), 0, ASKF_REASON_KIND_EXCLUDED, "message");
        askf_context ai = {.kind = "ai_input", .kind_len = 8};
        expect(askf_decide(ps[k], g, &m, &ai, NOW), 0, ASKF_REASON_KIND_EXCLUDED, "ai_input");
        askf_context third = {.recipient = "third_party:adtech", .recipient_len = 18};
        expect(askf_decide(ps[k], g, &m, &third, NOW), 0, ASKF_REASON_RECIPIENT_EXCLUDED, "3p");
        askf_context post = {.kind = "post", .kind_len = 4, .recipient = "first_party",
                             .recipient_len = 11};
        expect(askf_decide(ps[k], g, &m, &post, NOW), 1, ASKF_REASON_CONSENTED, "post");

        const askf_purpose *inf = P(ps[k], "inference");
        expect(askf_decide(ps[k], inf, &m, NULL, NOW), 0, ASKF_REASON_NOT_USER_INITIATED, "inf");
        askf_context ui = {.kind = "ai_input", .kind_len = 8, .user_initiated = 1};
        expect(askf_decide(ps[k], inf, &m, &ui, NOW), 1, ASKF_REASON_DEFAULT_ALLOW, "inf ui");
    }
    /* Affiliates: only the 2024 policy shares generative training with them. */
    askf_member m = adult("US");
    askf_context ms = {.recipient = "affiliates:microsoft", .recipient_len = 20};
    expect(askf_decide(af, P(af, "train.generative"), &m, &ms, NOW), 0,
           ASKF_REASON_RECIPIENT_EXCLUDED, "af affiliates");
    expect(askf_decide(li, P(li, "train.generative"), &m, &ms, NOW), 1, ASKF_REASON_DEFAULT_ALLOW,
           "li affiliates");
}

TEST(objections_restrict_at_once_until_rejected)
{
    askf_policy *ps[2] = {af, li};
    for (int k = 0; k < 2; k++) {
        const askf_purpose *o = P(ps[k], "train.other");
        askf_member m = adult("US");
        askf_choice c = choice(o, 1, "2026-01-01T00:00:00Z");
        m.choices = &c;
        m.n_choices = 1;
        askf_objection ob = {{"e3", 2}, {"train.other", 11}, ASKF_OBJECT, ASKF_OBJECTION_OPEN,
                             T("2026-03-01T00:00:00Z"), ASKF_TIME_NONE};
        m.objections = &ob;
        m.n_objections = 1;
        expect(askf_decide(ps[k], o, &m, NULL, NOW), 0, ASKF_REASON_OBJECTED, "open");
        expect(askf_decide(ps[k], o, &m, NULL, T("2026-02-01T00:00:00Z")), 1,
               ASKF_REASON_CONSENTED, "before the objection");
        ob.state = ASKF_OBJECTION_UPHELD;
        ob.resolved_at = T("2026-04-01T00:00:00Z");
        expect(askf_decide(ps[k], o, &m, NULL, NOW), 0, ASKF_REASON_OBJECTED, "upheld");
        ob.state = ASKF_OBJECTION_REJECTED;
        expect(askf_decide(ps[k], o, &m, NULL, NOW), 1, ASKF_REASON_CONSENTED, "rejected");
        expect(askf_decide(ps[k], o, &m, NULL, T("2026-03-15T00:00:00Z")), 0,
               ASKF_REASON_OBJECTED, "rejected later");

        const askf_purpose *pz = P(ps[k], "personalization");
        askf_objection rs = {{"e4", 2}, {"personalization", 15}, ASKF_RESTRICT, ASKF_OBJECTION_OPEN,
                             T("2026-03-01T00:00:00Z"), ASKF_TIME_NONE};
        askf_member r = adult("US");
        r.objections = &rs;
        r.n_objections = 1;
        expect(askf_decide(ps[k], pz, &r, NULL, NOW), 0, ASKF_REASON_RESTRICTED, "restrict");
        /* Not objectable: an objection on security does not stop it. */
        askf_objection sec = {{"e5", 2}, {"security", 8}, ASKF_OBJECT, ASKF_OBJECTION_OPEN,
                              T("2026-03-01T00:00:00Z"), ASKF_TIME_NONE};
        r.objections = &sec;
        expect(askf_decide(ps[k], P(ps[k], "security"), &r, NULL, NOW), 1,
               ASKF_REASON_DEFAULT_ALLOW, "security");
    }
}

TEST(choices_consent_refuse_and_stale_notice)
{
    askf_policy *ps[2] = {af, li};
    for (int k = 0; k < 2; k++) {
        const askf_purpose *g = P(ps[k], "train.generative");
        askf_member m = adult("US");
        askf_choice c = choice(g, 1, "2026-01-01T00:00:00Z");
        m.choices = &c;
        m.n_choices = 1;
        askf_decision d = askf_decide(ps[k], g, &m, NULL, NOW);
        expect(d, 1, ASKF_REASON_CONSENTED, "grant");
        CHECK(d.since == c.at);
        c.choice = ASKF_CHOICE_REFUSE;
        expect(askf_decide(ps[k], g, &m, NULL, NOW), 0, ASKF_REASON_REFUSED, "refuse");
        /* A refusal under an older notice still counts. */
        c.notice_hash[0] ^= 1;
        expect(askf_decide(ps[k], g, &m, NULL, NOW), 0, ASKF_REASON_REFUSED, "old refusal");
        c.choice = ASKF_CHOICE_GRANT;
        /* A grant under an older notice: the default applies, and says so. */
        expect(askf_decide(ps[k], g, &m, NULL, NOW), k == 1, ASKF_REASON_STALE_CONSENT, "stale");
        /* A choice made after T does not count at T. */
        c.notice_hash[0] ^= 1;
        expect(askf_decide(ps[k], g, &m, NULL, T("2025-12-01T00:00:00Z")), k == 1,
               k == 1 ? ASKF_REASON_DEFAULT_ALLOW : ASKF_REASON_DEFAULT_DENY, "future choice");
    }
    askf_member m = adult("US");
    expect(askf_decide(af, P(af, "train.generative"), &m, NULL, NOW), 0, ASKF_REASON_DEFAULT_DENY,
           "af default");
    expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 1, ASKF_REASON_DEFAULT_ALLOW,
           "li default");
}

TEST(gpc_refuses_sharing_purposes_and_later_choice_wins)
{
    const askf_purpose *lg = P(li, "train.generative"), *ag = P(af, "train.generative");
    askf_member m = adult("US");
    m.gpc_at = T("2026-02-01T00:00:00Z");
    expect(askf_decide(li, lg, &m, NULL, NOW), 0, ASKF_REASON_REFUSED, "li gpc");
    /* askfirst's train.generative shares with nobody: GPC has nothing to refuse. */
    expect(askf_decide(af, ag, &m, NULL, NOW), 0, ASKF_REASON_DEFAULT_DENY, "af gpc");
    /* The 2024 train.other stays first-party: GPC does not touch it. */
    expect(askf_decide(li, P(li, "train.other"), &m, NULL, NOW), 1, ASKF_REASON_DEFAULT_ALLOW,
           "li other");
    askf_choice later = choice(lg, 1, "2026-03-01T00:00:00Z");
    m.choices = &later;
    m.n_choices = 1;
    expect(askf_decide(li, lg, &m, NULL, NOW), 1, ASKF_REASON_CONSENTED, "grant after gpc");
    askf_choice earlier = choice(lg, 1, "2026-01-01T00:00:00Z");
    m.choices = &earlier;
    expect(askf_decide(li, lg, &m, NULL, NOW), 0, ASKF_REASON_REFUSED, "gpc after grant");
    askf_choice tie = choice(lg, 1, "2026-02-01T00:00:00Z");
    m.choices = &tie;
    expect(askf_decide(li, lg, &m, NULL, NOW), 0, ASKF_REASON_REFUSED, "tie refuses");
}

TEST(order_deleted_beats_everything_and_region_beats_age)
{
    askf_member m = adult("DE");
    m.birth_days = (int32_t)askf__days_from_civil(2012, 1, 1);
    expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 0,
           ASKF_REASON_REGION_EXCLUDED, "region before age");
    m.deleted_at = T("2026-01-01T00:00:00Z");
    m.known = 1;
    expect(askf_decide(li, P(li, "train.generative"), &m, NULL, NOW), 0, ASKF_REASON_DELETED,
           "deleted first");
    askf_member bad = adult("d1");
    expect(askf_decide(af, P(af, "train.generative"), &bad, NULL, NOW), 0,
           ASKF_REASON_REGION_EXCLUDED, "malformed region fails closed");
}

TEST(reason_names_are_pinned)
{
    CHECK_EQ_STR(askf_reason_name(ASKF_REASON_DELETED), "deleted");
    CHECK_EQ_INT(ASKF_REASON_DEFAULT_ALLOW, 15);
    CHECK_EQ_INT(askf_reason_from_name("stale_consent", 13), ASKF_REASON_STALE_CONSENT);
    CHECK_EQ_INT(askf_reason_from_name("nope", 4), 0);
    CHECK_EQ_STR(askf_reason_name((askf_reason)999), "invalid");
}

TEST(member_equal_notices_every_field)
{
    askf_choice ch[2] = {{{"train.generative", 16}, ASKF_CHOICE_GRANT, {1}, 10},
                         {{"train.other", 11}, ASKF_CHOICE_REFUSE, {2}, 20}};
    askf_objection ob[1] = {{{"o1", 2}, {"train.other", 11}, ASKF_OBJECT, ASKF_OBJECTION_OPEN, 5,
                             ASKF_TIME_NONE}};
    askf_deleted_content dc[1] = {{{"post-1", 6}, 7}};
    askf_member a = {{"u1", 2}, 1, {'D', 'E'}, 7000, ASKF_TIME_NONE, ASKF_TIME_NONE, 3,
                     ch, 2, ob, 1, dc, 1};
    askf_choice ch2[2];
    askf_objection ob2[1];
    askf_deleted_content dc2[1];
    memcpy(ch2, ch, sizeof ch);
    memcpy(ob2, ob, sizeof ob);
    memcpy(dc2, dc, sizeof dc);
    askf_member b = a;
    b.choices = ch2;
    b.objections = ob2;
    b.deleted_content = dc2;
    CHECK_EQ_INT(askf_member_equal(&a, &b), 1); /* equal content, other memory */
    b.region[1] = 'K';
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    b.region[1] = 'E';
    ch2[1].notice_hash[5] = 9;
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    ch2[1].notice_hash[5] = 0;
    ob2[0].state = ASKF_OBJECTION_UPHELD;
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    ob2[0].state = ASKF_OBJECTION_OPEN;
    dc2[0].at = 8;
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    dc2[0].at = 7;
    b.n_choices = 1;
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    b.n_choices = 2;
    b.user = (askf_slice){"u2", 2};
    CHECK_EQ_INT(askf_member_equal(&a, &b), 0);
    b.user = (askf_slice){"u1", 2};
    CHECK_EQ_INT(askf_member_equal(&a, &b), 1);
}

int main(void)
{
    af = load("askfirst.yaml");
    li = load("linkedin-2024.yaml");
    RUN(fail_closed_without_policy_purpose_or_member);
    RUN(deleted_account_and_deleted_content);
    RUN(unknown_user_and_unknown_region);
    RUN(region_exclusions_of_the_2024_policy);
    RUN(minors_and_unknown_ages);
    RUN(kind_recipient_and_user_initiated_rules);
    RUN(objections_restrict_at_once_until_rejected);
    RUN(choices_consent_refuse_and_stale_notice);
    RUN(gpc_refuses_sharing_purposes_and_later_choice_wins);
    RUN(order_deleted_beats_everything_and_region_beats_age);
    RUN(reason_names_are_pinned);
    RUN(member_equal_notices_every_field);
    askf_policy_free(af);
    askf_policy_free(li);
    return check_done();
}
