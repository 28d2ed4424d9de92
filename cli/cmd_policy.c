/*
 * cmd_policy.c - `askfirst policy publish|check|show`.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst policy publish FILE [--effective T] [--ledger L]\n"
    "       askfirst policy check FILE\n"
    "       askfirst policy show [--at T] [--ledger L] [--json]\n"
    "\n"
    "publish  validate FILE and record it (full text and hash) in the ledger; decisions at\n"
    "         times >= T use it (default T: now)\n"
    "check    validate FILE and print each purpose's notice hash\n"
    "show     the policy in force at T (default: now)\n";

static void print_policy(const askf_policy *p, int json)
{
    size_t n = askf_policy_purpose_count(p);
    if (json) {
        printf("{\"name\":");
        cli_json_str(stdout, askf_policy_name(p), strlen(askf_policy_name(p)));
        printf(",\"version\":");
        cli_json_str(stdout, askf_policy_version(p), strlen(askf_policy_version(p)));
        printf(",\"hash\":\"%s\",\"purposes\":[", askf_policy_hash_hex(p));
        for (size_t i = 0; i < n; i++) {
            const askf_purpose *u = askf_policy_purpose(p, i);
            printf("%s{\"id\":\"%s\",\"basis\":\"%s\",\"notice_hash\":\"%s\"}", i ? "," : "",
                   askf_purpose_id(u), askf_basis_name(askf_purpose_basis(u)),
                   askf_purpose_notice_hash_hex(u));
        }
        printf("]}\n");
        return;
    }
    printf("policy %s@%s  hash %s\n", askf_policy_name(p), askf_policy_version(p),
           askf_policy_hash_hex(p));
    for (size_t i = 0; i < n; i++) {
        const askf_purpose *u = askf_policy_purpose(p, i);
        printf("  %-18s %-20s notice %s\n", askf_purpose_id(u),
               askf_basis_name(askf_purpose_basis(u)), askf_purpose_notice_hash_hex(u));
    }
}


int cmd_policy(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    if (argc < 2) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *verb = argv[1];
    const char *ledger = NULL;
    askf_time t = ASKF_TIME_NONE;
    int json = 0;
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'},
                                         {"effective", required_argument, 0, 'e'},
                                         {"at", required_argument, 0, 'a'},
                                         {"json", no_argument, 0, 'j'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': ledger = optarg; break;
        case 'e':
        case 'a':
            if (cli_parse_time(c == 'e' ? "--effective" : "--at", optarg, &t))
                return CLI_USAGE;
            break;
        case 'j': json = 1; break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (!strcmp(verb, "check") || !strcmp(verb, "publish")) {
        if (optind + 1 != argc) {
            fputs(usage, stderr);
            return CLI_USAGE;
        }
        const char *file = argv[optind];
        if (!strcmp(verb, "publish")) {
            askf_ledger *l = cli_open_ledger(ledger, 0);
            if (!l)
                return CLI_STORE;
            int rc = cli_publish_file(l, file, t);
            askf_ledger_close(l);
            return rc;
        }
        askf_policy *p = NULL;
        askf_error err = {0};
        if (askf_policy_load_file(file, &p, &err) != ASKF_OK) {
            cli_errorf("%s", err.msg);
            return CLI_INPUT;
        }
        print_policy(p, json);
        askf_policy_free(p);
        return CLI_OK;
    }
    if (!strcmp(verb, "show")) {
        if (optind != argc) {
            fputs(usage, stderr);
            return CLI_USAGE;
        }
        askf_ledger *l = cli_open_ledger(ledger, 0);
        if (!l)
            return CLI_STORE;
        const askf_policy *p = NULL;
        askf_status st = askf_ledger_policy_at(l, 0, t == ASKF_TIME_NONE ? askf_time_now() : t, &p);
        int rc = CLI_OK;
        if (st == ASKF_OK) {
            print_policy(p, json);
        } else {
            cli_errorf("%s", st == ASKF_ERR_NO_POLICY ? "no policy is in force at that time"
                                                      : askf_strerror(st));
            rc = st == ASKF_ERR_NO_POLICY ? CLI_INPUT : CLI_STORE;
        }
        askf_ledger_close(l);
        return rc;
    }
    cli_errorf("policy: unknown verb '%s' (publish, check or show)", verb);
    return CLI_USAGE;
}
