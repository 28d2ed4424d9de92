#!/bin/sh
# threads.sh - CPU seconds per thread role of one `askfirst build` (docs/benchmarks.md,
# "## Build"): what runs serially next to the workers.
#
#   bench/build/threads.sh ASKFIRST WORKDIR WORKERS [INPUT]
#
# WORKDIR is a bench/build/run.sh work directory (its demo platform and key);
# INPUT defaults to its d/content.jsonl. Samples task-clock at 1999 Hz with
# perf and groups by thread name: askfirst (start-up, reader: mapping, input
# SHA-256, block cutting), askf-worker, askf-seq (shard writes and their
# SHA-256), askf-finish (shard close and lineage after the last chunk; the
# calling thread does its share too). S/W = (all but the workers) / workers;
# on C cores, 2 workers can be at most 2 / (1 + S/W) times faster than one.
# Wall time under perf is not comparable (perf wakes on its own timer): take
# wall ratios from run.sh.
set -eu
A=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$2"
IN=${4:-d/content.jsonl}
perf record -q -F 1999 -e task-clock -o threads.data -- "$A" build --purpose train.generative \
    --in "$IN" --snapshot d/linkedin-2024.snap --members d/members.jsonl --key-file key.hex \
    --max-rejects 1000000 --workers "$3" --compression none --out out-threads >/dev/null 2>&1
perf report -i threads.data --sort comm -F sample,comm --stdio 2>/dev/null | grep -v '^#' |
    awk 'NF == 2 { s[$2] += $1; t += $1 }
         END { w = s["askf-worker"]; o = t - w
               for (k in s) printf "%-12s %6.2f cpu-s\n", k, s[k] / 1999
               printf "S/W %.3f (serial %.2f s, workers %.2f s)\n", w ? o / w : 0, o / 1999, w / 1999 }'
rm -f threads.data
