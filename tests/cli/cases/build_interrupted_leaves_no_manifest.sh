# A build that stops part-way leaves no manifest.json: not through the test
# hook (fails after two chunks), not when killed while reading its input, and
# a manifest from an earlier build in the same directory is removed first.
D="$SRC/tests/data/build"
$ASKFIRST build --purpose train.generative --in "$D/content.jsonl" --snapshot "$D/consent.snap" \
    --key-file "$D/key.hex" --max-rejects 20 --out ok >/dev/null
test -f ok/manifest.json
set +e
ASKFIRST_TEST_FAIL_AFTER_CHUNKS=2 $ASKFIRST build --purpose train.generative \
    --in "$D/content.jsonl" --snapshot "$D/consent.snap" --key-file "$D/key.hex" \
    --max-rejects 20 --block-size 4096 --out ok 2>err.txt
echo "hook exit $?"
set -e
grep -c "interrupted after 2 chunks" err.txt
test ! -e ok/manifest.json
# Killed mid-build: the input is a pipe that never ends.
mkfifo fifo
$ASKFIRST build --purpose train.generative --in fifo --snapshot "$D/consent.snap" \
    --key-file "$D/key.hex" --max-rejects 20 --out killed >/dev/null 2>&1 &
pid=$!
exec 3>fifo
head -n 300 "$D/content.jsonl" >&3
sleep 1
kill -9 $pid
wait $pid || true
exec 3>&-
test -d killed && test ! -e killed/manifest.json
echo "no manifest"
