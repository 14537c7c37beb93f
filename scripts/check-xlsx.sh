#!/bin/sh
# Opens a run's segment.xlsx with LibreOffice (headless) and checks what a spreadsheet user sees
# against the run's CSV files: the Summary sheet's tier table against segments.csv and the Tiers
# sheet against tiers.csv, cell by cell (numbers as numbers, to a double's precision; text exactly,
# without the CSV's formula '). With --render FILE, also draws the Summary sheet's first page to
# FILE (a PNG) through PDF, to look at.
#
#   segment customers.csv --xlsx --out out && scripts/check-xlsx.sh out [--render summary.png]
#
# Needs soffice (Debian: apt-get install libreoffice-calc), python3 and, for --render, pdftoppm
# (poppler-utils). Not run in CI: LibreOffice is too heavy to install there; the tests read the
# workbook back with fastexcel-reader instead.
set -eu

usage() {
  echo "usage: $0 OUT_DIR [--render SUMMARY.png]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
out=$1
shift
render=
if [ $# -gt 0 ]; then
  [ "$1" = --render ] && [ $# -eq 2 ] || usage
  render=$2
fi
for f in segment.xlsx segments.csv tiers.csv; do
  if [ ! -f "$out/$f" ]; then
    echo "$0: no $out/$f (run segment with --xlsx --out $out first)" >&2
    exit 2
  fi
done
command -v soffice >/dev/null || { echo "$0: soffice not found (apt-get install libreoffice-calc)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$out/segment.xlsx" "$work/segment.xlsx"
# A profile of its own, so a LibreOffice the user has open does not take the conversion over.
lo() {
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" \
    >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
}
# CSV filter tokens: comma, ", UTF-8, from line 1, no cell format, language default, quote all
# text off, detect numbers, "save cell contents as shown" OFF (the values, not their display
# formats), formulas off, remove space off, then -1: every sheet, to segment-<Sheet>.csv.
lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$work" "$work/segment.xlsx"

python3 - "$out" "$work" <<'EOF'
import csv, sys
from decimal import Decimal, InvalidOperation

out, work = sys.argv[1], sys.argv[2]

def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))

RISKY = ("=", "+", "-", "@", "\t", "\r")

def as_read(cell):
    """The CSV's text without the ' it put before a formula-like cell."""
    if len(cell) >= 2 and cell[0] == "'" and cell[1] in RISKY:
        return cell[1:]
    return cell

def same_number(csv_cell, sheet_cell):
    if csv_cell == "" or sheet_cell == "":
        return csv_cell == sheet_cell
    try:
        a, b = Decimal(csv_cell), Decimal(sheet_cell)
    except InvalidOperation:
        return False
    if a == b:
        return True
    # The sheet holds a double: 15 to 17 significant digits of the exact CSV decimal.
    return float(a) == float(b) or abs(a - b) <= abs(a) * Decimal("1e-14")

NUMERIC = {"customers", "pct_customers", "mrr", "pct_mrr", "cum_pct_customers", "cum_pct_mrr",
           "mrr_floor", "mrr_max", "mrr_mean", "mrr_median", "arr", "rank", "cum_mrr_share"}
problems = []

def compare(name, csv_rows, sheet_rows, numeric_columns):
    if len(sheet_rows) < len(csv_rows):
        problems.append(f"{name}: {len(sheet_rows)} rows, the CSV has {len(csv_rows)}")
        return
    header = csv_rows[0]
    for r, row in enumerate(csv_rows):
        sheet = sheet_rows[r] + [""] * (len(row) - len(sheet_rows[r]))
        for c, cell in enumerate(row):
            numeric = r > 0 and header[c] in numeric_columns
            # Text read as "'=x" is written "'=x" too: either may be what the sheet holds.
            ok = same_number(cell, sheet[c]) if numeric else sheet[c] in (as_read(cell), cell)
            if not ok:
                problems.append(f"{name} row {r + 1} column {header[c]}: csv {cell!r}, sheet {sheet[c]!r}")
        if any(sheet[len(row):]):
            problems.append(f"{name} row {r + 1}: cells past the CSV's columns: {sheet[len(row):]}")
    return len(csv_rows)

segments = read(f"{out}/segments.csv")
summary = read(f"{work}/segment-Summary.csv")
compare("Summary", segments, summary, NUMERIC)
rest = [row for row in summary[len(segments):] if any(row)]
if not rest or rest[0][0] != "Concentration" or len(rest) != 7:
    problems.append(f"Summary: expected a Concentration block of 6 figures below the tiers, found {rest}")
else:
    for row in rest[1:]:
        try:
            Decimal(row[1])
        except InvalidOperation:
            problems.append(f"Summary: {row[0]!r} is not a number: {row[1]!r}")

tiers = read(f"{out}/tiers.csv")
sheet = read(f"{work}/segment-Tiers.csv")
compare("Tiers", tiers, sheet, NUMERIC)
if len(sheet) != len(tiers):
    problems.append(f"Tiers: {len(sheet)} rows, tiers.csv has {len(tiers)}")

for p in problems[:20]:
    print(p)
if problems:
    print(f"{len(problems)} difference(s) between segment.xlsx and the CSV files")
    sys.exit(1)
print(f"segment.xlsx matches segments.csv ({len(segments) - 1} tiers) and tiers.csv"
      f" ({len(tiers) - 1} rows) as LibreOffice reads it")
EOF

if [ -n "$render" ]; then
  command -v pdftoppm >/dev/null || { echo "$0: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }
  lo --convert-to pdf --outdir "$work" "$work/segment.xlsx"
  # The Summary sheet is printed first, fitted to one landscape page.
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/segment.pdf" "$work/summary"
  cp "$work/summary.png" "$render"
  echo "Summary sheet drawn to $render"
fi
