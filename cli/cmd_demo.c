/*
 * cmd_demo.c - `askfirst demo`: a synthetic platform (members in many
 * countries, ages, consent choices, withdrawals, objections, GPC signals,
 * deletions, and a content export with personal data in the text), recorded
 * into two embedded ledgers that differ only in their policy, and compared
 * side by side: who would each policy let into a train.generative dataset,
 * and why.
 *
 * Everything is drawn from a seeded PRNG, so the same --seed gives the same
 * platform, byte for byte.
 */
#include "cli.h"
#include "askfirst/build.h"
#include "askfirst/snapshot.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
    "usage: askfirst demo [--members N] [--out DIR] [--seed S]\n"
    "\n"
    "Generate a synthetic platform into DIR (default demo-out): members.jsonl (the member\n"
    "directory), events.jsonl (profile, consent, objection, GPC and deletion events),\n"
    "content.jsonl (posts, comments, articles, profile fields, messages, AI inputs), and\n"
    "two embedded ledgers holding the same events: askfirst.db under policies/askfirst.yaml\n"
    "and linkedin-2024.db under policies/linkedin-2024.yaml. Then print, side by side, how\n"
    "many members' content each policy allows for train.generative, by reason.\n"
    "\n"
    "  --members N   members to generate (default 10000)\n"
    "  --out DIR     output directory (default demo-out); its ledgers are replaced\n"
    "  --seed S      PRNG seed (default 42)\n";

/* ---- deterministic PRNG (splitmix64) ---- */

static uint64_t rng_state;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static unsigned rnd_below(unsigned n) { return (unsigned)(rnd() % n); }
static int chance(double p) { return (double)(rnd() >> 11) / 9007199254740992.0 < p; }
#define PICK(arr) (arr[rnd_below(sizeof arr / sizeof *arr)])

/* ---- the synthetic population ---- */

typedef struct country {
    const char *code;
    unsigned weight; /* per mille */
    int lang;        /* index into name lists */
    const char *phone_fmt;
} country;

enum { L_EN, L_DE, L_FR, L_ES, L_IT, L_NL, L_PL, L_NO, L_PT, L_HI, L_JA, L_YO, L_N };

static const country countries[] = {
    {"US", 200, L_EN, "+1 (%03u) 555-%04u"}, {"IN", 110, L_HI, "+91 98%03u %05u"},
    {"BR", 60, L_PT, "+55 11 9%04u-%04u"},   {"GB", 70, L_EN, "+44 7700 %06u"},
    {"DE", 80, L_DE, "+49 151 %04u%04u"},    {"FR", 60, L_FR, "+33 6 %02u %02u %02u %02u"},
    {"ES", 40, L_ES, "+34 612 %03u %03u"},   {"IT", 40, L_IT, "+39 347 %03u %04u"},
    {"NL", 30, L_NL, "+31 6 %04u%04u"},      {"PL", 30, L_PL, "+48 601 %03u %03u"},
    {"IE", 15, L_EN, "+353 87 %03u %04u"},   {"SE", 15, L_EN, "+46 70 %03u %02u %02u"},
    {"NO", 20, L_NO, "+47 %03u %02u %03u"},  {"IS", 5, L_NO, "+354 %03u %04u"},
    {"CH", 30, L_DE, "+41 79 %03u %02u %02u"}, {"CA", 40, L_EN, "+1 (416) 555-%04u"},
    {"AU", 30, L_EN, "+61 412 %03u %03u"},   {"NG", 30, L_YO, "+234 803 %03u %04u"},
    {"JP", 35, L_JA, "+81 90-%04u-%04u"},    {"LI", 2, L_DE, "+423 %03u %02u %02u"},
    {"MX", 28, L_ES, "+52 55 %04u %04u"},
};

static const char *first_names[L_N][8] = {
    {"James", "Olivia", "Will", "Grace", "Ethan", "Rose", "Noah", "Emma"},
    {"Anja", "Lukas", "Jürgen", "Sophie", "Maximilian", "Lena", "Jörg", "Mia"},
    {"Camille", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Étienne", "Inès"},
    {"Lucía", "Mateo", "Sofía", "Álvaro", "Martina", "Hugo", "Paula", "Íker"},
    {"Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Davide", "Sara", "Niccolò"},
    {"Daan", "Sanne", "Bram", "Femke", "Joost", "Anouk", "Sem", "Lieke"},
    {"Zofia", "Jakub", "Małgorzata", "Kacper", "Agnieszka", "Paweł", "Ewa", "Łukasz"},
    {"Ingrid", "Magnus", "Sigrid", "Håkon", "Solveig", "Øystein", "Astrid", "Bjørn"},
    {"João", "Ana", "Thiago", "Beatriz", "Gabriel", "Larissa", "Rafael", "Mariana"},
    {"Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Aisha", "Rahul"},
    {"Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hina", "Kaito"},
    {"Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Folake", "Ifeanyi", "Bisi"},
};
static const char *last_names[L_N][8] = {
    {"Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor"},
    {"Weber", "Müller", "Schmidt", "Fischer", "Becker", "Hoffmann", "Schäfer", "Koch"},
    {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"},
    {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"},
    {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"},
    {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"},
    {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński"},
    {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen"},
    {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"},
    {"Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Khan", "Mehta"},
    {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"},
    {"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye"},
};
static const char *cjk_names[8] = {"佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太",
                                   "渡辺 結衣", "伊藤 大輝", "山本 さくら", "中村 蓮"};

static const char *topics[] = {
    "our Q3 roadmap", "the hiring process", "remote work", "the new API", "our open-source release",
    "a conference talk", "career growth", "the team offsite", "mentoring juniors", "data privacy",
};
static const char *mail_domains[] = {"gmail.com", "outlook.com", "yahoo.fr", "web.de",
                                     "acme.io", "example.org", "proton.me"};

typedef struct member {
    char id[16];
    char name[64];
    char handle[48];
    const country *c;
    int has_region, has_birth;
    int birth_y, birth_m, birth_d;
    int joined_day; /* days since 2024-01-01 */
} member;

/* ---- output helpers ---- */

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static int sb_grow(sbuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || sb_grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* JSON-escape into the buffer (quotes included). Inputs here are valid UTF-8. */
static void sb_json(sbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (sb_grow(b, n * 6 + 2))
        return;
    b->p[b->len++] = '"';
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') {
            b->p[b->len++] = '\\';
            b->p[b->len++] = c;
        } else if (c == '\n') {
            b->p[b->len++] = '\\';
            b->p[b->len++] = 'n';
        } else {
            b->p[b->len++] = c;
        }
    }
    b->p[b->len++] = '"';
    b->p[b->len] = 0;
}

static const askf_time DEMO_EPOCH = 1704067200LL * 1000000; /* 2024-01-01T00:00:00Z */
static const int DEMO_DAYS = 1034;                          /* up to 2026-10-31 */
static const char DEMO_NOW[] = "2026-11-01T00:00:00Z";
static const char PREVIOUS_POLICY_FROM[] = "2024-01-01T00:00:00Z";
static const char CURRENT_POLICY_FROM[] = "2025-09-01T00:00:00Z";

static void fmt_day(char *out, size_t cap, int day, unsigned secs)
{
    askf_time t = DEMO_EPOCH + ((askf_time)day * 86400 + secs) * 1000000;
    askf_time_format(t, out, cap);
}

/* ---- members and events ---- */

static const country *pick_country(void)
{
    unsigned total = 0;
    for (size_t i = 0; i < sizeof countries / sizeof *countries; i++)
        total += countries[i].weight;
    unsigned r = rnd_below(total);
    for (size_t i = 0; i < sizeof countries / sizeof *countries; i++) {
        if (r < countries[i].weight)
            return &countries[i];
        r -= countries[i].weight;
    }
    return &countries[0];
}

static void ascii_handle(char *out, size_t cap, const char *first, const char *last, size_t i)
{
    size_t o = 0;
    const char *parts[2] = {first, last};
    for (int k = 0; k < 2; k++) {
        for (const unsigned char *p = (const unsigned char *)parts[k]; *p && o + 1 < cap; p++) {
            if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
                out[o++] = (char)(*p | 0x20);
        }
    }
    snprintf(out + o, cap - o, "%zu", i % 1000);
}

static void make_member(member *m, size_t i)
{
    snprintf(m->id, sizeof m->id, "u%05zu", i + 1);
    m->c = pick_country();
    if (m->c->lang == L_JA && chance(0.5)) {
        snprintf(m->name, sizeof m->name, "%s", PICK(cjk_names));
        snprintf(m->handle, sizeof m->handle, "jp%05zu", i + 1);
    } else {
        const char *f = first_names[m->c->lang][rnd_below(8)];
        const char *l = last_names[m->c->lang][rnd_below(8)];
        snprintf(m->name, sizeof m->name, "%s %s", f, l);
        ascii_handle(m->handle, sizeof m->handle, f, l, i);
    }
    m->has_region = !chance(0.01);
    m->has_birth = !chance(0.01);
    int age = chance(0.03) ? 16 + (int)rnd_below(2) : 19 + (int)rnd_below(50);
    m->birth_y = 2026 - age;
    m->birth_m = 1 + (int)rnd_below(12);
    m->birth_d = 1 + (int)rnd_below(28);
    m->joined_day = (int)rnd_below(600);
}

typedef struct demo_stats {
    size_t events, content;
} demo_stats;

static void ev_head(sbuf *e, size_t *n, const char *type, const member *m, int day, unsigned secs)
{
    char at[32];
    fmt_day(at, sizeof at, day, secs);
    sb_printf(e, "{\"id\":\"%s-%s-%zu\",\"type\":\"%s\",\"user\":\"%s\",\"at\":\"%s\"", m->id, type,
              *n, type, m->id, at);
    (*n)++;
}

static int after(int day, int span)
{
    int d = day + 1 + (int)rnd_below((unsigned)span);
    return d < DEMO_DAYS ? d : DEMO_DAYS - 1;
}

static void consent_event(sbuf *e, size_t *n, const member *m, const char *purpose, int grant,
                          int day)
{
    ev_head(e, n, "consent", m, day, 3600 + rnd_below(40000));
    sb_printf(e, ",\"purpose\":\"%s\",\"choice\":\"%s\",\"source\":\"settings\"}\n", purpose,
              grant ? "grant" : "refuse");
}

/* All events about one member, in time order. `objectable` says whether the
 * policies accept objections to the training purposes (both shipped ones do). */
static void member_events(sbuf *e, const member *m, int objectable)
{
    size_t n = 0;
    int day = m->joined_day;
    ev_head(e, &n, "profile", m, day, 600);
    if (m->has_region)
        sb_printf(e, ",\"region\":\"%s\"", m->c->code);
    if (m->has_birth || !m->has_region)
        sb_printf(e, ",\"birth_date\":\"%04d-%02d-%02d\"", m->birth_y, m->birth_m, m->birth_d);
    sb_printf(e, ",\"source\":\"import\"}\n");

    /* train.generative: opt-in, opt-out, withdrawal, re-consent after the notice changed. */
    double r = (double)(rnd() >> 11) / 9007199254740992.0;
    int d1 = after(day, 500);
    if (r < 0.18) {
        consent_event(e, &n, m, "train.generative", 1, d1);
        /* Granted under the previous notice: some were asked again and said yes. */
        if (d1 < 609 && chance(0.45))
            consent_event(e, &n, m, "train.generative", 1, 610 + (int)rnd_below(300));
    } else if (r < 0.28) {
        consent_event(e, &n, m, "train.generative", 0, d1);
    } else if (r < 0.33) {
        consent_event(e, &n, m, "train.generative", 1, d1);
        consent_event(e, &n, m, "train.generative", 0, after(d1, 300));
    }
    if (chance(0.09))
        consent_event(e, &n, m, "train.other", chance(0.7), after(day, 700));
    if (objectable && chance(0.05)) {
        size_t obj_n = n;
        int od = after(day, 600);
        int generative = chance(0.4);
        ev_head(e, &n, "objection", m, od, 7200);
        sb_printf(e, ",\"purpose\":\"%s\",\"kind\":\"%s\",\"reason\":\"%s\","
                     "\"source\":\"objection_form\"}\n",
                  generative ? "train.generative" : "train.other", chance(0.7) ? "object" : "restrict",
                  generative ? "My posts are my own writing; do not train a writing bot on them"
                             : "I do not want my posts used to build profiling models");
        if (chance(0.6)) {
            int upheld = chance(0.6);
            ev_head(e, &n, "objection_resolved", m, after(od, 60), 9000);
            sb_printf(e, ",\"objection\":\"%s-objection-%zu\",\"outcome\":\"%s\",\"reason\":\"%s\","
                         "\"source\":\"admin\"}\n",
                      m->id, obj_n, upheld ? "upheld" : "rejected",
                      upheld ? "no overriding legitimate grounds" : "processing is necessary for security");
        }
    }
    if (chance(0.05)) {
        ev_head(e, &n, "gpc", m, after(day, 900), 1800);
        sb_printf(e, ",\"source\":\"gpc\"}\n");
    }
    if (chance(0.04)) {
        ev_head(e, &n, "delete", m, after(day, 900), 5400);
        sb_printf(e, ",\"content\":\"%s-post-1\",\"source\":\"settings\"}\n", m->id);
    }
    if (chance(0.02)) {
        ev_head(e, &n, "delete", m, DEMO_DAYS - 1 - (int)rnd_below(60), 4000);
        sb_printf(e, ",\"source\":\"settings\"}\n");
    }
}

/* ---- content export ---- */

static void phone_for(char *out, size_t cap, const country *c)
{
    snprintf(out, cap, c->phone_fmt, rnd_below(1000), rnd_below(10000), rnd_below(100),
             rnd_below(100));
}

static void content_text(char *out, size_t cap, const member *m, const member *all, size_t nm,
                         const char *kind)
{
    const member *o = &all[rnd_below((unsigned)nm)];
    char phone[48];
    phone_for(phone, sizeof phone, m->c);
    const char *topic = PICK(topics);
    unsigned v = rnd_below(8);
    if (!strcmp(kind, "profile")) {
        snprintf(out, cap, "%s | Engineer at Acme | Reach me at %s.%u@%s or %s. "
                 "linkedin.com/in/%s", m->name, m->handle, rnd_below(90), PICK(mail_domains),
                 phone, m->handle);
        return;
    }
    if (!strcmp(kind, "message")) {
        snprintf(out, cap, "Hi %s, can you call me on %s tomorrow about %s?", o->name, phone, topic);
        return;
    }
    if (!strcmp(kind, "ai_input")) {
        snprintf(out, cap, "Rewrite my post about %s so it sounds more confident. Sign it %s.",
                 topic, m->name);
        return;
    }
    switch (v) {
    case 0:
        snprintf(out, cap, "Thrilled to share %s! Thanks, @%s, for the review. Questions: %s@%s",
                 topic, o->handle, m->handle, PICK(mail_domains));
        break;
    case 1:
        snprintf(out, cap, "We are hiring for %s. Send your CV to jobs@acme.io or call %s.", topic,
                 phone);
        break;
    case 2:
        snprintf(out, cap, "Great discussion with %s about %s. Slides: github.com/%s/talks", o->name,
                 topic, m->handle);
        break;
    case 3:
        snprintf(out, cap, "My notes on %s from this week. Version 4.2.1 ships on 2026-03-01 "
                 "for $49.99.", topic);
        break;
    case 4:
        snprintf(out, cap, "Server 203.0.113.%u kept failing; moved it to 81.2.69.%u. Ping me: %s",
                 rnd_below(250), 1 + rnd_below(250), phone);
        break;
    case 5:
        snprintf(out, cap, "Congrats %s on the new role! Well deserved.", o->name);
        break;
    case 6:
        snprintf(out, cap, "Reimbursement to IBAN DE89 3704 0044 0532 0130 00 please, thanks. "
                 "(%s)", topic);
        break;
    default:
        snprintf(out, cap, "Some thoughts on %s: ship small, measure, repeat.", topic);
    }
}

static void member_content(sbuf *out, size_t *ncontent, const member *m, const member *all,
                           size_t nm)
{
    static const char *kinds[] = {"post", "post", "post", "comment", "comment", "article",
                                  "message", "ai_input"};
    char text[512], at[32];
    unsigned k = 1 + rnd_below(6);
    fmt_day(at, sizeof at, m->joined_day, 900);
    sb_printf(out, "{\"id\":\"%s-profile\",\"user\":\"%s\",\"kind\":\"profile\",\"created_at\":\"%s\","
                   "\"visibility\":\"public\",\"text\":", m->id, m->id, at);
    content_text(text, sizeof text, m, all, nm, "profile");
    sb_json(out, text);
    sb_printf(out, "}\n");
    (*ncontent)++;
    for (unsigned i = 1; i <= k; i++) {
        const char *kind = kinds[rnd_below(8)];
        fmt_day(at, sizeof at, after(m->joined_day, 400), rnd_below(86400));
        sb_printf(out, "{\"id\":\"%s-%s-%u\",\"user\":\"%s\",\"kind\":\"%s\",\"created_at\":\"%s\","
                       "\"visibility\":\"%s\",\"text\":",
                  m->id, strcmp(kind, "post") ? kind : "post", i, m->id, kind, at,
                  strcmp(kind, "message") ? "public" : "private");
        content_text(text, sizeof text, m, all, nm, kind);
        sb_json(out, text);
        sb_printf(out, "}\n");
        (*ncontent)++;
    }
}

/* ---- the comparison ---- */

typedef struct tally {
    size_t members_allowed;
    size_t by_reason[32];
    size_t content_allowed, content_total;
} tally;

static int write_file(const char *dir, const char *name, const sbuf *b)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->p, 1, b->len, f) != b->len || fclose(f) != 0) {
        cli_errorf("cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* The previous revision of a shipped policy: same text, an older version label and
 * an older title for train.generative, so grants given under it are stale now. */
static char *previous_revision(const char *text, size_t len, size_t *out_len)
{
    const char *id = strstr(text, "id: train.generative");
    const char *title = id ? strstr(id, "title:") : NULL;
    const char *eol = title ? strchr(title, '\n') : NULL;
    const char *ver = strstr(text, "\nversion:");
    const char *veol = ver ? strchr(ver + 1, '\n') : NULL;
    if (!eol || !veol || veol > title)
        return NULL;
    sbuf b = {0};
    sb_printf(&b, "%.*s\nversion: \"previous\"%.*s", (int)(ver - text), text, (int)(title - veol),
              veol);
    sb_printf(&b, "title: \"Use my posts to improve AI writing features\"%.*s",
              (int)(len - (size_t)(eol - text)), eol);
    *out_len = b.len;
    return b.p;
}

static int publish(askf_ledger *l, const char *text, size_t len, const char *src, const char *from)
{
    askf_time t;
    askf_time_parse(from, strlen(from), &t);
    askf_error err = {0};
    askf_append_result res;
    if (askf_ledger_publish_policy(l, text, len, src, t, askf_time_now(), &res, &err) != ASKF_OK) {
        cli_errorf("publishing %s: %s", src, err.msg);
        return -1;
    }
    return 0;
}

static int load_ledger(const char *dir, const char *dbname, const char *policy_name,
                       const sbuf *events, askf_ledger **out)
{
    char db[4096], pbuf[4096];
    snprintf(db, sizeof db, "%s/%s", dir, dbname);
    unlink(db);
    char side[4200];
    snprintf(side, sizeof side, "%s-wal", db);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", db);
    unlink(side);
    const char *ppath = cli_find_policy(policy_name, pbuf, sizeof pbuf);
    if (!ppath) {
        cli_errorf("cannot find policies/%s", policy_name);
        return CLI_INPUT;
    }
    size_t plen;
    char *ptext = cli_read_file(ppath, &plen);
    if (!ptext)
        return CLI_INPUT;
    askf_ledger *l = cli_open_ledger(db, 1);
    if (!l) {
        free(ptext);
        return CLI_STORE;
    }
    size_t prev_len = 0;
    char *prev = previous_revision(ptext, plen, &prev_len);
    int rc = CLI_OK;
    if ((prev && publish(l, prev, prev_len, ppath, PREVIOUS_POLICY_FROM)) ||
        publish(l, ptext, plen, ppath, prev ? CURRENT_POLICY_FROM : PREVIOUS_POLICY_FROM))
        rc = CLI_INPUT;
    free(prev);
    free(ptext);

    /* Append the event stream in batches, as an import would. */
    size_t cap = 4096, n = 0;
    askf_slice *ev = malloc(cap * sizeof *ev);
    askf_error *errs = malloc(cap * sizeof *errs);
    const char *p = events->p, *end = events->p + events->len;
    askf_time now = askf_time_now();
    while (rc == CLI_OK && ev && errs && p < end) {
        n = 0;
        while (n < cap && p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t ln = nl ? (size_t)(nl - p) : (size_t)(end - p);
            ev[n++] = (askf_slice){p, ln};
            p += ln + 1;
        }
        askf_status st = askf_ledger_append(l, ev, n, 0, now, NULL, errs);
        if (st != ASKF_OK) {
            for (size_t i = 0; i < n; i++)
                if (errs[i].status != ASKF_OK) {
                    cli_errorf("%s: %.*s: %s", dbname, (int)ev[i].len, ev[i].ptr, errs[i].msg);
                    break;
                }
            rc = st == ASKF_ERR_REJECTED ? CLI_INPUT : CLI_STORE;
        }
    }
    free(ev);
    free(errs);
    if (rc != CLI_OK) {
        askf_ledger_close(l);
        return rc;
    }
    *out = l;
    return CLI_OK;
}

static int tally_policy(askf_ledger *l, const member *all, size_t nm, const sbuf *content,
                        tally *t)
{
    askf_time now;
    askf_time_parse(DEMO_NOW, strlen(DEMO_NOW), &now);
    const askf_policy *p = NULL;
    if (askf_ledger_policy_at(l, 0, now, &p) != ASKF_OK)
        return CLI_STORE;
    int pi = askf_policy_purpose_index(p, "train.generative", 16);
    const askf_purpose *u = pi >= 0 ? askf_policy_purpose(p, (size_t)pi) : NULL;
    askf_fold *f = NULL;
    askf_error err = {0};
    if (askf_ledger_fold(l, 0, now, &f, &err) != ASKF_OK) {
        cli_errorf("fold: %s", err.msg);
        return CLI_STORE;
    }
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < nm; i++) {
        const askf_member *m = askf_fold_find(f, all[i].id, strlen(all[i].id));
        askf_decision d = askf_decide(p, u, m, NULL, now);
        t->members_allowed += d.allow;
        t->by_reason[(unsigned)d.reason < 32 ? d.reason : 0]++;
    }
    /* Content items: the same decision per record, with its kind and id. */
    const char *q = content->p, *end = content->p + content->len;
    while (q < end) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        size_t ln = nl ? (size_t)(nl - q) : (size_t)(end - q);
        const char *idp = strstr(q, "\"id\":\""), *up = strstr(q, "\"user\":\""),
                   *kp = strstr(q, "\"kind\":\"");
        if (idp && up && kp && idp < q + ln) {
            idp += 6;
            up += 8;
            kp += 8;
            askf_context ctx = {0};
            ctx.content_id = idp;
            ctx.content_id_len = (size_t)(strchr(idp, '"') - idp);
            ctx.kind = kp;
            ctx.kind_len = (size_t)(strchr(kp, '"') - kp);
            ctx.recipient = "first_party";
            ctx.recipient_len = 11;
            const askf_member *m = askf_fold_find(f, up, (size_t)(strchr(up, '"') - up));
            askf_decision d = askf_decide(p, u, m, &ctx, now);
            t->content_allowed += d.allow;
            t->content_total++;
        }
        q += ln + 1;
    }
    askf_fold_free(f);
    return CLI_OK;
}

static void print_comparison(const tally *a, const tally *b, size_t nm)
{
    printf("\ntrain.generative, as of %s: members whose content may be used\n\n", DEMO_NOW);
    printf("  %-22s %20s %20s\n", "", "askfirst.yaml", "linkedin-2024.yaml");
    printf("  %-22s %12zu (%4.1f%%) %12zu (%4.1f%%)\n", "allowed", a->members_allowed,
           100.0 * (double)a->members_allowed / (double)nm, b->members_allowed,
           100.0 * (double)b->members_allowed / (double)nm);
    printf("  %-22s %12zu (%4.1f%%) %12zu (%4.1f%%)\n", "denied", nm - a->members_allowed,
           100.0 * (double)(nm - a->members_allowed) / (double)nm, nm - b->members_allowed,
           100.0 * (double)(nm - b->members_allowed) / (double)nm);
    printf("\n  by reason:\n");
    for (int r = 1; r < 32; r++) {
        if (!a->by_reason[r] && !b->by_reason[r])
            continue;
        printf("  %-22s %20zu %20zu\n", askf_reason_name((askf_reason)r), a->by_reason[r],
               b->by_reason[r]);
    }
    printf("\n  %-22s %12zu/%-7zu %12zu/%-7zu\n", "content items allowed", a->content_allowed,
           a->content_total, b->content_allowed, b->content_total);
}

/* ---- datasets: snapshot -> build -> report, under each policy ---- */

static size_t demo_bad_lines; /* orphan and cut-short lines in content.jsonl */

static int demo_build(const char *dir, askf_ledger *l, const char *name, const uint8_t *key,
                      char *ds_dir, size_t cap)
{
    char snap[4096], content[4096], members[4096];
    snprintf(snap, sizeof snap, "%s/%s.snap", dir, name);
    snprintf(content, sizeof content, "%s/content.jsonl", dir);
    snprintf(members, sizeof members, "%s/members.jsonl", dir);
    snprintf(ds_dir, cap, "%s/dataset-%s", dir, name);
    askf_time now;
    askf_time_parse(DEMO_NOW, strlen(DEMO_NOW), &now);
    askf_error err = {0};
    if (askf_snapshot_write_ledger(l, 0, now, snap, NULL, &err) != ASKF_OK) {
        cli_errorf("snapshot %s: %s", snap, err.msg);
        return CLI_STORE;
    }
    const char *inputs[1] = {content};
    askf_build_opts o;
    memset(&o, 0, sizeof o);
    o.purpose = "train.generative";
    o.inputs = inputs;
    o.n_inputs = 1;
    o.out_dir = ds_dir;
    o.snapshot = snap;
    o.members = members;
    o.key = key;
    o.key_len = 32;
    o.shards = 4;
    o.source = "demo-platform";
    askf_build_summary s;
    /* Exactly the known-bad lines the demo wrote into its export. */
    o.max_rejects = (int64_t)demo_bad_lines;
    if (askf_build_run(&o, &s, &err) != ASKF_OK) {
        cli_errorf("build %s: %s", ds_dir, err.msg);
        return CLI_INPUT;
    }
    printf("  %-20s %s: %llu of %llu records written, %llu rejected (%s/rejects.jsonl)\n", name,
           s.dataset, (unsigned long long)s.written, (unsigned long long)s.records,
           (unsigned long long)s.rejected, ds_dir);
    return CLI_OK;
}

static int demo_datasets(const char *dir, askf_ledger *la, askf_ledger *lb, unsigned long long seed)
{
    /* A fixed demo key, derived from the seed, so the datasets are reproducible. */
    uint8_t key[32];
    rng_state = seed ^ 0x6b65796b65796b65ull;
    for (int i = 0; i < 32; i++)
        key[i] = (uint8_t)rnd();
    char da[4096], db[4096];
    printf("\ntrain.generative datasets (snapshot at %s -> build -> report):\n", DEMO_NOW);
    int rc = demo_build(dir, la, "askfirst", key, da, sizeof da);
    if (rc == CLI_OK)
        rc = demo_build(dir, lb, "linkedin-2024", key, db, sizeof db);
    if (rc != CLI_OK)
        return rc;
    char *texts[2] = {0};
    size_t lens[2];
    char path[4200];
    snprintf(path, sizeof path, "%s/manifest.json", da);
    texts[0] = cli_read_file(path, &lens[0]);
    snprintf(path, sizeof path, "%s/manifest.json", db);
    texts[1] = texts[0] ? cli_read_file(path, &lens[1]) : NULL;
    if (!texts[1]) {
        free(texts[0]);
        return CLI_INPUT;
    }
    askf_error err = {0};
    char *out = NULL;
    size_t len = 0;
    if (askf_report_render((const char *const *)texts, lens, 2, ASKF_REPORT_TEXT, &out, &len,
                           &err) == ASKF_OK) {
        printf("\n");
        fwrite(out, 1, len, stdout);
        askf_report_free(out);
    }
    const char *names[3] = {"report.html", "dataset-askfirst/report.html",
                            "dataset-linkedin-2024/report.html"};
    const size_t first[3] = {0, 0, 1}, count[3] = {2, 1, 1};
    for (int i = 0; i < 3 && rc == CLI_OK; i++) {
        if (askf_report_render((const char *const *)texts + first[i], lens + first[i], count[i],
                               ASKF_REPORT_HTML, &out, &len, &err) != ASKF_OK) {
            cli_errorf("report: %s", err.msg);
            rc = CLI_INPUT;
            break;
        }
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(out, 1, len, f) != len || fclose(f) != 0) {
            cli_errorf("cannot write %s", path);
            rc = CLI_INPUT;
        }
        askf_report_free(out);
    }
    free(texts[0]);
    free(texts[1]);
    if (rc == CLI_OK)
        printf("\nHTML reports (open in a browser): %s/report.html (both side by side),\n"
               "  %s/dataset-askfirst/report.html, %s/dataset-linkedin-2024/report.html\n",
               dir, dir, dir);
    return rc;
}

int cmd_demo(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage))
        return CLI_OK;
    const char *out = "demo-out";
    long members = 10000;
    unsigned long long seed = 42;
    static const struct option opts[] = {{"members", required_argument, 0, 'm'},
                                         {"out", required_argument, 0, 'o'},
                                         {"seed", required_argument, 0, 's'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'm':
            members = strtol(optarg, &end, 10);
            if (*end || members < 1 || members > 10000000) {
                cli_errorf("--members: expected a number from 1 to 10000000, got '%s'", optarg);
                return CLI_USAGE;
            }
            break;
        case 'o': out = optarg; break;
        case 's':
            seed = strtoull(optarg, &end, 10);
            if (*end) {
                cli_errorf("--seed: '%s' is not a number", optarg);
                return CLI_USAGE;
            }
            break;
        default: fputs(usage, stderr); return CLI_USAGE;
        }
    }
    if (optind != argc) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        cli_errorf("cannot create %s: %s", out, strerror(errno));
        return CLI_INPUT;
    }
    rng_state = seed;
    size_t nm = (size_t)members;
    member *all = calloc(nm, sizeof *all);
    sbuf events = {0}, content = {0}, dir = {0};
    askf_ledger *la = NULL, *lb = NULL;
    int rc = CLI_OK;
    if (!all) {
        cli_errorf("out of memory");
        return CLI_STORE;
    }
    for (size_t i = 0; i < nm; i++)
        make_member(&all[i], i);
    size_t ncontent = 0;
    for (size_t i = 0; i < nm; i++) {
        member_events(&events, &all[i], 1);
        member_content(&content, &ncontent, &all[i], all, nm);
        sb_printf(&dir, "{\"user\":\"%s\",\"name\":", all[i].id);
        sb_json(&dir, all[i].name);
        sb_printf(&dir, ",\"handle\":\"%s\"}\n", all[i].handle);
    }
    /* An export is never perfectly in step with the ledger: a few records of accounts
     * the ledger has never heard of, and one line cut short. A build must reject
     * them (rejects.jsonl), not drop them silently. Kept last so the tally below
     * never reads across them. */
    demo_bad_lines = 2 + nm / 4000;
    for (size_t i = 0; i < 1 + nm / 4000; i++) {
        char at[32];
        fmt_day(at, sizeof at, 700 + (int)i, 3600);
        sb_printf(&content, "{\"id\":\"x%zu-post-1\",\"user\":\"x%05zu\",\"kind\":\"post\","
                            "\"created_at\":\"%s\",\"visibility\":\"public\",\"text\":\"Imported "
                            "from the old forum.\"}\n", i, i, at);
        ncontent++;
    }
    sb_printf(&content, "{\"id\":\"u00001-post-99\",\"user\":\"u00001\",\"kind\":\"po\n");
    size_t nevents = 0;
    for (size_t i = 0; i < events.len; i++)
        nevents += events.p[i] == '\n';
    if (write_file(out, "events.jsonl", &events) || write_file(out, "content.jsonl", &content) ||
        write_file(out, "members.jsonl", &dir)) {
        rc = CLI_INPUT;
        goto done;
    }
    printf("askfirst demo: %zu members in %zu countries, %zu events, %zu content items -> %s/\n",
           nm, sizeof countries / sizeof *countries, nevents, ncontent, out);

    rc = load_ledger(out, "askfirst.db", "askfirst.yaml", &events, &la);
    if (rc == CLI_OK)
        rc = load_ledger(out, "linkedin-2024.db", "linkedin-2024.yaml", &events, &lb);
    if (rc != CLI_OK)
        goto done;
    tally ta, tb;
    if ((rc = tally_policy(la, all, nm, &content, &ta)) != CLI_OK ||
        (rc = tally_policy(lb, all, nm, &content, &tb)) != CLI_OK)
        goto done;
    print_comparison(&ta, &tb, nm);
    printf("\nThe same %zu events are in %s/askfirst.db and %s/linkedin-2024.db.\n"
           "Try: askfirst consent show %s --ledger %s/askfirst.db --at %s\n",
           nevents, out, out, all[0].id, out, DEMO_NOW);
    rc = demo_datasets(out, la, lb, seed);
done:
    askf_ledger_close(la);
    askf_ledger_close(lb);
    free(all);
    free(events.p);
    free(content.p);
    free(dir.p);
    return rc;
}
