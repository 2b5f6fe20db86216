"""Events: an unnamed plural subject of a membership is no unstated Vietnam.

"Ngày 29/3/2004, ba nước gia nhập NATO", "2004 – 2007: nhiều đối tác cũ gia nhập EU", "các nước này lần lượt rút
khỏi ...": the subject counts several states (three or more, "nhiều", "các", "một số") and names none; the writer's
side, one state, is not it (round 159). A subject the clause names, or "hai nước" (often the writer's own pair), is
read as before.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import EventKind

K = EventKind
_KINDS: Final = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE})
_NOUNS: Final = ("nước", "quốc gia", "đối tác", "thành viên")  # a necessary condition of _PLURAL
# the clause's subject right before the trigger: a count of states, "nhiều / các / một số" states (an adjective or
# "này / đó / trên" after them), then at most an adverb; a fronted date or phrase before it ends on a comma or colon
_PLURAL: Final = re.compile(
    r"(?:^|[,:;]\s*|^\s*(?:ngày|tháng|năm|đến|từ|sau đó)?\s*[\d/–-]*\s*)(?:cả )?"
    r"(?:ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3}|nhiều|các|những|một số|hàng loạt)"
    r" (?:nước|quốc gia|đối tác|thành viên)(?: [^\W\d_]+){0,2}?"
    r"(?: (?:đã|đều|cùng|lần lượt|chính thức|sau đó|cũng))*\s*$"
)


def plural_unnamed(kind: EventKind, before: str) -> bool:
    """Is the lower-cased clause ``before`` the trigger an unnamed plural subject of a membership?"""
    if kind not in _KINDS or not any(w in before for w in _NOUNS):
        return False
    return _PLURAL.search(before) is not None
