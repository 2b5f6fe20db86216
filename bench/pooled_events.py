"""Pooled scores over held-out sets: bench/probe_generalisation.py's per-set figures summed (events tp/fp/fn,
structure blocks, citations, questions) and the pooled event P/R/F1, as the README's "pooled" rows quote them.

    .venv/bin/python bench/pooled_events.py [-q] tests/data/heldout55 tests/data/heldout56 ...

``-q`` also asks each set's questions (a temporary knowledge base per set; slower). ``--rules-too`` also scores
the same sets in the same run with the rules alone (the learned reading off: DOINGOAI_EVENTS_MODEL=none), the
baseline the learned reading is measured against, as a last "RULES" line. Sets run two at a time. A document the
pipeline fails on is told on stderr and counted (" FAILED n documents"), its gold events as missed.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_quality  # noqa: E402
import probe_generalisation  # noqa: E402

_KEYS = ("tp", "fp", "fn", "hit", "body", "c_tp", "c_gold", "c_found", "failed")


def score_set(args: tuple[str, bool, str]) -> tuple[str, dict, tuple[int, int]]:
    """One set's totals (the probe's own per-document lines are silenced) and its questions (right, asked);
    ``model``: DOINGOAI_EVENTS_MODEL for this set's reading ("" the bundled model, "none" the rules alone)."""
    path, questions, model = args
    os.environ["DOINGOAI_EVENTS_MODEL"] = model
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        totals = probe_generalisation.run_documents(Path(path), False)
        asked = probe_generalisation.run_questions(Path(path), False) if questions else (0, 0)
    for failure in (x for x in out.getvalue().splitlines() if ": FAILED " in x):
        print(
            f"{Path(path).name}/{failure}", file=sys.stderr
        )  # a document that failed is told, its gold missed
    return path, totals, asked


def line(name: str, t: dict, q: tuple[int, int]) -> str:
    p, r, f = events_quality.prf(t["tp"], t["fp"], t["fn"])
    return (
        f"{name:<10} events P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {t['tp']} fp {t['fp']} fn {t['fn']}) "
        f"structure {t['hit']}/{t['body']} citations {t['c_tp']}/{t['c_gold']} ({t['c_found']} found) "
        f"questions {q[0]}/{q[1]}" + (f" FAILED {t['failed']} documents" if t["failed"] else "")
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    questions = "-q" in args
    rules_too = "--rules-too" in args
    sets = [a for a in args if a not in ("-q", "--rules-too")]
    if not sets:
        print(__doc__)
        return 2
    total = dict.fromkeys(_KEYS, 0)
    asked = [0, 0]
    rules = dict.fromkeys(_KEYS, 0)
    model = os.environ.get("DOINGOAI_EVENTS_MODEL", "")
    with Pool(2) as pool:
        for path, t, q in pool.imap(score_set, [(s, questions, model) for s in sets]):
            print(line(Path(path).name, t, q))
            for k in _KEYS:
                total[k] += t[k]
            asked[0] += q[0]
            asked[1] += q[1]
        print(line("POOLED", total, (asked[0], asked[1])))
        if rules_too:
            for _, t, _ in pool.imap(score_set, [(s, False, "none") for s in sets]):
                for k in _KEYS:
                    rules[k] += t[k]
            print(line("RULES", rules, (0, 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
