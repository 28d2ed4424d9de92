# docs/man/askfirst.1.md is generated from the --help texts; it must match them.
"$SRC/scripts/gen-man" "$ASKFIRST" > man.md
diff -u "$SRC/docs/man/askfirst.1.md" man.md && echo current
