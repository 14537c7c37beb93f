#!/usr/bin/env python3
"""Seeded generator of a Stripe-style subscriptions export, for benchmarking the billing options.

    bench/gen_subscriptions.py --n 10000000 --seed 7 --out /tmp/subs-10m.csv   (--out - for stdout)

One row per subscription, about three per customer (a base plan, seats, add-ons), with the columns
of a Stripe dashboard export plus a parent account column:
  id,Customer ID,Customer Name,Parent Customer ID,Status,Plan,Quantity,Interval,Interval Count,
  Amount,Currency,Canceled At (UTC)
Statuses are mostly active (some trialing, past_due, canceled, unpaid); intervals month, year, week,
day and quarter, with an interval count of 1 (some 3 or 6 months); quantities 1 to a few hundred
seats. About 1 row in 10,000 has a bad interval (fortnight) or a bad quantity (two), as real exports
do. Parents point only at customers with a lower number, so the roll-up never has a cycle.

Run with segment as:
  segment subs.csv --mrr-column Amount --where "Status=active,past_due" \
      --interval-column Interval --interval-count-column "Interval Count" --quantity-column Quantity
"""
import argparse, random, sys

WORDS = ("Acme Apex Atlas Beacon Blue Bright Cedar Cobalt Crest Delta Echo Ember Falcon Forge Granite "
         "Harbor Helix Iron Juniper Keystone Lumen Maple Nimbus North Oak Onyx Orbit Peak Pine").split()
KINDS = "Labs Systems Analytics Logistics Health Foods Capital Media Robotics Software".split()
# (plan, unit price in dollars per interval, interval, count, weight)
PLANS = [
    ("starter_monthly", "19.00", "month", "1", 30),
    ("team_monthly", "49.00", "month", "1", 25),
    ("team_annual", "490.00", "year", "1", 10),
    ("business_quarterly", "450.00", "month", "3", 5),
    ("business_semiannual", "870.00", "month", "6", 3),
    ("enterprise_annual", "24000.00", "year", "1", 2),
    ("usage_weekly", "15.00", "week", "1", 4),
    ("kiosk_daily", "1.50", "day", "1", 2),
    ("support_quarterly", "600.00", "quarter", "1", 4),
    ("free", "0.00", "month", "1", 15),
]
STATUSES = [("active", 80), ("trialing", 7), ("past_due", 4), ("canceled", 8), ("unpaid", 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, required=True, help="subscription rows")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    plans = [p for p in PLANS for _ in range(p[4])]
    statuses = [s for s, w in STATUSES for _ in range(w)]
    out = sys.stdout if a.out == "-" else open(a.out, "w", newline="", buffering=1 << 20)
    out.write("id,Customer ID,Customer Name,Parent Customer ID,Status,Plan,Quantity,Interval,"
              "Interval Count,Amount,Currency,Canceled At (UTC)\n")
    customer, left, name, parent = 0, 0, "", ""
    lines = []
    for i in range(1, a.n + 1):
        if left == 0:
            customer += 1
            left = rng.choice((1, 1, 2, 3, 3, 4, 5, 6))
            name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {customer}"
            parent = f"cus_{rng.randrange(1, customer)}" if customer > 10 and rng.random() < 0.05 else ""
        left -= 1
        plan, price, interval, count, _ = rng.choice(plans)
        status = rng.choice(statuses)
        quantity = str(rng.choice((1, 1, 1, 2, 3, 5, 10, 25, 100, 250)))
        bad = rng.random()
        if bad < 0.00005:
            interval = "fortnight"
        elif bad < 0.0001:
            quantity = "two"
        canceled = "2026-10-01 09:00" if status == "canceled" else ""
        lines.append(f"sub_{i},cus_{customer},{name},{parent},{status},{plan},{quantity},{interval},"
                     f"{count},{price},usd,{canceled}\n")
        if len(lines) >= 10000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
