# Bad command lines exit 2 with a message; --help on every subcommand exits 0.
for c in init policy event decide consent history ledger demo; do
  $ASKFIRST $c --help >/dev/null || echo "help $c failed"
done
$ASKFIRST frobnicate 2>&1 || echo "exit $?"
$ASKFIRST decide onlyuser 2>/dev/null || echo "exit $?"
$ASKFIRST decide u1 train.generative --at yesterday 2>&1 || echo "exit $?"
$ASKFIRST decide u1 train.generative --ledger missing.db 2>&1 || echo "exit $?"
