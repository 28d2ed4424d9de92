# keygen writes FILE (mode 0600) and FILE.pub; it never overwrites without --force.
$ASKFIRST keygen -o rk >/dev/null
stat -c '%a %n' rk rk.pub
cut -d' ' -f1,2 rk rk.pub
$ASKFIRST keygen -o rk 2>&1 || echo "exit $?"
$ASKFIRST keygen -o rk --force >/dev/null && echo replaced
