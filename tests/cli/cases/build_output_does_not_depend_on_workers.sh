# The same inputs give the same shards and manifest body with 1 or 3 workers
# (small blocks so that many chunks are in flight), the same shards from
# plain, .zst and .gz copies of the input, and from a mapped input (--map-input).
T=$PWD
D="$SRC/tests/data/build"
# A copy: the PII engine caches its compiled directory next to it.
cp "$D/members.jsonl" .
cp "$D/content.jsonl" in.jsonl
zstd -q -19 in.jsonl -o in.jsonl.zst
gzip -9 -c in.jsonl > in.jsonl.gz
for w in 1 3; do
    $ASKFIRST build --purpose train.generative --in in.jsonl --snapshot "$D/consent.snap" \
        --members members.jsonl --key-file "$D/key.hex" --shards 5 --max-rejects 20 \
        --block-size 4096 --workers $w --out w$w >/dev/null
done
b1=$(grep -o '"body_sha256":"[0-9a-f]*"' w1/manifest.json)
b3=$(grep -o '"body_sha256":"[0-9a-f]*"' w3/manifest.json)
test "$b1" = "$b3"
for f in w1/shard-* w1/lineage/* w1/rejects.jsonl; do cmp "$f" "w3/${f#w1/}"; done
for z in zst gz; do
    $ASKFIRST build --purpose train.generative --in in.jsonl.$z --snapshot "$D/consent.snap" \
        --members members.jsonl --key-file "$D/key.hex" --shards 5 --max-rejects 20 \
        --block-size 4096 --workers 2 --out $z >/dev/null
    for f in w1/shard-* w1/lineage/*; do cmp "$f" "$z/${f#w1/}"; done
done
$ASKFIRST build --purpose train.generative --in in.jsonl --snapshot "$D/consent.snap" \
    --members members.jsonl --key-file "$D/key.hex" --shards 5 --max-rejects 20 \
    --block-size 4096 --workers 2 --map-input --out mapped >/dev/null
bm=$(grep -o '"body_sha256":"[0-9a-f]*"' mapped/manifest.json)
test "$b1" = "$bm"
for f in w1/shard-* w1/lineage/* w1/rejects.jsonl; do cmp "$f" "mapped/${f#w1/}"; done
echo same
