"""doingoai: Vietnamese foreign-affairs documents -> a citable knowledge base of Vietnam's foreign relations."""

from doingoai.errors import Code, DoingoaiError
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
    "parse",
    "extract",
]


def parse(path, **options):
    """Read, clean and structure one file -> :class:`Document`."""
    from doingoai.pipeline import parse_file

    return parse_file(path, **options)


def extract(path, **options):
    """parse + extract actors, dates, citations and events -> :class:`Document`."""
    from doingoai.pipeline import extract_file

    return extract_file(path, **options)


def open(target, **options):  # noqa: A001 - the public name the API promises: doingoai.open(path_or_url)
    """Open (or create) a knowledge base: a SQLite path or a postgresql:// URL."""
    from doingoai.store.kb import KnowledgeBase

    return KnowledgeBase.open(target, **options)
