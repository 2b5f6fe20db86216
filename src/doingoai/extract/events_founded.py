"""An organisation's founding told with its founders listed after it: "GCC ra đời năm 1981, gồm Ả-rập Xê-út, Ca-ta,
Cô-oét, Ba-ranh và Ô-man", "ASEAN được thành lập ngày 8/8/1967, gồm năm nước In-đô-nê-xi-a, ...". Each state listed
after "gồm" joined the organisation (a founding membership) when it was founded. See docs/decisions.md (Events,
round 18).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Status

# "<ORG> (chính thức) ra đời / được thành lập / thành lập (<date>), (bao) gồm (các nước | năm nước) A, B và C"
_FOUNDED_WITH = re.compile(
    r"\s*(?:chính thức\s+|đã\s+)?(?:ra đời|được thành lập|được lập ra|thành lập)\b(?P<mid>[^.;:\n,]{0,40}),\s*"
    r"(?:bao\s+)?gồm\s+(?:các nước\s+|các quốc gia\s+|các thành viên\s+|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
    r" (?:nước|quốc gia|thành viên)(?: sáng lập)?\s+)?"
)
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)?\s*$")
_ORG_KINDS = ("organisation", "body")


def founders_listed(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One membership draft per organisation whose founding is told with a "gồm A, B và C" list of states."""
    if "gồm" not in low:
        return []
    out: list[Draft] = []
    for org in (m for m in index.mentions if m.kind in _ORG_KINDS):
        m = _FOUNDED_WITH.match(low, org.end)
        if m is None:
            continue
        members: list[str] = []
        pos = m.end()
        for x in index.between(m.end(), m.end() + 400):
            if x.start < pos:
                continue
            if x.kind != "country" or _LIST_GAP.fullmatch(low, pos, x.start) is None:
                break
            if x.code not in members:
                members.append(x.code)
            pos = x.end
        if len(members) < 2:
            continue
        k = bisect_right(sentence_starts, org.start) - 1
        if k < 0:
            continue
        sent = sentences[k]
        dates = [d for d in ctx.dates_in(org.end, m.end()) if not ctx.attached(d)]
        date = dates[0].value if dates else ""
        if not date:
            before = [d for d in ctx.dates_in(sent.start, org.start) if not ctx.attached(d)]
            date = before[-1].value if before else ""
        out.append(
            Draft(
                EventKind.MEMBERSHIP_JOIN,
                tuple(members),
                (org.code,),
                date,
                Status.OCCURRED,
                (sent.start, sent.end),
                explicit=bool(date),
            )
        )
    return out
