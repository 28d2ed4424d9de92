# receipt verify: needs a key; says why a receipt is not valid; exit 1 invalid, 3 unreadable.
$ASKFIRST keygen -o a >/dev/null
$ASKFIRST keygen -o b >/dev/null
$ASKFIRST receipt verify r.json 2>&1 | head -1 || true
echo '{"receipt":{"version":"askfirst-receipt/1","key_id":"0000000000000000"},"signature":{"alg":"Ed25519","key_id":"0000000000000000","value":"AAAA"}}' >bad.json
$ASKFIRST receipt verify bad.json --key a.pub 2>&1 || echo "exit $?"
echo 'not json' >junk.json
$ASKFIRST receipt verify junk.json --key a.pub 2>&1 || echo "exit $?"
