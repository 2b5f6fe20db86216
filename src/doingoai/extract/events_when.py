"""Clauses that borrow their time from another (issue 3, seventeenth round).

* A trailing temporal clause ", khi X làm Y" ("..., khi nước này đảm nhiệm vai trò Chủ tịch ASEAN") names no time
  of its own: it happens when the main clause before its comma does, so it takes that clause's date and its
  modality ("sẽ", "dự kiến", "theo kế hoạch": still to come). "Khi đó / khi ấy" (then) and "trong khi" (whereas)
  are not such clauses; a "khi" clause with its own date keeps it.
* A relative clause on an unnamed head, "X cùng mười nước mới gia nhập EU được kết nạp vào ASEM", tells what the
  unnamed countries did before; the named X are the subject of the main verb after it ("được kết nạp"), not of
  the "gia nhập" inside it.
* "Tại hội nghị, ..." is at the meeting told last: its date is that meeting's (hosted or held), not the date of an
  earlier event of its own kind told in the paragraph before (:func:`at_meeting`, used by events_same_time).
* A founding member with no date of its own ("Việt Nam là một trong các thành viên sáng lập của Diễn đàn.") joined
  when the organisation was founded: the date of the founding told in its paragraph before it ("ASEM được khai
  sinh ... tháng 3/1996") (:func:`founding_date`).
* A contrastive clause with a named subject of its own (", còn Việt Nam trở thành thành viên ... năm 1998",
  ", trong khi Chi-lê gia nhập APEC năm 1994") is a new clause: its subject and its date are its own, not the
  first clause's (:func:`contrast_start`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from doingoai.extract.events_context import Context
from doingoai.extract.rx_boundary import compile_fast
from doingoai.model import EventKind as K

_WHEN: Final = re.compile(r",\s+(?:đúng\s+)?(?:khi|lúc|vào lúc|vào thời điểm)\s+(?!(?:đó|ấy|này|nào)\b)")
_MAIN_PLANNED: Final = re.compile(
    r"\b(?:sẽ|dự kiến|dự định|theo kế hoạch|theo dự kiến|theo lịch)\b", re.IGNORECASE
)
_MAIN_NEGATED: Final = re.compile(r"\b(?:không|chưa|chẳng)\s+(?:sẽ\s+)?$")
_DONE: Final = re.compile(r"\b(?:đã|vừa|từng|mới)\b")
_BREAK: Final = re.compile(r"[,;:.]")
_QUANT: Final = r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?|một số|các|những|nhiều|mấy)"
_UNNAMED_HEAD: Final = compile_fast(
    rf"\bcùng\s+{_QUANT}\s+(?:nước|quốc gia|thành viên)(?:\s+khác)?\s+(?:mới\s+)?(?:vừa\s+)?$"
)
_LATER_PASSIVE: Final = re.compile(r"\s(?:được|bị)\s+\w+")


def when_clause(ctx: Context, text: str, s0: int, c1: int, ts: int) -> tuple[str, bool] | None:
    """The main clause's (date, planned) for a trigger in a trailing ", khi ..." clause with no date of its own;
    None when the trigger is not in one. The date is "" when the main clause has none."""
    lo = max(s0, ts - 120)
    if (
        text.find("khi ", lo, ts) < 0
        and text.find("lúc ", lo, ts) < 0
        and text.find("thời điểm ", lo, ts) < 0
    ):
        return None  # fast path: no temporal conjunction before the trigger
    found = None
    for m in _WHEN.finditer(text, lo, ts):
        found = m
    if found is None or _BREAK.search(text, found.end(), ts) is not None:
        return None
    k = found.start()
    if _DONE.search(text, found.end(), c1) is not None:
        return None  # ", khi Việt Nam đã gia nhập WTO": done before the main clause's time
    if any(not (ctx.attached(d) or ctx.in_name(d)) for d in ctx.dates_in(found.end(), c1)):
        return None  # ", khi Việt Nam gia nhập WTO năm 2007": its own date
    told = [d for d in ctx.dates_in(s0, k) if not (ctx.attached(d) or ctx.in_name(d))]
    cue = _MAIN_PLANNED.search(text, s0, k)
    planned = cue is not None and _MAIN_NEGATED.search(text, max(s0, cue.start() - 12), cue.start()) is None
    return (told[-1].value if told else ""), planned


def unnamed_relative(text: str, c0: int, ts: int, te: int, c1: int) -> bool:
    """The trigger opens a relative clause on an unnamed head ("cùng mười nước mới gia nhập EU") and a passive
    main verb follows it in the clause ("được kết nạp vào ASEM"): the named subject did not do the trigger."""
    if _UNNAMED_HEAD.search(text, max(c0, ts - 40), ts) is None:
        return False
    return _LATER_PASSIVE.search(text, te, c1) is not None


_AT_MEETING: Final = re.compile(
    r"\W*(?:tại|trong|bên lề|nhân dịp|nhân|trong khuôn khổ) (?:các |những )?(?:hội nghị|cuộc họp|kỳ họp|phiên họp"
    r"|hội đàm|cuộc hội đàm|cuộc gặp)(?: này| đó| ấy| nói trên)?\s*,"
)
_MEETINGS: Final = (K.HOST, K.CONSULT)


def at_meeting(low: str, s0: int, before: Sequence[Any]) -> Any:
    """The last meeting (hosted or held) among the dated events ``before`` a sentence at ``s0`` that opens on
    "Tại hội nghị, ..." / "Bên lề cuộc họp, ..."; None for any other sentence."""
    if _AT_MEETING.match(low, s0) is None:
        return None
    return next((e for e in reversed(before) if e.kind in _MEETINGS), None)


_FOUNDER: Final = re.compile(r"\b(?:thành viên|nước|quốc gia)(?: \w+){0,2} sáng lập\b")
_FOUNDED: Final = re.compile(
    r"\b(?:được thành lập|được khai sinh|ra đời|chính thức thành lập|được sáng lập)\b"
)


def founding_date(ctx: Context, text: str, b0: int, s0: int, c0: int, p1: int) -> str:
    """For a founding membership told with no date (``c0``..``p1``), the date of the founding told in the same
    paragraph (from ``b0``) before its sentence (``s0``); "" when none is told."""
    if text.find("sáng lập", c0, p1) < 0 or _FOUNDER.search(text, c0, p1) is None:
        return ""
    found = None
    for m in _FOUNDED.finditer(text, max(b0, s0 - 400), s0):
        found = m
    if found is None:
        return ""
    end = text.find(". ", found.end(), s0)
    start = max(b0, text.rfind(". ", b0, found.start()) + 1)
    told = [
        d for d in ctx.dates_in(start, end if end >= 0 else s0) if not (ctx.attached(d) or ctx.in_name(d))
    ]
    after = [
        d for d in told if d.start >= found.end()
    ]  # "được thành lập ngày 8/8/1967", else "Năm 1967, ..."
    return after[0].value if after else told[-1].value if told else ""


_CONTRAST: Final = re.compile(r",\s*(?:còn|trong khi(?: đó)?|nhưng|song|mặt khác)\s+")


def contrast_start(text: str, index: Any, c0: int, ts: int) -> int:
    """Where the last contrastive clause before the trigger at ``ts`` starts when a name opens it (its subject),
    else -1. ``index`` is the clause's MentionIndex."""
    if text.find(",", c0, ts) < 0:
        return -1
    last = None
    for m in _CONTRAST.finditer(text, c0, ts):
        last = m
    if last is None:
        return -1
    names = index.between(last.end(), ts)
    return last.end() if names and names[0].start == last.end() else -1
