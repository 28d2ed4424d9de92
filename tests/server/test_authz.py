#!/usr/bin/env python3
"""test_authz.py - the authorisation matrix of `askfirst serve`: every /v1
endpoint x (anonymous, the member, another member, a bad token, each service
key with and without the needed scope, an admin key, a bad key). Deny by
default: each cell must give the expected status and code, and no denied
response may carry any member's data.

usage: test_authz.py ASKFIRST_EXE      (prints TAP)
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import srvlib  # noqa: E402
from srvlib import member, key, hs256  # noqa: E402

EXE = os.path.abspath(sys.argv[1])
T = srvlib.Tap()

PRINCIPALS = {
    "anonymous": {},
    "member": None,          # alice, filled below
    "other-member": None,    # bob
    "bad-token": {"Authorization": "Bearer " + hs256(b"y" * 40, srvlib.member_claims("alice"))},
    "key-decide": key("decider"),
    "key-import": key("importer"),
    "key-delete": key("deleter"),
    "key-admin": key("admin"),
    "key-all": key("all"),
    "bad-key": {"X-API-Key": "nope"},
}
SCOPE_OF = {"key-decide": {"decide"}, "key-import": {"import"}, "key-delete": {"delete"},
            "key-admin": {"admin"}, "key-all": {"decide", "import", "delete", "admin"}}


def endpoints(nh, seq, obj_ids):
    """(name, method, path, body, who may call: 'member' or a scope)."""
    return [
        ("consent", "GET", "/v1/me/consent", None, "member"),
        ("consent-put", "PUT", "/v1/me/consent/train.other", {"choice": "refuse"}, "member"),
        ("history", "GET", "/v1/me/history", None, "member"),
        ("objections-post", "POST", "/v1/me/objections",
         {"purpose": "train.other", "kind": "restrict"}, "member"),
        ("export", "GET", "/v1/me/export", None, "member"),
        ("receipt", "GET", "/v1/me/receipts/%d" % seq, None, "member"),
        ("decide", "POST", "/v1/decide", {"user": "alice", "purpose": "train.generative"},
         "decide"),
        ("decide-batch", "POST", "/v1/decide",
         {"requests": [{"user": "alice", "purpose": "train.generative"}]}, "decide"),
        ("events", "POST", "/v1/events",
         '{"id":"m-%s","type":"profile","user":"zed","region":"IT","at":"2025-01-01T00:00:00Z"}',
         "import"),
        ("delete-content", "DELETE", "/v1/users/alice/content/c-%s", None, "delete"),
        ("delete-user", "DELETE", "/v1/users/gone-%s", None, "delete"),
        ("objections-list", "GET", "/v1/objections?state=all", None, "admin"),
        ("resolve", "POST", "/v1/objections/%s/resolve", {"outcome": "rejected"}, "admin"),
        ("policy", "POST", "/v1/policy?effective=2099-01-01T00:00:00Z",
         open(os.path.join(srvlib.SRC, "policies", "askfirst.yaml")).read(), "admin"),
    ]


def main():
    s = srvlib.Server(EXE)
    try:
        run(s)
    finally:
        T.eq(s.stop(), 0, "server exits 0")
        shutil.rmtree(s.dir, ignore_errors=True)
    return T.done()


def run(s):
    PRINCIPALS["member"] = member("alice")
    PRINCIPALS["other-member"] = member("bob")
    seed = "\n".join(json.dumps(e) for e in [
        {"id": "p-alice", "type": "profile", "user": "alice", "region": "DE",
         "birth_date": "1990-04-01", "at": "2025-01-01T00:00:00Z"},
        {"id": "p-bob", "type": "profile", "user": "bob", "region": "US",
         "birth_date": "1985-09-12", "at": "2025-01-01T00:00:00Z"}])
    assert s.request("POST", "/v1/events", seed, key("all"))[0] == 200
    _, _, c = s.request("GET", "/v1/me/consent", None, member("alice"))
    nh = c["purposes"][0]["notice_hash"]
    _, _, w = s.request("PUT", "/v1/me/consent/train.generative",
                        {"choice": "grant", "notice": nh}, member("alice"))
    seq = w["seq"]
    # Open objections of alice for the resolve cells that are allowed.
    obj_ids = []
    for _ in range(4):
        _, _, o = s.request("POST", "/v1/me/objections", {"purpose": "personalization"},
                            member("alice"))
        obj_ids.append(o["event_id"])
    secret_bits = ["alice", "bob", w["receipt"]["signature"]["value"], nh[:16]]

    n = 0
    for name, method, path, body, need in endpoints(nh, seq, obj_ids):
        for who, hdrs in PRINCIPALS.items():
            n += 1
            p, b = path, body
            if "%s" in p:
                p = p % (obj_ids.pop() if name == "resolve" and obj_ids else "x%d" % n)
            if isinstance(b, str) and "%s" in b:
                b = b % n
            st, _, doc = s.request(method, p, b, hdrs)
            if need == "member":
                allowed = who in ("member", "other-member")
            else:
                allowed = need in SCOPE_OF.get(who, set())
            cell = "%s x %s" % (name, who)
            if allowed:
                T.ok(st not in (401, 403), cell + ": allowed", (st, doc))
                if who == "other-member":
                    # Bob reaches only bob: nothing of alice, and alice's receipt is a 404.
                    T.ok("alice" not in json.dumps(doc), cell + ": nothing of alice leaks", doc)
                    if name == "receipt":
                        T.eq(st, 404, cell + ": another member's receipt is not found")
                continue
            if who in ("anonymous",):
                want, code = 401, "unauthorized"
            elif who == "bad-token":
                want, code = 401, "invalid_token"
            elif who == "bad-key":
                want, code = 401, "invalid_api_key"
            elif need == "member" or who in ("member", "other-member"):
                want, code = 403, "forbidden"
            else:
                want, code = 403, "missing_scope"
            T.ok(st == want and isinstance(doc, dict) and doc.get("error", {}).get("code") == code,
                 "%s: %d %s" % (cell, want, code), (st, doc))
            text = json.dumps(doc)
            T.ok(not any(bit in text for bit in secret_bits), cell + ": no data in the denial",
                 text)


if __name__ == "__main__":
    sys.exit(main())
