"""Extraction throughput (mentions, dates, citations, events) in MB/s on one core, beside
underthesea's `ner` run sentence by sentence on the same text, in the same run.

    .venv/bin/python bench/extract_speed.py [--mb 2] [--baseline-kb 40] [--repeat 3] [--pure]

Throughput is CPU time of this process pinned to one core (the machine is shared, so wall time
measures the other jobs too; it is printed beside). Two figures:

* corpus: the whole corpus extracted in one pass, best of ``--repeat`` passes on freshly parsed
  documents, with the time of each stage;
* per document: each document extracted ``--repeat`` times (its metadata restored in between), the
  fastest run of each stage kept and summed. Other jobs on a shared machine slow some runs down; the
  fastest run of each short piece of work is the cost of the work itself (as ``timeit`` reports the
  best of its runs). On an idle machine the two figures agree within about 10%.

Issue 3 target: >= 2 MB/s per core (underthesea ner measured at about 0.012 MB/s here).

It prints which build it measured: "pure" (the .py sources) or "compiled" (``make fast``: the extraction
modules compiled by mypyc, see setup.py). In a compiled build it also measures the same install's .py
sources in a subprocess (``--pure``) and prints that corpus figure beside, with the ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from _corpus import baseline_rate, megabytes, repeated_documents

from doingoai.compiled import build, use_pure

if "--pure" in sys.argv:
    use_pure()  # before the extraction modules are imported

from doingoai.pipeline import extract_stages, parse_text, run  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size for doingoai")
    ap.add_argument("--baseline-kb", type=float, default=40.0, help="slice of the same text for underthesea")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--doc-repeat", type=int, default=5, help="runs per document for the per-document figure")
    ap.add_argument("--pure", action="store_true", help="import the .py sources even in a compiled build")
    ap.add_argument("--corpus-only", action="store_true", help="only the corpus figure (no baseline)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    docs = repeated_documents(int(args.mb * 1e6))
    stages = extract_stages()
    run(parse_text(docs[0][1], "warm-up"), stages)  # build automata once, outside the timing
    best: tuple[float, float, dict[str, float], int] | None = None
    for _ in range(max(1, args.repeat)):
        parsed = [parse_text(text, name) for name, text in docs]
        per_stage = dict.fromkeys([name for name, _ in stages], 0.0)
        events = 0
        w0, c0 = time.perf_counter(), time.process_time()
        for doc in parsed:
            for name, stage in stages:
                t = time.process_time()
                doc = run(doc, [(name, stage)])
                per_stage[name] += time.process_time() - t
            events += len(doc.events)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        if best is None or cpu < best[0]:
            best = (cpu, wall, per_stage, events)
    cpu, wall, per_stage, events = best
    mb = megabytes(docs)
    ours = mb / cpu
    print(
        f"doingoai extract ({build()} build): {mb:.2f} MB in {cpu:.2f} s CPU = {ours:.2f} MB/s per core "
        f"({events} events; wall {wall:.2f} s)"
    )
    print("  by stage (MB/s): " + ", ".join(f"{k} {mb / v:.1f}" for k, v in per_stage.items() if v > 0))
    if args.corpus_only:
        return
    if build() == "compiled":
        pure = pure_rate(args.mb, args.repeat)
        print(
            f"  the same install's .py sources (pure, this run): {pure:.2f} MB/s per core; compiled {ours / pure:.2f}x"
        )
    fastest = per_document(parsed, stages, args.doc_repeat)
    per_doc = mb / sum(fastest.values())
    print(f"doingoai extract, per document (fastest of {args.doc_repeat}): {per_doc:.2f} MB/s per core")
    print("  by stage (MB/s): " + ", ".join(f"{k} {mb / v:.1f}" for k, v in fastest.items() if v > 0))

    from underthesea import ner

    size, base = baseline_rate(ner, parsed, args.baseline_kb * 1000)
    print(f"underthesea ner:  {size:.3f} MB sentence by sentence = {base:.4f} MB/s per core")
    print(f"speed-up: {ours / base:.0f}x (corpus), {per_doc / base:.0f}x (per document)")
    print(
        f"target >= 2 MB/s per core: corpus {'met' if ours >= 2 else 'NOT met'}, "
        f"per document {'met' if per_doc >= 2 else 'NOT met'}"
    )


def pure_rate(mb: float, repeat: int) -> float:
    """The corpus figure of this script run on the .py sources (``--pure``) in a subprocess."""
    cmd = [sys.executable, __file__, "--pure", "--corpus-only", "--mb", str(mb), "--repeat", str(repeat)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return float(out.split(" MB/s per core")[0].rsplit("= ", 1)[1])


def per_document(parsed: list, stages: list, repeat: int) -> dict[str, float]:
    """Per stage, the sum over documents of the fastest of ``repeat`` runs (CPU seconds)."""
    total = dict.fromkeys([name for name, _ in stages], 0.0)
    for doc in parsed:
        meta = dict(doc.meta)
        best = dict.fromkeys(total, float("inf"))
        for _ in range(max(1, repeat)):
            doc.meta = dict(meta)  # as parsed: the stages fill in the date and the aliases again
            for name, stage in stages:
                t = time.process_time()
                run(doc, [(name, stage)])
                best[name] = min(best[name], time.process_time() - t)
        for name, v in best.items():
            total[name] += v
    return total


if __name__ == "__main__":
    main()
