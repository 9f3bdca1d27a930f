#!/usr/bin/env python3
"""Runs `vigie-alerting backtest` on synthetic mention-count series and prints what it finds.

Each series: 5-minute buckets over 50 days, Poisson counts around a level with a daily wave (±80 %) and quieter
weekends (−30 %), and three one-hour bursts (×4) at random times after the first week. For each level (mean
mentions per bucket) it prints the bursts found (an alert inside the burst), the false alerts (outside any burst and
the 5 hours after it, after the first 1 000 buckets) and their rate per day. Seeded: the same figures every run.

    python3 Benchmarks/backtest/synthetic_counts.py .build/release/vigie-alerting [SERIES_PER_LEVEL]
"""
import datetime as dt
import math
import random
import subprocess
import sys


def poisson(rng, lam):
    if lam > 60:  # normal approximation, rounded, for speed
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def series(rng, level, days=50):
    n = 288 * days
    bursts = sorted(rng.sample(range(2016, n - 100), 3))
    start = dt.datetime(2026, 1, 5)
    rows = []
    for i in range(n):
        lam = level * (1 + 0.8 * math.sin(2 * math.pi * (i % 288) / 288)) * (0.7 if (i // 288) % 7 >= 5 else 1.0)
        if any(b <= i < b + 12 for b in bursts):
            lam *= 4
        rows.append((start + dt.timedelta(minutes=5 * i), poisson(rng, lam)))
    return rows, bursts


def main():
    binary = sys.argv[1]
    per_level = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print("level  bursts found  false alerts  per day")
    for level in (2, 20, 200):
        rng = random.Random(level)
        found = total = false = days = 0
        for _ in range(per_level):
            rows, bursts = series(rng, level)
            text = "timestamp,value\n" + "".join("%sZ,%d\n" % (t.isoformat(), v) for t, v in rows)
            out = subprocess.run([binary, "backtest", "-"], input=text, capture_output=True, text=True, check=True).stdout
            index = {t.isoformat() + "Z": i for i, (t, _) in enumerate(rows)}
            alerts = [index[line.strip()] for line in out.splitlines() if line.strip()]
            total += len(bursts)
            found += sum(1 for b in bursts if any(b <= a < b + 12 for a in alerts))
            false += sum(1 for a in alerts if a >= 1000 and not any(b <= a < b + 60 for b in bursts))
            days += (len(rows) - 1000) / 288
        print("%5d  %6d/%-6d  %12d  %7.2f" % (level, found, total, false, false / days))


if __name__ == "__main__":
    main()
