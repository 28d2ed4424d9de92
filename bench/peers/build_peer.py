#!/usr/bin/env python3
"""build_peer.py - the simple alternative a platform team would write instead of
`askfirst build`: Python standard library only. Folds the consent events into a
dict per member (region, birth date, latest choice per purpose, deletions),
joins every content record against it, redacts structured PII with regular
expressions, pseudonymises ids with HMAC-SHA-256 and writes JSONL.

It does less than askfirst (no notice binding, no objections, no GPC, no
region groups, no validators, no name dictionary), so the speed ratio
flatters it.

  build_peer.py EVENTS CONTENT OUT KEYHEX [--purpose P] [--at T]
"""
import hashlib, hmac, json, re, sys
from datetime import date

PII = [
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("URL", re.compile(r"\b(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s]*", re.I)),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")),
    ("CREDIT_CARD", re.compile(r"\b(?:\d[ -]?){13,19}\b")),
    ("IPV4", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
    ("PHONE", re.compile(r"\+\d{1,3}[\s\d().-]{6,}\d")),
    ("US_SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
]
KINDS = {"post", "comment", "article", "profile"}


def main():
    ev_path, content_path, out_path, keyhex = sys.argv[1:5]
    purpose = "train.generative"
    at = "2026-11-01T00:00:00Z"
    if "--purpose" in sys.argv:
        purpose = sys.argv[sys.argv.index("--purpose") + 1]
    if "--at" in sys.argv:
        at = sys.argv[sys.argv.index("--at") + 1]
    key = bytes.fromhex(keyhex)
    today = date.fromisoformat(at[:10])
    members = {}
    with open(ev_path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e["at"] > at:
                continue
            m = members.setdefault(e["user"], {"choice": None, "deleted": False, "del": set()})
            t = e["type"]
            if t == "profile":
                m["region"] = e.get("region", m.get("region"))
                m["birth"] = e.get("birth_date", m.get("birth"))
            elif t == "consent" and e["purpose"] == purpose:
                m["choice"] = e["choice"]
            elif t == "delete":
                if "content" in e:
                    m["del"].add(e["content"])
                else:
                    m["deleted"] = True
    n = kept = 0
    with open(content_path, encoding="utf-8", errors="replace") as f, \
            open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            n += 1
            try:
                r = json.loads(line)
                uid, cid, kind, text = r["user"], r["id"], r["kind"], r["text"]
            except (ValueError, KeyError):
                continue
            m = members.get(uid)
            if not m or m["deleted"] or cid in m["del"] or kind not in KINDS:
                continue
            if not m.get("region") or not m.get("birth"):
                continue
            b = date.fromisoformat(m["birth"])
            if (today.year - b.year - ((today.month, today.day) < (b.month, b.day))) < 18:
                continue
            if m["choice"] != "grant":
                continue
            counts = {}
            for name, rx in PII:
                text, k = rx.subn("[" + name + "]", text)
                if k:
                    counts[name] = k
            pid = hmac.new(key, b"content\n" + cid.encode(), hashlib.sha256).hexdigest()[:32]
            aid = hmac.new(key, b"member\n" + uid.encode(), hashlib.sha256).hexdigest()[:32]
            out.write(json.dumps({"id": pid, "text": text, "source": "peer", "added": at,
                                  "created": r.get("created_at"),
                                  "metadata": {"kind": kind, "author": aid, "pii": counts}},
                                 ensure_ascii=False) + "\n")
            kept += 1
    print(f"peer: {n} records, {kept} written", file=sys.stderr)


if __name__ == "__main__":
    main()
