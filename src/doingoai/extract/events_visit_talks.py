"""Talks held on a visit told in the visit's sentence (round 72, docs/decisions.md "Round 72 (session 15)").

"Tháng 3/2017, Tổng thống X thăm cấp Nhà nước Việt Nam; trong các cuộc hội đàm, hai bên nhất trí ...", "Chủ tịch
Quốc hội thăm chính thức Liên bang Nga và cùng ông Y đồng chủ trì phiên họp thứ ba của Ủy ban ...", "đón đoàn Bộ
Nông nghiệp X sang thăm, làm việc và đồng chủ trì phiên họp thứ nhất của Nhóm công tác chung": the talks' trigger
names no party of its own (the partner is only in the visit), so the rules let it go (events_unstated: nobody
named). Its sides are the visit's: the visitor and the host meet (consult), dated and with the status of the
visit; on a visit to Vietnam, Vietnam holds the talks with its guest (as "Thủ tướng hội đàm với X" reads). Only for a trigger of talks (not "dự" a meeting, a mediation, a call) in a sentence with exactly one visit
(one pair of parties) and no consultation drafted; a negated trigger gives nothing.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.extract.places import VNM
from doingoai.model import EventKind

K = members(EventKind)
# triggers of talks between two sides (not attending a meeting, mediating, calling, making representations;
# not "trao đổi kinh nghiệm" or "làm việc" on a trip: a delegation's programme, no talks of the two states)
_TALKS: Final = frozenset(
    {
        "consult",
        "consult_joint_session",
        "consult_meeting_with",
        "consult_meeting_of",
        "consult_had_meeting",
        "consult_meet_adverb",
        "consult_meet_each",
        "consult_each_other",
    }
)
# the words of talks themselves: "hội đàm", "hội kiến", a session ("phiên / kỳ / khóa họp"), "cuộc gặp"
_TALKS_WORD: Final = re.compile(r"(?:các |những )?(?:cuộc )?(?:hội đàm|hội kiến|(?:kỳ|khóa|phiên) họp|gặp)\b")
_NEGATED: Final = re.compile(r"\b(?:không|chưa|chẳng|hủy|hoãn)\s+(?:\S+\s+){0,2}$")


def visit_talks(low: str, dropped: list, drafts: list[Draft]) -> list[Draft]:
    """A consultation of the visit's parties for each talks trigger in ``dropped`` whose sentence has one visit."""
    visits: dict[int, list[Draft]] = {}
    consulted = set()
    for d in drafts:
        if d.kind is K.VISIT and d.actors and d.recipients:
            visits.setdefault(d.sentence[0], []).append(d)
        elif d.kind is K.CONSULT:
            consulted.add(d.sentence[0])
    out: list[Draft] = []
    for h, sent in dropped:
        if h.trigger.kind is not K.CONSULT or h.trigger.name not in _TALKS or sent.start in consulted:
            continue
        if not _TALKS_WORD.match(low, h.start):
            continue
        vs = visits.get(sent.start)
        if not vs or len({(v.actors, v.recipients) for v in vs}) != 1:
            continue
        if _NEGATED.search(low, max(sent.start, h.start - 30), h.start):
            continue
        v = vs[0]
        actors, recips = v.actors, v.recipients
        if VNM in recips and VNM not in actors:
            actors, recips = recips, actors  # a visit to Vietnam: Vietnam holds the talks with its guest
        out.append(Draft(K.CONSULT, actors, recips, v.date, v.status, v.sentence, (), v.explicit))
        consulted.add(sent.start)
    return out
