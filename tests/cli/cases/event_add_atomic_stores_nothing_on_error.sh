# --atomic: one bad event and nothing of the batch is stored.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"DE","at":"2025-01-01T00:00:00Z"}
{"id":"e2","type":"consent","user":"u1","purpose":"train.generative","choice":"yes","at":"2026-01-05T10:00:00Z","source":"settings"}
J
$ASKFIRST event add --atomic ev.jsonl || echo "exit $?"
$ASKFIRST ledger head | cut -d' ' -f1-2
