"""Turns bench/run.sh's hyperfine JSON and GNU time files into one markdown table.

summarise.py DATA_DIR SIZE [SIZE...]: median wall time and peak RSS per command, and segment's
ratio to each (a peer's time / segment's time: above 1 means segment is faster; for the bare
parse, segment's time / the parse's, the distance to the floor).
"""
import json
import re
import statistics
import sys
from pathlib import Path

data = Path(sys.argv[1])
sizes = sys.argv[2:]
short = {"segment": "segment", "bare-commons-csv": "bare", "pandas+matplotlib": "pandas",
         "sort+awk": "awk", "duckdb": "duckdb"}


def peak_mb(name, n):
    f = data / f"rss-{short[name]}-{n}.txt"
    if not f.exists():
        return None
    kb = [int(x) for x in re.findall(r"Maximum resident set size \(kbytes\): (\d+)", f.read_text())]
    return max(kb) / 1024 if kb else None


print("| rows | command | median s | runs | peak RSS MB | ratio |")
print("|---:|---|---:|---:|---:|---|")
for n in sizes:
    results = json.loads((data / f"perf-{n}.json").read_text())["results"]
    med = {r["command"]: statistics.median(r["times"]) for r in results}
    seg = med.get("segment")
    for r in results:
        name = r["command"]
        m = med[name]
        if name == "segment":
            ratio = ""
        elif name == "bare-commons-csv":
            ratio = f"segment = {seg / m:.2f}x the parse"
        else:
            ratio = f"segment {m / seg:.1f}x faster"
        rss = peak_mb(name, n)
        rss_text = f"{rss:.0f}" if rss is not None else "?"
        print(f"| {int(n):,} | {name} | {m:.3f} | {len(r['times'])} | {rss_text} | {ratio} |")
