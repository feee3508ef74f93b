#!/usr/bin/env bash
# Runs every test: formatting and lints, the supply-chain checks, native unit/integration/doc
# tests, the download size, the wasm tests in Node and in headless Chromium, native-vs-wasm parity,
# hostile inputs, and the page end to end in Chromium.
# Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
step() { printf '\n=== %s\n' "$*"; }

step "set-up";                 bash scripts/setup.sh
step "format";                 cargo fmt --check
step "lints";                  cargo clippy --locked --all-targets -- -D warnings
step "supply chain";           bash scripts/supply-chain.sh
step "native tests";           cargo test --locked
step "build";                  bash scripts/build.sh
step "download size";          bash scripts/size.sh
step "wasm tests (Node)";      wasm-pack test --node
step "wasm tests (Chromium)";  wasm-pack test --headless --chrome
step "parity and page (Chromium)"
SUNTO_E2E_REQUIRE=1 node --test tests/e2e/
step "npm package (pack, install, tsc, Vite, Chromium)"
bash scripts/npm-app-test.sh
step "all tests passed"
