"""Gold questions on the seeds: ingest ../shared/seeds into a temp knowledge base, ask each question
of ../shared/gold/questions.seeds.jsonl, count those whose expected answer is in the answer or its
evidence sentence (issue 4: at least 11 of 12).

    .venv/bin/python bench/questions_quality.py [--shared ../shared] [--dense]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

import doingoai

ROOT = Path(__file__).resolve().parent.parent


_MONTHS = "January February March April May June July August September October November December".split()
_EN_DATE = re.compile(rf"\b(?:(\d{{1,2}}) )?({'|'.join(_MONTHS)}) (\d{{4}})\b")


def day_first(answer: str) -> str:
    """An English answer's dates as the gold writes dates, day first ("11 January 2007" -> "11/1/2007",
    "July 2012" -> "7/2012"): a date is right by its value, whichever language prints it."""
    return _EN_DATE.sub(
        lambda m: f"{m[1] + '/' if m[1] else ''}{_MONTHS.index(m[2]) + 1}/{m[3]}",
        answer,
    )


def answered(gold: dict, ans: dict) -> bool:
    said = ans["answer"] or ""
    blob = said + " " + day_first(said) + " " + ((ans["evidence"] or {}).get("text") or "")
    hits = [a in blob for a in gold["answers"]]
    return all(hits) if gold.get("all") else any(hits)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dense", action="store_true")
    args = ap.parse_args()
    questions = [
        json.loads(x)
        for x in (args.shared / "gold" / "questions.seeds.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp, doingoai.open(Path(tmp) / "seeds.sqlite") as kb:
        kb.ingest([args.shared / "seeds"])
        right = 0
        for g in questions:
            ans = kb.ask(g["q"], dense=args.dense).to_dict()
            ok = answered(g, ans)
            right += ok
            print(f"{'ok  ' if ok else 'MISS'} [{ans['via']:<8}] {g['q']}  ->  {ans['answer']!s:.70}")
    print(f"gold questions answered: {right}/{len(questions)} (target >= 11)")


if __name__ == "__main__":
    main()
