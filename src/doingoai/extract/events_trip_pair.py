"""A pair told by the trip before it (round 108): "Đoàn công tác của Trường sang thăm Trường Đại học X (Y). Hai bên đã
ký ..." — a sentence opening on "hai bên" / "hai trường" / "hai tỉnh" right after a sentence of its paragraph that tells
a delegation's trip or a delegation received: the two sides are the trip's, the unstated one the writer's (Vietnam).
Called by :mod:`doingoai.extract.events_anaphora` (with one side named before and no pair defined).

(round 115) The trip may also be the clause before the pair's in the same sentence, closed by ";": "Tháng 4, ... tổ
chức chuyến thăm và làm việc tại tỉnh X của đoàn lãnh đạo tỉnh Y; nhân dịp này, hai tỉnh ký ...", "đoàn đại biểu Hội
... thăm Z, làm việc với Hội hữu nghị W; hai hội đã ký ..." (:func:`trip_in_clause`, for "hai trường / tỉnh / hội").
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.model import Document

# a delegation: "đoàn", "phái đoàn" as a word of its own, not a syllable of "đoàn kết" (solidarity), "đoàn thể",
# "đoàn viên", "liên đoàn", "công đoàn" (review 17; also events_attend_trip's cue)
DELEGATION: Final = r"(?<![^\W\d_])(?<!liên )(?<!công )đoàn(?! (?:kết|thể|viên)(?![^\W\d_]))(?![^\W\d_])"
# a firm's delegation is no state's side (as events_anaphora._FIRM)
_FIRM: Final = re.compile(r"\b(?:doanh nghiệp|công ty|tập đoàn|nhà đầu tư|hãng)\b")
# (round 108) a sentence opening on the pair (after at most a fronted adverbial: "Nhân dịp này, hai bên ký ..."),
# the sentence before it in its paragraph a delegation's trip or a visit received ("đoàn ... sang thăm / làm việc tại
# ...", "đón đoàn ... sang làm việc"): the two sides are the trip's, the unstated one ours
_OPENS_ON_PAIR: Final = re.compile(
    r"\s*(?:(?:nhân dịp này|trong chuyến thăm(?: này)?|tại buổi làm việc|dịp này),\s*)?$"
)
_TRIP: Final = re.compile(
    DELEGATION + r"[^.;]{0,160}\b(?:sang|đến|tới)? ?(?:thăm|làm việc (?:tại|với))\b"
    r"|\bđón (?:phái )?" + DELEGATION + r"[^.;]{0,160}\bsang\b"
)
# (round 115) the visit named first, its delegation after: "chuyến thăm và làm việc tại tỉnh X của đoàn lãnh đạo tỉnh Y"
_TRIP_OF: Final = re.compile(r"\bchuyến thăm\b[^.;]{0,120}\bcủa (?:phái )?" + DELEGATION)


def trip_before(doc: Document, k: int, pos: int) -> bool:
    """Does the sentence ``k`` open on the pair at ``pos``, right after a sentence of its paragraph telling a
    delegation's trip (no firm's)?"""
    if not 1 <= k < len(doc.sentences):
        return False  # (k = -1: before the first sentence; not the last one read from the end)
    s = doc.sentences[k]
    if doc.sentences[k - 1].block != s.block:
        return False
    if _OPENS_ON_PAIR.fullmatch(doc.text.lower(), s.start, pos) is None:
        return False
    prev = doc.sentences[k - 1]
    low = doc.text[prev.start : prev.end].lower()
    return _TRIP.search(low) is not None and _FIRM.search(low) is None


def trip_in_clause(doc: Document, k: int, pos: int) -> bool:
    """Does the pair at ``pos`` open a clause of sentence ``k`` after ";" (after at most a fronted adverbial), the
    clause before it telling a delegation's trip (no firm's)?"""
    if not 0 <= k < len(doc.sentences):
        return False
    s = doc.sentences[k]
    low = doc.text[s.start : pos].lower()
    cut = low.rfind(";")
    if cut < 0 or _OPENS_ON_PAIR.fullmatch(low, cut + 1) is None:
        return False
    before = low[:cut]
    return (_TRIP.search(before) is not None or _TRIP_OF.search(before) is not None) and _FIRM.search(
        before
    ) is None
