/*
 * bench_decide.c - in-process decisions per second on one core.
 *
 *   bench_decide POLICY.yaml [members=100000] [rounds=50]
 *
 * Builds `members` synthetic member views (regions across the world, ages,
 * choices under the current and a stale notice, objections, GPC, deleted
 * content), then times askf_decide() over all of them for every purpose,
 * with and without a content context. Prints decisions/s (median of rounds).
 */
#include "askfirst/askfirst.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng = 12345;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmpd(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_decide POLICY.yaml [members] [rounds]\n");
        return 2;
    }
    size_t n = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 100000;
    int rounds = argc > 3 ? atoi(argv[3]) : 50;
    askf_policy *p = NULL;
    askf_error err;
    if (askf_policy_load_file(argv[1], &p, &err) != ASKF_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    static const char *regions[] = {"US", "DE", "FR", "IN", "BR", "GB", "CH", "NO", "JP", "NG"};
    size_t np = askf_policy_purpose_count(p);
    askf_member *m = calloc(n, sizeof *m);
    askf_choice *ch = calloc(n, sizeof *ch);
    askf_objection *ob = calloc(n, sizeof *ob);
    askf_deleted_content *dc = calloc(n, sizeof *dc);
    char (*ids)[24] = calloc(n, 24);
    const askf_purpose *gen = askf_policy_purpose(p, 0);
    for (size_t i = 0; i < n; i++) {
        snprintf(ids[i], 24, "u%zu", i);
        m[i].user = (askf_slice){ids[i], strlen(ids[i])};
        m[i].known = 1;
        memcpy(m[i].region, regions[rnd() % 10], 2);
        m[i].birth_days = 3650 + (int32_t)(rnd() % 15000);
        m[i].deleted_at = rnd() % 50 == 0 ? 1 : ASKF_TIME_NONE;
        m[i].gpc_at = rnd() % 20 == 0 ? 2 : ASKF_TIME_NONE;
        m[i].profile_at = 0;
        if (rnd() % 3 == 0) {
            const askf_purpose *u = askf_policy_purpose(p, rnd() % np);
            ch[i].purpose = (askf_slice){askf_purpose_id(u), strlen(askf_purpose_id(u))};
            ch[i].choice = rnd() % 2 ? ASKF_CHOICE_GRANT : ASKF_CHOICE_REFUSE;
            memcpy(ch[i].notice_hash, askf_purpose_notice_hash(rnd() % 4 ? u : gen), 32);
            ch[i].at = 5;
            m[i].choices = &ch[i];
            m[i].n_choices = 1;
        }
        if (rnd() % 30 == 0) {
            const askf_purpose *u = askf_policy_purpose(p, rnd() % np);
            ob[i].purpose = (askf_slice){askf_purpose_id(u), strlen(askf_purpose_id(u))};
            ob[i].kind = ASKF_OBJECT;
            ob[i].state = ASKF_OBJECTION_OPEN;
            ob[i].at = 3;
            ob[i].resolved_at = ASKF_TIME_NONE;
            m[i].objections = &ob[i];
            m[i].n_objections = 1;
        }
        if (rnd() % 10 == 0) {
            dc[i].id = (askf_slice){"post-1", 6};
            dc[i].at = 4;
            m[i].deleted_content = &dc[i];
            m[i].n_deleted_content = 1;
        }
    }
    askf_context ctx = {.recipient = "first_party", .recipient_len = 11, .kind = "post",
                        .kind_len = 4, .content_id = "post-1", .content_id_len = 6};
    askf_time at = (askf_time)1780000000 * 1000000;
    double *rate = calloc((size_t)rounds, sizeof *rate);
    size_t allowed = 0;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_s();
        for (size_t k = 0; k < np; k++) {
            const askf_purpose *u = askf_policy_purpose(p, k);
            for (size_t i = 0; i < n; i++) {
                askf_decision d = askf_decide(p, u, &m[i], (i & 1) ? &ctx : NULL, at);
                allowed += (size_t)d.allow;
            }
        }
        rate[r] = (double)(n * np) / (now_s() - t0);
    }
    qsort(rate, (size_t)rounds, sizeof *rate, cmpd);
    printf("decisions/s (one core): median %.1f M, min %.1f M, max %.1f M  "
           "[%zu members x %zu purposes x %d rounds; %zu allowed]\n",
           rate[rounds / 2] / 1e6, rate[0] / 1e6, rate[rounds - 1] / 1e6, n, np, rounds, allowed);
    free(rate);
    free(m);
    free(ch);
    free(ob);
    free(dc);
    free(ids);
    askf_policy_free(p);
    return 0;
}
