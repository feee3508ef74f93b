#!/usr/bin/env bash
# The npm package end to end: packs pkg/, installs the tarball into tests/npm-app (offline),
# type-checks the app against the package's declarations, builds it with Vite and renders it in
# Chromium (plus the plain-ES-modules page and Node).
#   SUNTO_NPM_PREVIEW=1   pack a copy of pkg/ with www/npm-README.md and types/sunto-extra.d.ts
#                         patched in (what the package will be; see scripts/pack-npm.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
APP=tests/npm-app
TGZ=$APP/.pack/sunto.tgz

node scripts/pack-npm.mjs ${SUNTO_NPM_PREVIEW:+--preview} "$TGZ"

# Reinstall only when the tarball changed. No lockfile: the tarball is the only dependency.
sum=$(sha256sum "$TGZ" | cut -d' ' -f1)
if [ "$(cat "$APP/node_modules/.sunto.sha256" 2>/dev/null)" != "$sum" ]; then
  rm -rf "$APP/node_modules/sunto"
  (cd "$APP" && npm install --offline --no-audit --no-fund --no-package-lock --loglevel=error)
  echo "$sum" > "$APP/node_modules/.sunto.sha256"
  echo "npm-app: installed $(node -p "require('./$APP/node_modules/sunto/package.json').version") from $TGZ"
fi

echo "npm-app: tsc $(tsc --version)"
tsc -p "$APP"
vite build "$APP" --logLevel warn
node --test "$APP/"
