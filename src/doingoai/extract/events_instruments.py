"""The instrument an act is done under, told after it: "X cùng Y thành lập Z theo Hiệp ước A-xun-xi-ôn (1991)",
"gia nhập Liên minh theo Hiệp ước Gia nhập năm 2003". The treaty's year dates a founding or an accession whose
clause gives no date of its own (the year written after a name "dates the name", so the clause's own date search
sets it aside; here the name is the instrument of the act). See docs/decisions.md (Events, round 18).
"""

from __future__ import annotations

import re
from typing import Any, Final

# "theo / căn cứ / trên cơ sở <instrument noun> ...": the act's legal basis, named after its object
_UNDER_AFTER: Final = re.compile(
    r"\b(?:theo|căn cứ(?: vào)?|trên cơ sở|bằng)\s+(?:(?:các )?(?:quy định|điều khoản) của\s+)?"
    r"(?:hiệp ước|hiệp định|tuyên bố|hiến chương|công ước|nghị định thư|thỏa thuận|thoả thuận)\b"
)
_NAME_SPAN: Final = (
    80  # how far after the instrument noun its year may be written ("Hiệp ước A-xun-xi-ôn (1991)")
)


def instrument_date(ctx: Any, low: str, te: int, p1: int) -> str:
    """The year of the instrument named after "theo" between the trigger's end ``te`` and its clause's end ``p1``
    ("... thành lập MERCOSUR theo Hiệp ước A-xun-xi-ôn (1991)"), when that year is the first date after the
    noun and is written with the name (attached to it, or "năm Y" right after it); else ""."""
    if low.find("theo ", te, p1) < 0 and low.find("căn cứ", te, p1) < 0 and low.find("cơ sở", te, p1) < 0:
        return ""  # the fast path: most clauses name no instrument
    m = _UNDER_AFTER.search(low, te, p1)
    if m is None:
        return ""
    for d in ctx.dates_in(m.end(), min(p1 + 8, m.end() + _NAME_SPAN)):
        if not d.value[:4].isdigit():
            return ""
        head = low[m.end() : d.start]
        if ctx.attached(d) or low.startswith("năm", d.start) or head.rstrip().endswith(("năm", "(")):
            return d.value[:4]
        return ""
    return ""


# ", cùng (với) A, B và C" closing the clause: the companions of its subject in the act ("X là một trong bốn nước
# sáng lập Z theo Hiệp ước ..., cùng A, B và C"); a name inside a further phrase is not one
_COMPANIONS: Final = re.compile(r",\s*cùng(?: với)?\s+$")


def trailing_companions(low: str, groups: list[Any], te: int, c1: int) -> list[str]:
    """The states named in a ", cùng A, B và C" phrase after the trigger's object (``te``..``c1``)."""
    if low.find("cùng", te, c1) < 0:
        return []
    out: list[str] = []
    for g in groups:
        if g.start < te or g.end > c1 or g.marker:
            continue
        if _COMPANIONS.search(low, max(te, g.start - 14), g.start) and all(k == "country" for k in g.kinds):
            out += [c for c in g.codes if c not in out]
    return out


# "Hội nghị do X chủ trì." opening its sentence with no name of its own: the meeting told just before it
_BARE_MEETING: Final = re.compile(
    r"\s*(?:hội nghị|hội nghị cấp cao|hội nghị thượng đỉnh|cuộc họp|cuộc gặp)\s+$"
)
_MEETING_BEFORE: Final = re.compile(r"\b(?:hội nghị|thượng đỉnh|cuộc họp)\b")
_REACH: Final = 400


def _told_meeting(low: str, c0: int, ts: int) -> tuple[int, int, int] | None:
    """Where the meeting told last before a bare "Hội nghị" opening the clause ``c0``..``ts`` is named (its start, the
    end of its name) and the end of its sentence; None when the clause names a meeting of its own or none is told."""
    if _BARE_MEETING.fullmatch(low, c0, ts) is None:
        return None
    last = None
    for m in _MEETING_BEFORE.finditer(low, max(0, c0 - _REACH), max(0, c0 - 1)):
        last = m
    if last is None:
        return None
    stop = _NAME_STOP.search(low, last.end(), c0)
    end = low.find(". ", last.end(), c0)
    return last.start(), stop.start() if stop else c0, end if end >= 0 else c0


_NAME_STOP: Final = re.compile(r"[.;:!?\n]|, (?!\w+ )")


def told_meeting_date(ctx: Any, low: str, c0: int, ts: int) -> str:
    """The date written in the sentence of the meeting a bare "Hội nghị" refers to (see :func:`told_meeting_orgs`)."""
    told = _told_meeting(low, c0, ts)
    if told is None:
        return ""
    dates = [d for d in ctx.dates_in(told[0], told[2]) if not ctx.attached(d)]
    return dates[-1].value if dates else ""


def told_meeting_orgs(low: str, index: Any, c0: int, ts: int) -> list[str]:
    """The organisations named in the meeting told last before a bare "Hội nghị" opening the clause ``c0``..``ts``
    ("Hội nghị Cấp cao ASEAN – GCC ... diễn ra tại Ri-át. Hội nghị do Thái tử X chủ trì."); [] when the clause names a
    meeting of its own or none is told before."""
    told = _told_meeting(low, c0, ts)
    if told is None:
        return []
    out: list[str] = []
    for m in index.between(told[0], told[1]):
        if m.kind in ("organisation", "body") and m.code not in out:
            out.append(m.code)
    return out


# "dự hội nghị tại Ri-ô ngày 18 – 19/11": a meeting attended, named by its head noun alone (the one told before)
_BARE_ATTENDED: Final = re.compile(
    r"\s+(?:hội nghị|hội nghị thượng đỉnh|hội nghị cấp cao)(?: (?:này|đó|lần này|năm nay))?"
    r"(?=\s+(?:tại|ở|ngày|tháng|năm|vào)\b)"
)
_COME_TO: Final = re.compile(
    r"\b(?:sang|đến|tới|về)\s+$"
)  # "đón X sang dự Hội nghị": a visit to attend it, told as one


def attended_meeting_orgs(low: str, index: Any, te: int, ts: int) -> list[str]:
    """The organisations named in the meeting told last before a bare "dự hội nghị" (``ts``..``te`` the verb)."""
    if _BARE_ATTENDED.match(low, te) is None or _COME_TO.search(low, max(0, ts - 8), ts):
        return []
    last = None
    for m in _MEETING_BEFORE.finditer(low, max(0, ts - _REACH), ts):
        last = m
    if last is None:
        return []
    stop = _NAME_STOP.search(low, last.end(), ts)
    out: list[str] = []
    for m in index.between(last.end(), stop.start() if stop else ts):
        if m.kind in ("organisation", "body") and m.code not in out:
            out.append(m.code)
    return out
