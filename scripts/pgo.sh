#!/usr/bin/env bash
# Profile-guided optimisation of the native build. Prints the rustc flag that applies the profile
# (`-Cprofile-use=...`), for scripts/build.sh and scripts/bench.sh to build target/release with;
# prints nothing when no llvm-profdata matching rustc's LLVM is installed (scripts/setup.sh
# installs Debian's), and the build is then a plain release build.
#
# The profile comes from an instrumented build (target/pgo-gen) answering the JSON-lines requests
# of scripts/pgo-requests.mjs: every task on the test fixtures and on the texts of scripts/pgo/.
# (Adding runs of the CLI's other modes, one process per file, made the result slower, not
# faster: measured, the CLI's modes and the digest gain as much from this profile alone.) It is
# made again when the sources, the training inputs or rustc change, and kept otherwise.
# Everything but the printed flag goes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'pgo: %s\n' "$*" >&2; }

major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in "llvm-profdata-$major" llvm-profdata; do
  if command -v "$candidate" >/dev/null && "$candidate" merge --version 2>/dev/null | grep -q "LLVM version $major\."; then
    profdata=$candidate
    break
  fi
done
if [ -z "$profdata" ]; then
  say "no llvm-profdata for LLVM $major (Debian's llvm-$major has it): plain release build"
  exit 0
fi

dir="$PWD/target/pgo"
out="$dir/sunto.profdata"
key=$( { rustc -vV; echo "RUSTFLAGS=${RUSTFLAGS:-}"; find src scripts/pgo tests/fixtures Cargo.toml Cargo.lock scripts/pgo.sh scripts/pgo-requests.mjs \
  -type f -print0 | sort -z | xargs -0 sha1sum; } | sha1sum | cut -d' ' -f1)
if [ -f "$out" ] && [ "$(cat "$dir/key" 2>/dev/null)" = "$key" ]; then
  printf -- '-Cprofile-use=%s\n' "$out"
  exit 0
fi

say "training the native build's profile (an instrumented build, about a minute)"
rm -rf "$dir" && mkdir -p "$dir/train"
# build scripts and proc macros are instrumented too: their profiles go apart, unused
CARGO_TARGET_DIR="$PWD/target/pgo-gen" RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-generate=$dir/build" \
  cargo build --release --locked --bin sunto >&2
bin="$PWD/target/pgo-gen/release/sunto"
export LLVM_PROFILE_FILE="$dir/train/%p-%m.profraw"
node scripts/pgo-requests.mjs | "$bin" jsonl >/dev/null
"$profdata" merge -o "$out" "$dir"/train/*.profraw
echo "$key" > "$dir/key"
say "profile: $out"
printf -- '-Cprofile-use=%s\n' "$out"
