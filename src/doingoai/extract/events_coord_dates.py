"""Dates coordinated with an event's date: "năm 2010 và năm 2020", "nhiệm kỳ 2008 – 2009 và nhiệm kỳ
2020 – 2021", "Năm APEC 2006 và Năm APEC 2017" (see docs/decisions.md, "Events").

Called by :func:`doingoai.extract.events_coord.coordinated` (``coordinated_dates``: one event per date).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_later_clause import again_after

_DATE_AND: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:năm|nhiệm kỳ|khóa|tháng)\s+)?")


# after a date, a word that is not "và" / "và năm": a subject and its verb follow, the date opens their clause
_CLAUSE_OPENS: Final = re.compile(r" (?!và\b|cùng\b|với\b)[^\W\d_]")


def coordinated_dates(ctx: Context, low: str, value: str, te: int, s1: int) -> list[str]:
    """Dates coordinated with the event's date: "năm 2010 và năm 2020", "nhiệm kỳ 2008 – 2009 và nhiệm kỳ
    2020 – 2021", "Năm APEC 2006 và Năm APEC 2017" (the same words around each date)."""
    ds = ctx.dates_in(te, min(s1, te + 200))
    i = next((j for j, d in enumerate(ds) if d.value == value), -1)
    if i < 0:
        return []
    out: list[str] = []
    prev = ds[i]
    for d in ds[i + 1 :]:
        gap = low[prev.end : d.start]
        if not (_DATE_AND.fullmatch(gap) or _same_frame(low, prev, d, gap)):
            break
        if "và" not in gap and _CLAUSE_OPENS.match(low, d.end) and not again_after(low, d.end, s1):
            break  # "... vào tháng 11/1991, năm 1993 hai bên ký ...": the next clause's fronted date (round 23)
        out.append(d.value)
        prev = d
    return out


_VOTES_AFTER: Final = re.compile(r"\s*\(?(?:với |được )?\d{1,3}\s*/\s*\d{1,3} phiếu(?: (?:thuận|ủng hộ))?\)?")


def _same_frame(low: str, a, b, gap: str) -> bool:
    """ "Năm APEC 2006 và Năm APEC 2017": the words before the second date repeat those before the first (each may
    carry its votes: "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – 2021")."""
    votes = _VOTES_AFTER.match(gap)
    if votes is not None:
        gap = gap[votes.end() :]
    if not gap.lstrip(" ,").startswith("và "):
        return False
    words = gap.lstrip(" ,")[3:].strip()
    return 0 < len(words) <= 20 and low[max(0, a.start - len(words) - 1) : a.start].strip() == words


# (round 109) dates fronted together before their clause: "Năm 2014 và năm 2016, UNASUR ... thúc đẩy đối thoại"
_FRONT_OPEN: Final = re.compile(r"\s*(?:(?:vào|trong)\s+)?(?:(?:các\s+)?(?:năm|tháng|ngày)\s+)?$")
_FRONT_CLOSE: Final = re.compile(r"\s*,")


def fronted_dates(ctx: Context, low: str, value: str, te: int) -> list[str]:
    """The dates fronted with the event's date ``value`` at the head of its sentence ("Năm 2014 và năm 2016, X ...":
    one act each year), the first opening the sentence and the last followed by the comma that ends the adverbial;
    [] when the sentence does not open so."""
    sent = ctx.doc.sentence_at(max(0, te - 1))
    if sent is None:
        return []
    ds = [d for d in ctx.dates_in(sent.start, te) if not ctx.in_name(d)]
    if len(ds) < 2 or not _FRONT_OPEN.fullmatch(low, sent.start, ds[0].start):
        return []
    k = 0
    while k + 1 < len(ds) and _DATE_AND.fullmatch(low, ds[k].end, ds[k + 1].start):
        k += 1
    if k == 0 or not _FRONT_CLOSE.match(low, ds[k].end) or value not in {d.value for d in ds[: k + 1]}:
        return []
    return [d.value for d in ds[: k + 1] if d.value != value]
