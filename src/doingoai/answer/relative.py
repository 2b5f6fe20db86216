"""Relative dates in an evidence sentence, read from its document's own date: in a conclusion dated
10/1/2025, "Năm ngoái" is 2024 and "Tháng trước" 12/2024, so a question naming "năm 2024" or
"tháng 12/2024" can be answered from a sentence that writes neither (:func:`resolved`)."""

from __future__ import annotations

import re

# "năm ngoái", "năm trước" (the year before), "năm nay", "năm tới"/"năm sau"; the same for months
_RELATIVE = re.compile(
    r"(?<!\w)(năm|tháng)\s+(ngoái|trước|nay|này|tới)(?!\w)",
    re.I,
)
_SHIFT = {"ngoái": -1, "trước": -1, "nay": 0, "này": 0, "tới": 1}
# a count before it makes a span, not the year or month before: "hai năm trước", "20 năm nay"
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|nhiều|vài|mấy|các|những))\s*$", re.I
)
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def resolved(text: str, date: str | None) -> str:
    """The absolute dates the relative ones in ``text`` stand for, written as a sentence writes them
    ("năm 2024", "tháng 12/2024"), from the document's ISO ``date``; "" when there are none (or no
    date, or a month is asked of a document dated by its year only)."""
    if not date or _RELATIVE.search(text) is None:
        return ""
    m = _DATE.match(date)
    if m is None:
        return ""
    year, month = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    out = []
    for r in _RELATIVE.finditer(text):
        unit, word = r.group(1).lower(), r.group(2).lower()
        if _COUNT_BEFORE.search(text, max(0, r.start() - 12), r.start()):
            continue
        shift = _SHIFT[word]
        if unit == "năm":
            out.append(f"năm {year + shift}")
        elif month is not None:
            y, mon = divmod(year * 12 + month - 1 + shift, 12)
            out.append(f"tháng {mon + 1}/{y} năm {y}")
    return " " + " ".join(out) if out else ""


def cue(text: str) -> bool:
    """``text`` writes a relative year or month ("năm ngoái", "tháng trước")."""
    return _RELATIVE.search(text) is not None
