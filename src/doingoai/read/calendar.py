"""An iCalendar file (.ics, RFC 5545) -> its entries as a person reads them in a calendar.

Read as plain text, a calendar showed its folded lines cut inside words ("Nhật B" / " ản"), its escapes
("Ezhimala\\, Kerala", "\\n") and its property names, and no event had a date unless its text wrote one. Here
the ``icalendar`` library (BSD, RFC 5545: unfolding, unescaping, parameters, time zones) parses the file:

* the calendar's name (X-WR-CALNAME, else its first entry's SUMMARY is no title: none) is the first line;
* each VEVENT, in the file's order: its SUMMARY a heading (level 1), its DESCRIPTION a paragraph (its "\\n"
  line breaks joined by a space); LOCATION, CATEGORIES, UIDs and stamps are left out;
* each entry is a dated part of the text (read/outline.py ``sections``): its DTSTART's day (an all-day entry of
  several days the interval to the day before its DTEND, which is exclusive), and its STATUS: TENTATIVE reads as
  planned, CANCELLED as not happened.

A file that is not a calendar (no BEGIN:VCALENDAR, a line that does not parse) is E114; an entry whose DTSTART
or DTEND is broken ("2024XX01") is read without a date (review 23).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.read.outline import Outline

__all__ = ["read_calendar"]

_STATUS = {"TENTATIVE": "planned", "CANCELLED": "negated"}


def _value(prop: Any) -> Any:
    """A date property's value (``date``, ``datetime``), or None for a missing or broken one (a DTSTART of
    "2024XX01": icalendar keeps it as a broken property whose ``dt`` raises)."""
    try:
        return getattr(prop, "dt", prop)
    except ValueError:  # icalendar.error.BrokenCalendarProperty (an InvalidCalendar, a ValueError)
        return None


def _day(prop: Any) -> dt.date | None:
    when = _value(prop)
    if isinstance(when, dt.datetime):
        return when.date()
    return when if isinstance(when, dt.date) else None


def _when(event: Any) -> str:
    """The entry's date (ISO 8601): DTSTART's day, or the interval of an all-day entry of several days."""
    start = _day(event.get("DTSTART"))
    if start is None:
        return ""
    end_value = event.get("DTEND")
    end = _day(end_value)
    all_day = not isinstance(_value(end_value), dt.datetime)
    if end is not None and all_day:
        end -= dt.timedelta(days=1)  # an all-day DTEND is the day after the last
    if end is not None and end > start:
        return f"{start.isoformat()}/{end.isoformat()}"
    return start.isoformat()


def read_calendar(data: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The calendar's text and meta (``title``, ``markup``, ``sections``); raises DoingoaiError (E114)."""
    import icalendar

    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise DoingoaiError(Code.E114_CALENDAR_BROKEN, "not an iCalendar file (no BEGIN:VCALENDAR)", shown)
    try:
        cal = icalendar.Calendar.from_ical(data)
        events = list(cal.walk("VEVENT"))
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise DoingoaiError(
            Code.E114_CALENDAR_BROKEN, f"the calendar cannot be parsed ({exc})", shown
        ) from None
    out = Outline()
    title = str(cal.get("X-WR-CALNAME") or "").strip()
    out.title(" ".join(title.split()))
    for event in events:
        start = out.pos
        out.put(" ".join(str(event.get("SUMMARY") or "").split()), "heading", 1)
        out.put(" ".join(str(event.get("DESCRIPTION") or "").split()), "text")  # ("\n" joined by a space)
        status = _STATUS.get(str(event.get("STATUS") or "").upper(), "")
        out.section(start, _when(event), status)
    text, meta = out.result()
    if title:
        meta["title"] = title
    return text, meta
