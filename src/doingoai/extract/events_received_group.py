"""Visitors received together (round 207): "(Tỉnh) đón 03 lượt tàu hải quân của Ấn Độ, Nhật Bản và Ô-xtrây-li-a
thăm Cảng quốc tế Cam Ranh", "đã đón 52 đoàn, trong đó có Đại sứ A, Tổng Lãnh sự B và Tổng Lãnh sự C đến chào".

A visit whose clause names two or more visitors and no destination falls to
:func:`doingoai.extract.events_roles.defaults`, which reads "A và B thăm" as a mutual act (A -> B). When a receiving
verb ("đón", "đón tiếp", "tiếp đón") stands before the visitors in the clause, they are all guests of the one who
receives them: the visit's recipient is the unstated receiver (Vietnam, as for any report's own side), and every
visitor acts. (Round 213) A clause opened by ", trong đó (có)" after the count of guests received ("đã đón 52 đoàn
khách quốc tế, trong đó có Đại sứ A, Tổng Lãnh sự B và Tổng Lãnh sự C đến chào") looks back for the receiving verb. (For :mod:`doingoai.extract.events_unstated`.)
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_roles import VNM
from doingoai.model import EventKind

# a receiving verb before the visitors (not "đón nhận": a welcome of news, no guest)
_RECEIVING: Final = re.compile(r"\b(?:đón tiếp|tiếp đón|đón)\b(?! nhận)")
# (round 213) the clause opened by "trong đó (có)" after a count of guests received: its guests are among them
_AMONG: Final = re.compile(r",\s*trong đó\b")


def received_together(
    text: str, kind: EventKind, actors: list[str], recips: list[str], c0: int, ts: int
) -> tuple[list[str], list[str]] | None:
    """(actors, [VNM]) for a visit with two or more visitors and no destination, received ("đón ...") before them in
    its clause ``text[c0:ts]``; else None."""
    if kind is not EventKind.VISIT or recips or len(actors) < 2 or VNM in actors:
        return None
    if _AMONG.search(text, max(0, c0 - 12), c0 + 4) is not None:
        c0 = max(
            0, c0 - 200
        )  # "đã đón 52 đoàn khách, trong đó có A, B và C đến chào": the guests received before
    if text.find("đón", max(c0, ts - 200), ts) < 0 or _RECEIVING.search(text, max(c0, ts - 200), ts) is None:
        return None
    return list(actors), [VNM]
