# Whole-number options are checked by one parser: the message names the
# option and the accepted range; usage errors exit 2.
for args in "--shards x" "--workers -1" "--max-rejects 5z" "--block-size 99999999999999999999"; do
    # shellcheck disable=SC2086
    "$ASKFIRST" build $args --purpose p --in in.jsonl --out out --key-file k || echo "exit $?"
done
"$ASKFIRST" snapshot --at 2024-01-01T00:00:00Z --seq 0 -o s.snap || echo "exit $?"
