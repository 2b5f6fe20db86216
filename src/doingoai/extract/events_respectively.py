"""One actor's acts told once for several partners "one after another" (round 163).

"Tổng thống X còn lần lượt thăm Ki-ép và Mát-xcơ-va", "Thủ tướng lần lượt hội đàm với Thủ tướng A và Thủ tướng B",
"Xlô-vê-ni-a lần lượt gia nhập NATO (29/3) và EU (1/5)": the verb is said once, the acts are as many as the
partners listed after it, each with its own partner (a visit to each capital, talks with each, a joining of each
body), and each with its own day when every partner is followed by one in brackets ("(29/3)"; the year the
draft's). :func:`events_coord.one_by_one` splits the actors of "A, B và C lần lượt được kết nạp"; this splits the
recipients of a draft with one actor. Aid given "lần lượt" to several states (one programme) and signings
(symmetric, one instrument) stay one event.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

K = EventKind
_KINDS: Final = frozenset({K.VISIT, K.CONSULT, K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE})
# "lần lượt" right before the verb (a few adverbs between at most), in the same clause
_ONE_BY_ONE: Final = re.compile(r"\blần lượt\b[^,;:.]{0,24}$")
_DAY_MONTH: Final = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
_REACH: Final = 160  # how far after the verb the bracketed days are looked for


def respectively(low: str, parts: list[Draft], s0: int, ts: int, te: int, s1: int) -> list[Draft]:
    """``parts`` with each draft of one actor and several recipients split into one per recipient when "lần lượt"
    stands right before its verb (at ``ts``, ending at ``te``, in the sentence ``[s0, s1)``); see the module."""
    if len(parts) != 1:
        return parts
    d = parts[0]
    if d.kind not in _KINDS or len(d.actors) != 1 or len(d.recipients) < 2:
        return parts
    if "lần lượt" not in low[max(s0, ts - 40) : ts] or _ONE_BY_ONE.search(low, max(s0, ts - 40), ts) is None:
        return parts
    days = _DAY_MONTH.findall(low, te, min(s1, te + _REACH))
    year = d.date[:4] if len(d.date) >= 4 and d.date[:4].isdigit() else ""
    if year and len(days) == len(d.recipients):
        return [
            d._replace(recipients=(r,), date=f"{year}-{int(m):02d}-{int(day):02d}", explicit=True)
            for r, (day, m) in zip(d.recipients, days, strict=True)
        ]
    return [d._replace(recipients=(r,)) for r in d.recipients]
