/*
 * cmd_event.c - `askfirst event add`: append events from one JSON object, a
 * JSONL stream, or a file. Each stored event's seq is printed; each rejected
 * line is reported with its line number and field, and nothing of it is kept.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst event add [FILE|-] [--atomic] [--ledger L] [--quiet]\n"
    "\n"
    "Append events (docs/formats.md) from FILE or stdin: a single JSON object, or JSONL\n"
    "(one object per line; blank lines are skipped). Prints `seq=N id=ID` for each stored\n"
    "event (`duplicate` when the same id and body were already recorded).\n"
    "\n"
    "  --atomic    all or nothing: if any event is rejected, none is stored\n"
    "  --quiet     print only errors and the summary\n"
    "\n"
    "Exit 0 when every event was stored, 3 when some were rejected, 4 on a store error.\n";

#define BATCH 4096

typedef struct line_ref {
    askf_slice s;
    size_t lineno;
} line_ref;

/* Split the input into events: a single (possibly pretty-printed) object, or lines. */
static size_t split_events(char *text, size_t len, line_ref **out)
{
    size_t cap = 1024, n = 0;
    line_ref *v = malloc(cap * sizeof *v);
    if (!v)
        return 0;
    /* A single multi-line object: first non-space is '{' and there is exactly one
     * non-empty line that does not start a new object. Simplest test: if no line
     * after the first non-empty one starts with '{', treat the whole text as one. */
    size_t first = 0;
    while (first < len && (text[first] == ' ' || text[first] == '\n' || text[first] == '\r' ||
                           text[first] == '\t'))
        first++;
    int single = 1;
    for (size_t i = first; i < len; i++) {
        if (text[i] == '\n') {
            size_t j = i + 1;
            while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
                j++;
            if (j < len && text[j] == '{' && j == i + 1) {
                single = 0;
                break;
            }
        }
    }
    if (single) {
        size_t end = len;
        while (end > first && (text[end - 1] == '\n' || text[end - 1] == ' ' ||
                               text[end - 1] == '\r' || text[end - 1] == '\t'))
            end--;
        if (end > first) {
            size_t lineno = 1;
            for (size_t i = 0; i < first; i++)
                lineno += text[i] == '\n';
            v[n++] = (line_ref){{text + first, end - first}, lineno};
        }
        *out = v;
        return n;
    }
    size_t lineno = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        lineno++;
        size_t e = i;
        if (e > start && text[e - 1] == '\r')
            e--;
        size_t b = start;
        while (b < e && (text[b] == ' ' || text[b] == '\t'))
            b++;
        if (e > b) {
            if (n == cap) {
                cap *= 2;
                line_ref *nv = realloc(v, cap * sizeof *v);
                if (!nv) {
                    free(v);
                    return 0;
                }
                v = nv;
            }
            v[n++] = (line_ref){{text + b, e - b}, lineno};
        }
        start = i + 1;
    }
    *out = v;
    return n;
}

int cmd_event(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    if (argc < 2 || strcmp(argv[1], "add") != 0) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *ledger = NULL;
    int atomic = 0, quiet = 0;
    static const struct option opts[] = {{"ledger", required_argument, 0, 'l'},
                                         {"atomic", no_argument, 0, 'a'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': ledger = optarg; break;
        case 'a': atomic = 1; break;
        case 'q': quiet = 1; break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (argc - optind > 1) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *path = optind < argc ? argv[optind] : "-";
    const char *name = strcmp(path, "-") ? path : "<stdin>";
    size_t len;
    char *text = cli_read_file(path, &len);
    if (!text)
        return CLI_INPUT;
    line_ref *lines = NULL;
    size_t n = split_events(text, len, &lines);
    askf_ledger *l = cli_open_ledger(ledger, 0);
    if (!l) {
        free(lines);
        free(text);
        return CLI_STORE;
    }

    size_t batch_cap = atomic ? (n ? n : 1) : BATCH;
    askf_slice *ev = malloc(batch_cap * sizeof *ev);
    askf_append_result *res = malloc(batch_cap * sizeof *res);
    askf_error *errs = malloc(batch_cap * sizeof *errs);
    size_t stored = 0, dups = 0, rejected = 0;
    int rc = CLI_OK;
    if (!ev || !res || !errs) {
        cli_errorf("out of memory");
        rc = CLI_STORE;
        goto done;
    }
    askf_time now = askf_time_now();
    for (size_t off = 0; off < n; off += batch_cap) {
        size_t k = n - off < batch_cap ? n - off : batch_cap;
        for (size_t i = 0; i < k; i++)
            ev[i] = lines[off + i].s;
        askf_status st = askf_ledger_append(l, ev, k, atomic ? ASKF_APPEND_ATOMIC : 0, now, res, errs);
        if (st != ASKF_OK && st != ASKF_ERR_REJECTED) {
            cli_errorf("%s: %s", name, errs[0].msg[0] ? errs[0].msg : askf_strerror(st));
            rc = CLI_STORE;
            goto done;
        }
        for (size_t i = 0; i < k; i++) {
            if (errs[i].status == ASKF_OK) {
                if (res[i].duplicate)
                    dups++;
                else
                    stored++;
                if (!quiet && !atomic) {
                    printf("seq=%lld line=%zu%s\n", (long long)res[i].seq, lines[off + i].lineno,
                           res[i].duplicate ? " duplicate" : "");
                } else if (!quiet && st == ASKF_OK) {
                    printf("seq=%lld line=%zu%s\n", (long long)res[i].seq, lines[off + i].lineno,
                           res[i].duplicate ? " duplicate" : "");
                }
            } else if (errs[i].status != ASKF_ERR_ABORTED) {
                rejected++;
                fprintf(stderr, "askfirst: %s:%zu: %s\n", name, lines[off + i].lineno, errs[i].msg);
            }
        }
        if (st == ASKF_ERR_REJECTED)
            rc = CLI_INPUT;
    }
    if (atomic && rc == CLI_INPUT)
        fprintf(stderr, "askfirst: --atomic: %zu event(s) rejected, nothing stored\n", rejected);
    else
        fprintf(stderr, "askfirst: %zu stored, %zu duplicate, %zu rejected\n", stored, dups, rejected);
done:
    free(ev);
    free(res);
    free(errs);
    askf_ledger_close(l);
    free(lines);
    free(text);
    return rc;
}
