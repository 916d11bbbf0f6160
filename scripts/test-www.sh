#!/usr/bin/env bash
# The playground in headless Chromium: installs Debian's chromium and the npm dev dependencies
# when missing, builds www/dist (and the wasm if pkg/ is missing), then runs tests/www/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "installing chromium from Debian (about a minute)"
  sudo_if_needed=""
  if [ "$(id -u)" != 0 ]; then sudo_if_needed="sudo"; fi
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/codemirror ]; then
  npm install --no-audit --no-fund >/dev/null
fi
node www/build.mjs
node --test --test-concurrency=1 tests/www/
