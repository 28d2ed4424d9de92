/*
 * cmd_ledger.c - `askfirst ledger verify|head`.
 */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst ledger verify [--ledger L]\n"
    "       askfirst ledger head [--ledger L]\n"
    "\n"
    "verify  recompute the hash chain from the first event; names the first bad seq\n"
    "        (exit 3) or prints `ok N events, head HASH`\n"
    "head    the last seq and its chain hash\n";

int cmd_ledger(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    if (argc < 2) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *verb = argv[1], *ledger = NULL;
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'}, {0, 0, 0, 0}};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'l')
            ledger = optarg;
        else {
            fputs(usage, stderr);
            return CLI_USAGE;
        }
    }
    if (optind != argc || (strcmp(verb, "verify") && strcmp(verb, "head"))) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    askf_ledger *l = cli_open_ledger(ledger, 0);
    if (!l)
        return CLI_STORE;
    int rc = CLI_OK;
    int64_t bad = 0;
    askf_error err = {0};
    if (!strcmp(verb, "verify")) {
        askf_status st = askf_ledger_verify(l, &bad, &err);
        if (st == ASKF_ERR_CORRUPT) {
            printf("BAD at seq %lld: %s\n", (long long)bad, err.msg);
            rc = CLI_INPUT;
        } else if (st != ASKF_OK) {
            cli_errorf("verify: %s", err.msg[0] ? err.msg : askf_strerror(st));
            rc = CLI_STORE;
        }
    }
    if (rc == CLI_OK) {
        int64_t seq = 0;
        uint8_t h[ASKF_HASH_SIZE];
        if (askf_ledger_head(l, &seq, h) != ASKF_OK) {
            cli_errorf("cannot read the ledger head");
            rc = CLI_STORE;
        } else {
            printf("%s%lld events, head ", !strcmp(verb, "verify") ? "ok " : "", (long long)seq);
            for (size_t i = 0; i < ASKF_HASH_SIZE; i++)
                printf("%02x", h[i]);
            putchar('\n');
        }
    }
    askf_ledger_close(l);
    return rc;
}
