# A bad line is reported with its line number and field; the other lines are stored; exit 3.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z >/dev/null
cat >ev.jsonl <<'J'
{"id":"p1","type":"profile","user":"u1","region":"DE","at":"2025-01-01T00:00:00Z"}
{"id":"e2","type":"consent","user":"u1","purpose":"train.nothing","choice":"grant","at":"2026-01-05T10:00:00Z","source":"settings"}
{"id":"e3","type":"consent","user":"u1","purpose":"train.generative","choice":"maybe","at":"2026-01-05T10:00:00Z","source":"settings"}
{"id":"e4","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-13-05T10:00:00Z","source":"settings"}
{"id":"e5","type":"consent","user":"u1" "purpose":"train.generative","source":"settings"}
{"id":"e6","type":"wish","user":"u1","at":"2026-01-05T10:00:00Z"}
{"id":"e7","type":"profile","user":"u1","region":"XX","at":"2026-01-05T10:00:00Z"}
{"id":"e8","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2099-01-05T10:00:00Z","source":"settings"}
{"id":"e9","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-01-05T10:00:00Z","colour":"red","source":"settings"}
{"id":"e10","type":"consent","user":"u1","purpose":"train.generative","choice":"grant","at":"2026-01-05T10:00:00Z","source":"settings"}
J
$ASKFIRST event add ev.jsonl >out 2>err || echo "exit $?"
cat out
# the future-time message quotes the clock; drop it
sed 's/after now ([^)]*)/after now (...)/' err
