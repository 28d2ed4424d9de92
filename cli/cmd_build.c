/*
 * cmd_build.c - `askfirst build`: a content export -> a training dataset
 * (shards, manifest, lineage, rejects) through askf_build_run(). With --at
 * instead of --snapshot, the ledger is folded into a temporary snapshot first
 * (deleted afterwards: it holds raw member ids, which never go into a dataset
 * directory).
 */
#include "cli.h"
#include "askfirst/build.h"
#include "askfirst/snapshot.h"

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: askfirst build --purpose P --in FILE... --out DIR\n"
    "                      [--snapshot FILE | --at T [--seq S] [--ledger L]] [--recipient R]\n"
    "                      [--members FILE] --key-file K [--shards N] [--shard-by user|content]\n"
    "                      [--workers N] [--max-rejects N] [--map F=NAME,...] [--source S]\n"
    "                      [--compression zstd|none] [--block-size N] [--map-input] [--json]\n"
    "\n"
    "Decide every record of a JSONL content export (plain, .zst or .gz) for purpose P and\n"
    "recipient R with the consent snapshot, minimise personal data in the allowed ones under\n"
    "the policy's `minimise` settings, and write Dolma-style shards with keyed pseudonyms\n"
    "instead of member and content ids, plus DIR/manifest.json (written last), DIR/lineage/\n"
    "and DIR/rejects.jsonl (docs/formats.md). The output does not depend on --workers.\n"
    "\n"
    "  --purpose P        purpose id in the snapshot's policy (e.g. train.generative)\n"
    "  --in FILE          input file; repeat, or list several after one --in\n"
    "  --out DIR          output directory (its old manifest.json is removed first)\n"
    "  --snapshot FILE    consent snapshot (askfirst snapshot); or:\n"
    "  --at T             fold the ledger at time T (and --seq S) into a temporary snapshot\n"
    "  --recipient R      who receives the dataset (default first_party)\n"
    "  --members FILE     member directory JSONL for name and handle detection\n"
    "  --key-file K       pseudonym key: 64 hex characters, or a file of >= 16 raw bytes\n"
    "  --shards N         number of shards (default 8)\n"
    "  --shard-by W       user (a member's records in one shard; default) or content\n"
    "  --workers N        worker threads (default one per core)\n"
    "  --max-rejects N    fail when more records are rejected (default 0.1% of records)\n"
    "  --map F=NAME,...   input field names for id, user, kind, text, created_at\n"
    "  --source S         the records' \"source\" value (default askfirst)\n"
    "  --compression C    zstd (default; shard-NNNNN.jsonl.zst) or none (.jsonl)\n"
    "  --block-size N     input chunk size in bytes (default 4194304); recorded in the\n"
    "                     manifest, because the shards' frame boundaries follow it\n"
    "  --map-input        map plain input files instead of reading them (less copying);\n"
    "                     the files must not be truncated while the build runs\n"
    "  --json             print the summary as one JSON object\n"
    "\n"
    "Exit: 0 dataset complete, 2 usage, 3 bad input or too many rejects, 4 ledger error.\n";

typedef struct progress_state {
    int tty;
    double last;
} progress_state;

static void on_progress(const askf_build_progress *p, void *ud)
{
    progress_state *ps = ud;
    if (!ps->tty)
        return;
    /* Speed from the records written; position from the bytes read (compressed
     * for .zst/.gz), whose pace is the same once the bounded queue is full. */
    double rate = p->seconds > 0 ? (double)p->bytes_done / 1e6 / p->seconds : 0;
    double in_rate = p->seconds > 0 ? (double)p->bytes_in / p->seconds : 0;
    char eta[32] = "--";
    if (p->bytes_total && in_rate > 0 && p->bytes_in <= p->bytes_total) {
        double left = (double)(p->bytes_total - p->bytes_in) / in_rate;
        snprintf(eta, sizeof eta, "%.0fs", left);
    }
    int width = 24, fill = p->bytes_total ? (int)(width * (double)p->bytes_in / (double)p->bytes_total) : 0;
    if (fill > width)
        fill = width;
    char bar[32];
    for (int i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[width] = 0;
    fprintf(stderr, "\r[%s] %llu records  %.1f MB/s  ETA %s  allowed %llu  denied %llu  rejected %llu ",
            bar, (unsigned long long)p->records, rate, eta, (unsigned long long)p->allowed,
            (unsigned long long)p->denied, (unsigned long long)p->rejected);
    fflush(stderr);
}

static int read_key(const char *path, uint8_t **key, size_t *len)
{
    size_t n;
    char *raw = cli_read_file(path, &n);
    if (!raw)
        return -1;
    size_t t = n;
    while (t && (raw[t - 1] == '\n' || raw[t - 1] == '\r' || raw[t - 1] == ' '))
        t--;
    int hex = t == 64;
    for (size_t i = 0; hex && i < t; i++)
        hex = strchr("0123456789abcdefABCDEF", raw[i]) != NULL;
    if (hex) {
        uint8_t *k = malloc(32);
        for (size_t i = 0; k && i < 32; i++) {
            char b[3] = {raw[2 * i], raw[2 * i + 1], 0};
            k[i] = (uint8_t)strtoul(b, NULL, 16);
        }
        free(raw);
        *key = k;
        *len = 32;
        return k ? 0 : -1;
    }
    if (n < 16) {
        cli_errorf("--key-file %s: a key needs at least 16 bytes (or 64 hex characters)", path);
        free(raw);
        return -1;
    }
    *key = (uint8_t *)raw;
    *len = n;
    return 0;
}

static void print_json(const askf_build_opts *o, const askf_build_summary *s)
{
    printf("{\"ok\":true,\"dataset\":\"%s\",\"manifest_sha256\":\"%s\",\"out\":", s->dataset,
           s->manifest_sha256);
    cli_json_str(stdout, o->out_dir, strlen(o->out_dir));
    printf(",\"purpose\":");
    cli_json_str(stdout, o->purpose, strlen(o->purpose));
    printf(",\"records\":%llu,\"allowed\":%llu,\"written\":%llu,\"denied\":%llu,\"rejected\":%llu,"
           "\"pii_dropped\":%llu,\"by_reason\":{",
           (unsigned long long)s->records, (unsigned long long)s->allowed,
           (unsigned long long)s->written, (unsigned long long)s->denied,
           (unsigned long long)s->rejected, (unsigned long long)s->pii_dropped);
    int first = 1;
    for (int r = 1; r < ASKF_BUILD_REASONS; r++) {
        if (!s->by_reason[r])
            continue;
        printf("%s\"%s\":%llu", first ? "" : ",", askf_reason_name((askf_reason)r),
               (unsigned long long)s->by_reason[r]);
        first = 0;
    }
    printf("},\"bytes_in\":%llu,\"bytes_out\":%llu,\"shards\":%u,\"workers\":%u,\"seconds\":%.3f,"
           "\"mb_per_s\":%.1f}\n",
           (unsigned long long)s->bytes_in, (unsigned long long)s->bytes_out, s->shards,
           s->workers, s->seconds, s->seconds > 0 ? (double)s->bytes_in / 1e6 / s->seconds : 0.0);
}

int cmd_build(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    askf_build_opts o;
    memset(&o, 0, sizeof o);
    o.max_rejects = -1;
    const char *key_file = NULL, *ledger = NULL, *at_s = NULL;
    long long seq = 0;
    int json = 0;
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t n_in = 0;
    static const struct option opts[] = {
        {"purpose", required_argument, 0, 'p'}, {"in", required_argument, 0, 'i'},
        {"out", required_argument, 0, 'o'},     {"snapshot", required_argument, 0, 'S'},
        {"at", required_argument, 0, 'a'},      {"seq", required_argument, 0, 'q'},
        {"ledger", required_argument, 0, 'l'},  {"recipient", required_argument, 0, 'r'},
        {"members", required_argument, 0, 'm'}, {"key-file", required_argument, 0, 'k'},
        {"shards", required_argument, 0, 'n'},  {"shard-by", required_argument, 0, 'b'},
        {"workers", required_argument, 0, 'w'}, {"max-rejects", required_argument, 0, 'x'},
        {"map", required_argument, 0, 'M'},     {"source", required_argument, 0, 's'},
        {"compression", required_argument, 0, 'c'}, {"json", no_argument, 0, 'j'},
        {"block-size", required_argument, 0, 'B'}, {"map-input", no_argument, 0, 'P'},
        {0, 0, 0, 0}};
    int c, li = 0, rc = CLI_OK;
    optind = 1;
    while (inputs && (c = getopt_long(argc, argv, "", opts, &li)) != -1) {
        long long v = 0;
        if (strchr("nwxqB", c)) {
            /* --shards and --workers fill unsigned fields. */
            long long max = c == 'n' || c == 'w' ? UINT_MAX : LLONG_MAX;
            char name[32];
            snprintf(name, sizeof name, "--%s", opts[li].name);
            if (cli_parse_number(name, optarg, 0, max, &v)) {
                free(inputs);
                return CLI_USAGE;
            }
        }
        switch (c) {
        case 'p': o.purpose = optarg; break;
        case 'i': inputs[n_in++] = optarg; break;
        case 'o': o.out_dir = optarg; break;
        case 'S': o.snapshot = optarg; break;
        case 'a': at_s = optarg; break;
        case 'q': seq = v; break;
        case 'l': ledger = optarg; break;
        case 'r': o.recipient = optarg; break;
        case 'm': o.members = optarg; break;
        case 'k': key_file = optarg; break;
        case 'n': o.shards = (unsigned)v; break;
        case 'w': o.workers = (unsigned)v; break;
        case 'x': o.max_rejects = v; break;
        case 'M': o.map = optarg; break;
        case 's': o.source = optarg; break;
        case 'B': o.block_bytes = (size_t)v; break;
        case 'j': json = 1; break;
        case 'P': o.map_inputs = 1; break;
        case 'b':
            if (!strcmp(optarg, "user"))
                o.shard_by = ASKF_SHARD_BY_USER;
            else if (!strcmp(optarg, "content"))
                o.shard_by = ASKF_SHARD_BY_CONTENT;
            else {
                cli_errorf("--shard-by: expected user or content, got '%s'", optarg);
                free(inputs);
                return CLI_USAGE;
            }
            break;
        case 'c':
            if (!strcmp(optarg, "none"))
                o.zstd_level = -1;
            else if (strcmp(optarg, "zstd")) {
                cli_errorf("--compression: expected zstd or none, got '%s'", optarg);
                free(inputs);
                return CLI_USAGE;
            }
            break;
        default: fputs(usage, stderr); free(inputs); return CLI_USAGE;
        }
    }
    if (!inputs)
        return CLI_STORE;
    while (optind < argc)
        inputs[n_in++] = argv[optind++];
    const char *missing = !o.purpose ? "--purpose" : !n_in ? "--in" : !o.out_dir ? "--out"
                          : !key_file ? "--key-file" : (!o.snapshot && !at_s) ? "--snapshot or --at"
                          : NULL;
    if (missing || (o.snapshot && at_s)) {
        if (missing)
            cli_errorf("build: %s is required", missing);
        else
            cli_errorf("build: give --snapshot or --at, not both");
        fputs(usage, stderr);
        free(inputs);
        return CLI_USAGE;
    }
    o.inputs = inputs;
    o.n_inputs = n_in;
    uint8_t *key = NULL;
    if (read_key(key_file, &key, &o.key_len)) {
        free(inputs);
        return CLI_INPUT;
    }
    o.key = key;

    char tmp_snap[4096] = "";
    askf_error err = {0};
    if (at_s) {
        askf_time at;
        if (cli_parse_time("--at", at_s, &at)) {
            rc = CLI_USAGE;
            goto done;
        }
        const char *tdir = getenv("TMPDIR");
        snprintf(tmp_snap, sizeof tmp_snap, "%s/askfirst-build-%ld.snap",
                 tdir && *tdir ? tdir : "/tmp", (long)getpid());
        askf_ledger *l = cli_open_ledger(ledger, 0);
        if (!l) {
            rc = CLI_STORE;
            tmp_snap[0] = 0;
            goto done;
        }
        askf_status st = askf_snapshot_write_ledger(l, seq, at, tmp_snap, NULL, &err);
        askf_ledger_close(l);
        if (st != ASKF_OK) {
            cli_errorf("build: snapshot: %s", err.msg);
            rc = CLI_STORE;
            goto done;
        }
        o.snapshot = tmp_snap;
    }
    progress_state ps = {isatty(2), 0};
    o.progress = on_progress;
    o.progress_ud = &ps;
    const char *hook = getenv("ASKFIRST_TEST_FAIL_AFTER_CHUNKS");
    if (hook && *hook)
        o.fail_after_chunks = strtoull(hook, NULL, 10);
    askf_build_summary s;
    askf_status st = askf_build_run(&o, &s, &err);
    if (ps.tty)
        fputs("\r\033[K", stderr);
    if (st != ASKF_OK) {
        cli_errorf("%s", err.msg[0] ? err.msg : askf_strerror(st));
        if (json)
            printf("{\"ok\":false,\"status\":\"%s\",\"records\":%llu,\"rejected\":%llu}\n",
                   askf_status_name(st), (unsigned long long)s.records,
                   (unsigned long long)s.rejected);
        rc = st == ASKF_ERR_INVALID ? CLI_USAGE : CLI_INPUT;
        goto done;
    }
    if (json) {
        print_json(&o, &s);
    } else {
        printf("%s: %s, %llu of %llu records written (%llu denied, %llu rejected, %llu dropped "
               "for PII) into %u shards\n",
               o.out_dir, s.dataset, (unsigned long long)s.written, (unsigned long long)s.records,
               (unsigned long long)s.denied, (unsigned long long)s.rejected,
               (unsigned long long)s.pii_dropped, s.shards);
        printf("  %.1f MB in, %.1f MB out, %.2f s, %u workers; askfirst report %s\n",
               (double)s.bytes_in / 1e6, (double)s.bytes_out / 1e6, s.seconds, s.workers,
               o.out_dir);
    }
done:
    if (tmp_snap[0])
        unlink(tmp_snap);
    free(key);
    free(inputs);
    return rc;
}
