"""Which clause a date belongs to (round 26): the date of the act's own clause beats a date of another clause.

What a Vietnamese reader knows, and the events stage reads by distance alone unless told:

* A fronted occasion ("Trong cuộc bầu chọn ngày 6/6/2023, X trúng cử ...", "Tại phiên họp ngày 12/10/2021, X
  được bầu ...") is an adverbial of the main clause: the occasion's date is when the main act happened, even
  when the occasion's noun is itself a trigger (:func:`occasion_frame`).
* A date after "và", "rồi", "sau đó", ";" or ":" that a clause follows ("X gia nhập ASEAN và năm 1998 X trở
  thành thành viên APEC") opens the next clause: it dates the act told after it, not the one before
  (:func:`opens_next_clause`).
* "năm Y" closing the trigger's own phrase ("... và là thành viên sáng lập SAARC năm 1985") dates that phrase's
  act; a date inside an earlier predicate ("Băng-la-đét giành độc lập năm 1971 và ...", "X, nước giành độc lập
  năm 1945, là ...") belongs to that predicate, however near it stands. A date fronted before its clause ("Năm
  1995, ...") is the clause's own and keeps its place (:func:`earlier_predicate`).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

# an occasion phrase opening the clause: "Trong / Tại / Nhân / Qua / Bên lề (các) cuộc / phiên / kỳ họp ..." (an
# opening date "Tháng 6/2023, " may come first)
_FRAME: Final = re.compile(
    r"\s*(?:[^,;:]{0,30},\s*)?(?:nhân dịp|nhân|trong dịp|trong khuôn khổ|trong|tại|qua|bên lề|ở)\s+"
    r"(?:các\s+|những\s+|hai\s+)?(?:cuộc|phiên|kỳ|vòng|lần|buổi|lễ|chuyến|đợt|hội nghị|hội đàm|đại hội"
    r"|diễn đàn|hội thảo)\b"
)


def occasion_frame(low: str, c0: int, prev: int, ts: int) -> bool:
    """Does the earlier trigger at ``prev`` sit in an occasion phrase that opens the clause at ``c0`` and closes
    with a comma before the trigger at ``ts`` ("Trong cuộc bầu chọn ngày 6/6/2023, X trúng cử ...")? Its date is
    then the main clause's too."""
    if prev < c0:
        return False
    m = _FRAME.match(low, c0)
    if m is None or prev < m.start():
        return False
    comma = low.find(",", m.end(), ts)
    return 0 <= comma and prev < comma and low.find(";", c0, ts) < 0


# what stands before a date that opens the next clause ("..., và ngày 14/11/1998 X ...", "; năm 1998, ...", "và,
# ngày 7/10/1971, được kết nạp ...": round 31; "... và trong sáu tháng đầu năm 2008 trở thành ...": round 41)
_NEXT_OPENS: Final = re.compile(
    r"(?:(?:,\s*)?\b(?:và|rồi|sau đó|nhưng|song)|\bvà\s*,|[;:])\s+(?:(?:vào|đến|tới|trong|hồi)\s+)?(?:(?:ngày|tháng|năm)\s+)?$"
)
_DATE_AND: Final = re.compile(
    r"\d\s*(?:,\s*)?(?:và|rồi)\s+(?:(?:vào|đến|tới)\s+)?(?:(?:ngày|tháng|năm)\s+)?$"
)


def opens_clause_here(low: str, lo: int, d0: int) -> bool:
    """Does the text before the date at ``d0`` (from ``lo``) open a new clause with it ("... và năm 1995 X gia
    nhập ...")? Not a second date coordinated with a first ("năm 2010 và năm 2020")."""
    return _NEXT_OPENS.search(low, lo, d0) is not None and _DATE_AND.search(low, lo, d0) is None


def opens_next_clause(low: str, te: int, d0: int, d1: int, p1: int) -> bool:
    """Is the date at ``low[d0:d1]``, after the trigger ending at ``te``, the opening of the next clause ("và năm
    1998 X trở thành ...")? Not a second date coordinated with a first ("năm 2010 và năm 2020"), and words must
    follow it before ``p1`` (where the trigger's objects end)."""
    if d0 < te or p1 - d1 < 4:
        return False
    return opens_clause_here(low, max(te, d0 - 24), d0)


# the words a fronted time adverbial may hold before its date ("Năm 1995,", "Vào cuối năm 1995,", "Từ ngày ...");
# a fronted place may come first ("Tại Hà Nội ngày 5/3/2024, ...": no digit, no verb of its own) (session 9)
_TIME_ONLY: Final = re.compile(
    r"\s*(?:(?:tại|ở)\s+(?:(?!(?:được|đã|là|có|do|của)\s)[^\d\s,;:()]+\s+){1,6}"
    r"(?=(?:vào\s+)?(?:ngày|tháng|năm|sáng|chiều|tối|hôm)\s|$))?"
    r"(?:(?:ngay\s+|và\s+)?(?:vào|trong|từ|kể từ|đến|tới|đầu|cuối|giữa|hồi|hôm|lúc|sáng|chiều|tối|đêm|ngày|tháng"
    r"|năm|khoảng|mùa\s+\w+)\s+)*$"
)
_CLAUSE_EDGE: Final = re.compile(r"[,;:()]|\bvà\b")


def earlier_predicate(low: str, c0: int, d0: int, d1: int, ts: int) -> bool:
    """Is the date at ``low[d0:d1]`` (before the trigger at ``ts``) inside an earlier predicate of the sentence
    ("giành độc lập năm 1971 và là ...", "X, nước giành độc lập năm 1945, là ...")? A clause edge (a comma, "và",
    a bracket) lies between it and the trigger, and words other than time words stand before it in its own
    segment: not a date fronted before its clause ("Năm 1995, X ...")."""
    if d1 > ts or _CLAUSE_EDGE.search(low, d1, ts) is None:
        return False
    seg = c0
    for m in _CLAUSE_EDGE.finditer(low, c0, d0):
        if not _ABBREVIATION.match(low, m.start()) and not _ABBREVIATION_END.search(
            low, max(c0, m.end() - 16), m.end()
        ):
            seg = (
                m.end()
            )  # (round 41: not the brackets of a name's abbreviation, "tham gia ... (EEA) từ năm 1994")
    return _TIME_ONLY.fullmatch(low, seg, d0) is None


# (an abbreviation in brackets: Latin letters only, "(eea)", "(asean)"; not a place's "(chi-lê)", "(lào)")
_ABBREVIATION: Final = re.compile(r"\(\s*[a-z0-9&.]{2,10}\s*\)")
_ABBREVIATION_END: Final = re.compile(r"\(\s*[a-z0-9&.]{2,10}\s*\)$")


def named_year(ctx: Context, te: int, end: int) -> str:
    """The date written right after the name of the first agreement the trigger ending at ``te`` governs (up
    to ``end``): "ký Hiệp định RCEP năm 2020", "ký Hiệp ước ... (1977)". An agreement's year is the year it was
    signed, so a signing the clause dates no other way is dated by it; "" when the name carries no date."""
    found = ctx.agreements_between(te, end)
    return ctx.attached_date(found[0].end) if found and found[0].start - te <= 40 else ""


# what the trigger's clause may hold before a date far after it: adjuncts, not a new predicate
_FAR_BREAK: Final = re.compile(
    r"[,;:()]|\b(?:và|rồi|nhằm|để|đồng thời|sau khi|trước khi|khi|được|nhưng|song)\b"
)
# the occasion a later trigger may name inside the clause ("trong cuộc bầu chọn", "tại phiên bỏ phiếu")
_OCCASION_BEFORE: Final = re.compile(
    r"\b(?:trong|tại|ở|vào|nhân|qua|bên lề)\s+(?:các\s+|những\s+)?(?:cuộc|phiên|kỳ|lễ|buổi|đợt|vòng|dịp|lần)\s*$"
)
_FAR: Final = 260  # characters after the trigger: a clause of adjuncts, not the next sentence's worth
_NEAR: Final = 100  # what events_dating.date_of reads itself
_ANCHORED: Final = re.compile(r"\b(?:trước|sau|đến|tới|từ)\s+(?:ngày\s+|tháng\s+|năm\s+)?$")


def _unbracketed(low: str, start: int, end: int) -> str:
    """``low[start:end]`` without the bracketed abbreviations of the names in it."""
    return _ABBREVIATION.sub("", low[start:end]) if low.find("(", start, end) >= 0 else low[start:end]


def far_own_date(ctx: Context, low: str, te: int, p1: int, c1: int) -> str:
    """The first date of the trigger's own clause written after its adjuncts, further than the nearest-date
    reading looks ("Việt Nam trúng cử ... nhiệm kỳ 2020 – 2021 tại phiên bỏ phiếu của Đại hội đồng khóa 73 ngày
    7/6/2019"; "X đã trúng cử ... trong cuộc bầu chọn diễn ra tại Niu Oóc ngày 6/6/2023"), for a clause that
    has no nearer date: the clause's date beats a heading's or the document's. No comma, "và", purpose, passive
    or time clause between (another predicate's date), and past the next trigger only when that trigger names
    the occasion ("trong cuộc bầu chọn"); "" when there is none."""
    end = min(c1, te + _FAR)
    for d in ctx.dates_in(te, end):
        if ctx.attached(d) or ctx.in_name(d):
            continue
        seen = d.end <= p1 and d.start - te <= _NEAR  # the nearest-date reading saw it and left it
        if seen or _ANCHORED.search(low, max(te, d.start - 12), d.start) is not None:
            return ""  # ("trước tháng 5/2024": a deadline)
        if _FAR_BREAK.search(low, te, d.start) is not None and _FAR_BREAK.search(
            _unbracketed(low, te, d.start)
        ):
            return ""  # (round 207: a name's abbreviation in brackets, "Hội nghị ... (COP30) vào tháng 11/2025", is
            # no break)
        if d.start > p1 and _OCCASION_BEFORE.search(low, max(te, p1 - 30), p1) is None:
            return ""
        return d.value
    return ""


# an appositive after the act's object that describes it: ", tổ chức được thành lập năm 1945," (its head noun first)
_APPOSITIVE_HEAD: Final = re.compile(
    r",\s*(?:một\s+|là\s+)?(?:tổ chức(?!\s+(?:các\s+|những\s+)?(?:hội|lễ|cuộc|diễn đàn|kỳ|phiên|chuyến|đoàn|hoạt động"
    r"|chương trình|tọa đàm|triển lãm|đối thoại|gặp|họp|đón|tiếp))|nước|quốc gia|nơi|thành phố|thủ đô|người|cơ chế|diễn đàn|khối|liên minh"
    r"|hiệp hội|hiệp định|hiệp ước|công ước|văn kiện|nhóm|cộng đồng|văn bản|thỏa thuận)\s[^,;:()]*$"
)


def object_appositive(low: str, te: int, d0: int, d1: int) -> bool:
    """Is the date at ``low[d0:d1]`` (after the trigger ending at ``te``) inside an appositive that describes the
    act's object and closes with a comma ("gia nhập Liên Hợp Quốc, tổ chức được thành lập năm 1945, vào ngày
    20/9/1977", "gia nhập ASEAN, tổ chức được thành lập năm 1967.")? That date is the object's, not the act's
    ("tổ chức hội nghị năm 1998" after a comma is another act: no appositive). A founding member joined when
    the organisation was founded: "thành viên sáng lập ADB, tổ chức ... được thành lập năm 1966" keeps it."""
    if d0 < te or low.find(",", te, d0) < 0 or low.find("sáng lập", max(0, te - 30), d0) >= 0:
        return False
    return _APPOSITIVE_HEAD.search(low, max(te, d0 - 80), d0) is not None
