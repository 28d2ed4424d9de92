#!/bin/sh
# run.sh - install playwright-core if needed (skip when offline), then run the
# browser test. ASKF_SKIP_E2E=1 skips it (e.g. a slow sanitizer build).
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ "${ASKF_SKIP_E2E:-0}" = 1 ]; then echo "1..0 # SKIP ASKF_SKIP_E2E=1"; exit 0; fi
"$here/setup.sh" || { echo "1..0 # SKIP playwright-core could not be installed"; exit 0; }
exec node "$here/settings.test.mjs" "$@"
