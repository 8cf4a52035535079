#!/usr/bin/env bash
# `npm start`: install what is missing, build and zip both browser packages, then show the
# extension working on the bundled demo article in real Chromium (screenshots in .output/demo/).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash lib/tools/setup.sh
echo "== building and zipping (Chrome MV3, Firefox MV2)"
npx wxt zip >/tmp/backstory-zip.log 2>&1 || { cat /tmp/backstory-zip.log; exit 1; }
npx wxt zip -b firefox >>/tmp/backstory-zip.log 2>&1 || { cat /tmp/backstory-zip.log; exit 1; }
ls -1 .output/*.zip | sed 's/^/  /'
echo "== running the demo in Chromium"
npx tsx tests/demo/run.ts
