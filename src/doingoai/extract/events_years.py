"""Year arithmetic on ISO reduced-precision dates ("1977", "1998-11", "2020-H2", "1975/1985"): the years a date
covers, whether two dates may tell one event, and the date two tellings of one event keep.

Called by :mod:`doingoai.extract.events_merge` (``compatible``, ``merge_dates``, ``sharper_date``: one event per
fact) and :mod:`doingoai.extract.events_same_time` (``compatible``: a restatement's date).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def year_range(value: str) -> tuple[int, int] | None:
    """Years an ISO reduced-precision date covers: "1977" -> (1977, 1977), "1975/1985" -> (1975, 1985)."""
    if not value:
        return None
    parts = value.split("/")
    try:
        a = int(parts[0][:4])
        b = int(parts[-1][:4])
    except ValueError:
        return None
    return (min(a, b), max(a, b))


def compatible(a: str, b: str) -> bool:
    """Two dates may describe the same event: either is unknown, or their years overlap."""
    ra, rb = year_range(a), year_range(b)
    return ra is None or rb is None or (ra[0] <= rb[1] and rb[0] <= ra[1])


def sharper_date(a: str, b: str) -> str:
    """Two dates written for one event: a date inside the other's interval ("1998-11" within an
    abstract's "1991/2007"), else as :func:`merge_dates` (within one year the covering date stays: a
    task list's "2020-H2" does not narrow "Chủ tịch ASEAN 2020")."""
    ra, rb = year_range(a), year_range(b)
    if ra is not None and rb is not None and ra != rb:
        if "/" in b and rb[0] <= ra[0] and ra[1] <= rb[1]:
            return a
        if "/" in a and ra[0] <= rb[0] and rb[1] <= ra[1]:
            return b
    return merge_dates(a, b)


def merge_dates(a: str, b: str) -> str:
    """Keep the date that covers the other; else the span of both."""
    ra, rb = year_range(a), year_range(b)
    if ra is None:
        return b
    if rb is None or a == b:
        return a
    if ra[0] <= rb[0] and rb[1] <= ra[1]:
        return a
    if rb[0] <= ra[0] and ra[1] <= rb[1]:
        return b
    lo, hi = min(ra[0], rb[0]), max(ra[1], rb[1])
    return str(lo) if lo == hi else f"{lo}/{hi}"
