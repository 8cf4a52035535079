#!/usr/bin/env bash
# Installs what Backstory needs on a fresh Debian machine, and nothing that is already there:
# npm packages from the lock file, and Debian's chromium and firefox-esr for the end-to-end tests
# and the demo. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules/wxt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# Colour emoji for the flags in cards (screenshots and headless runs only; browsers on a desktop have them).
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]} from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (apt-get install ${missing[*]}) — the browser tests need them" >&2
  fi
fi
