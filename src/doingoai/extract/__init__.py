"""Extraction: mentions, dates, citations, events. Each is ``Document -> Document``.

``find_citations`` and ``find_events`` are imported on first use, so this package imports (and
mentions/dates work) even while those modules are being written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doingoai.extract.dates import find_dates
from doingoai.extract.mentions import find_mentions

if TYPE_CHECKING:
    from doingoai.model import Document

__all__ = ["find_citations", "find_dates", "find_events", "find_mentions"]


def find_citations(doc: Document) -> Document:
    from doingoai.extract.citations import find_citations as run

    return run(doc)


def find_events(doc: Document) -> Document:
    from doingoai.extract.events import find_events as run

    return run(doc)
