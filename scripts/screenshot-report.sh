#!/usr/bin/env bash
# Renders a report.html in headless Chromium (Debian's `chromium` package) to look at it as a reader
# would: PREFIX-laptop.png (1280 px wide), PREFIX-phone.png (400 px) and PREFIX.pdf (printed:
# the summary on one landscape page). The README's docs/report-html.png is the laptop render of the
# shipped sample.
#
#   scripts/screenshot-report.sh segment-out/report.html /tmp/report
#   scripts/screenshot-report.sh segment-out/report.html docs/report-html 1280 1500
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html PREFIX [LAPTOP_WIDTH LAPTOP_HEIGHT]" >&2
  exit 2
fi
page=$(realpath "$1")
prefix=$2
width=${3:-1280}
height=${4:-1600}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "$0: no chromium on PATH; install it (apt-get install chromium) to render $1" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
run() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" "file://$page" >/dev/null 2>&1
}
run --screenshot="$(realpath -m "$prefix-laptop.png")" --window-size="$width,$height"
run --screenshot="$(realpath -m "$prefix-phone.png")" --window-size=400,2400
run --no-pdf-header-footer --print-to-pdf="$(realpath -m "$prefix.pdf")"
echo "$prefix-laptop.png $prefix-phone.png $prefix.pdf"
