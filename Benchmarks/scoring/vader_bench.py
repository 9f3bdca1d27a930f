#!/usr/bin/env python3
"""The reference of vigie-scoring's benchmark: vaderSentiment (PyPI) on the same texts, one core.

usage: vader_bench.py FILE.jsonl [REPEAT]
"""
import json
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
analyzer = SentimentIntensityAnalyzer()
for text in texts[:200]:
    analyzer.polarity_scores(text)
start = time.perf_counter()
for _ in range(repeat):
    for text in texts:
        analyzer.polarity_scores(text)
seconds = time.perf_counter() - start
count = len(texts) * repeat
print(f"vaderSentiment: {count} texts in {seconds:.3f} s = {count / seconds:.0f} texts/s (sentiment only)")
