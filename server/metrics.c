/*
 * metrics.c - Prometheus text exposition for /metrics: requests by route and
 * status, a latency histogram per route, decisions answered, GPC signals
 * recorded, and the ledger's own counters (events appended, fsync batches).
 * Counters are relaxed atomics: a scrape may be a few requests behind.
 */
#include "server_int.h"

#include <string.h>

const char *const route_names[R_COUNT] = {
#define X_NAME(e, s) s,
    ROUTES(X_NAME)
#undef X_NAME
};

static const unsigned statuses[METRIC_STATUSES] = {200, 201, 204, 304, 400, 401, 403, 404,
                                                   405, 409, 413, 415, 422, 500, 503, 0};
/* Upper bounds in microseconds; the last bucket is +Inf. */
static const uint64_t bounds_us[METRIC_BUCKETS - 1] = {100,   250,   500,    1000,   2500,   5000,
                                                       10000, 25000, 100000, 500000, 2000000};

void metrics_observe(metrics *m, route_id r, unsigned status, uint64_t micros)
{
    size_t si = METRIC_STATUSES - 1; /* "other" */
    for (size_t i = 0; i < METRIC_STATUSES - 1; i++)
        if (statuses[i] == status)
            si = i;
    atomic_fetch_add_explicit(&m->req[r][si], 1, memory_order_relaxed);
    size_t b = METRIC_BUCKETS - 1;
    for (size_t i = 0; i < METRIC_BUCKETS - 1; i++)
        if (micros <= bounds_us[i]) {
            b = i;
            break;
        }
    atomic_fetch_add_explicit(&m->lat_bucket[r][b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->lat_sum_us[r], micros, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->lat_count[r], 1, memory_order_relaxed);
}

static void put_seconds(sbuf *o, uint64_t us)
{
    sb_i64(o, (int64_t)(us / 1000000));
    sb_putc(o, '.');
    char f[7];
    uint64_t frac = us % 1000000;
    for (int i = 5; i >= 0; i--) {
        f[i] = (char)('0' + frac % 10);
        frac /= 10;
    }
    sb_put(o, f, 6);
}

void metrics_render(srv *s, sbuf *o)
{
    metrics *m = &s->m;
    sb_puts(o, "# HELP askfirst_http_requests_total HTTP requests by route and status.\n"
               "# TYPE askfirst_http_requests_total counter\n");
    for (int r = 0; r < R_COUNT; r++)
        for (size_t i = 0; i < METRIC_STATUSES; i++) {
            uint64_t v = atomic_load_explicit(&m->req[r][i], memory_order_relaxed);
            if (!v)
                continue;
            sb_puts(o, "askfirst_http_requests_total{route=\"");
            sb_puts(o, route_names[r]);
            sb_puts(o, "\",status=\"");
            if (statuses[i])
                sb_i64(o, statuses[i]);
            else
                sb_puts(o, "other");
            sb_puts(o, "\"} ");
            sb_i64(o, (int64_t)v);
            sb_putc(o, '\n');
        }
    sb_puts(o, "# HELP askfirst_http_request_duration_seconds Time from request start to "
               "response queued.\n"
               "# TYPE askfirst_http_request_duration_seconds histogram\n");
    for (int r = 0; r < R_COUNT; r++) {
        uint64_t cnt = atomic_load_explicit(&m->lat_count[r], memory_order_relaxed);
        if (!cnt)
            continue;
        uint64_t cum = 0;
        for (size_t b = 0; b < METRIC_BUCKETS; b++) {
            cum += atomic_load_explicit(&m->lat_bucket[r][b], memory_order_relaxed);
            sb_puts(o, "askfirst_http_request_duration_seconds_bucket{route=\"");
            sb_puts(o, route_names[r]);
            sb_puts(o, "\",le=\"");
            if (b < METRIC_BUCKETS - 1)
                put_seconds(o, bounds_us[b]);
            else
                sb_puts(o, "+Inf");
            sb_puts(o, "\"} ");
            sb_i64(o, (int64_t)cum);
            sb_putc(o, '\n');
        }
        sb_puts(o, "askfirst_http_request_duration_seconds_sum{route=\"");
        sb_puts(o, route_names[r]);
        sb_puts(o, "\"} ");
        put_seconds(o, atomic_load_explicit(&m->lat_sum_us[r], memory_order_relaxed));
        sb_puts(o, "\naskfirst_http_request_duration_seconds_count{route=\"");
        sb_puts(o, route_names[r]);
        sb_puts(o, "\"} ");
        sb_i64(o, (int64_t)cnt);
        sb_putc(o, '\n');
    }
    askf_ledger_stats ls;
    memset(&ls, 0, sizeof ls);
    askf_ledger_get_stats(s->ledger, &ls);
    sb_puts(o, "# HELP askfirst_ledger_appends_total Events made durable by this server.\n"
               "# TYPE askfirst_ledger_appends_total counter\naskfirst_ledger_appends_total ");
    sb_i64(o, (int64_t)ls.events_appended);
    sb_puts(o, "\n# HELP askfirst_ledger_fsync_batches_total Ledger commits (one fsync each; "
               "group commit batches concurrent appends).\n"
               "# TYPE askfirst_ledger_fsync_batches_total counter\n"
               "askfirst_ledger_fsync_batches_total ");
    sb_i64(o, (int64_t)ls.commits);
    sb_puts(o, "\n# HELP askfirst_decisions_total Decisions answered by /v1/decide.\n"
               "# TYPE askfirst_decisions_total counter\naskfirst_decisions_total ");
    sb_i64(o, (int64_t)atomic_load(&m->decisions));
    sb_puts(o, "\n# HELP askfirst_gpc_signals_recorded_total Global Privacy Control signals "
               "recorded (once per member).\n"
               "# TYPE askfirst_gpc_signals_recorded_total counter\n"
               "askfirst_gpc_signals_recorded_total ");
    sb_i64(o, (int64_t)atomic_load(&m->gpc_recorded));
    if (s->mcache) {
        uint64_t hits, misses, inval;
        size_t entries;
        mcache_stats(s->mcache, &hits, &misses, &inval, &entries);
        sb_puts(o, "\n# HELP askfirst_member_cache_lookups_total Member-state cache lookups by "
                   "/v1/decide.\n# TYPE askfirst_member_cache_lookups_total counter\n"
                   "askfirst_member_cache_lookups_total{result=\"hit\"} ");
        sb_i64(o, (int64_t)hits);
        sb_puts(o, "\naskfirst_member_cache_lookups_total{result=\"miss\"} ");
        sb_i64(o, (int64_t)misses);
        sb_puts(o, "\n# HELP askfirst_member_cache_invalidations_total Entries dropped because "
                   "an event about the member arrived.\n"
                   "# TYPE askfirst_member_cache_invalidations_total counter\n"
                   "askfirst_member_cache_invalidations_total ");
        sb_i64(o, (int64_t)inval);
        sb_puts(o, "\n# HELP askfirst_member_cache_entries Members held.\n"
                   "# TYPE askfirst_member_cache_entries gauge\naskfirst_member_cache_entries ");
        sb_i64(o, (int64_t)entries);
    }
    sb_puts(o, "\n# HELP askfirst_uptime_seconds Seconds since the server started.\n"
               "# TYPE askfirst_uptime_seconds gauge\naskfirst_uptime_seconds ");
    sb_i64(o, (askf_time_now() - s->started) / 1000000);
    sb_putc(o, '\n');
}
