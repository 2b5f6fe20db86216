"""Events: a delegation received ("tiếp / đón đoàn X sang ...") visits its host (round 165).

"Phòng Thương mại và Công nghiệp Việt Nam tiếp đoàn doanh nghiệp Pa-pua Niu Ghi-nê sang tìm hiểu thị trường gạo",
"Phó Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Ca-mơ-run sang khảo sát ...": the object of the host's "tiếp / đón
(tiếp)" is the visitor, and "sang / đến" its coming; a subject whose name holds the host's state (a Vietnamese body),
or a reading of the sentence's other clauses, turned the visit round (VNM -> PNG). A visit of a sentence that writes
one visit, whose recipient is the one state named in the received delegation ("(tiếp|đón) (các) đoàn / phái đoàn
... X ... sang|đến"; not a pair's body, "Hội Hữu nghị Bra-xin – Việt Nam") and whose actor is another state, is set
X -> that state. Applied by
:func:`doingoai.extract.events.find_events` to the drafts of all stages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.model import Document, EventKind, by_start

_VISIT: Final = EventKind.VISIT
_RECEIVES: Final = re.compile(r"\b(?:tiếp|đón(?: tiếp)?)\s+(?:các\s+|một\s+)?(?:đoàn|phái đoàn)\b")
_COMES_AT: Final = re.compile(r"\s(?:sang|đến|tới)\b")
_REACH: Final = 80  # characters from "đoàn" to its "sang" / "đến"


def received_visitors(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit A -> X of a sentence "... (tiếp|đón) đoàn <... X> sang ..." turned X -> A."""
    out = drafts
    mentions = doc.mentions
    received: dict[
        tuple[int, int], re.Match[str] | None
    ] = {}  # a sentence's one "tiếp đoàn", read once a sentence
    for i, d in enumerate(drafts):
        if d.kind is not _VISIT or len(d.actors) != 1 or len(d.recipients) != 1:
            continue
        s0, s1 = d.sentence
        if (s0, s1) not in received:
            found = list(_RECEIVES.finditer(low, s0, s1)) if low.find("đoàn", s0, s1) >= 0 else []
            received[s0, s1] = found[0] if len(found) == 1 else None
        m = received[s0, s1]
        if m is None:
            continue
        comes = _COMES_AT.search(low, m.end(), min(s1, m.end() + _REACH))
        if comes is None or low.find(",", m.end(), comes.start()) >= 0:
            continue
        k = bisect_left(mentions, m.end(), key=by_start)
        named: set[str] = set()
        while k < len(mentions) and mentions[k].start < comes.start():
            named.add(country_of(mentions[k].code))
            k += 1
        if len(named) != 1:
            continue  # (none, or a pair's body: "đón đoàn Hội Hữu nghị Bra-xin – Việt Nam sang")
        x = named.pop()
        if not x or not is_state(x) or d.recipients[0] != x or d.actors[0] == x or not is_state(d.actors[0]):
            continue
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(actors=(x,), recipients=d.actors)
    return out
