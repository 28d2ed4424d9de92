#!/bin/sh
# setup.sh - install the e2e test's one npm dependency (playwright-core) into the
# git-ignored tests/e2e/node_modules, once. Exit 77 (skip) when npm or the
# registry is unavailable, so an offline machine skips instead of failing.
set -u
cd "$(dirname "$0")"
[ -d node_modules/playwright-core ] && exit 0
command -v npm >/dev/null 2>&1 || { echo "e2e: npm not installed" >&2; exit 77; }
npm install --no-audit --no-fund --silent >/dev/null 2>&1 || { echo "e2e: npm install failed" >&2; exit 77; }
exit 0
