"""A sentence's topic set first, "Với <state>, …": an answer or a review going through the partners one by one
("Với Mông Cổ, nhân chuyến thăm cấp Nhà nước …, hai nước đã nâng quan hệ lên Đối tác toàn diện"). In a Vietnamese text
the topic is the writer's side's partner, and "hai nước"/"hai bên" later in the sentence are Vietnam and that state,
when no other state is named between (events_anaphora reads it first, round 156).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.model import Document, Mention

_WITH: Final = re.compile(r"(?:Với|Đối với|Riêng với|Còn với)\s+")
_AFTER: Final = re.compile(r"\s*,")
_STATE: Final = ("country",)


def topic_partner(doc: Document, mentions: list[Mention], starts: list[int], s0: int, pos: int) -> str:
    """The one foreign state the sentence starting at ``s0`` opens on as its topic ("Với X,"), named alone before
    ``pos`` (the pair word); else ""."""
    text = doc.text
    m = _WITH.match(text, s0, pos)
    if m is None:
        return ""
    k = bisect_left(starts, m.end())
    if k >= len(mentions) or mentions[k].start != m.end() or mentions[k].kind not in _STATE:
        return ""
    first = mentions[k]
    if first.code == "VNM" or not _AFTER.match(text, first.end, pos):
        return ""
    j = k + 1
    while j < len(mentions) and mentions[j].start < pos:
        other = mentions[j]
        if (other.kind == "country" or other.kind in ORG_KINDS) and other.code != first.code:
            return ""  # (another party named before the pair word)
        j += 1
    return first.code
