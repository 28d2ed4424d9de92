/*
 * cmd_decide.c - `askfirst decide` and `askfirst consent show`: fold the
 * member's events at (seq, T) and ask the decision function, under the policy
 * in force at T (or one named with --policy, to compare policies on the same
 * ledger).
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char decide_usage[] =
    "usage: askfirst decide USER PURPOSE [--at T] [--seq S] [--content ID] [--recipient R]\n"
    "                       [--kind K] [--user-initiated] [--policy FILE] [--ledger L] [--json]\n"
    "\n"
    "May content of USER be processed for PURPOSE? Prints `allow REASON` or `deny REASON`.\n"
    "\n"
    "  --at T            decide as of time T (RFC 3339; default: now)\n"
    "  --seq S           consider only ledger events with seq <= S (default: all)\n"
    "  --content ID      the content item (a deleted item is denied)\n"
    "  --recipient R     who would receive it (first_party, affiliates:NAME, ...)\n"
    "  --kind K          content kind (post, comment, article, profile, message, ai_input, ...)\n"
    "  --user-initiated  the member started this interaction (for inference purposes)\n"
    "  --policy FILE     decide under FILE instead of the policy in force at T\n"
    "  --json            one JSON object: user, purpose, at, allow, reason, since, policy\n"
    "\n"
    "Exit 0 allow, 1 deny (with --json: 0 for both), 2 usage, 3 bad input, 4 store error.\n";

static const char consent_usage[] =
    "usage: askfirst consent show USER [--at T] [--seq S] [--policy FILE] [--ledger L] [--json]\n"
    "\n"
    "Every purpose of the policy for USER: allow/deny, the reason, and since when.\n";

typedef struct decide_args {
    const char *ledger, *policy_file;
    askf_time at;
    int64_t seq;
    askf_context ctx;
    int json;
} decide_args;

static int parse_common(int argc, char **argv, int first, decide_args *a, const char *usage)
{
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'},
                                         {"at", required_argument, 0, 'a'},
                                         {"seq", required_argument, 0, 's'},
                                         {"content", required_argument, 0, 'c'},
                                         {"recipient", required_argument, 0, 'r'},
                                         {"kind", required_argument, 0, 'k'},
                                         {"user-initiated", no_argument, 0, 'u'},
                                         {"policy", required_argument, 0, 'p'},
                                         {"json", no_argument, 0, 'j'},
                                         {0, 0, 0, 0}};
    memset(a, 0, sizeof *a);
    a->at = ASKF_TIME_NONE;
    int c;
    optind = first;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': a->ledger = optarg; break;
        case 'a':
            if (cli_parse_time("--at", optarg, &a->at))
                return -1;
            break;
        case 's': {
            long long v;
            if (cli_parse_number("--seq", optarg, 0, INT64_MAX, &v))
                return -1;
            a->seq = v;
            break;
        }
        case 'c': a->ctx.content_id = optarg; a->ctx.content_id_len = strlen(optarg); break;
        case 'r': a->ctx.recipient = optarg; a->ctx.recipient_len = strlen(optarg); break;
        case 'k': a->ctx.kind = optarg; a->ctx.kind_len = strlen(optarg); break;
        case 'u': a->ctx.user_initiated = 1; break;
        case 'p': a->policy_file = optarg; break;
        case 'j': a->json = 1; break;
        default: fputs(usage, stderr); return -1;
        }
    }
    if (a->at == ASKF_TIME_NONE)
        a->at = askf_time_now();
    return 0;
}

/* Options from argv[first] on, then exactly `operands` operands; 0 ok, else usage was printed. */
static int parse_with_operands(int argc, char **argv, int first, int operands, decide_args *a,
                               const char *usage)
{
    if (parse_common(argc, argv, first, a, usage))
        return -1;
    if (argc - optind == operands)
        return 0;
    fputs(usage, stderr);
    return -1;
}

/* The policy to decide under: --policy FILE (owned, freed by the caller) or the
 * ledger's policy in force at T (borrowed). *p NULL means none is in force. */
static int pick_policy(askf_ledger *l, const decide_args *a, askf_policy **owned,
                       const askf_policy **p)
{
    *owned = NULL;
    *p = NULL;
    if (a->policy_file) {
        askf_error err = {0};
        if (askf_policy_load_file(a->policy_file, owned, &err) != ASKF_OK) {
            cli_errorf("%s", err.msg);
            return CLI_INPUT;
        }
        *p = *owned;
        return CLI_OK;
    }
    askf_status st = askf_ledger_policy_at(l, a->seq, a->at, p);
    if (st != ASKF_OK && st != ASKF_ERR_NO_POLICY) {
        cli_errorf("reading the policy in force: %s", askf_strerror(st));
        return CLI_STORE;
    }
    return CLI_OK;
}

static void print_time_json(askf_time t)
{
    if (t == ASKF_TIME_NONE) {
        fputs("null", stdout);
        return;
    }
    char b[32];
    askf_time_format(t, b, sizeof b);
    printf("\"%s\"", b);
}

static void print_decision_json(const char *user, const char *purpose, askf_time at,
                                const askf_policy *p, askf_decision d)
{
    fputs("{\"user\":", stdout);
    cli_json_str(stdout, user, strlen(user));
    fputs(",\"purpose\":", stdout);
    cli_json_str(stdout, purpose, strlen(purpose));
    fputs(",\"at\":", stdout);
    print_time_json(at);
    printf(",\"allow\":%s,\"reason\":\"%s\",\"since\":", d.allow ? "true" : "false",
           askf_reason_name(d.reason));
    print_time_json(d.since);
    fputs(",\"policy\":", stdout);
    if (p) {
        char nv[512];
        int k = snprintf(nv, sizeof nv, "%s@%s", askf_policy_name(p), askf_policy_version(p));
        cli_json_str(stdout, nv, k < 0 ? 0 : (size_t)k < sizeof nv ? (size_t)k : sizeof nv - 1);
    } else {
        fputs("null", stdout);
    }
    fputs("}\n", stdout);
}

static askf_member_state *fold_member(askf_ledger *l, const char *user, const decide_args *a,
                                      int *rc)
{
    askf_member_state *s = NULL;
    askf_error err = {0};
    askf_status st = askf_ledger_member(l, user, strlen(user), a->seq, a->at, &s, &err);
    if (st != ASKF_OK) {
        cli_errorf("reading %s: %s", user, err.msg[0] ? err.msg : askf_strerror(st));
        *rc = CLI_STORE;
        return NULL;
    }
    return s;
}

int cmd_decide(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, decide_usage))
        return CLI_OK;
    decide_args a;
    if (parse_with_operands(argc, argv, 1, 2, &a, decide_usage))
        return CLI_USAGE;
    const char *user = argv[optind], *purpose = argv[optind + 1];
    askf_ledger *l = cli_open_ledger(a.ledger, 0);
    if (!l)
        return CLI_STORE;
    askf_policy *owned = NULL;
    const askf_policy *p = NULL;
    int rc = pick_policy(l, &a, &owned, &p);
    askf_member_state *s = NULL;
    if (rc == CLI_OK)
        s = fold_member(l, user, &a, &rc);
    if (rc == CLI_OK) {
        const askf_purpose *u = NULL;
        if (p) {
            int i = askf_policy_purpose_index(p, purpose, strlen(purpose));
            u = i >= 0 ? askf_policy_purpose(p, (size_t)i) : NULL;
        }
        askf_decision d = askf_decide(p, u, askf_member_state_view(s), &a.ctx, a.at);
        if (a.json) {
            print_decision_json(user, purpose, a.at, p, d);
        } else {
            printf("%s %s", d.allow ? "allow" : "deny", askf_reason_name(d.reason));
            if (d.since != ASKF_TIME_NONE) {
                char b[32];
                askf_time_format(d.since, b, sizeof b);
                printf(" (since %s)", b);
            }
            putchar('\n');
            if (!d.allow)
                rc = CLI_DENIED;
        }
    }
    askf_member_state_free(s);
    askf_policy_free(owned);
    askf_ledger_close(l);
    return rc;
}

int cmd_consent(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, consent_usage))
        return CLI_OK;
    if (argc < 2 || strcmp(argv[1], "show") != 0) {
        fputs(consent_usage, stderr);
        return CLI_USAGE;
    }
    decide_args a;
    if (parse_with_operands(argc, argv, 2, 1, &a, consent_usage))
        return CLI_USAGE;
    const char *user = argv[optind];
    askf_ledger *l = cli_open_ledger(a.ledger, 0);
    if (!l)
        return CLI_STORE;
    askf_policy *owned = NULL;
    const askf_policy *p = NULL;
    int rc = pick_policy(l, &a, &owned, &p);
    askf_member_state *s = NULL;
    if (rc == CLI_OK && !p) {
        cli_errorf("no policy is in force at that time");
        rc = CLI_INPUT;
    }
    if (rc == CLI_OK)
        s = fold_member(l, user, &a, &rc);
    if (rc == CLI_OK) {
        const askf_member *m = askf_member_state_view(s);
        size_t n = askf_policy_purpose_count(p);
        if (!a.json)
            printf("%s under %s@%s\n", user, askf_policy_name(p), askf_policy_version(p));
        for (size_t i = 0; i < n; i++) {
            const askf_purpose *u = askf_policy_purpose(p, i);
            askf_decision d = askf_decide(p, u, m, &a.ctx, a.at);
            if (a.json) {
                print_decision_json(user, askf_purpose_id(u), a.at, p, d);
                continue;
            }
            char b[32] = "-";
            if (d.since != ASKF_TIME_NONE)
                askf_time_format(d.since, b, sizeof b);
            printf("  %-18s %-5s %-20s since %s\n", askf_purpose_id(u), d.allow ? "allow" : "deny",
                   askf_reason_name(d.reason), b);
        }
    }
    askf_member_state_free(s);
    askf_policy_free(owned);
    askf_ledger_close(l);
    return rc;
}
