#!/usr/bin/env bash
# Supply-chain checks (issue 10), a step of scripts/test.sh:
#   1. cargo deny: licences, bans and sources of every crate in Cargo.lock (deny.toml). Always.
#   2. cargo deny: RustSec advisories, when the advisory database can be had. It lives in a git
#      repository outside the package registries: `cargo deny fetch db` clones it where it can
#      (a machine that reaches it), else a checkout copied onto this machine is used:
#        SUNTO_ADVISORY_DB=/path/to/advisory-db bash scripts/supply-chain.sh
#      Without either, the check is SKIPPED with the reason printed; it never passes silently.
#   3. npm audit of the test tooling in package.json (optional platform packages left out),
#      failing on high or critical advisories; SKIPPED with the reason when the registry's audit
#      endpoint does not answer.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { printf 'supply chain: %s\n' "$*"; }

say "cargo deny: licences, bans, sources"
cargo deny --locked check licenses bans sources

# --- RustSec advisories --------------------------------------------------------------------------
# deny.toml puts the databases under $SUNTO_ADVISORY_DBS; each in the directory cargo-deny names
# after the database's URL (for the RustSec default, as cargo-deny 0.20 names it):
export SUNTO_ADVISORY_DBS="${SUNTO_ADVISORY_DBS:-${CARGO_HOME:-$HOME/.cargo}/advisory-dbs}"
RUSTSEC_DIR="$SUNTO_ADVISORY_DBS/advisory-db-3157b0e258782691"
why=""
if [ -n "${SUNTO_ADVISORY_DB:-}" ]; then
  if [ -d "$SUNTO_ADVISORY_DB/crates" ] && git -C "$SUNTO_ADVISORY_DB" rev-parse HEAD >/dev/null 2>&1; then
    export SUNTO_ADVISORY_DBS; SUNTO_ADVISORY_DBS="$(mktemp -d)"
    ln -s "$(cd "$SUNTO_ADVISORY_DB" && pwd)" "$SUNTO_ADVISORY_DBS/advisory-db-3157b0e258782691"
    say "using the advisory database at $SUNTO_ADVISORY_DB ($(git -C "$SUNTO_ADVISORY_DB" log -1 --format=%cs))"
  else
    why="SUNTO_ADVISORY_DB=$SUNTO_ADVISORY_DB is not a git checkout of the RustSec advisory-db (no crates/)"
  fi
elif fetch=$(timeout 120 cargo deny fetch db 2>&1); then
  say "fetched the RustSec advisory database"
elif [ -d "$RUSTSEC_DIR/crates" ]; then
  say "could not refresh the advisory database; using the copy from $(git -C "$RUSTSEC_DIR" log -1 --format=%cs 2>/dev/null || echo '?')"
else
  reason=$(printf '%s\n' "$fetch" | grep -m1 'fatal:' || printf '%s\n' "$fetch" | grep -m1 -i 'error' || echo "no message")
  why="the RustSec advisory database is a git repository outside the package registries, and it could not be fetched (${reason:0:160})"
fi
if [ -z "$why" ]; then
  say "cargo deny: RustSec advisories"
  cargo deny --locked --offline check advisories
else
  say "advisories SKIPPED: $why."
  say "  To run them: SUNTO_ADVISORY_DB=/path/to/a/checkout/of/advisory-db bash scripts/supply-chain.sh"
fi

# --- npm audit -----------------------------------------------------------------------------------
say "npm audit of the test tooling (package.json, without optional platform packages)"
report=$(npm audit --json --omit=optional 2>/dev/null || true)
verdict=$(printf '%s' "$report" | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    let r; try { r = JSON.parse(s); } catch { r = null; }
    const v = r?.metadata?.vulnerabilities;
    if (v) {
      const bad = (v.high ?? 0) + (v.critical ?? 0);
      console.log(`${bad ? "FAIL" : "OK"} ${Object.entries(v).map(([k, n]) => `${k} ${n}`).join(", ")}`);
    } else {
      const reason = r?.message ?? r?.error?.summary ?? "no report";
      console.log(`SKIP ${String(reason).slice(0, 200)}`);
    }
  });')
case "$verdict" in
  OK*) say "npm audit: ${verdict#OK }" ;;
  FAIL*)
    say "npm audit: ${verdict#FAIL } — high or critical advisories:"
    npm audit --omit=optional --audit-level=high || true
    exit 1 ;;
  *) say "npm audit SKIPPED: the registry's audit endpoint did not answer here (${verdict#SKIP })." ;;
esac
