#!/usr/bin/env bash
# Every test of the project: Rust unit and integration tests (including each CPython-checked
# case in tests/cases/), a check that the recorded expectations still match python3, the npm
# package built, packed, installed and tested in Node (tests/js/), the playground tested in
# headless Chromium (tests/www/), and the WASI component built and tested in wasmtime
# (tests/component-host/).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --check

echo "== cargo clippy"
cargo clippy --all-targets --quiet -- -D warnings

echo "== cargo test"
cargo test --quiet

echo "== expectations recorded from CPython are current"
python3 scripts/cpython_expect.py --check

echo "== clippy on the bindings (each compiled only for its wasm target)"
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet --lib --bins --target wasm32-wasip2 -- -D warnings

echo "== npm package: build, pack, install, Node tests"
./scripts/test-js.sh

echo "== playground in headless Chromium"
./scripts/test-www.sh

echo "== WASI component: build, wasmtime host tests"
./scripts/test-component.sh

echo "== the snapshot fuzz target and its seed maker still compile (fuzzing itself needs nightly)"
cargo check --quiet --manifest-path fuzz/Cargo.toml --bins

echo "all tests passed"
