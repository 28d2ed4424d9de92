# Malformed lines, missing fields, bad UTF-8 and unknown users are never
# dropped silently: each is in rejects.jsonl with file, line and reason, and
# more than --max-rejects of them fail the build (exit 3, no manifest).
D="$SRC/tests/data/build"
cp "$D/content.jsonl" in.jsonl
$ASKFIRST build --purpose train.generative --in in.jsonl --snapshot "$D/consent.snap" \
    --key-file "$D/key.hex" --max-rejects 20 --out ok >/dev/null
cat ok/rejects.jsonl
set +e
$ASKFIRST build --purpose train.generative --in in.jsonl --snapshot "$D/consent.snap" \
    --key-file "$D/key.hex" --out strict 2>err.txt
echo "default budget exit $?"
set -e
sed 's/^askfirst: //' err.txt
test ! -e strict/manifest.json
