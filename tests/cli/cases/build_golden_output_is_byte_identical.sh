# Golden: fixed inputs (tests/data/build: content export, snapshot, member
# directory, key) give byte-identical shards, lineage, rejects and manifest
# body. After an intended change of the output, regenerate with UPDATE=1.
T=$PWD
# The PII engine writes its directory cache next to the directory: keep it out of
# the source tree.
cp "$SRC/tests/data/build/members.jsonl" .
cd "$SRC"
D=tests/data/build
$ASKFIRST build --purpose train.generative --in $D/content.jsonl --snapshot $D/consent.snap \
    --members "$T/members.jsonl" --key-file $D/key.hex --shards 4 --max-rejects 20 --workers 1 \
    --out "$T/g" >/dev/null
cd "$T/g"
grep -o '"body_sha256":"[0-9a-f]*"' manifest.json
sha256sum shard-*.jsonl.zst lineage/*.idx rejects.jsonl
zstdcat shard-*.jsonl.zst | grep -c '"id"'
