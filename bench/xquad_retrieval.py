"""XQuAD retrieval: each paragraph a document, each question searched; top hit right?

    .venv/bin/python bench/xquad_retrieval.py [--data ../shared/data/xquad] [--no-dense] [--limit N]

Prints, in one run: doingoai (the product path: documents added with ``kb.add_document`` into a
temp SQLite knowledge base, ``kb.search``) beside bm25s over lower-cased syllables (of the same
sentences, and of whole paragraphs); Vietnamese questions, then the English questions (same ids) against the
Vietnamese paragraphs, BM25 alone and with the dense extra.

paragraph@1: the top hit is in the paragraph the question was written on.
sentence@1:  the top hit's sentence contains one of the answer texts.

The sentence re-ranking for questions (doingoai.search.rerank) was tuned on the even-numbered
questions (0, 2, 4, ... in file order); the run prints even / odd / all for it, and the same
system without it (``rerank=False``), and the kinds of miss of the even questions (wrong paragraph;
right paragraph with the answer in the next, previous or a farther sentence, sharing fewer, as many
or more question words than the chosen one).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "xquad"
_SYL = re.compile(r"[^\W_]+")


def load(data: Path, lang: str) -> tuple[list[str], list[dict]]:
    """Paragraph texts and questions ({id, q, para, answers})."""
    js = json.loads((data / f"xquad.{lang}.json").read_text(encoding="utf-8"))
    paras, qs = [], []
    for art in js["data"]:
        for p in art["paragraphs"]:
            for qa in p["qas"]:
                qs.append(
                    {
                        "id": qa["id"],
                        "q": qa["question"],
                        "para": len(paras),
                        "answers": [a["text"] for a in qa["answers"]],
                    }
                )
            paras.append(p["context"])
    return paras, qs


def make_document(name: str, text: str):
    """The product's parse (clean + structure) when those stages are installed, else the simple
    paragraph builder of doingoai.search.corpus. Returns (document, how)."""
    from doingoai.errors import DoingoaiError
    from doingoai.pipeline import extract_text, parse_text
    from doingoai.search.corpus import document_from_paragraphs

    for how, fn in (("pipeline extract", extract_text), ("pipeline parse", parse_text)):
        try:
            doc = fn(text, name=name)
            if doc.sentences:
                return doc, how
        except (ImportError, DoingoaiError, AttributeError):
            continue
    return document_from_paragraphs(name, [text]), "search.corpus (pipeline not available)"


SPLITS: dict[str, dict[str, tuple[float, float]]] = {}  # system -> split -> (paragraph@1, sentence@1)
MISSES: dict[str, dict[str, int]] = {}  # system -> kind of miss -> count (even questions)


def evaluate(search, qs, names, label: str = "", sentences=None) -> tuple[float, float, float]:
    """(paragraph@1, sentence@1, ms per query) of ``search(q) -> (doc name, sentence text) | None``;
    with a ``label``, the even / odd question figures are kept in SPLITS[label], and with
    ``sentences`` (each paragraph's sentence texts) the kinds of miss on the even questions in MISSES[label]."""
    oks, tops = [], []
    t0 = time.perf_counter()
    for q in qs:
        top = search(q["q"])
        name, sentence = top if top is not None else (None, "")
        p = name == names[q["para"]]
        oks.append((p, p and any(a in sentence for a in q["answers"])))
        tops.append(sentence)
    dt = (time.perf_counter() - t0) * 1000 / max(len(qs), 1)
    if label:
        SPLITS[label] = {k: _rates(oks[i::2]) for k, i in (("even", 0), ("odd", 1))}
        if sentences is not None:
            MISSES[label] = misses(qs[0::2], oks[0::2], tops[0::2], sentences)
    p_all, s_all = _rates(oks)
    return p_all, s_all, dt


_MISS_ORDER = [
    "wrong paragraph",
    "right paragraph, answer in the next sentence",
    "right paragraph, answer in the previous sentence",
    "right paragraph, answer in a farther sentence",
    "right paragraph, answer across sentences",
    "  it shares fewer question words",
    "  it shares as many question words",
    "  it shares more question words",
]


def misses(qs, oks, tops, sentences) -> dict[str, int]:
    """Kinds of miss: wrong paragraph; or the right one with the answer in the next / previous / a
    farther sentence, and whether that sentence shares fewer, as many or more of the question's
    (lower-cased) syllables than the chosen one."""
    out: dict[str, int] = {}

    def add(key: str) -> None:
        out[key] = out.get(key, 0) + 1

    for q, (p, ok), top in zip(qs, oks, tops, strict=True):
        if ok:
            continue
        if not p:
            add("wrong paragraph")
            continue
        sents = sentences[q["para"]]
        gold = [j for j, s in enumerate(sents) if any(a in s for a in q["answers"])]
        if not gold or top not in sents:
            add("right paragraph, answer across sentences")
            continue
        k = sents.index(top)
        j = min(gold, key=lambda j: abs(j - k))
        add(
            "right paragraph, answer in "
            + ("the next" if j == k + 1 else "the previous" if j == k - 1 else "a farther")
            + " sentence"
        )
        qw = set(_SYL.findall(q["q"].lower()))
        mine, theirs = len(qw & set(_SYL.findall(top.lower()))), len(qw & set(_SYL.findall(sents[j].lower())))
        add(
            "  it shares "
            + ("fewer" if theirs < mine else "as many" if theirs == mine else "more")
            + " question words"
        )
    return out


def _rates(oks: list[tuple[bool, bool]]) -> tuple[float, float]:
    n = max(len(oks), 1)
    return sum(p for p, _ in oks) / n, sum(s for _, s in oks) / n


def _bm25s_top(texts: list[str]):
    """bm25s over lower-cased syllables of ``texts``: a search giving the top text's index (None when
    no word of the query is in the vocabulary)."""
    import bm25s

    tok = lambda t: _SYL.findall(t.lower())  # noqa: E731
    retriever = bm25s.BM25()
    retriever.index([tok(t) or ["∅"] for t in texts], show_progress=False)
    vocab = retriever.vocab_dict

    def top(q: str) -> int | None:
        words = [w for w in tok(q) if w in vocab]
        if not words:
            return None
        res, _ = retriever.retrieve([words], k=1, show_progress=False)
        return int(res[0][0])

    return top


def bm25s_baseline(docs, names):
    """bm25s over lower-cased syllables of the same sentences; top sentence -> its paragraph."""
    rows = [(names[i], doc.text[s.start : s.end]) for i, doc in enumerate(docs) for s in doc.sentences]
    top = _bm25s_top([t for _, t in rows])
    return lambda q: None if (i := top(q)) is None else rows[i]


def bm25s_paragraphs(paras, names):
    """bm25s over lower-cased syllables of whole paragraphs (paragraph@1 only; sentence@1 not defined)."""
    top = _bm25s_top(paras)
    return lambda q: None if (i := top(q)) is None else (names[i], "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--no-dense", action="store_true", help="skip the dense (multilingual-e5-small) runs")
    ap.add_argument("--limit", type=int, default=0, help="only the first N questions (0: all)")
    args = ap.parse_args(argv)
    if not (args.data / "xquad.vi.json").exists():
        print(f"no XQuAD data in {args.data}", file=sys.stderr)
        return 2
    from doingoai.store.kb import KnowledgeBase

    paras, qs_vi = load(args.data, "vi")
    _, qs_en = load(args.data, "en")
    en_by_id = {q["id"]: q for q in qs_en}
    qs_en = [dict(q, q=en_by_id[q["id"]]["q"]) for q in qs_vi if q["id"] in en_by_id]
    if args.limit:
        qs_vi, qs_en = qs_vi[: args.limit], qs_en[: args.limit]
    names = [f"xquad-{i:03d}.txt" for i in range(len(paras))]

    tmp = tempfile.TemporaryDirectory()
    t0 = time.perf_counter()
    built = [make_document(n, p) for n, p in zip(names, paras, strict=True)]
    docs = [d for d, _ in built]
    t_parse = time.perf_counter() - t0
    kb = KnowledgeBase.open(Path(tmp.name) / "xquad.sqlite")
    t0 = time.perf_counter()
    for d in docs:
        kb.add_document(d)
    t_ingest = time.perf_counter() - t0
    n_sent = sum(len(d.sentences) for d in docs)
    print(
        f"XQuAD: {len(paras)} paragraphs ({n_sent} sentences; documents made by {built[0][1]}), "
        f"{len(qs_vi)} questions; parse {t_parse:.1f} s, kb.add_document {t_ingest:.1f} s"
    )

    def ours(dense: bool, rerank: bool = True):
        def run(q: str):
            hits = kb.search(q, limit=1, dense=dense, rerank=rerank)
            return (hits[0].doc, hits[0].text) if hits else None

        return run

    sentences = [[d.text[s.start : s.end] for s in d.sentences] for d in docs]
    base = bm25s_baseline(docs, names)
    base_p = bm25s_paragraphs(paras, names)
    rows = [
        ("vi", "bm25s paragraphs (sentence@1 n/a)", evaluate(base_p, qs_vi, names)),
        ("vi", "bm25s (syllables, lower-cased)", evaluate(base, qs_vi, names)),
        (
            "vi",
            "doingoai BM25, no re-rank",
            evaluate(ours(False, False), qs_vi, names, "vi BM25, no re-rank"),
        ),
        ("vi", "doingoai BM25", evaluate(ours(False), qs_vi, names, "vi BM25", sentences)),
    ]
    if not args.no_dense:
        t0 = time.perf_counter()
        kb.search(
            "khởi động", limit=1, dense=True
        )  # embeds every sentence and passage once (cached in the DB)
        print(
            f"dense: embedded {n_sent} sentences + {len(paras)} passages in {time.perf_counter() - t0:.1f} s"
        )
        rows.append(
            (
                "vi",
                "doingoai BM25 + dense, no re-rank",
                evaluate(ours(True, False), qs_vi, names, "vi dense, no re-rank"),
            )
        )
        rows.append(
            ("vi", "doingoai BM25 + dense", evaluate(ours(True), qs_vi, names, "vi dense", sentences))
        )
    rows += [
        ("en", "bm25s (syllables, lower-cased)", evaluate(base, qs_en, names)),
        ("en", "doingoai BM25", evaluate(ours(False), qs_en, names)),
    ]
    if not args.no_dense:
        rows.append(("en", "doingoai BM25 + dense", evaluate(ours(True), qs_en, names, "en dense")))
    print(f"{'q':<3} {'system':<36} {'paragraph@1':>11} {'sentence@1':>10} {'ms/query':>9}")
    for lang, system, (p, s, ms) in rows:
        print(f"{lang:<3} {system:<36} {p:>11.3f} {s:>10.3f} {ms:>9.1f}")
    print("held-out check (re-rank weights tuned on even questions): paragraph@1 / sentence@1")
    for label, split in SPLITS.items():
        even, odd = split["even"], split["odd"]
        print(f"  {label:<24} even {even[0]:.3f} / {even[1]:.3f}   odd {odd[0]:.3f} / {odd[1]:.3f}")
    for label, kinds in MISSES.items():
        print(f"misses of {label} (even questions): {sum(v for k, v in kinds.items() if k[0] != ' ')}")
        for k in sorted(kinds, key=_MISS_ORDER.index):
            print(f"    {k:<50} {kinds[k]:>4}")
    print("targets: vi paragraph@1 >= 0.95, sentence@1 >= 0.85; en paragraph@1 >= 0.80 with dense")
    kb.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
