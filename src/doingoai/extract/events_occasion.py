"""Frames of the events stage from heldout7's constructions (see docs/decisions.md, "Events", "Construction
grid, fifth round"): an occasion phrase opening a clause ("Nhân chuyến thăm ... tháng 3/2025 của X, hai nước
...") whose date also dates the main clause; an anniversary celebrated in a plan (a relations event to come);
a negotiation "chưa kết thúc"; aid as the subject of a negated predicate; an event dated after the document's
own day (planned); "của Chính phủ" as Vietnam's. Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Status

K = EventKind
CELEBRATIONS: Final = (
    "celebrations"  # Context.cache key: the relations events of anniversaries to be celebrated
)

# "Nhân chuyến thăm", "Trong chuyến thăm", "Nhân dịp chuyến thăm", "Trong khuôn khổ chuyến thăm" (an opening date
# "Tháng 2/2025, " may come first)
_OCCASION: Final = re.compile(
    r"\s*(?:[^,;:]{0,30},\s*)?(?:nhân dịp|nhân|trong dịp|trong khuôn khổ|trong|dịp)\s+(?:chuyến|cuộc) (?:thăm|công du)"
)


def occasion_opens(text: str, c0: int, prev: int, ts: int) -> bool:
    """Does the earlier trigger at ``prev`` sit in an occasion phrase opening the clause at ``c0`` and closed by
    a comma before the trigger at ``ts``? Its date is then the main clause's too."""
    if prev < c0:
        return False
    m = _OCCASION.match(text, c0)
    return m is not None and m.start() <= prev <= m.end() and text.find(",", prev, ts) >= 0


# a bare visit framing its sentence: "Trong chuyến thăm, lãnh đạo hai nước sẽ hội đàm" (no visitor, no place)
_BARE_FRAME: Final = re.compile(
    r"\s*(?:trong|nhân|nhân dịp|trong dịp|trong khuôn khổ|dịp)(?: chuyến| cuộc)? "
)
_FRAME_CLOSE: Final = re.compile(r"(?: (?:này|lần này|nói trên|trên))?\s*,")


def bare_frame(text: str, s0: int, ts: int, te: int) -> bool:
    """Is the visit at ``ts``..``te`` a bare frame opening its sentence ("Trong chuyến thăm, hai bên ...", "Nhân dịp
    chuyến thăm này, ..."), no visitor and no place written: the visit told before, not a new one (round 105)."""
    return _BARE_FRAME.fullmatch(text, s0, ts) is not None and _FRAME_CLOSE.match(text, te) is not None


def celebration(d: Draft, years: int) -> list[Draft]:
    """ "Tổ chức các hoạt động kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962 – 5/9/2022)"
    in a plan: besides the establishment it remembers (``d``, in the past), the celebration is a relations event
    to come, dated ``years`` after it ("2022-09-05"). A celebration told as past is not one (it is evidence of
    the establishment only)."""
    if d.kind not in (K.RELATIONS_ESTABLISH, K.MEMBERSHIP_JOIN) or not d.actors:
        return []
    date = str(int(d.date[:4]) + years) + d.date[4:] if d.date[:4].isdigit() and "/" not in d.date else ""
    return [d._replace(kind=K.RELATIONS, date=date, status=Status.PLANNED, attrs=())]


# "- Đàm phán Hiệp định ... (EFTA) chưa kết thúc.": a negotiation named as the subject of a conclusion that did not
# happen (a trigger opening its clause, a list marker or "việc"/"quá trình" before it)
_NOMINAL_OPEN: Final = re.compile(
    r"\s*(?:[-+•*]\s*|\d+[.)]\s*)?(?:(?:việc|quá trình|tiến trình|các vòng|vòng) )?"
)
_UNFINISHED: Final = re.compile(
    r"[^;:.]{0,160}?\b(?:vẫn |hiện |đến nay |hiện vẫn )?chưa (?:kết thúc|hoàn tất|hoàn thành|xong|ngã ngũ|đạt được kết quả)\b"
)


def unfinished(text: str, c0: int, ts: int, te: int, c1: int) -> bool:
    """Is the negotiation at ``ts`` the subject of "chưa kết thúc / hoàn tất" (no event: the statement is that
    nothing concluded)?"""
    return _NOMINAL_OPEN.fullmatch(text, c0, ts) is not None and _UNFINISHED.match(text, te, c1) is not None


_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_START: Final = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|/)")


def after_document(doc_date: object, date: str) -> bool:
    """Is ``date`` (an event's explicit date) later than the document's own day? A notice dated 2/10/2024 that
    lists "chiêu đãi ... trong tháng 11/2024" plans it: a document cannot report what happens after it. Only a
    document dated to the day counts (a journal issue's month or year says little about when it was written)."""
    if not isinstance(doc_date, str) or not _DAY.fullmatch(doc_date):
        return False
    m = _START.match(date)
    return m is not None and m.group(0) > doc_date[: len(m.group(0))]


# "..., nên viện trợ không hoàn lại của các tổ chức này không còn giữ vai trò như trước": aid named as the subject of a
# negated predicate (the nominal opens its clause, or follows a connective) is no aid given; so is cooperation named
# by its projects ("Tuy vậy, một số dự án hợp tác giữa hai nước chưa được triển khai"; round 112: "Đề án hợp tác
# với X chưa được phê duyệt")
_NOMINAL_SUBJECT: Final = re.compile(
    r"(?:^|[,;]\s*|\.\s+)(?:(?:nên|vì vậy|vì thế|do đó|do vậy|song|nhưng|tuy nhiên|mặt khác)\s+)?"
    r"(?:(?:các |những |một số |nhiều )?(?:khoản|nguồn|sự|lượng|dự án|đề án|chương trình|hoạt động)\s+)?$"
)
_NEGATED_PREDICATE: Final = re.compile(r"[^,;.:]{0,80}?\b(?:không còn|không|chưa|chẳng)\b")


_PROJECTS: Final = re.compile(r"\b(?:dự án|đề án|chương trình|hoạt động)\s+$")


def negated_nominal(text: str, c0: int, ts: int, te: int, c1: int, projects: bool = False) -> bool:
    """Is the aid or support at ``ts`` a nominal subject whose predicate is negated? With ``projects``, only when it
    is named by its projects ("dự án hợp tác ... chưa được triển khai")."""
    return (
        (not projects or _PROJECTS.search(text, max(c0, ts - 20), ts) is not None)
        and _NOMINAL_SUBJECT.search(text, max(c0, ts - 40), ts) is not None
        and _NEGATED_PREDICATE.match(text, te, c1) is not None
    )


# (round 112) a project funded by a donor and not carried out: "Dự án ... do Quỹ X tài trợ chưa được triển khai",
# "Chương trình học bổng do một doanh nghiệp X cam kết tài trợ vẫn chưa được triển khai": the funding named in a
# relative clause ("do <donor> tài trợ") whose project's predicate, right after it, is negated gave no aid
_FUNDED_BY: Final = re.compile(r"\bdo [^,;.:()]{2,80}?(?:\([^()]{1,20}\)\s*)?(?:cam kết\s+)?$")
_NOT_CARRIED_OUT: Final = re.compile(
    r"\s+(?:(?:vẫn|hiện|đến nay|cũng|vẫn còn)\s+)*(?:chưa|không)\s+(?:được\s+)?(?:triển khai|thực hiện|giải ngân"
    r"|phê duyệt|khởi công|hoàn thành|đưa vào|ký|ký kết|thông qua)\b"
)


def funded_not_carried_out(text: str, c0: int, ts: int, te: int) -> bool:
    """Is the aid at ``ts``-``te`` a donor's funding in a relative clause ("do X tài trợ") whose project is not carried
    out, the negation right after it ("... chưa được triển khai")?"""
    return (
        _NOT_CARRIED_OUT.match(text, te) is not None
        and _FUNDED_BY.search(text, max(c0, ts - 100), ts) is not None
    )


# "là đối tác lâu năm của Chính phủ": in Vietnamese official writing the Government or the State named alone is Vietnam's
_OWN_GOVERNMENT: Final = re.compile(r" của (?:Chính phủ|Nhà nước|Quốc hội)(?! [A-ZĐÀ-Ỹ])")


def own_government(doc_text: str, te: int) -> bool:
    """Is the trigger ending at ``te`` followed by "của Chính phủ" with no country after it?"""
    return _OWN_GOVERNMENT.match(doc_text, te) is not None
