"""(round 143) "hai bên" right after a membership sentence: "Việt Nam là thành viên của X. Năm 2014, hai bên ký
..." (events_anaphora asks it for a state and an organisation not told side by side)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Final

from doingoai.model import Document, Mention

# (round 143) "Việt Nam là thành viên của X. Năm 2014, hai bên ký ...": the sentence before says only that the one
# is a member of the other (nothing else named), and the pair opens the next sentence (after a date at most)
_MEMBER_OF: Final = re.compile(
    r"\s+là (?:một )?(?:quốc gia )?thành viên (?:chính thức )?(?:của )?", re.IGNORECASE
)
_OPENING_DATE: Final = re.compile(r"(?:(?:năm|tháng|ngày) [\d/]+(?: năm \d+)?,?\s+)?$", re.IGNORECASE)


def member_before(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    sent_starts: list[int],
    pos: int,
    pair: tuple[str, str],
    country_of: Callable[[str], str],
) -> bool:
    """Does the sentence right before the one of ``pos`` read "A là thành viên của B." (A and B the ``pair``, no
    other name in it; ``country_of`` maps a code to its state) and the pair open its own sentence?"""
    k = bisect_right(sent_starts, pos) - 1
    if k < 1 or not _OPENING_DATE.fullmatch(doc.text, sent_starts[k], pos):
        return False
    prev = doc.sentences[k - 1]
    ms = mentions[bisect_left(starts, prev.start) : bisect_left(starts, prev.end)]
    if len(ms) != 2 or {country_of(ms[0].code), country_of(ms[1].code)} != set(pair):
        return False
    return (
        doc.text[prev.start : ms[0].start].strip() == ""
        and _MEMBER_OF.fullmatch(doc.text, ms[0].end, ms[1].start) is not None
        and doc.text[ms[1].end : prev.end].strip() in (".", "")
    )
