#!/usr/bin/env bash
# The WASI component: build it (release, as shipped) and run the wasmtime-hosted tests of
# tests/component-host (the interpreter component through bindgen! over wit/, and the `monty`
# command component as `wasmtime run` runs it).
set -euo pipefail
cd "$(dirname "$0")/.."

./build.sh component
host=(--manifest-path tests/component-host/Cargo.toml --target-dir target/component-host)
cargo fmt --check --manifest-path tests/component-host/Cargo.toml
cargo clippy --quiet "${host[@]}" --all-targets -- -D warnings
cargo test --quiet "${host[@]}"
