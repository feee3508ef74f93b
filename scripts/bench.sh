#!/usr/bin/env bash
# Every benchmark in one command: the native stages (divan, benches/stages.rs), the wasm
# package in Node (bench/wasm_speed.mjs), the wasm in Chromium through the page's worker and
# pasted into the page (bench/page_speed.mjs), and the page's slider in Chromium (bench/slider.mjs).
# Each checks its answers before timing.
# Inputs: ../shared/samples when present, else the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "=== native (cargo bench --bench stages)"
# built as scripts/build.sh builds the CLI: with the profile of scripts/pgo.sh, when there is one
RUSTFLAGS="${RUSTFLAGS:-} $(bash scripts/pgo.sh)" cargo bench --locked --bench stages 2>&1 | grep -v '^warning\|^ *|\|^ *=\|^$' || true
echo; echo "=== wasm in Node (bench/wasm_speed.mjs)"
test -f pkg/sunto_bg.wasm || bash scripts/build.sh
node bench/wasm_speed.mjs
echo; echo "=== the wasm in Chromium: through the page's worker, pasted into the page (bench/page_speed.mjs)"
node bench/page_speed.mjs
echo; echo "=== the page's length slider in Chromium (bench/slider.mjs)"
node bench/slider.mjs
