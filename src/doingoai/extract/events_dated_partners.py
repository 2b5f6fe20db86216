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
_LEVEL_WORD: Final = "đối tác"  # in every match of _LEVEL and of _RAISE
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
# (round 156) the partners listed between "nâng (cấp) quan hệ với" and the level they were raised to, each with its
# own date: "Năm 2023, ta đã nâng quan hệ với Hàn Quốc (tháng 6) và Nhật Bản (tháng 11) lên Đối tác chiến lược toàn
# diện" (a minister's answer, a review); the subject a state named before, or Vietnam spoken of as "ta"/"chúng ta"/
# "nước ta" in a Vietnamese text (the speaker's own side)
_RAISE: Final = re.compile(
    r"nâng(?: cấp)? quan hệ với (?=[^.;]*?\)\s*lên (?:quan hệ |mức |thành )?(?:đối tác|quan hệ đối tác) "
    r"(?:chiến lược toàn diện|chiến lược|toàn diện)\b)"
)
_LEVEL_AFTER: Final = re.compile(r"\s*lên (?:quan hệ |mức |thành )?(?:quan hệ )?đối tác ")
_WE: Final = re.compile(r"(?:^|[\s,])(?:chúng ta|nước ta|ta)\s+(?:(?:đã|cũng|vừa|đã chính thức)\s+)?$")
_YEAR: Final = re.compile(r"\d{4}")
_MONTH_ONLY: Final = re.compile(r"tháng \d{1,2}")


def dated_partners(low: str, sentences: list[Any], index: Any, ctx: Any) -> list[Draft]:
    """One relations.establish draft per state dated in parentheses after "quan hệ ngoại giao với" (a relations.upgrade
    one after "quan hệ Đối tác ... với")."""
    ties, levels = occurs(low, _TIES), occurs(low, _LEVEL_WORD)
    if not ties and not levels:
        return []
    out: list[Draft] = []
    for sent in sentences:
        at = low.find(_TIES, sent.start, sent.end) if ties else -1
        if at >= 0:
            out += _listed(low, sent, index, ctx, at, at + len(_TIES), EventKind.RELATIONS_ESTABLISH)
            continue
        # (speed round 29) a match of either pattern holds "đối tác" inside the sentence: one str.find for both
        if not levels or low.find(_LEVEL_WORD, sent.start, sent.end) < 0:
            continue
        m = _LEVEL.search(low, sent.start, sent.end)
        if m is not None:
            out += _listed(low, sent, index, ctx, m.start(), m.end(), EventKind.RELATIONS_UPGRADE)
            continue
        r = _RAISE.search(low, sent.start, sent.end)
        if r is not None:
            out += _raised(low, sent, index, ctx, r.start(), r.end())
    return out


def _raised(low: str, sent: Any, index: Any, ctx: Any, at: int, key_end: int) -> list[Draft]:
    """The upgrades of "nâng quan hệ với A (date) và B (date) lên Đối tác …": one per dated partner; a month
    without its year ("(tháng 6)") takes the year the sentence names before ("Năm 2023, …")."""
    before = {m.code for m in index.between(sent.start, at) if m.kind == "country"}
    if len(before) > 1:
        return []
    if before:
        subject = before.pop()
    elif _WE.search(low, sent.start, at) and (at - sent.start) < 80:
        subject = "VNM"
    else:
        return []
    year = ""
    for d in ctx.dates_in(sent.start, at):
        if _YEAR.fullmatch(d.value):
            year = d.value
    out: list[Draft] = []
    pos = key_end
    pending: list[str] = []
    for m in index.between(key_end, sent.end):
        if m.kind != "country" or m.code == subject:
            return []  # (anything else listed: not the shape)
        if pos != key_end and not _GAP.fullmatch(low, pos, m.start):
            return []
        pending.append(m.code)
        pos = m.end
        date = next(
            (d for d in ctx.dates_in(m.end, m.end + 30) if _OPEN.fullmatch(low, m.end, d.start)), None
        )
        if date is None or not _CLOSE.match(low, date.end):
            continue
        value = date.value
        if year and _MONTH_ONLY.fullmatch(low, date.start, date.end):
            value = f"{year}-{int(low[date.start + 6 : date.end]):02d}"
        for code in dict.fromkeys(pending):
            out.append(
                Draft(
                    EventKind.RELATIONS_UPGRADE,
                    (subject,),
                    (code,),
                    value,
                    Status.OCCURRED,
                    (sent.start, sent.end),
                )
            )
        pending, pos = [], _CLOSE.match(low, date.end).end()  # type: ignore[union-attr]
        if _LEVEL_AFTER.match(low, pos):
            return out if len(out) >= 2 else []
    return []


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


def drop_whole(drafts: list[Any], listed: list[Draft]) -> list[Any]:
    """``drafts`` without the one event the trigger pass read for a list the partners of which ``listed`` dates one by
    one ("nâng quan hệ với A (tháng 6) và B (tháng 11) …": A and B, each on its date, not both on the year)."""
    if not listed:
        return drafts
    covered: dict[tuple[EventKind, tuple[int, int]], set[str]] = {}
    for d in listed:
        covered.setdefault((d.kind, d.sentence), set()).update(d.recipients + d.actors)
    out = []
    for d in drafts:
        codes = covered.get((d.kind, d.sentence))
        if codes is not None and d not in listed:
            parties = set(d.actors) | set(d.recipients)
            if len(parties & codes) >= 3 and parties <= codes:
                continue  # (the subject and two partners or more, all dated one by one)
        out.append(d)
    return out
