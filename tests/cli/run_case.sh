#!/bin/sh
# run_case.sh - run one CLI test case (zstd's tests/cli-tests is the model).
#
#   run_case.sh ASKFIRST SRCDIR CASE
#
# Runs tests/cli/cases/CASE.sh with `sh -eu` in a fresh temporary directory,
# with $ASKFIRST the program and $SRC the source tree. Compares its stdout with
# CASE.out and its stderr with CASE.err when those files exist, and its exit
# code with CASE.exit (default 0). Prints one TAP line.
# Set UPDATE=1 to (re)write CASE.out / CASE.err from the actual output.
set -u
ASKFIRST=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd) CASE=$3
export ASKFIRST SRC
dir=$SRC/tests/cli/cases
tmp=$(mktemp -d "${TMPDIR:-/tmp}/askf-cli-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
unset ASKFIRST_LEDGER
sh -eu "$dir/$CASE.sh" >"$tmp/.out" 2>"$tmp/.err"
code=$?
want=0
[ -f "$dir/$CASE.exit" ] && want=$(cat "$dir/$CASE.exit")
ok=1
if [ "$code" != "$want" ]; then
    echo "# exit code $code, expected $want"
    ok=0
fi
for s in out err; do
    if [ "${UPDATE:-0}" = 1 ] && { [ -f "$dir/$CASE.$s" ] || [ "$s" = out ]; }; then
        cp "$tmp/.$s" "$dir/$CASE.$s"
    fi
    if [ -f "$dir/$CASE.$s" ] && ! cmp -s "$dir/$CASE.$s" "$tmp/.$s"; then
        echo "# std$s differs from $CASE.$s:"
        diff -u "$dir/$CASE.$s" "$tmp/.$s" | sed 's/^/# /' | head -40
        ok=0
    fi
done
if [ $ok = 1 ]; then
    echo "ok 1 - $CASE"
else
    echo "# stderr was:"; sed 's/^/#   /' "$tmp/.err" | head -20
    echo "not ok 1 - $CASE"
fi
echo "1..1"
[ $ok = 1 ]
