/*
 * cmd_report.c - `askfirst report DIR...`: what each build let through and
 * why not, from its manifest: a text table (several datasets side by side),
 * --json, or --html FILE (one self-contained page with charts).
 */
#include "cli.h"
#include "askfirst/build.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: askfirst report DIR... [--json] [--html FILE]\n"
    "\n"
    "Read DIR/manifest.json of one or more builds (up to 16) and print what each let\n"
    "through and why not: records by decision reason, by region, by content kind, and\n"
    "personal data replaced by type. Several DIRs are shown side by side.\n"
    "\n"
    "  --json        print the same as one JSON object instead of the table\n"
    "  --html FILE   also write a self-contained HTML page with charts to FILE\n";

int cmd_report(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    int json = 0;
    const char *html = NULL;
    static const struct option opts[] = {{"json", no_argument, 0, 'j'},
                                         {"html", required_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'j')
            json = 1;
        else if (c == 'h')
            html = optarg;
        else {
            fputs(usage, stderr);
            return CLI_USAGE;
        }
    }
    size_t n = (size_t)(argc - optind);
    if (n < 1 || n > 16) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    char *texts[16] = {0};
    size_t lens[16];
    int rc = CLI_OK;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/manifest.json", argv[optind + (int)i]);
        if (!(texts[i] = cli_read_file(path, &lens[i]))) {
            cli_errorf("%s is not a finished dataset (no manifest.json)", argv[optind + (int)i]);
            rc = CLI_INPUT;
            goto done;
        }
    }
    askf_error err = {0};
    char *out = NULL;
    size_t len = 0;
    askf_status st = askf_report_render((const char *const *)texts, lens, n,
                                        json ? ASKF_REPORT_JSON : ASKF_REPORT_TEXT, &out, &len, &err);
    if (st != ASKF_OK) {
        cli_errorf("report: %s", err.msg[0] ? err.msg : askf_strerror(st));
        rc = CLI_INPUT;
        goto done;
    }
    fwrite(out, 1, len, stdout);
    askf_report_free(out);
    if (html) {
        st = askf_report_render((const char *const *)texts, lens, n, ASKF_REPORT_HTML, &out, &len,
                                &err);
        FILE *f = st == ASKF_OK ? fopen(html, "wb") : NULL;
        if (!f || fwrite(out, 1, len, f) != len || fclose(f) != 0) {
            cli_errorf("cannot write %s", html);
            rc = CLI_INPUT;
        }
        askf_report_free(out);
    }
done:
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    return rc;
}
