#!/usr/bin/env python3
"""test_faults.py - a real `askfirst serve` whose disk fails under it.

The server runs with tests/server/failsync.c preloaded: fdatasync() and fsync()
fail with EIO while a flag file exists. Checked: a write whose fsync fails is
answered 503 and gets no receipt; a member's first GPC signal that cannot be
stored does not hold up the member's request and is recorded on a later one;
after the failure every ledger endpoint and /healthz answer 503 ledger_failed
(nothing is answered from events that may not be durable), even once the disk
is back; after a restart the ledger verifies and the failed writes, retried,
are stored once.

usage: test_faults.py ASKFIRST_EXE FAILSYNC_SO FAILALLOC_SO      (prints TAP)
"""
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import srvlib  # noqa: E402
from srvlib import member, key, run  # noqa: E402

EXE = os.path.abspath(sys.argv[1])
SHIM = os.path.abspath(sys.argv[2])
ALLOC_SHIM = os.path.abspath(sys.argv[3])
T = srvlib.Tap()
SPEC = srvlib.Spec()


def call(*args, **kw):
    return srvlib.checked_call(T, SPEC, *args, **kw)


def faulty_env(flag):
    asan = os.environ.get("ASAN_OPTIONS", "")
    # ASan wants its runtime first in the library list; the shim is loaded before it.
    asan = (asan + ":" if asan else "") + "verify_asan_link_order=0"
    return {"LD_PRELOAD": SHIM, "ASKF_FAULT_FSYNC": flag, "ASAN_OPTIONS": asan}


def metric(s, name):
    _, _, text = s.request("GET", "/metrics", raw=True)
    for line in text.decode().splitlines():
        if line.startswith(name + " "):
            return int(float(line.split()[1]))
    return None


def notice_hash(s, who, purpose):
    _, _, c = s.request("GET", "/v1/me/consent", None, who)
    return {p["id"]: p for p in c["purposes"]}[purpose]["notice_hash"]


def stopped_cleanly(s, what):
    rc = s.stop()
    T.eq(rc, 0, what + ": server exits 0 on SIGTERM")
    err = s.stderr()
    T.ok("ERROR: AddressSanitizer" not in err and "runtime error" not in err,
         what + ": no sanitizer reports", err[-2000:])


def body(s, flag):
    A, B = member("alice"), member("bob")
    I, D = key("importer"), key("decider")
    profiles = [{"id": "p-" + u, "type": "profile", "user": u, "region": "DE",
                 "birth_date": "1990-04-01", "at": "2025-01-01T00:00:00Z"}
                for u in ("alice", "bob")]
    call(s, "POST", "/v1/events", "/v1/events", 200,
         "\n".join(json.dumps(e) for e in profiles), I, name="profiles imported")
    nh = notice_hash(s, A, "train.generative")
    _, _, w = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 200,
                   {"choice": "grant", "notice": nh}, A, name="grant while the disk works")
    T.ok("receipt" in w, "the durable grant has a receipt")

    # --- the disk fails -----------------------------------------------------------
    open(flag, "w").close()
    _, _, d = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 503,
                   {"choice": "refuse"}, A, name="refusal whose fsync fails -> 503")
    err = d["error"]
    T.ok(err["code"] == "store_unavailable" and "fdatasync" in err["message"] and
         "may or may not be stored" in err["message"], "the 503 says why and what to do", err)
    T.ok("receipt" not in d, "no receipt for a write that may not be durable")

    # every ledger endpoint now fails closed, the static ones still answer
    for method, path, template, b, h in [
            ("GET", "/healthz", "/healthz", None, None),
            ("POST", "/v1/decide", "/v1/decide",
             {"user": "alice", "purpose": "train.generative"}, D),
            ("GET", "/v1/me/consent", "/v1/me/consent", None, dict(B, **{"Sec-GPC": "1"})),
            ("POST", "/v1/events", "/v1/events",
             json.dumps({"id": "g-carol", "type": "gpc", "user": "carol",
                         "at": "2025-01-02T00:00:00Z"}), I)]:
        _, _, d = call(s, method, path, template, 503, b, h,
                       name="%s %s after the failed fsync -> 503" % (method, path))
        T.eq(d["error"]["code"], "ledger_failed", "%s %s: code ledger_failed" % (method, path))
    T.eq(s.request("GET", "/.well-known/askfirst/receipt-key")[0], 200,
         "the receipt key is still served")
    T.eq(s.request("GET", "/settings")[0], 200, "the settings page is still served")
    T.eq(metric(s, "askfirst_gpc_signals_recorded_total"), 0, "no GPC signal counted")

    # --- the disk is back, but the handle stays failed until a restart -------------
    os.unlink(flag)
    _, _, d = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 503,
                   {"choice": "refuse"}, A, name="a write after the disk healed is still 503")
    T.eq(d["error"]["code"], "ledger_failed", "until the server restarts")


def after_restart(s):
    A, B = member("alice"), member("bob")
    D = key("decider")
    _, _, h = call(s, "GET", "/healthz", "/healthz", 200, name="restarted: healthz 200")
    p = run([EXE, "ledger", "verify", "--ledger", s.ledger], check=False)
    T.ok(p.returncode == 0, "restarted: the ledger verifies", p.stdout + p.stderr)
    # the member retries the refusal; whether or not the failed one was stored, one
    # refusal is in force and the history holds at most two consent events
    _, _, w = call(s, "PUT", "/v1/me/consent/train.generative", "/v1/me/consent/{purpose}", 200,
                   {"choice": "refuse"}, A, name="restarted: the refusal, retried")
    T.ok("receipt" in w and w["receipt"]["receipt"]["choice"] == "refuse",
         "restarted: the retried refusal has a receipt")
    _, _, d = call(s, "POST", "/v1/decide", "/v1/decide", 200,
                   {"user": "alice", "purpose": "train.generative"}, D)
    T.eq((d["allow"], d["reason"]), (False, "refused"), "restarted: alice is refused")
    # bob's first GPC signal, lost with the disk, is recorded on his next request
    _, _, c = call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None,
                   dict(B, **{"Sec-GPC": "1"}), name="restarted: bob's GPC request")
    T.ok(c["gpc"], "restarted: bob's GPC signal is recorded now", c)
    T.eq(metric(s, "askfirst_gpc_signals_recorded_total"), 1, "restarted: one GPC counted")
    _, _, hb = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, B)
    T.eq(sum(1 for e in hb["events"] if e["type"] == "gpc"), 1, "restarted: one gpc event")


def asan_build():
    """Whether the program was built with AddressSanitizer (its entry symbol is linked in)."""
    with open(EXE, "rb") as f:
        return b"__asan_init" in f.read()


def big_event_body():
    """One event padded to 15 MB: if any of it were stored, the event would be."""
    ev = json.dumps({"id": "oom-1", "type": "gpc", "user": "dora", "at": "2025-01-03T00:00:00Z"})
    return ev + " " * (15 << 20) + "\n"


def out_of_memory(s, limit_memory, restore_memory, memory_comes_back):
    """The body of a request cannot be stored: 503 overloaded from static storage,
    nothing of it applied, the server goes on serving."""
    I = key("importer")
    B = member("bob")
    call(s, "GET", "/v1/me/consent", "/v1/me/consent", 200, None, B, name="oom: warm-up")
    limit_memory()
    try:
        _, _, d = call(s, "POST", "/v1/events", "/v1/events", 503, big_event_body(), I,
                       name="oom: a 15 MB body that cannot be stored -> 503")
        T.eq(d and d["error"]["code"], "overloaded", "oom: code overloaded")
        call(s, "GET", "/healthz", "/healthz", 200, name="oom: small requests still served")
    finally:
        restore_memory()
    T.ok(s.proc.poll() is None, "oom: the server is still running")
    _, _, h = call(s, "GET", "/v1/me/history", "/v1/me/history", 200, None, member("dora"),
                   name="oom: dora's history")
    T.eq(h["events"], [], "oom: nothing of the refused body was stored")
    # with memory back (the plain build), the same body; a small one under ASan's limit
    retry = big_event_body() if memory_comes_back else big_event_body()[:200]
    _, _, d = call(s, "POST", "/v1/events", "/v1/events", 200, retry, I,
                   name="oom: the event sent again is stored")
    T.eq((d["stored"], d["duplicate"]), (1, 0), "oom: stored once")


def run_out_of_memory():
    flag = os.path.join(tempfile.mkdtemp(prefix="askf-oom-", dir=os.environ.get("TMPDIR")),
                        "fail-alloc")
    asan = os.environ.get("ASAN_OPTIONS", "")
    if asan_build():
        # The shim cannot stand in for ASan's allocator; ASan refuses big
        # allocations itself (set at start, so the whole run is limited).
        env = {"ASAN_OPTIONS": (asan + ":" if asan else "") +
               "allocator_may_return_null=1:max_allocation_size_mb=4"}
        fail, heal, heals = (lambda: None), (lambda: None), False
    else:
        env = {"LD_PRELOAD": ALLOC_SHIM, "ASKF_FAULT_ALLOC": flag}
        fail, heal, heals = (lambda: open(flag, "w").close()), (lambda: os.unlink(flag)), True
    s = srvlib.Server(EXE, env=env)
    try:
        out_of_memory(s, fail, heal, heals)
    finally:
        if os.path.exists(flag):
            os.unlink(flag)
        stopped_cleanly(s, "out of memory")
        shutil.rmtree(s.dir, ignore_errors=True)
        shutil.rmtree(os.path.dirname(flag), ignore_errors=True)


def main():
    run_out_of_memory()
    s = srvlib.Server(EXE)
    flag = os.path.join(s.dir, "fail-fsync")
    ledger = s.ledger
    s.stop()  # the first server only initialised the ledger; now run it over the shim
    s = srvlib.Server(EXE, ledger=ledger, env=faulty_env(flag))
    dirs = [os.path.dirname(ledger), s.dir]
    try:
        body(s, flag)
    finally:
        if os.path.exists(flag):
            os.unlink(flag)
        stopped_cleanly(s, "failing disk")
    s = srvlib.Server(EXE, ledger=ledger)
    dirs.append(s.dir)
    try:
        after_restart(s)
    finally:
        stopped_cleanly(s, "restarted")
    for d in dirs:
        shutil.rmtree(d, ignore_errors=True)
    return T.done()


if __name__ == "__main__":
    sys.exit(main())
