""" "Ngày 29/3/2004: Bun-ga-ri và Ru-ma-ni trở thành thành viên NATO." / "Ngày 1/1/2007: Hai nước gia nhập EU.": in a
chronology (one dated entry a list item), an entry opening with "hai nước" speaks of the pair of the entry before;
the antecedent search of :mod:`doingoai.extract.events_anaphora`, which stays inside a paragraph, reads the
previous item too. Only list items that open with a date followed by ":" or a dash count as entries."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.model import BlockType, Document, Mention

_STATE_KINDS: Final = ("country", "person", "body")
# a chronology entry: a date (day, month or year) then ":" or a dash, at the item's start
_ENTRY: Final = re.compile(
    r"\s*(?:[-+•–]\s*)?(?:(?:[Nn]gày|[Tt]háng|[Nn]ăm)\s+)?\d{1,4}(?:/\d{1,4}){0,2}\s*(?::|–|-)\s"
)


def entries(doc: Document, b: int) -> bool:
    """Are block ``b`` and the one before it two dated list entries ("• 8/3/2018: ...")? :func:`previous_entry`
    reads the pair there (round 197: not the plain list-item search of events_anaphora)."""
    return _ENTRY.match(doc.text, doc.blocks[b].start) is not None and (
        _ENTRY.match(doc.text, doc.blocks[b - 1].start) is not None
    )


def previous_entry(
    doc: Document, k: int, mentions: list[Mention], starts: list[int]
) -> list[tuple[int, int]]:
    """The span of the chronology entry before the one sentence ``k`` opens, or [] (not a chronology entry, or
    not its first sentence, or the entry before does not open with a state: "Hiệp định ... ASEAN – Ô-xtrây-li-a –
    Niu Di-lân được ký" names no pair that acts). ``mentions``: sorted by start, ``starts`` their starts."""
    s = doc.sentences[k]
    b = s.block
    if b < 1 or k > 0 and doc.sentences[k - 1].block == b:
        return []
    cur, prev = doc.blocks[b], doc.blocks[b - 1]
    if cur.type is not BlockType.LIST_ITEM or prev.type is not BlockType.LIST_ITEM:
        return []
    entry = _ENTRY.match(doc.text, prev.start)
    if _ENTRY.match(doc.text, cur.start) is None or entry is None:
        return []
    i = bisect_left(starts, entry.end())
    if i == len(mentions) or mentions[i].start > entry.end() or mentions[i].kind not in _STATE_KINDS:
        return []
    return [(prev.start, prev.end)]
