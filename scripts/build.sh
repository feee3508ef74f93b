#!/usr/bin/env bash
# Builds the command-line tool (target/release/sunto) and the wasm package (pkg/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"   # binaryen's wasm-opt first
# the native build is optimised with a profile of its own work (scripts/pgo.sh), when the
# machine has the llvm-profdata matching rustc's LLVM (scripts/setup.sh installs Debian's)
PGO=$(bash scripts/pgo.sh)
RUSTFLAGS="${RUSTFLAGS:-} $PGO" cargo build --release --locked
# the wasm is optimised for size (the native build above for speed)
CARGO_PROFILE_RELEASE_OPT_LEVEL=s wasm-pack build --target web --release 2>&1 | grep -vE '^\[INFO\]|no README|LICENSE|wasm-pack version' || true
test -f pkg/sunto.js && test -f pkg/sunto_bg.wasm
cp www/npm-README.md pkg/README.md   # wasm-pack writes its own on every build
echo "build: target/release/sunto, pkg/sunto.js, pkg/sunto_bg.wasm ($(wc -c < pkg/sunto_bg.wasm) bytes, $(gzip -9 -c pkg/sunto_bg.wasm | wc -c) gzipped)"
node scripts/build-dist.mjs   # dist/sunto.html: the page in one file that works from disk
