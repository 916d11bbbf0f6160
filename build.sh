#!/usr/bin/env bash
# Build the release artifacts: the native `monty` CLI and the library for the browser
# (wasm32-unknown-unknown) and WASI (wasm32-wasip2) targets.
set -euo pipefail
cd "$(dirname "$0")"
rustup target add wasm32-unknown-unknown wasm32-wasip2 >/dev/null
cargo build --release --bin monty
cargo build --release --lib --target wasm32-unknown-unknown
cargo build --release --lib --target wasm32-wasip2
echo "built target/release/monty and the wasm libraries"
