"""The treaty a withdrawal leaves, called by its head noun alone: "Mỹ đơn phương rút khỏi thỏa thuận", "nộp văn
kiện rút khỏi Công ước", "rút nước này khỏi Hiệp ước" -> the treaty or agreement named before in the document (a
synthetic mention, ``via="anaphora"``). SCHEMA: membership.leave is leaving "an organisation or treaty"; the
trigger ("rút khỏi", "rút ... khỏi") is there, but its object names nothing, so the leave had no recipient and was
dropped. Only after "khỏi" (the object of a withdrawal): elsewhere "thỏa thuận" is as often a new, unnamed one.

The antecedent is the nearest mention of kind ``agreement`` before the noun, preferring one whose own text starts
with the same noun ("Công ước" -> "Công ước Ottawa"); none named before, no mention. The events stage adds them to
its context's agreements (``Context.add_agreements``), where a leave trigger finds the treaty it governs (round 117).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.textscan import occurs
from doingoai.model import Document, Mention

# "khỏi thỏa thuận", "khỏi Hiệp ước này", "khỏi Công ước": the noun alone, no name after it (a capitalised word
# after it is a name the mention finder reads, "khỏi Hiệp định TPP"; a lower-case one a description, "khỏi thỏa
# thuận hạt nhân năm 2015 giữa ...", left to the finder too)
# (the word start checked behind "khỏi", not in front of it: a pattern opening on a look-behind is tried at every
# position of the text, one opening on its letters is scanned for them in C: 33 -> 2 ms on 130 kB)
_LEFT: Final = re.compile(
    r"khỏi(?<![^\W\d_]khỏi) (?:bản )?(?P<noun>thỏa thuận|thoả thuận|hiệp ước|hiệp định|công ước|nghị định thư)"
    r"(?: (?:này|đó|trên|nói trên))?(?=\s*(?:[,.;:)]|$|\s(?:từ|vào|năm|ngày|tháng|và|song|nhưng|để|do|sau)\b))"
)
_KINDS: Final = ("agreement",)


def left_treaty_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """A synthetic mention (``via="anaphora"``) on each treaty noun a withdrawal leaves, of the treaty named
    before it (see the module docstring)."""
    if not occurs(low, "khỏi"):
        return []
    named = [x for x in mentions if x.kind in _KINDS and x.via != "anaphora"]
    if not named:
        return []
    starts = [x.start for x in named]
    out: list[Mention] = []
    for m in _LEFT.finditer(low):
        s, e = m.start("noun"), m.end("noun")
        k = bisect_left(starts, s)
        if k < len(named) and named[k].start == s:
            continue  # the noun opens a name the finder read
        before = named[:k]
        if not before:
            continue
        noun = m.group("noun").replace("thoả", "thỏa")
        same = [x for x in before if low.startswith(noun, x.start)]
        x = (same or before)[-1]
        out.append(Mention(s, e, x.code, x.kind, "anaphora"))
    return out
