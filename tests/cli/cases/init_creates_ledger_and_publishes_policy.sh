# init creates ./askfirst.db and records the shipped policy; a second init is a no-op.
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z | sed "s#$SRC/##"
$ASKFIRST init --policy "$SRC/policies/askfirst.yaml" --effective 2024-01-01T00:00:00Z | sed "s#$SRC/##"
test -f askfirst.db
$ASKFIRST ledger verify | cut -c1-12
