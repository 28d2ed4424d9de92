/*
 * cmd_redact.c - `askfirst redact`: stream JSONL records (or plain text lines)
 * through the PII engine. Large unbuffered reads and writes; each line is
 * handed to askf_pii_redact_record(), which rewrites only the chosen field.
 * Bad lines are reported with their line number and the stream goes on; the
 * exit code is 3 when any line failed.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: askfirst redact [IN] [-o OUT] [--members FILE] [--policy FILE] [--key-file K]\n"
    "                       [--field NAME] [--spans] [--text] [--types EMAIL,PHONE,...]\n"
    "                       [--bad-utf8 redact|reject] [--profile-prefix HOST/PATH/] [--no-cache]\n"
    "\n"
    "Find personal data and replace it (docs/pii.md). IN is JSONL (one record per line;\n"
    "only the --field string is rewritten, every other byte passes through) or plain text\n"
    "with --text. IN '-' or absent reads stdin; OUT defaults to stdout.\n"
    "\n"
    "  --members FILE     member directory JSONL {\"user\",\"name\",\"handle\"}; its compiled\n"
    "                     form is cached in FILE.askfpii\n"
    "  --policy FILE      take per-type actions from the policy's minimise: section\n"
    "  --key-file K       pseudonym key (the file's bytes, at least 16); without it pseudonyms\n"
    "                     are stable only within this run\n"
    "  --field NAME       the JSON string field to redact (default text)\n"
    "  --spans            add \"pii\":[{\"start\",\"end\",\"type\"}] in code points of the original\n"
    "  --text             plain text lines instead of JSONL\n"
    "  --types LIST       only these types (EMAIL,PHONE,IPV4,IPV6,CREDIT_CARD,IBAN,US_SSN,\n"
    "                     URL,HANDLE,PERSON)\n"
    "  --bad-utf8 MODE    invalid UTF-8 in the text: redact (default: replace each bad byte\n"
    "                     with U+FFFD, warn, keep the record) or reject (drop it, exit 3)\n"
    "  --profile-prefix P the platform's own profile URL prefix, e.g. social.example/u/\n"
    "  --no-cache         neither read nor write the directory cache\n"
    "\n"
    "Records whose action is drop_record are left out. Exit: 0 ok, 2 usage, 3 some lines\n"
    "failed (malformed JSON, rejected UTF-8) or input unreadable.\n";

typedef struct out_t {
    int fd;
    char *buf;
    size_t len, cap;
    int failed;
} out_t;

static void out_flush(out_t *o)
{
    size_t off = 0;
    while (off < o->len && !o->failed) {
        ssize_t w = write(o->fd, o->buf + off, o->len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            cli_errorf("write failed: %s", strerror(errno));
            o->failed = 1;
            break;
        }
        off += (size_t)w;
    }
    o->len = 0;
}

static void out_put(out_t *o, const char *p, size_t n)
{
    if (o->len + n > o->cap) {
        out_flush(o);
        if (n > o->cap) { /* a huge record: write it directly */
            while (n && !o->failed) {
                ssize_t w = write(o->fd, p, n);
                if (w < 0) {
                    if (errno == EINTR)
                        continue;
                    cli_errorf("write failed: %s", strerror(errno));
                    o->failed = 1;
                    break;
                }
                p += w;
                n -= (size_t)w;
            }
            return;
        }
    }
    memcpy(o->buf + o->len, p, n);
    o->len += n;
}

/* One byte (the newline after each record): out_put without a call to copy it. */
static void out_putc(out_t *o, char c)
{
    if (o->len + 1 > o->cap)
        out_flush(o);
    o->buf[o->len++] = c;
}

static int read_key(const char *path, uint8_t **key, size_t *klen)
{
    size_t n;
    char *k = cli_read_file(path, &n);
    if (!k)
        return -1;
    while (n && (k[n - 1] == '\n' || k[n - 1] == '\r'))
        n--;
    if (n < 16) {
        cli_errorf("--key-file %s: a key needs at least 16 bytes", path);
        free(k);
        return -1;
    }
    *key = (uint8_t *)k;
    *klen = n;
    return 0;
}

int cmd_redact(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_text))
        return CLI_OK;
    const char *in = NULL, *outp = NULL, *members = NULL, *policy = NULL, *keyfile = NULL;
    const char *field = "text", *types = NULL;
    const char *prefixes[17] = {0};
    size_t nprefix = 0;
    int spans = 0, text = 0, reject = 0, no_cache = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define OPT(name) (!strcmp(a, name) && (v ? (i++, 1) : (cli_errorf("%s needs a value", name), exit(CLI_USAGE), 0)))
        if (OPT("-o") || OPT("--output"))
            outp = v;
        else if (OPT("--members"))
            members = v;
        else if (OPT("--policy"))
            policy = v;
        else if (OPT("--key-file"))
            keyfile = v;
        else if (OPT("--field"))
            field = v;
        else if (OPT("--types"))
            types = v;
        else if (OPT("--profile-prefix")) {
            if (nprefix >= 16) {
                cli_errorf("at most 16 --profile-prefix options");
                return CLI_USAGE;
            }
            prefixes[nprefix++] = v;
        } else if (OPT("--bad-utf8")) {
            if (!strcmp(v, "reject"))
                reject = 1;
            else if (strcmp(v, "redact") != 0) {
                cli_errorf("--bad-utf8 must be redact or reject, not '%s'", v);
                return CLI_USAGE;
            }
        } else if (!strcmp(a, "--spans"))
            spans = 1;
        else if (!strcmp(a, "--text"))
            text = 1;
        else if (!strcmp(a, "--no-cache"))
            no_cache = 1;
        else if (a[0] == '-' && a[1]) {
            cli_errorf("redact: unknown option '%s' (askfirst redact --help)", a);
            return CLI_USAGE;
        } else if (!in)
            in = a;
        else {
            cli_errorf("redact: more than one input file");
            return CLI_USAGE;
        }
#undef OPT
    }

    askf_pii_opts o;
    memset(&o, 0, sizeof o);
    o.members_path = members;
    o.no_cache = no_cache;
    o.profile_prefixes = nprefix ? prefixes : NULL;
    if (types) {
        const char *p = types;
        while (*p) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            askf_pii_type t;
            if (askf_pii_type_parse(p, n, &t) != 0) {
                cli_errorf("--types: unknown type '%.*s'", (int)n, p);
                return CLI_USAGE;
            }
            o.types |= 1u << t;
            p += n + (e ? 1 : 0);
        }
        if (!o.types) {
            cli_errorf("--types: no type given");
            return CLI_USAGE;
        }
    }
    if (policy) {
        askf_policy *pol = NULL;
        askf_error e = {0};
        if (askf_policy_load_file(policy, &pol, &e) != ASKF_OK) {
            cli_errorf("%s", e.msg);
            return CLI_INPUT;
        }
        for (unsigned t = 0; t < ASKF_PII_NTYPES; t++) {
            const char *an = askf_policy_minimise(pol, askf_pii_type_name((askf_pii_type)t));
            askf_pii_action act;
            if (askf_pii_action_parse(an, strlen(an), &act) == 0)
                o.actions[t] = act;
        }
        askf_policy_free(pol);
    }
    uint8_t *key = NULL;
    size_t klen = 0;
    if (keyfile && read_key(keyfile, &key, &klen) != 0)
        return CLI_INPUT;
    o.key = key;
    o.key_len = klen;

    askf_pii *pii = NULL;
    askf_pii_scratch *s = NULL;
    askf_error err = {0};
    askf_status st = askf_pii_new(&o, &pii, &err);
    free(key);
    if (st != ASKF_OK) {
        cli_errorf("%s", err.msg[0] ? err.msg : askf_strerror(st));
        return CLI_INPUT;
    }
    if (askf_pii_scratch_new(pii, &s) != ASKF_OK) {
        cli_errorf("out of memory");
        askf_pii_free(pii);
        return CLI_INPUT;
    }

    int ifd = (!in || !strcmp(in, "-")) ? 0 : open(in, O_RDONLY | O_CLOEXEC);
    if (ifd < 0) {
        cli_errorf("cannot open %s: %s", in, strerror(errno));
        askf_pii_scratch_free(s);
        askf_pii_free(pii);
        return CLI_INPUT;
    }
    out_t out = {.fd = 1, .cap = 1u << 22};
    if (outp && strcmp(outp, "-") != 0) {
        out.fd = open(outp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (out.fd < 0) {
            cli_errorf("cannot create %s: %s", outp, strerror(errno));
            if (ifd)
                close(ifd);
            askf_pii_scratch_free(s);
            askf_pii_free(pii);
            return CLI_INPUT;
        }
    }
    out.buf = malloc(out.cap);
    size_t cap = 1u << 22, have = 0, scanned = 0;
    char *buf = malloc(cap);
    unsigned flags = (spans ? ASKF_REC_SPANS : 0) | (text ? ASKF_REC_TEXT : 0) |
                     (reject ? ASKF_REC_REJECT_BAD_UTF8 : 0);
    uint64_t lineno = 0, failed = 0, dropped = 0, bad_utf8 = 0;
    int eof = 0, rc = CLI_OK;
    /* one error record for every line, cleared again only after a failure: it is 588 bytes,
     * and only failures write to it */
    askf_error e = {0};
    if (!buf || !out.buf) {
        cli_errorf("out of memory");
        rc = CLI_INPUT;
        eof = 1;
    }
    while (!eof || have) {
        if (!eof) {
            if (have == cap) { /* a line longer than the buffer: grow */
                char *nb = realloc(buf, cap * 2);
                if (!nb) {
                    cli_errorf("line %llu: out of memory", (unsigned long long)lineno + 1);
                    rc = CLI_INPUT;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
            ssize_t r = read(ifd, buf + have, cap - have);
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                cli_errorf("cannot read %s: %s", in ? in : "stdin", strerror(errno));
                rc = CLI_INPUT;
                break;
            }
            if (r == 0)
                eof = 1;
            have += (size_t)r;
        }
        size_t pos = 0;
        for (;;) {
            size_t from = pos > scanned ? pos : scanned;
            char *nl = memchr(buf + from, '\n', have - from);
            size_t end;
            if (nl)
                end = (size_t)(nl - buf);
            else if (eof && pos < have)
                end = have;
            else {
                scanned = have; /* no newline in [pos, have): do not search it again */
                break;
            }
            lineno++;
            size_t ls = pos, le = end;
            pos = nl ? end + 1 : have;
            if (le > ls && buf[le - 1] == '\r' && !text)
                le--;
            if (!text) {
                size_t k = ls;
                while (k < le && (buf[k] == ' ' || buf[k] == '\t'))
                    k++;
                if (k == le)
                    continue; /* blank line */
            }
            askf_pii_record r;
            st = askf_pii_redact_record(pii, s, buf + ls, le - ls, field, flags, &r, &e);
            if (st != ASKF_OK) {
                failed++;
                if (st == ASKF_ERR_PARSE)
                    fprintf(stderr, "askfirst: line %llu: malformed JSON at column %u: %s\n",
                            (unsigned long long)lineno, e.column, e.msg);
                else if (st == ASKF_ERR_REJECTED)
                    fprintf(stderr, "askfirst: record %llu: %s; rejected\n",
                            (unsigned long long)lineno, e.msg);
                else
                    fprintf(stderr, "askfirst: line %llu: %s\n", (unsigned long long)lineno,
                            e.msg[0] ? e.msg : askf_strerror(st));
                e = (askf_error){0};
                continue;
            }
            if (r.bad_utf8) {
                bad_utf8++;
                fprintf(stderr,
                        "askfirst: record %llu: invalid UTF-8 at byte %zu of the text; bad bytes "
                        "replaced by U+FFFD\n",
                        (unsigned long long)lineno, r.bad_offset);
            }
            if (r.drop) {
                dropped++;
                continue;
            }
            out_put(&out, r.out, r.out_len);
            out_putc(&out, '\n');
        }
        memmove(buf, buf + pos, have - pos);
        have -= pos;
        scanned = scanned > pos ? scanned - pos : 0;
        if (eof)
            break;
    }
    out_flush(&out);
    if (out.fd != 1 && close(out.fd) != 0 && !out.failed) {
        cli_errorf("cannot write %s: %s", outp, strerror(errno));
        out.failed = 1;
    }
    if (failed)
        fprintf(stderr, "askfirst: %llu of %llu lines failed\n", (unsigned long long)failed,
                (unsigned long long)lineno);
    if (dropped)
        fprintf(stderr, "askfirst: %llu records dropped by a drop_record action\n",
                (unsigned long long)dropped);
    if (ifd > 0)
        close(ifd);
    free(buf);
    free(out.buf);
    askf_pii_scratch_free(s);
    askf_pii_free(pii);
    if (rc == CLI_OK && (failed || out.failed))
        rc = CLI_INPUT;
    return rc;
}
