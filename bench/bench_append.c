/*
 * bench_append.c - durable appends per second through askf_ledger_append()
 * (group commit) with 1 and with 64 writer threads, against a baseline of raw
 * SQLite doing one transaction per event with synchronous=FULL in WAL mode on
 * a table of the same shape. Every writer appends single events in a loop for
 * a fixed time; every acknowledged append is durable in both columns.
 *
 *   bench_append [--seconds S] [--dir DIR] [--threads 1,64] [--runs R]
 *                [--only askfirst|baseline] [--batch N]
 *
 * Prints one table row per thread count (median of R runs) and the ratio.
 * --batch N makes every askfirst append carry N events (default 1): with one
 * writer that is the group-commit leader's work alone, for instruction
 * counts under callgrind (the baseline stays one event per transaction).
 * Not part of `make test`; see docs/benchmarks.md.
 */
#include "askfirst/ledger.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char POLICY[] =
    "name: bench\nversion: \"1\"\npurposes:\n"
    "  - id: train.generative\n    title: Generate\n    notice: May we?\n    basis: consent\n"
    "    objectable: true\n";

static double seconds = 3.0;
static const char *dir = ".";
static int runs = 3;
static int which = 3; /* 1 askfirst, 2 baseline, 3 both */
static int batch = 1;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct worker {
    askf_ledger *l;
    sqlite3 *db;
    const char *path;
    int id;
    int run;
    double deadline;
    long done, failed;
} worker;

/* Writers start together once all threads exist (no spinning: 64 spinning
 * threads on 2 cores would slow down thread creation and the run itself). */
static pthread_mutex_t start_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t start_cv = PTHREAD_COND_INITIALIZER;
static int started;

static void wait_start(void)
{
    pthread_mutex_lock(&start_mu);
    while (!started)
        pthread_cond_wait(&start_cv, &start_mu);
    pthread_mutex_unlock(&start_mu);
}

static void make_event(char *buf, size_t cap, const worker *w, long i, int *len)
{
    *len = snprintf(buf, cap,
                    "{\"id\":\"r%d-w%d-%ld\",\"type\":\"consent\",\"user\":\"user-%d-%ld\","
                    "\"purpose\":\"train.generative\",\"choice\":\"%s\","
                    "\"at\":\"2026-02-01T10:00:00Z\",\"source\":\"settings\"}",
                    w->run, w->id, i, w->id, i % 1000, i % 3 ? "grant" : "refuse");
}

static void *ledger_worker(void *arg)
{
    worker *w = arg;
    char ev[64][256];
    askf_slice s[64];
    askf_append_result r[64];
    askf_error e[64];
    askf_time now = askf_time_now();
    wait_start();
    for (long i = 0; now_s() < w->deadline; i += batch) {
        for (int k = 0; k < batch; k++) {
            int len;
            make_event(ev[k], sizeof ev[k], w, i + k, &len);
            s[k] = (askf_slice){ev[k], (size_t)len};
        }
        if (askf_ledger_append(w->l, s, (size_t)batch, 0, now, r, e) == ASKF_OK)
            w->done += batch;
        else if (w->failed++ == 0) {
            int k = 0;
            while (k + 1 < batch && !e[k].msg[0])
                k++; /* the first event that says why */
            fprintf(stderr, "append failed: event %d: %s\n", k, e[k].msg);
        }
    }
    return NULL;
}

static const char BASE_SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, recorded_at INTEGER NOT NULL,"
    " at INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, user TEXT NOT NULL,"
    " body TEXT NOT NULL, hash BLOB NOT NULL);"
    "CREATE INDEX IF NOT EXISTS events_user_at ON events(user, at, id);";

static sqlite3 *base_open(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return NULL;
    sqlite3_busy_timeout(db, 60000);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", NULL, NULL, NULL);
    return db;
}

static void *base_worker(void *arg)
{
    worker *w = arg;
    char ev[256], id[64], user[64];
    uint8_t hash[32] = {0};
    sqlite3_stmt *begin, *ins, *commit;
    sqlite3_prepare_v2(w->db, "BEGIN IMMEDIATE", -1, &begin, NULL);
    sqlite3_prepare_v2(w->db,
                       "INSERT INTO events(recorded_at, at, id, type, user, body, hash)"
                       " VALUES (?1, ?2, ?3, 'consent', ?4, ?5, ?6)",
                       -1, &ins, NULL);
    sqlite3_prepare_v2(w->db, "COMMIT", -1, &commit, NULL);
    wait_start();
    for (long i = 0; now_s() < w->deadline; i++) {
        int len;
        make_event(ev, sizeof ev, w, i, &len);
        snprintf(id, sizeof id, "r%d-w%d-%ld", w->run, w->id, i);
        snprintf(user, sizeof user, "user-%d-%ld", w->id, i % 1000);
        int ok = sqlite3_step(begin) == SQLITE_DONE;
        sqlite3_reset(begin);
        sqlite3_bind_int64(ins, 1, (sqlite3_int64)i);
        sqlite3_bind_int64(ins, 2, (sqlite3_int64)i);
        sqlite3_bind_text(ins, 3, id, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, user, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, ev, len, SQLITE_STATIC);
        sqlite3_bind_blob(ins, 6, hash, 32, SQLITE_STATIC);
        ok = ok && sqlite3_step(ins) == SQLITE_DONE;
        sqlite3_reset(ins);
        ok = ok && sqlite3_step(commit) == SQLITE_DONE;
        sqlite3_reset(commit);
        if (ok) {
            w->done++;
        } else {
            if (w->failed++ == 0)
                fprintf(stderr, "baseline insert failed: %s\n", sqlite3_errmsg(w->db));
            sqlite3_exec(w->db, "ROLLBACK", NULL, NULL, NULL);
        }
    }
    sqlite3_finalize(begin);
    sqlite3_finalize(ins);
    sqlite3_finalize(commit);
    return NULL;
}

/* One timed run; returns events/s. commits_out receives the ledger's commit count. */
static double run_once(int baseline, int nthreads, int run, double *per_commit)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/bench-append-%s-%d-%d-%ld.db", dir,
             baseline ? "base" : "ledger", nthreads, run, (long)getpid());
    askf_ledger *l = NULL;
    sqlite3 *setup = NULL;
    if (baseline) {
        setup = base_open(path);
        if (!setup || sqlite3_exec(setup, BASE_SCHEMA, NULL, NULL, NULL) != SQLITE_OK) {
            fprintf(stderr, "baseline setup failed\n");
            exit(1);
        }
    } else {
        askf_ledger_opts o = {path, 1, 0};
        askf_error e;
        askf_time eff = 0;
        askf_time_parse("2026-01-01T00:00:00Z", 20, &eff);
        if (askf_ledger_open(&o, &l, &e) != ASKF_OK ||
            askf_ledger_publish_policy(l, POLICY, strlen(POLICY), "bench", eff, askf_time_now(),
                                       NULL, &e) != ASKF_OK) {
            fprintf(stderr, "ledger setup failed: %s\n", e.msg);
            exit(1);
        }
    }
    worker *ws = calloc((size_t)nthreads, sizeof *ws);
    pthread_t *th = calloc((size_t)nthreads, sizeof *th);
    pthread_mutex_lock(&start_mu);
    started = 0;
    pthread_mutex_unlock(&start_mu);
    double deadline = now_s() + 0.5 + seconds;
    for (int i = 0; i < nthreads; i++) {
        ws[i] = (worker){.l = l, .path = path, .id = i, .run = run, .deadline = deadline};
        if (baseline)
            ws[i].db = base_open(path);
        pthread_create(&th[i], NULL, baseline ? base_worker : ledger_worker, &ws[i]);
    }
    /* Start the clock at the deadline minus the run time: thread creation is
     * not measured, and every writer stops at the deadline. */
    while (now_s() < deadline - seconds)
        usleep(1000);
    pthread_mutex_lock(&start_mu);
    started = 1;
    pthread_cond_broadcast(&start_cv);
    pthread_mutex_unlock(&start_mu);
    double t0 = now_s();
    long total = 0, failed = 0;
    for (int i = 0; i < nthreads; i++) {
        pthread_join(th[i], NULL);
        total += ws[i].done;
        failed += ws[i].failed;
        if (ws[i].db)
            sqlite3_close(ws[i].db);
    }
    double el = now_s() - t0;
    *per_commit = 1.0;
    if (l) {
        askf_ledger_stats st;
        askf_ledger_get_stats(l, &st);
        if (st.commits)
            *per_commit = (double)st.events_appended / (double)st.commits;
        askf_ledger_close(l);
    }
    if (setup)
        sqlite3_close(setup);
    if (failed)
        fprintf(stderr, "%ld appends failed\n", failed);
    free(ws);
    free(th);
    char side[4200];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    return (double)total / el;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_d);
    return v[n / 2];
}

int main(int argc, char **argv)
{
    int threads[8] = {1, 64}, n_threads = 2;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--seconds") && i + 1 < argc)
            seconds = strtod(argv[++i], NULL);
        else if (!strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) {
            i++;
            which = !strcmp(argv[i], "askfirst") ? 1 : !strcmp(argv[i], "baseline") ? 2 : 3;
        } else if (!strcmp(argv[i], "--batch") && i + 1 < argc) {
            batch = (int)strtol(argv[++i], NULL, 10);
            if (batch < 1 || batch > 64) {
                fprintf(stderr, "bench_append: --batch takes 1 to 64\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) {
            n_threads = 0;
            for (char *p = argv[++i]; *p && n_threads < 8;) {
                threads[n_threads++] = (int)strtol(p, &p, 10);
                if (*p == ',')
                    p++;
            }
        } else {
            fprintf(stderr,
                    "usage: bench_append [--seconds S] [--dir DIR] [--threads 1,64] [--runs R]"
                    " [--only askfirst|baseline] [--batch N]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > 15 || seconds <= 0) {
        fprintf(stderr, "bench_append: --runs 1..15 and --seconds > 0\n");
        return 2;
    }
    printf("durable appends/s, %d run(s) of %.1f s each, median; files in %s\n", runs, seconds,
           dir);
    printf("%8s %16s %18s %14s %8s\n", "writers", "askfirst ev/s", "baseline ev/s", "ev/commit",
           "ratio");
    for (int t = 0; t < n_threads; t++) {
        double a[15], b[15], pc[15];
        for (int r = 0; r < runs; r++) {
            double dummy;
            a[r] = which & 1 ? run_once(0, threads[t], r, &pc[r]) : 0;
            b[r] = which & 2 ? run_once(1, threads[t], r, &dummy) : 0;
            fprintf(stderr, "  run %d, %d writers: askfirst %.0f/s, baseline %.0f/s\n", r + 1,
                    threads[t], a[r], b[r]);
        }
        double ma = median(a, runs), mb = median(b, runs), mpc = median(pc, runs);
        printf("%8d %16.0f %18.0f %14.1f %7.1fx\n", threads[t], ma, mb, mpc, mb > 0 ? ma / mb : 0);
        fflush(stdout);
    }
    return 0;
}
