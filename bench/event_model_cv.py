"""Leave-one-set-out cross-validation of the learned event detector (docs/decisions.md, "Learned detector").

    .venv/bin/python bench/event_model_cv.py [--sets tests/data/training_sets.txt] [--thresholds 0.5,0.7,0.9]
        [--offtopic] [-v]

For each set listed (never heldout31+), the model is trained on all the other sets, and the set is extracted
with the rules alone and with the rules + that model, in the same run; both are scored with
bench/events_quality.py's matching (as bench/probe_generalisation.py does). Prints per set and pooled P/R/F1 of
both arms for every threshold tried (the probability a kind's score must pass), and with --offtopic the events
found in XQuAD's 240 Vietnamese paragraphs on other subjects (bench/offtopic_events.py) by the rules alone and by
the rules + the model trained on every set (at each threshold).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_quality  # noqa: E402  (the issue's matcher)

from doingoai import export  # noqa: E402
from doingoai.extract import event_model as M  # noqa: E402
from doingoai.extract import event_model_train as T  # noqa: E402


def score_items(items: list[T.Item]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per set, from the events now on each item's document."""
    out: dict[str, tuple[int, int, int]] = {}
    for it in items:
        pred = [export.event_dict(it.doc, ev) for ev in export.reported_events(it.doc)]
        s = events_quality.score(it.gold, pred)
        tp, fp, fn = out.get(it.set_name, (0, 0, 0))
        out[it.set_name] = (tp + s["tp"], fp + s["fp"], fn + s["fn"])
    return out


def fmt(c: tuple[int, int, int]) -> str:
    p, r, f = events_quality.prf(*c)
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {c[0]:>3} fp {c[1]:>3} fn {c[2]:>3})"


def pooled(per: dict[str, tuple[int, int, int]]) -> tuple[int, int, int]:
    return tuple(sum(c[i] for c in per.values()) for i in range(3))  # type: ignore[return-value]


def offtopic(model: M.EventModel | None, paras: list[str]) -> tuple[int, int]:
    from doingoai.pipeline import extract_text

    n = own = 0
    with M.use(model):
        for i, text in enumerate(paras):
            doc = extract_text(text, f"xquad-{i}.txt")
            for e in export.reported_events(doc):
                n += 1
                own += bool({"VNM", "CPV"} & {*e.actors, *e.recipients})
    return n, own


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=Path, default=ROOT / "tests" / "data" / "training_sets.txt")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument(
        "--offtopic", action="store_true", help="also count events on XQuAD's off-topic paragraphs"
    )
    ap.add_argument("-v", action="store_true", help="list the events the model added (at the last threshold)")
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    t0 = time.time()
    sets = T.read_sets(args.sets)
    if any(p.name.startswith("heldout") and p.name[7:].isdigit() and int(p.name[7:]) > 30 for p in sets):
        raise SystemExit("heldout31 and after are unseen sets: they must not be listed for training")
    items = T.prepare(sets)
    T.extract(items, None)
    rules = score_items(items)
    alone = {id(it): _keys(it) for it in items}
    names = list(dict.fromkeys(it.set_name for it in items))
    model_arm: dict[float, dict[str, tuple[int, int, int]]] = {t: {} for t in thresholds}
    for name in names:
        test = [it for it in items if it.set_name == name]
        data = T.fit([it for it in items if it.set_name != name])
        for t in thresholds:
            T.extract(test, M.EventModel(T.with_threshold(data, t)))
            model_arm[t].update(score_items(test))
            if args.v and t == thresholds[-1]:
                _list_model_events(test, alone)
    for it in items:
        it.doc.events = []
    print(f"leave-one-set-out over {len(names)} sets, {len(items)} documents ({time.time() - t0:.0f} s)")
    best = max(thresholds, key=lambda t: events_quality.prf(*pooled(model_arm[t]))[2])
    print(f"per set (rules alone | rules + model at threshold {best}):")
    for name in names:
        print(f"  {name:<10} {fmt(rules[name])} | {fmt(model_arm[best][name])}")
    print(f"pooled rules alone          {fmt(pooled(rules))}")
    for t in thresholds:
        print(f"pooled rules + model p>{t:<4} {fmt(pooled(model_arm[t]))}")
    if args.offtopic:
        from _corpus import xquad_paragraphs

        paras = xquad_paragraphs(ROOT.parent / "shared" / "data" / "xquad" / "xquad.vi.json")
        n, own = offtopic(None, paras)
        print(f"off-topic (XQuAD vi, {len(paras)} paragraphs): rules alone {n} events, {own} with Vietnam")
        full = T.fit(items)
        for t in thresholds:
            n, own = offtopic(M.EventModel(T.with_threshold(full, t)), paras)
            print(f"  rules + model p>{t}: {n} events, {own} with Vietnam")
    return 0


def _keys(it: T.Item) -> set[str]:
    return {repr(export.event_dict(it.doc, ev)) for ev in export.reported_events(it.doc)}


def _list_model_events(test: list[T.Item], alone: dict[int, set[str]]) -> None:
    """The events the model added (not in the rules-alone run), each marked as matched or a false positive."""
    for it in test:
        pred = [export.event_dict(it.doc, ev) for ev in export.reported_events(it.doc)]
        fps = {repr(p) for p in events_quality.score(it.gold, pred)["false_positives"]}
        for p in pred:
            if repr(p) not in alone[id(it)]:
                mark = "fp" if repr(p) in fps else "ok"
                print(f"    {it.set_name}/{it.gid} {mark} " + events_quality._brief(p))


if __name__ == "__main__":
    sys.exit(main())
