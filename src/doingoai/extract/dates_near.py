"""Which date governs a span of text: the sentence's, the section heading's, the title's
(:func:`date_near`, :func:`section_date`, :func:`title_date`; re-exported by :mod:`doingoai.extract.dates`)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from doingoai.model import BlockType, DateExpr, Document


def _sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    s = doc.sentence_at(start)
    if s is not None:
        return s.start, max(s.end, end)
    lo = doc.text.rfind("\n", 0, start) + 1
    hi = doc.text.find("\n", end)
    return lo, len(doc.text) if hi < 0 else hi


def _dates_between(doc: Document, lo: int, hi: int) -> list[DateExpr]:
    """Date expressions inside ``[lo, hi)`` (``doc.dates`` is sorted by start)."""
    i = bisect_left(doc.dates, lo, key=lambda d: d.start)
    out = []
    for d in doc.dates[i:]:
        if d.start >= hi:
            break
        if d.end <= hi:
            out.append(d)
    return out


def _block_index(doc: Document, offset: int) -> int | None:
    s = doc.sentence_at(offset)
    if s is not None:
        return s.block
    for i, b in enumerate(doc.blocks):
        if b.start <= offset < b.end:
            return i
    return None


def section_date(doc: Document, offset: int) -> str:
    """The date of the section around ``offset``: a lead-in ending in ":" in the same section, or the
    nearest enclosing heading that carries a date ("... 6 tháng cuối năm 2020:" -> "2020-H2")."""
    i = _block_index(doc, offset)
    if i is None:
        return ""
    level = None  # the level of the last heading passed; only higher headings enclose
    for b in reversed(doc.blocks[:i]):
        is_heading = b.type is BlockType.HEADING
        if is_heading and level is not None and (b.level or 1) >= level:
            continue
        lead_in = level is None and not is_heading and doc.text[b.start : b.end].rstrip().endswith(":")
        if is_heading or lead_in:
            found = _dates_between(doc, b.start, b.end)
            if found:
                return found[0].value
        if is_heading:
            level = b.level or 1
            if level <= 1:
                break
    return ""


def title_date(doc: Document) -> str:
    """The first date in the title: the period a report covers or an article's topic ("1975/1985")."""
    for b in doc.blocks:
        if b.type is BlockType.TITLE:
            found = _dates_between(doc, b.start, b.end)
            return found[0].value if found else ""
    return ""


def _names_between(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the mentions overlapping ``[lo, hi)`` (``doc.mentions`` is sorted by start)."""
    i = bisect_left(doc.mentions, lo - 200, key=lambda m: m.start)
    out = []
    for m in doc.mentions[i:]:
        if m.start >= hi:
            break
        if m.end > lo and m.end - m.start > 4:
            out.append((m.start, m.end))
    return out


MAX_GAP: Final = 100  # characters between a span and a date in its sentence that still governs it
_FRONTED: Final = 40  # a date this close to the sentence start, before a comma, heads the whole sentence


def _fronted(doc: Document, lo: int, d: DateExpr, start: int) -> bool:
    """ "Năm 1978, ...", "Trong giai đoạn 1975–1985, ...": a date heading the sentence governs all of it."""
    return d.start - lo <= _FRONTED and d.end <= start and "," in doc.text[d.end : min(start, d.end + 12)]


def date_near(doc: Document, start: int, end: int, *, fallback: bool = True) -> str:
    """The date governing the span ``[start, end)`` of ``doc.text`` (run :func:`find_dates` first).

    1. A date expression in the span's sentence: one overlapping the span, else the nearest one
       within ``MAX_GAP`` characters (on a tie the one after the span, as in "Hiệp ước ... (1977)"),
       else one heading the sentence ("Trong giai đoạn 1975–1985, ..."). A date far away in a long
       sentence ("... trong thời gian tới") belongs to another clause and is not taken; nor is a year
       inside a name ("Công ước LHQ về Luật Biển 1982"; needs ``doc.mentions``) unless the span covers it.
    2. With ``fallback`` (the default), when the sentence gives none: the section's date
       (:func:`section_date`), then the title's first date (:func:`title_date`: a report's period or
       an article's topic period), then the document's own date (``doc.meta["date"]``).

    Returns an ISO 8601 reduced-precision string ("1977", "2020-H1", "1975/1985"), or "".
    """
    lo, hi = _sentence_bounds(doc, start, end)
    best, best_key = None, None
    names = _names_between(doc, lo, hi)
    for d in _dates_between(doc, lo, hi):
        if any(a <= d.start and d.end <= b for a, b in names) and not (d.start < end and d.end > start):
            continue  # "Công ước LHQ về Luật Biển 1982": the year names the treaty, it dates nothing here
        if d.end <= start:
            key = (start - d.end, 1)
        elif d.start >= end:
            key = (d.start - end, 0)
        else:
            key = (-1, 0)
        if key[0] > MAX_GAP:
            if not _fronted(doc, lo, d, start):
                continue
            key = (MAX_GAP + 1, 2)
        if best_key is None or key < best_key:
            best, best_key = d, key
    if best is not None:
        return best.value
    if not fallback:
        return ""
    return (
        entry_date(doc, start)
        or section_date(doc, start)
        or title_date(doc)
        or str(doc.meta.get("date") or "")
    )


def entry_date(doc: Document, offset: int) -> str:
    """The date a reader gives the part of the text around ``offset`` (read/outline.py ``sections``: a calendar
    entry's DTSTART, a feed item's pubDate; round 203), or ""."""
    sections = doc.meta.get("sections")
    if not sections:
        return ""
    for a, z, date, _status in sections:
        if int(a) <= offset < int(z):
            return str(date)
    return ""
