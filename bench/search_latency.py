"""Search latency on a generated corpus of 1M Vietnamese sentences, on one core.

    .venv/bin/python bench/search_latency.py [--sentences 1000000] [--queries 220] [--keep DB]

The vocabulary is the real syllables of the bundled samples and XQuAD's Vietnamese paragraphs,
drawn Zipf-like (p ~ 1/rank); sentences of 6-24 syllables, 5 to a paragraph, 1,000 sentences to a
document. The documents go through ``kb.add_document`` into a temp SQLite knowledge base (build
time reported), then 220 queries (2-4 syllables taken from random sentences; a third typed
without accents, a tenth as "phrases", a tenth with a filter) are timed one by one after one
warm-up query that loads the index. The process is pinned to one CPU and numpy to one thread.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from _corpus import xquad_paragraphs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
XQUAD = ROOT.parent / "shared" / "data" / "xquad" / "xquad.vi.json"
_SYL = re.compile(r"[^\W\d_]+")


def vocabulary() -> list[str]:
    """Real syllables (lower-cased), most frequent first."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    if XQUAD.exists():
        texts += xquad_paragraphs(XQUAD)
    counts = Counter(w.lower() for t in texts for w in _SYL.findall(t))
    return [w for w, _ in counts.most_common()]


def documents(n_sentences: int, vocab: list[str], seed: int = 7, per_doc: int = 1000):
    """Yield Documents of generated sentences (Zipf-like draws from ``vocab``)."""
    from doingoai.model import Block, BlockType, Document, Sentence

    rng = np.random.default_rng(seed)
    p = 1.0 / np.arange(1, len(vocab) + 1)
    p /= p.sum()
    words = np.array(vocab, dtype=object)
    made = 0
    d = 0
    while made < n_sentences:
        n = min(per_doc, n_sentences - made)
        lengths = rng.integers(6, 25, size=n)
        draws = words[rng.choice(len(vocab), size=int(lengths.sum()), p=p)]
        sents, pos = [], 0
        for k in lengths.tolist():
            s = " ".join(draws[pos : pos + k])
            sents.append(s[0].upper() + s[1:] + ".")
            pos += k
        doc = Document(name=f"gen-{d:05d}.txt", meta={"date": str(1960 + d % 60)})
        parts, off = [], 0
        for b in range(0, n, 5):
            para = " ".join(sents[b : b + 5])
            doc.blocks.append(Block(BlockType.PARAGRAPH, off, off + len(para)))
            s_off = off
            for s in sents[b : b + 5]:
                doc.sentences.append(Sentence(s_off, s_off + len(s), len(doc.blocks) - 1))
                s_off += len(s) + 1
            parts.append(para)
            off += len(para) + 2
        doc.text = doc.raw = "\n\n".join(parts)
        yield doc
        made += n
        d += 1


def queries(db_docs: list, n: int, seed: int = 11) -> list[tuple[str, dict]]:
    from doingoai.search.tokenize import fold

    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        doc = db_docs[int(rng.integers(len(db_docs)))]
        s = doc.sentences[int(rng.integers(len(doc.sentences)))]
        words = doc.text[s.start : s.end].rstrip(".").split()
        k = int(rng.integers(2, 5))
        a = int(rng.integers(0, max(1, len(words) - k)))
        q = " ".join(words[a : a + k])
        kw: dict = {}
        if i % 3 == 1:
            q = fold(q)
        if i % 10 == 4:
            q = f'"{q}"'
        if i % 10 == 7:
            kw = {"since": 1980, "until": 1999}
        out.append((q, kw))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=220)
    ap.add_argument("--keep", type=Path, default=None, help="build into (or reuse) this SQLite file")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from doingoai.search.index import load_index
    from doingoai.store.kb import KnowledgeBase

    vocab = vocabulary()
    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "latency.sqlite"
    fresh = not path.exists()
    kb = KnowledgeBase.open(path)
    sample_docs = []
    t0 = time.perf_counter()
    if fresh:
        for doc in documents(args.sentences, vocab):
            kb.add_document(doc)
            if len(sample_docs) < 50:
                sample_docs.append(doc)
        t_build = time.perf_counter() - t0
    else:
        sample_docs = list(documents(min(args.sentences, 50_000), vocab))
        t_build = float("nan")
    n_sent = int(kb.db.scalar("SELECT SUM(n_sentences) FROM search_docs"))
    t0 = time.perf_counter()
    index = load_index(kb.db)
    t_load = time.perf_counter() - t0
    qs = queries(sample_docs, args.queries)
    kb.search("khởi động")  # warm-up
    times, cpu, found = [], [], 0
    for q, kw in qs:
        t0, c0 = time.perf_counter(), time.process_time()
        hits = kb.search(q, limit=10, **kw)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        found += bool(hits)
    ms, cms = np.array(times), np.array(cpu)
    n_post = len(index.sentences.rows) + len(index.passages.rows)
    print(
        f"corpus: {n_sent:,} sentences, {len(index.p_doc):,} passages, {len(index.doc_ids):,} documents, "
        f"vocabulary {len(vocab):,} syllables, {n_post / 1e6:.1f}M postings"
    )
    print(
        f"build (kb.add_document, incl. store tables): {t_build:.1f} s; index load from the DB: {t_load:.1f} s"
    )
    print(
        f"{len(qs)} queries on one core: p50 {np.percentile(ms, 50):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms, "
        f"max {ms.max():.1f} ms; {found} with hits   (target p95 < 50 ms)"
    )
    print(
        f"  CPU time per query (what the core spent, without waits for other processes): "
        f"p50 {np.percentile(cms, 50):.1f} ms, p95 {np.percentile(cms, 95):.1f} ms"
    )
    kb.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
