"""A visit's programme told after the visit (round 179): "Trong chương trình chuyến thăm, Tổng thống X sẽ hội kiến
Thủ tướng Y ..." opens on the visit just told as a frame; the acts after it are parts of that visit, and a visit read
in the sentence (from "chuyến thăm" or "thăm một số dự án") is the same visit again, often with its parties turned
round (the host named first). Such a visit is dropped when the document told a visit before the sentence; the talks
and meetings of the sentence stay.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

# the sentence opens on the programme of the visit with no object of its own: "Trong chương trình chuyến thăm,",
# "Trong chương trình của chuyến thăm này,", after a list marker or a dateline's dash at most
_PROGRAMME: Final = re.compile(
    r"(?:[-–•*+]\s*|\d{1,2}[.)]\s*)?(?:trong|theo) chương trình (?:của )?chuyến (?:thăm|công tác)(?: này)?\s*,"
)


def programme_visits(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the visits read in a sentence (of the lower-cased text ``low``) that opens on the
    programme of the visit told before it."""
    first = min((d.sentence[0] for d in drafts if d.kind is EventKind.VISIT), default=-1)
    if first < 0 or "chương trình" not in low:
        return drafts
    out = []
    for d in drafts:
        s = d.sentence[0]
        if d.kind is EventKind.VISIT and s > first and _PROGRAMME.match(low, s, d.sentence[1]):
            continue
        out.append(d)
    return out
