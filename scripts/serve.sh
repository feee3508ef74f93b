#!/usr/bin/env bash
# Installs what is missing, builds, and serves the page: open the address it prints.
#   PORT=8000 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8000}"
echo
echo "sunto is at http://localhost:$PORT/www/   (Ctrl+C stops the server)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
