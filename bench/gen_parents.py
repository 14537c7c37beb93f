#!/usr/bin/env python3
"""Seeded generator of a CRM account export with parent accounts, for --parent-column benchmarks.

    gen_parents.py --rows 10000000 --seed 13 --out /tmp/parents-10m.csv

Columns: Account ID, Account Name, Parent Account ID, MRR, Account Owner. Accounts form trees of
three levels of parents: holdings, parents under a third of them... a child under most parents.
Every row of an account names the same parent; about 1 row in 40 is a parent or holding's own row.
MRR is log-normal, to the cent. By default, 3 M child accounts (70% under one of 300 k parents, a
third of which sit under one of 30 k holdings), 10 M rows.
"""
import argparse, math, random, sys

OWNERS = ["Priya Shah", "Marco Rossi", "Lena Vogel", "Jordan Blake", "Ana Ruiz", "Kim Lee"]
WORDS = ("Acme Apex Atlas Beacon Blue Bright Cedar Cobalt Crest Delta Echo Ember Falcon Forge "
         "Granite Harbor Helix Iron Juniper Keystone Lumen Maple Nimbus North Oak Onyx").split()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=10_000_000)
    p.add_argument("--children", type=int, default=3_000_000)
    p.add_argument("--parents", type=int, default=300_000)
    p.add_argument("--holdings", type=int, default=30_000)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--out", default="-")
    a = p.parse_args()
    rng = random.Random(a.seed)
    # Parent of each parent (a third under a holding) and of each child (70% under a parent).
    parent_of_parent = [f"H{rng.randrange(a.holdings):07d}" if rng.random() < 1 / 3 else ""
                        for _ in range(a.parents)]
    parent_of_child = [f"P{rng.randrange(a.parents):07d}" if rng.random() < 0.7 else ""
                       for _ in range(a.children)]
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8", newline="")
    out.write("Account ID,Account Name,Parent Account ID,MRR,Account Owner\n")
    buf = []
    for _ in range(a.rows):
        r = rng.random()
        if r < 0.02:
            k = rng.randrange(a.parents)
            acct, parent = f"P{k:07d}", parent_of_parent[k]
        elif r < 0.025:
            k = rng.randrange(a.holdings)
            acct, parent = f"H{k:07d}", ""
        else:
            k = rng.randrange(a.children)
            acct, parent = f"C{k:08d}", parent_of_child[k]
        mrr = math.exp(rng.gauss(5.5, 1.2))
        buf.append(f"{acct},{WORDS[k % 26]} {k},{parent},{mrr:.2f},{OWNERS[k % 6]}\n")
        if len(buf) == 100_000:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
