"""Events: a visit fronted as its sentence's occasion is its subject's (round 165).

"Trong chuyến thăm Việt Nam tháng 3/2025, Tổng thống Bra-xin Lula da Silva bày tỏ ...", "Trong chuyến thăm Nhật Bản
tháng 5/2023, Thủ tướng Ấn Độ Narendra Modi gặp ...": the visit told in the opening phrase "Trong / Nhân (dịp) / Dịp
chuyến (cuộc) thăm <state> [date]," is made by the subject of the clause after the comma, the holder of the title that
opens it ("Tổng thống Bra-xin ..."), not by the writer's state left unsaid; and the place visited is the state named
right after "thăm", not the subject's (the date between the two, round 159's note, turned the visit round: VNM ->
BRA). A visit read from such a sentence whose parties are the place visited, the subject's state or Vietnam is set
to subject -> place. Applied by :func:`doingoai.extract.events.find_events` to the drafts of all stages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.places import VNM
from doingoai.model import Document, EventKind, by_start

_VISIT: Final = EventKind.VISIT
# the opening phrase up to the place visited (after an item number)
_OPENING: Final = re.compile(
    r"(?:\d{1,2}[.)]\s+|[-–•]\s+)?(?:trong|nhân dịp|nhân|dịp) (?:chuyến|cuộc) (?:công du|thăm)"
    r"(?: (?:cấp nhà nước|chính thức|hữu nghị|làm việc|cấp cao|lịch sử|đầu tiên))* "
)
# between the place and the comma: nothing, or the visit's date
_DATE_TAIL: Final = re.compile(
    r"(?:\s+(?:vào |hồi )?(?:(?:từ )?ngày [\d/ –-]+(?:(?:đến|tới) (?:ngày )?[\d/]+)?|tháng [\d/]+|năm \d{4})"
    r"(?: năm \d{4})?)?\s*,\s*"
)
# the subject's title right after the comma, before the state it holds it for
_TITLE: Final = re.compile(
    r"(?:phó |nguyên |cựu )?(?:tổng thống|thủ tướng|chủ tịch(?: nước| quốc hội)?|tổng bí thư|quốc vương|nhà vua"
    r"|nữ hoàng|hoàng đế|thái tử|ngoại trưởng|bộ trưởng(?: ngoại giao| quốc phòng)?|chủ tịch thượng viện"
    r"|chủ tịch hạ viện|thống đốc)\s+(?:nước\s+)?$"
)


def fronted_visitors(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each visit of a sentence opening "Trong chuyến thăm <X> [date], <title> <Y> ..." set to
    Y -> X (Y the state the title is held for, X a state)."""
    out = drafts
    mentions = doc.mentions
    for i, d in enumerate(drafts):
        if d.kind is not _VISIT or len(d.actors) != 1 or len(d.recipients) != 1:
            continue
        s0, s1 = d.sentence
        if low.find("thăm", s0, min(s1, s0 + 40)) < 0:
            continue  # (the fast path: the opening phrase writes "thăm" near the sentence's start)
        m = _OPENING.match(low, s0)
        if m is None or low.find("thăm", m.end(), s1) >= 0:
            continue  # (one visit written in the sentence)
        k = bisect_left(mentions, m.end(), key=by_start)
        if k >= len(mentions) or mentions[k].start != m.end() or not is_state(mentions[k].code):
            continue
        place = mentions[k].code
        tail = _DATE_TAIL.match(low, mentions[k].end)
        if tail is None:
            continue
        j = bisect_left(mentions, tail.end(), key=by_start)
        if j >= len(mentions) or mentions[j].start - tail.end() > 40:
            continue
        if _TITLE.fullmatch(low, tail.end(), mentions[j].start) is None:
            continue
        subject = country_of(mentions[j].code)
        if subject == place or not is_state(subject):
            continue
        if {d.actors[0], d.recipients[0]} - {place, subject, VNM} or (subject, place) == (
            d.actors[0],
            d.recipients[0],
        ):
            continue
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(actors=(subject,), recipients=(place,))
    return out
