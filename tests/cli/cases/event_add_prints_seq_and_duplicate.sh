# Each stored event prints its seq; the same id and body again is a duplicate, not a new event.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"DE","birth_date":"1990-04-01","at":"2025-01-01T00:00:00Z","source":"import"}
{"id":"e1","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-01-05T10:00:00Z","source":"settings"}
J
$ASKFIRST event add ev.jsonl
$ASKFIRST event add ev.jsonl
# a single pretty-printed object is one event
printf '{\n  "id": "g1", "type": "gpc", "user": "u1",\n  "at": "2026-02-01T00:00:00Z"\n}\n' | $ASKFIRST event add -
