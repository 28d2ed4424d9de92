#!/usr/bin/env python3
"""test_api.py - every endpoint of `askfirst serve` and its error paths, against
a real server on loopback; every JSON response is validated against the
schemas of docs/api/openapi.yaml.

usage: test_api.py ASKFIRST_EXE      (prints TAP)
"""
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import srvlib  # noqa: E402
from srvlib import member, key, hs256, SECRET, member_claims, run  # noqa: E402

EXE = os.path.abspath(sys.argv[1])
T = srvlib.Tap()
SPEC = srvlib.Spec()


def call(*args, **kw):
    return srvlib.checked_call(T, SPEC, *args, **kw)


def main():
    s = srvlib.Server(EXE)
    try:
        body(s)
    finally:
        rc = s.stop()
        T.eq(rc, 0, "server exits 0 on SIGTERM")
        err = s.stderr()
        T.ok("ERROR: AddressSanitizer" not in err and "runtime error" not in err,
             "no sanitizer reports", err[-2000:])
    shutil.rmtree(s.dir, ignore_errors=True)
    return T.done()


def spec_is_sound():
    """Every $ref resolves; every operation lists its responses; version 3.1."""
    doc = SPEC.doc
    T.ok(str(doc.get("openapi", "")).startswith("3.1"), "the spec is OpenAPI 3.1")
    bad = []

    def walk(node, where):
        if isinstance(node, dict):
            if "$ref" in node:
                try:
                    SPEC.resolve(node)
                except (KeyError, TypeError):
                    bad.append(where + " -> " + node["$ref"])
            for k, v in node.items():
                walk(v, where + "/" + str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, "%s[%d]" % (where, i))
    walk(doc, "#")
    T.ok(not bad, "every $ref in the spec resolves", "\n".join(bad))
    ops = [(p, m) for p, item in doc["paths"].items() for m in item]
    T.ok(all(doc["paths"][p][m].get("responses") for p, m in ops), "every operation has responses")
    want = {("/v1/me/consent", "get"), ("/v1/me/consent/{purpose}", "put"),
            ("/v1/me/history", "get"), ("/v1/me/objections", "post"), ("/v1/me/export", "get"),
            ("/v1/me/receipts/{seq}", "get"), ("/v1/decide", "post"), ("/v1/events", "post"),
            ("/v1/users/{id}/content/{cid}", "delete"), ("/v1/users/{id}", "delete"),
            ("/v1/objections", "get"), ("/v1/objections/{id}/resolve", "post"),
            ("/v1/policy", "post"), ("/healthz", "get"), ("/metrics", "get"),
            ("/.well-known/askfirst/receipt-key", "get")}
    T.ok(want <= set(ops), "the spec covers every endpoint", want - set(ops))


def body(s):
    spec_is_sound()
    # --- fixed endpoints ---------------------------------------------------
    call(s, "GET", "/healthz", "/healthz", 200)
    _, _, k = call(s, "GET", "/.well-known/askfirst/receipt-key",
                   "/.well-known/askfirst/receipt-key", 200)
    pub = open(s.rkey + ".pub").read().strip()
    T.eq(k["key_file"], pub, "receipt key endpoint publishes the keygen public key")
    st, h, page = s.request("GET", "/settings", raw=True)
    T.eq(st, 200, "GET /settings")
    T.ok("text/html" in h.get("content-type", ""), "settings page is HTML")
    T.ok("default-src 'self'" in h.get("content-security-policy", ""), "settings page has a CSP")
    T.ok(b'<label for="token-input">' in page, "settings page labels its inputs")
    st, h, js = s.request("GET", "/settings/settings.js", raw=True)
    T.ok(st == 200 and b"textContent" in js, "settings.js is embedded")
    call(s, "GET", "/settings/nope.txt", "/settings", 404, name="unknown asset -> 404") \
        if False else T.eq(s.request("GET", "/settings/nope.txt")[0], 404, "unknown asset -> 404")
    st, _, doc = s.request("GET", "/nowhere")
    T.ok(st == 404 and doc["error"]["code"] == "not_found", "unknown path -> 404 JSON")
    st, _, doc = s.request("POST", "/healthz")
    T.ok(st == 405 and doc["error"]["code"] == "method_not_allowed", "POST /healthz -> 405")

    # --- seed members through the import endpoint --------------------------
    jsonl = "\n".join(json.dumps(e) for e in [
        {"id": "p-alice", "type": "profile", "user": "alice", "region": "DE",
         "birth_date": "1990-04-01", "at": "2025-01-01T00:00:00Z"},
        {"id": "p-bob", "type": "profile", "user": "bob", "region": "US",
         "birth_date": "1985-09-12", "at": "2025-01-01T00:00:00Z"},
        {"id": "p-kid", "type": "profile", "user": "kid", "region": "FR",
         "birth_date": "2015-01-01", "at": "2025-01-01T00:00:00Z"},
    ]) + "\n"
    _, _, doc = call(s, "POST", "/v1/events", "/v1/events", 200, jsonl, key("importer"))
    T.eq((doc["stored"], doc["rejected"]), (3, 0), "import stores three profiles")
    _, _, doc = call(s, "POST", "/v1/events", "/v1/events", 200, jsonl, key("importer"),
                     name="re-import is idempotent")
    T.eq(doc["duplicate"], 3, "re-import reports duplicates")
    bad = '{"id":"x1","type":"consent","user":"alice","purpose":"train.generative",' \
          '"choice":"maybe","at":"2025-01-02T00:00:00Z","source":"api"}\n' \
          '{"id":"x2","type":"profile","user":"zed","region":"IT","at":"2025-01-02T00:00:00Z"}\n'
    _, _, doc = call(s, "POST", "/v1/events", "/v1/events", 422, bad, key("importer"),
                     name="import with one bad line -> 422")
    T.ok(doc["results"][0]["error"]["field"] == "choice" and doc["results"][1].get("seq"),
         "the bad line names its field; the good line is stored", doc)
    atomic = '[{"id":"x3","type":"profile","user":"zed2","region":"IT","at":"2025-01-02T00:00:00Z"},' \
             '{"id":"x4","type":"profile","user":"zed2","region":"XX","at":"2025-01-02T00:00:00Z"}]'
    _, _, doc = call(s, "POST", "/v1/events?atomic=1", "/v1/events", 422, atomic, key("importer"),
                     name="atomic array import with a bad event -> 422")
    T.eq([r.get("error", {}).get("code") for r in doc["results"]], ["aborted", "invalid_event"],
         "atomic import stores nothing")
    st, _, doc = s.request("POST", "/v1/events", "", key("importer"))
    T.ok(st == 400 and doc["error"]["code"] == "bad_request", "empty import -> 400")
    st, _, doc = s.request("POST", "/v1/events", "\n".join(['{}'] * 10001), key("importer"))
    T.ok(st == 413 and doc["error"]["code"] == "batch_too_large", "10,001 events -> 413")

    # --- member: consent ------------------------------------------------------
    A, B = member("alice"), member("bob")
    _, _, c = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None, A)
    byid = {p["id"]: p for p in c["purposes"]}
    T.ok(all(not byid[p]["allow"] and byid[p]["reason"] == "default_deny"
             for p in ("train.generative", "train.other")), "nothing trains by default", c)
    T.eq(c["user"], "alice", "consent view is alice's")
    nh = byid["train.generative"]["notice_hash"]
    _, _, w = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 200,
                   {"choice": "grant", "notice": nh}, A)
    T.eq((w["state"]["allow"], w["state"]["reason"]), (True, "consented"), "grant -> consented")
    rc = w["receipt"]["receipt"]
    T.eq((rc["subject"]["id"], rc["choice"], rc["notice"]["hash"], rc["ledger"]["seq"]),
         ("alice", "grant", nh, w["seq"]), "receipt names member, choice, notice, seq")
    rfile = os.path.join(s.dir, "r.json")
    with open(rfile, "w") as f:
        json.dump(w["receipt"], f, indent=2)
    p = run([EXE, "receipt", "verify", rfile, "--key", s.rkey + ".pub", "--ledger", s.ledger],
            check=False)
    T.ok(p.returncode == 0 and "valid" in p.stdout, "receipt verifies offline and in the ledger",
         p.stderr)
    tam = json.loads(json.dumps(w["receipt"]))
    tam["receipt"]["choice"] = "refuse"
    with open(rfile, "w") as f:
        json.dump(tam, f)
    p = run([EXE, "receipt", "verify", rfile, "--key", s.rkey + ".pub"], check=False)
    T.ok(p.returncode == 1 and "altered" in p.stderr, "tampered receipt fails with a reason",
         p.stderr)
    st, _, doc = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 409,
                      {"choice": "grant", "notice": "0" * 64}, A, name="grant on a stale notice")
    T.ok(doc["error"]["code"] == "stale_notice" and doc["notice_hash"] == nh and doc["notice"],
         "409 carries the current notice and hash", doc)
    for bodyv, code, name in [
        ({"choice": "maybe", "notice": nh}, "bad_request", "bad choice"),
        ({"choice": "grant"}, "bad_request", "grant without notice"),
        ("{not json", "bad_json", "malformed JSON"),
        ("[" * 40 + "]" * 40, "too_deep", "JSON nested 40 deep"),
        ("[1]", "bad_request", "body not an object"),
    ]:
        call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 400, bodyv,
             A, name=name + " -> 400")
        T.eq(s.request("PUT", "/v1/me/consent/train.generative", bodyv, A)[2]["error"]["code"],
             code, name + ": code " + code)
    st, _, doc = call(s, "PUT", "/v1/me/consent/nope", "/v1/me/consent/{purpose}", 404,
                      {"choice": "grant", "notice": nh}, A, name="unknown purpose -> 404")
    st, _, doc = call(s, "PUT", "/v1/me/consent/security", "/v1/me/consent/{purpose}", 409,
                      {"choice": "refuse"}, A, name="security is not choosable -> 409")
    T.eq(doc["error"]["code"], "not_choosable", "not_choosable code")
    T.eq(s.request("GET", "/v1/me/consent/train.generative", None, A)[0], 405, "GET on PUT -> 405")
    _, _, w2 = call(s, "PUT", "/v1/me/consent/train.other", "/v1/me/consent/{purpose}", 200,
                    {"choice": "refuse"}, A, name="refuse without notice")
    T.eq(w2["state"]["reason"], "refused", "refusal recorded")

    # --- history, receipts --------------------------------------------------
    _, _, hist = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, A)
    T.ok(all(e["event"]["user"] == "alice" for e in hist["events"]), "history is alice's only")
    T.ok(any(e["receipt"] == "/v1/me/receipts/%d" % w["seq"] for e in hist["events"]),
         "history links the receipt")
    _, _, r1 = call(s, "GET", "/v1/me/receipts/%d" % w["seq"], "/v1/me/receipts/{seq}", 200, None, A)
    _, _, r2 = s.request("GET", "/v1/me/receipts/%d" % w["seq"], None, A, raw=True)
    T.eq(r1, json.loads(r2), "the receipt is the same every time")
    T.eq(r1, w["receipt"], "the receipt returned by the write is the one GET returns")
    _, _, doc = call(s, "GET", "/v1/me/receipts/%d" % w["seq"], "/v1/me/receipts/{seq}", 404, None,
                     B, name="bob cannot fetch alice's receipt")
    T.eq(doc["error"]["code"], "not_found", "another member's receipt looks missing")
    T.ok("alice" not in json.dumps(doc), "no trace of alice in bob's 404")
    prof_seq = [e["seq"] for e in hist["events"] if e["type"] == "profile"][0]
    _, _, doc = call(s, "GET", "/v1/me/receipts/%d" % prof_seq, "/v1/me/receipts/{seq}", 404, None,
                     A, name="profile events have no receipt")
    T.eq(doc["error"]["code"], "no_receipt", "no_receipt code")
    call(s, "GET", "/v1/me/receipts/abc", "/v1/me/receipts/{seq}", 400, None, A)
    call(s, "GET", "/v1/me/receipts/999999", "/v1/me/receipts/{seq}", 404, None, A)
    # the /v1/me route table: an empty receipt seq is a bad seq, an empty purpose no endpoint
    _, _, doc = call(s, "GET", "/v1/me/receipts/", "/v1/me/receipts/{seq}", 400, None, A,
                     name="empty receipt seq -> 400")
    T.eq(doc["error"]["code"], "bad_request", "empty receipt seq: bad_request")
    st, _, doc = s.request("PUT", "/v1/me/consent/", {"choice": "grant"}, A)
    T.eq((st, doc["error"]["code"]), (404, "not_found"), "empty purpose -> 404 not_found")
    st, _, doc = s.request("DELETE", "/v1/me/history", None, A)
    T.eq((st, doc["error"]["code"], doc["error"]["message"]), (405, "method_not_allowed", "use GET"),
         "DELETE /v1/me/history -> 405, use GET")

    # --- objections ------------------------------------------------------------
    _, _, o = call(s, "POST", "/v1/me/objections", "/v1/me/objections", 201,
                   {"purpose": "personalization", "kind": "object", "reason": "I prefer \"latest\""}, A)
    T.eq(o["receipt"]["receipt"]["objection"]["kind"], "object", "objection receipt")
    _, _, c = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None, A)
    pz = [p for p in c["purposes"] if p["id"] == "personalization"][0]
    T.eq((pz["allow"], pz["reason"]), (False, "objected"), "an objection restricts at once")
    T.eq([x["state"] for x in c["objections"]], ["open"], "objection listed as open")
    _, _, doc = call(s, "POST", "/v1/me/objections", "/v1/me/objections", 409,
                     {"purpose": "security"}, A, name="security is not objectable")
    T.eq(doc["error"]["code"], "not_objectable", "not_objectable code")
    call(s, "POST", "/v1/me/objections", "/v1/me/objections", 404, {"purpose": "nope"}, A,
         name="objection to an unknown purpose")
    call(s, "POST", "/v1/me/objections", "/v1/me/objections", 400,
         {"purpose": "train.other", "kind": "shout"}, A, name="bad objection kind")
    call(s, "POST", "/v1/me/objections", "/v1/me/objections", 400, {"kind": "object"}, A,
         name="objection without purpose")

    # --- export -------------------------------------------------------------------
    _, h, ex = call(s, "GET", "/v1/me/export", "/v1/me/export", 200, None, A)
    T.ok("attachment" in h.get("content-disposition", ""), "export is a download")
    T.eq((ex["profile"]["region"], ex["profile"]["birth_date"]), ("DE", "1990-04-01"),
         "export carries the profile")
    T.ok(all(e["event"]["user"] == "alice" for e in ex["events"]) and
         "bob" not in json.dumps(ex), "export holds only alice's data")

    # --- GPC ------------------------------------------------------------------------
    G = dict(B, **{"Sec-GPC": "1"})
    _, _, c1 = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None, G, name="GPC request 1")
    T.ok(c1["gpc"], "the first GPC request is answered once its signal is recorded")
    _, _, c = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None, G, name="GPC request 2")
    T.ok(c["gpc"], "GPC recorded")
    _, _, hb = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, B)
    T.eq(sum(1 for e in hb["events"] if e["type"] == "gpc"), 1, "GPC recorded once per member")
    # a write that carries the member's first signal: two durable events, signal first
    GA = dict(A, **{"Sec-GPC": "1"})
    _, _, w2 = call(s, "PUT", "/v1/me/consent/train.other", "/v1/me/consent/{purpose}", 200,
                    {"choice": "refuse"}, GA, name="consent write with a first GPC signal")
    T.eq(w2["receipt"]["receipt"]["choice"], "refuse", "its receipt is the consent's")
    _, _, ha = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, A)
    types = [e["type"] for e in ha["events"]]
    T.ok(types.count("gpc") == 1 and types.index("gpc") < len(types) - 1 and
         types[-1] == "consent", "GPC stored once, before the consent", types)

    # --- decisions ------------------------------------------------------------------
    D = key("decider")
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200,
                   {"user": "alice", "purpose": "train.generative"}, D)
    T.eq((d["allow"], d["reason"]), (True, "consented"), "service sees alice's consent")
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200,
                   {"user": "kid", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "minor", "a minor is denied")
    batch = {"requests": [{"user": "alice", "purpose": "train.generative"},
                          {"user": "bob", "purpose": "train.generative"},
                          {"user": "nobody", "purpose": "train.generative"},
                          {"user": "alice", "purpose": "inference", "user_initiated": True},
                          {"user": "alice", "purpose": "train.generative",
                           "at": "2025-06-01T00:00:00Z"}]}
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200, batch, D, name="batch decision")
    T.eq([x["reason"] for x in d["results"]],
         ["consented", "default_deny", "unknown_user", "default_allow", "default_deny"],
         "batch answers in order")
    st, _, doc = call(s, "POST", "/v1/decide", "/v1/decide", 413,
                      {"requests": [{"user": "a", "purpose": "b"}] * 10001}, D,
                      name="batch of 10,001 -> 413")
    T.eq(doc["error"]["code"], "batch_too_large", "batch_too_large code")
    call(s, "POST", "/v1/decide", "/v1/decide", 400, {"purpose": "x"}, D, name="decision without user")
    call(s, "POST", "/v1/decide", "/v1/decide", 400,
         {"user": "a", "purpose": "x", "at": "yesterday"}, D, name="decision with a bad time")

    # --- the member cache never answers from stale state --------------------------------
    for _ in range(2):  # the second call is served from the cache
        _, _, d = s.request("POST", "/v1/decide", {"user": "alice", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "consented", "cached decision")
    s.request("PUT", "/v1/me/consent/train.generative", {"choice": "refuse"}, A)
    _, _, d = s.request("POST", "/v1/decide", {"user": "alice", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "refused", "a refusal is seen by the next decision")
    s.request("PUT", "/v1/me/consent/train.generative", {"choice": "grant", "notice": nh}, A)
    _, _, d = s.request("POST", "/v1/decide", {"user": "alice", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "consented", "and a new grant too")
    # Another process writes to the same ledger.
    q = {"user": "alice", "purpose": "train.generative", "content": "ext-post"}
    _, _, d = s.request("POST", "/v1/decide", q, D)
    T.eq(d["reason"], "consented", "content not deleted yet")
    ev = os.path.join(s.dir, "ext.jsonl")
    with open(ev, "w") as f:
        f.write(json.dumps({"id": "ext-1", "type": "delete", "user": "alice",
                            "content": "ext-post",
                            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                            "source": "import"}) + "\n")
    p = run([EXE, "event", "add", "--ledger", s.ledger, ev], check=False)
    T.eq(p.returncode, 0, "an external writer appends")
    _, _, d = s.request("POST", "/v1/decide", q, D)
    T.eq(d["reason"], "deleted", "a write by another process is seen by the next decision")
    # An event that takes effect in two seconds.
    soon = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3))
    st, _, doc = s.request("POST", "/v1/events", json.dumps(
        {"id": "fut-1", "type": "consent", "user": "bob", "purpose": "train.generative",
         "choice": "grant", "notice": nh, "at": soon, "source": "import"}), key("importer"))
    T.eq(st, 200, "a consent dated three seconds ahead is accepted", )
    _, _, d = s.request("POST", "/v1/decide", {"user": "bob", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "default_deny", "before it takes effect: default_deny")
    time.sleep(4)
    _, _, d = s.request("POST", "/v1/decide", {"user": "bob", "purpose": "train.generative"}, D)
    T.eq(d["reason"], "consented", "after it takes effect: consented")
    _, _, d = s.request("POST", "/v1/decide", {"user": "bob", "purpose": "train.generative",
                                               "at": "2025-06-01T00:00:00Z"}, D)
    T.eq(d["reason"], "default_deny", "a question about the past is answered as of then")
    st, _, m = s.request("GET", "/metrics", raw=True)
    T.ok(b'askfirst_member_cache_lookups_total{result="hit"}' in m, "cache metrics exported")
    cache_follows_writes(s, A, D, nh)
    s.request("PUT", "/v1/me/consent/train.generative", {"choice": "grant", "notice": nh}, A)

    # --- deletions ----------------------------------------------------------------------
    X = key("deleter")
    _, _, dl = call(s, "DELETE", "/v1/users/alice/content/post-1", "/v1/users/{id}/content/{cid}",
                    200, None, X)
    T.eq(dl["content"], "post-1", "content deletion recorded")
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200,
                   {"user": "alice", "purpose": "train.generative", "content": "post-1"}, D,
                   name="decision on deleted content")
    T.eq(d["reason"], "deleted", "deleted content is denied")
    call(s, "DELETE", "/v1/users/bob", "/v1/users/{id}", 200, None, X)
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200,
                   {"user": "bob", "purpose": "personalization"}, D, name="decision on deleted member")
    T.eq(d["reason"], "deleted", "a deleted member is denied")
    T.eq(s.request("GET", "/v1/users/bob", None, X)[0], 405, "GET /v1/users/{id} -> 405")
    T.eq(s.request("DELETE", "/v1/users/bob/posts/1", None, X)[0], 404, "bad delete path -> 404")

    # --- admin ----------------------------------------------------------------------------
    M = key("admin")
    _, _, ol = call(s, "GET", "/v1/objections", "/v1/objections", 200, None, M)
    T.eq([x["id"] for x in ol["objections"]], [o["event_id"]], "admin sees the open objection")
    T.eq(ol["objections"][0]["reason"], "I prefer \"latest\"", "with its reason")
    call(s, "GET", "/v1/objections?state=bogus", "/v1/objections", 400, None, M)
    call(s, "POST", "/v1/objections/%s/resolve" % o["event_id"], "/v1/objections/{id}/resolve", 400,
         {"outcome": "maybe"}, M, name="bad outcome -> 400")
    _, _, rs = call(s, "POST", "/v1/objections/%s/resolve" % o["event_id"],
                    "/v1/objections/{id}/resolve", 200,
                    {"outcome": "upheld", "reason": "fair"}, M)
    T.eq(rs["receipt"]["receipt"]["resolution"]["outcome"], "upheld", "resolution receipt")
    T.eq(rs["receipt"]["receipt"]["subject"]["id"], "alice", "resolution receipt is the member's")
    _, _, doc = call(s, "POST", "/v1/objections/%s/resolve" % o["event_id"],
                     "/v1/objections/{id}/resolve", 409, {"outcome": "rejected"}, M,
                     name="resolving twice -> 409")
    T.eq(doc["error"]["code"], "already_resolved", "already_resolved code")
    call(s, "POST", "/v1/objections/nope/resolve", "/v1/objections/{id}/resolve", 404,
         {"outcome": "upheld"}, M, name="unknown objection -> 404")
    _, _, ol = call(s, "GET", "/v1/objections?state=upheld", "/v1/objections", 200, None, M)
    T.eq([x["state"] for x in ol["objections"]], ["upheld"], "upheld list")
    _, _, hist = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, A, name="history after resolution")
    res_seq = [e["seq"] for e in hist["events"] if e["type"] == "objection_resolved"]
    T.eq(len(res_seq), 1, "the member sees the resolution")
    call(s, "GET", "/v1/me/receipts/%d" % res_seq[0], "/v1/me/receipts/{seq}", 200, None, A,
         name="the member downloads the resolution receipt")
    _, _, doc = call(s, "POST", "/v1/policy", "/v1/policy", 422, "name: x\nversion: [\n", M,
                     name="invalid policy -> 422")
    T.eq(doc["error"]["code"], "invalid_policy", "invalid_policy code")
    text = open(os.path.join(srvlib.SRC, "policies", "askfirst.yaml")).read()
    call(s, "POST", "/v1/policy?effective=2099-01-01T00:00:00Z", "/v1/policy", 201, text, M,
         name="publish a policy for later")
    call(s, "POST", "/v1/policy", "/v1/policy", 400, None, M, name="publish without a body")

    # --- tokens ---------------------------------------------------------------------------------
    now = int(time.time())
    cases = [
        ("expired", hs256(SECRET, {"sub": "alice", "exp": now - 3600}), "token_expired"),
        ("no exp", hs256(SECRET, {"sub": "alice"}), "invalid_token"),
        ("no sub", hs256(SECRET, {"exp": now + 60}), "invalid_token"),
        ("wrong secret", hs256(b"x" * 40, member_claims("alice")), "invalid_token"),
        ("alg none", srvlib.b64u(b'{"alg":"none"}') + "." +
         srvlib.b64u(json.dumps(member_claims("alice")).encode()) + ".", "invalid_token"),
        ("HS512", hs256(SECRET, member_claims("alice"), {"alg": "HS512"}), "invalid_token"),
        ("garbage", "not-a-jwt", "invalid_token"),
    ]
    for name, tok, code in cases:
        for again in ("", " (again: verified tokens are remembered, claims are not trusted)"):
            st, _, doc = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 401, None,
                              {"Authorization": "Bearer " + tok}, name="token: " + name + again)
            T.eq(doc["error"]["code"], code, "token %s: code %s%s" % (name, code, again))
    st, _, doc = s.request("GET", "/v1/me/consent", None, {"Authorization": "Basic abc"})
    T.ok(st == 401 and doc["error"]["code"] == "invalid_token", "Basic auth -> 401")
    st, _, doc = s.request("POST", "/v1/decide", {"user": "a", "purpose": "b"},
                           {"X-API-Key": "wrong"})
    T.ok(st == 401 and doc["error"]["code"] == "invalid_api_key", "wrong API key -> 401")

    # --- limits -----------------------------------------------------------------------------------
    # Announce 17 MB and send none of it: the answer comes before the body.
    import socket
    sk = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    sk.sendall(("POST /v1/decide HTTP/1.1\r\nHost: x\r\nX-API-Key: %s\r\n"
                "Content-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                % (srvlib.KEYS["decider"][1], 17 * 1024 * 1024)).encode())
    resp = b""
    try:
        while b"}}" not in resp:
            chunk = sk.recv(65536)
            if not chunk:
                break
            resp += chunk
    except OSError:
        pass
    sk.close()
    T.ok(resp.startswith(b"HTTP/1.1 413") and b'"body_too_large"' in resp,
         "17 MB body -> 413 before the body is read", resp[:300])
    # A body over the limit without Content-Length (chunked) is cut off too.
    c = srvlib.http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
    try:
        c.putrequest("POST", "/v1/decide")
        c.putheader("X-API-Key", srvlib.KEYS["decider"][1])
        c.putheader("Transfer-Encoding", "chunked")
        c.endheaders()
        block = b"x" * (1 << 20)
        for _ in range(17):
            c.send(b"%x\r\n" % len(block) + block + b"\r\n")
        c.send(b"0\r\n\r\n")
        r = c.getresponse()
        st, doc = r.status, json.loads(r.read())
    except OSError as e:
        st, doc = 413, {"error": {"code": "body_too_large", "note": str(e)}}
    c.close()
    T.ok(st == 413 and doc["error"]["code"] == "body_too_large", "17 MB chunked body -> 413",
         (st, doc))
    st, _, _ = s.request("GET", "/healthz", None, {"X-Big": "a" * 40000}, raw=True)
    T.ok(st in (413, 431), "a 40 KB header is refused", st)
    T.eq(s.request("GET", "/healthz")[0], 200, "the server still answers after the limits")

    # --- metrics ---------------------------------------------------------------------------------
    st, h, m = s.request("GET", "/metrics", raw=True)
    m = m.decode()
    T.ok(st == 200 and "text/plain" in h.get("content-type", ""), "metrics are text")
    for needle in ['askfirst_http_requests_total{route="/v1/decide",status="200"}',
                   'askfirst_http_request_duration_seconds_bucket{route="/v1/decide",le="+Inf"}',
                   "askfirst_ledger_appends_total", "askfirst_ledger_fsync_batches_total",
                   "askfirst_gpc_signals_recorded_total 2"]:
        T.ok(needle in m, "metrics: " + needle)

    # --- EdDSA tokens (verified with libsodium; libjwt 1.10 has no EdDSA) ----------------------
    eddsa(s)
    slow_clients()
    without_member_cache(s)
    rotation(s)


def cache_lookups(s):
    _, _, m = s.request("GET", "/metrics", raw=True)
    out = {}
    for line in m.decode().splitlines():
        if line.startswith("askfirst_member_cache_lookups_total{"):
            out[line.split('"')[1]] = int(line.split()[-1])
    return out


def cache_follows_writes(s, A, D, nh):
    """A write's response state, the next decisions and the member's pages come
    from the member cache (the write installs the new state) and always equal a
    fresh fold by another process (the CLI)."""
    q = {"user": "alice", "purpose": "train.generative"}
    s.request("POST", "/v1/decide", q, D)  # cached
    before = cache_lookups(s)
    st, _, w = s.request("PUT", "/v1/me/consent/train.generative", {"choice": "refuse"}, A)
    T.eq((st, w["state"]["reason"]), (200, "refused"), "a refusal's response state")
    _, _, d = s.request("POST", "/v1/decide", q, D)
    after = cache_lookups(s)
    T.eq(d["reason"], "refused", "the next decision sees the refusal")
    T.eq((after["miss"] - before["miss"], after["hit"] - before["hit"]), (0, 1),
         "the write installed the new state in the cache: the decision is a hit, no fold")
    # An event by another process lands between the cached state and the next
    # server write: the write must not install a state that misses it.
    _, _, c = s.request("GET", "/v1/me/consent", headers=A)
    other = [x for x in c["purposes"] if x["id"] == "train.other"][0]
    ev = os.path.join(s.dir, "ext2.jsonl")
    with open(ev, "w") as f:
        f.write(json.dumps({"id": "ext-2", "type": "consent", "user": "alice",
                            "purpose": "train.other", "choice": "grant",
                            "notice": other["notice_hash"],
                            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                            "source": "import"}) + "\n")
    T.eq(run([EXE, "event", "add", "--ledger", s.ledger, ev], check=False).returncode, 0,
         "an external writer grants train.other")
    s.request("PUT", "/v1/me/consent/train.generative", {"choice": "grant", "notice": nh}, A)
    _, _, d = s.request("POST", "/v1/decide", {"user": "alice", "purpose": "train.other"}, D)
    T.eq(d["reason"], "consented", "the external grant survives the server's next write")
    # Many writes at once for one member: the cache ends where a fold ends.
    import concurrent.futures
    bodies = [{"choice": "refuse"} if i % 2 else {"choice": "grant", "notice": nh}
              for i in range(24)]
    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        codes = list(ex.map(lambda b: s.request(
            "PUT", "/v1/me/consent/train.generative", b, A)[0], bodies))
    T.eq(set(codes), {200}, "24 concurrent writes for one member")
    _, _, d = s.request("POST", "/v1/decide", q, D)
    _, _, c = s.request("GET", "/v1/me/consent", headers=A)
    page = [x for x in c["purposes"] if x["id"] == "train.generative"][0]
    p = run([EXE, "decide", "alice", "train.generative", "--ledger", s.ledger, "--json"],
            check=False)
    folded = json.loads(p.stdout)  # the CLI folds the member from the ledger
    T.eq((d["reason"], d["since"]), (folded["reason"], folded["since"]),
         "after concurrent writes the cached decision equals a fresh fold")
    T.eq((page["reason"], page["since"]), (folded["reason"], folded["since"]),
         "and so does the member's consent page")


def without_member_cache(s0):
    """--no-member-cache: writes, pages and decisions fold from the ledger and agree."""
    s = srvlib.Server(EXE, ["--no-member-cache"], ledger=s0.ledger)
    try:
        A, D = member("alice"), key("decider")
        q = {"user": "alice", "purpose": "train.other"}
        for choice in ("refuse", "grant"):
            _, _, c = s.request("GET", "/v1/me/consent", headers=A)
            nh = [x for x in c["purposes"] if x["id"] == "train.other"][0]["notice_hash"]
            body = {"choice": choice, "notice": nh}
            st, _, w = s.request("PUT", "/v1/me/consent/train.other", body, A)
            _, _, d = s.request("POST", "/v1/decide", q, D)
            want = "refused" if choice == "refuse" else "consented"
            T.eq((st, w["state"]["reason"], d["reason"]), (200, want, want),
                 "no member cache: a %s is answered and decided from the ledger" % choice)
    finally:
        s.stop()


def rotation(s0):
    """After a key rotation old receipts still verify, and GET re-issues under the new key."""
    A = member("alice")
    _, _, w = s0.request("PUT", "/v1/me/consent/train.other", {"choice": "refuse"}, A)
    old_doc = os.path.join(s0.dir, "old-receipt.json")
    with open(old_doc, "w") as f:
        json.dump(w["receipt"], f)
    s0.stop()
    newkey = os.path.join(s0.dir, "new.key")
    run([EXE, "keygen", "-o", newkey])
    s = srvlib.Server(EXE, ["--receipt-key", newkey, "--receipt-key-previous", s0.rkey + ".pub"],
                      ledger=s0.ledger)
    try:
        _, _, k = call(s, "GET", "/.well-known/askfirst/receipt-key",
                       "/.well-known/askfirst/receipt-key", 200, name="keys after a rotation")
        T.eq([p["key_file"] for p in k["previous"]], [open(s0.rkey + ".pub").read().strip()],
             "the previous key is published")
        T.ok(k["key_id"] != w["receipt"]["signature"]["key_id"], "a new key signs now")
        p = run([EXE, "receipt", "verify", old_doc, "--key", newkey + ".pub"], check=False)
        T.ok(p.returncode == 1 and w["receipt"]["signature"]["key_id"] in p.stderr,
             "the new key alone does not verify an old receipt, and says which key it needs",
             p.stderr)
        p = run([EXE, "receipt", "verify", old_doc, "--key", newkey + ".pub", "--key",
                 s0.rkey + ".pub", "--ledger", s.ledger], check=False)
        T.eq(p.returncode, 0, "old and new keys together verify the old receipt")
        _, _, r = call(s, "GET", "/v1/me/receipts/%d" % w["seq"], "/v1/me/receipts/{seq}", 200,
                       None, A, name="re-issue after rotation")
        T.eq(r["signature"]["key_id"], k["key_id"], "a re-issued receipt is signed by the new key")
        T.eq(r["receipt"]["ledger"], w["receipt"]["receipt"]["ledger"], "for the same ledger event")
    finally:
        T.eq(s.stop(), 0, "rotated server exits 0")
        shutil.rmtree(s.dir, ignore_errors=True)


def slow_clients():
    import socket
    s = srvlib.Server(EXE, ["--timeout", "1"])
    try:
        sk = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        sk.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and then nothing
        t0 = time.time()
        try:
            data = sk.recv(1024)
        except OSError:
            data = b""
        T.ok(data == b"" and time.time() - t0 < 5, "a stalled request is cut off by --timeout",
             (data, time.time() - t0))
        sk.close()
        T.eq(s.request("GET", "/healthz")[0], 200, "the server still answers after a slow client")
    finally:
        T.eq(s.stop(), 0, "slow-client server exits 0")
        shutil.rmtree(s.dir, ignore_errors=True)


def eddsa(s0):
    if not shutil.which("openssl"):
        T.ok(True, "# SKIP openssl not installed: EdDSA token test")
        return
    d = s0.dir
    kp = os.path.join(d, "ed.pem")
    pubp = os.path.join(d, "ed.pub.pem")
    run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", kp])
    run(["openssl", "pkey", "-in", kp, "-pubout", "-out", pubp])

    def sign(claims):
        h = srvlib.b64u(b'{"alg":"EdDSA","typ":"JWT"}')
        p = srvlib.b64u(json.dumps(claims).encode())
        msg = os.path.join(d, "msg")
        with open(msg, "w") as f:
            f.write(h + "." + p)
        sig = subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", kp, "-rawin", "-in", msg],
                             stdout=subprocess.PIPE, check=True).stdout
        return h + "." + p + "." + srvlib.b64u(sig)

    s = srvlib.Server(EXE, ["--jwt-public-key", pubp], policy="askfirst.yaml", keys=False)
    try:
        tok = sign(member_claims("erin"))
        st, _, doc = s.request("GET", "/v1/me/consent", None, {"Authorization": "Bearer " + tok})
        T.ok(st == 200 and doc["user"] == "erin", "EdDSA token accepted", doc)
        bad = tok[:-4] + ("AAAA" if not tok.endswith("AAAA") else "BBBB")
        st, _, doc = s.request("GET", "/v1/me/consent", None, {"Authorization": "Bearer " + bad})
        T.ok(st == 401 and doc["error"]["code"] == "invalid_token", "forged EdDSA token refused")
        st, _, doc = s.request("GET", "/v1/me/consent", None,
                               {"Authorization": "Bearer " + hs256(SECRET, member_claims("erin"))})
        T.ok(st == 401, "HS256 token refused when only EdDSA is configured")
        st, _, doc = s.request("POST", "/v1/decide", {"user": "a", "purpose": "b"},
                               {"X-API-Key": srvlib.KEYS["all"][1]})
        T.ok(st == 401, "no API keys configured: every key is refused")
    finally:
        T.eq(s.stop(), 0, "EdDSA server exits 0")
        shutil.rmtree(s.dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
