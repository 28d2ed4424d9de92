# A member's answer changes with grant, withdrawal and deletion; --json carries the fields.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"US","birth_date":"1990-04-01","at":"2025-01-01T00:00:00Z"}
{"id":"c1","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-01-05T10:00:00Z","source":"settings"}
{"id":"c2","type":"consent","user":"u1","purpose":"train.generative","choice":"refuse","at":"2026-03-01T10:00:00Z","source":"settings"}
{"id":"d1","type":"delete","user":"u1","content":"post-9","at":"2026-02-01T00:00:00Z"}
J
$ASKFIRST event add --quiet ev.jsonl 2>/dev/null
$ASKFIRST decide u1 train.generative --at 2025-06-01T00:00:00Z || echo "exit $?"
$ASKFIRST decide u1 train.generative --at 2026-02-01T00:00:00Z
$ASKFIRST decide u1 train.generative --at 2026-02-01T00:00:00Z --content post-9 || echo "exit $?"
$ASKFIRST decide u1 train.generative --at 2026-01-10T00:00:00Z --content post-9
$ASKFIRST decide u1 train.generative --at 2026-04-01T00:00:00Z --json
$ASKFIRST decide nobody train.generative --at 2026-04-01T00:00:00Z --json
$ASKFIRST decide u1 train.generative --at 2026-02-01T00:00:00Z --seq 2 || echo "exit $?"
