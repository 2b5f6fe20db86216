"""Precision on text about other subjects: events extracted from XQuAD's Vietnamese paragraphs
(Wikipedia articles on the Super Bowl, Warsaw, the Mongol Empire, ...), few of which are about
Vietnam's foreign relations; events giving Vietnam a part are listed for review.

    .venv/bin/python bench/offtopic_events.py [--data ../shared/data/xquad] [-v]

Prints the number of paragraphs, events, and events with Vietnam (VNM/CPV) among their parties.
Most such events are false positives (an unstated subject read as Vietnam); a few are right
(the Mongol invasions of Đại Việt)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from _corpus import xquad_paragraphs

from doingoai.pipeline import extract_text

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "xquad"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("-v", action="store_true", help="print each event with Vietnam and its sentence")
    args = ap.parse_args()
    paras = xquad_paragraphs(args.data / "xquad.vi.json")
    kinds: Counter[str] = Counter()
    own = []
    for i, text in enumerate(paras):
        doc = extract_text(text, f"xquad-{i}.txt")
        for e in doc.events:
            kinds[e.kind.value] += 1
            if {"VNM", "CPV"} & {*e.actors, *e.recipients}:
                ev = e.evidence[0]
                own.append((e.kind.value, e.actors, e.recipients, doc.text[ev.start : ev.end]))
    print(
        f"xquad vi: {len(paras)} paragraphs, {sum(kinds.values())} events, {len(own)} with Vietnam as a party"
    )
    print("  by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if args.v:
        for kind, actors, recips, sentence in own:
            print(f"  {kind:<18} {','.join(actors)} -> {','.join(recips)}  {sentence[:140]}")


if __name__ == "__main__":
    main()
