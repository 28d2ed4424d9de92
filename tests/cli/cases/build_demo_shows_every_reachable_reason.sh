# Every reason code a train.generative build can reach shows up in a build of
# the demo platform under both shipped policies; the rest are reached by a
# build for a recipient the purpose does not list, and for a user-initiated
# purpose. unknown_purpose and no_policy cannot occur in a build: it refuses
# to start (checked last).
cd "$SRC" && $ASKFIRST demo --members 1000 --out "$OLDPWD/d" >/dev/null
cd "$OLDPWD"
reasons() { grep -o '"by_reason":{[^}]*}' "$1/manifest.json" | grep -o '"[a-z_]*":' | tr -d '":' | sort | tr '\n' ' '; echo; }
reasons d/dataset-askfirst
reasons d/dataset-linkedin-2024
echo 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f > k
$ASKFIRST build --purpose train.generative --recipient "partner:x" --in d/content.jsonl \
    --snapshot d/askfirst.snap --key-file k --max-rejects 20 --out r >/dev/null
reasons r
$ASKFIRST build --purpose inference --in d/content.jsonl \
    --snapshot d/askfirst.snap --key-file k --max-rejects 20 --out i >/dev/null
reasons i
set +e
$ASKFIRST build --purpose nosuch --in d/content.jsonl --snapshot d/askfirst.snap --key-file k \
    --out n 2>&1 | sed 's/^askfirst: //'
