# With --map, a reject's detail names the field as the input spells it (not the
# builder's own name), next to the file and line: an empty id, an empty user and
# an unparseable created_at.
D="$SRC/tests/data/build"
head -n 3 "$D/content.jsonl" |
    sed 's/"id":/"post_id":/; s/"user":/"author":/; s/"created_at":/"posted":/' >in.jsonl
sed -n 1p in.jsonl | sed 's/"post_id":"[^"]*"/"post_id":""/' >>in.jsonl
sed -n 2p in.jsonl | sed 's/"author":"[^"]*"/"author":""/' >>in.jsonl
sed -n 3p in.jsonl | sed 's/"posted":"[^"]*"/"posted":"soon"/' >>in.jsonl
$ASKFIRST build --purpose train.generative --in in.jsonl --snapshot "$D/consent.snap" \
    --key-file "$D/key.hex" --map id=post_id,user=author,created_at=posted --max-rejects 3 \
    --out ds >/dev/null
cat ds/rejects.jsonl
