# A snapshot cut short or damaged is refused with a clear error (exit 3),
# never read past its end; --verify catches a damaged body.
cp "$SRC/tests/data/build/consent.snap" good.snap
$ASKFIRST snapshot info good.snap --verify | sed -n '1p;3p'
head -c 5000 good.snap > short.snap
set +e
$ASKFIRST snapshot info short.snap 2>&1; echo "exit $?"
head -c 100 good.snap > tiny.snap
$ASKFIRST snapshot info tiny.snap 2>&1; echo "exit $?"
cp good.snap body.snap
printf 'X' | dd of=body.snap bs=1 seek=4000 conv=notrunc 2>/dev/null
$ASKFIRST snapshot info body.snap >/dev/null; echo "open without --verify: exit $?"
$ASKFIRST snapshot info body.snap --verify 2>&1; echo "exit $?"
