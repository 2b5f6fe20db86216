"""Day ranges written without their year (for :func:`doingoai.extract.dates.dates_in`).

"Từ ngày 3 đến 6/5", "ngày 18 – 19/11", "từ ngày 31/7 đến 3/8", "ngày 25 và 26/11" name an interval of days
(SCHEMA.md: "2011-05-03/2011-05-06") whose year is the last year told before them in the paragraph, else the
document's; "Từ ngày 14 đến 16 tháng trước" takes the month "tháng trước" names from the document's date. A
range with its year ("Từ ngày 28/3 đến 1/4/2015") is read by ``dates._DATE_RX`` itself.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Final

from doingoai.model import DateExpr

_SEP: Final = r"\s*(?:[–—-]|\s(?:và|đến|tới)\s)\s*(?:ngày\s+)?"
_YEARLESS: Final = re.compile(
    r"ngày\s+(?P<d1>\d{1,2})(?:\s*/\s*(?P<m1>\d{1,2}))?" + _SEP + r"(?P<d2>\d{1,2})"
    r"(?:\s*/\s*(?P<m2>\d{1,2})(?![\w/%]|[.,]\d)|\s+(?P<rel>tháng\s+(?:trước|này|tới|qua))(?!\w))"
)


_RANGE_END_DAY: Final = re.compile(r"(\d{1,2})\s*(?:/\s*\d{1,2}\s*/|tháng)")


def last_day(m: re.Match[str]) -> int:
    """The day that ends a day range ("19-20/6/2024" -> 20): the last "day/month/" or "day tháng" of the match."""
    ends = _RANGE_END_DAY.findall(m.group(0))
    return int(ends[-1]) if ends else 0


def day_interval(first: str, last: str) -> str:
    """ "2015-03-28/2015-04-01" (SCHEMA.md: an interval of days); the first day alone when the last is no day
    after it."""
    if not first:
        return ""
    return f"{first}/{last}" if last and last > first else first


def is_day_interval(value: str) -> bool:
    """ "2015-03-28/2015-04-01": an interval of days (not of years, "1975/1985")."""
    return len(value) == 21 and value[10] == "/"


def _day(year: int, month: int, day: int) -> str:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


def yearless_ranges(
    low: str,
    found: list[DateExpr],
    base: str,
    start: int,
    end: int,
    year_before: Callable[[str, list[DateExpr], int], str],
    month_of: Callable[[str, int, int], str],
) -> list[DateExpr]:
    """``found`` (the dates ``dates_in`` read, in order) with every yearless day range in ``low[start:end]`` put in
    place of the dates read inside it. ``year_before(low, found, p)`` gives the year told before ``p``;
    ``month_of(low, s, e)`` the month the relative phrase ("tháng trước") at ``low[s:e]`` names ("YYYY-MM") or ""."""
    if low.find("ngày", start, end) < 0:
        return found
    out = found
    for m in _YEARLESS.finditer(low, start, end):
        s, e = m.span()
        if any(d.start < s < d.end or d.start < e < d.end for d in out):
            continue  # inside a date read whole ("ngày 28/3 đến 1/4/2015")
        value = _value(m, low, out, base, year_before, month_of)
        if value:
            out = [d for d in out if not s <= d.start < e] + [DateExpr(s, e, value)]
            out.sort(key=lambda d: d.start)
    return out


def _value(
    m: re.Match[str],
    low: str,
    found: list[DateExpr],
    base: str,
    year_before: Callable[[str, list[DateExpr], int], str],
    month_of: Callable[[str, int, int], str],
) -> str:
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["rel"]:
        month = month_of(low, m.start("rel"), m.end("rel")) if base else ""
        if len(month) != 7:
            return ""
        y, mo = int(month[:4]), int(month[5:])
        first, last = _day(y, mo, d1), _day(y, mo, d2)
    else:
        told = year_before(low, [d for d in found if d.end <= m.start()], m.start())
        year = told or base[:4]
        if not year[:4].isdigit():
            return ""
        m2 = int(m["m2"])
        m1 = int(m["m1"] or m2)
        # "ngày 28/12 đến 2/1": across a year end; a year told before is the start's, the document's the end's
        across = 1 if m1 > m2 else 0
        # (the document's year: the range started the year before only when the document is dated before its
        # first month — "thăm Lào từ ngày 28/12 đến 2/1 tới" in a document of 20/12/2015 is 2015–2016: review 6b)
        before_start = base[5:7].isdigit() and int(base[5:7]) < m1
        y1 = int(year[:4]) - (across if not told and before_start else 0)
        y2 = y1 + across
        first, last = _day(y1, m1, d1), _day(y2, m2, d2)
    if not first or not last or last <= first:
        return ""
    return f"{first}/{last}"
