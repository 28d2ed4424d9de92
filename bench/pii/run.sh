#!/bin/sh
# run.sh - issue 3's PII measurements in one run: quality on the project's corpus and on the
# independent held-out corpus, throughput on one core, `askfirst redact` side by side with the
# npm package redact-pii.
#
#   bench/pii/run.sh [ASKFIRST]        (default build/bench/cli/askfirst)
#
# Environment: SEED (1), RECORDS (10000 per corpus), MEMBERS (100000, the directory used for
# quality and throughput), MB (32, size of the throughput corpus), BIG=1 to also measure a
# 1,000,000-member directory (compile, cached load, memory, throughput), PREFIX (the platform's
# profile path, askfirst.example/u/).  Everything is written under bench/out/pii/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-build/bench/cli/askfirst}
case "$bin" in /*) ;; *) bin="$root/$bin" ;; esac
[ -x "$bin" ] || { echo "run.sh: no askfirst binary at $bin (build it, or pass its path)" >&2; exit 2; }
SEED=${SEED:-1}; RECORDS=${RECORDS:-10000}; MEMBERS=${MEMBERS:-100000}; MB=${MB:-32}
BIG=${BIG:-0}; PREFIX=${PREFIX:-askfirst.example/u/}
out="$root/bench/out/pii"
mkdir -p "$out"
pin=""
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"
T="python3 $here/timecmd.py"

echo "== generating corpora (seed $SEED, $RECORDS records each, $MEMBERS members, $MB MB)" >&2
python3 "$here/gen_corpus.py" --out "$out" --seed "$SEED" --records "$RECORDS" \
    --members "$MEMBERS" --mb "$MB"
python3 "$here/gen_heldout.py" --out "$out" --seed "$SEED" --records "$RECORDS" \
    --members "$MEMBERS"

echo "== askfirst redact: quality" >&2
for c in corpus:members heldout:members_heldout; do
    name=${c%%:*}; mem=${c#*:}
    "$bin" redact --spans --members "$out/$mem.jsonl" --profile-prefix "$PREFIX" \
        "$out/$name.jsonl" -o "$out/askfirst.$name.spans.jsonl" || true
    python3 "$here/score.py" "$out/$name.jsonl" "$out/askfirst.$name.spans.jsonl" --json \
        --examples 5 --name "askfirst on $name" > "$out/askfirst.$name.score.json"
    python3 "$here/score.py" "$out/$name.jsonl" "$out/askfirst.$name.spans.jsonl" \
        --examples 5 --name "askfirst on $name" > "$out/askfirst.$name.score.txt" || true
done

echo "== askfirst redact: throughput (one core, JSONL in and out, all detectors, $MEMBERS members)" >&2
rm -f "$out/members.jsonl.askfpii"
$T -- $pin "$bin" redact --members "$out/members.jsonl" --profile-prefix "$PREFIX" \
    "$out/corpus.jsonl" -o /dev/null > "$out/askfirst.compile.json"   # compiles + caches
best=""
for i in 1 2 3; do
    $T -- $pin "$bin" redact --members "$out/members.jsonl" --profile-prefix "$PREFIX" \
        "$out/throughput.jsonl" -o "$out/askfirst.throughput.out.jsonl" > "$out/askfirst.tp.$i.json"
done
$T -- $pin "$bin" redact --members "$out/members.jsonl" --profile-prefix "$PREFIX" \
    --text /dev/null -o /dev/null > "$out/askfirst.load.json"        # cached directory load
rm -f "$out/askfirst.throughput.out.jsonl"

if [ "$BIG" = 1 ]; then
    echo "== 1,000,000-member directory" >&2
    python3 "$here/gen_corpus.py" --out "$out" --seed "$SEED" --records 0 --members 1000000 \
        --members-file members_1m.jsonl
    rm -f "$out/members_1m.jsonl.askfpii"
    $T -- $pin "$bin" redact --members "$out/members_1m.jsonl" --text /dev/null -o /dev/null \
        > "$out/askfirst.1m.compile.json"
    $T -- $pin "$bin" redact --members "$out/members_1m.jsonl" --text /dev/null -o /dev/null \
        > "$out/askfirst.1m.load.json"
    $T -- $pin "$bin" redact --members "$out/members_1m.jsonl" --profile-prefix "$PREFIX" \
        "$out/throughput.jsonl" -o /dev/null > "$out/askfirst.1m.tp.json"
fi

echo "== redact-pii (npm): quality and throughput" >&2
$pin sh "$root/bench/peers/run_redact_pii.sh" -o "$out" -t "$out/throughput.jsonl" \
    "$out/corpus.jsonl" "$out/heldout.jsonl" > "$out/redact-pii.log"

python3 "$here/report.py" "$out"
