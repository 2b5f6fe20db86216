"""A visit's programme told after the visit (round 179): "Trong chương trình chuyến thăm, Tổng thống X sẽ hội kiến
Thủ tướng Y ..." opens on the visit just told as a frame; the acts after it are parts of that visit, and a visit read
in the sentence (from "chuyến thăm" or "thăm một số dự án") is the same visit again, often with its parties turned
round (the host named first). Such a visit is dropped when the document told a visit before the sentence; the talks
and meetings of the sentence stay.

(Code 23) The one mechanism of "the visit told again": a visit read in a sentence after the document's first visit,
when the sentence opens on words that tell that visit again, is dropped (:func:`told_again`). It has two openers,
applied at two points of :func:`doingoai.extract.events.find_events`: the programme of the visit (here, round 179)
and the visit weighed, "Đây là chuyến thăm ... đầu tiên" (events_asides, round 188, unless the sentence names an
earlier visit). They stay two passes because round 196's :func:`events_visit_signing.visit_signings` runs between
them and reads the visits: a weighed visit that writes a signing ("Đây là chuyến thăm ... đầu tiên; hai bên ký ...")
still gives the signing by its pair before it is dropped, while a programme's visit gives none. One pass at either
point would change that (tried: see docs/decisions.md, "Code 23").
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


def first_visit(drafts: list[Draft]) -> int:
    """The start of the sentence of the document's first visit read, else -1."""
    return min((d.sentence[0] for d in drafts if d.kind is EventKind.VISIT), default=-1)


def told_again(
    low: str, d: Draft, first: int, opener: re.Pattern[str], unless: re.Pattern[str] | None = None
) -> bool:
    """Is ``d`` a visit read after the ``first`` visit's sentence in a sentence (of the lower-cased text ``low``)
    that opens on ``opener`` and writes nothing ``unless`` finds?"""
    s, e = d.sentence
    return (
        d.kind is EventKind.VISIT
        and s > first
        and opener.match(low, s, e) is not None
        and (unless is None or unless.search(low, s, e) is None)
    )


def programme_visits(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the visits read in a sentence (of the lower-cased text ``low``) that opens on the
    programme of the visit told before it."""
    first = first_visit(drafts)
    if first < 0 or "chương trình" not in low:
        return drafts
    return [d for d in drafts if not told_again(low, d, first, _PROGRAMME)]
