"""doingoai: Vietnamese foreign-affairs documents -> a citable knowledge base of Vietnam's foreign relations."""

from typing import TYPE_CHECKING

from doingoai.errors import Code, DoingoaiError

if TYPE_CHECKING:
    from doingoai.model import (
        Block,
        BlockType,
        Citation,
        DateExpr,
        Document,
        Event,
        EventKind,
        Mention,
        Sentence,
        Span,
        Status,
    )

# The model's names are imported when first used, not with the package: the compiled build compiles
# doingoai.model too (setup.py), and doingoai.compiled.use_pure() must be callable after ``import doingoai``
# (before any compiled module is loaded) to give the .py sources.
_MODEL_NAMES = frozenset(
    "Block BlockType Citation DateExpr Document Event EventKind Mention Sentence Span Status".split()
)


def __getattr__(name: str):
    if name in _MODEL_NAMES:
        from doingoai import model

        value = getattr(model, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'doingoai' has no attribute {name!r}")


def __dir__() -> list[str]:  # (the lazy names too, as before they were lazy)
    return sorted({*globals(), *_MODEL_NAMES})


__version__ = "0.1.0"

__all__ = [
    "Block",
    "BlockType",
    "Citation",
    "Code",
    "DateExpr",
    "Document",
    "DoingoaiError",
    "Event",
    "EventKind",
    "Mention",
    "Sentence",
    "Span",
    "Status",
    "open",
    "parse_file",
    "extract_file",
]


def parse_file(path, **options):
    """Read, clean and structure one file -> :class:`Document`."""
    from doingoai.pipeline import parse_file as _parse_file

    return _parse_file(path, **options)


def extract_file(path, **options):
    """parse + extract actors, dates, citations and events -> :class:`Document`.

    (Named ``extract_file``, not ``extract``: ``doingoai.extract`` is the extraction subpackage.)
    """
    from doingoai.pipeline import extract_file as _extract_file

    return _extract_file(path, **options)


def open(target, **options):  # noqa: A001 - the public name the API promises: doingoai.open(path_or_url)
    """Open (or create) a knowledge base: a SQLite path or a postgresql:// URL."""
    from doingoai.store.kb import KnowledgeBase

    return KnowledgeBase.open(target, **options)
