"""Diplomatic relations whose partners each carry their own date in parentheses (round 38): an encyclopedia entry or
an article about a group of states ends on "Việt Nam có quan hệ ngoại giao với cả năm nước thành viên, sớm nhất là với
Thụy Điển (11/1/1969), tiếp đó là Đan Mạch và Na Uy (25/11/1971), Phần Lan (25/1/1973)". Each state written right
before a parenthesised date (and those coordinated with it that carry none: "Đan Mạch và Na Uy (...)") established
relations with the sentence's one state named before "quan hệ ngoại giao", on that date: one event per partner.
Called once per document by :func:`doingoai.extract.events.find_events`.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.textscan import occurs
from doingoai.model import EventKind, Status

_TIES: Final = "quan hệ ngoại giao"
_OPEN: Final = re.compile(r"\s*\(\s*$")  # between a state's name and its date
_CLOSE: Final = re.compile(r"\s*\)")
# what may stand between two partners of the list: a comma, "và", "tiếp đó là", "sớm nhất là với", "trong đó có"
_GAP: Final = re.compile(
    r"\s*(?:,|;)?\s*(?:và\s+)?(?:(?:tiếp đó|sau đó|tiếp theo|sớm nhất|gần đây nhất) là\s+(?:với\s+)?|trong đó có\s+|với\s+)?"
)


# (round 151) a partnership set up with each partner on its own date: "Việt Nam đã thiết lập quan hệ Đối tác chiến
# lược toàn diện với cả ba nước thành viên ANZUS: Hoa Kỳ (tháng 9/2023), Ô-xtrây-li-a (tháng 3/2024) và Niu Di-lân
# (tháng 2/2025)": one upgrade per partner (the level's words right before "với")
_LEVEL: Final = re.compile(r"đối tác (?:chiến lược toàn diện|chiến lược|toàn diện)(?= với\b)")


def dated_partners(low: str, sentences: list[Any], index: Any, ctx: Any) -> list[Draft]:
    """One relations.establish draft per state dated in parentheses after "quan hệ ngoại giao với" (a relations.upgrade
    one after "quan hệ Đối tác ... với")."""
    ties, levels = occurs(low, _TIES), occurs(low, "đối tác")
    if not ties and not levels:
        return []
    out: list[Draft] = []
    for sent in sentences:
        at = low.find(_TIES, sent.start, sent.end) if ties else -1
        if at >= 0:
            out += _listed(low, sent, index, ctx, at, at + len(_TIES), EventKind.RELATIONS_ESTABLISH)
            continue
        m = _LEVEL.search(low, sent.start, sent.end) if levels else None
        if m is not None:
            out += _listed(low, sent, index, ctx, m.start(), m.end(), EventKind.RELATIONS_UPGRADE)
    return out


def _listed(low: str, sent: Any, index: Any, ctx: Any, at: int, key_end: int, kind: EventKind) -> list[Draft]:
    """The drafts of ``kind`` for the states dated in parentheses after ``low[at:key_end]`` in ``sent``."""
    out: list[Draft] = []
    before = {m.code for m in index.between(sent.start, at) if m.kind == "country"}
    if len(before) != 1:
        return out
    subject = before.pop()
    pending: list[str] = []
    pos = key_end
    for m in index.between(pos, sent.end):
        if m.kind != "country" or m.code == subject:
            pending, pos = [], m.end
            continue
        if not _GAP.fullmatch(low, pos, m.start) and pos != key_end:
            pending = []
        pending.append(m.code)
        pos = m.end
        date = next(
            (d for d in ctx.dates_in(m.end, m.end + 30) if _OPEN.fullmatch(low, m.end, d.start)),
            None,
        )
        if date is None or not _CLOSE.match(low, date.end):
            continue
        for code in dict.fromkeys(pending):
            out.append(Draft(kind, (subject,), (code,), date.value, Status.OCCURRED, (sent.start, sent.end)))
        pending, pos = [], date.end + 1
    return out
