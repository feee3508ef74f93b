#!/usr/bin/env bash
# Installs what building and testing sunto needs, skipping whatever is already there:
#   the wasm32 Rust target, wasm-pack, the wasm-bindgen CLI matching Cargo.lock, cargo-deny, the npm test
#   tooling (playwright-core, binaryen's wasm-opt), Debian's chromium + chromedriver, and Debian's
#   llvm-NN matching rustc's LLVM (its llvm-profdata, for the native build's profile).
# Only package registries are used (crates.io, npm, Debian): nothing downloads binaries at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

WASM_PACK_VERSION=0.15.1
say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q " $WASM_PACK_VERSION\$"; then
  say "installing wasm-pack $WASM_PACK_VERSION (about 3 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

# wasm-pack uses a wasm-bindgen CLI on PATH only when it matches Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # not --locked: its lockfile names a crate version the registry lacks (see TOOLCHAIN.md)
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

DENY_VERSION=0.20.2
if ! cargo-deny --version 2>/dev/null | grep -q " $DENY_VERSION\$"; then
  say "installing cargo-deny $DENY_VERSION (about 5 minutes)"
  cargo install cargo-deny --version "$DENY_VERSION" --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || ! cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
  say "installing npm packages"
  # not `npm ci`: npm 11 rejects lockfiles holding rollup's per-platform optional packages
  npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.copy
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# llvm-profdata of the LLVM that rustc uses, for the native build's profile-guided optimisation
# (scripts/pgo.sh); without it the native build is a plain release build
LLVM_MAJOR=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
if ! command -v "llvm-profdata-$LLVM_MAJOR" >/dev/null && command -v apt-get >/dev/null; then
  say "installing Debian's llvm-$LLVM_MAJOR (its llvm-profdata)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "llvm-$LLVM_MAJOR" >/dev/null; }; then
    say "llvm-$LLVM_MAJOR could not be installed: the native build will not be profile-guided"
  fi
fi
say "ready"
