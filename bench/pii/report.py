#!/usr/bin/env python3
"""report.py - side-by-side table of bench/pii/run.sh results (askfirst vs redact-pii).

  report.py OUTDIR [--json]
"""
import glob
import json
import os
import sys

TYPES = ["EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "URL", "PERSON",
         "HANDLE"]


def load(p):
    try:
        with open(p, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def text_mb(path):
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            n += len(json.loads(line).get("text", "").encode("utf-8"))
    return n / 1e6


def main():
    out = sys.argv[1]
    res = {"throughput": {}, "quality": {}}
    tpfile = os.path.join(out, "throughput.jsonl")
    mb = text_mb(tpfile) if os.path.exists(tpfile) else 0.0
    runs = [load(p) for p in sorted(glob.glob(os.path.join(out, "askfirst.tp.*.json")))]
    runs = [r for r in runs if r and r["rc"] == 0]
    a_tp = mb / min(r["wall_s"] for r in runs) if runs and mb else None
    a_rss = max(r["max_rss_mb"] for r in runs) if runs else None
    peer = None
    try:
        with open(os.path.join(out, "redact-pii.throughput.json"), encoding="utf-8") as f:
            peer = json.loads(f.read().strip().splitlines()[-1])
    except (OSError, ValueError, IndexError):
        pass
    p_tp = peer["text_mb"] / peer["wall_s"] if peer else None
    res["throughput"] = {"text_mb": mb, "askfirst_mb_s": a_tp, "askfirst_max_rss_mb": a_rss,
                         "redact_pii_mb_s": p_tp,
                         "redact_pii_mb_s_redact_only": peer and peer["mb_per_s_redact_only"],
                         "ratio": (a_tp / p_tp) if a_tp and p_tp else None}
    for k in ("compile", "load", "1m.compile", "1m.load", "1m.tp"):
        x = load(os.path.join(out, "askfirst.%s.json" % k))
        if x:
            res["throughput"]["askfirst_" + k.replace(".", "_")] = x
    print("\nthroughput, one core, whole process, JSONL in and out (%.1f MB of text)" % mb)
    f = lambda x: "-" if x is None else "%.2f" % x  # noqa: E731
    print("  askfirst   %10s MB/s   (max RSS %s MB)" % (f(a_tp), f(a_rss)))
    print("  redact-pii %10s MB/s   (redact() calls only: %s MB/s)" % (
        f(p_tp), f(peer and peer["mb_per_s_redact_only"])))
    print("  ratio      %10s x" % f(res["throughput"]["ratio"]))
    for k in ("compile", "load"):
        x = res["throughput"].get("askfirst_" + k)
        if x:
            print("  %-28s %.3f s, max RSS %.1f MB" % (
                {"compile": "first run (compile dir+corpus)", "load": "cached directory load"}[k],
                x["wall_s"], x["max_rss_mb"]))
    if "askfirst_1m_compile" in res["throughput"]:
        t = res["throughput"]
        print("  1M members: compile %.2f s (RSS %.0f MB), cached load %.2f s (RSS %.0f MB), "
              "throughput %s MB/s" % (t["askfirst_1m_compile"]["wall_s"],
                                      t["askfirst_1m_compile"]["max_rss_mb"],
                                      t["askfirst_1m_load"]["wall_s"],
                                      t["askfirst_1m_load"]["max_rss_mb"],
                                      f(mb / t["askfirst_1m_tp"]["wall_s"]) if "askfirst_1m_tp" in t else "-"))
    for corpus in ("corpus", "heldout"):
        a = load(os.path.join(out, "askfirst.%s.score.json" % corpus))
        p = load(os.path.join(out, "redact-pii.%s.score.json" % corpus))
        if not a and not p:
            continue
        res["quality"][corpus] = {"askfirst": a, "redact-pii": p}
        print("\nquality on %s.jsonl (exact span match; P/R/F1 %%)" % corpus)
        print("  %-12s %6s | %-23s | %-23s" % ("type", "gold", "askfirst", "redact-pii"))
        for t in TYPES:
            row = []
            for s in (a, p):
                if s:
                    x = s["types"][t]
                    row.append("%6.2f %6.2f %6.2f   " % (100 * x["precision"], 100 * x["recall"],
                                                        100 * x["f1"]))
                else:
                    row.append("%-23s" % "-")
            g = (a or p)["types"][t]["gold"]
            print("  %-12s %6d | %s | %s" % (t, g, row[0], row[1]))
        for label, key in (("PII chars left %", "pii_chars_left_share"),
                           ("non-PII chars redacted %", "other_chars_redacted_share")):
            print("  %-19s | %-23s | %-23s" % (label, *(("%.2f" % (100 * s[key])) if s else "-"
                                                         for s in (a, p))))
        worst = []
        for s in (a, p):
            if s and s["negatives"]:
                c, x = max(s["negatives"].items(), key=lambda kv: kv[1]["share"])
                worst.append("%s %.1f%%" % (c, 100 * x["share"]))
            else:
                worst.append("-")
        print("  %-19s | %-23s | %-23s" % ("worst hard negative", worst[0], worst[1]))
        print("  %-19s | %-23s | %-23s" % ("targets missed", *(str(len(s["failures"])) if s else "-"
                                                             for s in (a, p))))
        if a:
            cats = sorted(a["negatives"])
            print("  hard negatives hit, askfirst / redact-pii:")
            for c in cats:
                xa = a["negatives"][c]
                xp = p["negatives"].get(c) if p else None
                print("    %-18s %5d  %6.2f%%  %6.2f%%" % (c, xa["count"], 100 * xa["share"],
                                                         100 * xp["share"] if xp else float("nan")))
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as fo:
        json.dump(res, fo, indent=1)


if __name__ == "__main__":
    main()
