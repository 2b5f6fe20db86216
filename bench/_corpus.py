"""Benchmark corpora made by repeating the bundled samples (and the seeds, when ../shared is there)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def sample_texts() -> list[tuple[str, str]]:
    """(name, text) of every plain-text sample and seed."""
    files = sorted((ROOT / "samples").glob("*.txt"))
    if (SHARED / "seeds").is_dir():
        files += sorted((SHARED / "seeds").glob("*.txt"))
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def repeated_documents(target_bytes: int) -> list[tuple[str, str]]:
    """Documents cycled from the samples until their UTF-8 size reaches ``target_bytes``."""
    base = sample_texts()
    docs: list[tuple[str, str]] = []
    size = 0
    i = 0
    while size < target_bytes:
        name, text = base[i % len(base)]
        docs.append((f"{i:05d}-{name}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def megabytes(docs: list[tuple[str, str]]) -> float:
    return sum(len(t.encode("utf-8")) for _, t in docs) / 1e6


def baseline_rate(fn, parsed, budget_bytes: float) -> tuple[float, float]:
    """Run ``fn`` sentence by sentence over the first sentences of ``parsed`` documents, up to
    ``budget_bytes`` of UTF-8; returns (MB processed, MB/s on CPU time). The first call, which
    loads the baseline's model, is outside the timing."""
    import time

    sentences = [d.text[s.start : s.end] for d in parsed[:20] for s in d.sentences]
    chosen, size = [], 0
    for s in sentences:
        if size >= budget_bytes:
            break
        chosen.append(s)
        size += len(s.encode("utf-8"))
    fn(chosen[0])
    c0 = time.process_time()
    for s in chosen:
        fn(s)
    return size / 1e6, size / 1e6 / (time.process_time() - c0)


def xquad_paragraphs(path: Path) -> list[str]:
    """The paragraphs ("context") of an XQuAD file, in file order."""
    import json

    js = json.loads(path.read_text(encoding="utf-8"))
    return [p["context"] for art in js["data"] for p in art["paragraphs"]]
