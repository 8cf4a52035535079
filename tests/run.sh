#!/usr/bin/env bash
# `npm test`: set up what is missing, build both browser packages, then run every tier —
# unit tests of lib/, evaluations' smoke checks, and both browsers' end-to-end tests against the
# real built extension. Ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash lib/tools/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

echo "== build (chrome-mv3, firefox-mv2)"
if ! { npx wxt build >/tmp/backstory-build.log 2>&1 && npx wxt build -b firefox >>/tmp/backstory-build.log 2>&1; }; then
  cat /tmp/backstory-build.log
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

mkdir -p .output
# The tiers run one after the other: the unit tier's evaluations keep both cores of a small CI
# machine busy, and a browser started beside them once waited over 20 s for its first hover.
code=0
rm -f .output/vitest-unit.json .output/vitest-e2e.json
for tier in unit e2e; do
  npx vitest run --project "$tier" --passWithNoTests --reporter=default --reporter=json --outputFile=".output/vitest-$tier.json" "$@" || code=1
done
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    let r;
    try { r = JSON.parse(fs.readFileSync(f, "utf8")); } catch { failed += 1; continue; }
    passed += r.numPassedTests || 0;
    failed += r.numFailedTests || 0;
    skipped += (r.numPendingTests || 0) + (r.numTodoTests || 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' .output/vitest-unit.json .output/vitest-e2e.json
exit $code
