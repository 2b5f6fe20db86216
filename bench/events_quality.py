"""Event F1 against ../shared/gold/events.seeds.jsonl.

    .venv/bin/python bench/events_quality.py [--gold PATH] [--seeds DIR] [--verbose]

Matching (SCHEMA.md): kind equal; actors overlap and recipients overlap (one set of parties for the
symmetric kinds agreement.sign, relations.establish, relations.upgrade); a gold list left empty
constrains nothing; the years the two dates cover overlap where the gold has a date. Gold events
marked "optional" count neither as misses nor, when matched, as false positives. Matching is
one-to-one (each gold event and each prediction used once) and as large as possible, required
events first (see :func:`score`). Every extracted
event the product reports counts (`doingoai extract --json` "events": negated statements are listed
apart, under "negated", and are not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _years(value: str) -> tuple[int, int] | None:
    if not value:
        return None
    parts = value.split("/")
    try:
        a, b = int(parts[0][:4]), int(parts[-1][:4])
    except ValueError:
        return None
    return min(a, b), max(a, b)


def _overlap(gold: Iterable[str], pred: Iterable[str]) -> bool:
    gold, pred = set(gold), set(pred)
    return not gold or bool(gold & pred)


def matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold["kind"] != pred["kind"]:
        return False
    if gold["kind"] in ("agreement.sign", "relations.establish", "relations.upgrade"):
        if not _overlap(
            set(gold["actors"]) | set(gold["recipients"]), set(pred["actors"]) | set(pred["recipients"])
        ):
            return False
    elif not (_overlap(gold["actors"], pred["actors"]) and _overlap(gold["recipients"], pred["recipients"])):
        return False
    gy, py = _years(gold.get("date", "")), _years(pred.get("date", ""))
    return gy is None or (py is not None and gy[0] <= py[1] and py[0] <= gy[1])


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """P/R/F1 for one document's events (dicts with kind, actors, recipients, date).

    One-to-one matching as large as possible (augmenting paths, Kuhn's algorithm): required gold
    events are matched first, optional ones then only add matches (an augmenting path never unmatches a
    gold event), so the counts do not depend on the order events are listed in."""
    edges = {k: [i for i, p in enumerate(pred) if matches(gold[k], p)] for k in range(len(gold))}
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(k: int, seen: set[int], allowed: dict[int, list[int]]) -> bool:
        for i in allowed[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen, allowed):
                owner[i] = k
                return True
        return False

    # Pairs that also agree on status and date first, so the agreement figures read the right pairs (two
    # cooperations of the same parties, one planned and one ongoing, are not crossed); the F1 counts only how
    # many are matched, which the later passes make as large as possible.
    agreeing = {k: [i for i in ks if _agrees(gold[k], pred[i])] for k, ks in edges.items()}
    required = [k for k in range(len(gold)) if not gold[k].get("optional")]
    optional = [k for k in range(len(gold)) if gold[k].get("optional")]
    for group in (required, optional):
        for allowed in (agreeing, edges):
            matched_now = set(owner.values())
            for k in group:
                if k not in matched_now:
                    augment(k, set(), allowed)
                    matched_now = set(owner.values())
    matched = set(owner.values())
    used = set(owner)
    misses = [gold[k] for k in range(len(gold)) if k not in matched and not gold[k].get("optional")]
    matched_optional = sum(1 for k in matched if gold[k].get("optional"))
    tp = len(matched) - matched_optional
    fps = [p for i, p in enumerate(pred) if i not in used]
    pairs = [(gold[k], pred[i]) for i, k in owner.items() if not gold[k].get("optional")]
    return {
        "agreement": agreement(pairs),
        "disagreements": [
            (g, p)
            for g, p in pairs
            if (g.get("status") and g["status"] != p.get("status"))
            or (g.get("date") and g["date"] != p.get("date"))
        ],
        "tp": tp,
        "fp": len(fps),
        "fn": len(misses),
        "misses": misses,
        "false_positives": fps,
        "optional_matched": matched_optional,
    }


def _agrees(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return (not g.get("status") or g["status"] == p.get("status")) and (
        not g.get("date") or g["date"] == (p.get("date") or "")
    )


def agreement(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, int]:
    """On matched (gold, predicted) events, how often the status agrees and the date agrees at the gold's
    own precision ("1977-07-18" must be the day, "1977" the year). The F1 matching reads neither."""
    status = [(g["status"], p.get("status", "")) for g, p in pairs if g.get("status")]
    dates = [(g["date"], p.get("date") or "") for g, p in pairs if g.get("date")]
    return {
        "status_ok": sum(g == p for g, p in status),
        "status_n": len(status),
        "date_ok": sum(g == p for g, p in dates),
        "date_n": len(dates),
    }


def add_agreement(total: dict[str, int], part: dict[str, int]) -> dict[str, int]:
    return {k: total.get(k, 0) + v for k, v in part.items()}


def agreement_line(a: dict[str, int]) -> str:
    def share(ok: int, n: int) -> str:
        return f"{ok}/{n} ({ok / n:.2f})" if n else "0/0"

    return (
        f"matched events: status agrees {share(a['status_ok'], a['status_n'])}, "
        f"exact date {share(a['date_ok'], a['date_n'])}"
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def extract_events(path: Path) -> list[dict[str, Any]]:
    from doingoai import export
    from doingoai.pipeline import extract_file

    doc = extract_file(path)
    return [export.event_dict(doc, ev) for ev in export.reported_events(doc)]


def evaluate(gold_path: Path, seeds: Path) -> dict[str, Any]:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_doc: dict[str, Any] = {}
    for doc_id in sorted({g["doc"] for g in gold}):
        files = sorted(seeds.glob(f"{doc_id}_*"))
        if not files:
            raise FileNotFoundError(f"no seed file for doc {doc_id} in {seeds}")
        pred = extract_events(files[0])
        per_doc[doc_id] = score([g for g in gold if g["doc"] == doc_id], pred)
    tp = sum(d["tp"] for d in per_doc.values())
    fp = sum(d["fp"] for d in per_doc.values())
    fn = sum(d["fn"] for d in per_doc.values())
    p, r, f = prf(tp, fp, fn)
    agree: dict[str, int] = {}
    for d in per_doc.values():
        agree = add_agreement(agree, d["agreement"])
    return {
        "docs": per_doc,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
        "agreement": agree,
    }


def _brief(e: dict[str, Any]) -> str:
    who = ",".join(e["actors"]) + (" -> " + ",".join(e["recipients"]) if e["recipients"] else "")
    ev = e.get("evidence")
    text = ev["text"] if isinstance(ev, dict) else (ev[0] if ev else "")
    status = e.get("status", "")
    return f"{e['kind']:<20} {who:<32} {e.get('date') or '?':<10} {status:<9} {text[:90]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "events.seeds.jsonl")
    ap.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    res = evaluate(args.gold, args.seeds)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    for doc_id, d in res["docs"].items():
        p, r, f = prf(d["tp"], d["fp"], d["fn"])
        print(
            f"doc {doc_id}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {d['tp']}, fp {d['fp']}, fn {d['fn']}, "
            f"optional matched {d['optional_matched']})"
        )
        for g in d["misses"]:
            print("  miss  " + _brief(g))
        for e in d["false_positives"]:
            print("  fp    " + _brief(e))
    print(
        f"overall: P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}  "
        f"(tp {res['tp']}, fp {res['fp']}, fn {res['fn']})"
    )
    print("  " + agreement_line(res["agreement"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
