/*
 * report.c - askf_report_render(): what a build let through and why not, read
 * from one or more manifests and rendered as a plain-text table (datasets side
 * by side), a JSON summary, or one self-contained HTML page whose charts are
 * drawn by inline JavaScript into inline SVG (no external assets).
 */
#include "askfirst/build.h"

#include "common/alloc.h"
#include "common/buf.h"
#include "common/err.h"
#include "common/json.h"
#include "common/slice.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAXROWS 1024

typedef struct row {
    askf_slice name;
    uint64_t v[2]; /* count, or allowed/denied */
} row;

typedef struct table {
    row r[MAXROWS];
    size_t n;
} table;

typedef struct ds {
    askf_json j;
    askf_slice dataset, purpose, recipient, policy, policy_version, at;
    uint64_t records, allowed, written, denied, rejected, pii_dropped, shards;
    table reasons, regions, kinds, pii;
} ds;

static uint64_t u64_of(const askf_json *j, int t)
{
    int64_t v = 0;
    if (t < 0 || askf__json_i64(j, (uint32_t)t, &v) != 0 || v < 0)
        return 0;
    return (uint64_t)v;
}

static askf_slice str_of(const askf_json *j, int t)
{
    askf_slice s = {"", 0};
    if (t >= 0 && j->toks[t].type == ASKF_JSON_STRING && !j->toks[t].escaped) {
        s.ptr = j->src + j->toks[t].start;
        s.len = j->toks[t].len;
    }
    return s;
}

static int get(const askf_json *j, int obj, const char *k)
{
    if (obj < 0 || j->toks[obj].type != ASKF_JSON_OBJECT)
        return -1;
    return askf__json_get(j, (uint32_t)obj, k, strlen(k));
}

/* An object of numbers, or of {"allowed","denied"} objects, into rows. */
static void load_table(const askf_json *j, int obj, table *t, int pairs)
{
    t->n = 0;
    if (obj < 0 || j->toks[obj].type != ASKF_JSON_OBJECT)
        return;
    uint32_t k = askf__json_first((uint32_t)obj);
    for (uint32_t i = 0; i < j->toks[obj].count && t->n < MAXROWS; i++) {
        uint32_t v = askf__json_next(j, k);
        row *r = &t->r[t->n++];
        r->name = str_of(j, (int)k);
        if (pairs) {
            r->v[0] = u64_of(j, get(j, (int)v, "allowed"));
            r->v[1] = u64_of(j, get(j, (int)v, "denied"));
        } else {
            r->v[0] = u64_of(j, (int)v);
            r->v[1] = 0;
        }
        k = askf__json_next(j, v);
    }
}

static askf_status load(ds *d, const char *text, size_t len, askf_error *err)
{
    askf__json_init(&d->j);
    askf_status st = askf__json_parse(&d->j, text, len, 0, err);
    if (st != ASKF_OK)
        return st;
    const askf_json *j = &d->j;
    int body = get(j, 0, "body");
    if (body < 0)
        return askf__err(err, ASKF_ERR_PARSE, 0, 0, "body", "not an askfirst manifest (no body)");
    d->dataset = str_of(j, get(j, 0, "dataset"));
    d->purpose = str_of(j, get(j, body, "purpose"));
    d->recipient = str_of(j, get(j, body, "recipient"));
    int pol = get(j, body, "policy");
    d->policy = str_of(j, get(j, pol, "name"));
    d->policy_version = str_of(j, get(j, pol, "version"));
    d->at = str_of(j, get(j, get(j, body, "snapshot"), "at"));
    d->shards = u64_of(j, get(j, get(j, body, "options"), "shards"));
    int c = get(j, body, "counts");
    d->records = u64_of(j, get(j, c, "records"));
    d->allowed = u64_of(j, get(j, c, "allowed"));
    d->written = u64_of(j, get(j, c, "written"));
    d->denied = u64_of(j, get(j, c, "denied"));
    d->rejected = u64_of(j, get(j, c, "rejected"));
    d->pii_dropped = u64_of(j, get(j, c, "pii_dropped"));
    load_table(j, get(j, c, "by_reason"), &d->reasons, 0);
    load_table(j, get(j, c, "by_region"), &d->regions, 1);
    load_table(j, get(j, c, "by_kind"), &d->kinds, 1);
    load_table(j, get(j, body, "pii"), &d->pii, 0);
    return ASKF_OK;
}

static const row *find(const table *t, askf_slice name)
{
    for (size_t i = 0; i < t->n; i++)
        if (askf__slice_eq(t->r[i].name, name))
            return &t->r[i];
    return NULL;
}

static void putf(askf_buf *o, const char *fmt, ...) ASKF_PRINTF(2, 3);
static void putf(askf_buf *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        askf__buf_put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static double pct(uint64_t a, uint64_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

/* Union of row names over datasets (first-seen order, stable). */
static size_t union_names(ds *const *d, size_t n, size_t off, askf_slice *names)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const table *t = (const table *)((const char *)d[i] + off);
        for (size_t r = 0; r < t->n; r++) {
            size_t q = 0;
            while (q < k && !askf__slice_eq(names[q], t->r[r].name))
                q++;
            if (q == k && k < MAXROWS)
                names[k++] = t->r[r].name;
        }
    }
    return k;
}

static void text_section(askf_buf *o, ds *const *d, size_t n, size_t off, const char *title,
                         int pairs, askf_slice *names)
{
    size_t k = union_names(d, n, off, names);
    putf(o, "\n%s\n", title);
    for (size_t r = 0; r < k; r++) {
        putf(o, "  %-22.*s", (int)(names[r].len > 22 ? 22 : names[r].len), names[r].ptr);
        for (size_t i = 0; i < n; i++) {
            const table *t = (const table *)((const char *)d[i] + off);
            const row *x = find(t, names[r]);
            char cell[64];
            if (pairs == 1)
                snprintf(cell, sizeof cell, "%llu / %llu", x ? (unsigned long long)x->v[0] : 0ull,
                         x ? (unsigned long long)x->v[1] : 0ull);
            else if (pairs == 2)
                snprintf(cell, sizeof cell, "%llu", x ? (unsigned long long)x->v[0] : 0ull);
            else
                snprintf(cell, sizeof cell, "%llu (%.1f%%)", x ? (unsigned long long)x->v[0] : 0ull,
                         pct(x ? x->v[0] : 0, d[i]->records));
            putf(o, " %24s", cell);
        }
        askf__buf_putc(o, '\n');
    }
    if (!k)
        putf(o, "  (none)\n");
}

static void render_text(askf_buf *o, ds *const *d, size_t n, askf_slice *names)
{
    putf(o, "  %-22s", "");
    for (size_t i = 0; i < n; i++) {
        char h[80];
        snprintf(h, sizeof h, "%.*s %.*s", (int)d[i]->policy.len, d[i]->policy.ptr,
                 (int)(d[i]->dataset.len > 11 ? 11 : d[i]->dataset.len), d[i]->dataset.ptr);
        putf(o, " %24s", h);
    }
    putf(o, "\n  %-22s", "purpose");
    for (size_t i = 0; i < n; i++)
        putf(o, " %24.*s", (int)d[i]->purpose.len, d[i]->purpose.ptr);
    putf(o, "\n  %-22s", "snapshot at");
    for (size_t i = 0; i < n; i++)
        putf(o, " %24.*s", (int)d[i]->at.len, d[i]->at.ptr);
    static const char *lbl[] = {"records", "written", "denied", "rejected", "dropped for PII"};
    for (int l = 0; l < 5; l++) {
        putf(o, "\n  %-22s", lbl[l]);
        for (size_t i = 0; i < n; i++) {
            uint64_t v = l == 0 ? d[i]->records : l == 1 ? d[i]->written : l == 2 ? d[i]->denied
                         : l == 3 ? d[i]->rejected : d[i]->pii_dropped;
            char cell[64];
            snprintf(cell, sizeof cell, "%llu (%.1f%%)", (unsigned long long)v,
                     pct(v, d[i]->records));
            putf(o, " %24s", cell);
        }
    }
    askf__buf_putc(o, '\n');
    text_section(o, d, n, offsetof(ds, reasons), "by reason (records)", 0, names);
    text_section(o, d, n, offsetof(ds, regions), "by region (allowed / denied)", 1, names);
    text_section(o, d, n, offsetof(ds, kinds), "by content kind (allowed / denied)", 1, names);
    text_section(o, d, n, offsetof(ds, pii), "personal data replaced, by type (spans)", 2, names);
}

static void json_table(askf_buf *o, const table *t, int pairs)
{
    askf__buf_putc(o, '{');
    for (size_t r = 0; r < t->n; r++) {
        if (r)
            askf__buf_putc(o, ',');
        askf__buf_put_json_str(o, t->r[r].name.ptr, t->r[r].name.len);
        askf__buf_putc(o, ':');
        if (pairs) {
            askf__buf_puts(o, "{\"allowed\":");
            askf__buf_put_u64(o, t->r[r].v[0]);
            askf__buf_puts(o, ",\"denied\":");
            askf__buf_put_u64(o, t->r[r].v[1]);
            askf__buf_putc(o, '}');
        } else {
            askf__buf_put_u64(o, t->r[r].v[0]);
        }
    }
    askf__buf_putc(o, '}');
}

/* JSON of the datasets; also the data island the HTML page draws from. */
static void render_json(askf_buf *o, ds *const *d, size_t n)
{
    askf__buf_puts(o, "{\"datasets\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            askf__buf_putc(o, ',');
        askf__buf_puts(o, "{\"dataset\":");
        askf__buf_put_json_str(o, d[i]->dataset.ptr, d[i]->dataset.len);
        askf__buf_puts(o, ",\"purpose\":");
        askf__buf_put_json_str(o, d[i]->purpose.ptr, d[i]->purpose.len);
        askf__buf_puts(o, ",\"recipient\":");
        askf__buf_put_json_str(o, d[i]->recipient.ptr, d[i]->recipient.len);
        askf__buf_puts(o, ",\"policy\":");
        askf__buf_put_json_str(o, d[i]->policy.ptr, d[i]->policy.len);
        askf__buf_puts(o, ",\"policy_version\":");
        askf__buf_put_json_str(o, d[i]->policy_version.ptr, d[i]->policy_version.len);
        askf__buf_puts(o, ",\"at\":");
        askf__buf_put_json_str(o, d[i]->at.ptr, d[i]->at.len);
        putf(o, ",\"records\":%llu,\"allowed\":%llu,\"written\":%llu,\"denied\":%llu,"
                "\"rejected\":%llu,\"pii_dropped\":%llu,\"by_reason\":",
             (unsigned long long)d[i]->records, (unsigned long long)d[i]->allowed,
             (unsigned long long)d[i]->written, (unsigned long long)d[i]->denied,
             (unsigned long long)d[i]->rejected, (unsigned long long)d[i]->pii_dropped);
        json_table(o, &d[i]->reasons, 0);
        askf__buf_puts(o, ",\"by_region\":");
        json_table(o, &d[i]->regions, 1);
        askf__buf_puts(o, ",\"by_kind\":");
        json_table(o, &d[i]->kinds, 1);
        askf__buf_puts(o, ",\"pii\":");
        json_table(o, &d[i]->pii, 0);
        askf__buf_putc(o, '}');
    }
    askf__buf_puts(o, "]}");
}

static const char html_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>askfirst dataset report</title>\n<style>\n"
    "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fafbfc}\n"
    "h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0 0 8px}h3{font-size:13px;"
    "margin:14px 0 4px;color:#57606a;text-transform:uppercase;letter-spacing:.04em}\n"
    ".grid{display:flex;flex-wrap:wrap;gap:20px}.card{background:#fff;border:1px solid #d0d7de;"
    "border-radius:8px;padding:16px;flex:1 1 460px;min-width:420px}\n"
    ".kpi{display:flex;gap:16px;margin:8px 0}.kpi div{flex:1}.kpi b{display:block;font-size:20px}\n"
    ".muted{color:#57606a;font-size:12px}svg text{font:11px system-ui,sans-serif}\n"
    ".legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}\n"
    "</style></head><body>\n<h1>What the build let through, and why not</h1>\n"
    "<p class=\"muted\">Generated by askfirst report from the dataset manifests. Every denied "
    "record is counted under the first rule that denied it (docs/decisions.md).</p>\n"
    "<div id=\"report\" class=\"grid\"></div>\n"
    "<script type=\"application/json\" id=\"askf-data\">";

static const char html_tail[] =
    "</script>\n<script>\n"
    "(function(){\n"
    "var NS='http://www.w3.org/2000/svg';\n"
    "var data=JSON.parse(document.getElementById('askf-data').textContent);\n"
    "function el(t,a,p){var e=document.createElementNS(NS,t);for(var k in a)e.setAttribute(k,a[k]);"
    "if(p)p.appendChild(e);return e;}\n"
    "function h(t,txt,p,c){var e=document.createElement(t);e.textContent=txt;if(c)e.className=c;"
    "p.appendChild(e);return e;}\n"
    "function fmt(n){return n.toLocaleString('en-US');}\n"
    "var ALLOW='#2da44e',DENY='#cf222e',BAR='#0969da';\n"
    /* rows: [[label, a, b]]; b < 0 = single value */
    "function chart(p,title,rows,stacked,total){h('h3',title,p);"
    "if(!rows.length){h('p','none',p,'muted');return;}"
    "var W=460,L=130,R=110,RH=18,H=rows.length*RH+6;"
    "var svg=el('svg',{width:W,height:H,viewBox:'0 0 '+W+' '+H,role:'img','aria-label':title,"
    "'class':'chart'},p);"
    "var max=1;rows.forEach(function(r){max=Math.max(max,r[1]+(stacked?r[2]:0));});"
    "rows.forEach(function(r,i){var y=i*RH+3,w=(W-L-R)/max;"
    "var t=el('text',{x:L-6,y:y+12,'text-anchor':'end'},svg);t.textContent=r[0];"
    "var wa=Math.max(r[1]*w,r[1]?1:0);"
    "var a=el('rect',{x:L,y:y,width:wa,height:RH-4,fill:stacked?ALLOW:BAR,'class':'bar'},svg);"
    "el('title',{},a).textContent=r[0]+': '+fmt(r[1])+(stacked?' allowed':'');"
    "var x=L+wa;if(stacked){var wd=Math.max(r[2]*w,r[2]?1:0);"
    "var d=el('rect',{x:x,y:y,width:wd,height:RH-4,fill:DENY,'class':'bar'},svg);"
    "el('title',{},d).textContent=r[0]+': '+fmt(r[2])+' denied';x+=wd;}"
    "var v=el('text',{x:x+4,y:y+12},svg);v.textContent=stacked?fmt(r[1])+' / '+fmt(r[2]):"
    "fmt(r[1])+(total?' ('+(100*r[1]/total).toFixed(1)+'%)':'');});"
    "if(stacked){var lg=h('div','',p,'legend muted');lg.innerHTML='<span style=\"background:'+ALLOW+"
    "'\"></span>allowed<span style=\"background:'+DENY+'\"></span>denied';}}\n"
    "function rows(o,pairs,limit){var r=Object.keys(o).map(function(k){var v=o[k];"
    "return pairs?[k,v.allowed,v.denied]:[k,v,-1];});"
    "r.sort(function(a,b){return (b[1]+(pairs?b[2]:0))-(a[1]+(pairs?a[2]:0))||(a[0]<b[0]?-1:1);});"
    "return limit?r.slice(0,limit):r;}\n"
    "var root=document.getElementById('report');\n"
    "data.datasets.forEach(function(d){var c=h('div','',root,'card');c.setAttribute('data-dataset',d.dataset);"
    "h('h2',d.policy+' \\u2014 '+d.purpose+' \\u2192 '+d.recipient,c);"
    "h('div',d.dataset+' \\u00b7 policy version '+d.policy_version+' \\u00b7 consent as of '+d.at,c,'muted');"
    "var k=h('div','',c,'kpi');[['records',d.records],['written',d.written],['denied',d.denied],"
    "['rejected',d.rejected],['dropped for PII',d.pii_dropped]].forEach(function(x){"
    "var e=h('div','',k);h('b',fmt(x[1]),e);h('span',x[0]+(x[0]!='records'&&d.records?' ('+"
    "(100*x[1]/d.records).toFixed(1)+'%)':''),e,'muted');});"
    "chart(c,'Records by decision reason',rows(d.by_reason,0),false,d.records);"
    "chart(c,'By region (top 20)',rows(d.by_region,1,20),true);"
    "chart(c,'By content kind',rows(d.by_kind,1),true);"
    "chart(c,'Personal data replaced, by type',rows(d.pii,0).filter(function(r){return r[1]>0;}),false);"
    "});\n"
    "document.body.setAttribute('data-charts-drawn',String(document.querySelectorAll('svg.chart').length));\n"
    "})();\n</script>\n</body></html>\n";

askf_status askf_report_render(const char *const *manifests, const size_t *lens, size_t n,
                               askf_report_format fmt, char **out, size_t *out_len,
                               askf_error *err)
{
    askf_status st = ASKF_OK;
    *out = NULL;
    *out_len = 0;
    if (!n || n > 16)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, NULL, "report: 1 to 16 manifests");
    ds **d = askf__calloc(n, sizeof *d);
    askf_slice *names = askf__calloc(MAXROWS, sizeof *names);
    askf_buf o;
    askf__buf_init(&o);
    if (!d || !names) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "report: out of memory");
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(d[i] = askf__calloc(1, sizeof **d))) {
            st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "report: out of memory");
            goto cleanup;
        }
        if ((st = load(d[i], manifests[i], lens[i], err)) != ASKF_OK)
            goto cleanup;
    }
    if (fmt == ASKF_REPORT_TEXT) {
        render_text(&o, d, n, names);
    } else if (fmt == ASKF_REPORT_JSON) {
        render_json(&o, d, n);
        askf__buf_putc(&o, '\n');
    } else {
        askf__buf_puts(&o, html_head);
        size_t at = o.len;
        render_json(&o, d, n);
        /* Inside <script>, "</" must not appear: escape every '<'. */
        askf_buf esc;
        askf__buf_init(&esc);
        for (size_t i = at; i < o.len; i++) {
            if (o.ptr[i] == '<')
                askf__buf_puts(&esc, "\\u003c");
            else
                askf__buf_putc(&esc, o.ptr[i]);
        }
        o.len = at;
        askf__buf_put(&o, esc.ptr, esc.len);
        askf__buf_free(&esc);
        askf__buf_puts(&o, html_tail);
    }
    if (o.oom) {
        st = askf__err(err, ASKF_ERR_NOMEM, 0, 0, NULL, "report: out of memory");
        goto cleanup;
    }
    askf__buf_nul(&o);
    *out = askf__buf_take(&o, out_len);
cleanup:
    for (size_t i = 0; d && i < n; i++)
        if (d[i]) {
            askf__json_free(&d[i]->j);
            askf__free(d[i]);
        }
    askf__free(d);
    askf__free(names);
    askf__buf_free(&o);
    return st;
}

void askf_report_free(char *p) { askf__free(p); }
