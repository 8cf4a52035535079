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
report=.output/vitest-report.json
npx vitest run --reporter=default --reporter=json --outputFile="$report" "$@"
code=$?
node -e '
  const fs = require("fs");
  let r;
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { console.log("tests: 0 passed, 1 failed"); process.exit(0); }
  const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report"
exit $code
