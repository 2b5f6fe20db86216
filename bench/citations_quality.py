"""Citation quality and speed on the seeds: precision / recall / F1 on (author, year, pages), quote-link rate.

    .venv/bin/python bench/citations_quality.py [--shared ../shared] [--raw]

Runs the parse pipeline (read -> clean -> structure) and then ``find_citations``. When the parse
pipeline is not available it runs structure alone on the raw text, and failing that (or with --raw)
the raw seed text with its lines joined; it says which. Scores against gold/citations.*.json; seeds without gold only get their counts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from doingoai.extract.citations import cited_works, find_citations
from doingoai.model import Document

ROOT = Path(__file__).resolve().parent.parent
_WS = re.compile(r"\s+")
_MARKS = "“”\"«»‘’'"


def norm_quote(text: str | None) -> str:
    return _WS.sub(" ", (text or "").strip().strip(_MARKS)).strip()


def load(path: Path, raw_only: bool) -> tuple[Document, str]:
    """The parsed document; else the raw text through structure only; else with its lines joined."""
    raw = path.read_text(encoding="utf-8")
    if not raw_only:
        try:
            from doingoai.pipeline import parse_file

            return parse_file(path), "pipeline (read/clean/structure)"
        except Exception as exc:  # noqa: BLE001 - a bench reports what it could run
            print(f"  ! parse pipeline unavailable ({type(exc).__name__}: {exc}"[:160] + ")")
        try:
            from doingoai.structure import structure_document

            return structure_document(
                Document(name=path.name, raw=raw)
            ), "raw text through structure (no clean)"
        except Exception as exc:  # noqa: BLE001
            print(f"  ! structure unavailable ({type(exc).__name__}: {exc}"[:160] + ")")
    print("  ! falling back to raw text with lines joined")
    return Document(name=path.name, raw=raw, text=_WS.sub(" ", raw).strip()), "raw text, lines joined"


def score(doc: Document, gold: dict) -> dict[str, float | int]:
    """Match gold citations to found ones by (author, year, pages), preferring one whose quote matches."""
    found = [
        ((c.author, c.year, c.pages), norm_quote(doc.text[c.quote.start : c.quote.end]) if c.quote else "")
        for c in doc.citations
    ]
    used = [False] * len(found)
    tp = quotes = linked = 0
    for g in gold["citations"]:
        key = (g["author"], g["year"], g["pages"])
        gq = norm_quote(g.get("quote"))
        quotes += bool(gq)
        cands = [i for i, (k, _) in enumerate(found) if k == key and not used[i]]
        if not cands:
            continue
        hit = next((i for i in cands if gq and gq in found[i][1]), cands[0])
        used[hit] = True
        tp += 1
        linked += bool(gq) and gq in found[hit][1]
    p = tp / len(found) if found else 0.0
    r = tp / len(gold["citations"]) if gold["citations"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "found": len(found),
        "gold": len(gold["citations"]),
        "tp": tp,
        "precision": p,
        "recall": r,
        "f1": f1,
        "gold_quotes": quotes,
        "linked": linked,
        "link_rate": linked / quotes if quotes else 1.0,
    }


def speed(doc: Document, target_bytes: int = 4_000_000) -> float:
    """find_citations throughput in MB per CPU second (best of three; the machine is shared), on the
    document's text repeated to about ``target_bytes``."""
    size = len(doc.text.encode("utf-8")) or 1
    reps = max(1, target_bytes // size)
    big = Document(name="big", text="\n\n".join([doc.text] * reps))
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        find_citations(big)
        best = min(best, time.process_time() - t0)
    return len(big.text.encode("utf-8")) / best / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--raw", action="store_true", help="skip the parse pipeline; use raw text with lines joined"
    )
    args = ap.parse_args()
    seeds = sorted((args.shared / "seeds").glob("*.txt"))
    if not seeds:
        print(f"no seeds under {args.shared}/seeds", file=sys.stderr)
        return 1
    golds = {}
    for g in sorted((args.shared / "gold").glob("citations.*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        golds[data["doc"]] = data
    for path in seeds:
        print(f"# {path.name}")
        doc, how = load(path, args.raw)
        find_citations(doc)
        works = cited_works(doc)
        print(
            f"  input: {how}; {len(doc.citations)} citations, {len(works)} works, "
            f"{sum(c.quote is not None for c in doc.citations)} quotes linked, aliases {len(doc.meta.get('aliases', {}))}"
        )
        if path.name in golds:
            s = score(doc, golds[path.name])
            print(
                f"  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  ({s['tp']}/{s['gold']} gold, {s['found']} found)"
            )
            print(f"  quote-link rate {s['link_rate']:.3f} ({s['linked']}/{s['gold_quotes']})")
            gold_aliases = golds[path.name].get("aliases", {})
            ok = sum(doc.meta.get("aliases", {}).get(k) == v for k, v in gold_aliases.items())
            print(f"  aliases {ok}/{len(gold_aliases)} as in gold")
        print(f"  find_citations speed: {speed(doc):.1f} MB/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
