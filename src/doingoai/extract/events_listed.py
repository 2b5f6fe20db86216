"""Agreements signed, listed as items after the sentence that announces them: "Hai Thủ tướng đã chứng kiến lễ ký các
văn kiện:" followed by list items "Hiệp ước bổ sung ...;", "Nghị định thư phân giới, cắm mốc ...". Each item is a
signing of its own, by the parties and at the time of the announcing sentence, with the item as its evidence (the
announcing sentence's own draft merges into the first). See docs/decisions.md (Events, round 18).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.model import BlockType, Document, EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

# "ký (kết) các văn kiện (sau):", "ký 5 thỏa thuận hợp tác:": a generic object announcing a list
_ANNOUNCES: Final = re.compile(
    r"\b(?:các|những|một số|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:văn kiện|hiệp định|hiệp ước|thỏa thuận"
    r"|thoả thuận|văn bản|biên bản ghi nhớ|bản ghi nhớ)(?: hợp tác)?(?: quan trọng)?(?: sau(?: đây)?)?\s*:\s*$"
)
_ITEM_END: Final = " \t\n;,.–-•"
_MAX_ITEMS: Final = 20
_ITEM_STOP: Final = re.compile(r"[;\n]|\.\s")
_BULLET: Final = re.compile(r"\s*(?:[-•–*+]|\d{1,2}[.)]|[a-zđ]\))?\s*")


def listed_signings(doc: Document, low: str, drafts: list[Draft]) -> list[Draft]:
    """One signing draft per list item announced by a signing sentence ending on "các văn kiện:"."""
    out: list[Draft] = []
    blocks = doc.blocks
    if not blocks:
        return out
    starts = [b.start for b in blocks]
    for d in drafts:
        if d.kind is not K.AGREEMENT_SIGN:
            continue
        s0, s1 = d.sentence
        end = s1  # (the sentence span ends at its colon)
        if (
            low.find(":", max(s0, end - 4), end + 2) < 0
            or _ANNOUNCES.search(low, s0, min(len(low), end + 2)) is None
        ):
            continue
        k = bisect_left(starts, end)
        for b in blocks[k : k + _MAX_ITEMS]:
            if b.type is not BlockType.LIST_ITEM:
                break
            e = b.end
            i = _BULLET.match(doc.text, b.start, e).end()  # type: ignore[union-attr]  # (it matches "" too)
            # (an item ends at its ";": a paragraph run into it is not part of it; searched after the bullet "1.")
            cut = _ITEM_STOP.search(doc.text, i, e)
            e = cut.start() if cut else e
            while e > i and doc.text[e - 1] in _ITEM_END:
                e -= 1
            if e <= i:
                continue
            name = doc.text[i:e]
            out.append(d._replace(sentence=(i, e), attrs=(*d.attrs, ("agreement", name))))
    return out
