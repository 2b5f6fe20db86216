"""Compose the stages. Each stage is ``Document -> Document``; a failure names its stage.

read -> clean -> structure               (parse)
     -> mentions -> dates -> citations -> events   (extract)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from doingoai.errors import Code, DoingoaiError
from doingoai.model import Document

Stage = Callable[[Document], Document]


def parse_stages() -> list[tuple[str, Stage]]:
    from doingoai.clean import clean_document
    from doingoai.structure import structure_document

    return [("clean", clean_document), ("structure", structure_document)]


def extract_stages() -> list[tuple[str, Stage]]:
    from doingoai.clean.hyphens import fold_for_reading, unfold_after_reading
    from doingoai.extract import find_citations, find_dates, find_events, find_mentions

    return [
        ("hyphens", fold_for_reading),  # "quan-hệ ngoại-giao" of old documents read as today's spelling
        ("mentions", find_mentions),
        ("dates", find_dates),
        ("citations", find_citations),
        ("events", find_events),
        ("hyphens back", unfold_after_reading),  # (round 160: clean/hyphens.py)
    ]


def run(doc: Document, stages: Iterable[tuple[str, Stage]]) -> Document:
    for name, stage in stages:
        try:
            doc = stage(doc)
        except DoingoaiError:
            raise
        except Exception as exc:  # a bug in a stage: say which stage, keep the cause chained
            raise DoingoaiError(
                Code.E201_STAGE_FAILED, f"stage '{name}' failed: {type(exc).__name__}: {exc}", doc.name
            ) from exc
    return doc


def parse_file(path: str | Path, **read_options) -> Document:
    from doingoai.read import read_file

    return run(read_file(path, **read_options), parse_stages())


def parse_text(text: str, name: str = "<text>", fmt: str = "txt") -> Document:
    return run(Document(name=name, raw=text, format=fmt), parse_stages())


def extract_file(path: str | Path, **read_options) -> Document:
    return run(parse_file(path, **read_options), extract_stages())


def extract_text(text: str, name: str = "<text>", fmt: str = "txt") -> Document:
    return run(parse_text(text, name, fmt), extract_stages())


SUPPORTED_SUFFIXES = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".pdf",
    ".docx",
    ".srt",
    ".vtt",
    ".eml",
    ".csv",
    ".tsv",
    ".ics",
    ".xml",
    ".rss",
    ".atom",
    ".odt",
)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files given, and the supported files inside folders given (sorted, recursive)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            yield p
