#!/usr/bin/env python3
"""Writes seeded synthetic social-media volume series, labelled the NAB way, for `nab_score.py --data`.

Vigie's spike detector is judged on real social-media mention series that are not on this machine; the NAB series
here are CPU loads, temperatures and prices. These imitate what mention counts look like instead: 5-minute buckets
over 55 days (as NAB's tweet series), a daily rhythm whose peak and depth vary from one series to the next, quieter
weekends, a level that drifts, over-dispersed counts (gamma-Poisson: retweet cascades make counts burstier than
Poisson), ordinary small bursts a few times a day (a viral post, a bot), rare collection gaps (a stretch of zeros),
and 2 to 4 labelled anomalies a series — news spikes (a jump of ×4 to ×25 that decays over minutes to hours) and
surges (a rise to ×2.5–×5 over an hour or more that lasts hours). Some ordinary bursts are as large as a small
anomaly and are not labelled, as in real data. Windows are NAB's: 10 % of the series' length shared among its
anomalies, centred on each label.

    python3 Benchmarks/backtest/tweet_like.py OUT_DIR [--series N] [--seed S]
    python3 ../shared/tools/nab_score.py --data OUT_DIR --category tweetLike \
        --run '.build/release/vigie-alerting backtest {csv}'

These series were written to tune for robustness on counts; they are not the held-out data, and a detector tuned to
them alone would learn this generator. Seed 1 is the tuning set, seed 2 the check.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synthetic_counts import poisson  # noqa: E402

CATEGORY = "tweetLike"
ROWS = 55 * 288
START = dt.datetime(2015, 2, 26, 21, 40)


def anomaly_profile(rng, kind):
    """Multiplier increments over the buckets from the onset on (the anomaly adds `level * m` mentions)."""
    if kind == "spike":
        peak = math.exp(rng.uniform(math.log(4), math.log(25))) - 1
        rise = rng.choice([1, 1, 2, 3])
        half_life = rng.uniform(6, 48)  # buckets: 30 min to 4 h
        out = [peak * (i + 1) / rise for i in range(rise)]
        out += [peak * 0.5 ** (i / half_life) for i in range(1, int(half_life * 6))]
        return out
    # surge
    height = rng.uniform(1.5, 4.0)
    rise = rng.randint(6, 24)
    hold = rng.randint(48, 288)
    fall = rng.randint(12, 72)
    return ([height * (i + 1) / rise for i in range(rise)] + [height] * hold
            + [height * (1 - (i + 1) / fall) for i in range(fall)])


def series(rng):
    level = math.exp(rng.uniform(math.log(3), math.log(150)))
    depth = rng.uniform(0.3, 0.85)
    peak_hour = rng.uniform(12, 21)
    weekend = rng.uniform(0.55, 0.95)
    dispersion = rng.uniform(3, 30)
    burst_rate = rng.uniform(0.5, 4) / 288  # per bucket
    drift, drift_step = 0.0, rng.uniform(0.01, 0.06)

    count = rng.choice([2, 3, 3, 4])
    width = int(0.10 * ROWS / count)
    onsets = []
    while len(onsets) < count:
        candidate = rng.randrange(1200, ROWS - width // 2)
        if all(abs(candidate - o) > width + 10 for o in onsets):
            onsets.append(candidate)
    onsets.sort()
    extra = [0.0] * ROWS
    for onset in onsets:
        for i, m in enumerate(anomaly_profile(rng, rng.choice(["spike", "spike", "surge"]))):
            if onset + i < ROWS:
                extra[onset + i] += m
    # Ordinary bursts: mostly small, a heavy tail.
    for i in range(ROWS):
        if rng.random() < burst_rate:
            size = min(6.0, rng.paretovariate(2.2) - 0.6)
            length = rng.randint(1, 6)
            for j in range(length):
                if i + j < ROWS:
                    extra[i + j] += size * (1 - j / length)
    gaps = set()
    if rng.random() < 0.4:
        g = rng.randrange(1000, ROWS - 100)
        gaps.update(range(g, g + rng.randint(6, 72)))

    rows = []
    for i in range(ROWS):
        if i % 288 == 0:
            drift = max(-0.6, min(0.6, drift + rng.gauss(0, drift_step)))
        t = START + dt.timedelta(minutes=5 * i)
        hour = t.hour + t.minute / 60
        rhythm = 1 + depth * math.cos(2 * math.pi * (hour - peak_hour) / 24)
        rhythm *= weekend if t.weekday() >= 5 else 1.0
        lam = level * math.exp(drift) * (rhythm + extra[i] * (1 + 0.5 * rhythm) / 1.5)
        lam *= rng.gammavariate(dispersion, 1 / dispersion)
        rows.append((t, 0 if i in gaps else poisson(rng, lam)))

    windows = []
    for onset in onsets:
        lo, hi = max(0, onset - width // 2), min(ROWS - 1, onset + width // 2)
        windows.append((lo, hi))
    return rows, onsets, windows


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--series", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    data = os.path.join(args.out, "data", CATEGORY)
    os.makedirs(data, exist_ok=True)
    os.makedirs(os.path.join(args.out, "labels"), exist_ok=True)
    windows, labels = {}, {}
    for n in range(args.series):
        rows, onsets, spans = series(rng)
        name = "tweets_%02d.csv" % n
        with open(os.path.join(data, name), "w") as fh:
            fh.write("timestamp,value\n")
            fh.writelines("%s,%d\n" % (stamp(t), v) for t, v in rows)
        key = "%s/%s" % (CATEGORY, name)
        labels[key] = [stamp(rows[o][0]) for o in onsets]
        windows[key] = [[stamp(rows[lo][0]) + ".000000", stamp(rows[hi][0]) + ".000000"] for lo, hi in spans]
    with open(os.path.join(args.out, "labels", "combined_windows.json"), "w") as fh:
        json.dump(windows, fh, indent=1)
    with open(os.path.join(args.out, "labels", "combined_labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1)


if __name__ == "__main__":
    main()
