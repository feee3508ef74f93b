#!/usr/bin/env bash
# Every benchmark in one command: the native stages (divan, benches/stages.rs), the CLI as it
# ships (bench/cli_speed.mjs), the wasm package in Node (bench/wasm_speed.mjs), the wasm in
# Chromium through the page's worker and pasted into the page (bench/page_speed.mjs), and the
# page's slider in Chromium (bench/slider.mjs).
# Each checks its answers before timing.
# Inputs: ../shared/samples when present, else the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "=== native (cargo bench --bench stages)"
# the library as a Rust program that depends on it gets it: without the CLI's profile
# (scripts/pgo.sh), which fits the CLI's binary (10% fewer instructions) but made another binary
# calling the same library, examples/profile.rs, 4% costlier. Its own target directory, so that
# it and scripts/build.sh do not rebuild each other's dependencies.
CARGO_TARGET_DIR=target/bench cargo bench --quiet --locked --bench stages 2>&1 | grep -v '^warning\|^ *|\|^ *=\|^$' || true
test -f pkg/sunto_bg.wasm && test -x target/release/sunto || bash scripts/build.sh
echo; echo "=== the native CLI as built by scripts/build.sh, one summary inside \`sunto jsonl\` (bench/cli_speed.mjs)"
node bench/cli_speed.mjs
echo; echo "=== wasm in Node (bench/wasm_speed.mjs)"
node bench/wasm_speed.mjs
echo; echo "=== the wasm in Chromium: through the page's worker, pasted into the page (bench/page_speed.mjs)"
node bench/page_speed.mjs
echo; echo "=== the page's length slider in Chromium (bench/slider.mjs)"
node bench/slider.mjs
