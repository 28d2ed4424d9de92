/*
 * cmd_snapshot.c - `askfirst snapshot`: write the fold of the ledger at (S, T)
 * as a snapshot file for builds, and `askfirst snapshot info` to show and
 * verify one.
 */
#include "cli.h"
#include "askfirst/snapshot.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst snapshot [--at T] [--seq S] -o FILE [--ledger L]\n"
    "       askfirst snapshot info FILE [--verify] [--json]\n"
    "\n"
    "Write every member's consent state as of ledger position S and time T (the fold of\n"
    "the ledger) into FILE, a compact read-only file that builds map and share\n"
    "(docs/formats.md, \"Snapshot\"). The same (S, T) always gives the same bytes.\n"
    "\n"
    "  --at T        effective time (RFC 3339; default now)\n"
    "  --seq S       include events up to ledger position S (default: the head)\n"
    "  -o, --out F   the snapshot file to write (replaced atomically)\n"
    "  --ledger L    the ledger (default $ASKFIRST_LEDGER or askfirst.db)\n"
    "\n"
    "info prints the header; --verify also checks the body checksum (reads the whole file)\n"
    "and prints the file's SHA-256. A corrupt or truncated file exits 3.\n";

static void put_hex(FILE *f, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%02x", p[i]);
}

static int info_cmd(int argc, char **argv)
{
    int verify = 0, json = 0;
    static const struct option opts[] = {{"verify", no_argument, 0, 'v'},
                                         {"json", no_argument, 0, 'j'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'v')
            verify = 1;
        else if (c == 'j')
            json = 1;
        else {
            fputs(usage, stderr);
            return CLI_USAGE;
        }
    }
    if (optind != argc - 1) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    askf_snapshot *s = NULL;
    askf_error err = {0};
    askf_status st = askf_snapshot_open(argv[optind], 0, &s, &err);
    if (st != ASKF_OK) {
        cli_errorf("%s", err.msg[0] ? err.msg : askf_strerror(st));
        return CLI_INPUT;
    }
    uint8_t fh[ASKF_HASH_SIZE];
    if (verify && (st = askf_snapshot_verify(s, fh, &err)) != ASKF_OK) {
        cli_errorf("%s", err.msg);
        askf_snapshot_close(s);
        return CLI_INPUT;
    }
    const askf_snapshot_info *in = askf_snapshot_get_info(s);
    char at[40];
    askf_time_format(in->t, at, sizeof at);
    FILE *o = stdout;
    if (json) {
        fprintf(o, "{\"version\":%u,\"seq\":%lld,\"at\":\"%s\",\"head_hash\":\"", in->version,
                (long long)in->seq, at);
        put_hex(o, in->head_hash, ASKF_HASH_SIZE);
        fprintf(o, "\",\"body_sha256\":\"");
        put_hex(o, in->body_sha256, ASKF_HASH_SIZE);
        fprintf(o, "\",\"bytes\":%llu,\"members\":%llu,\"choices\":%llu,\"objections\":%llu,"
                   "\"deleted_content\":%llu,\"purposes\":%llu,\"notices\":%llu,\"policy\":%s",
                (unsigned long long)in->file_bytes, (unsigned long long)in->members,
                (unsigned long long)in->choices, (unsigned long long)in->objections,
                (unsigned long long)in->deleted_content, (unsigned long long)in->purposes,
                (unsigned long long)in->notices, in->policy_bytes ? "true" : "false");
        if (verify) {
            fprintf(o, ",\"verified\":true,\"sha256\":\"");
            put_hex(o, fh, ASKF_HASH_SIZE);
            fputc('"', o);
        }
        fprintf(o, "}\n");
    } else {
        fprintf(o, "snapshot v%u at seq %lld, %s\n", in->version, (long long)in->seq, at);
        fprintf(o, "  head hash    ");
        put_hex(o, in->head_hash, ASKF_HASH_SIZE);
        fprintf(o, "\n  members      %llu (%llu choices, %llu objections, %llu deleted items)\n",
                (unsigned long long)in->members, (unsigned long long)in->choices,
                (unsigned long long)in->objections, (unsigned long long)in->deleted_content);
        fprintf(o, "  purposes     %llu, notices %llu, policy %s\n",
                (unsigned long long)in->purposes, (unsigned long long)in->notices,
                in->policy_bytes ? "included" : "none in force");
        fprintf(o, "  bytes        %llu\n", (unsigned long long)in->file_bytes);
        if (verify) {
            fprintf(o, "  verified     body checksum ok; sha256 ");
            put_hex(o, fh, ASKF_HASH_SIZE);
            fputc('\n', o);
        }
    }
    askf_snapshot_close(s);
    return CLI_OK;
}

int cmd_snapshot(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    if (argc >= 2 && !strcmp(argv[1], "info"))
        return info_cmd(argc, argv);
    const char *ledger = NULL, *out = NULL;
    askf_time at = askf_time_now();
    long long seq = 0;
    static const struct option opts[] = {{"at", required_argument, 0, 'a'},
                                         {"seq", required_argument, 0, 's'},
                                         {"out", required_argument, 0, 'o'},
                                         {"ledger", required_argument, 0, 'l'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'a':
            if (cli_parse_time("--at", optarg, &at))
                return CLI_USAGE;
            break;
        case 's':
            if (cli_parse_number("--seq", optarg, 1, INT64_MAX, &seq))
                return CLI_USAGE;
            break;
        case 'o': out = optarg; break;
        case 'l': ledger = optarg; break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (optind != argc || !out) {
        if (!out)
            cli_errorf("snapshot: -o FILE is required");
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    askf_ledger *l = cli_open_ledger(ledger, 0);
    if (!l)
        return CLI_STORE;
    askf_error err = {0};
    askf_snapshot_info in;
    askf_status st = askf_snapshot_write_ledger(l, seq, at, out, &in, &err);
    askf_ledger_close(l);
    if (st != ASKF_OK) {
        cli_errorf("snapshot: %s", err.msg[0] ? err.msg : askf_strerror(st));
        return st == ASKF_ERR_IO ? CLI_INPUT : CLI_STORE;
    }
    char ats[40];
    askf_time_format(in.t, ats, sizeof ats);
    printf("%s: %llu members at seq %lld, %s; %llu bytes\n", out, (unsigned long long)in.members,
           (long long)in.seq, ats, (unsigned long long)in.file_bytes);
    return CLI_OK;
}
