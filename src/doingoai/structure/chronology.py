"""Chronology and timeline pages ("Biên niên sự kiện", "Niên biểu"): one dated entry a line.

An entry opens with a date set off by a colon or a dash ("Ngày 3/2/1950: …", "Tháng 1/1949 – …",
"Năm 1996: …", "1954 – …", "- 12/7/1995: …"), not by a comma ("Năm 2019, hai nước …" opens an ordinary
sentence).
* Between lines: after a line ending a sentence, a line opening an entry starts a block of its own when
  an entry is next to it (the line before or after opens one too): consecutive entries are one block
  each, even where the widths would join them (:meth:`LineJoins.joins`). A line that goes on from a
  line not ending a sentence ("… trong\\nNăm 2019: …" is not looked at) stays in its paragraph.
* Typing: a run of at least ``MIN_RUN`` paragraphs each opening with an entry is a list, its blocks
  ``list_item``s, unless the document marks its own entries with bullets ("- Năm 1973: …"): then its
  unmarked dated lines are paragraphs, as the document writes them.
"""

from __future__ import annotations

import re

from doingoai.model import BlockType

MIN_RUN = 3  # dated paragraphs in a row that make a chronology
_DAY = r"\d{1,2}(?:\s*[–—-]\s*\d{1,2})?"  # "3", "10–11"
_DATE = (
    r"(?:Ngày\s+" + _DAY + r"(?:[/.-]\d{1,2}(?:[/.-]\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    r"|Tháng\s+\d{1,2}(?:[/.-]\d{4}|\s+năm\s+\d{4})"
    r"|Năm\s+\d{4}"
    r"|" + _DAY + r"[/.-]\d{1,2}[/.-]\d{4}"
    r"|\d{1,2}[/.-]\d{4}"
    r"|[12]\d{3})"
)
# the entry's date, then ":" or a dash set off by spaces, then its text
_ENTRY = re.compile(r"(?:[-•▪●+*–]\s+)?" + _DATE + r"(?:\s*:|\s+[–—-])\s+\S")
_BULLET = re.compile(r"[-•▪●+*–]\s+")
_FIRST = frozenset("NTnt0123456789-•▪●+*–")


def entry(t: str) -> bool:
    """``t`` opens a chronology's entry: a date, then ":" or a dash, then the event."""
    return bool(t) and t[0] in _FIRST and _ENTRY.match(t) is not None


def starts_entry(texts: list[str], p: int, i: int) -> bool:
    """Line ``i`` (after line ``p``, which ends a sentence) opens an entry, and so does a line next to
    it (``p``, the line before ``p``, or the line after ``i``): one of consecutive entries."""
    if not entry(texts[i]):
        return False
    near = (p, p - 1, i + 1)
    return any(0 <= j < len(texts) and j != i and entry(texts[j]) for j in near)


def mark_entries(blocks: list, texts: list[str]) -> None:
    """Retype runs of at least ``MIN_RUN`` dated paragraphs as list items (in place)."""
    para = BlockType.PARAGRAPH
    dated = [
        k
        for k, t in enumerate(texts)
        if t and t[0] in _FIRST and blocks[k].type is para and not blocks[k].front and entry(t)
    ]
    if len(dated) < MIN_RUN:
        return
    runs: list[list[int]] = [[dated[0]]]
    for k in dated[1:]:
        last = runs[-1][-1]
        if all(not texts[j] and blocks[j].type is para for j in range(last + 1, k)):
            runs[-1].append(k)  # next to it (an emptied block between does not break a run)
        else:
            runs.append([k])
    runs = [r for r in runs if len(r) >= MIN_RUN]
    if not runs or _bulleted(blocks, texts):
        return
    for run in runs:
        for k in run:
            blocks[k].type = BlockType.LIST_ITEM


def _bulleted(blocks: list, texts: list[str]) -> bool:
    """The document marks dated entries of its own with bullets ("- Năm 1973: …")."""
    return any(
        b.type is BlockType.LIST_ITEM and t and _BULLET.match(t) is not None and entry(t)
        for b, t in zip(blocks, texts, strict=True)
    )
