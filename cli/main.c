/*
 * main.c - the askfirst program: dispatch to one cmd_<verb>.c per subcommand.
 */
#include "cli.h"

#include <string.h>

static const cli_cmd commands[] = {
    {"init", "create the store and publish the policy", cmd_init},
    {"policy", "publish or check a policy file", cmd_policy},
    {"event", "append consent, profile, objection, deletion and GPC events", cmd_event},
    {"decide", "may this member's content be used for this purpose?", cmd_decide},
    {"consent", "every purpose for a member: allow/deny, reason, since when", cmd_consent},
    {"history", "every event recorded about a member", cmd_history},
    {"ledger", "verify the hash chain, show the head", cmd_ledger},
    {"snapshot", "write the consent state at (seq, time) to a file builds share", cmd_snapshot},
    {"redact", "find personal data in JSONL or text and replace it", cmd_redact},
    {"build", "turn a content export into a consented, minimised training dataset", cmd_build},
    {"report", "what a build let through and why not (text, JSON, HTML charts)", cmd_report},
    {"demo", "generate a synthetic platform and compare the shipped policies", cmd_demo},
    {"serve", "HTTP API, settings page and metrics", cmd_serve},
    {"keygen", "create an Ed25519 key pair for signing receipts", cmd_keygen},
    {"receipt", "verify a signed consent receipt", cmd_receipt},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: askfirst <command> [options]   (askfirst <command> --help for details)\n\n"
               "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nThe ledger is ./%s unless --ledger or ASKFIRST_LEDGER says otherwise.\n"
               "Exit codes: 0 ok, 1 denied (decide), 2 usage, 3 bad input, 4 store error.\n",
            ASKF_LEDGER_DEFAULT);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return CLI_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("askfirst %s\n", askf_version_string());
        return CLI_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    cli_errorf("unknown command '%s' (askfirst --help lists them)", argv[1]);
    return CLI_USAGE;
}
