#!/bin/bash
# Times segment's default job against the peers and a bare Commons CSV parse, in one run per size.
#   bench/run.sh [SIZES...]          default: 2000 100000 1000000 10000000
# Environment: RUNS (hyperfine runs, default 3; 10 M peers take minutes, use RUNS=1 there),
# WITH_DUCKDB=1 adds embedded DuckDB, PEERS=0 times segment and the bare parse only,
# SEGBENCH (default /tmp/segbench) holds the generated files and the results, SHARED the shared
# bench folder (generator and peers; default ../shared/bench beside the main checkout).
# Needs hyperfine, GNU time (/usr/bin/time), python3 with pandas and matplotlib, gawk; and a
# packaged segment (mvn -DskipTests package). Results: $SEGBENCH/perf-SIZE.md and perf-summary.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
data=${SEGBENCH:-/tmp/segbench}; mkdir -p "$data"
shared=${SHARED:-}
for c in "$repo/../shared/bench" "$repo/../../shared/bench"; do
  [ -z "$shared" ] && [ -f "$c/gen_customers.py" ] && shared=$(cd "$c" && pwd)
done
[ -n "$shared" ] || { echo "bench: set SHARED to the shared bench folder" >&2; exit 1; }
[ -f "$repo/target/segment.jar" ] || { echo "bench: run mvn -DskipTests package first" >&2; exit 1; }
sizes=${*:-2000 100000 1000000 10000000}

# The bare parse, compiled against the jar's own libraries.
mkdir -p "$data/bare"
javac -nowarn -d "$data/bare" -cp "$repo/target/lib/*" "$repo/bench/BareParse.java"

for n in $sizes; do
  in=$data/c$n.csv
  [ -f "$in" ] || python3 "$shared/gen_customers.py" --n "$n" --out "$in"
  rm -f "$data"/rss-*-"$n".txt
  # Each command runs under GNU time, which appends its peak RSS to a file per command.
  timed() { echo "/usr/bin/time -v -a -o $data/rss-$1-$n.txt $2"; }
  args=(-n segment "$(timed segment "$repo/segment $in --out $data/out-segment-$n --quiet")")
  args+=(-n bare-commons-csv "$(timed bare "java -cp $data/bare:$repo/target/lib/* BareParse $in")")
  if [ "${PEERS:-1}" = 1 ]; then
    args+=(-n pandas+matplotlib \
      "$(timed pandas "/usr/bin/python3 $shared/peers/pandas_mpl.py $in $data/out-pandas-$n")")
    args+=(-n sort+awk "$(timed awk "$shared/peers/sort_awk.sh $in $data/out-awk-$n")")
    if [ -n "${WITH_DUCKDB:-}" ]; then
      "$shared/peers/duckdb.sh" "$data/c2000.csv" "$data/out-duckdb-warm" >/dev/null 2>&1 || true
      args+=(-n duckdb "$(timed duckdb "$shared/peers/duckdb.sh $in $data/out-duckdb-$n")")
    fi
  fi
  warm=1; [ "${RUNS:-3}" = 1 ] && warm=0
  hyperfine -N -w "$warm" -r "${RUNS:-3}" --export-json "$data/perf-$n.json" "${args[@]}" \
    > "$data/perf-$n.log" 2>&1 || { cat "$data/perf-$n.log" >&2; exit 1; }
  python3 "$repo/bench/summarise.py" "$data" "$n" > "$data/perf-$n.md"
  cat "$data/perf-$n.md"
done
python3 "$repo/bench/summarise.py" "$data" $sizes > "$data/perf-summary.md"
{ echo; echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)";
  java -version 2>&1 | head -1; } >> "$data/perf-summary.md"
cat "$data/perf-summary.md"
