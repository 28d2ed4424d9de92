/*
 * cli_util.c - helpers shared by the subcommands (cli.h).
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *cli_ledger_path(const char *opt)
{
    if (opt && *opt)
        return opt;
    const char *env = getenv("ASKFIRST_LEDGER");
    if (env && *env)
        return env;
    return ASKF_LEDGER_DEFAULT;
}

askf_ledger *cli_open_ledger(const char *opt, int create)
{
    askf_ledger_opts o = {.uri = cli_ledger_path(opt), .create = create};
    askf_ledger *l = NULL;
    askf_error err = {0};
    askf_status st = askf_ledger_open(&o, &l, &err);
    if (st != ASKF_OK) {
        cli_errorf("cannot open ledger %s: %s", o.uri, err.msg[0] ? err.msg : askf_strerror(st));
        return NULL;
    }
    return l;
}

int cli_parse_time(const char *opt_name, const char *value, askf_time *out)
{
    if (askf_time_parse(value, strlen(value), out) != ASKF_OK) {
        cli_errorf("%s: '%s' is not an RFC 3339 time (e.g. 2026-01-05T10:00:00Z)", opt_name, value);
        return -1;
    }
    return 0;
}

int cli_parse_number(const char *opt_name, const char *value, long long min, long long max,
                     long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(value, &end, 10);
    if (errno || end == value || *end || v < min || v > max) {
        cli_errorf("%s: '%s' is not a whole number from %lld to %lld", opt_name, value, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        cli_errorf("cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                cli_errorf("cannot read %s: %s", path, strerror(errno));
                free(buf);
                buf = NULL;
            }
            break;
        }
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    if (f != stdin)
        fclose(f);
    if (!buf)
        return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("askfirst: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_json_str(FILE *f, const char *s, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc(c, f);
        } else if (c == '\n') {
            fputs("\\n", f);
        } else if (c < 0x20) {
            fprintf(f, "\\u00%c%c", hx[c >> 4], hx[c & 15]);
        } else {
            fputc(c, f);
        }
    }
    fputc('"', f);
}

int cli_wants_help(int argc, char **argv, const char *usage)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            break;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return 1;
        }
    }
    return 0;
}
