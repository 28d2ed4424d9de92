/*
 * cmd_receipt.c - `askfirst keygen` (an Ed25519 key pair for signing
 * receipts) and `askfirst receipt verify` (check a receipt offline with the
 * public key and, with --ledger, that the ledger holds that event at that seq
 * with that hash). Public headers only.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char keygen_usage[] =
    "usage: askfirst keygen -o FILE [--force]\n"
    "\n"
    "Create an Ed25519 key pair for signing consent receipts: FILE holds the secret key\n"
    "(mode 0600; give it to `askfirst serve --receipt-key`), FILE.pub the public key\n"
    "(publish it; `askfirst receipt verify --key` reads it). Prints the key id: the first\n"
    "16 hex characters of SHA-256 of the public key, which every receipt names.\n"
    "\n"
    "  -o, --out FILE   where to write (FILE.pub next to it)\n"
    "  --force          replace existing files\n";

static const char receipt_usage[] =
    "usage: askfirst receipt verify FILE [--key K]... [--ledger L]\n"
    "\n"
    "Verify a signed consent receipt (\"-\" = stdin) against the public key(s) K (a .pub\n"
    "file from `askfirst keygen`, or the key_file line of /.well-known/askfirst/receipt-key;\n"
    "repeat --key to accept keys from before a rotation). With --ledger, also check that\n"
    "the ledger holds the receipt's event at its seq with its hash.\n"
    "\n"
    "Exit 0 valid, 1 invalid (altered, or not in the ledger), 2 usage, 3 unreadable or not\n"
    "a receipt, 4 store error.\n";

static int write_file(const char *path, const char *text, size_t len, mode_t mode, int force)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | (force ? 0 : O_EXCL), mode);
    if (fd < 0) {
        cli_errorf("cannot create %s: %s%s", path, strerror(errno),
                   errno == EEXIST ? " (use --force to replace it)" : "");
        return -1;
    }
    if (fchmod(fd, mode) != 0 || write(fd, text, len) != (ssize_t)len || fsync(fd) != 0) {
        cli_errorf("cannot write %s: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    return close(fd);
}

int cmd_keygen(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, keygen_usage))
        return CLI_OK;
    static const struct option opts[] = {
        {"out", required_argument, 0, 'o'}, {"force", no_argument, 0, 'f'}, {0, 0, 0, 0}};
    const char *out = NULL;
    int force = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'f': force = 1; break;
        default: fputs(keygen_usage, stderr); return CLI_USAGE;
        }
    }
    if (!out || optind != argc) {
        fputs(keygen_usage, stderr);
        return CLI_USAGE;
    }
    askf_receipt_key *k = NULL;
    if (askf_receipt_key_generate(&k) != ASKF_OK) {
        cli_errorf("cannot generate a key");
        return CLI_STORE;
    }
    char sec[ASKF_RECEIPT_KEY_TEXT_MAX], pub[ASKF_RECEIPT_KEY_TEXT_MAX];
    size_t sl = askf_receipt_key_format(k, 1, sec, sizeof sec);
    size_t pl = askf_receipt_key_format(k, 0, pub, sizeof pub);
    size_t ol = strlen(out);
    char *pubpath = malloc(ol + 5);
    int rc = CLI_INPUT;
    if (pubpath) {
        memcpy(pubpath, out, ol);
        memcpy(pubpath + ol, ".pub", 5);
        if (write_file(out, sec, sl, 0600, force) == 0 &&
            write_file(pubpath, pub, pl, 0644, force) == 0) {
            printf("key %s: secret %s, public %s\n", askf_receipt_key_id(k), out, pubpath);
            rc = CLI_OK;
        }
    }
    memset(sec, 0, sizeof sec);
    free(pubpath);
    askf_receipt_key_free(k);
    return rc;
}

typedef struct ledger_check {
    int found;
    int64_t seq;
    uint8_t hash[ASKF_HASH_SIZE];
    char id[129], user[129];
} ledger_check;

static int check_cb(const askf_event_view *ev, void *ud)
{
    ledger_check *c = ud;
    c->found = 1;
    c->seq = ev->seq;
    memcpy(c->hash, ev->hash, ASKF_HASH_SIZE);
    snprintf(c->id, sizeof c->id, "%.*s", (int)ev->id.len, ev->id.ptr);
    snprintf(c->user, sizeof c->user, "%.*s", (int)ev->user.len, ev->user.ptr);
    return 1;
}

static int verify_in_ledger(const char *ledger, const askf_receipt_info *info)
{
    askf_ledger_opts o = {.uri = cli_ledger_path(ledger), .read_only = 1};
    askf_ledger *l = NULL;
    askf_error err = {0};
    if (askf_ledger_open(&o, &l, &err) != ASKF_OK) {
        cli_errorf("cannot open ledger %s: %s", o.uri, err.msg);
        return CLI_STORE;
    }
    ledger_check c = {0};
    askf_status st = askf_ledger_scan(l, info->seq, info->seq, check_cb, &c, &err);
    int rc = CLI_OK;
    if (st != ASKF_OK) {
        cli_errorf("reading the ledger: %s", err.msg[0] ? err.msg : askf_strerror(st));
        rc = CLI_STORE;
    } else if (!c.found) {
        cli_errorf("invalid: the ledger %s has no event at seq %lld", o.uri, (long long)info->seq);
        rc = CLI_DENIED;
    } else if (memcmp(c.hash, info->event_hash, ASKF_HASH_SIZE) != 0 ||
               strcmp(c.id, info->event_id) != 0 || strcmp(c.user, info->user) != 0) {
        cli_errorf("invalid: at seq %lld the ledger %s holds event %s of %s with a different "
                   "hash; the receipt's event is not in this ledger",
                   (long long)info->seq, o.uri, c.id, c.user);
        rc = CLI_DENIED;
    }
    askf_ledger_close(l);
    return rc;
}

int cmd_receipt(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, receipt_usage))
        return CLI_OK;
    if (argc < 2 || strcmp(argv[1], "verify") != 0) {
        fputs(receipt_usage, stderr);
        return CLI_USAGE;
    }
    static const struct option opts[] = {
        {"key", required_argument, 0, 'k'}, {"ledger", required_argument, 0, 'l'}, {0, 0, 0, 0}};
    const char *key_files[16];
    size_t nk = 0;
    const char *ledger = NULL;
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'k':
            if (nk == sizeof key_files / sizeof *key_files) {
                cli_errorf("--key: at most 16 keys");
                return CLI_USAGE;
            }
            key_files[nk++] = optarg;
            break;
        case 'l': ledger = optarg; break;
        default: fputs(receipt_usage, stderr); return CLI_USAGE;
        }
    }
    if (argc - optind != 1 || nk == 0) {
        if (nk == 0)
            cli_errorf("receipt verify needs the signer's public key: --key FILE.pub");
        fputs(receipt_usage, stderr);
        return CLI_USAGE;
    }
    const char *file = argv[optind];
    askf_receipt_key *keys[16] = {0};
    int rc = CLI_INPUT;
    size_t len = 0;
    char *doc = NULL;
    for (size_t i = 0; i < nk; i++) {
        char *t = cli_read_file(key_files[i], &len);
        if (!t)
            goto done;
        askf_error err = {0};
        askf_status st = askf_receipt_key_parse(t, len, &keys[i], &err);
        free(t);
        if (st != ASKF_OK) {
            cli_errorf("%s: %s", key_files[i], err.msg);
            goto done;
        }
    }
    doc = cli_read_file(file, &len);
    if (!doc)
        goto done;
    askf_receipt_info info;
    askf_error err = {0};
    askf_status st =
        askf_receipt_verify(doc, len, (const askf_receipt_key *const *)keys, nk, &info, &err);
    if (st == ASKF_ERR_PARSE) {
        cli_errorf("%s: %s", file, err.msg);
        goto done;
    }
    if (st != ASKF_OK) {
        cli_errorf("invalid: %s: %s", file, err.msg);
        rc = CLI_DENIED;
        goto done;
    }
    if (ledger && (rc = verify_in_ledger(ledger, &info)) != CLI_OK)
        goto done;
    printf("valid: %s %s of %s at seq %lld, signed by key %s%s\n", info.event_type, info.event_id,
           info.user, (long long)info.seq, info.key_id,
           ledger ? "; the ledger holds this event" : "");
    rc = CLI_OK;
done:
    free(doc);
    for (size_t i = 0; i < nk; i++)
        askf_receipt_key_free(keys[i]);
    return rc;
}
