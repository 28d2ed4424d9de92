#!/usr/bin/env python3
"""score.py - score a PII redactor's spans against a labelled corpus (issue 3's targets).

  score.py GOLD.jsonl PRED.jsonl [--json] [--check] [--examples N] [--name NAME]

GOLD is written by gen_corpus.py or gen_heldout.py: records {"id","text","spans":[{start,end,
type}],"negatives":[{start,end,category}]}.  PRED is the output of `askfirst redact --spans`
(or of a peer converted to the same form): records {"id", "pii":[{start,end,type}]}, matched to
GOLD by "id".  All offsets are Unicode code points into the original text, end-exclusive.

Reported: per type precision/recall/F1 with exact span match (start, end and type equal) and
with overlap match (a gold span counts as found when a predicted span of the same type overlaps
it; a predicted span counts as correct when it overlaps a gold span of its type); the share of
PII characters left unredacted (not covered by any predicted span, of any type); the share of
non-PII characters redacted; per hard-negative category the share of negatives that a predicted
span (of any type) overlaps.  --check exits 1 when a target of issue 3 is missed (exact match).
Python 3 standard library only.
"""
import argparse
import json
import sys

STRUCTURED = ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL"]
FUZZY = ["PERSON", "HANDLE"]
TYPES = STRUCTURED + FUZZY
TARGETS = {t: (0.99, 0.98) for t in STRUCTURED}  # (recall, precision)
TARGETS.update({t: (0.95, 0.90) for t in FUZZY})
MAX_NEG_HIT = 0.02
MAX_PII_LEFT = 0.01


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except ValueError as e:
                    print("%s:%d: bad JSON (%s), skipped" % (path, n, e), file=sys.stderr)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(gold_path, pred_path, nexamples=0):
    preds = {}
    bad_pred = 0
    for r in read_jsonl(pred_path):
        rid = r.get("id")
        if rid is None:
            continue
        sp = []
        for s in r.get("pii") or []:
            try:
                sp.append((int(s["start"]), int(s["end"]), str(s["type"])))
            except (KeyError, TypeError, ValueError):
                bad_pred += 1
        preds[str(rid)] = sp
    c = {t: dict(tp=0, fp=0, fn=0, otp_g=0, otp_p=0, ng=0, np=0, wrongtype=0) for t in TYPES}
    other = {}
    negs = {}
    gold_chars = left_chars = other_chars = red_other = 0
    nrec = missing = out_of_range = overlapping_pred = 0
    ex = {}

    def example(key, rec, span, note=""):
        lst = ex.setdefault(key, [])
        if len(lst) < nexamples:
            s, e = span[0], span[1]
            t = rec["text"]
            lst.append("%s %s «%s» in …%s…%s" % (rec["id"], span[2] if len(span) > 2 else "",
                                                t[s:e], t[max(0, s - 30):min(len(t), e + 30)]
                                                .replace("\n", " "), note))

    for g in read_jsonl(gold_path):
        nrec += 1
        rid = str(g["id"])
        text = g["text"]
        n = len(text)
        gs = [(s["start"], s["end"], s["type"]) for s in g.get("spans", [])]
        if rid not in preds:
            missing += 1
        ps = []
        for s, e, t in preds.get(rid, []):
            if not (0 <= s < e <= n):
                out_of_range += 1
                continue
            ps.append((s, e, t))
        ps.sort()
        for a, b in zip(ps, ps[1:]):
            if b[0] < a[1]:
                overlapping_pred += 1
        gset = set(gs)
        pset = set(ps)
        for sp in gs:
            t = sp[2]
            c[t]["ng"] += 1
            if sp in pset:
                c[t]["tp"] += 1
            else:
                c[t]["fn"] += 1
                same = [p for p in ps if p[0] == sp[0] and p[1] == sp[1]]
                if same:
                    c[t]["wrongtype"] += 1
                    example("FN " + t, g, sp, " (found as %s)" % same[0][2])
                else:
                    near = [p for p in ps if overlaps(p, sp)]
                    example("FN " + t, g, sp, " (predicted %s)" % ", ".join(
                        "%s«%s»" % (p[2], text[p[0]:p[1]]) for p in near) if near else "")
            if any(p[2] == t and overlaps(p, sp) for p in ps):
                c[t]["otp_g"] += 1
        for sp in ps:
            t = sp[2]
            if t not in c:
                o = other.setdefault(t, 0)
                other[t] = o + 1
                continue
            c[t]["np"] += 1
            if sp not in gset:
                c[t]["fp"] += 1
                if not any(overlaps(sp, x) for x in gs):
                    example("FP " + t, g, sp)
            if any(x[2] == t and overlaps(x, sp) for x in gs):
                c[t]["otp_p"] += 1
        # characters
        gm = bytearray(n)
        pm = bytearray(n)
        for s, e, _ in gs:
            gm[s:e] = b"\1" * (e - s)
        for s, e, _ in ps:
            pm[s:e] = b"\1" * (e - s)
        ng = sum(gm)
        gold_chars += ng
        other_chars += n - ng
        both = sum(1 for i in range(n) if gm[i] and pm[i]) if ng else 0
        left_chars += ng - both
        red_other += sum(pm) - both
        for s in g.get("negatives", []):
            cat = s["category"]
            hit = any(overlaps(p, (s["start"], s["end"])) for p in ps)
            st = negs.setdefault(cat, [0, 0])
            st[0] += 1
            st[1] += hit
            if hit:
                example("NEG " + cat, g, (s["start"], s["end"], cat), " (predicted %s)" % ", ".join(
                    "%s«%s»" % (p[2], text[p[0]:p[1]]) for p in ps
                    if overlaps(p, (s["start"], s["end"]))))
    out = {"records": nrec, "records_missing_in_pred": missing, "pred_spans_out_of_range":
           out_of_range, "pred_spans_overlapping": overlapping_pred, "pred_spans_malformed": bad_pred,
           "types": {}, "other_pred_types": other, "negatives": {}, "failures": []}
    for t in TYPES:
        x = c[t]
        p, r, f = prf(x["tp"], x["fp"], x["fn"])
        op = x["otp_p"] / x["np"] if x["np"] else (1.0 if x["ng"] == 0 else 0.0)
        orc = x["otp_g"] / x["ng"] if x["ng"] else 1.0
        of = 2 * op * orc / (op + orc) if op + orc else 0.0
        out["types"][t] = {"gold": x["ng"], "pred": x["np"], "tp": x["tp"], "fp": x["fp"],
                           "fn": x["fn"], "wrong_type": x["wrongtype"], "precision": p,
                           "recall": r, "f1": f, "overlap_precision": op, "overlap_recall": orc,
                           "overlap_f1": of}
        if x["ng"]:
            tr, tpre = TARGETS[t]
            if r < tr:
                out["failures"].append("%s recall %.4f < %.2f" % (t, r, tr))
            if p < tpre:
                out["failures"].append("%s precision %.4f < %.2f" % (t, p, tpre))
    for cat in sorted(negs):
        tot, hit = negs[cat]
        out["negatives"][cat] = {"count": tot, "hit": hit, "share": hit / tot if tot else 0.0}
        if tot and hit / tot > MAX_NEG_HIT:
            out["failures"].append("negative %s hit %.4f > %.2f" % (cat, hit / tot, MAX_NEG_HIT))
    out["pii_chars"] = gold_chars
    out["pii_chars_left_share"] = left_chars / gold_chars if gold_chars else 0.0
    out["other_chars_redacted_share"] = red_other / other_chars if other_chars else 0.0
    if out["pii_chars_left_share"] >= MAX_PII_LEFT:
        out["failures"].append("PII chars left %.4f >= %.2f" % (out["pii_chars_left_share"],
                                                               MAX_PII_LEFT))
    if missing:
        out["failures"].append("%d records missing from the predictions" % missing)
    out["examples"] = ex
    return out


def pct(x):
    return "%6.2f" % (100 * x)


def print_report(o, name):
    print("== %s: %d records%s" % (name, o["records"], (", %d missing in predictions" %
                                                        o["records_missing_in_pred"])
                                   if o["records_missing_in_pred"] else ""))
    print("%-12s %6s %6s | %7s %7s %7s | %7s %7s %7s | %s" % (
        "type", "gold", "pred", "P%", "R%", "F1%", "oP%", "oR%", "oF1%", "wrong type"))
    for t, x in o["types"].items():
        print("%-12s %6d %6d | %7s %7s %7s | %7s %7s %7s | %d" % (
            t, x["gold"], x["pred"], pct(x["precision"]), pct(x["recall"]), pct(x["f1"]),
            pct(x["overlap_precision"]), pct(x["overlap_recall"]), pct(x["overlap_f1"]),
            x["wrong_type"]))
    if o["other_pred_types"]:
        print("other predicted types (not scored per type): " + ", ".join(
            "%s %d" % kv for kv in sorted(o["other_pred_types"].items())))
    print("PII characters left unredacted: %s%%   non-PII characters redacted: %s%%" % (
        pct(o["pii_chars_left_share"]).strip(), pct(o["other_chars_redacted_share"]).strip()))
    print("hard negatives hit:")
    for cat, x in o["negatives"].items():
        print("  %-18s %5d/%-5d %s%%" % (cat, x["hit"], x["count"], pct(x["share"])))
    if o["pred_spans_out_of_range"] or o["pred_spans_overlapping"] or o["pred_spans_malformed"]:
        print("WARNING: predicted spans out of range %d, overlapping %d, malformed %d" % (
            o["pred_spans_out_of_range"], o["pred_spans_overlapping"], o["pred_spans_malformed"]))
    for k, lst in sorted(o["examples"].items()):
        print("-- " + k)
        for e in lst:
            print("   " + e)
    print("targets: " + ("all met" if not o["failures"] else "MISSED: " + "; ".join(o["failures"])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--examples", type=int, default=0, help="show N error examples per kind")
    ap.add_argument("--name", default=None)
    a = ap.parse_args()
    o = score(a.gold, a.pred, a.examples)
    o["name"] = a.name or a.pred
    if a.json:
        print(json.dumps(o, ensure_ascii=False, indent=1))
    else:
        print_report(o, o["name"])
    if a.check and o["failures"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
