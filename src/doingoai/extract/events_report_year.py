"""Events: a report's results told with no date are of the year it reports on (round 187, session 22).

* :func:`report_year`: "BÁO CÁO Kết quả các hoạt động đối ngoại kỷ niệm ..." signed "ngày 16 tháng 12 năm 2024",
  under its heading "I. KẾT QUẢ": "2. Ký biên bản ghi nhớ với Trường Đại học X", "3. Quỹ Y tài trợ 30.000 USD
  ...". A report whose title names no period (it would cover it: ``Context.covered``) still reports on the
  year it is signed in; a result listed with no date of its own happened in that year (the document's year),
  not on the day it was signed, nor at no time. Other sections (its plans, its background) and other documents
  keep their reading (events_standing).

Called by :func:`doingoai.extract.events_standing.standing`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.dates_period import report_title, year_reported
from doingoai.extract.events_context import Context
from doingoai.model import BlockType

_KEY = "report_results"  # ctx.cache: the results sections' spans, [] for no report
_YEAR: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a year in the title: a period it names
_RESULTS: Final = (
    "kết quả",
    "tình hình",
)  # the words of a results heading ("I. KẾT QUẢ", "I. TÌNH HÌNH ...")


def _results_spans(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the report's results sections: from each heading naming results to the next heading of
    the document; none when the title is no report's."""
    doc = ctx.doc
    text = doc.text
    title = report_title(doc)  # (its title, or a line after the number and the date)
    if title is None or _YEAR.search(text, title.start, title.end):
        return []  # ("Tổng kết ... năm 2019" signed in 2021: a period named, not reported on: Context.covered)
    heads = [b for b in doc.blocks if b.type is BlockType.HEADING and b.start > title.start]
    spans = []
    for i, h in enumerate(heads):
        low = text[h.start : h.end].lower()
        if any(w in low for w in _RESULTS) and not any(c.isdigit() for c in low):
            end = heads[i + 1].start if i + 1 < len(heads) else len(text)
            spans.append((h.end, end))
    return spans


def report_year(ctx: Context, ts: int) -> str:
    """The year of the document's date when the trigger at ``ts`` is in a results section of a report dated on
    a day, else ""."""
    day = str(ctx.doc.meta.get("date") or "")
    year = year_reported(day) if len(day) == 10 else ""  # (signed in its first months: round 178's reading)
    if not year:
        return ""
    spans = ctx.cache.get(_KEY)
    if spans is None:
        spans = ctx.cache[_KEY] = _results_spans(ctx)
    if not spans:
        return ""
    k = bisect_right(spans, (ts, 10**12)) - 1
    return year if k >= 0 and spans[k][0] <= ts < spans[k][1] else ""
