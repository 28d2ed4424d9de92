/*
 * cmd_init.c - `askfirst init`: create the store and publish the first policy.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: askfirst init [--ledger L] [--policy FILE] [--effective T]\n"
    "\n"
    "Create the ledger (default ./askfirst.db, or $ASKFIRST_LEDGER) and publish a policy\n"
    "into it (default: policies/askfirst.yaml, looked up in ., then $ASKFIRST_DATADIR,\n"
    "then the installed data directory).\n"
    "\n"
    "  --ledger L       the store to create or open\n"
    "  --policy FILE    the policy to publish\n"
    "  --effective T    when the policy takes effect (RFC 3339; default: now)\n";

/* The shipped policy named `name`, found in ., $ASKFIRST_DATADIR, or the install prefix. */
const char *cli_find_policy(const char *name, char *buf, size_t cap)
{
    const char *env = getenv("ASKFIRST_DATADIR");
    const char *dirs[] = {".", env, ASKF_DATADIR};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        if (!dirs[i] || !*dirs[i])
            continue;
        snprintf(buf, cap, "%s/policies/%s", dirs[i], name);
        if (access(buf, R_OK) == 0)
            return buf;
    }
    return NULL;
}

int cli_publish_file(askf_ledger *l, const char *path, askf_time effective)
{
    size_t len;
    char *text = cli_read_file(path, &len);
    if (!text)
        return CLI_INPUT;
    askf_append_result res;
    askf_error err = {0};
    askf_status st = askf_ledger_publish_policy(l, text, len, path, effective, askf_time_now(),
                                                &res, &err);
    free(text);
    if (st != ASKF_OK) {
        cli_errorf("%s", err.msg[0] ? err.msg : askf_strerror(st));
        return st == ASKF_ERR_STORE || st == ASKF_ERR_IO ? CLI_STORE : CLI_INPUT;
    }
    printf("policy %s published at seq %lld%s\n", path, (long long)res.seq,
           res.duplicate ? " (already recorded)" : "");
    return CLI_OK;
}

int cmd_init(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    const char *ledger = NULL, *policy = NULL;
    askf_time effective = ASKF_TIME_NONE;
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'},
                                         {"policy", required_argument, 0, 'p'},
                                         {"effective", required_argument, 0, 'e'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': ledger = optarg; break;
        case 'p': policy = optarg; break;
        case 'e':
            if (cli_parse_time("--effective", optarg, &effective))
                return CLI_USAGE;
            break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (optind != argc) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    char found[4096];
    if (!policy) {
        policy = cli_find_policy("askfirst.yaml", found, sizeof found);
        if (!policy) {
            cli_errorf("cannot find policies/askfirst.yaml; name one with --policy FILE");
            return CLI_INPUT;
        }
    }
    askf_ledger *l = cli_open_ledger(ledger, 1);
    if (!l)
        return CLI_STORE;
    printf("ledger %s ready\n", cli_ledger_path(ledger));
    int rc = cli_publish_file(l, policy, effective);
    askf_ledger_close(l);
    return rc;
}
