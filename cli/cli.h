/*
 * cli.h - shared pieces of the askfirst program: exit codes, the command
 * table, and small helpers every cmd_<verb>.c uses. cli/ sees only the public
 * headers in include/askfirst/.
 */
#ifndef ASKF_CLI_H
#define ASKF_CLI_H

#include "askfirst/askfirst.h"

#include <stdio.h>

/* Exit codes (documented in docs/man/askfirst.1.md). */
enum {
    CLI_OK = 0,      /* success */
    CLI_DENIED = 1,  /* `decide` without --json: the answer was deny */
    CLI_USAGE = 2,   /* bad command line */
    CLI_INPUT = 3,   /* bad input: file, JSON, policy, event */
    CLI_STORE = 4    /* the ledger could not be opened, read or written */
};

typedef struct cli_cmd {
    const char *name;    /* "event" */
    const char *summary; /* one line for `askfirst --help` */
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} cli_cmd;

/* The ledger location: the option's value, else $ASKFIRST_LEDGER, else askfirst.db. */
const char *cli_ledger_path(const char *opt);
/* Open the ledger or print why and return NULL. */
askf_ledger *cli_open_ledger(const char *opt, int create);
/* Parse an RFC 3339 time option or print a usage error; 0 ok, -1 bad. */
int cli_parse_time(const char *opt_name, const char *value, askf_time *out);
/* Parse a whole-number option in [min, max] or print a usage error; 0 ok, -1 bad. */
int cli_parse_number(const char *opt_name, const char *value, long long min, long long max,
                     long long *out);
/* Read a whole file ("-" = stdin) into memory; caller frees. NULL + message on failure. */
char *cli_read_file(const char *path, size_t *len);
/* Print "askfirst: <msg>" to stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Write a JSON string literal to f. */
void cli_json_str(FILE *f, const char *s, size_t n);
/* Whether argv holds -h/--help; prints usage text `usage` to stdout if so. */
int cli_wants_help(int argc, char **argv, const char *usage);

/* The shipped policy file `name` (e.g. "askfirst.yaml"), looked up in ./policies,
 * $ASKFIRST_DATADIR/policies, then the installed data directory; NULL if absent. */
const char *cli_find_policy(const char *name, char *buf, size_t cap);
/* Publish the policy file at `path` into the ledger and print the seq. Returns an exit code. */
int cli_publish_file(askf_ledger *l, const char *path, askf_time effective);

/* Subcommands (one file each: cmd_<name>.c). */
int cmd_init(int argc, char **argv);
int cmd_policy(int argc, char **argv);
int cmd_event(int argc, char **argv);
int cmd_decide(int argc, char **argv);
int cmd_consent(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_ledger(int argc, char **argv);
int cmd_demo(int argc, char **argv);
int cmd_keygen(int argc, char **argv);
int cmd_receipt(int argc, char **argv);
/* `askfirst serve` lives in server/ (the only code that links the HTTP library). */
int cmd_serve(int argc, char **argv);
int cmd_redact(int argc, char **argv);
int cmd_snapshot(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_report(int argc, char **argv);

#endif
