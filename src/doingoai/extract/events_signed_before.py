"""The signing told again by its signatories (round 41): "Nghị định thư được ký bởi A, B và C", "Tám nước ký Hiệp
ước gồm A, B, ...", "Hiệp định mang chữ ký của ..." name the instrument by its bare noun, the one whose signing the
text has told before with its date ("... hình thành trên cơ sở Hiệp ước ... ký tại Vác-sa-va ngày 14/5/1955"). An
entry lists the signatories in a section of their own, away from that date; the signing they tell is the same one.

:func:`signed_before` gives such an undated signing the date of the last dated signing drafted before it in the
document whose own sentence names an instrument by one of the same nouns (called by
:func:`doingoai.extract.events.find_events` before the drafts are merged).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

_NOUNS: Final = r"(?i:hiệp ước|hiệp định|nghị định thư|văn kiện|công ước|hiến chương)"
_ANY: Final = re.compile(r"(?<!\w)" + _NOUNS + r"(?!\w)")
_NEXT_WORD: Final = re.compile(r"[ \t]+(\w)")


def _bare(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name an instrument by its bare noun, not by a name ("Hiệp ước Hữu nghị ...",
    "Hiệp định Pa-ri"): no capitalised word after the noun?"""
    for m in _ANY.finditer(text, start, end):
        w = _NEXT_WORD.match(text, m.end())
        if w is None or not w.group(1).isupper():
            return True
    return False


def signed_before(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each undated signing whose sentence names its instrument by a bare noun dated as the last
    signing before it (in the text) that is dated and names an instrument."""
    sign = EventKind.AGREEMENT_SIGN
    if not any(d.kind is sign and not d.date for d in drafts):
        return drafts
    dated = sorted(
        (d.sentence[0], d.date)
        for d in drafts
        if d.kind is sign and d.date and d.explicit and _ANY.search(text, *d.sentence) is not None
    )
    if not dated:
        return drafts
    out = []
    for d in drafts:
        if d.kind is sign and not d.date and _bare(text, *d.sentence):
            before = [v for s, v in dated if s < d.sentence[0]]
            if before:
                d = d._replace(date=before[-1], explicit=True)
        out.append(d)
    return out
