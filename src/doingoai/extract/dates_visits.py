"""Dates and status an event borrows from the visit it happens at, or from the document's own date (issue 3,
round 22).

* An act told after a visit and dated only by it ("X thăm chính thức Y từ ngày 23 đến 25/5/2016. Trong chuyến
  thăm, phía bạn tuyên bố ...", "Hai Thủ tướng đã hội đàm tại Hà Nội") took the visit's day range. The
  development golds date such acts by the visit's month (10 of 12: the act happened on one of those days, the
  text does not say which); the visit itself keeps its range (19 of 23). So an act in a later sentence with no
  date of its own, whose date is (or lies inside) the day range of a visit told before it in one month, takes
  that month (:func:`visit_months`). A range across two months is kept.
* A task section (a decision's articles, a report's "Phương hướng, nhiệm vụ") makes what it lists planned; but a
  clause in it whose own written date lies before the document's date tells what already happened ("Bru-nây
  gia nhập ASEAN ngày 7/1/1984", "nước bạn đã đảm nhiệm ... Chủ tịch ASEAN năm ngoái"): occurred, unless its
  own words plan it ("sẽ", "dự kiến", "phấn đấu", ...) (:func:`past_in_plan`).
* A visit "đang" under way ("X, người đang thăm cấp Nhà nước Việt Nam từ ngày 29 đến 30/1") is reported while it
  happens, no later than the document: the golds read it occurred, as any visit the document reports
  (:func:`visit_under_way`).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates_ranges import is_day_interval
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.model import EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
ST = members(Status)

# what a visit's range is written for; the acts at it are the others
_OWN_DATED: Final = frozenset({K.VISIT, K.HOST})
_FUTURE: Final = re.compile(
    r"\b(?:sẽ|dự kiến|dự định|phấn đấu|kế hoạch|chuẩn bị|tiến tới|nhằm|hướng tới|đề nghị|cần|phải|"
    r"tổ chức|kỷ niệm|chào mừng|nhân dịp|mời|đón)\b"
)
_UNDER_WAY: Final = re.compile(r"\bđang\s+(?:có chuyến\s+)?$")
_DATELINE_BEFORE: Final = re.compile(r"[^\W\d_][^,.;:\n]{0,30},\s*(?:[Nn]gày\s+)?")
_DATELINE_AFTER: Final = re.compile(r"\s*[–—-]\s")
_DAY: Final = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _month_of(value: str) -> str:
    """ "2016-05-23/2016-05-25" -> "2016-05"; "" for a range across months (or no day range)."""
    return value[:7] if is_day_interval(value) and value[:7] == value[11:18] else ""


def _inside(day: str, interval: str) -> bool:
    return len(day) == 10 and interval[:10] <= day <= interval[11:]


def visit_months(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Acts told in a later sentence than a one-month visit, dated by it and not by a date of their own
    sentence, take the visit's month."""
    visits = [d for d in drafts if d.kind is K.VISIT and _month_of(d.date)]
    if not visits:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if d.kind not in _OWN_DATED and d.date and (len(d.date) == 10 or is_day_interval(d.date)):
            v = next(
                (
                    v
                    for v in reversed(visits)
                    if v.sentence[0] < d.sentence[0] and (d.date == v.date or _inside(d.date, v.date))
                ),
                None,
            )
            if v is not None and not _written(ctx, d, v):
                d = d._replace(date=_month_of(v.date))
        out.append(d)
    return out


def _written(ctx: Context, d: Draft, v: Draft) -> bool:
    """Is the act's date written for it: in its own sentence, or (a day) anywhere from the visit's sentence on
    ("Ngày 30/1, X hội đàm với Y, người đang thăm ... từ ngày 29 đến 30/1/2024. Sau hội đàm, ...")?"""
    text = ctx.doc.text
    for x in ctx.dates_in(v.sentence[0], d.sentence[1]):
        if x.value == d.date and (x.start >= d.sentence[0] or len(d.date) == 10):
            if _DATELINE_AFTER.match(text, x.end) and _DATELINE_BEFORE.fullmatch(
                text, v.sentence[0], x.start
            ):
                continue  # "Hà Nội, ngày 5/10/2019 – ...": the release's date line, not the act's day
            return True
    return False


def _before_document(doc_date: object, date: str) -> bool:
    """Does ``date`` (its end, for an interval) lie wholly before the document's own date (at their common
    precision)? Unknown document dates and half-years compare by year only."""
    if not isinstance(doc_date, str) or not doc_date[:4].isdigit() or not date[:4].isdigit():
        return False
    end = date.rsplit("/", 1)[-1]
    m, n = _DAY.match(end), _DAY.match(doc_date)
    if m is None or n is None:
        return False
    a, b = m.group(0), n.group(0)
    k = min(len(a), len(b))
    return a[:k] < b[:k]


def past_in_plan(
    ctx: Context, low: str, status: Status, date: str, explicit: bool, c0: int, ts: int
) -> Status:
    """Planned only by its section, dated before the document by its own words: occurred."""
    if status is not ST.PLANNED or not explicit or not date:
        return status
    if not _before_document(ctx.doc.meta.get("date"), date):
        return status
    if _FUTURE.search(low, c0, ts) is not None:
        return status
    stop = low.find(".", ts, ts + 160)  # the date written in its own clause, not a lead-in's it inherits
    if not any(x.value == date for x in ctx.dates_in(c0, stop if stop >= 0 else ts + 160)):
        return status
    return ST.OCCURRED


def visit_under_way(low: str, kind: object, status: Status, date: str, c0: int, ts: int) -> Status:
    """ "người đang thăm ... Việt Nam": a visit the document reports while it happens, occurred."""
    if kind is K.VISIT and status is ST.ONGOING and date and _UNDER_WAY.search(low, max(c0, ts - 30), ts):
        return ST.OCCURRED
    return status
