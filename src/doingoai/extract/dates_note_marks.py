"""A footnote's mark written as a digit after a year (round 161): "vào tháng 6 năm 20131 [12]", "ngày 20/9/19771,".

A thesis or a paper converted from PDF loses the superscript: the note's number follows the word as a plain
digit, and after a year the two run together into five digits ("20131" = 2013 and note 1). Where the document
has footnotes (FOOTNOTE blocks opening with their number), :func:`unmarked` gives the text with such a mark
after a year blanked out (same length, so every offset holds): a year of 1800–2099 after "năm" or a day's
"d/m/", followed by the number of one of the document's notes, then no further digit.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import BlockType, Document

_NOTE_NUMBER: Final = re.compile(r"\d{1,2}(?=\s)")
_MARKED_YEAR: Final = re.compile(r"(?:năm\s+|\d/)(?:1[89]|20)\d\d(\d{1,2})(?![\d/])", re.IGNORECASE)


def note_numbers(doc: Document) -> frozenset[str]:
    """The numbers the document's footnotes open with ("1 Xem thêm: …" -> "1")."""
    found = set()
    for b in doc.blocks:
        if b.type is BlockType.FOOTNOTE and (m := _NOTE_NUMBER.match(doc.text, b.start)) is not None:
            found.add(m.group(0))
    return frozenset(found)


def unmarked(doc: Document) -> str:
    """``doc.text`` with the footnote marks run into years blanked (the text itself when there are none)."""
    text = doc.text
    numbers = note_numbers(doc) if any(b.type is BlockType.FOOTNOTE for b in doc.blocks) else frozenset()
    if not numbers:
        return text
    spans = [m.span(1) for m in _MARKED_YEAR.finditer(text) if m.group(1) in numbers]
    if not spans:
        return text
    parts = []
    last = 0
    for s, e in spans:
        parts.append(text[last:s])
        parts.append(" " * (e - s))
        last = e
    parts.append(text[last:])
    return "".join(parts)
