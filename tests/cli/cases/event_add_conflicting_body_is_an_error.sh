# The same id with a different body is a conflict naming the id; nothing changes.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
echo '{"id":"p1","type":"profile","user":"u1","region":"DE","at":"2025-01-01T00:00:00Z"}' | $ASKFIRST event add -
echo '{"id":"p1","type":"profile","user":"u1","region":"FR","at":"2025-01-01T00:00:00Z"}' | $ASKFIRST event add - || echo "exit $?"
