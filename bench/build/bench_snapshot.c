/*
 * bench_snapshot.c - snapshot write and open for N synthetic members (default
 * 10 million): a fold is built in memory through the ledger's own fold
 * builder (so no SQLite time is counted), then written with
 * askf_snapshot_write(), opened, verified, and looked up at random.
 *
 *   bench_snapshot [members] [dir]
 *
 * Prints one line per step with seconds and, for lookups, a rate.
 */
#include "askfirst/snapshot.h"
#include "ledger/ledger_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static uint64_t rng = 42;
static uint64_t rnd(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoull(argv[1], NULL, 10) : 10000000;
    const char *dir = argc > 2 ? argv[2] : ".";
    char path[4096];
    snprintf(path, sizeof path, "%s/bench.snap", dir);
    static const char *regions[] = {"US", "DE", "FR", "IN", "BR", "GB", "JP", "NG"};
    double t0 = now_s();
    askf_fold *f = askf__fold_new(1000, 1790000000000000LL);
    askf__fold_builder *b = askf__fold_builder_new();
    uint8_t notice[32];
    memset(notice, 7, sizeof notice);
    char user[32], cid[48];
    for (size_t i = 0; i < n; i++) {
        snprintf(user, sizeof user, "u%09zu", i);
        askf_slice u = {user, strlen(user)};
        askf__fold_builder_reset(b, u);
        askf__event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = ASKF__EV_PROFILE;
        ev.at = 1700000000000000LL + (askf_time)(rnd() % 100000000) * 1000000;
        ev.user = u;
        ev.id = u;
        ev.has_region = 1;
        memcpy(ev.region, regions[rnd() % 8], 2);
        ev.has_birth = 1;
        ev.birth_days = 3000 + (int32_t)(rnd() % 15000);
        askf__fold_builder_apply(b, &ev);
        uint64_t r = rnd() % 100;
        if (r < 30) {
            ev.type = ASKF__EV_CONSENT;
            ev.purpose = (askf_slice){"train.generative", 16};
            ev.choice = r < 20 ? ASKF_CHOICE_GRANT : ASKF_CHOICE_REFUSE;
            memcpy(ev.notice, notice, 32);
            ev.at += 1000000;
            askf__fold_builder_apply(b, &ev);
        }
        if (r % 25 == 0) {
            ev.type = ASKF__EV_DELETE;
            snprintf(cid, sizeof cid, "%s-post-1", user);
            ev.content = (askf_slice){cid, strlen(cid)};
            ev.at += 1000000;
            askf__fold_builder_apply(b, &ev);
        }
        askf__fold_add(f, b);
    }
    askf__fold_builder_free(b);
    double t1 = now_s();
    printf("fold in memory: %zu members, %.2f s (not part of the snapshot figures)\n", n, t1 - t0);

    askf_snapshot_src src = {.fold = f, .seq = 1000, .t = 1790000000000000LL};
    askf_snapshot_info info;
    askf_error err;
    t0 = now_s();
    if (askf_snapshot_write(&src, path, &info, &err) != ASKF_OK) {
        fprintf(stderr, "write: %s\n", err.msg);
        return 1;
    }
    t1 = now_s();
    printf("write: %.2f s, %llu bytes (%.1f bytes/member incl. ids %.1f)\n", t1 - t0,
           (unsigned long long)info.file_bytes, (double)info.file_bytes / (double)n,
           (double)strlen(user));
    askf_fold_free(f);

    askf_snapshot *s = NULL;
    t0 = now_s();
    if (askf_snapshot_open(path, 0, &s, &err) != ASKF_OK) {
        fprintf(stderr, "open: %s\n", err.msg);
        return 1;
    }
    t1 = now_s();
    printf("open: %.6f s\n", t1 - t0);
    t0 = now_s();
    askf_status vs = askf_snapshot_verify(s, NULL, &err);
    t1 = now_s();
    printf("verify (optional, whole body): %.2f s (%s)\n", t1 - t0, askf_strerror(vs));
    askf_snapshot_scratch *sc = NULL;
    askf_snapshot_scratch_new(&sc);
    size_t lookups = 2000000, found = 0;
    t0 = now_s();
    for (size_t i = 0; i < lookups; i++) {
        snprintf(user, sizeof user, "u%09zu", (size_t)(rnd() % n));
        const askf_member *m;
        found += askf_snapshot_lookup(s, sc, user, strlen(user), &m) == ASKF_OK;
    }
    t1 = now_s();
    printf("random lookups: %.2f M/s (%zu of %zu found)\n", (double)lookups / (t1 - t0) / 1e6, found,
           lookups);
    askf_snapshot_scratch_free(sc);
    askf_snapshot_close(s);
    remove(path);
    return 0;
}
