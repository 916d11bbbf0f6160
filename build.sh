#!/usr/bin/env bash
# Build the release artifacts:
#   target/release/monty                       the native CLI
#   pkg/monty_wasm.js + pkg/monty_wasm_bg.wasm the npm package's wasm (wasm-bindgen, web target)
#   target/wasm32-wasip2/release/monty_wasm.wasm  the WASI component exporting wit/ (monty:sandbox)
#   target/wasm32-wasip2/release/monty.wasm       the CLI as a WASI command (`wasmtime run`)
# `./build.sh npm` builds only the npm package's wasm, `./build.sh component` only the WASI ones.
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-all}"

WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen crate version in Cargo.toml

build_npm() {
  rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    echo "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
  fi
  cargo build --profile wasm-release --lib --target wasm32-unknown-unknown
  rm -rf pkg
  wasm-bindgen target/wasm32-unknown-unknown/wasm-release/monty_wasm.wasm --out-dir pkg --target web \
    --no-typescript --remove-name-section --remove-producers-section
  # binaryen from npm (never Debian's wasm-opt: it breaks wasm-bindgen output).
  if [ ! -x node_modules/.bin/wasm-opt ]; then npm install --no-audit --no-fund >/dev/null; fi
  node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    pkg/monty_wasm_bg.wasm -o pkg/monty_wasm_bg.wasm
  local raw gz
  raw=$(wc -c < pkg/monty_wasm_bg.wasm)
  gz=$(gzip -9c pkg/monty_wasm_bg.wasm | wc -c)
  echo "pkg/monty_wasm_bg.wasm: $raw bytes, $gz gzipped"
}

build_component() {
  rustup target add wasm32-wasip2 >/dev/null 2>&1 || true
  # wit-bindgen makes the library's cdylib a component; the `monty` binary is a command component.
  cargo build --release --target wasm32-wasip2
  local f
  for f in target/wasm32-wasip2/release/monty_wasm.wasm target/wasm32-wasip2/release/monty.wasm; do
    echo "$f: $(wc -c < "$f") bytes, $(gzip -9c "$f" | wc -c) gzipped"
  done
}

case "$what" in
  npm) build_npm ;;
  component) build_component ;;
  all)
    rustup target add wasm32-unknown-unknown wasm32-wasip2 >/dev/null
    cargo build --release --bin monty
    build_npm
    build_component
    echo "built target/release/monty, pkg/ (npm package wasm) and the WASI components"
    ;;
  *) echo "usage: $0 [all|npm|component]" >&2; exit 2 ;;
esac
