#!/usr/bin/env bash
# Renders the sample education record and a handout, then looks at them as a person would:
# a screen-sized screenshot of each page and a PDF printed on A4 and on US Letter, with every
# PDF page turned into a PNG.
#
#   scripts/screenshot-reports.sh [OUTPUT_DIR]      (default: /tmp/teachback-report-shots)
#
# Needs chromium and pdftoppm (Debian: apt-get install -y chromium poppler-utils).
set -euo pipefail

cd "$(dirname "$0")/.."
out="${1:-/tmp/teachback-report-shots}"
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.pdf

for tool in chromium pdftoppm; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is missing; install it with: apt-get install -y chromium poppler-utils" >&2
    exit 1
  fi
done

# The ReportsTests suite writes its sample files when REPORTS_SAMPLE_DIR is set.
REPORTS_SAMPLE_DIR="$out" swift test --filter 'ReportsTests.ReportSamples' >"$out/swift-test.log" 2>&1 || {
  echo "error: swift test failed; see $out/swift-test.log" >&2
  exit 1
}

shoot() {
  local page="$1" name="$2"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
    --screenshot="$out/$name-screen.png" "file://$out/$page" 2>/dev/null
  for paper in a4 letter; do
    # Chromium prints at its default paper size; a user style sets the page size to test both.
    sed "s|@page { size: auto;|@page { size: $paper;|" "$out/$page" >"$out/$name-$paper.html"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$out/$name-$paper.pdf" "file://$out/$name-$paper.html" 2>/dev/null
    pdftoppm -png -r 90 "$out/$name-$paper.pdf" "$out/$name-$paper-page"
  done
}

shoot education-record.html record
shoot education-record-long.html record-long
shoot handout.html handout

echo "Wrote to $out:"
ls -1 "$out" | grep -E '\.(png|pdf)$'
