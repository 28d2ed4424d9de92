# A policy with an unknown key is refused, naming file, line, column and key.
cat >bad.yaml <<'Y'
name: test
version: "1"
purposes:
  - id: train.generative
    title: T
    notice: N
    basis: consent
    colour: blue
Y
$ASKFIRST policy check bad.yaml || echo "exit $?"
