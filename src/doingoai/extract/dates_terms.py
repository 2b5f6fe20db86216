"""Dates that bound what an event is about rather than date it (for ``events_dating.date_of``).

After the trigger, "(hợp tác) giai đoạn 2025 – 2030", "nhiệm kỳ 2026 – 2028", "thời kỳ 2021 – 2025" name the term of
the object (a memorandum's programme, a seat's term) and "đến năm 2050", "tầm nhìn 2045" a target: "Phấn đấu ký
thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh X trong năm nay" is signed this year; "giữ cương vị Chủ tịch
Phong trào đến năm 2016" after "Năm 2012, ..." took the chair in 2012. Such a date dates the event only when the
clause gives no other ("được bầu làm Ủy viên ... nhiệm kỳ 2020 – 2021": the term is all the text says).

A year in a quoted title ("hội thảo “Hiệp định Pa-ri năm 1991 và ...”") names the work or the meeting
(:func:`titled_quotes`, round 41).
"""

from __future__ import annotations

import re
from typing import Final

# the words right before a date (on the text, either case) that make it a term or a target
_TERM_BEFORE: Final = re.compile(
    r"(?:\b(?:giai\s+đoạn|nhiệm\s+kỳ|nhiệm\s+kì|thời\s+kỳ|thời\s+kì|tầm\s+nhìn)(?:\s+(?:đến|tới))?|\b(?:đến|tới)"
    r"|\b(?:đến|tới|tầm\s+nhìn\s+(?:đến|tới))\s+năm)\s*$",
    re.IGNORECASE,
)


# (round 109) a second term coordinated with a first: "nhiệm kỳ 2008 – 2009 và 2020 – 2021"
_TERM_AND: Final = re.compile(
    r"\b(?:giai\s+đoạn|nhiệm\s+kỳ|nhiệm\s+kì|thời\s+kỳ|thời\s+kì)\s+\d{4}\s*[–—-]\s*\d{2,4}"
    r"(?:\s*(?:,|và|,\s*và)\s*\d{4}\s*[–—-]\s*\d{2,4})*\s*(?:,|và|,\s*và)\s*$",
    re.IGNORECASE,
)


def term_or_target(text: str, start: int, te: int) -> bool:
    """Is the date at ``start`` (after the trigger ending at ``te``) a term or a target written in the event's
    object ("giai đoạn 2025 – 2030", "nhiệm kỳ 2026 – 2028", "đến năm 2050"), or a term coordinated with one
    ("nhiệm kỳ 2008 – 2009 và 2020 – 2021")?"""
    return start >= te and (
        _TERM_BEFORE.search(text, max(te, start - 20), start) is not None or coordinated_term(text, start, te)
    )


def coordinated_term(text: str, start: int, lo: int = 0) -> bool:
    """Is the date at ``start`` a term coordinated after a first one ("nhiệm kỳ 2008 – 2009 và 2020 – 2021")?
    ``text`` is the lower-cased text (the fast path looks for "và" as written there)."""
    if text.find("và", max(lo, start - 6), start) < 0 and text.find(",", max(lo, start - 4), start) < 0:
        return False  # (the fast path)
    return _TERM_AND.search(text, max(lo, start - 80), start) is not None


_YEAR_WRITTEN: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_BRACKETED: Final = re.compile(r"\([^()\n]*\)")


# "phía bạn còn là thành viên BIMSTEC từ tháng 12/1997": a state's start told after its predicate, not an episode a
# narrative goes on from (a fronted "Từ năm 1975, ..." follows no word and still anchors) (round 23)
_SINCE_AFTER_WORD: Final = re.compile(r"[\w)]\s+từ(?:\s+(?:năm|tháng|ngày))?\s*$")  # ("(BIMSTEC) từ ...")


def anchor_year_before(low: str, lo: int, s: int) -> bool:
    """Does ``low[lo:s]`` write a year a narrative's "tháng trước" / "tuần tới" may count from ("Tháng 3/1979
    ... Tháng trước, ...")? Not a term or a target ("nhiệm kỳ 2020 – 2021", "đến năm 2030") nor a date in
    brackets ("kỷ niệm 55 năm ... (24/6/1967 – 24/6/2022)"): those date no episode the text goes on from."""
    if _YEAR_WRITTEN.search(low, lo, s) is None:
        return False
    asides = [m.span() for m in _BRACKETED.finditer(low, lo, s)] if low.find("(", lo, s) >= 0 else []
    for y in _YEAR_WRITTEN.finditer(low, lo, s):
        if any(a <= y.start() < b for a, b in asides):
            continue
        k = y.start()
        # (back over "2020 – " to the words before the term)
        while k > lo and low[k - 1] in " –—-/0123456789":
            k -= 1
        if (
            _TERM_BEFORE.search(low, max(lo, k - 20), k) is None
            and _SINCE_AFTER_WORD.search(low, max(lo, k - 20), k) is None
            and not _PARTICIPLE_AFTER_COMMA.match(low, max(lo, low.rfind(",", lo, k) + 1), k)
        ):
            return True
    return False


# (round 30) "Quan hệ giữa Việt Nam và X, được thiết lập ngày 25/6/1975, là nền tảng ...; Tháng trước, ...": a
# date in a participle after a comma describes what is named, an episode the text does not go on from
_PARTICIPLE_AFTER_COMMA: Final = re.compile(r"\s*được\s+[^,.;:()]{0,80}$")


def act_year_after_name(code: str, gap: str, value: str) -> bool:
    """ "phê chuẩn Công ước khung ... về biến đổi khí hậu năm 1994": an unbracketed "năm YYYY" after an agreement's
    name is the act's year, not the name's, when the gazetteer dates the agreement itself to another year (1992).
    The gazetteer's year only tells the two apart; it never dates the act."""
    if "(" in gap or "năm" not in gap or not value[:4].isdigit():
        return False
    from doingoai.extract import gazetteer  # (loaded once; imported here to keep this module's imports light)

    e = gazetteer.entry(code)
    own = e.date[:4] if e is not None else ""
    return own.isdigit() and own != value[:4]


# a work, an event or a theme titled in quotes: its year names it ("hội thảo quốc tế “Hiệp định Pa-ri năm 1991 và hòa
# bình ở Đông Nam Á”", "triển lãm “Việt Nam – Lào 1977 – 2027”"), as a year in an agreement's name does
_TITLE_NOUN: Final = re.compile(
    r"\b(?:hội thảo|tọa đàm|toạ đàm|hội nghị|diễn đàn|triển lãm|chủ đề|cuốn sách|sách|tác phẩm|bộ phim|phim|đề tài"
    r"|chương trình|cuộc thi|liên hoan|khẩu hiệu)(?:\s+(?:quốc tế|khoa học|trực tuyến|với|mang))*\s*(?:là\s+|:\s*)?$",
    re.IGNORECASE,
)


def titled_quotes(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted titles (at most 200 characters) right after a title's noun ("hội thảo", "triển lãm", "chủ đề")."""
    return [
        (a, b) for a, b in quotes if b - a <= 200 and _TITLE_NOUN.search(text, max(0, a - 40), a) is not None
    ]
