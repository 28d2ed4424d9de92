# consent show: every purpose of the policy in force, allow/deny, reason, since.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"FR","birth_date":"1990-04-01","at":"2025-01-01T00:00:00Z"}
{"id":"c1","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-01-05T10:00:00Z","source":"settings"}
J
$ASKFIRST event add --quiet ev.jsonl 2>/dev/null
$ASKFIRST consent show u1 --at 2026-02-01T00:00:00Z
$ASKFIRST consent show u1 --at 2026-02-01T00:00:00Z --policy "$SRC/policies/linkedin-2024.yaml"
