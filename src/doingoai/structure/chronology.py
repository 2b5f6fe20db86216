"""Chronology and timeline pages ("Biên niên sự kiện", "Niên biểu"): one dated entry a line.

An entry opens with a date set off by a colon or a dash ("Ngày 3/2/1950: …", "Tháng 1/1949 – …",
"Năm 1996: …", "1954 – …", "- 12/7/1995: …"), not by a comma ("Năm 2019, hai nước …" opens an ordinary
sentence).
* Between lines: after a line ending a sentence, a line opening an entry starts a block of its own when
  an entry is next to it (the line before or after opens one too): consecutive entries are one block
  each, even where the widths would join them (:meth:`LineJoins.joins`). A line that goes on from a
  line not ending a sentence ("… trong\\nNăm 2019: …" is not looked at) stays in its paragraph.
* Typing: a run of at least ``MIN_RUN`` paragraphs each opening with an entry (headings that are only a
  year, "Năm 1992", may stand between them) is a list, its blocks
  ``list_item``s, unless the document marks its own entries with bullets ("- Năm 1973: …"): then its
  unmarked dated lines are paragraphs, as the document writes them.
* A period's heading ("Giai đoạn 1954 – 1991", "1983 – 1986: Sáng kiến Contadora", "Từ năm 2016 đến
  nay") over an entry dated within it: a heading (level 1) that the entry never joins, and a run goes on
  over it.
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
    r"|\d{1,2}[/.]\d{1,2}\s*[–—-]\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}"  # across two months: "30/7 – 1/8/2024"
    r"|\d{1,2}[/.-]\d{4}"
    r"|[12]\d{3}"
    # an interval: "Từ ngày 22 đến 24/3/2018", "Từ ngày 30/6 đến 02/7/2024", "Từ tháng 3 đến tháng 5/2019"
    r"|Từ\s+ngày\s+\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?)?\s+đến\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"|Từ\s+tháng\s+\d{1,2}(?:[/.-]\d{4})?\s+đến\s+(?:tháng\s+)?\d{1,2}[/.-]\d{4})"
)
# the entry's date, then ":" or a dash set off by spaces, then its text
_ENTRY = re.compile(r"(?:[-•▪●+*–]\s+)?" + _DATE + r"(?:\s*:|\s+[–—-])\s+\S")
_BULLET = re.compile(r"[-•▪●+*–]\s+")
_FIRST = frozenset("NTnt0123456789-•▪●+*–")


def entry(t: str) -> bool:
    """``t`` opens a chronology's entry: a date, then ":" or a dash, then the event."""
    return bool(t) and t[0] in _FIRST and _ENTRY.match(t) is not None


# an entry under a year's heading, dated without its year ("30/1: …", "Tháng 7 – 8: …", "Cuối tháng 2 –
# đầu tháng 3: …", "Ngày 3 tháng 2: …"): only with a colon, and only read so below a year's heading
_PART = r"(?:(?:[Đđ]ầu|[Gg]iữa|[Cc]uối|[Tt]hượng tuần|[Tt]rung tuần|[Hh]ạ tuần)\s+)?"
_MONTH = _PART + r"[Tt]háng\s+\d{1,2}(?:\s*[–—-]\s*" + _PART + r"(?:tháng\s+)?\d{1,2})?"
_DAY_MONTH = r"(?:Ngày\s+)?" + _DAY + r"(?:[/.]\d{1,2}|\s+tháng\s+\d{1,2})(?:\s*[–—-]\s*\d{1,2}[/.]\d{1,2})?"
_YEARLESS = re.compile(r"(?:[-•▪●+*–]\s+)?(?:" + _MONTH + "|" + _DAY_MONTH + r")\s*:\s+\S")
_FIRST_YEARLESS = frozenset("NTntĐđGgCc0123456789-•▪●+*–")


def yearless_entry(t: str) -> bool:
    """``t`` opens an entry dated by its day or month alone ("30/1: …", "Tháng 7: …"): a chronology's entry
    where a year's heading stands over it."""
    return bool(t) and t[0] in _FIRST_YEARLESS and _YEARLESS.match(t) is not None


_YEAR_ALONE = re.compile(r"(?:Năm\s+|NĂM\s+)?([12]\d{3})")


def year_over_entry(t: str, nxt: str) -> bool:
    """``t`` is a year alone ("1960", "Năm 1960") and ``nxt`` opens an entry dated in that year
    ("- 02/12/1960: …"), or one dated without a year ("30/1: …", "Tháng 7: …"): the year is a chronology's
    heading, never a page number nor joined."""
    if not 4 <= len(t) <= 8 or not nxt or nxt[0] not in _FIRST_YEARLESS:
        return False
    m = _YEAR_ALONE.fullmatch(t)
    if m is None:
        return False
    if nxt[0] in _FIRST and m.group(1) in nxt[:40] and _ENTRY.match(nxt) is not None:
        return True
    return yearless_entry(nxt)


MAX_PERIOD = 80  # characters of a period's heading
_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
_SINCE = re.compile(r"(?i:đến\s+nay|nay|hiện\s+nay|tới\s+nay)\b")


def period_over_entry(t: str, nxt: str) -> bool:
    """``t`` names a period ("Giai đoạn 1954 – 1991", "1983 – 1986: Sáng kiến Contadora", "Từ năm 2016
    đến nay") and ``nxt`` opens an entry dated within it: the period is a chronology's heading, the
    entry never joined to it. Short, no sentence end; the entry's year between its first and last year
    (after the only one where it runs "đến nay", to now)."""
    if len(t) > MAX_PERIOD or t[-1] in ".;,:–-!?" or not nxt or nxt[0] not in _FIRST:
        return False
    years = _YEAR.findall(t)
    if not years:
        return False
    m = _ENTRY.match(nxt)
    if m is None:
        return False
    got = _YEAR.search(nxt, 0, m.end())
    if got is None:
        return False
    lo, hi = int(min(years)), int(max(years))
    if len(years) == 1 and _SINCE.search(t):
        hi = 9999
    return lo <= int(got.group()) <= hi


def starts_entry(texts: list[str], p: int, i: int) -> bool:
    """Line ``i`` (after line ``p``, which ends a sentence) opens an entry, and so does a line next to
    it (``p`` or one of the three lines before it, or the line after ``i``): one of consecutive entries."""
    if entry(texts[i]):
        near = (p, p - 1, p - 2, p - 3, i + 1)  # (the entry before may be wrapped over up to four lines)
        return any(0 <= j < len(texts) and j != i and entry(texts[j]) for j in near)
    if yearless_entry(texts[i]):  # "29/6: …" then "3/11: …" under a year's heading: one a line
        return any(0 <= j < len(texts) and j != i and yearless_entry(texts[j]) for j in (p, i + 1))
    return False


def mark_entries(blocks: list, texts: list[str]) -> None:
    """Retype runs of at least ``MIN_RUN`` dated paragraphs as list items (in place)."""
    para = BlockType.PARAGRAPH
    filled = [k for k, t in enumerate(texts) if t]
    periods = set()
    for a, b in zip(filled, filled[1:], strict=False):  # "1960" over "- 02/12/1960: …": the year's heading
        if blocks[a].type is para and not blocks[a].front:
            if year_over_entry(texts[a], texts[b]) or period_over_entry(texts[a], texts[b]):
                blocks[a].type = BlockType.HEADING
                blocks[a].level = 1
                periods.add(a)
        elif blocks[a].type is BlockType.HEADING and period_over_entry(texts[a], texts[b]):
            periods.add(a)
    dated = []
    under_year = False  # below a heading that is only a year: entries dated without one count too
    for k, t in enumerate(texts):
        b = blocks[k]
        if b.type is BlockType.HEADING and t:
            under_year = _year_head(b, t)
        elif t and b.type is para and not b.front:
            if t[0] in _FIRST and entry(t) or under_year and yearless_entry(t):
                dated.append(k)
    if len(dated) < MIN_RUN:
        return
    runs: list[list[int]] = [[dated[0]]]
    for k in dated[1:]:
        last = runs[-1][-1]
        if all(
            not texts[j] and blocks[j].type is para or j in periods or _year_head(blocks[j], texts[j])
            for j in range(last + 1, k)
        ):
            runs[-1].append(
                k
            )  # next to it (an emptied block, a year's or a period's heading between does not break a run)
        else:
            runs.append([k])
    runs = [r for r in runs if len(r) >= MIN_RUN]
    if not runs or _bulleted(blocks, texts):
        return
    for run in runs:
        for k in run:
            blocks[k].type = BlockType.LIST_ITEM


_YEAR_HEAD = re.compile(r"(?:Năm\s+|NĂM\s+)?[12]\d{3}(?:\s*[–—-]\s*[12]\d{3})?")


def _year_head(block, t: str) -> bool:
    """A heading that is only a year ("Năm 1992", "2018", "1954 – 1975"): a chronology's section."""
    return block.type is BlockType.HEADING and 0 < len(t) <= 20 and _YEAR_HEAD.fullmatch(t) is not None


def _bulleted(blocks: list, texts: list[str]) -> bool:
    """The document marks dated entries of its own with bullets ("- Năm 1973: …")."""
    return any(
        b.type is BlockType.LIST_ITEM and t and _BULLET.match(t) is not None and entry(t)
        for b, t in zip(blocks, texts, strict=True)
    )
