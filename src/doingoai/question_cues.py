"""Cue words of questions beyond :mod:`doingoai.question`: a day, a month, votes, a share or a
meeting held asked; and the head noun of "X nào" in general.

"Hội nghị ... nhất trí thành lập quỹ nào?", "sáng kiến nào", "cơ chế nào": a question asking "which
<noun>" asks for the name the text gives a thing of that kind, written with the noun capitalised at
its start ("Quỹ ASEAN ứng phó Covid-19", "Sáng kiến Hội nhập ASEAN"). :func:`name_heads` reads the
noun (the one or two syllables before "nào"), unless it is a question word of its own ("như thế nào",
"bằng cách nào") or a cue :func:`doingoai.question.analyse` reads otherwise (time, place, actors).
Only the name a sentence writes with the noun capitalised answers: "lập quỹ" never does, "Quỹ" may.
"""

from __future__ import annotations

import re

# what kind of date or amount: a day, a month, votes, a share; holding a meeting
ASKS_DAY = re.compile(r"\b(?:ngày nào|ngày mấy|ngày tháng năm nào|what date|which day|what day)\b", re.I)
ASKS_MONTH = re.compile(r"\b(?:tháng nào|tháng mấy|what month|which month)\b", re.I)
VOTES = ("phieu", "vote", "ballot")  # folded
PERCENT = ("phan tram", "%", "percent", "ty le")
ASKS_HELD = re.compile(
    r"\b(?:held|hold|took place|take place|hosted|convened|opened)\b"
    r"|\b(?:được tổ chức|tổ chức|diễn ra|khai mạc|họp|đăng cai)\b",
    re.I,
)

_HEAD_BEFORE_NAO = re.compile(r"(?<!\w)([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+nào(?!\w)")
# syllables that make "X nào" a question word, a quantity or a cue read elsewhere
_NOT_HEAD = frozenset(
    """thế cách sao đâu gì nào năm ngày tháng lúc khi giờ kỳ kì thời điểm đoạn niên kỷ kỉ nước gia ai người
    bên phía đâu nơi phố tỉnh vùng vực chức đảng ty đội trường học những các mức độ hình thức lý do
    dạng kiểu loại mặt phần""".split()
)
_NOT_TWO = frozenset(
    {"vai trò", "lĩnh vực", "hình thức", "phương thức", "biện pháp", "giải pháp", "nội dung"}
)


def name_heads(question: str) -> tuple[str, ...]:
    """The nouns "... <noun> nào?" may ask for, longest first ("thành lập quỹ nào" -> ("lập quỹ",
    "quỹ"); "sáng kiến nào" -> ("sáng kiến", "kiến")): a name starts with one of them capitalised.
    Empty when "nào" follows a question word or a cue read elsewhere ("như thế nào", "nước nào")."""
    for m in _HEAD_BEFORE_NAO.finditer(question):
        first, second = m.group(1).lower(), (m.group(2) or "").lower()
        last = second or first
        if last in _NOT_HEAD or (second and f"{first} {second}" in _NOT_TWO):
            continue
        return (f"{first} {second}", second) if second else (first,)
    return ()
