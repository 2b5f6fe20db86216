"""Numeric citations ("[12]", "[15, tr. 45]", "[3; 7]", "[6; 22, tr. 17]") resolved to a numbered list.

Theses and many Vietnamese journals cite by number: the bracket names entries of the numbered reference
list at the end ("12. Lê Thị Minh Trang (2016), Nhan đề, Nxb..., Hà Nội."), which gives each citation its
author and year. A bracket naming several works gives one citation per work, each spanning the whole
bracket text; the pages ("tr. 45") belong to the work they follow. A bracket is read only when every number
in it is an entry of the document's own numbered list, so "[1]" in a text without such a list (an
encyclopedia's note marks, an editor's "[...]") is no citation.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.cite_parse import NUM, Parsed, one_spaced

# "12. Lê Thị Minh Trang (2016), ..." / "[12] Lê Thị Minh Trang (2016). ..." at a line's start
_ENTRY: Final = re.compile(
    r"^[ \t]*(?:\[(?P<b>\d{1,3})\]|(?P<n>\d{1,3})[.)])[ \t]+(?P<a>[^\W\d_][^()\n]{1,120}?)[ \t]*"
    r"\((?P<y>1[5-9]\d\d|20\d\d)[a-z]?\)",
    re.M,
)
_ONE: Final = r"\d{1,3}(?:\s*,\s*(?:tr|trang|pp?)\.?\s*" + NUM + r"(?:\s*,\s*" + NUM + r")*)?"
_BRACKET: Final = re.compile(r"\[(" + _ONE + r"(?:\s*[;,]\s*" + _ONE + r")*)\]")
_PART: Final = re.compile(
    r"(\d{1,3})(?:\s*,\s*(?:tr|trang|pp?)\.?\s*(" + NUM + r"(?:\s*,\s*" + NUM + r")*))?"
)


def numbered_entries(text: str, start: int) -> dict[int, tuple[str, int]]:
    """Entry number -> (author, year) of the numbered reference list from ``start`` on."""
    out: dict[int, tuple[str, int]] = {}
    for m in _ENTRY.finditer(text, start):
        num = int(m.group("b") or m.group("n"))
        author = " ".join(m.group("a").split()).strip(" ,.")
        if author and num not in out:
            out[num] = (author, int(m.group("y")))
    return out


def numeric_citations(text: str, ref_start: int) -> list[Parsed]:
    """Every numeric citation before ``ref_start`` (where the reference list begins), in reading order."""
    if text.find("[", 0, ref_start) < 0:
        return []
    entries = numbered_entries(text, ref_start)
    if len(entries) < 2:
        return []
    out: list[Parsed] = []
    for m in _BRACKET.finditer(text, 0, ref_start):
        parts = [(int(p.group(1)), p.group(2)) for p in _PART.finditer(m.group(1))]
        if not parts or any(n not in entries for n, _ in parts):
            continue
        for num, pages in parts:
            author, year = entries[num]
            page = one_spaced(pages) if pages else None
            out.append(Parsed(m.start(1), m.end(1), author, None, year, "", None, page))
    return out


__all__ = ["numbered_entries", "numeric_citations"]
