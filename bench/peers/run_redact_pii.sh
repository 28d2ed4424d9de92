#!/bin/sh
# run_redact_pii.sh - the npm package redact-pii on the same corpus as `askfirst redact`.
#
#   bench/peers/run_redact_pii.sh [GOLD.jsonl ...] [-t THROUGHPUT.jsonl] [-o OUTDIR]
#
# Installs redact-pii (version pinned in package.json / package-lock.json) into the git-ignored
# bench/peers/node_modules with npm, recovers its spans on every GOLD corpus and scores them
# with bench/pii/score.py (OUTDIR/redact-pii.<corpus>.spans.jsonl, .score.json), and times it
# on THROUGHPUT.jsonl (JSONL in, JSONL out, one process; OUTDIR/redact-pii.throughput.json).
# Defaults: the corpora bench/pii/run.sh generates in bench/out/pii.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/out/pii"
tp=""
gold=""
while [ $# -gt 0 ]; do
    case "$1" in
    -o) out=$2; shift 2 ;;
    -t) tp=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) gold="$gold $1"; shift ;;
    esac
done
[ -n "$gold" ] || gold="$out/corpus.jsonl $out/heldout.jsonl"
[ -n "$tp" ] || tp="$out/throughput.jsonl"
mkdir -p "$out"

if [ ! -f "$here/node_modules/redact-pii/package.json" ]; then
    echo "installing redact-pii into bench/peers/node_modules" >&2
    (cd "$here" && { npm ci --no-audit --no-fund --loglevel=error ||
                     npm install --no-audit --no-fund --loglevel=error; }) >&2
fi

for g in $gold; do
    [ -f "$g" ] || { echo "no such corpus: $g" >&2; exit 2; }
    name=$(basename "$g" .jsonl)
    node "$here/redact_pii.js" "$g" "$out/redact-pii.$name.spans.jsonl" --spans 2>/dev/null
    python3 "$root/bench/pii/score.py" "$g" "$out/redact-pii.$name.spans.jsonl" --json \
        --examples 3 --name "redact-pii on $name" > "$out/redact-pii.$name.score.json"
    python3 "$root/bench/pii/score.py" "$g" "$out/redact-pii.$name.spans.jsonl" \
        --name "redact-pii on $name" | sed -n '1,13p'
done

if [ -f "$tp" ]; then
    node "$here/redact_pii.js" "$tp" "$out/redact-pii.throughput.out.jsonl" \
        2> "$out/redact-pii.throughput.json"
    cat "$out/redact-pii.throughput.json"
    rm -f "$out/redact-pii.throughput.out.jsonl"
fi
