#!/usr/bin/env bash
# Node tests of the npm package: build the wasm package, `npm pack` it, install the tarball
# into a scratch project (as a user would), then run tests/js/*.test.mjs against that install.
set -euo pipefail
cd "$(dirname "$0")/.."
./build.sh npm
app=target/js-test/app
rm -rf target/js-test
mkdir -p "$app"
tarball=$(npm pack --silent --pack-destination target/js-test | tail -1)
echo '{"name": "monty-wasm-test-app", "private": true, "type": "module"}' > "$app/package.json"
(cd "$app" && npm install --no-audit --no-fund --silent "../$tarball")
MONTY_TEST_APP="$PWD/$app" node --test --test-concurrency=1 tests/js/
