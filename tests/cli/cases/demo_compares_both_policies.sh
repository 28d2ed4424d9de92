# The demo records the same events under both shipped policies and compares them.
cd "$SRC" && $ASKFIRST demo --members 400 --out "$OLDPWD/d" >"$OLDPWD/out.txt"
cd "$OLDPWD"
grep -q "askfirst.yaml" out.txt
grep -q "linkedin-2024.yaml" out.txt
grep -q "^  consented" out.txt
grep -q "^  region_excluded" out.txt
test -s d/content.jsonl && test -s d/members.jsonl && test -s d/events.jsonl
$ASKFIRST ledger verify --ledger d/askfirst.db | cut -c1-3
$ASKFIRST ledger verify --ledger d/linkedin-2024.db | cut -c1-3
