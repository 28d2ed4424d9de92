#!/bin/sh
# run.sh - benchmark `askfirst serve` with wrk on loopback only, each run bounded
# by -d. Seeds N members, starts the server (stopped by pid at the end), runs
# each scenario RUNS times and prints the median requests/s and p99.
#
#   bench/serve/run.sh [ASKFIRST_EXE]    env: MEMBERS=10000 DURATION=10s RUNS=3 THREADS=2
#                                        SCENARIOS="decide batch consent" CONNS=64 WRK_THREADS=2
#                                        RATE=30000 (for the decide-rate scenario)
#
# Scenarios: single decisions (keep-alive, 64 connections, as fast as they go),
# decide-rate (the same offered at about RATE requests/s, to read the tail at
# that load), batch decisions (1,000 per request, 8 connections), durable
# consent writes (64 connections).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
exe=$(cd "$(dirname "${1:-$top/build/test/cli/askfirst}")" && pwd)/$(basename "${1:-askfirst}")
MEMBERS=${MEMBERS:-10000} DURATION=${DURATION:-10s} RUNS=${RUNS:-3} THREADS=${THREADS:-2}
SCENARIOS=${SCENARIOS:-decide batch consent} CONNS=${CONNS:-64} WRK_THREADS=${WRK_THREADS:-2}
RATE=${RATE:-30000}
command -v wrk >/dev/null || { echo "run.sh: wrk not installed (scripts/install-deps test)" >&2; exit 1; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/askf-bench-serve-XXXXXX")
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT INT TERM

key=bench-key-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
printf 'bench decide,import,delete,admin %s\n' "$(printf %s "$key" | sha256sum | cut -d' ' -f1)" >"$dir/keys"
head -c 48 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/secret"
"$exe" keygen -o "$dir/receipt.key" >/dev/null
"$exe" init --ledger "$dir/l.db" --policy "$top/policies/askfirst.yaml" \
    --effective 2024-01-01T00:00:00Z >/dev/null
python3 - "$dir" "$MEMBERS" <<'PY'
import base64, hashlib, hmac, json, random, sys, time
d, n = sys.argv[1], int(sys.argv[2])
random.seed(42)
regions = ["DE", "FR", "US", "GB", "IN", "BR", "CH", "NL"]
with open(d + "/seed.jsonl", "w") as f:
    for i in range(1, n + 1):
        f.write(json.dumps({"id": "p%d" % i, "type": "profile", "user": "m%d" % i,
                            "region": random.choice(regions),
                            "birth_date": "%d-01-01" % random.randint(1950, 2012),
                            "at": "2025-01-01T00:00:00Z"}) + "\n")
secret = open(d + "/secret", "rb").read()
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
with open(d + "/tokens", "w") as f:
    for i in range(1, min(n, 2000) + 1):
        h = b64(b'{"alg":"HS256","typ":"JWT"}')
        p = b64(json.dumps({"sub": "m%d" % i, "exp": int(time.time()) + 86400}).encode())
        s = b64(hmac.new(secret, (h + "." + p).encode(), hashlib.sha256).digest())
        f.write("%s.%s.%s\n" % (h, p, s))
PY
"$exe" event add --quiet --ledger "$dir/l.db" "$dir/seed.jsonl" >/dev/null 2>&1

"$exe" serve --listen 127.0.0.1:0 --ledger "$dir/l.db" --threads "$THREADS" \
    --jwt-secret-file "$dir/secret" --api-key-file "$dir/keys" \
    --receipt-key "$dir/receipt.key" >"$dir/out" 2>"$dir/err" &
pid=$!
i=0
until grep -q "listening on" "$dir/out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 200 ] && { cat "$dir/err" >&2; exit 1; }; sleep 0.05
done
url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$dir/out")
case "$url" in http://127.0.0.1:*) ;; *) echo "run.sh: refusing non-loopback $url" >&2; exit 1 ;; esac

export ASKF_BENCH_KEY=$key ASKF_BENCH_MEMBERS=$MEMBERS ASKF_BENCH_DIR=$here \
       ASKF_BENCH_TOKENS=$dir/tokens ASKF_BENCH_BATCH=1000 ASKF_BENCH_CONNS=$CONNS \
       ASKF_BENCH_RATE=$RATE

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
scenario() { # name script path connections
    name=$1 script=$2 path=$3 conns=$4
    : >"$dir/res"
    r=0
    while [ $r -lt "$RUNS" ]; do
        wrk -t"$WRK_THREADS" -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$here/$script" "$url$path" \
            | grep '^RESULT' >>"$dir/res"
        r=$((r + 1))
    done
    rps=$(sed 's/.*rps=\([0-9.]*\).*/\1/' "$dir/res" | median)
    p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' "$dir/res" | median)
    p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' "$dir/res" | median)
    bad=$(sed 's/.*non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2/' "$dir/res" | awk '{s+=$1+$2} END {print s+0}')
    printf '%-28s conns=%-3s median %10.0f req/s  p50 %6.2f ms  p99 %7.2f ms  (non-2xx+errors over %s runs: %s)\n' \
        "$name" "$conns" "$rps" "$p50" "$p99" "$RUNS" "$bad"
    [ "$name" = batch-decide-1000 ] && printf '%-28s median %10.0f decisions/s\n' "" "$(awk "BEGIN {print $rps * 1000}")"
    return 0
}
echo "askfirst serve: $MEMBERS members, $THREADS server threads, wrk -t$WRK_THREADS, $DURATION x $RUNS runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for s in $SCENARIOS; do
    case $s in
    decide) scenario single-decide decide.lua /v1/decide "$CONNS" ;;
    decide-rate) scenario "single-decide-at-$RATE/s" decide_rate.lua /v1/decide "$CONNS" ;;
    batch) scenario batch-decide-1000 batch.lua /v1/decide 8 ;;
    consent) scenario consent-write-durable consent.lua /v1/me/consent/train.other "$CONNS" ;;
    *) echo "run.sh: unknown scenario $s" >&2; exit 2 ;;
    esac
done
metrics=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' "$url/metrics")
appends=$(echo "$metrics" | sed -n 's/^askfirst_ledger_appends_total //p')
commits=$(echo "$metrics" | sed -n 's/^askfirst_ledger_fsync_batches_total //p')
[ -n "$appends" ] && echo "ledger: $appends appends in $commits fsync batches"
exit 0
