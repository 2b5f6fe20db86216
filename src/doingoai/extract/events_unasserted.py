"""Events: statements that name an act without asserting that it happened (see docs/decisions.md, "Construction
grid, eighth round"). Used by :mod:`events_draft`.

* a visit, meeting or summit called off or put off ("hoãn chuyến thăm", "Chuyến thăm ... đã bị hủy bỏ"): negated;
* a generic subject ("Một quốc gia muốn gia nhập WTO phải ..."): no party to default to, so no event;
* a personal pronoun subject ("Tháng 3/2023, ông thăm Nhật Bản") after a titled foreign leader: that leader's
  country, never Vietnam by default.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.vi_regex import rx
from doingoai.model import Document, EventKind, by_start

K = EventKind
MEETING_KINDS: Final = (K.VISIT, K.CONSULT, K.HOST)
# after the trigger, in its clause: "(Chuyến thăm ...) đã bị hủy bỏ", "bị hoãn lại", "phải tạm hoãn"
_CALLED_OFF_AFTER: Final = rx(r"\b(?:bị|đã|phải|được|buộc phải) (?:tạm )?(?:hoãn|hủy)(?![^\W\d_])")
_CALLED_OFF_WORD: Final = re.compile("hoãn|hủy|huỷ")
# a subject that names no one: "một quốc gia muốn ...", "mỗi nước thành viên ...", "bất kỳ nước nào ...", "nước chủ
# nhà", or a clause opening on "Thông thường" (a habit, not an act)
_GENERIC_SUBJECT: Final = rx(
    r"(?:^|[,;]\s*)(?:(?:mỗi|bất kỳ|bất cứ) (?:quốc gia|nước|thành viên|chính phủ|bên)"
    r"|(?:một|các|những) (?:quốc gia|nước|thành viên|chính phủ|bên)(?: (?:nào|thành viên|đang phát triển|nhỏ))?"
    r" (?:muốn|thường|đều phải|phải|cần|lần lượt|luân phiên))"
    r"|\b(?:khi|lúc|một khi|mỗi khi) (?:một|mỗi|các) (?:quốc gia|nước|thành viên|bên)\b"
    r"|\bnước chủ nhà\b|^(?:thông thường|theo thông lệ)\b"
)
# a third person opening the clause: "Ông thăm ...", "Tháng 3/2023, ông thăm ...", "Sau đó, bà ..."
_PRONOUN_SUBJECT: Final = re.compile(
    r"(?:^|[,;]\s*)(?:ông|bà|ngài)(?: ta| ấy)?\s+(?:(?:đã|cũng|lại|sẽ|tiếp tục|còn|chính thức)\s+)*$"
)
# (speed round 21) what a match of _PRONOUN_SUBJECT ends on once the spaces after it are stripped: only spaces
# follow its last word to the end ("$" before a final "\n" too; ``str.rstrip`` strips what ``\s`` matches), and
# that word is the pronoun, "ta" / "ấy" or an adverb; a clause ending on anything else is not searched
_PRONOUN_LAST: Final = (
    "ông",
    "bà",
    "ngài",
    " ta",
    " ấy",
    "đã",
    "cũng",
    "lại",
    "sẽ",
    "tiếp tục",
    "còn",
    "chính thức",
)
_TITLE_BEFORE: Final = rx(
    r"(?:tổng thống|thủ tướng|chủ tịch|quốc vương|nhà vua|nữ hoàng|ngoại trưởng|bộ trưởng(?: ngoại giao)?"
    r"|tổng bí thư|thủ tướng chính phủ|đại sứ|tổng thư ký)\s+$"
)


def called_off(text: str, te: int, c1: int) -> bool:
    """Is the visit or meeting whose trigger ends at ``te`` said, in its clause, to be called off or put off?"""
    end = min(c1, te + 160)
    if _CALLED_OFF_WORD.search(text, te, end) is None:
        return False
    m = _CALLED_OFF_AFTER.search(text, te, end)
    return m is not None and "," not in text[te : m.start()]


def generic_subject(before: str) -> bool:
    """Does the clause before the trigger open on a subject that names no one ("Một quốc gia muốn ...")?"""
    if not before.startswith(_GENERIC_OPENERS) and not any(w in before for w in _GENERIC_NOUNS):
        return False  # (the engine tries the pattern at every position; most clauses have none of its nouns)
    return _GENERIC_SUBJECT.search(before) is not None


# Every branch of _GENERIC_SUBJECT holds one of these nouns ("nước chủ nhà" too) or opens the text on one of its
# two openers: looked for first (tests/test_extract_speed4.py checks that this is a necessary condition)
_GENERIC_NOUNS: Final = ("nước", "bên", "quốc gia", "thành viên", "chính phủ")
_GENERIC_OPENERS: Final = ("thông thường", "theo thông lệ")


def pronoun_country(doc: Document, text: str, block_start: int, c0: int, ts: int) -> str:
    """The country of the titled leader a pronoun subject ("ông", "bà") before ``ts`` points to: the last titled
    person or country named before the clause in its paragraph ("Tổng thống Hàn Quốc Yoon Suk Yeol ... Tháng
    3/2023, ông thăm Nhật Bản" -> KOR). "" when there is no pronoun subject or no titled name before it."""
    before = text[c0:ts]
    if not before.rstrip().endswith(_PRONOUN_LAST) or not _PRONOUN_SUBJECT.search(before):
        return ""
    i = bisect_left(doc.mentions, c0, key=by_start) - 1
    while i >= 0 and doc.mentions[i].start >= block_start:
        m = doc.mentions[i]
        if m.kind == "person":
            return country_of(m.code)
        if m.kind == "country" and _TITLE_BEFORE.search(text, max(block_start, m.start - 40), m.start):
            return m.code
        i -= 1
    return ""


# a bare "rời" (not "rời khỏi") tells a departure only with a past marker before it or a year in its sentence; the
# reasons for or the effects of a departure ("lý do Anh rời Liên minh châu Âu", "tác động của việc ...") tell none
_PAST: Final = rx(r"\b(?:đã|vừa|từng|chính thức)\s+(?:chính thức\s+)?$")
_YEAR: Final = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d(?![\d/])")
_REASONS: Final = rx(
    r"\b(?:lý do|lí do|nguyên nhân|động cơ|(?:tác động|ảnh hưởng|hệ quả|hậu quả|tác hại|cái giá) của việc)\b"
)


def bare_leave_told(low: str, s0: int, s1: int, hs: int) -> bool:
    """Is the bare "rời" at ``hs`` (sentence ``s0:s1``) told as having happened: "đã rời ...", "rời ... năm 2020"
    and not an analysis of why or with what effect ("Bài viết phân tích lý do Anh rời Liên minh châu Âu ...")?"""
    if not low.startswith("rời ", hs) or low.startswith("rời khỏi", hs):
        return True  # ("rời khỏi", "rút khỏi": the verb alone tells it)
    lo = max(s0, low.rfind(";", s0, hs) + 1)
    hi = low.find(";", hs, s1)
    hi = s1 if hi < 0 else hi
    if _REASONS.search(low, lo, hs) is not None:
        return False
    return _PAST.search(low, max(lo, hs - 30), hs) is not None or _YEAR.search(low, lo, hi) is not None


# a trailing modal after the act's own words, closing its sentence: "X thăm Việt Nam, dự kiến vào tháng 10/2026",
# "..., theo kế hoạch trong quý III" (round 26): the act is what is expected, not what was done
_EXPECTED_AFTER: Final = re.compile(
    r",\s*(?:dự kiến|dự định|theo kế hoạch|theo dự kiến|theo lịch(?: trình)?)\b"
)
_EXPECTED_WORD: Final = re.compile("dự kiến|dự định|kế hoạch|theo lịch")


def expected_after(low: str, te: int, s1: int, c0: int = -1, ts: int = -1) -> bool:
    """Is the act ending at ``te`` followed, in its clause (up to ``s1`` and the next ";" or ":"), by a modal and
    a time that make it expected ("..., dự kiến vào tháng 12/2023", "..., theo kế hoạch trong năm nay")? Only a
    time may follow the modal, and it must close the phrase: ", dự kiến kim ngạch sẽ tăng ..." and ", dự kiến năm
    2025 sẽ có hiệu lực" forecast another act. Not when the act's own clause (from ``c0``, the trigger at ``ts``)
    marks it done ("đã", "vừa", "từng") or dates it before the modal's year (session 9)."""
    end = min(s1, te + 160)
    if _EXPECTED_WORD.search(low, te, end) is None:
        return False
    stop = _CLAUSE_STOP.search(low, te, end)
    end = stop.start() if stop is not None else end
    m = _EXPECTED_AFTER.search(low, te, end)
    if m is None or _TIME_CLOSE.match(low, m.end(), end) is None:
        return False
    if ts < 0:
        return True
    lo = max(c0, ts - 40, low.rfind(",", max(c0, 0), ts) + 1)
    if _DONE.search(low, lo, ts) is not None or _DONE.search(low, te, m.start()) is not None:
        return False  # "Việt Nam đã gia nhập ASEAN, dự kiến ...": the act is done; the modal is another's
    own = _YEAR4.findall(low, max(c0, 0), ts)
    later = _YEAR4.findall(low, m.end(), end)
    return not (own and later and max(later) > min(own))  # "Tháng 3/2024, X ký ..., dự kiến năm 2025 ..."


_CLAUSE_STOP: Final = re.compile(r"[;:]")
_DONE: Final = re.compile(r"\b(?:đã|vừa|từng)\s")
_YEAR4: Final = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
# the time after the modal, closing its phrase ("dự kiến vào tháng 10/2026.", "theo kế hoạch trong quý III năm
# 2026,"): not "dự kiến năm 2025 sẽ có hiệu lực" (another act's time)
_TIME_CLOSE: Final = re.compile(
    r"\s*(?:sẽ\s+)?(?:(?:diễn ra|được tổ chức|tiến hành|thực hiện)\s+)?(?:(?:vào|trong|trước|khoảng|từ)\s+)?"
    r"(?:(?:đầu|cuối|giữa|dịp)\s+)?(?:ngày|tháng|năm|quý|tuần|nửa|6 tháng|sáu tháng|\d)"
    r"(?:[\s/.–-]|\d|ngày|tháng|năm|quý|tuần|nửa|đầu|cuối|giữa|nay|tới|sau|này|iv|i{1,3}|đến|và)*?"
    r"(?:[,;.)]|\s+(?:tại|ở)\s|\s*$)"
)


# "chuẩn bị (tham) dự" before the trigger, then in the same sentence the attendance told done with the meeting
# referred back to ("... và Thủ tướng đã dự Hội nghị.", "..., sau đó đã có mặt tại hội nghị này") (session 9)
_PREPARED: Final = re.compile(r"\bchuẩn bị\s+(?:tham\s+)?$")
_ATTENDED_AFTER: Final = re.compile(
    r"\b(?:đã|vừa)\s+(?:(?:tham\s+)?dự|có mặt tại)(?:\s+(?:hội nghị|cuộc họp|phiên họp|sự kiện|hội nghị cấp cao"
    r"|hội nghị thượng đỉnh|kỳ họp))?(?:\s+(?:này|đó|trên|nói trên))?\s*(?:[.,]|$)"
)


def attended_after_all(low: str, ts: int, te: int, s1: int) -> bool:
    """Is the attendance whose trigger spans ``low[ts:te]``, prepared for ("đã chuẩn bị tham dự Hội nghị X"),
    told done later in its sentence (up to ``s1`` and the next ";") with the meeting referred back to ("... và
    Thủ tướng đã dự Hội nghị.")? Then it happened: the preparation is not the only word on it."""
    if _PREPARED.search(low, max(0, ts - 20), ts) is None:
        return False
    semi = low.find(";", te, s1)
    end = s1 if semi < 0 else semi
    m = _ATTENDED_AFTER.search(low, te, end)
    return m is not None and _CALLED_OFF_WORD.search(low, te, end) is None
