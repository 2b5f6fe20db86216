"""Train the learned event detector and write src/doingoai/data/event_model.json (docs/decisions.md, "Learned
detector").

    .venv/bin/python scripts/train_event_model.py [--sets tests/data/training_sets.txt] [--out PATH] [--check]

Reads the annotated sets listed in tests/data/training_sets.txt (never heldout31 and after: those are unseen
measurements), runs the real pipeline on their documents, labels each sentence naming a party with the kinds of
the gold events whose evidence lies in it, and fits the kind and role models (numpy only; deterministic: the same
sets give the same bytes). --check compares with the file instead of writing it (exit 1 when they differ).
Figures of the settings chosen: bench/event_model_cv.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from doingoai.extract import event_model_train as T

ROOT = Path(__file__).resolve().parent.parent


def build(sets: Path) -> str:
    dirs = T.read_sets(sets)
    for d in dirs:
        digits = d.name[len("heldout") :] if d.name.startswith("heldout") else ""
        if digits.isdigit() and int(digits) > 30:
            raise SystemExit(f"{d.name} is an unseen set: it must not be used for training")
    items = T.prepare(dirs)
    T.extract(items, None)
    for it in items:
        it.doc.events = []
    return T.dumps(T.fit(items))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=Path, default=ROOT / "tests" / "data" / "training_sets.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "doingoai" / "data" / "event_model.json")
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args(argv)
    text = build(args.sets)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
