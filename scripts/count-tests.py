#!/usr/bin/env python3
"""count-tests.py - read meson's testlog.json of each build dir and print every
check (TAP subtests count one each; other tests count one) and the final line
"N passed, N failed". Exits 1 if anything failed or a build did not run."""
import json, os, re, sys

passed = failed = 0
failures = []
for d in sys.argv[1:]:
    name = os.path.basename(d)
    log = os.path.join(d, "meson-logs", "testlog.json")
    if not os.path.exists(log) or os.path.exists(d + ".build.log") and not os.path.exists(os.path.join(d, "build.ninja")):
        failed += 1
        failures.append(f"{name}: no test log (build failed?)")
        continue
    with open(log) as f:
        for line in f:
            t = json.loads(line)
            res = t.get("result")
            out = t.get("stdout") or ""
            if t.get("protocol") == "tap" or re.search(r"^(not )?ok \d+", out, re.M):
                oks = re.findall(r"^ok \d+ - (.*)$", out, re.M)
                bad = re.findall(r"^not ok \d+ - (.*)$", out, re.M)
                passed += len(oks)
                failed += len(bad)
                failures += [f"{name}/{t['name']}: {b}" for b in bad]
                if res not in ("OK", "EXPECTEDFAIL", "SKIP") and not bad:
                    failed += 1
                    failures.append(f"{name}/{t['name']}: {res}")
            elif res in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif res == "SKIP":
                pass
            else:
                failed += 1
                failures.append(f"{name}/{t['name']}: {res}")
if os.path.exists("build/failed-builds"):
    for b in open("build/failed-builds").read().split():
        failed += 1
        failures.append(f"{b}: build failed")
for f in failures:
    print("FAILED:", f)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
