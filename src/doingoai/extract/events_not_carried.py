"""Events: a planned act named as a clause's subject and then said not carried out did not happen.

"Đoàn cán bộ dự kiến sang Hàn Quốc học tập ... chưa thực hiện được", "Chuyến thăm Ma-rốc của đoàn Hội dự kiến vào
tháng 10/2025 chưa thực hiện được", "Chương trình trao đổi thanh niên với thành phố Brno chưa thực hiện được": a
report's item whose subject is the act (a delegation, a trip, a programme ...) and whose predicate, later in the
clause, says it could not be done, is negated (round 159). Only the predicate "(chưa|không) (được) thực hiện /
triển khai / tổ chức (được)" counts, and only when no comma, semicolon or full stop stands between. Round 211: also
a proposal as the subject ("Đề xuất ký bản ghi nhớ ...") said refused or unanswered ("chưa được phía bạn chấp
thuận / phản hồi / trả lời"), and an agreement's signing or a relation's opening ("Việc ký Bản ghi nhớ ... chưa
thực hiện được").
"""

from __future__ import annotations

import re
from typing import Final

# the clause opens on the act as a noun: a list marker, then "đoàn / chuyến / chương trình / việc ..." (and at most
# "của"-phrases, names and places before the trigger: no finite verb of its own but "dự kiến")
_NOUN_OPEN: Final = re.compile(
    r"\s*(?:[-+•*]\s*|\d+[.)]\s*|[a-zđ][.)]\s*)?(?:(?:các|những|một số|hai|ba)\s+)?"
    r"(?:đoàn|chuyến|chương trình|kế hoạch|đề án|dự án|việc|hoạt động|khóa|lớp|hợp phần|hội nghị|hội thảo|buổi"
    r"|cuộc|đợt|đề xuất|đề nghị|kiến nghị)\b"
)
_WORD: Final = re.compile("thực hiện|triển khai|tổ chức|được")  # a necessary condition of _NOT_DONE
# (round 211) also a proposal left unanswered or refused: "Đề xuất ký bản ghi nhớ ... chưa được phía bạn chấp
# thuận", "... vẫn chưa được phía Nhật Bản trả lời"
_NOT_DONE: Final = re.compile(
    r"[^,;:.]{0,120}?\b(?:vẫn |hiện |đến nay |cũng )*(?:chưa|không)\s+(?:(?:được\s+)?"
    r"(?:thực hiện|triển khai|tổ chức)(?:\s+được)?"
    r"|được\s+(?:phía\s+|bạn\s+|đối tác\s+)?[^,;:.]{0,40}?(?:chấp thuận|đồng ý|phản hồi|trả lời|chấp nhận))\b"
)


def not_carried_out(text: str, c0: int, ts: int, te: int, c1: int) -> bool:
    """Is the act at ``ts``..``te`` (``text`` lower-cased) in a clause that opens on it as a noun and ends by
    saying it was not carried out?"""
    if ts - c0 > 60:
        return False  # the act named near the clause's start
    end = min(c1, te + 140)
    if _NOUN_OPEN.match(text, c0, te) is None or _WORD.search(text, te, end) is None:
        return False
    return _NOT_DONE.match(text, te, end) is not None
