#!/usr/bin/env bash
# Fails when the download (wasm + JS glue, gzipped -9) is over the budget. Size is deterministic
# for a given toolchain, so this is a check, not a benchmark.  BUDGET_KB=200 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_KB="${BUDGET_KB:-200}"
wasm=$(gzip -9 -c pkg/sunto_bg.wasm | wc -c)
js=$(gzip -9 -c pkg/sunto.js | wc -c)
total=$((wasm + js))
awk -v w="$wasm" -v j="$js" -v t="$total" -v b="$BUDGET_KB" 'BEGIN { printf "size: wasm %d B + glue %d B = %d B gzipped (%.1f KB of %d KB)\n", w, j, t, t / 1024, b }'
if [ "$total" -gt $((BUDGET_KB * 1024)) ]; then
  echo "size: over the budget of $BUDGET_KB KB" >&2
  exit 1
fi
