# Editing a stored event behind the ledger's back is caught, naming the first bad seq.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"FR","at":"2025-01-01T00:00:00Z"}
{"id":"c1","type":"consent","user":"u1","purpose":"train.generative","choice":"refuse","at":"2026-01-05T10:00:00Z","source":"settings"}
{"id":"c2","type":"consent","user":"u2","purpose":"train.generative","choice":"refuse","at":"2026-01-05T10:00:00Z","source":"settings"}
J
$ASKFIRST event add --quiet ev.jsonl 2>/dev/null
$ASKFIRST ledger verify | cut -c1-12
sqlite3 askfirst.db "UPDATE events SET body = replace(body, 'refuse', 'grant') WHERE seq = 3"
$ASKFIRST ledger verify | cut -c1-20 || echo "exit $?"
