/*
 * cmd_history.c - `askfirst history USER`: every event recorded about a
 * member, in ledger order, as stored (canonical JSON).
 */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst history USER [--ledger L] [--json]\n"
    "\n"
    "Every event recorded about USER, in ledger order. Text: one line per event\n"
    "(seq, effective time, type, body). --json: one JSON object per event with seq,\n"
    "recorded_at, hash and the event itself.\n";

typedef struct hist_ctx {
    int json;
    size_t n;
} hist_ctx;

static int print_event(const askf_event_view *ev, void *ud)
{
    hist_ctx *h = ud;
    char at[32], rec[32], hex[2 * ASKF_HASH_SIZE + 1];
    askf_time_format(ev->at, at, sizeof at);
    askf_time_format(ev->recorded_at, rec, sizeof rec);
    for (size_t i = 0; i < ASKF_HASH_SIZE; i++)
        snprintf(hex + 2 * i, 3, "%02x", ev->hash[i]);
    if (h->json)
        printf("{\"seq\":%lld,\"recorded_at\":\"%s\",\"hash\":\"%s\",\"event\":%.*s}\n",
               (long long)ev->seq, rec, hex, (int)ev->body.len, ev->body.ptr);
    else
        printf("%6lld  %s  %-18.*s %.*s\n", (long long)ev->seq, at, (int)ev->type.len, ev->type.ptr,
               (int)ev->body.len, ev->body.ptr);
    h->n++;
    return 0;
}

int cmd_history(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    const char *ledger = NULL;
    hist_ctx h = {0, 0};
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'},
                                         {"json", no_argument, 0, 'j'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': ledger = optarg; break;
        case 'j': h.json = 1; break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (argc - optind != 1) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *user = argv[optind];
    askf_ledger *l = cli_open_ledger(ledger, 0);
    if (!l)
        return CLI_STORE;
    askf_error err = {0};
    askf_status st = askf_ledger_history(l, user, strlen(user), print_event, &h, &err);
    askf_ledger_close(l);
    if (st != ASKF_OK) {
        cli_errorf("history of %s: %s", user, err.msg[0] ? err.msg : askf_strerror(st));
        return CLI_STORE;
    }
    if (!h.n && !h.json)
        fprintf(stderr, "askfirst: no events recorded about %s\n", user);
    return CLI_OK;
}
