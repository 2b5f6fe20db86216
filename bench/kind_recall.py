"""Recall and precision per event kind over held-out sets: for each gold kind, the required gold events, how many
are found (matched one-to-one as bench/events_quality.py matches them), the system's events of that kind and how
many of them are right; sorted by misses.

    .venv/bin/python bench/kind_recall.py [--dump misses.jsonl] tests/data/heldout69 tests/data/heldout70 ...

Each document is counted once (its text form, as bench/probe_generalisation.py counts it). ``--dump`` writes every
miss and false positive (set, kind, gold/prediction brief, evidence) to a JSONL file to read the misses of a kind.
Sets run two at a time; DOINGOAI_EVENTS_MODEL is read as usual (the working sets with /tmp/s23/m68.json).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_quality  # noqa: E402
from probe_generalisation import counted_forms, document_files, gold_id  # noqa: E402


def score_set(path: str) -> tuple[Counter, list[dict[str, Any]]]:
    from doingoai import export
    from doingoai.pipeline import extract_file

    probe = Path(path)
    gold_all = [
        json.loads(x)
        for x in (probe / "gold" / "events.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    counts: Counter = Counter()
    rows: list[dict[str, Any]] = []
    for f in counted_forms(document_files(probe)):
        gid = gold_id(f)
        gold = [g for g in gold_all if g["doc"] == gid]
        try:
            doc = extract_file(f)
            pred = [export.event_dict(doc, ev) for ev in export.reported_events(doc)]
        except Exception:  # noqa: BLE001 - a failed document's gold is missed
            pred = []
        s = events_quality.score(gold, pred)
        for g in gold:
            if not g.get("optional"):
                counts[(g["kind"], "gold")] += 1
        for g in s["misses"]:
            counts[(g["kind"], "miss")] += 1
            ev = g.get("evidence")
            rows.append(
                {
                    "set": probe.name,
                    "doc": gid,
                    "what": "miss",
                    "kind": g["kind"],
                    "brief": events_quality._brief(g),
                    "evidence": ev if isinstance(ev, str) else " | ".join(ev or []),
                }
            )
        for p in pred:
            counts[(p["kind"], "pred")] += 1
        for p in s["false_positives"]:
            counts[(p["kind"], "fp")] += 1
            e = p.get("evidence") or {}
            rows.append(
                {
                    "set": probe.name,
                    "doc": gid,
                    "what": "fp",
                    "kind": p["kind"],
                    "brief": events_quality._brief(p),
                    "evidence": e.get("text", "") if isinstance(e, dict) else str(e),
                }
            )
    return counts, rows


def table(counts: Counter) -> str:
    kinds = sorted({k for k, _ in counts}, key=lambda k: (-counts[(k, "miss")], k))
    out = [
        f"{'kind':<22} {'gold':>5} {'found':>5} {'miss':>5} {'recall':>6} {'emitted':>7} {'fp':>5} {'prec':>5}"
    ]
    tot = Counter()
    for k in kinds:
        g, m, p, fp = (counts[(k, x)] for x in ("gold", "miss", "pred", "fp"))
        tot.update({"gold": g, "miss": m, "pred": p, "fp": fp})
        rec = (g - m) / g if g else 0.0
        prec = (p - fp) / p if p else 0.0
        out.append(f"{k:<22} {g:>5} {g - m:>5} {m:>5} {rec:>6.3f} {p:>7} {fp:>5} {prec:>5.3f}")
    g, m, p, fp = tot["gold"], tot["miss"], tot["pred"], tot["fp"]
    out.append(
        f"{'ALL':<22} {g:>5} {g - m:>5} {m:>5} {(g - m) / max(1, g):>6.3f} {p:>7} {fp:>5} {(p - fp) / max(1, p):>5.3f}"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = Path(args[i + 1])
        args = args[:i] + args[i + 2 :]
    if not args:
        print(__doc__)
        return 2
    total: Counter = Counter()
    rows: list[dict[str, Any]] = []
    with Pool(2) as pool:
        for c, r in pool.imap(score_set, args):
            total.update(c)
            rows.extend(r)
    print(table(total))
    if dump:
        dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
