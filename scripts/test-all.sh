#!/usr/bin/env bash
# Runs every suite in order (typecheck, unit, end-to-end) and ends with one total line,
# "N passed, N failed, N skipped", summed over the suites. Exits non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules ] || npm ci --no-audit --no-fund
logs=$(mktemp -d)
status=0
run() {
  local name=$1; shift
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then echo "=== $name failed (exit $rc)"; status=1; fi
}
run typecheck npx tsc -p . --noEmit
run unit npx mocha --config test/unit/.mocharc.json
run e2e bash scripts/test-e2e.sh
passed=0; failed=0; skipped=0
for f in "$logs"/unit.log "$logs"/e2e.log; do
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$f" | tail -n 1)
  if [ -z "$line" ]; then echo "=== no test summary in $(basename "$f")"; status=1; continue; fi
  read -r p _ fl _ sk _ <<<"$(echo "$line" | tr -d ',')"
  passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + sk))
done
echo
echo "total: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
exit $status
