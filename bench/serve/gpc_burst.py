#!/usr/bin/env python3
"""gpc_burst.py - decision latency while members send their first Sec-GPC signal.

    bench/serve/gpc_burst.py ASKFIRST_EXE [REPO_TOP] [HTTP_THREADS (1)]

Seeds 3,000 members, starts `askfirst serve` on loopback (stopped by its pid at the end), runs
two connections of back-to-back decisions, and after a second four connections that each send
their share of the members' first `GET /v1/me/consent` with `Sec-GPC: 1`. Prints how long the
signals took and the decisions' latency while they ran. The client is Python: compare builds in
alternating runs on the same machine, not absolute figures. Not part of `make test`.
"""
import base64, hashlib, hmac, http.client, json, os, random, shutil, subprocess, sys, tempfile, threading, time
exe = sys.argv[1]
top = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
threads = sys.argv[3] if len(sys.argv) > 3 else "1"
d = tempfile.mkdtemp(prefix="askf-gpcb-")
key = "bench-key-%016x" % random.getrandbits(64)
open(d + "/keys", "w").write("bench decide,import,delete,admin %s\n" % hashlib.sha256(key.encode()).hexdigest())
secret = os.urandom(48).hex().encode(); open(d + "/secret", "wb").write(secret)
subprocess.run([exe, "keygen", "-o", d + "/receipt.key"], check=True, capture_output=True)
subprocess.run([exe, "init", "--ledger", d + "/l.db", "--policy", top + "/policies/askfirst.yaml", "--effective", "2024-01-01T00:00:00Z"], check=True, capture_output=True)
N = 3000
with open(d + "/seed.jsonl", "w") as f:
    for i in range(1, N + 1):
        f.write(json.dumps({"id": "p%d" % i, "type": "profile", "user": "m%d" % i, "region": "US", "birth_date": "1980-01-01", "at": "2025-01-01T00:00:00Z"}) + "\n")
subprocess.run([exe, "event", "add", "--quiet", "--ledger", d + "/l.db", d + "/seed.jsonl"], check=True, capture_output=True)
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def tok(sub):
    h = b64(b'{"alg":"HS256","typ":"JWT"}'); p = b64(json.dumps({"sub": sub, "exp": int(time.time()) + 86400}).encode())
    return "%s.%s.%s" % (h, p, b64(hmac.new(secret, (h + "." + p).encode(), hashlib.sha256).digest()))
srv = subprocess.Popen([exe, "serve", "--listen", "127.0.0.1:0", "--ledger", d + "/l.db", "--threads", threads, "--jwt-secret-file", d + "/secret", "--api-key-file", d + "/keys", "--receipt-key", d + "/receipt.key"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = srv.stdout.readline(); port = int(line.strip().rsplit(":", 1)[1].split()[0].strip("/"))
stop = False; lat = []
def decider():
    c = http.client.HTTPConnection("127.0.0.1", port)
    while not stop:
        t = time.perf_counter()
        c.request("POST", "/v1/decide", json.dumps({"user": "m%d" % random.randint(1, N), "purpose": "train.generative"}), {"X-API-Key": key, "Content-Type": "application/json"})
        c.getresponse().read(); lat.append(time.perf_counter() - t)
def gpc(ids):
    c = http.client.HTTPConnection("127.0.0.1", port)
    for i in ids:
        c.request("GET", "/v1/me/consent", headers={"Authorization": "Bearer " + tok("m%d" % i), "Sec-GPC": "1"}); c.getresponse().read()
dt = [threading.Thread(target=decider) for _ in range(2)]
for t in dt: t.start()
time.sleep(1.0); base = len(lat)
gt = [threading.Thread(target=gpc, args=(range(1 + k, N + 1, 4),)) for k in range(4)]
t0 = time.time()
for t in gt: t.start()
for t in gt: t.join()
t1 = time.time(); stop = True
for t in dt: t.join()
srv.terminate(); srv.wait()
shutil.rmtree(d, ignore_errors=True)
q = sorted(lat[base:]); p = lambda x: q[min(len(q) - 1, int(x * len(q)))] * 1000
print("%d GPC signals in %.1f s; decisions during: %d, p50 %.2f ms p99 %.2f ms max %.1f ms" % (N, t1 - t0, len(q), p(0.5), p(0.99), q[-1] * 1000))
