"""Why gold events are missed: each required gold event no prediction matches, put in one class.

    .venv/bin/python bench/event_misses.py --probe tests/data/heldout13 [--probe DIR ...] [-v] [--why]

Classes, tried in this order on the sentence(s) holding the gold evidence:

* ``no sentence``   the evidence is not found in the extracted text (structure or cleaning changed it);
* ``negated``       the product lists the statement among negated statements (same kind, same sentence);
* ``taken``         a prediction that fits is there but is matched to another gold event (two told as one);
* ``undated``       an event of the kind with overlapping parties is there, with no date;
* ``wrong year``    an event of the kind with overlapping parties is there, dated in another year;
* ``wrong parties`` an event of the kind is there, with other actors/recipients;
* ``other kind``    an event of another kind is there, with overlapping parties;
* ``no event``      a trigger word of the kind is in the sentence, but no event came out of it;
* ``no trigger``    the trigger lexicon has no word of the kind in the sentence (vocabulary).

The first two classes are the pipeline's, the next three the events stage's roles/dates/kinds, the last two
its coverage. Matching is bench/events_quality.py's (one-to-one, required events first), so the misses are
the ones it reports.

``--why``: for each ``no event`` miss, the events stage is re-run on its document with tracing (bench/_why.py) and
every trigger of the gold's kind in the evidence sentence is told with the step that ended it and that step's
reason (a placement filter of find_events, a step of draft_event returning None, a draft of another kind, dropped
or merged after drafting, a negated statement); a table then counts the misses per step (the furthest any of
its triggers got) and per reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import _why
import events_quality
from probe_generalisation import gold_id

from doingoai import export
from doingoai.extract.triggers import scan
from doingoai.pipeline import extract_file

CLASSES = (
    "no sentence",
    "negated",
    "taken",
    "undated",
    "wrong year",
    "wrong parties",
    "other kind",
    "no event",
    "no trigger",
)


def _evidence_texts(gold: dict[str, Any]) -> list[str]:
    ev = gold.get("evidence")
    return [ev] if isinstance(ev, str) else list(ev or [])


def _sentences_holding(doc, texts: list[str]) -> list[tuple[int, int]]:
    spans = []
    for t in texts:
        at = doc.text.find(t)
        if at < 0:
            continue
        for s in doc.sentences:
            if s.start <= at < s.end or at <= s.start < at + len(t):
                spans.append((s.start, s.end))
    return spans


def _in(spans: list[tuple[int, int]], event: dict[str, Any]) -> bool:
    evs = event.get("evidence_all") or [event.get("evidence")]
    return any(s <= e["start"] < t for e in evs if e for s, t in spans)


def _parties_overlap(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    g = set(gold["actors"]) | set(gold["recipients"])
    p = set(pred["actors"]) | set(pred["recipients"])
    return not g or bool(g & p)


def classify(doc, gold: dict[str, Any], preds: list[dict[str, Any]], negated: list[dict[str, Any]]) -> str:
    spans = _sentences_holding(doc, _evidence_texts(gold))
    if not spans:
        return "no sentence"
    here = [p for p in preds if _in(spans, p)]
    if any(n["kind"] == gold["kind"] and _in(spans, n) for n in negated):
        return "negated"
    same_kind = [p for p in here if p["kind"] == gold["kind"]]
    if any(events_quality.matches(gold, p) for p in same_kind):
        return "taken"  # a prediction that fits, matched to another gold event (two acts merged into one)
    undated = [p for p in same_kind if events_quality.matches(dict(gold, date=""), p)]
    if undated:
        return "undated" if all(not p.get("date") for p in undated) else "wrong year"
    if same_kind:
        return "wrong parties"
    if any(_parties_overlap(gold, p) for p in here):
        return "other kind"
    for s, t in spans:
        if any(
            h.trigger.kind is not None and h.trigger.kind.value == gold["kind"] for h in scan(doc.text[s:t])
        ):
            return "no event"
    return "no trigger"


def run(probes: list[Path], verbose: bool, why: dict[str, Counter] | None = None) -> Counter:
    """The misses per class; with ``why`` (``{"step": Counter(), "reason": Counter()}``) each ``no event`` miss
    is traced and printed, and counted there per step and per (step, place, reason)."""
    counts: Counter = Counter()
    for probe in probes:
        gold_all = [
            json.loads(x)
            for x in (probe / "gold" / "events.probe.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        for path in sorted(p for p in probe.iterdir() if p.suffix in (".txt", ".html")):
            gid = gold_id(path)
            gold = [g for g in gold_all if g["doc"] == gid]
            if not gold:
                continue
            doc = extract_file(path)
            preds = [export.event_dict(doc, ev) for ev in export.reported_events(doc)]
            negated = [export.event_dict(doc, ev) for ev in export.negated_statements(doc)]
            traced = None
            for g in events_quality.score(gold, preds)["misses"]:
                cls = classify(doc, g, preds, negated)
                counts[cls] += 1
                if verbose or why is not None and cls == "no event":
                    print(f"  {cls:<13} {probe.name}/{path.name}: " + events_quality._brief(g))
                if why is not None and cls == "no event":
                    if traced is None:
                        traced = _why.trace(_why.prepared(path), expected=doc.events)
                        if not traced.reproduced:
                            print("      (!) the traced run's events differ from the product's")
                    _explain(traced, g, _sentences_holding(traced.doc, _evidence_texts(g)), why)
    return counts


def _explain(traced, gold: dict[str, Any], spans: list[tuple[int, int]], why: dict[str, Counter]) -> None:
    fates = _why.fates(traced, gold["kind"], spans)
    for f in fates:
        at = f" [{f.where}]" if f.where else ""
        state = f" {{{f.state}}}" if f.state else ""
        print(f"      {f.word!r} ({f.trigger}) -> {f.step}{at}: {f.reason[:150]}{state}")
    top = _why.furthest(fates)
    step = top.step if top is not None else "untraced"
    why["step"][step] += 1
    why["reason"][(step, top.where if top else "", (top.reason if top else "")[:100])] += 1


def _print_why(why: dict[str, Counter]) -> None:
    total = sum(why["step"].values())
    print(f"\n'no event' misses by the step that ended them (the furthest trigger of each): {total}")
    for step in _why.ORDER:
        if why["step"][step]:
            print(f"  {step:<22} {why['step'][step]:>3}  ({why['step'][step] / max(1, total):.0%})")
    print("by place and reason:")
    for (step, where, reason), n in why["reason"].most_common():
        print(f"  {n:>3}  {step:<20} {where:<24} {reason}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--probe", type=Path, action="append", required=True, help="a folder laid out as tests/data/probe"
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--why", action="store_true", help="trace each 'no event' miss: the step that ended it")
    args = ap.parse_args(argv)
    why: dict[str, Counter] | None = {"step": Counter(), "reason": Counter()} if args.why else None
    counts = run(args.probe, args.verbose, why)
    total = sum(counts.values())
    print(f"missed required events: {total}")
    for cls in CLASSES:
        print(f"  {cls:<13} {counts[cls]:>3}  ({counts[cls] / max(1, total):.0%})")
    if why is not None:
        _print_why(why)
    return 0


if __name__ == "__main__":
    sys.exit(main())
