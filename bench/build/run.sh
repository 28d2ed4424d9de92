#!/bin/sh
# run.sh - end-to-end build throughput (docs/benchmarks.md, "## Build").
#
#   bench/build/run.sh ASKFIRST [WORKDIR] [SCALE_GB...]
#
# Generates the demo platform with 100,000 members (so the PII engine loads a
# 100,000-member directory), then times `askfirst build` for train.generative:
# single worker on plain JSONL in and out; zstd in and out; 2 workers vs 1;
# the Python stdlib peer (bench/peers/build_peer.py) on the same input; and,
# for each SCALE_GB (default "1 4"; "0" for none), the input concatenated to
# that size with wall time and peak RSS. Each timed build runs 3 times; the
# median is quoted. MB/s is input bytes (as stored) per wall second; cpu MB/s
# per CPU second.
#
# Per-thread CPU (what runs serially next to the workers): threads.sh.
#
# BASELINE=OTHER_ASKFIRST (say, the previous commit's build) times that binary
# too, alternating with ASKFIRST run by run, and prints the ratio of the
# median wall times (baseline / this) per row: a same-sitting comparison on
# a machine whose load varies.
set -eu
A=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
B=""
[ -n "${BASELINE:-}" ] && B=$(cd "$(dirname "$BASELINE")" && pwd)/$(basename "$BASELINE")
W=${2:-build/bench-build}
shift; [ $# -gt 0 ] && shift
SCALES=${*:-1 4}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$W"
cd "$W"
if [ ! -f d/content.jsonl ]; then
    (cd "$HERE" && "$A" demo --members 100000 --out "$OLDPWD/d" >/dev/null)
fi
KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
echo $KEY > key.hex
[ -f d/content.jsonl.zst ] || zstd -q -3 d/content.jsonl -o d/content.jsonl.zst
IN_BYTES=$(stat -c %s d/content.jsonl)

# one NAME IN POLICY EXTRA...: median of 3 of wall and CPU seconds. MB are
# the uncompressed input (for .zst input too), so rows compare. With a
# baseline, its runs alternate with ours and the wall ratio follows.
one() {
    name=$1 in=$2 pol=$3; shift 3
    bytes=$(stat -c %s "${in%.zst}")
    for i in 1 2 3; do
        for tag in ${B:+base} this; do
            bin=$A
            [ "$tag" = base ] && bin=$B
            /usr/bin/time -f "%e %U %S %M" -o t.$tag.$i "$bin" build --purpose train.generative \
                --in "$in" --snapshot d/$pol.snap --members d/members.jsonl --key-file key.hex \
                --max-rejects 1000 --out out-run "$@" >/dev/null
        done
    done
    for tag in ${B:+base} this; do
        label=$name
        [ -n "$B" ] && label="$name [$tag]"
        sort -n t.$tag.1 t.$tag.2 t.$tag.3 | sed -n 2p | while read -r wall usr sys rss; do
            awk -v n="$label" -v b="$bytes" -v w="$wall" -v u="$usr" -v s="$sys" -v r="$rss" 'BEGIN {
                printf "%-42s %8.1f MB %7.2f s %8.1f MB/s %8.1f cpu-MB/s %6.0f MB rss\n",
                       n, b/1e6, w, b/1e6/w, b/1e6/(u+s), r/1024 }'
        done
    done
    if [ -n "$B" ]; then
        bw=$(sort -n t.base.1 t.base.2 t.base.3 | sed -n 2p | cut -d' ' -f1)
        tw=$(sort -n t.this.1 t.this.2 t.this.3 | sed -n 2p | cut -d' ' -f1)
        awk -v n="$name" -v b="$bw" -v t="$tw" 'BEGIN { printf "%-42s %.2fx (baseline %.2f s / this %.2f s)\n", n" speed-up", b/t, b, t }'
    fi
}

echo "input: $(awk -v b=$IN_BYTES 'BEGIN{printf "%.1f", b/1e6}') MB, $(wc -l < d/content.jsonl) records, 100000 members; $(nproc) cores"
for pol in askfirst linkedin-2024; do
    one "1 worker plain ($pol)" d/content.jsonl $pol --workers 1 --compression none
done
one "1 worker zstd in+out (linkedin-2024)" d/content.jsonl.zst linkedin-2024 --workers 1
one "2 workers plain (linkedin-2024)" d/content.jsonl linkedin-2024 --workers 2 --compression none
one "2 workers zstd in+out (linkedin-2024)" d/content.jsonl.zst linkedin-2024 --workers 2

# The Python stdlib peer: same join (simplified) and regex redaction, one run each.
/usr/bin/time -f "%e %U %S %M" -o tp python3 "$HERE/bench/peers/build_peer.py" d/events.jsonl \
    d/content.jsonl peer.jsonl $KEY 2>/dev/null
read -r pw pu ps pr < tp
/usr/bin/time -f "%e %U %S %M" -o ta "$A" build --purpose train.generative --in d/content.jsonl \
    --snapshot d/askfirst.snap --members d/members.jsonl --key-file key.hex --max-rejects 1000 \
    --workers 1 --compression none --out out-vs-peer >/dev/null
read -r aw au as ar < ta
awk -v b=$IN_BYTES -v pw=$pw -v aw=$aw 'BEGIN {
    printf "%-34s %8.1f MB %7.2f s %8.1f MB/s\n", "python peer (1 process)", b/1e6, pw, b/1e6/pw;
    printf "%-34s %8.1f MB %7.2f s %8.1f MB/s   ratio %.1fx\n", "askfirst 1 worker, same run", b/1e6, aw, b/1e6/aw, pw/aw }'

# Scaling without start-up cost (PII engine and snapshot load, ~0.3 s): the
# records repeated to 1 GB, plain in and out, 1 vs 2 workers.
while [ "$(stat -c %s big1.jsonl 2>/dev/null || echo 0)" -lt 1000000000 ]; do
    cat d/content.jsonl >> big1.jsonl
done
sync big1.jsonl # not written back during the first timed runs
one "1 GB, 1 worker plain (linkedin)" big1.jsonl linkedin-2024 --workers 1 --compression none
one "1 GB, 2 workers plain (linkedin)" big1.jsonl linkedin-2024 --workers 2 --compression none
rm -f big1.jsonl

# Growth: the same records repeated to N GB; default workers; zstd out.
for g in $SCALES; do
    [ "$g" = 0 ] && continue
    rm -f big.jsonl
    while [ "$(stat -c %s big.jsonl 2>/dev/null || echo 0)" -lt $((g * 1000000000)) ]; do
        cat d/content.jsonl >> big.jsonl
    done
    sync big.jsonl
    /usr/bin/time -f "%e %U %S %M" -o tg "$A" build --purpose train.generative --in big.jsonl \
        --snapshot d/linkedin-2024.snap --members d/members.jsonl --key-file key.hex \
        --max-rejects 100000 --out out-big >/dev/null
    read -r gw gu gs gr < tg
    awk -v n="scale ${g} GB, 2 workers, zstd out" -v b=$(stat -c %s big.jsonl) -v w=$gw -v u=$gu -v s=$gs -v r=$gr 'BEGIN {
        printf "%-34s %8.1f MB %7.2f s %8.1f MB/s %8.1f cpu-MB/s %6.0f MB rss\n", n, b/1e6, w, b/1e6/w, b/1e6/(u+s), r/1024 }'
    rm -f big.jsonl
    rm -rf out-big
done
