"""Extraction throughput (mentions, dates, citations, events) in MB/s on one core, beside
underthesea's `ner` run sentence by sentence on the same text, in the same run.

    .venv/bin/python bench/extract_speed.py [--mb 2] [--baseline-kb 40]

Issue 3 target: >= 2 MB/s per core (underthesea ner measured at about 0.012 MB/s here).
"""

from __future__ import annotations

import argparse
import os
import time

from _corpus import megabytes, repeated_documents

from doingoai.pipeline import extract_stages, parse_text, run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size for doingoai")
    ap.add_argument("--baseline-kb", type=float, default=40.0, help="slice of the same text for underthesea")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    docs = repeated_documents(int(args.mb * 1e6))
    parsed = [parse_text(text, name) for name, text in docs]
    stages = extract_stages()
    run(parse_text(docs[0][1], "warm-up"), stages)  # build automata once, outside the timing
    t0 = time.perf_counter()
    events = 0
    for doc in parsed:
        events += len(run(doc, stages).events)
    dt = time.perf_counter() - t0
    mb = megabytes(docs)
    ours = mb / dt
    print(f"doingoai extract: {mb:.2f} MB in {dt:.2f} s = {ours:.2f} MB/s per core ({events} events)")

    from underthesea import ner

    sentences = [d.text[s.start : s.end] for d in parsed[:20] for s in d.sentences]
    budget = args.baseline_kb * 1000
    chosen, size = [], 0
    for s in sentences:
        if size >= budget:
            break
        chosen.append(s)
        size += len(s.encode("utf-8"))
    ner(chosen[0])  # load the model outside the timing
    t0 = time.perf_counter()
    for s in chosen:
        ner(s)
    dt_base = time.perf_counter() - t0
    base = size / 1e6 / dt_base
    print(f"underthesea ner:  {size / 1e6:.3f} MB in {dt_base:.2f} s = {base:.4f} MB/s per core")
    print(f"speed-up: {ours / base:.0f}x; target >= 2 MB/s per core: {'met' if ours >= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
