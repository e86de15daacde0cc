#!/usr/bin/env bash
# Makes the map picture of docs/usage.md: solves a plan to HTML and photographs the top of the
# page in headless Chromium, offline.
#   scripts/screenshot.sh [PARKPLAN] [PLAN] [PNG]
# defaults: .build/debug/parkplan seeds/full-program.yaml docs/images/map.png
set -euo pipefail
cd "$(dirname "$0")/.."
parkplan=${1:-.build/debug/parkplan}
plan=${2:-seeds/full-program.yaml}
png=${3:-docs/images/map.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$parkplan" solve "$plan" --format html --output "$work/plan.html"
mkdir -p "$(dirname "$png")"
chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$work/profile" \
    --window-size=1000,940 --screenshot="$work/map.png" "file://$work/plan.html" 2>/dev/null
mv "$work/map.png" "$png"
echo "wrote $png"
