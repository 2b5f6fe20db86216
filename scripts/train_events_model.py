"""Train the events model of :mod:`doingoai.extract.events_learned` on held-out sets' gold.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_events_model.py [--out src/doingoai/data/events_model.json] [--upto N] [DIR ...]

Each DIR is a held-out set (files ``<id>_*.txt|.html`` and ``gold/events.probe.jsonl``); without DIRs, every set
under tests/data but those listed in tests/data/held_back.txt (the validation and blind groups, kept unseen by
the model so that they measure it), and with ``--upto N`` none after heldoutN. The shipped model is
session 21's, trained on every set not held back (heldout2–281 and 302–303): on that session's validation group,
heldout282–300 even, 0.703 against 0.698 for session 15's (trained on heldout2–149 and 170–171), which sessions
15–20 shipped (docs/decisions.md, "Session 21: the figures"). Each document is read by the pipeline (the rules alone); each gold event's first evidence
sentence gives a kind to that sentence and a role (actor, recipient, neither) to each party named in it. The three
models are L1-regularised logistic regressions (scikit-learn's liblinear): few weights, the same on every run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from bisect import bisect_left
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THRESHOLD = 0.5
KINDS_C = 1.0  # regularisation (inverse strength) of the kinds model
ROLES_C = 0.5  # and of the two role models (measured: docs/decisions.md "Session 13")
# the kinds the model adds events of: the others added were right too seldom (under a third) on sets it was not
# trained on (membership.join 5 of 35, agreement.ratify 4 of 15, consult 1 of 11, conflict 2 of 7, protest 0 of
# 3, chair 2 of 6: docs/decisions.md "Session 13")
READ = (
    "agreement.sign",
    "visit",
    "cooperate",
    "aid",
    "support",
    "sanction",
    "host",
    "relations.establish",
    "relations.upgrade",
    "membership.leave",
)


DATA = ROOT / "tests" / "data"
HELD_BACK = DATA / "held_back.txt"  # sets never trained on: the validation and blind groups of a session


def held_back() -> set[str]:
    """The set names listed in tests/data/held_back.txt (one per line; "#" starts a comment)."""
    lines = HELD_BACK.read_text(encoding="utf-8").splitlines() if HELD_BACK.exists() else []
    return {x.split("#", 1)[0].strip() for x in lines} - {""}


def set_dirs(upto: int | None = None) -> list[Path]:
    """Every held-out set under tests/data (probe, heldout, heldoutN; N <= ``upto`` if given) not held back."""
    keep = held_back()
    out = []
    for d in sorted(DATA.iterdir(), key=lambda p: (len(p.name), p.name)):
        number = d.name.removeprefix("heldout")
        if d.name in keep or not (d / "gold" / "events.probe.jsonl").exists():
            continue
        if upto is not None and number.isdigit() and int(number) > upto:
            continue
        out.append(d)
    return out


def examples(set_dir: Path) -> list[dict[str, Any]]:
    """One row per sentence of the set's text documents: tokens, whether the text names Vietnam, and the gold
    events whose first evidence sentence it is."""
    from doingoai.extract.events_context import Context
    from doingoai.extract.events_learned import sentence_tokens
    from doingoai.extract.events_unstated import names_vietnam
    from doingoai.pipeline import extract_file

    gold = [
        json.loads(x)
        for x in (set_dir / "gold" / "events.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    rows = []
    for path in sorted(p for p in set_dir.iterdir() if p.suffix in (".txt", ".html")):
        doc_id = path.name.split("_", 1)[0]
        if not (set_dir / "gold" / f"structure.{doc_id}.json").exists():
            continue
        doc = extract_file(path)
        ctx = Context(doc)
        low = doc.text.lower()
        starts = [s.start for s in doc.sentences]
        mention_starts = [m.start for m in doc.mentions]
        by_sentence: dict[int, list[dict[str, Any]]] = {}
        for g in gold:
            if g["doc"] != doc_id:
                continue
            at = _find(doc.text, g.get("evidence", []))
            if at is not None:
                k = bisect_left(starts, at + 1) - 1
                if k >= 0 and at < doc.sentences[k].end:
                    by_sentence.setdefault(k, []).append(g)
        writer = names_vietnam(doc, ctx)
        for k, s in enumerate(doc.sentences):
            lo, hi = bisect_left(mention_starts, s.start), bisect_left(mention_starts, s.end)
            tokens = sentence_tokens(low, s.start, s.end, doc.mentions[lo:hi], ctx.dates_in(s.start, s.end))
            rows.append(
                {"set": set_dir.name, "tokens": tokens, "writer": writer, "gold": by_sentence.get(k, [])}
            )
    return rows


def _find(text: str, evidence: list[str]) -> int | None:
    """Where the first evidence string that can be found starts (whitespace may differ)."""
    for ev in evidence:
        at = text.find(ev)
        if at < 0:
            m = re.search(r"\s+".join(map(re.escape, ev.split())), text)
            at = m.start() if m else -1
        if at >= 0:
            return at
    return None


def _fit(rows: list[list[str]], labels: list[list[str]] | list[str], c: float):
    """A one-vs-rest L1 logistic regression over binary features; (classes, bias, weights) as LinearModel."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import LabelBinarizer, MultiLabelBinarizer

    from doingoai.extract.events_learned import LinearModel

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r, 1) for r in rows])
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # (liblinear's index type)
    multi = bool(labels) and isinstance(labels[0], list)
    binarizer = MultiLabelBinarizer() if multi else LabelBinarizer()
    y = binarizer.fit_transform(labels)
    classes = [str(c) for c in binarizer.classes_]
    model = OneVsRestClassifier(LogisticRegression(C=c, l1_ratio=1.0, solver="liblinear", random_state=0))
    model.fit(x, y)
    names = vec.get_feature_names_out()
    weights: dict[str, list[tuple[int, float]]] = {}
    bias = []
    for k, est in enumerate(model.estimators_):
        bias.append(float(est.intercept_[0]))
        for j in np.flatnonzero(np.abs(est.coef_[0]) > 1e-6):
            weights.setdefault(str(names[j]), []).append((k, float(est.coef_[0][j])))
    return LinearModel(tuple(classes), tuple(bias), {f: tuple(p) for f, p in weights.items()})


def train(dirs: list[Path]):
    from doingoai.extract.events_learned import (
        MODEL_ENV,
        EventsModel,
        role_features,
        sentence_features,
        trigger_index,
        vietnam_features,
    )

    before = os.environ.get(MODEL_ENV)
    os.environ[MODEL_ENV] = "none"  # the documents are read by the rules alone (no model yet to read them)
    try:
        rows = [r for d in dirs for r in examples(d)]
    finally:
        if before is None:
            del os.environ[MODEL_ENV]
        else:
            os.environ[MODEL_ENV] = before
    kinds = _fit(
        [sentence_features(r["tokens"].words) for r in rows],
        [sorted({g["kind"] for g in r["gold"]}) for r in rows],
        KINDS_C,
    )
    role_x, role_y, vn_x, vn_y = [], [], [], []
    for r in rows:
        tokens = r["tokens"]
        named = {p.code for p in tokens.parties}
        for g in r["gold"]:
            trigger = trigger_index(kinds, g["kind"], tokens.words) if g["kind"] in kinds.classes else None
            seen: set[str] = set()
            for j, p in enumerate(tokens.parties):
                if p.code in seen:
                    continue
                seen.add(p.code)
                role_x.append(role_features(g["kind"], tokens, trigger, j, r["writer"]))
                role_y.append("A" if p.code in g["actors"] else "R" if p.code in g["recipients"] else "N")
            vn_x.append(vietnam_features(g["kind"], tokens, r["writer"]))
            unstated = "VNM" not in named
            vn_y.append(
                "A"
                if unstated and "VNM" in g["actors"]
                else "R"
                if unstated and "VNM" in g["recipients"]
                else "N"
            )
    roles = _fit(role_x, role_y, ROLES_C)
    vietnam = _fit(vn_x, vn_y, ROLES_C)
    return EventsModel(kinds, roles, vietnam, THRESHOLD, frozenset(READ), tuple(d.name for d in dirs)), len(
        rows
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "doingoai" / "data" / "events_model.json")
    ap.add_argument(
        "--upto", type=int, help="train on heldoutN up to this N only (a model for scoring later sets)"
    )
    args = ap.parse_args(argv)
    dirs = args.dirs or set_dirs(args.upto)
    model, n = train(dirs)
    args.out.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    sizes = {name: len(getattr(model, name).weights) for name in ("kinds", "roles", "vietnam")}
    print(f"{len(dirs)} sets, {n} sentences -> {args.out} (features: {sizes})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
