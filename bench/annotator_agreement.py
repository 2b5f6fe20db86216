"""How far two people agree on a document's events, beside how far the system agrees with either, in
the same run: the ceiling an event F1 target on hand-written gold can be read against.

    .venv/bin/python bench/annotator_agreement.py [DIR ...]

Each DIR (default: every tests/data/heldout*/ that has one) holds a set's documents, its gold
``gold/events.probe.jsonl`` (annotator A, who wrote the documents) and a second annotation
``gold/events.second.jsonl`` (annotator B, who saw only the documents: never A's gold, notes or
builder). Scoring is bench/events_quality.py's, rule for rule: kind equal, parties overlapping, years
overlapping where the gold has a date, one-to-one matching, "optional" gold neither missed nor counted
when matched. A person's own list is read as predictions the way the system's is: the events not
negated (the product lists negated statements apart), required and optional alike — what that person
would report.

Printed per set and pooled: B scored against A's gold, A against B's, their mean (the agreement);
the system scored against A (the figure bench/probe_generalisation.py prints) and against B.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_quality  # noqa: E402  (the same matching rules)

ROOT = Path(__file__).resolve().parent.parent
SECOND = "events.second.jsonl"


def read_events(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def as_predictions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A person's list as what they would report: every event not negated."""
    return [e for e in events if e.get("status") != "negated"]


def system_events(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The system's reported events per document id (the text form of each document)."""
    from doingoai import export
    from doingoai.pipeline import extract_file

    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")):
        doc = extract_file(path)
        out[path.name.split("_")[0]] = [export.event_dict(doc, ev) for ev in export.reported_events(doc)]
    return out


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, name: str, result: dict[str, Any]) -> None:
        c = self.counts.setdefault(name, [0, 0, 0])
        c[0] += result["tp"]
        c[1] += result["fp"]
        c[2] += result["fn"]

    def f1(self, name: str) -> float:
        tp, fp, fn = self.counts.get(name, [0, 0, 0])
        return events_quality.prf(tp, fp, fn)[2]

    def line(self, name: str) -> str:
        tp, fp, fn = self.counts.get(name, [0, 0, 0])
        p, r, f = events_quality.prf(tp, fp, fn)
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})"


def score_set(folder: Path, pooled: Tally) -> Tally:
    gold_a = read_events(folder / "gold" / "events.probe.jsonl")
    gold_b = read_events(folder / "gold" / SECOND)
    found = system_events(folder)
    tally = Tally()
    for doc in sorted({e["doc"] for e in gold_a} | {e["doc"] for e in gold_b} | set(found)):
        a = [e for e in gold_a if e["doc"] == doc]
        b = [e for e in gold_b if e["doc"] == doc]
        system = found.get(doc, [])
        for name, gold, pred in (
            ("B vs A", a, as_predictions(b)),
            ("A vs B", b, as_predictions(a)),
            ("system vs A", a, system),
            ("system vs B", b, system),
        ):
            result = events_quality.score(gold, pred)
            tally.add(name, result)
            pooled.add(name, result)
    return tally


def report(label: str, tally: Tally) -> None:
    agreement = (tally.f1("B vs A") + tally.f1("A vs B")) / 2
    print(f"{label}")
    for name in ("B vs A", "A vs B", "system vs A", "system vs B"):
        print(f"  {name:<12} {tally.line(name)}")
    print(f"  people agree F1 {agreement:.3f}; system F1 {tally.f1('system vs A'):.3f} (A's gold)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    args = ap.parse_args(argv)
    dirs = args.dirs or sorted(
        p.parent.parent for p in (ROOT / "tests" / "data").glob(f"heldout*/gold/{SECOND}")
    )
    if not dirs:
        print("no set has a second annotation (gold/events.second.jsonl)", file=sys.stderr)
        return 1
    pooled = Tally()
    for folder in dirs:
        report(folder.name, score_set(folder, pooled))
    if len(dirs) > 1:
        report(f"pooled over {len(dirs)} sets", pooled)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
