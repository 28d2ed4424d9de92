/*
 * writer.c - durable appends off the HTTP threads.
 *
 * The ledger's group commit puts every append that is in flight at the same
 * moment into one transaction and one fsync. A request that waited for its
 * fsync on an HTTP thread would hold that thread, so with a pool sized to the
 * cores only one or two appends could ever share a commit. Instead a write
 * route queues its event (write_job) and its connection is suspended; a few
 * writer threads each take every queued event, append them in one
 * askf_ledger_append call (not atomic: each event succeeds or fails alone),
 * bring the member cache up to the new head (which installs the states the
 * writes announced, see mcache_expect), look up the policy in force for the
 * receipts once for the batch, and hand each job back (the server resumes
 * the connection, and an HTTP thread builds the response). Several writer
 * threads let one batch commit while the previous one waits for its fsync.
 *
 * Nothing is acknowledged before the ledger returns, that is before the
 * event is durable.
 */
#include "server_int.h"

#include <stdlib.h>
#include <string.h>

#define WRITER_MAX_BATCH 512u

struct writer {
    askf_ledger *ledger;
    member_cache *cache; /* may be NULL */
    void (*done)(write_job *j);
    pthread_mutex_t mu;
    pthread_cond_t cv;
    write_job *head, *tail;
    int stopping;
    struct writer_thread **threads;
    size_t n_threads;
};

/* The policy in force for every job of a batch when one lookup settles it:
 * the policy in force is monotone in (seq, time), so if the earliest and the
 * latest (seq, at) of the batch see the same policy, every job in between does. */
static void batch_policy(writer *w, write_job **jobs, size_t n)
{
    int64_t s_min = INT64_MAX, s_max = 0;
    askf_time t_min = INT64_MAX, t_max = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        jobs[i]->policy = NULL;
        if (jobs[i]->err.status != ASKF_OK || jobs[i]->res.duplicate)
            continue;
        s_min = jobs[i]->res.seq < s_min ? jobs[i]->res.seq : s_min;
        s_max = jobs[i]->res.seq > s_max ? jobs[i]->res.seq : s_max;
        t_min = jobs[i]->at < t_min ? jobs[i]->at : t_min;
        t_max = jobs[i]->at > t_max ? jobs[i]->at : t_max;
    }
    if (!s_max)
        return;
    const askf_policy *lo = NULL, *hi = NULL;
    if (askf_ledger_policy_at(w->ledger, s_min, t_min, &lo) != ASKF_OK ||
        askf_ledger_policy_at(w->ledger, s_max, t_max, &hi) != ASKF_OK || lo != hi)
        return; /* each receipt looks its policy up */
    for (size_t i = 0; i < n; i++)
        if (jobs[i]->err.status == ASKF_OK && !jobs[i]->res.duplicate)
            jobs[i]->policy = lo;
}

/* Append the events of `jobs` durably and hand every job back. */
static void run_batch(writer *w, write_job **jobs, size_t n, askf_slice *evs,
                      askf_append_result *res, askf_error *errs)
{
    memset(errs, 0, n * sizeof *errs);
    askf_time now = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        evs[i] = jobs[i]->event;
        now = jobs[i]->at > now ? jobs[i]->at : now;
        if (w->cache && jobs[i]->intent.user.ptr)
            mcache_expect(w->cache, &jobs[i]->intent);
    }
    askf_time clock = askf_time_now();
    askf_status st = askf_ledger_append(w->ledger, evs, n, 0, clock > now ? clock : now, res, errs);
    for (size_t i = 0; i < n; i++) {
        jobs[i]->res = res[i];
        jobs[i]->err = errs[i];
        if (st != ASKF_OK && st != ASKF_ERR_REJECTED && errs[i].status == ASKF_OK)
            jobs[i]->err.status = st; /* a storage failure: nothing of the batch was stored */
    }
    if (w->cache) {
        mcache_sync(w->cache, w->ledger);
        for (size_t i = 0; i < n; i++)
            if (jobs[i]->intent.user.ptr)
                mcache_forget(w->cache, &jobs[i]->intent);
    }
    batch_policy(w, jobs, n);
    for (size_t i = 0; i < n; i++)
        w->done(jobs[i]); /* the job's request may be gone after this */
}

static size_t take_jobs(writer *w, write_job **jobs)
{
    size_t n = 0;
    while (w->head && n < WRITER_MAX_BATCH) {
        jobs[n++] = w->head;
        w->head = w->head->next;
    }
    if (!w->head)
        w->tail = NULL;
    return n;
}

/* One writer thread and the arrays of its batches. */
typedef struct writer_thread {
    writer *w;
    pthread_t id;
    write_job *jobs[WRITER_MAX_BATCH];
    askf_slice evs[WRITER_MAX_BATCH];
    askf_append_result res[WRITER_MAX_BATCH];
    askf_error errs[WRITER_MAX_BATCH];
} writer_thread;

static void *writer_main(void *arg)
{
    writer_thread *t = arg;
    writer *w = t->w;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->head && !w->stopping)
            pthread_cond_wait(&w->cv, &w->mu);
        if (!w->head)
            break;
        size_t n = take_jobs(w, t->jobs);
        pthread_mutex_unlock(&w->mu);
        run_batch(w, t->jobs, n, t->evs, t->res, t->errs);
        pthread_mutex_lock(&w->mu);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

writer *writer_start(askf_ledger *l, member_cache *cache, void (*done)(write_job *j),
                     size_t n_threads)
{
    writer *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->ledger = l;
    w->cache = cache;
    w->done = done;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    w->threads = calloc(n_threads, sizeof *w->threads);
    for (size_t i = 0; w->threads && i < n_threads; i++) {
        writer_thread *t = calloc(1, sizeof *t);
        if (!t)
            break;
        t->w = w;
        if (pthread_create(&t->id, NULL, writer_main, t) != 0) {
            free(t);
            break;
        }
        w->threads[w->n_threads++] = t;
    }
    if (w->n_threads < n_threads) {
        writer_free(w);
        return NULL;
    }
    return w;
}

void writer_stop(writer *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->mu);
    w->stopping = 1;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    for (size_t i = 0; i < w->n_threads; i++) {
        pthread_join(w->threads[i]->id, NULL);
        free(w->threads[i]);
    }
    w->n_threads = 0;
}

void writer_free(writer *w)
{
    if (!w)
        return;
    writer_stop(w);
    free(w->threads);
    pthread_cond_destroy(&w->cv);
    pthread_mutex_destroy(&w->mu);
    free(w);
}

void writer_submit(writer *w, write_job *j)
{
    j->next = NULL;
    pthread_mutex_lock(&w->mu);
    if (!w->stopping) {
        if (w->tail)
            w->tail->next = j;
        else
            w->head = j;
        w->tail = j;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&w->mu);
        return;
    }
    pthread_mutex_unlock(&w->mu);
    /* Stopping: append in the caller's thread. */
    askf_slice ev;
    askf_append_result res;
    askf_error err;
    run_batch(w, &j, 1, &ev, &res, &err);
}
